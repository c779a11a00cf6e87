"""餐链 ChefSupply: a B2B wholesale food-supply platform for restaurants, five cities, 2025-01-01 .. 2026-08-31.

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

SEED = 20261201
START = datetime(2025, 1, 1)
END = datetime(2026, 8, 31, 23, 59, 0)
N = 520
D = timedelta

CITIES = ["上海", "北京", "成都", "广州", "杭州"]
CITY_W = [0.30, 0.20, 0.18, 0.17, 0.15]
DISTRICTS = {"上海": ["静安", "徐汇", "浦东", "闵行"], "北京": ["朝阳", "海淀", "东城"],
             "成都": ["锦江", "武侯", "高新"], "广州": ["天河", "越秀", "海珠"], "杭州": ["西湖", "上城", "滨江"]}
REPS = {"上海": ["R01", "R02", "R03"], "北京": ["R04", "R05"], "成都": ["R06", "R11"], "广州": ["R07", "R08"],
        "杭州": ["R09", "R10"]}
BAD_REP = "R07"                      # slow credit paperwork, rarely visits, "rep unresponsive"
WAREHOUSE = {"上海": "上海嘉定仓", "北京": "北京大兴仓", "成都": "成都双流仓", "广州": "广州白云仓", "杭州": "杭州萧山仓"}
TYPES = ["火锅", "快餐", "中餐", "西餐", "烧烤", "日料"]
TYPE_W = [0.22, 0.25, 0.24, 0.14, 0.10, 0.05]
CATS = ["肉类", "蔬菜", "干货", "酒水", "海鲜"]
CAT_W = {"火锅": [.45, .22, .15, .10, .08], "快餐": [.32, .30, .28, .04, .06], "中餐": [.28, .28, .20, .12, .12],
         "西餐": [.30, .22, .10, .26, .12], "烧烤": [.50, .12, .08, .26, .04], "日料": [.12, .12, .12, .14, .50]}
CAT_MEAN = {"肉类": 3200, "蔬菜": 1300, "干货": 2100, "酒水": 4200, "海鲜": 3800}
SLOTS = ["06:00-08:00", "08:00-10:00", "10:00-12:00", "14:00-16:00"]
SLOT_W = {"火锅": [.05, .15, .45, .35], "快餐": [.55, .30, .10, .05], "中餐": [.25, .35, .30, .10],
          "西餐": [.10, .30, .40, .20], "烧烤": [.05, .10, .25, .60], "日料": [.20, .40, .30, .10]}
CHANNELS = ["sales_rep", "referral", "web_search", "trade_show", "wechat"]
CH_W = [0.42, 0.20, 0.16, 0.10, 0.12]

# planted windows
SHORT_FROM, SHORT_TO = datetime(2026, 4, 1), datetime(2026, 7, 1)      # 成都双流仓 relocation: short deliveries
LATE_FROM = datetime(2026, 3, 1)                                        # 上海 early-morning slot trucks late
MEAT_FROM, MEAT_TO = datetime(2025, 12, 1), datetime(2026, 2, 1)        # bad meat supplier batch
INV_FROM, INV_TO = datetime(2026, 5, 1), datetime(2026, 7, 16)          # new invoicing system bug

TOUCHPOINTS = [
    ("tp_rep_visit", "销售拜访", "Sales rep visit", "awareness", "store", "physical", "sales",
     "业务员拜访|销售上门|客户经理拜访|地推|rep visit|sales visit|account manager visit"),
    ("tp_register", "注册开户", "Account registration", "consideration", "web", "digital", "growth",
     "注册|开户|新客注册|sign up|registration|account opening"),
    ("tp_credit_apply", "授信申请", "Credit application", "consideration", "web", "digital", "finance",
     "申请账期|申请授信|信用申请|credit application|apply for credit|apply for terms"),
    ("tp_credit_approved", "授信通过", "Credit approved", "consideration", "other", "digital", "finance",
     "授信审批通过|账期批下来|额度审批|credit approval|credit approved|terms approved"),
    ("tp_catalog", "浏览商品目录", "Catalog browse", "consideration", "app", "digital", "product",
     "看目录|商品目录|浏览商品|选品|catalog|catalogue|browse products"),
    ("tp_quote", "询价报价", "Quote request", "consideration", "app", "digital", "sales",
     "询价|报价|要报价|大单报价|quote|quotation|RFQ|price request"),
    ("tp_reorder", "一键再订", "Reorder", "loyalty", "app", "digital", "product",
     "再来一单|一键复购|复购|再订|reorder|repeat order|order again"),
    ("tp_order", "下单", "Order placed", "purchase", "app", "digital", "sales",
     "下单|订货|提交订单|place order|order placement|purchase order|PO"),
    ("tp_order_cancel", "取消订单", "Order cancelled", "purchase", "app", "digital", "sales",
     "取消订单|撤单|cancel order|order cancellation"),
    ("tp_payment", "付款", "Payment", "purchase", "web", "digital", "finance",
     "付款|支付|回款|打款|结账|payment|pay|paid|remittance"),
    ("tp_picking", "仓库拣货", "Warehouse picking", "purchase", "other", "physical", "warehouse",
     "拣货|配货|仓库备货|分拣|picking|pick and pack|warehouse"),
    ("tp_dispatch", "装车配送", "Truck dispatch", "purchase", "other", "physical", "logistics",
     "发车|送货车|配送|出车|truck|dispatch|delivery run|out for delivery"),
    ("tp_signoff", "签收验货", "Delivery sign-off", "purchase", "store", "physical", "logistics",
     "签收|验货|收货|点货|sign-off|signoff|proof of delivery|goods receipt|delivery check"),
    ("tp_invoice", "开具发票", "Invoice issued", "service", "email", "digital", "finance",
     "开票|发票|增值税发票|invoice|invoicing|billing"),
    ("tp_overdue_reminder", "逾期催款", "Overdue payment reminder", "service", "phone", "digital", "finance",
     "催款|催收|逾期提醒|账款提醒|dunning|payment reminder|collections call|overdue reminder"),
    ("tp_complaint", "投诉", "Complaint", "service", "phone", "digital", "customer_service",
     "投诉|客诉|售后电话|complaint|customer complaint|CS ticket"),
    ("tp_return", "退货退款", "Return / refund", "service", "app", "physical", "customer_service",
     "退货|退款|退换|return|refund|RMA"),
]

JOURNEYS = [
    ("onboarding", "新客开户首单", "Onboarding to first order", 30,
     ["tp_register", "tp_credit_apply", "tp_credit_approved", "tp_order"]),
    ("order_to_delivery", "下单到签收", "Order to delivery", 3, ["tp_order", "tp_picking", "tp_dispatch", "tp_signoff"]),
    ("reorder", "复购", "Reorder loyalty", 14, ["tp_signoff", "tp_reorder", "tp_order"]),
    ("overdue_collection", "逾期回款", "Overdue collection", 30, ["tp_overdue_reminder", "tp_payment"]),
]

TEXTS = {
    "short": (["送来的{cat}少货了，单子上{n}箱实际只到{m}箱，后厨差点开不了门",
               "又缺货！签收验货发现{cat}少了{n}件，司机说仓库没配齐",
               "这周第二次少货，{cat}数量不对，晚市菜单都得改",
               "验货时发现短缺，{cat}少了好几样，希望仓库认真点"],
              ["Delivery came short again: {n} cases of {cat_en} missing at sign-off",
               "Order arrived short, {cat_en} missing, driver said the warehouse didn't pick it",
               "Second short delivery this week - items missing from the {cat_en} order"]),
    "late": (["早上的货又迟到了，约的{slot}，车{h}点多才到，备菜全乱了",
              "送货车晚到一个多小时，早市都开始了还没到货",
              "司机总是来晚，说是路上堵，能不能早点发车"],
             ["Truck was late again, booked {slot} but it showed up after {h}",
              "Delivery arrived late, over an hour after the slot, prep for breakfast was ruined",
              "The truck keeps coming late, please dispatch earlier"]),
    "meat": (["这批肉不新鲜，有异味，整箱退了",
              "牛肉质量太差，解冻后发臭，火锅店根本不能用",
              "羊肉卷有异味，怀疑变质了，要求退货"],
             ["The meat smelled off, beef was not fresh, we returned the whole case",
              "Pork quality was terrible this week, spoiled after thawing",
              "Lamb rolls smelled bad, meat clearly not fresh, requesting a return"]),
    "invoice": (["发票开错了，抬头和税号都不对，财务退回来重开",
                 "发票金额和订单对不上，已经第三次了",
                 "增值税发票税率开错，月底没法报账"],
                ["Invoice was wrong, company name and tax ID incorrect",
                 "The invoice amount doesn't match the order, third time now",
                 "Wrong VAT rate on the invoice, our accountant rejected it"]),
    "rep": (["业务员联系不上，微信不回电话不接，账期的事拖了好久",
             "我们的客户经理几个月都不来一次，找不到人，有问题没人理",
             "销售从来不回消息，加单改价都联系不上"],
            ["Our sales rep is unresponsive, never answers calls or WeChat",
             "Can't reach our rep for weeks, nobody follows up on our credit terms",
             "The rep ignores our messages, had to call head office instead"]),
    "good": (["货很新鲜，准时到，司机也很客气", "价格公道，品类齐全，比之前的供应商好",
              "送货准时，验货没问题，继续合作", "蔬菜很新鲜，下单方便", "一键再订很方便，省了很多时间"],
             ["Fresh produce, on time, friendly driver", "Good prices and a wide range, better than our old supplier",
              "On-time delivery, everything checked out fine", "Ordering in the app is easy and fast",
              "Reorder button saves us a lot of time"]),
    "meh": (["还行吧，价格可以再便宜点", "一般，偶尔会缺一两样", "整体可以，App有点卡"],
            ["It's okay, prices could be lower", "Average, sometimes one or two items are out of stock",
             "Fine overall, the app is a bit slow"]),
}
CAT_EN = {"肉类": "meat", "蔬菜": "vegetables", "干货": "dry goods", "酒水": "beverages", "海鲜": "seafood"}


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, customers = [], [], [], []
    cnt = {"e": 0, "o": 0, "f": 0}

    def nid(k, prefix, width):
        cnt[k] += 1
        return f"{prefix}{cnt[k]:0{width}d}"

    def ev(c, t, tp, action, **kw):
        if t > END:
            return
        row = {"event_id": nid("e", "E", 7), "customer_id": c["customer_id"], "ts": t.strftime("%Y-%m-%d %H:%M:%S"),
               "touchpoint_id": tp, "action": action, "device": kw.pop("device", c["device"]),
               "channel": kw.pop("channel", "app"), "session_id": kw.pop("session_id", ""),
               "city": c["region"], "restaurant_type": c["restaurant_type"], "sales_rep_id": c["sales_rep_id"]}
        row.update(kw)
        events.append(row)

    def comment(c, t, topic, channel, tp, rating=None, nps=None, order_id="", **fmt):
        lang = c["language"]
        zh, en = TEXTS[topic]
        pool = zh if lang == "zh" else en
        text = pool[int(rng.integers(len(pool)))]
        cat = fmt.get("cat", "肉类")
        text = text.format(cat=cat, cat_en=CAT_EN[cat], n=int(rng.integers(3, 9)), m=int(rng.integers(1, 3)),
                           slot=fmt.get("slot", "06:00-08:00"), h=fmt.get("h", 9))
        if t > END:
            return
        no_ts = rng.random() < (0.15 if channel == "app_review" else 0.06)
        sent = {"good": "pos", "meh": "neu"}.get(topic, "neg")
        feedback.append({"feedback_id": nid("f", "FB", 5), "text": text,
                         "ts": "" if no_ts else t.strftime("%Y-%m-%d %H:%M:%S"), "customer_id": c["customer_id"],
                         "touchpoint_id": tp, "channel": channel, "rating": "" if rating is None else rating,
                         "nps": "" if nps is None else nps, "language": lang, "order_id": order_id,
                         "city": c["region"], "restaurant_type": c["restaurant_type"],
                         "sales_rep_id": c["sales_rep_id"], "sentiment_label": sent})

    def rnd_time(day: datetime, h0: float, h1: float) -> datetime:
        return day.replace(hour=0, minute=0, second=0) + D(hours=float(rng.uniform(h0, h1)))

    for i in range(N):
        city = CITIES[rng.choice(5, p=CITY_W)]
        rtype = TYPES[rng.choice(6, p=TYPE_W)]
        rep = REPS[city][int(rng.integers(len(REPS[city])))]
        legacy = rng.random() < 0.25
        if legacy:
            signup = datetime(2023, 3, 1) + D(days=float(rng.uniform(0, 640)))
        else:
            signup = START + D(days=float(rng.uniform(0, 600)))
        acq = CHANNELS[rng.choice(5, p=CH_W)]
        lang = "en" if rng.random() < (0.55 if rtype == "西餐" else 0.08) else "zh"
        device = ["ios", "android", "pc"][rng.choice(3, p=[0.38, 0.42, 0.20])]
        c = {"customer_id": f"C{i + 1:04d}", "signup_at": signup.strftime("%Y-%m-%d %H:%M:%S"), "region": city,
             "district": DISTRICTS[city][int(rng.integers(len(DISTRICTS[city])))], "restaurant_type": rtype,
             "sales_rep_id": rep, "acquisition_channel": acq, "language": lang, "device": device}
        bad = rep == BAD_REP
        # ---------- onboarding
        terms, limit, first_ok = "prepay", 0, None
        if legacy:
            terms = "net30" if rng.random() < 0.6 else "prepay"
            first_ok = START + D(days=float(rng.uniform(0, 20)))
        else:
            if acq == "sales_rep":
                ev(c, signup - D(days=float(rng.uniform(2, 25))), "tp_rep_visit", "visit", channel="store",
                   device="")
            ev(c, signup, "tp_register", "submit", channel="web")
            t = signup
            p_order = 0.55 if acq == "web_search" else 0.88
            if rng.random() < 0.78:
                t = t + D(days=float(rng.uniform(0.05, 4)))
                ev(c, t, "tp_credit_apply", "submit", channel="web")
                if rng.random() < (0.55 if bad else 0.78):
                    t = t + D(days=float(rng.uniform(9, 26) if bad else rng.uniform(1, 6)))
                    ev(c, t, "tp_credit_approved", "success", channel="other", device="")
                    terms = "net30"
                else:
                    t = t + D(days=float(rng.uniform(2, 6)))     # declined: stays on prepay
            if rng.random() < p_order:
                first_ok = t + D(days=float(rng.exponential(5)) + 0.2)
        if terms == "net30":
            limit = int(rng.choice([20000, 30000, 50000, 80000, 100000, 150000], p=[.2, .25, .25, .15, .1, .05]))
        c.update(payment_terms=terms, credit_limit=limit)
        life = float(rng.exponential(260 if bad else 480))
        last_order = None
        n_orders = 0
        spend = []
        if first_ok is not None:
            stop = first_ok + D(days=life)
            gap_mean = {"火锅": 6.5, "快餐": 5.5, "中餐": 7.5, "西餐": 8.5, "烧烤": 7.5, "日料": 7}[rtype] * 1.6
            t = first_ok
            while t <= END and t <= stop:
                day = t
                place_order(c, day, n_orders, rng, ev, comment, orders, nid, rnd_time, spend)
                last_order = day
                n_orders += 1
                g = float(rng.exponential(gap_mean)) + 1
                # spring festival (2025-01-29, 2026-02-17): stock-up before (hotpot most), holiday dip
                for cny in (datetime(2025, 1, 29), datetime(2026, 2, 17)):
                    if cny - D(days=16) <= t < cny - D(days=2):
                        g *= 0.6 if rtype == "火锅" else 0.9
                    if cny - D(days=2) <= t < cny + D(days=6):
                        g *= 2.5
                t = t + D(days=g)
        # rep visits
        vt = max(signup, START) + D(days=float(rng.uniform(5, 60)))
        end_vis = min(END, (last_order or signup) + D(days=60))
        while vt <= end_vis:
            ev(c, rnd_time(vt, 10, 17), "tp_rep_visit", "visit", channel="store", device="")
            vt += D(days=float(rng.uniform(110, 220) if bad else rng.uniform(25, 60)))
        # quarterly account survey (nps) and rep complaints
        st = max(signup, START) + D(days=float(rng.uniform(20, 90)))
        while st <= min(END, (last_order or signup) + D(days=30)):
            if rng.random() < 0.35:
                if bad and rng.random() < 0.6:
                    comment(c, st, "rep", "account_survey", "tp_rep_visit", rating=int(rng.choice([1, 2])),
                            nps=int(rng.integers(0, 5)))
                elif rng.random() < 0.03:
                    comment(c, st, "rep", "account_survey", "tp_rep_visit", rating=2, nps=int(rng.integers(2, 6)))
                else:
                    good = rng.random() < 0.6
                    comment(c, st, "good" if good else "meh", "account_survey", "tp_rep_visit",
                            rating=int(rng.choice([4, 5])) if good else 3,
                            nps=int(rng.integers(8, 11)) if good else int(rng.integers(5, 8)))
            st += D(days=float(rng.uniform(80, 100)))
        if rng.random() < 0.25 and first_ok:
            at = first_ok + D(days=float(rng.uniform(5, 300)))
            good = rng.random() < 0.7
            comment(c, at, "good" if good else "meh", "app_review", "tp_catalog",
                    rating=int(rng.choice([4, 5])) if good else int(rng.choice([2, 3])))
        # customer facts at the end
        recent = sum(a for (d, a) in spend if d > END - D(days=365))
        c["_spend"] = recent
        if first_ok is None or n_orders == 0:
            seg = "inactive"
        elif not legacy and signup > END - D(days=90):
            seg = "new"
        elif last_order is None or last_order < END - D(days=90):
            seg = "churned"
        elif last_order < END - D(days=45):
            seg = "at_risk"
        else:
            seg = "active"
        c["segment"] = seg
        customers.append(c)

    sp = sorted(c["_spend"] for c in customers)
    gold_cut, silver_cut = sp[int(len(sp) * 0.9)], sp[int(len(sp) * 0.65)]
    for c in customers:
        c["tier"] = "gold" if c["_spend"] >= gold_cut and c["_spend"] > 0 else (
            "silver" if c["_spend"] >= silver_cut and c["_spend"] > 0 else "standard")
        if c["tier"] == "gold" and c["segment"] == "active":
            c["segment"] = "vip"

    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    # a few exact duplicate event rows (re-sent by the warehouse scanner)
    dup_idx = rng.choice(len(events), 60, replace=False)
    events.extend(dict(events[int(k)]) for k in dup_idx if events[int(k)]["touchpoint_id"] == "tp_picking")

    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow(r)

    write("touchpoints", [dict(zip(["touchpoint_id", "name", "name_en", "stage", "channel", "kind", "owner",
                                    "aliases"], tp)) | {"name_zh": tp[1]} for tp in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write("customers", customers, ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier",
                                   "district", "restaurant_type", "sales_rep_id", "credit_limit", "payment_terms",
                                   "language"])
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                             "channel", "order_id", "city", "restaurant_type", "sales_rep_id", "warehouse",
                             "category", "delivery_slot", "truck_id", "late_minutes", "shortage_items",
                             "invoice_error", "overdue_days", "complaint_topic", "amount"])
    write("journeys", [{"journey_id": j, "journey_name": zh, "journey_name_zh": zh, "journey_name_en": en,
                        "step": k + 1, "touchpoint_id": tp, "window_days": w}
                       for j, zh, en, w, steps in JOURNEYS for k, tp in enumerate(steps)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
           "window_days"])
    write("orders", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "category",
                             "order_value_band", "payment_terms", "delivery_slot", "warehouse", "city",
                             "restaurant_type", "sales_rep_id", "shortage_items", "due_date", "paid_at",
                             "overdue_days", "currency"])
    write("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                 "nps", "language", "order_id", "city", "restaurant_type", "sales_rep_id",
                                 "sentiment_label"])
    print(f"customers {len(customers)} events {len(events)} orders {len(orders)} feedback {len(feedback)}")


def place_order(c, day, k, rng, ev, comment, orders, nid, rnd_time, spend):
    rtype, city = c["restaurant_type"], c["region"]
    t_order = rnd_time(day, 13, 23.5)
    if t_order > END:
        return None
    oid = nid("o", "SO", 6)
    cat = CATS[rng.choice(5, p=CAT_W[rtype])]
    amount = round(float(CAT_MEAN[cat] * rng.lognormal(0, 0.55)), 2)
    band = "<2000" if amount < 2000 else ("2000-8000" if amount < 8000 else "8000+")
    ch = ["app", "web", "sales_rep", "phone"][rng.choice(4, p=[.55, .20, .15, .10])]
    dev = c["device"] if ch == "app" else ("pc" if ch == "web" else "")
    slot = SLOTS[rng.choice(4, p=SLOT_W[rtype])]
    wh = WAREHOUSE[city]
    common = dict(session_id=oid, order_id=oid, category=cat, warehouse=wh)
    # pre-order
    if k > 0 and rng.random() < 0.42:
        ev(c, t_order - D(minutes=float(rng.uniform(1, 20))), "tp_reorder", "click", device=dev or c["device"],
           **common)
    elif rng.random() < 0.75:
        ev(c, t_order - D(minutes=float(rng.uniform(3, 60))), "tp_catalog", "view", device=dev or c["device"],
           **common)
    if amount >= 8000 and rng.random() < 0.6:
        ev(c, t_order - D(hours=float(rng.uniform(3, 40))), "tp_quote", "submit", device=dev or c["device"],
           **common)
    ev(c, t_order, "tp_order", "submit", channel=ch, device=dev, amount=amount, delivery_slot=slot, **common)
    row = {"order_id": oid, "customer_id": c["customer_id"], "ts": t_order.strftime("%Y-%m-%d %H:%M:%S"),
           "amount": amount, "channel": ch, "device": dev, "category": cat, "order_value_band": band,
           "payment_terms": c["payment_terms"], "delivery_slot": slot, "warehouse": wh, "city": city,
           "restaurant_type": rtype, "sales_rep_id": c["sales_rep_id"], "shortage_items": "", "due_date": "",
           "paid_at": "", "overdue_days": "", "currency": "CNY"}
    orders.append(row)
    if rng.random() < 0.03:
        ev(c, t_order + D(minutes=float(rng.uniform(5, 120))), "tp_order_cancel", "submit", device=dev, **common)
        row["status"] = "cancelled"
        return None
    prepay = c["payment_terms"] == "prepay"
    if prepay:
        t_pay = t_order + D(minutes=float(rng.uniform(1, 30)))
        ev(c, t_pay, "tp_payment", "success", channel="web", device=dev, amount=amount, **common)
        row["paid_at"] = t_pay.strftime("%Y-%m-%d %H:%M:%S")
    # fulfilment (next morning)
    dday = (t_order + D(days=1)).replace(hour=0, minute=0, second=0)
    t_pick = dday + D(hours=float(rng.uniform(1.5, 4.5)))
    ev(c, t_pick, "tp_picking", "success", channel="other", device="", **common)
    t_disp = dday + D(hours=float(rng.uniform(4.6, 5.6))) + (D(hours=8) if slot == "14:00-16:00" else D(0))
    truck = f"{wh[:2]}-T{int(rng.integers(1, 9)):02d}"
    ev(c, t_disp, "tp_dispatch", "success", channel="other", device="", truck_id=truck, delivery_slot=slot, **common)
    slot_start = dday + D(hours=int(slot[:2]))
    late_sh = city == "上海" and slot == "06:00-08:00" and dday >= LATE_FROM
    late = max(0.0, float(rng.normal(45, 25) if late_sh else rng.normal(-5, 15)))
    late = round(late)
    t_sign = slot_start + D(minutes=float(rng.uniform(0, 100)) + late)
    shortage_p = 0.05
    if city == "成都" and SHORT_FROM <= dday < SHORT_TO:
        shortage_p = 0.38 if cat in ("肉类", "海鲜") else 0.18
    short = int(rng.integers(1, 5)) if rng.random() < shortage_p else 0
    ev(c, t_sign, "tp_signoff", "success", channel="store", device="", late_minutes=late, shortage_items=short,
       delivery_slot=slot, truck_id=truck, **common)
    row["shortage_items"] = short
    meat_bad = cat == "肉类" and ((MEAT_FROM <= dday < MEAT_TO and rng.random() < 0.16) or rng.random() < 0.012)
    returned = False
    # complaints and comments
    if short and rng.random() < 0.35:
        ev(c, t_sign + D(hours=float(rng.uniform(0.5, 6))), "tp_complaint", "submit", channel="phone", device="",
           complaint_topic="shortage", **common)
        comment(c, t_sign + D(hours=1), "short", "call_note", "tp_signoff", order_id=oid, cat=cat)
    if late > 30 and rng.random() < 0.25:
        ev(c, t_sign + D(hours=float(rng.uniform(0.2, 3))), "tp_complaint", "submit", channel="phone", device="",
           complaint_topic="late_delivery", **common)
        comment(c, t_sign + D(hours=1), "late", "call_note", "tp_dispatch", order_id=oid, slot=slot,
                h=int(slot[:2]) + 1 + late // 60)
    if meat_bad:
        ev(c, t_sign + D(hours=float(rng.uniform(1, 10))), "tp_complaint", "submit", channel="phone", device="",
           complaint_topic="quality", **common)
        if rng.random() < 0.7:
            comment(c, t_sign + D(hours=2), "meat", "call_note", "tp_return", order_id=oid)
        if rng.random() < 0.65:
            returned = True
            ev(c, t_sign + D(hours=float(rng.uniform(12, 40))), "tp_return", "submit", device=c["device"],
               **common)
    if rng.random() < 0.07:
        if short:
            comment(c, t_sign + D(hours=3), "short", "delivery_survey", "tp_signoff", rating=int(rng.choice([1, 2])),
                    order_id=oid, cat=cat)
        elif late > 30:
            comment(c, t_sign + D(hours=3), "late", "delivery_survey", "tp_dispatch",
                    rating=int(rng.choice([1, 2, 3], p=[.4, .4, .2])), order_id=oid, slot=slot,
                    h=int(slot[:2]) + 1 + late // 60)
        elif meat_bad:
            comment(c, t_sign + D(hours=3), "meat", "delivery_survey", "tp_return", rating=1, order_id=oid)
        else:
            good = rng.random() < 0.75
            comment(c, t_sign + D(hours=3), "good" if good else "meh", "delivery_survey", "tp_signoff",
                    rating=int(rng.choice([4, 5], p=[.4, .6])) if good else 3, order_id=oid)
    # invoice
    t_inv = t_sign + D(days=float(rng.uniform(0.5, 2.5)))
    inv_err = 1 if rng.random() < (0.15 if INV_FROM <= t_inv < INV_TO else 0.01) else 0
    ev(c, t_inv, "tp_invoice", "success", channel="email", device="", invoice_error=inv_err, **common)
    if inv_err and rng.random() < 0.45:
        ev(c, t_inv + D(hours=float(rng.uniform(2, 48))), "tp_complaint", "submit", channel="phone", device="",
           complaint_topic="invoice_error", **common)
        comment(c, t_inv + D(hours=5), "invoice", "call_note", "tp_invoice", order_id=oid)
    if c["sales_rep_id"] == BAD_REP and rng.random() < 0.012:
        ev(c, t_sign + D(hours=5), "tp_complaint", "submit", channel="phone", device="",
           complaint_topic="rep_unresponsive", **common)
        comment(c, t_sign + D(hours=5), "rep", "call_note", "tp_rep_visit", order_id=oid)
    # net30 payment
    if returned:
        row["status"] = "refunded"
        return None
    if not prepay:
        due = dday + D(days=30)
        row["due_date"] = due.strftime("%Y-%m-%d")
        p_late = 0.34 if c["restaurant_type"] == "快餐" else 0.10
        if rng.random() < p_late:
            lateness = float(rng.uniform(4, 75))
        else:
            lateness = -float(rng.uniform(0, 22))
        t_pay = due + D(days=lateness, hours=float(rng.uniform(9, 18)))
        # reminders for every overdue week-ish
        r = due + D(days=3, hours=10)
        n_rem = 0
        while r < t_pay and r <= END and n_rem < 4:
            ev(c, r, "tp_overdue_reminder", "call", channel="phone", device="",
               overdue_days=(r - due).days, **common)
            r += D(days=10)
            n_rem += 1
        if t_pay <= END:
            ev(c, t_pay, "tp_payment", "success", channel="web", device="", amount=row["amount"],
               overdue_days=max(0, (t_pay - due).days), **common)
            row["paid_at"] = t_pay.strftime("%Y-%m-%d %H:%M:%S")
            row["overdue_days"] = max(0, (t_pay - due).days)
            row["status"] = "paid"
        elif due < END:
            row["status"] = "overdue"
            row["overdue_days"] = (END - due).days
        else:
            row["status"] = "unpaid"
    else:
        row["status"] = "paid"
        row["overdue_days"] = 0
    if row["status"] == "paid":
        spend.append((day, row["amount"]))
    return row


if __name__ == "__main__":
    main(Path(sys.argv[1]))
