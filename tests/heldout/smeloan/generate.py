"""润企贷 RunQi Capital: online working-capital loans for small businesses in China (synthetic, written blind).

Small merchants (个体工商户 and small companies: restaurants, shops, wholesalers, workshops, logistics fleets,
e-commerce sellers, local services) in seven provinces find us through Baidu search ads (百度推广) or partner
platforms (美团商家 merchant centre, 抖音来客, tax-service platforms, bank and bookkeeping-firm referrals), our
telesales team, existing customers or the app store (获客线索). They apply online (在线申请: app, WeChat mini
program or the web), authorise their business licence, the legal representative's face check and the tax bureau
data (执照税务授权; one row per attempt, `authorized` / `failed`), are scored by the automatic risk engine
(自动风控评分: `pass`, `refer` to manual review, `reject`), referred cases go to manual review (人工审核:
`approved` / `rejected` / `withdrawn` by the merchant while waiting), approved merchants get a credit-line offer
(授信额度: limit, APR; the row's action is the merchant's answer `accepted` / `declined` / `expired`), e-sign the
line contract (电子签约), and draw money (提款放款, one drawdown = one loan, 3 / 6 / 12 months, equal instalments
等额本息 or interest first 先息后本). Instalments are auto-debited on the due date (月度还款: `paid`,
`debit_failed`, later `paid_late` with days past due), overdue instalments go to collections (逾期催收: SMS, calls
by the in-house team or two outsourced agencies, write-off at 90 days), merchants prepay (提前还款), renew or top
up the line (续贷/提额) and call the hotline (客服热线).

Data 2025-01-01 .. 2026-07-31 (extract taken 2026-08-05). Naive Beijing time. Money in CNY.
Orders are the lender's income items: interest 利息, service fee 服务费, penalty interest 罚息 and early repayment
fee 提前还款手续费 (principal is not an order).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback as CSV (DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment; not a DATA.md table).
Deterministic (seed 20260805), numpy + stdlib. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260805
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
N_LEADS = 17000
TAX_SWITCH = (datetime(2025, 11, 1), datetime(2025, 12, 1))      # Guangdong's new e-tax bureau: logins fail
BACKLOG = (datetime(2026, 3, 1), datetime(2026, 4, 1))           # manual review backlog (two reviewers left)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_lead", "获客线索", "Lead", "awareness", "ads", "digital", "growth",
     "线索|获客|广告点击|百度推广|合作渠道|引流|lead|leads|ad click|referral|partner lead"),
    ("tp_application", "在线申请", "Online application", "consideration", "app", "digital", "product",
     "申请|进件|提交申请|填表|apply|application|loan application|submit"),
    ("tp_authorization", "执照税务授权", "Licence and tax-data authorisation", "consideration", "app", "digital",
     "product", "授权|税务授权|执照认证|营业执照|人脸识别|实名|电子税务局|authorization|authorisation|tax data|KYC"),
    ("tp_risk_scoring", "自动风控评分", "Automated risk scoring", "purchase", "other", "digital", "risk",
     "机审|风控|自动审批|评分|决策引擎|秒批|risk scoring|auto decision|credit scoring|underwriting"),
    ("tp_manual_review", "人工审核", "Manual review", "purchase", "other", "digital", "risk",
     "人审|人工审批|补件|复核|manual review|underwriter review|credit review"),
    ("tp_offer", "授信额度", "Credit-line offer", "purchase", "app", "digital", "risk",
     "额度|授信|报价|利率|定价|offer|credit limit|pricing|quote"),
    ("tp_esign", "电子签约", "E-signing", "purchase", "app", "digital", "operations",
     "签约|签合同|电子合同|e签宝|法大大|e-sign|contract signing|sign"),
    ("tp_drawdown", "提款放款", "Drawdown", "purchase", "app", "digital", "operations",
     "放款|提款|借款|用款|到账|disbursement|drawdown|payout|loan"),
    ("tp_repayment", "月度还款", "Monthly repayment", "service", "other", "digital", "operations",
     "还款|扣款|月供|代扣|账单|repayment|instalment|installment|auto-debit|direct debit"),
    ("tp_collection", "逾期催收", "Overdue collections", "service", "phone", "digital", "collections",
     "催收|逾期|催款|贷后|委外|collections|collection|overdue|dunning|debt collection"),
    ("tp_early_repay", "提前还款", "Early repayment", "loyalty", "app", "digital", "operations",
     "提前结清|提前还|结清|prepayment|early repayment|early payoff|pay off early"),
    ("tp_renewal", "续贷提额", "Renewal and top-up", "loyalty", "app", "digital", "risk",
     "续贷|续期|提额|增额|再贷|renewal|top-up|top up|limit increase|repeat loan"),
    ("tp_hotline", "客服热线", "Customer hotline", "service", "phone", "digital", "customer_service",
     "客服|热线|400电话|来电|人工客服|hotline|call centre|call center|customer service|support"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("origination", "申请到放款", "Application to drawdown",
     ["tp_application", "tp_authorization", "tp_risk_scoring", "tp_offer", "tp_esign", "tp_drawdown"], 30),
    ("lead_conversion", "线索转化", "Lead to drawdown", ["tp_lead", "tp_application", "tp_drawdown"], 30),
    ("renewal", "续贷流程", "Renewal to drawdown", ["tp_renewal", "tp_esign", "tp_drawdown"], 14),
]
PROVINCES = {  # en: zh, region, region_zh, weight, cities (en, zh, weight)
    "Guangdong": ("广东", "South China", "华南", 0.26,
                  [("Shenzhen", "深圳", 0.40), ("Guangzhou", "广州", 0.38), ("Dongguan", "东莞", 0.22)]),
    "Zhejiang": ("浙江", "East China", "华东", 0.18, [("Hangzhou", "杭州", 0.55), ("Yiwu", "义乌", 0.45)]),
    "Jiangsu": ("江苏", "East China", "华东", 0.15, [("Suzhou", "苏州", 0.55), ("Nanjing", "南京", 0.45)]),
    "Shandong": ("山东", "East China", "华东", 0.12, [("Linyi", "临沂", 0.50), ("Qingdao", "青岛", 0.50)]),
    "Sichuan": ("四川", "Southwest China", "西南", 0.10, [("Chengdu", "成都", 1.0)]),
    "Henan": ("河南", "Central China", "华中", 0.10, [("Zhengzhou", "郑州", 1.0)]),
    "Hubei": ("湖北", "Central China", "华中", 0.09, [("Wuhan", "武汉", 1.0)]),
}
CHANNELS = {  # id: zh, weight, lead->application prob, score shift, lead event channel, partner platform
    "baidu_sem": ("百度推广", 0.22, 0.34, 0, "ads", "百度"),
    "douyin": ("抖音来客", 0.18, 0.15, -55, "ads", "抖音来客"),
    "meituan": ("美团商家合作", 0.12, 0.40, -10, "other", "美团商家中心"),
    "tax_platform": ("税务服务平台合作", 0.09, 0.62, 35, "other", "票税通平台"),
    "bank_referral": ("合作银行推荐", 0.07, 0.52, 20, "other", "合作银行"),
    "accountant": ("代账机构推荐", 0.06, 0.50, 15, "other", "代账公司"),
    "telesales": ("电销外呼", 0.10, 0.24, -15, "phone", None),
    "referral": ("老客户推荐", 0.06, 0.52, 10, "mini_program", None),
    "organic": ("自然流量", 0.10, 0.42, 0, "web", None),
}
INDUSTRIES = {  # id: zh, weight, amount median (CNY), score shift, late multiplier
    "catering": ("餐饮", 0.22, 90000, -15, 3.0),
    "retail": ("零售", 0.21, 110000, 0, 1.0),
    "wholesale": ("批发贸易", 0.17, 320000, 10, 0.9),
    "manufacturing": ("制造加工", 0.12, 200000, 10, 0.9),
    "logistics": ("物流运输", 0.08, 150000, 0, 1.2),
    "ecommerce": ("电商", 0.13, 140000, 0, 1.1),
    "local_services": ("生活服务", 0.07, 70000, -10, 1.4),
}
IND_BY_CH = {"douyin": [0.40, 0.16, 0.04, 0.04, 0.04, 0.10, 0.22], "meituan": [0.58, 0.18, 0.03, 0.02, 0.02, 0.02, 0.15],
             "tax_platform": [0.06, 0.16, 0.32, 0.30, 0.08, 0.06, 0.02]}
NAME_PARTS = {
    "catering": (["蜀味", "湘厨", "老街", "小满", "渔家", "粤香", "家常", "川香"], ["餐饮店", "面馆", "火锅店", "饭店", "烧烤"]),
    "retail": (["惠民", "百家", "优品", "鑫隆", "好邻居", "金源"], ["便利店", "超市", "商行", "日杂店", "母婴店"]),
    "wholesale": (["恒通", "汇丰", "盛达", "诚信", "广源", "瑞丰"], ["贸易有限公司", "批发部", "商贸有限公司"]),
    "manufacturing": (["精工", "宏达", "永兴", "创新", "东升", "联合"], ["五金厂", "制衣厂", "塑胶制品有限公司", "电子厂"]),
    "logistics": (["顺通", "快捷", "安达", "远航", "路通"], ["物流有限公司", "运输队", "货运部"]),
    "ecommerce": (["星选", "小象", "云仓", "好物", "优选"], ["电子商务有限公司", "网店", "电商工作室"]),
    "local_services": (["美丽", "洁净", "小匠", "安心", "悦享"], ["美容院", "洗衣店", "家政服务部", "汽修店", "理发店"]),
}
AUTH_FAIL = {  # id: zh, base prob per attempt
    "tax_login_failed": ("电子税务局登录失败", 0.055),
    "licence_ocr_failed": ("营业执照识别失败", 0.025),
    "face_check_failed": ("法人人脸识别失败", 0.035),
    "no_tax_records": ("无纳税记录", 0.015),
}
AUTO_REJECT = {"multi_lending": ("多头借贷", 0.34), "low_tax_revenue": ("纳税额过低", 0.24),
               "credit_overdue": ("征信有逾期", 0.20), "business_too_young": ("经营年限不足", 0.12),
               "litigation": ("涉诉/失信记录", 0.10)}
MANUAL_REJECT = {"cashflow_mismatch": ("流水与纳税不符", 0.45), "incomplete_docs": ("补件不全", 0.30),
                 "related_party_risk": ("关联企业风险", 0.25)}
OFFER_DECLINE = {"limit_too_low": ("额度太低", 0.42), "rate_too_high": ("利率太高", 0.28),
                 "no_longer_needed": ("暂不需要", 0.18), "other_lender": ("已在他行贷款", 0.12)}
ESIGN_FAIL = {"ca_cert_failed": "CA证书申请失败", "face_mismatch": "人脸比对失败", "sms_timeout": "短信验证码超时"}
BANKS = {"工商银行": 0.20, "建设银行": 0.18, "农业银行": 0.14, "招商银行": 0.14, "农商银行": 0.18, "网商银行": 0.10,
         "中国银行": 0.06}
DEBIT_FAIL = {"insufficient_balance": "余额不足", "bank_limit": "超出银行单笔限额", "card_frozen": "银行卡冻结",
              "card_changed": "还款卡已注销"}
REPAY_METHOD = {"equal_instalment": "等额本息", "interest_first": "先息后本"}
COLLECTORS = {"M1": "自营催收M1组", "M2": "委外-恒信催收", "M3": "委外-正诚法务"}
CALL_OUT = {"no_answer": 0.42, "promise_to_pay": 0.33, "refused": 0.15, "wrong_number": 0.10}
CALL_TOPICS = {
    "authorization": "授权问题", "review_progress": "审核进度", "disbursement": "放款进度", "repayment": "还款问题",
    "collection_complaint": "催收投诉", "prepayment": "提前还款", "credit_limit": "额度咨询",
    "invoice": "利息发票", "other": "其他咨询"}
FEE_TYPES = {"interest": "利息", "service_fee": "服务费", "penalty_interest": "罚息", "early_repayment_fee": "提前还款手续费"}
APP_STORES = ["App Store", "华为应用市场", "应用宝", "小米应用商店", "OPPO软件商店"]
SOCIAL = ["黑猫投诉", "微博", "小红书", "知乎"]
SEASON = [1.30, 0.70, 1.00, 1.00, 1.05, 1.10, 0.95, 0.95, 1.05, 1.15, 1.20, 1.20]

# ---------- feedback texts: each topic has its own marker words; generic texts carry none ----------
TOPIC_TP = {"tax_auth": "tp_authorization", "face": "tp_authorization", "review_slow": "tp_manual_review",
            "limit_low": "tp_offer", "rate_high": "tp_offer", "esign": "tp_esign", "fast_payout": "tp_drawdown",
            "debit_fail": "tp_repayment", "collection": "tp_collection", "prepay_fee": "tp_early_repay",
            "hotline": "tp_hotline", "account_mgr": None, "generic": None}
TOPIC_SENT = {"fast_payout": "positive", "account_mgr": "positive"}
TEXT = {
    ("tax_auth", "zh"): [
        "税务授权一直失败，电子税务局登录不上，试了{n}次", "税务授权页面转圈圈，换了手机也不行，耽误我进货",
        "广东的电子税务局换新版后税务授权就过不去了，客服也说不清", "卡在税务授权这一步，提示账号密码错误但我在税局网站能登",
        "税务授权要短信验证，验证码收不到，申请只能放弃", "税务授权老是超时，到底是你们的问题还是税局的问题"],
    ("tax_auth", "en"): [
        "Tax authorisation keeps failing, the e-tax bureau login just errors out after {n} tries",
        "Stuck at tax authorisation for two days, cannot finish my application",
        "The tax authorisation step says wrong password but I can log in to the tax site directly",
        "Tax authorisation timed out again, had to give up"],
    ("face", "zh"): ["人脸识别一直不通过，灯光都换了好几次", "法人人脸验证失败{n}次，老板在外地根本没法配合",
                     "人脸识别太严格了，戴眼镜都不行"],
    ("face", "en"): ["Face scan of the legal rep failed {n} times in a row", "The face scan step never accepts my photo"],
    ("review_slow", "zh"): [
        "人工审核等了{d}天还没结果，货款等不了", "提交补件后人工审核又没动静，打电话只说在排队",
        "人工审核太慢了，说好一天出结果，结果等了快一周", "人工审核进度查不到，急用钱只能先去别家",
        "人工审核拖了{d}天，最后我自己撤了申请"],
    ("review_slow", "en"): [
        "Waited {d} days for the manual review, no update at all", "Manual review is painfully slow, I needed the money "
        "for stock this week", "My application sat in manual review for almost a week, cancelled it in the end"],
    ("limit_low", "zh"): [
        "申请{amt}万，只给了这么点额度，根本不够周转", "额度太低了，流水那么好才批几万", "给的额度连一批货都进不了",
        "额度比银行还低，没什么用"],
    ("limit_low", "en"): ["The credit limit is too low to be useful, asked for {amt}0k", "Credit limit offered was a "
                          "fraction of what I applied for", "Credit limit way too small for a wholesale business"],
    ("rate_high", "zh"): ["年化利率太高了，比银行贵一倍", "利率快18%了，算下来利息太高", "利率说是低至7.2%，到我这里就变成15%",
                          "广告说的利率和实际批的差太多"],
    ("rate_high", "en"): ["The interest rate is far higher than the ad said", "Interest rate of almost 16% is too much "
                          "for a small shop", "Approved, but the interest rate makes it not worth it"],
    ("esign", "zh"): ["电子签约一直提示CA证书失败", "电子签约收不到验证码，签了三次才成功", "电子签名页面打不开，只好第二天再签"],
    ("esign", "en"): ["E-sign failed twice with a certificate error", "The e-sign page kept timing out"],
    ("fast_payout", "zh"): [
        "提款后几分钟就到账了，很方便", "到账速度很快，解决了发工资的燃眉之急", "批下来第二天用款，十分钟就到账",
        "比银行方便多了，手机上点一下就到账", "年前备货急用钱，到账很及时"],
    ("fast_payout", "en"): ["Money arrived in my account within minutes of the drawdown", "Drew the loan at lunch, "
                            "money arrived before 1pm. Great for paying suppliers", "Fast and simple, the money arrived "
                            "the same morning"],
    ("debit_fail", "zh"): [
        "卡里明明有钱还提示扣款失败，结果算我逾期", "扣款失败也不提前通知，第二天就来催了", "农商银行卡扣款失败，说超限额，每个月都要手动还",
        "扣款失败了{n}次，只能自己转账还"],
    ("debit_fail", "en"): ["Auto-debit failed even though the money was there, now it shows as overdue",
                           "The auto-debit failed because of my bank's limit, I have to pay by hand every month"],
    ("collection", "zh"): [
        "才逾期{n}天催收就打电话给我家里人，太过分了", "催收打到我爸妈和供应商那里去了，生意都受影响", "委外催收一天打十几个电话，态度恶劣",
        "催收员说话很难听，威胁要上门", "我只是晚了几天，催收把紧急联系人都打了一遍", "已经还清了催收还在打电话",
        "恒信的催收一天打好几次，还骚扰我店里的员工"],
    ("collection", "en"): [
        "Your collection calls went to my family after just {n} days late, unacceptable",
        "The debt collector was rude and called my supplier", "Collection calls ten times a day from an outside agency",
        "Paid already but the collection calls keep coming"],
    ("prepay_fee", "zh"): ["提前还款还要收手续费，不合理", "想提前还款，一算还要付1%的违约金", "提前还款手续费签约时没讲清楚"],
    ("prepay_fee", "en"): ["Charged a fee for early repayment, nobody mentioned it when I signed",
                           "Early repayment should not cost extra"],
    ("hotline", "zh"): ["客服电话打了半天没人接", "客服电话排队{n}分钟，最后自己挂了", "客服电话永远占线，问个进度都难",
                        "打客服电话转了三次人工才有人处理"],
    ("hotline", "en"): ["Tried the hotline three times, always busy", "Held on the hotline for {n} minutes and gave up"],
    ("account_mgr", "zh"): ["客户经理很专业，帮我一步步提交资料", "客户经理小王服务很好，续贷也是他帮忙办的",
                            "客户经理回复很及时，有问题随时找得到人"],
    ("account_mgr", "en"): ["My account manager walked me through everything, very helpful",
                            "Great account manager, always picks up"],
    ("generic", "zh", "positive"): ["整体体验不错，手续简单", "用了一年多了，挺靠谱的", "操作简单，适合我们小店",
                                    "不用抵押，对小微企业很友好", "流程清楚，推荐给朋友了", "挺好的，会继续用"],
    ("generic", "zh", "neutral"): ["还可以吧，跟别家差不多", "一般般，能用", "第一次用，还在观察", "流程还行，就是材料有点多",
                                   "没什么特别的感觉"],
    ("generic", "zh", "negative"): ["体验很差，不会再用了", "APP经常闪退，很难用", "页面设计太乱，找个还款入口找半天",
                                    "资料要了一遍又一遍，烦"],
    ("generic", "en", "positive"): ["Smooth experience overall, no collateral needed", "Simple process, will use again",
                                    "Good product for small shops like mine"],
    ("generic", "en", "neutral"): ["It's ok, similar to other apps", "Average, does the job", "Too early to say"],
    ("generic", "en", "negative"): ["The app crashes a lot", "Too many documents asked again and again",
                                    "Not impressed, would not recommend"],
}


def pick(d: dict, p=None):
    keys = list(d)
    if p is None:
        p = np.array([v[1] if isinstance(v, tuple) else v for v in d.values()], dtype=float)
    p = np.asarray(p, dtype=float)
    return keys[rng.choice(len(keys), p=p / p.sum())]


def choice(seq):
    return seq[int(rng.integers(len(seq)))]


def at_hour(day: datetime, h0=8, h1=22) -> datetime:
    base = datetime(day.year, day.month, day.day)
    return base + D(seconds=int(rng.integers(h0 * 3600, h1 * 3600)))


def add_months(d: datetime, k: int) -> datetime:
    m = d.month - 1 + k
    y, m = d.year + m // 12, m % 12 + 1
    return datetime(y, m, min(d.day, 28), d.hour, d.minute, d.second)


def daytime(t: datetime) -> datetime:
    """people (merchants, reviewers) act between 7:00 and midnight: night-time moments move to the morning."""
    return t + D(hours=8) if t.hour < 7 else t


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


class W:
    """collects rows"""
    ev: list[dict] = []
    orders: list[dict] = []
    fb: list[dict] = []
    truth: list[dict] = []
    n_ev = 0
    n_sess = 0
    n_loan = 0
    n_ord = 0
    n_fb = 0
    n_contract = 0


def emit(cust: dict, t: datetime, tp: str, action: str, **kw) -> dict | None:
    if t > END or t < START:
        return None
    W.n_ev += 1
    row = dict(event_id=f"ev{W.n_ev:07d}", customer_id=cust["customer_id"], ts=fmt(t), touchpoint_id=tp,
               action=action, province=cust["province"], city=cust["city"])
    row.update({k: v for k, v in kw.items() if v is not None})
    W.ev.append(row)
    return row


def order(cust: dict, t: datetime, kind: str, amount: float, status="paid", **kw):
    if t > END:
        return
    W.n_ord += 1
    row = dict(order_id=f"od{W.n_ord:07d}", customer_id=cust["customer_id"], ts=fmt(t), amount=round(amount, 2),
               status=status, order_type=kind, 费用类型=FEE_TYPES[kind], currency="CNY", province=cust["province"])
    row.update({k: v for k, v in kw.items() if v is not None})
    W.orders.append(row)


def feedback(cust: dict | None, t: datetime | None, channel: str, topic: str, sentiment: str | None = None,
             rating=None, nps=None, tp: str | None = "auto", dated=True, **kw):
    if t is not None and t > END:
        return
    lang = cust["lang"] if cust else ("zh" if rng.random() < 0.85 else "en")
    sent = sentiment or TOPIC_SENT.get(topic, "negative")
    key = ("generic", lang, sent) if topic == "generic" else (topic, lang)
    text = choice(TEXT[key]).format(n=int(rng.integers(2, 6)), d=int(rng.integers(4, 9)),
                                    amt=int(rng.integers(5, 40)))
    if channel == "call_note":
        text = ("客户来电反映：" if lang == "zh" else "Caller said: ") + text
    if channel not in ("app_review", "csat"):
        rating = None
    if channel != "nps_survey":
        nps = None
    if channel == "app_review" and kw.get("platform") not in APP_STORES:
        kw["platform"] = app_store(cust) if cust else choice(APP_STORES)
    elif channel == "social" and kw.get("platform") not in SOCIAL:
        kw["platform"] = choice(SOCIAL)
    elif channel not in ("app_review", "social"):
        kw.pop("platform", None)
    if t is not None:
        t = daytime(t)
    dated = dated or channel not in ("app_review", "social")   # scraped reviews and posts can lose their date
    W.n_fb += 1
    fid = f"fb{W.n_fb:06d}"
    touch = TOPIC_TP.get(topic) if tp == "auto" else tp
    W.fb.append(dict(feedback_id=fid, text=text, ts=fmt(t) if (t is not None and dated) else None,
                     customer_id=cust["customer_id"] if cust else None, touchpoint_id=touch, channel=channel,
                     rating=rating, nps=nps, language=lang, **kw))
    W.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))


def rating_for(sent: str) -> int:
    p = {"positive": [0, 0, 0.05, 0.30, 0.65], "neutral": [0.05, 0.15, 0.50, 0.25, 0.05],
         "negative": [0.55, 0.30, 0.12, 0.03, 0]}[sent]
    return int(rng.choice(5, p=p)) + 1


# ---------- customers ----------

def month_starts():
    out, d = [], datetime(2025, 1, 1)
    while d <= END:
        out.append(d)
        d = add_months(d, 1)
    return out


def make_customers():
    months = month_starts()
    w = np.array([SEASON[m.month - 1] * (1 + 0.035 * i) for i, m in enumerate(months)])
    per = rng.multinomial(N_LEADS, w / w.sum())
    custs = []
    ch_keys = list(CHANNELS)
    ch_p = np.array([CHANNELS[c][1] for c in ch_keys])
    prov_keys = list(PROVINCES)
    prov_p = np.array([PROVINCES[p][3] for p in prov_keys])
    ind_keys = list(INDUSTRIES)
    ind_p = np.array([INDUSTRIES[i][1] for i in ind_keys])
    k = 0
    for m, n in zip(months, per):
        nxt = add_months(m, 1)
        span = (min(nxt, END) - m).total_seconds()
        for _ in range(n):
            k += 1
            t = m + D(seconds=float(rng.random() * span))
            t = at_hour(t, 8, 23)
            ch = ch_keys[rng.choice(len(ch_keys), p=ch_p / ch_p.sum())]
            prov = prov_keys[rng.choice(len(prov_keys), p=prov_p / prov_p.sum())]
            pz, reg, regz, _, cities = PROVINCES[prov]
            ci = rng.choice(len(cities), p=[c[2] for c in cities])
            city, cityz = cities[ci][0], cities[ci][1]
            ip = np.array(IND_BY_CH.get(ch, ind_p))
            ind = ind_keys[rng.choice(len(ind_keys), p=ip / ip.sum())]
            sole = rng.random() < (0.70 if ind in ("catering", "retail", "local_services") else 0.35)
            years = int(min(20, max(0, rng.gamma(2.2, 2.4))))
            pre, suf = NAME_PARTS[ind]
            en_speaker = rng.random() < (0.22 if city in ("Shenzhen", "Yiwu", "Guangzhou") else 0.07)
            rev = INDUSTRIES[ind][2] * float(np.exp(rng.normal(0, 0.6))) * 12
            band = ("<100万" if rev < 1e6 else "100-500万" if rev < 5e6 else "500-1000万" if rev < 1e7 else "1000万以上")
            custs.append(dict(
                customer_id=f"m{k:06d}", lead_ts=t, channel=ch, province=prov, province_zh=pz, region=reg,
                region_zh=regz, city=city, city_zh=cityz, industry=ind, sole=sole, years=years,
                merchant_name=cityz + choice(pre) + choice(suf), lang="en" if en_speaker else "zh",
                revenue_band=band, employees=int(max(1, rng.gamma(1.6, 5 if sole else 14))),
                legal_rep_age=int(rng.integers(24, 61)), bank=pick(BANKS), signup_at=None, tier=None,
                loans=[], max_dpd=0, written_off=False, overdue_now=False, drawn=False))
    return custs


# ---------- journey simulation ----------

def device_channel(c):
    if "app_channel" not in c:
        r = rng.random()
        if r < 0.52:
            c["app_channel"], c["device"] = "app", ("ios" if rng.random() < 0.33 else "android")
        elif r < 0.82:
            c["app_channel"], c["device"] = "mini_program", ("ios" if rng.random() < 0.30 else "android")
        else:
            c["app_channel"], c["device"] = "web", "pc"
    return dict(device=c["device"], channel=c["app_channel"])


def new_session():
    W.n_sess += 1
    return f"s{W.n_sess:07d}"


def simulate_lead(c):
    ch = CHANNELS[c["channel"]]
    kw = dict(channel=ch[4], lead_source=c["channel"], 线索来源=ch[0], partner_platform=ch[5],
              device=("pc" if rng.random() < 0.45 else "android") if c["channel"] == "baidu_sem" else
              ("android" if rng.random() < 0.7 else "ios") if c["channel"] == "douyin" else None)
    if c["channel"] == "baidu_sem":
        kw["keyword"] = choice(["小微企业贷款", "经营贷", "个体户贷款", "企业周转资金", "税贷", "无抵押贷款"])
        kw["campaign"] = choice(["sem_brand", "sem_generic", "sem_competitor"])
    if c["channel"] == "douyin":
        kw["campaign"] = choice(["短视频信息流", "直播间挂载", "本地生活商家页"])
    emit(c, c["lead_ts"], "tp_lead", "referred" if ch[4] in ("other", "mini_program") else
         "called" if ch[4] == "phone" else "click", session_id=new_session(), **kw)
    # a few leads come back through a second ad click before applying
    if c["channel"] in ("baidu_sem", "douyin") and rng.random() < 0.12:
        emit(c, c["lead_ts"] + D(days=float(rng.uniform(1, 20))), "tp_lead", "click", session_id=new_session(),
             **kw)
    if rng.random() >= ch[2]:
        return
    gap = rng.exponential(2.5) if rng.random() < 0.9 else rng.uniform(30, 80)
    t = at_hour(c["lead_ts"] + D(days=float(gap)), 8, 23)
    simulate_application(c, t)


def simulate_application(c, t):
    dc = device_channel(c)
    sess = new_session()
    amt = int(max(3, round(INDUSTRIES[c["industry"]][2] * float(np.exp(rng.normal(0, 0.55))) / 10000)) * 10000)
    c["requested"] = amt
    if t <= END:
        c["signup_at"] = c["signup_at"] or t
    if emit(c, t, "tp_application", "submitted", session_id=sess, requested_amount=amt,
            product="经营贷-随借随还", **dc) is None:
        return
    if rng.random() < 0.07:
        call(c, t + D(hours=float(rng.uniform(0.2, 72))), choice(["other", "credit_limit", "review_progress"]))
    # authorisation attempts
    for attempt in range(1, 4):
        t = t + D(minutes=float(rng.uniform(2, 15)))
        fail = None
        for reason, (zh, p) in AUTH_FAIL.items():
            if reason == "no_tax_records" and not c["sole"]:
                p = 0.004
            if reason == "tax_login_failed" and TAX_SWITCH[0] <= t < TAX_SWITCH[1] and c["province"] == "Guangdong":
                p = 0.62
            if rng.random() < p:
                fail = reason
                break
        if fail is None:
            emit(c, t, "tp_authorization", "authorized", session_id=sess, attempt_no=attempt, **dc)
            break
        emit(c, t, "tp_authorization", "failed", session_id=sess, attempt_no=attempt, fail_reason=fail,
             失败原因=AUTH_FAIL[fail][0], **dc)
        if rng.random() < 0.14:
            call(c, t + D(minutes=float(rng.uniform(5, 120))), "authorization")
        if rng.random() < (0.15 if fail in ("tax_login_failed", "face_check_failed") else 0.04):
            feedback(c, t + D(hours=float(rng.uniform(1, 48))), choice(["app_review", "app_review", "social"]),
                     "face" if fail == "face_check_failed" else "tax_auth" if fail == "tax_login_failed" else "generic",
                     sentiment="negative", rating=int(rng.choice([1, 2], p=[0.7, 0.3])),
                     platform=app_store(c), device=c["device"] if c["device"] != "pc" else None,
                     dated=rng.random() > 0.12)
        if fail == "no_tax_records" or rng.random() > 0.62 or attempt == 3:
            return
        t = daytime(t + (D(minutes=float(rng.uniform(3, 40))) if rng.random() < 0.6 else
                         D(hours=float(rng.uniform(5, 50)))))
        sess = new_session()
    # automatic scoring
    t = t + D(seconds=float(rng.uniform(20, 300)))
    score = 655 + CHANNELS[c["channel"]][3] + INDUSTRIES[c["industry"]][3] + 4 * min(c["years"], 10) \
        - (15 if c["sole"] else 0) + float(rng.normal(0, 55))
    score = int(max(350, min(900, score)))
    grade = "A" if score >= 720 else "B" if score >= 680 else "C" if score >= 620 else "D"
    c["tier"] = grade
    c["score"] = score
    kw = dict(score=score, risk_grade=grade, model_version="v3.2" if t < datetime(2026, 1, 12) else "v4.0")
    if score < 612 or (c["years"] < 1 and rng.random() < 0.3):
        rr = "business_too_young" if c["years"] < 1 and rng.random() < 0.5 else \
            "multi_lending" if c["channel"] == "douyin" and rng.random() < 0.3 else pick(AUTO_REJECT)
        emit(c, t, "tp_risk_scoring", "reject", reject_reason=rr, 拒绝原因=AUTO_REJECT[rr][0], **kw)
        return
    if score >= 700 or (score >= 680 and rng.random() < 0.5):
        emit(c, t, "tp_risk_scoring", "pass", **kw)
        simulate_offer(c, t + D(seconds=float(rng.uniform(5, 60))), grade)
        return
    emit(c, t, "tp_risk_scoring", "refer", **kw)
    # manual review
    backlog = BACKLOG[0] <= t < BACKLOG[1]
    hours = float(np.exp(rng.normal(math.log(70 if backlog else 17), 0.45)))
    hours = max(0.6, hours)
    team = "成都审核中心" if rng.random() < 0.55 else "武汉审核中心"
    docs = "yes" if rng.random() < 0.38 else "no"
    if rng.random() < (0.12 if backlog else 0.08):
        call(c, t + D(hours=min(hours * 0.6, float(rng.uniform(6, 30)))), "review_progress")
    if backlog and rng.random() < 0.18 or (not backlog and rng.random() < 0.012):
        feedback(c, t + D(hours=hours * float(rng.uniform(0.7, 1.1))),
                 choice(["app_review", "social", "call_note"]), "review_slow", rating=1,
                 platform=app_store(c), dated=rng.random() > 0.1)
    p_withdraw = 0.30 if backlog else 0.045
    if rng.random() < p_withdraw:
        tw = daytime(t + D(hours=hours * float(rng.uniform(0.5, 0.95))))
        emit(c, tw, "tp_manual_review", "withdrawn", review_hours=round((tw - t).total_seconds() / 3600, 1),
             reviewer_team=team, docs_requested=docs, risk_grade=grade)
        return
    td = daytime(t + D(hours=hours))
    hours = (td - t).total_seconds() / 3600
    if rng.random() < (0.60 if grade == "C" else 0.45):
        emit(c, td, "tp_manual_review", "approved", review_hours=round(hours, 1), reviewer_team=team,
             docs_requested=docs, risk_grade=grade)
        simulate_offer(c, td + D(minutes=float(rng.uniform(1, 30))), grade if grade != "B" else "C")
    else:
        rr = pick(MANUAL_REJECT)
        emit(c, td, "tp_manual_review", "rejected", review_hours=round(hours, 1), reviewer_team=team,
             docs_requested=docs, risk_grade=grade, reject_reason=rr, 拒绝原因=MANUAL_REJECT[rr][0])


def app_store(c):
    if c is not None and c.get("device") == "ios":
        return "App Store"
    return choice(["华为应用市场", "应用宝", "小米应用商店", "OPPO软件商店"])


APR = {"A": (0.0792, 0.1008), "B": (0.1008, 0.1296), "C": (0.1296, 0.1548), "D": (0.1548, 0.1800)}


def simulate_offer(c, t, grade):
    dc = device_channel(c)
    cap = {"A": 1.0, "B": 0.8, "C": 0.55, "D": 0.4}[grade]
    limit = int(max(2, round(c["requested"] * cap * float(rng.uniform(0.55, 1.0)) / 10000)) * 10000)
    limit = min(limit, 1000000)
    apr = round(float(rng.uniform(*APR[grade])), 4)
    ratio = limit / c["requested"]
    p_decl = 0.07 + (0.22 if ratio < 0.5 else 0.05 if ratio < 0.8 else 0) + (0.10 if apr > 0.14 else 0)
    r = rng.random()
    kw = dict(credit_limit=limit, apr=apr, risk_grade=grade, offer_valid_days=15, **dc)
    if r < p_decl:
        reason = "limit_too_low" if ratio < 0.5 and rng.random() < 0.7 else \
            "rate_too_high" if apr > 0.14 and rng.random() < 0.6 else pick(OFFER_DECLINE)
        emit(c, t, "tp_offer", "declined", decline_reason=reason, 放弃原因=OFFER_DECLINE[reason][0], **kw)
        if reason in ("limit_too_low", "rate_too_high") and rng.random() < 0.16:
            feedback(c, t + D(hours=float(rng.uniform(1, 72))), choice(["app_review", "social", "app_review"]),
                     "limit_low" if reason == "limit_too_low" else "rate_high", rating=int(rng.choice([1, 2, 3],
                     p=[0.5, 0.35, 0.15])), platform=app_store(c), dated=rng.random() > 0.1)
        return
    if r < p_decl + 0.06:
        emit(c, t, "tp_offer", "expired", **kw)
        return
    emit(c, t, "tp_offer", "accepted", **kw)
    c["limit"], c["apr"], c["grade"] = limit, apr, grade
    ts = daytime(t + D(hours=float(rng.exponential(20))))
    if not esign(c, ts, "new_line"):
        return
    c["line_until"] = ts + D(days=365)
    c["drawn"] = True
    first = ts + D(hours=float(rng.exponential(40))) if rng.random() < 0.9 else None
    if first is not None:
        run_loans(c, first)


def esign(c, t, purpose) -> bool:
    dc = device_channel(c)
    W.n_contract += 1
    cno = f"HT{t.year}{W.n_contract:06d}"
    prov = "e签宝" if rng.random() < 0.6 else "法大大"
    for attempt in range(1, 4):
        p_fail = 0.06 if prov == "e签宝" else 0.11
        if rng.random() < p_fail:
            reason = choice(list(ESIGN_FAIL))
            emit(c, t, "tp_esign", "failed", contract_no=cno, esign_provider=prov, fail_reason=reason,
                 失败原因=ESIGN_FAIL[reason], attempt_no=attempt, contract_type=purpose, **dc)
            if rng.random() < 0.08:
                feedback(c, t + D(hours=float(rng.uniform(0.5, 24))), choice(["app_review", "call_note"]), "esign",
                         rating=2, platform=app_store(c))
            if rng.random() < 0.15:
                return False
            t = daytime(t + D(minutes=float(rng.uniform(5, 600))))
            continue
        emit(c, t, "tp_esign", "signed", contract_no=cno, esign_provider=prov, attempt_no=attempt,
             contract_type=purpose, **dc)
        c["esign_t"] = t
        return True
    return False


def run_loans(c, t):
    n_loans = 0
    while t <= END and not c["written_off"]:
        # renewal / top-up before the line runs out
        if t > c["line_until"] - D(days=20):
            ta = c["line_until"] - D(days=float(rng.uniform(0, 20)))
            ta = max(ta, c.get("last_event", ta))
            if c["max_dpd"] >= 30 or rng.random() > 0.62 or ta > END:
                return
            ok = rng.random() < (0.86 if c["max_dpd"] < 8 else 0.45)
            new_limit = int(c["limit"] * (1.2 if ok and rng.random() < 0.4 else 1.0))
            emit(c, at_hour(ta), "tp_renewal", "approved" if ok else "rejected", renewal_type="renewal",
                 申请类型="续贷", old_limit=c["limit"], new_limit=new_limit if ok else None, **device_channel(c))
            if not ok:
                return
            if not esign(c, daytime(at_hour(ta) + D(hours=float(rng.exponential(30)))), "renewal"):
                return
            c["limit"] = new_limit
            c["line_until"] = c["line_until"] + D(days=365)
            t = max(t, c["esign_t"] + D(hours=float(rng.exponential(48))))
        # sometimes a top-up request a few months in
        if n_loans >= 1 and not c.get("topup_done") and rng.random() < 0.22:
            c["topup_done"] = True
            tt = at_hour(t - D(days=float(rng.uniform(1, 10))))
            ok = c["max_dpd"] < 4 and rng.random() < 0.42
            emit(c, tt, "tp_renewal", "approved" if ok else "rejected", renewal_type="top_up", 申请类型="提额",
                 old_limit=c["limit"], new_limit=int(c["limit"] * 1.5) if ok else None, **device_channel(c))
            if ok and esign(c, daytime(tt + D(hours=float(rng.exponential(20)))), "top_up"):
                c["limit"] = int(c["limit"] * 1.5)
                t = max(t, c["esign_t"] + D(hours=2))
        end = draw_one(c, t)
        n_loans += 1
        if end is None:
            return
        if rng.random() > (0.62 if n_loans == 1 else 0.5):
            return
        t = end + D(days=float(rng.exponential(12)))


def draw_one(c, t):
    """one drawdown and its instalments; returns when the loan ended (or None if it is still running / lost)."""
    dc = device_channel(c)
    t = at_hour(t, 7, 23)
    if t > END:
        return None
    W.n_loan += 1
    loan = f"L{W.n_loan:06d}"
    amount = int(max(1, round(c["limit"] * float(rng.uniform(0.35, 1.0)) / 1000)) * 1000)
    term = int(rng.choice([3, 6, 12], p=[0.2, 0.35, 0.45]))
    method = "equal_instalment" if rng.random() < 0.66 else "interest_first"
    kw = dict(loan_id=loan, drawdown_amount=amount, term_months=term, repay_method=method,
              还款方式=REPAY_METHOD[method], apr=c["apr"], receiving_bank=c["bank"], **dc)
    if rng.random() < 0.025:
        emit(c, t, "tp_drawdown", "failed", fail_reason="account_name_mismatch", 失败原因="收款户名不符", **kw)
        if rng.random() < 0.3:
            call(c, t + D(minutes=float(rng.uniform(10, 200))), "disbursement")
        t = daytime(t + D(hours=float(rng.uniform(2, 30))))
    mins = float(np.exp(rng.normal(math.log(6), 0.8)))
    emit(c, t, "tp_drawdown", "success", disburse_minutes=round(mins, 1), **kw)
    first = not c["loans"]
    c["loans"].append(loan)
    fee_rate = {"A": 0.0, "B": 0.005, "C": 0.01, "D": 0.015}[c["grade"]]
    if fee_rate:
        refunded = rng.random() < 0.03
        order(c, t + D(minutes=mins), "service_fee", amount * fee_rate, "refunded" if refunded else "paid",
              loan_id=loan, channel="deducted_at_drawdown",
              refunded_at=fmt(t + D(days=float(rng.uniform(3, 20)))) if refunded else None)
    for _ in range(int(rng.poisson(0.22 * term))):
        call(c, t + D(days=float(rng.uniform(0.1, 30.4 * term))),
             pick({"credit_limit": 0.3, "invoice": 0.2, "repayment": 0.25, "other": 0.25}))
    if first:
        # NPS survey a few days after the first drawdown
        if rng.random() < 0.42:
            nps_after(c, t + D(days=float(rng.uniform(2, 7))))
        elif rng.random() < 0.03:
            feedback(c, t + D(hours=float(rng.uniform(1, 48))), "app_review", "fast_payout", rating=5,
                     platform=app_store(c), dated=rng.random() > 0.15)
    # instalments
    r = c["apr"] / 12
    bal = float(amount)
    pay = amount * r / (1 - (1 + r) ** -term)
    early_at = int(rng.integers(2, term)) if term >= 6 and rng.random() < 0.16 else None
    for k in range(1, term + 1):
        due = add_months(datetime(t.year, t.month, t.day), k)
        if due > END:
            return None
        if early_at is not None and k == early_at + 1:
            te = at_hour(due - D(days=float(rng.uniform(1, 25))))
            if rng.random() < 0.35:
                call(c, te - D(hours=float(rng.uniform(1, 48))), "prepayment")
            fee = round(bal * 0.01, 2) if k <= 7 else 0.0
            emit(c, te, "tp_early_repay", "completed", loan_id=loan, prepay_principal=round(bal, 2),
                 prepay_fee=fee, **dc)
            order(c, te, "interest", bal * r * float(rng.uniform(0.1, 0.9)), loan_id=loan, installment_no=k,
                  channel="app")
            if fee:
                order(c, te, "early_repayment_fee", fee, loan_id=loan, channel="app")
                if rng.random() < 0.3:
                    feedback(c, te + D(hours=float(rng.uniform(1, 72))), choice(["app_review", "call_note", "social"]),
                             "prepay_fee", rating=2, platform=app_store(c), dated=rng.random() > 0.1)
            return te
        interest = bal * r
        if method == "equal_instalment":
            principal = pay - interest
        else:
            principal = bal if k == term else 0.0
        due_amt = round(principal + interest, 2)
        bal -= principal
        if not repay_instalment(c, loan, k, due, due_amt, interest):
            return None
    return due


def repay_instalment(c, loan, k, due, amt, interest) -> bool:
    base = {"A": 0.015, "B": 0.026, "C": 0.045, "D": 0.07}[c["grade"]]
    mult = INDUSTRIES[c["industry"]][4]
    if c["industry"] == "catering" and datetime(2026, 1, 1) <= due < datetime(2026, 4, 1):
        mult *= 1.8
    if c["channel"] == "douyin":
        mult *= 1.3
    t_due = at_hour(due, 6, 9)
    common = dict(loan_id=loan, installment_no=k, due_date=due.strftime("%Y-%m-%d"), amount_due=amt,
                  interest_part=round(interest, 2), channel="other")
    bank_limit = c["bank"] == "农商银行" and amt > 10000 and rng.random() < 0.4
    late = rng.random() < base * mult
    if not late and not bank_limit:
        emit(c, t_due, "tp_repayment", "paid", pay_method="auto_debit", **common)
        order(c, t_due, "interest", interest, loan_id=loan, installment_no=k, channel="auto_debit")
        return True
    reason = "bank_limit" if bank_limit else pick({"insufficient_balance": 0.80, "card_frozen": 0.12,
                                                   "card_changed": 0.08})
    emit(c, t_due, "tp_repayment", "debit_failed", debit_fail_reason=reason, 扣款失败原因=DEBIT_FAIL[reason], **common)
    if rng.random() < 0.035 or (bank_limit and rng.random() < 0.03):
        feedback(c, t_due + D(hours=float(rng.uniform(2, 60))), choice(["app_review", "call_note", "social"]),
                 "debit_fail", rating=int(rng.choice([1, 2])), platform=app_store(c), dated=rng.random() > 0.1)
    if rng.random() < 0.18:
        call(c, t_due + D(hours=float(rng.uniform(1, 30))), "repayment")
    if not late:  # bank limit only: paid by hand within two days
        dpd = int(rng.choice([0, 1, 2], p=[0.45, 0.4, 0.15]))
    else:
        u = rng.random()
        dpd = int(rng.integers(1, 4)) if u < 0.42 else int(rng.integers(4, 31)) if u < 0.78 else \
            int(rng.integers(31, 61)) if u < 0.88 else int(rng.integers(61, 91)) if u < 0.94 else 999
    # reminders and collections
    if dpd >= 1:
        emit(c, at_hour(due + D(days=1), 9, 10), "tp_collection", "sms_sent", stage="M0", collector="系统短信",
             method="sms", contact_target="borrower", 联系对象="本人", days_past_due=1, loan_id=loan, installment_no=k)
    last = min(dpd, 90)
    day = 4
    while day <= last and day < dpd:
        stage = "M1" if day <= 30 else "M2" if day <= 60 else "M3"
        collector = COLLECTORS[stage]
        p_emerg = {"M1": 0.07, "M2": 0.46, "M3": 0.25}[stage]
        emerg = rng.random() < p_emerg
        outcome = pick(CALL_OUT)
        td = at_hour(due + D(days=day), 9, 20)
        emit(c, td, "tp_collection", outcome, stage=stage, collector=collector, method="call",
             contact_target="emergency_contact" if emerg else "borrower", 联系对象="紧急联系人" if emerg else "本人",
             days_past_due=day, loan_id=loan, installment_no=k)
        if emerg and rng.random() < (0.22 if stage == "M2" else 0.08):
            feedback(c, td + D(hours=float(rng.uniform(1, 72))), choice(["social", "call_note", "social"]),
                     "collection", rating=None, tp="tp_collection" if rng.random() < 0.9 else None,
                     platform=choice(["黑猫投诉", "微博", "小红书"]), dated=rng.random() > 0.08)
            if rng.random() < 0.4:
                call(c, td + D(hours=float(rng.uniform(1, 30))), "collection_complaint")
        day += int(rng.integers(2, 5))
    if dpd == 999:
        emit(c, at_hour(due + D(days=90), 10, 18), "tp_collection", "written_off", stage="M3",
             collector=COLLECTORS["M3"], method="system", days_past_due=90, loan_id=loan, installment_no=k)
        c["max_dpd"] = max(c["max_dpd"], 90)
        if due + D(days=90) > END:
            c["overdue_now"] = True
        else:
            c["written_off"] = True
        order(c, due + D(days=90), "interest", interest, status="written_off", loan_id=loan, installment_no=k)
        return False
    tp_ = at_hour(due + D(days=dpd), 8, 22)
    if tp_ > END:
        c["overdue_now"] = True
        return False
    c["max_dpd"] = max(c["max_dpd"], dpd)
    emit(c, tp_, "tp_repayment", "paid_late", pay_method="app" if rng.random() < 0.7 else "bank_transfer",
         days_past_due=dpd, **common)
    order(c, tp_, "interest", interest, loan_id=loan, installment_no=k, channel="manual")
    if dpd >= 4:
        pen = round(amt * 0.0005 * dpd * 1.5, 2)
        waived = rng.random() < 0.22
        order(c, tp_, "penalty_interest", pen, status="waived" if waived else "paid", loan_id=loan,
              installment_no=k, channel="manual", days_past_due=dpd,
              waive_reason=choice(["经营困难减免", "客诉减免", "首次逾期减免"]) if waived else None)
    c["last_event"] = tp_
    return True


def call(c, t, topic):
    if t > END:
        return
    busy = (TAX_SWITCH[0] <= t < TAX_SWITCH[1]) or (BACKLOG[0] <= t < BACKLOG[1])
    wait = float(np.exp(rng.normal(math.log(95 if busy else 45), 0.8)))
    abandoned = wait > 240 and rng.random() < 0.6
    t = at_hour(t, 8, 21) if not (8 <= t.hour < 21) else t
    emit(c, t, "tp_hotline", "abandoned" if abandoned else "answered", channel="phone", call_topic=topic,
         来电类型=CALL_TOPICS[topic], wait_seconds=int(wait),
         handle_minutes=None if abandoned else round(float(rng.gamma(2.0, 3.0)), 1),
         resolved=None if abandoned else ("yes" if rng.random() < 0.78 else "no"))
    if abandoned:
        if rng.random() < 0.10:
            feedback(c, t + D(minutes=float(rng.uniform(5, 600))), choice(["app_review", "social"]), "hotline",
                     rating=1, platform=app_store(c), dated=rng.random() > 0.1)
        return
    if rng.random() < 0.35:   # agent's call note
        topic_fb = {"authorization": "tax_auth", "review_progress": "review_slow", "repayment": "debit_fail",
                    "collection_complaint": "collection", "prepayment": "generic"}.get(topic, "generic")
        if topic == "authorization" and rng.random() < 0.3:
            topic_fb = "face"
        if topic == "repayment" and rng.random() < 0.6:
            topic_fb = "generic"
        if topic == "review_progress" and not (BACKLOG[0] <= t < BACKLOG[1]) and rng.random() < 0.85:
            topic_fb = "generic"
        tp = TOPIC_TP[topic_fb] if topic_fb != "generic" else "tp_hotline"
        feedback(c, t + D(minutes=float(rng.uniform(3, 30))), "call_note", topic_fb,
                 sentiment=None if topic_fb != "generic" else choice(["neutral", "negative"]), tp=tp,
                 call_topic=topic)
    if rng.random() < 0.38:  # CSAT after the call
        long_wait = wait > 180
        topic_fb = "hotline" if long_wait and rng.random() < 0.5 else "generic"
        sent = None if topic_fb != "generic" else ("negative" if long_wait else
                                                   choice(["positive", "positive", "neutral"]))
        s = sent or TOPIC_SENT.get(topic_fb, "negative")
        feedback(c, t + D(minutes=float(rng.uniform(5, 60))), "csat", topic_fb, sentiment=sent,
                 rating=rating_for(s), tp="tp_hotline", call_topic=topic)


def nps_after(c, t):
    r = rng.random()
    promoter = 0.50 if c["channel"] != "douyin" else 0.32
    if r < promoter:
        nps = int(rng.choice([9, 10]))
        topic = choice(["fast_payout", "fast_payout", "account_mgr", "generic"])
        sent = "positive"
    elif r < promoter + 0.28:
        nps, topic, sent = int(rng.choice([7, 8])), "generic", choice(["positive", "neutral"])
    else:
        nps = int(rng.integers(0, 7))
        topic = choice(["rate_high", "limit_low", "generic", "rate_high"])
        sent = "negative"
    if topic in ("account_mgr",) and c["channel"] not in ("bank_referral", "telesales", "accountant"):
        topic = "fast_payout"
    feedback(c, t, "nps_survey", topic, sentiment=sent if topic == "generic" else None, nps=nps,
             tp=None if topic == "generic" else "auto")


def extra_feedback(custs):
    """app reviews and social posts not tied to one event (some undated, some anonymous)."""
    borrowers = [c for c in custs if c["drawn"]]
    for _ in range(1100):
        c = choice(borrowers)
        t = c["lead_ts"] + D(days=float(rng.uniform(10, 400)))
        if t > END:
            continue
        topic = pick({"generic": 0.62, "fast_payout": 0.16, "rate_high": 0.08, "limit_low": 0.06,
                      "debit_fail": 0.03, "hotline": 0.05})
        sent = choice(["positive", "positive", "neutral", "negative"]) if topic == "generic" else None
        s = sent or TOPIC_SENT.get(topic, "negative")
        feedback(c, t, "app_review", topic, sentiment=sent, rating=rating_for(s), platform=app_store(c),
                 device=c.get("device") if c.get("device") != "pc" else None, dated=rng.random() > 0.18,
                 tp="auto" if topic != "generic" else None)
    for _ in range(300):
        t = START + D(days=float(rng.uniform(0, (END - START).days)))
        topic = pick({"generic": 0.55, "rate_high": 0.2, "collection": 0.15, "fast_payout": 0.1})
        sent = choice(["negative", "neutral", "positive"]) if topic == "generic" else None
        feedback(None, t, "social", topic, sentiment=sent, platform=choice(["黑猫投诉", "微博", "小红书", "知乎"]),
                 dated=rng.random() > 0.2, tp="auto" if topic != "generic" else None)


# ---------- write ----------

def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    custs = make_customers()
    for c in custs:
        simulate_lead(c)
    extra_feedback(custs)
    # re-sent duplicates of a few events (same event_id, same content)
    idx = rng.choice(len(W.ev), size=36, replace=False)
    W.ev.extend(dict(W.ev[i]) for i in idx)
    W.ev.sort(key=lambda r: (r["ts"], r["event_id"]))
    W.orders.sort(key=lambda r: (r["ts"], r["order_id"]))

    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write(out / "touchpoints.csv", tps, ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind",
                                         "owner", "aliases"])
    js = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=i + 1,
               touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for i, tp in enumerate(j[3])]
    write(out / "journeys.csv", js, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"])
    crow = []
    for c in custs:
        if c["written_off"]:
            seg = "written_off"
        elif c["overdue_now"]:
            seg = "overdue"
        elif c["loans"]:
            seg = "repeat_borrower" if len(c["loans"]) > 1 else "borrower"
        elif c.get("signup_at"):
            seg = "applicant"
        else:
            seg = "lead"
        crow.append(dict(customer_id=c["customer_id"], signup_at=fmt(c["signup_at"]) if c["signup_at"] else None,
                         segment=seg, region=c["region"], 区域=c["region_zh"], province=c["province"],
                         省份=c["province_zh"], city=c["city"], 城市=c["city_zh"], acquisition_channel=c["channel"],
                         获客渠道=CHANNELS[c["channel"]][0], tier=c["tier"], industry=c["industry"],
                         行业=INDUSTRIES[c["industry"]][0], business_type="sole_proprietor" if c["sole"] else "company",
                         主体类型="个体工商户" if c["sole"] else "有限公司", merchant_name=c["merchant_name"],
                         years_in_business=c["years"], annual_revenue_band=c["revenue_band"],
                         employees=c["employees"], legal_rep_age=c["legal_rep_age"], repay_bank=c["bank"],
                         preferred_language=c["lang"], device=c.get("device")))
    write(out / "customers.csv", crow, list(crow[0]))
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "session_id", "device", "channel",
             "province", "city", "lead_source", "线索来源", "partner_platform", "campaign", "keyword", "product",
             "requested_amount", "attempt_no", "fail_reason", "失败原因", "score", "risk_grade", "model_version",
             "reject_reason", "拒绝原因", "review_hours", "reviewer_team", "docs_requested", "credit_limit", "apr",
             "offer_valid_days", "decline_reason", "放弃原因", "contract_no", "contract_type", "esign_provider",
             "loan_id", "drawdown_amount", "term_months", "repay_method", "还款方式", "receiving_bank",
             "disburse_minutes", "installment_no", "due_date", "amount_due", "interest_part", "pay_method",
             "days_past_due", "debit_fail_reason", "扣款失败原因", "stage", "collector", "method", "contact_target",
             "联系对象", "renewal_type", "申请类型", "old_limit", "new_limit", "prepay_principal", "prepay_fee",
             "call_topic", "来电类型", "wait_seconds", "handle_minutes", "resolved"]
    write(out / "events.csv", W.ev, ecols)
    write(out / "orders.csv", W.orders, ["order_id", "customer_id", "ts", "amount", "status", "channel",
                                         "order_type", "费用类型", "currency", "loan_id", "installment_no",
                                         "province", "days_past_due", "waive_reason", "refunded_at"])
    W.fb.sort(key=lambda r: (r["ts"] or "9999", r["feedback_id"]))
    write(out / "feedback.csv", W.fb, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel",
                                       "rating", "nps", "language", "platform", "device", "call_topic"])
    write(out / "_truth" / "feedback_truth.csv", W.truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(crow)}, events {len(W.ev)}, orders {len(W.orders)}, feedback {len(W.fb)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
