"""稳驰汽车金融 SteadyDrive Auto Finance: a used-car auto-loan lender working through partner car dealers in six
inland Chinese cities (synthetic, written blind).

A buyer applies for a loan either at one of our 12 partner used-car dealers (车商进件, the dealer's finance staff key
it in on our dealer pad app) or online (线上申请, our app / WeChat mini program, often after a pre-qualification check
额度预估). We pull the PBOC credit report (征信查询), decide (审批结果: approved / conditional 附条件通过 (raise the down
payment) / rejected with a reason 拒绝原因), the buyer signs the contract (签约: face-to-face at the dealer 面签 or
e-sign), a GPS unit is fitted and the lien registered (GPS安装及抵押登记), and we pay the loan to the dealer
(放款至车商), who then hands over the car. Borrowers repay monthly by auto-debit (月供还款, 代扣), may pay by hand
inside the 3-day grace period, otherwise the instalment goes overdue (逾期), collections call (催收电话: our own M1 / M2
teams or outsourced agencies) until the overdue instalment is repaid (逾期还款), or the loan is written off at 90+ days
past due. Borrowers can ask for an early-payoff quote (提前结清试算, with a penalty 违约金) and settle early
(提前结清). Customer-service hotline calls (客服热线) are logged too.

Data 2024-07-01 .. 2026-06-30 (extract taken 3 July 2026). Timestamps are Beijing time, naive.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders (one per loan contract), feedback and experiments as CSV
(DATA.md), plus OUTDIR/_truth/feedback_truth.csv (the generator's topic and sentiment per comment; not a DATA.md table).
Deterministic (seed 20260703), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260703
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 6, 30, 23, 59, 59)
VALUATION_BUG = (datetime(2025, 8, 1), datetime(2025, 9, 1))   # new car-valuation vendor undervalued cars
CCB_SWITCH = (datetime(2026, 1, 1), datetime(2026, 2, 1))      # CCB auto-debit channel migration: debits failed
FRAUD_DEALER_FROM = datetime(2025, 1, 1)                       # straw-buyer ring at 金盛二手车
EXPERIMENT = ("reminder_robocall", datetime(2025, 9, 28), datetime(2025, 10, 1), datetime(2026, 4, 1))

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_precheck", "额度预估", "Pre-qualification check", "awareness", "app", "digital", "线上增长组",
     "测额度|预审|额度测算|能贷多少|贷款计算器|pre-qualification|prequal|loan calculator|check my limit"),
    ("tp_dealer_apply", "车商进件", "Dealer application", "consideration", "store", "physical", "渠道管理部",
     "车商进件|店内申请|门店申请|车行办贷款|进件|dealer application|in-store application|dealer submission"),
    ("tp_online_apply", "线上申请", "Online application", "consideration", "app", "digital", "线上增长组",
     "APP申请|小程序申请|网上申请|自助申请|online application|apply in app|apply online"),
    ("tp_credit_check", "征信查询", "Credit check", "purchase", "other", "digital", "风控部",
     "查征信|征信|人行征信|信用报告|征信授权|credit check|credit report|bureau check|credit pull"),
    ("tp_decision", "审批结果", "Credit decision", "purchase", "other", "digital", "风控部",
     "审批|审核|批核|通过率|拒贷|被拒|approval|decision|underwriting|credit decision|rejection"),
    ("tp_contract", "签约", "Contract signing", "purchase", "store", "physical", "运营部",
     "签合同|面签|电子签约|签约|contract|signing|e-sign"),
    ("tp_gps_install", "GPS安装及抵押登记", "GPS install & lien registration", "purchase", "other", "physical", "运营部",
     "装GPS|GPS|抵押登记|上牌抵押|lien registration|GPS install|lien"),
    ("tp_disbursement", "放款至车商", "Disbursement to dealer", "purchase", "other", "digital", "资金部",
     "放款|打款给车商|出款|放款到账|disbursement|payout to dealer|funding|loan paid out"),
    ("tp_repayment", "月供还款", "Monthly repayment", "service", "app", "digital", "贷后管理部",
     "还款|月供|代扣|自动扣款|扣款|repayment|instalment|installment|monthly payment|auto-debit"),
    ("tp_overdue", "逾期", "Overdue", "service", "other", "digital", "贷后管理部",
     "逾期|违约|拖欠|M1|delinquency|past due|overdue|late payment|missed payment"),
    ("tp_collection_call", "催收电话", "Collection call", "service", "phone", "digital", "催收部",
     "催收|催款电话|电催|催收员|爆通讯录|collection call|collector|dunning call|debt collection"),
    ("tp_late_repay", "逾期还款", "Overdue repayment", "service", "app", "digital", "贷后管理部",
     "还逾期|补还|逾期结清|结清逾期|cured|late repayment|catch-up payment"),
    ("tp_payoff_quote", "提前结清试算", "Early payoff quote", "loyalty", "app", "digital", "贷后管理部",
     "提前还款申请|结清试算|违约金试算|提前还款|payoff quote|early repayment request|prepayment quote"),
    ("tp_payoff_settled", "提前结清", "Early payoff settled", "loyalty", "app", "digital", "贷后管理部",
     "提前结清|一次性还清|结清贷款|early payoff|paid off early|loan closed early|prepayment"),
    ("tp_service_call", "客服热线", "Customer service hotline", "service", "phone", "digital", "客服中心",
     "客服|400热线|打客服|热线|人工客服|hotline|customer service|call center"),
]

JOURNEYS = [  # id, zh, en, window, steps
    ("dealer_loan", "车商进件到放款", "Dealer application to disbursement", 30,
     ["tp_dealer_apply", "tp_credit_check", "tp_decision", "tp_contract", "tp_disbursement"]),
    ("online_loan", "线上申请到放款", "Online application to disbursement", 30,
     ["tp_online_apply", "tp_credit_check", "tp_decision", "tp_contract", "tp_disbursement"]),
    ("collections", "逾期催收回款", "Overdue to cured", 30, ["tp_overdue", "tp_collection_call", "tp_late_repay"]),
    ("early_payoff", "提前结清", "Early payoff", 14, ["tp_payoff_quote", "tp_payoff_settled"]),
]

CITIES = [("chengdu", "成都", 0.22), ("chongqing", "重庆", 0.20), ("xian", "西安", 0.15), ("zhengzhou", "郑州", 0.15),
          ("changsha", "长沙", 0.14), ("wuhan", "武汉", 0.14)]
CITY_ZH = {c[0]: c[1] for c in CITIES}
DEALERS = [  # id, city, zh, en, weight in city
    ("D01", "chengdu", "蓉城优车", "Rongcheng Youche", 0.68), ("D02", "chengdu", "锦江二手车行", "Jinjiang Used Cars", 0.32),
    ("D03", "chongqing", "山城车港", "Shancheng Auto Port", 0.5), ("D04", "chongqing", "渝信二手车", "Yuxin Used Cars", 0.5),
    ("D05", "xian", "长安车市", "Chang'an Car Market", 0.6), ("D06", "xian", "秦川优选", "Qinchuan Select", 0.4),
    ("D07", "zhengzhou", "金盛二手车", "Jinsheng Used Cars", 0.5),
    ("D08", "zhengzhou", "中原车城", "Zhongyuan Auto City", 0.5),
    ("D09", "changsha", "星城车汇", "Xingcheng Auto Hub", 0.55), ("D10", "changsha", "湘江二手车", "Xiangjiang Used Cars", 0.45),
    ("D11", "wuhan", "江城好车", "Jiangcheng Good Cars", 0.5), ("D12", "wuhan", "汉口车之家", "Hankou Car Home", 0.5),
]
DEALER = {d[0]: d for d in DEALERS}
ACQ = [  # id, zh, weight, share applying online, credit-score shift, authorisation rate online
    ("dealer_walkin", "车商到店", 0.42, 0.0, 10, 0.97),
    ("used_car_platform", "二手车平台线索", 0.15, 0.45, 0, 0.88),
    ("douyin_ads", "抖音信息流", 0.16, 1.0, -45, 0.74),
    ("baidu_search", "百度搜索", 0.09, 1.0, -10, 0.86),
    ("wechat_referral", "老客推荐", 0.10, 0.7, 20, 0.92),
    ("app_store", "应用商店", 0.08, 1.0, -5, 0.86),
]
ACQ_ZH = {a[0]: a[1] for a in ACQ}
GRADE_ZH = {"A": "A级（优质）", "B": "B级（良好）", "C": "C级（关注）", "D": "D级（高风险）"}
OCCUPATIONS = [("employee", "上班族", 0.38), ("self_employed", "个体户", 0.24), ("ride_hail_driver", "网约车司机", 0.14),
               ("business_owner", "企业主", 0.08), ("freelancer", "自由职业", 0.10), ("farmer", "务农", 0.06)]
OCC_ZH = {o[0]: o[1] for o in OCCUPATIONS}
BANKS = [("ICBC", "工商银行", 0.24), ("CCB", "建设银行", 0.22), ("ABC", "农业银行", 0.18), ("BOC", "中国银行", 0.10),
         ("CMB", "招商银行", 0.14), ("PSBC", "邮储银行", 0.12)]
BANK_ZH = {b[0]: b[1] for b in BANKS}
CARS = [  # brand, zh, weight, price range (k CNY)
    ("Volkswagen", "大众", 0.18, (45, 160)), ("Toyota", "丰田", 0.14, (55, 180)), ("Honda", "本田", 0.12, (50, 170)),
    ("Buick", "别克", 0.08, (40, 140)), ("Nissan", "日产", 0.07, (40, 130)), ("BYD", "比亚迪", 0.11, (45, 160)),
    ("BMW", "宝马", 0.07, (120, 320)), ("Mercedes-Benz", "奔驰", 0.06, (130, 350)), ("Haval", "哈弗", 0.09, (40, 110)),
    ("Geely", "吉利", 0.08, (35, 100)),
]
CAR_ZH = {c[0]: c[1] for c in CARS}
REJECT = {"credit_delinquency": "征信逾期记录", "high_dti": "负债率过高", "insufficient_income": "收入证明不足",
          "multi_lending": "多头借贷", "suspected_fraud": "疑似欺诈", "valuation_mismatch": "车辆估值不符"}
CANCEL = {"transfer_failed": "过户失败", "changed_mind": "客户反悔", "accident_car": "车辆有事故记录"}
TEAMS = {"inhouse_m1": "自营M1组", "inhouse_m2": "自营M2组", "agency_dingxin": "委外-鼎信", "agency_huicheng": "委外-汇诚"}
OUTCOME_ZH = {"promise_to_pay": "承诺还款", "no_answer": "未接通", "refused": "拒绝沟通", "paid_already": "已还款",
              "wrong_number": "号码错误"}
CALL_TOPICS = {"bill_query": "账单查询", "payoff_quote": "提前结清咨询", "fee_dispute": "费用异议", "change_card": "更换还款卡",
               "debit_issue": "扣款问题", "collection_complaint": "催收投诉"}
FAIL_REASON = {"insufficient_funds": "余额不足", "bank_channel_error": "银行通道异常", "card_frozen": "卡片状态异常"}
SEG_ZH = {"prospect": "潜在客户", "in_review": "审批中", "rejected": "被拒", "approved_no_loan": "批而未贷",
          "repaying": "还款中", "overdue": "逾期中", "settled": "已结清", "written_off": "已核销"}
LOAN_ZH = {"repaying": "还款中", "overdue": "逾期中", "settled_early": "提前结清", "matured": "正常结清",
           "written_off": "已核销", "cancelled": "已取消"}

# ---------------------------------------------------------------- feedback texts
# topic -> zh / en templates; a topic's marker words (see gold.py) appear in no other topic's template
T = {
    "collection_harass": {
        "zh": ["催收一天打十几个电话，上班时间也不停，太影响工作了",
               "我只晚了{d}天，催收就打给我的紧急联系人，还打到单位，这合规吗？",
               "催收员说话很难听，威胁要上门收车，我已经说了周五会还",
               "逾期才{d}天，催收把电话打到我爸妈那里去了，家里人都吓坏了",
               "晚上十点多还有催收电话，严重骚扰",
               "催收爆我通讯录，朋友同事都接到电话了，以后还怎么做人",
               "外包催收的人一直用不同号码打过来，拉黑都拉不完"],
        "en": ["Collection calls all day long, ten or more a day, even while I'm at work.",
               "I was {d} days late and your collector phoned my emergency contacts and my boss. Is that even legal?",
               "The collection agent was rude and threatened to repossess the car.",
               "Debt collectors called my parents after {d} days. My family was terrified.",
               "Collectors keep calling from different numbers late at night. This is harassment."],
    },
    "fee_complaint": {
        "zh": ["提前结清要收剩余本金{p}%的违约金，一算要{amt}元，签合同的时候根本没人说过这个费用",
               "想提前还清，结果试算出来违约金加手续费要{amt}元，这收费太坑了",
               "提前结清收费不透明，客户经理说没有违约金，APP上一算多了{amt}块费用",
               "才还了几个月想结清，违约金{amt}元，这个费率谁定的",
               "提前还款还要罚钱？{amt}元的违约金费用，以后再也不在你们这贷了"],
        "en": ["An early payoff fee of {p}% of the remaining principal ({amt} yuan)? Nobody mentioned it when I signed.",
               "Wanted to pay off the loan early, the quote added {amt} yuan in penalty fees. Ridiculous.",
               "Prepayment fee is {amt} yuan after only a few months of payments. Not transparent at all."],
    },
    "hidden_fee": {
        "zh": ["GPS安装费{gps}元、服务费{svc}元都是签完才知道的，车商根本没讲清楚",
               "贷款里塞了{svc}元服务费，还有GPS费，实际利率比说的高多了",
               "签约的时候一堆费用，GPS费、服务费、手续费，当时没人解释"],
        "en": ["GPS fee of {gps} yuan and a {svc} yuan service fee were added at signing without any explanation.",
               "The dealer rolled a {svc} yuan service fee into my loan. Hidden fees everywhere."],
    },
    "debit_fail": {
        "zh": ["卡里明明有钱，自动扣款失败，结果算我逾期，会不会上征信？",
               "{bank}的卡这个月扣款一直失败，我自己手动还了还是被记了逾期",
               "扣款没成功也没有短信提醒，过了几天就显示逾期了，这算谁的责任",
               "每月都是自动扣款，这次说银行通道问题扣款失败，逾期记录能不能撤销"],
        "en": ["Auto debit failed even though my card had enough balance, and now I'm marked overdue.",
               "The debit from my {bank_en} card failed this month. Not my fault, please remove the overdue mark.",
               "Your system said the debit failed because of a bank channel problem, yet I'm the one flagged late."],
    },
    "rejected": {
        "zh": ["申请被拒了，也不告诉我原因，我征信明明没问题", "车商说肯定能批下来，结果被拒，白跑一趟",
               "说我车辆估价不够，直接拒了，车商报的价明明没问题", "线上申请填了半天资料，最后拒了，连个理由都没有"],
        "en": ["Got rejected with no reason given. My credit is fine.",
               "Application rejected after the dealer promised it would go through. Wasted a whole afternoon.",
               "They rejected me saying the car's valuation was too low. The dealer's price was fair."],
    },
    "slow_pickup": {
        "zh": ["合同签了{d}天了还没放款，车商不让提车", "等了{d}天才提车，GPS装了好久，师傅一直约不上",
               "车商说钱没到账不能提车，一拖就是好几天"],
        "en": ["Signed {d} days ago and still can't pick up the car because the money hasn't reached the dealer.",
               "Waited {d} days to pick up my car, the GPS installer kept postponing."],
    },
    "insurance_bundle": {
        "zh": ["车商非要我买他们指定的保险才给办贷款，这不就是捆绑销售", "签约时被要求买一年的全险加盗抢保险，不买就不给放款"],
        "en": ["The dealer forced me to buy their insurance as a condition for the loan.",
               "Had to take the dealer's insurance package or no loan. Bundling like this should not be allowed."],
    },
    "fast_approval": {
        "zh": ["审批很快，一个小时就出结果了", "在车行等了不到半小时审批就下来了，效率很高", "审批速度没得说，当天就提了车"],
        "en": ["Approval came through in under an hour, impressive.", "Super quick approval right at the dealership.",
               "Got approved the same day and drove the car home."],
    },
    "cs_helpful": {
        "zh": ["客服很耐心，帮我把还款卡换好了", "打客服电话很快就接通了，问题当场解决", "人工客服态度很好，解释得很清楚"],
        "en": ["The hotline agent was patient and sorted out my card change in five minutes.",
               "Called the hotline, got through quickly and the problem was solved on the spot."],
    },
    "generic_pos": {
        "zh": ["整体流程挺顺利的，车商也很配合", "利率还可以，月供在能承受范围内", "APP还款很方便，账单一目了然",
               "第一次贷款买车，体验不错", "手续简单，资料准备好了很快就办完"],
        "en": ["Smooth process overall.", "Monthly payments are manageable and the app is easy to use.",
               "First car loan, good experience.", "Straightforward paperwork, done in a day."],
    },
    "generic_neu": {
        "zh": ["还行吧，手续有点多", "资料要准备挺多的，流程还算正常", "一般般，和别家差不多"],
        "en": ["It was okay, a bit of paperwork.", "Average, nothing special.", "Process was fine, just slow paperwork."],
    },
}
TOPIC_TP = {"collection_harass": "tp_collection_call", "fee_complaint": "tp_payoff_quote", "hidden_fee": "tp_contract",
            "debit_fail": "tp_repayment", "rejected": "tp_decision", "slow_pickup": "tp_disbursement",
            "insurance_bundle": "tp_contract", "fast_approval": "tp_decision", "cs_helpful": "tp_service_call"}
TOPIC_LABEL = {"hidden_fee": "fee_complaint"}  # hidden contract fees and payoff penalties are one topic: fees
NEG = {"collection_harass", "fee_complaint", "hidden_fee", "debit_fail", "rejected", "slow_pickup", "insurance_bundle"}
POS = {"fast_approval", "cs_helpful", "generic_pos"}


def pick(items, weights=None):
    if weights is None:
        return items[int(rng.integers(len(items)))]
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def at_hour(day: datetime, lo: float, hi: float) -> datetime:
    d0 = datetime(day.year, day.month, day.day)
    return d0 + D(hours=float(rng.uniform(lo, hi)))


def business(t: datetime, lo=9.0, hi=20.0) -> datetime:
    """move t into business hours (same day if possible, else next day)."""
    h = t.hour + t.minute / 60
    if h < lo:
        return at_hour(t, lo, lo + 1.5)
    if h > hi:
        return at_hour(t + D(days=1), lo, lo + 2)
    return t


def add_months(t: datetime, k: int, day: int) -> datetime:
    m = t.month - 1 + k
    return datetime(t.year + m // 12, m % 12 + 1, day)


def annuity(principal, apr, n):
    r = apr / 12
    return principal * r / (1 - (1 + r) ** -n)


def remaining(principal, apr, n, k):
    r = apr / 12
    p = annuity(principal, apr, n)
    return principal * (1 + r) ** k - p * ((1 + r) ** k - 1) / r


class Gen:
    def __init__(self):
        self.events, self.customers, self.orders, self.feedback, self.truth, self.exp = [], [], [], [], [], []
        self.n_ev = 0
        self.n_fb = 0
        self.loans = []  # (customer, app_id, loan dict)

    # ------------------------------------------------------------ helpers
    def ev(self, cust, t, tp, sess, action, device="", channel="", **extra):
        if t > END:
            return None
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=cust["customer_id"], ts=fmt(t), touchpoint_id=tp,
                   session_id=sess, action=action, device=device, channel=channel)
        row.update(extra)
        self.events.append(row)
        return row

    def fb(self, topic, t, cust, channel, lang=None, rating=None, nps=None, no_ts=False, anon=False, **extra):
        if t is not None and t > END:
            return
        lang = lang or ("en" if rng.random() < 0.15 else "zh")
        text = pick(T[topic][lang])
        text = text.format(d=extra.pop("d", int(rng.integers(2, 8))), p=extra.pop("p", 3),
                           amt=extra.pop("amt", int(rng.integers(1500, 6000))), gps=extra.pop("gps", 1580),
                           svc=extra.pop("svc", 2400), bank=extra.pop("bank", "建设银行"),
                           bank_en=extra.pop("bank_en", "CCB"))
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        tp = TOPIC_TP.get(topic, "")
        if topic in ("generic_pos", "generic_neu"):
            tp = "tp_disbursement" if channel == "survey" else ""
        city = cust.get("region", "") if cust else ""
        row = dict(feedback_id=fid, text=text, ts="" if (no_ts or t is None) else fmt(t),
                   customer_id="" if (anon or not cust) else cust["customer_id"], touchpoint_id=tp, channel=channel,
                   rating="" if rating is None else rating, nps="" if nps is None else nps, language=lang,
                   city=city, 城市=CITY_ZH.get(city, ""))
        row.update(extra)
        self.feedback.append(row)
        label = TOPIC_LABEL.get(topic, topic)
        if topic.startswith("generic"):
            label = ""
        sent = "negative" if topic in NEG else ("positive" if topic in POS else "neutral")
        self.truth.append(dict(feedback_id=fid, topics=label, sentiment=sent))

    def complaint_channel(self, weights=(0.4, 0.35, 0.1, 0.15)):
        return pick(["ticket", "social", "regulator", "app_review"], weights)

    def complain(self, topic, t, cust, **extra):
        ch = self.complaint_channel()
        rating = None
        no_ts = False
        platform = ""
        if ch == "app_review":
            rating = 1 if topic == "collection_harass" else int(pick([1, 2], [0.55, 0.45]))
            platform = pick(["app_store", "huawei_appgallery", "xiaomi_store"], [0.45, 0.35, 0.2])
        if ch == "social":
            platform = pick(["heimao", "weibo"], [0.7, 0.3])
            no_ts = rng.random() < 0.45
        self.fb(topic, t, cust, ch, rating=rating, no_ts=no_ts, platform=platform,
                platform_zh={"heimao": "黑猫投诉", "weibo": "微博", "app_store": "App Store",
                             "huawei_appgallery": "华为应用市场", "xiaomi_store": "小米应用商店"}.get(platform, ""),
                **extra)

    # ------------------------------------------------------------ customers & applications
    def run(self):
        months = []
        t = START
        i = 0
        season = {1: 1.15, 2: 0.6, 3: 0.95, 4: 1.0, 5: 1.0, 6: 0.95, 7: 0.95, 8: 1.0, 9: 1.05, 10: 1.1, 11: 1.0,
                  12: 1.15}
        while t <= END:
            months.append((t, int(rng.poisson((330 + 8 * i) * season[t.month]))))
            t = add_months(t, 1, 1)
            i += 1
        cid = 0
        app_no = 0
        for m0, n in months:
            m1 = add_months(m0, 1, 1)
            days = (m1 - m0).days
            for _ in range(n):
                cid += 1
                app_no += 1
                self.applicant(f"C{cid:06d}", f"AP{app_no:06d}", m0 + D(days=float(rng.uniform(0, days))))
            for _ in range(int(rng.poisson(115))):   # pre-qualification only, never applied
                cid += 1
                self.prospect(f"C{cid:06d}", m0 + D(days=float(rng.uniform(0, days))))
        self.repayments()
        self.hotline_background()
        self.experiment()

    def new_customer(self, cust_id, acq):
        city = pick([c[0] for c in CITIES], [c[2] for c in CITIES])
        occ = pick(OCCUPATIONS, [o[2] for o in OCCUPATIONS])
        bank = pick(BANKS, [b[2] for b in BANKS])
        score = int(np.clip(rng.normal(650 + acq[4], 68), 420, 880))
        grade = "A" if score >= 700 else "B" if score >= 640 else "C" if score >= 580 else "D"
        c = dict(customer_id=cust_id, signup_at="", segment="", 客户状态="", region=city, 城市=CITY_ZH[city],
                 acquisition_channel=acq[0], 获客渠道=acq[1], tier="", 风险等级="",
                 age_band=pick(["18-25", "26-35", "36-45", "46-55", "56+"], [0.14, 0.42, 0.27, 0.13, 0.04]),
                 gender=pick(["male", "female"], [0.72, 0.28]), occupation=occ[0], 职业=occ[1],
                 monthly_income_band=pick(["<5k", "5k-8k", "8k-15k", "15k+"], [0.2, 0.38, 0.3, 0.12]),
                 debit_bank=bank[0], 还款银行=bank[1], preferred_language="en" if rng.random() < 0.04 else "zh")
        c["_score"], c["_grade"] = score, grade
        return c

    def prospect(self, cust_id, t):
        acq = pick([a for a in ACQ if a[3] > 0], [a[2] for a in ACQ if a[3] > 0])
        c = self.new_customer(cust_id, acq)
        dev = pick(["ios", "android"], [0.42, 0.58])
        ch = pick(["app", "mini_program"], [0.6, 0.4])
        t = at_hour(t, 8, 23.5)
        c["signup_at"] = fmt(t)
        c["segment"] = "prospect"
        for k in range(int(pick([1, 2, 3], [0.7, 0.22, 0.08]))):
            self.ev(c, t + D(hours=float(rng.uniform(0, 72)) * k), "tp_precheck", "", "view", dev, ch,
                    estimated_limit=int(rng.integers(3, 25)) * 10000)
        self.customers.append(c)

    def applicant(self, cust_id, app_id, t):
        acq = pick(ACQ, [a[2] for a in ACQ])
        c = self.new_customer(cust_id, acq)
        online = rng.random() < acq[3]
        city = c["region"]
        ds = [d for d in DEALERS if d[1] == city]
        dealer = pick(ds, [d[4] for d in ds])
        car = pick(CARS, [x[2] for x in CARS])
        price = round(float(rng.uniform(*car[3])) * 1000, -2)
        car_age = int(rng.integers(1, 9))
        dxtra = dict(dealer_id=dealer[0], dealer=dealer[2], dealer_en=dealer[3], city=city, 城市=CITY_ZH[city])
        dev = pick(["ios", "android"], [0.42, 0.58])
        ch = pick(["app", "mini_program"], [0.6, 0.4])
        if online:
            t = at_hour(t, 7.5, 23.8)
            first = t
            if rng.random() < 0.7 and t - D(hours=120) > START:
                first = t - D(hours=float(rng.uniform(0.1, 120)))
                self.ev(c, first, "tp_precheck", "", "view", dev, ch, estimated_limit=int(rng.integers(3, 25)) * 10000)
            self.ev(c, t, "tp_online_apply", app_id, "submit", dev, ch, car_brand=car[0], 车辆品牌=car[1],
                    car_price=price, car_age_years=car_age, **dxtra)
            auth = rng.random() < acq[5]
            t_check = t + D(minutes=float(rng.uniform(2, 90)))
        else:
            t = at_hour(t, 9.5, 19.5)
            first = t
            self.ev(c, t, "tp_dealer_apply", app_id, "submit", "pad", "store", car_brand=car[0], 车辆品牌=car[1],
                    car_price=price, car_age_years=car_age, **dxtra)
            auth = rng.random() < 0.98
            t_check = t + D(minutes=float(rng.uniform(1, 15)))
        c["signup_at"] = fmt(first)
        self.customers.append(c)
        c["segment"] = "prospect"
        if not auth:
            return
        c["tier"], c["风险等级"] = c["_grade"], GRADE_ZH[c["_grade"]]
        self.ev(c, t_check, "tp_credit_check", app_id, "pulled", "", "system", credit_score=c["_score"],
                risk_grade=c["_grade"], 风险等级=GRADE_ZH[c["_grade"]], **dxtra)
        # ---- decision
        if online:
            t_dec = business(t_check + D(hours=float(rng.lognormal(np.log(16), 0.7))), 9, 21)
        else:
            t_dec = t_check + D(hours=float(rng.lognormal(np.log(1.3), 0.6)))
        c["segment"] = "in_review"
        if t_dec > END:
            return
        grade = c["_grade"]
        p_ok = {"A": 0.93, "B": 0.8, "C": 0.56, "D": 0.22}[grade]
        if online:
            p_ok *= 0.9
        if acq[0] == "douyin_ads":
            p_ok *= 0.85
        fraud = dealer[0] == "D07" and t_dec >= FRAUD_DEALER_FROM and rng.random() < 0.14
        if fraud:
            p_ok = 0.9     # straw buyers with good-looking papers
        ok = rng.random() < p_ok
        reason = None
        if ok and VALUATION_BUG[0] <= t_dec < VALUATION_BUG[1] and not fraud and rng.random() < 0.36:
            ok, reason = False, "valuation_mismatch"
        if not ok and reason is None:
            w = {"A": [0.05, 0.2, 0.15, 0.1, 0.25, 0.25], "B": [0.2, 0.28, 0.2, 0.16, 0.06, 0.1],
                 "C": [0.3, 0.27, 0.2, 0.15, 0.03, 0.05], "D": [0.42, 0.18, 0.1, 0.24, 0.03, 0.03]}[grade]
            reason = pick(list(REJECT), w)
        if not ok:
            self.ev(c, t_dec, "tp_decision", app_id, "rejected", "", "system", reject_reason=reason,
                    拒绝原因=REJECT[reason], risk_grade=grade, decision_mode="auto" if rng.random() < 0.6 else "manual",
                    **dxtra)
            c["segment"] = "rejected"
            if rng.random() < (0.06 if online else 0.035):
                self.complain("rejected", t_dec + D(hours=float(rng.uniform(0.5, 72))), c)
            return
        cond = rng.random() < {"A": 0.05, "B": 0.1, "C": 0.22, "D": 0.35}[grade]
        dp = float(rng.uniform(0.2, 0.4)) + (0.1 if cond else 0)
        loan_amt = round(price * (1 - dp), -2)
        term = int(pick([12, 24, 36], [0.18, 0.34, 0.48]))
        apr = round({"A": 0.099, "B": 0.129, "C": 0.159, "D": 0.185}[grade] + float(rng.uniform(-0.01, 0.01)), 4)
        hours = (t_dec - t_check).total_seconds() / 3600
        self.ev(c, t_dec, "tp_decision", app_id, "conditional" if cond else "approved", "", "system",
                risk_grade=grade, decision_mode="auto" if rng.random() < 0.6 else "manual",
                approved_amount=loan_amt, **dxtra)
        c["segment"] = "approved_no_loan"
        if not online and hours < 1.5 and rng.random() < 0.09:
            self.fb("fast_approval", t_dec + D(hours=float(rng.uniform(1, 48))), c,
                    pick(["app_review", "survey"], [0.4, 0.6]), rating=int(pick([4, 5], [0.3, 0.7])),
                    nps=None)
        # ---- contract
        p_sign = (0.6 if cond else 0.9) if not online else (0.45 if cond else 0.72)
        if fraud:
            p_sign = 0.97
        if rng.random() >= p_sign:
            return
        if online:
            t_sign = business(t_dec + D(days=float(rng.uniform(1, 12))), 9.5, 20)
            sign_method = pick(["e_sign", "face_to_face"], [0.55, 0.45])
        else:
            t_sign = business(t_dec + D(hours=float(rng.uniform(0.3, 40))), 9.5, 20)
            sign_method = pick(["face_to_face", "e_sign"], [0.85, 0.15])
        loan_id = app_id.replace("AP", "LN")
        gps_fee = int(pick([1280, 1580, 1980], [0.3, 0.45, 0.25]))
        svc_fee = round(loan_amt * float(rng.uniform(0.01, 0.035)), -1)
        pay = round(annuity(loan_amt, apr, term), 2)
        product = "low_down" if dp < 0.25 else "standard"
        lx = dict(loan_id=loan_id, loan_amount=loan_amt, term_months=term, apr=apr, down_payment=round(price - loan_amt),
                  monthly_payment=pay, car_brand=car[0], 车辆品牌=car[1], car_price=price, car_age_years=car_age)
        self.ev(c, t_sign, "tp_contract", app_id, "signed", dev if sign_method == "e_sign" else "pad",
                "app" if sign_method == "e_sign" else "store", sign_method=sign_method,
                签约方式="电子签约" if sign_method == "e_sign" else "面签", gps_fee=gps_fee, service_fee=svc_fee, **lx,
                **dxtra)
        if rng.random() < (0.05 if dealer[0] == "D07" else 0.012):
            self.complain("insurance_bundle", t_sign + D(days=float(rng.uniform(0, 20))), c, loan_id=loan_id,
                          dealer=dealer[2], dealer_en=dealer[3])
        hidden = rng.random() < 0.012
        # ---- GPS & disbursement, or cancellation
        order = dict(order_id=loan_id, customer_id=c["customer_id"], ts="", amount=loan_amt, status="",
                     channel="store" if not online else ch, device="pad" if not online else dev,
                     application_id=app_id, dealer_id=dealer[0], dealer=dealer[2], dealer_en=dealer[3], city=city,
                     城市=CITY_ZH[city], car_brand=car[0], 车辆品牌=car[1], car_price=price, car_age_years=car_age,
                     down_payment=round(price - loan_amt), term_months=term, apr=apr, monthly_payment=pay,
                     gps_fee=gps_fee, service_fee=svc_fee, product=product,
                     产品="低首付" if product == "low_down" else "标准贷", risk_grade=grade, contract_signed_at=fmt(t_sign),
                     loan_status="", 贷款状态="", cancel_reason="", 取消原因="", currency="CNY")
        cancel = rng.random() < (0.01 if fraud else 0.035)
        if cancel:
            t_c = business(t_sign + D(days=float(rng.uniform(0.5, 6))))
            if t_c > END:
                return
            r = pick(list(CANCEL), [0.52, 0.3, 0.18])
            order.update(ts=fmt(t_c), status="cancelled", loan_status="cancelled", 贷款状态=LOAN_ZH["cancelled"],
                         cancel_reason=r, 取消原因=CANCEL[r])
            self.orders.append(order)
            return
        if city == "xian":
            gap = float(rng.uniform(1.5, 5.5))
        else:
            gap = float(rng.uniform(0.15, 1.6))
        t_gps = business(t_sign + D(days=gap), 9, 18.5)
        vendor = {"xian": "秦安北斗"}.get(city, pick(["车联天下", "途强科技"]))
        self.ev(c, t_gps, "tp_gps_install", app_id, "installed", "", "store", gps_vendor=vendor, loan_id=loan_id,
                **dxtra)
        t_disb = business(t_gps + D(hours=float(rng.lognormal(np.log(4), 0.6))), 9, 17.5)
        if t_disb > END:
            return
        self.ev(c, t_disb, "tp_disbursement", app_id, "disbursed", "", "bank_transfer",
                disburse_bank=pick(["招商银行", "兴业银行"]), **lx, **dxtra)
        order.update(ts=fmt(t_disb), status="paid")
        self.orders.append(order)
        c["segment"] = "repaying"
        wait = (t_disb - t_sign).total_seconds() / 86400
        if hidden:
            self.complain("hidden_fee", t_sign + D(days=float(rng.uniform(1, 60))), c, gps=gps_fee, svc=int(svc_fee),
                          loan_id=loan_id, dealer=dealer[2], dealer_en=dealer[3])
        if rng.random() < (0.28 if wait > 3 else 0.01):
            self.fb("slow_pickup", t_disb + D(hours=float(rng.uniform(-20, 30))) if wait > 3 else
                    t_disb + D(hours=float(rng.uniform(2, 48))), c, pick(["ticket", "social"], [0.75, 0.25]),
                    d=max(2, int(round(wait))), loan_id=loan_id, dealer=dealer[2], dealer_en=dealer[3],
                    rating=None)
        # post-disbursement survey (some of the above topics were already said elsewhere)
        if rng.random() < 0.3:
            ts = t_disb + D(days=float(rng.uniform(1, 10)))
            fast = not online and hours < 1.5 and rng.random() < 0.12
            if fast:
                topic, rating, nps = "fast_approval", int(pick([4, 5], [0.3, 0.7])), int(pick([8, 9, 10], [0.2, 0.4, 0.4]))
            elif rng.random() < 0.72:
                topic, rating, nps = "generic_pos", int(pick([4, 5], [0.5, 0.5])), int(pick([7, 8, 9, 10], [0.15, 0.3, 0.3, 0.25]))
            else:
                topic, rating, nps = "generic_neu", int(pick([3, 4], [0.6, 0.4])), int(pick([5, 6, 7, 8], [0.25, 0.3, 0.3, 0.15]))
            if wait > 3 and rng.random() < 0.5:
                topic, rating, nps = "slow_pickup", int(pick([1, 2, 3], [0.3, 0.5, 0.2])), int(pick([0, 2, 4, 6], [0.2, 0.3, 0.3, 0.2]))
            self.fb(topic, ts, c, "survey", rating=rating, nps=nps, d=max(2, int(round(wait))), loan_id=loan_id,
                    dealer=dealer[2], dealer_en=dealer[3])
        bad = rng.random() < {"A": 0.005, "B": 0.015, "C": 0.04, "D": 0.08}[grade]
        first_default = None
        if fraud:
            bad, first_default = True, int(pick([1, 2], [0.8, 0.2]))
        elif bad:
            first_default = int(rng.integers(2, 14))
        late_prone = rng.random() < {"A": 0.05, "B": 0.12, "C": 0.22, "D": 0.3}[grade]
        self.loans.append(dict(c=c, app=app_id, loan_id=loan_id, t=t_disb, amount=loan_amt, apr=apr, term=term, pay=pay,
                               dealer=dealer, bad=bad, first_default=first_default, late_prone=late_prone,
                               order=order, grade=grade))

    # ------------------------------------------------------------ after disbursement
    def experiment(self):
        name, assigned, start, end = EXPERIMENT
        for L in self.loans:
            if L["t"] < assigned and L.get("active_at_exp"):
                self.exp.append(dict(experiment_id=name, variant=L["variant"], customer_id=L["c"]["customer_id"],
                                     assigned_at=fmt(assigned + D(hours=float(rng.uniform(9, 18)))),
                                     loan_id=L["loan_id"]))

    def repayments(self):
        name, assigned, x0, x1 = EXPERIMENT
        for L in self.loans:
            c, app, loan_id = L["c"], L["app"], L["loan_id"]
            day = min(L["t"].day, 28)
            city = c["region"]
            m1_team = "inhouse_m1" if city in ("chengdu", "xian", "changsha") else "agency_dingxin"
            L["variant"] = pick(["sms_only", "sms_plus_robocall"])
            status = "repaying"
            penalty_checked = False
            k = 0
            while True:
                k += 1
                if k > L["term"]:
                    status = "matured"
                    break
                due = add_months(L["t"], k, day)
                if due > END:
                    break
                if due >= assigned and not L.get("_exp_checked"):
                    L["_exp_checked"] = True
                    L["active_at_exp"] = L["t"] < assigned
                in_exp = L.get("active_at_exp") and x0 <= due < x1
                treat = in_exp and L["variant"] == "sms_plus_robocall"
                # early payoff quote (before this instalment)
                if k >= 4 and not (L["bad"] and k >= L["first_default"]):
                    hz = 0.017 if due < datetime(2026, 1, 1) else 0.034
                    if rng.random() < hz:
                        done = self.payoff(L, k - 1, due)
                        if done:
                            status = "settled_early"
                            break
                bank = c["debit_bank"]
                extra = dict(loan_id=loan_id, installment_no=k, due_date=due.strftime("%Y-%m-%d"),
                             installment_amount=L["pay"], debit_bank=bank, 扣款银行=BANK_ZH[bank])
                t_debit = at_hour(due, 6, 9.5)
                defaulted = L["bad"] and k >= L["first_default"]
                p_fail = 0.012 + (0.1 if L["late_prone"] else 0)
                if treat:
                    p_fail *= 0.8
                channel_bug = CCB_SWITCH[0] <= due < CCB_SWITCH[1] and bank == "CCB" and rng.random() < 0.42
                if defaulted:
                    fail, reason = True, "insufficient_funds"
                elif channel_bug:
                    fail, reason = True, "bank_channel_error"
                else:
                    fail = rng.random() < p_fail
                    reason = pick(["insufficient_funds", "card_frozen"], [0.85, 0.15])
                if not fail:
                    self.ev(c, t_debit, "tp_repayment", app, "debit_success", "", "auto_debit",
                            repay_amount=L["pay"], **extra)
                    continue
                self.ev(c, t_debit, "tp_repayment", app, "debit_failed", "", "auto_debit", fail_reason=reason,
                        失败原因=FAIL_REASON[reason], **extra)
                if channel_bug and rng.random() < 0.3:
                    self.hotline(c, app, t_debit + D(hours=float(rng.uniform(2, 70))), "debit_issue", loan_id)
                if defaulted:
                    p_manual = 0.0
                elif channel_bug:
                    p_manual = 0.5
                else:
                    p_manual = 0.5 if not L["late_prone"] else 0.4
                if treat and not defaulted:
                    p_manual += 0.15
                if rng.random() < p_manual:
                    tm = t_debit + D(hours=float(rng.uniform(3, 80)))
                    self.ev(c, tm, "tp_repayment", app, "manual_repay", pick(["ios", "android"]), "app",
                            repay_amount=L["pay"], **extra)
                    continue
                # ---- overdue after the 3-day grace period
                t_od = at_hour(due + D(days=4), 1, 3)
                self.ev(c, t_od, "tp_overdue", app, "overdue", "", "system", overdue_amount=L["pay"], grace_days=3,
                        **extra)
                if channel_bug and rng.random() < 0.5:
                    self.complain("debit_fail", t_od + D(hours=float(rng.uniform(2, 240))), c,
                                  bank=BANK_ZH[bank], bank_en=bank, loan_id=loan_id)
                elif not channel_bug and not defaulted and rng.random() < 0.015:
                    self.complain("debit_fail", t_od + D(hours=float(rng.uniform(2, 240))), c,
                                  bank=BANK_ZH[bank], bank_en=bank, loan_id=loan_id)
                if defaulted:
                    dpd = 10_000
                elif channel_bug:
                    dpd = int(rng.integers(1, 9))
                elif L["late_prone"]:
                    dpd = int(pick([int(rng.integers(1, 10)), int(rng.integers(10, 30)), int(rng.integers(30, 70))],
                                   [0.6, 0.3, 0.1]))
                else:
                    dpd = int(pick([int(rng.integers(1, 8)), int(rng.integers(8, 25))], [0.75, 0.25]))
                t_cure = due + D(days=3 + dpd) + D(hours=float(rng.uniform(9, 22)))
                ended = self.collect(L, k, t_od, t_cure, m1_team, extra, due)
                if defaulted:
                    status = "written_off" if ended else "overdue"
                    break
                if t_cure > END:
                    status = "overdue"
                    break
                self.ev(c, t_cure, "tp_late_repay", app, "repaid", pick(["ios", "android"]), "app",
                        days_past_due=dpd, repay_amount=round(L["pay"] * (1 + 0.0005 * dpd), 2), **extra)
            L["status"] = status
            o = L["order"]
            o["loan_status"], o["贷款状态"] = status, LOAN_ZH[status]
            seg = {"repaying": "repaying", "matured": "settled", "settled_early": "settled", "overdue": "overdue",
                   "written_off": "written_off"}[status]
            c["segment"] = seg

    def collect(self, L, k, t_od, t_cure, m1_team, extra, due):
        """collection calls from the overdue flag until the cure (or 90+ days -> written off). True if written off."""
        c, app = L["c"], L["app"]
        t = t_od + D(days=float(rng.uniform(0.1, 1.2)))
        complained = False
        woff = due + D(days=93)
        calls_by = {}
        while t < min(t_cure, woff) and t <= END:
            dpd = (t - due).days
            team = m1_team if dpd <= 30 else ("inhouse_m2" if dpd <= 60 else "agency_huicheng")
            agency = team.startswith("agency")
            hour_hi = 22.5 if team == "agency_dingxin" else 20.5
            ts = at_hour(t, 8.5, hour_hi)
            if ts >= t_cure:
                break
            contact = "emergency_contact" if rng.random() < {"agency_dingxin": 0.4, "agency_huicheng": 0.3}.get(
                team, 0.05) else "borrower"
            out = pick(list(OUTCOME_ZH), [0.35, 0.4, 0.1, 0.05, 0.1] if contact == "borrower" else [0.2, 0.5, 0.1, 0.05, 0.15])
            if out == "paid_already" and contact == "borrower":
                out = "promise_to_pay"
            self.ev(c, ts, "tp_collection_call", app, "call", "", "phone", collector_team=team, 催收团队=TEAMS[team],
                    contact_type=contact, call_outcome=out, 催收结果=OUTCOME_ZH[out],
                    call_seconds=int(rng.integers(5, 30)) if out in ("no_answer", "wrong_number") else int(rng.integers(40, 420)),
                    days_past_due=dpd, **extra)
            calls_by[team] = calls_by.get(team, 0) + (2 if contact == "emergency_contact" else 1)
            step = float(rng.uniform(0.3, 1.0)) if team == "agency_dingxin" else float(rng.uniform(1.0, 2.6)) if team == "inhouse_m1" else float(rng.uniform(1.5, 4))
            t = t + D(days=step)
        for team, n in calls_by.items():
            p = {"agency_dingxin": 0.045, "inhouse_m1": 0.004, "inhouse_m2": 0.006, "agency_huicheng": 0.012}[team] * n
            if not complained and rng.random() < min(p, 0.6):
                complained = True
                self.complain("collection_harass", t_od + D(days=float(rng.uniform(1, 12))), c, collector_team=team,
                              催收团队=TEAMS[team], loan_id=L["loan_id"], d=max(1, int(rng.integers(1, 6))))
                if rng.random() < 0.15:
                    self.hotline(c, app, t_od + D(days=float(rng.uniform(1, 10))), "collection_complaint", L["loan_id"])
        return L["bad"] and woff <= END and t_cure > woff

    def payoff(self, L, paid, due):
        c, app = L["c"], L["app"]
        t_q = at_hour(due - D(days=float(rng.uniform(3, 25))), 8, 23)
        rem = round(remaining(L["amount"], L["apr"], L["term"], paid), 2)
        rate = 0.03 if paid < 12 else 0.01
        pen = round(rem * rate, 2)
        self.ev(c, t_q, "tp_payoff_quote", app, "quoted", pick(["ios", "android"]), "app", loan_id=L["loan_id"],
                remaining_principal=rem, penalty_rate=rate, penalty_amount=pen, installments_paid=paid)
        if rng.random() < (0.2 if rate == 0.03 else 0.07):
            self.hotline(c, app, t_q + D(hours=float(rng.uniform(0.2, 48))), "payoff_quote", L["loan_id"])
        if rng.random() < (0.3 if rate == 0.03 else 0.05):
            self.complain("fee_complaint", t_q + D(hours=float(rng.uniform(0.5, 96))), c, p=int(rate * 100),
                          amt=int(pen), loan_id=L["loan_id"])
        if rng.random() < (0.45 if rate == 0.03 else 0.85):
            t_s = business(t_q + D(days=float(rng.uniform(0.2, 9))), 9, 21)
            if t_s > END or t_s > due:
                return False
            self.ev(c, t_s, "tp_payoff_settled", app, "settled", pick(["ios", "android"]), "app",
                    loan_id=L["loan_id"], remaining_principal=rem, penalty_rate=rate, penalty_amount=pen,
                    payoff_amount=round(rem + pen, 2), installments_paid=paid)
            return True
        return False

    def hotline(self, c, app, t, topic, loan_id=""):
        t = business(t, 8, 21)
        row = self.ev(c, t, "tp_service_call", app, "call", "", "phone", call_topic=topic, 来电类型=CALL_TOPICS[topic],
                      loan_id=loan_id, wait_seconds=int(rng.integers(5, 240)))
        if row and rng.random() < 0.04:
            self.fb("cs_helpful", t + D(hours=float(rng.uniform(0.1, 30))), c, pick(["app_review", "survey"], [0.5, 0.5]),
                    rating=int(pick([4, 5], [0.3, 0.7])), loan_id=loan_id)

    def hotline_background(self):
        for L in self.loans:
            months = max(1, min(36, (END - L["t"]).days // 30))
            for _ in range(int(rng.poisson(0.05 * months))):
                t = L["t"] + D(days=float(rng.uniform(1, months * 30)))
                topic = pick(["bill_query", "payoff_quote", "fee_dispute", "change_card", "debit_issue"],
                             [0.42, 0.18, 0.12, 0.18, 0.1])
                self.hotline(L["c"], L["app"], t, topic, L["loan_id"])
        # app-store reviews without a customer
        for _ in range(160):
            t = START + D(days=float(rng.uniform(0, (END - START).days)))
            topic = pick(["generic_pos", "generic_neu"], [0.6, 0.4])
            self.fb(topic, t, None, "app_review", rating=int(pick([3, 4, 5], [0.3, 0.35, 0.35])) if topic == "generic_pos"
                    else int(pick([2, 3], [0.3, 0.7])), platform="app_store", platform_zh="App Store")


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "dealer_id",
           "dealer", "dealer_en", "city", "城市", "loan_id", "estimated_limit", "car_brand", "车辆品牌", "car_price",
           "car_age_years", "credit_score", "risk_grade", "风险等级", "decision_mode", "reject_reason", "拒绝原因",
           "approved_amount", "loan_amount", "term_months", "apr", "down_payment", "monthly_payment", "sign_method",
           "签约方式", "gps_fee", "service_fee", "gps_vendor", "disburse_bank", "installment_no", "due_date",
           "installment_amount", "debit_bank", "扣款银行", "fail_reason", "失败原因", "repay_amount", "overdue_amount",
           "grace_days", "days_past_due", "collector_team", "催收团队", "contact_type", "call_outcome", "催收结果",
           "call_seconds", "remaining_principal", "penalty_rate", "penalty_amount", "payoff_amount",
           "installments_paid", "call_topic", "来电类型", "wait_seconds"]
CUST_COLS = ["customer_id", "signup_at", "segment", "客户状态", "region", "城市", "acquisition_channel", "获客渠道",
             "tier", "风险等级", "age_band", "gender", "occupation", "职业", "monthly_income_band", "debit_bank", "还款银行",
             "preferred_language"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "application_id", "dealer_id",
            "dealer", "dealer_en", "city", "城市", "car_brand", "车辆品牌", "car_price", "car_age_years", "down_payment",
            "term_months", "apr", "monthly_payment", "gps_fee", "service_fee", "product", "产品", "risk_grade",
            "contract_signed_at", "loan_status", "贷款状态", "cancel_reason", "取消原因", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "platform", "platform_zh", "loan_id", "dealer", "dealer_en", "city", "城市", "collector_team", "催收团队"]


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([r.get(k, "") for k in cols])


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    for c in g.customers:
        c["客户状态"] = SEG_ZH[c["segment"]]
    g.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    # the app re-sent a few events (exact duplicates, same event_id)
    dup_idx = rng.choice(len(g.events), 31, replace=False)
    events = g.events + [dict(g.events[i]) for i in dup_idx]
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    g.customers.sort(key=lambda r: r["customer_id"])
    g.orders.sort(key=lambda r: r["ts"])
    g.feedback.sort(key=lambda r: r["feedback_id"])
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write(out / "touchpoints.csv", tps, ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind",
                                         "owner", "aliases"])
    jr = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=i + 1,
               touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for i, tp in enumerate(j[4])]
    write(out / "journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customers, CUST_COLS)
    write(out / "events.csv", events, EV_COLS)
    write(out / "orders.csv", g.orders, ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "experiments.csv", g.exp, ["experiment_id", "variant", "customer_id", "assigned_at", "loan_id"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.customers)}, events {len(events)}, orders {len(g.orders)}, feedback {len(g.feedback)}, "
          f"experiments {len(g.exp)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
