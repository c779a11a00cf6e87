"""HeartLink 心动 — synthetic freemium dating app with a paid premium membership (written blind).

    python generate.py OUTDIR

Fixed seed, numpy + stdlib (+ pandas for writing), deterministic, a few seconds. Writes touchpoints, customers,
events, journeys, orders (one row per membership payment) and feedback as CSV following DATA.md.
Data covers 2025-09-01 .. 2026-08-31 (historical: it ends three months before 2026-12-01).
See README.md for the planted patterns.
"""
from __future__ import annotations

import bisect
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20260831
T0 = datetime(2025, 9, 1)
NDAYS = 365                      # 2025-09-01 .. 2026-08-31 inclusive
N_NEW = 6400                     # installs inside the data
N_LEGACY = 900                   # members who signed up before 2025-09-01


def day(y, m, d):
    return (datetime(y, m, d) - T0).days


RELEASES = [("5.0.3", -60), ("5.1.0", day(2025, 11, 18)), ("5.1.2", day(2026, 1, 20)),
            ("5.2.0", day(2026, 6, 9)), ("5.2.1", day(2026, 7, 14)), ("5.3.0", day(2026, 8, 18))]
BUG = ("android", "5.2.0")                          # chat-send bug: first messages fail, the chat screen crashes
FAKE_WAVE = (day(2026, 4, 1), day(2026, 7, 1))      # Q2 2026: wave of fake / bot profiles

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "growth",
     "广告|投放|信息流广告|ad click|ads"),
    ("tp_install", "下载安装", "App install", "awareness", "app", "digital", "growth",
     "下载|安装|装机|首次打开|install|download"),
    ("tp_signup", "注册", "Sign-up", "consideration", "app", "digital", "growth",
     "注册账号|手机号注册|开户|sign up|register|registration"),
    ("tp_profile_complete", "完善资料", "Profile completed", "consideration", "app", "digital", "product",
     "资料完善|填写资料|上传照片|个人资料|profile completion|complete profile"),
    ("tp_photo_verify", "真人认证", "Photo verification", "consideration", "app", "digital", "trust_safety",
     "实名认证|人脸认证|真人验证|蓝V认证|selfie verification|verified badge"),
    ("tp_swipe", "滑卡推荐", "Swiping / discovery", "consideration", "app", "digital", "product",
     "刷卡|左滑右滑|推荐页|首页推荐|discover|discovery|browse profiles"),
    ("tp_match", "配对成功", "Match", "consideration", "app", "digital", "product",
     "匹配|互相喜欢|配对|心动配对|match|mutual like"),
    ("tp_first_chat", "首次聊天", "First chat", "consideration", "app", "digital", "product",
     "首聊|第一次聊天|发出第一条消息|开聊|first message|first conversation"),
    ("tp_chat", "聊天", "Chat", "loyalty", "app", "digital", "product",
     "私信|发消息|聊天会话|messaging|conversation|DM"),
    ("tp_paywall", "会员付费页", "Premium paywall", "purchase", "app", "digital", "monetization",
     "付费墙|会员页|开通会员页面|升级页|paywall|upgrade screen"),
    ("tp_payment_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "monetization",
     "扣款失败|付款失败|支付报错|payment failure|checkout error"),
    ("tp_subscribe", "开通会员", "Premium purchase", "purchase", "app", "digital", "monetization",
     "购买会员|开会员|付费|充会员|subscribe|premium purchase|go premium|upgrade"),
    ("tp_renewal", "会员续费", "Premium renewal", "loyalty", "app", "digital", "monetization",
     "续费|自动续费|续订|renewal|auto-renew"),
    ("tp_cancel", "关闭自动续费", "Auto-renew cancelled", "loyalty", "app", "digital", "monetization",
     "取消续费|退订|取消会员|cancel|cancellation|unsubscribe"),
    ("tp_report_user", "举报用户", "User report", "service", "app", "digital", "trust_safety",
     "举报|投诉用户|拉黑举报|report|report user|flag"),
    ("tp_moderator_review", "审核处理", "Moderator review", "service", "app", "digital", "trust_safety",
     "人工审核|审核|客服审核|moderation|moderator review|review"),
    ("tp_report_resolved", "举报处理结果", "Report resolved", "service", "app", "digital", "trust_safety",
     "处理结果|封号|警告|举报结案|resolution|report outcome|ban"),
    ("tp_app_crash", "应用闪退", "App crash", "service", "app", "digital", "engineering",
     "闪退|崩溃|卡死|crash|force close"),
    ("tp_help_center", "帮助中心", "Help center", "service", "app", "digital", "customer_support",
     "客服|常见问题|FAQ|help|help center|support"),
    ("tp_refund_request", "申请退款", "Refund request", "service", "app", "digital", "customer_support",
     "退款|退钱|refund|money back"),
]

