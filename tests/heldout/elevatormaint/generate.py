"""升安 LiftCare elevator maintenance (电梯维保): a maintenance contractor serving property managers in five cities of
the Yangtze delta. A property-management account (物业项目: a residential compound, an office tower, a mall, a hotel,
a hospital or an industrial park) inquires (官网 / 招投标 / 老客户推荐 / 销售拜访), gets a site survey (现场勘查),
a quote and signs a one-year maintenance contract (全包 full / 半包 semi / 清包 basic plan). During the contract
our technicians do the fortnightly maintenance (半月保养); faults are reported through the LiftCare app, the 24 h
hotline or the IoT alarm box (full-plan lifts only), a maintenance station (维保站) dispatches a technician (派工),
the technician arrives (到场; trapped passengers 困人 = P1, SLA 30 min), repairs, or quotes a part (配件报价) that
the customer approves (配件下单) and we fit (配件更换); once a year each lift goes through the government annual
inspection (自检 → 年检 → 取证); 45 days before the contract ends we send a renewal notice and the account renews
(续签) or leaves. Every paid order gets a VAT invoice (开票).
Events 2025-01-01 .. 2026-08-31 (the LiftCare platform went live on 2025-01-01; extract taken in September 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments),
plus OUTDIR/_truth/feedback_truth.csv (topics of every comment: generator truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261218
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
HEAT = (datetime(2025, 7, 5), datetime(2025, 8, 25))          # heat wave: machine rooms overheat
PUDONG_SLOW = datetime(2025, 7, 1)                           # Pudong station loses 4 technicians
EINVOICE = (datetime(2026, 1, 1), datetime(2026, 4, 1))       # new e-invoice system teething problems
SPRING = (datetime(2026, 2, 10), datetime(2026, 3, 1))        # Spring Festival: technicians on leave
PRICE_UP = datetime(2026, 1, 1)                               # renewal price rise: Suzhou +15 %, others +5 %

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_lead", "询价咨询", "Inquiry", "awareness", "web", "digital", "sales",
     "询价|咨询|线索|招标|问价|inquiry|lead|enquiry|tender"),
    ("tp_survey", "现场勘查", "Site survey", "consideration", "other", "physical", "sales",
     "勘查|现场勘察|看梯|踏勘|site survey|site visit|survey"),
    ("tp_quote", "维保报价", "Maintenance quote", "consideration", "email", "digital", "sales",
     "报价|报价单|方案|quote|quotation|proposal"),
    ("tp_contract", "签订维保合同", "Contract signed", "purchase", "other", "physical", "sales",
     "签约|签合同|新签|中标|contract|signed|sign-up|new contract"),
    ("tp_maintenance", "半月保养", "Fortnightly maintenance", "service", "other", "physical", "field_service",
     "保养|维保|例行保养|半月保|maintenance visit|routine maintenance|servicing|PM"),
    ("tp_fault_report", "故障报修", "Fault reported", "service", "app", "digital", "call_center",
     "报修|报障|故障|报警|困人报警|fault|breakdown|call-in|report|alarm"),
    ("tp_dispatch", "派工", "Technician dispatched", "service", "app", "digital", "call_center",
     "派单|派工|调度|接单|dispatch|assigned|job assigned"),
    ("tp_arrive", "技师到场", "Technician on site", "service", "other", "physical", "field_service",
     "到场|到达|到现场|救援|响应|arrival|on site|arrived|rescue|response time"),
    ("tp_repair", "维修完成", "Repair completed", "service", "other", "physical", "field_service",
     "修好|维修完成|恢复运行|修复|repair|fixed|back in service"),
    ("tp_parts_quote", "配件报价", "Parts quote", "purchase", "app", "digital", "parts",
     "配件报价|换件报价|更换配件|parts quote|replacement quote"),
    ("tp_parts_order", "配件下单", "Parts ordered", "purchase", "app", "digital", "parts",
     "配件下单|确认换件|业委会批准|parts order|approved parts|ordered the part"),
    ("tp_parts_install", "配件更换", "Parts fitted", "service", "other", "physical", "field_service",
     "换件|配件更换|装配件|parts fitted|part installed|replacement done"),
    ("tp_selfcheck", "年检前自检", "Pre-inspection self-check", "service", "other", "physical", "quality",
     "自检|年检准备|预检|self-check|pre-inspection"),
    ("tp_inspection", "政府年检", "Annual inspection", "service", "other", "physical", "quality",
     "年检|特检院|检验|定期检验|annual inspection|inspection|statutory inspection"),
    ("tp_cert", "取得年检合格证", "Inspection certificate", "service", "other", "physical", "quality",
     "合格证|使用标志|取证|certificate|inspection sticker|permit"),
    ("tp_invoice", "开具发票", "Invoice issued", "service", "email", "digital", "finance",
     "开票|发票|专票|invoice|VAT invoice|billing"),
    ("tp_rate", "服务评价", "Service rating", "loyalty", "app", "digital", "quality",
     "评价|打分|满意度|rating|review|stars|feedback"),
    ("tp_renewal_notice", "续约提醒", "Renewal notice", "loyalty", "email", "digital", "account_mgmt",
     "续约提醒|到期提醒|续签通知|renewal notice|expiry reminder"),
    ("tp_renew", "续签合同", "Contract renewed", "loyalty", "other", "physical", "account_mgmt",
     "续约|续签|续费|续合同|renewal|renewed|re-signed"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("onboarding", "签约转化", "Sales to contract", ["tp_lead", "tp_survey", "tp_quote", "tp_contract"], 30),
    ("repair", "报修维修", "Fault repair", ["tp_fault_report", "tp_dispatch", "tp_arrive", "tp_repair"], 2),
    ("parts", "配件更换", "Parts replacement", ["tp_parts_quote", "tp_parts_order", "tp_parts_install"], 45),
    ("inspection", "年检取证", "Annual inspection", ["tp_selfcheck", "tp_inspection", "tp_cert"], 60),
    ("renewal", "合同续约", "Contract renewal", ["tp_renewal_notice", "tp_renew"], 60),
]
CITIES = {"Shanghai": ("上海", 0.36), "Hangzhou": ("杭州", 0.22), "Suzhou": ("苏州", 0.17), "Nanjing": ("南京", 0.15),
          "Ningbo": ("宁波", 0.10)}
STATIONS = {  # id: city, zh, en
    "SH-PD": ("Shanghai", "上海浦东站", "Shanghai Pudong"), "SH-MH": ("Shanghai", "上海闵行站", "Shanghai Minhang"),
    "HZ-BJ": ("Hangzhou", "杭州滨江站", "Hangzhou Binjiang"), "SZ-YQ": ("Suzhou", "苏州园区站", "Suzhou SIP"),
    "NJ-JN": ("Nanjing", "南京江宁站", "Nanjing Jiangning"), "NB-YZ": ("Ningbo", "宁波鄞州站", "Ningbo Yinzhou"),
}
PTYPES = {  # en: zh, weight, elevator counts, count weights, renew base, zh suffix, en suffix
    "residential": ("住宅小区", 0.50, [2, 4, 6, 8, 12], [0.2, 0.3, 0.25, 0.15, 0.1], 0.72, "花园", "Gardens"),
    "office": ("写字楼", 0.22, [4, 6, 8, 12], [0.3, 0.3, 0.25, 0.15], 0.88, "大厦", "Tower"),
    "mall": ("商场", 0.11, [8, 12, 16, 24], [0.3, 0.3, 0.25, 0.15], 0.90, "广场", "Plaza"),
    "hotel": ("酒店", 0.07, [2, 4, 6], [0.3, 0.4, 0.3], 0.85, "酒店", "Hotel"),
    "hospital": ("医院", 0.03, [16, 20, 28], [0.3, 0.4, 0.3], 0.95, "医院", "Hospital"),
    "industrial": ("产业园", 0.07, [1, 2, 3], [0.4, 0.4, 0.2], 0.80, "产业园", "Industrial Park"),
}
PLANS = {"full": ("全包", 14000.0), "semi": ("半包", 9000.0), "basic": ("清包", 5500.0)}
CHANNELS = {  # en: zh, weight, quote -> contract probability, events channel of the inquiry
    "website": ("官网咨询", 0.30, 0.50, "web"), "bidding": ("招投标", 0.30, 0.26, "other"),
    "referral": ("老客户推荐", 0.20, 0.80, "phone"), "sales_visit": ("销售拜访", 0.20, 0.62, "other"),
}
BRANDS = {"otis": ("奥的斯", 0.2), "schindler": ("迅达", 0.15), "kone": ("通力", 0.15), "mitsubishi": ("三菱", 0.2),
          "hitachi": ("日立", 0.15), "canny": ("康力", 0.15)}
FAULTS = {  # en: zh, weight, priority
    "door": ("门系统故障", 0.34, "P3"), "stopped": ("停梯", 0.20, "P2"), "trapped": ("困人", 0.12, "P1"),
    "noise": ("运行异响", 0.12, "P3"), "leveling": ("平层不准", 0.10, "P3"), "buttons": ("按钮显示故障", 0.12, "P3"),
}
PARTS = {  # en: zh, price
    "door_motor": ("门机", 6800), "door_lock": ("厅门门锁", 1200), "control_board": ("主控板", 9500),
    "wire_rope": ("钢丝绳", 14000), "encoder": ("编码器", 2600), "button_panel": ("按钮面板", 450),
    "guide_shoe": ("导靴", 900),
}
REPORT_CH = {"app": ("APP报修", "app"), "hotline": ("热线电话", "phone"), "iot_alarm": ("物联网报警", "other")}
ORDER_TYPES = {"contract_new": "新签合同", "contract_renewal": "续约合同", "parts": "配件", "callout": "紧急出车费",
               "inspection_fee": "年检服务费"}
COMPANIES = [("万科物业", 0.2, 0.05), ("绿城服务", 0.18, 0.05), ("保利物业", 0.14, 0.05), ("碧桂园服务", 0.12, 0.05),
             ("自管物业", 0.16, 0.03), ("JLL 仲量联行", 0.08, 0.75), ("CBRE 世邦魏理仕", 0.07, 0.75),
             ("Cushman 戴德梁行", 0.05, 0.7)]
NAMES = [("锦绣", "Jinxiu"), ("阳光", "Sunshine"), ("翠湖", "Cuihu"), ("金桥", "Jinqiao"), ("星河", "Xinghe"),
         ("海棠", "Haitang"), ("东方", "Oriental"), ("世纪", "Century"), ("华府", "Huafu"), ("绿地", "Greenland"),
         ("滨江", "Riverside"), ("紫荆", "Bauhinia"), ("和平", "Heping"), ("云顶", "Yunding"), ("明珠", "Pearl"),
         ("枫林", "Maple"), ("新城", "New Town"), ("嘉园", "Jiayuan"), ("银河", "Galaxy"), ("天悦", "Tianyue")]
AREAS = {"Shanghai": [("浦东", "Pudong", "SH-PD"), ("陆家嘴", "Lujiazui", "SH-PD"), ("张江", "Zhangjiang", "SH-PD"),
                      ("闵行", "Minhang", "SH-MH"), ("徐汇", "Xuhui", "SH-MH"), ("莘庄", "Xinzhuang", "SH-MH")],
         "Hangzhou": [("滨江", "Binjiang", "HZ-BJ"), ("西湖", "Xihu", "HZ-BJ"), ("萧山", "Xiaoshan", "HZ-BJ")],
         "Suzhou": [("园区", "SIP", "SZ-YQ"), ("吴中", "Wuzhong", "SZ-YQ"), ("姑苏", "Gusu", "SZ-YQ")],
         "Nanjing": [("江宁", "Jiangning", "NJ-JN"), ("鼓楼", "Gulou", "NJ-JN"), ("河西", "Hexi", "NJ-JN")],
         "Ningbo": [("鄞州", "Yinzhou", "NB-YZ"), ("江北", "Jiangbei", "NB-YZ")]}
TECH_NAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"]
TECH_EN = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu"]

# ---------- feedback texts: topic -> (zh templates, en templates); every template carries its topic marker ----------
TXT = {
    "trapped_wait": (["家人被困在电梯里{n}分钟才有人来救", "困人报修后等了{n}分钟师傅才到，太慢了",
                      "老人被关在轿厢里快一个小时，救援太慢"],
                     ["Residents were trapped in the lift for {n} minutes before anyone came",
                      "Trapped-passenger call took {n} minutes to get a technician on site, far too slow",
                      "A resident was stuck in the car for almost an hour, rescue way too slow"]),
    "trapped_fast": (["困人报警后{m}分钟师傅就赶到了，处置得当", "有人被困，救援来得很快，点赞"],
                     ["Rescue arrived {m} minutes after the alarm, handled calmly",
                      "Quick rescue when a resident got locked in, well done"]),
    "noise": (["电梯运行时有异响，咯噔咯噔的", "轿厢里噪音很大，晚上住户睡不着", "电梯一停一走就咣当响"],
              ["The lift makes a loud grinding noise when moving", "Rattling in the car all night, residents can't sleep",
               "Banging sound every time the lift stops"]),
    "door": (["电梯门老是关不上，反复开开关关", "电梯门夹到老人了，门的毛病太多"],
             ["The doors keep reopening and won't close", "Lift door hit an elderly resident, door trouble again"]),
    "repeat_fault": (["同一个故障修了{k}次还没好", "刚修好没几天又坏了"],
                     ["Same fault came back {k} times", "Fixed a few days ago and broke down again"]),
    "parts_price": (["{part}报价{p}元，太贵了", "配件报价比外面贵好多"],
                    ["The quote for the {part_en} ({p} yuan) is way too expensive",
                     "Parts quote is much higher than the market price"]),
    "parts_slow": (["等配件等了{d}天，电梯一直停着", "配件迟迟不到货，电梯停用好久"],
                   ["Waited {d} days for the part, the lift was out of service the whole time",
                    "Replacement part still not delivered, lift out of service for ages"]),
    "invoice": (["发票一直没开出来，财务催了好几次", "增值税专票开错抬头了要重开", "付款一个多月了还没收到发票"],
                ["Still haven't received the VAT invoice for our payment", "The invoice was issued with the wrong company name",
                 "Paid a month ago and no invoice yet"]),
    "tech_praise": (["{name}师傅很专业也很耐心", "技师讲解得很清楚，服务态度好"],
                    ["Technician {name_en} was professional and patient", "The engineer explained everything clearly, great attitude"]),
    "renewal_price": (["续约价格一下涨了{pct}%，接受不了", "维保费涨价太多，业委会不同意续签"],
                      ["The renewal price went up {pct}%, hard to accept",
                       "Maintenance fee increase is too steep for the owners' committee"]),
    "maint_skip": (["半月保养就是签个字走人，走过场", "保养记录是事后补签的"],
                   ["The fortnightly maintenance is just a signature and they leave",
                    "Maintenance records were filled in afterwards"]),
    "inspection_ok": (["今年年检一次就通过了，省心", "年检准备得很充分，一次过"],
                      ["Passed the annual inspection first time, thanks", "Well prepared for the annual inspection, passed first go"]),
}
TOPIC_TP = {"trapped_wait": "tp_arrive", "trapped_fast": "tp_arrive", "noise": "tp_repair", "door": "tp_repair",
            "repeat_fault": "tp_repair", "parts_price": "tp_parts_quote", "parts_slow": "tp_parts_install",
            "invoice": "tp_invoice", "tech_praise": "tp_repair", "renewal_price": "tp_renewal_notice",
            "maint_skip": "tp_maintenance", "inspection_ok": "tp_inspection"}
NEG = {"trapped_wait", "noise", "door", "repeat_fault", "parts_price", "parts_slow", "invoice", "renewal_price",
       "maint_skip"}
GEN = {"neg": (["希望尽快改进", "非常失望", "请给个说法"], ["Please sort this out", "Very disappointed", "Not acceptable"]),
       "pos": (["总体满意", "继续保持", "合作愉快"], ["Overall satisfied", "Keep it up", "Good partnership"]),
       "neu": (["一般般吧", "还行", "没什么特别的"], ["It's ok", "Average service", "Nothing special"])}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def rand_time(a: datetime, b: datetime) -> datetime:
    return a + D(seconds=float(rng.uniform(0, max(1.0, (b - a).total_seconds()))))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n = dict(ev=0, ord=0, fb=0, op=0, wo=0, ins=0, rn=0, mt=0)
        self.accounts = []

    def nid(self, k, prefix, width):
        self.n[k] += 1
        return f"{prefix}{self.n[k]:0{width}d}"

    # ---------- rows ----------
    def ev(self, a, t, tp, sid, action, common=None, **kw):
        if t > END or t < START:
            return False
        row = dict(event_id=self.nid("ev", "E", 7), customer_id=a["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, station_id=a["station"], city=a["city"], 城市=a["city_zh"],
                   property_name=a["name_en"], 项目名称=a["name_zh"])
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, a, t, amount, otype, status="paid", **kw):
        if t > END:
            return None
        oid = self.nid("ord", "SO", 6)
        row = dict(order_id=oid, customer_id=a["customer_id"], ts=ts(t), amount=round(float(amount), 2), status=status,
                   channel="other", order_type=otype, 订单类型=ORDER_TYPES[otype], station_id=a["station"],
                   city=a["city"], 城市=a["city_zh"], property_name=a["name_en"], 项目名称=a["name_zh"],
                   plan=a["plan"], 维保类型=PLANS[a["plan"]][0] if a["plan"] else None, currency="CNY")
        row.update(kw)
        if status == "refunded":
            row["refunded_at"] = ts(min(END, t + D(days=float(rng.uniform(3, 20)))))
        if status in ("paid", "refunded"):
            if EINVOICE[0] <= t < EINVOICE[1]:
                delay = float(rng.lognormal(np.log(16.0), 0.35))
            else:
                delay = float(rng.lognormal(np.log(1.5), 0.5))
            t_inv = t + D(days=delay)
            if t_inv <= END:
                row["invoice_issued_at"] = ts(t_inv)
                self.ev(a, t_inv, "tp_invoice", oid, "issued", channel="email", order_type=otype)
            if delay > 10 and rng.random() < 0.35:
                self.fb(a, t + D(days=float(rng.uniform(8, 10))), ["invoice"], pick(["complaint_ticket", "hotline_note"],
                        [0.5, 0.5]), role="property_manager")
            elif delay <= 10 and rng.random() < 0.006:
                self.fb(a, t + D(days=float(rng.uniform(2, 20))), ["invoice"], "hotline_note", role="property_manager")
        self.orders.append(row)
        return row

    def fb(self, a, t, topics, channel, rating=None, nps=None, common=None, undated=False, role="property_manager",
           gen=None, no_customer=False, fmt=None):
        if t is not None and t > END:
            return
        fid = self.nid("fb", "FB", 6)
        lang = "en" if rng.random() < a["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        fmt = dict(fmt or {})
        fmt.setdefault("n", int(rng.integers(35, 70)))
        fmt.setdefault("m", int(rng.integers(8, 20)))
        fmt.setdefault("k", int(rng.integers(2, 5)))
        fmt.setdefault("d", int(rng.integers(12, 30)))
        fmt.setdefault("pct", 15 if a["city"] == "Suzhou" else 5)
        fmt.setdefault("part", "门机")
        fmt.setdefault("part_en", "door motor")
        fmt.setdefault("p", 6800)
        k = int(rng.integers(len(TECH_NAMES)))
        fmt.setdefault("name", TECH_NAMES[k])
        fmt.setdefault("name_en", TECH_EN[k])
        parts = [str(rng.choice(TXT[tp][li])).format(**fmt) for tp in topics]
        if gen is None:
            gen = "neg" if set(topics) & NEG else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        tp = next((TOPIC_TP[x] for x in topics), "tp_rate")
        row = dict(feedback_id=fid, text=text, ts=None if undated or t is None else ts(t),
                   customer_id=None if no_customer else a["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, reporter_role=role,
                   反馈人={"property_manager": "物业经理", "resident": "业主/住户"}[role],
                   station_id=a["station"], station=STATIONS[a["station"]][1], station_en=STATIONS[a["station"]][2],
                   city=a["city"], 城市=a["city_zh"], property_name=a["name_en"], 项目名称=a["name_zh"])
        if common:
            for key in ("work_order_id", "elevator_id", "fault_type", "故障类型"):
                row[key] = common.get(key)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics))))

    # ---------- accounts ----------
    def make_account(self, i, legacy, t_lead=None, special=None):
        city = pick(list(CITIES), [c[1] for c in CITIES.values()])
        ptype = pick(list(PTYPES), [p[1] for p in PTYPES.values()])
        if special:
            city, ptype = "Suzhou", "residential"
        p = PTYPES[ptype]
        area = AREAS[city][int(rng.integers(len(AREAS[city])))]
        nm = NAMES[int(rng.integers(len(NAMES)))]
        name_zh, name_en = f"{CITIES[city][0]}{area[0]}{nm[0]}{p[5]}", f"{area[1]} {nm[1]} {p[6]}"
        if special:
            name_zh, name_en, area = "苏州金鸡湖花园", "Suzhou Jinji Lake Gardens", AREAS["Suzhou"][0]
        comp = COMPANIES[int(rng.choice(len(COMPANIES), p=np.array([c[1] for c in COMPANIES]) /
                                        sum(c[1] for c in COMPANIES)))]
        ch = pick(list(CHANNELS), [c[1] for c in CHANNELS.values()])
        n_el = int(pick(p[2], p[3])) if not special else 12
        plan = pick(["full", "semi", "basic"], {"residential": [0.2, 0.45, 0.35], "office": [0.45, 0.4, 0.15],
                                                "mall": [0.5, 0.4, 0.1], "hotel": [0.4, 0.4, 0.2],
                                                "hospital": [0.9, 0.1, 0.0], "industrial": [0.1, 0.3, 0.6]}[ptype])
        if special:
            plan = "semi"
        signup = t_lead if t_lead else datetime(2022, 1, 1) + D(days=float(rng.uniform(0, 1090)))
        els = []
        for k in range(n_el):
            if special:
                brand, year = "canny", 2008
            else:
                brand = pick(list(BRANDS), [b[1] for b in BRANDS.values()])
                year = int(rng.integers(1998, 2024))
            els.append(dict(elevator_id=f"A{i:04d}-E{k + 1:02d}", brand=brand, 品牌=BRANDS[brand][0], install_year=year))
        a = dict(customer_id=f"A{i:04d}", city=city, city_zh=CITIES[city][0], ptype=ptype, station=area[2],
                 name_zh=name_zh, name_en=name_en, company=comp[0], en_share=comp[2], channel=ch, n_el=n_el,
                 plan=None, plan_if=plan, signup=signup, legacy=legacy, els=els, special=bool(special), signed=None,
                 churned=None, value=0.0, breaches=[], inspect_month=int(rng.integers(1, 13)), spend=0.0)
        self.accounts.append(a)
        return a

    def onboarding(self, a):
        t = a["signup"]
        op = self.nid("op", "OP", 5)
        self.ev(a, t, "tp_lead", op, "inquiry", channel=CHANNELS[a["channel"]][3], acquisition_channel=a["channel"],
                device=pick(["pc", "ios", "android"], [0.6, 0.2, 0.2]) if a["channel"] == "website" else None)
        if rng.random() > 0.78:
            return
        t += D(days=float(rng.uniform(1, 7)))
        self.ev(a, t, "tp_survey", op, "surveyed", channel="other", n_elevators=a["n_el"])
        if rng.random() > 0.88:
            return
        t += D(days=float(rng.uniform(2, 8)))
        value = a["n_el"] * PLANS[a["plan_if"]][1] * float(rng.uniform(0.9, 1.1))
        self.ev(a, t, "tp_quote", op, "quoted", channel="email", plan=a["plan_if"], 维保类型=PLANS[a["plan_if"]][0],
                amount=round(value))
        if rng.random() > CHANNELS[a["channel"]][2]:
            return
        t += D(days=float(rng.uniform(3, 14)))
        if t > END:
            return
        a["plan"] = a["plan_if"]
        a["value"] = round(value)
        self.ev(a, t, "tp_contract", op, "signed", channel="other", plan=a["plan"], 维保类型=PLANS[a["plan"]][0],
                amount=a["value"])
        self.order(a, t, a["value"], "contract_new", status="paid" if rng.random() < 0.93 else "unpaid")
        a["signed"] = t
        return t + D(days=float(rng.uniform(3, 15)))

    # ---------- one contract year ----------
    def contract_year(self, a, s, e):
        lo, hi = max(s, START), min(e, END)
        if hi <= lo:
            return
        # fortnightly maintenance (one visit covers every lift of the account)
        t = lo + D(days=float(rng.uniform(0, 15)))
        while t < hi:
            tt = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(9, 16)))
            mt = self.nid("mt", "MT", 6)
            self.ev(a, tt, "tp_maintenance", mt, "done", channel="other", technician_id=self.tech(a),
                    n_elevators=a["n_el"])
            if rng.random() < 0.004:
                self.fb(a, tt + D(days=float(rng.uniform(0, 3))), ["maint_skip"], "hotline_note")
            t += D(days=15)
        for el in a["els"]:
            self.faults(a, el, lo, hi)
            self.inspection(a, el, lo, hi)

    def tech(self, a):
        return f"T-{a['station']}-{int(rng.integers(1, 9)):02d}"

    def faults(self, a, el, lo, hi):
        age = 2025 - el["install_year"]
        lam = 1.2 * (2.0 if age > 15 else 1.0) * (1.3 if el["brand"] == "canny" else 1.0)
        if a["special"]:
            lam = 4.0
        years = (hi - lo).total_seconds() / (365.25 * 86400)
        hist = []
        for _ in range(int(rng.poisson(lam * years * 1.6))):
            t = rand_time(lo, hi)
            heat = HEAT[0] <= t < HEAT[1]
            if rng.random() > (1.0 if heat else 1 / 1.6):
                continue
            w = [f[1] for f in FAULTS.values()]
            if heat:
                w = [x * m for x, m in zip(w, [1, 2.5, 1.4, 1, 1, 1])]
            if a["special"]:
                w = [x * m for x, m in zip(w, [1, 1, 1, 10, 1, 1])]
            ft = pick(list(FAULTS), w)
            hist.append((t, ft))
        hist.sort()
        for i, (t, ft) in enumerate(hist):
            repeat = any(ft == f2 and 0 < (t - t2).days < 30 for t2, f2 in hist[:i])
            self.work_order(a, el, t, ft, repeat)

    def work_order(self, a, el, t, ft, repeat):
        prio = FAULTS[ft][2]
        if prio == "P3":
            t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(7, 21)))
        if a["plan"] == "full" and ft in ("trapped", "stopped") and rng.random() < 0.35:
            rch = "iot_alarm"
        elif ft == "trapped":
            rch = pick(["hotline", "app"], [0.7, 0.3])
        else:
            rch = pick(["app", "hotline"], [0.6, 0.4])
        wo = self.nid("wo", "WO", 6)
        tech = self.tech(a)
        common = dict(elevator_id=el["elevator_id"], brand=el["brand"], 品牌=el["品牌"], install_year=el["install_year"],
                      fault_type=ft, 故障类型=FAULTS[ft][0], priority=prio, technician_id=tech, work_order_id=wo,
                      plan=a["plan"], 维保类型=PLANS[a["plan"]][0])
        dev = pick(["ios", "android", "pc"], [0.4, 0.4, 0.2]) if rch == "app" else None
        self.ev(a, t, "tp_fault_report", wo, "reported", common, channel=REPORT_CH[rch][1], report_channel=rch,
                报修渠道=REPORT_CH[rch][0], device=dev)
        t_d = t + D(minutes=float({"P1": rng.uniform(1, 6), "P2": rng.uniform(4, 25), "P3": rng.uniform(10, 120)}[prio]))
        self.ev(a, t_d, "tp_dispatch", wo, "assigned", common, channel="app")
        if prio == "P1":
            med = 38.0 if (a["station"] == "SH-PD" and t >= PUDONG_SLOW) else 16.0
            if HEAT[0] <= t < HEAT[1]:
                med *= 1.2
            travel = float(rng.lognormal(np.log(med), 0.35))
        elif prio == "P2":
            travel = float(rng.lognormal(np.log(75.0), 0.4))
        else:
            travel = float(rng.lognormal(np.log(300.0), 0.5)) * (2.2 if SPRING[0] <= t < SPRING[1] else 1.0)
        t_a = t_d + D(minutes=travel)
        self.ev(a, t_a, "tp_arrive", wo, "on_site", common, channel="other", response_minutes=round(travel, 1))
        if prio == "P1" and travel > 30:
            a["breaches"].append(t)
        # after-hours call-out fee for basic-plan accounts
        if a["plan"] == "basic" and prio in ("P1", "P2") and (t.hour < 8 or t.hour >= 18 or t.weekday() >= 5):
            st = "paid"
            r = rng.random()
            if r < 0.10:
                st = "refunded"
            elif r < 0.16:
                st = "unpaid"
            self.order(a, t_a, 800 if prio == "P1" else 500, "callout", status=st, work_order_id=wo,
                       fault_type=ft, 故障类型=FAULTS[ft][0])
        age = 2025 - el["install_year"]
        p_parts = 0.12 + (0.18 if age > 15 else 0.0) + (0.3 if el["brand"] == "canny" and el["install_year"] < 2010
                                                        else 0.0)
        if ft == "trapped":
            p_parts *= 0.5
        t_done, rating_hint, topics = None, 4.5, []
        if prio == "P1":
            topics = ["trapped_wait"] if travel > 30 else (["trapped_fast"] if rng.random() < 0.4 else [])
            rating_hint = 1.6 if travel > 30 else 4.6
        if rng.random() < p_parts:
            part = pick(list(PARTS), [0.3, 0.2, 0.12, 0.05, 0.1, 0.13, 0.1])
            price = PARTS[part][1]
            t_q = t_a + D(minutes=float(rng.uniform(40, 180)))
            self.ev(a, t_q, "tp_parts_quote", wo, "quoted", common, channel="app", part=part, 配件名称=PARTS[part][0],
                    amount=price)
            charged = a["plan"] == "basic" or (a["plan"] == "semi" and price >= 1000)
            if not charged:
                p_ok, delay = 0.98, float(rng.uniform(0.05, 0.5))
            elif a["ptype"] == "residential":
                p_ok, delay = 0.55, float(rng.uniform(3, 20))        # owners' committee must approve
            else:
                p_ok, delay = 0.86, float(rng.uniform(0.5, 5))
            if charged and price >= 6000 and rng.random() < 0.25:
                self.fb(a, t_q + D(days=float(rng.uniform(0.2, 2))), ["parts_price"], "hotline_note", common=common,
                        fmt=dict(part=PARTS[part][0], part_en=part.replace("_", " "), p=price))
            if rng.random() < p_ok:
                t_o = t_q + D(days=delay)
                self.ev(a, t_o, "tp_parts_order", wo, "approved", common, channel="app", part=part,
                        配件名称=PARTS[part][0], amount=price if charged else 0)
                if charged:
                    r = rng.random()
                    st = "refunded" if r < 0.05 else ("unpaid" if r < 0.12 else "paid")
                    self.order(a, t_o, price, "parts", status=st, work_order_id=wo, part=part, 配件名称=PARTS[part][0],
                               fault_type=ft, 故障类型=FAULTS[ft][0])
                slow = el["brand"] == "canny" and el["install_year"] < 2010
                wait = float(rng.uniform(9, 25)) if slow else float(rng.uniform(1.5, 7))
                t_i = t_o + D(days=wait)
                self.ev(a, t_i, "tp_parts_install", wo, "fitted", common, channel="other", part=part,
                        配件名称=PARTS[part][0])
                self.ev(a, t_i + D(minutes=float(rng.uniform(30, 120))), "tp_repair", wo, "fixed_after_parts", common,
                        channel="other")
                t_done = t_i + D(hours=2)
                if wait > 10:
                    rating_hint = min(rating_hint, 2.4)
                    if rng.random() < 0.5:
                        self.fb(a, t_i - D(days=2), ["parts_slow"], "complaint_ticket", common=common,
                                fmt=dict(d=int((t_i - t_q).days)))
        else:
            t_done = t_a + D(minutes=float(rng.uniform(20, 150)))
            self.ev(a, t_done, "tp_repair", wo, "fixed", common, channel="other")
        if repeat:
            rating_hint = min(rating_hint, 2.5)
            topics = topics + ["repeat_fault"]
        if ft in ("noise", "door") and rng.random() < 0.5:
            topics = topics + [ft]
            rating_hint = min(rating_hint, 3.2)
        # complaints outside the app
        if prio == "P1" and travel > 30:
            if rng.random() < 0.55:
                self.fb(a, t_a + D(minutes=float(rng.uniform(20, 300))), ["trapped_wait"],
                        pick(["complaint_ticket", "hotline_note"], [0.5, 0.5]), common=common,
                        role=pick(["resident", "property_manager"], [0.6, 0.4]), fmt=dict(n=int(travel + 5)),
                        no_customer=rng.random() < 0.08)
        if ft == "noise" and (a["special"] and rng.random() < 0.6 or rng.random() < 0.06):
            self.fb(a, t + D(hours=float(rng.uniform(1, 48))), ["noise"], "resident_qr",
                    rating=int(pick([1, 2, 3], [0.5, 0.35, 0.15])), common=common, role="resident")
        # in-app rating by the property manager
        if t_done is not None and rng.random() < 0.22:
            t_r = t_done + D(hours=float(rng.uniform(1, 30)))
            if self.ev(a, t_r, "tp_rate", wo, "rated", common, channel="app"):
                if a["station"] == "NB-YZ":
                    rating_hint += 0.4
                stars = int(np.clip(round(rng.normal(rating_hint, 0.7)), 1, 5))
                tops = [x for x in topics if x in ("trapped_wait", "trapped_fast", "repeat_fault", "noise", "door")]
                if not tops and stars >= 4 and rng.random() < 0.3:
                    tops = ["tech_praise"]
                gen = "neg" if stars <= 2 else ("pos" if stars >= 4 else "neu")
                self.fb(a, t_r, tops[:2], "app_review", rating=stars, common=common, gen=gen)

    def inspection(self, a, el, lo, hi):
        for y in (2025, 2026):
            d0 = datetime(y, a["inspect_month"], int(rng.integers(1, 20))) + D(hours=float(rng.uniform(9, 15)))
            if not (lo <= d0 < hi):
                continue
            sid = self.nid("ins", "IN", 6)
            common = dict(elevator_id=el["elevator_id"], brand=el["brand"], 品牌=el["品牌"],
                          install_year=el["install_year"], plan=a["plan"], 维保类型=PLANS[a["plan"]][0])
            self.ev(a, d0, "tp_selfcheck", sid, "done", common, channel="other")
            t = d0 + D(days=float(rng.uniform(5, 12)))
            p_fail = {"full": 0.05, "semi": 0.11, "basic": 0.26}[a["plan"]] + (0.08 if 2025 - el["install_year"] > 15
                                                                               else 0.0)
            first = True
            while True:
                fail = rng.random() < (p_fail if first else 0.1)
                self.ev(a, t, "tp_inspection", sid, "fail" if fail else "pass", common, channel="other",
                        attempt=1 if first else 2, 年检结果="不合格" if fail else "合格")
                if first and a["plan"] == "basic":
                    self.order(a, t, 400, "inspection_fee", elevator_id=el["elevator_id"])
                if not fail:
                    break
                first = False
                t += D(days=float(rng.uniform(10, 25)))
            t_c = t + D(days=float(rng.uniform(3, 10)))
            self.ev(a, t_c, "tp_cert", sid, "issued", common, channel="other")
            if first and rng.random() < 0.01:
                self.fb(a, t_c + D(days=2), ["inspection_ok"], "hotline_note", common=common, gen="pos")

    # ---------- renewal ----------
    def renewals(self, a, start, end):
        s, e = start, end
        while True:
            self.contract_year(a, s, e)
            notice = e - D(days=45) + D(hours=float(rng.uniform(9, 17)))
            if notice > END:
                return
            if notice < START:
                s, e = e, e + D(days=365)
                continue
            rn = self.nid("rn", "RN", 5)
            self.ev(a, notice, "tp_renewal_notice", rn, "sent", channel="email", plan=a["plan"],
                    维保类型=PLANS[a["plan"]][0], amount=a["value"])
            p = PTYPES[a["ptype"]][4]
            if sum(1 for b in a["breaches"] if notice - D(days=365) <= b < notice) >= 2:
                p -= 0.3
            up = 1.0
            if notice >= PRICE_UP:
                up = 1.15 if a["city"] == "Suzhou" else 1.05
                if a["city"] == "Suzhou":
                    p -= 0.35
                    if rng.random() < 0.35:
                        self.fb(a, notice + D(days=float(rng.uniform(2, 20))), ["renewal_price"],
                                pick(["hotline_note", "complaint_ticket"], [0.6, 0.4]))
                elif rng.random() < 0.03:
                    self.fb(a, notice + D(days=float(rng.uniform(2, 20))), ["renewal_price"], "hotline_note")
            if rng.random() < p:
                t_r = notice + D(days=float(rng.uniform(3, 50)))
                a["value"] = round(a["value"] * up)
                if self.ev(a, t_r, "tp_renew", rn, "renewed", channel="other", plan=a["plan"],
                           维保类型=PLANS[a["plan"]][0], amount=a["value"]):
                    self.order(a, t_r, a["value"], "contract_renewal",
                               status="paid" if rng.random() < 0.94 else "unpaid")
                s, e = e, e + D(days=365)
            else:
                a["churned"] = e
                return

    def surveys(self):
        for qend in (datetime(2025, 3, 31), datetime(2025, 6, 30), datetime(2025, 9, 30), datetime(2025, 12, 31),
                     datetime(2026, 3, 31), datetime(2026, 6, 30)):
            for a in self.accounts:
                if a["plan"] is None or a["start"] > qend - D(days=60) or (a["churned"] and a["churned"] < qend):
                    continue
                if rng.random() > 0.3:
                    continue
                t = qend + D(days=float(rng.uniform(3, 20)), hours=float(rng.uniform(8, 20)))
                bad = any(qend - D(days=90) <= b <= qend for b in a["breaches"])
                sz = a["city"] == "Suzhou" and qend >= PRICE_UP
                mu = 8.3 - (3.0 if bad else 0) - (2.5 if sz else 0) + (0.5 if a["ptype"] in ("mall", "hospital") else 0)
                nps = int(np.clip(round(rng.normal(mu, 1.3)), 0, 10))
                topics = []
                if bad and rng.random() < 0.6:
                    topics.append("trapped_wait")
                if sz and rng.random() < 0.4:
                    topics.append("renewal_price")
                if rng.random() < 0.05:
                    topics.append("maint_skip")
                if nps >= 9 and not topics and rng.random() < 0.4:
                    topics.append("tech_praise")
                gen = "neg" if nps <= 6 else ("pos" if nps >= 9 else "neu")
                self.fb(a, t, topics, "survey", nps=nps, gen=gen)

    def paper_cards(self):
        signed = [a for a in self.accounts if a["plan"] is not None and a["ptype"] == "residential"]
        special = next(a for a in self.accounts if a["special"])
        for i in range(110):
            a = special if i < 22 else signed[int(rng.integers(len(signed)))]
            if a["special"]:
                topics, st = ["noise"], int(pick([1, 2, 3], [0.5, 0.4, 0.1]))
            else:
                topics = [pick(["trapped_wait", "door", "tech_praise", "noise", ""], [0.15, 0.2, 0.35, 0.1, 0.2])]
                topics = [x for x in topics if x]
                st = {"trapped_wait": 1, "door": 2, "noise": 2, "tech_praise": 5}.get(topics[0] if topics else "", 3)
                st = int(np.clip(st + int(rng.integers(-1, 2)), 1, 5))
            self.fb(a, None, topics, "paper_card", rating=st, undated=True, role="resident",
                    gen="neg" if st <= 2 else ("pos" if st >= 4 else "neu"))

    def run(self):
        i = 0
        for _ in range(430):                               # accounts we already served before the platform
            i += 1
            a = self.make_account(i, legacy=True, special=(i == 77))
            a["plan"] = a["plan_if"]
            a["value"] = round(a["n_el"] * PLANS[a["plan"]][1] * float(rng.uniform(0.9, 1.1)))
            a["signed"] = a["signup"]
            end = datetime(2025, 2, 15) + D(days=float(rng.uniform(0, 364)))
            a["start"] = end - D(days=365)
            self.renewals(a, a["start"], end)
        # new inquiries, growing over time
        days = [START + D(days=k) for k in range((END - START).days + 1)]
        w = np.array([(0.7 + 0.6 * k / len(days)) * (0.3 if SPRING[0] <= d < SPRING[1] else 1.0)
                      for k, d in enumerate(days)])
        idx = np.sort(rng.choice(len(days), size=820, p=w / w.sum()))
        for k in idx:
            i += 1
            t_lead = days[k] + D(hours=float(rng.uniform(8, 19)))
            a = self.make_account(i, legacy=False, t_lead=t_lead)
            st = self.onboarding(a)
            if st is not None:
                a["start"] = st
                self.renewals(a, st, st + D(days=365))
            else:
                a["start"] = END + D(days=1)
        self.surveys()
        self.paper_cards()

    def customer_rows(self):
        rows = []
        for a in self.accounts:
            if a["plan"] is None:
                seg = "prospect"
            elif a["churned"] is not None and a["churned"] <= END:
                seg = "churned"
            elif a["signed"] >= datetime(2026, 3, 1):
                seg = "new"
            else:
                seg = "active"
            v = a["value"]
            tier = "key_account" if v >= 100000 else ("standard" if v >= 30000 else "small")
            rows.append(dict(customer_id=a["customer_id"], signup_at=ts(a["signup"]), segment=seg, region=a["city"],
                             城市=a["city_zh"], acquisition_channel=a["channel"], 获客渠道=CHANNELS[a["channel"]][0],
                             tier=tier, 客户等级={"key_account": "大客户", "standard": "标准客户", "small": "小微客户"}[tier],
                             property_type=a["ptype"], 物业类型=PTYPES[a["ptype"]][0], property_name=a["name_en"],
                             项目名称=a["name_zh"], property_company=a["company"], station_id=a["station"],
                             station=STATIONS[a["station"]][1], station_en=STATIONS[a["station"]][2],
                             n_elevators=a["n_el"], plan=a["plan"],
                             维保类型=PLANS[a["plan"]][0] if a["plan"] else None,
                             annual_contract_value=a["value"] if a["plan"] else None))
        return rows


def write(path: Path, rows, cols):
    known = set(cols)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            assert known.issuperset(r), set(r) - known
            w.writerow(["" if r.get(k) is None else r[k] for k in cols])


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "station_id",
           "city", "城市", "property_name", "项目名称", "acquisition_channel", "work_order_id", "elevator_id", "brand",
           "品牌", "install_year", "fault_type", "故障类型", "priority", "report_channel", "报修渠道", "technician_id",
           "response_minutes", "part", "配件名称", "amount", "plan", "维保类型", "n_elevators", "attempt", "年检结果",
           "order_type"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "order_type", "订单类型", "station_id", "city",
            "城市", "property_name", "项目名称", "plan", "维保类型", "work_order_id", "elevator_id", "part", "配件名称",
            "fault_type", "故障类型", "refunded_at", "invoice_issued_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "reporter_role", "反馈人", "station_id", "station", "station_en", "city", "城市", "property_name", "项目名称",
           "work_order_id", "elevator_id", "fault_type", "故障类型"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier", "客户等级",
             "property_type", "物业类型", "property_name", "项目名称", "property_company", "station_id", "station",
             "station_en", "n_elevators", "plan", "维保类型", "annual_contract_value"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    # station names on events
    for r in g.events:
        r["station"], r["station_en"] = STATIONS[r["station_id"]][1], STATIONS[r["station_id"]][2]
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
    dup = rng.choice(len(ev), size=30, replace=False)               # the app re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    cols = EV_COLS[:9] + ["station", "station_en"] + EV_COLS[9:]
    write(out / "events.csv", ev, cols)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", sorted(g.truth, key=lambda r: r["feedback_id"]),
          ["feedback_id", "topics"])
    print(f"accounts {len(g.accounts)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(fb)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
