"""绣坊 StitchCraft: custom embroidered and printed merchandise for companies, schools, sports clubs and event organisers
(B2B), made in two factories (Dongguan embroidery, Ningbo printing) and sold in mainland China, the UK and Australia.
Synthetic, written blind.

A buyer sends a web quote request (在线询价), uploads the logo artwork (上传Logo稿), our digitisers turn it into a stitch
file and send a digitising proof (制版稿) — revision rounds (改稿) until the buyer signs off (稿件确认). Bigger jobs get a
physical sample (寄送实物样 -> 样品确认). A 30 % / 50 % deposit (付定金) turns it into a bulk order; production
(生产完工), QC inspection (质检: units rejected), shipping (发货) and delivery (签收: on time or days late). Late
jobs may claim (延误索赔). The balance is invoiced (开票: net-30 or due on receipt) and paid (回款). Customers reorder
(返单; the reorder portal opened 2025-04-01, the stitch file is kept so no new proof is needed).
A/B test instant_quote_2025 on web quote requests 2025-03-01 .. 2025-08-31: instant price calculator vs a manual
quote sent within one working day.

Data 2024-01-01 .. 2026-05-31 (CRM + ERP extract taken 2026-06-08). Times are naive local time. Money: orders.amount is
CNY (GBP / AUD orders converted at the company's monthly rate; amount_local + currency keep the original).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (topic + sentiment per comment, not a DATA.md table). Seed 20260608, numpy + stdlib.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

rng = np.random.default_rng(20260608)
T0 = datetime(2024, 1, 1)
TEND = datetime(2026, 5, 31, 23, 59)
EXTRACT = datetime(2026, 6, 8)


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") if t else ""


def chance(p):
    return rng.random() < p


def pick(vals, ps=None):
    if ps is not None:
        ps = np.array(ps, dtype=float)
        ps = ps / ps.sum()
    return vals[int(rng.choice(len(vals), p=ps))]


def pickd(d):
    return pick(list(d), list(d.values()))


def ri(a, b):
    return int(rng.integers(a, b + 1))


def work_time(t: datetime, days: float) -> datetime:
    """t + days, moved into office hours"""
    x = t + timedelta(days=float(days))
    h = 9 + rng.random() * 9
    y = x.replace(hour=int(h), minute=int((h % 1) * 60), second=ri(0, 59))
    if y <= t:
        y += timedelta(days=1)
    return y


def between(t, a, b):
    return datetime.fromisoformat(a) <= t <= datetime.fromisoformat(b) + timedelta(days=1) - timedelta(seconds=1)


# ---------------------------------------------------------------- reference data
REGIONS = {  # region: (zh, share, cities {en: zh}, currency, rate CNY per unit, lang)
    "East China": ("华东", 0.31, {"Shanghai": "上海", "Hangzhou": "杭州", "Suzhou": "苏州"}, "CNY", 1.0, "zh"),
    "South China": ("华南", 0.25, {"Shenzhen": "深圳", "Guangzhou": "广州"}, "CNY", 1.0, "zh"),
    "North China": ("华北", 0.18, {"Beijing": "北京", "Tianjin": "天津"}, "CNY", 1.0, "zh"),
    "UK": ("英国", 0.15, {"London": "伦敦", "Manchester": "曼彻斯特", "Leeds": "利兹"}, "GBP", 9.1, "en"),
    "Australia": ("澳大利亚", 0.11, {"Melbourne": "墨尔本", "Sydney": "悉尼"}, "AUD", 4.7, "en"),
}
ORG = {"company": "企业", "school": "学校", "sports_club": "体育俱乐部", "event_organiser": "活动公司"}
ACQ = {"search": "搜索引擎", "trade_show": "展会", "referral": "老客户转介绍", "wechat": "微信公众号",
       "linkedin": "LinkedIn", "school_tender": "学校招标"}
AMS = {  # account manager: (zh, regions)
    "Chen Jing": ("陈静", ["East China"]), "Liu Yang": ("刘洋", ["South China"]), "Zhao Min": ("赵敏", ["North China"]),
    "Sarah Hughes": ("Sarah Hughes", ["UK"]), "Tom Baker": ("Tom Baker", ["Australia"]),
}
PRODUCTS = {  # product: (zh, decoration, unit price CNY, qty median)
    "polo_shirt": ("Polo衫", "embroidery", 62, 220),
    "cap": ("棒球帽", "embroidery", 38, 180),
    "hoodie": ("卫衣", "embroidery", 128, 120),
    "workwear_jacket": ("工装夹克", "embroidery", 175, 90),
    "school_badge": ("校徽臂章", "embroidery", 16, 600),
    "tshirt": ("文化衫", "screen_print", 29, 300),
    "tote_bag": ("帆布袋", "screen_print", 18, 400),
    "sports_jersey": ("球衣", "dtf_transfer", 85, 60),
}
DECOR_ZH = {"embroidery": "刺绣", "screen_print": "丝网印", "dtf_transfer": "烫画"}
PRODUCT_MIX = {
    "company": {"polo_shirt": 0.34, "cap": 0.14, "hoodie": 0.12, "workwear_jacket": 0.14, "tshirt": 0.14,
                "tote_bag": 0.12},
    "school": {"school_badge": 0.42, "polo_shirt": 0.26, "hoodie": 0.14, "tshirt": 0.10, "cap": 0.08},
    "sports_club": {"sports_jersey": 0.5, "hoodie": 0.2, "cap": 0.15, "polo_shirt": 0.15},
    "event_organiser": {"tshirt": 0.4, "tote_bag": 0.35, "cap": 0.25},
}
DIGITISERS = {"Li Na": "李娜", "Zhou Qiang": "周强", "Huang Wei": "黄伟", "Sun Yue": "孙悦"}
REV_REASONS = {"thread_colour": "线色不对", "logo_size": "Logo尺寸", "text_too_small": "字太小绣不清",
               "placement": "位置不对", "spelling": "文字拼写"}
QC_REASONS = {"thread_break": "断线", "misalignment": "套位偏移", "puckering": "起皱", "colour_mismatch": "色差",
              "stain": "污渍", "print_cracking": "印花开裂"}
COURIER_ZH = {"sf_express": "顺丰", "deppon": "德邦", "dhl": "DHL", "fedex": "FedEx"}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_site_visit", "官网浏览", "Website visit", "awareness", "web", "digital", "marketing",
     "官网|网站|落地页|website|landing page|site visit"),
    ("tp_quote_request", "在线询价", "Quote request", "consideration", "web", "digital", "sales",
     "询价|报价单|要报价|quote|RFQ|price enquiry|quote form"),
    ("tp_artwork_upload", "上传Logo稿", "Artwork upload", "consideration", "web", "digital", "sales",
     "上传稿件|Logo文件|设计稿|矢量图|artwork|logo file|upload"),
    ("tp_digitising_proof", "制版稿", "Digitising proof", "consideration", "email", "digital", "digitising",
     "打样稿|电子稿|绣花版|制版|proof|stitch-out proof|digitizing proof|mock-up"),
    ("tp_proof_revision", "改稿", "Proof revision", "consideration", "email", "digital", "digitising",
     "修改稿件|改版|返稿|revision|changes to proof|amendment"),
    ("tp_proof_approved", "稿件确认", "Proof sign-off", "purchase", "web", "digital", "sales",
     "确认稿|定稿|签稿|proof approval|sign-off|approved artwork"),
    ("tp_sample_sent", "寄送实物样", "Physical sample sent", "purchase", "other", "physical", "production",
     "寄样|实物样|打样|样衣|sample|pre-production sample"),
    ("tp_sample_review", "样品确认", "Sample approval", "purchase", "email", "digital", "sales",
     "样品反馈|确认样品|样品审批|sample approval|sample feedback"),
    ("tp_deposit_paid", "付定金", "Deposit paid", "purchase", "other", "digital", "finance",
     "定金|预付款|下单|首付款|deposit|downpayment|order confirmed"),
    ("tp_production", "生产完工", "Production run", "service", "other", "physical", "production",
     "生产|大货|车间|排产|production|bulk run|manufacturing"),
    ("tp_qc_check", "质检", "QC inspection", "service", "other", "physical", "quality",
     "质检|验货|次品|不良品|QC|quality check|rejects|defects"),
    ("tp_shipped", "发货", "Dispatch", "service", "other", "physical", "logistics",
     "出货|发货|出库|dispatch|shipping|shipment"),
    ("tp_delivered", "签收", "Delivery", "service", "other", "physical", "logistics",
     "到货|收货|交货|delivery|delivered|arrival"),
    ("tp_late_claim", "延误索赔", "Late-delivery claim", "service", "email", "digital", "customer service",
     "延误|迟交|交期延误|索赔|赔偿|late delivery|delay claim|compensation"),
    ("tp_invoice", "开票", "Invoice issued", "service", "email", "digital", "finance",
     "发票|尾款账单|账单|invoice|net 30|bill"),
    ("tp_payment", "回款", "Payment received", "service", "other", "digital", "finance",
     "收款|尾款|到账|付款|payment|settlement|remittance"),
    ("tp_reorder", "返单", "Reorder", "loyalty", "web", "digital", "sales",
     "复购|再订|追加订单|一键返单|reorder|repeat order|reorder portal"),
    ("tp_am_checkin", "客户经理回访", "Account manager check-in", "loyalty", "phone", "digital", "account management",
     "回访|客户经理|电话回访|account manager|check-in call|QBR"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("quote_to_order", "询价到下单", "Quote to order",
     ["tp_quote_request", "tp_artwork_upload", "tp_digitising_proof", "tp_proof_approved", "tp_deposit_paid"], 30),
    ("sample_to_bulk", "打样到大货", "Sample to bulk order", ["tp_sample_sent", "tp_sample_review", "tp_deposit_paid"],
     21),
    ("order_to_delivery", "下单到交货", "Order to delivery",
     ["tp_deposit_paid", "tp_production", "tp_qc_check", "tp_shipped", "tp_delivered"], 60),
    ("invoice_to_cash", "开票到回款", "Invoice to cash", ["tp_invoice", "tp_payment"], 45),
    ("reorder", "返单下单", "Reorder to deposit", ["tp_reorder", "tp_deposit_paid"], 14),
]

# ---------------------------------------------------------------- state
events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
experiments: list[dict] = []
customers: list[dict] = []
COUNTERS: dict[str, int] = {}


def nxt(k):
    COUNTERS[k] = COUNTERS.get(k, 0) + 1
    return COUNTERS[k]


def ev(c, tp, t: datetime, action, **kw):
    if t > TEND or t < T0:
        return None
    e = dict(event_id=f"EV{nxt('e'):07d}", customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp, action=action,
             region=c["region"], 区域=REGIONS[c["region"]][0])
    e.update(kw)
    events.append(e)
    return e


# ---------------------------------------------------------------- feedback texts
# topic -> (zh templates, en templates, sentiment). Every counted topic's marker (README) is in each of its templates and
# in no other template (checked at the end of main and by gold.py against _truth).
TEXTS = {
    "slow_proof": ([
        "制版慢，等了五天才收到第一版稿子",
        "制版慢得让人着急，活动下周就要用",
        "制版慢，催了三次才回复"], [
        "The proof took almost a week to arrive, far too slow.",
        "Our first proof took five working days. Competitors do it in one.",
        "The proof took ages and we had to chase twice."], "negative"),
    "thread_colour": ([
        "线色和我们的品牌色差太多，改了三轮",
        "线色不对，我们要的是深蓝不是宝蓝",
        "第二版的线色还是偏了，沟通成本太高"], [
        "The thread colour never matched our Pantone, three rounds to fix it.",
        "Thread colour on the proof was off again, navy came out royal blue.",
        "Struggled with thread colour matching on the crest."], "negative"),
    "late": ([
        "交期延误了一周多，开学典礼差点没校服穿",
        "说好的交货日期又延误了，年会只能先用旧的",
        "大货延误，也没有主动通知我们",
        "延误了整整十天，申请了赔偿"], [
        "Late delivery again, the polos arrived after our conference.",
        "Late delivery meant the kids started term without their badges.",
        "Nobody warned us about the late delivery until we chased.",
        "A late delivery of ten days, we have asked for compensation."], "negative"),
    "puckering": ([
        "收到的Polo衫胸口刺绣起皱，穿上很难看",
        "刺绣起皱，退回了二十多件",
        "起皱很明显，质检怎么没发现"], [
        "Embroidery puckering on half the polos, looks cheap.",
        "Puckering around the logo, we sent a batch back.",
        "How did QC miss the puckering on these?"], "negative"),
    "stitch_praise": ([
        "绣工很精细，小字也清清楚楚",
        "绣工没得说，校徽的细节都出来了",
        "绣工扎实，洗了几次也不走样"], [
        "Beautiful stitching, even the small lettering is crisp.",
        "The stitching quality is superb, the crest detail came out perfectly.",
        "Stitching held up after many washes, great quality."], "positive"),
    "invoice": ([
        "发票抬头开错了，财务退回来重开",
        "发票迟迟没开出来，我们这边没法走报销",
        "学校财务要求的发票格式总是不对"], [
        "The invoice had the wrong company name, had to be reissued.",
        "Invoice arrived late so our accounts team could not pay on time.",
        "Invoice did not show the PO number, our finance rejected it."], "negative"),
    "account_manager": ([
        "客户经理很靠谱，每次都主动跟进进度",
        "客户经理响应快，周末也回消息",
        "我们的客户经理很懂学校采购流程"], [
        "Our account manager is brilliant, always on top of things.",
        "Great account manager, proactive updates all the way.",
        "The account manager understood our procurement rules."], "positive"),
    "moq": ([
        "起订量太高了，我们只要三十件",
        "小团队用不了那么多，起订量能不能降一点"], [
        "The minimum order is too high for a small team like ours.",
        "We only needed 30 caps, the minimum order put us off."], "negative"),
    "price": ([
        "报价高，比别家贵了两成",
        "报价高，而且制版费还要另算"], [
        "Quite pricey compared with local suppliers.",
        "Pricey once the setup fee is added."], "negative"),
    "portal": ([
        "一键返单太方便了，两分钟就下好单",
        "返单不用重新打样，省了好多时间",
        "返单系统保存了我们的绣花版，很省心"], [
        "The reorder portal is so easy, done in two minutes.",
        "Love the reorder portal, no new proof needed.",
        "Reorder portal kept our stitch file, super convenient."], "positive"),
    "sample": ([
        "实物样做得很用心，领导一看就拍板了",
        "实物样寄来很快，质感超出预期"], [
        "The physical sample won our board over straight away.",
        "The physical sample arrived quickly and looked great."], "positive"),
    "generic_pos": ([
        "整体合作很顺利，下次还会找你们",
        "很满意，同事们都说衣服好看",
        "服务不错，推荐给了兄弟学校"], [
        "Smooth from start to finish, will order again.",
        "Very happy, the team loves the new kit.",
        "Good service overall, recommended you to another school."], "positive"),
    "generic_neu": ([
        "还行，中规中矩",
        "东西收到了，暂时没什么问题"], [
        "It was fine, nothing special.",
        "Received everything, no issues so far."], "neutral"),
}
MARKERS = {"slow_proof": ("制版慢", "proof took"), "thread_colour": ("线色", "thread colour"),
           "late": ("延误", "late delivery"), "puckering": ("起皱", "puckering"),
           "stitch_praise": ("绣工", "stitching"), "invoice": ("发票", "invoice"),
           "account_manager": ("客户经理", "account manager"), "moq": ("起订量", "minimum order"),
           "price": ("报价高", "pricey"), "portal": ("返单", "reorder portal"), "sample": ("实物样", "physical sample")}


def add_fb(topic, t, channel, c=None, tp=None, lang=None, rating=None, nps=None, **kw):
    if t is not None and (t > TEND or t < T0):
        return
    zh, en, sent = TEXTS[topic]
    lang = lang or (REGIONS[c["region"]][5] if c else "zh")
    text = pick(zh if lang == "zh" else en)
    if rating is None and channel in ("post_delivery_survey", "review"):
        base = {"positive": [0.0, 0.0, 0.05, 0.35, 0.6], "negative": [0.3, 0.4, 0.25, 0.05, 0.0],
                "neutral": [0.0, 0.1, 0.6, 0.3, 0.0]}[sent]
        rating = 1 + int(rng.choice(5, p=base))
    if nps is None and channel == "post_delivery_survey":
        nps = {"positive": ri(8, 10), "negative": ri(0, 6), "neutral": ri(5, 8)}[sent]
    fid = f"FB{nxt('f'):06d}"
    row = dict(feedback_id=fid, text=text, ts=fmt(t) if t else "", customer_id=c["customer_id"] if c else "",
               touchpoint_id=tp or "", channel=channel, rating=rating if rating is not None else "",
               nps=nps if nps is not None else "", language=lang,
               region=c["region"] if c else "", 区域=REGIONS[c["region"]][0] if c else "")
    row.update(kw)
    feedback.append(row)
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))


# ---------------------------------------------------------------- customers
def season_weight(d: date, org: str) -> float:
    m = d.month
    w = 1.0
    if org == "school":
        w = {4: 1.6, 5: 2.4, 6: 2.6, 7: 1.8, 1: 0.5, 2: 0.4, 8: 0.9, 12: 0.4}.get(m, 0.7)
    elif org == "company":
        w = {3: 1.3, 9: 1.2, 10: 1.5, 11: 1.8, 12: 1.4, 2: 0.5, 1: 0.8}.get(m, 1.0)
    elif org == "event_organiser":
        w = {4: 1.4, 5: 1.4, 9: 1.5, 10: 1.4, 1: 0.4, 2: 0.4}.get(m, 1.0)
    if d.weekday() >= 5:
        w *= 0.25
    w *= 1.0 + 0.25 * ((d - T0.date()).days / 880)  # growth
    return w


def new_customer(t0, region, org):
    zh, _, cities, *_ = REGIONS[region]
    city = pick(list(cities))
    acq = pickd({"search": 0.34, "trade_show": 0.14, "referral": 0.18, "wechat": 0.16 if region in
                 ("East China", "South China", "North China") else 0.0, "linkedin": 0.0 if zh in ("华东", "华南", "华北")
                 else 0.14, "school_tender": 0.18 if org == "school" else 0.0})
    am = [k for k, v in AMS.items() if region in v[1]][0]
    c = dict(customer_id=f"C{nxt('c'):05d}", signup_at=t0 - timedelta(minutes=ri(1, 60 * 24 * 5)), region=region,
             city=city, org=org, acq=acq, am=am, device=pick(["pc", "ios", "android"], [0.66, 0.17, 0.17]),
             employees=pick(["<50", "50-249", "250-999", "1000+"], [0.35, 0.35, 0.2, 0.1]),
             net30=org == "school" or chance(0.35))
    customers.append(c)
    return c


# ---------------------------------------------------------------- the job
def price_of(product, qty, region, t):
    unit = PRODUCTS[product][2]
    if qty >= 500:
        unit *= 0.86
    elif qty >= 200:
        unit *= 0.93
    if t >= datetime(2025, 7, 1):  # thread and blank garment price rise
        unit *= 1.05
    return round(unit, 2)


def digitiser_for(t):
    pool = ["Li Na", "Zhou Qiang", "Huang Wei"] + (["Sun Yue"] if t >= datetime(2025, 6, 1) else [])
    return pick(pool)


def job(c, t0, reorder_of=None, via=None):
    """one quote -> proof -> sample -> deposit -> production -> delivery -> invoice -> payment; returns the order"""
    intl = c["region"] in ("UK", "Australia")
    product = reorder_of["product"] if reorder_of else pickd(PRODUCT_MIX[c["org"]])
    pzh, decor, _, qmed = PRODUCTS[product]
    qty = int(max(30, round(qmed * float(np.exp(rng.normal(0, 0.55))) / 10) * 10))
    sess = f"S{nxt('s'):06d}"
    variant = None
    if reorder_of is None:
        if c["acq"] in ("search", "wechat", "linkedin"):
            ev(c, "tp_site_visit", t0 - timedelta(minutes=ri(2, 40)), "view", channel="web", device=c["device"],
               session_id=sess, utm_source=c["acq"])
        qchan = "wechat" if (not intl and chance(0.12)) else "web"
        qno = f"Q{nxt('q'):06d}"
        if qchan == "web" and between(t0, "2025-03-01", "2025-08-31") and not c.get("exp"):
            variant = pick(["instant_price", "manual_quote"])
            c["exp"] = variant
            experiments.append(dict(experiment_id="instant_quote_2025", variant=variant, customer_id=c["customer_id"],
                                    assigned_at=fmt(t0), quote_no=qno, region=c["region"], org_type=c["org"]))
        rush = chance(0.12)
        ev(c, "tp_quote_request", t0, "submitted", channel=qchan, device=c["device"], session_id=sess, quote_no=qno,
           product=product, 产品=pzh, decoration=decor, 工艺=DECOR_ZH[decor], qty=qty, rush=rush,
           org_type=c["org"], 客户类型=ORG[c["org"]])
        # artwork upload
        p_up = 0.60
        if c["org"] == "event_organiser":
            p_up = 0.5
        if variant == "instant_price":
            p_up = 0.75
        elif variant == "manual_quote":
            p_up = 0.58
        if qty < 60:
            p_up -= 0.12  # small jobs balk at the minimum order / setup fee
            if chance(0.25):
                add_fb("moq", work_time(t0, ri(0, 3)), "email_ticket", c, "tp_quote_request")
        if not chance(p_up):
            if chance(0.025):
                add_fb("price", work_time(t0, ri(1, 6)), "email_ticket", c, "tp_quote_request")
            return None
        t = work_time(t0, u(0, 6))
        vector = chance(0.42)
        ev(c, "tp_artwork_upload", t, "uploaded", channel="web", device=c["device"], quote_no=qno,
           file_type=pick(["ai", "eps", "pdf"]) if vector else pick(["png", "jpg"]), vector=vector)
        # proofs
        rnd = 0
        dg = digitiser_for(t)
        first_ok = {"Li Na": 0.58, "Zhou Qiang": 0.55, "Huang Wei": 0.56, "Sun Yue": 0.30}[dg]
        if c["org"] == "school":
            first_ok -= 0.12
        while True:
            rnd += 1
            tat = u(0.6, 2.0) + (1.5 if not vector and rnd == 1 else 0) + (2.5 if between(t, "2025-05-15", "2025-07-15")
                                                                            else 0)
            t = work_time(t, tat)
            ev(c, "tp_digitising_proof", t, "sent", channel="email", quote_no=qno, proof_round=rnd, digitiser=dg,
               制版师=DIGITISERS[dg], turnaround_days=round(tat, 1), stitch_count=ri(4000, 18000))
            if rnd == 1 and tat > 3.5 and chance(0.2):
                add_fb("slow_proof", work_time(t, u(0, 2)), "email_ticket", c, "tp_digitising_proof")
            ok = first_ok + 0.18 * (rnd - 1)
            if chance(min(ok, 0.95)):
                t = work_time(t, u(0.1, 3))
                ev(c, "tp_proof_approved", t, "approved", channel="web", device=c["device"], quote_no=qno,
                   proof_round=rnd, digitiser=dg, 制版师=DIGITISERS[dg])
                break
            t = work_time(t, u(0.2, 3))
            w = {"thread_colour": 0.36, "logo_size": 0.2, "text_too_small": 0.14, "placement": 0.18, "spelling": 0.12}
            if c["org"] == "school":
                w = {"thread_colour": 0.18, "logo_size": 0.12, "text_too_small": 0.48, "placement": 0.12,
                     "spelling": 0.10}
            reason = pickd(w)
            ev(c, "tp_proof_revision", t, "changes_requested", channel="email", quote_no=qno, proof_round=rnd,
               digitiser=dg, 制版师=DIGITISERS[dg], revision_reason=reason, 改稿原因=REV_REASONS[reason])
            if reason == "thread_colour" and rnd >= 2 and chance(0.3):
                add_fb("thread_colour", work_time(t, u(0, 1)), "email_ticket", c, "tp_proof_revision")
            if chance(0.07 + 0.04 * rnd):
                return None
        if not chance(0.86):  # lost after sign-off (budget, went elsewhere)
            return None
        # physical sample for big or first school jobs
        if qty >= 400 or (c["org"] == "school" and chance(0.5)) or chance(0.1):
            for k in range(2):
                t = work_time(t, u(2, 5))
                ev(c, "tp_sample_sent", t, "sent", channel="other", quote_no=qno,
                   courier="dhl" if intl else "sf_express", sample_round=k + 1)
                t = work_time(t, u(3, 7) if intl else u(1, 4))
                okk = chance(0.82)
                ev(c, "tp_sample_review", t, "approved" if okk else "changes_requested", channel="email",
                   quote_no=qno, sample_round=k + 1)
                if okk:
                    if chance(0.06):
                        add_fb("sample", work_time(t, u(0, 2)), "email_ticket", c, "tp_sample_review")
                    break
            else:
                return None
            if not chance(0.92):
                return None
        t = work_time(t, u(0.5, 6))
    else:
        qno = f"Q{nxt('q'):06d}"
        t = t0
        rush = chance(0.1)
        ev(c, "tp_reorder", t, "submitted", channel="web" if via == "portal" else "email", device=c["device"],
           quote_no=qno, reorder_via=via, product=product, 产品=pzh, qty=qty, previous_order=reorder_of["order_id"])
        if not chance(0.90 if via == "portal" else 0.72):
            return None
        t = work_time(t, u(0.1, 3) if via == "portal" else u(1, 9))
        if via == "portal" and chance(0.07):
            add_fb("portal", work_time(t, u(0, 3)), "email_ticket", c, "tp_reorder")
    if t > TEND:
        return None
    # ---- deposit = the order
    unit = price_of(product, qty, c["region"], t)
    setup = 0 if reorder_of else (180 if decor == "embroidery" else 120)
    amount = round(qty * unit * (1.15 if rush else 1.0) + setup, 2)
    cur, fx = REGIONS[c["region"]][3], REGIONS[c["region"]][4]
    dep_pct = 50 if (reorder_of is None and not c.get("orders")) else 30
    factory = "Dongguan" if decor == "embroidery" else "Ningbo"
    lead = (13 if qty < 300 else 19) + (9 if intl else 4) - (5 if rush else 0)
    promised = (t + timedelta(days=lead)).date()
    oid = f"SO{nxt('o'):06d}"
    o = dict(order_id=oid, customer_id=c["customer_id"], ts=fmt(t), amount=amount, status="paid",
             order_type="reorder" if reorder_of else "new", 订单类型="返单" if reorder_of else "新单",
             product=product, 产品=pzh, decoration=decor, 工艺=DECOR_ZH[decor], qty=qty, unit_price_cny=unit,
             setup_fee_cny=setup, rush=rush, currency=cur, amount_local=round(amount / fx, 2),
             deposit_pct=dep_pct, deposit_cny=round(amount * dep_pct / 100, 2), factory=factory,
             工厂="东莞工厂" if factory == "Dongguan" else "宁波工厂", region=c["region"], 区域=REGIONS[c["region"]][0],
             org_type=c["org"], 客户类型=ORG[c["org"]], account_manager=c["am"], 客户经理=AMS[c["am"]][0],
             payment_terms="net_30" if c["net30"] else "due_on_receipt", promised_date=str(promised),
             delivered_at="", days_late="", reorder_via=via or "", quote_no=qno)
    orders.append(o)
    c.setdefault("orders", []).append(o)
    ev(c, "tp_deposit_paid", t, "paid", channel="other", order_no=oid, quote_no=qno, deposit_cny=o["deposit_cny"],
       deposit_pct=dep_pct, product=product, 产品=pzh, qty=qty)
    if chance(0.025):
        o["status"] = "cancelled"
        o["cancel_reason"] = pick(["event_cancelled", "budget_cut", "design_change", "duplicate_order"])
        return o
    # ---- production
    prod = (4 if qty < 300 else 7) + u(0, 3) - (2 if rush else 0)
    if between(t, "2025-07-10", "2025-09-10"):  # back-to-school crunch in 2025 (no overtime approved)
        prod += u(5, 11)
    elif between(t, "2024-07-10", "2024-09-10"):
        prod += u(0, 3)
    for a, b in (("2024-01-20", "2024-02-18"), ("2025-01-12", "2025-02-06"), ("2026-01-31", "2026-02-26")):
        if between(t, a, b):  # Chinese New Year shutdown
            prod += 12
    if chance(0.08):
        prod += u(2, 6)
    tp = work_time(t, 2 + prod)
    line = (pick(["DG-L1", "DG-L2", "DG-L3", "DG-L4"]) if factory == "Dongguan" else pick(["NB-P1", "NB-P2"]))
    ev(c, "tp_production", tp, "completed", channel="other", order_no=oid, factory=factory, 工厂=o["工厂"], line=line,
       units=qty, product=product, 产品=pzh)
    # ---- QC
    issue = line == "DG-L3" and between(tp, "2025-08-04", "2025-09-28")
    rate = 0.085 if issue else (0.012 + 0.01 * rng.random())
    rej = int(rng.binomial(qty, rate))
    if decor == "embroidery":
        reason = "puckering" if issue else pickd({"thread_break": 0.38, "misalignment": 0.24, "puckering": 0.12,
                                                   "colour_mismatch": 0.16, "stain": 0.10})
    else:
        reason = pickd({"print_cracking": 0.35, "misalignment": 0.25, "colour_mismatch": 0.25, "stain": 0.15})
    tq = work_time(tp, u(0.1, 1))
    ev(c, "tp_qc_check", tq, "inspected", channel="other", order_no=oid, factory=factory, 工厂=o["工厂"], line=line,
       product=product, 产品=pzh,
       units_inspected=qty, units_rejected=rej, reject_reason=reason if rej else "",
       次品原因=QC_REASONS[reason] if rej else "", qc_passed=rej <= qty * 0.05)
    extra = 0.0
    if rej > qty * 0.05:
        extra = u(3, 6)  # remake the rejects
    # ---- ship
    courier = ("dhl" if c["region"] == "UK" else "fedex") if intl else ("sf_express" if qty < 300 or rush else "deppon")
    ts_ = work_time(tq, u(0.2, 1.2) + extra)
    ev(c, "tp_shipped", ts_, "dispatched", channel="other", order_no=oid, courier=courier, 快递=COURIER_ZH[courier],
       cartons=max(1, qty // 80))
    transit = {"sf_express": u(1, 2.5), "deppon": u(2.5, 5.5), "dhl": u(3, 6), "fedex": u(4, 8)}[courier]
    if courier == "deppon" and chance(0.3):
        transit += u(5, 10)
    td = work_time(ts_, transit)
    late = max(0, (td.date() - promised).days)
    if td <= TEND:
        o["delivered_at"] = fmt(td)
        o["days_late"] = late
    ev(c, "tp_delivered", td, "delivered", channel="other", order_no=oid, courier=courier, 快递=COURIER_ZH[courier],
       on_time=late == 0, days_late=late, transit_days=round(transit, 1))
    if td > TEND:
        return o
    # ---- claims and feedback
    if late >= 3 and chance(0.45 if c["org"] != "school" else 0.35):
        tc = work_time(td, u(0.5, 4))
        ev(c, "tp_late_claim", tc, "claimed", channel="email", order_no=oid, days_late=late,
           claim_cny=round(amount * pick([0.05, 0.1, 0.15]), 2),
           resolution=pickd({"credit_note": 0.55, "partial_refund": 0.25, "rejected": 0.2}))
        if chance(0.65):
            add_fb("late", work_time(tc, u(0, 2)), "email_ticket", c, "tp_late_claim", order_no=oid)
    if issue and rej > 0 and chance(0.35):
        add_fb("puckering", work_time(td, u(0, 5)), pick(["email_ticket", "post_delivery_survey"]), c,
               "tp_qc_check", order_no=oid)
    if chance(0.42):  # post-delivery survey
        if late >= 3:
            topic = pickd({"late": 0.7, "generic_neu": 0.2, "account_manager": 0.1})
        elif issue and rej > 0:
            topic = pickd({"puckering": 0.6, "generic_neu": 0.3, "stitch_praise": 0.1})
        else:
            topic = pickd({"stitch_praise": 0.32 if decor == "embroidery" else 0.08, "generic_pos": 0.3,
                           "account_manager": 0.14, "generic_neu": 0.12, "price": 0.025, "thread_colour": 0.04,
                           "portal": 0.12 if via == "portal" else 0.0, "sample": 0.05})
        add_fb(topic, work_time(td, u(1, 8)), "post_delivery_survey", c, "tp_delivered", order_no=oid)
    # ---- invoice and payment
    ti = work_time(td, u(0, 2))
    bal = round(amount * (100 - dep_pct) / 100, 2)
    ev(c, "tp_invoice", ti, "issued", channel="email", order_no=oid, invoice_no=f"INV{nxt('i'):06d}",
       invoice_cny=bal, payment_terms=o["payment_terms"], 付款条件="月结30天" if c["net30"] else "见票即付")
    if c["org"] == "school":
        dtp = rng.normal(41, 11)
    elif c["net30"]:
        dtp = rng.normal(26, 7)
    else:
        dtp = rng.normal(6, 4)
    if chance(0.04):
        dtp += 30
        add_fb("invoice", work_time(ti, u(2, 10)), "email_ticket", c, "tp_invoice")
    dtp = max(0.3, dtp)
    tpay = work_time(ti, dtp)
    if tpay <= TEND:
        ev(c, "tp_payment", tpay, "received", channel="other", order_no=oid, amount_cny=bal,
           days_to_pay=int((tpay.date() - ti.date()).days), payment_terms=o["payment_terms"],
           overdue=o["payment_terms"] == "net_30" and (tpay.date() - ti.date()).days > 30)
    # ---- account manager check-in
    if chance(0.2):
        ev(c, "tp_am_checkin", work_time(td, u(5, 20)), "call", channel="phone", account_manager=c["am"],
           客户经理=AMS[c["am"]][0])
    o["_delivered"] = td
    return o


def u(a, b):
    return float(a + (b - a) * rng.random())


def run_customer(c, t0):
    o = job(c, t0)
    if o is None:
        if chance(0.15):  # tries again later with another quote
            t1 = work_time(t0, u(20, 200))
            if t1 <= TEND:
                o = job(c, t1)
        if o is None:
            return
    n = 0
    while o is not None and o.get("_delivered") and n < 4:
        base = o["_delivered"]
        if c["org"] == "school":
            p, gap = 0.55, (300, 380)
        elif c["org"] == "event_organiser":
            p, gap = 0.3, (60, 240)
        else:
            p, gap = 0.42, (45, 300)
        if not chance(p):
            return
        t = work_time(base, u(*gap))
        if t > TEND:
            return
        portal = t >= datetime(2025, 4, 1) and chance(0.62)
        if chance(0.25):  # a new design instead of a repeat
            o2 = job(c, t)
        else:
            o2 = job(c, t, reorder_of=o, via="portal" if portal else "email")
        if o2 is None:
            return
        o = o2
        n += 1


def am_notes(n=150):
    """account managers' call notes pasted from the CRM without a date"""
    pool = [c for c in customers if c.get("orders")]
    for _ in range(n):
        c = pool[int(rng.integers(len(pool)))]
        topic = pickd({"account_manager": 0.22, "late": 0.22, "invoice": 0.12, "price": 0.10, "generic_pos": 0.14,
                       "generic_neu": 0.12, "moq": 0.08})
        add_fb(topic, None, "am_call_note", c, "tp_am_checkin", account_manager=c["am"])


