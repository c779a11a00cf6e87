"""档立方 ArchiCube: a B2B document and archive digitisation service (档案数字化外包: scanning, OCR, indexing) for
hospitals (病历档案), law firms (诉讼案卷 / 合同) and councils / public archives (公文档案, 城建图纸) in East China, Central
China, South China and Hong Kong, from three scanning centres: 苏州扫描中心 Suzhou Centre (S1, East China), 武汉扫描中心
Wuhan Centre (S2, Central China) and 东莞扫描中心 Dongguan Centre (S3, South China and Hong Kong, cross-border van).

A prospect sends a request for quote (询价), gets a site survey with a sample scan (现场勘查), a proposal (报价方案) and
signs (签约). Each batch of boxes (批次, session JB...) flows: collected from the client (上门取件, chain of custody) ->
scanned (扫描; rescanned after a failed QC) -> OCR (OCR识别, with a mean confidence) -> quality check (质检, passed /
failed with a defect) -> indexed (索引著录) -> delivered to the client's archive portal (交付上线, on time against the
promised days from pickup) -> client acceptance (客户验收, accepted / rejected) -> originals returned or shredded
(原件归还/销毁). Clients on the managed plan (托管+按需扫描) keep their boxes in our store and order single files scanned
on demand (调档申请 -> 调档交付, urgent within 4 h, standard within 24 h). Client staff search the archive portal
(档案平台检索 -> 打开文档); an A/B test (exp_smart_search) gives half the clients a semantic search from 1 March 2026.
Finance sends a monthly invoice (月度账单, the 3rd of the next month) and books the payment (回款到账).

Data 2025-01-01 .. 2026-06-30 (extract taken early July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (the generator's topic per comment; not a DATA.md table).
Deterministic (seed 20260630), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260630
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
WUHAN_OCR = (datetime(2025, 9, 1), datetime(2025, 11, 1))     # new OCR engine at Wuhan, bad on handwriting/stamps
HK_CUSTOMS = (datetime(2026, 1, 5), datetime(2026, 4, 1))      # new cross-border declaration for archive boxes
DG_SCANNER = (datetime(2026, 5, 6), datetime(2026, 6, 1))       # Dongguan scanner line 2 down
WUHAN_STAFF = (datetime(2026, 4, 1), datetime(2026, 7, 1))      # Wuhan retrieval desk short-staffed
AB_START = datetime(2026, 3, 1)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_rfq", "询价咨询", "Request for quote", "awareness", "web", "digital", "sales",
     "询价|咨询|报价申请|线索|RFQ|enquiry|inquiry|lead|quote request"),
    ("tp_site_survey", "现场勘查", "Site survey", "consideration", "store", "physical", "presales",
     "勘查|勘察|上门评估|试扫|样张|site visit|survey|assessment|pilot scan"),
    ("tp_quote", "报价方案", "Proposal sent", "consideration", "email", "digital", "sales",
     "报价|方案|报价单|投标|proposal|quotation|bid|pricing"),
    ("tp_contract", "签约", "Contract signed", "purchase", "other", "digital", "sales",
     "签约|签合同|成交|中标|contract|signed|deal won|closed won"),
    ("tp_pickup", "上门取件", "Box collection", "service", "other", "physical", "logistics",
     "取件|取档|收档|押运|装箱|交接|pickup|collection|chain of custody|boxes collected"),
    ("tp_scan", "扫描", "Scanning", "service", "other", "physical", "production",
     "扫描|扫描加工|重扫|成像|scan|scanning|imaging|rescan"),
    ("tp_ocr", "OCR识别", "OCR", "service", "other", "digital", "production",
     "OCR|文字识别|识别|全文识别|text recognition|OCR pass"),
    ("tp_qc", "质检", "Quality check", "service", "other", "physical", "quality",
     "质检|质量检查|抽检|返工|QC|quality control|QA|quality check"),
    ("tp_index", "索引著录", "Indexing", "service", "other", "digital", "production",
     "著录|索引|编目|元数据|indexing|metadata|cataloguing|data entry"),
    ("tp_delivery", "交付上线", "Delivered to portal", "service", "web", "digital", "project_management",
     "交付|上线|交货|出成果|delivery|delivered|go-live|handover|turnaround"),
    ("tp_acceptance", "客户验收", "Client acceptance", "service", "web", "digital", "project_management",
     "验收|退回|不通过|签收确认|acceptance|sign-off|rejected batch|UAT"),
    ("tp_return", "原件归还/销毁", "Originals returned / shredded", "service", "other", "physical", "logistics",
     "归还|还档|退还原件|销毁|粉碎|return of originals|shredding|destruction"),
    ("tp_retrieval", "调档申请", "Scan-on-demand request", "loyalty", "web", "digital", "records_desk",
     "调档|调阅|按需扫描|借阅|急调|scan on demand|retrieval|file request|SOD"),
    ("tp_retrieval_sent", "调档交付", "Scan-on-demand delivered", "loyalty", "email", "digital", "records_desk",
     "调档完成|调阅交付|调档送达|retrieval delivered|file sent|SOD delivered"),
    ("tp_portal", "档案平台检索", "Portal search", "loyalty", "web", "digital", "product",
     "检索|搜索|查档|平台搜索|archive portal|search|lookup|find a file"),
    ("tp_doc_open", "打开文档", "Document opened", "loyalty", "web", "digital", "product",
     "打开文档|查看文档|调阅成功|document opened|viewed file|open result"),
    ("tp_complaint", "投诉工单", "Complaint ticket", "service", "phone", "digital", "customer_service",
     "投诉|工单|客诉|complaint|ticket|escalation"),
    ("tp_invoice", "月度账单", "Monthly invoice", "loyalty", "email", "digital", "finance",
     "账单|对账单|开票|发票|invoice|statement|billing"),
    ("tp_payment", "回款到账", "Payment received", "loyalty", "other", "digital", "finance",
     "回款|付款|到账|收款|payment|paid|receivables|collections"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("sales", "询价到签约", "RFQ to contract", ["tp_rfq", "tp_site_survey", "tp_quote", "tp_contract"], 120),
    ("batch", "批次数字化", "Batch digitisation", ["tp_pickup", "tp_scan", "tp_qc", "tp_delivery", "tp_acceptance"], 45),
    ("retrieval", "按需调档", "Scan on demand", ["tp_retrieval", "tp_retrieval_sent"], 3),
    ("portal", "平台检索", "Portal search", ["tp_portal", "tp_doc_open"], 1),
    ("billing", "账单回款", "Invoice to cash", ["tp_invoice", "tp_payment"], 180),
]
CENTRES = {"S1": ("苏州扫描中心", "Suzhou Centre"), "S2": ("武汉扫描中心", "Wuhan Centre"),
           "S3": ("东莞扫描中心", "Dongguan Centre")}
REGIONS = {  # en: zh, weight, centre, cities (zh, en, weight)
    "East China": ("华东", 0.40, "S1", [("上海", "Shanghai", 0.45), ("杭州", "Hangzhou", 0.2), ("南京", "Nanjing", 0.2),
                                        ("苏州", "Suzhou", 0.15)]),
    "Central China": ("华中", 0.22, "S2", [("武汉", "Wuhan", 0.65), ("长沙", "Changsha", 0.35)]),
    "South China": ("华南", 0.23, "S3", [("广州", "Guangzhou", 0.5), ("深圳", "Shenzhen", 0.5)]),
    "Hong Kong": ("香港", 0.15, "S3", [("香港", "Hong Kong", 1.0)]),
}
ORGS = {  # en: zh, share of accounts, batches / month, invoice payment lag median days, retrievals / month (managed)
    "hospital": ("医院", 0.34, 1.25, 38, 3.5),
    "law_firm": ("律师事务所", 0.41, 0.95, 17, 5.0),
    "council": ("政府机关", 0.25, 0.60, 74, 1.2),
}
CHANNELS = {  # en: zh, p(site survey | rfq), p(contract | quote) multiplier, weight
    "referral": ("客户推荐", 0.92, 1.45, 0.22), "tender_portal": ("招标平台", 0.85, 0.75, 0.18),
    "archive_expo": ("档案展会", 0.78, 1.0, 0.15), "search_ads": ("搜索广告", 0.62, 0.8, 0.28),
    "software_partner": ("软件合作伙伴", 0.85, 1.1, 0.17),
}
PLANS = {"per_page": ("按页计费", 1.0), "framework": ("年度框架合同", 0.85), "managed": ("托管+按需扫描", 0.9)}
DOCS = {  # code: zh, en, price per page (sheet), pages mean, p handwritten
    "medical_records": ("病历档案", "Medical records", 0.42, 9000, 0.6),
    "case_files": ("诉讼案卷", "Litigation case files", 0.38, 3200, 0.12),
    "contracts": ("合同文书", "Contracts", 0.35, 2200, 0.04),
    "official_docs": ("公文档案", "Official records", 0.30, 12000, 0.08),
    "drawings": ("城建图纸", "Building plans (large format)", 7.5, 520, 0.0),
    "hr_files": ("人事档案", "HR files", 0.40, 2600, 0.25),
}
DOC_MIX = {"hospital": [0.85, 0, 0, 0, 0, 0.15], "law_firm": [0, 0.62, 0.30, 0, 0, 0.08],
           "council": [0, 0, 0, 0.58, 0.30, 0.12]}
DEFECTS = {"ocr_error": "OCR识别错误", "skew": "图像歪斜", "missing_pages": "漏扫漏页", "blurry": "图像模糊",
           "index_error": "著录错误"}
COURIERS = {"own_van": ("自有押运车", "own secure van"), "sf_express": ("顺丰保价", "SF Express insured"),
            "cross_border": ("跨境押运车", "cross-border van"), "client_dropoff": ("客户自送", "client drop-off")}
PMS = {"East China": [("沈佳", "Shen Jia"), ("Tom Harris", "Tom Harris")], "Central China": [("胡斌", "Hu Bin")],
       "South China": [("陈颖", "Chen Ying")], "Hong Kong": [("Karen Lau", "Karen Lau"), ("陈颖", "Chen Ying")]}
OPERATORS = {"S1": ["SZ-OP01", "SZ-OP02", "SZ-OP03", "SZ-OP04"], "S2": ["WH-OP01", "WH-OP02", "WH-OP03"],
             "S3": ["DG-OP01", "DG-OP02", "DG-OP03"]}
SURN = ["张", "王", "李", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙"]
SURN_EN = ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Wu", "Xu", "Sun"]
DISTRICTS = ["东区", "西区", "南区", "北区", "新区", "高新区", "滨江区", "老城区"]
DISTRICTS_EN = ["East", "West", "South", "North", "New", "Hi-tech", "Riverside", "Old Town"]
HK_DIST = ["Sha Tin", "Kwun Tong", "Eastern", "Yau Tsim Mong", "Tuen Mun", "Wan Chai", "Sai Kung"]

# ---- feedback phrases: every topic has its own marker words (see gold.py); no phrase carries another topic's marker
ZH = {
    "ocr_error": ["OCR识别错字太多，病历里的药名全错了", "手写病历识别错得离谱，基本没法全文检索", "识别错的地方太多，还得我们自己校对",
                  "印章盖住的字全识别错了", "这批案卷识别错别字一大堆"],
    "late": ["说好20天交付，结果延期了一个多星期", "又延期了，评审会都开完了数据还没上线", "交付一再延期，也没人提前通知",
             "批次延期交付，影响我们迎检", "延期这么久，能不能给个准话"],
    "missing_pages": ["验收时发现漏页，第37卷少了好几页", "装订的病历漏页了，退回重扫", "抽查就发现漏页，质检到底有没有做",
                      "有两份合同漏页，差点出大事"],
    "damaged": ["归还的原件有损坏，封皮都撕了", "老图纸回来的时候边角损坏了", "档案盒受潮，原件损坏严重", "原件被拆装订后损坏了几页"],
    "invoice": ["这个月账单页数和验收的对不上", "账单里把退回重扫的批次也算钱了", "账单能不能按科室拆分开", "账单金额多了一千多"],
    "search": ["平台上搜不到上周交付的卷宗", "按病人姓名搜不到，必须用病案号", "关键字一换就搜不到，太死板", "明明有的文件就是搜不到"],
    "retrieval_slow": ["急调病历等了半天，调档太慢了", "调档说4小时，实际第二天才发过来", "开庭前急着调档，迟迟没回复",
                       "调档响应越来越慢"],
    "pickup": ["约好上午取件，押运车下午才到", "取件的人没来，档案室白等一天", "取件时间改了三次", "取件车迟到两个小时"],
    "price": ["价格比另一家高两成", "预算有限，每页报价太贵", "价格没谈拢，选了本地公司", "图纸扫描单价太贵"],
    "tender": ["这次是公开招标，评分没拿到", "招标文件要求本地驻场，我们不符合", "招标流程还没走完，明年再说"],
    "fast": ["这次交付速度快，提前三天就上线了", "急件处理速度快，帮了大忙", "速度快，质量也稳定"],
    "secure": ["押运和交接流程很规范，档案安全有保障", "全程有交接单，保密安全做得好", "销毁有证明，安全合规放心"],
    "pm": ["项目经理很负责，每周都同步进度", "项目经理沟通及时，问题当天解决", "感谢项目经理帮我们梳理著录规则"],
    "general": ["整体还可以", "没什么问题，继续合作", "还行", "正常"],
}
EN = {
    "ocr_error": ["OCR quality is poor, names in the records are garbled", "Too many OCR mistakes on the handwritten notes",
                  "OCR missed half the text under the stamps", "We had to proofread the OCR output ourselves"],
    "late": ["Batch is overdue by over a week, nobody warned us", "Overdue again - our court deadline is next week",
             "The delivery is overdue and the portal still shows nothing", "Third overdue batch this quarter"],
    "missing_pages": ["Found missing pages during sign-off, volume 12 is incomplete", "Several files have missing pages",
                      "Spot check showed missing pages, please rescan"],
    "damaged": ["Originals came back damaged, the spine was torn", "Two old plans were damaged on return",
                "Box got wet, documents damaged"],
    "invoice": ["The invoice page count doesn't match the accepted batch", "We were invoiced for the rescan",
                "Please split the invoice by department", "Invoice total is off by a thousand"],
    "search": ["Portal search can't find the file we uploaded last week", "The search only works with exact file numbers",
               "Search returns nothing for client names", "Search is useless unless you know the reference"],
    "retrieval_slow": ["Urgent retrieval took a full day, supposed to be 4 hours", "Retrieval requests keep running slow",
                       "Waited all morning for a retrieval before a hearing"],
    "pickup": ["The van was two hours late for the pickup", "Pickup was rescheduled three times",
               "Nobody came for the agreed pickup"],
    "price": ["Your price per page is higher than the local vendor", "Too expensive for our budget this year",
              "Lost on price, they went with a cheaper bid"],
    "tender": ["Public tender, we did not score high enough", "The tender needed an on-site team we don't offer"],
    "fast": ["Really quick turnaround, live three days early", "Quick work on the urgent batch, thanks",
             "Quick and consistent as always"],
    "secure": ["Chain of custody is solid, we feel our files are secure", "Secure handling and a proper destruction certificate",
               "Very secure process from collection to return"],
    "pm": ["Our project manager keeps us updated every week", "The project manager sorted the indexing rules out promptly",
           "Great project manager, very responsive"],
    "general": ["All fine", "No complaints", "OK overall", "Fine"],
}
SENT = {"fast": "positive", "secure": "positive", "pm": "positive", "general": "neutral"}
TOPIC_TP = {"ocr_error": "tp_ocr", "late": "tp_delivery", "missing_pages": "tp_acceptance", "damaged": "tp_return",
            "invoice": "tp_invoice", "search": "tp_portal", "retrieval_slow": "tp_retrieval", "pickup": "tp_pickup",
            "price": "tp_quote", "tender": "tp_quote", "fast": "tp_delivery", "secure": "tp_pickup",
            "pm": "tp_acceptance", "general": ""}
COMPLAINT_ZH = {"ocr_error": "OCR质量", "late": "交付延期", "missing_pages": "漏页", "damaged": "原件损坏",
                "invoice": "账单争议", "retrieval_slow": "调档超时", "pickup": "取件问题", "search": "检索问题"}


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(d: dict, p=None):
    keys = list(d)
    p = None if p is None else np.array(p, dtype=float) / np.sum(p)
    return keys[rng.choice(len(keys), p=p)]


def work_time(day: datetime, h0=9.0, h1=18.0) -> datetime:
    return day.replace(hour=0, minute=0, second=0, microsecond=0) + D(hours=float(rng.uniform(h0, h1)))


def in_(t, win):
    return win[0] <= t < win[1]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.cust, self.exp = [], [], [], [], [], []
        self.n_ev = self.n_fb = self.n_ord = self.n_inv = self.n_jb = self.n_rt = self.n_ps = 0
        self.batches = []
        self.active = []   # (customer, start, stop)

    def ev(self, cid, ts, tp, **kw):
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=cid, ts=fmt(ts), touchpoint_id=tp)
        row.update(kw)
        self.events.append(row)
        return row

    def fb(self, c, ts, topic, channel, tp=None, lang=None, **kw):
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = lang or (c["preferred_language"] if c else "zh")
        text = str(rng.choice((ZH if lang == "zh" else EN)[topic]))
        row = dict(feedback_id=fid, text=text, ts=fmt(ts) if ts else "", customer_id=c["customer_id"] if c else "",
                   touchpoint_id=TOPIC_TP[topic] if tp is None else tp, channel=channel, language=lang)
        if c:
            row.update(region=c["region"], 区域=c["区域"], org_type=c["org_type"], 客户类型=c["客户类型"],
                       centre=c["centre"], 扫描中心=c["扫描中心"])
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT.get(topic, "negative")))
        return row

    def order(self, cid, ts, amount, status, **kw):
        self.n_ord += 1
        row = dict(order_id=f"OD{self.n_ord:06d}", customer_id=cid, ts=fmt(ts), amount=round(float(amount), 2),
                   status=status, currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def complaint(self, c, ts, kind, **kw):
        if ts > END:
            return
        self.ev(c["customer_id"], ts, "tp_complaint", action="opened", channel="phone", complaint_type=kind,
                投诉类型=COMPLAINT_ZH[kind], **kw)
        self.fb(c, ts, kind, "ticket", **kw)

    # ---------- customers
    def make_org(self, idx, signup, org, channel, existing):
        reg = pick(REGIONS, [v[1] for v in REGIONS.values()])
        rz, _, centre, cities = REGIONS[reg]
        ci = rng.choice(len(cities), p=np.array([x[2] for x in cities]) / sum(x[2] for x in cities))
        city_zh, city_en, _ = cities[ci]
        k = int(rng.integers(len(SURN)))
        k2 = int((k + 1 + rng.integers(len(SURN) - 1)) % len(SURN))
        d = int(rng.integers(len(DISTRICTS)))
        if org == "hospital":
            if reg == "Hong Kong":
                name_en = f"{HK_DIST[idx % len(HK_DIST)]} {['Adventist', 'Union', 'Sanatorium', 'Baptist'][idx % 4]} Hospital"
                name = name_en
            else:
                name, name_en = f"{city_zh}市第{idx % 9 + 1}人民医院", f"{city_en} No.{idx % 9 + 1} People's Hospital"
        elif org == "law_firm":
            name = f"{SURN[k]}{SURN[k2]}律师事务所" if reg != "Hong Kong" else f"{SURN_EN[k]} & {SURN_EN[k2]} Solicitors"
            name_en = f"{SURN_EN[k]} & {SURN_EN[k2]} {'Solicitors' if reg == 'Hong Kong' else 'Law Firm'} ({city_en})"
        else:
            if reg == "Hong Kong":
                name_en = f"{HK_DIST[idx % len(HK_DIST)]} District Office"
                name = name_en
            else:
                unit = ["档案馆", "城建档案馆", "政务服务中心", "不动产登记中心"][idx % 4]
                unit_en = ["Archives", "Urban Construction Archives", "Government Service Centre",
                           "Property Registry"][idx % 4]
                name, name_en = f"{city_zh}{DISTRICTS[d]}{unit}", f"{city_en} {DISTRICTS_EN[d]} District {unit_en}"
        plan = pick(PLANS, {"hospital": [0.25, 0.35, 0.40], "law_firm": [0.40, 0.15, 0.45],
                            "council": [0.15, 0.75, 0.10]}[org])
        p_en = 1.0 if reg == "Hong Kong" else (0.3 if city_en == "Shanghai" and org == "law_firm" else 0.02)
        lang = "en" if rng.random() < p_en else "zh"
        pm = PMS[reg][int(rng.integers(len(PMS[reg])))]
        c = dict(customer_id=f"AC{idx:04d}", org_name=name, org_name_en=name_en, signup_at=fmt(signup),
                 account_opened_at=fmt(signup) if existing else "", segment="", region=reg, 区域=rz,
                 city=city_en, 城市=city_zh, acquisition_channel=channel, 获客渠道=CHANNELS[channel][0], tier="",
                 org_type=org, 客户类型=ORGS[org][0], plan=plan, 合同方案=PLANS[plan][0], centre=centre,
                 扫描中心=CENTRES[centre][0], centre_en=CENTRES[centre][1], project_manager=pm[0],
                 project_manager_en=pm[1], preferred_language=lang,
                 boxes_in_storage=int(rng.integers(150, 2500)) if plan == "managed" else 0)
        c["_size"] = float(rng.lognormal(0, 0.45))
        self.cust.append(c)
        return c

    def customers(self):
        idx = 0
        for _ in range(250):
            idx += 1
            org = pick(ORGS, [v[1] for v in ORGS.values()])
            ch = pick(CHANNELS, [v[3] for v in CHANNELS.values()])
            signup = datetime(2020, 6, 1) + D(days=float(rng.uniform(0, 1640)))
            c = self.make_org(idx, work_time(signup), org, ch, True)
            stop = START + D(days=float(rng.uniform(90, 480))) if rng.random() < 0.07 else None
            if stop:
                c["segment"] = "at_risk"
            self.active.append((c, START, stop))
        days = (END - START).days
        for _ in range(270):
            idx += 1
            if rng.random() < 0.16:     # the two archive expos (档案展会, April each year)
                t = rng.choice([datetime(2025, 4, 16), datetime(2026, 4, 15)]) + D(days=float(rng.uniform(0, 8)))
                ch = "archive_expo"
            else:
                t = START + D(days=float(rng.uniform(0, days - 5)))
                ch = pick({k: v for k, v in CHANNELS.items() if k != "archive_expo"},
                          [v[3] for k, v in CHANNELS.items() if k != "archive_expo"])
            org = pick(ORGS, [0.30, 0.42, 0.28] if ch != "tender_portal" else [0.3, 0.0, 0.7])
            t = work_time(t)
            c = self.make_org(idx, t, org, ch, False)
            c["segment"] = "prospect"
            sess = f"LD{idx:04d}"
            cid = c["customer_id"]
            self.ev(cid, t, "tp_rfq", session_id=sess, action="submitted", channel="web", lead_channel=ch,
                    获客渠道=CHANNELS[ch][0])
            if rng.random() >= CHANNELS[ch][1]:
                continue
            t2 = work_time(t + D(days=float(rng.gamma(2.0, 4.0)) + 1))
            if t2 > END:
                continue
            self.ev(cid, t2, "tp_site_survey", session_id=sess, action="done", channel="store",
                    pilot_pages=int(rng.integers(50, 400)))
            if rng.random() < 0.07:
                continue
            t3 = work_time(t2 + D(days=float(rng.gamma(2.0, 3.5)) + 2))
            if t3 > END:
                continue
            est_pages = int(rng.lognormal(np.log(DOCS[["medical_records", "case_files", "official_docs"][
                ["hospital", "law_firm", "council"].index(org)]][3] * 12), 0.5))
            quote = round(est_pages * 0.38 * PLANS[c["plan"]][1], 2)
            self.ev(cid, t3, "tp_quote", session_id=sess, action="sent", channel="email", quote_amount=quote)
            p_win = {"hospital": 0.55, "law_firm": 0.58, "council": 0.27}[org] * CHANNELS[ch][2]
            if rng.random() >= p_win:
                if rng.random() < 0.6:
                    topic = ("tender" if org == "council" and rng.random() < 0.5 else
                             str(rng.choice(["price", "general"], p=[0.75, 0.25])))
                    tl = t3 + D(days=float(rng.uniform(10, 50)))
                    if tl <= END:
                        self.fb(c, tl, topic, "sales_note", tp="tp_quote", lang="zh" if c["region"] != "Hong Kong"
                                else "en")
                continue
            lag = rng.uniform(25, 80) if org == "council" else rng.gamma(2.0, 8.0) + 3
            t4 = work_time(t3 + D(days=float(lag)))
            if t4 > END:
                continue
            self.ev(cid, t4, "tp_contract", session_id=sess, action="signed", channel="other",
                    contract_value=round(quote * float(rng.uniform(0.9, 1.05)), 2))
            c["account_opened_at"] = fmt(t4)
            c["segment"] = "new" if t4 >= datetime(2026, 1, 1) else ""
            self.active.append((c, t4 + D(days=float(rng.uniform(5, 20))), None))

    # ---------- batches
    def batches_all(self):
        for c, start, stop in self.active:
            org = c["org_type"]
            base = ORGS[org][2] * c["_size"]
            m = datetime(start.year, start.month, 1)
            while m <= END:
                nxt = datetime(m.year + m.month // 12, m.month % 12 + 1, 1)
                rate = base
                if org == "council":
                    rate *= {11: 1.7, 12: 3.3, 1: 0.35, 2: 0.35}.get(m.month, 1.0)   # year-end budget rush
                n = rng.poisson(rate)
                for _ in range(n):
                    t = m + D(days=float(rng.uniform(0, (nxt - m).days)))
                    if t < start or (stop and t >= stop) or t > END or t.weekday() == 6:
                        continue
                    self.batch(c, work_time(t, 8.5, 17))
                m = nxt

    def batch(self, c, t0):
        self.n_jb += 1
        jb = f"JB{self.n_jb:06d}"
        cid, org, centre = c["customer_id"], c["org_type"], c["centre"]
        doc = pick(DOCS, DOC_MIX[org])
        dz, den, price, pages_mu, p_hw = DOCS[doc]
        hw = bool(rng.random() < p_hw)
        pages = int(max(80, rng.lognormal(np.log(pages_mu), 0.45)))
        boxes = max(1, int(round(pages / (2500 if doc != "drawings" else 120))))
        express = bool(rng.random() < {"hospital": 0.12, "law_firm": 0.28, "council": 0.06}[org])
        promised = 7 if express else (25 if doc == "drawings" else 20)
        if c["region"] == "Hong Kong":
            courier = "cross_border"
        elif rng.random() < 0.1:
            courier = "client_dropoff"
        elif c["city"] in ("Suzhou", "Shanghai", "Wuhan", "Guangzhou", "Shenzhen", "Hangzhou"):
            courier = "own_van"
        else:
            courier = "sf_express"
        common = dict(session_id=jb, centre=centre, 扫描中心=CENTRES[centre][0], centre_en=CENTRES[centre][1],
                      doc_type=doc, 文档类型=dz, handwritten=hw, express=express)
        amount = pages * price * PLANS[c["plan"]][1] * (1.4 if express else 1.0)
        if rng.random() < 0.02:     # cancelled by the client before pickup
            self.ev(cid, t0, "tp_pickup", action="cancelled", channel="other", **common)
            self.order(cid, t0, amount, "cancelled", order_type="batch", session_id=jb, doc_type=doc, 文档类型=dz, pages=pages,
                       centre=centre, plan=c["plan"], express=express, cancel_reason="client_postponed")
            return
        if courier in ("own_van", "cross_border") and rng.random() < 0.025:   # van did not come
            self.ev(cid, t0, "tp_pickup", action="missed", channel="other", courier=courier,
                    运输方式=COURIERS[courier][0], **common)
            if rng.random() < 0.55:
                self.complaint(c, t0 + D(hours=float(rng.uniform(2, 6))), "pickup", session_id=jb)
            t0 = work_time(t0 + D(days=1), 8.5, 12)
        self.ev(cid, t0, "tp_pickup", action="collected", channel="other", courier=courier, 运输方式=COURIERS[courier][0],
                boxes=boxes, pages=pages, promised_days=promised, **common)
        o = self.order(cid, t0, amount, "unpaid", order_type="batch", session_id=jb, doc_type=doc, 文档类型=dz, pages=pages,
                       centre=centre, plan=c["plan"], express=express, channel="offline")
        # transit
        if courier == "cross_border":
            transit = rng.uniform(9, 16) if in_(t0, HK_CUSTOMS) else rng.uniform(2.5, 4.5)
        elif courier == "sf_express":
            transit = rng.uniform(1.5, 3)
        else:
            transit = rng.uniform(0.3, 1.5)
        queue = rng.uniform(0.2, 1.0) if express else rng.gamma(2.0, 1.2)
        ts = t0 + D(days=float(transit + queue))
        if centre == "S3" and in_(ts, DG_SCANNER):     # one of two production scanner lines down: half capacity
            ts = ts + D(days=float(rng.uniform(4, 11) if not express else rng.uniform(1, 3)))
        ts = work_time(ts, 8, 20)
        op = OPERATORS[centre][int(rng.integers(len(OPERATORS[centre])))]
        scan_days = pages / (6000 if doc != "drawings" else 300) * (0.5 if express else 1.0)
        self.ev(cid, ts, "tp_scan", action="scanned", channel="other", operator=op, pages=pages,
                scanner="large_format" if doc == "drawings" else "production", **common)
        t_ocr = ts + D(days=float(scan_days + rng.uniform(0.2, 1.0)))
        conf = 0.975 - (0.07 if hw else 0) - (0.09 if centre == "S2" and in_(t_ocr, WUHAN_OCR) and doc != "drawings"
                                              else 0) + rng.normal(0, 0.012)
        conf = float(min(0.995, conf))
        self.ev(cid, t_ocr, "tp_ocr", action="done", channel="other", ocr_confidence=round(conf, 3), **common)
        t_qc = t_ocr + D(days=float(rng.uniform(0.3, 1.2)))
        p_fail = 0.035 + (0.04 if hw else 0) + (0.22 if centre == "S2" and in_(t_qc, WUHAN_OCR) else 0)
        defect = None
        if rng.random() < p_fail:
            if centre == "S2" and in_(t_qc, WUHAN_OCR) and rng.random() < 0.8:
                defect = "ocr_error"
            else:
                defect = pick(DEFECTS, [0.30, 0.20, 0.17, 0.15, 0.18])
            self.ev(cid, t_qc, "tp_qc", action="failed", channel="other", qc_result="failed", defect_type=defect,
                    缺陷类型=DEFECTS[defect], **common)
            t_re = t_qc + D(days=float(rng.uniform(1, 4)))
            self.ev(cid, t_re, "tp_scan", action="rescan", channel="other", operator=op,
                    pages=int(pages * rng.uniform(0.05, 0.4)), **common)
            t_qc = t_re + D(days=float(rng.uniform(0.5, 1.5)))
        self.ev(cid, t_qc, "tp_qc", action="passed", channel="other", qc_result="passed", **common)
        t_ix = t_qc + D(days=float(rng.uniform(0.5, 2.5) * (1.6 if org == "hospital" else 1.0) * (0.5 if express else 1)))
        self.ev(cid, t_ix, "tp_index", action="done", channel="other",
                index_fields=int({"hospital": 9, "law_firm": 7, "council": 6}[org] + rng.integers(0, 4)), **common)
        t_dl = work_time(t_ix + D(days=float(rng.uniform(0.2, 1.0))), 9, 21)
        elapsed = (t_dl - t0).total_seconds() / 86400
        on_time = bool(elapsed <= promised)
        batch = dict(c=c, jb=jb, t0=t0, doc=doc, hw=hw, centre=centre, defect=defect, conf=conf, on_time=on_time,
                     order=o, express=express, delivered=t_dl if t_dl <= END else None, accepted=None, rejected=False,
                     damaged=False)
        self.batches.append(batch)
        if t_dl > END:
            return
        self.ev(cid, t_dl, "tp_delivery", action="delivered", channel="web", on_time=on_time, promised_days=promised,
                days_taken=round(elapsed, 2), **common)
        if not on_time and rng.random() < 0.3:
            self.complaint(c, t_dl + D(hours=float(rng.uniform(-30, -2))), "late", session_id=jb)
        if conf < 0.9 and rng.random() < 0.3:
            self.complaint(c, t_dl + D(days=float(rng.uniform(1, 4))), "ocr_error", session_id=jb)
        t_ac = work_time(t_dl + D(days=float(rng.uniform(2, 12))))
        if t_ac > END:
            return
        p_rej = 0.025 + (0.05 if org == "hospital" else 0) + (0.12 if conf < 0.9 else 0)
        rejected = bool(rng.random() < p_rej)
        issue = ""
        if rejected:
            issue = "ocr_error" if conf < 0.9 and rng.random() < 0.6 else "missing_pages"
            if rng.random() < 0.55:
                self.complaint(c, t_ac + D(hours=2), issue, session_id=jb)
        self.ev(cid, t_ac, "tp_acceptance", action="rejected" if rejected else "accepted", channel="web",
                acceptance_issue=issue, **common)
        batch.update(accepted=t_ac, rejected=rejected)
        t_rt = work_time(t_ac + D(days=float(rng.uniform(3, 15))))
        if t_rt <= END:
            mode = "shredded" if org == "law_firm" and rng.random() < 0.35 else (
                "stored" if c["plan"] == "managed" else "returned")
            damaged = bool(mode == "returned" and rng.random() < (0.03 if doc == "drawings" else 0.01))
            self.ev(cid, t_rt, "tp_return", action=mode, channel="other", damaged=damaged, **common)
            batch["damaged"] = damaged
            if damaged:
                self.complaint(c, t_rt + D(days=1), "damaged", session_id=jb)
        if rejected and rng.random() < 0.5:
            o["_refund"] = fmt(t_ac + D(days=float(rng.uniform(3, 10))))

    # ---------- scan on demand
    def retrievals(self):
        for c, start, stop in self.active:
            if c["plan"] != "managed":
                continue
            rate = ORGS[c["org_type"]][4] * c["_size"]
            m = datetime(start.year, start.month, 1)
            while m <= END:
                nxt = datetime(m.year + m.month // 12, m.month % 12 + 1, 1)
                for _ in range(rng.poisson(rate)):
                    t = m + D(days=float(rng.uniform(0, (nxt - m).days)))
                    if t < start or (stop and t >= stop) or t > END:
                        continue
                    self.retrieval(c, work_time(t, 8, 20))
                m = nxt

    def retrieval(self, c, t):
        self.n_rt += 1
        rt = f"RT{self.n_rt:06d}"
        urgent = bool(rng.random() < {"hospital": 0.38, "law_firm": 0.45, "council": 0.12}[c["org_type"]])
        sla = 4 if urgent else 24
        centre = c["centre"]
        med = 2.3 if urgent else 9.0
        if centre == "S2" and in_(t, WUHAN_STAFF):
            med *= 2.2
        hours = float(rng.lognormal(np.log(med), 0.45))
        common = dict(session_id=rt, centre=centre, 扫描中心=CENTRES[centre][0], centre_en=CENTRES[centre][1],
                      urgent=urgent, sla_hours=sla)
        dev = "pc" if rng.random() < 0.85 else "ios"
        self.ev(c["customer_id"], t, "tp_retrieval", action="requested", channel="web", device=dev, **common)
        t2 = t + D(hours=hours)
        fee = (80 if urgent else 30) * PLANS[c["plan"]][1]
        self.order(c["customer_id"], t, fee, "unpaid", order_type="retrieval", session_id=rt, centre=centre,
                   plan=c["plan"], urgent=urgent, channel="web", device=dev)
        if t2 > END:
            return
        self.ev(c["customer_id"], t2, "tp_retrieval_sent", action="sent", channel="email", on_time=bool(hours <= sla),
                hours_taken=round(hours, 2), **common)
        if hours > sla and rng.random() < 0.2:
            self.complaint(c, t2 + D(minutes=30), "retrieval_slow", session_id=rt)

    def storage_fees(self):
        for c, start, stop in self.active:
            if c["plan"] != "managed":
                continue
            m = datetime(start.year, start.month, 1)
            while m <= END:
                if m >= start.replace(day=1) and not (stop and m >= stop):
                    self.order(c["customer_id"], m + D(hours=2), c["boxes_in_storage"] * 1.2, "unpaid",
                               order_type="storage", plan=c["plan"], centre=c["centre"], channel="offline")
                m = datetime(m.year + m.month // 12, m.month % 12 + 1, 1)

    # ---------- portal search + A/B test
    def portal(self):
        arm = {}
        elig = [c for c, s, stop in self.active if s < AB_START and not (stop and stop < AB_START)]
        for c in elig:
            v = "treatment" if rng.random() < 0.5 else "control"
            arm[c["customer_id"]] = v
            self.exp.append(dict(experiment_id="exp_smart_search", variant=v, customer_id=c["customer_id"],
                                 assigned_at=fmt(AB_START + D(hours=float(rng.uniform(0, 30)))),
                                 experiment_name="智能语义检索 smart semantic search"))
        for c, start, stop in self.active:
            rate = {"hospital": 5.5, "law_firm": 4.5, "council": 2.0}[c["org_type"]] * c["_size"]
            m = datetime(start.year, start.month, 1)
            while m <= END:
                nxt = datetime(m.year + m.month // 12, m.month % 12 + 1, 1)
                for _ in range(rng.poisson(rate)):
                    t = m + D(days=float(rng.uniform(0, (nxt - m).days)))
                    if t < start or (stop and t >= stop) or t > END:
                        continue
                    self.search(c, work_time(t, 8, 22), arm.get(c["customer_id"]))
                m = nxt

    def search(self, c, t, variant):
        self.n_ps += 1
        ps = f"PS{self.n_ps:06d}"
        dev = str(rng.choice(["pc", "ios", "android"], p=[0.78, 0.13, 0.09]))
        v = variant if t >= AB_START else None
        p = 0.74 if v == "treatment" else 0.57
        if c["org_type"] == "hospital":
            p -= 0.04
        kw = dict(session_id=ps, device=dev, channel="web" if dev == "pc" else "app")
        if v:
            kw["variant"] = v
        self.ev(c["customer_id"], t, "tp_portal", action="search", query_type=str(rng.choice(
            ["file_no", "name", "keyword", "date_range"], p=[0.3, 0.3, 0.3, 0.1])), **kw)
        if rng.random() < p:
            self.ev(c["customer_id"], t + D(seconds=float(rng.uniform(8, 240))), "tp_doc_open", action="opened", **kw)
        elif rng.random() < 0.02:
            self.fb(c, t + D(minutes=float(rng.uniform(1, 20))), "search", "portal_feedback", session_id=ps,
                    device=dev, variant=v or "")

    # ---------- invoices
    def invoices(self):
        by = {}
        for o in self.orders:
            if o["status"] == "cancelled":
                continue
            by.setdefault((o["customer_id"], o["ts"][:7]), []).append(o)
        cmap = {c["customer_id"]: c for c in self.cust}
        for (cid, ym), os_ in sorted(by.items()):
            y, mth = int(ym[:4]), int(ym[5:])
            t = work_time(datetime(y + mth // 12, mth % 12 + 1, 3), 9, 11)
            if t > END:
                continue
            c = cmap[cid]
            self.n_inv += 1
            inv = f"INV{self.n_inv:06d}"
            total = round(sum(o["amount"] for o in os_), 2)
            err = bool(rng.random() < 0.045)
            self.ev(cid, t, "tp_invoice", session_id=inv, action="issued", channel="email", invoice_id=inv,
                    invoice_month=ym, invoice_amount=total, invoice_error=err)
            if err and rng.random() < 0.6:
                self.complaint(c, t + D(days=float(rng.uniform(2, 10))), "invoice", session_id=inv)
            lag = rng.lognormal(np.log(ORGS[c["org_type"]][3]), 0.35) + (25 if err else 0)
            tp = work_time(t + D(days=float(lag)))
            for o in os_:
                o["invoice_id"] = inv
            if tp <= END:
                self.ev(cid, tp, "tp_payment", session_id=inv, action="paid", channel="other", invoice_id=inv,
                        payment_amount=total, payment_method=str(rng.choice(["bank_transfer", "cheque"],
                                                                            p=[0.9, 0.1])))
                for o in os_:
                    o["status"] = "paid"
                    o["paid_at"] = fmt(tp)
        for o in self.orders:
            r = o.pop("_refund", None)
            if r and r <= fmt(END):
                o["status"] = "refunded"
                o["refunded_at"] = r

    # ---------- surveys
    def surveys(self):
        for b in self.batches:
            if b["accepted"] is None or rng.random() > 0.4:
                continue
            c = b["c"]
            if b["rejected"]:
                topic = "ocr_error" if b["conf"] < 0.9 else "missing_pages"
                rating = int(rng.choice([1, 2], p=[0.5, 0.5]))
            elif not b["on_time"] and rng.random() < 0.7:
                topic, rating = "late", int(rng.choice([1, 2, 3], p=[0.3, 0.5, 0.2]))
            elif b["conf"] < 0.9 and rng.random() < 0.6:
                topic, rating = "ocr_error", int(rng.choice([2, 3], p=[0.6, 0.4]))
            else:
                u = rng.random()
                if u < 0.25 and b["express"] or u < 0.12:
                    topic, rating = "fast", int(rng.choice([4, 5], p=[0.3, 0.7]))
                elif u < 0.32:
                    topic, rating = "secure", int(rng.choice([4, 5], p=[0.4, 0.6]))
                elif u < 0.47:
                    topic, rating = "pm", int(rng.choice([4, 5], p=[0.3, 0.7]))
                else:
                    topic, rating = "general", int(rng.choice([3, 4, 5], p=[0.25, 0.5, 0.25]))
            ts = b["accepted"] + D(hours=float(rng.uniform(1, 72)))
            if ts > END:
                continue
            self.fb(c, ts, topic, "acceptance_survey", rating=rating, session_id=b["jb"], doc_type=b["doc"],
                    tp=TOPIC_TP[topic] or "tp_acceptance")
        act = [c for c, s, stop in self.active if s <= datetime(2026, 6, 1)]
        for wave in (datetime(2025, 12, 1), datetime(2026, 6, 1)):
            for c in act:
                if rng.random() > 0.42:
                    continue
                base = {"hospital": 7.6, "law_firm": 8.2, "council": 7.3}[c["org_type"]]
                if c["region"] == "Hong Kong" and wave.year == 2026:
                    base -= 2.7
                if c["region"] == "Central China" and wave.year == 2025:
                    base -= 1.2
                nps = int(np.clip(round(rng.normal(base, 1.5)), 0, 10))
                if nps >= 9:
                    topic = str(rng.choice(["fast", "secure", "pm"]))
                elif nps <= 6:
                    topic = ("late" if c["region"] == "Hong Kong" and wave.year == 2026 and rng.random() < 0.6 else
                             "ocr_error" if c["region"] == "Central China" and wave.year == 2025 and rng.random() < 0.5
                             else str(rng.choice(["late", "ocr_error", "search", "invoice", "pickup"])))
                else:
                    topic = "general"
                ts = wave + D(days=float(rng.uniform(0, 12)), hours=float(rng.uniform(9, 20)))
                self.fb(c, ts, topic, "nps_survey", tp="", nps=nps, source="online_survey")
        for i in range(22):   # paper forms at the April 2026 archive expo: no date, anonymous
            nps = int(rng.choice([10, 9, 9, 8, 7, 6, 5]))
            topic = "secure" if nps >= 9 else ("general" if nps >= 7 else "price")
            self.fb(None, None, topic, "nps_survey", tp="", lang="zh", nps=nps, source="expo_paper_form")
        for i in range(48):   # client e-mails exported from the shared mailbox without dates
            c = act[int(rng.integers(len(act)))]
            topic = str(rng.choice(["late", "ocr_error", "missing_pages", "invoice", "retrieval_slow", "pm", "fast",
                                    "general"], p=[0.18, 0.16, 0.1, 0.12, 0.1, 0.14, 0.1, 0.1]))
            self.fb(c, None, topic, "email")

    def finish(self):
        spend = {}
        for o in self.orders:
            if o["status"] in ("paid", "unpaid") and o["ts"] >= "2025-07-01":
                spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + o["amount"]
        for c in self.cust:
            c.pop("_size", None)
            s = spend.get(c["customer_id"], 0)
            c["tier"] = "key" if s >= 60000 else "standard" if s >= 12000 else "small" if s > 0 else "none"
            c["客户等级"] = {"key": "重点客户", "standard": "常规客户", "small": "小客户", "none": "无消费"}[c["tier"]]
            if not c["segment"]:
                c["segment"] = "vip" if c["tier"] == "key" else "returning"
        # 30 exact duplicate portal rows pushed twice by the web tracker
        ps = [e for e in self.events if e["touchpoint_id"] == "tp_portal"]
        for i in rng.choice(len(ps), 30, replace=False):
            self.events.append(dict(ps[i]))
        self.events.sort(key=lambda e: (e["ts"], e["event_id"]))


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
    g.customers()
    g.batches_all()
    g.retrievals()
    g.storage_fees()
    g.portal()
    g.orders.sort(key=lambda o: (o["ts"], o["order_id"]))
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
    g.orders.sort(key=lambda o: o["order_id"])
    write(out / "orders.csv", g.orders, cols_of(g.orders, ["order_id", "customer_id", "ts", "amount", "status"]))
    fb = [g.feedback[i] for i in rng.permutation(len(g.feedback))]
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
