"""碎安 ShredSafe: secure document shredding and records destruction for businesses (B2B, 文件粉碎 / 涉密文件销毁).

Offices, clinics, banks, law firms, schools and government bureaus in Shanghai, Suzhou, Wuxi and Hangzhou (branch
opened 2025-04-01) send an enquiry (咨询询价), get a site survey (上门勘察: how many locked bins / consoles, kg per
month), a proposal (方案报价) and sign a contract (签约) or the deal is lost (丢单). Contracts are either scheduled
service (定期收运: weekly / biweekly / monthly / quarterly pickups of the locked bins, billed monthly per bin emptied)
or a one-off purge (一次性清档: boxes of old archives, billed per kg with a minimum). Documents are destroyed either on
site in a mobile shred truck (车载现场粉碎, the customer can watch) or taken to the plant (运回工厂粉碎: 嘉定 Jiading
plant for Shanghai / Suzhou / Wuxi, 萧山 Xiaoshan plant for Hangzhou). Every job ends with a certificate of destruction
(销毁证明). Dispatch plans the pickups (收运排班); a truck may fail to come (漏收, rescheduled). Bins have locks (钥匙锁;
from 2026-02-15 a new combination lock, 密码锁); lock problems are reported and fixed (锁柜报修 → 解决). Finance invoices
(开票: monthly for scheduled service, per job for purges), sends payment reminders (催款) and receives payment (回款).
Account managers hold quarterly reviews (季度回访, NPS); some accounts terminate (解约).
Data 2025-01-01 .. 2026-08-31 (the extract was taken in early September 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261219), Python + numpy, a few seconds. Planted patterns: README.md.
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
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
HZ_OPEN = datetime(2025, 4, 1)                  # Hangzhou branch + Xiaoshan plant open
PRICE_RISE = datetime(2026, 1, 1)               # list prices +8 % for service from 2026
BILLING_MIGRATION = (datetime(2026, 1, 1), datetime(2026, 3, 31, 23, 59))   # new billing system: invoice errors
SUZHOU_CRUNCH = (datetime(2025, 10, 1), datetime(2025, 12, 31, 23, 59))    # one Suzhou truck written off
PLANT_OUTAGE = (datetime(2026, 6, 8), datetime(2026, 7, 19))               # Jiading shredder line overhaul
COMBO_LOCK = datetime(2026, 2, 15)              # new combination locks (密码锁) from a new supplier
COMBO_BAD = (datetime(2026, 3, 1), datetime(2026, 5, 31, 23, 59))          # the bad batch jams until June
N_LEADS = 1320
N_LEGACY = 300
N_HZ_TAKEOVER = 70                              # Hangzhou book bought from a local shredder (杭州净档) on opening

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_enquiry", "咨询询价", "Enquiry", "awareness", "web", "digital", "sales",
     "咨询|询价|留资|线索|问价|enquiry|inquiry|lead|quote request|price enquiry"),
    ("tp_site_survey", "上门勘察", "Site survey", "consideration", "other", "physical", "sales",
     "勘察|现场勘察|上门评估|踩点|site survey|site visit|site assessment|walkthrough"),
    ("tp_proposal", "方案报价", "Proposal & quote", "consideration", "email", "digital", "sales",
     "报价|方案|报价单|服务方案|proposal|quote|quotation|pricing proposal"),
    ("tp_contract", "签约", "Contract signed", "purchase", "other", "digital", "sales",
     "签约|签合同|成交|赢单|开户|contract|signed|deal won|closed won|new account"),
    ("tp_deal_lost", "丢单", "Deal lost", "purchase", "other", "digital", "sales",
     "丢单|输单|未成交|没签下来|lost deal|closed lost|deal lost|lost bid"),
    ("tp_purge_request", "一次性清档预约", "One-off purge request", "purchase", "phone", "digital", "customer_service",
     "清档|一次性清档|一次性销毁|档案清理|临时销毁|purge|one-off purge|one-off shred|archive clear-out|ad hoc job"),
    ("tp_pickup_scheduled", "收运排班", "Pickup scheduled", "service", "other", "digital", "dispatch",
     "排班|预约收运|收运计划|排期|安排收运|scheduled pickup|pickup booked|route plan|schedule"),
    ("tp_missed_pickup", "漏收", "Missed pickup", "service", "other", "physical", "logistics",
     "漏收|爽约|没来收|未按时收运|放鸽子|missed pickup|missed collection|no-show|truck didn't come"),
    ("tp_collection", "上门收运", "Collection", "service", "other", "physical", "logistics",
     "收运|上门收取|取件|清柜|称重|collection|pickup|pick-up|bin emptied|weigh-in"),
    ("tp_shredding", "粉碎销毁", "Shredding", "service", "other", "physical", "operations",
     "粉碎|销毁|碎纸|车载粉碎|现场粉碎|工厂粉碎|shredding|destruction|on-site shred|plant shred|shred"),
    ("tp_certificate", "销毁证明", "Certificate of destruction", "service", "email", "digital", "operations",
     "销毁证明|销毁证书|销毁凭证|证明|COD|certificate|certificate of destruction|destruction certificate"),
    ("tp_bin_issue", "锁柜报修", "Bin / lock issue reported", "service", "phone", "physical", "customer_service",
     "锁柜|锁坏了|锁打不开|钥匙|密码锁|柜子满了|bin|lock|console|key|bin issue|lock problem"),
    ("tp_bin_resolved", "锁柜问题解决", "Bin / lock issue resolved", "service", "other", "physical",
     "customer_service", "锁修好|换锁|已解决|resolved|lock fixed|bin fixed"),
    ("tp_invoice", "开票", "Invoice issued", "purchase", "email", "digital", "finance",
     "开票|发票|账单|对账单|invoice|bill|billing|statement"),
    ("tp_payment_reminder", "催款", "Payment reminder", "purchase", "email", "digital", "finance",
     "催款|催收|逾期提醒|付款提醒|dunning|payment reminder|overdue notice|chaser"),
    ("tp_payment", "回款", "Payment received", "purchase", "other", "digital", "finance",
     "回款|付款|到账|收款|结清|payment|paid|remittance|cash received"),
    ("tp_account_review", "季度回访", "Quarterly account review", "loyalty", "phone", "digital", "account_management",
     "回访|季度回访|客户回访|满意度回访|QBR|account review|quarterly review|check-in call"),
    ("tp_churn", "解约", "Contract terminated", "loyalty", "other", "digital", "account_management",
     "解约|流失|不续约|终止合同|退租锁柜|churn|termination|cancelled contract|lost account"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("onboarding", "新客签约", "New-client onboarding",
     ["tp_enquiry", "tp_site_survey", "tp_proposal", "tp_contract"], 45),
    ("pickup", "收运销毁", "Pickup to certificate",
     ["tp_pickup_scheduled", "tp_collection", "tp_shredding", "tp_certificate"], 14),
    ("purge", "一次性清档", "One-off purge",
     ["tp_purge_request", "tp_pickup_scheduled", "tp_collection", "tp_shredding", "tp_certificate"], 21),
    ("billing", "开票回款", "Invoice to cash", ["tp_invoice", "tp_payment"], 90),
]
CITIES = {  # en: zh, lead weight, plant, english share
    "Shanghai": ("上海", 0.48, "jiading"), "Suzhou": ("苏州", 0.20, "jiading"),
    "Wuxi": ("无锡", 0.12, "jiading"), "Hangzhou": ("杭州", 0.20, "xiaoshan")}
PLANTS = {"jiading": ("嘉定工厂", "Jiading plant"), "xiaoshan": ("萧山工厂", "Xiaoshan plant"),
          "truck": ("车载粉碎车", "mobile shred truck")}
INDUSTRIES = {  # en: zh, lead weight, p(one-off), p(on-site), size weights (small, medium, large), pay terms,
    #               (p late, mean days late), p tender
    "law": ("律师事务所", 0.15, 0.30, 0.45, (0.50, 0.38, 0.12), 30, (0.07, 5), 0.02),
    "healthcare": ("医疗机构", 0.13, 0.15, 0.78, (0.30, 0.40, 0.30), 60, (0.35, 12), 0.25),
    "finance": ("银行保险", 0.13, 0.15, 0.72, (0.25, 0.45, 0.30), 30, (0.10, 6), 0.12),
    "accounting": ("会计税务", 0.14, 0.45, 0.25, (0.60, 0.32, 0.08), 30, (0.15, 7), 0.0),
    "government": ("政府机关", 0.08, 0.20, 0.62, (0.20, 0.50, 0.30), 60, (0.76, 30), 0.70),
    "education": ("教育机构", 0.08, 0.35, 0.30, (0.30, 0.45, 0.25), 60, (0.55, 19), 0.45),
    "corporate": ("企业办公", 0.21, 0.45, 0.20, (0.50, 0.35, 0.15), 30, (0.22, 10), 0.03),
    "hr": ("人力资源", 0.08, 0.50, 0.20, (0.60, 0.32, 0.08), 30, (0.20, 9), 0.0),
}
ACQ = {  # en: zh, weight, p(enquiry -> site survey), enquiry channel
    "website": ("官网", 0.28, 0.52, "web"), "baidu_ads": ("百度推广", 0.18, 0.40, "web"),
    "referral": ("老客推荐", 0.16, 0.86, "phone"), "tender": ("招标", 0.08, 0.95, "email"),
    "partner": ("物业合作", 0.12, 0.80, "phone"), "outbound": ("电话销售", 0.18, 0.60, "phone"),
    "takeover": ("收购转入", 0.0, 1.0, "phone")}
AMS = {  # id: zh, en, cities
    "AM1": ("陈静", "Chen Jing", ("Shanghai",)), "AM2": ("林晓", "Lin Xiao", ("Shanghai",)),
    "AM3": ("许文", "Xu Wen", ("Suzhou", "Wuxi")), "AM4": ("杨帆", "Yang Fan", ("Hangzhou",))}
DRIVERS = {  # city: [(id, zh, en, weight)]
    "Shanghai": [("D01", "王强", "Wang Qiang", 1.0), ("D02", "李军", "Li Jun", 1.0), ("D03", "张伟", "Zhang Wei", 1.0),
                 ("D04", "刘洋", "Liu Yang", 1.0)],
    "Suzhou": [("D05", "周斌", "Zhou Bin", 1.0), ("D06", "吴昊", "Wu Hao", 1.0)],
    "Wuxi": [("D07", "钱涛", "Qian Tao", 1.0)],
    "Hangzhou": [("D08", "孙建", "Sun Jian", 1.0), ("D09", "郑凯", "Zheng Kai", 1.0)]}
FREQ = {"weekly": ("每周", 7), "biweekly": ("每两周", 14), "monthly": ("每月", 30), "quarterly": ("每季度", 91)}
FILL = {"weekly": 0.42, "biweekly": 0.58, "monthly": 0.74, "quarterly": 0.90}
MODE_ZH = {"onsite": "车载现场粉碎", "offsite": "运回工厂粉碎"}
CTYPE_ZH = {"scheduled": "定期收运", "one_off": "一次性清档"}
JOBTYPE_ZH = {"scheduled": "定期收运", "one_off": "一次性清档"}
SIZE_ZH = {"small": "小型", "medium": "中型", "large": "大型"}
LOST_ZH = {"price": "价格偏高", "competitor": "选了别家", "no_budget": "预算没批", "timing": "暂缓"}
MISS_ZH = {"truck_shortage": "车辆不足", "truck_breakdown": "车辆故障", "access_denied": "门禁进不去",
           "customer_not_ready": "客户未准备好", "route_overload": "线路排不过来"}
ISSUE_ZH = {"lock_jammed": "锁打不开", "key_lost": "钥匙丢失", "bin_full": "柜子满溢", "bin_damaged": "柜体损坏"}
LOCK_ZH = {"key_lock": "钥匙锁", "combo_lock": "密码锁"}
CHURN_ZH = {"missed_pickups": "漏收太多", "price": "价格上涨", "competitor": "换供应商", "office_move": "搬迁或关闭",
            "insourcing": "自购碎纸机"}
OTYPE_ZH = {"scheduled_service": "定期收运服务费", "one_off_purge": "一次性清档费"}
TIER_ZH = {"standard": "标准客户", "silver": "银牌客户", "gold": "金牌客户"}
SEG = ("prospect", "active", "one_off", "churned")
RATE_BIN = {"offsite": 45.0, "onsite": 72.0}        # CNY per bin emptied (2025); +8 % from 2026
RATE_KG = {"offsite": 2.0, "onsite": 3.0}           # CNY per kg for purges (2025); +0.2 from 2026
PURGE_MIN = 400.0
LEAD_SEASON = {1: 1.35, 2: 0.75, 3: 1.15, 4: 1.0, 5: 0.95, 6: 1.0, 7: 0.9, 8: 0.85, 9: 0.95, 10: 0.9, 11: 1.0,
               12: 1.45}
NAME_WORDS = ["恒信", "德诚", "华泰", "明达", "瑞丰", "正源", "嘉禾", "博远", "启航", "宏图", "金桥", "汇通", "锦程", "中和",
              "立信", "天成", "安和", "永盛", "鼎元", "泰康", "睿智", "新桥", "同济", "长风", "海纳", "致远", "君合", "九州",
              "东方", "仁和", "星河", "国信", "卓越", "信达", "和光", "四海", "宝华", "凯旋", "清源", "聚贤"]
NAME_SUFFIX = {"law": ["律师事务所"], "healthcare": ["医院", "口腔诊所", "体检中心", "社区卫生服务中心"],
               "finance": ["银行支行", "保险代理有限公司", "证券营业部"], "accounting": ["会计师事务所", "税务师事务所", "财务咨询有限公司"],
               "government": ["区档案馆", "街道办事处", "区人社局", "区税务分局"], "education": ["中学", "职业技术学院", "国际学校", "培训学校"],
               "corporate": ["科技有限公司", "贸易有限公司", "制造有限公司", "物流有限公司"], "hr": ["人力资源有限公司", "劳务派遣有限公司"]}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "missed": (["约好的收运日没人来，又漏收了", "说好周三来收结果没来收，柜子都塞满了", "这个月第二次漏收了"],
               ["another missed pickup, nobody came on our scheduled day", "the truck was a no-show again",
                "second missed pickup this month"]),
    "cert_late": (["销毁证明迟迟不发，审计要用", "收走一个多星期了还没收到销毁证明", "销毁证明迟迟没有，合规部门一直在催"],
                  ["the certificate of destruction is late again", "still waiting for the certificate, auditors are asking",
                   "a week after the pickup we are still waiting for the certificate"]),
    "lock": (["新换的密码锁老是打不开", "锁打不开，员工文件塞不进去", "密码锁卡住了，只能把文件堆在桌上"],
             ["the new combination lock keeps jamming", "bin lock jammed, staff can't drop papers in",
              "combination lock stuck again, papers piling up on desks"]),
    "price": (["今年涨价太狠了", "突然涨价也不提前沟通", "涨价以后比别家贵不少"],
              ["the price increase this year is too steep", "unannounced price increase, not happy",
               "after the price increase you are dearer than others"]),
    "quote_high": (["报价偏高，比别家贵", "你们的报价偏高，预算批不下来"],
                   ["your quote was higher than the other bids", "the quote was higher than our budget"]),
    "weight": (["称重比我们自己称的多了好多", "账单上的重量不对，怀疑多算了"],
               ["the billed weight doesn't match our own scale", "the weight on the invoice looks inflated"]),
    "billing_error": (["发票开错了，又要重开", "发票抬头写错了，财务退回来"],
                      ["the invoice was wrong and had to be reissued", "wrong invoice again, our AP team rejected it"]),
    "rude": (["司机态度差，一直催我们快点", "收运的师傅态度很差"],
             ["the driver was rude to our receptionist", "rude crew, rushed our staff"]),
    "scraps": (["车载粉碎完门口一地纸屑", "纸屑飘得到处都是没人清理"],
               ["left paper scraps all over the loading bay", "paper scraps everywhere after the truck left"]),
    "punctual": (["每次都准时来收，很靠谱", "收运很准时"], ["always on time, very reliable", "punctual crew, every visit"]),
    "witness": (["能亲眼看着文件被粉碎，很放心", "现场粉碎可以亲眼看着，合规部很满意"],
                ["we could watch it being shredded, great peace of mind",
                 "being able to watch it being shredded on site is why we chose you"]),
    "pro": (["客户经理很专业，方案讲得清楚", "对接人很专业，合规问题都能解答"],
            ["very professional account manager", "our account manager is professional and knows the compliance rules"]),
}
GEN = {
    "pos": (["整体满意", "会推荐给同行", "服务不错"], ["overall happy", "would recommend to peers", "good service"]),
    "neu": (["还行吧", "一般", "中规中矩"], ["it was ok", "average", "nothing special"]),
    "neg": (["体验很差", "考虑换供应商了", "很失望"], ["poor experience", "considering another vendor", "very disappointed"]),
}
NEG_TOPICS = {"missed", "cert_late", "lock", "price", "quote_high", "weight", "billing_error", "rude", "scraps"}
GOOD_TOPICS = {"punctual", "witness", "pro"}
TOPIC_TP = [("missed", "tp_missed_pickup"), ("cert_late", "tp_certificate"), ("lock", "tp_bin_issue"),
            ("billing_error", "tp_invoice"), ("price", "tp_invoice"), ("quote_high", "tp_proposal"),
            ("weight", "tp_collection"), ("rude", "tp_collection"), ("scraps", "tp_shredding"),
            ("witness", "tp_shredding"), ("punctual", "tp_collection"), ("pro", "tp_account_review")]


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, w):
    w = np.asarray(w, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def day_at(d: datetime, h0: float, h1: float) -> datetime:
    return datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(h0, h1)))


def in_(t, win):
    return win[0] <= t <= win[1]


def month_start(t: datetime) -> datetime:
    return datetime(t.year, t.month, 1)


def next_month(t: datetime) -> datetime:
    return datetime(t.year + (t.month == 12), t.month % 12 + 1, 1)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n = dict(ev=0, fb=0, job=0, lead=0, inv=0, tk=0)
        self.accts = []

    # ---------- rows ----------
    def ev(self, a, t, tp, sid, action, **kw):
        if t > END or t < START:
            return False
        self.n["ev"] += 1
        row = dict(event_id=f"E{self.n['ev']:07d}", customer_id=a["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, city=a["city"], 城市=CITIES[a["city"]][0],
                   industry=a["industry"], 行业=INDUSTRIES[a["industry"]][0])
        row.update(kw)
        self.events.append(row)
        return True

    def fb(self, a, t, topics, channel, rating=None, nps=None, undated=False, gen=None, no_customer=False, tp=None,
           extra=None):
        if t > END or t < START:
            return
        self.n["fb"] += 1
        fid = f"FB{self.n['fb']:05d}"
        lang = "en" if rng.random() < a["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), None) or "tp_certificate"
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or \
            (nps is not None and nps <= 6) or gen == "neg"
        senti = "negative" if neg else ("positive" if (gen == "pos" or set(topics) & GOOD_TOPICS) else "neutral")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else a["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, city=a["city"], 城市=CITIES[a["city"]][0],
                   industry=a["industry"], 行业=INDUSTRIES[a["industry"]][0], account_manager=a["am_zh"],
                   account_manager_en=a["am_en"])
        if extra:
            row.update(extra)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- accounts ----------
    def new_acct(self, t, legacy, city=None):
        ind = pick(list(INDUSTRIES), [v[1] for v in INDUSTRIES.values()])
        cities = [c for c in CITIES if c != "Hangzhou" or t >= HZ_OPEN]
        if city is None:
            city = pick(cities, [CITIES[c][1] for c in cities])
        I = INDUSTRIES[ind]
        if rng.random() < I[7]:
            acq = "tender"
        else:
            acq = pick([k for k in ACQ if k not in ("tender", "takeover")],
                       [v[1] for k, v in ACQ.items() if k not in ("tender", "takeover")])
        size = pick(["small", "medium", "large"], I[4])
        bins = int({"small": rng.integers(1, 4), "medium": rng.integers(3, 9), "large": rng.integers(8, 26)}[size])
        ams = [k for k, v in AMS.items() if city in v[2]]
        am = ams[int(rng.integers(len(ams)))]
        en_share = (0.35 if ind in ("law", "finance") else 0.10) if city == "Shanghai" else 0.04
        mode = "onsite" if rng.random() < I[3] else "offsite"
        freq = pick(list(FREQ), {"small": (0.02, 0.13, 0.55, 0.30), "medium": (0.08, 0.40, 0.45, 0.07),
                                 "large": (0.40, 0.45, 0.15, 0.0)}[size])
        self.n["lead"] += 1
        k = self.n["lead"]
        a = dict(customer_id=f"C{k:05d}", first=t, industry=ind, city=city, acq=acq, size=size, bins=bins, am=am,
                 am_zh=AMS[am][0], am_en=AMS[am][1], en_share=en_share, mode=mode, freq=freq, legacy=legacy,
                 ctype=None, contract_at=None, churn_at=None, churn_reason=None, spend=0.0, lock="key_lock",
                 lock_switch=None, missed=[], purges=0, name=CITIES[city][0] + str(rng.choice(NAME_WORDS)) +
                 str(rng.choice(NAME_SUFFIX[ind])))
        self.accts.append(a)
        return a

    def lead(self, a):
        """enquiry -> site survey -> proposal -> contract / lost"""
        sid = f"L{self.n['lead']:05d}"
        t0 = a["first"]
        I = INDUSTRIES[a["industry"]]
        one_off = rng.random() < I[2] * (1.5 if t0.month in (12, 1) else 1.0) and a["acq"] != "tender"
        a["want"] = "one_off" if one_off else "scheduled"
        chan = ACQ[a["acq"]][3]
        if chan == "phone" and rng.random() < 0.35:
            chan = "mini_program"
        dev = None
        if chan == "web":
            dev = pick(["pc", "ios", "android"], [0.68, 0.15, 0.17])
        elif chan == "mini_program":
            dev = pick(["ios", "android"], [0.45, 0.55])
        base = dict(account_manager=a["am_zh"], account_manager_en=a["am_en"], acquisition_channel=a["acq"],
                    获客渠道=ACQ[a["acq"]][0], company_size=a["size"], 规模=SIZE_ZH[a["size"]])
        self.ev(a, t0, "tp_enquiry", sid, "submit", channel=chan, device=dev, service_wanted=a["want"],
                需求类型=CTYPE_ZH[a["want"]], **base)
        p_survey = ACQ[a["acq"]][2] * (0.85 if one_off else 1.0)
        if rng.random() > p_survey:
            return
        slow = a["city"] == "Hangzhou" and t0 < datetime(2025, 10, 1)
        gap = float(rng.gamma(2.0, (6.5 if slow else 2.4))) + 0.3
        t1 = day_at(t0 + D(days=gap), 9, 17.5)
        if t1 <= t0:
            t1 = t0 + D(hours=4)
        if not self.ev(a, t1, "tp_site_survey", sid, "done", bins_estimated=a["bins"],
                       est_kg_month=round(a["bins"] * 30 * FILL[a["freq"]] * 30 / FREQ[a["freq"]][1], 0)
                       if a["want"] == "scheduled" else None, **base):
            return
        if rng.random() > (0.97 if a["acq"] == "tender" else 0.92):
            return
        t2 = t1 + D(days=float(rng.uniform(0.3, 1.5) if a["am"] == "AM1" else rng.uniform(0.8, 4.5)))
        if t1 >= PRICE_RISE:
            f = 1.08
        else:
            f = 1.0
        if a["want"] == "scheduled":
            visits = 30.0 / FREQ[a["freq"]][1]
            amt = round(a["bins"] * visits * RATE_BIN[a["mode"]] * f, 0)
        else:
            amt = round(max(PURGE_MIN, a["bins"] * 120 * (RATE_KG[a["mode"]] + (0.2 if f > 1 else 0))), 0)
        if not self.ev(a, t2, "tp_proposal", sid, "sent", proposal_amount=amt, service_mode=a["mode"],
                       粉碎方式=MODE_ZH[a["mode"]], frequency=a["freq"] if a["want"] == "scheduled" else None,
                       收运频率=FREQ[a["freq"]][0] if a["want"] == "scheduled" else None, **base):
            return
        p = {"tender": 0.33, "referral": 0.80, "partner": 0.68}.get(a["acq"], 0.60)
        if a["am"] == "AM1":
            p += 0.26
        if t2 >= PRICE_RISE:
            p -= 0.06
        if rng.random() < p:
            gap = float(rng.gamma(2.0, 11.0 if a["acq"] == "tender" else 3.5)) + 0.5
            t3 = day_at(t2 + D(days=gap), 9, 18)
            if t3 <= t2:
                t3 = t2 + D(hours=3)
            if self.ev(a, t3, "tp_contract", sid, "signed", contract_type=a["want"], 合同类型=CTYPE_ZH[a["want"]],
                       service_mode=a["mode"], 粉碎方式=MODE_ZH[a["mode"]], bins=a["bins"] if a["want"] == "scheduled"
                       else None, frequency=a["freq"] if a["want"] == "scheduled" else None,
                       收运频率=FREQ[a["freq"]][0] if a["want"] == "scheduled" else None, contract_value=amt, **base):
                a["ctype"], a["contract_at"] = a["want"], t3
        else:
            r = pick(list(LOST_ZH), [0.70, 0.15, 0.10, 0.05] if a["acq"] == "tender" else [0.40, 0.27, 0.20, 0.13])
            t3 = day_at(t2 + D(days=float(rng.uniform(8, 40))), 9, 18)
            self.ev(a, t3, "tp_deal_lost", sid, "lost", lost_reason=r, 丢单原因=LOST_ZH[r], **base)
            if r == "price" and rng.random() < 0.35:
                self.fb(a, t3 - D(hours=float(rng.uniform(1, 30))), ["quote_high"], "call_note",
                        undated=rng.random() < 0.3)

    # ---------- one pickup job (scheduled visit or one-off purge) ----------
    def job(self, a, d, jtype, sched_at=None):
        """d = planned pickup day. Returns the collection dict or None."""
        self.n["job"] += 1
        jid = f"J{self.n['job']:06d}"
        jkw = dict(job_type=jtype, 收运类型=JOBTYPE_ZH[jtype], service_mode=a["mode"], 粉碎方式=MODE_ZH[a["mode"]])
        if sched_at is None:
            sched_at = day_at(d - D(days=int(rng.integers(2, 7))), 14, 18)
        drv = pick(DRIVERS[a["city"]], [x[3] for x in DRIVERS[a["city"]]])
        dkw = dict(driver_id=drv[0], driver=drv[1], driver_en=drv[2])
        self.ev(a, sched_at, "tp_pickup_scheduled", jid, "scheduled", scheduled_date=d.strftime("%Y-%m-%d"), **jkw)
        # ---- missed pickup
        p_miss = 0.015
        if a["city"] == "Suzhou" and in_(d, SUZHOU_CRUNCH):
            p_miss = 0.21
        elif a["city"] == "Hangzhou" and d < datetime(2025, 7, 1):
            p_miss = 0.07
        missed = False
        if rng.random() < p_miss:
            missed = True
            if a["city"] == "Suzhou" and in_(d, SUZHOU_CRUNCH):
                r = pick(list(MISS_ZH), [0.78, 0.06, 0.05, 0.05, 0.06])
            else:
                r = pick(list(MISS_ZH), [0.04, 0.30, 0.28, 0.25, 0.13])
            t_m = day_at(d, 16, 18.5)
            if not self.ev(a, t_m, "tp_missed_pickup", jid, "missed", miss_reason=r, 漏收原因=MISS_ZH[r],
                           scheduled_date=d.strftime("%Y-%m-%d"), **jkw):
                return None
            a["missed"].append(d)
            if rng.random() < 0.35:
                self.fb(a, t_m + D(hours=float(rng.uniform(0.3, 20))), ["missed"], "ticket",
                        extra=dict(job_id=jid))
            crunch = a["city"] == "Suzhou" and in_(d, SUZHOU_CRUNCH)
            d2 = d + D(days=int(rng.integers(3, 8) if crunch else rng.integers(1, 4)))
            if not self.ev(a, t_m + D(minutes=float(rng.uniform(10, 90))), "tp_pickup_scheduled", jid, "rescheduled",
                           scheduled_date=d2.strftime("%Y-%m-%d"), **jkw):
                return None
            d = d2
        # ---- collection
        t_c = day_at(d, 8.5, 17)
        if jtype == "one_off":
            base_kg = {"small": (120, 500), "medium": (350, 1400), "large": (900, 4200)}[a["size"]]
            kg = round(float(rng.uniform(*base_kg)), 1)
            nb = None
        else:
            nb = a["bins"] if rng.random() > 0.06 else max(1, a["bins"] - 1)
            kg = round(sum(float(rng.uniform(0.6, 1.15)) * 30 * FILL[a["freq"]] for _ in range(nb)), 1)
        if not self.ev(a, t_c, "tp_collection", jid, "collected", bins_collected=nb, weight_kg=kg, **jkw, **dkw):
            return None
        # ---- shredding
        if a["mode"] == "onsite":
            site = "truck"
            t_s = t_c + D(minutes=float(rng.uniform(15, 55)))
        else:
            site = CITIES[a["city"]][2]
            if site == "jiading":
                lag = float(rng.gamma(2.0, 0.75))
                if PLANT_OUTAGE[0] <= t_c <= PLANT_OUTAGE[1]:
                    lag += float(rng.uniform(4, 10))
            else:
                lag = float(rng.gamma(2.0, 0.5))
            t_s = day_at(t_c + D(days=lag), 8, 20)
            if t_s <= t_c:
                t_s = t_c + D(hours=float(rng.uniform(2, 6)))
        skw = dict(shred_site=site, 粉碎地点=PLANTS[site][0], shred_site_en=PLANTS[site][1])
        if not self.ev(a, t_s, "tp_shredding", jid, "shredded", weight_kg=kg, **jkw, **skw):
            return dict(t=t_c, kg=kg, bins=nb, missed=missed)
        # ---- certificate
        if site == "truck":
            t_cert = t_s + D(hours=float(rng.uniform(0.5, 5)))
        else:
            t_cert = t_s + D(hours=float(rng.uniform(3, 30)))
        cert_days = (t_cert - t_c).total_seconds() / 86400
        self.ev(a, t_cert, "tp_certificate", jid, "issued", certificate_no=f"COD{jid[1:]}", weight_kg=kg, **jkw,
                **skw)
        # ---- feedback about the job
        topics, good = set(), set()
        if missed:
            topics.add("missed")
        if cert_days > 4:
            topics.add("cert_late")
            p_t = 0.40 if a["industry"] in ("healthcare", "finance") else 0.18
            if rng.random() < p_t:
                self.fb(a, t_c + D(days=float(rng.uniform(4, min(cert_days, 9)))), ["cert_late"], "ticket",
                        extra=dict(job_id=jid))
        if drv[0] == "D08" and rng.random() < 0.35:
            topics.add("rude")
        if site == "truck" and rng.random() < 0.04:
            topics.add("scraps")
        if jtype == "one_off" and site != "truck" and rng.random() < 0.10:
            topics.add("weight")
        if not missed and rng.random() < (0.28 if drv[0] == "D01" else 0.05):
            good.add("punctual")
        if site == "truck" and rng.random() < 0.12:
            good.add("witness")
        if rng.random() < (0.09 if jtype == "scheduled" else 0.35):
            stars = float(pick([5, 4, 3], [0.58, 0.32, 0.10]))
            pen = {"missed": 1.8, "cert_late": 1.3, "rude": 2.0, "scraps": 1.0, "weight": 1.4}
            for x in topics:
                stars -= pen[x]
            if good and not topics:
                stars = 5.0 if rng.random() < 0.8 else 4.0
            stars = float(min(5, max(1, round(stars))))
            say = sorted(topics | good) if rng.random() < 0.8 else []
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(a, t_cert + D(hours=float(rng.uniform(2, 72))), say, "csat", rating=stars, gen=gen,
                    tp=None if say else "tp_certificate",
                    extra=dict(job_id=jid, driver=drv[1], driver_en=drv[2], service_mode=a["mode"]))
        elif "rude" in topics and rng.random() < 0.2:
            self.fb(a, t_c + D(hours=float(rng.uniform(1, 30))), ["rude"], "ticket",
                    extra=dict(job_id=jid, driver=drv[1], driver_en=drv[2]))
        if "weight" in topics and rng.random() < 0.5:
            self.fb(a, t_c + D(days=float(rng.uniform(1, 6))), ["weight"], "email", extra=dict(job_id=jid))
        if rng.random() < 0.012:
            stars = float(pick([5, 4, 3, 2, 1], [0.4, 0.25, 0.1, 0.1, 0.15])) if not topics else \
                float(pick([1, 2, 3], [0.5, 0.35, 0.15]))
            self.fb(a, t_cert + D(days=float(rng.uniform(0.5, 10))), sorted(topics | good), "online_review",
                    rating=stars, gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"),
                    undated=rng.random() < 0.45, no_customer=rng.random() < 0.5,
                    extra=dict(job_id=jid, driver=drv[1], driver_en=drv[2], service_mode=a["mode"]))
        return dict(t=t_c, kg=kg, bins=nb, missed=missed, cert=t_cert)

    # ---------- invoices ----------
    def invoice(self, a, t, amount, otype, lines):
        """issue an invoice at t; may be wrong (cancelled + reissued); payment / reminders."""
        I = INDUSTRIES[a["industry"]]
        terms = I[5]
        err = 0.10 if in_(t, BILLING_MIGRATION) else 0.025
        common = dict(order_type=otype, 订单类型=OTYPE_ZH[otype], city=a["city"], 城市=CITIES[a["city"]][0],
                      industry=a["industry"], 行业=I[0], service_mode=a["mode"], 粉碎方式=MODE_ZH[a["mode"]],
                      account_manager=a["am_zh"], account_manager_en=a["am_en"], payment_terms_days=terms,
                      currency="CNY", **lines)
        while True:
            if t > END:
                return
            self.n["inv"] += 1
            iid = f"INV{self.n['inv']:06d}"
            due = t + D(days=terms)
            self.ev(a, t, "tp_invoice", iid, "issued", invoice_id=iid, amount=amount, order_type=otype,
                    due_date=due.strftime("%Y-%m-%d"), account_manager=a["am_zh"], account_manager_en=a["am_en"])
            row = dict(order_id=iid, customer_id=a["customer_id"], ts=ts(t), amount=round(amount, 2),
                       due_date=due.strftime("%Y-%m-%d"), **common)
            self.orders.append(row)
            if rng.random() < err:
                t2 = day_at(t + D(days=float(rng.uniform(2, 7))), 9.5, 17)
                row.update(status="cancelled", cancel_reason="invoice_error", 作废原因="发票开错",
                           cancelled_at=ts(min(t2, END)))
                if rng.random() < 0.35:
                    self.fb(a, t + D(days=float(rng.uniform(1, 5))), ["billing_error"], "email",
                            extra=dict(invoice_id=iid))
                t = t2
                continue
            p_late, mean_late = I[6]
            if rng.random() < p_late:
                late = max(1, int(math.ceil(float(rng.gamma(2.0, mean_late / 2.0)))))
                paid = day_at(due + D(days=late), 9, 17)
            else:
                paid = day_at(t + D(days=float(rng.uniform(4, terms))), 9, 17)
                if paid.date() > due.date():
                    paid = day_at(due, 9, 12)
            days_late = (paid.date() - due.date()).days
            for k, off in enumerate((7, 21, 45), 1):
                rt = day_at(due + D(days=off), 9, 11)
                if paid.date() > rt.date() and rt <= END:
                    self.ev(a, rt, "tp_payment_reminder", iid, "reminder", invoice_id=iid, reminder_no=k,
                            days_overdue=off, amount=amount)
            if paid > END:
                row.update(status="unpaid")
                return
            self.ev(a, paid, "tp_payment", iid, "paid", invoice_id=iid, amount=amount, days_late=max(0, days_late),
                    due_date=due.strftime("%Y-%m-%d"))
            row.update(status="paid", paid_at=ts(paid), days_late=max(0, days_late))
            a["spend"] += amount
            return

    # ---------- life of an account after signing ----------
    def account(self, a):
        if a["ctype"] == "one_off":
            t = a["contract_at"]
            self.purge(a, t + D(hours=float(rng.uniform(1, 40))))
            while rng.random() < 0.28:
                t = t + D(days=float(rng.exponential(160) + 30))
                if t > END:
                    break
                self.purge(a, day_at(t, 9, 18))
            return
        # scheduled service
        start = a["contract_at"]
        if a["legacy"] and start < START:
            d = datetime(2025, 1, 1) + D(days=int(rng.integers(0, FREQ[a["freq"]][1])))
            # December 2024 service, billed in January 2025
            visits = max(1, round(31 / FREQ[a["freq"]][1])) if a["freq"] != "quarterly" else int(rng.random() < 0.33)
            if visits:
                self.invoice(a, day_at(datetime(2025, 1, 2) + D(days=int(rng.integers(0, 2))), 9.5, 11.5),
                             round(a["bins"] * visits * RATE_BIN[a["mode"]], 2), "scheduled_service",
                             dict(service_month="2024-12", jobs=visits, bins=a["bins"] * visits,
                                  weight_kg=round(a["bins"] * visits * 30 * FILL[a["freq"]], 1),
                                  unit_price=RATE_BIN[a["mode"]], price_unit="per_bin"))
        elif a["legacy"]:
            d = day_at(start + D(days=int(rng.integers(2, 10))), 0, 0)
        else:
            d = datetime(start.year, start.month, start.day) + D(days=int(rng.integers(5, 15)))
        # combination-lock roll-out
        if start >= COMBO_LOCK:
            a["lock_switch"] = start
        elif rng.random() < 0.7:
            a["lock_switch"] = COMBO_LOCK + D(days=float(rng.uniform(0, 100)))
        step = FREQ[a["freq"]][1]
        by_month = {}
        checked = month_start(d)
        while d <= END:
            # churn check once per month
            while checked <= d:
                if self.churn_check(a, checked):
                    break
                checked = next_month(checked)
            if a["churn_at"]:
                break
            if d.weekday() >= 5:
                d += D(days=7 - d.weekday())
            r = self.job(a, d, "scheduled")
            if r is not None:
                by_month.setdefault((r["t"].year, r["t"].month), []).append(r)
            d += D(days=step + (int(rng.integers(-2, 3)) if step >= 30 else 0))
            if rng.random() < (0.09 if d.month in (12, 1) else 0.012) and d <= END:
                self.purge(a, day_at(d - D(days=int(rng.integers(1, 5))), 9, 18))
        # monthly invoices (service in month m billed early in month m+1)
        for (y, m), jobs in sorted(by_month.items()):
            t = day_at(next_month(datetime(y, m, 1)) + D(days=int(rng.integers(0, 3))), 9.5, 11.5)
            rate = RATE_BIN[a["mode"]] * (1.08 if datetime(y, m, 1) >= PRICE_RISE else 1.0)
            bins = sum(j["bins"] for j in jobs)
            kg = round(sum(j["kg"] for j in jobs), 1)
            self.invoice(a, t, round(bins * rate, 2), "scheduled_service",
                         dict(service_month=f"{y}-{m:02d}", jobs=len(jobs), bins=bins, weight_kg=kg,
                              unit_price=round(rate, 2), price_unit="per_bin"))
        self.bins_and_reviews(a)

    def purge(self, a, t):
        jid_next = f"J{self.n['job'] + 1:06d}"
        jkw = dict(job_type="one_off", 收运类型=JOBTYPE_ZH["one_off"], service_mode=a["mode"],
                   粉碎方式=MODE_ZH[a["mode"]])
        if not self.ev(a, t, "tp_purge_request", jid_next, "submit", channel=pick(["phone", "email", "mini_program"],
                                                                                   [0.5, 0.3, 0.2]), **jkw):
            return
        sched_at = t + D(hours=float(rng.uniform(0.5, 26)))
        d = datetime(sched_at.year, sched_at.month, sched_at.day) + D(days=int(rng.integers(2, 8)))
        if d.weekday() == 6:
            d += D(days=1)
        r = self.job(a, d, "one_off", sched_at=sched_at)
        a["purges"] += 1
        if r is None or "cert" not in r:
            return
        rate = RATE_KG[a["mode"]] + (0.2 if r["t"] >= PRICE_RISE else 0.0)
        amt = round(max(PURGE_MIN, r["kg"] * rate), 2)
        self.invoice(a, day_at(r["cert"] + D(days=1), 9.5, 16), amt, "one_off_purge",
                     dict(job_id=jid_next, jobs=1, weight_kg=r["kg"], unit_price=round(rate, 2), price_unit="per_kg",
                          service_month=r["t"].strftime("%Y-%m")))

    def churn_check(self, a, m0):
        if m0 < START or m0 <= a["contract_at"] + D(days=60):
            return False
        recent = sum(1 for x in a["missed"] if m0 - D(days=92) <= x < m0)
        h = 0.004
        reasons = {"competitor": 0.0015, "office_move": 0.0015, "insourcing": 0.001}
        if recent >= 2:
            reasons["missed_pickups"] = 0.20
        elif recent == 1:
            reasons["missed_pickups"] = 0.004
        if datetime(2026, 1, 1) <= m0 <= datetime(2026, 3, 1) and a["size"] == "small":
            reasons["price"] = 0.030
        elif m0 >= PRICE_RISE:
            reasons["price"] = 0.002
        tot = sum(reasons.values())
        if rng.random() < tot:
            r = pick(list(reasons), list(reasons.values()))
            t = day_at(m0 + D(days=int(rng.integers(0, 27))), 9, 18)
            if t > END:
                return False
            a["churn_at"], a["churn_reason"] = t, r
            self.ev(a, t, "tp_churn", f"K{a['customer_id'][1:]}", "terminated", churn_reason=r, 解约原因=CHURN_ZH[r],
                    account_manager=a["am_zh"], account_manager_en=a["am_en"])
            if r in ("missed_pickups", "price") and rng.random() < 0.6:
                self.fb(a, t - D(days=float(rng.uniform(0, 5))), ["missed" if r == "missed_pickups" else "price"],
                        "call_note", undated=rng.random() < 0.3, tp="tp_churn")
            return True
        return False

    def bins_and_reviews(self, a):
        m = month_start(max(a["contract_at"], START))
        end = a["churn_at"] or END
        while m <= end:
            lock = "combo_lock" if a["lock_switch"] and m >= month_start(a["lock_switch"]) else "key_lock"
            if lock == "combo_lock" and in_(m, COMBO_BAD):
                p = {"lock_jammed": 0.14, "key_lost": 0.0, "bin_full": 0.01, "bin_damaged": 0.005}
            elif lock == "combo_lock":
                p = {"lock_jammed": 0.02, "key_lost": 0.0, "bin_full": 0.01, "bin_damaged": 0.005}
            else:
                p = {"lock_jammed": 0.012, "key_lost": 0.012, "bin_full": 0.012 if a["freq"] in ("monthly", "quarterly")
                     else 0.004, "bin_damaged": 0.005}
            for issue, pi in p.items():
                if rng.random() < pi * (1 + 0.05 * a["bins"]):
                    t = day_at(m + D(days=int(rng.integers(0, 28))), 8.5, 18)
                    if t > end:
                        continue
                    self.n["tk"] += 1
                    tid = f"T{self.n['tk']:05d}"
                    kw = dict(issue_type=issue, 问题类型=ISSUE_ZH[issue], lock_model=lock, 锁型=LOCK_ZH[lock])
                    if not self.ev(a, t, "tp_bin_issue", tid, "reported", **kw):
                        continue
                    if issue == "lock_jammed" and lock == "combo_lock" and in_(t, COMBO_BAD):
                        hrs = float(rng.gamma(2.0, 40.0)) + 4
                    else:
                        hrs = float(rng.gamma(2.0, 11.0)) + 2
                    self.ev(a, t + D(hours=hrs), "tp_bin_resolved", tid, "resolved", resolution_hours=round(hrs, 1),
                            **kw)
                    if issue == "lock_jammed" and rng.random() < (0.45 if lock == "combo_lock" else 0.25):
                        self.fb(a, t + D(hours=float(rng.uniform(0.2, 6))), ["lock"], "ticket",
                                extra=dict(ticket_id=tid))
            # quarterly account review in Feb / May / Aug / Nov
            if m.month in (2, 5, 8, 11) and m >= month_start(a["contract_at"]) + D(days=40):
                t = day_at(m + D(days=int(rng.integers(3, 26))), 9.5, 17.5)
                if t <= end and self.ev(a, t, "tp_account_review", f"R{a['customer_id'][1:]}-{m:%y%m}", "held",
                                        account_manager=a["am_zh"], account_manager_en=a["am_en"]) \
                        and rng.random() < 0.6:
                    topics = set()
                    recent = [x for x in a["missed"] if t - D(days=92) <= x < t]
                    if recent:
                        topics.add("missed")
                    if a["city"] == "Hangzhou" and rng.random() < 0.12:
                        topics.add("rude")
                    if lock == "combo_lock" and in_(t, COMBO_BAD) and rng.random() < 0.35:
                        topics.add("lock")
                    if datetime(2026, 1, 1) <= t <= datetime(2026, 3, 31) and rng.random() < 0.3:
                        topics.add("price")
                    if a["mode"] == "offsite" and a["city"] != "Hangzhou" and \
                            datetime(2026, 6, 15) <= t <= datetime(2026, 8, 31) and rng.random() < 0.4:
                        topics.add("cert_late")
                    good = set()
                    if rng.random() < (0.30 if a["am"] == "AM1" else 0.05):
                        good.add("pro")
                    if a["mode"] == "onsite" and rng.random() < 0.10:
                        good.add("witness")
                    mu = 8.7 - 1.6 * len(recent) - 1.4 * len(topics - {"missed"}) + 0.5 * bool(good)
                    nps = int(np.clip(round(rng.normal(mu, 1.3)), 0, 10))
                    say = sorted(topics | good) if rng.random() < 0.7 else []
                    self.fb(a, t + D(hours=float(rng.uniform(0.2, 4))), say, "nps_survey", nps=nps,
                            gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"),
                            tp=None if say else "tp_account_review")
            if m.month in (1, 2) and m.year == 2026 and rng.random() < 0.06:
                t = day_at(m + D(days=int(rng.integers(3, 26))), 9, 18)
                if t <= end:
                    self.fb(a, t, ["price"], pick(["email", "call_note"], [0.5, 0.5]), undated=rng.random() < 0.15)
            m = next_month(m)

    def run(self):
        # legacy accounts (signed 2022..2024, scheduled service)
        for _ in range(N_LEGACY):
            t = datetime(2022, 1, 1) + D(days=float(rng.uniform(0, 1090)))
            a = self.new_acct(t, legacy=True)
            a["ctype"], a["contract_at"], a["want"] = "scheduled", t, "scheduled"
            if a["acq"] == "tender" and rng.random() < 0.5:
                a["acq"] = "referral"
        for _ in range(N_HZ_TAKEOVER):
            t = day_at(HZ_OPEN + D(days=int(rng.integers(0, 10))), 9, 18)
            a = self.new_acct(t, legacy=True, city="Hangzhou")
            a["ctype"], a["contract_at"], a["want"], a["acq"] = "scheduled", t, "scheduled", "takeover"
        # leads 2025-01-01 .. 2026-08-25
        days, d = [], START
        while d <= datetime(2026, 8, 25):
            g = 1.0 + 0.35 * (d - START).days / 365.0
            w = g * LEAD_SEASON[d.month] * (0.25 if d.weekday() >= 5 else 1.0)
            days.append((d, w))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_LEADS, p=w / w.sum()))
        for k in idx:
            a = self.new_acct(day_at(days[k][0], 8.5, 19), legacy=False)
            self.lead(a)
        for a in self.accts:
            if a["ctype"]:
                self.account(a)

    def customer_rows(self):
        rows = []
        for a in self.accts:
            s = a["spend"]
            tier = "gold" if s >= 30000 else "silver" if s >= 10000 else "standard"
            if a["ctype"] is None:
                seg = "prospect"
            elif a["churn_at"]:
                seg = "churned"
            elif a["ctype"] == "one_off":
                seg = "one_off"
            else:
                seg = "active"
            sched = a["ctype"] == "scheduled"
            rows.append(dict(
                customer_id=a["customer_id"], signup_at=ts(a["first"]), segment=seg, region=a["city"],
                城市=CITIES[a["city"]][0], acquisition_channel=a["acq"], 获客渠道=ACQ[a["acq"]][0], tier=tier,
                客户等级=TIER_ZH[tier], company_name=a["name"], industry=a["industry"],
                行业=INDUSTRIES[a["industry"]][0], company_size=a["size"], 规模=SIZE_ZH[a["size"]],
                contract_type=a["ctype"] or "none", 合同类型=CTYPE_ZH.get(a["ctype"], "未签约"),
                service_mode=a["mode"] if a["ctype"] else None, 粉碎方式=MODE_ZH[a["mode"]] if a["ctype"] else None,
                frequency=a["freq"] if sched else None, 收运频率=FREQ[a["freq"]][0] if sched else None,
                bins=a["bins"] if sched else None,
                lock_model=("combo_lock" if a["lock_switch"] and a["lock_switch"] <= END else "key_lock")
                if sched else None,
                account_manager=a["am_zh"], account_manager_en=a["am_en"],
                payment_terms_days=INDUSTRIES[a["industry"]][5] if a["ctype"] else None,
                contract_start=ts(a["contract_at"]) if a["contract_at"] else None,
                churned_at=ts(a["churn_at"]) if a["churn_at"] else None, churn_reason=a["churn_reason"],
                解约原因=CHURN_ZH.get(a["churn_reason"]), preferred_language="en" if a["en_share"] > 0.3 and
                rng.random() < 0.5 else "zh"))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "channel", "device", "city", "城市",
           "industry", "行业", "account_manager", "account_manager_en", "acquisition_channel", "获客渠道", "company_size",
           "规模", "service_wanted", "需求类型", "bins_estimated", "est_kg_month", "proposal_amount", "contract_value",
           "contract_type", "合同类型", "bins", "frequency", "收运频率", "lost_reason", "丢单原因", "job_type", "收运类型",
           "service_mode", "粉碎方式", "scheduled_date", "miss_reason", "漏收原因", "driver_id", "driver", "driver_en",
           "bins_collected", "weight_kg", "shred_site", "粉碎地点", "shred_site_en", "certificate_no", "issue_type",
           "问题类型", "lock_model", "锁型", "resolution_hours", "invoice_id", "order_type", "amount", "due_date",
           "reminder_no", "days_overdue", "days_late", "churn_reason", "解约原因"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "order_type", "订单类型", "city", "城市", "industry", "行业",
            "service_mode", "粉碎方式", "account_manager", "account_manager_en", "service_month", "job_id", "jobs", "bins",
            "weight_kg", "unit_price", "price_unit", "payment_terms_days", "due_date", "paid_at", "days_late",
            "cancel_reason", "作废原因", "cancelled_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language", "city",
           "城市", "industry", "行业", "account_manager", "account_manager_en", "job_id", "invoice_id", "ticket_id",
           "driver", "driver_en", "service_mode"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier", "客户等级",
             "company_name", "industry", "行业", "company_size", "规模", "contract_type", "合同类型", "service_mode", "粉碎方式",
             "frequency", "收运频率", "bins", "lock_model", "account_manager", "account_manager_en", "payment_terms_days",
             "contract_start", "churned_at", "churn_reason", "解约原因", "preferred_language"]


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
    dup = rng.choice(len(ev), size=30, replace=False)             # the route app re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"accounts {len(g.accts)}, jobs {g.n['job']}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
