"""澜屏视频 / LanScreen: a membership (会员) video streaming service, 2025-01-01 .. 2026-08-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md
(no experiments table). Deterministic (fixed seed), plain Python + numpy, a few seconds.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
START = datetime(2025, 1, 1)
END = datetime(2026, 8, 31, 23, 0, 0)
N = 6500
TV_BUG_FROM, TV_BUG_TO = datetime(2026, 3, 10), datetime(2026, 4, 21)   # TV app 5.2.0 -> 5.2.1 hotfix
PAYPAL_FROM = datetime(2026, 5, 1)                                      # PayPal gateway migration
D = timedelta

TOUCHPOINTS = [
    ("tp_ad", "广告点击", "Ad click", "awareness", "ads", "digital", "growth", "广告|投放|抖音广告|ad|ads|campaign"),
    ("tp_register", "注册登录", "Sign-up", "consideration", "app", "digital", "growth",
     "注册|登录|新用户注册|sign up|signup|registration|login"),
    ("tp_browse", "首页找片", "Browse catalog", "consideration", "app", "digital", "product",
     "首页|片库|找片|逛片库|browse|catalog|home page"),
    ("tp_title_page", "影片详情页", "Title page", "consideration", "app", "digital", "product",
     "详情页|剧集页|title page|detail page|show page"),
    ("tp_play", "开始播放", "Play start", "service", "app", "digital", "playback",
     "播放|起播|看片|点播|play|playback|watch|stream"),
    ("tp_buffering", "卡顿/播放报错", "Buffering / playback error", "service", "app", "digital", "playback",
     "卡顿|缓冲|转圈|播放失败|黑屏|报错|buffering|lag|stutter|playback error|stall"),
    ("tp_watch_complete", "看完（完播）", "Watched to the end", "service", "app", "digital", "playback",
     "完播|看完|追完|watched|completion|finished watching"),
    ("tp_vip_page", "会员开通页", "Membership page", "purchase", "app", "digital", "membership",
     "收银台|会员页|开通页|付费墙|paywall|membership page|plans page|checkout"),
    ("tp_trial_start", "领取免费试用", "Free trial start", "purchase", "app", "digital", "membership",
     "试用|免费试用|7天试用|领试用|free trial|trial|trial start"),
    ("tp_subscribe", "开通会员（付费）", "Paid subscription", "purchase", "app", "digital", "membership",
     "开通会员|付费开通|首次付费|试用转正|subscribe|subscription|first payment|paid conversion"),
    ("tp_payment_fail", "扣款失败", "Payment failed", "purchase", "app", "digital", "payments",
     "扣费失败|支付失败|续费失败|payment failure|failed charge|declined"),
    ("tp_renewal", "自动续费成功", "Auto-renewal", "loyalty", "app", "digital", "membership",
     "续费|自动续费|连续包月|续订|renewal|auto-renew|renew"),
    ("tp_cancel", "关闭自动续费", "Cancel auto-renewal", "loyalty", "app", "digital", "membership",
     "退订|取消订阅|取消续费|关闭续费|取消试用|cancel|cancellation|unsubscribe|churn"),
    ("tp_refund", "退款", "Refund", "service", "app", "digital", "payments", "退费|退钱|refund"),
    ("tp_cs_ticket", "客服工单", "Support ticket", "service", "other", "digital", "customer_service",
     "客服|工单|投诉|人工客服|support|ticket|complaint|customer service"),
]
JOURNEYS = [
    ("trial_to_paid", "试用转付费", "Trial to paid", 10, ["tp_trial_start", "tp_subscribe"]),
    ("browse_to_watch", "找片到看完", "Browse to watch", 1,
     ["tp_browse", "tp_title_page", "tp_play", "tp_watch_complete"]),
    ("signup_to_member", "注册到开会员", "Sign-up to membership", 30,
     ["tp_register", "tp_browse", "tp_vip_page", "tp_subscribe"]),
]
REGIONS = [("华东", 0.26), ("华北", 0.19), ("华南", 0.18), ("西南", 0.12), ("东南亚", 0.14), ("北美", 0.11)]
INTL = {"东南亚", "北美"}
ACQ = [("app_store", 0.32), ("douyin_ads", 0.26), ("referral", 0.12), ("partner_bundle", 0.14), ("tv_preinstall", 0.16)]
TRIAL_P = {"app_store": 0.5, "douyin_ads": 0.55, "referral": 0.6, "partner_bundle": 0.4, "tv_preinstall": 0.5}
CONV_P = {"app_store": 0.5, "douyin_ads": 0.2, "referral": 0.7, "partner_bundle": 0.45, "tv_preinstall": 0.48}
GENRES = [("drama", 0.32), ("movie", 0.22), ("variety", 0.13), ("anime", 0.12), ("sports", 0.09),
          ("documentary", 0.06), ("kids", 0.06)]
TITLES = {
    "drama": ["雾港谜案", "长街灯火", "云间客栈", "她的第二人生"],
    "movie": ["逆风航线", "最后一班地铁", "山海巡礼"],
    "variety": ["周末合伙人", "声临其境季", "一起去露营"],
    "anime": ["星砂少年", "灵猫事务所"],
    "sports": ["亚冠联赛直播", "NBA常规赛直播", "中超集锦"],
    "documentary": ["江河万里", "味觉地图"],
    "kids": ["小熊一家", "恐龙探险队"],
}
PRICE = {"monthly": 25.0, "svip_monthly": 39.0, "annual": 218.0}
CYCLE = {"monthly": 30, "svip_monthly": 30, "annual": 365}
REASONS = [("too_expensive", 0.34), ("not_watching", 0.26), ("content_gaps", 0.2), ("switched_service", 0.12),
           ("playback_issues", 0.08)]
ERR = ["E_NET_1001", "E_CDN_2004", "E_TIMEOUT_1105"]

T = dict(
    buffer_tv=dict(neg=[("电视上更新完5.2.0以后一直转圈卡顿，根本看不了", "Since the 5.2.0 TV update it buffers every few minutes"),
                        ("TV端播放到一半黑屏报错，重启也没用", "TV app goes black mid-episode with a decode error"),
                        ("客厅电视看剧卡成PPT了，会员白买", "Playback on my smart TV stutters constantly, unwatchable")]),
    buffer=dict(neg=[("网络没问题但视频老是缓冲", "Video keeps buffering even on good wifi"),
                     ("看一会儿就卡一下，体验很差", "Lag spikes every few minutes, annoying")]),
    sports=dict(neg=[("体育直播延迟太严重了，比朋友晚一分钟知道进球", "Live match stream is a minute behind, spoilers everywhere"),
                     ("开了会员看比赛还要另外买体育包，太坑", "Paid for VIP and still need a separate sports pass?!"),
                     ("比赛直播画质只有720p，还经常卡", "Sports streams are stuck at 720p and laggy"),
                     ("解说音画不同步", "Commentary audio out of sync with the match")],
                pos=[("比赛直播很流畅", "Match stream was smooth today")]),
    autocharge=dict(neg=[("试用结束没提醒就自动扣费了，要求退款", "Trial ended and I was charged without any reminder, want a refund"),
                         ("我根本不知道开了自动续费，莫名其妙扣了钱", "I forgot to cancel the free trial and got billed, please refund"),
                         ("关闭自动续费的入口藏得太深了", "Cancelling auto-renew is hidden so deep in settings")]),
    paypal=dict(neg=[("PayPal续费一直扣款失败，会员直接掉了", "PayPal renewal keeps failing and my membership got cut off"),
                     ("换了PayPal付款也不行，续费总提示支付失败", "Renewal via PayPal declined three times, my account is fine")]),
    payfail=dict(neg=[("续费扣款失败，银行卡明明有钱", "Renewal payment failed although my card is fine")]),
    content=dict(neg=[("开了会员还有广告，体验差", "Still seeing ads even as a VIP member"),
                      ("想看的剧没有版权，片库太少", "The show I wanted isn't on the service"),
                      ("超前点播还要单独付费，吃相难看", "Paying extra for early episodes on top of VIP is greedy")],
                 pos=[("片库很全，更新也快", "Great catalogue and new episodes come out fast"),
                      ("4K画质很清晰，值这个价", "Crisp 4K picture, worth the price"),
                      ("推荐的剧都很对胃口", "Recommendations are spot on"),
                      ("动画更新及时，字幕也好", "Anime drops on time with good subtitles")]),
    login=dict(neg=[("注册收不到验证码", "Never received the verification code at sign-up")],
               pos=[("扫码登录电视很方便", "QR-code login on the TV is super convenient")]),
    price=dict(neg=[("会员又涨价了，考虑退订", "Membership price keeps going up, thinking of cancelling")]),
)


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, fb, custs = [], [], [], []
    days = (END - START).days

    def pick(opts):
        p = np.array([o[1] for o in opts])
        return opts[int(rng.choice(len(opts), p=p / p.sum()))][0]

    def version(dev, t, lag):
        t = t - D(days=lag)
        if dev == "tv":
            return ("5.0.4" if t < datetime(2025, 9, 1) else "5.1.3" if t < TV_BUG_FROM
                    else "5.2.0" if t < TV_BUG_TO else "5.2.1")
        if dev == "ios":
            return "8.6.0" if t < datetime(2025, 11, 1) else "8.7.2"
        if dev == "android":
            return "8.6.1" if t < datetime(2025, 11, 1) else "8.7.0"
        return ""

    def ev(c, t, tp, action, **kw):
        if t <= END:
            events.append(dict(cid=c["id"], ts=t, tp=tp, action=action, dev=c["dev"],
                               ver=version(c["dev"], t, c["lag"]), sess=kw.pop("sess", ""), **kw))
        return t

    def comment(c, t, tp, topic, sent, channel, **kw):
        if t > END:
            return
        opts = T[topic][sent]
        zh, en = opts[int(rng.integers(len(opts)))]
        english = rng.random() < (0.8 if c["region"] in INTL else 0.12)
        fb.append(dict(text=en if english else zh, ts=t, cid=c["id"], tp=tp, channel=channel, sent=sent,
                       dev=c["dev"], ver=version(c["dev"], t, c["lag"]), genre=kw.get("genre", ""),
                       pay=kw.get("pay", ""), topic=topic))

    def order(c, t, amount, status, otype, plan, pay, reason=""):
        if t <= END:
            orders.append(dict(cid=c["id"], ts=t, amount=amount, status=status, type=otype, plan=plan, pay=pay,
                               dev=c["dev"], reason=reason,
                               channel="partner" if pay == "carrier_billing" else
                               ("app_store" if pay == "apple_iap" else ("web" if c["dev"] == "web" else "app"))))

    def fail_p(pay, t):
        if pay == "paypal" and t >= PAYPAL_FROM:
            return 0.4
        return {"credit_card": 0.06, "apple_iap": 0.02}.get(pay, 0.035)

    def membership(c, t, plan, first_via_trial):
        """Paid membership from t (first charge already decided by the caller). Returns the end time."""
        pay = c["pay"]
        price = 15.0 if pay == "carrier_billing" and plan == "monthly" else PRICE[plan]
        if not first_via_trial and plan == "annual" and datetime(2025, 11, 1) <= t < datetime(2025, 11, 12):
            price = 168.0                                                   # 双11 annual promo
        ev(c, t, "tp_subscribe", "success", plan=plan, pay=pay)
        c["plan"] = plan
        if first_via_trial and rng.random() < 0.08:                         # "didn't know it would charge"
            tk = ev(c, t + D(hours=float(rng.uniform(3, 60))), "tp_cs_ticket", "submit")
            comment(c, tk, "tp_subscribe", "autocharge", "neg", "ticket", pay=pay)
            ev(c, tk + D(hours=float(rng.uniform(2, 48))), "tp_refund", "refund", plan=plan, pay=pay)
            order(c, t, price, "refunded", "first_purchase", plan, pay)
            c["paid_ever"] = True
            return tk
        order(c, t, price, "paid", "first_purchase", plan, pay)
        c["paid_ever"] = True
        if c["fav"] == "sports" and rng.random() < 0.3:
            order(c, t + D(days=float(rng.uniform(1, 20))), 30.0, "paid", "addon_sports", plan, pay)
        r = t
        while True:
            r = r + D(days=CYCLE[plan])
            if r > END:
                c["active"] = True
                return END
            p_cancel = 0.3 if plan == "annual" else (0.14 if c["acq"] == "douyin_ads" else 0.07)
            bug = c["dev"] == "tv" and TV_BUG_FROM <= r - D(days=c["lag"]) < TV_BUG_TO + D(days=20)
            if bug:
                p_cancel += 0.25
            if c["fav"] == "sports":
                p_cancel += 0.04
            if rng.random() < p_cancel:
                reason = "playback_issues" if bug and rng.random() < 0.7 else pick(REASONS)
                if c["fav"] == "sports" and rng.random() < 0.3:
                    reason = "content_gaps"
                ct = ev(c, r - D(days=float(rng.uniform(1, 20))), "tp_cancel", "cancel", plan=plan, reason=reason)
                if rng.random() < 0.06:
                    comment(c, ct, "tp_cancel", "price", "neg", "survey")
                return r
            if rng.random() < fail_p(pay, r):
                ev(c, r, "tp_payment_fail", "fail", plan=plan, pay=pay)
                order(c, r, 15.0 if price == 15.0 else PRICE[plan], "cancelled", "renewal", plan, pay,
                      reason=("gateway_error" if pay == "paypal" and r >= PAYPAL_FROM else
                              pick([("insufficient_funds", 0.5), ("card_expired", 0.3), ("bank_declined", 0.2)])))
                if rng.random() < 0.3:
                    tk = ev(c, r + D(hours=float(rng.uniform(1, 48))), "tp_cs_ticket", "submit")
                    comment(c, tk, "tp_payment_fail", "paypal" if pay == "paypal" and r >= PAYPAL_FROM else "payfail",
                            "neg", "ticket", pay=pay)
                retry = 0.15 if pay == "paypal" and r >= PAYPAL_FROM else 0.45
                if rng.random() < retry:
                    r = r + D(days=3)
                    if r > END:
                        return END
                else:
                    return r
            ev(c, r, "tp_renewal", "success", plan=plan, pay=pay)
            order(c, r, 15.0 if price == 15.0 else PRICE[plan], "paid", "renewal", plan, pay)

    def session(c, t, allow_paywall):
        sid = f"S{c['id'][1:]}{c['ns']:03d}"
        c["ns"] += 1
        ev(c, t, "tp_browse", "view", sess=sid)
        t = t + D(minutes=float(rng.uniform(0.5, 6)))
        if rng.random() > 0.82:
            return
        genre = c["fav"] if rng.random() < 0.65 else pick(GENRES)
        title = TITLES[genre][int(rng.integers(len(TITLES[genre])))]
        if genre == "drama" and rng.random() < 0.35:
            title = "雾港谜案"                                               # the hit drama
        ev(c, t, "tp_title_page", "view", sess=sid, genre=genre, title=title)
        t = t + D(minutes=float(rng.uniform(0.2, 3)))
        if rng.random() > 0.85:
            return
        paywall = allow_paywall and rng.random() < c["pw"]
        if paywall:
            ev(c, t + D(seconds=20), "tp_vip_page", "view", sess=sid, genre=genre, title=title)
            c["pw"] = 0.15
            return t
        ev(c, t, "tp_play", "play", sess=sid, genre=genre, title=title)
        bugged = c["dev"] == "tv" and version(c["dev"], t, c["lag"]) == "5.2.0"
        p_buf = 0.6 if bugged else {"tv": 0.07, "web": 0.09}.get(c["dev"], 0.05) + (0.08 if genre == "sports" else 0)
        buf = rng.random() < p_buf
        if buf:
            for k in range(1 + int(rng.integers(3 if bugged else 2))):
                code = "E_DECODE_3002" if bugged and rng.random() < 0.8 else ERR[int(rng.integers(3))]
                ev(c, t + D(minutes=float(rng.uniform(2, 40)) + 40 * k), "tp_buffering", "stall" if k == 0 else "error",
                   sess=sid, genre=genre, title=title, code=code)
            if rng.random() < (0.13 if bugged else 0.025):
                comment(c, t + D(hours=float(rng.uniform(0.5, 30))), "tp_buffering",
                        "buffer_tv" if bugged else "buffer", "neg", "app_review", genre=genre)
        p_done = 0.22 if bugged else (0.45 if buf else 0.72)
        if genre == "sports":
            p_done -= 0.1
        if rng.random() < p_done:
            tc = ev(c, t + D(minutes=float(rng.uniform(25, 120))), "tp_watch_complete", "complete", sess=sid,
                    genre=genre, title=title)
            if rng.random() < 0.035:
                neg = rng.random() < (0.6 if genre == "sports" else 0.17)
                comment(c, tc + D(minutes=5), "tp_watch_complete", "sports" if genre == "sports" else "content",
                        "neg" if neg else "pos", "survey", genre=genre)
        if genre == "sports" and rng.random() < 0.03:
            comment(c, t + D(minutes=30), "tp_play", "sports", "neg", "app_review", genre=genre)
        return None

    for i in range(1, N + 1):
        t0 = START + D(days=float(days * rng.random() ** 0.8), hours=float(rng.uniform(7, 23)))
        region = pick(REGIONS)
        intl = region in INTL
        acq = pick(ACQ)
        if acq == "tv_preinstall":
            dev = "tv"
        else:
            dev = pick([("ios", 0.36), ("android", 0.38), ("tv", 0.12), ("web", 0.14)])
        if intl and acq == "partner_bundle":
            bundle = "grab"
        elif acq == "partner_bundle":
            bundle = "china_mobile" if rng.random() < 0.6 else "cmb_card"
        else:
            bundle = "none"
        if bundle == "china_mobile":
            pay = "carrier_billing"
        elif bundle in ("cmb_card", "grab"):
            pay = "credit_card"
        elif dev == "ios" and rng.random() < 0.6:
            pay = "apple_iap"
        elif intl:
            pay = "paypal" if rng.random() < 0.55 else "credit_card"
        else:
            pay = pick([("alipay", 0.55), ("wechat_pay", 0.4), ("credit_card", 0.05)])
        c = dict(id=f"U{i:05d}", t0=t0, region=region, acq=acq, dev=dev, bundle=bundle, pay=pay,
                 lag=float(rng.exponential(6)), fav=pick(GENRES), ns=0, pw=0.55, trial_used=False,
                 paid_ever=False, active=False, plan="", in_trial=False)
        custs.append(c)
        if acq == "douyin_ads":
            ev(c, t0 - D(minutes=float(rng.uniform(1, 90))), "tp_ad", "click")
        ev(c, t0, "tp_register", "submit")
        if rng.random() < 0.02:
            comment(c, t0 + D(hours=1), "tp_register", "login", "neg" if rng.random() < 0.5 else "pos", "app_review")
        t = t0 + D(minutes=float(rng.uniform(1, 30)))
        free_until = t0 + D(days=float(rng.exponential(25)))
        member_until = None
        while t <= END:
            member = member_until is not None and t < member_until
            if not member and t > free_until:
                break
            hit = session(c, t, allow_paywall=not member)
            if hit is not None:
                tv = hit + D(minutes=1)
                if bundle != "none" and not c["paid_ever"] and rng.random() < 0.75:
                    member_until = membership(c, tv + D(minutes=3), "monthly", False)
                elif not c["trial_used"] and rng.random() < TRIAL_P[acq]:
                    c["trial_used"] = True
                    plan = "svip_monthly" if (dev == "tv" and rng.random() < 0.6) or rng.random() < 0.1 else "monthly"
                    ts = ev(c, tv + D(minutes=2), "tp_trial_start", "start", plan=plan, pay=pay)
                    end_trial = ts + D(days=7)
                    if end_trial > END:
                        c["in_trial"] = True
                        member_until = END
                    elif rng.random() < CONV_P[acq]:
                        if rng.random() < fail_p(pay, end_trial):
                            ev(c, end_trial, "tp_payment_fail", "fail", plan=plan, pay=pay)
                            order(c, end_trial, PRICE[plan], "cancelled", "first_purchase", plan, pay,
                                  reason="gateway_error" if pay == "paypal" and end_trial >= PAYPAL_FROM
                                  else "insufficient_funds")
                            member_until = end_trial
                        else:
                            member_until = membership(c, end_trial, plan, True)
                    else:
                        ct = ev(c, ts + D(days=float(rng.uniform(0.3, 6.8))), "tp_cancel", "cancel_trial", plan=plan,
                                reason=pick(REASONS[:4]))
                        if rng.random() < 0.05:
                            comment(c, ct, "tp_cancel", "price", "neg", "survey")
                        member_until = end_trial
                elif rng.random() < 0.12:
                    plan = pick([("annual", 0.45), ("monthly", 0.4), ("svip_monthly", 0.15)])
                    member_until = membership(c, tv + D(minutes=4), plan, False)
                if member_until is not None:
                    free_until = max(free_until, member_until + D(days=float(rng.exponential(15))))
            gap = 9 if (member_until is not None and t < member_until) else 6
            t = t + D(days=float(rng.exponential(gap)), hours=float(rng.uniform(-3, 3)))

    # ---- feedback rows
    fb.sort(key=lambda r: r["ts"])
    rows_fb = []
    for k, r in enumerate(fb, 1):
        neg = r["sent"] == "neg"
        rating, nps = "", ""
        if r["channel"] in ("survey", "app_review") or rng.random() < 0.5:
            rating = int(rng.choice([1, 2, 3], p=[0.5, 0.35, 0.15]) if neg else rng.choice([3, 4, 5], p=[0.1, 0.35, 0.55]))
        if r["channel"] == "survey":
            nps = int(rng.integers(0, 7) if neg else rng.choice([6, 7, 8, 9, 10], p=[0.05, 0.15, 0.25, 0.3, 0.25]))
        no_date = r["channel"] != "ticket" and rng.random() < 0.06
        ts = "" if no_date else r["ts"].strftime("%Y-%m-%d %H:%M:%S")
        rows_fb.append([f"FB{k:05d}", r["text"], ts, r["cid"], r["tp"], r["channel"], rating, nps, r["sent"],
                        r["dev"], r["ver"], r["genre"], r["pay"]])
    fmt = lambda t: t.strftime("%Y-%m-%dT%H:%M:%S")  # noqa: E731
    with open(out / "touchpoints.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
        for tp in TOUCHPOINTS:
            w.writerow([tp[0], tp[1], tp[1], tp[2], *tp[3:]])
    with open(out / "journeys.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
                    "window_days"])
        for jid, zh, en, win, steps in JOURNEYS:
            for s, tp in enumerate(steps, 1):
                w.writerow([jid, zh, zh, en, s, tp, win])
    with open(out / "customers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "primary_device",
                    "partner_bundle", "payment_method", "favorite_genre"])
        for c in custs:
            seg = ("member" if c["active"] else "trial" if c["in_trial"] else
                   "churned" if c["paid_ever"] else "free")
            tier = c["plan"] if c["active"] else "free"
            w.writerow([c["id"], fmt(c["t0"]), seg, c["region"], c["acq"], tier, c["dev"], c["bundle"], c["pay"],
                        c["fav"]])
    events.sort(key=lambda e: (e["ts"], e["cid"]))
    with open(out / "events.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "session_id",
                    "app_version", "content_genre", "title", "plan", "payment_method", "cancel_reason", "error_code"])
        for k, e in enumerate(events, 1):
            ch = "ads" if e["tp"] == "tp_ad" else ("web" if e["dev"] == "web" else "tv_app" if e["dev"] == "tv" else "app")
            w.writerow([f"E{k:07d}", e["cid"], fmt(e["ts"]), e["tp"], e["action"], e["dev"], ch, e["sess"], e["ver"],
                        e.get("genre", ""), e.get("title", ""), e.get("plan", ""), e.get("pay", ""),
                        e.get("reason", ""), e.get("code", "")])
    orders.sort(key=lambda o: (o["ts"], o["cid"]))
    with open(out / "orders.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "plan",
                    "payment_method", "currency", "fail_reason"])
        for k, o in enumerate(orders, 1):
            w.writerow([f"O{k:06d}", o["cid"], fmt(o["ts"]), f"{o['amount']:.2f}", o["status"], o["channel"], o["dev"],
                        o["type"], o["plan"], o["pay"], "CNY", o["reason"]])
    with open(out / "feedback.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                    "sentiment_label", "device", "app_version", "content_genre", "payment_method"])
        w.writerows(rows_fb)
    print(f"{len(custs)} customers, {len(events)} events, {len(orders)} orders, {len(rows_fb)} feedback")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "streaming-data"))
