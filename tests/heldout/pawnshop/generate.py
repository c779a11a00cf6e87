"""宝信当铺 TrustPawn: a pawnshop chain (11 stores in Shanghai, Suzhou and Nanjing) plus an online pawn app with a
mail-in service (线上寄当). A customer finds us (walk-in, Douyin, Xiaohongshu, Baidu, a referral), gets a free online
quote in the app (在线估价, photos), brings or mails the item for an appraisal (鉴定评估: gold jewellery, watches,
luxury bags, phones), accepts the offer and signs the pawn ticket (签当票), the loan is paid out (放款, 当金), each
month a due reminder (到期提醒) is sent, the customer renews (续当, pays the monthly 综合费) or redeems (赎当: principal
plus the month's fee, item returned); after the 5-day grace period an unredeemed item is forfeited (绝当) and is sold
in the outlet (绝当品商城), where buyers browse, buy and may return within 7 days.
Data 2025-01-01 .. 2026-06-30 (the extract was taken at the start of July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments), plus
OUTDIR/_truth/feedback_truth.csv (topics and sentiment of each comment: generator truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261219
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_PAWN, N_OUTLET = 4200, 1800
SLOW_PAYOUT = (datetime(2025, 9, 1), datetime(2025, 11, 16))      # new custodian bank: mail-in payouts stall
SMS_OUTAGE = (datetime(2026, 1, 10), datetime(2026, 3, 1))        # reminder SMS gateway broken (due dates in window)
FEE_PERIOD = (datetime(2025, 3, 1), datetime(2026, 1, 1))         # Xinjiekou charges an undisclosed appraisal fee
APP_VERSIONS = [(datetime(2025, 1, 1), "4.2.0"), (datetime(2025, 6, 9), "4.3.0"), (datetime(2025, 9, 1), "4.4.0"),
                (datetime(2025, 11, 17), "4.4.2"), (datetime(2026, 3, 16), "4.5.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "了解宝信", "Discover TrustPawn", "awareness", "ads", "digital", "marketing",
     "了解|发现|刷到|搜到|下载App|首次到访|discover|first visit|found us|app install"),
    ("tp_quote", "在线估价", "Online quote", "consideration", "app", "digital", "product",
     "估价|在线估价|拍照估价|预估|报价|quote|online quote|estimate|price check"),
    ("tp_appraise", "鉴定评估", "Appraisal", "consideration", "store", "physical", "appraisal",
     "鉴定|评估|验货|看货|估值|鉴定师|appraisal|appraise|valuation|authentication"),
    ("tp_sign", "签当票", "Pawn ticket signed", "purchase", "store", "physical", "store_ops",
     "签当票|签约|成交|接受报价|当票|开票|sign|pawn ticket|deal|accept offer"),
    ("tp_payout", "放款到账", "Loan payout", "purchase", "other", "digital", "finance",
     "放款|当金|到账|打款|借款到账|payout|loan paid|disbursement|money received"),
    ("tp_reminder", "到期提醒", "Due-date reminder", "service", "other", "digital", "crm",
     "到期提醒|续当提醒|短信提醒|提醒|reminder|due reminder|sms"),
    ("tp_renew", "续当", "Renewal (续当)", "loyalty", "app", "digital", "finance",
     "续当|续期|续费|交综合费|延期|renew|renewal|extend loan|roll over"),
    ("tp_redeem", "赎当", "Redemption (赎当)", "service", "store", "physical", "store_ops",
     "赎当|赎回|还款取货|取回|redeem|redemption|pay back|get my item back"),
    ("tp_forfeit", "绝当", "Forfeited (绝当)", "service", "other", "digital", "risk",
     "绝当|死当|逾期|没赎回|forfeit|forfeited|default|lapsed"),
    ("tp_outlet_view", "绝当品浏览", "Outlet browsing", "awareness", "app", "digital", "outlet",
     "绝当品|逛商城|看二手|浏览商品|outlet|browse|forfeited items shop|pre-owned"),
    ("tp_outlet_buy", "绝当品购买", "Outlet purchase", "purchase", "app", "digital", "outlet",
     "买绝当品|下单|购买|捡漏|outlet purchase|buy|bought|order"),
    ("tp_outlet_return", "绝当品退货", "Outlet return", "service", "app", "digital", "outlet",
     "退货|退款|七天无理由|return|refund|send back"),
    ("tp_rate", "服务评价", "Service rating", "loyalty", "app", "digital", "marketing",
     "评价|打分|评分|点评|rate|rating|review|stars"),
    ("tp_hotline", "客服热线", "Customer hotline", "service", "phone", "digital", "customer_service",
     "客服|热线|电话|400电话|hotline|call center|phone support"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("quote", "在线估价到鉴定", "Quote to appraisal", ["tp_discover", "tp_quote", "tp_appraise"], 30),
    ("pawn", "当物借款", "Pawn loan", ["tp_appraise", "tp_sign", "tp_payout"], 7),
    ("redeem", "赎当回收", "Loan redemption", ["tp_payout", "tp_redeem"], 210),
    ("outlet", "绝当品选购", "Outlet shopping", ["tp_outlet_view", "tp_outlet_buy"], 7),
]
CITIES = {"Shanghai": ("上海", 0.5), "Suzhou": ("苏州", 0.2), "Nanjing": ("南京", 0.3)}
STORES = [  # id, city, zh, en, opened
    ("S01", "Shanghai", "上海南京西路店", "Shanghai West Nanjing Rd", None),
    ("S02", "Shanghai", "上海徐家汇店", "Shanghai Xujiahui", None),
    ("S03", "Shanghai", "上海五角场店", "Shanghai Wujiaochang", None),
    ("S04", "Shanghai", "上海陆家嘴店", "Shanghai Lujiazui", None),
    ("S05", "Shanghai", "上海虹桥店", "Shanghai Hongqiao", datetime(2026, 4, 1)),
    ("S06", "Suzhou", "苏州观前街店", "Suzhou Guanqian St", None),
    ("S07", "Suzhou", "苏州园区店", "Suzhou Industrial Park", None),
    ("S08", "Suzhou", "苏州石路店", "Suzhou Shilu", None),
    ("S09", "Nanjing", "南京新街口店", "Nanjing Xinjiekou", None),
    ("S10", "Nanjing", "南京河西店", "Nanjing Hexi", None),
    ("S11", "Nanjing", "南京夫子庙店", "Nanjing Fuzimiao", None),
]
ONLINE = ("ONL", "Shanghai", "线上寄当中心", "Online mail-in centre", None)
STORE_BY_ID = {s[0]: s for s in STORES + [ONLINE]}
CATS = {  # en: zh, median appraisal 2025, loan-to-value, sign prob, monthly fee rate, outlet return rate
    "gold_jewellery": ("黄金首饰", 11000, 0.80, 0.88, 0.025, 0.03),
    "watch": ("名表", 42000, 0.60, 0.72, 0.030, 0.16),
    "luxury_bag": ("奢侈品包", 17000, 0.50, 0.62, 0.030, 0.06),
    "phone": ("手机数码", 4200, 0.40, 0.42, 0.035, 0.09),
}
BRANDS = {"gold_jewellery": ["周大福", "老凤祥", "周生生", "中国黄金"], "watch": ["Rolex", "Omega", "Cartier", "Longines"],
          "luxury_bag": ["Louis Vuitton", "Chanel", "Hermès", "Gucci"], "phone": ["iPhone", "Huawei", "Xiaomi", "Samsung"]}
ACQ = {"walk_in": ("到店自然客", 0.28, 0.15, 0.90), "douyin": ("抖音", 0.22, 0.95, 0.30),
       "xiaohongshu": ("小红书", 0.15, 0.95, 0.50), "baidu": ("百度", 0.15, 0.90, 0.58),
       "referral": ("老客介绍", 0.20, 0.80, 0.74)}          # zh, weight, P(online quote), P(quote -> appraisal)
CTYPE = {"individual": ("个人", 0.78), "small_business": ("个体户", 0.22)}
SEG_ZH = {"new": "新客", "returning": "回头客", "vip": "VIP", "at_risk": "流失风险", "prospect": "潜在客户",
          "outlet_buyer": "商城买家"}
TIER_ZH = {"standard": "普通", "silver": "银卡", "gold": "金卡", "black": "黑金卡"}
OTYPE_ZH = {"loan": "当金放款", "renewal_fee": "续当费", "redeem_fee": "赎当费用", "appraisal_fee": "鉴定费",
            "outlet": "绝当品销售"}

# feedback texts: each topic has its own marker words (gold.py counts by them)
TEXT = {
    "low_appraisal": (
        ["估价太低了，{brand}的{cat_zh}才给这么点，明显压价", "鉴定完评估价太低，跟网上估价差一大截，压价压得太狠",
         "{cat_zh}估价太低，感觉被压价了，不当了", "评估价太低，鉴定师一直挑毛病压价"],
        ["The appraisal was way too low for my {brand}, total lowball", "Lowball offer on my {cat_en}, way below the app quote",
         "They lowball everything, the appraisal was way too low"]),
    "hidden_fee": (
        ["签当票的时候才发现还有隐藏费用，鉴定费事先没说", "乱收费，综合费之外又扣了一笔鉴定费，隐藏费用太坑",
         "有隐藏费用，当金到手比说好的少了两百"],
        ["There was a hidden fee at signing nobody told me about", "Hidden fee for 'appraisal' deducted from my loan"]),
    "slow_payout": (
        ["寄当签约两天了钱迟迟没到账，放款太慢", "放款太慢，说好的两小时到账结果等了一天多", "钱迟迟没到账，客服只会说银行在处理",
         "线上寄当放款太慢了，急用钱的别选"],
        ["Signed the ticket and the payout took more than a day", "Still waiting for the money, payout took forever",
         "Payout took over 24 hours, not what the app promised"]),
    "no_reminder": (
        ["根本没收到提醒就绝当了，东西没了", "到期前没收到提醒，过了宽限期直接绝当，太不负责", "续当短信没收到提醒，金镯子就这么绝当了"],
        ["I never got a reminder and my item was forfeited", "No reminder at all before the due date, now it's forfeited"]),
    "outlet_quality": (
        ["买的绝当品成色和描述不符，已申请退货", "商城的{cat_zh}成色比图片差很多，退了", "成色和描述不符，表面有划痕没写"],
        ["The outlet {cat_en} condition was worse than described, returned it",
         "Item condition was worse than the photos, sent it back"]),
    "appraiser_praise": (
        ["鉴定师很专业，讲得清清楚楚", "店里鉴定师很专业，态度也好，当金给得公道", "鉴定师很专业，十分钟就验完了"],
        ["The appraiser was professional and explained everything", "Very professional appraiser, fair offer"]),
    "fast_payout": (
        ["签完当票秒到账，放款很快", "放款很快，急用钱帮了大忙", "手续简单放款很快"],
        ["Money arrived fast, within minutes of signing", "Quick payout, money arrived fast"]),
    "outlet_praise": (
        ["绝当品性价比高，捡到漏了", "商城的{cat_zh}性价比高，和描述一致", "第二次在绝当品商城买了，性价比高"],
        ["Great value in the outlet, exactly as described", "Bought a {cat_en} in the outlet, great value"]),
    "neutral": (
        ["流程还行，就是排队有点久", "整体一般，App有点卡", "服务中规中矩", "续当在App上就能办，还算方便"],
        ["It was okay, a bit of a queue", "Average experience, the app is a bit slow", "Fine overall"]),
}
SENT = {"low_appraisal": "negative", "hidden_fee": "negative", "slow_payout": "negative", "no_reminder": "negative",
        "outlet_quality": "negative", "appraiser_praise": "positive", "fast_payout": "positive",
        "outlet_praise": "positive", "neutral": "neutral"}
CAT_EN = {"gold_jewellery": "gold bracelet", "watch": "watch", "luxury_bag": "bag", "phone": "phone"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def app_version(t):
    v = APP_VERSIONS[0][1]
    for d, name in APP_VERSIONS:
        if t >= d:
            v = name
    return v


def open_stores(city, t):
    return [s for s in STORES if s[1] == city and (s[4] is None or s[4] <= t)]


def biz_time(day: datetime) -> datetime:
    """a time during opening hours (10:00-20:00) on that day."""
    return day.replace(hour=10, minute=0, second=0) + D(minutes=float(rng.uniform(0, 600)))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.cust = [], [], [], [], []
        self.n_case = self.n_ol = 0

    def ev(self, c, t, tp, sid, action, device=None, channel=None, **kw):
        if t > END:
            return False
        r = dict(event_id=f"E{len(self.events) + 1:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                 session_id=sid, action=action, device=device, channel=channel,
                 app_version=app_version(t) if device else None)
        r.update(kw)
        self.events.append(r)
        return True

    def order(self, c, t, amount, otype, sid, status="paid", **kw):
        r = dict(order_id=f"O{len(self.orders) + 1:06d}", customer_id=c["customer_id"], ts=ts(t),
                 amount=round(float(amount), 2), status=status, order_type=otype, 订单类型=OTYPE_ZH[otype],
                 pawn_ticket_no=sid, currency="CNY")
        r.update(kw)
        self.orders.append(r)

    def fb(self, c, t, topic, channel, tp, rating=None, nps=None, undated=False, ctx=None):
        ctx = ctx or {}
        lang = c["preferred_language"]
        zh, en = TEXT[topic]
        tpl = pick(zh if lang == "zh" else en, [1] * len(zh if lang == "zh" else en))
        cat = ctx.get("category", "gold_jewellery")
        text = tpl.format(brand=ctx.get("brand", ""), cat_zh=CATS[cat][0], cat_en=CAT_EN[cat])
        if t > END:
            return
        fid = f"F{len(self.feedback) + 1:06d}"
        r = dict(feedback_id=fid, text=text, ts=None if undated else ts(t), customer_id=c["customer_id"],
                 touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang)
        for k in ("store_id", "store", "store_en", "store_city", "门店城市", "category", "品类", "pawn_ticket_no"):
            r[k] = ctx.get(k)
        self.feedback.append(r)
        self.truth.append(dict(feedback_id=fid, topics=topic, sentiment=SENT[topic]))

    # ------------------------------------------------------------------ customers
    def customers(self):
        span = (END - START).total_seconds()
        for i in range(N_PAWN + N_OUTLET):
            outlet_only = i >= N_PAWN
            while True:    # growth: more people later
                u = float(rng.uniform())
                if rng.uniform() < 0.6 + 0.4 * u:
                    break
            t = START + D(seconds=u * span * 0.97)
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            acq = pick(list(ACQ), [v[1] for v in ACQ.values()])
            if outlet_only and acq == "walk_in":
                acq = "douyin"
            ctype = pick(list(CTYPE), [v[1] for v in CTYPE.values()])
            lang = "en" if rng.uniform() < (0.16 if city == "Shanghai" else 0.05) else "zh"
            self.cust.append(dict(customer_id=f"C{i + 1:05d}", signup=t, city=city, acq=acq, ctype=ctype,
                                  outlet_only=outlet_only, preferred_language=lang,
                                  age_band=pick(["18-25", "26-35", "36-45", "46-55", "56+"], [2, 4, 3, 2, 1]),
                                  gender=pick(["female", "male"], [0.45, 0.55]),
                                  phone_os=pick(["ios", "android"], [0.55, 0.45] if city == "Shanghai" else [0.4, 0.6]),
                                  n_cases=0, n_paid=0, spend=0.0, last=t, outlet_buys=0))

    # ------------------------------------------------------------------ a pawn case
    def case(self, c, t0: datetime, first: bool):
        self.n_case += 1
        sid = f"PT{self.n_case:06d}"
        dev = c["phone_os"]
        acq = c["acq"]
        online_quote = rng.uniform() < (ACQ[acq][2] if first else 0.5)
        if first and not online_quote:
            t0 = biz_time(t0)
        if first:
            self.ev(c, t0, "tp_discover", None, "view" if acq != "walk_in" else "walk_in",
                    device=dev if acq != "walk_in" else None, channel=acq)
        yr26 = t0 >= datetime(2026, 1, 1)
        cat = pick(list(CATS), [0.50, 0.17, 0.15, 0.18] if yr26 else [0.35, 0.20, 0.20, 0.25])
        brand = pick(BRANDS[cat], [4, 3, 2, 1])
        mail_in = online_quote and acq != "walk_in" and rng.uniform() < 0.45
        t = t0 + D(minutes=float(rng.uniform(1, 30)))
        if online_quote:
            self.ev(c, t, "tp_quote", sid, "quote", device=dev, channel="app", category=cat, 品类=CATS[cat][0],
                    brand=brand)
            p_app = ACQ[acq][3] if first else 0.8
            if rng.uniform() > p_app:
                return None
            t = t + (D(days=float(rng.uniform(2, 5))) if mail_in else D(days=float(rng.exponential(3.0)) + 0.05))
        elif not first:
            t = t0
        if mail_in:
            store = ONLINE
        else:
            opts = open_stores(c["city"], t)
            store = opts[int(rng.integers(len(opts)))]
        if not mail_in and online_quote:
            x = biz_time(t)
            t = x if x > t else biz_time(t + D(days=1))
        if t > END:
            return None
        sctx = dict(store_id=store[0], store=store[2], store_en=store[3], store_city=store[1],
                    门店城市=CITIES[store[1]][0], category=cat, 品类=CATS[cat][0], brand=brand, pawn_ticket_no=sid)
        med = CATS[cat][1] * (1.3 if (cat == "gold_jewellery" and yr26) else 1.0)
        appraised = round(float(med * rng.lognormal(0, 0.45)), -1)
        ltv = float(np.clip(CATS[cat][2] + rng.normal(0, 0.04), 0.2, 0.9))
        loan = round(appraised * ltv, -1)
        ch = "app" if mail_in else "store"
        self.ev(c, t, "tp_appraise", sid, "appraised", device=dev if mail_in else None, channel=ch,
                appraiser_id=f"AP{int(rng.integers(1, 31)):02d}", appraised_value=appraised, **sctx)
        c["n_cases"] += 1
        p_sign = CATS[cat][3] * (0.9 if mail_in else 1.0)
        if rng.uniform() > p_sign:   # declined the offer
            if rng.uniform() < {"phone": 0.35, "luxury_bag": 0.2, "watch": 0.1, "gold_jewellery": 0.03}[cat]:
                chn = "app_review" if rng.uniform() < 0.6 else "call_note"
                self.fb(c, t + D(hours=float(rng.uniform(1, 30))), "low_appraisal", chn, "tp_appraise",
                        rating=int(pick([1, 2, 3], [5, 4, 1])) if chn == "app_review" else None,
                        undated=chn == "call_note" and rng.uniform() < 0.5, ctx=sctx)
            return None
        t_sign = t + D(minutes=float(rng.uniform(10, 40))) + (D(hours=float(rng.uniform(2, 20))) if mail_in else D())
        term = int(pick([30, 60, 90], [0.8, 0.12, 0.08]))
        rate = CATS[cat][4]
        self.ev(c, t_sign, "tp_sign", sid, "signed", device=dev if mail_in else None, channel=ch, loan_amount=loan,
                appraised_value=appraised, ltv=round(loan / appraised, 3), term_days=term, monthly_fee_rate=rate,
                **sctx)
        fee_store = store[0] == "S09" and FEE_PERIOD[0] <= t_sign < FEE_PERIOD[1]
        if fee_store:
            self.order(c, t_sign, 200, "appraisal_fee", sid, channel=ch, **sctx)
        if mail_in:
            slow = SLOW_PAYOUT[0] <= t_sign < SLOW_PAYOUT[1]
            delay = D(hours=float(rng.lognormal(np.log(30 if slow else 2.0), 0.4)))
        else:
            delay = D(minutes=float(rng.lognormal(np.log(15), 0.5)))
        t_pay = t_sign + delay
        method = "bank_transfer" if mail_in or rng.uniform() < 0.7 else "cash"
        if not self.ev(c, t_pay, "tp_payout", sid, "paid_out", channel=ch, loan_amount=loan, payout_method=method,
                       放款方式="银行转账" if method == "bank_transfer" else "现金", **sctx):
            return None
        self.order(c, t_pay, loan, "loan", sid, channel=ch, payout_method=method, **sctx)
        c["n_paid"] += 1
        # feedback after the payout
        slow_h = delay.total_seconds() / 3600
        if rng.uniform() < 0.35:
            t_fb = t_pay + D(hours=float(rng.uniform(0.2, 48)))
            rnd = rng.uniform()
            if slow_h > 12 and rnd < 0.8:
                topic, tp, stars = "slow_payout", "tp_payout", pick([1, 2], [6, 4])
            elif rnd < {"phone": 0.40, "luxury_bag": 0.22, "watch": 0.08, "gold_jewellery": 0.03}[cat]:
                topic, tp, stars = "low_appraisal", "tp_appraise", pick([1, 2, 3], [3, 5, 2])
            elif (fee_store and rnd < 0.65) or rng.uniform() < 0.025:
                topic, tp, stars = "hidden_fee", "tp_sign", pick([1, 2], [5, 5])
            elif rnd < 0.72:
                topic, tp, stars = pick([("appraiser_praise", "tp_appraise", 5), ("fast_payout", "tp_payout", 5)],
                                        [1, 1 if slow_h < 6 else 0])
                stars = pick([4, 5], [3, 7])
            else:
                topic, tp, stars = "neutral", "tp_rate", pick([3, 4], [6, 4])
            if mail_in or rng.uniform() < 0.75:
                self.ev(c, t_fb, "tp_rate", sid, "rate", device=dev, channel="app", stars=int(stars))
                self.fb(c, t_fb, topic, "app_review", tp, rating=int(stars), ctx=sctx)
            else:
                self.fb(c, t_fb, topic, "dianping_review", tp, rating=int(stars),
                        undated=rng.uniform() < 0.33, ctx=sctx)
        if slow_h > 12 and rng.uniform() < 0.55:
            chn = pick(["call_note", "ticket"], [1, 1])
            self.fb(c, t_pay - delay / 2, "slow_payout", chn, "tp_hotline" if chn == "call_note" else "tp_payout",
                    undated=chn == "call_note" and rng.uniform() < 0.5, ctx=sctx)
        # the loan life: reminders, renewals, redemption or forfeit
        due = t_pay + D(days=term)
        renewals = 0
        base_forfeit = {"phone": 0.22, "luxury_bag": 0.08, "watch": 0.06, "gold_jewellery": 0.05}[cat]
        if c["ctype"] == "small_business":
            p_renew, base_forfeit = 0.62, base_forfeit * 0.6
        else:
            p_renew = 0.28
        while True:
            if due > END:
                return None      # still an active loan at the end of the extract
            failed = SMS_OUTAGE[0] <= due < SMS_OUTAGE[1]
            self.ev(c, due - D(days=3) + D(hours=float(rng.uniform(9, 11)) - 0), "tp_reminder", sid,
                    "failed" if failed else "sent", channel="sms", due_date=due.strftime("%Y-%m-%d"), **sctx)
            p_forf = 0.38 if failed else base_forfeit
            u = rng.uniform()
            if u < p_forf:
                t_f = due + D(days=6, hours=float(rng.uniform(0, 3)))
                self.ev(c, t_f, "tp_forfeit", sid, "forfeited", channel="system", loan_amount=loan, **sctx)
                if rng.uniform() < (0.55 if failed else 0.04):
                    chn = pick(["ticket", "call_note", "app_review"], [5, 3, 2])
                    self.fb(c, t_f + D(days=float(rng.uniform(0.5, 10))), "no_reminder", chn,
                            "tp_forfeit" if chn != "call_note" else "tp_hotline",
                            rating=1 if chn == "app_review" else None,
                            undated=chn == "call_note" and rng.uniform() < 0.5, ctx=sctx)
                return None
            t_act = biz_time(due - D(days=float(rng.uniform(0, 6))))
            if t_act > END:
                return None
            if renewals < 5 and rng.uniform() < p_renew:
                renewals += 1
                fee = round(loan * rate, 2)
                self.ev(c, t_act, "tp_renew", sid, "renewed", device=dev, channel="app", renewal_no=renewals,
                        fee_amount=fee, **sctx)
                dup = rng.uniform() < 0.02
                self.order(c, t_act, fee, "renewal_fee", sid, channel="app", device=dev,
                           status="refunded" if dup else "paid",
                           refunded_at=ts(t_act + D(days=2)) if dup else None, renewal_no=renewals, **sctx)
                if dup:
                    self.order(c, t_act + D(minutes=1), fee, "renewal_fee", sid, channel="app", device=dev,
                               renewal_no=renewals, **sctx)
                due = due + D(days=30)
                continue
            fee = round(loan * rate, 2)
            self.ev(c, t_act, "tp_redeem", sid, "redeemed", channel="store" if not mail_in else "app",
                    principal_repaid=loan, fee_amount=fee, **sctx)
            self.order(c, t_act, fee, "redeem_fee", sid, channel="store" if not mail_in else "app",
                       principal_repaid=loan, **sctx)
            if rng.uniform() < 0.3:
                nps = int(np.clip(round(rng.normal(8.2 if not fee_store else 5.0, 1.6)), 0, 10))
                topic = "appraiser_praise" if nps >= 9 else ("hidden_fee" if fee_store and nps <= 6 else "neutral")
                self.fb(c, t_act + D(days=1), topic, "survey", "tp_redeem" if topic == "neutral" else
                        ("tp_appraise" if topic == "appraiser_praise" else "tp_sign"), nps=nps, ctx=sctx)
            return t_act

    # ------------------------------------------------------------------ outlet
    def outlet_session(self, c, t):
        self.n_ol += 1
        sid = f"OL{self.n_ol:06d}"
        dev = c["phone_os"]
        cat = pick(list(CATS), [0.30, 0.25, 0.30, 0.15])
        brand = pick(BRANDS[cat], [4, 3, 2, 1])
        ctx = dict(category=cat, 品类=CATS[cat][0], brand=brand, pawn_ticket_no=None)
        self.ev(c, t, "tp_outlet_view", sid, "view", device=dev, channel="app", category=cat, 品类=CATS[cat][0])
        p_buy = 0.16 if c["outlet_only"] else 0.10
        if rng.uniform() > p_buy:
            return
        tb = t + D(hours=float(rng.exponential(20)))
        price = round(CATS[cat][1] * 0.9 * float(rng.lognormal(0, 0.35)), -1)
        if not self.ev(c, tb, "tp_outlet_buy", sid, "purchase", device=dev, channel="app", category=cat,
                       品类=CATS[cat][0], brand=brand, price=price):
            return
        c["outlet_buys"] += 1
        ret = rng.uniform() < CATS[cat][5]
        tr = tb + D(days=float(rng.uniform(2, 7)))
        if ret and tr <= END:
            self.ev(c, tr, "tp_outlet_return", sid, "return", device=dev, channel="app", category=cat,
                    品类=CATS[cat][0], refund_amount=price, return_reason="condition_not_as_described",
                    退货原因="成色与描述不符")
        self.order(c, tb, price, "outlet", sid, channel="app", device=dev, category=cat, 品类=CATS[cat][0],
                   brand=brand, status="refunded" if (ret and tr <= END) else "paid",
                   refunded_at=ts(tr) if (ret and tr <= END) else None)
        self.orders[-1]["pawn_ticket_no"] = None
        self.orders[-1]["outlet_order_no"] = sid
        if ret and tr <= END and rng.uniform() < 0.5:
            self.fb(c, tr + D(hours=2), "outlet_quality", "app_review", "tp_outlet_return",
                    rating=int(pick([1, 2], [1, 1])), ctx=ctx)
        elif not ret and rng.uniform() < 0.2:
            self.fb(c, tb + D(days=float(rng.uniform(1, 5))), "outlet_praise", "app_review", "tp_outlet_buy",
                    rating=int(pick([4, 5], [2, 3])), ctx=ctx)

    def run(self):
        self.customers()
        for c in self.cust:
            if c["outlet_only"]:
                t = c["signup"]
                self.ev(c, t, "tp_discover", None, "view", device=c["phone_os"], channel=c["acq"])
                n = 1 + int(rng.poisson(1.5))
                for _ in range(n):
                    if t > END:
                        break
                    self.outlet_session(c, t + D(minutes=2))
                    t = t + D(days=float(rng.exponential(40)))
                continue
            t = c["signup"]
            first = True
            while t <= END:
                end = self.case(c, t, first)
                first = False
                p_again = 0.65 if c["ctype"] == "small_business" else 0.3
                if end is None or rng.uniform() > p_again:
                    break
                t = end + D(days=float(rng.uniform(10, 90)))
            if rng.uniform() < 0.12:
                t2 = c["signup"] + D(days=float(rng.uniform(5, 200)))
                if t2 <= END:
                    self.outlet_session(c, t2)
            c["last"] = c["signup"]

    def customer_rows(self):
        spend = {}
        for o in self.orders:
            if o["status"] == "paid" and o["order_type"] != "loan":
                spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + o["amount"]
        last = {}
        for e in self.events:
            last[e["customer_id"]] = max(last.get(e["customer_id"], ""), e["ts"])
        rows = []
        for c in self.cust:
            s = spend.get(c["customer_id"], 0.0)
            if c["outlet_only"]:
                seg = "outlet_buyer" if c["outlet_buys"] else "prospect"
            elif c["n_paid"] == 0:
                seg = "prospect"
            elif last[c["customer_id"]] < "2026-01-01":
                seg = "at_risk"
            elif c["n_paid"] >= 3:
                seg = "vip"
            elif c["n_paid"] == 1 and c["signup"] >= datetime(2026, 3, 1):
                seg = "new"
            else:
                seg = "returning"
            tier = "black" if s >= 8000 else "gold" if s >= 3000 else "silver" if s >= 800 else "standard"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["signup"]), segment=seg,
                             客户分层=SEG_ZH[seg], region=c["city"], 城市=CITIES[c["city"]][0],
                             acquisition_channel=c["acq"], 获客渠道=ACQ[c["acq"]][0], tier=tier, 会员等级=TIER_ZH[tier],
                             customer_type=c["ctype"], 客户类型=CTYPE[c["ctype"]][0], age_band=c["age_band"],
                             gender=c["gender"], phone_os=c["phone_os"], preferred_language=c["preferred_language"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


STORE_COLS = ["store_id", "store", "store_en", "store_city", "门店城市"]
EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version"] + STORE_COLS + ["category", "品类", "brand", "appraiser_id", "appraised_value",
                                          "loan_amount", "ltv", "term_days", "monthly_fee_rate", "payout_method",
                                          "放款方式", "due_date", "renewal_no", "fee_amount", "principal_repaid",
                                          "price", "refund_amount", "return_reason", "退货原因", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "pawn_ticket_no", "outlet_order_no"] + STORE_COLS + ["category", "品类", "brand", "payout_method",
                                                                 "renewal_no", "principal_repaid", "refunded_at",
                                                                 "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "pawn_ticket_no"] + STORE_COLS + ["category", "品类"]
CUST_COLS = ["customer_id", "signup_at", "segment", "客户分层", "region", "城市", "acquisition_channel", "获客渠道",
             "tier", "会员等级", "customer_type", "客户类型", "age_band", "gender", "phone_os", "preferred_language"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customer_rows(), CUST_COLS)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup_idx = rng.choice(len(ev), size=18, replace=False)            # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", g.orders, ORD_COLS)
    order = rng.permutation(len(g.feedback))                          # exports are not in time order
    write(out / "feedback.csv", [g.feedback[int(i)] for i in order], FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, cases {g.n_case}, outlet sessions {g.n_ol}, events {len(ev)}, "
          f"orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
