"""木匠坊 FloorCraft: home flooring supply and installation in Suzhou 苏州, Wuxi 无锡 and Hefei 合肥 (Hefei opened
2025-04-01). A homeowner finds us (Douyin, Xiaohongshu, a home-decor platform such as 土巴兔, a designer, a friend's
referral, or walking past a showroom), either submits an online measuring request (线上预约量房) or visits a showroom
(展厅到店), gets a site measurement (上门量房), a quote (报价), signs the contract and pays for the material (签合同 /
材料款), the boards are delivered (送货到家), an installation crew lays them over one or more crew days (安装施工),
the job gets an acceptance inspection (竣工验收: pass, or rectify 整改 then pass), the installation fee is paid as the
final payment, the homeowner rates us, and later may file warranty repair requests (保修报修: squeaks 异响, gaps 离缝,
bubbling / buckling 起拱, scratches) which a repair technician visits. Contracts may be cancelled before delivery and
refunded.
Events 2025-01-01 .. 2026-06-30 (the extract was taken at the start of July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a
DATA.md table). Deterministic (fixed seed), Python + numpy, about 2 s. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261219
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 7000
HEFEI_OPEN = datetime(2025, 4, 1)
STOCKOUT = (datetime(2025, 8, 1), datetime(2025, 10, 16))       # herringbone / fishbone oak stock-out at the mill
DUSTFREE = datetime(2026, 1, 1)                                   # dust-free cutting saws for every crew
SMOKED_BATCH = (datetime(2026, 3, 1), datetime(2026, 6, 1))      # smoked-oak batch with colour variation
PLUM_RAIN = (datetime(2025, 6, 1), datetime(2025, 8, 1))         # 梅雨季 + summer: laminate / SPC laid too tight

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_online_request", "线上预约量房", "Online measuring request", "awareness", "web", "digital", "marketing",
     "线上预约|预约量房|留资|填表|线上咨询|online request|measuring request|booked a measure online|lead form"),
    ("tp_showroom", "展厅到店", "Showroom visit", "awareness", "store", "physical", "sales",
     "展厅|门店|到店|看样|逛展厅|showroom|store visit|walk-in|samples"),
    ("tp_measure", "上门量房", "Site measurement", "consideration", "other", "physical", "design",
     "量房|测量|上门测量|量尺|measure|measurement|site survey|site visit"),
    ("tp_quote", "报价", "Quote", "consideration", "other", "digital", "sales",
     "报价|报价单|出方案|估价|quote|quotation|estimate|proposal"),
    ("tp_contract", "签约付款", "Contract signed", "purchase", "store", "physical", "sales",
     "签约|签合同|下单|付材料款|交定金|contract|signed|deal|order placed"),
    ("tp_cancel", "取消合同", "Contract cancelled", "service", "other", "digital", "sales",
     "取消|退单|不做了|cancel|cancellation|cancelled"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|refund|money back|refunded"),
    ("tp_delivery", "材料送货", "Material delivery", "service", "other", "physical", "logistics",
     "送货|到货|配送|发货|材料进场|delivery|delivered|shipping|boards arrived"),
    ("tp_install", "安装施工", "Installation (crew day)", "service", "other", "physical", "installation",
     "安装|施工|铺装|铺地板|施工队|师傅|install|installation|fitting|crew|installers"),
    ("tp_acceptance", "竣工验收", "Acceptance inspection", "service", "other", "physical", "quality",
     "验收|竣工验收|整改|质检|acceptance|inspection|handover|sign-off|rectification"),
    ("tp_review", "评价", "Customer rating", "loyalty", "mini_program", "digital", "customer_service",
     "评价|打分|评分|好评|差评|rating|review|stars"),
    ("tp_warranty", "保修报修", "Warranty repair request", "service", "phone", "digital", "after_sales",
     "报修|保修|售后|投诉维修|warranty|repair request|after-sales|claim"),
    ("tp_repair_visit", "维修上门", "Repair visit", "service", "other", "physical", "after_sales",
     "维修|上门维修|返修|修地板|repair|repair visit|fix|technician"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("online_lead", "线上预约转签约", "Online lead to contract",
     ["tp_online_request", "tp_measure", "tp_quote", "tp_contract"], 30),
    ("showroom_lead", "展厅到店转签约", "Showroom visit to contract",
     ["tp_showroom", "tp_measure", "tp_quote", "tp_contract"], 30),
    ("fulfilment", "交付安装", "Delivery and installation",
     ["tp_contract", "tp_delivery", "tp_install", "tp_acceptance"], 45),
    ("warranty", "保修维修", "Warranty repair", ["tp_warranty", "tp_repair_visit"], 14),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 30),
]
CITIES = {"Suzhou": ("苏州", 0.50), "Wuxi": ("无锡", 0.30), "Hefei": ("合肥", 0.20)}
SHOWROOMS = [  # id, city, zh, en, weight within city
    ("S01", "Suzhou", "苏州园区展厅", "Suzhou SIP showroom", 0.6),
    ("S02", "Suzhou", "苏州吴中展厅", "Suzhou Wuzhong showroom", 0.4),
    ("S03", "Wuxi", "无锡滨湖展厅", "Wuxi Binhu showroom", 1.0),
    ("S04", "Hefei", "合肥政务区展厅", "Hefei Zhengwu showroom", 1.0),
]
CREWS = [  # id, city, zh, en, joined, weight
    ("SZ-A", "Suzhou", "陈师傅施工队", "Chen's crew", None, 0.36),
    ("SZ-B", "Suzhou", "周师傅施工队", "Zhou's crew", None, 0.34),
    ("SZ-C", "Suzhou", "吴师傅施工队", "Wu's crew", None, 0.30),
    ("WX-A", "Wuxi", "钱师傅施工队", "Qian's crew", None, 0.55),
    ("WX-B", "Wuxi", "孙师傅施工队", "Sun's crew", None, 0.45),
    ("HF-A", "Hefei", "李师傅施工队", "Li's crew", None, 0.80),
    ("HF-B", "Hefei", "赵师傅施工队", "Zhao's crew", datetime(2026, 3, 1), 0.20),
]
CHANNELS = {  # en: zh, weight, entry online share, P(measure | online), P(contract | quote)
    "douyin": ("抖音", 0.22, 0.85, 0.55, 0.42),
    "xiaohongshu": ("小红书", 0.20, 0.90, 0.42, 0.26),
    "home_platform": ("家装平台", 0.16, 0.95, 0.60, 0.40),
    "designer": ("设计师推荐", 0.14, 0.15, 0.80, 0.66),
    "referral": ("老客户转介绍", 0.13, 0.30, 0.85, 0.74),
    "walk_in": ("自然到店", 0.15, 0.0, 0.80, 0.50),
}
FLOORS = {  # en: zh, material CNY/sqm range, install CNY/sqm, weight by budget tier (economy, mid, premium)
    "solid_wood": ("实木地板", (480, 760), 45, (0.05, 0.25, 0.55)),
    "engineered": ("实木复合", (260, 420), 40, (0.20, 0.45, 0.35)),
    "laminate": ("强化复合", (110, 180), 30, (0.45, 0.18, 0.05)),
    "spc": ("SPC石塑", (140, 220), 30, (0.30, 0.12, 0.05)),
}
SERIES = {  # floor type -> [(en, zh)]
    "solid_wood": [("teak", "柚木"), ("walnut", "黑胡桃"), ("white_oak", "北美白橡")],
    "engineered": [("smoked_oak", "烟熏橡木"), ("white_oak", "北美白橡"), ("grey_oak", "灰橡")],
    "laminate": [("maple", "枫木纹"), ("grey_oak", "灰橡")],
    "spc": [("stone_grey", "岩石灰"), ("white_oak", "北美白橡")],
}
PATTERNS = {"straight": ("直铺", 0.70), "herringbone": ("人字拼", 0.22), "fishbone": ("鱼骨拼", 0.08)}
TIERS = {"economy": ("经济", 0.35), "mid": ("中端", 0.45), "premium": ("高端", 0.20)}
HOUSES = {"new_home": ("新房", 0.55), "resale": ("二手房", 0.25), "renovation": ("老房翻新", 0.20)}
ISSUES = {"squeak": "异响", "gap": "离缝", "bubbling": "起拱", "scratch": "划痕"}
RECTIFY = {"colour": "色差", "trim": "收口不平", "scratch": "划痕"}
PAYM = {"bank_transfer": "银行转账", "wechat_pay": "微信支付", "installment": "分期付款"}
OTYPES = {"material": "地板材料", "installation": "安装费", "skirting": "踢脚线", "repair_fee": "维修费"}
AGE_BANDS = ["25-30", "31-35", "36-45", "46-55", "56+"]

TXT = {  # topic: (zh templates, en templates); every template carries one of the topic's markers (see gold.py)
    "delay": (["地板迟迟不到货，工期延误了快三周", "送货一拖再拖，装修进度全被打乱", "说好的送货日期又改期了",
               "人字拼的货迟迟不到，工人都在等"],
              ["Delivery was delayed by almost three weeks", "They kept pushing back the delivery date",
               "The install got delayed again and again because the boards didn't arrive",
               "the herringbone boards were delayed and the crew sat waiting"]),
    "dust": (["切割的时候灰尘满屋都是，家具上全是粉尘", "施工粉尘太大了，也没做防护", "师傅锯板子灰尘飞得到处都是"],
             ["dust everywhere after the cutting, all over our furniture",
              "The crew left a huge layer of dust and didn't cover anything", "sawdust all over the flat"]),
    "colour": (["铺完发现色差很明显，几块板深浅不一", "和样板比色差太大", "同一批地板色差严重，要求换板"],
               ["Obvious colour difference between boards", "The floor doesn't match the sample, big color mismatch",
                "noticeable colour variation from plank to plank"]),
    "squeak": (["走上去咯吱咯吱响，有异响", "卧室地板踩着有异响", "晚上走路地板异响很明显"],
               ["the floor squeaks when you walk on it", "creaking noise in the bedroom floor",
                "Loud squeaking near the doorway"]),
    "gap": (["开了地暖以后地板离缝了", "地板之间出现了明显缝隙", "冬天缝隙越来越大，能塞进硬币"],
            ["gaps opened up between the boards once the floor heating came on", "visible gaps between planks",
             "the gaps keep getting wider this winter"]),
    "bubbling": (["地板起拱了，中间鼓起来一块", "梅雨季过后地板鼓包", "客厅地板起拱变形"],
                 ["the floor is buckling in the living room", "boards bulging up after the rainy season",
                  "bubbling in the middle of the room"]),
    "scratch": (["地板上有好几道划痕", "送来的板子就有划痕"],
                ["scratches on a few boards", "the boards arrived scratched"]),
    "slow_repair": (["报修一个多星期才有人上门", "维修太慢了，一直等师傅排期"],
                    ["took over a week for anyone to come and fix it", "repairs are so slow, still waiting"]),
    "praise": (["师傅很专业，做工细致", "安装师傅手艺好，收尾干净", "师傅很专业，铺得很平整"],
               ["the installers were very professional", "Neat job, the crew was professional and tidy",
                "really professional crew, the floor is perfectly level"]),
    "upsell": (["踢脚线和辅料增项太多，报价不透明", "合同外增项加了好几千"],
               ["too many extra charges for skirting and accessories", "hidden charges on top of the quote"]),
}
GEN = {
    "pos": (["整体很满意", "会推荐给朋友的"], ["Overall very happy", "Would recommend to friends"]),
    "neg": (["非常失望", "体验很差"], ["Very disappointed", "Bad experience overall"]),
    "neu": (["还可以吧", "总体一般"], ["It was okay", "Average overall"]),
}
NEG_TOPICS = {"delay", "dust", "colour", "squeak", "gap", "bubbling", "scratch", "slow_repair", "upsell"}
TOPIC_TP = [("delay", "tp_delivery"), ("colour", "tp_acceptance"), ("dust", "tp_install"), ("upsell", "tp_quote"),
            ("slow_repair", "tp_repair_visit"), ("squeak", "tp_warranty"), ("gap", "tp_warranty"),
            ("bubbling", "tp_warranty"), ("scratch", "tp_warranty"), ("praise", "tp_install")]


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


MONTH_W = {1: 0.9, 2: 0.55, 3: 1.35, 4: 1.35, 5: 1.1, 6: 0.9, 7: 0.8, 8: 0.8, 9: 1.3, 10: 1.3, 11: 1.1, 12: 0.9}


def work_hours(d: datetime, lo=9.0, hi=18.0) -> datetime:
    return datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(lo, hi)))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.cust = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_pj = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, pj, action, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=pj["id"], action=action)
        row.update(pj["common"])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, pj, pm, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        com = pj["common"]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="store" if c["entry"] == "showroom" else "mini_program",
                   device=c["device"], order_type=otype, 订单类型=OTYPES[otype], project_id=pj["id"],
                   city=com["city"], 城市=com["城市"], showroom_id=com["showroom_id"], floor_type=com.get("floor_type"),
                   地板类型=com.get("地板类型"), area_sqm=com.get("area_sqm"), payment_method=pm, 支付方式=PAYM[pm],
                   currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, pj=None, undated=False, gen=None,
           no_customer=False, crew=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.35:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_review")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        pos = not neg and ("praise" in topics or gen == "pos")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, project_id=pj["id"] if pj else None,
                   city=c["city"], 城市=CITIES[c["city"]][0], crew_id=None, crew=None, crew_en=None,
                   floor_type=None, 地板类型=None)
        if pj:
            row["floor_type"], row["地板类型"] = pj["common"].get("floor_type"), pj["common"].get("地板类型")
        if crew:
            row["crew_id"], row["crew"], row["crew_en"] = crew[0], crew[2], crew[3]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)),
                               sentiment="negative" if neg else ("positive" if pos else "neutral")))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 6, 20):
            growth = 0.7 + 0.7 * (d - START).days / 536
            days.append((d, growth * MONTH_W[d.month] * (0.5 if d.month == 2 and d.day < 25 else 1.0)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 22.5)))
            cities = [x for x in CITIES if x != "Hefei" or t >= HEFEI_OPEN]
            city = pick(cities, [CITIES[x][1] for x in cities])
            rooms = [s for s in SHOWROOMS if s[1] == city]
            room = pick(rooms, [s[4] for s in rooms])
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            tier = pick(list(TIERS), [x[1] for x in TIERS.values()])
            en_share = 0.22 if room[0] == "S01" else 0.06
            self.cust.append(dict(
                customer_id=f"C{i + 1:05d}", first=t, city=city, room=room, channel=ch, tier=tier,
                house=pick(list(HOUSES), [x[1] for x in HOUSES.values()]),
                age=pick(AGE_BANDS, [0.22, 0.30, 0.28, 0.14, 0.06]), gender=pick(["female", "male"], [0.52, 0.48]),
                device=pick(["ios", "android", "pc"], [0.42, 0.45, 0.13]), en_share=en_share,
                lang="en" if rng.random() < en_share else "zh",
                entry="online" if rng.random() < CHANNELS[ch][2] else "showroom", state="prospect"))

    # ---------- one project ----------
    def project(self, c):
        self.n_pj += 1
        city_zh = CITIES[c["city"]][0]
        room = c["room"]
        pj = dict(id=f"PJ{self.n_pj:05d}", common=dict(device=None, city=c["city"], 城市=city_zh,
                                                        showroom_id=room[0], showroom=room[2], showroom_en=room[3]))
        ch = CHANNELS[c["channel"]]
        t = c["first"]
        if c["entry"] == "online":
            platform = {"douyin": "douyin", "xiaohongshu": "xiaohongshu", "home_platform": "home_platform"}.get(
                c["channel"], "web")
            self.ev(c, t, "tp_online_request", pj, "submit", device=c["device"], channel=platform)
            p_meas = ch[3]
            if rng.random() < 0.22:     # some come to look at samples before the measurer visits
                t = work_hours(t + D(days=int(rng.integers(1, 4))), 10, 20)
                self.ev(c, t, "tp_showroom", pj, "visit", channel="store")
                p_meas = min(0.95, p_meas + 0.2)
        else:
            self.ev(c, t, "tp_showroom", pj, "visit", channel="store")
            p_meas = ch[3]
        if rng.random() > p_meas:
            return
        t = work_hours(t + D(days=int(rng.integers(1, 7))))
        self.ev(c, t, "tp_measure", pj, "measured", channel="onsite")
        # what they want
        ftype = pick(list(FLOORS), [f[3][list(TIERS).index(c["tier"])] for f in FLOORS.values()])
        ser = SERIES[ftype][int(rng.integers(len(SERIES[ftype])))]
        pat = pick(list(PATTERNS), [p[1] for p in PATTERNS.values()]) if ftype in ("solid_wood", "engineered") \
            else "straight"
        area = float(np.clip(round(rng.lognormal(np.log(85), 0.35)), 25, 260))
        heating = rng.random() < (0.35 if c["city"] != "Hefei" else 0.25)
        pj["common"].update(floor_type=ftype, 地板类型=FLOORS[ftype][0], series=ser[0], 系列=ser[1], pattern=pat,
                            铺装方式=PATTERNS[pat][0], area_sqm=area, floor_heating="yes" if heating else "no",
                            地暖="有" if heating else "无")
        if rng.random() > 0.88:
            return
        price = float(rng.uniform(*FLOORS[ftype][1])) * (1.25 if pat != "straight" else 1.0)
        mat = round(price * area * 1.05, -1)
        inst_rate = FLOORS[ftype][2] + (35 if pat != "straight" else 0)
        inst = round(inst_rate * area, -1)
        skirting = rng.random() < (0.62 if c["entry"] == "showroom" else 0.38)
        sk_amt = round(math.sqrt(area) * 4.6 * float(rng.uniform(28, 58)), -1)
        t = work_hours(t + D(days=int(rng.integers(1, 5))), 9, 21)
        self.ev(c, t, "tp_quote", pj, "quoted", channel="wechat",
                quote_amount=mat + inst + (sk_amt if skirting else 0))
        p_con = ch[4] * {"economy": 0.9, "mid": 1.0, "premium": 1.1}[c["tier"]]
        if rng.random() > p_con:
            if rng.random() < 0.05:
                self.fb(c, t + D(days=int(rng.integers(1, 6))), ["upsell"], "call_note", pj=pj,
                        undated=rng.random() < 0.3)
            return
        t = work_hours(t + D(days=float(rng.gamma(2.0, 3.5))), 10, 21)
        pm = pick(list(PAYM), [0.45, 0.40, 0.15])
        if not self.ev(c, t, "tp_contract", pj, "signed", channel="store", payment_method=pm, 支付方式=PAYM[pm],
                       contract_amount=mat + (sk_amt if skirting else 0), skirting_addon="yes" if skirting else "no"):
            return
        c["state"] = "signed"
        o_mat = self.order(c, t + D(minutes=5), mat, "material", pj, pm)
        o_sk = self.order(c, t + D(minutes=6), sk_amt, "skirting", pj, pm) if skirting else None
        # cancellation before delivery
        if rng.random() < 0.045:
            t_c = work_hours(t + D(days=int(rng.integers(1, 7))))
            self.ev(c, t_c, "tp_cancel", pj, "cancel", channel="phone",
                    cancel_reason=pick(["budget", "changed_mind", "renovation_postponed"], [0.4, 0.3, 0.3]))
            t_r = t_c + D(days=float(rng.uniform(2, 10)))
            if t_r <= END:
                amt = o_mat["amount"] + (o_sk["amount"] if o_sk else 0)
                self.ev(c, t_r, "tp_refund", pj, "refund", channel=pm, refund_amount=amt)
                for o in (o_mat, o_sk):
                    if o:
                        o["status"], o["refunded_at"] = "refunded", ts(t_r)
            c["state"] = "cancelled"
            return
        # delivery
        lead = int(rng.integers(9, 15)) + (5 if c["city"] == "Hefei" else 0)
        sched = datetime(t.year, t.month, t.day) + D(days=lead)
        delay = 0 if rng.random() < 0.8 else int(rng.integers(1, 4))
        if pat != "straight" and STOCKOUT[0] <= t < STOCKOUT[1]:
            delay = int(rng.integers(12, 29))
        t_del = work_hours(sched + D(days=delay), 8, 17)
        if not self.ev(c, t_del, "tp_delivery", pj, "delivered", channel="logistics",
                       scheduled_date=sched.strftime("%Y-%m-%d")):
            return
        if delay >= 10 and rng.random() < 0.7:
            self.fb(c, work_hours(sched + D(days=int(rng.integers(4, 9)))), ["delay"],
                    pick(["call_note", "ticket"], [0.6, 0.4]), pj=pj, undated=rng.random() < 0.3)
        # crew and installation days
        crews = [k for k in CREWS if k[1] == c["city"] and (k[4] is None or k[4] <= t_del)]
        crew = pick(crews, [k[5] for k in crews])
        pj["common"].update(crew_id=crew[0], crew=crew[2], crew_en=crew[3])
        per_day = 38.0 if pat == "straight" else 22.0
        n_days = max(1, math.ceil(area / per_day))
        day = datetime(t_del.year, t_del.month, t_del.day) + D(days=int(rng.integers(1, 4)))
        first_day = day
        for k in range(n_days):
            self.ev(c, day + D(hours=float(rng.uniform(8, 9))), "tp_install", pj, "crew_day", channel="onsite",
                    day_no=k + 1, crew_size=int(rng.integers(2, 4)))
            day += D(days=1)
        last_day = day - D(days=1)
        if last_day > END:
            return
        p_dust = (0.42 if crew[0] == "SZ-B" else 0.07) if first_day < DUSTFREE else 0.02
        dust = rng.random() < p_dust
        # acceptance
        p_rect, reason = 0.06, pick(list(RECTIFY), [0.2, 0.5, 0.3])
        colour = False
        if ser[0] == "smoked_oak" and SMOKED_BATCH[0] <= t_del < SMOKED_BATCH[1]:
            p_rect, reason, colour = 0.36, "colour", True
        if crew[0] == "SZ-C" and not colour:       # Wu's crew: sloppy trims at door thresholds
            p_rect, reason = 0.17, "trim"
        if crew[0] == "HF-B":
            p_rect = max(p_rect, 0.4)
        t_acc = last_day + D(days=int(rng.integers(0, 3)), hours=float(rng.uniform(14, 18)))
        rect = rng.random() < p_rect
        if rect and reason == "colour":
            colour = True
        elif colour:
            colour = rng.random() < 0.15          # a few notice a mild variation and accept anyway
        res = "rectify" if rect else "pass"
        if not self.ev(c, t_acc, "tp_acceptance", pj, res, channel="onsite", result=res,
                       验收结果="整改" if rect else "通过", rectify_reason=reason if rect else None,
                       整改原因=RECTIFY[reason] if rect else None, round=1):
            return
        if rect:
            t_acc = t_acc + D(days=int(rng.integers(3, 8)))
            if not self.ev(c, t_acc, "tp_acceptance", pj, "pass", channel="onsite", result="pass", 验收结果="通过",
                           round=2):
                return
        pm2 = pick(["bank_transfer", "wechat_pay"], [0.5, 0.5])
        self.order(c, t_acc + D(hours=1), inst, "installation", pj, pm2)
        c["state"] = "completed"
        # experience -> rating, reviews, survey
        topics = []
        if delay >= 10 and rng.random() < 0.8:
            topics.append("delay")
        if dust and rng.random() < 0.85:
            topics.append("dust")
        if colour and rng.random() < 0.85:
            topics.append("colour")
        bad = bool(topics) or rect
        if not bad and rng.random() < 0.45:
            topics.append("praise")
        city_adj = {"Suzhou": 0.25, "Wuxi": 0.0, "Hefei": -0.35}[c["city"]]
        stars = 4.5 + city_adj + float(rng.normal(0, 0.55)) - 1.6 * ("delay" in topics or delay >= 10) \
            - 1.3 * dust - 1.8 * colour - 0.7 * rect
        stars = float(min(5, max(1, round(stars))))
        if rng.random() < (0.72 if bad else 0.6):
            t_r = t_acc + D(hours=float(rng.lognormal(np.log(20), 0.8)))
            self.ev(c, t_r, "tp_review", pj, "rate", channel="mini_program", stars=stars, crew_id=crew[0])
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_r, topics, "mini_program_review", rating=stars, pj=pj, gen=gen, crew=crew)
        if c["channel"] in ("home_platform", "walk_in") and rng.random() < 0.25:
            s2 = float(min(5, max(1, stars + pick([-1, 0, 0, 1], [1, 2, 2, 1]) * (0 if bad else 1))))
            gen = "pos" if s2 >= 4 else ("neu" if s2 == 3 else "neg")
            self.fb(c, t_acc + D(days=float(rng.uniform(1, 10))), topics, "dianping_review", rating=s2, pj=pj,
                    gen=gen, crew=crew, undated=rng.random() < 0.25)
        if rng.random() < 0.42:
            nps = int(np.clip(round(rng.normal(8.6 + city_adj - 3.2 * bad, 1.5)), 0, 10))
            self.fb(c, t_acc + D(days=30, hours=float(rng.uniform(1, 8))), topics if rng.random() < 0.5 else [],
                    "survey", nps=nps, pj=pj, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"), crew=crew)
        if (bad or "praise" in topics) and rng.random() < 0.08:
            self.fb(c, t_acc + D(days=float(rng.uniform(1, 20))), topics, "xiaohongshu_post", pj=pj, crew=crew,
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.4)
        if dust and "dust" not in topics and rng.random() < 0.4:
            self.fb(c, last_day + D(hours=20), ["dust"], "call_note", pj=pj, crew=crew, undated=rng.random() < 0.3)
        # warranty
        installed = last_day
        issues = []
        if ftype in ("solid_wood", "engineered") and rng.random() < (0.20 if crew[0] == "WX-B" else 0.035):
            issues.append(("squeak", installed + D(days=float(rng.uniform(30, 180)))))
        if ftype in ("laminate", "spc") and rng.random() < (0.45 if PLUM_RAIN[0] <= installed < PLUM_RAIN[1]
                                                               else 0.02):
            issues.append(("bubbling", installed + D(days=float(rng.uniform(14, 60)))))
        if ftype == "solid_wood" and heating:
            nxt = datetime(installed.year if installed.month < 12 else installed.year + 1, 12, 1) \
                if installed.month not in (12, 1, 2) else installed + D(days=10)
            if rng.random() < 0.45:
                issues.append(("gap", nxt + D(days=float(rng.uniform(5, 70)))))
        elif rng.random() < 0.015:
            issues.append(("gap", installed + D(days=float(rng.uniform(30, 200)))))
        if rng.random() < 0.025:
            issues.append(("scratch", installed + D(days=float(rng.uniform(3, 40)))))
        for kind, t_w in issues:
            t_w = work_hours(t_w, 8, 21)
            if not self.ev(c, t_w, "tp_warranty", pj, "request", channel="phone", issue_type=kind,
                           问题类型=ISSUES[kind]):
                continue
            if rng.random() < 0.8:
                self.fb(c, t_w + D(minutes=20), [kind], "ticket", pj=pj, crew=crew)
            med = 8.5 if c["city"] == "Hefei" else 2.8
            wait = float(rng.lognormal(np.log(med), 0.45))
            t_v = work_hours(t_w + D(days=wait))
            if wait >= 7 and rng.random() < 0.6:
                self.fb(c, t_w + D(days=6, hours=float(rng.uniform(0, 8))), ["slow_repair"],
                        pick(["call_note", "ticket"], [0.5, 0.5]), pj=pj, crew=crew, undated=rng.random() < 0.3)
            covered = rng.random() > 0.15
            if self.ev(c, t_v, "tp_repair_visit", pj, "fixed", channel="onsite", issue_type=kind,
                       问题类型=ISSUES[kind], warranty_covered="yes" if covered else "no"):
                if not covered:
                    self.order(c, t_v + D(hours=2), float(rng.choice([200, 300, 450, 600])), "repair_fee", pj,
                               "wechat_pay")


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.customers()
    for c in g.cust:
        g.project(c)
    # customer table: state at the end of the data
    spend = {}
    for o in g.orders:
        if o["status"] == "paid":
            spend[o["customer_id"]] = spend.get(o["customer_id"], 0.0) + o["amount"]
    cust_rows = []
    for c in g.cust:
        seg = {"prospect": "prospect", "signed": "in_progress", "completed": "completed",
               "cancelled": "cancelled"}[c["state"]]
        cust_rows.append(dict(
            customer_id=c["customer_id"], signup_at=ts(c["first"]), segment=seg, region=c["city"],
            城市=CITIES[c["city"]][0], acquisition_channel=c["channel"], 获客渠道=CHANNELS[c["channel"]][0],
            tier=c["tier"], 预算档次=TIERS[c["tier"]][0], house_type=c["house"], 房屋类型=HOUSES[c["house"]][0],
            age_band=c["age"], gender=c["gender"], home_showroom_id=c["room"][0], preferred_language=c["lang"],
            lifetime_spend=round(spend.get(c["customer_id"], 0.0), 2)))
    tp_rows = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                    owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    j_rows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for i, tp in enumerate(steps, 1):
            j_rows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=i,
                               touchpoint_id=tp, window_days=win))
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    # the tracker re-sent a handful of events: exact duplicates
    dup_idx = rng.choice(len(ev), size=18, replace=False)
    ev = ev + [dict(ev[int(i)]) for i in dup_idx]
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "city",
               "城市", "showroom_id", "showroom", "showroom_en", "floor_type", "地板类型", "series", "系列", "pattern",
               "铺装方式", "area_sqm", "floor_heating", "地暖", "crew_id", "crew", "crew_en", "quote_amount",
               "contract_amount", "skirting_addon", "payment_method", "支付方式", "scheduled_date", "day_no",
               "crew_size", "result", "验收结果", "rectify_reason", "整改原因", "round", "stars", "issue_type",
               "问题类型", "warranty_covered", "cancel_reason", "refund_amount"]
    write(out / "touchpoints.csv", tp_rows, list(tp_rows[0]))
    write(out / "journeys.csv", j_rows, list(j_rows[0]))
    write(out / "customers.csv", cust_rows, list(cust_rows[0]))
    write(out / "events.csv", ev, ev_cols)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]),
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
           "project_id", "city", "城市", "showroom_id", "floor_type", "地板类型", "area_sqm", "payment_method",
           "支付方式", "refunded_at", "currency"])
    write(out / "feedback.csv", g.feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel",
                                             "rating", "nps", "language", "project_id", "city", "城市", "crew_id",
                                             "crew", "crew_en", "floor_type", "地板类型"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(cust_rows)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(g.feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
