"""咖啡角 BrewDesk: office coffee machine leasing and bean subscriptions for companies in Beijing, Shanghai,
Shenzhen and Singapore (synthetic, written blind).

A company (the customer is the client account, not an employee) hears of us through a trade show (展会), search
ads, LinkedIn, the WeChat official account, a coworking-space partner, a referral or a cold call. It either asks for a
free two-week trial machine (申请免费试用 → 试用机进场 → 试用回访) or asks for a quote (咨询报价 → 场地勘测, which may
find that a water line is needed). A proposal is sent (方案报价); the company signs a lease (签订租赁合同: plan Lite /
Standard / Premium, 12 or 24 months, 1-4 machines, a bean blend) or the deal is lost (丢单, with a reason). The
machine is installed (正式装机) and beans arrive every month (月度咖啡豆配送, by courier, on time or late). Each month
an invoice is issued (月度账单): lease fee, bean subscription and a usage-based overage when the office brews more
cups than the plan includes. Machines break down (故障报修: grinder jams, limescale, milk system, leaks, electronics),
a technician visits (技师上门; a part may have to be ordered and a second visit made), the ticket is closed (工单关闭).
Descaling visits (除垢保养) are included for Standard and Premium and charged for Lite. Invoices can be disputed
(账单异议). Sixty days before the end of a term the account manager sends a renewal notice (续约提醒); the company
renews (确认续约) or leaves (解约 / 不续约) and the machines are removed (撤机). Employees rate their drinks in the
BrewDesk app (员工APP饮品评分); office managers answer a quarterly NPS survey.

Data 2025-01-01 .. 2026-08-31 (extract taken 2026-09-03). Times are naive local time (Asia/Shanghai, Asia/Singapore).
Money: `amount` in CNY; Singapore accounts are billed in SGD (`currency`, `amount_local`; 1 SGD = 5.35 CNY).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topics and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260903), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260903
rng = np.random.default_rng(SEED)
T0 = datetime(2025, 1, 1)
TEND = datetime(2026, 8, 31, 23, 59, 59)
SGD = 5.35


def u(a, b):
    return float(rng.uniform(a, b))


def ri(a, b):
    return int(rng.integers(a, b + 1))


def chance(p):
    return bool(rng.random() < p)


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def pickd(d: dict):
    return pick(list(d), list(d.values()))


def dt(s: str) -> datetime:
    return datetime.fromisoformat(s)


def within(t, a, b):
    return dt(a) <= t < dt(b) + timedelta(days=1)


def biz(t: datetime, h0=9, h1=19) -> datetime:
    return t.replace(hour=ri(h0, h1 - 1), minute=ri(0, 59), second=ri(0, 59))


def later(t: datetime, d0: float, d1: float, h0=9, h1=19) -> datetime:
    x = biz(t + timedelta(days=u(d0, d1)), h0, h1)
    return x if x > t else t + timedelta(minutes=ri(20, 180))


def add_months(t: datetime, n: int) -> datetime:
    m = t.month - 1 + n
    y, m = t.year + m // 12, m % 12 + 1
    return t.replace(year=y, month=m, day=min(t.day, 28))


def month_start(t: datetime) -> datetime:
    return datetime(t.year, t.month, 1)


# ---------------------------------------------------------------- reference data
CITIES = {
    "Beijing": dict(zh="北京", w=.29, districts={"Chaoyang": "朝阳", "Haidian": "海淀", "Dongcheng": "东城"}),
    "Shanghai": dict(zh="上海", w=.35, districts={"Pudong": "浦东", "Jing'an": "静安", "Xuhui": "徐汇",
                                                  "Changning": "长宁"}),
    "Shenzhen": dict(zh="深圳", w=.22, districts={"Nanshan": "南山", "Futian": "福田", "Bao'an": "宝安"}),
    "Singapore": dict(zh="新加坡", w=.14, districts={"CBD": "中央商务区", "one-north": "纬壹科技城",
                                                     "Changi Business Park": "樟宜商业园"}),
}
CHANNELS = {  # acquisition channel: zh twin, weight, signing multiplier
    "trade_show": ("展会", .16, 1.30), "search_ads": ("搜索广告", .22, 0.55), "linkedin": ("领英", .12, 0.95),
    "wechat_oa": ("微信公众号", .14, 0.90), "coworking_partner": ("联合办公合作", .10, 1.10),
    "referral": ("老客户推荐", .14, 1.35), "outbound": ("电话陌拜", .12, 0.75),
}
INDUSTRIES = {"tech": ("互联网科技", .34), "finance": ("金融", .16), "consulting": ("咨询", .12),
              "manufacturing": ("制造", .12), "media": ("传媒广告", .10), "education": ("教育培训", .08),
              "coworking": ("联合办公", .08)}
HEADCOUNT = {"20-50": .30, "51-200": .38, "201-500": .21, "500+": .11}
PLANS = {  # per machine per month: lease CNY, lease SGD, included cups
    "lite": dict(zh="轻享版", lease=1800, lease_sgd=380, cups=1200),
    "standard": dict(zh="标准版", lease=3200, lease_sgd=680, cups=2500),
    "premium": dict(zh="尊享版", lease=5600, lease_sgd=1180, cups=4000),
}
MODELS = {"BD-One": "小咖一号 BD-One", "BaristaPro X": "BaristaPro X", "Milano Duo": "Milano Duo 双锅炉"}
BLENDS = {"house_espresso": ("经典意式拼配", 150, 32), "yunnan_baoshan": ("云南保山单品", 170, 36),
          "ethiopia_yirga": ("埃塞耶加雪菲", 240, 50)}
FAULTS = {"grinder_jam": "磨豆机卡豆", "limescale": "水垢堵塞", "milk_system": "奶路故障", "leak": "漏水",
          "electronics": "主板/屏幕故障", "no_power": "无法开机"}
LOST = {"price": "价格太高", "competitor": "选了别家", "budget_freeze": "预算冻结", "no_reply": "客户失联"}
CANCEL = {"price": "价格太高", "reliability": "机器老出故障", "office_move": "搬迁/远程办公", "competitor": "换了别家",
          "taste": "口味不满意"}
COURIERS = {"Beijing": "SF Express", "Shanghai": "SF Express", "Shenzhen": "SF Express", "Singapore": "Ninja Van"}
COURIER_ZH = {"SF Express": "顺丰", "JD Logistics": "京东物流", "KuaiDa Same-day": "快达同城", "Ninja Van": "Ninja Van"}
TECHS = {"Beijing": ["王建军", "刘洋", "张磊", "赵鹏"], "Shanghai": ["陈浩", "周杰", "吴斌", "徐亮"],
         "Shenzhen": ["黄伟", "林志强", "郑凯"], "Singapore": ["Ahmad R.", "Tan Wei Ming", "Raj K."]}
AMS = {"Beijing": ["孙悦", "李婷"], "Shanghai": ["王璐", "顾晨", "Emily Zhang"], "Shenzhen": ["何敏", "邓超"],
       "Singapore": ["Priya N.", "Marcus Lim"]}
DRINKS = {"latte": ("拿铁", .30), "americano": ("美式", .25), "flat_white": ("澳白", .12),
          "cappuccino": ("卡布奇诺", .13), "oat_latte": ("燕麦拿铁", .20)}

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad", "广告/展会触达", "Ad or expo touch", "awareness", "ads", "digital", "marketing",
     "广告|展会|投放|ad click|expo"),
    ("tp_trial_request", "申请免费试用", "Free trial request", "consideration", "web", "digital", "sales",
     "试用申请|免费试用|trial sign-up|trial request"),
    ("tp_trial_install", "试用机进场", "Trial machine delivered", "consideration", "other", "physical", "field_ops",
     "试用机|试机|trial machine|trial install"),
    ("tp_trial_review", "试用回访", "Trial review call", "consideration", "phone", "physical", "sales",
     "试用结束回访|trial debrief|trial review"),
    ("tp_enquiry", "咨询报价", "Quote enquiry", "consideration", "web", "digital", "sales",
     "询价|留资|enquiry|lead form"),
    ("tp_site_survey", "场地勘测", "Site survey", "consideration", "store", "physical", "field_ops",
     "勘测|看场地|踩点|site visit|survey"),
    ("tp_quote", "方案报价", "Proposal sent", "consideration", "email", "digital", "sales",
     "报价|方案|proposal|quote"),
    ("tp_quote_lost", "丢单", "Deal lost", "consideration", "other", "digital", "sales",
     "没签|丢单|lost deal|closed lost"),
    ("tp_contract_sign", "签订租赁合同", "Lease contract signed", "purchase", "other", "digital", "sales",
     "签约|签合同|成交|contract|signed|closed won"),
    ("tp_install", "正式装机", "Machine installation", "purchase", "store", "physical", "field_ops",
     "装机|安装|install|go-live"),
    ("tp_bean_delivery", "月度咖啡豆配送", "Monthly bean delivery", "service", "other", "physical", "logistics",
     "送豆|豆子配送|配送|bean drop|delivery"),
    ("tp_invoice", "月度账单", "Monthly invoice", "service", "email", "digital", "finance",
     "账单|对账单|invoice|bill|statement"),
    ("tp_billing_dispute", "账单异议", "Billing dispute", "service", "phone", "digital", "finance",
     "账单投诉|对账|billing query|dispute"),
    ("tp_breakdown", "故障报修", "Breakdown ticket", "service", "app", "digital", "service_desk",
     "报修|坏了|故障|repair ticket|breakdown|fault"),
    ("tp_tech_visit", "技师上门", "Technician visit", "service", "store", "physical", "field_ops",
     "上门维修|技师|师傅上门|engineer visit|callout"),
    ("tp_ticket_close", "工单关闭", "Ticket closed", "service", "app", "digital", "service_desk",
     "结单|关单|resolved|ticket closed"),
    ("tp_descale", "除垢保养", "Descaling service", "service", "store", "physical", "field_ops",
     "除垢|保养|清洗|descale|maintenance"),
    ("tp_app_rating", "员工APP饮品评分", "Employee app drink rating", "loyalty", "app", "digital", "product",
     "饮品评分|APP评分|drink rating|app rating"),
    ("tp_renewal_notice", "续约提醒", "Renewal notice", "loyalty", "email", "digital", "account_mgmt",
     "到期提醒|续约通知|renewal reminder"),
    ("tp_renewal", "确认续约", "Contract renewed", "loyalty", "other", "digital", "account_mgmt",
     "续约|续签|renewal|renewed"),
    ("tp_cancel", "解约/不续约", "Cancellation", "loyalty", "phone", "digital", "account_mgmt",
     "解约|退租|不续了|churn|cancel|termination"),
    ("tp_machine_removal", "撤机", "Machine removal", "loyalty", "store", "physical", "field_ops",
     "撤机|收回机器|pickup|removal"),
]
JOURNEYS = [
    ("trial_to_contract", "试用转签约", "Trial to contract", 45,
     ["tp_trial_request", "tp_trial_install", "tp_trial_review", "tp_quote", "tp_contract_sign"]),
    ("enquiry_to_contract", "询价到签约", "Enquiry to contract", 60,
     ["tp_enquiry", "tp_site_survey", "tp_quote", "tp_contract_sign"]),
    ("onboarding", "签约到首次送豆", "Contract to first delivery", 30,
     ["tp_contract_sign", "tp_install", "tp_bean_delivery"]),
    ("breakdown_repair", "报修到结单", "Breakdown to resolution", 7,
     ["tp_breakdown", "tp_tech_visit", "tp_ticket_close"]),
    ("renewal", "续约", "Renewal", 45, ["tp_renewal_notice", "tp_renewal"]),
]

# ---------------------------------------------------------------- feedback texts
# topic -> (zh templates, en templates); the markers (gold.py) are: 豆子晚到/beans arrived late, 磨豆机/grinder,
# 水垢/limescale, 等配件/waiting for parts, 响应太慢/slow response, 账单/invoice, 太酸/too sour, 燕麦奶/oat milk,
# 好喝/tastes great, 师傅/technician, 咖啡师/barista, 客户经理/account manager
TEXTS = {
    "beans_late": (["这个月豆子晚到了三天，周一早上全公司没咖啡喝", "豆子晚到，行政被同事追着问", "又是豆子晚到，快递说在路上",
                    "豆子晚到好几次了，能不能换个快递", "豆子晚到导致机器空了两天"],
                   ["Our beans arrived late again, the office ran dry on Monday", "beans arrived late for the 2nd month",
                    "The beans arrived late and nobody told us", "beans arrived late, please fix the courier"]),
    "grinder": (["磨豆机又卡住了，一天报修两次", "磨豆机卡豆，出来的全是水", "磨豆机声音很大然后就不出粉了",
                 "这台机器的磨豆机质量不行"],
                ["The grinder jammed again this week", "grinder keeps jamming, coffee comes out watery",
                 "grinder stopped working halfway through the morning rush"]),
    "limescale": (["机器里全是水垢，出水越来越慢", "水垢太严重了，咖啡有怪味", "北京水太硬，水垢堵了好几次",
                   "水垢把管路堵了"],
                  ["limescale blocked the machine again", "Lots of limescale, flow is really slow",
                   "limescale build-up makes the coffee taste odd"]),
    "parts_wait": (["机器坏了一直在等配件，快一周了", "说要等配件，结果等了十天", "等配件等得我们只能点外卖咖啡"],
                   ["Still waiting for parts, no coffee for over a week", "They said waiting for parts from Italy, 2 weeks now",
                    "waiting for parts again, very frustrating"]),
    "slow_response": (["报修后响应太慢，等了三天才有人来", "响应太慢了，报修两天没人理", "工单响应太慢，行政很崩溃"],
                      ["Very slow response after we logged the fault", "slow response, 3 days before anyone came",
                       "slow response to our repair ticket"]),
    "billing": (["这个月账单杯数算重复了，多扣了钱", "账单对不上，超杯费明显不对", "账单上的杯数比机器显示多一倍",
                 "财务说账单有问题要重开发票"],
                ["The invoice double counted our cups", "invoice shows twice the cups the machine reports",
                 "Overage on the invoice is wrong, please check", "we were overcharged on the invoice"]),
    "sour": (["云南豆做美式太酸了", "这批豆子太酸，同事不爱喝", "美式太酸，能换个深烘吗"],
             ["The americano is too sour", "beans are too sour for most of the team", "too sour, can we get a darker roast"]),
    "oat": (["燕麦奶打出来很稀，没奶泡", "燕麦奶味道太淡了", "燕麦奶拿铁像水一样"],
            ["oat milk is watery, no foam at all", "The oat milk latte tastes like water", "oat milk froth is thin"]),
    "tasty": (["咖啡很好喝，同事都说比楼下店强", "拿铁好喝", "今天的澳白好喝", "好喝，每天靠它续命", "豆子香，好喝"],
              ["Coffee tastes great", "tastes great, better than the cafe downstairs", "The flat white tastes great",
               "tastes great every time"]),
    "technician": (["维修师傅很专业，半小时就修好了", "师傅人很好，还教我们怎么清洗", "上门的师傅准时又耐心"],
                   ["The technician was very professional", "Friendly technician, fixed it in 30 minutes",
                    "great technician, explained everything"]),
    "barista": (["试用第一天来的咖啡师教得很细，大家都会用了", "咖啡师现场培训很有用", "咖啡师讲解了拉花，同事很喜欢"],
                ["The barista who came on day one was brilliant", "barista training made all the difference",
                 "loved the barista session, everyone learned the machine"]),
    "am": (["客户经理响应很快，有问题当天解决", "客户经理很专业，方案讲得清楚", "我们的客户经理非常靠谱"],
           ["Our account manager is super responsive", "account manager sorted everything quickly",
            "great account manager, very proactive"]),
    "neutral_pos": (["不错", "挺方便的", "整体满意", "没什么问题", "还可以，继续用"],
                    ["good", "convenient", "no complaints", "works fine", "happy overall"]),
    "neutral": (["一般般", "还行吧", "中规中矩", "凑合"], ["ok", "average", "it's fine I guess", "meh"]),
    "neutral_neg": (["这杯有点苦", "温度不够热", "今天排队好久", "口感一般，希望改进"],
                    ["a bit bitter today", "not hot enough", "long queue at the machine", "could be better"]),
}
NEGATIVE_TOPICS = {"beans_late", "grinder", "limescale", "parts_wait", "slow_response", "billing", "sour", "oat"}
POSITIVE_TOPICS = {"tasty", "technician", "barista", "am"}


class W:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.exp, self.customers = [], [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = 0

    def ev(self, c, ts, tp, session, action, device="", channel="", **kw):
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["id"], ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                   touchpoint_id=tp, session_id=session, action=action, device=device, channel=channel,
                   city=c["city"], 城市=CITIES[c["city"]]["zh"], account_manager=c["am"])
        row.update(kw)
        if ts <= TEND:
            self.events.append(row)
            return row
        return None

    def order(self, c, ts, order_type, local, status="paid", **kw):
        if ts > TEND:
            return None
        self.n_ord += 1
        sg = c["city"] == "Singapore"
        zh = {"lease_fee": "租金", "bean_subscription": "咖啡豆订阅", "usage_overage": "超杯费", "install_fee": "安装费",
              "descale_fee": "除垢费", "repair_charge": "维修费", "early_termination": "提前解约费"}[order_type]
        row = dict(order_id=f"ORD{self.n_ord:07d}", customer_id=c["id"], ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                   amount=round(local * (SGD if sg else 1), 2), status=status,
                   channel="bank_transfer" if chance(.8) else ("paynow" if sg else "alipay_business"),
                   device="", order_type=order_type, 订单类型=zh, currency="SGD" if sg else "CNY",
                   amount_local=round(local, 2), city=c["city"], 城市=CITIES[c["city"]]["zh"],
                   plan=c.get("plan", ""), 方案=PLANS[c["plan"]]["zh"] if c.get("plan") else "",
                   contract_id=c.get("contract", ""), machine_model=c.get("model", ""))
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, ts, tp, channel, topics, lang, rating=None, nps=None, customer=True, **kw):
        self.n_fb += 1
        parts = []
        for t in topics:
            zh, en = TEXTS[t]
            pool = zh if lang == "zh" else en
            parts.append(pool[ri(0, len(pool) - 1)])
        text = ("，" if lang == "zh" else ". ").join(parts)
        row = dict(feedback_id=f"FB{self.n_fb:06d}", text=text, ts=ts.strftime("%Y-%m-%d %H:%M:%S") if ts else "",
                   customer_id=c["id"] if customer else "", touchpoint_id=tp, channel=channel,
                   rating="" if rating is None else int(rating), nps="" if nps is None else int(nps), language=lang,
                   city=c["city"], 城市=CITIES[c["city"]]["zh"], plan=c.get("plan", ""),
                   machine_model=c.get("model", ""))
        row.update(kw)
        if ts is None or ts <= TEND:
            self.feedback.append(row)
            neg = any(t in NEGATIVE_TOPICS or t == "neutral_neg" for t in topics)
            pos = any(t in POSITIVE_TOPICS or t == "neutral_pos" for t in topics)
            sent = "negative" if neg and not pos else "positive" if pos and not neg else (
                "mixed" if pos and neg else "neutral")
            self.truth.append(dict(feedback_id=row["feedback_id"],
                                   topics="|".join(t for t in topics if not t.startswith("neutral")),
                                   sentiment=sent))


w = W()


def lang_of(c):
    return "en" if chance({"Singapore": .86, "Shanghai": .16, "Beijing": .05, "Shenzhen": .08}[c["city"]]) else "zh"


def rating_from(mean):
    return int(np.clip(round(rng.normal(mean, 0.75)), 1, 5))


# ---------------------------------------------------------------- the service life of a contract
def service(c, start: datetime, legacy=False, term_end=None):
    """monthly deliveries, invoices, breakdowns, descaling, renewals; returns nothing, fills w."""
    sg = c["city"] == "Singapore"
    plan, machines = c["plan"], c["machines"]
    p = PLANS[plan]
    blend_zh, kg_price, kg_price_sgd = BLENDS[c["blend"]]
    included = p["cups"] * machines
    kg = round(included * 0.011)
    term_end = term_end or add_months(start, c["term"])
    hard = c["city"] == "Beijing"
    stop = None  # removal date
    last_descale = start - timedelta(days=ri(0, 60)) if legacy else start
    c["breakdowns"] = []
    c["disputes"] = []
    c["late"] = []
    c["tickets"] = []
    dday = min(start.day, 28)
    ren = 0
    # month loop
    m = month_start(start)
    while m <= TEND and (stop is None or m < stop):
        m_next = add_months(m, 1)
        # renewal decision for a term ending soon
        notice = term_end - timedelta(days=60)
        if m <= notice < m_next:
            nb = sum(1 for b in c["breakdowns"] if b > term_end - timedelta(days=365))
            pr = {"premium": .86, "standard": .72, "lite": .58}[plan]
            pr -= .30 if nb >= 3 else 0
            pr -= .15 if c["disputes"] else 0
            ren += 1
            sess = f"RNW{c['id'][3:]}{ren}"
            nts = biz(notice)
            w.ev(c, nts, "tp_renewal_notice", sess, "sent", channel="email", plan=plan,
                 contract_id=c["contract"], term_end=term_end.date().isoformat(), breakdowns_last_term=nb)
            if chance(max(pr, .1)):
                rts = later(nts, 4, 40)
                w.ev(c, rts, "tp_renewal", sess, "renewed", channel="other", plan=plan, contract_id=c["contract"],
                     new_term_months=12)
                term_end = add_months(term_end, 12)
            else:
                reason = pick(list(CANCEL), [.30, .45 if nb >= 3 else .08, .20, .20, .12 if c["blend"] ==
                                             "yunnan_baoshan" else .05])
                cts = later(nts, 8, 50)
                w.ev(c, cts, "tp_cancel", sess, "not_renewed", channel="phone", plan=plan, contract_id=c["contract"],
                     cancel_reason=reason, 解约原因=CANCEL[reason])
                c["cancel"] = (cts, reason)
                stop = later(term_end, 1, 7)
                w.ev(c, stop, "tp_machine_removal", sess, "removed", plan=plan, contract_id=c["contract"],
                     machines=machines)
        # early termination (not in the last 3 months of a term)
        recent = sum(1 for b in c["breakdowns"] if m - timedelta(days=90) <= b < m)
        if stop is None and m > start and m < term_end - timedelta(days=90) and chance(.004 + (.03 if recent >= 2
                                                                                                else 0)):
            reason = "reliability" if recent >= 2 and chance(.7) else pick(list(CANCEL), [.3, .05, .4, .2, .05])
            cts = biz(m + timedelta(days=ri(0, 25)))
            if cts <= TEND:
                w.ev(c, cts, "tp_cancel", f"CXL{c['id'][3:]}", "early_termination", channel="phone", plan=plan,
                     contract_id=c["contract"], cancel_reason=reason, 解约原因=CANCEL[reason])
                left = max(1, (term_end - cts).days // 30)
                fee = round(left * (p["lease_sgd"] if sg else p["lease"]) * machines * 0.3, 2)
                w.order(c, cts + timedelta(hours=3), "early_termination", fee, months_remaining=left)
                c["cancel"] = (cts, reason)
                stop = later(cts, 3, 12)
                w.ev(c, stop, "tp_machine_removal", f"CXL{c['id'][3:]}", "removed", plan=plan,
                     contract_id=c["contract"], machines=machines)
        end_m = min(m_next, stop) if stop else m_next
        # ---- bean delivery
        dts = biz(m.replace(day=dday), 9, 18) if m > month_start(start) else start + timedelta(hours=ri(1, 5))
        if dts >= start and (stop is None or dts < stop) and dts <= TEND:
            courier = COURIERS[c["city"]]
            p_late = .06
            if c["city"] == "Shenzhen" and within(dts, "2026-03-01", "2026-05-31"):
                courier, p_late = "KuaiDa Same-day", .41
            late = chance(p_late)
            ld = ri(2, 5) if late else (1 if chance(.1) else 0)
            ats = biz(dts + timedelta(days=ld)) if ld else dts
            if ats <= TEND:
                row = w.ev(c, ats, "tp_bean_delivery", f"DLV{c['id'][3:]}{m:%y%m}", "delivered", channel="other",
                           courier=courier, 快递公司=COURIER_ZH[courier], bean_blend=c["blend"], 豆子=blend_zh, kg=kg,
                           scheduled_date=dts.date().isoformat(), late_days=ld, on_time="no" if late else "yes",
                           plan=plan, contract_id=c["contract"])
                if late:
                    c["late"].append(ats)
                if row and chance(.0045):
                    w.events.append(dict(row))  # courier webhook fired twice
        # ---- breakdowns
        ms = max(m, start)
        span = (end_m - ms).total_seconds() / 86400
        if span > 0:
            frac = span / 30.4
            model = c["model"]
            base = {"BD-One": .035, "BaristaPro X": .04, "Milano Duo": .05}[model]
            rate = {k: base * v for k, v in dict(grinder_jam=.25, milk_system=.3, leak=.15, electronics=.2,
                                                 no_power=.1).items()}
            if model == "Milano Duo" and within(ms, "2026-01-01", "2026-06-30"):
                rate["grinder_jam"] += .12
            since = (ms - last_descale).days
            rate["limescale"] = (.09 if since > 120 else .015) if hard else (.02 if since > 150 else .004)
            for fault, r in rate.items():
                for _ in range(int(rng.poisson(r * machines * frac))):
                    bts = ms + timedelta(seconds=u(0, span * 86400))
                    bts = biz(bts, 8, 19)
                    if bts < ms or (stop and bts >= stop) or bts > TEND:
                        continue
                    ticket(c, bts, fault)
        # ---- descaling
        every = {"premium": 90, "standard": 180, "lite": None}[plan]
        dd = None
        if every and (ms - last_descale).days + 30 >= every:
            dd = biz(ms + timedelta(days=ri(1, 25)))
        elif every is None and (ms - last_descale).days > 150 and chance(.18 if not hard else .12):
            dd = biz(ms + timedelta(days=ri(1, 25)))
        if dd and dd >= start and (stop is None or dd < stop) and dd <= TEND:
            w.ev(c, dd, "tp_descale", f"DSC{c['id'][3:]}{m:%y%m}", "done", technician=pick(TECHS[c["city"]], [1] * len(TECHS[c["city"]])),
                 plan=plan, contract_id=c["contract"], included_in_plan="yes" if every else "no")
            if every is None:
                w.order(c, dd + timedelta(hours=2), "descale_fee", 90 if sg else 380)
            last_descale = dd
        # ---- invoice for month m (issued the 1st of the next month)
        its = m_next + timedelta(hours=9, minutes=ri(0, 50))
        if its <= TEND and (stop is None or m < stop) and m_next > start:
            cups = int(included * u(.7, 1.38))
            over = max(0, cups - included)
            inv = f"INV{c['id'][3:]}{m:%y%m}"
            bug = within(its, "2026-01-01", "2026-02-28") and over > 0
            billed_over = over * 2 if bug else over
            w.ev(c, its, "tp_invoice", inv, "issued", channel="email", plan=plan, contract_id=c["contract"],
                 billing_month=f"{m:%Y-%m}", cups=cups, included_cups=included)
            kw = dict(billing_month=f"{m:%Y-%m}", invoice_no=inv)
            w.order(c, its, "lease_fee", (p["lease_sgd"] if sg else p["lease"]) * machines, **kw)
            w.order(c, its, "bean_subscription", kg * (kg_price_sgd if sg else kg_price), bean_blend=c["blend"],
                    豆子=blend_zh, kg=kg, **kw)
            if billed_over:
                rate_cup = .35 if sg else 1.5
                disputed = chance(.5 if bug else .025)
                status = "refunded" if disputed and (bug or chance(.5)) else "paid"
                o = w.order(c, its, "usage_overage", billed_over * rate_cup, status=status, cups=cups,
                            included_cups=included, overage_cups=billed_over, **kw)
                if disputed:
                    dts2 = later(its, 2, 12)
                    w.ev(c, dts2, "tp_billing_dispute", inv, "raised", channel="phone", plan=plan,
                         contract_id=c["contract"], billing_month=f"{m:%Y-%m}",
                         dispute_reason="cups_double_counted" if bug else "overage_query",
                         outcome="credited" if status == "refunded" else "explained")
                    c["disputes"].append(dts2)
                    if status == "refunded" and o:
                        o["refunded_at"] = (dts2 + timedelta(days=ri(1, 6))).strftime("%Y-%m-%d %H:%M:%S")
                        if bug:
                            w.order(c, dts2 + timedelta(days=ri(1, 6)), "usage_overage", over * rate_cup, cups=cups,
                                    included_cups=included, overage_cups=over, reissue="yes",
                                    billing_month=f"{m:%Y-%m}", invoice_no=inv + "R")
                    lang = lang_of(c)
                    nts = dts2 if chance(.65) else None
                    w.fb(c, nts, "tp_billing_dispute", "call_note", ["billing"], lang)
        # app ratings for the month
        if (stop is None or m < stop) and m_next > start:
            for _ in range(int(rng.poisson(.2))):
                ats = biz(ms + timedelta(days=u(0, max(span - 1, 0.5))), 8, 20)
                if ats > TEND:
                    continue
                app_rating(c, ats)
        # quarterly office-manager survey
        if m.month in (3, 6, 9, 12) and (stop is None or m < stop) and m > start and chance(.32):
            survey(c, biz(m.replace(day=ri(15, 28))))
        m = m_next
    c["stop"] = stop


def ticket(c, bts, fault):
    c["breakdowns"].append(bts)
    n = len(c["tickets"]) + 1
    sess = f"TKT{c['id'][3:]}{n:02d}"
    c["tickets"].append(sess)
    dev = pick(["ios", "android", "pc"], [.45, .3, .25])
    via = pick(["app", "phone", "wechat"], [.55, .3, .15])
    w.ev(c, bts, "tp_breakdown", sess, "reported", device=dev if via == "app" else "", channel=via,
         fault_type=fault, 故障类型=FAULTS[fault], machine_model=c["model"], plan=c["plan"], contract_id=c["contract"])
    med = 20.0
    if c["city"] == "Singapore":
        med = 28.0
    if c["city"] == "Shanghai" and within(bts, "2025-10-01", "2025-12-31"):
        med = 68.0
    hrs = float(np.exp(rng.normal(np.log(med), .45)))
    vts = bts + timedelta(hours=hrs)
    tech = pick(TECHS[c["city"]], [1] * len(TECHS[c["city"]]))
    p_part = .16
    if c["model"] == "Milano Duo":
        p_part = .30
    if fault == "grinder_jam" and c["model"] == "Milano Duo" and within(bts, "2026-01-01", "2026-06-30"):
        p_part = .55
    if fault in ("no_power",):
        p_part = .08
    part = chance(p_part)
    w.ev(c, vts, "tp_tech_visit", sess, "part_needed" if part else "fixed", channel="onsite", technician=tech,
         fault_type=fault, 故障类型=FAULTS[fault], machine_model=c["model"], visit_no=1,
         response_hours=round(hrs, 1), plan=c["plan"], contract_id=c["contract"])
    fix = vts
    if part:
        wait = u(7, 16) if c["city"] == "Singapore" else u(2, 5.5)
        fix = biz(vts + timedelta(days=wait))
        w.ev(c, fix, "tp_tech_visit", sess, "fixed", channel="onsite", technician=tech, fault_type=fault,
             故障类型=FAULTS[fault], machine_model=c["model"], visit_no=2, plan=c["plan"], contract_id=c["contract"])
    cts = fix + timedelta(hours=u(.3, 4))
    w.ev(c, cts, "tp_ticket_close", sess, "closed", channel="app", fault_type=fault, 故障类型=FAULTS[fault],
         machine_model=c["model"], plan=c["plan"], contract_id=c["contract"], first_time_fix="no" if part else "yes")
    if fault == "leak" and chance(.2):
        w.order(c, cts + timedelta(hours=2), "repair_charge", 95 if c["city"] == "Singapore" else 450,
                ticket_id=sess)
    # ticket CSAT comment
    if chance(.33) and cts <= TEND:
        topics, r = [], 4.6
        if hrs > 48:
            topics.append("slow_response")
            r -= 2.3
        if part:
            if fault == "grinder_jam" and chance(.6):
                topics.append("grinder")
            topics.append("parts_wait")
            r -= 1.8 if c["city"] == "Singapore" else 1.0
        elif fault == "grinder_jam" and chance(.4):
            topics.append("grinder")
            r -= .8
        if fault == "limescale" and chance(.6):
            topics.append("limescale")
            r -= .8
        if not topics:
            topics = ["technician"] if chance(.55) else ["neutral_pos"]
        rt = rating_from(r)
        if rt >= 4 and any(t in NEGATIVE_TOPICS for t in topics):
            rt = 3
        lang = lang_of(c)
        w.fb(c, cts + timedelta(hours=u(1, 30)), "tp_tech_visit" if "technician" in topics else "tp_breakdown",
             "ticket", topics, lang, rating=rt, ticket_id=sess, fault_type=fault)


def app_rating(c, ts):
    drink = pickd({k: v[1] for k, v in DRINKS.items()})
    mean = {"latte": 4.3, "americano": 4.1, "flat_white": 4.4, "cappuccino": 4.2, "oat_latte": 2.9}[drink]
    topic = None
    if drink == "oat_latte":
        topic = "oat" if chance(.55) else None
    if c["blend"] == "yunnan_baoshan" and drink in ("americano", "flat_white"):
        mean -= 1.2
        topic = "sour" if chance(.6) else None
    if c["model"] == "Milano Duo" and within(ts, "2026-01-01", "2026-06-30"):
        mean -= .5
        if topic is None and chance(.12):
            topic = "grinder"
    if c["city"] == "Beijing" and c["plan"] == "lite" and chance(.08) and topic is None:
        topic, mean = "limescale", mean - 1
    r = rating_from(mean)
    if topic:
        r = min(r, 3)
        topics = [topic]
    elif r >= 4:
        topics = ["tasty"] if chance(.45) else ["neutral_pos"]
    elif r == 3:
        topics = ["neutral"]
    else:
        topics = ["neutral_neg"]
    lang = lang_of(c)
    w.fb(c, ts, "tp_app_rating", "app_rating", topics, lang, rating=r, drink=drink, 饮品=DRINKS[drink][0],
         employee_ref=f"EMP{ri(1, 99999):05d}")


def survey(c, ts):
    q0 = ts - timedelta(days=90)
    late = sum(1 for x in c["late"] if q0 <= x <= ts)
    bds = sum(1 for x in c["breakdowns"] if q0 <= x <= ts)
    disp = sum(1 for x in c["disputes"] if q0 <= x <= ts)
    score = 8.6 - 1.6 * min(bds, 3) - 1.8 * min(late, 2) - 2.0 * min(disp, 1) + (.6 if c["plan"] == "premium" else 0)
    nps = int(np.clip(round(rng.normal(score, 1.2)), 0, 10))
    topics = []
    if late and chance(.7):
        topics.append("beans_late")
    if bds >= 2 and chance(.5):
        topics.append("grinder" if c["model"] == "Milano Duo" and chance(.5) else "parts_wait"
                      if c["city"] == "Singapore" else "limescale" if c["city"] == "Beijing" and chance(.5)
                      else "slow_response" if c["city"] == "Shanghai" and within(ts, "2025-10-01", "2026-01-15")
                      else "parts_wait")
    if disp and chance(.6):
        topics.append("billing")
    if not topics:
        if nps >= 9:
            topics = [pick(["am", "tasty", "technician", "neutral_pos"], [.35, .3, .15, .2])]
        elif nps >= 7:
            topics = ["neutral_pos"] if chance(.6) else ["neutral"]
        else:
            topics = ["neutral_neg"]
    tp = {"beans_late": "tp_bean_delivery", "grinder": "tp_breakdown", "parts_wait": "tp_tech_visit",
          "limescale": "tp_descale", "slow_response": "tp_breakdown", "billing": "tp_invoice",
          "am": "tp_renewal_notice", "technician": "tp_tech_visit", "tasty": "tp_app_rating"}.get(topics[0],
                                                                                              "tp_install")
    w.fb(c, ts, tp, "survey", topics, lang_of(c), nps=nps, respondent_role="office_manager")


# ---------------------------------------------------------------- customers
def new_customer(i, legacy):
    city = pickd({k: v["w"] for k, v in CITIES.items()})
    ch = pickd({k: v[1] for k, v in CHANNELS.items()})
    ind = pickd({k: v[1] for k, v in INDUSTRIES.items()})
    district = pick(list(CITIES[city]["districts"]), [1] * len(CITIES[city]["districts"]))
    c = dict(id=f"ACC{i:05d}", city=city, channel=ch, industry=ind, headcount=pickd(HEADCOUNT), district=district,
             am=pick(AMS[city], [1] * len(AMS[city])), legacy=legacy)
    return c


def contract_terms(c):
    hc = c["headcount"]
    plan = pickd({"20-50": {"lite": .7, "standard": .27, "premium": .03},
                  "51-200": {"lite": .3, "standard": .55, "premium": .15},
                  "201-500": {"lite": .05, "standard": .5, "premium": .45},
                  "500+": {"lite": 0.01, "standard": .3, "premium": .69}}[hc])
    machines = {"lite": 1, "standard": ri(1, 2), "premium": ri(2, 4)}[plan]
    model = {"lite": "BD-One", "standard": pick(["BaristaPro X", "Milano Duo"], [.6, .4]),
             "premium": pick(["Milano Duo", "BaristaPro X"], [.65, .35])}[plan]
    blend = pick(list(BLENDS), [.55, .25, .2])
    term = 24 if chance(.3) else 12
    return plan, machines, model, blend, term


def pipeline(c, t):
    """a new lead at t; returns the install date or None."""
    sg = c["city"] == "Singapore"
    sess = f"LEAD{c['id'][3:]}"
    ads = {"search_ads": "google_ads" if sg else "baidu_sem", "linkedin": "linkedin", "wechat_oa": "wechat",
           "trade_show": "expo"}
    if c["channel"] in ads and chance(.8):
        w.ev(c, t - timedelta(days=u(0.2, 9)), "tp_ad", "", "booth_scan" if c["channel"] == "trade_show" else "click",
             device=pick(["ios", "android", "pc"], [.3, .25, .45]), channel="ads", utm_source=ads[c["channel"]],
             campaign=pick(["coffee_perk_2025", "office_return", "free_trial_push"], [1, 1, 1]))
    plan, machines, model, blend, term = contract_terms(c)
    mult = CHANNELS[c["channel"]][2]
    dev = pick(["pc", "ios", "android"], [.55, .25, .2])
    c["route"] = "trial" if chance(.56) else "enquiry"
    quote_ts = None
    if c["route"] == "trial":
        w.ev(c, t, "tp_trial_request", sess, "submit", device=dev, channel=pick(["web", "mini_program"], [.6, .4]),
             headcount_band=c["headcount"])
        variant = None
        if within(t, "2026-01-05", "2026-06-28"):
            variant = "barista_day" if chance(.5) else "standard"
            w.exp.append(dict(experiment_id="barista_day_2026", variant=variant, customer_id=c["id"],
                              assigned_at=(t + timedelta(seconds=ri(1, 50))).strftime("%Y-%m-%d %H:%M:%S")))
        c["variant"] = variant
        if not chance(.9):
            return None
        t2 = later(t, 1.5, 8)
        w.ev(c, t2, "tp_trial_install", sess, "installed", channel="onsite", trial_model=model,
             barista_visit="yes" if variant == "barista_day" else "no")
        if not chance(.9):
            return None
        t3 = later(t2, 12, 17)
        w.ev(c, t3, "tp_trial_review", sess, "reviewed", channel="phone", trial_cups=ri(150, 900) * machines)
        if chance(.4):
            topics = ["barista"] if variant == "barista_day" and chance(.55) else (
                ["sour"] if blend == "yunnan_baoshan" and chance(.4) else
                [pick(["tasty", "am", "neutral_pos", "neutral"], [.35, .2, .3, .15])])
            r = rating_from(4.5 if topics[0] in POSITIVE_TOPICS else 3.8)
            if topics[0] in NEGATIVE_TOPICS:
                r = min(r, 3)
            w.fb(c, t3 + timedelta(hours=u(1, 48)), "tp_trial_review", "trial_survey", topics, lang_of(c), rating=r)
        if not chance(.92 if variant == "barista_day" else .82):
            return None
        quote_ts = later(t3, 0.5, 5)
        p_sign = .6 * mult * (1.4 if variant == "barista_day" else 1.0)
    else:
        w.ev(c, t, "tp_enquiry", sess, "submit", device=dev, channel=pick(["web", "phone", "wechat"], [.55, .25, .2]),
             headcount_band=c["headcount"])
        if not chance(.82):
            return None
        t2 = later(t, 2, 14)
        plumbing = chance(.22)
        w.ev(c, t2, "tp_site_survey", sess, "surveyed", channel="onsite",
             survey_result="needs_water_line" if plumbing else "ready", 勘测结果="需接水管" if plumbing else "具备条件")
        c["plumbing"] = plumbing
        if not chance(.76 if plumbing else .86):
            return None
        quote_ts = later(t2, 1, 6)
        p_sign = .52 * mult
    monthly = (PLANS[plan]["lease_sgd"] if sg else PLANS[plan]["lease"]) * machines
    w.ev(c, quote_ts, "tp_quote", sess, "sent", channel="email", plan=plan, 方案=PLANS[plan]["zh"], machines=machines,
         machine_model=model, term_months=term, quote_monthly_local=monthly, currency="SGD" if sg else "CNY")
    if not chance(min(p_sign, .95)):
        reason = pick(list(LOST), [.55 if c["channel"] == "search_ads" else .35, .25, .15, .2])
        w.ev(c, later(quote_ts, 10, 30), "tp_quote_lost", sess, "lost", channel="other", lost_reason=reason,
             丢单原因=LOST[reason], plan=plan)
        return None
    sign = later(quote_ts, 2, 16 if c["route"] == "enquiry" else 10)
    c.update(plan=plan, machines=machines, model=model, blend=blend, term=term, contract=f"CT{c['id'][3:]}")
    w.ev(c, sign, "tp_contract_sign", sess, "signed", channel="other", plan=plan, 方案=PLANS[plan]["zh"],
         machines=machines, machine_model=model, term_months=term, bean_blend=blend, 豆子=BLENDS[blend][0],
         contract_id=c["contract"])
    lead = u(3, 10) + (u(8, 16) if c.get("plumbing") else 0) + (u(2, 5) if sg else 0)
    inst = later(sign, lead, lead + 1)
    if inst > TEND:
        return None
    w.ev(c, inst, "tp_install", sess, "installed", channel="onsite", machines=machines, machine_model=model,
         plan=plan, contract_id=c["contract"], technician=pick(TECHS[c["city"]], [1] * len(TECHS[c["city"]])))
    if c.get("plumbing"):
        w.order(c, inst + timedelta(hours=3), "install_fee", 260 if sg else 1200)
    return inst


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    custs = []
    i = 0
    # legacy accounts signed before the extract
    for _ in range(420):
        i += 1
        c = new_customer(i, True)
        plan, machines, model, blend, term = contract_terms(c)
        start = datetime(2023, 3, 1) + timedelta(days=u(0, 660))
        start = biz(start)
        c.update(plan=plan, machines=machines, model=model, blend=blend, term=term, contract=f"CT{c['id'][3:]}",
                 signup=start - timedelta(days=ri(20, 60)))
        # roll the term forward to the one running when the extract starts
        s0, te = start, add_months(start, term)
        while te - timedelta(days=60) < T0:
            s0, te = te, add_months(te, 12)
        service(c, min(s0, T0 - timedelta(days=40)), legacy=True, term_end=te)
        custs.append(c)
    # new leads 2025-01-01 .. 2026-08-20, growing
    days = (datetime(2026, 8, 20) - T0).days
    wts = np.linspace(1.0, 1.7, days)
    for _ in range(3000):
        i += 1
        c = new_customer(i, False)
        d = int(rng.choice(days, p=wts / wts.sum()))
        t = biz(T0 + timedelta(days=d), 9, 20)
        c["signup"] = t
        inst = pipeline(c, t)
        if inst:
            service(c, inst)
        custs.append(c)
    # events before T0 (legacy first months) are dropped
    w.events = [e for e in w.events if e["ts"] >= "2025-01-01"]
    w.orders = [o for o in w.orders if o["ts"] >= "2025-01-01"]
    w.feedback = [f for f in w.feedback if not f["ts"] or f["ts"] >= "2025-01-01"]
    keep = {f["feedback_id"] for f in w.feedback}
    w.truth = [t for t in w.truth if t["feedback_id"] in keep]
    # social posts by employees (no customer id), some wechat-group messages without a timestamp
    for c in [custs[k] for k in rng.choice(len(custs), 40, replace=False)]:
        if not c.get("plan"):
            continue
        topic = pick(["tasty", "oat", "beans_late", "barista", "grinder"], [.35, .2, .2, .1, .15])
        w.fb(c, biz(T0 + timedelta(days=ri(0, 600))), {"tasty": "tp_app_rating", "oat": "tp_app_rating",
                                                       "beans_late": "tp_bean_delivery", "barista": "tp_trial_install",
                                                       "grinder": "tp_breakdown"}[topic],
             "social", [topic], lang_of(c), customer=False)
    for c in custs:
        for x in c.get("late", []):
            if chance(.3):
                w.fb(c, None if chance(.4) else x + timedelta(hours=u(.5, 8)), "tp_bean_delivery", "wechat_group",
                     ["beans_late"], lang_of(c))
        if c.get("cancel") and chance(.6):
            cts, reason = c["cancel"]
            topic = {"reliability": "grinder" if c["model"] == "Milano Duo" else "limescale" if c["city"] ==
                     "Beijing" else "parts_wait", "taste": "sour", "price": "neutral_neg", "office_move": "neutral",
                     "competitor": "neutral_neg"}[reason]
            w.fb(c, None if chance(.35) else cts + timedelta(hours=1), "tp_cancel", "call_note", [topic], lang_of(c))
    # customers table
    for c in custs:
        active = c.get("plan") and c.get("stop") is None
        recent_bd = sum(1 for b in c.get("breakdowns", []) if b >= datetime(2026, 5, 3))
        recent_disp = sum(1 for b in c.get("disputes", []) if b >= datetime(2026, 5, 3))
        if not c.get("plan"):
            seg = "prospect"
        elif not active:
            seg = "churned"
        elif recent_bd >= 2 or recent_disp:
            seg = "at_risk"
        elif c["plan"] == "premium" and c["machines"] >= 3:
            seg = "vip"
        else:
            seg = "active"
        w.customers.append(dict(
            customer_id=c["id"], signup_at=c["signup"].strftime("%Y-%m-%d %H:%M:%S"), segment=seg,
            region=c["city"], acquisition_channel=c["channel"], tier=c.get("plan", ""),
            城市=CITIES[c["city"]]["zh"], 获客渠道=CHANNELS[c["channel"]][0], 方案=PLANS[c["plan"]]["zh"] if
            c.get("plan") else "", district=c["district"], 区域=CITIES[c["city"]]["districts"][c["district"]],
            industry=c["industry"], 行业=INDUSTRIES[c["industry"]][0], headcount_band=c["headcount"],
            machine_model=c.get("model", ""), machines=c.get("machines", ""), bean_blend=c.get("blend", ""),
            account_manager=c["am"], billing_currency="SGD" if c["city"] == "Singapore" else "CNY",
            legacy_account="yes" if c["legacy"] else "no"))
    w.events.sort(key=lambda e: (e["ts"], e["event_id"]))
    w.orders.sort(key=lambda o: (o["ts"], o["order_id"]))

    def write(path, rows, cols=None):
        if cols is None:
            cols = []
            for r in rows:
                for k in r:
                    if k not in cols:
                        cols.append(k)
        with open(path, "w", newline="", encoding="utf-8") as f:
            wr = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            wr.writeheader()
            for r in rows:
                wr.writerow({k: r.get(k, "") for k in cols})

    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4], 1)])
    write(out / "customers.csv", w.customers)
    write(out / "events.csv", w.events)
    write(out / "orders.csv", w.orders)
    write(out / "feedback.csv", w.feedback)
    write(out / "experiments.csv", w.exp)
    write(out / "_truth" / "feedback_truth.csv", w.truth, ["feedback_id", "topics", "sentiment"])
    print({k: len(v) for k, v in dict(customers=w.customers, events=w.events, orders=w.orders, feedback=w.feedback,
                                      experiments=w.exp).items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
