"""工采通 ProcureLink: a B2B industrial-supplies marketplace for business buyers, 2025-01-01 .. 2026-06-30.

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

SEED = 731_2026
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 0)
N_COMP = 760
D = timedelta

REGIONS = [("华东", "East China"), ("华南", "South China"), ("华北", "North China"), ("华中", "Central China"),
           ("西南", "Southwest China")]
REGION_W = [0.34, 0.22, 0.18, 0.14, 0.12]
CITIES = {"华东": ["苏州", "宁波", "上海", "杭州", "无锡"], "华南": ["东莞", "深圳", "佛山", "广州"],
          "华北": ["天津", "北京", "石家庄"], "华中": ["武汉", "长沙", "郑州"], "西南": ["成都", "重庆", "昆明"]}
REPS = {"华东": ["SR01", "SR02", "SR03"], "华南": ["SR04", "SR05"], "华北": ["SR06", "SR07"], "华中": ["SR08"],
        "西南": ["SR09"]}
REP_NAME = {"SR01": "王磊", "SR02": "李娜", "SR03": "陈静", "SR04": "黄志强", "SR05": "林晓燕", "SR06": "张伟",
            "SR07": "孙浩", "SR08": "刘洋", "SR09": "赵敏"}
BAD_REP = "SR07"                       # quotes priced high, low quote -> PO conversion
INDUSTRIES = [("制造业", "Manufacturing"), ("建筑工程", "Construction"), ("汽车零部件", "Auto parts"),
              ("电子电气", "Electronics"), ("食品加工", "Food processing"), ("物业设施", "Facility management")]
IND_W = [0.30, 0.18, 0.16, 0.15, 0.11, 0.10]
IND_SUFFIX = ["机械制造", "建设工程", "汽车配件", "电子科技", "食品", "物业服务"]
SIZES = [("小微企业", "small"), ("中型企业", "medium"), ("大型企业", "large")]
SIZE_W = [0.50, 0.35, 0.15]
SIZE_MULT = [0.6, 1.2, 2.6]
SIZE_RATE = [0.7, 1.1, 1.8]         # RFQs per account per month while active
CATS = [("紧固件", "Fasteners"), ("电工电气", "Electrical"), ("劳保用品", "Safety & PPE"), ("五金工具", "Tools"),
        ("轴承传动", "Bearings & transmission"), ("化工胶粘", "Chemicals & adhesives"),
        ("仪器仪表", "Instruments")]
CAT_W = {  # by industry
    0: [.22, .14, .12, .16, .18, .10, .08], 1: [.24, .20, .22, .18, .04, .08, .04],
    2: [.20, .10, .10, .14, .24, .14, .08], 3: [.10, .34, .10, .12, .06, .10, .18],
    4: [.08, .14, .26, .10, .14, .18, .10], 5: [.14, .30, .22, .20, .04, .06, .04]}
CAT_MEAN = [7000, 14000, 5500, 9000, 18000, 8500, 32000]
CAT_LEAD = [5, 7, 4, 6, 10, 6, 16]
SLOW_CAT = 6                           # 仪器仪表: long quote -> PO decision (technical review)
ACQ = ["sales_outreach", "search_ads", "trade_show", "referral", "wechat"]
ACQ_W = [0.36, 0.24, 0.14, 0.16, 0.10]

# planted windows
REORG_FROM, REORG_TO = datetime(2025, 7, 1), datetime(2025, 10, 1)   # sales-team reorg: slow quotes, fewer POs

TOUCHPOINTS = [
    ("tp_site_visit", "官网访问", "Website visit", "awareness", "web", "digital", "marketing",
     "访问官网|浏览网站|落地页|website visit|landing page|site visit"),
    ("tp_register", "企业注册", "Company registration", "consideration", "web", "digital", "growth",
     "注册|开户|注册账号|sign up|registration|account signup"),
    ("tp_verify_submit", "提交企业认证", "Verification submitted", "consideration", "web", "digital", "risk",
     "提交认证|上传营业执照|企业认证申请|submit verification|KYB submission|upload business license"),
    ("tp_verified", "企业认证通过", "Company verified", "consideration", "other", "digital", "risk",
     "认证通过|企业认证|审核通过|verified|verification approved|KYB approved"),
    ("tp_verify_rejected", "企业认证驳回", "Verification rejected", "consideration", "other", "digital", "risk",
     "认证失败|认证被驳回|审核不通过|verification rejected|KYB rejected|verification failed"),
    ("tp_credit_apply", "账期申请", "Credit terms application", "consideration", "web", "digital", "finance",
     "申请账期|申请授信|授信申请|credit application|apply for terms|net terms application"),
    ("tp_credit_approved", "账期审批通过", "Credit terms approved", "consideration", "other", "digital", "finance",
     "账期批下来|授信通过|credit approved|terms approved"),
    ("tp_catalog", "浏览商品", "Catalog browse", "consideration", "web", "digital", "product",
     "看商品|商品目录|选型|搜索商品|catalog|catalogue|product search|browse"),
    ("tp_rfq", "提交询价", "RFQ submitted", "consideration", "web", "digital", "sales",
     "询价|询价单|发起询价|RFQ|request for quote|quote request|quotation request"),
    ("tp_quote_received", "收到报价", "Quote received", "consideration", "email", "digital", "sales",
     "报价|报价单|销售报价|quote|quotation|quote sent|price quote"),
    ("tp_reorder", "再来一单", "Reorder", "loyalty", "web", "digital", "product",
     "复购|再次采购|一键复购|再下一单|reorder|repeat order|buy again"),
    ("tp_po", "下采购单", "Purchase order placed", "purchase", "web", "digital", "sales",
     "下单|采购单|采购订单|下PO|PO|purchase order|order placed"),
    ("tp_po_cancel", "取消采购单", "PO cancelled", "purchase", "web", "digital", "sales",
     "取消订单|撤单|取消采购|cancel PO|order cancellation"),
    ("tp_payment", "付款", "Payment", "purchase", "web", "digital", "finance",
     "付款|支付|打款|对公转账|回款|payment|bank transfer|pay|remittance"),
    ("tp_shipped", "发货", "Shipped", "purchase", "other", "physical", "logistics",
     "发货|出库|物流发出|shipped|dispatch|shipment"),
    ("tp_received", "收货验收", "Goods received", "purchase", "other", "physical", "logistics",
     "收货|签收|到货|验收|goods receipt|received|delivery|GRN"),
    ("tp_invoice", "开具发票", "Invoice issued", "service", "email", "digital", "finance",
     "开票|发票|增值税专票|专票|invoice|invoicing|VAT invoice|billing"),
    ("tp_return", "退货退款", "Return / refund", "service", "other", "physical", "customer_service",
     "退货|退款|退换货|return|refund|RMA"),
    ("tp_support", "客服工单", "Support ticket", "service", "phone", "digital", "customer_service",
     "客服|工单|售后|投诉|support ticket|customer service|complaint"),
]

JOURNEYS = [
    ("onboarding", "注册认证到首次询价", "Onboarding to first RFQ", 30,
     ["tp_register", "tp_verify_submit", "tp_verified", "tp_rfq"]),
    ("rfq_to_po", "询价到下单", "RFQ to purchase order", 30, ["tp_rfq", "tp_quote_received", "tp_po"]),
    ("fulfilment", "下单到开票", "PO to invoice", 45, ["tp_po", "tp_shipped", "tp_received", "tp_invoice"]),
    ("reorder", "收货后复购", "Reorder after delivery", 60, ["tp_received", "tp_reorder", "tp_po"]),
]

TEXTS = {
    "late": (["到货延迟了{d}天，产线差点停工，希望交期能靠谱点",
              "承诺{lead}天到货，结果晚到了{d}天，项目进度被拖累",
              "{cat}又推迟交货了，催了好几次物流才动",
              "交期一拖再拖，这批{cat}晚到一周多"],
             ["Delivery was {d} days late, our line almost stopped",
              "Promised {lead} days lead time but the {cat_en} arrived {d} days late",
              "Shipment delayed again, had to chase logistics several times"]),
    "spec": (["收到的{cat}规格不对，型号和采购单上的不一致，只能退货",
              "发错货了，要的是M8的，送来的是M10，耽误安装",
              "型号不对，验收没通过，已经申请退货退款"],
             ["Wrong spec delivered - the {cat_en} model doesn't match our PO, returning it",
              "Received the wrong size, had to reject at goods receipt",
              "Items were the wrong model, we requested a return and refund"]),
    "invoice": (["发票开错了，抬头和税号都不对，财务退回来要求重开",
                 "增值税专票税率开错，月底没法认证抵扣",
                 "发票金额和采购单对不上，已经第二次了",
                 "专票迟迟开不对，开票信息明明提交过"],
                ["The invoice was wrong - company name and tax ID incorrect, finance rejected it",
                 "Wrong VAT rate on the invoice again, we can't book it",
                 "Invoice amount doesn't match the purchase order, second time this happens"]),
    "price": (["价格实惠，比我们原来的供应商便宜不少", "报价有优势，同样的{cat}比别家便宜",
               "价格很有竞争力，品类也全，继续合作", "价格实惠，账期也方便"],
              ["Good prices, cheaper than our previous supplier", "Very competitive prices on {cat_en}",
               "Great prices and a wide range, we will keep ordering"]),
    "slow_quote": (["报价太慢了，等了好几天才有回复", "询价后迟迟没有报价，项目都快等不及了",
                    "等报价等了一个星期，只好先找别家"],
                   ["The quote took almost a week to arrive", "Waiting for a quote for days, nobody replied",
                    "Slow quote turnaround, we had to buy elsewhere"]),
    "expensive": (["报价偏高，比市场价贵了一截", "这次的报价太贵了，没法走采购审批", "销售给的报价偏高，议价空间也小"],
                  ["The quote was too high compared with the market", "Quote was overpriced, our approval was refused",
                   "Quotes from our account manager are consistently too high"]),
    "good": (["到货及时，包装完好，验收顺利", "平台下单方便，物流跟踪清楚", "销售响应快，问题处理得很及时",
              "货品质量不错，和描述一致"],
             ["On-time delivery, well packed, passed inspection", "Ordering is easy and tracking is clear",
              "Responsive account manager, issues handled quickly", "Quality as described, happy with it"]),
    "meh": (["还行，物流可以再快一点", "整体一般，平台搜索不太好用", "可以吧，有些型号经常缺货"],
            ["It's okay, shipping could be faster", "Average overall, product search is clumsy",
             "Fine, but some models are often out of stock"]),
}


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, customers = [], [], [], []
    cnt = {"e": 0, "o": 0, "f": 0, "r": 0, "ro": 0}

    def nid(k, prefix, width):
        cnt[k] += 1
        return f"{prefix}{cnt[k]:0{width}d}"

    def fmt(t):
        return t.strftime("%Y-%m-%d %H:%M:%S")

    def ev(a, t, tp, action, **kw):
        if t > END:
            return False
        row = {"event_id": nid("e", "E", 7), "customer_id": a["customer_id"], "ts": fmt(t), "touchpoint_id": tp,
               "action": action, "device": kw.pop("device", a["device"]), "channel": kw.pop("channel", "web"),
               "session_id": kw.pop("session_id", ""), "buyer_company_id": a["buyer_company_id"],
               "region": a["region"], "地区": a["地区"], "sales_rep": a["sales_rep"]}
        row.update(kw)
        events.append(row)
        return True

    def work_time(day, lo=9, hi=18):
        return day.replace(hour=0, minute=0, second=0) + D(hours=float(rng.uniform(lo, hi)))

    def comment(a, t, topic, channel, tp, rating=None, nps=None, ts_drop=0.05, **kw):
        if t is not None and t > END:
            return
        zh = a["language"] == "zh"
        pool = TEXTS[topic][0 if zh else 1]
        text = pool[int(rng.integers(len(pool)))]
        ci = kw.pop("cat", None)
        text = text.format(d=kw.pop("d", 3), lead=kw.pop("lead", 7), cat=CATS[ci][0] if ci is not None else "货",
                           cat_en=CATS[ci][1].lower() if ci is not None else "goods")
        label = {"late": "neg", "spec": "neg", "invoice": "neg", "slow_quote": "neg", "expensive": "neg",
                 "price": "pos", "good": "pos", "meh": "neu"}[topic]
        if label == "pos" and rating is not None and rating <= 3:
            label = "neu"
        feedback.append({"feedback_id": nid("f", "FB", 5), "text": text,
                         "ts": "" if (t is None or rng.random() < ts_drop) else fmt(t),
                         "customer_id": a["customer_id"], "touchpoint_id": tp, "channel": channel,
                         "rating": "" if rating is None else rating, "nps": "" if nps is None else nps,
                         "language": a["language"], "buyer_company_id": a["buyer_company_id"],
                         "region": a["region"], "地区": a["地区"], "sales_rep": a["sales_rep"],
                         "sentiment_label": label, **kw})

    # ---------------- companies and accounts
    accounts = []
    legacy_sign = (datetime(2023, 3, 1), datetime(2024, 12, 31))
    for k in range(N_COMP):
        ri = int(rng.choice(5, p=REGION_W))
        zh_r, en_r = REGIONS[ri]
        ii = int(rng.choice(6, p=IND_W))
        si = int(rng.choice(3, p=SIZE_W))
        city = CITIES[zh_r][int(rng.integers(len(CITIES[zh_r])))]
        word = ["恒力", "华通", "精工", "鑫达", "宏远", "博瑞", "中联", "瑞丰", "永泰", "金鼎", "德川", "联创", "海川",
                "申达", "盛源"][int(rng.integers(15))]
        comp = {"buyer_company_id": f"C{k + 1:04d}", "company_name": f"{city}{word}{IND_SUFFIX[ii]}有限公司",
                "region": en_r, "地区": zh_r, "city": city, "industry": INDUSTRIES[ii][1], "行业": INDUSTRIES[ii][0],
                "company_size": SIZES[si][1], "企业规模": SIZES[si][0], "_ii": ii, "_si": si,
                "sales_rep": REPS[zh_r][int(rng.integers(len(REPS[zh_r])))],
                "acquisition_channel": ACQ[int(rng.choice(5, p=ACQ_W))],
                "language": "en" if rng.random() < 0.2 else "zh"}
        comp["sales_rep_name"] = REP_NAME[comp["sales_rep"]]
        legacy = rng.random() < 0.3
        if legacy:
            s = legacy_sign[0] + D(days=float(rng.uniform(0, (legacy_sign[1] - legacy_sign[0]).days)))
        else:  # growing sign-ups
            s = START + D(days=float((END - START).days * np.sqrt(rng.uniform(0.02, 1.0)) - 3))
        # credit terms (company level): large companies apply more
        p_apply = [0.28, 0.50, 0.75][si]
        comp["_apply"] = rng.random() < p_apply
        comp["_approved"] = comp["_apply"] and rng.random() < 0.82
        comp["payment_terms"] = ("net60" if si == 2 and rng.random() < 0.5 else "net30") if comp["_approved"] \
            else "prepay"
        comp["payment_terms_days"] = {"prepay": 0, "net30": 30, "net60": 60}[comp["payment_terms"]]
        comp["credit_limit"] = 0 if comp["payment_terms"] == "prepay" else int(
            rng.choice([50000, 100000, 200000, 500000], p=[.3, .35, .25, .1]) * (2 if si == 2 else 1))
        comp["_state"] = {"tf": None}     # shared by the company's accounts: credit terms effective from
        n_acc = 2 if rng.random() < 0.16 else 1
        for j in range(n_acc):
            a = dict(comp)
            a["customer_id"] = f"U{len(accounts) + 1:05d}"
            a["signup_at"] = s if j == 0 else s + D(days=float(rng.uniform(20, 200)))
            a["_legacy"] = a["signup_at"] < START    # migrated accounts: no onboarding events
            a["_primary"] = j == 0
            a["device"] = "pc" if rng.random() < 0.8 else ("ios" if rng.random() < 0.5 else "android")
            if a["signup_at"] <= END - D(days=1):
                accounts.append(a)

    # ---------------- per account activity
    for a in accounts:
        si, ii = a["_si"], a["_ii"]
        sign = a["signup_at"]
        a["_pos"] = []          # (ts, paid amount or None)
        a["_reorders"] = 0
        start_buy = None
        if a["_legacy"]:
            start_buy = max(START, sign) + D(days=float(rng.uniform(0, 40)))
            terms_from = START if a["_approved"] else None
            if terms_from and a["_primary"]:
                a["_state"]["tf"] = terms_from
        else:
            t = work_time(sign, 8, 22)
            if rng.random() < 0.6:
                ev(a, t - D(minutes=float(rng.uniform(3, 600))), "tp_site_visit", "view",
                   channel="ads" if a["acquisition_channel"] == "search_ads" else "web")
            ev(a, t, "tp_register", "submit")
            terms_from = None
            if rng.random() < 0.87:
                t = t + D(days=float(rng.exponential(2.0)) + 0.05)
                ev(a, t, "tp_verify_submit", "submit")
                if rng.random() < 0.86:
                    t = t + D(days=float(rng.uniform(0.5, 4.5)))
                    ev(a, t, "tp_verified", "success", channel="other", device="")
                    if a["_apply"] and a["_primary"]:
                        ta = t + D(days=float(rng.uniform(1, 20)))
                        ev(a, ta, "tp_credit_apply", "submit")
                        tb = ta + D(days=float(rng.uniform(2, 12)))
                        if a["_approved"] and ev(a, tb, "tp_credit_approved", "success", channel="other",
                                                 device=""):
                            terms_from = tb
                            a["_state"]["tf"] = tb
                    elif not a["_primary"] and a["_state"]["tf"] is not None:
                        terms_from = max(t, a["_state"]["tf"])   # second account of an approved company
                    if rng.random() < 0.7:
                        start_buy = t + D(days=float(rng.exponential(6)) + 0.1)
                else:
                    ev(a, t + D(days=float(rng.uniform(0.5, 4))), "tp_verify_rejected", "fail", channel="other",
                       device="")
        if start_buy is None:
            a["_terms_from"] = terms_from
            continue
        a["_terms_from"] = terms_from
        life = float(rng.exponential(1100 if a["_approved"] else 750))
        stop = min(END, start_buy + D(days=life))
        t = start_buy
        rate = SIZE_RATE[si] / 30.0
        first = True
        while t <= stop:
            rfq(a, t, rng, ev, comment, orders, nid, work_time, fmt)
            if first:
                first = False
            t = t + D(days=float(rng.exponential(1 / rate)) + 0.5)

    # ---------------- quarterly account survey
    for a in accounts:
        if not a["_pos"] and not a["_legacy"]:
            continue
        st = max(a["signup_at"], START) + D(days=float(rng.uniform(30, 100)))
        while st <= END:
            if rng.random() < 0.2:
                bad = a["sales_rep"] == BAD_REP and rng.random() < 0.5
                inv = a["地区"] == "华南" and rng.random() < 0.25
                if bad:
                    comment(a, st, "expensive", "account_survey", "tp_quote_received", rating=int(rng.choice([1, 2])),
                            nps=int(rng.integers(0, 6)), ts_drop=0.15)
                elif inv:
                    comment(a, st, "invoice", "account_survey", "tp_invoice", rating=int(rng.choice([2, 3])),
                            nps=int(rng.integers(3, 7)), ts_drop=0.15)
                else:
                    r = rng.random()
                    topic = "price" if r < 0.35 else ("good" if r < 0.7 else "meh")
                    comment(a, st, topic, "account_survey", "tp_quote_received" if topic == "price" else "tp_catalog",
                            rating=int(rng.choice([4, 5])) if topic != "meh" else 3,
                            nps=int(rng.integers(8, 11)) if topic != "meh" else int(rng.integers(5, 8)), ts_drop=0.15)
            st += D(days=float(rng.uniform(85, 100)))

    # ---------------- customer facts at the end
    comp_spend = {}
    for a in accounts:
        rec = sum(x for (d, x) in a["_pos"] if x is not None and d > END - D(days=365))
        comp_spend[a["buyer_company_id"]] = comp_spend.get(a["buyer_company_id"], 0) + rec
        last = max((d for (d, x) in a["_pos"]), default=None)
        if not a["_legacy"] and a["signup_at"] > END - D(days=90):
            seg = "new"
        elif last is None:
            seg = "inactive"
        elif last > END - D(days=90):
            seg = "active"
        elif last > END - D(days=180):
            seg = "at_risk"
        else:
            seg = "churned"
        a["segment"] = seg
        a["signup_at"] = fmt(a["signup_at"])
    verified = {e["customer_id"] for e in events if e["touchpoint_id"] == "tp_verified" and e["action"] == "success"}
    sp = sorted(v for v in comp_spend.values() if v > 0)
    cut1, cut2 = sp[int(len(sp) * 0.9)], sp[int(len(sp) * 0.6)]
    for a in accounts:
        if a["_state"]["tf"] is None:    # never got terms approved: pays in advance
            a.update(payment_terms="prepay", payment_terms_days=0, credit_limit=0)
        v = comp_spend[a["buyer_company_id"]]
        a["tier"] = "strategic" if v >= cut1 else ("key" if v >= cut2 else "standard")
        a["verified"] = "true" if (a["_legacy"] or a["customer_id"] in verified) else "false"
        customers.append(a)

    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    # a few exact duplicate rows (the logistics webhook re-sends shipment scans)
    dup = [dict(e) for e in events if e["touchpoint_id"] == "tp_shipped"]
    pick = rng.choice(len(dup), 40, replace=False)
    events.extend(dup[int(k)] for k in pick)

    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow(r)

    write("touchpoints", [dict(zip(["touchpoint_id", "name", "name_en", "stage", "channel", "kind", "owner",
                                    "aliases"], tp)) | {"name_zh": tp[1]} for tp in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write("customers", customers,
          ["customer_id", "signup_at", "segment", "region", "地区", "acquisition_channel", "tier", "buyer_company_id",
           "company_name", "city", "industry", "行业", "company_size", "企业规模", "sales_rep", "sales_rep_name",
           "payment_terms", "payment_terms_days", "credit_limit", "verified", "language"])
    write("events", events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "buyer_company_id", "region", "地区", "sales_rep", "rfq_id", "po_id", "category", "品类", "quote_amount",
           "po_amount", "amount", "lead_time_days", "late_days", "invoice_error", "payment_method",
           "payment_terms_days", "overdue_days", "ticket_topic"])
    write("journeys", [{"journey_id": j, "journey_name": zh, "journey_name_zh": zh, "journey_name_en": en,
                        "step": k + 1, "touchpoint_id": tp, "window_days": w}
                       for j, zh, en, w, steps in JOURNEYS for k, tp in enumerate(steps)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
           "window_days"])
    write("orders", orders,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "buyer_company_id", "rfq_id",
           "order_type", "category", "品类", "region", "地区", "sales_rep", "quote_amount", "po_amount",
           "payment_method", "payment_terms_days", "lead_time_days", "paid_at", "overdue_days", "currency"])
    write("feedback", feedback,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "buyer_company_id", "region", "地区", "sales_rep", "po_id", "category", "品类", "sentiment_label"])
    print(f"accounts {len(customers)} events {len(events)} orders {len(orders)} feedback {len(feedback)}")


def rfq(a, t, rng, ev, comment, orders, nid, work_time, fmt):
    """One RFQ of account a on day t, and what follows from it."""
    ii, si = a["_ii"], a["_si"]
    t_rfq = work_time(t, 8, 20)
    if t_rfq > END:
        return
    rid = nid("r", "RFQ", 6)
    ci = int(rng.choice(7, p=CAT_W[ii]))
    common = dict(session_id=rid, rfq_id=rid, category=CATS[ci][1], 品类=CATS[ci][0])
    if rng.random() < 0.55:
        ev(a, t_rfq - D(minutes=float(rng.uniform(2, 90))), "tp_catalog", "view", **common)
    ev(a, t_rfq, "tp_rfq", "submit", **common)
    reorg = REORG_FROM <= t_rfq < REORG_TO
    if rng.random() < (0.10 if reorg else 0.04):
        return  # never quoted
    resp = float(rng.lognormal(np.log(3.6 if reorg else 0.7), 0.55 if reorg else 0.75))
    t_q = t_rfq + D(days=resp)
    base = CAT_MEAN[ci] * SIZE_MULT[si] * float(rng.lognormal(0, 0.55))
    quote = round(base * (1.15 if a["sales_rep"] == BAD_REP else 1.0), 2)
    lead = max(2, int(round(CAT_LEAD[ci] * float(rng.uniform(0.7, 1.4)))))
    if not ev(a, t_q, "tp_quote_received", "success", channel="email", quote_amount=quote, lead_time_days=lead,
              **common):
        return
    if resp > 3 and rng.random() < 0.12:
        comment(a, t_q + D(hours=float(rng.uniform(1, 30))), "slow_quote", "sales_call_note", "tp_quote_received")
    p_po = 0.27 if a["sales_rep"] == BAD_REP else 0.60
    if reorg:
        p_po *= 0.55
    elif resp > 3:
        p_po *= 0.8
    if a["payment_terms"] != "prepay":
        p_po += 0.04
    if rng.random() >= p_po:
        if a["sales_rep"] == BAD_REP and rng.random() < 0.06:
            comment(a, t_q + D(days=float(rng.uniform(0.5, 3))), "expensive", "sales_call_note",
                    "tp_quote_received")
        return
    if ci == SLOW_CAT:
        dec = float(rng.lognormal(np.log(11.0), 0.55))
    else:
        dec = float(rng.lognormal(np.log(1.6), 0.8))
    t_po = work_time(t_q + D(days=dec), 9, 19)
    if t_po <= t_q:
        t_po = t_q + D(hours=float(rng.uniform(1, 5)))
    amount = round(quote * float(rng.uniform(0.93, 1.0)), 2)
    place_po(a, t_po, ci, amount, quote, lead, "rfq", rid, rng, ev, comment, orders, nid, fmt)


def place_po(a, t_po, ci, amount, quote, lead, otype, sid, rng, ev, comment, orders, nid, fmt):
    if t_po > END:
        return
    oid = nid("o", "PO", 6)
    credit = a["_terms_from"] is not None and t_po >= a["_terms_from"] and a["payment_terms"] != "prepay"
    days = a["payment_terms_days"] if credit else 0
    method = "credit_terms" if credit else "bank_transfer"
    ch = ["web", "app", "sales_rep"][int(rng.choice(3, p=[.62, .18, .20]))]
    dev = "" if ch == "sales_rep" else ("pc" if ch == "web" else (a["device"] if a["device"] != "pc" else "ios"))
    common = dict(session_id=sid, rfq_id=sid if otype == "rfq" else "", po_id=oid, category=CATS[ci][1],
                  品类=CATS[ci][0])
    ev(a, t_po, "tp_po", "submit", channel=ch, device=dev, po_amount=amount, amount=amount, payment_method=method,
       payment_terms_days=days, lead_time_days=lead, **common)
    row = {"order_id": oid, "customer_id": a["customer_id"], "ts": fmt(t_po), "amount": amount, "channel": ch,
           "device": dev, "buyer_company_id": a["buyer_company_id"], "rfq_id": common["rfq_id"], "order_type": otype,
           "category": CATS[ci][1], "品类": CATS[ci][0], "region": a["region"], "地区": a["地区"],
           "sales_rep": a["sales_rep"], "quote_amount": quote if otype == "rfq" else "", "po_amount": amount,
           "payment_method": method, "payment_terms_days": days, "lead_time_days": lead, "paid_at": "",
           "overdue_days": "", "currency": "CNY"}
    orders.append(row)
    if rng.random() < 0.03:
        ev(a, t_po + D(hours=float(rng.uniform(1, 40))), "tp_po_cancel", "submit", channel=ch, device=dev, **common)
        row["status"] = "cancelled"
        return
    t = t_po
    if not credit:
        t = t_po + D(days=float(rng.uniform(0.1, 2.5)))
        if not ev(a, t, "tp_payment", "success", device="", channel="web", amount=amount, payment_method=method,
                  **common):
            row["status"] = "unpaid"    # awaiting the bank transfer at the end of the data
            return
        row["paid_at"] = fmt(t)
        row["overdue_days"] = 0
    t_ship = t + D(days=float(rng.uniform(0.3, 2.0)))
    ev(a, t_ship, "tp_shipped", "success", channel="other", device="", **common)
    late = int(rng.integers(2, 11)) if rng.random() < 0.11 else 0
    total = lead * float(rng.uniform(0.6, 0.98)) + late
    t_recv = max(t_ship + D(hours=8), t_po + D(days=total))
    ev(a, t_recv, "tp_received", "success", channel="other", device="", late_days=late, **common)
    spec_wrong = rng.random() < 0.035 and t_recv <= END
    if late and rng.random() < 0.3:
        comment(a, t_recv + D(hours=float(rng.uniform(1, 30))), "late", "ticket", "tp_received", po_id=oid,
                d=late, lead=lead, cat=ci, category=CATS[ci][1], 品类=CATS[ci][0])
        ev(a, t_recv + D(hours=2), "tp_support", "submit", channel="phone", device="", ticket_topic="late_delivery",
           **common)
    if spec_wrong:
        ev(a, t_recv + D(hours=3), "tp_support", "submit", channel="phone", device="", ticket_topic="wrong_spec",
           **common)
        if rng.random() < 0.6:
            comment(a, t_recv + D(hours=4), "spec", "ticket", "tp_return", po_id=oid, cat=ci,
                    category=CATS[ci][1], 品类=CATS[ci][0])
        ev(a, t_recv + D(days=float(rng.uniform(1, 5))), "tp_return", "submit", channel="other", device="",
           amount=amount, **common)
    # post-delivery survey
    if rng.random() < 0.11:
        if spec_wrong:
            comment(a, t_recv + D(days=1), "spec", "delivery_survey", "tp_received", rating=1, po_id=oid, cat=ci,
                    category=CATS[ci][1], 品类=CATS[ci][0])
        elif late:
            comment(a, t_recv + D(days=1), "late", "delivery_survey", "tp_received",
                    rating=int(rng.choice([1, 2, 3], p=[.3, .5, .2])), po_id=oid, d=late, lead=lead, cat=ci,
                    category=CATS[ci][1], 品类=CATS[ci][0])
        else:
            r = rng.random()
            topic = "price" if r < 0.3 else ("good" if r < 0.78 else "meh")
            comment(a, t_recv + D(days=1), topic, "delivery_survey",
                    "tp_quote_received" if topic == "price" else "tp_received",
                    rating=int(rng.choice([4, 5], p=[.45, .55])) if topic != "meh" else 3, po_id=oid, cat=ci,
                    category=CATS[ci][1], 品类=CATS[ci][0])
    # invoice
    t_inv = t_recv + D(days=float(rng.uniform(0.3, 4.0)))
    p_err = 0.17 if a["地区"] == "华南" else 0.025
    err = 1 if rng.random() < p_err else 0
    ev(a, t_inv, "tp_invoice", "success", channel="email", device="", invoice_error=err, **common)
    if err and rng.random() < 0.5:
        ev(a, t_inv + D(hours=float(rng.uniform(2, 48))), "tp_support", "submit", channel="phone", device="",
           ticket_topic="invoice_error", **common)
        comment(a, t_inv + D(hours=6), "invoice", "ticket", "tp_invoice", po_id=oid, ts_drop=0.06,
                category=CATS[ci][1], 品类=CATS[ci][0])
    if spec_wrong:
        row["status"] = "refunded"
        return
    if credit:
        due = t_recv + D(days=days)
        over = float(rng.uniform(3, 40)) if rng.random() < 0.14 else -float(rng.uniform(0, 15))
        t_pay = due + D(days=over)
        if t_pay <= END:
            ev(a, t_pay, "tp_payment", "success", device="", channel="web", amount=amount, payment_method=method,
               overdue_days=max(0, int(over)), **common)
            row["paid_at"] = fmt(t_pay)
            row["overdue_days"] = max(0, int(over))
            row["status"] = "paid"
        else:
            row["status"] = "unpaid"   # credit terms not yet settled at the end of the data
            if due < END:
                row["overdue_days"] = (END - due).days
    else:
        row["status"] = "paid"
    a["_pos"].append((t_po, amount if row["status"] == "paid" else None))
    # reorder of the same items ("再来一单")
    p_re = 0.34 if credit else 0.14
    if rng.random() < p_re:
        t_re = t_recv + D(days=float(rng.exponential(28)) + 3)
        t_re = t_re.replace(hour=int(rng.integers(9, 18)), minute=int(rng.integers(0, 60)))
        if t_re <= END:
            rid = nid("ro", "RO", 6)
            ev(a, t_re, "tp_reorder", "click", session_id=rid, category=CATS[ci][1], 品类=CATS[ci][0])
            a["_reorders"] += 1
            amt = round(amount * float(rng.lognormal(0, 0.2)), 2)
            place_po(a, t_re + D(minutes=float(rng.uniform(2, 40))), ci, amt, "", lead, "reorder", rid, rng, ev,
                     comment, orders, nid, fmt)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
