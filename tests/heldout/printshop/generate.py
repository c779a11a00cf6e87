"""印速达 PrintHub: an online-to-offline print shop chain (5 stores in Hangzhou, Shanghai, Nanjing and Suzhou plus
online ordering), 2025-01-01 .. 2026-06-30 (synthetic, written blind).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (the generator's topic, sentiment and language per comment; not a DATA.md
table). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260630
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 3000
D = timedelta
AUTO_PREFLIGHT = datetime(2025, 9, 15)   # mini-program switches to an automatic pre-press check (no reason shown)
NEW_PRESS = datetime(2025, 11, 1)        # Xinjiekou (Nanjing) installs a new digital press: colour drift
COURIER_SWITCH = datetime(2026, 3, 1)    # standard deliveries move from SF Express to J&T Express
ACRYLIC_LAUNCH = datetime(2026, 5, 1)    # acrylic standees launched (a small new category)
SPRING = [date(2025, 1, 29), date(2026, 2, 17)]

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_visit", "访问/进店", "Visit / walk-in", "awareness", "other", "digital", "marketing",
     "访问|进店|到店|打开小程序|浏览官网|咨询客户经理|来访|visit|walk-in|walked in|opened the mini program|"
     "website visit|first contact"),
    ("tp_upload", "上传文件", "File uploaded", "consideration", "mini_program", "digital", "online_ops",
     "上传|传文件|上传文件|发文件|交稿|upload|uploaded|file upload|sent the file|artwork submitted"),
    ("tp_preflight_fail", "印前检查未通过", "Pre-press check failed", "consideration", "other", "digital", "prepress",
     "预检失败|预检未通过|印前检查不通过|文件被退回|文件被拒|审稿不通过|打回|preflight failed|pre-press failed|"
     "file rejected|rejected file|failed file check"),
    ("tp_reupload", "重新上传", "File re-uploaded", "consideration", "mini_program", "digital", "online_ops",
     "重新上传|重传|再次上传|改完重传|re-upload|reupload|uploaded again|resubmitted"),
    ("tp_preflight_pass", "印前检查通过", "Pre-press check passed", "consideration", "other", "digital", "prepress",
     "预检通过|印前检查通过|审稿通过|文件合格|preflight passed|pre-press passed|file approved|file ok"),
    ("tp_quote", "确认报价", "Quote accepted", "purchase", "other", "digital", "sales",
     "报价|确认报价|接受报价|询价|quote|quote accepted|accepted the quote|price quote"),
    ("tp_pay", "订单支付", "Order paid", "purchase", "other", "digital", "sales",
     "付款|支付|下单付款|买单|pay|paid|payment|order paid|checkout"),
    ("tp_proof_change", "打样修改", "Proof change requested", "service", "other", "digital", "prepress",
     "改样|打样修改|样稿修改|要求修改|proof change|proof changes|revision|asked for changes"),
    ("tp_proof_ok", "确认打样", "Proof approved", "service", "other", "digital", "prepress",
     "确认样稿|打样确认|签样|确认打样|proof approved|proof ok|approved the proof|sign-off"),
    ("tp_print", "印刷生产", "Printed", "service", "store", "physical", "production",
     "印刷|生产|上机|出图|印好了|print|printing|printed|production|press run"),
    ("tp_qc", "质量检查", "Quality check", "service", "store", "physical", "production",
     "质检|品检|检查|qc|quality check|inspection|quality control"),
    ("tp_reprint", "返工重印", "Reprint", "service", "store", "physical", "production",
     "重印|返工|补印|重新印|reprint|re-print|redo|remake"),
    ("tp_handover", "取件/送达", "Picked up / delivered", "service", "store", "physical", "store_ops",
     "取件|自提|到店取|送达|配送|快递|收货|pickup|picked up|collected|delivered|delivery|shipping"),
    ("tp_reorder", "复购下单", "Repeat order paid", "loyalty", "other", "digital", "crm",
     "复购|回购|再次下单|又来印|返单|reorder|repeat order|came back|ordered again|repeat purchase"),
]
JOURNEYS = [
    ("order_conversion", "访问到付款", "Visit to paid order", 14,
     ["tp_visit", "tp_upload", "tp_preflight_pass", "tp_quote", "tp_pay"]),
    ("production", "生产到交付", "Production to handover", 30,
     ["tp_pay", "tp_proof_ok", "tp_print", "tp_qc", "tp_handover"]),
    ("repeat", "交付后复购", "Repeat after handover", 90, ["tp_handover", "tp_reorder"]),
]
# en, zh, city en, city zh
STORES = [("Wensan Road", "文三路店", "Hangzhou", "杭州"), ("Binjiang", "滨江店", "Hangzhou", "杭州"),
          ("Caohejing", "漕河泾店", "Shanghai", "上海"), ("Xinjiekou", "新街口店", "Nanjing", "南京"),
          ("Jinji Lake", "金鸡湖店", "Suzhou", "苏州")]
STORE_ZH = {s[0]: s[1] for s in STORES}
# en, zh, province, weight, home stores (weights), has a store
CITIES = [("Hangzhou", "杭州", "浙江", 0.34, {"Wensan Road": 0.45, "Binjiang": 0.55}, True),
          ("Shanghai", "上海", "上海", 0.22, {"Caohejing": 1.0}, True),
          ("Nanjing", "南京", "江苏", 0.17, {"Xinjiekou": 1.0}, True),
          ("Suzhou", "苏州", "江苏", 0.13, {"Jinji Lake": 1.0}, True),
          ("Ningbo", "宁波", "浙江", 0.06, {"Binjiang": 1.0}, False),
          ("Wuxi", "无锡", "江苏", 0.05, {"Jinji Lake": 1.0}, False),
          ("Hefei", "合肥", "安徽", 0.03, {"Xinjiekou": 1.0}, False)]
# en, zh, weight, visits per day (base), preflight fail base, p(quote accepted)
CTYPES = {"Student": ("学生", 0.28, 0.0032, 0.26, 0.80),
          "Individual": ("个人", 0.30, 0.0026, 0.20, 0.82),
          "SME": ("中小企业", 0.30, 0.0065, 0.12, 0.88),
          "Enterprise": ("企业大客户", 0.12, 0.0150, 0.06, 0.96)}
ACQ = {"mini_program": "小程序", "web": "官网", "walk_in": "到店", "account_manager": "客户经理"}
ACQ_P = {"Student": [0.58, 0.06, 0.36, 0.0], "Individual": [0.45, 0.20, 0.35, 0.0],
         "SME": [0.36, 0.32, 0.20, 0.12], "Enterprise": [0.08, 0.12, 0.05, 0.75]}
TIERS = [("regular", "普通会员"), ("silver", "银卡会员"), ("gold", "金卡会员"), ("platinum", "铂金会员")]
INDUSTRIES = [("education", "教育培训", 0.14), ("tech", "科技互联网", 0.22), ("finance", "金融", 0.10),
              ("retail", "零售", 0.17), ("catering", "餐饮", 0.14), ("real_estate", "房地产", 0.09),
              ("healthcare", "医疗健康", 0.08), ("manufacturing", "制造业", 0.06)]
AVIATION = ("aviation", "航空", 0.0)     # four enterprise customers, few but very large orders
# en, zh, unit price, quantities, production hours (standard), promised hours (standard, rush), p(proof change)
PRODUCTS = {
    "business_cards": ("名片", 0.24, [100, 200, 300, 500, 1000, 2000], 20.0, (48, 8), 0.24),
    "flyers": ("宣传单页", 0.32, [500, 1000, 2000, 3000, 5000, 10000], 30.0, (72, 24), 0.16),
    "banners": ("横幅展架", 118.0, [1, 1, 2, 2, 3, 4, 6, 10], 16.0, (48, 8), 0.14),
    "photo_books": ("照片书", 168.0, [1, 1, 1, 1, 2, 3, 5], 60.0, (120, 48), 0.46),
    "thesis_binding": ("论文装订", 26.0, [2, 3, 3, 4, 5, 6, 8], 5.0, (24, 4), 0.05),
    "acrylic_standees": ("亚克力立牌", 16.0, [10, 20, 20, 30, 50], 48.0, (96, 48), 0.20),
}
PROD_LIST = ["business_cards", "flyers", "banners", "photo_books", "thesis_binding", "acrylic_standees"]
PROD_P = {"Student": [0.06, 0.10, 0.16, 0.10, 0.58, 0.0], "Individual": [0.18, 0.10, 0.16, 0.46, 0.10, 0.0],
          "SME": [0.30, 0.36, 0.30, 0.04, 0.0, 0.0], "Enterprise": [0.36, 0.30, 0.30, 0.04, 0.0, 0.0]}
P_RUSH = {"business_cards": 0.14, "flyers": 0.10, "banners": 0.22, "photo_books": 0.04, "thesis_binding": 0.48,
          "acrylic_standees": 0.0}
FORMATS = {"Student": (["docx", "pdf", "jpg", "pptx"], [0.45, 0.33, 0.15, 0.07]),
           "Individual": (["jpg", "pdf", "docx", "png"], [0.45, 0.30, 0.15, 0.10]),
           "SME": (["pdf", "ai", "psd", "jpg"], [0.50, 0.20, 0.10, 0.20]),
           "Enterprise": (["pdf", "ai", "cdr"], [0.70, 0.20, 0.10])}
FMT_FAIL = {"docx": 1.45, "pptx": 1.5, "jpg": 1.35, "png": 1.35, "pdf": 0.75, "ai": 0.7, "psd": 1.0, "cdr": 1.0}
ISSUES = {"low_resolution": "分辨率不足", "missing_bleed": "缺少出血", "rgb_colour": "RGB色彩模式",
          "fonts_not_embedded": "字体未嵌入", "wrong_size": "尺寸不符", "unspecified": "未注明原因"}
ISSUE_P = {"docx": [0.08, 0.22, 0.05, 0.35, 0.30], "pptx": [0.10, 0.22, 0.08, 0.30, 0.30],
           "jpg": [0.55, 0.10, 0.22, 0.0, 0.13], "png": [0.55, 0.10, 0.22, 0.0, 0.13],
           "other": [0.15, 0.40, 0.28, 0.12, 0.05]}
QC_ISSUES = {"colour_shift": "色差", "misregistration": "套印不准", "trimming": "裁切偏位", "binding": "装订问题",
             "scratches": "划痕脏污"}
COURIERS = {"SF Express": "顺丰速运", "J&T Express": "极兔速递", "store runner": "门店跑腿"}
MONTH_W = {1: 0.9, 2: 0.75, 3: 1.0, 4: 1.05, 5: 1.1, 6: 1.05, 7: 0.85, 8: 0.85, 9: 1.05, 10: 0.95, 11: 1.25,
           12: 1.15}
STUDENT_M = {1: 0.8, 2: 0.4, 3: 1.0, 4: 2.2, 5: 3.6, 6: 1.4, 7: 0.25, 8: 0.25, 9: 1.0, 10: 0.9, 11: 1.0, 12: 1.2}
WEEKEND = {"Student": 0.9, "Individual": 1.5, "SME": 0.45, "Enterprise": 0.15}

TEXT = {
    "colour_off": (
        ["印出来的颜色和屏幕上差太多了，{product}整体偏红", "名片的蓝色印成了紫色，完全不是我们公司的标准色", "色差太严重了，logo颜色都不对",
         "照片书里的人脸发黄，颜色失真得厉害", "颜色偏暗，跟确认的样稿不一样", "宣传单颜色发灰，一点都不鲜艳",
         "同一个文件在{store}印了两次，颜色差很多", "收到的{product}偏色严重，只能要求重印", "红色印成了橙色，客户很不满意",
         "颜色不正，拿去展会都不好意思挂"],
        ["Colours came out way off, our brand blue printed purple",
         "The {product} looks washed out, nothing like the proof",
         "Serious colour shift on the {product}, had to ask for a reprint", "Skin tones in the photo book look yellow",
         "The red on our banner came out orange"]),
    "late_delivery": (
        ["说好第二天送到，结果晚了{late}天", "快递太慢了，活动都结束了{product}才到", "物流信息一直不更新，客服也说不清楚",
         "送货晚了一天多，展会差点开天窗", "换了快递以后明显慢了，以前第二天就能到", "承诺的送达时间早就过了，也没人通知",
         "配送延误，催了三次才送到", "下单时说次日达，实际三天才收到", "{product}在路上走了好几天，耽误事"],
        ["Delivery was {late} days late, we nearly missed our event",
         "The courier took forever and tracking never updated",
         "Promised next-day delivery, it arrived three days later",
         "Since you changed couriers, deliveries are always late",
         "Our {product} arrived after the launch, really disappointing"]),
    "file_rejected": (
        ["文件被退回了也不说哪里有问题", "小程序上传后显示预检未通过，没有任何原因", "文件审核不通过，问客服也说不清楚",
         "上传了三次都被打回，根本不知道要改什么", "自动审核太死板了，PDF明明没问题也不让过", "被拒了也不告诉原因，只能跑到店里问",
         "预检失败只显示“不符合印刷要求”，到底哪里不符合？", "论文文件被退回，没有任何说明，急死了", "文件被拒，没有提示，白白耽误一天"],
        ["My file was rejected with no explanation", "Upload failed the pre-press check but it doesn't say why",
         "Rejected three times and I have no idea what to fix",
         "The automatic file check rejects perfectly good PDFs without telling you the reason"]),
    "price_high": (
        ["报价比别家贵不少", "{product}的价格有点高", "加急费太贵了", "学生价也不便宜啊", "运费还要另算，不太划算",
         "同样的名片网上便宜一半"],
        ["The quote was much higher than other shops", "Pricey for what it is", "The rush fee is too steep"]),
    "paper_thin": (
        ["纸张太薄了，宣传单拿在手里软塌塌的", "纸质一般，比样品差", "单页纸太薄，有点透", "铜版纸手感很廉价", "纸张克重不够，没有质感"],
        ["The paper is too thin, the flyers feel flimsy", "Paper quality is worse than the sample"]),
    "rush_praise": (
        ["加急真的快，上午下单下午就拿到了", "赶着答辩，加急两小时就装订好了，太感谢了", "急单处理得很快，第二天一早就送到公司",
         "临时要横幅，当天就做好了，靠谱", "加急服务给力，没耽误活动", "加急名片当天就取到了，效率很高"],
        ["Rush order done in a few hours, a lifesaver", "Needed banners the same day and they delivered",
         "Super fast rush service for my thesis binding"]),
    "paper_praise": (
        ["纸张质感很好，名片很有档次", "照片书的纸很厚实，印刷也清晰", "装订很牢，纸也不错", "印刷清晰，纸张手感好",
         "客户都夸宣传单做得精致"],
        ["Lovely thick paper, the cards feel premium", "Great print quality and paper"]),
    "acrylic_praise": (
        ["亚克力立牌做得太精致了，透亮无划痕", "立牌边缘切得很整齐，印刷颜色也正", "第一次在这里做亚克力立牌，效果超出预期"],
        ["The acrylic standees look amazing, crystal clear", "Perfectly cut acrylic standees, love them"]),
    "helpful_staff": (
        ["店员很耐心帮我调整文件格式", "客服帮忙加了出血，很专业", "客户经理响应很快，沟通顺畅", "店里小哥帮我检查了论文排版，很贴心",
         "改样沟通很细致，有问题马上回复"],
        ["Staff patiently fixed my file for me", "Our account manager is super responsive",
         "Very helpful with the proof changes"]),
    "neutral": (["还行，中规中矩", "一般般", "正常水平吧", "可以，没什么问题", "和别家差不多"],
                ["It's ok", "Fine, nothing special", "Average"]),
}
TOPIC_TP = {"colour_off": "tp_print", "late_delivery": "tp_handover", "file_rejected": "tp_preflight_fail",
            "price_high": "tp_quote", "paper_thin": "tp_print", "rush_praise": "tp_handover",
            "paper_praise": "tp_print", "acrylic_praise": "tp_print", "helpful_staff": "tp_proof_ok",
            "neutral": "tp_handover"}
NEG = {"colour_off", "late_delivery", "file_rejected", "price_high", "paper_thin"}
POS = {"rush_praise", "paper_praise", "acrylic_praise", "helpful_staff"}
RATING = {"colour_off": ([1, 2], [0.5, 0.5]), "late_delivery": ([1, 2, 3], [0.3, 0.45, 0.25]),
          "file_rejected": ([1, 2], [0.6, 0.4]), "price_high": ([2, 3], [0.5, 0.5]),
          "paper_thin": ([2, 3], [0.55, 0.45]), "rush_praise": ([5, 4], [0.8, 0.2]),
          "paper_praise": ([5, 4], [0.7, 0.3]), "acrylic_praise": ([5], [1.0]),
          "helpful_staff": ([5, 4], [0.7, 0.3]), "neutral": ([3, 4], [0.5, 0.5])}
NPS_BASE = {"colour_off": 2, "late_delivery": 4, "file_rejected": 3, "price_high": 5, "paper_thin": 5,
            "rush_praise": 10, "paper_praise": 9, "acrylic_praise": 10, "helpful_staff": 9, "neutral": 7}


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def hours_in(t: datetime, lo: float, hi: float, rng) -> datetime:
    """move t into opening hours [lo, hi) (next morning when after closing)."""
    h = t.hour + t.minute / 60
    day = datetime(t.year, t.month, t.day)
    if h < lo:
        return day + D(hours=lo + float(rng.uniform(0, 1.2)))
    if h >= hi:
        return day + D(days=1, hours=lo + float(rng.uniform(0, 1.2)))
    return t


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.events, self.orders, self.feedback, self.truth, self.customers = [], [], [], [], []
        self.n_ev = self.n_fb = self.n_job = self.n_visit = 0
        days, w = [], {k: [] for k in CTYPES}
        d = START
        total = (END - START).days + 1
        while d <= END:
            base = 1 + 0.35 * (d - START).days / total
            if any(abs((d.date() - s).days) <= 7 for s in SPRING):
                base *= 0.3
            if d.month == 10 and d.day <= 7:
                base *= 0.5
            for k in CTYPES:
                x = base * (STUDENT_M[d.month] if k == "Student" else MONTH_W[d.month])
                if k == "SME" and d.month == 11:
                    x *= 1.25            # Double-11 flyers
                if d.weekday() >= 5:
                    x *= WEEKEND[k]
                w[k].append(x)
            days.append(d)
            d += D(days=1)
        self.days = days
        self.day_w = {k: np.asarray(v) / np.mean(v) for k, v in w.items()}
        allw = sum(self.day_w[k] * CTYPES[k][1] for k in CTYPES)
        self.signup_w = allw / allw.sum()

    # ---- helpers
    def pick(self, items, weights):
        w = np.asarray(weights, float)
        return items[int(self.rng.choice(len(items), p=w / w.sum()))]

    def u(self, a, b):
        return float(self.rng.uniform(a, b))

    def logn(self, median, sigma):
        return float(median * np.exp(self.rng.normal(0, sigma)))

    def ev(self, c, t, tp, action, job=None, channel="", device="", **kw):
        if t > END:
            return None
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:06d}", customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, action=action,
                   device=device, channel=channel)
        if job:
            p = PRODUCTS[job["product"]]
            row.update(session_id=job["visit"], job_no=job["no"], store=job["store"], 门店=STORE_ZH[job["store"]],
                       product_category=job["product"], 产品类别=p[0], quantity=job["qty"],
                       rush="yes" if job.get("rush") else "no")
        row.update(kw)
        self.events.append(row)
        return row

    def fb(self, c, t, topic, channel, job=None, tp=None, rating=None, nps=None, no_ts=False, lang=None, anon=False,
           **fill):
        if t is not None and t > END:
            return None
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = lang or (c["lang"] if c else "zh")
        zh, en = TEXT[topic]
        opts = zh if lang == "zh" else en
        text = opts[int(self.rng.integers(len(opts)))]
        prod = job["product"] if job else None
        vals = dict(product=PRODUCTS[prod][0] if prod else "东西", store=STORE_ZH[job["store"]] if job else "店里",
                    late=int(self.u(1, 4)))
        if lang == "en":
            vals.update(product=prod.replace("_", " ") if prod else "order", store=job["store"] if job else "the store")
        vals.update(fill)
        text = text.format(**vals)
        if rating is True:
            rs, ps = RATING[topic]
            rating = self.pick(rs, ps)
        self.feedback.append(dict(
            feedback_id=fid, text=text, ts="" if no_ts or t is None else fmt(t),
            customer_id="" if anon or not c else c["id"], touchpoint_id=tp or TOPIC_TP[topic], channel=channel,
            rating="" if rating is None else rating, nps="" if nps is None else nps,
            store=job["store"] if job else "", 门店=STORE_ZH[job["store"]] if job else "",
            product_category=prod or "", 产品类别=PRODUCTS[prod][0] if prod else "",
            order_id=job.get("order_id", "") if job else ""))
        self.truth.append(dict(feedback_id=fid, topic=topic,
                               sentiment="negative" if topic in NEG else "positive" if topic in POS else "neutral",
                               language=lang))
        return fid

    # ---- customers
    def customer(self, i):
        rng = self.rng
        ctype = self.pick(list(CTYPES), [v[1] for v in CTYPES.values()])
        city = self.pick(CITIES, [ct[3] for ct in CITIES])
        if ctype == "Student" and city[0] not in ("Hangzhou", "Nanjing", "Shanghai") and rng.random() < 0.7:
            city = CITIES[0]
        stores = city[4]
        if ctype == "Student" and city[0] == "Hangzhou":
            store = "Wensan Road" if rng.random() < 0.85 else "Binjiang"
        else:
            store = self.pick(list(stores), list(stores.values()))
        acq_w = list(ACQ_P[ctype])
        if not city[5]:
            acq_w[2] = 0.0            # no store in that city
        acq = self.pick(list(ACQ), acq_w)
        returning = rng.random() < 0.30
        if returning:
            signup = datetime(2021, 6, 1) + D(days=self.u(0, 1250), hours=self.u(9, 21))
        else:
            d = self.days[int(rng.choice(len(self.days), p=self.signup_w))]
            signup = d + D(hours=self.u(9, 21.5))
        industry = ("", "")
        if ctype in ("SME", "Enterprise"):
            ind = self.pick(INDUSTRIES, [x[2] for x in INDUSTRIES])
            industry = (ind[0], ind[1])
        mult = self.logn(1.0, 0.55)
        en_p = 0.0
        if ctype == "Student" and store == "Wensan Road":
            en_p = 0.12
        elif ctype == "Enterprise" and store in ("Caohejing", "Jinji Lake"):
            en_p = 0.30
        elif ctype in ("SME", "Individual") and city[0] in ("Shanghai", "Suzhou"):
            en_p = 0.06
        device = {"mini_program": self.pick(["ios", "android"], [0.58, 0.42]), "web": "pc"}.get(acq, "")
        c = dict(id=f"C{i:05d}", type=ctype, city=city, store=store, acq=acq, returning=returning, signup=signup,
                 industry=industry, mult=mult, lang="en" if rng.random() < en_p else "zh", device=device,
                 phone=self.pick(["ios", "android"], [0.58, 0.42]), handovers=[], paid=0,
                 size=self.pick(["1-9", "10-49", "50-199"], [0.5, 0.35, 0.15]) if ctype == "SME" else
                 (self.pick(["200-999", "1000+"], [0.55, 0.45]) if ctype == "Enterprise" else ""))
        self.customers.append(c)
        return c

    def aviation(self, i):
        c = self.customer(i)
        c.update(type="Enterprise", industry=(AVIATION[0], AVIATION[1]), acq="account_manager", device="", mult=0.35,
                 city=CITIES[1], store="Caohejing", size="1000+")
        return c

    def visits(self, c):
        rng = self.rng
        start = max(START, c["signup"])
        i0 = (datetime(start.year, start.month, start.day) - START).days
        w = self.day_w[c["type"]][i0:]
        lam = CTYPES[c["type"]][2] * c["mult"] * float(w.sum())
        n = int(rng.poisson(lam))
        times = []
        if not c["returning"] and c["signup"] >= START:
            times.append(c["signup"])
        if n:
            idx = rng.choice(len(w), size=n, p=w / w.sum())
            for k in idx:
                lo, hi = (9, 18.5) if c["type"] in ("SME", "Enterprise") else (9, 22)
                times.append(self.days[i0 + int(k)] + D(hours=self.u(lo, hi)))
        return sorted(t for t in times if t >= start)

    def tier(self, c):
        s = CTYPES[c["type"]][2] * c["mult"] * 1000 + self.rng.normal(0, 1.2)
        if s > 22:
            return TIERS[3]
        if s > 11:
            return TIERS[2]
        if s > 5.5:
            return TIERS[1]
        return TIERS[0]

    # ---- one visit, possibly a print job
    def visit(self, c, t0):
        rng = self.rng
        ctype = c["type"]
        ch = c["acq"]
        if rng.random() < 0.25:
            alts = ["mini_program", "web"] + (["walk_in"] if c["city"][5] else [])
            ch = self.pick(alts, [0.55, 0.25, 0.2][:len(alts)])
        dev = {"mini_program": c["phone"] if c["acq"] != "mini_program" else c["device"], "web": "pc"}.get(ch, "")
        echan = {"walk_in": "store"}.get(ch, ch)
        self.n_visit += 1
        vid = f"V{self.n_visit:06d}"
        if not self.ev(c, t0, "tp_visit", {"walk_in": "walk_in", "account_manager": "contact"}.get(ch, "view"),
                       channel=echan, device=dev, session_id=vid, store=c["store"], 门店=STORE_ZH[c["store"]]):
            return
        p_up = {"mini_program": 0.58, "web": 0.46, "walk_in": 0.93, "account_manager": 0.92}[ch]
        if rng.random() > p_up:
            return
        w = list(PROD_P[ctype])
        if t0 >= ACRYLIC_LAUNCH:
            w[5] = {"Student": 0.08, "Individual": 0.10, "SME": 0.03, "Enterprise": 0.0}[ctype]
        if ctype == "Student" and t0.month in (4, 5, 6):
            w[4] *= 1.8
        product = self.pick(PROD_LIST, w)
        p = PRODUCTS[product]
        qty = int(self.pick(p[2], [1] * len(p[2])))
        if ctype == "Enterprise" and product in ("business_cards", "flyers"):
            qty *= 2
        self.n_job += 1
        job = dict(no=f"J{self.n_job:06d}", visit=vid, store=c["store"], product=product, qty=qty, rush=False)
        # upload
        if ch == "walk_in":
            tu = t0 + D(minutes=self.u(3, 25))
        elif ch == "account_manager":
            tu = t0 + D(hours=self.logn(3, 0.8))
        else:
            tu = t0 + D(minutes=self.logn(25 if ch == "mini_program" else 60, 1.0))
        fmt_ = self.pick(*FORMATS[ctype])
        if not self.ev(c, tu, "tp_upload", "upload", job, echan, dev, file_format=fmt_):
            return
        auto = ch == "mini_program" and tu >= AUTO_PREFLIGHT
        fails = 0
        tcur = tu
        while True:
            p_fail = CTYPES[ctype][3] * FMT_FAIL[fmt_] * (0.75 if ch == "walk_in" else 1.0)
            if auto:
                p_fail += 0.14
            if fails:
                p_fail *= 0.45
            if auto:
                tchk = tcur + D(minutes=self.u(1, 6))
            elif ch == "walk_in":
                tchk = tcur + D(minutes=self.u(5, 20))
            else:
                tchk = hours_in(tcur + D(minutes=self.logn(50, 0.7)), 9, 21, rng)
            if rng.random() < p_fail:
                fails += 1
                if auto and rng.random() < 0.72:
                    issue = "unspecified"
                else:
                    issue = self.pick(list(ISSUES)[:5], ISSUE_P.get(fmt_, ISSUE_P["other"]))
                if not self.ev(c, tchk, "tp_preflight_fail", "fail", job, "prepress", "", file_format=fmt_,
                               preflight_issue=issue, 预检问题=ISSUES[issue]):
                    return
                unexplained = issue == "unspecified"
                if unexplained and rng.random() < 0.24:
                    self.fb(c, tchk + D(minutes=self.logn(40, 0.8)), "file_rejected", "cs_ticket", job)
                elif unexplained and rng.random() < 0.06:
                    self.fb(c, tchk + D(hours=self.logn(3, 0.8)), "file_rejected", "mini_program_review", job,
                            rating=True)
                elif not unexplained and rng.random() < 0.025:
                    self.fb(c, tchk + D(minutes=self.logn(60, 0.8)), "file_rejected", "cs_ticket", job)
                p_re = 0.95 if ch == "walk_in" else (0.45 if unexplained else 0.80)
                if fails >= 3 or rng.random() > p_re:
                    return
                if ch == "walk_in":
                    tcur = tchk + D(minutes=self.u(10, 30))
                    if rng.random() < 0.06:
                        self.fb(c, tcur + D(hours=self.u(1, 30)), "helpful_staff", "dianping", job, rating=True,
                                anon=rng.random() < 0.4, no_ts=rng.random() < 0.12)
                else:
                    tcur = tchk + D(hours=self.logn(5, 1.0))
                if not self.ev(c, tcur, "tp_reupload", "upload", job, echan, dev, file_format=fmt_):
                    return
                continue
            if not self.ev(c, tchk, "tp_preflight_pass", "pass", job, "prepress", "", file_format=fmt_):
                return
            break
        # quote
        p_q = CTYPES[ctype][4] * (0.93 if fails else 1.0)
        tq = tchk + (D(minutes=self.u(3, 20)) if ch == "walk_in" else D(hours=self.logn(
            6 if ctype == "Enterprise" else 1.2, 0.8)))
        rush = rng.random() < P_RUSH[product] * (1.6 if ctype == "Enterprise" and product == "business_cards" else 1)
        job["rush"] = rush
        if rng.random() > p_q:
            if rng.random() < 0.07:
                self.fb(c, tq + D(hours=self.u(0.2, 20)), "price_high",
                        "cs_ticket" if rng.random() < 0.6 else "survey", job, rating=None)
            return
        if not self.ev(c, tq, "tp_quote", "accept", job, echan, dev):
            return
        if rng.random() > 0.95:
            return
        tpay = tq + (D(minutes=self.u(2, 10)) if ch == "walk_in" else
                     D(hours=self.logn(30 if ctype == "Enterprise" else 0.5, 0.8)))
        # handover method and price
        if not c["city"][5]:
            delivered = True
        elif ch == "walk_in":
            delivered = rng.random() < 0.08
        else:
            delivered = rng.random() < {"Student": 0.10, "Individual": 0.30, "SME": 0.38, "Enterprise": 0.62}[ctype]
        if ctype == "Enterprise" and delivered and c["city"][5] and rng.random() < 0.35:
            courier = "store runner"
        elif delivered:
            courier = "SF Express" if (tpay < COURIER_SWITCH or rush) else "J&T Express"
        else:
            courier = ""
        unit = p[1] * (0.85 if ctype == "Enterprise" else 1.0)
        if c["industry"][0] == "finance":
            unit *= 1.5          # premium stock and spot colours
        if c["industry"][0] == "aviation":
            unit *= 3.5
            job["qty"] = qty = qty * 2
        print_amt = round(unit * qty * self.logn(1.0, 0.08), 2)
        rush_fee = round(max(20.0, print_amt * 0.3), 2) if rush else 0.0
        deliv_fee = 0.0 if (not delivered or ctype == "Enterprise") else (25.0 if rush else 12.0)
        amount = round(print_amt + rush_fee + deliv_fee, 2)
        std, rsh = p[4]
        promised = tpay + D(hours=(rsh if rush else std) + (24 if delivered and courier != "store runner" else
                                                           (8 if delivered else 0)))
        method = ("delivery", "配送") if delivered else ("pickup", "到店自提")
        pay_ev = self.ev(c, tpay, "tp_pay", "pay", job, echan, dev, promised_at=fmt(promised),
                         handover_method=method[0], 取件方式=method[1])
        if not pay_ev:
            return
        order = dict(order_id=f"PO{self.n_job:06d}", customer_id=c["id"], ts=fmt(tpay), amount=f"{amount:.2f}",
                     status="paid", channel=echan, device=dev, job_no=job["no"], store=job["store"],
                     门店=STORE_ZH[job["store"]], product_category=product, 产品类别=p[0], quantity=qty,
                     unit_price=f"{unit:.2f}", print_amount=f"{print_amt:.2f}", rush="yes" if rush else "no",
                     rush_fee=f"{rush_fee:.2f}", delivery_fee=f"{deliv_fee:.2f}", reprint_credit="0.00",
                     handover_method=method[0], 取件方式=method[1], promised_at=fmt(promised),
                     payment_method=("corporate_transfer" if ctype == "Enterprise" and rng.random() < 0.7 else
                                     self.pick(["wechat_pay", "alipay", "cash"],
                                               [0.62, 0.33, 0.05 if ch == "walk_in" else 0.0])),
                     refunded_at="", cancelled_at="")
        job["order_id"] = order["order_id"]
        self.orders.append(order)
        if c["handovers"] and min(c["handovers"]) < tpay or c["returning"]:
            self.ev(c, tpay + D(seconds=1), "tp_reorder", "repeat", job, echan, dev)
        c["paid"] += 1
        if rng.random() < 0.015:          # cancelled before the proof, money returned at once
            tc = tpay + D(minutes=self.u(5, 120))
            order.update(status="cancelled", cancelled_at=fmt(tc))
            return
        # proof
        tpr = tpay + D(hours=self.logn(0.6 if rush else 2.0, 0.6))
        if rng.random() < p[5]:
            if not self.ev(c, tpr, "tp_proof_change", "request_change", job, echan, dev):
                return
            tpr = tpr + D(hours=self.logn(1.2 if rush else 9.0, 0.7))
        if not self.ev(c, tpr, "tp_proof_ok", "approve", job, echan, dev):
            return
        # production, QC, reprint
        store = job["store"]
        prod_h = self.logn(p[3] * (0.25 if rush else 1.0), 0.35)
        tprint = hours_in(tpr + D(hours=prod_h), 8, 22, rng)
        if not self.ev(c, tprint, "tp_print", "printed", job, "store", ""):
            return
        p_qc = 0.035 + (0.03 if product == "photo_books" else 0.0)
        drift = store == "Xinjiekou" and tprint >= NEW_PRESS
        if drift:
            p_qc += 0.13
        tqc = tprint + D(minutes=self.u(15, 90))
        if rng.random() < p_qc:
            issue = "colour_shift" if drift and rng.random() < 0.85 else self.pick(
                list(QC_ISSUES), [0.3, 0.15, 0.25, 0.2 if product in ("photo_books", "thesis_binding") else 0.02, 0.1])
            if not self.ev(c, tqc, "tp_qc", "fail", job, "store", "", qc_result="fail", qc_issue=issue,
                           质检问题=QC_ISSUES[issue]):
                return
            trp = tqc + D(minutes=self.u(5, 30))
            if not self.ev(c, trp, "tp_reprint", "reprint", job, "store", "", qc_issue=issue, 质检问题=QC_ISSUES[issue]):
                return
            if rng.random() < 0.45:
                order["reprint_credit"] = f"{max(10.0, round(print_amt * 0.1)):.2f}"
            tqc = hours_in(trp + D(hours=self.logn(p[3] * (0.25 if rush else 0.6), 0.35)), 8, 22, rng)
        if not self.ev(c, tqc, "tp_qc", "pass", job, "store", "", qc_result="pass"):
            return
        # handover
        if delivered:
            transit = {"SF Express": self.logn(5 if rush else 20, 0.3), "store runner": self.logn(2.5, 0.4),
                       "J&T Express": self.logn(30, 0.4)}[courier]
            if courier == "SF Express" and rng.random() < 0.05:
                transit += self.u(20, 50)
            if courier == "J&T Express" and rng.random() < 0.22:
                transit += self.u(24, 90)
            th = hours_in(tqc + D(hours=transit), 8, 21, rng)
            hv = self.ev(c, th, "tp_handover", "delivered", job, "courier", "", handover_method="delivery",
                         取件方式="配送", courier=courier, 快递公司=COURIERS[courier], promised_at=fmt(promised))
        else:
            th = hours_in(tqc + D(hours=self.logn(2.5 if rush else 16, 0.8)), 9, 21, rng)
            hv = self.ev(c, th, "tp_handover", "picked_up", job, "store", "", handover_method="pickup",
                         取件方式="到店自提", promised_at=fmt(promised))
        if not hv:
            return
        c["handovers"].append(th)
        late_h = (th - promised).total_seconds() / 3600
        late = delivered and late_h > 0
        colour_bad = rng.random() < (0.09 if drift else 0.012) * {"thesis_binding": 0.3,
                                                                   "photo_books": 2.0}.get(product, 1.0)
        # problems → tickets / refunds
        if colour_bad and rng.random() < 0.45:
            self.fb(c, th + D(hours=self.logn(5, 0.8)), "colour_off", "cs_ticket", job)
            if rng.random() < 0.35:
                tr = th + D(days=self.u(1, 4))
                if tr <= END:
                    order.update(status="refunded", refunded_at=fmt(tr))
        if late and rng.random() < 0.30:
            self.fb(c, th - D(hours=min(late_h, self.u(1, 20))), "late_delivery", "cs_ticket", job,
                    late=max(1, round(late_h / 24)))
            if late_h > 24 and rng.random() < 0.12 and order["status"] == "paid":
                tr = th + D(days=self.u(1, 3))
                if tr <= END:
                    order.update(status="refunded", refunded_at=fmt(tr))
        if order["status"] == "paid" and rng.random() < 0.012:      # other quality complaints settled by refund
            tr = th + D(days=self.u(1, 6))
            if tr <= END:
                order.update(status="refunded", refunded_at=fmt(tr))
        # reviews
        flags = dict(late=late, colour=colour_bad, rush=rush, product=product)
        rev_ch = {"mini_program": "mini_program_review", "web": "web_review", "walk_in": "dianping",
                  "account_manager": "account_manager_note"}[ch]
        p_rev = {"mini_program_review": 0.20, "web_review": 0.12, "dianping": 0.09,
                 "account_manager_note": 0.10}[rev_ch]
        p_rev += 0.12 if late or colour_bad else 0.0
        p_rev += 0.10 if rush and not late else 0.0
        if product == "acrylic_standees":
            p_rev = 0.6
        if rng.random() < p_rev:
            topic = self.topic(c, flags)
            tr = th + D(hours=self.logn(20, 0.9))
            rating = None if rev_ch == "account_manager_note" else True
            anon = rev_ch == "dianping" and rng.random() < 0.4
            no_ts = rev_ch == "dianping" and rng.random() < 0.12
            self.fb(c, tr, topic, rev_ch, job, rating=rating, anon=anon, no_ts=no_ts, late=max(1, round(late_h / 24)))
        if rng.random() < 0.06 and product != "acrylic_standees":
            topic = self.topic(c, flags)
            nps = int(np.clip(NPS_BASE[topic] + rng.integers(-1, 2), 0, 10))
            ts = th + D(days=self.u(1, 5))
            self.fb(c, ts, topic, "survey", job, rating=True, nps=nps, no_ts=rng.random() < 0.05,
                    late=max(1, round(late_h / 24)))

    def topic(self, c, f):
        if f["product"] == "acrylic_standees":
            return "acrylic_praise"
        w = {"colour_off": 9.0 if f["colour"] else 0.03,
             "late_delivery": 7.0 if f["late"] else 0.02,
             "rush_praise": 3.5 if f["rush"] and not f["late"] else 0.0,
             "paper_praise": 1.0 if f["product"] != "flyers" else 0.4,
             "paper_thin": 1.1 if f["product"] == "flyers" else 0.12,
             "helpful_staff": (1.0 if c["type"] in ("Student", "Individual") else 0.7)
             * (2.5 if f["product"] == "thesis_binding" else 1.0),
             "price_high": 0.45 if c["type"] == "Student" else 0.2,
             "neutral": 0.9}
        return self.pick(list(w), list(w.values()))


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    rng = np.random.default_rng(SEED)
    g = Gen(rng)
    for i in range(1, N + 1):
        c = g.aviation(i) if i in (411, 1207, 1808, 2650) else g.customer(i)
        c["tier"] = g.tier(c)
        for t in g.visits(c):
            g.visit(c, t)
    # anonymous Dianping comments from walk-ins who never ordered (no customer id); a third carry no date
    for _ in range(60):
        d = g.days[int(rng.choice(len(g.days), p=g.signup_w))]
        t = d + D(hours=g.u(9, 22))
        topic = g.pick(["price_high", "helpful_staff", "neutral", "file_rejected"], [0.35, 0.35, 0.2, 0.1])
        tp = "tp_visit" if topic != "file_rejected" else "tp_preflight_fail"
        if topic == "price_high":
            tp = "tp_quote"
        g.fb(None, t, topic, "dianping", tp=tp, rating=True, no_ts=rng.random() < 0.33,
             lang="en" if rng.random() < 0.08 else "zh")
    g.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    g.orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    # a few exact duplicate event rows (the mini-program SDK re-sent them), loaded once per DATA.md
    idx = rng.choice(len(g.events), 15, replace=False)
    for k in sorted(idx):
        g.events.append(dict(g.events[int(k)]))
    write(out, g)


def write(out: Path, g: Gen) -> None:
    def dump(name, rows, cols):
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            wr = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            wr.writeheader()
            wr.writerows(rows)

    dump("touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                                  kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
         ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    dump("journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                               step=k, touchpoint_id=tp, window_days=j[3])
                          for j in JOURNEYS for k, tp in enumerate(j[4], 1)],
         ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    rows = []
    for c in g.customers:
        rows.append(dict(customer_id=c["id"], signup_at=fmt(c["signup"]),
                         segment="returning" if c["returning"] else "new", region=c["city"][2],
                         acquisition_channel=c["acq"], 来源渠道=ACQ[c["acq"]], tier=c["tier"][0],
                         会员等级=c["tier"][1], customer_type=c["type"], 客户类型=CTYPES[c["type"]][0],
                         city=c["city"][0], 城市=c["city"][1], industry=c["industry"][0], 行业=c["industry"][1],
                         company_size=c["size"], home_store=c["store"], 门店=STORE_ZH[c["store"]],
                         language=c["lang"], app_device=c["device"]))
    dump("customers.csv", rows, list(rows[0]))
    dump("events.csv", g.events, ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel",
                                  "session_id", "job_no", "store", "门店", "product_category", "产品类别", "quantity",
                                  "rush", "file_format", "preflight_issue", "预检问题", "promised_at",
                                  "handover_method", "取件方式", "qc_result", "qc_issue", "质检问题", "courier",
                                  "快递公司"])
    dump("orders.csv", g.orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "job_no",
                                  "store", "门店", "product_category", "产品类别", "quantity", "unit_price",
                                  "print_amount", "rush", "rush_fee", "delivery_fee", "reprint_credit",
                                  "handover_method", "取件方式", "promised_at", "payment_method", "refunded_at",
                                  "cancelled_at"])
    dump("feedback.csv", g.feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                      "nps", "store", "门店", "product_category", "产品类别", "order_id"])
    dump("_truth/feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment", "language"])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