def reviews(n=210):
    """public reviews (Google for UK/AU, 1688 store reviews in China); some imported without dates"""
    pool = [c for c in customers if c.get("orders")]
    for _ in range(n):
        c = pool[int(rng.integers(len(pool)))]
        o = c["orders"][-1]
        t = datetime.fromisoformat(o["ts"]) + timedelta(days=u(15, 60))
        if t > TEND:
            continue
        late = isinstance(o["days_late"], int) and o["days_late"] >= 3
        topic = pickd({"late": 0.5 if late else 0.06, "stitch_praise": 0.25, "generic_pos": 0.25, "price": 0.1,
                       "puckering": 0.04, "slow_proof": 0.06, "account_manager": 0.08})
        platform = "google" if c["region"] in ("UK", "Australia") else "alibaba_1688"
        add_fb(topic, None if chance(0.3) else t, "review", c, None, platform=platform)


def arrivals(n=3200):
    days = []
    d = T0.date()
    while d <= (TEND - timedelta(days=20)).date():
        days.append(d)
        d += timedelta(days=1)
    out = []
    for org, share in {"company": 0.52, "school": 0.26, "sports_club": 0.10, "event_organiser": 0.12}.items():
        w = np.array([season_weight(x, org) for x in days])
        k = int(round(n * share))
        for i in rng.choice(len(days), k, p=w / w.sum()):
            h = 8.5 + rng.random() * 10
            t = datetime.combine(days[int(i)], datetime.min.time()) + timedelta(hours=h)
            region = pickd({r: v[1] for r, v in REGIONS.items()})
            out.append((t, region, org))
    out.sort()
    return out


