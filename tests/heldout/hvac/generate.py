"""暖通家 ComfortAir: residential HVAC installation and maintenance (central air conditioning 中央空调, floor heating
地暖, fresh-air ventilation 新风, air-to-water heat pump 二联供) in five cities of the Yangtze delta.
A household enquires (online form / 400 hotline / showroom / mini program), books a free home survey, an engineer
measures the flat, a design and quote are sent, the customer signs and pays for the equipment, an installation
crew fits the system, a commissioning visit (调试验收) tests it (some fail: refrigerant leaks, pressure tests, and
need a return visit), the final installation fee is paid at sign-off, the customer gets a follow-up survey, may buy
an annual maintenance plan (基础保养 Basic Care / 全保无忧 Total Care) with two service visits a year, and calls us
for emergency repairs (no cooling / no heating / leaks), sometimes needing spare parts.
Some households only ever come to us for repairs of equipment someone else installed.
Data 2025-01-01 .. 2026-06-30 (the CRM extract was taken at the end of June 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topics of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261231
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_PROSPECT, N_LEGACY, N_REPAIR_ONLY = 4200, 1300, 700
HEATWAVE = (datetime(2025, 7, 10), datetime(2025, 8, 21))          # AC breakdowns, crews overloaded
COLD_SNAP = (datetime(2025, 12, 15), datetime(2026, 1, 26))         # WarmCube boilers fail to ignite
HZ_SLOW_QUOTES = (datetime(2025, 4, 1), datetime(2025, 10, 1))      # Hangzhou design team short of staff
NEW_CREW_FROM = datetime(2026, 3, 1)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_enquiry", "咨询", "Enquiry", "awareness", "other", "digital", "sales",
     "咨询|问价|留资|线索|展厅|到店咨询|400电话|在线咨询|enquiry|inquiry|lead|first contact|showroom visit"),
    ("tp_survey_book", "预约勘测", "Survey booked", "consideration", "phone", "digital", "sales",
     "预约勘测|约勘测|约上门|预约量房|book survey|survey booking|site visit booked"),
    ("tp_survey", "上门勘测", "Home survey", "consideration", "other", "physical", "design",
     "勘测|量房|上门测量|现场勘查|home survey|site survey|measurement|site visit"),
    ("tp_quote", "方案报价", "Design & quote", "consideration", "other", "digital", "design",
     "报价|方案|设计方案|出图|报价单|quote|quotation|proposal|design"),
    ("tp_contract", "签约下单", "Contract signed", "purchase", "store", "physical", "sales",
     "签约|签合同|下单|付设备款|成交|contract|signed|deal|order placed|deposit"),
    ("tp_cancel", "取消订单", "Order cancelled", "service", "phone", "digital", "sales",
     "取消|退单|不装了|cancel|cancellation|cancelled order"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|退货|refund|money back|return"),
    ("tp_install", "安装施工", "Installation", "service", "other", "physical", "install_ops",
     "安装|施工|进场|打孔|布管|安装队|install|installation|fitting|crew on site"),
    ("tp_commission", "调试验收", "Commissioning", "service", "other", "physical", "install_ops",
     "调试|验收|试机|打压|保压测试|commissioning|sign-off|acceptance test|pressure test"),
    ("tp_rate", "安装回访", "Post-install survey", "loyalty", "phone", "digital", "customer_care",
     "回访|满意度回访|评价|打分|follow-up call|satisfaction survey|rating"),
    ("tp_plan", "购买保养计划", "Maintenance plan bought", "loyalty", "phone", "digital", "customer_care",
     "保养计划|年保|维保合同|保养套餐|续保|maintenance plan|service plan|care plan|renewal"),
    ("tp_maint", "保养上门", "Maintenance visit", "service", "other", "physical", "service_ops",
     "保养|年检|清洗|换滤网|维护上门|maintenance visit|servicing|annual service|filter change"),
    ("tp_repair_call", "报修", "Repair call", "service", "phone", "digital", "service_ops",
     "报修|故障|坏了|不制冷|不制热|急修|repair call|breakdown|call-out|emergency repair"),
    ("tp_dispatch", "派单", "Job dispatched", "service", "other", "digital", "service_ops",
     "派单|派工|安排师傅|dispatch|job assigned"),
    ("tp_onsite", "师傅上门", "Technician on site", "service", "other", "physical", "service_ops",
     "上门|师傅到了|到场|technician arrived|on site|visit"),
    ("tp_parts", "配件订购", "Parts ordered", "purchase", "other", "digital", "parts",
     "配件|备件|换件|订配件|滤网|parts|spare parts|replacement part|filter"),
    ("tp_fixed", "维修完成", "Repair completed", "service", "other", "physical", "service_ops",
     "修好|维修完成|完工|repaired|fixed|job closed"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("sales", "新装成交", "New install sale", ["tp_enquiry", "tp_survey_book", "tp_survey", "tp_quote", "tp_contract"], 30),
    ("delivery", "安装交付", "Install delivery", ["tp_contract", "tp_install", "tp_commission"], 60),
    ("repair", "报修维修", "Repair", ["tp_repair_call", "tp_dispatch", "tp_onsite", "tp_fixed"], 14),
    ("care", "保养计划转化", "Maintenance plan uptake", ["tp_commission", "tp_plan"], 90),
]
CITIES = {  # en: zh, weight, english-speaking share
    "Shanghai": ("上海", 0.36, 0.20), "Hangzhou": ("杭州", 0.20, 0.06), "Suzhou": ("苏州", 0.18, 0.10),
    "Nanjing": ("南京", 0.15, 0.04), "Wuxi": ("无锡", 0.11, 0.04),
}
CHANNELS = {  # en: zh, weight, p(survey booked), p(contract | quote), p(cancel)
    "online_ad": ("信息流广告", 0.33, 0.36, 0.40, 0.08), "phone": ("400热线", 0.13, 0.62, 0.52, 0.04),
    "showroom": ("展厅到访", 0.20, 0.80, 0.64, 0.03), "referral": ("老客推荐", 0.14, 0.82, 0.72, 0.02),
    "developer_partner": ("楼盘合作", 0.20, 0.70, 0.56, 0.04),
}
HOMES = {  # en: zh, weight, area range, p(plan within 90 d), p(total care | plan)
    "apartment": ("平层", 0.62, (70, 150), 0.20, 0.25), "duplex": ("复式", 0.16, (130, 220), 0.30, 0.35),
    "townhouse": ("联排别墅", 0.15, (180, 300), 0.42, 0.45), "villa": ("独栋别墅", 0.07, (280, 600), 0.78, 0.65),
}
LINES = {  # en: zh, weight, monthly enquiry seasonality, equipment CNY/sqm, install CNY/sqm, min equipment
    "central_ac": ("中央空调", 0.42, [0.5, 0.5, 0.9, 1.3, 1.6, 1.6, 1.2, 1.0, 0.8, 0.7, 0.5, 0.5], 280, 80, 26000),
    "floor_heating": ("地暖", 0.25, [0.6, 0.5, 0.5, 0.5, 0.5, 0.6, 0.8, 1.0, 1.5, 1.8, 1.6, 1.0], 170, 70, 18000),
    "fresh_air": ("新风系统", 0.18, [0.8, 0.8, 1.2, 1.1, 1.0, 0.9, 0.8, 0.8, 1.0, 1.1, 1.2, 1.0], 95, 40, 9000),
    "duo_heatpump": ("空调地暖二联供", 0.15, [0.8, 0.7, 0.9, 1.0, 1.1, 1.1, 1.0, 1.0, 1.1, 1.1, 1.0, 0.9], 420, 110, 52000),
}
BRANDS = {  # line: [(zh, en, weight, price factor)]
    "central_ac": [("凌风", "LingFeng", 0.45, 1.0), ("海川", "HaiChuan", 0.35, 0.9), ("极地", "Polaris", 0.20, 1.25)],
    "floor_heating": [("暖立方", "WarmCube", 0.55, 0.95), ("北辰", "Beichen", 0.45, 1.1)],
    "fresh_air": [("清源", "QingYuan", 0.50, 0.9), ("森息", "ForestBreath", 0.50, 1.1)],
    "duo_heatpump": [("海川", "HaiChuan", 0.50, 1.0), ("暖立方", "WarmCube", 0.50, 0.95)],
}
CREWS = {  # id: zh, en, cities (weights), commissioning failure rate, type
    "C01": ("上海一队", "Shanghai Crew 1", {"Shanghai": 0.36}, 0.06, "in_house"),
    "C02": ("上海二队", "Shanghai Crew 2", {"Shanghai": 0.34}, 0.07, "in_house"),
    "C05": ("顺达安装(外包)", "Shunda Installs (subcontractor)", {"Shanghai": 0.30, "Suzhou": 0.35}, 0.31,
            "subcontractor"),
    "C08": ("上海三队(新组建)", "Shanghai Crew 3 (new)", {"Shanghai": 0.30}, 0.52, "in_house"),
    "C03": ("杭州一队", "Hangzhou Crew 1", {"Hangzhou": 0.55}, 0.05, "in_house"),
    "C06": ("杭州二队", "Hangzhou Crew 2", {"Hangzhou": 0.45}, 0.08, "in_house"),
    "C04": ("苏州一队", "Suzhou Crew 1", {"Suzhou": 0.65, "Wuxi": 0.45}, 0.06, "in_house"),
    "C07": ("南京一队", "Nanjing Crew 1", {"Nanjing": 1.0, "Wuxi": 0.55}, 0.07, "in_house"),
}
FAULTS = {  # line: [(en, zh, weight, emergency)]
    "central_ac": [("no_cooling", "不制冷", 0.40, True), ("water_leak", "漏水", 0.20, True),
                   ("error_code", "报故障代码", 0.25, False), ("noise", "异响", 0.15, False)],
    "floor_heating": [("no_heating", "不热", 0.40, True), ("water_leak", "漏水", 0.20, True),
                      ("boiler_ignition", "壁挂炉点火故障", 0.25, True), ("pressure_drop", "水压低", 0.15, False)],
    "fresh_air": [("low_airflow", "风量小", 0.35, False), ("filter_due", "滤网报警", 0.40, False),
                  ("noise", "异响", 0.25, False)],
    "duo_heatpump": [("no_cooling", "不制冷", 0.25, True), ("no_heating", "不热", 0.25, True),
                     ("water_leak", "漏水", 0.20, True), ("error_code", "报故障代码", 0.30, False)],
}
PARTS = {  # fault: [(zh, en, price)]
    "no_cooling": [("电子膨胀阀", "expansion valve", 680), ("冷媒补充", "refrigerant top-up", 450),
                   ("室外风机电机", "outdoor fan motor", 850)],
    "water_leak": [("排水泵", "drain pump", 320), ("分集水器阀门", "manifold valve", 300)],
    "error_code": [("主控板", "control board", 1200), ("温度传感器", "temperature sensor", 180)],
    "noise": [("风机电机", "fan motor", 880)],
    "no_heating": [("循环水泵", "circulation pump", 780), ("温控面板", "thermostat", 420)],
    "boiler_ignition": [("点火针", "ignition electrode", 260), ("燃气比例阀", "gas valve", 690)],
    "pressure_drop": [("补水阀", "fill valve", 150)],
    "low_airflow": [("风机电机", "fan motor", 880), ("F7中效滤网", "F7 fresh-air filter", 380)],
    "filter_due": [("F7中效滤网", "F7 fresh-air filter", 380), ("HEPA高效滤网", "HEPA filter", 520)],
}
PLANS = {"basic_care": ("基础保养", 680), "total_care": ("全保无忧", 1880)}
ORDER_ZH = {"equipment": "设备款", "installation": "安装调试费", "maintenance_plan": "保养计划",
            "repair": "维修费", "parts": "配件费"}

TXT = {  # topic: ([zh], [en]) -- every sentence carries one of gold.py's markers of its topic and no other's
    "slow_response": (["报修后等了两天师傅才上门，家里根本待不住", "等了一整天都没人来", "打了三次电话还是迟迟没人上门",
                       "等了三十多个小时才排到师傅"],
                      ["We waited almost two days for a technician in this heat", "Called three times and nobody came "
                       "until the next evening", "Waited 30+ hours for someone to show up"]),
    "rework": (["调试没通过，又返工了一次", "装完发现冷媒泄漏，师傅又来补焊", "返工两次才验收", "打压测试调试没通过，耽误了入住"],
               ["Failed commissioning the first time, they had to come back for rework",
                "There was a refrigerant leak after the install and it took another visit",
                "Needed rework before sign-off, annoying"]),
    "noise": (["新风机噪音太大，晚上睡不着", "新风主机声音很大，卧室都能听到", "风机一直嗡嗡响"],
              ["The fresh-air unit is really noisy at night", "Constant humming from the ventilation unit",
               "Noise from the ventilation system is too loud in the bedroom"]),
    "mess": (["施工完垃圾没清理", "打孔弄得全屋都是灰尘", "走的时候留了一地管材边角料"],
             ["The crew left a mess after drilling", "Dust everywhere, they didn't cover the furniture",
              "Pipe offcuts and debris left on the floor"]),
    "pricey": (["报价太高了，比别家贵了快两万", "方案不错就是太贵", "同样的机器比别家贵"],
               ["The quote was way too expensive compared with others", "Good system but overpriced",
                "Quite pricey for a three-bedroom flat"]),
    "quote_slow": (["勘测完报价拖了一个多星期", "方案迟迟不出来，催了好几次报价", "报价拖了十天才发过来"],
                   ["The quote took over a week after the survey", "Had to chase the quote several times",
                    "Ten days after the survey and still no quote"]),
    "boiler": (["壁挂炉点不着火，地暖不热", "降温那几天壁挂炉老是熄火报故障", "壁挂炉打不着，家里冷得要命"],
               ["The boiler won't ignite and the floors are cold", "The boiler keeps cutting out with an ignition error"]),
    "wrong_part": (["寄来的滤网尺寸不对，只能退掉", "配件发错了，又要等", "换的滤网尺寸不对装不上"],
                   ["They sent the wrong filter and I had to return it", "The replacement filter was the wrong size",
                    "Wrong part delivered, more waiting"]),
    "pro_crew": (["安装师傅很专业，走线很整齐", "师傅手艺好，讲解也耐心", "师傅很专业，干活利索"],
                 ["Very professional crew, neat pipework", "Skilled technician, explained everything",
                  "Professional and quick, no complaints"]),
    "comfort": (["用了一个冬天，家里很舒服", "温度很均匀，没有吹风感", "装完家里很舒服，空气也好"],
                ["The house is so comfortable now", "Nice even temperature in every room",
                 "Really comfortable, no draughts at all"]),
    "survey_good": (["勘测很仔细，每个房间都量了", "设计师勘测很仔细，建议也中肯"],
                    ["Very thorough survey, they measured every room", "The designer did a thorough survey"]),
}
GEN = {"neg": (["体验很差", "很失望"], ["Really disappointed", "Poor experience overall"]),
       "pos": (["整体满意", "推荐给朋友了"], ["Overall satisfied", "Would recommend"]),
       "neu": (["还行吧", "客服态度挺好", "一般般"], ["It's fine", "Customer service was polite", "Average"])}
NEG = {"slow_response", "rework", "noise", "mess", "pricey", "quote_slow", "boiler", "wrong_part"}
TOPIC_TP = [("rework", "tp_commission"), ("noise", "tp_commission"), ("slow_response", "tp_onsite"),
            ("boiler", "tp_repair_call"), ("wrong_part", "tp_parts"), ("mess", "tp_install"),
            ("quote_slow", "tp_quote"), ("pricey", "tp_quote"), ("survey_good", "tp_survey"),
            ("pro_crew", "tp_install"), ("comfort", "tp_rate")]


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def at_hour(d: datetime, lo=9.0, hi=18.0) -> datetime:
    return datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(lo, hi)))


def lognorm_days(median, sigma=0.5):
    return float(median * np.exp(rng.normal(0, sigma)))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_job = self.n_tk = self.n_mt = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, common=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=None, channel=None)
        row.update(city=c["city"], 城市=CITIES[c["city"]][0], product_line=c["line"], 产品线=LINES[c["line"]][0])
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, ref, status="paid", refunded_at=None, channel="offline", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"ORD{self.n_ord:06d}", customer_id=c["id"], ts=ts(t), amount=round(float(amount), 2),
                   status=status, channel=channel, device=None, order_type=otype, 订单类型=ORDER_ZH[otype],
                   ref_id=ref, product_line=c["line"], 产品线=LINES[c["line"]][0], city=c["city"],
                   城市=CITIES[c["city"]][0], brand=c.get("brand_zh"), brand_en=c.get("brand_en"),
                   refunded_at=ts(refunded_at) if refunded_at else None, currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, undated=False, ref=None, crew=None,
           gen=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if set(topics) & NEG else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        cr = CREWS.get(crew) if crew else None
        self.feedback.append(dict(
            feedback_id=fid, text=text, ts=None if undated else ts(t), customer_id=c["id"], touchpoint_id=tp,
            channel=channel, rating=rating, nps=nps, language=lang, ref_id=ref, city=c["city"],
            城市=CITIES[c["city"]][0], product_line=c["line"], 产品线=LINES[c["line"]][0], brand=c.get("brand_zh"),
            brand_en=c.get("brand_en"), crew_id=crew, crew=cr[0] if cr else None, crew_en=cr[1] if cr else None))
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics))))

    # ---------- customers ----------
    def new_customer(self, i, t, repair_only=False):
        city = pick(list(CITIES), [v[1] for v in CITIES.values()])
        ch = "phone" if repair_only and rng.random() < 0.6 else pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
        home = pick(list(HOMES), [v[1] for v in HOMES.values()])
        line = pick(list(LINES), [v[1] for v in LINES.values()])
        lo, hi = HOMES[home][2]
        return dict(id=f"CU{i:05d}", signup=t, city=city, channel=ch, home=home, line=line,
                    area=int(rng.integers(lo, hi + 1)), repair_only=repair_only,
                    status=("renovation" if repair_only or rng.random() < 0.35 else "new_build"),
                    en_share=CITIES[city][2], lang_en=False, plans=[], contracted=False,
                    installed_at=None, quoted=False, legacy=False)

    def customers(self):
        # prospects: enquiry dates follow the product line's season and ~35 % growth in 2026
        days = [START + D(days=k) for k in range((END - START).days + 1)]
        growth = np.array([1.0 if d.year == 2025 else 1.35 for d in days])
        self.cust = []
        lines = [pick(list(LINES), [v[1] for v in LINES.values()]) for _ in range(N_PROSPECT)]
        for i in range(N_PROSPECT):
            w = growth * np.array([LINES[lines[i]][2][d.month - 1] for d in days])
            d = days[int(rng.choice(len(days), p=w / w.sum()))]
            c = self.new_customer(i + 1, at_hour(d, 8.5, 22.0))
            c["line"] = lines[i]
            self.cust.append(c)
        for j in range(N_REPAIR_ONLY):
            d = days[int(rng.integers(len(days)))]
            self.cust.append(self.new_customer(N_PROSPECT + j + 1, at_hour(d, 7.0, 22.0), repair_only=True))
        for j in range(N_LEGACY):   # installed by us before the CRM extract starts (2022-2024)
            d = datetime(2022, 3, 1) + D(days=float(rng.uniform(0, 1000)))
            c = self.new_customer(N_PROSPECT + N_REPAIR_ONLY + j + 1, at_hour(d, 8.5, 21.0))
            c["legacy"], c["installed_at"], c["contracted"], c["quoted"] = True, d + D(days=float(rng.uniform(25, 60))), True, True
            c["installed_at"] = min(c["installed_at"], datetime(2024, 12, 28))
            self.cust.append(c)
        self.cust.sort(key=lambda c: c["signup"])
        for k, c in enumerate(self.cust):
            c["id"] = f"CU{k + 1:05d}"
            c["lang_en"] = rng.random() < c["en_share"]
            brands = BRANDS[c["line"]]
            b = pick(brands, [x[2] for x in brands])
            c["brand_zh"], c["brand_en"], c["brand_f"] = b[0], b[1], b[3]

    # ---------- sales + delivery ----------
    def sale(self, c):
        t0 = c["signup"]
        chn = CHANNELS[c["channel"]]
        enq_ch = {"online_ad": "web", "phone": "phone", "showroom": "store", "referral": "phone",
                  "developer_partner": "store"}[c["channel"]]
        if c["channel"] in ("online_ad", "referral") and rng.random() < 0.35:
            enq_ch = "mini_program"
        dev = pick(["pc", "ios", "android"], [0.4, 0.3, 0.3]) if enq_ch == "web" else (
            pick(["ios", "android"], [0.5, 0.5]) if enq_ch == "mini_program" else None)
        self.ev(c, t0, "tp_enquiry", None, "enquire", channel=enq_ch, device=dev, source=c["channel"],
                获客渠道=chn[0])
        if rng.random() > chn[2]:
            return
        self.n_job += 1
        job = f"JB{self.n_job:05d}"
        com = dict(brand=c["brand_zh"], brand_en=c["brand_en"], home_type=c["home"], 户型=HOMES[c["home"]][0])
        t1 = t0 + D(hours=float(rng.uniform(0.5, 72)))
        self.ev(c, t1, "tp_survey_book", job, "book", com, channel="phone")
        if rng.random() > 0.91:
            return
        t2 = at_hour(t1 + D(days=float(rng.uniform(1, 6))))
        eng = f"E{int(rng.integers(1, 13)):02d}"
        self.ev(c, t2, "tp_survey", job, "surveyed", com, channel="onsite", engineer_id=eng,
                floor_area_sqm=c["area"])
        if rng.random() > 0.95:
            return
        slow = c["city"] == "Hangzhou" and HZ_SLOW_QUOTES[0] <= t2 < HZ_SLOW_QUOTES[1]
        t3 = at_hour(t2 + D(days=lognorm_days(7.0 if slow else 1.8, 0.35)), 10, 21)
        lf = LINES[c["line"]]
        equip = max(lf[5], lf[3] * c["area"]) * c["brand_f"] * float(rng.uniform(0.92, 1.08))
        inst = lf[4] * c["area"] * float(rng.uniform(0.9, 1.1))
        quote = round(equip + inst, -2)
        if not self.ev(c, t3, "tp_quote", job, "quote_sent", com, channel="email", quote_amount=quote):
            return
        c["quoted"] = True
        p = chn[3] * (0.6 if slow else 1.0) * (1.1 if c["home"] in ("villa", "townhouse") else 1.0)
        if rng.random() > p:
            return
        t4 = at_hour(t3 + D(days=1 + float(rng.exponential(5.0))), 10, 20)
        if not self.ev(c, t4, "tp_contract", job, "signed", com, channel="store", quote_amount=quote):
            return
        c["contracted"] = True
        if rng.random() < chn[4]:
            t5 = at_hour(t4 + D(days=float(rng.uniform(1, 12))))
            t6 = t5 + D(days=float(rng.uniform(1, 5)))
            ok = t6 <= END
            self.order(c, t4, round(equip, -1), "equipment", job, status="refunded" if ok else "paid",
                       refunded_at=t6 if ok else None)
            self.ev(c, t5, "tp_cancel", job, "cancel", com, channel="phone", reason="changed_mind")
            self.ev(c, t6, "tp_refund", job, "refunded", com, refund_amount=round(equip, -1), refund_type="equipment")
            c["contracted"] = False
            return
        self.order(c, t4, round(equip, -1), "equipment", job, channel="store")
        # installation
        med = {"central_ac": 11, "floor_heating": 17, "fresh_air": 8, "duo_heatpump": 15}[c["line"]]
        t_inst = at_hour(t4 + D(days=lognorm_days(med, 0.4)), 8, 10)
        crews = [k for k, v in CREWS.items() if c["city"] in v[2] and (k != "C08" or t_inst >= NEW_CREW_FROM)]
        crew = pick(crews, [CREWS[k][2][c["city"]] for k in crews])
        cr = CREWS[crew]
        com.update(crew_id=crew, crew=cr[0], crew_en=cr[1], crew_type=cr[4])
        if not self.ev(c, t_inst, "tp_install", job, "start", com, channel="onsite"):
            return
        c["crew"] = crew
        dur = {"central_ac": (2, 4), "floor_heating": (4, 7), "fresh_air": (1, 2), "duo_heatpump": (4, 6)}[c["line"]]
        t = at_hour(t_inst + D(days=int(rng.integers(dur[0], dur[1] + 1))), 13, 18)
        fails = 0
        while True:
            fail = rng.random() < (cr[3] if fails == 0 else 0.15)
            if not self.ev(c, t, "tp_commission", job, "fail" if fail else "pass", com, channel="onsite",
                           result="fail" if fail else "pass", 验收结果="不通过" if fail else "通过",
                           attempt=fails + 1, fail_reason=(pick(["refrigerant_leak", "pressure_test", "wiring"],
                                                                [0.55, 0.3, 0.15]) if fail else None)):
                return
            if not fail:
                break
            fails += 1
            t = at_hour(t + D(days=float(rng.uniform(2, 7))), 9, 18)
        c["installed_at"] = t
        c["fails"] = fails
        self.order(c, t, round(inst, -1), "installation", job, channel="offline", crew_id=crew)
        # post-install survey (phone follow-up, rated, with NPS)
        if rng.random() < 0.56:
            tr = at_hour(t + D(days=float(rng.uniform(1, 6))), 10, 20)
            topics = []
            if fails and rng.random() < 0.85:
                topics.append("rework")
            if c["line"] == "fresh_air" and rng.random() < (0.42 if c["brand_en"] == "QingYuan" else 0.04):
                topics.append("noise")
            if rng.random() < (0.26 if crew == "C05" else 0.07):
                topics.append("mess")
            if rng.random() < 0.07:
                topics.append("pricey")
            if not topics:
                if rng.random() < 0.45:
                    topics.append("pro_crew")
                if rng.random() < 0.3:
                    topics.append("comfort")
            r = 4.6 - 2.0 * ("rework" in topics) - 1.5 * ("noise" in topics) - 1.0 * ("mess" in topics) \
                - 0.5 * ("pricey" in topics) + rng.normal(0, 0.55)
            r = int(np.clip(round(r), 1, 5))
            nps = int(np.clip(round(2 * r - 0.6 + rng.normal(0, 1.1)), 0, 10))
            if self.ev(c, tr, "tp_rate", job, "survey_done", com, channel="phone", stars=r):
                self.fb(c, tr, topics, "install_survey", rating=r, nps=nps, ref=job, crew=crew)
        if rng.random() < 0.09:   # Dianping review
            tr = at_hour(t + D(days=float(rng.uniform(3, 60))), 8, 23)
            topics = []
            if rng.random() < 0.3:
                topics.append("survey_good")
            if rng.random() < 0.25:
                topics.append("pricey")
            if slow and rng.random() < 0.6:
                topics.append("quote_slow")
            if fails and rng.random() < 0.5:
                topics.append("rework")
            if not (set(topics) & NEG) and rng.random() < 0.4:
                topics.append("pro_crew")
            r = 4.4 - 1.0 * ("pricey" in topics) - 1.2 * ("quote_slow" in topics) - 1.8 * ("rework" in topics) \
                + rng.normal(0, 0.6)
            self.fb(c, tr, topics, "dianping", rating=int(np.clip(round(r), 1, 5)), undated=rng.random() < 0.15,
                    ref=job, crew=crew)
        if slow and rng.random() < 0.25:
            self.fb(c, at_hour(t3, 9, 20), ["quote_slow"], "call_note", undated=rng.random() < 0.4, ref=job)
        if fails and rng.random() < 0.22:
            self.fb(c, at_hour(c["installed_at"] - D(days=1), 9, 20), ["rework"], "call_note",
                    undated=rng.random() < 0.4, ref=job, crew=crew)
        # maintenance plan
        hp = HOMES[c["home"]]
        if rng.random() < hp[3]:
            tp_ = at_hour(t + D(days=float(rng.uniform(3, 88) if rng.random() < 0.9 else rng.uniform(95, 200))),
                          10, 20)
            self.plan(c, tp_, "total_care" if rng.random() < hp[4] else "basic_care", job)

    def planned(self, c, t):
        for a, b, kind in c["plans"]:
            if a <= t <= b:
                return kind
        return None

    def legacy_plan(self, c):
        hp = HOMES[c["home"]]
        if rng.random() > hp[3] * 1.2:
            return
        kind = "total_care" if rng.random() < hp[4] else "basic_care"
        price = PLANS[kind][1] * (1.3 if c["line"] == "duo_heatpump" else 1.0)
        start = c["installed_at"] + D(days=float(rng.uniform(5, 80)))
        while start + D(days=345) < START:
            start += D(days=365)
        pid = f"MP{self.n_mt + 1:05d}"
        self.n_mt += 1
        c["plans"].append((start, start + D(days=365), kind))
        t = start
        while True:
            for k in (1, 2):
                tv = at_hour(t + D(days=float(182 * k + rng.uniform(-12, 12))))
                if tv >= START:
                    self.ev(c, tv, "tp_maint", pid, "serviced", channel="onsite", plan_type=kind,
                            保养计划=PLANS[kind][0])
            tr = at_hour(t + D(days=float(365 + rng.uniform(-20, 5))), 10, 20)
            if tr > END or rng.random() > 0.72:
                return
            self.ev(c, tr, "tp_plan", pid, "renew", channel="phone", plan_type=kind, 保养计划=PLANS[kind][0],
                    amount=price)
            self.order(c, tr, price, "maintenance_plan", pid, plan_type=kind, 保养计划=PLANS[kind][0])
            c["plans"].append((tr, tr + D(days=365), kind))
            t = tr

    def plan(self, c, t, kind, ref):
        if t > END:
            return
        price = PLANS[kind][1] * (1.3 if c["line"] == "duo_heatpump" else 1.0)
        self.n_mt += 1
        pid = f"MP{self.n_mt:05d}"
        refund = rng.random() < 0.03
        self.ev(c, t, "tp_plan", pid, "buy", channel="phone", plan_type=kind, 保养计划=PLANS[kind][0],
                amount=price)
        rt = t + D(days=float(rng.uniform(3, 10)))
        if refund and rt <= END:
            self.order(c, t, price, "maintenance_plan", pid, status="refunded", refunded_at=rt, plan_type=kind,
                       保养计划=PLANS[kind][0])
            self.ev(c, rt, "tp_refund", pid, "refunded", refund_amount=price, refund_type="maintenance_plan")
            return
        self.order(c, t, price, "maintenance_plan", pid, plan_type=kind, 保养计划=PLANS[kind][0])
        c["plans"].append((t, t + D(days=365), kind))
        for k in (1, 2):
            tv = at_hour(t + D(days=float(182 * k + rng.uniform(-12, 12))))
            self.ev(c, tv, "tp_maint", pid, "serviced", channel="onsite", plan_type=kind,
                    保养计划=PLANS[kind][0])
        tr = at_hour(t + D(days=float(365 + rng.uniform(-20, 5))), 10, 20)
        if tr <= END and rng.random() < 0.7:
            self.ev(c, tr, "tp_plan", pid, "renew", channel="phone", plan_type=kind, 保养计划=PLANS[kind][0],
                    amount=price)
            self.order(c, tr, price, "maintenance_plan", pid, plan_type=kind, 保养计划=PLANS[kind][0])
            c["plans"].append((tr, tr + D(days=365), kind))

    # ---------- repairs ----------
    def intensity(self, c, d: datetime) -> float:
        m = d.month
        if c["line"] in ("central_ac", "duo_heatpump"):
            x = {6: 1.6, 7: 2.6, 8: 2.6, 9: 1.3}.get(m, 0.7)
            if HEATWAVE[0] <= d < HEATWAVE[1]:
                x *= 2.4
        else:
            x = 1.0
        if c["line"] in ("floor_heating", "duo_heatpump"):
            x += {11: 1.0, 12: 2.0, 1: 2.0, 2: 1.0}.get(m, 0.0) * (1.0 if c["line"] == "floor_heating" else 0.5)
            if c["brand_en"] == "WarmCube" and COLD_SNAP[0] <= d < COLD_SNAP[1]:
                x += 4.5
        return x

    def repairs(self, c):
        if c["repair_only"]:
            t0, rate = c["signup"], 0.9
            first = [c["signup"]]
        elif c["installed_at"] is not None:
            t0, rate = max(START, c["installed_at"] + D(days=20)), (0.55 if c["legacy"] else 0.42)
            first = []
        else:
            return
        if t0 >= END:
            for t in first:
                self.repair(c, t)
            return
        span = (END - t0).days / 365.0
        cand = []
        n = rng.poisson(rate * span * 8.0)
        for _ in range(n):
            d = t0 + D(days=float(rng.uniform(0, (END - t0).days)))
            if rng.random() < self.intensity(c, d) / 8.0:
                cand.append(d)
        if c["repair_only"]:
            cand = [x for x in cand if x > c["signup"] + D(days=30)]
        for t in sorted(first + cand):
            self.repair(c, at_hour(t, 7.0, 22.5) if t not in first else t)

    def repair(self, c, t):
        planned = self.planned(c, t)
        if planned and rng.random() < 0.5:   # plan members break down less
            return
        self.n_tk += 1
        tk = f"RP{self.n_tk:05d}"
        faults = FAULTS[c["line"]]
        f = pick(faults, [x[2] for x in faults])
        if c["brand_en"] == "WarmCube" and COLD_SNAP[0] <= t < COLD_SNAP[1] and c["line"] != "fresh_air":
            f = ("boiler_ignition", "壁挂炉点火故障", 0, True) if rng.random() < 0.8 else f
        if f[0] == "boiler_ignition" and c["line"] == "duo_heatpump":
            f = ("no_heating", "不热", 0, True)
        emergency = f[3]
        ch = pick(["phone", "mini_program"], [0.6, 0.4])
        dev = pick(["ios", "android"], [0.5, 0.5]) if ch == "mini_program" else None
        com = dict(fault_type=f[0], 故障类型=f[1], is_emergency=emergency, 是否紧急="是" if emergency else "否",
                   brand=c["brand_zh"], brand_en=c["brand_en"], under_plan=planned or "none")
        self.ev(c, t, "tp_repair_call", tk, "report", com, channel=ch, device=dev)
        t1 = t + D(hours=float(rng.uniform(0.1, 2.0)))
        self.ev(c, t1, "tp_dispatch", tk, "dispatched", com, channel="other",
                technician_id=f"T{int(rng.integers(1, 31)):02d}")
        if rng.random() < 0.05:
            return
        ac = c["line"] in ("central_ac", "duo_heatpump") and f[0] in ("no_cooling", "water_leak", "error_code")
        if ac and HEATWAVE[0] <= t < HEATWAVE[1]:
            med = 30.0
        elif f[0] == "boiler_ignition" and COLD_SNAP[0] <= t < COLD_SNAP[1]:
            med = 11.0
        else:
            med = 4.0 if emergency else 7.0
        if planned == "total_care":
            med *= 0.6
        resp = lognorm_days(med, 0.45)
        t2 = t + D(hours=resp)
        if not self.ev(c, t2, "tp_onsite", tk, "arrived", com, channel="onsite", response_hours=round(resp, 2),
                       needs_parts=None):
            return
        parts = rng.random() < (0.85 if f[0] == "filter_due" else (0.6 if f[0] == "boiler_ignition" else 0.28))
        self.events[-1]["needs_parts"] = bool(parts)
        refunded_part = False
        if parts:
            p = PARTS[f[0]][int(rng.integers(len(PARTS[f[0]])))]
            tp_ = t2 + D(hours=float(rng.uniform(0.3, 2)))
            self.ev(c, tp_, "tp_parts", tk, "ordered", com, channel="other", part=p[0], part_en=p[1])
            if planned != "total_care":
                wrong = rng.random() < (0.32 if "F7" in p[1] and t < datetime(2026, 1, 1) else 0.03)
                rt = tp_ + D(days=float(rng.uniform(2, 6)))
                if wrong and rt <= END:
                    self.order(c, tp_, p[2], "parts", tk, status="refunded", refunded_at=rt, part=p[0],
                               part_en=p[1])
                    self.ev(c, rt, "tp_refund", tk, "refunded", com, refund_amount=p[2], refund_type="parts")
                    refunded_part = True
                else:
                    self.order(c, tp_, p[2], "parts", tk, part=p[0], part_en=p[1])
            t3 = at_hour(t2 + D(days=lognorm_days(2.5 + 2 * refunded_part, 0.4)), 9, 19)
        else:
            t3 = t2 + D(hours=float(rng.uniform(0.7, 3)))
        if not self.ev(c, t3, "tp_fixed", tk, "fixed", com, channel="onsite"):
            return
        if planned is None:
            self.order(c, t3, 150 + 50 * int(rng.integers(2, 11)), "repair", tk)
        elif planned == "basic_care":
            self.order(c, t3, 50 * int(rng.integers(2, 9)), "repair", tk)
        # SMS survey after the repair
        if rng.random() < 0.46:
            topics = []
            if resp > 24 and rng.random() < 0.85 or 12 < resp <= 24 and rng.random() < 0.3:
                topics.append("slow_response")
            if f[0] == "boiler_ignition" and rng.random() < 0.5:
                topics.append("boiler")
            if refunded_part and rng.random() < 0.7:
                topics.append("wrong_part")
            if not topics and resp < 8 and rng.random() < 0.4:
                topics.append("pro_crew")
            r = 4.5 - 2.4 * ("slow_response" in topics) - 0.6 * ("boiler" in topics) \
                - 1.5 * ("wrong_part" in topics) + rng.normal(0, 0.5)
            self.fb(c, at_hour(t3 + D(days=float(rng.uniform(0, 2))), 9, 22), topics, "repair_survey",
                    tp="tp_fixed" if not (set(topics) & NEG) else None, rating=int(np.clip(round(r), 1, 5)), ref=tk)
        topics = []
        if resp > 24 and rng.random() < 0.35:
            topics.append("slow_response")
        if f[0] == "boiler_ignition" and rng.random() < 0.3:
            topics.append("boiler")
        if refunded_part and rng.random() < 0.5:
            topics.append("wrong_part")
        if topics:
            self.fb(c, t + D(hours=resp * 0.6 if "slow_response" in topics else 1.0), topics,
                    pick(["call_note", "wechat_work"], [0.65, 0.35]), undated=rng.random() < 0.35, ref=tk)
        if c["repair_only"] and planned is None and not c["plans"] and rng.random() < 0.1:
            self.plan(c, t3 + D(days=float(rng.uniform(1, 20))), "basic_care", tk)

    def wechat_chatter(self):
        """a few unsolicited WeChat Work messages (praise / neutral / noise)"""
        for c in self.cust:
            if c["installed_at"] is None or c["legacy"] or rng.random() > 0.06:
                continue
            t = c["installed_at"] + D(days=float(rng.uniform(10, 200)))
            topics = []
            if c["line"] == "fresh_air" and c["brand_en"] == "QingYuan" and rng.random() < 0.5:
                topics.append("noise")
            elif rng.random() < 0.5:
                topics.append("comfort")
            self.fb(c, at_hour(t, 8, 23), topics, "wechat_work", undated=rng.random() < 0.1)

    # ---------- output ----------
    def run(self, out: Path):
        self.customers()
        for c in self.cust:
            if c["legacy"]:
                self.legacy_plan(c)
            elif not c["repair_only"]:
                self.sale(c)
        for c in self.cust:
            self.repairs(c)
        self.wechat_chatter()
        # customers table (state at the end of the data)
        crow = []
        paid = {}
        for o in self.orders:
            if o["status"] == "paid":
                paid[o["customer_id"]] = paid.get(o["customer_id"], 0) + o["amount"]
        for c in self.cust:
            if c["repair_only"]:
                seg = "repair_only"
            elif c["legacy"]:
                seg = "installed_before_2025"
            elif c["installed_at"] is not None:
                seg = "new_install" if c["installed_at"] >= datetime(2026, 1, 1) else "installed"
            elif c["contracted"]:
                seg = "in_delivery"
            elif c["quoted"]:
                seg = "lost_after_quote"
            else:
                seg = "prospect"
            tier = self.planned(c, END) or "none"
            crow.append(dict(customer_id=c["id"], signup_at=ts(c["signup"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier,
                             保养等级={"none": "无", **{k: v[0] for k, v in PLANS.items()}}[tier],
                             home_type=c["home"], 户型=HOMES[c["home"]][0], floor_area_sqm=c["area"],
                             property_status=c["status"], 房屋状态="老房改造" if c["status"] == "renovation" else "新房",
                             product_line=c["line"], 产品线=LINES[c["line"]][0],
                             preferred_language="en" if c["lang_en"] else "zh",
                             lifetime_paid=round(paid.get(c["id"], 0.0), 2)))
        out.mkdir(parents=True, exist_ok=True)
        (out / "_truth").mkdir(exist_ok=True)
        tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                    owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
        js = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                   touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])]
        self.events.sort(key=lambda r: (r["ts"], r["event_id"]))
        dup = [self.events[int(k)] for k in rng.choice(len(self.events), size=18, replace=False)]
        events = self.events + [dict(r) for r in dup]          # the CRM re-sent a few rows
        self.orders.sort(key=lambda r: r["ts"])
        self.feedback.sort(key=lambda r: r["feedback_id"])
        write(out / "touchpoints.csv", tps)
        write(out / "journeys.csv", js)
        write(out / "customers.csv", crow)
        write(out / "events.csv", events)
        write(out / "orders.csv", self.orders)
        write(out / "feedback.csv", self.feedback)
        write(out / "_truth" / "feedback_truth.csv", self.truth)
        print({k: len(v) for k, v in dict(customers=crow, events=events, orders=self.orders,
                                          feedback=self.feedback).items()})


def write(path: Path, rows):
    cols = []
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


if __name__ == "__main__":
    Gen().run(Path(sys.argv[1]))
