"""明德学院 Mingde College online admissions (professional master's and continuing-education programmes),
2024-09-01 .. 2026-06-30.

    python generate.py OUTDIR

A prospect views a programme page (sometimes joins an online info session), registers an applicant account,
starts an application, uploads transcripts, pays the application fee, gets an interview slot, is interviewed,
receives an offer (or a rejection), accepts it by paying the tuition deposit and completes online enrolment.
Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table). Deterministic (fixed seed), plain Python + numpy, about two seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20240901
START = datetime(2024, 9, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 6000
D = lambda x: timedelta(days=float(x))  # noqa: E731
H = lambda x: timedelta(hours=float(x))  # noqa: E731

# programme_id, 项目, programme, 项目类型, programme_type, application fee, deposit, weight
PROGRAMMES = [
    ("MBA", "工商管理硕士", "MBA", "专业硕士", "professional master", 800, 20000, 0.20),
    ("MFIN", "金融硕士", "Master of Finance", "专业硕士", "professional master", 500, 10000, 0.16),
    ("MSDS", "数据科学硕士", "MSc Data Science", "专业硕士", "professional master", 500, 10000, 0.15),
    ("MED", "教育硕士", "Master of Education", "专业硕士", "professional master", 500, 10000, 0.12),
    ("MPACC", "会计硕士", "Master of Professional Accounting", "专业硕士", "professional master", 500, 10000, 0.12),
    ("CEPM", "项目管理研修班", "Project Management Certificate", "继续教育", "continuing education", 200, 3000,
     0.13),
    ("CEDM", "数字营销研修班", "Digital Marketing Certificate", "继续教育", "continuing education", 200, 3000, 0.12),
]
PROG = {p[0]: p for p in PROGRAMMES}
BOTTLENECK = "MSDS"          # too few interviewers: interview slots take weeks, and it gets worse
# applicant_region, 生源地区, weight
REGIONS = [("mainland", "中国内地", 0.72), ("hk_macau_taiwan", "港澳台", 0.12), ("international", "国际", 0.16)]
# lead_source, 线索来源, weight, P(accept offer & pay deposit)
SOURCES = [("baidu_sem", "百度搜索", 0.24, 0.62), ("wechat", "微信公众号", 0.22, 0.66),
           ("xiaohongshu", "小红书", 0.14, 0.58), ("education_fair", "教育展", 0.11, 0.64),
           ("alumni_referral", "校友推荐", 0.10, 0.80), ("agent", "留学中介", 0.19, 0.22)]
ACCEPT = {s[0]: s[3] for s in SOURCES}
# undergrad_tier, 本科层次, P(offer | interviewed)
TIERS = [("985/211", "985/211", 0.80), ("Tier 1", "一本", 0.64), ("Tier 2 or below", "二本及以下", 0.42),
         ("Overseas", "海外本科", 0.64)]
# segment, 申请人类型
SEGMENTS = [("working_professional", "在职人士", 0.60), ("fresh_graduate", "应届毕业生", 0.25),
            ("career_changer", "转行人士", 0.15)]
SEASON = {1: 0.8, 2: 0.6, 3: 1.3, 4: 1.3, 5: 1.0, 6: 0.7, 7: 0.7, 8: 0.9, 9: 1.1, 10: 1.45, 11: 1.4, 12: 1.0}

TOUCHPOINTS = [
    ("tp_programme_page", "项目页面浏览", "Programme page view", "awareness", "web", "digital", "marketing",
     "项目页|项目介绍|招生简章|官网|programme page|program page|course page|landing page"),
    ("tp_info_session", "线上宣讲会", "Online info session", "awareness", "web", "digital", "marketing",
     "宣讲会|说明会|招生说明会|直播宣讲|info session|open day|webinar"),
    ("tp_register", "注册账号", "Account registration", "consideration", "web", "digital", "admissions_it",
     "注册|开户|建账号|register|sign up|create account"),
    ("tp_consult", "招生咨询", "Admissions enquiry", "consideration", "phone", "physical", "admissions_office",
     "咨询|招生老师|招生热线|留言|enquiry|inquiry|hotline|admissions advisor"),
    ("tp_app_start", "开始填写申请", "Application started", "consideration", "web", "digital", "admissions_it",
     "网申|填申请|开始申请|申请表|start application|application form|apply"),
    ("tp_upload_error", "成绩单上传失败", "Transcript upload error", "consideration", "web", "digital",
     "admissions_it", "上传失败|上传报错|upload error|upload failed"),
    ("tp_transcript_upload", "上传成绩单", "Transcript upload", "consideration", "web", "digital", "admissions_it",
     "成绩单|上传材料|传成绩单|材料上传|transcript|transcripts|upload documents|document upload"),
    ("tp_payment_failed", "申请费支付失败", "Application fee payment failed", "purchase", "web", "digital",
     "finance", "支付失败|付款失败|扣款失败|payment failed|card declined"),
    ("tp_fee_payment", "支付申请费", "Application fee paid", "purchase", "web", "digital", "finance",
     "申请费|交申请费|缴费|提交申请|application fee|pay fee|submit application"),
    ("tp_interview_scheduled", "面试预约", "Interview scheduled", "purchase", "email", "digital",
     "admissions_office", "面试排期|约面试|面试安排|面试邀请|interview scheduling|interview slot|interview invite"),
    ("tp_interview", "参加面试", "Interview", "purchase", "other", "physical", "faculty",
     "面试|面谈|interview|admission interview"),
    ("tp_offer", "发放录取通知", "Offer issued", "purchase", "email", "digital", "admissions_office",
     "录取|offer|录取通知|拿到offer|admit|admission offer|offer letter"),
    ("tp_rejection", "未录取通知", "Rejection", "purchase", "email", "digital", "admissions_office",
     "拒信|未录取|被拒|reject|rejection|declined application"),
    ("tp_offer_accept", "接受录取并交定金", "Offer accepted & deposit paid", "purchase", "web", "digital",
     "finance", "接受offer|交定金|学费定金|占位费|留位费|accept offer|deposit|tuition deposit|seat deposit"),
    ("tp_offer_decline", "婉拒录取", "Offer declined", "purchase", "email", "digital", "admissions_office",
     "拒绝offer|放弃录取|decline offer|turn down offer"),
    ("tp_withdraw", "撤回申请", "Application withdrawn", "service", "web", "digital", "admissions_office",
     "撤回|放弃申请|退出|withdraw|withdrawal|drop out"),
    ("tp_enrol", "入学注册", "Enrolment", "loyalty", "web", "digital", "registry",
     "入学|报到|注册入学|入学注册|enrol|enroll|enrolment|enrollment|matriculation"),
]
JOURNEYS = [
    ("lead", "访客注册", "Visitor to account", 14, ["tp_programme_page", "tp_register"]),
    ("application", "网申提交", "Application submission", 30,
     ["tp_register", "tp_app_start", "tp_transcript_upload", "tp_fee_payment"]),
    ("selection", "面试录取", "Interview & offer", 60, ["tp_fee_payment", "tp_interview_scheduled", "tp_interview",
                                                      "tp_offer"]),
    ("enrolment", "录取到入学", "Offer to enrolment", 45, ["tp_offer", "tp_offer_accept", "tp_enrol"]),
]

# feedback topics: touchpoint, sentiment, zh texts, en texts
TOPICS = {
    "sched": ("tp_interview_scheduled", "neg",
              ["交完申请费快三周了，面试排期太慢，一直没有通知", "面试排期太慢了，问了招生老师也只说在排",
               "系统里没有可选时间，一直约不上面试", "面试时间迟迟定不下来，其他学校的offer都要截止了",
               "排期等太久了，已经在考虑撤回申请", "面试一直没安排，到底还要等多久？"],
              ["Paid the fee three weeks ago and still no interview slot. Far too slow.",
               "No interview slots available in the portal for weeks.",
               "Why does it take so long to schedule an interview? Other schools already made offers.",
               "Still waiting for an interview date, thinking about withdrawing my application."]),
    "sched_ok": ("tp_interview_scheduled", "pos",
                 ["交费第二天就约好了面试，效率很高", "面试很快就定下来了，点赞"],
                 ["Got my interview booked two days after paying, very efficient.",
                  "Booking the interview was fast and painless."]),
    "upload": ("tp_transcript_upload", "neg",
               ["成绩单上传一直失败，提示文件格式不支持", "成绩单PDF超过5MB就传不上去，扫描件根本压不下来",
                "上传成绩单后页面报错，重复传了三次", "海外成绩单需要认证件，系统里找不到上传入口"],
               ["Transcript upload keeps failing - file type not supported.",
                "My university transcript is over the 5MB limit and the portal rejects it.",
                "Uploaded my transcripts three times and the page errors out every time.",
                "There is no place to upload the WES evaluation for foreign transcripts."]),
    "upload_ok": ("tp_transcript_upload", "pos",
                  ["资料上传很顺利，几分钟就搞定了", "材料提交很方便"],
                  ["Uploading documents was quick and easy.", "Submitting my documents took five minutes."]),
    "payment": ("tp_fee_payment", "neg",
                ["外币信用卡付不了申请费，试了好几次都失败", "境外银行卡支付申请费一直报错"],
                ["My foreign credit card was declined when paying the application fee.",
                 "Can't pay the application fee with a Visa card issued abroad.",
                 "The payment page only takes Chinese payment apps, my international card fails."]),
    "slow_reply": ("tp_consult", "neg",
                   ["招生老师回复太慢，微信留言两天没人回", "打招生热线一直占线，问个问题都难"],
                   ["The admissions office takes days to reply to emails.",
                    "Nobody answered the admissions hotline all afternoon."]),
    "agent": ("tp_offer_accept", "neg",
              ["中介说有奖学金，结果录取通知里根本没有", "中介报的费用和录取通知上的不一样，不打算去了"],
              ["My agent said there would be a scholarship but the offer has none.",
               "The agent quoted a different tuition than the offer letter."]),
    "price": ("tp_offer_accept", "neg",
              ["学费太贵了，定金还要一两万，再考虑一下", "学费比预期高，定金不退的话不敢交"],
              ["Tuition is too expensive for me, still thinking it over.",
               "The deposit is high and I'm not sure it's refundable."]),
    "decision_slow": ("tp_offer", "neg",
                      ["面试完两周了录取结果还没出来", "录取结果什么时候出？等得很焦虑"],
                      ["It's been two weeks since my interview and no decision yet.",
                       "When will admission decisions come out?"]),
    "interview_issue": ("tp_interview", "neg",
                        ["面试官迟到了，线上会议还断线", "面试时网络卡顿，体验不好"],
                        ["The video link dropped twice during my interview.",
                         "My interviewer joined 15 minutes late."]),
    "great": ("tp_interview", "pos",
              ["面试老师很专业，问题很有针对性", "面试体验很好，老师很友善"],
              ["The interview panel was professional and friendly.",
               "Great interview experience, the professors were very welcoming."]),
    "interview_ok": ("tp_interview", "neu", ["面试整体还行", "面试中规中矩"],
                     ["The interview was okay.", "Interview was fine, nothing special."]),
    "clear": ("tp_app_start", "pos",
              ["申请流程很清晰，一步步提示很到位", "网申系统好用，进度一目了然"],
              ["The online application is clear and easy to follow.", "Loved the progress tracker in the portal."]),
    "offer_happy": ("tp_offer", "pos", ["收到录取通知了，很开心！", "拿到offer了，感谢招生老师的帮助"],
                    ["Just got my offer, so happy!", "Received the offer letter, thanks to the admissions team."]),
    "deposit_ok": ("tp_offer_accept", "pos", ["定金缴纳很顺畅，入学指引也很清楚", "交完定金马上收到确认邮件"],
                   ["Paying the deposit was smooth and the enrolment guide is clear.",
                    "Got a confirmation email right after paying the deposit."]),
    "pay_ok": ("tp_fee_payment", "pos", ["微信支付申请费很方便", "缴费一步到位"],
               ["Paying the application fee was easy.", "Fee payment took a minute."]),
    "neutral": ("tp_consult", "neu",
                ["请问在职可以申请吗？", "想了解一下周末班的上课时间", "面试是线上还是线下？"],
                ["Is the programme part-time friendly?", "What are the class times for the weekend cohort?",
                 "Is the interview online or on campus?"]),
}
SENT = {k: v[1] for k, v in TOPICS.items()}
# text markers (also used by gold.py) — every text of the topic has one, no text of another topic has any
MARKERS = {
    "sched": ["排期", "约不上面试", "面试时间迟迟", "面试一直没安排", "interview slot", "schedule an interview",
              "interview date"],
    "upload": ["成绩单", "transcript"],
    "payment": ["外币信用卡", "境外银行卡", "card"],
    "slow_reply": ["回复太慢", "占线", "reply", "hotline"],
    "agent": ["中介", "agent"],
}


def intake_of(t: datetime) -> tuple[str, str]:
    """applications from July to December are for next spring, January to June for this autumn."""
    if t.month >= 7:
        return f"Spring {t.year + 1}", f"{t.year + 1}春季"
    return f"Autumn {t.year}", f"{t.year}秋季"


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, customers = [], [], [], []
    counters = {}

    def nid(kind, prefix, width):
        counters[kind] = counters.get(kind, 0) + 1
        return f"{prefix}{counters[kind]:0{width}d}"

    def fmt(t):
        return t.strftime("%Y-%m-%d %H:%M:%S")

    def pick(rows, idx=-1):
        w = np.array([r[idx] for r in rows], dtype=float)
        return rows[int(rng.choice(len(rows), p=w / w.sum()))]

    def ev(c, t, tp, action, session=None, **extra):
        if t > END:
            return False
        p = PROG[c["prog"]]
        events.append(dict(event_id=nid("e", "E", 7), customer_id=c["id"], ts=fmt(t), touchpoint_id=tp,
                           session_id=session or "", action=action, device=extra.pop("device", c["device"]),
                           channel=extra.pop("channel", c["channel"]), programme_id=p[0], 项目=p[1],
                           programme=p[2], intake=c["intake"], 入学季=c["入学季"], **extra))
        return True

    def comment(c, t, topic, channel, rating=None, nps=None, dated=True, at=None):
        if t > END:
            return
        tp, sent, zh, en = TOPICS[topic]
        tp = at or tp
        texts = en if c["lang"] == "en" else zh
        p = PROG[c["prog"]]
        feedback.append(dict(feedback_id=nid("f", "FB", 5), text=str(texts[int(rng.integers(len(texts)))]),
                             ts=fmt(t) if dated else "", customer_id=c["id"], touchpoint_id=tp, channel=channel,
                             rating="" if rating is None else int(rating), nps="" if nps is None else int(nps),
                             language=c["lang"], programme_id=p[0], 项目=p[1], programme=p[2],
                             applicant_region=c["region"], 生源地区=c["生源地区"], sentiment_label=sent,
                             _topic=topic))

    def order(c, t, kind, amount, status, app_id, method):
        p = PROG[c["prog"]]
        oid = nid("o", "ORD", 6)
        orders.append(dict(order_id=oid, customer_id=c["id"], ts=fmt(t), amount=float(amount), status=status,
                           channel="web", device=c["device"], order_type=kind,
                           订单类型={"application_fee": "申请费", "tuition_deposit": "学费定金"}[kind],
                           programme_id=p[0], 项目=p[1], programme=p[2], intake=c["intake"], 入学季=c["入学季"],
                           application_id=app_id, payment_method=method, currency="CNY"))
        return orders[-1]

    span = (END - START).total_seconds()
    smax = max(SEASON.values()) * 1.6
    for i in range(N):
        while True:   # arrival date: business grows ~60 % over the period, two application seasons
            t0 = START + timedelta(seconds=float(rng.uniform(0, span)))
            frac = (t0 - START).total_seconds() / span
            if rng.random() < SEASON[t0.month] * (1 + 0.6 * frac) / smax:
                break
        t0 = t0.replace(hour=int(rng.integers(8, 24)), minute=int(rng.integers(60)))
        reg = pick(REGIONS)
        src = pick(SOURCES, 2)
        if reg[0] == "international" and rng.random() < 0.35:
            src = SOURCES[5]                              # agents recruit abroad
        w = np.array([p[7] for p in PROGRAMMES])
        w[2] *= 1 + 0.8 * frac                            # data science gets more popular
        prog = PROGRAMMES[int(rng.choice(len(PROGRAMMES), p=w / w.sum()))][0]
        if reg[0] == "international":
            tier = TIERS[3] if rng.random() < 0.9 else TIERS[int(rng.integers(0, 2))]
        elif reg[0] == "hk_macau_taiwan":
            tier = TIERS[3] if rng.random() < 0.5 else TIERS[int(rng.choice(3, p=[0.3, 0.4, 0.3]))]
        else:
            tier = TIERS[int(rng.choice(4, p=[0.22, 0.36, 0.36, 0.06]))]
        seg = pick(SEGMENTS)
        if reg[0] == "international":
            lang = "en" if rng.random() < 0.85 else "zh"
        elif reg[0] == "hk_macau_taiwan":
            lang = "en" if rng.random() < 0.3 else "zh"
        else:
            lang = "en" if rng.random() < 0.03 else "zh"
        device = "pc" if rng.random() < 0.55 else ("ios" if rng.random() < 0.55 else "android")
        c = dict(id=f"C{i + 1:05d}", t0=t0, region=reg[0], 生源地区=reg[1], source=src[0], 线索来源=src[1],
                 tier=tier[0], 本科层次=tier[1], seg=seg[0], 申请人类型=seg[1], prog=prog, lang=lang, device=device,
                 channel="mini_program" if device != "pc" and rng.random() < 0.5 else "web", signup=None)
        c["intake"], c["入学季"] = intake_of(t0)
        customers.append(c)
        journey(c, rng, ev, comment, order, nid)

    # exact duplicate event rows (a re-sent tracking batch)
    dup = rng.choice(len(events), 25, replace=False)
    events.extend(dict(events[int(k)]) for k in dup)
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    orders.sort(key=lambda r: r["order_id"])
    # self-check: text markers pick exactly their topic
    for topic, marks in MARKERS.items():
        for f in feedback:
            hit = any(m.lower() in f["text"].lower() for m in marks)
            assert hit == (f["_topic"] == topic), (topic, f["text"])

    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            wr = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            wr.writeheader()
            for r in rows:
                wr.writerow(r)

    write("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                               kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                            step=k + 1, touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS
                       for k, tp in enumerate(j[4])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    crow = []
    for c in customers:
        p = PROG[c["prog"]]
        crow.append(dict(customer_id=c["id"], signup_at=fmt(c["signup"]) if c["signup"] else "", segment=c["seg"],
                         region=c["region"], acquisition_channel=c["source"], tier=c["tier"],
                         申请人类型=c["申请人类型"], 生源地区=c["生源地区"], applicant_region=c["region"],
                         线索来源=c["线索来源"], lead_source=c["source"], 本科层次=c["本科层次"],
                         undergrad_tier=c["tier"], programme_id=p[0], 项目=p[1], programme=p[2], 项目类型=p[3],
                         programme_type=p[4], intake=c["intake"], 入学季=c["入学季"], primary_device=c["device"],
                         language=c["lang"]))
    write("customers", crow, ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier",
                              "申请人类型", "生源地区", "applicant_region", "线索来源", "lead_source", "本科层次",
                              "undergrad_tier", "programme_id", "项目", "programme", "项目类型", "programme_type",
                              "intake", "入学季", "primary_device", "language"])
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                             "channel", "programme_id", "项目", "programme", "intake", "入学季", "payment_method",
                             "error_type", "interview_mode", "decision"])
    write("orders", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type",
                             "订单类型", "programme_id", "项目", "programme", "intake", "入学季", "application_id",
                             "payment_method", "currency"])
    feedback.sort(key=lambda r: r["feedback_id"])
    write("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                 "nps", "language", "programme_id", "项目", "programme", "applicant_region", "生源地区",
                                 "sentiment_label"])
    print(f"customers {len(crow)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


def journey(c, rng, ev, comment, order, nid) -> None:
    """one prospect from the first programme-page view to enrolment (or wherever they stop)."""
    p = PROG[c["prog"]]
    intl = c["region"] == "international"
    t = c["t0"]
    sess = nid("s", "WS", 6)
    ev(c, t, "tp_programme_page", "view", sess)
    for _ in range(int(rng.geometric(0.45)) - 1):
        ev(c, t + D(rng.uniform(0.02, 12)), "tp_programme_page", "view", nid("s", "WS", 6))
    p_reg = {"alumni_referral": 0.66, "agent": 0.62, "education_fair": 0.58}.get(c["source"], 0.46)
    tr = t + D(rng.exponential(2.5))
    if rng.random() < 0.22:                                # online info session
        ti = t + D(rng.uniform(0.5, 8))
        ti = ti.replace(hour=19, minute=30, second=0)
        if ev(c, ti, "tp_info_session", "view", nid("s", "WS", 6), channel="web"):
            p_reg += 0.25
            tr = ti + D(rng.exponential(1.5))
    if rng.random() >= p_reg:
        return
    if not ev(c, tr, "tp_register", "submit", nid("s", "WS", 6)):
        return
    c["signup"] = tr
    if rng.random() < 0.3:                                 # admissions enquiry (phone / WeChat)
        tc = tr + D(rng.uniform(0.2, 20))
        if ev(c, tc, "tp_consult", "submit", channel="phone" if rng.random() < 0.5 else "mini_program"):
            r = rng.random()
            if r < 0.22:
                comment(c, tc + H(rng.uniform(1, 50)), "slow_reply", "ticket", rating=int(rng.choice([1, 2])),
                        dated=rng.random() > 0.1)
            elif r < 0.5:
                comment(c, tc, "neutral", "call_note" if rng.random() < 0.5 else "ticket",
                        dated=rng.random() > 0.08)
    if rng.random() >= 0.88:
        return
    ta = tr + D(rng.exponential(2.0))
    app = nid("a", "APP", 5)
    if not ev(c, ta, "tp_app_start", "submit", app):
        return
    c["intake"], c["入学季"] = intake_of(ta)
    # transcript upload: international applicants struggle (file limits, foreign formats, certification)
    p_up = {"mainland": 0.9, "hk_macau_taiwan": 0.82, "international": 0.44}[c["region"]]
    p_err = 0.8 if intl else 0.06
    tu = ta + D(rng.exponential(8.0 if intl else 3.0))
    had_err = False
    if rng.random() < p_err:
        had_err = True
        te = ta + D(rng.uniform(0.05, 3))
        for _ in range(int(rng.integers(1, 4))):
            ev(c, te, "tp_upload_error", "fail", app, device="pc",
               error_type=str(rng.choice(["file_too_large", "unsupported_format", "certification_missing"])))
            te += H(rng.uniform(0.1, 30))
        tu = max(tu, te + H(rng.uniform(1, 72)))
        if rng.random() < 0.4:
            ch = "ticket" if rng.random() < 0.7 else "social"
            rating = int(rng.choice([1, 2])) if rng.random() < 0.5 else None
            comment(c, te + H(rng.uniform(0.5, 30)), "upload", ch, rating=rating if ch == "ticket" else None,
                    dated=rng.random() > 0.12)
    uploaded = rng.random() < p_up
    if not uploaded:
        if rng.random() < 0.2:
            ev(c, ta + D(rng.uniform(10, 40)), "tp_withdraw", "submit", app)
        return
    if not ev(c, tu, "tp_transcript_upload", "success", app, device="pc" if rng.random() < 0.78 else c["device"]):
        return
    if not had_err and rng.random() < 0.05:
        comment(c, tu + H(rng.uniform(0.2, 24)), "upload_ok", "social", dated=rng.random() > 0.3)
    # application fee (international cards often declined)
    method = "intl_card" if intl else str(rng.choice(["wechat_pay", "alipay", "unionpay"], p=[0.5, 0.35, 0.15]))
    if c["region"] == "hk_macau_taiwan":
        method = "intl_card" if rng.random() < 0.4 else "alipay_hk"
    p_fail = 0.4 if method == "intl_card" else 0.04
    tf = tu + D(rng.exponential(1.2))
    paid_at = None
    for attempt in range(3):
        if tf > END:
            return
        if rng.random() < p_fail:
            ev(c, tf, "tp_payment_failed", "fail", app, payment_method=method)
            order(c, tf, "application_fee", p[5], "cancelled", app, method)
            if attempt == 0 and method == "intl_card" and rng.random() < 0.4:
                comment(c, tf + H(rng.uniform(0.1, 12)), "payment", "ticket" if rng.random() < 0.6 else "call_note",
                        dated=rng.random() > 0.1)
            if rng.random() > (0.75 if attempt == 0 else 0.5):
                return
            tf += H(rng.uniform(0.5, 60))
            continue
        if rng.random() < 0.05:                            # gave up without trying
            return
        paid_at = tf
        break
    if paid_at is None:
        return
    ev(c, paid_at, "tp_fee_payment", "success", app, payment_method=method)
    order(c, paid_at, "application_fee", p[5], "paid", app, method)
    if rng.random() < 0.3:                                 # post-application survey (NPS)
        nps = int(np.clip(round(rng.normal(5.5 if had_err else 8.2, 1.8)), 0, 10))
        topic = ("pay_ok" if nps >= 9 and rng.random() < 0.4 else "clear") if nps >= 8 else ("upload" if had_err and nps <= 6 and rng.random() < 0.6 else "neutral")
        comment(c, paid_at + H(rng.uniform(0.1, 6)), topic, "survey", nps=nps)
    # interview scheduling: data science has too few interviewers, waits grow over time
    frac = (paid_at - START).total_seconds() / (END - START).total_seconds()
    if c["prog"] == BOTTLENECK:
        wait = rng.lognormal(np.log(9 + 15 * frac), 0.35)
        p_sched = 0.92 - 0.25 * (wait > 18) - 0.1 * (wait > 25)
    else:
        wait = rng.lognormal(np.log(3.5), 0.5)
        p_sched = 0.96
    ts = paid_at + D(wait)
    if wait > 10 and rng.random() < 0.45:
        tcm = paid_at + D(rng.uniform(8, min(wait, 40)))
        ch = str(rng.choice(["ticket", "call_note", "social"], p=[0.5, 0.25, 0.25]))
        rating = int(rng.choice([1, 2])) if rng.random() < 0.3 else None
        comment(c, tcm, "sched", ch, rating=rating if ch == "ticket" else None, dated=rng.random() > 0.1)
    if rng.random() >= p_sched:
        if rng.random() < 0.7:
            ev(c, paid_at + D(min(wait, rng.uniform(14, 45))), "tp_withdraw", "submit", app)
        return
    if not ev(c, ts, "tp_interview_scheduled", "success", app, channel="email"):
        return
    if wait < 3 and rng.random() < 0.05:
        comment(c, ts + H(rng.uniform(1, 30)), "sched_ok", "social", dated=rng.random() > 0.3)
    if rng.random() >= 0.93:                               # no-show
        return
    tiv = ts + D(rng.uniform(2, 9))
    mode = "online" if c["region"] != "mainland" or rng.random() < 0.4 else "onsite"
    if not ev(c, tiv, "tp_interview", "success", app, channel="other", interview_mode=mode):
        return
    if rng.random() < 0.45:                                # post-interview survey
        m = 4.35 - (1.6 if wait > 14 else 0.0) - (0.2 if mode == "online" else 0.0)
        rating = int(np.clip(round(m + rng.normal(0, 0.7)), 1, 5))
        if rating >= 4:
            topic = "great"
        elif rating == 3:
            topic = "interview_ok"
        elif wait > 14 and rng.random() < 0.75:
            topic = "sched"
        else:
            topic = "interview_issue"
        comment(c, tiv + H(rng.uniform(1, 40)), topic, "survey", rating=rating, at="tp_interview")
    td = tiv + D(rng.uniform(5, 14))
    p_offer = {t[0]: t[2] for t in TIERS}[c["tier"]] + (0.15 if p[4] == "continuing education" else 0.0)
    if rng.random() >= min(p_offer, 0.95):
        ev(c, td, "tp_rejection", "success", app, channel="email", decision="reject")
        return
    if rng.random() < 0.05:
        comment(c, td - D(rng.uniform(1, 4)), "decision_slow", "ticket", dated=rng.random() > 0.1)
    if not ev(c, td, "tp_offer", "success", app, channel="email", decision="offer"):
        return
    if rng.random() < 0.15:
        comment(c, td + H(rng.uniform(1, 30)), "offer_happy", "social", dated=rng.random() > 0.25)
    tacc = td + D(1 + rng.exponential(7))
    if rng.random() >= ACCEPT[c["source"]]:
        if rng.random() < 0.6:
            ev(c, tacc, "tp_offer_decline", "submit", app, channel="email")
        r = rng.random()
        if c["source"] == "agent" and r < 0.3:
            comment(c, tacc - H(rng.uniform(1, 48)), "agent", "ticket" if rng.random() < 0.5 else "social",
                    dated=rng.random() > 0.15)
        elif r < 0.15:
            comment(c, tacc - H(rng.uniform(1, 48)), "price", "social", dated=rng.random() > 0.3)
        return
    method = "intl_card" if intl else ("bank_transfer" if rng.random() < 0.6 else "alipay")
    if not ev(c, tacc, "tp_offer_accept", "success", app, payment_method=method):
        return
    dep = order(c, tacc, "tuition_deposit", p[6], "paid", app, method)
    if rng.random() < 0.1:
        comment(c, tacc + H(rng.uniform(1, 30)), "deposit_ok", "social", dated=rng.random() > 0.25)
    if rng.random() < 0.93:
        ev(c, tacc + D(rng.uniform(3, 20)), "tp_enrol", "success", app)
        return
    tw = tacc + D(rng.uniform(10, 40))
    if ev(c, tw, "tp_withdraw", "submit", app) and rng.random() < 0.6:
        dep["status"] = "refunded"


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
