"""LayerLab 层工坊: an online 3D printing service bureau (3D打印服务). Engineers, makers, students and design studios
visit the site, upload a model (STL / STEP / 3MF / OBJ), get an instant quote for a process and material (FDM, SLA
resin, SLS nylon, metal SLM), place the order (optionally with post-processing add-ons and expedited lead time), pay,
the file goes through a DFM check (thin walls, non-manifold meshes, oversize; metal jobs are sometimes re-quoted),
then it is printed at the Shenzhen or Suzhou plant, post-processed, quality-checked, shipped (SF / JD / DHL) and
delivered. Defective parts can be claimed and are reprinted or refunded; customers review the job and order again;
some subscribe to LayerLab Pro (monthly fee, 10 % off prints).
Data 2025-01-01 .. 2026-06-30 (the extract was taken at the end of June 2026).

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
N_CUST = 6000
RESIN_LOT = (datetime(2025, 8, 1), datetime(2025, 10, 16))      # Suzhou SLA: new resin supplier lot, tacky surfaces
SLS03_DRIFT = (datetime(2026, 3, 1), datetime(2026, 6, 1))      # SLS-SZ-03 out of calibration: dimensional drift
PEAK = (datetime(2025, 11, 5), datetime(2025, 12, 6))           # Double-11 hardware rush: capacity crunch
JD_SWITCH = datetime(2026, 1, 1)                                # Shenzhen standard parcels moved from SF to JD

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_visit", "访问官网", "Site visit", "awareness", "web", "digital", "marketing",
     "访问|官网|落地页|看到我们|搜到|visit|landing page|website|found us"),
    ("tp_upload", "上传模型", "Model upload", "consideration", "web", "digital", "product",
     "上传|传模型|传文件|上传STL|upload|model upload|file upload|STL upload"),
    ("tp_quote", "即时报价", "Instant quote", "consideration", "web", "digital", "product",
     "报价|询价|算价|即时报价|quote|instant quote|pricing|price check"),
    ("tp_order", "提交订单", "Order placed", "purchase", "web", "digital", "sales",
     "下单|提交订单|加购物车|checkout|order placed|place order"),
    ("tp_pay", "支付", "Payment", "purchase", "web", "digital", "finance",
     "支付|付款|付钱|对公转账|pay|payment|paid"),
    ("tp_dfm", "DFM文件检查", "DFM file check", "service", "web", "digital", "engineering",
     "DFM|文件检查|文件审核|可打印性检查|壁厚检查|审核|file check|printability check|design review|DFM review"),
    ("tp_dfm_fix", "修改重传", "File revised", "service", "web", "digital", "engineering",
     "改模型|重新上传|修改文件|重传|revise|re-upload|file fix|revised file"),
    ("tp_print", "打印生产", "Printing", "service", "other", "physical", "production",
     "打印|生产|上机|排产|出件|print|printing|production|build"),
    ("tp_post", "后处理", "Post-processing", "service", "other", "physical", "production",
     "后处理|打磨|喷漆|染色|抛光|去支撑|post-processing|finishing|sanding|painting|dyeing|polishing"),
    ("tp_qc", "质检", "Quality check", "service", "other", "physical", "quality",
     "质检|检验|测量|尺寸检测|QC|quality check|inspection|measurement"),
    ("tp_ship", "发货", "Shipped", "service", "other", "physical", "logistics",
     "发货|出库|寄出|快递|物流|ship|shipped|dispatch|shipping"),
    ("tp_deliver", "签收", "Delivered", "service", "other", "physical", "logistics",
     "签收|收货|到货|送达|delivered|received|arrival"),
    ("tp_claim", "售后申请", "Quality claim", "service", "web", "digital", "support",
     "售后|投诉|质量问题|申请售后|报缺陷|claim|complaint|defect report|quality claim"),
    ("tp_reprint", "补打重发", "Reprint", "service", "other", "physical", "production",
     "补打|重打|重印|补发|reprint|remake|re-print"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|退费|refund|money back|refunded"),
    ("tp_review", "评价", "Review", "loyalty", "web", "digital", "marketing",
     "评价|打分|评分|好评|差评|review|rating|stars"),
    ("tp_reorder", "复购下单", "Repeat order", "loyalty", "web", "digital", "sales",
     "复购|返单|再次下单|回头客|又下单|reorder|repeat order|came back"),
    ("tp_subscribe", "开通Pro会员", "Pro subscription", "loyalty", "web", "digital", "growth",
     "Pro会员|订阅|开会员|包月|subscribe|subscription|Pro plan|membership"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("quote_order", "报价下单", "Quote to order", ["tp_upload", "tp_quote", "tp_order", "tp_pay"], 7),
    ("fulfilment", "生产交付", "Fulfilment", ["tp_pay", "tp_dfm", "tp_print", "tp_ship", "tp_deliver"], 30),
    ("aftersales", "售后补打", "Claim to reprint", ["tp_claim", "tp_reprint"], 14),
    ("reorder", "复购", "Repeat order", ["tp_deliver", "tp_reorder"], 90),
]
CITIES = {  # en: zh, region, weight
    "Shenzhen": ("深圳", "south_china", 0.22), "Guangzhou": ("广州", "south_china", 0.08),
    "Dongguan": ("东莞", "south_china", 0.07), "Shanghai": ("上海", "east_china", 0.16),
    "Hangzhou": ("杭州", "east_china", 0.09), "Suzhou": ("苏州", "east_china", 0.08),
    "Beijing": ("北京", "north_china", 0.12), "Chengdu": ("成都", "southwest", 0.08),
    "Hong Kong": ("香港", "overseas", 0.04), "Singapore": ("新加坡", "overseas", 0.04),
    "Munich": ("慕尼黑", "overseas", 0.02),
}
REGIONS = {"south_china": "华南", "east_china": "华东", "north_china": "华北", "southwest": "西南", "overseas": "海外"}
FACTORIES = {"shenzhen": "深圳工厂", "suzhou": "苏州工厂"}
CHANNELS = {  # en: zh, weight
    "search_ads": ("搜索广告", 0.34), "bilibili": ("B站", 0.18), "xiaohongshu": ("小红书", 0.14),
    "referral": ("老客推荐", 0.20), "trade_show": ("展会", 0.14)}
CTYPES = {  # en: zh, weight, process probs (FDM, SLA, SLS, metal), order prob mult, return prob, mean gap days,
    #          DFM fail prob, pay prob
    "maker": ("创客", 0.30, (0.60, 0.30, 0.08, 0.02), 1.0, 0.50, 40, 0.12, 0.90),
    "student": ("学生", 0.24, (0.70, 0.25, 0.05, 0.00), 0.85, 0.32, 55, 0.30, 0.86),
    "engineer": ("企业工程师", 0.32, (0.22, 0.23, 0.42, 0.13), 1.0, 0.66, 30, 0.07, 0.92),
    "enterprise": ("大客户", 0.12, (0.15, 0.20, 0.40, 0.25), 1.2, 0.84, 18, 0.05, 0.98),
    "design_studio": ("设计工作室", 0.02, (0.10, 0.85, 0.05, 0.00), 1.0, 0.55, 35, 0.50, 0.92),
}
INDUSTRY = {  # customer type -> industries
    "maker": ["hobby", "robotics"], "student": ["education", "robotics"],
    "engineer": ["consumer_electronics", "automotive", "robotics", "medical"],
    "enterprise": ["consumer_electronics", "automotive", "medical"], "design_studio": ["jewelry_art"]}
INDUSTRY_ZH = {"hobby": "个人爱好", "robotics": "机器人", "education": "教育科研", "consumer_electronics": "消费电子",
               "automotive": "汽车", "medical": "医疗器械", "jewelry_art": "首饰艺术"}
PROCESSES = ["FDM", "SLA", "SLS", "metal"]
PROC_ZH = {"FDM": "FDM熔融沉积", "SLA": "SLA光固化", "SLS": "SLS尼龙烧结", "metal": "金属SLM"}
MATERIALS = {  # process -> [(en, zh, price per cm3)]
    "FDM": [("PLA", "PLA", 0.6), ("ABS", "ABS", 0.8), ("PETG", "PETG", 0.8), ("PA-CF", "碳纤维尼龙", 1.8)],
    "SLA": [("Standard Resin", "标准树脂", 1.2), ("Tough Resin", "韧性树脂", 1.8), ("Clear Resin", "透明树脂", 2.2)],
    "SLS": [("PA12", "尼龙PA12", 1.9), ("PA12-GF", "玻纤尼龙", 2.4)],
    "metal": [("316L", "不锈钢316L", 11.0), ("AlSi10Mg", "铝合金AlSi10Mg", 13.0), ("Ti6Al4V", "钛合金TC4", 22.0)],
}
ORDER_P = {"FDM": 0.58, "SLA": 0.52, "SLS": 0.50, "metal": 0.30}        # quote -> order
PROD_DAYS = {"FDM": 2.0, "SLA": 2.8, "SLS": 3.8, "metal": 7.0}          # DFM pass -> ship, median days
PROMISED = {("FDM", "standard"): 3, ("SLA", "standard"): 4, ("SLS", "standard"): 5, ("metal", "standard"): 9,
            ("FDM", "expedited"): 2, ("SLA", "expedited"): 2, ("SLS", "expedited"): 3, ("metal", "expedited"): 5}
MACHINES = {  # (factory, process) -> [(machine_id, model)]
    ("shenzhen", "FDM"): [("FDM-SZ-01", "Bambu Lab X1E"), ("FDM-SZ-02", "Bambu Lab X1E"), ("FDM-SZ-03", "Raise3D Pro3")],
    ("shenzhen", "SLA"): [("SLA-SZ-01", "Formlabs Form 3L"), ("SLA-SZ-02", "Formlabs Form 3L")],
    ("shenzhen", "SLS"): [("SLS-SZ-01", "Farsoon 251P"), ("SLS-SZ-03", "Farsoon 251P")],
    ("suzhou", "FDM"): [("FDM-SU-01", "Raise3D Pro3"), ("FDM-SU-02", "Bambu Lab X1E")],
    ("suzhou", "SLA"): [("SLA-SU-01", "UnionTech Lite600"), ("SLA-SU-02", "UnionTech Lite600")],
    ("suzhou", "SLS"): [("SLS-SU-01", "Farsoon 402P"), ("SLS-SU-02", "Farsoon 402P")],
    ("suzhou", "metal"): [("MTL-SU-01", "BLT S310"), ("MTL-SU-02", "BLT S310")],
}
POST = {  # process -> [(option, zh, price)]
    "FDM": [("sanding", "打磨", 30), ("painting", "喷漆", 80), ("threaded_inserts", "螺纹镶件", 40)],
    "SLA": [("sanding", "打磨", 40), ("painting", "喷漆", 90), ("clear_coat", "透明喷油", 60)],
    "SLS": [("dyeing", "染黑", 35), ("vapor_smoothing", "蒸汽抛光", 70), ("threaded_inserts", "螺纹镶件", 40)],
    "metal": [("polishing", "抛光", 150), ("cnc_finishing", "CNC精加工", 300)],
}
CARRIERS = {"SF": "顺丰", "JD": "京东物流", "DHL": "DHL"}
DEFECTS = {"dimensional": "尺寸偏差", "surface": "表面缺陷", "warping": "翘曲变形", "transit_damage": "运输破损"}
DFM_ISSUES = {"thin_wall": "壁厚不足", "non_manifold": "模型不封闭", "oversize": "超出成型尺寸"}
TIERS = {"free": "免费版", "pro": "Pro会员", "enterprise": "企业版"}
SEGMENTS = ["prospect", "new", "at_risk", "loyal", "returning", "one_time"]
SUB_FEE = 199.0

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "dimensional": (["孔位尺寸偏差有0.3mm，装配装不上", "卡扣尺寸偏差太大，和图纸对不上", "尺寸偏差明显，公差根本没控制住",
                     "这批件尺寸偏差严重，轴承座装不进去"],
                    ["holes were out of tolerance by 0.3 mm, the parts won't fit", "dimensions are out of spec vs the CAD",
                     "tolerance was not held, the snap fits don't close"]),
    "surface": (["表面粗糙，层纹很明显", "树脂件表面发黏还有层纹", "表面粗糙得要自己再打磨一遍", "外观件层纹太重，没法给客户看"],
                ["rough surface, visible layer lines everywhere", "resin parts came out tacky with layer lines",
                 "layer lines all over a cosmetic part, had to sand it myself"]),
    "late": (["说好3天发货，交期拖了一周", "交期一拖再拖，项目节点都误了", "交期延误也没人主动通知", "催了好几次，交期还是延误"],
             ["lead time slipped by a week", "missed the promised lead time and nobody told us",
              "lead time was way longer than promised, we missed our build"]),
    "quote": (["付款后审核又说要补差价，报价不准", "即时报价和最后价格差了三成，报价不靠谱", "审核完加价，报价完全不准"],
              ["the quote jumped after the file review, had to pay extra", "instant quote was not accurate at all",
               "final price was way above the quote"]),
    "packaging": (["包装太简陋，到手就断了", "运输破损，包装就一层气泡膜", "快递压坏了，包装不行"],
                  ["poor packaging, the part arrived cracked", "arrived broken, the packaging was one thin bag",
                   "packaging too flimsy, a thin wall snapped in transit"]),
    "dfm_fail": (["文件检查说壁厚不足，来回改了三次", "文件检查卡得太严，模型被打回两次", "文件检查不通过又不说清楚哪里有问题"],
                 ["the file check flagged thin walls and I had to re-upload", "file check rejected my model twice",
                  "file check failed with no clear explanation"]),
    "fast": (["出件速度很快，第二天就发货了", "速度很快，比预期早到", "加急真的很快，赶上了路演"],
             ["quick turnaround, shipped the next day", "fast turnaround, arrived earlier than expected",
              "super quick turnaround on the expedited job"]),
    "quality": (["精度很高，装配一次成功", "表面很光滑，细节清楚", "打印精度很高，和图纸一致"],
                ["great detail and accuracy, assembled first time", "smooth finish and crisp details",
                 "great detail on the small features"]),
}
GEN = {
    "pos": (["整体满意，下次还来", "体验不错，推荐给同事了", "流程顺畅，客服响应及时", "性价比高，会继续用"],
            ["overall happy, will order again", "smooth process and responsive support", "good value, recommended it to my team"]),
    "neu": (["还行吧，中规中矩", "一般般，价格还可以", "能用，没什么特别的"],
            ["it was ok", "average experience, nothing special"]),
    "neg": (["体验一般，不太满意", "这次有点失望", "性价比不高，考虑换一家"],
            ["not great this time", "disappointing, thinking of switching suppliers"]),
}
TOPIC_TP = [("quote", "tp_quote"), ("dfm_fail", "tp_dfm"), ("dimensional", "tp_qc"), ("surface", "tp_print"),
            ("packaging", "tp_ship"), ("late", "tp_ship"), ("fast", "tp_ship"), ("quality", "tp_print")]
NEG_TOPICS = {"dimensional", "surface", "late", "quote", "packaging", "dfm_fail"}
PEN = {"dimensional": 2.4, "surface": 2.0, "late": 1.6, "quote": 1.3, "packaging": 2.2, "dfm_fail": 1.0}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


_CUM: dict = {}


def pick(items, weights):
    key = tuple(weights)
    cum = _CUM.get(key)
    if cum is None:
        w = np.asarray(weights, dtype=float)
        cum = _CUM[key] = list(np.cumsum(w / w.sum()))
    r = rng.random()
    for i, x in enumerate(cum):
        if r < x:
            return items[i]
    return items[-1]


def season(d: datetime) -> float:
    if datetime(2025, 1, 20) <= d < datetime(2025, 2, 10) or datetime(2026, 2, 8) <= d < datetime(2026, 2, 26):
        return 0.45                                   # Spring Festival: factories and customers off
    if PEAK[0] <= d < PEAK[1]:
        return 1.5                                    # hardware launch rush before Double 11 / year end
    if d.month in (3, 4, 9, 10):
        return 1.15                                   # semesters / trade-show season
    return 1.0


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_job = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, job=None, device="cust", **kw):
        if t > END:
            return
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"] if device == "cust" else device,
                   channel="web" if device == "cust" else "factory")
        if job:
            row.update(job["common"])
        row.update(kw)
        self.events.append(row)

    def order(self, c, t, amount, otype, job, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"print_job": "打印订单", "post_processing": "后处理加购", "expedite": "加急费", "quote_adjustment": "审核补差价",
              "intl_shipping": "国际运费", "subscription": "Pro会员月费"}[otype]
        row = dict(order_id=f"LL{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="web", device=c["device"], order_type=otype, 订单类型=zh,
                   job_id=job["id"] if job else None, currency="CNY", invoice_type=c["invoice"])
        if job:
            for k in ("process", "工艺", "material", "材料", "factory", "工厂", "lead_time_option", "交期类型", "quantity"):
                row[k] = job["common"][k]
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, job=None, undated=False, gen=None,
           no_customer=False, lang=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        if lang is None:
            lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_review")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        pos = not neg and (bool({"fast", "quality"} & set(topics)) or gen == "pos")
        senti = "neg" if neg else ("pos" if pos else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, job_id=job["id"] if job else None)
        if job:
            for k in ("process", "工艺", "material", "factory", "工厂"):
                row[k] = job["common"][k]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

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
            city = pick(list(CITIES), [v[2] for v in CITIES.values()])
            region = CITIES[city][1]
            ctype = pick(list(CTYPES), [v[1] for v in CTYPES.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            if ctype == "enterprise" and rng.random() < 0.4:
                ch = "trade_show"
            en_share = 0.9 if region == "overseas" else 0.18
            self.cust.append(dict(
                customer_id=f"CU{i + 1:05d}", first=t, city=city, region=region, ctype=ctype, channel=ch,
                industry=str(rng.choice(INDUSTRY[ctype])), device=pick(["windows", "mac", "ios", "android"],
                                                                       [0.55, 0.27, 0.09, 0.09]),
                en_share=en_share, lang="en" if rng.random() < en_share else "zh",
                invoice="vat_special" if ctype == "enterprise" else ("vat_normal" if ctype == "engineer" else "none"),
                spend=0.0, paid_jobs=[], first_pay=None, sub_start=None, sub_end=None))

    # ---------- one job ----------
    def job(self, c, t_up: datetime, n_prev: int):
        p = CTYPES[c["ctype"]]
        proc = pick(PROCESSES, p[2])
        mat = MATERIALS[proc][int(rng.integers(len(MATERIALS[proc])))]
        vol = float(np.clip(rng.lognormal(np.log(15 if proc == "metal" else 45), 0.8), 2, 900))
        qty = int(pick([1, 2, 4, 10, 50], [0.45, 0.2, 0.15, 0.12, 0.08]))
        if c["ctype"] == "student":
            qty = int(pick([1, 2], [0.8, 0.2]))
        if proc == "metal" or c["region"] in ("east_china", "north_china"):
            factory = "suzhou"
        elif c["region"] == "southwest":
            factory = "shenzhen" if rng.random() < 0.6 else "suzhou"
        else:
            factory = "shenzhen"
        expedited = rng.random() < (0.30 if c["ctype"] == "enterprise" else 0.12)
        lto = "expedited" if expedited else "standard"
        disc = 0.9 if (c["sub_start"] and c["sub_start"] <= t_up and (c["sub_end"] is None or t_up < c["sub_end"])) else 1.0
        amount = round((30 + mat[2] * vol * qty) * disc, 2)
        self.n_job += 1
        jid = f"J{self.n_job:06d}"
        common = dict(process=proc, 工艺=PROC_ZH[proc], material=mat[0], 材料=mat[1], factory=factory,
                      工厂=FACTORIES[factory], lead_time_option=lto, 交期类型="加急" if expedited else "标准",
                      quantity=qty, volume_cm3=round(vol, 1), file_format=pick(["STL", "STEP", "3MF", "OBJ"],
                                                                              [0.55, 0.3, 0.1, 0.05]))
        job = dict(id=jid, common=common)
        if n_prev > 0:
            self.ev(c, t_up, "tp_reorder", jid, "reorder", job)
        self.ev(c, t_up, "tp_upload", jid, "upload", job)
        t_q = t_up + D(seconds=float(rng.uniform(8, 90)))
        self.ev(c, t_q, "tp_quote", jid, "quote", job, quote_amount=amount)
        # order
        p_order = ORDER_P[proc] * p[3] * (1.25 if n_prev > 0 else 1.0)
        if rng.random() > min(0.95, p_order):
            return None
        t_o = t_q + D(minutes=float(min(60 * 24 * 6, rng.lognormal(np.log(90), 1.3))))
        post = None
        if rng.random() < (0.45 if proc in ("SLA", "metal") else 0.3):
            post = POST[proc][int(rng.integers(len(POST[proc])))]
        self.ev(c, t_o, "tp_order", jid, "submit", job, order_amount=amount,
                post_processing=post[0] if post else None, 后处理=post[1] if post else None)
        if rng.random() > p[7]:
            self.order(c, t_o, amount, "print_job", job, status="cancelled")      # unpaid: auto-cancelled after 24 h
            return None
        t_p = t_o + D(minutes=float(rng.lognormal(np.log(6), 0.9)))
        pm = "bank_transfer" if c["ctype"] == "enterprise" and rng.random() < 0.6 else pick(
            ["wechat_pay", "alipay", "card"], [0.5, 0.35, 0.15] if c["region"] != "overseas" else [0.05, 0.05, 0.9])
        if pm == "bank_transfer":
            t_p = t_o + D(hours=float(rng.uniform(2, 30)))
        self.ev(c, t_p, "tp_pay", jid, "success", job, amount=amount, payment_method=pm)
        if t_p > END:
            return None
        main = self.order(c, t_p, amount, "print_job", job, payment_method=pm)
        extras = []
        if post:
            extras.append(self.order(c, t_p, post[2] * max(1, qty // 4), "post_processing", job, payment_method=pm,
                                     post_processing=post[0], 后处理=post[1]))
        if expedited:
            extras.append(self.order(c, t_p, max(50.0, round(amount * 0.4, 2)), "expedite", job, payment_method=pm))
        if c["region"] == "overseas":
            extras.append(self.order(c, t_p, float(rng.choice([180, 220, 260])), "intl_shipping", job,
                                     payment_method=pm))
        c["paid_jobs"].append(t_p)
        if c["first_pay"] is None:
            c["first_pay"] = t_p
        c["spend"] += amount + sum(o["amount"] for o in extras if o)
        # DFM check
        t_d = t_p + D(hours=float(rng.lognormal(np.log(10 if proc == "metal" else 3), 0.6)))
        topics_job = []
        issue = None
        if rng.random() < p[6] * (1.3 if proc == "SLA" else 1.0):
            issue = pick(list(DFM_ISSUES), [0.6, 0.3, 0.1])
            self.ev(c, t_d, "tp_dfm", jid, "fail", job, device=None, dfm_result="fail", dfm_issue=issue,
                    DFM问题=DFM_ISSUES[issue])
            if rng.random() < 0.3:
                self.fb(c, t_d + D(hours=float(rng.uniform(1, 20))), ["dfm_fail"], "ticket", job=job)
            if rng.random() > 0.78:
                t_r = t_d + D(days=float(rng.uniform(1, 4)))
                self.refund(c, job, t_r, amount, [main] + extras, "dfm_fail")
                return dict(bad=True, end=t_r, refunded=True)
            t_fix = t_d + D(hours=float(rng.lognormal(np.log(20), 0.7)))
            self.ev(c, t_fix, "tp_dfm_fix", jid, "resubmit", job)
            t_d = t_fix + D(hours=float(rng.lognormal(np.log(2), 0.5)))
            if rng.random() < 0.5:
                topics_job.append("dfm_fail")
        requote = proc == "metal" and rng.random() < 0.38
        if requote:
            extra = round(amount * float(rng.uniform(0.15, 0.45)), 2)
            self.ev(c, t_d, "tp_dfm", jid, "requote", job, device=None, dfm_result="requote", requote_amount=extra)
            self.order(c, t_d + D(hours=float(rng.uniform(1, 12))), extra, "quote_adjustment", job, payment_method=pm)
            c["spend"] += extra
            topics_job.append("quote")
            if rng.random() < 0.35:
                self.fb(c, t_d + D(hours=float(rng.uniform(2, 24))), ["quote"], "ticket", job=job)
        else:
            self.ev(c, t_d, "tp_dfm", jid, "pass", job, device=None, dfm_result="pass")
            if rng.random() < 0.01:
                topics_job.append("quote")
        # production
        med = PROD_DAYS[proc] * (0.45 if expedited else 1.0)
        if not expedited and PEAK[0] <= t_d < PEAK[1]:
            med += 4.5
        if datetime(2026, 2, 8) <= t_d < datetime(2026, 2, 22) or datetime(2025, 1, 22) <= t_d < datetime(2025, 2, 5):
            med += 5.0                                                           # Spring Festival shutdown
        prod = float(max(0.4, rng.lognormal(np.log(med), 0.3)))
        mach = MACHINES[(factory, proc)][int(rng.integers(len(MACHINES[(factory, proc)])))]
        t_pr = t_d + D(days=prod * 0.3)
        self.ev(c, t_pr, "tp_print", jid, "print_start", job, device=None, machine_id=mach[0], printer_model=mach[1],
                print_hours=round(float(rng.uniform(2, 30)), 1))
        if post:
            self.ev(c, t_d + D(days=prod * 0.7), "tp_post", jid, "done", job, device=None, post_processing=post[0],
                    后处理=post[1])
        qc_ok = rng.random() > 0.03
        self.ev(c, t_d + D(days=prod * 0.9), "tp_qc", jid, "pass" if qc_ok else "rework", job, device=None,
                qc_result="pass" if qc_ok else "rework")
        if not qc_ok:
            prod += 1.0
        t_s = t_d + D(days=prod)
        if c["region"] == "overseas":
            carrier = "DHL"
        elif factory == "shenzhen" and not expedited and t_s >= JD_SWITCH:
            carrier = "JD"
        else:
            carrier = "SF"
        self.ev(c, t_s, "tp_ship", jid, "shipped", job, device=None, carrier=carrier, 快递=CARRIERS[carrier])
        transit = {"SF": 1.4, "JD": 2.0, "DHL": 4.5}[carrier]
        t_dl = t_s + D(days=float(max(0.5, rng.lognormal(np.log(transit), 0.35))))
        self.ev(c, t_dl, "tp_deliver", jid, "signed", job, carrier=carrier, 快递=CARRIERS[carrier])
        c["last_deliver"] = t_dl
        late = (t_s - t_p).total_seconds() / 86400 > PROMISED[(proc, lto)]
        if late and rng.random() < 0.7:
            topics_job.append("late")
        # defects
        defect = None
        p_surf = 0.24 if (proc == "SLA" and factory == "suzhou" and RESIN_LOT[0] <= t_pr < RESIN_LOT[1]) else 0.012
        p_dim = 0.30 if (mach[0] == "SLS-SZ-03" and SLS03_DRIFT[0] <= t_pr < SLS03_DRIFT[1]) else 0.015
        p_warp = 0.03 if (proc == "FDM" and mat[0] in ("ABS", "PA-CF")) else 0.004
        p_transit = {"SF": 0.012, "JD": 0.06, "DHL": 0.03}[carrier] * (1.6 if proc == "SLA" else 1.0)
        r = rng.random()
        for name, pr in (("surface", p_surf), ("dimensional", p_dim), ("warping", p_warp), ("transit_damage", p_transit)):
            if r < pr:
                defect = name
                break
            r -= pr
        if defect:
            topics_job.append({"transit_damage": "packaging", "warping": "dimensional"}.get(defect, defect))
        elif rng.random() < 0.05:
            topics_job.append("dimensional" if rng.random() < 0.5 else "surface")   # unhappy but no claim
        if not (set(topics_job) & NEG_TOPICS) or (set(topics_job) == {"quote"}):
            if rng.random() < (0.35 if expedited else 0.12):
                topics_job.append("fast")
            if rng.random() < 0.18:
                topics_job.append("quality")
        end = t_dl
        if defect:
            t_c = t_dl + D(days=float(rng.uniform(0.3, 4)))
            self.ev(c, t_c, "tp_claim", jid, "claim", job, defect_type=defect, 缺陷类型=DEFECTS[defect])
            if rng.random() < 0.5:
                self.fb(c, t_c + D(hours=1), [{"transit_damage": "packaging", "warping": "dimensional"}.get(defect, defect)],
                        "ticket", job=job)
            if rng.random() < 0.7:
                t_rp = t_c + D(days=float(rng.lognormal(np.log(3 if proc != "metal" else 7), 0.4)))
                self.ev(c, t_rp, "tp_reprint", jid, "reprint_shipped", job, device=None, defect_type=defect,
                        缺陷类型=DEFECTS[defect])
                end = t_rp
            else:
                t_r = t_c + D(days=float(rng.uniform(0.5, 3)))
                self.refund(c, job, t_r, amount, [main], "defect")
                end = t_r
        elif late and rng.random() < 0.15:
            self.fb(c, t_s + D(hours=float(rng.uniform(1, 30))), ["late"], "ticket", job=job)
        # review (invited after delivery)
        bad = bool(set(topics_job) & NEG_TOPICS)
        if rng.random() < (0.5 if bad else 0.3):
            stars = float(pick([5, 4, 3, 2], [0.5, 0.35, 0.11, 0.04]))
            for k in topics_job:
                stars -= PEN.get(k, 0.0)
            if {"fast", "quality"} & set(topics_job) and not bad:
                stars = 5.0 if rng.random() < 0.8 else 4.0
            stars = float(min(5, max(1, round(stars))))
            t_rv = end + D(hours=float(rng.lognormal(np.log(30), 0.8)))
            self.ev(c, t_rv, "tp_review", jid, "rate", job, stars=stars)
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_rv, topics_job, "site_review", tp="tp_review" if not topics_job else None, rating=stars,
                    job=job, gen=gen)
        if c["region"] == "overseas" and rng.random() < 0.15:
            stars = float(pick([5, 4, 3, 2], [0.45, 0.35, 0.14, 0.06]))
            for k in topics_job:
                stars -= PEN.get(k, 0.0)
            stars = float(min(5, max(1, round(stars))))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, end + D(days=float(rng.uniform(1, 10))), topics_job, "trustpilot", rating=stars, job=job,
                    gen=gen, undated=rng.random() < 0.3, lang="en")
        if rng.random() < 0.07:
            nps = int(np.clip(round(rng.normal(8.3 - 3.2 * bad, 1.5)), 0, 10))
            self.fb(c, end + D(days=float(rng.uniform(2, 7))), topics_job if rng.random() < 0.6 else [], "nps_survey",
                    nps=nps, job=job, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if bad and c["region"] != "overseas" and rng.random() < 0.06:
            self.fb(c, end + D(hours=float(rng.uniform(1, 72))), [k for k in topics_job if k in NEG_TOPICS],
                    "wechat_group", job=job, undated=rng.random() < 0.5, no_customer=rng.random() < 0.3, lang="zh")
        return dict(bad=bad, end=end, refunded=False, claim=bool(defect))

    def refund(self, c, job, t_r, amount, order_rows, reason):
        if reason == "dfm_fail":                                     # add-ons are refunded with the print job
            amount = round(sum(o["amount"] for o in order_rows if o is not None), 2)
        self.ev(c, t_r, "tp_refund", job["id"], "refund", job, device=None, refund_amount=amount, refund_reason=reason,
                退款原因={"dfm_fail": "文件无法打印", "defect": "质量问题", "subscription": "会员退订"}[reason])
        if t_r <= END:
            for o in order_rows:
                if o is not None and (reason == "dfm_fail" or o["order_type"] == "print_job"):
                    o["status"] = "refunded"
                    o["refunded_at"] = ts(t_r)

    def subscribe(self, c, t):
        c["sub_start"] = t
        self.ev(c, t, "tp_subscribe", None, "subscribe", plan="pro_monthly")
        months = int(rng.geometric(0.10))
        k = 0
        while k < months:
            tm = t + D(days=30 * k)
            if tm > END:
                break
            o = self.order(c, tm, SUB_FEE, "subscription", None, payment_method="card" if c["region"] == "overseas"
                           else "wechat_pay", plan="pro_monthly")
            if k == 0 and rng.random() < 0.06:                              # regretted within 7 days
                t_r = tm + D(days=float(rng.uniform(0.5, 6)))
                self.ev(c, t_r, "tp_refund", None, "refund", device=None, refund_amount=SUB_FEE,
                        refund_reason="subscription", 退款原因="会员退订")
                if t_r <= END:
                    o["status"] = "refunded"
                    o["refunded_at"] = ts(t_r)
                c["sub_end"] = t_r
                return
            c["spend"] += SUB_FEE
            k += 1
        c["sub_end"] = t + D(days=30 * months) if t + D(days=30 * months) <= END else None

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            c["last_deliver"] = None
            self.ev(c, c["first"], "tp_visit", None, "view", channel=c["channel"], landing_page=pick(
                ["home", "instant_quote", "materials", "blog"], [0.4, 0.3, 0.2, 0.1]))
            if rng.random() > 0.78:
                continue
            t = c["first"] + D(minutes=float(rng.uniform(2, 40))) if rng.random() < 0.7 else \
                c["first"] + D(days=float(rng.exponential(5) + 0.1))
            p = CTYPES[c["ctype"]]
            n = 0
            while t <= END:
                res = self.job(c, t, n)
                n += 1
                if res is None:
                    if rng.random() < (0.45 if n < 3 else 0.25):
                        t += D(hours=float(rng.uniform(0.5, 96)))
                        continue
                    break
                if len(c["paid_jobs"]) == 2 and c["sub_start"] is None and c["ctype"] in ("maker", "engineer",
                                                                                          "design_studio"):
                    if rng.random() < 0.3:
                        self.subscribe(c, res["end"] + D(days=float(rng.uniform(0.5, 10))))
                p_ret = p[4]
                pro = c["sub_start"] is not None and (c["sub_end"] is None or c["sub_end"] > res["end"])
                if pro:
                    p_ret = min(0.93, p_ret * 1.45)
                if res.get("refunded"):
                    p_ret *= 0.5
                elif res.get("claim"):
                    p_ret *= 0.75
                elif res["bad"]:
                    p_ret *= 0.85
                if rng.random() > p_ret:
                    break
                g = float(rng.exponential(p[5] * (0.6 if pro else 1.0)) + 1.0)
                t = res["end"] + D(days=g)
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(8, 23)))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            v = c["paid_jobs"]
            if not v:
                seg = "prospect"
            elif c["first_pay"] >= datetime(2026, 4, 1):
                seg = "new"
            elif v[-1] < datetime(2026, 1, 1):
                seg = "at_risk"
            elif len(v) >= 5:
                seg = "loyal"
            elif len(v) >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            if c["ctype"] == "enterprise":
                tier = "enterprise"
            elif c["sub_start"] is not None and c["sub_end"] is None:
                tier = "pro"
            else:
                tier = "free"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["first"]), segment=seg,
                             region=c["region"], 地区=REGIONS[c["region"]], city=c["city"], 城市=CITIES[c["city"]][0],
                             acquisition_channel=c["channel"], 获客渠道=CHANNELS[c["channel"]][0], tier=tier,
                             会员等级=TIERS[tier], customer_type=c["ctype"], 客户类型=CTYPES[c["ctype"]][0],
                             industry=c["industry"], 行业=INDUSTRY_ZH[c["industry"]], preferred_language=c["lang"],
                             invoice_type=c["invoice"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "landing_page", "process", "工艺", "material", "材料", "factory", "工厂", "lead_time_option", "交期类型",
           "quantity", "volume_cm3", "file_format", "quote_amount", "order_amount", "post_processing", "后处理",
           "amount", "payment_method", "dfm_result", "dfm_issue", "DFM问题", "requote_amount", "machine_id",
           "printer_model", "print_hours", "qc_result", "carrier", "快递", "defect_type", "缺陷类型", "refund_amount",
           "refund_reason", "退款原因", "stars", "plan"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型", "job_id",
            "process", "工艺", "material", "材料", "factory", "工厂", "lead_time_option", "交期类型", "quantity",
            "post_processing", "后处理", "payment_method", "plan", "invoice_type", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "job_id", "process", "工艺", "material", "factory", "工厂"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "地区", "city", "城市", "acquisition_channel", "获客渠道",
             "tier", "会员等级", "customer_type", "客户类型", "industry", "行业", "preferred_language", "invoice_type"]


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
    dup_idx = rng.choice(len(ev), size=30, replace=False)            # the web tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, jobs {g.n_job}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
