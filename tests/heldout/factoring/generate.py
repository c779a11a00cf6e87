"""融易保理 EasyFactor: an online invoice-financing (应收账款保理) platform for small suppliers.

A small supplier (a workshop making car parts, a food wholesaler, a textile mill ...) sells to a big buyer (核心企业:
East China Auto, Pengcheng Electronics, Meijia Building Materials ...) on 30-120 day terms. Instead of waiting, it
signs up with us, passes KYC (企业认证: business licence, legal representative, corporate bank account), gets a credit
line, then uploads invoices (上传发票, checked against the tax bureau: 发票验真). The buyer confirms the receivable
(买方确权), our risk team (or, from March 2026, the automatic engine 秒批) approves it, the supplier accepts our quote
(service fee + annual interest), and we pay out the advance (放款, 70-80 % of the invoice). On the due date the buyer
pays us (回款); when it does not the advance is overdue (逾期) and collections (催收) calls the supplier (recourse
factoring). Suppliers that like it finance the next invoice (再次融资).

Data 2025-01-01 .. 2026-05-31 (the extract was taken on 1 June 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders (our fee invoices) and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261207), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 5, 31, 23, 59, 59)
N_CUST = 5200
PRICE_HIKE = (datetime(2025, 7, 1), datetime(2026, 1, 1))      # +0.5 pp service fee on every quote
AUTO_REVIEW = datetime(2026, 3, 1)                              # 秒批: automatic credit review goes live
MEIJIA_SLOW = (datetime(2025, 10, 1), datetime(2026, 4, 1))     # Meijia (property crunch) pays late: due dates here
MEIJIA_TIGHT = datetime(2025, 12, 1)                            # risk team tightens Meijia approvals
ANDROID_BUG = (datetime(2026, 4, 1), datetime(2026, 4, 29))     # app 3.2.0 on Android: invoice upload fails
HOLIDAYS = [(datetime(2025, 1, 28), datetime(2025, 2, 5)), (datetime(2026, 2, 14), datetime(2026, 2, 24))]  # 春节: banks pause

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_landing", "了解融易保理", "Discover EasyFactor", "awareness", "web", "digital", "marketing",
     "官网|落地页|看到推广|了解产品|朋友介绍|landing page|first visit|found us"),
    ("tp_signup", "注册账号", "Sign-up", "consideration", "web", "digital", "growth",
     "注册|开户注册|创建账号|sign up|signup|register|registration"),
    ("tp_kyc_submit", "提交企业认证", "KYC submitted", "consideration", "web", "digital", "risk_ops",
     "企业认证|实名认证|上传营业执照|提交资料|补件|重新提交|KYC|verification documents|submit documents"),
    ("tp_kyc_review", "认证审核", "KYC review", "consideration", "other", "digital", "risk_ops",
     "认证审核|审核结果|退回补件|资料审核|KYC review|KYC check|document check"),
    ("tp_activated", "开通授信额度", "Credit line activated", "consideration", "web", "digital", "risk_ops",
     "开通|授信|开通额度|额度下来|activated|credit line|onboarded|account opened"),
    ("tp_invoice_upload", "上传发票", "Invoice uploaded", "purchase", "app", "digital", "product",
     "上传发票|提交融资申请|发票验真|申请融资|upload invoice|invoice upload|apply for financing|application"),
    ("tp_buyer_confirm", "买方确权", "Buyer confirmation", "purchase", "other", "digital", "buyer_ops",
     "确权|核心企业确认|应收账款确认|买方确认|buyer confirmation|buyer sign-off|receivable confirmation"),
    ("tp_credit_review", "风控审批", "Credit review", "purchase", "other", "digital", "risk",
     "审批|风控|授信审核|秒批|人工审核|credit review|underwriting|approval|risk review"),
    ("tp_offer", "融资报价", "Financing quote", "purchase", "web", "digital", "pricing",
     "报价|费率|服务费|利率|接受报价|quote|offer|pricing|fee quote"),
    ("tp_disburse", "放款到账", "Advance paid out", "purchase", "other", "digital", "treasury",
     "放款|到账|打款|出款|payout|disbursement|advance paid|funded"),
    ("tp_repay", "到期回款", "Repayment", "service", "other", "digital", "treasury",
     "回款|还款|结清|到期还款|repayment|repaid|settled|paid back"),
    ("tp_overdue", "逾期", "Overdue", "service", "other", "digital", "collections",
     "逾期|违约|没按时回款|拖欠|overdue|past due|late payment|default"),
    ("tp_collection", "催收", "Collections", "service", "phone", "physical", "collections",
     "催收|催款|电话催收|律师函|collections|dunning|debt collection|collection call"),
    ("tp_support", "客服工单", "Customer support", "service", "phone", "digital", "customer_service",
     "客服|工单|投诉|人工客服|support|ticket|help desk|complaint"),
    ("tp_rate", "服务评价", "Rating", "loyalty", "app", "digital", "marketing",
     "评价|打分|评分|rating|review|stars"),
    ("tp_repeat", "再次融资", "Repeat financing", "loyalty", "web", "digital", "crm",
     "复贷|再次融资|续做|回头客|repeat financing|came back|reuse|repeat use"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("onboarding", "注册开户", "Onboarding", ["tp_landing", "tp_signup", "tp_kyc_submit", "tp_activated"], 30),
    ("financing", "发票融资", "Invoice financing",
     ["tp_invoice_upload", "tp_buyer_confirm", "tp_credit_review", "tp_offer", "tp_disburse"], 14),
    ("collections", "逾期催收", "Collections recovery", ["tp_overdue", "tp_collection", "tp_repay"], 60),
    ("repeat", "再次融资", "Repeat financing", ["tp_disburse", "tp_repeat"], 90),
]
BUYERS = {  # id: zh, en, industry, confirm median hours, dispute p, usual tenor
    "B01": ("华东汽车集团", "East China Auto Group", "auto_parts", 16, 0.03, 60),
    "B02": ("鹏城电子", "Pengcheng Electronics", "electronics", 8, 0.02, 45),
    "B03": ("美家建材", "Meijia Building Materials", "building_materials", 28, 0.04, 90),
    "B04": ("鲜丰食品", "Xianfeng Foods", "food", 20, 0.03, 30),
    "B05": ("锦程服饰", "Jincheng Apparel", "textiles", 22, 0.03, 60),
    "B06": ("康源医药", "Kangyuan Pharma", "pharma", 140, 0.02, 120),
    "B07": ("天城超市", "Tiancheng Supermarkets", "food", 34, 0.16, 45),
}
INDUSTRIES = {  # en: zh, weight, buyers, mean days between invoices
    "auto_parts": ("汽车零部件", 0.22, ["B01"], 22),
    "electronics": ("电子元器件", 0.18, ["B02"], 26),
    "building_materials": ("建材", 0.17, ["B03"], 30),
    "food": ("食品饮料", 0.18, ["B04", "B07"], 18),
    "pharma": ("医药", 0.12, ["B06"], 40),
    "textiles": ("纺织服装", 0.13, ["B05"], 30),
}
CHANNELS = {  # en: zh, weight, p(sign-up), p(KYC submitted | sign-up), p(rejected)
    "buyer_referral": ("核心企业推荐", 0.22, 0.88, 0.92, 0.03),
    "bank_partner": ("合作银行推荐", 0.15, 0.75, 0.86, 0.04),
    "sales_team": ("客户经理地推", 0.18, 0.72, 0.86, 0.04),
    "wechat": ("微信公众号", 0.20, 0.55, 0.72, 0.06),
    "baidu_ads": ("百度推广", 0.25, 0.34, 0.55, 0.14),
}
PROVINCES = {"Guangdong": ("广东", 0.32), "Jiangsu": ("江苏", 0.24), "Zhejiang": ("浙江", 0.18),
             "Shandong": ("山东", 0.14), "Sichuan": ("四川", 0.12)}
CITY_WORDS = {"Guangdong": ["东莞", "佛山", "深圳", "中山"], "Jiangsu": ["苏州", "无锡", "常州", "南通"],
              "Zhejiang": ["宁波", "温州", "台州", "绍兴"], "Shandong": ["青岛", "潍坊", "临沂"],
              "Sichuan": ["成都", "绵阳", "德阳"]}
NAME_WORDS = ["鑫", "华", "恒", "泰", "隆", "盛", "达", "宏", "源", "裕", "丰", "瑞", "诚", "信", "锦", "创", "永", "安"]
IND_SUFFIX = {"auto_parts": "汽配", "electronics": "电子", "building_materials": "建材", "food": "食品",
              "pharma": "医药", "textiles": "服饰"}
SIZES = {"micro": ("微型企业", 0.45, 60000), "small": ("小型企业", 0.40, 180000), "medium": ("中型企业", 0.15, 520000)}
GRADE_P = {"micro": [0.15, 0.40, 0.32, 0.13], "small": [0.25, 0.42, 0.25, 0.08], "medium": [0.40, 0.40, 0.15, 0.05]}
GRADES = ["A", "B", "C", "D"]
GRADE_ZH = {"A": "A级（优质）", "B": "B级（良好）", "C": "C级（关注）", "D": "D级（高风险）"}
FEE = {"A": 0.008, "B": 0.010, "C": 0.013, "D": 0.018}          # service fee, share of the advance
APR = {"A": 0.072, "B": 0.084, "C": 0.096, "D": 0.114}          # annual interest
ADV_RATE = {"A": 0.8, "B": 0.8, "C": 0.7, "D": 0.7}
APPROVE = {"A": 0.97, "B": 0.91, "C": 0.78, "D": 0.50}
KYC_RETURN = {"blurry_licence": "营业执照照片不清晰", "legal_rep_mismatch": "法人信息不一致",
              "bank_account_unverified": "对公账户未验证", "missing_docs": "材料不全"}
KYC_REJECT = {"business_anomaly": "经营异常", "blacklisted": "命中黑名单"}
VERIFY = {"pass": "验真通过", "duplicate": "重复融资", "tax_mismatch": "税务信息不符"}
DISPUTE = {"quantity_mismatch": "数量不符", "quality_issue": "质量问题", "already_paid": "已直接付款",
           "invoice_error": "发票信息错误"}
DECLINE = {"limit_exceeded": "超出授信额度", "buyer_risk": "买方风险", "business_anomaly": "经营异常"}
REVIEW_ZH = {"manual": "人工审批", "auto": "自动秒批"}
BANKS = {"CMB": "招商银行", "ICBC": "工商银行", "PAB": "平安银行"}
REPAY_SRC = {"buyer": "买方回款", "supplier": "供应商自还"}
FEE_TYPES = {"service_fee": "服务费", "interest": "融资利息", "late_fee": "逾期罚息"}
SEGMENTS = {"prospect": "潜在客户", "onboarding": "认证中", "idle": "已开通未用款", "new": "新客",
            "active": "活跃", "dormant": "沉睡", "delinquent": "逾期中"}
TIERS = {"standard": "普通", "silver": "银牌", "gold": "金牌", "diamond": "钻石"}
AM_TEAMS = {"Guangdong": "华南团队", "Jiangsu": "华东一组", "Zhejiang": "华东二组", "Shandong": "华北团队",
            "Sichuan": "西南团队"}

TXT = {  # topic: (zh variants, en variants)
    "kyc_docs": (["企业认证材料被退回来让补件，来回折腾了好几次", "营业执照照片说不清晰，补件补了三回",
                  "认证一直要求补件，手机拍的照片就是不给过", "补件通知写得不清楚，不知道到底缺什么"],
                 ["KYC kept bouncing back asking for more documents", "had to re-send our documents three times before "
                  "verification went through", "the verification team returned our documents again and again"]),
    "upload_fail": (["安卓App上传发票一直失败，转圈然后报错", "更新App以后上传发票总是闪退", "上传发票传了好几遍都失败，只能去电脑上弄"],
                    ["invoice upload keeps failing on the Android app", "the app crashes every time I upload an invoice",
                     "could not upload the invoice on my phone, had to use a computer"]),
    "confirm_slow": (["买方确权等了一个多星期，钱一直用不上", "核心企业迟迟不确权，发票挂在那里十来天", "确权太慢了，催了买方好几次"],
                     ["buyer confirmation took more than a week", "waiting forever for the buyer to confirm the invoice",
                      "the buyer still hasn't confirmed, ten days now"]),
    "fee_high": (["服务费又涨了，比银行贵多了", "费率太高，这单不做了", "手续费涨到一个多点，利润都没了"],
                 ["fees went up again, more expensive than the bank", "the fee rate is too steep for us",
                  "your service fee is eating our whole margin"]),
    "payout_slow": (["春节前申请的，节后才到账，耽误发工资", "审批过了好几天钱还没到账", "说好当天到账结果拖了好几天"],
                    ["the advance didn't arrive until after the holiday", "approved days ago and the money still hasn't "
                     "arrived", "payout took days to arrive"]),
    "fast": (["秒批秒放，真方便", "上午提交下午钱就下来了，速度很快", "审批放款速度很快，解决了燃眉之急"],
             ["approved in minutes and funds landed the same day", "funds landed in our account within two hours",
              "super quick, funds landed before lunch"]),
    "collection_harsh": (["催收电话一天打好几个，明明是买方没付款", "催收态度太差，我们又不是不还", "被催收电话骚扰到不敢接电话"],
                         ["collection calls several times a day even though the buyer is the one who hasn't paid",
                          "the collection team was rude to our accountant", "harassed by collection calls, this is not okay"]),
    "helpful_am": (["客户经理很耐心，一步步教我们操作", "客户经理上门帮我们把资料弄好了，很专业"],
                   ["our account manager was really helpful", "the account manager walked us through every step"]),
}
GEN = {
    "pos": (["整体体验不错", "挺好用的，推荐", "操作简单，会继续用", "比跑银行省事多了"],
            ["good experience overall", "easy to use, will use again", "much simpler than going to a bank"]),
    "neu": (["还行吧", "一般般，能用", "流程还可以"], ["it's okay", "works, nothing special", "average"]),
    "neg": (["体验不太好", "流程太繁琐了", "不太满意"], ["not a great experience", "too much hassle", "not happy with it"]),
}
NEG_TOPICS = {"kyc_docs", "upload_fail", "confirm_slow", "fee_high", "payout_slow", "collection_harsh"}
TOPIC_TP = [("collection_harsh", "tp_collection"), ("confirm_slow", "tp_buyer_confirm"), ("fee_high", "tp_offer"),
            ("payout_slow", "tp_disburse"), ("upload_fail", "tp_invoice_upload"), ("kyc_docs", "tp_kyc_submit"),
            ("fast", "tp_disburse"), ("helpful_am", "tp_support")]


def pick(opts, p):
    p = np.asarray(p, dtype=float)
    return opts[int(rng.choice(len(opts), p=p / p.sum()))]


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def workday(t: datetime) -> datetime:
    """move a back-office time to office hours (Mon-Fri 9-18)."""
    if t.hour >= 18:
        t = datetime(t.year, t.month, t.day) + D(days=1, hours=9, minutes=float(rng.uniform(0, 90)))
    elif t.hour < 9:
        t = datetime(t.year, t.month, t.day) + D(hours=9, minutes=float(rng.uniform(0, 90)))
    while t.weekday() >= 5:
        t = datetime(t.year, t.month, t.day) + D(days=1, hours=9, minutes=float(rng.uniform(0, 90)))
    return t


def season(d: datetime) -> float:
    # invoice financing peaks before Spring Festival (wages, stock) and at quarter ends; quiet in the holiday itself
    m = d.month
    s = {1: 1.25, 2: 0.7, 3: 1.1, 4: 1.0, 5: 1.0, 6: 1.15, 7: 0.95, 8: 0.95, 9: 1.1, 10: 0.9, 11: 1.05, 12: 1.3}[m]
    return s


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_app = 0

    def ev(self, c, t, tp, sid, action, device=None, channel=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=device, channel=channel)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, ftype, app, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"FO{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t),
                   amount=round(float(amount), 2), status=status, channel="platform", fee_type=ftype,
                   费用类型=FEE_TYPES[ftype], application_id=app["id"], buyer_id=app["buyer"],
                   buyer=BUYERS[app["buyer"]][0], buyer_en=BUYERS[app["buyer"]][1], industry=c["industry"],
                   行业=INDUSTRIES[c["industry"]][0], risk_grade=c["grade"], advance_amount=app.get("advance"),
                   currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, app=None, undated=False, gen=None,
           no_customer=False):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if lang == "en":
            text = text[0].upper() + text[1:]
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if (gen == "pos" or set(topics) & {"fast", "helpful_am"}) else "neu")
        b = app["buyer"] if app else None
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, application_id=app["id"] if app else None,
                   buyer_id=b, buyer=BUYERS[b][0] if b else None, buyer_en=BUYERS[b][1] if b else None,
                   province=c["province"], 省份=PROVINCES[c["province"]][0])
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 5, 25):
            days.append((d, (0.7 + 0.6 * (d - START).days / 510) * (0.55 if d.weekday() >= 5 else 1.0)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 22)))
            prov = pick(list(PROVINCES), [v[1] for v in PROVINCES.values()])
            ind = pick(list(INDUSTRIES), [v[1] for v in INDUSTRIES.values()])
            size = pick(list(SIZES), [v[1] for v in SIZES.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            if ch == "buyer_referral":
                main = str(rng.choice(INDUSTRIES[ind][2]))
            else:
                main = str(rng.choice(INDUSTRIES[ind][2]))
            en_share = 0.24 if prov in ("Guangdong", "Jiangsu") else 0.08
            name = (str(rng.choice(CITY_WORDS[prov])) + "市" + "".join(rng.choice(NAME_WORDS, 2)) +
                    IND_SUFFIX[ind] + "有限公司")
            self.cust.append(dict(customer_id=f"SUP{i + 1:05d}", landing=t, province=prov, industry=ind, size=size,
                                  channel=ch, main=main, en_share=en_share, company=name,
                                  device=pick(["pc", "android", "ios"], [0.55, 0.27, 0.18]),
                                  lang="en" if rng.random() < en_share else "zh",
                                  years=int(rng.integers(1, 25)), signup=None, activated=None, grade=None,
                                  limit=None, n_draw=0, advanced=0.0, first_draw=None, last_draw=None,
                                  open_overdue=0, kyc_device=None))

    # ---------- onboarding ----------
    def onboard(self, c):
        ch = CHANNELS[c["channel"]]
        self.ev(c, c["landing"], "tp_landing", None, "view", channel=c["channel"], utm_source=c["channel"])
        if rng.random() > ch[2]:
            return None
        dev = c["device"]
        web = "web" if dev == "pc" else "app"
        t = c["landing"] + D(hours=float(rng.exponential(30 if c["channel"] != "buyer_referral" else 8) + 0.1))
        if not self.ev(c, t, "tp_signup", None, "submit", device=dev, channel=web):
            return None
        c["signup"] = t
        if rng.random() > ch[3]:
            return None
        t += D(hours=float(rng.exponential(36) + 0.5))
        kdev = dev if rng.random() < 0.8 else "pc"
        c["kyc_device"] = kdev
        for rnd in range(4):
            if not self.ev(c, t, "tp_kyc_submit", None, "submit" if rnd == 0 else "resubmit", device=kdev,
                           channel="web" if kdev == "pc" else "app", kyc_round=rnd + 1):
                return None
            tr = workday(t + D(hours=float(rng.lognormal(np.log(18), 0.5))))
            mobile = kdev != "pc"
            if rnd == 0 and rng.random() < ch[4]:
                r = pick(list(KYC_REJECT), [0.7, 0.3])
                self.ev(c, tr, "tp_kyc_review", None, "rejected", kyc_round=rnd + 1, reject_reason=r,
                        拒绝原因=KYC_REJECT[r])
                return None
            p_ret = (0.38 if mobile else 0.10) * (0.6 if rnd > 0 else 1.0)
            if rng.random() < p_ret:
                r = pick(list(KYC_RETURN), [0.65, 0.1, 0.15, 0.1] if mobile else [0.15, 0.3, 0.35, 0.2])
                self.ev(c, tr, "tp_kyc_review", None, "returned", kyc_round=rnd + 1, return_reason=r,
                        补件原因=KYC_RETURN[r])
                if rng.random() < 0.28 or rnd == 3:
                    self.kyc_gripe(c, tr)
                    return None
                if rng.random() < 0.3:
                    self.kyc_gripe(c, tr + D(hours=float(rng.uniform(1, 30))), ticket=True)
                t = tr + D(hours=float(rng.exponential(40) + 1))
                if rng.random() < 0.5:
                    kdev = "pc"
                continue
            self.ev(c, tr, "tp_kyc_review", None, "approved", kyc_round=rnd + 1)
            ta = tr + D(hours=float(rng.uniform(0.5, 6)))
            grade = pick(GRADES, GRADE_P[c["size"]])
            lim = int(SIZES[c["size"]][2] * {"A": 8, "B": 6, "C": 4, "D": 2}[grade] / 10000) * 10000
            if not self.ev(c, ta, "tp_activated", None, "activated", device=dev, channel=web, risk_grade=grade,
                           风险等级=GRADE_ZH[grade], credit_limit=lim):
                return None
            c["grade"], c["limit"], c["activated"] = grade, lim, ta
            if c["channel"] == "sales_team" and rng.random() < 0.1:
                sv = rng.random() < 0.3
                self.fb(c, ta + D(hours=float(rng.uniform(2, 72))), ["helpful_am"], "survey" if sv else "wechat",
                        nps=int(rng.integers(9, 11)) if sv else None, gen="pos", undated=not sv and rng.random() < 0.4)
            return ta
        return None

    def kyc_gripe(self, c, t, ticket=False):
        if ticket:
            self.ev(c, t, "tp_support", None, "ticket", device=c["device"], channel="phone", ticket_topic="kyc")
            self.fb(c, t, ["kyc_docs"], "ticket")
        elif rng.random() < 0.25:
            self.fb(c, t + D(hours=float(rng.uniform(1, 48))), ["kyc_docs"], "wechat", undated=rng.random() < 0.5,
                    no_customer=rng.random() < 0.3)

    # ---------- one financing application ----------
    def application(self, c, t0):
        self.n_app += 1
        app = dict(id=f"FA{self.n_app:06d}")
        b = c["main"] if rng.random() < 0.85 else pick(list(BUYERS), [1] * len(BUYERS))
        app["buyer"] = b
        bz, be, bind, conf_h, p_disp, tenor0 = BUYERS[b]
        com = dict(buyer_id=b, buyer=bz, buyer_en=be, industry=c["industry"], 行业=INDUSTRIES[c["industry"]][0])
        inv = round(float(rng.lognormal(np.log(SIZES[c["size"]][2]), 0.55)), 2)
        com["invoice_amount"] = inv
        t = t0
        if c["n_draw"] > 0:
            self.ev(c, t, "tp_repeat", app["id"], "reapply", device=c["device"],
                    channel="web" if c["device"] == "pc" else "app", **com)
            t += D(minutes=float(rng.uniform(1, 15)))
        # ---- upload (Android 3.2.0 bug)
        dev = c["device"] if rng.random() < 0.75 else "pc"
        ok = False
        for attempt in range(4):
            ver = None
            if dev != "pc":
                ver = "3.1.4" if t < ANDROID_BUG[0] else ("3.2.0" if t < ANDROID_BUG[1] else "3.2.1")
            p_fail = 0.45 if (dev == "android" and ver == "3.2.0") else 0.03
            fail = rng.random() < p_fail
            if fail:
                if not self.ev(c, t, "tp_invoice_upload", app["id"], "fail", device=dev,
                               channel="web" if dev == "pc" else "app", app_version=ver,
                               error_code="UPLOAD_TIMEOUT" if dev == "android" and ver == "3.2.0" else "OCR_FAILED",
                               **com):
                    return None
                if dev == "android" and ver == "3.2.0" and rng.random() < 0.3:
                    tt = t + D(minutes=float(rng.uniform(5, 120)))
                    if rng.random() < 0.6:
                        self.ev(c, tt, "tp_support", app["id"], "ticket", device=dev, channel="phone",
                                ticket_topic="upload", **com)
                        self.fb(c, tt, ["upload_fail"], "ticket", app=app)
                    else:
                        self.fb(c, tt, ["upload_fail"], "wechat", app=app, undated=rng.random() < 0.4)
                if rng.random() > 0.85:
                    return dict(kind="abandon", t=t)
                t += D(minutes=float(rng.uniform(2, 90)))
                if rng.random() < 0.4:
                    dev = "pc"
                continue
            v = pick(list(VERIFY), [0.955, 0.025, 0.02])
            if not self.ev(c, t, "tp_invoice_upload", app["id"], "submit", device=dev,
                           channel="web" if dev == "pc" else "app", app_version=ver, invoice_no=
                           f"{int(rng.integers(10**7, 10**8))}", verify_result=v, 验真结果=VERIFY[v], **com):
                return None
            ok = v == "pass"
            break
        if not ok:
            return dict(kind="failed", t=t)
        # ---- buyer confirmation
        h = float(rng.lognormal(np.log(conf_h), 0.7 if b == "B06" else 0.6))
        if h > 240:
            tc = t + D(hours=240)
            self.ev(c, tc, "tp_buyer_confirm", app["id"], "expired", confirm_hours=240.0, **com)
            if rng.random() < 0.45:
                self.fb(c, tc + D(hours=float(rng.uniform(1, 20))), ["confirm_slow"],
                        pick(["ticket", "wechat", "call_note"], [0.5, 0.3, 0.2]), app=app,
                        undated=False)
            return dict(kind="failed", t=tc)
        tc = t + D(hours=h)
        if rng.random() < p_disp:
            r = pick(list(DISPUTE), [0.45, 0.25, 0.15, 0.15])
            self.ev(c, tc, "tp_buyer_confirm", app["id"], "disputed", confirm_hours=round(h, 1), dispute_reason=r,
                    争议原因=DISPUTE[r], **com)
            return dict(kind="failed", t=tc)
        if not self.ev(c, tc, "tp_buyer_confirm", app["id"], "confirmed", confirm_hours=round(h, 1), **com):
            return None
        slow_conf = h > 120
        if slow_conf and rng.random() < 0.3:
            self.fb(c, tc + D(hours=float(rng.uniform(0, 6))), ["confirm_slow"], "ticket", app=app)
            self.ev(c, tc + D(minutes=2), "tp_support", app["id"], "ticket", device=c["device"], channel="phone",
                    ticket_topic="confirm", **com)
        # ---- credit review
        auto = tc >= AUTO_REVIEW and rng.random() < 0.82
        if auto:
            tr = tc + D(minutes=float(rng.lognormal(np.log(4), 0.5)))
        else:
            tr = workday(tc + D(hours=float(rng.lognormal(np.log(20), 0.5))))
        p_ok = APPROVE[c["grade"]]
        if b == "B03" and tc >= MEIJIA_TIGHT:
            p_ok *= 0.6
        grade = c["grade"]
        if rng.random() > p_ok:
            r = "buyer_risk" if (b == "B03" and tc >= MEIJIA_TIGHT and rng.random() < 0.7) else \
                pick(["limit_exceeded", "buyer_risk", "business_anomaly"], [0.5, 0.2, 0.3])
            self.ev(c, tr, "tp_credit_review", app["id"], "declined", review_mode="auto" if auto else "manual",
                    审批方式=REVIEW_ZH["auto" if auto else "manual"], risk_grade=grade, 风险等级=GRADE_ZH[grade],
                    decline_reason=r, 拒绝原因=DECLINE[r], **com)
            return dict(kind="failed", t=tr)
        if not self.ev(c, tr, "tp_credit_review", app["id"], "approved", review_mode="auto" if auto else "manual",
                       审批方式=REVIEW_ZH["auto" if auto else "manual"], risk_grade=grade, 风险等级=GRADE_ZH[grade], **com):
            return None
        # ---- quote
        hike = PRICE_HIKE[0] <= tr < PRICE_HIKE[1]
        fee = FEE[grade] + (0.005 if hike else 0.0)
        apr = APR[grade]
        tenor = int(pick([30, 45, 60, 90, 120], [1, 1, 1, 1, 1]) if rng.random() < 0.25 else tenor0)
        to = tr + D(hours=float(rng.lognormal(np.log(2.5), 0.9)))
        p_rej = float(np.clip(0.04 + 27 * (fee - 0.008), 0.03, 0.6))
        rej = rng.random() < p_rej
        qc = dict(fee_rate=round(fee, 4), annual_rate=apr, advance_rate=ADV_RATE[grade], tenor_days=tenor,
                  risk_grade=grade, 风险等级=GRADE_ZH[grade])
        if not self.ev(c, to, "tp_offer", app["id"], "reject" if rej else "accept", device=dev,
                       channel="web" if dev == "pc" else "app", **qc, **com):
            return None
        if rej:
            if rng.random() < 0.22:
                fch = pick(["wechat", "ticket", "survey"], [0.5, 0.3, 0.2])
                self.fb(c, to + D(hours=float(rng.uniform(0.2, 30))), ["fee_high"], fch, app=app,
                        nps=int(rng.integers(0, 7)) if fch == "survey" else None,
                        undated=fch == "wechat" and rng.random() < 0.5)
            return dict(kind="rejected", t=to)
        # ---- payout
        td = to + D(hours=float(rng.lognormal(np.log(1.6), 0.6)))
        if td.weekday() >= 5 or td.hour >= 17 or td.hour < 9:
            td = workday(td if td.hour < 17 else td + D(hours=2))
        held = False
        for h0, h1 in HOLIDAYS:
            if h0 - D(hours=6) <= td < h1:
                td = h1 + D(hours=float(9 + rng.lognormal(np.log(8), 0.8)))
                td = workday(td)
                held = True
        adv = round(inv * ADV_RATE[grade], 2)
        app["advance"] = adv
        bank = pick(list(BANKS), [0.5, 0.3, 0.2])
        if not self.ev(c, td, "tp_disburse", app["id"], "paid_out", advance_amount=adv, advance_rate=ADV_RATE[grade],
                       fee_rate=round(fee, 4), tenor_days=tenor, due_date=(td + D(days=tenor)).strftime("%Y-%m-%d"),
                       bank=bank, 放款银行=BANKS[bank], risk_grade=grade, 风险等级=GRADE_ZH[grade], **com):
            return None
        self.order(c, td, adv * fee, "service_fee", app, fee_rate=round(fee, 4))
        if c["first_draw"] is None:
            c["first_draw"] = td
        c["last_draw"] = td
        c["n_draw"] += 1
        c["advanced"] += adv
        total_h = (td - t0).total_seconds() / 3600
        topics = []
        if held and rng.random() < 0.55:
            topics.append("payout_slow")
        if slow_conf and rng.random() < 0.5:
            topics.append("confirm_slow")
        if hike and rng.random() < 0.12:
            topics.append("fee_high")
        good = []
        if total_h < 30 and not topics and rng.random() < 0.35:
            good.append("fast")
        # ---- rating after payout
        neg = bool(topics)
        if rng.random() < (0.4 if neg else (0.3 if good else 0.16)):
            stars = float(pick([5, 4, 3, 2], [0.45, 0.37, 0.13, 0.05]))
            for x in topics:
                stars -= {"payout_slow": 2.2, "confirm_slow": 1.8, "fee_high": 1.2}[x]
            if good:
                stars = 5.0 if rng.random() < 0.8 else 4.0
            stars = float(min(5, max(1, round(stars))))
            tt = td + D(hours=float(rng.uniform(1, 72)))
            if self.ev(c, tt, "tp_rate", app["id"], "rate", device=c["device"],
                       channel="web" if c["device"] == "pc" else "app", stars=stars, **com):
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                self.fb(c, tt, topics + good, "app_review", rating=stars, app=app, gen=gen)
        elif topics and rng.random() < 0.3:
            self.fb(c, td + D(hours=float(rng.uniform(1, 96))), topics, "wechat", app=app,
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.3)
        if c["n_draw"] == 1 and rng.random() < 0.3:
            nps = int(np.clip(round(rng.normal(8.3 - 3.0 * neg + 0.8 * bool(good), 1.4)), 0, 10))
            self.fb(c, td + D(days=3), topics + good if rng.random() < 0.6 else [], "survey", nps=nps, app=app,
                    gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        # ---- repayment
        due = datetime(td.year, td.month, td.day) + D(days=tenor)
        p_late = 0.035 + (0.04 if grade == "D" else 0.0)
        meijia = b == "B03" and MEIJIA_SLOW[0] <= due < MEIJIA_SLOW[1]
        if meijia:
            p_late = 0.42
        late = rng.random() < p_late
        rep = dict(buyer_id=b, buyer=bz, buyer_en=be, industry=c["industry"], 行业=INDUSTRIES[c["industry"]][0])
        if not late:
            tp_ = due - D(days=float(rng.uniform(0, 2))) + D(hours=float(rng.uniform(9, 17)))
            if tp_ <= END:
                self.ev(c, tp_, "tp_repay", app["id"], "repaid", days_past_due=0, repay_source="buyer",
                        回款来源=REPAY_SRC["buyer"], repay_amount=adv, **rep)
                self.order(c, tp_, adv * apr * tenor / 365, "interest", app, annual_rate=apr)
            return dict(kind="drawn", t=td, total_h=total_h, late=False, good=bool(good), neg=neg)
        dpd = int(max(2, round(float(rng.lognormal(np.log(24 if meijia else 16), 0.65)))))
        if rng.random() < (0.1 if meijia else 0.06):
            dpd = 400                                     # not recovered in the data
        t_od = due + D(days=1, hours=float(rng.uniform(0, 2)))
        if not self.ev(c, t_od, "tp_overdue", app["id"], "overdue", days_past_due=1, **rep):
            return dict(kind="drawn", t=td, total_h=total_h, late=False, good=bool(good), neg=neg)
        c["open_overdue"] += 1
        harsh = False
        team = pick(["collections_A", "collections_B"], [0.5, 0.5])
        for dday, act in ((3, "call"), (7, "sms"), (15, "call"), (30, "letter"), (45, "call"), (60, "legal_notice"),
                          (90, "lawsuit")):
            if dday >= dpd:
                break
            tcall = workday(due + D(days=dday, hours=float(rng.uniform(1, 8))))
            if not self.ev(c, tcall, "tp_collection", app["id"], act, channel="phone" if act == "call" else
                           ("sms" if act == "sms" else "other"), days_past_due=dday,
                           collection_stage="M1" if dday < 30 else ("M2" if dday < 60 else "M3+"),
                           collector_team=team, **rep):
                break
            if act == "call" and rng.random() < (0.22 if meijia else 0.1):
                harsh = True
                self.fb(c, tcall + D(hours=float(rng.uniform(0.1, 2))), ["collection_harsh"], "call_note", app=app)
        t_rep = due + D(days=dpd, hours=float(rng.uniform(9, 17)))
        if t_rep <= END:
            c["open_overdue"] -= 1
            src = "supplier" if (dpd > 30 and rng.random() < 0.5) else "buyer"
            self.ev(c, t_rep, "tp_repay", app["id"], "repaid_late", days_past_due=dpd, repay_source=src,
                    回款来源=REPAY_SRC[src], repay_amount=adv, **rep)
            self.order(c, t_rep, adv * apr * (tenor + dpd) / 365, "interest", app, annual_rate=apr)
            waive = rng.random() < (0.6 if meijia else 0.1)
            self.order(c, t_rep, adv * 0.0005 * dpd, "late_fee", app, status="cancelled" if waive else "paid",
                       waive_reason="buyer_delay" if waive and meijia else ("goodwill" if waive else None),
                       days_past_due=dpd)
            if rng.random() < (0.45 if harsh else 0.15):
                stars = float(1 if harsh else pick([2, 3, 4], [0.4, 0.4, 0.2]))
                tt = t_rep + D(hours=float(rng.uniform(2, 48)))
                if self.ev(c, tt, "tp_rate", app["id"], "rate", device=c["device"],
                           channel="web" if c["device"] == "pc" else "app", stars=stars, **rep):
                    self.fb(c, tt, ["collection_harsh"] if harsh else [], "app_review", rating=stars, app=app,
                            gen="neg" if stars <= 2 else "neu")
        return dict(kind="drawn", t=td, total_h=total_h, late=True, good=bool(good), neg=True)

    def run(self):
        self.customers()
        for c in self.cust:
            ta = self.onboard(c)
            if ta is None or rng.random() < 0.08:
                continue
            t = ta + D(days=float(rng.exponential(7) + 0.1))
            gap = INDUSTRIES[c["industry"]][3]
            while t <= END:
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(8.5, 21)))
                res = self.application(c, t)
                if res is None:
                    break
                if res["kind"] == "drawn":
                    p_go = 0.95 if res["total_h"] < 48 else 0.88
                    if res["late"]:
                        p_go -= 0.3
                elif res["kind"] == "rejected":
                    p_go = 0.8
                else:
                    p_go = 0.7
                if rng.random() > p_go:
                    break
                g = float(rng.exponential(gap) + 2.0) / season(t + D(days=gap))
                t = t + D(days=g)

    def wechat_noise(self):
        """generic posts in the supplier WeChat group / 公众号 messages, often exported without a time."""
        pool = [c for c in self.cust if c["activated"] is not None]
        for _ in range(140):
            c = pool[int(rng.integers(len(pool)))]
            t = c["activated"] + D(days=float(rng.uniform(1, 200)))
            gen = pick(["pos", "neu", "neg"], [0.5, 0.3, 0.2])
            self.fb(c, t, [], "wechat", gen=gen, undated=rng.random() < 0.5, no_customer=rng.random() < 0.3)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            a = c["advanced"]
            tier = "diamond" if a >= 3e6 else "gold" if a >= 1e6 else "silver" if a >= 2e5 else "standard"
            if c["signup"] is None:
                seg = "prospect"
            elif c["activated"] is None:
                seg = "onboarding"
            elif c["first_draw"] is None:
                seg = "idle"
            elif c["open_overdue"] > 0:
                seg = "delinquent"
            elif c["first_draw"] >= datetime(2026, 3, 1):
                seg = "new"
            elif c["last_draw"] >= datetime(2026, 3, 1):
                seg = "active"
            else:
                seg = "dormant"
            g = c["grade"]
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["signup"]) if c["signup"] else None,
                             segment=seg, 客户分群=SEGMENTS[seg], region=c["province"],
                             省份=PROVINCES[c["province"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 客户等级=TIERS[tier],
                             company_name=c["company"], industry=c["industry"], 行业=INDUSTRIES[c["industry"]][0],
                             company_size=c["size"], 企业规模=SIZES[c["size"]][0], years_in_business=c["years"],
                             main_buyer_id=c["main"], main_buyer=BUYERS[c["main"]][0],
                             main_buyer_en=BUYERS[c["main"]][1], risk_grade=g, 风险等级=GRADE_ZH[g] if g else None,
                             credit_limit=c["limit"], first_visit_at=ts(c["landing"]),
                             activated_at=ts(c["activated"]) if c["activated"] else None,
                             account_manager_team=AM_TEAMS[c["province"]] if c["channel"] == "sales_team" else None,
                             device=c["device"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "utm_source",
           "kyc_round", "return_reason", "补件原因", "reject_reason", "拒绝原因", "risk_grade", "风险等级", "credit_limit",
           "buyer_id", "buyer", "buyer_en", "industry", "行业", "invoice_no", "invoice_amount", "app_version",
           "error_code", "verify_result", "验真结果", "confirm_hours", "dispute_reason", "争议原因", "review_mode", "审批方式",
           "decline_reason", "fee_rate", "annual_rate", "advance_rate", "tenor_days", "advance_amount", "due_date",
           "bank", "放款银行", "days_past_due", "collection_stage", "collector_team", "repay_source", "回款来源",
           "repay_amount", "ticket_topic", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "fee_type", "费用类型", "application_id",
            "buyer_id", "buyer", "buyer_en", "industry", "行业", "risk_grade", "advance_amount", "fee_rate",
            "annual_rate", "days_past_due", "waive_reason", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "application_id", "buyer_id", "buyer", "buyer_en", "province", "省份"]
CUST_COLS = ["customer_id", "signup_at", "segment", "客户分群", "region", "省份", "acquisition_channel", "获客渠道", "tier",
             "客户等级", "company_name", "industry", "行业", "company_size", "企业规模", "years_in_business",
             "main_buyer_id", "main_buyer", "main_buyer_en", "risk_grade", "风险等级", "credit_limit", "first_visit_at",
             "activated_at", "account_manager_team", "device", "preferred_language"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    g.wechat_noise()
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
    dup = rng.choice(len(ev), size=25, replace=False)             # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = g.feedback
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, applications {g.n_app}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