JOURNEYS = [
    ("activation", "新人激活", "New-user activation",
     ["tp_signup", "tp_profile_complete", "tp_match", "tp_first_chat"], 14),
    ("premium", "会员转化", "Premium conversion", ["tp_paywall", "tp_subscribe"], 7),
    ("safety", "举报处理", "Report handling", ["tp_report_user", "tp_moderator_review", "tp_report_resolved"], 3),
]

CITIES = [  # city, tier, weight
    ("Beijing", "tier1", 0.11), ("Shanghai", "tier1", 0.12), ("Guangzhou", "tier1", 0.08), ("Shenzhen", "tier1", 0.09),
    ("Chengdu", "new_tier1", 0.09), ("Hangzhou", "new_tier1", 0.07), ("Wuhan", "new_tier1", 0.06),
    ("Xi'an", "new_tier1", 0.05), ("Kunming", "tier2", 0.05), ("Xiamen", "tier2", 0.04), ("Nanning", "tier2", 0.04),
    ("Luoyang", "tier3", 0.05), ("Ganzhou", "tier3", 0.05), ("Nanchong", "tier3", 0.05), ("Zhanjiang", "tier3", 0.05),
]
FIRST_MATCH_P = {"tier1": 0.86, "new_tier1": 0.82, "tier2": 0.74, "tier3": 0.50}
CHANNELS = {  # channel: weight, signup p, paywall -> purchase p (7 days), ad campaign prefix
    "douyin_ads": (0.31, 0.76, 0.075, "dy"),
    "app_store_search": (0.14, 0.84, 0.25, None),
    "android_store": (0.13, 0.82, 0.22, None),
    "friend_referral": (0.12, 0.90, 0.31, None),
    "xiaohongshu_kol": (0.16, 0.83, 0.23, None),
    "wechat_ads": (0.14, 0.78, 0.17, "wx"),
}
AGE_BANDS, AGE_P = ["18-24", "25-29", "30-34", "35+"], [0.34, 0.35, 0.20, 0.11]
AGE_CONV = {"18-24": 0.65, "25-29": 1.0, "30-34": 1.45, "35+": 1.2}
PLANS = {"月卡": 30, "季卡": 90, "年卡": 365}
PRICES = {("gold", "月卡"): 30.0, ("gold", "季卡"): 78.0, ("gold", "年卡"): 228.0,
          ("diamond", "月卡"): 68.0, ("diamond", "季卡"): 168.0, ("diamond", "年卡"): 488.0}
RENEW_P = {"月卡": 0.62, "季卡": 0.50, "年卡": 0.45}
REASONS = ["fake_profile", "harassment", "scam", "inappropriate_photo", "spam"]
REASON_W = np.array([0.30, 0.22, 0.13, 0.15, 0.20])
MONTH_W = {9: 1.0, 10: 1.05, 11: 0.9, 12: 0.95, 1: 1.05, 2: 1.7, 3: 1.0, 4: 0.9, 5: 1.2, 6: 0.85, 7: 0.9, 8: 1.25}
HOURS = np.array([2, 1, 1, 0.5, 0.5, 0.5, 1, 2, 3, 3, 3, 3, 5, 4, 3, 3, 3, 4, 5, 7, 9, 11, 12, 8], dtype=float)
HOURS /= HOURS.sum()
HOURS_CUM = list(np.cumsum(HOURS))[:-1]

