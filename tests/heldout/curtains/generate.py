"""帘上 DrapeHome: custom curtains and blinds (定制窗帘) in Hangzhou, Ningbo and Nanchang. A homeowner finds us
(Douyin, Xiaohongshu, our Tmall shop, a friend's referral or walking into a showroom), chats with an online
consultant (在线咨询), books a home measuring visit (预约量尺, 50 CNY measuring fee, refunded if the visit is
cancelled), a measurer comes to the flat (上门量尺), the customer picks fabric from the sample book (选布样), gets a
quote (出报价), pays the order (下单付款) - optionally with a motorised track add-on (电动轨道) - the factory makes
the curtains (生产完成), we book the installation (预约安装), the installers hang them (上门安装), and after-sales
fixes what is wrong (售后调整: hems, hooks, motor repairs), or remakes curtains made to the wrong size (尺寸返工).
Orders cancelled before production are refunded; a few colour-difference disputes end in a refund too.
Events 2025-01-01 .. 2026-08-31 (the extract was taken at the start of September 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, about 2 s. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261221
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_CUST = 7500
YONGCE = (datetime(2025, 7, 1), datetime(2026, 2, 1))      # Ningbo measuring outsourced to 甬测 (laser tool issue)
MIST_BATCH = (datetime(2026, 3, 1), datetime(2026, 6, 1))   # bad dye lot of the Mist Linen series
KM200_FROM = datetime(2025, 6, 1)                           # cheap KM-200 motor added to the range
PEAK = ((datetime(2025, 9, 1), datetime(2025, 11, 1)),)     # 金九银十: factory backlog

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_consult", "在线咨询", "Online consult", "awareness", "social", "digital", "marketing",
     "咨询|问价|私信|客服|线上咨询|留资|consult|enquiry|inquiry|chat|lead"),
    ("tp_measure_book", "预约量尺", "Measuring booked", "consideration", "mini_program", "digital", "sales",
     "预约量尺|约量尺|量尺预约|量尺费|book measuring|measuring appointment|measure booking"),
    ("tp_measure", "上门量尺", "Home measuring visit", "consideration", "store", "physical", "measuring",
     "量尺|上门测量|测量|量窗户|measuring|measurement|measure visit|site survey"),
    ("tp_sample", "选布样", "Fabric sample selection", "consideration", "store", "physical", "sales",
     "选布|挑布样|看布样|面料|布样|fabric|swatch|sample book|fabric selection"),
    ("tp_quote", "出报价", "Quote sent", "consideration", "mini_program", "digital", "sales",
     "报价|报价单|价格|多少钱|quote|quotation|price"),
    ("tp_order", "下单付款", "Order paid", "purchase", "mini_program", "digital", "finance",
     "下单|付款|签单|成交|定金|order|paid|payment|signed"),
    ("tp_motor", "电动轨道加装", "Motorised track add-on", "purchase", "mini_program", "digital", "sales",
     "电动轨道|电动窗帘|电机|智能窗帘|motor|motorised track|motorized|smart curtain|electric track"),
    ("tp_production", "生产完成", "Production finished", "purchase", "other", "physical", "factory",
     "生产|做好|工厂|工期|出货|production|factory|made|lead time"),
    ("tp_install_book", "预约安装", "Installation booked", "service", "phone", "digital", "installation",
     "预约安装|约安装|排期|install booking|installation appointment|schedule install"),
    ("tp_install", "上门安装", "Installation", "service", "store", "physical", "installation",
     "安装|装窗帘|师傅上门|挂窗帘|install|installation|installer|fitting"),
    ("tp_adjust", "售后调整", "After-sales adjustment", "service", "phone", "physical", "after_sales",
     "售后|调整|维修|改短|返修|after-sales|adjustment|repair|fix"),
    ("tp_remake", "尺寸返工", "Remake (wrong size)", "service", "store", "physical", "after_sales",
     "返工|重做|尺寸不对|remake|redo|wrong size"),
    ("tp_cancel", "取消", "Cancelled", "service", "mini_program", "digital", "sales",
     "取消|退单|不做了|cancel|cancellation|cancelled"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|退量尺费|refund|money back|refunded"),
    ("tp_review", "评价", "Review", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|评分|好评|差评|review|rating|stars"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("lead", "获客转化", "Lead to order", ["tp_consult", "tp_measure_book", "tp_measure", "tp_quote", "tp_order"], 45),
    ("delivery", "交付安装", "Delivery & installation",
     ["tp_order", "tp_production", "tp_install_book", "tp_install"], 45),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 30),
    ("retrofit", "装后加电动", "Motor retrofit", ["tp_install", "tp_motor"], 90),
]
CITIES = {  # en: zh, weight, en-speaking share, install teams, median lateness (min)
    "Hangzhou": ("杭州", 0.45, 0.18, ["HZ-A", "HZ-B", "HZ-C"], 8.0),
    "Ningbo": ("宁波", 0.30, 0.10, ["NB-A", "NB-B"], 10.0),
    "Nanchang": ("南昌", 0.25, 0.05, ["NC-A", "NC-B"], 42.0),
}
SHOWROOMS = {  # city -> [(id, zh, en)]
    "Hangzhou": [("S01", "杭州滨江展厅", "Hangzhou Binjiang"), ("S02", "杭州城西银泰展厅", "Hangzhou Chengxi")],
    "Ningbo": [("S03", "宁波鄞州展厅", "Ningbo Yinzhou")],
    "Nanchang": [("S04", "南昌红谷滩展厅", "Nanchang Honggutan")],
}
CHANNELS = {  # en: zh, weight, p(book measuring), p(order | quote) multiplier
    "douyin": ("抖音", 0.32, 0.36, 0.62), "xiaohongshu": ("小红书", 0.24, 0.50, 0.95),
    "tmall": ("天猫", 0.14, 0.55, 0.85), "referral": ("老客推荐", 0.14, 0.82, 1.25),
    "showroom": ("展厅到店", 0.16, 0.76, 1.15),
}
HOUSES = {"new_home": ("新房", 0.55, 1.0), "renovation": ("旧房翻新", 0.30, 0.95), "rental": ("出租房", 0.15, 0.55)}
LINES = {  # en: zh, weight, price per window, motor attach prob, series
    "fabric": ("布艺窗帘", 0.50, 1350, 0.22, ["mist_linen", "cloud_cotton", "silk_velvet", "blackout"]),
    "dream": ("柔纱帘", 0.18, 1650, 0.44, ["sheer_dream"]),
    "roller": ("卷帘", 0.18, 620, 0.12, ["blackout", "sunscreen"]),
    "venetian": ("百叶帘", 0.12, 880, 0.05, ["bamboo"]),
    "skylight": ("天窗帘", 0.02, 2600, 0.85, ["sunscreen"]),
}
SERIES = {"mist_linen": "雾麻", "cloud_cotton": "云棉", "silk_velvet": "丝光绒", "blackout": "全遮光",
          "sheer_dream": "柔纱", "sunscreen": "阳光面料", "bamboo": "竹木"}
MOTORS = {"DY-Pro": (1680, 0.03), "Aqara-C3": (1480, 0.04), "KM-200": (980, 0.27)}  # price per track, fault prob
REASONS = {"hem": "改下摆长度", "hooks": "挂钩/滑轮", "track": "轨道松动", "motor_fault": "电机故障",
           "wrong_size": "尺寸返工"}
REFUND_REASONS = {"measure_cancelled": "取消量尺", "order_cancelled": "取消订单", "colour_diff": "色差退款",
                  "motor_returned": "电机退货"}
TIERS = {"regular": "普通客户", "silver": "银卡", "gold": "金卡", "vip": "VIP"}
MONTH_W = [0.8, 0.5, 1.35, 1.3, 1.0, 0.9, 0.8, 0.9, 1.45, 1.45, 1.1, 0.9]

TEXT = {  # topic -> (zh templates, en templates); every template carries its topic's marker (see gold.py)
    "wrong_size": (["窗帘尺寸不对，短了一截，量尺的时候明显没量准", "装上去才发现尺寸不对，宽度差了十几公分，只能返工重做",
                    "尺寸量错了，卷帘装不进窗框，又要等半个月", "量尺的人马马虎虎，尺寸不对，客厅那幅拖地太多"],
                   ["The curtains came out the wrong size - a good 10 cm too short.",
                    "Wrong size on two windows, the blind doesn't fit the frame, now waiting for a remake.",
                    "Measurer clearly got it wrong: wrong size panels and weeks of waiting for the redo."]),
    "colour_diff": (["收到的窗帘和布样有色差，实物偏灰很多", "色差太明显了，选的是米白，装上去发黄",
                     "两幅窗帘之间都有色差，同一批货怎么会这样"],
                    ["Big colour difference between the swatch and the finished curtains, much greyer.",
                     "The colour doesn't match the sample at all, beige turned yellowish.",
                     "Noticeable color difference between the two panels of the same order."]),
    "late_installer": (["安装师傅迟到了快一个小时，也没提前打电话", "约的上午九点，师傅迟到到十一点才来，请了半天假白等",
                        "安装又迟到，约好的时间根本不作数"],
                       ["The installer showed up over an hour late with no call.",
                        "Installation crew was late again, I took the morning off for nothing.",
                        "Installers turned up late and rushed the job."]),
    "motor_fault": (["电动轨道装好没几天电机就不动了，遥控没反应", "电机一直连不上米家，开合到一半就卡住",
                     "电机噪音大，还经常自己停，报修了两次"],
                    ["The motorised track stopped working after a week, remote does nothing.",
                     "Motor keeps dropping off the Wi-Fi and stalls halfway.",
                     "Curtain motor is noisy and cuts out, second repair visit already."]),
    "price_high": (["报价比预算高太多了，一个客厅要八千多", "报价太贵了，同样的布网上便宜一半", "量完尺出的报价吓一跳，先不做了"],
                   ["The quote was way too expensive for a two-bedroom flat.",
                    "Quote came in double what I expected, too pricey.", "Expensive compared with online shops, we passed."]),
    "slow_production": (["下单后工期太长，说好两周结果等了一个月", "工期一拖再拖，催了好几次才排上安装"],
                        ["Lead time was far longer than promised, almost a month after ordering.",
                         "Production took forever, the lead time kept slipping."]),
    "refund_slow": (["取消以后退款一直没到账，快一周了", "退款太慢，客服只会说在处理"],
                    ["Still waiting for my refund after cancelling.", "Refund is taking ages, support just says it's processing."]),
    "praise_install": (["安装师傅很专业，打孔干净，走之前还帮忙打扫", "师傅专业又细心，轨道装得很平"],
                       ["Installer was very professional and tidy, cleaned up after drilling.",
                        "Professional install, tracks perfectly level."]),
    "praise_fabric": (["布料质感很好，遮光效果超出预期", "窗帘质感高级，垂感很好"],
                      ["Lovely fabric quality, blackout works great.", "Great quality fabric, hangs beautifully."]),
}
GENERIC = {"pos": (["整体很满意，会推荐给朋友", "挺好的，从咨询到安装都很顺利"],
                    ["Happy overall, would recommend.", "Smooth from consult to install, thanks."]),
           "neu": (["还行吧，中规中矩", "一般，没什么特别的"], ["It's fine, nothing special.", "Okay overall."]),
           "neg": (["体验不太好，沟通很费劲", "客服回复很慢，不太满意"],
                   ["Not a great experience, communication was poor.", "Support replies slowly, not impressed."])}
TOPIC_TP = {"wrong_size": "tp_measure", "colour_diff": "tp_production", "late_installer": "tp_install",
            "motor_fault": "tp_motor", "price_high": "tp_quote", "slow_production": "tp_production",
            "refund_slow": "tp_refund", "praise_install": "tp_install", "praise_fabric": "tp_sample"}
PEN = {"wrong_size": 2.4, "colour_diff": 2.0, "late_installer": 1.6, "motor_fault": 2.2, "slow_production": 1.0,
       "refund_slow": 1.5, "price_high": 1.0}
NEG_TOPICS = set(PEN)


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(options, p):
    return options[int(rng.choice(len(options), p=np.array(p, dtype=float) / sum(p)))]


def work_hours(t: datetime, lo=9, hi=19) -> datetime:
    return datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(lo, hi)))


def in_peak(t):
    return any(a <= t < b for a, b in PEAK)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_pj = 0

    def ev(self, c, t, tp, pj, action, device=None, channel=None, **kw):
        if t > END:
            return
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=pj["id"] if pj else None, action=action, device=device, channel=channel)
        if pj:
            row.update(pj["common"])
        row.update(kw)
        self.events.append(row)

    def order(self, c, t, amount, otype, pj, **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status="paid", channel="mini_program", device=c["device"], order_type=otype,
                   订单类型={"curtain": "窗帘订单", "motor": "电动轨道", "measure_fee": "量尺费"}[otype],
                   project_id=pj["id"], store_city=c["city"], 门店城市=CITIES[c["city"]][0],
                   showroom=pj["common"]["showroom"], showroom_en=pj["common"]["showroom_en"], currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, pj=None, rating=None, nps=None, gen=None, undated=False, no_customer=False):
        if t > END:
            return
        self.n_fb += 1
        fid = f"F{self.n_fb:06d}"
        lang = c["lang"]
        li = 0 if lang == "zh" else 1
        parts = []
        for k in topics:
            pool = TEXT[k][li]
            parts.append(pool[int(rng.integers(len(pool)))])
        if not parts:
            g = gen or "pos"
            pool = GENERIC[g][li]
            parts.append(pool[int(rng.integers(len(pool)))])
        text = ("，" if li == 0 else " ").join(parts)
        tp = TOPIC_TP.get(topics[0], "tp_review") if topics else "tp_review"
        com = pj["common"] if pj else {}
        self.feedback.append(dict(
            feedback_id=fid, text=text, ts=None if undated else ts(t),
            customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel, rating=rating,
            nps=nps, language=lang, project_id=pj["id"] if pj else None, store_city=c["city"],
            门店城市=CITIES[c["city"]][0], showroom=com.get("showroom"), showroom_en=com.get("showroom_en"),
            product_line=com.get("product_line"), 品类=com.get("品类"), fabric_series=com.get("fabric_series"),
            布料系列=com.get("布料系列")))
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics)))

    # ---------- customers ----------
    def customers(self):
        days = (END.date() - START.date()).days + 1
        w = np.array([MONTH_W[(START + D(days=i)).month - 1] * (1.25 if (START + D(days=i)).year == 2026 else 1.0)
                      for i in range(days)])
        day_idx = np.sort(rng.choice(days, size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, di in enumerate(day_idx):
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            dev = pick(["pc", "ios", "android"], [0.55, 0.25, 0.20] if ch == "tmall" else [0.08, 0.50, 0.42])
            self.cust.append(dict(
                customer_id=f"C{i + 1:05d}", t0=START + D(days=int(di), hours=float(rng.uniform(8, 23))), city=city,
                channel=ch, device=dev, house=pick(list(HOUSES), [v[1] for v in HOUSES.values()]),
                room=SHOWROOMS[city][int(rng.integers(len(SHOWROOMS[city])))] if city == "Hangzhou" else SHOWROOMS[city][0],
                lang="en" if rng.random() < CITIES[city][2] else "zh", spend=0.0, orders=0, first_order=None,
                age=pick(["25-34", "35-44", "45-54", "55+"], [0.42, 0.33, 0.17, 0.08])))

    # ---------- one project (a flat / a room) ----------
    def project(self, c, t):
        self.n_pj += 1
        city = c["city"]
        line = pick(list(LINES), [v[1] for v in LINES.values()])
        sl = LINES[line][4]
        series = pick(sl, [0.4, 0.25, 0.15, 0.2]) if line == "fabric" else sl[int(rng.integers(len(sl)))]
        pj = dict(id=f"PJ{self.n_pj:06d}")
        pj["common"] = dict(store_city=city, 门店城市=CITIES[city][0], showroom=c["room"][1], showroom_en=c["room"][2],
                            product_line=line, 品类=LINES[line][0], fabric_series=series, 布料系列=SERIES[series],
                            house_type=c["house"], 房屋类型=HOUSES[c["house"]][0])
        self.ev(c, t, "tp_consult", pj, "chat", device=c["device"], channel=c["channel"])
        p_book = CHANNELS[c["channel"]][2] * (0.85 if c["house"] == "rental" else 1.0)
        if rng.random() > p_book:
            return
        t = t + D(hours=float(min(200, rng.exponential(30) + 0.3)))
        self.ev(c, t, "tp_measure_book", pj, "book", device=c["device"], channel="mini_program")
        fee = self.order(c, t + D(minutes=2), 50, "measure_fee", pj, 支付方式="微信支付")
        t_m = work_hours(t + D(days=float(rng.uniform(1.5, 6))))
        if rng.random() < 0.09:                               # visit cancelled: measuring fee refunded
            t_c = t + D(hours=float(rng.uniform(2, 60)))
            self.ev(c, t_c, "tp_cancel", pj, "cancel", device=c["device"], channel="mini_program",
                    cancel_type="measure_visit", 取消类型="取消量尺")
            self.refund(c, pj, t_c + D(hours=float(rng.uniform(1, 30))), 50, fee, "measure_cancelled")
            return
        outsourced = city == "Ningbo" and YONGCE[0] <= t_m < YONGCE[1] and rng.random() < 0.85
        vendor = "yongce" if outsourced else "in_house"
        windows = int(rng.integers(2, 9)) if line != "skylight" else int(rng.integers(1, 3))
        width = round(windows * float(rng.uniform(1.6, 3.2)), 1)
        self.ev(c, t_m, "tp_measure", pj, "measured", channel="store", measure_vendor=vendor,
                量尺方式={"yongce": "外包(甬测)", "in_house": "自营"}[vendor],
                measurer_id=f"M{int(rng.integers(1, 7)) + (10 if outsourced else 0):02d}-{city[:2].upper()}",
                windows=windows, width_m=width)
        if rng.random() > 0.93:
            return
        t_s = t_m + D(hours=float(rng.uniform(0.3, 100)))
        self.ev(c, t_s, "tp_sample", pj, pick(["showroom", "home_sample_book"], [0.4, 0.6]), channel="store")
        t_q = t_s + D(hours=float(rng.uniform(3, 72)))
        amount = windows * LINES[line][2] * float(rng.lognormal(0, 0.18))
        if line == "fabric" and series == "silk_velvet":
            amount *= 1.35
        amount = round(amount / 10) * 10
        motor = rng.random() < LINES[line][3]
        models = ["DY-Pro", "Aqara-C3"] + (["KM-200"] if t_q >= KM200_FROM else [])
        mw = [0.45, 0.25] + ([0.45] if t_q >= KM200_FROM else [])
        mmodel = pick(models, mw) if motor else None
        tracks = max(1, windows // 2) if motor else 0
        self.ev(c, t_q, "tp_quote", pj, "quote_sent", device=c["device"], channel="mini_program",
                quote_amount=amount + (tracks * MOTORS[mmodel][0] if motor else 0))
        p_ord = 0.62 * CHANNELS[c["channel"]][3] * HOUSES[c["house"]][2] * (1.1 if c["orders"] else 1.0)
        if rng.random() > min(0.97, p_ord):
            if rng.random() < 0.07:
                self.fb(c, t_q + D(days=float(rng.uniform(1, 10))), ["price_high"],
                        pick(["call_note", "wechat_service"], [0.5, 0.5]), pj=pj,
                        undated=rng.random() < 0.3)
            return
        t_o = t_q + D(hours=float(min(600, rng.exponential(70) + 1)))
        self.ev(c, t_o, "tp_order", pj, "paid", device=c["device"], channel="mini_program", amount=amount,
                windows=windows)
        cur = self.order(c, t_o, amount, "curtain", pj, 支付方式=pick(["微信支付", "支付宝", "银行卡"], [0.6, 0.3, 0.1]),
                         product_line=line, 品类=LINES[line][0], fabric_series=series, 布料系列=SERIES[series],
                         windows=windows)
        mo = None
        if motor:
            mamt = tracks * MOTORS[mmodel][0]
            self.ev(c, t_o + D(minutes=1), "tp_motor", pj, "add_on", device=c["device"], channel="mini_program",
                    motor_model=mmodel, tracks=tracks, amount=mamt)
            mo = self.order(c, t_o + D(minutes=1), mamt, "motor", pj, 支付方式="微信支付", product_line=line,
                            品类=LINES[line][0], motor_model=mmodel, tracks=tracks)
        if c["first_order"] is None:
            c["first_order"] = t_o
        c["orders"] += 1
        if rng.random() < 0.045:                              # cancelled before production
            t_c = t_o + D(hours=float(rng.uniform(3, 96)))
            self.ev(c, t_c, "tp_cancel", pj, "cancel", device=c["device"], channel="mini_program",
                    cancel_type="order", 取消类型="取消订单")
            t_r = t_c + D(days=float(rng.lognormal(np.log(2.5), 0.5)))
            self.refund(c, pj, t_r, amount + (mo["amount"] if mo else 0), cur, "order_cancelled", extra=mo)
            if rng.random() < 0.25:
                self.fb(c, t_r + D(days=1), ["refund_slow"], pick(["call_note", "wechat_service"], [0.6, 0.4]),
                        pj=pj, undated=rng.random() < 0.3)
            return
        c["spend"] += amount + (mo["amount"] if mo else 0)
        # production
        med = 11.0 * (1.8 if in_peak(t_o) else 1.0)
        t_p = work_hours(t_o + D(days=float(rng.lognormal(np.log(med), 0.3))))
        self.ev(c, t_p, "tp_production", pj, "done", channel="store",
                factory="绍兴柯桥工厂" if city != "Nanchang" else "南昌工厂")
        t_ib = t_p + D(hours=float(rng.uniform(2, 60)))
        self.ev(c, t_ib, "tp_install_book", pj, "booked", channel="phone")
        t_slot = work_hours(t_ib + D(days=float(rng.uniform(1.5, 6))), 9, 17)
        t_slot = t_slot.replace(minute=0, second=0)
        team = CITIES[city][3][int(rng.integers(len(CITIES[city][3])))]
        late = float(rng.lognormal(np.log(CITIES[city][4] * (1.3 if in_peak(t_slot) else 1.0)), 0.6)) - 4.0
        late = max(0.0, round(late))
        t_i = t_slot + D(minutes=late + float(rng.uniform(60, 150)))
        self.ev(c, t_i, "tp_install", pj, "installed", channel="store", install_team=team,
                appointment_at=ts(t_slot), late_minutes=late)
        topics = []
        wrong = rng.random() < (0.30 if outsourced else 0.03)
        if wrong:
            t_rm = t_i + D(hours=float(rng.uniform(1, 48)))
            self.ev(c, t_rm, "tp_remake", pj, "remake_request", channel="phone", measure_vendor=vendor)
            t_fix = work_hours(t_rm + D(days=float(rng.uniform(8, 18))))
            self.ev(c, t_fix, "tp_adjust", pj, "remake_installed", channel="store", install_team=team,
                    adjust_reason="wrong_size", 售后原因=REASONS["wrong_size"])
            topics.append("wrong_size")
        if late > 30 and rng.random() < 0.35:
            topics.append("late_installer")
        p_col = 0.45 if (series == "mist_linen" and MIST_BATCH[0] <= t_o < MIST_BATCH[1]) else 0.02
        colour = rng.random() < p_col
        if colour:
            topics.append("colour_diff")
            if rng.random() < 0.15:
                self.refund(c, pj, t_i + D(days=float(rng.uniform(3, 12))), amount, cur, "colour_diff")
        if in_peak(t_o) and rng.random() < 0.12:
            topics.append("slow_production")
        if motor:
            if rng.random() < MOTORS[mmodel][1]:
                t_f = work_hours(t_i + D(days=float(rng.uniform(5, 60))))
                self.ev(c, t_f, "tp_adjust", pj, "motor_repair", channel="phone", adjust_reason="motor_fault",
                        售后原因=REASONS["motor_fault"], motor_model=mmodel,
                        error_code=pick(["E07_NO_RESPONSE", "WIFI_PAIR_FAIL", "STALL"], [0.4, 0.35, 0.25]))
                topics.append("motor_fault")
                if mmodel == "KM-200" and rng.random() < 0.2 and mo is not None:
                    self.refund(c, pj, t_f + D(days=float(rng.uniform(5, 15))), mo["amount"], mo, "motor_returned")
        if not wrong and rng.random() < 0.07:
            r = pick(["hem", "hooks", "track"], [0.5, 0.3, 0.2])
            self.ev(c, work_hours(t_i + D(days=float(rng.uniform(3, 40)))), "tp_adjust", pj, "adjusted",
                    channel="phone", adjust_reason=r, 售后原因=REASONS[r])
        bad = bool(topics)
        if not bad and rng.random() < (0.45 if city == "Hangzhou" else 0.18):
            topics.append(pick(["praise_install", "praise_fabric"], [0.55, 0.45]))
        # review in the mini program
        p_rev = 0.45 if bad else 0.28
        if rng.random() < p_rev:
            stars = float(pick([5, 4, 3], [0.55, 0.35, 0.10]))
            for k in topics:
                stars -= PEN.get(k, 0.0)
            if not bad and topics:
                stars = 5.0 if rng.random() < 0.85 else 4.0
            stars = float(min(5, max(1, round(stars))))
            t_r = t_i + D(days=float(rng.uniform(1, 10)))
            self.ev(c, t_r, "tp_review", pj, "review", device=c["device"], channel="mini_program", stars=stars)
            self.fb(c, t_r, topics, "mini_program_review", pj=pj, rating=stars,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"))
        if c["channel"] == "tmall" and rng.random() < 0.45:
            stars = float(pick([5, 4, 3], [0.6, 0.3, 0.1]))
            for k in topics:
                stars -= PEN.get(k, 0.0)
            stars = float(min(5, max(1, round(stars))))
            self.fb(c, t_i + D(days=float(rng.uniform(2, 15))), topics, "tmall_review", pj=pj, rating=stars,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"), undated=rng.random() < 0.25)
        if c["channel"] in ("showroom", "xiaohongshu") and rng.random() < 0.12:
            stars = float(pick([5, 4, 3], [0.5, 0.35, 0.15]))
            for k in topics:
                stars -= PEN.get(k, 0.0)
            stars = float(min(5, max(1, round(stars))))
            self.fb(c, t_i + D(days=float(rng.uniform(2, 20))), topics, "dianping_review", pj=pj, rating=stars,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"), undated=rng.random() < 0.3)
        if rng.random() < 0.2:
            nps = int(np.clip(round(rng.normal(8.6 - 3.2 * bad, 1.5)), 0, 10))
            self.fb(c, t_i + D(days=float(rng.uniform(3, 9))), topics if rng.random() < 0.6 else [], "survey",
                    pj=pj, nps=nps, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        neg = [k for k in topics if k in NEG_TOPICS]
        if neg and rng.random() < (0.6 if "colour_diff" in neg else 0.3):
            self.fb(c, t_i + D(days=float(rng.uniform(1, 20))), neg, "call_note", pj=pj)
        if neg and rng.random() < 0.08:
            self.fb(c, t_i + D(days=float(rng.uniform(1, 30))), neg, "wechat_service", pj=pj,
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.3)
        # retrofit: some customers add a motor after living with manual curtains
        if not motor and line in ("fabric", "dream") and rng.random() < 0.05:
            t_mr = t_i + D(days=float(rng.uniform(10, 80)))
            mm = pick(["DY-Pro", "Aqara-C3", "KM-200"], [0.5, 0.3, 0.2 if t_mr >= KM200_FROM else 0.0])
            tr = max(1, windows // 2)
            self.ev(c, t_mr, "tp_motor", pj, "retrofit", device=c["device"], channel="mini_program",
                    motor_model=mm, tracks=tr, amount=tr * MOTORS[mm][0])
            if self.order(c, t_mr, tr * MOTORS[mm][0], "motor", pj, 支付方式="微信支付", product_line=line,
                          品类=LINES[line][0], motor_model=mm, tracks=tr):
                c["spend"] += tr * MOTORS[mm][0]
        return t_i

    def refund(self, c, pj, t_r, amount, order_row, reason, extra=None):
        if t_r > END:
            return
        self.ev(c, t_r, "tp_refund", pj, "refund", channel="finance", refund_amount=amount, refund_reason=reason,
                退款原因=REFUND_REASONS[reason])
        for o in (order_row, extra):
            if o is not None:
                o["status"] = "refunded"
                o["refunded_at"] = ts(t_r)
                if reason in ("measure_cancelled", "colour_diff", "motor_returned"):
                    c["spend"] -= 0 if reason == "measure_cancelled" else o["amount"]

    def run(self):
        self.customers()
        for c in self.cust:
            t_end = self.project(c, c["t0"])
            if t_end and rng.random() < 0.12:                  # a second room / a second flat
                t2 = t_end + D(days=float(rng.uniform(40, 300)))
                if t2 <= END:
                    self.project(c, work_hours(t2, 9, 22))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            s = c["spend"]
            tier = "vip" if s >= 20000 else "gold" if s >= 10000 else "silver" if s >= 5000 else "regular"
            if not c["orders"]:
                seg = "lead"
            elif c["orders"] >= 2:
                seg = "repeat"
            elif c["first_order"] >= datetime(2026, 6, 1):
                seg = "new"
            else:
                seg = "customer"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["t0"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 客户等级=TIERS[tier], house_type=c["house"],
                             房屋类型=HOUSES[c["house"]][0], age_band=c["age"], device=c["device"],
                             home_showroom=c["room"][2], 所属展厅=c["room"][1], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "store_city", "门店城市", "showroom", "showroom_en", "product_line", "品类", "fabric_series", "布料系列",
           "house_type", "房屋类型", "measure_vendor", "量尺方式", "measurer_id", "windows", "width_m", "quote_amount",
           "amount", "motor_model", "tracks", "factory", "install_team", "appointment_at", "late_minutes",
           "adjust_reason", "售后原因", "error_code", "cancel_type", "取消类型", "refund_amount", "refund_reason",
           "退款原因", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "project_id", "store_city", "门店城市", "showroom", "showroom_en", "product_line", "品类", "fabric_series",
            "布料系列", "windows", "motor_model", "tracks", "支付方式", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "project_id", "store_city", "门店城市", "showroom", "showroom_en", "product_line", "品类", "fabric_series",
           "布料系列"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "客户等级", "house_type", "房屋类型", "age_band", "device", "home_showroom", "所属展厅", "preferred_language"]


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
    dup_idx = rng.choice(len(ev), size=15, replace=False)            # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics"])
    print(f"customers {len(g.cust)}, projects {g.n_pj}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
