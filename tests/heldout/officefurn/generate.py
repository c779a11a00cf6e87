"""办易租 OfficeEase: office-furniture rental for start-ups in five cities (北京, 上海, 深圳, 杭州, 成都).

A start-up leaves an inquiry (询价: Baidu search ads, WeChat ads, a coworking-space partner, a referral by a customer,
an office-building broker, Xiaohongshu), gets a quote (报价单), a measuring visit at the new office (上门量尺) and signs
a rental contract (签约: 初创套餐 starter, 成长套餐 growth or 精品套餐 premium; 6 / 12 / 24 months). It pays a deposit
(押金, two months' rent) plus the delivery & installation fee (配送安装费); the city's crew delivers (送货), installs
(安装) and the customer signs the acceptance check (验收, damage found or not). Rent is invoiced monthly (月度账单) and
paid in the mini-program or by bank transfer (租金支付, due in 10 days); some invoices are disputed (账单异议).
Customers order add-on items (加购: ergonomic chairs, whiteboards, phone booths ...). A month before the term ends the
account manager sends a renewal reminder (续约提醒) and the customer renews (续约) or returns the furniture. Returns
(退租申请, at term end or early with a one-month early-termination fee 违约金) are picked up (上门回收), checked for damage
(退租验损, deductions from the deposit) and the deposit is refunded (押金退还).

The extract covers 2025-01-01 .. 2026-06-30 for events and feedback (taken at the start of July 2026). Companies that
inquired since the company opened in March 2024 are in `customers`, and the order system export is complete since then, but 2024
events are not in the extract: contracts signed in late 2024 appear mid-way (invoices, renewals, returns from 2025).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261117), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261117
rng = np.random.default_rng(SEED)
D = timedelta
LEAD_START = datetime(2024, 3, 1)          # OfficeEase opens (first inquiries, first orders)
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_LEAD = 8200
SZ_PARTNER = datetime(2026, 3, 1)          # Shenzhen hands deliveries to an outside logistics partner
BILL_MIGRATION = (datetime(2025, 10, 1), datetime(2025, 12, 1))   # new billing system: Oct-Nov 2025 invoices
REFUND_BATCH = datetime(2026, 1, 1)        # finance pays deposit refunds in a monthly batch from 2026

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_inquiry", "询价留资", "Inquiry", "awareness", "web", "digital", "marketing",
     "询价|留资|咨询|线索|询盘|问价|inquiry|enquiry|lead"),
    ("tp_quote", "报价", "Quote sent", "consideration", "email", "digital", "sales",
     "报价|报价单|方案报价|出报价|quote|quotation|proposal"),
    ("tp_site_survey", "上门量尺", "Site measuring", "consideration", "other", "physical", "sales",
     "量尺|量房|上门测量|勘测|踩点|site survey|measuring|site visit"),
    ("tp_contract", "签约", "Contract signed", "purchase", "other", "digital", "sales",
     "签约|签合同|成交|下单|contract|signed|deal"),
    ("tp_deposit", "押金支付", "Deposit paid", "purchase", "mini_program", "digital", "finance",
     "押金|保证金|付押金|deposit|security deposit"),
    ("tp_delivery", "送货", "Delivery", "service", "other", "physical", "logistics",
     "送货|配送|发货|到货|上门配送|delivery|shipping|drop-off"),
    ("tp_install", "安装", "Installation", "service", "other", "physical", "installation",
     "安装|装配|组装|安装师傅|install|installation|assembly|setup"),
    ("tp_acceptance", "验收", "Acceptance check", "service", "other", "physical", "installation",
     "验收|到货验收|签收|交付验收|acceptance|handover|delivery check"),
    ("tp_invoice", "月度账单", "Monthly invoice", "service", "email", "digital", "finance",
     "账单|月账单|租金账单|开票|invoice|bill|monthly bill"),
    ("tp_billing_dispute", "账单异议", "Billing dispute", "service", "phone", "digital", "finance",
     "账单异议|对账|账单投诉|账单有误|billing dispute|invoice dispute"),
    ("tp_payment", "租金支付", "Rent payment", "service", "mini_program", "digital", "finance",
     "付租金|缴费|付款|回款|交租|rent payment|payment|pay rent"),
    ("tp_addon", "加购", "Add-on order", "loyalty", "mini_program", "digital", "customer_success",
     "加购|增租|加配|加椅子|add-on|extra items|upgrade"),
    ("tp_renewal_notice", "续约提醒", "Renewal reminder", "loyalty", "phone", "digital", "customer_success",
     "续约提醒|到期提醒|续租提醒|renewal reminder|renewal notice|expiry reminder"),
    ("tp_renewal", "续约", "Contract renewed", "loyalty", "other", "digital", "customer_success",
     "续约|续租|续签|renewal|renew|extend"),
    ("tp_return_request", "退租申请", "Return request", "loyalty", "mini_program", "digital", "customer_success",
     "退租|提前退租|到期退租|解约|退还家具|return|early return|move-out|termination"),
    ("tp_pickup", "上门回收", "Pickup", "service", "other", "physical", "logistics",
     "回收|上门回收|撤场|拉走|搬走|pickup|collection|removal"),
    ("tp_return_check", "退租验损", "Return damage check", "service", "other", "physical", "installation",
     "验损|退租验收|损坏检查|定损|damage check|inspection|move-out check"),
    ("tp_deposit_refund", "押金退还", "Deposit refund", "service", "other", "digital", "finance",
     "退押金|押金退还|押金返还|押金到账|deposit refund|deposit back"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("sales", "询价签约", "Inquiry to contract", ["tp_inquiry", "tp_quote", "tp_site_survey", "tp_contract"], 30),
    ("onboarding", "交付安装", "Delivery & installation",
     ["tp_contract", "tp_deposit", "tp_delivery", "tp_install", "tp_acceptance"], 30),
    ("renewal", "续约", "Renewal", ["tp_renewal_notice", "tp_renewal"], 45),
    ("offboarding", "退租回收", "Return & deposit refund",
     ["tp_return_request", "tp_pickup", "tp_return_check", "tp_deposit_refund"], 60),
]
CITIES = {  # en: zh, weight, en-comment share
    "Shanghai": ("上海", 0.30, 0.18), "Beijing": ("北京", 0.26, 0.12), "Shenzhen": ("深圳", 0.20, 0.15),
    "Hangzhou": ("杭州", 0.14, 0.05), "Chengdu": ("成都", 0.10, 0.04)}
CHANNELS = {  # key: zh, weight, p(quote), p(survey | quote), p(sign | survey)
    "baidu_sem": ("百度推广", 0.22, 0.78, 0.30, 0.40),
    "wechat_ads": ("微信广告", 0.18, 0.86, 0.45, 0.50),
    "coworking_partner": ("联合办公合作", 0.13, 0.95, 0.72, 0.66),
    "referral": ("老客户推荐", 0.11, 0.93, 0.66, 0.60),
    "office_broker": ("写字楼中介", 0.17, 0.88, 0.52, 0.55),
    "xiaohongshu": ("小红书", 0.19, 0.84, 0.45, 0.48),
}
INDUSTRIES = {"internet_saas": ("互联网/SaaS", 0.34), "ecommerce": ("电商", 0.20), "design_media": ("设计/传媒", 0.14),
              "education": ("教育", 0.10), "fintech": ("金融科技", 0.09), "hardware": ("智能硬件", 0.13)}
FUNDING = {  # zh, weight, monthly early-return hazard
    "bootstrapped": ("自筹资金", 0.24, 0.011), "angel": ("天使轮", 0.36, 0.032), "series_a": ("A轮", 0.28, 0.010),
    "series_b_plus": ("B轮及以后", 0.12, 0.004)}
PACKAGES = {"starter": ("初创套餐", 230), "growth": ("成长套餐", 260), "premium": ("精品套餐", 390)}
RENEW_P = {"starter": 0.50, "growth": 0.66, "premium": 0.76}
ADDON_P = {"starter": 0.15, "growth": 0.33, "premium": 0.56}
AMS = [  # id, city, zh, en, weight
    ("AM01", "Beijing", "王磊", "Wang Lei", 1.0), ("AM02", "Beijing", "张敏", "Zhang Min", 1.0),
    ("AM03", "Shanghai", "林悦", "Lin Yue", 1.0), ("AM04", "Shanghai", "周杰", "Zhou Jie", 1.2),
    ("AM05", "Shenzhen", "陈晨", "Chen Chen", 1.0), ("AM06", "Shenzhen", "李想", "Li Xiang", 1.0),
    ("AM07", "Hangzhou", "徐静", "Xu Jing", 1.0), ("AM08", "Hangzhou", "马超", "Ma Chao", 1.0),
    ("AM09", "Chengdu", "邓丽", "Deng Li", 1.0), ("AM10", "Chengdu", "罗军", "Luo Jun", 1.0)]
AMK = {a[0]: a for a in AMS}
CREWS = [  # id, city, zh, en, weight, p(damage), install speed factor, base rating
    ("C01", "Shanghai", "赵师傅安装队", "Crew Zhao", 1.0, 0.22, 0.60, 3.65),
    ("C02", "Shanghai", "孙师傅安装队", "Crew Sun", 1.0, 0.045, 1.00, 4.45),
    ("C03", "Beijing", "刘师傅安装队", "Crew Liu", 1.0, 0.05, 1.05, 4.35),
    ("C04", "Beijing", "陈师傅安装队", "Crew Chen", 1.0, 0.06, 0.95, 4.25),
    ("C05", "Shenzhen", "黄师傅安装队", "Crew Huang", 1.0, 0.05, 1.00, 4.4),
    ("C06", "Hangzhou", "周师傅安装队", "Crew Zhou", 1.0, 0.04, 1.05, 4.45),
    ("C07", "Chengdu", "吴师傅安装队", "Crew Wu", 1.0, 0.055, 0.95, 4.3)]
ADDONS = {  # key: zh, weight, unit fee, qty range
    "ergonomic_chair": ("人体工学椅", 0.38, 300, (2, 9)), "whiteboard": ("白板", 0.15, 200, (1, 3)),
    "phone_booth": ("电话亭", 0.12, 5800, (1, 2)), "meeting_table": ("会议桌", 0.10, 1200, (1, 2)),
    "locker": ("储物柜", 0.13, 260, (2, 6)), "plants": ("绿植", 0.12, 150, (2, 8))}
RETURN_REASONS = {"downsizing": "团队缩编", "company_closed": "公司关停", "relocation": "搬迁换办公室",
                  "bought_own": "改为自购家具", "switched": "换了供应商"}
REASON_W = {"bootstrapped": [0.40, 0.22, 0.22, 0.08, 0.08], "angel": [0.46, 0.25, 0.11, 0.05, 0.13],
            "series_a": [0.30, 0.08, 0.40, 0.14, 0.08], "series_b_plus": [0.10, 0.0, 0.52, 0.28, 0.10]}
DAMAGE_ITEMS = {"desk_scratch": "桌面划痕", "chair_broken": "椅子损坏", "cabinet_dent": "柜体磕碰"}
DISPUTE_ZH = {"duplicate_charge": "重复扣费", "wrong_amount": "金额错误", "wrong_seats": "工位数不对"}
OTYPE_ZH = {"deposit": "押金", "setup_fee": "配送安装费", "rent": "月租", "addon": "加购", "damage_fee": "损坏赔偿",
            "early_termination_fee": "提前退租违约金"}
SEG_ZH = {"prospect": "潜在客户", "quoted": "已报价", "surveyed": "已量尺", "cancelled": "签约后取消",
          "active": "在租", "returned": "到期退租", "early_returned": "提前退租"}
ROLES = ["founder", "office_manager", "hr_admin", "coo"]
MONTH_W = [0.9, 0.55, 1.45, 1.15, 1.0, 0.95, 1.0, 1.05, 1.35, 1.1, 0.95, 0.8]
SYL = ["云", "启", "星", "智", "光", "数", "新", "创", "极", "原", "思", "未", "达", "易", "诺", "峰", "禾", "川",
       "木", "觅", "拓", "恒", "优", "行"]
SUFFIX = {"internet_saas": "科技", "ecommerce": "电子商务", "design_media": "文化传媒", "education": "教育科技",
          "fintech": "金融信息", "hardware": "智能科技"}

# ---------- comment texts: (zh list, en list); markers used by gold.py are noted per topic ----------
TXT = {
    # 报价太贵 / 价格偏高 | too expensive / pricey
    "price_high": (["报价太贵了，比买二手家具还贵", "价格偏高，小团队有点扛不住", "报价太贵，老板觉得预算不够"],
                   ["The quote was too expensive for a seed-stage team", "Pricey compared with buying second-hand",
                    "Too expensive for what it is"]),
    # 送货延期 / 一再推迟 | delivery was delayed / late delivery / kept slipping
    "delivery_late": (["送货延期了一个多星期，员工只能坐纸箱办公", "约好的送货日期一再推迟", "家具送货延期，入驻计划全乱了"],
                      ["Delivery was delayed by over a week", "Late delivery, the team worked on the floor for days",
                       "The delivery date kept slipping"]),
    # 划痕 / 磕坏 | scratch / dented
    "scratched": (["桌面有明显划痕", "新送来的柜子磕坏了一个角", "椅子扶手有划痕，验收时当场发现"],
                  ["Desks arrived scratched", "A cabinet got dented during the install", "Scratches all over the new tables"]),
    # 账单算错 / 重复扣费 / 多收 | wrong invoice / charged twice / overcharged
    "invoice_error": (["这个月账单算错了，多收了一个月", "账单重复扣费，对账花了半天", "账单金额不对，多收了两个工位的钱"],
                      ["Wrong invoice this month", "We were charged twice for the same month",
                       "Overcharged on the monthly bill"]),
    # 押金退得 / 押金还没退 | deposit refund is / waiting for our deposit / get the deposit back
    "deposit_slow": (["押金退得太慢了，一个月了还没到账", "家具早收走了，押金还没退", "押金退得慢，催了好几次财务"],
                     ["The deposit refund is painfully slow", "Still waiting for our deposit a month after pickup",
                      "Took ages to get the deposit back"]),
    # 验损 / 扣钱 | damage charge / deducted money
    "damage_dispute": (["退租验损乱扣，正常磨损也算损坏", "验损标准不透明，一下扣了两千", "回收时说椅子坏了要扣钱，不认可"],
                       ["Unfair damage charge at move-out", "They deducted money for normal wear and tear",
                        "We disputed the damage charge at pickup"]),
    # 违约金 | early termination fee
    "early_fee": (["提前退租的违约金太高了", "公司缩编想提前退，违约金要一个月租金"],
                  ["The early termination fee is steep", "An early termination fee of a full month's rent hurts"]),
    # 师傅很专业 / 装得又快又好 | installers were professional / quick install
    "crew_praise": (["安装师傅很专业，半天就全部装好", "师傅装得又快又好，还帮忙把包装带走了"],
                    ["The installers were professional and tidy", "Quick install, the crew was great"]),
    # 很舒服 | comfortable
    "chair_comfort": (["人体工学椅很舒服，员工都说好", "椅子很舒服，坐一天腰不酸"],
                      ["The ergonomic chairs are really comfortable", "Comfortable chairs, the team loves them"]),
    # 灵活 | flexible / scale up
    "flexible": (["扩招时随时加工位，很灵活", "租比买灵活多了，团队变动不心疼"],
                 ["Super flexible, we added desks when we hired", "Easy to scale up as we grow"]),
    # 客户经理很负责 / 客户经理响应快 | account manager is very responsive / account manager sorted
    "am_helpful": (["客户经理很负责，有问题当天就回", "客户经理响应快，续约流程很顺"],
                   ["Our account manager is very responsive", "The account manager sorted everything quickly"]),
}
GEN = {
    "pos": (["整体满意", "服务不错，会推荐给朋友", "省心"], ["Overall happy", "Good service", "Hassle-free"]),
    "neu": (["还可以", "中规中矩", "一般吧"], ["It was okay", "Average", "Nothing special"]),
    "neg": (["体验不太好", "有点失望", "不太推荐"], ["Disappointed", "Would not recommend", "Not great"]),
}
NEG_TOPICS = {"price_high", "delivery_late", "scratched", "invoice_error", "deposit_slow", "damage_dispute",
              "early_fee"}
TOPIC_TP = [("deposit_slow", "tp_deposit_refund"), ("damage_dispute", "tp_return_check"),
            ("early_fee", "tp_return_request"), ("invoice_error", "tp_billing_dispute"),
            ("scratched", "tp_acceptance"), ("delivery_late", "tp_delivery"), ("price_high", "tp_quote"),
            ("crew_praise", "tp_install"), ("chair_comfort", "tp_install"), ("flexible", "tp_addon"),
            ("am_helpful", "tp_renewal")]
CHANNEL_TP = {"install_survey": "tp_install", "return_survey": "tp_deposit_refund", "nps_survey": "tp_invoice",
              "ticket": "tp_invoice", "call_note": "tp_renewal_notice", "social": "tp_install",
              "mini_program_review": "tp_addon"}


def pick(items, w):
    w = np.asarray(w, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def work_hours(t: datetime, lo=9.0, hi=19.0) -> datetime:
    return datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(lo, hi)))


def add_months(t: datetime, k: int) -> datetime:
    m = t.month - 1 + k
    y, m = t.year + m // 12, m % 12 + 1
    return datetime(y, m, 1)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n = dict(ev=0, ord=0, fb=0, qt=0, ct=0, inv=0, rn=0)

    def nid(self, k, prefix, width):
        self.n[k] += 1
        return f"{prefix}{self.n[k]:0{width}d}"

    # ---------- writers ----------
    def ev(self, c, t, tp, sid, action, common=None, digital=False, **kw):
        if t > END:
            return False
        if t < START:
            return True                      # happened, but before the extract
        row = dict(event_id=self.nid("ev", "E", 7), customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"] if digital else None,
                   city=c["city"], 城市=CITIES[c["city"]][0])
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, common, status="paid", **kw):
        if t > END:
            return None                      # the order export is complete since the opening (2024-03)
        row = dict(order_id=self.nid("ord", "OE", 6), customer_id=c["customer_id"], ts=ts(t),
                   amount=round(float(amount), 2), status=status,
                   channel="bank_transfer" if c["pay_bank"] and otype in ("rent", "deposit") else "mini_program",
                   device=c["device"], order_type=otype, 订单类型=OTYPE_ZH[otype], city=c["city"],
                   城市=CITIES[c["city"]][0], currency="CNY",
                   payment_method="对公转账" if c["pay_bank"] and otype in ("rent", "deposit") else
                   ("微信支付" if c["device"] != "pc" else "支付宝"))
        for k in ("contract_id", "package", "套餐"):
            row[k] = common.get(k)
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, common=None, undated=False, gen=None,
           no_customer=False, platform=None, tp=None):
        if t > END or t < START:
            return
        fid = self.nid("fb", "FB", 5)
        lang = "en" if rng.random() < CITIES[c["city"]][2] else "zh"
        li = 1 if lang == "en" else 0
        topics = list(dict.fromkeys(topics))
        if set(topics) & NEG_TOPICS:
            topics = [x for x in topics if x not in ("crew_praise", "am_helpful")]
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), tp or CHANNEL_TP[channel])
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if (gen == "pos" or set(topics) - NEG_TOPICS) else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, platform=platform, city=c["city"],
                   城市=CITIES[c["city"]][0])
        if common:
            for k in ("contract_id", "package", "套餐", "account_manager_id", "account_manager", "account_manager_en",
                      "crew_id", "crew", "crew_en"):
                if k in common:
                    row[k] = common[k]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days, d = [], LEAD_START
        span = (END - LEAD_START).days
        while d <= datetime(2026, 6, 27):
            days.append((d, (0.6 + 0.85 * (d - LEAD_START).days / span) * MONTH_W[d.month - 1]
                         * (0.35 if d.weekday() >= 5 else 1.0)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_LEAD, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8.5, 22)))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            ind = pick(list(INDUSTRIES), [v[1] for v in INDUSTRIES.values()])
            if city == "Hangzhou" and rng.random() < 0.25:
                ind = "ecommerce"
            fund = pick(list(FUNDING), [v[1] for v in FUNDING.values()])
            seats = int(np.clip(round(rng.lognormal(np.log(11 if fund != "series_b_plus" else 22), 0.5)), 3, 60))
            name = "".join(str(x) for x in rng.choice(SYL, size=2, replace=False))
            self.cust.append(dict(
                customer_id=f"C{i + 1:05d}", lead=t, city=city, channel=ch, industry=ind, funding=fund, seats=seats,
                company=f"{CITIES[city][0]}{name}{SUFFIX[ind]}有限公司",
                headcount=int(seats + rng.integers(-2, 6)), role=pick(ROLES, [0.45, 0.3, 0.15, 0.1]),
                device=pick(["ios", "android", "pc"], [0.42, 0.28, 0.30]), pay_bank=bool(rng.random() < 0.55),
                lang="en" if rng.random() < CITIES[city][2] else "zh",
                am=None, package=None, stage="prospect", issues=[], good=[]))

    def am_common(self, c):
        a = AMK[c["am"]]
        return dict(account_manager_id=a[0], account_manager=a[2], account_manager_en=a[3])

    # ---------- sales ----------
    def lead(self, c):
        ch = CHANNELS[c["channel"]]
        self.ev(c, c["lead"], "tp_inquiry", None, "submit", digital=True, channel=c["channel"],
                inquiry_form=pick(["在线报价", "套餐咨询", "预约量尺", "客服对话"], [0.4, 0.25, 0.15, 0.2]),
                seats=c["seats"])
        if rng.random() > ch[2]:
            return
        ams = [a for a in AMS if a[1] == c["city"]]
        c["am"] = pick(ams, [a[4] for a in ams])[0]
        pkg = ("premium" if rng.random() < 0.22 else ("starter" if c["seats"] <= 8 else "growth"))
        if c["funding"] == "series_b_plus" and rng.random() < 0.3:
            pkg = "premium"
        c["package"] = pkg
        term = int(pick([6, 12, 24], [0.3, 0.55, 0.15]))
        rent = round(c["seats"] * PACKAGES[pkg][1] * (0.95 if term == 24 else 1.0), -1)
        qid = self.nid("qt", "QT", 5)
        pc = dict(self.am_common(c), quote_id=qid, package=pkg, 套餐=PACKAGES[pkg][0], seats=c["seats"],
                  term_months=term, quoted_monthly=rent)
        t_q = work_hours(c["lead"] + D(days=float(rng.uniform(0.1, 2.0))), 9, 20)
        if not self.ev(c, t_q, "tp_quote", qid, "sent", pc, channel="email" if rng.random() < 0.6 else "mini_program"):
            return
        c["stage"] = "quoted"
        if rng.random() > ch[3]:
            if rng.random() < 0.14:
                self.fb(c, t_q + D(days=float(rng.uniform(1, 6))), ["price_high"], "call_note",
                        common=self.am_common(c), undated=rng.random() < 0.1)
            return
        t_s = work_hours(t_q + D(days=float(rng.uniform(1, 8))), 9.5, 18)
        if not self.ev(c, t_s, "tp_site_survey", qid, "measured", pc, channel="other",
                       surveyor_id=f"SV{list(CITIES).index(c['city']) * 2 + int(rng.integers(1, 3)):02d}",
                       office_area_sqm=int(c["seats"] * rng.uniform(5, 8) + 20)):
            return
        c["stage"] = "surveyed"
        if rng.random() > ch[4]:
            return
        t_c = work_hours(t_s + D(days=float(rng.lognormal(np.log(4.5), 0.6))), 10, 21)
        self.contract(c, t_c, pkg, term, rent, qid)

    # ---------- a rental contract ----------
    def contract(self, c, t, pkg, term, rent, qid):
        cid = self.nid("ct", "CT", 5)
        cm = dict(self.am_common(c), contract_id=cid, package=pkg, 套餐=PACKAGES[pkg][0])
        c["contract"] = cid
        if not self.ev(c, t, "tp_contract", cid, "signed", cm, channel="other", quote_id=qid, seats=c["seats"],
                       term_months=term, monthly_rent=rent):
            return
        deposit = 2 * rent
        if rng.random() < 0.03:               # cancelled before paying the deposit
            self.order(c, t, deposit, "deposit", cm, status="cancelled", cancelled_at=ts(t + D(days=5)))
            c["stage"] = "cancelled"
            return
        c["stage"] = "active"
        t_d = t + D(hours=float(rng.uniform(1, 72)))
        self.ev(c, t_d, "tp_deposit", cid, "paid", cm, digital=True, channel="mini_program", deposit_amount=deposit)
        dep_order = self.order(c, t_d, deposit, "deposit", cm)
        self.order(c, t_d, 300 + 25 * c["seats"], "setup_fee", cm)
        crews = [k for k in CREWS if k[1] == c["city"]]
        crew = pick(crews, [k[4] for k in crews])
        cc = dict(cm, crew_id=crew[0], crew=crew[2], crew_en=crew[3])
        partner = c["city"] == "Shenzhen" and t_d >= SZ_PARTNER
        med = 10.5 if partner else 3.2
        t_del = work_hours(t_d + D(days=float(rng.lognormal(np.log(med), 0.35))), 9, 16)
        days_after = (t_del - t).total_seconds() / 86400
        late = days_after > 8
        self.ev(c, t_del, "tp_delivery", cid, "delivered", cc, channel="other",
                logistics_partner="suda_logistics" if partner else "own_fleet",
                物流商="速达物流" if partner else "自有车队", days_after_contract=round(days_after, 1))
        hours = float(crew[6] * (1.5 + c["seats"] / 12) * rng.uniform(0.8, 1.25))
        t_in = t_del + D(hours=float(rng.uniform(0.3, 1.0)) + hours)
        self.ev(c, t_in, "tp_install", cid, "installed", cc, channel="other", install_hours=round(hours, 2),
                items_count=int(c["seats"] * 3 + rng.integers(2, 8)))
        damage = rng.random() < crew[5]
        item = pick(list(DAMAGE_ITEMS), [0.5, 0.3, 0.2]) if damage else None
        t_acc = t_in + D(hours=float(rng.uniform(0.2, 1.0)))
        self.ev(c, t_acc, "tp_acceptance", cid, "damage_found" if damage else "accepted", cc, channel="other",
                damage_items=item, 损坏情况=DAMAGE_ITEMS[item] if item else "无")
        issues = []
        if damage:
            issues.append("scratched")
        if late:
            issues.append("delivery_late")
        c["issues"] += issues
        c["damage"] = damage
        good = []
        if not issues and rng.random() < (0.08 if crew[0] == "C01" else 0.38):
            good.append("crew_praise")
        if rng.random() < 0.5:
            st = crew[7] + float(rng.normal(0, 0.55)) - 1.6 * damage - 1.3 * late + 0.3 * bool(good)
            st = float(min(5, max(1, round(st))))
            self.fb(c, t_acc + D(hours=float(rng.uniform(2, 48))), issues + good
                    + (["chair_comfort"] if rng.random() < 0.08 else []), "install_survey", rating=st, common=cc,
                    gen="pos" if st >= 4 else ("neu" if st == 3 else "neg"))
        for topic, p in (("delivery_late", 0.45), ("scratched", 0.35)):
            if topic in issues and rng.random() < p:
                self.fb(c, t_acc + D(hours=float(rng.uniform(1, 30))), [topic], "ticket", common=cc)
        if issues and rng.random() < 0.07:
            self.fb(c, t_acc + D(days=float(rng.uniform(1, 10))), issues, "social", common=cc,
                    platform=pick(["小红书", "即刻", "脉脉"], [0.5, 0.3, 0.2]), undated=rng.random() < 0.4,
                    no_customer=rng.random() < 0.35)
        elif good and rng.random() < 0.05:
            self.fb(c, t_acc + D(days=float(rng.uniform(1, 10))), good, "social", common=cc,
                    platform=pick(["小红书", "即刻", "脉脉"], [0.5, 0.3, 0.2]), undated=rng.random() < 0.4,
                    no_customer=rng.random() < 0.35)
        self.billing(c, t_acc, term, rent, cm, cc, dep_order, deposit)

    def invoice(self, c, k, t_inv, rent, cm):
        iid = self.nid("inv", "INV", 6)
        bm = t_inv.strftime("%Y-%m")
        ic = dict(cm, invoice_id=iid, billing_month=bm)
        if not self.ev(c, t_inv, "tp_invoice", cid_of(cm), "issued", ic, channel="email", invoice_amount=rent):
            return
        mig = BILL_MIGRATION[0] <= t_inv < BILL_MIGRATION[1]
        disputed = rng.random() < (0.13 if mig else 0.012)
        fund = c["funding"]
        med = 8.5 if fund == "angel" else 4.0
        pay_days = float(rng.lognormal(np.log(med), 0.45))
        if disputed:
            reason = pick(list(DISPUTE_ZH), [0.6, 0.3, 0.1] if mig else [0.2, 0.4, 0.4])
            t_dis = work_hours(t_inv + D(days=float(rng.uniform(0.5, 4))))
            self.ev(c, t_dis, "tp_billing_dispute", cid_of(cm), "disputed", ic, channel="phone",
                    dispute_reason=reason, 异议原因=DISPUTE_ZH[reason])
            c["disputed"] = True
            c["issues"].append("invoice_error")
            pay_days = (t_dis - t_inv).total_seconds() / 86400 + float(rng.uniform(3, 12))
            if rng.random() < 0.6:
                self.fb(c, t_dis + D(hours=float(rng.uniform(0.5, 30))), ["invoice_error"], "ticket", common=cm)
        t_pay = t_inv + D(days=pay_days)
        late = pay_days > 10
        if self.ev(c, t_pay, "tp_payment", cid_of(cm), "paid_late" if late else "paid", ic, digital=not c["pay_bank"],
                   channel="other" if c["pay_bank"] else "mini_program", days_to_pay=round(pay_days, 1)):
            self.order(c, t_pay, rent, "rent", cm, invoice_id=iid, billing_month=bm)
        if t_inv.month in (3, 6, 9, 12) and rng.random() < 0.16:
            neg = bool(set(c["issues"]) & NEG_TOPICS)
            nps = int(np.clip(round(rng.normal(8.4 - 3.0 * neg + 0.6 * bool(c["good"]), 1.4)), 0, 10))
            shown = [x for x in c["issues"][-2:] + c["good"][-1:] if rng.random() < 0.6]
            self.fb(c, t_inv + D(days=float(rng.uniform(2, 12))), shown, "nps_survey", nps=nps, common=cm,
                    gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))

    def addon(self, c, t, cm):
        item = pick(list(ADDONS), [v[1] for v in ADDONS.values()])
        a = ADDONS[item]
        qty = int(rng.integers(a[3][0], a[3][1] + 1))
        amt = qty * a[2]
        if self.ev(c, t, "tp_addon", cid_of(cm), "ordered", cm, digital=True, channel="mini_program",
                   addon_item=item, 加购物品=a[0], quantity=qty, addon_amount=amt):
            self.order(c, t, amt, "addon", cm, addon_item=item, 加购物品=a[0], quantity=qty)
            if rng.random() < 0.12:
                good = ["flexible"] + (["chair_comfort"] if item == "ergonomic_chair" and rng.random() < 0.5 else [])
                c["good"] += good
                self.fb(c, t + D(days=float(rng.uniform(2, 15))), good, "mini_program_review",
                        rating=float(pick([5, 4], [0.7, 0.3])), common=cm, gen="pos")

    def billing(self, c, start, term, rent, cm, cc, dep_order, deposit):
        first = datetime(start.year, start.month, start.day, 9) + D(days=1, minutes=float(rng.uniform(0, 60)))
        k = 0
        seg_end = add_months(first, term) + D(days=first.day - 1, hours=9)
        addon_times = []
        if rng.random() < ADDON_P[c["package"]]:
            addon_times.append(first + D(days=float(rng.uniform(15, 30 * min(term, 9)))))
            if rng.random() < 0.25:
                addon_times.append(addon_times[0] + D(days=float(rng.uniform(20, 120))))
        for t_a in addon_times:
            if t_a < seg_end - D(days=35):
                self.addon(c, work_hours(t_a, 10, 20), cm)
        hz = FUNDING[c["funding"]][2]
        while True:
            while True:
                t_inv = add_months(first, k) + D(days=first.day - 1, hours=9, minutes=float(rng.uniform(0, 60)))
                if t_inv >= seg_end - D(days=2):
                    break
                if t_inv > END:
                    return
                self.invoice(c, k, t_inv, rent, cm)
                k += 1
                h = hz * (1.25 if t_inv >= datetime(2026, 1, 1) else 1.0)
                if k >= 2 and rng.random() < h:
                    t_req = work_hours(t_inv + D(days=float(rng.uniform(2, 27))), 9, 21)
                    if t_req < seg_end - D(days=35):
                        reason = pick(list(RETURN_REASONS), REASON_W[c["funding"]])
                        self.giveback(c, t_req, "early", reason, rent, cm, cc, dep_order, deposit, seg_end)
                        return
            # renewal reminder a month before the term ends
            t_n = work_hours(seg_end - D(days=float(rng.uniform(27, 33))), 10, 18)
            rid = self.nid("rn", "RN", 5)
            rc = dict(cm, renewal_id=rid)
            if not self.ev(c, t_n, "tp_renewal_notice", cid_of(cm), "sent", rc, channel="phone"):
                return
            p = RENEW_P[c["package"]] + (0.25 if c["am"] == "AM03" else 0.0) - 0.25 * c.get("damage", False) \
                - 0.10 * c.get("disputed", False) - 0.12 * (c["funding"] == "angel")
            renew = rng.random() < min(0.95, max(0.05, p))
            t_dec = work_hours(t_n + D(days=float(rng.uniform(3, 24))), 10, 20)
            if rng.random() < 0.3:
                topics = [x for x in c["issues"][-2:] if rng.random() < 0.7]
                if not renew and rng.random() < 0.35:
                    topics.append("price_high")
                if rng.random() < (0.55 if c["am"] == "AM03" else 0.1):
                    topics.append("am_helpful")
                if renew and rng.random() < 0.25:
                    topics.append("flexible")
                self.fb(c, t_dec, topics, "call_note", common=cm, undated=rng.random() < 0.1,
                        gen="pos" if renew else "neu")
            if renew:
                nt = int(pick([6, 12], [0.4, 0.6]))
                if not self.ev(c, t_dec, "tp_renewal", cid_of(cm), "renewed", rc, channel="other",
                               new_term_months=nt, monthly_rent=rent):
                    return
                seg_end = add_months(seg_end, nt) + D(days=seg_end.day - 1, hours=9)
                continue
            self.giveback(c, t_dec, "term_end", None, rent, cm, cc, dep_order, deposit, seg_end)
            return

    def giveback(self, c, t_req, kind, reason, rent, cm, cc, dep_order, deposit, seg_end):
        if not self.ev(c, t_req, "tp_return_request", cid_of(cm), kind, cm, digital=True, channel="mini_program",
                       return_type=kind, 退租类型="提前退租" if kind == "early" else "到期退租", return_reason=reason,
                       退租原因=RETURN_REASONS[reason] if reason else None):
            return
        c["stage"] = "early_returned" if kind == "early" else "returned"
        if kind == "early":
            self.order(c, t_req, rent, "early_termination_fee", cm)
            if rng.random() < 0.25:
                self.fb(c, t_req + D(hours=float(rng.uniform(1, 48))), ["early_fee"], "ticket", common=cm)
        if kind == "early":
            t_p = work_hours(t_req + D(days=float(rng.uniform(3, 10))), 9, 17)
        else:
            t_p = work_hours(max(seg_end + D(days=float(rng.uniform(0, 4))), t_req + D(days=2)), 9, 17)
        if not self.ev(c, t_p, "tp_pickup", cid_of(cm), "picked_up", cc, channel="other"):
            return
        deducted = rng.random() < 0.22
        ded = float(pick([300, 500, 800, 1200, 2000], [0.3, 0.25, 0.2, 0.15, 0.1])) if deducted else 0.0
        ded = min(ded, deposit)
        t_chk = t_p + D(hours=float(rng.uniform(0.5, 2)))
        if not self.ev(c, t_chk, "tp_return_check", cid_of(cm), "deducted" if deducted else "passed", cc,
                       channel="other", deduction_amount=ded):
            return
        issues = []
        if deducted:
            self.order(c, t_chk, ded, "damage_fee", cm)
            issues.append("damage_dispute")
            if rng.random() < 0.45:
                self.fb(c, t_chk + D(hours=float(rng.uniform(2, 48))), ["damage_dispute"], "ticket", common=cc)
        med = 25.0 if t_chk >= REFUND_BATCH else 8.0
        days = float(rng.lognormal(np.log(med), 0.3))
        t_r = work_hours(t_chk + D(days=days), 10, 18)
        slow = days > 18
        if slow and rng.random() < 0.5:
            fb_t = t_chk + D(days=float(rng.uniform(15, min(days, 40))))
            social = rng.random() < 0.25
            self.fb(c, fb_t, ["deposit_slow"], "social" if social else "ticket", common=cm,
                    platform=pick(["小红书", "即刻", "脉脉"], [0.5, 0.3, 0.2]) if social else None,
                    undated=social and rng.random() < 0.4)
        if not self.ev(c, t_r, "tp_deposit_refund", cid_of(cm), "refunded", cm, channel="other",
                       refund_amount=deposit - ded, days_since_check=round(days, 1)):
            return
        if dep_order is not None:
            dep_order["status"] = "refunded"
            dep_order["refunded_at"] = ts(t_r)
            dep_order["refund_amount"] = deposit - ded
        if slow:
            issues.append("deposit_slow")
        if rng.random() < 0.4:
            st = 4.3 + float(rng.normal(0, 0.5)) - 2.6 * deducted - 1.4 * slow
            st = float(min(5, max(1, round(st))))
            self.fb(c, t_r + D(days=float(rng.uniform(0.5, 4))), issues, "return_survey", rating=st, common=cm,
                    gen="pos" if st >= 4 else ("neu" if st == 3 else "neg"))

    def run(self):
        self.customers()
        for c in self.cust:
            self.lead(c)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            a = AMK.get(c["am"])
            rows.append(dict(
                customer_id=c["customer_id"], signup_at=ts(c["lead"]), segment=c["stage"], 客户状态=SEG_ZH[c["stage"]],
                region=c["city"], 城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                获客渠道=CHANNELS[c["channel"]][0], tier=c["package"] if c["stage"] in (
                    "active", "returned", "early_returned", "cancelled") else None,
                套餐=PACKAGES[c["package"]][0] if c["stage"] in ("active", "returned", "early_returned", "cancelled")
                else None, company_name=c["company"], industry=c["industry"], 行业=INDUSTRIES[c["industry"]][0],
                funding_stage=c["funding"], 融资阶段=FUNDING[c["funding"]][0], headcount=max(2, c["headcount"]),
                seats=c["seats"], contact_role=c["role"], account_manager_id=c["am"],
                account_manager=a[2] if a else None, account_manager_en=a[3] if a else None,
                preferred_language=c["lang"]))
        return rows


def cid_of(cm):
    return cm["contract_id"]


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "city",
           "城市", "account_manager_id", "account_manager", "account_manager_en", "inquiry_form", "seats", "quote_id",
           "package", "套餐", "term_months", "quoted_monthly", "surveyor_id", "office_area_sqm", "contract_id",
           "monthly_rent", "deposit_amount", "crew_id", "crew", "crew_en", "logistics_partner", "物流商",
           "days_after_contract", "install_hours", "items_count", "damage_items", "损坏情况", "invoice_id",
           "billing_month", "invoice_amount", "dispute_reason", "异议原因", "days_to_pay", "addon_item", "加购物品",
           "quantity", "addon_amount", "renewal_id", "new_term_months", "return_type", "退租类型", "return_reason",
           "退租原因", "deduction_amount", "refund_amount", "days_since_check"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "contract_id", "invoice_id", "billing_month", "package", "套餐", "city", "城市", "addon_item", "加购物品",
            "quantity", "payment_method", "refunded_at", "refund_amount", "cancelled_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "platform", "contract_id", "city", "城市", "package", "套餐", "account_manager_id", "account_manager",
           "account_manager_en", "crew_id", "crew", "crew_en"]
CUST_COLS = ["customer_id", "signup_at", "segment", "客户状态", "region", "城市", "acquisition_channel", "获客渠道",
             "tier", "套餐", "company_name", "industry", "行业", "funding_stage", "融资阶段", "headcount", "seats",
             "contact_role", "account_manager_id", "account_manager", "account_manager_en", "preferred_language"]


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
    dup = rng.choice(len(ev), size=12, replace=False)             # the mini-program re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, contracts {g.n['ct']}, invoices {g.n['inv']}, events {len(ev)}, "
          f"orders {len(g.orders)}, feedback {len(fb)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
