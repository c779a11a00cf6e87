"""TradeEase 易投 — synthetic retail stock-trading / investing app (written blind).

    python generate.py OUTDIR [--truth FILE]

Fixed seed, numpy + stdlib only, deterministic, a few seconds. Writes touchpoints, customers, events, journeys,
orders (premium-research subscriptions and trading commissions) and feedback as CSV following DATA.md.
Data covers 2024-10-01 .. 2026-03-31 (18 months). With --truth, also writes the generator's topic of every
feedback row (feedback_id, topic) to FILE, outside the data folder, for gold.py's marker check.
See README.md for the planted patterns.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20241001
START = datetime(2024, 10, 1)
END = datetime(2026, 3, 31, 23, 59, 59)
FEE_CHANGE = datetime(2025, 7, 1)           # HK-stock platform fee added (15 HKD per order)
FREEZE_MONTH = (2025, 11)                   # app freezes at the market open
rng = np.random.default_rng(SEED)

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "growth",
     "投放|广告|信息流广告|抖音广告|ad|ads|campaign"),
    ("tp_download", "下载App", "App download", "awareness", "app", "digital", "growth",
     "下载|安装|装App|install|download|app install"),
    ("tp_register", "手机号注册", "Sign-up", "consideration", "app", "digital", "growth",
     "注册|手机注册|sign up|signup|registration|register"),
    ("tp_kyc_submit", "提交开户资料", "KYC submission", "purchase", "app", "digital", "onboarding",
     "身份认证|实名认证|开户申请|提交开户|人脸识别|视频见证|证件上传|KYC|ID verification|identity check"),
    ("tp_account_opened", "开户成功", "Account opened", "purchase", "other", "digital", "onboarding",
     "开户通过|审核通过|KYC通过|account approved|account opened|KYC approved"),
    ("tp_risk_quiz", "风险测评", "Risk questionnaire", "purchase", "app", "digital", "compliance",
     "风测|风险评估|适当性评估|风险问卷|risk quiz|risk assessment|suitability test"),
    ("tp_bind_card", "绑定银行卡", "Bank card linking", "purchase", "app", "digital", "onboarding",
     "绑卡|三方存管|银证转账开通|link bank|bank linking|bind card"),
    ("tp_first_deposit", "首次入金", "First deposit", "purchase", "app", "digital", "funding",
     "首入金|入金|转入资金|充值|first funding|fund account|deposit"),
    ("tp_first_trade", "首笔交易", "First trade", "purchase", "app", "digital", "trading",
     "首单|首次下单|首次成交|first order|first trade"),
    ("tp_trade", "股票交易下单", "Trading (order placement)", "loyalty", "app", "digital", "trading",
     "下单|买卖|交易|委托|买股票|order|orders|buy|sell|trading"),
    ("tp_plan_view", "定投页面浏览", "Recurring plan page", "consideration", "app", "digital", "wealth",
     "定投页|看定投|基金定投|recurring investment|auto-invest page|AIP page"),
    ("tp_plan_setup", "创建定投计划", "Recurring plan set-up", "loyalty", "app", "digital", "wealth",
     "设置定投|开通定投|定投计划|set up auto-invest|recurring plan|AIP"),
    ("tp_plan_exec", "定投首次扣款", "First recurring debit", "loyalty", "other", "digital", "wealth",
     "定投扣款|定投执行|首期定投|first auto-invest debit|plan executed"),
    ("tp_research_page", "研报会员页", "Premium research page", "consideration", "app", "digital", "research",
     "研报|投研|会员页|易投Pro|research|premium page"),
    ("tp_research_sub", "开通研报会员", "Premium research subscription", "purchase", "app", "digital", "research",
     "订阅研报|开会员|研报会员|Pro会员|subscribe research|premium subscription"),
    ("tp_withdraw_request", "出金申请", "Withdrawal request", "service", "app", "digital", "funding",
     "出金|提现|取钱|转出资金|withdraw|withdrawal|cash out"),
    ("tp_withdraw_done", "出金到账", "Withdrawal arrived", "service", "other", "digital", "funding",
     "到账|资金到账|出金完成|funds arrived|withdrawal completed"),
    ("tp_ticket", "提交客服工单", "Support ticket", "service", "app", "digital", "service",
     "工单|投诉|报障|找客服|提工单|ticket|complaint|support request"),
    ("tp_callback", "客服回电", "Support callback", "service", "phone", "physical", "service",
     "回电|回访|电话回拨|客服来电|call back|callback"),
    ("tp_resolved", "工单解决", "Ticket resolved", "service", "phone", "physical", "service",
     "问题解决|结单|关闭工单|resolved|ticket closed|solved"),
    ("tp_close", "销户", "Account closure", "loyalty", "app", "digital", "service",
     "注销|销户|关户|流失|close account|account closure|churn"),
]
JOURNEYS = [
    ("open_account", "开户旅程", "Account opening",
     ["tp_download", "tp_register", "tp_kyc_submit", "tp_account_opened", "tp_risk_quiz", "tp_bind_card"], 14),
    ("first_trade", "入金首投旅程", "First deposit & first trade",
     ["tp_bind_card", "tp_first_deposit", "tp_first_trade"], 30),
    ("recurring", "定投旅程", "Recurring investment plan",
     ["tp_plan_view", "tp_plan_setup", "tp_plan_exec"], 30),
    ("service", "客服工单旅程", "Support ticket to resolution",
     ["tp_ticket", "tp_callback", "tp_resolved"], 7),
]

PROVINCES = [  # province, region, weight
    ("广东", "华南", 19), ("福建", "华南", 4), ("上海", "华东", 10), ("浙江", "华东", 10), ("江苏", "华东", 9),
    ("山东", "华东", 5), ("北京", "华北", 9), ("天津", "华北", 3), ("河北", "华北", 3), ("湖北", "华中", 5),
    ("湖南", "华中", 3), ("河南", "华中", 3), ("四川", "西南", 6), ("重庆", "西南", 4), ("辽宁", "东北", 3),
    ("陕西", "西北", 4),
]
AGES = ["18-24", "25-34", "35-44", "45-54", "55+"]
AGE_W = [15, 38, 25, 13, 9]
CHANNELS = ["app_store", "douyin_ads", "wechat", "referral", "bank_partner"]
CHANNEL_W = [30, 25, 15, 15, 15]
DEVICES = ["ios", "android", "harmony"]
DEVICE_W = [40, 52, 8]
REG_P = {"app_store": 0.84, "douyin_ads": 0.66, "wechat": 0.82, "referral": 0.94, "bank_partner": 0.88}
DEPOSIT_P = {"app_store": 0.70, "douyin_ads": 0.52, "wechat": 0.68, "referral": 0.76, "bank_partner": 0.90}
KYC_PASS = {"face": 0.88, "photo": 0.72, "video": 0.42}
KYC_RETRY = {"face": 0.5, "photo": 0.5, "video": 0.3}
KYC_HOURS = {"face": 0.8, "photo": 16.0, "video": 46.0}      # median hours submission -> decision
KYC_FAILS = {"face": (["face_mismatch", "liveness_failed", "info_mismatch"], [0.5, 0.35, 0.15]),
             "photo": (["blurry_id_photo", "expired_id", "info_mismatch"], [0.55, 0.25, 0.2]),
             "video": (["video_queue_timeout", "video_no_answer", "info_mismatch"], [0.62, 0.28, 0.1])}
MARKET_MIX = {"18-24": [0.35, 0.15, 0.50], "25-34": [0.55, 0.20, 0.25], "35-44": [0.62, 0.23, 0.15],
              "45-54": [0.73, 0.20, 0.07], "55+": [0.86, 0.12, 0.02]}
MARKETS = ["A股", "港股", "美股"]
PLAN_SETUP_P = {"C1": 0.80, "C2": 0.64, "C3": 0.52, "C4": 0.40, "C5": 0.30}
WITHDRAW_H = {"A股": 16.0, "港股": 40.0, "美股": 72.0}
RESEARCH_PLANS = [("monthly", 68.0, 0.60), ("quarterly", 188.0, 0.25), ("annual", 598.0, 0.15)]
REFUND_P = {"monthly": 0.03, "quarterly": 0.06, "annual": 0.16}


def month_iter(a: datetime, b: datetime):
    y, m = a.year, a.month
    while (y, m) <= (b.year, b.month):
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def month_days(y, m):
    nxt = datetime(y + 1, 1, 1) if m == 12 else datetime(y, m + 1, 1)
    return (nxt - datetime(y, m, 1)).days


def hours(x):
    return timedelta(hours=float(x))


def lognorm(median, sigma=0.6):
    return float(median * np.exp(rng.normal(0, sigma)))


def weekday_on_or_after(t: datetime) -> datetime:
    while t.weekday() >= 5:
        t = t + timedelta(days=1)
    return t


def trade_time(day: datetime, market: str, at_open: bool) -> datetime:
    d = day.replace(hour=0, minute=0, second=0, microsecond=0)
    if market == "美股":
        return d + timedelta(hours=21, minutes=30) + timedelta(seconds=int(rng.integers(0, 2 * 3600 + 29 * 60)))
    if at_open:
        return d + timedelta(hours=9, minutes=30) + timedelta(seconds=int(rng.integers(0, 1800)))
    close = 15 * 3600 if market == "A股" else 16 * 3600
    while True:
        s = int(rng.integers(10 * 3600, close))
        if not (11 * 3600 + 1800 <= s < 13 * 3600):
            return d + timedelta(seconds=s)


def month_weight(y, m):
    base = 1.0 + 0.035 * ((y - 2024) * 12 + m - 10)
    bump = {(2025, 10): 1.35, (2025, 11): 1.55, (2025, 12): 1.15, (2025, 2): 0.75, (2026, 2): 0.72,
            (2025, 4): 1.1}.get((y, m), 1.0)
    return base * bump


def trade_mult(y, m):
    return {(2025, 10): 1.3, (2025, 11): 1.5, (2025, 12): 1.15, (2026, 2): 0.7, (2025, 2): 0.75}.get((y, m), 1.0)


class Out:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.customers = []

    def ev(self, cid, ts, tp, action, device="", channel="app", **extra):
        if ts > END:
            return False
        self.events.append(dict(customer_id=cid, ts=ts, touchpoint_id=tp, action=action, device=device,
                                channel=channel, **extra))
        return True

    def order(self, cid, ts, amount, status, device, order_type, **extra):
        if ts > END:
            return
        self.orders.append(dict(customer_id=cid, ts=ts, amount=round(amount, 2), status=status, channel="app",
                                device=device, order_type=order_type, **extra))


O = Out()

# ---------------------------------------------------------------- feedback templates
FB = {
    "kyc_rejected": {
        "zh": ["开户一直失败，{reason_zh}，试了三次都没通过", "视频见证排队排了一个小时，最后提示开户失败",
               "实名开户被拒，说{reason_zh}，也不告诉我怎么改", "开户审核没通过，客服说是{reason_zh}，太折腾了",
               "视频见证根本没人接，开户失败了好几次，放弃了", "开户资料提交后被驳回，原因写的是{reason_zh}",
               "人老了不会弄，视频见证等半天，开户还是失败"],
        "en": ["My KYC got rejected twice, reason: {reason_en}. No guidance on what to fix.",
               "Waited over an hour in the video verification queue and then it timed out. KYC failed.",
               "Account opening keeps failing at ID verification ({reason_en}). Very frustrating.",
               "KYC rejected again. The video call never connected.",
               "ID verification failed because of {reason_en}, support could not tell me why."],
        "rating": [1, 1, 2, 2, 3], "channel": (["in_app", "app_store", "call_centre"], [0.5, 0.4, 0.1]),
        "tp": "tp_kyc_submit"},
    "app_freeze": {
        "zh": ["一开盘App就卡死，单子根本下不出去", "9点半准时卡顿，行情不刷新，错过了最好的买点",
               "开盘那几分钟直接闪退，这个月已经好几次了", "每天开盘卡住转圈，下单超时，太耽误事了",
               "开盘就卡死还怎么炒股？换券商了", "安卓版开盘卡顿严重，委托一直提交不了"],
        "en": ["The app freezes right at market open, can't place any order.",
               "Every morning at 9:30 the app lags and quotes stop updating. Missed my entry.",
               "App crashed at the open three times this week. Unacceptable for a broker.",
               "Frozen screen at market open again, order timed out."],
        "rating": [1, 1, 1, 2, 2], "channel": (["app_store", "in_app", "call_centre"], [0.7, 0.25, 0.05]),
        "tp": "tp_trade"},
    "fees_high": {
        "zh": ["港股交易手续费涨了这么多，还加了平台费，太贵了", "平台费每笔15港币，小额交易根本不划算",
               "佣金比别家高，手续费太贵了，考虑转户", "港股买一次手续费二十多块，以前才几块钱",
               "收费调整也不提前通知，平台费说加就加"],
        "en": ["HK trading fees went up a lot with the new platform fee. Too expensive.",
               "Fees are too high now, 15 HKD platform fee per order kills small trades.",
               "Commission is higher than other brokers, thinking of moving my account.",
               "The new platform fee on HK stocks makes no sense for small orders."],
        "rating": [1, 1, 2, 2, 3], "channel": (["in_app", "app_store", "call_centre"], [0.4, 0.3, 0.3]),
        "tp": "tp_trade"},
    "slow_withdrawal": {
        "zh": ["出金三天了还没到账，急用钱", "提现申请好几天都没到账，也没有进度提示",
               "美股出金太慢了，等了快一周", "出金到账速度太慢，比别的券商慢多了"],
        "en": ["Withdrawal still not arrived after 3 days.", "Withdrawing my money takes forever, no status updates.",
               "US stock withdrawal took almost a week to reach my bank."],
        "rating": [1, 2, 2, 2, 3], "channel": (["call_centre", "in_app", "app_store"], [0.5, 0.3, 0.2]),
        "tp": "tp_withdraw_request"},
    "callback_slow": {
        "zh": ["说好两小时内回电，结果第二天才打来", "等客服回电等了一整天，问题还没解决",
               "客服回电太慢，打热线也一直占线"],
        "en": ["Promised a call back within 2 hours, got it the next day.",
               "Still waiting for the support callback, nobody followed up."],
        "rating": [1, 2, 2, 3], "channel": (["call_centre"], [1.0]), "tp": "tp_callback"},
    "research": {
        "zh": ["研报更新太慢，年费598不值", "研报内容还可以，就是有点贵", "研报会员的个股分析挺有用的",
               "研报都是些公开信息，感觉被割了"],
        "en": ["Premium research is decent but overpriced.", "The research reports are mostly public info, not worth it.",
               "Research subscription helped me understand the sectors, good value."],
        "rating": [2, 3, 3, 4, 2], "channel": (["in_app", "app_store"], [0.8, 0.2]), "tp": "tp_research_sub"},
    "praise": {
        "zh": ["界面简洁好用，开户很快", "操作方便，行情刷新及时", "客服态度很好，很耐心", "用了半年了，整体很满意",
               "定投功能很方便，每月自动扣款省心", "新手也能很快上手，推荐"],
        "en": ["Clean interface and easy to use.", "Smooth experience, opened my account in minutes.",
               "Great app for beginners, love the auto-invest plans.", "Support staff were very helpful."],
        "rating": [4, 5, 5, 5, 4], "channel": (["app_store", "in_app"], [0.6, 0.4]), "tp": None},
    "suggestion": {
        "zh": ["希望增加期权交易", "能不能加个夜间模式", "希望支持更多银行绑卡", "建议增加条件单功能"],
        "en": ["Would be nice to have options trading.", "Please add a dark mode.",
               "Would love conditional orders."],
        "rating": [3, 3, 4, 4, 3], "channel": (["in_app", "app_store"], [0.8, 0.2]), "tp": None},
}
REASON_TEXT = {"face_mismatch": ("人脸比对不通过", "face mismatch"), "liveness_failed": ("活体检测失败", "liveness check"),
               "info_mismatch": ("信息与证件不一致", "info mismatch"),
               "blurry_id_photo": ("身份证照片不清晰", "blurry ID photo"), "expired_id": ("证件过期", "expired ID"),
               "video_queue_timeout": ("视频见证排队超时", "video queue timeout"),
               "video_no_answer": ("见证人员无人接听", "no agent answered")}


def feedback(topic, cid, ts, reason=None, tp=None, channel=None):
    spec = FB[topic]
    lang = "en" if rng.random() < 0.27 else "zh"
    text = spec[lang][int(rng.integers(len(spec[lang])))]
    if "{reason" in text:
        zh, en = REASON_TEXT.get(reason, ("信息不符", "info mismatch"))
        text = text.format(reason_zh=zh, reason_en=en)
    chans, w = spec["channel"]
    ch = channel or str(rng.choice(chans, p=w))
    rating = int(rng.choice(spec["rating"]))
    has_rating = ch == "app_store" or (ch == "in_app" and rng.random() < 0.85) or (ch == "call_centre" and rng.random() < 0.55)
    if tp is None:
        tp = spec["tp"]
    if tp is None and topic == "praise":
        tp = str(rng.choice(["tp_download", "tp_account_opened", "tp_trade", "tp_plan_setup", ""], p=[.2, .25, .3, .1, .15]))
    if tp is None:
        tp = str(rng.choice(["tp_trade", ""], p=[0.5, 0.5]))
    anon = ch == "app_store" and rng.random() < 0.6
    O.feedback.append(dict(text=text, ts=ts, customer_id="" if anon else cid, touchpoint_id=tp, channel=ch,
                           rating=rating if has_rating else "", lang=lang))
    O.truth.append(topic)


# ---------------------------------------------------------------- customers
def pick(items, w):
    w = np.asarray(w, float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


months = list(month_iter(START, END))
mw = np.array([month_weight(y, m) for y, m in months])
N_DOWNLOADS = 10500
per_month = np.round(mw / mw.sum() * N_DOWNLOADS).astype(int)

tickets = []     # (cid, ts, category, device)
cid_n = 0
for (y, m), n in zip(months, per_month):
    for _ in range(n):
        cid_n += 1
        cid = f"C{cid_n:05d}"
        prov, region, _w = PROVINCES[int(rng.choice(len(PROVINCES), p=np.array([p[2] for p in PROVINCES]) / sum(p[2] for p in PROVINCES)))]
        age = pick(AGES, AGE_W)
        chan = pick(CHANNELS, CHANNEL_W)
        dev = pick(DEVICES, DEVICE_W)
        if age == "55+":
            kyc_m = pick(["face", "photo", "video"], [30, 20, 50])
        else:
            kyc_m = pick(["face", "photo", "video"], [58, 25, 17])
        cust = dict(customer_id=cid, signup_at="", segment="prospect", region=region, acquisition_channel=chan,
                    tier="", province=prov, age_band=age, device=dev, kyc_method="", risk_level="")
        O.customers.append(cust)
        t = datetime(y, m, 1) + timedelta(seconds=int(rng.integers(0, month_days(y, m) * 86400)))
        t = t.replace(hour=int(rng.choice([8, 9, 12, 13, 19, 20, 21, 22, 23])), minute=int(rng.integers(60)))
        if chan == "douyin_ads":
            O.ev(cid, t - timedelta(minutes=int(rng.integers(1, 90))), "tp_ad_click", "click", dev, "ads",
                 campaign=pick(["开户福利", "新客佣金优惠", "美股体验金"], [5, 3, 2]))
        O.ev(cid, t, "tp_download", "install", dev, "app")
        # ---- register
        if rng.random() > REG_P[chan]:
            continue
        t = t + timedelta(minutes=float(rng.exponential(40)) + 1)
        if t > END:
            continue
        O.ev(cid, t, "tp_register", "submit", dev)
        cust["signup_at"] = t
        # ---- KYC
        if rng.random() > 0.86:
            continue
        t = t + hours(rng.exponential(20) + 0.1)
        cust["kyc_method"] = kyc_m
        opened = None
        for attempt in range(3):
            if not O.ev(cid, t, "tp_kyc_submit", "submit", dev, kyc_method=kyc_m):
                break
            dt = hours(lognorm(KYC_HOURS[kyc_m], 0.7))
            if rng.random() < KYC_PASS[kyc_m]:
                opened = t + dt
                break
            reasons, rw = KYC_FAILS[kyc_m]
            reason = str(rng.choice(reasons, p=rw))
            O.ev(cid, t + dt, "tp_kyc_submit", "fail", "", "system", kyc_method=kyc_m, fail_reason=reason)
            if t + dt < END and rng.random() < 0.2:
                feedback("kyc_rejected", cid, t + dt + hours(rng.uniform(0.2, 30)), reason=reason)
            if t + dt < END and rng.random() < 0.18:
                tickets.append((cid, t + dt + hours(rng.uniform(0.5, 40)), "kyc", dev))
            if rng.random() > KYC_RETRY[kyc_m]:
                break
            t = t + dt + hours(rng.exponential(24) + 0.5)
        if opened is None or not O.ev(cid, opened, "tp_account_opened", "success", "", "system", kyc_method=kyc_m):
            continue
        cust["segment"] = "new"
        # ---- risk questionnaire
        if rng.random() > 0.93:
            continue
        t = opened + hours(rng.exponential(10) + 0.05)
        risk = pick(["C1", "C2", "C3", "C4", "C5"], [10, 24, 36, 20, 10])
        if not O.ev(cid, t, "tp_risk_quiz", "submit", dev, risk_level=risk):
            continue
        cust["risk_level"] = risk
        # ---- bind card
        if rng.random() > 0.89:
            continue
        t = t + hours(rng.exponential(14) + 0.05)
        bank = pick(["招商银行", "工商银行", "建设银行", "平安银行", "农业银行", "城商行"], [25, 20, 18, 14, 13, 10])
        if not O.ev(cid, t, "tp_bind_card", "success", dev, bank=bank):
            continue
        # ---- first deposit
        if rng.random() > DEPOSIT_P[chan]:
            continue
        t = t + hours(lognorm(36, 0.9))
        dep = lognorm({"18-24": 6000, "25-34": 20000, "35-44": 45000, "45-54": 70000, "55+": 90000}[age], 1.0)
        if chan == "bank_partner":
            dep *= 2.2
        dep = round(max(100.0, dep), -2)
        if not O.ev(cid, t, "tp_first_deposit", "success", dev, amount=dep):
            continue
        cust["tier"] = "platinum" if dep >= 500000 else "gold" if dep >= 50000 else "standard"
        # ---- first trade
        if rng.random() > 0.87:
            continue
        primary = pick(MARKETS, MARKET_MIX[age])
        day = weekday_on_or_after(t + hours(lognorm(18, 0.9)))
        first_ts = trade_time(day, primary, rng.random() < 0.3)
        if first_ts < t:
            first_ts = trade_time(weekday_on_or_after(day + timedelta(days=1)), primary, False)
        if first_ts > END:
            continue
        cust["segment"] = "active"
        cust["_trader"] = dict(first=first_ts, primary=primary, dev=dev, risk=risk, age=age)

# ---------------------------------------------------------------- trading life
def commission(market, ts, value):
    if market == "A股":
        return max(5.0, value * 0.00025)
    if market == "港股":
        base = max(8.0, value * 0.0003)
        return base + (13.8 if ts >= FEE_CHANGE else 0.0)
    return max(7.0, value * 0.0002) + 1.5


def trade_value(market):
    return round(lognorm({"A股": 22000, "港股": 30000, "美股": 15000}[market], 0.9), -1)


freeze_fail_customers = {}
for cust in O.customers:
    tr = cust.pop("_trader", None)
    if tr is None:
        continue
    cid, dev, primary = cust["customer_id"], tr["dev"], tr["primary"]
    lam = float(rng.gamma(1.6, 1.9))
    first = tr["first"]
    last_trade = first
    closed = False
    fee_fb_done = False
    fee_ticket_done = False

    def one_trade(ts, market, first_flag=False):
        global_fail = None
        y, m = ts.year, ts.month
        at_open = market != "美股" and ts.hour == 9 and 30 <= ts.minute < 60
        if (y, m) == FREEZE_MONTH and at_open and not first_flag:
            pf = {"android": 0.60, "ios": 0.25, "harmony": 0.35}[dev]
            if rng.random() < pf:
                global_fail = "app_freeze"
        elif not first_flag and rng.random() < 0.03:
            global_fail = str(rng.choice(["insufficient_funds", "price_limit", "order_timeout"], p=[0.5, 0.3, 0.2]))
        if global_fail:
            O.ev(cid, ts, "tp_trade", "fail", dev, "app", market=market, fail_reason=global_fail)
            if global_fail == "app_freeze":
                freeze_fail_customers.setdefault(cid, []).append(ts)
            if rng.random() < 0.6:
                ts = ts + timedelta(minutes=float(rng.uniform(2, 25)))
            else:
                return False
        v = trade_value(market)
        if not O.ev(cid, ts, "tp_trade", "success", dev, "app", market=market, trade_value=v):
            return False
        if first_flag:
            O.ev(cid, ts, "tp_first_trade", "success", dev, "app", market=market)
        O.order(cid, ts, commission(market, ts, v), "paid", dev, "commission", market=market)
        return True

    one_trade(first, primary, True)
    active = True
    withdraw_months = 0
    for (y, m) in month_iter(first, END):
        mstart = max(datetime(y, m, 1), first + timedelta(minutes=30))
        nd = month_days(y, m)
        mend = datetime(y, m, nd, 23, 59)
        if not active or closed:
            break
        # churn to dormant
        if (y, m) != (first.year, first.month) and rng.random() < 0.055:
            active = False
            break
        hk_fee = primary == "港股" and datetime(y, m, 1) >= FEE_CHANGE
        mult = trade_mult(y, m) * (0.7 if hk_fee else 1.0)
        frac = max(0.0, (mend - mstart).total_seconds() / (nd * 86400))
        n = rng.poisson(lam * mult * frac)
        days = sorted(mstart + timedelta(seconds=int(rng.integers(0, max(1, int((mend - mstart).total_seconds())))))
                      for _ in range(n))
        for d in days:
            d = weekday_on_or_after(d)
            if d.month != m:
                continue
            market = primary if rng.random() < 0.82 else pick(MARKETS, [0.6, 0.25, 0.15])
            at_open = rng.random() < (0.45 if (y, m) == FREEZE_MONTH else 0.3)
            ts = trade_time(d, market, at_open)
            if ts <= first:
                continue
            if one_trade(ts, market):
                last_trade = max(last_trade, ts)
                if hk_fee and market == "港股" and not fee_fb_done and rng.random() < 0.07:
                    fee_fb_done = True
                    feedback("fees_high", cid, ts + hours(rng.uniform(1, 72)))
                if hk_fee and market == "港股" and not fee_ticket_done and rng.random() < 0.02:
                    fee_ticket_done = True
                    tickets.append((cid, ts + hours(rng.uniform(1, 72)), "fees", dev))
        if primary != "港股" and rng.random() < 0.0025 and not fee_fb_done:
            fee_fb_done = True
            feedback("fees_high", cid, mstart + timedelta(days=float(rng.uniform(0, 25))))
        # withdrawals
        if rng.random() < 0.11:
            wmarket = primary if rng.random() < 0.85 else pick(MARKETS, [0.6, 0.25, 0.15])
            wt = weekday_on_or_after(mstart + timedelta(days=float(rng.uniform(0, max(1, (mend - mstart).days)))))
            wt = wt.replace(hour=int(rng.integers(9, 22)), minute=int(rng.integers(60)))
            if wt > mstart:
                wid = f"W{len(O.events):07d}"
                if O.ev(cid, wt, "tp_withdraw_request", "submit", dev, "app", market=wmarket, withdraw_id=wid):
                    h = lognorm(WITHDRAW_H[wmarket], 0.5)
                    O.ev(cid, wt + hours(h), "tp_withdraw_done", "success", "", "system", market=wmarket,
                         withdraw_id=wid)
                    if h > 60 and rng.random() < 0.22:
                        feedback("slow_withdrawal", cid, wt + hours(h * rng.uniform(0.7, 1.0)))
                    if h > 60 and rng.random() < 0.18:
                        tickets.append((cid, wt + hours(rng.uniform(50, 60)), "withdrawal", dev))
        # closure
        hz = 0.07 if hk_fee else 0.006
        if rng.random() < hz:
            ct = mstart + timedelta(days=float(rng.uniform(0, max(1, (mend - mstart).days))))
            if ct > last_trade and O.ev(cid, ct.replace(hour=int(rng.integers(9, 23))), "tp_close", "submit", dev, "app",
                                        reason=("fees" if hk_fee else pick(["switch_broker", "no_time", "loss"], [4, 3, 3]))):
                closed = True
                cust["segment"] = "closed"
    if not closed and last_trade < END - timedelta(days=90):
        cust["segment"] = "dormant"
    elif not closed and cust["tier"] == "platinum":
        cust["segment"] = "vip"
    # recurring plan
    if rng.random() < 0.32:
        pv = first + timedelta(days=float(rng.exponential(40)) + 0.5)
        for _ in range(int(rng.choice([1, 2, 3], p=[0.6, 0.3, 0.1]))):
            O.ev(cid, pv, "tp_plan_view", "view", dev, "app")
            pv2 = pv + timedelta(hours=float(rng.uniform(0.02, 30)))
            pv = pv + timedelta(days=float(rng.uniform(1, 20)))
        if rng.random() < PLAN_SETUP_P[tr["risk"]]:
            st = pv2
            amt = pick([300, 500, 1000, 2000, 5000], [15, 30, 30, 18, 7])
            if O.ev(cid, st, "tp_plan_setup", "submit", dev, "app", plan_amount=amt):
                if rng.random() < 0.9:
                    ex = (st + timedelta(days=float(rng.uniform(1, 12)))).replace(hour=10, minute=0, second=0)
                    O.ev(cid, ex, "tp_plan_exec", "success", "", "system", plan_amount=amt)
                if rng.random() < 0.05:
                    feedback("praise", cid, st + timedelta(days=float(rng.uniform(1, 30))), tp="tp_plan_setup")
    # research subscription
    if rng.random() < 0.5:
        rv = first + timedelta(days=float(rng.exponential(50)) + 0.2)
        if O.ev(cid, rv, "tp_research_page", "view", dev, "app") and rng.random() < 0.42:
            plan, price, _ = RESEARCH_PLANS[int(rng.choice(3, p=[p[2] for p in RESEARCH_PLANS]))]
            st = rv + timedelta(minutes=float(rng.uniform(1, 120)))
            if O.ev(cid, st, "tp_research_sub", "success", dev, "app", plan=plan):
                step = {"monthly": 30, "quarterly": 91, "annual": 365}[plan]
                renew_p = {"monthly": 0.78, "quarterly": 0.5, "annual": 0.0}[plan]
                k = 0
                while st <= END:
                    u = rng.random()
                    status = "refunded" if u < REFUND_P[plan] else "cancelled" if u < REFUND_P[plan] + 0.02 else "paid"
                    O.order(cid, st, price, status, dev, "research_sub", plan=plan, renewal=int(k > 0))
                    if status == "refunded" or rng.random() > renew_p:
                        break
                    st = st + timedelta(days=step)
                    k += 1
                if rng.random() < 0.22:
                    feedback("research", cid, rv + timedelta(days=float(rng.uniform(3, 40))))

# freeze feedback and tickets
for cid, tss in freeze_fail_customers.items():
    dev = next(c["device"] for c in [O.customers[int(cid[1:]) - 1]])
    if rng.random() < 0.5:
        feedback("app_freeze", cid, tss[0] + timedelta(minutes=float(rng.uniform(5, 600))))
    if rng.random() < 0.30:
        tickets.append((cid, tss[0] + timedelta(minutes=float(rng.uniform(10, 300))), "app_issue", dev))

# background tickets
for cust in O.customers:
    if cust["segment"] in ("prospect",):
        continue
    if rng.random() < 0.12:
        tt = START + timedelta(seconds=int(rng.integers(0, int((END - START).total_seconds()))))
        if cust["signup_at"] and tt > cust["signup_at"]:
            tickets.append((cust["customer_id"], tt.replace(hour=int(rng.integers(9, 22))),
                            pick(["account", "other", "app_issue", "withdrawal"], [35, 35, 15, 15]), cust["device"]))

# ---------------------------------------------------------------- service journey
tickets.sort(key=lambda x: (x[0], x[1]))
last_end = {}
for i, (cid, tt, cat, dev) in enumerate(tickets):
    if tt > END:
        continue
    if cid in last_end and tt <= last_end[cid]:
        tt = last_end[cid] + hours(rng.uniform(2, 48))
    ym = (tt.year, tt.month)
    busy = ym == FREEZE_MONTH
    tid = f"T{i + 1:05d}"
    chan = "phone" if rng.random() < 0.35 else "app"
    O.ev(cid, tt, "tp_ticket", "submit", dev if chan == "app" else "", chan, ticket_id=tid, ticket_category=cat)
    end = tt
    if rng.random() < (0.86 if busy else 0.96):
        cb = tt + hours(lognorm(21.0 if busy else 3.5, 0.7))
        if O.ev(cid, cb, "tp_callback", "call", "", "phone", ticket_id=tid, ticket_category=cat):
            end = cb
            if busy and rng.random() < 0.12 or (not busy and rng.random() < 0.03):
                feedback("callback_slow", cid, cb + hours(rng.uniform(0.5, 5)))
            if rng.random() < (0.76 if busy else 0.92):
                rs = cb + hours(lognorm(20, 0.8))
                if O.ev(cid, rs, "tp_resolved", "closed", "", "phone", ticket_id=tid, ticket_category=cat):
                    end = rs
    last_end[cid] = end

# background praise / suggestions from customers with an account
opened = [c for c in O.customers if c["segment"] != "prospect"]
for _ in range(760):
    c = opened[int(rng.integers(len(opened)))]
    t0 = c["signup_at"] + timedelta(days=float(rng.uniform(1, 200)))
    if t0 <= END:
        feedback("praise", c["customer_id"], t0)
for _ in range(260):
    c = opened[int(rng.integers(len(opened)))]
    t0 = c["signup_at"] + timedelta(days=float(rng.uniform(1, 200)))
    if t0 <= END:
        feedback("suggestion", c["customer_id"], t0)


# ---------------------------------------------------------------- write
def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") if isinstance(t, datetime) else t


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(c, "")) for c in cols])


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    write(out / "touchpoints.csv",
          [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv",
          [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", O.customers,
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "province", "age_band",
           "device", "kyc_method", "risk_level"])
    evs = sorted(O.events, key=lambda e: (e["ts"], e["customer_id"], e["touchpoint_id"]))
    for i, e in enumerate(evs):
        e["event_id"] = f"E{i + 1:07d}"
    write(out / "events.csv", evs,
          ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "market", "kyc_method",
           "fail_reason", "trade_value", "amount", "bank", "risk_level", "plan", "plan_amount", "withdraw_id",
           "ticket_id", "ticket_category", "campaign", "reason"])
    ords = sorted(O.orders, key=lambda o: o["ts"])
    for i, o in enumerate(ords):
        o["order_id"] = f"O{i + 1:06d}"
    write(out / "orders.csv", ords,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "market", "plan",
           "renewal"])
    fbs = list(zip(O.feedback, O.truth))
    fbs = [x for x in fbs if x[0]["ts"] <= END]
    fbs.sort(key=lambda x: x[0]["ts"])
    rows, truth = [], []
    for i, (f, topic) in enumerate(fbs):
        f["feedback_id"] = f"F{i + 1:05d}"
        if rng.random() < 0.06:
            f["ts"] = ""
        rows.append(f)
        truth.append(dict(feedback_id=f["feedback_id"], topic=topic))
    write(out / "feedback.csv", rows,
          ["feedback_id", "ts", "customer_id", "touchpoint_id", "channel", "rating", "text", "lang"])
    if "--truth" in sys.argv:
        write(Path(sys.argv[sys.argv.index("--truth") + 1]), truth, ["feedback_id", "topic"])
    print(f"customers {len(O.customers)}, events {len(evs)}, orders {len(ords)}, feedback {len(rows)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