TEXT = {
    "fake_profile": {
        "zh": ["刷到的好几个都是假照片，明显是网图", "推荐页全是机器人账号，聊两句就让加微信", "照骗太多了，见面完全不是一个人",
               "最近假号越来越多，头像都是网红照片", "好多机器人自动回复，浪费时间", "资料一看就是假的，还让我去什么理财平台",
               "满屏的假号和营销号，真人认证形同虚设"],
        "en": ["So many fake profiles with stock photos", "Half the profiles I see are bots asking me to move to WhatsApp",
               "Got catfished again, the photos were fake", "Fake accounts everywhere lately, all model pictures",
               "Too many bots and fake people on discovery", "Obvious fake profile tried to sell me crypto"],
    },
    "matching": {
        "zh": ["匹配的人离我几百公里，距离筛选没用", "推荐的人跟我设置的年龄范围完全不符，匹配算法太差",
               "每天滑半天一个匹配都没有", "匹配质量很差，推荐的人都不合适", "小城市匹配太少了，翻来覆去就那几个人"],
        "en": ["Matches are hundreds of km away, the distance filter does nothing", "The match quality is poor, nobody fits my preferences",
               "Swiped for an hour and got zero matches", "Algorithm keeps showing people outside my age range, terrible matches",
               "Hardly any matches in a small city"],
    },
    "price": {
        "zh": ["会员太贵了，看谁喜欢我都要收费", "年卡价格比别家贵一倍", "什么功能都要开会员，收费太狠了",
               "钻石会员这个价格不值", "不充钱基本没法用，太贵"],
        "en": ["Premium is way too expensive for what you get", "Overpriced membership, every feature is behind the paywall",
               "The price of the diamond plan is ridiculous", "Too pricey, other apps give this for free",
               "Paying monthly is expensive and nothing improves"],
    },
    "harassment": {
        "zh": ["被人骚扰举报了三天都没人处理", "举报之后一直显示审核中，对方还在继续骚扰", "举报骚扰的处理太慢了，一周才回复",
               "我举报的人发了很多骚扰信息，平台只给了个警告", "女生被骚扰举报没用，客服拖着不处理"],
        "en": ["I reported a harasser and nothing happened for days", "Report still 'under review' after a week while he keeps harassing me",
               "Harassment reports are handled way too slowly", "Reported someone for harassment and only got an automated reply",
               "The report button is useless, harassment is ignored"],
    },
    "crash": {
        "zh": ["更新之后消息发不出去，一发就闪退", "聊天页面一直闪退，好不容易配对的人都聊不了", "新版本发消息崩溃，安卓手机必现",
               "App经常闪退，滑着滑着就退出了", "打开聊天就闪退，什么破更新"],
        "en": ["Since the update the app crashes when I send a message", "Messages won't send and the chat screen crashes",
               "Chat keeps crashing on my Android phone after the new version", "The app crashes randomly while swiping",
               "Can't reply to anyone, the app crashes every time"],
    },
    "refund": {
        "zh": ["误开了年卡，申请退款一直没到账", "退款申请提交三天了还没人处理", "自动续费扣了钱，要求退款",
               "开了会员没用几天，想退款"],
        "en": ["I want a refund, I was charged for renewal I didn't want", "Refund request pending for a week",
               "Bought premium by mistake, please refund", "Still waiting on my refund"],
    },
    "praise": {
        "zh": ["在这里认识了现在的女朋友，谢谢心动", "界面好看，用着挺舒服", "真人认证之后感觉靠谱多了", "聊得来的人挺多的，好评",
               "客服态度很好，体验不错", "七夕活动很有意思"],
        "en": ["Met my boyfriend here, thank you HeartLink", "Clean design and easy to use", "Verified badges make it feel safe",
               "Great conversations so far, love it", "Best dating app I've tried", "Nice little app, works well"],
    },
    "neutral": {
        "zh": ["还行吧，一般般", "希望能多点兴趣标签", "能不能加个夜间模式", "用了一周，感觉中规中矩", "希望支持语音介绍"],
        "en": ["It's ok, nothing special", "Would like more interest tags", "Please add a dark mode", "Average experience so far",
               "Could you add voice intros"],
    },
}
ZH_PREFIX = ["", "", "", "说实话，", "吐槽一下：", "用了一个月，"]
ZH_SUFFIX = ["", "", "", "。", "！"]
ZH_NEG_SUFFIX = ["，希望改进", "，差评", "，失望"]
EN_PREFIX = ["", "", "", "Honestly, ", "Ugh. ", "After a month: "]
EN_SUFFIX = ["", "", ".", "!"]
EN_NEG_SUFFIX = [" Please fix.", " Disappointed.", " Not happy."]
TOPIC_TP = {"fake_profile": "tp_swipe", "matching": "tp_match", "price": "tp_paywall", "harassment": "tp_report_resolved",
            "refund": "tp_refund_request"}


