"""印个衫 InkTee: a print-on-demand custom T-shirt and merch shop (定制T恤 / 文化衫 / 班服 / 团建服) selling to
individuals, companies (企业) and school classes (学校班级) through its WeChat mini program, its website, a Tmall store
and, for companies, account managers. Products: T-shirts, hoodies, polos, tote bags and caps, printed by DTG (数码直喷),
screen printing (丝网印), embroidery (刺绣) or heat transfer (热转印) at four partner factories (广州番禺厂,
东莞虎门厂, 杭州萧山厂, 义乌厂).

A customer opens the online design tool (设计器), saves a mockup (效果图), companies and classes ask for a bulk quote
(批量询价) and get a quote back, then the order is placed and paid, the design team sends an artwork proof (校稿;
embroidery needs digitising 制版, customers ask for revisions), the customer approves it, the factory prints, the
parcel ships and is delivered (promised date), customers may file reprint / refund claims (售后: 色差, 印花开裂,
尺码不符, 错印, 延误) which end in a reprint, a full or partial refund or a rejection, leave a review and order again
(返单 / 复购).
Data 2025-01-01 .. 2026-07-31 (the extract was taken at the end of July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261207), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
N_CUST = 14000
EDITOR_V3 = datetime(2026, 1, 12)                              # new design editor: crashes on Android uploads
HUMEN_INK = (datetime(2025, 9, 1), datetime(2025, 12, 1))      # Humen switched ink supplier: colours off on dark tees
YIWU_JAM = (datetime(2025, 10, 1), datetime(2025, 12, 1))      # Yiwu factory backlog (Double 11 + annual-party rush)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_design_open", "打开设计器", "Design tool opened", "consideration", "mini_program", "digital", "product",
     "设计器|在线设计|DIY设计|编辑器|打开设计|design tool|editor|designer|customizer"),
    ("tp_mockup_save", "保存效果图", "Mockup saved", "consideration", "mini_program", "digital", "product",
     "效果图|保存设计|预览图|样衣图|mockup|saved design|design preview"),
    ("tp_quote_req", "批量询价", "Bulk quote requested", "consideration", "web", "digital", "sales",
     "询价|要报价|团购询价|大货询价|quote request|bulk quote|RFQ|ask for a quote"),
    ("tp_quote_sent", "报价回复", "Quote sent", "consideration", "email", "digital", "sales",
     "报价单|回复报价|给报价|quotation|quote sent|quote reply"),
    ("tp_order", "下单付款", "Order placed", "purchase", "mini_program", "digital", "sales",
     "下单|付款|支付|成单|order|checkout|paid order|placed an order"),
    ("tp_proof_sent", "发送校稿", "Artwork proof sent", "service", "other", "digital", "design_team",
     "校稿|样稿|打样稿|制版|改稿|proof|artwork proof|digitizing|revision"),
    ("tp_proof_ok", "确认稿件", "Proof approved", "service", "mini_program", "digital", "design_team",
     "确认稿件|定稿|签样|确认样稿|proof approved|sign-off|approve artwork"),
    ("tp_print", "生产印制", "Printing", "service", "other", "physical", "production",
     "印制|生产|上机|印花|刺绣|工厂|排产|printing|production|factory|print run"),
    ("tp_ship", "发货", "Shipped", "service", "other", "physical", "logistics",
     "发货|出库|寄出|shipped|dispatch|sent out"),
    ("tp_deliver", "签收", "Delivered", "service", "other", "physical", "logistics",
     "签收|到货|收货|送达|delivered|delivery|arrived|received"),
    ("tp_claim", "售后申请", "Reprint / refund claim", "service", "mini_program", "digital", "customer_service",
     "售后|重印申请|退款申请|申请售后|claim|reprint request|refund request|after-sales"),
    ("tp_claim_done", "售后完成", "Claim resolved", "service", "mini_program", "digital", "customer_service",
     "售后处理|重印完成|退款完成|售后结果|claim resolved|refund issued|reprint done"),
    ("tp_review", "评价", "Review", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|晒图|好评|差评|review|rating|stars"),
    ("tp_reorder", "复购返单", "Reorder", "loyalty", "mini_program", "digital", "crm",
     "复购|返单|再来一单|追加|reorder|repeat order|order again"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("design", "设计到下单", "Design to order", ["tp_design_open", "tp_mockup_save", "tp_order"], 14),
    ("bulk_quote", "批量询价", "Bulk quote", ["tp_quote_req", "tp_quote_sent", "tp_order"], 30),
    ("fulfilment", "订单履约", "Order fulfilment",
     ["tp_order", "tp_proof_sent", "tp_proof_ok", "tp_print", "tp_ship", "tp_deliver"], 30),
    ("aftersales", "售后处理", "After-sales claim", ["tp_claim", "tp_claim_done"], 30),
    ("reorder", "复购返单", "Reorder", ["tp_order", "tp_reorder"], 180),
]
CTYPES = {"individual": ("个人", 0.58), "company": ("企业", 0.27), "school": ("学校班级", 0.15)}
CITIES = {"Shanghai": ("上海", 0.24), "Beijing": ("北京", 0.18), "Shenzhen": ("深圳", 0.16), "Guangzhou": ("广州", 0.14),
          "Hangzhou": ("杭州", 0.14), "Chengdu": ("成都", 0.14)}
ACQ = {"xiaohongshu": "小红书", "douyin": "抖音", "baidu": "百度搜索", "referral": "老客推荐", "tmall": "天猫",
       "sales": "企业销售"}
ACQ_W = {"individual": (0.38, 0.24, 0.08, 0.12, 0.18, 0.0), "company": (0.05, 0.05, 0.28, 0.24, 0.0, 0.38),
         "school": (0.30, 0.22, 0.18, 0.30, 0.0, 0.0)}
P_ORDER = {"xiaohongshu": 0.30, "douyin": 0.42, "baidu": 0.55, "referral": 0.72, "tmall": 0.62, "sales": 0.70}
INDUSTRY = {"tech": "互联网科技", "finance": "金融", "education": "教育培训", "manufacturing": "制造业",
            "retail": "零售餐饮", "nonprofit": "公益社团"}
GARMENTS = {"tshirt": ("T恤", 49), "hoodie": ("卫衣", 129), "polo": ("Polo衫", 79), "tote": ("帆布袋", 29),
            "cap": ("棒球帽", 39)}
GARMENT_W = {"individual": (0.60, 0.20, 0.03, 0.12, 0.05), "company": (0.42, 0.14, 0.26, 0.09, 0.09),
             "school": (0.76, 0.14, 0.05, 0.0, 0.05)}
METHODS = {"DTG": ("数码直喷", 22), "screen": ("丝网印", 8), "embroidery": ("刺绣", 30), "heat_transfer": ("热转印", 12)}
COLOURS = {"white": "白色", "black": "黑色", "navy": "藏青", "grey": "灰色", "red": "红色", "pink": "粉色"}
DARK = {"black", "navy"}
BANDS = [("1-9", "1-9件"), ("10-49", "10-49件"), ("50-199", "50-199件"), ("200+", "200件以上")]
FACTORIES = {  # id: en, zh, queue days (lo, hi)
    "panyu": ("Guangzhou Panyu", "广州番禺厂", (0.4, 1.4)),
    "humen": ("Dongguan Humen", "东莞虎门厂", (0.8, 2.4)),
    "xiaoshan": ("Hangzhou Xiaoshan", "杭州萧山厂", (0.6, 2.0)),
    "yiwu": ("Yiwu", "义乌厂", (0.8, 2.4)),
}
FACTORY_W = {"DTG": (0.62, 0.0, 0.38, 0.0), "screen": (0.0, 0.42, 0.18, 0.40), "embroidery": (0.0, 0.60, 0.40, 0.0),
             "heat_transfer": (0.38, 0.0, 0.0, 0.62)}
COURIERS = {"SF": ("顺丰", (0.8, 2.0)), "ZTO": ("中通", (1.5, 4.0)), "JD": ("京东物流", (0.8, 2.5)),
            "Deppon": ("德邦", (2.0, 4.5))}
CLAIMR = {"colour_mismatch": "颜色偏差", "print_crack": "印花开裂", "wrong_size": "尺码不符", "misprint": "错印漏印",
          "late_delivery": "延误"}
RESOL = {"reprint": "重印", "refund": "全额退款", "partial_refund": "部分退款", "rejected": "驳回"}
TIERS = {"regular": "普通会员", "silver": "银卡会员", "gold": "金卡会员", "platinum": "铂金会员"}

# ---- feedback texts: every phrase of a topic carries its markers (gold.py counts topics by them) ----
TXT = {
    "crash": (["设计器一上传图片就闪退", "新版编辑器老是闪退，效果图保存不了", "安卓上设计到一半闪退，白做了"],
              ["the editor keeps crashing when I upload my artwork", "app crashed twice before I could save the mockup",
               "design tool crashes on my phone every time"]),
    "slow_quote": (["询价两天都没人回", "周末提交的询价，周一才给报价", "等报价等到黄花菜都凉了"],
                   ["waited two days for a quote", "sent the bulk quote request on Saturday and heard nothing until Monday",
                    "the quote took forever to come back"]),
    "colour_off": (["颜色和效果图差太多，色差严重", "藏青色印出来发紫，色差太明显", "logo颜色有色差，跟品牌色对不上"],
                   ["the colours look nothing like the mockup", "print colour is way off on the navy shirts",
                    "our logo colour came out wrong, not our brand colour"]),
    "crack": (["洗了一次印花就裂了", "印花开裂还掉色", "穿了两次图案就开裂起皮"],
              ["the print cracked after one wash", "print is cracking and peeling already",
               "design started peeling after two washes"]),
    "size": (["偏小一码，穿不上", "尺码偏小，建议买大一号", "按尺码表选的结果偏小"],
             ["it runs a size small", "sizes run small, order one up", "went by the size chart and it still runs small"]),
    "late": (["说好的日期没到货，活动都结束了", "比承诺的晚了好几天才到", "年会前没收到衣服，太耽误事"],
             ["arrived late, after our event", "delivery was days later than promised", "shirts did not arrive in time for the team event"]),
    "proof_slow": (["刺绣打样改了好几轮", "校稿来回太磨叽了", "改稿改了一个星期才定稿"],
                   ["the embroidery proof went back and forth for days", "too many proof rounds before sign-off",
                    "proof revisions took a whole week"]),
    "price": (["价格比别家贵", "加急费太贵了"], ["a bit pricey compared to other shops", "the rush fee is expensive"]),
    "quality": (["面料厚实，质感很好", "印得很清晰，质感不错", "衣服厚实不透"],
                ["great quality fabric, nice and thick", "print is crisp and the shirt quality is great",
                 "thick fabric, good quality"]),
    "service": (["客服很耐心，帮我调了好几次图", "设计小姐姐很耐心", "对接的顾问很耐心很专业"],
                ["customer service was patient and helpful", "the designer was so patient with my changes",
                 "our account manager was patient and helpful"]),
}
GEN = {
    "pos": (["整体满意", "下次还来", "推荐给同事了", "好评"], ["overall happy", "will order again", "recommended to colleagues"]),
    "neu": (["还行吧", "一般般", "中规中矩"], ["it was ok", "average experience", "nothing special"]),
    "neg": (["不会再来了", "体验很差", "太失望了"], ["won't order again", "really disappointed", "poor experience"]),
}
NEG_TOPICS = {"crash", "slow_quote", "colour_off", "crack", "size", "late", "proof_slow", "price"}
POS_TOPICS = {"quality", "service"}
TOPIC_TP = [("crash", "tp_mockup_save"), ("slow_quote", "tp_quote_sent"), ("colour_off", "tp_print"),
            ("crack", "tp_print"), ("size", "tp_claim"), ("late", "tp_deliver"), ("proof_slow", "tp_proof_ok"),
            ("price", "tp_order"), ("quality", "tp_print"), ("service", "tp_proof_ok")]


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, w):
    w = np.asarray(w, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(ctype: str, d: datetime) -> float:
    m = d.month
    if ctype == "school":
        return {4: 1.5, 5: 2.6, 6: 1.9, 9: 1.6, 10: 1.3, 7: 0.35, 8: 0.45, 1: 0.35, 2: 0.3}.get(m, 1.0)
    if ctype == "company":
        return {1: 1.1, 2: 0.4, 3: 1.25, 4: 1.3, 10: 1.3, 11: 1.6, 12: 1.9}.get(m, 1.0)
    if datetime(d.year, 11, 1) <= d < datetime(d.year, 11, 12):
        return 2.0
    return {2: 0.6, 7: 1.2, 8: 1.2}.get(m, 1.0)


def band(q: int) -> int:
    return 0 if q < 10 else 1 if q < 50 else 2 if q < 200 else 3


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_ds = self.n_job = 0

    def ev(self, c, t, tp, sid, action, common=None, device=True, **kw):
        if t > END:
            return False
        self.n_ev += 1
        dev = c["device"] if device is True else device
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=dev,
                   channel=None if dev is None else ("web" if dev == "pc" else "mini_program"))
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def fb(self, c, t, topics, channel, rating=None, nps=None, common=None, undated=False, gen=None, no_customer=False,
           job=None, device=None, tp=None):
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
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_review")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if (gen == "pos" or set(topics) & POS_TOPICS) else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, job_id=job, device=device, customer_type=c["ctype"],
                   客户类型=CTYPES[c["ctype"]][0])
        if common:
            for k in ("order_id", "print_method", "印花工艺", "garment", "品类", "factory", "合作工厂"):
                row[k] = common.get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        self.cust = []
        day_list = []
        d = START
        while d <= datetime(2026, 7, 24):
            day_list.append(d)
            d += D(days=1)
        for ctype, (zh, share) in CTYPES.items():
            n = int(round(N_CUST * share))
            w = np.array([(0.7 + 0.8 * (x - START).days / 570) * season(ctype, x) for x in day_list])
            idx = rng.choice(len(day_list), size=n, p=w / w.sum())
            for k in idx:
                t = day_list[int(k)] + D(hours=float(rng.uniform(8, 23.5)))
                city = pick(list(CITIES), [v[1] for v in CITIES.values()])
                acq = pick(list(ACQ), ACQ_W[ctype])
                dev_w = {"individual": (0.44, 0.42, 0.14), "school": (0.40, 0.36, 0.24),
                         "company": (0.20, 0.15, 0.65)}[ctype]
                en_share = (0.16 if city in ("Shanghai", "Shenzhen") else 0.05) if ctype == "company" else \
                    (0.06 if city in ("Shanghai", "Beijing") else 0.02)
                self.cust.append(dict(ctype=ctype, signup=t, city=city, acq=acq, device=pick(["ios", "android", "pc"], dev_w),
                                      en_share=en_share, lang="en" if rng.random() < en_share else "zh",
                                      industry=pick(list(INDUSTRY), [0.3, 0.14, 0.16, 0.18, 0.16, 0.06])
                                      if ctype == "company" else None,
                                      size=pick(["1-49", "50-199", "200-999", "1000+"], [0.3, 0.34, 0.24, 0.12])
                                      if ctype == "company" else None,
                                      spend=0.0, n_orders=0, first_order=None, last_order=None))
        self.cust.sort(key=lambda c: c["signup"])
        for i, c in enumerate(self.cust, 1):
            c["customer_id"] = f"C{i:05d}"

    # ---------- design tool ----------
    def design(self, c, t):
        """one or more design sessions; returns (mockup time, device) or None."""
        for attempt in range(3):
            self.n_ds += 1
            sid = f"DS{self.n_ds:06d}"
            dev = c["device"] if rng.random() < 0.9 else pick(["ios", "android", "pc"], [0.4, 0.35, 0.25])
            mode = pick(["template", "upload", "text_only"], [0.45, 0.4, 0.15])
            if not self.ev(c, t, "tp_design_open", sid, "open", device=dev, design_mode=mode,
                           traffic_source=c["acq"] if attempt == 0 and c["n_orders"] == 0 else "direct"):
                return None
            p = {"individual": 0.58, "school": 0.66, "company": 0.70}[c["ctype"]]
            if dev == "android" and t >= EDITOR_V3:
                p *= 0.45
                if rng.random() < 0.09:
                    self.fb(c, t + D(minutes=float(rng.uniform(5, 120))), ["crash"], "app_review",
                            rating=float(pick([1, 2], [0.7, 0.3])), undated=rng.random() < 0.15, device="android",
                            gen="neg")
            if rng.random() < p:
                tm = t + D(minutes=float(rng.uniform(4, 45)))
                if self.ev(c, tm, "tp_mockup_save", sid, "save", device=dev, design_mode=mode):
                    return tm, dev
                return None
            if rng.random() > 0.42:
                return None
            t = t + D(days=float(rng.uniform(0.3, 9)))
            t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(8, 23.5)))
        return None

    # ---------- one job: (quote) -> order -> proof -> print -> ship -> deliver -> claim -> review ----------
    def job(self, c, t0, dev, reorder=False):
        ct = c["ctype"]
        self.n_job += 1
        jid = f"JB{self.n_job:06d}"
        garment = pick(list(GARMENTS), GARMENT_W[ct])
        if ct == "individual":
            qty = int(pick([1, 2, 3, 4, 5, 6, 8, 12, 20, 30], [0.34, 0.18, 0.1, 0.08, 0.07, 0.05, 0.05, 0.06, 0.04, 0.03]))
        elif ct == "school":
            qty = int(rng.integers(28, 62))
        else:
            qty = int(np.clip(round(rng.lognormal(np.log(110), 0.8)), 12, 1500))
        b = band(qty)
        if garment == "cap":
            method = pick(list(METHODS), [0.05, 0.1, 0.8, 0.05])
        elif garment == "polo" and ct == "company":
            method = pick(list(METHODS), [0.05, 0.25, 0.6, 0.1])
        else:
            method = pick(list(METHODS), [(0.70, 0.0, 0.05, 0.25), (0.34, 0.22, 0.14, 0.30), (0.05, 0.62, 0.22, 0.11),
                                          (0.02, 0.70, 0.20, 0.08)][b])
        colour = pick(list(COLOURS), [0.36, 0.28, 0.12, 0.13, 0.06, 0.05])
        factory = pick(list(FACTORIES), FACTORY_W[method])
        common = dict(job_id=jid, garment=garment, 品类=GARMENTS[garment][0], print_method=method,
                      印花工艺=METHODS[method][0], garment_colour=colour, 衣服颜色=COLOURS[colour], quantity=qty,
                      qty_band=BANDS[b][0], 数量档=BANDS[b][1])
        t = t0
        unit = GARMENTS[garment][1] + METHODS[method][1]
        unit *= (1.0, 0.86, 0.72, 0.62)[b] * float(rng.uniform(0.95, 1.08))
        unit = round(unit, 1)
        # ---- bulk quote
        quote_id = None
        if b >= 2 and (ct == "company" and rng.random() < 0.9 or ct == "school" and rng.random() < 0.55):
            tq = t + D(days=float(rng.uniform(0, 2)))
            tq = datetime(tq.year, tq.month, tq.day) + D(hours=float(rng.uniform(8.5, 23)))
            quote_id = jid
            qch = "account_manager" if c["acq"] == "sales" else ("web" if dev == "pc" else "mini_program")
            if not self.ev(c, tq, "tp_quote_req", jid, "submit", common, device=dev, quote_channel=qch):
                return None
            wd, hr = tq.weekday(), tq.hour
            if wd >= 5 or (wd == 4 and hr >= 17):
                monday = datetime(tq.year, tq.month, tq.day) + D(days=7 - wd)
                tr = monday + D(hours=9 + float(rng.exponential(3.0)))
            elif hr >= 17:
                tr = datetime(tq.year, tq.month, tq.day) + D(days=1, hours=9 + float(rng.exponential(1.2)))
            else:
                tr = tq + D(hours=float(rng.lognormal(np.log(2.2), 0.6)))
            reply_h = (tr - tq).total_seconds() / 3600
            self.ev(c, tr, "tp_quote_sent", jid, "sent", common, device=None, quoted_unit_price=unit,
                    quoted_total=round(unit * qty, 2), sales_rep=pick(["王婷", "陈磊", "刘洋", "Amy Zhou"],
                                                                        [0.3, 0.3, 0.25, 0.15]))
            if reply_h > 24 and rng.random() < 0.22:
                ch = "wecom_note" if ct == "company" else "cs_ticket"
                self.fb(c, tr + D(hours=float(rng.uniform(0.5, 30))), ["slow_quote"], ch, undated=ch == "wecom_note"
                        and rng.random() < 0.3, job=jid)
            weekend = wd >= 5 or (wd == 4 and hr >= 17)     # by Monday they have bought elsewhere
            if rng.random() > (0.30 if weekend else 0.62):
                return None
            t = tr + D(days=float(min(20, rng.exponential(2.5) + 0.05)))
        # ---- order
        subtotal = round(unit * qty, 2)
        coupon, disc = None, 0.0
        nov11 = datetime(t.year, 11, 1) <= t < datetime(t.year, 11, 12)
        if ct == "individual":
            if nov11 and rng.random() < 0.6:
                coupon, disc = "DOUBLE11", round(subtotal * 0.11, 2)
            elif c["n_orders"] == 0 and c["acq"] == "xiaohongshu" and rng.random() < 0.75:
                coupon, disc = "XHS15", round(subtotal * 0.15, 2)
            elif c["n_orders"] == 0 and subtotal >= 99 and rng.random() < 0.45:
                coupon, disc = "NEW20", 20.0
        elif ct == "school" and rng.random() < 0.5:
            coupon, disc = f"CLASS{t.year}", round(subtotal * 0.10, 2)
        elif ct == "company" and subtotal >= 3000 and rng.random() < 0.3:
            coupon, disc = "TEAM300", 300.0
        rush = rng.random() < (0.10 if ct == "individual" else 0.16)
        rush_fee = round(max(20.0, subtotal * 0.2), 2) if rush else 0.0
        ship_fee = 10.0 if (ct == "individual" and subtotal < 199) else 0.0
        amount = round(subtotal - disc + rush_fee + ship_fee, 2)
        lead = (4 if rush else (7, 7, 10, 14)[b]) + (3 if method == "embroidery" else 0)
        promised = (t + D(days=lead)).date()
        if ct == "company":
            och = "account_manager" if c["acq"] == "sales" else "web"
        elif c["acq"] == "tmall" and rng.random() < 0.85:
            och = "tmall"
        else:
            och = "web" if dev == "pc" else "mini_program"
        if t > END:
            return None
        if reorder:                                                # "再来一单": the repeat order is placed
            self.ev(c, t - D(minutes=float(rng.uniform(1, 20))), "tp_reorder", jid, "reorder", common, device=dev)
        self.n_ord += 1
        oid = f"SO{self.n_ord:06d}"
        common.update(order_id=oid, factory=FACTORIES[factory][0], 合作工厂=FACTORIES[factory][1])
        if not self.ev(c, t, "tp_order", jid, "paid", common, device=dev, amount=amount, coupon_code=coupon,
                       rush=rush, promised_date=str(promised), order_channel=och):
            self.n_ord -= 1
            return None
        order = dict(order_id=oid, customer_id=c["customer_id"], ts=ts(t), amount=amount, status="paid", channel=och,
                     device=dev, job_id=jid, quote_id=quote_id, garment=garment, 品类=GARMENTS[garment][0],
                     print_method=method, 印花工艺=METHODS[method][0], garment_colour=colour, 衣服颜色=COLOURS[colour],
                     quantity=qty, qty_band=BANDS[b][0], 数量档=BANDS[b][1], unit_price=unit, subtotal=subtotal,
                     coupon_code=coupon, discount=disc, rush=rush, rush_fee=rush_fee, shipping_fee=ship_fee,
                     factory=FACTORIES[factory][0], 合作工厂=FACTORIES[factory][1], factory_id=factory,
                     promised_date=str(promised), currency="CNY")
        self.orders.append(order)
        c["n_orders"] += 1
        c["spend"] += amount
        c["first_order"] = c["first_order"] or t
        c["last_order"] = t
        # ---- proof
        emb = method == "embroidery"
        tp_ = t + D(hours=float(rng.lognormal(np.log(20 if emb else 2.5), 0.5)))
        rounds = int(rng.poisson(1.7 if emb else 0.45))
        for r in range(rounds + 1):
            if not self.ev(c, tp_, "tp_proof_sent", jid, "sent" if r == 0 else "revised", common, device=None,
                           proof_round=r + 1):
                return None
            if r < rounds:
                tp_ += D(hours=float(rng.exponential(5) + 0.5) + float(rng.lognormal(np.log(16 if emb else 3), 0.5)))
        if rng.random() < 0.035:                                   # never signs the proof off: cancelled
            order["status"] = "cancelled"
            order["cancelled_at"] = ts(tp_ + D(days=7))
            c["spend"] -= amount
            return dict(end=tp_, bad=True)
        tok = tp_ + D(hours=float(rng.exponential(6) + 0.3))
        if not self.ev(c, tok, "tp_proof_ok", jid, "approved", common, device=dev, revision_rounds=rounds):
            return None
        if emb and rounds >= 3 and rng.random() < 0.3:
            self.fb(c, tok + D(hours=2), ["proof_slow"], "cs_ticket", common=common, job=jid)
        # ---- print
        q_lo, q_hi = FACTORIES[factory][2]
        queue = float(rng.uniform(q_lo, q_hi)) + (1.0 if b == 3 else 0.0)
        if factory == "yiwu" and YIWU_JAM[0] <= tok < YIWU_JAM[1]:
            queue += float(rng.uniform(4, 8))
        tpr = tok + D(days=queue)
        if not self.ev(c, tpr, "tp_print", jid, "printing", common, device=None, factory_id=factory):
            return None
        prod = {"DTG": (0.2, 0.8), "screen": (0.8, 1.8), "embroidery": (1.2, 2.8), "heat_transfer": (0.4, 1.2)}[method]
        tsh = tpr + D(days=float(rng.uniform(*prod)) * (1.0 + 0.3 * b))
        courier = pick(list(COURIERS), [0.2, 0.1, 0.1, 0.6] if b == 3 else [0.48, 0.32, 0.2, 0.0])
        if not self.ev(c, tsh, "tp_ship", jid, "shipped", common, device=None, courier=courier,
                       快递公司=COURIERS[courier][0]):
            return None
        tdl = tsh + D(days=float(rng.uniform(*COURIERS[courier][1])))
        days_late = max(0, (tdl.date() - promised).days)
        if not self.ev(c, tdl, "tp_deliver", jid, "delivered", common, device=None, courier=courier,
                       快递公司=COURIERS[courier][0], promised_date=str(promised), on_time=days_late == 0,
                       days_late=days_late):
            return dict(end=tdl, bad=False)
        bad = set()
        # ---- claims
        dark = colour in DARK
        p = {}
        p["colour_mismatch"] = 0.008
        if factory == "humen" and HUMEN_INK[0] <= tpr < HUMEN_INK[1]:
            p["colour_mismatch"] = 0.36 if dark else 0.10
        p["print_crack"] = {"DTG": 0.13 if dark else 0.025, "heat_transfer": 0.02, "screen": 0.006,
                            "embroidery": 0.002}[method]
        p["wrong_size"] = 0.085 if garment == "hoodie" else (0.0 if garment in ("tote", "cap") else 0.015)
        p["misprint"] = 0.01
        p["late_delivery"] = (0.16 if ct != "individual" else 0.06) if days_late >= 2 else 0.0
        claim = None
        for reason in ("colour_mismatch", "print_crack", "wrong_size", "misprint", "late_delivery"):
            if rng.random() < p[reason]:
                claim = reason
                break
        if days_late >= 1 and rng.random() < (0.3 if ct != "individual" else 0.1):
            bad.add("late")
        if claim:
            bad.add({"colour_mismatch": "colour_off", "print_crack": "crack", "wrong_size": "size",
                     "misprint": "misprint", "late_delivery": "late"}[claim])
            tc = tdl + D(days=float(rng.uniform(5, 25) if claim == "print_crack" else rng.uniform(0.1, 4)))
            if self.ev(c, tc, "tp_claim", jid, "submit", common, device=dev, claim_reason=claim, 售后原因=CLAIMR[claim]):
                res = pick(list(RESOL), {"colour_mismatch": (0.6, 0.1, 0.25, 0.05), "print_crack": (0.55, 0.2, 0.15, 0.1),
                                         "wrong_size": (0.7, 0.2, 0.0, 0.1), "misprint": (0.85, 0.15, 0.0, 0.0),
                                         "late_delivery": (0.0, 0.15, 0.6, 0.25)}[claim])
                dd = float(rng.lognormal(np.log({"reprint": 6.0, "refund": 1.5, "partial_refund": 2.0,
                                                 "rejected": 1.0}[res]), 0.4))
                tdone = tc + D(days=dd)
                refund = amount if res == "refund" else (round(amount * float(rng.uniform(0.2, 0.4)), 2)
                                                         if res == "partial_refund" else None)
                if self.ev(c, tdone, "tp_claim_done", jid, res, common, device=None, claim_reason=claim,
                           售后原因=CLAIMR[claim], resolution=res, 处理结果=RESOL[res], refund_amount=refund):
                    if res == "refund":
                        order["status"] = "refunded"
                        order["refunded_at"] = ts(tdone)
                        c["spend"] -= amount
                if rng.random() < 0.5:
                    tps = [x for x in ("colour_off", "crack", "size", "late") if x in bad]
                    if tps:
                        self.fb(c, tc + D(hours=float(rng.uniform(0.2, 20))), tps, "cs_ticket", common=common, job=jid,
                                tp=None)
        # ---- review and other feedback
        topics = [x for x in ("colour_off", "crack", "size", "late") if x in bad]
        if rng.random() < 0.035:
            topics.append("price")
        good = []
        if not bad:
            if rng.random() < (0.22 if method == "screen" else 0.12):
                good.append("quality")
            if rng.random() < 0.08:
                good.append("service")
        t_end = tdl + D(days=float(rng.uniform(1, 7)))
        if claim and claim in ("print_crack",):
            t_end = max(t_end, tdl + D(days=float(rng.uniform(8, 28))))
        p_rev = {"individual": 0.32, "school": 0.26, "company": 0.14}[ct] + (0.25 if bad else 0.0) + \
            (0.15 if good else 0.0)
        if rng.random() < p_rev:
            stars = float(pick([5, 4, 3, 2], [0.5, 0.34, 0.12, 0.04]))
            pen = {"colour_off": 2.3, "crack": 2.6, "size": 1.4, "late": 1.6, "price": 0.8}
            for x in topics:
                stars -= pen.get(x, 0)
            if good and not topics:
                stars = 5.0 if rng.random() < 0.8 else 4.0
            stars = float(min(5, max(1, round(stars))))
            ch = "tmall_review" if och == "tmall" else "mini_program_review"
            if self.ev(c, t_end, "tp_review", jid, "rate", common, device=dev, stars=stars, review_channel=ch):
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                self.fb(c, t_end, topics + good, ch, rating=stars, common=common, gen=gen, job=jid,
                        undated=ch == "tmall_review" and rng.random() < 0.25)
        if ct == "company" and (topics or good) and rng.random() < 0.25:
            self.fb(c, t_end + D(days=float(rng.uniform(0, 5))), topics + good, "wecom_note", common=common, job=jid,
                    undated=rng.random() < 0.3)
        if c["acq"] == "xiaohongshu" and (topics or good) and rng.random() < 0.3:
            self.fb(c, t_end + D(hours=float(rng.uniform(1, 96))), topics + good, "xiaohongshu_note", common=common,
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.4, job=jid)
        if rng.random() < 0.07:
            neg = bool(topics)
            nps = int(np.clip(round(rng.normal(8.2 - 3.4 * neg + 0.9 * bool(good) + 0.4 * (ct == "company"), 1.6)), 0, 10))
            self.fb(c, t_end + D(days=2), topics + good if rng.random() < 0.6 else [], "survey", nps=nps, common=common,
                    gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"), job=jid)
        return dict(end=t_end, bad=bool(bad))

    def run(self):
        self.customers()
        for c in self.cust:
            res = self.design(c, c["signup"])
            if res is None:
                continue
            tm, dev = res
            p = P_ORDER[c["acq"]] * {"individual": 1.0, "school": 1.15, "company": 1.0}[c["ctype"]]
            if rng.random() > p:
                continue
            if rng.random() < 0.1:
                t = tm + D(days=float(rng.uniform(15, 40)))
            else:
                t = tm + D(hours=float(min(300, rng.exponential(30) + 0.1)))
            first = True
            while t <= END:
                out = self.job(c, t, dev, reorder=not first)
                first = False
                if out is None:
                    break
                p_ret = {"individual": 0.26, "company": 0.58, "school": 0.07}[c["ctype"]] * (0.6 if out["bad"] else 1.0)
                if rng.random() > p_ret:
                    break
                gap = {"individual": rng.exponential(70) + 10, "company": rng.exponential(85) + 20,
                       "school": rng.exponential(160) + 60}[c["ctype"]]
                t = out["end"] + D(days=float(gap))
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(8.5, 22)))
                if rng.random() < 0.3 and t <= END:            # some re-open the editor to tweak the design first
                    res = self.design(c, t)
                    if res is None:
                        break
                    t, dev = res[0] + D(hours=float(rng.uniform(0.2, 30))), res[1]

    def customer_rows(self):
        rows = []
        for c in self.cust:
            s = c["spend"]
            tier = "platinum" if s >= 20000 else "gold" if s >= 3000 else "silver" if s >= 500 else "regular"
            if c["first_order"] is None:
                seg = "prospect"
            elif c["first_order"] >= datetime(2026, 5, 1):
                seg = "new"
            elif c["last_order"] >= datetime(2026, 2, 1):
                seg = "active"
            else:
                seg = "lapsed"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["signup"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["acq"], 获客渠道=ACQ[c["acq"]], tier=tier,
                             会员等级=TIERS[tier], customer_type=c["ctype"], 客户类型=CTYPES[c["ctype"]][0],
                             industry=c["industry"], 行业=INDUSTRY.get(c["industry"]), company_size=c["size"],
                             main_device=c["device"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "job_id",
           "order_id", "design_mode", "traffic_source", "garment", "品类", "print_method", "印花工艺", "garment_colour",
           "衣服颜色", "quantity", "qty_band", "数量档", "quote_channel", "quoted_unit_price", "quoted_total", "sales_rep",
           "amount", "coupon_code", "rush", "promised_date", "order_channel", "proof_round", "revision_rounds",
           "factory_id", "factory", "合作工厂", "courier", "快递公司", "on_time", "days_late", "claim_reason", "售后原因",
           "resolution", "处理结果", "refund_amount", "stars", "review_channel"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "job_id", "quote_id", "garment",
            "品类", "print_method", "印花工艺", "garment_colour", "衣服颜色", "quantity", "qty_band", "数量档", "unit_price",
            "subtotal", "coupon_code", "discount", "rush", "rush_fee", "shipping_fee", "factory_id", "factory", "合作工厂",
            "promised_date", "cancelled_at", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "job_id", "order_id", "device", "customer_type", "客户类型", "print_method", "印花工艺", "garment", "品类",
           "factory", "合作工厂"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "customer_type", "客户类型", "industry", "行业", "company_size", "main_device",
             "preferred_language"]


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
    dup = rng.choice(len(ev), size=21, replace=False)             # the mini-program SDK re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, design sessions {g.n_ds}, jobs {g.n_job}, events {len(ev)}, "
          f"orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
