"""LinguaLeap 语跃 — synthetic freemium language-learning app (mobile + web) with a paid Pro subscription (written blind).

    python generate.py OUTDIR

Fixed seed, numpy + stdlib only, deterministic, a few seconds. Writes touchpoints, customers, events, journeys,
orders (one per subscription payment) and feedback as CSV (DATA.md). Data covers 2025-10-01 .. 2026-09-30.
See README.md for the planted patterns.
"""
from __future__ import annotations

import bisect
import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260930
START = datetime(2025, 10, 1)
END = datetime(2026, 9, 30, 23, 59, 59)
N_NEW = 4400           # installs inside the data
N_LEGACY = 250         # accounts created before the data starts (no onboarding events)

VERSIONS = [("4.3.0", datetime(2025, 8, 20)), ("4.4.0", datetime(2025, 12, 2)), ("4.5.0", datetime(2026, 2, 24)),
            ("4.6.0", datetime(2026, 5, 12)), ("4.6.1", datetime(2026, 6, 3)), ("4.7.0", datetime(2026, 8, 4))]
STREAK_BUG = (datetime(2026, 2, 14), datetime(2026, 2, 23))   # server time-zone migration resets streaks
ANNUAL_DEFAULT = (datetime(2026, 1, 1), datetime(2026, 2, 1))  # annual plan pre-selected after the trial

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "growth",
     "广告|投放|信息流广告|ad|ads|ad click"),
    ("tp_install", "下载安装/首次打开", "App install / first open", "awareness", "app", "digital", "growth",
     "下载|安装|首次打开|装机|install|download|first open"),
    ("tp_signup", "注册账号", "Sign-up", "consideration", "app", "digital", "growth",
     "注册|开户|创建账号|sign up|signup|register|account creation"),
    ("tp_placement_test", "分级测试", "Placement test", "consideration", "app", "digital", "learning",
     "定级测试|水平测试|入学测试|placement|level test"),
    ("tp_first_lesson", "完成首课", "First lesson completed", "consideration", "app", "digital", "learning",
     "第一节课|首节课|首课|first lesson"),
    ("tp_paywall", "Pro付费墙", "Pro paywall", "purchase", "app", "digital", "monetization",
     "付费墙|会员页|升级Pro页面|paywall|upgrade screen|pro page"),
    ("tp_trial_start", "开始免费试用", "Free trial started", "purchase", "app", "digital", "monetization",
     "免费试用|试用|7天试用|trial|free trial"),
    ("tp_subscribe", "订阅Pro", "Pro subscription paid", "purchase", "app", "digital", "monetization",
     "付费订阅|开通会员|开通Pro|转付费|subscribe|subscription|paid conversion|go pro"),
    ("tp_billing_error", "支付失败", "Billing error", "purchase", "app", "digital", "monetization",
     "付款失败|扣款失败|支付报错|payment failed|billing failure|checkout error"),
    ("tp_lesson_start", "开始课程", "Lesson started", "loyalty", "app", "digital", "learning",
     "开始学习|上课|进入课程|lesson start|start lesson"),
    ("tp_lesson_complete", "完成课程", "Lesson completed", "loyalty", "app", "digital", "learning",
     "完课|学完一课|课程完成|lesson complete|lesson completion|finished lesson"),
    ("tp_speaking", "口语练习", "Speaking practice", "loyalty", "app", "digital", "learning",
     "口语|跟读|发音练习|语音评测|speaking|pronunciation practice|speech"),
    ("tp_streak_milestone", "连续打卡里程碑", "Streak milestone", "loyalty", "app", "digital", "growth",
     "打卡|连续学习|坚持天数|streak|daily streak"),
    ("tp_streak_lost", "打卡中断", "Streak lost", "loyalty", "app", "digital", "growth",
     "断签|打卡断了|连续天数清零|streak lost|streak reset|broken streak"),
    ("tp_renewal", "自动续费", "Subscription renewal", "loyalty", "app", "digital", "monetization",
     "续费|续订|renewal|auto-renew"),
    ("tp_cancel", "取消订阅", "Subscription cancelled", "loyalty", "app", "digital", "monetization",
     "退订|取消会员|关闭自动续费|cancel|cancellation|unsubscribe"),
    ("tp_app_crash", "应用崩溃", "App crash", "service", "app", "digital", "engineering",
     "闪退|崩溃|卡死|crash|app crash|force close"),
    ("tp_bug_report", "问题反馈", "Bug report", "service", "app", "digital", "engineering",
     "报bug|问题上报|故障反馈|bug report|report a problem"),
    ("tp_help_center", "帮助中心", "Help center", "service", "web", "digital", "customer_support",
     "FAQ|常见问题|帮助|help center|faq"),
    ("tp_support_chat", "在线客服", "Support chat", "service", "app", "digital", "customer_support",
     "客服|人工客服|联系客服|support|live chat|customer service"),
    ("tp_refund_request", "退款申请", "Refund request", "service", "app", "digital", "customer_support",
     "退款|退钱|申请退款|refund|money back"),
]