def write(path: Path, rows, cols=None):
    if cols is None:
        cols = []
        for r in rows:
            for k in r:
                if k not in cols and not k.startswith("_"):
                    cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k, "")) for k in cols})


def check_markers():
    for topic, (zh, en, _) in TEXTS.items():
        for key, (mz, me) in MARKERS.items():
            for s in zh + en:
                has = mz in s or me.lower() in s.lower()
                assert has == (key == topic), (topic, key, s)


def main(out: Path) -> None:
    check_markers()
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    for t0, region, org in arrivals():
        c = new_customer(t0, region, org)
        run_customer(c, t0)
    am_notes()
    reviews()
    # QC rows re-sent by the ERP bridge in October 2025 (same event_id, loaded once)
    qc = [e for e in events if e["touchpoint_id"] == "tp_qc_check" and e["ts"].startswith("2025-10")]
    dups = [dict(qc[int(k)]) for k in rng.choice(len(qc), 12, replace=False)]
    # customers table
    cust = []
    seen = {e["customer_id"] for e in events}
    for c in customers:
        if c["customer_id"] not in seen:
            continue
        mine = [o for o in c.get("orders", []) if o["status"] == "paid"]
        spend = sum(o["amount"] for o in mine)
        if not mine:
            seg = "prospect"
        elif max(o["ts"] for o in mine) < fmt(EXTRACT - timedelta(days=365)):
            seg = "at_risk"
        elif spend >= 80000:
            seg = "key_account"
        elif len(mine) >= 2:
            seg = "returning"
        else:
            seg = "new"
        tier = "gold" if spend >= 60000 else ("silver" if spend >= 20000 else "standard")
        cust.append(dict(customer_id=c["customer_id"], signup_at=fmt(c["signup_at"]), segment=seg, region=c["region"],
                         区域=REGIONS[c["region"]][0], acquisition_channel=c["acq"], 获客渠道=ACQ[c["acq"]], tier=tier,
                         org_type=c["org"], 客户类型=ORG[c["org"]], city=c["city"],
                         城市=REGIONS[c["region"]][2][c["city"]], account_manager=c["am"], 客户经理=AMS[c["am"]][0],
                         employees=c["employees"], payment_terms="net_30" if c["net30"] else "due_on_receipt",
                         lifetime_spend_cny=round(spend, 2), paid_orders=len(mine)))
    ev_rows = sorted(events + dups, key=lambda e: (e["ts"], e["event_id"]))
    tps = [dict(touchpoint_id=a, name=b, name_zh=b, name_en=cc, stage=d, channel=e, kind=f, owner=g, aliases=h)
           for a, b, cc, d, e, f, g, h in TOUCHPOINTS]
    js = [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k, touchpoint_id=tp,
               window_days=w) for j, zh, en, steps, w in JOURNEYS for k, tp in enumerate(steps, 1)]
    write(out / "touchpoints.csv", tps)
    write(out / "journeys.csv", js)
    write(out / "customers.csv", cust)
    write(out / "events.csv", ev_rows)
    write(out / "orders.csv", sorted(orders, key=lambda o: (o["ts"], o["order_id"])))
    write(out / "feedback.csv", sorted(feedback, key=lambda f: (f["ts"] or "9999", f["feedback_id"])))
    write(out / "experiments.csv", experiments)
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
