"""声波 WaveCast: a podcast hosting and monetisation SaaS (synthetic, written blind).

A podcaster (our customer, "creator") finds us (search, an ad read on another podcast, a fellow creator's referral,
Xiaohongshu, Bilibili, the app stores), visits the website, signs up, creates a show or migrates an existing one from
another host (RSS import), uploads episodes (web uploader or the WaveCast Studio app), we transcode them and publish,
the show is submitted to the listening apps (Apple Podcasts, Spotify, 小宇宙 Xiaoyuzhou, 喜马拉雅 Ximalaya, 网易云音乐
NetEase Cloud Music), the creator looks at the analytics dashboard, may upgrade from the free plan (Creator / Pro /
Network, monthly or annual), renews or cancels, buys add-ons (AI transcript hours, storage, promo boosts), applies to
the ad marketplace, runs sponsored campaigns, requests payouts of their ad earnings, and opens support tickets.
Data 2025-01-01 .. 2026-08-31 (extract taken at the end of August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments),
plus OUTDIR/_truth/feedback_truth.csv (topics of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
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
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_VISITORS = 5200
ENCODER_BUG = (datetime(2025, 8, 11), datetime(2025, 9, 8))     # encoder 4.2 breaks on m4a (AAC) uploads
PRICE_HIKE = datetime(2026, 3, 1)                               # Creator plan 39 -> 49 / month
XIMALAYA_API = datetime(2026, 4, 1)                             # direct API with Ximalaya: listing gets fast
ENCODERS = [(datetime(2025, 1, 1), "4.1"), (ENCODER_BUG[0], "4.2"), (ENCODER_BUG[1], "4.2.1"),
            (datetime(2026, 5, 6), "4.3")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_visit", "官网访问", "Website visit", "awareness", "web", "digital", "growth",
     "官网|落地页|访问官网|来到官网|website|landing page|site visit|first visit"),
    ("tp_signup", "注册账号", "Sign-up", "consideration", "web", "digital", "growth",
     "注册|开户|创建账号|sign up|signup|register|account created"),
    ("tp_show_setup", "创建/导入节目", "Show setup (create or import)", "consideration", "web", "digital", "onboarding",
     "建节目|创建节目|导入节目|迁移|搬家|RSS导入|show setup|create show|import show|migration|RSS import"),
    ("tp_upload", "上传单集", "Episode upload", "service", "web", "digital", "media_platform",
     "上传|传音频|上传单集|upload|episode upload|audio upload"),
    ("tp_transcode_fail", "转码失败", "Transcoding failed", "service", "other", "digital", "media_platform",
     "转码失败|转码报错|转码出错|transcode failed|transcoding error|encoding failed"),
    ("tp_publish", "单集发布", "Episode published", "service", "web", "digital", "media_platform",
     "发布|发布单集|上线单集|转码完成|publish|published|episode live|go live"),
    ("tp_dist_submit", "提交分发", "Submitted to directories", "service", "web", "digital", "partnerships",
     "分发|提交分发|提交平台|推送到平台|distribution|submit to apps|submit to directories"),
    ("tp_dist_live", "平台上架", "Live on listening app", "service", "other", "digital", "partnerships",
     "上架|平台上架|收录|过审|listed|live on Apple|live on Spotify|directory listing"),
    ("tp_analytics", "数据后台", "Analytics dashboard", "loyalty", "web", "digital", "product",
     "数据后台|数据分析|后台数据|收听数据|analytics|dashboard|stats|listener stats"),
    ("tp_pricing", "查看套餐", "Pricing page", "consideration", "web", "digital", "growth",
     "套餐页|价格页|看套餐|pricing|pricing page|plans page"),
    ("tp_checkout", "升级下单", "Upgrade checkout", "purchase", "web", "digital", "billing",
     "下单|付款|结账|支付页|checkout|payment page|pay"),
    ("tp_upgrade", "升级成功", "Plan upgraded", "purchase", "web", "digital", "billing",
     "升级|开通会员|付费升级|买套餐|upgrade|upgraded|paid plan|subscribe"),
    ("tp_renew", "续费", "Subscription renewed", "loyalty", "other", "digital", "billing",
     "续费|自动续费|续订|renew|renewal|auto-renew"),
    ("tp_cancel", "取消订阅", "Subscription cancelled", "loyalty", "web", "digital", "billing",
     "取消订阅|退订|不续了|流失|cancel|cancellation|churn|unsubscribe"),
    ("tp_ad_apply", "申请广告变现", "Ad marketplace application", "loyalty", "web", "digital", "ad_sales",
     "申请变现|申请广告|开通广告|加入广告市场|apply for ads|monetization application|join ad marketplace"),
    ("tp_ad_approved", "变现审核通过", "Ad marketplace approved", "loyalty", "other", "digital", "ad_sales",
     "审核通过|变现资格|广告资格|approved|ad approval|monetization approved"),
    ("tp_campaign", "广告投放上线", "Ad campaign live", "loyalty", "other", "digital", "ad_sales",
     "接广告|广告投放|商单|口播广告|动态插播|campaign|sponsorship|ad campaign|sponsor read"),
    ("tp_payout_request", "申请提现", "Payout requested", "service", "web", "digital", "finance",
     "申请提现|提现申请|withdraw|payout request|cash out"),
    ("tp_payout_fail", "提现失败", "Payout failed", "service", "other", "digital", "finance",
     "提现失败|提现被退回|打款失败|payout failed|payout bounced|withdrawal failed"),
    ("tp_payout", "提现到账", "Payout received", "service", "other", "digital", "finance",
     "到账|提现到账|打款|收到钱|payout|paid out|money received"),
    ("tp_ticket", "提交工单", "Support ticket opened", "service", "web", "digital", "support",
     "工单|提工单|找客服|联系客服|ticket|support request|contact support"),
    ("tp_ticket_closed", "工单解决", "Support ticket resolved", "service", "web", "digital", "support",
     "工单解决|工单关闭|问题解决|ticket resolved|ticket closed|resolution"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("onboarding", "开通上线", "Creator onboarding", ["tp_visit", "tp_signup", "tp_show_setup", "tp_publish"], 14),
    ("episode", "单集上线", "Episode going live", ["tp_upload", "tp_publish"], 3),
    ("upgrade", "付费升级", "Plan upgrade", ["tp_pricing", "tp_checkout", "tp_upgrade"], 7),
    ("monetise", "广告变现", "Ad monetisation", ["tp_ad_apply", "tp_ad_approved", "tp_campaign", "tp_payout"], 120),
    ("payout", "提现", "Payout", ["tp_payout_request", "tp_payout"], 14),
    ("support", "工单处理", "Support ticket", ["tp_ticket", "tp_ticket_closed"], 7),
]
CHANNELS = {  # id: zh, weight, signup prob, first-upload prob
    "seo": ("搜索引擎", 0.28, 0.30, 0.62), "podcast_ad": ("播客口播广告", 0.15, 0.50, 0.78),
    "creator_referral": ("主播推荐", 0.15, 0.62, 0.84), "xiaohongshu": ("小红书", 0.20, 0.30, 0.40),
    "bilibili": ("B站", 0.10, 0.36, 0.62), "app_store": ("应用商店", 0.12, 0.44, 0.66),
}
REGIONS = {"east_china": ("华东", 0.37), "north_china": ("华北", 0.23), "south_china": ("华南", 0.17),
           "west_china": ("西部", 0.12), "overseas": ("海外", 0.11)}
CTYPES = {  # zh, weight, lifetime mean days, cadence days, ad-apply prob, earnings factor
    "independent": ("独立播客", 0.70, 190, 10, 0.45, 1.0), "studio": ("播客工作室", 0.15, 430, 5, 0.75, 2.0),
    "brand": ("品牌播客", 0.10, 250, 14, 0.05, 0.6), "media": ("媒体机构", 0.05, 540, 3, 0.80, 2.8),
}
CATS = {  # zh, weight, mean campaign earnings, approval prob
    "tech": ("科技", 0.18, 720, 0.85), "business": ("商业", 0.16, 900, 0.85), "culture": ("文化", 0.20, 300, 0.85),
    "comedy": ("喜剧", 0.14, 340, 0.80), "education": ("教育", 0.12, 400, 0.85), "true_crime": ("悬疑", 0.08, 380, 0.55),
    "health": ("健康", 0.10, 450, 0.80), "finance": ("财经", 0.02, 2600, 0.85),
}
IMPORTS = {"new": "新建节目", "typlog": "Typlog", "fireside": "Fireside", "anchor": "Anchor", "libsyn": "Libsyn",
           "ximalaya": "喜马拉雅"}
DIRS = {  # id: zh, median days to live (before / after XIMALAYA_API), reject prob
    "apple": ("苹果播客", 1.8, 1.8, 0.03), "spotify": ("Spotify", 0.4, 0.4, 0.02),
    "xiaoyuzhou": ("小宇宙", 0.9, 0.9, 0.03), "ximalaya": ("喜马拉雅", 6.5, 1.6, 0.12),
    "netease": ("网易云音乐", 1.5, 1.5, 0.04),
}
PLANS = {"free": ("免费版", 0, 0), "creator": ("创作者版", 39, 390), "pro": ("专业版", 99, 990),
         "network": ("机构版", 399, 3990)}
CYCLES = {"monthly": "月付", "annual": "年付"}
PAYM = {"alipay": "支付宝", "wechat_pay": "微信支付", "card": "信用卡", "apple_iap": "苹果内购"}
PAY_OK = {"alipay": 0.94, "wechat_pay": 0.93, "card": 0.60, "apple_iap": 0.90}
PAYOUT = {"alipay": ("支付宝", 0.02, 0.4, "RISK_REVIEW"), "bank_card": ("银行卡", 0.25, 2.8, "BANK_INFO_MISMATCH"),
          "paypal": ("PayPal", 0.10, 4.5, "PAYPAL_LIMIT")}
OTYPES = {"subscription": "订阅费", "addon_transcript": "AI转写包", "addon_storage": "存储扩容",
          "promo_boost": "推广加热"}
TTOPICS = {"transcoding": "转码问题", "payout": "提现问题", "distribution": "分发上架", "billing": "账单扣费",
           "how_to": "使用咨询"}
CANCEL = {"price": "价格太贵", "podfade": "停更了", "switched": "换平台", "missing_feature": "功能不够",
          "refund": "申请退款"}
SPONSORS = {"tech": "科技数码", "finance": "金融理财", "education": "在线教育", "consumer": "消费品牌", "auto": "汽车"}
TICKET_HOURS = {"free": 38.0, "creator": 15.0, "pro": 5.0, "network": 2.0}

TXT = {  # topic: (zh variants, en variants); every variant holds the topic's marker and no other topic's marker
    "transcode_fail": (["上传完一直显示转码失败，重传了三次才成功", "m4a文件转码失败，这期节目只能推迟发布",
                        "转码卡住然后报错，急死了", "录音棚导出的文件转码不过"],
                       ["transcoding failed on my m4a upload twice", "episode got stuck in transcoding and then errored out",
                        "the transcoder keeps rejecting my audio file"]),
    "dist_slow": (["提交喜马拉雅一个星期了还没上架", "喜马拉雅审核太慢了", "别的平台都收录了，就喜马拉雅迟迟不过"],
                  ["show still not live on Ximalaya after a week", "Ximalaya review takes forever",
                   "every app picked us up except Ximalaya"]),
    "payout": (["提现失败，说银行卡信息不符", "申请提现好几天了钱还没到", "提现又被退回了，也没说清楚原因"],
               ["my payout to the bank failed again", "my payout still hasn't arrived",
                "payout bounced back with no clear reason"]),
    "price_hike": (["创作者版突然涨价到49，续费前都没提醒", "涨价了功能一点没变", "悄悄涨价还自动扣费，要求退款"],
                   ["the Creator plan price jumped to 49 without any warning", "a price increase with zero new features",
                    "auto-renewed me at the new price, I want a refund"]),
    "support_slow": (["工单两天都没人回", "提了工单一直没人处理", "工单回复太慢了"],
                     ["my ticket sat unanswered for two days", "support ticket took forever to get a reply",
                      "nobody touched my ticket for days"]),
    "low_cpm": (["广告单价太低，CPM才十几块", "接了广告但CPM低得可怜", "CPM比别家低不少"],
                ["CPM on the ad marketplace is way too low", "the CPM barely covers my editing costs",
                 "CPM keeps dropping every month"]),
    "analytics": (["数据后台很清楚，能看到每集完播率", "数据后台比之前用的平台好太多", "数据后台的听众地域分布很有用"],
                  ["love the analytics, completion rate per episode is gold", "the analytics dashboard is super clear",
                   "analytics finally show where listeners drop off"]),
    "transcript": (["AI转写很准，省了好多做字幕的时间", "AI转写的文字稿直接就能用来做shownotes"],
                   ["the AI transcripts are surprisingly accurate", "auto transcripts save me hours of show notes"]),
    "migration": (["从老平台迁移过来很顺利，RSS一键搞定", "迁移节目一集都没丢"],
                  ["migrating from my old host took five minutes", "the migration kept every old episode"]),
}
GEN = {
    "neg": (["体验很差", "希望尽快改进", "有点失望", "很影响更新节奏"],
            ["really disappointed", "please fix this soon", "this hurts my release schedule"]),
    "pos": (["整体很好用", "已经推荐给身边的主播了", "界面很顺手"],
            ["great product overall", "recommended it to other podcasters", "smooth experience"]),
    "neu": (["还行吧", "一般般，能用", "中规中矩"], ["it's ok", "does the job", "fine I guess"]),
}
NEG_TOPICS = {"transcode_fail", "dist_slow", "payout", "price_hike", "support_slow", "low_cpm"}
TOPIC_TP = [("payout", "tp_payout"), ("transcode_fail", "tp_transcode_fail"), ("dist_slow", "tp_dist_live"),
            ("price_hike", "tp_renew"), ("support_slow", "tp_ticket_closed"), ("low_cpm", "tp_campaign"),
            ("analytics", "tp_analytics"), ("transcript", "tp_publish"), ("migration", "tp_show_setup")]


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    if d.month == 1:
        return 1.45                      # new-year resolution: "start a podcast"
    if d.month == 2 and d.day <= 20:
        return 0.7                       # Spring Festival
    if d.month in (7, 8):
        return 0.85
    return 1.0


def encoder(t: datetime) -> str:
    v = ENCODERS[0][1]
    for s, ver in ENCODERS:
        if t >= s:
            v = ver
    return v


def price(plan: str, cycle: str, t: datetime) -> float:
    m, a = PLANS[plan][1], PLANS[plan][2]
    if plan == "creator" and t >= PRICE_HIKE:
        m, a = 49, 490
    return float(m if cycle == "monthly" else a)


def plan_at(c, t: datetime) -> str:
    p = "free"
    for s, plan in c["plan_tl"]:
        if s <= t:
            p = plan
    return p


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n = {k: 0 for k in ("ev", "ord", "fb", "EP", "DS", "CO", "SB", "AD", "CP", "PO", "TK")}

    def sid(self, kind):
        self.n[kind] += 1
        return f"{kind}{self.n[kind]:06d}"

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, **kw):
        if t > END:
            return False
        self.n["ev"] += 1
        plan = plan_at(c, t)
        row = dict(event_id=f"E{self.n['ev']:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"],
                   channel="app" if c["device"] in ("ios", "android") else "web", plan=plan,
                   套餐=PLANS[plan][0], show_id=c.get("show_id"))
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, status="paid", **kw):
        if t > END:
            return None
        self.n["ord"] += 1
        row = dict(order_id=f"O{self.n['ord']:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="app" if c["device"] in ("ios", "android") else "web", device=c["device"],
                   order_type=otype, 订单类型=OTYPES[otype], currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, gen=None, undated=False, no_customer=False,
           ref=None):
        if t > END:
            return
        self.n["fb"] += 1
        fid = f"FB{self.n['fb']:06d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if set(topics) & NEG_TOPICS else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.35:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if lang == "en":
            text = text[0].upper() + text[1:]
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), None)
        self.feedback.append(dict(
            feedback_id=fid, text=text, ts=None if undated else ts(t),
            customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel, rating=rating,
            nps=nps, language=lang, plan=plan_at(c, t), 套餐=PLANS[plan_at(c, t)][0], region=c["region"],
            地区=REGIONS[c["region"]][0], show_category=c["cat"], 节目分类=CATS[c["cat"]][0], ref_id=ref))
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=gen))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 8, 25):
            days.append((d, (0.6 + 0.8 * (d - START).days / 600) * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_VISITORS, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            region = pick(list(REGIONS), [r[1] for r in REGIONS.values()])
            ov = region == "overseas"
            ctype = pick(list(CTYPES), [x[1] for x in CTYPES.values()])
            cat = pick(list(CATS), [x[1] for x in CATS.values()])
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            if ov and ch in ("xiaohongshu", "bilibili"):
                ch = "podcast_ad"
            device = pick(["ios", "android", "pc", "mac"], [0.33, 0.15, 0.30, 0.22] if not ov else [0.3, 0.05, 0.25, 0.4])
            if ov:
                paym = pick(["card", "apple_iap"], [0.7, 0.3])
                pom = pick(["paypal", "bank_card"], [0.7, 0.3])
            else:
                paym = pick(["alipay", "wechat_pay", "apple_iap", "card"],
                            [0.45, 0.35, 0.12 if device == "ios" else 0.0, 0.08])
                pom = pick(["alipay", "bank_card"], [0.62, 0.38])
            imp = pick(list(IMPORTS), [0.55, 0.12, 0.08, 0.08, 0.05, 0.12] if not ov else [0.5, 0.0, 0.05, 0.3, 0.15, 0.0])
            self.cust.append(dict(
                customer_id=f"U{i + 1:05d}", visit=days[k][0] + D(hours=float(rng.uniform(7, 23.9))), region=region,
                ctype=ctype, cat=cat, channel=ch, device=device, paym=paym, pom=pom, imp=imp,
                en_share=0.85 if ov else 0.05, plan="free", signup=None, paid_ever=False, cancelled=False,
                last_pub=None, show_id=None, trans_addon=False, bad=set(), plan_tl=[]))

    # ---------- tickets ----------
    def ticket(self, c, t, topic, fb_topics, p_fb=0.8):
        sid = self.sid("TK")
        if not self.ev(c, t, "tp_ticket", sid, "open", ticket_topic=topic, 工单类型=TTOPICS[topic]):
            return
        hours = float(rng.lognormal(np.log(TICKET_HOURS[plan_at(c, t)]), 0.6))
        t_c = t + D(hours=hours)
        self.ev(c, t_c, "tp_ticket_closed", sid, "resolved", ticket_topic=topic, 工单类型=TTOPICS[topic],
                resolution_hours=round(hours, 2))
        if rng.random() < p_fb:
            topics = list(fb_topics)
            if hours > 48 and rng.random() < 0.7:
                topics.append("support_slow")
            rating = None
            if rng.random() < 0.6:       # CSAT after the ticket is closed
                r = 4.6 - {"payout": 2.2, "transcode_fail": 1.4, "price_hike": 1.6, "dist_slow": 1.2}.get(
                    fb_topics[0] if fb_topics else "", 0.0) - (1.2 if "support_slow" in topics else 0.0)
                rating = float(np.clip(round(r + rng.normal(0, 0.7)), 1, 5))
            self.fb(c, t_c, topics, "ticket", rating=rating, ref=sid,
                    gen=None if topics else ("pos" if (rating or 4) >= 4 else "neu"))

    # ---------- one creator ----------
    def creator(self, c):
        self.ev(c, c["visit"], "tp_visit", None, "view", channel=c["channel"], plan=None, 套餐=None,
                utm_source=c["channel"])
        ch = CHANNELS[c["channel"]]
        if rng.random() > ch[2]:
            return
        t = c["visit"] + (D(days=float(rng.uniform(15, 45))) if rng.random() < 0.08
                          else D(hours=float(rng.lognormal(np.log(0.6), 1.0))))
        c["signup"] = t
        if not self.ev(c, t, "tp_signup", None, "submit", signup_method=pick(["wechat", "email", "apple"],
                                                                             [0.55, 0.3, 0.15])):
            return
        if rng.random() > 0.88:
            return
        c["show_id"] = f"S{c['customer_id'][1:]}"
        t += D(hours=float(rng.lognormal(np.log(1.5), 1.0)))
        self.ev(c, t, "tp_show_setup", None, "create" if c["imp"] == "new" else "import", import_source=c["imp"],
                来源平台=IMPORTS[c["imp"]])
        if c["imp"] != "new" and rng.random() < 0.05:
            if rng.random() < 0.5:
                self.fb(c, t + D(hours=2), ["migration"], "app_review", rating=5.0)
            else:
                self.fb(c, t + D(hours=2), ["migration"], "social", undated=rng.random() < 0.25)
        if rng.random() > ch[3]:
            return
        t_first = t + (D(days=float(rng.uniform(15, 40))) if rng.random() < 0.08
                       else D(days=float(rng.lognormal(np.log(1.5), 0.9))))
        ct = CTYPES[c["ctype"]]
        life_end = t_first + D(days=float(rng.exponential(ct[2]) + 10))
        self.plan_path(c, t_first, life_end)
        t = t_first
        n_pub = 0
        first = True
        ad_applied = False
        while t <= min(END, life_end):
            ok = self.episode(c, t)
            if ok:
                n_pub += 1
                if first:
                    self.distribute(c, t)
                    first = False
                if n_pub == 6 and rng.random() < ct[4] * (1.4 if plan_at(c, t) != "free" else 0.6):
                    ad_applied = True
                    self.monetise(c, t + D(days=float(rng.exponential(15) + 1)), life_end)
            t += D(days=float(ct[3] * rng.lognormal(0, 0.35)))
            t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(8, 23.5)))
            # monthly add-ons, how-to tickets
            if rng.random() < 0.025 * ct[3] / 7:
                self.ticket(c, t + D(hours=3), "how_to", [], p_fb=0.25)
            paying = plan_at(c, t) != "free"
            if rng.random() < ct[3] / 30 * (0.2 if paying else 0.03):
                amt = float(pick([19, 49], [0.7, 0.3]))
                self.order(c, t, amt, "addon_transcript", payment_method=c["paym"], 支付方式=PAYM[c["paym"]])
                c["trans_addon"] = True
            if not paying and rng.random() < ct[3] / 30 * 0.08:
                self.order(c, t, 15.0, "addon_storage", payment_method=c["paym"], 支付方式=PAYM[c["paym"]])
            if rng.random() < ct[3] / 30 * (0.05 if paying else 0.01):
                self.order(c, t, float(pick([99, 199, 499], [0.5, 0.35, 0.15])), "promo_boost",
                           payment_method=c["paym"], 支付方式=PAYM[c["paym"]])
        del ad_applied

    def episode(self, c, t):
        sid = self.sid("EP")
        dev = c["device"]
        fmt = pick(["mp3", "m4a", "wav"], {"ios": [0.2, 0.8, 0.0], "android": [0.6, 0.3, 0.1],
                                           "pc": [0.6, 0.1, 0.3], "mac": [0.4, 0.3, 0.3]}[dev])
        dur = float(np.clip(rng.normal(48, 16), 8, 150))
        size = round(dur * {"mp3": 1.0, "m4a": 0.9, "wav": 10.1}[fmt] * float(rng.uniform(0.9, 1.1)), 1)
        enc = encoder(t)
        common = dict(file_format=fmt, duration_min=round(dur, 1), file_size_mb=size, encoder_version=enc,
                      uploader="studio_app" if dev in ("ios", "android") else "web_uploader")
        if not self.ev(c, t, "tp_upload", sid, "upload", **common):
            return False
        p_fail = 0.022 + (0.03 if fmt == "wav" and size > 600 else 0.0)
        bug = enc == "4.2" and fmt == "m4a"
        if bug:
            p_fail = 0.46
        t_p = t + D(minutes=float(rng.lognormal(np.log(3 + dur * 0.05), 0.4)))
        if rng.random() < p_fail:
            t_f = t + D(minutes=float(rng.uniform(2, 8)))
            self.ev(c, t_f, "tp_transcode_fail", sid, "fail", error_code="AAC_DECODE_ERROR" if bug else
                    pick(["TIMEOUT", "CORRUPT_FILE"], [0.6, 0.4]), **common)
            c["bad"].add(("transcode", t.year, (t.month - 1) // 3))
            r = rng.random()
            if r < 0.35:
                self.ticket(c, t_f + D(minutes=float(rng.uniform(10, 120))), "transcoding", ["transcode_fail"])
            elif r < 0.45:
                self.fb(c, t_f + D(hours=float(rng.uniform(1, 30))), ["transcode_fail"], "social",
                        undated=rng.random() < 0.25)
            elif r < 0.5 and dev in ("ios", "android"):
                self.fb(c, t_f + D(hours=float(rng.uniform(1, 30))), ["transcode_fail"], "app_review",
                        rating=float(pick([1, 2, 3], [0.5, 0.35, 0.15])))
            if rng.random() > 0.78:
                return False             # gave up on this episode
            t_p = t_f + D(minutes=float(rng.lognormal(np.log(45), 0.6)))
            action = "retry_published"
        else:
            action = "published"
        if not self.ev(c, t_p, "tp_publish", sid, action, transcript="yes" if c["trans_addon"] else "no", **common):
            return False
        c["last_pub"] = t_p
        if rng.random() < 0.35:
            self.ev(c, t_p + D(hours=float(rng.uniform(12, 72))), "tp_analytics", None, "view", device=dev)
        if dev in ("ios", "android") and rng.random() < 0.03:
            topics = []
            if rng.random() < 0.45:
                topics.append("analytics")
            if c["trans_addon"] and rng.random() < 0.5:
                topics.append("transcript")
            stars = float(pick([5, 4, 3, 2], [0.5, 0.3, 0.13, 0.07]))
            if topics:
                stars = max(stars, 4.0)
            self.fb(c, t_p + D(hours=float(rng.uniform(1, 48))), topics, "app_review", rating=stars,
                    tp=None if topics else "tp_publish", gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"))
        return True

    def distribute(self, c, t0):
        ov = c["region"] == "overseas"
        probs = {"apple": 0.95, "spotify": 0.8 if not ov else 0.95, "xiaoyuzhou": 0.9 if not ov else 0.05,
                 "ximalaya": 0.6 if not ov else 0.03, "netease": 0.5 if not ov else 0.02}
        for d, p in probs.items():
            if rng.random() > p:
                continue
            sid = self.sid("DS")
            t = t0 + D(hours=float(rng.uniform(0.5, 48)))
            z = DIRS[d]
            if not self.ev(c, t, "tp_dist_submit", sid, "submit", directory=d, 分发平台=z[0]):
                continue
            if rng.random() < z[3]:
                continue                  # rejected by the directory
            med = z[1] if t < XIMALAYA_API else z[2]
            t_l = t + D(days=float(rng.lognormal(np.log(med), 0.5)))
            self.ev(c, t_l, "tp_dist_live", sid, "listed", directory=d, 分发平台=z[0])
            if d == "ximalaya" and (t_l - t).days >= 7:
                c["bad"].add(("dist", t.year, (t.month - 1) // 3))
                r = rng.random()
                if r < 0.3:
                    self.ticket(c, t + D(days=float(rng.uniform(5, 7))), "distribution", ["dist_slow"])
                elif r < 0.5:
                    self.fb(c, t + D(days=float(rng.uniform(5, 9))), ["dist_slow"],
                            pick(["social", "community"], [0.6, 0.4]), undated=rng.random() < 0.3,
                            no_customer=rng.random() < 0.2)

    # ---------- plans ----------
    def plan_path(self, c, t_first, life_end):
        """pricing-page visit, upgrade, renewals and cancellation (the plan timeline is fixed up front)."""
        p_view = {"independent": 0.72, "studio": 0.9, "brand": 0.85, "media": 0.95}[c["ctype"]]
        if rng.random() > p_view:
            return
        t = t_first + D(days=float(rng.exponential(25) + 0.5))
        for _ in range(2):               # a second look at the pricing page later on
            if t > min(END, life_end) or self.checkout(c, t, life_end) or rng.random() > 0.5:
                return
            t += D(days=float(rng.exponential(40) + 3))

    def checkout(self, c, t, life_end):
        sid = self.sid("CO")
        if not self.ev(c, t, "tp_pricing", sid, "view"):
            return True
        if rng.random() > 0.6:
            return False
        plan = {"independent": pick(["creator", "pro"], [0.75, 0.25]),
                "studio": pick(["pro", "network"], [0.6, 0.4]), "brand": pick(["pro", "network"], [0.7, 0.3]),
                "media": pick(["network", "pro"], [0.7, 0.3])}[c["ctype"]]
        cycle = "annual" if rng.random() < 0.25 else "monthly"
        pm = c["paym"]
        t_c = t + D(minutes=float(rng.lognormal(np.log(6), 0.8)))
        tries = 0
        while True:
            tries += 1
            amt = price(plan, cycle, t_c)
            kw = dict(plan=plan, 套餐=PLANS[plan][0], billing_cycle=cycle, 付费周期=CYCLES[cycle], payment_method=pm,
                      支付方式=PAYM[pm])
            if not self.ev(c, t_c, "tp_checkout", sid, "submit", amount=amt, **kw):
                return True
            if rng.random() < PAY_OK[pm]:
                break
            self.order(c, t_c, amt, "subscription", status="cancelled", is_renewal="no", **kw)
            if tries == 1 and rng.random() < 0.25:
                self.ticket(c, t_c + D(minutes=30), "billing", [], p_fb=0.3)
            if tries >= 2 or rng.random() > 0.55:
                return True
            t_c += D(minutes=float(rng.uniform(3, 60)))
            if c["region"] != "overseas" and rng.random() < 0.6:
                pm = pick(["alipay", "wechat_pay"], [0.55, 0.45])
        t_u = t_c + D(seconds=float(rng.uniform(5, 60)))
        c["plan"] = plan
        c["plan_tl"].append((t_u, plan))
        c["paid_ever"] = True
        c["paym"] = pm
        self.ev(c, t_u, "tp_upgrade", sid, "success", amount=amt, **kw)
        sub = self.sid("SB")
        o = self.order(c, t_u, amt, "subscription", is_renewal="no", subscription_id=sub, **kw)
        if rng.random() < (0.05 if cycle == "monthly" else 0.08):     # 7-day money-back
            t_r = t_u + D(days=float(rng.uniform(0.5, 6.5)))
            if o is not None and t_r <= END:
                o["status"] = "refunded"
                o["refunded_at"] = ts(t_r)
            self.cancel(c, t_r, sub, "refund")
            return True
        self.renewals(c, plan, cycle, sub, t_u, life_end)
        return True

    def renewals(self, c, plan, cycle, sub, t_u, life_end):
        t_n = t_u
        while True:
            t_n = t_n + D(days=30 if cycle == "monthly" else 365)
            if t_n > END:
                return
            if t_n > life_end + D(days=20):
                self.cancel(c, t_n - D(days=float(rng.uniform(1, 10))), sub, "podfade")
                return
            hike = plan == "creator" and t_n >= PRICE_HIKE and not c.get("hiked")
            if hike:
                c["hiked"] = True
            p_churn = {"creator": 0.05, "pro": 0.04, "network": 0.02}[plan] * (1 if cycle == "monthly" else 3)
            if hike and rng.random() < 0.35:
                reason = "price"
                self.cancel(c, t_n - D(days=float(rng.uniform(0.5, 5))), sub, reason)
                c["bad"].add(("price", t_n.year, (t_n.month - 1) // 3))
                r = rng.random()
                if r < 0.3:
                    self.fb(c, t_n - D(days=1), ["price_hike"], pick(["social", "community"], [0.6, 0.4]),
                            undated=rng.random() < 0.3, no_customer=rng.random() < 0.2)
                return
            if rng.random() < p_churn:
                self.cancel(c, t_n - D(days=float(rng.uniform(0.5, 10))), sub,
                            pick(["switched", "missing_feature", "price"], [0.4, 0.4, 0.2]))
                return
            amt = price(plan, cycle, t_n)
            kw = dict(plan=plan, 套餐=PLANS[plan][0], billing_cycle=cycle, 付费周期=CYCLES[cycle],
                      payment_method=c["paym"], 支付方式=PAYM[c["paym"]])
            self.ev(c, t_n, "tp_renew", sub, "auto_renew", amount=amt, **kw)
            o = self.order(c, t_n, amt, "subscription", is_renewal="yes", subscription_id=sub, **kw)
            if hike and rng.random() < 0.2:       # charged the new price without noticing: refund + cancel
                t_r = t_n + D(days=float(rng.uniform(0.3, 4)))
                if o is not None and t_r <= END:
                    o["status"] = "refunded"
                    o["refunded_at"] = ts(t_r)
                c["bad"].add(("price", t_n.year, (t_n.month - 1) // 3))
                self.ticket(c, t_n + D(hours=float(rng.uniform(2, 30))), "billing", ["price_hike"], p_fb=0.85)
                self.cancel(c, t_r, sub, "price")
                return

    def cancel(self, c, t, sub, reason):
        if t > END:
            return
        self.ev(c, t, "tp_cancel", sub, "cancel", cancel_reason=reason, 取消原因=CANCEL[reason])
        c["plan"] = "free"
        c["plan_tl"].append((t, "free"))
        c["cancelled"] = True

    # ---------- ad marketplace ----------
    def monetise(self, c, t, life_end):
        sid = self.sid("AD")
        if not self.ev(c, t, "tp_ad_apply", sid, "apply"):
            return
        z = CATS[c["cat"]]
        if rng.random() > z[3]:
            return
        t = t + D(days=float(rng.lognormal(np.log(3), 0.5)))
        if not self.ev(c, t, "tp_ad_approved", sid, "approved"):
            return
        t += D(days=float(rng.lognormal(np.log(12), 0.6)))
        balance, t_last = 0.0, None
        factor = CTYPES[c["ctype"]][5]
        while t <= min(END, life_end + D(days=30)):
            earn = round(float(z[2] * factor * rng.lognormal(-0.18, 0.6)), 2)
            sp = pick(list(SPONSORS), [0.3, 0.25 if c["cat"] in ("finance", "business") else 0.08, 0.2, 0.3, 0.12])
            cp = self.sid("CP")
            self.ev(c, t, "tp_campaign", cp, "campaign_live", amount=earn, gross_amount=round(earn / 0.7, 2),
                    sponsor_industry=sp, 广告主行业=SPONSORS[sp], cpm=round(float(rng.normal(
                        {"finance": 95, "business": 70, "tech": 60}.get(c["cat"], 38), 8)), 1))
            if rng.random() < (0.1 if c["cat"] in ("culture", "comedy") else 0.03):
                self.fb(c, t + D(days=float(rng.uniform(1, 10))), ["low_cpm"],
                        pick(["community", "social"], [0.5, 0.5]),
                        undated=rng.random() < 0.3)
            balance += earn
            if balance >= 300:
                self.payout(c, t + D(days=float(rng.uniform(7, 20))), balance)
                balance = 0.0
            t += D(days=float(rng.exponential(32) + 5))
        del t_last

    def payout(self, c, t, amount):
        sid = self.sid("PO")
        m = c["pom"]
        z = PAYOUT[m]
        kw = dict(payout_method=m, 提现方式=z[0], payout_amount=round(amount, 2))
        if not self.ev(c, t, "tp_payout_request", sid, "request", **kw):
            return
        if rng.random() < z[1]:
            t_f = t + D(days=float(rng.uniform(0.5, 2)))
            self.ev(c, t_f, "tp_payout_fail", sid, "fail", error_code=z[3], **kw)
            c["bad"].add(("payout", t.year, (t.month - 1) // 3))
            r = rng.random()
            if r < 0.6:
                self.ticket(c, t_f + D(hours=float(rng.uniform(1, 24))), "payout", ["payout"], p_fb=0.85)
            elif r < 0.75:
                self.fb(c, t_f + D(days=1), ["payout"], pick(["social", "community"], [0.5, 0.5]),
                        undated=rng.random() < 0.3, no_customer=rng.random() < 0.2)
            t_p = t_f + D(days=float(rng.lognormal(np.log(6), 0.4)))
            self.ev(c, t_p, "tp_payout", sid, "paid_after_retry", **kw)
        else:
            t_p = t + D(days=float(rng.lognormal(np.log(z[2]), 0.45)))
            self.ev(c, t_p, "tp_payout", sid, "paid", **kw)

    # ---------- surveys and reviews ----------
    def surveys(self):
        waves = [datetime(2025, 3, 28), datetime(2025, 6, 27), datetime(2025, 9, 26), datetime(2025, 12, 26),
                 datetime(2026, 3, 27), datetime(2026, 6, 26)]
        for w in waves:
            q = (w.year, (w.month - 1) // 3)
            for c in self.cust:
                if c["signup"] is None or c["signup"] > w - D(days=14) or c["last_pub"] is None:
                    continue
                if rng.random() > 0.15:
                    continue
                bad = [k for k, y, qq in c["bad"] if (y, qq) == q]
                score = rng.normal(8.0, 1.3) - 2.6 * ("payout" in bad) - 1.8 * ("transcode" in bad) \
                    - 2.4 * ("price" in bad) - 1.2 * ("dist" in bad) + 0.5 * (plan_at(c, w) in ("pro", "network"))
                nps = int(np.clip(round(score), 0, 10))
                topics = []
                if rng.random() < 0.7:
                    topics = [{"payout": "payout", "transcode": "transcode_fail", "price": "price_hike",
                               "dist": "dist_slow"}[k] for k in sorted(set(bad))]
                    if nps >= 9 and rng.random() < 0.5:
                        topics.append(pick(["analytics", "transcript", "migration"], [0.6, 0.25, 0.15])
                                      if c["trans_addon"] else "analytics")
                gen = "pos" if nps >= 9 else ("neu" if nps >= 7 else "neg")
                self.fb(c, w + D(days=float(rng.uniform(0, 6)), hours=float(rng.uniform(8, 22))), topics, "survey",
                        nps=nps, gen=gen, tp=None if topics else "tp_analytics")
            # G2-style reviews from overseas creators
        for c in self.cust:
            if c["region"] == "overseas" and c["last_pub"] is not None and rng.random() < 0.18:
                t = c["last_pub"] + D(days=float(rng.uniform(1, 20)))
                bad = {k for k, _, _ in c["bad"]}
                topics = [{"payout": "payout", "transcode": "transcode_fail", "price": "price_hike",
                           "dist": "dist_slow"}[k] for k in sorted(bad)]
                if not topics:
                    topics = [pick(["analytics", "migration", "transcript"], [0.5, 0.3, 0.2])] if rng.random() < 0.7 \
                        else []
                stars = 4.6 - 1.4 * len([x for x in topics if x in NEG_TOPICS])
                stars = float(np.clip(round(stars + rng.normal(0, 0.6)), 1, 5))
                self.fb(c, t, topics, "g2_review", rating=stars,
                        gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"),
                        tp=None if topics else "tp_publish")

    def community(self):
        """creator WeChat-group / Discord notes and social posts not tied to an incident."""
        for c in self.cust:
            if c["last_pub"] is None or rng.random() > 0.12:
                continue
            t = c["signup"] + (c["last_pub"] - c["signup"]) * float(rng.uniform(0.2, 1.0))
            topics = [pick(["analytics", "transcript", "migration"], [0.55, 0.25, 0.2])] if rng.random() < 0.5 else []
            self.fb(c, t, topics, pick(["community", "social"], [0.55, 0.45]), undated=rng.random() < 0.35,
                    no_customer=rng.random() < 0.15, gen="pos" if topics else pick(["neu", "pos"], [0.6, 0.4]),
                    tp=None if topics else "tp_analytics")

    def run(self):
        self.customers()
        for c in self.cust:
            self.creator(c)
        self.surveys()
        self.community()

    def customer_rows(self):
        rows = []
        for c in self.cust:
            if c["signup"] is None or c["signup"] > END:
                seg, tier = "prospect", None
            elif c["plan"] != "free":
                seg, tier = "paying", c["plan"]
            elif c["cancelled"]:
                seg, tier = "churned", "free"
            elif c["last_pub"] is not None and c["last_pub"] >= END - D(days=90):
                seg, tier = "free_active", "free"
            else:
                seg, tier = "free_dormant", "free"
            rows.append(dict(
                customer_id=c["customer_id"], signup_at=ts(c["signup"]) if seg != "prospect" else None, segment=seg,
                region=c["region"], 地区=REGIONS[c["region"]][0], acquisition_channel=c["channel"],
                获客渠道=CHANNELS[c["channel"]][0], tier=tier, 套餐=PLANS[tier][0] if tier else None,
                creator_type=c["ctype"], 主播类型=CTYPES[c["ctype"]][0], show_category=c["cat"],
                节目分类=CATS[c["cat"]][0], import_source=c["imp"] if c["show_id"] else None,
                来源平台=IMPORTS[c["imp"]] if c["show_id"] else None, show_id=c["show_id"],
                first_visit_at=ts(c["visit"]), payout_method=c["pom"], preferred_language="en" if c["en_share"] > 0.5
                else "zh"))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "plan", "套餐",
           "show_id", "utm_source", "signup_method", "import_source", "来源平台", "file_format", "duration_min",
           "file_size_mb", "encoder_version", "uploader", "error_code", "transcript", "directory", "分发平台",
           "billing_cycle", "付费周期", "payment_method", "支付方式", "amount", "cancel_reason", "取消原因",
           "gross_amount", "cpm", "sponsor_industry", "广告主行业", "payout_method", "提现方式", "payout_amount",
           "ticket_topic", "工单类型", "resolution_hours"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型", "plan",
            "套餐", "billing_cycle", "付费周期", "payment_method", "支付方式", "is_renewal", "subscription_id",
            "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language", "plan",
           "套餐", "region", "地区", "show_category", "节目分类", "ref_id"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "地区", "acquisition_channel", "获客渠道", "tier", "套餐",
             "creator_type", "主播类型", "show_category", "节目分类", "import_source", "来源平台", "show_id",
             "first_visit_at", "payout_method", "preferred_language"]


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
    dup = rng.choice(len(ev), size=30, replace=False)          # the collector re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"visitors {len(g.cust)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