JOURNEYS = [
    ("onboarding", "新用户上手", "Onboarding",
     ["tp_install", "tp_signup", "tp_placement_test", "tp_first_lesson"], 7),
    ("pro_conversion", "Pro付费转化", "Pro conversion", ["tp_paywall", "tp_trial_start", "tp_subscribe"], 14),
    ("lesson_flow", "课程学习", "Lesson flow", ["tp_lesson_start", "tp_lesson_complete"], 1),
]

COUNTRIES = {  # country: (weight, [(city, weight)], lang)
    "China": (0.72, [("Shanghai", 0.30), ("Beijing", 0.25), ("Guangzhou", 0.20), ("Chengdu", 0.15), ("Hangzhou", 0.10)], "zh"),
    "United States": (0.13, [("New York", 0.4), ("San Francisco", 0.35), ("Los Angeles", 0.25)], "en"),
    "Singapore": (0.08, [("Singapore", 1.0)], "en"),
    "Malaysia": (0.07, [("Kuala Lumpur", 1.0)], "en"),
}
TARGETS = {  # country group: (languages, weights)
    "China": (["English", "Japanese", "Korean", "Spanish", "French"], [0.52, 0.23, 0.17, 0.04, 0.04]),
    "United States": (["Spanish", "Japanese", "Korean", "French"], [0.36, 0.30, 0.24, 0.10]),
    "other": (["Japanese", "Korean", "English", "Spanish"], [0.36, 0.30, 0.20, 0.14]),
}
HAZARD = {"English": 1 / 52, "Japanese": 1 / 46, "Spanish": 1 / 40, "French": 1 / 40, "Korean": 1 / 17}
PLATFORMS, PLATFORM_P = ["ios", "android", "web"], [0.38, 0.47, 0.15]
CHANNELS_CN = (["douyin_ads", "xiaohongshu_kol", "app_store_search", "referral", "organic"], [0.30, 0.18, 0.14, 0.16, 0.22])
CHANNELS_INTL = (["google_uac", "app_store_search", "referral", "organic"], [0.38, 0.20, 0.14, 0.28])
SIGNUP_P = {"douyin_ads": 0.62, "xiaohongshu_kol": 0.74, "app_store_search": 0.78, "referral": 0.90, "organic": 0.80,
            "google_uac": 0.66}
PAID_CHANNELS = {"douyin_ads", "xiaohongshu_kol", "app_store_search", "google_uac"}
LEVELS, LEVEL_P = ["A1", "A2", "B1", "B2", "C1"], [0.30, 0.28, 0.22, 0.13, 0.07]
PLANS = {"monthly": 68.0, "annual": 488.0, "family": 798.0}
EXERCISES = ["listening", "matching", "speaking", "reading", "translation"]
HOURS = np.array([1, 1, 0, 0, 0, 1, 3, 6, 5, 3, 3, 3, 6, 5, 3, 3, 3, 4, 5, 7, 9, 10, 8, 4], dtype=float)
HOURS /= HOURS.sum()
HOURS_CUM = list(np.cumsum(HOURS))

