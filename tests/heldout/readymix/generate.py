"""磐石商砼 RockBase Ready-Mix: a ready-mix concrete supplier (商品混凝土, 商砼) with four batching plants (搅拌站) around
Hefei and Wuhu, Anhui, selling to construction contractors: general contractors (总包), subcontractors (分包), municipal
road & bridge contractors (市政路桥), pile-foundation companies (桩基) and rural homeowners building their own house
(自建房).

A contractor asks for a price for a project (询价), gets a quotation (报价), for structural grades the lab makes a trial
mix of the mix design (试配, may fail and be redone), and when it wins the job it books pours (下单/报计划, usually the
day before). On the pour day the plant dispatches mixer trucks (罐车发车), each truck arrives on site and is checked
(到场验收: slump test 坍落度; a bad load is rejected 退车 and replaced), the pour is completed and signed off (浇筑完成,
by pump truck 泵车, chute 自卸 or crane bucket 塔吊吊斗), cube samples are crushed at 28 days (28天强度检测), the plant
invoices (开票) and the customer pays (回款) on its credit terms. Pours get cancelled (rain, site not ready), customers
complain (late trucks, slump, drivers adding water, low strength, invoice delays, short-delivered volume, pump
blockages), customer service calls back after pours (回访, 1-5 stars), customers answer a half-yearly survey (NPS) and
vent in project WeChat groups; sales reps note why quotes were lost.

Data 2025-01-01 .. 2026-07-31 (the extract was taken in early August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics per comment; not a DATA.md table).
Deterministic (seed 20261207), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
N_CUST = 1450
PRE = datetime(2023, 6, 1)                                   # accounts already with us before the extract
WUHU_OPEN = datetime(2025, 10, 8)
FLYASH = (datetime(2025, 10, 15), datetime(2026, 1, 21))     # Beicheng plant: bad fly-ash lot, low early strength
METRO = (datetime(2026, 3, 1), datetime(2026, 6, 1))        # Binhu: metro works on the main haul road
HEAT = (datetime(2025, 7, 1), datetime(2025, 9, 1))         # summer 2025 heat: slump loss (fixed with retarder in 2026)
FESTIVALS = [(datetime(2025, 1, 22), datetime(2025, 2, 9)), (datetime(2026, 2, 8), datetime(2026, 2, 26))]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_inquiry", "询价", "Quote request", "consideration", "phone", "digital", "sales",
     "询价|问价|报个价|项目询价|inquiry|enquiry|quote request|RFQ|price request"),
    ("tp_quote", "报价", "Quotation sent", "consideration", "email", "digital", "sales",
     "报价|报价单|出报价|quotation|quote|price offer|bid"),
    ("tp_trial_mix", "试配", "Trial mix", "consideration", "other", "physical", "lab",
     "试配|配合比|试拌|配比验证|trial mix|mix design|trial batch"),
    ("tp_order", "下单报计划", "Pour order placed", "purchase", "phone", "digital", "dispatch",
     "下单|报计划|要货|订单|浇筑计划|order|pour order|booking|pour booking"),
    ("tp_cancel", "取消浇筑", "Pour cancelled", "purchase", "phone", "digital", "dispatch",
     "取消|改期|下雨取消|停浇|cancel|cancelled pour|postponed|rained off"),
    ("tp_dispatch", "罐车发车", "Truck dispatched", "service", "other", "physical", "dispatch",
     "发车|出站|派车|罐车出发|调度|dispatch|truck left|batched|dispatcher"),
    ("tp_arrive", "到场验收", "Truck arrival & slump check", "service", "other", "physical", "logistics",
     "到场|到工地|进场|坍落度检测|验收|退车|压车|arrival|on site|slump test|rejected load|late truck"),
    ("tp_pour", "浇筑完成", "Pour completed", "service", "other", "physical", "site_service",
     "浇筑|打灰|卸料|泵送|签收|方量|pour|placing|pumping|sign-off|delivered volume"),
    ("tp_strength_test", "28天强度检测", "28-day strength test", "service", "other", "physical", "quality",
     "试块|强度|回弹|28天|抗压|压试块|cube test|strength test|compressive strength|28-day"),
    ("tp_invoice", "开票", "Invoice issued", "service", "email", "digital", "finance",
     "开票|发票|对账|结算单|invoice|billing|statement"),
    ("tp_payment", "回款", "Payment received", "purchase", "other", "digital", "finance",
     "回款|付款|收款|打款|承兑|货款|payment|paid|remittance|collection|receivables"),
    ("tp_complaint", "客户投诉", "Complaint filed", "service", "phone", "digital", "customer_service",
     "投诉|质量问题|反映问题|售后|complaint|claim|issue raised"),
    ("tp_complaint_closed", "投诉结案", "Complaint closed", "service", "phone", "digital", "customer_service",
     "结案|处理完毕|折让|赔偿|complaint closed|resolved|credit note|settled"),
    ("tp_review", "回访评价", "Follow-up call & rating", "loyalty", "phone", "digital", "customer_service",
     "回访|满意度|打分|评价|follow-up call|rating|CSAT|satisfaction"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("sales", "询价成交", "Quote to order", ["tp_inquiry", "tp_quote", "tp_order"], 45),
    ("delivery", "供货浇筑", "Delivery & pour", ["tp_order", "tp_dispatch", "tp_arrive", "tp_pour"], 3),
    ("billing", "开票回款", "Billing & collection", ["tp_pour", "tp_invoice", "tp_payment"], 180),
    ("complaint", "投诉处理", "Complaint handling", ["tp_complaint", "tp_complaint_closed"], 30),
]
PLANTS = {  # id: zh, en, opened, haul minutes (lo, hi), plate prefix
    "P1": ("北城站", "Hefei North", None, (18, 45), "皖A"),
    "P2": ("滨湖站", "Binhu", None, (22, 50), "皖A"),
    "P3": ("肥西站", "Feixi", None, (30, 85), "皖A"),
    "P4": ("芜湖站", "Wuhu", WUHU_OPEN, (18, 45), "皖B"),
}
DRIVERS = {  # plant: [(zh, en)]
    "P1": [("张伟", "Zhang Wei"), ("王磊", "Wang Lei"), ("李强", "Li Qiang"), ("赵军", "Zhao Jun"),
           ("陈刚", "Chen Gang"), ("杨勇", "Yang Yong"), ("周斌", "Zhou Bin"), ("吴涛", "Wu Tao")],
    "P2": [("孙浩", "Sun Hao"), ("马超", "Ma Chao"), ("胡建国", "Hu Jianguo"), ("郭鹏", "Guo Peng"),
           ("何亮", "He Liang"), ("高峰", "Gao Feng"), ("林志强", "Lin Zhiqiang"), ("罗斌", "Luo Bin")],
    "P3": [("刘建军", "Liu Jianjun"), ("郑海", "Zheng Hai"), ("谢东", "Xie Dong"), ("宋明", "Song Ming"),
           ("唐飞", "Tang Fei"), ("韩冰", "Han Bing"), ("冯磊", "Feng Lei")],
    "P4": [("曹阳", "Cao Yang"), ("彭辉", "Peng Hui"), ("董杰", "Dong Jie"), ("袁凯", "Yuan Kai"),
           ("许文", "Xu Wen"), ("蒋波", "Jiang Bo")],
}
WATER_DRIVER = "刘建军"
REGIONS = {  # en: zh, weight, plants (weights)
    "Hefei urban": ("合肥市区", 0.44, {"P1": 0.5, "P2": 0.5}),
    "Feixi": ("肥西", 0.19, {"P3": 1.0}),
    "Feidong": ("肥东", 0.14, {"P1": 1.0}),
    "Wuhu": ("芜湖", 0.08, {"P4": 1.0}),
}
CTYPES = {  # en: zh, weight 2025, weight 2026, channel weights, pours (lo, hi), volume (lo, hi), duration days
    "general_contractor": ("总包单位", 0.25, 0.22,
                           {"sales_visit": 0.45, "tender_platform": 0.30, "referral": 0.25}, (4, 14), (40, 220), 240),
    "subcontractor": ("分包单位", 0.28, 0.25,
                      {"sales_visit": 0.30, "phone": 0.25, "referral": 0.30, "wechat": 0.15}, (2, 7), (25, 110), 120),
    "municipal": ("市政路桥", 0.08, 0.15, {"tender_platform": 0.75, "sales_visit": 0.25}, (4, 10), (60, 260), 200),
    "pile": ("桩基公司", 0.12, 0.11, {"sales_visit": 0.55, "referral": 0.30, "phone": 0.15}, (3, 10), (20, 80), 70),
    "self_build": ("自建房业主", 0.27, 0.27, {"phone": 0.35, "wechat": 0.35, "referral": 0.30}, (1, 2), (12, 45), 25),
}
CHANNELS = {  # en: zh, p(quote won)
    "sales_visit": ("业务员拜访", 0.52), "tender_platform": ("招标平台", 0.19), "referral": ("老客户介绍", 0.74),
    "phone": ("来电咨询", 0.46), "wechat": ("微信公众号", 0.40)}
PTYPES = {"residential": "住宅", "industrial": "厂房", "public": "公建", "municipal": "市政", "self_build": "自建房"}
GRADES = {"C25": 395, "C30": 420, "C35": 445, "C40": 470, "C50": 530}
GRADE_MIX = {
    "general_contractor": {"C30": 0.45, "C35": 0.25, "C40": 0.2, "C50": 0.1},
    "subcontractor": {"C25": 0.2, "C30": 0.5, "C35": 0.2, "C40": 0.1},
    "municipal": {"C30": 0.3, "C35": 0.3, "C40": 0.3, "C50": 0.1},
    "pile": {"C30": 0.6, "C35": 0.4},
    "self_build": {"C25": 0.6, "C30": 0.4},
}
TRIAL_PASS = {"C25": 0.95, "C30": 0.93, "C35": 0.9, "C40": 0.86, "C50": 0.6}
PUMPS = {"pump_truck": "泵车", "chute": "自卸", "crane_bucket": "塔吊吊斗"}
PAYTERMS = {"general_contractor": 80, "subcontractor": 50, "municipal": 135, "pile": 55, "self_build": 1.2}
PAYMETH = {"bank_transfer": "银行转账", "acceptance_bill": "承兑汇票", "wechat_cash": "微信/现金"}
CANCELR = {"rain": "下雨", "site_not_ready": "工地未准备好", "permit": "手续未办妥"}
CTYPE_ZH = {"late": "车辆迟到", "slump": "坍落度不符", "water_added": "司机加水", "strength": "强度不合格",
            "invoice": "发票延迟", "short_volume": "亏方", "pump": "泵送堵管"}
RESOL = {"credit": "折让", "explained": "解释说明", "rework": "返工补强"}
TIERS = {"strategic": "战略客户", "key": "重点客户", "regular": "普通客户", "prospect": "潜在客户"}
SEGS = ["prospect", "new", "vip", "at_risk", "returning", "dormant"]
REPS = [("王晓东", "Wang Xiaodong"), ("李娜", "Li Na"), ("陈志远", "Chen Zhiyuan"), ("周敏", "Zhou Min"),
        ("黄磊", "Huang Lei"), ("徐静", "Xu Jing")]
SEASON = {1: 0.7, 2: 0.45, 3: 1.0, 4: 1.1, 5: 1.1, 6: 0.9, 7: 0.85, 8: 0.9, 9: 1.15, 10: 1.2, 11: 1.25, 12: 1.1}
CO_PREFIX = ["宏远", "华建", "恒信", "中安", "金鼎", "徽建", "天成", "鸿基", "安泰", "众联", "巢湖", "新城", "建兴",
             "同创", "永安", "江淮", "盛达", "瑞丰", "长江", "国泰"]
CO_PREFIX_EN = ["Hongyuan", "Huajian", "Hengxin", "Zhong'an", "Jinding", "Huijian", "Tiancheng", "Hongji", "Antai",
                "Zhonglian", "Chaohu", "Xincheng", "Jianxing", "Tongchuang", "Yong'an", "Jianghuai", "Shengda",
                "Ruifeng", "Changjiang", "Guotai"]
CO_SUFFIX = {"general_contractor": ("建设集团有限公司", "Construction Group"),
             "subcontractor": ("建筑劳务有限公司", "Building Services Co."),
             "municipal": ("市政工程有限公司", "Municipal Engineering Co."),
             "pile": ("桩基工程有限公司", "Piling Co.")}
SURNAMES = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"),
            ("吴", "Wu"), ("周", "Zhou"), ("汪", "Wang"), ("程", "Cheng"), ("方", "Fang")]
SITE_NAMES = {
    "residential": [("云栖府", "Yunqi Residence"), ("翡翠湾", "Jade Bay"), ("观湖苑", "Lakeview Garden"),
                    ("锦绣华庭", "Jinxiu Court"), ("书香苑", "Shuxiang Garden"), ("融创城", "Rongchuang City")],
    "industrial": [("新能源电池厂房", "EV battery plant"), ("物流园仓库", "logistics park warehouse"),
                   ("光伏组件车间", "PV module workshop"), ("汽配产业园", "auto-parts park")],
    "public": [("实验小学", "Experimental Primary School"), ("人民医院门诊楼", "People's Hospital outpatient block"),
               ("体育中心", "Sports Centre"), ("图书馆", "Library")],
    "municipal": [("快速路高架", "expressway viaduct"), ("雨污分流管网", "storm-sewer separation"),
                  ("滨河大道改造", "riverside avenue upgrade"), ("跨河大桥", "river bridge"), ("地铁站附属", "metro station works")],
    "self_build": [("村自建房", "village house")],
}
AREA = {"Hefei urban": [("滨湖", "Binhu"), ("蜀山", "Shushan"), ("包河", "Baohe"), ("瑶海", "Yaohai"), ("经开区", "ETDZ")],
        "Feixi": [("肥西", "Feixi"), ("上派", "Shangpai"), ("三河", "Sanhe")],
        "Feidong": [("肥东", "Feidong"), ("撮镇", "Cuozhen"), ("店埠", "Dianbu")],
        "Wuhu": [("镜湖", "Jinghu"), ("鸠江", "Jiujiang"), ("弋江", "Yijiang")]}

# ---- feedback phrases (every topic has its own marker words; no phrase carries another topic's marker)
ZH = {
    "late": ["罐车迟到了一个多小时，工人干等着", "车来晚了，泵车在那儿空等", "又是等车等了半天，压着工期",
             "约好七点到，九点才来一车，迟到太严重"],
    "slump": ["坍落度不对，太干了泵不上去", "这车坍落度偏小，现场只能退车", "坍落度忽大忽小，质量不稳定"],
    "water_added": ["司机在现场私自加水，我们当场制止了", "发现罐车司机往里加水，这怎么保证质量",
                    "司机偷偷加水被监理看到了"],
    "strength": ["28天试块强度不够，监理要求钻芯", "回弹检测不合格，强度没达到设计要求", "试块压出来强度偏低，很着急"],
    "invoice": ["发票拖了快一个月还没开出来", "催了好几次发票，财务一直说在走流程", "发票迟迟不到，我们没法走付款"],
    "short_volume": ["亏方严重，签收单和实际对不上", "这次方量不足，差了好几方", "怀疑亏方，磅单和现场量的不一致"],
    "pump": ["泵车堵管停了一个多小时", "泵送的时候堵管，冷缝都出来了"],
    "price": ["价格比别家高，老板没批", "你们报的价格太贵了", "单方价格高了二三十块，我们选了别家"],
    "far": ["对方搅拌站离工地近很多，就用他们的了"],
    "terms": ["账期谈不拢，我们要求垫资六个月"],
    "ontime": ["车次很准时，一车接一车没断过", "这次很准时，浇筑很顺利"],
    "dispatch": ["调度小姐姐响应很快，加车马上安排", "夜里加方打电话给调度，十分钟就回复了", "调度安排得很好，沟通顺畅"],
    "workability": ["混凝土和易性很好，工人都说好打", "和易性不错，振捣起来很顺"],
}
EN = {
    "late": ["The truck was late again, over an hour behind schedule", "Trucks arrived late and the pump crew sat idle",
             "Waited ages for the truck, it turned up late"],
    "slump": ["Slump was way off, the mix was too stiff to pump", "Load rejected on site because the slump was too low",
              "Slump kept changing from truck to truck"],
    "water_added": ["Caught the driver adding water to the drum on site", "Your driver added water without asking anyone"],
    "strength": ["28-day cube results came back below the design strength", "Low strength on the cube tests, now we need cores"],
    "invoice": ["Still no invoice after four weeks, our finance team can't pay", "Invoice took forever to arrive"],
    "short_volume": ["The load was short-delivered, the ticket does not match what we got",
                     "Volume was short by a couple of cubic metres"],
    "pump": ["Pump line blocked for an hour and we got a cold joint", "The pump line kept blocking"],
    "price": ["Your price is higher than the other suppliers", "Too expensive, we went with a cheaper price"],
    "far": ["The other plant is much closer to our site"],
    "terms": ["Could not agree on credit terms, we need 6 months"],
    "ontime": ["Trucks came on time, a steady flow all day", "Everything on time, smooth pour"],
    "dispatch": ["Your dispatcher answered right away and added trucks fast", "Great dispatcher, very responsive"],
    "workability": ["Good workability, easy to place and vibrate", "Nice workability on this mix"],
}
GENERIC_ZH = {"pos": ["整体满意，继续合作", "服务不错，下个项目还找你们", "挺好的，没什么问题"],
              "neu": ["一般吧，还行", "中规中矩，没什么特别的"],
              "neg": ["这次体验不太好", "希望下次改进"]}
GENERIC_EN = {"pos": ["Good overall, will keep ordering", "Happy with the service"],
              "neu": ["It was ok", "Average, nothing special"],
              "neg": ["Not a great experience this time", "Needs to improve"]}
TOPIC_TP = {"late": "tp_arrive", "slump": "tp_arrive", "water_added": "tp_arrive", "strength": "tp_strength_test",
            "invoice": "tp_invoice", "short_volume": "tp_pour", "pump": "tp_pour", "price": "tp_quote",
            "far": "tp_quote", "terms": "tp_quote", "ontime": "tp_arrive", "dispatch": "tp_dispatch",
            "workability": "tp_pour"}
BAD = ("late", "slump", "water_added", "strength", "invoice", "short_volume", "pump", "price")


def pick(opts, w=None):
    if w is None:
        return opts[int(rng.integers(len(opts)))]
    w = np.asarray(w, float)
    return opts[int(rng.choice(len(opts), p=w / w.sum()))]


def pickd(d):
    k = list(d)
    return pick(k, [d[x] for x in k])


def ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def festival(t):
    for a, b in FESTIVALS:
        if a <= t < b:
            return b + D(days=float(rng.uniform(0, 5)))
    return t


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.cust = [], [], [], [], []
        self.n_ev = self.n_q = self.n_po = self.n_dn = self.n_cp = self.n_site = self.n_inv = 0
        self.plates = {}
        for p, ds in DRIVERS.items():
            for i, d in enumerate(ds):
                self.plates[d[0]] = f"{PLANTS[p][4]}·{int(rng.integers(10, 99))}{'DKLMNPQR'[i]}{int(rng.integers(100, 999))}"

    # ---------- writers
    def ev(self, c, t, tp, sid, action, **kw):
        """writes an event inside the extract; False when it falls after the end (or before the start)."""
        if t > END or t < START:
            return False
        self.n_ev += 1
        r = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                 session_id=sid, action=action)
        r.update(kw)
        self.events.append(r)
        return True

    def fb(self, c, t, topics, channel, rating=None, nps=None, gen=None, undated=False, no_customer=False,
           extra=None):
        if t > END or t < START:
            return
        en = c["lang"] == "en"
        bank = EN if en else ZH
        parts = [pick(bank[x]) for x in topics]
        if gen is None:
            gen = "neg" if any(x in BAD for x in topics) else ("pos" if topics else "neu")
        if not parts or rng.random() < 0.3:
            g = GENERIC_EN if en else GENERIC_ZH
            parts.append(pick(g[gen]))
        text = ("; " if en else "，").join(parts) + ("." if en else "。")
        fid = f"FB{len(self.feedback) + 1:05d}"
        tp = TOPIC_TP[topics[0]] if topics else ("tp_review" if channel in ("followup_call", "survey") else None)
        r = dict(feedback_id=fid, text=text, ts="" if undated else ts(t),
                 customer_id="" if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                 rating=rating, nps=nps, language="en" if en else "zh")
        r.update(extra or {})
        self.feedback.append(r)
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics), sentiment=gen))

    # ---------- customers
    def customers(self):
        days = (datetime(2026, 7, 20) - START).days
        dw = []
        for i in range(days):
            t = START + D(days=i)
            dw.append(SEASON[t.month] * (1.0 + 0.1 * i / days))
        dw = np.asarray(dw) / sum(dw)
        for i in range(N_CUST):
            region = pickd({k: v[1] for k, v in REGIONS.items()})
            while True:
                if region != "Wuhu" and rng.random() < 0.5:
                    t0 = PRE + D(days=int(rng.integers(0, (START - PRE).days)), hours=float(rng.uniform(8, 18.5)))
                else:
                    t0 = START + D(days=int(rng.choice(len(dw), p=dw)), hours=float(rng.uniform(8, 18.5)))
                if region != "Wuhu" or t0 >= WUHU_OPEN - D(days=20):
                    break
            y26 = t0.year == 2026
            ctype = pickd({k: (v[2] if y26 else v[1]) for k, v in CTYPES.items()})
            ch = pickd(CTYPES[ctype][3])
            lang = "en" if rng.random() < {"general_contractor": 0.2, "subcontractor": 0.05}.get(ctype, 0.0) else "zh"
            if ctype == "self_build":
                s = pick(SURNAMES)
                name, name_en = f"{s[0]}先生（自建房）", f"Mr {s[1]} (self-build)"
            else:
                k = int(rng.integers(len(CO_PREFIX)))
                name = f"{REGIONS[region][0]}{CO_PREFIX[k]}{CO_SUFFIX[ctype][0]}"
                name_en = f"{region.split()[0]} {CO_PREFIX_EN[k]} {CO_SUFFIX[ctype][1]}"
            rep = REPS[i % len(REPS)]
            self.cust.append(dict(customer_id=f"C{i + 1:05d}", t0=t0, region=region, ctype=ctype, ch=ch, lang=lang,
                                  name=name, name_en=name_en, rep=rep, first_order=None, last_order=None, spend=0.0,
                                  volume=0.0, projects=0, pre=False, bad_debt=ctype in ("general_contractor", "subcontractor")
                                  and rng.random() < 0.06, oldest_unpaid=None, bad_seen=[]))

    # ---------- a project: inquiry -> quote -> trial mix -> pours
    def project(self, c, t):
        ctype, region = c["ctype"], c["region"]
        self.n_q += 1
        qid = f"QT{self.n_q:05d}"
        plant = pickd(REGIONS[region][2])
        if ctype == "self_build":
            ptype = "self_build"
        elif ctype == "municipal":
            ptype = "municipal"
        else:
            res_w = 0.3 if t.year == 2026 else 0.6
            ptype = pickd({"residential": res_w, "industrial": 0.28, "public": 0.14,
                           "municipal": 0.1 if ctype == "pile" else 0.0})
        self.n_site += 1
        area = pick(AREA[region])
        nm = pick(SITE_NAMES[ptype])
        if ptype == "self_build":
            site, site_en = f"{area[0]}{c['name'][0]}家{nm[0]}", f"{area[1]} {c['name_en'].split()[1]} family house"
        else:
            phase = int(rng.integers(1, 4))
            site, site_en = f"{area[0]}{nm[0]}{'一二三'[phase - 1]}期", f"{area[1]} {nm[1]} phase {phase}"
        grade = pickd(GRADE_MIX[ctype])
        base = dict(plant_id=plant, plant=PLANTS[plant][0], plant_en=PLANTS[plant][1], site_id=f"S{self.n_site:04d}",
                    site=site, site_en=site_en, project_type=ptype, 工程类型=PTYPES[ptype], grade=grade)
        est = int(rng.integers(*CTYPES[ctype][4]) * np.mean(CTYPES[ctype][5]))
        inq_ch = {"tender_platform": "tender_platform", "sales_visit": "sales_rep", "referral": "phone",
                  "phone": "phone", "wechat": "wechat"}[c["ch"]]
        if t > END:
            return None
        self.ev(c, t, "tp_inquiry", qid, "request", channel=inq_ch, est_volume_m3=est, **base)
        if rng.random() > (0.97 if c["ch"] == "tender_platform" else 0.92):
            return None
        tq = t + D(hours=float(rng.uniform(3, 96)))
        price = GRADES[grade] + (15 if plant == "P4" else 0) - (10 if tq.year == 2026 else 0) + int(rng.integers(-8, 9))
        if tq > END:
            return None
        self.ev(c, tq, "tp_quote", qid, "sent", quoted_price=price, sales_rep=c["rep"][0], 业务员=c["rep"][0],
                sales_rep_en=c["rep"][1], **base)
        p_win = CHANNELS[c["ch"]][1] * (1.1 if ctype == "self_build" else 0.9 if ctype == "municipal" else 1.0)
        if plant == "P4":
            p_win *= 0.85
        won = rng.random() < p_win
        t_next = tq
        needs_trial = ctype != "self_build" and (grade != "C25") and rng.random() < 0.85
        if needs_trial and (won or rng.random() < 0.3):
            tt = tq + D(days=float(rng.uniform(2, 8)))
            for attempt in (1, 2):
                ok = rng.random() < (TRIAL_PASS[grade] if attempt == 1 else 0.92)
                self.ev(c, tt, "tp_trial_mix", qid, "pass" if ok else "fail", attempt=attempt,
                        mpa_7d=round(float(int(grade[1:]) * rng.normal(0.78 if ok else 0.6, 0.05)), 1), **base)
                if ok:
                    break
                tt += D(days=float(rng.uniform(4, 9)))
            t_next = tt
        if not won:
            if rng.random() < 0.3:
                why = pickd({"price": 0.6, "far": 0.2, "terms": 0.2})
                self.fb(c, tq + D(days=float(rng.uniform(5, 25))), [why], "sales_note",
                        extra=dict(plant_id=plant, plant=PLANTS[plant][0], plant_en=PLANTS[plant][1],
                                   session_id=qid))
            return None
        t_start = festival(t_next + D(days=float(rng.uniform(1, 20))))
        n = int(rng.integers(CTYPES[ctype][4][0], CTYPES[ctype][4][1] + 1))
        dur = CTYPES[ctype][6] * float(rng.uniform(0.5, 1.3))
        offs = sorted([0.0] + list(rng.uniform(0, dur, n - 1)))
        last = None
        for o in offs:
            tp = t_start + D(days=o)
            tp = festival(datetime(tp.year, tp.month, tp.day) + D(hours=float(pick([6, 7, 8, 9, 13, 14, 19, 21]))
                                                                   + rng.uniform(0, 0.9)))
            if tp > END - D(days=1):
                break
            if ptype == "residential" and tp.year == 2026 and rng.random() < 0.45:
                continue                       # developers short of cash: residential sites slowed or halted in 2026
            r = self.pour(c, tp, base, qid)
            while r == "cancelled" and rng.random() < 0.8:
                tp = tp + D(days=float(rng.integers(1, 5)))
                if tp > END - D(days=1):
                    break
                r = self.pour(c, tp, base, qid)
            last = tp
        c["projects"] += 1
        return last

    # ---------- one pour
    def pour(self, c, t, base, qid):
        plant, grade, ctype = base["plant_id"], base["grade"], c["ctype"]
        self.n_po += 1
        po = f"PO{self.n_po:06d}"
        vol = float(rng.uniform(*CTYPES[ctype][5]))
        vol = round(vol / 0.5) * 0.5
        pump = "pump_truck" if ctype != "self_build" and rng.random() < 0.75 else pick(["chute", "crane_bucket"]) \
            if ctype != "self_build" else pickd({"chute": 0.7, "pump_truck": 0.3})
        unit = GRADES[grade] + (15 if plant == "P4" else 0) - (10 if t.year == 2026 else 0) + int(rng.integers(-8, 9))
        pump_fee = round(vol * 18, 2) if pump == "pump_truck" else 0.0
        amount = round(vol * unit + pump_fee, 2)
        o = dict(order_id=po, customer_id=c["customer_id"], amount=amount, volume_m3=vol, unit_price=unit,
                 pump_fee=pump_fee, pump_method=pump, 浇筑方式=PUMPS[pump], quote_id=qid, currency="CNY", **base)
        t_o = t - D(hours=float(rng.uniform(6, 30)))
        och = pickd({"phone": 0.55, "wechat": 0.35, "mini_program": 0.10})
        o.update(ts=ts(max(t_o, START)), channel=och)
        if t_o < START:                        # a pour before the extract: only the account history keeps it
            self.n_po -= 1
            c["pre"] = True
            c["volume"] += vol
            return None
        self.ev(c, t_o, "tp_order", po, "submit", channel=och, volume_m3=vol, pump_method=pump, 浇筑方式=PUMPS[pump],
                quote_id=qid, scheduled_start=ts(t), **base)
        # cancellation
        p_c = {6: 0.2, 7: 0.09, 5: 0.06}.get(t.month, 0.035)
        if rng.random() < p_c:
            why = pickd({"rain": 0.75 if t.month in (5, 6, 7) else 0.3, "site_not_ready": 0.5, "permit": 0.15})
            tc = t_o + D(hours=float(rng.uniform(1, max(1.5, (t - t_o).total_seconds() / 3600 - 0.5))))
            self.ev(c, tc, "tp_cancel", po, "cancel", cancel_reason=why, 取消原因=CANCELR[why], scheduled_start=ts(t), **base)
            o.update(status="cancelled", cancelled_at=ts(tc))
            self.orders.append(o)
            return "cancelled"
        # trucks
        cap = 12.0 if ctype != "self_build" else 8.0
        n_tr = int(math.ceil(vol / cap))
        gap = float(rng.uniform(12, 25))
        lo, hi = PLANTS[plant][3]
        drivers = DRIVERS[plant]
        topics = set()
        max_late, rejected, trucks = 0.0, 0, 0
        t_last = t
        i = 0
        replace_left = n_tr + 3
        queue = [(k, False) for k in range(n_tr)]
        while queue:
            k, repl = queue.pop(0)
            d = pick(drivers)
            planned = t + D(minutes=gap * k + (25 if repl else 0))
            haul = float(rng.uniform(lo, hi))
            if plant == "P2":
                late = rng.normal(52, 22) if METRO[0] <= t < METRO[1] else rng.normal(24, 18)
            else:
                late = rng.normal(6, 9)
            late = float(max(0.0, late))
            t_arr = planned + D(minutes=late)
            t_dis = t_arr - D(minutes=haul)
            self.n_dn += 1
            dn = f"DN{self.n_dn:07d}"
            truck = dict(ticket_no=dn, driver=d[0], driver_en=d[1], truck_plate=self.plates[d[0]],
                         load_m3=min(cap, vol - cap * k) if not repl else min(cap, vol), is_replacement=repl)
            self.ev(c, t_dis, "tp_dispatch", po, "dispatched", haul_minutes=round(haul), **truck, **base)
            target = 180 if pump == "pump_truck" else 140
            k_loss = 0.42 if HEAT[0] <= t < HEAT[1] else 0.15
            slump = target - haul * k_loss + rng.normal(0, 12)
            water = d[0] == WATER_DRIVER and rng.random() < 0.3
            if water:
                slump += float(rng.uniform(45, 80))
            slump = int(round(slump / 5) * 5)
            ok = abs(slump - target) <= 30
            reject = (not ok) and rng.random() < 0.55
            self.ev(c, t_arr, "tp_arrive", po, "rejected" if reject else "accepted", scheduled_arrival=ts(planned),
                    late_minutes=round(late), slump_mm=slump, target_slump_mm=target, slump_ok=ok, **truck, **base)
            trucks += 1
            max_late = max(max_late, late)
            if not ok:
                topics.add("water_added" if water else "slump")
            if reject:
                rejected += 1
                if replace_left > 0:
                    queue.insert(0, (k, True))
                    replace_left -= 1
            t_last = max(t_last, t_arr)
            i += 1
        if max_late > 45:
            topics.add("late")
        short = rng.random() < 0.015
        blocked = pump == "pump_truck" and rng.random() < 0.025
        if short:
            topics.add("short_volume")
        if blocked:
            topics.add("pump")
        t_p = t_last + D(minutes=float(rng.uniform(25, 70)))
        self.ev(c, t_p, "tp_pour", po, "done", volume_m3=vol, trucks=trucks, rejected_loads=rejected,
                pump_method=pump, 浇筑方式=PUMPS[pump], **base)
        o.update(pour_date=t_p.strftime("%Y-%m-%d"))
        c["first_order"] = c["first_order"] or t_p
        c["last_order"] = t_p
        c["volume"] += vol
        drv = dict(driver=None, driver_en=None)
        if "water_added" in topics:
            drv = dict(driver=WATER_DRIVER, driver_en="Liu Jianjun")
        fbx = dict(plant_id=plant, plant=PLANTS[plant][0], plant_en=PLANTS[plant][1], site=base["site"],
                   session_id=po)
        # complaints at / right after the pour
        comp = []
        for x, p in (("late", 0.4), ("slump", 0.3), ("water_added", 0.6), ("short_volume", 0.8), ("pump", 0.5)):
            if x in topics and rng.random() < p:
                comp.append((x, t_p + D(hours=float(rng.uniform(0.5, 20)))))
        # strength test at 28 days
        strength_bad = False
        if ctype != "self_build":
            tt = t_p + D(days=28, hours=float(rng.uniform(1, 20)))
            mu = 1.18
            if plant == "P1" and FLYASH[0] <= t_p < FLYASH[1]:
                mu = 1.05 if grade in ("C40", "C50") else 1.1
            f = float(rng.normal(mu, 0.085))
            mpa = round(int(grade[1:]) * f, 1)
            passed = mpa >= int(grade[1:])
            self.ev(c, tt, "tp_strength_test", po, "pass" if passed else "fail", test_mpa=mpa,
                    design_mpa=int(grade[1:]), pour_date=t_p.strftime("%Y-%m-%d"), **base)
            if not passed and tt <= END:
                strength_bad = True
                if rng.random() < 0.75:
                    comp.append(("strength", tt + D(days=float(rng.uniform(0.2, 4)))))
        # invoice and payment
        med = 24.0 if plant == "P4" else 4.0
        lag = float(rng.lognormal(math.log(med), 0.35))
        t_inv = t_p + D(days=lag)
        if lag > 15 and rng.random() < 0.35:
            comp.append(("invoice", t_p + D(days=float(rng.uniform(12, lag)))))
        self.n_inv += 1
        inv = f"INV{self.n_inv:06d}"
        invoiced = self.ev(c, t_inv, "tp_invoice", po, "issued", invoice_no=inv, invoice_amount=amount, **base)
        status, paid_at = "unpaid", None
        if invoiced and not c["bad_debt"]:
            pl = float(rng.lognormal(math.log(PAYTERMS[ctype]), 0.4 if ctype != "self_build" else 0.6))
            t_pay = t_inv + D(days=pl)
            meth = "wechat_cash" if ctype == "self_build" else \
                ("acceptance_bill" if ctype in ("general_contractor", "municipal") and rng.random() < 0.4
                 else "bank_transfer")
            if self.ev(c, t_pay, "tp_payment", po, "received", payment_amount=amount, payment_method=meth,
                       付款方式=PAYMETH[meth], invoice_no=inv, **base):
                status, paid_at = "paid", ts(t_pay)
        if status == "unpaid" and invoiced:
            c["oldest_unpaid"] = c["oldest_unpaid"] or t_inv
        o.update(status=status, paid_at=paid_at, invoice_no=inv if invoiced else None)
        self.orders.append(o)
        c["spend"] += amount
        # complaint handling
        for x, tcp in comp:
            if tcp > END:
                continue
            self.n_cp += 1
            cp = f"CP{self.n_cp:05d}"
            cx = dict(complaint_id=cp, order_id=po, complaint_type=x, 投诉类型=CTYPE_ZH[x])
            dx = drv if x == "water_added" else {}
            self.ev(c, tcp, "tp_complaint", cp, "open", **cx, **dx, **base)
            days = {"late": (0.2, 2.5), "slump": (0.5, 4), "water_added": (0.5, 3), "strength": (10, 35),
                    "invoice": (1, 8), "short_volume": (1, 7), "pump": (0.5, 4)}[x]
            tcl = tcp + D(days=float(rng.uniform(*days)))
            res = pickd({"credit": 0.6, "explained": 0.2, "rework": 0.2} if x == "strength" else
                        {"credit": 0.35, "explained": 0.65} if x in ("late", "short_volume", "pump", "slump") else
                        {"explained": 0.7, "credit": 0.3})
            credit = round(amount * float(rng.uniform(0.05, 0.15)), 2) if res == "credit" and x == "strength" else \
                (round(float(rng.uniform(200, 1500)), 0) if res == "credit" else None)
            self.ev(c, tcl, "tp_complaint_closed", cp, "closed", resolution=res, 处理结果=RESOL[res],
                    credit_amount=credit, **cx, **base)
            if rng.random() < 0.9:
                self.fb(c, tcp + D(minutes=float(rng.uniform(5, 120))), [x], "ticket",
                        extra=dict(fbx, **(drv if x == "water_added" else {})))
        # follow-up call and rating
        good = []
        bad_now = [x for x in ("late", "slump", "water_added", "short_volume", "pump") if x in topics]
        if not bad_now:
            if max_late < 15 and rng.random() < 0.3:
                good.append("ontime")
            if rng.random() < (0.35 if plant == "P3" else 0.06):
                good.append("dispatch")
            if rng.random() < 0.12:
                good.append("workability")
        if rng.random() < 0.28:
            tr = t_p + D(days=float(rng.uniform(1, 4)))
            stars = float(pick([5, 4, 3], [0.5, 0.38, 0.12]))
            pen = {"late": 2.0, "slump": 1.8, "water_added": 2.2, "short_volume": 2.0, "pump": 1.5}
            for x in bad_now:
                stars -= pen[x]
            if good:
                stars = 5.0 if rng.random() < 0.75 else 4.0
            if plant == "P4" and lag > 15 and tr > t_inv and rng.random() < 0.5:
                bad_now = bad_now + ["invoice"]
                stars -= 1.5
            stars = float(min(5, max(1, round(stars))))
            if self.ev(c, tr, "tp_review", po, "rated", stars=stars, **base):
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                self.fb(c, tr, bad_now + good, "followup_call", rating=stars, gen=gen,
                        extra=dict(fbx, **(drv if "water_added" in bad_now else {})))
        # project WeChat group
        allbad = [x for x in ("late", "slump", "water_added", "short_volume", "pump") if x in topics] + \
            (["strength"] if strength_bad else [])
        if (allbad and rng.random() < 0.15) or (good and rng.random() < 0.04):
            tw = t_p + D(hours=float(rng.uniform(1, 48))) if "strength" not in allbad else \
                t_p + D(days=29 + float(rng.uniform(0, 3)))
            self.fb(c, tw, allbad or good, "wechat_group", undated=rng.random() < 0.4,
                    no_customer=rng.random() < 0.3,
                    extra=dict(fbx, **(drv if "water_added" in allbad else {})))
        c["bad_seen"].extend((t_p, x) for x in allbad + (["invoice"] if lag > 15 else []))
        return po

    def surveys(self):
        rounds = [(datetime(2025, 6, 20), False), (datetime(2025, 12, 15), True), (datetime(2026, 6, 20), False)]
        for t0, paper in rounds:
            for c in self.cust:
                if c["last_order"] is None or not (t0 - D(days=200) <= c["last_order"] <= t0 + D(days=10)):
                    continue
                if rng.random() > 0.38:
                    continue
                seen = [x for tb, x in c["bad_seen"] if t0 - D(days=200) <= tb < t0]
                pen = 0.0 if not seen else (1.3 if len(seen) == 1 else 2.8)
                nps = int(np.clip(round(rng.normal(8.6 - pen, 1.5)), 0, 10))
                topics = []
                if seen and rng.random() < 0.6:
                    topics = [max(sorted(set(seen)), key=seen.count)]
                elif not seen and rng.random() < 0.25:
                    topics = [pick(["ontime", "dispatch", "workability"])]
                t = t0 + D(days=float(rng.uniform(0, 10)), hours=float(rng.uniform(8, 18)))
                gen = "pos" if nps >= 9 else ("neu" if nps >= 7 else "neg")
                self.fb(c, t, topics, "survey", nps=nps, gen=gen, undated=paper and rng.random() < 0.3)

    def run(self):
        self.customers()
        for c in self.cust:
            t = c["t0"]
            while t is not None and t <= END:
                last = self.project(c, t)
                p_again = 0.05 if c["ctype"] == "self_build" else 0.38
                if rng.random() > p_again:
                    break
                base_t = last if last is not None else t
                t = base_t + D(days=float(rng.uniform(10, 120)))
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(8, 18)))
        self.surveys()

    def customer_rows(self):
        rows = []
        for c in self.cust:
            v = c["volume"]
            tier = "strategic" if v >= 1500 else "key" if v >= 500 else "regular" if v > 0 else "prospect"   # lifetime m3
            if c["first_order"] is None:
                seg = "dormant" if c["pre"] else "prospect"
            elif c["oldest_unpaid"] is not None and c["oldest_unpaid"] < END - D(days=150):
                seg = "at_risk"
            elif c["first_order"] >= datetime(2026, 4, 1) and not c["pre"]:
                seg = "new"
            elif tier == "strategic":
                seg = "vip"
            elif c["last_order"] < END - D(days=180):
                seg = "dormant"
            else:
                seg = "returning"
            rows.append(dict(customer_id=c["customer_id"], customer_name=c["name"], customer_name_en=c["name_en"],
                             signup_at=ts(c["t0"]), segment=seg, region=c["region"], 区域=REGIONS[c["region"]][0],
                             acquisition_channel=c["ch"], 获客渠道=CHANNELS[c["ch"]][0], tier=tier,
                             客户等级=TIERS[tier], customer_type=c["ctype"], 客户类型=CTYPES[c["ctype"]][0],
                             credit_days=0 if c["ctype"] == "self_build" else int(PAYTERMS[c["ctype"]] // 30 * 30 + 30),
                             sales_rep=c["rep"][0], sales_rep_en=c["rep"][1], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


BASE = ["plant_id", "plant", "plant_en", "site_id", "site", "site_en", "project_type", "工程类型", "grade"]
EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "channel"] + BASE + [
    "est_volume_m3", "quoted_price", "sales_rep", "业务员", "sales_rep_en", "attempt", "mpa_7d", "volume_m3",
    "pump_method", "浇筑方式", "quote_id", "scheduled_start", "cancel_reason", "取消原因", "ticket_no", "driver",
    "driver_en", "truck_plate", "load_m3", "is_replacement", "haul_minutes", "scheduled_arrival", "late_minutes",
    "slump_mm", "target_slump_mm", "slump_ok", "trucks", "rejected_loads", "test_mpa", "design_mpa", "pour_date",
    "invoice_no", "invoice_amount", "payment_amount", "payment_method", "付款方式", "complaint_id", "order_id",
    "complaint_type", "投诉类型", "resolution", "处理结果", "credit_amount", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel"] + BASE + [
    "volume_m3", "unit_price", "pump_fee", "pump_method", "浇筑方式", "quote_id", "pour_date", "invoice_no", "paid_at",
    "cancelled_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "plant_id", "plant", "plant_en", "site", "session_id", "driver", "driver_en"]
CUST_COLS = ["customer_id", "customer_name", "customer_name_en", "signup_at", "segment", "region", "区域",
             "acquisition_channel", "获客渠道", "tier", "客户等级", "customer_type", "客户类型", "credit_days",
             "sales_rep", "sales_rep_en", "preferred_language"]


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
    dup = rng.choice(len(ev), size=25, replace=False)         # the dispatch system re-sends a few truck events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, quotes {g.n_q}, orders {len(g.orders)}, tickets {g.n_dn}, events {len(ev)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
