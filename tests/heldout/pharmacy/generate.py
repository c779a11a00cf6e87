"""康途健康 CareWay — synthetic online pharmacy / health e-commerce (written blind).

    python generate.py OUTDIR

Fixed seed, numpy + stdlib only, deterministic, a few seconds. Writes touchpoints, customers, events, journeys,
orders and feedback as CSV (DATA.md). Data covers 2025-09-01 .. 2026-08-31 (historical relative to 2026-12-01).
See README.md for the planted patterns.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20250901
START = datetime(2025, 9, 1)
END = datetime(2026, 8, 31, 23, 59, 59)

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_search", "站内搜索", "Site search", "awareness", "app", "digital", "搜索推荐组",
     "搜索|搜药|search bar|search"),
    ("tp_feed_ad", "信息流广告", "Feed ads", "awareness", "ads", "digital", "增长市场部",
     "广告|投放|抖音广告|ads|paid ads"),
    ("tp_health_article", "健康科普文章", "Health articles", "awareness", "mini_program", "digital", "内容运营组",
     "科普|健康文章|公众号文章|health content|articles"),
    ("tp_product_page", "商品详情页", "Product page", "consideration", "app", "digital", "商品运营组",
     "详情页|药品详情|PDP|product detail|item page"),
    ("tp_consult", "药师在线咨询", "Pharmacist consultation", "consideration", "app", "digital", "药事服务部",
     "问药师|在线咨询|用药咨询|consultation|pharmacist chat|ask a pharmacist"),
    ("tp_rx_upload", "上传处方", "Prescription upload", "purchase", "app", "digital", "处方流转组",
     "传处方|拍处方|处方上传|upload Rx|Rx upload|upload prescription"),
    ("tp_rx_review", "处方审核", "Prescription review", "purchase", "app", "digital", "药事服务部",
     "审方|药师审方|处方审批|Rx review|prescription check|script review"),
    ("tp_cart", "加入购物车", "Add to cart", "purchase", "app", "digital", "交易组",
     "购物车|加购|add to cart|basket|cart"),
    ("tp_checkout", "提交订单", "Checkout", "purchase", "app", "digital", "交易组",
     "结算|下单页|结算页|checkout|place order"),
    ("tp_payment", "支付成功", "Payment success", "purchase", "app", "digital", "支付组",
     "付款成功|付款|支付|paid|payment"),
    ("tp_payment_failed", "支付失败", "Payment failed", "purchase", "app", "digital", "支付组",
     "付款失败|支付报错|payment error|payment failure"),
    ("tp_dispatch", "仓库出库", "Warehouse dispatch", "service", "other", "physical", "仓储物流部",
     "出库|发货|打包出库|dispatch|shipped|fulfilment"),
    ("tp_delivery", "配送签收", "Delivery", "service", "other", "physical", "仓储物流部",
     "送达|签收|收货|配送|delivered|delivery"),
    ("tp_aftersales", "售后退货", "After-sales return", "service", "app", "digital", "客服中心",
     "退货|退款|售后|退换货|return|refund request|after-sales"),
    ("tp_refill_reminder", "续方提醒", "Refill reminder", "loyalty", "app", "digital", "慢病管理组",
     "复购提醒|用药提醒|续药提醒|refill reminder|reminder"),
    ("tp_refill_order", "续方购药", "Refill order", "loyalty", "app", "digital", "慢病管理组",
     "续方|续药|复购下单|refill|repeat prescription"),
    ("tp_membership", "开通健康卡", "Health card sign-up", "loyalty", "app", "digital", "会员运营组",
     "健康卡|会员卡|开卡|membership|health card"),
    ("tp_review", "订单评价", "Order review", "loyalty", "app", "digital", "客服中心",
     "评价|晒单|写评价|review|rating"),
]

JOURNEYS = [
    ("otc_purchase", "非处方药购买", "OTC purchase",
     ["tp_product_page", "tp_cart", "tp_checkout", "tp_payment"], 7),
    ("rx_purchase", "处方药购买", "Prescription purchase", ["tp_rx_upload", "tp_rx_review", "tp_payment"], 3),
    ("refill", "慢病续方复购", "Chronic refill", ["tp_refill_reminder", "tp_refill_order", "tp_payment"], 7),
    ("consult_buy", "咨询转化购买", "Consultation to purchase", ["tp_consult", "tp_cart", "tp_payment"], 3),
]

CITIES = [  # city (zh), region, warehouse, local_to_warehouse, weight, online 医保
    ("上海", "华东", "WH_SH", True, 0.16, True), ("杭州", "华东", "WH_SH", False, 0.09, True),
    ("南京", "华东", "WH_SH", False, 0.07, False), ("武汉", "华中", "WH_SH", False, 0.08, False),
    ("北京", "华北", "WH_BJ", True, 0.14, True), ("西安", "西北", "WH_BJ", False, 0.06, False),
    ("广州", "华南", "WH_GZ", True, 0.10, True), ("深圳", "华南", "WH_GZ", False, 0.10, True),
    ("成都", "西南", "WH_CD", True, 0.11, True), ("重庆", "西南", "WH_CD", False, 0.09, False),
]

PRODUCTS = {  # category -> [(product, price, cold_chain, weight)]
    "感冒药": [("连花清瘟胶囊", 38, 0, .4), ("布洛芬缓释胶囊", 26, 0, .35), ("感冒灵颗粒", 18, 0, .25)],
    "慢病用药": [("氨氯地平片", 45, 0, .3), ("二甲双胍片", 32, 0, .25), ("胰岛素笔芯", 210, 1, .35),
             ("阿托伐他汀钙片", 68, 0, .2)],
    "抗感染药": [("阿莫西林胶囊", 22, 0, .6), ("头孢克肟分散片", 48, 0, .4)],
    "保健品": [("维生素D3软胶囊", 89, 0, .3), ("深海鱼油", 158, 0, .25), ("益生菌冻干粉", 129, 1, .3),
            ("钙尔奇钙片", 99, 0, .2)],
    "医疗器械": [("电子血压计", 239, 0, .4), ("血糖仪套装", 199, 0, .35), ("电子体温计", 39, 0, .25)],
    "皮肤用药": [("莫匹罗星软膏", 28, 0, .6), ("炉甘石洗剂", 15, 0, .4)],
    "胃肠用药": [("蒙脱石散", 19, 0, .55), ("奥美拉唑肠溶胶囊", 36, 0, .45)],
}
RX_CATEGORIES = {"慢病用药", "抗感染药"}
OTC_CATS = ["感冒药", "保健品", "医疗器械", "皮肤用药", "胃肠用药"]
PHARMACISTS = ["PH01", "PH02", "PH03", "PH04", "PH05", "PH06", "PH07", "PH08"]
PH_WEIGHTS = np.array([.13, .13, .14, .12, .12, .12, .12, .12])
REJECT_REASONS = ["处方已过有效期", "处方图片不清晰", "剂量超出常规范围", "缺少医师签名"]

TEXTS = {  # topic -> (zh variants, en variants); markers are listed in gold.py
    "slow_review": (["处方审核等了快两个小时，太慢了，药都不想买了", "审方太慢了，上传处方后一直显示审核中",
                     "处方审核要等这么久吗？急着用药", "审核速度太慢，等了一上午才通过",
                     "晚上传的处方第二天中午才审核完，效率太低"],
                    ["Prescription review took forever, almost two hours.",
                     "Waited ages for the pharmacist to review my prescription.",
                     "Rx review is way too slow, I needed the medicine today.",
                     "Why does the prescription review take so long? Still pending after 3 hours."]),
    "rx_reject_no_reason": (["处方被驳回了，也不告诉我原因", "驳回处方却没有任何说明，让我怎么改？",
                             "莫名其妙被拒方，客服也说不清为什么", "处方驳回了没写理由，只能重新去医院开"],
                            ["My prescription was rejected with no reason given.",
                             "Rx got rejected and nobody told me why.",
                             "Prescription declined without any explanation, very frustrating."]),
    "rx_question": (["请问重新上传处方需要注意什么？", "处方要拍清楚哪些地方？第一次用不太会"],
                    ["What do I need to include when I upload a new prescription?",
                     "How do I re-upload my prescription photo?"]),
    "wrong_item": (["发错货了，我买的是布洛芬，收到的是别的药", "收到的药和订单不一致，发错了",
                    "送来的规格不对，发错货，还得自己跑快递"],
                   ["Wrong item delivered, I ordered ibuprofen and got something else.",
                    "They sent me the wrong product.", "Received the wrong medicine, not what I ordered."]),
    "cold_chain_warm": (["胰岛素到手的时候冰袋全化了，温度不对不敢用", "冷链药品送到已经是常温的了，冰袋都化了",
                         "益生菌要冷藏，到货时一点都不冰", "冷藏药送到都是温的，这怎么保证药效"],
                        ["Insulin arrived warm, the ice packs had melted.",
                         "The cold-chain package was warm on arrival.",
                         "My refrigerated medicine was not cold at all when delivered."]),
    "pharmacist_rude": (["药师态度很差，问两句就不耐烦", "咨询的药师说话很冲，态度恶劣",
                         "药师回复敷衍，态度冷冰冰的，体验很差"],
                        ["The pharmacist was rude and dismissive.",
                         "Pharmacist was impatient and rude when I asked about side effects.",
                         "Very unfriendly pharmacist, answered like I was bothering him."]),
    "pharmacist_helpful": (["药师很耐心，讲清楚了用法用量", "感谢药师的专业建议，解答很详细",
                            "咨询药师很专业，推荐的药很对症"],
                           ["The pharmacist was super helpful and explained the dosage clearly.",
                            "Great advice from the pharmacist, very patient.",
                            "Helpful pharmacist, answered all my questions."]),
    "expired_item": (["收到的保健品离过期只剩一个月了", "药品是临期的，商家也没提前说", "收到就过期了，要求退货"],
                     ["The product was close to its expiry date.", "Received expired vitamins!",
                      "Item expires next month, that's not acceptable."]),
    "payment_fail": (["安卓app付款一直失败，换了支付方式也不行", "支付老是报错，订单提交不了",
                      "付款失败好几次，最后去别家买了"],
                     ["Payment keeps failing on the Android app.", "Payment failed three times at checkout.",
                      "Couldn't pay, the app shows an error every time."]),
    "damaged": (["外包装破损，血压计盒子都压扁了", "快递盒破了，药盒也压坏了", "收到时瓶子碎了，漏了一箱"],
                ["Box arrived crushed and the monitor was damaged.", "Package was damaged in transit.",
                 "The bottle was broken when it arrived."]),
    "fast_delivery": (["送货很快，上午下单下午就到了", "配送速度快，包装也严实", "夜里下单第二天一早就送到，点赞"],
                      ["Super fast delivery, got it the same day.", "Quick shipping and well packed.",
                       "Arrived next morning, very quick."]),
    "refill_praise": (["续方提醒很贴心，再也不会断药了", "每个月提醒我买降压药，很方便"],
                      ["The refill reminders are really handy, I never run out now.",
                       "Monthly reminder for my blood pressure pills is so convenient."]),
    "positive": (["药品是正品，价格也实惠", "会员价挺划算，会一直回购", "用了一段时间效果不错", "整体体验很好"],
                 ["Genuine products and fair prices.", "Good value with the health card discount.",
                  "Works well, will reorder.", "Great experience overall."]),
    "neutral": (["还行吧，跟线下药店差不多", "一般，没什么特别的", "东西收到了，还没用"],
                ["It's okay.", "Average experience, nothing special.", "Got it, haven't used it yet."]),
    "price": (["比线下药店还贵", "运费有点贵，满减门槛太高"],
              ["More expensive than my local pharmacy.", "Delivery fee is too high for small orders."]),
}
SENTIMENT = {"slow_review": "neg", "rx_reject_no_reason": "neg", "rx_question": "neu", "wrong_item": "neg",
             "cold_chain_warm": "neg", "pharmacist_rude": "neg", "pharmacist_helpful": "pos", "expired_item": "neg",
             "payment_fail": "neg", "damaged": "neg", "fast_delivery": "pos", "refill_praise": "pos",
             "positive": "pos", "neutral": "neu", "price": "neg"}
TOPIC_TP = {"slow_review": "tp_rx_review", "rx_reject_no_reason": "tp_rx_review", "rx_question": "tp_rx_upload",
            "wrong_item": "tp_delivery", "cold_chain_warm": "tp_delivery", "damaged": "tp_delivery",
            "fast_delivery": "tp_delivery", "expired_item": "tp_aftersales", "pharmacist_rude": "tp_consult",
            "pharmacist_helpful": "tp_consult", "payment_fail": "tp_payment_failed",
            "refill_praise": "tp_refill_reminder", "positive": "tp_product_page", "neutral": "tp_product_page",
            "price": "tp_product_page"}


def app_version(t: datetime) -> str:
    if t < datetime(2025, 12, 1):
        return "5.0.0"
    if t < datetime(2026, 3, 1):
        return "5.1.0"
    if t < datetime(2026, 4, 1):
        return "5.2.0"
    if t < datetime(2026, 6, 15):
        return "5.2.1"
    return "5.3.0"


def month_factor(t: datetime) -> float:
    """Flu season: more shopping in Dec-Jan."""
    return 1.8 if (t.month == 12 or t.month == 1) else 1.0


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    r = rng.random

    def choice(seq, p=None):
        if p is not None:
            p = np.asarray(p, float)
            p = p / p.sum()
        return seq[int(rng.choice(len(seq), p=p))]

    counters = {"S": 0, "O": 0, "F": 0}

    def nid(prefix):
        counters[prefix] += 1
        return f"{prefix}{counters[prefix]:06d}"

    customers, events, orders, feedback = [], [], [], []

    # ---------- customers ----------
    n_new, n_legacy = 3400, 600
    month_w = np.array([.07, .07, .08, .11, .12, .08, .08, .08, .08, .08, .08, .07])
    for i in range(n_new + n_legacy):
        cid = f"C{i + 1:05d}"
        city = CITIES[int(rng.choice(len(CITIES), p=np.array([c[4] for c in CITIES])))]
        legacy = i >= n_new
        if legacy:
            signup = datetime(2023, 6, 1) + timedelta(days=float(r() * 820))
            age = choice(["18-29", "30-44", "45-59", "60+"], [.03, .17, .4, .4])
            chronic = True
        else:
            m = int(rng.choice(12, p=month_w))
            y, mo = (2025, 9 + m) if m < 4 else (2026, m - 3)
            first = datetime(y, mo, 1)
            nxt = datetime(y + (mo == 12), mo % 12 + 1, 1)
            signup = first + timedelta(seconds=float(r() * (nxt - first).total_seconds()))
            age = choice(["18-29", "30-44", "45-59", "60+"], [.27, .36, .23, .14])
            chronic = r() < {"18-29": .05, "30-44": .15, "45-59": .4, "60+": .6}[age]
        device = choice(["ios", "android", "pc"], [.4, .46, .14] if age != "60+" else [.3, .6, .1])
        pref = "web" if device == "pc" else choice(["app", "mini_program"], [.7, .3])
        acq = choice(["search_engine", "feed_ads", "wechat", "referral", "offline_store"], [.3, .25, .2, .12, .13])
        lang = "en" if r() < ({"上海": .3, "北京": .25, "深圳": .3, "广州": .15}.get(city[0], .08)) else "zh"
        customers.append(dict(customer_id=cid, signup_at=signup, city=city[0], region=city[1], warehouse=city[2],
                              local=city[3], yibao_city=city[5], age_band=age, chronic=chronic,
                              primary_device=device, preferred_channel=pref, acquisition_channel=acq,
                              language=lang, legacy=legacy, card_since=None, card_decided=False, spend=0.0, paid_times=[]))

    def ev(c, ts, tp, action, session=None, **extra):
        row = dict(customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, action=action, device=c["primary_device"],
                   channel=c["preferred_channel"], session_id=session, city=c["city"],
                   app_version=app_version(ts) if c["preferred_channel"] == "app" else None)
        row.update(extra)
        events.append(row)

    def fb(c, ts, channel, topic, rating=None, nps=None, tp="auto", **extra):
        zh, en = TEXTS[topic]
        lang = c["language"]
        text = choice(zh if lang == "zh" else en)
        feedback.append(dict(feedback_id=None, text=text, ts=ts, customer_id=c["customer_id"],
                             touchpoint_id=TOPIC_TP[topic] if tp == "auto" else tp, channel=channel,
                             rating=rating, nps=nps, city=c["city"], device=c["primary_device"], language=lang,
                             topic=topic, sentiment_label=SENTIMENT[topic], **extra))

    def member_at(c, t):
        return c["card_since"] is not None and c["card_since"] <= t

    def rating_for(topic):
        s = SENTIMENT[topic]
        if s == "neg":
            return int(choice([1, 2, 3], [.55, .35, .1]))
        if s == "pos":
            return int(choice([4, 5], [.35, .65]))
        return int(choice([2, 3, 4], [.2, .6, .2]))

    def pay(c, t, session):
        """Checkout -> payment. Android app 5.2.0 (March 2026) fails often. Returns payment time or None."""
        bug = (c["primary_device"] == "android" and c["preferred_channel"] == "app"
               and datetime(2026, 3, 1) <= t < datetime(2026, 4, 1))
        if r() < (0.64 if bug else 0.94):
            tp_ = t + timedelta(minutes=float(1 + r() * 6))
            ev(c, tp_, "tp_payment", "success", session)
            return tp_
        tf = t + timedelta(minutes=float(1 + r() * 4))
        ev(c, tf, "tp_payment_failed", "fail", session, fail_code="PAY_TIMEOUT" if bug else choice(
            ["BALANCE_LOW", "USER_CANCEL", "PAY_TIMEOUT"]))
        if bug and r() < 0.4:
            fb(c, tf + timedelta(hours=float(r() * 20)), "app_review", "payment_fail", rating=1,
               tp="tp_payment_failed")
        return None

    def pick(cat):
        items = PRODUCTS[cat]
        return items[int(rng.choice(len(items), p=np.array([x[3] for x in items]) / sum(x[3] for x in items)))]

    def place_order(c, t, session, otype, cat, prod, pharmacist=None, review_min=None, consult=0):
        name, price, cold, _ = prod
        qty = int(choice([1, 2, 3], [.6, .3, .1])) if otype == "otc" else int(choice([1, 2, 3], [.3, .45, .25]))
        disc = 0.95 if member_at(c, t) else 1.0
        amount = round(price * qty * disc * float(rng.uniform(0.97, 1.03)), 2)
        rx = cat in RX_CATEGORIES
        ins = 0
        if rx:
            ins = int(r() < (0.62 if c["yibao_city"] else 0.22))
        elif r() < 0.04:
            ins = 1
        oid = nid("O")
        o = dict(order_id=oid, customer_id=c["customer_id"], ts=t, amount=amount, status="paid",
                 channel=c["preferred_channel"], device=c["primary_device"], order_type=otype, drug_category=cat,
                 product_name=name, quantity=qty, prescription_required=int(rx), cold_chain=cold,
                 insurance_paid=ins, payment_method=("医保个账+微信" if ins else choice(["微信支付", "支付宝", "银行卡"],
                                                                                  [.55, .35, .1])),
                 pharmacist_id=pharmacist, review_minutes=review_min, from_consultation=consult,
                 city=c["city"], warehouse=c["warehouse"], delivery_hours=None, refund_reason=None,
                 cancel_reason=None, member_level=None,
                 app_version=app_version(t) if c["preferred_channel"] == "app" else None)
        orders.append(o)
        extra = dict(order_id=oid, drug_category=cat, product_name=name)
        # cancellation before dispatch
        if r() < 0.03:
            o["status"] = "cancelled"
            o["cancel_reason"] = choice(["不想要了", "重复下单", "等待发货太久", "买错了"])
            return o
        td = t + timedelta(hours=float(0.5 + rng.gamma(2.0, 1.2)))
        ev(c, td, "tp_dispatch", "dispatch", None, warehouse=c["warehouse"], **extra)
        hours = float(rng.gamma(6, 1.5)) if c["local"] else float(rng.gamma(9, 3.0))
        if c["warehouse"] == "WH_SH" and not c["local"]:
            hours += 6
        hours = round(max(hours, 2.0), 1)
        o["delivery_hours"] = hours
        tdel = t + timedelta(hours=hours)
        ev(c, tdel, "tp_delivery", "delivered", None, warehouse=c["warehouse"], delivery_hours=hours, **extra)
        # after-sales
        reason = None
        hot = c["warehouse"] == "WH_CD" and datetime(2026, 7, 1) <= t < datetime(2026, 9, 1)
        if cold and r() < (0.42 if hot else 0.025):
            reason = "cold_chain_warm"
        elif r() < (0.022 if c["warehouse"] == "WH_GZ" else 0.005):
            reason = "wrong_item"
        elif r() < 0.012:
            reason = "damaged"
        elif r() < (0.025 if cat == "保健品" else 0.006):
            reason = "expired"
        elif r() < 0.008:
            reason = "not_needed"
        tr = tdel + timedelta(hours=float(2 + r() * 60))
        if reason and tr <= END:
            o["status"] = "refunded"
            o["refund_reason"] = reason
            ev(c, tr, "tp_aftersales", "request", None, refund_reason=reason, warehouse=c["warehouse"], **extra)
        else:
            reason = None
        if o["status"] == "paid":
            c["spend"] += amount
            c["paid_times"].append(t)
        # health card: decided once, after the first shipped order
        if not c["legacy"] and not c["card_decided"]:
            c["card_decided"] = True
            if r() < (0.4 if c["chronic"] else 0.15):
                c["card_since"] = t + timedelta(days=float(1 + r() * 90))
        # order review
        if r() < (0.65 if reason else 0.2):
            tt = tdel + timedelta(hours=float(3 + r() * 72))
            if reason:
                topic = {"cold_chain_warm": "cold_chain_warm", "wrong_item": "wrong_item", "damaged": "damaged",
                         "expired": "expired_item", "not_needed": "neutral"}[reason]
            elif otype == "refill":
                topic = choice(["refill_praise", "positive", "fast_delivery", "neutral", "price"],
                               [.35, .3, .15, .12, .08])
            else:
                topic = choice(["fast_delivery", "positive", "neutral", "price"], [.32, .4, .16, .12])
            if r() < 0.06:
                tt_fb = None
            else:
                tt_fb = tt
            ev(c, tt, "tp_review", "submit", None, order_id=oid)
            fb(c, tt_fb, "order_review", topic, rating=rating_for(topic), order_id=oid, warehouse=c["warehouse"],
               drug_category=cat)
        # NPS survey
        if r() < 0.09:
            tn = tdel + timedelta(days=float(2 + r() * 3))
            if reason:
                score = int(choice(range(0, 7)))
                topic = {"cold_chain_warm": "cold_chain_warm", "wrong_item": "wrong_item", "damaged": "damaged",
                         "expired": "expired_item", "not_needed": "neutral"}[reason]
            else:
                score = int(choice(range(0, 11), [.02, .01, .02, .03, .04, .06, .08, .14, .2, .2, .2]))
                topic = "positive" if score >= 9 else ("neutral" if score >= 7 else "price")
            fb(c, tn, "nps_survey", topic, nps=score, order_id=oid, warehouse=c["warehouse"], drug_category=cat)
        return o

    def otc_flow(c, t, cat=None, consult_ph=None):
        s = nid("S")
        cat = cat or choice(OTC_CATS, [.55, .15, .1, .1, .1] if month_factor(t) > 1 else [.16, .32, .17, .16, .19])
        prod = pick(cat)
        t0 = t
        if consult_ph is None and r() < 0.6:
            ev(c, t0, "tp_search", "view", s, keyword=prod[0])
            t0 += timedelta(seconds=float(20 + r() * 100))
        ev(c, t0, "tp_product_page", "view", s, drug_category=cat, product_name=prod[0])
        p_cart = 0.44 + {"referral": 0.28, "feed_ads": -0.08}.get(c["acquisition_channel"], 0.0)
        if consult_ph is not None:
            p_cart = 0.3 if consult_ph == "PH03" else 0.62
        if r() >= p_cart:
            return
        t1 = t0 + timedelta(minutes=float(1 + r() * 15))
        ev(c, t1, "tp_cart", "add", s, drug_category=cat, product_name=prod[0])
        if r() >= 0.78:
            return
        t2 = t1 + (timedelta(minutes=float(1 + r() * 20)) if r() < 0.8 else timedelta(hours=float(2 + r() * 60)))
        ev(c, t2, "tp_checkout", "submit", s, drug_category=cat)
        tp_ = pay(c, t2, s)
        if tp_:
            place_order(c, tp_, s, "otc", cat, prod, consult=int(consult_ph is not None))

    def consult_flow(c, t):
        s = nid("S")
        ph = PHARMACISTS[int(rng.choice(8, p=PH_WEIGHTS / PH_WEIGHTS.sum()))]
        cat = choice(OTC_CATS, [.5, .15, .1, .12, .13] if month_factor(t) > 1 else [.2, .25, .15, .2, .2])
        ev(c, t, "tp_consult", "chat", s, pharmacist_id=ph, consult_minutes=round(float(3 + rng.gamma(2, 4)), 1),
           drug_category=cat)
        if r() < 0.45:
            if ph == "PH03":
                topic = choice(["pharmacist_rude", "neutral", "pharmacist_helpful"], [.55, .2, .25])
            else:
                topic = choice(["pharmacist_rude", "neutral", "pharmacist_helpful"], [.04, .3, .66])
            fb(c, t + timedelta(minutes=float(10 + r() * 60)), "consult_rating", topic, rating=rating_for(topic),
               tp="tp_consult", pharmacist_id=ph)
        if r() < 0.85:
            otc_flow(c, t + timedelta(minutes=float(2 + r() * 8)), cat=cat, consult_ph=ph)

    def rx_flow(c, t):
        """Returns paid order time or None."""
        s = nid("S")
        cat = "慢病用药" if (c["chronic"] and r() < 0.85) else "抗感染药"
        prod = pick(cat)
        ev(c, t, "tp_product_page", "view", s, drug_category=cat, product_name=prod[0])
        if r() >= 0.72:
            return None
        t1 = t + timedelta(minutes=float(1 + r() * 20))
        ev(c, t1, "tp_rx_upload", "submit", s, drug_category=cat)
        ph = PHARMACISTS[int(rng.choice(8, p=PH_WEIGHTS / PH_WEIGHTS.sum()))]
        slow = t1.year == 2026 and t1.month == 1
        minutes = round(float(np.exp(rng.normal(np.log(105 if slow else 22), 0.45))), 1)
        t2 = t1 + timedelta(minutes=minutes)
        ok = r() < (0.62 if ph == "PH07" else 0.9)
        if ok:
            ev(c, t2, "tp_rx_review", "approved", s, pharmacist_id=ph, review_minutes=minutes,
               review_result="approved", drug_category=cat)
        else:
            reason = None if r() < (0.8 if ph == "PH07" else 0.1) else choice(REJECT_REASONS)
            ev(c, t2, "tp_rx_review", "rejected", s, pharmacist_id=ph, review_minutes=minutes,
               review_result="rejected", reject_reason=reason, drug_category=cat)
            if reason is None and r() < 0.45:
                fb(c, t2 + timedelta(minutes=float(5 + r() * 240)), "cs_ticket", "rx_reject_no_reason",
                   rating=int(choice([1, 2], [.6, .4])) if r() < 0.5 else None, pharmacist_id=ph)
            elif reason is not None and r() < 0.2:
                fb(c, t2 + timedelta(minutes=float(5 + r() * 240)), "cs_ticket", "rx_question",
                   rating=int(choice([3, 4, 5])) if r() < 0.5 else None, pharmacist_id=ph)
            return None
        if minutes > 60 and r() < 0.28:
            fb(c, t2 + timedelta(minutes=float(1 + r() * 30)), "cs_ticket", "slow_review",
               rating=int(choice([1, 2, 3], [.5, .35, .15])) if r() < 0.5 else None, pharmacist_id=ph)
        p_go = 0.55 if minutes > 60 else 0.9
        if r() >= p_go:
            return None
        t3 = t2 + timedelta(minutes=float(1 + r() * 40))
        ev(c, t3, "tp_checkout", "submit", s, drug_category=cat)
        tp_ = pay(c, t3, s)
        if tp_:
            o = place_order(c, tp_, s, "rx", cat, prod, pharmacist=ph, review_min=minutes)
            return tp_ if (cat == "慢病用药") else None
        return None

    def refill_loop(c, t):
        misses = 0
        prod = pick("慢病用药")
        reminder_ch = choice(["sms", "app_push", "wechat"], [.35, .35, .3])
        while t <= END:
            s = nid("S")
            ev(c, t, "tp_refill_reminder", "send", s, reminder_channel=reminder_ch, product_name=prod[0])
            p = 0.58 if member_at(c, t) else 0.30
            p += {"sms": -0.07, "app_push": 0.0, "wechat": 0.08}[reminder_ch]
            if c["age_band"] == "60+":
                p += 0.12
            if r() < p:
                t1 = t + timedelta(hours=float(1 + rng.gamma(1.5, 30)))
                if t1 > t + timedelta(days=6.5):
                    t1 = t + timedelta(days=float(r() * 6))
                ev(c, t1, "tp_refill_order", "submit", s, product_name=prod[0], drug_category="慢病用药")
                tp_ = pay(c, t1 + timedelta(minutes=float(r() * 3)), s)
                if tp_:
                    place_order(c, tp_, s, "refill", "慢病用药", prod)
                    misses = 0
                    t = tp_ + timedelta(days=float(27 + r() * 6))
                    continue
            misses += 1
            if misses >= 3:
                return
            t = t + timedelta(days=float(28 + r() * 5))

    # ---------- simulate ----------
    for c in customers:
        cid = c["customer_id"]
        if c["legacy"]:
            if r() < 0.45:
                c["card_since"] = c["signup_at"] + timedelta(days=float(r() * 200))
                if c["card_since"] >= START:
                    c["card_since"] = START - timedelta(days=float(1 + r() * 30))
            t_first_refill = START + timedelta(days=float(r() * 30), hours=float(8 + r() * 12))
            refill_loop(c, t_first_refill)
            t = START
        else:
            t = c["signup_at"]
            aw = {"search_engine": "tp_search", "feed_ads": "tp_feed_ad", "wechat": "tp_health_article",
                  "referral": "tp_search", "offline_store": "tp_search"}[c["acquisition_channel"]]
            if aw != "tp_search":
                ev(c, t - timedelta(minutes=float(1 + r() * 30)), aw, "view", None)
        # intents
        cur = t if not c["legacy"] else START + timedelta(days=float(r() * 40))
        first = not c["legacy"]
        refill_started = c["legacy"]
        rate = 0.2 if c["chronic"] else 0.3  # per 30 days
        while cur <= END:
            if first:
                if c["chronic"] and r() < 0.7:
                    kind = "rx"
                elif c["acquisition_channel"] == "wechat" and r() < 0.4:
                    kind = "consult"
                else:
                    kind = choice(["otc", "consult", "rx"], [.7, .2, .1])
            else:
                kind = choice(["otc", "consult", "rx"], [.45, .2, .35] if c["chronic"] else [.68, .22, .1])
            tt = cur + timedelta(minutes=float(1 + r() * 5)) if first else cur
            if kind == "otc":
                otc_flow(c, tt)
            elif kind == "consult":
                consult_flow(c, tt)
            else:
                paid = rx_flow(c, tt)
                if paid and c["chronic"] and not refill_started:
                    refill_started = True
                    refill_loop(c, paid + timedelta(days=float(26 + r() * 6)))
            first = False
            # next intent by thinning (seasonal)
            while True:
                cur = cur + timedelta(days=float(rng.exponential(30 / (rate * 1.8))))
                if cur > END or r() < month_factor(cur) / 1.8:
                    break
            cur = cur.replace(hour=int(rng.choice([8, 9, 10, 11, 12, 14, 15, 16, 19, 20, 21, 22])),
                              minute=int(r() * 60), second=int(r() * 60))
        if c["card_since"] is not None and c["card_since"] > END:
            c["card_since"] = None
        if c["card_since"] is not None and c["card_since"] >= START:
            ev(c, c["card_since"], "tp_membership", "join", None, card_plan="年卡99元")

    # ---------- app reviews (general) ----------
    for _ in range(260):
        c = customers[int(r() * len(customers))]
        if c["preferred_channel"] != "app":
            continue
        t = START + timedelta(seconds=float(r() * (END - START).total_seconds()))
        if t < c["signup_at"]:
            continue
        topic = choice(["positive", "neutral", "price", "fast_delivery"], [.45, .25, .15, .15])
        fb(c, t, "app_review", topic, rating=rating_for(topic), tp=None)
    # 15 % of app reviews carry no date (scraped store reviews)
    for f in feedback:
        if f["channel"] == "app_review" and r() < 0.15:
            f["ts"] = None

    # ---------- cut at END, ids, segments ----------
    events = [e for e in events if e["ts"] <= END]
    orders = [o for o in orders if o["ts"] <= END]
    feedback = [f for f in feedback if f["ts"] is None or f["ts"] <= END]
    events.sort(key=lambda e: (e["ts"], e["customer_id"]))
    for k, e in enumerate(events, 1):
        e["event_id"] = f"E{k:07d}"
    feedback.sort(key=lambda f: (f["ts"] or datetime(2100, 1, 1), f["customer_id"]))
    for k, f in enumerate(feedback, 1):
        f["feedback_id"] = f"FB{k:05d}"
    orders.sort(key=lambda o: o["ts"])

    spend = {}
    last_paid = {}
    for o in orders:
        if o["status"] == "paid":
            spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + o["amount"]
            last_paid[o["customer_id"]] = max(last_paid.get(o["customer_id"], o["ts"]), o["ts"])
    cust_rows = []
    for c in customers:
        cid = c["customer_id"]
        sp = spend.get(cid, 0.0)
        tier = "gold" if sp >= 2500 else ("silver" if sp >= 800 else "normal")
        if cid not in last_paid:
            seg = "prospect"
        elif tier == "gold":
            seg = "vip"
        elif c["signup_at"] >= END - timedelta(days=60):
            seg = "new"
        elif last_paid[cid] < END - timedelta(days=90):
            seg = "at_risk"
        else:
            seg = "active"
        cust_rows.append(dict(customer_id=cid, signup_at=c["signup_at"], segment=seg, region=c["region"],
                              acquisition_channel=c["acquisition_channel"], tier=tier, city=c["city"],
                              age_band=c["age_band"], chronic_patient="yes" if c["chronic"] else "no",
                              health_card="yes" if c["card_since"] is not None else "no",
                              health_card_since=c["card_since"].date() if c["card_since"] else None,
                              primary_device=c["primary_device"], preferred_channel=c["preferred_channel"],
                              language=c["language"], default_warehouse=c["warehouse"]))
    tier_of = {c["customer_id"]: c["tier"] for c in cust_rows}
    for o in orders:
        o["member_level"] = tier_of[o["customer_id"]]

    def fmt(v):
        if v is None:
            return ""
        if isinstance(v, datetime):
            return v.strftime("%Y-%m-%d %H:%M:%S")
        return str(v)

    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            wr = csv.writer(fh)
            wr.writerow(cols)
            for row in rows:
                wr.writerow([fmt(row.get(k)) for k in cols])

    write("touchpoints", [dict(zip(["touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind", "owner",
                                    "aliases"], t)) | {"name": t[1]} for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, w in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=w))
    write("journeys", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                              "touchpoint_id", "window_days"])
    write("customers", cust_rows, list(cust_rows[0].keys()))
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                             "channel", "app_version", "city", "order_id", "drug_category", "product_name",
                             "keyword", "pharmacist_id", "consult_minutes", "review_minutes", "review_result",
                             "reject_reason", "fail_code", "warehouse", "delivery_hours", "refund_reason",
                             "reminder_channel", "card_plan"])
    write("orders", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type",
                             "drug_category", "product_name", "quantity", "prescription_required", "cold_chain",
                             "insurance_paid", "payment_method", "pharmacist_id", "review_minutes",
                             "from_consultation", "city", "warehouse", "delivery_hours", "refund_reason",
                             "cancel_reason", "member_level", "app_version"])
    write("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                 "nps", "order_id", "pharmacist_id", "warehouse", "drug_category", "city", "device",
                                 "language", "topic", "sentiment_label"])
    print(f"customers {len(cust_rows)} events {len(events)} orders {len(orders)} feedback {len(feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
