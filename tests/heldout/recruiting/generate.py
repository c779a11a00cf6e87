"""职达 JobReach: an online recruiting platform (job seekers + paying employers), 2025-01-01 .. 2026-08-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders, feedback and experiments as CSV following DATA.md.
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261202
START = datetime(2025, 1, 1)
END = datetime(2026, 8, 31, 23, 59, 59)
D = timedelta
N_SEEK = 4000
N_EMP = 320

CITIES = [  # city, tier, weight for seekers, weight for employers
    ("北京", "一线", .12, .15), ("上海", "一线", .13, .16), ("深圳", "一线", .12, .14), ("广州", "一线", .09, .09),
    ("杭州", "新一线", .09, .09), ("成都", "新一线", .09, .08), ("武汉", "新一线", .07, .06),
    ("郑州", "二线", .07, .05), ("合肥", "二线", .06, .05),
    ("洛阳", "三线及以下", .06, .05), ("赣州", "三线及以下", .05, .04), ("临沂", "三线及以下", .05, .04),
]
CITY_NAMES = [c[0] for c in CITIES]
TIER = {c[0]: c[1] for c in CITIES}
INDUSTRIES = ["互联网", "制造业", "金融", "教育", "零售", "医疗", "物流", "餐饮"]
IND_W_SEEK = [.24, .16, .11, .10, .12, .08, .09, .10]
IND_W_EMP = [.20, .18, .10, .10, .13, .08, .10, .11]
CATS = ["技术研发", "产品运营", "销售", "客服", "行政人事", "财务", "设计", "普工", "兼职", "司机配送", "教师", "餐饮服务"]
CAT_BY_IND = {
    "互联网": {"技术研发": .40, "产品运营": .25, "设计": .12, "销售": .10, "客服": .08, "行政人事": .05},
    "制造业": {"普工": .45, "技术研发": .15, "销售": .12, "行政人事": .10, "财务": .08, "司机配送": .10},
    "金融": {"销售": .35, "财务": .30, "客服": .15, "技术研发": .10, "行政人事": .10},
    "教育": {"教师": .55, "销售": .20, "产品运营": .10, "行政人事": .10, "客服": .05},
    "零售": {"销售": .35, "兼职": .25, "客服": .15, "产品运营": .10, "司机配送": .15},
    "医疗": {"销售": .30, "客服": .20, "行政人事": .20, "技术研发": .15, "财务": .15},
    "物流": {"司机配送": .55, "普工": .20, "客服": .10, "行政人事": .10, "兼职": .05},
    "餐饮": {"餐饮服务": .55, "兼职": .25, "行政人事": .05, "销售": .05, "客服": .10},
}
SAL_BANDS = ["<5k", "5-8k", "8-15k", "15-25k", "25k+", "面议"]
SAL_BY_CAT = {
    "技术研发": [.00, .05, .30, .40, .20, .05], "产品运营": [.02, .15, .45, .25, .05, .08],
    "销售": [.10, .35, .30, .08, .02, .15], "客服": [.30, .50, .12, .00, .00, .08],
    "行政人事": [.20, .45, .25, .03, .00, .07], "财务": [.08, .35, .37, .10, .02, .08],
    "设计": [.02, .20, .45, .23, .04, .06], "普工": [.35, .45, .10, .00, .00, .10],
    "兼职": [.60, .25, .05, .00, .00, .10], "司机配送": [.15, .50, .25, .00, .00, .10],
    "教师": [.10, .35, .35, .08, .02, .10], "餐饮服务": [.45, .40, .07, .00, .00, .08],
}
SAL_APPEAL = {"<5k": 0.8, "5-8k": 1.0, "8-15k": 1.15, "15-25k": 1.25, "25k+": 1.2, "面议": 0.35}
EXP_BANDS = ["fresh_grad", "1-3y", "3-5y", "5-10y", "10y+"]
EXP_W = [.14, .30, .26, .20, .10]
EDU = ["高中及以下", "大专", "本科", "硕士", "博士"]
EDU_W = [.14, .34, .40, .10, .02]
EDU_W_GRAD = [.00, .20, .55, .23, .02]
ACQ = ["app_store", "search_ad", "douyin", "referral", "wechat", "campus"]
ACQ_W = [.25, .20, .20, .13, .17, .05]
ACQ_W_GRAD = [.12, .08, .15, .10, .10, .45]
SIZES = ["20人以下", "20-99人", "100-499人", "500-999人", "1000人以上"]
SIZE_W = [.22, .33, .25, .10, .10]

MONTH_W_SEEK = {1: .80, 2: .65, 3: 2.2, 4: 1.7, 5: 1.0, 6: 1.15, 7: 1.2, 8: .95, 9: 1.2, 10: 1.1, 11: .8, 12: .7}
MONTH_W_JOB = {1: .90, 2: 1.3, 3: 1.7, 4: 1.3, 5: 1.0, 6: 1.0, 7: 1.0, 8: 1.15, 9: 1.3, 10: 1.0, 11: .8, 12: .7}
PACE = {3: 1.6, 4: 1.5, 9: 1.15, 10: 1.15}  # seekers apply faster in 金三银四 / 金九银十
CNY = [(date(2025, 1, 27), date(2025, 2, 4)), (date(2026, 2, 14), date(2026, 2, 22))]
HOUR_W = np.array([2, 1, .5, .3, .3, .5, 1, 2, 4, 6, 7, 7, 6, 6, 6, 6, 5, 5, 5, 6, 8, 9, 8, 5], float)
HOUR_W_EMP = np.array([.2, .1, .1, .1, .1, .2, .5, 2, 6, 10, 10, 9, 5, 8, 9, 9, 8, 6, 3, 2, 1, 1, .5, .3], float)

# planted windows
BUG_FROM, BUG_TO = datetime(2026, 3, 2), datetime(2026, 3, 23)        # Android app 5.2.0 crashes on résumé upload
GHOST_FROM = datetime(2026, 1, 1)                                      # 互联网 HRs read but do not reply
SCAM_FROM, SCAM_TO = datetime(2026, 5, 10), datetime(2026, 7, 31)      # fake 兼职 posts via mini-program, 三线
PRICE_UP = datetime(2026, 4, 1)                                        # premium price rise, auto-renew at new price
REFUND_FROM, REFUND_TO = datetime(2026, 4, 1), datetime(2026, 7, 1)
RISK_FROM, RISK_TO = datetime(2026, 6, 1), datetime(2026, 6, 26)       # risk-control model over-restricts accounts
APPEAL_SLOW_FROM, APPEAL_SLOW_TO = datetime(2026, 6, 1), datetime(2026, 7, 1)
EXP_FROM, EXP_TO = datetime(2026, 1, 5), datetime(2026, 4, 30)         # A/B test of the AI résumé assistant

PLANS = {"monthly": (30, 30.0, 36.0), "quarterly": (90, 78.0, 88.0), "annual": (365, 238.0, 238.0)}
BOOSTS = {"boost_3d": (3, 199.0), "boost_7d": (7, 399.0), "urgent_hire": (14, 999.0)}

TOUCHPOINTS = [
    ("tp_signup", "注册账号", "Sign-up", "awareness", "app", "digital", "growth",
     "注册|新用户注册|开户|sign up|signup|registration|register"),
    ("tp_resume", "完善简历", "Résumé completed", "consideration", "app", "digital", "seeker_product",
     "填简历|上传简历|完善简历|创建简历|简历完成|resume|CV|complete profile|resume upload"),
    ("tp_search", "搜索职位", "Job search", "consideration", "app", "digital", "search",
     "搜职位|找工作|职位搜索|搜索|job search|search|browse jobs"),
    ("tp_job_view", "查看职位详情", "Job detail view", "consideration", "app", "digital", "search",
     "看职位|职位详情|JD|job detail|job page|view job"),
    ("tp_apply", "投递简历", "Application submitted", "purchase", "app", "digital", "seeker_product",
     "投递|投简历|申请职位|一键投递|apply|application|submit application"),
    ("tp_employer_viewed", "HR查看简历", "Employer viewed résumé", "purchase", "other", "digital", "employer_product",
     "被查看|简历被看|HR已读|已读|HR viewed|viewed by employer|resume viewed"),
    ("tp_interview_invite", "面试邀请", "Interview invitation", "purchase", "app", "digital", "employer_product",
     "面试邀约|约面|邀请面试|面邀|interview invite|interview invitation|interview request"),
    ("tp_offer", "收到offer", "Offer received", "purchase", "email", "digital", "employer_product",
     "offer|录用通知|拿到offer|发offer|job offer|offer letter"),
    ("tp_hired", "入职", "Hired / onboarded", "loyalty", "other", "physical", "employer_product",
     "入职|上岗|报到|成功入职|hired|hire|onboarded|start work"),
    ("tp_premium_trial", "会员试用", "Premium trial", "consideration", "app", "digital", "membership",
     "免费试用|试用会员|7天试用|premium trial|free trial|trial"),
    ("tp_premium_pay", "开通会员", "Premium purchase", "purchase", "app", "digital", "membership",
     "开会员|购买会员|付费会员|求职会员|VIP|premium|subscribe|subscription purchase"),
    ("tp_premium_renew", "会员续费", "Premium renewal", "loyalty", "app", "digital", "membership",
     "续费|自动续费|续订|renewal|auto-renew|renew"),
    ("tp_post_job", "发布职位", "Job posted", "consideration", "web", "digital", "employer_product",
     "发职位|发布招聘|招聘信息|岗位发布|post a job|job posting|new posting"),
    ("tp_boost", "职位置顶推广", "Posting boost", "purchase", "web", "digital", "employer_product",
     "置顶|推广|加急|急聘|职位加速|boost|promoted post|sponsored job|featured listing"),
    ("tp_first_applicant", "收到首份简历", "First applicant", "purchase", "web", "digital", "employer_product",
     "首个投递|第一份简历|首位候选人|first applicant|first application|first candidate"),
    ("tp_report_scam", "举报虚假职位", "Scam job report", "service", "app", "digital", "trust_safety",
     "举报|虚假职位|骗子职位|诈骗举报|report job|scam report|fake job report|fraud report"),
    ("tp_account_restricted", "账号受限", "Account restricted", "service", "other", "digital", "trust_safety",
     "封号|账号被封|账号冻结|限制登录|account banned|account restricted|suspended"),
    ("tp_appeal_submit", "提交申诉", "Appeal submitted", "service", "app", "digital", "trust_safety",
     "账号申诉|申诉|解封申请|appeal|account appeal|unban request"),
    ("tp_appeal_resolved", "申诉处理完成", "Appeal resolved", "service", "other", "digital", "trust_safety",
     "申诉结果|解封|申诉处理|appeal resolved|appeal decision|unbanned"),
    ("tp_support_chat", "在线客服", "Customer support chat", "service", "app", "digital", "customer_service",
     "客服|人工客服|咨询客服|support|customer service|live chat|help desk"),
]

JOURNEYS = [
    ("job_seeker", "求职全流程", "Job seeker journey", 90,
     ["tp_signup", "tp_resume", "tp_search", "tp_apply", "tp_employer_viewed", "tp_interview_invite", "tp_offer",
      "tp_hired"]),
    ("application_response", "投递反馈", "Application response", 14,
     ["tp_apply", "tp_employer_viewed", "tp_interview_invite"]),
    ("premium", "求职会员订阅", "Premium membership", 120, ["tp_premium_trial", "tp_premium_pay", "tp_premium_renew"]),
    ("employer_posting", "企业职位推广", "Employer job posting", 7, ["tp_post_job", "tp_boost", "tp_first_applicant"]),
    ("account_appeal", "账号申诉", "Account appeal", 14,
     ["tp_account_restricted", "tp_appeal_submit", "tp_appeal_resolved"]),
]

T = {  # topic -> (zh templates, en templates)
    "crash": (["上传简历的时候App直接闪退，试了五六次都不行，安卓手机", "安卓新版本一点上传简历就闪退，简历根本填不完",
               "5.2.0版本太坑了，简历附件上传就崩溃", "填到工作经历那步就闪退，白填了半小时", "简历上传一直崩，垃圾更新"],
              ["App crashes every time I try to upload my resume (Android)", "Latest Android update crashes on the resume upload screen",
               "Can't finish my CV, the app force-closes when I attach the file", "Version 5.2.0 keeps crashing when saving my resume"]),
    "bug": (["App经常卡顿，消息列表加载不出来", "聊天页面老是白屏，要重启才行", "定位老是错，推荐的都是别的城市的职位",
             "消息通知收不到，HR回复了我都不知道"],
            ["App is laggy, the message list won't load", "Chat screen goes blank, have to restart the app",
             "Notifications don't arrive, I missed an HR reply", "Location is wrong, it keeps recommending jobs in another city"]),
    "ghost": (["投了几十份简历，全是已读不回，HR看了就没下文", "已读不回太多了，至少给个不合适的回复吧",
               "显示HR已查看，然后就石沉大海", "互联网公司的HR基本都已读不回，浪费时间", "简历被看了很多次，一个面试都没约到"],
              ["HR read my application and never replied", "Dozens of applications, all 'viewed' and then silence - ghosted every time",
               "Recruiters view the resume and then ghost you, not even a rejection", "Tech companies just leave you on read"]),
    "spam": (["留了手机号之后每天接到好几个骚扰电话，卖课的、贷款的都有", "简历公开后骚扰电话不断，还有培训机构打来",
              "天天有陌生电话推销，怀疑平台泄露了我的号码", "接到很多骚扰电话，说是看了我的简历让我交钱培训"],
             ["Getting spam calls every day since I made my resume public", "So many spam calls from training agencies after signing up",
              "My phone number leaked, constant telemarketing calls", "Harassing calls about loans and courses after I posted my CV"]),
    "scam": (["这个兼职是骗子，让先交300押金才给派单", "所谓日结兼职其实是刷单诈骗，已经举报了",
              "面试要求交培训费，明显是虚假职位", "招聘方让我下载别的APP刷单，这种职位平台也不审核吗", "假招聘，骗了我200元服装费"],
             ["This part-time job is a scam, they asked for a deposit before any work", "Fake job post, it was a click-farming scam",
              "Employer asked me to pay a training fee, clearly a fraudulent posting", "Reported a fake job, they wanted money upfront"]),
    "renew": (["自动续费没有任何提醒就扣了36块，还涨价了", "会员到期直接自动续费扣钱，申请退款", "没提醒就续费了，而且比上次贵，要求退款",
               "取消自动续费的入口太难找了，又被扣了一个月"],
              ["Auto-renew charged me without any reminder, and at a higher price", "Premium renewed automatically, I want a refund",
               "I was charged for renewal without notice, please refund", "Couldn't find how to cancel auto-renew, charged again"]),
    "appeal": (["账号莫名其妙被封，申诉一个星期了没人处理", "申诉提交好几天了，客服只会说耐心等待", "正常找工作被判定异常账号，申诉还没结果",
                "账号被限制登录，申诉迟迟没有回复，耽误面试"],
               ["My account got restricted for no reason and the appeal has been pending for a week",
                "Appeal submitted days ago, no response from support", "Account suspended by mistake, still waiting on my appeal"]),
    "premium_meh": (["开了会员也没多几个面试，感觉不值", "会员的简历置顶没什么用", "会员价格有点贵，效果一般"],
                    ["Premium didn't get me more interviews, not worth it", "Paid for premium, saw no difference"]),
    "premium_good": (["开了会员之后简历被查看的次数明显多了", "会员的竞争力分析挺有用", "会员置顶有效果，一周约了三个面试"],
                     ["Premium really boosted my profile views", "The premium insights were worth it, got more interviews"]),
    "hired": (["在职达上找到了现在的工作，流程很顺利，感谢", "两周就拿到offer入职了，推荐给朋友", "HR回复很快，面试安排得很高效",
               "找到满意的工作了，平台职位挺多的"],
              ["Found my current job through JobReach, smooth process", "Got an offer in two weeks, would recommend",
               "Recruiters responded quickly and the interview was well organised"]),
    "suggest": (["希望能按通勤时间筛选职位", "职位信息更新不及时，有些早就招满了", "希望薪资范围写得更真实一些",
                 "能不能增加屏蔽某些公司的功能"],
                ["Would love a commute-time filter", "Some postings are stale, the role was already filled",
                 "Salary ranges should be more realistic"]),
    "praise": (["界面清爽，职位推荐挺准的", "比别的招聘App好用，沟通很方便", "职位多，更新快，好评", "可以直接和HR聊，效率很高",
                "搜索筛选很好用，找工作效率高"],
               ["Clean interface and the job recommendations are spot on", "Easy to chat with recruiters directly, great app",
                "Lots of fresh postings, love it"]),
    "emp_boost_good": (["置顶之后当天就收到十几份简历，效果不错", "急聘推广很有用，三天招到人", "推广后简历量明显上来了"],
                       ["Boosted the post and got a dozen applicants the same day", "Urgent hire boost worked, filled the role in 3 days"]),
    "emp_boost_bad": (["花了399置顶，收到的简历都不匹配", "推广费用太贵，来的简历质量很差", "面议的岗位投递的人太少了，推广也没用"],
                      ["Paid for a boost but the applicants were irrelevant", "Boost is expensive and candidate quality is poor"]),
    "emp_support": (["企业认证审核太慢了", "职位发布被驳回也不说原因"],
                    ["Company verification takes forever", "My job post was rejected with no explanation"]),
}
NEG_TOPICS = {"crash", "bug", "ghost", "spam", "scam", "renew", "appeal", "premium_meh", "emp_boost_bad", "emp_support"}
POS_TOPICS = {"premium_good", "hired", "emp_boost_good", "praise"}


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, exps = [], [], [], []
    counters = {}

    def nid(k, prefix, width):
        counters[k] = counters.get(k, 0) + 1
        return f"{prefix}{counters[k]:0{width}d}"

    def pick(items, w):
        w = np.asarray(w, float)
        return items[rng.choice(len(items), p=w / w.sum())]

    def fmt(t):
        return t.strftime("%Y-%m-%d %H:%M:%S")

    days = [START + D(days=i) for i in range((END - START).days + 1)]

    def day_weights(month_w, growth26):
        w = []
        for d in days:
            x = month_w[d.month] * (growth26 if d.year == 2026 else 1.0)
            if d.weekday() >= 5:
                x *= 0.8
            if any(a <= d.date() <= b for a, b in CNY):
                x *= 0.35
            w.append(x)
        w = np.array(w)
        return w / w.sum()

    W_SEEK = day_weights(MONTH_W_SEEK, 1.12)
    W_JOB = day_weights(MONTH_W_JOB, 1.08)

    def at_hour(day, hw=HOUR_W):
        h = rng.choice(24, p=hw / hw.sum())
        return day + D(hours=int(h), minutes=int(rng.integers(60)), seconds=int(rng.integers(60)))

    def ev(cid, t, tp, action="", **kw):
        if t > END:
            return False
        row = {"event_id": nid("e", "E", 7), "customer_id": cid, "ts": fmt(t), "touchpoint_id": tp, "action": action}
        row.update(kw)
        events.append(row)
        return True

    def comment(cid, t, topic, channel, tp, rating=None, nps=None, en=None, city="", platform="", app_version="",
                no_ts_p=0.07):
        if t > END:
            return
        en = rng.random() < 0.2 if en is None else en
        zh_t, en_t = T[topic]
        text = en_t[rng.integers(len(en_t))] if en else zh_t[rng.integers(len(zh_t))]
        if channel != "survey":
            nps = None
        if rating is None and channel in ("app_review", "survey"):
            if topic in NEG_TOPICS:
                rating = int(rng.choice([1, 2, 3], p=[.55, .35, .10]))
            elif topic in POS_TOPICS:
                rating = int(rng.choice([3, 4, 5], p=[.1, .35, .55]))
            else:
                rating = int(rng.choice([2, 3, 4], p=[.2, .5, .3]))
        feedback.append({"feedback_id": nid("f", "F", 5), "text": text,
                         "ts": "" if rng.random() < no_ts_p else fmt(t), "customer_id": cid, "touchpoint_id": tp,
                         "channel": channel, "rating": "" if rating is None else rating,
                         "nps": "" if nps is None else nps, "language": "en" if en else "zh", "city": city,
                         "platform": platform, "app_version": app_version})

    # ------------------------------------------------------------------ employers and their job postings
    emps, jobs = [], []
    scam_emp_ids = set()
    for i in range(N_EMP):
        scam = i >= N_EMP - 18
        if scam:
            city = pick(["洛阳", "赣州", "临沂", "郑州", "合肥"], [.28, .24, .24, .12, .12])
            ind = pick(["零售", "餐饮"], [.5, .5])
            size, platform = "20人以下", "mini_program"
            signup = SCAM_FROM - D(days=int(rng.integers(5, 40)))
            acq = "search_ad"
        else:
            city = pick(CITY_NAMES, [c[3] for c in CITIES])
            ind = pick(INDUSTRIES, IND_W_EMP)
            size = pick(SIZES, SIZE_W)
            platform = pick(["web", "app", "mini_program"], [.72, .20, .08])
            signup = (datetime(2023, 1, 1) + D(days=int(rng.integers(0, 730)))) if rng.random() < 0.55 else \
                days[rng.choice(len(days), p=W_JOB)]
            acq = pick(["sales", "search_ad", "referral", "wechat"], [.4, .3, .15, .15])
        signup = at_hour(datetime(signup.year, signup.month, signup.day), HOUR_W_EMP)
        device = "pc" if platform == "web" else pick(["ios", "android"], [.5, .5])
        e = {"customer_id": f"E{i + 1:04d}", "signup_at": fmt(signup), "region": city, "city_tier": TIER[city],
             "industry": ind, "company_size": size, "platform": platform, "device": device, "acquisition_channel": acq,
             "account_type": "employer", "scam": scam, "verified": 0 if scam else 1, "last": signup}
        emps.append(e)
        if scam:
            scam_emp_ids.add(e["customer_id"])
            n = int(rng.integers(4, 9))
            for _ in range(n):
                t = SCAM_FROM + D(days=float(rng.uniform(0, (SCAM_TO - SCAM_FROM).days)))
                jobs.append(dict(emp=e, cat="兼职", sal=pick(["5-8k", "8-15k"], [.6, .4]), post=at_hour(
                    datetime(t.year, t.month, t.day), HOUR_W_EMP), open_days=int(rng.integers(4, 12)), scam=True))
            continue
        mult = {"20人以下": 0.5, "20-99人": 0.8, "100-499人": 1.2, "500-999人": 1.6, "1000人以上": 2.2}[size]
        months = (END - max(signup, START)).days / 30.4
        n = int(rng.poisson(0.32 * mult * months))
        cw = CAT_BY_IND[ind]
        for _ in range(n):
            i0 = max(0, (signup - START).days - 1)
            if i0 >= len(days):
                continue
            p = W_JOB[i0:]
            d = days[i0 + rng.choice(len(p), p=p / p.sum())]
            cat = pick(list(cw), list(cw.values()))
            jobs.append(dict(emp=e, cat=cat, sal=pick(SAL_BANDS, SAL_BY_CAT[cat]),
                             post=max(at_hour(d, HOUR_W_EMP), signup + D(minutes=30)),
                             open_days=int(rng.integers(25, 60)), scam=False))
    jobs.sort(key=lambda j: j["post"])
    for k, j in enumerate(jobs):
        e = j["emp"]
        j.update(job_id=f"J{k + 1:05d}", city=e["region"], tier=e["city_tier"], ind=e["industry"],
                 close=j["post"] + D(days=j["open_days"]), boost_until=None, first_app=None)
        kw = dict(session_id=j["job_id"], job_id=j["job_id"], job_category=j["cat"], industry=j["ind"],
                  city=j["city"], city_tier=j["tier"], salary_band=j["sal"], device=e["device"],
                  channel=e["platform"])
        ev(e["customer_id"], j["post"], "tp_post_job", "submit", **kw)
        e["last"] = max(e["last"], j["post"])
        pb = {"20人以下": .22, "20-99人": .30, "100-499人": .36, "500-999人": .42, "1000人以上": .48}[e["company_size"]]
        if j["scam"]:
            pb = 0.5
        if rng.random() < pb and j["post"] < END:
            tb = j["post"] + (D(minutes=float(rng.uniform(1, 40))) if rng.random() < 0.8 else
                              D(hours=float(rng.uniform(20, 120))))
            prod = pick(list(BOOSTS), [.5, .35, .15] if e["company_size"] != "1000人以上" else [.3, .35, .35])
            dur, price = BOOSTS[prod]
            if tb <= END:
                status = pick(["paid", "refunded"], [.97, .03])
                ev(e["customer_id"], tb, "tp_boost", "success", product=prod, **kw)
                j["boost_at"], j["boost_until"] = tb, tb + D(days=dur)
                pay = "corporate_transfer" if e["company_size"] in ("500-999人", "1000人以上") else \
                    pick(["wechat_pay", "alipay"], [.6, .4])
                orders.append({"order_id": nid("o", "O", 6), "customer_id": e["customer_id"], "ts": fmt(tb),
                               "amount": price, "status": status, "channel": e["platform"], "device": e["device"],
                               "order_type": "employer_boost", "product": prod, "plan": "", "is_renewal": 0,
                               "job_id": j["job_id"], "industry": j["ind"], "city": j["city"],
                               "payment_method": pay, "currency": "CNY"})
                if rng.random() < 0.12:
                    comment(e["customer_id"], tb + D(days=float(rng.uniform(2, 10))),
                            "emp_boost_bad" if (j["sal"] == "面议" or rng.random() < 0.4) else "emp_boost_good",
                            pick(["survey", "ticket", "app_review"], [.4, .3, .3]), "tp_boost",
                            nps=int(rng.integers(0, 11)) if rng.random() < .5 else None, en=rng.random() < .12,
                            city=j["city"], platform=e["platform"])
        if not j["scam"] and rng.random() < 0.05:  # abandoned boost checkout
            orders.append({"order_id": nid("o", "O", 6), "customer_id": e["customer_id"],
                           "ts": fmt(j["post"] + D(minutes=5)), "amount": 199.0, "status": "cancelled",
                           "channel": e["platform"], "device": e["device"], "order_type": "employer_boost",
                           "product": "boost_3d", "plan": "", "is_renewal": 0, "job_id": j["job_id"],
                           "industry": j["ind"], "city": j["city"], "payment_method": "", "currency": "CNY"})
    # per-city arrays for fast job choice
    by_city = {}
    for c in CITY_NAMES:
        js = [j for j in jobs if j["city"] == c]
        by_city[c] = (js, np.array([j["post"].timestamp() for j in js]), np.array([j["close"].timestamp() for j in js]))
    all_js = (jobs, np.array([j["post"].timestamp() for j in jobs]), np.array([j["close"].timestamp() for j in jobs]))

    def choose_job(s, t):
        js, post, close = by_city[s["region"]]
        ts = t.timestamp()
        idx = np.nonzero((post <= ts) & (close >= ts))[0]
        if len(idx) < 3 or rng.random() < 0.06:
            js, post, close = all_js
            idx = np.nonzero((post <= ts) & (close >= ts))[0]
            if len(idx) == 0:
                return None
            idx = rng.choice(idx, size=min(40, len(idx)), replace=False)
        w = np.empty(len(idx))
        for n, k in enumerate(idx):
            j = js[k]
            x = SAL_APPEAL[j["sal"]]
            if j["cat"] == s["category"]:
                x *= 5
            if j["ind"] == s["industry"]:
                x *= 3
            if j["boost_until"] is not None and j["boost_at"] <= t <= j["boost_until"]:
                x *= 6
            if j["scam"]:
                x *= 2.5 if s["exp"] in ("fresh_grad", "1-3y") else 1.2
            w[n] = x
        return js[idx[rng.choice(len(idx), p=w / w.sum())]]

    # ------------------------------------------------------------------ job seekers
    seekers = []
    for i in range(N_SEEK):
        legacy = rng.random() < 0.12
        if legacy:
            signup = datetime(2023, 1, 1) + D(days=int(rng.integers(0, 730)))
        else:
            signup = days[rng.choice(len(days), p=W_SEEK)]
        signup = at_hour(datetime(signup.year, signup.month, signup.day))
        grad_season = signup.month in (6, 7) and not legacy
        exp = "fresh_grad" if (grad_season and rng.random() < 0.45) else pick(EXP_BANDS, EXP_W)
        city = pick(CITY_NAMES, [c[2] for c in CITIES])
        ind = pick(INDUSTRIES, IND_W_SEEK)
        cw = CAT_BY_IND[ind]
        platform = pick(["app", "mini_program", "web"], [.60, .25, .15])
        device = "pc" if platform == "web" else pick(["ios", "android"], [.45, .55])
        s = {"customer_id": f"U{i + 1:05d}", "signup_at": fmt(signup), "region": city, "city_tier": TIER[city],
             "industry": ind, "category": pick(list(cw), list(cw.values())), "exp": exp,
             "education": pick(EDU, EDU_W_GRAD if exp == "fresh_grad" else EDU_W),
             "acq": pick(ACQ, ACQ_W_GRAD if exp == "fresh_grad" else ACQ_W), "platform": platform, "device": device,
             "account_type": "seeker", "resume_public": int(rng.random() < 0.6), "legacy": legacy, "last": signup,
             "hired": None, "prem": [], "variant": ""}
        seekers.append(s)

    def version(s, t):
        if s["platform"] != "app":
            return ""
        if s["device"] == "ios":
            return "5.1.4" if t < datetime(2026, 3, 2) else "5.2.0"
        if t < BUG_FROM:
            return "5.1.4"
        return "5.2.0" if t < BUG_TO else "5.2.1"

    def sev(s, t, tp, action="", **kw):
        if ev(s["customer_id"], t, tp, action, device=s["device"], channel=s["platform"],
              app_version=version(s, t), **kw):
            s["last"] = max(s["last"], t)
            return True
        return False

    def premium_at(s, t):
        return any(a <= t < b for a, b in s["prem"])

    for s in seekers:
        cid = s["customer_id"]
        t0 = datetime.strptime(s["signup_at"], "%Y-%m-%d %H:%M:%S")
        city_kw = dict(city=s["region"], city_tier=s["city_tier"])
        if s["legacy"]:
            if rng.random() > 0.7:
                continue
            t_res = at_hour(days[rng.choice(len(days), p=W_SEEK)])
        else:
            sev(s, t0, "tp_signup", "success", **city_kw)
            in_exp = EXP_FROM <= t0 <= EXP_TO
            if in_exp:
                s["variant"] = pick(["control", "ai_assist"], [.5, .5])
                exps.append({"experiment_id": "exp_resume_ai", "variant": s["variant"], "customer_id": cid,
                             "assigned_at": fmt(t0)})
            p_res = {"fresh_grad": .80, "1-3y": .74, "3-5y": .72, "5-10y": .68, "10y+": .62}[s["exp"]]
            if s["variant"] == "ai_assist":
                p_res += 0.09
            delay = D(hours=float(rng.exponential(20)))
            bug = s["platform"] == "app" and s["device"] == "android" and BUG_FROM <= t0 + delay < BUG_TO
            if bug:
                p_res = 0.22
                if rng.random() < 0.55:
                    comment(cid, t0 + delay + D(minutes=float(rng.uniform(5, 300))), "crash", "app_review",
                            "tp_resume", rating=int(rng.choice([1, 2], p=[.75, .25])), city=s["region"],
                            platform="app", app_version="5.2.0", no_ts_p=0.02)
                if rng.random() < 0.4:
                    delay = BUG_TO - t0 + D(hours=float(rng.exponential(60)))
            if rng.random() > p_res:
                if rng.random() < 0.3:
                    sev(s, t0 + D(minutes=float(rng.uniform(2, 600))), "tp_search", "view", **city_kw)
                continue
            t_res = t0 + delay
            if not sev(s, t_res, "tp_resume", "submit", **city_kw):
                continue
            if rng.random() > 0.9:
                continue
        # premium trial / purchase
        if rng.random() < (0.42 if not s["legacy"] else 0.25):
            tt = t_res + D(days=float(rng.uniform(0.5, 20)))
            if sev(s, tt, "tp_premium_trial", "success", **city_kw):
                pp = {"fresh_grad": .14, "1-3y": .25, "3-5y": .36, "5-10y": .42, "10y+": .30}[s["exp"]]
                if s["platform"] == "mini_program":
                    pp *= 0.6
                if rng.random() < pp:
                    buy_premium(s, tt + D(days=float(rng.uniform(1, 7.5))), sev, orders, nid, fmt, rng, pick,
                                comment, city_kw)
        elif rng.random() < 0.06:
            buy_premium(s, t_res + D(days=float(rng.uniform(1, 30))), sev, orders, nid, fmt, rng, pick, comment,
                        city_kw)
        # search & apply
        t = t_res + D(hours=float(rng.exponential(18)))
        lam = {"fresh_grad": 10, "1-3y": 9, "3-5y": 8, "5-10y": 7, "10y+": 6}[s["exp"]]
        n_app = 1 + int(rng.poisson(lam))
        spell = float(rng.uniform(10, 70))
        if rng.random() > 0.88:
            sev(s, t, "tp_search", "view", **city_kw)
            continue
        apps = []
        for k in range(n_app):
            if k % 2 == 0:
                sev(s, t, "tp_search", "view", **city_kw)
            t_apply = t + D(minutes=float(rng.uniform(1, 30)))
            if t_apply > END or (s["hired"] is not None and t_apply > s["hired"]):
                break
            j = choose_job(s, t_apply)
            if j is None:
                break
            jkw = dict(job_id=j["job_id"], job_category=j["cat"], industry=j["ind"], city=j["city"],
                       city_tier=j["tier"], salary_band=j["sal"])
            sev(s, t_apply - D(minutes=float(rng.uniform(0.5, 5))), "tp_job_view", "view", session_id="", **jkw)
            aid = nid("a", "AP", 6)
            sev(s, t_apply, "tp_apply", "submit", session_id=aid, **jkw)
            apps.append(t_apply)
            if j["first_app"] is None or t_apply < j["first_app"][0]:
                j["first_app"] = (t_apply, cid)
            # employer side
            if j["scam"]:
                if rng.random() < 0.33:
                    tr = t_apply + D(hours=float(rng.exponential(20)))
                    sev(s, tr, "tp_report_scam", "submit", session_id=aid, **jkw)
                    if rng.random() < 0.45:
                        comment(cid, tr + D(minutes=float(rng.uniform(1, 90))), "scam",
                                pick(["ticket", "app_review", "social"], [.6, .25, .15]), "tp_report_scam",
                                city=s["region"], platform=s["platform"], app_version=version(s, tr))
                if rng.random() < 0.3:
                    sev(s, t_apply + D(hours=float(rng.uniform(0.2, 6))), "tp_employer_viewed", "view",
                        session_id=aid, **jkw)
            else:
                if rng.random() < 0.004:
                    sev(s, t_apply + D(hours=float(rng.exponential(30))), "tp_report_scam", "submit",
                        session_id=aid, **jkw)
                pv = {"一线": .58, "新一线": .55, "二线": .50, "三线及以下": .42}[j["tier"]]
                if s["exp"] == "fresh_grad":
                    pv -= 0.08
                if premium_at(s, t_apply):
                    pv += 0.15
                if s["acq"] == "referral":
                    pv += 0.12
                if rng.random() < pv:
                    tv = t_apply + D(hours=float(rng.exponential(36)))
                    sev(s, tv, "tp_employer_viewed", "view", session_id=aid, **jkw)
                    pi = 0.32
                    if j["ind"] == "互联网" and t_apply >= GHOST_FROM:
                        pi = 0.09
                    if s["exp"] == "fresh_grad":
                        pi *= 0.8
                    if s["acq"] == "referral":
                        pi *= 1.35
                    if rng.random() < pi:
                        ti = tv + D(hours=float(rng.exponential(48)))
                        sev(s, ti, "tp_interview_invite", "success", session_id=aid, **jkw)
                        if rng.random() < 0.36:
                            to = ti + D(days=float(rng.uniform(4, 14)))
                            sev(s, to, "tp_offer", "success", session_id=aid, **jkw)
                            if rng.random() < 0.75 and s["hired"] is None:
                                th = to + D(days=float(rng.uniform(5, 21)))
                                if sev(s, th, "tp_hired", "success", session_id=aid, **jkw):
                                    s["hired"] = th
                                    if rng.random() < 0.22:
                                        comment(cid, th + D(days=float(rng.uniform(3, 30))), "hired", "survey",
                                                "tp_hired", nps=int(rng.choice(11, p=NPS_POS)), city=s["region"],
                                                platform=s["platform"])
                    elif rng.random() < (0.05 if j["ind"] == "互联网" and t_apply >= GHOST_FROM else 0.012):
                        comment(cid, tv + D(days=float(rng.uniform(3, 12))), "ghost",
                                pick(["app_review", "social", "survey", "ticket"], [.35, .3, .2, .15]),
                                "tp_employer_viewed", nps=int(rng.choice(11, p=NPS_NEG)) if rng.random() < .3 else None,
                                city=s["region"], platform=s["platform"], app_version=version(s, tv))
            t = t_apply + D(days=float(rng.exponential(spell / n_app)) / PACE.get(t_apply.month, 1.0))
            if rng.random() < 0.03:
                comment(cid, t, pick(["bug", "suggest"], [.55, .45]), pick(["app_review", "survey"], [.7, .3]),
                        pick(["tp_search", "tp_job_view", "tp_apply"], [.5, .3, .2]),
                        city=s["region"], platform=s["platform"], app_version=version(s, t))
        if apps and rng.random() < 0.2:
            tp_ = apps[int(rng.integers(len(apps)))] + D(days=float(rng.uniform(0, 10)))
            comment(cid, tp_, "praise", "app_review", pick(["tp_search", "tp_job_view", "tp_apply"], [.4, .3, .3]),
                    city=s["region"], platform=s["platform"], app_version=version(s, tp_))
        if apps and s["resume_public"] and rng.random() < 0.035:
            comment(cid, apps[0] + D(days=float(rng.uniform(1, 20))), "spam", pick(["ticket", "app_review", "social"],
                    [.5, .3, .2]), "tp_resume", city=s["region"], platform=s["platform"])
        if rng.random() < 0.12 and apps:
            tc = apps[0] + D(days=float(rng.uniform(0, 30)))
            sev(s, tc, "tp_support_chat", "view", **city_kw)

    # first applicant events for employers
    for j in jobs:
        if j["first_app"] is not None and j["first_app"][0] <= j["close"]:
            e = j["emp"]
            ev(e["customer_id"], j["first_app"][0] + D(seconds=5), "tp_first_applicant", "view", session_id=j["job_id"],
               job_id=j["job_id"], job_category=j["cat"], industry=j["ind"], city=j["city"], city_tier=j["tier"],
               salary_band=j["sal"], device=e["device"], channel=e["platform"])

    # account restrictions and appeals
    def restrict(cid, t, acc, appeal_p):
        kw = dict(device=acc["device"], channel=acc["platform"], city=acc["region"], city_tier=acc["city_tier"])
        if not ev(cid, t, "tp_account_restricted", "fail", **kw):
            return
        if rng.random() >= appeal_p:
            return
        ta = t + D(hours=float(rng.exponential(20)))
        if not ev(cid, ta, "tp_appeal_submit", "submit", **kw):
            return
        slow = APPEAL_SLOW_FROM <= ta < APPEAL_SLOW_TO
        dd = float(rng.gamma(2.2, 3.0)) if slow else float(rng.gamma(1.6, 0.9))
        if rng.random() < 0.04:
            return  # never resolved (abandoned)
        res = "approved" if rng.random() < (0.72 if slow else 0.55) else "rejected"
        ev(cid, ta + D(days=dd), "tp_appeal_resolved", "success" if res == "approved" else "fail",
           appeal_result=res, **kw)
        if (dd > 3 and rng.random() < 0.6) or rng.random() < 0.04:
            comment(cid, ta + D(days=float(rng.uniform(1.5, max(2, min(dd, 5))))), "appeal", pick(["ticket", "social",
                    "app_review"], [.6, .2, .2]), "tp_appeal_submit", city=acc["region"], platform=acc["platform"])

    for s in seekers:
        t0 = max(datetime.strptime(s["signup_at"], "%Y-%m-%d %H:%M:%S"), START)
        if s["last"] <= t0 + D(days=1):
            continue
        if rng.random() < 0.05:
            restrict(s["customer_id"], t0 + (s["last"] - t0) * float(rng.uniform(0.1, 1)), s, 0.7)
        if s["last"] >= RISK_FROM and rng.random() < 0.16:
            restrict(s["customer_id"], RISK_FROM + D(days=float(rng.uniform(0, (RISK_TO - RISK_FROM).days))), s,
                     0.8)
    for e in emps:
        t0 = max(datetime.strptime(e["signup_at"], "%Y-%m-%d %H:%M:%S"), START)
        if e["scam"]:
            restrict(e["customer_id"], e["last"] + D(days=float(rng.uniform(1, 6))), e, 0.3)
        elif rng.random() < 0.08 and e["last"] > t0:
            restrict(e["customer_id"], t0 + (e["last"] - t0) * float(rng.uniform(0.1, 1)), e, 0.9)

    # periodic NPS survey and renewal complaints
    for o in orders:
        if o["order_type"] == "premium" and o["is_renewal"] == 1:
            t = datetime.strptime(o["ts"], "%Y-%m-%d %H:%M:%S")
            p = 0.55 if o["status"] == "refunded" else 0.02
            if rng.random() < p:
                s = seekers[int(o["customer_id"][1:]) - 1]
                comment(o["customer_id"], t + D(hours=float(rng.uniform(1, 48))), "renew",
                        pick(["ticket", "app_review", "call_note"], [.5, .3, .2]), "tp_premium_renew",
                        city=s["region"], platform=s["platform"])
    for s in seekers:
        if rng.random() < 0.05 and s["last"] > START + D(days=30):
            t = s["last"] - D(days=float(rng.uniform(0, 20)))
            if t < START:
                continue
            topic = pick(["hired", "suggest", "bug", "ghost"], [.3, .4, .15, .15]) if s["hired"] else \
                pick(["suggest", "bug", "ghost", "premium_meh"], [.45, .2, .25, .1])
            nps = int(rng.choice(11, p=NPS_POS if topic == "hired" else NPS_MID))
            comment(s["customer_id"], t, topic, "survey", None, nps=nps, city=s["region"], platform=s["platform"])
    for e in emps:
        if rng.random() < 0.08 and not e["scam"]:
            t0 = max(datetime.strptime(e["signup_at"], "%Y-%m-%d %H:%M:%S"), START)
            comment(e["customer_id"], t0 + D(days=float(rng.uniform(1, 60))), "emp_support", "ticket",
                    "tp_post_job", en=rng.random() < 0.1, city=e["region"], platform=e["platform"])

    # ------------------------------------------------------------------ customers table
    now = END
    cust_rows = []
    for s in seekers:
        t0 = datetime.strptime(s["signup_at"], "%Y-%m-%d %H:%M:%S")
        if s["hired"] is not None:
            seg = "hired"
        elif t0 >= now - D(days=30):
            seg = "new"
        elif s["last"] >= now - D(days=60):
            seg = "active"
        else:
            seg = "dormant"
        prem = premium_at(s, now)
        cust_rows.append({"customer_id": s["customer_id"], "signup_at": s["signup_at"], "segment": seg,
                          "region": s["region"], "acquisition_channel": s["acq"],
                          "tier": "premium" if prem else "free", "account_type": "seeker",
                          "city_tier": s["city_tier"], "industry": s["industry"], "job_category": s["category"],
                          "experience_band": s["exp"], "education": s["education"], "platform": s["platform"],
                          "is_premium": int(prem), "resume_public": s["resume_public"], "company_size": "",
                          "verified": ""})
    for e in emps:
        active = e["last"] >= now - D(days=90)
        boosted = any(o["customer_id"] == e["customer_id"] and o["status"] == "paid" and
                      o["ts"] >= fmt(now - D(days=90)) for o in orders if o["order_type"] == "employer_boost")
        cust_rows.append({"customer_id": e["customer_id"], "signup_at": e["signup_at"],
                          "segment": "employer_active" if active else "employer_dormant", "region": e["region"],
                          "acquisition_channel": e["acquisition_channel"], "tier": "pro" if boosted else "basic",
                          "account_type": "employer", "city_tier": e["city_tier"], "industry": e["industry"],
                          "job_category": "", "experience_band": "", "education": "", "platform": e["platform"],
                          "is_premium": "", "resume_public": "", "company_size": e["company_size"],
                          "verified": e["verified"]})

    # ------------------------------------------------------------------ write
    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow(r)

    write("touchpoints", [dict(zip(["touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind", "owner",
                                    "aliases"], tp)) | {"name": tp[1]} for tp in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append({"journey_id": jid, "journey_name": zh, "journey_name_zh": zh, "journey_name_en": en,
                          "step": k, "touchpoint_id": tp, "window_days": win})
    write("journeys", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                              "touchpoint_id", "window_days"])
    write("customers", cust_rows, list(cust_rows[0]))
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                             "channel", "job_id", "job_category", "industry", "city", "city_tier", "salary_band",
                             "product", "app_version", "appeal_result"])
    orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    write("orders", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type",
                             "product", "plan", "is_renewal", "job_id", "industry", "city", "payment_method",
                             "currency"])
    feedback.sort(key=lambda r: r["feedback_id"])
    write("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                 "nps", "language", "city", "platform", "app_version"])
    write("experiments", exps, ["experiment_id", "variant", "customer_id", "assigned_at"])
    print(f"customers {len(cust_rows)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"experiments {len(exps)}, jobs {len(jobs)}")


NPS_POS = np.array([0, 0, 0, 0, .01, .02, .04, .1, .23, .3, .3])
NPS_MID = np.array([.04, .03, .04, .06, .07, .12, .12, .16, .16, .1, .1])
NPS_NEG = np.array([.2, .14, .14, .14, .1, .1, .06, .05, .03, .02, .02])


def buy_premium(s, t, sev, orders, nid, fmt, rng, pick, comment, city_kw):
    """First purchase at t, then auto-renewals while the member keeps renewing."""
    plan = pick(list(PLANS), [.6, .3, .1])
    renewal = 0
    while t <= END:
        dur, p_old, p_new = PLANS[plan]
        price = p_new if t >= PRICE_UP else p_old
        tp = "tp_premium_renew" if renewal else "tp_premium_pay"
        if renewal:
            refund_p = 0.17 if REFUND_FROM <= t < REFUND_TO else 0.03
        else:
            refund_p = 0.02
            if rng.random() < 0.06:  # abandoned checkout before paying
                orders.append({"order_id": nid("o", "O", 6), "customer_id": s["customer_id"],
                               "ts": fmt(t - D(minutes=3)), "amount": price, "status": "cancelled",
                               "channel": s["platform"], "device": s["device"], "order_type": "premium",
                               "product": f"premium_{plan}", "plan": plan, "is_renewal": 0, "job_id": "",
                               "industry": "", "city": s["region"], "payment_method": "", "currency": "CNY"})
        status = "refunded" if rng.random() < refund_p else "paid"
        sev(s, t, tp, "success", **city_kw)
        pay = "apple_iap" if (s["device"] == "ios" and s["platform"] == "app") else pick(["wechat_pay", "alipay"],
                                                                                         [.65, .35])
        orders.append({"order_id": nid("o", "O", 6), "customer_id": s["customer_id"], "ts": fmt(t), "amount": price,
                       "status": status, "channel": s["platform"], "device": s["device"], "order_type": "premium",
                       "product": f"premium_{plan}", "plan": plan, "is_renewal": renewal, "job_id": "",
                       "industry": "", "city": s["region"], "payment_method": pay, "currency": "CNY"})
        if status == "refunded":
            s["prem"].append((t, t + D(days=1)))
            break
        s["prem"].append((t, t + D(days=dur)))
        if rng.random() < 0.06:
            comment(s["customer_id"], t + D(days=float(rng.uniform(5, 25))),
                    "premium_good" if rng.random() < 0.55 else "premium_meh", pick(["app_review", "survey"], [.6, .4]),
                    "tp_premium_pay", city=s["region"], platform=s["platform"])
        p_renew = {"monthly": 0.62, "quarterly": 0.55, "annual": 0.4}[plan]
        if rng.random() >= p_renew:
            break
        t = t + D(days=dur, minutes=float(rng.uniform(-30, 30)))
        renewal = 1


if __name__ == "__main__":
    main(Path(sys.argv[1]))
