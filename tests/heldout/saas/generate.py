"""Blind held-out dataset: 云表协作 / CloudSheet, a B2B collaborative-spreadsheet SaaS.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders, feedback and experiments as CSV
(DATA.md). Deterministic (fixed seed), plain Python + numpy, 2024-01-01 .. 2025-06-30.

Planted patterns (see README.md):
  1. March 2025, segment mid_market: onboarding checklist -> create first workspace collapses
     (≈ 0.78 -> ≈ 0.35), with complaints at tp_workspace that month.
  2. Release 5.0 on 2025-04-15: integration sync breaks; complaints about integrations at
     tp_integration spike 2025-04-15 .. 2025-05-31, and integration events fail more often.
  3. Quarter-end sales push: sales-assisted checkouts cluster in the last 10 days of each quarter.
  4. Experiment exp_onboarding_v2 (control / checklist_v2, sign-ups 2024-09-01 .. 2024-12-31):
     checklist_v2 converts onboarding -> workspace better.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20240101
START = datetime(2024, 1, 1)
END = datetime(2025, 6, 30, 23, 59, 59)

TOUCHPOINTS = [
    # id, name_zh, name_en, stage, channel, kind, owner, aliases
    ("tp_website", "官网首页", "Website homepage", "awareness", "web", "digital", "marketing",
     "官网|首页|homepage|landing page"),
    ("tp_pricing", "定价页", "Pricing page", "consideration", "web", "digital", "marketing",
     "价格页|价格页面|pricing|plans page"),
    ("tp_trial_signup", "试用注册", "Trial signup", "consideration", "web", "digital", "growth",
     "注册试用|免费试用注册|sign up|free trial signup|signup"),
    ("tp_email_verify", "邮箱验证", "Email verification", "consideration", "email", "digital", "growth",
     "验证邮箱|激活邮件|verify email|email confirmation"),
    ("tp_onboarding", "新手引导清单", "Onboarding checklist", "consideration", "app", "digital", "growth",
     "新手引导|引导清单|onboarding|getting started checklist"),
    ("tp_workspace", "创建工作区", "Create workspace", "consideration", "app", "digital", "product",
     "创建首个工作区|新建工作区|first workspace|workspace creation"),
    ("tp_invite", "邀请同事", "Invite teammates", "consideration", "app", "digital", "product",
     "邀请成员|邀请团队成员|invite|invite members|team invite"),
    ("tp_integration", "集成配置", "Integration setup", "consideration", "app", "digital", "platform",
     "集成|连接器|第三方集成|integrations|connector setup"),
    ("tp_demo_booking", "预约演示", "Demo booking", "purchase", "web", "digital", "sales",
     "预约Demo|book a demo|demo request|申请演示"),
    ("tp_sales_demo", "销售演示会", "Sales demo call", "purchase", "phone", "physical", "sales",
     "演示会议|销售电话|demo call|sales call"),
    ("tp_checkout", "结账付款", "Checkout", "purchase", "web", "digital", "billing",
     "付款|结账|购买|checkout|payment"),
    ("tp_sso_setup", "SSO单点登录配置", "SSO setup", "service", "app", "digital", "platform",
     "SSO|单点登录|SAML|SSO configuration"),
    ("tp_help_center", "帮助中心", "Help center", "service", "web", "digital", "support",
     "帮助文档|知识库|help docs|knowledge base"),
    ("tp_support_ticket", "提交工单", "Support ticket", "service", "email", "digital", "support",
     "工单|客服工单|ticket|support request"),
    ("tp_ticket_resolved", "工单解决", "Ticket resolved", "service", "email", "digital", "support",
     "工单关闭|问题解决|ticket closed|resolution"),
    ("tp_renewal_email", "续费提醒邮件", "Renewal email", "loyalty", "email", "digital", "customer_success",
     "续费邮件|续约提醒|renewal reminder"),
    ("tp_billing_page", "账单与套餐页", "Billing & plan page", "loyalty", "web", "digital", "billing",
     "账单页|套餐页|billing page|plan page"),
    ("tp_renewal_payment", "续费支付", "Renewal payment", "loyalty", "web", "digital", "billing",
     "续费|续约付款|renewal|renew"),
    ("tp_nps_survey", "NPS调研", "NPS survey", "loyalty", "email", "digital", "customer_success",
     "NPS|满意度调研|净推荐值调查|nps survey"),
]

JOURNEYS = [
    ("j_trial", "试用激活旅程", "Trial activation",
     ["tp_trial_signup", "tp_email_verify", "tp_onboarding", "tp_workspace", "tp_invite"], 14),
    ("j_sales", "销售转化旅程", "Sales conversion",
     ["tp_pricing", "tp_demo_booking", "tp_sales_demo", "tp_checkout"], 30),
    ("j_support", "工单处理旅程", "Support resolution",
     ["tp_help_center", "tp_support_ticket", "tp_ticket_resolved"], 7),
    ("j_renewal", "续费旅程", "Renewal",
     ["tp_renewal_email", "tp_billing_page", "tp_renewal_payment"], 30),
]

SEGMENTS = (["smb", "mid_market", "enterprise"], [0.6, 0.28, 0.12])
REGIONS = (["east_china", "south_china", "north_china", "apac", "emea", "north_america"],
           [0.3, 0.2, 0.15, 0.15, 0.1, 0.1])
ACQ = (["organic", "paid_search", "partner", "outbound"], [0.42, 0.3, 0.15, 0.13])
INDUSTRY = (["internet", "retail", "manufacturing", "education", "finance", "professional_services"],
            [0.25, 0.18, 0.17, 0.12, 0.12, 0.16])
SIZE_BY_SEG = {"smb": (["1-10", "11-50"], [0.55, 0.45]),
               "mid_market": (["51-200", "201-1000"], [0.7, 0.3]),
               "enterprise": (["1001-5000", "5000+"], [0.7, 0.3])}
DEVICES = (["web", "desktop_app", "ios", "android"], [0.55, 0.2, 0.13, 0.12])
PRICE = {"pro": {"monthly": 299.0, "annual": 2990.0}, "business": {"monthly": 899.0, "annual": 8990.0}}

# feedback templates: (theme key, touchpoint, channel, language, text, rating range, nps range)
FB = {
    "sso": ("tp_sso_setup", [
        ("zh", "SSO配置太复杂了，SAML的元数据来回填了好几遍还是登录失败"),
        ("zh", "单点登录设置步骤说明看不懂，IT同事折腾了两天"),
        ("zh", "SSO 对接 Azure AD 一直报错，文档里没有写清楚证书格式"),
        ("en", "SSO setup is confusing, the SAML metadata fields are not explained anywhere"),
        ("en", "Spent two days trying to configure SSO with Okta, the docs are unclear"),
        ("en", "Single sign-on setup keeps failing with a certificate error, very confusing"),
    ], (1, 3), (2, 6)),
    "integration": ("tp_integration", [
        ("zh", "升级5.0之后和钉钉的集成同步失败了，数据一直不更新"),
        ("zh", "飞书连接器断了，表格数据同步报错，影响我们日报"),
        ("zh", "集成经常断开，Salesforce 同步一半就失败"),
        ("en", "Since the 5.0 release the Salesforce integration breaks every few hours"),
        ("en", "Integration sync keeps failing after the update, our dashboards are stale"),
        ("en", "The Slack connector broke again, integration errors with no explanation"),
    ], (1, 2), (0, 5)),
    "price": ("tp_pricing", [
        ("zh", "价格太贵了，小团队用商业版负担不起"),
        ("zh", "按人头收费太贵，邀请同事就要加钱"),
        ("en", "Pricing is too expensive for a small team, the per-seat cost adds up fast"),
        ("en", "Too expensive compared with other tools, the business plan is overpriced"),
    ], (2, 3), (3, 6)),
    "onboarding_good": ("tp_onboarding", [
        ("zh", "新手引导清单很清楚，十分钟就上手了，体验很棒"),
        ("zh", "引导做得很好，一步步教我们建好第一个表格"),
        ("en", "Great onboarding, the checklist made it easy to get started"),
        ("en", "Loved the onboarding checklist, very clear and quick"),
    ], (4, 5), (9, 10)),
    "invite": ("tp_invite", [
        ("zh", "邀请同事的邮件一直收不到，同事没法加入"),
        ("en", "Invite emails never arrive, my teammates cannot join the workspace"),
    ], (1, 3), (3, 7)),
    "workspace_error": ("tp_workspace", [
        ("zh", "创建工作区时一直转圈，提示域名已被占用，没法继续"),
        ("zh", "新建工作区报错，说我们公司的域名需要管理员验证"),
        ("en", "Cannot create a workspace, it says our company domain needs admin approval"),
        ("en", "Workspace creation hangs and then fails with a domain error"),
    ], (1, 2), (1, 5)),
    "support_slow": ("tp_support_ticket", [
        ("zh", "工单提交三天了还没人回复，客服响应太慢"),
        ("zh", "客服回复很慢，问题一直拖着没解决"),
        ("en", "Support is slow, my ticket waited three days for a first reply"),
        ("en", "Slow response from support, had to follow up several times"),
    ], (1, 3), (2, 6)),
    "support_good": ("tp_ticket_resolved", [
        ("zh", "客服很专业，问题当天就解决了"),
        ("en", "Support resolved my issue quickly, very helpful agent"),
    ], (4, 5), (8, 10)),
    "demo_good": ("tp_sales_demo", [
        ("zh", "销售演示讲得很清楚，针对我们行业做了定制案例"),
        ("en", "The sales demo was helpful and tailored to our use case"),
    ], (4, 5), (8, 10)),
    "renewal_price": ("tp_renewal_email", [
        ("zh", "续费价格涨了这么多，提前也没通知清楚"),
        ("en", "Renewal price went up a lot without a clear notice"),
    ], (1, 3), (2, 6)),
    "help_docs": ("tp_help_center", [
        ("zh", "帮助中心的文档太旧了，截图和现在的界面对不上"),
        ("en", "Help center articles are outdated, screenshots do not match the app"),
    ], (2, 3), (4, 7)),
    "checkout_fail": ("tp_checkout", [
        ("zh", "付款时对公转账的发票信息填不了"),
        ("en", "Checkout does not accept our company card, invoice details missing"),
    ], (1, 3), (3, 6)),
}
RELEASE = datetime(2025, 4, 15)


def pick(rng, spec):
    vals, p = spec
    return vals[rng.choice(len(vals), p=p)]


def fmt(ts: datetime) -> str:
    return ts.strftime("%Y-%m-%d %H:%M:%S")


def month_index(ts: datetime) -> int:
    return (ts.year - 2024) * 12 + ts.month - 1


def quarter_end(ts: datetime) -> datetime:
    q_end_month = ((ts.month - 1) // 3 + 1) * 3
    nxt = datetime(ts.year + (q_end_month == 12), 1 if q_end_month == 12 else q_end_month + 1, 1)
    return nxt - timedelta(seconds=1)


def work_time(rng, day: datetime) -> datetime:
    return day.replace(hour=0, minute=0, second=0) + timedelta(
        hours=int(rng.integers(8, 21)), minutes=int(rng.integers(0, 60)), seconds=int(rng.integers(0, 60)))


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events: list[tuple] = []
    orders: list[tuple] = []
    feedback: list[tuple] = []
    customers: list[tuple] = []
    experiments: list[tuple] = []
    fb_pending: list[tuple] = []  # (theme, ts or None, customer_id)

    def ev(cid, ts, tp, action, device, channel, session):
        if START <= ts <= END:
            events.append((cid, fmt(ts), tp, action, device, channel, session))

    # sign-ups per month grow from ~230 to ~420
    n_months = 18
    per_month = [int(230 + 11 * m) for m in range(n_months)]
    cid_n = 0
    order_n = 0
    session_n = 0
    for m, n in enumerate(per_month):
        y, mo = 2024 + m // 12, m % 12 + 1
        mstart = datetime(y, mo, 1)
        mend = datetime(y + (mo == 12), 1 if mo == 12 else mo + 1, 1)
        span = (mend - mstart).total_seconds()
        for _ in range(n):
            cid_n += 1
            cid = f"U{cid_n:05d}"
            signup = mstart + timedelta(seconds=float(rng.uniform(0, span - 7200)))
            signup = signup.replace(hour=int(rng.integers(8, 22)))
            seg = pick(rng, SEGMENTS)
            region = pick(rng, REGIONS)
            acq = pick(rng, ACQ)
            industry = pick(rng, INDUSTRY)
            size = pick(rng, SIZE_BY_SEG[seg])
            device = pick(rng, DEVICES)
            chan = {"organic": "web", "paid_search": "ads", "partner": "other", "outbound": "email"}[acq]
            session_n += 1
            sess = f"S{session_n:06d}"
            # awareness / consideration before sign-up
            t = signup - timedelta(minutes=int(rng.integers(5, 60 * 24 * 5)))
            for _k in range(int(rng.integers(1, 3))):
                ev(cid, t, "tp_website", "view", "web" if device in ("ios", "android") and rng.random() < 0.5 else device, chan, sess)
                t += timedelta(minutes=int(rng.integers(1, 30)))
            saw_pricing = rng.random() < 0.62
            if saw_pricing:
                ev(cid, t, "tp_pricing", "view", "web", chan, sess)
            # experiment
            variant = None
            if datetime(2024, 9, 1) <= signup < datetime(2025, 1, 1):
                variant = "checklist_v2" if rng.random() < 0.5 else "control"
                experiments.append(("exp_onboarding_v2", variant, cid, fmt(signup)))
            # trial activation journey
            t = signup
            ev(cid, t, "tp_trial_signup", "submit", device if device != "desktop_app" else "web", chan, sess)
            reached = 1
            p_verify = 0.86
            p_onb = 0.84
            p_ws = 0.78 if variant != "checklist_v2" else 0.9
            if seg == "enterprise":
                p_ws -= 0.04
            march_drop = seg == "mid_market" and signup.year == 2025 and signup.month == 3
            if march_drop:
                p_ws = 0.35
            p_inv = {"smb": 0.45, "mid_market": 0.58, "enterprise": 0.66}[seg]
            activated = False
            if rng.random() < p_verify:
                t += timedelta(minutes=int(rng.integers(2, 600)))
                ev(cid, t, "tp_email_verify", "success", device, "email", sess)
                reached = 2
                if rng.random() < p_onb:
                    t += timedelta(minutes=int(rng.integers(5, 60 * 24)))
                    ev(cid, t, "tp_onboarding", "view", device, "app", sess)
                    reached = 3
                    if rng.random() < p_ws:
                        t += timedelta(minutes=int(rng.integers(5, 60 * 48)))
                        ev(cid, t, "tp_workspace", "success", device, "app", sess)
                        reached = 4
                        activated = True
                        if rng.random() < p_inv:
                            t += timedelta(minutes=int(rng.integers(10, 60 * 24 * 3)))
                            ev(cid, t, "tp_invite", "submit", device, "app", sess)
                            reached = 5
                    elif march_drop and rng.random() < 0.45:
                        # no event at tp_workspace (any event there counts as reaching the step)
                        fb_pending.append(("workspace_error", t + timedelta(hours=2), cid))
            if reached >= 3 and rng.random() < 0.06:
                fb_pending.append(("onboarding_good", t + timedelta(days=1), cid))
            if reached == 4 and rng.random() < 0.03:
                fb_pending.append(("invite", t + timedelta(days=1), cid))
            # integration setup
            if activated and rng.random() < 0.45:
                ti = t + timedelta(days=int(rng.integers(1, 20)), minutes=int(rng.integers(0, 600)))
                n_int = int(rng.integers(1, 4))
                for _k in range(n_int):
                    broken = ti >= RELEASE and ti < datetime(2025, 6, 1)
                    action = "fail" if rng.random() < (0.4 if broken else 0.08) else "success"
                    ev(cid, ti, "tp_integration", action, device if device != "ios" else "web", "app", sess)
                    if broken and action == "fail" and rng.random() < 0.35:
                        fb_pending.append(("integration", ti + timedelta(hours=1), cid))
                    elif action == "fail" and rng.random() < 0.05:
                        fb_pending.append(("integration", ti + timedelta(hours=1), cid))
                    ti += timedelta(days=int(rng.integers(7, 90)))
            # SSO for enterprise / mid-market
            if activated and seg != "smb" and rng.random() < (0.55 if seg == "enterprise" else 0.2):
                ts_sso = t + timedelta(days=int(rng.integers(2, 30)))
                ev(cid, ts_sso, "tp_sso_setup", "fail" if rng.random() < 0.3 else "success", "web", "app", sess)
                if rng.random() < 0.18:
                    fb_pending.append(("sso", ts_sso + timedelta(hours=3), cid))
            # sales conversion journey
            tier = "free"
            billing_cycle = None
            first_paid = None
            sales_channel = "web"
            p_demo = {"smb": 0.1, "mid_market": 0.35, "enterprise": 0.55}[seg] * (1.2 if activated else 0.6)
            if saw_pricing and rng.random() < p_demo:
                tpr = signup + timedelta(days=int(rng.integers(1, 10)), hours=int(rng.integers(0, 8)))
                ev(cid, tpr, "tp_pricing", "view", "web", chan, sess)
                tb = tpr + timedelta(minutes=int(rng.integers(3, 90)))
                ev(cid, tb, "tp_demo_booking", "submit", "web", chan, sess)
                if rng.random() < 0.72:
                    td = work_time(rng, tb + timedelta(days=int(rng.integers(1, 6))))
                    ev(cid, td, "tp_sales_demo", "view", "web", "phone", sess)
                    if rng.random() < 0.2:
                        fb_pending.append(("demo_good", td + timedelta(hours=2), cid))
                    if rng.random() < 0.52:
                        qe = quarter_end(td)
                        if (qe - td).days <= 35 and rng.random() < 0.9:
                            tc = qe - timedelta(days=int(rng.integers(0, 10)), hours=int(rng.integers(0, 10)))
                            tc = max(tc, td + timedelta(hours=2))
                        else:
                            tc = td + timedelta(days=int(rng.integers(2, 25)))
                        ev(cid, tc, "tp_checkout", "success", "web", "web", sess)
                        first_paid = tc
                        sales_channel = "sales"
                        tier = "business" if seg != "smb" and rng.random() < 0.7 else "pro"
                        billing_cycle = "annual" if rng.random() < (0.75 if seg != "smb" else 0.4) else "monthly"
            elif activated and rng.random() < 0.22:
                # self-serve upgrade: pricing -> checkout, no demo
                tc = t + timedelta(days=int(rng.integers(3, 30)), hours=int(rng.integers(0, 8)))
                ev(cid, tc - timedelta(minutes=20), "tp_pricing", "view", device, "web", sess)
                if rng.random() < 0.04:
                    fb_pending.append(("price", tc - timedelta(minutes=10), cid))
                if rng.random() < 0.85:
                    ev(cid, tc, "tp_checkout", "success", "web", "web", sess)
                    first_paid = tc
                    tier = "pro" if rng.random() < 0.85 else "business"
                    billing_cycle = "monthly" if rng.random() < 0.65 else "annual"
                elif rng.random() < 0.3:
                    fb_pending.append(("checkout_fail", tc, cid))
            if saw_pricing and not first_paid and rng.random() < 0.05:
                fb_pending.append(("price", signup + timedelta(hours=1), cid))
            # orders: invoices until churn
            if first_paid and first_paid <= END:
                price = PRICE[tier][billing_cycle]
                seats_mult = {"smb": 1.0, "mid_market": 3.0, "enterprise": 8.0}[seg]
                amount = round(price * seats_mult, 2)
                tinv = first_paid
                k = 0
                while tinv <= END:
                    order_n += 1
                    if k == 0:
                        status = "paid" if rng.random() < 0.93 else ("refunded" if rng.random() < 0.5 else "cancelled")
                    else:
                        status = "paid" if rng.random() < 0.96 else ("refunded" if rng.random() < 0.4 else "cancelled")
                    orders.append((f"INV{order_n:06d}", cid, fmt(tinv), f"{amount:.2f}", status,
                                   sales_channel if k == 0 else "web", "web",
                                   billing_cycle, tier))
                    if status != "paid":
                        break
                    k += 1
                    if billing_cycle == "monthly":
                        if rng.random() < 0.05:
                            break
                        tinv = tinv + timedelta(days=30)
                    else:
                        # renewal journey 30 days before the anniversary
                        ann = tinv + timedelta(days=365)
                        tr = work_time(rng, ann - timedelta(days=30))
                        ev(cid, tr, "tp_renewal_email", "view", "web", "email", sess)
                        if rng.random() < 0.05:
                            fb_pending.append(("renewal_price", tr + timedelta(days=1), cid))
                        if rng.random() < 0.74:
                            tbp = tr + timedelta(days=int(rng.integers(1, 12)), hours=int(rng.integers(0, 6)))
                            ev(cid, tbp, "tp_billing_page", "view", "web", "web", sess)
                            if rng.random() < 0.85:
                                tinv = tbp + timedelta(days=int(rng.integers(0, 10)), hours=1)
                                ev(cid, tinv, "tp_renewal_payment", "success", "web", "web", sess)
                                continue
                        break
            # support: help center visits and tickets over the lifetime
            n_help = int(rng.poisson(1.6 if activated else 0.4))
            for _k in range(n_help):
                th = work_time(rng, signup + timedelta(days=int(rng.integers(1, 200))))
                hd = device if rng.random() < 0.7 else "web"
                ev(cid, th, "tp_help_center", "view", hd, "web", sess)
                if rng.random() < 0.09:
                    fb_pending.append(("help_docs", th + timedelta(minutes=5), cid))
                if rng.random() < 0.35:
                    tt = th + timedelta(minutes=int(rng.integers(5, 240)))
                    ev(cid, tt, "tp_support_ticket", "submit", hd, "email", sess)
                    if rng.random() < 0.8:
                        tres = tt + timedelta(hours=int(rng.integers(2, 96)))
                        ev(cid, tres, "tp_ticket_resolved", "success", hd, "email", sess)
                        if rng.random() < 0.12:
                            fb_pending.append(("support_good", tres + timedelta(hours=1), cid))
                    elif rng.random() < 0.5:
                        fb_pending.append(("support_slow", tt + timedelta(days=3), cid))
            # NPS survey ~90 days after sign-up for activated accounts
            if activated and rng.random() < 0.3:
                tn = work_time(rng, signup + timedelta(days=int(rng.integers(60, 120))))
                ev(cid, tn, "tp_nps_survey", "submit", "web", "email", sess)
            customers.append((cid, fmt(signup), seg, region, acq, tier, industry, size))

    # feedback rows
    fid = 0
    for theme, ts, cid in fb_pending:
        if ts is not None and ts > END:
            continue
        tp, texts, (r_lo, r_hi), (n_lo, n_hi) = FB[theme]
        lang, text = texts[int(rng.integers(0, len(texts)))]
        fid += 1
        channel = {"support_slow": "ticket", "support_good": "ticket", "sso": "ticket", "integration": "ticket",
                   "workspace_error": "ticket", "invite": "ticket", "checkout_fail": "ticket",
                   "demo_good": "call_note"}.get(theme, "survey" if rng.random() < 0.6 else "app_review")
        rating = nps = ""
        if channel in ("survey", "app_review", "ticket") and rng.random() < 0.7:
            rating = str(int(rng.integers(r_lo, r_hi + 1)))
        if channel == "survey" and rng.random() < 0.6:
            nps = str(int(rng.integers(n_lo, n_hi + 1)))
        no_ts = rng.random() < 0.04
        feedback.append((f"FB{fid:05d}", text, "" if no_ts else fmt(ts), cid, tp, channel, rating, nps, lang))
    # NPS survey comments from the survey touchpoint (general)
    nps_texts = [
        ("zh", "整体很好用，协作效率提高了不少", (8, 10)),
        ("zh", "功能还行，但是移动端有点卡", (5, 7)),
        ("en", "Solid product, we use it every day across teams", (8, 10)),
        ("en", "Decent, but the mobile app is slow with big sheets", (5, 7)),
        ("zh", "价格太贵，续费在考虑换别的工具", (0, 4)),
        ("en", "Too expensive for what we use, considering alternatives", (0, 4)),
    ]
    nps_events = [e for e in events if e[2] == "tp_nps_survey"]
    for e in nps_events:
        if rng.random() < 0.7:
            lang, text, (lo, hi) = nps_texts[int(rng.integers(0, len(nps_texts)))]
            fid += 1
            feedback.append((f"FB{fid:05d}", text, e[1], e[0], "tp_nps_survey", "survey", "",
                             str(int(rng.integers(lo, hi + 1))), lang))

    # ids and stable ordering
    events.sort(key=lambda r: (r[1], r[0], r[2]))
    w = lambda name, header, rows: _write(out / f"{name}.csv", header, rows)
    w("touchpoints", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"],
      [(t[0], t[1], t[1], t[2], t[3], t[4], t[5], t[6], t[7]) for t in TOUCHPOINTS])
    w("journeys", ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"],
      [(j, zh, zh, en, i + 1, tp, win) for j, zh, en, steps, win in JOURNEYS for i, tp in enumerate(steps)])
    w("customers", ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "industry", "company_size"],
      customers)
    w("events", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "session_id"],
      [(f"E{i + 1:07d}",) + e[:2] + e[2:] for i, e in enumerate(events)])
    w("orders", ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "billing_cycle", "plan"],
      sorted(orders, key=lambda r: r[0]))
    w("feedback", ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "lang"],
      feedback)
    w("experiments", ["experiment_id", "variant", "customer_id", "assigned_at"], experiments)
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"experiment {len(experiments)} -> {out}")


def _write(path: Path, header: list[str], rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f)
        wr.writerow(header)
        wr.writerows(rows)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
