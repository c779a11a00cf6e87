"""译通 LinguaBridge: a B2B and B2C translation and interpreting agency (document translation, certified
translation with a translation seal or notarisation, on-site interpreting) with a web portal and offices in Shanghai,
Beijing and Shenzhen. A client finds us (web search, a referral, or a partner law firm), visits the portal, requests a
quote by uploading the document, gets the quote, accepts it, pays a 50 % deposit; a project manager assigns a
translator; the draft is delivered, some clients ask for a revision (one or two rounds), the final is delivered, some
jobs are certified (seal only) or notarised, the client pays the balance invoice, and many business clients come back
with a repeat order. Interpreting jobs skip the draft and final: the interpreter does the job on site.
Orders: deposits, balances (per-1,000-word unit prices by language pair, a 50 % rush surcharge, key-account and
goodwill discounts) and notarisation fees; deposits refunded on cancellation. Feedback: post-delivery surveys,
service tickets, account-manager call notes, WeChat work-group messages and Dianping reviews, mostly Chinese.
Data covers 2024-10-01 .. 2026-06-30 (today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table). Deterministic (fixed seed), plain Python + numpy, about two seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260311
START = datetime(2024, 10, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 4500
D = timedelta
H = lambda x: timedelta(hours=float(x))  # noqa: E731

PRICE_UP = datetime(2025, 7, 1)                                  # list prices +15 %
JA_GAP = (datetime(2025, 9, 1), datetime(2026, 2, 1))            # the senior Japanese translator left; one junior left
SZ_NOTARY = datetime(2025, 3, 1)                                 # Shenzhen notary office backlog from here on
ANDROID_BUG = (datetime(2026, 3, 2), datetime(2026, 4, 20))      # portal file upload broken on Android

CTYPE = {"individual": "个人", "company": "企业", "law_firm": "律所"}
ACQ = {"web_search": "网络搜索", "referral": "老客推荐", "partner_law_firm": "合作律所"}
CITY = {"上海": ("Shanghai", 0.45), "北京": ("Beijing", 0.35), "深圳": ("Shenzhen", 0.20)}
IND = {"personal": "个人事务", "legal": "法律服务", "manufacturing": "制造业", "finance": "金融",
       "pharma": "医药", "tech": "互联网科技", "trade": "外贸"}
SEG = {"key_account": "大客户", "standard": "普通客户"}
PAIR = {"zh-en": "中译英", "en-zh": "英译中", "zh-ja": "中译日", "ja-zh": "日译中", "zh-de": "中译德",
        "zh-fr": "中译法", "zh-ko": "中译韩"}
PAIR_W = {"zh-en": 0.42, "en-zh": 0.22, "zh-ja": 0.12, "ja-zh": 0.05, "zh-de": 0.08, "zh-fr": 0.05, "zh-ko": 0.06}
UNIT = {"zh-en": 220, "en-zh": 180, "zh-ja": 240, "ja-zh": 200, "zh-de": 320, "zh-fr": 320, "zh-ko": 240}  # CNY / 1,000 words
DAY_RATE = {"zh-en": 4000, "en-zh": 4000, "zh-ja": 4500, "ja-zh": 4500, "zh-de": 5500, "zh-fr": 5500, "zh-ko": 4500}
SERVICE = {"document": "文件翻译", "certified": "认证翻译", "interpreting": "现场口译"}
URG = {"standard": "普通", "rush": "加急"}
LEVEL = {"senior": "资深译员", "junior": "初级译员"}
CERT = {"seal": "翻译专用章", "notarisation": "公证"}
REASON = {"terminology": "术语问题", "style": "文风表达", "omission": "漏译", "client_change": "客户改稿"}
ONTIME = {"on_time": "按时", "late": "延期"}
# account managers: name, pinyin, city, first day
AMS = [("陈晓雯", "Chen Xiaowen", "上海", None), ("刘洋", "Liu Yang", "上海", None), ("王敏", "Wang Min", "北京", None),
       ("张浩", "Zhang Hao", "北京", None), ("李婷", "Li Ting", "深圳", None), ("黄俊", "Huang Jun", "深圳", None),
       ("吴迪", "Wu Di", "上海", datetime(2026, 4, 1))]
GOOD_AM, BAD_AM, NEW_AM = "王敏", "黄俊", "吴迪"
# translators: id, name, pinyin, level, pairs, first day, last day
TRANSLATORS = [
    ("T01", "李静", "Li Jing", "senior", ["zh-en", "en-zh"], None, None),
    ("T02", "王磊", "Wang Lei", "senior", ["zh-en"], None, None),
    ("T03", "张雨", "Zhang Yu", "junior", ["zh-en", "en-zh"], None, None),
    ("T04", "刘畅", "Liu Chang", "junior", ["en-zh"], None, None),
    ("T05", "陈曦", "Chen Xi", "senior", ["zh-en", "en-zh"], None, None),
    ("T06", "杨帆", "Yang Fan", "junior", ["zh-en"], None, None),
    ("T07", "赵磊", "Zhao Lei", "junior", ["zh-en", "en-zh"], None, None),
    ("T08", "周婷", "Zhou Ting", "senior", ["zh-en"], None, None),
    ("T09", "吴昊", "Wu Hao", "senior", ["en-zh"], None, None),
    ("T10", "孙悦", "Sun Yue", "junior", ["en-zh", "zh-en"], None, None),
    ("T11", "林佳", "Lin Jia", "senior", ["zh-ja", "ja-zh"], None, datetime(2025, 8, 31)),
    ("T12", "何静", "He Jing", "junior", ["zh-ja", "ja-zh"], None, None),
    ("T13", "郭敏", "Guo Min", "senior", ["zh-ja", "ja-zh"], datetime(2026, 2, 1), None),
    ("T14", "高远", "Gao Yuan", "senior", ["zh-de"], None, None),
    ("T15", "罗兰", "Luo Lan", "senior", ["zh-fr"], None, None),
    ("T16", "谢菲", "Xie Fei", "junior", ["zh-de", "zh-fr"], None, None),
    ("T17", "金敏", "Jin Min", "senior", ["zh-ko"], None, None),
    ("T18", "崔丽", "Cui Li", "junior", ["zh-ko"], None, None),
    ("T19", "韦晨", "Wei Chen", "junior", ["zh-en"], datetime(2026, 5, 1), None),
]
BAD_TR, NEW_TR = "T07", "T19"

TOUCHPOINTS = [
    ("tp_visit", "访问门户网站", "Portal visit", "awareness", "web", "digital", "marketing",
     "官网|门户|网站访问|访问|visit|portal|website|site visit"),
    ("tp_quote_request", "提交询价", "Quote requested", "consideration", "web", "digital", "sales",
     "询价|上传文件|上传稿件|报价申请|提交稿件|quote request|request a quote|RFQ|upload|upload document"),
    ("tp_quote_sent", "报价已发送", "Quote sent", "consideration", "email", "digital", "sales",
     "报价|发报价|报价单|quote|quotation|quote sent"),
    ("tp_quote_accepted", "接受报价", "Quote accepted", "purchase", "web", "digital", "sales",
     "确认报价|接受报价|下单|成交|quote accepted|accept quote|order confirmed"),
    ("tp_deposit", "支付定金", "Deposit paid", "purchase", "web", "digital", "finance",
     "定金|预付款|首付款|deposit|down payment|advance payment"),
    ("tp_assigned", "分配译员", "Translator assigned", "service", "other", "physical", "project_management",
     "派稿|分配译员|安排译员|指派|译员分配|assigned|translator assigned|assignment"),
    ("tp_draft", "初稿交付", "Draft delivered", "service", "email", "digital", "translation",
     "初稿|交初稿|一稿|draft|first draft|draft delivered"),
    ("tp_revision", "客户要求修改", "Revision requested", "service", "email", "digital", "translation",
     "改稿|返修|修改|客户修改意见|revision|rework|changes requested|revision requested"),
    ("tp_final", "终稿交付", "Final delivered", "service", "email", "digital", "translation",
     "终稿|定稿|交稿|交付|final|final delivery|final delivered|delivery"),
    ("tp_certify", "盖章认证/公证", "Certified / notarised", "service", "store", "physical", "certification",
     "盖章|翻译专用章|认证|公证|公证处|certification|certified|notarisation|notarization|notary|stamp|seal"),
    ("tp_interpreting", "现场口译完成", "On-site interpreting done", "service", "other", "physical", "interpreting",
     "口译|同传|交传|陪同翻译|现场翻译|interpreting|interpreter|on-site interpreting"),
    ("tp_invoice_paid", "尾款结清", "Invoice paid", "purchase", "other", "digital", "finance",
     "尾款|结清|付尾款|开票付款|结算|invoice paid|balance paid|final payment|invoice"),
    ("tp_repeat", "再次下单", "Repeat order", "loyalty", "web", "digital", "account_management",
     "复购|回头单|返单|再次下单|老客下单|repeat order|reorder|repeat business|returning client"),
    ("tp_refund", "定金退款", "Deposit refunded", "service", "other", "digital", "finance",
     "退款|退定金|退费|refund|deposit refund|money back"),
]
JOURNEYS = [
    ("quote", "询价转化", "Quote to order", ["tp_visit", "tp_quote_request", "tp_quote_sent", "tp_quote_accepted",
                                           "tp_deposit"], 30),
    ("delivery", "笔译交付", "Translation delivery", ["tp_deposit", "tp_assigned", "tp_draft", "tp_final",
                                                  "tp_invoice_paid"], 60),
]

# ---------------- feedback text (topic -> zh templates, en templates) ----------------
TXT = {
    "quality_great": (
        ["翻译质量很好，译文很地道", "译文质量非常高，专业术语也很准确", "翻译质量超出预期，客户那边也很满意",
         "质量很好，读起来一点都不像翻译的", "这次的翻译质量没得说，很专业"],
        ["Translation quality was excellent.", "Great quality, reads like it was written in English.",
         "Excellent translation quality, our client was impressed."]),
    "deadline_missed": (
        ["说好的交稿时间又延期了，耽误了我们递交材料", "交稿延期了{n}天，催了好几次", "没有按时交稿，项目经理只会说在赶",
         "延期交付，差点错过开庭前的提交期限", "交付时间一拖再拖，太影响我们的进度了"],
        ["You missed the deadline by {n} days.", "The delivery was late and we almost missed our filing date.",
         "Missed deadline again, very disappointing.", "The translation came back late, well past the agreed deadline."]),
    "terms_inconsistent": (
        ["术语前后不统一，同一个词译了三种说法", "法律术语前后译法不一致，我们自己又改了一遍", "术语不统一，合同里的定义前后对不上",
         "同一个专有名词前后译法不一致，需要返工"],
        ["Terminology was inconsistent across the document.", "The same term was translated three different ways.",
         "Inconsistent terms in the contract, we had to fix them ourselves."]),
    "price_high": (
        ["报价太贵了，比别家高不少", "每千字{n}元，价格太高了", "价格偏贵，个人客户负担不起", "涨价以后报价太贵了，考虑换一家",
         "收费太高，一份成绩单翻译要这么多钱"],
        ["The quote was too expensive for us.", "Price too high compared with other agencies.",
         "Too expensive since the price increase."]),
    "responsive_pm": (
        ["项目经理响应很快，有问题随时回复", "客户经理非常负责，沟通很及时", "PM响应特别快，晚上发消息也有人回",
         "对接的项目经理很专业，响应及时"],
        ["Very responsive project manager, always replied within minutes.", "Our account manager was super responsive.",
         "Responsive PM, kept us updated the whole time."]),
    "pm_slow": (
        ["客户经理回消息太慢，找不到人", "对接人经常不回消息，沟通效率很低", "项目进度问了半天没人回复"],
        ["Hard to reach our account manager, replies take days.", "Nobody answered our questions about the project."]),
    "notary_slow": (
        ["公证办得太慢了，等了{n}天才拿到", "盖章公证拖太久，签证材料差点来不及", "公证环节等了很久，一直说公证处排队",
         "公证太慢了，比翻译本身还久"],
        ["The notarisation took {n} days, far too slow.", "Notarisation was very slow, we nearly missed our visa appointment.",
         "Waiting forever for the notarised copy."]),
    "upload_failed": (
        ["手机上传文件一直失败，转圈圈", "安卓手机上传附件没反应，只能发邮件", "上传文件失败了好几次，页面卡住",
         "用手机传不了文件，报价申请提交不了"],
        ["Upload keeps failing on my Android phone.", "Could not upload my document from my phone, the page just spins."]),
    "refund": (
        ["说没有合适的日语译员，定金退了但耽误了我一周", "退定金拖了好久才到账", "临时说接不了单，只能退款，太耽误事"],
        ["They cancelled my job for lack of a translator and refunded the deposit, but I lost a week.",
         "Still waiting for my deposit refund."]),
    "interpreter_great": (
        ["口译老师很专业，现场表现很好", "陪同口译很给力，谈判很顺利", "同传老师水平很高，客户都夸"],
        ["The interpreter was excellent on site.", "Great interpreter, the meeting went smoothly."]),
    "neutral": (
        ["整体还可以，流程挺清楚的", "一般吧，中规中矩", "服务还行，希望开票能快一点", "流程挺顺的，没什么特别的"],
        ["It was okay overall.", "Average experience, nothing special.", "Fine, the process was clear."]),
}
SENT = {"quality_great": "pos", "deadline_missed": "neg", "terms_inconsistent": "neg", "price_high": "neg",
        "responsive_pm": "pos", "pm_slow": "neg", "notary_slow": "neg", "upload_failed": "neg", "refund": "neg",
        "interpreter_great": "pos", "neutral": "neu"}


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
        if t.hour < 9:
            return t.replace(hour=9, minute=int(U(0, 59)))
        if t.hour >= 21:
            return (t + D(days=1)).replace(hour=9, minute=int(U(0, 59)))
        return t

    customers, events, orders, feedback = [], [], [], []
    counters = {"e": 0, "o": 0, "f": 0, "p": 0}

    def nid(k, p, w):
        counters[k] += 1
        return f"{p}{counters[k]:0{w}d}"

    TR = {x[0]: x for x in TRANSLATORS}
    AMD = {x[0]: x for x in AMS}

    def trcols(tid):
        if not tid:
            return dict(translator_id="", translator_name="", translator_name_en="", translator_level="", 译员级别="")
        x = TR[tid]
        return dict(translator_id=tid, translator_name=x[1], translator_name_en=x[2], translator_level=x[3],
                    译员级别=LEVEL[x[3]])

    def pcols(p):
        if p is None:
            return dict(service_type="", 服务类型="", language_pair="", 语言对="", urgency="", 紧急程度="")
        return dict(service_type=p["service"], 服务类型=SERVICE[p["service"]], language_pair=p["pair"],
                    语言对=PAIR[p["pair"]], urgency=p["urg"], 紧急程度=URG[p["urg"]])

    def ev(c, t, tp, action, p=None, tid="", device="", channel="", **kw):
        if t is None or t > END:
            return None
        r = dict(event_id=nid("e", "E", 7), customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp,
                 session_id=p["pid"] if p else c["_visit_pid"], action=action, device=device, channel=channel,
                 client_type=c["client_type"], 客户类型=c["客户类型"], account_manager=c["account_manager"],
                 account_manager_en=c["account_manager_en"], **pcols(p), **trcols(tid))
        r.update(kw)
        events.append(r)
        return t

    def comment(c, t, topic, channel, tp, p=None, tid="", rating=None, dated=True, n=None):
        if t is not None and t > END:
            return None
        if channel == "survey":      # the account manager colours the post-delivery survey
            am = c["account_manager"]
            if am == NEW_AM and rng.random() < 0.65:
                topic = "pm_slow"
            elif am == GOOD_AM and SENT[topic] != "pos" and rng.random() < 0.3:
                topic = "responsive_pm"
            elif am == BAD_AM and SENT[topic] != "neg" and rng.random() < 0.3:
                topic = "pm_slow"
            if rating is not None:
                rating = rating_for(topic)
        zh, en = TXT[topic]
        opts = zh if c["language"] == "zh" else en
        text = opts[int(rng.integers(len(opts)))].format(n=n if n is not None else int(U(3, 12)))
        feedback.append(dict(feedback_id=nid("f", "FB", 5), text=text, ts=fmt(t) if dated else "",
                             customer_id=c["customer_id"], touchpoint_id=tp, channel=channel,
                             rating="" if rating is None else rating, language=c["language"],
                             project_id=p["pid"] if p else "", account_manager=c["account_manager"],
                             account_manager_en=c["account_manager_en"], **pcols(p), **trcols(tid),
                             sentiment_label=SENT[topic]))
        return feedback[-1]

    def rating_for(topic):
        s = SENT[topic]
        if topic in ("upload_failed", "refund", "pm_slow"):
            return int(pick([1, 2], [0.6, 0.4]))
        if topic in ("deadline_missed", "notary_slow"):
            return int(pick([1, 2, 3], [0.35, 0.45, 0.2]))
        if s == "neg":
            return int(pick([1, 2, 3], [0.2, 0.45, 0.35]))
        if s == "pos":
            return int(pick([4, 5], [0.3, 0.7]))
        return int(pick([3, 4], [0.55, 0.45]))

    def order(c, p, t, otype, amount, status="paid", **kw):
        zh = {"deposit": "定金", "balance": "尾款", "notarisation": "公证费"}[otype]
        r = dict(order_id=nid("o", "OD", 6), customer_id=c["customer_id"], ts=fmt(t), amount=round(amount, 2),
                 status=status, order_type=otype, 订单类型=zh, project_id=p["pid"], **pcols(p),
                 word_count=p["words"] or "", unit_price=p["unit"], rush_surcharge=0, discount_amount=0,
                 discount_reason="", refund_amount=0, refunded_at="", refund_reason="",
                 payment_method=c["_pay"], channel="web", device=c["primary_device"],
                 account_manager=c["account_manager"], account_manager_en=c["account_manager_en"])
        r.update(kw)
        orders.append(r)
        return r

    def pool_for(pair, t, service):
        pool = [x for x in TRANSLATORS if pair in x[4] and (x[5] is None or x[5] <= t) and (x[6] is None or t <= x[6])]
        if service == "interpreting":
            sen = [x for x in pool if x[3] == "senior"]
            pool = sen or pool
        return pool

    # ---------------- one project ----------------
    def project(c, tq, repeat):
        ctype = c["client_type"]
        p = dict(pid=nid("p", "PJ", 5) if repeat else c["_visit_pid"])
        p["service"] = pickd({"individual": {"document": 0.34, "certified": 0.62, "interpreting": 0.04},
                              "company": {"document": 0.64, "certified": 0.10, "interpreting": 0.26},
                              "law_firm": {"document": 0.55, "certified": 0.35, "interpreting": 0.10}}[ctype])
        p["pair"] = c["language_pair"] if rng.random() < 0.8 else pickd(PAIR_W)
        p["urg"] = "rush" if rng.random() < (0.26 if ctype == "individual" else 0.17) else "standard"
        interp = p["service"] == "interpreting"
        if interp:
            p["words"] = None
            p["days"] = int(pick([1, 2, 3], [0.5, 0.35, 0.15]))
            p["unit"] = DAY_RATE[p["pair"]]
            base = p["days"] * p["unit"]
        else:
            med = {"individual": 1800 if p["service"] == "certified" else 3500, "company": 6500, "law_firm": 9000}[ctype]
            p["words"] = int(max(300, round(LN(med, 0.7), -1)))
            p["unit"] = int(round(UNIT[p["pair"]] * (1.15 if tq >= PRICE_UP else 1.0)))
            base = max(150.0, p["words"] / 1000 * p["unit"])
        sur = 0.5 * base if p["urg"] == "rush" else 0.0
        kdisc = 0.1 * (base + sur) if c["segment"] == "key_account" else 0.0
        total = base + sur - kdisc
        dev = c["primary_device"]
        if repeat:
            ev(c, tq - D(seconds=30), "tp_repeat", "reorder", p, device=dev, channel="web")
        ev(c, tq, "tp_quote_request", "upload", p, device=dev, channel="web", word_count=p["words"] or "",
           file_type=pick(["pdf", "docx", "jpg", "xlsx"], [0.45, 0.35, 0.15, 0.05]), is_repeat="yes" if repeat else "no")
        t_q = office(tq + H(LN(3.0, 0.7)))
        ev(c, t_q, "tp_quote_sent", "send", p, channel="email", quote_amount=round(total, 2), unit_price=p["unit"])
        # ---------- accept ----------
        pa = {"web_search": 0.50, "referral": 0.66, "partner_law_firm": 0.82}[c["acquisition_channel"]]
        if ctype == "individual" and tq >= PRICE_UP:
            pa *= 0.70
        if repeat:
            pa = 0.88
        if c["segment"] == "key_account":
            pa = min(0.95, pa * 1.1)
        if rng.random() >= pa:
            if rng.random() < (0.16 if tq >= PRICE_UP and ctype == "individual" else 0.07):
                chn = pick(["call_note", "wechat", "dianping"], [3, 1, 1.5])
                comment(c, t_q + H(U(2, 60)), "price_high", chn, "tp_quote_sent", p,
                        rating=rating_for("price_high") if chn == "dianping" else None,
                        dated=not (chn == "dianping" and rng.random() < 0.25), n=p["unit"])
            return None
        t_a = office(t_q + H(LN(20, 0.8)))
        if interp:
            deadline = t_a + D(days=int(U(5, 20)))
        else:
            days = p["words"] / 2000 * (0.5 if p["urg"] == "rush" else 1.0) + (2.5 if p["urg"] == "rush" else 4.0)
            deadline = (t_a + D(days=days)).replace(hour=18, minute=0, second=0)
        p["deadline"] = deadline
        ev(c, t_a, "tp_quote_accepted", "accept", p, device=dev, channel="web", deadline=fmt(deadline))
        if rng.random() >= 0.94:
            return None
        t_d = t_a + H(LN(6, 1.0))
        if t_d > END:
            return None
        dep = order(c, p, t_d, "deposit", total / 2, rush_surcharge=round(sur / 2, 2),
                    discount_amount=round(kdisc / 2, 2), discount_reason="key_account" if kdisc else "")
        ev(c, t_d, "tp_deposit", "pay", p, device=dev, channel="web", amount=dep["amount"], order_id=dep["order_id"])

        def refund(reason, t):
            if t > END:
                return
            dep.update(status="refunded", refund_amount=dep["amount"], refunded_at=fmt(t), refund_reason=reason)
            ev(c, t, "tp_refund", "refund", p, channel="other", amount=dep["amount"], order_id=dep["order_id"],
               refund_reason=reason)

        # ---------- assignment ----------
        ja = p["pair"] in ("zh-ja", "ja-zh") and JA_GAP[0] <= t_d < JA_GAP[1]
        if ja and rng.random() < 0.25:
            tr_ = t_d + D(days=U(1, 4))
            refund("no_translator_available", tr_)
            if rng.random() < 0.4:
                comment(c, tr_ + H(U(1, 48)), "refund", pick(["ticket", "wechat"], [2, 1]), "tp_refund", p)
            return None
        if rng.random() < 0.025:
            refund("client_cancelled", t_d + D(days=U(0.5, 3)))
            return None
        pool = pool_for(p["pair"], t_d, p["service"])
        w = [1.6 if x[0] == BAD_TR else 1.0 for x in pool]
        tr = pick(pool, w)
        tid = tr[0]
        t_s = office(t_d + H(LN(4, 0.8)))
        ev(c, t_s, "tp_assigned", "assign", p, tid, channel="other")
        late = False
        revised = False
        if interp:
            t_done = deadline.replace(hour=17, minute=int(U(0, 59)))
            if t_done <= t_s:
                t_done = t_s + D(days=2)
            if not ev(c, t_done, "tp_interpreting", "deliver", p, tid, channel="other", interpreting_days=p["days"]):
                return None
            t_del = t_done
            if rng.random() < 0.45:
                topic = pickd({"interpreter_great": 0.55, "responsive_pm": 0.2 if c["account_manager"] != BAD_AM else 0.02,
                               "pm_slow": 0.25 if c["account_manager"] == BAD_AM else 0.02, "neutral": 0.2,
                               "price_high": 0.08})
                r = rating_for(topic)
                comment(c, t_done + H(U(3, 72)), topic, "survey", "tp_interpreting", p, tid, rating=r)
        else:
            speed = 3000 if tr[3] == "senior" else 2600
            if p["urg"] == "rush":
                speed *= 2.0
            dd = p["words"] / speed + LN(0.5, 0.5)
            if ja:
                dd *= 2.2
            t_dr = t_s + D(days=dd)
            if not ev(c, t_dr, "tp_draft", "deliver", p, tid, channel="email", deadline=fmt(deadline)):
                return None
            pr = 0.13 if tr[3] == "senior" else 0.34
            if tid == BAD_TR:
                pr = 0.62
            if tid == NEW_TR:
                pr = 0.95
            if c["industry"] == "legal":
                pr += 0.18
            if p["urg"] == "rush":
                pr += 0.06
            t_f = t_dr + H(LN(6, 0.6))
            reason = None
            if rng.random() < pr:
                revised = True
                rounds = 2 if rng.random() < 0.18 else 1
                t_r = t_dr
                for k in range(1, rounds + 1):
                    t_r = t_r + D(days=LN(1.2, 0.6))
                    if reason is None or k == 2:
                        reason = ("terminology" if rng.random() < (0.7 if (c["industry"] == "legal" or tid == BAD_TR)
                                                                  else 0.3)
                                  else pick(["style", "omission", "client_change"], [3, 1, 2]))
                    if not ev(c, t_r, "tp_revision", "request", p, tid, device=dev, channel="email", revision_round=k,
                              revision_reason=reason, 修改原因=REASON[reason]):
                        return None
                    t_r = t_r + D(days=LN(1.0, 0.5))
                t_f = t_r
            late = t_f > deadline
            st = "late" if late else "on_time"
            if not ev(c, t_f, "tp_final", "deliver", p, tid, channel="email", deadline=fmt(deadline),
                      delivered_on_time=st, 是否按时=ONTIME[st], late_days=round(max(0.0, (t_f - deadline).total_seconds()
                                                                                          / 86400), 1)):
                return None
            t_del = t_f
            if late and rng.random() < 0.22:
                comment(c, t_f + H(U(1, 30)), "deadline_missed", pick(["ticket", "wechat"], [2, 1]), "tp_final", p, tid,
                        dated=rng.random() > 0.12, n=max(1, int((t_f - deadline).days) + 1))
            if rng.random() < 0.45:
                opts = {"quality_great": 0.4 if tr[3] == "senior" else 0.22, "neutral": 0.25,
                        "responsive_pm": {GOOD_AM: 0.45, BAD_AM: 0.02}.get(c["account_manager"], 0.15),
                        "pm_slow": {BAD_AM: 0.32, NEW_AM: 1.5}.get(c["account_manager"], 0.02),
                        "price_high": 0.10 if tq >= PRICE_UP else 0.04}
                topic = pickd(opts)
                if late and rng.random() < 0.7:
                    topic = "deadline_missed"
                elif revised and reason == "terminology" and rng.random() < 0.6:
                    topic = "terms_inconsistent"
                comment(c, t_f + H(U(3, 96)), topic, "survey", "tp_final", p, tid, rating=rating_for(topic),
                        n=max(1, int((t_f - deadline).days) + 1))
            # ---------- certification ----------
            if p["service"] == "certified":
                kind = "notarisation" if rng.random() < 0.42 else "seal"
                if kind == "seal":
                    cd = LN(0.6, 0.5)
                else:
                    cd = LN(2.5, 0.4) * (3.2 if (c["region"] == "深圳" and t_f >= SZ_NOTARY) else 1.0)
                t_c = t_f + D(days=cd)
                docs = int(pick([1, 2, 3], [0.6, 0.3, 0.1]))
                if not ev(c, t_c, "tp_certify", "certify", p, tid, channel="store", certify_type=kind, 认证方式=CERT[kind],
                          documents=docs):
                    return None
                if kind == "notarisation":
                    no = order(c, p, t_c, "notarisation", 300.0 * docs, documents=docs)
                    no.update(word_count="", unit_price=300)
                if cd > 5 and rng.random() < 0.3:
                    comment(c, t_f + D(days=U(3, 5)), "notary_slow", pick(["ticket", "wechat"], [1, 2]), "tp_certify", p,
                            dated=rng.random() > 0.15, n=int(U(3, 5)))
                if rng.random() < 0.35:
                    topic = ("notary_slow" if cd > 5 and rng.random() < 0.8
                             else pickd({"quality_great": 0.4, "neutral": 0.4, "responsive_pm": 0.2}))
                    comment(c, t_c + H(U(2, 72)), topic, pick(["survey", "dianping"], [3, 1]), "tp_certify", p, tid,
                            rating=rating_for(topic), n=int(cd) + 1)
                t_del = t_c
        # ---------- balance ----------
        lag = {"individual": LN(1.0, 0.8), "company": LN(18, 0.5), "law_firm": LN(25, 0.5)}[ctype]
        t_p = t_del + D(days=lag)
        if t_p > END:
            return None
        gw = 0.1 * total if (late and rng.random() < 0.5) else 0.0
        bal = order(c, p, t_p, "balance", total / 2 - gw, rush_surcharge=round(sur / 2, 2),
                    discount_amount=round(kdisc / 2 + gw, 2),
                    discount_reason="late_delivery_goodwill" if gw else ("key_account" if kdisc else ""),
                    invoice_no=f"INV{counters['o']:06d}")
        ev(c, t_p, "tp_invoice_paid", "pay", p, channel="other", amount=bal["amount"], order_id=bal["order_id"])
        return dict(t_paid=t_p, late=late, revised=revised)

    # ---------------- customers ----------------
    days = [(START + D(days=i)) for i in range((END - START).days + 1)]
    seas = {1: 1.0, 2: 0.6, 3: 1.05, 4: 1.0, 5: 1.0, 6: 1.2, 7: 1.3, 8: 1.25, 9: 1.0, 10: 0.9, 11: 1.0, 12: 1.05}
    w = np.array([seas[d.month] * (0.75 + 0.5 * i / len(days)) for i, d in enumerate(days)])
    day_idx = np.sort(rng.choice(len(days), size=N, p=w / w.sum()))
    for i in range(N):
        t0 = days[int(day_idx[i])] + H(pick(list(range(8, 24)), [1, 3, 5, 5, 4, 3, 4, 5, 5, 4, 3, 2, 2, 3, 2, 1]))
        t0 += D(minutes=int(U(0, 59)), seconds=int(U(0, 59)))
        summer = t0.month in (6, 7, 8)
        ctype = pickd({"individual": 0.70 if summer else 0.58, "company": 0.28, "law_firm": 0.14})
        acq = pickd({"individual": {"web_search": 0.70, "referral": 0.18, "partner_law_firm": 0.12},
                     "company": {"web_search": 0.50, "referral": 0.35, "partner_law_firm": 0.15},
                     "law_firm": {"web_search": 0.30, "referral": 0.45, "partner_law_firm": 0.25}}[ctype])
        city = pickd({k: v[1] for k, v in CITY.items()})
        if ctype == "individual":
            ind = "personal"
        elif ctype == "law_firm":
            ind = "legal"
        else:
            ind = pickd({"manufacturing": 0.3, "finance": 0.2, "pharma": 0.15, "tech": 0.2, "trade": 0.15})
        seg = "key_account" if ctype != "individual" and rng.random() < 0.3 else "standard"
        ams = [a for a in AMS if a[2] == city and (a[3] is None or a[3] <= t0)]
        am = pick(ams, [0.7 if a[0] == NEW_AM else 1.0 for a in ams])
        dev = pick(["pc", "ios", "android"], [0.34, 0.34, 0.32] if ctype == "individual" else [0.8, 0.1, 0.1])
        lang = "en" if rng.random() < (0.16 if city == "上海" else 0.08) else "zh"
        pw = dict(PAIR_W)
        if ctype == "individual":
            pw["zh-en"] *= 1.6
        pair = pickd(pw)
        c = dict(customer_id=f"C{i + 1:05d}", signup_at=fmt(t0), segment=seg, 客户级别=SEG[seg], region=city,
                 city_en=CITY[city][0], acquisition_channel=acq, 来源渠道=ACQ[acq], client_type=ctype,
                 客户类型=CTYPE[ctype], industry=ind, 行业=IND[ind], language_pair=pair, 语言对=PAIR[pair],
                 account_manager=am[0], account_manager_en=am[1], primary_device=dev, language=lang,
                 company_name="" if ctype == "individual" else f"{'律师事务所' if ctype == 'law_firm' else '公司'}{i + 1:05d}")
        c["_pay"] = "wechat_pay" if ctype == "individual" and rng.random() < 0.7 else (
            "alipay" if ctype == "individual" else "bank_transfer")
        c["_visit_pid"] = nid("p", "PJ", 5)
        customers.append(c)
        ev(c, t0, "tp_visit", "view", None, device=dev, channel="web",
           referrer={"web_search": pick(["baidu", "bing", "google"], [6, 2, 1]), "referral": "referral",
                     "partner_law_firm": "partner_link"}[acq])
        pq = {"web_search": 0.56, "referral": 0.74, "partner_law_firm": 0.86}[acq]
        if dev == "android" and ANDROID_BUG[0] <= t0 < ANDROID_BUG[1]:
            pq *= 0.3
            if rng.random() < 0.14:
                chn = pick(["ticket", "dianping"], [2, 1])
                comment(c, t0 + H(U(0.05, 3)), "upload_failed", chn, "tp_quote_request",
                        rating=rating_for("upload_failed") if chn == "dianping" else None,
                        dated=not (chn == "dianping" and rng.random() < 0.25))
        if rng.random() >= pq:
            continue
        tq = t0 + D(minutes=LN(9, 0.6))
        repeat = False
        for _ in range(12):
            if tq > END:
                break
            res = project(c, tq, repeat)
            if res is None:
                break
            prep = {"individual": 0.15, "company": 0.66, "law_firm": 0.90}[ctype]
            if seg == "key_account":
                prep = min(0.93, prep * 1.15)
            if res["late"]:
                prep *= 0.45
            if res["revised"]:
                prep *= 0.8
            if rng.random() >= prep:
                break
            tq = res["t_paid"] + D(days=LN({"individual": 120, "company": 50, "law_firm": 30}[ctype], 0.6))
            repeat = True

    # ---------------- general Dianping reviews and call notes ----------------
    for c in customers[::11]:
        t = datetime.strptime(c["signup_at"], "%Y-%m-%d %H:%M:%S") + D(days=U(1, 40))
        topic = pickd({"neutral": 0.45, "quality_great": 0.25, "responsive_pm": 0.1,
                       "price_high": 0.2 if t >= PRICE_UP else 0.08})
        chn = pick(["dianping", "call_note"], [2, 1])
        comment(c, office(t), topic, chn, "tp_quote_sent" if topic == "price_high" else "tp_visit",
                rating=rating_for(topic) if chn == "dianping" else None,
                dated=chn == "call_note" or rng.random() > 0.25, n=UNIT[c["language_pair"]])

    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    fb_sorted = sorted(feedback, key=lambda r: (r["ts"] or "9999", r["feedback_id"]))
    for c in customers:
        c.pop("_pay", None)
        c.pop("_visit_pid", None)
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