TEXT = {
    "crash": {
        "zh": ["新版本做听力练习的时候直接闪退，课都上不完", "更新以后一进课程听力题就崩溃，已经闪退好几次了",
               "上课上到一半闪退，进度全丢了，气死", "听力题必闪退，这个版本能不能赶紧修一下", "App老是闪退，做题做到一半就没了"],
        "en": ["The app crashes every time I reach the listening exercise", "Since the update the lesson crashes halfway through, lost my progress",
               "Constant crashes during lessons, please fix this version", "Crashed three times in one lesson. Unusable right now"],
    },
    "streak": {
        "zh": ["我连续打卡120天，昨天明明学了，打卡记录突然清零了", "打卡断了！我每天都有学，系统把我的连续天数清零了",
               "连续学习天数莫名其妙没了，打卡记录能恢复吗", "过年期间每天都学了，打卡还是断了，太打击积极性了"],
        "en": ["My streak reset to zero even though I did my lesson yesterday", "Lost my 80-day streak because of a bug, I practiced every day",
               "Streak was broken for no reason, please restore it", "The app reset my streak. So demotivating"],
    },
    "ads": {
        "zh": ["免费版广告太多了，每做完一课就弹一个广告", "广告太频繁，学一课看两个广告，体验很差", "广告又长又吵，关都关不掉",
               "能不能少点广告，每次完成课程都要看广告"],
        "en": ["Way too many ads in the free version, one after every lesson", "The ads are so annoying, can't even skip them",
               "An ad after every single lesson is too much", "Too many ads, it breaks the flow of learning"],
    },
    "price": {
        "zh": ["Pro会员太贵了，学生党负担不起", "价格太高了，一个月68块不值", "会员价格比别的学习App贵不少", "想升级但是太贵，能不能出个学生价"],
        "en": ["Pro is too expensive for what it offers", "The price is too high, 68 a month is a lot", "Overpriced compared with other language apps",
               "Would upgrade but it's too pricey, please add a student discount"],
    },
    "speech": {
        "zh": ["语音识别不准，我读得很标准也判我错", "口语练习的发音评测老是识别错，分数很低", "语音识别太差了，说了好几遍都不通过",
               "跟读的时候识别不准确，明明发音是对的"],
        "en": ["Speech recognition is terrible, it marks correct answers wrong", "The pronunciation check never recognizes what I say",
               "Speech recognition keeps failing in speaking practice", "Voice recognition is inaccurate, I repeat it five times and still fail"],
    },
    "annual": {
        "zh": ["试用结束直接扣了我一年的年费488，根本没提醒", "默认选的是年卡，试用完自动扣了一年的钱，要求退款",
               "年卡自动扣费没有任何提示，这是套路", "本来想买月卡，结果被扣了年费，申请退款"],
        "en": ["Charged for a whole year after the trial without any reminder", "The annual plan was pre-selected, I wanted monthly. Refund please",
               "They auto-charged me 488 for a yearly plan, no warning", "Sneaky annual plan charge after the free trial"],
    },
    "billing": {
        "zh": ["安卓上点开通试用一直支付失败，谷歌支付报错", "付不了款，支付失败好几次，想买都买不了", "支付失败，提示结算服务不可用",
               "开通会员的时候一直付款失败"],
        "en": ["Payment failed every time I tried to start the trial on Android", "Google Play billing error, can't subscribe",
               "Checkout keeps failing, I literally want to pay you", "Payment failed three times when upgrading"],
    },
    "level": {
        "zh": ["分级测试把我分得太低了，课程内容太简单", "定级测试不准，给我的课太难了", "水平测试题太少，分级不准"],
        "en": ["The placement test put me way too low, lessons are too easy", "Placement test is inaccurate, the level is too hard for me"],
    },
    "support": {
        "zh": ["客服回复太慢，等了两天才有人理", "联系客服只有机器人，解决不了问题"],
        "en": ["Support took two days to reply", "Support chat is just a bot, no real help"],
    },
    "refund": {
        "zh": ["申请退款一周了还没到账", "退款流程太麻烦了，要填好多信息"],
        "en": ["Requested a refund a week ago and still nothing", "The refund process is too complicated"],
    },
    "praise": {
        "zh": ["课程设计得很好，每天十分钟坚持下来进步很明显", "课程内容很棒，日常对话很实用", "老师录音很地道，课程编排循序渐进，好评",
               "很好用的学语言App，课程有趣不枯燥", "坚持学了三个月，课程质量很高，推荐"],
        "en": ["Great lessons, short and fun, I actually stick with it", "Love the lessons, very practical conversations",
               "Excellent course design, I can feel my progress every week", "Best language app I've used, the lessons are great",
               "Really well structured lessons, highly recommend"],
    },
    "neutral": {
        "zh": ["还行，内容中规中矩", "挺好的，就是希望多点语种", "一般般吧，能用"],
        "en": ["It's ok, does the job", "Decent app, would like more languages", "Fine for beginners"],
    },
}
NEG = {"crash", "streak", "ads", "price", "speech", "annual", "billing", "level", "support", "refund"}
TOPIC_TP = {"crash": "tp_app_crash", "streak": "tp_streak_lost", "ads": "tp_lesson_complete", "price": "tp_paywall",
            "speech": "tp_speaking", "annual": "tp_refund_request", "billing": "tp_billing_error",
            "level": "tp_placement_test", "support": "tp_support_chat", "refund": "tp_refund_request",
            "praise": "tp_lesson_complete", "neutral": None}


def version_at(t: datetime, lag: int) -> str:
    v = VERSIONS[0][0]
    for name, rel in VERSIONS:
        if t - timedelta(days=lag) >= rel:
            v = name
    return v


