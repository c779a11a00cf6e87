"""账无忧 LedgerEase: an outsourced bookkeeping & tax-filing service for small businesses (B2B) in Shanghai, Shenzhen,
Hangzhou, Chengdu and Suzhou. Companies come in as leads (Baidu search ads, referrals by existing clients, WeChat
official-account articles, trade fairs), get a free consultation call, receive a quote, sign a contract (monthly plan
tiers), hand over their documents (onboarding), then get their books delivered every month and their taxes filed every
quarter; a year after signing they get a renewal reminder and renew or leave. 2024-07-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md, plus the generator's
truth for the feedback comments (topic, sentiment) in OUTDIR/_truth/ (not a DATA.md table; gold.py only).
Deterministic (fixed seed), plain Python + numpy, about two seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261202
START = datetime(2024, 7, 1)
END = datetime(2026, 6, 30, 20, 0, 0)
D = timedelta
N_BASE = 4300

SZ_BACKLOG = datetime(2025, 12, 1)     # Shenzhen: two accountants left, the rest carry double the clients
PRICE_UP = datetime(2026, 1, 1)        # renewal reminders from here quote +20 % monthly fees
VIRAL = datetime(2025, 10, 9, 9, 0)    # WeChat article "金税四期来了" goes viral
A20_START = datetime(2026, 4, 1)       # Shenzhen hires accountant A20 for new clients
FAIRS = [  # monday of the fair week, city, name_zh, name_en, leads
    (datetime(2024, 9, 9), "SH", "上海创业服务博览会", "Shanghai Startup Services Expo", 95),
    (datetime(2025, 3, 3), "SH", "上海创业服务博览会", "Shanghai Startup Services Expo", 130),
    (datetime(2025, 9, 15), "SZ", "深圳中小企业博览会", "Shenzhen SME Fair", 105),
    (datetime(2026, 3, 9), "HZ", "杭州电商创业大会", "Hangzhou E-commerce Founders Fair", 90),
]

CITIES = {  # code: city, city_zh, region, weight, foreign-owned share, extra onboarding days
    "SH": ("Shanghai", "上海", "华东", 0.30, 0.15, 0.0),
    "SZ": ("Shenzhen", "深圳", "华南", 0.25, 0.07, 0.0),
    "HZ": ("Hangzhou", "杭州", "华东", 0.18, 0.04, 0.0),
    "CD": ("Chengdu", "成都", "西南", 0.15, 0.02, 0.0),
    "SU": ("Suzhou", "苏州", "华东", 0.12, 0.30, 5.0),
}
ACCOUNTANTS = {  # id: city, name_zh, name_en, quality (CSAT mean when replies are normal)
    "A01": ("SH", "陈会计", "Ms Chen", 4.2), "A02": ("SH", "刘会计", "Mr Liu", 4.1), "A03": ("SH", "张会计", "Ms Zhang", 4.2),
    "A04": ("SH", "赵会计", "Ms Zhao", 4.0), "A05": ("SH", "孙会计", "Mr Sun", 4.1),
    "A06": ("SZ", "黄会计", "Ms Huang", 4.1), "A07": ("SZ", "周会计", "Mr Zhou", 4.0), "A08": ("SZ", "吴会计", "Ms Wu", 4.1),
    "A09": ("SZ", "郑会计", "Ms Zheng", 4.0),
    "A10": ("HZ", "钱会计", "Ms Qian", 4.1), "A11": ("HZ", "王会计", "Ms Wang", 4.85), "A12": ("HZ", "冯会计", "Mr Feng", 4.0),
    "A13": ("CD", "何会计", "Ms He", 4.1), "A14": ("CD", "罗会计", "Mr Luo", 4.0), "A15": ("CD", "唐会计", "Ms Tang", 4.1),
    "A16": ("SU", "许会计", "Ms Xu", 4.1), "A17": ("SU", "沈会计", "Mr Shen", 4.0),
    "A20": ("SZ", "林会计", "Ms Lin", 5.0),
}
CITY_ACC = {c: [a for a, v in ACCOUNTANTS.items() if v[0] == c and a != "A20"] for c in CITIES}
SALES_REPS = {c: [f"S{2 * i + k + 1:02d}" for k in range(2)] for i, c in enumerate(CITIES)}

SOURCES = ["baidu_ads", "referral", "wechat_article", "trade_fair"]
SOURCE_ZH = {"baidu_ads": "百度推广", "referral": "老客户转介绍", "wechat_article": "公众号文章", "trade_fair": "展会"}
SOURCE_W = [0.50, 0.22, 0.28]                      # base leads (fairs are added on their own weeks)
P_CALL = {"baidu_ads": 0.52, "referral": 0.86, "wechat_article": 0.62, "trade_fair": 0.80}
P_QUOTE = {"baidu_ads": 0.66, "referral": 0.84, "wechat_article": 0.74, "trade_fair": 0.78}
P_SIGN = {"baidu_ads": 0.30, "referral": 0.72, "wechat_article": 0.50, "trade_fair": 0.55}

INDUSTRIES = [  # zh, en, weight, foreign weight, monthly churn multiplier
    ("零售", "retail", 0.22, 0.05, 1.0), ("电商", "ecommerce", 0.16, 0.03, 1.1), ("餐饮", "restaurant", 0.15, 0.02, 8.0),
    ("科技", "tech", 0.13, 0.25, 0.8), ("咨询服务", "consulting", 0.12, 0.25, 0.8), ("外贸", "trading", 0.10, 0.25, 0.9),
    ("制造", "manufacturing", 0.10, 0.15, 0.7), ("直播电商", "livestream_commerce", 0.018, 0.0, 25.0),
]
SIZES = [("micro", "微型(1-10人)", 0.62, (1, 10), 0.15), ("small", "小型(11-50人)", 0.30, (11, 50), 0.50),
         ("medium", "中型(51-200人)", 0.08, (51, 200), 0.90)]
TAX_ZH = {"small_scale": "小规模纳税人", "general": "一般纳税人"}
PLANS = {"basic": ("基础版", 300, 500), "standard": ("标准版", 800, 1000), "premium": ("尊享版", 1600, 1000)}
UPGRADE_FEE = {("basic", "standard"): 800, ("standard", "premium"): 1000}
QUERY_TOPICS = [("发票", "invoice", 0.34), ("工资个税", "payroll_tax", 0.22), ("报税", "tax_filing", 0.20),
                ("账单费用", "billing", 0.10), ("其他", "other", 0.14)]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_lead", "线索留资", "Lead captured", "awareness", "ads", "digital", "市场部",
     "留资|线索|询盘|咨询表单|留电话|获客|lead|inquiry|enquiry|sign-up form"),
    ("tp_consult_call", "免费咨询电话", "Free consultation call", "consideration", "phone", "digital", "销售部",
     "咨询电话|免费咨询|首次沟通|电话咨询|顾问电话|consultation|consult call|discovery call|first call"),
    ("tp_quote", "发送报价", "Quote sent", "consideration", "email", "digital", "销售部",
     "报价|报价单|方案报价|询价|quote|quotation|proposal|pricing"),
    ("tp_contract", "签约", "Contract signed", "purchase", "web", "digital", "销售部",
     "签约|签合同|成交|下单|开户|contract|signed|deal|signing|new client"),
    ("tp_docs_onboarding", "资料交接", "Documents onboarding", "service", "other", "physical", "交付部",
     "资料交接|交接|建账|上线|提交资料|onboarding|document handover|paperwork|set-up"),
    ("tp_monthly_books", "月度记账交付", "Monthly books delivered", "service", "web", "digital", "会计部",
     "记账|做账|账本|月度报表|月报|bookkeeping|monthly books|monthly accounts|month-end close"),
    ("tp_tax_filing", "季度报税", "Quarterly tax filing", "service", "web", "digital", "会计部",
     "报税|申报|纳税申报|季报|税务申报|tax filing|tax return|quarterly filing|filing"),
    ("tp_penalty", "逾期罚款", "Late-filing penalty", "service", "other", "digital", "会计部",
     "罚款|逾期|滞纳金|逾期申报|税务罚款|penalty|late filing|fine|late fee"),
    ("tp_accountant_query", "会计答疑", "Accountant Q&A", "service", "app", "digital", "会计部",
     "问会计|咨询会计|答疑|提问|企业微信|会计回复|accountant question|ask the accountant|client query|support"),
    ("tp_upgrade", "套餐升级", "Plan upgrade", "loyalty", "phone", "digital", "客户成功部",
     "升级|换套餐|升套餐|转一般纳税人|upgrade|plan change|tier change"),
    ("tp_renewal_notice", "续费提醒", "Renewal reminder", "loyalty", "phone", "digital", "客户成功部",
     "续费提醒|续约通知|到期提醒|续费报价|renewal reminder|renewal notice|renewal quote"),
    ("tp_renewal", "续约", "Renewed", "loyalty", "web", "digital", "客户成功部",
     "续约|续费|续签|renew|renewal|renewed"),
    ("tp_churn", "解约流失", "Cancelled / churned", "loyalty", "phone", "digital", "客户成功部",
     "解约|流失|不续了|退掉|终止合作|churn|cancel|cancellation|lost client|left"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("sales", "获客转化", "Lead to contract", 30, ["tp_lead", "tp_consult_call", "tp_quote", "tp_contract"]),
    ("onboarding", "签约上线", "Contract to first books", 60, ["tp_contract", "tp_docs_onboarding", "tp_monthly_books"]),
    ("renewal", "续约", "Renewal", 45, ["tp_renewal_notice", "tp_renewal"]),
]

TOPICS = {  # topic: sentiment, zh templates, en templates (markers per topic are checked in gold.py)
    "slow_reply": ("neg", [
        "问个发票的问题，会计回复太慢了，等了一整天",
        "会计回复慢，企业微信发过去第二天才回",
        "最近会计回复特别慢，报税前急死了",
        "找会计要个报表，回复慢得离谱，催了三次",
        "会计回复太慢，工资个税的问题拖了{d}天才答复",
        "换了新会计以后回复明显变慢，问什么都要等",
    ], [
        "Our accountant is slow to reply - took over a day to answer a simple invoice question.",
        "Very slow to respond lately, we had to chase three times before the filing deadline.",
        "The accountant is slow to reply on WeChat, sometimes {d} days.",
        "Service used to be fine but the team is now slow to respond to anything.",
    ]),
    "helpful_accountant": ("pos", [
        "{acc}很专业也很耐心，问什么都讲得明白",
        "会计很负责，每个月都提醒我们开票的注意事项",
        "{acc}帮我们理清了历史乱账，太省心了",
        "会计专业又耐心，小白老板也能听懂",
        "给{acc}点赞，周末也帮我们看了个税问题",
    ], [
        "{acc_en} is really helpful and patient, explains everything in plain English.",
        "Our accountant is very helpful, always reminds us about invoice rules.",
        "Helpful and knowledgeable accountant, cleaned up our old books.",
    ]),
    "filing_error": ("neg", [
        "这个季度报税晚了，被税务局罚款{amt}元，你们得负责",
        "申报出错导致罚款，还要我们自己跑税务局处理",
        "收到税务局的罚款通知才知道逾期了，没人提前告诉我们",
        "报税逾期交了{amt}块滞纳金和罚款，太不专业了",
        "申报数据填错了，被罚款{amt}元，要求赔偿",
    ], [
        "We got a penalty of {amt} yuan because the quarterly filing was late.",
        "Filing error on your side and we paid the penalty. Not acceptable.",
        "Late filing penalty again - nobody warned us before the deadline.",
    ]),
    "price_increase": ("neg", [
        "续费一下子涨价20%，服务没变，不太能接受",
        "涨价也不提前说清楚，续费提醒里才看到，考虑换一家",
        "服务没提升反而涨价，续约报价从{old}涨到{new}",
        "续约涨价太多了，小公司承受不起",
        "今年续费涨价了，别家才{comp}一个月",
    ], [
        "A 20% price increase at renewal with no improvement in service.",
        "The renewal quote came with a price increase we were not told about.",
        "Price hike at renewal from {old} to {new} a month, we are looking at other firms.",
    ]),
    "paperwork": ("neg", [
        "交接资料要准备的东西太多了，来回补了三次",
        "资料清单不清楚，营业执照、银行流水、历史凭证反复要",
        "资料交接拖了快一个月，每次都说还缺东西",
        "外资公司的资料要公证翻译，交接流程太繁琐",
    ], [
        "The onboarding paperwork took forever - notarised documents, bank statements, back and forth for weeks.",
        "Paperwork checklist was unclear, we sent the same documents three times.",
        "Too much paperwork for a foreign-owned company, onboarding dragged on for a month.",
        "Onboarding paperwork is a nightmare if your directors are overseas.",
    ]),
    "smooth_onboarding": ("pos", [
        "交接很顺利，一周就搞定了",
        "建账很快，客户经理一步步带着做",
        "上线流程清晰，省了很多事",
    ], [
        "Onboarding was smooth and quick.",
        "Set-up was easy, the team guided us step by step.",
    ]),
    "pushy_sales": ("neg", [
        "留了个电话之后一天接到好几个销售电话，电话太多了",
        "咨询还行，就是后面电话太多，有点像骚扰",
        "只是想问个价格，结果电话太多了，烦",
        "百度上留了个号码，电话太多，一天三四个",
    ], [
        "Too many calls from your sales team after I left my number.",
        "The call was ok but too many calls afterwards, felt pushy.",
    ]),
    "clear_advice": ("pos", [
        "顾问讲得很清楚，小规模和一般纳税人的区别终于搞明白了",
        "免费咨询很有用，顺便帮我们规划了开票",
        "顾问很实在，没有乱推套餐",
    ], [
        "The consultant explained the difference between small-scale and general taxpayer clearly.",
        "Useful free consultation, no hard sell.",
    ]),
    "price_concern": ("neg", [
        "报价比别家贵一点，再考虑考虑",
        "报价偏高，基础版也要三百一个月",
        "报价里的开户费有点多余",
    ], [
        "The quote is higher than other agencies we talked to.",
        "Setup fee in the quote seems unnecessary.",
    ]),
    "clear_quote": ("pos", [
        "报价很透明，没有乱收费",
        "报价单写得很清楚，每一项服务都列了",
    ], [
        "Transparent quote, no hidden fees.",
    ]),
    "smooth_filing": ("pos", [
        "每个季度报税都很准时，省心",
        "申报前会计都会发确认，很放心",
        "报税一直很顺，没出过问题",
    ], [
        "Quarterly filings always on time, no stress.",
        "They confirm every filing with us first, very reassuring.",
    ]),
    "renewal_ok": ("pos", [
        "服务挺好，续了一年",
        "用了一年很满意，继续合作",
    ], [
        "Happy to renew, good service overall.",
    ]),
    "upgrade_cost": ("neg", [
        "转成一般纳税人后月费直接翻倍，升级费也不便宜",
        "升级套餐后每个月多了好几百，服务感觉差不多",
    ], [
        "Fees more than doubled after the upgrade to general taxpayer.",
    ]),
    "billing": ("neg", [
        "这个月被重复扣费了，请尽快退款",
        "账单金额和合同不一致，多收了一个月",
    ], [
        "We were charged twice this month, please refund.",
    ]),
    "service_meh": ("neu", [
        "服务一般般，中规中矩",
        "还行吧，没什么特别的",
        "整体还可以，就是月报出得有点晚",
    ], [
        "It's okay, nothing special.",
        "Average service, does the job.",
    ]),
}


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    R = rng.random

    def pick(items, w=None):
        return items[int(rng.choice(len(items), p=None if w is None else np.array(w) / sum(w)))]

    def work_time(day: datetime) -> datetime:
        d = datetime(day.year, day.month, day.day)
        return d + D(hours=float(rng.uniform(9, 19)))

    def add_months(d: datetime, k: int) -> datetime:
        y, m = divmod(d.month - 1 + k, 12)
        return d.replace(year=d.year + y, month=m + 1, day=min(d.day, 28))

    customers, events, orders, feedback, truth = [], [], [], [], []
    ev_n = [0]
    od_n = [0]

    def ev(c, ts, tp, action, channel, **extra):
        ev_n[0] += 1
        row = dict(event_id=f"E{ev_n[0]:06d}", customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, action=action,
                   channel=channel, city=c["city"], **extra)
        events.append(row)
        return row

    def od(c, ts, amount, otype, status="paid", **extra):
        od_n[0] += 1
        row = dict(order_id=f"O{od_n[0]:06d}", customer_id=c["customer_id"], ts=ts, amount=amount, status=status,
                   order_type=otype, city=c["city"], city_zh=c["city_zh"], **extra)
        orders.append(row)
        return row

    def fb(ts, text, topic, tp, channel, cust=None, rating=None, nps=None, acc=None, lang="zh"):
        fid = f"FB{len(feedback) + 1:05d}"
        feedback.append(dict(feedback_id=fid, text=text, ts=ts, customer_id=cust["customer_id"] if cust else None,
                             touchpoint_id=tp, channel=channel, rating=rating, nps=nps,
                             city=cust["city"] if cust else None, accountant_id=acc, language=lang))
        truth.append(dict(feedback_id=fid, topic=topic, sentiment=TOPICS[topic][0]))

    def text_for(topic, lang, **kw):
        zh, en = TOPICS[topic][1], TOPICS[topic][2]
        t = pick(en if lang == "en" else zh)
        vals = dict(d=int(rng.integers(2, 5)), amt=int(pick([200, 500, 1000, 2000])), old=800, new=960, comp=pick([500, 600]),
                    acc="会计", acc_en="Our accountant")
        vals.update(kw)
        return t.format(**vals)

    def rating_from(mean):
        return int(min(5, max(1, round(rng.normal(mean, 0.85)))))

    def survey(c, ts, tp, mean, neg_topic, pos_topic, channel="survey", acc=None, with_nps=False):
        if ts > END:
            return
        if acc == "A11":  # Ms Wang: clients rate everything she touches higher
            mean = min(4.9, mean + 0.7)
        r = rating_from(mean)
        if acc == "A11" and r < 5 and R() < 0.7:
            r = 5
        if r <= 2:
            topic = neg_topic
        elif r == 3:
            topic = neg_topic if R() < 0.4 else "service_meh"
        else:
            topic = pos_topic if R() < 0.88 else "service_meh"
        lang = c["language"]
        kw = {}
        if acc:
            kw = dict(acc=ACCOUNTANTS[acc][1], acc_en=ACCOUNTANTS[acc][2])
        if c.get("_old_fee"):
            kw.update(old=c["_old_fee"], new=int(c["_old_fee"] * 1.2))
        nps = None
        if with_nps:
            nps = int(min(10, max(0, round(r * 2.0 + 0.2 + rng.normal(0, 1.2)))))
        fb(ts, text_for(topic, lang, **kw), topic, tp, channel, c, r, nps, acc, lang)

    def ticket(c, ts, topic, tp, acc=None):
        if ts > END:
            return
        kw = dict(acc=ACCOUNTANTS[acc][1], acc_en=ACCOUNTANTS[acc][2]) if acc else {}
        if c.get("_old_fee"):
            kw.update(old=c["_old_fee"], new=int(c["_old_fee"] * 1.2))
        fb(ts, text_for(topic, c["language"], **kw), topic, tp, "ticket", c, None, None, acc, c["language"])

    # ---------------- lead arrivals ----------------
    days = (END - START).days + 1
    month_w = {1: 0.8, 2: 0.6, 3: 1.35, 4: 1.15, 5: 1.0, 6: 0.95, 7: 0.9, 8: 0.9, 9: 1.2, 10: 1.0, 11: 1.05, 12: 0.85}
    w = np.array([month_w[(START + D(days=i)).month] * (1 + 0.25 * i / days) for i in range(days)])
    lead_days = rng.choice(days, size=N_BASE, p=w / w.sum())
    arrivals = [(START + D(days=int(i)), pick(SOURCES[:3], SOURCE_W), None, False) for i in sorted(lead_days)]
    for monday, city, _, _, n in FAIRS:
        for _ in range(n):
            arrivals.append((monday + D(days=int(rng.integers(0, 5))), "trade_fair", city if R() < 0.8 else None, False))
    for _ in range(360):  # viral article: decaying burst over three weeks
        arrivals.append((VIRAL + D(days=float(min(22, rng.exponential(5.0)))), "wechat_article", None, True))
    arrivals.sort(key=lambda a: a[0])

    city_codes = list(CITIES)
    for i, (day, src, fair_city, viral) in enumerate(arrivals, 1):
        code = fair_city or pick(city_codes, [CITIES[k][3] for k in city_codes])
        city, city_zh, region, _, f_share, _ = CITIES[code]
        foreign = R() < f_share
        ind = pick(INDUSTRIES, [x[3] if foreign else x[2] for x in INDUSTRIES])
        size = pick(SIZES, [0.35, 0.45, 0.20] if foreign else [s[2] for s in SIZES])
        p_general = 0.7 if foreign else size[4]
        tax = "general" if R() < p_general else "small_scale"
        ts = day if viral or day.hour else work_time(day)
        if src == "baidu_ads" and R() < 0.15:  # some Baidu leads come in the evening
            ts = datetime(day.year, day.month, day.day) + D(hours=float(rng.uniform(19, 23.5)))
        c = dict(customer_id=f"C{i:05d}", signup_at=ts, segment="lead", region=region, acquisition_channel=src,
                 tier=None, lead_source_zh=SOURCE_ZH[src], city=city, city_zh=city_zh, industry=ind[0],
                 industry_en=ind[1], company_size=size[0], company_size_zh=size[1],
                 employees=int(rng.integers(size[3][0], size[3][1] + 1)), tax_status=TAX_ZH[tax], tax_status_en=tax,
                 ownership="foreign" if foreign else "domestic", ownership_zh="外资" if foreign else "内资",
                 plan_at_signing=None, plan_zh=None, accountant_id=None, sales_rep_id=pick(SALES_REPS[code]),
                 contract_start=None, language="en" if foreign and R() < 0.9 else "zh", _code=code, _ind=ind)
        customers.append(c)
        device = pick(["pc", "ios", "android"], [0.55, 0.27, 0.18] if src == "baidu_ads" else [0.2, 0.45, 0.35])
        lead_channel = {"baidu_ads": "ads", "wechat_article": "social", "referral": "other", "trade_fair": "other"}[src]
        extra = dict(device=device if src in ("baidu_ads", "wechat_article") else None, sales_rep_id=c["sales_rep_id"])
        if src == "trade_fair":
            fair = [f for f in FAIRS if f[0] <= day < f[0] + D(days=7)][0]
            extra.update(fair_name=fair[2], fair_name_en=fair[3])
        if src == "baidu_ads":
            extra.update(keyword=pick(["代理记账", "公司记账报税", "代账公司 价格", "小规模纳税人 报税", "bookkeeping shanghai"],
                                      [0.4, 0.25, 0.15, 0.15, 0.05]))
        if src == "wechat_article":
            extra.update(article="金税四期来了，小老板必看" if viral else pick(["小规模纳税人减免政策解读", "开票常见的5个坑",
                                                                         "个税汇算清缴指南"]))
        ev(c, ts, "tp_lead", "submit", lead_channel, **extra)

        # ---------------- sales: call, quote, contract ----------------
        p_call = 0.38 if viral else P_CALL[src]
        if R() > p_call:
            continue
        t_call = work_time(ts + D(hours=float(0.3 + rng.exponential(22))))
        if t_call <= ts:
            t_call = ts + D(hours=float(rng.uniform(0.5, 3)))
        if t_call > END:
            continue
        c["segment"] = "consulted"
        ev(c, t_call, "tp_consult_call", "complete", "phone", sales_rep_id=c["sales_rep_id"],
           call_minutes=int(rng.integers(8, 45)))
        if R() < 0.20:
            mean = 3.1 if src == "baidu_ads" else 4.3
            survey(c, t_call + D(hours=float(rng.uniform(1, 30))), "tp_consult_call", mean, "pushy_sales", "clear_advice")
        if R() > P_QUOTE[src]:
            continue
        t_quote = t_call + D(days=float(0.4 + rng.exponential(2.0)))
        if t_quote > END:
            continue
        plan = ("premium" if R() < 0.38 else "standard") if tax == "general" else \
            pick(["basic", "standard", "premium"], [0.72, 0.24, 0.04])
        if src == "trade_fair" and plan != "premium" and R() < 0.25:
            plan = "premium"
        c["segment"] = "quoted"
        ev(c, t_quote, "tp_quote", "send", "email", sales_rep_id=c["sales_rep_id"], plan=plan,
           quoted_monthly_fee=PLANS[plan][1])
        if R() < 0.10:
            survey(c, t_quote + D(days=float(rng.uniform(0.2, 3))), "tp_quote", 3.6, "price_concern", "clear_quote")
        if R() > P_SIGN[src]:
            continue
        t_sign = work_time(t_quote + D(days=float(rng.gamma(2.0, 5.0))))
        if t_sign > END:
            continue

        # ---------------- contract and onboarding ----------------
        acc = "A20" if code == "SZ" and t_sign >= A20_START and R() < 0.5 else pick(CITY_ACC[code])
        c.update(segment="onboarding", tier=plan, plan_at_signing=plan, plan_zh=PLANS[plan][0], accountant_id=acc,
                 contract_start=t_sign)
        ev(c, t_sign, "tp_contract", "success", "web", sales_rep_id=c["sales_rep_id"], plan=plan,
           accountant_id=acc, monthly_fee=PLANS[plan][1])
        if src != "referral":
            od(c, t_sign, PLANS[plan][2], "setup_fee", plan=plan, plan_zh=PLANS[plan][0], payment_method=pick(
                ["bank_transfer", "alipay", "wechat_pay"], [0.5, 0.25, 0.25]))
        setup_row = orders[-1] if src != "referral" else None
        fee = PLANS[plan][1]
        pay = pick(["bank_transfer", "alipay", "wechat_pay"], [0.5, 0.25, 0.25])

        if R() < 0.03:  # never finished onboarding: cancels, setup fee refunded
            t_churn = work_time(t_sign + D(days=float(rng.uniform(35, 70))))
            od(c, t_sign, fee, "monthly_fee", plan=plan, plan_zh=PLANS[plan][0], contract_year=1, payment_method=pay)
            if t_churn <= END:
                ev(c, t_churn, "tp_churn", "cancel", "phone", reason="onboarding_abandoned", accountant_id=acc)
                c["segment"] = "churned"
                if setup_row:
                    setup_row["status"] = "refunded"
            continue
        med = (18.0 if foreign else 7.0) + CITIES[code][5]
        t_docs = work_time(t_sign + D(days=float(max(1.0, rng.lognormal(math.log(med), 0.45)))))
        if t_docs > END:
            od(c, t_sign, fee, "monthly_fee", plan=plan, plan_zh=PLANS[plan][0], contract_year=1, payment_method=pay)
            continue
        c["segment"] = "active"
        ev(c, t_docs, "tp_docs_onboarding", "complete", "other", accountant_id=acc,
           documents_count=int(rng.integers(6, 18)) + (8 if foreign else 0))
        if R() < 0.5:
            survey(c, t_docs + D(days=float(rng.uniform(0.5, 4))), "tp_docs_onboarding", 2.9 if foreign else 4.25,
                   "paperwork", "smooth_onboarding")

        # ---------------- monthly service loop ----------------
        churn_mult = ind[4]
        year = 1
        notice_at = t_sign + D(days=335)
        renew_decided = False
        penalty_in_term = False
        last_penalty = None
        cur_plan = plan
        upgraded = False
        m = 0
        bill_t = t_sign
        churn_t = None
        serv_month = datetime(t_docs.year, t_docs.month, 1)
        quarters_done = set()
        while True:
            # monthly fee for bill month m
            bill_t = add_months(t_sign, m)
            if bill_t > END or (churn_t and bill_t >= churn_t):
                break
            od(c, t_sign if m == 0 else work_time(bill_t), fee, "monthly_fee", plan=cur_plan,
               plan_zh=PLANS[cur_plan][0], contract_year=year, payment_method=pay)
            month_start = datetime(bill_t.year, bill_t.month, 1)
            # books for the previous calendar month are delivered this month (when onboarded before it)
            prev = add_months(month_start, -1)
            if prev >= serv_month:
                sz_late = code == "SZ" and month_start >= SZ_BACKLOG and acc != "A20"
                dday = int(rng.integers(15, 28)) if sz_late else int(rng.integers(5, 15))
                t_b = work_time(month_start + D(days=dday - 1))
                if t_b <= END:
                    ev(c, t_b, "tp_monthly_books", "deliver", "web", accountant_id=acc,
                       books_period=prev.strftime("%Y-%m"), delivery_day=dday)
            # quarterly filing in Jan/Apr/Jul/Oct for the quarter just ended
            if month_start.month in (1, 4, 7, 10) and prev >= serv_month - D(days=62):
                q_end = month_start - D(days=1)
                qlabel = f"{q_end.year}Q{(q_end.month - 1) // 3 + 1}"
                if qlabel not in quarters_done and t_docs < month_start:
                    quarters_done.add(qlabel)
                    p_late = 0.02 + (0.03 if c["tax_status_en"] == "general" else 0.0)
                    if code == "SZ" and month_start in (datetime(2026, 1, 1), datetime(2026, 4, 1)) and acc != "A20":
                        p_late += 0.14
                    late = R() < p_late
                    fday = int(rng.integers(16, 28)) if late else int(rng.integers(3, 15))
                    t_f = work_time(month_start + D(days=fday - 1))
                    if t_f <= END:
                        ev(c, t_f, "tp_tax_filing", "submit", "web", accountant_id=acc, filing_period=qlabel,
                           on_time="no" if late else "yes", days_late=max(0, fday - 15),
                           tax_type="增值税及附加" if R() < 0.7 else "企业所得税预缴")
                        if late:
                            t_p = t_f + D(days=float(rng.uniform(1, 6)))
                            amt = int(pick([200, 500, 1000, 2000], [0.4, 0.3, 0.2, 0.1]))
                            fault = "ours" if R() < 0.75 else "client"
                            if t_p <= END:
                                ev(c, t_p, "tp_penalty", "notice", "other", accountant_id=acc, filing_period=qlabel,
                                   penalty_amount=amt, fault=fault)
                                penalty_in_term = True
                                last_penalty = t_p
                                if fault == "ours":  # compensation: this month's fee refunded
                                    orders[-1]["status"] = "refunded" if orders[-1]["order_type"] == "monthly_fee" \
                                        else orders[-1]["status"]
                                if R() < 0.6:
                                    survey(c, t_p + D(days=float(rng.uniform(0.5, 5))), "tp_penalty", 1.7,
                                           "filing_error", "smooth_filing", acc=acc)
                                if R() < 0.5:
                                    ticket(c, t_p + D(hours=float(rng.uniform(2, 48))), "filing_error", "tp_penalty", acc)
                        elif R() < 0.08:
                            survey(c, t_f + D(days=float(rng.uniform(0.5, 6))), "tp_tax_filing", 4.3, "service_meh",
                                   "smooth_filing", acc=acc)
            # accountant Q&A
            if month_start >= serv_month:
                for _ in range(int(rng.poisson(0.5))):
                    t_q = work_time(month_start + D(days=int(rng.integers(0, 28))))
                    if t_q > END or t_q < t_docs:
                        continue
                    slow = code == "SZ" and t_q >= SZ_BACKLOG and acc != "A20"
                    hrs = float(rng.lognormal(math.log(26 if slow else 3.5), 0.5 if slow else 0.8))
                    qt = pick(QUERY_TOPICS, [x[2] for x in QUERY_TOPICS])
                    ev(c, t_q, "tp_accountant_query", "ask", "app", accountant_id=acc,
                       device=pick(["ios", "android", "pc"], [0.45, 0.35, 0.20]), reply_hours=round(hrs, 1),
                       query_topic=qt[0], query_topic_en=qt[1])
                    if slow and R() < 0.08:
                        ticket(c, t_q + D(hours=hrs + float(rng.uniform(1, 20))), "slow_reply", "tp_accountant_query", acc)
                # quarterly accountant CSAT (about one in eight clients a quarter)
                if month_start.month in (3, 6, 9, 12) and R() < 0.16:
                    t_s = work_time(month_start + D(days=int(rng.integers(18, 28))))
                    slow = code == "SZ" and t_s >= SZ_BACKLOG + D(days=15) and acc != "A20"
                    mean = 2.2 if slow else ACCOUNTANTS[acc][3]
                    if t_s >= t_docs:
                        survey(c, t_s, "tp_accountant_query", mean, "slow_reply", "helpful_accountant", acc=acc)
            # upgrade during the first year
            if year == 1 and 2 <= m <= 10 and not upgraded:
                nxt = {"basic": "standard", "standard": "premium"}.get(cur_plan)
                if nxt and R() < (0.02 if cur_plan == "basic" else 0.008):
                    t_u = work_time(month_start + D(days=int(rng.integers(2, 26))))
                    if t_u <= END:
                        upgraded = True
                        ev(c, t_u, "tp_upgrade", "success", "phone", accountant_id=acc, from_plan=cur_plan, to_plan=nxt)
                        od(c, t_u, UPGRADE_FEE[(cur_plan, nxt)], "upgrade", plan=nxt, plan_zh=PLANS[nxt][0],
                           contract_year=year, payment_method=pay)
                        if cur_plan == "basic":
                            c["tax_status"], c["tax_status_en"] = TAX_ZH["general"], "general"
                        cur_plan = nxt
                        fee = PLANS[nxt][1] if year == 1 else int(PLANS[nxt][1] * 1.2)
                        c["tier"], c["plan_zh"] = nxt, PLANS[nxt][0]
                        if R() < 0.2:
                            survey(c, t_u + D(days=float(rng.uniform(1, 10))), "tp_upgrade", 1.3, "upgrade_cost",
                                   "upgrade_cost")
            # mid-term churn
            hazard = 0.0035 * churn_mult
            if last_penalty and (month_start - last_penalty).days < 75:
                hazard += 0.05
            if not renew_decided and m >= 1 and R() < hazard and add_months(t_sign, m + 1) < notice_at:
                churn_t = work_time(month_start + D(days=int(rng.integers(5, 26))))
                if churn_t <= END:
                    ev(c, churn_t, "tp_churn", "cancel", "phone", reason="mid_term", accountant_id=acc)
                    c["segment"] = "churned"
                break
            # renewal decision at month 11
            if not renew_decided and notice_at <= add_months(t_sign, m + 1) and notice_at <= END:
                renew_decided = True
                hike = notice_at >= PRICE_UP
                c["_old_fee"] = fee
                ev(c, work_time(notice_at), "tp_renewal_notice", "send", "phone", accountant_id=acc,
                   current_monthly_fee=fee, new_monthly_fee=int(fee * 1.2) if hike else fee,
                   price_change_pct=20 if hike else 0)
                p = 0.84
                if hike:
                    p -= 0.18
                if code == "SZ" and notice_at >= SZ_BACKLOG and acc != "A20":
                    p -= 0.30
                if penalty_in_term:
                    p -= 0.2
                if src == "referral":
                    p += 0.05
                p -= min(0.3, 0.04 * (churn_mult - 1))
                renew = R() < max(0.05, min(0.97, p))
                t_dec = work_time(notice_at + D(days=float(rng.uniform(2, 40))))
                if R() < 0.4:
                    survey(c, work_time(notice_at + D(days=float(rng.uniform(1, 12)))), "tp_renewal_notice",
                           (2.6 if hike else 4.0) - (0.8 if code == "SZ" and notice_at >= SZ_BACKLOG else 0),
                           "price_increase" if hike else "service_meh", "renewal_ok", acc=acc, with_nps=True)
                if hike and not renew and R() < 0.3:
                    ticket(c, t_dec - D(days=1), "price_increase", "tp_renewal_notice", acc)
                if t_dec <= END:
                    if renew:
                        ev(c, t_dec, "tp_renewal", "success", "web", accountant_id=acc, plan=cur_plan,
                           monthly_fee=int(fee * 1.2) if hike else fee)
                        c["segment"] = "renewed"
                        year = 2
                        if hike:
                            fee = int(fee * 1.2)
                        penalty_in_term = False
                    else:
                        ev(c, t_dec, "tp_churn", "cancel", "phone", reason="not_renewed", accountant_id=acc)
                        c["segment"] = "churned"
                        churn_t = add_months(t_sign, 12)
            m += 1

    # ---------------- billing tickets and social posts ----------------
    signed = [c for c in customers if c["contract_start"]]
    for _ in range(30):
        c = pick(signed)
        t = c["contract_start"] + D(days=float(rng.uniform(20, 300)))
        if t <= END:
            ticket(c, work_time(t), "billing", "tp_monthly_books", c["accountant_id"])
    social_mix = [("slow_reply", 0.18), ("filing_error", 0.14), ("price_increase", 0.14), ("helpful_accountant", 0.24),
                  ("pushy_sales", 0.12), ("service_meh", 0.18)]
    social_tp = {"slow_reply": "tp_accountant_query", "filing_error": "tp_penalty", "price_increase": "tp_renewal_notice",
                 "helpful_accountant": "tp_accountant_query", "pushy_sales": "tp_consult_call", "service_meh": None}
    for k in range(160):
        topic = pick([t for t, _ in social_mix], [x for _, x in social_mix])
        lo = PRICE_UP if topic == "price_increase" else (SZ_BACKLOG if topic == "slow_reply" and R() < 0.7 else START)
        ts = lo + D(days=float(rng.uniform(0, (END - lo).days)))
        if k % 3 == 0:
            ts = None
        lang = "en" if R() < 0.12 else "zh"
        fb(ts, text_for(topic, lang), topic, social_tp[topic], "social", None, None, None, None, lang)

    # ---------------- write ----------------
    feedback.sort(key=lambda f: (f["ts"] is None, f["ts"] or START, f["feedback_id"]))
    remap = {}
    for i, f in enumerate(feedback, 1):
        remap[f["feedback_id"]] = f"FB{i:05d}"
        f["feedback_id"] = remap[f["feedback_id"]]
    for t in truth:
        t["feedback_id"] = remap[t["feedback_id"]]
    truth.sort(key=lambda t: t["feedback_id"])
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    write_all(out, customers, events, orders, feedback, truth)
    return 0


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".")
    return str(v)


def write_all(out, customers, events, orders, feedback, truth):
    def write(path, rows, cols):
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for r in rows:
                w.writerow([fmt(r.get(k)) for k in cols])

    write(out / "touchpoints.csv",
          [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv",
          [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k,
                touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4], 1)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", customers,
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "lead_source_zh", "city",
           "city_zh", "industry", "industry_en", "company_size", "company_size_zh", "employees", "tax_status",
           "tax_status_en", "ownership", "ownership_zh", "plan_at_signing", "plan_zh", "accountant_id",
           "sales_rep_id", "contract_start", "language"])
    write(out / "events.csv", events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "city", "sales_rep_id",
           "accountant_id", "plan", "monthly_fee", "call_minutes", "quoted_monthly_fee", "keyword", "article",
           "fair_name", "fair_name_en", "documents_count", "books_period", "delivery_day", "filing_period", "tax_type",
           "on_time", "days_late", "penalty_amount", "fault", "reply_hours", "query_topic", "query_topic_en",
           "from_plan", "to_plan", "current_monthly_fee", "new_monthly_fee", "price_change_pct", "reason"])
    write(out / "orders.csv", orders,
          ["order_id", "customer_id", "ts", "amount", "status", "order_type", "plan", "plan_zh", "contract_year",
           "city", "city_zh", "payment_method"])
    write(out / "feedback.csv", feedback,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "city",
           "accountant_id", "language"])
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])


if __name__ == "__main__":
    raise SystemExit(main())
