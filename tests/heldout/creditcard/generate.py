"""锦程银行信用卡中心 Jincheng Bank Card Centre: credit-card acquisition and servicing journeys of a regional Chinese bank
in seven East-China cities (synthetic, written blind).

Prospects come from WeChat Moments ads (朋友圈广告), Douyin in-feed ads (抖音信息流), the bank's own mobile-banking app
banner (手机银行推荐位, existing debit customers), a branch account manager's referral (网点推荐; the application is then
keyed in on the branch pad) or an existing cardholder's invite link (老客推荐). They apply online (在线申请: app, WeChat
mini program, H5 page or branch pad), verify their identity (身份核验: ID-card OCR + face liveness, may be retried),
authorise the PBOC credit report pull (征信查询), get a credit decision (审批结果 approved / rejected with a reason),
the card is mailed (卡片寄送: delivered or returned to sender by the courier; returned cards are often re-sent), the
customer activates it (开卡激活) and makes a first purchase (首刷). Cardholders then get instalment offers (分期邀约 by
app push, SMS or outbound telesales) and may book an instalment plan (分期办理: bill / cash / merchant instalment, with
a fee), raise transaction disputes (交易争议 → 争议处理结果), call the 95xxx hotline (客服热线), are billed the annual
fee on the activation anniversary (年费扣收: charged or waived automatically by the swipe rule), may ask for a waiver
(年费减免申请) and may cancel the card (销卡).

Data 2024-08-01 .. 2026-07-31 (extract taken 4 Aug 2026). Timestamps are Beijing time, naive.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders (annual fees and instalment fees), feedback and experiments
as CSV (DATA.md), plus OUTDIR/_truth/feedback_truth.csv (the generator's topic and sentiment per comment; not a DATA.md
table). Deterministic (seed 20260804), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260804
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 8, 1), datetime(2026, 7, 31, 23, 59, 59)
FACE_BUG = (datetime(2026, 3, 3), datetime(2026, 3, 29))     # app 8.3.0 face-liveness SDK broke on Android
JT_FROM = datetime(2025, 10, 1)                               # Hefei / Nanchang cards moved to 极兔 J&T Express
GOLD_RULE = datetime(2026, 1, 1)                              # gold-card waiver rule 6 -> 12 swipes a year
WAIVER_TIGHT = datetime(2026, 1, 1)                           # waiver requests approved less often from 2026
EXPERIMENT = ("first_spend_gift", datetime(2025, 9, 1), datetime(2026, 3, 1))

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "数字营销部",
     "广告|投放|朋友圈广告|抖音广告|信息流|落地页|ad|ads|ad click|landing page|campaign"),
    ("tp_branch_referral", "网点推荐", "Branch referral", "awareness", "store", "physical", "零售网点",
     "网点|支行|客户经理推荐|柜台推荐|branch|branch referral|relationship manager"),
    ("tp_friend_invite", "老客推荐", "Member invite", "awareness", "social", "digital", "数字营销部",
     "推荐办卡|邀请好友|老带新|分享链接|refer a friend|invite link|member get member"),
    ("tp_online_apply", "在线申请", "Online application", "consideration", "app", "digital", "信用卡获客部",
     "申请|申卡|办卡|进件|提交申请|网申|apply|application|card application|sign up"),
    ("tp_id_verify", "身份核验", "Identity verification", "consideration", "app", "digital", "信用卡获客部",
     "人脸识别|刷脸|活体检测|实名认证|身份证识别|KYC|face check|face verification|liveness|ID check"),
    ("tp_credit_check", "征信查询", "Credit bureau check", "purchase", "other", "digital", "风险管理部",
     "征信|查征信|人行征信|征信授权|信用报告|credit check|credit report|bureau pull"),
    ("tp_decision", "审批结果", "Credit decision", "purchase", "other", "digital", "风险管理部",
     "审批|审核|批卡|核卡|下卡|通过率|拒件|被拒|approval|decision|underwriting|rejection|declined"),
    ("tp_card_delivery", "卡片寄送", "Card delivery", "purchase", "other", "physical", "卡片运营部",
     "寄卡|邮寄|快递|收卡|退件|card delivery|mailing|courier|shipping|returned card"),
    ("tp_activation", "开卡激活", "Card activation", "purchase", "app", "digital", "卡片运营部",
     "开卡|激活|激活卡片|activate|activation|card activation"),
    ("tp_first_spend", "首刷", "First purchase", "purchase", "other", "digital", "信用卡获客部",
     "首笔消费|首次刷卡|首刷礼|first spend|first purchase|first swipe|first transaction"),
    ("tp_instalment_offer", "分期邀约", "Instalment offer", "loyalty", "app", "digital", "分期业务部",
     "分期营销|分期推荐|电销|分期短信|账单分期邀约|instalment offer|installment offer|telesales|EMI offer"),
    ("tp_instalment_booked", "分期办理", "Instalment booked", "loyalty", "app", "digital", "分期业务部",
     "办分期|分期成功|账单分期|现金分期|商户分期|instalment|installment|EMI|instalment plan|booked instalment"),
    ("tp_dispute", "交易争议申请", "Transaction dispute", "service", "app", "digital", "争议处理中心",
     "争议|调单|拒付|盗刷|退单|dispute|chargeback|disputed transaction|unauthorized charge"),
    ("tp_dispute_resolved", "争议处理结果", "Dispute resolved", "service", "other", "digital", "争议处理中心",
     "争议结案|调单结果|退款入账|dispute outcome|dispute resolved|chargeback result"),
    ("tp_hotline", "客服热线", "Card hotline", "service", "phone", "digital", "客户服务中心",
     "客服|95热线|人工客服|打客服|热线|call centre|call center|hotline|customer service|phone support"),
    ("tp_annual_fee_bill", "年费扣收", "Annual fee billing", "loyalty", "other", "digital", "信用卡产品部",
     "年费|收年费|扣年费|年费账单|annual fee|card fee|membership fee"),
    ("tp_fee_waiver", "年费减免申请", "Annual fee waiver request", "loyalty", "app", "digital", "客户服务中心",
     "减免年费|免年费|年费减免|退年费|fee waiver|waive the fee|annual fee refund"),
    ("tp_card_cancel", "销卡", "Card cancellation", "loyalty", "phone", "digital", "客户服务中心",
     "注销|销户|销卡|不用了|流失|cancel card|card cancellation|close account|churn|attrition"),
]

JOURNEYS = [  # id, zh, en, window, steps
    ("card_acquisition", "申卡到首刷", "Application to first purchase", 45,
     ["tp_online_apply", "tp_id_verify", "tp_credit_check", "tp_decision", "tp_card_delivery", "tp_activation",
      "tp_first_spend"]),
    ("ad_to_apply", "广告到申请", "Ad click to application", 7, ["tp_ad_click", "tp_online_apply"]),
    ("card_activation", "收卡到首刷", "Card received to first purchase", 30,
     ["tp_card_delivery", "tp_activation", "tp_first_spend"]),
    ("instalment", "分期邀约转化", "Instalment offer conversion", 7, ["tp_instalment_offer", "tp_instalment_booked"]),
    ("dispute", "争议处理", "Dispute handling", 30, ["tp_dispute", "tp_dispute_resolved"]),
]

CITIES = [  # code, zh, weight, courier before / after JT_FROM, branches (id, zh, en)
    ("hangzhou", "杭州", 0.24, "sf_express", "sf_express",
     [("BR01", "杭州西湖支行", "Hangzhou Xihu Sub-branch"), ("BR02", "杭州滨江支行", "Hangzhou Binjiang Sub-branch")]),
    ("shanghai", "上海", 0.18, "sf_express", "sf_express",
     [("BR03", "上海陆家嘴支行", "Shanghai Lujiazui Sub-branch"), ("BR04", "上海徐汇支行", "Shanghai Xuhui Sub-branch")]),
    ("ningbo", "宁波", 0.13, "ems", "ems", [("BR05", "宁波鄞州支行", "Ningbo Yinzhou Sub-branch")]),
    ("nanjing", "南京", 0.13, "ems", "ems", [("BR06", "南京新街口支行", "Nanjing Xinjiekou Sub-branch")]),
    ("suzhou", "苏州", 0.12, "sf_express", "sf_express", [("BR07", "苏州园区支行", "Suzhou SIP Sub-branch")]),
    ("hefei", "合肥", 0.11, "ems", "jt_express", [("BR08", "合肥政务区支行", "Hefei Zhengwu Sub-branch")]),
    ("nanchang", "南昌", 0.09, "ems", "jt_express", [("BR09", "南昌红谷滩支行", "Nanchang Honggutan Sub-branch")]),
]
CITY_ZH = {c[0]: c[1] for c in CITIES}
COURIER_ZH = {"sf_express": "顺丰速运", "ems": "中国邮政EMS", "jt_express": "极兔速递"}
COURIER_DAYS = {"sf_express": (1.8, 0.35), "ems": (3.2, 0.35), "jt_express": (6.0, 0.4)}   # median days, sigma
COURIER_RETURN = {"sf_express": 0.02, "ems": 0.035, "jt_express": 0.17}

CHANNELS = {  # code: zh, apply prob, approve base, activation prob, first-spend prob
    "wechat_ads": ("微信朋友圈广告", 0.52, 0.62, 0.86, 0.80),
    "douyin_ads": ("抖音信息流", 0.48, 0.36, 0.68, 0.66),
    "app_banner": ("手机银行推荐位", 0.66, 0.78, 0.90, 0.84),
    "branch_referral": ("网点推荐", 0.92, 0.80, 0.92, 0.85),
    "friend_invite": ("老客推荐", 0.72, 0.70, 0.88, 0.82),
}
PRODUCT_ZH = {"classic": "普卡", "gold": "金卡", "platinum": "白金卡"}
PRODUCT_EN = {"classic": "Classic", "gold": "Gold", "platinum": "Platinum"}
ANNUAL_FEE = {"classic": 100.0, "gold": 300.0, "platinum": 1200.0}
OCCUPATIONS = [("employee", "企业职员", 0.46), ("civil_servant", "公务员/事业单位", 0.10), ("self_employed", "个体户", 0.14),
               ("freelancer", "自由职业", 0.10), ("student", "学生", 0.08), ("gig_worker", "骑手/网约车司机", 0.07),
               ("professional", "医生/教师/律师", 0.05)]
OCC_ZH = {o[0]: o[1] for o in OCCUPATIONS}
INCOME = [("<5k", 0.22), ("5k-10k", 0.38), ("10k-20k", 0.27), ("20k+", 0.13)]
REJECT = {  # code: zh
    "overdue_record": "征信逾期记录", "high_debt": "负债率过高", "thin_file": "征信白户", "multi_apply": "多头申请",
    "income_unverified": "收入无法核实", "fraud_suspect": "疑似欺诈"}
REJECT_P = {"default": [0.26, 0.30, 0.17, 0.12, 0.10, 0.05], "douyin_ads": [0.10, 0.14, 0.22, 0.43, 0.06, 0.05],
            "student": [0.05, 0.10, 0.70, 0.10, 0.05, 0.00]}
VERIFY_FAIL_ZH = {"face_mismatch": "人脸比对不一致", "liveness_fail": "活体检测失败", "id_ocr_unclear": "身份证识别不清",
                  "timeout": "核验超时"}
MCC = [("online_shopping", "网购", 0.35), ("dining", "餐饮", 0.25), ("supermarket", "商超", 0.15), ("fuel", "加油", 0.07),
       ("travel", "旅游出行", 0.08), ("utilities", "生活缴费", 0.10)]
OFFER_CH = {"app_push": ("APP推送", "app"), "sms": ("短信", "sms"), "telesales": ("电话营销", "phone")}
INST_TYPE = {"bill": "账单分期", "cash": "现金分期", "merchant": "商户分期"}
DISPUTE_REASON = [("unauthorized", "非本人交易", 0.24), ("not_received", "未收到商品或服务", 0.30),
                  ("duplicate_charge", "重复扣款", 0.15), ("refund_missing", "退款未到账", 0.21),
                  ("amount_wrong", "扣款金额不符", 0.10)]
DISPUTE_OUTCOME = {"credited": "退款入账", "rejected": "驳回", "withdrawn": "客户撤销"}
CALL_TOPICS = {"application_status": "申请进度", "activation_help": "开卡激活", "card_delivery": "卡片寄送",
               "bill_query": "账单查询", "limit_increase": "提额", "lost_card": "挂失补卡", "points": "积分",
               "instalment": "分期业务", "dispute": "交易争议", "annual_fee": "年费", "cancel": "销卡"}
CANCEL_REASON = {"annual_fee": "年费", "rarely_used": "很少使用", "switched_bank": "换用他行卡", "limit_too_low": "额度太低",
                 "bad_service": "服务体验差"}
SEGMENT_ZH = {"prospect": "意向客户", "applying": "申请中", "rejected": "审批拒绝", "approved_inactive": "已批未激活",
              "dormant": "睡眠户", "active": "活跃", "cancelled": "已销卡"}


def pick(options, p):
    return options[int(rng.choice(len(options), p=np.asarray(p) / np.sum(p)))]


def iso(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


HOUR_W = np.array([1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 6, 7, 8, 8, 6, 3], float)
HOUR_W /= HOUR_W.sum()
WORK_W = np.array([0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 8, 8, 5, 6, 8, 8, 7, 5, 0, 0, 0, 0, 0, 0], float)
WORK_W /= WORK_W.sum()


def at_hour(day, weights=HOUR_W):
    return datetime(day.year, day.month, day.day, int(rng.choice(24, p=weights)), int(rng.integers(60)),
                    int(rng.integers(60)))


def month_starts():
    out, y, m = [], 2024, 8
    while (y, m) <= (2026, 7):
        out.append(datetime(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def add_years(t, n=1):
    try:
        return t.replace(year=t.year + n)
    except ValueError:
        return t.replace(year=t.year + n, day=28)


# ---------------------------------------------------------------------------------------------------------------------
events, orders, customers, experiments, fb_seeds = [], [], [], [], []
_n = {"ev": 0, "ap": 0, "card": 0, "of": 0, "dp": 0, "cl": 0, "af": 0, "if": 0, "ad": 0}


def nid(kind, prefix, width=6):
    _n[kind] += 1
    return f"{prefix}{_n[kind]:0{width}d}"


def ev(cid, ts, tp, action, device, channel, session=None, **extra):
    if ts > END:
        return None
    row = dict(event_id=nid("ev", "E", 7), customer_id=cid, ts=ts, touchpoint_id=tp, session_id=session,
               action=action, device=device, channel=channel)
    row.update(extra)
    events.append(row)
    return row


def seed_fb(kind, ts, cid, **ctx):
    fb_seeds.append(dict(kind=kind, ts=ts, cid=cid, **ctx))


def app_version(ts, device):
    if device != "android":
        return "8.3.0" if ts >= datetime(2026, 3, 3) else ("8.2.4" if ts >= datetime(2025, 9, 1) else "8.1.7")
    if ts >= FACE_BUG[1]:
        return "8.3.1"
    if ts >= FACE_BUG[0]:
        return "8.3.0"
    return "8.2.4" if ts >= datetime(2025, 9, 1) else "8.1.7"


def hotline_call(c, ts, topic, card=None):
    if ts > END:
        return
    wait = float(np.exp(rng.normal(np.log(55), 0.7)))
    if ts.hour >= 19 or ts.weekday() >= 5:
        wait *= 1.5
    resolved = rng.random() < {"annual_fee": 0.55, "dispute": 0.5, "cancel": 0.6, "instalment": 0.6}.get(topic, 0.82)
    r = ev(c["customer_id"], ts, "tp_hotline", "call", None, "phone", nid("cl", "CL", 6),
           call_topic=topic, 来电类型=CALL_TOPICS[topic], wait_seconds=int(wait), call_seconds=int(np.exp(rng.normal(5.4, 0.5))),
           first_call_resolved="Y" if resolved else "N", agent_group=pick(["一组", "二组", "三组", "英文专席"], [4, 4, 3, 0.3 + 3 * (c["lang"] == "en")]),
           card_id=card["card_id"] if card else None, city=c["region"], 城市=CITY_ZH[c["region"]])
    if r is not None:
        if rng.random() < 0.16:
            seed_fb("call_note", ts + D(minutes=int(rng.integers(5, 40))), c["customer_id"], topic=topic, cust=c, card=card)
        if wait > 400 and rng.random() < 0.35:
            seed_fb("hotline_wait", ts + D(hours=float(rng.uniform(0.2, 30))), c["customer_id"], cust=c, card=card,
                    wait=int(wait))


def make_customer(t0, channel):
    cid = f"C{len(customers) + 1:06d}"
    city = pick(CITIES, [x[2] for x in CITIES])
    occ = pick(OCCUPATIONS, [o[2] for o in OCCUPATIONS])[0]
    age = pick(["18-24", "25-34", "35-44", "45-54", "55+"], [0.16, 0.38, 0.27, 0.13, 0.06])
    if occ == "student":
        age = "18-24"
    inc = pick(INCOME, [i[1] for i in INCOME])[0]
    if occ == "student":
        inc = "<5k"
    lang = "en" if rng.random() < (0.09 if city[0] == "shanghai" else 0.025) else "zh"
    os_ = "android" if rng.random() < 0.58 else "ios"
    c = dict(customer_id=cid, signup_at=t0, region=city[0], acquisition_channel=channel, occupation=occ, age_band=age,
             income_band=inc, lang=lang, os=os_, gender=pick(["male", "female"], [0.52, 0.48]),
             has_debit_account="Y" if channel in ("app_banner", "branch_referral") or rng.random() < 0.3 else "N",
             branch=pick(city[5], [1] * len(city[5])) if channel == "branch_referral" else None,
             segment="prospect", product=None)
    customers.append(c)
    return c


def journey(c):
    cid, t, ch = c["customer_id"], c["signup_at"], c["acquisition_channel"]
    city = c["region"]
    _, p_apply, p_appr, p_act, p_fs = CHANNELS[ch]
    # ---- awareness
    if ch in ("wechat_ads", "douyin_ads", "app_banner"):
        plat = {"wechat_ads": "wechat_moments", "douyin_ads": "douyin", "app_banner": "bank_app"}[ch]
        ev(cid, t, "tp_ad_click", "click", c["os"], "app" if ch == "app_banner" else "ads", nid("ad", "AD", 6),
           ad_platform=plat, campaign=pick(["新户首刷礼", "双11分期免息", "白金卡权益", "校园卡"], [5, 2, 2, 1 + 3 * (c["occupation"] == "student")]),
           city=city, 城市=CITY_ZH[city])
    elif ch == "branch_referral":
        b = c["branch"]
        ev(cid, t, "tp_branch_referral", "referred", None, "store", None, branch_id=b[0], branch=b[1], branch_en=b[2],
           staff_id=f"S{int(rng.integers(1, 60)):03d}", city=city, 城市=CITY_ZH[city])
    else:
        ev(cid, t, "tp_friend_invite", "open_link", c["os"], "social", None, referrer_id=f"C{int(rng.integers(1, 9000)):06d}",
           city=city, 城市=CITY_ZH[city])
    if rng.random() >= p_apply:
        return
    # ---- apply
    if ch == "branch_referral":
        t = t + D(minutes=float(rng.uniform(5, 40)))
        device, chan = "pad", "store"
    else:
        u = rng.random()
        gap = D(minutes=float(rng.uniform(2, 120))) if u < 0.7 else (
            D(hours=float(rng.uniform(2, 120))) if u < 0.92 else D(days=float(rng.uniform(7.5, 25))))
        t = t + gap
        device = c["os"]
        chan = {"wechat_ads": "mini_program", "douyin_ads": "web", "app_banner": "app", "friend_invite": "mini_program"}[ch]
    ap = nid("ap", "AP", 6)
    c["segment"] = "applying"
    c["applied_at"] = t
    prod_want = pick(["classic", "gold", "platinum"], [5, 4, 1])
    common = dict(application_id=ap, city=city, 城市=CITY_ZH[city])
    if ev(cid, t, "tp_online_apply", "submit", device, chan, ap, applied_product=prod_want, 申请卡种=PRODUCT_ZH[prod_want],
          branch_id=c["branch"][0] if c["branch"] else None, **common) is None:
        return
    # ---- identity verification (OCR + face liveness), retries
    passed = False
    for attempt in range(1, 4):
        t = t + D(minutes=float(rng.uniform(1, 6) if attempt == 1 else rng.uniform(1, 40)))
        if attempt > 1 and rng.random() < 0.15:
            t = t + D(hours=float(rng.uniform(4, 30)))
        bug = FACE_BUG[0] <= t < FACE_BUG[1]
        if device == "pad":
            pf = 0.03
        elif bug and device == "android":
            pf = 0.58
        else:
            pf = 0.075 if not bug else 0.09
        fail = rng.random() < pf
        reason = None
        if fail:
            reason = "liveness_fail" if (bug and device == "android" and rng.random() < 0.85) else pick(
                list(VERIFY_FAIL_ZH), [0.3, 0.3, 0.3, 0.1])
        ver = app_version(t, device) if device in ("ios", "android") and chan == "app" else None
        if ev(cid, t, "tp_id_verify", "fail" if fail else "pass", device, chan, ap, attempt_no=attempt,
              fail_reason=reason, 失败原因=VERIFY_FAIL_ZH.get(reason), app_version=ver, **common) is None:
            return
        if fail:
            c["face_fail"] = True
            c["face_fail_ts"] = t
            c["face_fail_bug"] = bug and device == "android"
        if not fail:
            passed = True
            break
        if rng.random() >= (0.45 if bug else 0.66):
            break
    if not passed:
        c["segment"] = "prospect"
        return
    # ---- credit bureau check (needs the customer's authorisation)
    if rng.random() < 0.035:
        c["segment"] = "prospect"
        return
    t = t + D(minutes=float(rng.uniform(1, 12)))
    score = int(np.clip(rng.normal(690 if ch != "douyin_ads" else 620, 70), 350, 950))
    thin = "Y" if (c["occupation"] == "student" or rng.random() < (0.25 if ch == "douyin_ads" else 0.08)) else "N"
    if ev(cid, t, "tp_credit_check", "pulled", None, "system", ap, credit_score=score, thin_file=thin,
          bureau_queries_6m=int(rng.poisson(6 if ch == "douyin_ads" else 2)), **common) is None:
        return
    # ---- decision
    manual = rng.random() < 0.35
    t = t + (D(hours=float(rng.uniform(3, 90))) if manual else D(minutes=float(rng.uniform(2, 25))))
    p = p_appr * {"<5k": 0.72, "5k-10k": 1.0, "10k-20k": 1.1, "20k+": 1.18}[c["income_band"]]
    if c["occupation"] == "student":
        p *= 0.6
    p *= 1 + (score - 690) / 600
    approved = rng.random() < min(p, 0.96)
    if t > END:
        if manual and rng.random() < 0.3:
            hotline_call(c, c["applied_at"] + D(hours=float(rng.uniform(20, 60))), "application_status")
        return
    if manual and rng.random() < 0.18:
        hotline_call(c, min(t, c["applied_at"] + D(hours=float(rng.uniform(20, 60)))), "application_status")
    if not approved:
        key = "student" if c["occupation"] == "student" else ("douyin_ads" if ch == "douyin_ads" else "default")
        reason = pick(list(REJECT), REJECT_P[key])
        ev(cid, t, "tp_decision", "rejected", None, "system", ap, decision_mode="manual" if manual else "auto",
           reject_reason=reason, 拒绝原因=REJECT[reason], **common)
        c["segment"] = "rejected"
        c["rejected_at"] = t
        if rng.random() < 0.12:
            hotline_call(c, t + D(hours=float(rng.uniform(2, 72))), "application_status")
        if rng.random() < 0.06:
            seed_fb("rejected", t + D(hours=float(rng.uniform(1, 100))), cid, cust=c)
        return
    inc = c["income_band"]
    prod = pick(["classic", "gold", "platinum"], {"<5k": [0.9, 0.1, 0], "5k-10k": [0.55, 0.42, 0.03],
                                                 "10k-20k": [0.2, 0.65, 0.15], "20k+": [0, 0.45, 0.55]}[inc])
    limit = {"classic": rng.integers(3, 11), "gold": rng.integers(10, 51), "platinum": rng.integers(50, 151)}[prod] * 1000
    card = dict(card_id=nid("card", "CARD", 6), product=prod, limit=int(limit))
    c["product"], c["card"] = prod, card
    c["segment"] = "approved_inactive"
    common = dict(common, card_id=card["card_id"], card_product=prod, 卡种=PRODUCT_ZH[prod])
    ev(cid, t, "tp_decision", "approved", None, "system", ap, decision_mode="manual" if manual else "auto",
       credit_limit=card["limit"], **common)
    c["approved_at"] = t
    in_exp = EXPERIMENT[1] <= t < EXPERIMENT[2]
    variant = None
    if in_exp:
        variant = "gift_50" if rng.random() < 0.5 else "control"
        experiments.append(dict(experiment_id=EXPERIMENT[0], variant=variant, customer_id=cid, assigned_at=iso(t),
                                card_id=card["card_id"], card_product=prod))
    if rng.random() < 0.04:
        seed_fb("praise_approval", t + D(hours=float(rng.uniform(1, 48))), cid, cust=c, card=card)
    # ---- card delivery
    shipped = datetime(t.year, t.month, t.day) + D(days=int(rng.integers(1, 3)), hours=float(rng.uniform(9, 17)))
    cityrow = [x for x in CITIES if x[0] == city][0]
    courier = cityrow[4] if shipped >= JT_FROM else cityrow[3]
    delivered = None
    for attempt in (1, 2):
        med, sig = COURIER_DAYS[courier]
        days = float(np.exp(rng.normal(np.log(med), sig)))
        ret = rng.random() < COURIER_RETURN[courier]
        t_out = shipped + D(days=days + (1.5 if ret else 0))
        rr = pick(["not_home", "wrong_address", "lost_in_transit"], [0.5, 0.3, 0.2]) if ret else None
        if ev(cid, t_out, "tp_card_delivery", "returned" if ret else "delivered", None, "courier", ap,
              courier=courier, 快递公司=COURIER_ZH[courier], shipped_at=iso(shipped), delivery_days=round(days, 1),
              delivery_attempt=attempt, return_reason=rr,
              退件原因={"not_home": "无人签收", "wrong_address": "地址错误", "lost_in_transit": "快递丢件"}.get(rr),
              **common) is None:
            return
        if not ret:
            delivered = t_out
            break
        c["returned"] = True
        if rng.random() < 0.3:
            hotline_call(c, t_out + D(hours=float(rng.uniform(2, 72))), "card_delivery", card)
        if rng.random() < 0.22:
            seed_fb("delivery", t_out + D(hours=float(rng.uniform(2, 96))), cid, cust=c, card=card, courier=courier)
        if rng.random() >= 0.62:
            return
        shipped = t_out + D(days=float(rng.uniform(2, 6)))
    if delivered is None:
        return
    c["courier"] = courier
    if courier == "jt_express" and rng.random() < 0.05:
        seed_fb("delivery", delivered + D(hours=float(rng.uniform(2, 48))), cid, cust=c, card=card, courier=courier)
    elif days > 5 and rng.random() < 0.06:
        seed_fb("delivery", delivered + D(hours=float(rng.uniform(2, 48))), cid, cust=c, card=card, courier=courier)
    # ---- activation
    pa = p_act * (0.86 if courier == "jt_express" else 1.0) * (0.9 if c.get("returned") else 1.0)
    if rng.random() >= pa:
        return
    t = delivered + D(days=float(rng.exponential(3.2) if rng.random() < 0.9 else rng.uniform(20, 60)))
    method = pick(["app", "phone", "branch"], [0.7, 0.2, 0.1] if ch != "branch_referral" else [0.5, 0.15, 0.35])
    if rng.random() < 0.05:
        hotline_call(c, t - D(hours=float(rng.uniform(1, 30))), "activation_help", card)
    if ev(cid, t, "tp_activation", "activated", c["os"] if method == "app" else None,
          {"app": "app", "phone": "phone", "branch": "store"}[method], ap, activation_method=method,
          激活方式={"app": "APP激活", "phone": "电话激活", "branch": "网点激活"}[method], **common) is None:
        return
    c["segment"] = "dormant"
    c["activated_at"] = t
    if rng.random() < 0.26:
        seed_fb("survey", t + D(days=float(rng.uniform(1, 6))), cid, cust=c, card=card, courier=courier)
    # ---- first purchase
    pf = p_fs if variant is None else (min(0.95, p_fs * 1.1) if variant == "gift_50" else p_fs * 0.9)
    fs = None
    if rng.random() < pf:
        fs = t + D(days=float(rng.exponential(2.2 if variant == "gift_50" else 4.5)))
        m = pick(MCC, [x[2] for x in MCC])
        r = ev(cid, fs, "tp_first_spend", "purchase", c["os"] if m[0] == "online_shopping" else None,
               "online" if m[0] in ("online_shopping", "utilities") else "pos", ap, merchant_category=m[0],
               商户类别=m[1], spend_amount=round(float(np.exp(rng.normal(np.log(180), 0.9))), 2),
               gift_applied="Y" if variant == "gift_50" else "N", **common)
        if r is None:
            return
        c["segment"] = "active"
        if variant == "gift_50" and rng.random() < 0.05:
            seed_fb("first_spend_gift", fs + D(hours=float(rng.uniform(1, 48))), cid, cust=c, card=card)
    servicing(c, card, t, fs)


def servicing(c, card, act, fs):
    cid, city = c["customer_id"], c["region"]
    common = dict(card_id=card["card_id"], card_product=card["product"], 卡种=PRODUCT_ZH[card["product"]], city=city,
                  城市=CITY_ZH[city])
    level = "none" if fs is None else pick(["heavy", "light", "dormant"], [0.55, 0.27, 0.18])
    if level == "dormant":
        c["segment"] = "dormant"
    anniv = add_years(act)
    m = datetime(act.year, act.month, 1)
    cancelled = None
    while m <= END and cancelled is None:
        nxt = datetime(m.year + (m.month == 12), m.month % 12 + 1, 1)
        lo = max(m, act + D(days=1))
        span = (nxt - lo).total_seconds()
        if span <= 0:
            m = nxt
            continue
        rnd = lambda: lo + D(seconds=float(rng.uniform(0, span)))   # noqa: E731
        # instalment offers
        if level in ("heavy", "light") and fs is not None and lo > fs:
            if rng.random() < (0.55 if level == "heavy" else 0.33):
                instalment_offer(c, card, rnd(), common)
        # disputes
        if level != "none" and rng.random() < (0.02 if level == "heavy" else 0.008):
            dispute(c, card, rnd(), common)
        # general hotline calls
        if rng.random() < 0.045:
            topic = pick(["bill_query", "limit_increase", "lost_card", "points"], [0.42, 0.25, 0.12, 0.21])
            hotline_call(c, at_hour(rnd(), WORK_W if rng.random() < 0.7 else HOUR_W), topic, card)
        # annual fee on the activation anniversary
        if m <= anniv < nxt and anniv <= END:
            cancelled = annual_fee(c, card, anniv, level, common)
            anniv = add_years(anniv)
            if cancelled is not None:
                break
        # spontaneous cancellation
        if rng.random() < (0.012 if level in ("dormant", "none") else 0.0035):
            reason = pick(["rarely_used", "switched_bank", "limit_too_low", "bad_service"], [0.4, 0.25, 0.2, 0.15])
            cancelled = cancel_card(c, card, rnd(), reason, common)
        m = nxt


def instalment_offer(c, card, t, common):
    cid = c["customer_id"]
    och = pick(list(OFFER_CH), [0.55, 0.28, 0.17])
    itype = pick(list(INST_TYPE), [0.6, 0.25, 0.15] if och == "app_push" else [0.65, 0.35, 0])
    if och == "telesales":
        t = at_hour(t, WORK_W)
    rate = float(rng.choice([0.006, 0.0065, 0.007, 0.0075]))
    of = nid("of", "OF", 6)
    cm = dict(common, offer_id=of, offer_channel=och, 营销渠道=OFFER_CH[och][0], instalment_type=itype,
              分期类型=INST_TYPE[itype], monthly_fee_rate=rate)
    dev = c["os"] if och == "app_push" else None
    if ev(cid, t, "tp_instalment_offer", "offered", dev, OFFER_CH[och][1], of, **cm) is None:
        return
    p = {"app_push": 0.07, "sms": 0.045, "telesales": 0.24}[och]
    p *= {11: 1.7, 12: 1.2}.get(t.month, 1.0)
    if rng.random() >= p:
        return
    tb = t + (D(minutes=float(rng.uniform(2, 20))) if och == "telesales" else
              D(hours=float(rng.exponential(30) if rng.random() < 0.9 else rng.uniform(170, 300))))
    periods = int(pick([3, 6, 12, 24], [0.2, 0.35, 0.35, 0.1]))
    base = {"bill": card["limit"] * rng.uniform(0.15, 0.6), "cash": card["limit"] * rng.uniform(0.3, 0.9),
            "merchant": rng.uniform(2000, 15000)}[itype]
    principal = float(max(1000, round(base / 100) * 100))
    fee = round(principal * rate * periods, 2)
    if ev(cid, tb, "tp_instalment_booked", "booked", dev, OFFER_CH[och][1], of, principal=principal, periods=periods,
          total_fee=fee, **cm) is None:
        return
    cancel = rng.random() < (0.16 if och == "telesales" else 0.03)
    oid = nid("if", "IF", 6)
    orders.append(dict(order_id=oid, customer_id=cid, ts=iso(tb), amount=fee, status="cancelled" if cancel else "paid",
                       channel=OFFER_CH[och][1], device=dev, fee_type="instalment_fee", 费用类型="分期手续费",
                       card_id=card["card_id"], card_product=card["product"], 卡种=PRODUCT_ZH[card["product"]],
                       city=c["region"], 城市=CITY_ZH[c["region"]], instalment_type=itype, 分期类型=INST_TYPE[itype],
                       offer_channel=och, 营销渠道=OFFER_CH[och][0], principal=principal, periods=periods,
                       monthly_fee_rate=rate, cancelled_at=iso(tb + D(days=float(rng.uniform(1, 6)))) if cancel else None,
                       refunded_at=None, currency="CNY"))
    if och == "telesales":
        pc, pt = 0.2, 0.14
    else:
        pc, pt = 0.025, 0.03
    if rng.random() < pc:
        seed_fb("instalment", tb + D(days=float(rng.uniform(3, 40))), cid, cust=c, card=card, offer_channel=och)
    if rng.random() < pt:
        hotline_call(c, tb + D(days=float(rng.uniform(2, 35))), "instalment", card)


def dispute(c, card, t, common):
    cid = c["customer_id"]
    reason = pick(DISPUTE_REASON, [x[2] for x in DISPUTE_REASON])
    xb = rng.random() < (0.3 if card["product"] == "platinum" else 0.13)
    net = ("visa" if rng.random() < 0.6 else "mastercard") if xb else "unionpay"
    dp = nid("dp", "DP", 6)
    amt = round(float(np.exp(rng.normal(np.log(900 if xb else 400), 0.9))), 2)
    via = "app" if rng.random() < 0.6 else "phone"
    cm = dict(common, dispute_id=dp, dispute_reason=reason[0], 争议原因=reason[1], cross_border="Y" if xb else "N",
              card_network=net, dispute_amount=amt)
    if ev(cid, t, "tp_dispute", "filed", c["os"] if via == "app" else None, via, dp, **cm) is None:
        return
    days = float(np.exp(rng.normal(np.log(27 if xb else 6), 0.35 if xb else 0.5)))
    outcome = pick(list(DISPUTE_OUTCOME), [0.6, 0.25, 0.15])
    tr = t + D(days=days)
    ev(cid, tr, "tp_dispute_resolved", "resolved", None, "system", dp, dispute_outcome=outcome,
       处理结果=DISPUTE_OUTCOME[outcome], resolution_days=round(days, 1), **cm)
    if rng.random() < 0.3:
        hotline_call(c, t + D(days=float(rng.uniform(1, min(days, 20)))), "dispute", card)
    if (days > 15 and rng.random() < 0.28) or rng.random() < 0.02:
        seed_fb("dispute", min(tr, t + D(days=float(rng.uniform(10, 25)))), cid, cust=c, card=card, days=int(days))


def annual_fee(c, card, t, level, common):
    cid, prod = c["customer_id"], card["product"]
    txn = int(rng.poisson({"heavy": 45, "light": 9, "dormant": 1.2, "none": 0.2}[level]))
    spend = round(txn * float(np.exp(rng.normal(np.log(1300 if prod == "platinum" else 320), 0.4))), 2)
    if prod == "platinum":
        rule, waived = "年消费满5万", spend >= 50000
    elif prod == "gold" and t >= GOLD_RULE:
        rule, waived = "年刷卡12次", txn >= 12
    else:
        rule, waived = "年刷卡6次", txn >= 6
    fee = ANNUAL_FEE[prod]
    t = datetime(t.year, t.month, t.day, 2, int(rng.integers(60)), 0)
    af = nid("af", "AF", 6)
    cm = dict(common, annual_fee=fee, txn_count_year=txn, annual_spend=spend, waiver_rule=rule)
    ev(cid, t, "tp_annual_fee_bill", "waived_auto" if waived else "charged", None, "system", af, **cm)
    if waived:
        return None
    order = dict(order_id=af, customer_id=cid, ts=iso(t), amount=fee, status="paid", channel="system", device=None,
                 fee_type="annual_fee", 费用类型="年费", card_id=card["card_id"], card_product=prod, 卡种=PRODUCT_ZH[prod],
                 city=c["region"], 城市=CITY_ZH[c["region"]], instalment_type=None, 分期类型=None, offer_channel=None,
                 营销渠道=None, principal=None, periods=None, monthly_fee_rate=None, cancelled_at=None, refunded_at=None,
                 currency="CNY")
    orders.append(order)
    outcome = None
    if rng.random() < (0.6 if level in ("dormant", "none") else 0.45):
        tw = t + D(days=float(rng.uniform(1, 25)), hours=float(rng.uniform(8, 14)))
        via = "app" if rng.random() < 0.5 else "phone"
        tight = tw >= WAIVER_TIGHT
        pa = (0.28 if prod == "gold" else 0.55) if tight else 0.72
        if level == "heavy":
            pa = min(0.95, pa + 0.2)
        outcome = "approved" if rng.random() < pa else "denied"
        if via == "phone":
            hotline_call(c, tw - D(minutes=3), "annual_fee", card)
        r = ev(cid, tw, "tp_fee_waiver", outcome, c["os"] if via == "app" else None, via, af,
               waiver_result=outcome, 减免结果={"approved": "同意减免", "denied": "不予减免"}[outcome], **cm)
        if r is None:
            outcome = None
        elif outcome == "approved":
            order["status"] = "refunded"
            order["refunded_at"] = iso(tw + D(days=float(rng.uniform(0.5, 3))))
        if r is not None and outcome == "denied" and rng.random() < 0.3:
            seed_fb("annual_fee", tw + D(hours=float(rng.uniform(1, 72))), cid, cust=c, card=card, fee=fee, denied=True)
    elif rng.random() < 0.1:
        seed_fb("annual_fee", t + D(days=float(rng.uniform(1, 20))), cid, cust=c, card=card, fee=fee, denied=False)
    pc = {"denied": 0.38, "approved": 0.03, None: 0.10 if level in ("heavy", "light") else 0.22}[outcome]
    if rng.random() < pc:
        return cancel_card(c, card, t + D(days=float(rng.uniform(3, 40))), "annual_fee", common)
    return None


def cancel_card(c, card, t, reason, common):
    if t > END:
        return None
    via = "phone" if rng.random() < 0.72 else "store"
    if via == "phone" and rng.random() < 0.5:
        hotline_call(c, t - D(minutes=2), "cancel", card)
    ev(c["customer_id"], t, "tp_card_cancel", "cancelled", None, via, None, cancel_reason=reason,
       销卡原因=CANCEL_REASON[reason], card_age_days=(t - c["activated_at"]).days, **common)
    c["segment"] = "cancelled"
    c["cancelled_at"] = t
    if rng.random() < 0.09:
        seed_fb("cancel_hard", t + D(hours=float(rng.uniform(1, 72))), c["customer_id"], cust=c, card=card)
    return t


# ---------------------------------------------------------------------------------------------------------------------
def build_customers():
    months = month_starts()
    for i, m0 in enumerate(months):
        n = 430 + 12 * i
        n *= {2: 0.72, 11: 1.25, 12: 1.12, 1: 1.05, 10: 0.94}.get(m0.month, 1.0)
        n = int(rng.poisson(n))
        mix = {"wechat_ads": 0.30 - 0.004 * i, "douyin_ads": 0.14 + 0.008 * i, "app_banner": 0.22 - 0.002 * i,
               "branch_referral": 0.20 - 0.002 * i, "friend_invite": 0.14}
        nxt = months[i + 1] if i + 1 < len(months) else datetime(2026, 8, 1)
        days = (nxt - m0).days
        for _ in range(n):
            ch = pick(list(mix), list(mix.values()))
            day = m0 + D(days=int(rng.integers(days)))
            t0 = at_hour(day, WORK_W if ch == "branch_referral" else HOUR_W)
            c = make_customer(t0, ch)
            journey(c)


# ---------------------------------------------------------------------------------------------------------------------
# feedback texts. Topic markers (exclusive to their topic): face 人脸/face, rejected 被拒/declined, delivery 快递/courier,
# instalment 分期/instalment, annual fee 年费/annual fee, dispute 争议/dispute, hotline wait 排队/on hold, cancel 销卡/cancel,
# praise approval 审批/approval, praise agent 客服/agent, first-spend gift 首刷/welcome gift.
T = {
    "face_verify": {
        "zh": ["人脸识别一直失败，换了三个地方光线都不行，申请卡在这一步", "安卓手机刷人脸直接闪退，试了五六次还是过不了",
               "活体检测让我眨眼摇头，做完就提示人脸比对失败，太折腾了", "新版APP人脸认证根本用不了，只能放弃申请",
               "人脸核验转圈圈然后超时，到底是我的问题还是你们的问题", "办卡到人脸那一步就报错，重装APP也没用"],
        "en": ["The face check keeps failing on my Android phone, I gave up on the application",
               "Face verification crashes the app every time after the update", "Stuck at the face scan step, it says liveness failed again and again",
               "Tried the face recognition six times in good light, still rejected by the system"]},
    "rejected": {
        "zh": ["申请被拒了也不告诉原因，征信明明没问题", "工作稳定收入也不低，结果还是被拒，很失望", "第二次申请又被拒，连个解释都没有",
               "被拒之后还查了我一次征信，白白多一条查询记录"],
        "en": ["My application was declined without any explanation", "Declined even though I have a stable job and no debt",
               "Got declined within minutes, feels like nobody even looked at it"]},
    "delivery": {
        "zh": ["卡片快递一周了还没到，物流信息一直不更新", "快递员没打电话就把卡退回去了，又要重新寄", "快递显示已签收但我根本没收到卡",
               "信用卡用的什么快递，地址写得清清楚楚还是送不到", "等快递等了十来天，激活的热情都没了"],
        "en": ["The courier returned my card to the bank without even calling me", "Card has been with the courier for over a week, tracking never updates",
               "Courier marked it delivered but no card arrived", "Why use such a slow courier for bank cards? Took 10 days"]},
    "instalment": {
        "zh": ["电话里说分期免息，结果每个月都扣手续费，这不是误导吗", "分期的手续费根本没讲清楚，算下来年化快15%了",
               "电销一直打电话推分期，说只是'帮我降低还款压力'，没提费率", "办了账单分期才发现手续费是按本金算的，不是按剩余本金",
               "想撤销分期发现手续费不退，销售当时可没这么说", "稀里糊涂被办了现金分期，钱直接打到卡上还收费"],
        "en": ["The telesales guy said the instalment plan was interest-free, now I see a monthly fee", "Nobody explained the instalment fee properly, the real APR is around 15%",
               "They keep calling me to push instalment plans, very misleading about the cost", "Signed up for a bill instalment over the phone and the fee was never mentioned"]},
    "annual_fee": {
        "zh": ["没有任何提醒就扣了年费，刷卡次数明明差不多", "金卡免年费条件悄悄从6次改成12次，也没通知", "申请减免年费没通过，说不符合条件，用了两年的卡",
               "年费{fee}元说扣就扣，一张卡一年没用几次", "今年年费规则变了都不知道，扣了才发现"],
        "en": ["Charged an annual fee of {fee} without any reminder", "The annual fee waiver rule changed to 12 swipes and nobody told me",
               "Asked to waive the annual fee and got refused, after two years as a customer", "Surprise annual fee on my statement, very unhappy"]},
    "dispute": {
        "zh": ["交易争议提交了{days}天还没结果，钱一直压着", "境外那笔重复扣款申请争议快一个月了，每次问都说在处理",
               "争议处理太慢了，商家都承认退款了银行还没入账", "盗刷的钱申请了争议，要我自己去派出所开证明"],
        "en": ["My dispute has been open for {days} days with no update", "Filed a dispute for a double charge abroad, almost a month and still pending",
               "Dispute process is painfully slow, merchant already agreed to refund"]},
    "hotline_wait": {
        "zh": ["打95热线排队二十多分钟才接通", "晚上打电话排队太久了，一直在听音乐", "热线转人工要排队，按了好几层菜单"],
        "en": ["Was on hold for 25 minutes on the card hotline", "Always on hold forever in the evening, terrible", "Spent ages on hold just to ask one question"]},
    "cancel_hard": {
        "zh": ["销卡太难了，电话里一遍遍挽留，还让我去网点", "想销卡被推来推去，最后说要等欠款结清45天后", "销卡还得本人去网点，线上根本办不了"],
        "en": ["Trying to cancel my card is a nightmare, they keep transferring me", "Had to go to a branch to cancel the card, why not online?",
               "It took three calls to cancel, they kept offering me stuff"]},
    "praise_approval": {
        "zh": ["审批很快，半小时就出结果，额度也满意", "审批速度不错，第二天卡就寄出了", "额度比预期高，审批流程很顺"],
        "en": ["Quick approval, got the decision in 20 minutes", "Smooth approval and a decent limit", "Approval was faster than any other bank I tried"]},
    "praise_agent": {
        "zh": ["客服小姐姐很耐心，问题一次就解决了", "客服处理得很专业，帮我把问题讲明白了", "给客服点赞，态度好效率高"],
        "en": ["The agent was patient and solved my issue on the first call", "Very helpful agent, explained everything clearly", "Great agent on the hotline, thanks"]},
    "first_spend_gift": {
        "zh": ["首刷礼满99减50很实在，已经到账", "首刷活动不错，第一笔就立减了", "冲着首刷礼办的卡，没让人失望"],
        "en": ["The welcome gift on my first purchase was credited right away", "Nice welcome gift, 50 yuan off the first purchase"]},
    "neutral_survey": {
        "zh": ["整体还行，卡面挺好看", "开卡流程正常，没什么特别的", "还可以吧，希望权益再多一点", "一般般，和别家银行差不多"],
        "en": ["Overall fine, nice card design", "Activation was straightforward", "It's ok, hope for more perks", "Average, similar to other banks"]},
    "neutral_app": {
        "zh": ["APP界面简洁，账单查询方便", "还款提醒挺及时的", "积分商城东西太少", "希望能加个夜间模式"],
        "en": ["Clean app, easy to check my bill", "Repayment reminders are useful", "Points mall has too few items", "Please add dark mode"]},
    "neutral_note": {
        "zh": ["客户咨询账单日和最低还款额，已解答", "客户申请临时提额，已受理并告知结果短信通知", "客户挂失补卡，已办理，新卡7个工作日寄出",
               "客户查询积分兑换规则，已解答", "客户询问申请进度，告知仍在审核中", "客户来电咨询开卡激活步骤，已指导完成"],
        "en": ["Customer asked about statement date and minimum payment, answered", "Customer requested a temporary limit increase, processed",
               "Customer reported lost card, replacement issued", "Customer asked about points redemption, explained"]},
    "note_annual_fee": {
        "zh": ["客户对年费扣收有异议，称未收到提醒，已解释减免规则", "客户要求退年费，不符合减免条件，客户不满", "客户称金卡年费规则变化未告知，要求投诉"],
        "en": ["Customer contests the annual fee charge, says no reminder was sent", "Customer asked for annual fee refund, not eligible, unhappy"]},
    "note_instalment": {
        "zh": ["客户称电销人员承诺分期免息，实际收取手续费，要求退还", "客户要求提前结清分期并退手续费，已解释规则，客户不接受", "客户投诉被办理现金分期，称未同意"],
        "en": ["Customer says telesales promised an interest-free instalment, now charged a fee", "Customer wants the instalment fee refunded after early payoff"]},
    "note_dispute": {
        "zh": ["客户催问争议处理进度，已提交加急", "客户对争议处理时长不满，已记录并升级"],
        "en": ["Customer chasing the status of a dispute, escalated", "Customer unhappy with how long the dispute takes"]},
    "note_rejected": {
        "zh": ["客户询问为何被拒，按规定无法透露具体原因，客户不满"],
        "en": ["Customer asked why the application was declined, could not disclose details"]},
    "note_cancel": {
        "zh": ["客户要求销卡，已按流程挽留未果，已受理销卡", "客户来电销卡，对挽留流程表示反感"],
        "en": ["Customer called to cancel the card, turned down the retention offer, processed"]},
    "note_delivery": {
        "zh": ["客户询问卡片快递进度，已提供单号", "客户反映快递退件，已安排重新寄送"],
        "en": ["Customer asked where the card is, gave courier tracking number", "Card returned by courier, resend arranged"]},
}
TOPIC_TP = {"face_verify": "tp_id_verify", "rejected": "tp_decision", "delivery": "tp_card_delivery",
            "instalment": "tp_instalment_offer", "annual_fee": "tp_annual_fee_bill", "dispute": "tp_dispute",
            "hotline_wait": "tp_hotline", "cancel_hard": "tp_card_cancel", "praise_approval": "tp_decision",
            "praise_agent": "tp_hotline", "first_spend_gift": "tp_first_spend"}
NEG = {"face_verify", "rejected", "delivery", "instalment", "annual_fee", "dispute", "hotline_wait", "cancel_hard"}
NOTE_TOPIC = {"annual_fee": ("note_annual_fee", "annual_fee"), "instalment": ("note_instalment", "instalment"),
              "dispute": ("note_dispute", "dispute"), "cancel": ("note_cancel", "cancel_hard"),
              "card_delivery": ("note_delivery", "delivery")}
PLATFORM_ZH = {"app_store": "苹果App Store", "huawei_appgallery": "华为应用市场", "xiaomi_store": "小米应用商店",
               "heimao": "黑猫投诉", "weibo": "微博"}


def text(key, lang, **kw):
    s = T[key][lang][int(rng.integers(len(T[key][lang])))]
    return s.format(**kw) if kw else s


def build_feedback():
    rows, truth = [], []

    def add(ts, cid, tp, channel, topic, key, lang, rating=None, nps=None, platform=None, extra=None, **kw):
        fid = f"FB{len(rows) + 1:05d}"
        sent = "negative" if topic in NEG else ("positive" if topic else "neutral")
        r = dict(feedback_id=fid, text=text(key, lang, **kw), ts=iso(ts) if ts else None, customer_id=cid,
                 touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang, platform=platform,
                 platform_zh=PLATFORM_ZH.get(platform), city=None, 城市=None, card_product=None, courier=None,
                 offer_channel=None)
        if extra:
            r.update(extra)
        rows.append(r)
        truth.append(dict(feedback_id=fid, topics=topic or "", sentiment=sent))

    def cx(c, card=None, **more):
        d = dict(city=c["region"], 城市=CITY_ZH[c["region"]])
        if card:
            d["card_product"] = card["product"]
        d.update({k: v for k, v in more.items() if v is not None})
        return d

    def lang_of(c):
        return c["lang"] if c else ("en" if rng.random() < 0.12 else "zh")

    def rate_for(topic):
        if topic == "face_verify":
            return int(pick([1, 2, 3], [0.78, 0.18, 0.04]))
        if topic in NEG:
            return int(pick([1, 2, 3], [0.5, 0.35, 0.15]))
        if topic:
            return int(pick([4, 5], [0.3, 0.7]))
        return int(pick([3, 4, 5], [0.4, 0.45, 0.15]))

    def nps_for(topic):
        if topic in NEG:
            return int(rng.integers(0, 6))
        if topic:
            return int(pick([8, 9, 10], [0.2, 0.4, 0.4]))
        return int(pick([5, 6, 7, 8, 9], [0.1, 0.2, 0.3, 0.25, 0.15]))

    def complaint_channel():
        u = rng.random()
        if u < 0.62:
            return "ticket", None
        return "social", ("heimao" if rng.random() < 0.6 else "weibo")

    for s in sorted(fb_seeds, key=lambda x: x["ts"]):
        if s["ts"] > END:
            continue
        c, kind = s.get("cust"), s["kind"]
        lang = lang_of(c)
        card = s.get("card")
        if kind == "survey":
            topic = None
            if c.get("face_fail") and rng.random() < 0.4:
                topic = "face_verify"
            elif c.get("returned") and rng.random() < 0.6:
                topic = "delivery"
            elif s.get("courier") == "jt_express" and rng.random() < 0.22:
                topic = "delivery"
            else:
                u = rng.random()
                topic = "praise_approval" if u < 0.2 else (
                    "first_spend_gift" if u < 0.24 and c["acquisition_channel"] != "branch_referral" else None)
            key = topic or "neutral_survey"
            tp = TOPIC_TP.get(topic, "tp_activation")
            add(s["ts"], c["customer_id"], tp, "survey", topic, key, lang, rate_for(topic),
                nps_for(topic) if rng.random() < 0.9 else None, extra=cx(c, card, courier=s.get("courier")), fee=0)
        elif kind == "call_note":
            ct = s["topic"]
            if ct in NOTE_TOPIC and not (ct == "card_delivery" and rng.random() < 0.0):
                key, topic = NOTE_TOPIC[ct]
            elif ct == "application_status" and c["segment"] == "rejected":
                key, topic = "note_rejected", "rejected"
            else:
                key, topic = "neutral_note", None
            add(s["ts"], c["customer_id"], "tp_hotline", "call_note", topic, key, lang, extra=cx(c, card))
        elif kind == "hotline_wait":
            ch, plat = complaint_channel()
            add(s["ts"], c["customer_id"], "tp_hotline", ch, "hotline_wait", "hotline_wait", lang, platform=plat,
                extra=cx(c, card))
        elif kind in ("praise_approval", "first_spend_gift"):
            add(s["ts"], c["customer_id"], TOPIC_TP[kind], "social", kind, kind, lang, platform="weibo",
                extra=cx(c, card))
        else:
            topic = kind
            ch, plat = complaint_channel()
            extra = cx(c, card, courier=s.get("courier"), offer_channel=s.get("offer_channel"))
            add(s["ts"], c["customer_id"], TOPIC_TP[topic], ch, topic, topic, lang, platform=plat, extra=extra,
                fee=int(s.get("fee", 0)), days=s.get("days", 20))
    # app-store reviews: steady stream + the March 2026 face-verification wave (Android)
    months = month_starts()
    for m0 in months:
        nxt = datetime(m0.year + (m0.month == 12), m0.month % 12 + 1, 1)
        n = int(rng.poisson(24))
        wave = int(rng.poisson(62)) if m0 == datetime(2026, 3, 1) else (int(rng.poisson(14)) if m0 == datetime(2026, 4, 1) else 0)
        for k in range(n + wave):
            ts = m0 + D(seconds=float(rng.uniform(0, (nxt - m0).total_seconds())))
            if k >= n:
                ts = max(ts, FACE_BUG[0] + D(hours=6)) if m0.month == 3 else min(ts, datetime(2026, 4, 10))
                topic, plat = "face_verify", pick(["huawei_appgallery", "xiaomi_store"], [0.6, 0.4])
            else:
                plat = pick(["app_store", "huawei_appgallery", "xiaomi_store"], [0.42, 0.35, 0.23])
                u = rng.random()
                topic = "face_verify" if u < 0.07 else ("praise_approval" if u < 0.22 else (
                    "hotline_wait" if u < 0.27 else None))
            anon = rng.random() < 0.35
            cid, c = None, None
            if not anon:
                j = int(rng.integers(len(customers)))
                c = customers[j]
                if c["signup_at"] > ts:
                    c = None
                cid = c["customer_id"] if c else None
            lang = "en" if (c and c["lang"] == "en") or (c is None and rng.random() < 0.1) else "zh"
            key = topic or "neutral_app"
            add(ts, cid, TOPIC_TP.get(topic), "app_review", topic, key, lang, rate_for(topic), platform=plat,
                extra=dict(app_version=app_version(ts, "android" if plat != "app_store" else "ios"),
                           **({"city": c["region"], "城市": CITY_ZH[c["region"]]} if c else {})))
    # praise for hotline agents (social / survey-like), spread over time
    for _ in range(700):
        c = customers[int(rng.integers(len(customers)))]
        if c.get("card") is None:
            continue
        ts = c["signup_at"] + D(days=float(rng.uniform(20, 400)))
        if ts > END:
            continue
        add(ts, c["customer_id"], "tp_hotline", "call_survey", "praise_agent", "praise_agent", c["lang"],
            int(pick([4, 5], [0.3, 0.7])), extra=cx(c, c["card"]))
    # about 45 % of social posts lose their timestamp (scraped reposts); anonymous social posts
    for r in rows:
        if r["channel"] == "social":
            if rng.random() < 0.45:
                r["ts"] = None
            if rng.random() < 0.3:
                r["customer_id"] = None
    return rows, truth


# ---------------------------------------------------------------------------------------------------------------------
def write(path, rows, cols):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if r.get(k) is None else (iso(r[k]) if isinstance(r[k], datetime) else r[k]) for k in cols])


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    build_customers()
    fb, truth = build_feedback()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4], 1)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    crow = []
    for c in customers:
        crow.append(dict(customer_id=c["customer_id"], signup_at=c["signup_at"], segment=c["segment"],
                         客户状态=SEGMENT_ZH[c["segment"]], region=c["region"], 城市=CITY_ZH[c["region"]],
                         acquisition_channel=c["acquisition_channel"], 获客渠道=CHANNELS[c["acquisition_channel"]][0],
                         tier=c["product"], 卡种=PRODUCT_ZH.get(c["product"]), age_band=c["age_band"], gender=c["gender"],
                         occupation=c["occupation"], 职业=OCC_ZH[c["occupation"]], income_band=c["income_band"],
                         has_debit_account=c["has_debit_account"],
                         branch_id=c["branch"][0] if c["branch"] else None, preferred_language=c["lang"]))
    write(out / "customers.csv", crow, list(crow[0]))
    ev_cols = []
    for r in events:
        for k in r:
            if k not in ev_cols:
                ev_cols.append(k)
    dups = [events[int(i)] for i in rng.choice(len(events), 36, replace=False)]
    allev = sorted(events + dups, key=lambda r: (r["ts"], r["event_id"]))
    write(out / "events.csv", allev, ev_cols)
    orders.sort(key=lambda r: r["ts"])
    write(out / "orders.csv", orders, list(orders[0]))
    fcols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
             "platform", "platform_zh", "city", "城市", "card_product", "courier", "offer_channel", "app_version"]
    write(out / "feedback.csv", fb, fcols)
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topics", "sentiment"])
    write(out / "experiments.csv", experiments, ["experiment_id", "variant", "customer_id", "assigned_at", "card_id",
                                                  "card_product"])
    print(f"customers {len(customers)}, events {len(events)} (+{len(dups)} dup), orders {len(orders)}, "
          f"feedback {len(fb)}, experiments {len(experiments)}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "data"))