def add_months(t: datetime, k: int) -> datetime:
    m = t.month - 1 + k
    y, m = t.year + m // 12, m % 12 + 1
    return t.replace(year=y, month=m, day=min(t.day, 28))


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    customers, events, orders, feedback = [], [], [], []
    cnt = {"e": 0, "o": 0, "f": 0, "s": 0}

    def nid(k, prefix, width):
        cnt[k] += 1
        return f"{prefix}{cnt[k]:0{width}d}"

    def r():
        return float(rng.random())

    def choice(seq, p=None):
        if p is None:
            return seq[int(rng.integers(len(seq)))]
        cum, acc = [], 0.0
        for x in p:
            acc += x
            cum.append(acc)
        return seq[min(bisect.bisect_right(cum, r() * acc), len(seq) - 1)]

    def iso(t):
        return t.strftime("%Y-%m-%d %H:%M:%S")

    def at_hour(day: datetime) -> datetime:
        h = min(bisect.bisect_right(HOURS_CUM, r()), 23)
        return day.replace(hour=h, minute=int(rng.integers(60)), second=int(rng.integers(60)))

    def ev(c, t, tp, action="view", session=None, **extra):
        if t > END or t < START:
            return None
        row = {"event_id": nid("e", "E", 7), "customer_id": c["id"], "ts": iso(t), "touchpoint_id": tp,
               "session_id": session or c["session"], "action": action, "device": c["platform"],
               "channel": "web" if c["platform"] == "web" else "app",
               "app_version": "web" if c["platform"] == "web" else version_at(t, c["lag"]),
               "target_language": c["target"], "country": c["country"], "city": c["city"]}
        if tp == "tp_ad_click":
            row["channel"] = "ads"
            row["campaign"] = c["campaign"]
        if tp == "tp_help_center":
            row["channel"] = "web"
        row.update(extra)
        events.append(row)
        return row

    def new_session(c):
        c["session"] = nid("s", "S", 7)

    def fb(c, t, channel, topic, rating=None, nps=None, no_ts=False, tp=None):
        if t is not None and (t > END or t < START):
            return
        lang = c["lang"] if r() > 0.06 else ("en" if c["lang"] == "zh" else "zh")
        text = choice(TEXT[topic][lang])
        senti = "neg" if topic in NEG else ("pos" if topic == "praise" else "neu")
        feedback.append({
            "feedback_id": nid("f", "FB", 5), "customer_id": c["id"], "ts": "" if (no_ts or t is None) else iso(t),
            "touchpoint_id": tp or TOPIC_TP[topic] or "", "channel": channel, "text": text,
            "rating": "" if rating is None else rating, "nps": "" if nps is None else nps,
            "platform": c["platform"], "app_version": "" if c["platform"] == "web" or t is None else version_at(t, c["lag"]),
            "target_language": c["target"], "country": c["country"], "language": lang,
            "topic": topic, "sentiment_label": senti})
        if channel == "app_review":  # store reviews are anonymous: no account id, no course
            feedback[-1]["customer_id"] = feedback[-1]["target_language"] = ""

    def chat(c, t, reason, topic=None):
        """a support chat; about half leave a ticket comment with a CSAT rating"""
        if ev(c, t, "tp_support_chat", "submit", reason=reason) is None:
            return
        if r() < 0.45:
            topic = topic or {"refund": "refund", "billing": "billing"}.get(reason, "support")
            fb(c, t + timedelta(minutes=int(rng.integers(5, 60))), "support_ticket", topic,
               rating=int(choice([1, 2, 3, 4], p=[0.35, 0.3, 0.2, 0.15])), no_ts=r() < 0.03, tp="tp_support_chat"
               if topic == "support" else None)

    def review(c, t, topic, rating):
        """app-store review (web users leave an in-app survey comment instead)."""
        if c["platform"] == "web":
            fb(c, t, "in_app_survey", topic, nps=int(min(10, max(0, rating * 2 - 2 + int(rng.integers(-1, 2))))))
        else:
            fb(c, t, "app_review", topic, rating=rating, no_ts=r() < 0.12)

    # ------------------------------------------------------------ customers
    day_w = []
    ndays = (END.date() - START.date()).days + 1
    for d in range(ndays):
        t = START + timedelta(days=d)
        w = 1.0 + 0.15 * d / ndays
        if t.month == 1 or (t.month == 12 and t.day >= 26):
            w *= 1.9
        if t.month == 9:
            w *= 1.35
        if t.month in (7, 8):
            w *= 1.2
        if t.weekday() >= 5:
            w *= 1.15
        day_w.append(w)
    day_w = np.array(day_w) / sum(day_w)

    def campaign_for(channel, t, target):
        if channel not in PAID_CHANNELS:
            return "none"
        d = t.date()
        if d <= datetime(2025, 10, 31).date():
            return "back2school_2025"
        if datetime(2025, 11, 1).date() <= d <= datetime(2025, 11, 15).date():
            return "double11_2025"
        if datetime(2025, 12, 20).date() <= d <= datetime(2026, 2, 10).date():
            return "ny_resolution_2026"
        if datetime(2026, 3, 15).date() <= d <= datetime(2026, 5, 15).date() and target == "Korean":
            return "kpop_spring_2026"
        if datetime(2026, 6, 15).date() <= d <= datetime(2026, 8, 20).date() and target == "Japanese":
            return "summer_japan_2026"
        if d >= datetime(2026, 8, 25).date():
            return "back2school_2026"
        return "always_on"

    people = []
    for i in range(N_NEW + N_LEGACY):
        legacy = i >= N_NEW
        country = choice(list(COUNTRIES), p=[v[0] for v in COUNTRIES.values()])
        cities = COUNTRIES[country][1]
        city = choice([x[0] for x in cities], p=[x[1] for x in cities])
        tl, tw = TARGETS[country] if country in TARGETS else TARGETS["other"]
        if legacy:
            t0 = datetime(2024, 5, 1) + timedelta(days=int(rng.integers(0, 510)), seconds=int(rng.integers(86400)))
        else:
            t0 = START + timedelta(days=int(rng.choice(ndays, p=day_w)))
            t0 = at_hour(t0)
        target = choice(tl, p=tw)
        # spring K-pop push: more Korean learners; summer Japan push: more Japanese learners
        if not legacy and country == "China" and datetime(2026, 3, 15) <= t0 <= datetime(2026, 5, 15) and r() < 0.25:
            target = "Korean"
        if not legacy and datetime(2026, 6, 15) <= t0 <= datetime(2026, 8, 20) and r() < 0.2:
            target = "Japanese"
        chans = CHANNELS_CN if country == "China" else CHANNELS_INTL
        channel = choice(chans[0], p=chans[1])
        platform = choice(PLATFORMS, p=PLATFORM_P)
        if channel == "app_store_search":
            platform = "ios"
        if channel == "google_uac" and platform == "ios":
            platform = "android"
        c = {"id": f"U{i + 1:06d}", "country": country, "city": city, "target": target, "channel": channel,
             "platform": platform, "lang": COUNTRIES[country][2], "lag": int(rng.integers(0, 10)), "t0": t0,
             "legacy": legacy, "campaign": "legacy" if legacy else campaign_for(channel, t0, target),
             "signup": t0 if legacy else None, "level": choice(LEVELS, p=LEVEL_P) if legacy else None,
             "pro_ever": False, "pro_until": None, "last_lesson": None, "age_band": choice(
                 ["18-24", "25-34", "35-44", "45+", "<18"], p=[0.34, 0.36, 0.16, 0.08, 0.06]),
             "session": None}
        people.append(c)

    # ------------------------------------------------------------ subscriptions
    def order(c, t, plan, billing_type, refund_p, store_ver=None):
        if t > END:
            return None
        refunded = r() < refund_p
        o = {"order_id": nid("o", "O", 6), "customer_id": c["id"], "ts": iso(t), "amount": PLANS[plan],
             "status": "refunded" if refunded else "paid",
             "channel": {"ios": "app_store", "android": "google_play", "web": "web_checkout"}[c["platform"]],
             "device": c["platform"], "plan": plan, "billing_type": billing_type, "currency": "CNY",
             "country": c["country"], "city": c["city"], "target_language": c["target"],
             "acquisition_campaign": c["campaign"],
             "app_version": "web" if c["platform"] == "web" else version_at(t, c["lag"]),
             "refund_flag": int(refunded), "refunded_at": ""}
        orders.append(o)
        if refunded:
            rt = t + timedelta(days=int(rng.integers(1, 12)), hours=int(rng.integers(0, 12)))
            if rt > END:
                o["status"], o["refund_flag"] = "paid", 0
                return o
            o["refunded_at"] = iso(rt)
            new_session(c)
            if r() < 0.7:
                jan_annual = plan == "annual" and ANNUAL_DEFAULT[0] <= t < ANNUAL_DEFAULT[1]
                chat(c, rt - timedelta(minutes=25), "refund", "annual" if jan_annual else None)
            ev(c, rt, "tp_refund_request", "submit", order_id=o["order_id"], plan=plan, amount=PLANS[plan])
        return o

    def subscribe(c, t_sub, plan, refund_p, billing_type="new"):
        """first payment at t_sub, then renewals; sets c['pro_until']"""
        new_session(c)
        ev(c, t_sub, "tp_subscribe", "success", plan=plan, amount=PLANS[plan])
        o = order(c, t_sub, plan, billing_type, refund_p)
        c["pro_ever"] = True
        if o is not None and o["status"] == "refunded":
            c["pro_until"] = datetime.fromisoformat(o["refunded_at"])
            if plan == "annual" and ANNUAL_DEFAULT[0] <= t_sub < ANNUAL_DEFAULT[1] and r() < 0.55:
                review(c, c["pro_until"] + timedelta(hours=2), "annual", 1)
            elif r() < 0.15:
                fb(c, c["pro_until"] + timedelta(hours=1), "support_ticket", "refund", rating=int(rng.integers(1, 4)),
                   no_ts=r() < 0.05)
            return
        if plan == "monthly":
            k = 1
            while True:
                t = add_months(t_sub, k) + timedelta(minutes=int(rng.integers(0, 90)))
                if r() < 0.12 or (c["churn_at"] is not None and t > c["churn_at"] and r() < 0.5):
                    ct = t - timedelta(days=int(rng.integers(1, 10)))
                    if ct <= END:
                        new_session(c)
                        ev(c, ct, "tp_cancel", "submit", plan=plan, reason=choice(
                            ["too_expensive", "not_using", "finished_goal", "switching_app"], p=[0.35, 0.4, 0.1, 0.15]))
                    c["pro_until"] = t
                    return
                if t > END:
                    c["pro_until"] = t
                    return
                new_session(c)
                ev(c, t, "tp_renewal", "success", plan=plan, amount=PLANS[plan])
                order(c, t, plan, "renewal", 0.015)
                k += 1
        else:
            c["pro_until"] = add_months(t_sub, 12)
            t = c["pro_until"]
            if t <= END:  # only legacy annual subscribers renew inside the data
                if r() < 0.2:
                    ev(c, t - timedelta(days=int(rng.integers(1, 20))), "tp_cancel", "submit", plan=plan, reason="not_using")
                else:
                    ev(c, t, "tp_renewal", "success", plan=plan, amount=PLANS[plan])
                    order(c, t, plan, "renewal", 0.05)
                    c["pro_until"] = add_months(t, 12)

    def pick_plan(t):
        if ANNUAL_DEFAULT[0] <= t < ANNUAL_DEFAULT[1]:
            return choice(["monthly", "annual", "family"], p=[0.24, 0.70, 0.06])
        return choice(["monthly", "annual", "family"], p=[0.56, 0.36, 0.08])

    def refund_p(plan, t):
        if plan == "annual" and ANNUAL_DEFAULT[0] <= t < ANNUAL_DEFAULT[1]:
            return 0.42
        return {"monthly": 0.025, "annual": 0.035, "family": 0.03}[plan]

    def paywall(c, t, source):
        """a paywall view; maybe a trial (and a billing error on Android); returns nothing"""
        ev(c, t, "tp_paywall", "view", paywall_source=source)
        if c["trialed"] or (c["pro_until"] is not None and c["pro_until"] > t):
            return
        p_try = {"ios": 0.50, "android": 0.50, "web": 0.44}[c["platform"]]
        if source != "first_lesson":
            p_try *= 0.6
        if r() >= p_try:
            if r() < 0.05:
                review(c, t + timedelta(minutes=5), "price", int(choice([1, 2, 3], p=[0.3, 0.4, 0.3])))
            return
        err_p = {"ios": 0.03, "android": 0.45, "web": 0.06}[c["platform"]]
        tt = t + timedelta(seconds=int(rng.integers(20, 240)))
        if r() < err_p:
            code = {"android": choice(["gp_billing_unavailable", "gp_item_unavailable", "card_declined"], p=[0.6, 0.2, 0.2]),
                    "ios": "card_declined", "web": choice(["card_declined", "3ds_failed"])}[c["platform"]]
            ev(c, tt, "tp_billing_error", "fail", error_code=code)
            if r() < 0.22:
                if c["platform"] == "web":
                    fb(c, tt + timedelta(minutes=10), "support_ticket", "billing", rating=int(rng.integers(1, 4)))
                else:
                    review(c, tt + timedelta(minutes=10), "billing", int(choice([1, 2], p=[0.6, 0.4])))
            if r() < 0.25:
                chat(c, tt + timedelta(minutes=2), "billing")
            if r() >= 0.2:
                return
            tt += timedelta(minutes=int(rng.integers(2, 30)))
        c["trialed"] = True
        ev(c, tt, "tp_trial_start", "success", plan_trial="pro_7d")
        t_end = tt + timedelta(days=7, minutes=int(rng.integers(0, 30)))
        p_conv = 0.64
        if c["churn_at"] is not None and c["churn_at"] < t_end:
            p_conv = 0.3
        if r() < p_conv:
            plan = pick_plan(t_end)
            subscribe(c, t_end, plan, refund_p(plan, t_end))
        else:
            ct = tt + timedelta(days=int(rng.integers(1, 7)), hours=int(rng.integers(0, 20)))
            new_session(c)
            ev(c, ct, "tp_cancel", "submit", plan="trial", reason=choice(
                ["too_expensive", "not_using", "only_wanted_trial"], p=[0.45, 0.25, 0.3]))

    def lesson(c, t, first=False):
        ex = choice(EXERCISES, p=[0.3, 0.2, 0.15, 0.2, 0.15])
        lesson_id = f"{c['target'][:2].upper()}-{c['level'] or 'A1'}-{int(rng.integers(1, 60)):02d}"
        ev(c, t, "tp_lesson_start", "start", lesson_id=lesson_id, exercise_type=ex)
        ver = "web" if c["platform"] == "web" else version_at(t, c["lag"])
        crash_p = 0.012 if c["platform"] != "web" else 0.004
        screen = choice(["lesson_listening", "lesson_matching", "lesson_speaking", "lesson_reading"])
        if ver == "4.6.0":
            crash_p = 0.13
            screen = "lesson_listening" if r() < 0.85 else screen
        if r() < crash_p:
            tc = t + timedelta(seconds=int(rng.integers(40, 400)))
            ev(c, tc, "tp_app_crash", "fail", screen=screen, lesson_id=lesson_id)
            if r() < 0.14:
                ev(c, tc + timedelta(minutes=2), "tp_bug_report", "submit", bug_type="crash", screen=screen)
            if r() < 0.16:
                review(c, tc + timedelta(minutes=int(rng.integers(3, 120))), "crash", int(choice([1, 2], p=[0.7, 0.3])))
            if r() < 0.5:
                return lesson(c, tc + timedelta(minutes=3), first)
            return None
        tcomp = t + timedelta(seconds=int(rng.integers(240, 900)))
        ev(c, tcomp, "tp_lesson_complete", "success", lesson_id=lesson_id, exercise_type=ex,
           score=int(rng.integers(55, 101)), duration_sec=int((tcomp - t).total_seconds()))
        if first:
            ev(c, tcomp + timedelta(seconds=2), "tp_first_lesson", "success", lesson_id=lesson_id)
        c["last_lesson"] = tcomp
        return tcomp

    def engage(c, day0: datetime, streak: int):
        """daily activity from day0 (exclusive) to churn or the end of the data"""
        p_act = float(rng.uniform(0.7, 0.95)) if r() < 0.28 else float(rng.beta(2.0, 4.0)) * 0.4 + 0.03
        last_active = day0
        best = streak
        d = day0
        while True:
            d = d + timedelta(days=1)
            if d > END:
                break
            pro = c["pro_until"] is not None and c["pro_until"] > d
            h = 1 / 160 if pro else HAZARD[c["target"]]
            if r() < h:
                break
            if r() >= p_act:
                continue
            t = at_hour(d)
            new_session(c)
            gap = (d.date() - last_active.date()).days
            if gap >= 2:
                if streak >= 3:
                    ev(c, t - timedelta(seconds=5), "tp_streak_lost", "view", lost_streak_days=streak)
                    if r() < 0.015:
                        review(c, t + timedelta(hours=1), "streak", 2)
                streak = 1
            else:
                streak += 1
                if STREAK_BUG[0] <= d < STREAK_BUG[1] and streak >= 3 and r() < 0.4:
                    ev(c, t - timedelta(seconds=5), "tp_streak_lost", "view", lost_streak_days=streak - 1)
                    if r() < 0.2:
                        ev(c, t + timedelta(minutes=20), "tp_bug_report", "submit", bug_type="streak")
                    if r() < 0.35:
                        review(c, t + timedelta(hours=int(rng.integers(1, 30))), "streak", int(choice([1, 2])))
                    streak = 1
            if streak in (7, 30, 100):
                ev(c, t - timedelta(seconds=3), "tp_streak_milestone", "view", streak_days=streak)
                if streak >= 30 and r() < 0.12:
                    review(c, t + timedelta(hours=2), "praise", 5)
            last_active = d
            n = int(choice([1, 2, 3], p=[0.86, 0.11, 0.03]))
            tt = t
            for _ in range(n):
                done = lesson(c, tt)
                tt = (done or tt) + timedelta(minutes=int(rng.integers(1, 10)))
                if done and not pro and r() < 0.01:
                    review(c, tt, "ads", int(choice([1, 2, 3], p=[0.3, 0.45, 0.25])))
                if done and r() < 0.02:
                    topic = choice(["praise", "neutral", "ads", "speech", "price", "level"],
                                   p=[0.42, 0.2, 0.14 if not pro else 0.0, 0.1, 0.08 if not pro else 0.22, 0.06])
                    nps = {"praise": int(rng.integers(9, 11)), "neutral": int(rng.integers(6, 9)),
                           "ads": int(rng.integers(3, 8)), "speech": int(rng.integers(2, 8)),
                           "price": int(rng.integers(3, 8)), "level": int(rng.integers(4, 8))}[topic]
                    fb(c, tt + timedelta(seconds=30), "in_app_survey", topic, nps=nps)
            if r() < 0.25:
                score = int(np.clip(rng.normal(74 if c["platform"] != "android" else 66, 12), 10, 100))
                ts = tt + timedelta(minutes=1)
                ev(c, ts, "tp_speaking", "submit", speech_score=score)
                if score < 55 and r() < 0.1:
                    review(c, ts + timedelta(minutes=3), "speech", int(choice([1, 2, 3], p=[0.3, 0.5, 0.2])))
            if c["pro_until"] is None or c["pro_until"] <= d:
                if r() < 0.05:
                    paywall(c, tt + timedelta(minutes=1),
                            choice(["heart_refill", "speaking_locked", "ad_free_banner", "offline_download"]))
            if r() < 0.008:
                ev(c, tt + timedelta(minutes=3), "tp_help_center", "view")
                if r() < 0.5:
                    chat(c, tt + timedelta(minutes=8), choice(["account", "content", "bug", "billing"]))
            if r() < 0.007:
                review(c, tt + timedelta(minutes=5), "praise", int(choice([4, 5], p=[0.3, 0.7])))

    def churn_estimate(c, day0):
        """a rough learning-churn date used only to decide trial conversion and renewals"""
        h = HAZARD[c["target"]]
        return day0 + timedelta(days=float(rng.exponential(1 / h)))

    for c in people:
        c["trialed"] = False
        if c["legacy"]:
            c["churn_at"] = churn_estimate(c, START)
            u = r()
            if u < 0.22:   # monthly Pro, renewing inside the data
                c["trialed"] = True
                start = START - timedelta(days=int(rng.integers(0, 28)))
                c["pro_ever"] = True
                k = 1
                while True:
                    t = add_months(start, k) + timedelta(minutes=int(rng.integers(0, 90)))
                    if t > END:
                        c["pro_until"] = t
                        break
                    if r() < 0.08:
                        new_session(c)
                        ev(c, t - timedelta(days=int(rng.integers(1, 10))), "tp_cancel", "submit", plan="monthly",
                           reason=choice(["too_expensive", "not_using", "finished_goal"]))
                        c["pro_until"] = t
                        break
                    new_session(c)
                    ev(c, t, "tp_renewal", "success", plan="monthly", amount=PLANS["monthly"])
                    order(c, t, "monthly", "renewal", 0.015)
                    k += 1
            elif u < 0.40:  # annual Pro bought before the data; renews once inside it
                c["trialed"] = True
                c["pro_ever"] = True
                bought = START - timedelta(days=int(rng.integers(1, 360)))
                c["pro_until"] = add_months(bought, 12)
                t = c["pro_until"]
                if r() < 0.22:
                    new_session(c)
                    ev(c, t - timedelta(days=int(rng.integers(1, 20))), "tp_cancel", "submit", plan="annual",
                       reason=choice(["too_expensive", "not_using"]))
                else:
                    new_session(c)
                    ev(c, t, "tp_renewal", "success", plan="annual", amount=PLANS["annual"])
                    order(c, t, "annual", "renewal", 0.05)
                    c["pro_until"] = add_months(t, 12)
            engage(c, START - timedelta(days=1), 0)
            continue
        # ---- onboarding
        t = c["t0"]
        new_session(c)
        if c["channel"] in PAID_CHANNELS and c["platform"] != "web" or (c["channel"] in PAID_CHANNELS and r() < 0.5):
            ev(c, t - timedelta(seconds=int(rng.integers(30, 600))), "tp_ad_click", "click")
        ev(c, t, "tp_install", "view")
        if r() >= SIGNUP_P[c["channel"]]:
            continue
        t = t + (timedelta(seconds=int(rng.integers(40, 600))) if r() < 0.9 else timedelta(days=int(rng.integers(1, 5)), hours=int(rng.integers(0, 12))))
        if t > END:
            continue
        c["signup"] = t
        ev(c, t, "tp_signup", "submit", method=choice(["phone", "wechat", "apple", "google", "email"]))
        took = r() < 0.8
        if took:
            t = t + timedelta(seconds=int(rng.integers(30, 400)))
            c["level"] = choice(LEVELS, p=LEVEL_P)
            ev(c, t, "tp_placement_test", "submit", placement_level=c["level"], questions=int(rng.integers(12, 25)))
            if r() < 0.03:
                fb(c, t + timedelta(minutes=5), "in_app_survey", "level", nps=int(rng.integers(3, 8)))
            p_first = 0.87
        else:
            c["level"] = "A1"
            p_first = 0.6
        if c["target"] == "Korean":
            p_first -= 0.05
        if r() >= p_first:
            continue
        t = t + (timedelta(seconds=int(rng.integers(30, 900))) if r() < 0.85 else timedelta(days=int(rng.integers(1, 6)), hours=int(rng.integers(0, 10))))
        if t > END:
            continue
        c["churn_at"] = churn_estimate(c, t)
        done = lesson(c, t, first=True)
        if done is None:
            continue
        if r() < 0.85:
            paywall(c, done + timedelta(seconds=10), "first_lesson")
        engage(c, done.replace(hour=0, minute=0, second=0), 1)

    # ------------------------------------------------------------ customers table
    for c in people:
        if c["signup"] is None:
            seg = "never_registered"
        elif c["pro_until"] is not None and c["pro_until"] > END:
            seg = "pro"
        elif c["pro_ever"]:
            seg = "lapsed_pro"
        elif c["last_lesson"] is not None and c["last_lesson"] > END - timedelta(days=30):
            seg = "active_free"
        else:
            seg = "dormant"
        customers.append({
            "customer_id": c["id"], "signup_at": "" if c["signup"] is None else iso(c["signup"]), "segment": seg,
            "region": c["country"], "acquisition_channel": c["channel"],
            "tier": "pro" if seg == "pro" else "free", "city": c["city"], "platform": c["platform"],
            "target_language": c["target"], "level": c["level"] or "", "acquisition_campaign": c["campaign"],
            "install_at": "" if c["legacy"] else iso(c["t0"]), "age_band": c["age_band"],
            "app_language": c["lang"]})

    # ------------------------------------------------------------ write
    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
            w.writeheader()
            for row in rows:
                w.writerow({k: row.get(k, "") if row.get(k) is not None else "" for k in cols})

    write("touchpoints", [dict(zip(["touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"], tp))
                          | {"name": f"{tp[1]} / {tp[2]}"} for tp in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write("journeys", [{"journey_id": j[0], "journey_name": j[2], "journey_name_zh": j[1], "journey_name_en": j[2],
                        "step": k + 1, "touchpoint_id": tp, "window_days": j[4]}
                       for j in JOURNEYS for k, tp in enumerate(j[3])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write("customers", customers, list(customers[0]))
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
               "app_version", "target_language", "country", "city", "campaign", "method", "placement_level",
               "questions", "lesson_id", "exercise_type", "score", "duration_sec", "screen", "speech_score",
               "streak_days", "lost_streak_days", "paywall_source", "plan_trial", "plan", "amount", "order_id",
               "error_code", "bug_type", "reason"]
    write("events", events, ev_cols)
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    write("orders", orders, list(orders[0]))
    feedback.sort(key=lambda f: (f["ts"] or "9999", f["feedback_id"]))
    write("feedback", feedback, ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "text", "rating", "nps",
                                 "platform", "app_version", "target_language", "country", "language", "topic",
                                 "sentiment_label"])
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
