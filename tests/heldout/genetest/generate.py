"""GeneKey 基因钥: a consumer genetic-testing company. Customers find a kit (ancestry 祖源, health risk 健康风险,
carrier screening 携带者筛查) on Tmall, JD, our own app or through a partner clinic, buy it, receive the kit, activate
it in the app (scan the tube barcode), spit into the tube and mail the saliva sample back by courier; the lab receives
it, runs QC (some samples fail: insufficient saliva, degraded in transit, low DNA yield) and sends a re-sample kit,
then genotypes it and releases the report in the app. Customers read the report, may book a genetic-counselling call
(free with carrier screening, 299 CNY otherwise) and may upgrade (ancestry -> health, health -> carrier).
Events 2025-01-01 .. 2026-06-30 (the extract was taken at the end of June 2026).

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

SEED = 20261219
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 8000
ACT_BUG = (datetime(2025, 10, 10), datetime(2025, 11, 1))     # app 5.2.0: barcode scan crashes on Android
BACKLOG = (datetime(2025, 11, 10), datetime(2026, 1, 1))      # Double-11 sample surge: lab backlog
REAGENT = (datetime(2026, 3, 1), datetime(2026, 4, 1))        # Wuhan lab: bad extraction reagent lot
REPORT_V3 = datetime(2026, 1, 15)                             # plain-language report template v3
UPGRADE_PROMO = (datetime(2026, 3, 1), datetime(2026, 4, 1))  # ancestry -> health upgrade at 399 instead of 599
APP_VERSIONS = [(datetime(2025, 1, 1), "5.0.3"), (datetime(2025, 6, 20), "5.1.0"), (datetime(2025, 10, 10), "5.2.0"),
                (datetime(2025, 11, 1), "5.2.1"), (datetime(2026, 3, 5), "5.3.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_browse", "浏览产品页", "Product page", "awareness", "web", "digital", "marketing",
     "浏览|看产品|详情页|商品页|种草|了解产品|browse|product page|landing page|first visit"),
    ("tp_order", "下单购买", "Kit purchase", "purchase", "web", "digital", "ecommerce",
     "下单|购买|买盒子|买试剂盒|付款|成交|order|purchase|buy a kit|checkout"),
    ("tp_delivered", "收到试剂盒", "Kit delivered", "service", "other", "physical", "logistics",
     "收货|收到盒子|试剂盒到了|签收|发货|delivery|kit delivered|received the kit"),
    ("tp_activate_fail", "激活失败", "Activation failed", "service", "app", "digital", "app_team",
     "激活失败|扫码激活失败|激活不了|条码扫不了|activation failed|can't activate|barcode scan failed"),
    ("tp_activate", "激活试剂盒", "Kit activated", "service", "app", "digital", "app_team",
     "激活|绑定试剂盒|扫码绑定|注册样本|activate|activation|register the kit|bind the kit"),
    ("tp_sample_ship", "寄回样本", "Sample mailed back", "service", "other", "physical", "logistics",
     "寄回|回寄|寄样本|采样寄回|预约取件|mail back|ship the sample|send the sample|return the sample"),
    ("tp_lab_receive", "实验室收样", "Lab received sample", "service", "other", "physical", "lab",
     "收样|实验室收到|到实验室|签收样本|lab received|sample received|arrived at the lab"),
    ("tp_qc_fail", "样本质检不合格", "Sample failed QC", "service", "other", "physical", "lab",
     "质检不合格|样本不合格|检测失败|样本失败|QC失败|sample failed|failed QC|sample rejected|quality check failed"),
    ("tp_resample", "重新采样", "Re-sample kit sent", "service", "other", "physical", "lab",
     "重新采样|重采|补采|重寄样本|再采一次|re-sample|resample|new sample|second sample"),
    ("tp_report", "报告发布", "Report released", "service", "app", "digital", "lab",
     "出报告|报告发布|报告出来|报告生成|检测完成|report released|results ready|report ready"),
    ("tp_report_view", "查看报告", "Report viewed", "service", "app", "digital", "product",
     "看报告|查看报告|解读报告|打开报告|read the report|view report|results page"),
    ("tp_counsel_book", "预约遗传咨询", "Counselling booked", "service", "app", "digital", "counselling",
     "预约咨询|约遗传咨询|预约咨询师|book counselling|book a counsellor|schedule a call"),
    ("tp_counsel", "遗传咨询通话", "Counselling call", "service", "phone", "digital", "counselling",
     "遗传咨询|咨询通话|咨询师电话|解读电话|genetic counselling|counselling call|counsellor call|GC call"),
    ("tp_upgrade", "升级套餐", "Kit upgrade", "loyalty", "app", "digital", "product",
     "升级|加购|补差价|升级健康版|升级携带者|upgrade|add-on|upgrade to health"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|退货退款|refund|money back|refunded"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("purchase", "购买转化", "Purchase", ["tp_browse", "tp_order"], 14),
    ("sample", "样本回寄", "Sample return", ["tp_order", "tp_activate", "tp_sample_ship", "tp_lab_receive"], 60),
    ("report", "报告交付", "Report delivery", ["tp_lab_receive", "tp_report", "tp_report_view"], 60),
    ("counsel", "遗传咨询", "Genetic counselling", ["tp_report_view", "tp_counsel_book", "tp_counsel"], 30),
    ("upgrade", "套餐升级", "Upgrade", ["tp_report_view", "tp_upgrade"], 90),
]
CITIES = {  # en: zh, weight, lab, extra transit days, english share
    "Shanghai": ("上海", 0.21, "shenzhen", 0, 0.22), "Beijing": ("北京", 0.17, "wuhan", 0, 0.15),
    "Shenzhen": ("深圳", 0.13, "shenzhen", 0, 0.20), "Guangzhou": ("广州", 0.10, "shenzhen", 0, 0.06),
    "Hangzhou": ("杭州", 0.10, "shenzhen", 0, 0.06), "Chengdu": ("成都", 0.09, "wuhan", 1, 0.04),
    "Wuhan": ("武汉", 0.08, "wuhan", 0, 0.04), "Xi'an": ("西安", 0.06, "wuhan", 1, 0.04),
    "Kunming": ("昆明", 0.06, "shenzhen", 3, 0.04), "Urumqi": ("乌鲁木齐", 0.012, "wuhan", 6, 0.03),
}
LABS = {"shenzhen": ("深圳实验室", "Shenzhen lab"), "wuhan": ("武汉实验室", "Wuhan lab")}
CHANNELS = {  # en: zh, weight, browse -> order probability
    "tmall": ("天猫旗舰店", 0.30, 0.46), "jd": ("京东自营", 0.22, 0.42), "app": ("官方App", 0.32, 0.28),
    "clinic": ("合作诊所", 0.16, 0.80)}
KITS = {  # en: zh, price
    "ancestry": ("祖源版", 399), "health": ("健康风险版", 999), "carrier": ("携带者筛查版", 1599)}
PURPOSES = {  # en: zh, weight (non-clinic), kit probs (ancestry, health, carrier), activation prob
    "self": ("自用", 0.62, (0.42, 0.48, 0.10), 0.93),
    "gift": ("送礼", 0.24, (0.70, 0.30, 0.00), 0.55),
    "family_planning": ("备孕", 0.14, (0.00, 0.15, 0.85), 0.96),
}
COURIERS = {"swiftex": ("速达快递", "SwiftEx", 1.2), "ecopost": ("经邮快递", "EcoPost", 3.6)}   # median transit days
FAIL_REASONS = {"insufficient_volume": "唾液量不足", "degraded": "样本降解", "low_yield": "DNA浓度低"}
REFUND_REASONS = {"not_activated": "未激活申请退款", "qc_failed_twice": "两次质检不合格", "counsel_cancelled": "咨询取消",
                  "resample_fee_waived": "重采费减免", "upgrade_regret": "升级后悔"}
COUNSELLORS = ["GC-01 王医生", "GC-02 李医生", "GC-03 陈医生", "GC-04 Dr. Wong"]
AGE_BANDS = ["18-24", "25-34", "35-44", "45-54", "55+"]

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "slow_report": (["报告等了一个多月还没出", "出报告太慢了，进度条一直卡在检测中", "等报告等得花都谢了", "寄回去快六周了报告还没出来"],
                    ["still waiting for my report after six weeks", "the report took forever to come out",
                     "results are way slower than the 3-4 weeks promised"]),
    "unclear_report": (["报告看不懂，全是专业术语", "风险等级写得太专业了看不懂", "报告解读太模糊，不知道该怎么办"],
                       ["the report is hard to understand, too much jargon", "confusing risk scores, no idea what to do",
                        "report is hard to understand without a doctor"]),
    "clear_report": (["新版报告通俗易懂，解释得很清楚", "报告写得很清楚，还有行动建议"],
                     ["the new report is clear and easy to read", "clear and easy to read, with practical tips"]),
    "privacy": (["担心隐私，我的基因数据会不会被卖掉", "亲缘匹配默认打开，隐私设置太隐蔽了", "数据隐私说明不清楚，想删除数据找不到入口"],
                ["worried about privacy, who else sees my DNA data", "relative matching was on by default, privacy settings are buried",
                 "I want my genetic data deleted and can't find how, privacy is a concern"]),
    "sample_fail": (["样本质检不合格，又要重新采样", "说我样本不合格让我重采一次，白等两周", "第一次样本失败了，流程又从头来"],
                    ["my sample failed the lab check and I had to spit again", "sample failed QC, lost two weeks",
                     "they said my sample failed and sent a new kit"]),
    "resample_fee": (["重采样还要收99块，太不合理", "样本不合格还让我自己出重采费"],
                     ["charged 99 for a re-sample fee, not fair", "why do I pay a re-sample fee for your lab problem"]),
    "activation": (["App扫码激活一直闪退", "试剂盒激活不了，条码扫不出来", "激活失败好几次，客服让等新版本"],
                   ["the app crashed every time I tried to activate the kit", "couldn't activate, barcode scan keeps failing"]),
    "counsel_good": (["遗传咨询师很专业，讲得很耐心", "咨询医生解释得很细，心里踏实多了"],
                     ["the genetic counsellor was patient and professional", "counselling call was really helpful"]),
    "ancestry_fun": (["祖源结果很有意思，家里人都抢着看", "祖源分析挺好玩，还找到了远房亲戚"],
                     ["ancestry results were fascinating", "fun ancestry breakdown, found a distant cousin"]),
    "price": (["价格太贵了，活动价才勉强接受", "比别家贵不少"],
              ["too expensive for what you get", "pricey compared with other kits"]),
}
GEN = {
    "pos": (["整体体验不错，推荐", "流程很顺，客服也耐心", "包装精致，送人很有面子", "物有所值"],
            ["great experience overall", "smooth process, would recommend", "nice packaging, good gift"]),
    "neu": (["还行吧，中规中矩", "一般，没什么特别的感觉"], ["it was ok", "average, nothing special"]),
    "neg": (["体验一般，有点失望", "不太满意，不会再买了"], ["disappointed overall", "not happy, won't buy again"]),
}
TOPIC_TP = [("activation", "tp_activate"), ("sample_fail", "tp_qc_fail"), ("resample_fee", "tp_resample"),
            ("slow_report", "tp_report"), ("unclear_report", "tp_report_view"), ("clear_report", "tp_report_view"),
            ("counsel_good", "tp_counsel"), ("privacy", "tp_report_view"), ("ancestry_fun", "tp_report_view"),
            ("price", "tp_order")]
NEG_TOPICS = {"slow_report", "unclear_report", "privacy", "sample_fail", "resample_fee", "activation", "price"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def promo(d: datetime) -> bool:
    return (datetime(d.year, 11, 1) <= d < datetime(d.year, 11, 12)) or (datetime(d.year, 6, 1) <= d < datetime(d.year, 6, 19))


def season(d: datetime) -> float:
    if datetime(d.year, 11, 1) <= d < datetime(d.year, 11, 12):
        return 3.2                                  # Double 11
    if datetime(d.year, 6, 1) <= d < datetime(d.year, 6, 19):
        return 2.0                                  # 618
    if datetime(2025, 1, 10) <= d < datetime(2025, 1, 28) or datetime(2026, 1, 28) <= d < datetime(2026, 2, 15):
        return 1.5                                  # New-year gifts
    if d.month in (7, 8):
        return 0.85
    return 1.0


def app_version(t: datetime) -> str:
    v = APP_VERSIONS[0][1]
    for start, ver in APP_VERSIONS:
        if t >= start:
            v = ver
    return v


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_kit = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, kit=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, app_version=app_version(t))
        if kit:
            row.update(kit["common"])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, kit, status="paid", channel="app", **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"kit": "试剂盒", "upgrade": "套餐升级", "counselling": "遗传咨询", "resample_fee": "重采样费"}[otype]
        row = dict(order_id=f"GK{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel=channel, device=c["device"], order_type=otype, 订单类型=zh,
                   kit_id=kit["id"], kit_type=kit["common"]["kit_type"], 套餐类型=kit["common"]["套餐类型"],
                   sales_channel=kit["common"]["sales_channel"], 销售渠道=kit["common"]["销售渠道"], currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def refund(self, c, t, kit, order_row, reason):
        if order_row is None or t > END:
            return
        self.ev(c, t, "tp_refund", kit["id"], "refund", kit, channel=order_row["channel"],
                refund_amount=order_row["amount"], refund_reason=reason, 退款原因=REFUND_REASONS[reason],
                order_type=order_row["order_type"])
        order_row["status"] = "refunded"
        order_row["refunded_at"] = ts(t)

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, kit=None, undated=False, gen=None,
           no_customer=False):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_report_view")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if gen == "pos" or {"clear_report", "counsel_good", "ancestry_fun"} & set(topics)
                                   else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, kit_id=kit["id"] if kit else None)
        if kit:
            for k in ("kit_type", "套餐类型", "sales_channel", "销售渠道", "lab_site", "实验室"):
                row[k] = kit["common"].get(k)
        row["city"] = c["city"]
        row["城市"] = CITIES[c["city"]][0]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    def stars(self, topics, base=(0.5, 0.35, 0.11, 0.04)):
        s = float(pick([5, 4, 3, 2], list(base)))
        pen = {"slow_report": 2.5, "unclear_report": 1.6, "privacy": 1.5, "sample_fail": 1.5, "resample_fee": 1.5,
               "activation": 2.0, "price": 0.8}
        for k in topics:
            s -= pen.get(k, 0.0)
        if {"clear_report", "counsel_good", "ancestry_fun"} & set(topics):
            s += 0.6
        return float(min(5, max(1, round(s))))

    # ---------- customers ----------
    def customers(self):
        days = []
        d = START
        while d <= datetime(2026, 6, 25):
            growth = 0.6 + 0.8 * (d - START).days / 540
            days.append((d, growth * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23.5)))
            city = pick(list(CITIES), [x[1] for x in CITIES.values()])
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            if promo(t) and ch in ("app", "clinic") and rng.random() < 0.5:
                ch = pick(["tmall", "jd"], [0.6, 0.4])
            if ch == "clinic":
                purpose = pick(list(PURPOSES), [0.25, 0.0, 0.75])
            else:
                purpose = pick(list(PURPOSES), [p[1] for p in PURPOSES.values()])
            if purpose == "family_planning":
                age = pick(AGE_BANDS, [0.08, 0.70, 0.22, 0.0, 0.0])
            else:
                age = pick(AGE_BANDS, [0.16, 0.36, 0.26, 0.14, 0.08])
            en_share = CITIES[city][4]
            self.cust.append(dict(
                customer_id=f"U{i + 1:05d}", discover=t, city=city, channel=ch, purpose=purpose, age=age,
                gender=pick(["female", "male"], [0.72, 0.28] if purpose == "family_planning" else [0.55, 0.45]),
                device=pick(["ios", "android"], [0.46, 0.54]), en_share=en_share,
                lang="en" if rng.random() < en_share else "zh", spend=0.0, kits=0, first_order=None,
                last_report=None))

    # ---------- one kit ----------
    def kit(self, c, t_order, n_prev):
        ch = c["channel"] if n_prev == 0 else pick(["app", "tmall", "jd"], [0.5, 0.3, 0.2])
        purpose = c["purpose"] if n_prev == 0 else pick(["self", "gift"], [0.4, 0.6])
        kt = pick(list(KITS), PURPOSES[purpose][2])
        price = KITS[kt][1] * (0.8 if promo(t_order) and ch in ("tmall", "jd") else 1.0)
        self.n_kit += 1
        kid = f"KIT{self.n_kit:06d}"
        lab = CITIES[c["city"]][2]
        courier = "swiftex" if ch == "clinic" else pick(list(COURIERS), [0.6, 0.4])
        common = dict(device=c["device"], kit_type=kt, 套餐类型=KITS[kt][0], sales_channel=ch, 销售渠道=CHANNELS[ch][0],
                      purchase_purpose=purpose, 购买目的=PURPOSES[purpose][0], lab_site=lab, 实验室=LABS[lab][0],
                      courier=courier, 快递公司=COURIERS[courier][0])
        kit = dict(id=kid, common=common)
        self.ev(c, t_order, "tp_order", kid, "purchase", kit, channel=ch, amount=price, is_promo=int(promo(t_order)))
        kit_order = self.order(c, t_order, price, "kit", kit, channel=ch)
        c["kits"] += 1
        c["spend"] += price
        if c["first_order"] is None:
            c["first_order"] = t_order
        # delivery
        if ch == "clinic":
            t_del = t_order + D(minutes=float(rng.uniform(5, 40)))
            self.ev(c, t_del, "tp_delivered", kid, "handed_over", kit, channel="clinic")
        else:
            t_del = t_order + D(days=float(rng.uniform(0.8, 3.5)))
            self.ev(c, t_del, "tp_delivered", kid, "delivered", kit, channel="courier")
        # activation
        if rng.random() > PURPOSES[purpose][3]:
            if rng.random() < (0.45 if purpose == "gift" else 0.3):
                self.refund(c, t_del + D(days=float(rng.uniform(3, 25))), kit, kit_order, "not_activated")
                c["spend"] -= price
            return
        med = 18.0 if purpose == "gift" else (0.05 if ch == "clinic" else 2.5)
        t_act = t_del + D(days=float(rng.lognormal(np.log(med), 0.8)))
        if c["device"] == "android" and ACT_BUG[0] <= t_act < ACT_BUG[1] and ch != "clinic":
            n_fail = 1 + int(rng.geometric(0.5)) - 1
            for _ in range(n_fail):
                self.ev(c, t_act, "tp_activate_fail", kid, "fail", kit, channel="app", error_code="SCAN_CRASH_520")
                t_act += D(minutes=float(rng.uniform(1, 20)))
            if rng.random() < 0.45:
                self.fb(c, t_act + D(minutes=30), ["activation"], "ticket", kit=kit)
            if rng.random() < 0.2:                      # gave up
                if rng.random() < 0.6:
                    self.refund(c, t_act + D(days=float(rng.uniform(2, 10))), kit, kit_order, "not_activated")
                    c["spend"] -= price
                return
            t_act = max(t_act, ACT_BUG[1]) + D(days=float(rng.lognormal(np.log(1.5), 0.7)))
        if not self.ev(c, t_act, "tp_activate", kid, "activated", kit, channel="app"):
            return
        # sampling loop (first sample, at most one re-sample)
        t_ship = t_act + D(days=float(rng.lognormal(np.log(1.2), 0.9)))
        if rng.random() < 0.05:
            return                                       # activated, never mailed back
        attempts = 0
        fails = []
        while True:
            attempts += 1
            if ch == "clinic" and attempts == 1:
                t_ship = t_act + D(hours=float(rng.uniform(0.2, 3)))
            transit = float(rng.lognormal(np.log(COURIERS[courier][2]), 0.35)) + CITIES[c["city"]][3] * float(
                rng.uniform(0.7, 1.3))
            if not self.ev(c, t_ship, "tp_sample_ship", kid, "courier_pickup", kit,
                           channel="clinic" if (ch == "clinic" and attempts == 1) else "courier", attempt=attempts):
                return
            t_rec = t_ship + D(days=transit)
            if not self.ev(c, t_rec, "tp_lab_receive", kid, "received", kit, channel="lab", attempt=attempts,
                           transit_days=round(transit, 1)):
                return
            # QC
            p_vol = 0.03
            p_deg = 0.015 + 0.045 * max(0.0, transit - 2.0)
            if t_ship.month in (7, 8):
                p_deg += 0.05 if courier == "ecopost" else 0.01
            p_low = 0.015
            if lab == "wuhan" and REAGENT[0] <= t_rec < REAGENT[1]:
                p_low = 0.22
            r = rng.random()
            reason = None
            if r < p_vol:
                reason = "insufficient_volume"
            elif r < p_vol + p_deg:
                reason = "degraded"
            elif r < p_vol + p_deg + p_low:
                reason = "low_yield"
            if reason is None:
                break
            t_qc = t_rec + D(days=float(rng.uniform(2, 6)))
            self.ev(c, t_qc, "tp_qc_fail", kid, "qc_fail", kit, channel="lab", fail_reason=reason,
                    不合格原因=FAIL_REASONS[reason], attempt=attempts)
            fails.append(reason)
            if attempts == 2:
                if rng.random() < 0.5:
                    self.fb(c, t_qc + D(days=1), ["sample_fail"], "ticket", kit=kit)
                self.refund(c, t_qc + D(days=float(rng.uniform(1, 5))), kit, kit_order, "qc_failed_twice")
                c["spend"] -= price
                return
            t_rs = t_qc + D(hours=float(rng.uniform(2, 30)))
            fee = 99.0 if reason == "insufficient_volume" else 0.0
            self.ev(c, t_rs, "tp_resample", kid, "resample_kit_sent", kit, channel="courier", fail_reason=reason,
                    不合格原因=FAIL_REASONS[reason], resample_fee=fee)
            fee_order = None
            if fee:
                fee_order = self.order(c, t_rs, fee, "resample_fee", kit)
                c["spend"] += fee
                if rng.random() < 0.35:
                    self.fb(c, t_rs + D(hours=float(rng.uniform(1, 30))), ["resample_fee"], "ticket", kit=kit)
                    if rng.random() < 0.6:
                        self.refund(c, t_rs + D(days=float(rng.uniform(1, 6))), kit, fee_order, "resample_fee_waived")
                        c["spend"] -= fee
            if rng.random() < 0.25:
                self.fb(c, t_qc + D(hours=float(rng.uniform(2, 40))), ["sample_fail"], "ticket", kit=kit)
            if rng.random() < 0.07:
                return                                   # never sent the second sample
            t_ship = t_rs + D(days=float(rng.uniform(2, 5))) + D(days=float(rng.lognormal(np.log(2.0), 0.7)))
        # lab processing
        med = {"ancestry": 18.0, "health": 21.0, "carrier": 27.0}[kt]
        if BACKLOG[0] <= t_rec < BACKLOG[1]:
            med *= 1.9
        tat = float(rng.lognormal(np.log(med), 0.22))
        t_rep = t_rec + D(days=tat)
        version = "v3" if t_rep >= REPORT_V3 else "v2"
        if not self.ev(c, t_rep, "tp_report", kid, "released", kit, channel="app", report_version=version,
                       turnaround_days=round(tat, 1)):
            return
        c["last_report"] = t_rep
        slow = tat > 35
        if slow and rng.random() < 0.10:
            self.fb(c, t_rep - D(days=float(rng.uniform(1, 8))), ["slow_report"], "ticket", kit=kit)
        if rng.random() > 0.9:
            return
        t_view = t_rep + D(hours=float(rng.lognormal(np.log(10), 1.0)))
        if not self.ev(c, t_view, "tp_report_view", kid, "view", kit, channel="app", report_version=version):
            return
        # app review after reading the report
        topics = []
        if slow and rng.random() < 0.55:
            topics.append("slow_report")
        if fails and rng.random() < 0.5:
            topics.append("sample_fail")
        if kt != "ancestry":
            p_unc = (0.38 if version == "v2" else 0.07) * (1.2 if kt == "carrier" else 1.0)
            if rng.random() < p_unc:
                topics.append("unclear_report")
            elif version == "v3" and rng.random() < 0.25:
                topics.append("clear_report")
        if kt == "ancestry" and rng.random() < 0.35:
            topics.append("ancestry_fun")
        if rng.random() < (0.07 if kt == "ancestry" else 0.02):
            topics.append("privacy")
        if rng.random() < 0.03:
            topics.append("price")
        p_rev = 0.45 if topics else 0.25
        if rng.random() < p_rev:
            s = self.stars(topics)
            self.fb(c, t_view + D(hours=float(rng.uniform(0.2, 48))), topics, "app_review", rating=s, kit=kit,
                    gen="pos" if s >= 4 else ("neu" if s == 3 else "neg"))
        if ch in ("tmall", "jd") and rng.random() < 0.10:
            s = self.stars(topics, base=(0.6, 0.3, 0.07, 0.03))
            self.fb(c, t_view + D(days=float(rng.uniform(0.5, 10))), topics, f"{ch}_review", rating=s, kit=kit,
                    gen="pos" if s >= 4 else ("neu" if s == 3 else "neg"), undated=(ch == "jd" and rng.random() < 0.3))
        if rng.random() < 0.10:
            bad = bool(set(topics) & NEG_TOPICS)
            nps = int(np.clip(round(rng.normal(8.9 - 3.2 * bad, 1.4)), 0, 10))
            self.fb(c, t_view + D(days=3, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.6 else [],
                    "nps_survey", nps=nps, kit=kit, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if (set(topics) & {"privacy", "slow_report", "ancestry_fun"}) and rng.random() < 0.2:
            self.fb(c, t_view + D(days=float(rng.uniform(1, 20))),
                    [k for k in topics if k in ("privacy", "slow_report", "ancestry_fun")], "social", kit=kit,
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.4)
        # counselling
        p_book = {"ancestry": 0.02, "health": 0.16, "carrier": 0.46}[kt]
        if version == "v2" and kt != "ancestry":
            p_book *= 1.15
        if rng.random() < p_book:
            t_b = t_view + D(days=float(rng.lognormal(np.log(2.0), 1.0)))
            fee = 0.0 if kt == "carrier" else 299.0
            cs = COUNSELLORS[int(rng.integers(len(COUNSELLORS)))]
            if self.ev(c, t_b, "tp_counsel_book", kid, "booked", kit, channel="app", counsellor=cs, amount=fee):
                c_ord = self.order(c, t_b, fee, "counselling", kit) if fee else None
                if fee:
                    c["spend"] += fee
                t_call = t_b + D(days=float(rng.lognormal(np.log(4.0), 0.6)))
                if rng.random() < 0.09:
                    if c_ord is not None:
                        self.refund(c, max(t_b + D(hours=1), t_call - D(hours=float(rng.uniform(2, 40)))), kit, c_ord,
                                    "counsel_cancelled")
                        c["spend"] -= fee
                elif self.ev(c, t_call, "tp_counsel", kid, "call_completed", kit, channel="phone", counsellor=cs,
                             call_minutes=round(float(rng.uniform(20, 55)), 1)):
                    if rng.random() < 0.5:
                        s = float(pick([5, 4, 3], [0.72, 0.22, 0.06]))
                        self.fb(c, t_call + D(hours=float(rng.uniform(1, 24))),
                                ["counsel_good"] if s >= 4 and rng.random() < 0.6 else [], "counsel_survey",
                                rating=s, kit=kit, tp="tp_counsel", gen="pos" if s >= 4 else "neu")
        # upgrade
        if kt in ("ancestry", "health"):
            if kt == "ancestry":
                p_up = {"app": 0.22, "tmall": 0.08, "jd": 0.06, "clinic": 0.07}[ch]
            else:
                p_up = 0.05 if purpose != "family_planning" else 0.15
            t_up = t_view + D(days=float(rng.exponential(22) + 0.5))
            promo_up = kt == "ancestry" and UPGRADE_PROMO[0] <= t_up < UPGRADE_PROMO[1]
            if promo_up:
                p_up *= 2.5
            if rng.random() < p_up:
                to = "health" if kt == "ancestry" else "carrier"
                price_up = (399.0 if promo_up else 599.0) if kt == "ancestry" else 699.0
                if self.ev(c, t_up, "tp_upgrade", kid, "upgraded", kit, channel="app", upgrade_to=to,
                           升级到=KITS[to][0], amount=price_up):
                    u_ord = self.order(c, t_up, price_up, "upgrade", kit, upgrade_to=to, 升级到=KITS[to][0])
                    c["spend"] += price_up
                    if rng.random() < 0.03:
                        self.refund(c, t_up + D(days=float(rng.uniform(1, 6))), kit, u_ord, "upgrade_regret")
                        c["spend"] -= price_up

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            dev = "pc" if (c["channel"] in ("tmall", "jd") and rng.random() < 0.2) else c["device"]
            self.ev(c, c["discover"], "tp_browse", None, "view", device=dev, channel=c["channel"])
            p = CHANNELS[c["channel"]][2] * (1.25 if promo(c["discover"]) else 1.0)
            if rng.random() > p:
                continue
            t = c["discover"] + D(hours=float(min(300, rng.exponential(30) + 0.1)))
            if c["channel"] == "clinic":
                t = c["discover"] + D(minutes=float(rng.uniform(10, 90)))
            n = 0
            while t <= END:
                self.kit(c, t, n)
                n += 1
                if rng.random() > (0.12 if n == 1 else 0.2):
                    break
                t = t + D(days=float(rng.exponential(120) + 20))
                self.ev(c, t - D(hours=float(rng.uniform(0.2, 30))), "tp_browse", None, "view", device=c["device"],
                        channel="app")

    def customer_rows(self):
        rows = []
        for c in self.cust:
            if not c["kits"]:
                seg = "prospect"
            elif c["kits"] >= 2:
                seg = "repeat_buyer"
            elif c["first_order"] >= datetime(2026, 4, 1):
                seg = "new"
            elif c["last_report"] is None:
                seg = "awaiting_report"
            else:
                seg = "reported"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], purchase_purpose=c["purpose"],
                             购买目的=PURPOSES[c["purpose"]][0], age_band=c["age"], gender=c["gender"],
                             phone_os=c["device"], preferred_language=c["lang"],
                             relative_matching_opt_in=int(rng.random() < 0.55)))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "kit_type", "套餐类型", "sales_channel", "销售渠道", "purchase_purpose", "购买目的", "lab_site",
           "实验室", "courier", "快递公司", "amount", "is_promo", "error_code", "attempt", "transit_days", "fail_reason",
           "不合格原因", "resample_fee", "report_version", "turnaround_days", "counsellor", "call_minutes", "upgrade_to",
           "升级到", "refund_amount", "refund_reason", "退款原因", "order_type"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型", "kit_id",
            "kit_type", "套餐类型", "sales_channel", "销售渠道", "upgrade_to", "升级到", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language", "kit_id",
           "kit_type", "套餐类型", "sales_channel", "销售渠道", "lab_site", "实验室", "city", "城市"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道",
             "purchase_purpose", "购买目的", "age_band", "gender", "phone_os", "preferred_language",
             "relative_matching_opt_in"]


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
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, kits {g.n_kit}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
