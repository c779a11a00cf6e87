"""悦康职场 ThriveWork Wellbeing: a corporate wellness platform sold to employers and used by their employees in
four Chinese cities (上海, 北京, 深圳, 成都) and four English-speaking ones (Singapore, Sydney, London, Toronto)
(synthetic, written blind).

Employer side (customer = the employer account, the HR admin acts for it): an employer comes in as a lead (HR peer
referral HR同行推荐, a website demo request 官网预约演示, a webinar, social ads (LinkedIn / 微信广告 / 脉脉), an HR
expo HR展会, a benefits broker 福利经纪人), sales runs a product demo (产品演示, sometimes a no-show and a
reschedule), the employer runs a 30-day pilot (试点试用) and signs a 12-month contract (签约; plan essentials /
plus / premium, a number of covered seats, a per-employee-per-month price PEPM in USD, a setup fee). The roster
is synced monthly from the HRIS (北森 Beisen, Moka, Workday, BambooHR) or uploaded by HR (manual_csv). Each month
the platform issues an invoice (月度账单 = billed headcount x PEPM, minimum USD 250); HR may dispute it and a
corrected invoice is reissued. At the anniversary the employer renews or churns (续约 / 流失, with a reason).
Employers buy add-ons (onsite health days, flu vaccination drives, EAP counselling packs, check-up upgrades,
health talks).

Employee side (customer = the employee): HR launches the programme and employees are invited (员工邀请: email,
SMS, 企业微信 WeCom, or a QR code at an onsite launch; reminders after 7 days), log in (登录验证: SSO / SMS code /
email link; success or failed), activate the app (App激活), fill in the health risk assessment (健康问卷,
risk level), book the annual health check at a partner clinic (体检预约; plus and premium plans), attend it
(到院体检: attended / no_show / clinic_cancelled), get the report (体检报告, turnaround days, abnormal items),
book and attend coaching sessions (教练预约 -> 教练咨询: mental health / EAP, nutrition, fitness, sleep, chronic
care; completed / no_show / coach_cancelled / employee_cancelled) and join wellness challenges (健康挑战:
joined / completed). Employees leave their employer over time.

Data 2025-01-01 .. 2026-07-31 (CRM + app + billing extract taken 2026-08-06), naive local times of each city.
Money (orders.amount) is USD, the group's reporting currency; currency + amount_local keep what was invoiced
(fixed group rates per USD: CNY 7.18, SGD 1.34, AUD 1.52, GBP 0.78, CAD 1.37).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV per DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topics and sentiment of each comment; not a DATA.md table).
Seed 20260806, numpy + stdlib.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260806
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
EXTRACT = datetime(2026, 8, 6)
SSO_BUG = (datetime(2025, 11, 3, 9), datetime(2025, 11, 27, 18))   # app 5.0: Android login broken until hotfix 5.0.2
HOTFIX = datetime(2025, 11, 27, 18)
RUIKANG_LAB = datetime(2025, 5, 1)                                 # Ruikang outsourced its lab -> slow reports
REACTIVATION = datetime(2025, 11, 4)                               # CS re-invites never-activated staff
BILLING_V2 = datetime(2026, 2, 1)                                  # billing engine v2: HRIS leavers still billed

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_lead", "企业线索", "Employer lead", "awareness", "other", "digital", "marketing",
     "线索|商机|询盘|留资|预约演示|lead|enquiry|inquiry|prospect|demo request"),
    ("tp_demo", "产品演示", "Product demo", "consideration", "other", "digital", "sales",
     "演示|产品介绍|讲解|demo|product demo|walkthrough|pitch"),
    ("tp_trial", "试点试用", "Pilot trial", "consideration", "web", "digital", "sales",
     "试用|试点|POC|pilot|trial|free trial|proof of concept"),
    ("tp_contract", "签约", "Contract signed", "purchase", "other", "digital", "sales",
     "签合同|成交|合同|新签|contract|signed|deal|closed won|new business"),
    ("tp_roster_sync", "员工名单同步", "Roster sync", "service", "web", "digital", "implementation",
     "名单导入|花名册|HRIS同步|员工名单|roster|roster upload|HRIS sync|census file|eligibility file"),
    ("tp_invite", "员工邀请", "Employee invitation", "awareness", "email", "digital", "customer_success",
     "邀请|邀请函|开通邀请|邀请短信|invite|invitation|invite email|welcome email"),
    ("tp_login", "登录验证", "Login & verification", "consideration", "app", "digital", "product",
     "登录|验证码|单点登录|SSO|login|sign-in|log in|verification code"),
    ("tp_activation", "App激活", "App activation", "consideration", "app", "digital", "product",
     "激活|开通账号|注册|activation|activate|account set-up|onboarding"),
    ("tp_hra", "健康问卷", "Health risk assessment", "service", "app", "digital", "clinical",
     "健康评估|健康风险评估|问卷|HRA|health questionnaire|health risk assessment|wellbeing survey"),
    ("tp_checkup_booking", "体检预约", "Health check booking", "purchase", "app", "digital", "clinic_partnerships",
     "预约体检|约体检|体检排期|checkup booking|health check booking|appointment booking"),
    ("tp_health_check", "到院体检", "Health check visit", "service", "store", "physical", "clinic_partnerships",
     "体检|年度体检|去体检|到检|health check|checkup|medical|screening"),
    ("tp_checkup_report", "体检报告", "Health check report", "service", "app", "digital", "clinic_partnerships",
     "报告|出报告|体检结果|report|results|health report|test results"),
    ("tp_coaching_booking", "教练预约", "Coaching booking", "service", "app", "digital", "coaching",
     "约教练|预约咨询|心理咨询预约|coaching booking|book a coach|counselling booking"),
    ("tp_coaching_session", "教练咨询", "Coaching session", "service", "phone", "digital", "coaching",
     "健康教练|心理咨询|EAP|营养咨询|coaching|coaching session|counselling|EAP session|health coach"),
    ("tp_challenge", "健康挑战", "Wellness challenge", "loyalty", "app", "digital", "engagement",
     "挑战|健步走|打卡|步数挑战|challenge|step challenge|wellness challenge|leaderboard"),
    ("tp_invoice", "月度账单", "Monthly invoice", "service", "email", "digital", "finance",
     "账单|发票|月结|对账|invoice|bill|billing|monthly invoice|statement"),
    ("tp_renewal", "续约", "Contract renewal", "loyalty", "other", "digital", "account_management",
     "续签|续费|到期续约|流失|不续约|renewal|renew|churn|non-renewal"),
]
TP_IDS = [t[0] for t in TOUCHPOINTS]

JOURNEYS = [  # id, zh, en, window, steps
    ("employer_sales", "企业签约", "Employer sales", 90, ["tp_lead", "tp_demo", "tp_trial", "tp_contract"]),
    ("employee_activation", "员工激活", "Employee activation", 30,
     ["tp_invite", "tp_login", "tp_activation", "tp_hra"]),
    ("health_check", "年度体检", "Annual health check", 45,
     ["tp_checkup_booking", "tp_health_check", "tp_checkup_report"]),
    ("coaching", "健康教练", "Coaching", 14, ["tp_coaching_booking", "tp_coaching_session"]),
]

CITIES = {  # code: en, zh, market, lang, currency, fx, lead weight
    "SH": ("Shanghai", "上海", "China", "zh", "CNY", 7.18, 0.19),
    "BJ": ("Beijing", "北京", "China", "zh", "CNY", 7.18, 0.14),
    "SZ": ("Shenzhen", "深圳", "China", "zh", "CNY", 7.18, 0.13),
    "CD": ("Chengdu", "成都", "China", "zh", "CNY", 7.18, 0.08),
    "SG": ("Singapore", "新加坡", "Singapore", "en", "SGD", 1.34, 0.12),
    "SYD": ("Sydney", "悉尼", "Australia", "en", "AUD", 1.52, 0.13),
    "LDN": ("London", "伦敦", "UK", "en", "GBP", 0.78, 0.12),
    "TOR": ("Toronto", "多伦多", "Canada", "en", "CAD", 1.37, 0.09),
}
CITY_CODES = list(CITIES)
CLINICS = {
    "SH": [("Anjian Health", "安健体检"), ("Kangning Health", "康宁体检")],
    "BJ": [("Ruikang Health", "瑞康体检"), ("Anjian Health", "安健体检")],
    "SZ": [("Kangning Health", "康宁体检"), ("Ruikang Health", "瑞康体检")],
    "CD": [("Ruikang Health", "瑞康体检")],
    "SG": [("Meridian Health", "美瑞健康"), ("ClearView Diagnostics", "清视诊断")],
    "SYD": [("Meridian Health", "美瑞健康"), ("Harbour Medical", "港湾医疗")],
    "LDN": [("ClearView Diagnostics", "清视诊断")],
    "TOR": [("Harbour Medical", "港湾医疗"), ("ClearView Diagnostics", "清视诊断")],
}
INDUSTRIES = [("tech", "科技互联网", .25), ("finance", "金融", .17), ("manufacturing", "制造业", .15),
              ("retail", "零售", .14), ("professional_services", "专业服务", .14), ("logistics", "物流", .09),
              ("healthcare", "医疗健康", .06)]
IND_ZH = {a: b for a, b, _ in INDUSTRIES}
SOURCES = [("hr_referral", "HR同行推荐", .15), ("website_demo", "官网预约演示", .31), ("webinar", "线上研讨会", .14),
           ("social_ads", "社交媒体广告", .19), ("benefits_broker", "福利经纪人", .08)]
SRC_ZH = {a: b for a, b, _ in SOURCES} | {"hr_expo": "HR展会"}
P_DEMO = dict(hr_referral=.82, website_demo=.66, webinar=.48, social_ads=.44, hr_expo=.26, benefits_broker=.72)
P_TRIAL = dict(hr_referral=.76, website_demo=.56, webinar=.50, social_ads=.47, hr_expo=.40, benefits_broker=.66)
P_SIGN = dict(hr_referral=.72, website_demo=.62, webinar=.56, social_ads=.55, hr_expo=.38, benefits_broker=.66)
EXPOS = [  # date, city, name
    (datetime(2025, 3, 19), "SYD", "HR Summit Sydney 2025"), (datetime(2025, 4, 17), "SH", "中国HR创新峰会 2025"),
    (datetime(2025, 5, 14), "SG", "HR Tech Asia 2025"), (datetime(2025, 6, 11), "LDN", "CIPD Festival of Work 2025"),
    (datetime(2025, 9, 18), "BJ", "北京HR年度峰会 2025"), (datetime(2025, 10, 8), "TOR", "HRTech Summit Toronto 2025"),
    (datetime(2025, 11, 20), "SZ", "大湾区HR论坛 2025"), (datetime(2026, 3, 18), "SYD", "HR Summit Sydney 2026"),
    (datetime(2026, 4, 16), "SH", "中国HR创新峰会 2026"), (datetime(2026, 5, 13), "SG", "HR Tech Asia 2026"),
    (datetime(2026, 6, 10), "LDN", "CIPD Festival of Work 2026"),
]
PLANS = [("essentials", 5.5, 1200, .35), ("plus", 9.0, 2500, .45), ("premium", 14.0, 5000, .20)]
PLAN_ZH = {"essentials": "基础版", "plus": "进阶版", "premium": "尊享版"}
AMS = {"China": ["张婷", "李强", "吴磊"], "Singapore": ["Rachel Tan"], "Australia": ["James Wilson"],
       "UK": ["Emily Clarke"], "Canada": ["Ryan Patel"]}
DEPTS = [("sales", "销售"), ("engineering", "研发"), ("operations", "运营"), ("corporate_functions", "职能"),
         ("production", "生产"), ("customer_service", "客服")]
COACHES = {  # (lang, type) -> [(coach, mean rating, cancel prob)]
    ("zh", "mental_health"): [("林晓雯", 4.9, .03), ("周敏", 4.0, .04)],
    ("zh", "nutrition"): [("陈思远", 4.0, .04)], ("zh", "fitness"): [("王佳怡", 3.95, .04)],
    ("zh", "sleep"): [("刘洋", 3.95, .04)], ("zh", "chronic_care"): [("赵立", 4.0, .03)],
    ("en", "mental_health"): [("Hannah Brooks", 4.3, .03), ("Daniel Okafor", 4.0, .04)],
    ("en", "nutrition"): [("Priya Nair", 4.1, .04)], ("en", "fitness"): [("Tom Gallagher", 3.5, .20)],
    ("en", "sleep"): [("Olivia Chen", 4.0, .04)], ("en", "chronic_care"): [("Marcus Lee", 3.9, .03)],
}
SESSION_TYPES = [("mental_health", "心理咨询", .38), ("nutrition", "营养咨询", .20), ("fitness", "运动指导", .17),
                 ("sleep", "睡眠改善", .15), ("chronic_care", "慢病管理", .10)]
ST_ZH = {a: b for a, b, _ in SESSION_TYPES}
CHALLENGES = [  # id, en, zh, start, end, kind, join prob
    ("CH2503", "Spring Steps 2025", "2025春季健步走", datetime(2025, 3, 10), datetime(2025, 4, 6), "steps", .22),
    ("CH2506", "Hydration Month", "喝水打卡月", datetime(2025, 6, 2), datetime(2025, 6, 29), "habit", .14),
    ("CH2509", "Sleep Well September", "九月睡眠挑战", datetime(2025, 9, 1), datetime(2025, 9, 28), "sleep", .16),
    ("CH2511", "Move More November", "十一月运动挑战", datetime(2025, 11, 3), datetime(2025, 11, 30), "activity", .18),
    ("CH2601", "New Year Reset", "新年重启计划", datetime(2026, 1, 5), datetime(2026, 2, 1), "habit", .20),
    ("CH2604", "Spring Steps 2026", "2026春季健步走", datetime(2026, 4, 6), datetime(2026, 5, 3), "steps", .41),
    ("CH2607", "Summer Stretch", "夏日拉伸挑战", datetime(2026, 7, 1), datetime(2026, 7, 26), "habit", .15),
]
ADDONS = [("onsite_health_day", "线下健康日", .30), ("flu_vaccination", "流感疫苗接种", .20),
          ("eap_pack", "心理援助包", .20), ("checkup_upgrade", "体检套餐升级", .15), ("health_talk", "健康讲座", .15)]
ADDON_ZH = {a: b for a, b, _ in ADDONS}
CHURN_ZH = {"low_engagement": "员工参与度低", "budget_cut": "预算削减", "switched_provider": "换了供应商",
            "restructuring": "公司架构调整", "billing_issues": "账单问题"}
DISPUTE_ZH = {"leavers_billed": "离职员工仍计费", "rate_mismatch": "单价不符", "duplicate_invoice": "重复开票"}
RISK_ZH = {"low": "低", "moderate": "中", "high": "高"}
PKG_ZH = {"basic": "基础套餐", "advanced": "进阶套餐", "executive": "高管套餐"}
ORDER_ZH = {"contract": "签约费", "monthly_invoice": "月度账单", "add_on": "增值服务"}
CTYPE_ZH = {"employer": "企业", "employee": "员工"}

ZH_B1 = list("华恒启远优嘉博星云瑞德鼎中汇天盛新锦联翔青泰明卓安宏金海")
ZH_B2 = list("创信明航品禾远辰帆达润盛和通择越程拓宇泽峰源智诚")
ZH_SUFFIX = {"tech": "科技有限公司", "finance": "投资管理有限公司", "manufacturing": "精密制造有限公司",
             "retail": "商贸连锁有限公司", "professional_services": "咨询有限公司", "logistics": "供应链管理有限公司",
             "healthcare": "医疗器械有限公司"}
EN_B1 = ["North", "Blue", "Silver", "Red", "Harbour", "Kestrel", "Maple", "Iron", "Lake", "Crescent", "Summit",
         "Bright", "Oak", "West", "Pine", "Coast", "Granite", "Ever", "Horizon", "River", "Fair", "Copper"]
EN_B2 = ["bridge", "water", "line", "gate", "view", "field", "ridge", "wood", "side", "path", "crest", "brook",
         "point", "stone"]
EN_SUFFIX = {"tech": "Software", "finance": "Capital", "manufacturing": "Industries", "retail": "Retail Group",
             "professional_services": "Advisory", "logistics": "Logistics", "healthcare": "MedTech"}
LEGAL = {"Singapore": "Pte Ltd", "Australia": "Pty Ltd", "UK": "Ltd", "Canada": "Inc."}

EVENTS: list[dict] = []
ORDERS: list[dict] = []
CUSTOMERS: list[dict] = []
FEEDBACK: list[dict] = []
TRUTH: list[dict] = []


# ---------------------------------------------------------------- helpers
def pick(items, weights=None):
    if weights is None:
        return items[int(rng.integers(len(items)))]
    w = np.asarray(weights, float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def u():
    return float(rng.random())


def work_time(day: datetime, h0=9, h1=18) -> datetime:
    d = day.replace(hour=0, minute=0, second=0, microsecond=0)
    while d.weekday() >= 5:
        d += D(days=1)
    return d + D(seconds=int(rng.integers(h0 * 3600, h1 * 3600)))


def any_time(day: datetime, h0=7, h1=23) -> datetime:
    d = day.replace(hour=0, minute=0, second=0, microsecond=0)
    return d + D(seconds=int(rng.integers(h0 * 3600, h1 * 3600)))


def month_start(d: datetime) -> datetime:
    return datetime(d.year, d.month, 1)


def add_month(d: datetime) -> datetime:
    return datetime(d.year + (d.month == 12), d.month % 12 + 1, 1)


EV_N = [0]


def ev(cust, ts, tp, action, **kw):
    EV_N[0] += 1
    row = dict(event_id=f"EV{EV_N[0]:07d}", customer_id=cust, ts=ts, touchpoint_id=tp, action=action)
    row.update(kw)
    EVENTS.append(row)
    return row


# ---------------------------------------------------------------- employers
class Employer:
    pass


EMPLOYERS: list[Employer] = []
USED_NAMES: set[str] = set()


def company_name(city, industry):
    market = CITIES[city][2]
    for _ in range(100):
        if market == "China":
            n = CITIES[city][1] + pick(ZH_B1) + pick(ZH_B2) + ZH_SUFFIX[industry]
        else:
            n = f"{pick(EN_B1)}{pick(EN_B2)} {EN_SUFFIX[industry]} {LEGAL[market]}"
        if n not in USED_NAMES:
            USED_NAMES.add(n)
            return n
    raise RuntimeError("names")


def new_employer(lead_ts, city, source, legacy=False, expo=None):
    e = Employer()
    e.id = f"ORG{len(EMPLOYERS) + 1:04d}"
    e.city = city
    e.market = CITIES[city][2]
    e.lang = CITIES[city][3]
    e.industry = pick([i[0] for i in INDUSTRIES], [i[2] for i in INDUSTRIES])
    e.name = company_name(city, e.industry)
    e.source, e.expo = source, expo
    e.lead_ts = lead_ts
    e.headcount = int(np.clip(rng.lognormal(5.6, 0.9), 40, 12000))
    e.seats = int(np.clip(rng.lognormal(3.25, 0.55), 8, 150))
    e.seats = min(e.seats, e.headcount)
    pl = pick(PLANS, [p[3] for p in PLANS])
    e.plan, e.pepm = pl[0], round(pl[1] * float(rng.uniform(0.9, 1.1)), 2)
    e.setup = round(pl[2] + 15 * e.seats, 2)
    e.am = pick(AMS[e.market])
    if e.market == "China":
        e.hris = pick(["beisen", "moka", "manual_csv"], [.35, .15, .5])
        e.invite_channel = pick(["wecom", "sms", "email"], [.55, .2, .25])
    else:
        e.hris = pick(["workday", "bamboohr", "manual_csv"], [.25, .3, .45])
        e.invite_channel = pick(["email", "sms", "onsite_qr"], [.68, .12, .2])
    e.legacy = legacy
    e.contract_ts = None
    e.contract_id = None
    e.end = None                      # churn (contract end) date
    e.renewals = []                   # (ts, outcome, reason)
    e.employees = []
    e.disputes = []
    e.segment = None
    EMPLOYERS.append(e)
    return e


def lead_events(e):
    common = dict(employer_id=e.id, company=e.name, industry=e.industry, 行业=IND_ZH[e.industry],
                  city=CITIES[e.city][0], 城市=CITIES[e.city][1])
    ad = ""
    if e.source == "social_ads":
        ad = "LinkedIn" if e.market != "China" else pick(["微信广告", "脉脉"], [.7, .3])
    ev(e.id, e.lead_ts, "tp_lead", "submitted", channel=e.source, device=pick(["pc", "mobile_web"], [.7, .3]),
       lead_source=e.source, 线索来源=SRC_ZH[e.source], expo_name=e.expo or "", ad_platform=ad,
       headcount=e.headcount, **common)
    if u() > P_DEMO[e.source]:
        return
    t = work_time(e.lead_ts + D(days=int(rng.integers(1, 11))))
    if u() < 0.11:
        ev(e.id, t, "tp_demo", "no_show", channel="video", demo_type="video", **common)
        if u() > 0.65:
            return
        t = work_time(t + D(days=int(rng.integers(3, 9))))
    ev(e.id, t, "tp_demo", "completed", channel=pick(["video", "onsite"], [.75, .25]),
       demo_type=pick(["video", "onsite"], [.75, .25]), **common)
    if u() > P_TRIAL[e.source]:
        return
    t = work_time(t + D(days=int(rng.integers(3, 16))))
    if t > END:
        return
    ev(e.id, t, "tp_trial", "started", channel="web", trial_users=int(rng.integers(5, 26)), plan=e.plan, **common)
    if u() > P_SIGN[e.source]:
        return
    days = int(rng.integers(25, 46)) if u() > 0.08 else int(rng.integers(60, 85))
    t = work_time(t + D(days=days))
    if t > END:
        return
    e.contract_ts = t
    e.contract_id = f"CT{len(EMPLOYERS):04d}-{t.year}"
    ev(e.id, t, "tp_contract", "signed", channel="other", contract_id=e.contract_id, plan=e.plan, seats=e.seats,
       pepm_usd=e.pepm, sign_method=pick(["e_signature", "paper"], [.8, .2]), hris=e.hris, **common)
    ORDERS.append(order(e, t, "contract", e.setup, status="paid"))


ORD_N = [0]


def order(e, ts, otype, amount, status="paid", **kw):
    ORD_N[0] += 1
    cur, fx = CITIES[e.city][4], CITIES[e.city][5]
    row = dict(order_id=f"OR{ORD_N[0]:06d}", customer_id=e.id, ts=ts, amount=round(amount, 2), status=status,
               channel="broker" if e.source == "benefits_broker" else "direct",
               device="", order_type=otype, 订单类型=ORDER_ZH[otype], company=e.name, employer_id=e.id,
               city=CITIES[e.city][0], 城市=CITIES[e.city][1], industry=e.industry, 行业=IND_ZH[e.industry],
               plan=e.plan, currency=cur, amount_local=round(amount * fx, 2))
    row.update(kw)
    return row


def make_employers():
    # 110 employers under contract since 2024 (their sales events are before the extract)
    for _ in range(110):
        city = pick(CITY_CODES, [CITIES[c][6] for c in CITY_CODES])
        src = pick([s[0] for s in SOURCES] + ["hr_expo"], [.24, .3, .12, .14, .12, .08])
        c_ts = work_time(datetime(2024, 1, 8) + D(days=int(rng.integers(0, 345))))
        e = new_employer(c_ts - D(days=int(rng.integers(40, 100))), city, src, legacy=True)
        e.contract_ts = c_ts
        e.contract_id = f"CT{len(EMPLOYERS):04d}-{c_ts.year}"
    # leads 2025-01 .. 2026-07
    m = START
    k = 0
    while m <= END:
        n = int(rng.poisson(36 + 0.7 * k))
        days = (add_month(m) - m).days
        for _ in range(n):
            city = pick(CITY_CODES, [CITIES[c][6] for c in CITY_CODES])
            src = pick([s[0] for s in SOURCES], [s[2] for s in SOURCES])
            ts = work_time(m + D(days=int(rng.integers(0, days))), 8, 20)
            if ts > END:
                continue
            lead_events(new_employer(ts, city, src))
        m = add_month(m)
        k += 1
    for day, city, name in EXPOS:
        for _ in range(int(rng.poisson(11))):
            c = city if u() < .7 else pick([x for x in CITY_CODES if CITIES[x][3] == CITIES[city][3]])
            ts = day + D(seconds=int(rng.integers(9 * 3600, 17 * 3600)))
            lead_events(new_employer(ts, c, "hr_expo", expo=name))


# ---------------------------------------------------------------- employees
class Emp:
    pass


EMP_N = [0]


def new_emp(e, invite_day, legacy=False):
    p = Emp()
    EMP_N[0] += 1
    p.id = f"EE{EMP_N[0]:06d}"
    p.e = e
    p.lang = e.lang
    p.device = pick(["android", "ios"], [.62, .38] if e.market == "China" else [.4, .6])
    p.dept = pick(DEPTS, [.2, .22, .2, .15, .13 if e.industry in ("manufacturing", "logistics") else .03, .1])
    p.age = pick(["18-29", "30-39", "40-49", "50+"], [.3, .36, .22, .12])
    p.gender = pick(["F", "M"])
    p.invite = invite_day
    p.channel = e.invite_channel if u() < .9 else pick(["email", "sms"])
    p.activated = None
    p.left = None
    p.legacy = legacy
    # leave hazard ~1.1 % a month
    p.left = invite_day + D(days=float(rng.exponential(30.4 / 0.011)))
    p.left = p.left.replace(hour=18, minute=0, second=0, microsecond=0)
    p.legacy_active = False
    e.employees.append(p)
    return p


def ecommon(p):
    e = p.e
    return dict(employer_id=e.id, company=e.name, city=CITIES[e.city][0], 城市=CITIES[e.city][1],
                plan=e.plan, industry=e.industry, 行业=IND_ZH[e.industry])


P_TRY = dict(wecom=.88, onsite_qr=.93, sms=.72, email=.5)


def login_fail_p(ts, device):
    if SSO_BUG[0] <= ts < SSO_BUG[1]:
        return .74 if device == "android" else .11
    return .08 if device == "android" else .06


def app_version(ts):
    if ts < datetime(2025, 6, 1):
        return "4.8"
    if ts < SSO_BUG[0]:
        return "4.9"
    if ts < HOTFIX:
        return "5.0"
    if ts < datetime(2026, 4, 1):
        return "5.0.2"
    return "5.1"


def employee_onboarding(p, day=None, try_mult=1.0, campaign=None):
    """invite -> login attempts -> activation -> HRA for employees invited in the data period (and the
    November 2025 reactivation campaign for legacy employees who never activated)."""
    e = p.e
    day = day or p.invite
    campaign = campaign or ("launch" if day == e.launch else "new_hire")
    c = ecommon(p) | dict(campaign=campaign)
    ch = p.channel if campaign != "reactivation" or p.channel != "onsite_qr" else "email"
    t0 = work_time(day, 9, 12) if ch != "onsite_qr" else day.replace(hour=14) + \
        D(minutes=int(rng.integers(0, 90)))
    if ch == "email" and u() < 0.04:
        ev(p.id, t0, "tp_invite", "bounced", channel="email", device="", invite_batch=e.id + t0.strftime("-%Y%m%d"),
           reminder_no=0, **c)
        t0 = t0 + D(days=1)
        ch = "sms"
    ev(p.id, t0, "tp_invite", "sent", channel=ch, device="", invite_batch=e.id + day.strftime("-%Y%m%d"),
       reminder_no=0, **c)
    p.invite_ts = t0
    tries = u() < P_TRY[ch] * try_mult
    if ch == "onsite_qr" and tries:
        t = t0 + D(minutes=int(rng.integers(2, 60)))
    else:
        t = t0 + D(hours=float(rng.exponential(60)))
    p.reminded = False
    if not tries or t > t0 + D(days=7):
        rt = work_time(t0 + D(days=7), 9, 11)
        if rt <= END and rt < p.left:
            ev(p.id, rt, "tp_invite", "reminder", channel=ch, device="", invite_batch=e.id + day.strftime("-%Y%m%d"),
               reminder_no=1, **c)
            p.reminded = True
        if not tries:
            if u() < 0.3 * try_mult:
                tries = True
                t = rt + D(hours=float(rng.exponential(48)))
            else:
                return
    method = "sso" if e.hris in ("workday", "beisen") else ("sms_code" if e.market == "China" else "email_link")
    attempts = 0
    while attempts < 5:
        if t > END or t >= p.left:
            return
        attempts += 1
        sess = f"S{EV_N[0] + 1:08d}"
        if u() < login_fail_p(t, p.device):
            code = pick(["SSO_TOKEN_INVALID", "OTP_TIMEOUT"], [.8, .2]) if SSO_BUG[0] <= t < SSO_BUG[1] and \
                p.device == "android" else pick(["OTP_TIMEOUT", "WRONG_CODE", "SSO_TOKEN_INVALID", "NETWORK"])
            ev(p.id, t, "tp_login", "failed", session_id=sess, channel="app", device=p.device, login_method=method,
               error_code=code, app_version=app_version(t), **c)
            p.failed_login = t
            give_up = .45 if SSO_BUG[0] <= t < SSO_BUG[1] else .3
            if u() < give_up:
                if SSO_BUG[0] <= t < SSO_BUG[1] and u() < .45:
                    t = HOTFIX + D(hours=float(rng.exponential(150)))
                    continue
                return
            t = t + D(hours=float(rng.exponential(10)) + 0.05)
            continue
        ev(p.id, t, "tp_login", "success", session_id=sess, channel="app", device=p.device, login_method=method,
           error_code="", app_version=app_version(t), **c)
        ta = t + D(seconds=int(rng.integers(40, 400)))
        ev(p.id, ta, "tp_activation", "activated", session_id=sess, channel="app", device=p.device,
           app_version=app_version(ta), **c)
        p.activated = ta
        if u() < 0.6:
            th = ta + D(hours=float(rng.exponential(30)) + 0.1)
            hra(p, th, sess if th - ta < D(hours=1) else None)
        return


def hra(p, t, sess=None):
    if t > END or t >= p.left or (p.e.end and t >= p.e.end):
        return
    r = pick(["low", "moderate", "high"], [.55, .32, .13])
    ev(p.id, t, "tp_hra", "completed", session_id=sess or f"S{EV_N[0] + 1:08d}", channel="app", device=p.device,
       risk_level=r, 风险等级=RISK_ZH[r], **ecommon(p))


def season_month(p):
    if p.e.market == "China":
        w = [.02, .02, .12, .16, .16, .10, .03, .03, .12, .14, .10, .02]
    else:
        w = [.07, .08, .09, .09, .09, .08, .07, .07, .09, .1, .1, .07]
    return int(rng.choice(12, p=np.array(w) / sum(w))) + 1


def alive(p, t):
    return t <= END and t < p.left and (p.e.end is None or t < p.e.end)


def health_checks(p, year):
    e = p.e
    if e.plan == "essentials":
        return
    if u() > (.70 if e.plan == "premium" else .60):
        return
    if p.activated and p.activated.year == year:
        b = any_time(p.activated + D(days=int(rng.integers(5, 60))), 8, 23)
    else:
        m = season_month(p)
        b = any_time(datetime(year, m, 1) + D(days=int(rng.integers(0, 28))), 8, 23)
    if p.activated and b < p.activated:
        return
    clinics = CLINICS[e.city]
    cl = clinics[int(rng.integers(len(clinics)))]
    rebooks = 0
    while alive(p, b):
        wait = int(rng.integers(4, 15))
        if e.city == "SH" and b.month in (3, 4, 5):
            wait = int(rng.integers(14, 32))
        appt = b + D(days=wait)
        pkg = pick(["basic", "advanced", "executive"], [.55, .35, .1] if e.plan == "plus" else [.3, .45, .25])
        c = ecommon(p) | dict(clinic=cl[0], 体检机构=cl[1], clinic_branch=f"{cl[0]} {CITIES[e.city][0]}",
                              package=pkg, 套餐=PKG_ZH[pkg])
        ev(p.id, b, "tp_checkup_booking", "booked", session_id=f"S{EV_N[0] + 1:08d}", channel="app", device=p.device,
           appointment_date=appt.date().isoformat(), wait_days=wait, **c)
        p.last_booking = (b, wait, cl)
        v = appt.replace(hour=7, minute=30) + D(minutes=int(rng.integers(0, 180)))
        if not alive(p, v):
            return
        r = u()
        out = "attended" if r < .86 else ("no_show" if r < .94 else "clinic_cancelled")
        ev(p.id, v, "tp_health_check", out, channel="store", device="", **c)
        if out != "attended":
            p.bad_visit = (v, out, cl)
            if rebooks == 0 and u() < .55:
                rebooks += 1
                b = any_time(v + D(days=int(rng.integers(1, 12))), 8, 23)
                continue
            return
        p.visit = (v, cl)
        if cl[0] == "Ruikang Health" and v >= RUIKANG_LAB:
            ta = int(np.clip(round(rng.gamma(9, 1.3)), 6, 24))
        elif cl[0] == "Ruikang Health":
            ta = int(np.clip(round(rng.gamma(5, 1.0)), 2, 10))
        else:
            ta = int(np.clip(round(rng.gamma(4 if e.market == "China" else 5, 1.0)), 1, 11))
        rt = v.replace(hour=0, minute=0) + D(days=ta) + D(seconds=int(rng.integers(13 * 3600, 20 * 3600)))
        if rt > END:
            return
        ab = int(rng.poisson(1.7))
        ev(p.id, rt, "tp_checkup_report", "released", channel="app", device=p.device, turnaround_days=ta,
           abnormal_items=ab, followup_recommended="yes" if ab >= 3 else "no", **c)
        p.report = (rt, ta, cl, ab)
        if ab >= 3 and u() < .35:
            coaching(p, rt + D(days=int(rng.integers(2, 20))), "chronic_care", n=int(rng.integers(1, 4)))
        return


def coaching(p, t, stype=None, n=None):
    if stype is None:
        stype = pick([s[0] for s in SESSION_TYPES], [s[2] for s in SESSION_TYPES])
    coaches = COACHES[(p.lang, stype)]
    coach = coaches[int(rng.integers(len(coaches)))]
    if n is None:
        n = 1 + int(min(rng.geometric(.45) - 1, 7))
    p.coach_sessions = getattr(p, "coach_sessions", [])
    for k in range(n):
        b = any_time(t, 8, 22)
        if not alive(p, b):
            return
        s = work_time(b + D(days=int(rng.integers(1, 9))), 9, 21)
        mode = pick(["video", "phone", "onsite"], [.55, .3, .15])
        c = ecommon(p) | dict(session_type=stype, 咨询类型=ST_ZH[stype], coach=coach[0], mode=mode)
        bid = f"CB{EV_N[0] + 1:07d}"
        ev(p.id, b, "tp_coaching_booking", "booked", session_id=f"S{EV_N[0] + 1:08d}", channel="app",
           device=p.device, booking_ref=bid, session_no=k + 1, **c)
        if not alive(p, s):
            return
        r = u()
        if r < coach[2]:
            out = "coach_cancelled"
        elif r < coach[2] + .06:
            out = "no_show"
        elif r < coach[2] + .11:
            out = "employee_cancelled"
        else:
            out = "completed"
        ev(p.id, s, "tp_coaching_session", out, channel="phone" if mode == "phone" else ("app" if mode == "video"
                                                                                        else "other"),
           device="", booking_ref=bid, session_no=k + 1, duration_min=int(pick([30, 45, 50])) if out == "completed"
           else "", **c)
        p.coach_sessions.append((s, out, coach, stype))
        t = s + D(days=int(rng.integers(7, 22)))


def challenges(p):
    for cid, en, zh, s, e_, kind, pj in CHALLENGES:
        start_ok = (p.activated is not None and p.activated < s) or (p.legacy_active and not p.activated)
        if not start_ok or not alive(p, s) or u() > pj:
            continue
        j = s - D(days=3) + D(hours=float(rng.exponential(60)))
        j = min(j, e_ - D(days=4))
        j = any_time(j, 7, 23)
        if not alive(p, j):
            continue
        c = ecommon(p) | dict(challenge_id=cid, challenge_name=en, 挑战名称=zh, challenge_type=kind)
        ev(p.id, j, "tp_challenge", "joined", session_id=f"S{EV_N[0] + 1:08d}", channel="app", device=p.device, **c)
        pc = .56
        if kind == "steps":
            pc = .42 if p.device == "android" else .6
        steps = ""
        if u() < pc:
            f = e_.replace(hour=18) + D(minutes=int(rng.integers(0, 300))) - D(days=int(rng.integers(0, 3)))
            if not alive(p, f):
                continue
            if kind == "steps":
                steps = int(rng.normal(240000, 40000))
            ev(p.id, f, "tp_challenge", "completed", session_id=f"S{EV_N[0] + 1:08d}", channel="app",
               device=p.device, steps_total=steps, **c)
            p.challenge_done = getattr(p, "challenge_done", []) + [(f, cid, kind)]
        else:
            p.challenge_quit = getattr(p, "challenge_quit", []) + [(j, cid, kind)]


def simulate_employees(e):
    """roster at launch (or since 2024 for legacy employers) + monthly new hires."""
    if e.legacy:
        for _ in range(e.seats):
            p = new_emp(e, e.contract_ts + D(days=int(rng.integers(7, 22))), legacy=True)
            p.left = p.invite + D(days=float(rng.exponential(30.4 / 0.011)))
            p.legacy_active = u() < .68
            if p.left < START:
                p.left = START + D(days=float(rng.exponential(30.4 / 0.011)))
        launch = START
        e.launch = None
    else:
        launch = work_time(e.contract_ts + D(days=int(rng.integers(7, 22))), 9, 10)
        e.launch = launch
        if launch > END:
            return
        for _ in range(e.seats):
            p = new_emp(e, launch)
            p.legacy_active = False
    # new hires from launch (legacy: from 2025-01)
    m = START if e.legacy else add_month(month_start(launch))
    while m <= END:
        for _ in range(int(rng.poisson(e.seats * 0.011))):
            d = m + D(days=int(rng.integers(0, 28)))
            if d <= END:
                p = new_emp(e, d)
                p.legacy_active = False
        m = add_month(m)


def activity(p):
    if not p.legacy:
        employee_onboarding(p)
    elif not p.legacy_active and alive(p, REACTIVATION) and u() < .85:
        employee_onboarding(p, REACTIVATION, try_mult=.55, campaign="reactivation")
    active_from = p.activated or (START if p.legacy and p.legacy_active else None)
    if active_from is None:
        return
    # legacy: HRA once a year for some
    if p.legacy and p.legacy_active:
        if u() < .3:
            hra(p, any_time(START + D(days=int(rng.integers(0, 364))), 8, 22))
        if u() < .25:
            hra(p, any_time(datetime(2026, 1, 1) + D(days=int(rng.integers(0, 200))), 8, 22))
    for y in (2025, 2026):
        if active_from.year <= y:
            health_checks(p, y)
    pc = {"essentials": .10, "plus": .22, "premium": .38}[p.e.plan]
    for y in (2025, 2026):
        lo = max(active_from, datetime(y, 1, 1))
        hi = min(datetime(y, 12, 31) if y == 2025 else END, p.left)
        if hi > lo and u() < pc:
            coaching(p, lo + D(seconds=float(rng.random()) * (hi - lo).total_seconds()))
    challenges(p)


# ---------------------------------------------------------------- renewals, roster sync, invoices, add-ons
def activation_rate(e, until):
    inv = [p for p in e.employees if p.invite < until]
    if not inv:
        return 1.0
    act = [p for p in inv if (p.legacy and p.legacy_active) or (p.activated and p.activated < until)]
    return len(act) / len(inv)


def renewals(e):
    c = dict(employer_id=e.id, company=e.name, industry=e.industry, 行业=IND_ZH[e.industry],
             city=CITIES[e.city][0], 城市=CITIES[e.city][1])
    ann = e.contract_ts + D(days=365)
    while ann <= END + D(days=10):
        t = work_time(ann - D(days=int(rng.integers(5, 26))))
        if t > END:
            break
        if t < START:                      # decided before the extract: renewed, no record in it
            ann = ann + D(days=365)
            continue
        ar = activation_rate(e, t)
        p = .09 + (.26 if e.industry == "retail" else 0) + (.24 if ar < .5 else 0) + \
            (.05 if e.plan == "essentials" else 0) + (.08 if any(d > t - D(days=180) for d in e.disputes) else 0)
        if u() < p:
            if any(d > t - D(days=180) for d in e.disputes) and u() < .5:
                reason = "billing_issues"
            elif ar < .5 and u() < .75:
                reason = "low_engagement"
            elif e.industry == "retail" and u() < .6:
                reason = "budget_cut"
            else:
                reason = pick(["budget_cut", "switched_provider", "restructuring", "low_engagement"], [.35, .3, .2, .15])
            ev(e.id, t, "tp_renewal", "churned", channel="other", plan=e.plan, seats=e.seats, churn_reason=reason,
               流失原因=CHURN_ZH[reason], activation_rate=round(ar, 3), contract_id=e.contract_id, **c)
            e.renewals.append((t, "churned", reason))
            e.end = ann
            return
        ev(e.id, t, "tp_renewal", "renewed", channel="other", plan=e.plan, seats=e.seats,
           activation_rate=round(ar, 3), contract_id=e.contract_id, churn_reason="", 流失原因="", **c)
        e.renewals.append((t, "renewed", ""))
        ann = ann + D(days=365)


def billing(e):
    """roster sync + monthly invoices (+ disputes and reissues); its own random stream per employer, so that a
    second pass after the renewal decisions repeats the first up to the contract end."""
    global rng
    saved, rng = rng, np.random.default_rng([SEED, int(e.id[3:])])
    try:
        _billing(e)
    finally:
        rng = saved


def _billing(e):
    c = dict(employer_id=e.id, company=e.name, industry=e.industry, 行业=IND_ZH[e.industry],
             city=CITIES[e.city][0], 城市=CITIES[e.city][1])
    first = add_month(month_start(e.contract_ts))
    m = max(first, START)
    cur, fx = CITIES[e.city][4], CITIES[e.city][5]
    while m <= END:
        if e.end and m >= e.end:
            break
        roster = [p for p in e.employees if p.invite < m and p.left >= m]
        active_hc = len(roster)
        billed = active_hc
        if m >= BILLING_V2 and e.hris != "manual_csv":
            billed += len([p for p in e.employees if p.invite < m and datetime(2025, 10, 1) <= p.left < m])
        # roster sync (1st of month, night) or HR upload
        if e.hris != "manual_csv":
            st = m + D(hours=2, minutes=int(rng.integers(0, 50)))
            err = u() < .05
            ev(e.id, st, "tp_roster_sync", "sync_error" if err else "synced", channel="web", device="system",
               hris=e.hris, sync_rows=active_hc, sync_error=pick(["FIELD_MAPPING", "AUTH_EXPIRED", "TIMEOUT"]) if err
               else "", **c)
            if err:
                e.sync_errors = getattr(e, "sync_errors", []) + [st]
        elif u() < .6:
            ev(e.id, work_time(m - D(days=int(rng.integers(1, 5)))), "tp_roster_sync", "uploaded", channel="web",
               device="pc", hris=e.hris, sync_rows=active_hc, sync_error="", **c)
        it = work_time(m + D(days=int(rng.integers(0, 3))), 8, 11)
        if it > END:
            break
        amount = max(250.0, round(billed * e.pepm, 2))
        inv = f"INV-{e.id}-{m.strftime('%Y%m')}"
        kw = dict(invoice_id=inv, invoice_month=m.strftime("%Y-%m"), billed_headcount=billed,
                  active_headcount=active_hc, amount_usd=amount)
        row = ev(e.id, it, "tp_invoice", "issued", channel="email", device="", **c, **kw)
        if e.id in DUP_INVOICE_EMPLOYERS and m.month in (3, 9):
            EVENTS.append(dict(row))           # billing webhook re-sent the same event
        over = billed > active_hc
        pd = .55 if over else .025
        okw = dict(invoice_id=inv, invoice_month=m.strftime("%Y-%m"), billed_headcount=billed, pepm_usd=e.pepm,
                   due_date=(it + D(days=30)).date().isoformat(), is_reissue="no", original_order_id="")
        if u() < pd:
            reason = "leavers_billed" if over else pick(["rate_mismatch", "duplicate_invoice"])
            dt_ = work_time(it + D(days=int(rng.integers(2, 11))))
            if dt_ <= END:
                ev(e.id, dt_, "tp_invoice", "disputed", channel="email", device="", dispute_reason=reason,
                   争议原因=DISPUTE_ZH[reason], **c, **kw)
                e.disputes.append(dt_)
                e.dispute_rows = getattr(e, "dispute_rows", []) + [(dt_, reason)]
                o = order(e, it, "monthly_invoice", amount, status="cancelled", **okw)
                ORDERS.append(o)
                rt = work_time(dt_ + D(days=int(rng.integers(1, 5))))
                if rt <= END:
                    fixed = max(250.0, round(active_hc * e.pepm, 2)) if over else round(amount * (
                        .5 if reason == "duplicate_invoice" else .93), 2)
                    ev(e.id, rt, "tp_invoice", "reissued", channel="email", device="", **c,
                       **(kw | dict(invoice_id=inv + "-R", billed_headcount=active_hc if over else billed,
                                    amount_usd=fixed)))
                    ORDERS.append(order(e, rt, "monthly_invoice", fixed, status="paid",
                                        **(okw | dict(invoice_id=inv + "-R", is_reissue="yes",
                                                      billed_headcount=active_hc if over else billed,
                                                      original_order_id=o["order_id"],
                                                      due_date=(rt + D(days=30)).date().isoformat()))))
                m = add_month(m)
                continue
        po = {"manufacturing": .11, "logistics": .08}.get(e.industry, .03)
        ORDERS.append(order(e, it, "monthly_invoice", amount, status="overdue" if u() < po else "paid", **okw))
        m = add_month(m)


def addons(e):
    m = max(add_month(month_start(e.contract_ts)), START)
    while m <= END:
        if e.end and m >= e.end:
            break
        if u() < .055:
            a = pick([x[0] for x in ADDONS], [x[2] for x in ADDONS])
            if a == "flu_vaccination" and m.month not in (9, 10, 11):
                a = "health_talk"
            n = ""
            if a == "onsite_health_day":
                amt = float(rng.integers(24, 37)) * 100
            elif a == "flu_vaccination":
                n = int(e.seats * rng.uniform(.3, .7)) + 1
                amt = 28.0 * n
            elif a == "eap_pack":
                amt = float(rng.integers(15, 26)) * 100
            elif a == "checkup_upgrade":
                n = int(e.seats * rng.uniform(.2, .6)) + 1
                amt = 65.0 * n
            else:
                amt = 900.0
            t = work_time(m + D(days=int(rng.integers(0, 27))))
            if t <= END:
                r = u()
                st = "paid" if r < .93 else ("cancelled" if r < .98 else "refunded")
                ORDERS.append(order(e, t, "add_on", amt, status=st, addon_type=a, 增值服务类型=ADDON_ZH[a],
                                    addon_units=n))
                if a == "onsite_health_day" and st == "paid":
                    e.health_days = getattr(e, "health_days", []) + [t]
        m = add_month(m)


DUP_INVOICE_EMPLOYERS: set[str] = set()


# ---------------------------------------------------------------- feedback
TEMPL = {
    "login_fail": (
        ["App一直登录不了，验证码输了好几次都提示失败", "登录不了，单点登录跳回去就报错，安卓手机", "新版本更新后登录不了了，什么都看不到",
         "HR催我们激活，可是登录不了啊", "登录不了，点邀请链接一直转圈", "试了三次还是登录不了，放弃了"],
        ["I can't log in, the SSO page just bounces me back", "Still can't log in after the update on my Android phone",
         "can't log in - keeps saying token invalid", "HR keeps nagging us to activate but I can't log in",
         "Tried three times and I can't log in. Gave up.", "can't log in with the code they texted me"]),
    "invite_spam": (
        ["邀请邮件进了垃圾箱，过了一周才看到", "根本没注意到，邀请邮件进了垃圾箱", "邀请邮件进了垃圾箱，建议用企业微信发"],
        ["The invite went to spam so I only found it after the reminder", "my invite went to spam, nearly missed the whole thing",
         "Invite went to spam - maybe send it by text instead?", "invite went to spam along with half my team's"]),
    "privacy": (
        ["填问卷的时候有点担心隐私，公司会不会看到我的结果", "担心隐私，不太想把心理状况填进去", "问卷问得太细了，担心隐私",
         "担心隐私问题，HR能看到个人数据吗"],
        ["A bit worried about privacy - can my manager see my answers?", "worried about privacy, the questionnaire asks a lot",
         "Didn't finish the questionnaire, worried about privacy", "I'm worried about privacy with the mental health questions"]),
    "no_slots": (
        ["体检约不到号，最早的都排到一个月后了", "三四月份根本约不到号", "约不到号，附近的门店全满", "想约周末体检，一直约不到号"],
        ["no appointment slots for weeks at the clinic near me", "There were no appointment slots before next month",
         "No appointment slots on weekends at all", "Tried to book but no appointment slots anywhere close"]),
    "clinic_cancel": (
        ["体检被取消了，前一天晚上才通知，空腹白等", "体检被取消，还得重新约", "到了门店才知道体检被取消"],
        ["The clinic cancelled my appointment the night before", "clinic cancelled my appointment with no explanation",
         "Showed up fasting and the clinic cancelled my appointment"]),
    "report_slow": (
        ["体检报告太慢了，等了快两个礼拜", "报告太慢，打电话问也说不清楚什么时候出", "报告太慢了，复查都耽误了", "报告太慢，拖了十几天才出来"],
        ["My results took forever to come through", "results took forever, almost two weeks", "The results took forever and nobody could tell me why",
         "results took forever - I had to chase the clinic"]),
    "coach_cancel": (
        ["教练临时取消，已经请好假了", "第二次遇到教练临时取消了", "教练临时取消也不提前说"],
        ["The coach cancelled last minute again", "coach cancelled last minute, I'd moved my meetings for it",
         "My coach cancelled last minute twice in a row"]),
    "steps_sync": (
        ["步数不同步，华为运动健康连不上", "健步走挑战步数不同步，排行榜上少了好几天", "步数不同步，白走了"],
        ["My steps not syncing from Google Fit ruined the challenge", "steps not syncing again, lost three days",
         "Leaderboard is wrong, steps not syncing on Android"]),
    "billing_leavers": (
        ["这个月账单里离职员工还在计费，人数对不上", "离职员工还在计费，北森里早就办完离职了", "账单有问题：离职员工还在计费"],
        ["We're being billed for leavers again this month", "Invoice headcount is wrong - billed for leavers who left in December",
         "billed for leavers even though Workday shows them terminated"]),
    "roster_error": (
        ["名单同步出错，新员工收不到邀请", "这个月名单同步出错了两次", "名单同步出错，字段映射不对"],
        ["roster sync failed again so new starters weren't invited", "Our roster sync failed and nobody told us",
         "roster sync failed after we changed the HRIS fields"]),
    "price_high": (
        ["价格太贵了，预算压不下来", "按人头收费价格太贵", "和别家比价格太贵"],
        ["It's too expensive for what our staff actually use", "PEPM is too expensive for a 40-person team",
         "too expensive compared with the other quotes we got"]),
    "low_usage": (
        ["员工都不怎么用，续约很难说服老板", "说实话员工都不怎么用", "开通了但员工都不怎么用"],
        ["Honestly staff barely use it", "staff barely use it after the launch week", "Hard to justify renewal when staff barely use it"]),
    "coach_praise": (
        ["教练很专业，给的建议很实用", "这次心理咨询教练很专业，很有耐心", "教练很专业，下次还约她", "教练很专业，帮我调整了饮食"],
        ["My coach was brilliant, really practical advice", "coach was brilliant and very patient", "The coach was brilliant - booking again",
         "Honestly the coach was brilliant"]),
    "app_easy": (
        ["App很好用，界面清楚", "激活很快，App很好用", "App很好用，比之前的福利平台强多了"],
        ["The app is easy to use", "app is easy to use, set up took two minutes", "Nice that the app is easy to use"]),
    "checkup_smooth": (
        ["体检很顺利，流程安排得很好", "整体体检很顺利", "体检很顺利，不用排队"],
        ["My health check went smoothly", "health check went smoothly, in and out in an hour", "The health check went smoothly"]),
    "challenge_fun": (
        ["这次挑战很有意思，部门一起走", "挑战很有意思，排行榜很带劲", "挑战很有意思，希望多办"],
        ["The challenge was fun, our team got really into it", "challenge was fun and got me moving", "That challenge was fun, do more"]),
    "hr_praise": (
        ["员工反馈很好，体检安排省了HR很多事", "员工反馈很好，打算扩大覆盖范围", "整体员工反馈很好"],
        ["Our staff love it, especially the coaching", "staff love it and it saves HR a lot of admin", "The staff love it so far"]),
    "content_request": (
        ["希望多一些课程，比如瑜伽", "希望多一些课程和直播", "内容还行，希望多一些课程"],
        ["More classes please, yoga would be great", "more classes please - the library is thin", "Good so far, more classes please"]),
}
GENERIC = {
    "pos": (["整体挺好的", "用着不错", "还可以，挺方便"], ["Good overall", "Pretty handy", "Works well for me"]),
    "neu": (["一般般吧", "还行", "没什么特别的感觉"], ["It's ok", "Nothing special", "Fine I guess"]),
    "neg": (["没怎么用过", "用得不多，感觉一般", "不太清楚有什么用"], ["Haven't really used it", "Not much use to me",
                                                          "Not sure what it's for"]),
}
SENT = {k: "negative" for k in ["login_fail", "invite_spam", "privacy", "no_slots", "clinic_cancel", "report_slow",
                                "coach_cancel", "steps_sync", "billing_leavers", "roster_error", "price_high",
                                "low_usage"]}
SENT |= {k: "positive" for k in ["coach_praise", "app_easy", "checkup_smooth", "challenge_fun", "hr_praise"]}
SENT["content_request"] = "neutral"
FB_N = [0]


def fb(text, lang, ts, cust, tp, channel, topics, sentiment, rating=None, nps=None, **kw):
    FB_N[0] += 1
    fid = f"FB{FB_N[0]:05d}"
    row = dict(feedback_id=fid, text=text, ts=ts, customer_id=cust, touchpoint_id=tp, channel=channel,
               rating=rating if rating is not None else "", nps=nps if nps is not None else "", language=lang)
    row.update(kw)
    FEEDBACK.append(row)
    TRUTH.append(dict(feedback_id=fid, topics="|".join(topics), sentiment=sentiment))


def say(topic, lang):
    zh, en = TEMPL[topic]
    return pick(zh if lang == "zh" else en)


def neg_rating():
    return int(pick([1, 2, 3], [.5, .4, .1]))


def pos_rating():
    return int(pick([4, 5], [.35, .65]))


def pfb(p, topic, ts, tp, channel, rating=None, nps=None, text=None, topics=None, **kw):
    e = p.e
    if ts is not None and ts > END:
        return
    if channel == "ticket":
        rating = None
    fb(text or say(topic, p.lang), p.lang, ts, p.id, tp, channel, [topic] if topics is None else topics, SENT[topic],
       rating, nps,
       employer_id=e.id, company=e.name, city=CITIES[e.city][0], 城市=CITIES[e.city][1], respondent="employee",
       device=p.device if channel == "app_review" else "", **kw)


def efb(e, topic, ts, tp, channel, nps=None, cust=True, **kw):
    if ts is not None and ts > END:
        return
    fb(say(topic, e.lang), e.lang, ts, e.id if cust else "", tp, channel, [topic], SENT[topic], None, nps,
       employer_id=e.id, company=e.name, city=CITIES[e.city][0], 城市=CITIES[e.city][1], respondent="hr_admin",
       account_manager=e.am if channel == "am_note" else "", **kw)


def employee_feedback(p):
    e = p.e
    # login failures
    fails = [x for x in EVENTS_BY_CUST.get(p.id, []) if x["touchpoint_id"] == "tp_login" and x["action"] == "failed"]
    if fails:
        t = fails[0]["ts"]
        bug = SSO_BUG[0] <= t < SSO_BUG[1]
        if u() < (.45 if bug else .06):
            ts = t + D(hours=float(rng.exponential(20)) + .2)
            if u() < .55:
                pfb(p, "login_fail", ts, "tp_login", "app_review", rating=neg_rating())
            else:
                pfb(p, "login_fail", ts, "tp_login", "ticket")
    if getattr(p, "reminded", False) and p.channel == "email" and p.activated and u() < .16:
        pfb(p, "invite_spam", p.activated + D(hours=float(rng.exponential(30))), "tp_invite",
            pick(["ticket", "app_review"], [.6, .4]), rating=neg_rating())
    if p.activated and u() < .035:
        ts = p.activated + D(hours=float(rng.exponential(48)))
        pfb(p, "app_easy", ts, "tp_activation", "app_review", rating=pos_rating())
    lb = getattr(p, "last_booking", None)
    if lb and lb[1] >= 18 and u() < .3:
        pfb(p, "no_slots", lb[0] + D(hours=float(rng.exponential(12))), "tp_checkup_booking",
            pick(["app_review", "ticket", "in_app_survey"], [.4, .3, .3]), rating=neg_rating(),
            clinic=lb[2][0], 体检机构=lb[2][1])
    bv = getattr(p, "bad_visit", None)
    if bv and bv[1] == "clinic_cancelled" and u() < .4:
        pfb(p, "clinic_cancel", bv[0] + D(hours=float(rng.exponential(10))), "tp_health_check",
            pick(["ticket", "in_app_survey"]), rating=neg_rating(), clinic=bv[2][0], 体检机构=bv[2][1])
    vis = getattr(p, "visit", None)
    rep = getattr(p, "report", None)
    if rep and rep[1] >= 9 and u() < .32:
        mixed = u() < .25
        text = None
        topics = None
        if mixed:
            a, b = say("checkup_smooth", p.lang), say("report_slow", p.lang)
            text = f"{a}，但是{b}" if p.lang == "zh" else f"{a}, but {b[0].lower() + b[1:]}"
            topics = ["checkup_smooth", "report_slow"]
        pfb(p, "report_slow", rep[0] + D(hours=float(rng.exponential(24))), "tp_checkup_report",
            pick(["in_app_survey", "app_review", "ticket"], [.5, .25, .25]), rating=neg_rating(), text=text,
            topics=topics, clinic=rep[2][0], 体检机构=rep[2][1])
    elif vis and u() < .06:
        pfb(p, "checkup_smooth", vis[0] + D(hours=float(rng.exponential(8)) + 2), "tp_health_check",
            "in_app_survey", rating=pos_rating(), clinic=vis[1][0], 体检机构=vis[1][1])
    for s, out, coach, stype in getattr(p, "coach_sessions", []):
        if out == "coach_cancelled" and u() < .38:
            pfb(p, "coach_cancel", s + D(hours=float(rng.exponential(6))), "tp_coaching_session",
                pick(["in_app_survey", "ticket"]), rating=neg_rating(), coach=coach[0])
        elif out == "completed" and u() < .2:
            # post-session survey: rating around the coach's mean; praise text for happy ones
            r = int(np.clip(round(rng.normal(coach[1], .65)), 1, 5))
            ts = s + D(hours=float(rng.exponential(5)) + .5)
            if r >= 5 and u() < (.8 if coach[0] == "林晓雯" else .5):
                pfb(p, "coach_praise", ts, "tp_coaching_session", "in_app_survey", rating=r, coach=coach[0])
            elif r <= 2:
                pfb(p, "content_request", ts, "tp_coaching_session", "in_app_survey", rating=r, coach=coach[0],
                    text=pick(["咨询时间太短了", "没什么帮助", "感觉在念稿"] if p.lang == "zh" else
                              ["Session felt rushed", "Not that helpful", "Felt very scripted"]),
                    topics=[], )
                TRUTH[-1]["sentiment"] = "negative"
            else:
                pfb(p, "content_request", ts, "tp_coaching_session", "in_app_survey", rating=r, coach=coach[0],
                    text=pick(GENERIC["pos" if r >= 4 else "neu"][0 if p.lang == "zh" else 1]), topics=[])
                TRUTH[-1]["sentiment"] = "positive" if r >= 4 else "neutral"
    for f, cid, kind in getattr(p, "challenge_done", []):
        if u() < .05:
            pfb(p, "challenge_fun", f + D(hours=float(rng.exponential(10))), "tp_challenge",
                pick(["app_review", "in_app_survey"]), rating=pos_rating(), challenge_id=cid)
    for j, cid, kind in getattr(p, "challenge_quit", []):
        if kind == "steps" and u() < ((.3 if cid == "CH2604" else .2) if p.device == "android" else .05):
            pfb(p, "steps_sync", j + D(days=float(rng.uniform(2, 12))), "tp_challenge",
                pick(["app_review", "ticket"], [.6, .4]), rating=neg_rating(), challenge_id=cid)


def pulse_surveys():
    """quarterly anonymous employee pulse survey: NPS 0-10, no customer_id."""
    for q_end in [datetime(2025, 3, 24), datetime(2025, 6, 23), datetime(2025, 9, 22), datetime(2025, 12, 15),
                  datetime(2026, 3, 23), datetime(2026, 6, 22)]:
        for e in EMPLOYERS:
            if e.contract_ts is None or e.contract_ts > q_end - D(days=45) or (e.end and e.end <= q_end):
                continue
            for p in e.employees:
                if not alive(p, q_end) or p.invite > q_end:
                    continue
                act = p.activated or (p.legacy and p.legacy_active)
                if not act or u() > .05:
                    continue
                ts = any_time(q_end + D(days=int(rng.integers(0, 10))), 8, 22)
                r = u()
                if r < .12:
                    topic, nps, tp = "privacy", int(rng.integers(0, 7)), "tp_hra"
                elif r < .2:
                    topic, nps, tp = "content_request", int(rng.integers(5, 9)), ""
                else:
                    topic = None
                tail = dict(employer_id=e.id, company=e.name, city=CITIES[e.city][0], 城市=CITIES[e.city][1],
                            respondent="employee")
                if topic:
                    fb(say(topic, p.lang), p.lang, ts, "", tp, "pulse_survey", [topic], SENT[topic], None, nps, **tail)
                else:
                    g = pick(["pos", "neu", "neg"], [.42, .33, .25])
                    nps = int(rng.integers(8, 11)) if g == "pos" else (int(rng.integers(5, 9)) if g == "neu" else
                                                                      int(rng.integers(0, 6)))
                    fb(pick(GENERIC[g][0 if p.lang == "zh" else 1]), p.lang, ts, "", "", "pulse_survey", [],
                       {"pos": "positive", "neu": "neutral", "neg": "negative"}[g], None, nps, **tail)


def hr_feedback(e):
    if e.contract_ts is None:
        # prospects lost after a trial sometimes say why
        if any(x["touchpoint_id"] == "tp_trial" for x in EVENTS_BY_CUST.get(e.id, [])) and u() < .18:
            t = [x for x in EVENTS_BY_CUST[e.id] if x["touchpoint_id"] == "tp_trial"][0]["ts"]
            efb(e, "price_high", work_time(t + D(days=int(rng.integers(30, 50)))), "tp_trial",
                pick(["am_note", "email"], [.7, .3]))
        return
    for dt_, reason in getattr(e, "dispute_rows", []):
        if reason == "leavers_billed" and u() < .6:
            efb(e, "billing_leavers", dt_ + D(minutes=int(rng.integers(5, 600))), "tp_invoice",
                pick(["ticket", "email", "am_note"], [.5, .3, .2]))
    for st in getattr(e, "sync_errors", []):
        if u() < .3:
            efb(e, "roster_error", work_time(st + D(days=int(rng.integers(1, 6)))), "tp_roster_sync", "ticket")
    leaver_disputes = [d for d, r in getattr(e, "dispute_rows", []) if r == "leavers_billed"]
    for t, out, reason in e.renewals:
        if out == "churned":
            topic = {"low_engagement": "low_usage", "budget_cut": "price_high", "switched_provider": "price_high",
                     "billing_issues": "billing_leavers" if leaver_disputes else "price_high",
                     "restructuring": "low_usage"}[reason]
            if u() < .7:
                efb(e, topic, t + D(days=int(rng.integers(0, 4))), "tp_renewal", "am_note")
        elif u() < .3:
            efb(e, "hr_praise", t + D(days=int(rng.integers(0, 4))), "tp_renewal", "am_note")
    # quarterly HR satisfaction survey (NPS)
    for q_end in [datetime(2025, 3, 24), datetime(2025, 6, 23), datetime(2025, 9, 22), datetime(2025, 12, 15),
                  datetime(2026, 3, 23), datetime(2026, 6, 22)]:
        if e.contract_ts > q_end - D(days=30) or (e.end and e.end <= q_end) or u() > .45:
            continue
        ts = work_time(q_end + D(days=int(rng.integers(0, 9))))
        ar = activation_rate(e, ts)
        recent_dispute = any(q_end - D(days=100) <= d <= q_end + D(days=9) for d in leaver_disputes)
        if recent_dispute and u() < .7:
            topic, nps = "billing_leavers", int(rng.integers(0, 6))
        elif ar < .5 and u() < .6:
            topic, nps = "low_usage", int(rng.integers(2, 7))
        elif u() < .15:
            topic, nps = "price_high", int(rng.integers(4, 8))
        elif u() < .45:
            topic, nps = "hr_praise", int(rng.integers(8, 11))
        else:
            topic = None
            nps = int(pick(list(range(11)), [1, 1, 1, 2, 3, 5, 8, 12, 14, 10, 7]))
        tp = {"billing_leavers": "tp_invoice", "low_usage": "tp_activation", "price_high": "tp_renewal",
              "hr_praise": ""}.get(topic, "")
        if topic:
            efb(e, topic, ts, tp, "hr_survey", nps=nps)
        else:
            g = "pos" if nps >= 9 else ("neu" if nps >= 7 else "neg")
            fb(pick(GENERIC[g][0 if e.lang == "zh" else 1]), e.lang, ts, e.id, "", "hr_survey", [],
               {"pos": "positive", "neu": "neutral", "neg": "negative"}[g], None, nps, employer_id=e.id,
               company=e.name, city=CITIES[e.city][0], 城市=CITIES[e.city][1], respondent="hr_admin")
    # account manager notes without a date (pasted from QBR decks)
    if u() < .25:
        ar = activation_rate(e, END)
        topic = "low_usage" if ar < .55 else pick(["hr_praise", "content_request", "price_high"], [.5, .3, .2])
        efb(e, topic, None, "tp_renewal" if topic in ("low_usage", "price_high", "hr_praise") else "", "am_note")
    # comment cards from onsite health days: no date, no person
    for t in getattr(e, "health_days", []):
        for _ in range(int(rng.integers(2, 6))):
            topic = pick(["checkup_smooth", "content_request", "privacy", "no_slots"], [.45, .3, .1, .15])
            tp = {"checkup_smooth": "tp_health_check", "content_request": "", "privacy": "tp_hra",
                  "no_slots": "tp_checkup_booking"}[topic]
            fb(say(topic, e.lang), e.lang, None, "", tp, "onsite_card", [topic], SENT[topic], None, None,
               employer_id=e.id, company=e.name, city=CITIES[e.city][0], 城市=CITIES[e.city][1],
               respondent="employee")


EVENTS_BY_CUST: dict[str, list] = {}


# ---------------------------------------------------------------- customers
def segment_employee(p):
    if p.left <= END:
        return "left"
    if p.e.end and p.e.end <= END:
        return "employer_churned"
    if not (p.activated or (p.legacy and p.legacy_active)):
        return "invited"
    last = max([x["ts"] for x in EVENTS_BY_CUST.get(p.id, [])], default=None)
    if last and last >= END - D(days=90):
        return "active"
    return "dormant"


def build_customers():
    for e in EMPLOYERS:
        if e.contract_ts is None:
            seg = "open_lead" if e.lead_ts > END - D(days=90) else "lost"
        elif e.renewals and e.renewals[-1][1] == "churned":
            seg = "churned"
        else:
            seg = "active"
        e.segment = seg
        CUSTOMERS.append(dict(
            customer_id=e.id, signup_at=e.lead_ts, segment=seg, region=e.market, acquisition_channel=e.source,
            tier=e.plan if e.contract_ts else "", customer_type="employer", 客户类型=CTYPE_ZH["employer"],
            company=e.name, employer_id=e.id, industry=e.industry, 行业=IND_ZH[e.industry], city=CITIES[e.city][0],
            城市=CITIES[e.city][1], headcount=e.headcount, seats=e.seats if e.contract_ts else "",
            pepm_usd=e.pepm if e.contract_ts else "", hris=e.hris if e.contract_ts else "",
            account_manager=e.am, contract_start=e.contract_ts.date().isoformat() if e.contract_ts else "",
            获客渠道=SRC_ZH[e.source], 套餐=PLAN_ZH[e.plan] if e.contract_ts else "",
            preferred_language=e.lang))
        for p in e.employees:
            act = p.activated.isoformat(sep=" ") if p.activated else ("2024" if p.legacy and p.legacy_active else "")
            CUSTOMERS.append(dict(
                customer_id=p.id, signup_at=p.invite if not p.legacy else p.invite.replace(hour=10),
                segment=segment_employee(p), region=e.market, acquisition_channel=p.channel, tier=e.plan,
                customer_type="employee", 客户类型=CTYPE_ZH["employee"], company=e.name, employer_id=e.id,
                industry=e.industry, 行业=IND_ZH[e.industry], city=CITIES[e.city][0], 城市=CITIES[e.city][1],
                department=p.dept[0], 部门=p.dept[1], age_band=p.age, gender=p.gender, device=p.device,
                activated_at=act, left_at=p.left.date().isoformat() if p.left <= END else "",
                preferred_language=p.lang))


# ---------------------------------------------------------------- write
def fmt(v):
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if v is None:
        return ""
    return v


def write(path, rows, first=None):
    cols = list(first or [])
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for r in rows:
            w.writerow({k: fmt(r.get(k, "")) for k in cols})


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    make_employers()
    signed = [e for e in EMPLOYERS if e.contract_ts]
    for e in signed:
        if u() < .08:
            DUP_INVOICE_EMPLOYERS.add(e.id)
    for e in signed:
        simulate_employees(e)
        for p in e.employees:
            activity(p)
    # pass 1: billing (to know the disputes), then the renewal decisions, then billing again up to the contract end
    n_ev, n_or, k_ev, k_or = len(EVENTS), len(ORDERS), EV_N[0], ORD_N[0]
    for e in signed:
        billing(e)
    del EVENTS[n_ev:]
    del ORDERS[n_or:]
    EV_N[0], ORD_N[0] = k_ev, k_or
    for e in signed:
        renewals(e)
    for e in signed:
        e.disputes, e.dispute_rows, e.sync_errors = [], [], []
        billing(e)
        addons(e)
    # drop employee events after the employer's contract ended
    end_of = {p.id: p.e.end for e in signed for p in e.employees}
    EVENTS[:] = [r for r in EVENTS if not (r["customer_id"] in end_of and end_of[r["customer_id"]]
                                           and r["ts"] >= end_of[r["customer_id"]])]
    EVENTS[:] = [r for r in EVENTS if START <= r["ts"] <= END]        # the extract window
    for r in EVENTS:
        EVENTS_BY_CUST.setdefault(r["customer_id"], []).append(r)
    for e in signed:
        for p in e.employees:
            employee_feedback(p)
    for e in EMPLOYERS:
        hr_feedback(e)
    pulse_surveys()
    # employee comments after their employer left are not collected
    FEEDBACK[:] = [f for f in FEEDBACK if not (f["customer_id"] in end_of and end_of[f["customer_id"]] and f["ts"]
                                               and f["ts"] >= end_of[f["customer_id"]])]
    keep = {f["feedback_id"] for f in FEEDBACK}
    TRUTH[:] = [t for t in TRUTH if t["feedback_id"] in keep]
    build_customers()

    EVENTS.sort(key=lambda r: (r["ts"], r["event_id"]))
    ORDERS.sort(key=lambda r: (r["ts"], r["order_id"]))
    # feedback: shuffle-free, ordered by id
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4])])
    write(out / "customers.csv", CUSTOMERS, ["customer_id", "signup_at", "segment", "region", "acquisition_channel",
                                             "tier"])
    write(out / "events.csv", EVENTS, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action",
                                       "device", "channel"])
    write(out / "orders.csv", ORDERS, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device"])
    write(out / "feedback.csv", FEEDBACK, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel",
                                           "rating", "nps"])
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", TRUTH)
    print(f"employers {len(EMPLOYERS)} (signed {len(signed)}), customers {len(CUSTOMERS)}, events {len(EVENTS)}, "
          f"orders {len(ORDERS)}, feedback {len(FEEDBACK)}")


if __name__ == "__main__":
    main()
