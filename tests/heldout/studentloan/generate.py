"""学桥助学贷 BridgeScholar Lending: private student loans for university and vocational students in the United
States, the United Kingdom, Canada, Australia and China (synthetic, written blind).

Students (and their co-signers, usually a parent) find us through search and social ads (Google, Meta, TikTok,
Baidu, 小红书, 微信, 抖音) or through a partner school's financial-aid office / student portal, apply online, upload
their documents (ID, admission letter, visa papers for international students, the co-signer's income proof), pass
a credit check of borrower and co-signer, get a loan offer (amount, APR, in-school repayment option), e-sign
(borrower, then co-signer), and the money is disbursed straight to the school once the school certifies the
enrolment (US / Canada / Australia: two instalments a year, UK / China: one). After leaving school a 6-month
grace period runs, then monthly repayments (autopay or manual) with missed payments, late fees, deferments
(hardship, unemployment, further study), collections and charge-off, or an early payoff.
Existing borrowers from 2021-2024 (the servicing book) repay, defer and pay off in the data too; some of them apply
again for the next academic year.

Data 2024-07-01 .. 2026-06-30 (extract taken 2026-07-06). Naive timestamps on the servicing platform's clock (UTC).
Orders hold money movements: disbursements to schools and borrowers' repayments / payoffs / late fees, `amount` in
USD at fixed budget rates, with `currency` and `amount_local` kept.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback as CSV (DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment; not a DATA.md table).
Deterministic (seed 20260706), numpy + stdlib. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260706
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 6, 30, 23, 59, 59)
N_PROSPECTS = 11500
N_LEGACY = 2300
UPLOAD_BUG = (datetime(2025, 8, 1), datetime(2025, 9, 1))        # Android app 5.2.0: PDF uploads unreadable
MIGRATION = (datetime(2026, 1, 5), datetime(2026, 2, 1))         # servicing platform migration: autopay mandates lost

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "marketing",
     "广告|投放|点广告|引流|ad|ads|paid social|search ad|campaign click"),
    ("tp_school_referral", "合作院校推荐", "School partner referral", "awareness", "other", "digital", "partnerships",
     "院校推荐|学校推荐|合作学校|助学金办公室|school referral|partner school|financial aid office|school portal"),
    ("tp_application", "在线申请", "Online application", "consideration", "web", "digital", "product",
     "申请|填申请|提交申请|application|apply|loan application"),
    ("tp_doc_upload", "材料上传", "Document upload", "consideration", "app", "digital", "operations",
     "上传材料|传资料|证件上传|录取通知书|document upload|upload|docs|paperwork|verification documents"),
    ("tp_credit_check", "征信审核", "Credit check (with co-signer)", "purchase", "other", "digital", "credit_risk",
     "征信|审批|信用审核|共同借款人审核|担保人审核|credit check|underwriting|approval|cosigner check|credit decision"),
    ("tp_offer", "贷款方案", "Loan offer", "purchase", "web", "digital", "credit_risk",
     "方案|报价|利率|额度|offer|loan offer|rate offer|terms"),
    ("tp_esign", "电子签约", "E-signature", "purchase", "web", "digital", "operations",
     "签约|签合同|电子合同|e-sign|esign|signing|promissory note|loan agreement"),
    ("tp_disbursement", "放款至学校", "Disbursement to school", "purchase", "other", "digital", "operations",
     "放款|打款到学校|学校到账|disbursement|funding|payment to school|school certification"),
    ("tp_grace", "宽限期", "Grace period", "service", "email", "digital", "servicing",
     "宽限期|毕业后宽限|grace|grace period|repayment start notice"),
    ("tp_repayment", "月度还款", "Monthly repayment", "service", "app", "digital", "servicing",
     "还款|月供|扣款|自动扣款|repayment|monthly payment|autopay|installment|instalment"),
    ("tp_deferment", "延期还款", "Deferment / forbearance", "service", "web", "digital", "servicing",
     "延期|缓还|暂停还款|困难申请|deferment|forbearance|payment pause|hardship"),
    ("tp_collections", "逾期催收", "Collections", "service", "phone", "digital", "collections",
     "催收|逾期|催款|坏账|核销|collections|collection|delinquency|past due|charge-off|charge off"),
    ("tp_payoff", "贷款结清", "Loan payoff", "loyalty", "app", "digital", "servicing",
     "结清|提前还清|还清|payoff|pay off|early payoff|refinance out"),
    ("tp_support", "客服中心", "Support centre", "service", "phone", "digital", "customer_service",
     "客服|热线|在线客服|人工|support|call centre|call center|help desk|live chat"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("loan_origination", "申请到放款", "Application to disbursement",
     ["tp_application", "tp_doc_upload", "tp_credit_check", "tp_offer", "tp_esign", "tp_disbursement"], 60),
    ("ad_to_loan", "广告获客转化", "Ad click to loan",
     ["tp_ad_click", "tp_application", "tp_disbursement"], 60),
    ("school_to_loan", "院校推荐转化", "School referral to loan",
     ["tp_school_referral", "tp_application", "tp_disbursement"], 60),
]

# country: name, zh, currency, usd rate, weight, instalments a year, bureau, e-sign provider, payment method,
#          international share, co-signer prob (domestic), fixed in-school payment, amount medians (ug, pg, voc)
COUNTRIES = {
    "US": ("United States", "美国", "USD", 1.00, 0.31, 2, "TransUnion", "DocuSign", "ACH", 0.16, 0.72, 25,
           (14000, 32000, 8000)),
    "UK": ("United Kingdom", "英国", "GBP", 1.27, 0.17, 1, "Experian", "DocuSign", "BACS", 0.30, 0.45, 20,
           (9000, 17000, 5000)),
    "CA": ("Canada", "加拿大", "CAD", 0.73, 0.13, 2, "Equifax", "DocuSign", "EFT", 0.25, 0.66, 25,
           (15000, 28000, 9000)),
    "AU": ("Australia", "澳大利亚", "AUD", 0.66, 0.12, 2, "Equifax", "DocuSign", "EFT", 0.30, 0.55, 30,
           (18000, 34000, 9000)),
    "CN": ("China", "中国", "CNY", 0.139, 0.27, 1, "人行征信", "e签宝", "对公转账", 0.0, 0.88, 100,
           (12000, 20000, 8000)),
}
SCHOOLS = {  # country: (name, type, partner)
    "US": [("Arizona State University", "university", True), ("Northeastern University", "university", True),
           ("University of Illinois Chicago", "university", False), ("Boston University", "university", False),
           ("Miami Dade College", "vocational", True), ("Lincoln Tech", "vocational", False)],
    "UK": [("University of Manchester", "university", True), ("King's College London", "university", False),
           ("University of Leeds", "university", True), ("City of Glasgow College", "vocational", False),
           ("Leeds City College", "vocational", True)],
    "CA": [("University of Toronto", "university", False), ("University of British Columbia", "university", True),
           ("Seneca Polytechnic", "vocational", True), ("Humber Polytechnic", "vocational", False)],
    "AU": [("Monash University", "university", True), ("University of Sydney", "university", False),
           ("RMIT University", "university", False), ("TAFE NSW", "vocational", True)],
    "CN": [("武汉大学", "university", True), ("四川大学", "university", False), ("浙江大学", "university", False),
           ("深圳职业技术大学", "vocational", True), ("广东轻工职业技术大学", "vocational", False),
           ("郑州铁路职业技术学院", "vocational", True)],
}
BIG_SCHOOLS = {"Northeastern University": 1.7, "University of Manchester": 1.3}   # large partner cohorts
SCHOOL_TYPE_ZH = {"university": "大学", "vocational": "职业院校"}
LEVELS = {"undergraduate": "本科", "postgraduate": "研究生", "vocational": "职业技术"}
FIELDS = {  # id: zh, weight for universities, weight for vocational colleges
    "business": ("商科", 0.26, 0.10), "computer_science": ("计算机", 0.20, 0.16), "engineering": ("工程", 0.16, 0.08),
    "nursing_health": ("医护", 0.14, 0.22), "arts_design": ("艺术设计", 0.10, 0.10), "education": ("教育", 0.08, 0.04),
    "law": ("法学", 0.06, 0.0), "skilled_trades": ("技工技能", 0.0, 0.30)}
COSIGNER_REL = {"parent": ("父母", 0.76), "relative": ("其他亲属", 0.11), "grandparent": ("祖父母", 0.05),
                "spouse": ("配偶", 0.05), "guardian": ("监护人", 0.03)}
AD_PLATFORMS = {  # p(apply | clicks), co-signer multiplier
    "google_search": (0.30, 1.0), "meta": (0.19, 0.95), "tiktok": (0.065, 0.5), "baidu": (0.26, 1.0),
    "xiaohongshu": (0.23, 1.0), "wechat": (0.21, 1.0), "douyin": (0.15, 0.9)}
CAMPAIGNS = {"en": ["fall_intake_2024", "spring_term_2025", "fall_intake_2025", "grad_school_loans", "refi_free_rates",
                    "trade_school_loans"],
             "zh": ["2025秋季入学", "留学贷款", "研究生助学贷", "职校学费分期", "开学季", "2024秋季入学"]}
REFERRAL_TYPES = {"financial_aid_office": 0.45, "school_portal": 0.35, "orientation_fair": 0.20}
DOC_TYPES = {"id_document": "身份证件", "admission_letter": "录取通知书", "cosigner_income": "共同借款人收入证明",
             "visa_document": "签证材料"}
DOC_REJECT = {"blurry_image": ("图片模糊", 0.36), "expired_document": ("证件过期", 0.14),
              "name_mismatch": ("信息不一致", 0.26), "missing_pages": ("缺页不全", 0.16),
              "file_unreadable": ("文件无法读取", 0.08)}
DECLINE = {"cosigner_score_low": "共同借款人信用分不足", "thin_credit_file": "信用记录不足",
           "cosigner_income_low": "共同借款人收入不足", "school_not_eligible": "学校不在合作名单",
           "identity_unverified": "身份核验失败"}
OFFER_DECLINE = {"chose_government_loan": ("选择了政府助学贷款", 0.30), "rate_too_high": ("利率太高", 0.30),
                 "amount_too_low": ("额度不够", 0.15), "got_scholarship": ("获得奖学金", 0.10),
                 "other_lender": ("选择了其他机构", 0.15)}
PLANS = {"full_deferment": ("在校全额延期", 0.45), "interest_only": ("在校只还利息", 0.22),
         "fixed_payment": ("在校固定小额", 0.18), "immediate": ("立即还本付息", 0.15)}
ESIGN_FAIL = {"link_expired": "签约链接过期", "id_check_failed": "身份验证失败", "otp_timeout": "验证码超时"}
MISSED = {"insufficient_funds": "余额不足", "autopay_mandate_lost": "自动扣款授权失效", "card_expired": "银行卡过期",
          "forgot_manual_payment": "忘记手动还款", "hardship": "经济困难"}
DEFER = {"unemployment": ("失业", 0.38), "economic_hardship": ("经济困难", 0.30), "further_study": ("继续深造", 0.16),
         "medical": ("医疗原因", 0.10), "parental_leave": ("育儿假", 0.06)}
DEFER_REJECT = {"missing_documents": "材料不全", "limit_reached": "已达延期上限", "not_eligible": "不符合条件"}
CALL_OUT = {"contacted": 0.30, "no_answer": 0.42, "promise_to_pay": 0.20, "refused": 0.08}
PAYOFF = {"refinanced": ("转贷他行", 0.24), "own_savings": ("自有资金", 0.48), "family_help": ("家人代还", 0.20),
          "employer_assistance": ("雇主资助", 0.08)}
SUPPORT_TOPICS = {"application_status": "申请进度", "upload_help": "上传问题", "cosigner": "共同借款人",
                  "disbursement_status": "放款进度", "repayment_question": "还款咨询", "autopay": "自动扣款",
                  "deferment": "延期申请", "payoff_quote": "结清金额", "other": "其他"}
AGENCY = {"US": "Northbridge Recovery", "CA": "Northbridge Recovery", "UK": "Lowell Partners",
          "AU": "Lowell Partners", "CN": "华信资产"}
ORDER_TYPES = {"disbursement": "放款", "repayment": "还款", "payoff": "结清", "late_fee": "滞纳金"}
APP_STORES = {"en": ["App Store", "Google Play"], "zh": ["App Store", "华为应用市场", "应用宝", "小米应用商店"]}
SOCIAL = {"en": ["Reddit", "X", "Facebook"], "zh": ["小红书", "微博", "黑猫投诉", "知乎"]}
MONTH_W = {  # application seasonality, Jan..Dec
    "north": [0.6, 0.4, 0.5, 0.8, 1.1, 1.5, 1.8, 1.6, 0.6, 0.6, 1.0, 1.0],
    "AU": [1.8, 1.5, 0.5, 0.5, 1.0, 1.3, 1.0, 0.5, 0.5, 0.8, 1.2, 1.4],
    "CN": [0.5, 0.4, 0.5, 0.5, 0.6, 1.2, 2.2, 2.2, 1.4, 0.5, 0.5, 0.4],
}

# ---------- feedback texts: each topic has its own marker words; generic texts carry none ----------
TOPIC_TP = {"upload": "tp_doc_upload", "cosigner": "tp_credit_check", "rate": "tp_offer",
            "disb_delay": "tp_disbursement", "autopay": "tp_repayment", "collections": "tp_collections",
            "deferment": "tp_deferment", "grace": "tp_grace", "fast_approval": "tp_credit_check",
            "support": "tp_support", "payoff": "tp_payoff", "generic": None}
TEXT = {
    ("upload", "zh"): ["录取通知书上传了{n}次都说文件无法读取，PDF明明是好的", "安卓APP上传材料一直失败，只能借同学电脑传",
                       "上传材料后被退回说图片模糊，其实很清楚", "上传证件那一步卡了好几天，差点错过开学",
                       "材料上传老是失败，客户端更新后更严重了"],
    ("upload", "en"): ["Tried to upload my admission letter {n} times, it keeps saying the file can't be read",
                       "The Android app will not upload PDFs since the last update", "Upload kept failing, had to "
                       "use my laptop instead", "They bounced my passport upload as blurry twice, it was fine",
                       "Document upload is broken on my phone, wasted a whole evening"],
    ("cosigner", "zh"): ["共同借款人必须是父母，我爸信用分差一点就被拒了", "没有共同借款人根本批不下来，留学生太难了",
                         "共同借款人的征信查询会影响我妈的信用吗？没人解释", "共同借款人要补收入证明，流程太繁琐"],
    ("cosigner", "en"): ["Declined because my co-signer's score was a few points short", "Without a cosigner there is "
                         "no way to get approved as an international student", "My mum had to be a co-signer and "
                         "the credit pull hit her score", "Why does the cosigner need three payslips?"],
    ("rate", "zh"): ["利率比广告上写的高多了", "批下来的利率快12%了，还不如国家助学贷款", "利率太高，最后没签",
                     "浮动利率一年涨了两次"],
    ("rate", "en"): ["The interest rate I was offered is way above the advertised one", "Interest rate of 13% for a "
                     "student is crazy", "Federal loans have a lower interest rate, went with those",
                     "My variable interest rate went up again"],
    ("disb_delay", "zh"): ["开学两周了学校还没收到钱，被通知要交滞纳金", "你们说已放款，可学校没收到，两边踢皮球",
                           "学校还没收到学费，注册被卡住了", "国际汇款到学校要一周多，学校没收到就不让选课",
                           "学校没收到款，我天天去财务处问"],
    ("disb_delay", "en"): ["Term started and the disbursement still has not reached my school",
                           "Disbursement was marked sent but the bursar has nothing, I got a late fee",
                           "My enrolment is on hold because the disbursement is late", "Took three weeks for the "
                           "disbursement to get to the college after they certified", "Nobody can tell me where "
                           "the disbursement is"],
    ("autopay", "zh"): ["系统升级后自动扣款没了，害我被记逾期", "自动扣款设置好好的，一月份突然没扣，还收了滞纳金",
                        "为什么自动扣款授权要重新签？没人通知", "自动扣款失败也不提醒"],
    ("autopay", "en"): ["After your system change my autopay just stopped and I got marked late",
                        "Autopay was on for two years, in January it silently failed", "Had to set up autopay again "
                        "after the migration, nobody told us", "Autopay failed and no email warned me"],
    ("collections", "zh"): ["才逾期{n}天催收就打到我爸妈那里了", "催收电话一天好几个，连学校宿舍都打", "催收态度很差，威胁要上征信",
                            "已经申请缓还了还被催收"],
    ("collections", "en"): ["Collections called my parents after {n} days late", "The collector was rude and "
                            "threatened my credit", "Getting collections calls every day even though I "
                            "set up a plan", "Your collections team keeps calling my dad at work"],
    ("deferment", "zh"): ["失业了申请延期还款被拒，说材料不全", "延期申请批得很快，缓了半年压力小多了", "读研申请延期要交一堆证明",
                          "延期审批等了两周没消息"],
    ("deferment", "en"): ["My deferment was rejected even though I lost my job", "Forbearance approved in two days, "
                          "huge relief", "Deferment paperwork for grad school is ridiculous",
                          "Still waiting on my deferment decision after two weeks"],
    ("grace", "zh"): ["宽限期什么时候结束没说清楚，第一笔就逾期了", "毕业后的宽限期提醒很及时", "宽限期里利息还在涨，不知道"],
    ("grace", "en"): ["Nobody told me when my grace period ended", "Good reminder before the grace period ended",
                      "Didn't realise interest keeps growing in the grace period"],
    ("fast_approval", "zh"): ["材料交齐后很快就批了，效率高", "很快就批下来了，开学前钱就到了", "没想到很快就批了，比银行快多了"],
    ("fast_approval", "en"): ["Got approved quickly, within a day", "Approved quickly and the rate was fair",
                              "I was approved quickly, twice as fast as my bank"],
    ("support", "zh"): ["客服电话打了半小时没人接", "在线客服只会复制粘贴", "客服很耐心，帮我改了还款日", "客服排队太久了"],
    ("support", "en"): ["Waited 40 minutes for customer service", "Customer service was patient and fixed my due "
                        "date", "Customer service hung up on me", "Could not reach customer service by phone"],
    ("payoff", "zh"): ["终于结清了，没有提前还款违约金，好评", "提前结清流程很简单", "结清证明两天就发了"],
    ("payoff", "en"): ["Paid off my loan early with no penalty, smooth", "Paid off last month, the payoff quote was "
                       "accurate", "Loan paid off, got my letter in two days"],
    ("generic", "zh", "positive"): ["整体体验不错，推荐给同学了", "流程很清楚，适合学生", "APP挺好用的", "帮我圆了留学梦，感谢"],
    ("generic", "zh", "neutral"): ["还行吧，跟其他平台差不多", "一般，能用", "第一次借，还在观察", "手续有点多但能接受"],
    ("generic", "zh", "negative"): ["体验很差，不会再用了", "APP经常闪退", "页面太乱，找不到入口", "流程太复杂了"],
    ("generic", "en", "positive"): ["Great experience overall, would recommend", "Straightforward process, clear "
                                    "terms", "The app is easy to use", "Made studying abroad possible for me"],
    ("generic", "en", "neutral"): ["It's fine, similar to other lenders", "Average", "Too early to tell", "OK I guess"],
    ("generic", "en", "negative"): ["Terrible experience, would not use again", "The app keeps crashing",
                                    "Website is confusing", "Way too many steps"],
}
POS_TOPICS = {"fast_approval", "payoff"}


def choice(seq):
    return seq[int(rng.integers(len(seq)))]


def pick(d: dict):
    keys = list(d)
    p = np.array([v[-1] if isinstance(v, tuple) else v for v in d.values()], dtype=float)
    return keys[rng.choice(len(keys), p=p / p.sum())]


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def at_hour(t: datetime, h0=7, h1=23) -> datetime:
    return datetime(t.year, t.month, t.day) + D(seconds=int(rng.integers(h0 * 3600, h1 * 3600)))


def add_months(t: datetime, k: int, day: int | None = None) -> datetime:
    m = t.month - 1 + k
    y, m = t.year + m // 12, m % 12 + 1
    return datetime(y, m, min(day or t.day, 28), t.hour, t.minute, t.second)


class W:
    ev: list[dict] = []
    orders: list[dict] = []
    fb: list[dict] = []
    truth: list[dict] = []
    n = dict(ev=0, ord=0, fb=0, loan=0, sess=0)


def emit(c: dict, t: datetime, tp: str, action: str, **kw):
    if t > END or t < START:
        return None
    W.n["ev"] += 1
    row = dict(event_id=f"E{W.n['ev']:07d}", customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp,
               action=action)
    row.update({k: v for k, v in kw.items() if v is not None})
    W.ev.append(row)
    return row


def order(c: dict, t: datetime, kind: str, local: float, status="paid", **kw):
    if t > END or t < START:
        return
    W.n["ord"] += 1
    fx = COUNTRIES[c["study_country"]][3]
    row = dict(order_id=f"O{W.n['ord']:07d}", customer_id=c["customer_id"], ts=fmt(t),
               amount=round(local * fx, 2), status=status, order_type=kind, 订单类型=ORDER_TYPES[kind],
               currency=COUNTRIES[c["study_country"]][2], amount_local=round(local, 2))
    row.update({k: v for k, v in kw.items() if v is not None})
    W.orders.append(row)


def rating_for(sent: str) -> int:
    p = {"positive": [0, 0, 0.05, 0.35, 0.60], "neutral": [0.05, 0.15, 0.55, 0.2, 0.05],
         "negative": [0.55, 0.30, 0.12, 0.03, 0]}[sent]
    return int(rng.choice(5, p=p)) + 1


def nps_for(sent: str) -> int:
    lo, hi = {"positive": (8, 11), "neutral": (5, 9), "negative": (0, 7)}[sent]
    return int(rng.integers(lo, hi))


def feedback(c: dict | None, t: datetime | None, channel: str, topic: str, sentiment: str | None = None,
             tp: str | None = "auto", **kw):
    if t is not None and (t > END or t < START):
        return
    lang = c["preferred_language"] if c else ("zh" if rng.random() < 0.45 else "en")
    if topic in ("deferment", "grace", "support") and sentiment is None:
        sentiment = "negative"
    sent = sentiment or ("positive" if topic in POS_TOPICS else "negative")
    if topic == "generic":
        text = choice(TEXT[("generic", lang, sent)])
    else:
        pool = TEXT[(topic, lang)]
        if topic in ("deferment", "grace", "support"):   # these pools hold both praise and complaints
            good = {("deferment", "zh"): [1], ("deferment", "en"): [1], ("grace", "zh"): [1], ("grace", "en"): [1],
                    ("support", "zh"): [2], ("support", "en"): [1]}[(topic, lang)]
            idx = [i for i in range(len(pool)) if (i in good) == (sent == "positive")]
            pool = [pool[i] for i in idx]
        text = choice(pool)
    text = text.format(n=int(rng.integers(2, 6)))
    rating = nps = None
    if channel in ("survey", "csat", "app_review", "trustpilot"):
        rating = rating_for(sent)
    if channel == "nps":
        nps = nps_for(sent)
    platform = None
    dated = True
    if channel == "app_review":
        platform = choice(APP_STORES[lang])
        dated = rng.random() > 0.12
    elif channel == "social":
        platform = choice(SOCIAL[lang])
        dated = rng.random() > 0.15
    elif channel == "trustpilot":
        platform = "Trustpilot"
    if t is not None:
        t = at_hour(t, 8, 23) if t.hour < 7 else t
    W.n["fb"] += 1
    fid = f"FB{W.n['fb']:06d}"
    touch = TOPIC_TP.get(topic) if tp == "auto" else tp
    W.fb.append(dict(feedback_id=fid, text=text, ts=fmt(t) if (t is not None and dated) else None,
                     customer_id=c["customer_id"] if c else None, touchpoint_id=touch, channel=channel,
                     rating=rating, nps=nps, language=lang, platform=platform, **kw))
    W.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))


def complaint_channel(lang: str) -> str:
    if lang == "zh":
        return choice(["social", "social", "app_review", "support_ticket"])
    return choice(["trustpilot", "app_review", "social", "support_ticket"])


# ---------- customers ----------

def school_for(cc: str):
    schools = SCHOOLS[cc]
    w = np.array([BIG_SCHOOLS.get(s[0], 1.0) if s[1] == "university" else (1.6 if cc == "CN" else 0.8)
                  for s in schools])
    return schools[rng.choice(len(schools), p=w / w.sum())]


def new_customer(idx: int, cc: str, legacy=False) -> dict:
    name, zh, cur, fx, _w, _n, _b, _e, _p, intl_p, cos_p, _f, _a = COUNTRIES[cc]
    school, stype, partner = school_for(cc)
    intl = rng.random() < intl_p
    if stype == "vocational":
        level = "vocational"
    else:
        level = "postgraduate" if rng.random() < (0.55 if intl else 0.32) else "undergraduate"
    fw = np.array([v[1] if stype == "university" else v[2] for v in FIELDS.values()])
    field = list(FIELDS)[rng.choice(len(FIELDS), p=fw / fw.sum())]
    home = cc if not intl else ("CN" if rng.random() < 0.62 else choice(["IN", "NG", "VN", "MY"]))
    lang = "zh" if (cc == "CN" or home == "CN") else "en"
    cos = rng.random() < (cos_p if not intl else 0.48)
    if level == "postgraduate":
        cos = cos and rng.random() < 0.8
    rel = pick(COSIGNER_REL) if cos else None
    if rel == "spouse" and level != "postgraduate":
        rel = "parent"
    if lang == "zh":
        device = choice(["ios", "ios", "android", "android", "android", "pc"])
    else:
        device = choice(["ios", "ios", "ios", "android", "android", "pc"])
    return dict(customer_id=f"C{idx:06d}", study_country=cc, region=name, 国家=zh, currency=cur,
                school_name=school, school_type=stype, 院校类型=SCHOOL_TYPE_ZH[stype], partner_school=partner,
                program_level=level, 学历层次=LEVELS[level], field_of_study=field, 专业类别=FIELDS[field][0],
                student_type="international" if intl else "domestic", home_country=home,
                has_cosigner=cos, cosigner_relation=rel, 共同借款人关系=COSIGNER_REL[rel][0] if rel else None,
                preferred_language=lang, device=device, legacy=legacy, signup_at=None, segment=None, tier=None,
                acquisition_channel=None, autopay_enrolled=None, expected_grad=None, loans=[])


_SEASON: dict = {}


def season_day(cc: str, lo: datetime, hi: datetime) -> datetime:
    key = "CN" if cc == "CN" else ("AU" if cc == "AU" else "north")
    days = (hi - lo).days
    if (key, lo, hi) not in _SEASON:
        w = np.array([MONTH_W[key][(lo + D(days=i)).month - 1] * (1.0 + 0.25 * (lo + D(days=i) >= datetime(2025, 7, 1)))
                      for i in range(days)])
        _SEASON[(key, lo, hi)] = w / w.sum()
    d = int(rng.choice(days, p=_SEASON[(key, lo, hi)]))
    return at_hour(lo + D(days=d))


def grad_date(cc: str, level: str, t: datetime) -> datetime:
    years = {"undergraduate": choice([1, 2, 3, 4]), "postgraduate": choice([1, 1, 2]),
             "vocational": choice([1, 1, 2, 3])}[level]
    if cc == "UK" and level == "undergraduate":
        years = min(years, 3)
    month = {"US": 5, "CA": 5, "UK": 6, "AU": 11, "CN": 6}[cc]
    y = t.year + years - (1 if t.month <= month - 1 else 0)
    return datetime(y, month, 20 + int(rng.integers(0, 8)), 12)


# ---------- origination ----------

def sess() -> str:
    W.n["sess"] += 1
    return f"S{W.n['sess']:07d}"


def app_version(t: datetime) -> str:
    if t < datetime(2025, 3, 1):
        return "5.0.4"
    if t < UPLOAD_BUG[0]:
        return "5.1.3"
    if t < UPLOAD_BUG[1]:
        return "5.2.0"
    return "5.2.1"


def originate(c: dict, t: datetime, source: str, returning=False, platform=None):
    """application -> docs -> credit check -> offer -> e-sign -> disbursement. Returns a loan or None."""
    cc = c["study_country"]
    name, zh, cur, fx, _w, n_disb, bureau, esign_p, pay_m, _i, _c, fixed_small, amts = COUNTRIES[cc]
    dev = c["device"]
    app_ch = "web" if dev == "pc" else ("mini_program" if cc == "CN" and rng.random() < 0.5 else "app")
    base_amt = amts[["undergraduate", "postgraduate", "vocational"].index(c["program_level"])]
    if c["student_type"] == "international":
        base_amt *= 1.8
    req = round(base_amt * float(rng.lognormal(0, 0.3)), -2)
    s = sess()
    if c["signup_at"] is None:
        c["signup_at"] = t
    # abandon the form
    p_abandon = 0.10 if returning else (0.16 if not c["has_cosigner"] else 0.12)
    if rng.random() < p_abandon:
        emit(c, t, "tp_application", "abandoned", device=dev, channel=app_ch, session_id=s,
             application_channel=app_ch, requested_amount=req, currency=cur,
             abandon_step=choice(["personal_info", "school_info", "cosigner_info", "cosigner_info"]),
             loan_purpose=choice(["tuition", "tuition", "tuition_and_living"]), returning_borrower=returning)
        if rng.random() < 0.2:
            support(c, t + D(hours=int(rng.integers(2, 72))), "application_status")
        return None
    emit(c, t, "tp_application", "submitted", device=dev, channel=app_ch, session_id=s, application_channel=app_ch,
         requested_amount=req, currency=cur, loan_purpose=choice(["tuition", "tuition", "tuition_and_living"]),
         returning_borrower=returning, ad_platform=platform)
    # documents
    docs = ["id_document", "admission_letter"] if not returning else ["admission_letter"]
    if c["has_cosigner"]:
        docs.append("cosigner_income")
    if c["student_type"] == "international":
        docs.append("visa_document")
    tt = t + D(minutes=int(rng.integers(5, 60 * 24 * 3)))
    bugged = False
    for doc in docs:
        ok = False
        for attempt in (1, 2, 3):
            tt = tt + D(minutes=int(rng.integers(1, 30)))
            udev = dev
            ver = app_version(tt) if udev != "pc" else None
            p_rej = 0.085
            bug = UPLOAD_BUG[0] <= tt < UPLOAD_BUG[1] and udev == "android" and doc != "id_document"
            if bug:
                p_rej += 0.55
            if rng.random() < p_rej:
                reason = "file_unreadable" if (bug and rng.random() < 0.85) else pick(DOC_REJECT)
                bugged = bugged or reason == "file_unreadable"
                emit(c, tt, "tp_doc_upload", "rejected", device=udev, channel="app" if udev != "pc" else "web",
                     session_id=s, doc_type=doc, 材料类型=DOC_TYPES[doc], attempt_no=attempt, app_version=ver,
                     reject_reason=reason, 退回原因=DOC_REJECT[reason][0])
                if rng.random() < (0.25 if bug else 0.12):
                    break                                 # gives up on this document
                tt = tt + D(hours=float(rng.exponential(20)))
                if bug and rng.random() < 0.3:
                    dev = "pc"                            # borrows a laptop
                continue
            emit(c, tt, "tp_doc_upload", "accepted", device=udev, channel="app" if udev != "pc" else "web",
                 session_id=s, doc_type=doc, 材料类型=DOC_TYPES[doc], attempt_no=attempt, app_version=ver)
            ok = True
            break
        if not ok:
            if bugged and rng.random() < 0.35:
                feedback(c, tt + D(days=1), complaint_channel(c["preferred_language"]), "upload")
            if rng.random() < 0.3:
                support(c, tt + D(hours=6), "upload_help")
            return None
    if bugged and rng.random() < 0.25:
        feedback(c, tt + D(days=2), complaint_channel(c["preferred_language"]), "upload")
    if rng.random() < 0.08:
        support(c, tt + D(hours=int(rng.integers(2, 96))), "application_status")
    # credit check (borrower + co-signer)
    tc = tt + D(hours=float(rng.uniform(2, 70)))
    b_score = int(np.clip(rng.normal(650 if c["student_type"] == "domestic" else 600, 65), 300, 850))
    if c["program_level"] == "postgraduate":
        b_score = min(850, b_score + 35)
    cs_score = int(np.clip(rng.normal(712, 62), 300, 850)) if c["has_cosigner"] else None
    reason = None
    if returning:
        approved = rng.random() < 0.93
        reason = None if approved else "cosigner_score_low" if c["has_cosigner"] else "thin_credit_file"
    elif rng.random() < 0.015:
        approved, reason = False, "identity_unverified"
    elif c["school_type"] == "vocational" and rng.random() < 0.04:
        approved, reason = False, "school_not_eligible"
    elif c["has_cosigner"]:
        if cs_score < 630:
            approved, reason = False, "cosigner_score_low"
        elif rng.random() < 0.08:
            approved, reason = False, "cosigner_income_low"
        else:
            approved = True
    else:
        approved = b_score >= 690 and rng.random() < 0.85
        reason = None if approved else "thin_credit_file"
    score = max(b_score, cs_score or 0)
    tier = "A" if score >= 760 else "B" if score >= 710 else "C" if score >= 670 else "D"
    emit(c, tc, "tp_credit_check", "approved" if approved else "declined", channel="other", session_id=s,
         credit_bureau=bureau, borrower_score=b_score, cosigner_score=cs_score, cosigner_used=c["has_cosigner"],
         decline_reason=reason, 拒绝原因=DECLINE[reason] if reason else None, tier=tier if approved else None,
         decision_hours=round((tc - tt).total_seconds() / 3600, 1))
    if not approved:
        if reason in ("cosigner_score_low", "cosigner_income_low", "thin_credit_file") and rng.random() < 0.12:
            feedback(c, tc + D(days=int(rng.integers(0, 4))), complaint_channel(c["preferred_language"]), "cosigner")
        return None
    c["tier"] = tier
    if (tc - t).total_seconds() < 2 * 86400 and rng.random() < 0.07:
        feedback(c, tc + D(days=1), choice(["app_review", "trustpilot" if c["preferred_language"] == "en"
                                            else "social"]), "fast_approval")
    # offer
    apr = {"A": 4.6, "B": 7.2, "C": 10.1, "D": 13.4}[tier] + (-1.2 if cc == "CN" else 0.4 if cc == "AU" else 0)
    apr = round(apr + float(rng.normal(0, 0.35)), 2)
    cap = base_amt * 2.2
    amt = min(req, round(cap, -2))
    if tier == "D":
        amt = round(amt * 0.75, -2)
    plan = pick(PLANS)
    if cc == "CN" and rng.random() < 0.4:
        plan = "interest_only"
    term = int(choice([5, 10, 10, 15])) if cc != "CN" else int(choice([3, 5, 5, 8]))
    to = tc + D(hours=float(rng.uniform(0.2, 6)))
    p_accept = {"A": 0.80, "B": 0.74, "C": 0.64, "D": 0.50}[tier]
    if cc == "AU":
        p_accept -= 0.22                                   # HECS-HELP / FEE-HELP is the cheaper option
    if returning:
        p_accept = 0.9
    u = rng.random()
    rate_type = "fixed" if (cc == "CN" or rng.random() < 0.68) else "variable"
    common = dict(channel="web", session_id=s, offer_amount=amt, currency=cur, apr=apr, rate_type=rate_type,
                  term_years=term, in_school_plan=plan, 在校还款方式=PLANS[plan][0], tier=tier)
    ta = to + D(hours=float(rng.exponential(40)))
    if u < p_accept:
        emit(c, ta, "tp_offer", "accepted", **common)
    elif u < p_accept + 0.07:
        emit(c, to + D(days=14), "tp_offer", "expired", **common)
        return None
    else:
        r = pick(OFFER_DECLINE)
        if cc == "AU" and rng.random() < 0.55:
            r = "chose_government_loan"
        if cc == "US" and rng.random() < 0.2:
            r = "chose_government_loan"
        emit(c, ta, "tp_offer", "declined", offer_decline_reason=r, 放弃原因=OFFER_DECLINE[r][0], **common)
        if r == "rate_too_high" and rng.random() < 0.25:
            feedback(c, ta + D(days=1), complaint_channel(c["preferred_language"]), "rate")
        return None
    # e-sign: borrower then co-signer
    te = ta + D(minutes=int(rng.integers(2, 600)))
    if rng.random() < 0.04:
        fr = choice(["id_check_failed", "otp_timeout"])
        emit(c, te, "tp_esign", "failed", channel="web", session_id=s, signer_role="borrower", esign_provider=esign_p,
             esign_fail_reason=fr, 签约失败原因=ESIGN_FAIL[fr])
        te += D(hours=float(rng.exponential(12)))
        if rng.random() < 0.25:
            return None
    emit(c, te, "tp_esign", "signed", channel="web", session_id=s, signer_role="borrower", esign_provider=esign_p)
    if c["has_cosigner"]:
        te += D(hours=float(rng.exponential(30)))
        if rng.random() < 0.09:
            emit(c, te + D(days=7), "tp_esign", "failed", channel="email", signer_role="cosigner",
                 esign_provider=esign_p, esign_fail_reason="link_expired", 签约失败原因=ESIGN_FAIL["link_expired"])
            if rng.random() < 0.35:
                if rng.random() < 0.3:
                    feedback(c, te + D(days=8), complaint_channel(c["preferred_language"]), "cosigner",
                             tp="tp_esign")
                return None
            te += D(days=8)
        emit(c, te, "tp_esign", "signed", channel="web", signer_role="cosigner", esign_provider=esign_p)
    # disbursement(s) to the school after it certifies the enrolment
    W.n["loan"] += 1
    loan_id = f"L{W.n['loan']:06d}"
    voc = c["school_type"] == "vocational"
    cert = float(rng.lognormal(np.log(11 if voc else 4), 0.45))
    if c["student_type"] == "international":
        cert += float(rng.uniform(2, 7))                   # cross-border wire
    total = 0.0
    first = None
    pay_method = "international_wire" if c["student_type"] == "international" else pay_m
    for k in range(n_disb):
        td = te + D(days=cert) if k == 0 else first + D(days=int(rng.integers(130, 150)))
        td = at_hour(td, 9, 18)
        part = round(amt / n_disb, 2)
        if td > END:
            break
        first = first or td
        term_label = term_name(cc, td)
        returned = rng.random() < 0.02
        emit(c, td, "tp_disbursement", "disbursed", channel="other", loan_id=loan_id, disbursement_no=k + 1,
             disbursement_amount=part, currency=cur, payment_method=pay_method, school_name=c["school_name"],
             cert_days=round(cert if k == 0 else float(rng.lognormal(np.log(3), 0.4)), 1), term_label=term_label)
        order(c, td, "disbursement", part, status="returned" if returned else "paid", loan_id=loan_id,
              payment_channel=pay_method, disbursement_no=k + 1, school_name=c["school_name"])
        if returned:
            emit(c, td + D(days=int(rng.integers(10, 35))), "tp_disbursement", "returned", channel="other",
                 loan_id=loan_id, disbursement_no=k + 1, disbursement_amount=part, currency=cur,
                 payment_method=pay_method, school_name=c["school_name"], return_reason="enrolment_withdrawn")
        else:
            total += part
        if k == 0 and cert > 12 and rng.random() < 0.45:
            feedback(c, td - D(days=int(rng.integers(1, 5))), complaint_channel(c["preferred_language"]),
                     "disb_delay")
        elif k == 0 and cert > 12 and rng.random() < 0.1:
            feedback(c, td - D(days=2), "social", "disb_delay", tp=None)
        if k == 0 and rng.random() < (0.5 if cert > 12 else 0.05):
            support(c, td - D(days=int(rng.integers(0, 4))), "disbursement_status")
    if first is None:
        return None
    # CSAT after funding
    if rng.random() < 0.22:
        sent = "negative" if cert > 12 and rng.random() < 0.5 else choice(["positive", "positive", "neutral"])
        feedback(c, first + D(days=int(rng.integers(2, 10))), "survey",
                 "disb_delay" if sent == "negative" else "generic", sentiment=sent)
    return dict(loan_id=loan_id, principal=total, apr=apr, plan=plan, term=term, first=first, cur=cur,
                fixed_small=fixed_small)


def term_name(cc: str, t: datetime) -> str:
    if cc == "CN":
        return f"{t.year}秋季学期" if t.month >= 7 else f"{t.year}春季学期"
    if cc == "AU":
        return f"Semester {1 if t.month <= 6 else 2} {t.year}"
    return f"Fall {t.year}" if t.month >= 7 else f"Spring {t.year}"


# ---------- servicing ----------

def support(c: dict, t: datetime, topic: str):
    if t > END or t < START:
        return
    mig = MIGRATION[0] <= t < MIGRATION[1] + D(days=10)
    bug = UPLOAD_BUG[0] <= t < UPLOAD_BUG[1]
    wait = float(rng.lognormal(np.log(260 if mig else 150 if bug else 85), 0.6))
    p_ab = 0.05 + (0.22 if mig else 0.07 if bug else 0) + (0.03 if wait > 400 else 0)
    ch = "phone" if rng.random() < 0.6 else "chat"
    t = at_hour(t, 8, 21) if t.hour < 8 or t.hour > 21 else t
    abandoned = rng.random() < p_ab
    emit(c, t, "tp_support", "abandoned" if abandoned else "answered", channel=ch, device=c["device"],
         topic=topic, 来电事由=SUPPORT_TOPICS[topic], wait_seconds=int(wait),
         handle_minutes=None if abandoned else round(float(rng.lognormal(np.log(7), 0.5)), 1),
         resolved=None if abandoned else bool(rng.random() < 0.78))
    if abandoned and rng.random() < 0.12:
        feedback(c, t + D(hours=2), complaint_channel(c["preferred_language"]), "support")
    elif not abandoned and rng.random() < 0.10:
        sent = choice(["positive", "positive", "neutral", "negative"])
        feedback(c, t + D(hours=3), "csat", "support" if sent != "neutral" else "generic", sentiment=sent)


def amortized(p: float, apr: float, n: int) -> float:
    r = apr / 100 / 12
    return p * r / (1 - (1 + r) ** -n) if r > 0 else p / n


def service(c: dict, loan: dict):
    """monthly dues from the month after the first disbursement until the end of the data."""
    cc = c["study_country"]
    grace_end = add_months(c["expected_grad"], 6, day=c["expected_grad"].day)
    voc = c["school_type"] == "vocational"
    autopay = c["autopay_enrolled"]
    due_day = int(rng.integers(1, 29))
    bal = loan["principal"]
    if bal <= 0:
        c["status"] = "cancelled"
        return
    apr = loan["apr"]
    n = loan["term"] * 12
    full_pay = None
    consec = 0
    first_missed = None
    defer_until = None
    inst = 0
    k = 1
    # grace notices
    ge = c["expected_grad"]
    if START <= ge <= END:
        emit(c, at_hour(ge, 9, 12), "tp_grace", "started", channel="email", loan_id=loan["loan_id"],
             grace_months=6, grace_end=grace_end.date().isoformat())
    if START <= grace_end - D(days=30) <= END:
        emit(c, at_hour(grace_end - D(days=30), 9, 12), "tp_grace", "ending_notice", channel="email",
             loan_id=loan["loan_id"], grace_months=6, grace_end=grace_end.date().isoformat())
        if rng.random() < 0.025:
            feedback(c, grace_end + D(days=int(rng.integers(5, 40))), complaint_channel(c["preferred_language"]),
                     "grace", sentiment="negative" if rng.random() < 0.7 else "positive")
    c["status"] = "in_school"
    while True:
        due = add_months(loan["first"], k, day=due_day)
        due = datetime(due.year, due.month, due.day, 6, 0, 0)
        k += 1
        if due > END:
            break
        in_school = due < grace_end
        if in_school:
            if loan["plan"] == "full_deferment":
                c["status"] = "in_school" if due < c["expected_grad"] else "grace"
                continue
            amt = {"interest_only": bal * apr / 100 / 12, "fixed_payment": loan["fixed_small"],
                   "immediate": amortized(bal, apr, n)}[loan["plan"]]
            c["status"] = "in_school" if due < c["expected_grad"] else "grace"
        else:
            if full_pay is None:
                full_pay = amortized(bal, apr, n)
            amt = full_pay
            c["status"] = "repaying"
        if defer_until and due < defer_until:
            c["status"] = "deferment"
            continue
        amt = round(amt, 2)
        inst += 1
        # hardship / further study deferment requests while in full repayment
        p_def = (0.012 if voc else 0.005) if not in_school else 0.0008
        if consec == 0 and rng.random() < p_def:
            months = defer_request(c, loan, due - D(days=int(rng.integers(3, 15))), not in_school)
            if months:
                defer_until = add_months(due, months)
                c["status"] = "deferment"
                continue
        # payoff
        p_pay = (0.004 if in_school else 0.006) * (1.7 if c["program_level"] == "postgraduate" else 1.0)
        if consec == 0 and rng.random() < p_pay:
            tp_ = at_hour(due - D(days=int(rng.integers(1, 25))), 8, 22)
            r = pick(PAYOFF)
            emit(c, tp_, "tp_payoff", "paid_off", channel="app", device=c["device"], loan_id=loan["loan_id"],
                 payoff_amount=round(bal, 2), currency=loan["cur"], payoff_reason=r, 结清原因=PAYOFF[r][0])
            order(c, tp_, "payoff", bal, loan_id=loan["loan_id"], payment_channel=pay_channel(c, autopay))
            if rng.random() < 0.14:
                feedback(c, tp_ + D(days=int(rng.integers(1, 20))),
                         choice(["app_review", "app_review", "trustpilot" if c["preferred_language"] == "en"
                                 else "social"]),
                         "payoff")
            c["status"] = "paid_off"
            return
        # the due itself
        mig = MIGRATION[0] <= due < MIGRATION[1]
        p_miss = (0.022 if in_school else 0.045) * (1.9 if voc else 1.0) * (1.3 if not c["has_cosigner"] else 1.0)
        p_miss *= 0.65 if autopay else 1.3
        if consec > 0:
            p_miss = 0.55
        reason = None
        if mig and autopay and consec == 0 and rng.random() < 0.19:
            reason = "autopay_mandate_lost"
        elif rng.random() < p_miss:
            if autopay:
                reason = pick({"insufficient_funds": 0.72, "card_expired": 0.13, "hardship": 0.15})
            else:
                reason = pick({"forgot_manual_payment": 0.5, "insufficient_funds": 0.25, "hardship": 0.25})
        pch = pay_channel(c, autopay)
        if reason is None:
            kind = "catch_up" if consec > 0 else "scheduled"
            paid_amt = amt * (consec + 1)
            emit(c, due, "tp_repayment", "paid", channel="app" if not autopay else "other", loan_id=loan["loan_id"],
                 installment_no=inst, amount_due=amt, amount_paid=round(paid_amt, 2), currency=loan["cur"],
                 autopay=autopay, payment_kind=kind, repayment_phase="in_school" if in_school else "full")
            order(c, due, "repayment", paid_amt, loan_id=loan["loan_id"], installment_no=inst,
                  payment_channel=pch, payment_kind=kind)
            bal -= max(0.0, paid_amt - bal * apr / 100 / 12)
            consec = 0
            first_missed = None
            if bal <= 1:
                c["status"] = "paid_off"
                return
            continue
        emit(c, due, "tp_repayment", "missed", channel="other", loan_id=loan["loan_id"], installment_no=inst,
             amount_due=amt, currency=loan["cur"], autopay=autopay, missed_reason=reason, 未还原因=MISSED[reason],
             repayment_phase="in_school" if in_school else "full")
        if reason == "autopay_mandate_lost":
            if rng.random() < 0.45:
                support(c, due + D(days=int(rng.integers(1, 8))), "autopay")
            if rng.random() < 0.14:
                feedback(c, due + D(days=int(rng.integers(2, 12))), complaint_channel(c["preferred_language"]),
                         "autopay")
        elif rng.random() < 0.02:
            feedback(c, due + D(days=3), complaint_channel(c["preferred_language"]), "autopay")
        cure = 0.92 if reason == "autopay_mandate_lost" else 0.62 if reason != "hardship" else 0.25
        if consec == 0 and rng.random() < cure:
            late = int(rng.integers(2, 10)) if reason == "autopay_mandate_lost" else int(rng.integers(1, 28))
            tl = at_hour(due + D(days=late), 8, 23)
            emit(c, tl, "tp_repayment", "paid_late", channel="app", device=c["device"], loan_id=loan["loan_id"],
                 installment_no=inst, amount_due=amt, amount_paid=amt, currency=loan["cur"], days_late=late,
                 autopay=autopay, payment_kind="late", repayment_phase="in_school" if in_school else "full")
            order(c, tl, "repayment", amt, loan_id=loan["loan_id"], installment_no=inst, payment_channel=pch,
                  payment_kind="late")
            bal -= max(0.0, amt - bal * apr / 100 / 12)
            if late > 7 or reason == "autopay_mandate_lost":
                fee = round(max(amt * 0.05, {"CN": 50, "UK": 12}.get(cc, 15)), 2)
                waived = reason == "autopay_mandate_lost" or rng.random() < 0.18
                order(c, tl, "late_fee", fee, status="waived" if waived else "paid", loan_id=loan["loan_id"],
                      installment_no=inst, payment_channel=pch,
                      waive_reason="platform_migration" if reason == "autopay_mandate_lost" else
                      ("goodwill" if waived else None))
            if late > 15:
                collections_touch(c, loan, due, 1, consec_calls=False)
            continue
        # not cured: delinquency
        consec += 1
        first_missed = first_missed or due
        if reason == "hardship" and rng.random() < 0.35:
            months = defer_request(c, loan, due + D(days=int(rng.integers(3, 20))), not in_school)
            if months:
                defer_until = add_months(due, months)
                consec = 0
                c["status"] = "deferment"
                continue
        collections_touch(c, loan, due, consec, consec_calls=True)
        if consec >= 4:
            tco = at_hour(first_missed + D(days=120), 9, 17)
            agency = AGENCY[cc]
            emit(c, tco, "tp_collections", "charged_off", channel="other", loan_id=loan["loan_id"],
                 days_past_due=120, agency=agency, balance=round(bal, 2), currency=loan["cur"])
            c["status"] = "charged_off"
            return
        c["status"] = "delinquent"


def defer_request(c: dict, loan: dict, t: datetime, full: bool) -> int:
    """a deferment / forbearance request; returns the months granted (0 when rejected)."""
    typ = pick(DEFER) if full else "further_study"
    months = int(choice([3, 6, 6, 12]))
    p_ok = 0.74 if typ != "further_study" else 0.9
    ok = rng.random() < p_ok
    rr = None if ok else pick({"missing_documents": 0.5, "limit_reached": 0.2, "not_eligible": 0.3})
    emit(c, t, "tp_deferment", "approved" if ok else "rejected", channel="web", device=c["device"],
         loan_id=loan["loan_id"], deferment_type=typ, 延期类型=DEFER[typ][0], months_requested=months,
         months_granted=months if ok else None, reject_reason=rr, 驳回原因=DEFER_REJECT[rr] if rr else None,
         review_days=int(rng.integers(1, 15)))
    if rng.random() < (0.25 if not ok else 0.06):
        feedback(c, t + D(days=int(rng.integers(2, 15))),
                 complaint_channel(c["preferred_language"]) if not ok else
                 choice(["app_review", "trustpilot" if c["preferred_language"] == "en" else "social"]), "deferment",
                 sentiment="negative" if not ok else "positive")
    if rng.random() < 0.3:
        support(c, t - D(days=1), "deferment")
    return months if ok else 0


def collections_touch(c: dict, loan: dict, due: datetime, consec: int, consec_calls: bool):
    cc = c["study_country"]
    emit(c, at_hour(due + D(days=5), 9, 18), "tp_collections", "reminder_sent", channel="sms", method="sms",
         loan_id=loan["loan_id"], days_past_due=5, contact_party="borrower", 联系对象="借款人", agency="in_house")
    if not consec_calls:
        return
    out = pick(CALL_OUT)
    emit(c, at_hour(due + D(days=16), 9, 20), "tp_collections", out, channel="phone", method="call",
         loan_id=loan["loan_id"], days_past_due=16 + 30 * (consec - 1), contact_party="borrower", 联系对象="借款人",
         agency="in_house")
    if c["has_cosigner"] and consec >= 1:
        out2 = pick({"contacted": 0.45, "no_answer": 0.25, "promise_to_pay": 0.25, "refused": 0.05})
        emit(c, at_hour(due + D(days=int(rng.integers(25, 40))), 9, 20), "tp_collections", out2, channel="phone",
             method="call", loan_id=loan["loan_id"], days_past_due=30 * consec, contact_party="cosigner",
             联系对象="共同借款人", agency="in_house")
        if rng.random() < 0.2:
            feedback(c, due + D(days=int(rng.integers(30, 45))), complaint_channel(c["preferred_language"]),
                     "collections")
    elif rng.random() < 0.06:
        feedback(c, due + D(days=int(rng.integers(20, 40))), complaint_channel(c["preferred_language"]),
                 "collections")


def pay_channel(c: dict, autopay: bool) -> str:
    cc = c["study_country"]
    if cc == "CN":
        return "bank_withhold" if autopay else choice(["wechat_pay", "alipay", "alipay"])
    return {"US": "ach", "UK": "direct_debit", "CA": "pad", "AU": "direct_debit"}[cc] if autopay else "debit_card"


# ---------- main flow ----------

def make_people():
    custs = []
    ccs = list(COUNTRIES)
    w = np.array([COUNTRIES[k][4] for k in ccs])
    idx = 0
    # prospects arriving in the data
    for _ in range(N_PROSPECTS):
        idx += 1
        cc = ccs[rng.choice(len(ccs), p=w / w.sum())]
        c = new_customer(idx, cc)
        t0 = season_day(cc, START, datetime(2026, 6, 20))
        c["first_seen"] = t0
        lang = c["preferred_language"]
        sources = {"ad": 0.50, "school": 0.30 if c["partner_school"] else 0.0, "organic": 0.14, "referral": 0.07}
        src = pick(sources)
        platform = None
        if src == "ad":
            if cc == "CN":
                platform = pick({"baidu": 0.34, "xiaohongshu": 0.30, "wechat": 0.21, "douyin": 0.15})
            elif lang == "zh":
                platform = pick({"xiaohongshu": 0.55, "wechat": 0.25, "google_search": 0.20})
            else:
                platform = pick({"google_search": 0.45, "meta": 0.31, "tiktok": 0.24})
            p_apply, cos_mult = AD_PLATFORMS[platform]
            if platform == "tiktok":
                c["has_cosigner"] = c["has_cosigner"] and rng.random() < cos_mult
                c["device"] = choice(["ios", "android"])
                if c["has_cosigner"] is False:
                    c["cosigner_relation"] = c["共同借款人关系"] = None
            c["acquisition_channel"] = platform
            t = t0
            camp = choice(CAMPAIGNS[lang])
            for j in range(1 + int(rng.poisson(0.6))):
                emit(c, t, "tp_ad_click", "click", device=c["device"], channel="ads", session_id=sess(),
                     ad_platform=platform, campaign=camp, utm_medium="paid_social" if platform in
                     ("meta", "tiktok", "xiaohongshu", "wechat", "douyin") else "cpc")
                t = t + D(hours=float(rng.exponential(48)))
            if rng.random() < p_apply:
                ta = t + D(hours=float(rng.exponential(36)))
                c["loans"].append(originate(c, ta, "ad", platform=platform))
        elif src == "school":
            c["acquisition_channel"] = "school_partner"
            rt = pick(REFERRAL_TYPES)
            emit(c, t0, "tp_school_referral", "referred", device=c["device"], channel="other", session_id=sess(),
                 partner_school=c["school_name"], referral_type=rt)
            if rng.random() < 0.56:
                c["loans"].append(originate(c, t0 + D(hours=float(rng.exponential(72))), "school"))
        else:
            c["acquisition_channel"] = "organic" if src == "organic" else "friend_referral"
            c["loans"].append(originate(c, t0, src))
        custs.append(c)
    # the servicing book: borrowers from 2021-2024
    for _ in range(N_LEGACY):
        idx += 1
        cc = ccs[rng.choice(len(ccs), p=w / w.sum())]
        c = new_customer(idx, cc, legacy=True)
        t0 = datetime(2021, 8, 1) + D(days=int(rng.integers(0, 1030)))
        c["signup_at"] = at_hour(t0)
        c["acquisition_channel"] = pick({"google_search": 0.25, "meta": 0.12, "school_partner": 0.25,
                                         "organic": 0.18, "friend_referral": 0.08, "baidu": 0.07,
                                         "xiaohongshu": 0.05})
        c["tier"] = pick({"A": 0.3, "B": 0.35, "C": 0.25, "D": 0.10})
        c["first_seen"] = c["signup_at"]
        name, zh, cur, fx, _w, n_disb, bureau, esign_p, pay_m, _i, _c, fixed_small, amts = COUNTRIES[cc]
        base = amts[["undergraduate", "postgraduate", "vocational"].index(c["program_level"])]
        if c["student_type"] == "international":
            base *= 1.8
        W.n["loan"] += 1
        apr = {"A": 4.2, "B": 6.6, "C": 9.4, "D": 12.6}[c["tier"]] + (-1.2 if cc == "CN" else 0)
        plan = pick(PLANS)
        loan = dict(loan_id=f"L{W.n['loan']:06d}", principal=round(base * float(rng.lognormal(0.2, 0.35)), -2),
                    apr=round(apr + float(rng.normal(0, 0.3)), 2), plan=plan, cur=cur, fixed_small=fixed_small,
                    term=int(choice([5, 10, 10, 15])) if cc != "CN" else int(choice([3, 5, 5, 8])),
                    first=c["signup_at"] + D(days=int(rng.integers(10, 40))))
        c["legacy_loan"] = loan
        custs.append(c)
    return custs


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    custs = make_people()
    for c in custs:
        c["loans"] = [ln for ln in c["loans"] if ln]
        c["autopay_enrolled"] = bool(rng.random() < (0.78 if c["preferred_language"] == "en" else 0.7))
        if c["legacy"] or c["loans"]:
            if c["expected_grad"] is None:
                c["expected_grad"] = grad_date(c["study_country"], c["program_level"], c["first_seen"])
    # legacy borrowers: some apply again for the next academic year
    for c in custs:
        if not c["legacy"]:
            continue
        for year in (2024, 2025):
            intake = datetime(year, 7, 1) if c["study_country"] != "AU" else datetime(year + 1, 1, 5)
            if c["expected_grad"] > intake + D(days=60) and rng.random() < 0.38:
                t = season_day(c["study_country"], intake - D(days=50), intake + D(days=30))
                if t <= datetime(2026, 6, 20):
                    ln = originate(c, t, "returning", returning=True)
                    if ln:
                        c["loans"].append(ln)
    for c in custs:
        loans = ([c["legacy_loan"]] if c["legacy"] else []) + c["loans"]
        statuses = []
        for ln in loans:
            service(c, ln)
            statuses.append(c.get("status"))
        if loans:
            order_ = ["charged_off", "delinquent", "deferment", "repaying", "grace", "in_school", "paid_off",
                      "cancelled"]
            st = min((s for s in statuses if s), key=order_.index, default="in_school")
            c["segment"] = st
        elif c["signup_at"] is None:
            c["segment"] = "prospect"
        else:
            c["segment"] = "applicant_not_funded"
    # support contacts of borrowers in repayment (general questions)
    for c in custs:
        if c["segment"] in ("prospect", "applicant_not_funded"):
            continue
        for m in range(24):
            if rng.random() < 0.018:
                t = at_hour(START + D(days=30 * m + int(rng.integers(0, 30))), 8, 21)
                support(c, t, pick({"repayment_question": 0.45, "payoff_quote": 0.15, "autopay": 0.15,
                                    "deferment": 0.10, "other": 0.15}))
    # NPS survey ~90 days after the first disbursement, and unprompted reviews / posts
    for c in custs:
        for ln in c["loans"]:
            if rng.random() < 0.3:
                sent = choice(["positive", "positive", "positive", "neutral", "negative"])
                feedback(c, ln["first"] + D(days=int(rng.integers(80, 100))), "nps", "generic", sentiment=sent)
        if c["segment"] != "prospect" and rng.random() < 0.06:
            lang = c["preferred_language"]
            sent = choice(["positive", "neutral", "negative"])
            t = c["first_seen"] + D(days=int(rng.integers(1, 200)))
            feedback(c, min(t, END), "app_review" if rng.random() < 0.6 else "social", "generic", sentiment=sent)
        if c["legacy"] and rng.random() < 0.05:
            t = START + D(days=int(rng.integers(0, 729)))
            feedback(c, t, "nps", "generic", sentiment=choice(["positive", "positive", "neutral", "negative"]))
    # anonymous social posts about rates / co-signers
    for _ in range(70):
        topic = choice(["rate", "cosigner", "generic", "rate"])
        t = START + D(days=int(rng.integers(0, 729)))
        feedback(None, at_hour(t), "social", topic, tp=None if topic != "generic" else None,
                 sentiment=None if topic != "generic" else choice(["positive", "neutral", "negative"]))

    # ---- write
    ev = sorted(W.ev, key=lambda r: (r["ts"], r["event_id"]))
    dups = [dict(ev[i]) for i in rng.choice(len(ev), 32, replace=False)]
    ev = ev + dups
    ev.sort(key=lambda r: (r["ts"], r["event_id"]))
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "session_id",
               "loan_id", "ad_platform", "campaign", "utm_medium", "partner_school", "referral_type",
               "application_channel", "requested_amount", "loan_purpose", "abandon_step", "returning_borrower",
               "doc_type", "材料类型", "attempt_no", "app_version", "reject_reason", "退回原因", "credit_bureau",
               "borrower_score", "cosigner_score", "cosigner_used", "decline_reason", "拒绝原因", "decision_hours",
               "tier", "offer_amount", "apr", "rate_type", "term_years", "in_school_plan", "在校还款方式",
               "offer_decline_reason", "放弃原因", "signer_role", "esign_provider", "esign_fail_reason", "签约失败原因",
               "disbursement_no", "disbursement_amount", "currency", "payment_method", "school_name", "cert_days",
               "term_label", "return_reason", "grace_months", "grace_end", "installment_no", "amount_due",
               "amount_paid", "autopay", "payment_kind", "repayment_phase", "missed_reason", "未还原因", "days_late",
               "deferment_type", "延期类型", "months_requested", "months_granted", "驳回原因", "review_days",
               "method", "contact_party", "联系对象", "days_past_due", "agency", "balance", "payoff_amount",
               "payoff_reason", "结清原因", "topic", "来电事由", "wait_seconds", "handle_minutes", "resolved"]
    write(out / "events.csv", ev, ev_cols)
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = []
    for jid, zh, en, steps, win in JOURNEYS:
        for i, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=i,
                           touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"])
    cust_cols = ["customer_id", "signup_at", "segment", "region", "国家", "acquisition_channel",
                 "tier", "student_type", "home_country", "school_name", "school_type", "院校类型", "program_level",
                 "学历层次", "field_of_study", "专业类别", "expected_grad", "has_cosigner", "cosigner_relation",
                 "共同借款人关系", "autopay_enrolled", "preferred_language", "device"]
    rows = []
    for c in custs:
        r = {k: c.get(k) for k in cust_cols}
        r["signup_at"] = fmt(c["signup_at"]) if c["signup_at"] else None
        r["expected_grad"] = c["expected_grad"].date().isoformat() if c.get("expected_grad") else None
        if c["segment"] in ("prospect", "applicant_not_funded"):
            r["autopay_enrolled"] = None
        rows.append(r)
    write(out / "customers.csv", rows, cust_cols)
    W.orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    write(out / "orders.csv", W.orders, ["order_id", "customer_id", "ts", "amount", "status", "order_type", "订单类型",
                                          "currency", "amount_local", "loan_id", "installment_no",
                                          "disbursement_no", "school_name", "payment_channel", "payment_kind",
                                          "waive_reason"])
    fb = sorted(W.fb, key=lambda r: (r["ts"] or "9999", r["feedback_id"]))
    write(out / "feedback.csv", fb, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                     "nps", "language", "platform"])
    write(out / "_truth" / "feedback_truth.csv", W.truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(custs)}, events {len(ev)}, orders {len(W.orders)}, feedback {len(W.fb)}")
    return 0


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        w.writerows([("" if (v := r.get(k)) is None else v) for k in cols] for r in rows)


if __name__ == "__main__":
    raise SystemExit(main())
