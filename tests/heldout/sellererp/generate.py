"""帆途ERP SailWay ERP: a Chinese SaaS ERP for cross-border e-commerce sellers (跨境卖家ERP) who sell on Amazon 亚马逊,
Shopee 虾皮 and TikTok Shop, on the US 美国站, UK 英国站, JP 日本站 and SEA 东南亚站 sites.

A seller company finds our website (百度推广 Baidu ads, 知乎 / 公众号 content, 抖音 Douyin, a customer's referral, one of
four 代理商 reseller agents, or a 跨境电商展 trade-show booth QR code), registers (官网注册), may book a consultant demo,
authorizes its first store (绑定店铺授权: Amazon SP-API / Shopee / TikTok Shop open API; attempts can fail), which opens
a 15-day free trial (开通试用), runs its first order sync (首次同步订单), pays (付费开通: 标准版 standard / 专业版 pro /
旗舰版 flagship, 年付 annual or 月付 monthly, with 折扣 discounts and 代理商 agent prices), gets onboarding training
(上线培训), uses the ERP every month, buys extra sub-accounts (增购子账号) and binds more stores, opens support tickets
(工单), answers quarterly NPS calls, gets a renewal notice before the annual term ends and renews (续费) or churns
(流失; monthly payers may cancel any month).
Self-serve sign-up launched 2024-07-01; the extract ends 2026-03-31.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261219), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261219
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 3, 31, 23, 59, 59)
N_CUST = 9000
TTS = (datetime(2025, 11, 10), datetime(2026, 1, 16))        # TikTok Shop open-API permission change: auth breaks
PEAK = {2024: (datetime(2024, 11, 18), datetime(2024, 12, 9)),  # 黑五网一 peak season: ticket flood
        2025: (datetime(2025, 11, 17), datetime(2025, 12, 8))}
EXPOS = [(datetime(2025, 3, 18), 0.35), (datetime(2025, 9, 17), 0.65)]  # 跨境电商展 (3 days each)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_visit", "官网访问", "Website visit", "awareness", "web", "digital", "marketing",
     "官网|访问官网|落地页|扫码访问|官网流量|website|site visit|landing page|web traffic"),
    ("tp_register", "官网注册", "Sign-up", "consideration", "web", "digital", "growth",
     "注册|注册账号|留资|sign up|signup|register|registration|account created"),
    ("tp_demo", "预约顾问演示", "Consultant demo booked", "consideration", "phone", "digital", "sales",
     "演示|约演示|顾问演示|产品演示|demo|sales demo|product walkthrough"),
    ("tp_store_auth", "绑定店铺授权", "Store authorization", "consideration", "web", "digital", "integration",
     "授权|店铺授权|绑店|绑定店铺|SP-API授权|店铺绑定|store authorization|authorize store|bind store|connect store|"
     "store binding|auth"),
    ("tp_trial", "开通试用", "Free trial started", "consideration", "web", "digital", "growth",
     "试用|免费试用|开通试用|试用期|trial|free trial|trial start"),
    ("tp_first_sync", "首次同步订单", "First order sync", "consideration", "web", "digital", "integration",
     "首次同步|同步订单|拉单|订单同步|数据同步|first sync|order sync|initial sync|data sync"),
    ("tp_paid", "付费开通", "Paid activation", "purchase", "web", "digital", "sales",
     "付费|开通|转付费|购买|下单购买|新购|签约|paid|purchase|convert|conversion|subscribe|subscription|new deal"),
    ("tp_onboarding", "上线培训", "Onboarding training", "service", "phone", "digital", "customer_success",
     "培训|上线培训|实施|实施培训|onboarding|training|implementation|kickoff"),
    ("tp_usage", "日常使用", "Monthly product usage", "service", "web", "digital", "product",
     "日常使用|月活|使用情况|处理订单|用系统|usage|monthly usage|active use|daily use"),
    ("tp_subaccount", "增购子账号", "Sub-accounts added", "loyalty", "web", "digital", "account_management",
     "子账号|增购|加账号|增购子账号|加席位|扩容|sub-account|sub account|add seats|extra users|upsell|expansion"),
    ("tp_ticket", "提交工单", "Support ticket opened", "service", "web", "digital", "support",
     "工单|提工单|报问题|找客服|售后|ticket|support ticket|support request|case"),
    ("tp_ticket_resolved", "工单解决", "Ticket resolved", "service", "web", "digital", "support",
     "工单解决|结单|已解决|处理完成|resolved|ticket closed|resolution"),
    ("tp_nps", "NPS回访", "NPS survey call", "loyalty", "phone", "digital", "customer_success",
     "NPS|回访|满意度回访|推荐意愿|净推荐值|NPS survey|survey call"),
    ("tp_renewal_due", "续费提醒", "Renewal notice", "loyalty", "email", "digital", "account_management",
     "续费提醒|到期提醒|合同到期|renewal notice|renewal due|expiry notice"),
    ("tp_renewal", "完成续费", "Renewed", "loyalty", "web", "digital", "account_management",
     "续费|续约|续签|续年费|renewal|renewed|renew"),
    ("tp_churn", "流失", "Churned", "loyalty", "web", "digital", "customer_success",
     "流失|退订|不续费|到期不续|取消订阅|停用|churn|churned|cancel|cancellation|did not renew"),
    ("tp_review", "服务市场评价", "Service-market review", "loyalty", "social", "digital", "marketing",
     "服务市场|应用市场|评价|口碑|卖家社区|知无不言|review|app store review|marketplace review|rating"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("acquisition", "官网到付费", "Website to paid",
     ["tp_visit", "tp_register", "tp_store_auth", "tp_trial", "tp_paid"], 45),
    ("activation", "试用转付费", "Trial to paid", ["tp_trial", "tp_first_sync", "tp_paid"], 30),
    ("expansion", "增购子账号", "Sub-account expansion", ["tp_paid", "tp_subaccount"], 180),
    ("support", "工单处理", "Support ticket", ["tp_ticket", "tp_ticket_resolved"], 7),
    ("renewal", "年费续费", "Annual renewal", ["tp_renewal_due", "tp_renewal"], 45),
]
CHANNELS = {  # en: zh, weight, p(register | visit), base p(paid | trial)
    "baidu_sem": ("百度推广", 0.22, 0.38, 0.36), "content": ("知乎公众号内容", 0.18, 0.42, 0.42),
    "douyin": ("抖音", 0.15, 0.25, 0.22), "referral": ("老客户推荐", 0.10, 0.75, 0.64),
    "agent": ("代理商", 0.22, 0.80, 0.56), "trade_show": ("跨境电商展", 0.13, 0.55, 0.50)}
CITIES = {"Shenzhen": ("深圳", 0.38), "Guangzhou": ("广州", 0.16), "Yiwu": ("义乌", 0.12), "Hangzhou": ("杭州", 0.12),
          "Xiamen": ("厦门", 0.08), "Fuzhou": ("福州", 0.06), "Shanghai": ("上海", 0.08)}
AGENTS = {  # id: zh, en, weight, home city, discount, commission rate, p onboarding
    "A01": ("深圳跨境通", "Shenzhen KJT Partners", 0.38, "Shenzhen", 0.15, 0.20, 0.70),
    "A02": ("广州出海帮", "Guangzhou GoGlobal", 0.22, "Guangzhou", 0.12, 0.20, 0.66),
    "A03": ("义乌商通", "Yiwu Shangtong", 0.22, "Yiwu", 0.30, 0.12, 0.15),
    "A04": ("杭州云帆", "Hangzhou Yunfan", 0.18, "Hangzhou", 0.10, 0.20, 0.72)}
MKT = {"amazon": "亚马逊", "shopee": "虾皮", "tiktok_shop": "TikTok Shop"}
SITES = {"US": "美国站", "UK": "英国站", "JP": "日本站", "SEA": "东南亚站"}
MKT_SITES = {"amazon": (["US", "UK", "JP"], [0.55, 0.20, 0.25]), "shopee": (["SEA"], [1.0]),
             "tiktok_shop": (["US", "UK", "SEA"], [0.45, 0.20, 0.35])}
TIERS = {"small": "小卖家", "mid": "中卖家", "large": "大卖家"}
CATS = {"electronics": "3C数码", "home": "家居日用", "apparel": "服装鞋包", "beauty": "美妆个护",
        "outdoor": "户外运动", "toys": "母婴玩具"}
PLANS = {"standard": ("标准版", 1980.0, 199.0), "pro": ("专业版", 4980.0, 499.0), "flagship": ("旗舰版", 12800.0, 1280.0)}
CYCLES = {"annual": "年付", "monthly": "月付"}
SUB_PRICE_MONTH = 30.0          # one sub-account, per month (annual terms pay the rest of the term up front)
IMPL_FEE = 3000.0
OTYPES = {"new_purchase": "新购", "monthly_fee": "月费", "renewal": "续费", "sub_account": "子账号增购",
          "implementation": "实施服务费"}
OCHAN = {"direct": "官网直签", "agent": "代理商"}
SEGMENTS = {"visitor": "访客", "registered": "注册未试用", "trial": "试用中", "trial_expired": "试用未转化",
            "new": "新付费客户", "active": "付费中", "churned": "已流失"}
AUTH_FAIL = {"api_change": "TikTok接口权限变更", "token_expired": "授权过期", "two_factor": "店铺二次验证失败",
             "permission_denied": "主账号权限不足", "site_mismatch": "站点不匹配"}
TICKET_CATS = {  # en: zh, base weight
    "order_sync": ("订单同步", 0.17), "store_auth": ("店铺授权", 0.07), "logistics_label": ("物流面单", 0.05),
    "inventory": ("库存同步", 0.14), "finance_report": ("利润报表", 0.12), "billing": ("账单发票", 0.08),
    "permissions": ("子账号权限", 0.08), "feature_request": ("功能建议", 0.09), "how_to": ("使用咨询", 0.14)}
CHURN = {"price": "价格太贵", "competitor": "换用其他ERP", "closed": "店铺关停不做了", "sync_issues": "数据同步问题",
         "poor_support": "客服响应慢", "not_using": "没用起来", "missing_feature": "功能不满足"}
CSMS = ["张敏", "李婷", "王磊", "陈晓", "刘洋", "周倩"]
REVIEW_PLATFORM = {"amazon": "亚马逊服务商市场", "shopee": "Shopee服务市场", "tiktok_shop": "TikTok Shop服务市场"}

TXT = {  # topic: (zh texts, en texts); every text of a topic carries one of its markers (gold.py), no other text does
    "tts_auth": (["TikTok店铺授权一直失败，提示接口权限变更，重新授权好几次都不行",
                  "TikTok店铺授权又掉了，订单一单都同步不下来",
                  "最近TikTok店铺授权隔几天就失效，要重新绑定",
                  "TikTok店铺授权页面点完没反应，试用都开不了"],
                 ["TikTok Shop authorization keeps failing since their API change, re-authorizing does nothing",
                  "Our TikTok Shop authorization dropped again and no orders are syncing",
                  "Could not finish the TikTok Shop authorization so we never got to try the system"]),
    "auth_other": (["亚马逊店铺授权过期了，又要重新走一遍SP-API", "店铺授权过期没有任何提醒，数据断了两天"],
                   ["Our Amazon token expired and nobody warned us, data stopped for two days"]),
    "jp_sync": (["日本站的订单同步太慢了，首次同步跑了四五个小时", "日本站订单经常同步超时，数据对不上",
                 "日本站同步比美国站慢太多，试用期一半时间都在等数据"],
                ["Amazon JP order sync takes hours, the first sync ran for half a day",
                 "Amazon JP orders keep timing out during sync"]),
    "sync_error": (["订单同步有漏单，要手动去后台补", "这周又出现漏单，客服说是接口延迟"],
                   ["There are missing orders after every sync", "We keep finding missing orders in the order list"]),
    "slow_support": (["客服回复慢，工单提交了大半天都没人理", "旺季客服回复慢得离谱，等了一晚上才有人回",
                      "工单回复慢，群里@了也没人回"],
                     ["Took hours to hear back from support during Black Friday",
                      "We never hear back from support on the same day"]),
    "good_support": (["客服很给力，十分钟就帮我们解决了", "客服很给力，远程帮我们把规则配好了"],
                     ["Support team was great, fixed it within minutes",
                      "The support team was great and walked us through the setup"]),
    "label_print": (["虾皮的面单打印经常错位", "批量打印面单老是卡住", "面单打印出来条码扫不出来"],
                    ["Shipping label printing for Shopee orders is misaligned", "Bulk shipping label printing freezes"]),
    "inventory": (["库存同步不及时，导致超卖了好几单", "几个店铺共享库存还是会超卖"],
                  ["Inventory didn't update in time and we oversold"]),
    "profit_report": (["利润报表里的广告费和平台佣金算不对", "利润报表的汇率跟实际对不上"],
                      ["The profit report gets the FBA fees wrong"]),
    "billing": (["专票开了两周还没收到发票", "扣了两次钱，发票也开错了"],
                ["Still waiting for our invoice", "We were charged twice and the invoice is wrong"]),
    "permission": (["子账号权限设置太粗，运营能看到利润数据", "子账号权限不能按店铺分"],
                   ["Sub-account permissions can't be limited per store"]),
    "feature_request": (["希望能支持TEMU和SHEIN", "希望能加一个广告自动调价"],
                        ["Wish it supported Temu and Shein", "Wish it had automated ad bidding"]),
    "no_training": (["代理商收了钱就没人培训，系统根本不会用", "买完之后没人培训，很多功能不知道怎么用",
                     "没人培训，员工一直用回Excel"],
                    ["No onboarding at all from the reseller, we don't know how to use it",
                     "Nobody did any onboarding with us after we paid"]),
    "howto": (["请问自动补货规则怎么设置", "采购单审批流程怎么设置"], ["How do I set up the restock rules?"]),
    "price": (["专业版对我们小卖家来说太贵了", "子账号按个收费太贵"], ["Too expensive for a small seller like us"]),
    "competitor": (["我们已经换成了别家ERP，功能更全", "老板决定换成了领星"],
                   ["We're switching to another ERP that our team already knows"]),
    "closed": (["店铺被封了，暂时不做了", "今年生意不好，亚马逊不做了"],
               ["Our store got shut down, we're pausing the business"]),
    "easy_use": (["用了之后对账省了很多时间", "订单处理省了很多时间，运营轻松多了"],
                 ["It saves us hours on order processing every day"]),
    "multi_store": (["多店铺一个后台管理，很方便", "多店铺统一看数据，老板很满意"],
                    ["All our stores in one place, very convenient"]),
}
GEN = {
    "pos": (["整体挺满意的", "用着还不错，会继续用", "已经推荐给同行了", "比之前用的Excel强多了", "功能挺全的，上手也快",
             "性价比可以", "团队都在用，挺顺手"],
            ["Overall very happy", "Works well for us", "Already recommended it to other sellers",
             "Much better than our old spreadsheets", "Solid product"]),
    "neu": (["还行吧，有待改进", "一般般", "中规中矩", "凑合能用", "没什么特别的感觉"],
            ["It's okay", "Does the job", "Average, nothing special"]),
    "neg": (["体验很差", "很失望", "用得很闹心", "不太满意", "和销售说的不一样"],
            ["Very disappointed", "Not what we expected", "Frustrating experience"]),
}
PREFIX = (["你好", "麻烦看下", "急", "客服你好", "老板让我反馈一下"], ["Hi", "Hello team", "Urgent", "Quick one"])
SUFFIX = (["谢谢", "麻烦尽快处理", "已经是第二次反馈了", "希望尽快改进", "辛苦了"],
          ["Thanks", "Please fix asap", "This is the second time we report it", "Cheers"])
NEG = {"tts_auth", "auth_other", "jp_sync", "sync_error", "slow_support", "label_print", "inventory", "profit_report",
       "billing", "permission", "feature_request", "no_training", "price", "competitor", "closed"}
POS = {"good_support", "easy_use", "multi_store"}
TOPIC_TP = {"tts_auth": "tp_store_auth", "auth_other": "tp_store_auth", "jp_sync": "tp_first_sync",
            "sync_error": "tp_first_sync", "slow_support": "tp_ticket_resolved", "good_support": "tp_ticket_resolved",
            "label_print": "tp_usage", "inventory": "tp_usage", "profit_report": "tp_usage", "billing": "tp_paid",
            "permission": "tp_subaccount", "feature_request": "tp_usage", "no_training": "tp_onboarding",
            "howto": "tp_onboarding", "price": "tp_paid", "competitor": "tp_churn", "closed": "tp_churn",
            "easy_use": "tp_usage", "multi_store": "tp_usage"}
CAT_TOPIC = {"order_sync": "sync_error", "store_auth": "auth_other", "logistics_label": "label_print",
             "inventory": "inventory", "finance_report": "profit_report", "billing": "billing",
             "permissions": "permission", "feature_request": "feature_request", "how_to": "howto"}
CHURN_TOPIC = {"price": "price", "competitor": "competitor", "closed": "closed", "sync_issues": "sync_error",
               "poor_support": "slow_support", "not_using": "no_training", "missing_feature": "feature_request"}


def pick(opts, p):
    p = np.asarray(p, dtype=float)
    return opts[int(rng.choice(len(opts), p=p / p.sum()))]


def ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def in_peak(t):
    for a, b in PEAK.values():
        if a <= t < b:
            return t.year
    return None


def discount_label(rate):
    if rate <= 0:
        return "无折扣"
    pct = int(round((1 - rate) * 100))
    return f"{pct // 10}折" if pct % 10 == 0 else f"{pct}折"


def day_weights():
    days = [START + D(days=i) for i in range((END - START).days + 1)]
    w = []
    for d in days:
        frac = (d - START).days / (END - START).days
        s = 1.0 + 1.4 * frac
        if datetime(2025, 1, 22) <= d < datetime(2025, 2, 9) or datetime(2026, 2, 10) <= d < datetime(2026, 2, 26):
            s *= 0.45                                   # Spring Festival
        if d.month in (9, 10):
            s *= 1.25                                   # sellers gear up for Q4
        w.append(s)
    w = np.array(w)
    return days, w / w.sum()


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.cust = []
        self.n_ev = self.n_ord = self.n_fb = 0
        self.n_store = self.n_trial = self.n_sub = self.n_tk = 0
        self.days, self.dw = day_weights()

    # ---------- writers
    def ev(self, c, t, tp, sid, action, **extra):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=extra.pop("device", "pc"),
                   marketplace=c["mkt"], 平台=MKT[c["mkt"]], site=c["site"], 站点=SITES[c["site"]],
                   seller_tier=c["tier"], 卖家规模=TIERS[c["tier"]])
        if c["agent"] and tp in ("tp_paid", "tp_onboarding", "tp_renewal_due", "tp_renewal", "tp_churn",
                                 "tp_subaccount"):
            row.update(agent_id=c["agent"], 代理商=AGENTS[c["agent"]][0], agent=AGENTS[c["agent"]][1])
        row.update(extra)
        self.events.append(row)
        return True

    def order(self, c, t, otype, list_price, disc, status="paid", **extra):
        if t > END:
            return None
        self.n_ord += 1
        amt = round(list_price * (1 - disc), 2)
        row = dict(order_id=f"SO{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=amt, status=status,
                   channel="agent" if c["agent"] else "direct", 签约渠道=OCHAN["agent" if c["agent"] else "direct"],
                   order_type=otype, 订单类型=OTYPES[otype], list_price=list_price, discount_rate=round(disc, 4),
                   折扣=discount_label(disc), currency="CNY",
                   payment_method=pick(["alipay", "wechat_pay", "bank_transfer"], [0.45, 0.25, 0.30]))
        if c["agent"]:
            a = AGENTS[c["agent"]]
            row.update(agent_id=c["agent"], 代理商=a[0], agent=a[1], commission_rate=a[5])
        row.update(extra)
        if status == "cancelled":
            row["cancelled_at"] = ts(t + D(days=3))
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, gen=None, undated=False, no_customer=False, **extra):
        if t > END:
            return
        lang = c["lang"] if c else "zh"
        if lang == "zh" and rng.random() < 0.06:
            lang = "en"
        k = 0 if lang == "zh" else 1
        parts = [TXT[x][k][int(rng.integers(len(TXT[x][k])))] for x in topics]
        if gen is None:
            gen = "neg" if any(x in NEG for x in topics) else ("pos" if topics else "neu")
        if not parts or rng.random() < 0.3:
            g = GEN[gen][k]
            parts.append(g[int(rng.integers(len(g)))])
        if channel in ("ticket", "community_post") and rng.random() < 0.5:
            pre = PREFIX[k] + ([f"我们是做{MKT[c['mkt']]}的", f"我们{TIERS[c['tier']]}，做{CATS[c['cat']]}"] if c and k == 0
                               else [f"We sell {c['cat']} on {c['mkt'].replace('_', ' ').title()}"] if c else [])
            parts.insert(0, pre[int(rng.integers(len(pre)))])
        if rng.random() < 0.25:
            parts.append(SUFFIX[k][int(rng.integers(len(SUFFIX[k])))])
        text = ("，".join(parts) + "。") if k == 0 else (". ".join(parts) + ".")
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        tp = next((TOPIC_TP[x] for x in topics if x in TOPIC_TP), None)
        if tp is None:
            tp = {"ticket": "tp_ticket", "csat": "tp_ticket_resolved", "nps_call": "tp_nps",
                  "churn_call": "tp_churn"}.get(channel, "tp_review")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if (no_customer or not c) else c["customer_id"], touchpoint_id=tp,
                   channel=channel, rating=rating, nps=nps, language=lang)
        if c:
            row.update(marketplace=c["mkt"], 平台=MKT[c["mkt"]], site=c["site"], 站点=SITES[c["site"]],
                       seller_tier=c["tier"], 卖家规模=TIERS[c["tier"]])
            if c["agent"]:
                row.update(agent_id=c["agent"], 代理商=AGENTS[c["agent"]][0], agent=AGENTS[c["agent"]][1])
        row.update(extra)
        self.feedback.append(row)
        neg = any(x in NEG for x in topics)
        pos = any(x in POS for x in topics)
        sent = "negative" if neg and not pos else ("positive" if pos and not neg else
                                                   {"pos": "positive", "neu": "neutral", "neg": "negative"}[gen]
                                                   if not (neg and pos) else "mixed")
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics), sentiment=sent))

    # ---------- customers
    def customers(self):
        chs = list(CHANNELS)
        cw = [CHANNELS[x][1] for x in chs]
        for i in range(N_CUST):
            ch = pick(chs, cw)
            agent = None
            if ch == "agent":
                agent = pick(list(AGENTS), [a[2] for a in AGENTS.values()])
                city = AGENTS[agent][3] if rng.random() < 0.75 else pick(list(CITIES), [v[1] for v in CITIES.values()])
            else:
                city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            tier = pick(["small", "mid", "large"], [0.70, 0.25, 0.05] if city == "Yiwu" else [0.52, 0.34, 0.14])
            if city == "Yiwu":
                mkt = pick(["amazon", "shopee", "tiktok_shop"], [0.25, 0.40, 0.35])
            elif tier == "large":
                mkt = pick(["amazon", "shopee", "tiktok_shop"], [0.75, 0.10, 0.15])
            else:
                mkt = pick(["amazon", "shopee", "tiktok_shop"], [0.52, 0.24, 0.24])
            site = pick(*MKT_SITES[mkt])
            if ch == "trade_show" and rng.random() < 0.6:
                day0 = pick([e[0] for e in EXPOS], [e[1] for e in EXPOS])
                visit = day0 + D(days=int(pick([0, 1, 2], [0.5, 0.3, 0.2])), hours=float(rng.uniform(9.5, 17.5)))
            else:
                d = self.days[int(rng.choice(len(self.days), p=self.dw))]
                visit = d + D(hours=float(rng.uniform(8, 23.5)))
            self.cust.append(dict(
                customer_id=f"S{i + 1:05d}", channel=ch, agent=agent, city=city, tier=tier, mkt=mkt, site=site,
                cat=pick(list(CATS), [0.24, 0.22, 0.16, 0.12, 0.14, 0.12]), visit=visit,
                lang="en" if rng.random() < 0.07 else "zh", csm=CSMS[int(rng.integers(len(CSMS)))],
                company=f"{CITIES[city][0]}{pick(['鼎盛', '星河', '海川', '优品', '跨越', '启航', '宏图', '拓海', '众联', '安达'], [0.1] * 10)}"
                        f"{pick(['科技', '电子商务', '贸易', '网络科技', '供应链'], [0.3, 0.3, 0.2, 0.1, 0.1])}有限公司",
                signup=None, trial=None, paid=None, churned=None, plan=None, cycle=None, subs=0, stores=0,
                state="visitor", issues=set(), onboarded=False))

    # ---------- store authorization
    def auth(self, c, t, mkt, site, sid, max_tries=3, p_retry=0.75):
        """attempts to authorize one store; returns the success time or None."""
        for k in range(max_tries):
            if t > END:
                return None
            p_fail = 0.07
            if mkt == "tiktok_shop" and TTS[0] <= t < TTS[1]:
                p_fail = 0.50
            elif mkt == "amazon" and site == "JP":
                p_fail = 0.10
            fail = rng.random() < p_fail
            extra = dict(marketplace=mkt, 平台=MKT[mkt], site=site, 站点=SITES[site], store_id=sid, attempt=k + 1)
            if fail:
                if mkt == "tiktok_shop" and TTS[0] <= t < TTS[1] and rng.random() < 0.85:
                    r = "api_change"
                else:
                    r = pick(["token_expired", "two_factor", "permission_denied", "site_mismatch"],
                             [0.35, 0.30, 0.20, 0.15])
                self.ev(c, t, "tp_store_auth", sid, "fail", auth_fail_reason=r, 授权失败原因=AUTH_FAIL[r], **extra)
                if r == "api_change":
                    c["issues"].add("tts_auth")
                if rng.random() > p_retry:
                    return None
                t = t + D(hours=float(rng.exponential(20) + 0.2))
            else:
                self.ev(c, t, "tp_store_auth", sid, "success", **extra)
                return t
        return None

    def new_store(self):
        self.n_store += 1
        return f"ST{self.n_store:05d}"

    # ---------- one seller
    def run_one(self, c):
        ch = CHANNELS[c["channel"]]
        dev = "pc" if rng.random() < (0.35 if c["channel"] == "douyin" else 0.75) else pick(["ios", "android"],
                                                                                            [0.45, 0.55])
        camp = {"baidu_sem": "bd_erp_brand", "content": "zhihu_erp_review", "douyin": "dy_kuajing_tips",
                "referral": "refer_a_friend", "agent": "agent_landing", "trade_show": "expo_qr"}[c["channel"]]
        self.ev(c, c["visit"], "tp_visit", None, "view", device=dev, channel=c["channel"],
                page=pick(["home", "pricing", "features", "case_studies"], [0.45, 0.25, 0.2, 0.1]), campaign=camp)
        t = c["visit"]
        for _ in range(int(rng.poisson(0.6))):
            t2 = t + D(days=float(rng.exponential(4)) + 0.05)
            self.ev(c, t2, "tp_visit", None, "view", device=dev, channel=c["channel"],
                    page=pick(["pricing", "features", "help_center"], [0.5, 0.3, 0.2]), campaign=camp)
        if rng.random() > ch[2]:
            return
        t = c["visit"] + D(hours=float(rng.exponential(30) + 0.1))
        if not self.ev(c, t, "tp_register", None, "submit", device=dev):
            return
        c["signup"], c["state"] = t, "registered"
        demo = rng.random() < {"small": 0.12, "mid": 0.40, "large": 0.75}[c["tier"]]
        if demo:
            self.ev(c, t + D(days=float(rng.exponential(2) + 0.1)), "tp_demo", None, "booked", channel="phone")
        if rng.random() > 0.86:
            return
        t = t + D(hours=float(rng.exponential(16) + 0.1))
        sid = self.new_store()
        t_ok = self.auth(c, t, c["mkt"], c["site"], sid)
        if t_ok is None:
            if "tts_auth" in c["issues"] and rng.random() < 0.18:
                self.fb(c, t + D(days=float(rng.uniform(0.2, 3))), ["tts_auth"], "community_post",
                        undated=rng.random() < 0.5, no_customer=rng.random() < 0.4)
            return
        c["stores"], c["store0"] = 1, sid
        # ---- trial
        self.n_trial += 1
        trid = f"TR{self.n_trial:05d}"
        t_tr = t_ok + D(minutes=float(rng.uniform(1, 20)))
        if not self.ev(c, t_tr, "tp_trial", trid, "started", trial_days=15):
            return
        c["trial"], c["state"] = t_tr, "trial"
        jp = c["mkt"] == "amazon" and c["site"] == "JP"
        sync_ok = True
        if rng.random() < 0.93:
            mins = float(rng.lognormal(np.log(250 if jp else 24), 0.5))
            timeout = rng.random() < (0.25 if jp else 0.03)
            sync_ok = not timeout
            self.ev(c, t_tr + D(minutes=mins), "tp_first_sync", trid, "timeout" if timeout else "completed",
                    sync_minutes=round(mins, 1), orders_synced=int(rng.integers(200, 3000) * (3 if c["tier"] == "large" else 1)),
                    store_id=sid)
            if jp and (mins > 240 or timeout):
                c["issues"].add("jp_sync")
        if rng.random() < 0.2:
            cat = "order_sync" if jp and rng.random() < 0.6 else pick(["how_to", "store_auth", "order_sync"],
                                                                        [0.5, 0.2, 0.3])
            self.ticket(c, t_tr + D(days=float(rng.uniform(0.1, 10))), cat)
        p = ch[3] * {"small": 0.85, "mid": 1.1, "large": 1.25}[c["tier"]] * (1.4 if demo else 1.0)
        if jp:
            p *= 0.55
        if not sync_ok:
            p *= 0.5
        if rng.random() < min(0.95, p):
            lag = float(rng.uniform(1, 22)) if rng.random() < 0.92 else float(rng.uniform(22, 45))
            self.subscription(c, t_tr + D(days=lag), trid)
        else:
            c["state"] = "trial" if t_tr + D(days=15) > END else "trial_expired"
            if rng.random() < 0.22:                           # abandoned checkout: order created, never paid
                plan = "standard" if c["tier"] == "small" else "pro"
                self.order(c, t_tr + D(days=float(rng.uniform(5, 15))), "new_purchase", PLANS[plan][1],
                           AGENTS[c["agent"]][4] if c["agent"] else 0.0, status="cancelled", plan=plan,
                           版本=PLANS[plan][0], billing_cycle="annual", 付费周期="年付")
            if "jp_sync" in c["issues"] and rng.random() < 0.15:
                self.fb(c, t_tr + D(days=float(rng.uniform(2, 14))), ["jp_sync"], "community_post",
                        undated=rng.random() < 0.5, no_customer=rng.random() < 0.4)

    def ticket(self, c, t, cat):
        if t > END:
            return
        self.n_tk += 1
        tk = f"TK{self.n_tk:06d}"
        py = in_peak(t)
        med = 170 if py == 2025 else (45 if py == 2024 else 22)
        frm = float(rng.lognormal(np.log(med), 0.7))
        prio = "urgent" if cat in ("order_sync", "store_auth") and rng.random() < 0.4 else "normal"
        tkch = pick(["ticket_portal", "wechat", "phone"], [0.55, 0.35, 0.10])
        self.ev(c, t, "tp_ticket", tk, "opened", channel=tkch, ticket_category=cat, 工单类型=TICKET_CATS[cat][0],
                priority=prio, first_response_minutes=round(frm, 1))
        topic = CAT_TOPIC[cat]
        if cat == "store_auth" and c["mkt"] == "tiktok_shop" and TTS[0] <= t < TTS[1]:
            topic = "tts_auth"
            c["issues"].add("tts_auth")
        elif cat == "order_sync" and c["mkt"] == "amazon" and c["site"] == "JP":
            topic = "jp_sync"
            c["issues"].add("jp_sync")
        elif cat == "how_to" and c["agent"] == "A03" and not c["onboarded"]:
            topic = "no_training"
            c["issues"].add("no_training")
        elif cat == "logistics_label" and c["mkt"] == "shopee":
            c["issues"].add("label_print")
        ext = dict(ticket_id=tk, ticket_category=cat, 工单类型=TICKET_CATS[cat][0])
        if rng.random() < 0.28:
            self.fb(c, t + D(minutes=1), [topic], "ticket", **ext)
        if rng.random() < 0.04:
            return
        res_h = float(rng.lognormal(np.log(5.0 * (2.5 if py == 2025 else 1.0)), 0.9))
        t_r = t + D(minutes=frm) + D(hours=res_h)
        code = pick(["fixed", "answered", "config_changed", "escalated_to_dev"], [0.35, 0.35, 0.2, 0.1])
        if not self.ev(c, t_r, "tp_ticket_resolved", tk, "resolved", channel=tkch, ticket_category=cat,
                       工单类型=TICKET_CATS[cat][0], resolution_code=code, resolution_hours=round(res_h, 2)):
            return
        if rng.random() < 0.38:
            r = 4.4 + float(rng.normal(0, 0.7))
            slow = frm > 120
            if slow:
                r -= 1.9
            if topic == "tts_auth":
                r -= 2.6
            elif topic in ("jp_sync", "no_training"):
                r -= 1.1
            rating = float(min(5, max(1, round(r))))
            tops = []
            if slow and rng.random() < 0.7:
                tops.append("slow_support")
                c["issues"].add("slow_support")
            if rating <= 3 and topic != "howto" and \
                    rng.random() < (0.6 if topic in ("tts_auth", "jp_sync", "no_training") else 0.35):
                tops.append(topic)
            if rating >= 4 and not slow and not tops and rng.random() < 0.35:
                tops.append("good_support")
            gen = "pos" if rating >= 4 else ("neu" if rating == 3 else "neg")
            self.fb(c, t_r + D(hours=float(rng.uniform(0.2, 20))), tops, "csat", rating=rating, gen=gen, **ext)

    def subscription(self, c, t_paid, trid):
        if t_paid > END:
            c["state"] = "trial"
            return
        self.n_sub += 1
        sub = f"SUB{self.n_sub:05d}"
        tier = c["tier"]
        plan = pick(list(PLANS), {"small": [0.70, 0.28, 0.02], "mid": [0.25, 0.60, 0.15],
                                  "large": [0.05, 0.40, 0.55]}[tier])
        p_annual = {"small": 0.35, "mid": 0.60, "large": 0.80}[tier]
        if c["agent"]:
            p_annual = 0.80
        cycle = "annual" if rng.random() < p_annual else "monthly"
        c.update(paid=t_paid, plan=plan, cycle=cycle, state="active")
        agent = c["agent"]
        base_disc = AGENTS[agent][4] if agent else 0.0
        promo = None
        first_disc = base_disc
        if not agent and c["channel"] == "trade_show" and cycle == "annual":
            first_disc, promo = 0.20, f"EXPO{t_paid.year}"
        elif not agent and c["channel"] == "referral":
            first_disc, promo = 0.10, "REFER10"
        pe = dict(plan=plan, 版本=PLANS[plan][0], billing_cycle=cycle, 付费周期=CYCLES[cycle])
        self.ev(c, t_paid, "tp_paid", sub, "subscribed", **pe)
        oe = dict(subscription_id=sub, **pe)
        price = PLANS[plan][1] if cycle == "annual" else PLANS[plan][2]
        self.order(c, t_paid, "new_purchase", price, first_disc, promo_code=promo, **oe)
        if plan == "flagship" and agent != "A03":
            self.order(c, t_paid + D(days=float(rng.uniform(0.5, 4))), "implementation", IMPL_FEE, 0.0, **oe)
        p_onb = AGENTS[agent][6] if agent else 0.82
        if rng.random() < p_onb:
            c["onboarded"] = True
            self.ev(c, t_paid + D(days=float(rng.exponential(4) + 0.5)), "tp_onboarding", sub, "completed",
                    channel="phone", csm=c["csm"], trainer="agent" if agent else "csm", **pe)
        jp = c["mkt"] == "amazon" and c["site"] == "JP"
        # ---- timeline: end of the subscription
        charges, t_end, churn_act, renew = [], None, None, None
        if cycle == "monthly":
            p_m = {"small": 0.065, "mid": 0.040, "large": 0.020}[tier] * (1.6 if jp else 1.0) * \
                (1.8 if agent == "A03" else 1.0) * (0.75 if c["onboarded"] else 1.0)
            m = 1
            while True:
                tm = t_paid + D(days=30 * m)
                if tm > END:
                    break
                if rng.random() < p_m:
                    t_end, churn_act = tm - D(days=float(rng.uniform(0, 5))), "cancelled"
                    break
                charges.append(tm)
                m += 1
        else:
            term_end = t_paid + D(days=365)
            due = term_end - D(days=30)
            if due <= END:
                p_r = 0.74 * (1.12 if tier == "large" else 1.0) * (0.40 if agent == "A03" else 1.0) * \
                    (0.70 if jp else 1.0) * (1.0 if c["onboarded"] else 0.70)
                ok = rng.random() < min(0.95, p_r)
                renew = (due, ok, term_end)
                if not ok:
                    t_end, churn_act = term_end + D(days=7), "expired"
        t_stop = min(t_end or END, END)
        # ---- sub-accounts
        p_add = {"small": 0.10, "mid": 0.38, "large": 0.72}[tier]
        adds = []
        if rng.random() < p_add:
            ta = t_paid + D(days=float(min(170, rng.exponential(45) + 2)))
            while ta < t_stop:
                n = int(rng.integers(1, {"small": 3, "mid": 5, "large": 11}[tier]))
                adds.append((ta, n))
                if rng.random() > 0.35:
                    break
                ta += D(days=float(rng.exponential(90) + 10))
        subs = 0
        for ta, n in adds:
            subs += n
            self.ev(c, ta, "tp_subaccount", sub, "added", sub_accounts_added=n, sub_accounts_total=subs, **pe)
            if cycle == "annual":
                term_end_now = t_paid + D(days=365)
                while term_end_now < ta:
                    term_end_now += D(days=365)
                months_left = max(1, int(round((term_end_now - ta).days / 30.4)))
                self.order(c, ta, "sub_account", SUB_PRICE_MONTH * n * months_left, base_disc, sub_accounts=n,
                           months=months_left, **oe)
        c["subs"] = subs
        # ---- monthly charges (fee + sub-account line)
        for tm in charges:
            st = "refunded" if rng.random() < 0.015 else "paid"
            r = self.order(c, tm, "monthly_fee", PLANS[plan][2], base_disc, status=st, **oe)
            if r and st == "refunded":
                r["refunded_at"] = ts(tm + D(days=float(rng.uniform(1, 6))))
            n_subs = sum(n for ta, n in adds if ta <= tm)
            if n_subs:
                self.order(c, tm, "sub_account", SUB_PRICE_MONTH * n_subs, base_disc, sub_accounts=n_subs, months=1,
                           **oe)
        # ---- renewal
        if renew:
            due, ok, term_end = renew
            self.ev(c, due, "tp_renewal_due", sub, "notice_sent", term_end=term_end.strftime("%Y-%m-%d"), **pe)
            if ok:
                tr = due + D(days=float(rng.uniform(1, 36)))
                if self.ev(c, tr, "tp_renewal", sub, "renewed", **pe):
                    rdisc = base_disc if agent else 0.05
                    self.order(c, tr, "renewal", PLANS[plan][1] + SUB_PRICE_MONTH * 12 * subs, rdisc,
                               sub_accounts=subs or None, **oe)
        # ---- more stores (mid / large), TikTok re-authorization in the API change window
        for _ in range(int(rng.poisson({"small": 0.2, "mid": 0.8, "large": 2.2}[tier]))):
            tsx = t_paid + D(days=float(rng.uniform(3, 240)))
            if tsx >= t_stop:
                continue
            mkt = pick(["amazon", "shopee", "tiktok_shop"], [0.45, 0.25, 0.30])
            site = pick(*MKT_SITES[mkt])
            if self.auth(c, tsx, mkt, site, self.new_store(), p_retry=0.85):
                c["stores"] += 1
        if c["mkt"] == "tiktok_shop" and t_paid < TTS[0] + D(days=20) and t_stop > TTS[0] + D(days=20):
            tra = max(TTS[0], t_paid) + D(days=float(rng.uniform(0, 20)))
            self.auth(c, tra, "tiktok_shop", c["site"], c["store0"], max_tries=4, p_retry=0.9)
        # ---- usage, tickets, NPS over the active months
        lam = {"small": 0.30, "mid": 0.50, "large": 0.90}[tier]
        cw = {k: v[1] for k, v in TICKET_CATS.items()}
        if c["mkt"] == "shopee":
            cw["logistics_label"] *= 8.0
        if jp:
            cw["order_sync"] *= 3.0
        if agent == "A03" and not c["onboarded"]:
            cw["how_to"] *= 3.0
        cats = list(cw)
        tw = t_paid
        while tw < t_stop:
            f = 2.5 if in_peak(tw) == 2025 else (1.6 if in_peak(tw) == 2024 else 1.0)
            for _ in range(int(rng.poisson(lam / 4.3 * f))):
                tt = tw + D(days=float(rng.uniform(0, 7)))
                if tt >= t_stop:
                    continue
                w = dict(cw)
                if c["mkt"] == "tiktok_shop" and TTS[0] <= tt < TTS[1]:
                    w["store_auth"] *= 15
                self.ticket(c, tt, pick(cats, [w[k] for k in cats]))
            tw += D(days=7)
        y, mo = t_paid.year, t_paid.month
        while True:
            me = (datetime(y + (mo == 12), mo % 12 + 1, 1) - D(seconds=1))
            if me > t_stop:
                break
            users = 1 + sum(n for ta, n in adds if ta <= me)
            vol = {"small": 900, "mid": 4500, "large": 22000}[tier]
            self.ev(c, me, "tp_usage", sub, "usage_summary", usage_month=f"{y}-{mo:02d}",
                    orders_processed=int(rng.lognormal(np.log(vol), 0.4)), active_users=users,
                    logins=int(rng.poisson(20 * users)), **pe)
            y, mo = (y + (mo == 12), mo % 12 + 1)
        for qd in (datetime(2024, 9, 15), datetime(2024, 12, 15), datetime(2025, 3, 14), datetime(2025, 6, 16),
                   datetime(2025, 9, 15), datetime(2025, 12, 15), datetime(2026, 3, 16)):
            tq = qd + D(days=float(rng.uniform(0, 6)), hours=float(rng.uniform(1, 8)))
            if not (t_paid + D(days=30) <= tq < t_stop) or rng.random() > 0.30:
                continue
            iss = set(c["issues"])
            sc = 8.3 + float(rng.normal(0, 1.4))
            if jp:
                sc -= 2.4
            if agent == "A03" and not c["onboarded"]:
                sc -= 2.0
            if c["mkt"] == "tiktok_shop" and TTS[0] <= tq < TTS[1] + D(days=10):
                sc -= 1.8
            if qd == datetime(2025, 12, 15) and "slow_support" in iss:
                sc -= 1.5
            nps = int(np.clip(round(sc), 0, 10))
            tops = [x for x in ("tts_auth", "jp_sync", "no_training", "slow_support", "label_print") if x in iss
                    and rng.random() < 0.5]
            if nps >= 9 and not tops and rng.random() < 0.5:
                tops = [pick(["easy_use", "multi_store", "good_support"], [0.45, 0.35, 0.2])]
            if nps <= 6 and not tops and rng.random() < 0.4:
                tops = [pick(["price", "profit_report", "inventory", "feature_request"], [0.35, 0.25, 0.2, 0.2])]
            self.ev(c, tq, "tp_nps", None, "responded", channel="phone", nps_score=nps, csm=c["csm"])
            self.fb(c, tq + D(minutes=5), tops, "nps_call", nps=nps,
                    gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"), plan=plan, 版本=PLANS[plan][0])
        # ---- service-market review
        if rng.random() < 0.13:
            tr = t_paid + D(days=float(rng.uniform(20, 200)))
            if tr < t_stop:
                iss = [x for x in ("tts_auth", "jp_sync", "no_training", "slow_support", "label_print")
                       if x in c["issues"]]
                r = 4.4 + float(rng.normal(0, 0.6)) - 1.5 * len(iss)
                rating = float(min(5, max(1, round(r))))
                tops = iss[:2]
                if rating >= 4 and not tops and rng.random() < 0.6:
                    tops = [pick(["easy_use", "multi_store"], [0.5, 0.5])]
                if rating <= 2 and not tops and rng.random() < 0.5:
                    tops = [pick(["price", "inventory", "profit_report"], [0.4, 0.3, 0.3])]
                gen = "pos" if rating >= 4 else ("neu" if rating == 3 else "neg")
                self.fb(c, tr, tops, "app_market_review", rating=rating, gen=gen, undated=rng.random() < 0.4,
                        review_platform=REVIEW_PLATFORM[c["mkt"]], plan=plan, 版本=PLANS[plan][0])
        if c["issues"] & {"tts_auth", "jp_sync", "no_training", "label_print"} and rng.random() < 0.08:
            tops = sorted(c["issues"] & {"tts_auth", "jp_sync", "no_training", "label_print"})[:1]
            self.fb(c, t_paid + D(days=float(rng.uniform(10, 120))), tops, "community_post",
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.4)
        # ---- churn
        if t_end is not None and t_end <= END:
            w = {"price": 0.22, "competitor": 0.18, "closed": 0.22, "sync_issues": 0.08, "poor_support": 0.08,
                 "not_using": 0.12, "missing_feature": 0.10}
            if jp:
                w["sync_issues"] *= 6
            if agent == "A03" and not c["onboarded"]:
                w["not_using"] *= 10
            if "slow_support" in c["issues"]:
                w["poor_support"] *= 3
            reason = pick(list(w), list(w.values()))
            self.ev(c, t_end, "tp_churn", sub, churn_act, churn_reason=reason, 流失原因=CHURN[reason], **pe)
            c["churned"], c["state"] = t_end, "churned"
            if rng.random() < 0.5:
                tp = CHURN_TOPIC[reason]
                if reason == "sync_issues" and jp:
                    tp = "jp_sync"
                self.fb(c, t_end + D(days=float(rng.uniform(1, 10))), [tp], "churn_call", churn_reason=reason,
                        流失原因=CHURN[reason], plan=plan, 版本=PLANS[plan][0])

    def run(self):
        self.customers()
        for c in self.cust:
            self.run_one(c)
        # anonymous community posts from sellers we never identified
        for _ in range(40):
            t = START + D(days=float(rng.uniform(0, (END - START).days)))
            tops = [pick(["price", "feature_request", "easy_use", "sync_error"], [0.3, 0.3, 0.2, 0.2])]
            self.fb(None, t, tops, "community_post", undated=rng.random() < 0.5)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            seg = c["state"]
            if seg == "active" and c["paid"] >= datetime(2026, 1, 1):
                seg = "new"
            rows.append(dict(
                customer_id=c["customer_id"], company_name=c["company"],
                signup_at=ts(c["signup"]) if c["signup"] else None, first_visit_at=ts(c["visit"]), segment=seg,
                客户状态=SEGMENTS[seg], region=c["city"], 所在城市=CITIES[c["city"]][0],
                acquisition_channel=c["channel"], 获客渠道=CHANNELS[c["channel"]][0], tier=c["tier"],
                卖家规模=TIERS[c["tier"]], main_marketplace=c["mkt"], 主营平台=MKT[c["mkt"]], main_site=c["site"],
                主站点=SITES[c["site"]], category=c["cat"], 主营类目=CATS[c["cat"]], agent_id=c["agent"],
                代理商=AGENTS[c["agent"]][0] if c["agent"] else None,
                agent=AGENTS[c["agent"]][1] if c["agent"] else None,
                plan=c["plan"], 版本=PLANS[c["plan"]][0] if c["plan"] else None, billing_cycle=c["cycle"],
                付费周期=CYCLES[c["cycle"]] if c["cycle"] else None, stores_bound=c["stores"],
                sub_accounts=c["subs"] if c["paid"] else None, paid_at=ts(c["paid"]) if c["paid"] else None,
                churned_at=ts(c["churned"]) if c["churned"] else None, csm=c["csm"] if c["paid"] else None,
                preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "marketplace", "平台", "site", "站点", "seller_tier", "卖家规模", "store_id", "attempt", "page", "campaign",
           "agent_id", "代理商", "agent", "plan", "版本", "billing_cycle", "付费周期", "auth_fail_reason", "授权失败原因",
           "trial_days", "sync_minutes", "orders_synced", "trainer", "csm", "usage_month", "orders_processed",
           "active_users", "logins", "sub_accounts_added", "sub_accounts_total", "ticket_category", "工单类型",
           "priority", "first_response_minutes", "resolution_code", "resolution_hours", "nps_score", "term_end",
           "churn_reason", "流失原因"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "签约渠道", "order_type", "订单类型",
            "subscription_id", "plan", "版本", "billing_cycle", "付费周期", "list_price", "discount_rate", "折扣",
            "promo_code", "agent_id", "代理商", "agent", "commission_rate", "sub_accounts", "months",
            "payment_method", "currency", "refunded_at", "cancelled_at"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "marketplace", "平台", "site", "站点", "seller_tier", "卖家规模", "agent_id", "代理商", "agent", "plan", "版本",
           "ticket_id", "ticket_category", "工单类型", "churn_reason", "流失原因", "review_platform"]
CUST_COLS = ["customer_id", "company_name", "signup_at", "first_visit_at", "segment", "客户状态", "region", "所在城市",
             "acquisition_channel", "获客渠道", "tier", "卖家规模", "main_marketplace", "主营平台", "main_site", "主站点",
             "category", "主营类目", "agent_id", "代理商", "agent", "plan", "版本", "billing_cycle", "付费周期",
             "stores_bound", "sub_accounts", "paid_at", "churned_at", "csm", "preferred_language"]


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
    dup = rng.choice(len(ev), size=21, replace=False)             # the tracking pipeline re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, trials {g.n_trial}, subscriptions {g.n_sub}, tickets {g.n_tk}, "
          f"events {len(ev)}, orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
