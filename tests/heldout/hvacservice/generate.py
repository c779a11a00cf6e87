"""清凉到家 CoolHome: home air-conditioner installation and repair service (空调安装维修上门服务) in Guangzhou.

Households reach us through the CoolHome app, the WeChat mini program, the 400 hotline or an appliance-retailer
hand-over (partner), asking for a repair (报修: not cooling, leaking, noisy, won't power on, smell, error code) or an
installation / relocation (安装 / 移机) of a split unit (挂机 wall split or 柜机 floor-standing; Gree, Midea, Haier, AUX,
Daikin). A dispatcher books a slot (预约), assigns a technician (派单), the technician comes on site (上门), diagnoses and
quotes the parts and labour (检测报价; a refused quote pays a 50 CNY inspection fee), repairs (维修完成; first-time fix
or a second visit when parts must be ordered) or installs (安装完成), the customer pays, the hotline calls back for a
survey (回访), and problems that come back within 90 days get a free warranty re-visit (保修返修), sometimes refunded.
Data 2025-01-01 .. 2026-07-31 (the extract was taken in early August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261207), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
N_CUST = 8200
PRICE_RISE = datetime(2026, 3, 1)          # supplier parts price list +25 %, labour +20 CNY
PROPERTY_START = datetime(2025, 9, 1)      # property-management partnerships (物业合作) start

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_repair_request", "报修", "Repair request", "consideration", "app", "digital", "customer_service",
     "报修|报障|空调坏了|咨询维修|repair request|report a fault|service request|call for repair"),
    ("tp_install_request", "预约安装", "Installation request", "consideration", "app", "digital", "customer_service",
     "预约安装|装空调|移机|拆装|install request|installation enquiry|relocation request|move my AC"),
    ("tp_booked", "预约成功", "Appointment booked", "purchase", "phone", "digital", "dispatch",
     "预约|约师傅|排期|约上门时间|appointment|booking|booked|slot"),
    ("tp_cancel", "取消预约", "Appointment cancelled", "purchase", "app", "digital", "dispatch",
     "取消|取消预约|不修了|cancel|cancellation|cancelled appointment"),
    ("tp_dispatch", "派单", "Technician dispatched", "service", "other", "digital", "dispatch",
     "派单|派师傅|分配师傅|dispatch|technician assigned|job assigned"),
    ("tp_onsite", "师傅上门", "Technician on site", "service", "store", "physical", "field_service",
     "上门|到场|师傅到了|on site|arrival|home visit|technician visit"),
    ("tp_quote", "检测报价", "Diagnosis & parts quote", "service", "store", "physical", "field_service",
     "检测|报价|配件报价|收费|diagnosis|quote|parts quote|estimate"),
    ("tp_repair_done", "维修完成", "Repair completed", "service", "store", "physical", "field_service",
     "修好|维修完成|完工|一次修好|repair done|repair completed|fixed|first-time fix"),
    ("tp_install_done", "安装完成", "Installation completed", "service", "store", "physical", "field_service",
     "装好|安装完成|移机完成|install done|installation completed|relocation done"),
    ("tp_payment", "付款", "Payment", "purchase", "app", "digital", "finance",
     "付款|支付|结账|收款|payment|paid|pay"),
    ("tp_survey", "回访", "Callback survey", "loyalty", "phone", "digital", "customer_service",
     "回访|满意度回访|电话回访|callback|follow-up call|satisfaction survey"),
    ("tp_warranty", "保修返修", "Warranty re-visit", "service", "store", "physical", "field_service",
     "返修|保修|二次上门|又坏了|warranty|re-visit|callback repair|repeat repair|came back"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("repair", "维修服务", "Repair service",
     ["tp_repair_request", "tp_booked", "tp_dispatch", "tp_onsite", "tp_quote", "tp_repair_done", "tp_payment"], 14),
    ("install", "安装服务", "Installation service",
     ["tp_install_request", "tp_booked", "tp_dispatch", "tp_onsite", "tp_install_done", "tp_payment"], 14),
    ("warranty", "保修返修", "Warranty re-visit", ["tp_repair_done", "tp_warranty"], 90),
    ("callback", "付款回访", "Payment to callback", ["tp_payment", "tp_survey"], 7),
]
DISTRICTS = {  # en: zh, weight, en-speaking share
    "Tianhe": ("天河区", 0.24, 0.14), "Yuexiu": ("越秀区", 0.13, 0.04), "Haizhu": ("海珠区", 0.19, 0.04),
    "Baiyun": ("白云区", 0.17, 0.02), "Panyu": ("番禺区", 0.17, 0.03), "Huangpu": ("黄埔区", 0.10, 0.03)}
TECHS = [  # id, zh, en, district, weight
    ("T01", "王建国", "Wang Jianguo", "Tianhe", 1.0), ("T02", "李明", "Li Ming", "Tianhe", 1.0),
    ("T03", "陈伟", "Chen Wei", "Tianhe", 1.1), ("T04", "张磊", "Zhang Lei", "Yuexiu", 1.0),
    ("T05", "黄志明", "Huang Zhiming", "Yuexiu", 1.0), ("T06", "周涛", "Zhou Tao", "Haizhu", 1.0),
    ("T07", "刘志强", "Liu Zhiqiang", "Haizhu", 1.15), ("T08", "吴刚", "Wu Gang", "Haizhu", 1.0),
    ("T09", "赵勇", "Zhao Yong", "Baiyun", 1.0), ("T10", "孙浩", "Sun Hao", "Baiyun", 1.0),
    ("T11", "马超", "Ma Chao", "Baiyun", 1.0), ("T12", "何俊", "He Jun", "Panyu", 1.0),
    ("T13", "郭亮", "Guo Liang", "Panyu", 1.0), ("T14", "林峰", "Lin Feng", "Panyu", 1.0),
    ("T15", "罗斌", "Luo Bin", "Huangpu", 1.0), ("T16", "梁凯", "Liang Kai", "Huangpu", 1.0)]
TECH = {t[0]: t for t in TECHS}
BRANDS = {"Gree": ("格力", 0.34, 1.0), "Midea": ("美的", 0.28, 0.95), "Haier": ("海尔", 0.16, 1.0),
          "AUX": ("奥克斯", 0.12, 0.85), "Daikin": ("大金", 0.10, 1.65)}   # zh, share, parts price factor
ISSUES = {"not_cooling": ("不制冷", 0.40), "leaking": ("漏水", 0.20), "noise": ("噪音大", 0.15),
          "no_power": ("不开机", 0.10), "odor": ("有异味", 0.09), "error_code": ("报故障码", 0.06)}
PARTS = {  # zh, price range, in the van (p)
    "refrigerant": ("加氟", (180, 320), 1.0), "capacitor": ("电容", (60, 120), 1.0),
    "compressor": ("压缩机", (1200, 2100), 0.0), "pcb": ("主板", (380, 780), 0.5),
    "drain_pipe": ("排水管", (30, 80), 1.0), "fan_motor": ("风机电机", (260, 480), 0.4),
    "sensor": ("传感器", (80, 150), 1.0), "none": ("无需配件", (0, 0), 1.0)}
ISSUE_PARTS = {
    "not_cooling": {"refrigerant": 0.45, "capacitor": 0.25, "compressor": 0.16, "pcb": 0.09, "none": 0.05},
    "leaking": {"drain_pipe": 0.70, "none": 0.25, "refrigerant": 0.05},
    "noise": {"fan_motor": 0.45, "none": 0.40, "compressor": 0.15},
    "no_power": {"pcb": 0.55, "capacitor": 0.25, "none": 0.20},
    "odor": {"none": 0.85, "drain_pipe": 0.15},
    "error_code": {"pcb": 0.40, "sensor": 0.40, "refrigerant": 0.20}}
REJECT = {"compressor": 0.55, "pcb": 0.26, "fan_motor": 0.16}   # quote refused; others 0.06
SERVICE_ZH = {"repair": "维修", "install": "安装", "relocate": "移机"}
AC_ZH = {"wall": "挂机", "floor": "柜机"}
CHANNEL_P_BOOK = {"hotline": 0.93, "app": 0.71, "mini_program": 0.82, "partner": 0.97}
ACQ = {  # en: zh, weight, request channel probs (app, hotline, mini_program, partner), p(first job is an install)
    "app_store": ("应用商店", 0.24, (0.92, 0.05, 0.03, 0.0), 0.25),
    "hotline": ("400热线", 0.26, (0.05, 0.93, 0.02, 0.0), 0.22),
    "douyin": ("抖音", 0.14, (0.35, 0.10, 0.55, 0.0), 0.20),
    "referral": ("老客推荐", 0.14, (0.35, 0.45, 0.20, 0.0), 0.30),
    "retailer": ("家电卖场转介", 0.13, (0.0, 0.10, 0.0, 0.90), 0.92),
    "property": ("物业合作", 0.09, (0.20, 0.30, 0.50, 0.0), 0.65)}
SLOTS = {"morning": ("上午", 9), "afternoon": ("下午", 14), "evening": ("晚上", 18.5)}
CANCEL_ZH = {"wait_too_long": "等待太久", "other_provider": "找了别家", "fixed_itself": "自己好了",
             "schedule_change": "时间有变"}
TIERS = {"regular": "普通会员", "silver": "银卡会员", "gold": "金卡会员"}
HOMES = {"apartment": ("住宅公寓", 0.80), "villa": ("别墅", 0.05), "shop": ("商铺", 0.15)}
OTYPE_ZH = {"repair": "维修", "install": "安装", "relocate": "移机", "inspection_fee": "上门检测费",
            "extended_warranty": "延保卡"}
PAY_ZH = {"wechat_pay": "微信支付", "alipay": "支付宝", "cash": "现金", "bank_card": "银行卡"}
R_SEASON = {1: 0.50, 2: 0.45, 3: 0.60, 4: 0.90, 5: 1.30, 6: 1.90, 7: 2.60, 8: 2.30, 9: 1.50, 10: 0.90, 11: 0.60,
            12: 0.55}
I_SEASON = {1: 0.60, 2: 0.50, 3: 0.90, 4: 1.40, 5: 1.70, 6: 1.60, 7: 1.20, 8: 1.00, 9: 1.40, 10: 1.20, 11: 0.80,
            12: 0.70}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "late": (["师傅迟到了一个多小时", "约的上午结果下午才到，迟到太久", "师傅又迟到，打电话也不接"],
             ["the technician was over an hour late", "tech showed up late and never called ahead"]),
    "wait": (["约了五天才排上师傅", "预约要等好几天，热得受不了", "排期太长，等不起只好取消"],
             ["had to wait five days for an appointment", "earliest slot was days away, far too long a wait"]),
    "pricey": (["报价太贵了，换个配件要这么多钱", "检测完就开始乱收费", "报价比网上查的贵一倍"],
               ["the quote was way too expensive", "felt overcharged, the quote was double what I saw online"]),
    "not_fixed": (["修完没两天又不制冷了", "刚修好又坏了，还得返修", "同一个毛病修了三次"],
                  ["it broke again two weeks after the repair", "same fault is back after the repair, useless fix"]),
    "relo_leak": (["移机后没几天就不制冷，说是漏氟", "移完机空调就不凉了"],
                  ["after moving the unit it stopped cooling, a refrigerant leak",
                   "the AC blows warm since the relocation"]),
    "install_leak": (["新装的室内机一直滴水", "装完空调墙上一片水渍，滴水严重"],
                     ["the new indoor unit keeps dripping water", "water dripping down the wall since the install"]),
    "extra_fee": (["铜管加长收费事先没说", "安装时额外加了一堆材料费"],
                  ["they charged extra for copper pipe without telling me first",
                   "surprise material charges on top of the install fee"]),
    "mess": (["打孔弄得满地灰也不清理", "装完走人，满地灰都没扫"],
             ["left dust everywhere after drilling the wall", "dust everywhere and no clean-up after the job"]),
    "pro": (["师傅很专业，一下就找到问题", "师傅技术好，讲得很清楚，很专业"],
            ["the technician was very professional", "really professional tech, found the fault in minutes"]),
    "fast": (["上门很快，当天就搞定了", "响应快，上门很快"],
             ["came the same day and sorted it out quickly", "same day visit, super quick"]),
    "polite": (["师傅态度很好，还主动套了鞋套", "进门穿鞋套，很有礼貌"],
               ["polite tech, wore shoe covers and tidied up", "put on shoe covers without being asked, very polite"]),
}
GEN = {
    "pos": (["整体满意", "会推荐给邻居", "服务不错"], ["overall happy", "would recommend to neighbours", "good service"]),
    "neu": (["还行吧", "一般般", "中规中矩"], ["it was ok", "average experience", "nothing special"]),
    "neg": (["体验很差", "不会再找你们了", "太失望了"], ["poor experience", "won't use them again", "really disappointed"]),
}
NEG_TOPICS = {"late", "wait", "pricey", "not_fixed", "relo_leak", "install_leak", "extra_fee", "mess"}
GOOD_TOPICS = {"pro", "fast", "polite"}
TOPIC_TP = [("not_fixed", "tp_warranty"), ("relo_leak", "tp_warranty"), ("install_leak", "tp_install_done"),
            ("extra_fee", "tp_install_done"), ("mess", "tp_install_done"), ("pricey", "tp_quote"),
            ("late", "tp_onsite"), ("wait", "tp_booked"), ("fast", "tp_onsite"), ("polite", "tp_onsite")]


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, w):
    w = np.asarray(w, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def growth(d: datetime) -> float:
    return 1.0 + 0.42 * (d - START).days / 365.0


def wait_mean(d: datetime) -> float:
    """mean days from request to the booked slot: the summer crunch of 2025, better planned in 2026."""
    if d.year == 2025 and d.month in (7, 8):
        return 4.6
    if d.year == 2025 and d.month in (6, 9):
        return 2.0
    if d.year == 2026 and d.month in (6, 7):
        return 1.7
    return 0.8


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_job = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, common=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action)
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, common, status="paid", **kw):
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t),
                   amount=round(float(amount), 2), status=status, order_type=otype, 订单类型=OTYPE_ZH[otype])
        for k in ("channel", "device", "job_id", "service_type", "服务类型", "brand", "品牌", "ac_type", "空调类型",
                  "issue_type", "故障类型", "district", "区域", "technician_id", "technician", "technician_en"):
            row[k] = common.get(k)
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, common, rating=None, nps=None, undated=False, gen=None, no_customer=False,
           tp=None):
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
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), None)
            if tp is None and "pro" in topics:
                tp = "tp_repair_done" if common.get("service_type") == "repair" else "tp_install_done"
            tp = tp or "tp_survey"
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "negative" if neg else ("positive" if (gen == "pos" or set(topics) & GOOD_TOPICS) else "neutral")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang)
        for k in ("job_id", "service_type", "服务类型", "brand", "品牌", "district", "区域", "technician_id",
                  "technician", "technician_en"):
            row[k] = common.get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 7, 27):
            m = d.month
            days.append((d, growth(d) * (0.7 * R_SEASON[m] + 0.3 * I_SEASON[m])))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 22)))
            dist = pick(list(DISTRICTS), [v[1] for v in DISTRICTS.values()])
            acq = pick(list(ACQ), [v[1] for v in ACQ.values()])
            if acq == "property":
                if t < PROPERTY_START:
                    acq = pick(["app_store", "hotline", "douyin"], [0.4, 0.4, 0.2])
                elif dist not in ("Huangpu", "Panyu", "Baiyun") and rng.random() < 0.6:
                    dist = pick(["Huangpu", "Panyu", "Baiyun"], [0.45, 0.35, 0.20])   # new compounds handed over
            home = pick(list(HOMES), [v[1] for v in HOMES.values()])
            en_share = DISTRICTS[dist][2]
            chans = ACQ[acq][2]
            uses_app = chans[0] + chans[2] > 0.3 or rng.random() < 0.25
            self.cust.append(dict(
                customer_id=f"C{i + 1:05d}", first=t, district=dist, acq=acq, home=home, en_share=en_share,
                lang="en" if rng.random() < en_share else "zh",
                device=pick(["ios", "android"], [0.46, 0.54]) if uses_app else None,
                brand=pick(list(BRANDS), [v[1] for v in BRANDS.values()]) if dist != "Tianhe" or rng.random() < 0.7
                else "Daikin",                                  # Tianhe: pricier imported units
                units=int(pick([1, 2, 3, 4, 5, 6], [0.22, 0.30, 0.25, 0.13, 0.06, 0.04]) if home != "shop" else
                          pick([1, 2, 3, 4, 6, 8], [0.2, 0.3, 0.2, 0.15, 0.1, 0.05])),
                age=pick(["18-25", "26-35", "36-45", "46-55", "56+"], [0.08, 0.30, 0.30, 0.18, 0.14]),
                spend=0.0, jobs=0, paid_jobs=0, first_paid=None, last_paid=None, has_ew=False))

    # ---------- one job ----------
    def job(self, c, t0, first):
        self.n_job += 1
        jid = f"J{self.n_job:06d}"
        acq = ACQ[c["acq"]]
        if first:
            p_inst = acq[3] * I_SEASON[t0.month] / (0.6 * R_SEASON[t0.month] + 0.4 * I_SEASON[t0.month])
            service = "install" if rng.random() < min(0.95, p_inst) else "repair"
        else:
            service = "install" if rng.random() < 0.12 else "repair"
        if service == "install" and rng.random() < (0.10 if first else 0.45):
            service = "relocate"                      # 移机: moving house or moving the unit to another room
        chan = pick(["app", "hotline", "mini_program", "partner"], acq[2])
        if chan == "partner" and service == "repair":
            chan = "hotline"
        if chan in ("app", "mini_program") and c["device"] is None:
            c["device"] = pick(["ios", "android"], [0.46, 0.54])
        brand = c["brand"] if (service != "install" or rng.random() < 0.6) else \
            pick(list(BRANDS), [v[1] for v in BRANDS.values()])
        ac = "floor" if rng.random() < (0.22 if c["home"] != "shop" else 0.5) else "wall"
        issue = None
        if service == "repair":
            w = dict((k, v[1]) for k, v in ISSUES.items())
            if brand == "Midea":
                w["leaking"] = 0.50
            if t0.month in (6, 7, 8, 9):
                w["not_cooling"] *= 1.3
            issue = pick(list(w), list(w.values()))
        techs = [x for x in TECHS if x[3] == c["district"]]
        tech = pick(techs, [x[4] for x in techs])
        device = c["device"] if chan in ("app", "mini_program") else None
        common = dict(job_id=jid, service_type=service, 服务类型=SERVICE_ZH[service], brand=brand,
                      品牌=BRANDS[brand][0], ac_type=ac, 空调类型=AC_ZH[ac], issue_type=issue,
                      故障类型=ISSUES[issue][0] if issue else None, district=c["district"],
                      区域=DISTRICTS[c["district"]][0], channel=chan, device=device)
        c["jobs"] += 1
        req_tp = "tp_repair_request" if service == "repair" else "tp_install_request"
        self.ev(c, t0, req_tp, jid, "submit", common)
        en = dict(common)
        en.pop("channel"), en.pop("device")
        # ---- booking
        p_book = CHANNEL_P_BOOK[chan]
        if wait_mean(t0) > 3:
            p_book *= 0.93
        if rng.random() > p_book:
            return None
        if chan == "hotline" or chan == "partner":
            t_b = t0 + D(minutes=float(rng.uniform(2, 12)))
        elif chan == "mini_program":
            t_b = t0 + D(minutes=float(rng.exponential(70) + 5))
        else:
            t_b = t0 + D(minutes=float(rng.exponential(190) + 5))
        wm = wait_mean(t0) * (0.8 if service != "repair" else 1.0)
        wait = int(min(9, round(float(rng.gamma(2.0, wm / 2.0)))))
        if wait == 0 and t0.hour >= 15:
            wait = 1
        slot = pick(list(SLOTS), [0.45, 0.40, 0.15])
        day = datetime(t_b.year, t_b.month, t_b.day) + D(days=wait)
        t_slot = day + D(hours=SLOTS[slot][1])
        if t_slot <= t_b:
            t_slot = t_b + D(hours=2)
            slot = "evening" if t_slot.hour >= 17 else "afternoon"
        book_kw = dict(appointment_date=t_slot.strftime("%Y-%m-%d"), slot=slot, 时段=SLOTS[slot][0], wait_days=wait)
        if not self.ev(c, t_b, "tp_booked", jid, "booked", en, **book_kw):
            return None
        # ---- cancellation before the visit
        p_cancel = 0.03 + 0.065 * min(wait, 6)
        if rng.random() < p_cancel:
            if wait >= 3:
                reason = pick(list(CANCEL_ZH), [0.68, 0.24, 0.04, 0.04])
            else:
                reason = pick(list(CANCEL_ZH), [0.08, 0.22, 0.35, 0.35])
            t_c = t_b + (t_slot - t_b) * float(rng.uniform(0.1, 0.9))
            self.ev(c, t_c, "tp_cancel", jid, "cancel", en, cancel_reason=reason, 取消原因=CANCEL_ZH[reason],
                    wait_days=wait)
            if reason == "wait_too_long":
                if rng.random() < 0.16:
                    self.fb(c, t_c + D(hours=float(rng.uniform(0.2, 6))), ["wait"], "complaint_ticket", en)
                if rng.random() < 0.05:
                    self.fb(c, t_c + D(hours=float(rng.uniform(1, 48))), ["wait"], "social", en,
                            undated=rng.random() < 0.5, no_customer=rng.random() < 0.4)
            return None
        tk = dict(technician_id=tech[0], technician=tech[1], technician_en=tech[2])
        en.update(tk)
        common.update(tk)
        t_d = min(t_slot - D(hours=float(rng.uniform(1, 14))), t_slot - D(minutes=30))
        t_d = max(t_d, t_b + D(minutes=5))
        if not self.ev(c, t_d, "tp_dispatch", jid, "assigned", en):
            return None
        # ---- on site
        panyu = c["district"] == "Panyu"
        late = float(max(0.0, rng.normal(46 if panyu else 6, 32 if panyu else 11)))
        t_on = t_slot + D(minutes=float(rng.uniform(0, 40)) + late)
        if not self.ev(c, t_on, "tp_onsite", jid, "arrive", en, visit_no=1, late_minutes=round(late)):
            return None
        topics, good = set(), set()
        if late > 30 and rng.random() < 0.8:
            topics.add("late")
        if wait >= 3 and rng.random() < 0.6:
            topics.add("wait")
        if wait == 0 and late < 15 and rng.random() < 0.35:
            good.add("fast")
        if rng.random() < 0.07:
            good.add("polite")
        warranty_p = 0.0
        wtopic = None
        lines = []
        if service == "repair":
            part = pick(list(ISSUE_PARTS[issue]), list(ISSUE_PARTS[issue].values()))
            lo, hi = PARTS[part][1]
            pf = BRANDS[brand][2] * (1.25 if t0 >= PRICE_RISE else 1.0)
            parts_cost = round(float(rng.uniform(lo, hi)) * pf / 5) * 5 if part != "none" else 0
            labour = float(rng.choice([80, 100, 120, 150])) + (20 if t0 >= PRICE_RISE else 0)
            quote = parts_cost + labour
            t_q = t_on + D(minutes=float(rng.uniform(15, 45)))
            p_rej = REJECT.get(part, 0.06) * (1.45 if t0 >= PRICE_RISE else 1.0)
            qkw = dict(part=part, 配件=PARTS[part][0], parts_cost=parts_cost, labour_fee=labour, quote_amount=quote)
            if rng.random() < p_rej:
                self.ev(c, t_q, "tp_quote", jid, "reject", en, **qkw)
                t_p = t_q + D(minutes=float(rng.uniform(3, 20)))
                if t_p <= END:
                    pm = pick(list(PAY_ZH), [0.62, 0.26, 0.07, 0.05])
                    self.ev(c, t_p, "tp_payment", jid, "success", en, amount=50.0, payment_method=pm,
                            支付方式=PAY_ZH[pm], pay_item="inspection_fee")
                    self.order(c, t_p, 50.0, "inspection_fee", common, payment_method=pm, 支付方式=PAY_ZH[pm])
                    c["spend"] += 50.0
                if rng.random() < 0.13:
                    self.fb(c, t_q + D(hours=float(rng.uniform(0.5, 24))), ["pricey"], "complaint_ticket", en)
                return dict(end=t_q)
            if not self.ev(c, t_q, "tp_quote", jid, "accept", en, **qkw):
                return None
            if quote > 900 and rng.random() < 0.35 or t0 >= PRICE_RISE and rng.random() < 0.10:
                topics.add("pricey")
            skill = {"T07": 0.58, "T03": 0.97}.get(tech[0], 0.92)
            if issue == "noise" and part == "none":
                skill *= 0.75
            in_van = rng.random() < PARTS[part][2]
            ftf = in_van and rng.random() < skill
            if ftf:
                t_done = t_q + D(minutes=float(rng.uniform(25, 110)))
                visits = 1
            else:
                gap = float(rng.uniform(1.5, 5.0)) if not in_van else float(rng.uniform(0.8, 2.5))
                t2 = datetime(t_q.year, t_q.month, t_q.day) + D(days=round(gap)) + D(hours=float(rng.uniform(9, 17)))
                if t2 <= t_q:
                    t2 = t_q + D(days=1)
                late2 = float(max(0.0, rng.normal(46 if panyu else 6, 32 if panyu else 11)))
                if not self.ev(c, t2, "tp_onsite", jid, "arrive", en, visit_no=2, late_minutes=round(late2)):
                    return None
                t_done = t2 + D(minutes=float(rng.uniform(30, 120)))
                visits = 2
            if not self.ev(c, t_done, "tp_repair_done", jid, "fixed", en, part=part, 配件=PARTS[part][0],
                           first_time_fix=ftf, 一次修好="是" if ftf else "否", visits=visits):
                return None
            lines.append(("repair", quote, dict(labour_fee=labour, parts_cost=parts_cost, extra_fee=0.0, part=part,
                                                配件=PARTS[part][0])))
            warranty_p = 0.035 + (0.08 if part == "refrigerant" else 0.0) + (0.17 if tech[0] == "T07" else 0.0)
            wtopic = "not_fixed"
            p_pro = 0.45 if tech[0] == "T03" else 0.07
            if ftf and rng.random() < p_pro:
                good.add("pro")
        else:
            base = {"install": {"wall": 180, "floor": 280}, "relocate": {"wall": 320, "floor": 480}}[service][ac]
            labour = float(base) + (20 if t0 >= PRICE_RISE else 0)
            pipe = 0 if rng.random() < 0.55 else int(rng.integers(1, 6))
            hole = 50.0 if rng.random() < 0.3 else 0.0
            extra = pipe * 65.0 + hole + (180.0 if service == "relocate" and rng.random() < 0.5 else 0.0)
            mins = float(rng.uniform(60, 120) if ac == "wall" else rng.uniform(90, 180)) + \
                (45 if service == "relocate" else 0)
            t_done = t_on + D(minutes=mins)
            if not self.ev(c, t_done, "tp_install_done", jid, "installed", en, install_minutes=round(mins),
                           pipe_extra_m=pipe, extra_fee=extra):
                return None
            lines.append((service, labour + extra, dict(labour_fee=labour, parts_cost=0.0, extra_fee=extra,
                                                        pipe_extra_m=pipe)))
            if service == "install" and rng.random() < 0.24:
                ew = 199.0 if ac == "wall" else 299.0
                lines.append(("extended_warranty", ew, dict(labour_fee=0.0, parts_cost=0.0, extra_fee=0.0)))
                c["has_ew"] = True
            if extra > 150 and rng.random() < 0.5:
                topics.add("extra_fee")
            if rng.random() < 0.06:
                topics.add("mess")
            if service == "relocate":
                warranty_p, wtopic = 0.19, "relo_leak"
            else:
                warranty_p, wtopic = 0.04, "install_leak"
            if rng.random() < (0.4 if tech[0] == "T03" else 0.06):
                good.add("pro")
        # ---- payment
        t_p = t_done + D(minutes=float(rng.uniform(3, 30)))
        total = sum(a for _, a, _ in lines)
        if t_p > END:
            return None
        pm = pick(list(PAY_ZH), [0.62, 0.26, 0.07, 0.05])
        self.ev(c, t_p, "tp_payment", jid, "success", en, amount=round(total, 2), payment_method=pm,
                支付方式=PAY_ZH[pm], pay_item=service)
        ords = []
        for ot, amt, kw in lines:
            ords.append(self.order(c, t_p, amt, ot, common, payment_method=pm, 支付方式=PAY_ZH[pm], **kw))
        c["spend"] += total
        c["paid_jobs"] += 1
        c["first_paid"] = c["first_paid"] or t_p
        c["last_paid"] = t_p
        # ---- callback survey (hotline calls back 1-3 days later)
        t_s = datetime(t_p.year, t_p.month, t_p.day) + D(days=int(rng.integers(1, 4)), hours=float(rng.uniform(10, 20)))
        neg = bool(topics)
        if rng.random() < 0.82:
            answered = rng.random() < 0.62
            if self.ev(c, t_s, "tp_survey", jid, "answered" if answered else "no_answer", en) and answered:
                stars = float(pick([5, 4, 3], [0.62, 0.30, 0.08]))
                pen = {"late": 1.6, "wait": 1.0, "pricey": 1.2, "extra_fee": 1.5, "mess": 1.0}
                for x in topics:
                    stars -= pen.get(x, 0)
                if service == "repair" and not ftf:
                    stars -= 0.5
                if good and not topics:
                    stars = 5.0 if rng.random() < 0.85 else 4.0
                stars = float(min(5, max(1, round(stars))))
                say = sorted(topics | good) if rng.random() < 0.75 else []
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                self.fb(c, t_s, say, "callback", en, rating=stars, gen=gen)
        if chan == "app" and rng.random() < 0.16:
            stars = float(pick([5, 4, 3, 2], [0.55, 0.30, 0.10, 0.05]))
            for x in topics:
                stars -= 1.8
            if good and not topics:
                stars = 5.0
            stars = float(min(5, max(1, round(stars))))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_p + D(hours=float(rng.uniform(1, 30))), sorted(topics | good), "app_review", en,
                    rating=stars, gen=gen, undated=rng.random() < 0.12)
        if rng.random() < 0.09:
            nps = int(np.clip(round(rng.normal(8.6 - 3.0 * neg + 0.8 * bool(good), 1.4)), 0, 10))
            t_sms = datetime(t_p.year, t_p.month, t_p.day) + D(days=1, hours=float(rng.uniform(10, 21)))
            self.fb(c, t_sms, sorted(topics | good) if rng.random() < 0.6 else [], "sms_survey", en,
                    nps=nps, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if "late" in topics and late > 60 and rng.random() < 0.25:
            self.fb(c, t_on + D(hours=float(rng.uniform(0.5, 5))), ["late"], "complaint_ticket", en)
        if (topics or good) and rng.random() < 0.035:
            self.fb(c, t_p + D(hours=float(rng.uniform(2, 96))), sorted(topics | good), "social", en,
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.4)
        # ---- warranty re-visit within 90 days
        if rng.random() < warranty_p:
            t_w = t_done + D(days=float(rng.uniform(3, 80)))
            t_w = datetime(t_w.year, t_w.month, t_w.day) + D(hours=float(rng.uniform(9, 19)))
            res = "refund" if rng.random() < 0.14 else "fixed"
            if self.ev(c, t_w, "tp_warranty", jid, "revisit", en, warranty_result=res,
                       返修结果="退款" if res == "refund" else "已修复"):
                if res == "refund":
                    for o in ords:
                        if o["order_type"] in ("repair", "install", "relocate"):
                            o["status"] = "refunded"
                            o["refunded_at"] = ts(t_w + D(hours=float(rng.uniform(2, 48))))
                            c["spend"] -= o["amount"]
                if rng.random() < 0.5:
                    self.fb(c, t_w - D(hours=float(rng.uniform(2, 48))), [wtopic], "complaint_ticket", en,
                            tp="tp_warranty")
                if rng.random() < 0.45:
                    stars = float(pick([1, 2, 3], [0.5, 0.35, 0.15]))
                    t_cb = datetime(t_w.year, t_w.month, t_w.day) + D(days=int(rng.integers(1, 4)),
                                                                      hours=float(rng.uniform(10, 20)))
                    self.fb(c, t_cb, [wtopic], "callback", en, rating=stars,
                            gen="neg", tp="tp_warranty")
        return dict(end=t_p)

    def run(self):
        self.customers()
        for c in self.cust:
            t = c["first"]
            first = True
            while t <= END:
                self.job(c, t, first)
                first = False
                p_more = 0.38 if c["acq"] not in ("property", "retailer") else 0.30
                if c["home"] == "shop":
                    p_more += 0.15
                if rng.random() > p_more:
                    break
                for _ in range(20):   # next job: season-weighted gap
                    g = float(rng.exponential(150) + 7)
                    t2 = t + D(days=g)
                    if rng.random() < R_SEASON[t2.month] / 2.6:
                        break
                t = datetime(t2.year, t2.month, t2.day) + D(hours=float(rng.uniform(8, 22)))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            s = c["spend"]
            tier = "gold" if s >= 1500 else "silver" if s >= 600 else "regular"
            if c["first_paid"] is None:
                seg = "lead"
            elif c["first_paid"] >= datetime(2026, 5, 1):
                seg = "new"
            elif c["paid_jobs"] >= 3 or c["acq"] == "property" and c["paid_jobs"] >= 2:
                seg = "vip"
            elif c["paid_jobs"] >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["first"]), segment=seg,
                             region=c["district"], 区域=DISTRICTS[c["district"]][0], acquisition_channel=c["acq"],
                             获客渠道=ACQ[c["acq"]][0], tier=tier, 会员等级=TIERS[tier], home_type=c["home"],
                             住房类型=HOMES[c["home"]][0], ac_units=c["units"], main_brand=c["brand"],
                             主要品牌=BRANDS[c["brand"]][0], has_extended_warranty=c["has_ew"],
                             age_band=c["age"], phone_os=c["device"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "service_type", "服务类型", "brand", "品牌", "ac_type", "空调类型", "issue_type", "故障类型", "district", "区域",
           "technician_id", "technician", "technician_en", "appointment_date", "slot", "时段", "wait_days",
           "cancel_reason", "取消原因", "visit_no", "late_minutes", "part", "配件", "parts_cost", "labour_fee",
           "quote_amount", "first_time_fix", "一次修好", "visits", "install_minutes", "pipe_extra_m", "extra_fee",
           "amount", "payment_method", "支付方式", "pay_item", "warranty_result", "返修结果"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型", "job_id",
            "service_type", "服务类型", "brand", "品牌", "ac_type", "空调类型", "issue_type", "故障类型", "district", "区域",
            "technician_id", "technician", "technician_en", "labour_fee", "parts_cost", "extra_fee", "part", "配件",
            "pipe_extra_m", "payment_method", "支付方式", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "job_id", "service_type", "服务类型", "brand", "品牌", "district", "区域", "technician_id", "technician",
           "technician_en"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "区域", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "home_type", "住房类型", "ac_units", "main_brand", "主要品牌", "has_extended_warranty",
             "age_band", "phone_os", "preferred_language"]


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
    dup = rng.choice(len(ev), size=24, replace=False)             # the dispatch system re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, jobs {g.n_job}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
