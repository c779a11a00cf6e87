"""寄卖宝 LuxeLoop: a second-hand luxury consignment and buy-out platform (奢侈品寄卖 / 回收), app + WeChat mini program.

A seller finds us, asks for an online quote (在线估价: photos of a bag, watch, jewelry piece or pair of shoes), accepts
it and chooses consignment (寄卖: we sell it for them, commission on sale) or instant buy-out (极速回收: we pay the
buy-out quote once the item is authenticated), ships the item (SF pickup or store drop-off), the warehouse receives it,
our authenticators check it (正品 authentic / 假货 fake / 存疑 inconclusive; fake and inconclusive items go back to
the seller), consigned items are listed, cut in price after 30 and 60 days unsold, sold, or returned after 90 days.
The seller is paid (结算打款) after the buyer's 7-day return window. Buyers browse the shop, open item pages, place
orders (paid, or cancelled when not paid in time), receive the parcel, may return it within 7 days (refund), and rate
the order. Extract: 2025-01-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments),
plus OUTDIR/_truth/feedback_truth.csv (the topics of every comment: generator truth, not a DATA.md table).
Deterministic (fixed seed), numpy + stdlib, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 5000
AUTH_BACKLOG = (datetime(2025, 11, 8), datetime(2025, 12, 21))      # Double-11 surge: authentication queue
PAYOUT_SLOW = (datetime(2026, 3, 1), datetime(2026, 5, 1))          # finance system migration: payouts delayed
FAST_BUYOUT = datetime(2026, 1, 5)                                  # 极速回收 24h payout launched (app 5.4.0)
APP_VERSIONS = [(datetime(2025, 1, 1), "5.2.0"), (datetime(2025, 6, 3), "5.3.0"), (FAST_BUYOUT, "5.4.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现寄卖宝", "Discover LuxeLoop", "awareness", "social", "digital", "marketing",
     "发现|种草|刷到|小红书看到|抖音看到|朋友推荐|discover|found us|first visit"),
    ("tp_quote", "在线估价", "Online quote", "consideration", "app", "digital", "pricing",
     "估价|报价|询价|拍照估价|quote|valuation|appraisal|price estimate"),
    ("tp_submit", "确认寄卖", "Item submitted", "purchase", "app", "digital", "seller_ops",
     "提交寄卖|确认寄卖|接受报价|下单寄卖|选择回收|submit|accept quote|consign"),
    ("tp_ship_in", "寄出商品", "Item shipped to us", "service", "other", "physical", "logistics",
     "寄件|顺丰上门|上门取件|门店送件|寄出|ship in|pickup|drop-off"),
    ("tp_receive", "仓库签收", "Warehouse receipt", "service", "other", "physical", "warehouse",
     "入库|仓库签收|收货|到仓|received|warehouse|check-in"),
    ("tp_authenticate", "鉴定", "Authentication", "service", "other", "physical", "authentication",
     "鉴定|验货|鉴别|真假|鉴定结果|authentication|authenticate|legit check|auth"),
    ("tp_buyout", "回收打款", "Buy-out payment", "purchase", "app", "digital", "finance",
     "回收|极速回收|回收打款|直接卖给平台|buy-out|buyout|instant sale|sell to us"),
    ("tp_list", "上架", "Listed for sale", "service", "app", "digital", "merchandising",
     "上架|挂售|在售|listing|listed|on sale"),
    ("tp_price_cut", "降价", "Price cut", "service", "app", "digital", "pricing",
     "降价|调价|打折|markdown|price cut|price drop|reduced"),
    ("tp_sold", "售出", "Item sold", "purchase", "app", "digital", "merchandising",
     "售出|卖掉|成交|sold|sale"),
    ("tp_payout", "卖家结算", "Seller payout", "service", "app", "digital", "finance",
     "结算|打款|货款|提现|到账|payout|settlement|get paid"),
    ("tp_return_seller", "退回卖家", "Returned to seller", "service", "other", "physical", "logistics",
     "退回|寄回|滞销退回|假货退回|returned to seller|sent back|unsold return"),
    ("tp_browse", "逛商城", "Browse the shop", "consideration", "app", "digital", "growth",
     "逛|浏览|首页|搜索|商城|browse|shop|search|home page"),
    ("tp_detail", "商品详情", "Item page", "consideration", "app", "digital", "growth",
     "商品详情|详情页|看商品|item page|product page|listing page"),
    ("tp_checkout", "下单", "Order placed", "purchase", "app", "digital", "ecommerce",
     "下单|购买|买单|付款|checkout|order|buy|purchase"),
    ("tp_ship_out", "发货", "Shipped to buyer", "service", "other", "physical", "logistics",
     "发货|出库|寄给买家|shipped|dispatch|shipping"),
    ("tp_deliver", "买家签收", "Delivered", "service", "other", "physical", "logistics",
     "签收|收到货|到货|delivered|delivery|received the parcel"),
    ("tp_return_req", "申请退货", "Return request", "service", "app", "digital", "customer_service",
     "退货|七天无理由|申请退货|退回去|return|return request|send it back"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|refund|money back|refunded"),
    ("tp_review", "订单评价", "Order review", "loyalty", "app", "digital", "customer_service",
     "评价|打分|晒单|review|rating|stars"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("sell", "卖家寄卖", "Selling with us", ["tp_quote", "tp_submit", "tp_ship_in", "tp_authenticate"], 30),
    ("resale", "寄售变现", "Consignment to cash", ["tp_list", "tp_sold", "tp_payout"], 120),
    ("buy", "买家下单", "Buyer purchase", ["tp_browse", "tp_detail", "tp_checkout"], 7),
    ("delivery", "履约签收", "Order delivery", ["tp_checkout", "tp_ship_out", "tp_deliver", "tp_review"], 21),
    ("return", "买家退货", "Buyer return", ["tp_return_req", "tp_refund"], 14),
]
CITIES = {  # en: zh, weight, warehouse
    "Shanghai": ("上海", 0.30, "Shanghai"), "Beijing": ("北京", 0.22, "Beijing"), "Shenzhen": ("深圳", 0.16, "Shenzhen"),
    "Hangzhou": ("杭州", 0.12, "Shanghai"), "Chengdu": ("成都", 0.12, "Shanghai"), "Guangzhou": ("广州", 0.08, "Shenzhen"),
}
WAREHOUSE_ZH = {"Shanghai": "上海仓", "Beijing": "北京仓", "Shenzhen": "深圳仓"}
CHANNELS = {  # acquisition: zh, weight, buyer propensity
    "xiaohongshu": ("小红书", 0.34, 1.0), "douyin": ("抖音", 0.22, 0.3), "search": ("搜索引擎", 0.14, 1.1),
    "referral": ("老客推荐", 0.16, 1.4), "offline_event": ("线下寄卖会", 0.14, 1.2),
}
ROLES = {"seller": ("卖家", 0.30), "buyer": ("买家", 0.50), "both": ("买卖双方", 0.20)}
CATS = {  # en: zh, weight, accept prob, fake prob, 30-day sell prob, commission, buy-out ratio
    "bag": ("包袋", 0.45, 0.66, 0.05, 0.50, 0.15, 0.65),
    "watch": ("腕表", 0.20, 0.34, 0.04, 0.35, 0.12, 0.55),
    "jewelry": ("珠宝", 0.15, 0.60, 0.03, 0.40, 0.18, 0.62),
    "shoes": ("鞋履", 0.20, 0.58, 0.13, 0.20, 0.20, 0.60),
}
BRANDS = {  # category: [(brand, zh, weight, base value)]
    "bag": [("Hermès", "爱马仕", 0.12, 62000), ("Chanel", "香奈儿", 0.25, 28000), ("Louis Vuitton", "路易威登", 0.30, 9000),
            ("Dior", "迪奥", 0.13, 14000), ("Gucci", "古驰", 0.16, 6000), ("Goyard", "戈雅", 0.04, 12000)],
    "watch": [("Rolex", "劳力士", 0.45, 76000), ("Omega", "欧米茄", 0.27, 28000), ("Cartier", "卡地亚", 0.20, 38000),
              ("Patek Philippe", "百达翡丽", 0.08, 180000)],
    "jewelry": [("Cartier", "卡地亚", 0.40, 25000), ("Van Cleef & Arpels", "梵克雅宝", 0.35, 22000),
                ("Tiffany", "蒂芙尼", 0.25, 9000)],
    "shoes": [("Balenciaga", "巴黎世家", 0.30, 3500), ("Dior", "迪奥", 0.20, 5200), ("Gucci", "古驰", 0.20, 3800),
              ("Christian Louboutin", "红底鞋", 0.30, 3200)],
}
GRADES = {"N": ("全新", 0.08, 1.00), "S": ("99新", 0.22, 0.92), "A": ("95新", 0.35, 0.82), "B": ("9成新", 0.25, 0.70),
          "C": ("8成新", 0.10, 0.55)}
AUTH_ZH = {"authentic": "正品", "fake": "假货", "inconclusive": "存疑"}
MODE_ZH = {"consignment": "寄卖", "buyout": "回收"}
SHIP_ZH = {"sf_pickup": "顺丰上门", "store_dropoff": "门店送件"}
RETURN_ZH = {"not_as_described": "与描述不符", "changed_mind": "七天无理由", "size": "尺码不合适"}
OTYPE_ZH = {"item_purchase": "商品购买", "auth_service": "鉴定服务", "care_service": "护理保养"}
AGE_BANDS = ["18-24", "25-34", "35-44", "45-54", "55+"]

# ---- feedback texts: each topic has its own markers (zh / en), generic fillers carry none of them
TXT = {
    "low_quote": (["估价太低了，专柜三万多的东西只给一万出头", "这个估价太低，还不如自己挂闲鱼", "估价太低，完全没参考市场行情",
                   "拍了十几张照片，结果估价太低"],
                  ["The quote was a lowball offer", "Such a lowball quote for something in mint condition",
                   "Lowball valuation, I'll sell it somewhere else"]),
    "slow_auth": (["鉴定太慢了，寄过去一个星期还没出结果", "鉴定太慢，客服只会说在排队", "东西到仓好几天了，鉴定太慢"],
                  ["Really slow authentication, my item sat in the warehouse for a week",
                   "Slow authentication again, no update for days", "Why such slow authentication? It's been 6 days"]),
    "fake_dispute": (["专柜买的居然被判假，我有购物小票", "判假我不认可，要求复检", "被判假了，你们的鉴定师靠谱吗"],
                     ["My item was flagged as fake even though I have the boutique receipt",
                      "Flagged as fake?? I bought it from the store myself", "Flagged as fake with zero explanation"]),
    "inconclusive": (["鉴定存疑就直接退回来了，来回运费谁出", "结果是存疑，也不说哪里有问题"],
                     ["Authentication came back inconclusive and they just sent it back",
                      "Inconclusive result, nobody could tell me why"]),
    "slow_payout": (["卖出去半个月了，打款太慢", "打款太慢了，说好的7天结算呢", "货款迟迟不到，打款太慢"],
                    ["Sold two weeks ago and I'm still waiting for my money",
                     "Still waiting for my money, settlement used to be quick"]),
    "commission": (["佣金抽这么多太狠了", "佣金比别家高，卖家到手太少"],
                   ["The commission is way too high", "Your commission eats a big chunk of the price"]),
    "unsold": (["挂了三个月卖不出去，最后寄回来了", "卖不出去也不提前沟通，直接退回"],
               ["My item never sold and got shipped back after 90 days", "It never sold, what a waste of three months"]),
    "price_cut": (["没怎么跟我商量就降价了", "一个月没卖掉就自动降价，太随意"],
                  ["They cut my price without really asking me", "Automatic markdown after a month, they cut my price twice"]),
    "not_described": (["收到的包成色与描述不符，边角磨损很明显", "说是95新，实物跟描述不符，五金全是划痕", "成色和描述不符，很失望"],
                      ["Condition not as described, the corners are worn", "Item not as described, scratches all over the clasp",
                       "Not as described at all, clearly more used than the photos"]),
    "trust": (["有鉴定证书，正品放心", "买过好几次了，正品放心，包装也好"],
              ["The authentication certificate gives me peace of mind", "Genuine item and peace of mind, great packaging"]),
    "fast_buyout": (["极速回收打款快，当天就到账", "选了回收，打款快，比寄卖省心"],
                    ["Instant buy-out, the money arrived the same day", "Buy-out paid the same day, super smooth"]),
}
GEN = {
    "neg": (["体验很差", "不会再用了", "客服回复也很慢"], ["very disappointed", "won't use this again", "support was useless"]),
    "pos": (["下次还会再来", "整体很满意", "客服很耐心"], ["will use again", "overall very happy", "support was lovely"]),
    "neu": (["还行吧", "一般般", "流程有点多"], ["it's ok", "average experience", "a lot of steps"]),
}
NEG = {"low_quote", "slow_auth", "fake_dispute", "inconclusive", "slow_payout", "commission", "unsold", "price_cut",
       "not_described"}
TOPIC_TP = {"low_quote": "tp_quote", "slow_auth": "tp_authenticate", "fake_dispute": "tp_authenticate",
            "inconclusive": "tp_authenticate", "slow_payout": "tp_payout", "commission": "tp_payout",
            "unsold": "tp_return_seller", "price_cut": "tp_price_cut", "not_described": "tp_deliver",
            "trust": "tp_deliver", "fast_buyout": "tp_buyout"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    u = float(rng.random()) * sum(weights)
    for it, w in zip(items, weights):
        u -= w
        if u < 0:
            return it
    return items[-1]


def season(d: datetime) -> float:
    if datetime(2025, 11, 1) <= d < datetime(2025, 11, 15):
        return 2.0                                  # Double 11
    if d.month == 6 and d.day <= 20:
        return 1.5                                  # 618
    if datetime(2025, 1, 20) <= d < datetime(2025, 2, 8) or datetime(2026, 2, 8) <= d < datetime(2026, 2, 25):
        return 0.5                                  # Spring Festival lull
    if d.month == 12:
        return 1.25                                 # year-end gifting
    return 1.0


def app_version(t: datetime) -> str:
    v = APP_VERSIONS[0][1]
    for s, ver in APP_VERSIONS:
        if t >= s:
            v = ver
    return v


def jitter(t: datetime, lo_h: float, hi_h: float) -> datetime:
    return t + D(hours=float(rng.uniform(lo_h, hi_h)))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_item = self.n_sess = 0
        self.sales = []                            # (t_listed, item) to sell

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, item=None, device=True, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"] if device else None,
                   channel=kw.pop("channel", c["platform"] if device else "warehouse"), app_version=app_version(t))
        if item:
            row.update(item["common"])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, status, **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel=c["platform"], device=c["device"], order_type=otype, 订单类型=OTYPE_ZH[otype],
                   currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, item=None, undated=False, gen=None,
           no_customer=False, role=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if set(topics) & NEG else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.35:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((TOPIC_TP[k] for k in topics if k in TOPIC_TP), "tp_review")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, respondent_role=role or c["role"])
        if item:
            for k in ("item_id", "category", "品类", "brand", "品牌", "warehouse", "仓库"):
                row[k] = item["common"][k]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=gen))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 6, 25):
            days.append((d, (0.6 + 0.8 * (d - START).days / 540) * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23.8)))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            role = pick(list(ROLES), [v[1] for v in ROLES.values()])
            self.cust.append(dict(
                customer_id=f"U{i + 1:05d}", signup=t, city=city, channel=ch, role=role,
                age=pick(AGE_BANDS, [0.14, 0.38, 0.28, 0.14, 0.06]), gender=pick(["female", "male"], [0.68, 0.32]),
                device=pick(["ios", "android"], [0.62, 0.38]), platform=pick(["app", "mini_program"], [0.6, 0.4]),
                en_share=0.15 if city in ("Shanghai", "Shenzhen") else 0.06, bought=0.0, sold=0.0, last=t,
                first_tx=None))

    def touch(self, c, t, amount, bought):
        c["bought" if bought else "sold"] += amount
        c["last"] = max(c["last"], t)
        if c["first_tx"] is None or t < c["first_tx"]:
            c["first_tx"] = t

    # ---------- seller side: one item ----------
    def item(self, c, t_q: datetime):
        cat = pick(list(CATS), [v[1] for v in CATS.values()])
        cz, _, p_acc, p_fake, p30, comm, bo_ratio = CATS[cat]
        bl = BRANDS[cat]
        b = pick(bl, [x[2] for x in bl])
        grade = pick(list(GRADES), [g[1] for g in GRADES.values()])
        value = b[3] * GRADES[grade][2] * float(rng.lognormal(0, 0.3))
        quote = round(value * float(rng.uniform(0.92, 1.0)), -1)
        buyout = round(value * bo_ratio * (0.9 if cat == "watch" else 1.0), -1)
        self.n_item += 1
        iid = f"LX{self.n_item:06d}"
        wh = CITIES[c["city"]][2]
        item = dict(id=iid, cat=cat, comm=comm, value=value, quote=quote, buyout=buyout, seller=c, wh=wh, p30=p30,
                    common=dict(item_id=iid, category=cat, 品类=cz, brand=b[0], 品牌=b[1], condition_grade=grade,
                                成色=GRADES[grade][0], warehouse=wh, 仓库=WAREHOUSE_ZH[wh]))
        self.ev(c, t_q, "tp_quote", iid, "quote", item, quote_amount=quote, buyout_quote=buyout)
        if rng.random() > p_acc:
            if rng.random() < (0.36 if cat == "watch" else 0.09):
                self.fb(c, jitter(t_q, 1, 72), ["low_quote"], pick(["ticket", "xiaohongshu", "call_note"], [3, 4, 3]),
                        item=item, undated=rng.random() < 0.35)
            return
        t_s = jitter(t_q, 0.2, 60)
        p_bo = 0.38 if t_s >= FAST_BUYOUT else 0.20
        mode = "buyout" if rng.random() < p_bo else "consignment"
        item["mode"] = mode
        item["common"].update(mode=mode, 寄卖方式=MODE_ZH[mode])
        self.ev(c, t_s, "tp_submit", iid, "submit", item, quote_amount=quote if mode == "consignment" else buyout)
        if rng.random() < 0.1:
            return                                   # never shipped
        ship = "sf_pickup" if rng.random() < 0.8 else "store_dropoff"
        t_sh = jitter(t_s, 4, 96)
        self.ev(c, t_sh, "tp_ship_in", iid, "ship", item, ship_method=ship, 寄件方式=SHIP_ZH[ship])
        t_r = jitter(t_sh, 14 if ship == "sf_pickup" else 2, 60)
        self.ev(c, t_r, "tp_receive", iid, "received", item, device=False)
        med = 6.5 if AUTH_BACKLOG[0] <= t_r < AUTH_BACKLOG[1] else 1.9
        if cat == "watch":
            med += 0.8
        t_a = t_r + D(days=float(rng.lognormal(np.log(med), 0.45)))
        f = p_fake * {"Goyard": 6.0, "Christian Louboutin": 1.6}.get(b[0], 1.0) * (1.6 if c["channel"] == "douyin" else 1)
        r = rng.random()
        res = "fake" if r < f else ("inconclusive" if r < f + 0.035 else "authentic")
        item["common"]["auth_result"] = res
        item["common"]["鉴定结果"] = AUTH_ZH[res]
        if not self.ev(c, t_a, "tp_authenticate", iid, res, item, device=False,
                       auth_days=round((t_a - t_r).total_seconds() / 86400, 2)):
            return
        slow = (t_a - t_r).days >= 4
        if rng.random() < (0.42 if slow else 0.02):
            self.fb(c, t_r + D(days=float(rng.uniform(3.5, 6))), ["slow_auth"],
                    pick(["ticket", "call_note", "xiaohongshu"], [4, 3, 3]), item=item, undated=rng.random() < 0.2)
        if res != "authentic":
            t_b = jitter(t_a, 24, 96)
            self.ev(c, t_b, "tp_return_seller", iid, "return_" + res, item, return_type=res, 退回原因=AUTH_ZH[res])
            if rng.random() < (0.45 if res == "fake" else 0.35):
                self.fb(c, jitter(t_a, 2, 48), ["fake_dispute" if res == "fake" else "inconclusive"],
                        pick(["ticket", "call_note", "xiaohongshu"], [5, 3, 2]), item=item, undated=rng.random() < 0.15)
            self.survey(c, t_b, item, 2 if res == "fake" else 4, ["fake_dispute"] if res == "fake" else [],
                        "tp_return_seller")
            return
        if mode == "buyout":
            t_p = t_a + (D(hours=float(rng.uniform(2, 20))) if t_a >= FAST_BUYOUT else D(days=float(rng.uniform(1.5, 4))))
            if self.ev(c, t_p, "tp_buyout", iid, "paid", item, payout_amount=buyout):
                self.touch(c, t_p, buyout, False)
                if t_a >= FAST_BUYOUT and rng.random() < 0.15:
                    chn = pick(["app_store", "xiaohongshu"], [1, 1])
                    self.fb(c, jitter(t_p, 1, 30), ["fast_buyout"], chn, item=item,
                            rating=(5 if rng.random() < 0.8 else 4) if chn == "app_store" else None)
                self.survey(c, t_p, item, 9 if t_a >= FAST_BUYOUT else 8, [], "tp_buyout")
            item["price"] = round(value * 1.02, -1)
            self.sales.append((jitter(t_p, 24, 72), item))
            return
        item["price"] = round(quote * float(rng.uniform(1.0, 1.08)), -1)
        t_l = jitter(t_a, 12, 60)
        if self.ev(c, t_l, "tp_list", iid, "list", item, list_price=item["price"]):
            self.sales.append((t_l, item))

    def survey(self, c, t, item, base, topics, tp):
        if rng.random() > 0.33:
            return
        nps = int(np.clip(round(base + rng.normal(0, 1.4)), 0, 10))
        gen = "neg" if nps <= 6 else ("pos" if nps >= 9 else "neu")
        self.fb(c, jitter(t, 24, 120), topics if rng.random() < 0.6 else [], "nps_survey", tp=tp, nps=nps,
                item=item, gen=gen, role="seller")

    # ---------- selling an item to buyers ----------
    def sell_all(self):
        self.buyers = [c for c in self.cust if c["role"] in ("buyer", "both")]
        self.buyers.sort(key=lambda c: c["signup"])
        self.b_signup = np.array([c["signup"].timestamp() for c in self.buyers])
        self.b_cum = np.cumsum([CHANNELS[c["channel"]][2] for c in self.buyers])
        for t_l, item in sorted(self.sales, key=lambda x: x[0]):
            self.sell(t_l, item)

    def pick_buyer(self, t):
        k = int(np.searchsorted(self.b_signup, (t - D(hours=2)).timestamp()))
        if k == 0:
            return None
        lo = 0.0
        if rng.random() < 0.35:                    # many first purchases come within a week of signing up
            j = int(np.searchsorted(self.b_signup, (t - D(days=6)).timestamp()))
            if j < k:
                lo = float(self.b_cum[j - 1]) if j > 0 else 0.0
        u = float(rng.uniform(lo, self.b_cum[k - 1]))
        return self.buyers[int(np.searchsorted(self.b_cum, u, side="right"))]

    def session(self, c, t, item=None):
        self.n_sess += 1
        sid = f"BS{self.n_sess:06d}"
        t0 = t - D(minutes=float(rng.uniform(3, 90))) if item else t
        self.ev(c, t0, "tp_browse", sid, "view")
        if item:
            self.ev(c, t - D(minutes=float(rng.uniform(1, 3))), "tp_detail", sid, "view", item)
        return sid

    def sell(self, t_l, item):
        seller = item["seller"]
        consign = item["mode"] == "consignment"
        price = item["price"]
        t, cuts, deadline = t_l, 0, t_l + D(days=90)
        p = item["p30"]
        while True:
            # sale within the next 30-day block?
            block_end = min(t + D(days=30), deadline) if consign else t + D(days=120)
            if rng.random() < (p if consign else 0.9):
                t_sale = t + (block_end - t) * float(rng.beta(1.3, 2.0))
            else:
                t_sale = None
            if t_sale is None:
                if not consign:
                    return
                if block_end >= deadline:
                    t_b = jitter(deadline, 2, 72)
                    self.ev(seller, t_b, "tp_return_seller", item["id"], "return_unsold", item, return_type="unsold",
                            退回原因="滞销")
                    if rng.random() < 0.3:
                        self.fb(seller, jitter(t_b, 24, 200), ["unsold"] + (["price_cut"] if cuts and rng.random() < 0.4
                                                                             else []),
                                pick(["ticket", "xiaohongshu", "call_note"], [3, 4, 3]), item=item,
                                undated=rng.random() < 0.3)
                    self.survey(seller, t_b, item, 5, ["unsold"], "tp_return_seller")
                    return
                t = block_end
                cuts += 1
                price = round(price * 0.9, -1)
                if not self.ev(seller, jitter(t, 0, 6), "tp_price_cut", item["id"], "price_cut", item,
                               list_price=price, cut_no=cuts):
                    return
                if rng.random() < 0.07:
                    self.fb(seller, jitter(t, 12, 96), ["price_cut"], pick(["ticket", "call_note"], [1, 1]), item=item)
                p = min(0.9, p + 0.1)
                continue
            buyer = self.pick_buyer(t_sale)
            if buyer is None or t_sale > END:
                return
            # an unpaid order from someone else first, sometimes
            if rng.random() < 0.07:
                other = self.pick_buyer(t_sale - D(hours=30))
                if other is not None and other is not buyer:
                    tc = t_sale - D(hours=float(rng.uniform(5, 30)))
                    sid = self.session(other, tc, item)
                    self.ev(other, tc, "tp_checkout", sid, "order_cancelled", item, order_amount=price)
                    self.order(other, tc, price, "item_purchase", "cancelled", item_id=item["id"], session_id=sid,
                               category=item["cat"], 品类=item["common"]["品类"], brand=item["common"]["brand"], 品牌=item["common"]["品牌"],
                               source=item["mode"], warehouse=item["wh"], 仓库=WAREHOUSE_ZH[item["wh"]])
            sid = self.session(buyer, t_sale, item)
            self.ev(buyer, t_sale, "tp_checkout", sid, "paid", item, order_amount=price)
            comm = round(price * item["comm"], 2) if consign else None
            o = self.order(buyer, t_sale, price, "item_purchase", "paid", item_id=item["id"], session_id=sid,
                           category=item["cat"], 品类=item["common"]["品类"], brand=item["common"]["brand"], 品牌=item["common"]["品牌"],
                           source=item["mode"], warehouse=item["wh"], 仓库=WAREHOUSE_ZH[item["wh"]],
                           commission_rate=item["comm"] if consign else None, commission=comm)
            if consign:
                self.ev(seller, t_sale + D(minutes=1), "tp_sold", item["id"], "sold", item, sale_price=price)
            t_o = jitter(t_sale, 6, 40)
            self.ev(buyer, t_o, "tp_ship_out", sid, "shipped", item, device=False)
            t_d = jitter(t_o, 18, 70)
            self.ev(buyer, t_d, "tp_deliver", sid, "delivered", item, channel="courier", device=False)
            mism = rng.random() < (0.19 if item["wh"] == "Shenzhen" else 0.045)
            ret = None
            if mism and rng.random() < 0.6:
                ret = "not_as_described"
            elif rng.random() < 0.045:
                ret = "size" if item["cat"] == "shoes" and rng.random() < 0.6 else "changed_mind"
            if ret:
                t_rr = jitter(t_d, 2, 150)
                self.ev(buyer, t_rr, "tp_return_req", sid, "return_request", item, return_reason=ret,
                        退货原因=RETURN_ZH[ret])
                t_rf = jitter(t_rr, 40, 130)
                if self.ev(buyer, t_rf, "tp_refund", sid, "refund", item, refund_amount=price):
                    if o:
                        o["status"] = "refunded"
                        o["refunded_at"] = ts(t_rf)
                        o["commission"] = None
                if ret == "not_as_described" and rng.random() < 0.55:
                    self.fb(buyer, jitter(t_rr, 0.5, 30), ["not_described"], pick(["ticket", "call_note"], [7, 3]),
                            item=item, role="buyer")
                if consign:
                    if rng.random() < 0.4:            # re-listed: keeps selling
                        t = jitter(t_rf, 12, 48)
                        deadline = max(deadline, t + D(days=20))
                        if not self.ev(seller, t, "tp_list", item["id"], "relist", item, list_price=price):
                            return
                        continue
                    t_b = jitter(t_rf, 24, 96)
                    self.ev(seller, t_b, "tp_return_seller", item["id"], "return_after_buyer_return", item,
                            return_type="buyer_return", 退回原因="买家退货")
                return
            self.touch(buyer, t_sale, price, True)
            # review
            if rng.random() < 0.5:
                t_v = jitter(t_d, 4, 120)
                if mism:
                    rating, topics = int(pick([1, 2, 3], [3, 5, 2])), ["not_described"] if rng.random() < 0.85 else []
                else:
                    rating = int(pick([3, 4, 5], [1, 3, 6]))
                    topics = ["trust"] if rng.random() < 0.3 else []
                if self.ev(buyer, t_v, "tp_review", sid, "review", item, stars=rating):
                    self.fb(buyer, t_v, topics, "order_review", tp="tp_review", rating=rating, item=item,
                            gen="neg" if rating <= 2 else ("pos" if rating >= 4 else "neu"), role="buyer")
            if rng.random() < 0.12:
                nps = int(np.clip(round((4 if mism else 8.6) + rng.normal(0, 1.3)), 0, 10))
                self.fb(buyer, jitter(t_d, 48, 200), [], "nps_survey", tp="tp_deliver", nps=nps, item=item,
                        gen="neg" if nps <= 6 else ("pos" if nps >= 9 else "neu"), role="buyer")
            if not consign:
                return
            # seller payout after the 7-day return window
            due = t_d + D(days=7)
            extra = 9.0 if PAYOUT_SLOW[0] <= due < PAYOUT_SLOW[1] else 0.0
            t_p = due + D(days=float(rng.lognormal(np.log(1.5), 0.5)) + extra + float(rng.uniform(0, 2) if extra else 0))
            net = round(price - comm, 2)
            if self.ev(seller, t_p, "tp_payout", item["id"], "paid", item, payout_amount=net, sale_price=price,
                       commission=comm):
                self.touch(seller, t_p, net, False)
                if (t_p - t_sale).days > 16 and rng.random() < 0.45:
                    self.fb(seller, t_sale + D(days=float(rng.uniform(15, 17))), ["slow_payout"],
                            pick(["ticket", "xiaohongshu", "call_note"], [5, 2, 3]), item=item,
                            undated=rng.random() < 0.2)
                if rng.random() < 0.06:
                    self.fb(seller, jitter(t_p, 2, 48), ["commission"], pick(["ticket", "xiaohongshu"], [1, 1]),
                            item=item, undated=rng.random() < 0.3)
                self.survey(seller, t_p, item, 4 if (t_p - t_sale).days > 16 else 8,
                            ["slow_payout"] if (t_p - t_sale).days > 16 else ["trust"], "tp_payout")
            return

    # ---------- the run ----------
    def run(self):
        self.customers()
        for c in self.cust:
            self.ev(c, c["signup"], "tp_discover", None, "first_visit", channel=c["channel"])
            if c["role"] in ("seller", "both"):
                n = 1 + int(rng.poisson(1.1 if c["role"] == "seller" else 0.5))
                span = (END - c["signup"]).total_seconds()
                times = [c["signup"] + D(hours=float(rng.exponential(20)))]
                times += [c["signup"] + D(seconds=float(rng.uniform(0, span))) for _ in range(n - 1)]
                for t in sorted(times):
                    if rng.random() < 0.9 or t == times[0]:
                        self.item(c, t)
        self.sell_all()
        # buyers' browsing without buying
        for c in self.cust:
            if c["role"] == "seller":
                continue
            span = (END - c["signup"]).total_seconds()
            n = 1 + int(rng.poisson(3.0 if c["channel"] != "douyin" else 4.0))
            for j in range(n):
                t = c["signup"] + D(minutes=5) if j == 0 else c["signup"] + D(seconds=float(rng.uniform(0, span)))
                sid = self.session(c, t)
                if rng.random() < 0.55:
                    ev_item = self.any_item()
                    self.ev(c, t + D(minutes=float(rng.uniform(1, 20))), "tp_detail", sid, "view", ev_item)
        self.services()
        self.app_reviews()

    def any_item(self):
        _, it = self.sales[int(rng.integers(len(self.sales)))]
        return it

    def services(self):
        """paid authentication-only and care (spa / watch service) orders."""
        for c in self.cust:
            if rng.random() < 0.07:
                t = c["signup"] + D(days=float(rng.uniform(1, 300)))
                cat = pick(["bag", "watch", "shoes"], [6, 2, 2])
                st = "refunded" if rng.random() < 0.06 else "paid"
                o = self.order(c, t, {"bag": 199, "watch": 299, "shoes": 99}[cat], "auth_service", st, category=cat,
                               品类=CATS[cat][0])
                if o and st == "refunded":
                    o["refunded_at"] = ts(t + D(days=1))
            if rng.random() < 0.05:
                t = c["signup"] + D(days=float(rng.uniform(3, 400)))
                cat = pick(["bag", "watch", "shoes"], [6, 3, 2])
                amt = float(round(rng.uniform(*{"bag": (600, 1800), "watch": (1200, 3500), "shoes": (300, 700)}[cat]), -1))
                st = "refunded" if rng.random() < 0.08 else "paid"
                o = self.order(c, t, amt, "care_service", st, category=cat, 品类=CATS[cat][0])
                if o and st == "refunded":
                    o["refunded_at"] = ts(t + D(days=2))

    def app_reviews(self):
        pool = [("app_store", ["trust"], 5), ("app_store", ["low_quote"], 2), ("app_store", ["slow_auth"], 1),
                ("app_store", [], 4), ("app_store", ["commission"], 2), ("xiaohongshu", ["trust"], None),
                ("xiaohongshu", ["low_quote"], None)]
        for _ in range(260):
            c = self.cust[int(rng.integers(len(self.cust)))]
            chn, topics, r = pool[int(rng.integers(len(pool)))]
            t = c["signup"] + D(days=float(rng.uniform(0, 200)))
            rating = None if r is None else int(np.clip(r + int(rng.integers(-1, 2)), 1, 5))
            gen = "neg" if set(topics) & NEG or (rating or 3) <= 2 else ("pos" if (rating or 3) >= 4 or topics else "neu")
            self.fb(c, t, topics, chn, rating=rating, gen=gen, no_customer=rng.random() < 0.5,
                    undated=chn == "xiaohongshu" and rng.random() < 0.5,
                    tp=None if topics else "tp_review")


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


def cols_of(rows, first):
    seen = list(first)
    for r in rows:
        for k in r:
            if k not in seen:
                seen.append(k)
    return seen


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write(out / "touchpoints.csv", tps, list(tps[0]))
    js = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
               touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])]
    write(out / "journeys.csv", js, list(js[0]))
    cust = []
    for c in g.cust:
        total = c["bought"] + c["sold"]
        tier = "black" if total >= 150000 else "gold" if total >= 50000 else "silver" if total >= 10000 else "regular"
        if c["first_tx"] is None:
            seg = "prospect"
        elif c["first_tx"] >= datetime(2026, 3, 1):
            seg = "new"
        elif c["last"] < datetime(2026, 1, 1):
            seg = "dormant"
        else:
            seg = "active"
        cust.append(dict(customer_id=c["customer_id"], signup_at=ts(c["signup"]), segment=seg, region=c["city"],
                         城市=CITIES[c["city"]][0], acquisition_channel=c["channel"], 获客渠道=CHANNELS[c["channel"]][0],
                         tier=tier, 会员等级={"regular": "普通会员", "silver": "银卡", "gold": "金卡", "black": "黑卡"}[tier],
                         user_role=c["role"], 用户类型=ROLES[c["role"]][0], age_band=c["age"], gender=c["gender"],
                         phone_os=c["device"], total_bought=round(c["bought"], 2), total_sold=round(c["sold"], 2)))
    write(out / "customers.csv", cust, list(cust[0]))
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup = [dict(r) for r in ev[:: max(1, len(ev) // 20)][:20]]      # tracker re-sends a few events
    write(out / "events.csv", ev + dup, cols_of(ev, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id",
                                                     "action", "device", "channel"]))
    orders = sorted(g.orders, key=lambda r: r["ts"])
    write(out / "orders.csv", orders, cols_of(orders, ["order_id", "customer_id", "ts", "amount", "status", "channel",
                                                       "device"]))
    write(out / "feedback.csv", g.feedback, cols_of(g.feedback, ["feedback_id", "text", "ts", "customer_id",
                                                                 "touchpoint_id", "channel", "rating", "nps"]))
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print({"customers": len(cust), "events": len(ev) + len(dup), "orders": len(orders), "feedback": len(g.feedback)})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
