"""拍珍 ArtBid: an online and live art & collectibles auction house (Shanghai head office, Hong Kong saleroom).

Two kinds of customers meet here. Consignors (委托人 / 卖家) submit an object for sale (送拍), our specialists appraise
it (photo appraisal in the app, or in person at a valuation day), accepted lots get a consignment contract (委托合同)
with an estimate, are catalogued into a sale (图录上线) and end up sold (落槌成交) or bought in (流拍); sold lots are
settled to the consignor (卖家结算) minus the seller's commission. Bidders (竞买人 / 买家) browse the catalogue, visit
the preview exhibition (预展, live sales only), register for a sale (竞买登记 / 办牌), pay a bidder deposit (竞买保证金),
bid (in the room with a paddle, by phone, or online), win lots at the hammer, pay hammer + buyer's premium, get the
lot shipped (or collect it), sometimes open a dispute (运输破损 / 真伪 / 与图录不符), and get the deposit back when
they win nothing. Sales: four live sales (Shanghai spring 2025, Hong Kong autumn 2025, Shanghai autumn 2025,
Shanghai spring 2026) and a weekly timed online sale (精品周拍, closing Sundays 20:00).
Data 2025-01-01 .. 2026-06-30 (extract taken at the end of June 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments), plus
OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261204
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 4300
BID_BUG = (datetime(2025, 11, 20), datetime(2025, 12, 15))       # app 5.2.0: Android bids time out
APPRAISAL_BACKLOG = (datetime(2026, 3, 1), datetime(2026, 4, 20))  # photo appraisal queue (two specialists left)
FINANCE_BACKLOG = (datetime(2025, 11, 1), datetime(2025, 12, 31))  # finance system migration: slow deposit refunds
ARTMOVE_ONLY = datetime(2026, 1, 1)                                # ceramics must ship with the fine-art shipper
APP_VERSIONS = [(datetime(2025, 1, 1), "5.0.3"), (datetime(2025, 6, 16), "5.1.0"), (datetime(2025, 11, 20), "5.2.0"),
                (datetime(2025, 12, 15), "5.2.1"), (datetime(2026, 4, 1), "5.3.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_submit", "提交送拍", "Consignment submitted", "consideration", "app", "digital", "business_development",
     "送拍|提交藏品|委托送拍|征集|上传藏品照片|consign|consignment submission|submit an item|sell with us"),
    ("tp_appraisal", "专家鉴定估价", "Specialist appraisal", "consideration", "app", "digital", "specialists",
     "鉴定|估价|看货|鉴定估价|图片鉴定|鉴宝|appraisal|valuation|estimate|specialist review"),
    ("tp_contract", "签署委托合同", "Consignment contract signed", "purchase", "app", "digital", "business_development",
     "委托合同|签约|签合同|拍卖委托|contract|consignment agreement|signed"),
    ("tp_catalogue", "图录上线", "Lot catalogued", "service", "web", "digital", "catalogue",
     "图录|上拍|拍品上线|编目|catalogue|catalog|cataloguing|lot published|listing"),
    ("tp_sold", "落槌成交(卖家)", "Lot sold (consignor)", "service", "other", "digital", "specialists",
     "成交|拍出|卖出去|成交通知|lot sold|sold|sell-through"),
    ("tp_unsold", "流拍", "Lot bought in", "service", "other", "digital", "specialists",
     "流拍|没拍出去|未成交|bought in|unsold|passed lot|no sale"),
    ("tp_settlement", "卖家结算", "Consignor settlement", "loyalty", "other", "digital", "finance",
     "结算|卖家结算|打款|回款|货款|settlement|payout|consignor payment|proceeds"),
    ("tp_browse", "浏览图录", "Catalogue browsed", "awareness", "app", "digital", "marketing",
     "浏览|看图录|逛拍品|刷拍品|browse|catalogue view|looked at lots"),
    ("tp_preview", "预展看货", "Preview exhibition", "consideration", "store", "physical", "exhibitions",
     "预展|看展|上手看货|现场看货|preview|viewing|exhibition"),
    ("tp_register", "竞买登记", "Bidder registration", "consideration", "app", "digital", "client_services",
     "竞买登记|报名|办牌|领号牌|注册竞买|register to bid|bidder registration|paddle"),
    ("tp_deposit", "缴纳保证金", "Bidder deposit paid", "purchase", "app", "digital", "finance",
     "保证金|交保证金|押金|deposit|bidding deposit|paddle deposit"),
    ("tp_bid", "出价", "Bid placed", "purchase", "app", "digital", "client_services",
     "出价|举牌|竞价|电话委托|网络出价|bid|bidding|place a bid|phone bid"),
    ("tp_hammer", "落槌竞得", "Lot won at hammer", "purchase", "other", "digital", "specialists",
     "落槌|竞得|拍到|买到|中标|hammer|won the lot|winning bid"),
    ("tp_pay", "买家付款", "Buyer payment", "purchase", "app", "digital", "finance",
     "付款|结账|付尾款|成交款|支付|pay|payment|invoice paid|settle invoice"),
    ("tp_ship", "物流发货", "Shipped", "service", "other", "physical", "logistics",
     "发货|寄出|物流|运输|打包|ship|shipping|dispatch|courier"),
    ("tp_receive", "签收提货", "Received / collected", "service", "other", "physical", "logistics",
     "签收|收货|到货|提货|自提|received|delivered|collected|delivery"),
    ("tp_dispute", "买家争议", "Buyer dispute", "service", "phone", "digital", "client_services",
     "争议|投诉|退货|纠纷|售后|撤销交易|dispute|complaint|return|claim"),
    ("tp_deposit_refund", "保证金退还", "Deposit refunded", "service", "other", "digital", "finance",
     "退保证金|保证金退回|退押金|deposit refund|deposit back|refund of deposit"),
    ("tp_rate", "评价", "Rating", "loyalty", "app", "digital", "marketing",
     "评价|打分|评分|rate|rating|review|stars"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("bidding", "竞买报名", "Bidding", ["tp_browse", "tp_register", "tp_deposit", "tp_bid"], 30),
    ("fulfilment", "成交交付", "Win to delivery", ["tp_hammer", "tp_pay", "tp_receive"], 30),
    ("consign", "送拍委托", "Consignment", ["tp_submit", "tp_appraisal", "tp_contract", "tp_catalogue"], 90),
    ("settle", "上拍结算", "Sale to payout", ["tp_catalogue", "tp_sold", "tp_settlement"], 120),
]
CATS = {  # key: zh, en, weight, median low estimate online, share of consignments that are big enough for live
    "painting": ("中国书画", "Chinese Painting & Calligraphy", 0.31, 9000),
    "ceramics": ("瓷器工艺品", "Ceramics & Works of Art", 0.25, 8000),
    "modern": ("现当代艺术", "Modern & Contemporary Art", 0.15, 12000),
    "jewellery": ("珠宝腕表", "Jewellery & Watches", 0.17, 15000),
    "books": ("古籍善本", "Rare Books & Manuscripts", 0.09, 5000),
    "coins": ("邮品钱币", "Stamps & Coins", 0.03, 3000),
}
SELL = {"painting": 0.70, "ceramics": 0.74, "modern": 0.66, "jewellery": 0.86, "books": 0.62, "coins": 0.97}
LIVE_SALES = [  # id, zh, en, city en, city zh, sale date
    ("S25SP", "2025春季拍卖会·上海", "Spring Auction 2025 Shanghai", "Shanghai", "上海", datetime(2025, 5, 24, 10)),
    ("S25HK", "2025秋季拍卖会·香港", "Autumn Auction 2025 Hong Kong", "Hong Kong", "香港", datetime(2025, 10, 11, 10)),
    ("S25AU", "2025秋季拍卖会·上海", "Autumn Auction 2025 Shanghai", "Shanghai", "上海", datetime(2025, 12, 6, 10)),
    ("S26SP", "2026春季拍卖会·上海", "Spring Auction 2026 Shanghai", "Shanghai", "上海", datetime(2026, 5, 23, 10)),
]
FORMATS = {"live": "现场拍卖", "online": "网络拍卖"}
REGIONS = {  # en: zh, weight, english share
    "Shanghai": ("上海", 0.27, 0.04), "Beijing": ("北京", 0.17, 0.03), "Hangzhou": ("杭州", 0.11, 0.03),
    "Shenzhen": ("深圳", 0.10, 0.05), "Guangzhou": ("广州", 0.07, 0.05), "Chengdu": ("成都", 0.06, 0.02),
    "Hong Kong": ("香港", 0.12, 0.55), "Overseas": ("海外", 0.10, 0.80)}
ACQ = {  # en: zh, weight (bidders), deposit prob after registering, pay prob after winning
    "wechat": ("微信公众号", 0.26, 0.90, 0.96), "douyin_live": ("抖音直播", 0.18, 0.60, 0.66),
    "referral": ("藏友推荐", 0.20, 0.93, 0.97), "art_fair": ("艺博会", 0.14, 0.92, 0.96),
    "search": ("搜索", 0.12, 0.86, 0.93), "newsletter": ("邮件订阅", 0.10, 0.90, 0.95)}
CTYPES = {"private": "私人藏家", "dealer": "古董商/画廊", "institution": "机构", "novice": "入门藏家"}
TIERS = {"standard": "普通会员", "silver": "银卡", "gold": "金卡", "platinum": "白金卡"}
ROLES = {"bidder": "买家", "consignor": "卖家", "both": "买家兼卖家"}
PAYM = {"bank_transfer": "银行转账", "alipay": "支付宝", "wechat_pay": "微信支付"}
VENDORS = {"sutong": ("速通快运", "Sutong Express"), "artmove": ("艺运通", "ArtMove Fine Art Logistics")}
BID_CH = {"paddle": "现场举牌", "phone": "电话委托", "online": "网络出价"}
DISPUTES = {"damaged": "运输破损", "authenticity": "真伪争议", "not_as_described": "与图录不符"}
OUTCOMES = {"refunded": "退货退款", "compensated": "部分赔偿", "rejected": "驳回"}
APPR_RES = {"accepted": "接受上拍", "declined": "不予上拍", "doubtful": "存疑"}
APPR_MODE = {"photo": "图片鉴定", "in_person": "现场鉴定"}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "bid_fail": (["出价失败，点了好几次都没反应，眼看着被别人拍走", "网络出价一直转圈，出价没成功", "直播拍的时候出价失败，app卡死了",
                  "出价没成功也没提示，错过了心仪的拍品"],
                 ["my bid failed twice and the lot went to someone else", "the app froze and my bid didn't go through",
                  "bid failed during the live sale, no error message"]),
    "ship_damage": (["收到的瓷瓶碎了，包装就一层泡沫", "运输破损，盘子口沿磕了一块", "快递送来的时候盖子已经碎了", "瓷器到手就裂了，物流太不专业"],
                    ["the vase arrived broken", "the bowl was cracked in transit", "arrived broken, the packing was a joke"]),
    "deposit_slow": (["保证金还没退，拍卖都结束快两周了", "没拍到东西，保证金退得太慢", "催了三次保证金还没退回来", "保证金退得太慢，资金压着很难受"],
                     ["still waiting for my deposit two weeks after the sale", "the deposit refund is painfully slow",
                      "I won nothing and I'm still waiting for my deposit"]),
    "authenticity": (["拍回来的画找人看了说是仿品，要求退货", "怀疑这幅字是赝品，鉴定证书也说不清", "对这件拍品的真伪有很大疑问"],
                     ["I have serious doubts about the authenticity of this painting", "an expert told me it's a fake",
                      "the scroll is not genuine in my view"]),
    "not_described": (["实物和图录照片色差很大", "与图录不符，图录上没写有修复", "图录照片拍得太好看了，实物差很多"],
                      ["the item was not as described in the catalogue", "the colour looked different from the catalogue photos"]),
    "appraisal_slow": (["传了照片一个多星期了还没出鉴定结果", "鉴定太慢了，估价等了十来天", "图片鉴定排队太久，问客服也只说在排"],
                       ["I uploaded photos ten days ago and still no appraisal", "the appraisal took far too long"]),
    "settlement_slow": (["拍出去两个月了，货款还没结", "卖家结算太慢，说好的35天呢", "结算太慢，每次都要催"],
                        ["my settlement is two months late", "the payout after the sale was far too slow"]),
    "premium_high": (["买家佣金太高了，落槌价再加20%", "佣金太高，算下来比别家贵"],
                     ["the buyer's premium is too high", "buyer's premium on top of the hammer is steep"]),
    "preview_crowded": (["预展人太多了，排队排了一个小时", "春拍预展人挤人，根本没法上手看", "预展排队太久，工作人员太少"],
                        ["the preview was packed, we queued for an hour", "too crowded at the preview to look at anything"]),
    "specialist": (["鉴定师很专业，讲得很清楚", "专家很专业，估价也合理", "书画部的专家很专业，耐心"],
                   ["the specialist was very knowledgeable", "knowledgeable specialist and a fair estimate"]),
    "packing": (["包装很专业，木箱加定制内衬", "包得很好，一点没磕碰", "物流包装很专业，放心"],
                ["packed beautifully in a wooden crate", "very well packed, arrived perfect"]),
    "preview_nice": (["预展布置很用心，灯光很好", "香港预展布置很用心，看得很舒服"],
                     ["the preview was beautifully hung", "lovely preview, staff happy to let us handle pieces"]),
}
GEN = {
    "pos": (["整体体验不错，下次还会参加", "流程很顺，服务周到", "拍到了心仪的东西，很开心", "客服回复及时，好评"],
            ["smooth experience overall", "happy with my purchase, will bid again", "great service from the team"]),
    "neu": (["还可以，流程有点繁琐", "一般吧，没什么特别的", "价格还算公道"],
            ["it was ok", "average experience"]),
    "neg": (["体验不太好，有点失望", "服务跟不上，不太满意", "下次不一定来了"],
            ["not a good experience", "disappointed this time"]),
}
TOPIC_TP = {"bid_fail": "tp_bid", "ship_damage": "tp_receive", "deposit_slow": "tp_deposit_refund",
            "authenticity": "tp_dispute", "not_described": "tp_dispute", "appraisal_slow": "tp_appraisal",
            "settlement_slow": "tp_settlement", "premium_high": "tp_pay", "preview_crowded": "tp_preview",
            "specialist": "tp_appraisal", "packing": "tp_receive", "preview_nice": "tp_preview"}
NEG_TOPICS = {"bid_fail", "ship_damage", "deposit_slow", "authenticity", "not_described", "appraisal_slow",
              "settlement_slow", "premium_high", "preview_crowded"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    tot = float(sum(weights))
    u, acc = rng.random() * tot, 0.0
    for it, w in zip(items, weights):
        acc += w
        if u < acc:
            return it
    return items[-1]


def app_version(t: datetime) -> str:
    v = APP_VERSIONS[0][1]
    for s, ver in APP_VERSIONS:
        if t >= s:
            v = ver
    return v


def lognorm(median, sigma):
    return float(median * np.exp(rng.normal(0, sigma)))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n = dict(ev=0, ord=0, fb=0, cn=0, rg=0, inv=0)
        self.sales = []
        self.lots_by_sale = {}

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, **kw):
        if t > END or t < START:
            return None
        self.n["ev"] += 1
        row = dict(event_id=f"E{self.n['ev']:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action)
        row.update({k: v for k, v in kw.items() if v is not None})
        if row.get("channel") == "app":
            row["app_version"] = app_version(t)
        self.events.append(row)
        c["last"] = max(c["last"] or t, t)
        return row

    def order(self, c, t, amount, otype, status="paid", **kw):
        if t > END:
            return None
        self.n["ord"] += 1
        zh = {"buyer_premium": "买家佣金", "consignment_fee": "卖家佣金", "shipping": "运费", "deposit": "竞买保证金"}[otype]
        row = dict(order_id=f"O{self.n['ord']:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel=kw.pop("channel", "app"), order_type=otype, 订单类型=zh)
        row.update({k: v for k, v in kw.items() if v is not None})
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, undated=False, gen=None, no_customer=False,
           extra=None):
        if t > END or t < START:
            return
        self.n["fb"] += 1
        fid = f"F{self.n['fb']:06d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((TOPIC_TP[k] for k in topics), "tp_rate")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if (topics or gen == "pos") else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang)
        row.update(extra or {})
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        self.cust = []
        for i in range(N_CUST):
            u = rng.random()
            role = "bidder" if u < 0.68 else ("consignor" if u < 0.89 else "both")
            region = pick(list(REGIONS), [r[1] for r in REGIONS.values()])
            acq = pick(list(ACQ), [a[1] for a in ACQ.values()])
            if role == "consignor" and acq == "douyin_live" and rng.random() < 0.6:
                acq = "referral"
            ctype = pick(list(CTYPES), [0.52, 0.14, 0.03, 0.31] if acq != "douyin_live" else [0.30, 0.05, 0.0, 0.65])
            # signup spread over the data window with growth; a quarter joined before 2025
            if rng.random() < (0.55 if role != "bidder" else 0.25):
                signup = datetime(2022, 1, 1) + D(days=float(rng.uniform(0, 1090)))
            else:
                x = rng.random() ** 0.8
                signup = START + D(days=float(x * 535))
            cats = rng.dirichlet([3.0 * CATS[k][2] * 4 for k in CATS])
            self.cust.append(dict(
                customer_id=f"U{i + 1:05d}", role=role, region=region, acq=acq, ctype=ctype, signup=signup,
                cats=cats, act=float(rng.gamma(1.2, 1.0)) * (2.2 if ctype == "dealer" else 1.0),
                device=pick(["ios", "android", "pc"], [0.46, 0.34, 0.20]), en_share=REGIONS[region][2],
                age=pick(["25-34", "35-44", "45-54", "55-64", "65+"],
                         [0.12, 0.27, 0.30, 0.21, 0.10] if acq != "douyin_live" else [0.35, 0.38, 0.18, 0.07, 0.02]),
                last=None, bought=0.0, sold=0.0, n_reg=0, n_cons=0))

    # ---------- sales calendar ----------
    def calendar(self):
        for sid, zh, en, city, cityzh, d in LIVE_SALES:
            self.sales.append(dict(sale_id=sid, zh=zh, en=en, fmt="live", city=city, cityzh=cityzh, t=d,
                                   publish=d - D(days=28), open=d - D(days=4)))
        d, k = datetime(2025, 1, 12, 20), 0
        while d <= datetime(2026, 6, 28, 20):
            k += 1
            yr = d.year % 100
            self.sales.append(dict(sale_id=f"W{yr}{d.isocalendar()[1]:02d}", zh=f"精品周拍 {d:%Y-%m-%d}",
                                   en=f"Weekly Online Sale {d:%Y-%m-%d}", fmt="online", city="Online", cityzh="线上",
                                   t=d, publish=d - D(days=10), open=d - D(days=7)))
            d += D(days=7)
        self.sales.sort(key=lambda s: s["t"])
        for s in self.sales:
            self.lots_by_sale[s["sale_id"]] = []

    def sale_cols(self, s):
        return dict(sale_id=s["sale_id"], 专场名称=s["zh"], sale_name_en=s["en"], sale_format=s["fmt"],
                    拍卖形式=FORMATS[s["fmt"]], sale_city=s["city"], 拍卖地=s["cityzh"])

    # ---------- consignment side ----------
    def consignments(self):
        cons = [c for c in self.cust if c["role"] in ("consignor", "both")]
        for c in cons:
            n = 1 + int(rng.poisson(5.0 if c["ctype"] == "dealer" else 1.9))
            first = max(datetime(2024, 6, 1), c["signup"])
            for _ in range(n):
                x = rng.random()
                t = first + D(days=float(x * max(5, (datetime(2026, 6, 15) - first).days)))
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(8, 23)))
                self.consign(c, t)

    def consign(self, c, t):
        self.n["cn"] += 1
        cid = f"CN{self.n['cn']:06d}"
        cat = pick(list(CATS), [CATS[k][2] for k in CATS])
        czh, cen = CATS[cat][0], CATS[cat][1]
        mode = "photo" if rng.random() < 0.66 else "in_person"
        base = dict(lot_id=cid, category=cat, 拍品类别=czh, category_en=cen)
        dev = c["device"] if mode == "photo" else None
        self.ev(c, t, "tp_submit", cid, "submit", channel="app" if mode == "photo" else "store", device=dev,
                appraisal_mode=mode, 鉴定方式=APPR_MODE[mode], **base)
        c["n_cons"] += 1
        if mode == "photo":
            med = 9.0 if APPRAISAL_BACKLOG[0] <= t < APPRAISAL_BACKLOG[1] else 2.4
            ta = t + D(days=lognorm(med, 0.45))
        else:
            ta = t + D(minutes=float(rng.uniform(20, 240)))
        u = rng.random()
        res = "accepted" if u < 0.62 else ("declined" if u < 0.91 else "doubtful")
        est_low = round(lognorm(CATS[cat][3], 1.05), -2)
        if rng.random() < 0.24:
            est_low = round(lognorm(180000, 0.8), -3)              # important piece: goes to a live sale
        est_low = max(est_low, 500)
        est_high = round(est_low * float(rng.choice([1.5, 2.0])), -2)
        self.ev(c, ta, "tp_appraisal", cid, res, channel="app" if mode == "photo" else "store",
                device=dev, appraisal_mode=mode, 鉴定方式=APPR_MODE[mode], appraisal_result=res, 鉴定结论=APPR_RES[res],
                estimate_low=est_low if res == "accepted" else None,
                estimate_high=est_high if res == "accepted" else None, **base)
        slow = mode == "photo" and (ta - t).days >= 7
        if slow and rng.random() < 0.35:
            self.fb(c, ta + D(hours=float(rng.uniform(1, 30))), ["appraisal_slow"],
                    pick(["ticket", "wechat_cs", "call_note"], [0.4, 0.4, 0.2]),
                    undated=rng.random() < 0.15, extra=dict(lot_id=cid, category=cat, 拍品类别=czh))
        if res != "accepted":
            return
        if rng.random() > 0.86:
            return
        tc = ta + D(days=float(rng.uniform(1, 14)))
        rate = 0.06 if c["ctype"] in ("dealer", "institution") else 0.10
        self.ev(c, tc, "tp_contract", cid, "signed", channel=pick(["app", "store"], [0.7, 0.3]), device=None,
                estimate_low=est_low, estimate_high=est_high, seller_commission_rate=rate, **base)
        fmt = "live" if est_low >= 60000 else "online"
        nxt = [s for s in self.sales if s["fmt"] == fmt and s["publish"] >= tc + D(days=3)][:2]
        if not nxt:
            return
        sale = nxt[0] if (fmt == "online" or len(nxt) == 1 or rng.random() < 0.55) else nxt[1]
        self.lots_by_sale[sale["sale_id"]].append(dict(id=cid, c=c, cat=cat, low=est_low, high=est_high, rate=rate,
                                                       base=base))

    # ---------- bidders ----------
    def bidders(self):
        self.bid_pool = [c for c in self.cust if c["role"] in ("bidder", "both")]
        for c in self.bid_pool:
            c["prospect"] = c["role"] == "bidder" and rng.random() < 0.22
        for s in self.sales:
            self.run_sale(s)

    def run_sale(self, s):
        lots = self.lots_by_sale[s["sale_id"]]
        if s["publish"] > END:
            return
        scol = self.sale_cols(s)
        live = s["fmt"] == "live"
        growth = 1.0 + 0.6 * (s["t"] - START).days / 545
        pool = [c for c in self.bid_pool if c["signup"] < s["t"] - D(days=2)]
        w = np.array([c["act"] * (1.5 if live and c["region"] == s["city"] else 1.0) for c in pool])
        n_browse = int((520 if live else 95) * growth * rng.uniform(0.85, 1.15))
        idx = rng.choice(len(pool), size=min(n_browse, len(pool)), replace=False, p=w / w.sum())
        regs = []
        for i in idx:
            c = pool[i]
            tb = s["publish"] + D(hours=float(rng.uniform(2, (s["t"] - s["publish"]).total_seconds() / 3600 - 30)))
            sess = f"WS{rng.integers(1_000_000_000):09d}"
            for _ in range(1 + int(rng.poisson(0.8))):
                self.ev(c, tb, "tp_browse", sess, "view", channel=pick(["app", "web", "mini_program"], [0.6, 0.25, 0.15]),
                        device=c["device"], **scol)
                tb += D(minutes=float(rng.uniform(1, 20)))
            p_reg = 0.0 if c["prospect"] else (0.50 if live else 0.58)
            if rng.random() > p_reg:
                continue
            tr = tb + D(hours=float(rng.uniform(0.2, 48)))
            tr = min(tr, s["t"] - D(hours=float(rng.uniform(2, 20))))
            if tr <= tb:
                tr = tb + D(minutes=5)
            # preview (live sales): visitors of the city
            local = c["region"] == s["city"] or (s["city"] == "Shanghai" and c["region"] in ("Hangzhou",))
            if live and rng.random() < (0.55 if local else 0.08):
                tp_ = s["open"] + D(hours=float(rng.uniform(10, 82)))
                self.ev(c, tp_, "tp_preview", None, "visit", channel="store", **scol)
                crowded = s["sale_id"] == "S26SP"
                if crowded and rng.random() < 0.13:
                    self.fb(c, tp_ + D(hours=3), ["preview_crowded"], pick(["social", "wechat_cs"], [0.6, 0.4]),
                            undated=rng.random() < 0.3, extra=scol)
                elif s["sale_id"] == "S25HK" and rng.random() < 0.10:
                    self.fb(c, tp_ + D(hours=3), ["preview_nice"], pick(["social", "survey"], [0.6, 0.4]),
                            nps=None, extra=scol)
                elif rng.random() < 0.015:
                    self.fb(c, tp_ + D(hours=3), ["preview_nice"], "social", extra=scol)
            self.n["rg"] += 1
            rid = f"RG{self.n['rg']:06d}"
            self.ev(c, tr, "tp_register", rid, "submit", channel=pick(["app", "web"], [0.75, 0.25]), device=c["device"],
                    paddle_no=None, **scol)
            c["n_reg"] += 1
            p_dep = ACQ[c["acq"]][2] if c["n_reg"] == 1 or c["acq"] != "douyin_live" else 0.85
            if rng.random() > p_dep:
                continue
            td = tr + D(hours=float(rng.uniform(0.1, 26)))
            td = min(td, s["t"] - D(hours=1))
            pm = pick(list(PAYM), [0.5, 0.3, 0.2] if live else [0.12, 0.48, 0.40])
            dep = 50000 if live else 5000
            self.ev(c, td, "tp_deposit", rid, "paid", channel="app", device=c["device"], payment_method=pm,
                    支付方式=PAYM[pm], deposit_amount=dep, **scol)
            regs.append(dict(c=c, rid=rid, td=td, pm=pm, dep=dep, won=[], bids=0, paddle=len(regs) + 1))
        if not regs:
            return
        # bidding
        sold_lots = []
        for j, lot in enumerate(lots):
            t_h = (s["t"] + D(minutes=2.5 * j)) if live else (s["t"] + D(minutes=1.0 * j))
            big = {"novice": 0.25, "dealer": 1.8, "institution": 2.0} if live else {}
            aff = np.array([(r["c"]["cats"][list(CATS).index(lot["cat"])] * r["c"]["act"] + 0.02)
                            * big.get(r["c"]["ctype"], 1.0) for r in regs])
            p_sell = SELL[lot["cat"]] - (0.04 if live else 0.0)
            sold = rng.random() < p_sell
            n_b = min(len(regs), (2 + int(rng.poisson(2.5))) if sold else int(rng.binomial(2, 0.35)))
            bidders_ = [regs[i] for i in rng.choice(len(regs), size=n_b, replace=False, p=aff / aff.sum())] if n_b else []
            winner = bidders_[0] if sold and bidders_ else None
            if sold and not winner:
                sold = False
            hammer = None
            if sold:
                hammer = round(lot["low"] * float(np.exp(rng.normal(0.35 if s["t"] >= datetime(2026, 1, 1) else 0.22,
                                                                     0.45))), -2)
            for r in bidders_:
                c = r["c"]
                bch = pick(list(BID_CH), [0.35, 0.2, 0.45]) if live else "online"
                if bch == "paddle":
                    dev, chan = None, "store"
                elif bch == "phone":
                    dev, chan = None, "phone"
                else:
                    dev, chan = c["device"], "app" if c["device"] != "pc" else "web"
                tbid = t_h - D(seconds=float(rng.uniform(5, 200))) if live else \
                    s["open"] + D(hours=float(rng.uniform(1, (s["t"] - s["open"]).total_seconds() / 3600 - 0.01)))
                bcol = dict(lot_id=lot["id"], category=lot["cat"], 拍品类别=CATS[lot["cat"]][0],
                            category_en=CATS[lot["cat"]][1], bid_channel=bch, 竞价方式=BID_CH[bch], paddle_no=r["paddle"],
                            **scol)
                p_fail = 0.02
                if chan == "app" and dev == "android" and BID_BUG[0] <= tbid < BID_BUG[1]:
                    p_fail = 0.36
                failed = False
                if dev is not None and rng.random() < p_fail:
                    failed = True
                    self.ev(c, tbid - D(seconds=float(rng.uniform(3, 40))), "tp_bid", r["rid"], "fail", channel=chan,
                            device=dev, error_code="BID_TIMEOUT" if p_fail > 0.1 else "NETWORK", **bcol)
                    if rng.random() < (0.40 if p_fail > 0.1 else 0.12):
                        self.fb(c, tbid + D(minutes=float(rng.uniform(5, 600))), ["bid_fail"],
                                pick(["ticket", "social", "wechat_cs"], [0.45, 0.3, 0.25]),
                                undated=rng.random() < 0.2, extra=scol)
                    if r is not winner and rng.random() < 0.45:
                        continue
                self.ev(c, tbid, "tp_bid", r["rid"], "retry_success" if failed else "success", channel=chan,
                        device=dev, **bcol)
                r["bids"] += 1
            if sold:
                sold_lots.append((lot, winner, hammer, t_h))
                self.ev(lot["c"], t_h, "tp_sold", lot["id"], "hammer", channel="other", hammer_price=hammer,
                        estimate_low=lot["low"], estimate_high=lot["high"], **lot["base"], **scol)
            else:
                self.ev(lot["c"], t_h, "tp_unsold", lot["id"], "bought_in", channel="other",
                        estimate_low=lot["low"], estimate_high=lot["high"], **lot["base"], **scol)
            self.ev(lot["c"], s["publish"] + D(hours=10), "tp_catalogue", lot["id"], "published", channel="web",
                    lot_no=j + 1, estimate_low=lot["low"], estimate_high=lot["high"], **lot["base"], **scol)
        # winners
        for lot, r, hammer, t_h in sold_lots:
            self.after_hammer(s, scol, lot, r, hammer, t_h)
        # deposits
        for r in regs:
            c = r["c"]
            if r["won"]:
                outcome = "forfeited" if any(not x for x in r["won"]) and not any(r["won"]) else "applied"
                self.order(c, r["td"], r["dep"], "deposit", deposit_outcome=outcome, payment_method=r["pm"],
                           支付方式=PAYM[r["pm"]], registration_id=r["rid"], **scol)
                continue
            delay = lognorm(1.4 if r["pm"] != "bank_transfer" else 4.0, 0.35)
            if FINANCE_BACKLOG[0] <= s["t"] <= FINANCE_BACKLOG[1]:
                delay *= 4.2
            tr = s["t"] + D(days=delay)
            if tr > END:
                self.order(c, r["td"], r["dep"], "deposit", deposit_outcome="pending_refund", payment_method=r["pm"],
                           支付方式=PAYM[r["pm"]], registration_id=r["rid"], **scol)
                continue
            self.ev(c, tr, "tp_deposit_refund", r["rid"], "refunded", channel="other", payment_method=r["pm"],
                    支付方式=PAYM[r["pm"]], refund_amount=r["dep"], **scol)
            self.order(c, r["td"], r["dep"], "deposit", status="refunded", refunded_at=ts(tr), deposit_outcome="refunded",
                       payment_method=r["pm"], 支付方式=PAYM[r["pm"]], registration_id=r["rid"], **scol)
            if delay > 7 and rng.random() < 0.30:
                self.fb(c, tr - D(days=float(rng.uniform(0.5, delay - 6))), ["deposit_slow"],
                        pick(["ticket", "wechat_cs", "call_note", "social"], [0.35, 0.35, 0.2, 0.1]),
                        undated=rng.random() < 0.2, extra=scol)
            elif rng.random() < 0.04:
                self.fb(c, s["t"] + D(days=float(rng.uniform(1, 5))), [], "survey",
                        nps=int(rng.choice([6, 7, 8, 9, 10])), gen=pick(["pos", "neu"], [0.6, 0.4]), extra=scol)

    def after_hammer(self, s, scol, lot, r, hammer, t_h):
        c = r["c"]
        self.n["inv"] += 1
        inv = f"INV{self.n['inv']:06d}"
        live = s["fmt"] == "live"
        lcol = dict(lot_id=lot["id"], category=lot["cat"], 拍品类别=CATS[lot["cat"]][0],
                    category_en=CATS[lot["cat"]][1], **scol)
        self.ev(c, t_h, "tp_hammer", inv, "won", channel="other", hammer_price=hammer, paddle_no=r["paddle"], **lcol)
        prem_rate = 0.20 if live else 0.15
        p_pay = ACQ[c["acq"]][3]
        if rng.random() > p_pay:
            r["won"].append(False)
            return
        r["won"].append(True)
        pm = pick(list(PAYM), [0.7, 0.2, 0.1] if live else [0.2, 0.45, 0.35])
        tpay = t_h + D(days=lognorm(4.5 if pm == "bank_transfer" else 1.5, 0.6))
        if tpay > END:
            return
        dev = c["device"] if pm != "bank_transfer" else None
        self.ev(c, tpay, "tp_pay", inv, "paid", channel="app" if dev else "other", device=dev, payment_method=pm,
                支付方式=PAYM[pm], hammer_price=hammer, buyer_premium=round(hammer * prem_rate, 2), **lcol)
        c["bought"] += hammer
        prem = self.order(c, tpay, hammer * prem_rate, "buyer_premium", payment_method=pm, 支付方式=PAYM[pm],
                          hammer_price=hammer, premium_rate=prem_rate, invoice_id=inv, **lcol)
        ship = rng.random() < (0.55 if live else 0.85)
        intl = c["region"] in ("Overseas",) or (c["region"] == "Hong Kong" and s["city"] != "Hong Kong")
        vendor = None
        if ship:
            if lot["cat"] == "ceramics":
                vendor = "artmove" if (tpay >= ARTMOVE_ONLY or rng.random() < 0.4) else "sutong"
            else:
                vendor = "artmove" if rng.random() < (0.5 if live else 0.25) else "sutong"
            fee = (80 + min(1500, 0.002 * hammer)) if vendor == "sutong" else (300 + min(5000, 0.005 * hammer))
            fee = round(fee * (3 if intl else 1), 0)
            self.order(c, tpay, fee, "shipping", payment_method=pm, 支付方式=PAYM[pm], logistics_vendor=vendor,
                       物流商=VENDORS[vendor][0], invoice_id=inv, **lcol)
            tship = tpay + D(days=float(rng.uniform(1.5, 7)))
            self.ev(c, tship, "tp_ship", inv, "dispatched", channel="other", logistics_vendor=vendor,
                    物流商=VENDORS[vendor][0], delivery_method="ship", international=intl, **lcol)
            trec = tship + D(days=float(rng.uniform(1, 4)) + (5 if intl else 0))
            self.ev(c, trec, "tp_receive", inv, "delivered", channel="other", logistics_vendor=vendor,
                    物流商=VENDORS[vendor][0], delivery_method="ship", **lcol)
        else:
            trec = tpay + D(days=float(rng.uniform(2, 20)))
            self.ev(c, trec, "tp_receive", inv, "collected", channel="store", delivery_method="pickup", **lcol)
        if trec > END:
            return
        # disputes
        dtype = None
        if ship and lot["cat"] == "ceramics" and rng.random() < (0.16 if vendor == "sutong" else 0.02):
            dtype = "damaged"
        elif ship and rng.random() < (0.02 if vendor == "sutong" else 0.004):
            dtype = "damaged"
        elif rng.random() < ((0.09 if not live else 0.03) if lot["cat"] == "painting" else 0.008):
            dtype = "authenticity"
        elif rng.random() < ((0.045 if not live else 0.01) * (1.5 if lot["cat"] == "jewellery" else 1.0)):
            dtype = "not_as_described"
        stars = None
        topics = []
        if dtype:
            tdis = trec + D(days=float(rng.uniform(0.2, 10)))
            out = pick(list(OUTCOMES), {"damaged": [0.35, 0.55, 0.10], "authenticity": [0.25, 0.05, 0.70],
                                        "not_as_described": [0.40, 0.30, 0.30]}[dtype])
            self.ev(c, tdis, "tp_dispute", inv, "opened", channel="phone", dispute_type=dtype, 争议类型=DISPUTES[dtype],
                    dispute_outcome=out, 处理结果=OUTCOMES[out], logistics_vendor=vendor,
                    物流商=VENDORS[vendor][0] if vendor else None, **lcol)
            if out == "refunded" and prem is not None:
                prem["status"] = "refunded"
                prem["refunded_at"] = ts(tdis + D(days=float(rng.uniform(5, 20))))
            topic = {"damaged": "ship_damage", "authenticity": "authenticity", "not_as_described": "not_described"}[dtype]
            topics = [topic]
            if rng.random() < 0.8:
                self.fb(c, tdis + D(hours=float(rng.uniform(0.1, 5))), topics,
                        pick(["ticket", "call_note", "wechat_cs"], [0.5, 0.25, 0.25]),
                        undated=rng.random() < 0.12, extra=dict(invoice_id=inv, **lcol))
            stars = int(rng.choice([1, 1, 2]))
        # rating after delivery
        if rng.random() < 0.42:
            trate = trec + D(days=float(rng.uniform(0.5, 6)))
            if stars is None:
                packed = ship and vendor == "artmove" and rng.random() < 0.25
                u = rng.random()
                if packed:
                    topics, stars = ["packing"], int(rng.choice([4, 5, 5]))
                elif rng.random() < 0.06:
                    topics, stars = ["premium_high"], int(rng.choice([2, 3, 3]))
                else:
                    topics = []
                    stars = 5 if u < 0.5 else (4 if u < 0.8 else (3 if u < 0.93 else 2))
            if self.ev(c, trate, "tp_rate", inv, "rate", channel="app", device=c["device"] if c["device"] != "pc"
                       else None, stars=stars, **lcol):
                tp = TOPIC_TP[topics[0]] if topics else "tp_rate"
                self.fb(c, trate, topics, "app_review", tp=tp, rating=stars,
                        gen=None if topics else ("pos" if stars >= 4 else ("neu" if stars == 3 else "neg")),
                        extra=dict(invoice_id=inv, **lcol))
        elif rng.random() < 0.12:
            nps = int(rng.choice([9, 10, 8, 7])) if not dtype else int(rng.choice([0, 2, 3, 5]))
            self.fb(c, trec + D(days=float(rng.uniform(1, 8))), topics if dtype else [], "survey", nps=nps,
                    gen=None if dtype else ("pos" if nps >= 9 else "neu"), extra=dict(invoice_id=inv, **lcol))
        # consignor settlement (after the buyer paid)
        if prem is not None and prem["status"] == "refunded":
            return
        cons = lot["c"]
        days = lognorm(38, 0.15) if s["city"] != "Hong Kong" else lognorm(62, 0.15)
        tset = max(t_h + D(days=days), tpay + D(days=float(rng.uniform(7, 12))))
        tset = datetime(tset.year, tset.month, tset.day) + D(hours=float(rng.uniform(9, 17)))
        fee = round(hammer * lot["rate"], 2)
        if self.ev(cons, tset, "tp_settlement", lot["id"], "paid_out", channel="other", hammer_price=hammer,
                   seller_commission=fee, payout=round(hammer - fee, 2), **lot["base"], **scol):
            cons["sold"] += hammer
            self.order(cons, tset, fee, "consignment_fee", channel="other", hammer_price=hammer,
                       commission_rate=lot["rate"], lot_id=lot["id"], category=lot["cat"],
                       拍品类别=CATS[lot["cat"]][0], category_en=CATS[lot["cat"]][1], **scol)
            wait = (tset - t_h).days
            if wait > 50 and rng.random() < 0.30:
                self.fb(cons, tset - D(days=float(rng.uniform(2, 10))), ["settlement_slow"],
                        pick(["ticket", "wechat_cs", "call_note"], [0.4, 0.3, 0.3]), undated=rng.random() < 0.2,
                        extra=scol)
            if rng.random() < 0.25:
                tr = tset + D(days=float(rng.uniform(0.5, 5)))
                st = int(rng.choice([2, 3])) if wait > 50 else int(pick([3, 4, 5], [0.15, 0.35, 0.5]))
                tops = ["settlement_slow"] if wait > 50 and st == 2 else (["specialist"] if st == 5 and rng.random() < 0.4
                                                                         else [])
                if self.ev(cons, tr, "tp_rate", lot["id"], "rate", channel="app", stars=st, **lot["base"], **scol):
                    self.fb(cons, tr, tops, "app_review", tp=TOPIC_TP[tops[0]] if tops else "tp_settlement", rating=st,
                            gen=None if tops else ("pos" if st >= 4 else "neu"), extra=scol)

    def general_feedback(self):
        """social posts and call notes not tied to one step; some specialist praise from valuation days."""
        for c in self.cust:
            if c["n_cons"] and rng.random() < 0.10:
                t = START + D(days=float(rng.uniform(0, 545)))
                self.fb(c, t, ["specialist"], pick(["social", "survey", "wechat_cs"], [0.4, 0.3, 0.3]),
                        undated=rng.random() < 0.3, nps=None)
            if c["n_reg"] and rng.random() < 0.05:
                t = START + D(days=float(rng.uniform(0, 545)))
                self.fb(c, t, [], "social", gen=pick(["pos", "neu", "neg"], [0.5, 0.3, 0.2]),
                        undated=rng.random() < 0.35, no_customer=rng.random() < 0.3)
            if c["n_reg"] and rng.random() < 0.03:
                t = START + D(days=float(rng.uniform(0, 545)))
                self.fb(c, t, ["premium_high"], pick(["social", "call_note"], [0.6, 0.4]),
                        undated=rng.random() < 0.4)

    # ---------- customers table ----------
    def customer_rows(self):
        rows = []
        for c in self.cust:
            total = c["bought"] + c["sold"]
            tier = "platinum" if total >= 1_000_000 else ("gold" if total >= 200_000 else
                                                          ("silver" if total >= 30_000 else "standard"))
            if c["last"] is None:
                seg = "prospect"
            elif tier == "platinum":
                seg = "vip"
            elif c["signup"] >= datetime(2026, 3, 1):
                seg = "new"
            elif c["last"] < datetime(2025, 12, 1):
                seg = "at_risk"
            else:
                seg = "returning"
            rows.append({"customer_id": c["customer_id"], "signup_at": ts(c["signup"]), "segment": seg,
                         "region": c["region"], "地区": REGIONS[c["region"]][0], "acquisition_channel": c["acq"],
                         "获客渠道": ACQ[c["acq"]][0], "tier": tier, "会员等级": TIERS[tier], "role": c["role"],
                         "客户角色": ROLES[c["role"]], "collector_type": c["ctype"], "藏家类型": CTYPES[c["ctype"]],
                         "age_band": c["age"], "preferred_language": "en" if c["en_share"] > 0.5 else "zh",
                         "kyc_verified": c["n_reg"] > 0 or c["n_cons"] > 0})
        return rows


def write(path: Path, rows, cols=None):
    if cols is None:
        cols = []
        for r in rows:
            for k in r:
                if k not in cols:
                    cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        w.writerows([["" if (v := r.get(k)) is None else v for k in cols] for r in rows])


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.customers()
    g.calendar()
    g.consignments()
    g.bidders()
    g.general_feedback()
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write(out / "touchpoints.csv", tps)
    jr = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
               touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])]
    write(out / "journeys.csv", jr)
    write(out / "customers.csv", g.customer_rows())
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup_idx = rng.choice(len(ev), size=30, replace=False)           # tracker re-sends: exact duplicates
    ev = ev + [ev[i] for i in sorted(dup_idx)]
    ev.sort(key=lambda r: (r["ts"], r["event_id"]))
    write(out / "events.csv", ev)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]))
    # feedback ids in export order: dated rows by time, undated rows (exports without a time) at the end
    fb = sorted(g.feedback, key=lambda r: (r["ts"] is None, r["ts"] or "", r["feedback_id"]))
    truth = {t["feedback_id"]: t for t in g.truth}
    g.truth = []
    for i, r in enumerate(fb, 1):
        t = truth[r["feedback_id"]]
        r["feedback_id"] = t["feedback_id"] = f"F{i:06d}"
        g.truth.append(t)
    write(out / "feedback.csv", fb)
    write(out / "_truth" / "feedback_truth.csv", g.truth)
    print({k: len(v) for k, v in dict(events=ev, orders=g.orders, feedback=fb, customers=g.cust).items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
