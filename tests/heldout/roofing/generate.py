"""顶好防水 TopSeal Roofing: a roofing and waterproofing contractor (屋顶防水维修) in Guangzhou and Foshan serving
homeowners (个人业主: self-built houses 自建房, top-floor flats 顶楼住宅, villas 别墅), property management companies
(物业公司: residential compounds 住宅小区, office towers 写字楼) and businesses (厂房 factories, 商铺 shops).

A lead comes in (大众点评 / 抖音 / 百度 / 老客推荐 / 微信公众号 / 物业合作渠道; some first use the online estimator in
the mini program), a site survey is booked (预约勘查) and carried out by a surveyor (上门勘查: moisture meter, water
test), a quote is sent (报价), the customer signs a contract and pays a 30 % deposit (签约付定金) or the deal is lost
(丢单, with a reason), a crew is dispatched (派工进场; rain postpones it: 雨天改期), the job is completed and accepted
after a water test (完工验收, 闭水试验), the balance is paid (尾款结清), the customer gets a follow-up call (回访评价);
leaks that come back are reported under warranty (保修报修), a crew revisits (返修上门) and the claim is closed after a
new water test (复查结案). A few contracts are cancelled before work starts and the deposit refunded (取消合同).
Rain season (雨季) in Guangdong: April - September (龙舟水 in May - June, typhoons in late summer).
Data 2025-01-01 .. 2026-06-30 (the CRM extract was taken in early July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261218), Python + numpy, a few seconds. Planted patterns: README.md.
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
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
SUB_CREW_FROM = datetime(2025, 5, 1)                                # subcontracted crew CR05 hired for the rain season
SV03_FROM = datetime(2025, 11, 1)                                   # new surveyor He Jun (Guangzhou)
ONLINE_QUOTE = datetime(2026, 3, 1)                                 # quotes drafted on site in the app
TYPHOON = datetime(2025, 9, 24, 6)                                  # typhoon landfall: emergency leak calls
RECORD_RAIN = (datetime(2026, 5, 1), datetime(2026, 7, 1))          # record 龙舟水: crews rained off, backlog

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_price_calc", "小程序在线估价", "Online estimator", "awareness", "mini_program", "digital", "marketing",
     "在线估价|估价|算价格|估个价|小程序估价|online estimate|price calculator|estimator"),
    ("tp_lead", "咨询登记", "Enquiry / lead", "awareness", "phone", "digital", "sales",
     "咨询|线索|询价|报漏|打电话咨询|留资|lead|enquiry|inquiry|call in"),
    ("tp_survey_booked", "预约勘查", "Survey booked", "consideration", "phone", "digital", "sales",
     "预约|约勘查|约上门|预约上门|book survey|appointment|booking"),
    ("tp_site_survey", "上门勘查", "Site survey", "consideration", "other", "physical", "survey",
     "勘查|勘察|上门看|现场查看|查漏|测漏|site visit|inspection|survey|leak detection"),
    ("tp_quote", "报价", "Quote sent", "consideration", "other", "digital", "sales",
     "报价|出报价|报价单|方案|估价单|quote|quotation|estimate|proposal"),
    ("tp_lost", "丢单", "Deal lost", "consideration", "other", "digital", "sales",
     "丢单|没签|未成交|不做了|lost deal|lost|declined quote"),
    ("tp_contract", "签约付定金", "Contract signed", "purchase", "other", "physical", "sales",
     "签约|签合同|下定金|付定金|成交|contract|signed|deposit|deal"),
    ("tp_cancel", "取消合同", "Contract cancelled", "purchase", "other", "digital", "sales",
     "取消合同|退定金|退单|cancel|cancellation|deposit refund"),
    ("tp_rain_delay", "雨天改期", "Rain postponement", "service", "phone", "digital", "operations",
     "改期|延期|下雨停工|推迟施工|rain delay|postponed|rescheduled"),
    ("tp_dispatch", "派工进场", "Crew dispatched", "service", "other", "physical", "operations",
     "派工|进场|开工|施工队上门|dispatch|crew on site|start of works"),
    ("tp_completion", "完工验收", "Job completed & accepted", "service", "other", "physical", "operations",
     "完工|验收|闭水试验|交付|竣工|completion|handover|water test|finished"),
    ("tp_final_payment", "尾款结清", "Final payment", "purchase", "other", "digital", "finance",
     "尾款|结清|付尾款|结算|回款|final payment|balance paid|settlement"),
    ("tp_review", "回访评价", "Follow-up call & rating", "loyalty", "phone", "digital", "customer_service",
     "回访|评价|满意度|打分|follow-up call|rating|review|CSAT"),
    ("tp_warranty_claim", "保修报修", "Warranty leak claim", "service", "phone", "digital", "customer_service",
     "保修|报修|又漏了|返漏|漏水投诉|质保|warranty claim|leak again|callback claim"),
    ("tp_revisit", "返修上门", "Leak revisit", "service", "other", "physical", "operations",
     "返修|返工|二次上门|维修上门|revisit|repair visit|rework"),
    ("tp_claim_closed", "复查结案", "Claim closed", "service", "other", "physical", "customer_service",
     "结案|复查|复验|关闭报修|claim closed|re-inspection|resolved"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("lead_to_contract", "咨询到签约", "Lead to contract",
     ["tp_lead", "tp_survey_booked", "tp_site_survey", "tp_quote", "tp_contract"], 60),
    ("online_estimate", "在线估价转化", "Online estimate to contract",
     ["tp_price_calc", "tp_lead", "tp_site_survey", "tp_contract"], 30),
    ("delivery", "施工交付", "Job delivery", ["tp_contract", "tp_dispatch", "tp_completion", "tp_final_payment"], 90),
    ("warranty", "保修返修", "Warranty leak repair", ["tp_warranty_claim", "tp_revisit", "tp_claim_closed"], 30),
]
DISTRICTS = [  # id, city, zh, en, weight
    ("BY", "Guangzhou", "白云区", "Baiyun", 0.21), ("TH", "Guangzhou", "天河区", "Tianhe", 0.11),
    ("HZ", "Guangzhou", "海珠区", "Haizhu", 0.10), ("PY", "Guangzhou", "番禺区", "Panyu", 0.13),
    ("HD", "Guangzhou", "花都区", "Huadu", 0.09), ("CC", "Foshan", "禅城区", "Chancheng", 0.10),
    ("NH", "Foshan", "南海区", "Nanhai", 0.14), ("SD", "Foshan", "顺德区", "Shunde", 0.12),
]
DIST = {d[0]: d for d in DISTRICTS}
CITY_ZH = {"Guangzhou": "广州", "Foshan": "佛山"}
CTYPE = {"homeowner": "个人业主", "property_manager": "物业公司", "business": "企业商户"}
CHANNELS = {"dianping": "大众点评", "douyin": "抖音", "baidu": "百度搜索", "referral": "老客推荐",
            "wechat": "微信公众号", "property_partner": "物业合作渠道", "repeat": "老客户复购"}
CH_W = {"homeowner": {"dianping": 0.31, "douyin": 0.22, "baidu": 0.19, "referral": 0.15, "wechat": 0.13},
        "property_manager": {"property_partner": 0.55, "baidu": 0.2, "referral": 0.25},
        "business": {"baidu": 0.36, "dianping": 0.14, "referral": 0.25, "douyin": 0.10, "wechat": 0.15}}
P_BOOK = {"dianping": 0.72, "douyin": 0.56, "baidu": 0.74, "referral": 0.9, "wechat": 0.75, "property_partner": 0.86,
          "repeat": 0.9}
CH_ACCEPT = {"dianping": 0.82, "douyin": 0.5, "baidu": 1.0, "referral": 1.4, "wechat": 1.0, "property_partner": 1.15,
             "repeat": 1.45}
BUILDINGS = {  # en: zh, en label, area (lo, hi), roof probs (flat, tile, metal, terrace)
    "self_built": ("自建房", "self-built house", (60, 200), (0.72, 0.18, 0.0, 0.10)),
    "top_floor": ("顶楼住宅", "top-floor flat", (40, 120), (0.8, 0.0, 0.0, 0.2)),
    "villa": ("别墅", "villa", (100, 300), (0.0, 0.6, 0.0, 0.4)),
    "residential_complex": ("住宅小区", "residential compound", (600, 3000), (0.9, 0.1, 0.0, 0.0)),
    "office": ("写字楼", "office tower", (400, 2000), (1.0, 0.0, 0.0, 0.0)),
    "factory": ("厂房", "factory", (800, 6000), (0.15, 0.0, 0.85, 0.0)),
    "shop": ("商铺", "shop", (50, 300), (0.6, 0.0, 0.4, 0.0)),
}
B_W = {"homeowner": {"self_built": 0.45, "top_floor": 0.40, "villa": 0.15},
       "property_manager": {"residential_complex": 0.8, "office": 0.2},
       "business": {"factory": 0.6, "shop": 0.4}}
ROOFS = {"flat": ("平屋面", "flat concrete roof"), "tile": ("瓦屋面", "tiled pitched roof"),
         "metal": ("彩钢瓦屋面", "metal sheet roof"), "terrace": ("露台", "roof terrace")}
JOBS = {"leak_repair": ("局部补漏", "spot leak repair"), "full_reroof": ("整体翻新防水", "full re-waterproofing"),
        "insulation": ("隔热防水", "insulation & waterproofing"), "gutter": ("天沟排水修缮", "gutter & drain repair")}
JOB_P = {"flat": (0.5, 0.35, 0.12, 0.03), "tile": (0.55, 0.30, 0.0, 0.15), "metal": (0.35, 0.25, 0.25, 0.15),
         "terrace": (0.6, 0.4, 0.0, 0.0)}
MATERIALS = {"sbs": ("SBS改性沥青卷材", 135), "pu": ("聚氨酯涂料", 120), "js": ("JS聚合物水泥涂料", 95),
             "tpo": ("TPO卷材", 165), "acrylic": ("彩钢瓦丙烯酸涂料", 62), "injection": ("注浆堵漏", 0),
             "foam": ("发泡聚氨酯隔热", 88)}
CREWS = [  # id, zh, en, type, city
    ("CR01", "陈师傅队", "Chen's crew", "in_house", "Guangzhou"), ("CR02", "李师傅队", "Li's crew", "in_house", "Guangzhou"),
    ("CR03", "王师傅队", "Wang's crew", "in_house", "Guangzhou"), ("CR04", "梁师傅队", "Liang's crew", "in_house", "Foshan"),
    ("CR05", "黄师傅队", "Huang's crew", "subcontract", None), ("CR06", "罗师傅队", "Luo's crew", "in_house", "Foshan"),
]
CREW = {c[0]: c for c in CREWS}
CREW_TYPE_ZH = {"in_house": "自有施工队", "subcontract": "外包施工队"}
CREW_Q = {"CR01": 1.0, "CR02": 0.8, "CR03": 1.1, "CR04": 0.95, "CR05": 3.6, "CR06": 1.0}     # leak-back factor
SURVEYORS = [  # id, zh, en, city, from
    ("SV01", "张伟", "Zhang Wei", "Guangzhou", None), ("SV02", "刘洋", "Liu Yang", "Guangzhou", None),
    ("SV03", "何军", "He Jun", "Guangzhou", SV03_FROM), ("SV04", "邓浩", "Deng Hao", "Foshan", None),
    ("SV05", "麦强", "Mai Qiang", "Foshan", None),
]
LOST_ZH = {"too_expensive": "价格太高", "competitor": "选了别家", "diy": "自己找人修", "postponed": "暂缓再说",
           "budget_not_approved": "预算未获批"}
CANCEL_ZH = {"delay": "工期拖延", "changed_mind": "改变主意", "sold_house": "房子出售"}
CLAIM_ZH = {"seam_leak": "卷材接缝渗漏", "drain_blocked": "落水口堵塞", "blister": "防水层起鼓",
            "crack": "基层开裂", "flashing": "泛水收口渗漏"}
PAY_ZH = {"wechat": "微信", "alipay": "支付宝", "bank_transfer": "对公转账", "cash": "现金"}
OTYPE = {"deposit": "定金", "balance": "尾款"}
SEGS = {"prospect": "潜在客户", "active": "在施客户", "one_job": "单次客户", "repeat": "回头客",
        "cancelled": "已取消客户"}
TIERS = {"regular": "普通客户", "key_account": "大客户"}
WEATHER_ZH = {"sunny": "晴", "cloudy": "多云", "light_rain": "小雨", "heavy_rain": "大雨", "rainstorm": "暴雨"}
PM_NAMES = ["保利物业", "越秀物业", "碧桂园服务", "万科物业", "雅居乐物业", "中海物业", "美的物业", "华润万象生活",
            "珠江物业", "广电物业", "富力物业", "时代邻里", "合景悠活", "星河物业", "金地物业", "招商积余"]
MONTH_W = {1: 0.55, 2: 0.40, 3: 0.85, 4: 1.15, 5: 1.85, 6: 1.95, 7: 1.30, 8: 1.40, 9: 1.25, 10: 0.80, 11: 0.60,
           12: 0.50}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "leak_again": (["修完没多久又开始漏水", "下雨天又渗水了", "补过的地方还是漏"],
                   ["it started leaking again not long after the repair", "water is seeping in again whenever it rains",
                    "the patched spot is still leaking"]),
    "rain_delay": (["一直说下雨不能施工，拖了半个月", "工期一拖再拖", "签完合同迟迟不进场"],
                   ["they kept postponing because of the rain", "the start date slipped again and again",
                    "we signed the contract and the crew still didn't show up for weeks"]),
    "expensive": (["报价太贵了", "比别家贵了一大截", "报价里乱加项目"],
                  ["the quote was far too expensive", "much pricier than other contractors",
                   "they padded the quote with extra items"]),
    "slow_response": (["报修三四天都没人上门", "打了好几次电话才派人来"],
                      ["reported the leak and nobody came for days", "had to call several times before anyone came"]),
    "mess": (["施工垃圾堆在楼顶没清", "楼道被弄得很脏"],
             ["they left construction rubbish on the roof", "the stairwell was left filthy"]),
    "no_show": (["约好的勘查师傅放鸽子", "等了一上午勘查员也没来"],
                ["the surveyor stood us up", "waited all morning and the surveyor never came"]),
    "professional": (["勘查很仔细，还做了闭水测试", "师傅很专业"],
                     ["the survey was very thorough", "a very professional crew"]),
    "fixed": (["暴雨过后一点都不漏了", "困扰多年的漏水终于解决"],
              ["not a single drip even after the rainstorm", "the leak that bugged us for years is finally fixed"]),
    "fast": (["打电话当天就上门了", "响应很快"], ["they came the same day I called", "super quick response"]),
    "tidy": (["完工后收拾得很干净"], ["they cleaned up everything after the job"]),
}
GEN = {
    "pos": (["整体满意", "会推荐给邻居", "服务不错"], ["overall happy", "would recommend to the neighbours", "good service"]),
    "neu": (["还行吧", "一般般", "中规中矩"], ["it was ok", "average experience", "nothing special"]),
    "neg": (["不会再找他们了", "体验很差", "太失望了"], ["won't use them again", "really disappointed", "poor experience"]),
}
NEG_TOPICS = {"leak_again", "rain_delay", "expensive", "slow_response", "mess", "no_show"}
POS_TOPICS = {"professional", "fixed", "fast", "tidy"}
TOPIC_TP = [("no_show", "tp_site_survey"), ("expensive", "tp_quote"), ("rain_delay", "tp_dispatch"),
            ("slow_response", "tp_revisit"), ("leak_again", "tp_warranty_claim"), ("mess", "tp_completion"),
            ("fixed", "tp_completion"), ("tidy", "tp_completion"), ("professional", "tp_site_survey"),
            ("fast", "tp_survey_booked")]


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, w):
    w = np.asarray(w, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def rainy(t: datetime) -> bool:
    return 4 <= t.month <= 9


def work_hours(t: datetime) -> datetime:
    """move a time into working hours (8:00 - 19:00)."""
    if t.hour < 8:
        return datetime(t.year, t.month, t.day, 8) + D(minutes=float(rng.uniform(0, 150)))
    if t.hour >= 19:
        return datetime(t.year, t.month, t.day, 8) + D(days=1, minutes=float(rng.uniform(0, 180)))
    return t


def weather(t: datetime, rain_delay=False) -> str:
    if rain_delay:
        return pick(["heavy_rain", "rainstorm"], [0.6, 0.4])
    if rainy(t):
        return pick(["sunny", "cloudy", "light_rain"], [0.35, 0.45, 0.2])
    return pick(["sunny", "cloudy", "light_rain"], [0.5, 0.42, 0.08])


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_pj = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, common=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        digital = tp in ("tp_price_calc",) or (tp == "tp_lead" and action == "form")
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"] if digital else None,
                   channel="mini_program" if tp == "tp_price_calc" else None)
        if common:
            row.update(common)
        row["rain_season"] = "rainy" if rainy(t) else "dry"
        row["季节"] = "雨季" if rainy(t) else "旱季"
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, sid, common, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"OD{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t),
                   amount=round(float(amount), 2), status=status, channel=common.get("lead_source"),
                   order_type=otype, 款项类型=OTYPE[otype], project_id=sid)
        for k in ("contract_value", "job_type", "工程类型", "roof_type", "屋面类型", "district", "区域", "district_en",
                  "city", "城市", "customer_type", "客户类型", "crew_id", "crew", "crew_en"):
            row[k] = common.get(k)
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, common=None, undated=False, gen=None,
           no_customer=False, sid=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if common and common.get("job_type") and rng.random() < 0.45:       # what the job was, in their words
            b = BUILDINGS[c["building"]]
            if li == 0:
                parts.insert(0, f"{b[0]}{ROOFS[common['roof_type']][0]}做{JOBS[common['job_type']][0]}")
            else:
                parts.insert(0, f"we had a {JOBS[common['job_type']][1]} done on our {b[1]}'s "
                                f"{ROOFS[common['roof_type']][1]}")
        if channel == "wechat_group":
            parts.insert(0, "业主群反馈" if li == 0 else "residents' group chat")
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        if lang == "en":
            parts = [x[0].upper() + x[1:] for x in parts]
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_review")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if (gen == "pos" or set(topics) & POS_TOPICS) else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, project_id=sid, customer_type=c["type"],
                   客户类型=CTYPE[c["type"]])
        if common:
            for k in ("district", "区域", "district_en", "surveyor_id", "surveyor", "surveyor_en", "job_type", "工程类型",
                      "crew_id", "crew", "crew_en"):
                row[k] = common.get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def lead_days(self):
        days = [START + D(days=i) for i in range((END - START).days + 1)]
        w = np.array([MONTH_W[d.month] * (1 + 0.22 * i / 365) * (1.3 if RECORD_RAIN[0] <= d < RECORD_RAIN[1] else 1)
                      for i, d in enumerate(days)])
        return days, w / w.sum()

    def new_customer(self, ctype, t, emergency_first=False):
        dist = DISTRICTS[int(rng.choice(len(DISTRICTS), p=np.array([d[4] for d in DISTRICTS]) / sum(d[4] for d in DISTRICTS)))]
        if ctype == "business" and rng.random() < 0.4:                       # factories in Huadu / Nanhai / Shunde
            dist = DIST[pick(["HD", "NH", "SD"], [0.4, 0.3, 0.3])]
        if ctype == "property_manager" and rng.random() < 0.45:
            dist = DIST[pick(["TH", "HZ", "PY"], [0.5, 0.25, 0.25])]
        bw = B_W[ctype]
        if ctype == "homeowner" and dist[0] in ("BY", "SD", "NH"):
            building = pick(list(bw), [0.7, 0.22, 0.08])
        elif ctype == "homeowner" and dist[0] in ("TH", "HZ"):
            building = pick(list(bw), [0.1, 0.8, 0.1])
        else:
            building = pick(list(bw), list(bw.values()))
        roof = pick(list(ROOFS), BUILDINGS[building][3])
        ch = pick(list(CH_W[ctype]), list(CH_W[ctype].values()))
        en = 0.2 if ctype == "property_manager" else (0.14 if dist[0] in ("TH", "PY") else 0.04)
        c = dict(customer_id=None, first=t, type=ctype, district=dist[0], city=dist[1], building=building, roof=roof,
                 channel=ch, device=pick(["ios", "android", "pc"], [0.45, 0.45, 0.1]), en_share=en,
                 lang="en" if rng.random() < en else "zh", leads=[(t, emergency_first)], signed=[], cancelled=0,
                 active=False, value=0.0, wechat=bool(rng.random() < 0.8),
                 company=(pick(PM_NAMES, np.ones(len(PM_NAMES))) if ctype == "property_manager" else None))
        return c

    def customers(self):
        days, p = self.lead_days()
        self.cust = []
        n = {"homeowner": 3900, "property_manager": 300, "business": 820}
        for ctype, k in n.items():
            for _ in range(k):
                d = days[int(rng.choice(len(days), p=p))]
                t = d + D(hours=float(rng.uniform(7, 22)))
                self.cust.append(self.new_customer(ctype, t))
        # property managers run many buildings: more leads through the period
        for c in self.cust:
            if c["type"] == "property_manager":
                for _ in range(int(rng.poisson(1.6))):
                    d = days[int(rng.choice(len(days), p=p))]
                    if d > c["first"]:
                        c["leads"].append((d + D(hours=float(rng.uniform(8, 18))), False))
            elif rng.random() < 0.05:                                        # another roof later
                d = days[int(rng.choice(len(days), p=p))]
                if d > c["first"] + D(days=30):
                    c["leads"].append((d + D(hours=float(rng.uniform(8, 21))), False))
        # typhoon landfall 24 Sep 2025: emergency leak calls for a week
        for _ in range(190):
            t = TYPHOON + D(hours=float(min(160, rng.exponential(40))))
            self.cust.append(self.new_customer(pick(["homeowner", "business"], [0.85, 0.15]), t, emergency_first=True))
        olds = [c for c in self.cust if c["first"] < TYPHOON - D(days=30)]
        for i in rng.choice(len(olds), size=45, replace=False):
            olds[int(i)]["leads"].append((TYPHOON + D(hours=float(min(160, rng.exponential(40)))), True))
        self.cust.sort(key=lambda c: c["first"])
        for i, c in enumerate(self.cust):
            c["customer_id"] = f"C{i + 1:05d}"
            c["leads"].sort()

    # ---------- one project ----------
    def surveyor(self, city, t):
        cands = [s for s in SURVEYORS if s[3] == city and (s[4] is None or s[4] <= t)]
        if city == "Guangzhou" and t >= SV03_FROM:
            return SURVEYORS[2] if rng.random() < 0.4 else cands[int(rng.integers(2))]
        return cands[int(rng.integers(len(cands)))]

    def crew_for(self, city, t):
        if t >= SUB_CREW_FROM and rng.random() < (0.36 if rainy(t) else 0.14):
            return CREW["CR05"]
        cands = [c for c in CREWS if c[4] == city]
        return cands[int(rng.integers(len(cands)))]

    def project(self, c, t0, emergency, repeat):
        self.n_pj += 1
        sid = f"PJ{self.n_pj:05d}"
        dist = DIST[c["district"]]
        if emergency is False and rainy(t0) and rng.random() < 0.22:
            emergency = True
        if not rainy(t0) and emergency is False and rng.random() < 0.06:
            emergency = True
        src = "repeat" if repeat else c["channel"]
        common = dict(lead_source=src, 线索来源=CHANNELS[src], district=dist[0], 区域=dist[2], district_en=dist[3],
                      city=dist[1], 城市=CITY_ZH[dist[1]], customer_type=c["type"], 客户类型=CTYPE[c["type"]],
                      building_type=c["building"], 房屋类型=BUILDINGS[c["building"]][0], roof_type=c["roof"],
                      屋面类型=ROOFS[c["roof"]][0])
        common.update(urgency="emergency" if emergency else "normal", 紧急程度="紧急" if emergency else "普通")
        t = t0
        # online estimator first (homeowners / shops from digital channels)
        if not repeat and c["type"] != "property_manager" and src in ("dianping", "douyin", "wechat", "baidu") \
                and not emergency and rng.random() < 0.38:
            self.ev(c, t, "tp_price_calc", None, "estimate", None, roof_type=c["roof"], 屋面类型=ROOFS[c["roof"]][0],
                    est_area_m2=int(rng.integers(*BUILDINGS[c["building"]][2])))
            if rng.random() < 0.33:
                return
            t = t + D(minutes=float(rng.uniform(2, 600)))
            action = "form"
        else:
            action = pick(["call", "message", "form"], [0.5, 0.3, 0.2]) if not emergency else "call"
        if not self.ev(c, t, "tp_lead", sid, action, common):
            return
        self.events[-1]["channel"] = src
        p_book = 0.95 if emergency else P_BOOK[src]
        if rng.random() > p_book:
            return
        t_b = t + D(hours=float(rng.uniform(0.1, 3) if emergency else rng.uniform(1, 48)))
        sv = self.surveyor(dist[1], t_b)
        svc = dict(surveyor_id=sv[0], surveyor=sv[1], surveyor_en=sv[2])
        common.update(svc)
        self.ev(c, t_b, "tp_survey_booked", sid, "booked", common)
        t_s = work_hours(t_b + (D(hours=float(rng.uniform(1, 20))) if emergency else D(days=float(rng.uniform(0.6, 4)))))
        p_noshow = 0.34 if sv[0] == "SV03" else 0.04
        if rng.random() < p_noshow:
            if rng.random() < 0.45:
                chn = "dianping_review" if c["channel"] == "dianping" and rng.random() < 0.3 else "call_note"
                self.fb(c, t_s + D(hours=float(rng.uniform(1, 30))), ["no_show"], chn,
                        rating=(float(pick([1, 2], [0.7, 0.3])) if chn == "dianping_review" else None),
                        common=common, sid=sid, undated=chn == "dianping_review" and rng.random() < 0.3)
            return
        # survey decides the job
        if emergency and rng.random() < 0.85:
            job = "leak_repair"
        else:
            job = pick(list(JOBS), JOB_P[c["roof"]])
        area_total = int(rng.integers(*BUILDINGS[c["building"]][2]))
        area = int(rng.integers(5, 40)) if job == "leak_repair" else area_total
        if job == "leak_repair":
            mat = pick(["pu", "js", "injection"], [0.5, 0.3, 0.2])
        elif job == "insulation":
            mat = "foam"
        elif c["roof"] == "metal":
            mat = pick(["acrylic", "tpo"], [0.7, 0.3])
        elif c["roof"] == "tile":
            mat = pick(["js", "pu"], [0.5, 0.5])
        elif job == "gutter":
            mat = pick(["sbs", "js"], [0.6, 0.4])
        else:
            mat = pick(["sbs", "pu", "tpo", "js"], [0.45, 0.3, 0.15, 0.1])
        warranty = {"leak_repair": 1, "gutter": 1, "insulation": 3}.get(job, 5 if mat in ("sbs", "tpo") else 3)
        common.update(job_type=job, 工程类型=JOBS[job][0], material=mat, 防水材料=MATERIALS[mat][0], area_m2=area)
        self.ev(c, t_s, "tp_site_survey", sid, "surveyed", common, leak_points=int(rng.integers(1, 6)),
                moisture_pct=round(float(rng.uniform(8, 35)), 1))
        if rng.random() > 0.94:                                              # nothing for us to do / out of scope
            return
        if t_s >= ONLINE_QUOTE:
            h = float(rng.lognormal(np.log(3.0), 0.5))
        else:
            h = float(rng.lognormal(np.log(50 if c["type"] != "property_manager" else 68), 0.45))
        if emergency:
            h = min(h, float(rng.uniform(0.5, 4)))
        t_q = t_s + D(hours=h)
        pm = c["type"] == "property_manager"
        if job == "leak_repair":
            amount = 600 + 95 * area + (300 if emergency else 0)
            unit = None
        elif job == "gutter":
            amount = float(rng.uniform(1500, 9000)) * (2.5 if area_total > 500 else 1)
            unit = None
        else:
            unit = MATERIALS[mat][1] * float(rng.uniform(0.9, 1.12)) * (0.9 if area > 500 else 1.0)
            amount = unit * area
            unit = round(unit, 1)
        amount = round(amount, -1)
        common.update(warranty_years=warranty)
        self.ev(c, t_q, "tp_quote", sid, "quoted", common, quote_amount=amount, unit_price=unit)
        # decision
        base = {"homeowner": 0.44, "property_manager": 0.62, "business": 0.5}[c["type"]]
        jf = {"leak_repair": 1.22, "full_reroof": 0.68, "insulation": 0.92, "gutter": 1.3}[job]
        p = base * jf * CH_ACCEPT[src] * (1.3 if emergency else 1.0)
        accept = rng.random() < min(0.95, p)
        med = {"homeowner": 1.6, "property_manager": 15.0, "business": 5.5}[c["type"]]
        t_d = t_q + D(days=float(rng.lognormal(np.log(med), 0.55)) if not emergency else float(rng.uniform(0.05, 0.6)))
        if not accept:
            if pm:
                reason = pick(["budget_not_approved", "too_expensive", "competitor", "postponed"], [0.45, 0.25, 0.2, 0.1])
            else:
                hi = src in ("douyin", "dianping")
                reason = pick(["too_expensive", "competitor", "diy", "postponed"],
                              [0.58 if hi else 0.36, 0.18, 0.12, 0.14])
            self.ev(c, t_d, "tp_lost", sid, "lost", common, lost_reason=reason, 丢单原因=LOST_ZH[reason],
                    quote_amount=amount)
            if reason == "too_expensive" and rng.random() < 0.3:
                self.fb(c, t_d + D(hours=float(rng.uniform(0.5, 48))), ["expensive"], "call_note", common=common,
                        sid=sid)
            if reason == "too_expensive" and c["channel"] == "dianping" and rng.random() < 0.12:
                self.fb(c, t_d + D(days=float(rng.uniform(1, 5))), ["expensive"], "dianping_review",
                        rating=float(pick([1, 2, 3], [0.3, 0.5, 0.2])), common=common, sid=sid,
                        undated=rng.random() < 0.3)
            return
        contract = amount
        deposit = round(contract * 0.3, 2)
        pay = "bank_transfer" if c["type"] != "homeowner" else pick(["wechat", "alipay", "bank_transfer", "cash"],
                                                                     [0.55, 0.2, 0.15, 0.1])
        common.update(contract_value=contract, payment_method=pay, 付款方式=PAY_ZH[pay])
        if not self.ev(c, t_d, "tp_contract", sid, "signed", common, contract_amount=contract, deposit_amount=deposit):
            return
        c["signed"].append(t_d)
        c["active"] = True
        dep = self.order(c, t_d, deposit, "deposit", sid, common, payment_method=pay, 付款方式=PAY_ZH[pay])
        c["value"] += contract
        # waiting for the crew: rain postpones
        if emergency:
            wait = float(rng.lognormal(np.log(0.6 if not rainy(t_d) else 1.4), 0.5))
        elif RECORD_RAIN[0] <= t_d < RECORD_RAIN[1]:
            wait = float(rng.lognormal(np.log(12.5), 0.35))
        elif rainy(t_d):
            wait = float(rng.lognormal(np.log(6.0), 0.4))
        else:
            wait = float(rng.lognormal(np.log(2.5), 0.4))
        t_x = work_hours(t_d + D(days=wait))
        n_delay = int(wait // 4) if rainy(t_d) else 0
        for k in range(n_delay):
            td = t_d + D(days=wait * (k + 1) / (n_delay + 1))
            self.ev(c, td, "tp_rain_delay", sid, "postponed", common, weather=(w := weather(td, True)),
                    天气=WEATHER_ZH[w], delay_reason="rain", 改期原因="下雨")
        if rng.random() < (0.02 + (0.2 if wait > 10 else 0.0)):
            reason = "delay" if wait > 10 else pick(["changed_mind", "sold_house"], [0.8, 0.2])
            t_c = t_d + D(days=float(wait * rng.uniform(0.5, 0.95)))
            if self.ev(c, t_c, "tp_cancel", sid, "cancelled", common, cancel_reason=reason, 取消原因=CANCEL_ZH[reason]):
                if dep is not None:
                    dep.update(status="cancelled", cancelled_at=ts(t_c),
                               refunded_at=ts(t_c + D(days=float(rng.uniform(0.5, 4)))))
                c["signed"].pop()
                c["cancelled"] += 1
                c["value"] -= contract
                c["active"] = False
                if reason == "delay" and rng.random() < 0.5:
                    self.fb(c, t_c + D(hours=float(rng.uniform(1, 48))), ["rain_delay"], "call_note", common=common,
                            sid=sid)
            return
        crew = self.crew_for(dist[1], t_x)
        cc = dict(crew_id=crew[0], crew=crew[1], crew_en=crew[2], crew_type=crew[3], 施工队类型=CREW_TYPE_ZH[crew[3]])
        common.update(cc)
        if dep is not None:
            dep.update(crew_id=crew[0], crew=crew[1], crew_en=crew[2])
        if not self.ev(c, t_x, "tp_dispatch", sid, "on_site", common, team_size=int(rng.integers(2, 7)),
                       weather=(w := weather(t_x)), 天气=WEATHER_ZH[w]):
            return
        # doing the job
        if job == "leak_repair":
            dur = float(rng.uniform(0.2, 1.5))
        elif job == "gutter":
            dur = float(rng.uniform(0.5, 3))
        else:
            dur = 1 + area / (90 if job == "full_reroof" else 140) * float(rng.uniform(0.8, 1.3))
        if rainy(t_x):
            dur *= 1.35
        first_ok = rng.random() > (0.2 if crew[0] == "CR05" else 0.06)
        if not first_ok:
            dur += float(rng.uniform(1, 3))
        t_done = t_x + D(days=dur)
        if t_done.hour >= 19 or t_done.hour < 8:
            t_done = work_hours(t_done)
        if not self.ev(c, t_done, "tp_completion", sid, "accepted", common, water_test="pass",
                       闭水试验="合格", first_water_test="pass" if first_ok else "fail",
                       首次闭水="合格" if first_ok else "不合格", work_days=round(dur, 2)):
            return
        c["active"] = False
        # balance
        medp = {"homeowner": 0.35, "property_manager": 38.0, "business": 8.0}[c["type"]]
        t_p = t_done + D(days=float(rng.lognormal(np.log(medp), 0.5)))
        if self.ev(c, t_p, "tp_final_payment", sid, "paid", common, balance_amount=round(contract - deposit, 2)):
            self.order(c, t_p, contract - deposit, "balance", sid, common, payment_method=pay, 付款方式=PAY_ZH[pay])
        else:
            c["unpaid"] = True
        # how the job went
        topics, good = [], []
        if wait > 9 and rng.random() < 0.45:
            topics.append("rain_delay")
        if rng.random() < (0.12 if crew[0] == "CR05" else 0.03):
            topics.append("mess")
        if not topics:
            if rng.random() < 0.16:
                good.append("professional")
            if rng.random() < 0.10:
                good.append("tidy")
            if rainy(t_done) and rng.random() < 0.14:
                good.append("fixed")
            if emergency and rng.random() < 0.25:
                good.append("fast")
        self.after(c, t_done, topics, good, common, sid)
        # warranty: leaks come back in the next rain
        p_claim = {"leak_repair": 0.13, "full_reroof": 0.035, "insulation": 0.06, "gutter": 0.08}[job]
        p_claim *= {"flat": 1.0, "tile": 1.45, "metal": 1.2, "terrace": 0.85}[c["roof"]] * CREW_Q[crew[0]]
        if rng.random() < min(0.85, p_claim):
            t_cl = t_done + D(days=float(rng.exponential(55) + 6))
            if not rainy(t_cl) and rng.random() < 0.6:
                y = t_cl.year + (1 if t_cl.month >= 10 else 0)
                t_cl = datetime(y, 4, 1) + D(days=float(rng.uniform(0, 90)), hours=float(rng.uniform(7, 21)))
            if t_cl <= t_done + D(days=365 * warranty):
                self.claim(c, t_cl, common, sid, crew)

    def after(self, c, t_done, topics, good, common, sid, rated_p=None):
        t_r = t_done + D(days=float(rng.uniform(2, 10)))
        if rng.random() < (rated_p if rated_p is not None else (0.55 if topics else 0.42)):
            stars = float(pick([5, 4, 3], [0.55, 0.35, 0.10]))
            pen = {"rain_delay": 1.3, "mess": 1.6, "expensive": 0.8}
            for x in topics:
                stars -= pen.get(x, 0)
            if good and not topics:
                stars = 5.0 if rng.random() < 0.85 else 4.0
            stars = float(min(5, max(1, round(stars))))
            if self.ev(c, t_r, "tp_review", sid, "callback", common, stars=stars):
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                self.fb(c, t_r, topics + good, "callback", rating=stars, common=common, gen=gen, sid=sid)
        if c["channel"] == "dianping" and rng.random() < 0.35:
            stars = float(pick([5, 4, 3, 2], [0.5, 0.32, 0.12, 0.06])) - 1.8 * len(topics)
            if good and not topics:
                stars = 5.0
            stars = float(min(5, max(1, round(stars))))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_r + D(hours=float(rng.uniform(2, 96))), topics + good, "dianping_review", rating=stars,
                    common=common, gen=gen, undated=rng.random() < 0.3, sid=sid)
        if c["type"] == "property_manager" and (topics or good or rng.random() < 0.4) and rng.random() < 0.6:
            self.fb(c, t_r + D(hours=float(rng.uniform(1, 72))), topics + good, "wechat_group", common=common,
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.3, sid=sid)
        if rng.random() < 0.13:
            neg = bool(topics)
            nps = int(np.clip(round(rng.normal(8.4 - 3.4 * neg + 0.7 * bool(good), 1.5)), 0, 10))
            self.fb(c, t_r + D(days=1), topics + good if rng.random() < 0.6 else [], "survey", nps=nps,
                    common=common, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"), sid=sid)

    def claim(self, c, t_cl, common, sid, crew, second=False):
        reason = pick(list(CLAIM_ZH), [0.32, 0.2, 0.18, 0.15, 0.15])
        if not self.ev(c, t_cl, "tp_warranty_claim", sid, "reported", common, claim_reason=reason,
                       报修原因=CLAIM_ZH[reason]):
            return
        if rng.random() < 0.55:
            self.fb(c, t_cl + D(hours=float(rng.uniform(0.1, 4))), ["leak_again"], "ticket", common=common, sid=sid)
        backlog = RECORD_RAIN[0] <= t_cl < RECORD_RAIN[1]
        wait = float(rng.lognormal(np.log(4.6 if backlog else 1.1), 0.45))
        t_v = work_hours(t_cl + D(days=wait))
        if not self.ev(c, t_v, "tp_revisit", sid, "revisited", common, claim_reason=reason, 报修原因=CLAIM_ZH[reason]):
            return
        topics = ["leak_again"]
        if wait > 3 and rng.random() < 0.6:
            topics.append("slow_response")
            if rng.random() < 0.5:
                self.fb(c, t_v - D(hours=float(rng.uniform(2, 30))), ["slow_response"], "call_note", common=common,
                        sid=sid)
        fixed = rng.random() < 0.9
        t_x = t_v + D(days=float(rng.uniform(2, 9)))
        if fixed:
            if not self.ev(c, t_x, "tp_claim_closed", sid, "closed", common, water_test="pass", 闭水试验="合格"):
                return
        if rng.random() < 0.5:
            t_r = t_x + D(days=float(rng.uniform(1, 5)))
            stars = float(min(5, max(1, round(float(pick([4, 3, 2], [0.3, 0.45, 0.25])) - 0.9 * ("slow_response" in topics)
                                             - (0 if fixed else 1)))))
            if self.ev(c, t_r, "tp_review", sid, "callback", common, stars=stars):
                self.fb(c, t_r, topics, "callback", rating=stars, common=common,
                        gen="neu" if stars >= 3 else "neg", sid=sid)
        if not second and (not fixed or rng.random() < 0.12):
            t2 = t_x + D(days=float(rng.uniform(10, 80)))
            self.claim(c, t2, common, sid, crew, second=True)

    def run(self):
        self.customers()
        for c in self.cust:
            for k, (t, emerg) in enumerate(c["leads"]):
                self.project(c, t, emerg, repeat=k > 0)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            n = len(c["signed"])
            if c["active"]:
                seg = "active"
            elif n >= 2:
                seg = "repeat"
            elif n == 1:
                seg = "one_job"
            elif c["cancelled"]:
                seg = "cancelled"
            else:
                seg = "prospect"
            tier = "key_account" if c["value"] >= 100000 or (c["type"] == "property_manager" and n >= 2) else "regular"
            d = DIST[c["district"]]
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["first"]), segment=seg, 客户分群=SEGS[seg],
                             region=c["city"], 城市=CITY_ZH[c["city"]], district=d[0], 区域=d[2], district_en=d[3],
                             acquisition_channel=c["channel"], 获客渠道=CHANNELS[c["channel"]], tier=tier,
                             客户等级=TIERS[tier], customer_type=c["type"], 客户类型=CTYPE[c["type"]],
                             building_type=c["building"], 房屋类型=BUILDINGS[c["building"]][0], roof_type=c["roof"],
                             屋面类型=ROOFS[c["roof"]][0], company_name=c["company"], wechat_bound=c["wechat"],
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols=None):
    cols = cols or list(dict.fromkeys(k for r in rows for k in r))
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3])])
    write(out / "customers.csv", g.customer_rows())
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup_idx = rng.choice(len(ev), size=12, replace=False)            # the CRM sync re-sent a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    ev.sort(key=lambda r: (r["ts"], r["event_id"]))
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel"]
    ev_cols += [k for k in dict.fromkeys(k for r in ev for k in r) if k not in ev_cols]
    write(out / "events.csv", ev, ev_cols)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]))
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb)
    write(out / "_truth" / "feedback_truth.csv", g.truth)
    print(f"customers {len(g.cust)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(fb)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
