"""签无忧 VisaEase: a visa application agency in China (tourist, business and student visas for the Schengen area,
the United States, the United Kingdom, Japan and Australia). A prospect enquires (Baidu search, WeChat official
account, the Fliggy store or a referral from a past customer), talks to a consultant, pays a service order, gets a
documents checklist, submits documents (some are sent back as incomplete and resubmitted), the agency books an
appointment at the embassy / VFS centre, the applicant attends biometrics / the interview, the application is under
review, a decision comes (approved / refused) and the passport is returned by courier. Add-ons: express handling,
travel insurance, document translation. Refusals get a partial refund of the service fee (standard and premium
packages). Feedback: post-service surveys, Fliggy store reviews, WeChat chat complaints, call notes and Xiaohongshu
posts, mostly in Chinese. Data covers 2024-07-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table). Deterministic (fixed seed), plain Python + numpy, about a second. Planted patterns: README.md.
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
N = 6000
D = timedelta
H = lambda x: timedelta(hours=float(x))  # noqa: E731

DEST = {  # key: zh, en, base service fee (standard package), consulate / centre
    "SCH": ("申根区", "Schengen", 899, "VFS Global"),
    "US": ("美国", "United States", 1299, "US Embassy / Consulate"),
    "UK": ("英国", "United Kingdom", 1199, "VFS Global"),
    "JP": ("日本", "Japan", 399, "Japan Visa Application Centre"),
    "AU": ("澳大利亚", "Australia", 1099, "VFS Global"),
}
VISA_ZH = {"tourist": "旅游签", "business": "商务签", "student": "学生签"}
TRAV_ZH = {"employed": "在职人员", "self_employed": "自由职业", "retired": "退休人员", "student": "在校学生",
           "minor": "未成年人"}
ACQ_ZH = {"baidu": "百度搜索", "wechat": "微信公众号", "fliggy": "飞猪店铺", "referral": "老客推荐"}
PKG_ZH = {"basic": "基础版", "standard": "标准版", "premium": "尊享版"}
PKG_MULT = {"basic": 0.7, "standard": 1.0, "premium": 1.8}
CITIES = [("上海", "Shanghai", 0.24), ("北京", "Beijing", 0.20), ("深圳", "Shenzhen", 0.14), ("广州", "Guangzhou", 0.12),
          ("杭州", "Hangzhou", 0.10), ("成都", "Chengdu", 0.10), ("武汉", "Wuhan", 0.10)]
CONSULTANTS = ["王婷", "李想", "陈晨", "刘洋", "张悦", "周敏", "孙浩", "赵琳"]
FLIGGY_TEAM = ["孙浩", "赵琳"]          # the small team that answers the Fliggy store
MISSING_ZH = {"bank_statement": "银行流水", "employment_letter": "在职证明", "business_license": "营业执照",
              "itinerary": "行程单", "photo_spec": "照片不合规", "hotel_booking": "酒店预订单",
              "enrolment_letter": "在读证明", "birth_certificate": "出生证明"}
ORDER_ZH = {"service": "签证服务费", "express": "加急服务", "insurance": "旅行保险", "translation": "翻译服务"}

V3_START = datetime(2025, 9, 1)     # Schengen checklist v3 (bank statements 3 -> 6 months, itinerary rules) confuses
V4_START = datetime(2026, 1, 5)     # rewritten checklist v4 for every destination
JP_SHOCK = datetime(2025, 11, 15)   # Japan travel demand collapses

TOUCHPOINTS = [
    ("tp_enquiry", "咨询进线", "Enquiry", "awareness", "social", "digital", "marketing",
     "咨询|进线|询价|留言|线索|enquiry|inquiry|lead|new lead"),
    ("tp_consult", "顾问沟通", "Consultation", "consideration", "social", "digital", "sales",
     "顾问|顾问沟通|首次沟通|首次响应|跟进|consultation|consultant|first response|follow-up"),
    ("tp_order_paid", "服务下单付款", "Service order paid", "purchase", "mini_program", "digital", "sales",
     "下单|付款|成交|签单|order|paid|purchase|service order"),
    ("tp_checklist_sent", "发送材料清单", "Documents checklist sent", "service", "social", "digital", "operations",
     "材料清单|资料清单|清单|checklist|document list|documents checklist"),
    ("tp_docs_submitted", "提交材料", "Documents submitted", "service", "mini_program", "digital", "operations",
     "交材料|提交材料|递交资料|上传材料|documents submitted|submit documents|upload documents"),
    ("tp_docs_incomplete", "材料不全退回", "Documents incomplete", "service", "social", "digital", "operations",
     "材料不全|补材料|退回补件|补件|incomplete|missing documents|documents returned"),
    ("tp_docs_resubmitted", "补交材料", "Documents resubmitted", "service", "mini_program", "digital", "operations",
     "补交|重新提交|补齐材料|resubmit|resubmitted|documents resubmitted"),
    ("tp_appointment", "预约递签", "Appointment booked", "service", "other", "digital", "operations",
     "预约|约号|预约递签|约面签|appointment|booking|slot|appointment booked"),
    ("tp_biometrics", "录指纹/面签", "Biometrics / interview", "service", "store", "physical", "operations",
     "录指纹|按指纹|面签|递签|生物信息|biometrics|interview|fingerprints|visa centre visit"),
    ("tp_under_review", "使馆审理中", "Under review", "service", "other", "physical", "operations",
     "审理|审核中|使馆审核|under review|processing|in process"),
    ("tp_approved", "出签", "Visa approved", "service", "other", "digital", "operations",
     "出签|获批|签证通过|下签|approved|approval|visa granted|granted"),
    ("tp_refused", "拒签", "Visa refused", "service", "other", "digital", "operations",
     "拒签|被拒|签证被拒|refused|refusal|rejected|denied"),
    ("tp_passport_returned", "护照寄回", "Passport returned", "loyalty", "other", "physical", "operations",
     "寄回|护照寄回|快递|回寄|passport returned|courier|delivery"),
    ("tp_express", "加急服务", "Express upgrade", "purchase", "mini_program", "digital", "sales",
     "加急|急件|优先|express|priority|rush"),
    ("tp_insurance", "旅行保险", "Travel insurance", "purchase", "mini_program", "digital", "sales",
     "保险|旅游险|申根保险|insurance|travel insurance"),
    ("tp_translation", "翻译服务", "Translation", "purchase", "mini_program", "digital", "operations",
     "翻译|翻译件|translation|translate"),
    ("tp_refund", "退款", "Refund", "service", "mini_program", "digital", "finance",
     "退款|退费|refund|money back"),
]
JOURNEYS = [
    ("sales", "咨询成交", "Enquiry to order", ["tp_enquiry", "tp_consult", "tp_order_paid"], 14),
    ("application", "签证办理", "Visa application",
     ["tp_order_paid", "tp_checklist_sent", "tp_docs_submitted", "tp_appointment", "tp_biometrics", "tp_approved"], 90),
]

# ---------------- feedback text (topic -> zh templates, en templates) ----------------
TXT = {
    "slow_consult": (
        ["在飞猪上咨询，顾问{n}个小时后才回复，太慢了", "顾问回复太慢了，问个问题等了一整天",
         "留言以后第二天才回复，黄花菜都凉了", "客服回复太慢，差点耽误我订机票",
         "咨询了{n}个小时没人理，最后还是去别家问的", "顾问回复太慢，催了两次才回"],
        ["The consultant took ages to reply to my enquiry.", "Very slow to respond, I waited a whole day for a reply.",
         "Sent three messages and no one replied until the next day.",
         "Slow response from the consultant, it took {n} hours to get an answer."]),
    "checklist_unclear": (
        ["材料清单写得太模糊了，到底要几个月的银行流水也没说清楚", "清单看不懂，按清单准备了还是被退回补材料",
         "材料清单前后说法不一样，来回补了两次", "给的材料清单不清楚，自由职业要准备什么完全没写",
         "申根的新版材料清单太乱了，流水要求写得含糊", "清单上没写行程单要什么格式，白跑一趟"],
        ["The document checklist was confusing, I had to resubmit twice.",
         "Checklist was unclear about how many months of bank statements were needed.",
         "Your document list says one thing and the consultant says another.",
         "The checklist for self-employed applicants is really unclear."]),
    "slot_scarce": (
        ["签证中心根本约不到号，等了{n}天才有位置", "预约名额太少了，每天盯着放号", "递签预约排到{n}天以后，行程都要改了",
         "约不到面签，只能干等", "暑假前预约名额全满，太难约了"],
        ["No appointment slots for weeks, we had to wait {n} days.", "Could not get an appointment slot anywhere.",
         "The next available slot was {n} days away, ridiculous.", "Appointment slots are impossible to find in summer."]),
    "refusal_no_reason": (
        ["被拒签了也不告诉原因，钱花了什么都没有", "拒签了连个原因都没有，顾问也说不清楚", "面签两分钟就拒了，没给任何解释",
         "拒签理由一句话都没有，以后还能不能再申请也不知道", "签证被拒，不知道什么原因，心态崩了"],
        ["Visa refused with no explanation at all.", "Got refused and nobody could tell me the reason why.",
         "Refused without any reason after a two minute interview.",
         "My visa was refused and I still have no idea what the reason was."]),
    "refund_small": (
        ["拒签只退了{p}%服务费，太少了", "拒签后的退款少得可怜，还等了一个多星期"],
        ["Only got {p}% of the service fee back after the refusal.", "The refund after my refusal was tiny."]),
    "refused_sad": (
        ["拒签了，很失望", "这次没过，有点难受，准备换个时间再试"],
        ["Refused this time, very disappointed.", "Didn't get the visa, will try again later."]),
    "fast_approval": (
        ["出签太快了，{n}天就下来了", "没想到这么快就出签了，点赞", "出签速度很快，顾问全程跟进", "日本签{n}个工作日出签，出签很快",
         "出签很快，比预期早了一周"],
        ["Approved in just {n} days, amazing.", "Super fast approval, thank you!",
         "Fast approval, much quicker than I expected."]),
    "courier_fast": (
        ["护照寄回来很快，顺丰第二天就到了", "快递寄回护照很及时，包装也好"],
        ["Passport came back by courier the next day.", "Passport returned quickly and well packed."]),
    "consultant_helpful": (
        ["顾问很专业也很耐心，每项材料都帮我核对", "王老师服务态度很好，有问必答", "顾问很负责，提醒了很多细节"],
        ["The consultant was very patient and professional.", "Great consultant, answered every question."]),
    "translation_expensive": (
        ["翻译费太贵了，一页要{n}块", "翻译服务价格偏高，别家便宜一半"],
        ["Translation fee is way too expensive.", "Paid {n} yuan for translating a few pages, too pricey."]),
    "express_worth": (
        ["加急很值，{n}天就拿到护照了", "赶时间买了加急，物有所值"],
        ["The express upgrade was worth every yuan.", "Paid for express and it really saved my trip."]),
    "insurance_pushed": (
        ["顾问一直推销保险，有点烦", "保险非要在这里买吗，感觉被推销了"],
        ["Felt pushed to buy the insurance.", "Too much upselling of insurance."]),
    "neutral": (
        ["整体流程还可以，中规中矩", "服务一般吧，没什么特别的", "流程走完了，还行", "希望小程序能显示办理进度"],
        ["The process was okay.", "Average service, nothing special.",
         "It would be nice to see the application status in the mini program."]),
}
SENT = {"slow_consult": "neg", "checklist_unclear": "neg", "slot_scarce": "neg", "refusal_no_reason": "neg",
        "refund_small": "neg", "refused_sad": "neg", "fast_approval": "pos", "courier_fast": "pos",
        "consultant_helpful": "pos", "translation_expensive": "neg", "express_worth": "pos",
        "insurance_pushed": "neg", "neutral": "neu"}


def fmt(t) -> str:
    return "" if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)

    def pick(items, w):
        w = np.asarray(w, dtype=float)
        return items[int(rng.choice(len(items), p=w / w.sum()))]

    def pickd(d: dict):
        return pick(list(d), list(d.values()))

    def U(a, b):
        return float(rng.uniform(a, b))

    def LN(median, sigma):
        return float(median * np.exp(rng.normal(0, sigma)))

    def office(t: datetime) -> datetime:
        """move a staff action into office hours (9-20)"""
        if t.hour < 9:
            return t.replace(hour=9, minute=int(U(0, 59)))
        if t.hour >= 20:
            return (t + D(days=1)).replace(hour=9, minute=int(U(0, 59)))
        return t

    def weekday(t: datetime) -> datetime:
        while t.weekday() >= 5:
            t += D(days=1)
        return t

    customers, events, orders, feedback = [], [], [], []
    counters = {"e": 0, "o": 0, "f": 0}

    def nid(k, p, w):
        counters[k] += 1
        return f"{p}{counters[k]:0{w}d}"

    def ev(c, t, tp, action, sid, device=None, channel=None, **kw):
        if t is None or t > END:
            return None
        r = dict(event_id=nid("e", "E", 7), customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp,
                 session_id=sid, action=action, device=device or "", channel=channel or "",
                 consultant=c["consultant"], destination=c["destination"], destination_en=c["destination_en"],
                 visa_type=c["visa_type"])
        r.update(kw)
        events.append(r)
        return t

    def comment(c, t, topic, channel, tp, rating=None, dated=True, sid="", **fmtkw):
        if t is not None and t > END:
            return
        zh, en = TXT[topic]
        lang = c["language"]
        text = pick(zh if lang == "zh" else en, [1] * len(zh if lang == "zh" else en))
        text = text.format(n=fmtkw.get("n", int(U(3, 30))), p=fmtkw.get("p", 30))
        nps = ""
        if channel == "survey" and rng.random() < 0.5:
            base = {"neg": 3, "neu": 7, "pos": 9}[SENT[topic]]
            nps = int(min(10, max(0, base + rng.integers(-2, 2))))
        feedback.append(dict(feedback_id=nid("f", "FB", 5), text=text, ts=fmt(t) if dated else "",
                             customer_id=c["customer_id"], touchpoint_id=tp, channel=channel,
                             rating="" if rating is None else rating, nps=nps, language=lang,
                             destination=c["destination"], destination_en=c["destination_en"],
                             visa_type=c["visa_type"], order_id=sid, sentiment_label=SENT[topic]))

    def rating_for(topic):
        s = SENT[topic]
        if topic in ("refusal_no_reason", "refused_sad"):
            return int(pick([1, 2], [0.8, 0.2]))
        if s == "neg":
            return int(pick([1, 2, 3], [0.3, 0.45, 0.25]))
        if s == "pos":
            return int(pick([4, 5], [0.3, 0.7]))
        return int(pick([3, 4], [0.6, 0.4]))

    # ---------- enquiry dates: growth x seasonality ----------
    SEAS = {1: 1.1, 2: 0.7, 3: 1.0, 4: 1.15, 5: 1.25, 6: 1.3, 7: 1.2, 8: 1.1, 9: 1.2, 10: 0.8, 11: 0.85, 12: 1.0}
    days = [(START + D(days=i)) for i in range((END - START).days + 1)]
    w = np.array([SEAS[d.month] * (0.8 + 0.45 * i / len(days)) for i, d in enumerate(days)])
    day_idx = np.sort(rng.choice(len(days), size=N, p=w / w.sum()))

    for i in range(N):
        t0 = days[int(day_idx[i])] + H(pick(list(range(8, 24)), [1, 3, 4, 4, 3, 3, 3, 3, 3, 3, 3, 4, 5, 5, 4, 2]))
        t0 += D(minutes=int(U(0, 59)))
        # visa type and destination
        vt = pick(["tourist", "business", "student"], [0.70, 0.17, 0.13])
        if vt == "student":
            dk = pick(["UK", "AU", "US", "SCH"], [0.45, 0.30, 0.20, 0.05])
            trav = "student"
        else:
            dw = {"SCH": 0.35, "JP": 0.26, "US": 0.17, "UK": 0.12, "AU": 0.10}
            if t0 >= JP_SHOCK:
                dw["JP"] *= 0.3
            dk = pickd(dw)
            if vt == "business":
                trav = pick(["employed", "self_employed"], [0.7, 0.3])
            else:
                trav = pick(["employed", "self_employed", "retired", "student", "minor"],
                            [0.55, 0.17, 0.13, 0.08, 0.07])
        young = 0.22 if vt == "tourist" else 0.12
        age = {"employed": lambda: pick(["18-24", "25-34", "35-44", "45-54"], [young, 0.45, 0.28, 0.13]),
               "self_employed": lambda: pick(["25-34", "35-44", "45-54"], [0.3, 0.4, 0.3]),
               "retired": lambda: "55+",
               "student": lambda: pick(["18-24", "25-34"], [0.85, 0.15]),
               "minor": lambda: "<18"}[trav]()
        acq = pick(["baidu", "wechat", "fliggy", "referral"], [0.30, 0.30, 0.25, 0.15])
        city = pick(CITIES, [x[2] for x in CITIES])
        seg = "returning" if rng.random() < (0.35 if acq == "referral" else 0.12) else "new"
        dev = pick(["ios", "android", "pc"], [0.5, 0.36, 0.14])
        lang = "en" if rng.random() < {"business": 0.3, "student": 0.3, "tourist": 0.1}[vt] else "zh"
        cons = pick(FLIGGY_TEAM, [1, 1]) if acq == "fliggy" else pick(CONSULTANTS[:6], [1] * 6)
        zh, en, fee0, centre = DEST[dk]
        c = dict(customer_id=f"C{i + 1:05d}", signup_at=fmt(t0), segment=seg, region=city[0], city_en=city[1],
                 acquisition_channel=acq, 来源渠道=ACQ_ZH[acq], tier="", 服务套餐="", visa_type=vt, 签证类型=VISA_ZH[vt],
                 destination=zh, destination_en=en, traveller_type=trav, 申请人类型=TRAV_ZH[trav], age_band=age,
                 primary_device=dev, consultant=cons, language=lang,
                 planned_departure=(t0 + D(days=int(U(25, 120)))).strftime("%Y-%m-%d"))
        customers.append(c)
        ch_in = {"baidu": "web", "wechat": "wechat", "fliggy": "fliggy", "referral": pick(["wechat", "phone"], [3, 1])}[acq]
        eq_sid = f"EQ{i + 1:05d}"
        ev(c, t0, "tp_enquiry", "enquire", eq_sid, device=dev, channel=ch_in, lead_source=acq)

        # ---------- consultation (first response) ----------
        p_consult = {"baidu": 0.85, "wechat": 0.9, "fliggy": 0.8, "referral": 0.95}[acq]
        if rng.random() >= p_consult:
            if rng.random() < 0.06:
                comment(c, t0 + H(U(20, 60)), "slow_consult", "fliggy_review" if acq == "fliggy" else "wechat_chat",
                        "tp_consult", rating=rating_for("slow_consult") if acq == "fliggy" else None,
                        dated=not (acq == "fliggy" and rng.random() < 0.25), n=int(U(20, 48)))
            continue
        med = {"baidu": 3.0, "wechat": 1.5, "fliggy": 19.0, "referral": 1.2}[acq]
        if t0.month in (5, 6):
            med *= 1.6
        delay = LN(med, 0.75)
        t1 = t0 + H(delay)
        ev(c, t1, "tp_consult", "reply", eq_sid, channel=ch_in if ch_in != "web" else "phone",
           response_hours=round(delay, 2))
        if delay > 20 and rng.random() < 0.2:
            comment(c, t1 + H(U(0.1, 6)), "slow_consult", "fliggy_review" if acq == "fliggy" else "wechat_chat",
                    "tp_consult", rating=rating_for("slow_consult") if acq == "fliggy" else None,
                    dated=not (acq == "fliggy" and rng.random() < 0.25), n=int(delay))

        # ---------- order ----------
        p = {"baidu": 0.45, "wechat": 0.47, "fliggy": 0.44, "referral": 0.62}[acq]
        p *= 1.15 if delay < 2 else (1.0 if delay <= 24 else 0.6)
        p *= 1.2 if seg == "returning" else 1.0
        if dk == "JP" and t0 >= JP_SHOCK:
            p *= 0.8
        if rng.random() >= min(p, 0.92):
            continue
        t2 = t1 + H(LN(36 if vt != "student" else 90, 0.9))
        if t2 > END:
            continue
        pkg = pickd({"business": {"basic": 0.15, "standard": 0.45, "premium": 0.4},
                     "tourist": {"basic": 0.35, "standard": 0.5, "premium": 0.15},
                     "student": {"basic": 0.2, "standard": 0.5, "premium": 0.3}}[vt])
        c["tier"], c["服务套餐"] = pkg, PKG_ZH[pkg]
        fee = int(round(fee0 * (1.3 if vt == "student" else 1.0) * PKG_MULT[pkg] / 10.0) * 10 - 1)
        pay_ch = "fliggy" if acq == "fliggy" else pick(["mini_program", "wechat"], [3, 1])
        pay_m = "alipay" if acq == "fliggy" else pick(["wechat_pay", "alipay", "bank_transfer"], [0.7, 0.2, 0.1])
        sid = nid("o", "SO", 6)
        base = dict(customer_id=c["customer_id"], channel=pay_ch, device=dev, payment_method=pay_m,
                    destination=zh, destination_en=en, visa_type=vt, package=pkg, parent_order_id=sid)
        svc = dict(order_id=sid, ts=fmt(t2), amount=fee, status="paid", order_type="service", 订单类型=ORDER_ZH["service"],
                   refund_amount=0, refunded_at="", refund_reason="", **base)
        orders.append(svc)
        ev(c, t2, "tp_order_paid", "pay", sid, device=dev, channel=pay_ch, package=pkg, amount=fee)

        def addon(kind, t, amount, tp):
            if t > END:
                return
            oid = nid("o", "SO", 6)
            orders.append(dict(order_id=oid, ts=fmt(t), amount=amount, status="paid", order_type=kind,
                               订单类型=ORDER_ZH[kind], refund_amount=0, refunded_at="", refund_reason="", **base))
            ev(c, t, tp, "purchase", sid, device=dev, channel=pay_ch, amount=amount)

        # cancellation before documents (full refund)
        if rng.random() < 0.04:
            tc = t2 + D(days=U(1, 10))
            if tc <= END:
                svc.update(status="refunded", refund_amount=fee, refunded_at=fmt(tc), refund_reason="cancelled")
                ev(c, tc, "tp_refund", "refund", sid, channel=pay_ch, amount=fee, refund_reason="cancelled")
            continue

        express = rng.random() < ({"tourist": 0.07, "business": 0.33, "student": 0.14}[vt]
                                  * {"UK": 1.4, "JP": 0.6}.get(dk, 1.0))
        if express:
            addon("express", t2 + D(minutes=U(1, 30)), {"UK": 900, "US": 900, "SCH": 700, "AU": 800, "JP": 300}[dk],
                  "tp_express")
        if rng.random() < (0.72 if dk == "SCH" else 0.12):
            ti = t2 + H(U(0.2, 96))
            addon("insurance", ti, int(pick([128, 198, 268, 368], [0.3, 0.35, 0.25, 0.1])), "tp_insurance")
            if rng.random() < 0.05:
                comment(c, ti + H(U(1, 48)), "insurance_pushed", "wechat_chat", "tp_insurance")

        # ---------- checklist ----------
        t3 = office(t2 + H(LN(3, 0.6)))
        if dk == "SCH" and V3_START <= t3 < V4_START:
            ver = "v3"
        elif t3 >= V4_START:
            ver = "v4"
        else:
            ver = "v2"
        ev(c, t3, "tp_checklist_sent", "send", sid, channel="wechat", checklist_version=ver)
        if rng.random() < {"employed": 0.10, "self_employed": 0.35, "retired": 0.30, "student": 0.40,
                           "minor": 0.50}[trav]:
            tt = t3 + D(days=U(1, 3))
            amt = int(pick([180, 240, 320, 450], [0.3, 0.3, 0.25, 0.15]))
            addon("translation", tt, amt, "tp_translation")
            if rng.random() < 0.12:
                comment(c, tt + D(days=U(0, 3)), "translation_expensive", pick(["survey", "wechat_chat"], [1, 2]),
                        "tp_translation", n=int(amt / 3))

        # ---------- documents ----------
        if rng.random() < 0.03:
            continue
        t4 = t3 + D(days=LN(10 if vt == "student" else 6, 0.6))
        ev(c, t4, "tp_docs_submitted", "submit", sid, device=dev, channel="mini_program" if dev != "pc" else "web",
           checklist_version=ver)
        p_inc = {"employed": 0.15, "self_employed": 0.42, "retired": 0.25, "student": 0.20, "minor": 0.28}[trav]
        if ver == "v3":
            p_inc += 0.27
        incomplete = rng.random() < p_inc
        t_ok = t4
        if incomplete:
            t5 = office(t4 + H(U(4, 40)))
            if ver == "v3":
                item = pick(["bank_statement", "itinerary", "hotel_booking", "employment_letter"], [0.55, 0.2, 0.15, 0.1])
            else:
                item = {"employed": lambda: pick(["employment_letter", "bank_statement", "photo_spec", "itinerary"],
                                                 [0.35, 0.35, 0.15, 0.15]),
                        "self_employed": lambda: pick(["business_license", "bank_statement", "photo_spec"],
                                                      [0.45, 0.45, 0.1]),
                        "retired": lambda: pick(["bank_statement", "photo_spec", "itinerary"], [0.5, 0.2, 0.3]),
                        "student": lambda: pick(["enrolment_letter", "bank_statement", "photo_spec"], [0.5, 0.35, 0.15]),
                        "minor": lambda: pick(["birth_certificate", "photo_spec", "bank_statement"], [0.6, 0.2, 0.2]),
                        }[trav]()
            ev(c, t5, "tp_docs_incomplete", "return", sid, channel="wechat", checklist_version=ver, missing_item=item,
               缺失材料=MISSING_ZH[item])
            if rng.random() < (0.40 if ver == "v3" else 0.22):
                comment(c, t5 + H(U(1, 60)), "checklist_unclear", pick(["wechat_chat", "survey", "call_note"], [3, 2, 1]),
                        "tp_checklist_sent")
            if rng.random() < 0.10:
                continue
            t_ok = t5 + D(days=LN(4, 0.6))
            ev(c, t_ok, "tp_docs_resubmitted", "resubmit", sid, device=dev,
               channel="mini_program" if dev != "pc" else "web", checklist_version=ver, missing_item=item,
               缺失材料=MISSING_ZH[item])

        # ---------- appointment ----------
        t6 = office(t_ok + D(days=LN(1.5, 0.6)))
        peak = t6.month in (4, 5, 6, 7)
        wait_med = {"US": 38, "SCH": 22 if peak else 6, "UK": 12 if t6.month in (7, 8) else 7, "AU": 5, "JP": 2}[dk]
        wait = max(1.0, LN(wait_med, 0.35))
        t7 = weekday((t6 + D(days=wait)).replace(hour=int(U(9, 16)), minute=int(U(0, 59))))
        ev(c, t6, "tp_appointment", "book", sid, channel="other", appointment_centre=centre,
           appointment_date=t7.strftime("%Y-%m-%d"))
        if (t7 - t6).days > 14 and rng.random() < 0.3:
            comment(c, t6 + H(U(1, 72)), "slot_scarce", pick(["wechat_chat", "xiaohongshu", "survey"], [3, 1, 2]),
                    "tp_appointment", n=(t7 - t6).days)
        if rng.random() < 0.03:
            continue
        ev(c, t7, "tp_biometrics", "attend", sid, channel="store", appointment_centre=centre)
        t8 = t7 + H(U(2, 30))
        ev(c, t8, "tp_under_review", "review", sid, channel="other")

        # ---------- decision ----------
        if dk == "US":
            proc = U(0.05, 1.5) if rng.random() > 0.12 else LN(25, 0.3)
        else:
            med = {"JP": 5, "SCH": 14 if peak else 10, "UK": 15, "AU": 18}[dk]
            if express:
                med = {"JP": 2, "SCH": 5, "UK": 4, "AU": 8}[dk]
            proc = LN(med, 0.3)
        t9 = office(t8 + D(days=proc))
        if dk == "US":
            p_ref = 0.15 if vt == "business" else (0.07 if vt == "student" else (0.55 if age == "18-24" else 0.22))
        else:
            p_ref = {"JP": 0.03, "SCH": 0.07, "UK": 0.04 if vt == "student" else 0.06, "AU": 0.08}[dk]
        if trav == "self_employed":
            p_ref += 0.08
        if seg == "returning":
            p_ref *= 0.5
        refused = rng.random() < p_ref
        if t9 > END:
            continue
        if refused:
            reason_given = rng.random() < (0.15 if dk == "US" else 0.8)
            ev(c, t9, "tp_refused", "refuse", sid, channel="other", decision="refused",
               reason_given=str(reason_given).lower())
            share = {"basic": 0, "standard": 30, "premium": 50}[pkg]
            tr = None
            if share:
                tr = t9 + D(days=LN(6, 0.4))
                if tr <= END:
                    amt = round(fee * share / 100.0, 2)
                    svc.update(refund_amount=amt, refunded_at=fmt(tr), refund_reason="visa_refused")
                    ev(c, tr, "tp_refund", "refund", sid, channel=pay_ch, amount=amt, refund_reason="visa_refused")
                else:
                    tr = None
            r = rng.random()
            if r < 0.45:
                topic = "refusal_no_reason" if not reason_given else ("refund_small" if tr else "refused_sad")
                chn = pick(["wechat_chat", "xiaohongshu", "call_note"], [3, 2, 1])
                tp = "tp_refund" if topic == "refund_small" else "tp_refused"
                when = (tr + H(U(1, 48))) if topic == "refund_small" else t9 + H(U(1, 72))
                comment(c, when, topic, chn, tp, dated=not (chn == "xiaohongshu" and rng.random() < 0.3), p=share)
        else:
            ev(c, t9, "tp_approved", "approve", sid, channel="other", decision="approved")
            if (t9 - t8).days <= 5 and rng.random() < 0.25:
                chn = pick(["survey", "xiaohongshu", "fliggy_review"], [2, 1, 1 if acq == "fliggy" else 0])
                comment(c, t9 + H(U(1, 48)), "fast_approval", chn, "tp_approved",
                        rating=rating_for("fast_approval") if chn != "xiaohongshu" else None,
                        dated=not (chn in ("xiaohongshu", "fliggy_review") and rng.random() < 0.3),
                        n=max(1, (t9 - t8).days))
        t10 = t9 + H(LN(40, 0.4))
        ev(c, t10, "tp_passport_returned", "deliver", sid, channel="other", courier=pick(["SF", "EMS"], [0.8, 0.2]))
        # ---------- post-service survey / store review ----------
        if rng.random() < 0.45:
            bad = []
            if delay > 20:
                bad.append("slow_consult")
            if incomplete:
                bad.append("checklist_unclear")
            if (t7 - t6).days > 14:
                bad.append("slot_scarce")
            if refused:
                bad.append("refusal_no_reason" if not reason_given else "refused_sad")
            if bad and (refused or rng.random() < 0.6):
                topic = bad[-1]
            else:
                topic = pickd({"courier_fast": 0.2, "consultant_helpful": 0.3, "neutral": 0.35,
                               "express_worth": 0.15 if express else 0.0,
                               "fast_approval": 0.25 if (t9 - t8).days <= 5 and not refused else 0.0})
            chn = "fliggy_review" if acq == "fliggy" and rng.random() < 0.6 else "survey"
            comment(c, t10 + D(days=U(1, 7)), topic, chn,
                    {"slow_consult": "tp_consult", "checklist_unclear": "tp_checklist_sent",
                     "slot_scarce": "tp_appointment", "refusal_no_reason": "tp_refused", "refused_sad": "tp_refused",
                     "courier_fast": "tp_passport_returned", "consultant_helpful": "tp_consult",
                     "neutral": "tp_passport_returned", "express_worth": "tp_express",
                     "fast_approval": "tp_approved"}[topic],
                    rating=rating_for(topic), dated=not (chn == "fliggy_review" and rng.random() < 0.25),
                    n=max(1, (t9 - t8).days))

    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    fb_sorted = sorted(feedback, key=lambda r: (r["ts"] or "9999", r["feedback_id"]))
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3])])
    write(out / "customers.csv", customers)
    write(out / "events.csv", events)
    write(out / "orders.csv", sorted(orders, key=lambda r: r["order_id"]))
    write(out / "feedback.csv", fb_sorted)


def write(path: Path, rows: list[dict]) -> None:
    names: list[str] = []
    for r in rows:
        for k in r:
            if k not in names:
                names.append(k)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(names)
        w.writerows([[r.get(c, "") for c in names] for r in rows])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