class Gen:
    def __init__(self):
        self.rng = np.random.default_rng(SEED)
        self.ev = []          # (customer_id, t, tp, action, extra dict)
        self.orders = []
        self.customers = []
        self.n_order = 0

    # ---- helpers
    def pick(self, items, p):
        if isinstance(items, int):
            items = range(items)
        x, acc = self.rng.random() * float(sum(p)), 0.0
        for item, pi in zip(items, p):
            acc += pi
            if x < acc:
                return item
        return items[-1]

    def hour_frac(self):
        return (bisect.bisect_right(HOURS_CUM, self.rng.random()) + self.rng.random()) / 24

    def at_day(self, d):
        return np.floor(d) + self.hour_frac()

    def version(self, t, lag, install_t):
        v = RELEASES[0][0]
        for name, d in RELEASES:
            if d <= t - lag or d <= install_t:
                v = name
        return v

    def add(self, c, t, tp, action, **kw):
        if 0 <= t < NDAYS:
            self.ev.append((c["id"], t, tp, action, c["platform"], self.version(t, c["lag"], c["install_t"]), kw))

    # ---- one member
    def member(self, i, legacy):
        r = self.rng
        c = {"id": f"HL{i:06d}"}
        ch = "legacy" if legacy else self.pick(list(CHANNELS), [v[0] for v in CHANNELS.values()])
        if ch == "legacy":
            ch = r.choice(["app_store_search", "android_store", "friend_referral", "xiaohongshu_kol", "douyin_ads"],
                          p=[0.25, 0.25, 0.25, 0.15, 0.10])
        c["channel"] = ch
        if ch == "app_store_search":
            c["platform"] = "ios"
        elif ch == "android_store":
            c["platform"] = "android"
        else:
            c["platform"] = "ios" if r.random() < (0.35 if ch == "douyin_ads" else 0.5) else "android"
        c["gender"] = "male" if r.random() < (0.7 if ch == "douyin_ads" else 0.58) else "female"
        c["age"] = self.pick(AGE_BANDS, AGE_P)
        k = self.pick(len(CITIES), [x[2] for x in CITIES])
        c["city"], c["city_tier"] = CITIES[k][0], CITIES[k][1]
        c["lag"] = int(r.integers(0, 9))
        c["orders"] = []
        c["verified"] = False
        if legacy:
            c["install_t"] = -10_000.0
            c["signup_t"] = -float(r.integers(20, 600)) + r.random()
            c["install_real"] = c["signup_t"] - r.random() * 0.1
            self.legacy_life(c)
        else:
            months = [(2025, m) for m in range(9, 13)] + [(2026, m) for m in range(1, 9)]
            w = np.array([MONTH_W[m] for _, m in months])
            y, m = months[self.pick(12, w / w.sum())]
            start = (datetime(y, m, 1) - T0).days
            nd = ((datetime(y + (m == 12), m % 12 + 1, 1)) - datetime(y, m, 1)).days
            d = start + r.integers(0, nd)
            if (y, m) == (2026, 2) and r.random() < 0.25:      # Valentine's day peak
                d = day(2026, 2, 10) + r.integers(0, 5)
            if (y, m) == (2026, 8) and r.random() < 0.25:      # Qixi (2026-08-19)
                d = day(2026, 8, 15) + r.integers(0, 5)
            t = self.at_day(d)
            c["install_t"] = t
            c["install_real"] = t
            self.new_life(c)
        self.customers.append(c)

    def new_life(self, c):
        r = self.rng
        ch, t = c["channel"], c["install_t"]
        camp = CHANNELS[ch][3]
        if camp:
            self.add(c, t - r.random() * 0.02, "tp_ad_click", "click", channel="ads",
                     campaign=f"{camp}_{'valentine' if 160 <= t < 170 else 'qixi' if t >= 347 else 'always_on'}")
        self.add(c, t, "tp_install", "success")
        c["signup_t"] = None
        if r.random() >= CHANNELS[ch][1]:
            c["life_end"] = t + 1
            return
        t = t + r.exponential(0.08)
        if t >= NDAYS:
            c["life_end"] = t
            return
        c["signup_t"] = t
        self.add(c, t, "tp_signup", "submit", method=self.pick(["phone", "wechat", "apple_id"], [0.5, 0.4, 0.1]))
        p_prof = 0.80 if c["gender"] == "female" else 0.70
        if r.random() >= p_prof:
            c["life_end"] = t + r.exponential(3)
            return
        t = t + min(r.exponential(0.9), 30)
        self.add(c, t, "tp_profile_complete", "success", photos=int(r.integers(1, 7)))
        self.active_life(c, t, first=True)

    def legacy_life(self, c):
        self.active_life(c, 0.0, first=False)

    def active_life(self, c, t_prof, first):
        r = self.rng
        if r.random() < 0.5:
            tv = t_prof + r.exponential(2) if first else r.random() * 200
            self.add(c, tv, "tp_photo_verify", "success")
            c["verified"] = tv < NDAYS
        p_match = FIRST_MATCH_P[c["city_tier"]] + (0.06 if c["gender"] == "female" else 0)
        has_match = r.random() < (p_match if first else 0.9)
        chatter = None
        base_life = r.exponential(50 if has_match else 12) if first else r.exponential(110)
        life_end = t_prof + base_life
        first_match_t = None
        if has_match and first:
            first_match_t = t_prof + min(r.exponential(1.4), 40)
            if first_match_t >= NDAYS:
                has_match = False
        # premium decisions are made on paywall views below; activity days
        prem_until = -1.0
        t_first_paywall = None
        d = int(np.floor(t_prof))
        days = []
        while d < min(NDAYS, life_end):
            if d > t_prof and r.random() < 0.35:
                days.append(d)
            d += 1
        if first:
            days = [int(np.floor(t_prof))] + days
        # first match / first chat (new members)
        if first and has_match:
            self.match_event(c, first_match_t)
            v = self.version(first_match_t, c["lag"], c["install_t"])
            bug = (c["platform"], v) == BUG
            p_chat = 0.30 if bug else 0.72
            if bug and r.random() < 0.6:
                self.add(c, first_match_t + r.exponential(0.1), "tp_app_crash", "fail", screen="chat")
            if r.random() < p_chat:
                tc = first_match_t + r.exponential(0.35)
                if bug:
                    tc = max(tc, first_match_t + r.exponential(3))     # some manage after retrying
                self.add(c, tc, "tp_first_chat", "submit")
                self.add(c, tc + 0.0003, "tp_chat", "submit", messages=int(r.integers(1, 30)))
                chatter = True
            else:
                chatter = False
                life_end = min(life_end, first_match_t + r.exponential(6))
        elif not first:
            chatter = r.random() < 0.85
        reports_lambda = (0.030 if c["gender"] == "female" else 0.010)
        if not first and r.random() < 0.28:       # legacy members already premium at the start of the data
            plan = self.pick(list(PLANS), [0.55, 0.3, 0.15])
            tier = "gold" if r.random() < 0.75 else "diamond"
            prem_until = self.renew_chain(c, -r.random() * PLANS[plan], plan, tier, refunded=False)
            t_first_paywall = -1.0                 # they already made their decision
            last = days[-1] if days else 0
            days += [x for x in range(last + 1, int(min(NDAYS, prem_until))) if r.random() < 0.35]
            life_end = max(life_end, prem_until)
        i = 0
        while i < len(days):
            dd = days[i]
            if dd >= min(NDAYS, max(life_end, prem_until)):
                break
            t = self.at_day(dd)
            if first and dd == days[0] and i == 0:
                t = max(t, t_prof + 0.001)
            self.add(c, t, "tp_swipe", "view", swipes=int(r.integers(5, 120)))
            if has_match and (first_match_t is None or t > first_match_t) and r.random() < 0.30:
                tm = t + r.random() * 0.02
                self.match_event(c, tm)
                if chatter and r.random() < 0.55:
                    self.add(c, tm + r.exponential(0.2), "tp_chat", "submit", messages=int(r.integers(1, 40)))
            # crashes
            v = self.version(t, c["lag"], c["install_t"])
            p_crash = 0.004 + (0.05 if (c["platform"], v) == BUG else 0)
            if r.random() < p_crash:
                scr = "chat" if (c["platform"], v) == BUG and r.random() < 0.85 else \
                    self.pick(["swipe", "profile", "chat", "payment"], [0.45, 0.25, 0.2, 0.1])
                self.add(c, t + 0.005, "tp_app_crash", "fail", screen=scr)
            if r.random() < 0.012:
                self.add(c, t + 0.004, "tp_help_center", "view", topic=r.choice(["account", "payment", "safety", "matching"]))
            # reports
            lam = reports_lambda * (2.8 if FAKE_WAVE[0] <= dd < FAKE_WAVE[1] else 1.0)
            if r.random() < lam:
                self.report(c, t + 0.01, dd)
            # paywall
            if t > prem_until and r.random() < 0.13:
                src = self.pick(["likes_limit", "see_who_liked", "super_like", "boost"], [0.48, 0.30, 0.13, 0.09])
                self.add(c, t + 0.003, "tp_paywall", "view", paywall_source=src)
                if t_first_paywall is None:
                    t_first_paywall = t
                    p = CHANNELS[c["channel"]][2] * AGE_CONV[c["age"]] * (1.1 if c["platform"] == "ios" else 0.95)
                    if not first:
                        p *= 0.15                  # long-time free members have said no before
                    if r.random() < p:
                        ts = t + 0.004 + min(r.exponential(0.8), 6.8)
                        prem_until = self.subscribe(c, ts)
                        if prem_until > life_end:
                            extra = [x for x in range(dd + 1, int(min(NDAYS, prem_until)))
                                     if x > days[-1] and r.random() < 0.35]
                            days.extend(extra)
                            life_end = prem_until
            i += 1
        c["life_end"] = life_end

    def match_event(self, c, t):
        r = self.rng
        score = int(np.clip(r.normal(74 if c["city_tier"] != "tier3" else 63, 11), 20, 99))
        self.add(c, t, "tp_match", "success", match_score=score)

    def report(self, c, t, dd):
        r = self.rng
        w = REASON_W.copy()
        if FAKE_WAVE[0] <= dd < FAKE_WAVE[1]:
            w[0] *= 3.5
        reason = self.pick(REASONS, w / w.sum())
        rid = f"HL{int(r.integers(0, N_NEW + N_LEGACY)):06d}"
        self.add(c, t, "tp_report_user", "submit", report_reason=reason, reported_user_id=rid)
        if r.random() < 0.04:
            return
        hours = r.lognormal(np.log(58), 0.55) if reason == "harassment" else r.lognormal(np.log(9), 0.8)
        tr = t + hours / 24
        self.add(c, tr, "tp_moderator_review", "success", report_reason=reason, review_hours=round(hours, 1))
        res = r.choice(["banned", "warned", "no_violation"],
                       p=[0.72, 0.13, 0.15] if reason in ("fake_profile", "scam") else [0.35, 0.40, 0.25])
        self.add(c, tr + r.uniform(0.02, 0.5), "tp_report_resolved", "success", report_reason=reason, resolution=res)

    def new_order(self, c, t, plan, tier, billing, refunded_p):
        r = self.rng
        self.n_order += 1
        oid = f"ORD{self.n_order:06d}"
        amount = PRICES[(tier, plan)]
        coupon = None
        if billing == "new" and r.random() < 0.12:
            coupon, amount = "first_order_8折", round(amount * 0.8, 1)
        pay = "app_store" if c["platform"] == "ios" else ("wechat_pay" if r.random() < 0.62 else "alipay")
        refunded = r.random() < refunded_p
        o = dict(order_id=oid, customer_id=c["id"], t=t, amount=amount, status="refunded" if refunded else "paid",
                 channel=pay, device=c["platform"], plan=plan, premium_tier=tier, billing_type=billing,
                 coupon=coupon, city=c["city"], refunded_t=None)
        if refunded:
            tq = t + r.uniform(0.05, 3)
            o["refunded_t"] = min(tq + r.uniform(0.5, 3), NDAYS - 0.0001)
            self.add(c, tq, "tp_refund_request", "submit", order_id=oid, amount=amount)
        if t < NDAYS:
            self.orders.append(o)
            c["orders"].append(o)
        return refunded

    def subscribe(self, c, t):
        r = self.rng
        if r.random() < 0.09:
            self.add(c, t - 0.002, "tp_payment_fail", "fail",
                     error_code=r.choice(["bank_declined", "timeout", "balance_insufficient"]))
        plan = self.pick(list(PLANS), [0.58, 0.26, 0.16])
        tier = "gold" if r.random() < 0.76 else "diamond"
        if t >= NDAYS:
            return -1.0
        p_ref = 0.04 + (0.12 if c["channel"] == "douyin_ads" else 0) + (0.08 if plan == "年卡" else 0)
        self.add(c, t, "tp_subscribe", "success", plan=plan, premium_tier=tier, amount=PRICES[(tier, plan)])
        refunded = self.new_order(c, t, plan, tier, "new", p_ref)
        if refunded:
            return t + 3
        return self.renew_chain(c, t, plan, tier, refunded=False)

    def renew_chain(self, c, start, plan, tier, refunded):
        r = self.rng
        end = start + PLANS[plan]
        while end < NDAYS:
            if r.random() < RENEW_P[plan]:
                self.add(c, end, "tp_renewal", "success", plan=plan, premium_tier=tier, amount=PRICES[(tier, plan)])
                if self.new_order(c, end, plan, tier, "renewal", 0.025):
                    return end + 3
                end += PLANS[plan]
            else:
                if r.random() < 0.65:
                    self.add(c, end - r.uniform(0.5, min(20, PLANS[plan] - 1)), "tp_cancel", "submit", plan=plan,
                             reason=r.choice(["found_partner", "too_expensive", "not_enough_matches", "other"],
                                             p=[0.3, 0.3, 0.25, 0.15]))
                return end
        return end

    # ---- feedback
    def feedback(self):
        r = self.rng
        rows = []
        regs = [c for c in self.customers if c["signup_t"] is not None and c["signup_t"] < NDAYS - 2]
        n = {"app_review": 1150, "in_app_survey": 1050, "ticket": 480}
        fid = 0
        months = [(2025, m) for m in range(9, 13)] + [(2026, m) for m in range(1, 9)]
        w = np.array([MONTH_W[m] for _, m in months])
        jobs = [(chan, False) for chan, k in n.items() for _ in range(k)]
        jobs[1150:1150] = [("app_review", True)] * 110       # Android users rage-review the chat bug
        for chan, bugwin in jobs:
            if True:
                fid += 1
                cust = None
                if bugwin:
                    t = self.at_day(RELEASES[3][1] + r.integers(0, 40))
                    plat = "android"
                    ver = self.version(t, int(r.integers(0, 9)), -1e9)
                elif chan == "app_review":
                    y, m = months[self.pick(12, w / w.sum())]
                    s = (datetime(y, m, 1) - T0).days
                    nd = (datetime(y + (m == 12), m % 12 + 1, 1) - datetime(y, m, 1)).days
                    t = self.at_day(s + r.integers(0, nd))
                    plat = "android" if r.random() < 0.56 else "ios"
                    ver = self.version(t, int(r.integers(0, 9)), -1e9)
                else:
                    cust = regs[int(r.integers(0, len(regs)))]
                    lo = max(0.0, cust["signup_t"])
                    hi = min(NDAYS - 0.01, max(lo + 1, cust.get("life_end", lo + 1) + 3))
                    t = r.uniform(lo, hi)
                    plat = cust["platform"]
                    ver = self.version(t, cust["lag"], cust["install_t"])
                d = int(t)
                tw = {"fake_profile": 0.10, "matching": 0.08, "price": 0.08, "harassment": 0.06, "crash": 0.04,
                      "refund": 0.0, "praise": 0.36, "neutral": 0.22}
                if chan == "ticket":
                    tw.update(refund=0.22, harassment=0.16, praise=0.08, neutral=0.10)
                if FAKE_WAVE[0] <= d < FAKE_WAVE[1]:
                    tw["fake_profile"] *= 3.4
                if (plat, ver) == BUG:
                    tw["crash"] = 1.6
                if cust is not None and cust["city_tier"] == "tier3":
                    tw["matching"] *= 2.2
                if cust is not None and cust["channel"] == "douyin_ads":
                    tw["price"] *= 1.4
                topics = list(tw)
                p = np.array([tw[x] for x in topics])
                topic = topics[self.pick(len(topics), p / p.sum())]
                lang = "zh" if r.random() < 0.7 else "en"
                base = TEXT[topic][lang][int(r.integers(0, len(TEXT[topic][lang])))]
                neg = topic not in ("praise", "neutral")
                pre, suf = (ZH_PREFIX, ZH_SUFFIX + (ZH_NEG_SUFFIX if neg else [])) if lang == "zh" else \
                    (EN_PREFIX, EN_SUFFIX + (EN_NEG_SUFFIX if neg else []))
                text = (pre[int(r.integers(0, len(pre)))] if neg else "") + base + suf[int(r.integers(0, len(suf)))]
                if topic == "praise":
                    rating = int(self.pick([4, 5], [0.4, 0.6]))
                    nps = int(r.integers(8, 11))
                elif topic == "neutral":
                    rating = int(self.pick([2, 3, 4], [0.2, 0.6, 0.2]))
                    nps = int(r.integers(5, 9))
                else:
                    rating = int(self.pick([1, 2, 3], [0.55, 0.35, 0.10]))
                    nps = int(self.pick(11, np.array([3, 3, 3, 3, 3, 3, 2, 1, 0.5, 0.3, 0.2]) / 22))
                if topic == "crash":
                    tp = "tp_chat" if ("消息" in base or "聊天" in base or "message" in base.lower()
                                       or "chat" in base.lower() or "reply" in base.lower()) else "tp_app_crash"
                elif topic in TOPIC_TP:
                    tp = TOPIC_TP[topic]
                else:
                    tp = r.choice(["tp_match", "tp_chat", "tp_first_chat", "tp_subscribe", "tp_photo_verify", "tp_swipe"])
                row = dict(feedback_id=f"FB{fid:05d}", text=text, ts=t, customer_id=cust["id"] if cust else None,
                           touchpoint_id=tp, channel=chan, rating=None, nps=None, platform=plat, app_version=ver,
                           language=lang, topic=topic, sentiment_label="neg" if neg else ("pos" if topic == "praise" else "neu"))
                if chan == "app_review":
                    row["rating"] = rating
                    row["touchpoint_id"] = None if r.random() < 0.5 else tp
                    if r.random() < 0.09:
                        row["ts"] = None
                elif chan == "in_app_survey":
                    row["nps"] = nps
                else:
                    row["rating"] = rating if topic not in ("harassment", "refund") else int(self.pick([1, 2, 3], [0.6, 0.3, 0.1]))
                    if r.random() < 0.01:
                        row["ts"] = None
                rows.append(row)
        return rows


