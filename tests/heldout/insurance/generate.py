"""安心保险 / AnXin Insurance: a bilingual car & health insurer, one calendar year (2025).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders (premium payments) and feedback as CSV
following DATA.md. Deterministic (fixed seed), plain Python + numpy. Planted patterns are listed
in README.md next to this file.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20251231
START = datetime(2025, 1, 1)
END = datetime(2025, 12, 31, 23, 59, 59)
N_CUSTOMERS = 8000

# Android app crash at claim document upload: 2025-09-08 .. 2025-09-21 (inclusive)
CRASH_FROM, CRASH_TO = datetime(2025, 9, 8), datetime(2025, 9, 22)

TOUCHPOINTS = [
    # id, name, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad", "线上广告", "线上广告", "Online ads", "awareness", "ads", "digital", "marketing", "广告|信息流广告|ads|ad campaign"),
    ("tp_agent_visit", "代理人拜访", "代理人拜访", "Agent visit", "consideration", "store", "physical", "agency", "代理人|保险代理人|agent|agent meeting"),
    ("tp_quote", "在线报价", "在线报价", "Online quote", "consideration", "app", "digital", "sales", "报价|询价|算价|quote|get a quote|quotation"),
    ("tp_declaration", "投保告知", "投保告知", "Declaration", "consideration", "app", "digital", "underwriting", "健康告知|健康问卷|车辆信息|投保信息填写|health declaration|health questionnaire|application form"),
    ("tp_underwriting", "核保", "核保", "Underwriting", "purchase", "app", "digital", "underwriting", "核保审核|人工核保|underwriting review|risk review"),
    ("tp_payment", "保费支付", "保费支付", "Premium payment", "purchase", "app", "digital", "finance", "支付|缴费|付款|pay premium|payment|checkout"),
    ("tp_policy_issued", "保单生效", "保单生效", "Policy issued", "purchase", "email", "digital", "operations", "出单|电子保单|承保成功|policy issuance|policy issued|e-policy"),
    ("tp_policy_service", "保单服务", "保单服务", "Policy service", "service", "app", "digital", "operations", "保单查询|保单变更|批改|policy inquiry|policy change|my policy"),
    ("tp_claim_report", "报案", "报案", "Claim report", "service", "app", "digital", "claims", "理赔报案|出险报案|报险|report a claim|FNOL|first notice of loss"),
    ("tp_doc_upload", "上传材料", "上传材料", "Document upload", "service", "app", "digital", "claims", "上传理赔材料|材料上传|理赔材料|补交材料|upload documents|claim documents|document upload"),
    ("tp_assessment", "定损审核", "定损审核", "Claim assessment", "service", "app", "digital", "claims", "定损|理赔审核|查勘定损|审核|assessment|loss assessment|claim review"),
    ("tp_payout", "理赔赔付", "理赔赔付", "Claim payout", "service", "app", "digital", "finance", "赔付|赔款|赔款到账|理赔到账|payout|claim payment|settlement"),
    ("tp_hotline", "客服热线", "客服热线", "Service hotline", "service", "phone", "physical", "customer_service", "热线|电话客服|95510|客服电话|hotline|call center|phone support"),
    ("tp_branch", "线下网点", "线下网点", "Branch office", "service", "store", "physical", "operations", "网点|门店|营业厅|柜面|branch|store|service counter"),
    ("tp_renewal_notice", "续保提醒", "续保提醒", "Renewal reminder", "loyalty", "email", "digital", "retention", "续保通知|到期提醒|renewal notice|renewal reminder|expiry reminder"),
    ("tp_renewal_quote", "续保报价", "续保报价", "Renewal quote", "loyalty", "mini_program", "digital", "retention", "续保询价|续保方案|renewal quote|renewal offer"),
    ("tp_renewal_pay", "续保缴费", "续保缴费", "Renewal payment", "loyalty", "mini_program", "digital", "retention", "续费|续保支付|续期缴费|renewal payment|renew|pay renewal"),
]

JOURNEYS = [
    ("purchase", "投保旅程", "投保旅程", "Policy purchase", 14,
     ["tp_quote", "tp_declaration", "tp_underwriting", "tp_payment", "tp_policy_issued"]),
    ("claim", "理赔旅程", "理赔旅程", "Claim", 30,
     ["tp_claim_report", "tp_doc_upload", "tp_assessment", "tp_payout"]),
    ("renewal", "续保旅程", "续保旅程", "Renewal", 30,
     ["tp_renewal_notice", "tp_renewal_quote", "tp_renewal_pay"]),
]

REGIONS = [("广东", "GD", 0.22), ("浙江", "ZJ", 0.14), ("江苏", "JS", 0.14), ("上海", "SH", 0.11),
           ("北京", "BJ", 0.10), ("四川", "SC", 0.11), ("山东", "SD", 0.10), ("湖北", "HB", 0.08)]
SEGMENTS = [("new", 0.33), ("renewing", 0.37), ("vip", 0.10), ("lapsed", 0.20)]
ACQ = [("agent", 0.35), ("online_ads", 0.30), ("bank_partner", 0.20), ("referral", 0.15)]
DEVICES = [("android", 0.48), ("ios", 0.34), ("harmonyos", 0.12), ("pc", 0.06)]

# month weights (index 0 = Jan)
AUTO_CLAIM_MONTH = [0.8, 0.6, 0.8, 0.8, 0.9, 1.0, 1.6, 2.0, 1.1, 0.9, 0.9, 1.2]
HEALTH_BUY_MONTH = [0.8, 0.6, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.9, 1.4, 1.6, 1.9]
AUTO_BUY_MONTH = [1.2, 0.7, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 1.0, 1.0, 1.1, 1.4]
RENEWAL_MONTH = [1.6, 0.9, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.9, 1.1, 1.6]

FEEDBACK = {
    # touchpoint: list of (sentiment, zh text, en text)
    "tp_quote": [
        ("neg", "报价页面看不懂，保费明细不透明", "The quote page is confusing, premium breakdown is not transparent"),
        ("neg", "同样的车，报价比去年贵了好多", "Quote for the same car is much more expensive than last year"),
        ("pos", "报价很快，一分钟就出结果", "Got a quote in one minute, very fast"),
    ],
    "tp_declaration": [
        ("neg", "健康告知问题太多太专业，根本不知道怎么填", "Health questionnaire has too many medical questions, no idea how to answer"),
        ("neg", "有个小结节就不能投保，告知太严格了", "Declined because of a small nodule, the health declaration is too strict"),
        ("pos", "车辆信息自动识别行驶证，很方便", "Vehicle info filled automatically from the licence photo, convenient"),
    ],
    "tp_underwriting": [
        ("neg", "核保要等好几天，还让我补充体检报告", "Underwriting took days and they asked me for an extra medical report"),
        ("neg", "核保被拒也不告诉原因", "Underwriting rejected me without giving a reason"),
        ("pos", "智能核保秒过", "Instant underwriting, approved in seconds"),
    ],
    "tp_payment": [
        ("neg", "支付的时候银行卡一直验证失败", "Bank card verification keeps failing at payment"),
        ("pos", "支付很顺利，微信直接付", "Payment was smooth with WeChat Pay"),
    ],
    "tp_policy_issued": [
        ("pos", "电子保单马上就发到邮箱了", "E-policy arrived in my inbox right away"),
        ("neg", "付完款保单好几天都没生效", "Paid but the policy was not active for days"),
    ],
    "tp_claim_report": [
        ("neg", "报案电话打不通，APP报案入口太难找", "Could not find where to report a claim in the app"),
        ("pos", "出险后报案很方便，几分钟就提交了", "Reporting the accident took only a few minutes"),
    ],
    "tp_doc_upload": [
        ("neg", "理赔材料反复让我补交，同一份发票交了三次", "They keep asking me to resubmit the same claim documents, three times already"),
        ("neg", "材料要求写得不清楚，补交了好几轮", "Document requirements are unclear, had to upload missing papers again and again"),
        ("neg", "上传照片太慢，总是上传失败", "Photo upload is slow and often fails"),
        ("pos", "拍照上传材料很方便", "Uploading documents by taking photos was easy"),
    ],
    "tp_assessment": [
        ("neg", "定损太慢了，车在修理厂等了两个星期", "Loss assessment is far too slow, my car waited two weeks at the garage"),
        ("neg", "审核一直显示处理中，没人跟进", "Claim review stuck at 'processing' and nobody follows up"),
        ("neg", "定损金额太低，和修理厂报价差很多", "Assessed amount is far below the garage's estimate"),
        ("pos", "查勘员当天就到现场，定损很专业", "The assessor came the same day, very professional"),
    ],
    "tp_payout": [
        ("neg", "赔款迟迟不到账，说好的三天已经过了两周", "Payout delayed, promised in 3 days and still nothing after two weeks"),
        ("neg", "赔付金额比预期少，也没有解释", "Paid less than expected with no explanation"),
        ("pos", "赔款很快到账，点赞", "Claim money arrived quickly, great"),
    ],
    "tp_hotline": [
        ("neg", "客服热线等了四十分钟才有人接", "Waited 40 minutes on hold before anyone answered the hotline"),
        ("neg", "电话转了好几个部门，问题还是没解决", "Got transferred between departments on the phone and nothing was solved"),
        ("pos", "热线客服态度很好，耐心解答", "Hotline agent was patient and helpful"),
    ],
    "tp_branch": [
        ("neg", "网点排队太久，只有一个窗口", "Long queue at the branch, only one counter open"),
        ("pos", "网点工作人员很热情", "Branch staff were friendly"),
    ],
    "tp_agent_visit": [
        ("pos", "代理人讲解很细致", "My agent explained everything clearly"),
        ("neg", "代理人推销太频繁，很烦", "The agent keeps pushing products, annoying"),
    ],
    "tp_renewal_notice": [
        ("neg", "续保提醒发得太晚了，差点脱保", "Renewal reminder came too late, nearly lost coverage"),
        ("pos", "提前一个月收到续保提醒，很贴心", "Got the renewal reminder a month ahead, thoughtful"),
    ],
    "tp_renewal_quote": [
        ("neg", "续保涨价了，没出险也涨", "Renewal price went up even with no claims"),
        ("pos", "续保有老客户优惠", "Nice loyalty discount at renewal"),
    ],
    "tp_renewal_pay": [
        ("neg", "自动续费扣款没有提前通知", "Auto-renewal charged my card without notice"),
        ("pos", "小程序续保缴费一键完成", "Renewed in one tap in the mini program"),
    ],
    "tp_policy_service": [
        ("neg", "改个车牌号要跑好几趟", "Changing my plate number on the policy took several tries"),
        ("pos", "保单查询很清楚", "Policy details are easy to find"),
    ],
}
CRASH_TEXTS = [
    ("上传理赔材料的时候APP闪退，试了好几次都不行", "The app crashes every time I upload claim documents on my Android phone"),
    ("安卓手机上传材料一点提交就闪退", "App closes itself when I tap submit on the document upload page (Android)"),
]


def pick(rng, items):
    vals = [i[0] for i in items]
    p = np.array([i[-1] for i in items], dtype=float)
    return vals[rng.choice(len(vals), p=p / p.sum())]


_DAY_P: dict = {}


def rand_day(rng, month_weights, lo=START, hi=END):
    """A random datetime in [lo, hi] with monthly seasonality."""
    days = (hi.date() - lo.date()).days + 1
    key = (tuple(month_weights), lo, hi)
    if key not in _DAY_P:
        w = np.array([month_weights[(lo + timedelta(days=d)).month - 1] for d in range(days)], dtype=float)
        _DAY_P[key] = w / w.sum()
    d = rng.choice(days, p=_DAY_P[key])
    return datetime.combine(lo.date(), datetime.min.time()) + timedelta(days=int(d), seconds=int(rng.integers(8 * 3600, 22 * 3600)))


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)

    with open(out / "touchpoints.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
        w.writerows(TOUCHPOINTS)
    with open(out / "journeys.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
        for jid, name, zh, en, win, steps in JOURNEYS:
            for i, tp in enumerate(steps, 1):
                w.writerow([jid, name, zh, en, i, tp, win])

    customers = []
    region_code = {r: c for r, c, _ in REGIONS}
    for i in range(1, N_CUSTOMERS + 1):
        seg = pick(rng, SEGMENTS)
        region = pick(rng, [(r, p) for r, _, p in REGIONS])
        acq = pick(rng, ACQ)
        line = "auto" if rng.random() < 0.55 else "health"
        tier = {"vip": "platinum"}.get(seg) or ("gold" if rng.random() < 0.25 else "standard")
        if seg == "new":
            signup = rand_day(rng, [1] * 12)
        else:
            signup = datetime(2017, 1, 1) + timedelta(days=int(rng.integers(0, 365 * 8)), seconds=int(rng.integers(0, 86400)))
        customers.append(dict(customer_id=f"C{i:05d}", signup_at=signup, segment=seg, region=region,
                              acquisition_channel=acq, tier=tier, product_line=line,
                              region_code=region_code[region],
                              agent_id=f"AG{int(rng.integers(1, 60)):03d}" if acq == "agent" else "",
                              device=pick(rng, DEVICES)))

    events: list[tuple] = []
    orders: list[tuple] = []
    claim_ctx: list[tuple] = []  # (customer, ts, reached_upload, crashed) for feedback

    def app_channel(c):
        if c["device"] == "pc":
            return "web"
        return "mini_program" if rng.random() < 0.4 else "app"

    def ev(c, ts, tp, action, channel=None, device="same"):
        dev = c["device"] if device == "same" else device
        ch = channel or app_channel(c)
        events.append((c["customer_id"], ts, tp, action, dev, ch))

    def step_events(c, ts, tp, n_extra=0, fail=False, channel=None):
        ev(c, ts, tp, "view", channel)
        t = ts + timedelta(minutes=int(rng.integers(1, 20)))
        for _ in range(n_extra):
            ev(c, t, tp, "fail", channel)
            t += timedelta(minutes=int(rng.integers(2, 60)))
        ev(c, t, tp, "fail" if fail else "submit", channel)
        return t

    order_no = 0

    def add_order(c, ts, amount, status, kind):
        nonlocal order_no
        order_no += 1
        ch = "agent" if c["acquisition_channel"] == "agent" and rng.random() < 0.6 else (
            "bank_partner" if c["acquisition_channel"] == "bank_partner" and rng.random() < 0.5 else app_channel(c))
        orders.append((f"P{order_no:06d}", c["customer_id"], ts, round(float(amount), 2), status, ch,
                       c["device"] if ch in ("app", "mini_program", "web") else "", c["product_line"], kind))

    def premium(c):
        if c["product_line"] == "auto":
            return rng.uniform(2200, 7800)
        return rng.uniform(300, 3200) * (2.5 if c["tier"] == "platinum" else 1.0)

    for c in customers:
        seg, line = c["segment"], c["product_line"]
        # ---- purchase journey: new customers, plus some existing ones buying a second product
        if seg == "new" or rng.random() < 0.08:
            t = rand_day(rng, HEALTH_BUY_MONTH if line == "health" else AUTO_BUY_MONTH,
                         hi=datetime(2025, 12, 20))
            if c["acquisition_channel"] == "online_ads":
                ev(c, t - timedelta(hours=int(rng.integers(1, 72))), "tp_ad", "click", channel="ads")
            if c["acquisition_channel"] == "agent":
                ev(c, t - timedelta(days=int(rng.integers(1, 5))), "tp_agent_visit", "visit", channel="store", device="")
            t = step_events(c, t, "tp_quote")
            p_decl = 0.72 if c["device"] != "pc" else 0.60
            if rng.random() < p_decl:
                t = step_events(c, t + timedelta(minutes=int(rng.integers(5, 600))), "tp_declaration",
                                n_extra=int(rng.random() < 0.3))
                p_uw = 0.45 if line == "health" else 0.93
                if rng.random() < p_uw:
                    t = step_events(c, t + timedelta(hours=float(rng.uniform(0.2, 70))), "tp_underwriting")
                    if rng.random() < 0.80:
                        t = step_events(c, t + timedelta(hours=float(rng.uniform(0.5, 48))), "tp_payment",
                                        n_extra=int(rng.random() < 0.15))
                        if rng.random() < 0.96:
                            t2 = t + timedelta(minutes=int(rng.integers(3, 600)))
                            ev(c, t2, "tp_policy_issued", "success", channel="email")
                            status = "refunded" if rng.random() < 0.05 else "paid"
                            add_order(c, t, premium(c), status, "new_business")
                        else:
                            add_order(c, t, premium(c), "cancelled", "new_business")
        # ---- renewal journey: existing customers
        if seg in ("renewing", "vip", "lapsed"):
            t = rand_day(rng, RENEWAL_MONTH, hi=datetime(2025, 12, 10))
            ev(c, t, "tp_renewal_notice", "open", channel="email")
            p_q = {"vip": 0.92, "renewing": 0.82, "lapsed": 0.40}[seg]
            p_pay = {"vip": 0.93, "renewing": 0.84, "lapsed": 0.45}[seg]
            acq_adj = {"referral": 0.05, "agent": 0.02, "bank_partner": 0.0, "online_ads": -0.08}[c["acquisition_channel"]]
            if rng.random() < p_q + acq_adj:
                t = step_events(c, t + timedelta(days=float(rng.uniform(0.5, 12))), "tp_renewal_quote", channel="mini_program" if c["device"] != "pc" else "web")
                if rng.random() < p_pay + acq_adj:
                    t = step_events(c, t + timedelta(days=float(rng.uniform(0.01, 8))), "tp_renewal_pay", channel="mini_program" if c["device"] != "pc" else "web")
                    add_order(c, t, premium(c) * 0.95, "paid", "renewal")
        # ---- claims: customers holding a policy
        holds = seg != "new" or any(o[1] == c["customer_id"] and o[4] == "paid" for o in orders[-3:])
        if holds:
            rate = 0.60 if line == "auto" else 0.35
            n_claims = int(rng.random() < rate) + int(rng.random() < rate * 0.15)
            for _ in range(n_claims):
                weights = AUTO_CLAIM_MONTH if line == "auto" else [1] * 12
                if line == "auto" and c["region"] in ("广东", "浙江"):
                    # typhoon season: August storms hit Guangdong hardest
                    boost = {"广东": 3.0, "浙江": 1.6}[c["region"]]
                    weights = [w * (boost if m == 7 else 1.0) for m, w in enumerate(weights)]
                t0 = rand_day(rng, weights, hi=datetime(2025, 12, 15))
                t = step_events(c, t0, "tp_claim_report")
                reached_upload = crashed = False
                if rng.random() < 0.90:
                    reached_upload = True
                    t = t + timedelta(hours=float(rng.uniform(0.5, 24)))
                    in_crash = CRASH_FROM <= t < CRASH_TO and c["device"] == "android"
                    resubmits = int(rng.choice([0, 0, 1, 1, 2, 3]))
                    t = step_events(c, t, "tp_doc_upload", n_extra=resubmits + (2 if in_crash else 0))
                    p_next = 0.25 if in_crash else 0.72
                    crashed = in_crash
                    if rng.random() < p_next:
                        t = step_events(c, t + timedelta(days=float(rng.uniform(0.3, 4))), "tp_assessment")
                        if rng.random() < 0.90:
                            t = t + timedelta(days=float(rng.uniform(1, 10)))
                            ev(c, t, "tp_payout", "success")
                claim_ctx.append((c, t0, reached_upload, crashed))
        # ---- hotline, branch, policy service (not in a journey)
        n_calls = rng.poisson(0.9 if seg == "lapsed" else 0.6)
        for _ in range(n_calls):
            ev(c, rand_day(rng, [1] * 12), "tp_hotline", "call", channel="phone", device="")
        if rng.random() < 0.15:
            ev(c, rand_day(rng, [1] * 12), "tp_branch", "visit", channel="store", device="")
        for _ in range(rng.poisson(1.6)):
            ev(c, rand_day(rng, [1] * 12), "tp_policy_service", "view")
        if c["acquisition_channel"] == "online_ads":
            for _ in range(rng.poisson(2.0)):
                ev(c, rand_day(rng, [1] * 12), "tp_ad", "impression", channel="ads")

    # the extract ends on 2025-12-31: later events (claims still in progress) are not in it
    events = sorted((e for e in events if e[1] <= END), key=lambda e: (e[1], e[0]))
    orders = [o for o in orders if o[2] <= END]
    with open(out / "events.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "session_id"])
        for i, (cid, ts, tp, action, dev, ch) in enumerate(events, 1):
            w.writerow([f"E{i:07d}", cid, ts.strftime("%Y-%m-%d %H:%M:%S"), tp, action, dev, ch,
                        f"S{cid[1:]}-{ts.strftime('%Y%m%d')}"])

    with open(out / "customers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        cols = ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier",
                "product_line", "region_code", "agent_id"]
        w.writerow(cols)
        for c in customers:
            w.writerow([c["signup_at"].strftime("%Y-%m-%d %H:%M:%S") if k == "signup_at" else c[k] for k in cols])

    orders.sort(key=lambda o: o[2])  # order ids follow creation, rows are written by time
    with open(out / "orders.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "product_line", "order_type"])
        for o in orders:
            w.writerow([o[0], o[1], o[2].strftime("%Y-%m-%d %H:%M:%S"), f"{o[3]:.2f}", *o[4:]])

    # ---- feedback
    fb = []
    by_tp: dict[str, list] = {}
    for e in events:
        by_tp.setdefault(e[2], []).append(e)
    cust = {c["customer_id"]: c for c in customers}
    weights = {"tp_doc_upload": 700, "tp_assessment": 600, "tp_payout": 420, "tp_hotline": 650, "tp_quote": 260,
               "tp_declaration": 220, "tp_underwriting": 200, "tp_payment": 120, "tp_policy_issued": 80,
               "tp_claim_report": 160, "tp_branch": 110, "tp_agent_visit": 90, "tp_renewal_notice": 90,
               "tp_renewal_quote": 140, "tp_renewal_pay": 110, "tp_policy_service": 100}
    for tp, n in weights.items():
        pool = by_tp[tp]
        for _ in range(n):
            e = pool[int(rng.integers(0, len(pool)))]
            c = cust[e[0]]
            templates = FEEDBACK[tp]
            neg_bias = 0.75 if tp in ("tp_doc_upload", "tp_assessment", "tp_payout", "tp_hotline") else 0.5
            if c["segment"] == "lapsed":
                neg_bias = min(0.95, neg_bias + 0.15)
            negs = [t for t in templates if t[0] == "neg"]
            poss = [t for t in templates if t[0] == "pos"]
            if rng.random() < neg_bias:
                # first negative template is the dominant theme at each touchpoint
                k = 0 if rng.random() < 0.6 or len(negs) == 1 else int(rng.integers(1, len(negs)))
                sent, zh, en = negs[k]
            else:
                sent, zh, en = poss[int(rng.integers(0, len(poss)))]
            fb.append(dict(c=c, ts=e[1] + timedelta(hours=float(rng.uniform(0.1, 48))), tp=tp, sent=sent, zh=zh, en=en))
    for c, t0, reached, crashed in claim_ctx:
        if crashed and rng.random() < 0.7:
            zh, en = CRASH_TEXTS[int(rng.integers(0, 2))]
            fb.append(dict(c=c, ts=t0 + timedelta(days=float(rng.uniform(0.2, 4))), tp="tp_doc_upload", sent="neg", zh=zh, en=en))
    fb.sort(key=lambda r: r["ts"])
    with open(out / "feedback.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "sentiment_label"])
        for i, r in enumerate(fb, 1):
            lang_en = rng.random() < 0.35
            text = r["en"] if lang_en else r["zh"]
            if rng.random() < 0.1:
                text = text + ("，希望尽快改进。" if not lang_en else ". Please fix this.") if r["sent"] == "neg" else text + ("！" if not lang_en else "!")
            ch = {"tp_hotline": "call_note", "tp_branch": "survey", "tp_agent_visit": "survey"}.get(r["tp"]) or pick(
                rng, [("app_review", 0.35), ("survey", 0.35), ("ticket", 0.2), ("social", 0.1)])
            neg = r["sent"] == "neg"
            lapsed = r["c"]["segment"] == "lapsed"
            rating = ""
            if rng.random() < 0.6:
                rating = int(rng.choice([1, 1, 2, 2, 3]) if neg else rng.choice([4, 5, 5]))
                if neg and r["tp"] == "tp_doc_upload":  # repeated resubmission makes people furious
                    rating = int(rng.choice([1, 1, 2]))
                if lapsed and neg:
                    rating = 1
            nps = ""
            if ch == "survey" or rng.random() < 0.15:
                nps = int(rng.integers(0, 6) if neg else rng.integers(7, 11))
            ts = "" if rng.random() < 0.07 else r["ts"].strftime("%Y-%m-%d %H:%M:%S")
            if ts and r["ts"] > END:
                ts = END.strftime("%Y-%m-%d %H:%M:%S")
            w.writerow([f"FB{i:06d}", text, ts, r["c"]["customer_id"], r["tp"], ch, rating, nps, r["sent"]])
    print(f"{out}: customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(fb)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
