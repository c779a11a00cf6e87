"""海供 PortSupply: a B2B ship chandler supplying provisions, deck / engine stores, spare parts, cabin stores and
bonded stores to vessels calling at Shanghai, Ningbo, Singapore and Rotterdam. Synthetic, written blind.

Buyers are ship-management companies, owners and a few operators (the accounts). A port agent often phones or
messages ahead (代理询价), the vessel / office sends an RFQ (email, ShipServ or our portal), we quote with a validity,
the buyer sends a PO (sometimes after the quote expired -> re-quote), we source from vendors (backorders happen),
bonded stores need customs clearance, we deliver by launch at anchorage or by truck at berth, the Master / Chief
Cook signs the delivery receipt or rejects items on board, we issue credit notes, invoice in CNY (Shanghai /
Ningbo), USD (Singapore) or EUR (Rotterdam) with amount_usd beside, buyers dispute invoices and pay on their terms.

Data 2024-04-01 .. 2026-05-31 (extract taken 2026-06-05, six months before "today" 2026-12-01). Naive local time
of each port.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topic / sentiment / language per comment; not a DATA.md table).
Deterministic (seed 20260605), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260605
D = timedelta
START, END = datetime(2024, 4, 1), datetime(2026, 5, 31, 23, 59, 59)
EXTRACT = datetime(2026, 6, 5, 9, 0, 0)
VALIDITY_CUT = datetime(2025, 8, 1)                                 # quote validity 14 -> 7 days
CUSTOMS = (datetime(2025, 5, 15), datetime(2025, 7, 31, 23, 59))    # Shanghai bonded e-filing trouble
TYPHOON = (datetime(2025, 7, 1), datetime(2025, 9, 30, 23, 59))     # Shanghai launch delays at Wusongkou
DONGHAI = (datetime(2025, 10, 1), datetime(2026, 1, 31, 23, 59))    # Ningbo spare-parts vendor failing
FRESH = datetime(2026, 2, 1)                                        # Rotterdam switches produce vendor
AB = (datetime(2025, 10, 1), datetime(2025, 12, 31, 23, 59, 59))    # WhatsApp quote follow-up test
DUP = (datetime(2025, 11, 10), datetime(2025, 11, 16, 23, 59))      # ShipServ connector re-sent RFQs

USD = {"CNY": 0.139, "USD": 1.0, "EUR": 1.08}
PORTS = {
    "SHA": dict(zh="上海", en="Shanghai", cur="CNY", launch=0.45, short=0.14, qlag=5.0,
                agents=["申海船务代理", "东方船代上海", "Harbourline Agency Shanghai"]),
    "NGB": dict(zh="宁波舟山", en="Ningbo-Zhoushan", cur="CNY", launch=0.35, short=0.12, qlag=6.0,
                agents=["甬港船代", "舟山海联代理", "东方船代宁波"]),
    "SIN": dict(zh="新加坡", en="Singapore", cur="USD", launch=0.75, short=0.32, qlag=3.0,
                agents=["Straits Maritime Agency", "Lion City Ship Services", "Harbourline Agency Singapore"]),
    "RTM": dict(zh="鹿特丹", en="Rotterdam", cur="EUR", launch=0.2, short=0.1, qlag=9.0,
                agents=["Maas Port Agency", "Nieuwe Waterweg Shipping", "Harbourline Agency Rotterdam"]),
}
CATS = {  # category: zh, usd log-mean, log-sd
    "provisions": ("伙食补给", 8.6, 0.55), "deck_engine_stores": ("甲板轮机物料", 8.3, 0.7),
    "spare_parts": ("备件", 9.2, 0.8), "cabin_stores": ("房舱物料", 7.5, 0.5), "bonded_stores": ("保税品", 8.0, 0.5),
}
CAT_W = {"SHA": [0.34, 0.21, 0.16, 0.12, 0.17], "NGB": [0.3, 0.24, 0.26, 0.12, 0.08],
         "SIN": [0.42, 0.2, 0.12, 0.12, 0.14], "RTM": [0.4, 0.22, 0.16, 0.14, 0.08]}
VENDORS = {
    "spare_parts": {"SHA": ["沪东船机配件", "Wärtsilä Parts Hub"], "NGB": ["东海机电", "甬江泵阀"],
                    "SIN": ["Keppel Marine Spares", "Jurong Engine Parts"], "RTM": ["Rijnmond Marine Parts", "Wärtsilä Parts Hub"]},
    "deck_engine_stores": {"SHA": ["浦江五金", "IMPA Direct"], "NGB": ["北仑五金", "IMPA Direct"],
                           "SIN": ["Tuas Hardware", "IMPA Direct"], "RTM": ["Botlek Hardware", "IMPA Direct"]},
    "provisions": {"SHA": ["江桥果蔬", "海供冷库"], "NGB": ["镇海冷链", "海供冷库"], "SIN": ["Pasir Panjang Fresh", "PortSupply Cold Store"],
                   "RTM": ["Holland Fresh Trading", "PortSupply Cold Store"]},
    "cabin_stores": {"SHA": ["海供仓库"], "NGB": ["海供仓库"], "SIN": ["PortSupply Warehouse"], "RTM": ["PortSupply Warehouse"]},
    "bonded_stores": {"SHA": ["外高桥保税仓"], "NGB": ["梅山保税仓"], "SIN": ["Changi Bonded"], "RTM": ["Waalhaven Bonded"]},
}
REGIONS = {  # hq region: (zh, weight, port weights SHA NGB SIN RTM, lang zh share, greek slow payer)
    "Greece": ("希腊", 0.2, [0.2, 0.12, 0.38, 0.3], 0.0),
    "Germany": ("德国", 0.1, [0.15, 0.1, 0.3, 0.45], 0.0),
    "Norway": ("挪威", 0.07, [0.12, 0.08, 0.3, 0.5], 0.0),
    "Singapore": ("新加坡", 0.15, [0.18, 0.12, 0.6, 0.1], 0.15),
    "Hong Kong": ("香港", 0.14, [0.38, 0.24, 0.3, 0.08], 0.7),
    "China mainland": ("中国大陆", 0.24, [0.5, 0.38, 0.1, 0.02], 1.0),
    "Japan": ("日本", 0.1, [0.3, 0.22, 0.4, 0.08], 0.0),
}
ACQ = {"shipserv": ("ShipServ平台", 0.3), "agent_referral": ("船代推荐", 0.24), "trade_fair": ("展会(Posidonia/海博会)", 0.12),
       "cold_email": ("开发信", 0.1), "existing_network": ("老客户介绍", 0.24)}
CTYPE = {"ship_manager": ("船舶管理公司", 0.58), "owner": ("船东", 0.3), "operator": ("租家/运营商", 0.12)}
TERMS_ZH = {"net30": "月结30天", "net60": "月结60天", "prepay": "预付款"}
REJ_ZH = {"quality_fresh": "生鲜质量差", "wrong_spec": "规格不符", "damaged": "运输破损", "short_shelf_life": "保质期太短",
          "not_ordered": "非订单货物"}
DISP_ZH = {"price_mismatch": "价格与报价不符", "qty_mismatch": "数量不符", "missing_credit_note": "贷记单未到",
           "wrong_currency": "币种错误"}
CANCEL_ZH = {"vessel_schedule_change": "船期变更", "bought_elsewhere": "转他家采购", "vessel_sailed": "船已开航未交上"}
VTYPES = ["bulk_carrier", "container_ship", "oil_tanker", "chemical_tanker", "lng_carrier", "car_carrier", "general_cargo"]
SALES = ["陈立 Chen Li", "Marco de Vries", "王海燕 Wang Haiyan", "Tan Wei Ming", "Sophie Jansen", "周凯 Zhou Kai"]
NAME_A = ["Aegean", "Northsea", "Blue Anchor", "Orient", "Pacific Crest", "Baltic", "Poseidon", "Jade", "Golden Bay",
          "Stella", "Cape", "Fjord", "Meridian", "Hellas", "Sakura", "Lion Gate", "Harbour", "Coral", "Atlas", "Seaway",
          "Nordic", "Kyma", "Thalassa", "Delta", "Polar"]
NAME_B = ["Shipmanagement", "Maritime", "Shipping", "Navigation", "Marine Services", "Tankers", "Bulk", "Lines"]
NAME_ZH = ["长江", "海丰", "华洋", "远星", "长航", "海昌", "宏远", "恒通", "振华", "鑫海", "浙海", "沪港", "甬舟", "明州",
           "大洋", "通达", "泰昌", "安澜", "瀚海", "金港"]
PINYIN = {"长江": "Chang Jiang", "海丰": "Feng", "宏远": "Hong Yuan", "振华": "Zhen Hua", "明州": "Ming Zhou"}
NAME_B_ZH = ["船务", "航运", "船舶管理"]
LEGAL = {"Greece": ("S.A.", ""), "Germany": ("GmbH", ""), "Norway": ("AS", ""), "Singapore": ("Pte Ltd", ""),
         "Hong Kong": ("Ltd", "(香港)有限公司"), "China mainland": ("Co., Ltd", "有限公司"), "Japan": ("K.K.", "")}
VNAME = ["Star", "Spirit", "Glory", "Pride", "Hope", "Venture", "Dawn", "Wave", "Trader", "Pioneer", "Harmony",
         "Voyager", "Fortune", "Express", "Crown", "Breeze", "Ocean", "Horizon", "Grace", "Unity"]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_agent_enquiry", "船代来电询问", "Agent heads-up", "awareness", "phone", "digital", "sales",
     "代理询价|船代询价|代理来电|agent enquiry|agent call|pre-arrival enquiry|heads-up"),
    ("tp_rfq", "收到询价单", "RFQ received", "consideration", "email", "digital", "sales",
     "询价|询价单|RFQ|request for quotation|enquiry|requisition"),
    ("tp_quote", "报价发出", "Quotation sent", "consideration", "email", "digital", "sales",
     "报价|报价单|quote|quotation|offer"),
    ("tp_quote_revision", "重新报价", "Re-quote", "consideration", "email", "digital", "sales",
     "改价|报价修改|报价过期重报|requote|revised quote|quote revision"),
    ("tp_po", "客户下PO", "Purchase order received", "purchase", "email", "digital", "sales",
     "下单|订单|采购单|PO|purchase order|order confirmation"),
    ("tp_order_cancel", "订单撤销", "Order cancelled", "purchase", "email", "digital", "sales",
     "撤单|取消订单|PO cancelled|order cancellation"),
    ("tp_vendor_sourcing", "向供应商调货", "Vendor sourcing", "service", "other", "physical", "procurement",
     "采购|调货|供应商下单|sourcing|vendor order|procurement"),
    ("tp_backorder", "缺货待补", "Backorder", "service", "other", "physical", "procurement",
     "缺货|欠货|待补货|backorder|out of stock|short supply"),
    ("tp_bonded_clearance", "保税品报关", "Bonded stores clearance", "service", "other", "physical", "customs",
     "保税|报关|海关放行|bonded|customs clearance|duty free stores"),
    ("tp_delivery", "送船交货", "Delivery alongside", "service", "store", "physical", "logistics",
     "送货|交货|供船|交通艇|卡车送货|delivery|launch delivery|truck delivery|alongside"),
    ("tp_receipt", "船长签收", "Delivery receipt signed", "service", "store", "physical", "logistics",
     "签收|收货单|delivery note|receipt|signed DN"),
    ("tp_rejection", "船上拒收", "Items rejected on board", "service", "store", "physical", "quality",
     "拒收|退货|船上退回|rejection|rejected items|returned on board"),
    ("tp_credit_note", "开具贷记单", "Credit note issued", "service", "email", "digital", "finance",
     "贷记单|红字|退款单|credit note|CN|credit memo"),
    ("tp_invoice", "开具发票", "Invoice issued", "service", "email", "digital", "finance",
     "发票|账单|开票|invoice|billing"),
    ("tp_dispute", "账单争议", "Invoice dispute", "service", "email", "digital", "finance",
     "对账争议|账单异议|扯皮|dispute|invoice query|billing dispute"),
    ("tp_payment", "收到货款", "Payment received", "loyalty", "other", "digital", "finance",
     "回款|付款|到账|payment|remittance|settlement"),
    ("tp_survey", "交付回访", "Post-delivery survey", "loyalty", "email", "digital", "customer_service",
     "回访|满意度|问卷|survey|CSAT|NPS|feedback form"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("rfq_to_po", "询价到下单", "RFQ to order", ["tp_rfq", "tp_quote", "tp_po"], 14),
    ("agent_to_po", "船代线索转订单", "Agent lead to order", ["tp_agent_enquiry", "tp_rfq", "tp_quote", "tp_po"], 21),
    ("order_to_cash", "订单到回款", "Order to cash", ["tp_po", "tp_delivery", "tp_invoice", "tp_payment"], 90),
    ("reject_to_credit", "拒收到贷记", "Rejection to credit note", ["tp_rejection", "tp_credit_note"], 14),
]


class G:
    def __init__(self):
        self.rng = np.random.default_rng(SEED)
        self.events, self.orders, self.feedback, self.truth, self.exps, self.customers = [], [], [], [], [], []
        self.n_ev = self.n_fb = self.n_rfq = self.n_po = 0
        self.dups = []

    def r(self):
        return float(self.rng.random())

    def pick(self, d):
        keys = list(d)
        w = np.array([d[k] if not isinstance(d[k], tuple) else d[k][1] for k in keys], float)
        return keys[int(self.rng.choice(len(keys), p=w / w.sum()))]

    def pickw(self, keys, w):
        w = np.array(w, float)
        return keys[int(self.rng.choice(len(keys), p=w / w.sum()))]

    def ev(self, c, ts, tp, action, ctx=None, **kw):
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["id"], ts=ts, touchpoint_id=tp, action=action)
        if ctx:
            p = PORTS[ctx["port"]]
            row.update(session_id=ctx["rfq"], port_id=ctx["port"], port_en=p["en"], 港口=p["zh"],
                       vessel_name=ctx["vessel"][0], imo=ctx["vessel"][1], vessel_type=ctx["vessel"][2],
                       category=ctx["cat"], 品类=CATS[ctx["cat"]][0], short_notice=ctx["short"])
        row.update(kw)
        self.events.append(row)
        return row

    # ---------------------------------------------------------------- accounts
    def accounts(self):
        used = set()
        n = 420
        for i in range(n):
            reg = self.pick({k: v[1] for k, v in REGIONS.items()})
            zh_name = reg in ("China mainland", "Hong Kong") and self.r() < 0.5
            for tries in range(200):
                a = str(self.rng.choice(NAME_ZH if zh_name else NAME_A))
                b = str(self.rng.choice(NAME_B_ZH if zh_name else NAME_B))
                name = f"{a}{b}{LEGAL[reg][1]}" if zh_name else f"{a} {b} {LEGAL[reg][0]}"
                if tries > 100:
                    name = f"{name} {tries}"
                if name not in used:
                    used.add(name)
                    break
            fleet = int(np.clip(self.rng.lognormal(2.3, 0.7), 2, 120))
            act = 1.6 * float(self.rng.lognormal(-0.9, 0.8)) * (1 + fleet / 40)
            key = i < 14
            if key:
                act *= 3.5
                fleet = max(fleet, 40)
            signup = START - D(days=int(self.rng.integers(30, 1500)))
            if self.r() < 0.3:
                signup = START + D(days=int(self.rng.integers(0, 700)), hours=int(self.rng.integers(8, 18)))
            terms = self.pickw(["net30", "net60", "prepay"], [0.55, 0.33, 0.12] if not key else [0.4, 0.6, 0.0])
            ctype = self.pick({k: v[1] for k, v in CTYPE.items()})
            acq = "existing_network" if key else self.pick({k: v[1] for k, v in ACQ.items()})
            vessels = []
            for k in range(min(fleet, 25)):
                vessels.append((f"{'MT' if 'Tankers' in b else 'MV'} "
                                f"{(a if a.isascii() else 'Hai ' + PINYIN.get(a, 'Yang'))} {self.rng.choice(VNAME)} {k + 1}",
                                str(9300000 + i * 100 + k), str(self.rng.choice(VTYPES))))
            lang = "zh" if self.r() < REGIONS[reg][3] else "en"
            self.customers.append(dict(
                id=f"C{i + 1:04d}", name=name, region=reg, fleet=fleet, act=act, key=key, signup=signup, terms=terms,
                ctype=ctype, acq=acq, vessels=vessels, lang=lang, sales=SALES[i % len(SALES)],
                tier="A" if key else self.pickw(["A", "B", "C"], [0.2, 0.5, 0.3]),
                variant="whatsapp_followup" if self.r() < 0.5 else "control", assigned=None,
                first_rfq=None, last_po=None))

    def run(self):
        self.accounts()
        for c in self.customers:
            t0 = max(START, c["signup"])
            t = t0 + D(days=float(self.rng.exponential(30 / c["act"])))
            while t < END:
                season = 1.0 + 0.15 * np.cos((t.month - 11) / 12 * 2 * np.pi)
                if t.month == 2:
                    season *= 0.7 if c["region"] in ("China mainland", "Hong Kong") else 1.0
                hour = 7 + int(self.rng.integers(0, 13))
                tr = t.replace(hour=hour, minute=int(self.rng.integers(0, 60)), second=int(self.rng.integers(0, 60)))
                if tr <= END:
                    self.rfq(c, tr)
                t = t + D(days=float(self.rng.exponential(30 / (c["act"] * season))))
        self.public_feedback()

    # ---------------------------------------------------------------- one enquiry
    def rfq(self, c, t):
        self.n_rfq += 1
        port = self.pickw(list(PORTS), REGIONS[c["region"]][2])
        p = PORTS[port]
        cat = self.pickw(list(CATS), CAT_W[port])
        short = self.r() < p["short"]
        vessel = c["vessels"][int(self.rng.integers(0, len(c["vessels"])))]
        ctx = dict(rfq=f"RFQ{t.year % 100}{self.n_rfq:06d}", port=port, cat=cat, short=short, vessel=vessel)
        agent = p["agents"][int(self.rng.integers(0, len(p["agents"])))]
        if c["first_rfq"] is None:
            c["first_rfq"] = t
        if self.r() < 0.38:
            ta = t - D(hours=float(self.rng.uniform(1, 40)))
            if ta >= START:
                self.ev(c, ta, "tp_agent_enquiry", "call", ctx, agent=agent,
                        channel=self.pickw(["phone", "wechat", "whatsapp", "email"],
                                           [0.3, 0.35 if port in ("SHA", "NGB") else 0.05, 0.3, 0.2]),
                        device=self.pickw(["mobile", "pc"], [0.7, 0.3]))
        ch = self.pickw(["email", "shipserv", "portal"], [0.5, 0.35, 0.15])
        lines = int(np.clip(self.rng.lognormal(3.0, 0.7), 1, 400))
        r = self.ev(c, t, "tp_rfq", "received", ctx, channel=ch, agent=agent, lines=lines,
                    device="pc")
        if ch == "shipserv" and DUP[0] <= t <= DUP[1]:
            self.dups.append(dict(r))
        in_ab = AB[0] <= t <= AB[1]
        if in_ab and c["assigned"] is None:
            c["assigned"] = t
            self.exps.append(dict(experiment_id="quote_followup_2025", variant=c["variant"], customer_id=c["id"],
                                  assigned_at=t, first_rfq_no=ctx["rfq"], port_id=port))
        # ---- quote
        usd = float(self.rng.lognormal(CATS[cat][1], CATS[cat][2])) * (0.6 + lines / 60)
        usd = min(usd, 180000.0)
        decline = 0.05 + (0.12 if short and cat == "spare_parts" else 0)
        lag = float(self.rng.exponential(p["qlag"] if not short else 1.2)) + 0.3
        tq = t + D(hours=lag)
        if self.r() < decline:
            self.ev(c, tq, "tp_quote", "declined", ctx, channel=ch, quote_hours=round(lag, 1))
            return
        validity = 14 if tq < VALIDITY_CUT else 7
        cur = p["cur"]
        loc = round(usd / USD[cur], 2)
        self.ev(c, tq, "tp_quote", "sent", ctx, channel=ch, currency=cur, quote_amount=loc,
                quote_amount_usd=round(usd, 2), validity_days=validity, quote_hours=round(lag, 1))
        followup = in_ab and c["variant"] == "whatsapp_followup"
        pp = 0.42 + (0.14 if c["key"] else 0) + (0.35 if short else 0) + (0.16 if followup else 0)
        pp -= 0.05 if port == "RTM" else 0
        if self.r() > pp:
            return
        if short:
            po_lag = float(self.rng.uniform(0.05, 0.6))
        else:
            po_lag = float(self.rng.exponential(2.2 if followup else 4.3)) + 0.1
            po_lag = min(po_lag, 28)
        tpo = tq + D(days=po_lag)
        if tpo > END:
            return
        revised = None
        if po_lag > validity:
            revised = "validity_expired"
            if self.r() < 0.18:
                self.ev(c, tpo - D(hours=3), "tp_quote_revision", "revised", ctx, revision_reason=revised,
                        currency=cur, quote_amount=round(loc * 1.045, 2), quote_amount_usd=round(usd * 1.045, 2))
                if self.r() < 0.4:
                    self.topic_fb(c, tpo, "quote_expired", "tp_quote_revision", ctx, "email_ticket")
                return
            usd *= 1.045
            self.ev(c, tpo - D(hours=float(self.rng.uniform(2, 20))), "tp_quote_revision", "revised", ctx,
                    revision_reason=revised, currency=cur, quote_amount=round(usd / USD[cur], 2),
                    quote_amount_usd=round(usd, 2))
        elif self.r() < 0.07:
            revised = "qty_change"
            usd *= float(self.rng.uniform(0.85, 1.2))
            self.ev(c, tpo - D(hours=float(self.rng.uniform(2, 30))), "tp_quote_revision", "revised", ctx,
                    revision_reason=revised, currency=cur, quote_amount=round(usd / USD[cur], 2),
                    quote_amount_usd=round(usd, 2))
        self.po(c, tpo, ctx, ch, usd, revised, followup)

    def po(self, c, tpo, ctx, ch, usd, revised, followup):
        self.n_po += 1
        port, cat, short = ctx["port"], ctx["cat"], ctx["short"]
        p = PORTS[port]
        cur = p["cur"]
        po_no = f"PO-{port}-{tpo.year}-{self.n_po:05d}"
        c["last_po"] = tpo
        self.ev(c, tpo, "tp_po", "placed", ctx, channel=ch, po_no=po_no, currency=cur,
                po_amount=round(usd / USD[cur], 2), po_amount_usd=round(usd, 2), payment_terms=c["terms"])
        order = dict(order_id=po_no, customer_id=c["id"], ts=tpo, amount=None, currency=cur, amount_usd=None,
                     status="paid", channel=ch, rfq_no=ctx["rfq"], port_id=port, port_en=p["en"], 港口=p["zh"],
                     category=cat, 品类=CATS[cat][0], vessel_name=ctx["vessel"][0], imo=ctx["vessel"][1],
                     short_notice=short, payment_terms=c["terms"], 付款条件=TERMS_ZH[c["terms"]],
                     account_manager=c["sales"], invoice_no=None, invoiced_at=None, paid_at=None,
                     credit_note_amount=None, credit_note_usd=None, cancel_reason=None, 撤单原因=None)
        self.orders.append(order)
        praise_ok = True
        # ---- cancel before sourcing
        if self.r() < 0.035:
            reason = self.pickw(["vessel_schedule_change", "bought_elsewhere"], [0.7, 0.3])
            self.ev(c, tpo + D(hours=float(self.rng.uniform(2, 48))), "tp_order_cancel", "cancelled", ctx,
                    cancel_reason=reason, po_no=po_no)
            self.fill(order, usd, "cancelled", reason)
            return
        # ---- sourcing / backorder
        vendors = VENDORS[cat][port]
        vendor = vendors[int(self.rng.integers(0, len(vendors)))]
        if port == "NGB" and cat == "spare_parts" and DONGHAI[0] <= tpo <= DONGHAI[1] and self.r() < 0.85:
            vendor = "东海机电"
        ts_src = tpo + D(hours=float(self.rng.uniform(1, 10 if short else 30)))
        self.ev(c, ts_src, "tp_vendor_sourcing", "ordered", ctx, vendor=vendor, po_no=po_no)
        pb = 0.04 + (0.06 if cat == "spare_parts" else 0)
        if vendor == "东海机电" and DONGHAI[0] <= tpo <= DONGHAI[1]:
            pb = 0.62
        if short:
            pb *= 1.5
        backorder = self.r() < pb
        if backorder:
            short_items = int(np.clip(self.rng.poisson(3) + 1, 1, 30))
            self.ev(c, ts_src + D(hours=float(self.rng.uniform(4, 40))), "tp_backorder", "backordered", ctx,
                    vendor=vendor, items_short=short_items, po_no=po_no)
            praise_ok = False
        # ---- bonded stores clearance
        eta = tpo + (D(hours=float(self.rng.uniform(6, 22))) if short else D(days=float(self.rng.uniform(1.5, 7))))
        bonded_fail = False
        if cat == "bonded_stores":
            pf = 0.04
            if port == "SHA" and CUSTOMS[0] <= eta <= CUSTOMS[1]:
                pf = 0.55
            tcl = eta - D(hours=float(self.rng.uniform(3, 12)))
            if self.r() < pf:
                bonded_fail = True
                err = "EFILING_REJECTED" if port == "SHA" and CUSTOMS[0] <= eta <= CUSTOMS[1] else \
                    self.pickw(["MANIFEST_MISMATCH", "MISSING_PORT_CLEARANCE"], [0.6, 0.4])
                self.ev(c, tcl, "tp_bonded_clearance", "failed", ctx, clearance_error=err, po_no=po_no)
                eta = eta + D(hours=float(self.rng.uniform(10, 30)))
                tcl = eta - D(hours=2)
                praise_ok = False
            self.ev(c, tcl, "tp_bonded_clearance", "cleared", ctx, po_no=po_no)
        # ---- delivery
        mode = "launch" if self.r() < p["launch"] else "truck"
        delay = float(self.rng.exponential(1.2))
        missed_p = 0.01
        if backorder:
            delay += float(self.rng.exponential(4))
        if port == "SHA" and mode == "launch" and TYPHOON[0] <= eta <= TYPHOON[1]:
            delay = float(self.rng.exponential(9)) + 1
            missed_p = 0.12
        if eta > END:
            eta = END - D(hours=float(self.rng.uniform(1, 48)))
        td = eta + D(hours=delay)
        if self.r() < missed_p:
            self.ev(c, td, "tp_delivery", "missed", ctx, delivery_mode=mode, delay_hours=round(delay, 1),
                    po_no=po_no)
            self.ev(c, td + D(hours=2), "tp_order_cancel", "cancelled", ctx, cancel_reason="vessel_sailed",
                    po_no=po_no)
            self.fill(order, usd, "cancelled", "vessel_sailed")
            self.topic_fb(c, td + D(hours=6), "launch_late", "tp_delivery", ctx,
                          "email_ticket" if self.r() < 0.6 else "agent_call")
            return
        self.ev(c, td, "tp_delivery", "delivered", ctx, delivery_mode=mode, delay_hours=round(delay, 1), po_no=po_no)
        self.ev(c, td + D(hours=float(self.rng.uniform(0.5, 2.5))), "tp_receipt", "signed", ctx, po_no=po_no,
                signed_by=self.pickw(["Master", "Chief Officer", "Chief Cook", "Chief Engineer"],
                                     [0.35, 0.2, 0.3 if cat == "provisions" else 0.05,
                                      0.3 if cat == "spare_parts" else 0.05]))
        late = delay > 6
        if late:
            praise_ok = False
        # ---- rejection on board
        pr = 0.03 + (0.04 if cat == "provisions" else 0)
        fresh = port == "RTM" and cat == "provisions" and td >= FRESH
        if fresh:
            pr = 0.45
        credit_loc = credit_usd = None
        rejected = self.r() < pr
        no_cn = False
        if rejected:
            if fresh:
                reason = self.pickw(["quality_fresh", "short_shelf_life", "damaged"], [0.8, 0.12, 0.08])
            elif cat == "provisions":
                reason = self.pickw(list(REJ_ZH), [0.35, 0.1, 0.2, 0.25, 0.1])
            else:
                reason = self.pickw(list(REJ_ZH), [0.0, 0.5, 0.3, 0.0, 0.2])
            share = float(self.rng.uniform(0.04, 0.25))
            rej_usd = round(usd * share, 2)
            self.ev(c, td + D(hours=1), "tp_rejection", "rejected", ctx, reject_reason=reason,
                    拒收原因=REJ_ZH[reason], reject_amount=round(rej_usd / USD[cur], 2), reject_amount_usd=rej_usd,
                    po_no=po_no)
            praise_ok = False
            days = float(self.rng.exponential(9.0 if port == "RTM" else 3.5)) + 0.5
            if self.r() < 0.9 and td + D(days=days) < END:
                credit_loc, credit_usd = round(rej_usd / USD[cur], 2), rej_usd
                self.ev(c, td + D(days=days), "tp_credit_note", "issued", ctx, credit_amount=credit_loc,
                        credit_amount_usd=credit_usd, days_to_credit=round(days, 1), currency=cur, po_no=po_no,
                        reject_reason=reason)
            else:
                no_cn = True
            topic = "fresh_quality" if reason in ("quality_fresh", "short_shelf_life") else "wrong_item"
            if self.r() < 0.55:
                self.topic_fb(c, td + D(hours=2), topic, "tp_rejection", ctx,
                              "master_remark" if self.r() < 0.6 else "email_ticket")
        # ---- invoice
        ti = td + D(days=float(self.rng.uniform(0.5, 3.0)))
        inv_no = f"INV-{port}-{self.n_po:05d}"
        if ti <= END:
            self.ev(c, ti, "tp_invoice", "issued", ctx, invoice_no=inv_no, currency=cur,
                    invoice_amount=round(usd / USD[cur], 2), invoice_amount_usd=round(usd, 2), po_no=po_no)
            order["invoice_no"], order["invoiced_at"] = inv_no, ti
        disputed = None
        pd_ = 0.025
        if revised == "validity_expired":
            pd_ = 0.3
        if no_cn:
            pd_ = 0.7
        if backorder:
            pd_ = max(pd_, 0.08)
        if ti <= END and self.r() < pd_:
            if no_cn:
                disputed = "missing_credit_note"
            elif revised == "validity_expired":
                disputed = "price_mismatch"
            elif backorder:
                disputed = "qty_mismatch"
            else:
                disputed = self.pickw(["price_mismatch", "qty_mismatch", "wrong_currency"], [0.4, 0.4, 0.2])
            tdis = ti + D(days=float(self.rng.uniform(2, 15)))
            if tdis <= END:
                self.ev(c, tdis, "tp_dispute", "opened", ctx, dispute_reason=disputed, 争议原因=DISP_ZH[disputed],
                        invoice_no=inv_no, po_no=po_no)
                praise_ok = False
                if self.r() < 0.5:
                    self.topic_fb(c, tdis, "invoice_error" if disputed != "price_mismatch" or self.r() < 0.5
                                  else "quote_expired", "tp_dispute", ctx, "email_ticket")
            else:
                disputed = None
        # ---- payment
        if c["terms"] == "prepay":
            dpay = float(self.rng.uniform(-3, 2))
        else:
            base = 30 if c["terms"] == "net30" else 60
            dpay = float(self.rng.normal(base + 3, 6))
            if c["region"] == "Greece":
                dpay += float(self.rng.exponential(14))
        if disputed:
            dpay += float(self.rng.uniform(10, 35))
        dpay = max(dpay, 0.2) if c["terms"] != "prepay" else max(dpay, -3)
        tp_ = ti + D(days=dpay)
        status = "paid"
        if ti > END or tp_ > END:
            status = "unpaid"
        else:
            self.ev(c, tp_, "tp_payment", "received", ctx, days_to_pay=round(dpay, 1), currency=cur,
                    amount_received=round(usd / USD[cur], 2) - (credit_loc or 0), po_no=po_no,
                    payment_terms=c["terms"])
            order["paid_at"] = tp_
        self.fill(order, usd, status, None, credit_loc, credit_usd)
        # ---- survey and praise
        ts_s = td + D(days=float(self.rng.uniform(0.5, 4)))
        if ts_s <= END and self.r() < 0.33:
            if bonded_fail:
                topic = "bonded_customs"
            elif late and mode == "launch":
                topic = "launch_late"
            elif backorder:
                topic = "backorder"
            elif rejected:
                topic = "fresh_quality" if fresh else "wrong_item"
            elif revised == "validity_expired" and self.r() < 0.5:
                topic = "quote_expired"
            elif praise_ok and short:
                topic = "short_notice" if self.r() < 0.7 else "reliable"
            elif praise_ok:
                topic = self.pickw(["reliable", "quick_reply", "neutral"], [0.35, 0.25, 0.4])
            else:
                topic = "neutral"
            self.survey(c, ts_s, topic, ctx)
        elif backorder and self.r() < 0.35:
            self.topic_fb(c, td + D(hours=5), "backorder", "tp_backorder", ctx,
                          "agent_call" if self.r() < 0.5 else "email_ticket")
        elif bonded_fail and self.r() < 0.5:
            self.topic_fb(c, td, "bonded_customs", "tp_bonded_clearance", ctx, "agent_call")
        elif late and mode == "launch" and self.r() < 0.3:
            self.topic_fb(c, td + D(hours=3), "launch_late", "tp_delivery", ctx, "master_remark")

    def fill(self, order, usd, status, reason, credit_loc=None, credit_usd=None):
        cur = order["currency"]
        order["amount"] = round(usd / USD[cur], 2)
        order["amount_usd"] = round(usd, 2)
        order["status"] = status
        order["cancel_reason"] = reason
        order["撤单原因"] = CANCEL_ZH.get(reason) if reason else None
        order["credit_note_amount"], order["credit_note_usd"] = credit_loc, credit_usd

    # ---------------------------------------------------------------- feedback
    def add_fb(self, text, lang, topic, sentiment, channel, ts=None, c=None, ctx=None, tp=None, rating=None, nps=None):
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        row = dict(feedback_id=fid, text=text, ts=ts, customer_id=c["id"] if c else None, touchpoint_id=tp,
                   channel=channel, rating=rating, nps=nps, language=lang)
        if ctx:
            p = PORTS[ctx["port"]]
            row.update(port_id=ctx["port"], port_en=p["en"], 港口=p["zh"], vessel_name=ctx["vessel"][0],
                       category=ctx["cat"], 品类=CATS[ctx["cat"]][0], rfq_no=ctx["rfq"])
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sentiment, language=lang))

    def stars(self, sent):
        if sent == "negative":
            return int(self.rng.choice([1, 2, 2, 3])), int(self.rng.choice([0, 2, 3, 4, 5, 6]))
        if sent == "positive":
            return int(self.rng.choice([4, 5, 5, 5])), int(self.rng.choice([8, 9, 9, 10, 10]))
        return int(self.rng.choice([3, 4, 4])), int(self.rng.choice([6, 7, 7, 8, 8]))

    def survey(self, c, ts, topic, ctx):
        lang = c["lang"]
        text, sent = self.text(topic, lang)
        rating, nps = self.stars(sent)
        self.ev(c, ts, "tp_survey", "submitted", ctx, rating=rating)
        tp = TOPIC_TP.get(topic, "tp_survey")
        self.add_fb(text, lang, topic, sent, "delivery_survey", ts=ts, c=c, ctx=ctx, tp=tp, rating=rating, nps=nps)

    def topic_fb(self, c, ts, topic, tp, ctx, channel):
        if ts > END:
            return
        lang = c["lang"] if channel != "master_remark" else ("zh" if ctx["port"] in ("SHA", "NGB") and self.r() < 0.5
                                                             else "en")
        text, sent = self.text(topic, lang)
        if channel in ("master_remark", "agent_call") and self.r() < 0.22:
            ts = None   # paper receipts / call notes typed in later without a date
        self.add_fb(text, lang, topic, sent, channel, ts=ts, c=c, ctx=ctx, tp=tp)

    def public_feedback(self):
        """ShipServ supplier reviews: one per account-quarter for some active accounts."""
        for c in self.customers:
            if c["last_po"] is None:
                continue
            q = datetime(2024, 7, 1)
            while q < END:
                if self.r() < 0.09 + (0.1 if c["key"] else 0):
                    ts = q + D(days=float(self.rng.uniform(0, 88)), hours=float(self.rng.uniform(0, 12)))
                    if ts > END:
                        break
                    port = self.pickw(list(PORTS), REGIONS[c["region"]][2])
                    topic = self.public_topic(port, ts)
                    lang = c["lang"] if self.r() < 0.7 else "en"
                    text, sent = self.text(topic, lang)
                    rating, _ = self.stars(sent)
                    ctx = dict(port=port, vessel=c["vessels"][0], cat=self.pickw(list(CATS), CAT_W[port]),
                               rfq=None, short=False)
                    self.add_fb(text, lang, topic, sent, "shipserv_review", ts=ts, c=c, ctx=ctx,
                                tp=TOPIC_TP.get(topic, "tp_delivery"), rating=rating)
                q = datetime(q.year + (q.month == 10), (q.month + 2) % 12 + 1, 1)

    def public_topic(self, port, ts):
        w = {"reliable": 0.3, "quick_reply": 0.2, "short_notice": 0.1, "neutral": 0.15, "backorder": 0.05,
             "launch_late": 0.04, "invoice_error": 0.06, "quote_expired": 0.04 if ts < VALIDITY_CUT else 0.12,
             "wrong_item": 0.05}
        if port == "SIN":
            w["short_notice"] = 0.3
        if port == "RTM" and ts >= FRESH:
            w["fresh_quality"] = 0.45
        if port == "SHA" and TYPHOON[0] <= ts <= TYPHOON[1] + D(days=20):
            w["launch_late"] = 0.4
        if port == "NGB" and DONGHAI[0] <= ts <= DONGHAI[1] + D(days=20):
            w["backorder"] = 0.4
        return self.pick(w)

    def text(self, topic, lang):
        opts = TEXTS[topic][lang]
        return str(opts[int(self.rng.integers(0, len(opts)))]), SENT[topic]

    # ---------------------------------------------------------------- write
    def write(self, out: Path):
        out.mkdir(parents=True, exist_ok=True)
        (out / "_truth").mkdir(exist_ok=True)
        wcsv(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                            channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
        wcsv(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                         step=k, touchpoint_id=tp, window_days=j[4])
                                    for j in JOURNEYS for k, tp in enumerate(j[3], 1)])
        spend, n_po = {}, {}
        for o in self.orders:
            if o["status"] == "paid":
                spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + o["amount_usd"]
            n_po[o["customer_id"]] = n_po.get(o["customer_id"], 0) + 1
        cust = []
        for c in self.customers:
            if c["key"]:
                seg = "key_account"
            elif c["last_po"] is None:
                seg = "prospect"
            elif c["last_po"] < datetime(2025, 12, 1):
                seg = "dormant"
            elif c["signup"] >= datetime(2025, 6, 1):
                seg = "new"
            else:
                seg = "regular"
            cust.append(dict(customer_id=c["id"], signup_at=c["signup"], segment=seg, region=c["region"],
                             总部地区=REGIONS[c["region"]][0], acquisition_channel=c["acq"],
                             获客渠道=ACQ[c["acq"]][0], tier=c["tier"], company_name=c["name"],
                             company_type=c["ctype"], 客户类型=CTYPE[c["ctype"]][0], fleet_size=c["fleet"],
                             payment_terms=c["terms"], 付款条件=TERMS_ZH[c["terms"]], account_manager=c["sales"],
                             language=c["lang"], po_count=n_po.get(c["id"], 0),
                             lifetime_usd=round(spend.get(c["id"], 0.0), 2)))
        wcsv(out / "customers.csv", cust)
        ev = self.events + self.dups
        ev.sort(key=lambda e: (e["ts"], e["event_id"]))
        wcsv(out / "events.csv", ev, first=["event_id", "customer_id", "ts", "touchpoint_id", "action",
                                            "session_id", "device", "channel"])
        self.orders.sort(key=lambda o: o["order_id"])
        wcsv(out / "orders.csv", self.orders)
        wcsv(out / "feedback.csv", self.feedback)
        wcsv(out / "_truth" / "feedback_truth.csv", self.truth)
        wcsv(out / "experiments.csv", self.exps)


TOPIC_TP = {"launch_late": "tp_delivery", "backorder": "tp_backorder", "quote_expired": "tp_quote_revision",
            "fresh_quality": "tp_rejection", "wrong_item": "tp_rejection", "invoice_error": "tp_invoice",
            "bonded_customs": "tp_bonded_clearance", "short_notice": "tp_delivery", "reliable": "tp_delivery",
            "quick_reply": "tp_quote"}
SENT = {"launch_late": "negative", "backorder": "negative", "quote_expired": "negative", "fresh_quality": "negative",
        "wrong_item": "negative", "invoice_error": "negative", "bonded_customs": "negative",
        "short_notice": "positive", "reliable": "positive", "quick_reply": "positive", "neutral": "neutral"}
# marker words (zh / en) — each topic's texts carry its marker and no other topic's:
# launch_late 交通艇 / launch boat; backorder 缺货 / backorder; quote_expired 报价过期 / quote expired;
# fresh_quality 不新鲜 / not fresh; wrong_item 规格不对 / wrong spec; invoice_error 发票 / invoice;
# bonded_customs 保税 / bonded; short_notice 急单 / short notice; reliable 靠谱 / reliable; quick_reply 回复快 / quick reply
TEXTS = {
    "launch_late": {
        "zh": ["交通艇晚了七个小时才到锚地，船长差点开航，请改进调度。", "吴淞口锚地等交通艇等到半夜，伙食差点没上船。",
               "这次交通艇迟到太多了，代理一直在催，台风天也应该提前安排。", "交通艇没赶上，船已经开走了，物料只能下个港口再补。",
               "交通艇安排混乱，说好早上十点到，下午五点才靠。"],
        "en": ["The launch boat arrived 8 hours late at the anchorage, the Master was not amused.",
               "Waited all night for your launch boat, vessel nearly sailed without stores.",
               "Launch boat missed our window and we sailed without the provisions. Very poor.",
               "Please sort out the launch boat schedule, third late delivery at anchorage this quarter.",
               "Launch boat came alongside way after the agreed time, crew had to stay up for it."],
    },
    "backorder": {
        "zh": ["备件缺货，十几项只到了一半，主机检修被耽误了。", "又是缺货，说好的滤芯和密封件都没到，下次能不能提前说。",
               "缺货太多了，PO确认后才告诉我们没货，轮机长很不满意。", "配件缺货拖了两周，宁波这边最近供货很不稳定。"],
        "en": ["Half the spare parts were on backorder, engine overhaul had to be postponed.",
               "Another backorder on filters and gaskets, please tell us before confirming the PO.",
               "Too many backorder lines lately, Chief Engineer is escalating this to the office.",
               "Parts on backorder for two weeks, supply out of Ningbo has become patchy."],
    },
    "quote_expired": {
        "zh": ["才过了几天就说报价过期要重新报，价格还涨了，不太合理。", "报价过期的有效期太短了，7天根本来不及走审批。",
               "每次下单都提示报价过期，重报的价格和原来对不上。"],
        "en": ["Quote expired after just a week and the re-quote came in higher, not acceptable.",
               "Your quote expired before our approval cycle finished, 7 days validity is too short.",
               "Again a quote expired message and a new price, makes budgeting impossible."],
    },
    "fresh_quality": {
        "zh": ["蔬菜水果不新鲜，好几箱直接退回了。", "这批生菜和西红柿不新鲜，厨师长拒收了一半。", "肉类解冻过又冻上，不新鲜，已拒收。"],
        "en": ["Vegetables and fruit not fresh, Chief Cook rejected several boxes.",
               "Lettuce and tomatoes were not fresh at all, half returned on board.",
               "Fresh provisions not fresh again this call, very disappointed with the produce.",
               "Dairy close to expiry and greens not fresh, rejected on deck."],
    },
    "wrong_item": {
        "zh": ["送来的缆绳规格不对，只能退回。", "物料规格不对，和IMPA编号不一致，已拒收。", "油漆颜色和规格不对，请核对订单。"],
        "en": ["Mooring rope was the wrong spec, returned to the launch.", "Items of wrong spec versus the IMPA codes, rejected.",
               "Paint delivered in the wrong spec and colour, please check our order."],
    },
    "invoice_error": {
        "zh": ["发票金额和签收单对不上，贷记单也一直没开。", "发票币种开错了，我们要的是美元。", "发票数量和实际交货不一致，请重开。",
               "拒收的货还在发票里，财务没法付款。"],
        "en": ["The invoice does not match the signed delivery note, credit note still missing.",
               "Invoice raised in the wrong currency again, we are billed in USD.",
               "Quantities on the invoice differ from what was delivered, please reissue.",
               "Rejected items are still on the invoice, accounts cannot release payment."],
    },
    "bonded_customs": {
        "zh": ["保税品报关卡住了，烟酒晚了一天才上船。", "保税物料清关失败，船员很有意见。", "保税品又没能按时放行，下次请提前报关。"],
        "en": ["Bonded stores stuck in customs, cigarettes and liquor came a day late.",
               "Bonded clearance failed and the slop chest was empty for the crossing.",
               "Bonded goods not released in time again, please file earlier."],
    },
    "short_notice": {
        "zh": ["急单也能当天送到，太感谢了！", "晚上才发的急单，第二天一早就送上船了，很专业。", "急单处理得很好，船期很紧还是赶上了。"],
        "en": ["Handled our short notice order within hours, great job!", "Short notice request at midnight, delivered by 7 am. Impressive.",
               "Thanks for accommodating the short notice call, saved us a lot of trouble."],
    },
    "reliable": {
        "zh": ["一直很靠谱，交货准时，单据齐全。", "合作多年，海供很靠谱。", "靠谱的供应商，货品质量稳定。"],
        "en": ["Reliable as always, on time and complete.", "Very reliable chandler, documents in order.",
               "Reliable supply, good quality, we will keep ordering."],
    },
    "quick_reply": {
        "zh": ["报价回复快，沟通顺畅。", "询价当天就回复快，效率高。", "销售回复快，有问题马上处理。"],
        "en": ["Quick reply on our RFQ, thank you.", "Always a quick reply from the sales desk.",
               "Quick reply and clear quotation, appreciated."],
    },
    "neutral": {
        "zh": ["交货正常。", "没什么问题，按订单交付。", "一般，和别家差不多。"],
        "en": ["Delivery as ordered.", "Nothing special, all ok.", "Average service, similar to others."],
    },
}


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, (bool, np.bool_)):
        return "true" if v else "false"
    return v


def wcsv(path, rows, first=()):
    cols = list(first)
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k)) for k in cols])


def main() -> int:
    out = Path(sys.argv[1])
    g = G()
    g.run()
    g.write(out)
    print(f"customers {len(g.customers)}, events {len(g.events)} (+{len(g.dups)} re-sent), orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}, experiments {len(g.exps)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
