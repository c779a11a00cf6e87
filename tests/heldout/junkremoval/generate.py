"""清运侠 ClearHaul: household junk removal and bulky-waste recycling (大件垃圾清运) in six Chinese cities, plus
corporate office clearances (企业清场) and e-waste (电子废弃物) pickups.

A household finds us (小红书 / 美团 / 58同城 / 物业合作 / 老客推荐), uploads photos of the junk in the mini program and gets
an online quote (拍照估价: 单件上门 single item, 1/4车, 1/2车, 整车 full truck, 电子废弃物 e-waste); big jobs may get an
on-site estimate (上门勘察) first. The customer books a truck slot (上午 / 下午 / 晚间) and pays the quote up front. On the
day the crew (our own fleet 清运侠自营 or the city's partner fleet) arrives, or does not (师傅爽约: the job is
re-dispatched the next day or cancelled and refunded), loads the truck (sometimes scratching an elevator or a wall),
sometimes asks for a surcharge on site (现场补差价: over volume 超方, stairs fee 楼层费, dismantling 拆解费), takes the
load to a transfer station for sorting (分拣处置: recycled share), issues a disposal / recycling certificate (处置证明:
always for e-waste and office clearances, on request otherwise), sends the final invoice (结算开票), the customer rates
the job and may order again. Companies go through a sales-led on-site survey and pay by bank transfer.

Data 2025-01-01 .. 2026-08-31 (the extract was taken in early September 2026; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback (CSV, DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topics of each comment: the generator's truth, not a DATA.md table).
Fixed seed, numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_HOUSE, N_CORP = 8000, 320
QUOTE_V2 = datetime(2025, 11, 1)                 # photo-quote model v2 (volume estimate from photos) goes live
SUDA_PEAK = (datetime(2025, 7, 1), datetime(2025, 10, 1))   # Shenzhen partner fleet short of drivers
CERT_BACKLOG = (datetime(2026, 1, 1), datetime(2026, 5, 1))  # new recycling partner: certificate backlog
SUZHOU_OPEN = datetime(2026, 5, 1)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现清运侠", "Discover ClearHaul", "awareness", "ads", "digital", "marketing",
     "发现|看到广告|刷到|小红书|58同城|物业推荐|first touch|found us|discover"),
    ("tp_quote", "拍照估价", "Photo quote", "consideration", "mini_program", "digital", "pricing",
     "拍照估价|在线估价|报价|估价|上传照片|photo quote|online quote|quote|estimate by photos"),
    ("tp_survey", "上门勘察", "On-site estimate", "consideration", "other", "physical", "sales",
     "上门勘察|现场勘察|看现场|上门估价|site survey|on-site estimate|site visit|walkthrough"),
    ("tp_book", "预约车次", "Truck slot booked", "purchase", "mini_program", "digital", "dispatch",
     "预约|约车|订车|下单|预约时段|book|booking|truck slot|schedule a pickup"),
    ("tp_pay", "支付订单", "Order paid", "purchase", "mini_program", "digital", "finance",
     "支付|付款|付钱|对公转账|团购券|pay|payment|paid|prepay"),
    ("tp_cancel", "取消订单", "Order cancelled", "service", "mini_program", "digital", "dispatch",
     "取消|不要了|退单|cancel|cancellation|cancelled"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|退费|refund|money back|refunded"),
    ("tp_no_show", "师傅爽约", "Crew no-show", "service", "other", "physical", "dispatch",
     "爽约|放鸽子|没来|师傅没到|no-show|no show|crew didn't come|stood up"),
    ("tp_arrive", "师傅上门", "Crew arrival", "service", "other", "physical", "dispatch",
     "上门|到场|师傅到了|迟到|arrival|crew arrived|showed up|late crew"),
    ("tp_load", "搬运装车", "Loading", "service", "other", "physical", "operations",
     "搬运|装车|搬下楼|拆解|loading|carry out|haul out|load the truck"),
    ("tp_surcharge", "现场补差价", "On-site surcharge", "service", "mini_program", "digital", "pricing",
     "补差价|加价|超方|楼层费|拆解费|加钱|surcharge|extra charge|price adjustment|stairs fee|final price change"),
    ("tp_dispose", "分拣处置", "Sorting & disposal", "service", "other", "physical", "operations",
     "分拣|处置|中转站|回收|填埋|焚烧|disposal|sorting|recycling|transfer station"),
    ("tp_certificate", "处置证明", "Disposal certificate", "service", "email", "digital", "compliance",
     "处置证明|回收证明|证明|证书|certificate|disposal certificate|recycling certificate|proof of disposal"),
    ("tp_invoice", "结算开票", "Final invoice", "service", "mini_program", "digital", "finance",
     "结算|开票|发票|尾款|账单|invoice|final bill|billing"),
    ("tp_rate", "服务评价", "Job rating", "loyalty", "mini_program", "digital", "service_quality",
     "评价|打分|评分|rate|rating|review|stars"),
    ("tp_rebook", "再次下单", "Repeat order", "loyalty", "mini_program", "digital", "crm",
     "复购|再次下单|又叫了|回头客|repeat order|rebook|came back|ordered again"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("quote_to_order", "估价下单", "Quote to order", ["tp_discover", "tp_quote", "tp_book", "tp_pay"], 7),
    ("haul_day", "上门清运", "Haul day", ["tp_pay", "tp_arrive", "tp_load", "tp_dispose"], 14),
    ("closeout", "结单评价", "Close-out", ["tp_load", "tp_invoice", "tp_rate"], 7),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 30),
    ("repeat", "复购", "Repeat order", ["tp_invoice", "tp_rebook"], 90),
    ("survey_to_cert", "勘察到证明", "Survey to certificate", ["tp_survey", "tp_pay", "tp_certificate"], 45),
]
CITIES = {  # en: zh, weight, partner fleet (zh, en), partner share
    "Shanghai": ("上海", 0.30, ("顺力搬运", "Shunli Movers"), 0.45),
    "Beijing": ("北京", 0.25, ("京通物流", "Jingtong Logistics"), 0.40),
    "Shenzhen": ("深圳", 0.20, ("速达车队", "Suda Fleet"), 0.50),
    "Hangzhou": ("杭州", 0.13, ("杭运车队", "Hangyun Fleet"), 0.35),
    "Nanjing": ("南京", 0.09, ("金陵车队", "Jinling Fleet"), 0.35),
    "Suzhou": ("苏州", 0.03, ("新苏运", "Xinsuyun"), 1.00),
}
OWN = ("清运侠自营", "ClearHaul own fleet")
SERVICES = {  # en: zh, base price, volume m3 range, recycled share mean
    "single_item": ("单件上门", 149, (0.3, 1.5), 0.55),
    "quarter_truck": ("1/4车", 399, (1.5, 3.0), 0.40),
    "half_truck": ("1/2车", 699, (3.0, 6.0), 0.35),
    "full_truck": ("整车", 1199, (6.0, 12.0), 0.30),
    "ewaste": ("电子废弃物", 99, (0.2, 2.0), 0.85),
    "office_clearance": ("企业清场", 0, (10.0, 40.0), 0.45),
}
REASONS = {  # en: zh, weight, service probs (single, quarter, half, full, ewaste), repeat prob, mean gap days
    "moving": ("搬家", 0.30, (0.20, 0.22, 0.30, 0.20, 0.08), 0.10, 120),
    "renovation": ("装修", 0.25, (0.10, 0.25, 0.35, 0.25, 0.05), 0.28, 70),
    "declutter": ("断舍离", 0.30, (0.45, 0.25, 0.12, 0.03, 0.15), 0.42, 75),
    "estate": ("遗物整理", 0.15, (0.15, 0.25, 0.30, 0.25, 0.05), 0.12, 100),
}
HOUSING = {"elevator_apartment": ("电梯房", 0.55), "walkup": ("步梯房", 0.33), "villa": ("别墅", 0.12)}
CHANNELS = {  # en: zh, weight, discover -> quote prob, quote -> book prob
    "xiaohongshu": ("小红书", 0.28, 0.60, 0.52),
    "meituan": ("美团", 0.24, 0.70, 0.58),
    "58tongcheng": ("58同城", 0.20, 0.55, 0.36),
    "property_mgmt": ("物业合作", 0.14, 0.85, 0.80),
    "referral": ("老客推荐", 0.14, 0.85, 0.76),
}
CORP_CHANNELS = {"b2b_sales": ("企业销售", 0.55), "property_mgmt": ("物业合作", 0.25), "referral": ("老客推荐", 0.20)}
PAY = {"wechat_pay": "微信支付", "alipay": "支付宝", "meituan_voucher": "美团团购券", "bank_transfer": "对公转账"}
SLOTS = {"morning": "上午", "afternoon": "下午", "evening": "晚间"}
DAMAGE = {"elevator": "电梯轿厢", "wall": "墙面", "door_frame": "门框"}
SURCHARGE = {"over_volume": "超方", "stairs_fee": "楼层费", "dismantling": "拆解费"}
REFUND_REASON = {"customer_cancelled": "客户取消", "crew_no_show": "师傅爽约", "surcharge_dispute": "加价申诉"}
STATIONS = {"Shanghai": "SH-闵行中转站", "Beijing": "BJ-朝阳中转站", "Shenzhen": "SZ-龙华中转站", "Hangzhou": "HZ-余杭中转站",
            "Nanjing": "NJ-江宁中转站", "Suzhou": "SZH-吴中中转站"}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "no_show": (["约好上午来清运，师傅没来，电话也打不通", "又被放鸽子了，等了一上午师傅没来", "预约的时段师傅没来，白请了半天假",
                 "说好的时间师傅没来，客服只会说改天"],
                ["the crew was a no-show, I took the morning off for nothing", "nobody showed up for the booked slot",
                 "booked a truck and nobody showed up, no call either"]),
    "damage": (["搬衣柜的时候把电梯轿厢刮花了，物业找我索赔", "楼道墙面被磕坏一大块，到现在没人来修", "抬沙发下楼把门框撞坏了",
                "电梯里的不锈钢板被刮花了，还被物业罚款"],
               ["they scratched the elevator panels badly", "the crew left a big dent in the hallway wall",
                "scratched the lift walls carrying the wardrobe down"]),
    "overcharge": (["线上估价399，到了现场又加价300，说超方了", "明明有电梯还多收了楼层费", "现场坐地起价，不加钱就不搬",
                    "拍照估价和最后结算差太多，临时加价很不爽"],
                   ["got overcharged on the day, way above the online quote", "they added an extra charge for stairs we never agreed to",
                    "the crew demanded an extra charge before loading"]),
    "cert_slow": (["电子废弃物的处置证明等了两周还没发", "公司审计要回收证明，催了好几次都没给", "处置证明迟迟不出，财务没法报销"],
                  ["still waiting for the disposal certificate", "our auditors need the recycling certificate and it's weeks late",
                   "the certificate for the e-waste never arrived"]),
    "refund_slow": (["取消订单一个星期了，退款还没到账", "团购券退款太慢了，美团说在处理", "师傅爽约后说全额退款，结果还没到账"],
                    ["my refund still hasn't come through", "the refund is taking ages"]),
    "late": (["师傅迟到了两个多小时，也不提前说一声", "约的上午九点，师傅迟到到中午"],
             ["the crew turned up late by two hours", "they were hours late and didn't call"]),
    "tidy": (["师傅干脆利落，一个小时就搬空了，走之前还打扫了", "搬得很快，干脆利落，楼道也扫干净了", "服务干脆利落，价格透明"],
             ["quick and tidy, they even swept up afterwards", "fast crew, quick and tidy job", "quick and tidy, price as quoted"]),
    "eco": (["能回收的都回收了，很环保", "旧家电拆解回收，环保又省心"],
            ["glad most of it got reused or recycled properly", "nice that the old furniture got reused"]),
}
GEN = {
    "pos": (["很满意，下次还找你们", "省心省力，推荐给邻居了", "预约方便，服务不错", "整体体验很好"],
            ["great service, will use again", "easy booking and friendly crew", "hassle-free, recommended"]),
    "neu": (["还行吧，价格有点贵", "一般般，按时完成了", "中规中矩"],
            ["it was ok", "average, got the job done"]),
    "neg": (["体验很差，不会再用了", "太失望了", "不推荐"],
            ["terrible experience", "very disappointed, won't use again"]),
}
TOPIC_TP = [("no_show", "tp_arrive"), ("late", "tp_arrive"), ("damage", "tp_load"), ("overcharge", "tp_surcharge"),
            ("cert_slow", "tp_certificate"), ("refund_slow", "tp_refund"), ("tidy", "tp_load"), ("eco", "tp_dispose")]
NEG_TOPICS = {"no_show", "damage", "overcharge", "cert_slow", "refund_slow", "late"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    if datetime(2025, 1, 28) <= d < datetime(2025, 2, 5) or datetime(2026, 2, 16) <= d < datetime(2026, 2, 24):
        return 0.3                                  # Spring Festival holiday: nobody clears junk
    if datetime(2025, 1, 8) <= d < datetime(2025, 1, 28) or datetime(2026, 1, 20) <= d < datetime(2026, 2, 16):
        return 1.6                                  # 年前大扫除: pre-New-Year clear-out
    if d.month in (7, 8):
        return 1.4                                  # graduation / summer moving season
    if d.month in (3, 4):
        return 1.15                                 # renovation season
    if d.month in (11, 12):
        return 0.85
    return 1.0


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_job = 0

    def ev(self, c, t, tp, sid, action, job=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"])
        if job:
            row.update(job["common"])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, job, **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = SERVICES[otype][0] if otype in SERVICES else "现场补差价"
        cm = job["common"]
        row = dict(order_id=f"ORD{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status="paid", channel="mini_program" if not c["corp"] else "sales", device=c["device"],
                   order_type=otype, 订单类型=zh, job_id=job["id"], city=cm["city"], 城市=cm["城市"],
                   service_type=cm["service_type"], 服务类型=cm["服务类型"], crew_vendor=cm.get("crew_vendor"),
                   车队=cm.get("车队"), currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, job=None, undated=False, gen=None, no_customer=False,
           tp=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, job_id=job["id"] if job else None)
        if job:
            for k in ("city", "城市", "service_type", "服务类型", "crew_vendor", "车队"):
                row[k] = job["common"].get(k)
        else:
            row["city"], row["城市"] = c["city"], CITIES[c["city"]][0]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), gen=gen))

    # ---------- customers ----------
    def customers(self):
        days = []
        d = START
        while d <= datetime(2026, 8, 25):
            growth = 0.6 + 0.8 * (d - START).days / 600
            days.append((d, growth * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        self.cust = []
        n = N_HOUSE + N_CORP
        idx = np.sort(rng.choice(len(days), size=n, p=w / w.sum()))
        corp_flags = np.zeros(n, dtype=bool)
        corp_flags[rng.choice(n, size=N_CORP, replace=False)] = True
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23)))
            cities = [x for x in CITIES if x != "Suzhou" or t >= SUZHOU_OPEN]
            wts = [CITIES[x][1] * (4.0 if x == "Suzhou" else 1.0) for x in cities]
            city = pick(cities, wts)
            corp = bool(corp_flags[i])
            if corp:
                ch = pick(list(CORP_CHANNELS), [x[1] for x in CORP_CHANNELS.values()])
                reason, housing = "office", "office"
            else:
                ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
                reason = pick(list(REASONS), [x[1] for x in REASONS.values()])
                housing = pick(list(HOUSING), [x[1] for x in HOUSING.values()])
            en_share = 0.22 if city in ("Shanghai", "Shenzhen") else 0.08
            if corp:
                en_share += 0.1
            self.cust.append(dict(
                customer_id=f"CU{i + 1:05d}", discover=t, city=city, corp=corp, channel=ch, reason=reason,
                housing=housing, floor=int(rng.integers(1, 8)) if housing == "walkup" else int(rng.integers(2, 30)),
                device="pc" if corp and rng.random() < 0.6 else pick(["ios", "android"], [0.48, 0.52]),
                en_share=en_share, lang="en" if rng.random() < en_share else "zh", spend=0.0, jobs=0, paid=0,
                first_pay=None, last_job=None, company_size=pick(["<50", "50-200", "200-1000", "1000+"],
                                                                  [0.4, 0.35, 0.18, 0.07]) if corp else None))

    # ---------- one job ----------
    def job(self, c, t0: datetime, n_prev: int):
        city = c["city"]
        corp = c["corp"]
        if corp:
            svc = "office_clearance" if rng.random() < 0.7 else "ewaste"
        else:
            svc = pick(list(SERVICES)[:5], REASONS[c["reason"]][2])
        partner = CITIES[city][2]
        use_partner = rng.random() < CITIES[city][3]
        vendor = partner if use_partner else OWN
        self.n_job += 1
        jid = f"JB{self.n_job:06d}"
        common = dict(city=city, 城市=CITIES[city][0], service_type=svc, 服务类型=SERVICES[svc][0],
                      crew_vendor=vendor[1], 车队=vendor[0], housing_type=c["housing"])
        job = dict(id=jid, common=common)
        t = t0
        if n_prev > 0:
            self.ev(c, t, "tp_rebook", jid, "reorder", job, channel="mini_program" if not corp else "sales")
        # quote / survey
        surveyed = False
        lo, hi = SERVICES[svc][2]
        volume = round(float(rng.uniform(lo, hi)), 1)
        if corp:
            base = round(float(volume * rng.uniform(350, 550)), -1) if svc == "office_clearance" else \
                round(float(rng.uniform(800, 3000)), -1)
            t += D(days=float(rng.uniform(0.5, 4)))
            self.ev(c, t, "tp_survey", jid, "surveyed", job, channel="sales", volume_m3=volume, quote_amount=base)
            surveyed = True
            if rng.random() > (0.72 if n_prev == 0 else 0.9):
                return None
            model = None
        else:
            base = SERVICES[svc][1]
            model = "v2" if t >= QUOTE_V2 else "v1"
            n_items = int(rng.integers(1, 4)) if svc == "single_item" else 1
            if svc == "single_item":
                base = base * n_items
            self.ev(c, t, "tp_quote", jid, "quoted", job, channel="mini_program", photo_count=int(rng.integers(2, 10)),
                    quote_model=model, quote_amount=base)
            p_book = CHANNELS[c["channel"]][3] if n_prev == 0 else 0.85
            if svc == "full_truck" and rng.random() < 0.4:
                t += D(days=float(rng.uniform(0.5, 3)))
                self.ev(c, t, "tp_survey", jid, "surveyed", job, channel="other", volume_m3=volume, quote_amount=base)
                surveyed = True
                p_book = min(0.95, p_book + 0.15)
            if rng.random() > p_book:
                return None
        # book a truck slot
        t_book = t + D(hours=float(min(120, rng.exponential(10) + 0.1)))
        slot = pick(list(SLOTS), [0.5, 0.38, 0.12])
        day = datetime(t_book.year, t_book.month, t_book.day) + D(days=int(pick([1, 2, 3, 4, 6], [0.35, 0.25, 0.2, 0.12,
                                                                                                  0.08])))
        start = day + D(hours={"morning": 9.0, "afternoon": 14.0, "evening": 18.5}[slot])
        common.update(time_slot=slot, 时段=SLOTS[slot], slot_start=ts(start))
        self.ev(c, t_book, "tp_book", jid, "booked", job, channel="mini_program" if not corp else "sales")
        if rng.random() > (0.92 if not corp else 0.97):
            return None                              # booked, never paid
        # pay
        if corp:
            pm = "bank_transfer"
        elif c["channel"] == "meituan" and n_prev == 0 and rng.random() < 0.6:
            pm = "meituan_voucher"
        else:
            pm = "wechat_pay" if rng.random() < 0.7 else "alipay"
        amount = base * (0.9 if pm == "meituan_voucher" else 1.0)
        t_pay = t_book + (D(minutes=float(rng.lognormal(np.log(3), 0.6))) if not corp else
                          D(hours=float(rng.uniform(2, 30))))
        common.update(payment_method=pm, 支付方式=PAY[pm])
        if not self.ev(c, t_pay, "tp_pay", jid, "paid", job, channel="meituan" if pm == "meituan_voucher" else
                       ("bank" if corp else "mini_program"), amount=amount):
            return None
        order = self.order(c, t_pay, amount, svc, job, payment_method=pm, 支付方式=PAY[pm])
        c["paid"] += 1
        if c["first_pay"] is None:
            c["first_pay"] = t_pay
        res = dict(bad=False, end=t_pay)
        # customer cancels
        if rng.random() < 0.06:
            t_c = t_pay + (start - t_pay) * float(rng.uniform(0.1, 0.9))
            self.ev(c, t_c, "tp_cancel", jid, "cancel", job, channel="mini_program")
            self.refund(c, job, t_c, amount, order, "customer_cancelled", pm)
            res.update(bad=True, end=t_c)
            return res
        # crew no-show
        p_ns = 0.02
        if vendor == CITIES["Shenzhen"][2]:
            p_ns = 0.20 if SUDA_PEAK[0] <= start < SUDA_PEAK[1] else 0.07
        if vendor == CITIES["Suzhou"][2]:
            p_ns = 0.26
        topics = []
        if rng.random() < p_ns:
            t_ns = start + D(hours=float(rng.uniform(1.5, 3)))
            self.ev(c, t_ns, "tp_no_show", jid, "no_show", job, channel="other",
                    no_show_reason=pick(["driver_unavailable", "truck_breakdown", "double_booked"], [0.6, 0.15, 0.25]))
            topics.append("no_show")
            if rng.random() < 0.55:
                self.fb(c, t_ns + D(minutes=float(rng.uniform(10, 120))), ["no_show"], "ticket", job=job)
            if rng.random() < 0.3:
                self.ev(c, t_ns + D(minutes=20), "tp_cancel", jid, "cancel", job, channel="mini_program")
                self.refund(c, job, t_ns + D(minutes=20), amount, order, "crew_no_show", pm)
                if rng.random() < 0.12:
                    self.fb(c, t_ns + D(days=float(rng.uniform(1, 5))), ["no_show"], "call_note", job=job,
                            undated=rng.random() < 0.4)
                res.update(bad=True, end=t_ns, no_show=True)
                return res
            start = start + D(days=1)
            res["no_show"] = True
        # arrival
        late = float(rng.lognormal(np.log(12 if vendor == OWN else 20), 0.8))
        if late > 90 and rng.random() < 0.4:
            topics.append("late")
        t_arr = start + D(minutes=late)
        common["crew_id"] = f"{'P' if vendor != OWN else 'O'}-{city[:2].upper()}{int(rng.integers(1, 13)):02d}"
        self.ev(c, t_arr, "tp_arrive", jid, "arrived", job, channel="other", late_minutes=round(late, 1))
        # loading
        t_load = t_arr + D(minutes=float(rng.uniform(25, 150 if svc != "office_clearance" else 400)))
        elevator = c["housing"] in ("elevator_apartment", "office")
        p_dmg = 0.015
        if vendor == CITIES["Shanghai"][2]:
            p_dmg = 0.13
        if svc in ("half_truck", "full_truck", "office_clearance"):
            p_dmg *= 1.5
        dmg = None
        if rng.random() < p_dmg:
            dmg = pick(list(DAMAGE), [0.5, 0.35, 0.15] if elevator else [0.0, 0.7, 0.3])
            topics.append("damage")
        self.ev(c, t_load, "tp_load", jid, "loaded", job, channel="other", volume_m3=volume,
                floor=c["floor"], elevator="yes" if elevator else "no",
                damage_type=dmg, 损坏类型=DAMAGE.get(dmg) if dmg else None)
        if dmg and rng.random() < 0.6:
            self.fb(c, t_load + D(hours=float(rng.uniform(1, 30))), ["damage"], "ticket", job=job)
        # surcharge
        if corp or surveyed:
            p_sur = 0.05
        else:
            p_sur = {"single_item": 0.05, "quarter_truck": 0.18, "half_truck": 0.34, "full_truck": 0.30,
                     "ewaste": 0.03}[svc]
            if model == "v2":
                p_sur *= 0.35
        if c["housing"] == "walkup" and c["floor"] >= 4 and not corp:
            p_sur = min(0.9, p_sur + 0.12)
        sur_amt = 0.0
        t_s = t_load + D(minutes=float(rng.uniform(2, 15)))
        if rng.random() < p_sur:
            if c["housing"] == "walkup" and c["floor"] >= 4 and rng.random() < 0.5:
                reason = "stairs_fee"
                sur_amt = float(20 * c["floor"] * (1 if svc == "single_item" else 3))
            else:
                reason = "over_volume" if rng.random() < 0.8 else "dismantling"
                sur_amt = float(rng.choice([100, 150, 200, 300, 400, 500]) * (1 if svc != "single_item" else 0.5))
            sur_amt = round(sur_amt * (1 if not corp else 4))
            self.ev(c, t_s, "tp_surcharge", jid, "surcharge", job, channel="mini_program", surcharge_amount=sur_amt,
                    surcharge_reason=reason, 加价原因=SURCHARGE[reason])
            sorder = self.order(c, t_s + D(minutes=1), sur_amt, "surcharge", job, payment_method=pm if pm !=
                                "meituan_voucher" else "wechat_pay", 支付方式=PAY[pm if pm != "meituan_voucher" else
                                                                                "wechat_pay"],
                                surcharge_reason=reason, 加价原因=SURCHARGE[reason])
            if rng.random() < (0.45 if sur_amt >= 200 else 0.2):
                topics.append("overcharge")
                if rng.random() < 0.5:
                    self.fb(c, t_s + D(hours=float(rng.uniform(1, 24))), ["overcharge"], "ticket", job=job)
                    if sorder is not None and rng.random() < 0.3:
                        self.refund(c, job, t_s + D(days=float(rng.uniform(1, 6))), sur_amt, sorder,
                                    "surcharge_dispute", pm)
        # disposal
        t_d = t_load + D(hours=float(rng.uniform(1.5, 8)))
        rec = float(np.clip(rng.normal(SERVICES[svc][3], 0.1), 0.02, 0.98))
        self.ev(c, t_d, "tp_dispose", jid, "recycled" if rec >= 0.5 else "sorted", job, channel="other",
                station=STATIONS[city], recycled_share=round(rec, 2))
        if rec >= 0.75 and rng.random() < 0.25:
            topics.append("eco")
        # invoice
        t_inv = t_d + D(hours=float(rng.uniform(0.5, 20)))
        final = amount + sur_amt
        self.ev(c, t_inv, "tp_invoice", jid, "invoiced", job, channel="mini_program" if not corp else "email",
                amount=final)
        # certificate
        if svc in ("ewaste", "office_clearance") or rng.random() < 0.08:
            med = 1.6
            if CERT_BACKLOG[0] <= t_d < CERT_BACKLOG[1]:
                med = 9.0
            t_cert = t_d + D(days=float(rng.lognormal(np.log(med), 0.45)))
            self.ev(c, t_cert, "tp_certificate", jid, "issued", job, channel="email",
                    certificate_no=f"CERT-{self.n_job:06d}")
            if (t_cert - t_d).days >= 5 and rng.random() < (0.55 if corp else 0.3):
                topics.append("cert_slow")
                self.fb(c, t_d + D(days=5, hours=float(rng.uniform(0, 30))), ["cert_slow"],
                        "wecom_group" if corp else "ticket", job=job,
                        undated=corp and rng.random() < 0.4)
        c["spend"] += final
        bad = bool(set(topics) & NEG_TOPICS)
        if not bad and rng.random() < (0.35 if vendor == OWN else 0.2):
            topics.append("tidy")
        # rating
        p_rate = 0.5 if (set(topics) & NEG_TOPICS) - {"cert_slow"} else 0.3
        if not corp and rng.random() < p_rate:
            stars = float(pick([5, 4, 3, 2], [0.5, 0.34, 0.11, 0.05]))
            pen = {"no_show": 2.4, "damage": 2.6, "overcharge": 1.9, "late": 1.2}
            for k in topics:
                stars -= pen.get(k, 0.0)
            if "tidy" in topics:
                stars = 5.0 if rng.random() < 0.8 else 4.0
            stars = float(min(5, max(1, round(stars))))
            t_r = t_inv + D(minutes=float(rng.lognormal(np.log(180), 1.0)))
            self.ev(c, t_r, "tp_rate", jid, "rated", job, channel="mini_program", stars=stars)
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_r, [k for k in topics if k != "cert_slow"] or [], "app_review", rating=stars, job=job,
                    gen=gen)
        if not corp and c["channel"] == "meituan" and rng.random() < 0.15:
            stars = float(pick([5, 4, 3, 2], [0.45, 0.35, 0.13, 0.07]))
            for k in topics:
                stars -= {"no_show": 2.2, "damage": 2.4, "overcharge": 2.0, "late": 1.0}.get(k, 0.0)
            if "tidy" in topics:
                stars = 5.0
            stars = float(min(5, max(1, round(stars))))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_inv + D(hours=float(rng.uniform(3, 72))), [k for k in topics if k != "cert_slow"],
                    "meituan_review", rating=stars, job=job, gen=gen, undated=rng.random() < 0.25)
        if rng.random() < (0.05 if not corp else 0.3):
            nps = int(np.clip(round(rng.normal(8.3 - 3.2 * bad, 1.5)), 0, 10))
            self.fb(c, t_inv + D(days=2, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.5 else [],
                    "survey", nps=nps, job=job, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if bad and rng.random() < 0.05:
            self.fb(c, t_inv + D(hours=float(rng.uniform(1, 72))), [k for k in topics if k in NEG_TOPICS],
                    "call_note", job=job, undated=rng.random() < 0.4, no_customer=rng.random() < 0.3)
        res.update(bad=bad, end=t_inv)
        return res

    def refund(self, c, job, t_r0, amount, order, reason, pm):
        if pm == "meituan_voucher":
            t_r = t_r0 + D(days=float(rng.lognormal(np.log(4.0), 0.4)))
        elif pm == "bank_transfer":
            t_r = t_r0 + D(days=float(rng.lognormal(np.log(2.5), 0.4)))
        elif reason == "surcharge_dispute":
            t_r = t_r0
        else:
            t_r = t_r0 + D(minutes=float(rng.uniform(2, 60)))
        if t_r > END:
            return
        self.ev(c, t_r, "tp_refund", job["id"], "refund", job, channel="meituan" if pm == "meituan_voucher" else
                "mini_program", refund_amount=amount, refund_reason=reason, 退款原因=REFUND_REASON[reason])
        if order is not None:
            order["status"] = "refunded"
            order["refunded_at"] = ts(t_r)
            order["refund_reason"] = reason
        if pm == "meituan_voucher" and (t_r - t_r0).days >= 3 and rng.random() < 0.4:
            self.fb(c, t_r0 + D(days=3, hours=float(rng.uniform(0, 20))), ["refund_slow"], "ticket", job=job)

    # ---------- simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            self.ev(c, c["discover"], "tp_discover", None, "view", channel=c["channel"])
            if c["corp"]:
                p_first = 0.8
            else:
                p_first = CHANNELS[c["channel"]][2]
            if rng.random() > p_first:
                continue
            if rng.random() < 0.07:
                t = c["discover"] + D(days=float(rng.uniform(8, 45)))
            else:
                t = c["discover"] + D(hours=float(min(140, rng.exponential(18) + 0.1)))
            n = 0
            while t <= END:
                res = self.job(c, t, n)
                n += 1
                if res is None:
                    if rng.random() < 0.25:          # asks for another quote a few days later
                        t += D(days=float(rng.uniform(1, 20)))
                        continue
                    break
                c["last_job"] = res["end"]
                if c["corp"]:
                    p_rep, gap = 0.55, 75.0
                else:
                    p_rep, gap = REASONS[c["reason"]][3], REASONS[c["reason"]][4]
                    if c["channel"] in ("referral", "property_mgmt"):
                        p_rep *= 1.3
                if res.get("no_show"):
                    p_rep *= 0.4
                elif res["bad"]:
                    p_rep *= 0.7
                if rng.random() > p_rep:
                    break
                g = float(rng.exponential(gap) + 3)
                g /= max(1.0, season(res["end"] + D(days=g)))
                t = res["end"] + D(days=g)
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(8, 22)))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            spend = c["spend"]
            tier = "gold" if spend >= 3000 else ("silver" if spend >= 1000 else "standard")
            if not c["paid"]:
                seg = "prospect"
            elif c["corp"]:
                seg = "key_account" if c["paid"] >= 3 else "business"
            elif c["first_pay"] >= datetime(2026, 6, 1):
                seg = "new"
            elif c["paid"] >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            ch_zh = (CORP_CHANNELS if c["corp"] else CHANNELS)[c["channel"]][0]
            rows.append(dict(
                customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                城市=CITIES[c["city"]][0], acquisition_channel=c["channel"], 获客渠道=ch_zh, tier=tier,
                customer_type="corporate" if c["corp"] else "household", 客户类型="企业" if c["corp"] else "家庭",
                housing_type=c["housing"], 住房类型="写字楼" if c["corp"] else HOUSING[c["housing"]][0],
                clear_reason=c["reason"], 清运原因="企业搬迁/清场" if c["corp"] else REASONS[c["reason"]][0],
                company_size=c["company_size"], phone_os=c["device"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "city",
           "城市", "service_type", "服务类型", "housing_type", "crew_vendor", "车队", "crew_id", "time_slot", "时段",
           "slot_start", "payment_method", "支付方式", "photo_count", "quote_model", "quote_amount", "amount",
           "volume_m3", "late_minutes", "floor", "elevator", "damage_type", "损坏类型", "surcharge_amount",
           "surcharge_reason", "加价原因", "station", "recycled_share", "certificate_no", "no_show_reason",
           "refund_amount", "refund_reason", "退款原因", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型", "job_id",
            "city", "城市", "service_type", "服务类型", "crew_vendor", "车队", "payment_method", "支付方式",
            "surcharge_reason", "加价原因", "refunded_at", "refund_reason", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "job_id", "city", "城市", "service_type", "服务类型", "crew_vendor", "车队"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "customer_type", "客户类型", "housing_type", "住房类型", "clear_reason", "清运原因", "company_size",
             "phone_os", "preferred_language"]


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
    dup_idx = rng.choice(len(ev), size=18, replace=False)           # the app re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "gen"])
    print(f"customers {len(g.cust)}, jobs {g.n_job}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
