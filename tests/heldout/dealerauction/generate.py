"""车商拍 DealerBid: an online used-car auction for car dealers (B2B), with a bilingual ops team in Shanghai and
Singapore. Regions: Shanghai 上海, Jiangsu-Zhejiang 江浙, Guangdong 广东, Sichuan-Chongqing 川渝, Singapore 新加坡 and
Malaysia 马来西亚 (opened 2024-07-01).

A dealer registers (地推 sales rep, 同行推荐 referral, search, 车展 trade show, social ads), submits business documents
for KYC (资质认证; rejected documents can be resubmitted), pays a refundable deposit (保证金) that unlocks bidding, then
browses the daily auction lots (浏览车源), opens the third-party condition report (检测报告), bids, wins (落槌 / 中标),
pays within 48 hours (or defaults: 悔拍, deposit partly forfeited), has the car picked up (平台物流 our own fleet,
速运板车 SpeedHaul partner trucks, or 自提 self pickup), inspects it on delivery (到车验车), opens a dispute when the
car is not as described (争议) that goes to arbitration (仲裁: compensation, unwind the deal, or rejected), rates the
deal in the app and may withdraw the deposit and leave (退保证金).
Data 2024-01-01 .. 2025-12-31 (extract taken at the end of 2025). Money in CNY (SEA orders also carry the local
currency amount).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261209), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261209
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 1, 1), datetime(2025, 12, 31, 23, 59, 59)
N_DEALERS = 4400
OLD_START = datetime(2023, 1, 1)                              # dealers who joined before the extract
MY_OPEN = datetime(2024, 7, 1)
TYPHOON = (datetime(2025, 9, 8), datetime(2025, 11, 1))      # flood cars from Guangdong after the typhoon
LOTS_PER_ACT = 0.2
CNY_JAM = (datetime(2025, 1, 6), datetime(2025, 3, 1))        # SpeedHaul short of trucks around Spring Festival 2025

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_register", "车商注册", "Dealer registration", "awareness", "app", "digital", "growth",
     "注册|开户|入驻|新车商|sign up|register|registration|onboarding|new dealer"),
    ("tp_kyc_submit", "提交资质认证", "KYC documents submitted", "consideration", "app", "digital", "risk",
     "资质认证|提交资料|营业执照|实名认证|KYC|verification|documents|business licence|SSM"),
    ("tp_kyc_approved", "认证通过", "KYC approved", "consideration", "app", "digital", "risk",
     "认证通过|审核通过|KYC approved|verified|approved"),
    ("tp_kyc_rejected", "认证驳回", "KYC rejected", "consideration", "app", "digital", "risk",
     "认证驳回|审核不通过|退回|KYC rejected|rejected documents"),
    ("tp_deposit", "缴纳保证金", "Deposit paid", "consideration", "app", "digital", "finance",
     "保证金|押金|交保证金|deposit|security deposit|bidding deposit"),
    ("tp_browse", "浏览车源", "Browse listings", "consideration", "app", "digital", "product",
     "车源|看车|浏览|拍品|listing|browse|lots|auction list"),
    ("tp_report", "查看检测报告", "Condition report viewed", "consideration", "app", "digital", "inspection",
     "检测报告|车况报告|查报告|condition report|inspection report"),
    ("tp_bid", "出价", "Bid placed", "purchase", "app", "digital", "auction",
     "出价|竞价|加价|bid|bidding|place a bid"),
    ("tp_win", "中标成交", "Auction won", "purchase", "app", "digital", "auction",
     "中标|落槌|成交|拍下|拍到|won|hammer|auction won|sold"),
    ("tp_default", "悔拍违约", "Payment default", "purchase", "app", "digital", "finance",
     "悔拍|违约|弃拍|不付款|default|backed out|unpaid|no-pay"),
    ("tp_pay", "付款", "Payment", "purchase", "app", "digital", "finance",
     "付款|付车款|打款|结算|pay|payment|paid|settlement"),
    ("tp_pickup", "物流提车", "Logistics pickup", "service", "other", "physical", "logistics",
     "提车|板车|物流|拖车|pickup|collection|transport|truck"),
    ("tp_delivery", "到车验车", "Delivery inspection", "service", "other", "physical", "logistics",
     "到车|验车|交车|收车|delivery|delivery inspection|handover"),
    ("tp_dispute", "发起争议", "Dispute opened", "service", "app", "digital", "arbitration",
     "争议|申诉|车况不符|投诉车况|dispute|claim|not as described"),
    ("tp_arbitration", "仲裁结案", "Arbitration closed", "service", "app", "digital", "arbitration",
     "仲裁|裁决|结案|赔付|退车|arbitration|ruling|compensation|unwind"),
    ("tp_rate", "评价", "Rating", "loyalty", "app", "digital", "cs",
     "评价|打分|评分|rate|rating|review|stars"),
    ("tp_deposit_refund", "退保证金", "Deposit withdrawn", "loyalty", "app", "digital", "finance",
     "退保证金|退押金|不做了|流失|deposit refund|withdraw deposit|churn|left the platform"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("onboarding", "车商入驻", "Dealer onboarding", ["tp_register", "tp_kyc_submit", "tp_kyc_approved", "tp_deposit"], 30),
    ("auction", "竞拍成交", "Auction to payment", ["tp_browse", "tp_bid", "tp_win", "tp_pay"], 7),
    ("delivery", "物流交付", "Pickup and delivery", ["tp_pay", "tp_pickup", "tp_delivery"], 14),
    ("arbitration", "争议仲裁", "Dispute arbitration", ["tp_dispute", "tp_arbitration"], 30),
    ("activation", "首拍激活", "First win activation", ["tp_deposit", "tp_bid", "tp_win"], 60),
]
REGIONS = {  # en: zh, weight, opened, share of dealers writing English, local currency, CNY per unit, price mult
    "Shanghai": ("上海", 0.22, None, 0.03, "CNY", 1.0, 1.05),
    "Jiangsu-Zhejiang": ("江浙", 0.24, None, 0.02, "CNY", 1.0, 1.0),
    "Guangdong": ("广东", 0.22, None, 0.02, "CNY", 1.0, 0.98),
    "Sichuan-Chongqing": ("川渝", 0.10, None, 0.01, "CNY", 1.0, 0.92),
    "Singapore": ("新加坡", 0.14, None, 0.62, "SGD", 5.35, 1.75),
    "Malaysia": ("马来西亚", 0.08, MY_OPEN, 0.72, "MYR", 1.55, 0.85),
}
SEA = ("Singapore", "Malaysia")
CHANNELS = {  # en: zh, weight, p(submit KYC)
    "sales_rep": ("地推", 0.27, 0.93), "referral": ("同行推荐", 0.17, 0.96), "search": ("搜索", 0.20, 0.82),
    "trade_show": ("车展", 0.10, 0.90), "social_ads": ("社媒广告", 0.26, 0.60)}
DTYPES = {  # en: zh, weight, activity (lots / month), p(deposit | approved), p(default), p(premium deposit)
    "independent": ("个体车商", 0.55, 0.75, 0.60, 0.095, 0.1),
    "franchise": ("4S经销集团", 0.18, 2.0, 0.82, 0.018, 0.7),
    "exporter": ("出口车商", 0.12, 2.6, 0.80, 0.035, 0.8),
    "chain": ("连锁车商", 0.15, 1.6, 0.76, 0.03, 0.5),
}
TIERS = {"standard": "普通", "silver": "银牌", "gold": "金牌", "platinum": "白金"}
AMS = {"Shanghai": ["陈静", "刘洋"], "Jiangsu-Zhejiang": ["周婷", "吴磊"], "Guangdong": ["黄志强", "林晓燕"],
       "Sichuan-Chongqing": ["杨帆"], "Singapore": ["Kelly Tan", "Marcus Lim"], "Malaysia": ["Aisyah Rahman", "Jason Wong"]}
BRANDS = {  # en: zh, base price CNY (3-year-old, grade B), models, share EV, share HEV
    "Toyota": ("丰田", 115000, ["Camry", "Corolla", "RAV4", "Alphard"], 0.0, 0.35),
    "Honda": ("本田", 98000, ["Accord", "Civic", "CR-V", "Vezel"], 0.0, 0.25),
    "Volkswagen": ("大众", 92000, ["Passat", "Lavida", "Tiguan", "Magotan"], 0.0, 0.0),
    "BMW": ("宝马", 205000, ["3 Series", "5 Series", "X3", "X5"], 0.0, 0.05),
    "Mercedes-Benz": ("奔驰", 230000, ["C-Class", "E-Class", "GLC", "GLE"], 0.0, 0.05),
    "Audi": ("奥迪", 185000, ["A4L", "A6L", "Q5L"], 0.0, 0.0),
    "BYD": ("比亚迪", 102000, ["Han", "Qin Plus", "Song Plus", "Atto 3"], 0.6, 0.4),
    "Tesla": ("特斯拉", 180000, ["Model 3", "Model Y"], 1.0, 0.0),
    "Nissan": ("日产", 72000, ["Sylphy", "X-Trail", "Serena"], 0.0, 0.1),
    "Proton": ("宝腾", 52000, ["X50", "X70", "Saga"], 0.0, 0.0),
}
BRAND_MIX = {  # region: weights in BRANDS order
    "Shanghai": [0.16, 0.10, 0.16, 0.12, 0.12, 0.10, 0.10, 0.09, 0.05, 0.0],
    "Jiangsu-Zhejiang": [0.16, 0.11, 0.18, 0.11, 0.10, 0.10, 0.11, 0.06, 0.07, 0.0],
    "Guangdong": [0.20, 0.14, 0.09, 0.09, 0.09, 0.07, 0.18, 0.07, 0.07, 0.0],
    "Sichuan-Chongqing": [0.16, 0.11, 0.19, 0.09, 0.08, 0.09, 0.12, 0.05, 0.11, 0.0],
    "Singapore": [0.27, 0.15, 0.04, 0.14, 0.16, 0.05, 0.08, 0.07, 0.04, 0.0],
    "Malaysia": [0.25, 0.15, 0.05, 0.07, 0.07, 0.03, 0.05, 0.02, 0.08, 0.23],
}
POWER_ZH = {"ice": "燃油", "hev": "混动", "ev": "纯电"}
GRADES = {"A": (0.18, 1.12), "B": (0.46, 1.0), "C": (0.29, 0.86), "D": (0.07, 0.68)}
PARTNERS = {  # en: zh
    "CheJianTong": "车鉴通", "YouCheJian": "优车检", "AutoCheck SG": "新加坡AutoCheck", "MyInspect": "马来西亚MyInspect"}
CARRIERS = {"platform": "平台物流", "speedhaul": "速运板车", "self": "自提"}
KYC_REASONS = {"blurry_licence": "营业执照不清晰", "name_mismatch": "法人信息不一致", "expired_licence": "执照过期",
               "ssm_mismatch": "SSM注册文件不符"}
DISC = {  # en: zh
    "accident": "事故未披露", "mileage": "调表", "flood": "泡水", "battery": "电池衰减", "paint": "漆面外观",
    "docs_keys": "缺钥匙手续"}
ARB = {"compensation": "部分赔付", "unwind": "退车退款", "rejected": "驳回"}
PAY_METHODS = {"CNY": (["bank_transfer", "corporate_alipay", "deposit_offset"], [0.62, 0.28, 0.10]),
               "SGD": (["paynow", "bank_transfer"], [0.7, 0.3]), "MYR": (["fpx", "bank_transfer"], [0.6, 0.4])}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "flood": (["这台车是泡水车，座椅底下全是泥沙", "地毯掀开一股霉味，明显泡水了", "报告没写泡水，电脑板都锈了"],
              ["it's a flood car, mud under the seats", "clear flood damage, the carpets stink of mould",
               "flood damaged car and the report said nothing"]),
    "battery": (["电池健康度只有七成，跟报告差太多", "电池衰减严重，续航打了对折", "三电检测明显不对，电池有问题"],
                ["battery health was way below what the report said", "the battery is badly degraded, range halved",
                 "battery SOH much lower than stated"]),
    "accident": (["纵梁有切割痕迹，事故车没披露", "气囊弹过，报告里事故记录一个字没提", "车身结构件修过，事故车当好车卖"],
                 ["undisclosed accident repair on the chassis", "airbags had deployed, accident history not disclosed",
                  "structural accident damage the report missed"]),
    "mileage": (["里程被调表了，保养记录对不上", "表显五万公里，实际跑了十几万，调表车"],
                ["the odometer was rolled back", "odometer reading does not match the service records"]),
    "slow_pickup": (["付完款三天了还没提车", "板车迟迟不来提车，客户等着要车", "提车太慢了，约好的时间又改"],
                    ["pickup took forever after I paid", "waited four days for the truck to do the pickup",
                     "slow pickup again, my buyer is waiting"]),
    "kyc_slow": (["资质认证审了一个星期还没过", "认证被驳回好几次，材料明明没问题", "认证流程太慢，急着要拍车"],
                 ["KYC verification took over a week", "verification keeps getting rejected for no reason",
                  "the KYC process is painfully slow"]),
    "fee_high": (["买家服务费太高了", "服务费比别的平台贵，利润都被吃掉了"],
                 ["the buyer fee is too high", "buyer fee eats my whole margin"]),
    "arb_slow": (["仲裁拖了两个多星期还没结果", "仲裁太慢，车一直压在手上"],
                 ["arbitration is dragging on for weeks", "arbitration took far too long to close"]),
    "report_good": (["检测报告很准，车况和描述一致", "检测报告写得很细，拍得放心"],
                    ["the inspection report was spot on", "inspection report matched the car exactly"]),
    "am_praise": (["客户经理很负责，有问题秒回", "客户经理帮我们跑了好多流程，非常给力"],
                  ["my account manager is super responsive", "our account manager sorted everything out quickly"]),
}
GEN = {
    "pos": (["整体满意", "下次还会在这拍", "车源不错", "推荐给同行了"], ["overall happy", "will keep buying here",
                                                              "good stock this month"]),
    "neu": (["还行吧", "一般般", "中规中矩"], ["it was ok", "average experience", "nothing special"]),
    "neg": (["很失望", "体验很差", "再这样就不拍了"], ["really disappointed", "poor experience", "thinking of leaving"]),
}
NEG_TOPICS = {"flood", "battery", "accident", "mileage", "slow_pickup", "kyc_slow", "fee_high", "arb_slow"}
POS_TOPICS = {"report_good", "am_praise"}
TOPIC_TP = [("flood", "tp_delivery"), ("battery", "tp_delivery"), ("accident", "tp_delivery"),
            ("mileage", "tp_delivery"), ("arb_slow", "tp_arbitration"), ("slow_pickup", "tp_pickup"),
            ("kyc_slow", "tp_kyc_submit"), ("fee_high", "tp_pay"), ("report_good", "tp_report"),
            ("am_praise", "tp_register")]
DEALER_WORDS_ZH = ["鑫达", "恒通", "宏远", "顺发", "嘉诚", "永盛", "华泰", "瑞丰", "金桥", "东升", "立信", "海川", "天和",
                   "众诚", "广源", "通达", "博远", "中联", "新锐", "荣昌"]
DEALER_WORDS_EN = ["Lion City", "Orchard", "Merlion", "Harbour", "Sunrise", "Eastern", "Golden", "Prime", "Straits",
                   "Jade", "Summit", "Unity", "Pacific", "Crescent", "Emerald", "Royal"]
CITY_ZH = {"Shanghai": "上海", "Jiangsu-Zhejiang": "苏州", "Guangdong": "广州", "Sichuan-Chongqing": "成都"}


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, w):
    u = rng.random() * float(sum(w))
    acc = 0.0
    for it, x in zip(items, w):
        acc += x
        if u < acc:
            return it
    return items[-1]


def season(y: int, m: int) -> float:
    """Dealers stock up before Spring Festival (Dec, Jan 2025 / Jan, early Feb 2024), then a dead February."""
    if (y, m) in ((2023, 12), (2024, 1), (2024, 12), (2025, 1)):
        return 1.3
    if m == 2:
        return 0.55 if y == 2024 else 0.75
    if m in (7, 8):
        return 0.9
    if m in (3, 4, 9, 10):
        return 1.1
    return 1.0


def month_starts():
    y, m = START.year, START.month
    while datetime(y, m, 1) <= END:
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_lot = self.n_kyc = 0

    def ev(self, d, t, tp, sid, action, common=None, **kw):
        """one event; False when it falls after the extract (the story stops there); before 2024 it is not in
        the extract but the story goes on (dealers who joined in 2023)."""
        if t > END:
            return False
        if t < START:
            return True
        self.n_ev += 1
        dev = d["device"]
        phys = tp in ("tp_pickup", "tp_delivery")
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=d["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=None if phys else dev,
                   channel=None if phys else ("web" if dev == "pc" else "app"), region=d["region"],
                   区域=REGIONS[d["region"]][0])
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def fb(self, d, t, topics, channel, rating=None, nps=None, common=None, undated=False, gen=None, sid=None,
           tp=None):
        if t > END or t < START:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < d["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if (gen == "pos" or set(topics) & POS_TOPICS) else "neu")
        anonymous = channel == "wechat_group" and rng.random() < 0.4       # group-chat excerpt, sender not matched
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if anonymous else d["customer_id"],
                   touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang, lot_id=sid,
                   region=d["region"], 区域=REGIONS[d["region"]][0], account_manager=d["am"])
        if common:
            for k in ("vehicle_brand", "品牌", "carrier", "物流方式"):
                row[k] = common.get(k)
            row["region"], row["区域"] = common.get("region", row["region"]), common.get("区域", row["区域"])
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- dealers: registration, KYC, deposit ----------
    def dealers(self):
        days, d = [], OLD_START
        while d <= datetime(2025, 12, 20):
            w = 0.55 + 0.9 * max(0, (d - START).days) / 720
            if d.month == 2:
                w *= 0.6
            days.append((d, w))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_DEALERS, p=w / w.sum()))
        self.d = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 22)))
            region = pick(list(REGIONS), [v[1] for v in REGIONS.values()])
            if region == "Malaysia" and t < MY_OPEN:
                region = "Singapore"
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            if t.month == 4 and rng.random() < 0.35:
                ch = "trade_show"                       # 上海 / 北京车展 every April
            dt = pick(list(DTYPES), [v[1] for v in DTYPES.values()])
            if dt == "exporter" and region == "Sichuan-Chongqing" and rng.random() < 0.6:
                dt = "independent"
            if region in SEA:
                name = f"{DEALER_WORDS_EN[int(rng.integers(len(DEALER_WORDS_EN)))]} " + (
                    "Motors Pte Ltd" if region == "Singapore" else "Auto Sdn Bhd")
            else:
                name = CITY_ZH[region] + DEALER_WORDS_ZH[int(rng.integers(len(DEALER_WORDS_ZH)))] + pick(
                    ["二手车行", "汽车贸易有限公司", "车业"], [0.5, 0.35, 0.15])
            ams = AMS[region]
            am = ams[int(rng.integers(len(ams)))]
            self.d.append(dict(customer_id=f"D{i + 1:05d}", reg=t, region=region, channel=ch, dtype=dt, name=name,
                               am=am, en_share=REGIONS[region][3],
                               device=pick(["ios", "android", "pc"], [0.38, 0.37, 0.25] if region not in SEA
                                           else [0.5, 0.3, 0.2]),
                               act=float(DTYPES[dt][2] * rng.lognormal(0, 0.55)), dep_t=None, end=None, wins=0,
                               kyc="not_submitted", premium=False, last_win=None, sid_kyc=None, lost_arb=False))
        for d in self.d:
            self.onboard(d)

    def onboard(self, d):
        self.ev(d, d["reg"], "tp_register", None, "submit", channel=d["channel"])
        if rng.random() > CHANNELS[d["channel"]][2]:
            return
        my = d["region"] == "Malaysia"
        t = d["reg"] + D(hours=float(rng.exponential(30) + 0.2))
        self.n_kyc += 1
        sid = f"KYC{self.n_kyc:05d}"
        d["sid_kyc"] = sid
        approved = None
        review_hours = []
        for rnd in range(3):
            if not self.ev(d, t, "tp_kyc_submit", sid, "submit", round=rnd + 1):
                d["kyc"] = "pending"
                return
            d["kyc"] = "pending"
            h = float(rng.lognormal(np.log(105 if my else 16), 0.5))
            review_hours.append(h)
            t_r = t + D(hours=h)
            p_rej = (0.45 if my else 0.10) if rnd == 0 else (0.30 if my else 0.12)
            if rng.random() < p_rej:
                reason = pick(["ssm_mismatch", "blurry_licence", "name_mismatch"], [0.6, 0.25, 0.15]) if my else \
                    pick(["blurry_licence", "name_mismatch", "expired_licence"], [0.5, 0.3, 0.2])
                if not self.ev(d, t_r, "tp_kyc_rejected", sid, "rejected", round=rnd + 1, reject_reason=reason,
                               驳回原因=KYC_REASONS[reason], review_hours=round(h, 1)):
                    return
                d["kyc"] = "rejected"
                if rng.random() > (0.5 if my else 0.66):
                    break
                t = t_r + D(hours=float(rng.exponential(60) + 2))
                continue
            if not self.ev(d, t_r, "tp_kyc_approved", sid, "approved", round=rnd + 1, review_hours=round(h, 1)):
                return
            d["kyc"] = "approved"
            approved = t_r
            break
        slow = sum(review_hours) > 72 or d["kyc"] == "rejected"
        if slow and rng.random() < 0.3:
            ch = "whatsapp" if d["region"] in SEA else "call_note"
            self.fb(d, t + D(hours=float(rng.uniform(4, 60))), ["kyc_slow"], ch,
                    undated=(ch == "whatsapp" and rng.random() < 0.4))
        if approved is None:
            return
        p_dep = DTYPES[d["dtype"]][3] * (0.85 if slow else 1.0)
        if rng.random() > p_dep:
            return
        t_d = approved + D(hours=float(rng.exponential(70) + 0.5))
        premium = rng.random() < DTYPES[d["dtype"]][5]
        d["premium"] = premium
        if not self.ev(d, t_d, "tp_deposit", None, "paid", deposit_amount=50000 if premium else 20000,
                       deposit_level="premium" if premium else "standard",
                       保证金档位="高级档" if premium else "标准档"):
            return
        d["dep_t"] = t_d
        months = float(rng.exponential(1 / 0.014))
        d["end"] = t_d + D(days=30.4 * months)
        if rng.random() < 0.05:
            self.fb(d, t_d + D(days=float(rng.uniform(3, 40))), ["am_praise"], "call_note")

    # ---------- auction lots ----------
    def lots(self):
        self.pool = {}
        for r in REGIONS:
            ds = [d for d in self.d if d["region"] == r and d["dep_t"] is not None]
            for i, d in enumerate(ds):
                d["pool_i"] = i
            self.pool[r] = (ds, np.array([d["dep_t"].timestamp() for d in ds]),
                            np.array([d["end"].timestamp() for d in ds]), np.array([d["act"] for d in ds]))
        plan = []
        for y, m in month_starts():
            m0 = datetime(y, m, 1)
            m1 = datetime(y + (m == 12), m % 12 + 1, 1)
            mid = (m0 + D(days=15)).timestamp()
            for r, (ds, dep, end, act) in self.pool.items():
                lam = float(act[(dep <= mid) & (end > mid)].sum()) * LOTS_PER_ACT * season(y, m)
                n = int(rng.poisson(lam)) if lam > 0 else 0
                for _ in range(n):
                    plan.append((m0 + D(seconds=float(rng.uniform(0, (m1 - m0).total_seconds()))), r))
        plan.sort()
        for t0, r in plan:
            self.lot(t0, r)

    def set_end(self, d, t):
        d["end"] = min(d["end"], t)
        self.pool[d["region"]][2][d["pool_i"]] = d["end"].timestamp()

    def lot(self, t0, r):
        hour = t0.replace(hour=int(rng.choice([10, 14, 20])), minute=0, second=0)
        t_list = hour - D(days=float(rng.uniform(1, 3)))
        t_end = hour
        if t_end > END or t_end < START:
            return
        ds, dep, end, acts = self.pool[r]
        ok = np.nonzero((dep <= t_list.timestamp()) & (end > t_end.timestamp()))[0]
        if len(ok) == 0:
            return
        act = [ds[int(i)] for i in ok]
        self.n_lot += 1
        sid = f"L{self.n_lot:06d}"
        brand = pick(list(BRANDS), BRAND_MIX[r])
        bz, base, models, p_ev, p_hev = BRANDS[brand]
        u = rng.random()
        power = "ev" if u < p_ev else ("hev" if u < p_ev + p_hev else "ice")
        year = int(rng.integers(2015, 2024))
        age = 2025 - year
        mileage = int(max(3000, age * rng.uniform(9000, 22000)))
        grade = pick(list(GRADES), [g[0] for g in GRADES.values()])
        if r in SEA:
            partner = "AutoCheck SG" if r == "Singapore" else "MyInspect"
        elif r in ("Shanghai", "Jiangsu-Zhejiang"):
            partner = "YouCheJian" if rng.random() < 0.4 else "CheJianTong"
        else:
            partner = "CheJianTong"
        reg = REGIONS[r]
        value = base * reg[6] * (0.89 ** (age - 3)) * GRADES[grade][1] * float(rng.lognormal(0, 0.12))
        hammer = float(max(8000, round(value / 100) * 100))
        start_price = float(round(hammer * rng.uniform(0.6, 0.8) / 100) * 100)
        common = dict(vehicle_brand=brand, 品牌=bz, vehicle_model=str(rng.choice(models)), model_year=year,
                      powertrain=power, 动力类型=POWER_ZH[power], mileage_km=mileage, grade=grade, 车况等级=grade,
                      inspection_partner=partner, 检测机构=PARTNERS[partner], region=r, 区域=reg[0],
                      start_price=start_price)
        w = acts[ok]
        n_view = min(len(act), 1 + int(rng.poisson(3.2)))
        viewers = [act[int(i)] for i in rng.choice(len(act), size=n_view, replace=False, p=w / w.sum())]
        bidders = []
        dur = (t_end - t_list).total_seconds()
        for d in viewers:
            tb = t_list + D(seconds=float(rng.uniform(0, dur * 0.85)))
            self.ev(d, tb, "tp_browse", sid, "view", common)
            rep = rng.random() < 0.62
            if rep:
                self.ev(d, tb + D(minutes=float(rng.uniform(1, 25))), "tp_report", sid, "view", common)
            if rng.random() < (0.8 if rep else 0.3):
                bidders.append((d, tb))
        if not bidders:
            return
        wb = np.array([d["act"] * rng.uniform(0.5, 1.5) for d, _ in bidders])
        win_i = int(np.argmax(wb))
        for i, (d, tb) in enumerate(bidders):
            n_b = int(rng.integers(1, 4))
            top = hammer if i == win_i else hammer - 100 * int(rng.integers(1, 30))
            top = max(start_price, top)
            tbs = sorted(float(x) for x in rng.uniform((tb - t_list).total_seconds() + 600, dur, size=n_b))
            for j, s in enumerate(tbs):
                amt = top if j == n_b - 1 else round((start_price + (top - start_price) * (j + 1) / n_b) / 100) * 100
                self.ev(d, t_list + D(seconds=s), "tp_bid", sid, "bid", common, bid_amount=float(amt))
        d = bidders[win_i][0]
        self.ev(d, t_end, "tp_win", sid, "won", common, hammer_price=hammer)
        d["wins"] += 1
        d["last_win"] = t_end
        self.deal(d, sid, t_end, hammer, common)

    def deal(self, d, sid, t_end, hammer, common):
        r = common["region"]
        reg = REGIONS[r]
        fee = 1200.0 if hammer < 50000 else 1800.0 if hammer < 100000 else 2800.0 if hammer < 200000 else \
            float(round(hammer * 0.015))
        self.n_ord += 1
        order = dict(order_id=f"O{self.n_ord:06d}", customer_id=d["customer_id"], ts=ts(t_end), status="paid",
                     channel="web" if d["device"] == "pc" else "app", device=d["device"], lot_id=sid,
                     hammer_price=hammer, buyer_fee=fee, transport_fee=0.0, region=r, 区域=reg[0],
                     vehicle_brand=common["vehicle_brand"], 品牌=common["品牌"], vehicle_model=common["vehicle_model"],
                     model_year=common["model_year"], powertrain=common["powertrain"], currency="CNY",
                     local_currency=reg[4])
        self.orders.append(order)
        p_def = DTYPES[d["dtype"]][4] * (2.0 if (t_end - d["dep_t"]).days < 30 else 1.0)
        if rng.random() < p_def:
            t_c = t_end + D(hours=48)
            forfeit = 5000 if d["premium"] else 2000
            self.ev(d, t_c, "tp_default", sid, "overdue", common, deposit_forfeit=float(forfeit))
            order.update(status="cancelled", cancelled_at=ts(t_c) if t_c <= END else None)
            self.finish(order)
            if rng.random() < 0.15:
                self.fb(d, t_c + D(days=1), ["fee_high"], "call_note", common=common, sid=sid)
            return
        t_pay = t_end + D(hours=float(min(46, rng.lognormal(np.log(5), 0.9))))
        if t_pay > END:
            order.update(status="pending")
            self.finish(order)
            return
        method = pick(*PAY_METHODS[reg[4]])
        if r in SEA:
            carrier = pick(["platform", "self"], [0.62, 0.38])
        else:
            carrier = pick(["platform", "speedhaul", "self"], [0.48, 0.32, 0.20])
        km = 0.0 if carrier == "self" else float(round(rng.uniform(5, 40) if r == "Singapore" else
                                                       rng.uniform(20, 420) if r == "Malaysia" else
                                                       rng.uniform(15, 650)))
        tfee = 0.0 if carrier == "self" else (963.0 if r == "Singapore" else     # SGD 180 flat
                                               float(round(300 + (2.4 if carrier == "platform" else 1.9) * km)))
        order.update(transport_fee=tfee, carrier=carrier, 物流方式=CARRIERS[carrier], paid_at=ts(t_pay))
        common = dict(common, carrier=carrier, 物流方式=CARRIERS[carrier])
        self.ev(d, t_pay, "tp_pay", sid, "paid", common, payment_method=method,
                amount=round(hammer + fee + tfee, 2))
        jam = CNY_JAM[0] <= t_pay < CNY_JAM[1]
        med = {"platform": 13, "speedhaul": 78 if jam else 21, "self": 30}[carrier]
        wait = float(rng.lognormal(np.log(med), 0.45))
        t_p = t_pay + D(hours=wait)
        self.finish(order)
        if not self.ev(d, t_p, "tp_pickup", sid, "picked_up", common, wait_hours=round(wait, 1), transport_km=km):
            return
        t_dl = t_p + D(hours=float(km / 45 + rng.uniform(1, 8) + (6 if carrier == "speedhaul" else 0)))
        # ---- what the dealer finds at delivery
        power, partner, brand = common["powertrain"], common["inspection_partner"], common["vehicle_brand"]
        flood_w = TYPHOON[0] <= t_end < TYPHOON[1] and r == "Guangdong"
        p = {"accident": 0.085 if partner == "YouCheJian" else 0.02, "mileage": 0.012,
             "flood": 0.24 if flood_w else 0.006,
             "battery": 0.0 if power != "ev" else ((0.17 if brand == "Tesla" else 0.07) if t_end.year == 2025
                                                   else 0.05),
             "paint": 0.035, "docs_keys": 0.01}
        disc = None
        for k, pk in p.items():
            if rng.random() < pk:
                disc = k
                break
        kw = dict(inspection_result="discrepancy" if disc else "accepted", 验车结果="车况不符" if disc else "验收通过")
        if disc:
            kw.update(discrepancy_type=disc, 差异类型=DISC[disc])
        if not self.ev(d, t_dl, "tp_delivery", sid, "discrepancy" if disc else "accepted", common, **kw):
            return
        topics, good = [], []
        if carrier != "self" and wait > 48:
            if rng.random() < 0.6:
                topics.append("slow_pickup")
            if rng.random() < 0.2:
                self.fb(d, t_p + D(hours=float(rng.uniform(0, 6))), ["slow_pickup"], "call_note", common=common,
                        sid=sid)
        t_last = t_dl
        arb = None
        if disc and rng.random() < (0.4 if disc == "paint" else 0.7 if disc == "docs_keys" else 0.9):
            t_s = t_dl + D(hours=float(rng.uniform(1, 40)))
            if self.ev(d, t_s, "tp_dispute", sid, "opened", common, dispute_type=disc, 差异类型=DISC[disc]):
                if disc in ("flood", "battery", "accident", "mileage"):
                    topics.insert(0, disc)
                if disc in ("flood", "battery", "accident", "mileage") and rng.random() < 0.55:
                    self.fb(d, t_s + D(minutes=10), [disc], "ticket", common=common, sid=sid, tp="tp_dispute")
                med_d = {"flood": 13, "battery": 8, "accident": 6, "mileage": 7, "paint": 3, "docs_keys": 4}[disc]
                days = float(rng.lognormal(np.log(med_d * (0.7 if r == "Singapore" else 1.0)), 0.4))
                t_a = t_s + D(days=days)
                arb = pick(list(ARB), {"flood": [0.35, 0.5, 0.15], "paint": [0.5, 0.05, 0.45]}.get(
                    disc, [0.5, 0.2, 0.3]))
                comp = float(round(hammer * rng.uniform(0.03, 0.12) / 100) * 100) if arb == "compensation" else 0.0
                if self.ev(d, t_a, "tp_arbitration", sid, arb, common, dispute_type=disc, 差异类型=DISC[disc],
                           arbitration_result=arb, 仲裁结果=ARB[arb], compensation_amount=comp):
                    t_last = t_a
                    if arb == "unwind":
                        order.update(status="refunded", refunded_at=ts(t_a))
                    if arb == "rejected":
                        d["lost_arb"] = True
                        if rng.random() < 0.3:
                            self.set_end(d, t_a + D(days=float(rng.uniform(3, 30))))
                    if days > 12 and rng.random() < 0.35:
                        self.fb(d, t_a + D(hours=float(rng.uniform(1, 30))), ["arb_slow"], "call_note",
                                common=common, sid=sid)
                else:
                    arb = "open"
        elif not disc and rng.random() < 0.2:
            good.append("report_good")
        if rng.random() < 0.04:
            topics.append("fee_high")
        # ---- rating in the app
        if rng.random() < 0.38:
            t_r = t_last + D(hours=float(rng.uniform(2, 72)))
            stars = rng.normal(4.5 if not disc else 3.3, 0.55)
            if disc and arb:
                stars = rng.normal({"compensation": 3.0, "unwind": 2.6, "rejected": 1.4, "open": 2.0}[arb], 0.6)
            if "slow_pickup" in topics:
                stars -= 1.4
            if "fee_high" in topics:
                stars -= 0.8
            stars = float(min(5, max(1, round(stars))))
            if self.ev(d, t_r, "tp_rate", sid, "rate", common, stars=stars):
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                self.fb(d, t_r, topics + good, "app_review", rating=stars, common=common, gen=gen, sid=sid)
        # ---- group chats / WhatsApp (pasted by the account managers, often without a date)
        if (topics or good) and rng.random() < 0.09:
            ch = "whatsapp" if r in SEA else "wechat_group"
            self.fb(d, t_last + D(hours=float(rng.uniform(1, 48))), topics or good, ch, common=common, sid=sid,
                    undated=(ch == "wechat_group" or rng.random() < 0.5))

    def finish(self, order):
        amt = order["hammer_price"] + order["buyer_fee"] + order["transport_fee"]
        order["amount"] = round(amt, 2)
        cur = order["local_currency"]
        rate = next(v[5] for v in REGIONS.values() if v[4] == cur)
        order["amount_local"] = round(amt / rate, 2)

    def churn(self):
        for d in self.d:
            if d["dep_t"] is None or d["end"] > END:
                continue
            t = max(d["end"], (d["last_win"] or d["dep_t"]) + D(days=7))
            if self.ev(d, t, "tp_deposit_refund", None, "withdrawn",
                       deposit_amount=50000 if d["premium"] else 20000,
                       refund_reason="lost_arbitration" if d["lost_arb"] and rng.random() < 0.7 else "inactive"):
                d["churned"] = t
                if d["lost_arb"] and rng.random() < 0.3:
                    self.fb(d, t, ["arb_slow"] if rng.random() < 0.3 else [], "call_note", gen="neg")

    def surveys(self):
        for y, m in ((2024, 3), (2024, 6), (2024, 9), (2024, 12), (2025, 3), (2025, 6), (2025, 9), (2025, 12)):
            t = datetime(y, m, 20, 10)
            for d in self.d:
                if d["dep_t"] is None or d["dep_t"] > t or d["end"] < t or rng.random() > 0.1:
                    continue
                base = 8.2 - (2.6 if d["lost_arb"] else 0) - (1.2 if d["region"] == "Malaysia" else 0)
                nps = int(np.clip(round(rng.normal(base, 1.6)), 0, 10))
                topics = []
                if d["region"] == "Malaysia" and rng.random() < 0.15:
                    topics = ["kyc_slow"]
                elif rng.random() < 0.08:
                    topics = ["fee_high"]
                elif nps >= 9 and rng.random() < 0.12:
                    topics = ["am_praise"]
                self.fb(d, t + D(hours=float(rng.uniform(0, 96))), topics, "survey", nps=nps,
                        gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))

    def am_praise(self):
        """周婷 (Jiangsu-Zhejiang) is the account manager dealers keep thanking."""
        for d in self.d:
            if d["am"] == "周婷" and d["dep_t"] is not None and rng.random() < 0.16:
                self.fb(d, d["dep_t"] + D(days=float(rng.uniform(5, 200))), ["am_praise"],
                        pick(["call_note", "wechat_group"], [0.6, 0.4]), undated=rng.random() < 0.3)

    def customer_rows(self):
        rows = []
        for d in self.d:
            n = d["wins"]
            tier = "platinum" if n >= 40 else "gold" if n >= 15 else "silver" if n >= 5 else "standard"
            if d["dep_t"] is None:
                seg = "prospect"
            elif d.get("churned"):
                seg = "churned"
            elif d["dep_t"] >= datetime(2025, 10, 1):
                seg = "new"
            elif d["last_win"] is not None and d["last_win"] >= datetime(2025, 10, 2):
                seg = "active"
            else:
                seg = "dormant"
            rows.append(dict(customer_id=d["customer_id"], signup_at=ts(d["reg"]), segment=seg, region=d["region"],
                             区域=REGIONS[d["region"]][0], acquisition_channel=d["channel"],
                             获客渠道=CHANNELS[d["channel"]][0], tier=tier, 等级=TIERS[tier], dealer_type=d["dtype"],
                             车商类型=DTYPES[d["dtype"]][0], dealer_name=d["name"], account_manager=d["am"],
                             kyc_status=d["kyc"], deposit_level=None if d["dep_t"] is None else (
                                 "premium" if d["premium"] else "standard"),
                             preferred_language="en" if d["en_share"] > 0.5 else "zh", device=d["device"]))
        return rows

    def run(self):
        self.dealers()
        self.lots()
        self.churn()
        self.surveys()
        self.am_praise()


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        known = set(cols)
        for r in rows:
            assert known.issuperset(r), set(r) - known
            w.writerow([r.get(k) for k in cols])             # None is written as an empty field


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "region",
           "区域", "vehicle_brand", "品牌", "vehicle_model", "model_year", "powertrain", "动力类型", "mileage_km", "grade",
           "车况等级", "inspection_partner", "检测机构", "start_price", "bid_amount", "hammer_price", "round",
           "review_hours", "reject_reason", "驳回原因", "deposit_amount", "deposit_level", "保证金档位", "deposit_forfeit",
           "payment_method", "amount", "carrier", "物流方式", "wait_hours", "transport_km", "inspection_result",
           "验车结果", "discrepancy_type", "dispute_type", "差异类型", "arbitration_result", "仲裁结果",
           "compensation_amount", "stars", "refund_reason"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "lot_id", "hammer_price",
            "buyer_fee", "transport_fee", "region", "区域", "vehicle_brand", "品牌", "vehicle_model", "model_year",
            "powertrain", "carrier", "物流方式", "paid_at", "cancelled_at", "refunded_at", "currency", "local_currency",
            "amount_local"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "lot_id", "region", "区域", "vehicle_brand", "品牌", "carrier", "物流方式", "account_manager"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "区域", "acquisition_channel", "获客渠道", "tier", "等级",
             "dealer_type", "车商类型", "dealer_name", "account_manager", "kyc_status", "deposit_level",
             "preferred_language", "device"]


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
    dup = rng.choice(len(ev), size=24, replace=False)             # the app tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"dealers {len(g.d)}, lots {g.n_lot}, events {len(ev)}, orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
