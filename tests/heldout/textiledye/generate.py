"""彩染 ColorWeave: a textile dyeing and finishing mill group (B2B) with two mills, Shaoxing Keqiao (绍兴柯桥) and
Dhaka Ashulia, dyeing and finishing fabric for garment brands. Synthetic, written blind.

A brand enquires (询盘), sends a lab-dip request for its Pantone / TCX colours (打色申请); the colour lab dyes lab dips
and posts them (色样寄出); the brand rejects them (色样退回, reason too red / too dark / ...) and the lab re-dips (复色)
or the brand approves (确认色样). An approved colour may become a bulk PO (大货下单). The dye house dyes the bulk in
lots on jet machines (大货染色); QC checks every lot against the approved shade band (对色检验, pass / fail, ΔE), a failed
lot is re-dyed (回修重染) and checked again; the finished fabric gets a shrinkage test (缩水测试, fail → 重新定型
re-finishing and a retest); then the goods ship (大货发运, on time or not against the confirmed ex-mill date), an
invoice is issued (开具发票) and paid (货款到账). Brands file quality claims (质量索赔: shade variation, shrinkage,
fastness, short delivery, defects) that get closed (索赔结案: credit note, replacement, rejected, goods returned), place
repeat orders of approved colours without a new lab dip (返单), get visits from their account manager, look up their
orders in the portal and answer a delivery survey.

Data 2024-04-01 .. 2026-05-31 (extract taken 2026-06-03, six months before "today" 2026-12-01). Naive local time of
each mill.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topic / sentiment / language per comment; not a DATA.md table).
Deterministic (seed 20260603), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260603
D = timedelta
START, END = datetime(2024, 4, 1), datetime(2026, 5, 31, 23, 59, 59)
EXTRACT = datetime(2026, 6, 3)
COLORTEX = (datetime(2025, 7, 1), datetime(2025, 11, 1))        # Dhaka switched reactive dyes to ColorTex BD
CHITTAGONG = (datetime(2025, 8, 1), datetime(2025, 11, 1))      # port congestion
SX_LAB_GAP = (datetime(2026, 2, 1), datetime(2026, 3, 16))      # Shaoxing lab short-handed after Spring Festival
SX_COMPACTOR = datetime(2026, 3, 1)                              # new compactor at Shaoxing: knit shrinkage fixed
SX_ERP = (datetime(2025, 11, 1), datetime(2026, 2, 1))          # Shaoxing ERP migration: invoice errors
AB = (datetime(2025, 9, 1), datetime(2025, 12, 31, 23, 59, 59))  # digital approval test
DUP = (datetime(2026, 3, 9), datetime(2026, 3, 15, 23, 59, 59))  # Dhaka ERP re-sent dispatch rows
CNY = 7.1  # CNY per USD, fixed for the group's books

MILLS = {
    "SX": dict(zh="绍兴柯桥厂", en="Shaoxing Keqiao", machines=[f"SX-J{i:02d}" for i in range(1, 9)], lead=28,
               ams=["周敏 Zhou Min", "何晓东 He Xiaodong", "Lisa Wu"]),
    "DH": dict(zh="达卡阿舒利亚厂", en="Dhaka Ashulia", machines=[f"DH-J{i:02d}" for i in range(1, 7)], lead=32,
               ams=["Imran Chowdhury", "Farhana Rahman", "Sajid Karim"]),
}
TECHS = {  # name, mill, first-pass approval, from, to
    "陈静 Chen Jing": ("SX", 0.79, None, None),
    "王磊 Wang Lei": ("SX", 0.62, None, datetime(2026, 2, 1)),
    "刘洋 Liu Yang": ("SX", 0.60, None, None),
    "孙倩 Sun Qian": ("SX", 0.56, datetime(2026, 3, 16), None),
    "Nasrin Akter": ("DH", 0.64, None, None),
    "Rafiqul Islam": ("DH", 0.60, None, None),
    "Tanvir Hasan": ("DH", 0.40, datetime(2025, 5, 1), None),
}
FABRICS = {  # price USD / m, zh
    "cotton_poplin": (2.1, "全棉府绸"), "cotton_twill": (2.6, "棉斜纹"), "knit_jersey": (2.3, "针织汗布"),
    "cvc_fleece": (3.4, "CVC卫衣布"), "poly_spandex": (2.9, "涤氨弹力布"), "linen_blend": (4.2, "麻混纺"),
}
BTYPE = {  # projects / month, PO prob after approval, reorder prob, qty range, zh
    "fast_fashion": (0.42, 0.62, 0.25, (3000, 14000), "快时尚"),
    "sportswear": (0.26, 0.74, 0.50, (5000, 20000), "运动品牌"),
    "premium": (0.16, 0.55, 0.20, (800, 3000), "设计师/高端"),
    "kidswear": (0.22, 0.60, 0.30, (2000, 8000), "童装"),
    "workwear": (0.12, 0.72, 0.45, (5000, 22000), "工装"),
}
REGION_ZH = {"China": "中国", "Europe": "欧洲", "North America": "北美", "Japan & Korea": "日韩", "Australia": "澳洲"}
ACQ_ZH = {"trade_fair": "展会", "referral": "老客户介绍", "sourcing_agent": "采购代理", "website": "官网",
          "linkedin": "领英"}
REJECT_ZH = {"too_red": "偏红", "too_yellow": "偏黄", "too_dark": "偏深", "too_light": "偏浅", "too_flat": "色光发闷",
             "metamerism": "跳灯"}
CLAIM_ZH = {"shade_variation": "色差", "shrinkage": "缩水", "fastness": "色牢度不够", "short_delivery": "短码",
            "defects": "疵点"}
OUTCOME_ZH = {"credit_note": "折让", "replacement": "重做补货", "rejected": "驳回", "goods_returned": "退货"}
ORDER_ZH = {"labdip_fee": "打色费", "sample_yardage": "样布", "bulk": "大货", "reorder": "返单大货"}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_inquiry", "客户询盘", "Brand enquiry", "awareness", "email", "digital", "sales",
     "询价|问价|来询|inquiry|enquiry|RFQ"),
    ("tp_labdip_req", "打色申请", "Lab-dip request", "consideration", "web", "digital", "colour_lab",
     "打样|打小样|来样打色|lab dip request|LD request|colour request"),
    ("tp_labdip_sent", "色样寄出", "Lab dips dispatched", "consideration", "other", "physical", "colour_lab",
     "寄色样|寄色卡|小样寄出|dips sent|swatches sent|lab dip out"),
    ("tp_color_reject", "色样退回", "Lab dip rejected", "consideration", "email", "digital", "colour_lab",
     "打回|色不对|没批|不OK|rejected dip|colour rejected|dip rejected"),
    ("tp_redip", "复色", "Re-dip", "consideration", "other", "physical", "colour_lab",
     "重打|再打一轮|重新打色|re-dip|redip|resubmission"),
    ("tp_color_approval", "确认色样", "Colour approval", "consideration", "email", "digital", "colour_lab",
     "批色|OK色|色样确认|approved|colour OK|shade approval|approval"),
    ("tp_bulk_po", "大货下单", "Bulk PO", "purchase", "email", "digital", "sales",
     "下大货|大货订单|下单|PO|bulk order|purchase order"),
    ("tp_dye_lot", "大货染色", "Bulk dyeing", "purchase", "other", "physical", "dye_house",
     "染缸|开缸|缸次|dye lot|batch dyeing|bulk dyeing"),
    ("tp_shade_check", "对色检验", "Shade-band check", "service", "other", "physical", "qc",
     "对色|色差检验|对色板|shade band|shade check|QC shade"),
    ("tp_redye", "回修重染", "Re-dye", "service", "other", "physical", "dye_house",
     "回染|返修|重染|回修|redye|re-dye|corrective dyeing"),
    ("tp_shrink_test", "缩水测试", "Shrinkage test", "service", "other", "physical", "qc",
     "缩率|水洗缩率|缩水率|shrinkage|wash test|dimensional stability"),
    ("tp_refinish", "重新定型", "Re-finishing", "service", "other", "physical", "finishing",
     "回定型|预缩|重新预缩|refinish|re-compacting|re-stenter"),
    ("tp_dispatch", "大货发运", "Bulk dispatch", "service", "other", "physical", "logistics",
     "出货|发货|出运|走货|shipment|dispatch|ex-mill|shipping"),
    ("tp_invoice", "开具发票", "Invoice issued", "purchase", "email", "digital", "finance",
     "开票|账单|发票|invoice|bill|billing"),
    ("tp_payment", "货款到账", "Payment received", "purchase", "other", "digital", "finance",
     "回款|收款|付款|到账|payment|remittance|collection"),
    ("tp_claim", "质量索赔", "Quality claim", "service", "email", "digital", "customer_service",
     "客诉|投诉|索赔|质量投诉|claim|complaint|quality claim"),
    ("tp_claim_closed", "索赔结案", "Claim closed", "service", "email", "digital", "customer_service",
     "结案|赔付|处理完|claim settled|claim closed|credit note"),
    ("tp_reorder", "返单", "Repeat order", "loyalty", "email", "digital", "sales",
     "翻单|追单|复购|加单|reorder|repeat order|repeat PO"),
    ("tp_am_visit", "客户经理拜访", "Account manager visit", "loyalty", "other", "physical", "sales",
     "拜访|上门|客户拜访|AM visit|account review|QBR"),
    ("tp_portal_track", "订单进度查询", "Order tracking (portal)", "service", "web", "digital", "it",
     "门户|查进度|订单追踪|portal|order tracking|track order"),
    ("tp_survey", "交货满意度调查", "Delivery satisfaction survey", "loyalty", "email", "digital", "customer_service",
     "问卷|满意度|回访问卷|survey|CSAT|NPS"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("labdip_to_po", "打色到大货", "Lab dip to bulk order",
     ["tp_labdip_req", "tp_labdip_sent", "tp_color_approval", "tp_bulk_po"], 60),
    ("bulk_fulfil", "大货交付", "Bulk fulfilment",
     ["tp_bulk_po", "tp_dye_lot", "tp_shade_check", "tp_shrink_test", "tp_dispatch"], 45),
    ("claim", "索赔处理", "Claim handling", ["tp_claim", "tp_claim_closed"], 30),
    ("repeat", "出货到返单", "Dispatch to reorder", ["tp_dispatch", "tp_reorder"], 120),
    ("invoice_to_cash", "开票到回款", "Invoice to cash", ["tp_invoice", "tp_payment"], 75),
]

EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device", "session_id", "mill_id",
           "mill_en", "工厂", "project_id", "po_id", "lot_id", "fabric", "面料", "colours", "lab_tech", "round",
           "turnaround_days", "reject_reason", "拒色原因", "machine_id", "dye_supplier", "delta_e", "shrinkage_pct",
           "redye_cost_usd", "quantity_m", "planned_date", "on_time", "delay_days", "port", "carrier", "invoice_no",
           "invoice_error", "days_to_pay", "claim_id", "claim_type", "索赔类型", "claim_usd", "outcome", "结案方式",
           "days_to_close", "credit_usd", "account_manager"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "mill_id", "mill_en", "工厂", "po_id", "project_id", "fabric", "面料", "quantity_m", "price_per_m",
            "currency", "amount_local", "payment_terms", "due_date", "paid_at", "brand_type", "region"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "mill_id",
           "mill_en", "工厂", "account_manager", "po_id", "lang"]


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") if isinstance(t, datetime) else t


class G:
    def __init__(self):
        self.rng = np.random.default_rng(SEED)
        self.events, self.orders, self.feedback, self.truth, self.exps, self.customers = [], [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_prj = self.n_po = self.n_lot = self.n_inv = self.n_clm = 0
        self.topic_ix = {}

    # ---------------------------------------------------------------- helpers
    def u(self, a=0.0, b=1.0):
        return float(self.rng.uniform(a, b))

    def p(self, x):
        return self.rng.random() < x

    def pick(self, items, w=None):
        items = list(items)
        if w is not None:
            w = np.asarray(w, float)
            w = w / w.sum()
        return items[int(self.rng.choice(len(items), p=w))]

    def work(self, t, lo=8, hi=19):
        """move t into working hours of that day"""
        return t.replace(hour=int(self.rng.integers(lo, hi)), minute=int(self.rng.integers(0, 60)),
                         second=int(self.rng.integers(0, 60)))

    def ev(self, b, t, tp, action="", **kw):
        if t > END:
            return None
        self.n_ev += 1
        m = MILLS[b["mill"]]
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=b["id"], ts=fmt(t), touchpoint_id=tp, action=action,
                   mill_id=b["mill"], mill_en=m["en"], 工厂=m["zh"], account_manager=b["am"])
        row.setdefault("channel", "")
        for k, v in kw.items():
            row[k] = fmt(v) if isinstance(v, datetime) else v
        self.events.append(row)
        return row

    def order(self, b, t, amount, otype, status, **kw):
        self.n_ord += 1
        m = MILLS[b["mill"]]
        cur = "CNY" if b["region"] == "China" else "USD"
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=b["id"], ts=fmt(t), amount=round(amount, 2),
                   status=status, channel=kw.pop("channel", "email"), order_type=otype, 订单类型=ORDER_ZH[otype],
                   mill_id=b["mill"], mill_en=m["en"], 工厂=m["zh"], currency=cur,
                   amount_local=round(amount * (CNY if cur == "CNY" else 1.0), 2), payment_terms=b["terms"],
                   brand_type=b["btype"], region=b["region"])
        for k, v in kw.items():
            row[k] = fmt(v) if isinstance(v, datetime) else v
        self.orders.append(row)
        return row

    # ---------------------------------------------------------------- brands
    def brands(self):
        rng = self.rng
        out = []
        n_old, n_new = 430, 690
        for i in range(n_old + n_new):
            mill = "SX" if self.p(0.6) else "DH"
            if mill == "SX":
                region = self.pick(["China", "Europe", "North America", "Japan & Korea", "Australia"],
                                   [0.36, 0.27, 0.16, 0.14, 0.07])
            else:
                region = self.pick(["Europe", "North America", "Australia", "Japan & Korea"], [0.55, 0.3, 0.09, 0.06])
            btype = self.pick(list(BTYPE), [0.34, 0.18, 0.2, 0.16, 0.12])
            if i < n_old:
                signup = datetime(2022, 1, 1) + D(days=self.u(0, 820))
            else:
                signup = START + D(days=self.u(0, (END - START).days - 40))
            signup = self.work(signup)
            country = {"China": ["CN"], "Europe": ["DE", "ES", "GB", "FR", "NL", "SE", "IT", "PL"],
                       "North America": ["US", "CA"], "Japan & Korea": ["JP", "KR"], "Australia": ["AU"]}[region]
            terms = "TT30" if region == "China" else self.pick(["LC_at_sight", "TT30", "TT60"], [0.3, 0.2, 0.5])
            b = dict(id=f"B{i + 1:04d}", mill=mill, region=region, btype=btype, signup=signup, old=i < n_old,
                     tier="priority" if self.p(0.2 if btype in ("fast_fashion", "sportswear") else 0.1) else "standard",
                     acq=self.pick(list(ACQ_ZH), [0.34, 0.22, 0.2, 0.14, 0.1]),
                     am=self.pick(MILLS[mill]["ams"], [0.4, 0.35, 0.25]), terms=terms,
                     country=self.pick(country), lang="zh" if region == "China" else "en",
                     slow_payer=self.p(0.05), n_prj=0, n_po=0, revenue=0.0, last_po=None, variant=None,
                     active=True)
            b["name"] = f"{['Nordic', 'Urban', 'Blue', 'Pure', 'Kinder', 'Trail', 'North', 'Atlas', 'Lumi', 'Verde'][i % 10]}" \
                        f" {['Apparel', 'Wear', 'Studio', 'Kids', 'Sport', 'Label', 'Goods', 'Co'][(i // 10) % 8]} {i + 1}"
            out.append(b)
        return out

    def season(self, t):
        return [1.25, 1.2, 1.2, 0.9, 0.8, 0.85, 1.2, 1.25, 1.15, 0.9, 0.8, 0.7][t.month - 1]

    # ---------------------------------------------------------------- lab dips
    def techs(self, mill, t):
        return [n for n, (m, _, a, z) in TECHS.items() if m == mill and (a is None or t >= a) and (z is None or t < z)]

    def turnaround(self, b, t):
        mean = (2.0 if b["tier"] == "priority" else 3.5) + (0.8 if b["mill"] == "DH" else 0.0)
        if b["mill"] == "SX" and SX_LAB_GAP[0] <= t < SX_LAB_GAP[1]:
            mean += 5.5
        return max(1, int(round(self.rng.gamma(8, mean / 8))))

    def project(self, b, t0):
        self.n_prj += 1
        b["n_prj"] += 1
        pid = f"LD{self.n_prj:05d}"
        fabric = self.pick(list(FABRICS), [0.2, 0.14, 0.24, 0.14, 0.16, 0.12] if b["btype"] != "sportswear"
                           else [0.05, 0.05, 0.3, 0.2, 0.38, 0.02])
        colours = int(self.rng.integers(1, 6))
        tech = self.pick(self.techs(b["mill"], t0))
        digital = b["variant"] == "digital_qtx" and AB[0] <= t0 <= AB[1] + D(days=0)
        common = dict(project_id=pid, fabric=fabric, 面料=FABRICS[fabric][1], colours=colours, lab_tech=tech)
        if b["region"] == "China":
            ch = self.pick(["web", "wechat", "email"], [0.5, 0.35, 0.15])
        else:
            ch = self.pick(["web", "email"], [0.6, 0.4])
        self.ev(b, t0, "tp_labdip_req", "submitted", channel=ch, device=self.pick(["pc", "ios", "android"], [0.8, 0.12, 0.08]),
                **common)
        fee = colours * (25.0 if b["tier"] == "priority" else 12.0)
        self.order(b, t0, fee, "labdip_fee", "paid", project_id=pid, fabric=fabric, 面料=FABRICS[fabric][1],
                   channel="web", paid_at=fmt(t0))
        t = t0
        approved = None
        for rnd in range(1, 5):
            ta = self.turnaround(b, t)
            sent = self.work(t + D(days=ta))
            courier = ("SF" if b["region"] == "China" else "DHL")
            r = self.ev(b, sent, "tp_labdip_sent", "sent", channel="courier", round=rnd, turnaround_days=ta,
                        carrier=courier, **common)
            if r is None:
                return None
            if ta >= 9 and self.p(0.35):
                self.comment(b, sent + D(days=self.u(1, 4)), "labdip_slow", "tp_labdip_sent",
                             self.pick(["email", "wechat"] if b["lang"] == "zh" else ["email", "whatsapp"]))
            if self.p(0.08):  # brand went quiet (style dropped)
                return None
            if digital:
                dec = sent + D(days=self.u(0.5, 3))
            else:
                transit = 2 if b["region"] == "China" else 5
                dec = sent + D(days=transit + self.u(1, 7))
            dec = self.work(dec)
            p_ok = (TECHS[tech][1] if rnd == 1 else 0.72) + (0.12 if digital else 0.0)
            if self.p(p_ok):
                r = self.ev(b, dec, "tp_color_approval", "approved", channel="email", round=rnd, **common)
                if r is None:
                    return None
                approved = dec
                break
            reason = self.pick(list(REJECT_ZH), [0.3, 0.16, 0.19, 0.13, 0.12, 0.1])
            if self.ev(b, dec, "tp_color_reject", "rejected", channel="email", round=rnd, reject_reason=reason,
                       拒色原因=REJECT_ZH[reason], **common) is None:
                return None
            if rnd == 4:
                return None
            t = self.work(dec + D(days=self.u(0.2, 1.5)))
            if self.ev(b, t, "tp_redip", "started", round=rnd + 1, **common) is None:
                return None
        if approved is None:
            return None
        if self.p(0.3):  # sample yardage for sample garments
            m = int(self.rng.integers(50, 300))
            self.order(b, approved + D(days=self.u(1, 5)), m * FABRICS[fabric][0] * 1.6, "sample_yardage", "paid",
                       project_id=pid, fabric=fabric, 面料=FABRICS[fabric][1], quantity_m=m,
                       paid_at=fmt(approved + D(days=self.u(1, 5))))
        if not self.p(BTYPE[b["btype"]][1]):
            return None
        po_t = self.work(approved + D(days=self.u(3, 30)))
        self.production(b, po_t, fabric, colours, pid, reorder=False)
        return pid

    # ---------------------------------------------------------------- bulk
    def production(self, b, t, fabric, colours, pid, reorder):
        if t > END:
            return
        self.n_po += 1
        po = f"PO{self.n_po:05d}"
        lo, hi = BTYPE[b["btype"]][3]
        qty = int(self.rng.integers(lo, hi) // 100 * 100)
        price = round(FABRICS[fabric][0] * self.u(0.92, 1.1) * (1.08 if b["tier"] == "priority" else 1.0), 2)
        m = MILLS[b["mill"]]
        planned = (t + D(days=m["lead"] + qty // 5000)).replace(hour=18, minute=0, second=0)
        common = dict(project_id=pid, po_id=po, fabric=fabric, 面料=FABRICS[fabric][1], colours=colours,
                      quantity_m=qty)
        tp = "tp_reorder" if reorder else "tp_bulk_po"
        self.ev(b, t, tp, "placed", channel="email", planned_date=planned.strftime("%Y-%m-%d"), **common)
        b["n_po"] += 1
        b["last_po"] = t
        if self.p(0.04):  # PO cancelled before dyeing
            self.order(b, t, qty * price, "reorder" if reorder else "bulk", "cancelled", po_id=po, project_id=pid,
                       fabric=fabric, 面料=FABRICS[fabric][1], quantity_m=qty, price_per_m=price)
            return
        # portal tracking
        for _ in range(int(self.rng.poisson(1.6))):
            self.ev(b, self.work(t + D(days=self.u(2, 30)), 7, 23), "tp_portal_track", "view", channel="web",
                    device=self.pick(["pc", "ios", "android"], [0.68, 0.2, 0.12]), po_id=po,
                    session_id=f"S{self.n_ev:07d}")
        n_lots = min(4, max(1, -(-qty // 4500)))
        lot_t = self.work(t + D(days=self.u(9, 22)), 6, 22)
        ready = lot_t
        redyed = False
        for k in range(n_lots):
            self.n_lot += 1
            lot = f"L{self.n_lot:06d}"
            lt = lot_t + D(hours=20 * k + self.u(0, 6))
            mach = self.pick(m["machines"])
            if b["mill"] == "DH":
                sup = "ColorTex BD" if COLORTEX[0] <= lt < COLORTEX[1] else "DyStar"
            else:
                sup = self.pick(["DyStar", "Zhejiang Jihua"], [0.45, 0.55])
            lq = qty // n_lots
            if self.ev(b, lt, "tp_dye_lot", "dyed", lot_id=lot, machine_id=mach, dye_supplier=sup, **common) is None:
                return
            p_fail = 0.06 + (0.03 if fabric == "poly_spandex" else 0) + (0.11 if mach == "SX-J05" else 0) + \
                (0.22 if sup == "ColorTex BD" else 0)
            ct = lt + D(hours=self.u(14, 40))
            for attempt in range(3):
                fail = self.p(p_fail) if attempt == 0 else self.p(0.12) if attempt == 1 else False
                de = round(self.u(1.15, 2.6) if fail else self.u(0.25, 0.95), 2)
                if self.ev(b, ct, "tp_shade_check", "fail" if fail else "pass", lot_id=lot, machine_id=mach,
                           dye_supplier=sup, delta_e=de, **common) is None:
                    return
                if not fail:
                    break
                redyed = True
                rt = ct + D(hours=self.u(6, 30))
                if self.ev(b, rt, "tp_redye", "redyed", lot_id=lot, machine_id=mach, dye_supplier=sup,
                           redye_cost_usd=round(lq * self.u(0.28, 0.42), 2), **common) is None:
                    return
                ct = rt + D(hours=self.u(30, 80))
            ready = max(ready, ct)
        st = ready + D(hours=self.u(10, 30))
        p_sh = 0.05
        if fabric == "knit_jersey":
            p_sh = 0.26 if (b["mill"] == "SX" and st < SX_COMPACTOR) else 0.09 if b["mill"] == "DH" else 0.05
        elif fabric == "cvc_fleece":
            p_sh = 0.09
        shrink_fail = False
        for attempt in range(2):
            fail = self.p(p_sh) if attempt == 0 else False
            pct = round(self.u(5.3, 9.0) if fail else self.u(1.2, 4.6), 1)
            if self.ev(b, st, "tp_shrink_test", "fail" if fail else "pass", shrinkage_pct=pct, **common) is None:
                return
            if not fail:
                break
            shrink_fail = True
            rf = st + D(hours=self.u(20, 50))
            if self.ev(b, rf, "tp_refinish", "refinished", **common) is None:
                return
            st = rf + D(hours=self.u(20, 40))
        ready = st + D(days=self.u(0.5, 2.5))
        disp = max(ready, planned - D(days=self.u(0, 4)))
        if b["mill"] == "SX":
            port, carrier = ("陆运 truck", "truck") if b["region"] == "China" else ("宁波港 Ningbo", "sea")
        else:
            port, carrier = ("Chittagong", "sea") if self.p(0.85) else ("Dhaka airport", "air")
        if port == "Chittagong" and CHITTAGONG[0] <= disp < CHITTAGONG[1] and self.p(0.65):
            disp += D(days=self.u(3, 13))
        if self.p(0.07):  # trucks, paperwork, a stenter breakdown
            disp += D(days=self.u(1, 6))
        disp = self.work(disp)
        on_time = disp.date() <= planned.date()
        delay = max(0, (disp.date() - planned.date()).days)
        r = self.ev(b, disp, "tp_dispatch", "shipped", port=port, carrier=carrier, on_time=str(on_time).lower(),
                    delay_days=delay, planned_date=planned.strftime("%Y-%m-%d"), **common)
        if r is None:
            return
        if DUP[0] <= disp <= DUP[1] and b["mill"] == "DH":
            self.events.append(dict(r))
        # invoice & payment
        self.n_inv += 1
        inv = f"CW{'SX' if b['mill'] == 'SX' else 'DH'}-{self.n_inv:05d}"
        it = self.work(disp + D(days=self.u(0, 1.5)))
        err_p = 0.18 if (b["mill"] == "SX" and SX_ERP[0] <= it < SX_ERP[1]) else 0.015
        err = self.pick(["wrong_price", "wrong_quantity", "wrong_entity"]) if self.p(err_p) else ""
        amount = qty * price
        terms = {"TT30": 30, "TT60": 60, "LC_at_sight": 10}[b["terms"]]
        due = it + D(days=terms)
        if self.ev(b, it, "tp_invoice", "issued", invoice_no=inv, invoice_error=err, **common) is None:
            return
        if err and self.p(0.45):
            self.comment(b, it + D(days=self.u(2, 10)), "invoice", "tp_invoice", "email")
        days_pay = terms + self.rng.normal(2, 4) + (self.u(10, 25) if err else 0) + (self.u(15, 45) if b["slow_payer"] else 0)
        days_pay = max(1, int(round(days_pay)))
        paid = self.work(it + D(days=days_pay), 9, 17)
        status = "paid" if paid <= END else "unpaid"
        if status == "paid":
            self.ev(b, paid, "tp_payment", "received", invoice_no=inv, days_to_pay=days_pay, po_id=po)
        orow = self.order(b, it, amount, "reorder" if reorder else "bulk", status, po_id=po, project_id=pid,
                          fabric=fabric, 面料=FABRICS[fabric][1], quantity_m=qty, price_per_m=price,
                          due_date=due.strftime("%Y-%m-%d"), paid_at=fmt(paid) if status == "paid" else "")
        b["revenue"] += amount
        # arrival, survey, claim
        transit = {"truck": 2, "sea": 24 if b["region"] != "Japan & Korea" else 9, "air": 4}[carrier]
        arrive = disp + D(days=transit + self.u(0, 4))
        late = not on_time
        if self.p(0.36):
            self.survey(b, arrive + D(days=self.u(2, 12)), late, redyed, shrink_fail, po, sup)
        self.claim(b, arrive, fabric, sup, shrink_fail, amount, common, orow)
        # repeat order
        pr = BTYPE[b["btype"]][2] * (0.55 if late else 1.0)
        if b["active"] and self.p(pr):
            rt = self.work(disp + D(days=self.u(25, 115)))
            if rt <= END:
                self.production(b, rt, fabric, colours, pid, reorder=True)

    def claim(self, b, arrive, fabric, sup, shrink_fail, amount, common, orow):
        hz = {"shade_variation": 0.03 + (0.16 if sup == "ColorTex BD" else 0.0),
              "shrinkage": 0.01 + (0.07 if (fabric == "knit_jersey" and b["mill"] == "SX" and arrive < SX_COMPACTOR)
                                   else 0.0) + (0.05 if shrink_fail else 0.0),
              "fastness": 0.012, "short_delivery": 0.008, "defects": 0.014}
        for typ, h in hz.items():
            if self.p(h):
                break
        else:
            return
        ct = self.work(arrive + D(days=self.u(3, 25)))
        if ct > END:
            return
        self.n_clm += 1
        cid = f"CL{self.n_clm:04d}"
        cusd = round(amount * self.u(0.04, 0.25), 2)
        self.ev(b, ct, "tp_claim", "filed", channel="email", claim_id=cid, claim_type=typ, 索赔类型=CLAIM_ZH[typ],
                claim_usd=cusd, **common)
        mean = 9 if b["mill"] == "SX" else 21
        days = max(1, int(round(self.rng.gamma(3, mean / 3))))
        close = self.work(ct + D(days=days))
        outcome = self.pick(list(OUTCOME_ZH), [0.55, 0.2, 0.2, 0.05])
        credit = round(cusd * self.u(0.5, 1.0), 2) if outcome == "credit_note" else 0.0
        topic = {"shade_variation": "shade", "shrinkage": "shrink", "fastness": "fastness"}.get(typ)
        if topic and self.p(0.55):
            tp = {"shade": "tp_shade_check", "shrink": "tp_shrink_test", "fastness": "tp_claim"}[topic]
            self.comment(b, ct + D(hours=self.u(1, 30)), topic, tp,
                         self.pick(["email", "wechat"] if b["lang"] == "zh" else ["email", "whatsapp"]))
        if close <= END:
            self.ev(b, close, "tp_claim_closed", "closed", channel="email", claim_id=cid, claim_type=typ,
                    索赔类型=CLAIM_ZH[typ], claim_usd=cusd, outcome=outcome, 结案方式=OUTCOME_ZH[outcome],
                    days_to_close=days, credit_usd=credit, **common)
            if outcome == "goods_returned" and orow["status"] == "paid":
                orow["status"] = "returned"
            if days > 18 and self.p(0.5):
                self.comment(b, close - D(days=self.u(1, 6)), "claim_slow", "tp_claim_closed", "email")

    # ---------------------------------------------------------------- feedback
    TEXT = {
        "shade": (["第{n}缸和批的色样比有明显色差，做成衣根本没法拼片。", "大货色差太大了，灯箱下D65对比偏{c}，客户那边很不满意。",
                   "两缸之间有色差，裁片一拼就看出来了，麻烦贵司严格按色卡对色。", "这批{f}色差问题很严重，ΔE超出标准，要求回修。"],
                  ["Clear shade mismatch between lot {n} and the approved dip, we cannot mix panels.",
                   "Bulk came in with a shade mismatch vs the standard under D65, looks {c}.",
                   "Again a shade mismatch across lots on the {f}, our QC flagged it at cutting.",
                   "Shade mismatch on this shipment is beyond tolerance, please send corrective plan."]),
        "shrink": (["{f}洗后缩水超过7%，成衣尺码全部偏小。", "缩水太厉害了，我们做了三次水洗测试都不合格。",
                    "这批针织布缩水问题还是没解决，领口变形。"],
                   ["Shrinkage after wash is over 7% on the {f}, garments came out a size smaller.",
                    "Our lab measured shrinkage way out of spec again, the jersey twists after washing.",
                    "Shrinkage problem is not fixed, the whole cutting had to be held."]),
        "late": (["大货比确认交期延误了{d}天才出运，我们的船期都赶不上了。", "交期一再延误，季节款差点开不了卖。",
                  "出货延误也不提前通知，跟单每天催。"],
                 ["Bulk was delayed {d} days past the confirmed ex-mill date, we missed our vessel.",
                  "Shipment delayed again, our launch date slipped because of it.",
                  "Goods delayed and nobody warned us in advance, please improve the planning."]),
        "labdip_slow": (["打色太慢了，等了一个多星期才收到小样，开发进度全被拖住。", "这次打色慢得离谱，别家三天就寄了。",
                         "化验室打色慢，催了好几次才寄出。"],
                        ["Lab dip turnaround is far too slow, over a week for {k} colours.",
                         "Your lab dip turnaround is killing our development calendar.",
                         "Lab dip turnaround this round was much slower than promised 3 days."]),
        "claim_slow": (["索赔拖了快一个月还没有结论，请尽快处理。", "上次的索赔处理太慢，来回邮件十几封。",
                        "我们提交索赔后一直没人跟进，效率太低。"],
                       ["Our claim has been open for weeks with no decision.",
                        "The claim process took far too long, endless emails back and forth.",
                        "Still waiting for a response on the claim we filed last month."]),
        "invoice": (["发票单价和合同不一致，财务没法付款。", "发票数量开错了，请重新开具。", "发票抬头又开错，第二次了。"],
                    ["The invoice shows the wrong unit price, our AP team put it on hold.",
                     "Invoice quantity does not match the packing list, please reissue.",
                     "Invoice issued to the wrong legal entity again."]),
        "fastness": (["色牢度不够，摩擦测试只有2级，深色掉色严重。", "水洗色牢度不达标，白色里布被染了。"],
                     ["Rubbing fastness only grade 2 on the dark shades, colour bleeds onto the lining.",
                      "Wash fastness fails our spec, the navy stains the white trims."]),
        "comms": (["跟单邮件发了三天都没人回，急单都不知道进度。", "客户经理经常没人回，微信也不回。"],
                  ["Emails to our account contact get no reply for days.",
                   "Chased three times with no reply, very hard to get a status update."]),
        "praise_match": (["大货和批的色样对色很准，一次过，省了很多事。", "这季几个颜色对色很准，缸差也小，点赞。"],
                         ["Bulk matched the approved dips spot on, first time right.",
                          "Colours were spot on across all lots, great job by the dye house."]),
        "praise_ontime": (["这次准时出货，包装也很规范，谢谢。", "交货很准时，船期都赶上了，合作愉快。"],
                          ["Everything shipped on schedule and the paperwork was clean.",
                           "Delivered on schedule for our drop, thank you team."]),
        "praise_am": (["客户经理很专业，问题当天就给方案。", "业务跟单很专业，沟通顺畅。"],
                      ["Our account manager is very professional and proactive.",
                       "Professional team, quick to reply and clear on options."]),
        "neutral": (["整体还可以，价格再优惠点就好了。", "货收到了，暂时没发现问题。", "一般般，和往年差不多。"],
                    ["Goods received, nothing special to report.", "Overall fine, similar to previous seasons.",
                     "Average experience this time."]),
    }
    SENT = {"praise_match": "positive", "praise_ontime": "positive", "praise_am": "positive", "neutral": "neutral"}

    def text(self, topic, lang, b):
        zh, en = self.TEXT[topic]
        tpl = self.pick(zh if lang == "zh" else en)
        f = self.pick(list(FABRICS))
        return tpl.format(n=int(self.rng.integers(2, 6)), c=self.pick(["红", "黄", "绿"] if lang == "zh" else
                                                                      ["redder", "yellower", "greener"]),
                          f=FABRICS[f][1] if lang == "zh" else f.replace("_", " "), d=int(self.rng.integers(5, 15)),
                          k=int(self.rng.integers(2, 6)))

    def comment(self, b, t, topic, tp, channel, rating=None, nps=None, lang=None, po="", no_ts=False):
        if t is not None and t > END:
            return
        if lang is None:
            lang = b["lang"]
            if b["mill"] == "SX" and channel == "call_note":
                lang = "zh"  # Shaoxing AMs write their notes in Chinese
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        m = MILLS[b["mill"]]
        self.feedback.append(dict(feedback_id=fid, text=self.text(topic, lang, b), ts="" if no_ts or t is None else fmt(t),
                                  customer_id=b["id"], touchpoint_id=tp, channel=channel,
                                  rating="" if rating is None else rating, nps="" if nps is None else nps,
                                  mill_id=b["mill"], mill_en=m["en"], 工厂=m["zh"], account_manager=b["am"], po_id=po,
                                  lang=lang))
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=self.SENT.get(topic, "negative"), language=lang))

    def survey(self, b, t, late, redyed, shrink_fail, po, sup):
        if t > END:
            return
        self.ev(b, t, "tp_survey", "answered", channel="email", po_id=po)
        bad = []
        if late:
            bad.append("late")
        if sup == "ColorTex BD" and self.p(0.5):
            bad.append("shade")
        if shrink_fail and self.p(0.5):
            bad.append("shrink")
        if bad:
            topic = self.pick(bad)
            rating = int(self.pick([1, 2, 3], [0.35, 0.45, 0.2]))
            nps = int(self.rng.integers(0, 7))
        else:
            topic = self.pick(["praise_match", "praise_ontime", "praise_am", "neutral", "comms"],
                              [0.3, 0.25, 0.15, 0.24, 0.06] if b["am"] != "Imran Chowdhury" else
                              [0.25, 0.2, 0.05, 0.2, 0.3])
            rating = int(self.pick([3, 4, 5], [0.2, 0.4, 0.4])) if topic != "comms" else int(self.pick([2, 3], [0.6, 0.4]))
            nps = int(self.rng.integers(7, 11)) if topic != "comms" else int(self.rng.integers(3, 8))
            if topic == "neutral":
                rating, nps = 3, int(self.rng.integers(6, 9))
        tp = {"late": "tp_dispatch", "shade": "tp_shade_check", "shrink": "tp_shrink_test", "comms": "tp_am_visit"}.get(
            topic, "tp_dispatch")
        self.comment(b, t, topic, tp, "delivery_survey", rating=rating, nps=nps, po=po)

    # ---------------------------------------------------------------- run
    def run(self):
        bs = self.brands()
        # experiment assignment happens at a brand's first lab-dip request inside the test window
        for b in bs:
            t = max(b["signup"], START) if not b["old"] else START
            if not b["old"]:
                ch = self.pick(["email", "trade_fair", "web"], [0.4, 0.35, 0.25])
                self.ev(b, b["signup"], "tp_inquiry", "received", channel=ch)
                if self.p(0.2):  # prospect only
                    if self.p(0.4):
                        self.ev(b, self.work(b["signup"] + D(days=self.u(10, 90))), "tp_inquiry", "received",
                                channel="email")
                    b["active"] = False
                    continue
                t = b["signup"] + D(days=self.u(2, 25))
            rate = BTYPE[b["btype"]][0] * self.u(0.5, 1.6)
            churn_at = END + D(days=1)
            if self.p(0.3):
                churn_at = t + D(days=self.u(60, 600))
            first_ab = True
            while True:
                gap = float(self.rng.exponential(30.0 / (rate * self.season(t))))
                t = t + D(days=gap) if b["n_prj"] > 0 or b["old"] else t
                if t > END or t > churn_at:
                    break
                t = self.work(t)
                if AB[0] <= t <= AB[1] and first_ab:
                    first_ab = False
                    b["variant"] = self.pick(["digital_qtx", "physical_only"])
                    self.exps.append(dict(experiment_id="digital_approval_2025", variant=b["variant"],
                                          customer_id=b["id"], assigned_at=fmt(t), mill_id=b["mill"]))
                elif t > AB[1]:
                    first_ab = False
                self.project(b, t)
            if t > churn_at:
                b["active"] = False
            # account manager visits
            n_vis = int(self.rng.poisson(3 if b["n_po"] >= 3 else 0.6))
            for _ in range(n_vis):
                vt = self.work(max(b["signup"], START) + D(days=self.u(0, (END - max(b["signup"], START)).days)))
                self.ev(b, vt, "tp_am_visit", "visited", channel=self.pick(["onsite", "video_call"], [0.4, 0.6]))
                if self.p(0.25):
                    top = "comms" if (b["am"] == "Imran Chowdhury" and self.p(0.5)) else \
                        self.pick(["praise_am", "neutral", "late", "praise_match"], [0.4, 0.3, 0.15, 0.15])
                    self.comment(b, vt, top, "tp_am_visit", "call_note", no_ts=self.p(0.3))
        # trade-fair conversation notes, never dated
        for _ in range(70):
            b = bs[int(self.rng.integers(0, len(bs)))]
            self.comment(b, None, self.pick(["praise_match", "neutral", "labdip_slow", "late"], [0.35, 0.35, 0.15, 0.15]),
                         "tp_inquiry", "trade_fair_note", no_ts=True)
        self.finish(bs)

    def finish(self, bs):
        cut6 = END - D(days=183)
        revs = sorted((b["revenue"] for b in bs), reverse=True)
        key_cut = revs[int(len(bs) * 0.08)]
        for b in bs:
            if b["n_prj"] == 0:
                seg = "prospect"
            elif b["n_po"] == 0:
                seg = "sampling"
            elif b["revenue"] >= key_cut and b["revenue"] > 0:
                seg = "key_account"
            elif b["last_po"] and b["last_po"] >= cut6:
                seg = "active"
            else:
                seg = "dormant"
            m = MILLS[b["mill"]]
            self.customers.append(dict(
                customer_id=b["id"], brand_name=b["name"], signup_at=fmt(b["signup"]), segment=seg, tier=b["tier"],
                region=b["region"], 区域=REGION_ZH[b["region"]], country=b["country"],
                acquisition_channel=b["acq"], 获客渠道=ACQ_ZH[b["acq"]], brand_type=b["btype"],
                品牌类型=BTYPE[b["btype"]][4], mill_id=b["mill"], mill_en=m["en"], 工厂=m["zh"],
                account_manager=b["am"], payment_terms=b["terms"]))

    # ---------------------------------------------------------------- write
    def write(self, out: Path):
        out.mkdir(parents=True, exist_ok=True)
        (out / "_truth").mkdir(exist_ok=True)

        def dump(name, cols, rows):
            with open(out / name, "w", newline="", encoding="utf-8") as f:
                w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
                w.writeheader()
                for r in rows:
                    w.writerow({c: r.get(c, "") for c in cols})

        dump("touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner",
                                 "aliases"],
             [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                   owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
        dump("journeys.csv", ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                              "touchpoint_id", "window_days"],
             [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                   touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])])
        dump("customers.csv", list(self.customers[0]), self.customers)
        evs = sorted(self.events, key=lambda r: (r["ts"], r["event_id"]))
        dump("events.csv", EV_COLS, evs)
        dump("orders.csv", ORD_COLS, sorted(self.orders, key=lambda r: (r["ts"], r["order_id"])))
        fb = sorted(self.feedback, key=lambda r: (r["ts"] or "9", r["feedback_id"]))
        dump("feedback.csv", FB_COLS, fb)
        dump("experiments.csv", ["experiment_id", "variant", "customer_id", "assigned_at", "mill_id"], self.exps)
        dump("_truth/feedback_truth.csv", ["feedback_id", "topic", "sentiment", "language"], self.truth)


def main() -> int:
    out = Path(sys.argv[1])
    g = G()
    g.run()
    g.write(out)
    print(f"customers {len(g.customers)}, events {len(g.events)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}, experiments {len(g.exps)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
