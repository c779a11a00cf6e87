"""电宝宝 ChargeBuddy: shared power-bank rentals in five Chinese cities, 2025-01-01 .. 2026-07-31 (synthetic).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (the generator's topic, sentiment and language per comment; not a
DATA.md table). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260731
START = datetime(2025, 1, 1)
END = datetime(2026, 7, 31, 23, 59, 59)
N_OLD, N_NEW = 750, 2050            # customers signed up in 2024 / during the data period
H = timedelta(hours=1)
MIN = timedelta(minutes=1)
FW_FROM, FW_TO = datetime(2026, 3, 9), datetime(2026, 4, 6)       # CB-24 firmware 3.2 bug (Mon 9 Mar .. Sun 5 Apr)
SH_PRICE = datetime(2025, 10, 1)                                   # Shanghai price rise (+1 yuan/h, cap +10)
CS_FROM, CS_TO = datetime(2026, 4, 1), datetime(2026, 7, 1)        # customer-service backlog (Q2 2026)
SPRING = [(datetime(2025, 1, 14), datetime(2025, 2, 23)), (datetime(2026, 2, 2), datetime(2026, 3, 14))]  # 春运
BAD_HOSPITAL = "GZ-H01"

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_nearby", "查找附近网点", "Find a nearby cabinet", "consideration", "mini_program", "digital", "product",
     "附近网点|找机柜|地图找充电宝|哪里能借|nearby|find cabinet|cabinet map|store locator"),
    ("tp_scan", "扫码租借", "Scan QR to rent", "purchase", "store", "physical", "product",
     "扫码|扫一扫|扫二维码|租借|借充电宝|scan|scan QR|QR code|rent"),
    ("tp_auth", "授权（免押/押金）", "Authorisation (deposit-free or deposit)", "purchase", "mini_program", "digital",
     "risk", "授权|免押|信用免押|芝麻信用|支付分|交押金|押金|authorise|authorization|deposit-free|credit|pay deposit"),
    ("tp_eject", "弹出充电宝", "Power bank ejected", "purchase", "store", "physical", "hardware",
     "弹出|出宝|借出|租借成功|开始计费|eject|ejected|rental start|pick up|picked up"),
    ("tp_eject_fail", "弹出失败", "Eject failure", "purchase", "store", "physical", "hardware",
     "弹不出|弹出失败|出不来|卡住|机柜故障|eject failure|eject failed|stuck|won't come out|cabinet fault"),
    ("tp_fault_report", "上报充电宝故障", "Faulty power bank reported", "service", "mini_program", "digital",
     "hardware", "报修|线坏了|充不进电|故障上报|fault report|broken cable|not charging|faulty power bank"),
    ("tp_return", "归还成功", "Power bank returned", "service", "store", "physical", "operations",
     "归还|还充电宝|还宝|结束租借|异地归还|return|returned|give back|end rental"),
    ("tp_return_fail", "归还失败（无空位）", "Return failed (no free slot)", "service", "store", "physical",
     "operations", "还不进去|没有空位|无空位|机柜满了|归还失败|can't return|no slot|cabinet full|return failed"),
    ("tp_buyout", "遗失买断", "Buy-out (lost / not returned)", "service", "mini_program", "digital", "finance",
     "买断|遗失|丢了|扣99|超时买断|buy-out|buyout|lost power bank|not returned"),
    ("tp_charged", "扣费完成", "Rental charged", "service", "mini_program", "digital", "finance",
     "扣费|计费|付款|账单|费用|charge|charged|billing|payment|bill"),
    ("tp_dispute", "费用申诉", "Charge dispute", "service", "phone", "digital", "customer_service",
     "申诉|投诉扣费|客服|多扣钱|charge dispute|dispute|complaint|overcharge claim|support"),
    ("tp_refund", "退款到账", "Refund issued", "service", "mini_program", "digital", "finance",
     "退款|退钱|退款到账|refund|refunded|money back"),
    ("tp_deposit_withdraw", "申请提现押金", "Deposit withdrawal request", "loyalty", "mini_program", "digital",
     "finance", "退押金|提现押金|押金提现|deposit withdrawal|withdraw deposit|deposit refund request"),
    ("tp_deposit_back", "押金到账", "Deposit returned", "loyalty", "mini_program", "digital", "finance",
     "押金到账|押金退回|deposit returned|deposit back|deposit received"),
]
JOURNEYS = [
    ("rental", "租借流程", "Rental", 7, ["tp_scan", "tp_auth", "tp_eject", "tp_return", "tp_charged"]),
    ("dispute_refund", "费用申诉退款", "Charge dispute to refund", 14, ["tp_dispute", "tp_refund"]),
    ("deposit_withdraw", "押金提现", "Deposit withdrawal", 7, ["tp_deposit_withdraw", "tp_deposit_back"]),
]
# zh, en, code, share, region, districts
CITIES = [
    ("上海", "Shanghai", "SH", 0.30, "华东", ["徐汇区", "静安区", "浦东新区", "黄浦区"]),
    ("北京", "Beijing", "BJ", 0.25, "华北", ["朝阳区", "海淀区", "东城区", "丰台区"]),
    ("广州", "Guangzhou", "GZ", 0.18, "华南", ["天河区", "越秀区", "海珠区", "番禺区"]),
    ("成都", "Chengdu", "CD", 0.15, "西南", ["锦江区", "武侯区", "高新区", "青羊区"]),
    ("西安", "Xi'an", "XA", 0.12, "西北", ["雁塔区", "碑林区", "未央区", "新城区"]),
]
# en, zh, code, venues per city, choice weight, median rental hours, buy-out prob, price/h, daily cap
VENUES = [
    ("mall", "商场", "M", 8, 0.33, 1.8, 0.008, 3, 30),
    ("restaurant", "餐厅", "R", 8, 0.25, 1.0, 0.006, 2, 20),
    ("ktv", "KTV", "K", 5, 0.15, 2.6, 0.050, 4, 30),
    ("hospital", "医院", "H", 4, 0.12, 4.5, 0.008, 4, 30),
    ("station", "车站", "S", 3, 0.15, 6.5, 0.025, 4, 30),
]
VNAMES = {"mall": ["星河广场", "环球港", "万象汇", "天悦城", "中心广场", "来福汇", "新天地购物中心", "时代广场"],
          "restaurant": ["老灶火锅", "湘味小馆", "一品粥铺", "川香阁", "海鲜酒家", "面馆", "烤肉工坊", "茶餐厅"],
          "ktv": ["纯K", "星聚会KTV", "麦霸KTV", "欢唱KTV", "好乐迪"],
          "hospital": ["市第一人民医院", "中心医院", "妇幼保健院", "中医院"],
          "station": ["火车站", "高铁站", "地铁换乘站"]}
MONTH_F = {1: 0.90, 2: 0.85, 3: 0.95, 4: 1.0, 5: 1.05, 6: 1.10, 7: 1.40, 8: 1.15, 9: 1.0, 10: 1.05, 11: 0.95, 12: 0.95}
HOURS = {"mall": [11, 13, 14, 15, 16, 17, 19, 20], "restaurant": [11, 12, 12, 13, 18, 18, 19, 20],
         "ktv": [19, 20, 21, 21, 22, 22, 23, 0, 1], "hospital": [7, 8, 8, 9, 9, 10, 13, 14, 15],
         "station": [6, 7, 8, 9, 12, 15, 17, 18, 19, 21]}
CHANNELS = [("venue_qr", 0.55), ("alipay_search", 0.15), ("wechat_share", 0.12), ("douyin_ads", 0.10),
            ("app_store", 0.08)]
BANDS = ["750+", "650-749", "550-649", "<550", "none"]
BAND_P = {"alipay": [0.22, 0.38, 0.28, 0.12, 0.0], "wechat": [0.12, 0.22, 0.20, 0.10, 0.36]}
AUTH_ZH = {"credit_free": "免押", "deposit": "押金", "deposit_balance": "押金余额"}
TIER_ZH = {"basic": "普通会员", "silver": "银卡会员", "gold": "金卡会员"}
PAY_ZH = {"alipay": "支付宝", "wechat": "微信支付"}
MODE_ZH = {"same_venue": "原地归还", "other_venue": "异地归还"}

TEXT = {
    "cannot_return": (
        ["{v}的机柜满了，一个空位都没有，还不进去", "还充电宝找不到空位，又跑了一家，多扣了我一个小时的钱",
         "医院门口那个柜子永远是满的，根本还不了", "机柜显示满仓，只能拿着充电宝到处找地方还",
         "想还没地方还，急着去看病还得到处找柜子", "归还失败，提示无空位，计费还在继续走"],
        ["The cabinet at {v} was full, no free slot to return the power bank",
         "Couldn't return it, every slot taken, had to walk to another place and got charged extra",
         "Return failed: cabinet full. Billing kept running while I looked for another one"]),
    "overcharge": (
        ["明明一个小时就还了，扣了我三个小时的钱", "计费不对，归还时间和扣费时间对不上", "扣费太离谱了，还了之后还在计费",
         "账单金额和计费规则不一致，要求退差价", "封顶说好三十，结果扣了四十"],
        ["Charged for 3 hours but I returned it within one", "The bill doesn't match the return time, I was overcharged",
         "Billing continued after I returned the power bank"]),
    "price_high": (
        ["涨价了？现在一小时四块，太贵了", "充电宝越来越贵，一小时的钱够买根数据线了", "价格太高了，以后不借了",
         "上海这边一小时4元还封顶40，贵得离谱"],
        ["Way too expensive now, the hourly price went up again", "4 yuan an hour for a power bank is a rip-off",
         "Price hike is ridiculous, I'll carry my own charger"]),
    "buyout": (
        ["我明明还了，系统说没归还，直接扣了99买断", "被扣了99元买断费，可我已经还到别的店了", "借了忘了还，扣99也太狠了吧，能不能退",
         "充电宝还了但是订单一直没结束，最后变成买断"],
        ["I returned it but was charged the 99 yuan buy-out fee", "Got billed 99 for a 'lost' power bank that I returned",
         "The order never closed after I returned it and turned into a buy-out"]),
    "eject_fail": (
        ["扫码后充电宝弹不出来，试了三次", "授权成功了但是没弹出，白等半天", "机柜卡住了，充电宝出不来", "弹出失败，手机快没电了急死了"],
        ["Scanned the code and nothing came out", "Authorised but the power bank never ejected",
         "The cabinet jammed, the power bank was stuck"]),
    "cable": (
        ["充电宝的线坏了，苹果线插上没反应", "数据线接口松了，充一会断一会", "Type-C线断了，根本充不了", "线头是坏的，白借了"],
        ["The lightning cable is broken, phone won't charge", "Cable is frayed and keeps disconnecting",
         "USB-C cable on the power bank doesn't work"]),
    "low_battery": (
        ["借出来的充电宝只有一半电", "充电宝电量太低了，充不满手机", "餐厅里借的充电宝才三十多电，没用",
         "刚借的就快没电了，还要收钱"],
        ["The power bank I got was only half charged", "Power bank was almost empty when it came out",
         "Battery on the rental was too low to be useful"]),
    "refund_slow": (
        ["申诉通过好几天了退款还没到账", "说好退款，等了一个星期都没有", "退款太慢了，客服只会说在处理", "退款流程拖拖拉拉"],
        ["My refund was approved days ago and still hasn't arrived", "Waiting over a week for the refund",
         "Refund is taking forever, support just says 'processing'"]),
    "deposit": (
        ["押金提现好几天了还没到账", "退押金太慢了，99块压着不给", "押金提现一直显示处理中", "申请退押金三天了还没到"],
        ["Withdrew my deposit days ago and it's still not back", "Deposit refund stuck at 'processing'",
         "Still waiting for my 99 yuan deposit"]),
    "deposit_required": (
        ["我芝麻分不够，还要交99押金，不想借了", "为什么要押金？别家都免押", "支付分没开通就得交押金，太麻烦",
         "免押失败了，只能交押金"],
        ["Why do I need to pay a deposit? Other brands are deposit-free", "Deposit-free didn't work, had to pay 99 upfront",
         "Asked for a deposit because my credit score is low, gave up"]),
    "praise": (
        ["很方便，扫码就能借，随便还", "救急神器，手机没电的时候太需要了", "免押金很方便，体验不错", "异地归还很方便，好评",
         "充电速度快，价格也可以接受"],
        ["Super convenient, scan and go, return anywhere", "Saved me when my phone died, great service",
         "Deposit-free rental is smooth, nice experience"]),
    "suggestion": (
        ["希望医院能多放几个机柜", "建议多加一些网点，地铁站附近找不到", "能不能出个月卡", "希望小程序能显示空位数量"],
        ["Please add more cabinets near the metro", "Would be nice to see free slots in the app before walking there",
         "A monthly pass would be great"]),
}
TOPIC_TP = {"cannot_return": "tp_return_fail", "overcharge": "tp_charged", "price_high": "tp_scan",
            "buyout": "tp_buyout", "eject_fail": "tp_eject_fail", "cable": "tp_fault_report", "low_battery": "tp_eject",
            "refund_slow": "tp_refund", "deposit": "tp_deposit_back", "deposit_required": "tp_auth",
            "praise": "tp_return", "suggestion": "tp_nearby"}
SENT = {"praise": "positive", "suggestion": "neutral"}


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    U = rng.random

    def pick(pairs):
        r, acc = U(), 0.0
        for v, p in pairs:
            acc += p
            if r < acc:
                return v
        return pairs[-1][0]

    def logn(median, sigma):
        return median * math.exp(sigma * rng.standard_normal())

    # ---- venues / cabinets
    venues = {}      # (city_en, type) -> list of venue dicts
    for czh, cen, code, _, _, dists in CITIES:
        for ven, vzh, vcode, n, *_ in VENUES:
            lst = []
            for i in range(n):
                if ven == "mall":
                    model = "CB-24" if i < 5 else "CB-12"
                elif ven == "station":
                    model = "CB-24"
                elif ven == "restaurant":
                    model = "CB-6"
                elif ven == "ktv":
                    model = "CB-12" if i < 3 else "CB-6"
                else:
                    model = "CB-12"
                vid = f"{code}-{vcode}{i + 1:02d}"
                lst.append(dict(venue_id=vid, venue_type=ven, vzh=vzh, city=cen, czh=czh, model=model,
                                cabinet_id=f"{vid}-A", name=f"{czh}{VNAMES[ven][i % len(VNAMES[ven])]}",
                                district=dists[i % 4]))
            venues[(cen, ven)] = lst

    customers, events, orders, feedback, truth = [], [], [], [], []
    ids = {"e": 0, "o": 0, "f": 0, "r": 0, "t": 0}

    def nid(k, prefix, width):
        ids[k] += 1
        return f"{prefix}{ids[k]:0{width}d}"

    def ev(c, t, tp, action, v=None, session=None, rental=None, **kw):
        if t > END:
            return
        row = dict(event_id=nid("e", "E", 7), customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp,
                   session_id=session or "", action=action, device=c["phone_os"], channel=c["channel"],
                   rental_id=rental or "")
        if v is not None:
            row.update(city=v["city"], 城市=v["czh"], venue_id=v["venue_id"], venue_type=v["venue_type"],
                       场所类型=v["vzh"], cabinet_id=v["cabinet_id"], cabinet_model=v["model"])
        row.update(kw)
        events.append(row)

    def fb(c, t, topic, channel, rating=None, v=None, order_id="", lang=None, force_no_ts=False):
        if t is not None and t > END:
            return
        lang = lang or c["language"]
        zh, en = TEXT[topic]
        txt = (en if lang == "en" else zh)[int(U() * len(en if lang == "en" else zh))]
        txt = txt.replace("{v}", (v["name"] if lang == "zh" else v["venue_id"]) if v else ("那边" if lang == "zh" else "the venue"))
        fid = nid("f", "FB", 5)
        row = dict(feedback_id=fid, text=txt, ts="" if (t is None or force_no_ts) else fmt(t),
                   customer_id=c["customer_id"], touchpoint_id=TOPIC_TP[topic], channel=channel,
                   rating="" if rating is None else rating, order_id=order_id)
        if v is not None:
            row.update(city=v["city"], 城市=v["czh"], venue_type=v["venue_type"], 场所类型=v["vzh"])
        else:
            row.update(city=c["city"], 城市=c["czh"], venue_type="", 场所类型="")
        feedback.append(row)
        truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT.get(topic, "negative"), language=lang))

    # ---- customers
    months_new = []
    t = START
    while t < END:
        months_new.append(t)
        t = datetime(t.year + (t.month == 12), t.month % 12 + 1, 1)
    mw = np.array([1.03 ** i * MONTH_F[m.month] for i, m in enumerate(months_new)])
    mw /= mw.sum()
    for i in range(N_OLD + N_NEW):
        city = pick([(c, c[3]) for c in CITIES])
        if i < N_OLD:
            signup = datetime(2024, 1, 1) + timedelta(seconds=int(U() * 365 * 86400))
        else:
            m0 = months_new[int(rng.choice(len(months_new), p=mw))]
            nxt = datetime(m0.year + (m0.month == 12), m0.month % 12 + 1, 1)
            signup = m0 + timedelta(seconds=int(U() * (min(nxt, END) - m0).total_seconds()))
        pay = "alipay" if U() < 0.62 else "wechat"
        band = BANDS[int(rng.choice(5, p=BAND_P[pay]))]
        en_p = 0.10 if city[1] in ("Shanghai", "Beijing") else 0.03
        c = dict(customer_id=f"C{i + 1:05d}", signup=signup, city=city[1], czh=city[0], region=city[4],
                 acquisition_channel=pick(CHANNELS), payment_app=pay, credit_band=band,
                 age_group=pick([("18-24", 0.28), ("25-34", 0.38), ("35-44", 0.20), ("45+", 0.14)]),
                 phone_os="ios" if U() < 0.44 else "android", language="en" if U() < en_p else "zh",
                 channel="app" if U() < 0.12 else "mini_program",
                 rate=min(6.0, max(0.05, logn(0.55, 0.85))),          # rental attempts per month
                 life=rng.exponential(420.0) + 20,                       # active days
                 balance=False, ejects=[], n_att=0)
        c["weights"] = np.array([v[4] for v in VENUES]) * np.exp(0.5 * rng.standard_normal(5))
        customers.append(c)
        simulate(c, rng, U, pick, logn, venues, ev, fb, orders, nid)

    # ---- customer snapshot attributes
    out_c = []
    for c in customers:
        last12 = [t for t in c["ejects"] if t >= END - timedelta(days=365)]
        tier = "gold" if len(last12) >= 14 else "silver" if len(last12) >= 6 else "basic"
        last = max(c["ejects"]) if c["ejects"] else None
        if c["signup"] >= datetime(2026, 6, 1):
            seg = "new"
        elif tier == "gold":
            seg = "vip"
        elif last is not None and last < datetime(2026, 4, 1) and len(c["ejects"]) >= 2:
            seg = "at_risk"
        else:
            seg = "returning"
        out_c.append({"customer_id": c["customer_id"], "signup_at": fmt(c["signup"]), "segment": seg,
                      "region": c["region"], "acquisition_channel": c["acquisition_channel"], "tier": tier,
                      "会员等级": TIER_ZH[tier], "city": c["city"], "城市": c["czh"], "payment_app": c["payment_app"],
                      "支付方式": PAY_ZH[c["payment_app"]], "credit_band": c["credit_band"],
                      "age_group": c["age_group"], "phone_os": c["phone_os"], "language": c["language"]})

    # ---- app reviews (not tied to a rental; some without a date)
    for _ in range(260):
        c = customers[int(U() * len(customers))]
        t = c["signup"] + timedelta(days=float(U() * 200))
        if t < START:
            t = START + timedelta(days=float(U() * 570))
        if t > END:
            continue
        topic = pick([("praise", 0.38), ("deposit_required", 0.16), ("overcharge", 0.10), ("cannot_return", 0.10),
                      ("price_high", 0.08), ("eject_fail", 0.08), ("suggestion", 0.10)])
        rating = {"praise": 5 if U() < 0.7 else 4, "suggestion": 3 if U() < 0.6 else 4}.get(topic, 1 if U() < 0.6 else 2)
        fb(c, t, topic, "app_review", rating=rating, lang="en" if U() < 0.22 else c["language"],
           force_no_ts=U() < 0.14)

    write(out, out_c, events, orders, feedback, truth)


def season(t, c, ven_w):
    f = MONTH_F[t.month]
    if c["city"] == "Shanghai" and t >= SH_PRICE:
        f *= 0.78
    spring = any(a <= t < b for a, b in SPRING)
    w = ven_w.copy()
    if spring:
        w[4] *= 3.0
        f *= 1.15
    return f, w / w.sum()


def simulate(c, rng, U, pick, logn, venues, ev, fb, orders, nid):
    t0 = max(c["signup"], START)
    t_end = min(END, c["signup"] + timedelta(days=c["life"]))
    if t0 >= t_end:
        return
    lam_max = c["rate"] * 1.6 / 30.0       # per day, for thinning
    t = t0
    first = c["signup"] >= START
    while True:
        if first:
            first = False
        else:
            t = t + timedelta(days=float(rng.exponential(1.0 / lam_max)))
        if t >= t_end:
            break
        f, w = season(t, c, c["weights"])
        if U() > f / 1.6:
            continue
        k = int(rng.choice(5, p=w))
        ven = VENUES[k]
        v = venues[(c["city"], ven[0])][int(U() * len(venues[(c["city"], ven[0])]))]
        hr = HOURS[ven[0]][int(U() * len(HOURS[ven[0]]))]
        ts = datetime(t.year, t.month, t.day, hr) + timedelta(seconds=int(U() * 3600))
        if ts < START or ts > END:
            continue
        rental(c, ts, v, ven, rng, U, pick, logn, venues, ev, fb, orders, nid, retry=False)
        c["last_t"] = max(c.get("last_t", ts), ts + timedelta(hours=6))
    if "last_t" in c:
        withdraw(c, rng, U, ev, fb, churned=t_end < END)


def eject_fail_p(v, ts):
    if v["model"] == "CB-24":
        return 0.18 if FW_FROM <= ts < FW_TO else 0.018
    return 0.03 if v["model"] == "CB-6" else 0.022


def rental(c, ts, v, ven, rng, U, pick, logn, venues, ev, fb, orders, nid, retry):
    ven_t, vzh, _, _, _, med_h, buy_p, price, cap = ven
    rid = nid("r", "R", 6)
    c["n_att"] += 1
    if not retry and U() < 0.25:
        ev(c, ts - timedelta(minutes=float(2 + U() * 20)), "tp_nearby", "view", v=None, session=rid)
    ev(c, ts, "tp_scan", "scan", v, rid, rid)
    # authorisation
    t = ts + timedelta(seconds=int(10 + U() * 40))
    eligible = c["credit_band"] in ("750+", "650-749", "550-649")
    if eligible:
        if U() < 0.03:
            return
        ev(c, t, "tp_auth", "success", v, rid, rid, auth_method="credit_free", 授权方式=AUTH_ZH["credit_free"])
        method = "credit_free"
    elif c["balance"]:
        ev(c, t, "tp_auth", "success", v, rid, rid, auth_method="deposit_balance", 授权方式=AUTH_ZH["deposit_balance"])
        method = "deposit_balance"
    else:
        if U() > 0.5:
            if U() < 0.03:
                fb(c, t + timedelta(minutes=5), "deposit_required", "app_review", rating=1, v=v)
            return
        t += timedelta(seconds=int(20 + U() * 60))
        ev(c, t, "tp_auth", "success", v, rid, rid, auth_method="deposit", 授权方式=AUTH_ZH["deposit"], deposit_amount=99)
        c["balance"] = True
        method = "deposit"
    # eject
    t += timedelta(seconds=int(3 + U() * 10))
    if U() < eject_fail_p(v, ts):
        fw = v["model"] == "CB-24" and FW_FROM <= ts < FW_TO
        code = pick([("E12", 0.8), ("E11", 0.1), ("E13", 0.1)] if fw else [("E11", 0.45), ("E12", 0.30), ("E13", 0.25)])
        ev(c, t, "tp_eject_fail", "fail", v, rid, rid, error_code=code)
        if U() < 0.10:
            fb(c, t + timedelta(minutes=int(5 + U() * 120)), "eject_fail", "ticket" if U() < 0.7 else "call_note", v=v)
        if not retry and U() < 0.55:
            rental(c, t + timedelta(seconds=int(60 + U() * 180)), v, ven, rng, U, pick, logn, venues, ev, fb, orders,
                   nid, retry=True)
        return
    batt = int(min(100, max(12, rng.normal(60, 17) if v["model"] == "CB-6" else rng.normal(88, 7))))
    ev(c, t, "tp_eject", "success", v, rid, rid, battery_pct=batt)
    c["ejects"].append(t)
    eject_t = t
    if c["city"] == "Shanghai" and eject_t >= SH_PRICE:
        price, cap = price + 1, cap + 10
    # fault report -> quick free return
    fault = None
    if U() < 0.025 or (batt < 35 and U() < 0.12):
        fault = "low_battery" if batt < 35 else pick([("cable_broken", 0.6), ("not_charging", 0.4)])
        cable = pick([("lightning", 0.5), ("usb_c", 0.35), ("micro_usb", 0.15)]) if fault == "cable_broken" else ""
        ev(c, t + timedelta(minutes=int(2 + U() * 10)), "tp_fault_report", "submit", v, rid, rid, fault_type=fault,
           cable_type=cable)
        dur_h = (4 + U() * 14) / 60 + 1 / 60
        fb_topic = "cable" if fault != "low_battery" else "low_battery"
        if U() < 0.30:
            fb(c, eject_t + timedelta(hours=dur_h + 0.2), fb_topic, "survey", rating=int(1 + U() * 2), v=v)
    elif batt < 50 and v["venue_type"] == "restaurant" and U() < 0.04:
        fb(c, eject_t + timedelta(hours=2), "low_battery", "survey", rating=2 + int(U() * 2), v=v)
    # buy-out
    if fault is None and U() < buy_p:
        tb = eject_t + timedelta(hours=120, minutes=int(U() * 30))
        ev(c, tb, "tp_buyout", "charge", v, rid, rid)
        ev(c, tb + timedelta(seconds=5), "tp_charged", "success", v, rid, rid)
        if tb > END:
            return
        oid = order(c, tb, 99.0, "buyout", v, rid, 120.0, price, cap, method, orders, nid)
        if U() < 0.40:
            dispute(c, tb, "buyout_fee", oid, v, rid, rng, U, ev, fb, orders)
        return
    # use and return
    dur_h = dur_h if fault else logn(med_h, 0.8)
    dur_h = min(dur_h, 100.0)
    tr = eject_t + timedelta(hours=dur_h)
    if U() < (0.35 if ven_t == "station" else 0.75):
        rv, mode = v, "same_venue"
    else:
        rt = pick([("mall", 0.40), ("restaurant", 0.18), ("ktv", 0.12), ("hospital", 0.12), ("station", 0.18)])
        pool = venues[(c["city"], rt)]
        rv, mode = pool[int(U() * len(pool))], "other_venue"
    failed = False
    if fault is None:
        p_full = 0.40 if rv["venue_id"] == BAD_HOSPITAL else 0.20 if rv["venue_type"] == "hospital" else \
            0.06 if rv["venue_type"] == "station" else 0.035
        if U() < p_full:
            failed = True
            ev(c, tr, "tp_return_fail", "fail", rv, rid, rid)
            extra = timedelta(minutes=int(15 + U() * 70))
            pool = [x for lst in (venues[(c["city"], "mall")], venues[(c["city"], "restaurant")]) for x in lst]
            rv, mode = pool[int(U() * len(pool))], "other_venue"
            tr = tr + extra
            dur_h += extra.total_seconds() / 3600
            if U() < 0.13:
                fb(c, tr + timedelta(minutes=30), "cannot_return", "survey", rating=1 + int(U() * 2), v=v)
    ev(c, tr, "tp_return", "success", rv, rid, rid, return_mode=mode, 归还方式=MODE_ZH[mode],
       rental_minutes=int(round(dur_h * 60)))
    tc = tr + timedelta(seconds=int(5 + U() * 20))
    ev(c, tc, "tp_charged", "success", v, rid, rid)
    if tc > END:
        return
    if fault or dur_h < 5 / 60:
        amount = 0.0
    else:
        billed = math.ceil(dur_h)
        days, rem = divmod(billed, 24)
        amount = float(min(99, days * cap + min(rem * price, cap)))
    oid = order(c, tc, amount, "rental", v, rid, dur_h, price, cap, method, orders, nid)
    if amount == 0:
        return
    if failed:
        p, reason = 0.35, "no_slot_extra_charge"
    elif amount >= cap:
        p, reason = 0.04, "overcharge"
    else:
        p, reason = 0.006, "overcharge"
    if U() < p:
        dispute(c, tc, reason, oid, v, rid, rng, U, ev, fb, orders)
    elif not failed and not fault:
        r = U()
        if c["city"] == "Shanghai" and tc >= SH_PRICE and amount >= 8 and r < 0.05:
            fb(c, tc + timedelta(minutes=int(3 + U() * 60)), "price_high", "survey", rating=1 + int(U() * 2), v=v,
               order_id=oid)
        elif r < 0.035:
            topic = "praise" if U() < 0.8 else "suggestion"
            rating = (5 if U() < 0.65 else 4) if topic == "praise" else 3
            fb(c, tc + timedelta(minutes=int(3 + U() * 60)), topic, "survey", rating=rating, v=v, order_id=oid)


def order(c, t, amount, kind, v, rid, dur_h, price, cap, method, orders, nid):
    oid = nid("o", "O", 6)
    orders.append(dict(order_id=oid, customer_id=c["customer_id"], ts=fmt(t), amount=f"{amount:.2f}",
                       status="paid" if amount > 0 else "cancelled", channel=c["channel"], device=c["phone_os"],
                       order_type=kind, rental_id=rid, city=v["city"], 城市=v["czh"], venue_id=v["venue_id"],
                       venue_type=v["venue_type"], 场所类型=v["vzh"], hours_billed=math.ceil(dur_h) if amount else 0,
                       price_per_hour=price, daily_cap=cap, auth_method=method, payment_app=c["payment_app"],
                       refunded_at=""))
    return oid


def dispute(c, t, reason, oid, v, rid, rng, U, ev, fb, orders):
    td = t + timedelta(hours=float(rng.exponential(18.0)) + 0.2)
    if td > END:
        return
    tid = "T" + rid[1:]
    ev(c, td, "tp_dispute", "submit", v, tid, rid, dispute_reason=reason)
    topic = {"buyout_fee": "buyout", "no_slot_extra_charge": "cannot_return", "overcharge": "overcharge"}[reason]
    if U() < 0.5:
        fb(c, td + timedelta(minutes=int(1 + U() * 30)), topic, "ticket" if U() < 0.75 else "call_note", v=v,
           order_id=oid)
    accept = {"buyout_fee": 0.5, "no_slot_extra_charge": 0.8, "overcharge": 0.6}[reason]
    if U() > accept:
        return
    med = 80.0 if CS_FROM <= td < CS_TO else 26.0
    tf = td + timedelta(hours=med * math.exp(0.6 * rng.standard_normal()))
    if tf > END:
        return
    ev(c, tf, "tp_refund", "success", v, tid, rid, dispute_reason=reason)
    o = orders[-1] if orders[-1]["order_id"] == oid else next(x for x in orders if x["order_id"] == oid)
    o["status"], o["refunded_at"] = "refunded", fmt(tf)
    if (tf - td) > timedelta(hours=72) and U() < 0.45:
        fb(c, tf - timedelta(hours=float(U() * 24)), "refund_slow", "ticket", v=v, order_id=oid)


def withdraw(c, rng, U, ev, fb, churned):
    """deposit holders may ask for their 99 yuan back after their last rental."""
    if not c["balance"] or U() > (0.75 if churned else 0.08):
        return
    tw = c["last_t"] + timedelta(days=float(0.3 + U() * 20))
    if tw > END:
        return
    wid = "W" + c["customer_id"][1:]
    ev(c, tw, "tp_deposit_withdraw", "submit", session=wid, deposit_amount=99)
    if U() < 0.03:
        hours = 24 * (8 + U() * 7)
    elif c["payment_app"] == "wechat":
        hours = 20.0 * math.exp(0.7 * rng.standard_normal())
    else:
        hours = 0.5 * math.exp(1.0 * rng.standard_normal())
    tb = tw + timedelta(hours=hours)
    ev(c, tb, "tp_deposit_back", "success", session=wid, deposit_amount=99)
    if (hours > 48 and U() < 0.5) or (hours > 24 * 7 and U() < 0.4):
        fb(c, tw + timedelta(hours=min(hours, 24 * 7) - 1), "deposit", "ticket" if U() < 0.7 else "call_note")
    c["balance"] = False


def write(out, customers, events, orders, feedback, truth):
    def dump(name, rows, cols):
        with open(out / name, "w", newline="", encoding="utf-8") as fh:
            wr = csv.DictWriter(fh, fieldnames=cols, extrasaction="raise")
            wr.writeheader()
            for r in rows:
                wr.writerow(r)

    with open(out / "touchpoints.csv", "w", newline="", encoding="utf-8") as fh:
        wr = csv.writer(fh)
        wr.writerow(["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
        for tp, zh, en, stage, ch, kind, owner, al in TOUCHPOINTS:
            wr.writerow([tp, zh, zh, en, stage, ch, kind, owner, al])
    with open(out / "journeys.csv", "w", newline="", encoding="utf-8") as fh:
        wr = csv.writer(fh)
        wr.writerow(["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
                     "window_days"])
        for jid, zh, en, win, steps in JOURNEYS:
            for k, tp in enumerate(steps, 1):
                wr.writerow([jid, zh, zh, en, k, tp, win])
    dump("customers.csv", customers, list(customers[0]))
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
             "rental_id", "city", "城市", "venue_id", "venue_type", "场所类型", "cabinet_id", "cabinet_model",
             "auth_method", "授权方式", "deposit_amount", "error_code", "battery_pct", "fault_type", "cable_type",
             "return_mode", "归还方式", "rental_minutes", "dispute_reason"]
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    dump("events.csv", events, ecols)
    dump("orders.csv", sorted(orders, key=lambda r: r["ts"]), list(orders[0]))
    fcols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "city", "城市",
             "venue_type", "场所类型", "order_id"]
    dump("feedback.csv", feedback, fcols)
    dump("_truth/feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment", "language"])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
