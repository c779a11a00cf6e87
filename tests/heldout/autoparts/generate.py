"""配件通 PartsHub: a B2B auto-parts distributor selling brakes, filters, batteries, tyres and electrical parts to
independent repair garages, chain quick-service garages and 4S dealers in five provinces (广东, 浙江, 江苏, 福建, 湖南)
through an app (Android / iOS), a web portal (pc), phone orders taken by customer service and field sales reps.
A garage registers an account, applies for monthly credit (approved with a tier A / B / C and a limit, or rejected:
prepaid only), searches a part by VIN (车架号) / part number / keyword, requests a quote when the part is out of
stock, places an order (one order number, one or more part lines, a shipping fee under 300 CNY), pays (prepaid, or
charged to the monthly credit account; over-limit orders go on credit hold), the warehouse picks, dispatches and
delivers (same-day / next-day / late), some lines come back (wrong part / damaged / not needed): return requested,
approved, then refunded in cash (prepaid) or settled by a credit note (红字冲账, monthly credit). Garages reorder from
their order history (一键复购). Feedback: post-delivery surveys, app-store reviews, service tickets, sales-rep call
notes, WeChat group messages and in-app reviews of the sales rep; mostly Chinese, some English.
Data covers 2024-09-01 .. 2026-06-30 (today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments).
Deterministic (fixed seed), plain Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260604
START = datetime(2024, 9, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 2000
D = timedelta


def H(x):
    return timedelta(hours=float(x))


NJ_WMS = (datetime(2025, 9, 1), datetime(2026, 3, 1))        # Nanjing DC new WMS: picking errors
VIN_BUG = (datetime(2025, 11, 3), datetime(2025, 12, 15))    # Android app 5.2.0: VIN decoder broken
CS_DC = datetime(2026, 4, 1)                                 # Changsha forward DC opens (Hunan deliveries)
SPRING = [(datetime(2025, 1, 22), datetime(2025, 2, 9)), (datetime(2026, 2, 10), datetime(2026, 2, 28))]

GTYPE = {"independent": ("独立维修厂", 0.58), "chain": ("连锁快修", 0.27), "dealer_4s": ("4S店", 0.15)}
PROV = {  # zh: en, weight, cities (zh, en, same-day eligible)
    "广东": ("Guangdong", 0.31, [("广州", "Guangzhou", 1), ("深圳", "Shenzhen", 1), ("佛山", "Foshan", 1)]),
    "浙江": ("Zhejiang", 0.22, [("杭州", "Hangzhou", 1), ("宁波", "Ningbo", 0)]),
    "江苏": ("Jiangsu", 0.21, [("南京", "Nanjing", 1), ("苏州", "Suzhou", 0)]),
    "福建": ("Fujian", 0.12, [("厦门", "Xiamen", 0), ("福州", "Fuzhou", 0)]),
    "湖南": ("Hunan", 0.14, [("长沙", "Changsha", 0), ("株洲", "Zhuzhou", 0)]),
}
WH = {"广州仓": "Guangzhou DC", "杭州仓": "Hangzhou DC", "南京仓": "Nanjing DC", "长沙前置仓": "Changsha DC"}
ACQ = {"sales_rep": ("业务员拜访", 0.44), "app_store": ("应用商店下载", 0.28), "referral": ("同行推荐", 0.17),
       "trade_show": ("汽配展会", 0.11)}
TIER = {"A": "A级", "B": "B级", "C": "C级", "none": "未授信"}
PAYM = {"prepaid": "预付", "monthly_credit": "月结"}
CAT = {"brakes": "刹车系统", "filters": "滤清器", "batteries": "蓄电池", "tyres": "轮胎", "electrical": "电器件"}
SPEED = {"same_day": "当日达", "next_day": "次日达", "late": "延误"}
RREASON = {"wrong_part": "发错件", "damaged": "破损", "not_needed": "不需要了"}
METHOD = {"vin": "VIN码", "part_no": "零件号", "keyword": "关键词"}
# sales reps: zh, en, province, first day
REPS = [("陈志强", "Chen Zhiqiang", "广东", None), ("黄丽", "Huang Li", "广东", None),
        ("王建", "Wang Jian", "浙江", None), ("徐静", "Xu Jing", "浙江", None),
        ("周凯", "Zhou Kai", "江苏", None), ("孙磊", "Sun Lei", "江苏", None),
        ("林峰", "Lin Feng", "福建", None), ("刘洋", "Liu Yang", "湖南", None), ("谭敏", "Tan Min", "湖南", None),
        ("何晓", "He Xiao", "广东", datetime(2026, 4, 1))]
REP_EN = {r[0]: r[1] for r in REPS}
GOOD_REP, BAD_REP, NEW_REP = "陈志强", "周凯", "何晓"

PARTS = {  # category: [(part_no, zh name, en name, brand, unit price)]
    "brakes": [("BP-0986-F", "前刹车片", "front brake pads", "Bosch", 268), ("BP-0986-R", "后刹车片", "rear brake pads", "Bosch", 198),
               ("BD-2231", "刹车盘", "brake disc", "ATE", 420), ("BF-DOT4", "刹车油 DOT4 1L", "brake fluid DOT4 1L", "Castrol", 68)],
    "filters": [("OF-1120", "机油滤清器", "oil filter", "Mann", 38), ("AF-3310", "空气滤清器", "air filter", "Mann", 55),
                ("CF-2201", "空调滤清器", "cabin filter", "Bosch", 48), ("FF-0450", "燃油滤清器", "fuel filter", "Mahle", 86)],
    "batteries": [("BA-60AH", "蓄电池 60Ah", "battery 60Ah", "Varta", 520), ("BA-70AGM", "AGM启停电瓶 70Ah", "AGM start-stop battery 70Ah", "Varta", 980),
                  ("BA-45AH", "蓄电池 45Ah", "battery 45Ah", "Camel", 360)],
    "tyres": [("TY-20555R16", "轮胎 205/55R16", "tyre 205/55R16", "Michelin", 560), ("TY-22545R18", "轮胎 225/45R18", "tyre 225/45R18", "Continental", 780),
              ("TY-19565R15", "轮胎 195/65R15", "tyre 195/65R15", "Giti", 330)],
    "electrical": [("SP-IK20", "火花塞", "spark plug", "NGK", 58), ("AL-1300", "发电机", "alternator", "Bosch", 1350),
                   ("ST-0920", "起动机", "starter motor", "Valeo", 980), ("SN-O2", "氧传感器", "oxygen sensor", "Denso", 320),
                   ("IC-0221", "点火线圈", "ignition coil", "Bosch", 260)],
}
CAT_W = {"brakes": 0.30, "filters": 0.28, "batteries": 0.13, "tyres": 0.12, "electrical": 0.17}
OOS = {"brakes": 0.07, "filters": 0.05, "batteries": 0.09, "tyres": 0.12, "electrical": 0.26}   # out of stock
QCONV = {"brakes": 0.66, "filters": 0.64, "batteries": 0.62, "tyres": 0.58, "electrical": 0.36}  # quote -> order
QDAYS = {"brakes": 1.0, "filters": 0.8, "batteries": 1.2, "tyres": 1.5, "electrical": 3.2}      # quote -> order median

TOUCHPOINTS = [
    ("tp_register", "注册账户", "Account registered", "awareness", "app", "digital", "growth",
     "注册|开户|新开户|注册账号|sign up|signup|registration|register|new account"),
    ("tp_credit_approved", "授信通过", "Credit approved", "consideration", "other", "digital", "credit_control",
     "授信|月结审批|开通月结|额度审批|credit approval|credit approved|credit line|credit check"),
    ("tp_credit_rejected", "授信被拒", "Credit rejected", "consideration", "other", "digital", "credit_control",
     "授信拒绝|授信没通过|月结被拒|credit rejected|credit declined"),
    ("tp_part_search", "查询配件", "Part search", "consideration", "app", "digital", "product",
     "查件|搜件|VIN查询|车架号查询|零件号查询|配件查询|part search|VIN search|VIN lookup|part lookup|search"),
    ("tp_quote_request", "缺货询价", "Quote requested", "consideration", "app", "digital", "purchasing",
     "询价|缺货询价|询价单|调货|quote|quote request|RFQ|out-of-stock quote"),
    ("tp_reorder", "一键复购", "Reorder", "loyalty", "app", "digital", "product",
     "复购|再来一单|一键复购|按历史订单下单|reorder|repeat order|buy again"),
    ("tp_order", "下单", "Order placed", "purchase", "app", "digital", "sales",
     "下单|订单|订货|place order|order placed|order|checkout"),
    ("tp_payment", "付款/挂账", "Payment", "purchase", "other", "digital", "finance",
     "付款|支付|挂账|月结扣额度|预付|payment|pay|charged to account"),
    ("tp_picked", "仓库拣货", "Picked in warehouse", "service", "store", "physical", "warehouse",
     "拣货|配货|出库|picking|picked|pick"),
    ("tp_dispatched", "发货", "Dispatched", "service", "store", "physical", "logistics",
     "发货|出车|配送出发|dispatch|dispatched|shipped"),
    ("tp_delivered", "送达", "Delivered", "service", "store", "physical", "logistics",
     "送达|到货|签收|配送|delivery|delivered|arrival"),
    ("tp_return_request", "申请退货", "Return requested", "service", "app", "digital", "customer_service",
     "退货|申请退货|退换货|售后|return|return request|RMA"),
    ("tp_return_approved", "退货审核通过", "Return approved", "service", "other", "digital", "customer_service",
     "退货审核|审核通过|同意退货|return approved|RMA approved"),
    ("tp_refund", "退款/红冲", "Refund / credit note", "service", "other", "digital", "finance",
     "退款|红冲|红字冲账|冲账|退款到账|refund|credit note|money back"),
]
JOURNEYS = [
    ("onboarding", "开户到首单", "Onboarding to first order",
     ["tp_register", "tp_credit_approved", "tp_part_search", "tp_order"], 30),
    ("fulfilment", "订单履约", "Order fulfilment",
     ["tp_order", "tp_payment", "tp_picked", "tp_dispatched", "tp_delivered"], 7),
    ("returns", "退货售后", "Returns", ["tp_return_request", "tp_return_approved", "tp_refund"], 30),
]

# ---------------- feedback text ----------------
TXT = {
    "wrong_part": (
        ["又发错货了，订的是{a}，到手是{b}，客户车还在工位上", "仓库发错了件，{a}变成了{b}，白跑一趟",
         "发错货！零件号核对过的，仓库还是拣错了", "这个月第二次发错货了，{a}发成{b}，能不能上点心",
         "仓库拣错了，要的{a}来的是{b}"],
        ["Wrong part shipped: we ordered {a_en} and got {b_en}.", "You sent the wrong part again, {a_en} instead of {b_en}.",
         "The warehouse picked the wrong item, car stuck on the lift."]),
    "vin_bad": (
        ["VIN码查出来的配件对不上车型，装不上", "用车架号查件，结果给的是别的车型的{a}", "VIN解析不准，查出来的{a}尺寸不对",
         "最近VIN码查件老是出错，还得打电话找客服核对", "车架号查件查出来一堆不相干的件"],
        ["VIN search returns parts that don't fit the car.", "The VIN lookup is inaccurate, gave us the wrong {a_en}.",
         "VIN search has been broken since the last app update."]),
    "fast": (
        ["上午下单下午就到，送货速度真快", "当天就送到了，师傅都没停工", "配送很快，比以前的供应商强多了",
         "下单两个小时就到了，配送很快", "送货速度真快，点赞"],
        ["Same-day delivery, super fast.", "Fast delivery as always, thanks.", "Really fast delivery, parts arrived before lunch."]),
    "late": (
        ["说好次日达，等了{n}天才到", "送货太慢了，车在工位上趴了{n}天", "又延误了，物流一直显示在途",
         "送货太慢，客户都催了好几遍", "又延误了两天，影响我们交车"],
        ["Delivery was late again, took {n} days.", "Late delivery, the car was stuck on our lift for {n} days.",
         "Your next-day promise is a joke, delivery was late."]),
    "rep_good": (
        ["业务员{rep}回复很及时，缺件也帮忙想办法", "{rep}响应很快，报价当天就给了", "业务员很负责，回复很及时",
         "对接的业务员响应很快，有问题随时找得到人"],
        ["Our rep {rep_en} is very responsive.", "{rep_en} always answers quickly, even at weekends.",
         "Very responsive sales rep, sorted our quote in an hour."]),
    "rep_bad": (
        ["业务员电话老是打不通", "找{rep}报价要等半天，消息不回", "业务员消息不回，只能打客服",
         "{rep}电话老是打不通，要货都找不到人"],
        ["Our rep never picks up the phone.", "{rep_en} doesn't reply to messages for days.",
         "Sales rep never picks up, we order through customer service now."]),
    "credit_low": (
        ["授信额度太低了，月中就用完，只能先预付", "额度不够用，想申请提额一直没批", "月结额度才{limit}块，根本不够用",
         "额度太低了，订单老是卡在挂账那一步", "额度不够，好几单都被卡住了"],
        ["Our credit limit is too low for our volume.", "We keep hitting our credit limit and orders get held.",
         "Credit limit too low, we had to prepay again."]),
    "damaged": (
        ["{a}到货外壳破损，没法用", "包装压坏了，{a}有磕碰", "到货就是破损的，快递太暴力"],
        ["The {a_en} arrived damaged.", "Box was crushed and the part arrived damaged."]),
    "refund_slow": (
        ["退货退款等了{n}天还没到账", "退款太慢了，钱压在你们这里", "退货都审核通过了，退款还没到账",
         "退款太慢，找客服也只说在走流程"],
        ["Refund took {n} days, far too slow.", "Still waiting for my refund after the return was approved."]),
    "quote_slow": (
        ["缺货询价半天没人回", "询价回复太慢，客户等不了就去别家买了", "电器件缺货询价半天没人回，只能找别家"],
        ["The quote for out-of-stock parts took forever.", "Our quote request took forever to get an answer."]),
    "app_good": (
        ["APP查件挺方便的，界面清楚", "用手机下单挺顺手，历史订单一键复购很好用", "APP越做越好用了"],
        ["The app is easy to use.", "Reorder from order history is handy."]),
    "neutral": (
        ["整体还行，价格跟别家差不多", "一般吧，中规中矩", "还可以，希望品类再多一点", "没什么问题，正常用"],
        ["It's okay overall.", "Average, nothing special.", "Fine, works as expected."]),
}
SENT = {"wrong_part": "neg", "vin_bad": "neg", "fast": "pos", "late": "neg", "rep_good": "pos", "rep_bad": "neg",
        "credit_low": "neg", "damaged": "neg", "refund_slow": "neg", "quote_slow": "neg", "app_good": "pos",
        "neutral": "neu"}
TICKET = {"wrong_part": "wrong_part", "vin_bad": "app_issue", "damaged": "damaged", "refund_slow": "refund",
          "late": "delivery"}


def fmt(t) -> str:
    return "" if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    U01 = rng.random(2_000_000).tolist()
    pos = [0]

    def r():
        pos[0] += 1
        return U01[pos[0] - 1]

    def U(a, b):
        return a + (b - a) * r()

    def pick(items, w):
        tot = float(sum(w))
        x = r() * tot
        for it, wi in zip(items, w):
            x -= wi
            if x < 0:
                return it
        return items[-1]

    def pickd(d: dict):
        return pick(list(d), list(d.values()))

    def LN(median, sigma):
        return float(median * np.exp(sigma * rng.standard_normal()))

    def workhour(t: datetime, start=8, end=19) -> datetime:
        if t.hour < start:
            return t.replace(hour=start, minute=int(U(0, 59)))
        if t.hour >= end:
            return (t + D(days=1)).replace(hour=start, minute=int(U(0, 59)))
        return t

    customers, events, orders, feedback = [], [], [], []
    cnt = {"e": 0, "f": 0, "s": 0, "q": 0, "cn": 0}
    so_seq = {}

    def nid(k, p, w):
        cnt[k] += 1
        return f"{p}{cnt[k]:0{w}d}"

    def ev(c, t, tp, action, sess="", channel="", device="", **kw):
        if t is None or t > END:
            return None
        row = dict(event_id=nid("e", "E", 7), customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp,
                   session_id=sess, action=action, device=device, channel=channel,
                   sales_rep=c["sales_rep"], sales_rep_en=c["sales_rep_en"])
        row.update(kw)
        events.append(row)
        return t

    def comment(c, t, topic, channel, tp="", rating=None, dated=True, order_no="", warehouse="", ctx=None,
                lang=None):
        if t is not None and t > END:
            return None
        ctx = ctx or {}
        lang = lang or c["language"]
        zh, en = TXT[topic]
        opts = zh if lang == "zh" else en
        a = ctx.get("a") or PARTS["brakes"][0]
        b = ctx.get("b") or PARTS["brakes"][1]
        text = opts[int(r() * len(opts))].format(n=ctx.get("n", int(U(2, 5))), a=a[1], b=b[1], a_en=a[2], b_en=b[2],
                                                  rep=c["sales_rep"], rep_en=c["sales_rep_en"],
                                                  limit=c["credit_limit"] or 5000)
        feedback.append(dict(feedback_id=nid("f", "FB", 5), text=text, ts=fmt(t) if dated else "",
                             customer_id=c["customer_id"], touchpoint_id=tp, channel=channel,
                             rating="" if rating is None else rating,
                             nps="" if channel != "survey" else nps_for(rating), language=lang,
                             order_no=order_no, ticket_type=TICKET.get(topic, "other") if channel == "ticket" else "",
                             sales_rep=c["sales_rep"], sales_rep_en=c["sales_rep_en"], warehouse=warehouse,
                             warehouse_en=WH.get(warehouse, ""), device=ctx.get("device", ""),
                             app_version=ctx.get("app_version", ""), sentiment_label=SENT[topic]))
        return feedback[-1]

    def nps_for(rating):
        if rating in ("", None):
            return ""
        return int(min(10, max(0, round(rating * 2 - 0.5 + U(-1, 1)))))

    def rating_for(topic):
        s = SENT[topic]
        if topic in ("wrong_part", "late", "vin_bad"):
            return int(pick([1, 2, 3], [0.45, 0.4, 0.15]))
        if s == "neg":
            return int(pick([1, 2, 3], [0.25, 0.45, 0.3]))
        if s == "pos":
            return int(pick([4, 5], [0.25, 0.75]))
        return int(pick([3, 4], [0.5, 0.5]))

    def app_version(device, t):
        if device == "android":
            if t < datetime(2025, 5, 1):
                return "5.0.3"
            if t < VIN_BUG[0]:
                return "5.1.2"
            if t < VIN_BUG[1]:
                return "5.2.0"
            return "5.2.1" if t < datetime(2026, 3, 1) else "5.3.0"
        if device == "ios":
            return "5.0.3" if t < datetime(2025, 5, 1) else ("5.1.2" if t < datetime(2026, 3, 1) else "5.3.0")
        return ""

    def warehouse_for(c, t, cat):
        p = c["region"]
        if p == "浙江":
            return "杭州仓"
        if p == "江苏":
            return "南京仓"
        if p == "湖南" and t >= CS_DC and cat in ("brakes", "filters", "batteries", "electrical"):
            return "长沙前置仓"
        return "广州仓"

    def seasonal(t: datetime, cat=None):
        f = {1: 1.0, 2: 0.8, 3: 1.0, 4: 1.0, 5: 1.0, 6: 0.95, 7: 0.95, 8: 0.95, 9: 1.0, 10: 1.08, 11: 1.12, 12: 1.12}[t.month]
        for a, b in SPRING:
            if a <= t < b:
                f *= 0.35
        return f

    def cat_weights(t: datetime):
        w = dict(CAT_W)
        if t.month in (12, 1):
            w["batteries"] *= 2.2
        if t.month in (10, 11):
            w["tyres"] *= 2.4
        return w

    def next_order_no(t):
        k = t.strftime("%y%m%d")
        so_seq[k] = so_seq.get(k, 0) + 1
        return f"SO{k}{so_seq[k]:04d}"

    # ---------------- customers ----------------
    rep_by_prov = {}
    for rp in REPS:
        rep_by_prov.setdefault(rp[2], []).append(rp)
    span = (END - D(days=20) - START).total_seconds()
    for i in range(N):
        if r() < 0.25:   # existing phone-order accounts moved onto the app at launch (Sep-Oct 2024)
            t_reg = START + D(days=U(0, 60))
        else:            # new garages, sign-ups rising ~ 1 -> 2 over the span
            t_reg = START + D(seconds=span * (np.sqrt(1 + 3 * r()) - 1))
        t_reg = workhour(t_reg.replace(hour=int(U(7, 21)), minute=int(U(0, 59)), second=int(U(0, 59))))
        if t_reg > END - D(days=20):
            t_reg = END - D(days=int(U(20, 60)))
        gt = pick(list(GTYPE), [v[1] for v in GTYPE.values()])
        prov = pick(list(PROV), [v[1] for v in PROV.values()])
        city = pick(PROV[prov][2], [0.5, 0.3, 0.2][:len(PROV[prov][2])])
        acq = pick(list(ACQ), [v[1] for v in ACQ.values()])
        reps = [rp for rp in rep_by_prov[prov] if rp[3] is None or rp[3] <= t_reg]
        if prov == "广东" and t_reg >= REPS[-1][3] and r() < 0.5:
            rep = REPS[-1]
        else:
            rep = pick(reps, [1.0] * len(reps))
            if rep[0] == NEW_REP:
                rep = reps[0]
        dev = pickd({"independent": {"android": 0.66, "ios": 0.2, "pc": 0.14},
                     "chain": {"android": 0.45, "ios": 0.25, "pc": 0.30},
                     "dealer_4s": {"android": 0.25, "ios": 0.25, "pc": 0.50}}[gt])
        lang = "en" if r() < {"independent": 0.04, "chain": 0.16, "dealer_4s": 0.14}[gt] else "zh"
        p_rej = {"independent": 0.36, "chain": 0.11, "dealer_4s": 0.04}[gt] * (0.6 if acq == "referral" else 1.0)
        rejected = r() < p_rej
        if rejected:
            tier, limit = "none", 0
        else:
            tier = pickd({"independent": {"A": 0.08, "B": 0.42, "C": 0.50}, "chain": {"A": 0.35, "B": 0.45, "C": 0.20},
                          "dealer_4s": {"A": 0.62, "B": 0.33, "C": 0.05}}[gt])
            limit = {"A": int(U(5, 11)) * 10000, "B": int(U(2, 5)) * 10000, "C": int(U(3, 9)) * 1000}[tier]
        terms = "prepaid" if rejected or r() < 0.08 else "monthly_credit"
        cid = f"G{i + 1:05d}"
        bays = {"independent": int(U(2, 6)), "chain": int(U(4, 9)), "dealer_4s": int(U(8, 21))}[gt]
        c = dict(customer_id=cid, signup_at=fmt(t_reg), segment=gt, 门店类型=GTYPE[gt][0], region=prov,
                 province_en=PROV[prov][0], city=city[0], city_en=city[1], acquisition_channel=acq,
                 注册渠道=ACQ[acq][0], tier=tier, 信用等级=TIER[tier], credit_limit=limit, payment_terms=terms,
                 结算方式=PAYM[terms], sales_rep=rep[0], sales_rep_en=rep[1], primary_device=dev, language=lang,
                 work_bays=bays,
                 garage_name=f"{city[0]}{pick(['车之友', '快修', '汽修', '途安', '车匠', '驰诚', '顺达'], [1] * 7)}"
                             f"{pick(['汽车维修', '汽车服务', '养车', '汽修厂'], [1] * 4)}{i % 97}号店")
        c["_t_reg"], c["_sameday"] = t_reg, city[2]
        customers.append(c)

    # ---------------- one purchase attempt ----------------
    def attempt(c, t0, can_reorder, first_need=False):
        gt, dev = c["segment"], c["primary_device"]
        chan = pickd({"independent": {"app": 0.62, "phone": 0.28, "sales_rep": 0.10},
                      "chain": {"app": 0.78, "phone": 0.12, "sales_rep": 0.10},
                      "dealer_4s": {"app": 0.80, "phone": 0.08, "sales_rep": 0.12}}[gt])
        if chan == "app" and dev == "pc":
            chan = "web"
        edev = dev if chan in ("app", "web") else ""
        ver = app_version(edev, t0)
        sess = nid("s", "SS", 6)
        cat = pickd(cat_weights(t0))
        bug = edev == "android" and VIN_BUG[0] <= t0 < VIN_BUG[1]
        cause = None
        t = t0
        quote_no = ""
        if can_reorder and chan in ("app", "web") and r() < 0.22:
            ev(c, t, "tp_reorder", "click", sess, chan, edev, app_version=ver, part_category=cat, 配件品类=CAT[cat])
            if r() >= 0.9:
                return None
            t = t + D(minutes=U(1, 8))
        else:
            method = pickd({"app": {"vin": 0.55, "part_no": 0.28, "keyword": 0.17},
                            "web": {"vin": 0.35, "part_no": 0.50, "keyword": 0.15},
                            "phone": {"vin": 0.40, "part_no": 0.45, "keyword": 0.15},
                            "sales_rep": {"vin": 0.40, "part_no": 0.45, "keyword": 0.15}}[chan])
            p_nomatch = 0.05 if method == "vin" else 0.04
            p_vinwrong = 0.012 if method == "vin" else 0.0
            if bug and method == "vin":
                p_nomatch, p_vinwrong = 0.5, 0.16
            oos = r() < OOS[cat]
            nomatch = r() < p_nomatch
            ns = 1 + (r() < 0.35) + (r() < 0.12) + (2 if nomatch and r() < 0.5 else 0)
            for k in range(ns):
                lastk = k == ns - 1
                resv = ("no_match" if nomatch else ("out_of_stock" if oos else "found")) if lastk else \
                    pick(["found", "no_match"], [0.7, 0.3])
                ev(c, t, "tp_part_search", "search", sess, chan, edev, app_version=ver, search_method=method,
                   查询方式=METHOD[method], search_result=resv, part_category=cat, 配件品类=CAT[cat])
                if not lastk:
                    t = t + D(minutes=U(0.5, 6))
            if nomatch:
                if bug and method == "vin" and r() < 0.3:
                    chn = pick(["app_review", "ticket"], [2, 1])
                    comment(c, t + H(U(0.5, 30)), "vin_bad", chn, "tp_part_search",
                            rating=rating_for("vin_bad") if chn == "app_review" else None,
                            dated=chn == "ticket" or r() > 0.15, ctx=dict(device=edev, app_version=ver, a=PARTS[cat][0]))
                if r() >= 0.08:
                    return None
            if oos and not nomatch:
                if r() >= 0.8:
                    return None
                t = t + D(minutes=U(2, 25))
                quote_no = nid("q", "QT", 6)
                ev(c, t, "tp_quote_request", "submit", sess, chan, edev, app_version=ver, quote_no=quote_no,
                   part_category=cat, 配件品类=CAT[cat])
                conv = QCONV[cat]
                if r() < (0.06 if cat == "electrical" else 0.02):
                    chn = pick(["call_note", "wechat"], [3, 2])
                    comment(c, t + H(U(3, 30)), "quote_slow", chn, "tp_quote_request", ctx=dict(device=edev))
                if r() >= conv:
                    return None
                t = workhour(t + D(days=LN(QDAYS[cat], 0.6)))
            else:
                p_ord = (0.95 if first_need else 0.82) if not nomatch else 1.0
                if r() >= p_ord:
                    return None
                t = t + D(minutes=U(1, 25))
            if method == "vin" and r() < p_vinwrong:
                cause = "vin"
        if t > END:
            return None
        return place_order(c, t, sess, chan, edev, ver, cat, cause, quote_no)

    def place_order(c, t, sess, chan, edev, ver, cat, cause, quote_no):
        gt = c["segment"]
        so = next_order_no(t)
        wh = warehouse_for(c, t, cat)
        nlines = 1 + (r() < 0.45) + (r() < 0.2) + (gt != "independent" and r() < 0.25)
        lines = []
        for k in range(nlines):
            lc = cat if k == 0 else pick(list(CAT_W), [0.25, 0.5, 0.05, 0.05, 0.15])
            part = pick(PARTS[lc], [1.0] * len(PARTS[lc]))
            qty = int(pick([1, 2, 4], [0.55, 0.3, 0.15])) if lc != "tyres" else int(pick([2, 4], [0.5, 0.5]))
            if lc == "filters":
                qty = int(pick([1, 2, 5, 10], [0.3, 0.3, 0.25, 0.15]))
            price = round(part[4] * (1.0 if t < datetime(2025, 7, 1) else 1.03) * (0.9 if gt == "dealer_4s" else 1.0), 2)
            lines.append(dict(cat=lc, part=part, qty=qty, price=price, amount=round(qty * price, 2)))
        parts_total = sum(x["amount"] for x in lines)
        ship = 0.0 if parts_total >= 300 else (25.0 if c["region"] in ("福建", "湖南") else 15.0)
        total = parts_total + ship
        terms = c["payment_terms"]
        hold = False
        if terms == "monthly_credit":
            p_hold = {"A": 0.01, "B": 0.05, "C": 0.24}[c["tier"]]
            hold = r() < p_hold
        ev(c, t, "tp_order", "submit", sess, chan, edev, app_version=ver if edev else "", order_no=so,
           quote_no=quote_no, part_category=cat, 配件品类=CAT[cat], warehouse=wh, warehouse_en=WH[wh],
           payment_method=terms, 结算方式=PAYM[terms], credit_hold="yes" if hold else "no", amount=round(total, 2),
           line_count=nlines)
        status = "paid"
        if terms == "prepaid":
            if r() < 0.06:
                status, t_pay = "cancelled", None
            else:
                t_pay = t + D(minutes=LN(8, 0.9))
        else:
            if hold:
                if r() < 0.18:
                    comment(c, t + H(U(1, 30)), "credit_low", pick(["call_note", "wechat"], [2, 1]),
                            "tp_payment", dated=r() > 0.05)
                if r() < 0.33:
                    status, t_pay = "cancelled", None
                else:
                    t_pay = workhour(t + H(LN(30, 0.7)), 9, 18)
            else:
                t_pay = t + D(seconds=U(5, 120))
        so_rows = []
        for k, x in enumerate(lines, 1):
            row = dict(order_id=f"{so}-{k:02d}", customer_id=c["customer_id"], ts=fmt(t), amount=x["amount"],
                       status=status, channel=chan, device=edev, order_no=so, line_no=k, line_type="part",
                       part_no=x["part"][0], part_name=x["part"][1], part_name_en=x["part"][2], brand=x["part"][3],
                       part_category=x["cat"], 配件品类=CAT[x["cat"]], qty=x["qty"], unit_price=x["price"],
                       warehouse=wh, warehouse_en=WH[wh], payment_method=terms, 结算方式=PAYM[terms],
                       sales_rep=c["sales_rep"], sales_rep_en=c["sales_rep_en"], quote_no=quote_no,
                       return_reason="", 退货原因="", refund_amount=0, refunded_at="", settlement="", credit_note_no="")
            so_rows.append(row)
        if ship:
            so_rows.append(dict(so_rows[0], order_id=f"{so}-SF", amount=ship, line_no=0, line_type="shipping_fee",
                                part_no="", part_name="运费", part_name_en="shipping fee", brand="", part_category="",
                                配件品类="", qty=1, unit_price=ship))
        orders.extend(so_rows)
        if status == "cancelled" or t_pay is None or t_pay > END:
            return dict(churn=False)
        ev(c, t_pay, "tp_payment", "pay" if terms == "prepaid" else "charge_account", sess,
           chan if terms == "prepaid" else "other", edev if terms == "prepaid" else "", order_no=so,
           payment_method=terms, 结算方式=PAYM[terms], amount=round(total, 2))
        # picking / dispatch
        t_pick = workhour(t_pay + H(LN(1.2, 0.6)), 7, 21)
        wrong_pick = r() < (0.068 if wh == "南京仓" and NJ_WMS[0] <= t_pick < NJ_WMS[1] else
                            (0.05 if wh == "长沙前置仓" and t_pick < datetime(2026, 5, 1) else 0.014))
        if not ev(c, t_pick, "tp_picked", "pick", sess, "other", warehouse=wh, warehouse_en=WH[wh], order_no=so,
                  picker_id=f"{'GZ HZ NJ CS'.split()[list(WH).index(wh)]}-P{int(U(1, 13)):02d}"):
            return None
        t_dis = t_pick + H(LN(1.0, 0.5))
        courier = "own_fleet" if c["region"] in ("广东", "浙江", "江苏") or wh == "长沙前置仓" else \
            pick(["跨越速运", "顺丰"], [0.6, 0.4])
        if not ev(c, t_dis, "tp_dispatched", "dispatch", sess, "other", warehouse=wh, warehouse_en=WH[wh], order_no=so,
                  courier=courier):
            return None
        # delivery speed
        local = (wh == "广州仓" and c["region"] == "广东") or (wh == "杭州仓") or (wh == "南京仓") or \
                (wh == "长沙前置仓" and c["city"] == "长沙")
        if c["region"] == "湖南" and wh == "广州仓":
            p_late = 0.33
        elif c["region"] == "福建":
            p_late = 0.09
        elif wh == "长沙前置仓":
            p_late = 0.05
        else:
            p_late = 0.045
        if t.month in (11, 12, 1):
            p_late += 0.015
        sameday_ok = local and (c["_sameday"] or wh == "长沙前置仓") and t_dis.hour < 15
        if r() < p_late:
            speed = "late"
            t_del = (t_dis + D(days=int(U(2, 4)))).replace(hour=int(U(9, 18)), minute=int(U(0, 59)))
        elif sameday_ok and r() < 0.85:
            speed = "same_day"
            t_del = t_dis + H(U(1.0, 3.5))
        else:
            speed = "next_day"
            t_del = (t_dis + D(days=1)).replace(hour=int(U(8, 17)), minute=int(U(0, 59)))
        if not ev(c, t_del, "tp_delivered", "success", sess, "other", warehouse=wh, warehouse_en=WH[wh], order_no=so,
                  delivery_speed=speed, 配送时效=SPEED[speed], courier=courier):
            return None
        # post-delivery survey
        if r() < (0.065 if gt != "dealer_4s" else 0.09):
            if speed == "late":
                topic = pick(["late", "neutral"], [0.88, 0.12])
            elif speed == "same_day":
                topic = pick(["fast", "neutral", "app_good"], [0.62, 0.3, 0.08])
            else:
                topic = pick(["fast", "neutral", "app_good", "late"], [0.2, 0.62, 0.1, 0.08])
            rt = rating_for(topic)
            if topic == "neutral" and speed == "next_day":
                rt = int(pick([3, 4, 5], [0.3, 0.5, 0.2]))
            comment(c, t_del + H(U(1, 40)), topic, "survey", "tp_delivered", rating=rt, order_no=so, warehouse=wh,
                    ctx=dict(n=int((t_del - t).days) + 1, device=edev))
        elif speed == "late" and r() < 0.06:
            comment(c, t_del + H(U(0, 20)), "late", pick(["ticket", "wechat", "call_note"], [2, 1, 1]), "tp_delivered",
                    order_no=so, warehouse=wh, ctx=dict(n=int((t_del - t).days) + 1))
        res = dict(delivered=True, late=speed == "late")
        # returns
        reason, li = None, 0
        if wrong_pick:
            reason, li = "wrong_part", int(r() * len(lines))
        elif cause == "vin":
            reason, li = "wrong_part", 0
        else:
            for k, x in enumerate(lines):
                if r() < (0.035 if x["cat"] == "batteries" else 0.008):
                    reason, li = "damaged", k
                    break
            if reason is None and r() < 0.025:
                reason, li = "not_needed", int(r() * len(lines))
        if reason is None:
            if speed == "late" and r() < 0.12:
                res["churn"] = True
            return res
        p_req = {"wrong_part": 0.93, "damaged": 0.95, "not_needed": 1.0}[reason]
        if r() >= p_req:
            return res
        t_rr = workhour(t_del + H(LN(20 if reason != "not_needed" else 70, 0.7)), 8, 20)
        x = lines[li]
        if not ev(c, t_rr, "tp_return_request", "submit", sess, "app" if edev else "phone", edev, order_no=so,
                  return_reason=reason, 退货原因=RREASON[reason], part_category=x["cat"], 配件品类=CAT[x["cat"]],
                  warehouse=wh, warehouse_en=WH[wh]):
            return res
        wrong_b = pick(PARTS[x["cat"]], [1.0] * len(PARTS[x["cat"]]))
        if reason == "wrong_part" and r() < 0.42:
            topic = "vin_bad" if cause == "vin" else "wrong_part"
            chn = pick(["ticket", "wechat", "app_review"], [3, 1, 0.7])
            comment(c, t_rr + H(U(0, 6)), topic, chn, "tp_return_request" if chn != "app_review" else
                    ("tp_part_search" if topic == "vin_bad" else "tp_delivered"),
                    rating=rating_for(topic) if chn == "app_review" else None,
                    dated=not (chn == "app_review" and r() < 0.2), order_no=so, warehouse=wh,
                    ctx=dict(a=x["part"], b=wrong_b if wrong_b != x["part"] else PARTS[x["cat"]][-1], device=edev,
                             app_version=ver))
        elif reason == "damaged" and r() < 0.5:
            comment(c, t_rr + H(U(0, 6)), "damaged", "ticket", "tp_return_request", order_no=so, warehouse=wh,
                    ctx=dict(a=x["part"]))
        if reason == "not_needed" and r() < 0.15:
            return res
        t_ap = workhour(t_rr + H(LN(18 if reason != "not_needed" else 40, 0.6)), 9, 18)
        if not ev(c, t_ap, "tp_return_approved", "approve", sess, "other", order_no=so, return_reason=reason,
                  退货原因=RREASON[reason]):
            return res
        terms = c["payment_terms"]
        if terms == "prepaid":
            t_rf = workhour(t_ap + D(days=LN(4.5, 0.55)), 9, 18)
            settle, st = "refund", "refunded"
        else:
            t_rf = workhour(t_ap + D(days=LN(1.2, 0.5)), 9, 18)
            settle, st = "credit_note", "returned"
        if t_rf > END:
            return res
        cn = nid("cn", "CN", 6) if settle == "credit_note" else ""
        row = so_rows[li]
        row.update(status=st, return_reason=reason, 退货原因=RREASON[reason], refund_amount=row["amount"],
                   refunded_at=fmt(t_rf), settlement=settle, credit_note_no=cn)
        ev(c, t_rf, "tp_refund", settle, sess, "other", order_no=so, settlement=settle, credit_note_no=cn,
           amount=row["amount"], return_reason=reason, 退货原因=RREASON[reason])
        days = (t_rf - t_rr).total_seconds() / 86400
        if settle == "refund" and days > 7 and r() < 0.45:
            comment(c, t_rf - H(U(5, 30)), "refund_slow", pick(["ticket", "call_note", "wechat"], [3, 1, 1]),
                    "tp_refund", order_no=so, ctx=dict(n=int(days)))
        return res

    # ---------------- per customer ----------------
    for c in customers:
        t_reg, gt, dev = c["_t_reg"], c["segment"], c["primary_device"]
        reg_ch = {"sales_rep": "sales_rep", "app_store": "app", "referral": "app", "trade_show": "sales_rep"}[
            c["acquisition_channel"]]
        if dev == "pc" and reg_ch == "app":
            reg_ch = "web"
        ev(c, t_reg, "tp_register", "submit", channel=reg_ch, device=dev if reg_ch in ("app", "web") else "",
           signup_channel=c["acquisition_channel"])
        med = {"independent": 30, "chain": 16, "dealer_4s": 10}[gt]
        t_cr = workhour(t_reg + H(LN(med, 0.8)), 9, 18)
        if c["tier"] == "none":
            ev(c, t_cr, "tp_credit_rejected", "fail", channel="other",
               reject_reason=pick(["insufficient_history", "no_business_licence", "bad_credit_record"], [0.6, 0.15, 0.25]))
        else:
            ev(c, t_cr, "tp_credit_approved", "success", channel="other", credit_tier=c["tier"],
               信用等级=c["信用等级"], credit_limit=c["credit_limit"])
        # activity
        p_dead = {"independent": 0.14, "chain": 0.07, "dealer_4s": 0.06}[gt] + (0.35 if c["tier"] == "none" else 0.0)
        if r() < p_dead:
            if r() < 0.4:  # a look around, never orders
                ts = t_cr + D(days=U(0.2, 20))
                ev(c, ts, "tp_part_search", "search", sess=nid("s", "SS", 6), channel="app" if dev != "pc" else "web",
                   device=dev, search_method=pick(list(METHOD), [0.5, 0.3, 0.2]), search_result="found",
                   part_category=(cc := pickd(CAT_W)), 配件品类=CAT[cc])
            continue
        rate = {"independent": 0.8, "chain": 1.75, "dealer_4s": 1.25}[gt] / 30.0   # attempts per day
        if c["tier"] == "none":
            rate *= 0.55
        life = D(days=float(rng.exponential(520)))
        t = t_cr + D(days=float(rng.exponential(4.0)) + 0.05)
        t_end = min(END, t_reg + life + D(days=60))
        delivered_any = False
        first = True
        slowdown_until = None
        while t < t_end:
            if not first:
                rmax = rate * 1.3
                t = t + D(days=float(rng.exponential(1.0 / rmax)))
                if t >= t_end:
                    break
                acc = seasonal(t) / 1.3
                if slowdown_until and t < slowdown_until:
                    acc *= 0.5
                if r() >= acc:
                    continue
            first_need, first = first, False
            t = t.replace(hour=int(pick(list(range(8, 20)), [3, 6, 7, 6, 4, 3, 5, 6, 5, 4, 2, 1])),
                          minute=int(U(0, 59)), second=int(U(0, 59)))
            res = attempt(c, t, delivered_any, first_need)
            if res:
                if res.get("delivered"):
                    delivered_any = True
                if res.get("late"):
                    slowdown_until = t + D(days=45)
                if res.get("churn"):
                    break


    # ---------------- background feedback (rep reviews, app reviews, call notes) ----------------
    rep_mu = {GOOD_REP: 4.55, BAD_REP: 2.45, NEW_REP: 1.5}
    active = [c for c in customers if c["tier"] != "none" or r() < 0.5]
    for c in active:
        t_reg = c["_t_reg"]
        nrev = int(rng.poisson(0.3 if c["sales_rep"] != NEW_REP else 0.5))
        for _ in range(nrev):
            t = t_reg + D(days=U(10, max(11.0, (END - t_reg).days)))
            if t > END:
                continue
            mu = rep_mu.get(c["sales_rep"], 3.8)
            rt = int(min(5, max(1, round(mu + rng.normal(0, 0.75)))))
            topic = "rep_good" if rt >= 4 and r() < 0.75 else ("rep_bad" if rt <= 2 and r() < 0.8 else "neutral")
            comment(c, t, topic, "rep_review", "", rating=rt)
        if c["tier"] == "C" and r() < 0.06:
            comment(c, t_reg + D(days=U(20, 200)), "credit_low", "call_note", "tp_credit_approved")
    # app store reviews (general)
    t = START + D(days=3)
    while t < END:
        t = t + D(days=float(rng.exponential(2.6)))
        c = customers[int(r() * len(customers))]
        if c["_t_reg"] > t or c["primary_device"] == "pc":
            continue
        topic = pick(["app_good", "neutral", "vin_bad"], [0.47, 0.45, 0.08])
        rt = rating_for(topic)
        tp = pick(["tp_part_search", "tp_reorder", "tp_order"], [0.6, 0.2, 0.2]) if topic != "vin_bad" else "tp_part_search"
        comment(c, t, topic, "app_review", tp, rating=rt, dated=r() > 0.22,
                ctx=dict(device=c["primary_device"], app_version=app_version(c["primary_device"], t),
                         a=PARTS["brakes"][0]), lang="en" if r() < 0.08 else "zh")
    # a handful of low app-store ratings about out-of-stock quotes (small group)
    for k in range(7):
        c = customers[int(r() * len(customers))]
        t = max(c["_t_reg"], datetime(2025, 3, 1)) + D(days=U(5, 200))
        comment(c, min(t, END - D(days=3)), "quote_slow", "app_review", "tp_quote_request",
                rating=int(pick([1, 2], [0.7, 0.3])), ctx=dict(device=c["primary_device"]))

    write(out, customers, events, orders, feedback)


def write(out: Path, customers, events, orders, feedback) -> None:
    def dump(name, rows, cols=None):
        cols = cols or list(dict.fromkeys(k for row in rows for k in row if not k.startswith("_")))
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for row in rows:
                w.writerow({k: row.get(k, "") for k in cols})

    dump("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                              kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    dump("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k,
                           touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3], 1)])
    dump("customers", customers)
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    dump("events", events)
    dump("orders", orders)
    dump("feedback", feedback)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
