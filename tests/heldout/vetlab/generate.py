"""瑞检宠物诊断 RuiJian VetLab: a veterinary diagnostic laboratory network (宠物第三方检测实验室) serving vet clinics
in East, South, Southwest and North China from three lab sites: 上海中心实验室 Shanghai Central Lab (blood, histology,
PCR), 成都实验室 Chengdu Lab (blood, PCR; histology goes to Shanghai) and 广州实验室 Guangzhou Lab (opened 1 July 2025:
blood, histology, PCR; South China samples went to Shanghai before).

A clinic new to us enquires (诊所咨询), uploads its veterinary licence for review (资质审核), gets an account (开通送检账户)
and sends its first sample. Each sample (送检单, session SM...) flows: test request submitted on the portal / mini
program (提交送检单) -> courier pickup (上门取样: our own riders in lab cities, SF cold chain or JD cold chain elsewhere)
-> received at the lab (样本签收; rejected when hemolysed, too little, wrong tube, mislabelled, warm, badly fixed or
leaking; a rejected sample is often re-collected as a new sample) -> run (血液生化上机 / 病理制片阅片 / PCR检测) ->
results released (报告发布; on time against the promised turnaround) -> sometimes an add-on test on the same sample
(追加检测; declined when the sample is past its stability window). Clinics on a monthly or annual-package plan get a
monthly invoice (月度对账单) and pay it (回款); pay-per-test clinics pay on submission. Clinics rate reports in a short
survey, open complaint tickets (投诉工单), chat in the service WeChat groups, answer a half-yearly NPS survey, and sales
reps note why a lead was lost. An A/B test (exp_report_v2) shows half the clinics a new interactive report with
interpretation notes from 1 March 2026.

Data 2025-01-01 .. 2026-07-31 (extract taken in early August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (the generator's topic per comment; not a DATA.md table).
Deterministic (seed 20260731), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260731
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
GZ_OPEN = datetime(2025, 7, 1)
GZ_BACKLOG = (datetime(2026, 1, 1), datetime(2026, 4, 1))       # Guangzhou: one of two pathologists on leave
SF_RUSH = (datetime(2026, 1, 26), datetime(2026, 2, 23))        # Spring Festival rush at SF cold chain
CD_PCR_DOWN = (datetime(2026, 3, 9), datetime(2026, 3, 23))     # Chengdu PCR cycler broken, samples to Shanghai
AB_START = datetime(2026, 3, 1)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_enquiry", "诊所咨询", "Clinic enquiry", "awareness", "phone", "digital", "sales",
     "咨询|新诊所|线索|意向客户|enquiry|inquiry|lead|prospect"),
    ("tp_credential", "资质审核", "Licence review", "consideration", "web", "digital", "sales",
     "资质|执业许可证|审核资料|开户审核|licence check|credential review|KYC|license review"),
    ("tp_account", "开通送检账户", "Account activated", "purchase", "web", "digital", "sales",
     "开户|开通账户|签约|account opened|activation|sign-up|onboarded"),
    ("tp_submit", "提交送检单", "Test request submitted", "purchase", "web", "digital", "customer_service",
     "送检|下单|送检单|申请单|开单|test request|requisition|order|submission|submit sample"),
    ("tp_pickup", "上门取样", "Courier pickup", "service", "other", "physical", "logistics",
     "取样|取件|揽收|骑手|冷链|快递|pickup|collection|courier|cold chain"),
    ("tp_received", "样本签收", "Sample received at lab", "service", "other", "physical", "sample_reception",
     "签收|收样|样本接收|到样|拒收|退样|sample received|receiving|accessioning|rejected sample|sample rejection"),
    ("tp_run_blood", "血液生化上机", "Blood & chemistry run", "service", "other", "physical", "clinical_pathology",
     "血常规|生化|上机|血检|血液检测|CBC|chemistry|blood test|haematology|hematology|analyzer run"),
    ("tp_run_histo", "病理制片阅片", "Histopathology", "service", "other", "physical", "anatomic_pathology",
     "病理|切片|活检|阅片|组织病理|histology|histopathology|biopsy|slides|pathology read"),
    ("tp_run_pcr", "PCR检测", "PCR run", "service", "other", "physical", "molecular",
     "PCR|核酸|分子检测|扩增|qPCR|molecular|PCR panel"),
    ("tp_report", "报告发布", "Results released", "service", "web", "digital", "customer_service",
     "出报告|报告|结果|检测结果|发报告|results|report|report released|results out|TAT"),
    ("tp_addon", "追加检测", "Add-on test request", "purchase", "web", "digital", "customer_service",
     "追加|加做|加项|补做|add-on|add on test|additional test|extra test"),
    ("tp_complaint", "投诉工单", "Complaint ticket", "service", "phone", "digital", "customer_service",
     "投诉|工单|客诉|complaint|ticket|escalation"),
    ("tp_invoice", "月度对账单", "Monthly invoice", "loyalty", "email", "digital", "finance",
     "对账单|账单|月结|发票|invoice|statement|monthly bill|billing"),
    ("tp_payment", "回款到账", "Payment received", "loyalty", "other", "digital", "finance",
     "回款|付款|结款|到账|payment|paid|collection|receivables"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("onboarding", "新诊所开户", "New clinic onboarding", ["tp_enquiry", "tp_credential", "tp_account", "tp_submit"], 60),
    ("sample_flow", "送检到出报告", "Sample to results", ["tp_submit", "tp_pickup", "tp_received", "tp_report"], 14),
    ("addon", "报告后追加检测", "Results to add-on test", ["tp_report", "tp_addon"], 7),
    ("billing", "对账回款", "Invoice to payment", ["tp_invoice", "tp_payment"], 180),
]
SITES = {"S1": ("上海中心实验室", "Shanghai Central Lab"), "S2": ("成都实验室", "Chengdu Lab"),
         "S3": ("广州实验室", "Guangzhou Lab")}
REGIONS = {  # en: zh, weight, cities (zh, en)
    "East China": ("华东", 0.42, [("上海", "Shanghai"), ("杭州", "Hangzhou"), ("苏州", "Suzhou"), ("南京", "Nanjing")]),
    "South China": ("华南", 0.25, [("广州", "Guangzhou"), ("深圳", "Shenzhen"), ("佛山", "Foshan")]),
    "Southwest China": ("西南", 0.18, [("成都", "Chengdu"), ("重庆", "Chongqing")]),
    "North China": ("华北", 0.15, [("北京", "Beijing"), ("天津", "Tianjin")]),
}
LAB_CITY = {"Shanghai": "S1", "Chengdu": "S2", "Guangzhou": "S3"}
CTYPES = {  # en: zh, share, samples / month, invoice payment lag median days
    "independent": ("独立诊所", 0.50, 2.2, 14),
    "chain": ("连锁医院", 0.28, 4.5, 32),
    "hospital_24h": ("24小时急诊医院", 0.15, 8.0, 22),
    "teaching": ("动物医学院教学医院", 0.07, 5.5, 85),
}
CHANNELS = {  # en: zh, p(licence uploaded | enquiry), weight among leads
    "referral": ("同行推荐", 0.80, 0.20), "sales_visit": ("业务拜访", 0.58, 0.25),
    "vet_conference": ("兽医大会", 0.55, 0.17), "online_ads": ("线上广告", 0.22, 0.26),
    "distributor": ("器械经销商", 0.45, 0.12),
}
PLANS = {"pay_per_test": ("按次结算", 1.0), "monthly": ("月结", 0.95), "annual_package": ("年度套餐", 0.85)}
TESTS = {  # code: zh, en, type, price, promised hours (receipt -> report), base weight
    "CBC": ("血常规", "Complete blood count", "blood", 90, 24, 0.21),
    "CHEM": ("生化全套", "Chemistry panel", "blood", 280, 24, 0.25),
    "T4": ("甲状腺T4", "Total T4", "blood", 160, 48, 0.07),
    "SDMA": ("肾早筛SDMA", "SDMA kidney screen", "blood", 190, 48, 0.10),
    "BIOPSY": ("组织活检病理", "Biopsy histopathology", "histology", 520, 120, 0.10),
    "MARGIN": ("肿瘤切缘评估", "Tumour margin evaluation", "histology", 760, 168, 0.03),
    "PCR_GI": ("腹泻PCR套餐", "Diarrhoea PCR panel", "pcr", 560, 72, 0.11),
    "PCR_RESP": ("呼吸道PCR套餐", "Respiratory PCR panel", "pcr", 480, 72, 0.08),
    "PCR_FIP": ("猫传腹PCR", "FIP PCR", "pcr", 380, 72, 0.05),
}
TTYPE = {"blood": "血液检测", "histology": "组织病理", "pcr": "PCR分子检测"}
RUN_TP = {"blood": "tp_run_blood", "histology": "tp_run_histo", "pcr": "tp_run_pcr"}
ADDONS = {"blood": [("SDMA", 190), ("T4", 160), ("CHEM", 280)], "histology": [("IHC", 450)],
          "pcr": [("PCR_GI", 560), ("PCR_RESP", 480)]}
ADDON_ZH = {"SDMA": "肾早筛SDMA", "T4": "甲状腺T4", "CHEM": "生化全套", "IHC": "免疫组化", "PCR_GI": "腹泻PCR套餐", "PCR_RESP": "呼吸道PCR套餐"}
STABILITY_H = {"blood": 72, "histology": 24 * 30, "pcr": 24 * 7}
SPECIES = {"canine": ("犬", 0.55), "feline": ("猫", 0.40), "exotic": ("异宠", 0.05)}
COURIERS = {"in_house": ("自有骑手", "own rider"), "sf_cold": ("顺丰冷运", "SF cold chain"),
            "jd_cold": ("京东冷链", "JD cold chain")}
REJECT = {"hemolysed": "溶血", "insufficient": "样本量不足", "wrong_tube": "采血管错误", "label_mismatch": "标签信息不符",
          "temperature": "温度超标", "poor_fixation": "固定不当", "leaked": "样本渗漏"}
PATHOLOGISTS = {"S1": [("王静怡", "Wang Jingyi"), ("Dr. Mark Ellis", "Mark Ellis"), ("周立", "Zhou Li")],
                "S3": [("梁晓彤", "Liang Xiaotong"), ("许嘉文", "Xu Jiawen")]}
ANALYZERS = {"S1": ["Sysmex XN-V #1", "Cobas c311 #2"], "S2": ["Mindray BC-5000Vet", "Cobas c311 #1"],
             "S3": ["Sysmex XN-V #2"]}
REPS = {"East China": ("刘畅", "Liu Chang"), "South China": ("陈嘉豪", "Chen Jiahao"),
        "Southwest China": ("杨柳", "Yang Liu"), "North China": ("高远", "Gao Yuan")}
CHAINS = [("萌爪动物医院", "MengZhua Animal Hospital"), ("宠安连锁", "ChongAn Vet Group"), ("佳宠动物医院", "JiaChong Vet"),
          ("汪喵医疗", "WangMiao Vet Care"), ("伴宠医疗", "BanChong Vet")]  # fictional chains
NAME_A = ["爱", "康", "瑞", "安", "贝", "乐", "萌", "福", "欣", "佳", "宠", "百", "恒", "诺"]
NAME_A_EN = ["Ai", "Kang", "Rui", "An", "Bei", "Le", "Meng", "Fu", "Xin", "Jia", "Chong", "Bai", "Heng", "Nuo"]
NAME_B = ["宠", "心", "诺", "派", "爪", "伴", "宝", "仁", "和", "悦"]
NAME_B_EN = ["chong", "xin", "nuo", "pai", "zhua", "ban", "bao", "ren", "he", "yue"]
PAYMETH = {"bank_transfer": "银行转账", "wechat_pay": "微信支付", "alipay": "支付宝"}

# ---- feedback phrases: every topic has its own marker words (see gold.py), no phrase carries another topic's marker
ZH = {
    "slow": ["病理报告等了一个多星期还没出，出报告慢", "出报告慢，主人天天来问", "活检结果拖了十天，出报告慢得离谱",
             "出报告慢，术后方案一直定不下来", "这次病理出报告慢，说好5天结果拖到第9天"],
    "courier": ["骑手没来取样，样本在冰箱放了一晚", "约好下午取样，快递员一直没来", "取样迟了三个小时，血样都不新鲜了",
                "冷链取样又放鸽子了", "快递员取样太晚，影响结果"],
    "rejected": ["样本被拒收说溶血，我们抽得很规范", "又拒收了，说样本量不够，狗狗很难再抽", "标签写错一个字就拒收，太死板",
                 "拒收通知太晚了，主人已经走了", "说温度超标拒收，冷链是你们的啊"],
    "unclear": ["报告看不懂，参考范围和结论对不上", "PCR报告看不懂，阳性阴性写得很模糊", "新来的医生说报告看不懂，能不能加点解读",
                "报告指标太多看不懂重点"],
    "invoice": ["这个月账单金额不对，多收了两单", "账单里有作废的样本也收费了", "对账单能不能按科室拆开", "账单和系统记录对不上"],
    "addon_declined": ["想追加SDMA被拒了，说样本过期了", "追加检测要重新抽血，太麻烦", "追加项目申请了两天都没人理"],
    "price": ["价格比别家实验室贵", "PCR套餐太贵了，主人接受不了", "价格能不能给点折扣"],
    "fast": ["血常规当天就出报告，出报告快", "出报告快，急诊很需要", "今天送的样晚上就有结果，出报告快"],
    "pathologist": ["病理医生电话沟通很耐心，解释得很清楚", "病理医生的描述很专业，对手术方案帮助很大",
                    "感谢病理医生加急阅片"],
    "accurate": ["结果很准确，和临床表现一致", "复查了一次，结果准确，放心", "数据准确稳定，一直用你们家"],
    "general": ["整体还行", "没什么问题，继续合作", "还可以", "服务正常"],
    "other_lab": ["已经和现在合作的实验室签了年框", "老板说现在合作的实验室用着顺手，暂不考虑", "现在合作的实验室就在隔壁"],
    "licence": ["执业许可证在年审，资质材料暂时交不了", "资质材料不全，还没办下来", "资质审核要的材料太多，放弃了"],
}
EN = {
    "slow": ["Still waiting on the biopsy, results are slow", "Histo results are slow, it's been 9 days",
             "Turnaround on pathology is slow lately, owners keep calling", "Results are slow, surgery plan on hold"],
    "courier": ["Courier never showed up for the pickup", "Pickup was 3 hours late, sample sat on the bench",
                "Missed pickup again, had to store the sample overnight", "The courier came late for pickup"],
    "rejected": ["Sample rejected as hemolysed but it looked fine to us", "Rejected for low volume, cat is hard to bleed",
                 "Sample got rejected over a label typo", "Rejected for temperature, your cold chain not ours"],
    "unclear": ["Report is hard to interpret, no comments on the abnormal values", "PCR report is hard to interpret",
                "The new vets find the report hard to interpret"],
    "invoice": ["Invoice amount is wrong, double charged for one sample", "We were invoiced for a cancelled sample",
                "Invoice doesn't match our records"],
    "addon_declined": ["Add-on declined because the sample expired", "Requested an add-on, nobody replied for 2 days"],
    "price": ["Your price is higher than other labs", "PCR panels are too expensive for our clients"],
    "fast": ["Fast turnaround on bloods, great for emergencies", "Results back the same evening, fast turnaround",
             "Fast turnaround as always, thanks"],
    "pathologist": ["The pathologist called us to explain, very helpful", "Great pathologist comments, really useful"],
    "accurate": ["Results accurate and consistent", "Accurate results, matched the clinical picture"],
    "general": ["All fine", "No issues", "OK overall"],
    "other_lab": ["Happy with their current lab", "Signed a yearly contract with their current lab"],
    "licence": ["Licence documents not ready yet", "Their licence is under renewal, can't complete the review"],
}
SENT = {"fast": "positive", "pathologist": "positive", "accurate": "positive", "general": "neutral"}
TOPIC_TP = {"slow": "tp_report", "courier": "tp_pickup", "rejected": "tp_received", "unclear": "tp_report",
            "invoice": "tp_invoice", "addon_declined": "tp_addon", "price": "tp_invoice", "fast": "tp_report",
            "pathologist": "tp_run_histo", "accurate": "tp_report", "general": None, "other_lab": "tp_enquiry",
            "licence": "tp_credential"}
COMPLAINT_ZH = {"slow": "报告延迟", "courier": "取样问题", "rejected": "样本拒收争议", "unclear": "报告解读",
                "invoice": "账单问题", "addon_declined": "追加检测", "price": "价格"}


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(d: dict, p=None):
    keys = list(d)
    return keys[rng.choice(len(keys), p=p)]


def work_time(day: datetime, h0=9, h1=19) -> datetime:
    return day.replace(hour=0, minute=0, second=0) + D(hours=float(rng.uniform(h0, h1)))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.cust, self.exp = [], [], [], [], [], []
        self.n_ev = self.n_sm = self.n_fb = self.n_ord = self.n_inv = 0
        self.inv_lines = {}      # (customer, yyyy-mm) -> list of order idx
        self.reports = []        # (customer, ts, sample) for surveys

    # ---------- helpers
    def ev(self, cid, ts, tp, **kw):
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=cid, ts=fmt(ts), touchpoint_id=tp)
        row.update(kw)
        self.events.append(row)
        return row

    def fb(self, cid, ts, topic, lang, channel, tp=None, **kw):
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        text = str(rng.choice((ZH if lang == "zh" else EN)[topic]))
        row = dict(feedback_id=fid, text=text, ts=fmt(ts) if ts else "", customer_id=cid or "",
                   touchpoint_id=tp if tp is not None else (TOPIC_TP[topic] or ""), channel=channel, language=lang)
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT.get(topic, "negative")))
        return row

    def order(self, cid, ts, amount, status, **kw):
        self.n_ord += 1
        row = dict(order_id=f"OR{self.n_ord:06d}", customer_id=cid, ts=fmt(ts), amount=round(amount, 2),
                   status=status, currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    # ---------- clinics
    def make_clinic(self, idx, signup, ctype, channel, existing):
        reg = pick(REGIONS, [v[1] for v in REGIONS.values()])
        rz, _, cities = REGIONS[reg]
        cw = np.array([0.40, 0.25, 0.15, 0.20] if reg == "East China" else [0.5, 0.3, 0.2] if reg == "South China"
                      else [0.55, 0.45] if reg == "Southwest China" else [0.65, 0.35])
        city_zh, city_en = cities[rng.choice(len(cities), p=cw)]
        a = rng.integers(len(NAME_A))
        b = rng.integers(len(NAME_B))
        chain = ("", "")
        if ctype == "chain":
            chain = CHAINS[rng.integers(len(CHAINS))]
            name, name_en = f"{chain[0]}{city_zh}{NAME_A[a]}{NAME_B[b]}店", f"{chain[1]} {city_en} {NAME_A_EN[a]}{NAME_B_EN[b]}"
        elif ctype == "teaching":
            name, name_en = f"{city_zh}农业大学动物医院{idx % 3 + 1}部", f"{city_en} Agri Univ Vet Hospital {idx % 3 + 1}"
        elif ctype == "hospital_24h":
            name, name_en = f"{city_zh}{NAME_A[a]}{NAME_B[b]}24小时动物医院", f"{city_en} {NAME_A_EN[a]}{NAME_B_EN[b]} 24h Animal Hospital"
        else:
            name, name_en = f"{NAME_A[a]}{NAME_B[b]}宠物诊所({city_zh})", f"{NAME_A_EN[a]}{NAME_B_EN[b]} Pet Clinic ({city_en})"
        plan = pick(PLANS, {"independent": [0.55, 0.35, 0.10], "chain": [0.05, 0.55, 0.40],
                            "hospital_24h": [0.10, 0.50, 0.40], "teaching": [0.0, 0.9, 0.1]}[ctype])
        p_en = 0.36 if city_en in ("Shanghai", "Beijing", "Shenzhen") else 0.04   # expat-run clinics write English
        lang = "en" if rng.random() < p_en else "zh"
        c = dict(customer_id=f"CL{idx:04d}", clinic_name=name, clinic_name_en=name_en, signup_at=fmt(signup),
                 account_opened_at=fmt(signup) if existing else "", segment="", region=reg, 区域=rz,
                 city=city_en, 城市=city_zh, acquisition_channel=channel, 获客渠道=CHANNELS[channel][0], tier="",
                 clinic_type=ctype, 诊所类型=CTYPES[ctype][0], plan=plan, 结算方案=PLANS[plan][0],
                 chain_brand=chain[0], chain_brand_en=chain[1], sales_rep=REPS[reg][0], sales_rep_en=REPS[reg][1],
                 preferred_language=lang, vets=int(rng.integers(1, 4) + (6 if ctype in ("hospital_24h", "teaching") else 0)))
        self.cust.append(c)
        return c

    def clinics(self):
        idx = 0
        self.active = []   # (clinic, start, churn_at)
        for _ in range(230):
            idx += 1
            ctype = pick(CTYPES, [v[1] for v in CTYPES.values()])
            ch = pick(CHANNELS, [v[2] for v in CHANNELS.values()])
            signup = datetime(2021, 3, 1) + D(days=float(rng.uniform(0, 1360)))
            c = self.make_clinic(idx, signup, ctype, ch, True)
            churn = None
            if rng.random() < 0.07:
                churn = START + D(days=float(rng.uniform(120, 520)))
            self.active.append((c, START, churn))
        # leads inside the window
        days = (END - START).days
        for _ in range(290):
            idx += 1
            t = START + D(days=float(rng.uniform(0, days - 3)))
            if rng.random() < 0.18:   # the two vet conferences (东西部兽医大会) spike
                t = rng.choice([datetime(2025, 9, 12), datetime(2026, 4, 17)]) + D(days=float(rng.uniform(0, 6)))
                ch = "vet_conference"
            else:
                ch = pick({k: v for k, v in CHANNELS.items() if k != "vet_conference"},
                          np.array([0.20, 0.25, 0.26, 0.12]) / 0.83)
            t = work_time(t)
            ctype = pick(CTYPES, [0.62, 0.22, 0.12, 0.04])
            c = self.make_clinic(idx, t, ctype, ch, False)
            sess = f"LD{idx:04d}"
            self.ev(c["customer_id"], t, "tp_enquiry", session_id=sess, action="enquiry", channel="phone",
                    lead_channel=ch, 获客渠道=CHANNELS[ch][0])
            p_cred = CHANNELS[ch][1]
            if rng.random() >= p_cred:
                c["segment"] = "prospect"
                if rng.random() < 0.45:
                    topic = str(rng.choice(["price", "other_lab", "licence"], p=[0.4, 0.4, 0.2]))
                    self.fb(c["customer_id"], t + D(days=float(rng.uniform(3, 20))), topic, "zh", "sales_note",
                            tp=TOPIC_TP[topic] if topic != "price" else "tp_enquiry", region=c["region"],
                            区域=c["区域"], clinic_type=ctype)
                continue
            t2 = work_time(t + D(days=float(rng.gamma(2.0, 3.0))))
            self.ev(c["customer_id"], t2, "tp_credential", session_id=sess, action="submitted", channel="web")
            if rng.random() < 0.13:
                c["segment"] = "prospect"
                if rng.random() < 0.5:
                    self.fb(c["customer_id"], t2 + D(days=5), "licence", "zh", "sales_note", region=c["region"],
                            区域=c["区域"], clinic_type=ctype)
                continue
            t3 = work_time(t2 + D(days=float(rng.gamma(2.0, 1.5)) + 1))
            if t3 > END:
                c["segment"] = "prospect"
                continue
            self.ev(c["customer_id"], t3, "tp_account", session_id=sess, action="activated", channel="web")
            c["account_opened_at"] = fmt(t3)
            first = t3 + D(days=float(rng.gamma(1.5, 5.0)) + 0.5)
            if rng.random() < 0.08 or first > END:
                c["segment"] = "new"
                continue
            self.active.append((c, first, None))

    # ---------- samples
    def test_weights(self, t):
        w = np.array([v[5] for v in TESTS.values()])
        prog = (t - START).days / (END - START).days
        for i, (k, v) in enumerate(TESTS.items()):
            if v[2] == "pcr":
                w[i] *= 0.75 + 0.75 * prog          # PCR grows
            if k == "PCR_RESP" and t.month in (11, 12, 1, 2, 3):
                w[i] *= 2.2
        return w / w.sum()

    def samples(self):
        self.n_rep = 0
        for c, start, churn in self.active:
            ctype = c["clinic_type"]
            rate = CTYPES[ctype][2] * float(rng.lognormal(0, 0.45))
            c["_rate"] = rate
            stop = min(END, churn) if churn else END
            if churn:
                c["segment"] = "at_risk"
            day = start.replace(hour=0, minute=0, second=0)
            first = start > START          # a new clinic's first sample is at its start time
            while day <= stop:
                lam = rate / 30.0 * (0.35 if day.weekday() == 6 else 1.0)
                n = rng.poisson(lam) if not first else 1
                for _ in range(n):
                    t0 = work_time(day, 8, 21) if not first else start
                    if t0 > stop:
                        continue
                    self.sample(c, t0, None)
                first = False
                day += D(days=1)

    def site_for(self, c, ttype, t):
        city = c["city"]
        reg = c["region"]
        if reg == "Southwest China":
            site = "S2"
        elif reg == "South China" and t >= GZ_OPEN:
            site = "S3"
        else:
            site = "S1"
        rerouted = ""
        if site == "S2" and ttype == "histology":
            site, rerouted = "S1", "no_histology_in_chengdu"
        if site == "S2" and ttype == "pcr" and CD_PCR_DOWN[0] <= t < CD_PCR_DOWN[1]:
            site, rerouted = "S1", "chengdu_pcr_down"
        return site, rerouted, LAB_CITY.get(city) == site

    def sample(self, c, t0, orig):
        cid = c["customer_id"]
        self.n_sm += 1
        sm = f"SM{self.n_sm:06d}"
        code = pick(TESTS, self.test_weights(t0))
        zh, en, ttype, price, promised, _ = TESTS[code]
        species = pick(SPECIES, [v[1] for v in SPECIES.values()])
        if code == "PCR_FIP":
            species = "feline"
        urgent = ttype == "blood" and rng.random() < (0.22 if c["clinic_type"] == "hospital_24h" else 0.07)
        if urgent:
            promised = 6
        base = dict(session_id=sm, test_code=code, test_name=zh, test_name_en=en, test_type=ttype,
                    检测类型=TTYPE[ttype], species=species, 物种=SPECIES[species][0], urgent=urgent,
                    is_recollect=orig is not None, original_sample_id=orig or "")
        dev = str(rng.choice(["pc", "ios", "android"], p=[0.55, 0.25, 0.20]))
        ch = "web" if dev == "pc" else "mini_program"
        self.ev(cid, t0, "tp_submit", action="submit", device=dev, channel=ch, **base)
        site, rerouted, local = self.site_for(c, ttype, t0)
        courier = "in_house" if local and not rerouted else ("sf_cold" if rng.random() < 0.65 else "jd_cold")
        sbase = dict(base, site=site, 实验室=SITES[site][0], site_en=SITES[site][1])
        # pickup
        tp = t0 + D(hours=float(rng.gamma(2.0, 0.8 if courier == "in_house" else 1.3)))
        if t0.hour >= 19 and courier != "in_house":
            tp = t0.replace(hour=9) + D(days=1, hours=float(rng.uniform(0, 3)))
        missed = rng.random() < (0.01 if courier == "in_house" else 0.035)
        cz, cen = COURIERS[courier]
        cb = dict(sbase, courier=courier, 快递=cz, courier_en=cen)
        if missed:
            self.ev(cid, tp, "tp_pickup", action="missed", **cb)
            tp = tp.replace(hour=9) + D(days=1, hours=float(rng.uniform(0, 4)))
        self.ev(cid, tp, "tp_pickup", action="picked_up", **cb)
        if courier == "in_house":
            transit = float(rng.gamma(4.0, 0.5))
        else:
            far = (c["region"] == "North China") or (site == "S1" and c["region"] != "East China") or rerouted
            transit = float(rng.gamma(6.0, (3.6 if far else 2.0)))
            if courier == "sf_cold" and SF_RUSH[0] <= tp < SF_RUSH[1]:
                transit *= 2.6
        tr = tp + D(hours=transit)
        if tr > END:
            return
        # rejection
        p = {"blood": 0.03, "histology": 0.02, "pcr": 0.018}[ttype]
        reasons = {"blood": {"hemolysed": 0.55, "insufficient": 0.2, "wrong_tube": 0.12, "label_mismatch": 0.13},
                   "histology": {"poor_fixation": 0.6, "label_mismatch": 0.25, "leaked": 0.15},
                   "pcr": {"insufficient": 0.4, "label_mismatch": 0.35, "leaked": 0.25}}[ttype]
        p_hem = 0.035 if (ttype == "blood" and c["clinic_type"] == "independent") else 0.0
        summer = tr.month in (7, 8)
        p_temp = 0.0
        if courier != "in_house":
            p_temp = 0.005 + (0.05 if summer else 0.0) + (0.06 if courier == "sf_cold" and SF_RUSH[0] <= tp < SF_RUSH[1] else 0)
        if ttype == "histology":
            p_temp = 0.0
        u = rng.random()
        reason = None
        if u < p_temp:
            reason = "temperature"
        elif u < p_temp + p_hem:
            reason = "hemolysed"
        elif u < p_temp + p_hem + p:
            reason = pick(reasons, list(reasons.values()))
        amount = price * PLANS[c["plan"]][1] * (1.5 if urgent else 1.0)
        obase = dict(sample_id=sm, test_code=code, test_type=ttype, urgent=urgent, site=site, plan=c["plan"],
                     channel=ch, device=dev)
        if reason:
            self.ev(cid, tr, "tp_received", action="rejected", transit_hours=round(transit, 2), reject_reason=reason,
                    拒收原因=REJECT[reason], rerouted=rerouted, **cb)
            self.order(cid, t0, amount, "cancelled", order_type="test", cancel_reason="sample_rejected", **obase)
            if rng.random() < 0.35:
                lang = c["preferred_language"]
                self.fb(cid, tr + D(hours=float(rng.uniform(1, 30))), "rejected", lang, "ticket",
                        session_id=sm, site=site, 实验室=SITES[site][0], region=c["region"], 区域=c["区域"],
                        clinic_type=c["clinic_type"], courier=courier)
                self.ev(cid, tr + D(hours=2), "tp_complaint", session_id=sm, action="opened",
                        complaint_type="rejected", 投诉类型=COMPLAINT_ZH["rejected"])
            if rng.random() < 0.62 and orig is None:
                t_re = work_time(tr + D(days=float(rng.gamma(1.5, 1.2)) + 0.3), 8, 20)
                if t_re < END:
                    self.sample_again(c, t_re, sm, code)
            return
        self.ev(cid, tr, "tp_received", action="accepted", transit_hours=round(transit, 2), rerouted=rerouted, **cb)
        o = self.order(cid, t0, amount, "paid", order_type="test", **obase)
        self.bill(c, o, t0)
        # run
        run_tp = RUN_TP[ttype]
        if ttype == "blood":
            queue = float(rng.gamma(2.0, 0.6 if urgent else 1.6))
            if tr.hour >= 22 or tr.hour < 7:
                queue += (7 - tr.hour) % 24 if not urgent else 0.5
            tat = queue + float(rng.gamma(3.0, 0.5 if urgent else 1.2))
            if code in ("T4", "SDMA"):
                tat += float(rng.choice([0, 12, 24], p=[0.5, 0.3, 0.2]))
            extra = dict(instrument=str(rng.choice(ANALYZERS[site])))
        elif ttype == "histology":
            queue = float(rng.uniform(2, 10))
            med = 90.0 if code == "BIOPSY" else 130.0
            if site == "S3" and GZ_BACKLOG[0] <= tr < GZ_BACKLOG[1]:
                med *= 2.1
            elif site == "S3":
                med *= 1.1
            tat = queue + med * float(rng.lognormal(0, 0.22))
            pl = PATHOLOGISTS[site]
            k = rng.integers(len(pl)) if not (site == "S3" and GZ_BACKLOG[0] <= tr < GZ_BACKLOG[1]) else 1
            extra = dict(pathologist=pl[k][0], pathologist_en=pl[k][1])
        else:
            queue = float(rng.uniform(1, 14))
            tat = queue + float(rng.gamma(4.0, 7.0))
            if rerouted == "chengdu_pcr_down":
                tat += 20
            extra = dict(batch=f"PCR-{site}-{tr:%y%m%d}")
        self.ev(cid, tr + D(hours=queue), run_tp, action="run", **sbase, **extra)
        trep = tr + D(hours=tat)
        if trep > END:
            return
        abnormal = rng.random() < {"blood": 0.42, "histology": 0.55, "pcr": 0.3}[ttype]
        on_time = tat <= promised
        self.ev(cid, trep, "tp_report", action="released", tat_hours=round(tat, 2), promised_hours=promised,
                on_time=on_time, abnormal=abnormal, **sbase, **extra)
        variant = c.get("_variant") if trep >= AB_START else None
        self.reports.append((c, trep, sm, ttype, site, on_time, tat, promised, variant, abnormal, extra))
        # add-on
        p_add = {"blood": 0.075, "histology": 0.03, "pcr": 0.03}[ttype] * (1.3 if abnormal else 0.7)
        if variant == "treatment":
            p_add *= 1.6
        if rng.random() < p_add:
            ta = trep + D(hours=float(rng.gamma(1.5, 14.0)))
            if ta < END:
                addon, aprice = ADDONS[ttype][rng.integers(len(ADDONS[ttype]))]
                if addon == code:
                    addon, aprice = ADDONS[ttype][0] if ADDONS[ttype][0][0] != code else ADDONS[ttype][1]
                expired = (ta - tr).total_seconds() / 3600 > STABILITY_H[ttype]
                act = "declined" if expired else "accepted"
                self.ev(cid, ta, "tp_addon", action=act, addon_test=addon, 追加项目=ADDON_ZH[addon],
                        decline_reason="sample_expired" if expired else "", **sbase)
                if not expired:
                    o2 = self.order(cid, ta, aprice * PLANS[c["plan"]][1], "paid", order_type="addon",
                                    sample_id=sm, test_code=addon, test_type=ttype, urgent=False, site=site,
                                    plan=c["plan"], channel="web", device=dev)
                    self.bill(c, o2, ta)
                elif rng.random() < 0.5:
                    self.fb(cid, ta + D(hours=3), "addon_declined", c["preferred_language"], "ticket", session_id=sm,
                            site=site, 实验室=SITES[site][0], region=c["region"], 区域=c["区域"],
                            clinic_type=c["clinic_type"])
                    self.ev(cid, ta + D(hours=3.5), "tp_complaint", session_id=sm, action="opened",
                            complaint_type="addon_declined", 投诉类型=COMPLAINT_ZH["addon_declined"])

    def sample_again(self, c, t, orig, code):
        self.sample(c, t, orig)

    def bill(self, c, o, t):
        if c["plan"] == "pay_per_test":
            o["paid_at"] = o["ts"]
            o["payment_method"] = str(rng.choice(["wechat_pay", "alipay"]))
            return
        self.inv_lines.setdefault((c["customer_id"], t.strftime("%Y-%m")), []).append(o)

    # ---------- invoices
    def invoices(self):
        cmap = {c["customer_id"]: c for c in self.cust}
        for (cid, ym), rows in sorted(self.inv_lines.items()):
            c = cmap[cid]
            y, m = int(ym[:4]), int(ym[5:])
            ti = datetime(y + (m == 12), m % 12 + 1, 3, 10) + D(minutes=float(rng.uniform(0, 120)))
            if ti > END:
                for o in rows:
                    o["status"] = "unpaid"
                continue
            self.n_inv += 1
            inv = f"INV{self.n_inv:05d}"
            total = round(sum(o["amount"] for o in rows), 2)
            err = rng.random() < 0.045
            self.ev(cid, ti, "tp_invoice", session_id=inv, action="issued", invoice_id=inv, invoice_month=ym,
                    invoice_amount=total, order_count=len(rows), invoice_error=err)
            lag = CTYPES[c["clinic_type"]][3] * float(rng.lognormal(0, 0.35)) + (12 if err else 0)
            if c["segment"] == "at_risk" and rng.random() < 0.5:
                lag = 9999
            tpay = ti + D(days=lag)
            for o in rows:
                o["invoice_id"] = inv
            if err and rng.random() < 0.7:
                self.fb(cid, ti + D(days=float(rng.uniform(1, 6))), "invoice", c["preferred_language"], "ticket",
                        session_id=inv, region=c["region"], 区域=c["区域"], clinic_type=c["clinic_type"])
                self.ev(cid, ti + D(days=1), "tp_complaint", session_id=inv, action="opened",
                        complaint_type="invoice", 投诉类型=COMPLAINT_ZH["invoice"])
            if tpay <= END:
                pm = pick(PAYMETH, [0.7, 0.2, 0.1])
                self.ev(cid, work_time(tpay), "tp_payment", session_id=inv, action="paid", invoice_id=inv,
                        payment_amount=total, payment_method=pm, 付款方式=PAYMETH[pm])
                for o in rows:
                    o["paid_at"] = fmt(work_time(tpay))
                    o["payment_method"] = pm
            else:
                for o in rows:
                    o["status"] = "unpaid"

    # ---------- experiment
    def experiment(self):
        for c, start, churn in self.active:
            if churn and churn < AB_START:
                continue
            v = "treatment" if rng.random() < 0.5 else "control"
            c["_variant"] = v
            at = max(AB_START, start)
            self.exp.append(dict(experiment_id="exp_report_v2", variant=v, customer_id=c["customer_id"],
                                 assigned_at=fmt(at + D(hours=float(rng.uniform(0, 10)))),
                                 experiment_name="新版交互式报告 / interactive report v2"))

    # ---------- feedback after reports, pickups, wechat, NPS
    def surveys(self):
        by_sample = {o["sample_id"]: o for o in self.orders if o.get("order_type") == "test"}
        for (c, trep, sm, ttype, site, on_time, tat, promised, variant, abnormal, extra) in self.reports:
            if rng.random() >= (0.3 if tat > promised else 0.05):   # late results make clinics answer
                continue
            lang = c["preferred_language"]
            late = tat > promised
            if late:
                topic = "slow" if rng.random() < 0.8 else "general"
                rating = int(rng.choice([1, 2, 3], p=[0.4, 0.45, 0.15]))
            else:
                u = rng.random()
                p_unclear = 0.16 if variant != "treatment" else 0.05
                if ttype == "pcr":
                    p_unclear += 0.06
                if u < p_unclear:
                    topic, rating = "unclear", int(rng.choice([2, 3, 4], p=[0.35, 0.5, 0.15]))
                elif ttype == "histology" and u < p_unclear + 0.35:
                    topic, rating = "pathologist", int(rng.choice([4, 5], p=[0.25, 0.75]))
                elif ttype == "blood" and u < p_unclear + 0.35:
                    topic, rating = "fast", int(rng.choice([4, 5], p=[0.3, 0.7]))
                elif u < p_unclear + 0.55:
                    topic, rating = "accurate", int(rng.choice([4, 5], p=[0.4, 0.6]))
                else:
                    topic, rating = "general", int(rng.choice([3, 4, 5], p=[0.3, 0.45, 0.25]))
            ts = trep + D(hours=float(rng.uniform(2, 48)))
            if ts > END:
                continue
            self.fb(c["customer_id"], ts, topic, lang, "report_survey", tp=TOPIC_TP[topic] or "tp_report",
                    rating=rating, session_id=sm, site=site, 实验室=SITES[site][0], test_type=ttype,
                    region=c["region"], 区域=c["区域"], clinic_type=c["clinic_type"],
                    pathologist=extra.get("pathologist", ""), variant=variant or "")
            if late and topic == "slow" and rng.random() < 0.45:
                self.ev(c["customer_id"], ts + D(hours=1), "tp_complaint", session_id=sm, action="opened",
                        complaint_type="slow", 投诉类型=COMPLAINT_ZH["slow"])
                self.fb(c["customer_id"], ts + D(hours=1), "slow", lang, "ticket", session_id=sm, site=site,
                        实验室=SITES[site][0], test_type=ttype, region=c["region"], 区域=c["区域"],
                        clinic_type=c["clinic_type"])
                o = by_sample.get(sm)
                if o is not None and o["status"] == "paid" and rng.random() < 0.35:   # goodwill refund
                    o["status"] = "refunded"
                    o["refunded_at"] = fmt(ts + D(days=float(rng.uniform(1, 5))))
        # pickup complaints: from missed pickups
        miss = [e for e in self.events if e["touchpoint_id"] == "tp_pickup" and e["action"] == "missed"]
        cmap = {c["customer_id"]: c for c in self.cust}
        for e in miss:
            if rng.random() < 0.55:
                c = cmap[e["customer_id"]]
                ts = datetime.fromisoformat(e["ts"]) + D(hours=float(rng.uniform(1, 6)))
                self.fb(c["customer_id"], ts, "courier", c["preferred_language"], "ticket", session_id=e["session_id"],
                        courier=e["courier"], region=c["region"], 区域=c["区域"], clinic_type=c["clinic_type"])
                self.ev(c["customer_id"], ts + D(minutes=20), "tp_complaint", session_id=e["session_id"],
                        action="opened", complaint_type="courier", 投诉类型=COMPLAINT_ZH["courier"])
        # WeChat group messages (60 exported without dates)
        act = [c for c, s, ch in self.active]
        topics = ["slow", "courier", "rejected", "unclear", "invoice", "price", "fast", "accurate", "general"]
        for i in range(330):
            c = act[rng.integers(len(act))]
            topic = str(rng.choice(topics, p=[0.17, 0.14, 0.12, 0.1, 0.06, 0.09, 0.13, 0.09, 0.1]))
            ts = None if i < 60 else START + D(days=float(rng.uniform(0, 576)), hours=float(rng.uniform(9, 21)))
            self.fb(c["customer_id"], ts, topic, c["preferred_language"], "wechat", region=c["region"],
                    区域=c["区域"], clinic_type=c["clinic_type"])
        # NPS waves: Dec 2025 and Jun 2026; 25 paper forms from the April 2026 conference, undated & anonymous
        for wave in (datetime(2025, 12, 8), datetime(2026, 6, 8)):
            for c in act:
                if rng.random() > 0.45:
                    continue
                base = {"independent": 8.3, "chain": 7.6, "hospital_24h": 8.0, "teaching": 7.4}[c["clinic_type"]]
                if c["region"] == "South China" and wave.year == 2026:
                    base -= 2.6
                if c["region"] == "Southwest China" and wave.year == 2026:
                    base -= 0.6
                nps = int(np.clip(round(rng.normal(base, 1.6)), 0, 10))
                if nps >= 9:
                    topic = str(rng.choice(["fast", "accurate", "pathologist"]))
                elif nps <= 6:
                    topic = ("slow" if c["region"] == "South China" and wave.year == 2026 and rng.random() < 0.6
                             else str(rng.choice(["courier", "price", "unclear", "rejected", "slow"])))
                else:
                    topic = "general"
                ts = wave + D(days=float(rng.uniform(0, 14)), hours=float(rng.uniform(9, 20)))
                self.fb(c["customer_id"], ts, topic, c["preferred_language"], "nps_survey", nps=nps,
                        region=c["region"], 区域=c["区域"], clinic_type=c["clinic_type"], source="online_survey")
        for i in range(25):
            nps = int(rng.choice([10, 9, 8, 7, 6, 4]))
            topic = "fast" if nps >= 9 else ("general" if nps >= 7 else "price")
            self.fb("", None, topic, "zh", "nps_survey", tp="", nps=nps, source="conference_paper_form")

    def finish(self):
        for c in self.cust:
            rate = c.pop("_rate", None)
            c.pop("_variant", None)
            if not c["segment"]:
                opened = c["account_opened_at"]
                if opened and opened >= "2026-02-01":
                    c["segment"] = "new"
                elif rate and rate > 6:
                    c["segment"] = "vip"
                else:
                    c["segment"] = "returning"
        spend = {}
        for o in self.orders:
            if o["status"] != "cancelled" and o["ts"] >= "2025-08-01":
                spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + o["amount"]
        for c in self.cust:
            s = spend.get(c["customer_id"], 0)
            c["tier"] = "key" if s >= 40000 else "regular" if s >= 10000 else "small" if s > 0 else "inactive"
            c["客户等级"] = {"key": "重点客户", "regular": "常规客户", "small": "小客户", "inactive": "未活跃"}[c["tier"]]
        # 25 exact duplicate event rows re-pushed by the courier API
        picks = [e for e in self.events if e["touchpoint_id"] == "tp_pickup"]
        for i in rng.choice(len(picks), 25, replace=False):
            self.events.append(dict(picks[i]))
        self.events.sort(key=lambda e: (e["ts"], e["event_id"]))
        self.orders.sort(key=lambda o: o["order_id"])


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


def cols_of(rows, first):
    seen = list(first)
    for r in rows:
        for k in r:
            if k not in seen:
                seen.append(k)
    return seen


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.clinics()
    g.experiment()
    g.samples()
    g.invoices()
    g.surveys()
    g.finish()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k,
               touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3], 1)]
    write(out / "journeys.csv", jr, list(jr[0]))
    write(out / "customers.csv", g.cust, cols_of(g.cust, ["customer_id", "signup_at", "segment", "region",
                                                          "acquisition_channel", "tier"]))
    write(out / "events.csv", g.events, cols_of(g.events, ["event_id", "customer_id", "ts", "touchpoint_id",
                                                           "session_id", "action", "device", "channel"]))
    write(out / "orders.csv", g.orders, cols_of(g.orders, ["order_id", "customer_id", "ts", "amount", "status"]))
    fb = list(g.feedback)
    order = rng.permutation(len(fb))
    fb = [fb[i] for i in order]
    write(out / "feedback.csv", fb, cols_of(fb, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id",
                                                 "channel", "rating", "nps"]))
    write(out / "experiments.csv", g.exp, ["experiment_id", "variant", "customer_id", "assigned_at",
                                           "experiment_name"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(g.cust)}, events {len(g.events)}, orders {len(g.orders)}, feedback {len(g.feedback)}, "
          f"experiments {len(g.exp)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
