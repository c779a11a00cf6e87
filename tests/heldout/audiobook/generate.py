"""听岛 ListenIsle audiobook subscription app (synthetic, written blind).

An audiobook app sold in three markets: mainland China (cn, CNY, Chinese catalogue, 7-day free trial) and the
English-speaking US (USD) and UK (GBP) markets (English catalogue, 30-day free trial). Plans: Lite 畅听版 (the
included catalogue only, no credits), Premium 标准会员 (1 credit a month), Premium Plus 双点会员 (2 credits a month).
A credit buys any one book to keep; books can also be bought for cash, extra credits topped up, books returned.

Journey: podcast / social ad -> promo landing page (web) -> app install (App Store, Google Play, Chinese Android
stores) -> account sign-up (WeChat / phone SMS / Apple / Google / e-mail) -> free-trial offer screen (payment method
bound) -> free trial started -> first listen -> trial converted to paid (first charge) -> monthly billing (credits
granted) -> credit redemptions, cash book purchases, credit top-ups -> listening sessions -> book returns / refunds ->
plan changes (pause, downgrade, upgrade, resume) -> cancellation flow -> retention offer -> cancelled (or cancelled
in Apple's subscription settings, or involuntarily after failed charges). Support tickets throughout.

Data 2024-08-01 .. 2026-06-30 (extract taken early July 2026; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV, DATA.md) and OUTDIR/_truth/feedback_truth.csv
(the topic of each comment: generator truth, not a DATA.md table). Deterministic (fixed seed), numpy + stdlib.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta, date
from pathlib import Path

import numpy as np

SEED = 20260703
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 8, 1), datetime(2026, 7, 1)          # END exclusive: data through 2026-06-30
PAYWALL_BUG = (datetime(2025, 11, 4), datetime(2025, 12, 2))      # app 6.4.0: Android payment sheet fails to load
PAUSE_BUG = (datetime(2025, 5, 6), datetime(2025, 9, 16))         # paused App Store (IAP) members still billed
SUMMER_PAUSE = (datetime(2025, 5, 1), datetime(2025, 9, 1))       # "pause, don't cancel" summer campaign
AI_LAUNCH = datetime(2025, 3, 1)                                   # first AI-narrated titles in the catalogue

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_promo_landing", "推广落地页", "Promo landing page", "awareness", "web", "digital", "growth_marketing",
     "落地页|广告落地页|优惠码页面|播客广告页|landing page|promo page|promo code page|ad landing"),
    ("tp_install", "下载安装", "App install", "awareness", "app", "digital", "growth_marketing",
     "安装|下载|装机|应用商店下载|install|app download|installs|download the app"),
    ("tp_account", "注册账号", "Account sign-up", "consideration", "app", "digital", "growth_product",
     "注册|创建账号|开户|登录注册|sign-up|signup|create account|registration|account creation"),
    ("tp_paywall", "试用开通页", "Free-trial offer screen", "consideration", "app", "digital", "growth_product",
     "付费墙|试用页|开通页|绑卡页|paywall|trial screen|offer screen|payment sheet"),
    ("tp_trial_start", "开始免费试用", "Free trial started", "consideration", "app", "digital", "growth_product",
     "开通试用|试用开始|免费试用|trial start|start trial|free trial|trial started"),
    ("tp_first_listen", "首次收听", "First listen", "consideration", "app", "digital", "content",
     "第一次听|首听|首次播放|first listen|first play|first book played"),
    ("tp_trial_convert", "试用转付费", "Trial converted to paid", "purchase", "app", "digital", "subscriptions",
     "转正|转付费|试用转化|首月付费|trial conversion|converted|trial to paid|first paid month"),
    ("tp_billing", "会员扣费", "Membership billing", "purchase", "app", "digital", "billing",
     "扣费|续费|月费|自动续费|账单|billing|renewal charge|monthly charge|auto-renew|membership fee"),
    ("tp_book_purchase", "购书与点数兑换", "Book purchase & credit redemption", "purchase", "app", "digital",
     "content", "买书|兑换|用点数换书|购书|book purchase|redeem a credit|buy a book|credit redemption"),
    ("tp_credit_topup", "点数充值", "Credit top-up", "purchase", "app", "digital", "billing",
     "充值|加购点数|买点数|top-up|topup|extra credits|buy credits"),
    ("tp_listening", "收听", "Listening session", "loyalty", "app", "digital", "content",
     "听书|收听|播放|听书时长|listening|listen|playback|listening session|plays"),
    ("tp_return", "退书退款", "Book return & refund", "service", "app", "digital", "member_care",
     "退书|退货|退款|换书|book return|return a book|refund|exchange"),
    ("tp_support", "客服工单", "Customer support", "service", "email", "digital", "member_care",
     "客服|工单|在线客服|投诉|support|ticket|help desk|customer service|contact us"),
    ("tp_plan_change", "套餐变更", "Plan change", "loyalty", "app", "digital", "subscriptions",
     "暂停会员|降级|升级|恢复会员|换套餐|pause|downgrade|upgrade|resume|plan change|switch plan"),
    ("tp_cancel_flow", "取消订阅入口", "Cancellation flow", "loyalty", "app", "digital", "subscriptions",
     "取消流程|退订入口|点了取消|cancel flow|cancellation flow|cancel button|cancel page"),
    ("tp_retention_offer", "挽留优惠", "Retention offer", "loyalty", "app", "digital", "subscriptions",
     "挽留|挽回|留存优惠|挽留方案|save offer|retention offer|win-back offer|stay offer"),
    ("tp_cancel", "取消订阅", "Subscription cancelled", "loyalty", "app", "digital", "subscriptions",
     "退订|取消会员|流失|注销订阅|cancellation|cancel|churn|unsubscribe|cancelled"),
]
JOURNEYS = [
    ("activation", "新用户激活", "New listener activation",
     ["tp_install", "tp_account", "tp_paywall", "tp_trial_start", "tp_first_listen"], 14),
    ("trial_to_paid", "试用转付费", "Trial to paid", ["tp_trial_start", "tp_trial_convert"], 40),
    ("cancel_save", "取消挽留", "Cancellation save flow", ["tp_cancel_flow", "tp_retention_offer", "tp_cancel"], 7),
]

MARKETS = {
    "cn": dict(country="CN", cur="CNY", lang="zh", trial=7, installs=165, android=0.68, usd=0.14, tz_h=(7, 24)),
    "us": dict(country="US", cur="USD", lang="en", trial=30, installs=118, android=0.42, usd=1.0, tz_h=(6, 24)),
    "uk": dict(country="UK", cur="GBP", lang="en", trial=30, installs=56, android=0.45, usd=1.27, tz_h=(6, 24)),
}
PLANS = {"lite": ("畅听版", "Lite", 0), "premium": ("标准会员", "Premium", 1), "premium_plus": ("双点会员", "Premium Plus", 2)}
PRICE = {"cn": {"lite": 15.0, "premium": 30.0, "premium_plus": 48.0},
         "us": {"lite": 7.95, "premium": 14.95, "premium_plus": 22.95},
         "uk": {"lite": 5.99, "premium": 8.99, "premium_plus": 14.99}}
TOPUP = {"cn": {1: 18.0, 3: 45.0}, "us": {1: 10.95, 3: 28.95}, "uk": {1: 7.99, 3: 20.99}}
BOOK_PRICE = {"cn": [19.9, 29.9, 39.9, 49.9], "us": [14.99, 19.99, 24.99, 29.99], "uk": [9.99, 14.99, 19.99]}
ACQ = ["app_store", "podcast_ad", "social_ad", "referral", "partner_bundle"]
ACQ_ZH = {"app_store": "应用商店", "podcast_ad": "播客广告", "social_ad": "社交媒体广告", "referral": "好友推荐",
          "partner_bundle": "合作权益"}
ACQ_MIX = {"cn": [0.38, 0.15, 0.27, 0.12, 0.08], "us": [0.40, 0.27, 0.21, 0.12, 0.0],
           "uk": [0.42, 0.26, 0.20, 0.12, 0.0]}
PODCASTS = {"zh": ["夜航船电台", "商业咖啡馆", "悬案笔记"],
            "en": ["Cold Case Hour", "Founders Unfiltered", "The Long Read Pod", "Sleepy History"]}
SOCIAL = {"zh": ["douyin", "xiaohongshu"], "en": ["tiktok", "instagram"]}
PARTNERS = ["招联银行信用卡权益", "畅行电信流量包"]
SEG_ZH = {"installed_only": "仅安装", "registered": "已注册未试用", "in_trial": "试用中", "trial_lapsed": "试用未转化", "subscriber": "付费会员", "paused": "暂停中",
          "churned": "已流失"}
REGIONS = {"cn": (["广东", "北京", "上海", "浙江", "江苏", "四川", "湖北", "山东", "福建", "其他省份"],
                  [0.16, 0.11, 0.11, 0.1, 0.1, 0.08, 0.06, 0.07, 0.06, 0.15]),
           "us": (["California", "Texas", "New York", "Florida", "Illinois", "Washington", "Other states"],
                  [0.17, 0.1, 0.1, 0.08, 0.05, 0.05, 0.45]),
           "uk": (["London", "South East", "North West", "Scotland", "West Midlands", "Other regions"],
                  [0.24, 0.16, 0.12, 0.09, 0.09, 0.3])}
CITY_TIER = (["一线", "新一线", "二线", "三线及以下"], [0.3, 0.3, 0.22, 0.18])
GENRES = [("mystery", "悬疑推理"), ("romance", "言情"), ("scifi_fantasy", "科幻奇幻"), ("history", "历史"),
          ("business", "商业财经"), ("self_help", "个人成长"), ("kids", "少儿"), ("literary", "文学")]
GENRE_ZH = dict(GENRES)
TITLES_ZH = [  # title, genre, narration, added, popularity
    ("长夜渡口", "mystery", "human", None, 9), ("雾港密室", "mystery", "human", None, 7),
    ("第七个证人", "mystery", "human", None, 6), ("旧城谜案", "mystery", "ai_voice", "2025-03-03", 5),
    ("无声的钟", "mystery", "ai_voice", "2025-06-02", 4), ("晚风与你", "romance", "human", None, 5),
    ("星河落在窗台", "romance", "ai_voice", "2025-04-07", 4), ("橘子海的夏天", "romance", "human", None, 3),
    ("深空回响", "scifi_fantasy", "human", None, 6), ("昆仑纪元", "scifi_fantasy", "human", None, 5),
    ("机械之心", "scifi_fantasy", "ai_voice", "2025-09-01", 3), ("大运河三千年", "history", "human", None, 5),
    ("长安的烟火", "history", "human", None, 4), ("宋朝的市井", "history", "ai_voice", "2025-05-05", 3),
    ("丝路驼铃", "history", "human", None, 2), ("小店生意经", "business", "human", None, 3),
    ("复利人生", "business", "ai_voice", "2025-03-10", 4), ("增长的底层逻辑", "business", "human", None, 3),
    ("早起的力量", "self_help", "human", None, 4), ("慢慢来比较快", "self_help", "ai_voice", "2025-07-07", 3),
    ("情绪自由", "self_help", "human", None, 4), ("小狐狸上学记", "kids", "human", None, 4),
    ("恐龙大冒险", "kids", "human", None, 3), ("月亮船", "kids", "ai_voice", "2025-10-13", 2),
    ("江城旧事", "literary", "human", None, 4), ("南方的河", "literary", "human", None, 3),
    ("青石巷", "literary", "human", None, 2),
]
TITLES_EN = [
    ("The Glass Harbor", "mystery", "human", None, 9), ("Midnight at Wrenfield", "mystery", "human", None, 7),
    ("The Ninth Witness", "mystery", "ai_voice", "2025-03-03", 5), ("A Quiet Poison", "mystery", "human", None, 5),
    ("Cold Tide", "mystery", "ai_voice", "2025-08-04", 4), ("Summer at Larkspur Bay", "romance", "human", None, 5),
    ("The Paper Heart Bakery", "romance", "ai_voice", "2025-04-07", 4),
    ("Letters to Juniper", "romance", "human", None, 3), ("Echoes of the Deep Sky", "scifi_fantasy", "human", None, 6),
    ("The Clockwork Orchard", "scifi_fantasy", "human", None, 4),
    ("Red Dust Protocol", "scifi_fantasy", "ai_voice", "2025-06-09", 4), ("Empires of Salt", "history", "human", None, 5),
    ("The Long Canal", "history", "ai_voice", "2025-05-12", 3), ("Winter of the Tsar", "history", "human", None, 3),
    ("Small Shop Big Margins", "business", "human", None, 3), ("Compound Days", "business", "ai_voice", "2025-03-17", 4),
    ("The Growth Playbook", "business", "human", None, 3), ("Morning Ledger", "self_help", "human", None, 6),
    ("Slow Is Smooth", "self_help", "ai_voice", "2025-07-14", 4), ("Quiet Confidence", "self_help", "human", None, 4),
    ("Fox Goes to School", "kids", "human", None, 3), ("Dino Dash", "kids", "ai_voice", "2025-10-06", 2),
    ("The Moon Boat", "kids", "human", None, 2), ("The River South", "literary", "human", None, 4),
    ("Stone Lane", "literary", "human", None, 3), ("Houses of Harrow", "literary", "human", None, 3),
]
CATALOGUE = {}
for lang, rows, pre in (("zh", TITLES_ZH, "BZ"), ("en", TITLES_EN, "BE")):
    CATALOGUE[lang] = []
    for i, (t, g, n, added, pop) in enumerate(rows, 1):
        CATALOGUE[lang].append(dict(title_id=f"{pre}{i:03d}", title=t, genre=g, narration=n,
                                    added=datetime.fromisoformat(added) if added else None, pop=pop,
                                    hours=round(float(rng.uniform(4, 16)), 1), included=n == "ai_voice"
                                    or rng.random() < 0.35))
RETURN_REASON = [("accidental_purchase", "误购"), ("narrator_voice", "不喜欢主播声音"), ("ai_narration", "AI配音体验差"),
                 ("not_as_described", "内容与简介不符"), ("audio_quality", "音质问题"), ("didnt_like_story", "不喜欢内容")]
CANCEL_REASON = [("too_expensive", "太贵"), ("not_enough_time", "没时间听"), ("switched_service", "改用其他平台"),
                 ("catalogue_too_small", "书库不够"), ("technical_issues", "技术问题"), ("only_wanted_trial", "只想试用"),
                 ("billing_problem", "扣费问题")]
CANCEL_ZH = dict(CANCEL_REASON)
PAUSE_REASON = [("taking_a_break", "暂时不听"), ("travelling", "出差旅行"), ("money_tight", "手头紧"),
                ("unused_credits", "点数用不完")]
CONTACT = [("billing_question", "扣费疑问"), ("refund_request", "退款申请"), ("playback_issue", "播放问题"),
           ("login_issue", "登录问题"), ("credits", "点数问题"), ("cancel_help", "取消帮助"), ("book_return", "退书问题"),
           ("trial_signup", "试用开通问题"), ("other", "其他")]
CONTACT_ZH = dict(CONTACT)
FAIL_ZH = {"sms_code_timeout": "验证码超时", "email_link_expired": "邮件链接过期", "apple_id_cancelled": "Apple登录取消",
           "payment_sheet_error": "支付页加载失败", "card_declined": "银行卡被拒", "insufficient_funds": "余额不足",
           "card_expired": "卡已过期"}
RENEW_FAIL = {"card": 0.075, "paypal": 0.035, "apple_iap": 0.028, "google_play": 0.04, "alipay": 0.018,
              "wechat_pay": 0.022}
VERSIONS = [(datetime(2024, 6, 3), "5.8.0"), (datetime(2024, 10, 14), "5.9.0"), (datetime(2025, 1, 20), "6.0.0"),
            (datetime(2025, 4, 14), "6.1.0"), (datetime(2025, 7, 7), "6.2.0"), (datetime(2025, 9, 15), "6.3.0"),
            (datetime(2025, 11, 4), "6.4.0"), (datetime(2025, 12, 2), "6.4.2"), (datetime(2026, 2, 9), "6.5.0"),
            (datetime(2026, 4, 20), "6.6.0")]


def version(ts):
    v = VERSIONS[0][1]
    for d0, name in VERSIONS:
        if ts >= d0:
            v = name
    return v


def pick(options, p=None):
    r = rng.random()
    if p is None:
        return options[min(int(r * len(options)), len(options) - 1)]
    acc = 0.0
    for o, w in zip(options, p):
        acc += w
        if r < acc:
            return o
    return options[-1]


def at_hour(d, h0=7.0, h1=23.5):
    if isinstance(d, datetime):
        d = d.date()
    return datetime(d.year, d.month, d.day) + D(seconds=int(rng.uniform(h0 * 3600, h1 * 3600)))


def months():
    y, m = START.year, START.month
    while datetime(y, m, 1) < END:
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def add_month(t):
    y, m = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
    return t.replace(year=y, month=m, day=min(t.day, 28))


# ---------------------------------------------------------------- state
EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
CUST: dict[str, dict] = {}
SESS = [0]


def sid():
    SESS[0] += 1
    return f"S{SESS[0]:07d}"


def ev(c, ts, tp, action, session=None, channel="app", device="own", **extra):
    if ts >= END or ts < START:
        return None
    if device == "own":
        device = c["device"]
    row = dict(customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, session_id=session or sid(), action=action,
               device=device, channel=channel, market=c["market"],
               app_version=version(ts) if channel == "app" and device in ("ios", "android") else None)
    if tp in ("tp_billing", "tp_credit_topup") and "payment_method" not in extra:
        row["payment_method"] = c["pay"]
    row.update(extra)
    EVENTS.append(row)
    return row


def order(c, ts, otype, amount, status="paid", **extra):
    if ts >= END or ts < START:
        return None
    m = MARKETS[c["market"]]
    row = dict(order_id=None, customer_id=c["customer_id"], ts=ts, amount=round(float(amount), 2), status=status,
               channel="web" if c["pay"] in ("card", "paypal") and otype.startswith("subscription") else "app",
               device=c["device"], order_type=otype, market=c["market"], currency=m["cur"],
               amount_usd=round(float(amount) * m["usd"], 2), payment_method=c["pay"])
    row.update(extra)
    ORDERS.append(row)
    return row


def fb(c, ts, tp, channel, topic, market=None, **extra):
    if ts is not None and (ts >= END or ts < START):
        return
    mk = market or c["market"]
    lang = MARKETS[mk]["lang"]
    if c is not None and c.get("lang"):
        lang = c["lang"]
    FEEDBACK.append(dict(customer_id=c["customer_id"] if c else None, ts=ts, touchpoint_id=tp, channel=channel,
                         topic=topic, market=mk, lang=lang, extra=extra))


# ---------------------------------------------------------------- customers
def new_customer(market, install_ts, channel, legacy=False):
    m = MARKETS[market]
    cid = f"U{len(CUST) + 100001}"
    dev = "android" if rng.random() < m["android"] else "ios"
    if market == "cn":
        pay = pick(["apple_iap", "alipay", "wechat_pay"], [0.6, 0.25, 0.15]) if dev == "ios" else \
            pick(["alipay", "wechat_pay"], [0.5, 0.5])
        lang = "zh" if rng.random() < 0.985 else "en"
    else:
        pay = pick(["apple_iap", "card", "paypal"], [0.62, 0.28, 0.10]) if dev == "ios" else \
            pick(["google_play", "card", "paypal"], [0.68, 0.24, 0.08])
        lang = "en" if rng.random() < 0.96 else "zh"
    regions, rp = REGIONS[market]
    c = dict(customer_id=cid, market=market, device=dev, pay=pay, lang=lang, channel=channel, install=install_ts,
             signup_at=None, segment="installed_only", plan=None, legacy=legacy,
             region=pick(regions, rp), city_tier=pick(*CITY_TIER) if market == "cn" else None,
             age_band=pick(["18-24", "25-34", "35-44", "45-54", "55+"], [0.18, 0.34, 0.25, 0.14, 0.09]),
             opt_in=bool(rng.random() < 0.55), eng=float(rng.gamma(2.0, 0.75)),
             fav=pick([g for g, _ in GENRES], [0.24, 0.12, 0.13, 0.1, 0.1, 0.14, 0.07, 0.1] if market == "cn"
                      else [0.26, 0.12, 0.12, 0.1, 0.1, 0.16, 0.06, 0.08]),
             campaign=None, promo_code=None, trial_end=None)
    CUST[cid] = c
    return c


_TW: dict = {}


def choose_title(c, ts, prefer_ai=0.0):
    lang = "zh" if c["market"] == "cn" else "en"
    key = (lang, c["fav"], prefer_ai, ts.year, ts.month, ts.day >= 15)
    if key not in _TW:
        cat = CATALOGUE[lang]
        cut = datetime(ts.year, ts.month, 15 if ts.day >= 15 else 1)
        avail = [b for b in cat if b["added"] is None or b["added"] <= cut]
        w = np.array([b["pop"] * (3.0 if b["genre"] == c["fav"] else 1.0) *
                      (1.0 + prefer_ai if b["narration"] == "ai_voice" else 1.0) for b in avail], dtype=float)
        _TW[key] = (avail, np.cumsum(w / w.sum()))
    avail, cw = _TW[key]
    return avail[min(int(np.searchsorted(cw, rng.random(), side="right")), len(avail) - 1)]


def book_cols(b):
    return dict(title_id=b["title_id"], title=b["title"], genre=b["genre"], 类型=GENRE_ZH[b["genre"]],
                narration=b["narration"], 配音=("AI配音" if b["narration"] == "ai_voice" else "真人演播"))


def listen(c, ts, tp="tp_listening", b=None):
    b = b or choose_title(c, ts, prefer_ai=1.2 if c.get("plan") == "lite" else 0.3)
    mins = int(max(2, min(240, rng.lognormal(3.3, 0.75))))
    dev = c["device"]
    r = rng.random()
    if tp == "tp_listening" and r < 0.06:
        dev = "smart_speaker"
    elif tp == "tp_listening" and r < 0.1:
        dev = "web"
    speed = pick([1.0, 1.25, 1.5, 2.0, 0.8], [0.55, 0.2, 0.15, 0.06, 0.04])
    offline = bool(rng.random() < 0.22) if dev in ("ios", "android") else False
    ev(c, ts, tp, "play", None, "app" if dev != "web" else "web", dev, minutes=mins, playback_speed=speed,
       offline=offline, **book_cols(b))
    if tp == "tp_listening" and offline and rng.random() < 0.0035:
        fb(c, ts + D(hours=float(rng.uniform(0, 30))), "tp_listening",
           pick(["app_review", "ticket"], [0.6, 0.4]), "offline", app_version=version(ts))
    return b


# ---------------------------------------------------------------- acquisition and trial
def month_weight(m):
    return {1: 1.25, 2: 1.05, 3: 1.0, 4: 0.95, 5: 0.9, 6: 0.95, 7: 1.05, 8: 1.0, 9: 0.95, 10: 1.0, 11: 1.1,
            12: 1.3}[m]


def acquisition():
    for k, (y, mo) in enumerate(months()):
        growth = 1.0 + 0.012 * k
        last = (date(y + (mo == 12), mo % 12 + 1, 1) - D(days=1)).day
        for market, m in MARKETS.items():
            n = int(rng.poisson(m["installs"] * month_weight(mo) * growth))
            for _ in range(n):
                ts = at_hour(date(y, mo, int(rng.integers(1, last + 1))), *m["tz_h"])
                ch = pick(ACQ, ACQ_MIX[market])
                c = new_customer(market, ts, ch)
                onboarding(c, ts)


def onboarding(c, ts):
    mk = c["market"]
    lang = "zh" if mk == "cn" else "en"
    ch = c["channel"]
    if ch == "podcast_ad":
        c["campaign"] = pick(PODCASTS[lang], [0.3, 0.2, 0.5] if lang == "zh" else [0.42, 0.2, 0.23, 0.15])
        c["promo_code"] = ("TING" if mk == "cn" else "LISTEN") + str(int(rng.integers(10, 60)))
    elif ch == "social_ad":
        c["campaign"] = pick(SOCIAL[lang])
    elif ch == "partner_bundle":
        c["campaign"] = pick(PARTNERS)
    if ch in ("podcast_ad", "social_ad") and rng.random() < (0.75 if ch == "podcast_ad" else 0.45):
        ev(c, ts - D(minutes=float(rng.gamma(2, 25))), "tp_promo_landing", "view", None, "web",
           pick(["ios", "android"], [0.5, 0.5]) if rng.random() < 0.8 else "pc", ad_channel=ch,
           ad_campaign=c["campaign"], promo_code=c["promo_code"])
    if c["device"] == "ios":
        store = "app_store"
    elif mk == "cn":
        store = pick(["huawei_appgallery", "xiaomi_store", "tencent_myapp", "oppo_store"], [0.35, 0.25, 0.25, 0.15])
    else:
        store = "google_play"
    s = sid()
    ev(c, ts, "tp_install", "install", s, install_store=store, install_source=ch, 获客渠道=ACQ_ZH[ch],
       ad_campaign=c["campaign"])
    # account
    p_acc = {"cn": 0.78, "us": 0.70, "uk": 0.71}[mk] * (0.92 if ch == "social_ad" else 1.0)
    if rng.random() >= p_acc:
        return
    t = ts + D(minutes=float(rng.gamma(1.2, 40))) if rng.random() < 0.8 else ts + D(days=float(rng.uniform(0.2, 6)))
    if mk == "cn":
        method = pick(["wechat", "phone_sms", "apple"], [0.55, 0.35, 0.10] if c["device"] == "ios" else [0.6, 0.4, 0])
    else:
        method = pick(["apple", "google", "email"], [0.5, 0.15, 0.35] if c["device"] == "ios" else [0, 0.6, 0.4])
    fail_p = {"phone_sms": 0.13, "email": 0.08, "apple": 0.03, "google": 0.02, "wechat": 0.01}[method]
    reason = {"phone_sms": "sms_code_timeout", "email": "email_link_expired", "apple": "apple_id_cancelled",
              "google": "email_link_expired", "wechat": "sms_code_timeout"}[method]
    if rng.random() < fail_p:
        ev(c, t, "tp_account", "fail", s, signup_method=method, fail_reason=reason, 失败原因=FAIL_ZH[reason])
        if method in ("phone_sms", "email") and rng.random() < 0.14:
            fb(c, t + D(hours=float(rng.uniform(0.1, 20))), "tp_account" if rng.random() < 0.5 else None,
               pick(["app_review", "ticket"], [0.55, 0.45]), "verification", app_version=version(t))
        if rng.random() < 0.3:
            return
        t = t + D(minutes=float(rng.uniform(2, 60)))
    ev(c, t, "tp_account", "success", s, signup_method=method)
    c["signup_at"] = t
    c["segment"] = "registered"
    # free-trial offer screen
    if rng.random() >= 0.88:
        return
    t = t + (D(minutes=float(rng.uniform(1, 30))) if rng.random() < 0.75 else D(days=float(rng.uniform(0.5, 5))))
    plan = pick(["premium", "lite", "premium_plus"], [0.74, 0.16, 0.10])
    p_trial = {"app_store": 0.71, "podcast_ad": 0.84, "social_ad": 0.76, "referral": 0.79, "partner_bundle": 0.9}[ch]
    bug = PAYWALL_BUG[0] <= t < PAYWALL_BUG[1] and c["device"] == "android"
    ev(c, t, "tp_paywall", "view", s, offered_plan=plan, trial_days=MARKETS[mk]["trial"], promo_code=c["promo_code"])
    started = False
    if bug:
        tries = 1 + int(rng.poisson(0.8))
        tt = t
        for _ in range(tries):
            tt = tt + D(seconds=float(rng.uniform(10, 240)))
            ev(c, tt, "tp_paywall", "payment_error", s, offered_plan=plan, fail_reason="payment_sheet_error",
               失败原因=FAIL_ZH["payment_sheet_error"], payment_method=c["pay"])
        if rng.random() < 0.4:
            fb(c, tt + D(hours=float(rng.uniform(0.05, 48))), "tp_paywall" if rng.random() < 0.55 else None,
               pick(["app_review", "ticket", "social"], [0.5, 0.38, 0.12]), "trial_payment", app_version="6.4.0")
        if rng.random() < 0.22:        # a few get through on a later try the same week
            t = tt + D(days=float(rng.uniform(0.5, 5)))
            started = rng.random() < p_trial
    else:
        if rng.random() < 0.045:
            reason = pick(["card_declined", "insufficient_funds"], [0.7, 0.3])
            ev(c, t + D(seconds=float(rng.uniform(10, 200))), "tp_paywall", "payment_error", s, offered_plan=plan,
               fail_reason=reason, 失败原因=FAIL_ZH[reason], payment_method=c["pay"])
            if rng.random() < 0.05:
                fb(c, t + D(hours=float(rng.uniform(1, 40))), "tp_paywall", "ticket", "trial_payment")
            if rng.random() < 0.5:
                return
        started = rng.random() < p_trial
    if not started:
        return
    t = t + D(seconds=float(rng.uniform(20, 300)))
    trial_end = t + D(days=MARKETS[mk]["trial"])
    c["plan"], c["segment"], c["trial_end"] = plan, "trial_lapsed", trial_end
    ev(c, t, "tp_trial_start", "start", s, plan=plan, 套餐=PLANS[plan][0], trial_days=MARKETS[mk]["trial"],
       payment_method=c["pay"], promo_code=c["promo_code"], trial_end=trial_end.date().isoformat())
    # first listen
    listened = rng.random() < 0.9
    if listened:
        t1 = t + D(minutes=float(rng.gamma(1.1, 120)))
        b = listen(c, t1, "tp_first_listen")
        c["first_title"] = b
        n = int(rng.poisson(1.2 if mk == "cn" else 3.5))
        for _ in range(n):
            listen(c, t1 + D(days=float(rng.uniform(0.3, MARKETS[mk]["trial"] - 0.2))))
    # outcome
    p_conv = {"cn": 0.46, "us": 0.60, "uk": 0.57}[mk] * {"app_store": 1.0, "podcast_ad": 1.12, "social_ad": 0.36,
                                                          "referral": 1.08, "partner_bundle": 0.85}[ch]
    if not listened:
        p_conv *= 0.3
    if plan == "lite":
        p_conv *= 1.1
    r = rng.random()
    if r < p_conv:
        charge_ok = True
    elif r < p_conv + (1 - p_conv) * 0.86:
        # cancelled during the trial
        tc = t + D(days=float(rng.uniform(0.2, MARKETS[mk]["trial"] - 0.1)))
        source = "app_store_settings" if c["pay"] == "apple_iap" and rng.random() < 0.5 else "in_app"
        reason = None
        if source == "in_app":
            reason = pick(CANCEL_REASON[:6], [0.28, 0.12, 0.08, 0.12, 0.05, 0.35] if ch != "social_ad"
                          else [0.12, 0.05, 0.05, 0.05, 0.03, 0.70])
        ev(c, tc, "tp_cancel", "cancelled", None, cancel_type="trial_cancel", cancel_source=source, plan=plan,
           cancel_reason=reason[0] if reason else None, 取消原因=reason[1] if reason else None)
        post_trial_survey(c, tc, converted=False, reason=reason[0] if reason else None)
        return
    else:
        charge_ok = False
    # first charge at the end of the trial
    if trial_end >= END:
        c["segment"] = "in_trial"              # still in trial at extract
        c["in_trial"] = True
        return
    if not charge_ok:
        tt = trial_end
        for k in range(3):
            reason = pick(["card_declined", "insufficient_funds", "card_expired"], [0.5, 0.3, 0.2])
            ev(c, tt, "tp_billing", "failed", None, billing_kind="first_charge", plan=plan, 套餐=PLANS[plan][0],
               amount_local=PRICE[mk][plan], fail_reason=reason, 失败原因=FAIL_ZH[reason], attempt=k + 1)
            tt = tt + D(days=3 if k == 0 else 4)
        ev(c, tt, "tp_cancel", "cancelled", None, cancel_type="involuntary", cancel_source="billing_failure",
           plan=plan)
        return
    ev(c, trial_end, "tp_billing", "charged", None, billing_kind="first_charge", plan=plan, 套餐=PLANS[plan][0],
       amount_local=PRICE[mk][plan], credits_granted=PLANS[plan][2], attempt=1)
    order(c, trial_end, "subscription_first", PRICE[mk][plan], plan=plan, 套餐=PLANS[plan][0])
    ev(c, trial_end + D(seconds=5), "tp_trial_convert", "converted", None, plan=plan, 套餐=PLANS[plan][0],
       trial_days=MARKETS[mk]["trial"], acquisition_channel=ch)
    c["segment"] = "subscriber"
    post_trial_survey(c, trial_end + D(hours=float(rng.uniform(2, 72))), converted=True)
    subscriber_life(c, trial_end, plan, first_done=True)


def post_trial_survey(c, ts, converted, reason=None):
    if rng.random() >= 0.22:
        return
    if converted:
        topic = pick(["value", "easy", "bedtime", "narrator", "other"], [0.3, 0.2, 0.15, 0.15, 0.2])
        tp = "tp_trial_convert"
    else:
        topic = {"too_expensive": "price", "catalogue_too_small": "catalogue"}.get(reason, None)
        if topic is None:
            topic = pick(["other", "price", "catalogue", "easy"], [0.55, 0.2, 0.15, 0.1])
        tp = "tp_cancel"
    fb(c, ts, tp, "survey", topic, survey="post_trial")


# ---------------------------------------------------------------- subscribers
def legacy_base():
    for market, n in (("cn", 360), ("us", 280), ("uk", 120)):
        for _ in range(n):
            signup = START - D(days=float(rng.uniform(40, 365 * 4)))
            ch = pick(ACQ, ACQ_MIX[market])
            c = new_customer(market, signup - D(hours=float(rng.uniform(0.1, 30))), ch, legacy=True)
            c["signup_at"] = signup
            plan = pick(["premium", "lite", "premium_plus"], [0.66, 0.2, 0.14])
            c["plan"], c["segment"] = plan, "subscriber"
            first_bill = START + D(days=float(rng.uniform(0, 28)), hours=float(rng.uniform(0, 20)))
            subscriber_life(c, first_bill, plan, first_done=False)


def subscriber_life(c, t0, plan, first_done):
    mk = c["market"]
    tenure = 0
    credits = PLANS[plan][2] if first_done else int(rng.integers(0, 3)) * (PLANS[plan][2] > 0)
    paused_until = None
    discount_left = 0
    bill = t0
    lam = c["eng"]
    owned = []
    while bill < END:
        cycle_end = add_month(bill)
        first = first_done and tenure == 0
        tenure += 1
        # ---- billing at the start of the cycle
        if paused_until is not None:
            if bill >= paused_until:
                ev(c, bill - D(hours=2), "tp_plan_change", "resume", None, from_plan=plan, to_plan=plan,
                   plan=plan, 套餐=PLANS[plan][0])
                paused_until = None
                c["segment"] = "subscriber"
            else:
                if c["pay"] == "apple_iap" and PAUSE_BUG[0] <= bill < PAUSE_BUG[1]:
                    # the pause never reached Apple: charged anyway
                    ev(c, bill, "tp_billing", "charged", None, billing_kind="renewal", plan=plan,
                       套餐=PLANS[plan][0], amount_local=PRICE[mk][plan], credits_granted=0, attempt=1,
                       during_pause=True)
                    refunded = rng.random() < 0.7
                    o = order(c, bill, "subscription_renewal", PRICE[mk][plan],
                              "refunded" if refunded else "paid", plan=plan, 套餐=PLANS[plan][0], during_pause=True)
                    for k in range(1 + (rng.random() < 0.25)):
                        if rng.random() >= 0.8:
                            continue
                        tf = bill + D(hours=float(rng.uniform(2, 96)))
                        where = pick(["ticket", "app_review", "social", "survey"], [0.66, 0.16, 0.1, 0.08])
                        tp = {"ticket": "tp_billing", "app_review": None, "social": None,
                              "survey": "tp_plan_change"}[where]
                        if where == "ticket":
                            support(c, tf, "refund_request" if rng.random() < 0.6 else "billing_question")
                        fb(c if where != "social" else None, tf, tp, where, "paused_charged", market=mk,
                           **({"survey": "plan_change"} if where == "survey" else {}))
                        if where == "ticket" and k == 0 and rng.random() < 0.3:
                            break
                    if refunded and o is not None:
                        o["refunded_at"] = (bill + D(days=float(rng.uniform(1, 9)))).strftime("%Y-%m-%d")
                bill = cycle_end
                continue
        if not first:
            price = PRICE[mk][plan] * (0.5 if discount_left > 0 else 1.0)
            ok = False
            for k in range(3):
                tb = bill + D(days=[0, 3, 7][k])
                if rng.random() >= (RENEW_FAIL[c["pay"]] if k == 0 else 0.45):
                    ev(c, tb, "tp_billing", "charged", None, billing_kind="renewal", plan=plan, 套餐=PLANS[plan][0],
                       amount_local=round(price, 2), credits_granted=PLANS[plan][2], attempt=k + 1,
                       discounted=discount_left > 0)
                    order(c, tb, "subscription_renewal", price, plan=plan, 套餐=PLANS[plan][0],
                          discounted=discount_left > 0)
                    ok = True
                    break
                reason = pick(["card_declined", "insufficient_funds", "card_expired"],
                              [0.3, 0.2, 0.5] if c["pay"] == "card" else [0.55, 0.45, 0.0])
                ev(c, tb, "tp_billing", "failed", None, billing_kind="renewal", plan=plan, 套餐=PLANS[plan][0],
                   amount_local=round(price, 2), fail_reason=reason, 失败原因=FAIL_ZH[reason], attempt=k + 1)
            if not ok:
                ev(c, bill + D(days=8), "tp_cancel", "cancelled", None, cancel_type="involuntary",
                   cancel_source="billing_failure", plan=plan)
                c["segment"] = "churned"
                return
            if discount_left > 0:
                discount_left -= 1
            credits += PLANS[plan][2]
        span = (min(cycle_end, END) - bill).total_seconds() / 86400
        if span <= 0:
            break
        # ---- listening
        for _ in range(int(rng.poisson(lam))):
            listen(c, at_hour(bill + D(days=float(rng.uniform(0, span)))))
        # ---- credits, purchases, top-ups, returns
        while credits > 0 and rng.random() < 0.55:
            tt = at_hour(bill + D(days=float(rng.uniform(0, span))))
            b = choose_title(c, tt, prefer_ai=0.2)
            ev(c, tt, "tp_book_purchase", "redeem_credit", None, credits_used=1, **book_cols(b))
            credits -= 1
            maybe_return(c, tt, b, None)
        if plan != "lite" and credits == 0 and rng.random() < 0.06 * (1 + min(lam, 4)) / 2:
            tt = at_hour(bill + D(days=float(rng.uniform(0, span))))
            n = pick([1, 3], [0.7, 0.3])
            ev(c, tt, "tp_credit_topup", "purchased", None, credits=n, amount_local=TOPUP[mk][n])
            order(c, tt, "credit_topup", TOPUP[mk][n], credits=n)
            for k in range(n):
                if rng.random() < 0.85:
                    t2 = tt + D(minutes=float(rng.uniform(1, 60 * 24 * 10)))
                    b = choose_title(c, t2, prefer_ai=0.2)
                    ev(c, t2, "tp_book_purchase", "redeem_credit", None, credits_used=1, **book_cols(b))
                    maybe_return(c, t2, b, None)
                else:
                    credits += 1
        if rng.random() < (0.05 if plan == "lite" else 0.028):
            tt = at_hour(bill + D(days=float(rng.uniform(0, span))))
            b = choose_title(c, tt, prefer_ai=0.2)
            price = pick(BOOK_PRICE[mk]) * (0.7 if plan != "lite" else 1.0)
            ev(c, tt, "tp_book_purchase", "buy_cash", None, amount_local=round(price, 2), **book_cols(b))
            o = order(c, tt, "book_purchase", price, title_id=b["title_id"], title=b["title"])
            maybe_return(c, tt, b, o)
        # ---- support
        if rng.random() < 0.012:
            tt = at_hour(bill + D(days=float(rng.uniform(0, span))), 8, 22)
            reason = pick(["billing_question", "playback_issue", "login_issue", "credits", "other"],
                          [0.25, 0.25, 0.15, 0.2, 0.15])
            support(c, tt, reason)
            topic = {"credits": "credits", "playback_issue": "offline"}.get(reason, "other")
            if reason == "playback_issue" and rng.random() < 0.5:
                topic = "other"
            tp = {"credits": "tp_book_purchase", "playback_issue": "tp_listening"}.get(reason, "tp_support")
            fb(c, tt, tp, "ticket", topic)
        # ---- NPS survey (quarterly sample)
        if bill.month in (3, 6, 9, 12) and rng.random() < 0.07:
            topic = pick(["value", "easy", "bedtime", "narrator", "catalogue", "price", "other"],
                         [0.18, 0.14, 0.12, 0.14, 0.12, 0.12, 0.18])
            fb(c, at_hour(bill + D(days=float(rng.uniform(0, min(span, 25))))), None, "survey", topic,
               survey="quarterly_nps")
        # ---- plan changes
        r = rng.random()
        tt = at_hour(bill + D(days=float(rng.uniform(1, max(1.1, span - 1)))))
        if tt >= END:
            break
        if r < 0.011 and plan != "lite":
            ev(c, tt, "tp_plan_change", "downgrade", None, from_plan=plan, to_plan="lite", plan="lite",
               套餐=PLANS["lite"][0], via_retention_offer=False)
            plan = "lite"
        elif r < 0.021 and plan != "premium_plus":
            new = "premium" if plan == "lite" else "premium_plus"
            ev(c, tt, "tp_plan_change", "upgrade", None, from_plan=plan, to_plan=new, plan=new,
               套餐=PLANS[new][0], via_retention_offer=False)
            plan = new
        elif r < 0.034 + (0.055 if SUMMER_PAUSE[0] <= tt < SUMMER_PAUSE[1] else 0.0):
            paused_until = do_pause(c, tt, plan, cycle_end, via_offer=False)
        else:
            hz = 0.055 if tenure <= 3 else 0.033
            if rng.random() < hz:
                out = cancel(c, tt, plan, tenure)
                if out == "cancelled":
                    c["segment"] = "churned"
                    c["plan"] = plan
                    return
                if out == "pause":
                    paused_until = do_pause(c, tt + D(minutes=1), plan, cycle_end, via_offer=True)
                elif out == "downgrade":
                    ev(c, tt + D(minutes=1), "tp_plan_change", "downgrade", None, from_plan=plan, to_plan="lite",
                       plan="lite", 套餐=PLANS["lite"][0], via_retention_offer=True)
                    plan = "lite"
                elif out == "discount":
                    discount_left = 3
        c["plan"] = plan
        bill = cycle_end
    c["plan"] = plan
    if paused_until is not None and paused_until > END:
        c["segment"] = "paused"


def do_pause(c, ts, plan, cycle_end, via_offer):
    months_ = pick([1, 2, 3], [0.45, 0.3, 0.25])
    reason = pick(PAUSE_REASON, [0.4, 0.25, 0.2, 0.15])
    until = cycle_end
    for _ in range(months_):
        until = add_month(until)
    ev(c, ts, "tp_plan_change", "pause", None, from_plan=plan, to_plan=plan, plan=plan, 套餐=PLANS[plan][0],
       pause_months=months_, pause_reason=reason[0], 暂停原因=reason[1], via_retention_offer=via_offer)
    c["segment"] = "paused"
    return until


def cancel(c, ts, plan, tenure):
    mk = c["market"]
    reason = pick(CANCEL_REASON, [0.27, 0.22, 0.14, 0.15, 0.07, 0.0, 0.15])
    if c["pay"] == "apple_iap" and rng.random() < 0.35:
        ev(c, ts, "tp_cancel", "cancelled", None, cancel_type="voluntary", cancel_source="app_store_settings",
           plan=plan, tenure_months=tenure)
        return "cancelled"
    s = sid()
    ev(c, ts, "tp_cancel_flow", "start", s, plan=plan, tenure_months=tenure)
    if rng.random() < 0.06:
        return "stay"                             # closed the flow before the offer
    offer = {"too_expensive": "discount", "not_enough_time": "pause", "billing_problem": "discount",
             "switched_service": "discount", "catalogue_too_small": "downgrade",
             "technical_issues": "pause"}[reason[0]]
    if plan == "lite" and offer == "downgrade":
        offer = "discount"
    if SUMMER_PAUSE[0] <= ts < SUMMER_PAUSE[1] and rng.random() < 0.7:
        offer = "pause"
    p_acc = {"discount": 0.3, "pause": 0.42, "downgrade": 0.22}[offer]
    acc = rng.random() < p_acc
    t2 = ts + D(seconds=float(rng.uniform(15, 120)))
    ev(c, t2, "tp_retention_offer", "accepted" if acc else "declined", s, offer_type=offer, plan=plan,
       cancel_reason=reason[0], 取消原因=reason[1])
    if acc:
        return offer
    if rng.random() < 0.07:
        if rng.random() < 0.25:
            fb(c, t2 + D(hours=float(rng.uniform(0.5, 48))), "tp_cancel_flow",
               pick(["app_review", "ticket", "social"], [0.4, 0.4, 0.2]), "cancel_hard")
        return "stay"
    t3 = t2 + D(seconds=float(rng.uniform(10, 90)))
    ev(c, t3, "tp_cancel", "cancelled", s, cancel_type="voluntary", cancel_source="in_app", plan=plan,
       cancel_reason=reason[0], 取消原因=reason[1], tenure_months=tenure)
    if rng.random() < 0.04:
        fb(c, t3 + D(hours=float(rng.uniform(0.5, 72))), "tp_cancel_flow",
           pick(["app_review", "social"], [0.6, 0.4]), "cancel_hard")
    if rng.random() < 0.4:
        topic = {"too_expensive": "price", "catalogue_too_small": "catalogue"}.get(reason[0], "other")
        if reason[0] == "billing_problem" and mk != "cn" and c["pay"] == "apple_iap" and \
                PAUSE_BUG[0] <= ts < PAUSE_BUG[1] + D(days=20):
            topic = "paused_charged"
        fb(c, t3 + D(minutes=2), "tp_cancel", "survey", topic, survey="cancel_survey")
    return "cancelled"


def maybe_return(c, ts, b, o):
    ai = b["narration"] == "ai_voice"
    if rng.random() >= (0.16 if ai else 0.045):
        return
    tr = ts + D(days=float(rng.gamma(1.5, 2.5)))
    if ai and rng.random() < 0.75:
        reason = RETURN_REASON[2]
    else:
        reason = pick(RETURN_REASON, [0.3, 0.14, 0.0, 0.16, 0.12, 0.28])
    pct = int(min(100, rng.gamma(1.4, 14)))
    rejected = pct > 50 or rng.random() < 0.04
    s = sid()
    ev(c, tr, "tp_return", "requested", s, return_reason=reason[0], 退书原因=reason[1], listened_pct=pct,
       paid_with="cash" if o else "credit", **book_cols(b))
    ev(c, tr + D(hours=float(rng.uniform(0.1, 30))), "tp_return", "rejected" if rejected else "approved", s,
       return_reason=reason[0], 退书原因=reason[1], listened_pct=pct, paid_with="cash" if o else "credit",
       reject_reason="listened_over_50pct" if pct > 50 else ("return_limit" if rejected else None),
       **book_cols(b))
    if o is not None and not rejected:
        o["status"] = "returned"
    if rejected and rng.random() < 0.4:
        support(c, tr + D(hours=float(rng.uniform(2, 40))), "book_return")
        fb(c, tr + D(hours=float(rng.uniform(2, 40))), "tp_return", "ticket", "return_rejected",
           title_id=b["title_id"], title=b["title"])
    elif ai and reason[0] == "ai_narration" and rng.random() < 0.35:
        fb(c, tr + D(minutes=3), "tp_return", "ticket", "ai_voice", title_id=b["title_id"], title=b["title"])


def support(c, ts, reason):
    chan = pick(["chat", "email", "phone"], [0.55, 0.35, 0.10])
    ev(c, ts, "tp_support", "ticket_opened", None, "email" if chan == "email" else ("phone" if chan == "phone"
                                                                                      else "app"),
       None if chan != "chat" else "own", contact_reason=reason, 咨询原因=CONTACT_ZH[reason], support_channel=chan,
       resolution_hours=round(float(rng.gamma(1.6, 12)), 1))


# ---------------------------------------------------------------- reviews and social
def listener_reviews():
    """book reviews by listeners: rated, at tp_listening; a quarter imported from the old site without ts."""
    subs = [c for c in CUST.values() if c["plan"] is not None]
    for _ in range(1250):
        c = subs[int(rng.integers(len(subs)))]
        undated = rng.random() < 0.22
        ts = None if undated else at_hour(START + D(days=float(rng.uniform(0, (END - START).days - 1))))
        b = choose_title(c, ts or datetime(2024, 12, 1), prefer_ai=0.5)
        if b["narration"] == "ai_voice":
            topic = pick(["ai_voice", "bedtime", "other"], [0.62, 0.08, 0.3])
        else:
            topic = pick(["narrator", "bedtime", "other", "catalogue"], [0.46, 0.16, 0.32, 0.06])
        fb(c, ts, "tp_listening", "book_review", topic, title_id=b["title_id"], title=b["title"],
           narration=b["narration"])


def store_reviews_and_social():
    total_days = (END - START).days
    for _ in range(720):
        mk = pick(["cn", "us", "uk"], [0.45, 0.37, 0.18])
        ts = at_hour(START + D(days=float(rng.uniform(0, total_days - 1))))
        topic = pick(["easy", "value", "bedtime", "catalogue", "price", "offline", "other", "credits"],
                     [0.2, 0.12, 0.1, 0.1, 0.1, 0.06, 0.24, 0.08])
        fb(None, ts, None, "app_review", topic, market=mk,
           store="app_store" if rng.random() < 0.55 else ("google_play" if mk != "cn" else "huawei_appgallery"),
           app_version=version(ts))
    for _ in range(300):
        mk = pick(["cn", "us", "uk"], [0.5, 0.33, 0.17])
        ts = None if rng.random() < 0.5 else at_hour(START + D(days=float(rng.uniform(0, total_days - 1))))
        topic = pick(["value", "bedtime", "price", "catalogue", "other", "narrator"], [0.2, 0.12, 0.18, 0.15, 0.25,
                                                                                     0.1])
        fb(None, ts, None, "social", topic, market=mk)


# ---------------------------------------------------------------- texts
T = {
    "trial_payment": {
        "zh": ["点开通免费试用，支付页一直转圈，根本绑不上支付宝", "安卓手机，支付页打不开，试用开不了，试了五六次",
               "更新到6.4以后支付页直接白屏，想试用都不行", "支付页报错“加载失败”，微信支付也绑不了，什么情况？",
               "想用优惠码开试用，支付页卡死，退出重进还是一样", "支付页闪退，客服让我换手机试试，离谱"],
        "en": ["The payment screen just spins forever when I try to start the free trial.",
               "Android user here - the payment screen won't load so I can't start my trial.",
               "After the update the payment screen is blank. Tried 5 times, gave up.",
               "Payment screen errors out with 'something went wrong' every time I tap Start trial.",
               "Wanted to use the promo code from the podcast but the payment screen crashes.",
               "Google Play payment screen never appears. Trial impossible to start on my Pixel."],
    },
    "paused_charged": {
        "zh": ["我明明暂停了会员，这个月还是被扣了钱", "暂停期间照样扣费，苹果账单上清清楚楚，请退款",
               "设置了暂停两个月，结果第二个月还是扣了30块", "暂停会员根本没用，钱照扣，书也没给",
               "暂停了还扣费，找客服等了三天才退"],
        "en": ["I paused my membership and still got charged this month. Please refund.",
               "Charged while paused?! Apple receipt shows the full monthly fee.",
               "Paused for two months, billed anyway in month two. Not ok.",
               "The pause feature doesn't work - money still taken, nothing to show for it.",
               "Paused my plan before a trip, came back to two charges on my account."],
    },
    "ai_voice": {
        "zh": ["这本是AI配音的吧，语气平得像念说明书，听不下去", "AI配音断句很奇怪，人名都读错了",
               "买之前没看出来是AI配音，退了", "AI配音太机械，悬疑的气氛全没了", "{title}的AI配音听得我头疼"],
        "en": ["This is obviously an AI voice - flat, no emotion, names mispronounced.",
               "The AI voice on {title} ruined it for me. Robotic pacing.",
               "Didn't realise it was an AI voice until chapter 2. Want my money back.",
               "Robotic delivery, weird gaps in the middle of sentences.",
               "Please label AI voice titles clearly, the robotic reading is unbearable."],
    },
    "return_rejected": {
        "zh": ["退书申请被拒了，说我听了超过一半，可我是睡着了放着没关", "才听了几章就退书不通过，规则太苛刻",
               "{title}退书被拒，客服一句话打发", "退书规则没写清楚，被拒了很生气"],
        "en": ["My return request was rejected because I 'listened to over half'. I fell asleep with it playing.",
               "Return refused for {title}. The rule was never explained to me.",
               "Why can't I return a book I hated? Return denied after a few chapters.",
               "Return policy is way too strict now, got rejected twice."],
    },
    "verification": {
        "zh": ["注册收不到验证码，等了十分钟", "验证码一直提示超时，换了号码也不行", "手机号注册验证码发不过来，只能用微信登录"],
        "en": ["Never got the verification email, link expired before it arrived.",
               "Sign-up verification link says expired every time.",
               "Stuck on the verification step, the email takes 20 minutes."],
    },
    "cancel_hard": {
        "zh": ["想退订，找不到取消的地方，藏得太深了", "点了半天取消不了，一直弹优惠", "取消不了会员，绕了三层页面还在挽留"],
        "en": ["So hard to cancel - three screens of offers before the real cancel button.",
               "Where is the cancel button?? Had to google how to do it.",
               "Dark pattern. Hard to cancel on purpose."],
    },
    "offline": {
        "zh": ["离线下载总是失败，地铁上没法听", "离线的书过几天就要重新下，很烦", "离线缓存占了好几个G还删不掉"],
        "en": ["Offline downloads keep failing on the subway.", "Books downloaded for offline vanish after a week.",
               "Offline mode says 'not available' on a plane, useless."],
    },
    "catalogue": {
        "zh": ["书库太小了，想听的都没有", "书库更新太慢，热门新书都找不到", "书库里好书不多，会员有点亏"],
        "en": ["The catalog is thin - half the books I wanted aren't there.",
               "Catalog is too small compared to the big players.", "Great app but the catalogue needs more new releases."],
    },
    "price": {
        "zh": ["会员有点太贵了，一个月才听一本", "太贵了，学生党负担不起", "单买一本书还是太贵，不如去买实体书"],
        "en": ["Too expensive for one book a month.", "It's getting expensive with the top-ups on top.",
               "Good app, just expensive for what I use."],
    },
    "narrator": {
        "zh": ["演播老师的声音太好听了，人物区分得特别清楚", "{title}的演播绝了，一口气听完", "这个演播版本比纸书还好看",
               "演播很有感情，听哭了"],
        "en": ["The narrator is phenomenal, every character sounds distinct.", "{title}: the narrator makes this book.",
               "Fantastic narrator, I bought the sequel right away.", "Best narrator I've heard in years."],
    },
    "bedtime": {
        "zh": ["每天睡前听半小时，定时关闭很贴心", "睡前故事给孩子听，省了我好多口水", "睡前听书比刷手机强多了"],
        "en": ["My bedtime routine now - sleep timer is perfect.", "Bedtime stories for the kids every night.",
               "Listening at bedtime instead of scrolling, love it."],
    },
    "value": {
        "zh": ["性价比很高，一个月一本书还能随便听畅听区", "算下来性价比比买书高多了", "会员性价比不错，续了"],
        "en": ["Totally worth it for my commute.", "Worth every penny, the included titles alone are great.",
               "Worth the price, I listen every day."],
    },
    "easy": {
        "zh": ["界面简洁，找书很方便", "界面清爽，倍速和书签都好用", "新版界面比以前顺手"],
        "en": ["Clean app, easy to use even for my mum.", "Very easy to use, bookmarks and speed control work well.",
               "Easy to use, syncs between phone and speaker."],
    },
    "credits": {
        "zh": ["点数怎么少了一个？没收到这个月的", "点数到底会不会过期？说明写得不清楚", "充值的点数没到账"],
        "en": ["My monthly credit didn't show up.", "Do credits expire? The help page is unclear.",
               "Bought 3 credits, only 1 appeared."],
    },
    "other": {
        "zh": ["还行吧，一般般", "有些书章节顺序乱了", "希望能出个车机版", "客服回复挺快的", "整体还可以，偶尔卡顿"],
        "en": ["It's ok.", "Would love a CarPlay widget.", "Some chapters are out of order.",
               "Support answered quickly.", "Decent overall, occasional lag."],
    },
}
MARKERS = {
    "trial_payment": ["支付页", "payment screen"], "paused_charged": ["暂停", "paus"],
    "ai_voice": ["ai配音", "ai voice", "robotic"], "return_rejected": ["退书", "return"],
    "verification": ["验证码", "verification"], "cancel_hard": ["取消不了", "找不到取消", "hard to cancel",
                                                              "cancel button"],
    "offline": ["离线", "offline"], "catalogue": ["书库", "catalog"], "price": ["太贵", "expensive"],
    "narrator": ["演播", "narrator"], "bedtime": ["睡前", "bedtime"], "value": ["性价比", "worth"],
    "easy": ["界面", "easy to use"], "credits": ["点数", "credit"], "other": [],
}
RATING = {  # values, probs
    "trial_payment": ([1, 2, 3], [0.7, 0.25, 0.05]), "paused_charged": ([1, 2, 3], [0.72, 0.23, 0.05]),
    "ai_voice": ([1, 2, 3], [0.45, 0.4, 0.15]), "return_rejected": ([1, 2, 3], [0.55, 0.35, 0.1]),
    "verification": ([1, 2, 3], [0.5, 0.35, 0.15]), "cancel_hard": ([1, 2], [0.7, 0.3]),
    "offline": ([1, 2, 3], [0.35, 0.45, 0.2]), "catalogue": ([2, 3, 4], [0.45, 0.4, 0.15]),
    "price": ([2, 3, 4], [0.5, 0.35, 0.15]), "narrator": ([4, 5], [0.25, 0.75]), "bedtime": ([4, 5], [0.4, 0.6]),
    "value": ([4, 5], [0.35, 0.65]), "easy": ([3, 4, 5], [0.1, 0.45, 0.45]), "credits": ([1, 2, 3], [0.3, 0.45, 0.25]),
    "other": ([2, 3, 4, 5], [0.15, 0.35, 0.35, 0.15]),
}


def check_markers():
    for topic, langs in T.items():
        for lang, texts in langs.items():
            for t in texts:
                low = t.lower()
                own = any(m in low for m in MARKERS[topic]) or not MARKERS[topic]
                other = [o for o, ms in MARKERS.items() if o != topic and any(m in low for m in ms)]
                assert own and not other, (topic, t, other)


def text_for(topic, lang, title=None):
    opts = T[topic][lang]
    s = opts[int(rng.integers(len(opts)))]
    if "{title}" in s:
        s = s.replace("{title}", title or ("这本书" if lang == "zh" else "this book"))
    return s


# ---------------------------------------------------------------- write
def _fmt(v):
    if v is None:
        return ""
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    return v


def write_csv(path, rows, cols):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([_fmt(r.get(k)) for k in cols])


def columns(rows, head):
    cols, seen = list(head), set(head)
    for r in rows:
        for k in r:
            if k not in seen:
                seen.add(k)
                cols.append(k)
    return cols


def main(out: Path):
    check_markers()
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    legacy_base()
    acquisition()
    listener_reviews()
    store_reviews_and_social()

    write_csv(out / "touchpoints.csv",
              [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                    owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
              ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = []
    for jid, zh, en, steps, win in JOURNEYS:
        for i, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=i,
                           touchpoint_id=tp, window_days=win))
    write_csv(out / "journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                          "touchpoint_id", "window_days"])
    crow = []
    for c in CUST.values():
        seg = c["segment"]
        crow.append(dict(customer_id=c["customer_id"], signup_at=c["signup_at"], segment=seg, 用户状态=SEG_ZH[seg],
                         region=c["region"], acquisition_channel=c["channel"], 获客渠道=ACQ_ZH[c["channel"]],
                         tier=c["plan"], 套餐=PLANS[c["plan"]][0] if c["plan"] else None, market=c["market"],
                         country=MARKETS[c["market"]]["country"], preferred_language=c["lang"],
                         installed_at=c["install"], first_device=c["device"], payment_method=c["pay"],
                         age_band=c["age_band"], city_tier=c["city_tier"], favourite_genre=c["fav"],
                         偏好类型=GENRE_ZH[c["fav"]], ad_campaign=c["campaign"], promo_code=c["promo_code"],
                         marketing_opt_in=c["opt_in"], legacy_member=c["legacy"]))
    write_csv(out / "customers.csv", crow, list(crow[0].keys()))
    EVENTS.sort(key=lambda r: (r["ts"], r["customer_id"]))
    for i, r in enumerate(EVENTS, 1):
        r["event_id"] = f"E{i:07d}"
    write_csv(out / "events.csv", EVENTS, columns(EVENTS, ["event_id", "customer_id", "ts", "touchpoint_id",
                                                           "session_id", "action", "device", "channel"]))
    ORDERS.sort(key=lambda r: (r["ts"], r["customer_id"]))
    for i, r in enumerate(ORDERS, 1):
        r["order_id"] = f"O{i:07d}"
    write_csv(out / "orders.csv", ORDERS, columns(ORDERS, ["order_id", "customer_id", "ts", "amount", "status",
                                                           "channel", "device"]))
    FEEDBACK.sort(key=lambda r: (r["ts"] is None, r["ts"] or START, r["customer_id"] or ""))
    frows, truth = [], []
    for i, f in enumerate(FEEDBACK, 1):
        fid = f"F{i:05d}"
        rating = nps = None
        if f["channel"] in ("survey", "app_review", "book_review"):
            vals, p = RATING[f["topic"]]
            rating = int(pick(vals, p))
        if f["channel"] == "survey":
            base = {1: 2, 2: 4, 3: 6, 4: 8, 5: 9}[rating]
            nps = int(np.clip(base + rng.integers(-2, 3), 0, 10))
        x = f["extra"]
        row = dict(feedback_id=fid, text=text_for(f["topic"], f["lang"], x.get("title")), ts=f["ts"],
                   customer_id=f["customer_id"], touchpoint_id=f["touchpoint_id"], channel=f["channel"],
                   rating=rating, nps=nps, language=f["lang"], market=f["market"])
        if f["channel"] == "social":
            row["platform"] = pick(SOCIAL["zh"] + ["weibo"]) if f["market"] == "cn" else pick(["reddit", "x"])
        row.update(x)
        frows.append(row)
        truth.append(dict(feedback_id=fid, topic=f["topic"]))
    write_csv(out / "feedback.csv", frows, columns(frows, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id",
                                                           "channel", "rating", "nps", "language", "market"]))
    write_csv(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic"])
    print(f"customers {len(crow)}, events {len(EVENTS)}, orders {len(ORDERS)}, feedback {len(frows)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
