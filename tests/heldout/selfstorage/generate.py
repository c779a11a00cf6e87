"""Generate the 存易 StoreEasy (self-storage / mini-warehouse) held-out dataset.

    python generate.py OUTDIR

Writes a DATA.md folder (touchpoints, customers, events, journeys, orders, feedback as CSV) plus
OUTDIR/_truth/feedback_truth.csv (the generator's topic, sentiment and language of each comment; not a DATA.md
table, used only by gold.py to check its text markers). Fixed seed, numpy + csv only, deterministic, ~2 s.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

RNG = np.random.default_rng(20260731)
START = datetime(2025, 1, 1)
END = datetime(2026, 7, 31, 23, 59, 59)
FMT = "%Y-%m-%d %H:%M:%S"
N_LEADS = 4600

# ---------------------------------------------------------------- reference data
CITIES = {"上海": "Shanghai", "北京": "Beijing", "深圳": "Shenzhen", "广州": "Guangzhou"}
CITY_W = {"上海": 0.32, "北京": 0.26, "深圳": 0.24, "广州": 0.18}
CITY_PRICE = {"上海": 1.25, "北京": 1.20, "深圳": 1.10, "广州": 0.90}
EN_SHARE = {"上海": 0.14, "北京": 0.06, "深圳": 0.10, "广州": 0.03}
# code: zh, en, city, weight within city, tour show-up rate, deposit refund days (lo, hi)
SITES = {
    "SH1": ("浦东张江店", "Pudong Zhangjiang", "上海", 0.55, 0.86, (1, 6)),
    "SH2": ("徐汇漕河泾店", "Xuhui Caohejing", "上海", 0.45, 0.88, (1, 6)),
    "BJ1": ("朝阳望京店", "Chaoyang Wangjing", "北京", 0.55, 0.85, (9, 24)),
    "BJ2": ("海淀上地店", "Haidian Shangdi", "北京", 0.45, 0.84, (9, 24)),
    "SZ1": ("南山科技园店", "Nanshan Science Park", "深圳", 0.55, 0.87, (1, 6)),
    "SZ2": ("龙岗坂田店", "Longgang Bantian", "深圳", 0.45, 0.50, (1, 6)),
    "GZ1": ("天河珠江新城店", "Tianhe Zhujiang New Town", "广州", 0.45, 0.86, (1, 6)),
    "GZ2": ("白云机场路店", "Baiyun Airport Road", "广州", 0.55, 0.85, (1, 6)),
}
MOULD_SITE = "GZ2"      # humid units: mould tickets and early move-outs in the 2026 回南天 (Feb-Apr)
STAFF_SITE = "SH2"      # staff help with moving: best ratings
SIZES = {"S": 380, "M": 680, "L": 1180, "XL": 1880}          # monthly rent CNY before city multiplier
SIZE_P = {"personal": [0.36, 0.40, 0.19, 0.05], "business": [0.05, 0.17, 0.36, 0.42]}
REASONS = {  # en: zh, segment, share within segment, stay months (lo, hi), access visits / month
    "moving": ("搬家过渡", "personal", 0.38, (1, 4), 0.9),
    "renovation": ("装修暂存", "personal", 0.30, (2, 6), 1.1),
    "declutter": ("闲置收纳", "personal", 0.32, (3, 12), 0.6),
    "ecommerce_stock": ("电商囤货", "business", 0.70, (6, 22), 5.0),
    "documents": ("档案资料", "business", 0.30, (10, 24), 0.5),
}
CHANNELS = {"baidu_search": "百度搜索", "xiaohongshu": "小红书", "referral": "老客推荐", "walk_in": "到店咨询"}
SIGN_P = {"baidu_search": 0.55, "xiaohongshu": 0.30, "referral": 0.76, "walk_in": 0.64}
QUOTE_P = {"baidu_search": 0.82, "xiaohongshu": 0.78, "referral": 0.86, "walk_in": 1.0}
BOOK_P = {"baidu_search": 0.62, "xiaohongshu": 0.44, "referral": 0.74, "walk_in": 1.0}
BUG_FROM = datetime(2026, 3, 16)   # Android app 4.2.0: gate unlock fails
FIX_FROM = datetime(2026, 5, 18)   # Android app 4.2.2 fixes it

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_inquiry", "咨询", "Inquiry", "awareness", "web", "digital", "marketing",
     "线索|留资|询价|咨询留言|inquiry|enquiry|lead"),
    ("tp_quote", "在线报价", "Online quote", "consideration", "web", "digital", "sales",
     "报价|估价|算价格|quote|price quote|online quote"),
    ("tp_tour_booked", "预约看仓", "Site tour booked", "consideration", "app", "digital", "sales",
     "预约参观|约看仓|booked tour|tour booking|site visit booked"),
    ("tp_tour_visited", "到店看仓", "Site tour visited", "consideration", "store", "physical", "store_ops",
     "看仓|实地看仓|到店参观|tour|site tour|visited the site|showing"),
    ("tp_contract_signed", "签约付押金", "Contract signed & deposit paid", "purchase", "store", "physical", "sales",
     "签约|签合同|付押金|成交|contract|signed|deposit paid|sign-up"),
    ("tp_move_in", "搬入", "Move-in", "service", "store", "physical", "store_ops",
     "入仓|搬进|入住|move in|move-in day"),
    ("tp_rent_paid", "缴纳月租", "Monthly rent paid", "service", "app", "digital", "finance",
     "交租|月租|租金|付租金|rent payment|monthly rent|rent paid"),
    ("tp_access", "进仓", "Unit access visit", "service", "app", "physical", "store_ops",
     "门禁|开门|进出仓库|取货|存取|gate|access|gate entry|unit visit"),
    ("tp_moveout_notice", "退租申请", "Move-out notice", "loyalty", "app", "digital", "store_ops",
     "退租通知|提出退租|不租了|move-out notice|notice to vacate|cancellation notice"),
    ("tp_move_out", "搬出", "Move-out", "loyalty", "store", "physical", "store_ops",
     "清仓搬走|退仓|move out|vacate|move-out day"),
    ("tp_deposit_refund", "押金退还", "Deposit refund", "loyalty", "other", "digital", "finance",
     "退押金|押金退款|退还押金|deposit refund|deposit returned|refund"),
]
JOURNEYS = [
    ("rental", "租仓流程", "Rental", 30, ["tp_inquiry", "tp_quote", "tp_tour_booked", "tp_tour_visited",
                                          "tp_contract_signed", "tp_move_in"]),
    ("moveout", "退租流程", "Move-out", 60, ["tp_moveout_notice", "tp_move_out", "tp_deposit_refund"]),
]

# ---------------------------------------------------------------- texts (zh, en) per topic
T = {
    "humid": (["仓库里太潮了，纸箱都软了", "回南天仓里返潮，沙发发霉了", "东西放了两个月全是霉味，除湿根本不行",
               "墙角有水珠，受潮严重，衣服都发霉了", "单元里很潮湿，能不能加除湿机", "书和相册都受潮发霉了，心疼"],
              ["The unit is so damp my cardboard boxes went soft.", "Found mould on my sofa after the humid spell.",
               "Everything smells musty, the dehumidifier clearly isn't working.",
               "Condensation on the walls, my clothes got mold on them.", "Way too humid inside the unit, please add dehumidifiers."]),
    "gate_fail": (["App开门一直失败，在门口站了十分钟", "更新后App开不了门，只能打电话让人远程开", "门禁扫码没反应，升级以后就这样",
                   "安卓手机开不了门禁，太耽误事了", "点了开门按钮没反应，进不去仓库"],
                  ["The app won't open the gate since the update.", "Stuck at the gate again, unlock keeps failing on my Android.",
                   "The unlock button does nothing after updating.", "Gate access via the app fails every time, had to call staff."]),
    "refund_slow": (["押金退了半个月还没到账", "搬走两周了押金还没退，催了好几次", "退押金太慢了，流程拖拖拉拉",
                     "押金迟迟不退，客服只会说在走流程"],
                    ["Still waiting for my deposit two weeks after moving out.",
                     "Deposit refund is painfully slow, had to chase them several times.",
                     "Why does it take weeks to get the deposit back?"]),
    "refund_ok": (["押金三天就退回来了，很及时", "退租手续简单，押金很快到账"],
                  ["Got my deposit back within days, smooth move-out.", "Easy move-out and the deposit came back fast."]),
    "clean_safe": (["仓库很干净，监控也全覆盖，放心", "环境整洁，24小时保安，很安全", "干净明亮，东西放着安心"],
                   ["Very clean and secure facility.", "Clean corridors and CCTV everywhere, feels safe.",
                    "Spotless units and good security."]),
    "staff_help": (["搬家那天工作人员主动帮忙搬东西，太贴心了", "店员小哥帮我推车搬箱子，服务很好", "工作人员帮忙一起搬上楼，点赞"],
                   ["Staff helped me move all my boxes in, super helpful.",
                    "The team helped with the trolley and the heavy stuff, great service.", "Really helpful staff on moving day."]),
    "price": (["价格有点贵，比网上看到的报价高", "月租太贵了，小仓也要四百多", "报价偏高，再比较一下"],
              ["A bit pricey for such a small unit.", "The quote was higher than I expected.",
               "Too expensive compared to what I saw online."]),
    "late_fee": (["就晚了几天就收滞纳金，太不近人情", "滞纳金规则没说清楚"],
                 ["Charged a late fee for being a few days late, not cool.", "The late fee policy was never explained to me."]),
    "far": (["门店太远了，导航还找不到入口", "位置太偏，约好了看仓最后没去成", "坂田店不好找，绕了好久"],
            ["The site is too far out and hard to find.", "Couldn't find the entrance, almost gave up on the tour."]),
    "neutral": (["还行", "一般般，能用", "没什么特别的"], ["It's ok.", "Fine, nothing special.", "Average."]),
    "app_good": (["App预约看仓很方便", "线上报价挺清楚的"], ["Booking a tour in the app was easy.", "Online quote was clear and quick."]),
}
SENTIMENT = {"humid": "negative", "gate_fail": "negative", "refund_slow": "negative", "refund_ok": "positive",
             "clean_safe": "positive", "staff_help": "positive", "price": "negative", "late_fee": "negative",
             "far": "negative", "neutral": "neutral", "app_good": "positive"}


def text(topic: str, lang: str) -> str:
    zh, en = T[topic]
    pool = en if lang == "en" else zh
    s = pool[RNG.integers(len(pool))]
    r = RNG.random()
    if lang == "zh" and r < 0.15:
        s += "！"
    elif lang == "zh" and r < 0.25 and SENTIMENT[topic] == "negative":
        s += "，希望改进"
    elif lang == "en" and r < 0.12:
        s += " Please fix this." if SENTIMENT[topic] == "negative" else " Thanks!"
    return s


def fmt(t: datetime | None) -> str:
    return "" if t is None else t.strftime(FMT)


def day_time(d: datetime, h0=9, h1=21) -> datetime:
    return d.replace(hour=0, minute=0, second=0) + timedelta(seconds=int(RNG.integers(h0 * 3600, h1 * 3600)))


def add_months(d: datetime, k: int) -> datetime:
    m = d.month - 1 + k
    return d.replace(year=d.year + m // 12, month=m % 12 + 1, day=min(d.day, 28))


def rating_for(sent: str, topic: str = "") -> int:
    if topic == "staff_help":
        return int(RNG.choice([4, 5], p=[0.08, 0.92]))
    if sent == "positive":
        return int(RNG.choice([4, 5], p=[0.3, 0.7]))
    if sent == "neutral":
        return int(RNG.choice([3, 4], p=[0.6, 0.4]))
    return int(RNG.choice([1, 2, 3], p=[0.45, 0.4, 0.15]))


def nps_for(r: int) -> int:
    lo, hi = {5: (9, 10), 4: (7, 9), 3: (5, 7), 2: (2, 5), 1: (0, 3)}[r]
    return int(RNG.integers(lo, hi + 1))


def lead_month_weights():
    months, w = [], []
    m = START
    i = 0
    season = {1: 0.9, 2: 0.65, 3: 1.1, 4: 1.0, 5: 1.0, 6: 1.2, 7: 1.45, 8: 1.05, 9: 1.0, 10: 1.1, 11: 1.05, 12: 0.85}
    while m <= END:
        months.append(m)
        w.append((0.75 + 0.03 * i) * season[m.month])
        m = add_months(m, 1).replace(day=1)
        i += 1
    w = np.array(w)
    return months, w / w.sum()


# ---------------------------------------------------------------- generation
def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    customers, events, orders, feedback, truth = [], [], [], [], []
    cnt = {"ev": 0, "ord": 0, "fb": 0, "ct": 0, "sess": 0}

    def ev(c, ts, tp, action, device="", channel="", session="", **kw):
        if ts > END:
            return False
        cnt["ev"] += 1
        row = dict(event_id=f"E{cnt['ev']:07d}", customer_id=c["cid"], ts=fmt(ts), touchpoint_id=tp,
                   session_id=session, action=action, device=device, channel=channel,
                   site=c["site_zh"], site_en=c["site_en"], city=c["city"])
        row.update(kw)
        events.append(row)
        return True

    def order(c, ts, amount, status, channel, device, **kw):
        if ts > END:
            return
        cnt["ord"] += 1
        row = dict(order_id=f"SO{cnt['ord']:07d}", customer_id=c["cid"], ts=fmt(ts), amount=f"{amount:.2f}",
                   status=status, channel=channel, device=device, site=c["site_zh"], site_en=c["site_en"],
                   city=c["city"], currency="CNY")
        row.update(kw)
        orders.append(row)

    def fb(topic, lang, ts, c, tp, channel, rating="", nps="", anonymous=False, **kw):
        if ts is not None and ts > END:
            return
        cnt["fb"] += 1
        fid = f"FB{cnt['fb']:05d}"
        row = dict(feedback_id=fid, text=text(topic, lang), ts=fmt(ts),
                   customer_id="" if (anonymous or c is None) else c["cid"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, site=c["site_zh"] if c else "", site_en=c["site_en"] if c else "",
                   language=lang)
        row.update(kw)
        feedback.append(row)
        truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENTIMENT[topic], language=lang))

    def session():
        cnt["sess"] += 1
        return f"SS{cnt['sess']:06d}"

    months, mw = lead_month_weights()
    city_names = list(CITIES)
    city_p = np.array([CITY_W[k] for k in city_names])
    for i in range(N_LEADS):
        cid = f"C{i + 1:05d}"
        mi = int(RNG.choice(len(months), p=mw))
        m0 = months[mi]
        m1 = add_months(m0, 1).replace(day=1)
        t0 = day_time(m0 + timedelta(days=int(RNG.integers(0, (m1 - m0).days))), 8, 23)
        if t0 > END - timedelta(days=1):
            t0 = END - timedelta(days=2)
        frac = mi / (len(months) - 1)
        xhs = 0.16 + 0.30 * frac
        ch_p = np.array([0.42 - 0.17 * frac, xhs, 0.16, 0.26 - 0.13 * frac])
        ch_p = ch_p / ch_p.sum()
        acq = list(CHANNELS)[int(RNG.choice(4, p=ch_p))]
        city = city_names[int(RNG.choice(4, p=city_p))]
        codes = [k for k, v in SITES.items() if v[2] == city]
        code = codes[int(RNG.choice(len(codes), p=[SITES[k][3] for k in codes]))]
        seg = "business" if RNG.random() < (0.27 if acq != "xiaohongshu" else 0.15) else "personal"
        rs = [k for k, v in REASONS.items() if v[1] == seg]
        reason = rs[int(RNG.choice(len(rs), p=np.array([REASONS[k][2] for k in rs])))]
        size = ["S", "M", "L", "XL"][int(RNG.choice(4, p=SIZE_P[seg]))]
        lang = "en" if RNG.random() < EN_SHARE[city] else "zh"
        phone_os = "ios" if RNG.random() < (0.62 if lang == "en" else 0.48) else "android"
        app_user = RNG.random() < 0.74
        c = dict(cid=cid, site_zh=SITES[code][0], site_en=SITES[code][1], city=city, code=code)
        customers.append(dict(
            customer_id=cid, signup_at=fmt(t0), segment=seg, segment_zh={"personal": "个人", "business": "企业"}[seg],
            region=city, city_en=CITIES[city], acquisition_channel=acq, acquisition_channel_zh=CHANNELS[acq],
            reason=REASONS[reason][0], reason_en=reason, home_site=SITES[code][0], home_site_en=SITES[code][1],
            preferred_unit_size=size, preferred_language=lang,
            age_band="" if seg == "business" else str(RNG.choice(["18-25", "26-35", "36-45", "46-60"],
                                                                  p=[0.15, 0.45, 0.28, 0.12])),
            company_name="" if seg == "personal" else f"{CITIES[city]} Trading Co. {i + 1:05d}",
            invoice_type="不需要" if seg == "personal" else str(RNG.choice(["增值税专票", "普票"], p=[0.6, 0.4])),
            wechat_bound=str(bool(RNG.random() < 0.8)).lower()))

        # ---- lead journey
        walk = acq == "walk_in"
        if walk:
            ch, dev = "store", ""
        elif acq == "xiaohongshu":
            ch = str(RNG.choice(["mini_program", "app", "web"], p=[0.55, 0.30, 0.15]))
            dev = phone_os if ch != "web" else str(RNG.choice(["pc", phone_os], p=[0.3, 0.7]))
        elif acq == "referral":
            ch = str(RNG.choice(["mini_program", "phone", "app"], p=[0.5, 0.3, 0.2]))
            dev = "" if ch == "phone" else phone_os
        else:
            ch = str(RNG.choice(["web", "app"], p=[0.75, 0.25]))
            dev = str(RNG.choice(["pc", phone_os], p=[0.55, 0.45])) if ch == "web" else phone_os
        s = session() if ch in ("web", "app", "mini_program") else ""
        lead = dict(unit_size=size, lead_source=acq)
        ev(c, t0, "tp_inquiry", "submit", dev, ch, s, **lead)
        if RNG.random() >= QUOTE_P[acq]:
            if RNG.random() < 0.04:
                fb("price", lang, t0 + timedelta(days=1, hours=2), c, "tp_inquiry", "call_note")
            continue
        t = t0 + (timedelta(minutes=int(RNG.integers(5, 25))) if walk else
                  timedelta(minutes=int(RNG.integers(2, 40))) if RNG.random() < 0.8 else
                  timedelta(days=int(RNG.integers(1, 4)), hours=int(RNG.integers(0, 8))))
        base = SIZES[size] * CITY_PRICE[city] * (1.05 if code in ("SH2", "SZ1", "GZ1") else 1.0)
        rent = round(base / 10) * 10
        ev(c, t, "tp_quote", "view", dev, ch, s, quote_amount=rent, **lead)
        if RNG.random() < 0.12:   # re-quote another size
            size2 = ["S", "M", "L", "XL"][min(3, ["S", "M", "L", "XL"].index(size) + 1)]
            t = t + timedelta(days=int(RNG.integers(0, 3)), minutes=int(RNG.integers(5, 300)))
            ev(c, t, "tp_quote", "view", dev, ch, s, quote_amount=round(SIZES[size2] * CITY_PRICE[city] / 10) * 10,
               unit_size=size2, lead_source=acq)
        if RNG.random() >= BOOK_P[acq]:
            if RNG.random() < 0.06:
                fb("price", lang, t + timedelta(days=2), c, "tp_quote", "call_note")
            continue
        t = t + (timedelta(minutes=int(RNG.integers(1, 6))) if walk else
                 timedelta(hours=float(RNG.uniform(0.1, 120))))
        ev(c, t, "tp_tour_booked", "submit", dev, ch if ch != "web" else "web", s, **lead)
        show = 1.0 if walk else SITES[code][4]
        if RNG.random() >= show:
            if code == "SZ2" and RNG.random() < 0.18:
                fb("far", lang, t + timedelta(days=2), c, "tp_tour_booked", "call_note")
            continue
        t = t + (timedelta(minutes=int(RNG.integers(3, 15))) if walk else
                 timedelta(days=int(RNG.integers(1, 8)), hours=float(RNG.uniform(-3, 3))))
        t = max(t, t0 + timedelta(minutes=30)) if not walk else t
        ev(c, t, "tp_tour_visited", "visit", "", "store", "", **lead)
        if RNG.random() < 0.10:
            if code == "SZ2" and RNG.random() < 0.5:
                topic = "far"
            else:
                topic = str(RNG.choice(["clean_safe", "staff_help", "price", "neutral", "app_good"],
                                       p=[0.35, 0.2 if code != STAFF_SITE else 0.45, 0.2, 0.15, 0.1]
                                       if code != STAFF_SITE else [0.3, 0.55, 0.05, 0.05, 0.05]))
            fb(topic, lang, t + timedelta(days=int(RNG.integers(0, 3)), hours=3), c, "tp_tour_visited", "dianping",
               rating=rating_for(SENTIMENT[topic], topic))
        p_sign = SIGN_P[acq] + (0.08 if seg == "business" else 0.0)
        if RNG.random() >= p_sign:
            continue
        r = RNG.random()
        t = t + (timedelta(minutes=int(RNG.integers(20, 120))) if r < 0.55 else
                 timedelta(days=int(RNG.integers(1, 12)), hours=float(RNG.uniform(-2, 2))) if r < 0.95 else
                 timedelta(days=int(RNG.integers(25, 40))))
        t = day_time(t, 9, 21) if r >= 0.55 else t
        cnt["ct"] += 1
        contract = f"CT{cnt['ct']:05d}"
        unit = f"{code}-{size}-{int(RNG.integers(1, 240)):03d}"
        pay_mode = "autopay" if RNG.random() < (0.70 if seg == "business" else 0.45) else "manual"
        if seg == "business":
            rent = round(rent * 0.95 / 10) * 10
        ck = dict(unit_size=size, unit_id=unit, contract_id=contract)
        if not ev(c, t, "tp_contract_signed", "success", "", "store", "", monthly_rent=rent, pay_mode=pay_mode, **ck):
            continue
        pm = str(RNG.choice(["wechat_pay", "alipay", "bank_card"], p=[0.55, 0.3, 0.15])) if seg == "personal" else \
            str(RNG.choice(["bank_transfer", "wechat_pay", "alipay"], p=[0.5, 0.3, 0.2]))
        ok = dict(contract_id=contract, unit_size=size)
        order(c, t + timedelta(minutes=3), rent, "paid", "store", "", order_type="deposit", order_type_zh="押金",
              payment_method=pm, rent_month="", invoice_type=customers[-1]["invoice_type"], **ok)
        move_in = day_time(t + timedelta(days=int(RNG.integers(0, 9))), 8, 20)
        if move_in < t:
            move_in = t + timedelta(hours=2)
        if RNG.random() < 0.03:   # cancelled before move-in: deposit back
            r_t = day_time(t + timedelta(days=int(RNG.integers(2, 6))), 9, 18)
            if ev(c, r_t, "tp_deposit_refund", "success", "", "other", "", refund_amount=rent, **ck):
                order(c, r_t, rent, "refunded", "other", "", order_type="deposit_refund", order_type_zh="押金退款",
                      payment_method=pm, rent_month="", **ok)
            continue
        if not ev(c, move_in, "tp_move_in", "success", "", "store", "", **ck):
            continue
        lo, hi = REASONS[reason][3]
        stay = int(RNG.integers(lo, hi + 1))
        move_out = day_time(add_months(move_in, stay) + timedelta(days=int(RNG.integers(-5, 5))), 9, 20)
        early = False
        if code == MOULD_SITE:
            w0, w1, p_e = ((datetime(2026, 2, 20), datetime(2026, 5, 10), 0.60) if move_out > datetime(2026, 3, 1)
                           and move_in < datetime(2026, 3, 15) else
                           (datetime(2025, 3, 10), datetime(2025, 5, 5), 0.12) if move_out > datetime(2025, 3, 10)
                           and move_in < datetime(2025, 3, 20) else (None, None, 0))
            if w0 and move_out > w1 + timedelta(days=20) and RNG.random() < p_e:
                lo_t = max(w0, move_in + timedelta(days=15))
                move_out = day_time(lo_t + timedelta(days=int(RNG.integers(0, max(1, (w1 - lo_t).days)))), 9, 20)
                early = True
        # move-in survey
        if RNG.random() < 0.45:
            mould_now = code == MOULD_SITE and move_in.month in (2, 3, 4) and move_in.year == 2026
            if mould_now and RNG.random() < 0.3:
                topic = "humid"
            else:
                probs = ([0.66, 0.26, 0.06, 0.02] if code == STAFF_SITE else [0.22, 0.36, 0.28, 0.14])
                topic = str(RNG.choice(["staff_help", "clean_safe", "neutral", "price"], p=probs))
            rt = rating_for(SENTIMENT[topic], topic)
            paper = RNG.random() < 0.15
            fb(topic, lang, None if paper else move_in + timedelta(days=int(RNG.integers(1, 4)), hours=2), c,
               "tp_move_in" if topic != "humid" else "tp_access", "survey", rating=rt, nps=nps_for(rt),
               form="paper" if paper else "online")
        # rent
        due = move_in
        k = 0
        while due < move_out and due <= END:
            if pay_mode == "autopay":
                late = RNG.random() < 0.03
                paid = due + (timedelta(days=int(RNG.integers(6, 12))) if late else timedelta(hours=float(RNG.uniform(0, 2))))
                pch, pdev = ("app", phone_os) if late else ("other", "")
            else:
                r = RNG.random()
                d = float(RNG.uniform(-3, 3)) if r < 0.70 else float(RNG.uniform(3, 16))
                paid = day_time(due + timedelta(days=d), 8, 23)
                pch = str(RNG.choice(["mini_program", "app", "other"], p=[0.5, 0.3, 0.2]))
                pdev = phone_os if pch != "other" else ""
            if k == 0:
                paid = max(paid, move_in - timedelta(hours=3), t + timedelta(minutes=10))
            rm = due.strftime("%Y-%m")
            if paid <= END:
                ev(c, paid, "tp_rent_paid", "success", pdev, pch, "", due_date=due.strftime("%Y-%m-%d"), rent_month=rm,
                   pay_mode=pay_mode, amount_due=rent, **ck)
                order(c, paid, rent, "paid", pch, pdev, order_type="rent", order_type_zh="月租", payment_method=
                      ("bank_transfer" if pch == "other" and seg == "business" else "wechat_pay" if pch == "mini_program"
                       else "alipay" if pch == "app" else "bank_card"), rent_month=rm, pay_mode=pay_mode, **ok)
                days_late = (paid - due).total_seconds() / 86400
                if days_late > 5:
                    fee = max(30, round(rent * 0.1))
                    waived = RNG.random() < 0.22
                    order(c, paid + timedelta(minutes=5), fee, "cancelled" if waived else "paid", pch, pdev,
                          order_type="late_fee", order_type_zh="滞纳金", payment_method="", rent_month=rm,
                          pay_mode=pay_mode, **ok)
                    if RNG.random() < 0.10:
                        fb("late_fee", lang, paid + timedelta(days=1), c, "tp_rent_paid", "ticket")
            k += 1
            due = add_months(move_in, k)
        # access visits
        m = move_in.replace(day=1)
        vis_rate = REASONS[reason][4]
        while m <= END and m < move_out:
            nm = add_months(m, 1).replace(day=1)
            lam = vis_rate
            if reason == "ecommerce_stock" and m.month in (10, 11):
                lam *= 2.2
            if reason == "ecommerce_stock" and m.month == 6:
                lam *= 1.5
            for _ in range(int(RNG.poisson(lam))):
                a = max(m, move_in + timedelta(hours=3))
                b = min(nm, move_out, END)
                if b <= a:
                    break
                if reason == "ecommerce_stock" and m.month == 11 and m.year == 2025 and RNG.random() < 0.5:
                    a, b = max(a, datetime(2025, 11, 3)), min(b, datetime(2025, 11, 10))   # 双11 stock-up week
                    if b <= a:
                        continue
                vt = a + timedelta(seconds=float(RNG.uniform(0, (b - a).total_seconds())))
                vt = vt.replace(hour=int(RNG.integers(7, 22)))
                if vt > min(move_out, END) or vt < move_in:
                    continue
                visit = f"V{cid[1:]}{vt.strftime('%y%m%d%H%M')}"
                if app_user:
                    if phone_os == "android":
                        if vt < BUG_FROM:
                            ver = "4.1.3"
                        elif vt < FIX_FROM:
                            ver = "4.2.0" if RNG.random() < min(0.92, (vt - BUG_FROM).days / 12 + 0.1) else "4.1.3"
                        else:
                            ver = "4.2.2" if RNG.random() < min(0.95, (vt - FIX_FROM).days / 10 + 0.2) else "4.2.0"
                    else:
                        ver = "4.1.3" if vt < BUG_FROM else ("4.2.0" if vt < FIX_FROM else "4.2.2")
                    p_fail = 0.30 if (ver == "4.2.0" and phone_os == "android") else 0.03
                    ak = dict(access_method="app", app_version=ver, visit_id=visit, gate=f"{code}-G{int(RNG.integers(1, 3))}")
                    if RNG.random() < p_fail:
                        ev(c, vt, "tp_access", "fail", phone_os, "app", "", **ak, **ck)
                        ev(c, vt + timedelta(minutes=int(RNG.integers(3, 15))), "tp_access", "success", "", "phone", "",
                           access_method="staff", app_version="", visit_id=visit, gate=ak["gate"], **ck)
                        if ver == "4.2.0" and phone_os == "android" and RNG.random() < 0.30:
                            if RNG.random() < 0.6:
                                fb("gate_fail", lang, vt + timedelta(hours=1), c, "tp_access", "app_review",
                                   rating=int(RNG.choice([1, 2], p=[0.8, 0.2])), platform="android", app_version=ver)
                            else:
                                fb("gate_fail", lang, vt + timedelta(minutes=30), c, "tp_access", "ticket")
                    else:
                        ev(c, vt, "tp_access", "success", phone_os, "app", "", **ak, **ck)
                else:
                    ev(c, vt, "tp_access", "success", "", "store", "", access_method="keypad", app_version="",
                       visit_id=visit, gate=f"{code}-G{int(RNG.integers(1, 3))}", **ck)
                # mould found on a visit
                p_m = 0.0
                if vt.month in (2, 3, 4):
                    if code == MOULD_SITE:
                        p_m = 0.22 if vt.year == 2026 else 0.07
                    elif code == "GZ1":
                        p_m = 0.03
                    else:
                        p_m = 0.004
                if RNG.random() < p_m:
                    fb("humid", lang, vt + timedelta(hours=2), c, "tp_access",
                       str(RNG.choice(["ticket", "call_note"], p=[0.7, 0.3])))
            m = nm
        # move-out
        if move_out > END:
            notice = move_out - timedelta(days=int(RNG.integers(7, 31)))
            if notice <= END:
                ev(c, day_time(notice, 8, 22), "tp_moveout_notice", "submit", phone_os if app_user else "",
                   "app" if app_user else "phone", "", notice_reason="到期不续" if not early else "受潮", **ck)
            continue
        notice = day_time(move_out - timedelta(days=int(RNG.integers(7, 16) if early else RNG.integers(7, 31))), 8, 22)
        notice = max(notice, move_in + timedelta(hours=6))
        ev(c, notice, "tp_moveout_notice", "submit", phone_os if app_user else "", "app" if app_user else "phone", "",
           notice_reason="受潮" if early else str(RNG.choice(["到期不续", "搬家完成", "装修完成", "换更大仓", "其他"])), **ck)
        ev(c, move_out, "tp_move_out", "success", "", "store", "", **ck)
        lo_d, hi_d = SITES[code][5]
        r_days = float(RNG.uniform(lo_d, hi_d)) if SITES[code][2] == "北京" else 1 + float(RNG.gamma(2.0, 1.2))
        r_t = day_time(move_out + timedelta(days=r_days), 9, 18)
        deduct = int(RNG.choice([0, 100, 200, 300])) if RNG.random() < 0.10 else 0
        refund = max(0, rent - deduct)
        if ev(c, r_t, "tp_deposit_refund", "success", "", "other", "", refund_amount=refund, deduction=deduct, **ck):
            order(c, r_t, refund, "refunded", "other", "", order_type="deposit_refund", order_type_zh="押金退款",
                  payment_method=pm, rent_month="", **ok)
            # beijing chasing tickets
            days = (r_t - move_out).days
            if days > 9 and RNG.random() < 0.30:
                fb("refund_slow", lang, move_out + timedelta(days=int(RNG.integers(7, min(days, 12) + 1)), hours=3), c,
                   "tp_deposit_refund", "ticket")
            if RNG.random() < 0.50:
                if early:
                    topic = "humid" if RNG.random() < 0.75 else "refund_ok"
                elif days > 9:
                    topic = "refund_slow" if RNG.random() < 0.8 else "neutral"
                else:
                    topic = str(RNG.choice(["refund_ok", "clean_safe", "staff_help", "neutral"], p=[0.45, 0.2, 0.15, 0.2]))
                rt = rating_for(SENTIMENT[topic], topic)
                fb(topic, lang, r_t + timedelta(days=int(RNG.integers(1, 4))), c,
                   "tp_move_out" if topic == "humid" else "tp_deposit_refund", "survey", rating=rt, nps=nps_for(rt),
                   form="online")

    # ---- app-store reviews not tied to a customer, and store comment cards without a date
    for _ in range(160):
        d = START + timedelta(days=float(RNG.uniform(0, (END - START).days)))
        plat = str(RNG.choice(["ios", "android"]))
        ver = "4.1.3" if d < BUG_FROM else ("4.2.0" if d < FIX_FROM else "4.2.2")
        topic = str(RNG.choice(["app_good", "neutral", "price"], p=[0.6, 0.3, 0.1]))
        lang = "en" if RNG.random() < 0.1 else "zh"
        fb(topic, lang, d, None, "tp_tour_booked" if topic == "app_good" else "tp_quote", "app_review",
           rating=rating_for(SENTIMENT[topic], topic), platform=plat, app_version=ver)
    for _ in range(45):   # Android 4.2.0 reviews from people who did not log in
        d = BUG_FROM + timedelta(days=float(RNG.uniform(3, (FIX_FROM - BUG_FROM).days + 6)))
        fb("gate_fail", "en" if RNG.random() < 0.1 else "zh", d, None, "tp_access", "app_review", rating=1,
           platform="android", app_version="4.2.0")
    for code, (szh, sen, city, *_rest) in SITES.items():
        c = dict(site_zh=szh, site_en=sen, city=city, cid="")
        for _ in range(22):
            if code == MOULD_SITE and RNG.random() < 0.45:
                topic = "humid"
            elif code == STAFF_SITE and RNG.random() < 0.7:
                topic = "staff_help"
            else:
                topic = str(RNG.choice(["clean_safe", "staff_help", "neutral", "price", "humid"],
                                       p=[0.35, 0.2, 0.25, 0.15, 0.05] if city == "广州" else [0.38, 0.22, 0.25, 0.15, 0.0]))
            fb(topic, "zh" if RNG.random() < 0.92 else "en", None, c, "tp_access" if topic == "humid" else "tp_move_in",
               "comment_card", rating=rating_for(SENTIMENT[topic], topic), anonymous=True, form="paper")

    # ---- a few exact duplicate event rows (same event_id, same content: loaded once)
    for j in RNG.choice(len(events), size=25, replace=False):
        events.append(dict(events[int(j)]))

    write(out, "touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                                    kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out, "journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                                 touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4])])
    write(out, "customers", customers)
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    write(out, "events", events)
    orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    write(out, "orders", orders)
    write(out, "feedback", feedback)
    write(out / "_truth", "feedback_truth", truth)


def write(out: Path, name: str, rows: list[dict]) -> None:
    cols: list[str] = []
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in cols})


if __name__ == "__main__":
    main(Path(sys.argv[1]))
