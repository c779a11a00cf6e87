"""律帮 LawHelp: an online legal-consultation platform in China (labor disputes, divorce / family, contract disputes,
debt collection, traffic accidents). A visitor lands on the landing page (Baidu search, Douyin, WeChat or a referral),
submits a free legal question, a lawyer takes the question and replies (matched), the customer books a paid phone
consultation, the consultation takes place, some order document drafting (demand letters, divorce agreements,
arbitration applications), a few retain the lawyer for full representation, the case is closed, and the customer
rates the lawyer. Orders: consultation fees, overtime fees (from 2025-09-01), drafting fees, retainers, refunds.
Feedback: in-app lawyer ratings, app-store reviews, customer-service tickets, call notes and Douyin comments, mostly
Chinese. Data covers 2024-07-01 .. 2026-05-31 (today is 2026-12-01).

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

SEED = 20250917
START = datetime(2024, 7, 1)
END = datetime(2026, 5, 31, 23, 59, 59)
N = 6000
D = timedelta
H = lambda x: timedelta(hours=float(x))  # noqa: E731

CASE = {  # id: zh, base weight, small-business share, drafting take-up, retainer base fee, retained->closed median days
    "labor_dispute": ("劳动纠纷", 0.30, 0.18, 0.16, 4800, 55),
    "divorce": ("婚姻家事", 0.22, 0.00, 0.46, 12000, 95),
    "contract_dispute": ("合同纠纷", 0.16, 0.55, 0.22, 15000, 80),
    "debt_collection": ("债务催收", 0.14, 0.50, 0.20, 8000, 38),
    "traffic_accident": ("交通事故", 0.18, 0.05, 0.10, 9000, 130),
}
ACQ_ZH = {"baidu": "百度搜索", "douyin": "抖音", "wechat": "微信", "referral": "老客转介绍"}
CTYPE_ZH = {"individual": "个人", "small_business": "小微企业"}
TIER_ZH = {"tier1": "一线城市", "tier2": "二线城市", "tier3": "三线及以下"}
CITIES = [("北京", "Beijing", "tier1", 0.12), ("上海", "Shanghai", "tier1", 0.12), ("广州", "Guangzhou", "tier1", 0.08),
          ("深圳", "Shenzhen", "tier1", 0.09), ("杭州", "Hangzhou", "tier2", 0.08), ("成都", "Chengdu", "tier2", 0.08),
          ("武汉", "Wuhan", "tier2", 0.07), ("郑州", "Zhengzhou", "tier2", 0.07), ("洛阳", "Luoyang", "tier3", 0.08),
          ("赣州", "Ganzhou", "tier3", 0.07), ("绵阳", "Mianyang", "tier3", 0.07), ("南充", "Nanchong", "tier3", 0.07)]
FIRMS = {"HZ": ("衡正律师事务所", "Hengzheng Law Firm"), "ML": ("明理律师事务所", "Mingli Law Firm"),
         "DH": ("德和律师事务所", "Dehe Law Firm"), "JC": ("君诚律师事务所", "Juncheng Law Firm"),
         "TH": ("泰合律师事务所", "Taihe Law Firm")}
SEN_ZH = {"junior": "初级律师", "senior": "资深律师"}
LAB, DIV, CON, DEBT, TRA = "labor_dispute", "divorce", "contract_dispute", "debt_collection", "traffic_accident"
# lawyer id, name, firm, seniority, case types, weight, first day on the platform
LAWYERS = [
    ("L01", "张志强", "HZ", "senior", [LAB, CON], 1.0, None), ("L02", "李雪", "HZ", "junior", [LAB, DIV], 1.0, None),
    ("L03", "王海燕", "HZ", "senior", [DIV], 1.0, None), ("L04", "刘建国", "HZ", "junior", [TRA, DEBT], 1.0, None),
    ("L05", "陈静", "HZ", "junior", [CON, DEBT], 1.0, None),
    ("L06", "杨帆", "ML", "senior", [LAB, DEBT], 1.0, None), ("L07", "周磊", "ML", "junior", [LAB, TRA, DIV], 1.6, None),
    ("L08", "吴晓梅", "ML", "junior", [DIV, CON], 1.0, None), ("L09", "郑凯", "ML", "senior", [CON, DEBT], 1.0, None),
    ("L10", "孙丽", "DH", "senior", [DIV, LAB], 1.0, None), ("L11", "赵鹏", "DH", "junior", [TRA, LAB], 1.0, None),
    ("L12", "黄敏", "DH", "junior", [DIV], 1.0, None), ("L13", "徐涛", "DH", "senior", [TRA], 1.0, None),
    ("L14", "胡婷", "JC", "senior", [CON, LAB], 1.0, None), ("L15", "朱明", "JC", "junior", [DEBT, CON], 1.0, None),
    ("L16", "高原", "JC", "junior", [LAB], 1.0, None), ("L17", "林芳", "JC", "senior", [DIV, DEBT], 1.0, None),
    ("L18", "何伟", "TH", "senior", [TRA, CON], 1.0, None), ("L19", "郭佳", "TH", "junior", [DIV, LAB], 1.0, None),
    ("L20", "马超", "TH", "junior", [DEBT, TRA], 1.0, None), ("L21", "罗娜", "TH", "senior", [LAB, DIV], 1.0, None),
    ("L22", "梁斌", "HZ", "senior", [TRA, LAB], 1.0, datetime(2025, 3, 1)),
    ("L23", "宋倩", "DH", "junior", [CON, DIV], 1.0, datetime(2025, 6, 1)),
    ("L24", "韩冬", "TH", "junior", [LAB, TRA], 1.0, datetime(2026, 3, 20)),
]
BAD_LAWYER = "L07"     # curt, rushes calls: the lowest-rated lawyer with many ratings
NEW_BAD = "L24"        # joined 2026-03-20, only a handful of (bad) ratings: a small-group trap
SLOW_FIRM = "ML"       # Mingli lawyers take the questions late
DOUYIN_START = datetime(2025, 3, 1)
PRICE_CHANGE = datetime(2025, 9, 1)   # 20-minute base package + per-minute overtime; confusing for customers
ANDROID_BUG = (datetime(2026, 1, 12), datetime(2026, 3, 1))   # question form submit button broken on Android

TOUCHPOINTS = [
    ("tp_landing", "访问落地页", "Landing page visit", "awareness", "web", "digital", "growth",
     "落地页|首页|访问|进站|landing page|landing|visit|site visit"),
    ("tp_question", "提交免费咨询", "Free question submitted", "consideration", "web", "digital", "growth",
     "免费咨询|提问|提交问题|留言咨询|free question|question|ask a lawyer|submit question"),
    ("tp_matched", "律师接单回复", "Lawyer matched", "consideration", "app", "digital", "lawyer_ops",
     "匹配律师|律师接单|律师回复|接单|首次回复|matched|lawyer reply|lawyer matched|first reply"),
    ("tp_consult_booked", "预约付费电话咨询", "Paid consultation booked", "purchase", "app", "digital", "sales",
     "预约咨询|付费咨询|电话咨询下单|预约电话|booked|paid consultation|consultation booked|booking"),
    ("tp_consult_done", "电话咨询完成", "Consultation completed", "service", "phone", "digital", "lawyer_ops",
     "电话咨询|咨询完成|通话|打电话|consultation|phone consultation|call|consultation completed"),
    ("tp_drafting", "文书代写下单", "Document drafting ordered", "purchase", "app", "digital", "sales",
     "文书代写|代写|起草|律师函|离婚协议|drafting|document drafting|demand letter|legal documents"),
    ("tp_retained", "委托代理", "Case retained", "purchase", "phone", "physical", "lawyer_ops",
     "委托|签委托|全程代理|打官司|聘请律师|retained|retainer|full representation|hire a lawyer"),
    ("tp_case_closed", "结案", "Case closed", "service", "other", "physical", "lawyer_ops",
     "结案|案子结束|判决|调解结案|case closed|closed|case outcome|judgment"),
    ("tp_rating", "评价律师", "Lawyer rated", "loyalty", "app", "digital", "quality",
     "评价|打分|评分|点评|rating|rate the lawyer|review"),
    ("tp_refund", "退款", "Refund", "service", "app", "digital", "customer_service",
     "退款|退费|退钱|refund|money back|chargeback"),
]
JOURNEYS = [
    ("consult", "咨询转化", "Consultation funnel",
     ["tp_landing", "tp_question", "tp_matched", "tp_consult_booked", "tp_consult_done"], 14),
    ("case", "委托办案", "Case representation", ["tp_consult_done", "tp_retained", "tp_case_closed"], 365),
]

# ---------------- feedback text (topic -> zh templates, en templates) ----------------
TXT = {
    "lawyer_slow": (
        ["提交问题等了{n}个小时才有律师回复，太慢了", "律师回复太慢了，急事等不起", "问题发出去半天没人接单，后来才有律师回",
         "律师接单太慢，等回复等到第二天", "回复速度太慢，我都去别的平台问了", "等律师回复等了一晚上，体验很差"],
        ["The lawyer took {n} hours to reply to my question.", "Way too slow to reply, my matter was urgent.",
         "Waited almost a day before any lawyer picked up my question.", "Slow reply from the lawyer, not acceptable."]),
    "fees_unclear": (
        ["收费不透明，打完电话又扣了一笔超时费", "事先没说清楚还要另外收费，感觉被坑", "超时费是怎么算的？页面上根本没写清楚",
         "价格说明太含糊，咨询完莫名多扣了{n}块", "收费标准不清楚，前后说法不一样", "说好的固定价格，结果按分钟加钱，收费不透明"],
        ["Fees were not clear, I was charged an extra {n} yuan after the call.",
         "Hidden charges: nobody told me about the overtime fee.", "The pricing is confusing and not transparent.",
         "Unclear fees, the final bill was higher than the price shown."]),
    "consult_short": (
        ["咨询时间太短了，没说几句就到时间了", "才{n}分钟就挂电话，问题都没讲完", "律师很赶时间，咨询太短，很多问题没问",
         "电话咨询时间太短，感觉在敷衍", "通话时间太短，花钱买了个寂寞"],
        ["The consultation was too short, only {n} minutes.", "Call felt rushed and too short to cover my questions.",
         "Consultation too short, the lawyer hung up before I finished."]),
    "refund_dispute": (
        ["申请退款被拒，客服一直踢皮球", "退款拖了两个星期还没到账", "律师没解决问题，申请退款却说不能退", "退款流程太麻烦，打了三次客服",
         "要求退款没人处理，准备投诉到12315"],
        ["My refund request was rejected without a reason.", "Still waiting for my refund after two weeks.",
         "Customer service keeps passing my refund request around.", "Refund dispute: they refuse to give my money back."]),
    "professional": (
        ["律师非常专业，分析得很到位", "咨询很有收获，律师很专业，思路清晰", "律师专业又耐心，给了很实用的建议",
         "很专业的意见，帮我理清了维权步骤", "律师水平很高很专业，一针见血"],
        ["Very professional advice, the lawyer explained everything clearly.",
         "Excellent lawyer, very professional and patient.", "Really professional and practical advice, thank you."]),
    "drafting_good": (
        ["律师函写得很规范，对方收到就联系我了", "离婚协议起草得很细致，考虑很周全", "文书写得很规范，一次就用上了"],
        ["The demand letter was well drafted and worked.", "Well-drafted agreement, very thorough."]),
    "case_won": (
        ["案子顺利结案，拿回了{n}万，感谢律师", "官司赢了，律师全程很负责", "调解成功，结果比预期好"],
        ["Case closed in my favour, very grateful.", "We won the case, the lawyer was excellent."]),
    "case_slow": (
        ["案子拖了{n}天才结，律师也不主动同步进展", "结案太慢，一直没消息", "进度太慢，问律师总说在等法院"],
        ["The case dragged on for {n} days with few updates.", "Case took forever and updates were rare."]),
    "rude_lawyer": (
        ["律师态度很差，不耐烦", "律师说话很冲，感觉不想回答问题", "态度敷衍，问两句就不耐烦了"],
        ["The lawyer was rude and impatient.", "Dismissive attitude, did not want to answer my questions."]),
    "android_submit": (
        ["安卓手机提交问题一直转圈，提交不了", "点提交没反应，换了好几次网络也不行", "页面卡住，问题提交不了，安卓版有bug吧"],
        ["Can't submit my question on Android, the button does nothing.",
         "The submit button is broken on my Android phone."]),
    "upsell": (
        ["说是免费咨询，结果一直让我付费", "免费咨询就回了一句，然后让我买电话咨询"],
        ["Free question my foot, they just push you to pay.", "The free answer was one line and then a sales pitch."]),
    "neutral": (
        ["整体还可以，中规中矩", "流程挺顺的，就是价格不便宜", "律师回答了问题，一般吧", "希望能开发票更方便一点"],
        ["It was okay overall.", "Average experience, nothing special.", "Decent service, a bit pricey."]),
}
SENT = {"lawyer_slow": "neg", "fees_unclear": "neg", "consult_short": "neg", "refund_dispute": "neg",
        "professional": "pos", "drafting_good": "pos", "case_won": "pos", "case_slow": "neg", "rude_lawyer": "neg",
        "android_submit": "neg", "upsell": "neg", "neutral": "neu"}


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
        if t.hour < 8:
            return t.replace(hour=8, minute=int(U(0, 59)))
        if t.hour >= 22:
            return (t + D(days=1)).replace(hour=8, minute=int(U(0, 59)))
        return t

    customers, events, orders, feedback = [], [], [], []
    counters = {"e": 0, "o": 0, "f": 0}

    def nid(k, p, w):
        counters[k] += 1
        return f"{p}{counters[k]:0{w}d}"

    LAW = {x[0]: x for x in LAWYERS}

    def lawcols(lid):
        if not lid:
            return dict(lawyer_id="", lawyer_name="", law_firm="", law_firm_en="", lawyer_seniority="", 律师级别="")
        x = LAW[lid]
        return dict(lawyer_id=lid, lawyer_name=x[1], law_firm=FIRMS[x[2]][0], law_firm_en=FIRMS[x[2]][1],
                    lawyer_seniority=x[3], 律师级别=SEN_ZH[x[3]])

    def ev(c, t, tp, action, lid="", device=None, channel=None, **kw):
        if t is None or t > END:
            return None
        r = dict(event_id=nid("e", "E", 7), customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp,
                 session_id=c["case_id"], action=action, device=device or "", channel=channel or "",
                 case_type=c["case_type"], 案件类型=c["案件类型"], **lawcols(lid))
        r.update(kw)
        events.append(r)
        return t

    def comment(c, t, topic, channel, tp, lid="", rating=None, dated=True, **fmtkw):
        if t is not None and t > END:
            return
        zh, en = TXT[topic]
        lang = c["language"]
        opts = zh if lang == "zh" else en
        text = opts[int(rng.integers(len(opts)))].format(n=fmtkw.get("n", int(U(3, 30))))
        feedback.append(dict(feedback_id=nid("f", "FB", 5), text=text, ts=fmt(t) if dated else "",
                             customer_id=c["customer_id"], touchpoint_id=tp, channel=channel,
                             rating="" if rating is None else rating, language=lang,
                             case_type=c["case_type"], 案件类型=c["案件类型"], **lawcols(lid),
                             sentiment_label=SENT[topic]))
        return feedback[-1]

    def rating_for(topic, lid=""):
        s = SENT[topic]
        if lid == NEW_BAD:
            return int(pick([1, 2], [0.6, 0.4]))
        if topic in ("refund_dispute", "rude_lawyer"):
            return int(pick([1, 2], [0.7, 0.3]))
        if topic == "android_submit":
            return int(pick([1, 2, 3], [0.4, 0.4, 0.2]))
        if s == "neg":
            return int(pick([1, 2, 3], [0.25, 0.45, 0.3]))
        if s == "pos":
            return int(pick([4, 5], [0.25, 0.75]))
        return int(pick([3, 4], [0.55, 0.45]))

    def order(c, t, otype, amount, lid, status="paid", pay="wechat_pay", **kw):
        oid = nid("o", "OD", 6)
        zh = {"consultation": "电话咨询费", "overtime": "超时费", "drafting": "文书代写费", "retainer": "委托代理费"}[otype]
        r = dict(order_id=oid, customer_id=c["customer_id"], ts=fmt(t), amount=amount, status=status,
                 order_type=otype, 订单类型=zh, case_id=c["case_id"], case_type=c["case_type"], 案件类型=c["案件类型"],
                 **lawcols(lid), channel=c["_pay_channel"], device=c["primary_device"], payment_method=pay,
                 refund_amount=0, refunded_at="", refund_reason="")
        r.update(kw)
        orders.append(r)
        return r

    def refund(c, o, t, reason, lid):
        if t > END:
            return False
        o.update(status="refunded", refund_amount=o["amount"], refunded_at=fmt(t), refund_reason=reason)
        ev(c, t, "tp_refund", "refund", lid, channel="app", amount=o["amount"], refund_reason=reason,
           order_id=o["order_id"])
        return True

    # ---------- landing dates: growth x seasonality, case-type seasonality ----------
    days = [(START + D(days=i)) for i in range((END - START).days + 1)]
    seas = {1: 1.15, 2: 0.85, 3: 1.15, 4: 1.05, 5: 1.0, 6: 1.0, 7: 0.95, 8: 0.95, 9: 1.0, 10: 0.85, 11: 1.0, 12: 1.15}
    w = np.array([seas[d.month] * (0.75 + 0.35 * i / len(days)) * (1.35 if d >= DOUYIN_START else 1.0)
                  for i, d in enumerate(days)])
    day_idx = np.sort(rng.choice(len(days), size=N, p=w / w.sum()))

    for i in range(N):
        t0 = days[int(day_idx[i])] + H(pick(list(range(7, 24)), [1, 2, 3, 4, 4, 3, 3, 3, 3, 3, 3, 3, 4, 5, 5, 4, 2]))
        t0 += D(minutes=int(U(0, 59)), seconds=int(U(0, 59)))
        # case type with seasonality: year-end unpaid wages (Dec-Jan), the post-holiday divorce wave (Mar-Apr)
        cw = {k: v[1] for k, v in CASE.items()}
        if t0.month in (12, 1):
            cw[LAB] *= 2.0
        if t0.month in (3, 4):
            cw[DIV] *= 2.0
        ct = pickd(cw)
        ctype = "small_business" if rng.random() < CASE[ct][2] else "individual"
        if t0 >= DOUYIN_START:
            acq = pickd({"baidu": 0.34, "douyin": 0.36, "wechat": 0.18, "referral": 0.12})
        else:
            acq = pickd({"baidu": 0.52, "wechat": 0.30, "referral": 0.18})
        if ctype == "small_business" and acq == "douyin" and rng.random() < 0.5:
            acq = "baidu"
        city = pick(CITIES, [x[3] for x in CITIES])
        seg = "returning" if rng.random() < (0.3 if acq == "referral" else 0.07) else "new"
        dev = pick(["ios", "android", "pc"], [0.46, 0.47, 0.07] if acq == "douyin" else [0.42, 0.38, 0.20])
        if ctype == "small_business" and rng.random() < 0.3:
            dev = "pc"
        lang = "en" if (city[2] == "tier1" and rng.random() < 0.12) else "zh"
        c = dict(customer_id=f"C{i + 1:05d}", signup_at=fmt(t0), segment=seg, region=city[0], city_en=city[1],
                 tier=city[2], 城市等级=TIER_ZH[city[2]], acquisition_channel=acq, 来源渠道=ACQ_ZH[acq],
                 customer_type=ctype, 客户类型=CTYPE_ZH[ctype], case_type=ct, 案件类型=CASE[ct][0],
                 primary_device=dev, language=lang, case_id=f"CS{i + 1:05d}")
        customers.append(c)
        land_ch = {"baidu": "web", "douyin": "social", "wechat": "mini_program",
                   "referral": pick(["app", "web"], [1, 1])}[acq]
        if dev == "pc":
            land_ch = "web"
        c["_pay_channel"] = "mini_program" if land_ch == "mini_program" else ("web" if dev == "pc" else "app")
        ev(c, t0, "tp_landing", "view", device=dev, channel=land_ch, utm_source=acq)

        # ---------- free question ----------
        p_q = {"baidu": 0.60, "douyin": 0.74, "wechat": 0.62, "referral": 0.82}[acq]
        if dev == "android" and ANDROID_BUG[0] <= t0 < ANDROID_BUG[1]:
            p_q *= 0.45
            if rng.random() < 0.10:
                comment(c, t0 + H(U(0.05, 2)), "android_submit", "app_review", "tp_question",
                        rating=rating_for("android_submit"), dated=rng.random() > 0.15)
        if rng.random() >= p_q:
            continue
        t1 = t0 + D(minutes=LN(6, 0.6))
        ev(c, t1, "tp_question", "submit", device=dev, channel=land_ch, question_chars=int(LN(180, 0.6)))

        # ---------- lawyer takes the question ----------
        pool = [x for x in LAWYERS if ct in x[4] and (x[6] is None or x[6] <= t1)]
        lw = [x[5] for x in pool]
        law = pick(pool, lw)
        lid = law[0]
        sen = law[3]
        if rng.random() >= 0.95:
            if rng.random() < 0.12:
                comment(c, t1 + H(U(20, 48)), "lawyer_slow", pick(["cs_ticket", "douyin_comment"], [2, 1 if acq == "douyin" else 0]),
                        "tp_matched", n=int(U(20, 48)))
            continue
        med = 9.5 if law[2] == SLOW_FIRM else 1.4
        if t1.weekday() >= 5:
            med *= 1.4
        delay = LN(med, 0.75)
        t2 = t1 + H(delay)
        ev(c, t2, "tp_matched", "reply", lid, channel="app", reply_hours=round(delay, 2))
        if delay > 8 and rng.random() < 0.15:
            comment(c, t2 + H(U(0.1, 5)), "lawyer_slow", pick(["cs_ticket", "app_review", "douyin_comment"],
                                                              [2, 1, 2 if acq == "douyin" else 0]),
                    "tp_matched", lid, rating=None, dated=True, n=int(delay))
        if acq == "douyin" and rng.random() < 0.05:
            comment(c, t2 + H(U(0.5, 24)), "upsell", "douyin_comment", "tp_matched", lid,
                    dated=rng.random() > 0.35)

        # ---------- paid consultation booked ----------
        p_b = {"baidu": 0.50, "douyin": 0.24, "wechat": 0.52, "referral": 0.66}[acq]
        p_b *= 1.15 if delay < 2 else (1.0 if delay <= 8 else 0.6)
        p_b *= 1.25 if ctype == "small_business" else 1.0
        p_b *= 1.15 if seg == "returning" else 1.0
        if rng.random() >= min(p_b, 0.92):
            continue
        t3 = t2 + H(LN(5, 1.0))
        if t3 > END:
            continue
        new_price = t3 >= PRICE_CHANGE
        fee = (249 if sen == "senior" else 129) if new_price else (199 if sen == "senior" else 99)
        pay = pick(["wechat_pay", "alipay"], [0.65, 0.35])
        co = order(c, t3, "consultation", fee, lid, pay=pay, package_minutes=20 if new_price else 30)
        ev(c, t3, "tp_consult_booked", "pay", lid, device=dev, channel=c["_pay_channel"], amount=fee,
           order_id=co["order_id"])

        # ---------- consultation ----------
        t4 = office(t3 + H(LN(20, 0.6)))
        if rng.random() < 0.06:      # missed / cancelled call: full refund
            refund(c, co, t4 + H(U(1, 30)), pick(["lawyer_no_show", "customer_cancelled"], [1, 2]), lid)
            continue
        if t4 > END:
            continue
        mins = LN(14 if sen == "junior" else 27, 0.3)
        if lid == BAD_LAWYER:
            mins = LN(9, 0.3)
        mins = max(3, int(round(mins)))
        ev(c, t4, "tp_consult_done", "call", lid, channel="phone", call_minutes=mins)
        over = 0
        if new_price and mins > 20:
            over = (mins - 20) * (6 if sen == "senior" else 3)
            order(c, t4 + D(minutes=mins + 1), "overtime", over, lid, pay=pay, overtime_minutes=mins - 20)

        # dispute refunds: Douyin leads and the months after the price change
        p_ref = 0.03 + (0.09 if acq == "douyin" else 0) + (0.12 if PRICE_CHANGE <= t4 < datetime(2026, 1, 1) else 0)
        disputed = rng.random() < p_ref
        if disputed:
            tr = t4 + D(days=LN(5, 0.5))
            if rng.random() < 0.7:
                refund(c, co, tr, pick(["unsatisfied", "fee_dispute"],
                                            [1, 2 if PRICE_CHANGE <= t4 < datetime(2026, 1, 1) else 0.5]), lid)
            if rng.random() < 0.6:
                chn = pick(["cs_ticket", "app_review", "douyin_comment"], [3, 2, 2 if acq == "douyin" else 0])
                comment(c, t4 + D(days=U(1, 12)), "refund_dispute", chn, "tp_refund", lid,
                        rating=rating_for("refund_dispute") if chn == "app_review" else None,
                        dated=not (chn == "douyin_comment" and rng.random() < 0.35))
        if over and rng.random() < (0.22 if t4 < datetime(2026, 1, 1) else 0.08):
            chn = pick(["cs_ticket", "call_note", "douyin_comment"], [3, 2, 2 if acq == "douyin" else 0])
            comment(c, office(t4 + H(U(1, 72))), "fees_unclear", chn, "tp_consult_done", lid, n=over,
                    dated=not (chn == "douyin_comment" and rng.random() < 0.35))

        # ---------- rating of the consultation ----------
        if rng.random() < 0.55:
            bad = []
            if delay > 8:
                bad.append("lawyer_slow")
            if mins < 12:
                bad.append("consult_short")
            if lid == BAD_LAWYER and rng.random() < 0.5:
                bad.append("rude_lawyer")
            if over and t4 < datetime(2026, 1, 1):
                bad.append("fees_unclear")
            if disputed:
                bad.append("refund_dispute")
            if bad and rng.random() < (0.9 if lid in (BAD_LAWYER, NEW_BAD) else 0.6):
                topic = bad[-1]
            else:
                topic = pickd({"professional": 0.55 if sen == "senior" else 0.3, "neutral": 0.3,
                               "consult_short": 0.1 if sen == "junior" else 0.0})
            if lid == NEW_BAD:
                topic = pick(["consult_short", "rude_lawyer"], [1, 1])
            tr = t4 + H(U(0.2, 30))
            r = rating_for(topic, lid)
            if ev(c, tr, "tp_rating", "rate", lid, device=dev, channel="app", rating=r, rated_step="tp_consult_done"):
                comment(c, tr, topic, "lawyer_rating", "tp_consult_done", lid, rating=r, n=mins)

        # ---------- document drafting ----------
        if rng.random() < CASE[ct][3] * (1.2 if ctype == "small_business" else 1.0):
            td = t4 + D(days=LN(1.5, 0.7))
            if td <= END:
                dfee = int(pick([399, 599, 899], [0.45, 0.35, 0.2]))
                do = order(c, td, "drafting", dfee, lid, pay=pay,
                           document=pick({LAB: ["仲裁申请书", "律师函"], DIV: ["离婚协议", "起诉状"],
                                          CON: ["律师函", "合同审查意见"], DEBT: ["律师函", "起诉状"],
                                          TRA: ["赔偿协议", "起诉状"]}[ct], [1, 1]))
                ev(c, td, "tp_drafting", "pay", lid, device=dev, channel=c["_pay_channel"], amount=dfee,
                   order_id=do["order_id"])
                if rng.random() < 0.04:
                    refund(c, do, td + D(days=U(1, 6)), "unsatisfied", lid)
                elif rng.random() < 0.08:
                    comment(c, td + D(days=U(2, 8)), "drafting_good", "lawyer_rating", "tp_drafting", lid,
                            rating=rating_for("drafting_good"))

        # ---------- retained for full representation ----------
        p_r = 0.30 if ctype == "small_business" else 0.08
        p_r *= 1.6 if sen == "senior" else 0.6
        p_r *= {TRA: 1.3, DEBT: 1.2, DIV: 1.0, LAB: 0.9, CON: 1.0}[ct]
        if lid == BAD_LAWYER:
            p_r *= 0.5
        if disputed or rng.random() >= p_r:
            continue
        t5 = t4 + D(days=LN(4, 0.7))
        if t5 > END:
            continue
        fee_r = int(round(CASE[ct][4] * LN(1.0, 0.3) / 100.0) * 100)
        ro = order(c, t5, "retainer", fee_r, lid, pay=pick(["bank_transfer", "wechat_pay", "alipay"], [0.6, 0.25, 0.15]))
        ev(c, t5, "tp_retained", "sign", lid, channel="phone", amount=fee_r, order_id=ro["order_id"])
        dur = LN(CASE[ct][5], 0.45)
        t6 = t5 + D(days=dur)
        if t6 > END:
            continue
        outcome = pick(["won", "settled", "lost"], [0.45, 0.4, 0.15])
        ev(c, t6, "tp_case_closed", "close", lid, channel="other", outcome=outcome, days_open=int(dur))
        if rng.random() < 0.6:
            if dur > 120 and rng.random() < 0.5:
                topic = "case_slow"
            elif outcome == "lost":
                topic = pick(["case_slow", "neutral"], [1, 1])
            else:
                topic = pick(["case_won", "professional", "neutral"], [0.5, 0.3, 0.2])
            tr = t6 + D(days=U(0.5, 6))
            r = rating_for(topic, lid)
            if ev(c, tr, "tp_rating", "rate", lid, device=dev, channel="app", rating=r, rated_step="tp_case_closed"):
                comment(c, tr, topic, "lawyer_rating", "tp_case_closed", lid, rating=r, n=int(dur))

    # ---------- general app-store reviews and call notes not tied to one step ----------
    for c in customers[::9]:
        t = datetime.strptime(c["signup_at"], "%Y-%m-%d %H:%M:%S") + D(days=U(0, 20))
        topic = pickd({"neutral": 0.5, "professional": 0.2, "upsell": 0.15 if c["acquisition_channel"] == "douyin" else 0.02,
                       "fees_unclear": 0.12 if t >= PRICE_CHANGE else 0.03})
        chn = pick(["app_review", "call_note", "douyin_comment"],
                   [2, 1, 1.5 if c["acquisition_channel"] == "douyin" else 0])
        if chn == "call_note":
            t = office(t)
        comment(c, t, topic, chn, "tp_landing" if topic in ("neutral", "upsell") else "tp_consult_done",
                rating=rating_for(topic) if chn == "app_review" else None,
                dated=chn == "call_note" or rng.random() > (0.35 if chn == "douyin_comment" else 0.2))

    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    fb_sorted = sorted(feedback, key=lambda r: (r["ts"] or "9999", r["feedback_id"]))
    for c in customers:
        c.pop("_pay_channel", None)
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