def ts_str(days):
    return (pd.Timestamp(T0) + pd.to_timedelta(np.asarray(days, dtype=float) * 86400, unit="s").round("s")).strftime(
        "%Y-%m-%d %H:%M:%S")


def ts1(d):
    """One timestamp (days since T0) as text, or None."""
    if d is None or (isinstance(d, float) and np.isnan(d)):
        return None
    return (T0 + timedelta(seconds=round(float(d) * 86400))).strftime("%Y-%m-%d %H:%M:%S")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    g = Gen()
    ids = g.rng.permutation(N_NEW + N_LEGACY)
    for k in range(N_NEW + N_LEGACY):
        g.member(int(ids[k]), legacy=k >= N_NEW)
    g.customers.sort(key=lambda c: c["id"])

    # touchpoints / journeys
    pd.DataFrame([dict(touchpoint_id=t[0], name=f"{t[1]} / {t[2]}", name_zh=t[1], name_en=t[2], stage=t[3],
                       channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]).to_csv(
        out / "touchpoints.csv", index=False)
    pd.DataFrame([dict(journey_id=j[0], journey_name=f"{j[1]} / {j[2]}", journey_name_zh=j[1], journey_name_en=j[2],
                       step=k + 1, touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])]
                 ).to_csv(out / "journeys.csv", index=False)

    # orders are numbered in time order (the refund-request events name them)
    g.orders.sort(key=lambda o: (o["t"], o["customer_id"]))
    renum = {o["order_id"]: f"ORD{k:06d}" for k, o in enumerate(g.orders, 1)}
    for o in g.orders:
        o["order_id"] = renum[o["order_id"]]
    for e in g.ev:
        if "order_id" in e[6]:
            e[6]["order_id"] = renum.get(e[6]["order_id"], e[6]["order_id"])

    # events
    ev = sorted(g.ev, key=lambda e: (e[1], e[0]))
    extra_cols = ["campaign", "method", "photos", "swipes", "match_score", "messages", "screen", "topic",
                  "paywall_source", "plan", "premium_tier", "amount", "order_id", "error_code", "reason",
                  "report_reason", "reported_user_id", "review_hours", "resolution"]
    city = {c["id"]: c["city"] for c in g.customers}
    df = pd.DataFrame({
        "event_id": [f"E{k:07d}" for k in range(1, len(ev) + 1)],
        "customer_id": [e[0] for e in ev],
        "ts": ts_str([e[1] for e in ev]),
        "touchpoint_id": [e[2] for e in ev],
        "session_id": [f"S{e[0][2:]}-{int(e[1])}" for e in ev],
        "action": [e[3] for e in ev],
        "device": [e[4] for e in ev],
        "channel": [e[6].get("channel", "app") for e in ev],
        "app_version": [e[5] for e in ev],
        "city": [city[e[0]] for e in ev],
    })
    cols = {col: [None] * len(ev) for col in extra_cols}
    for k, e in enumerate(ev):
        for key, v in e[6].items():
            if key in cols:
                cols[key][k] = v
    for col in extra_cols:
        df[col] = cols[col]
    for col in ("photos", "swipes", "match_score", "messages"):
        df[col] = df[col].astype("Int64")
    df.to_csv(out / "events.csv", index=False)

    # customers
    last_ev = df.groupby("customer_id")["ts"].max().to_dict()
    end = pd.Timestamp("2026-08-31 23:59:59")
    crow = []
    for c in g.customers:
        os_ = c["orders"]
        active_prem = any(o["status"] == "paid" and o["t"] + PLANS[o["plan"]] > NDAYS for o in os_)
        le = last_ev.get(c["id"])
        recent = le is not None and pd.Timestamp(le) > end - pd.Timedelta(days=30)
        if c["signup_t"] is None:
            seg = "not_registered"
        elif active_prem:
            seg = "premium"
        elif c["signup_t"] >= NDAYS - 30:
            seg = "new"
        elif recent:
            seg = "active"
        elif os_:
            seg = "lapsed_premium"
        else:
            seg = "dormant"
        crow.append(dict(customer_id=c["id"], signup_at=ts1(c["signup_t"]),
                         segment=seg, region=c["city"], acquisition_channel=c["channel"],
                         tier="premium" if active_prem else "free",
                         premium_tier=os_[-1]["premium_tier"] if os_ else "none",
                         city_tier=c["city_tier"], gender=c["gender"], age_band=c["age"], platform=c["platform"],
                         install_at=ts1(c["install_real"]) if c["install_real"] > -5000 else None,
                         photo_verified=int(c["verified"])))
    pd.DataFrame(crow).to_csv(out / "customers.csv", index=False)

    # orders
    od = pd.DataFrame(g.orders)
    od["ts"] = ts_str(od["t"])
    od["refunded_at"] = [ts1(x) for x in od["refunded_t"]]
    od = od[["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "plan", "premium_tier",
             "billing_type", "coupon", "city", "refunded_at"]]
    od.to_csv(out / "orders.csv", index=False)

    # feedback
    fb = pd.DataFrame(g.feedback())
    fb["ts"] = [ts1(x) for x in fb["ts"]]
    for col in ("rating", "nps"):
        fb[col] = fb[col].astype("Int64")
    fb.to_csv(out / "feedback.csv", index=False)
    print(f"customers {len(crow)}, events {len(df)}, orders {len(od)}, feedback {len(fb)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
