"""安居贷 HomeLoan: a bank's mortgage / home-loan journey in six Yangtze-delta cities (lead from a property agent,
the bank app, a branch, a developer or online ads -> pre-qualification -> application -> documents uploaded
(and 补件 re-submissions) -> property appraisal -> credit decision -> contract signed -> loan disbursed ->
repayment servicing: first instalment, rate-change enquiries, early repayment), 2024-07-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table). Deterministic (fixed seed), plain Python + numpy, about a second. Planted patterns: README.md.
An order is a signed loan contract: amount = loan amount in CNY, status `paid` = disbursed, `cancelled` = the
contract was cancelled before disbursement.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20240701
START = datetime(2024, 7, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 7000
D = timedelta

# city, 城市, city_tier, 城市等级, region, median property price (CNY), weight
CITIES = [("Shanghai", "上海", "tier1", "一线", "Shanghai", 6_200_000, 0.27),
          ("Hangzhou", "杭州", "new_tier1", "新一线", "Zhejiang", 4_000_000, 0.20),
          ("Nanjing", "南京", "new_tier1", "新一线", "Jiangsu", 3_400_000, 0.15),
          ("Suzhou", "苏州", "new_tier1", "新一线", "Jiangsu", 3_000_000, 0.15),
          ("Ningbo", "宁波", "tier2", "二线", "Zhejiang", 2_500_000, 0.13),
          ("Wuxi", "无锡", "tier2", "二线", "Jiangsu", 2_100_000, 0.10)]
SLOW_APPRAISAL_CITY = "Hangzhou"   # too few appraisal firms on the bank's panel: long waits, applicants walk away
# agent partner (en, zh, weight among agent-referred leads)
AGENTS = [("Lianjia", "链家", 0.34), ("5i5j", "我爱我家", 0.20), ("Centaline", "中原地产", 0.20),
          ("Pacific Realty", "太平洋房屋", 0.14), ("Deyou", "德佑", 0.12)]
SLOW_AGENT = "Centaline"           # its files reach credit review incomplete: approvals take ~3x longer
ACQ = ["agent_referral", "mobile_app", "branch", "developer", "online_ads"]
ACQ_W = [0.52, 0.20, 0.10, 0.10, 0.08]
SEGMENTS = ["new_to_bank", "existing", "payroll", "private_banking"]
SEG_W = [0.45, 0.28, 0.22, 0.05]
INCOME = ["<10k", "10k-20k", "20k-40k", "40k+"]
INCOME_W = [0.22, 0.38, 0.28, 0.12]
CTYPE = [("first_home", "首套"), ("second_home", "二套")]
# (reason, 补件材料, weight)
RESUB = [("bank_statement", "银行流水", 0.36), ("income_proof", "收入证明", 0.24), ("purchase_contract", "购房合同", 0.14),
         ("marriage_cert", "婚姻证明", 0.10), ("id_docs", "身份证明", 0.06), ("image_unclear", "照片不清晰", 0.10)]
REJECT = [("second_home_policy", "二套政策限制"), ("debt_ratio", "负债率过高"), ("credit_history", "征信问题"),
          ("income_insufficient", "收入不足")]
LPR_CUTS = [datetime(2024, 7, 22), datetime(2024, 10, 21), datetime(2025, 5, 20)]


def lpr5y(t: datetime) -> float:
    if t < LPR_CUTS[0]:
        return 3.95
    if t < LPR_CUTS[1]:
        return 3.85
    if t < LPR_CUTS[2]:
        return 3.60
    return 3.50


TOUCHPOINTS = [
    ("tp_lead", "线索登记", "Lead registered", "awareness", "other", "digital", "retail_lending",
     "线索|获客|中介推荐|客户推荐|报备|lead|referral|new lead|agent referral"),
    ("tp_prequal", "预审", "Pre-qualification", "consideration", "app", "digital", "retail_lending",
     "预审|预审批|额度预估|预授信|测额度|pre-qualification|prequal|pre-approval check|eligibility check"),
    ("tp_apply", "提交贷款申请", "Application submitted", "purchase", "app", "digital", "retail_lending",
     "申请|进件|提交申请|贷款申请|房贷申请|application|apply|application submitted|loan application"),
    ("tp_docs_upload", "材料上传", "Documents uploaded", "purchase", "app", "digital", "loan_operations",
     "上传材料|交材料|资料上传|提交资料|documents|document upload|paperwork|docs uploaded"),
    ("tp_docs_resubmit", "补件", "Documents re-submitted", "purchase", "app", "digital", "loan_operations",
     "补件|补交材料|补资料|重新上传|退件补正|resubmit|re-upload|resend documents|missing documents"),
    ("tp_appraisal", "房产评估", "Property appraisal", "purchase", "other", "physical", "collateral_mgmt",
     "评估|房产评估|估价|评估报告|上门评估|appraisal|valuation|property valuation|survey"),
    ("tp_credit_approval", "审批通过", "Credit approved", "purchase", "other", "digital", "credit_risk",
     "审批|批贷|审批通过|批款|授信通过|approval|credit approval|approved|underwriting approved"),
    ("tp_credit_reject", "审批拒绝", "Credit rejected", "purchase", "other", "digital", "credit_risk",
     "拒贷|被拒|审批拒绝|拒绝|decline|declined|rejected|rejection"),
    ("tp_contract", "签约", "Contract signed", "purchase", "store", "physical", "retail_lending",
     "签约|面签|签合同|借款合同|contract|signing|loan agreement|contract signed"),
    ("tp_disbursement", "放款", "Loan disbursed", "purchase", "other", "digital", "loan_operations",
     "放款|出账|贷款发放|到账|disbursement|disbursed|funding|loan paid out"),
    ("tp_first_repayment", "首期还款", "First repayment", "service", "other", "digital", "servicing",
     "首期月供|首次还款|月供扣款|还款|first repayment|first instalment|monthly payment|repayment"),
    ("tp_rate_inquiry", "利率调整咨询", "Rate-change enquiry", "service", "phone", "digital", "servicing",
     "利率咨询|LPR|利率调整|重定价|房贷利率|rate change|rate enquiry|rate inquiry|repricing|interest rate question"),
    ("tp_early_repay_request", "提前还款申请", "Early repayment request", "service", "app", "digital", "servicing",
     "提前还款|提前还贷|提前结清|预约还款|early repayment|prepayment|pay off early|early payoff request"),
    ("tp_early_repay_done", "提前还款完成", "Early repayment completed", "service", "other", "digital", "servicing",
     "提前还款完成|结清|还款完成|early repayment done|prepayment completed|paid off"),
]
JOURNEYS = [
    ("prequal", "获客预审", "Lead to application", 30, ["tp_lead", "tp_prequal", "tp_apply"]),
    ("origination", "审批放款", "Application to disbursement", 90,
     ["tp_apply", "tp_docs_upload", "tp_appraisal", "tp_credit_approval", "tp_contract", "tp_disbursement"]),
    ("early_repayment", "提前还款", "Early repayment", 60, ["tp_early_repay_request", "tp_early_repay_done"]),
]

ZH = {
    "docs_resend": ["材料补交了三次还是说不齐，每次只告诉我缺一样", "银行流水已经交过了，又让我补交一遍", "反复补交材料，客户经理一会要这个一会要那个",
                    "收入证明重新上传了两次，系统还是显示待补件", "补件补了快两周，能不能一次说清楚要什么材料", "同样的材料让我重新上传好几遍，太折腾了"],
    "appraisal_slow": ["评估公司一直不上门，等房产评估等了两个多星期", "评估报告迟迟出不来，卖家都催了", "房产评估排队太久，耽误了交房时间",
                       "催了好几次评估，说评估师排不过来"],
    "appraisal_low": ["评估价比成交价低了三十多万，首付只能多出", "评估价太低了，贷款额度不够", "评估价格压得太狠，差价要自己补"],
    "approval_slow": ["审批等了一个多月还没结果", "批贷太慢了，中介说资料早就交齐了", "审批一直卡着，问了几次都说在审核", "审批进度没人跟，等得很焦虑"],
    "rejected": ["二套房贷被拒了，也没解释原因", "审批没通过，说负债率太高", "被拒贷了，白交了那么多材料", "贷款被拒，理解政策，但希望早点告诉我"],
    "rate_question": ["LPR下调了，我的房贷利率什么时候跟着调整", "想问一下明年1月重定价后月供是多少", "存量房贷利率能不能降，怎么申请",
                      "咨询利率调整的规则，重定价日是哪天"],
    "early_repay": ["提前还款要预约排队两个月", "想提前还款，App上一直约不到名额", "提前还款流程太麻烦，还要跑网点"],
    "rate_high": ["利率比别家银行高一点", "二套利率太高了"],
    "prequal_low": ["预审额度比预期低很多", "预审给的额度太低，不够用"],
    "appraisal_good": ["评估师很专业，第二天就出了评估报告", "评估上门很准时，报告出得快"],
    "approval_fast": ["审批很快，一周就批下来了", "没想到审批这么快，点赞"],
    "reject_ok": ["理解现在的政策，等首付凑够了再来申请", "被拒了但客户经理解释得很清楚，可以接受"],
    "early_repay_ok": ["提前还款在App上预约，很顺利", "提前还了一部分，办得挺快"],
    "prequal_fast": ["预审几分钟就出结果，很方便", "线上测额度很快"],
    "great": ["客户经理很专业，放款很快", "从申请到放款不到一个月，很顺利", "流程清楚，签约当天就安排好了", "服务很好，进度随时能查到"],
    "app": ["手机银行上传材料很方便", "App里能看到贷款进度，挺好"],
    "neutral": ["流程正常，没什么特别的", "还可以吧", "一般，按部就班"],
}
EN = {
    "docs_resend": ["Asked to resend my bank statements for the third time", "Had to re-upload the same documents again and again",
                    "They keep asking me to resend paperwork I already submitted", "Why do I have to resend my payslips twice?"],
    "appraisal_slow": ["Waited over two weeks for the property appraisal", "The appraiser never showed up, valuation delayed",
                       "Appraisal report took forever"],
    "appraisal_low": ["Appraisal value came in way below the purchase price", "Valuation too low, now I need a bigger down payment"],
    "approval_slow": ["Approval has been pending for over a month", "Credit approval is so slow, the agent says all files were in"],
    "rejected": ["My second-home mortgage was rejected with no explanation", "Loan declined after weeks of waiting"],
    "rate_question": ["When will my mortgage rate follow the LPR cut?", "How does the January repricing change my monthly payment?",
                      "Question about the rate reset date on my loan"],
    "early_repay": ["Early repayment needs a two-month appointment wait", "Could not book an early repayment slot in the app"],
    "rate_high": ["Your rate is higher than other banks", "Second-home rate is too high"],
    "prequal_low": ["Pre-qualification amount was much lower than expected"],
    "appraisal_good": ["Appraiser came on time and the report was ready the next day"],
    "approval_fast": ["Approval came through within a week, impressive"],
    "reject_ok": ["Declined, but the manager explained the policy clearly; fair enough"],
    "early_repay_ok": ["Partial prepayment booked in the app, went smoothly"],
    "prequal_fast": ["Pre-qualification result in minutes, very convenient"],
    "great": ["Relationship manager was very professional, fast disbursement", "Smooth process, funded in under a month",
              "Great service, always knew where my application stood"],
    "app": ["Uploading documents in the app is easy"],
    "neutral": ["It was ok", "Normal process, nothing special"],
}
SENT = {"docs_resend": "neg", "appraisal_slow": "neg", "appraisal_low": "neg", "approval_slow": "neg",
        "rejected": "neg", "rate_question": "neu", "early_repay": "neg", "rate_high": "neg", "prequal_low": "neg",
        "great": "pos", "app": "pos", "neutral": "neu", "appraisal_good": "pos", "approval_fast": "pos",
        "reject_ok": "neu", "early_repay_ok": "pos", "prequal_fast": "pos"}
TOPIC_TP = {"docs_resend": "tp_docs_resubmit", "appraisal_slow": "tp_appraisal", "appraisal_low": "tp_appraisal",
            "approval_slow": "tp_credit_approval", "rejected": "tp_credit_reject", "rate_question": "tp_rate_inquiry",
            "early_repay": "tp_early_repay_request", "rate_high": "tp_contract", "prequal_low": "tp_prequal",
            "great": "tp_disbursement", "app": "tp_docs_upload", "neutral": "tp_disbursement",
            "appraisal_good": "tp_appraisal", "approval_fast": "tp_credit_approval", "reject_ok": "tp_credit_reject",
            "early_repay_ok": "tp_early_repay_request", "prequal_fast": "tp_prequal"}


def month_weights():
    months, w = [], []
    y, m = START.year, START.month
    i = 0
    while (y, m) <= (END.year, END.month):
        f = 0.7 + 0.6 * i / 23
        f *= {2: 0.55, 3: 1.15, 4: 1.15, 5: 1.1, 9: 1.1, 10: 1.12, 1: 0.85}.get(m, 1.0)
        months.append((y, m))
        w.append(f)
        i += 1
        m += 1
        if m == 13:
            y, m = y + 1, 1
    w = np.array(w)
    return months, w / w.sum()


def days_in(y, m):
    return (datetime(y + (m == 12), m % 12 + 1, 1) - datetime(y, m, 1)).days


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    events, orders, feedback = [], [], []
    cnt = {"e": 0, "o": 0, "f": 0}

    def nid(kind, prefix, width):
        cnt[kind] += 1
        return f"{prefix}{cnt[kind]:0{width}d}"

    def fmt(t: datetime) -> str:
        return t.strftime("%Y-%m-%d %H:%M:%S")

    def office(t: datetime) -> datetime:
        return t.replace(hour=int(rng.integers(9, 19)), minute=int(rng.integers(60)), second=int(rng.integers(60)))

    def after(prev: datetime, days: float) -> datetime:
        """a working-hours time about `days` after `prev`, always strictly later than `prev`."""
        t = office(prev + D(days=float(days)))
        return t if t > prev else prev + D(minutes=int(rng.integers(20, 240)))

    def ev(c, t, tp, action, digital=False, **extra):
        if t > END:
            return False
        row = dict(event_id=nid("e", "E", 7), customer_id=c["id"], ts=fmt(t), touchpoint_id=tp,
                   session_id=c["app_id"], action=action, device=c["device"] if digital else "",
                   channel=("app" if digital else {"tp_contract": "store", "tp_rate_inquiry": "phone"}.get(tp, "other")),
                   city=c["city"], 城市=c["城市"], customer_type=c["ctype"], 客户类型=c["客户类型"])
        row.update(extra)
        events.append(row)
        return True

    def comment(c, t, topic, channel, rating=None, dated=True, anon=False):
        if t > END:
            return
        texts = (EN if c["lang"] == "en" else ZH)[topic]
        row = dict(feedback_id=nid("f", "FB", 5), text=str(texts[int(rng.integers(len(texts)))]),
                   ts=fmt(t) if dated else "", customer_id="" if anon else c["id"], touchpoint_id=TOPIC_TP[topic],
                   channel=channel, rating="" if rating is None else int(rating), language=c["lang"],
                   sentiment_label=SENT[topic])
        if not anon:
            row.update(city=c["city"], 城市=c["城市"], customer_type=c["ctype"], 客户类型=c["客户类型"],
                       agent_partner=c["agent"], 合作中介=c["agent_zh"])
        feedback.append(row)

    months, mw = month_weights()
    all_days = [START + D(days=int(x)) for x in range((END - START).days + 2)]
    LPR_HOT = np.array([any(cut <= d < cut + D(days=30) for cut in LPR_CUTS) for d in all_days])
    JAN_HOT = np.array([d.month == 1 and d.day <= 20 for d in all_days])
    customers = []
    for i in range(N):
        y, m = months[int(rng.choice(len(months), p=mw))]
        lead = office(datetime(y, m, 1) + D(days=int(rng.integers(days_in(y, m)))))
        k = int(rng.choice(len(CITIES), p=[x[6] for x in CITIES]))
        city, czh, tier, tzh, region, price0, _ = CITIES[k]
        acq = str(rng.choice(ACQ, p=ACQ_W))
        agent, agent_zh = "", ""
        if acq == "agent_referral":
            a = int(rng.choice(len(AGENTS), p=[x[2] for x in AGENTS]))
            agent, agent_zh = AGENTS[a][0], AGENTS[a][1]
        ct = 1 if rng.random() < 0.36 else 0
        inc = str(rng.choice(INCOME, p=INCOME_W))
        dev = str(rng.choice(["ios", "android", "pc"], p=[0.46, 0.44, 0.10]))
        p_en = 0.14 if city in ("Shanghai", "Suzhou") else 0.04
        customers.append(dict(id=f"C{i + 1:05d}", app_id=f"APP{i + 1:05d}", lead=lead, city=city, 城市=czh,
                              tier=tier, 城市等级=tzh, region=region, price0=price0, acq=acq, agent=agent,
                              agent_zh=agent_zh, ctype=CTYPE[ct][0], 客户类型=CTYPE[ct][1], income=inc, device=dev,
                              segment=str(rng.choice(SEGMENTS, p=SEG_W)),
                              lang="en" if rng.random() < p_en else "zh"))
    customers.sort(key=lambda c: c["lead"])
    for i, c in enumerate(customers):
        c["id"], c["app_id"] = f"C{i + 1:05d}", f"APP{i + 1:05d}"

    span = (END - START).total_seconds()
    for c in customers:
        t = c["lead"]
        ev(c, t, "tp_lead", "submit", digital=c["acq"] in ("mobile_app", "online_ads"), lead_source=c["acq"],
           agent_partner=c["agent"], 合作中介=c["agent_zh"])
        # pre-qualification
        p_pq = {"agent_referral": 0.86, "mobile_app": 0.66, "branch": 0.8, "developer": 0.82, "online_ads": 0.55}
        if rng.random() > p_pq[c["acq"]]:
            continue
        t = after(t, float(rng.exponential(2.5)))
        p_pass = 0.84 - (0.14 if c["income"] == "<10k" else 0) - (0.04 if c["ctype"] == "second_home" else 0)
        passed = rng.random() < p_pass
        if not ev(c, t, "tp_prequal", "pass" if passed else "fail", digital=True):
            continue
        if passed and rng.random() < 0.025:
            comment(c, t + D(hours=1), "prequal_fast", "app_review", rating=5, dated=rng.random() > 0.3)
        if not passed:
            if rng.random() < 0.08:
                comment(c, t + D(hours=2), "prequal_low", "app_review", rating=2, dated=rng.random() > 0.3)
            continue
        if rng.random() > (0.80 if c["acq"] == "agent_referral" else 0.70):
            continue
        t = after(t, float(rng.exponential(5.0)))
        if not ev(c, t, "tp_apply", "submit", digital=True, agent_partner=c["agent"], 合作中介=c["agent_zh"]):
            continue
        c["applied"] = t
        if rng.random() > 0.93:
            continue
        t = after(t, float(rng.exponential(1.5)))
        if not ev(c, t, "tp_docs_upload", "submit", digital=True):
            continue
        if rng.random() < 0.04:
            comment(c, t + D(hours=1), "app", "app_review", rating=5, dated=rng.random() > 0.3, anon=True)
        # 补件: asked to re-submit documents, more and more over time; the Android app compresses photos
        frac = (t - START).total_seconds() / span
        p_res = 0.04 + 0.42 * frac + (0.12 if c["device"] == "android" else 0)
        n_res = 0
        if rng.random() < p_res:
            n_res = 1 + int(rng.random() < 0.38) + int(rng.random() < 0.12)
        tr = t
        for _ in range(n_res):
            w = np.array([x[2] for x in RESUB])
            if c["device"] == "android":
                w[-1] *= 3.0
            r = int(rng.choice(len(RESUB), p=w / w.sum()))
            tr = after(tr, float(rng.uniform(2, 6)))
            ev(c, tr, "tp_docs_resubmit", "submit", digital=True, resubmit_reason=RESUB[r][0], 补件材料=RESUB[r][1])
        if n_res:
            p_c = 0.2 if n_res == 1 else 0.5
            if rng.random() < p_c:
                comment(c, tr + D(hours=float(rng.uniform(1, 30))), "docs_resend",
                        str(rng.choice(["ticket", "call_note"])), dated=rng.random() > 0.1)
        # appraisal
        slow_city = c["city"] == SLOW_APPRAISAL_CITY
        if rng.random() < (0.30 if slow_city else 0.04):
            if slow_city and rng.random() < 0.3:
                comment(c, tr + D(days=float(rng.uniform(8, 20))), "appraisal_slow", "call_note",
                        dated=rng.random() > 0.1)
            continue
        wait = rng.lognormal(np.log(13.0 if slow_city else 4.0), 0.35)
        ta = after(tr, float(wait))
        price = round(c["price0"] * rng.lognormal(0, 0.35), -4)
        if not ev(c, ta, "tp_appraisal", "success", appraised_value=price,
                  appraisal_firm=f"{c['city'][:2].upper()}-AF{int(rng.integers(1, 4 if slow_city else 7))}"):
            continue
        if wait < 5 and rng.random() < 0.07:
            comment(c, ta + D(hours=3), "appraisal_good", "app_review", rating=5, dated=rng.random() > 0.3)
        if wait > 10 and rng.random() < 0.3:
            comment(c, ta - D(days=float(rng.uniform(0, 3))), "appraisal_slow", "call_note", dated=rng.random() > 0.1)
        if rng.random() < 0.04:
            comment(c, ta + D(hours=5), "appraisal_low", "ticket", dated=rng.random() > 0.1)
        # credit decision
        slow_agent = c["agent"] == SLOW_AGENT
        dwait = rng.lognormal(np.log(19.0 if slow_agent else 6.0), 0.3)
        td = after(ta, float(dwait))
        p_rej = (0.40 if c["ctype"] == "second_home" else 0.07) + (0.08 if c["income"] == "<10k" else 0)
        if rng.random() < p_rej:
            reason = REJECT[0] if c["ctype"] == "second_home" and rng.random() < 0.55 else \
                REJECT[1 + int(rng.integers(3))]
            if ev(c, td, "tp_credit_reject", "rejected", reject_reason=reason[0], 拒绝原因=reason[1]):
                if rng.random() < 0.3:
                    comment(c, td + D(hours=float(rng.uniform(2, 48))),
                            "reject_ok" if rng.random() < 0.35 else "rejected",
                            str(rng.choice(["ticket", "call_note"])), dated=rng.random() > 0.1)
            continue
        if not ev(c, td, "tp_credit_approval", "approved"):
            continue
        if dwait < 5 and rng.random() < 0.12:
            comment(c, td + D(hours=4), "approval_fast", "app_review", rating=5, dated=rng.random() > 0.3)
        if dwait > 15 and rng.random() < 0.3:
            comment(c, td - D(days=float(rng.uniform(1, 5))), "approval_slow", "call_note", dated=rng.random() > 0.1)
        if rng.random() > 0.95:
            continue
        tc = after(td, float(1 + rng.exponential(3)))
        dp = float(rng.choice([0.2, 0.25, 0.3, 0.35]) if c["ctype"] == "first_home" else rng.choice([0.3, 0.35, 0.4]))
        loan = round(price * (1 - dp), -4)
        base = lpr5y(tc)
        rate = round(base - (0.45 - float(rng.choice([0, 0.05, 0.1]))) if c["ctype"] == "first_home"
                     else base - 0.05 + float(rng.choice([0, 0.05])), 2)
        method = ("equal_installment", "等额本息") if rng.random() < 0.72 else ("equal_principal", "等额本金")
        term = int(rng.choice([20, 25, 30], p=[0.2, 0.25, 0.55]) if c["ctype"] == "first_home"
                   else rng.choice([10, 15, 20, 25], p=[0.15, 0.25, 0.35, 0.25]))
        oid = f"LN{len(orders) + 1:06d}"
        if not ev(c, tc, "tp_contract", "signed", loan_id=oid, loan_amount=loan):
            continue
        o = dict(order_id=oid, customer_id=c["id"], ts=fmt(tc), amount=loan, status="cancelled",
                 channel="agent" if c["agent"] else {"branch": "branch"}.get(c["acq"], "app"),
                 device=c["device"] if c["acq"] in ("mobile_app", "online_ads") else "", city=c["city"],
                 城市=c["城市"], city_tier=c["tier"], customer_type=c["ctype"], 客户类型=c["客户类型"],
                 agent_partner=c["agent"], 合作中介=c["agent_zh"], property_price=price, down_payment_ratio=dp,
                 loan_term_years=term, interest_rate=rate, repayment_method=method[0], 还款方式=method[1],
                 currency="CNY")
        orders.append(o)
        if rng.random() < 0.025:
            continue                                      # contract cancelled before funding
        tf = after(tc, float(2 + rng.exponential(4)))
        if not ev(c, tf, "tp_disbursement", "success", loan_id=oid, loan_amount=loan):
            if tf > END:
                orders.pop()                              # still waiting for funding at the data cut: no order yet
            continue
        o["ts"], o["status"] = fmt(tf), "paid"
        c["funded"] = tf
        # post-funding survey (CSAT)
        if rng.random() < 0.42:
            m = 4.5 - (1.3 if slow_agent else 0) - (0.7 if slow_city and wait > 10 else 0) - (0.6 if n_res >= 2 else 0)
            stars = int(np.clip(round(m + rng.normal(0, 0.6)), 1, 5))
            if stars >= 4:
                topic = "great" if rng.random() < 0.7 else "neutral"
            elif slow_agent and rng.random() < 0.7:
                topic = "approval_slow"
            elif n_res >= 2 and rng.random() < 0.7:
                topic = "docs_resend"
            elif slow_city and wait > 10:
                topic = "appraisal_slow"
            elif c["ctype"] == "second_home" and rng.random() < 0.5:
                topic = "rate_high"
            else:
                topic = "neutral"
            comment(c, tf + D(days=float(rng.uniform(1, 10))), topic, "survey", rating=stars)
        # servicing
        d1 = tf + D(days=30)
        first_due = datetime(d1.year, d1.month, 20, 8, 0, 0)
        ev(c, first_due, "tp_first_repayment", "success", loan_id=oid)
        # rate-change enquiries: after LPR cuts and the January repricing (daily hazard, vectorised)
        days = np.arange(0, (END - tf).days)
        k0 = (tf - START).days
        h = np.where(LPR_HOT[k0:k0 + len(days)], 0.012, 0.0012)
        h[(days > 60) & JAN_HOT[k0:k0 + len(days)]] = 0.012
        hits = np.nonzero(rng.random(len(days)) < h)[0]
        last = -99
        for x in hits:
            if x - last < 10:
                continue
            last = x
            if ev(c, after(tf, int(days[x])), "tp_rate_inquiry", "call", loan_id=oid) and rng.random() < 0.3:
                comment(c, after(tf, int(days[x])), "rate_question", "call_note", dated=rng.random() > 0.1)
        # early repayment (hazard grows over time)
        days = np.arange(60, (END - tf).days)
        if len(days):
            h = 0.0006 * (1 + ((tf - START).days + days) / 365)
            hits = np.nonzero(rng.random(len(days)) < h)[0]
            if len(hits):
                tq = after(tf, int(days[hits[0]]))
                ev(c, tq, "tp_early_repay_request", "submit", digital=True, loan_id=oid,
                   repay_amount=round(loan * float(rng.uniform(0.1, 0.5)), -4))
                if rng.random() < 0.3:
                    ch = str(rng.choice(["ticket", "app_review"]))
                    comment(c, after(tq, rng.uniform(1, 14)), "early_repay", ch,
                            rating=2 if ch == "app_review" else None, dated=rng.random() > 0.1)
                if rng.random() < 0.82:
                    tdn = after(tq, rng.lognormal(np.log(18), 0.4))
                    if ev(c, tdn, "tp_early_repay_done", "success", loan_id=oid) and \
                            (tdn - tq).days < 15 and rng.random() < 0.3:
                        comment(c, tdn + D(hours=2), "early_repay_ok", "app_review", rating=5,
                                dated=rng.random() > 0.3)

    crow = [dict(customer_id=c["id"], signup_at=fmt(c["lead"]), segment=c["segment"], region=c["region"],
                 acquisition_channel=c["acq"], city=c["city"], 城市=c["城市"], city_tier=c["tier"],
                 城市等级=c["城市等级"], customer_type=c["ctype"], 客户类型=c["客户类型"], income_band=c["income"],
                 agent_partner=c["agent"], 合作中介=c["agent_zh"], primary_device=c["device"], language=c["lang"])
            for c in customers]
    dup = rng.choice(len(events), 25, replace=False)
    events.extend(dict(events[int(i)]) for i in dup)
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    orders.sort(key=lambda r: r["order_id"])
    feedback.sort(key=lambda r: (r["ts"] or "9999", r["feedback_id"]))
    for i, r in enumerate(feedback):
        r["feedback_id"] = f"FB{i + 1:05d}"

    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            wr = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            wr.writeheader()
            for r in rows:
                wr.writerow(r)

    write("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                               kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                            touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write("customers", crow, ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "city", "城市",
                              "city_tier", "城市等级", "customer_type", "客户类型", "income_band", "agent_partner",
                              "合作中介", "primary_device", "language"])
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                             "channel", "city", "城市", "customer_type", "客户类型", "lead_source", "agent_partner",
                             "合作中介", "resubmit_reason", "补件材料", "appraised_value", "appraisal_firm",
                             "reject_reason", "拒绝原因", "loan_id", "loan_amount", "repay_amount"])
    write("orders", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "city", "城市",
                             "city_tier", "customer_type", "客户类型", "agent_partner", "合作中介", "property_price",
                             "down_payment_ratio", "loan_term_years", "interest_rate", "repayment_method", "还款方式",
                             "currency"])
    write("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                 "language", "city", "城市", "customer_type", "客户类型", "agent_partner", "合作中介",
                                 "sentiment_label"])
    print(f"customers {len(crow)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
