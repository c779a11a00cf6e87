"""NimbusStack 云栈 — synthetic cloud hosting / developer platform for startups and SMBs (written blind).

    python generate.py OUTDIR [--truth FILE]

Fixed seed, numpy + stdlib only, deterministic, a few seconds. Writes touchpoints, customers (accounts / teams and
anonymous landing-page visitors), events, journeys, orders (invoices, upgrade charges, payment retries) and feedback
as CSV following DATA.md. Data covers 2025-04-01 .. 2026-09-30. With --truth, also writes the generator's topic of
every feedback row (feedback_id, topic) to FILE, outside the data folder, for gold.py's marker check.
See README.md for the planted patterns.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20250401
START = datetime(2025, 4, 1)
END = datetime(2026, 9, 30, 23, 59, 59)
OUTAGE = (datetime(2026, 3, 10, 8, 0), datetime(2026, 3, 13, 20, 0))   # cn-east region outage
OUTAGE_REGION = "cn-east"
rng = np.random.default_rng(SEED)

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_landing", "官网落地页", "Landing page", "awareness", "web", "digital", "growth",
     "官网|首页|落地页|homepage|landing|website"),
    ("tp_signup", "注册账号", "Sign up", "consideration", "web", "digital", "growth",
     "注册|开户|创建账号|signup|sign-up|register|create account"),
    ("tp_email_verify", "邮箱验证", "Email verification", "consideration", "email", "digital", "growth",
     "验证邮箱|邮件验证|激活邮件|verify email|email confirm|verification"),
    ("tp_create_project", "创建首个项目", "Create first project", "consideration", "web", "digital", "platform",
     "新建项目|建项目|导入仓库|new project|import repo|create project"),
    ("tp_first_deploy", "首次部署", "First deploy", "consideration", "other", "digital", "platform",
     "第一次部署|首次上线|激活|first deployment|activation|go live"),
    ("tp_docs", "开发者文档", "Developer docs", "consideration", "web", "digital", "devrel",
     "文档|帮助文档|教程|docs|documentation|guides"),
    ("tp_build", "构建", "Build", "loyalty", "other", "digital", "platform",
     "编译|打包|构建任务|build|ci build|build job"),
    ("tp_deploy", "部署", "Deploy", "loyalty", "other", "digital", "platform",
     "发布|上线|部署任务|deployment|release|ship"),
    ("tp_add_member", "邀请团队成员", "Invite team member", "loyalty", "web", "digital", "platform",
     "加成员|邀请同事|团队协作|invite|add seat|team invite"),
    ("tp_usage_limit", "触发用量上限", "Usage limit hit", "purchase", "web", "digital", "monetization",
     "额度用完|超出免费额度|用量告警|limit reached|quota exceeded|usage cap"),
    ("tp_pricing_page", "定价页", "Pricing page", "purchase", "web", "digital", "monetization",
     "价格页|套餐页|pricing|plans page|plans"),
    ("tp_checkout", "结账付款", "Checkout", "purchase", "web", "digital", "monetization",
     "支付|付款|下单|结算|checkout|payment|pay"),
    ("tp_plan_active", "付费套餐生效", "Paid plan active", "purchase", "web", "digital", "monetization",
     "升级成功|开通付费|付费生效|plan activated|upgrade complete|paid conversion"),
    ("tp_payment_failed", "扣款失败", "Payment failed", "purchase", "email", "digital", "billing",
     "支付失败|付款失败|卡被拒|payment declined|card declined|failed charge"),
    ("tp_billing", "账单与用量页", "Billing & usage page", "loyalty", "web", "digital", "billing",
     "账单|用量|发票|费用明细|billing|invoice|usage page"),
    ("tp_status_page", "状态页", "Status page", "service", "web", "digital", "sre",
     "服务状态|系统状态|status|status page|incident page"),
    ("tp_ticket_open", "提交工单", "Ticket opened", "service", "web", "digital", "support",
     "开工单|提工单|报障|工单|open ticket|support ticket|support request"),
    ("tp_first_response", "工单首次响应", "First response", "service", "email", "digital", "support",
     "首次回复|客服回复|响应|first reply|first response|initial response"),
    ("tp_escalation", "工单升级", "Ticket escalation", "service", "other", "digital", "support",
     "升级处理|转二线|转工程师|escalation|escalated|tier 2"),
    ("tp_ticket_resolved", "工单解决", "Ticket resolved", "service", "email", "digital", "support",
     "问题解决|结单|关闭工单|resolved|ticket closed|solved"),
    ("tp_downgrade_request", "降级/退订申请", "Downgrade request", "loyalty", "web", "digital", "success",
     "降级|退订申请|取消申请|downgrade|cancel request|cancellation request"),
    ("tp_retention_offer", "挽留优惠", "Retention offer", "loyalty", "email", "digital", "success",
     "挽留|留存优惠|折扣挽留|save offer|retention discount|winback offer"),
    ("tp_offer_accepted", "接受挽留优惠", "Retention offer accepted", "loyalty", "web", "digital", "success",
     "挽留成功|接受优惠|留下来了|offer accepted|saved|retained"),
    ("tp_cancelled", "订阅已取消", "Subscription cancelled", "loyalty", "web", "digital", "success",
     "取消订阅|退订|流失|销户|cancelled|churned|cancellation"),
]
JOURNEYS = [
    ("signup", "注册上手", "Signup & first deploy",
     ["tp_landing", "tp_signup", "tp_email_verify", "tp_create_project", "tp_first_deploy"], 14),
    ("upgrade", "升级付费", "Upgrade to paid", ["tp_usage_limit", "tp_pricing_page", "tp_checkout", "tp_plan_active"], 7),
    ("support", "工单支持", "Support ticket", ["tp_ticket_open", "tp_first_response", "tp_ticket_resolved"], 14),
    ("churn", "降级流失", "Downgrade & cancellation", ["tp_downgrade_request", "tp_retention_offer", "tp_cancelled"], 14),
]

COUNTRIES = ["CN", "US", "DE", "GB", "FR", "NL", "SG", "JP", "IN", "BR", "ID"]
COUNTRY_P = [0.40, 0.21, 0.07, 0.06, 0.03, 0.02, 0.05, 0.05, 0.06, 0.03, 0.02]
SOURCES = ["github", "google", "ad", "referral"]
SOURCE_P = [0.30, 0.30, 0.28, 0.12]
CHANNEL_OF_SOURCE = {"github": "organic", "google": "organic", "ad": "paid", "referral": "referral"}
SIZES = ["1-10", "11-50", "51-200", "201-1000", "1000+"]
SIZE_P = [0.46, 0.30, 0.15, 0.06, 0.03]
INDUSTRIES = ["saas", "ecommerce", "fintech", "gaming", "education", "media", "healthcare", "agency"]
INDUSTRY_P = [0.26, 0.18, 0.10, 0.10, 0.10, 0.09, 0.06, 0.11]
FRAMEWORKS = ["nextjs", "django", "spring", "express", "fastapi", "rails", "laravel", "go"]
FRAMEWORK_P = [0.30, 0.13, 0.11, 0.12, 0.11, 0.06, 0.07, 0.10]
BUILD_MEDIAN = {"nextjs": 95, "django": 140, "spring": 430, "express": 60, "fastapi": 70, "rails": 165,
                "laravel": 120, "go": 55}
PLANS = ["pro", "team", "enterprise"]
FAIL_P = {"unionpay": 0.27, "visa": 0.04, "mastercard": 0.045, "amex": 0.05, "paypal": 0.03, "alipay": 0.02,
          "wechat_pay": 0.025, "wire_transfer": 0.01}


def region_of(country: str) -> str:
    if country == "CN":
        return "cn-east" if rng.random() < 0.6 else "cn-north"
    if country in ("US", "BR"):
        return "us-west" if (country == "US" and rng.random() < 0.6) else "us-east"
    if country in ("DE", "GB", "FR", "NL"):
        return "eu-central"
    return "ap-southeast"


def pay_method(country: str, plan: str) -> str:
    if plan == "enterprise" and rng.random() < 0.7:
        return "wire_transfer"
    if country == "CN":
        return str(rng.choice(["alipay", "unionpay", "wechat_pay", "visa"], p=[0.42, 0.33, 0.15, 0.10]))
    return str(rng.choice(["visa", "mastercard", "amex", "paypal"], p=[0.45, 0.30, 0.08, 0.17]))


# ---------------------------------------------------------------- feedback texts
TEXTS = {
    "slow_build": {
        "zh": ["构建太慢了，一个Spring项目要等七八分钟", "每次构建都要排队，构建时间比以前长了一倍",
               "构建速度太慢，改一行代码要等好久才能上线", "构建缓存好像没生效，每次都是全量构建，慢死了",
               "构建经常卡在安装依赖那一步，太慢了", "高峰期构建排队严重，半天出不来结果"],
        "en": ["Builds are painfully slow, our Spring app takes 7+ minutes", "Build times have doubled, we wait forever on every push",
               "Slow builds are killing our iteration speed", "The build cache doesn't seem to work, every build starts from scratch",
               "The build queue is way too slow at peak hours", "Maven build step takes ages compared to our old CI"],
    },
    "billing_surprise": {
        "zh": ["这个月账单突然翻了好几倍，超额费用完全没有提醒", "被多收了一大笔超额流量费，账单也看不懂",
               "账单里莫名其妙多了带宽超额费用，事先没有任何预警", "扣费比预期高太多了，希望能设置消费上限",
               "黑五之后的账单吓了一跳，超额部分比套餐费还高"],
        "en": ["Our invoice tripled this month with overage charges and no warning", "Got a surprise bill for bandwidth overage, no alert at all",
               "We were charged way more than expected, please add spending caps", "The invoice is confusing and the overage fees came out of nowhere",
               "Black Friday traffic turned into a huge bill, nobody told us we were over"],
    },
    "payment_failed": {
        "zh": ["银联卡支付一直失败，试了好几次都不行", "付款老是被拒，银联卡根本绑不上", "续费扣款失败，也没告诉我原因",
               "支付失败好几次，差点导致服务被停", "用银联付款总是显示交易被拒"],
        "en": ["My UnionPay card keeps getting declined at checkout", "Payment declined three times, no reason given",
               "Card payment failed and our plan almost lapsed", "Checkout keeps saying payment failed with my UnionPay card"],
    },
    "docs": {
        "zh": ["文档写得非常清楚，照着做半小时就上线了", "文档和示例很全，新人上手很快", "官方文档质量很高，比别家平台好太多",
               "中文文档很详细，省了很多时间", "文档里的框架示例直接能跑，点赞"],
        "en": ["Great docs, got our app live in 30 minutes", "The documentation is excellent and the examples just work",
               "Best docs of any hosting platform I've used", "Docs are clear and well organized, onboarding was easy",
               "Loved the framework guides in the docs"],
    },
    "outage": {
        "zh": ["3月华东区宕机了整整两天，我们的线上业务全停了", "cn-east故障期间状态页更新太慢，只能干着急",
               "服务中断这么久，没有任何补偿说法", "华东节点挂了，我们的客户投诉一大堆", "这次宕机影响太大了，考虑迁移到别的区域"],
        "en": ["The cn-east outage took our production app offline for two days", "During the outage the status page was barely updated",
               "Region outage and no SLA credit offered", "Our service was down for hours in cn-east",
               "That outage cost us real customers, thinking about moving regions"],
    },
    "support_slow": {
        "zh": ["工单提交后一天多才有人回复", "客服回复太慢了，紧急问题等了好几个小时", "回复速度太慢，而且每次都要重复描述问题",
               "工单响应很慢，希望能有电话支持", "等了一整天才收到第一条回复"],
        "en": ["Waited over a day for a first response to our ticket", "Support response times are far too slow for urgent issues",
               "Slow responses from support, had to repeat the problem every time", "Took ages for anyone to respond to our ticket"],
    },
    "support_good": {
        "zh": ["客服很专业，问题很快就解决了", "工程师很耐心，帮我们定位到了配置问题", "支持团队很给力，当天就搞定了",
               "客服态度很好，解释得很清楚"],
        "en": ["Support engineer was super helpful and fixed it quickly", "Great support, solved our DNS issue the same day",
               "The support team really knows their stuff", "Friendly and competent support, thanks!"],
    },
    "price": {
        "zh": ["团队版价格有点贵，小团队负担不起", "价格比国内其他云贵不少", "企业版太贵了，功能却没多多少"],
        "en": ["Pricing is too expensive for a small startup", "The Team plan price is hard to justify",
               "Enterprise is expensive for what you get"],
    },
    "deploy_praise": {
        "zh": ["部署特别快，git push 就上线了", "预览环境很好用，一键部署太方便", "部署流程很顺，回滚也很简单"],
        "en": ["Deploys are fast and painless, git push and it's live", "Preview deployments are a game changer",
               "Rollbacks are one click, deploying is a joy"],
    },
    "neutral": {
        "zh": ["还行，基本满足需求", "功能够用，希望增加更多区域", "整体不错，控制台还可以再简洁点", "一般般，没什么特别的"],
        "en": ["It's fine, does what we need", "Would like more regions in Latin America", "Solid overall, the dashboard could be simpler",
               "Okay for now, nothing special"],
    },
}


def text_of(topic: str, lang: str) -> str:
    return str(rng.choice(TEXTS[topic][lang]))


def lang_of(country: str) -> str:
    if country == "CN":
        return "zh" if rng.random() < 0.96 else "en"
    if country == "SG":
        return "zh" if rng.random() < 0.3 else "en"
    return "en"


# ---------------------------------------------------------------- output buffers
EVENTS: list[list] = []
ORDERS: list[list] = []
FEEDBACK: list[list] = []
TRUTH: list[tuple] = []
_ev_n = 0
_ord_n = 0
_ticket_n = 0


def ev(cid, ts, tp, action="view", device="pc", channel="web", region="", framework="", ticket_id="",
       priority="", category="", build_sec="", plan="", method="", reason="", session=None):
    global _ev_n
    if ts < START or ts > END:
        return
    _ev_n += 1
    EVENTS.append([f"e{_ev_n:07d}", cid, ts.strftime("%Y-%m-%d %H:%M:%S"), tp,
                   session or f"{cid}-{ts:%y%m%d}", action, device, channel, region, framework, ticket_id, priority,
                   category, build_sec, plan, method, reason])


def order(cid, ts, amount, status, plan, cycle, method, region, otype, overage=0.0, seats=1, attempt=1,
          refunded_at=""):
    global _ord_n
    if ts < START or ts > END:
        return None
    _ord_n += 1
    oid = f"INV{_ord_n:06d}"
    ORDERS.append([oid, cid, ts.strftime("%Y-%m-%d %H:%M:%S"), f"{amount:.2f}", status, "web", "pc", plan, cycle,
                   method, region, otype, f"{overage:.2f}", seats, attempt, "USD", refunded_at])
    return oid


def fb(text, ts, cid, tp, channel, rating, nps, lang, region, plan, framework="", category="", topic=""):
    fid = f"fb{len(FEEDBACK) + 1:05d}"
    FEEDBACK.append([fid, text, ts.strftime("%Y-%m-%d %H:%M:%S") if ts else "", cid, tp, channel,
                     "" if rating is None else int(rating), "" if nps is None else int(nps), lang, region, plan,
                     framework, category])
    TRUTH.append((fid, topic))


def month_starts():
    d = START
    out = []
    while d <= END:
        out.append(d)
        d = datetime(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return out


MONTHS = month_starts()


def next_month(d):
    return datetime(d.year + (d.month == 12), d.month % 12 + 1, 1)


def hours(h):
    return timedelta(hours=float(h))


def days(x):
    return timedelta(days=float(x))


# ---------------------------------------------------------------- accounts
class Account:
    __slots__ = ("cid", "country", "region", "source", "size", "industry", "signup_at", "framework", "plan",
                 "cycle", "method", "seats", "paid_since", "churned_at", "dormant_at", "activated_at", "lang",
                 "slow_ticket", "overage_hit", "segment", "last_plan", "device")

    def __init__(self, cid):
        self.cid = cid
        self.country = str(rng.choice(COUNTRIES, p=COUNTRY_P))
        self.region = region_of(self.country)
        self.source = str(rng.choice(SOURCES, p=SOURCE_P))
        self.size = str(rng.choice(SIZES, p=SIZE_P))
        self.industry = str(rng.choice(INDUSTRIES, p=INDUSTRY_P))
        self.signup_at = None
        self.framework = str(rng.choice(FRAMEWORKS, p=FRAMEWORK_P))
        self.plan = "hobby"
        self.last_plan = ""
        self.cycle = ""
        self.method = ""
        self.seats = 1
        self.paid_since = None
        self.churned_at = None
        self.dormant_at = None
        self.activated_at = None
        self.lang = lang_of(self.country)
        self.slow_ticket = False
        self.overage_hit = False
        self.segment = "lead"
        self.device = "pc" if rng.random() < 0.85 else "mobile"


ENT_PRICE: dict[str, float] = {}   # enterprise contract price per month, per account


def monthly_price(a: Account) -> float:
    """Pro $20 per seat, Team $99 incl. 5 seats + $15 per extra seat, Enterprise by contract."""
    if a.plan == "pro":
        return 20.0 * a.seats
    if a.plan == "team":
        return 99.0 + 15.0 * max(0, a.seats - 5)
    return ENT_PRICE[a.cid]


def start_paid(a: Account, ts: datetime, plan: str, upgrade_order: bool) -> None:
    a.plan = plan
    a.last_plan = plan
    a.paid_since = ts
    a.cycle = "annual" if rng.random() < (0.25 if plan == "enterprise" else 0.13) else "monthly"
    if plan == "pro":
        a.seats = int(rng.choice([1, 2, 3, 4], p=[0.45, 0.3, 0.15, 0.1]))
    elif plan == "team":
        a.seats = int(rng.integers(5, 16))
    else:
        a.seats = int(rng.integers(20, 120))
        ENT_PRICE[a.cid] = float(round(rng.uniform(900, 3200), -1))


def pay_status(a: Account) -> str:
    return "failed" if rng.random() < FAIL_P[a.method] else "paid"


def run_upgrade(a: Account, t: datetime) -> bool:
    """Upgrade journey from a usage-limit hit at t. Returns True when a paid plan became active."""
    dev = a.device
    ev(a.cid, t, "tp_usage_limit", "view", dev, "web", a.region, a.framework)
    if rng.random() > 0.78:
        return False
    t2 = t + hours(rng.uniform(0.2, 40))
    ev(a.cid, t2, "tp_pricing_page", "view", dev, "web", a.region)
    if rng.random() > 0.58:
        return False
    plan = str(rng.choice(PLANS, p=[0.72, 0.25, 0.03]))
    a.method = pay_method(a.country, plan)
    t3 = t2 + hours(rng.uniform(0.1, 60))
    for attempt in (1, 2):
        st = pay_status(a)
        ev(a.cid, t3, "tp_checkout", "submit" if st == "paid" else "fail", dev, "web", a.region, plan=plan,
           method=a.method)
        if st == "paid":
            start_paid(a, t3 + timedelta(minutes=float(rng.uniform(1, 20))), plan, True)
            ta = a.paid_since
            ev(a.cid, ta, "tp_plan_active", "success", dev, "web", a.region, plan=plan, method=a.method)
            # prorated first charge
            mp = monthly_price(a)
            if a.cycle == "annual":
                amt = mp * 10
            else:
                nm = next_month(datetime(ta.year, ta.month, 1))
                amt = mp * max(0.1, (nm - ta).days / 30.0)
            order(a.cid, ta, round(amt, 2), "paid", plan, a.cycle, a.method, a.region, "upgrade", seats=a.seats)
            return True
        order(a.cid, t3, round(monthly_price_guess(plan), 2), "failed", plan, "monthly", a.method, a.region, "upgrade",
              attempt=attempt)
        ev(a.cid, t3 + timedelta(minutes=1), "tp_payment_failed", "fail", dev, "email", a.region, plan=plan,
           method=a.method)
        if rng.random() < 0.15:
            fb(text_of("payment_failed", a.lang), t3 + hours(rng.uniform(0.5, 30)), a.cid, "tp_checkout", "in_app",
               1, None, a.lang, a.region, "hobby", topic="payment_failed")
        if attempt == 1 and rng.random() < 0.5:
            if a.method == "unionpay" and rng.random() < 0.4:
                a.method = "alipay"
            t3 = t3 + hours(rng.uniform(0.2, 30))
            continue
        return False
    return False


def monthly_price_guess(plan):
    return {"pro": 20.0, "team": 99.0, "enterprise": 1500.0}[plan]


def run_ticket(a: Account, t: datetime, category: str | None = None, priority: str | None = None,
               outage: bool = False) -> None:
    global _ticket_n
    _ticket_n += 1
    tid = f"T{_ticket_n:05d}"
    if category is None:
        category = str(rng.choice(["build", "deploy", "billing", "networking", "database", "account", "domain_ssl",
                                   "outage"], p=[0.24, 0.19, 0.15, 0.10, 0.12, 0.10, 0.07, 0.03]))
    if priority is None:
        if a.plan == "enterprise":
            priority = str(rng.choice(["p1", "p2", "p3", "p4"], p=[0.2, 0.35, 0.35, 0.1]))
        else:
            priority = str(rng.choice(["p1", "p2", "p3", "p4"], p=[0.06, 0.2, 0.46, 0.28]))
    dev = a.device
    ev(a.cid, t, "tp_ticket_open", "submit", dev, "web", a.region, ticket_id=tid, priority=priority, category=category)
    if rng.random() > 0.97:
        return
    mean_h = {"p1": 1.0, "p2": 4.0, "p3": 12.0, "p4": 30.0}[priority]
    if OUTAGE[0] <= t <= OUTAGE[1] + days(4):
        mean_h *= 3.0                                      # backlog during the outage week
    wait = float(rng.gamma(2.0, mean_h / 2.0))
    t2 = t + hours(wait)
    ev(a.cid, t2, "tp_first_response", "view", dev, "email", a.region, ticket_id=tid, priority=priority,
       category=category)
    slow = wait > 24
    if slow:
        a.slow_ticket = True
    esc_p = 0.45 if (outage or category == "outage") else (0.32 if priority == "p1" else 0.09)
    escalated = rng.random() < esc_p
    t3 = t2
    if escalated:
        t3 = t2 + hours(rng.uniform(1, 48))
        ev(a.cid, t3, "tp_escalation", "submit", "", "other", a.region, ticket_id=tid, priority=priority,
           category=category)
    if rng.random() > (0.86 if escalated else 0.92):
        return
    t4 = t3 + days(rng.uniform(1, 18) if escalated else rng.gamma(1.6, 1.6))
    ev(a.cid, t4, "tp_ticket_resolved", "success", dev, "email", a.region, ticket_id=tid, priority=priority,
       category=category)
    if rng.random() < 0.45:    # CSAT survey answered
        if outage or category == "outage":
            topic, rating = ("outage", int(rng.choice([1, 2, 3], p=[0.5, 0.35, 0.15]))) if rng.random() < 0.75 else \
                ("support_slow" if slow else "support_good", None)
        elif slow and rng.random() < 0.8:
            topic, rating = "support_slow", int(rng.choice([1, 2, 3], p=[0.45, 0.4, 0.15]))
        elif category == "billing" and a.overage_hit and rng.random() < 0.6:
            topic, rating = "billing_surprise", int(rng.choice([1, 2, 3], p=[0.4, 0.4, 0.2]))
        elif category == "build" and a.framework == "spring" and rng.random() < 0.5:
            topic, rating = "slow_build", int(rng.choice([2, 3], p=[0.6, 0.4]))
        else:
            topic, rating = ("support_good", None) if rng.random() < 0.8 else ("neutral", 3)
        if rating is None:
            rating = int(rng.choice([4, 5], p=[0.35, 0.65])) if topic == "support_good" else \
                int(rng.choice([1, 2], p=[0.5, 0.5]))
        if t4 + hours(2) <= END:
            fb(text_of(topic, a.lang), t4 + hours(rng.uniform(0.5, 20)), a.cid, "tp_ticket_resolved", "csat_survey",
               rating, None, a.lang, a.region, a.plan, a.framework, category, topic)


def run_churn(a: Account, t: datetime) -> bool:
    """Churn journey from a downgrade request at t. Returns True when cancelled."""
    dev = a.device
    if a.region == OUTAGE_REGION and datetime(2026, 3, 14) <= t < datetime(2026, 5, 1):
        reason = "outage" if rng.random() < 0.7 else "price"
    elif a.overage_hit and rng.random() < 0.6:
        reason = "billing_surprise"
    else:
        reason = str(rng.choice(["price", "project_ended", "moved_to_competitor", "missing_feature"],
                                p=[0.35, 0.3, 0.2, 0.15]))
    ev(a.cid, t, "tp_downgrade_request", "submit", dev, "web", a.region, plan=a.plan, reason=reason)
    offered = rng.random() < (0.9 if a.plan != "pro" else 0.8)
    t2 = t + hours(rng.uniform(0.5, 30))
    if offered:
        ev(a.cid, t2, "tp_retention_offer", "view", dev, "email", a.region, plan=a.plan, reason=reason)
        p_cancel = {"pro": 0.58, "team": 0.45, "enterprise": 0.35}[a.plan]
        if reason == "outage":
            p_cancel += 0.15
        if reason == "project_ended":
            p_cancel += 0.2
        if rng.random() > p_cancel:
            ev(a.cid, t2 + hours(rng.uniform(1, 72)), "tp_offer_accepted", "success", dev, "web", a.region, plan=a.plan,
               reason=reason)
            return False
        t3 = t2 + days(rng.uniform(0.5, 9))
    else:
        if rng.random() > 0.85:
            return False
        t3 = t + days(rng.uniform(0.5, 5))
    ev(a.cid, t3, "tp_cancelled", "success", dev, "web", a.region, plan=a.plan, reason=reason)
    a.churned_at = t3
    return True


def life(a: Account, active_from: datetime, legacy: bool) -> None:
    """Month-by-month activity from active_from to the end of data."""
    nps_waves = [datetime(2025, 5, 15), datetime(2025, 8, 15), datetime(2025, 11, 14), datetime(2026, 2, 13),
                 datetime(2026, 5, 15), datetime(2026, 8, 14)]
    m0 = datetime(active_from.year, active_from.month, 1)
    for ms in MONTHS:
        if ms < m0:
            continue
        me = next_month(ms)
        if a.churned_at is not None or a.dormant_at is not None:
            break
        lo = max(ms, active_from)
        span = (me - lo).total_seconds() / 86400.0
        if span <= 0:
            continue
        plan = a.plan

        def rt():
            return lo + days(rng.uniform(0, span))

        # ---- invoices on the 1st (paid plans)
        if plan != "hobby" and a.paid_since is not None and a.paid_since < ms:
            due = a.cycle == "monthly" or (ms.month == a.paid_since.month and ms.year > a.paid_since.year)
            if due:
                mp = monthly_price(a)
                overage = 0.0
                if a.cycle == "monthly" and plan != "enterprise":
                    if ms == datetime(2025, 12, 1) and a.industry == "ecommerce" and rng.random() < 0.75:
                        overage = round(mp * rng.uniform(1.5, 4.0), 2)
                        a.overage_hit = True
                    elif ms == datetime(2025, 12, 1) and rng.random() < 0.2:
                        overage = round(mp * rng.uniform(0.3, 1.5), 2)
                        a.overage_hit = True
                    elif rng.random() < 0.15:
                        overage = round(mp * rng.uniform(0.05, 0.4), 2)
                amount = (mp * 10 if a.cycle == "annual" else mp) + overage
                ti = ms + hours(rng.uniform(1, 8))
                st = pay_status(a)
                attempt = 1
                while True:
                    refunded_at = ""
                    if st == "paid":
                        rp = 0.11 if plan == "enterprise" else 0.012
                        if rng.random() < rp:
                            st = "refunded"
                            refunded_at = (ti + days(rng.uniform(5, 30))).strftime("%Y-%m-%d %H:%M:%S")
                    order(a.cid, ti, round(amount, 2), st, plan, a.cycle, a.method, a.region, "invoice", overage,
                          a.seats, attempt, refunded_at)
                    if st != "failed":
                        break
                    ev(a.cid, ti + timedelta(minutes=2), "tp_payment_failed", "fail", a.device, "email", a.region,
                       plan=plan, method=a.method)
                    if rng.random() < 0.12:
                        fb(text_of("payment_failed", a.lang), ti + hours(rng.uniform(2, 48)), a.cid, "tp_billing",
                           "in_app", int(rng.choice([1, 2], p=[0.7, 0.3])), None, a.lang, a.region, plan,
                           topic="payment_failed")
                    if attempt >= 3:
                        break
                    attempt += 1
                    if a.method == "unionpay" and rng.random() < 0.3:
                        a.method = "alipay"
                    ti = ti + days(3)
                    st = pay_status(a)
                if overage > 0 and a.overage_hit and ms == datetime(2025, 12, 1):
                    ev(a.cid, ms + days(rng.uniform(0.2, 6)), "tp_billing", "view", a.device, "web", a.region, plan=plan)
                    if rng.random() < 0.35:
                        fb(text_of("billing_surprise", a.lang), ms + days(rng.uniform(0.3, 9)), a.cid, "tp_billing",
                           "in_app", int(rng.choice([1, 2], p=[0.6, 0.4])), None, a.lang, a.region, plan,
                           topic="billing_surprise")
        # ---- usage: builds and deploys
        rate = {"hobby": 1.1, "pro": 2.4, "team": 3.8, "enterprise": 5.5}[plan] * span / 30.0
        for _ in range(int(rng.poisson(rate))):
            t = rt()
            dur = int(BUILD_MEDIAN[a.framework] * rng.lognormal(0, 0.35))
            in_outage = a.region == OUTAGE_REGION and OUTAGE[0] <= t <= OUTAGE[1]
            ok = rng.random() > (0.5 if in_outage else 0.07)
            ev(a.cid, t, "tp_build", "success" if ok else "fail", "", "other", a.region, a.framework, build_sec=dur)
            if ok:
                dok = rng.random() > (0.65 if in_outage else 0.03)
                ev(a.cid, t + timedelta(seconds=dur + 20), "tp_deploy", "success" if dok else "fail", "", "other",
                   a.region, a.framework)
            if dur > 300 and rng.random() < 0.05:
                fb(text_of("slow_build", a.lang), t + timedelta(seconds=dur + 60), a.cid, "tp_build", "in_app",
                   int(rng.choice([1, 2, 3], p=[0.35, 0.45, 0.2])), None, a.lang, a.region, plan, a.framework,
                   topic="slow_build")
        # ---- docs, billing page, members
        for _ in range(int(rng.poisson(0.8 * span / 30.0))):
            t = rt()
            ev(a.cid, t, "tp_docs", "view", a.device, "web", a.region, a.framework)
            if rng.random() < 0.012:
                fb(text_of("docs", a.lang), t + timedelta(minutes=5), a.cid, "tp_docs", "in_app",
                   int(rng.choice([4, 5], p=[0.3, 0.7])), None, a.lang, a.region, plan, a.framework, topic="docs")
        if plan != "hobby" and rng.random() < 0.35:
            ev(a.cid, rt(), "tp_billing", "view", a.device, "web", a.region, plan=plan)
        if plan in ("team", "enterprise") and rng.random() < 0.15:
            ev(a.cid, rt(), "tp_add_member", "submit", a.device, "web", a.region)
        if rng.random() < 0.02:
            ev(a.cid, rt(), "tp_status_page", "view", a.device, "web", a.region)
        # ---- outage week
        if a.region == OUTAGE_REGION and ms == datetime(2026, 3, 1):
            if rng.random() < 0.7:
                ev(a.cid, OUTAGE[0] + hours(rng.uniform(0, 80)), "tp_status_page", "view", a.device, "web", a.region)
            if rng.random() < (0.5 if plan != "hobby" else 0.22):
                run_ticket(a, OUTAGE[0] + hours(rng.uniform(0.2, 84)), "outage",
                           str(rng.choice(["p1", "p2", "p3"], p=[0.45, 0.4, 0.15])), outage=True)
        # ---- ordinary tickets
        tp = {"hobby": 0.03, "pro": 0.08, "team": 0.12, "enterprise": 0.25}[plan] * span / 30.0
        for _ in range(int(rng.poisson(tp))):
            run_ticket(a, rt())
        # ---- NPS survey wave
        for w in nps_waves:
            if ms <= w < me and w >= active_from and rng.random() < 0.14:
                base = {"hobby": 7.4, "pro": 7.8, "team": 8.0, "enterprise": 7.0}[plan]
                if a.framework == "spring":
                    base -= 1.5
                if a.overage_hit and w < datetime(2026, 6, 1):
                    base -= 2.5
                if a.region == OUTAGE_REGION and datetime(2026, 3, 10) < w < datetime(2026, 9, 1):
                    base -= 2.2
                if a.slow_ticket:
                    base -= 1.2
                nps = int(np.clip(round(rng.normal(base, 1.9)), 0, 10))
                if nps >= 9:
                    topic = str(rng.choice(["docs", "deploy_praise", "support_good"], p=[0.45, 0.4, 0.15]))
                elif nps >= 7:
                    topic = str(rng.choice(["neutral", "docs", "deploy_praise", "price"], p=[0.55, 0.15, 0.15, 0.15]))
                else:
                    opts = ["price"]
                    if a.framework in ("spring", "rails", "django"):
                        opts += ["slow_build"] * 2
                    if a.overage_hit:
                        opts += ["billing_surprise"] * 3
                    if a.region == OUTAGE_REGION and w > datetime(2026, 3, 10):
                        opts += ["outage"] * 3
                    if a.slow_ticket:
                        opts += ["support_slow"] * 2
                    topic = str(rng.choice(opts))
                fb(text_of(topic, a.lang), w + hours(rng.uniform(0, 120)), a.cid, "", "nps_survey", None, nps, a.lang,
                   a.region, plan, a.framework, topic=topic)
        # ---- state transitions at month end
        if plan == "hobby":
            p_up = (0.085 if a.source == "github" else 0.06) * span / 30.0
            if a.size in ("51-200", "201-1000", "1000+"):
                p_up *= 1.4
            if rng.random() < p_up:
                if run_upgrade(a, rt()):
                    continue
            if rng.random() < 0.085 * span / 30.0:
                a.dormant_at = me
        else:
            hz = 0.022
            if a.overage_hit and ms in (datetime(2025, 12, 1), datetime(2026, 1, 1)):
                hz += 0.06
            if a.region == OUTAGE_REGION and ms in (datetime(2026, 3, 1), datetime(2026, 4, 1)):
                hz += 0.09 if ms == datetime(2026, 4, 1) else 0.04
            if rng.random() < hz * span / 30.0:
                lo2 = max(lo, datetime(2026, 3, 14)) if (a.region == OUTAGE_REGION and ms == datetime(2026, 3, 1)) else lo
                t = lo2 + days(rng.uniform(0, max(0.5, (me - lo2).total_seconds() / 86400.0 - 0.5)))
                run_churn(a, t)


def main() -> int:
    out = Path(sys.argv[1])
    truth_path = Path(sys.argv[sys.argv.index("--truth") + 1]) if "--truth" in sys.argv else None
    out.mkdir(parents=True, exist_ok=True)
    accounts: list[Account] = []
    n = 0

    # legacy accounts (signed up before the data starts; no onboarding events)
    for _ in range(520):
        n += 1
        a = Account(f"acc{n:05d}")
        a.signup_at = datetime(2023, 1, 1) + days(rng.uniform(0, (START - datetime(2023, 1, 1)).days - 1))
        a.activated_at = a.signup_at
        r = rng.random()
        if r < 0.40:
            pass
        else:
            plan = "pro" if r < 0.70 else ("team" if r < 0.91 else "enterprise")
            a.method = pay_method(a.country, plan)
            start_paid(a, a.signup_at + days(rng.uniform(10, 200)), plan, False)
            if a.paid_since >= START:
                a.paid_since = START - days(3)
        accounts.append(a)
        life(a, START, legacy=True)

    # new visitors arriving at the landing page inside the data
    for i, ms in enumerate(MONTHS):
        n_vis = int(480 * 1.03 ** i * (1.15 if ms.month == 1 else 1.0))
        me = next_month(ms)
        span = (me - ms).total_seconds() / 86400.0
        for _ in range(n_vis):
            n += 1
            a = Account(f"acc{n:05d}")
            accounts.append(a)
            t = ms + days(rng.uniform(0, span))
            dev = a.device
            ch = "ads" if a.source == "ad" else "web"
            ev(a.cid, t, "tp_landing", "view", dev, ch)
            if rng.random() < 0.35:
                ev(a.cid, t + hours(rng.uniform(1, 200)), "tp_landing", "view", dev, "web")
            p_sign = {"github": 0.62, "google": 0.55, "ad": 0.38, "referral": 0.60}[a.source]
            if rng.random() > p_sign:
                continue
            t = t + hours(rng.exponential(6) if rng.random() < 0.85 else rng.uniform(24, 400))
            if t > END:
                continue
            a.signup_at = t
            a.segment = "free"
            ev(a.cid, t, "tp_signup", "submit", dev, "web")
            if rng.random() > (0.80 if a.source == "ad" else 0.89):
                continue
            t = t + hours(rng.exponential(3) if rng.random() < 0.9 else rng.uniform(24, 240))
            ev(a.cid, t, "tp_email_verify", "success", dev, "email")
            if rng.random() > (0.89 if a.source == "github" else 0.80 if a.source != "ad" else 0.76):
                continue
            t = t + hours(rng.exponential(20) if rng.random() < 0.88 else rng.uniform(72, 400))
            ev(a.cid, t, "tp_create_project", "submit", dev, "web", a.region, a.framework)
            if rng.random() < 0.25:
                ev(a.cid, t + hours(rng.uniform(0.1, 5)), "tp_docs", "view", dev, "web", a.region, a.framework)
            p_dep = {"github": 0.86, "google": 0.70, "ad": 0.52, "referral": 0.74}[a.source]
            if a.framework == "spring":
                p_dep -= 0.08
            if rng.random() > p_dep:
                continue
            t = t + hours(rng.exponential(30) if rng.random() < 0.9 else rng.uniform(150, 500))
            dur = int(BUILD_MEDIAN[a.framework] * rng.lognormal(0, 0.35))
            ev(a.cid, t, "tp_build", "success", "", "other", a.region, a.framework, build_sec=dur)
            t = t + timedelta(seconds=dur + 20)
            ev(a.cid, t, "tp_first_deploy", "success", "", "other", a.region, a.framework)
            if t > END:
                continue
            a.activated_at = t
            life(a, t + hours(1), legacy=False)

    # review-site comments (anonymous; ~40 % without a date)
    for _ in range(320):
        lang = "zh" if rng.random() < 0.45 else "en"
        topic = str(rng.choice(["docs", "deploy_praise", "slow_build", "price", "billing_surprise", "support_slow",
                                "neutral"], p=[0.24, 0.2, 0.16, 0.14, 0.1, 0.08, 0.08]))
        rating = {"docs": [4, 5], "deploy_praise": [4, 5], "neutral": [3, 4]}.get(topic, [1, 2, 3])
        rating = int(rng.choice(rating))
        ts = None if rng.random() < 0.4 else START + days(rng.uniform(0, (END - START).days))
        fb(text_of(topic, lang), ts, "", "", "review_site", rating, None, lang, "", "", topic=topic)

    # ---- final customer state
    for a in accounts:
        if a.signup_at is None:
            a.segment = "lead"
        elif a.churned_at is not None:
            a.segment = "churned"
        elif a.plan != "hobby":
            a.segment = "paying"
        elif a.dormant_at is not None or a.activated_at is None:
            a.segment = "inactive"
        else:
            a.segment = "free"

    with open(out / "touchpoints.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
        for tp in TOUCHPOINTS:
            w.writerow([tp[0], tp[1], tp[1], tp[2], *tp[3:]])
    with open(out / "journeys.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
                    "window_days"])
        for jid, zh, en, steps, win in JOURNEYS:
            for k, tp in enumerate(steps, 1):
                w.writerow([jid, zh, zh, en, k, tp, win])
    with open(out / "customers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "signup_source",
                    "company_size", "industry", "country", "billing_cycle", "seats"])
        for a in accounts:
            tier = a.last_plan or ("hobby" if a.signup_at else "")
            w.writerow([a.cid, a.signup_at.strftime("%Y-%m-%d %H:%M:%S") if a.signup_at else "", a.segment, a.region,
                        CHANNEL_OF_SOURCE[a.source], tier, a.source, a.size, a.industry, a.country, a.cycle,
                        a.seats if a.last_plan else ""])
    EVENTS.sort(key=lambda r: (r[2], r[0]))
    for i, r in enumerate(EVENTS, 1):
        r[0] = f"e{i:07d}"
    with open(out / "events.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
                    "region", "framework", "ticket_id", "ticket_priority", "ticket_category", "build_duration_sec",
                    "plan", "payment_method", "reason"])
        w.writerows(EVENTS)
    ORDERS.sort(key=lambda r: (r[2], r[0]))
    for i, r in enumerate(ORDERS, 1):
        r[0] = f"INV{i:06d}"
    with open(out / "orders.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "plan", "billing_cycle",
                    "payment_method", "region", "order_type", "overage_amount", "seats", "attempt", "currency",
                    "refunded_at"])
        w.writerows(ORDERS)
    with open(out / "feedback.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                    "language", "region", "plan", "framework", "ticket_category"])
        w.writerows(FEEDBACK)
    if truth_path:
        with open(truth_path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["feedback_id", "topic"])
            w.writerows(TRUTH)
    print(f"customers {len(accounts)}, events {len(EVENTS)}, orders {len(ORDERS)}, feedback {len(FEEDBACK)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
