"""星河银行 / Xinghe Bank: retail banking digital channels (credit cards + personal loans),
2025-01-01 .. 2026-08-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md
(no experiments table). Deterministic (fixed seed), plain Python + numpy, a few seconds.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20250831
START = datetime(2025, 1, 1)
END = datetime(2026, 8, 31, 23, 59, 59)
N_CUSTOMERS = 18000

# Android application-form bug: the ID-photo upload fails on the Android app, November 2025
BUG_FROM, BUG_TO = datetime(2025, 11, 1), datetime(2025, 12, 1)
# branch B07 (广州天河) has a KYC appointment backlog for the whole period
SLOW_BRANCH = "B07"
# new card-risk engine goes live 2026-05-15: fraud reports (card blocked) spike until mid-July
RISK_FROM, RISK_FIX = datetime(2026, 5, 15), datetime(2026, 7, 15)
# gold-card annual fee raised from 300 to 480 on 2026-01-01: closures of gold cards rise in Q1 2026
FEE_HIKE = datetime(2026, 1, 1)
FB_SCALE = 1.6  # comment probabilities below are scaled by this

TOUCHPOINTS = [
    # id, name, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad", "广告点击", "广告点击", "Ad click", "awareness", "ads", "digital", "marketing",
     "广告|投放|落地页|信息流|ad|ads|campaign|landing page|banner"),
    ("tp_referral", "好友推荐链接", "好友推荐链接", "Referral link", "awareness", "social", "digital", "marketing",
     "推荐|老带新|邀请链接|推荐码|referral|invite link|refer a friend|member get member"),
    ("tp_card_apply", "信用卡申请", "信用卡申请", "Credit card application", "consideration", "app", "digital", "cards",
     "办卡|申卡|信用卡申请表|申请信用卡|card application|apply for a card|application form|card apply"),
    ("tp_loan_apply", "个人贷款申请", "个人贷款申请", "Personal loan application", "consideration", "app", "digital",
     "lending", "贷款申请|借款申请|消费贷|申请贷款|loan application|apply for a loan|personal loan"),
    ("tp_kyc", "身份核验", "身份核验", "Identity verification (KYC)", "consideration", "store", "physical", "operations",
     "核身|面签|实名认证|视频面签|网点核验|KYC|ID check|identity check|video verification|verification"),
    ("tp_approval", "授信审批通过", "授信审批通过", "Credit approved", "purchase", "other", "digital", "risk",
     "审批|授信|批核|审批通过|批卡|credit approval|approval|approved|credit decision"),
    ("tp_activation", "卡片激活", "卡片激活", "Card activation", "purchase", "app", "digital", "cards",
     "激活|开卡|激活信用卡|card activation|activate card|activation"),
    ("tp_first_spend", "首笔消费", "首笔消费", "First spend", "purchase", "other", "digital", "cards",
     "首刷|首次消费|第一笔交易|first spend|first transaction|first purchase"),
    ("tp_disbursement", "贷款放款", "贷款放款", "Loan disbursement", "purchase", "other", "digital", "lending",
     "放款|到账|放贷|disbursement|loan payout|funds released"),
    ("tp_app_login", "手机银行登录", "手机银行登录", "Mobile banking login", "service", "app", "digital", "digital_channels",
     "登录|手机银行|APP登录|网银|login|app login|mobile banking|online banking"),
    ("tp_fraud_report", "盗刷挂失", "盗刷挂失", "Fraud report / card blocked", "service", "app", "digital", "risk",
     "挂失|冻结卡|盗刷|锁卡|fraud|fraud report|card blocked|block card|stolen card|unauthorised transaction"),
    ("tp_card_reissue", "补发新卡", "补发新卡", "Card reissued", "service", "other", "physical", "cards",
     "补卡|换卡|新卡寄送|reissue|replacement card|new card"),
    ("tp_call_centre", "客服热线", "客服热线", "Call centre", "service", "phone", "physical", "customer_service",
     "客服|热线|95xxx|人工客服|打电话|call centre|call center|hotline|phone support"),
    ("tp_complaint", "投诉", "投诉", "Complaint", "service", "phone", "physical", "customer_service",
     "客诉|投诉工单|投诉电话|complaint|complaints|complaint ticket"),
    ("tp_complaint_resolved", "投诉办结", "投诉办结", "Complaint resolved", "service", "phone", "physical",
     "customer_service", "投诉解决|办结|结案|complaint closed|resolved|complaint resolved"),
    ("tp_cross_sell", "第二产品开通", "第二产品开通", "Second product opened", "loyalty", "app", "digital", "wealth",
     "交叉销售|二次开户|追加产品|加办|cross-sell|cross sell|second product|upsell"),
    ("tp_account_close", "销户", "销户", "Account closure", "loyalty", "store", "physical", "operations",
     "注销|销卡|关户|流失|account closure|close account|cancel card|churn"),
]

JOURNEYS = [
    ("card_onboarding", "信用卡开卡旅程", "Card onboarding", 30,
     ["tp_card_apply", "tp_kyc", "tp_approval", "tp_activation", "tp_first_spend"]),
    ("loan_onboarding", "个人贷款旅程", "Personal loan", 21,
     ["tp_loan_apply", "tp_kyc", "tp_approval", "tp_disbursement"]),
    ("fraud_case", "盗刷处理旅程", "Fraud case handling", 14,
     ["tp_fraud_report", "tp_card_reissue"]),
    ("complaint", "投诉处理旅程", "Complaint handling", 10,
     ["tp_complaint", "tp_complaint_resolved"]),
]

BRANCHES = [  # branch_id, province, region, weight
    ("B01", "上海", "华东", 0.13), ("B02", "上海", "华东", 0.10), ("B03", "浙江", "华东", 0.11),
    ("B04", "江苏", "华东", 0.10), ("B05", "北京", "华北", 0.12), ("B06", "天津", "华北", 0.06),
    ("B07", "广东", "华南", 0.12), ("B08", "广东", "华南", 0.11), ("B09", "四川", "西南", 0.09),
    ("B10", "湖北", "华中", 0.06),
]
SEGMENTS = [("mass", 0.52), ("youth", 0.20), ("affluent", 0.16), ("sme_owner", 0.12)]
INCOME = {"mass": [("<5k", 0.30), ("5k-10k", 0.45), ("10k-20k", 0.20), ("20k+", 0.05)],
          "youth": [("<5k", 0.55), ("5k-10k", 0.35), ("10k-20k", 0.09), ("20k+", 0.01)],
          "affluent": [("<5k", 0.0), ("5k-10k", 0.10), ("10k-20k", 0.40), ("20k+", 0.50)],
          "sme_owner": [("<5k", 0.10), ("5k-10k", 0.30), ("10k-20k", 0.35), ("20k+", 0.25)]}
SCORE_MU = {"mass": 660, "youth": 610, "affluent": 740, "sme_owner": 680}
ACQ = [("search_ads", 0.24), ("social_ads", 0.30), ("referral", 0.14), ("branch_walkin", 0.14), ("partner_ecom", 0.18)]
APPLY_P = {"search_ads": 0.42, "social_ads": 0.22, "referral": 0.70, "branch_walkin": 1.0, "partner_ecom": 0.40}
ACTIVATE_P = {"search_ads": 0.80, "social_ads": 0.62, "referral": 0.93, "branch_walkin": 0.86, "partner_ecom": 0.78}
SPEND_P = {"search_ads": 0.84, "social_ads": 0.70, "referral": 0.94, "branch_walkin": 0.85, "partner_ecom": 0.90}
DEVICES = [("ios", 0.36), ("android", 0.50), ("pc", 0.14)]
CROSS_P = {"affluent": 0.045, "sme_owner": 0.025, "mass": 0.010, "youth": 0.006}  # per month
TIER_FEE = {"classic": 0, "gold": 300, "platinum": 1800}
# month weights of new prospects, index 0 = January: Spring Festival dip, Double 11 and year-end peaks
MONTH_W = [1.0, 0.7, 1.0, 1.0, 1.0, 1.05, 1.0, 1.0, 1.1, 1.1, 1.35, 1.25]

FEEDBACK = {
    # touchpoint: [(sentiment, zh, en)]
    "tp_ad": [
        ("neg", "广告说免年费，申请时才发现有条件", "The ad said no annual fee, the conditions only showed up when applying"),
        ("pos", "广告里的开卡礼挺吸引人", "The welcome gift in the ad was attractive"),
    ],
    "tp_referral": [
        ("pos", "朋友推荐的，推荐奖励很快到账", "Referred by a friend, the referral bonus arrived quickly"),
        ("neg", "推荐奖励迟迟没有发放", "Still waiting for my referral reward"),
    ],
    "tp_card_apply": [
        ("neg", "申请表要填的东西太多了", "The application form asks for far too much information"),
        ("pos", "线上申请很方便，十分钟填完", "Applying online was easy, done in ten minutes"),
        ("neg", "申请进度查询不到", "I can't see the status of my application anywhere"),
    ],
    "tp_loan_apply": [
        ("neg", "贷款利率页面写得不清楚", "The loan interest rate page is confusing"),
        ("pos", "贷款申请流程很顺畅", "The loan application was smooth"),
    ],
    "tp_kyc": [
        ("pos", "视频面签几分钟就完成了，很方便", "Video verification took a few minutes, very convenient"),
        ("neg", "视频面签总是断线，要重新排队", "The video verification call kept dropping and I had to queue again"),
        ("pos", "网点工作人员很专业", "The branch staff were very professional"),
    ],
    "tp_approval": [
        ("neg", "被拒了也不告诉原因", "Application declined with no reason given"),
        ("neg", "批的额度太低了", "The credit limit I got is far too low"),
        ("pos", "审批速度很快，第二天就批了", "Approved the very next day, impressive"),
    ],
    "tp_activation": [
        ("pos", "激活很简单，APP里点一下就好", "Activation was simple, one tap in the app"),
        ("neg", "激活时短信验证码一直收不到", "Never received the SMS code to activate the card"),
    ],
    "tp_first_spend": [
        ("pos", "首刷礼已经收到了", "Got my first-spend reward"),
        ("neg", "首刷返现规则太复杂", "The first-spend cashback rules are too complicated"),
    ],
    "tp_disbursement": [
        ("pos", "放款很快，当天就到账了", "The loan money arrived the same day"),
        ("neg", "放款比承诺的晚了好几天", "Disbursement came days later than promised"),
    ],
    "tp_app_login": [
        ("neg", "手机银行经常闪退", "The mobile banking app keeps crashing"),
        ("pos", "新版APP界面清爽好用", "The new app design is clean and easy to use"),
        ("neg", "人脸识别登录老是失败", "Face ID login fails all the time"),
    ],
    "tp_fraud_report": [
        ("pos", "挂失很及时，钱没有损失", "Blocked the card in time, no money lost"),
        ("neg", "挂失电话等了很久才接通", "Waited ages on the phone to block my card"),
    ],
    "tp_card_reissue": [
        ("pos", "新卡三天就寄到了", "The replacement card arrived in three days"),
        ("neg", "补发的新卡两周还没收到", "Still no replacement card after two weeks"),
    ],
    "tp_call_centre": [
        ("neg", "客服电话要按好多层菜单才能转人工", "Too many menu layers before I can reach a human"),
        ("pos", "客服态度很好，问题一次解决", "The agent was friendly and fixed it in one call"),
        ("neg", "客服答非所问", "The agent didn't understand my question"),
    ],
    "tp_complaint": [
        ("neg", "投诉后一直没人回复", "Nobody got back to me after my complaint"),
        ("neg", "分期手续费没有提前说明", "The instalment fee was never disclosed upfront"),
    ],
    "tp_complaint_resolved": [
        ("pos", "投诉处理结果满意，退了手续费", "Happy with the outcome, the fee was refunded"),
        ("neg", "说是办结了，问题其实没解决", "They closed my complaint but the issue is still there"),
    ],
    "tp_cross_sell": [
        ("pos", "老客户办第二张卡很快", "Getting a second product as an existing customer was quick"),
        ("neg", "客户经理推销理财太频繁", "The relationship manager pushes investment products too often"),
    ],
    "tp_account_close": [
        ("neg", "销户必须去网点，太麻烦", "You have to go to a branch to close the account, such a hassle"),
        ("neg", "销户时被反复挽留，浪费时间", "They kept trying to talk me out of closing, wasted my time"),
    ],
}
BUG_TEXT = [("neg", "安卓APP上传身份证照片一直失败，申请提交不了",
             "ID photo upload keeps failing on the Android app, can't submit the application"),
            ("neg", "安卓手机填申请表到最后一步就报错", "The Android app throws an error on the last step of the application form")]
SLOW_KYC_TEXT = [("neg", "天河支行面签要排两周，太慢了", "Had to wait two weeks for a verification slot at the Tianhe branch"),
                 ("neg", "去网点核身排队排了一上午，预约还一直改期",
                  "Queued all morning at the branch for ID verification, and the appointment kept being rescheduled")]
FRAUD_TEXT = [("neg", "信用卡被盗刷了好几笔，风控怎么没拦住", "Several unauthorised charges on my card, why didn't fraud checks stop them"),
              ("neg", "系统升级后正常消费也被冻结卡片", "Since the system upgrade my card gets blocked on normal purchases"),
              ("neg", "境外网站被盗刷，挂失后才发现", "My card was used fraudulently on foreign websites before I blocked it")]
GENERAL_TEXT = [("pos", "整体服务不错，会推荐给朋友", "Good service overall, I'd recommend the bank to friends"),
                ("pos", "手机银行功能齐全，用着顺手", "The mobile app has everything I need"),
                ("neg", "信用卡权益越来越少了", "Card perks keep getting cut"),
                ("neg", "各种短信营销太多了", "Too many marketing text messages")]
FEE_TEXT = [("neg", "金卡年费涨到480，不值，销户了", "Gold card annual fee went up to 480, not worth it, closed my account"),
            ("neg", "年费突然涨价也没通知", "The annual fee was raised without any notice")]


def pick(rng, pairs):
    vals, w = zip(*pairs)
    w = np.array(w, dtype=float)
    return vals[int(rng.choice(len(vals), p=w / w.sum()))]


def at(rng, day: datetime, hours=(9, 10, 11, 12, 13, 14, 15, 16, 19, 20, 21, 22)) -> datetime:
    return day.replace(hour=int(rng.choice(hours)), minute=int(rng.integers(0, 60)), second=int(rng.integers(0, 60)))


def later(rng, t: datetime, lo: float, hi: float) -> datetime:
    """A time lo..hi days after t (business hours)."""
    d = t + timedelta(days=float(rng.uniform(lo, hi)))
    d = at(rng, d.replace(hour=0, minute=0, second=0))
    return d if d > t else t + timedelta(minutes=int(rng.integers(5, 180)))


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S")


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)

    with open(out / "touchpoints.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
        for tp in TOUCHPOINTS:
            w.writerow(tp)
    with open(out / "journeys.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
                    "window_days"])
        for jid, zh, en, win, steps in JOURNEYS:
            for k, tp in enumerate(steps, 1):
                w.writerow([jid, zh, zh, en, k, tp, win])

    days = (END - START).days + 1
    day_w = np.array([MONTH_W[(START + timedelta(d)).month - 1] * (1 + 0.5 * d / days) for d in range(days)])
    day_w /= day_w.sum()
    bw = np.array([b[3] for b in BRANCHES])
    customers = []
    for i in range(1, N_CUSTOMERS + 1):
        first = at(rng, START + timedelta(int(rng.choice(days, p=day_w))))
        seg = pick(rng, SEGMENTS)
        b = BRANCHES[int(rng.choice(len(BRANCHES), p=bw / bw.sum()))]
        acq = pick(rng, ACQ)
        score = int(np.clip(rng.normal(SCORE_MU[seg], 65), 350, 950))
        age = int(np.clip(rng.normal(24 if seg == "youth" else 38, 4 if seg == "youth" else 9), 18, 70))
        customers.append(dict(
            customer_id=f"C{i:05d}", first=first, segment=seg, branch=b[0], province=b[1], region=b[2],
            acq=acq, income=pick(rng, INCOME[seg]), score=score, age=age,
            product="loan" if rng.random() < (0.40 if seg == "sme_owner" else 0.26) else "card",
            device=pick(rng, DEVICES), tier="", limit_band="", signup=None))
    customers.sort(key=lambda c: c["first"])

    events, orders, fb = [], [], []
    sess = [0]

    def ev(c, t, tp, action, device=None, channel=None, session=True, **extra):
        if t > END:
            return False
        sid = ""
        if session and device:
            sess[0] += 1
            sid = f"S{sess[0]:07d}"
        events.append(dict(customer_id=c["customer_id"], ts=t, touchpoint_id=tp, action=action,
                           device=device or "", channel=channel or "", session_id=sid, **extra))
        return True

    def order(c, t, amount, status, channel, device, otype, product):
        if t > END:
            return
        orders.append(dict(customer_id=c["customer_id"], ts=t, amount=round(float(amount), 2), status=status,
                           channel=channel, device=device, order_type=otype, product=product))

    def comment(c, t, tp, pairs, p, channel=None, branch=""):
        if t > END or rng.random() >= min(0.9, p * FB_SCALE):
            return
        s, zh, en = pairs[int(rng.integers(len(pairs)))]
        fb.append(dict(customer_id=c["customer_id"], ts=min(END, t + timedelta(hours=float(rng.uniform(1, 72)))),
                       touchpoint_id=tp, sentiment=s, text=zh if rng.random() < 0.5 else en,
                       channel=channel, branch_id=branch, product=c["product"], segment=c["segment"]))

    for c in customers:
        dev, acq, t = c["device"], c["acq"], c["first"]
        c["signup"] = t
        if acq in ("search_ads", "social_ads", "partner_ecom"):
            ev(c, t, "tp_ad", "click", dev, "ads", campaign=acq)
            comment(c, t, "tp_ad", FEEDBACK["tp_ad"], 0.02, "social")
        elif acq == "referral":
            ev(c, t, "tp_referral", "click", dev, "social")
            comment(c, t, "tp_referral", FEEDBACK["tp_referral"], 0.05, "social")
        if rng.random() >= APPLY_P[acq]:
            continue
        # ---- application (branch walk-ins fill it in on a branch tablet: no device)
        t = later(rng, t, 0, 2) if acq != "branch_walkin" else t
        tp_apply = "tp_card_apply" if c["product"] == "card" else "tp_loan_apply"
        adev, ach = (None, "store") if acq == "branch_walkin" else (dev, "web" if dev == "pc" else "app")
        submitted = False
        for attempt in range(3):
            bug = adev == "android" and tp_apply == "tp_card_apply" and BUG_FROM <= t < BUG_TO
            failed = rng.random() < (0.72 if bug else 0.04)
            if not ev(c, t, tp_apply, "fail" if failed else "submit", adev, ach, product=c["product"],
                      branch_id=c["branch"] if acq == "branch_walkin" else ""):
                break
            if bug and failed:
                comment(c, t, tp_apply, BUG_TEXT, 0.22, "app_review")
            if not failed:
                submitted = True
                comment(c, t, tp_apply, FEEDBACK[tp_apply], 0.03, "app_review" if adev else "survey")
                break
            if rng.random() > (0.35 if bug else 0.6):
                break
            t = later(rng, t, 0, 3)
        if not submitted:
            continue
        # ---- identity verification: video call or branch visit (no device either way)
        if rng.random() > 0.90:
            continue
        method = "branch" if acq == "branch_walkin" or rng.random() < 0.38 else "video"
        if method == "video":
            tk = later(rng, t, 0.2, 3)
        elif c["branch"] == SLOW_BRANCH:
            if rng.random() < 0.30:  # gave up waiting for a slot
                comment(c, later(rng, t, 5, 12), "tp_kyc", SLOW_KYC_TEXT, 0.35, "call_note", c["branch"])
                continue
            tk = later(rng, t, 7, 24)
        else:
            tk = later(rng, t, 1, 5)
        if not ev(c, tk, "tp_kyc", "success", None, "video" if method == "video" else "store", False,
                  product=c["product"], kyc_method=method, branch_id=c["branch"] if method == "branch" else ""):
            continue
        if method == "branch" and c["branch"] == SLOW_BRANCH:
            comment(c, tk, "tp_kyc", SLOW_KYC_TEXT, 0.14, "survey", c["branch"])
        else:
            comment(c, tk, "tp_kyc", FEEDBACK["tp_kyc"], 0.025, "survey", c["branch"] if method == "branch" else "")
        # ---- credit decision (only approvals are logged as events)
        p_ok = 1 / (1 + np.exp(-(c["score"] - 600) / 45))
        ta = later(rng, tk, 0.1, 2.5)
        if rng.random() >= p_ok:
            comment(c, ta, "tp_approval", FEEDBACK["tp_approval"][:2], 0.06, "ticket")
            continue
        if c["product"] == "card":
            base = {"<5k": 8000, "5k-10k": 15000, "10k-20k": 30000, "20k+": 60000}[c["income"]]
            limit = int(round(base * (0.6 + (c["score"] - 500) / 400) / 1000)) * 1000
            limit = max(3000, limit)
            c["tier"] = "platinum" if limit >= 50000 else ("gold" if limit >= 20000 else "classic")
            c["limit_band"] = ("<10k" if limit < 10000 else "10k-30k" if limit < 30000 else
                               "30k-50k" if limit < 50000 else "50k+")
            if not ev(c, ta, "tp_approval", "approved", None, "system", False, product="card", credit_limit=limit):
                continue
            comment(c, ta, "tp_approval", FEEDBACK["tp_approval"][1:], 0.03, "survey")
            if rng.random() >= ACTIVATE_P[acq]:
                continue
            tact = later(rng, ta, 3, 12)  # card delivery then activation in the app
            if not ev(c, tact, "tp_activation", "success", dev, "web" if dev == "pc" else "app"):
                continue
            comment(c, tact, "tp_activation", FEEDBACK["tp_activation"], 0.03, "app_review")
            fee = TIER_FEE[c["tier"]]
            if c["tier"] == "gold" and tact >= FEE_HIKE:
                fee = 480
            if fee:
                st = "refunded" if rng.random() < 0.06 else ("cancelled" if rng.random() < 0.03 else "paid")
                order(c, tact, fee, st, "app", dev, "annual_fee", "card")
            if rng.random() >= SPEND_P[acq]:
                active_from = tact
            else:
                ts = later(rng, tact, 0.2, 14)
                online = rng.random() < 0.55
                ev(c, ts, "tp_first_spend", "success", dev if online else None, "online" if online else "pos",
                   False, merchant_type=pick(rng, [("dining", 0.3), ("ecommerce", 0.35), ("travel", 0.1),
                                                   ("supermarket", 0.25)]))
                comment(c, ts, "tp_first_spend", FEEDBACK["tp_first_spend"], 0.02, "app_review")
                active_from = ts
        else:
            base = {"<5k": 30000, "5k-10k": 60000, "10k-20k": 120000, "20k+": 250000}[c["income"]]
            amount = int(round(base * float(rng.uniform(0.3, 1.0)) / 1000)) * 1000
            if not ev(c, ta, "tp_approval", "approved", None, "system", False, product="loan", loan_amount=amount):
                continue
            comment(c, ta, "tp_approval", FEEDBACK["tp_approval"][1:], 0.03, "survey")
            td = later(rng, ta, 0.1, 3)
            if rng.random() < 0.10:  # withdrew before disbursement
                order(c, td, amount, "cancelled", "app" if adev else "branch", adev or "", "loan_disbursement", "loan")
                continue
            if not ev(c, td, "tp_disbursement", "success", None, "system", False, loan_amount=amount):
                continue
            order(c, td, amount, "refunded" if rng.random() < 0.04 else "paid", "app" if adev else "branch",
                  adev or "", "loan_disbursement", "loan")
            comment(c, td, "tp_disbursement", FEEDBACK["tp_disbursement"], 0.04, "survey")
            active_from = td
        # ---- service and loyalty, month by month until closure or the end
        has_card = c["product"] == "card"
        m = active_from
        closed = False
        anniversary = active_from + timedelta(days=365) if has_card else None
        while m < END and not closed:
            nxt = m + timedelta(days=30)
            login_rate = 1.6 if c["segment"] in ("youth", "affluent") else 1.0
            for _ in range(int(rng.poisson(login_rate))):
                tl = at(rng, m + timedelta(days=float(rng.uniform(0, 30))))
                if ev(c, tl, "tp_app_login", "success" if rng.random() > 0.03 else "fail", dev,
                      "web" if dev == "pc" else "app"):
                    comment(c, tl, "tp_app_login", FEEDBACK["tp_app_login"], 0.004, "app_review")
            if has_card:
                mid = m + timedelta(days=15)
                p_fraud = 0.005 if not (RISK_FROM <= mid < RISK_FIX) else 0.028
                if rng.random() < p_fraud:
                    tf = at(rng, m + timedelta(days=float(rng.uniform(0, 30))))
                    by_app = rng.random() < 0.55
                    if ev(c, tf, "tp_fraud_report", "submit", dev if by_app else None, "app" if by_app else "phone",
                          by_app):
                        if RISK_FROM <= tf < RISK_FIX:
                            comment(c, tf, "tp_fraud_report", FRAUD_TEXT, 0.35, "app_review" if by_app else "call_note")
                        else:
                            comment(c, tf, "tp_fraud_report", FEEDBACK["tp_fraud_report"], 0.12,
                                    "app_review" if by_app else "call_note")
                        if rng.random() < 0.9:
                            tr = later(rng, tf, 2, 9 if tf < RISK_FROM else 16)
                            if ev(c, tr, "tp_card_reissue", "success", None, "courier", False):
                                comment(c, tr, "tp_card_reissue", FEEDBACK["tp_card_reissue"], 0.05, "survey")
                        if RISK_FROM <= tf < RISK_FIX and rng.random() < 0.35:
                            tc = later(rng, tf, 0, 4)
                            if ev(c, tc, "tp_complaint", "open", None, "phone", False):
                                comment(c, tc, "tp_complaint", FRAUD_TEXT, 0.3, "ticket")
                                if rng.random() < 0.8:
                                    ev(c, later(rng, tc, 1, 8), "tp_complaint_resolved", "closed", None, "phone", False)
                if anniversary and m <= anniversary < nxt and c["tier"] != "classic":
                    fee = 480 if (c["tier"] == "gold" and anniversary >= FEE_HIKE) else TIER_FEE[c["tier"]]
                    st = "refunded" if rng.random() < 0.10 else ("cancelled" if rng.random() < 0.04 else "paid")
                    order(c, anniversary, fee, st, "app", dev, "annual_fee", "card")
            if rng.random() < 0.035:
                tcall = at(rng, m + timedelta(days=float(rng.uniform(0, 30))))
                if ev(c, tcall, "tp_call_centre", "call", None, "phone", False):
                    comment(c, tcall, "tp_call_centre", FEEDBACK["tp_call_centre"], 0.06, "call_note")
            if rng.random() < 0.006:
                at_branch = rng.random() < 0.3
                tc = at(rng, m + timedelta(days=float(rng.uniform(0, 30))))
                if ev(c, tc, "tp_complaint", "open", None, "store" if at_branch else "phone", False,
                      branch_id=c["branch"] if at_branch else ""):
                    comment(c, tc, "tp_complaint", FEEDBACK["tp_complaint"], 0.25, "ticket",
                            c["branch"] if at_branch else "")
                    if rng.random() < 0.82:
                        tr = later(rng, tc, 1, 9)
                        if ev(c, tr, "tp_complaint_resolved", "closed", None, "phone", False):
                            comment(c, tr, "tp_complaint_resolved", FEEDBACK["tp_complaint_resolved"], 0.12, "survey")
            if rng.random() < CROSS_P[c["segment"]] * (1.5 if c["score"] >= 720 else 1.0):
                tx = at(rng, m + timedelta(days=float(rng.uniform(0, 30))))
                second = "loan" if has_card else "card"
                in_app = rng.random() < 0.7
                if ev(c, tx, "tp_cross_sell", "success", dev if in_app else None, "app" if in_app else "store",
                      in_app, product=second, branch_id="" if in_app else c["branch"]):
                    comment(c, tx, "tp_cross_sell", FEEDBACK["tp_cross_sell"], 0.04, "survey")
                    if second == "loan":
                        amt = int(rng.integers(10, 120)) * 1000
                        order(c, later(rng, tx, 0.1, 2), amt, "paid", "app" if in_app else "branch",
                              dev if in_app else "", "loan_disbursement", "loan")
                    has_card = True
            if rng.random() < 0.012:  # relationship NPS survey, not about one touchpoint
                comment(c, at(rng, m + timedelta(days=float(rng.uniform(0, 30)))), "", GENERAL_TEXT, 1 / FB_SCALE,
                        "survey")
            # closures: gold cards after the fee hike churn far more in Q1 2026
            p_close = 0.003
            if c["tier"] == "gold" and FEE_HIKE <= m + timedelta(days=15) < datetime(2026, 4, 1):
                p_close = 0.045
            elif c["tier"] == "gold" and m >= FEE_HIKE:
                p_close = 0.010
            if rng.random() < p_close:
                tcl = at(rng, m + timedelta(days=float(rng.uniform(0, 30))), hours=(9, 10, 11, 14, 15, 16))
                if ev(c, tcl, "tp_account_close", "success", None, "store", False, branch_id=c["branch"]):
                    if c["tier"] == "gold" and tcl >= FEE_HIKE:
                        comment(c, tcl, "tp_account_close", FEE_TEXT, 0.30, "call_note", c["branch"])
                    else:
                        comment(c, tcl, "tp_account_close", FEEDBACK["tp_account_close"], 0.15, "call_note",
                                c["branch"])
                    closed = True
            m = nxt

    # ---- write customers
    with open(out / "customers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "province",
                    "branch_id", "income_band", "credit_score", "age", "product", "credit_limit_band"])
        for c in sorted(customers, key=lambda c: c["customer_id"]):
            w.writerow([c["customer_id"], c["signup"].strftime("%Y-%m-%d %H:%M:%S"), c["segment"], c["region"],
                        c["acq"], c["tier"], c["province"], c["branch"], c["income"], c["score"], c["age"],
                        c["product"], c["limit_band"]])

    # ---- write events (sorted by time; a few rows exported twice, same event_id and content)
    events.sort(key=lambda e: (e["ts"], e["customer_id"]))
    cols = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "session_id",
            "product", "kyc_method", "branch_id", "credit_limit", "loan_amount", "campaign", "merchant_type"]
    dup_idx = set(int(i) for i in rng.choice(len(events), size=150, replace=False))
    with open(out / "events.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for i, e in enumerate(events, 1):
            e["event_id"] = f"E{i:07d}"
            row = [fmt(e["ts"]) if k == "ts" else e.get(k, "") for k in cols]
            w.writerow(row)
            if i - 1 in dup_idx:
                w.writerow(row)

    # ---- orders
    orders.sort(key=lambda o: o["ts"])
    with open(out / "orders.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type",
                    "product"])
        for i, o in enumerate(orders, 1):
            w.writerow([f"O{i:06d}", o["customer_id"], fmt(o["ts"]), f"{o['amount']:.2f}", o["status"],
                        o["channel"], o["device"], o["order_type"], o["product"]])

    # ---- feedback: ratings on app reviews and surveys (+ half the rest), nps on surveys, ~5 % undated,
    # social posts mostly anonymous
    fb.sort(key=lambda r: r["ts"])
    with open(out / "feedback.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["feedback_id", "ts", "customer_id", "touchpoint_id", "channel", "text", "rating", "nps",
                    "sentiment_label", "branch_id", "product"])
        for i, r in enumerate(fb, 1):
            neg = r["sentiment"] == "neg"
            rating = ""
            if r["channel"] in ("app_review", "survey") or rng.random() < 0.5:
                if neg:  # complaint tickets are the angriest
                    rating = int(rng.choice([1, 1, 1, 2] if r["channel"] == "ticket" else [1, 2, 2, 3]))
                else:
                    rating = int(rng.choice([4, 5, 5, 4, 3]))
            nps = ""
            if r["channel"] == "survey":
                nps = int(rng.integers(0, 7) if neg else rng.integers(7, 11))
            ts = "" if rng.random() < 0.05 else r["ts"].strftime("%Y-%m-%d %H:%M:%S")
            cid = "" if (r["channel"] == "social" and rng.random() < 0.7) else r["customer_id"]
            w.writerow([f"FB{i:05d}", ts, cid, r["touchpoint_id"], r["channel"], r["text"], rating, nps,
                        r["sentiment"], r["branch_id"], r["product"]])
    print(f"customers {len(customers)}, events {len(events)} (+{len(dup_idx)} duplicate rows), "
          f"orders {len(orders)}, feedback {len(fb)}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "banking-data"))
