"""碳桥 CarbonBridge — a B2B carbon-credit marketplace selling offsets to small and mid-sized companies in China
(上海, 深圳, 杭州, 苏州, 北京, 成都) and three English-speaking markets (UK, Australia, US) (synthetic, written blind).

A company hears of us at a net-zero webinar (碳中和线上研讨会), through a partner referral (an accounting firm, an ESG
consultancy or a bank's SME desk, 合作伙伴推荐), the website, social ads or a trade expo, and becomes a lead (线索登记).
It runs the online footprint calculator (碳足迹计算器: completed / abandoned), books a sales consultation (销售咨询,
held / no-show), shortlists a project (项目选择: forestry 林业碳汇, cookstoves 清洁炉灶, wind 风电, methane 甲烷回收)
and buys credits (碳信用购买). Finance issues the invoice (开票: 增值税专用发票 in China), registry ops retire the credits
on the registry (注册处注销: CCER 注册登记系统, Verra, Gold Standard, ACR) and issue the retirement certificate
(注销证书, re-issued when it had errors). Subscribers to the annual footprint report (年度碳足迹报告) get it in
Feb-Apr for the previous year and may renew (续约) their subscription; renewals usually come with a new purchase.
Support tickets (客服工单) come in along the way. 330 companies subscribed in 2024 (before the extract).

Data 2025-01-01 .. 2026-07-31 (CRM + registry + finance extract taken 2026-08-03), naive local times of each market.
orders.amount is USD (the platform's reporting currency); currency + amount_local keep what was charged
(CNY 7.20, GBP 0.79, AUD 1.52 per USD, fixed group rates).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV per DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topics of each comment; not a DATA.md table). Seed 20260803, numpy + stdlib.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260803
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
CALC_V2 = (datetime(2025, 11, 3), datetime(2025, 12, 1))       # calculator 2.0: Scope 3 supplier spend mandatory
GS_BACKLOG = (datetime(2026, 3, 1), datetime(2026, 4, 1))      # Gold Standard registry migration backlog
PER_USD = {"CNY": 7.20, "GBP": 0.79, "AUD": 1.52, "USD": 1.0}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_webinar", "碳中和线上研讨会", "Net-zero webinar", "awareness", "web", "digital", "marketing",
     "研讨会|直播|线上讲座|公开课|webinar|online seminar|live session|net zero webinar"),
    ("tp_lead", "线索登记", "Lead captured", "awareness", "other", "digital", "marketing",
     "线索|留资|询盘|新线索|lead|enquiry|inquiry|sign-up|referral"),
    ("tp_footprint_calc", "碳足迹计算器", "Footprint calculator", "consideration", "web", "digital", "product",
     "计算器|碳足迹测算|碳排放计算|排放测算|footprint calculator|carbon calculator|emissions calculator|calc"),
    ("tp_consultation", "销售咨询", "Sales consultation", "consideration", "phone", "digital", "sales",
     "咨询|顾问沟通|方案沟通|销售会议|consultation|sales call|discovery call|advisor meeting|demo"),
    ("tp_project_selection", "项目选择", "Project selection", "consideration", "web", "digital", "sales",
     "选项目|项目推荐|项目比选|shortlist|project selection|project choice|portfolio selection"),
    ("tp_credit_purchase", "碳信用购买", "Credit purchase", "purchase", "web", "digital", "sales",
     "购买|下单|买碳|采购碳信用|成交|purchase|credit purchase|checkout|buy credits|order"),
    ("tp_invoice", "开票", "Invoice issued", "purchase", "email", "digital", "finance",
     "发票|开发票|专票|普票|invoice|tax invoice|fapiao|billing"),
    ("tp_retirement", "注册处注销", "Registry retirement", "service", "web", "digital", "registry_ops",
     "注销|核销|碳信用注销|registry|retirement|retire credits|cancellation on registry"),
    ("tp_certificate", "注销证书", "Retirement certificate", "service", "email", "digital", "registry_ops",
     "证书|注销证明|碳中和证书|certificate|retirement certificate|offset certificate"),
    ("tp_support_ticket", "客服工单", "Support ticket", "service", "email", "digital", "customer_success",
     "工单|客服|投诉|售后|support ticket|helpdesk|support|complaint"),
    ("tp_annual_report", "年度碳足迹报告", "Annual footprint report", "loyalty", "email", "digital", "advisory",
     "年报|年度报告|碳报告|足迹报告|annual report|footprint report|carbon report"),
    ("tp_renewal", "续约", "Subscription renewal", "loyalty", "phone", "digital", "account_management",
     "续费|续订|续签|renewal|renew|re-subscribe"),
]
TP_IDS = [t[0] for t in TOUCHPOINTS]
JOURNEYS = [  # id, zh, en, window, steps
    ("lead_to_purchase", "线索到首购", "Lead to first purchase", 60,
     ["tp_lead", "tp_footprint_calc", "tp_consultation", "tp_project_selection", "tp_credit_purchase"]),
    ("webinar_to_lead", "研讨会转线索", "Webinar to lead", 14, ["tp_webinar", "tp_lead"]),
    ("purchase_to_certificate", "购买到证书", "Purchase to certificate", 30,
     ["tp_credit_purchase", "tp_retirement", "tp_certificate"]),
    ("report_to_renewal", "年报到续约", "Annual report to renewal", 90, ["tp_annual_report", "tp_renewal"]),
]

MARKETS = {  # market: country, lang, currency, cities [(city_zh_or_en, region)], weight
    "CN": ("中国", "zh", "CNY", [("上海", "上海市"), ("深圳", "广东省"), ("杭州", "浙江省"), ("苏州", "江苏省"),
                                ("北京", "北京市"), ("成都", "四川省")], 0.50),
    "UK": ("United Kingdom", "en", "GBP", [("London", "England"), ("Manchester", "England"), ("Bristol", "England"),
                                          ("Edinburgh", "Scotland")], 0.22),
    "AU": ("Australia", "en", "AUD", [("Sydney", "New South Wales"), ("Melbourne", "Victoria"),
                                     ("Brisbane", "Queensland")], 0.15),
    "US": ("United States", "en", "USD", [("Austin", "Texas"), ("Denver", "Colorado"), ("Seattle", "Washington")],
           0.13),
}
MKT_IDS = list(MARKETS)
SOURCES = ["webinar", "partner_referral", "website", "social_ads", "trade_expo"]
SOURCE_ZH = {"webinar": "线上研讨会", "partner_referral": "合作伙伴推荐", "website": "官网", "social_ads": "社媒广告",
             "trade_expo": "展会"}
SOURCE_W = [0.18, 0.25, 0.35, 0.22]            # partner, website, social, expo (non-webinar leads)
PARTNERS = {"CN": ["信达会计师事务所", "绿算ESG咨询", "浦江银行普惠金融部"],
            "UK": ["Harbour & Pike Accountants", "Northgate ESG Advisory"],
            "AU": ["Coastline Business Bank", "Greenfield Advisory"],
            "US": ["Summit CPA Group", "Ridgeline Sustainability"]}
EXPOS = {(2025, 6): ("CN", "上海国际碳博会"), (2025, 9): ("AU", "Net Zero Expo Sydney"),
         (2025, 11): ("CN", "进博会绿色低碳展区"), (2026, 3): ("UK", "Sustainability Week London"),
         (2026, 5): ("US", "GreenBiz Expo Denver")}
INDUSTRIES = {"manufacturing": "制造业", "logistics": "物流运输", "retail": "零售", "technology": "科技互联网",
              "professional_services": "专业服务", "hospitality": "餐饮酒店"}
IND_W = {"zh": [0.34, 0.16, 0.14, 0.16, 0.1, 0.1], "en": [0.18, 0.12, 0.14, 0.22, 0.24, 0.1]}
CONSULTANTS = {"CN": ["林晓雯", "周建国", "陈思远", "王蕾"], "UK": ["Oliver Grant", "Priya Nair"],
               "AU": ["Jack Thompson", "Emma Walsh"], "US": ["Jack Thompson", "Priya Nair"]}
CONSULT_GOOD = {"林晓雯": 0.8, "Emma Walsh": 0.4}
CONSULT_PUSHY = {"Jack Thompson": 0.5, "周建国": 0.3, "林晓雯": 0.02}
CONSULT_CLOSE = {"林晓雯": 1.2, "Jack Thompson": 0.8}

PROJECTS = {  # id: zh, en, type, standard, country, usd/t
    "PRJ01": ("内蒙古赤峰造林碳汇项目", "Chifeng Afforestation (Inner Mongolia)", "forestry", "CCER", "CN", 11.5),
    "PRJ02": ("云南普洱森林经营碳汇项目", "Pu'er Improved Forest Management (Yunnan)", "forestry", "VCS", "CN", 14.0),
    "PRJ03": ("婆罗洲泥炭林保护项目", "Borneo Peat Forest Conservation", "forestry", "VCS", "ID", 19.0),
    "PRJ04": ("卢旺达清洁炉灶项目", "Rwanda Clean Cookstoves", "cookstoves", "Gold Standard", "RW", 9.5),
    "PRJ05": ("加纳高效炉灶项目", "Ghana Efficient Cookstoves", "cookstoves", "Gold Standard", "GH", 8.5),
    "PRJ06": ("甘肃酒泉风电项目", "Jiuquan Wind Farm (Gansu)", "wind", "VCS", "CN", 3.2),
    "PRJ07": ("泰米尔纳德邦风电打包项目", "Tamil Nadu Wind Bundle", "wind", "VCS", "IN", 3.8),
    "PRJ08": ("河南养殖场沼气甲烷回收项目", "Henan Swine Farm Methane Capture", "methane", "CCER", "CN", 10.0),
    "PRJ09": ("昆士兰垃圾填埋气回收项目", "Queensland Landfill Gas Capture", "methane", "VCS", "AU", 13.0),
    "PRJ10": ("肯塔基煤矿瓦斯回收项目", "Kentucky Coal Mine Methane", "methane", "ACR", "US", 12.0),
}
PTYPE_ZH = {"forestry": "林业碳汇", "cookstoves": "清洁炉灶", "wind": "风电", "methane": "甲烷回收"}
REGISTRY = {"CCER": "CCER注册登记系统", "VCS": "Verra", "Gold Standard": "Gold Standard", "ACR": "ACR"}
PROJ_PREF = {  # market: {project: weight}
    "CN": {"PRJ01": 0.30, "PRJ02": 0.20, "PRJ06": 0.18, "PRJ08": 0.20, "PRJ04": 0.07, "PRJ05": 0.05},
    "UK": {"PRJ04": 0.25, "PRJ05": 0.17, "PRJ03": 0.25, "PRJ07": 0.13, "PRJ09": 0.08, "PRJ10": 0.12},
    "AU": {"PRJ03": 0.40, "PRJ09": 0.30, "PRJ04": 0.12, "PRJ07": 0.10, "PRJ05": 0.08},
    "US": {"PRJ10": 0.33, "PRJ03": 0.30, "PRJ04": 0.15, "PRJ05": 0.07, "PRJ07": 0.15},
}
ERRORS = {"company_name": "公司名称错误", "tonnage": "吨数错误", "date": "日期错误", "project_info": "项目信息错误"}
TICKET_ZH = {"certificate": "证书问题", "invoice": "发票问题", "registry_account": "注册账户", "calculator": "计算器问题",
             "payment": "付款问题", "report": "报告问题", "other": "其他"}
ORDER_ZH = {"credit_purchase": "碳信用购买", "report_subscription": "年度报告订阅"}
SUB_PRICE = {  # size: local price per market currency
    "small": {"CNY": 8800, "GBP": 950, "AUD": 1800, "USD": 1200},
    "mid": {"CNY": 19800, "GBP": 2200, "AUD": 4200, "USD": 2800},
}
WEBINAR_TOPICS = {
    "zh": ["中小企业碳中和入门", "欧盟CBAM应对指南", "供应链范围三排放怎么算", "ESG披露新规解读", "CCER重启与企业自愿减排"],
    "en": ["Net zero for small businesses", "Scope 3 made simple", "Choosing credible carbon credits",
           "SBTi targets for SMEs", "Carbon reporting for tenders"],
}

# ---- feedback texts: every comment of a topic carries its marker phrase (gold counts by these markers)
MARK = {
    "calc_complex": ("计算器太复杂", "calculator is way too complicated"),
    "webinar_pitch": ("研讨会像推销", "webinar felt like a sales pitch"),
    "webinar_useful": ("研讨会干货很多", "webinar was genuinely useful"),
    "pushy": ("销售太催了", "sales rep was pushy"),
    "consultant_good": ("顾问很专业", "consultant really knew their stuff"),
    "greenwash": ("担心项目真实性", "worried about greenwashing"),
    "price_high": ("单价太贵", "price per tonne is too high"),
    "easy_buy": ("下单很顺利", "buying credits was easy"),
    "retire_slow": ("注销太慢", "retirement took ages"),
    "cert_fast": ("证书很快就收到了", "got the certificate quickly"),
    "cert_error": ("证书信息有误", "certificate had errors"),
    "invoice_slow": ("发票开得太慢", "invoice took forever"),
    "report_useful": ("报告很有用", "report was really useful"),
    "report_late": ("报告交付晚了", "report arrived late"),
    "no_value": ("看不到价值", "couldn't see the value"),
}
FB = {
    "calc_complex": {
        "zh": ["{m}，范围三那一页要填供应商采购额，我们根本没有这些数据", "{m}了，填到一半就放弃了",
               "{m}，光是用电和用车数据就要找好几个部门", "说实话{m}，手机上根本填不完"],
        "en": ["The {m}, the Scope 3 supplier spend page asked for data we simply don't have",
               "Honestly the {m} - gave up halfway", "The {m} for a 30-person firm, too many fields",
               "Your {m}; I tried twice on my phone and quit"]},
    "webinar_pitch": {
        "zh": ["这次{m}，前二十分钟讲干货后面全是产品介绍", "感觉{m}，问答环节都在引导下单", "{m}，希望多讲讲方法论"],
        "en": ["The {m}, half of it was product demo", "Felt like the {m} rather than education",
               "To be honest the {m} from minute 20"]},
    "webinar_useful": {
        "zh": ["{m}，嘉宾讲的范围三案例很实用", "这期{m}，回去就跟老板汇报了", "{m}，PPT能不能发一份"],
        "en": ["The {m}, the Scope 3 examples were spot on", "That {m} - shared the recording with our CFO",
               "The {m}, clear and practical"]},
    "pushy": {
        "zh": ["{m}，一天打了三个电话让我们尽快下单", "顾问{m}，我们还没内部讨论完就催签", "{m}，体验不太好"],
        "en": ["The {m}, three follow-up calls in two days", "Our {m} about closing before quarter end",
               "The {m} and didn't listen to our budget"]},
    "consultant_good": {
        "zh": ["{t}{m}，把几个项目的区别讲得很清楚", "{m}，帮我们算清楚了要买多少吨", "对接的{t}{m}，很有耐心"],
        "en": ["{t} - the {m} and explained the project types clearly", "Our {m}; sized the purchase properly",
               "Great call, the {m}"]},
    "greenwash": {
        "zh": ["{m}，林业项目的额外性怎么保证？", "老板{m}，怕被说漂绿", "我们{m}，希望能看到第三方核查报告"],
        "en": ["We're {m} - how do you check additionality on the forestry projects?",
               "Board is {m} after the press stories about REDD+", "Still {m}; can we see the verification report?"]},
    "price_high": {
        "zh": ["{m}了，比我们预算高不少", "这个项目{m}，只能先买一部分", "{m}，同样的项目别家便宜一些"],
        "en": ["The {m} for a small business like ours", "The {m}, we had to cut the volume",
               "Honestly the {m} compared with what we budgeted"]},
    "easy_buy": {
        "zh": ["{m}，十分钟就付完款了", "整个流程{m}，项目信息也透明", "{m}，对公转账也很快确认"],
        "en": ["{m} - done in ten minutes", "Checkout was smooth, {m}", "Really {m} and the project info was clear"]},
    "retire_slow": {
        "zh": ["{m}了，付款{n}天了还没在注册处注销", "{m}，我们的碳中和声明都发不出去", "{m}，一直说注册处在排队"],
        "en": ["The {m} - {n} days after payment still not retired", "{m}; we couldn't publish our net zero claim",
               "Registry {m}, kept being told there's a queue"]},
    "cert_fast": {
        "zh": ["{m}，发给客户看很有面子", "付款后{m}，注册处链接也能查到", "{m}，中英文版本都有"],
        "en": ["We {m} and the registry link checked out", "{m}, handy for our sustainability page",
               "Smooth - {m} with the serial numbers listed"]},
    "cert_error": {
        "zh": ["{m}，公司名称印成了乱码，只能重新出具", "{m}，吨数和订单对不上", "注销证书{m}，又等了一周才重开"],
        "en": ["The {m}: our company name was misspelt", "Our {m} on the tonnage, had to ask for a reissue",
               "The {m} again, wrong date on it"]},
    "invoice_slow": {
        "zh": ["专票{m}，财务催了好几次", "{m}，月底没法入账", "{m}了，等了{n}天"],
        "en": ["The {m}, our accounts team chased twice", "Our {m} to arrive", "The tax {m}"]},
    "report_useful": {
        "zh": ["年度{m}，直接用在了客户的供应商问卷里", "{m}，减排建议很具体", "这份{m}，董事会很认可"],
        "en": ["The annual {m} for our tender submissions", "{m} - the reduction ideas were concrete",
               "Our board said the {m}"]},
    "report_late": {
        "zh": ["年度{m}，耽误了我们的ESG披露", "{m}，比约定的3月底晚了", "{m}，催了好几次"],
        "en": ["The annual {m} and held up our ESG disclosure", "Our {m}, well past the end of March",
               "The {m} again this year"]},
    "no_value": {
        "zh": ["续约先不考虑，{m}", "老板说{m}，今年预算砍了", "{m}，客户也没要求碳中和证明"],
        "en": ["Not renewing for now, we {m}", "Finance {m} in the subscription this year",
               "We {m}; none of our customers asked for it"]},
}
NEUTRAL = {"zh": ["整体还可以", "暂时没有其他意见", "流程基本清楚", "已收到，谢谢"],
           "en": ["Overall fine", "No further comments", "Process was OK", "Received, thanks"]}
NEG_TOPICS = {"calc_complex", "webinar_pitch", "pushy", "greenwash", "price_high", "retire_slow", "cert_error",
              "invoice_slow", "report_late", "no_value"}

EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
TRUTH: list[dict] = []
CUSTOMERS: dict[str, dict] = {}
N = {"order": 0, "fb": 0, "cert": 0, "ticket": 0, "webinar": 0}


def P(p):
    return rng.random() < p


def pick(seq, p=None):
    return seq[int(rng.choice(len(seq), p=p))]


def office(day: datetime, lo=9.0, hi=18.5) -> datetime:
    return day.replace(hour=0, minute=0, second=0, microsecond=0) + D(seconds=int(rng.uniform(lo, hi) * 3600))


def later(t: datetime, lo_d: float, hi_d: float, lo=9.0, hi=18.5) -> datetime:
    day = t + D(days=float(rng.uniform(lo_d, hi_d)))
    x = office(day, lo, hi)
    if x.weekday() >= 5:
        x += D(days=7 - x.weekday())
    return x if x > t else t + D(minutes=int(rng.integers(20, 180)))


def ev(cust, tp, ts, action, sess=None, **extra):
    if not (START <= ts <= END):
        return False
    c = CUSTOMERS[cust]
    row = dict(customer_id=cust, ts=ts, touchpoint_id=tp, session_id=sess, action=action,
               device=extra.pop("device", None), channel=extra.pop("channel", None), market=c["market"],
               city=c["city"])
    row.update(extra)
    EVENTS.append(row)
    return True


def order(cust, ts, otype, local, status="paid", **extra):
    if not (START <= ts <= END):
        return None
    N["order"] += 1
    c = CUSTOMERS[cust]
    cur = c["currency"]
    oid = f"ORD{N['order']:06d}"
    ORDERS.append(dict(order_id=oid, customer_id=cust, ts=ts, amount=round(local / PER_USD[cur], 2), status=status,
                       channel=extra.pop("channel", "online_checkout"), device=extra.pop("device", None),
                       order_type=otype, 订单类型=ORDER_ZH[otype], currency=cur, amount_local=round(local, 2),
                       market=c["market"], **extra))
    return oid


def feedback(cust, ts, topics, channel, tp, rating=None, nps=None, n=None, who=None, drop_ts=False, **extra):
    if ts is None or not (START <= ts <= END):
        return
    c = CUSTOMERS[cust]
    lang = c["preferred_language"]
    parts = []
    for t in topics:
        tmpl = pick(FB[t][lang])
        parts.append(tmpl.format(m=MARK[t][0 if lang == "zh" else 1], n=n if n is not None else int(rng.integers(8, 20)),
                                 t=(who or "")))
    if not parts:
        parts.append(pick(NEUTRAL[lang]))
    parts = [x.rstrip("。.？?") if i < len(parts) - 1 else x for i, x in enumerate(parts)]
    end = parts[-1][-1]
    text = ("，" if lang == "zh" else ". ").join(parts) + ("" if end in "。.？?" else ("。" if lang == "zh" else "."))
    N["fb"] += 1
    fid = f"F{N['fb']:05d}"
    FEEDBACK.append(dict(feedback_id=fid, text=text, ts=ts, _no_ts=drop_ts, customer_id=cust, touchpoint_id=tp,
                         channel=channel, rating=rating, nps=nps, language=lang, market=c["market"],
                         consultant=who if tp == "tp_consultation" else None, **extra))
    neg = any(t in NEG_TOPICS for t in topics)
    pos = any(t not in NEG_TOPICS for t in topics)
    TRUTH.append(dict(feedback_id=fid, topics="|".join(topics),
                      sentiment="negative" if neg else ("positive" if pos else "neutral")))


def stars(topics):
    if any(t in NEG_TOPICS for t in topics):
        return int(rng.choice([1, 2, 3], p=[0.4, 0.42, 0.18]))
    if topics:
        return int(rng.choice([4, 5], p=[0.3, 0.7]))
    return int(rng.choice([3, 4], p=[0.5, 0.5]))


def npsv(topics):
    if any(t in NEG_TOPICS for t in topics):
        return int(rng.choice(range(0, 8), p=[0.08, 0.08, 0.12, 0.14, 0.16, 0.18, 0.14, 0.10]))
    if topics:
        return int(rng.choice([8, 9, 10], p=[0.25, 0.4, 0.35]))
    return int(rng.choice([6, 7, 8, 9], p=[0.15, 0.3, 0.35, 0.2]))


def msg_channel(c):
    return "wechat" if c["preferred_language"] == "zh" else "email"


# ---------------------------------------------------------------- customers
COMPANY_ZH = ["华创", "宏达", "绿源", "恒信", "新锐", "博远", "启明", "天成", "锦程", "远航", "盛泰", "嘉禾", "云帆", "正和"]
COMPANY_ZH2 = ["精密制造", "供应链", "电子科技", "服饰", "食品", "物流", "软件", "包装材料", "餐饮管理", "咨询", "家居"]
COMPANY_EN = ["Bright", "Oak", "Harbour", "Summit", "Pioneer", "Blue Wren", "Kestrel", "Northwind", "Cedar", "Redgum",
              "Lakeside", "Ironbark", "Granite", "Maple"]
COMPANY_EN2 = ["Engineering", "Logistics", "Design Studio", "Foods", "Software", "Partners", "Hospitality Group",
               "Packaging", "Retail", "Consulting", "Print Co"]


def new_customer(signup, source, market=None, legacy=False):
    cid = f"C{len(CUSTOMERS) + 1:05d}"
    market = market or pick(MKT_IDS, p=[MARKETS[m][4] for m in MKT_IDS])
    country, lang, cur, cities, _ = MARKETS[market]
    city, region = pick(cities)
    ind = pick(list(INDUSTRIES), p=IND_W[lang])
    size = "mid" if P(0.4 if legacy else 0.3) else "small"
    emp = int(rng.integers(50, 480)) if size == "mid" else int(rng.integers(5, 49))
    if lang == "zh":
        name = f"{city}{pick(COMPANY_ZH)}{pick(COMPANY_ZH2)}有限公司"
    else:
        name = f"{pick(COMPANY_EN)} {pick(COMPANY_EN2)} {'Ltd' if market == 'UK' else ('Pty Ltd' if market == 'AU' else 'LLC')}"
    base = emp * (float(rng.lognormal(np.log(9 if ind in ('manufacturing', 'logistics') else 4), 0.4)))
    CUSTOMERS[cid] = dict(
        customer_id=cid, signup_at=signup, segment=None, region=region, acquisition_channel=source,
        tier=size, 获客渠道=SOURCE_ZH[source], company_name=name, market=market, country=country, city=city,
        industry=ind, 行业=INDUSTRIES[ind], employees=emp, 企业规模="中型企业" if size == "mid" else "小型企业",
        currency=cur, preferred_language=lang, est_annual_tco2e=round(base, 1),
        net_zero_target_year=int(pick([2030, 2035, 2040, 2050, 2060] if lang == "zh" else [2030, 2035, 2040, 2050])),
        account_manager=None, partner_name=None,
        _paid=0, _reissue=False, _sub_until=None, _churned=False, _lead=False, _legacy=legacy)
    return cid


# ---------------------------------------------------------------- after a purchase
def post_purchase(cid, tp_ts, proj, tonnes, oid, amount_local):
    c = CUSTOMERS[cid]
    zh, en, ptype, std, pc, usd = PROJECTS[proj]
    # invoice
    if c["market"] == "CN":
        itype = "special_vat" if P(0.7 if c["tier"] == "mid" else 0.5) else "general_vat"
        days = int(rng.integers(4, 13)) if itype == "special_vat" else int(rng.integers(0, 3))
    else:
        itype, days = "tax_invoice", int(rng.choice([0, 0, 0, 1, 2]))
    t_inv = office(tp_ts + D(days=days)) if days else tp_ts + D(minutes=int(rng.integers(5, 90)))
    ev(cid, "tp_invoice", t_inv, "issued", oid, channel="email", order_id=oid, invoice_type=itype,
       发票类型={"special_vat": "增值税专用发票", "general_vat": "增值税普通发票", "tax_invoice": "Tax invoice"}[itype],
       days_to_issue=days, currency=c["currency"], amount_local=amount_local)
    if days > 5 and P(0.34):
        tops = ["invoice_slow"]
        ch = "ticket" if P(0.4) else msg_channel(c)
        feedback(cid, t_inv - D(hours=float(rng.uniform(10, 48))) if P(0.6) else later(t_inv, 0, 2), tops, ch, "tp_invoice", n=days,
                 order_id=oid)
        if ch == "ticket":
            ticket(cid, t_inv - D(days=2), "invoice")
    # retirement: most retire at once, some keep credits in the account and schedule a retirement
    scheduled = P(0.09)
    if scheduled:
        delay = float(rng.uniform(35, 150))
    else:
        delay = float(rng.gamma(2.0, 1.1)) + 0.3
        if std == "Gold Standard" and GS_BACKLOG[0] <= tp_ts < GS_BACKLOG[1]:
            delay = float(rng.uniform(9, 36))
        elif std == "CCER":
            delay += float(rng.uniform(0.5, 2.5))
    t_ret = office(tp_ts + D(days=delay))
    if t_ret <= tp_ts:
        t_ret = tp_ts + D(hours=float(rng.uniform(2, 6)))
    days_ret = round((t_ret - tp_ts).total_seconds() / 86400, 1)
    serial = f"{std[:3].upper()}-{proj[-2:]}-{int(rng.integers(10**7, 10**8))}-{int(tonnes)}"
    if not ev(cid, "tp_retirement", t_ret, "retired", oid, channel="web", order_id=oid, project_id=proj,
              project_name=zh if c["preferred_language"] == "zh" else en, project_type=ptype, 项目类型=PTYPE_ZH[ptype],
              standard=std, registry=REGISTRY[std], tonnes=tonnes, days_to_retire=days_ret, serial_no=serial,
              retire_instruction="scheduled" if scheduled else "immediate"):
        return
    slow = not scheduled and days_ret > 7
    if slow and P(0.7):
        feedback(cid, later(tp_ts, 6, min(days_ret, 20)), ["retire_slow"] + (["price_high"] if P(0.08) else []),
                 pick(["ticket", msg_channel(c)]), "tp_retirement", n=int(days_ret), order_id=oid, project_type=ptype)
        ticket(cid, tp_ts + D(days=7), "registry_account")
    # certificate
    t_cert = t_ret + D(hours=float(rng.uniform(1, 30)))
    if t_cert.hour < 8 or t_cert.hour > 20:
        t_cert = office(t_cert + D(days=1))
    N["cert"] += 1
    cert = f"CB-{t_cert.year}-{N['cert']:05d}"
    p_err = 0.24 if c["market"] == "CN" else 0.04
    err = P(p_err)
    ev(cid, "tp_certificate", t_cert, "issued", oid, channel="email", order_id=oid, cert_no=cert,
       cert_language="zh" if c["preferred_language"] == "zh" else "en", project_type=ptype, 项目类型=PTYPE_ZH[ptype],
       tonnes=tonnes)
    last = t_cert
    if err:
        etype = pick(list(ERRORS), p=[0.7, 0.12, 0.08, 0.1] if c["market"] == "CN" else [0.25, 0.35, 0.2, 0.2])
        t_re = later(t_cert, 3, 10)
        ev(cid, "tp_certificate", t_re, "reissued", oid, channel="email", order_id=oid, cert_no=cert + "-R1",
           cert_language="zh" if c["preferred_language"] == "zh" else "en", project_type=ptype,
           项目类型=PTYPE_ZH[ptype], tonnes=tonnes, error_type=etype, 错误类型=ERRORS[etype])
        c["_reissue"] = True
        last = t_re
        if P(0.55):
            ticket(cid, t_cert + D(days=1), "certificate")
            feedback(cid, later(t_cert, 0.5, 2.5), ["cert_error"], "ticket", "tp_certificate", order_id=oid,
                     project_type=ptype)
        if P(0.45):
            nps_t = ["cert_error"] + (["retire_slow"] if slow and P(0.3) else [])
            feedback(cid, later(last, 1, 5), nps_t, "survey", "tp_certificate", nps=npsv(nps_t), order_id=oid,
                     project_type=ptype)
        return
    if P(0.3):
        tops = []
        r = rng.random()
        if slow and r < 0.5:
            tops = ["retire_slow"]
        elif r < 0.45:
            tops = ["cert_fast"]
        tp = "tp_retirement" if tops == ["retire_slow"] else "tp_certificate"
        feedback(cid, later(last, 1, 5), tops, "survey", tp, nps=npsv(tops), order_id=oid, project_type=ptype)


def ticket(cid, ts, cat, n_fb=False):
    c = CUSTOMERS[cid]
    N["ticket"] += 1
    ts = office(ts) if ts.hour < 8 or ts.hour > 20 else ts
    frh = round(float(rng.gamma(2.0, 2.5 if c["market"] == "CN" else 4.0)), 1)
    ev(cid, "tp_support_ticket", ts, "opened", f"TK{N['ticket']:05d}", channel="email" if c["market"] != "CN"
       else pick(["wechat", "phone", "email"]), ticket_id=f"TK{N['ticket']:05d}", ticket_category=cat,
       工单类型=TICKET_ZH[cat], first_response_hours=frh)


def buy(cid, t, proj=None, channel=None, renewal=False):
    """One purchase attempt at t; returns the purchase ts if paid."""
    c = CUSTOMERS[cid]
    proj = proj or pick(list(PROJ_PREF[c["market"]]), p=np.array(list(PROJ_PREF[c["market"]].values())) /
                        sum(PROJ_PREF[c["market"]].values()))
    zh, en, ptype, std, pc, usd = PROJECTS[proj]
    need = c["est_annual_tco2e"] * float(rng.uniform(0.15, 0.6))
    tonnes = int(max(10, round(need / 10) * 10))
    price_local = round(usd * float(rng.uniform(0.95, 1.08)) * PER_USD[c["currency"]], 2)
    amount_local = round(tonnes * price_local, 2)
    method = ("bank_transfer" if P(0.7) else "alipay_business") if c["market"] == "CN" else \
        ("card" if P(0.55) else "bank_transfer")
    och = channel or ("online_checkout" if method != "bank_transfer" else "offline_contract")
    extra = dict(project_id=proj, project_type=ptype, 项目类型=PTYPE_ZH[ptype], tonnes=tonnes,
                 price_per_t_local=price_local, payment_method=method, is_renewal=renewal)
    if method == "bank_transfer" and P(0.10):       # transfer never arrived, order lapsed
        order(cid, t, "credit_purchase", amount_local, status="cancelled", channel=och, **extra)
        return None
    oid = order(cid, t, "credit_purchase", amount_local, channel=och, device="pc", **extra)
    if oid is None:
        return None
    ev(cid, "tp_credit_purchase", t, "paid", oid, device="pc", channel="web", order_id=oid, project_id=proj,
       project_name=zh if c["preferred_language"] == "zh" else en, project_type=ptype, 项目类型=PTYPE_ZH[ptype],
       standard=std, tonnes=tonnes, price_per_t_local=price_local, currency=c["currency"],
       amount_local=amount_local, payment_method=method, is_renewal=renewal)
    c["_paid"] += 1
    if P(0.025):     # project put on hold by the standard: refunded, nothing retired
        ORDERS[-1]["status"] = "refunded"
        return t
    if P(0.09):
        tops = ["easy_buy"] if P(0.62) else ["price_high"]
        feedback(cid, later(t, 0.2, 4), tops, "review_site", "tp_credit_purchase", rating=stars(tops),
                 order_id=oid, project_type=ptype)
    post_purchase(cid, t, proj, tonnes, oid, amount_local)
    return t


def subscribe(cid, t, renewal=False):
    c = CUSTOMERS[cid]
    oid = order(cid, t + D(minutes=int(rng.integers(2, 40))), "report_subscription",
                SUB_PRICE[c["tier"]][c["currency"]], channel="online_checkout" if not renewal else "account_manager",
                plan="annual_report", is_renewal=renewal)
    c["_sub_until"] = t.year


def report_cycle(cid, year):
    """Report for `year` delivered in Feb-Apr of year+1; then the renewal decision."""
    c = CUSTOMERS[cid]
    due = datetime(year + 1, 3, 31, 18)
    late_p = 0.12 if year == 2024 else 0.3           # 2025 reports: new ISSB-aligned template, more late
    days_late = int(rng.integers(3, 30)) if P(late_p) else 0
    t_rep = office(due + D(days=days_late)) if days_late else office(datetime(year + 1, 2, 10) +
                                                                     D(days=int(rng.integers(0, 48))))
    reported = round(c["est_annual_tco2e"] * float(rng.uniform(0.85, 1.15)), 1)
    ev(cid, "tp_annual_report", t_rep, "delivered", f"RPT{year}-{cid}", channel="email", report_year=year,
       reported_tco2e=reported, days_late=days_late,
       account_manager=c["account_manager"])
    if P(0.4):
        tops = []
        if days_late and P(0.7):
            tops.append("report_late")
        elif P(0.55):
            tops.append("report_useful")
        feedback(cid, later(t_rep, 2, 20), tops, "call_note", "tp_annual_report", report_year=year)
    p = 0.63
    if c["market"] == "UK":
        p += 0.12
    if c["_reissue"]:
        p -= 0.3
    if days_late:
        p -= 0.12
    if c["tier"] == "mid":
        p += 0.05
    if P(p):
        t_ren = later(t_rep, 5, 80)
        if ev(cid, "tp_renewal", t_ren, "renewed", f"RPT{year}-{cid}", channel="phone", plan="annual_report",
              report_year=year + 1, account_manager=c["account_manager"]):
            subscribe(cid, t_ren, renewal=True)
            if P(0.8):
                buy(cid, t_ren + D(days=float(rng.uniform(0, 20))), channel="account_manager", renewal=True)
            if year + 1 <= 2025:
                report_cycle(cid, year + 1)
    else:
        c["_churned"] = True
        if P(0.5):
            tops = ["no_value"] if P(0.55) else ["price_high"]
            feedback(cid, later(t_rep, 60, 95), tops, "call_note", "tp_renewal", report_year=year)


def top_ups(cid, t0):
    t = t0
    while True:
        t = t + D(days=float(rng.exponential(240)))
        if t > END:
            return
        buy(cid, office(t))


# ---------------------------------------------------------------- the lead funnel
def run_lead(cid, t_lead, source, expo=None, partner=None, device="pc"):
    c = CUSTOMERS[cid]
    c["_lead"] = True
    if partner:
        c["partner_name"] = partner
    ev(cid, "tp_lead", t_lead, "created", None, device=device, channel=source, lead_source=source,
       线索来源=SOURCE_ZH[source], partner_name=partner, expo_name=expo)
    p_calc = {"webinar": 0.34, "partner_referral": 0.82, "website": 0.74, "social_ads": 0.5, "trade_expo": 0.62}[source]
    if not P(p_calc):
        return
    t = later(t_lead, 0, {"webinar": 12, "partner_referral": 6}.get(source, 4), 8, 22)
    completed = False
    for attempt in (1, 2):
        dev = device if attempt == 1 else pick(["pc", "mobile"], p=[0.75, 0.25])
        v2 = CALC_V2[0] <= t < CALC_V2[1]
        version = "2.0" if v2 else ("2.1" if t >= CALC_V2[1] else "1.4")
        p = 0.74 if dev == "pc" else 0.52
        if v2:
            p *= 0.45
        completed = P(p)
        scope3 = completed and (v2 or P(0.35))
        mins = round(float(rng.gamma(3, 5 if not v2 else 8)), 1)
        est = round(c["est_annual_tco2e"] * float(rng.uniform(0.7, 1.3)), 1) if completed else None
        ch = "mini_program" if c["market"] == "CN" and dev == "mobile" and P(0.6) else "web"
        ev(cid, "tp_footprint_calc", t, "completed" if completed else "abandoned", f"CALC-{cid}-{attempt}",
           device=dev, channel=ch, calc_version=version, calc_minutes=mins, scope3_included=scope3,
           estimated_tco2e=est)
        if not completed and P(0.13 if not v2 else 0.2):
            tops = ["calc_complex"] if P(0.72 if not v2 else 0.95) else []
            feedback(cid, t + D(hours=float(rng.uniform(0.2, 30))), tops,
                     pick([msg_channel(c), "ticket"], p=[0.7, 0.3]), "tp_footprint_calc", calc_version=version)
            if v2 and P(0.3):
                ticket(cid, t + D(hours=2), "calculator")
        elif completed and P(0.04):
            tops = ["calc_complex"] if P(0.3) else []
            feedback(cid, t + D(hours=float(rng.uniform(0.2, 30))), tops, msg_channel(c), "tp_footprint_calc",
                     calc_version=version)
        if completed or not P(0.3):
            break
        t = later(t, 1, 9, 8, 22)
    p_cons = 0.64 if completed else 0.2
    if source == "partner_referral":
        p_cons += 0.14
    if source == "webinar":
        p_cons -= 0.08
    if not P(p_cons):
        return
    consultant = pick(CONSULTANTS[c["market"]])
    c["account_manager"] = consultant
    t = later(t, 1, 12)
    mtype = pick(["video", "phone", "onsite"], p=[0.55, 0.3, 0.15])
    held = False
    for k in (1, 2):
        if P(0.14):
            ev(cid, "tp_consultation", t, "no_show", f"CONS-{cid}-{k}", channel="phone", consultant=consultant,
               meeting_type=mtype)
            if not P(0.55):
                break
            t = later(t, 2, 9)
            continue
        dur = int(rng.integers(25, 75))
        ev(cid, "tp_consultation", t, "held", f"CONS-{cid}-{k}", channel="phone", consultant=consultant,
           meeting_type=mtype, duration_min=dur)
        held = True
        break
    if not held:
        return
    if P(0.45):
        r = rng.random()
        tops = []
        if r < CONSULT_PUSHY.get(consultant, 0.1):
            tops = ["pushy"]
        elif r < CONSULT_PUSHY.get(consultant, 0.1) + CONSULT_GOOD.get(consultant, 0.33):
            tops = ["consultant_good"]
        feedback(cid, later(t, 0, 3), tops, "survey", "tp_consultation", rating=stars(tops), who=consultant)
    if source == "partner_referral" and P(0.1):
        tops = ["consultant_good"] if P(0.5) else (["pushy"] if P(0.5) else ["price_high"])
        tp = "tp_consultation" if tops != ["price_high"] else "tp_project_selection"
        feedback(cid, later(t, 1, 15), tops, "partner_note", tp, who=consultant if tp == "tp_consultation" else None,
                 drop_ts=P(0.5), partner_name=partner)
    p_sel = 0.74 * CONSULT_CLOSE.get(consultant, 1.0)
    if not P(min(p_sel, 0.95)):
        return
    t = later(t, 1, 10)
    proj = pick(list(PROJ_PREF[c["market"]]), p=np.array(list(PROJ_PREF[c["market"]].values())) /
                sum(PROJ_PREF[c["market"]].values()))
    zh, en, ptype, std, pc, usd = PROJECTS[proj]
    ev(cid, "tp_project_selection", t, "shortlisted", f"SEL-{cid}", channel="web", consultant=consultant,
       project_id=proj, project_name=zh if c["preferred_language"] == "zh" else en, project_type=ptype,
       项目类型=PTYPE_ZH[ptype], standard=std, n_projects_compared=int(rng.integers(1, 5)))
    p_buy = 0.64 + (0.06 if c["tier"] == "mid" else 0) - (0.12 if ptype == "forestry" and c["market"] != "CN" else 0)
    p_buy *= CONSULT_CLOSE.get(consultant, 1.0) ** 0.5
    if source == "webinar":
        p_buy -= 0.1
    if not P(p_buy):
        if P(0.2):
            tops = ["greenwash"] if ptype == "forestry" and P(0.6) else ["price_high"]
            feedback(cid, later(t, 3, 25), tops, "call_note", "tp_project_selection", project_type=ptype)
        return
    if P(0.05):
        tops = ["greenwash"] if ptype == "forestry" else ["price_high"]
        feedback(cid, later(t, 0, 3), tops, msg_channel(c), "tp_project_selection", project_type=ptype)
    t = later(t, 1, float(rng.choice([12, 40], p=[0.85, 0.15])))
    tb = buy(cid, t, proj)
    if tb is None:
        if P(0.35):
            tb = buy(cid, later(t, 3, 15), proj)
        if tb is None:
            return
    if P(0.58 if c["tier"] == "small" else 0.72):
        subscribe(cid, tb)
        if tb.year <= 2025:
            report_cycle(cid, tb.year)
    top_ups(cid, tb)


def run_webinar(wid, t_web, lang, topic):
    n = int(rng.poisson(95 if lang == "zh" else 75))
    for _ in range(n):
        market = "CN" if lang == "zh" else pick(["UK", "AU", "US"], p=[0.46, 0.3, 0.24])
        t_reg = office(t_web - D(days=float(rng.uniform(0.5, 11))), 8, 22)
        if t_reg >= t_web:
            t_reg = t_web - D(hours=float(rng.uniform(2, 6)))
        if t_reg < START:
            continue
        cid = new_customer(t_reg, "webinar", market)
        dev = pick(["pc", "mobile"], p=[0.7, 0.3])
        ev(cid, "tp_webinar", t_reg, "registered", wid, device=dev, channel="web", webinar_id=wid,
           webinar_topic=topic)
        attended = P(0.46)
        ev(cid, "tp_webinar", t_web + D(minutes=int(rng.integers(0, 15))), "attended" if attended else "no_show",
           wid, device=dev, channel="web", webinar_id=wid, webinar_topic=topic,
           watch_minutes=int(rng.integers(10, 60)) if attended else 0)
        c = CUSTOMERS[cid]
        if attended and P(0.2):
            r = rng.random()
            tops = ["webinar_pitch"] if r < (0.42 if lang == "en" else 0.3) else (["webinar_useful"] if r < 0.8 else [])
            feedback(cid, t_web + D(minutes=int(rng.integers(62, 200))), tops, "webinar_poll", "tp_webinar",
                     rating=stars(tops), webinar_id=wid)
        if P(0.5 if attended else 0.07):
            t_lead = t_web + D(hours=float(rng.uniform(1, 60))) if attended else later(t_web, 2, 20)
            run_lead(cid, t_lead, "webinar", device=dev)


def legacy():
    """330 companies that bought and subscribed in 2024: reports for 2024 arrive in 2025."""
    for _ in range(330):
        signup = datetime(2024, 1, 1) + D(days=int(rng.integers(0, 330)), hours=float(rng.uniform(9, 18)))
        src = pick(SOURCES, p=[0.22, 0.3, 0.28, 0.12, 0.08])
        cid = new_customer(signup, src, legacy=True)
        c = CUSTOMERS[cid]
        c["account_manager"] = pick(CONSULTANTS[c["market"]])
        c["_paid"] = 1
        c["_sub_until"] = 2024
        report_cycle(cid, 2024)
        if P(0.4):
            top_ups(cid, datetime(2025, 1, 1) - D(days=int(rng.integers(0, 200))))


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    legacy()
    y, m = 2025, 1
    while (y, m) <= (2026, 7):
        days = 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31)
        # two webinars a month: one Chinese, one English
        for lang, day in (("zh", 9), ("en", 20)):
            N["webinar"] += 1
            topic = WEBINAR_TOPICS[lang][(N["webinar"] // 2) % 5]
            t_web = datetime(y, m, day, 14 if lang == "zh" else 12, 0)
            if t_web.weekday() >= 5:
                t_web += D(days=7 - t_web.weekday())
            run_webinar(f"WBN{y % 100:02d}{m:02d}{lang.upper()}", t_web, lang, topic)
        n = int(rng.poisson(135))
        for _ in range(n):
            src = pick(SOURCES[1:], p=SOURCE_W)
            t = datetime(y, m, 1) + D(days=int(rng.integers(0, days)), hours=float(rng.uniform(8, 22)))
            market = None
            expo = None
            if src == "trade_expo":
                if (y, m) not in EXPOS:
                    src = "website"
                else:
                    market, expo = EXPOS[(y, m)]
            cid = new_customer(t, src, market)
            c = CUSTOMERS[cid]
            partner = pick(PARTNERS[c["market"]]) if src == "partner_referral" else None
            dev = "pc" if src in ("partner_referral", "trade_expo") else pick(["pc", "mobile"], p=[0.6, 0.4])
            run_lead(cid, t, src, expo=expo, partner=partner, device=dev)
        if (y, m) in EXPOS:      # expo badge scans
            market, expo = EXPOS[(y, m)]
            for _ in range(int(rng.poisson(70))):
                t = datetime(y, m, 12) + D(days=int(rng.integers(0, 3)), hours=float(rng.uniform(9, 17)))
                cid = new_customer(t, "trade_expo", market)
                run_lead(cid, t, "trade_expo", expo=expo, device="pc")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)

    for c in CUSTOMERS.values():
        if c["_churned"]:
            seg = "churned"
        elif c["_paid"] >= 2:
            seg = "repeat_buyer"
        elif c["_paid"] == 1:
            seg = "buyer"
        elif c["_lead"]:
            seg = "prospect"
        else:
            seg = "contact"
        c["segment"] = seg
    cust_rows = [{k: v for k, v in c.items() if not k.startswith("_")} for c in CUSTOMERS.values()]

    EVENTS.sort(key=lambda r: (r["ts"], r["customer_id"], r["touchpoint_id"]))
    for i, r in enumerate(EVENTS, 1):
        r["event_id"] = f"E{i:07d}"
    # the registry webhook re-sends a few retirement notices (exact duplicates, same event_id)
    rets = [i for i, r in enumerate(EVENTS) if r["touchpoint_id"] == "tp_retirement"]
    dset = set(rng.choice(rets, size=18, replace=False).tolist())
    rows = []
    for i, r in enumerate(EVENTS):
        rows.append(r)
        if i in dset:
            rows.append(dict(r))
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel"]
    ev_cols += [k for k in dict.fromkeys(k for r in EVENTS for k in r) if k not in ev_cols]
    ORDERS.sort(key=lambda r: (r["ts"], r["order_id"]))
    FEEDBACK.sort(key=lambda r: r["ts"])
    ids = {}
    for i, r in enumerate(FEEDBACK, 1):
        ids[r["feedback_id"]] = r["feedback_id"] = f"F{i:05d}"
    for t in TRUTH:
        t["feedback_id"] = ids[t["feedback_id"]]
    TRUTH.sort(key=lambda t: t["feedback_id"])
    for r in FEEDBACK:      # WeChat messages forwarded without a time; partner notes typed up later
        if r["channel"] == "wechat" and rng.random() < 0.22:
            r["ts"] = None
        if r.pop("_no_ts", False):
            r["ts"] = None
        if r["channel"] == "partner_note" and rng.random() < 0.3:   # partner did not say which client
            r["customer_id"] = None
    fb_cols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps"]
    fb_cols += [k for k in dict.fromkeys(k for r in FEEDBACK for k in r) if k not in fb_cols]

    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[2], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4], 1)])
    write(out / "customers.csv", cust_rows)
    write(out / "events.csv", rows, ev_cols)
    write(out / "orders.csv", ORDERS)
    write(out / "feedback.csv", FEEDBACK, fb_cols)
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", TRUTH)
    print(f"customers {len(cust_rows)} events {len(rows)} orders {len(ORDERS)} feedback {len(FEEDBACK)}")


def write(path: Path, rows: list[dict], cols=None) -> None:
    cols = cols or list(dict.fromkeys(k for r in rows for k in r))
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else (r[k].strftime("%Y-%m-%d %H:%M:%S")
                                                         if isinstance(r.get(k), datetime) else r[k])) for k in cols})


if __name__ == "__main__":
    main()
