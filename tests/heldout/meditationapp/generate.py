"""Synthetic data for 息屿 Breathe Isle, a subscription meditation and sleep app in mainland China and Australia.

    python generate.py OUTDIR

Writes a DATA.md dataset folder (touchpoints, journeys, customers, events, orders, feedback, experiments as CSV)
plus OUTDIR/_truth/feedback_truth.csv (the topic and sentiment each comment was written from; not a DATA.md table).
Fixed seed, numpy + stdlib only, deterministic, about 5 s of CPU. Data covers 2025-01-01 .. 2026-08-31 (naive local
times of the user: UTC+8 in China, Australian local time in Australia). See README.md for the planted patterns.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260906
rng = np.random.default_rng(SEED)

START = datetime(2025, 1, 1)
END = datetime(2026, 8, 31, 23, 59, 59)
FX_AUD = 4.65  # CNY per AUD, fixed rate used by finance for reporting

# planted windows
BUG_SIGN = (datetime(2025, 9, 3), datetime(2025, 9, 30, 12))     # Android 4.6.0 CN: auto-debit contract signing fails
BUG_AUDIO = (datetime(2026, 3, 2), datetime(2026, 7, 6))          # iOS 5.2.x: audio cuts out when the screen locks
AU_PRICE_RISE = datetime(2026, 2, 1)                              # AU annual AUD 69.99 -> 89.99
SAVE_AB = (datetime(2025, 10, 1), datetime(2026, 6, 30, 23, 59, 59))  # retention-offer A/B test
DOUBLE11 = (datetime(2025, 11, 1), datetime(2025, 11, 11, 23, 59, 59))


def R() -> float:
    return float(rng.random())


def pick(options, weights=None):
    if weights is None:
        return options[int(R() * len(options))]
    r = R() * sum(weights)
    acc = 0.0
    for o, w in zip(options, weights):
        acc += w
        if r < acc:
            return o
    return options[-1]


def days(x: float) -> timedelta:
    return timedelta(seconds=float(x) * 86400)


def hours(x: float) -> timedelta:
    return timedelta(seconds=float(x) * 3600)


def fmt(t: datetime | None) -> str:
    return "" if t is None else t.isoformat(" ", "seconds")


def evening(t: datetime, lo=19, hi=24) -> datetime:
    """the same day at a random evening time."""
    h = float(rng.uniform(lo, hi))
    return t.replace(hour=0, minute=0, second=0, microsecond=0) + hours(h)


# ---------------------------------------------------------------- reference data
TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_install", "首次打开", "First open", "awareness", "app", "digital", "growth", "下载|装机|新装|install|download|first launch"),
    ("tp_goal_quiz", "目标问卷", "Goal quiz", "consideration", "app", "digital", "growth", "入门问卷|选目标|onboarding quiz|goal picker"),
    ("tp_signup", "注册登录", "Sign-up", "consideration", "app", "digital", "growth", "注册|登录|手机号登录|微信登录|sign up|log in|account creation"),
    ("tp_first_session", "完成首次练习", "First session completed", "consideration", "app", "digital", "product", "首练|第一次冥想|first meditation|first session"),
    ("tp_reminder_set", "设置每日提醒", "Daily reminder set", "loyalty", "app", "digital", "product", "提醒|打卡提醒|daily reminder|notification opt-in"),
    ("tp_streak_3", "连续练习3天", "3-day streak", "loyalty", "app", "digital", "product", "连续打卡|3天连胜|三天打卡|streak|3-day streak"),
    ("tp_play", "播放内容", "Content play", "service", "app", "digital", "content", "播放|收听|冥想|睡眠故事|白噪音|play|listen|sleep story|soundscape"),
    ("tp_paywall", "会员付费墙", "Paywall", "purchase", "app", "digital", "monetization", "付费墙|会员页|升级页|paywall|upgrade screen|premium screen"),
    ("tp_promo_page", "双十一活动页", "Double 11 promo page", "purchase", "app", "digital", "marketing", "双十一|双11|终身会员|大促|Double 11|11.11|lifetime deal"),
    ("tp_plan_select", "选择套餐", "Plan selected", "purchase", "app", "digital", "monetization", "选套餐|月度/年度|choose plan|plan picker"),
    ("tp_trial_start", "开通7天免费试用", "Free trial started", "purchase", "app", "digital", "monetization", "免费试用|开通试用|试用|free trial|trial start"),
    ("tp_trial_cancel", "试用期内取消", "Trial cancelled", "purchase", "app", "digital", "monetization", "取消试用|trial cancel"),
    ("tp_trial_convert", "试用转付费", "Trial converted to paid", "purchase", "app", "digital", "payments", "转正|首次扣费|试用转化|trial conversion|first charge|paid conversion"),
    ("tp_renew_reminder", "续费提醒", "Renewal reminder", "loyalty", "app", "digital", "retention", "续费通知|到期提醒|renewal notice|renewal email"),
    ("tp_renew_attempt", "续费扣款", "Renewal charge attempt", "loyalty", "app", "digital", "payments", "自动续费扣款|代扣|rebill|auto-renew charge"),
    ("tp_renew_success", "续费成功", "Renewal successful", "loyalty", "app", "digital", "payments", "续订成功|续费到账|renewed|auto-renew success"),
    ("tp_post_renew_session", "续费后首次练习", "First session after renewal", "loyalty", "app", "digital", "retention", "续费后回访|post-renewal session"),
    ("tp_cancel_start", "进入退订流程", "Cancellation started", "loyalty", "app", "digital", "retention", "退订|取消订阅|关闭自动续费|cancel subscription|unsubscribe"),
    ("tp_cancel_reason", "填写退订原因", "Cancellation reason given", "loyalty", "app", "digital", "retention", "退订原因|退订问卷|cancel survey|churn reason"),
    ("tp_save_offer", "挽留优惠", "Retention offer shown", "loyalty", "app", "digital", "retention", "挽留|挽留方案|save offer|win-back offer|retention offer"),
    ("tp_offer_accept", "接受挽留优惠", "Retention offer accepted", "loyalty", "app", "digital", "retention", "挽留成功|接受优惠|offer accepted|saved"),
    ("tp_cancel_confirm", "确认退订", "Cancellation confirmed", "loyalty", "app", "digital", "retention", "退订成功|取消成功|churn|cancelled"),
    ("tp_course_page", "课程详情页", "Course page", "service", "app", "digital", "content", "课程页|course detail"),
    ("tp_course_enroll", "加入课程", "Course enrolled", "service", "app", "digital", "content", "报名课程|加入计划|enrol|enroll|join course"),
    ("tp_lesson_first", "完成第一课", "First lesson completed", "service", "app", "digital", "content", "第一课|lesson 1"),
    ("tp_course_halfway", "课程过半", "Course halfway", "service", "app", "digital", "content", "过半|半程|halfway|midpoint"),
    ("tp_course_complete", "完成课程", "Course completed", "service", "app", "digital", "content", "完课|结课|毕业|course finished|course completion"),
    ("tp_ticket_open", "提交工单", "Support ticket opened", "service", "app", "digital", "customer_service", "工单|客服|投诉|ticket|support request|complaint"),
    ("tp_ticket_reply", "客服首次回复", "First support reply", "service", "app", "digital", "customer_service", "首次响应|首响|first response"),
    ("tp_ticket_resolved", "工单解决", "Ticket resolved", "service", "app", "digital", "customer_service", "解决|结单|resolved|closed"),
    ("tp_ticket_rated", "工单评价", "Ticket rated", "service", "app", "digital", "customer_service", "满意度|CSAT|评价|rating"),
]

JOURNEYS = [
    ("onboarding", "新用户引导", "New-user onboarding", 7,
     ["tp_install", "tp_goal_quiz", "tp_signup", "tp_first_session", "tp_reminder_set", "tp_streak_3"]),
    ("trial", "免费试用转付费", "Free trial to paid", 14,
     ["tp_paywall", "tp_plan_select", "tp_trial_start", "tp_trial_convert"]),
    ("course", "课程学习", "Course completion", 30,
     ["tp_course_page", "tp_course_enroll", "tp_lesson_first", "tp_course_halfway", "tp_course_complete"]),
    ("renewal", "订阅续费", "Subscription renewal", 14,
     ["tp_renew_reminder", "tp_renew_attempt", "tp_renew_success", "tp_post_renew_session"]),
    ("cancellation", "退订挽留", "Cancellation and save", 7,
     ["tp_cancel_start", "tp_cancel_reason", "tp_save_offer", "tp_cancel_confirm"]),
    ("support", "客服工单", "Support ticket", 14,
     ["tp_ticket_open", "tp_ticket_reply", "tp_ticket_resolved", "tp_ticket_rated"]),
]

CN_REGIONS = [  # region, 地区, cities, weight
    ("Shanghai", "上海", ["上海"], 16), ("Beijing", "北京", ["北京"], 14), ("Guangdong", "广东", ["广州", "深圳"], 18),
    ("Zhejiang", "浙江", ["杭州", "宁波"], 12), ("Jiangsu", "江苏", ["南京", "苏州"], 11),
    ("Sichuan", "四川", ["成都"], 10), ("Hubei", "湖北", ["武汉"], 7), ("Shaanxi", "陕西", ["西安"], 5),
    ("Fujian", "福建", ["厦门", "福州"], 7),
]
AU_REGIONS = [
    ("New South Wales", "新南威尔士州", ["Sydney", "Newcastle"], 36), ("Victoria", "维多利亚州", ["Melbourne", "Geelong"], 30),
    ("Queensland", "昆士兰州", ["Brisbane", "Gold Coast"], 18), ("Western Australia", "西澳大利亚州", ["Perth"], 10),
    ("South Australia", "南澳大利亚州", ["Adelaide"], 6),
]
CN_ACQ = (["app_store_search", "wechat_share", "douyin_ads", "xiaohongshu_kol", "android_store"], [22, 24, 22, 16, 16])
AU_ACQ = (["app_store_search", "google_play_search", "tiktok_ads", "instagram_ads", "podcast_sponsor", "referral"],
          [26, 14, 20, 16, 12, 12])
PAID_SOCIAL = {"douyin_ads", "tiktok_ads", "instagram_ads"}
GOALS = {"sleep": "改善睡眠", "stress": "缓解压力", "focus": "提升专注", "anxiety": "缓解焦虑"}
CANCEL_REASONS = {"too_expensive": "价格太贵", "not_using": "用得太少", "found_alternative": "找到替代产品",
                  "technical_issue": "技术问题", "content_not_enough": "内容不够", "other": "其他"}
TICKET_CATS = {"trial_activation": "试用开通失败", "billing_dispute": "扣费争议", "refund_request": "退款申请",
               "playback_issue": "播放问题", "account_login": "账号登录", "content_request": "内容建议", "other": "其他"}

# content: id, zh, en, type, minutes, premium, goal, market bias (CN / AU weight multipliers)
CONTENT = [
    ("ct_rain_bookshop", "雨夜书店", "The Rainy Night Bookshop", "sleep_story", 28, True, "sleep", 1.0, 1.0),
    ("ct_jiangnan_alley", "江南雨巷", "Jiangnan Rain Alley", "sleep_story", 25, True, "sleep", 1.8, 0.3),
    ("ct_reef_voyage", "大堡礁夜航", "Great Barrier Reef Night Voyage", "sleep_story", 32, True, "sleep", 0.4, 2.0),
    ("ct_ocean_waves", "海浪白噪音", "Ocean Waves", "soundscape", 60, False, "sleep", 1.0, 1.0),
    ("ct_forest_fire", "森林篝火", "Forest Campfire", "soundscape", 60, True, "sleep", 0.8, 1.1),
    ("ct_body_scan", "10分钟身体扫描", "10-Minute Body Scan", "guided_meditation", 10, False, "stress", 1.0, 1.0),
    ("ct_commute", "通勤减压", "Commute De-stress", "guided_meditation", 8, True, "stress", 1.4, 0.7),
    ("ct_work_sos", "工作焦虑急救", "Work Anxiety SOS", "guided_meditation", 6, True, "anxiety", 1.1, 1.0),
    ("ct_exam_calm", "考前静心", "Exam Calm", "guided_meditation", 12, True, "anxiety", 1.6, 0.4),
    ("ct_478", "4-7-8呼吸法", "4-7-8 Breathing", "breathwork", 5, False, "stress", 1.0, 1.0),
    ("ct_box_breath", "方块呼吸", "Box Breathing", "breathwork", 6, True, "focus", 0.8, 1.2),
    ("ct_deep_focus", "深度专注音乐", "Deep Focus Music", "soundscape", 45, True, "focus", 1.0, 1.0),
    ("ct_morning", "晨间唤醒", "Morning Wake-up", "guided_meditation", 7, True, "focus", 0.9, 1.2),
    ("ct_power_nap", "午休小憩", "Power Nap", "guided_meditation", 20, True, "sleep", 1.5, 0.6),
]
COURSES = {  # id: zh, en, lessons, free, p_halfway | first lesson, p_complete | halfway
    "c_mindful7": ("正念入门7天", "Mindfulness Basics (7 days)", 7, True, 0.66, 0.78),
    "c_sleep14": ("14天深度睡眠计划", "14-Day Deep Sleep Plan", 14, False, 0.40, 0.46),
    "c_anxiety5": ("焦虑急救5课", "Anxiety First Aid (5 lessons)", 5, False, 0.74, 0.86),
    "c_focus10": ("专注力训练营", "Focus Bootcamp", 10, False, 0.52, 0.66),
    "c_breath7": ("呼吸法入门", "Breathwork Basics", 7, False, 0.62, 0.76),
}
GOAL_COURSE = {"sleep": ["c_sleep14", "c_mindful7"], "stress": ["c_mindful7", "c_breath7"],
               "focus": ["c_focus10", "c_breath7"], "anxiety": ["c_anxiety5", "c_mindful7"]}


def price_local(market: str, plan: str, t: datetime) -> tuple[float, str]:
    if market == "China":
        return {"monthly": 38.0, "annual": 258.0, "lifetime": 698.0}[plan], "CNY"
    if plan == "monthly":
        return 14.99, "AUD"
    return (89.99 if t >= AU_PRICE_RISE else 69.99), "AUD"


def to_cny(amount_local: float, currency: str) -> float:
    return round(amount_local * (FX_AUD if currency == "AUD" else 1.0), 2)


def app_version(device: str, channel: str, t: datetime) -> str:
    if channel == "mini_program":
        return "mp-3.1" if t < datetime(2025, 7, 1) else "mp-3.4"
    if device == "ios":
        steps = [(datetime(2025, 5, 6), "4.2.0"), (datetime(2025, 9, 2), "4.5.0"), (datetime(2026, 1, 12), "4.8.0"),
                 (BUG_AUDIO[0], "5.0.1"), (datetime(2026, 4, 10), "5.2.0"), (BUG_AUDIO[1], "5.2.3")]
    else:
        steps = [(datetime(2025, 5, 6), "4.2.0"), (BUG_SIGN[0], "4.5.1"), (BUG_SIGN[1], "4.6.0"),
                 (datetime(2026, 1, 12), "4.6.2"), (BUG_AUDIO[0], "5.0.1"), (BUG_AUDIO[1], "5.2.1")]
    for until, v in steps:
        if t < until:
            return v
    return "5.3.0"


# ---------------------------------------------------------------- state
EVENTS: list[dict] = []
ORDERS: list[dict] = []
EXPERIMENTS: list[dict] = []
ASSIGNED: dict[str, str] = {}
TICKETS: list[tuple] = []          # (cust, ts, category)
FB_HINTS: list[tuple] = []         # (cust, ts, topic_hint, channel) extra feedback drawn from experiences
counter = {"ev": 0, "ord": 0, "sess": 0, "tk": 0}


def new_session() -> str:
    counter["sess"] += 1
    return f"s{counter['sess']:07d}"


def ev(c: dict, t: datetime, tp: str, action: str, sess: str | None = None, **extra) -> None:
    if t < START or t > END:
        return
    counter["ev"] += 1
    row = {"event_id": f"e{counter['ev']:07d}", "customer_id": c["customer_id"], "ts": t, "touchpoint_id": tp,
           "session_id": sess or new_session(), "action": action, "device": c["device"], "channel": c["first_channel"],
           "market": c["market"], "app_version": app_version(c["device"], c["first_channel"], t)}
    row.update(extra)
    EVENTS.append(row)


def order(c: dict, t: datetime, order_type: str, plan: str, status: str, local: float, currency: str, **extra) -> str:
    counter["ord"] += 1
    oid = f"o{counter['ord']:06d}"
    if t < START or t > END:
        counter["ord"] -= 1
        return ""
    ORDERS.append({"order_id": oid, "customer_id": c["customer_id"], "ts": t, "amount": to_cny(local, currency),
                   "status": status, "channel": c["first_channel"], "device": c["device"], "order_type": order_type,
                   "plan": plan, "market": c["market"], "currency": currency, "amount_local": round(local, 2),
                   "pay_method": c["pay_method"], "app_version": app_version(c["device"], c["first_channel"], t),
                   **extra})
    return oid


# ---------------------------------------------------------------- customers
MONTHS = [(2025, m) for m in range(1, 13)] + [(2026, m) for m in range(1, 9)]


def month_weight(y, m):
    w = 1.0 + 0.25 * (MONTHS.index((y, m)) / 19)
    if m == 1:
        w *= 1.55           # new-year resolutions
    if m in (3, 10):
        w *= 1.1
    if m == 2 and y == 2025:
        w *= 0.9
    return w


def install_time() -> datetime:
    w = [month_weight(*ym) for ym in MONTHS]
    y, m = MONTHS[int(rng.choice(len(MONTHS), p=np.array(w) / sum(w)))]
    nxt = datetime(y + (m == 12), m % 12 + 1, 1)
    first = datetime(y, m, 1)
    span = (nxt - first).total_seconds()
    t = first + timedelta(seconds=float(rng.uniform(0, span)))
    return evening(t, 7, 24) if R() < 0.8 else t


def make_customer(i: int, legacy: bool) -> dict:
    market = "China" if R() < 0.68 else "Australia"
    regs = CN_REGIONS if market == "China" else AU_REGIONS
    reg = regs[int(rng.choice(len(regs), p=np.array([r[3] for r in regs]) / sum(r[3] for r in regs)))]
    acq = pick(*(CN_ACQ if market == "China" else AU_ACQ))
    if market == "China":
        first_channel = "mini_program" if (acq == "wechat_share" and R() < 0.62) or R() < 0.08 else "app"
        device = "ios" if (acq == "app_store_search" or (acq != "android_store" and R() < 0.38)) else "android"
        lang = "zh-Hans" if R() < 0.97 else "en"
    else:
        first_channel = "app"
        device = "ios" if (acq == "app_store_search" or (acq != "google_play_search" and R() < 0.58)) else "android"
        lang = "en" if R() < 0.84 else "zh-Hans"
    if first_channel == "mini_program":
        store, pay = "wechat", "wechat_pay"
    elif device == "ios":
        store, pay = "app_store", "apple_iap"
    elif market == "Australia":
        store, pay = "google_play", "google_play"
    else:
        store = pick(["huawei_appgallery", "xiaomi_store", "oppo_store", "vivo_store"], [40, 22, 20, 18])
        pay = pick(["alipay", "wechat_pay"], [55, 45])
    if legacy:
        y = int(rng.choice([2023, 2024], p=[0.35, 0.65]))
        inst = datetime(y, int(rng.integers(1, 13)), int(rng.integers(1, 29)), int(rng.integers(7, 24)),
                        int(rng.integers(0, 60)))
    else:
        inst = install_time()
    goal = pick(list(GOALS), [44, 30, 14, 12])
    return {
        "customer_id": f"c{i:05d}", "market": market, "市场": "中国大陆" if market == "China" else "澳大利亚",
        "region": reg[0], "地区": reg[1], "city": pick(reg[2]), "acquisition_channel": acq,
        "first_channel": first_channel, "device": device, "app_language": lang, "store": store, "pay_method": pay,
        "gender": pick(["female", "male", "undisclosed"], [58, 36, 6]),
        "age_band": pick(["18-24", "25-34", "35-44", "45-54", "55+"], [18, 38, 24, 12, 8]),
        "goal": goal, "目标": GOALS[goal], "push_opt_in": R() < 0.62, "installed_at": inst, "legacy": legacy,
        "signup_at": None, "first_session": None, "active_until": None, "sub_periods": [], "plan": None,
        "trial_started": None, "sign_fail": False, "refunded_at": None, "lifetime": False, "paid_cny": 0.0,
        "last_active": inst, "sleep_tracker": pick(["apple_health", "huawei_health", "google_fit", "none"],
                                                   [30, 15, 8, 47] if market == "China" else [40, 0, 15, 45]),
    }


# ---------------------------------------------------------------- life simulation
def onboarding(c: dict) -> None:
    t = c["installed_at"]
    s = new_session()
    ev(c, t, "tp_install", "view", s, store=c["store"], install_source=c["acquisition_channel"])
    if R() > 0.87:
        return
    t += timedelta(minutes=float(rng.uniform(0.5, 6)))
    ev(c, t, "tp_goal_quiz", "submit", s, goal=c["goal"])
    p_signup = 0.93 if c["first_channel"] == "mini_program" else (0.58 if c["market"] == "China" else 0.70)
    if R() > p_signup:
        return
    t += timedelta(minutes=float(rng.uniform(0.5, 8))) if R() < 0.88 else days(rng.uniform(0.5, 4))
    method = ("wechat" if c["first_channel"] == "mini_program" else
              pick(["phone_sms", "wechat", "apple_id"] if c["device"] == "ios" and c["market"] == "China" else
                   ["phone_sms", "wechat"] if c["market"] == "China" else
                   ["apple_id", "email"] if c["device"] == "ios" else ["google", "email"]))
    if t > END:
        return
    ev(c, t, "tp_signup", "success", s, login_method=method)
    c["signup_at"] = t
    c["login_method"] = method
    c["last_active"] = t
    p_first = 0.82 if c["goal"] != "focus" else 0.74
    if R() > p_first:
        return
    t += hours(rng.exponential(5)) if R() < 0.7 else days(rng.uniform(0.5, 5))
    if t > END:
        return
    content = choose_content(c, premium_ok=False)
    ev(c, t, "tp_first_session", "success", s if (t - c["signup_at"]).total_seconds() < 3600 else None,
       content_id=content[0], content_title=content[1], content_title_en=content[2], content_type=content[3],
       minutes=content[4] if content[3] != "soundscape" else int(rng.integers(10, 61)))
    c["first_session"] = t
    reminder = R() < (0.70 if c["push_opt_in"] else 0.38)
    if reminder:
        t2 = t + timedelta(minutes=float(rng.uniform(0.3, 3)))
        ev(c, t2, "tp_reminder_set", "submit", reminder_time=pick(["07:00", "12:30", "21:30", "22:30"], [20, 10, 40, 30]))
    p_streak = 0.62 if reminder else 0.27
    engaged = R() < p_streak
    if engaged:
        ev(c, evening(t + days(rng.integers(2, 4)), 20, 24), "tp_streak_3", "success", streak_days=3)
    mean_life = 70 if engaged else 14
    c["active_until"] = min(END, t + days(rng.exponential(mean_life) + 1))
    c["engaged"] = engaged


def choose_content(c: dict, premium_ok: bool):
    idx = CONTENT if premium_ok else [x for x in CONTENT if not x[5]]
    w = []
    for x in idx:
        m = x[7] if c["market"] == "China" else x[8]
        if x[6] == c["goal"]:
            m *= 2.5
        w.append(m)
    return pick(idx, w)


def paywall_and_trial(c: dict) -> None:
    if c["signup_at"] is None:
        return
    base = c["first_session"] or c["signup_at"]
    if R() > (0.86 if c["first_session"] else 0.35):
        return
    t = base + (hours(rng.uniform(0.05, 2)) if R() < 0.5 else days(rng.exponential(4)))
    attempt_trial(c, t, first=True)


def trial_sign_broken(c: dict, t: datetime) -> bool:
    return (c["market"] == "China" and c["device"] == "android" and c["first_channel"] == "app"
            and BUG_SIGN[0] <= t < BUG_SIGN[1])


def attempt_trial(c: dict, t: datetime, first: bool) -> None:
    if t > END:
        return
    s = new_session()
    trigger = pick(["premium_content", "onboarding_offer", "course_lock", "settings"], [45, 30, 15, 10])
    ev(c, t, "tp_paywall", "view", s, paywall_trigger=trigger)
    c["last_active"] = max(c["last_active"], t)
    p_plan = 0.66 if c["market"] == "China" else 0.60
    if R() > p_plan:
        # maybe comes back to the paywall later
        if first and R() < 0.45 and c.get("active_until"):
            t2 = t + days(rng.uniform(3, 40))
            if t2 < c["active_until"]:
                attempt_trial(c, t2, first=False)
        return
    t += timedelta(minutes=float(rng.uniform(0.3, 4))) if R() < 0.85 else days(rng.uniform(1, 9))
    if c["market"] == "China":
        plan = "monthly" if R() < 0.44 else "annual"
    else:
        plan = "monthly" if R() < (0.40 if t < AU_PRICE_RISE else 0.62) else "annual"
    local, cur = price_local(c["market"], plan, t)
    ev(c, t, "tp_plan_select", "click", s, plan=plan, price_local=local, currency=cur)
    if trial_sign_broken(c, t):
        if R() < 0.92:
            ev(c, t + timedelta(seconds=float(rng.uniform(5, 40))), "tp_plan_select", "fail", s, plan=plan,
               price_local=local, currency=cur, fail_reason="contract_sign_failed", pay_method=c["pay_method"])
            c["sign_fail"] = True
            if R() < 0.6:
                TICKETS.append((c, t + hours(rng.uniform(0.2, 30)), "trial_activation"))
            if R() < 0.5:
                FB_HINTS.append((c, t + hours(rng.uniform(0.5, 72)), "trial_fail", "app_review"))
            if R() < 0.3:   # comes back after the fix
                t2 = max(BUG_SIGN[1], t) + days(rng.uniform(1, 30))
                attempt_trial(c, t2, first=False)
            return
    if R() > 0.86:
        return
    t += timedelta(seconds=float(rng.uniform(20, 200)))
    ev(c, t, "tp_trial_start", "success", s, plan=plan, trial_days=7, pay_method=c["pay_method"])
    c["trial_started"] = t
    c["plan"] = plan
    # trial outcome
    p_conv = 0.6 if c["first_channel"] == "mini_program" else (0.54 if c["market"] == "China" else 0.5)
    if c["acquisition_channel"] in PAID_SOCIAL:
        p_conv *= 0.47
    if plan == "annual":
        p_conv *= 0.95
    c["active_until"] = max(c["active_until"] or t, min(END, t + days(7)))
    if R() < p_conv:
        tc = t + days(7) + hours(rng.uniform(0, 2))
        if tc > END:
            return
        local, cur = price_local(c["market"], plan, tc)
        oid = order(c, tc, "subscription_new", plan, "paid", local, cur, renewal_no=0)
        ev(c, tc, "tp_trial_convert", "success", plan=plan, order_id=oid, price_local=local, currency=cur,
           pay_method=c["pay_method"])
        p_ref = (0.06 if c["market"] == "China" else 0.10) * (1.4 if plan == "annual" else 0.7)
        if R() < p_ref:
            # forgot to cancel the trial: refund
            for o in ORDERS[::-1]:
                if o["order_id"] == oid:
                    o["status"] = "refunded"
                    o["refund_reason"] = "forgot_to_cancel_trial"
                    break
            c["refunded_at"] = tc
            if R() < 0.62:
                TICKETS.append((c, tc + hours(rng.uniform(1, 40)), "refund_request"))
            if R() < 0.4:
                FB_HINTS.append((c, tc + hours(rng.uniform(1, 96)), "trial_charge",
                                 pick(["app_review", "social"], [70, 30])))
            return
        c["paid_cny"] += to_cny(local, cur)
        subscription(c, tc, plan)
    else:
        if R() < 0.86:
            ev(c, t + days(rng.uniform(0.2, 6.9)), "tp_trial_cancel", "submit", plan=plan)
        else:
            tc = t + days(7) + hours(rng.uniform(0, 2))
            local, cur = price_local(c["market"], plan, tc)
            order(c, tc, "subscription_new", plan, "cancelled", local, cur, renewal_no=0,
                  fail_reason=pick(["insufficient_funds", "card_expired", "contract_revoked"], [50, 25, 25]))


def cancel_reason_for(c: dict, t: datetime, plan: str) -> str:
    w = {"too_expensive": 18, "not_using": 34, "found_alternative": 12, "technical_issue": 6,
         "content_not_enough": 16, "other": 14}
    if c["market"] == "Australia" and t >= AU_PRICE_RISE and plan == "annual":
        w["too_expensive"] = 90
    if c["device"] == "ios" and c["first_channel"] == "app" and BUG_AUDIO[0] <= t < BUG_AUDIO[1]:
        w["technical_issue"] = 40
    return pick(list(w), list(w.values()))


def subscription(c: dict, start: datetime, plan: str) -> None:
    """renewal cycles from `start` (the first paid day) until churn or the end of the data."""
    period = 30 if plan == "monthly" else 365
    t = start
    n = 0
    discount = 1.0
    sub_start = start
    while True:
        renew = t + days(period)
        if renew > END:
            c["sub_periods"].append((sub_start, END))
            return
        # the churn decision before this renewal
        if plan == "monthly":
            p_cancel = 0.11 if c["market"] == "China" else 0.13
        else:
            p_cancel = 0.30 if c["market"] == "China" else (0.58 if renew >= AU_PRICE_RISE else 0.32)
        if c["device"] == "ios" and c["first_channel"] == "app" and BUG_AUDIO[0] <= renew < BUG_AUDIO[1]:
            p_cancel *= 1.5
        if c["acquisition_channel"] in PAID_SOCIAL:
            p_cancel *= 1.25
        rem_lead = 7 if plan == "annual" else 2
        remind = R() < 0.96
        reminded = False

        def reminder(at_renew):
            ev(c, evening(at_renew - days(rem_lead), 9, 21), "tp_renew_reminder", "view", plan=plan, renewal_no=n + 1,
               reminder_channel=pick(["push", "email"] if c["market"] == "Australia" else ["push", "sms"], [70, 30]))

        if R() < p_cancel:
            if plan == "annual":
                lead = rng.uniform(0.5, 6.5) if R() < 0.6 else rng.uniform(7.5, 40)
            else:
                lead = rng.uniform(0.5, 20)
            tc = max(t + hours(2), renew - days(lead))
            if remind and tc > renew - days(rem_lead) + days(1):
                reminder(renew)
                reminded = True
            s = new_session()
            ev(c, tc, "tp_cancel_start", "click", s, plan=plan)
            saved = False
            if R() < 0.94:
                tc += timedelta(seconds=float(rng.uniform(15, 120)))
                reason = cancel_reason_for(c, tc, plan)
                ev(c, tc, "tp_cancel_reason", "submit", s, plan=plan, cancel_reason=reason, 退订原因=CANCEL_REASONS[reason])
                if R() < 0.96:
                    tc += timedelta(seconds=float(rng.uniform(3, 30)))
                    if SAVE_AB[0] <= tc <= SAVE_AB[1]:
                        variant = ASSIGNED.get(c["customer_id"])
                        if variant is None:   # sticky: one assignment per customer
                            variant = "pause_1m" if R() < 0.5 else "discount_30"
                            ASSIGNED[c["customer_id"]] = variant
                            EXPERIMENTS.append({"experiment_id": "save_offer_2026", "variant": variant,
                                                "customer_id": c["customer_id"], "assigned_at": tc,
                                                "market": c["market"], "plan": plan})
                        p_acc = 0.40 if variant == "pause_1m" else 0.19
                        offer = variant
                    else:
                        offer = "discount_20"
                        p_acc = 0.17
                    if reason == "too_expensive" and offer != "pause_1m":
                        p_acc *= 1.3
                    if reason == "not_using" and offer == "pause_1m":
                        p_acc *= 1.2
                    ev(c, tc, "tp_save_offer", "view", s, plan=plan, offer=offer, cancel_reason=reason,
                       退订原因=CANCEL_REASONS[reason])
                    if R() < p_acc:
                        ev(c, tc + timedelta(seconds=float(rng.uniform(5, 60))), "tp_offer_accept", "click", s,
                           offer=offer)
                        saved = True
                        if offer == "pause_1m":
                            renew += days(30)
                        else:
                            discount = 0.7 if offer == "discount_30" else 0.8
                    elif R() < 0.92:
                        ev(c, tc + timedelta(seconds=float(rng.uniform(5, 60))), "tp_cancel_confirm", "success", s,
                           plan=plan, cancel_reason=reason, 退订原因=CANCEL_REASONS[reason])
                        c["sub_periods"].append((sub_start, renew))
                        if (reason == "too_expensive" and c["market"] == "Australia" and tc >= AU_PRICE_RISE
                                and R() < 0.35):
                            FB_HINTS.append((c, tc + hours(rng.uniform(0, 72)), "price",
                                             pick(["app_review", "social"], [75, 25])))
                        if reason == "technical_issue" and R() < 0.3:
                            FB_HINTS.append((c, tc + hours(rng.uniform(0, 48)), "hard_cancel_or_tech", "app_review"))
                        return
                    else:
                        saved = True
                else:
                    saved = True  # closed the app at the reason page: auto-renew stays on
            else:
                saved = True
            _ = saved
        # the renewal itself
        if remind and not reminded:
            reminder(renew)
        n += 1
        local, cur = price_local(c["market"], plan, renew)
        local = round(local * discount, 2)
        offer_tag = {0.7: "discount_30", 0.8: "discount_20"}.get(discount, "")
        discount = 1.0
        ta = renew + hours(rng.uniform(0, 3))
        s = new_session()
        ev(c, ta, "tp_renew_attempt", "submit", s, plan=plan, renewal_no=n, price_local=local, currency=cur,
           pay_method=c["pay_method"])
        ok = R() < 0.945
        if not ok:
            reason = pick(["insufficient_funds", "card_expired", "contract_revoked"], [45, 35, 20])
            order(c, ta, "subscription_renewal", plan, "cancelled", local, cur, renewal_no=n, fail_reason=reason,
                  offer=offer_tag)
            ev(c, ta + timedelta(seconds=5), "tp_renew_attempt", "fail", s, plan=plan, renewal_no=n,
               fail_reason=reason, pay_method=c["pay_method"])
            ta = ta + days(3) + hours(rng.uniform(0, 2))
            if R() < 0.5 and ta <= END:
                s = new_session()
                ev(c, ta, "tp_renew_attempt", "submit", s, plan=plan, renewal_no=n, price_local=local,
                   currency=cur, pay_method=c["pay_method"], retry=True)
                ok = True
            else:
                c["sub_periods"].append((sub_start, renew))
                return
        if ta > END:
            c["sub_periods"].append((sub_start, END))
            return
        oid = order(c, ta + timedelta(seconds=4), "subscription_renewal", plan, "paid", local, cur, renewal_no=n,
                    offer=offer_tag)
        if ta >= START:
            c["paid_cny"] += to_cny(local, cur)
        ev(c, ta + timedelta(seconds=4), "tp_renew_success", "success", s, plan=plan, renewal_no=n, order_id=oid,
           price_local=local, currency=cur)
        if R() < 0.78:
            ev(c, ta + days(rng.exponential(2.2)) + hours(rng.uniform(0, 3)), "tp_post_renew_session", "success",
               renewal_no=n)
        t = ta


def legacy_subscription(c: dict) -> None:
    plan = "monthly" if R() < 0.55 else "annual"
    c["plan"] = plan
    c["signup_at"] = c["installed_at"] + timedelta(minutes=5)
    c["first_session"] = c["signup_at"] + hours(2)
    c["engaged"] = True
    c["login_method"] = "wechat" if c["first_channel"] == "mini_program" else pick(["phone_sms", "email", "apple_id"])
    period = 30 if plan == "monthly" else 365
    paid_from = min(c["installed_at"] + days(rng.uniform(8, 120)), START - days(rng.uniform(1, 25)))
    # move forward to the last renewal before START
    k = int((START - paid_from).days // period)
    last = paid_from + days(k * period)
    if last + days(period) <= START:
        last += days(period)
    c["active_until"] = END
    subscription(c, last, plan)


def plays(c: dict) -> None:
    if c["first_session"] is None:
        return
    spans = []
    if c["active_until"] and c["first_session"] < c["active_until"]:
        spans.append((max(c["first_session"], START), c["active_until"], 0.028, False))
    for a, b in c["sub_periods"]:
        spans.append((max(a, START), min(b, END), 0.045, True))
    if c["trial_started"]:
        spans.append((c["trial_started"], min(END, c["trial_started"] + days(7)), 0.16, True))
    if c["lifetime"]:
        spans.append((c["lifetime"], END, 0.045, True))
    for a, b, rate, premium in spans:
        d = (b - a).total_seconds() / 86400
        if d <= 0:
            continue
        n = int(rng.poisson(rate * d))
        for _ in range(n):
            t = a + days(rng.uniform(0, d))
            x = choose_content(c, premium)
            if x[6] == "sleep" or x[3] == "sleep_story":
                t = evening(t, 21, 25.5)
            elif R() < 0.5:
                t = evening(t, 6.5, 9)
            if t > END or t < START:
                continue
            ios_bug = c["device"] == "ios" and c["first_channel"] == "app" and BUG_AUDIO[0] <= t < BUG_AUDIO[1]
            done = R() < (0.52 if ios_bug else 0.84 if x[3] != "soundscape" else 0.9)
            full = x[4] if x[3] != "soundscape" else int(rng.integers(15, 61))
            mins = full if done else max(1, int(full * rng.uniform(0.1, 0.8)))
            ev(c, t, "tp_play", "play", content_id=x[0], content_title=x[1], content_title_en=x[2],
               content_type=x[3], minutes=mins, play_completed=done, interrupted=(not done and ios_bug and R() < 0.8))
            c["last_active"] = max(c["last_active"], t)
            if ios_bug and not done and R() < 0.05:
                FB_HINTS.append((c, t + hours(rng.uniform(0.1, 30)), "playback",
                                 pick(["app_review", "social"], [80, 20])))


def courses(c: dict) -> None:
    if c["first_session"] is None:
        return
    premium_spans = list(c["sub_periods"])
    if c["trial_started"]:
        premium_spans.append((c["trial_started"], c["trial_started"] + days(7)))
    if c["lifetime"]:
        premium_spans.append((c["lifetime"], END))
    n_courses = 0
    p = 0.55 if premium_spans else 0.22
    taken = set()
    while R() < p and n_courses < 3:
        if premium_spans and R() < 0.75:
            a, b = premium_spans[int(rng.integers(len(premium_spans)))]
        else:
            a, b = c["first_session"], c["active_until"] or c["first_session"] + days(10)
        a, b = max(a, START), min(b, END)
        if b <= a:
            break
        t = a + days(rng.uniform(0, (b - a).total_seconds() / 86400))
        cid = pick(GOAL_COURSE[c["goal"]], [70, 30]) if R() < 0.8 else pick(list(COURSES))
        if cid in taken:
            break
        taken.add(cid)
        n_courses += 1
        p = 0.3
        zh, en, lessons, free, p_half, p_done = COURSES[cid]
        info = dict(course_id=cid, course_name=zh, course_name_en=en, lessons=lessons)
        s = new_session()
        ev(c, t, "tp_course_page", "view", s, **info)
        premium = any(x <= t <= y for x, y in premium_spans)
        if not (free or premium):
            if R() < 0.4:
                attempt_trial(c, t + timedelta(seconds=20), first=False) if c["trial_started"] is None else None
            continue
        if R() > 0.72:
            continue
        t += timedelta(seconds=float(rng.uniform(10, 120)))
        ev(c, t, "tp_course_enroll", "click", s, **info)
        if R() > 0.86:
            continue
        t += hours(rng.uniform(0.05, 30))
        ev(c, t, "tp_lesson_first", "success", lesson_no=1, **info)
        if R() > p_half:
            continue
        half = lessons // 2 + 1
        t += days((half - 1) * rng.uniform(1.0, 1.7))
        ev(c, evening(t, 7, 24), "tp_course_halfway", "success", lesson_no=half, **info)
        if R() > p_done:
            continue
        t += days((lessons - half) * rng.uniform(1.0, 1.8))
        ev(c, evening(t, 7, 24), "tp_course_complete", "success", lesson_no=lessons, **info)


def lifetime_promo(c: dict) -> None:
    if c["market"] != "China" or c["sub_periods"] or c["first_session"] is None:
        return
    if not (c["active_until"] and c["active_until"] >= DOUBLE11[0] and c["first_session"] <= DOUBLE11[1]):
        return
    if R() < 0.2:
        t = DOUBLE11[0] + days(rng.uniform(0, 10.99))
        t = evening(t, 10, 24)
        s = new_session()
        ev(c, t, "tp_promo_page", "view", s, promo="double11_2025")
        oid = order(c, t + timedelta(minutes=2), "lifetime", "lifetime", "paid", 698.0, "CNY", promo="double11_2025")
        ev(c, t + timedelta(minutes=2), "tp_promo_page", "success", s, plan="lifetime", price_local=698.0,
           currency="CNY", order_id=oid, promo="double11_2025")
        c["lifetime"] = t
        c["plan"] = "lifetime"
        c["paid_cny"] += 698.0
        c["active_until"] = END


def ticket_base(c: dict) -> None:
    if c["signup_at"] is None:
        return
    p = 0.07 + (0.07 if c["sub_periods"] else 0)
    if R() < p:
        a = max(c["signup_at"], START)
        b = min(END, max(c["last_active"], a + days(5)))
        t = a + days(rng.uniform(0, max(0.1, (b - a).total_seconds() / 86400)))
        cat = pick(["billing_dispute", "account_login", "content_request", "other", "refund_request"],
                   [22, 26 if c["market"] == "China" else 12, 22, 18, 10])
        TICKETS.append((c, t, cat))
    # the iOS playback bug
    if c["device"] == "ios" and c["first_channel"] == "app":
        for a, b in [(c["first_session"], c["active_until"])] + c["sub_periods"]:
            if a is None or b is None:
                continue
            a, b = max(a, BUG_AUDIO[0]), min(b, BUG_AUDIO[1])
            if b > a and R() < 0.16 * min(1.0, (b - a).days / 60):
                TICKETS.append((c, a + days(rng.uniform(0, (b - a).total_seconds() / 86400)), "playback_issue"))
                break


def tickets() -> None:
    TICKETS.sort(key=lambda x: (x[1], x[0]["customer_id"]))
    for c, t, cat in TICKETS:
        if t > END or t < START:
            continue
        counter["tk"] += 1
        no = f"TK{counter['tk']:05d}"
        team = "cd_support" if c["market"] == "China" else "syd_support"
        if c["market"] == "Australia" and c["app_language"] == "zh-Hans" and R() < 0.6:
            team = "cd_support"
        info = dict(ticket_no=no, ticket_category=cat, 工单类型=TICKET_CATS[cat], agent_team=team)
        ev(c, t, "tp_ticket_open", "submit", **info,
           contact=pick(["in_app_chat", "email", "wechat_service"] if c["market"] == "China" else ["in_app_chat", "email"]))
        if R() > 0.97:
            continue
        rh = float(rng.lognormal(np.log(1.8 if team == "cd_support" else 6.5), 0.6))
        if cat == "playback_issue" and BUG_AUDIO[0] <= t < datetime(2026, 5, 1):
            rh *= 1.8
        t2 = t + hours(rh)
        ev(c, t2, "tp_ticket_reply", "submit", response_hours=round(rh, 2), **info)
        p_res = {"trial_activation": 0.55, "playback_issue": 0.62, "billing_dispute": 0.85, "refund_request": 0.9,
                 "account_login": 0.93, "content_request": 0.8, "other": 0.88}[cat]
        if team == "syd_support":
            p_res -= 0.04
        resolved = R() < p_res
        if resolved:
            rd = float(rng.gamma(2.0, 1.3 if cat not in ("trial_activation", "playback_issue") else 3.0))
            t3 = t2 + days(rd)
            ev(c, t3, "tp_ticket_resolved", "success", resolution_days=round((t3 - t).total_seconds() / 86400, 2),
               **info)
        else:
            t3 = t2 + days(rng.uniform(1, 10))
        if R() < (0.5 if resolved else 0.3):
            base = {"trial_activation": 2.6, "playback_issue": 2.8, "billing_dispute": 3.3, "refund_request": 3.9,
                    "account_login": 4.1, "content_request": 4.0, "other": 3.9}[cat]
            csat = int(np.clip(round(base + (0.6 if resolved else -1.4) + rng.normal(0, 0.8)), 1, 5))
            tr = t3 + hours(rng.uniform(0.2, 48))
            ev(c, tr, "tp_ticket_rated", "submit", csat=csat, **info)
            if R() < 0.6 and tr <= END:
                FB_HINTS.append((c, tr, ("ticket", cat, csat), "ticket"))


# ---------------------------------------------------------------- feedback text
TEXT = {
    "playback": {
        "zh": ["锁屏以后声音中断，睡着一半被吵醒", "最近更新后声音中断好几次，睡眠故事根本听不完",
               "iPhone上放白噪音老是声音中断，太影响入睡了", "新版本一锁屏就声音中断，只能开着屏幕睡，耗电",
               "声音中断的问题什么时候修？付了年费体验这么差", "听到一半声音中断，又得爬起来点播放"],
        "en": ["Since the update the audio cuts out when my screen locks.", "Sleep story audio cuts out halfway, so annoying at 1am.",
               "The audio cuts out every time my iPhone locks. Please fix!", "Paying for premium and the audio cuts out mid-meditation.",
               "Audio cuts out after a few minutes in the background on iOS."],
        "s": "negative", "tp": "tp_play"},
    "trial_fail": {
        "zh": ["开通不了试用，一直提示签约失败", "想试用会员但是开通不了，点了好几次都报错",
               "支付宝免密签约页面报错，开通不了试用", "安卓版开通不了免费试用，客服也说在处理"],
        "en": ["Couldn't start the trial, the payment contract page keeps failing.", "I couldn't start the trial on Android, error every time."],
        "s": "negative", "tp": "tp_trial_start"},
    "trial_charge": {
        "zh": ["试用期扣费没有任何提醒，忘了取消就被扣了", "试用期扣费太坑了，到期前能不能提醒一下",
               "七天试用期扣费没通知我，申请退款还要等好久"],
        "en": ["Got charged after the trial without any warning.", "I was charged after the trial ended, wish there was a reminder.",
               "Charged after the trial even though I thought I had cancelled. Want a refund."],
        "s": "negative", "tp": "tp_trial_convert"},
    "price": {
        "zh": ["年费太贵了，学生党用不起", "会员太贵了，功能和免费版差不多", "内容不错就是太贵，打折再买",
               "涨价以后太贵了，不续了"],
        "en": ["The new annual price is too expensive for what it is.", "Love the app but AUD 89.99 a year is too expensive.",
               "Too expensive compared to last year, not renewing.", "Good content but too expensive for a student."],
        "s": "negative", "tp": "tp_paywall"},
    "sleep_praise": {
        "zh": ["用了两周睡得更好了，入睡快多了", "每晚听睡眠故事，睡得更好了，半夜不怎么醒", "失眠好多年，现在睡得更好了，感谢"],
        "en": ["I sleep better than I have in years.", "The sleep stories really help me sleep better.",
               "Two weeks in and I sleep better, falling asleep much faster."],
        "s": "positive", "tp": "tp_play"},
    "voice_praise": {
        "zh": ["主播声音很治愈，听着就放松", "雨夜书店的旁白声音很治愈", "配音声音很治愈，比别的冥想app舒服"],
        "en": ["Such a soothing voice on the sleep stories.", "The narrator has a soothing voice, instantly calming.",
               "Soothing voice and lovely background sounds."],
        "s": "positive", "tp": "tp_play"},
    "course_praise": {
        "zh": ["正念入门课程很有帮助，每天十分钟刚好", "焦虑急救的课程很有帮助，工作压力小了", "课程很有帮助，讲得很清楚"],
        "en": ["The mindfulness course was really helpful for a beginner.", "Anxiety First Aid course was really helpful at work.",
               "The breathwork course was really helpful."],
        "s": "positive", "tp": "tp_course_complete"},
    "repetitive": {
        "zh": ["内容重复，更新太慢了", "睡眠故事内容重复，听来听去就那几个", "最近感觉内容重复，没什么新东西"],
        "en": ["Content feels repetitive after a month.", "Sleep stories are getting repetitive, need new ones.",
               "A bit repetitive, same meditations over and over."],
        "s": "negative", "tp": "tp_play"},
    "notifications": {
        "zh": ["推送太多了，一天好几条", "推送太多，关了又自己打开", "推送太多有点烦"],
        "en": ["Too many notifications, turned them all off.", "Way too many notifications every day.",
               "Too many notifications pushing the upgrade."],
        "s": "negative", "tp": "tp_reminder_set"},
    "hard_cancel": {
        "zh": ["退订太麻烦了，找了半天入口", "退订太麻烦，还要填问卷再看优惠", "关自动续费退订太麻烦"],
        "en": ["It's hard to cancel, the button is buried in settings.", "Really hard to cancel, three screens of offers.",
               "Hard to cancel the subscription in the app."],
        "s": "negative", "tp": "tp_cancel_start"},
    "offline": {
        "zh": ["希望支持离线下载，飞机上没法听", "离线下载老是失败", "离线下载的内容过几天就没了"],
        "en": ["Please add offline download for flights.", "Offline download keeps failing.",
               "Offline download disappears after a few days."],
        "s": "negative", "tp": "tp_play"},
    "login": {
        "zh": ["收不到验证码，登录不了", "验证码要等好几分钟", "换手机以后验证码一直发不过来"],
        "en": ["Never got the verification code, can't log in.", "Verification code takes ages to arrive."],
        "s": "negative", "tp": "tp_signup"},
    "crash": {
        "zh": ["安卓打开就闪退", "播放到一半闪退", "更新以后闪退好几次"],
        "en": ["App keeps crashing on my Android phone.", "It crashed twice during a meditation.",
               "Crashes on launch since the last update."],
        "s": "negative", "tp": "tp_play"},
    "generic_pos": {
        "zh": ["挺好用的，推荐", "界面简洁，很舒服", "每天都用，很喜欢", "不错不错", "很适合睡前用"],
        "en": ["Great app, use it every night.", "Clean design, very calming.", "Love it.", "Five stars, highly recommend.",
               "Part of my evening routine now."],
        "s": "positive", "tp": None},
    "generic_neu": {
        "zh": ["还行吧，一般般", "凑合用", "功能还可以，没什么特别的", "刚开始用，再看看"],
        "en": ["It's okay.", "Does the job.", "Fine, nothing special.", "Just started, will see."],
        "s": "neutral", "tp": None},
    "generic_neg": {
        "zh": ["不好用", "体验很差，卸载了", "没什么用，浪费时间"],
        "en": ["Not for me, uninstalled.", "Disappointing.", "Didn't do anything for me."],
        "s": "negative", "tp": None},
}
MARKERS = {"playback": ["声音中断", "audio cuts out"], "trial_fail": ["开通不了", "couldn't start the trial"],
           "trial_charge": ["试用期扣费", "charged after the trial"], "price": ["太贵", "too expensive"],
           "sleep_praise": ["睡得更好", "sleep better"], "voice_praise": ["声音很治愈", "soothing voice"],
           "course_praise": ["课程很有帮助", "course was really helpful"], "repetitive": ["内容重复", "repetitive"],
           "notifications": ["推送太多", "too many notifications"], "hard_cancel": ["退订太麻烦", "hard to cancel"],
           "offline": ["离线下载", "offline download"], "login": ["验证码", "verification code"],
           "crash": ["闪退", "crash"]}

TICKET_TOPIC = {"trial_activation": "trial_fail", "playback_issue": "playback", "refund_request": "trial_charge",
                "billing_dispute": "trial_charge", "account_login": "login"}


def topic_weights(c: dict | None, t: datetime | None, market: str, device: str | None) -> dict:
    w = {"sleep_praise": 14, "voice_praise": 9, "course_praise": 4, "generic_pos": 18, "generic_neu": 8,
         "generic_neg": 3, "repetitive": 3.5, "notifications": 2.5, "hard_cancel": 1.5, "offline": 2.5,
         "login": 2.0 if market == "China" else 0.5, "crash": 2.5 if device == "android" else 0.6,
         "price": 3.0, "trial_charge": 1.2, "playback": 0.25, "trial_fail": 0.0}
    if t is not None:
        if market == "Australia" and t >= AU_PRICE_RISE:
            w["price"] = 11
        if device == "ios" and BUG_AUDIO[0] <= t < BUG_AUDIO[1] and (c is None or c["first_channel"] == "app"):
            ramp = min(1.0, 0.25 + (t - BUG_AUDIO[0]).days / 110)
            w["playback"] = 30 * ramp
        if c is not None and c["sign_fail"] and BUG_SIGN[0] <= t < BUG_SIGN[1] + timedelta(days=20):
            w["trial_fail"] = 40
        if c is not None and c["refunded_at"] and abs((t - c["refunded_at"]).days) < 10:
            w["trial_charge"] = 30
    return w


FEEDBACK: list[dict] = []
TRUTH: list[dict] = []


def add_fb(topic: str, lang: str, t: datetime | None, c: dict | None, channel: str, **extra) -> None:
    spec = TEXT[topic]
    text = pick(spec[lang])
    sent = spec["s"]
    fid = f"f{len(FEEDBACK) + 1:05d}"
    row = {"feedback_id": fid, "text": text, "ts": t, "customer_id": c["customer_id"] if c else None,
           "touchpoint_id": spec["tp"], "channel": channel, "rating": None, "nps": None, "language": lang,
           "market": c["market"] if c else extra.pop("market", None), "device": c["device"] if c else None}
    row.update(extra)
    FEEDBACK.append(row)
    TRUTH.append({"feedback_id": fid, "topic": topic, "sentiment": sent})


def star(sent: str) -> int:
    if sent == "negative":
        return int(pick([1, 2, 3], [55, 35, 10]))
    if sent == "positive":
        return int(pick([4, 5], [30, 70]))
    return int(pick([3, 4], [65, 35]))


def lang_of(c: dict) -> str:
    return "zh" if c["app_language"] == "zh-Hans" else "en"


def feedback(custs: list[dict]) -> None:
    active = [c for c in custs if c["first_session"] is not None]
    # app store reviews
    for c in active:
        if c["first_channel"] == "mini_program":
            p = 0.2
            channel = "mini_program_feedback"
        else:
            p = 0.22
            channel = "app_review"
        if R() > p:
            continue
        a = max(c["first_session"], START)
        b = min(END, max(c["last_active"], a + days(3)))
        t = a + days(rng.uniform(0, (b - a).total_seconds() / 86400))
        w = topic_weights(c, t, c["market"], c["device"])
        topic = pick(list(w), list(w.values()))
        rating = star(TEXT[topic]["s"]) if channel == "app_review" else None
        add_fb(topic, lang_of(c), t, c, channel, rating=rating,
               store=c["store"] if channel == "app_review" else None, app_version=app_version(c["device"], c["first_channel"], t))
    # experiences (trial failures, refunds, playback bug, tickets)
    for c, t, hint, channel in FB_HINTS:
        if t > END:
            continue
        if isinstance(hint, tuple):
            _, cat, csat = hint
            topic = TICKET_TOPIC.get(cat)
            if topic is None:
                topic = "generic_pos" if csat >= 4 else "generic_neu" if csat == 3 else "generic_neg"
            add_fb(topic, lang_of(c), t, c, "ticket", rating=csat)
            FEEDBACK[-1]["touchpoint_id"] = "tp_ticket_rated"
            continue
        if hint == "hard_cancel_or_tech":
            topic = "hard_cancel" if R() < 0.5 else "playback" if c["device"] == "ios" and BUG_AUDIO[0] <= t < BUG_AUDIO[1] else "crash"
        else:
            topic = hint
        if channel == "social":
            platform = pick(["weibo", "xiaohongshu", "douyin"]) if lang_of(c) == "zh" else pick(["instagram", "reddit"])
            add_fb(topic, lang_of(c), t, None, "social", platform=platform, market=c["market"])
        else:
            ch = "mini_program_feedback" if c["first_channel"] == "mini_program" else "app_review"
            add_fb(topic, lang_of(c), t, c, ch, rating=1 if ch == "app_review" and R() < 0.7 else (2 if ch == "app_review" else None),
                   store=c["store"] if ch == "app_review" else None,
                   app_version=app_version(c["device"], c["first_channel"], t))
    # NPS waves
    for wave, (a, b) in {"2025-06": (datetime(2025, 6, 10), datetime(2025, 6, 20)),
                         "2025-12": (datetime(2025, 12, 8), datetime(2025, 12, 18)),
                         "2026-06": (datetime(2026, 6, 8), datetime(2026, 6, 18))}.items():
        pool = [c for c in active if c["first_session"] <= a and c["last_active"] >= a - timedelta(days=60)]
        idx = rng.permutation(len(pool))[:400]
        for i in idx:
            c = pool[int(i)]
            t = a + days(rng.uniform(0, (b - a).days))
            subscribed = any(x <= t <= y for x, y in c["sub_periods"]) or bool(c["lifetime"])
            base = 8.4 if subscribed else 7.3
            if c["device"] == "ios" and c["first_channel"] == "app" and BUG_AUDIO[0] <= t < BUG_AUDIO[1]:
                base -= 2.6
            if c["market"] == "Australia" and t >= AU_PRICE_RISE:
                base -= 1.0
            score = int(np.clip(round(base + rng.normal(0, 2.0)), 0, 10))
            if R() > 0.8:
                continue  # no comment left: not exported
            w = topic_weights(c, t, c["market"], c["device"])
            if score >= 9:
                for k in list(w):
                    if TEXT[k]["s"] == "negative":
                        w[k] = 0
            elif score <= 6:
                for k in list(w):
                    if TEXT[k]["s"] == "positive":
                        w[k] *= 0.1
                    elif TEXT[k]["s"] == "negative":
                        w[k] *= 2.0
            topic = pick(list(w), list(w.values()))
            add_fb(topic, lang_of(c), t, c, "nps_survey", nps=score, survey_wave=wave)
    # social listening: dated rows (vendor monthly feed) and an undated vendor export
    for k in range(330):
        undated = k >= 190
        market = "China" if R() < 0.62 else "Australia"
        lang = "zh" if market == "China" or R() < 0.15 else "en"
        if undated:
            t = None
            w = topic_weights(None, None, market, None)
            w["playback"] = 6
            w["price"] = 6 if market == "Australia" else 3
        else:
            y, m = MONTHS[int(rng.integers(len(MONTHS)))]
            t = evening(datetime(y, m, int(rng.integers(1, 29))), 8, 24)
            w = topic_weights(None, t, market, pick(["ios", "android"], [55, 45]))
        topic = pick(list(w), list(w.values()))
        platform = pick(["weibo", "xiaohongshu", "douyin"]) if lang == "zh" else pick(["instagram", "reddit", "facebook"])
        add_fb(topic, lang, t, None, "social", platform=platform, market=market,
               export_batch="vendor_2026Q3" if undated else "vendor_monthly")


# ---------------------------------------------------------------- main
def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    custs = []
    n_new, n_legacy = 5300, 800
    for i in range(1, n_new + n_legacy + 1):
        custs.append(make_customer(i, legacy=i > n_new))
    custs.sort(key=lambda c: c["installed_at"])
    for i, c in enumerate(custs, 1):
        c["customer_id"] = f"c{i:05d}"
    for c in custs:
        if c["legacy"]:
            legacy_subscription(c)
        else:
            onboarding(c)
            paywall_and_trial(c)
        lifetime_promo(c)
        courses(c)
        plays(c)
        ticket_base(c)
    tickets()
    feedback(custs)

    # customers table
    ext = END
    rows = []
    for c in custs:
        subscribed_now = any(b >= END for a, b in c["sub_periods"]) or bool(c["lifetime"])
        ever_paid = bool(c["sub_periods"]) or bool(c["lifetime"])
        in_trial = c["trial_started"] is not None and c["trial_started"] + days(7) > END
        if c["installed_at"] >= datetime(2026, 8, 1):
            seg = "new"
        elif subscribed_now:
            seg = "subscriber"
        elif in_trial:
            seg = "trialist"
        elif ever_paid:
            seg = "churned"
        elif c["last_active"] >= ext - timedelta(days=30):
            seg = "free_active"
        else:
            seg = "dormant"
        if c["lifetime"]:
            tier = "lifetime"
        elif c["sub_periods"]:
            tier = "premium_" + c["plan"]
        else:
            tier = "free"
        status = ("active" if subscribed_now else "in_trial" if in_trial else
                  "cancelled" if ever_paid else "never_subscribed")
        rows.append({
            "customer_id": c["customer_id"], "signup_at": fmt(c["signup_at"]), "segment": seg, "region": c["region"],
            "acquisition_channel": c["acquisition_channel"], "tier": tier, "market": c["market"], "市场": c["市场"],
            "地区": c["地区"], "city": c["city"], "installed_at": fmt(c["installed_at"]),
            "first_channel": c["first_channel"], "device": c["device"], "store": c["store"],
            "app_language": c["app_language"], "gender": c["gender"], "age_band": c["age_band"], "goal": c["goal"],
            "目标": c["目标"], "login_method": c.get("login_method", ""), "push_opt_in": c["push_opt_in"],
            "sleep_tracker": c["sleep_tracker"], "subscription_status": status,
            "plan": c["plan"] if ever_paid or in_trial else "",
            "trial_started_at": fmt(c["trial_started"]), "lifetime_paid_cny": round(c["paid_cny"], 2),
            "last_active_at": fmt(c["last_active"]),
        })
    write(out / "customers.csv", rows)

    write(out / "touchpoints.csv", [
        {"touchpoint_id": t[0], "name": t[1], "name_zh": t[1], "name_en": t[2], "stage": t[3], "channel": t[4],
         "kind": t[5], "owner": t[6], "aliases": t[7]} for t in TOUCHPOINTS])
    write(out / "journeys.csv", [
        {"journey_id": j[0], "journey_name": f"{j[1]} {j[2]}", "journey_name_zh": j[1], "journey_name_en": j[2],
         "step": k, "touchpoint_id": tp, "window_days": j[3]} for j in JOURNEYS for k, tp in enumerate(j[4], 1)])

    EVENTS.sort(key=lambda r: (r["ts"], r["event_id"]))
    # a few rows arrive twice from the SDK retry queue (same event_id)
    dup_idx = rng.choice(len(EVENTS), size=int(len(EVENTS) * 0.006), replace=False)
    ev_rows = list(EVENTS) + [EVENTS[int(i)] for i in dup_idx]
    ev_rows.sort(key=lambda r: (r["ts"], r["event_id"]))
    cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "market",
            "app_version", "content_id", "content_title", "content_title_en", "content_type", "minutes",
            "play_completed", "interrupted", "course_id", "course_name", "course_name_en", "lessons", "lesson_no",
            "goal", "store", "install_source", "login_method", "reminder_time", "streak_days", "paywall_trigger",
            "plan", "price_local", "currency", "order_id", "pay_method", "trial_days", "fail_reason", "renewal_no",
            "retry", "reminder_channel", "cancel_reason", "退订原因", "offer", "promo", "ticket_no",
            "ticket_category", "工单类型", "agent_team", "contact", "response_hours", "resolution_days", "csat"]
    write(out / "events.csv", ev_rows, cols)

    ORDERS.sort(key=lambda r: (r["ts"], r["order_id"]))
    write(out / "orders.csv", ORDERS, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device",
                                       "order_type", "plan", "market", "currency", "amount_local", "pay_method",
                                       "renewal_no", "offer", "promo", "fail_reason", "refund_reason", "app_version"])
    fb_cols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
               "market", "device", "store", "platform", "survey_wave", "app_version", "export_batch"]
    write(out / "feedback.csv", FEEDBACK, fb_cols)
    write(out / "_truth" / "feedback_truth.csv", TRUTH)
    EXPERIMENTS.sort(key=lambda r: r["assigned_at"])
    write(out / "experiments.csv", EXPERIMENTS)
    print(f"customers {len(rows)}, events {len(ev_rows)}, orders {len(ORDERS)}, feedback {len(FEEDBACK)}, "
          f"experiments {len(EXPERIMENTS)}")
    return 0


def write(path: Path, rows: list[dict], cols: list[str] | None = None) -> None:
    cols = cols or list(rows[0].keys())

    def conv(v):
        if v is None:
            return ""
        t = type(v)
        if t is datetime:
            return v.isoformat(" ", "seconds")
        if t is bool:
            return "true" if v else "false"
        return v

    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            g = r.get
            w.writerow([conv(g(k)) for k in cols])


if __name__ == "__main__":
    raise SystemExit(main())
