"""薪桥 WageBridge: payroll and HR software (SaaS) for small businesses in the United Kingdom and Australia.

A small employer finds our website (Google Ads, organic search, an accountant who refers them, the Xero app
marketplace, a comparison site, social media), may book a product demo (and turn up or not), sets up a trial company
(30-day free trial), imports its employees, runs its first payroll (the tax submission goes to HMRC as an RTI FPS in
the UK, to the ATO as Single Touch Payroll (STP) in Australia; sometimes it fails), converts to a paid plan (Starter /
Standard / Premium, priced per employee per month, monthly or annual term, always invoiced monthly), runs payroll
every week / fortnight / month, may add the pensions (UK auto-enrolment; super clearing in AU) and expenses add-ons,
opens support tickets (chat, email, phone), files its year-end (UK tax year ends 5 April: final FPS and P60s; AU
financial year ends 30 June: STP finalisation by 14 July), and at the end of an annual term renews or cancels
(monthly-term companies may cancel any month).
Launched 2024-07-01; the extract ends 2026-07-31.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261215), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from bisect import bisect
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261215
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 7, 31, 23, 59, 59)
N_LEADS = 16000
STP_BUG = (datetime(2025, 8, 4), datetime(2025, 10, 6))     # release 3.8 STP Phase 2 payload bug, fixed in 3.8.4
NEST_ISSUE = (datetime(2025, 11, 1), datetime(2026, 2, 1))  # NEST contribution-file schema change, sync failing
BACS_DAY = datetime(2026, 1, 30)                            # UK payday: BACS payment file stuck on the 29th
MIN_FEE_FROM = datetime(2026, 3, 1)                         # new minimum monthly fee on subscription invoices
MIN_FEE = {"United Kingdom": 25.0, "Australia": 45.0}       # local currency
LEGACY_UNTIL = datetime(2025, 3, 1)                         # in-app surveys ran in an old tool until then
FX = {"GBP": 1.0, "AUD": 0.5}                               # fixed budget rate: amounts reported in GBP

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_visit", "官网访问", "Website visit", "awareness", "web", "digital", "marketing",
     "官网|网站|落地页|访问官网|website|site visit|landing page|web traffic"),
    ("tp_demo", "预约产品演示", "Demo booked", "consideration", "web", "digital", "sales",
     "演示|产品演示|约演示|预约演示|demo|product demo|book a demo|walkthrough"),
    ("tp_trial", "创建试用公司", "Trial company set up", "consideration", "web", "digital", "growth",
     "试用|注册试用|开通试用|免费试用|试用账号|free trial|trial|trial signup|sign up|trial company"),
    ("tp_employee_import", "导入员工", "Employees imported", "consideration", "web", "digital", "onboarding",
     "导入员工|员工导入|录入员工|上传员工名单|employee import|import staff|add employees|onboarding"),
    ("tp_first_payroll", "首次发薪", "First payroll run", "consideration", "web", "digital", "onboarding",
     "首次发薪|第一次发工资|首次算薪|第一次跑工资|first payroll|first pay run|first payrun"),
    ("tp_paid", "转付费订阅", "Paid subscription", "purchase", "web", "digital", "billing",
     "付费|转付费|转正|订阅|账单|扣费|发票|convert|conversion|paid plan|subscription|subscribe|billing|invoice"),
    ("tp_payroll_run", "日常发薪", "Payroll run", "service", "web", "digital", "payroll_ops",
     "发薪|发工资|算薪|跑工资|工资单|RTI|FPS|STP|pay run|payrun|payroll|payslip"),
    ("tp_addon_pension", "开通养老金模块", "Pensions add-on", "loyalty", "web", "digital", "product",
     "养老金|养老金模块|自动加入|退休金|superannuation|super|pension|pensions|auto-enrolment|NEST"),
    ("tp_addon_expenses", "开通报销模块", "Expenses add-on", "loyalty", "app", "digital", "product",
     "报销|报销模块|费用报销|差旅报销|expenses|expense claims|receipts|mileage"),
    ("tp_ticket", "提交工单", "Support ticket opened", "service", "other", "digital", "support",
     "工单|找客服|提工单|咨询客服|报问题|ticket|support ticket|support request|case|helpdesk"),
    ("tp_ticket_resolved", "工单解决", "Ticket resolved", "service", "other", "digital", "support",
     "工单解决|结单|已解决|关单|resolved|ticket closed|resolution"),
    ("tp_year_end_start", "开始年终申报", "Year-end filing started", "service", "web", "digital", "payroll_ops",
     "年终申报|年结|年度申报|P60|EOFY|STP finalisation|year end|year-end|tax year end"),
    ("tp_year_end_filed", "年终申报完成", "Year-end filing done", "service", "web", "digital", "payroll_ops",
     "年终申报完成|年结完成|年度申报完成|year-end filed|finalised|year end complete"),
    ("tp_renewal_due", "续约提醒", "Renewal notice", "loyalty", "email", "digital", "account_management",
     "续约提醒|合同到期|到期提醒|renewal notice|renewal due|contract end"),
    ("tp_renewal", "完成续约", "Renewed", "loyalty", "web", "digital", "account_management",
     "续约|续费|续签|renewal|renewed|contract renewal"),
    ("tp_cancel", "取消订阅", "Cancellation", "loyalty", "web", "digital", "customer_success",
     "取消订阅|退订|流失|不用了|销户|cancel|cancellation|churn|churned"),
    ("tp_review", "第三方点评", "Review sites (Trustpilot / Capterra)", "loyalty", "social", "digital", "marketing",
     "Trustpilot|Capterra|点评|口碑|第三方评价|review|review site|rating"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("acquisition", "官网到付费", "Website to paid",
     ["tp_visit", "tp_trial", "tp_first_payroll", "tp_paid"], 60),
    ("demo", "演示到试用", "Demo to trial", ["tp_demo", "tp_trial"], 14),
    ("onboarding", "试用上手", "Trial onboarding",
     ["tp_trial", "tp_employee_import", "tp_first_payroll", "tp_paid"], 45),
    ("pension", "养老金模块开通", "Pensions add-on uptake", ["tp_paid", "tp_addon_pension"], 90),
    ("expenses", "报销模块开通", "Expenses add-on uptake", ["tp_paid", "tp_addon_expenses"], 90),
    ("support", "工单处理", "Support ticket", ["tp_ticket", "tp_ticket_resolved"], 7),
    ("year_end", "年终申报", "Year-end filing", ["tp_year_end_start", "tp_year_end_filed"], 30),
    ("renewal", "年度续约", "Annual renewal", ["tp_renewal_due", "tp_renewal"], 40),
]
# country: zh, weight, currency, regions (en, zh, weight)
COUNTRIES = {
    "United Kingdom": ("英国", 0.60, "GBP", [("England", "英格兰", 0.80), ("Scotland", "苏格兰", 0.10),
                                             ("Wales", "威尔士", 0.06), ("Northern Ireland", "北爱尔兰", 0.04)]),
    "Australia": ("澳大利亚", 0.40, "AUD", [("NSW", "新南威尔士州", 0.34), ("VIC", "维多利亚州", 0.28),
                                          ("QLD", "昆士兰州", 0.20), ("WA", "西澳大利亚州", 0.10),
                                          ("SA", "南澳大利亚州", 0.08)]),
}
# industry: zh, weight, conversion mult, churn mult, expenses uptake (90 d), weekly-pay share, weekly wage (GBP)
INDUSTRIES = {
    "hospitality": ("餐饮酒店", 0.22, 0.92, 3.6, 0.05, 0.60, 330),
    "retail": ("零售门店", 0.13, 1.00, 1.2, 0.09, 0.30, 380),
    "construction": ("建筑工程", 0.13, 1.00, 1.0, 0.58, 0.45, 620),
    "healthcare": ("医疗护理", 0.10, 1.05, 0.6, 0.18, 0.05, 560),
    "professional_services": ("专业服务", 0.14, 1.10, 0.55, 0.28, 0.00, 720),
    "childcare": ("托育早教", 0.06, 1.00, 0.8, 0.08, 0.05, 430),
    "beauty": ("美容美发", 0.08, 0.95, 1.4, 0.05, 0.25, 360),
    "charity": ("慈善机构", 0.05, 1.00, 0.7, 0.22, 0.00, 480),
    "tech": ("科技初创", 0.09, 1.00, 1.0, 0.28, 0.00, 850),
}
# band: zh, weight, employees range, p(demo booked), tier weights (starter, standard, premium), tickets a month,
# churn mult, pension uptake within 90 d
BANDS = {
    "1-4": ("1-4人", 0.34, (1, 4), 0.08, (0.62, 0.33, 0.05), 0.22, 1.3, 0.12),
    "5-9": ("5-9人", 0.28, (5, 9), 0.20, (0.42, 0.45, 0.13), 0.32, 1.1, 0.40),
    "10-24": ("10-24人", 0.22, (10, 24), 0.38, (0.22, 0.50, 0.28), 0.45, 0.9, 0.55),
    "25-49": ("25-49人", 0.11, (25, 49), 0.55, (0.10, 0.45, 0.45), 0.65, 0.7, 0.62),
    "50-249": ("50-249人", 0.05, (50, 180), 0.70, (0.05, 0.35, 0.60), 0.95, 0.5, 0.80),
}
# channel: zh, weight, p(trial | visit), p(paid | good onboarding), p(demo no-show)
CHANNELS = {
    "google_ads": ("谷歌广告", 0.28, 0.16, 0.42, 0.42),
    "organic_search": ("自然搜索", 0.24, 0.24, 0.55, 0.14),
    "accountant_referral": ("会计师推荐", 0.13, 0.55, 0.82, 0.07),
    "xero_marketplace": ("Xero应用市场", 0.13, 0.40, 0.62, 0.14),
    "comparison_site": ("比价网站", 0.12, 0.28, 0.52, 0.20),
    "social": ("社交媒体", 0.10, 0.14, 0.45, 0.20),
}
PREVIOUS = {"United Kingdom": [("spreadsheets", "电子表格", 0.30), ("accountant_bureau", "会计代发", 0.28),
                               ("sage", "Sage", 0.16), ("brightpay", "BrightPay", 0.12),
                               ("new_employer", "首次雇人", 0.14)],
            "Australia": [("spreadsheets", "电子表格", 0.26), ("accountant_bureau", "会计代发", 0.26),
                          ("myob", "MYOB", 0.18), ("xero_payroll", "Xero Payroll", 0.16),
                          ("new_employer", "首次雇人", 0.14)]}
TIERS = {"starter": "入门版", "standard": "标准版", "premium": "高级版"}
PRICE = {"United Kingdom": {"starter": 4.0, "standard": 6.0, "premium": 9.0},
         "Australia": {"starter": 7.0, "standard": 11.0, "premium": 16.0}}
ADDON_PRICE = {"United Kingdom": {"pension": 1.0, "expenses": 3.0}, "Australia": {"pension": 2.0, "expenses": 5.0}}
TERMS = {"monthly": "月付", "annual": "年付"}
FREQ = {"weekly": "每周", "fortnightly": "每两周", "monthly": "每月"}
SEGMENTS = {"lead": "潜在客户", "trial": "试用中", "trial_lapsed": "试用未转化", "new": "新付费客户",
            "active": "活跃付费客户", "churned": "已流失"}
PENSION_PROVIDERS = {"United Kingdom": [("NEST", 0.50), ("The People's Pension", 0.25), ("Smart Pension", 0.15),
                                        ("Royal London", 0.10)],
                     "Australia": [("QuickSuper", 0.40), ("Beam", 0.35), ("ATO SBSCH", 0.25)]}
TICKET_CATS = {  # en: zh, base weight
    "payroll_calc": ("算薪计算", 0.17), "tax_filing": ("税局申报", 0.11), "pensions": ("养老金", 0.05),
    "bank_payments": ("银行代发", 0.07), "employee_records": ("员工资料", 0.13), "payslips": ("工资单", 0.08),
    "leave_holiday": ("假期与假期工资", 0.11), "billing": ("账单计费", 0.10), "access": ("账号登录", 0.07),
    "year_end": ("年终申报", 0.02), "feature_request": ("功能需求", 0.09)}
SUPPORT_CH = {"chat": ("在线聊天", 0.50, 2.5, 1.6), "email": ("邮件", 0.35, 320.0, 16.0),
              "phone": ("电话", 0.15, 1.0, 0.9)}   # zh, weight, median first response (min), median resolution (h)
CHURN_REASONS = {
    "too_expensive": "价格太贵", "business_closed": "业务关停", "switched_competitor": "换用竞品",
    "moved_to_accountant": "交给会计代办", "missing_feature": "缺少功能", "payroll_errors": "算薪出错",
    "poor_support": "客服支持差", "payment_failed": "扣款失败", "minimum_fee": "最低月费上调"}
CHURN_W = {"too_expensive": 0.16, "business_closed": 0.16, "switched_competitor": 0.20, "moved_to_accountant": 0.14,
           "missing_feature": 0.10, "payroll_errors": 0.10, "poor_support": 0.08, "payment_failed": 0.06}
COMPETITORS = {"United Kingdom": ["Xero Payroll", "Sage Payroll", "BrightPay", "QuickBooks Payroll"],
               "Australia": ["Employment Hero", "Xero Payroll", "KeyPay", "MYOB"]}
FAIL_REASONS = {"stp_rejected": "ATO拒收STP申报", "rti_rejected": "HMRC拒收RTI申报",
                "missing_tax_code": "缺少税码或TFN", "bank_details_invalid": "银行账户信息有误",
                "pay_calendar_error": "发薪日历设置错误"}
OTYPE = {"subscription": "订阅费", "pension_addon": "养老金模块", "expenses_addon": "报销模块"}
REPS = ["Hannah Price", "Callum Reid", "Priya Shah", "Josh Turner", "Mia Nguyen", "Lachlan Brooks"]
NAME_A = ["Harbour", "Oak", "Kingfisher", "Bluegum", "Riverside", "Golden", "Red Kite", "Wattle", "Thistle", "Lotus",
          "Northgate", "Summit", "Coral", "Maple", "Jade", "Ironbark", "Bramble", "Sterling", "Lighthouse", "Willow"]
NAME_B = {"hospitality": ["Kitchen", "Cafe", "Bistro", "Noodle Bar", "Takeaway", "Arms"],
          "retail": ["Stores", "Trading", "Goods", "Market"], "construction": ["Builders", "Roofing", "Electrical",
                                                                                 "Plumbing"],
          "healthcare": ["Dental", "Physio", "Care Home", "Medical Centre"], "professional_services": [
              "Accountants", "Legal", "Consulting", "Architects"], "childcare": ["Nursery", "Early Learning"],
          "beauty": ["Salon", "Barbers", "Nails", "Spa"], "charity": ["Trust", "Foundation", "Community Hub"],
          "tech": ["Labs", "Digital", "Software", "Studio"]}

TXT = {  # topic: (zh texts, en texts); every text of a topic carries its marker, no other text does
    "stp_reject": (["STP申报被ATO拒收了，发薪一直卡着", "八月更新以后STP申报老是报错", "第一次发薪就因为STP申报失败，只能手动补"],
                   ["Our STP lodgement was rejected by the ATO and the pay run is stuck",
                    "STP keeps failing with an ATO error since the August update",
                    "First pay run failed because the STP submission bounced"]),
    "rti_reject": (["HMRC拒收了我们的FPS申报", "HMRC那边说员工的国民保险号不对"],
                   ["HMRC rejected our FPS and I can't see why", "Getting an HMRC error on the full payment submission"]),
    "paid_late": (["周五发薪日员工工资晚到了一天，大家都来问我", "工资晚到，员工很生气"],
                  ["Half my staff got paid late on Friday - the bank file never went",
                   "Our team got paid late on payday, not acceptable for a payroll company",
                   "Staff paid late because the BACS payment was stuck"]),
    "pension_sync": (["养老金缴款文件又被NEST退回了", "养老金缴款一直同步不到NEST，要手动上传"],
                     ["NEST rejected our pension contribution file again",
                      "Pension contributions aren't syncing to NEST since November",
                      "Every month I have to re-upload the pension contribution schedule"]),
    "pension_setup": (["员工自动加入养老金的规则看不懂", "养老金自动加入的评估结果不对"],
                      ["The auto-enrolment assessment flagged the wrong staff",
                       "Confusing auto-enrolment letters for new joiners"]),
    "min_fee": (["新加的最低月费对我们三个人的小店太不划算", "最低月费一上来账单直接翻倍"],
                ["The new minimum fee doubles our bill for three staff",
                 "A minimum fee makes no sense for a tiny business like ours",
                 "Why am I paying the minimum fee when I only have two employees?"]),
    "too_expensive": (["对我们这种小公司来说太贵了", "按人头收费太贵"],
                      ["Too expensive for a business our size", "Per-employee pricing gets too expensive fast"]),
    "billing_error": (["已经离职的员工还在多扣钱", "这个月账单多扣了一次"],
                      ["We were charged for leavers who are gone", "Got charged for two employees twice this month"]),
    "holiday_pay": (["兼职员工的假期工资算错了", "假期工资的累计一直不对"],
                    ["Holiday pay for casual staff is calculated wrong", "The leave accrual for part-timers is off",
                     "Holiday pay on irregular hours never adds up"]),
    "tax_code": (["员工税码更新以后工资算错了", "新员工的税码没生效"],
                 ["Wrong tax code applied after the new tax year", "The emergency tax code stuck on a new starter"]),
    "payslip": (["员工在手机上打不开电子工资单", "电子工资单邮件发不出去"],
                ["Staff can't open their payslips on the phone", "Payslips emails never reached half the team"]),
    "csv_import": (["员工导入失败，CSV日期格式老是不对", "员工导入失败，只进来一半人"],
                   ["The CSV import keeps failing on date formats", "CSV import dropped half our employees"]),
    "bank_details": (["员工银行账户信息改了不生效"], ["Updated bank details for an employee don't save"]),
    "employee_record": (["员工资料里的地址改不了"], ["Can't edit the address on an employee record"]),
    "locked_out": (["管理员账号登不上，重置邮件收不到"], ["Locked out of the admin login, reset email never arrives"]),
    "slow_email": (["邮件回复太慢，等了两天", "发邮件给客服回复太慢了"],
                   ["Took two days to reply to my email", "Email support takes days to reply"]),
    "great_support": (["客服很耐心，一步步带我把发薪设置好了", "客服很耐心也很专业"],
                      ["The support team were really helpful", "Really helpful chat agent, sorted in minutes"]),
    "easy_payroll": (["发薪很简单，十分钟就搞定", "比用电子表格发薪简单多了，发薪很简单"],
                     ["Running payroll is so easy now", "So easy compared with our old spreadsheets",
                      "Pay run done in ten minutes, so easy"]),
    "eofy_slow": (["今年年终申报拖了一个多星期才完成", "年终申报拖到截止日前才弄好"],
                  ["EOFY finalisation took over a week", "EOFY was a nightmare this year, kept getting errors"]),
    "year_end_ok": (["年终申报很顺利，几分钟就好了", "P60一键生成，年终申报很顺利"],
                    ["Year-end was painless, P60s out in minutes", "Painless year-end, great job"]),
    "missing_feature": (["希望能有排班功能", "希望能有手机端审批"],
                        ["Wish it had rota planning built in", "Wish it had timesheet approvals on mobile"]),
    "competitor": (["我们换成了Xero自带的发薪", "会计建议我们换成Employment Hero"],
                   ["We're switching to Xero Payroll", "Switching to Employment Hero with our accountant's help"]),
    "moved_accountant": (["以后交给会计代办了"], ["Our accountant will run payroll for us from now on"]),
    "closing": (["店要关了，用不上了", "生意不好，准备关店"], ["We're closing the business", "Closing down at the end of the season"]),
    "direct_debit": (["扣款失败了好几次，就不续了"], ["Direct debit kept failing so we stopped"]),
}
GEN = {
    "pos": (["整体很满意", "挺好用的", "已经推荐给朋友了"], ["Overall very happy", "Does what we need",
                                                  "Would recommend to other small businesses"]),
    "neu": (["还行，有待改进", "一般般"], ["It's fine", "Does the job, nothing special"]),
    "neg": (["体验很差", "很失望"], ["Very disappointed", "Not what we expected"]),
}
NEG_TOPICS = {"stp_reject", "rti_reject", "paid_late", "pension_sync", "pension_setup", "min_fee", "too_expensive",
              "billing_error", "holiday_pay", "tax_code", "payslip", "csv_import", "bank_details", "employee_record",
              "locked_out", "slow_email", "eofy_slow", "missing_feature", "competitor", "closing", "direct_debit"}
POS_TOPICS = {"great_support", "easy_payroll", "year_end_ok"}
TOPIC_TP = {"stp_reject": None, "rti_reject": "tp_payroll_run", "paid_late": "tp_payroll_run",
            "pension_sync": "tp_addon_pension", "pension_setup": "tp_addon_pension", "min_fee": "tp_paid",
            "too_expensive": "tp_paid", "billing_error": "tp_paid", "holiday_pay": "tp_payroll_run",
            "tax_code": "tp_payroll_run", "payslip": "tp_payroll_run", "csv_import": "tp_employee_import",
            "bank_details": "tp_payroll_run", "employee_record": "tp_employee_import", "locked_out": "tp_ticket",
            "slow_email": "tp_ticket_resolved", "great_support": "tp_ticket_resolved", "easy_payroll": "tp_payroll_run",
            "eofy_slow": "tp_year_end_filed", "year_end_ok": "tp_year_end_filed", "missing_feature": None,
            "competitor": "tp_cancel", "moved_accountant": "tp_cancel", "closing": "tp_cancel",
            "direct_debit": "tp_cancel"}


# ---------------------------------------------------------------- helpers
def U(a, b):
    return a + (b - a) * rng.random()


def pick(d, weights=None):
    keys = list(d) if not isinstance(d, list) else d
    if weights is None:
        weights = [d[k][1] if isinstance(d[k], tuple) else d[k] for k in keys]
    c = np.cumsum(weights)
    return keys[min(bisect(list(c / c[-1]), rng.random()), len(keys) - 1)]


def pick_list(items):  # [(value, ..., weight)]
    c = np.cumsum([it[-1] for it in items])
    return items[min(bisect(list(c / c[-1]), rng.random()), len(items) - 1)]


def one_of(xs):
    return xs[int(rng.integers(len(xs)))]


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") if t else ""


def add_months(t, k):
    m = t.month - 1 + k
    return t.replace(year=t.year + m // 12, month=m % 12 + 1, day=min(t.day, 28))


def at_hour(day, lo=8.0, hi=20.0):
    d = datetime(day.year, day.month, day.day)
    return d + D(seconds=int(U(lo, hi) * 3600))


def weekday_after(t):
    while t.weekday() >= 5:
        t += D(days=1)
    return t


def lognorm(median, sigma):
    return median * math.exp(sigma * rng.standard_normal())


def text_for(topic, lang):
    zh, en = TXT[topic] if topic in TXT else GEN[topic]
    return one_of(zh if lang == "zh" else en)


# ---------------------------------------------------------------- generation
def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    events, orders, feedback, customers = [], [], [], []
    counters = {"ev": 0, "tr": 0, "sub": 0, "tk": 0, "ye": 0, "dm": 0, "inv": 0, "fb": 0}

    def nid(kind, prefix, width=5):
        counters[kind] += 1
        return f"{prefix}{counters[kind]:0{width}d}"

    def ev(cid, t, tp, **kw):
        if t > END:
            return False
        row = {"event_id": nid("ev", "E", 7), "customer_id": cid, "ts": fmt(t), "touchpoint_id": tp}
        row.update(kw)
        events.append(row)
        return True

    def fb(t, cid, tp, channel, topic, lang, rating=None, **kw):
        if t is not None and t > END:
            return
        if channel == "in_app_survey" and t is not None and t < LEGACY_UNTIL and rng.random() < 0.7:
            t = None   # answered in the old survey tool; the import lost the timestamps
        sent = "negative" if topic in NEG_TOPICS or topic == "neg" else (
            "positive" if topic in POS_TOPICS or topic == "pos" else "neutral")
        feedback.append(dict(feedback_id=nid("fb", "FB"), text=text_for(topic, lang), ts=fmt(t),
                             customer_id=cid or "", touchpoint_id=tp, channel=channel,
                             rating="" if rating is None else int(rating), language=lang,
                             _topic=topic if topic in TXT else "", _sent=sent, **kw))

    # arrival days: growth + seasonal interest before each country's year end
    ndays = (END.date() - START.date()).days + 1
    days = [START + D(days=i) for i in range(ndays)]
    growth = np.array([1.0 + 1.5 * i / ndays for i in range(ndays)])
    season = {"United Kingdom": np.array([1.35 if d.month in (3, 4) else 1.0 for d in days]),
              "Australia": np.array([1.35 if d.month in (6, 7) else 1.0 for d in days])}
    cdf = {c: np.cumsum(growth * season[c]) / np.sum(growth * season[c]) for c in COUNTRIES}

    for i in range(1, N_LEADS + 1):
        cid = f"C{i:05d}"
        country = pick(COUNTRIES)
        czh, _, cur, regions = COUNTRIES[country]
        reg = pick_list(regions)
        ind = pick(INDUSTRIES)
        izh, _, conv_m, churn_m, exp_p, weekly_share, wage = INDUSTRIES[ind]
        band = pick(BANDS)
        bzh, _, erange, p_demo, tier_w, tk_rate, band_churn, pen_p = BANDS[band]
        ch = pick(CHANNELS)
        chzh, _, p_trial, p_paid, p_noshow = CHANNELS[ch]
        prev = pick_list(PREVIOUS[country])
        zh_p = {"hospitality": 0.22, "retail": 0.12, "beauty": 0.15}.get(ind, 0.03)
        lang = "zh" if rng.random() < zh_p else "en"
        employees = int(rng.integers(erange[0], erange[1] + 1))
        if ind == "hospitality":
            freq = "weekly" if rng.random() < weekly_share else ("fortnightly" if country == "Australia" else "monthly")
        else:
            r = rng.random()
            freq = "weekly" if r < weekly_share else (
                "fortnightly" if r < weekly_share + (0.45 if country == "Australia" else 0.05) else "monthly")
        bank = "platform" if rng.random() < 0.55 else "own_bank"
        day_idx = int(np.searchsorted(cdf[country], rng.random()))
        t0 = at_hour(days[min(day_idx, ndays - 1)], 7, 23)
        name = f"{one_of(NAME_A)} {one_of(NAME_B[ind])} {'Ltd' if country == 'United Kingdom' else 'Pty Ltd'}"
        cust = {"customer_id": cid, "signup_at": "", "segment": "lead", "region": reg[0],
                "acquisition_channel": ch, "tier": "", "客户状态": "", "地区": reg[1], "获客渠道": chzh,
                "套餐等级": "", "company_name": name, "country": country, "国家": czh, "industry": ind, "行业": izh,
                "employee_band": band, "员工规模": bzh, "employees": employees, "pay_frequency": freq,
                "发薪频率": FREQ[freq], "previous_payroll": prev[0], "原发薪方式": prev[1], "billing_term": "",
                "付费周期": "", "bank_payments": bank, "代发方式": "平台代发" if bank == "platform" else "自行转账",
                "pension_provider": "", "first_seen_at": fmt(t0), "paid_at": "", "churned_at": "",
                "preferred_language": lang}
        customers.append(cust)

        # ---- website visits
        dev0 = "desktop" if rng.random() < 0.7 else "mobile"
        camp = {"google_ads": "payroll_software_" + ("uk" if country == "United Kingdom" else "au"),
                "social": "small_biz_payroll_video"}.get(ch, "")
        page0 = "pricing" if rng.random() < 0.3 else one_of(["home", "features", "payroll-" + (
            "uk" if country == "United Kingdom" else "au"), "blog"])
        ev(cid, t0, "tp_visit", action="view", device=dev0, channel=ch, page=page0, utm_campaign=camp)
        for _ in range(int(rng.poisson(0.9))):
            ev(cid, t0 + D(days=U(0.05, 30)), "tp_visit", action="view",
               device="desktop" if rng.random() < 0.7 else "mobile", channel="direct",
               page=one_of(["pricing", "features", "home", "help-centre"]))

        # ---- demo
        demo = None
        t_next = t0
        if rng.random() < p_demo * 0.7:
            td = t0 + D(days=U(0.02, 6))
            outcome = "no_show" if rng.random() < p_noshow else "attended"
            if ev(cid, td, "tp_demo", session_id=nid("dm", "DM"), action="booked", device=dev0,
                  demo_outcome=outcome, 演示结果="参加" if outcome == "attended" else "爽约",
                  sales_rep=one_of(REPS)):
                demo = outcome
                t_next = td + D(days=U(1, 5))
        pt = p_trial * (1.7 if demo == "attended" else 0.7 if demo == "no_show" else 1.0)
        if rng.random() >= min(pt, 0.95):
            continue
        t_trial = (t_next + D(days=U(0.05, 4))) if demo else (t0 + D(days=min(rng.exponential(3.0), 30)))
        t_trial = at_hour(t_trial, 7, 22)
        if t_trial <= t0:
            t_trial = t0 + D(hours=U(0.2, 3))
        tr = nid("tr", "TR")
        if not ev(cid, t_trial, "tp_trial", session_id=tr, action="company_created", device=dev0,
                  pay_frequency=freq, 发薪频率=FREQ[freq]):
            continue
        cust["signup_at"] = fmt(t_trial)
        cust["segment"] = "trial_lapsed"

        # ---- trial: import, first payroll, early tickets
        in_bug = lambda t: country == "Australia" and STP_BUG[0] <= t < STP_BUG[1]
        fp_state, last_fp, t_imp = "none", None, None
        if rng.random() < (0.80 if band == "1-4" else 0.87):
            t_imp = t_trial + D(days=min(rng.exponential(1.3), 20), hours=U(0.1, 2))
            method = "xero_import" if (ch == "xero_marketplace" and rng.random() < 0.7) else pick_list(
                [("csv", 0.45), ("manual", 0.45 if band == "1-4" else 0.25), ("xero_import", 0.15),
                 ("previous_provider_file", 0.15)])[0]
            if ev(cid, t_imp, "tp_employee_import", session_id=tr, action="imported", device="desktop",
                  import_method=method, employees_imported=employees):
                fp_state = "imported"
                if rng.random() < 0.80:
                    t_fp = weekday_after(at_hour(t_imp + D(days=1 + min(rng.exponential(4.0), 22)), 8, 19))
                    p_fail = 0.55 if in_bug(t_fp) else 0.08
                    sub_type = "RTI FPS" if country == "United Kingdom" else "STP"
                    if rng.random() < p_fail:
                        reason = "stp_rejected" if in_bug(t_fp) else pick_list(
                            [("stp_rejected" if country == "Australia" else "rti_rejected", 0.2),
                             ("missing_tax_code", 0.35), ("bank_details_invalid", 0.25), ("pay_calendar_error", 0.2)])[0]
                        if ev(cid, t_fp, "tp_first_payroll", session_id=tr, action="failed", device="desktop",
                              submission_type=sub_type, fail_reason=reason, 失败原因=FAIL_REASONS[reason],
                              employees_paid=employees):
                            fp_state, last_fp = "failed", t_fp
                            if rng.random() < (0.3 if in_bug(t_fp) else 0.7):
                                t_fp2 = weekday_after(t_fp + D(days=U(1, 6)))
                                if ev(cid, t_fp2, "tp_first_payroll", session_id=tr, action="completed",
                                      device="desktop", submission_type=sub_type, employees_paid=employees):
                                    fp_state, last_fp = "recovered", t_fp2
                            # the failed first pay run: an in-app survey or a ticket
                            if rng.random() < 0.4:
                                topic = "stp_reject" if reason == "stp_rejected" else (
                                    "rti_reject" if reason == "rti_rejected" else one_of(["tax_code", "neg"]))
                                fb(t_fp + D(hours=U(0.2, 6)), cid, "tp_first_payroll", "in_app_survey", topic, lang,
                                   rating=max(1, min(3, round(rng.normal(1.8, 0.7)))), survey_trigger="first_payroll")
                    else:
                        if ev(cid, t_fp, "tp_first_payroll", session_id=tr, action="completed", device="desktop",
                              submission_type=sub_type, employees_paid=employees):
                            fp_state, last_fp = "ok", t_fp
                            if rng.random() < 0.35:
                                topic = "easy_payroll" if rng.random() < 0.45 else "pos"
                                r = max(1, min(5, round(rng.normal(4.4, 0.6))))
                                fb(t_fp + D(hours=U(0.2, 6)), cid, "tp_first_payroll", "in_app_survey",
                                   topic if r >= 4 else "neu", lang, rating=r, survey_trigger="first_payroll")
        # trial-period tickets
        for _ in range(int(rng.poisson(0.35))):
            t_tk = weekday_after(at_hour(t_trial + D(days=U(0, 28)), 7, 19))
            cat = "tax_filing" if (in_bug(t_tk) and rng.random() < 0.6) else pick_list(
                [("employee_records", 0.35), ("payroll_calc", 0.2), ("tax_filing", 0.15), ("access", 0.15),
                 ("billing", 0.05), ("feature_request", 0.1)])[0]
            make_ticket(cid, t_tk, cat, country, lang, band, ev, fb, nid, in_trial=True, stp=in_bug(t_tk))

        # ---- paid conversion
        fp_f = {"ok": 1.0, "recovered": 0.7, "failed": 0.2, "imported": 0.1, "none": 0.04}[fp_state]
        if fp_state in ("recovered", "failed") and last_fp and in_bug(last_fp):
            fp_f *= 0.75    # a bug that is ours, in the trial: trust lost
        pp = min(0.95, p_paid * conv_m * (1.2 if demo == "attended" else 1.0) * fp_f)
        t_paid = None
        if rng.random() < pp:
            t_paid = t_trial + D(days=U(10, 33))
            if last_fp and t_paid <= last_fp:
                t_paid = last_fp + D(days=U(0.5, 4))
            t_paid = at_hour(t_paid, 8, 21)
            if t_paid > END:
                t_paid = None
        if t_paid is None:
            if t_trial > END - D(days=30):
                cust["segment"] = "trial"
            continue

        # ---- subscription
        sub = nid("sub", "SUB")
        tier = pick_list([("starter", tier_w[0]), ("standard", tier_w[1]), ("premium", tier_w[2])])[0]
        term = "annual" if rng.random() < (0.18 if band in ("1-4", "5-9") else 0.4) else "monthly"
        price = PRICE[country][tier] * (0.9 if term == "annual" else 1.0)
        ev(cid, t_paid, "tp_paid", session_id=sub, action="subscribed", device="desktop", plan_tier=tier,
           套餐=TIERS[tier], billing_term=term, 付费周期=TERMS[term], price_per_employee=round(price, 2),
           currency=cur, employees_paid=employees)
        cust.update({"tier": tier, "套餐等级": TIERS[tier], "billing_term": term, "付费周期": TERMS[term],
                     "paid_at": fmt(t_paid)})

        # add-ons
        t_pen = t_exp = None
        provider = ""
        pen_p90 = pen_p * (1.1 if country == "United Kingdom" else 0.8)
        if rng.random() < pen_p90:
            t_pen = t_paid + D(days=min(rng.exponential(25), 89), hours=U(0.1, 5))
        elif rng.random() < 0.12:
            t_pen = t_paid + D(days=U(95, 400))
        if t_pen:
            provider = pick_list(PENSION_PROVIDERS[country])[0]
        if rng.random() < exp_p:
            t_exp = t_paid + D(days=min(rng.exponential(20), 89), hours=U(0.1, 5))
        elif rng.random() < 0.05:
            t_exp = t_paid + D(days=U(95, 400))

        # life of the subscription, month by month: employees, churn, renewals
        month_emp = []
        cancel_t, cancel_reason = None, None
        emp = employees
        k = 0
        renew_k = 12
        while True:
            inv_t = add_months(t_paid, k)
            if inv_t > END:
                break
            if k > 0:
                grow = 0.10 if ind in ("healthcare", "tech") else 0.07
                if rng.random() < grow:
                    emp += 1 + (int(rng.integers(0, 3)) if emp > 20 else 0)
                if rng.random() < 0.05 and emp > 1:
                    emp -= 1
            sub_local = emp * price
            fee_applies = inv_t >= MIN_FEE_FROM and sub_local < MIN_FEE[country]
            month_emp.append((inv_t, emp, fee_applies))
            # churn decided for the month after this invoice
            nxt = add_months(t_paid, k + 1)
            if term == "monthly":
                h = 0.012 * churn_m * band_churn * (1.5 if fp_state == "recovered" else 1.0)
                fee_next = nxt >= MIN_FEE_FROM and emp * price < MIN_FEE[country]
                if fee_next and nxt < datetime(2026, 6, 1):
                    if rng.random() < 0.11:
                        cancel_reason = "minimum_fee"
                elif fee_next and rng.random() < 0.02:
                    cancel_reason = "minimum_fee"
                if cancel_reason is None and rng.random() < h:
                    cancel_reason = churn_reason(ind)
                if cancel_reason:
                    cancel_t = at_hour(nxt - D(days=U(1, 20)), 8, 22)
                    if cancel_t <= inv_t:
                        cancel_t = inv_t + D(hours=U(2, 30))
                    break
            else:
                if k + 1 == renew_k:
                    due = at_hour(nxt - D(days=30), 9, 10)
                    if due > END:
                        k += 1
                        continue
                    ev(cid, due, "tp_renewal_due", session_id=sub, action="notice_sent", plan_tier=tier,
                       套餐=TIERS[tier], billing_term=term, 付费周期=TERMS[term])
                    p_renew = 0.86 * (0.75 if ind == "hospitality" else 1.0) * (
                        0.6 if (nxt >= MIN_FEE_FROM and emp * price < MIN_FEE[country]) else 1.0)
                    if rng.random() < p_renew:
                        t_ren = at_hour(due + D(days=min(rng.exponential(9), 38)), 8, 21)
                        ev(cid, t_ren, "tp_renewal", session_id=sub, action="renewed", plan_tier=tier, 套餐=TIERS[tier],
                           billing_term=term, 付费周期=TERMS[term])
                        renew_k += 12
                    else:
                        cancel_reason = "minimum_fee" if (nxt >= MIN_FEE_FROM and emp * price < MIN_FEE[country]
                                                          and rng.random() < 0.7) else churn_reason(ind)
                        cancel_t = at_hour(nxt - D(days=U(0.5, 10)), 8, 22)
                        break
                elif rng.random() < 0.003:
                    cancel_reason = "business_closed"
                    cancel_t = at_hour(nxt - D(days=U(1, 20)), 8, 22)
                    if cancel_t <= inv_t:
                        cancel_t = inv_t + D(hours=U(2, 30))
                    break
            k += 1
        if cancel_t and cancel_t > END:
            cancel_t = None
        live_end = cancel_t or END
        if t_pen and t_pen >= live_end:
            t_pen = None
        if t_exp and t_exp >= live_end:
            t_exp = None
        if t_pen:
            ev(cid, t_pen, "tp_addon_pension", session_id=sub, action="activated", device="desktop", addon="pensions",
               增值模块="养老金模块", pension_provider=provider)
            cust["pension_provider"] = provider
        if t_exp:
            ev(cid, t_exp, "tp_addon_expenses", session_id=sub, action="activated",
               device="ios" if rng.random() < 0.55 else "android", addon="expenses", 增值模块="报销模块")
        cust["employees"] = month_emp[-1][1] if month_emp else employees
        if cancel_t:
            comp = one_of(COMPETITORS[country]) if cancel_reason == "switched_competitor" else ""
            ev(cid, cancel_t, "tp_cancel", session_id=sub, action="cancelled", plan_tier=tier, 套餐=TIERS[tier],
               billing_term=term, 付费周期=TERMS[term], churn_reason=cancel_reason,
               流失原因=CHURN_REASONS[cancel_reason], competitor=comp)
            cust["segment"], cust["churned_at"] = "churned", fmt(cancel_t)
            if rng.random() < 0.45:
                topic = {"minimum_fee": "min_fee", "too_expensive": "too_expensive", "business_closed": "closing",
                         "switched_competitor": "competitor", "moved_to_accountant": "moved_accountant",
                         "missing_feature": "missing_feature", "payroll_errors": "tax_code",
                         "poor_support": "slow_email", "payment_failed": "direct_debit"}[cancel_reason]
                fb(cancel_t + D(hours=U(0.1, 30)), cid, "tp_cancel", "churn_survey", topic, lang,
                   churn_reason=cancel_reason, 流失原因=CHURN_REASONS[cancel_reason])
        else:
            cust["segment"] = "new" if t_paid >= datetime(2026, 5, 1) else "active"

        # ---- invoices
        n_inv = len(month_emp)
        for j, (inv_t, e_n, fee_applies) in enumerate(month_emp):
            if cancel_t and inv_t >= cancel_t:
                break
            t_i = inv_t.replace(hour=6, minute=0, second=0) + D(minutes=int(U(0, 50)))
            if t_i < t_paid:
                t_i = t_paid + D(minutes=5)
            last = (j == n_inv - 1) or (cancel_t is not None and j + 1 < n_inv and month_emp[j + 1][0] >= cancel_t)
            status = "paid"
            if cancel_reason == "payment_failed" and last:
                status = "cancelled"
            elif rng.random() < 0.012:
                status = "cancelled"
            elif rng.random() < 0.009:
                status = "refunded"
            sub_local = e_n * price
            if fee_applies:
                sub_local = MIN_FEE[country]
            lines = [("subscription", sub_local, e_n, round(price, 2))]
            if t_pen and t_pen <= t_i:
                p = ADDON_PRICE[country]["pension"]
                lines.append(("pension_addon", e_n * p, e_n, p))
            if t_exp and t_exp <= t_i:
                users = max(1, round(e_n * 0.4))
                p = ADDON_PRICE[country]["expenses"]
                lines.append(("expenses_addon", users * p, users, p))
            for otype, local, qty, unit in lines:
                orders.append({"order_id": nid("inv", "INV", 6), "customer_id": cid, "ts": fmt(t_i),
                               "amount": round(local * FX[cur], 2), "status": status,
                               "channel": "accountant_billing" if ch == "accountant_referral" and rng.random() < 0.5
                               else "direct_debit" if rng.random() < 0.8 else "card",
                               "invoice_month": t_i.strftime("%Y-%m"), "subscription_id": sub, "order_type": otype,
                               "订单类型": OTYPE[otype], "plan_tier": tier, "套餐": TIERS[tier],
                               "billing_term": term, "付费周期": TERMS[term], "employees_billed": qty,
                               "price_per_employee": unit, "min_fee_applied": bool(fee_applies and otype == "subscription"),
                               "currency": cur, "amount_local": round(local, 2), "country": country})
            if status == "refunded" and rng.random() < 0.5:
                fb(t_i + D(days=U(1, 10)), cid, "tp_paid", "support_ticket", "billing_error", lang,
                   ticket_category="billing", 工单类型=TICKET_CATS["billing"][0])

        # ---- payroll runs
        step = {"weekly": 7, "fortnightly": 14, "monthly": None}[freq]
        t_run = t_paid + D(days=1)
        if step:
            t_run = t_run + D(days=(3 - t_run.weekday()) % 7)   # Thursdays
        else:
            t_run = t_run.replace(day=25) if t_run.day <= 25 else add_months(t_run, 1).replace(day=25)
        emp_idx = 0
        while t_run < live_end:
            while emp_idx + 1 < len(month_emp) and month_emp[emp_idx + 1][0] <= t_run:
                emp_idx += 1
            e_n = month_emp[emp_idx][1] if month_emp else employees
            rt = at_hour(t_run, 9, 17)
            rej = rng.random() < (0.17 if in_bug(rt) else 0.01)
            weeks = (step or 30.4) / 7
            gross = e_n * wage * weeks * U(0.85, 1.15) / FX[cur]
            delayed = (country == "United Kingdom" and bank == "platform"
                       and datetime(2026, 1, 26) <= rt < datetime(2026, 1, 31))
            ev(cid, rt, "tp_payroll_run", session_id=sub, action="run_completed", device="desktop",
               pay_frequency=freq, 发薪频率=FREQ[freq], submission_type="RTI FPS" if country == "United Kingdom"
               else "STP", submission_status="rejected" if rej else "accepted", 申报状态="被拒" if rej else "已接受",
               employees_paid=e_n, gross_pay_local=round(gross, 2), currency=cur,
               bank_payment_status=("delayed" if delayed else "on_time") if bank == "platform" else "",
               代发状态=("延迟" if delayed else "按时") if bank == "platform" else "")
            if rej and rng.random() < 0.25:
                fb(rt + D(hours=U(0.5, 20)), cid, "tp_payroll_run", "support_ticket",
                   "stp_reject" if country == "Australia" else "rti_reject", lang, ticket_category="tax_filing",
                   工单类型=TICKET_CATS["tax_filing"][0])
            if step:
                t_run += D(days=step)
            else:
                t_run = add_months(t_run, 1).replace(day=25)

        # ---- support tickets while subscribed
        m = 0
        while True:
            ms = add_months(t_paid, m)
            if ms >= live_end:
                break
            me = min(add_months(t_paid, m + 1), live_end)
            lam = tk_rate
            n = int(rng.poisson(lam))
            cats = []
            for _ in range(n):
                cats.append(None)
            # seasonal / incident extras
            mid = ms + (me - ms) / 2
            if country == "United Kingdom" and t_pen and provider == "NEST" and NEST_ISSUE[0] <= mid < NEST_ISSUE[1]:
                cats += ["pensions"] * int(rng.poisson(0.9))
            if country == "United Kingdom" and mid.month == 4:
                cats += ["year_end"] * int(rng.poisson(0.55))
            if country == "Australia" and mid.month == 7:
                cats += ["year_end"] * int(rng.poisson(0.9 if mid.year == 2025 else 0.4))
            if in_bug(mid):
                cats += ["tax_filing"] * int(rng.poisson(0.5))
            for cat in cats:
                t_tk = weekday_after(at_hour(ms + D(seconds=U(0, (me - ms).total_seconds())), 7, 19))
                if t_tk >= live_end:
                    continue
                if cat is None:
                    w = [(c, v[1]) for c, v in TICKET_CATS.items()]
                    cat = pick_list(w)[0]
                    if cat == "pensions" and not (t_pen and t_pen <= t_tk):
                        cat = "payroll_calc"
                make_ticket(cid, t_tk, cat, country, lang, band, ev, fb, nid, stp=in_bug(t_tk),
                            nest=(provider == "NEST" and NEST_ISSUE[0] <= t_tk < NEST_ISSUE[1]),
                            min_fee=any(f for (it, _, f) in month_emp if it <= t_tk and it > t_tk - D(days=31)),
                            provider=provider if cat == "pensions" else "")
            m += 1
        # BACS incident: UK companies whose staff are paid through us on Friday 30 Jan 2026
        if (country == "United Kingdom" and bank == "platform" and freq in ("weekly", "monthly")
                and t_paid < BACS_DAY and live_end > BACS_DAY and rng.random() < 0.5):
            make_ticket(cid, at_hour(BACS_DAY, 7.5, 17), "bank_payments", country, lang, band, ev, fb, nid,
                        bacs=True)

        # ---- year-end filings
        for yr in (2025, 2026):
            if country == "United Kingdom":
                ye, t_start = datetime(yr, 4, 5, 23), datetime(yr, 4, 6) + D(days=min(rng.exponential(6), 40))
                med, sig, p_done = 1.8, 0.7, 0.97
                ftype, fzh, tax_year = "final FPS and P60s", "年末FPS与P60", f"{yr - 1}-{str(yr)[2:]}"
            else:
                ye, t_start = datetime(yr, 6, 30, 23), datetime(yr, 7, 1) + D(days=min(rng.exponential(5), 24))
                med, sig, p_done = (8.5, 0.55, 0.92) if yr == 2025 else (2.3, 0.6, 0.97)
                ftype, fzh, tax_year = "STP finalisation", "STP年终确认", f"{yr - 1}-{str(yr)[2:]}"
            if not (t_paid < ye and live_end > ye + D(days=1)):
                continue
            t_start = weekday_after(at_hour(t_start, 8, 20))
            if t_start >= live_end:
                continue
            ye_id = nid("ye", "YE")
            ev(cid, t_start, "tp_year_end_start", session_id=ye_id, action="started", device="desktop",
               tax_year=tax_year, filing_type=ftype, 申报类型=fzh)
            if rng.random() < p_done:
                t_done = t_start + D(days=lognorm(med, sig))
                if t_done < live_end and ev(cid, t_done, "tp_year_end_filed", session_id=ye_id, action="filed",
                                            device="desktop", tax_year=tax_year, filing_type=ftype, 申报类型=fzh):
                    if rng.random() < 0.3:
                        if country == "Australia" and yr == 2025:
                            r = max(1, min(5, round(rng.normal(2.5, 0.9))))
                            topic = "eofy_slow" if (r <= 3 and rng.random() < 0.65) else ("neu" if r <= 3 else "pos")
                        else:
                            r = max(1, min(5, round(rng.normal(4.3, 0.7))))
                            topic = "year_end_ok" if (r >= 4 and rng.random() < 0.4) else ("pos" if r >= 4 else "neu")
                        fb(t_done + D(hours=U(0.1, 8)), cid, "tp_year_end_filed", "in_app_survey", topic, lang,
                           rating=r, survey_trigger="year_end")

        # ---- quarterly in-app pulse survey
        q = datetime(2024, 10, 1)
        while q < live_end:
            if q > t_paid + D(days=20) and rng.random() < 0.1:
                t_s = at_hour(q + D(days=U(0, 25)), 8, 21)
                if t_s < live_end:
                    fee_now = any(f for (it, _, f) in month_emp if it <= t_s and it > t_s - D(days=31))
                    nest_now = provider == "NEST" and t_pen and t_pen < t_s and NEST_ISSUE[0] <= t_s < NEST_ISSUE[1]
                    if fee_now:
                        r = max(1, min(5, round(rng.normal(2.6, 0.9))))
                        topic, tp = ("min_fee", "tp_paid") if rng.random() < 0.6 else ("neg" if r <= 2 else "neu",
                                                                                       "tp_paid")
                    elif nest_now:
                        r = max(1, min(5, round(rng.normal(1.9, 0.8))))
                        topic, tp = ("pension_sync", "tp_addon_pension") if rng.random() < 0.6 else (
                            "neg" if r <= 2 else "neu", "tp_addon_pension")
                    else:
                        r = max(1, min(5, round(rng.normal(4.0, 0.85))))
                        if r >= 4:
                            topic = pick_list([("easy_payroll", 0.35), ("pos", 0.65)])[0]
                        elif r == 3:
                            topic = pick_list([("missing_feature", 0.35), ("payslip", 0.15), ("neu", 0.5)])[0]
                        else:
                            topic = pick_list([("holiday_pay", 0.35), ("payslip", 0.2), ("too_expensive", 0.2),
                                               ("neg", 0.25)])[0]
                        tp = TOPIC_TP.get(topic) or "tp_payroll_run"
                    fb(t_s, cid, tp, "in_app_survey", topic, lang, rating=r, survey_trigger="quarterly_pulse")
            q = add_months(q, 3)

    # ---- review sites (Trustpilot / Capterra), about half undated, some anonymous
    paid_c = [c for c in customers if c["paid_at"]]
    for _ in range(300):
        c = paid_c[int(rng.integers(len(paid_c)))]
        t_lo = datetime.strptime(c["paid_at"], "%Y-%m-%d %H:%M:%S") + D(days=10)
        t_hi = datetime.strptime(c["churned_at"], "%Y-%m-%d %H:%M:%S") + D(days=20) if c["churned_at"] else END
        if t_lo >= t_hi:
            continue
        t_r = at_hour(t_lo + D(seconds=U(0, (t_hi - t_lo).total_seconds())), 7, 23)
        if t_r > END:
            t_r = END - D(hours=U(1, 100))
        small_fee = c["employee_band"] == "1-4" and t_r >= MIN_FEE_FROM
        if c["segment"] == "churned" or small_fee:
            r = max(1, min(5, round(rng.normal(2.0, 1.0))))
        else:
            r = max(1, min(5, round(rng.normal(4.2, 0.9))))
        if r >= 4:
            topic = pick_list([("easy_payroll", 0.3), ("great_support", 0.25), ("pos", 0.45)])[0]
        elif r == 3:
            topic = pick_list([("missing_feature", 0.4), ("neu", 0.6)])[0]
        else:
            opts = [("slow_email", 0.25), ("too_expensive", 0.2), ("neg", 0.35)]
            if small_fee:
                opts.append(("min_fee", 0.8))
            if c["country"] == "Australia" and t_r < datetime(2025, 12, 1) and t_r > STP_BUG[0]:
                opts.append(("stp_reject", 0.6))
            topic = pick_list(opts)[0]
        anon = rng.random() < 0.2
        tp = "tp_review"
        if topic == "stp_reject":
            tp = "tp_payroll_run"
        fb(None if rng.random() < 0.5 else t_r, "" if anon else c["customer_id"], tp, "review_site", topic,
           c["preferred_language"], rating=r, review_platform="Trustpilot" if rng.random() < 0.6 else "Capterra")

    write(out, events, orders, feedback, customers)


def churn_reason(ind):
    w = dict(CHURN_W)
    if ind == "hospitality":
        w["business_closed"] *= 3.0
    return pick_list([(k, v) for k, v in w.items()])[0]


def make_ticket(cid, t, cat, country, lang, band, ev, fb, nid, in_trial=False, stp=False, nest=False, bacs=False,
                min_fee=False, provider=""):
    chan = "chat" if bacs and rng.random() < 0.6 else pick_list([(k, v[1]) for k, v in SUPPORT_CH.items()])[0]
    czh, _, fr_med, res_med = SUPPORT_CH[chan]
    prio = "urgent" if bacs or (cat in ("tax_filing", "bank_payments") and rng.random() < 0.4) else (
        "high" if rng.random() < 0.2 else "normal")
    first_resp = lognorm(fr_med * (12 if bacs and chan != "email" else 1.0), 0.6)
    mult = {"pensions": 3.0 if nest else 1.8, "tax_filing": 1.8, "year_end": 1.5, "bank_payments": 1.2}.get(cat, 1.0)
    if bacs:
        mult = 5.0
    res_h = lognorm(res_med * mult * (0.6 if prio == "urgent" else 1.0), 0.7) + first_resp / 60
    tk = nid("tk", "TK")
    tzh = TICKET_CATS[cat][0]
    extra = {"pension_provider": provider} if provider else {}
    if not ev(cid, t, "tp_ticket", session_id=tk, action="opened", device="desktop", ticket_category=cat, 工单类型=tzh,
              support_channel=chan, 支持渠道=czh, priority=prio, first_response_minutes=round(first_resp, 1), **extra):
        return
    # the customer's description, for about half of the tickets
    if rng.random() < (0.6 if bacs else 0.2):
        if cat == "tax_filing":
            topic = "stp_reject" if (stp or (country == "Australia" and rng.random() < 0.15)) else (
                "rti_reject" if country == "United Kingdom" else "neu")
        elif cat == "pensions":
            topic = "pension_sync" if nest else "pension_setup"
        elif cat == "bank_payments":
            topic = "paid_late" if bacs else "bank_details"
        elif cat == "employee_records":
            topic = "csv_import" if in_trial else "employee_record"
        elif cat == "payslips":
            topic = "payslip"
        elif cat == "leave_holiday":
            topic = "holiday_pay"
        elif cat == "billing":
            topic = "min_fee" if min_fee else ("billing_error" if rng.random() < 0.6 else "neu")
        elif cat == "access":
            topic = "locked_out"
        elif cat == "payroll_calc":
            topic = "tax_code" if rng.random() < 0.5 else "neu"
        elif cat == "feature_request":
            topic = "missing_feature"
        elif cat == "year_end":
            topic = "eofy_slow" if (country == "Australia" and t.year == 2025) else "neu"
        else:
            topic = "neu"
        tp = TOPIC_TP.get(topic) or "tp_ticket"
        if topic == "stp_reject":
            tp = "tp_first_payroll" if in_trial else "tp_payroll_run"
        if topic == "missing_feature" or topic == "neu":
            tp = "tp_ticket"
        if topic == "eofy_slow":
            tp = "tp_year_end_start"
        fb(t + D(minutes=1), cid, tp, "support_ticket", topic, lang, ticket_id=tk, ticket_category=cat, 工单类型=tzh,
           support_channel=chan, 支持渠道=czh)
    if rng.random() < 0.965:
        t_res = t + D(hours=res_h)
        if ev(cid, t_res, "tp_ticket_resolved", session_id=tk, action="resolved", ticket_category=cat, 工单类型=tzh,
              support_channel=chan, 支持渠道=czh,
              resolution_code=pick_list([("answered", 0.5), ("fixed", 0.3), ("workaround", 0.12), ("bug_logged", 0.08)])[0]):
            if rng.random() < 0.2:
                pen = {"pensions": 1.5 if nest else 0.9, "bank_payments": 1.5 if bacs else 0.2,
                       "tax_filing": 0.5 if stp else 0.2}.get(cat, 0.0) + (0.35 if chan == "email" else 0.0)
                r = 4.5 - 0.45 * math.log(max(res_h, 0.2) / 1.5) - pen + rng.normal(0, 0.7)
                r = int(max(1, min(5, round(r))))
                if r >= 4:
                    topic = "great_support" if rng.random() < 0.4 else "pos"
                elif r == 3:
                    topic = "neu"
                else:
                    if chan == "email" and res_h > 24 and rng.random() < 0.6:
                        topic = "slow_email"
                    elif cat == "pensions" and nest and rng.random() < 0.5:
                        topic = "pension_sync"
                    elif bacs and rng.random() < 0.5:
                        topic = "paid_late"
                    else:
                        topic = "neg"
                tp = "tp_ticket_resolved" if topic in ("great_support", "slow_email", "pos", "neu", "neg") else \
                    TOPIC_TP[topic]
                fb(t_res + D(minutes=U(5, 600)), cid, tp, "ticket_csat", topic, lang, rating=r, ticket_id=tk,
                   ticket_category=cat, 工单类型=tzh, support_channel=chan, 支持渠道=czh)


# ---------------------------------------------------------------- output
def write(out: Path, events, orders, feedback, customers) -> None:
    def dump(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({c: r.get(c, "") for c in cols})

    dump("touchpoints", [dict(touchpoint_id=t[0], name=t[2], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                              kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
         ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=en, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    dump("journeys", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                             "touchpoint_id", "window_days"])
    for c in customers:
        c["客户状态"] = SEGMENTS[c["segment"]]
    dump("customers", customers, list(customers[0].keys()))
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    # the pipeline re-sent a few events (exact duplicates)
    dup_idx = rng.choice(len(events), 30, replace=False)
    events = events + [events[i] for i in sorted(dup_idx)]
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "page",
             "utm_campaign", "demo_outcome", "演示结果", "sales_rep", "import_method", "employees_imported",
             "pay_frequency", "发薪频率", "submission_type", "submission_status", "申报状态", "fail_reason", "失败原因",
             "employees_paid", "gross_pay_local", "currency", "bank_payment_status", "代发状态", "plan_tier", "套餐",
             "billing_term", "付费周期", "price_per_employee", "addon", "增值模块", "pension_provider",
             "ticket_category", "工单类型", "support_channel", "支持渠道", "priority", "first_response_minutes",
             "resolution_code", "tax_year", "filing_type", "申报类型", "churn_reason", "流失原因", "competitor"]
    dump("events", events, ecols)
    dump("orders", orders, list(orders[0].keys()))
    # customer attributes on feedback rows
    cmap = {c["customer_id"]: c for c in customers}
    for f in feedback:
        c = cmap.get(f["customer_id"])
        if c:
            f.update({"plan_tier": c["tier"], "套餐": c["套餐等级"], "industry": c["industry"], "行业": c["行业"],
                      "country": c["country"], "国家": c["国家"], "employee_band": c["employee_band"],
                      "员工规模": c["员工规模"]})
    fcols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "language",
             "survey_trigger", "ticket_id", "ticket_category", "工单类型", "support_channel", "支持渠道",
             "review_platform", "churn_reason", "流失原因", "plan_tier", "套餐", "industry", "行业", "country", "国家",
             "employee_band", "员工规模"]
    dump("feedback", feedback, fcols)
    with open(out / "_truth" / "feedback_truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["feedback_id", "topics", "sentiment"])
        for r in feedback:
            w.writerow([r["feedback_id"], r["_topic"], r["_sent"]])
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "payrollsaas_data"))
