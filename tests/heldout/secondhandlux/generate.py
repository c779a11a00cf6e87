"""奢转 LuxLoop: a second-hand luxury consignment and resale platform (app, WeChat mini program, web) in mainland
China. Sellers (寄卖人) get an online valuation from photos (在线估价), submit the item for consignment (提交寄卖,
paying an authentication fee 鉴定费), hand it over by door-to-door pickup (上门取件) or mail it in (邮寄寄件), our
authenticators check it at the Shanghai or Shenzhen hub (鉴定: authentic / counterfeit), we send a price offer
(定价报价), the seller accepts or declines, the item is photographed and listed (standard, or express listing
极速上架 for a fee, SLA 48 h), buyers browse, view the item, place an order, pay, we ship (顺丰), the buyer signs
for it, may return it within 7 days (退货), and once the return window closes the seller is paid out (卖家结算打款)
minus our commission.
Events 2025-01-01 .. 2026-06-30 (the extract was taken at the start of July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a DATA.md
table). Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261215
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 9000
COURIER_SWITCH = (datetime(2025, 8, 1), datetime(2025, 10, 1))     # mail-in moved to a cheaper courier (京广速递)
FIN_MIGRATION = (datetime(2025, 11, 10), datetime(2026, 1, 16))    # finance system migration: payouts stuck
CNY_BACKLOG = (datetime(2026, 1, 20), datetime(2026, 3, 1))        # Spring-Festival photo-studio backlog
ANDROID_BUG = (datetime(2026, 3, 9), datetime(2026, 3, 30))        # app 5.2.0: payment SDK crash on Android
APP_VERSIONS = [(datetime(2025, 1, 1), "4.8.0"), (datetime(2025, 6, 3), "4.9.1"), (datetime(2025, 11, 18), "5.0.0"),
                (datetime(2026, 3, 9), "5.2.0"), (datetime(2026, 3, 30), "5.2.1")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现奢转", "Discover LuxLoop", "awareness", "social", "digital", "marketing",
     "发现|刷到|种草|小红书看到|抖音看到|朋友推荐|discover|found us|first visit"),
    ("tp_quote", "在线估价", "Online valuation", "consideration", "app", "digital", "pricing",
     "估价|拍照估价|询价|估个价|valuation|quote|appraisal request|price estimate"),
    ("tp_consign", "提交寄卖", "Consignment submitted", "purchase", "app", "digital", "seller_ops",
     "寄卖|寄售|下寄卖单|提交寄卖|consign|consignment|submit item|sell with us"),
    ("tp_withdraw", "撤回寄卖", "Consignment withdrawn", "service", "app", "digital", "seller_ops",
     "撤回|取消寄卖|不卖了|withdraw|cancel consignment"),
    ("tp_intake", "收货入库", "Item received", "service", "other", "physical", "logistics",
     "入库|收货|上门取件|取件|邮寄|寄件|快递|intake|pickup|mail-in|received at hub|courier"),
    ("tp_auth", "鉴定", "Authentication", "service", "store", "physical", "authentication",
     "鉴定|验货|鉴别|真假|查验|authentication|authenticate|legit check|fake check"),
    ("tp_offer", "定价报价", "Price offer", "consideration", "app", "digital", "pricing",
     "报价|定价|出价|给价|offer|pricing|price offer"),
    ("tp_accept", "接受报价", "Offer accepted", "purchase", "app", "digital", "seller_ops",
     "接受报价|同意报价|确认寄卖价|accept|accepted offer|agree price"),
    ("tp_decline", "拒绝报价", "Offer declined", "service", "app", "digital", "seller_ops",
     "拒绝报价|不接受报价|退回商品|decline|declined offer|send it back"),
    ("tp_listing", "商品上架", "Item listed", "service", "app", "digital", "merchandising",
     "上架|挂售|拍照上架|极速上架|listing|listed|go live|express listing"),
    ("tp_sold", "商品售出", "Item sold", "service", "app", "digital", "seller_ops",
     "售出|卖掉|成交|卖出去了|sold|sale|sell-through"),
    ("tp_payout", "卖家结算打款", "Seller payout", "loyalty", "app", "digital", "finance",
     "结算|打款|回款|到账|提现|payout|seller payment|settlement|get paid"),
    ("tp_browse", "浏览商城", "Browse the shop", "awareness", "app", "digital", "growth",
     "逛|浏览|首页|商城|搜索|browse|shop|search|homepage"),
    ("tp_item_view", "查看商品详情", "Item page view", "consideration", "app", "digital", "merchandising",
     "商品详情|看货|详情页|看细节图|item page|product page|view item|pdp"),
    ("tp_order", "下单", "Order placed", "purchase", "app", "digital", "growth",
     "下单|提交订单|拍下|买下|checkout|place order|order placed"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "payments",
     "支付失败|付款失败|付不了款|闪退|payment failed|payment error|checkout crash"),
    ("tp_pay", "支付成功", "Payment", "purchase", "app", "digital", "payments",
     "支付|付款|买单|分期|pay|payment|paid"),
    ("tp_ship", "发货", "Shipped", "service", "other", "physical", "logistics",
     "发货|寄出|顺丰|物流|ship|shipped|dispatch|delivery"),
    ("tp_deliver", "签收", "Delivered", "service", "other", "physical", "logistics",
     "签收|收到货|到货|delivered|received|arrived"),
    ("tp_return", "申请退货", "Return requested", "service", "app", "digital", "customer_service",
     "退货|退回|七天无理由|return|send back|return request"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|refund|money back|refunded"),
    ("tp_review", "订单评价", "Order review", "loyalty", "app", "digital", "customer_service",
     "评价|晒单|打分|review|rating|stars"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("consign", "寄卖流程", "Consignment", ["tp_quote", "tp_consign", "tp_intake", "tp_auth", "tp_offer", "tp_accept"], 30),
    ("sell_through", "寄卖售出结算", "Sell-through & payout", ["tp_listing", "tp_sold", "tp_payout"], 120),
    ("purchase", "买家购买", "Buyer purchase", ["tp_browse", "tp_item_view", "tp_order", "tp_pay"], 7),
    ("delivery", "发货签收", "Delivery", ["tp_pay", "tp_ship", "tp_deliver"], 14),
    ("returns", "退货退款", "Return & refund", ["tp_return", "tp_refund"], 30),
]
CITIES = {  # en: zh, weight, pickup available, en share
    "Shanghai": ("上海", 0.30, True, 0.22), "Beijing": ("北京", 0.22, True, 0.10), "Shenzhen": ("深圳", 0.16, True, 0.18),
    "Hangzhou": ("杭州", 0.12, True, 0.06), "Chengdu": ("成都", 0.11, False, 0.05), "Wuhan": ("武汉", 0.09, False, 0.05),
}
CHANNELS = {  # en: zh, weight, buyer propensity, seller share
    "xiaohongshu": ("小红书", 0.34, 0.30, 0.38), "douyin": ("抖音", 0.20, 0.55, 0.38),
    "wechat": ("微信", 0.16, 1.0, 0.50), "search": ("搜索引擎", 0.10, 0.9, 0.50),
    "referral": ("老客推荐", 0.20, 1.9, 0.55),
}
CATS = {  # en: zh, weight, fee, commission, accept prob, sell prob, median days to sell
    "bag": ("包袋", 0.58, 99, 0.18, 0.74, 0.82, 18.0),
    "watch": ("腕表", 0.20, 199, 0.12, 0.43, 0.72, 32.0),
    "jewellery": ("珠宝", 0.22, 149, 0.20, 0.64, 0.86, 10.0),
}
BRANDS = {  # category: [(brand, weight, price median CNY, counterfeit rate)]
    "bag": [("Chanel", 0.24, 32000, 0.05), ("Hermès", 0.12, 68000, 0.03), ("Louis Vuitton", 0.30, 9000, 0.15),
            ("Gucci", 0.14, 7000, 0.06), ("Dior", 0.14, 18000, 0.05), ("Goyard", 0.012, 12000, 0.45)],
    "watch": [("Rolex", 0.50, 78000, 0.06), ("Omega", 0.28, 32000, 0.03), ("Cartier", 0.22, 42000, 0.04)],
    "jewellery": [("Cartier", 0.40, 36000, 0.04), ("Van Cleef & Arpels", 0.30, 28000, 0.04),
                  ("Tiffany", 0.30, 14000, 0.03)],
}
GRADES = {"S": ("全新", 0.15, 0.03), "A": ("95新", 0.45, 0.05), "B": ("9成新", 0.28, 0.17), "C": ("8成新", 0.12, 0.08)}
WAREHOUSE = {"Shanghai": "上海鉴定中心", "Shenzhen": "深圳鉴定中心"}
AUTH_RESULT = {"authentic": "正品", "counterfeit": "仿品"}
INTAKE = {"pickup": "上门取件", "mail_in": "邮寄寄件"}
LISTING = {"standard": "普通上架", "express": "极速上架"}
ORDER_ZH = {"purchase": "商品订单", "auth_fee": "鉴定费", "express_fee": "极速上架费"}
PAYM = ["alipay", "wechat_pay", "credit_card", "installment"]
PAYM_ZH = {"alipay": "支付宝", "wechat_pay": "微信支付", "credit_card": "信用卡", "installment": "分期"}
RETURN_REASON = {"condition_mismatch": "成色与描述不符", "changed_mind": "七天无理由", "size_fit": "尺寸不合适"}

TXT = {  # topic: (zh phrases, en phrases); every phrase carries its topic's marker
    "low_offer": (["报价太低了，比市场价低一大截", "给的报价太低，压价太狠", "这报价太低了吧，二级市场都不止这个价",
                   "报价太低，感觉被压价了"],
                  ["the offer was way too low", "your offer was too low compared to the market",
                   "offer too low, felt like a lowball", "lowball offer for a mint piece"]),
    "slow_auth": (["鉴定等了好久，一周多还没出结果", "鉴定太慢了，催了几次", "表送去鉴定太慢了"],
                  ["authentication took forever", "authentication is so slow, over a week",
                   "waited ages for the authentication result"]),
    "courier": (["快递太慢了，寄过去五六天才入库", "快递太慢，而且外包装都压坏了", "寄件快递太慢，盒子还破了"],
                ["the courier was so slow, almost a week to reach the hub", "courier was slow and the box arrived crushed",
                 "slow courier, parcel got damaged on the way"]),
    "slow_payout": (["卖出去快一个月了打款还没到账", "打款太慢了，客服一直说在处理", "结算打款还没到账，催了好多次"],
                    ["payout still not received weeks after the sale", "the payout is so late, support keeps saying processing",
                     "still waiting for my payout, this is ridiculous"]),
    "express_late": (["花钱买了极速上架结果三四天才上架", "极速上架一点都不极速", "付了极速上架费还是拖了好几天"],
                     ["paid for express listing and it still took days", "express listing was not express at all",
                      "the express listing fee was a waste, listed days late"]),
    "condition": (["收到的包成色与描述不符，边角磨损很明显", "成色与描述不符，说是9成新实际差很多", "实物成色与描述不符，有划痕没标出来"],
                  ["condition not as described, corners were worn", "the item's condition not as described at all",
                   "condition not as described, scratches not shown in photos"]),
    "app_crash": (["付款的时候app一直闪退", "一到支付页面就闪退，付不了钱", "安卓版付款闪退好几次"],
                  ["the app crashes at payment", "app keeps crashing at checkout, couldn't pay",
                   "payment page crashes on my android phone"]),
    "slow_refund": (["退货寄回去一个多星期了退款还没到", "退款太慢了，货都签收了钱还不退"],
                    ["refund still not back after they received my return", "the refund is taking forever"]),
    "authentic": (["正品放心，鉴定证书很专业", "鉴定证书齐全，正品放心", "正品放心，包装也很用心"],
                  ["genuine and came with a proper certificate, very reassuring", "authenticity certificate included, genuine item",
                   "genuine piece, well packed, great experience"]),
    "fast_ship": (["发货很快，顺丰第二天就到了", "发货超快，包装很仔细"],
                  ["super fast shipping, arrived next day", "fast shipping and careful packaging"]),
}
GEN = {
    "pos": (["整体体验不错", "会推荐给朋友", "服务很好"], ["overall a good experience", "would recommend to friends"]),
    "neu": (["还行吧", "一般般"], ["it was ok", "average experience"]),
    "neg": (["体验很差", "不会再用了"], ["really disappointing", "won't use it again"]),
}
TOPIC_TP = {"low_offer": "tp_offer", "slow_auth": "tp_auth", "courier": "tp_intake", "slow_payout": "tp_payout",
            "express_late": "tp_listing", "condition": "tp_deliver", "app_crash": "tp_pay_fail",
            "slow_refund": "tp_refund", "authentic": "tp_auth", "fast_ship": "tp_ship"}
NEG_TOPICS = {"low_offer", "slow_auth", "courier", "slow_payout", "express_late", "condition", "app_crash",
              "slow_refund"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def ln(median, sigma):
    return float(rng.lognormal(np.log(median), sigma))


def app_version(t: datetime) -> str:
    v = APP_VERSIONS[0][1]
    for s, ver in APP_VERSIONS:
        if t >= s:
            v = ver
    return v


def season(d: datetime) -> float:
    if d.month in (11,) and d.day <= 15:
        return 1.6                          # Double 11
    if d.month == 12:
        return 1.3
    if datetime(2026, 1, 26) <= d < datetime(2026, 2, 20) or datetime(2025, 1, 20) <= d < datetime(2025, 2, 8):
        return 0.7                          # Spring Festival: quiet
    return 1.0


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_fb = self.n_cs = self.n_bs = self.n_po = self.n_af = self.n_xf = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, item=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"], channel=c["app_channel"],
                   app_version=app_version(t) if c["app_channel"] == "app" else None)
        if item:
            row.update(item["common"])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, oid, amount, otype, item, status="paid", **kw):
        if t > END:
            return None
        row = dict(order_id=oid, customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2), status=status,
                   channel=c["app_channel"], device=c["device"], order_type=otype, 订单类型=ORDER_ZH[otype],
                   item_id=item["id"], consignment_id=item["cs"], category=item["common"]["category"],
                   品类=item["common"]["品类"], brand=item["common"]["brand"], currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, item=None, undated=False, gen=None,
           no_customer=False, role=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((TOPIC_TP[k] for k in topics if k in TOPIC_TP), "tp_review")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        pos = not neg and (gen == "pos" or bool(topics))
        senti = "neg" if neg else ("pos" if pos else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, user_role=role or c["role"],
                   item_id=item["id"] if item else None)
        if item:
            for k in ("category", "品类", "brand", "condition_grade", "成色"):
                row[k] = item["common"][k]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 6, 20):
            days.append((d, (0.6 + 0.8 * (d - START).days / 536) * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23.9)))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            role = "seller" if rng.random() < CHANNELS[ch][3] else "buyer"
            device = pick(["ios", "android"], [0.58, 0.42])
            app_channel = pick(["app", "mini_program", "web"], [0.62, 0.28, 0.10])
            if app_channel == "web":
                device = "pc"
            age = pick(["18-24", "25-34", "35-44", "45-54", "55+"], [0.12, 0.42, 0.28, 0.13, 0.05])
            self.cust.append(dict(customer_id=f"U{i + 1:05d}", discover=t, city=city, channel=ch, role=role,
                                  device=device, app_channel=app_channel, age=age,
                                  gender=pick(["female", "male"], [0.72, 0.28]), en_share=CITIES[city][3],
                                  spend=0.0, sold_value=0.0, last=t, first_buy=None, n_buy=0))

    # ---------- seller side ----------
    def consignment(self, c, t_q):
        cat = pick(list(CATS), [v[1] for v in CATS.values()])
        b = BRANDS[cat]
        brand, _, med_price, fake_p = b[int(rng.choice(len(b), p=np.array([x[1] for x in b]) / sum(x[1] for x in b)))]
        grade = pick(list(GRADES), [v[1] for v in GRADES.values()])
        price = round(ln(med_price, 0.45) * {"S": 1.15, "A": 1.0, "B": 0.85, "C": 0.7}[grade], -1)
        self.n_cs += 1
        cs = f"CS{self.n_cs:06d}"
        hub = "Shenzhen" if (cat == "watch" or c["city"] in ("Shenzhen", "Chengdu", "Wuhan")) else "Shanghai"
        common = dict(item_id=f"IT{self.n_cs:06d}", category=cat, 品类=CATS[cat][0], brand=brand,
                      condition_grade=grade, 成色=GRADES[grade][0], warehouse=hub, 仓库=WAREHOUSE[hub])
        item = dict(id=common["item_id"], cs=cs, common=common, price=price, cat=cat, grade=grade, seller=c)
        self.ev(c, t_q, "tp_quote", cs, "submit_photos", item, est_low=round(price * 0.8, -1),
                est_high=round(price * 1.05, -1))
        p_cons = 0.55 if cat != "watch" else 0.5
        if rng.random() > p_cons:
            return None
        t = t_q + D(hours=float(rng.exponential(30) + 0.3))
        method = "pickup" if (CITIES[c["city"]][2] and rng.random() < 0.45) else "mail_in"
        item["common"].update(intake_method=method, 收货方式=INTAKE[method])
        if not self.ev(c, t, "tp_consign", cs, "submit", item):
            return None
        self.n_af += 1
        fee_order = self.order(c, t, f"AF{self.n_af:06d}", CATS[cat][2], "auth_fee", item,
                               payment_method="wechat_pay", 支付方式=PAYM_ZH["wechat_pay"])
        c["last"] = t
        if rng.random() < 0.04:                              # withdrawn before the item is handed over
            t_w = t + D(hours=float(rng.uniform(2, 48)))
            if self.ev(c, t_w, "tp_withdraw", cs, "withdraw", item) and fee_order:
                fee_order["status"], fee_order["refunded_at"] = "refunded", ts(t_w + D(hours=2))
            return None
        # intake
        damaged = False
        courier = None
        if method == "pickup":
            t_in = t + D(days=ln(1.3, 0.4))
        else:
            slow = COURIER_SWITCH[0] <= t < COURIER_SWITCH[1]
            courier = "京广速递" if slow else "顺丰"
            t_in = t + D(days=ln(5.6 if slow else 2.1, 0.35))
            damaged = rng.random() < (0.09 if slow else 0.01)
        if not self.ev(c, t_in, "tp_intake", cs, "received", item, courier=courier, parcel_damaged=damaged):
            return None
        if method == "mail_in" and (t_in - t).days >= 4 and rng.random() < 0.25 or damaged and rng.random() < 0.6:
            self.fb(c, t_in + D(hours=float(rng.uniform(1, 30))), ["courier"], "ticket", item=item)
        # authentication
        med = {"bag": 1.4, "jewellery": 2.0, "watch": 5.5}[cat]
        t_a = t_in + D(days=ln(med, 0.4))
        fake = rng.random() < fake_p
        res = "counterfeit" if fake else "authentic"
        if not self.ev(c, t_a, "tp_auth", cs, res, item, auth_result=res, 鉴定结果=AUTH_RESULT[res],
                       authenticator=f"AU{int(rng.integers(1, 15)):02d}"):
            return None
        slow_auth = (t_a - t_in).days >= 6
        if fake:
            return dict(end=t_a, bad=True, item=item)
        # offer
        t_o = t_a + D(hours=float(rng.uniform(2, 30)))
        offer = round(price * float(rng.uniform(0.78, 0.92)) * (0.9 if cat == "watch" else 1.0), -1)
        if not self.ev(c, t_o, "tp_offer", cs, "offer_sent", item, offer_amount=offer):
            return None
        if rng.random() > CATS[cat][4]:
            t_d = t_o + D(hours=float(rng.uniform(3, 96)))
            self.ev(c, t_d, "tp_decline", cs, "decline", item, offer_amount=offer)
            if rng.random() < 0.30:
                topics = ["low_offer"] + (["slow_auth"] if slow_auth else [])
                nps = int(np.clip(round(rng.normal(3.5, 1.8)), 0, 10))
                self.fb(c, t_d + D(days=1), topics, "seller_survey", nps=nps, item=item, role="seller")
            elif rng.random() < 0.08:
                self.fb(c, t_d + D(hours=5), ["low_offer"], "xiaohongshu", item=item, role="seller",
                        undated=rng.random() < 0.4, no_customer=rng.random() < 0.3)
            return dict(end=t_d, bad=True, item=item)
        t_acc = t_o + D(hours=float(rng.exponential(20) + 0.5))
        express = rng.random() < 0.25                        # chosen when accepting the offer
        ltype = "express" if express else "standard"
        item["common"].update(listing_type=ltype, 上架方式=LISTING[ltype])
        if not self.ev(c, t_acc, "tp_accept", cs, "accept", item, offer_amount=offer):
            return None
        item["price"] = offer                                # the accepted offer is the listing price
        xf = None
        if express:
            self.n_xf += 1
            xf = self.order(c, t_acc + D(minutes=3), f"XF{self.n_xf:06d}", 199, "express_fee", item,
                            payment_method="wechat_pay", 支付方式=PAYM_ZH["wechat_pay"])
            backlog = CNY_BACKLOG[0] <= t_acc < CNY_BACKLOG[1]
            t_l = t_acc + D(days=ln(3.4 if backlog else 0.75, 0.35))
        else:
            t_l = t_acc + D(days=ln(4.5, 0.4))
        if not self.ev(c, t_l, "tp_listing", cs, "listed", item, list_price=price):
            return None
        if express and (t_l - t_acc) > D(days=2):
            if xf is not None:
                xf["status"], xf["refunded_at"] = "refunded", ts(t_l + D(hours=1))
            if rng.random() < 0.35:
                self.fb(c, t_l + D(hours=6), ["express_late"], "ticket", item=item, role="seller")
        item["t_list"] = t_l
        item["fee_slow_auth"] = slow_auth
        return dict(end=t_l, bad=False, item=item, listed=True)

    # ---------- buyer side ----------
    def sell(self, item):
        """try to sell a listed item to a buyer; returns True when it was sold (and not returned)."""
        cat = item["cat"]
        if rng.random() > CATS[cat][5]:
            return
        t_s = item["t_list"] + D(days=ln(CATS[cat][6], 0.6))
        for attempt in range(3):
            if t_s > END:
                return
            elig = np.flatnonzero(self.disc_arr < np.datetime64(t_s - D(days=0.5)))
            if len(elig) == 0:
                return
            age_days = (np.datetime64(t_s) - self.disc_arr[elig]) / np.timedelta64(1, "D")
            w = self.buyer_w[elig] * (0.12 + np.exp(-age_days / 6.0))    # most first purchases soon after discovery
            b = self.buyers[int(elig[int(rng.choice(len(elig), p=w / w.sum()))])]
            bs = self.new_bs()
            t_b = t_s - D(minutes=float(rng.uniform(5, 90)))
            self.ev(b, t_b, "tp_browse", bs, "browse", None)
            self.ev(b, t_b + D(minutes=float(rng.uniform(1, 4))), "tp_item_view", bs, "view", item)
            self.n_po += 1
            po = f"PO{self.n_po:06d}"
            self.ev(b, t_s, "tp_order", po, "order_created", item, amount=item["price"])
            bug = b["device"] == "android" and b["app_channel"] == "app" and ANDROID_BUG[0] <= t_s < ANDROID_BUG[1]
            t_p = t_s + D(minutes=float(rng.uniform(1, 8)))
            if bug and rng.random() < 0.55:
                self.ev(b, t_p, "tp_pay_fail", po, "fail", item, error_code="PAY_SDK_CRASH")
                if rng.random() < 0.6:
                    self.fb(b, t_p + D(minutes=20), ["app_crash"], "app_review", rating=float(pick([1, 2], [0.7, 0.3])),
                            role="buyer")
                if rng.random() < 0.5:
                    t_s = t_s + D(days=ln(3, 0.5))           # gave up; the item sells later
                    continue
                t_p += D(minutes=float(rng.uniform(10, 120)))
            elif rng.random() < 0.06:
                self.ev(b, t_p, "tp_pay_fail", po, "fail", item, error_code="CARD_DECLINED")
                t_p += D(minutes=float(rng.uniform(2, 20)))
            pm = pick(PAYM, [0.38, 0.30, 0.17, 0.15] if item["price"] < 30000 else [0.25, 0.15, 0.25, 0.35])
            if not self.ev(b, t_p, "tp_pay", po, "paid", item, amount=item["price"], payment_method=pm,
                           支付方式=PAYM_ZH[pm]):
                return
            o = self.order(b, t_p, po, item["price"], "purchase", item, payment_method=pm, 支付方式=PAYM_ZH[pm],
                           condition_grade=item["grade"], 成色=GRADES[item["grade"]][0], seller_id=item["seller"]["customer_id"])
            b["spend"] += item["price"]
            b["n_buy"] += 1
            b["last"] = t_p
            if b["first_buy"] is None:
                b["first_buy"] = t_p
            seller = item["seller"]
            self.ev(seller, t_p, "tp_sold", item["cs"], "sold", item, amount=item["price"], buyer_order_id=po)
            t_sh = t_p + D(days=ln(1.1, 0.5))
            if not self.ev(b, t_sh, "tp_ship", po, "shipped", item, carrier="SF Express"):
                return
            t_d = t_sh + D(days=ln(1.6, 0.35))
            if not self.ev(b, t_d, "tp_deliver", po, "signed", item):
                return
            b["last"] = t_d
            p_ret = GRADES[item["grade"]][2]
            returned = rng.random() < p_ret
            if returned:
                reason = "condition_mismatch" if (item["grade"] in ("B", "C") and rng.random() < 0.75) or \
                    rng.random() < 0.3 else pick(["changed_mind", "size_fit"], [0.7, 0.3])
                t_r = t_d + D(days=float(rng.uniform(0.5, 6.5)))
                self.ev(b, t_r, "tp_return", po, "return_requested", item, return_reason=reason,
                        退货原因=RETURN_REASON[reason])
                t_rf = t_r + D(days=ln(6.0, 0.35))           # item shipped back, re-inspected, then refunded
                if self.ev(b, t_rf, "tp_refund", po, "refunded", item, refund_amount=item["price"]) and o:
                    o["status"], o["refunded_at"] = "refunded", ts(t_rf)
                    b["spend"] -= item["price"]
                if reason == "condition_mismatch" and rng.random() < 0.5:
                    ch = pick(["order_review", "ticket"], [0.6, 0.4])
                    self.fb(b, t_r + D(hours=3), ["condition"], ch, rating=1.0 if ch == "order_review" else None,
                            item=item, role="buyer")
                if (t_rf - t_r).days >= 8 and rng.random() < 0.4:
                    self.fb(b, t_rf - D(days=1), ["slow_refund"], "call_note", item=item, role="buyer",
                            undated=rng.random() < 0.3)
                return
            # review
            if rng.random() < 0.35:
                topics = []
                if rng.random() < 0.45:
                    topics.append("authentic")
                if (t_d - t_p).days <= 2 and rng.random() < 0.3:
                    topics.append("fast_ship")
                if item["grade"] in ("B", "C") and rng.random() < 0.12:
                    topics = ["condition"]
                stars = float(pick([5, 4, 3], [0.6, 0.3, 0.1]))
                if "condition" in topics:
                    stars = float(pick([1, 2, 3], [0.3, 0.5, 0.2]))
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                self.fb(b, t_d + D(hours=float(rng.uniform(2, 72))), topics, "order_review", rating=stars,
                        item=item, gen=gen, role="buyer")
                self.ev(b, t_d + D(hours=1), "tp_review", po, "review", item, stars=stars)
            # payout to the seller once the 7-day return window closes
            due = t_d + D(days=7)
            stuck = FIN_MIGRATION[0] <= due < FIN_MIGRATION[1]
            t_pay_out = due + D(days=ln(13.0 if stuck else 1.5, 0.4))
            comm = CATS[cat][3]
            if self.ev(seller, t_pay_out, "tp_payout", item["cs"], "paid_out", item,
                       payout_amount=round(item["price"] * (1 - comm), 2), commission_rate=comm,
                       commission_amount=round(item["price"] * comm, 2)):
                seller["sold_value"] += item["price"]
                seller["last"] = max(seller["last"], t_pay_out)
                if (t_pay_out - t_p).days >= 20 and rng.random() < 0.45:
                    self.fb(seller, t_pay_out - D(days=float(rng.uniform(1, 5))), ["slow_payout"],
                            pick(["ticket", "call_note", "xiaohongshu"], [0.5, 0.3, 0.2]), item=item, role="seller",
                            undated=rng.random() < 0.25)
                if rng.random() < 0.25:
                    late = (t_pay_out - t_p).days >= 20
                    topics = ["slow_payout"] if late else (["authentic"] if rng.random() < 0.2 else [])
                    if item.get("fee_slow_auth") and rng.random() < 0.6:
                        topics.append("slow_auth")
                    nps = int(np.clip(round(rng.normal(8.6 - 3.5 * bool(topics and topics != ["authentic"]), 1.4)),
                                      0, 10))
                    self.fb(seller, t_pay_out + D(days=1), topics, "seller_survey", nps=nps, item=item, role="seller",
                            gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
            return
        return

    def new_bs(self):
        self.n_bs += 1
        return f"BS{self.n_bs:07d}"

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            self.ev(c, c["discover"], "tp_discover", None, "first_visit", channel=c["channel"])
        # sellers
        items = []
        for c in self.cust:
            if c["role"] != "seller":
                continue
            t = c["discover"] + D(hours=float(rng.exponential(48) + 0.2))
            while t <= END:
                res = self.consignment(c, t)
                if res and res.get("listed"):
                    items.append(res["item"])
                p_again = 0.6 if (res and not res["bad"]) else 0.25
                if rng.random() > p_again:
                    break
                t = (res["end"] if res else t) + D(days=float(rng.exponential(60) + 3))
        # buyers: everyone browses; sellers browse a little too
        self.buyers = [c for c in self.cust]
        self.disc_arr = np.array([np.datetime64(c["discover"]) for c in self.buyers])
        self.buyer_w = np.array([CHANNELS[c["channel"]][2] * (1.0 if c["role"] == "buyer" else 0.15)
                                 for c in self.buyers])
        items.sort(key=lambda it: it["t_list"])
        for it in items:
            self.sell(it)
        # browsing sessions that do not end in a purchase
        for c in self.cust:
            n = int(rng.geometric(0.45 if c["role"] == "buyer" else 0.8))
            t = c["discover"] + D(minutes=float(rng.uniform(1, 30)))
            for _ in range(n):
                if t > END:
                    break
                bs = self.new_bs()
                self.ev(c, t, "tp_browse", bs, "browse")
                if rng.random() < 0.6:
                    self.ev(c, t + D(minutes=float(rng.uniform(1, 10))), "tp_item_view", bs, "view")
                    if rng.random() < 0.05:
                        self.n_po += 1
                        self.ev(c, t + D(minutes=float(rng.uniform(12, 30))), "tp_order", f"PO{self.n_po:06d}",
                                "order_created")   # left unpaid: order timed out after 30 min
                t += D(days=float(rng.exponential(25) + 1))
        # app-store reviews not tied to an order
        for c in self.cust:
            if c["app_channel"] == "app" and rng.random() < 0.06:
                t = c["discover"] + D(days=float(rng.uniform(1, 60)))
                stars = float(pick([5, 4, 3, 2, 1], [0.45, 0.25, 0.12, 0.1, 0.08]))
                self.fb(c, t, [], "app_review", rating=stars, gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"))
        # social posts praising the certificates
        for c in self.cust:
            if c["n_buy"] and rng.random() < 0.05:
                self.fb(c, c["last"] + D(days=2), ["authentic"], "xiaohongshu", undated=rng.random() < 0.4)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            spend = c["spend"]
            tier = "black" if spend >= 100000 else "gold" if spend >= 30000 else "silver" if spend > 0 else "regular"
            if c["discover"] >= datetime(2026, 4, 1):
                seg = "new"
            elif tier == "black":
                seg = "vip"
            elif c["last"] < datetime(2026, 1, 1):
                seg = "at_risk"
            else:
                seg = "returning"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier,
                             会员等级={"black": "黑卡", "gold": "金卡", "silver": "银卡", "regular": "普通会员"}[tier],
                             user_role=c["role"], 用户角色={"seller": "寄卖人", "buyer": "买家"}[c["role"]],
                             age_band=c["age"], gender=c["gender"], phone_os=c["device"], main_channel=c["app_channel"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "item_id", "category", "品类", "brand", "condition_grade", "成色", "warehouse", "仓库",
           "intake_method", "收货方式", "listing_type", "上架方式", "est_low", "est_high", "courier", "parcel_damaged",
           "auth_result", "鉴定结果", "authenticator", "offer_amount", "list_price", "amount", "payment_method",
           "支付方式", "error_code", "buyer_order_id", "carrier", "return_reason", "退货原因", "refund_amount",
           "payout_amount", "commission_rate", "commission_amount", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "item_id", "consignment_id", "category", "品类", "brand", "condition_grade", "成色", "payment_method",
            "支付方式", "seller_id", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "user_role", "item_id", "category", "品类", "brand", "condition_grade", "成色"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "user_role", "用户角色", "age_band", "gender", "phone_os", "main_channel"]


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
    dup_idx = rng.choice(len(ev), size=30, replace=False)            # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["ts"]), ORD_COLS)
    fbs = sorted(zip(g.feedback, g.truth), key=lambda p: p[0]["feedback_id"])
    write(out / "feedback.csv", [p[0] for p in fbs], FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", [p[1] for p in fbs], ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, consignments {g.n_cs}, purchase orders {g.n_po}, events {len(ev)}, "
          f"orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
