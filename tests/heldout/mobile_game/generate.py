"""星芒互娱 / Starglow Games — 《星穹竞技场 / Astral Arena》, a free-to-play mobile hero-battler on iOS and Android,
players in China and overseas, 2025-01-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 0)
N_REG = 3500                      # regular installs
N_LATAM = 520                     # the TikTok LATAM CPI campaign, Q4 2025
D = timedelta

CRASH_FROM, CRASH_TO = datetime(2026, 3, 10), datetime(2026, 4, 16)     # Android 2.3.0 tutorial crash
LAG_FROM = datetime(2025, 11, 1)                                         # SEA servers moved to a new host
SKIN_FROM = datetime(2025, 9, 1)                                         # limited skin bundle on sale
LATAM_FROM, LATAM_TO = datetime(2025, 10, 1), datetime(2025, 12, 15)

TOUCHPOINTS = [
    ("tp_install", "安装游戏", "Install", "awareness", "ads", "digital", "ua",
     "安装|下载|新增|激活|install|download|new install"),
    ("tp_tutorial_start", "开始新手教程", "Tutorial start", "consideration", "app", "digital", "game_design",
     "新手教程|新手引导|教程开始|tutorial|onboarding tutorial|tutorial start"),
    ("tp_tutorial_complete", "完成新手教程", "Tutorial complete", "consideration", "app", "digital", "game_design",
     "完成教程|通过新手引导|教程完成|tutorial complete|finished tutorial"),
    ("tp_daily_login", "每日登录", "Daily login", "loyalty", "app", "digital", "live_ops",
     "登录|签到|每日登录|连续登录|日活|login|daily login|login streak|check-in"),
    ("tp_match", "对局", "Match", "loyalty", "app", "digital", "game_design",
     "对局|比赛|匹配|开黑|排位|match|game|battle|ranked"),
    ("tp_crash", "闪退", "Crash", "service", "app", "digital", "client_tech",
     "闪退|崩溃|crash|app crash|force close"),
    ("tp_store_view", "商城", "Store", "consideration", "app", "digital", "monetization",
     "商城|商店|充值页面|store|shop|in-game store"),
    ("tp_purchase", "内购付费", "In-app purchase", "purchase", "app", "digital", "monetization",
     "付费|充值|内购|购买|首充|IAP|purchase|top-up|in-app purchase"),
    ("tp_purchase_fail", "支付失败", "Purchase failed", "purchase", "app", "digital", "monetization",
     "支付失败|充值失败|payment failed|purchase failed|declined"),
    ("tp_bp_page", "战令页面", "Battle pass page", "consideration", "app", "digital", "live_ops",
     "战令页面|通行证页面|battle pass page|pass page"),
    ("tp_bp_buy", "购买战令", "Battle pass purchase", "purchase", "app", "digital", "live_ops",
     "买战令|购买战令|开通战令|通行证|battle pass|buy battle pass|bp purchase"),
    ("tp_bp_renew", "战令续购", "Battle pass renewal", "loyalty", "app", "digital", "live_ops",
     "续战令|战令续费|下赛季战令|battle pass renewal|renew pass"),
    ("tp_event_join", "参加活动", "Event participation", "loyalty", "app", "digital", "live_ops",
     "活动|限时活动|赛季活动|节日活动|event|live event|seasonal event"),
    ("tp_cs_ticket", "客服工单", "Support ticket", "service", "app", "digital", "player_support",
     "客服|工单|投诉|support|ticket|customer service|help desk"),
]
JOURNEYS = [
    ("onboarding", "新手引导", "New player onboarding", 3,
     ["tp_install", "tp_tutorial_start", "tp_tutorial_complete", "tp_match"]),
    ("install_to_pay", "安装到首充", "Install to first purchase", 30,
     ["tp_install", "tp_tutorial_complete", "tp_store_view", "tp_purchase"]),
    ("bp_renewal", "战令购买与续购", "Battle pass purchase and renewal", 70, ["tp_bp_page", "tp_bp_buy", "tp_bp_renew"]),
]
# country, server region, weight, language
COUNTRIES = [("CN", None, 0.47), ("SG", "sea", 0.03), ("MY", "sea", 0.04), ("TH", "sea", 0.04), ("ID", "sea", 0.05),
             ("PH", "sea", 0.04), ("VN", "sea", 0.03), ("US", "na", 0.10), ("CA", "na", 0.02), ("BR", "na", 0.02),
             ("DE", "eu", 0.06), ("FR", "eu", 0.04), ("GB", "eu", 0.06)]
VERSIONS = [(datetime(2025, 1, 1), "2.0.0"), (datetime(2025, 4, 15), "2.1.0"), (datetime(2025, 9, 1), "2.2.0"),
            (CRASH_FROM, "2.3.0"), (CRASH_TO, "2.3.2"), (datetime(2026, 6, 1), "2.4.0")]
SKUS = {  # sku: (usd, cny)
    "gems_60": (0.99, 6), "starter_pack": (1.99, 12), "monthly_card": (4.99, 30), "gems_300": (4.99, 30),
    "gems_980": (14.99, 98), "gems_1980": (29.99, 198), "gems_6480": (99.99, 648),
    "skin_bundle_limited": (49.99, 328), "battle_pass": (9.99, 68)}
SKU_W = {
    "minnow": [("gems_60", .35), ("monthly_card", .3), ("gems_300", .3), ("skin_bundle_limited", .05)],
    "dolphin": [("gems_60", .08), ("gems_300", .25), ("monthly_card", .2), ("gems_980", .25), ("gems_1980", .1),
                ("skin_bundle_limited", .12)],
    "whale": [("gems_300", .08), ("monthly_card", .05), ("gems_980", .15), ("gems_1980", .25), ("gems_6480", .3),
              ("skin_bundle_limited", .17)],
}
SEASON0 = datetime(2025, 1, 6)
EVENTS = [("cny_2025", datetime(2025, 1, 25), datetime(2025, 2, 12)),
          ("summer_fest_2025", datetime(2025, 7, 10), datetime(2025, 8, 10)),
          ("halloween_2025", datetime(2025, 10, 24), datetime(2025, 11, 7)),
          ("winter_2025", datetime(2025, 12, 18), datetime(2026, 1, 5)),
          ("cny_2026", datetime(2026, 2, 10), datetime(2026, 3, 3)),
          ("anniversary_2026", datetime(2026, 5, 20), datetime(2026, 6, 10))]
MODES = [("ranked", .35), ("casual", .35), ("brawl_3v3", .2), ("event_mode", .1)]
ACQ_CN = [("organic", .35), ("douyin_ads", .3), ("bilibili_ads", .15), ("kol", .2)]
ACQ_OS = [("organic", .35), ("google_uac", .22), ("apple_search_ads", .13), ("tiktok_ads", .15), ("kol", .15)]
CAMPAIGN = {"douyin_ads": ["dy_launch_2025", "dy_cny_2026"], "bilibili_ads": ["bili_s3_2025"],
            "kol": ["kol_collab_2025"], "google_uac": ["uac_always_on"], "apple_search_ads": ["asa_brand"],
            "tiktok_ads": ["tt_sea_2026", "tt_global_2025"]}
MODELS_CN = ["Redmi Note 12", "Xiaomi 13", "HUAWEI nova 11", "OPPO Reno10", "vivo X90"]
MODELS_OS = ["Galaxy A54", "Galaxy S23", "Pixel 7", "Redmi Note 12"]
MODELS_IOS = ["iPhone 12", "iPhone 13", "iPhone 14", "iPhone 15"]

TEXT = {
    "crash_tutorial": {
        "zh": ["新手教程第二步就闪退，重装了三次还是进不去游戏", "刚下载，教程打到一半直接闪退，安卓手机根本玩不了",
               "更新2.3.0之后新手引导一直崩溃，退出重进也没用", "教程关卡加载完就闪退，一星", "新号进教程就闪退，白下载了"],
        "en": ["Game crashes during the tutorial every single time on my Android phone", "Crashed in the tutorial, "
               "reinstalled twice, still can't get past it", "Tutorial keeps crashing after the 2.3.0 update, unplayable",
               "App crashes at the tutorial loading screen. Uninstalling.", "Can't even finish the tutorial, it crashes"]},
    "crash_general": {
        "zh": ["打排位的时候偶尔闪退，掉分太难受了", "团战时闪退了两次，希望优化一下"],
        "en": ["Random crash mid-match, lost my ranked points", "Game crashed twice during team fights"]},
    "lag": {
        "zh": ["东南亚服延迟三百多，团战卡成PPT", "最近服务器特别卡，技能放不出来", "晚上一打就卡顿掉线，网络没问题",
               "卡顿太严重了，延迟一直红的"],
        "en": ["Constant lag on the SEA server, ping 250+ every evening", "So much lag lately, skills don't fire",
               "Ping is terrible since November, keeps disconnecting", "Unplayable lag in team fights, my wifi is fine",
               "High ping and rubber-banding every match"]},
    "refund_skin": {
        "zh": ["限定皮肤礼包买了跟宣传图不一样，要求退款", "孩子偷偷用我手机买了328的限定皮肤礼包，申请退款",
               "限定皮肤特效缩水，328元不值，退钱"],
        "en": ["The limited skin bundle looks nothing like the ad, I want a refund", "My kid bought the $49.99 skin "
               "bundle without permission, please refund", "Skin bundle effects are downgraded vs the trailer. Refund please"]},
    "pay_fail": {
        "zh": ["充值扣款了钻石没到账", "付款失败但是钱扣了，客服快处理", "充值一直提示支付失败"],
        "en": ["Charged but gems never arrived", "Payment failed but my card was charged", "Top-up keeps failing"]},
    "bp_value": {
        "zh": ["战令太贵了，奖励不值68", "这赛季战令奖励太水了，不续了"],
        "en": ["Battle pass rewards not worth it this season", "Battle pass is too expensive for what you get"]},
    "matchmaking": {
        "zh": ["匹配机制太烂，新手总遇到大佬", "排位连跪，匹配不公平"],
        "en": ["Matchmaking is unfair, always vs high level players", "Ranked matchmaking is broken"]},
    "cheating": {
        "zh": ["排位外挂太多了，举报没用", "遇到开挂的，希望封号"],
        "en": ["Too many hackers in ranked", "Cheaters everywhere, please ban them"]},
    "login_streak": {
        "zh": ["维护导致连续登录断签了，希望能补签", "签到奖励太少了"],
        "en": ["Lost my login streak because of maintenance, please restore it", "Daily login rewards are too small"]},
    "event": {
        "zh": ["周年庆活动很良心，奖励给力", "春节活动任务太肝了"],
        "en": ["Anniversary event was great, generous rewards", "Event grind is way too long"]},
    "positive": {
        "zh": ["画面很好，英雄平衡也不错，和朋友开黑很开心", "好玩，每天都上线", "手感不错，赛季更新很用心",
               "五星，比同类游戏良心"],
        "en": ["Great game, love playing with friends", "Fun and fair, best mobile arena game", "Smooth gameplay, "
               "great heroes", "Five stars, the new season is awesome"]},
    "neutral": {
        "zh": ["还行吧，玩法一般", "中规中矩，希望多出新英雄"],
        "en": ["It's ok, nothing special", "Decent game, needs more heroes"]},
}
TOPIC_TP = {"crash_tutorial": "tp_tutorial_start", "crash_general": "tp_match", "lag": "tp_match",
            "refund_skin": "tp_purchase", "pay_fail": "tp_purchase_fail", "bp_value": "tp_bp_buy",
            "matchmaking": "tp_match", "cheating": "tp_match", "login_streak": "tp_daily_login",
            "event": "tp_event_join", "positive": "tp_match", "neutral": "tp_match"}
TICKET_TOPIC = {"crash_tutorial": "crash", "crash_general": "crash", "lag": "lag", "refund_skin": "refund",
                "pay_fail": "payment", "bp_value": "battle_pass", "matchmaking": "other", "cheating": "cheating",
                "login_streak": "account", "event": "other", "positive": "other", "neutral": "other"}
SENT = {"positive": "pos", "neutral": "neu"}


def fmt(t):
    return "" if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


def version_at(t):
    v = VERSIONS[0][1]
    for d0, name in VERSIONS:
        if t >= d0:
            v = name
    return v


def season_of(t):
    k = (t - SEASON0).days // 56
    return max(k, 0) + 1, SEASON0 + D(days=56 * max(k, 0))


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, customers = [], [], [], []

    def pick(pairs):
        vals, w = zip(*pairs)
        w = np.array(w, dtype=float)
        return vals[int(rng.choice(len(vals), p=w / w.sum()))]

    def ev(c, ts, tp, action, **kw):
        if ts > END:
            return
        e = {"cid": c["id"], "ts": ts, "tp": tp, "action": action, "dev": c["dev"], "sess": c.get("sess", ""),
             "app_version": version_at(ts), "server_region": c["server"], "level": c["level"]}
        e.update(kw)
        events.append(e)

    def comment(c, ts, topic, channel, rating=None, nps=None, sku=""):
        if ts is not None and ts > END:
            return
        lang = c["lang"]
        txt = TEXT[topic][lang][int(rng.integers(len(TEXT[topic][lang])))]
        feedback.append({"ts": ts, "cid": c["id"], "tp": TOPIC_TP[topic], "channel": channel, "rating": rating,
                         "nps": nps, "text": txt, "c": c, "sku": sku, "topic": topic,
                         "ticket_topic": TICKET_TOPIC[topic] if channel == "ticket" else "",
                         "app_version": version_at(ts) if ts else "", "sent": SENT.get(topic, "neg")})

    def ticket(c, ts, topic, sku=""):
        if ts > END:
            return
        ev(c, ts, "tp_cs_ticket", "submit", ticket_topic=TICKET_TOPIC[topic])
        csat = int(rng.choice([1, 2, 3, 4, 5], p=[.25, .2, .2, .2, .15])) if rng.random() < 0.6 else None
        comment(c, ts, topic, "ticket", rating=csat, sku=sku)

    def order(c, ts, sku, season=""):
        if ts > END:
            return
        usd, cny = SKUS[sku]
        cn = c["country"] == "CN"
        amount = round(cny / 7.2, 2) if cn else usd
        if sku == "skin_bundle_limited":
            st = "refunded" if (r := rng.random()) < 0.17 else ("chargeback" if r < 0.26 else "paid")
        else:
            st = "refunded" if (r := rng.random()) < 0.02 else ("chargeback" if r < 0.026 else "paid")
        orders.append({"cid": c["id"], "ts": ts, "amount": amount, "status": st, "dev": c["dev"], "store": c["store"],
                       "sku": sku, "season": season, "country": c["country"], "server": c["server"],
                       "cur": "CNY" if cn else "USD", "local": cny if cn else usd,
                       "first": not c.get("has_order", False)})
        c["has_order"] = True
        if st == "paid":
            c["paid"] += amount
        if sku == "skin_bundle_limited" and st != "paid" and rng.random() < 0.5:
            ticket(c, ts + D(hours=float(rng.uniform(1, 48))), "refund_skin", sku)
        elif st != "paid" and rng.random() < 0.15:
            ticket(c, ts + D(hours=float(rng.uniform(1, 48))), "pay_fail", sku)

    # ---- installs
    def install_time(latam):
        if latam:
            return LATAM_FROM + D(days=float(rng.uniform(0, (LATAM_TO - LATAM_FROM).days)))
        while True:
            t = START + D(days=float(rng.uniform(0, (END - START).days)))
            bump = 1.0
            if datetime(2025, 1, 20) <= t <= datetime(2025, 2, 15) or datetime(2026, 2, 5) <= t <= datetime(2026, 3, 5):
                bump = 2.0
            if rng.random() < bump / 2.0:
                return t

    for i in range(N_REG + N_LATAM):
        latam = i >= N_REG
        if latam:
            country, server, acq, camp = pick([("BR", .6), ("MX", .4)]), "na", "tiktok_ads", "tt_latam_q4_2025"
        else:
            country, server, _ = COUNTRIES[int(rng.choice(len(COUNTRIES), p=[x[2] for x in COUNTRIES]))]
            if country == "CN":
                server = "cn_north" if rng.random() < 0.5 else "cn_south"
                acq = pick(ACQ_CN)
            else:
                acq = pick(ACQ_OS)
            camp = "" if acq == "organic" else CAMPAIGN[acq][int(rng.integers(len(CAMPAIGN[acq])))]
        t0 = install_time(latam).replace(microsecond=0)
        if camp == "dy_cny_2026" and t0 < datetime(2026, 1, 1):
            camp = "dy_launch_2025"
        if camp == "dy_launch_2025" and t0 >= datetime(2026, 1, 1):
            camp = "dy_cny_2026"
        if camp == "tt_sea_2026" and (t0 < datetime(2026, 1, 1) or server != "sea"):
            camp = "tt_global_2025"
        cn = country == "CN"
        dev = "ios" if rng.random() < (0.33 if cn else 0.45) else "android"
        if latam:
            dev = "android" if rng.random() < 0.85 else "ios"
        store = "app_store" if dev == "ios" else ("taptap" if cn else "google_play")
        model = (MODELS_IOS if dev == "ios" else (MODELS_CN if cn else MODELS_OS))
        model = model[int(rng.integers(len(model)))]
        spender = "f2p" if latam and rng.random() < 0.99 else pick(
            [("f2p", .80), ("minnow", .14), ("dolphin", .05), ("whale", .01 if not cn else .02)])
        if latam and spender != "f2p":
            spender = "minnow"
        c = {"id": f"P{i + 1:06d}", "t0": t0, "country": country, "server": server, "acq": acq, "camp": camp,
             "dev": dev, "store": store, "model": model, "spender": spender, "lang": "zh" if cn else "en",
             "level": 1, "matches": 0, "paid": 0.0, "last": t0, "bp": set(), "starter": False, "sess": ""}
        customers.append(c)
        c["sess"] = f"S{i + 1:06d}-0"
        ev(c, t0, "tp_install", "install", store=store, campaign=camp, device_model=model)
        # ---- tutorial
        t = t0 + D(minutes=float(rng.uniform(1, 8)))
        if rng.random() > (0.80 if latam else 0.95):
            continue
        ev(c, t, "tp_tutorial_start", "start")
        bug = dev == "android" and CRASH_FROM <= t < CRASH_TO
        crashed = False
        if bug and rng.random() < 0.55:
            crashed = True
            ev(c, t + D(minutes=float(rng.uniform(1, 4))), "tp_crash", "fail", crash_scene="tutorial",
               device_model=model)
            if rng.random() < 0.5:
                comment(c, t + D(hours=float(rng.uniform(0.2, 30))), "crash_tutorial",
                        "app_review", rating=1)
            if rng.random() < 0.15:
                ticket(c, t + D(hours=float(rng.uniform(0.5, 30))), "crash_tutorial")
            if rng.random() < 0.65:
                continue
            t = t + D(hours=float(rng.uniform(0.5, 20)))
            ev(c, t, "tp_tutorial_start", "start")
        if rng.random() > (0.45 if latam else 0.90):
            continue
        t = t + D(minutes=float(rng.uniform(6, 15)))
        ev(c, t, "tp_tutorial_complete", "complete")
        if rng.random() > 0.93:
            continue
        # ---- lifetime
        p_stay = 0.14 if latam else (0.45 if crashed else 0.62)
        if spender in ("dolphin", "whale"):
            p_stay = 0.95
        if rng.random() < p_stay:
            mean = {"f2p": 55, "minnow": 110, "dolphin": 200, "whale": 260}[spender]
            L = int(rng.exponential(mean)) + 1
        else:
            L = int(rng.integers(0, 3))
        p_act = float(rng.uniform(0.3, 0.85)) if not latam else float(rng.uniform(0.15, 0.4))
        if spender in ("dolphin", "whale"):
            p_act = max(p_act, 0.7)
        days = [0] + [d for d in range(1, L + 1) if rng.random() < p_act]
        if L >= 1 and 1 not in days and rng.random() < 0.3:
            days.insert(1, 1)
        day0 = datetime(t0.year, t0.month, t0.day)
        streak, prev, joined, bp_done = 0, None, set(), set()
        lag_upset = False
        for d in days:
            if d == 0:
                tl = t + D(minutes=2)
            else:
                tl = day0 + D(days=d, hours=float(rng.choice([8, 12, 13, 18, 19, 20, 21, 22, 23])),
                              minutes=float(rng.uniform(0, 59)))
            if tl > END:
                break
            c["sess"] = f"S{i + 1:06d}-{d}"
            streak = streak + 1 if prev is not None and d == prev + 1 else 1
            prev = d
            if d > 0:
                ev(c, tl, "tp_daily_login", "login", streak_day=streak)
            else:
                ev(c, t - D(minutes=1) if t - D(minutes=1) > t0 else t0 + D(seconds=30), "tp_daily_login", "login",
                   streak_day=1)
            c["last"] = tl
            tm = tl + D(minutes=float(rng.uniform(1, 4)))
            n_match = 1 + int(rng.poisson(1.3 if spender == "f2p" else 2.0))
            for m in range(n_match):
                mode = pick(MODES)
                sea_bad = server == "sea" and tm >= LAG_FROM
                if server == "sea":
                    lat = rng.normal(190, 55) if sea_bad else rng.normal(78, 18)
                else:
                    lat = {"cn_north": rng.normal(36, 9), "cn_south": rng.normal(40, 10),
                           "na": rng.normal(72, 18), "eu": rng.normal(66, 16)}[server]
                lat = int(max(12, lat))
                p_dc = 0.09 if sea_bad else 0.018
                res = "disconnect" if rng.random() < p_dc else ("win" if rng.random() < 0.5 else "loss")
                dur = round(float(rng.uniform(8, 18)), 1)
                ev(c, tm, "tp_match", "disconnect" if res == "disconnect" else "complete", game_mode=mode,
                   latency_ms=lat, result=res, duration_min=dur)
                if rng.random() < (0.006 if dev == "android" else 0.003):
                    ev(c, tm + D(minutes=3), "tp_crash", "fail", crash_scene="match", device_model=model)
                    if rng.random() < 0.2:
                        comment(c, tm + D(minutes=20), "crash_general", "app_review", rating=int(rng.choice([1, 2, 3])))
                c["matches"] += 1
                c["level"] = min(80, 1 + int(3 * math.sqrt(c["matches"])))
                tm = tm + D(minutes=dur + float(rng.uniform(1, 5)))
                if sea_bad and not lag_upset and rng.random() < 0.03:
                    lag_upset = True
                    if rng.random() < 0.55:
                        comment(c, tm, "lag", "app_review", rating=int(rng.choice([1, 2])))
                    else:
                        ticket(c, tm, "lag")
            # events
            for name, a, b in EVENTS:
                if a <= tl <= b + D(days=1) and name not in joined and rng.random() < 0.5:
                    joined.add(name)
                    ev(c, tm, "tp_event_join", "join", event_name=name)
                    tm += D(minutes=3)
            # battle pass
            s, s0 = season_of(tl)
            if tl >= SEASON0 and (tl - s0).days < 21 and s not in bp_done:
                bp_done.add(s)
                had = (s - 1) in c["bp"]
                p_view = 0.9 if had else (0.35 if spender == "f2p" else 0.75)
                if rng.random() < p_view:
                    ev(c, tm, "tp_bp_page", "view", season=f"S{s}")
                    p_buy = {"f2p": .05, "minnow": .35, "dolphin": .7, "whale": .95}[spender]
                    if had:
                        p_buy = max(p_buy, {"f2p": .35, "minnow": .55, "dolphin": .8, "whale": .97}[spender])
                    if rng.random() < p_buy:
                        tb = tm + D(minutes=float(rng.uniform(0.5, 5)))
                        ev(c, tb, "tp_bp_renew" if had else "tp_bp_buy", "purchase", season=f"S{s}", sku="battle_pass")
                        order(c, tb, "battle_pass", season=f"S{s}")
                        c["bp"].add(s)
                    elif rng.random() < 0.03:
                        comment(c, tm + D(hours=1), "bp_value", "app_review", rating=2)
                    tm += D(minutes=6)
            # store
            p_buy = {"f2p": 0.0, "minnow": 0.035, "dolphin": 0.09, "whale": 0.28}[spender]
            if d <= 3 and spender != "f2p" and not c["starter"]:
                p_buy = max(p_buy, 0.35)
            buy = rng.random() < p_buy
            if buy or rng.random() < 0.06:
                ev(c, tm, "tp_store_view", "view")
                tm += D(minutes=float(rng.uniform(0.5, 4)))
                if buy:
                    if not c["starter"] and rng.random() < 0.6:
                        sku = "starter_pack" if rng.random() < 0.55 else "gems_60"
                    else:
                        sku = pick(SKU_W[spender])
                        if sku == "skin_bundle_limited" and tl < SKIN_FROM:
                            sku = "gems_980"
                    c["starter"] = True
                    ok = True
                    if rng.random() < 0.05:
                        reason = pick([("payment_declined", .5), ("network_error", .3), ("user_cancelled", .2)])
                        ev(c, tm, "tp_purchase_fail", "fail", sku=sku, fail_reason=reason)
                        if rng.random() < 0.1:
                            ticket(c, tm + D(minutes=10), "pay_fail")
                        tm += D(minutes=2)
                        ok = rng.random() < 0.6
                    if ok:
                        ev(c, tm, "tp_purchase", "success", sku=sku)
                        order(c, tm, sku)
            # stray feedback
            if rng.random() < 0.004:
                topic = pick([("matchmaking", .3), ("cheating", .3), ("login_streak", .2), ("event", .2)])
                if rng.random() < 0.5:
                    ticket(c, tm + D(minutes=5), topic)
                else:
                    comment(c, tm + D(minutes=5), topic, "app_review", rating=int(rng.choice([1, 2, 3]))
                            if topic != "event" else int(rng.choice([2, 4, 5])))
        # app review / survey near the end of the player's life
        if c["matches"] >= 5 and rng.random() < 0.20:
            topic = pick([("positive", .55), ("neutral", .15), ("matchmaking", .15), ("cheating", .1), ("event", .05)])
            rating = {"positive": 5 if rng.random() < 0.7 else 4, "neutral": 3}.get(topic, int(rng.choice([1, 2, 3])))
            if topic == "event":
                rating = 5
            comment(c, c["last"] + D(hours=2), topic, "app_review", rating=rating)
        if c["matches"] >= 10 and rng.random() < 0.25:
            topic = pick([("positive", .5), ("neutral", .25), ("matchmaking", .15), ("bp_value", .1)])
            if server == "sea" and c["last"] >= LAG_FROM and rng.random() < 0.5:
                topic = "lag"
            nps = {"positive": int(rng.integers(8, 11)), "neutral": int(rng.integers(6, 9))}.get(
                topic, int(rng.integers(0, 7)))
            comment(c, c["last"] + D(hours=3), topic, "survey", nps=nps)
        elif 0 < c["matches"] < 5 and rng.random() < 0.07:
            topic = pick([("neutral", .5), ("matchmaking", .3), ("positive", .2)])
            rating = {"positive": 4, "neutral": 3}.get(topic, 2)
            comment(c, c["last"] + D(hours=1), topic, "app_review", rating=rating)

    events_sorted = sorted((e for e in events if e["ts"] <= END), key=lambda e: (e["ts"], e["cid"]))
    # ---- drop the date of ~25 % of app reviews (scraped store reviews without a date)
    for x in feedback:
        if x["channel"] == "app_review" and rng.random() < 0.25:
            x["ts_hidden"] = True
    write(out, customers, events_sorted, orders, feedback)


def write(out, customers, events, orders, feedback):
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
        w.writerow(["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "country",
                    "store", "device", "device_model", "campaign", "language", "install_version"])
        for c in customers:
            if c["t0"] >= END - D(days=30):
                seg = "new"
            elif c["last"] >= END - D(days=14):
                seg = "active"
            elif c["last"] >= END - D(days=30):
                seg = "at_risk"
            else:
                seg = "churned"
            p = round(c["paid"], 2)
            tier = "whale" if p >= 300 else "dolphin" if p >= 50 else "minnow" if p > 0 else "f2p"
            w.writerow([c["id"], fmt(c["t0"]), seg, c["server"], c["acq"], tier, c["country"], c["store"], c["dev"],
                        c["model"], c["camp"], c["lang"], version_at(c["t0"])])
    cols = ["app_version", "server_region", "level", "store", "campaign", "device_model", "game_mode", "latency_ms",
            "result", "duration_min", "streak_day", "event_name", "season", "sku", "fail_reason", "crash_scene",
            "ticket_topic"]
    with open(out / "events.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "session_id"] + cols)
        for k, e in enumerate(events, 1):
            row = [f"E{k:07d}", e["cid"], fmt(e["ts"]), e["tp"], e["action"], e["dev"], e["sess"]] + \
                  [e.get(x, "") for x in cols]
            w.writerow(row)
            if k % 1499 == 0:   # a few exact duplicate rows, as real exports have
                w.writerow(row)
    orders = sorted((o for o in orders if o["ts"] <= END), key=lambda o: o["ts"])
    with open(out / "orders.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["order_id", "customer_id", "ts", "amount", "status", "device", "store", "sku", "season",
                    "country", "server_region", "local_currency", "local_amount", "is_first_purchase"])
        for k, o in enumerate(orders, 1):
            w.writerow([f"IAP{k:06d}", o["cid"], fmt(o["ts"]), f"{o['amount']:.2f}", o["status"], o["dev"],
                        o["store"], o["sku"], o["season"], o["country"], o["server"], o["cur"], o["local"],
                        "true" if o["first"] else "false"])
    fb = [x for x in feedback if x["ts"] is None or x["ts"] <= END]
    fb.sort(key=lambda x: (x["ts"], x["cid"]))
    with open(out / "feedback.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "store",
                    "server_region", "country", "device", "app_version", "sku", "ticket_topic", "language",
                    "sentiment_label"])
        for k, x in enumerate(fb, 1):
            c = x["c"]
            hidden = x.get("ts_hidden")
            w.writerow([f"FB{k:05d}", x["text"], "" if hidden else fmt(x["ts"]), x["cid"], x["tp"], x["channel"],
                        "" if x["rating"] is None else x["rating"], "" if x["nps"] is None else x["nps"],
                        c["store"], c["server"], c["country"], c["dev"], "" if hidden else x["app_version"],
                        x["sku"], x["ticket_topic"], c["lang"], x["sent"]])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
