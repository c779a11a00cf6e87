"""书页 PageTurn: an online bookstore (paper books, e-books, audiobooks) with an e-reading subscription,
2025-01-01 .. 2026-08-31.

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

SEED = 20261202
START = datetime(2025, 1, 1)
END = datetime(2026, 8, 31, 23, 0, 0)
N = 5200
D = timedelta
SWITCH = datetime(2026, 4, 1)                                         # 西南 orders move to 速达快运
BUG_FROM, BUG_TO = datetime(2026, 6, 1), datetime(2026, 7, 20)       # cancelled subs still charged

TOUCHPOINTS = [
    ("tp_search", "站内搜索", "Search", "awareness", "app", "digital", "discovery",
     "搜索|搜书|找书|search|book search"),
    ("tp_detail", "图书详情页", "Book detail page", "consideration", "app", "digital", "discovery",
     "详情页|商品页|书页|detail page|product page|book page"),
    ("tp_sample", "免费试读", "Free sample", "consideration", "app", "digital", "ebook",
     "试读|免费试读|样章|sample|free sample|preview|read a sample"),
    ("tp_cart", "加入购物车", "Add to cart", "purchase", "app", "digital", "commerce",
     "加购|购物车|加入购物车|add to cart|cart|basket"),
    ("tp_checkout", "结算下单", "Checkout", "purchase", "app", "digital", "commerce",
     "结算|下单|提交订单|checkout|place order"),
    ("tp_payment", "支付成功", "Payment", "purchase", "app", "digital", "commerce",
     "支付|付款|买单|payment|pay|paid"),
    ("tp_shipping", "配送签收", "Delivery", "service", "store", "physical", "logistics",
     "物流|快递|配送|发货|签收|收货|shipping|delivery|courier"),
    ("tp_download", "电子书下载", "E-book download", "service", "app", "digital", "ebook",
     "下载|电子书下载|同步到阅读器|download|e-book download"),
    ("tp_trial_start", "会员试用开通", "Subscription trial start", "purchase", "app", "digital", "membership",
     "试用|免费试用|畅读卡试用|7天试用|trial|free trial|trial start"),
    ("tp_convert", "试用转付费", "Trial converted to paid", "purchase", "app", "digital", "membership",
     "转付费|首次扣费|开通畅读会员|付费开通|conversion|first charge|paid subscription|subscribe"),
    ("tp_renewal", "会员续费", "Subscription renewal", "loyalty", "app", "digital", "membership",
     "续费|自动续费|续订|renewal|auto-renew|renew"),
    ("tp_cancel", "取消订阅", "Subscription cancellation", "loyalty", "app", "digital", "membership",
     "退订|取消订阅|取消续费|关闭自动续费|cancel|cancellation|unsubscribe"),
    ("tp_reading", "阅读时长", "Reading session", "loyalty", "app", "digital", "ebook",
     "阅读|读书|阅读记录|reading|reading session|read"),
    ("tp_review", "书评打分", "Review & rating", "loyalty", "app", "digital", "community",
     "书评|评分|打分|评价|review|rating|stars"),
    ("tp_cs", "客服咨询", "Customer service", "service", "phone", "digital", "customer_service",
     "客服|人工客服|投诉|工单|customer service|support|complaint|ticket"),
]
JOURNEYS = [
    ("paper_purchase", "纸书购买", "Paper book purchase", 14,
     ["tp_search", "tp_detail", "tp_cart", "tp_checkout", "tp_payment", "tp_shipping"]),
    ("ebook_purchase", "电子书购买", "E-book purchase", 3, ["tp_sample", "tp_payment", "tp_download"]),
    ("trial_to_paid", "会员试用转付费", "Subscription trial to paid", 10, ["tp_trial_start", "tp_convert"]),
    ("renewal", "首月续费", "First renewal", 40, ["tp_convert", "tp_renewal"]),
]
CITIES = [("上海", "华东", 0.2), ("杭州", "华东", 0.1), ("北京", "华北", 0.17), ("天津", "华北", 0.06),
          ("广州", "华南", 0.12), ("深圳", "华南", 0.12), ("成都", "西南", 0.13), ("重庆", "西南", 0.1)]
DEVICES = [("phone", 0.48), ("e-reader", 0.24), ("tablet", 0.18), ("pc", 0.10)]
ACQ = [("app_store", 0.3), ("search_ads", 0.24), ("social", 0.22), ("referral", 0.12), ("e-reader_bundle", 0.12)]
TIERS = [("普通", 0.55), ("银卡", 0.25), ("金卡", 0.15), ("钻石", 0.05)]
CONV_P = {"e-reader": 0.66, "tablet": 0.46, "phone": 0.30, "pc": 0.38}
PRICE = {"monthly": 25.0, "annual": 218.0}
REASONS = [("too_expensive", 0.32), ("not_reading_enough", 0.3), ("content_gaps", 0.18), ("prefer_paper", 0.12),
           ("billing_issue", 0.08)]
# title, genre, publisher, paper price
BOOKS = [
    ("雾城旧事", "小说", "人民文学出版社", 49), ("海边的第七夜", "小说", "远航译丛", 59), ("北方的河流", "小说", "译林出版社", 45),
    ("午夜图书馆", "小说", "远航译丛", 62), ("长安小吏", "小说", "星河出版社", 39), ("星际列车", "小说", "星河出版社", 42),
    ("小熊的雨伞", "童书", "接力出版社", 36), ("恐龙去哪儿了", "童书", "接力出版社", 68), ("月亮邮局", "童书", "星河出版社", 29),
    ("会说话的森林", "童书", "接力出版社", 88),
    ("增长的逻辑", "经管", "中信出版社", 69), ("高效团队", "经管", "中信出版社", 58), ("财报不难懂", "经管", "星河出版社", 55),
    ("深入浅出Python", "科技", "机械工业出版社", 99), ("大模型简史", "科技", "远航译丛", 79), ("芯片战争", "科技", "中信出版社", 85),
    ("算法图解笔记", "科技", "机械工业出版社", 119),
    ("人类简史新编", "社科", "中信出版社", 68), ("城市的记忆", "社科", "译林出版社", 52),
]
GENRE_P = {"小说": 0.36, "童书": 0.18, "经管": 0.17, "科技": 0.15, "社科": 0.14}


def band(p):
    return "0-30" if p < 30 else "30-60" if p < 60 else "60-100" if p < 100 else "100+"


T = dict(
    late=dict(neg=[("快递太慢了，下单一个星期才到", "Delivery took over a week, way too slow"),
                   ("物流迟迟不到，催了好几次客服", "My order is late again, chased support three times"),
                   ("速达快运送得太慢，书到了假期都过完了", "Late delivery - the courier sat on my parcel for days")]),
    damaged=dict(neg=[("收到的书封面破损，书角都压坏了", "The cover arrived damaged and the corners were crushed"),
                      ("精装绘本封面破了一大块，送礼没法送", "Hardcover picture book came with a torn cover"),
                      ("包装太简陋，封面被压出折痕", "Flimsy packaging, the cover was bent and damaged")]),
    typo=dict(neg=[("电子书错别字太多了，一页好几个", "So many typos in this e-book, several per page"),
                   ("这版电子书错字连篇，像是没校对过", "The e-book is full of typos, clearly never proofread"),
                   ("电子版有错别字还有乱码，影响阅读", "Typos and garbled characters all over the e-book")]),
    translation=dict(neg=[("翻译很烂，读起来像机翻", "Poor translation, reads like machine translation"),
                          ("译文生硬，好多句子看不懂", "The translation is awful, sentences make no sense"),
                          ("翻译质量太差了，糟蹋了原著", "Terrible translation ruined a great book")]),
    charged=dict(neg=[("我已经取消订阅了还被扣费，要求退款", "I cancelled my subscription but was still charged, refund please"),
                      ("明明关了自动续费，这个月又扣了25块", "Charged after I cancelled the plan, this is not ok"),
                      ("取消了还扣费，客服处理太慢", "Cancelled last week and still got billed for another month")]),
    price=dict(neg=[("会员价格有点贵，书库更新也慢", "Subscription is a bit pricey for the catalogue"),
                    ("想看的新书会员书库里没有", "The new releases I want are not in the subscription library")]),
    pos_paper=dict(pos=[("包装很用心，书的品相很好", "Well packed, the book arrived in perfect condition"),
                        ("第二天就到了，速度很快", "Arrived next day, super fast"),
                        ("价格实惠，正版图书", "Good price and genuine copies")]),
    pos_ebook=dict(pos=[("排版舒服，阅读器上看很清楚", "Great typesetting, reads beautifully on the e-reader"),
                        ("试读之后果断买了，内容很好", "Read the sample and bought it, loved the book"),
                        ("下载很快，同步也方便", "Download was instant and syncs across devices")]),
    pos_sub=dict(pos=[("畅读会员很划算，每个月能读好几本", "The subscription is great value, I read several books a month"),
                      ("阅读器配合会员体验非常好", "The e-reader plus subscription combo is excellent")]),
    neutral=dict(neu=[("还行吧，中规中矩", "It's okay, nothing special"),
                      ("书还没看完，先打个分", "Haven't finished yet, rating for now"),
                      ("物流正常，书还没拆", "Delivery was normal, haven't opened it yet")]),
    search=dict(neg=[("搜索不好用，搜作者名搜不到书", "Search is useless, can't find books by author name")]),
)


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, fb, custs = [], [], [], []
    days = (END - START).days

    def pick(opts, k=1):
        p = np.array([o[-1] for o in opts], dtype=float)
        return opts[int(rng.choice(len(opts), p=p / p.sum()))]

    def ev(c, t, tp, action, **kw):
        if t <= END:
            events.append(dict(cid=c["id"], ts=t, tp=tp, action=action, dev=c["dev"], city=c["city"], **kw))
        return t

    def order(c, t, amount, status, otype, **kw):
        if t <= END:
            orders.append(dict(cid=c["id"], ts=t, amount=amount, status=status, type=otype, dev=c["dev"],
                               city=c["city"], **kw))

    def comment(c, t, tp, topic, channel, fmt_="", genre="", pub="", title="", courier=""):
        kind, opts = next(iter(T[topic].items()))
        zh, en = opts[int(rng.integers(len(opts)))]
        text = en if c["en"] else zh
        if kind == "neg":
            rating = int(rng.choice([1, 2], p=[0.55, 0.45]))
        elif kind == "pos":
            rating = int(rng.choice([4, 5], p=[0.4, 0.6]))
        else:
            rating = 3
        nps = ""
        if channel == "survey":
            nps = int(np.clip({"neg": 3, "pos": 9, "neu": 7}[kind] + rng.integers(-2, 2), 0, 10))
        if channel != "ticket" and rng.random() < 0.1:
            rating = ""
        if t > END:
            return
        fb.append(dict(text=text, ts=t, cid=c["id"], tp=tp, channel=channel, rating=rating, nps=nps, label=kind,
                       format=fmt_, genre=genre, pub=pub, title=title, dev=c["dev"], city=c["city"],
                       courier=courier, topic=topic))
        if channel == "ticket":
            ev(c, t, "tp_cs", "submit")

    for i in range(N):
        city, region, _ = pick(CITIES)
        c = dict(id=f"C{i + 1:05d}", t0=START + D(days=float(rng.uniform(0, days - 20))), city=city, region=region,
                 dev=pick(DEVICES)[0], acq=pick(ACQ)[0], tier=pick(TIERS)[0], en=rng.random() < 0.3,
                 plan="", sub_active=False, trial=False, paid=False)
        if c["acq"] == "e-reader_bundle" and rng.random() < 0.7:
            c["dev"] = "e-reader"
        c["t0"] = c["t0"].replace(microsecond=0)
        custs.append(c)

        # ---- shopping sessions
        n_sess = 1 + int(rng.poisson(2.6 + {"普通": 0, "银卡": 0.8, "金卡": 1.6, "钻石": 2.5}[c["tier"]]))
        for _ in range(n_sess):
            t = c["t0"] + D(days=float(rng.exponential(120)), hours=float(rng.uniform(0, 14)))
            t = t.replace(microsecond=0)
            if t > END:
                continue
            r = rng.random()
            fmt_ = "paper" if r < 0.5 else "ebook" if r < 0.9 else "audiobook"
            if c["dev"] == "e-reader" and fmt_ == "paper" and rng.random() < 0.6:
                fmt_ = "ebook"
            genre = pick([(g, p) for g, p in GENRE_P.items()])[0]
            books = [b for b in BOOKS if b[1] == genre]
            title, _, pub, price = books[int(rng.integers(len(books)))]
            if fmt_ != "paper":
                price = round(price * (0.35 if fmt_ == "ebook" else 0.5), 1)
            meta = dict(format=fmt_, genre=genre, pub=pub, title=title, band=band(price))
            if fmt_ == "paper":
                if rng.random() < 0.85:
                    t = ev(c, t, "tp_search", "search", **meta) + D(minutes=float(rng.uniform(1, 8)))
                else:
                    t = t  # came from a recommendation, no search
                ev(c, t, "tp_detail", "view", **meta)
                if rng.random() > 0.42:
                    continue
                t = ev(c, t + D(minutes=float(rng.uniform(1, 20))), "tp_cart", "click", **meta)
                if rng.random() > 0.72:
                    continue
                t = ev(c, t + D(hours=float(rng.exponential(10))), "tp_checkout", "submit", **meta)
                pay_ok = 0.86 if c["dev"] != "pc" else 0.8
                if rng.random() > pay_ok:
                    continue  # abandoned at the payment page (no payment event)
                t = ev(c, t + D(minutes=float(rng.uniform(1, 5))), "tp_payment", "success", **meta)
                qty = 1 + int(rng.random() < 0.25)
                amount = round(price * qty * (0.9 if c["tier"] in ("金卡", "钻石") else 1.0), 2)
                if rng.random() < 0.035:
                    order(c, t, amount, "cancelled", "book", **meta)
                    continue
                if region == "西南":
                    courier = "速达快运" if t >= SWITCH else ("中通快递" if rng.random() < 0.6 else "顺丰速运")
                else:
                    courier = "顺丰速运" if rng.random() < 0.45 else "中通快递" if rng.random() < 0.75 else "速达快运"
                base = {"顺丰速运": 1.6, "中通快递": 2.6, "速达快运": 3.0}[courier] + (0.9 if region == "西南" else 0)
                if courier == "速达快运" and region == "西南" and t >= SWITCH:
                    base += 3.8
                dd = max(1, int(round(base + rng.normal(0, 0.9))))
                t2 = ev(c, t + D(days=dd, hours=float(rng.uniform(0, 8))), "tp_shipping", "delivered",
                        courier=courier, delivery_days=dd, **meta)
                damaged = rng.random() < (0.11 if genre == "童书" else 0.02)
                status = "paid"
                if damaged and rng.random() < 0.6:
                    status = "refunded"
                elif rng.random() < 0.012:
                    status = "refunded"
                order(c, t, amount, status, "book", courier=courier, **meta)
                if damaged:
                    comment(c, t2 + D(hours=3), "tp_shipping", "damaged",
                            "ticket" if rng.random() < 0.5 else "review", **_fm(meta), courier=courier)
                elif dd >= 6 and rng.random() < 0.4:
                    comment(c, t2 + D(hours=2), "tp_shipping", "late", "ticket" if rng.random() < 0.4 else "review",
                            **_fm(meta), courier=courier)
                elif rng.random() < 0.1:
                    topic = "pos_paper" if dd <= 3 else "neutral"
                    comment(c, t2 + D(days=2), "tp_review", topic, "review", **_fm(meta), courier=courier)
                if rng.random() < 0.2:
                    ev(c, t2 + D(days=float(rng.uniform(2, 20))), "tp_review", "rate", **meta)
            else:
                if rng.random() < 0.35:
                    t = ev(c, t, "tp_search", "search", **meta) + D(minutes=float(rng.uniform(1, 5)))
                t = ev(c, t, "tp_detail", "view", **meta)
                sampled = fmt_ == "ebook" and rng.random() < 0.62
                if sampled:
                    t = ev(c, t + D(minutes=1), "tp_sample", "read", reading_minutes=int(rng.integers(3, 25)), **meta)
                    p_buy = 0.42 if c["dev"] == "e-reader" else 0.3
                else:
                    p_buy = 0.22
                if rng.random() > p_buy:
                    continue
                t = ev(c, t + D(minutes=float(rng.uniform(2, 90))), "tp_payment", "success", **meta)
                typo = fmt_ == "ebook" and rng.random() < (0.22 if pub == "星河出版社" else 0.015)
                trans = not typo and rng.random() < (0.2 if pub == "远航译丛" else 0.01)
                status = "refunded" if (typo and rng.random() < 0.4) else "paid"
                order(c, t, price, status, fmt_, **meta)
                if rng.random() > 0.97:
                    continue
                t = ev(c, t + D(minutes=float(rng.uniform(0, 30))), "tp_download", "download", **meta)
                for _ in range(int(rng.integers(1, 5))):
                    t = t + D(days=float(rng.exponential(3)), hours=float(rng.uniform(0, 3)))
                    mins = int(rng.lognormal(3.3 if c["dev"] == "e-reader" else 2.8, 0.5))
                    ev(c, t, "tp_reading", "read", reading_minutes=mins, **meta)
                if typo:
                    comment(c, t + D(hours=1), "tp_reading", "typo", "review", **_fm(meta))
                elif trans:
                    comment(c, t + D(hours=1), "tp_review", "translation", "review", **_fm(meta))
                elif rng.random() < 0.1:
                    comment(c, t + D(hours=1), "tp_review", "pos_ebook" if rng.random() < 0.75 else "neutral",
                            "review", **_fm(meta))
                if rng.random() < 0.25:
                    ev(c, t + D(hours=2), "tp_review", "rate", **meta)

        # ---- subscription
        if rng.random() < (0.55 if c["dev"] == "e-reader" else 0.3):
            plan = "annual" if rng.random() < 0.22 else "monthly"
            t = (c["t0"] + D(days=float(rng.exponential(60)), hours=float(rng.uniform(8, 22)))).replace(microsecond=0)
            if t > END - D(days=1):
                continue
            c["trial"] = True
            ev(c, t, "tp_trial_start", "start", plan=plan)
            for _ in range(int(rng.integers(0, 4))):
                ev(c, t + D(days=float(rng.uniform(0, 7))), "tp_reading", "read", plan=plan, format="ebook",
                   reading_minutes=int(rng.lognormal(3.4 if c["dev"] == "e-reader" else 2.9, 0.5)))
            if rng.random() > CONV_P[c["dev"]]:
                if rng.random() < 0.7:
                    ev(c, t + D(days=float(rng.uniform(1, 6.8))), "tp_cancel", "cancel_trial", plan=plan,
                       cancel_reason=pick(REASONS[:4])[0])
                continue
            t = ev(c, t + D(days=7, minutes=float(rng.uniform(1, 60))), "tp_convert", "success", plan=plan)
            if t > END:
                continue
            c["paid"], c["plan"], c["sub_active"] = True, plan, True
            order(c, t, PRICE[plan], "paid", "subscription_first", plan=plan)
            cycle = 30 if plan == "monthly" else 365
            churn = 0.11 if c["dev"] != "e-reader" else 0.06
            while True:
                nxt = t + D(days=cycle)
                # reading during the month
                for _ in range(int(rng.poisson(5 if c["dev"] == "e-reader" else 3))):
                    ev(c, t + D(days=float(rng.uniform(0, cycle if cycle == 30 else 30))), "tp_reading", "read",
                       plan=plan, format="ebook",
                       reading_minutes=int(rng.lognormal(3.5 if c["dev"] == "e-reader" else 2.9, 0.55)))
                if rng.random() < 0.03:
                    comment(c, t + D(days=10), "tp_renewal", "pos_sub" if rng.random() < 0.6 else "price", "survey",
                            fmt_="subscription")
                if nxt > END:
                    break
                if rng.random() < churn:
                    tc = (nxt - D(days=float(rng.uniform(0.5, 6)))).replace(microsecond=0)
                    ev(c, tc, "tp_cancel", "cancel", plan=plan, cancel_reason=pick(REASONS)[0])
                    c["sub_active"] = False
                    if plan == "monthly" and BUG_FROM <= nxt <= BUG_TO and rng.random() < 0.55:
                        # charged although cancelled; refunded after a complaint
                        order(c, nxt, PRICE[plan], "refunded", "subscription_renewal", plan=plan)
                        if rng.random() < 0.85:
                            comment(c, nxt + D(days=float(rng.uniform(0.2, 3))), "tp_cancel", "charged", "ticket",
                                    fmt_="subscription")
                    break
                if rng.random() < 0.015:
                    order(c, nxt, PRICE[plan], "cancelled", "subscription_renewal", plan=plan)
                    c["sub_active"] = False
                    break
                t = ev(c, nxt, "tp_renewal", "success", plan=plan)
                order(c, t, PRICE[plan], "paid", "subscription_renewal", plan=plan)

        if rng.random() < 0.03:
            comment(c, c["t0"] + D(days=float(rng.uniform(0, 60))), "tp_search", "search", "app_review")

    # ---- write
    def fmt(t):
        return t.strftime("%Y-%m-%d %H:%M:%S")

    with open(out / "touchpoints.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
        for tp in TOUCHPOINTS:
            w.writerow([tp[0], tp[1], tp[1], tp[2], *tp[3:]])
    with open(out / "journeys.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
                    "window_days"])
        for jid, zh, en, win, steps in JOURNEYS:
            for s, tp in enumerate(steps, 1):
                w.writerow([jid, zh, zh, en, s, tp, win])
    with open(out / "customers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "city",
                    "primary_device", "subscription_plan", "preferred_language"])
        for c in custs:
            seg = ("subscriber" if c["sub_active"] else "lapsed" if c["paid"] else "trialist" if c["trial"]
                   else "buyer")
            w.writerow([c["id"], fmt(c["t0"]), seg, c["region"], c["acq"], c["tier"], c["city"], c["dev"],
                        c["plan"] if c["sub_active"] else "none", "en" if c["en"] else "zh"])
    events.sort(key=lambda e: (e["ts"], e["cid"], e["tp"]))
    with open(out / "events.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "session_id",
                    "format", "genre", "book_title", "publisher", "price_band", "plan", "reading_minutes",
                    "courier", "delivery_days", "cancel_reason", "city"])
        for k, e in enumerate(events, 1):
            ch = "web" if e["dev"] == "pc" else "app"
            if e["tp"] == "tp_shipping":
                ch = "store"
            if e["tp"] == "tp_cs":
                ch = "phone"
            sess = f"S{e['cid'][1:]}-{e['ts'].strftime('%y%m%d')}"
            w.writerow([f"E{k:07d}", e["cid"], fmt(e["ts"]), e["tp"], e["action"], e["dev"], ch, sess,
                        e.get("format", ""), e.get("genre", ""), e.get("title", ""), e.get("pub", ""),
                        e.get("band", ""), e.get("plan", ""), e.get("reading_minutes", ""), e.get("courier", ""),
                        e.get("delivery_days", ""), e.get("cancel_reason", ""), e["city"]])
    orders.sort(key=lambda o: (o["ts"], o["cid"]))
    with open(out / "orders.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "format",
                    "genre", "publisher", "book_title", "price_band", "plan", "courier", "city"])
        for k, o in enumerate(orders, 1):
            w.writerow([f"O{k:06d}", o["cid"], fmt(o["ts"]), f"{o['amount']:.2f}", o["status"],
                        "web" if o["dev"] == "pc" else "app", o["dev"], o["type"], o.get("format", ""),
                        o.get("genre", ""), o.get("pub", ""), o.get("title", ""), o.get("band", ""),
                        o.get("plan", ""), o.get("courier", ""), o["city"]])
    fb.sort(key=lambda r: (r["ts"], r["cid"]))
    with open(out / "feedback.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                    "sentiment_label", "format", "genre", "publisher", "book_title", "device", "city", "courier"])
        for k, r in enumerate(fb, 1):
            ts = "" if (r["channel"] != "ticket" and rng.random() < 0.06) else fmt(r["ts"])
            w.writerow([f"F{k:05d}", r["text"], ts, r["cid"], r["tp"], r["channel"], r["rating"], r["nps"],
                        r["label"], r["format"], r["genre"], r["pub"], r["title"], r["dev"], r["city"], r["courier"]])
    print(f"{len(custs)} customers, {len(events)} events, {len(orders)} orders, {len(fb)} feedback")


def _fm(meta):
    return dict(fmt_=meta["format"], genre=meta["genre"], pub=meta["pub"], title=meta["title"])


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "books-data"))
