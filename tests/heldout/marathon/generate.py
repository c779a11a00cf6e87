"""跑吧 RunChina: a marathon / road-race registration platform with races in 6 cities (北京, 上海, 杭州, 广州, 成都,
西安). A runner sees a race promo (微信公众号文章, 抖音, 跑团, Keep partner push) or opens the app directly, views the
race page, signs up for the lottery (抽签) with a category (full / half / 10K), gets the lottery result (中签 / 未中签),
pays the entry fee within 7 days (or misses the deadline), confirms the category (may switch full -> half), may ask
for an injury deferral (entry fee refunded), arrives at the race expo and collects the race pack, starts, finishes
(or DNF), downloads the certificate / photos, may buy a photo package, and signs up again next season.
Data covers 2024-07-01 .. 2026-06-30 (today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments).
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260322
START = datetime(2024, 7, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 6000
D = timedelta

# city en -> (zh, province, share of runners)
CITIES = {
    "Beijing": ("北京", "北京市", 0.16), "Shanghai": ("上海", "上海市", 0.17), "Guangzhou": ("广州", "广东省", 0.10),
    "Chengdu": ("成都", "四川省", 0.09), "Hangzhou": ("杭州", "浙江省", 0.10), "Xi'an": ("西安", "陕西省", 0.05),
    "Shenzhen": ("深圳", "广东省", 0.11), "Nanjing": ("南京", "江苏省", 0.08), "Wuhan": ("武汉", "湖北省", 0.07),
    "Suzhou": ("苏州", "江苏省", 0.07),
}
SERIES = {  # series -> zh, en, city, demand, win p (local, non-local), fees (full, half, 10k)
    "BJ": ("北京马拉松", "Beijing Marathon", "Beijing", 1.6, (0.52, 0.22), (200, 150, 100)),
    "SH": ("上海马拉松", "Shanghai Marathon", "Shanghai", 1.8, (0.46, 0.15), (240, 180, 120)),
    "HZ": ("杭州马拉松", "Hangzhou Marathon", "Hangzhou", 1.2, (0.66, 0.38), (200, 150, 100)),
    "GZ": ("广州马拉松", "Guangzhou Marathon", "Guangzhou", 1.0, (0.68, 0.42), (180, 130, 90)),
    "CD": ("成都马拉松", "Chengdu Marathon", "Chengdu", 0.9, (0.78, 0.58), (180, 130, 90)),
    "XA": ("西安城墙马拉松", "Xi'an City Wall Marathon", "Xi'an", 0.2, (0.96, 0.96), (160, 120, 80)),
}
# race_id, series, race date; extra DNF by category, finish-time factor, expo queue median (min)
RACES = [
    ("BJ2024", "BJ", datetime(2024, 10, 27), (0, 0, 0), 1.00, 20),
    ("HZ2024", "HZ", datetime(2024, 11, 3), (0, 0, 0), 1.00, 18),
    ("SH2024", "SH", datetime(2024, 11, 24), (0, 0, 0), 1.00, 30),
    ("GZ2024", "GZ", datetime(2024, 12, 8), (0, 0, 0), 1.00, 20),
    ("CD2025", "CD", datetime(2025, 3, 23), (0, 0, 0), 1.00, 16),
    ("XA2025", "XA", datetime(2025, 10, 19), (0.16, 0.08, 0.03), 1.06, 12),   # new race: hilly, hot, small field
    ("BJ2025", "BJ", datetime(2025, 10, 26), (0, 0, 0), 1.00, 20),
    ("HZ2025", "HZ", datetime(2025, 11, 2), (0.16, 0.07, 0.01), 1.07, 18),    # 28 °C, water stations ran out
    ("SH2025", "SH", datetime(2025, 11, 30), (0, 0, 0), 1.00, 22),
    ("GZ2025", "GZ", datetime(2025, 12, 7), (0, 0, 0), 1.00, 95),             # new expo venue: 1.5 h queues
    ("CD2026", "CD", datetime(2026, 3, 29), (0, 0, 0), 1.00, 16),
]
ANDROID_BUG = (datetime(2025, 7, 1), datetime(2025, 10, 1))   # payment reminder push broken on Android
KEEP_FROM = datetime(2025, 7, 1)                             # Keep partnership starts
CATS = ("full", "half", "10k")
CAT_ZH = {"full": "全程马拉松", "half": "半程马拉松", "10k": "10公里"}
CAT_W = {"beginner": (0.25, 0.45, 0.30), "intermediate": (0.50, 0.38, 0.12), "experienced": (0.68, 0.28, 0.04),
         "elite": (0.86, 0.14, 0.0)}
EXP = {"beginner": ("新手", 0.30, 0.05), "intermediate": ("进阶", 0.38, 0.08), "experienced": ("资深", 0.24, 0.11),
       "elite": ("精英", 0.08, 0.14)}
AGES = {"18-29": ("18-29岁", 0.22), "30-39": ("30-39岁", 0.36), "40-49": ("40-49岁", 0.26), "50-59": ("50-59岁", 0.12),
        "60+": ("60岁及以上", 0.04)}
SOURCES = {"wechat_article": "公众号文章", "douyin": "抖音", "running_club": "跑团", "keep": "Keep合作推送",
           "direct": "App直接访问"}
PAGE_P = {"wechat_article": 0.62, "douyin": 0.38, "running_club": 0.86, "keep": 0.58}
SIGN_P = {"wechat_article": 0.55, "douyin": 0.21, "running_club": 0.80, "keep": 0.50, "direct": 0.72}
BASE_FT = {"full": {"beginner": 322, "intermediate": 276, "experienced": 232, "elite": 176},
           "half": {"beginner": 146, "intermediate": 126, "experienced": 106, "elite": 81},
           "10k": {"beginner": 66, "intermediate": 57, "experienced": 48, "elite": 37}}
CUTOFF = {"full": 360, "half": 180, "10k": 90}
KM = {"full": 42.195, "half": 21.0975, "10k": 10.0}
DNF_P = {"full": 0.032, "half": 0.012, "10k": 0.004}
CLUBS = ["朝阳跑团", "奥森跑团", "浦东跑团", "滨江夜跑团", "珠江跑团", "锦城跑团", "城墙跑团", "深圳湾跑团", "东湖跑团",
         "金鸡湖跑团", "Shanghai Hash Runners", "Beijing Expat Runners"]

TOUCHPOINTS = [
    ("tp_promo", "看到赛事推广", "Race promo seen", "awareness", "social", "digital", "marketing",
     "推广|宣传|公众号文章|抖音视频|跑团群|Keep推送|种草|promo|promotion|ad|article|douyin video"),
    ("tp_race_page", "赛事详情页", "Race page", "consideration", "app", "digital", "product",
     "赛事页|详情页|赛事介绍|看赛事|race page|event page|race details"),
    ("tp_lottery_signup", "报名抽签", "Lottery sign-up", "purchase", "app", "digital", "registration",
     "报名|抽签报名|报名抽签|参加抽签|sign up|signup|register|registration|lottery entry|ballot entry|apply"),
    ("tp_lottery_won", "中签", "Lottery won", "purchase", "app", "digital", "registration",
     "中签|抽中|中签通知|won the lottery|got a spot|lottery win|ballot success"),
    ("tp_lottery_lost", "未中签", "Lottery lost", "purchase", "app", "digital", "registration",
     "未中签|没中签|没抽中|落选|陪跑|lost the lottery|not selected|ballot failed|unsuccessful"),
    ("tp_payment", "缴纳报名费", "Entry fee paid", "purchase", "app", "digital", "payments",
     "缴费|付报名费|交报名费|支付|报名费|pay|payment|entry fee|paid"),
    ("tp_category", "确认参赛组别", "Race category confirmed", "purchase", "app", "digital", "registration",
     "确认组别|选组别|改组|降组|全马改半马|category|pick category|switch category|distance"),
    ("tp_deferral", "伤病延期申请", "Injury deferral request", "service", "app", "digital", "customer_service",
     "延期|伤病延期|退赛申请|退费|deferral|defer|injury|withdraw"),
    ("tp_expo_arrive", "到达领物现场", "Arrived at race expo", "service", "store", "physical", "race_ops",
     "到达博览会|领物签到|进场扫码|expo arrival|arrived at expo|expo check-in"),
    ("tp_expo_pickup", "领取参赛包", "Race pack collected", "service", "store", "physical", "race_ops",
     "领物|领参赛包|领号码布|博览会|参赛包|race pack|bib pickup|packet pickup|expo"),
    ("tp_start", "起跑", "Race start", "service", "other", "physical", "race_ops",
     "起跑|出发|鸣枪|检录|start|starting line|gun time"),
    ("tp_course", "赛道与补给站", "Course & water stations", "service", "other", "physical", "race_ops",
     "赛道|补给|补给站|水站|course|water station|aid station|route"),
    ("tp_dnf", "退赛(未完赛)", "Did not finish (DNF)", "service", "other", "physical", "race_ops",
     "退赛|未完赛|收容|关门|DNF|did not finish|dropped out|swept"),
    ("tp_finish", "完赛", "Finish", "service", "other", "physical", "race_ops",
     "完赛|冲线|终点|完赛奖牌|finish|finished|finish line|medal"),
    ("tp_certificate", "下载证书/照片", "Certificate & photo download", "loyalty", "app", "digital", "product",
     "证书|成绩证书|完赛证书|照片|下载证书|certificate|photos|result certificate|download"),
]
JOURNEYS = [
    ("signup", "报名抽签", "Promo to lottery sign-up", 14, ["tp_promo", "tp_race_page", "tp_lottery_signup"]),
    ("race_day", "中签到完赛", "Lottery win to finish line", 90,
     ["tp_lottery_won", "tp_payment", "tp_expo_pickup", "tp_start", "tp_finish"]),
    ("post_race", "赛后", "After the race", 30, ["tp_finish", "tp_certificate"]),
]

# feedback topics: zh templates, en templates, sentiment, touchpoint, rating range
T = {
    "lottery_unfair": (
        ["又没中签，连续{n}年陪跑了，这抽签到底公不公平？", "{race}抽签太不公平了，本地名额那么多，外地跑者根本抽不中",
         "感觉抽签有暗箱操作，我们跑团报了二十多个人一个都没中", "外地人中签率低得离谱，抽签规则不公平，希望公开透明",
         "{race}又是陪跑，报名费都准备好了，结果还是没抽中", "每年都陪跑，建议给连续未中签的跑者保底名额",
         "抽签机制不公平，本地跑者优先太明显了"],
        ["Lost the {race_en} ballot again, the lottery feels rigged against runners from outside {city_en}",
         "Third year in a row without a spot. The draw is unfair to non-local runners.",
         "The lottery is unfair, locals get far more places than the rest of us"],
        "neg", "tp_lottery_lost", (1, 2)),
    "lottery_won": (
        ["终于中签了！{race}我来了", "中签啦，第一次跑{race}，好激动", "运气不错，一次就中签了"],
        ["Finally got a spot in {race_en}!", "Got a spot on my first try, so excited"],
        "pos", "tp_lottery_won", (4, 5)),
    "missed_payment": (
        ["中签了但是没收到缴费提醒，过了截止时间名额就没了，太坑了", "安卓App完全没推送缴费通知，错过缴费期限，能不能补缴？",
         "缴费截止前一点提醒都没有，白中签了", "中签短信收到了，缴费提醒没收到，错过缴费了，求补救",
         "App里的缴费通知根本没弹出来，错过缴费，客服说没办法"],
        ["Won the lottery but never got a payment reminder and missed the payment deadline",
         "No payment reminder in the Android app, I missed the payment deadline and lost my spot"],
        "neg", "tp_payment", (1, 2)),
    "payment_ok": (
        ["微信支付很顺畅，几秒就付完了", "付报名费很方便，还能开发票", "支付流程简单，没遇到问题"],
        ["Paying the entry fee was quick and easy", "Smooth checkout, paid in seconds"],
        "pos", "tp_payment", (4, 5)),
    "refund_slow": (
        ["伤病申请延期{n}周了，退款还没到账", "退款太慢了，客服一直说在处理", "膝盖受伤申请退赛，退款拖了一个多月",
         "延期申请批了但退款迟迟不到，体验很差"],
        ["Applied for an injury deferral weeks ago and the refund still has not arrived",
         "Refund is taking forever, support keeps saying it is being processed"],
        "neg", "tp_deferral", (1, 2)),
    "deferral_ok": (
        ["受伤申请延期，流程很人性化，名额保留到明年", "伤病延期审核很快，客服态度很好", "延期很顺利，明年再来"],
        ["The injury deferral process was simple and fair", "Deferral approved quickly, thanks"],
        "pos", "tp_deferral", (4, 5)),
    "expo_queue": (
        ["领物排队排了{n}个小时，太离谱了", "{race}博览会领物现场人山人海，排队一个多小时才领到参赛包",
         "领物排队太久了，工作日请假去的，站得腿都酸了", "新场馆领物排队绕了三圈，组委会能不能多开几个窗口",
         "领号码布排队{n}个多小时，比跑半马还累"],
        ["Waited over an hour in the expo queue to get my bib", "The race pack pickup queue was ridiculous, two hours",
         "Expo queue was far too long, open more pickup desks"],
        "neg", "tp_expo_pickup", (1, 2)),
    "expo_fast": (
        ["领物很快，十分钟搞定", "领物流程很顺，扫码就领到了", "博览会很热闹，领参赛包很快"],
        ["Bib pickup took ten minutes, very smooth", "Quick and easy race pack pickup"],
        "pos", "tp_expo_pickup", (4, 5)),
    "water_out": (
        ["后半程补给站没水了，{km}公里处只剩空杯子", "天这么热补给站居然断水，好多人抽筋退赛", "水站没水、香蕉也没了，太危险了",
         "{race}三十公里以后补给站没水，跑得我差点中暑", "补给站断水，这么大的比赛不应该"],
        ["Water stations ran out after 30K, dangerous in that heat", "No water at the last aid stations, really poor",
         "They ran out of water at the aid stations, many runners cramped"],
        "neg", "tp_course", (1, 2)),
    "organisation": (
        ["整体组织很好，志愿者很热情，赛道封闭得很好", "赛事组织专业，存取包很顺利", "组织得井井有条，明年还来",
         "{race}组织水平一流，每公里都有标识"],
        ["Great organisation, friendly volunteers, well marked course", "Very well organised race, will come back"],
        "pos", "tp_finish", (4, 5)),
    "medal": (
        ["奖牌设计太好看了，{race}的奖牌是我最喜欢的", "完赛奖牌很有城市特色，值了", "奖牌做得太精致了，挂墙上了",
         "为了这块奖牌也要跑，设计绝了"],
        ["Love the medal design, best finisher medal I have", "The finisher medal is gorgeous, great design"],
        "pos", "tp_finish", (5, 5)),
    "scenery": (
        ["赛道风景很美，沿途加油的市民很热情", "沿途风景太好了，跑得很享受", "赛道风景一流，拍照很出片"],
        ["Beautiful scenery along the course, great crowd support", "Lovely scenery the whole way"],
        "pos", "tp_course", (4, 5)),
    "sweeper": (
        ["{km}公里处退赛，收容车等了很久", "退赛后收容车半天不来，冻得发抖", "腿抽筋退赛，收容车很慢"],
        ["Dropped out and waited ages for the sweeper bus", "The sweeper bus took forever after I dropped out"],
        "neg", "tp_dnf", (1, 2)),
    "cert_fast": (
        ["成绩证书第二天就能下载，很方便", "电子证书出得很快，分享朋友圈了", "完赛证书下载很方便"],
        ["Certificate was available the next day, nice", "Easy to download my result certificate"],
        "pos", "tp_certificate", (4, 5)),
    "photo_pricey": (
        ["照片包太贵了，{p}块钱就几张照片", "官方照片包价格离谱", "照片包要{p}元，有点贵，而且照片很糊"],
        ["The photo package is overpriced", "Photo package is too expensive for a few pictures"],
        "neg", "tp_certificate", (2, 3)),
    "app_crash": (
        ["报名那天App一直闪退，差点没报上", "赛事页面打开就闪退，安卓手机", "App闪退好几次才报上名"],
        ["The app kept crashing on sign-up day", "App crashes when I open the race page"],
        "neg", "tp_race_page", (1, 2)),
    "neutral": (
        ["还行吧，中规中矩", "一般般，跟其他比赛差不多", "没什么特别的感受", "正常水平"],
        ["It was OK", "Average race, nothing special"],
        "neu", "tp_finish", (3, 4)),
}
# topic markers: each topic's text must contain one of its markers and no marker of another topic (checked below)
MARKERS = {
    "lottery_unfair": ["不公平", "陪跑", "暗箱", "unfair", "rigged"],
    "missed_payment": ["缴费提醒", "缴费通知", "错过缴费", "payment reminder", "payment deadline"],
    "refund_slow": ["退款", "refund"],
    "expo_queue": ["排队", "queue"],
    "water_out": ["没水", "断水", "ran out", "no water"],
    "organisation": ["组织", "organis"],
    "medal": ["奖牌", "medal"],
    "scenery": ["风景", "scenery"],
    "photo_pricey": ["照片包", "photo package"],
    "app_crash": ["闪退", "crash"],
}


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    events, orders, feedback = [], [], []
    cnt = {"o": 0, "f": 0, "s": 0}

    def choice(keys, w):
        w = np.asarray(w, dtype=float)
        return keys[int(rng.choice(len(keys), p=w / w.sum()))]

    def fmt(t):
        return t.strftime("%Y-%m-%d %H:%M:%S")

    # ---------- customers ----------
    cities = list(CITIES)
    custs = []
    for i in range(N):
        city = choice(cities, [CITIES[c][2] for c in cities])
        exp = choice(list(EXP), [v[1] for v in EXP.values()])
        age = choice(list(AGES), [v[1] for v in AGES.values()])
        gender = "female" if rng.random() < (0.36 if exp != "elite" else 0.22) else "male"
        club = rng.random() < {"beginner": 0.18, "intermediate": 0.34, "experienced": 0.52, "elite": 0.7}[exp]
        if rng.random() < 0.56:
            signup = datetime(2021, 1, 1) + D(days=float(rng.uniform(0, 1276)))
        else:
            signup = datetime(2024, 6, 1) + D(days=float(rng.uniform(0, 730)))
        signup = signup.replace(hour=int(rng.integers(7, 24)), minute=int(rng.integers(0, 60)),
                                second=int(rng.integers(0, 60)), microsecond=0)
        device = choice(["ios", "android", "pc"], [0.50, 0.44, 0.06])
        lang = "en" if rng.random() < (0.13 if city in ("Shanghai", "Beijing", "Shenzhen") else 0.04) else "zh"
        if club:
            cl = CLUBS[int(rng.integers(0, 10))] if lang == "zh" else CLUBS[int(rng.integers(10, 12))]
        else:
            cl = ""
        acq = choice(["wechat_article", "douyin", "running_club", "keep", "app_store"],
                     [0.30, 0.22, 0.30 if club else 0.05, 0.10, 0.15])
        custs.append(dict(id=f"R{i + 1:05d}", city=city, exp=exp, age=age, gender=gender, club=club, club_name=cl,
                          signup=signup, device=device, lang=lang, acq=acq, keep=rng.random() < 0.3,
                          act=float(rng.lognormal(0, 0.5)) * EXP[exp][2] * (1.4 if club else 1.0),
                          tier="plus" if rng.random() < (0.25 if club else 0.1) else "free"))

    finished_year: dict[str, set[int]] = {}     # runner -> years with a finish
    started = {}

    def ev(c, ts, tp, sess, race, **kw):
        r = dict(customer_id=c["id"], ts=ts, touchpoint_id=tp, session_id=sess)
        r.update(race)
        r.update(kw)
        events.append(r)

    def order(c, ts, amount, status, otype, race, **kw):
        cnt["o"] += 1
        r = dict(order_id=f"O{cnt['o']:07d}", customer_id=c["id"], ts=fmt(ts), amount=f"{amount:.2f}", status=status,
                 order_type=otype, 订单类型={"entry_fee": "报名费", "merchandise": "周边商品",
                                           "photo_package": "照片包"}[otype])
        r.update({k: race.get(k, "") for k in ("race_id", "race", "race_en", "edition")})
        r.update(kw)
        orders.append(r)

    def fb(c, ts, topic, race, sess, channel, cat=""):
        zh_t, en_t, sent, tp, (lo, hi) = T[topic]
        lang = c["lang"] if rng.random() < 0.92 else ("zh" if c["lang"] == "en" else c["lang"])
        pool = en_t if lang == "en" else zh_t
        text = pool[int(rng.integers(0, len(pool)))].format(
            n=int(rng.integers(2, 5)), race=race.get("race", "比赛"), race_en=race.get("race_en", "the race"),
            city_en=race.get("city", ""), km=int(rng.integers(28, 38)), p=int(rng.choice([69, 99, 129])))
        cnt["f"] += 1
        rating = nps = ""
        if channel in ("survey", "app_review"):
            rating = int(rng.integers(lo, hi + 1))
        if channel == "survey":
            nps = int({"neg": rng.integers(0, 7), "neu": rng.integers(5, 9), "pos": rng.integers(7, 11)}[sent])
        undated = (channel == "social" and rng.random() < 0.16) or (channel == "ticket" and rng.random() < 0.08)
        feedback.append(dict(feedback_id=f"F{cnt['f']:06d}", text=text, ts="" if undated else fmt(ts),
                             customer_id=c["id"], touchpoint_id=tp, channel=channel, rating=rating, nps=nps,
                             language=lang, sentiment_label=sent, session_id=sess,
                             race_id=race.get("race_id", ""), race=race.get("race", ""),
                             race_en=race.get("race_en", ""), city=race.get("city", ""), 城市=race.get("城市", ""),
                             category=cat))

    # ---------- race editions ----------
    for rid, ser, rdate, dnf_x, slow, qmed in RACES:
        zh, en, rcity, demand, (wl, wn), fees = SERIES[ser]
        race = dict(race_id=rid, race=zh, race_en=en, edition=rdate.year, race_date=rdate.strftime("%Y-%m-%d"),
                    city=rcity, 城市=CITIES[rcity][0])
        open_, close = rdate - D(days=106), rdate - D(days=80)
        draw = rdate - D(days=70) + D(hours=10)
        deadline = draw + D(days=7)
        for c in custs:
            if c["signup"] > close - D(days=1):
                continue
            boost = 1.0
            prev = (rdate.year - 1) in finished_year.get(c["id"], ())
            if prev:
                boost = 2.1 if c["club"] else 1.15
            local = c["city"] == rcity
            p = min(0.9, 1.9 * c["act"] * demand * (3.4 if local else 1.0) * boost)
            if rng.random() >= p:
                continue
            cnt["s"] += 1
            sess = f"S{cnt['s']:06d}"
            t0 = open_ + D(days=float(rng.uniform(0, 24)))
            t0 = t0.replace(hour=int(rng.integers(7, 24)), minute=int(rng.integers(0, 60)),
                            second=int(rng.integers(0, 60)), microsecond=0)
            if t0 < c["signup"]:
                t0 = c["signup"] + D(minutes=float(rng.uniform(2, 30)))
            sw = {"wechat_article": 0.30, "douyin": 0.28, "running_club": 0.42 if c["club"] else 0.03,
                  "keep": (0.16 if c["keep"] else 0.05) if t0 >= KEEP_FROM else 0.0,
                  "direct": 0.18 + (0.25 if prev else 0.0)}
            src = choice(list(sw), list(sw.values()))
            dev = c["device"]
            ch = "web" if dev == "pc" else ("mini_program" if rng.random() < 0.25 else "app")
            base = dict(race, device=dev, channel=ch, promo_source=src, 推广来源=SOURCES[src],
                        runner_type="local" if local else "non_local", 选手类型="本地" if local else "外地")
            t = t0
            if src != "direct":
                ev(c, fmt(t), "tp_promo", sess, base, action="view", channel=src)
                if rng.random() >= PAGE_P[src]:
                    continue
                t = t + D(minutes=float(2 + rng.exponential(300)))
            ev(c, fmt(t), "tp_race_page", sess, base, action="view")
            if rng.random() < 0.004:
                fb(c, t + D(minutes=5), "app_crash", race, sess, "app_review")
            if rng.random() >= SIGN_P[src]:
                continue
            t = t + D(minutes=float(3 + rng.exponential(600)))
            if t > close + D(hours=23, minutes=59):
                continue
            cat = choice(list(CATS), CAT_W[c["exp"]])
            base.update(category=cat, 组别=CAT_ZH[cat])
            ev(c, fmt(t), "tp_lottery_signup", sess, base, action="submit")
            # lottery
            tdraw = draw + D(minutes=float(rng.uniform(0, 90)))
            if rng.random() >= (wl if local else wn):
                ev(c, fmt(tdraw), "tp_lottery_lost", sess, base, action="lost")
                pu = (0.11 if not local else 0.035) * (1.6 if ser in ("SH", "BJ") else 1.0)
                if rng.random() < pu:
                    chn = choice(["social", "app_review", "ticket"], [0.5, 0.3, 0.2])
                    fb(c, tdraw + D(hours=float(rng.uniform(0.2, 72))), "lottery_unfair", race, sess, chn, cat)
                continue
            ev(c, fmt(tdraw), "tp_lottery_won", sess, base, action="won")
            if rng.random() < 0.025:
                fb(c, tdraw + D(hours=float(rng.uniform(0.1, 24))), "lottery_won", race, sess,
                   choice(["social", "app_review"], [0.6, 0.4]), cat)
            bug = dev == "android" and ANDROID_BUG[0] <= tdraw < ANDROID_BUG[1]
            p_miss = 0.27 if bug else (0.08 if dev == "pc" else 0.05)
            fee = fees[CATS.index(cat)]
            if rng.random() < p_miss:
                order(c, tdraw, fee, "cancelled", "entry_fee", race, category=cat, channel=ch, device=dev,
                      session_id=sess, payment_method="", refunded_at="", refund_reason="payment_timeout")
                if rng.random() < (0.32 if bug else 0.12):
                    fb(c, deadline + D(hours=float(rng.uniform(1, 96))), "missed_payment", race, sess,
                       choice(["ticket", "app_review", "social"], [0.6, 0.25, 0.15]), cat)
                continue
            delay = rng.exponential(2.6 if bug else 1.1)
            while delay > 6.9:
                delay = rng.exponential(2.6 if bug else 1.1)
            tpay = tdraw + D(days=float(delay), minutes=float(rng.uniform(1, 30)))
            ev(c, fmt(tpay), "tp_payment", sess, base, action="success", amount=fee)
            pm = choice(["wechat_pay", "alipay", "unionpay"], [0.62, 0.33, 0.05])
            if rng.random() < 0.02:
                fb(c, tpay + D(minutes=10), "payment_ok", race, sess, "app_review", cat)
            # category confirmation
            final = cat
            if rng.random() < 0.93:
                tcat = rdate - D(days=float(rng.uniform(30, 60)), hours=float(rng.uniform(0, 12)))
                sw_p = {"beginner": 0.22, "intermediate": 0.07, "experienced": 0.02, "elite": 0.0}[c["exp"]]
                if cat == "full" and rng.random() < sw_p:
                    final = "half"
                ev(c, fmt(tcat), "tp_category", sess, dict(base, category=final, 组别=CAT_ZH[final]),
                   action="switch" if final != cat else "confirm", category_from=cat)
            base.update(category=final, 组别=CAT_ZH[final])
            # injury deferral
            p_def = {"full": 0.05, "half": 0.02, "10k": 0.01}[final] * (1.6 if c["age"] in ("40-49", "50-59", "60+")
                                                                          else 1.0)
            if rng.random() < p_def:
                tdef = rdate - D(days=float(rng.uniform(8, 50)))
                ev(c, fmt(tdef), "tp_deferral", sess, base, action="submit", reason="injury")
                ref_at = tdef + D(days=float(rng.uniform(2, 40)))
                order(c, tpay, fee, "refunded", "entry_fee", race, category=cat, channel=ch, device=dev,
                      session_id=sess, payment_method=pm, refunded_at=fmt(ref_at), refund_reason="injury_deferral")
                if rng.random() < 0.35:
                    topic = "refund_slow" if (ref_at - tdef).days > 14 else "deferral_ok"
                    fb(c, ref_at if topic == "deferral_ok" else tdef + D(days=15), topic, race, sess,
                       choice(["ticket", "app_review"], [0.6, 0.4]), final)
                continue
            order(c, tpay, fee, "paid", "entry_fee", race, category=cat, channel=ch, device=dev, session_id=sess,
                  payment_method=pm, refunded_at="", refund_reason="")
            if rng.random() < 0.05:
                tm = tpay + D(days=float(rng.uniform(1, 40)))
                order(c, tm, float(rng.choice([99, 129, 199, 299])), "paid", "merchandise", race, channel=ch,
                      device=dev, session_id=sess, item=choice(["tshirt", "jacket", "cap", "socks"], [4, 2, 2, 2]),
                      payment_method=pm, refunded_at="", refund_reason="")
            # expo
            if rng.random() >= 0.97:
                continue
            phys = dict(base, device="", channel="onsite")
            tarr = (rdate - D(days=int(rng.integers(1, 4)))).replace(hour=10) + D(minutes=float(rng.uniform(0, 510)))
            q = float(rng.lognormal(np.log(qmed), 0.38 if qmed > 50 else 0.5))
            ev(c, fmt(tarr), "tp_expo_arrive", sess, phys, action="scan")
            tpk = tarr + D(minutes=q)
            ev(c, fmt(tpk), "tp_expo_pickup", sess, phys, action="collect")
            if rng.random() < (0.55 if ser == "SH" else 0.18):   # Shanghai's official jacket sells out
                order(c, tpk + D(minutes=float(rng.uniform(5, 60))), float(rng.choice([99, 129, 199, 299, 399])),
                      "paid", "merchandise", race, channel="onsite", device="", session_id=sess,
                      item=choice(["tshirt", "jacket", "cap", "socks", "medal_frame"], [4, 2, 2, 1, 1]),
                      payment_method=pm, refunded_at="", refund_reason="")
            fb_p = 0.30 if qmed > 50 else 0.05
            if rng.random() < fb_p:
                topic = "expo_queue" if q > 60 else ("expo_fast" if q < 30 else None)
                if topic:
                    fb(c, tpk + D(hours=float(rng.uniform(0.5, 30))), topic, race, sess,
                       choice(["social", "survey"], [0.5, 0.5]) if topic == "expo_queue" else "survey", final)
            # race day
            if rng.random() >= 0.985:
                continue
            wave = {"elite": "A", "experienced": "B", "intermediate": "C", "beginner": "D"}[c["exp"]]
            off = {"full": 0, "half": 20, "10k": 35}[final] + "ABCD".index(wave) * 6
            tst = rdate.replace(hour=7, minute=30) + D(minutes=off + float(rng.uniform(0, 6)))
            ev(c, fmt(tst), "tp_start", sess, phys, action="start", start_wave=wave)
            started[c["id"]] = started.get(c["id"], 0) + 1
            ft = BASE_FT[final][c["exp"]] * slow * (1.08 if c["gender"] == "female" else 1.0)
            ft *= {"50-59": 1.05, "60+": 1.12}.get(c["age"], 1.0) * float(rng.lognormal(0, 0.09))
            pd = DNF_P[final] * (1.8 if c["exp"] == "beginner" else 1.0) + dnf_x[CATS.index(final)]
            if rng.random() < pd or ft > CUTOFF[final]:
                frac = float(rng.uniform(0.35, 0.95)) if ft <= CUTOFF[final] else float(rng.uniform(0.8, 0.97))
                tq = tst + D(minutes=ft * frac)
                ev(c, fmt(tq), "tp_dnf", sess, phys, action="dnf", dnf_km=round(KM[final] * frac, 1))
                if rng.random() < 0.45:
                    topic = "water_out" if rid == "HZ2025" and rng.random() < 0.75 else "sweeper"
                    fb(c, rdate + D(days=1, hours=float(rng.uniform(9, 100))), topic, race, sess,
                       choice(["survey", "social"], [0.7, 0.3]), final)
                continue
            tfin = tst + D(minutes=ft)
            ev(c, fmt(tfin), "tp_finish", sess, phys, action="finish", finish_time_min=round(ft, 1))
            finished_year.setdefault(c["id"], set()).add(rdate.year)
            # post-race survey
            if rng.random() < 0.5:
                w = {"organisation": 0.34, "medal": 0.12, "scenery": 0.16, "water_out": 0.03, "neutral": 0.22,
                     "expo_queue": 0.03}
                if rid == "HZ2025":
                    w.update(water_out=0.9, organisation=0.12)
                if rid == "XA2025":
                    w.update(medal=1.2)
                if rid == "GZ2025":
                    w.update(expo_queue=0.35)
                topic = choice(list(w), list(w.values()))
                fb(c, rdate + D(days=1, hours=float(rng.uniform(9, 100))), topic, race, sess,
                   choice(["survey", "social"], [0.8, 0.2]) if topic != "neutral" else "survey", final)
            # certificate, photos
            if rng.random() < 0.80:
                tc = tfin + D(hours=float(rng.lognormal(np.log(16), 0.9)))
                ev(c, fmt(tc), "tp_certificate", sess, dict(base, channel=ch), action="download",
                   item="photos" if rng.random() < 0.3 else "certificate")
                if rng.random() < 0.04:
                    fb(c, tc + D(minutes=30), "cert_fast", race, sess, "app_review", final)
            pp = {"beginner": 0.42, "intermediate": 0.27, "experienced": 0.16, "elite": 0.09}[c["exp"]]
            if rng.random() < pp:
                price = float(rng.choice([69, 99, 129], p=[0.5, 0.35, 0.15]))
                order(c, tfin + D(days=float(rng.uniform(0.5, 6))), price, "paid", "photo_package", race,
                      channel=ch, device=dev, session_id=sess, item="photo_package", payment_method=pm,
                      refunded_at="", refund_reason="")
            elif rng.random() < 0.03:
                fb(c, tfin + D(days=float(rng.uniform(0.5, 6))), "photo_pricey", race, sess, "app_review", final)

    # ---------- assemble ----------
    events.sort(key=lambda r: (r["ts"], r["session_id"]))
    for i, r in enumerate(events, 1):
        r["event_id"] = f"E{i:07d}"
    for k in rng.choice(len(events), 16, replace=False):     # re-sent by the timing system / app: exact duplicates
        events.append(dict(events[int(k)]))
    assert all(START <= datetime.fromisoformat(r["ts"]) <= END for r in events)
    orders.sort(key=lambda r: r["ts"])
    feedback.sort(key=lambda r: (r["ts"] or "9999", r["feedback_id"]))
    for f in feedback:          # topic markers are exclusive: gold counts topics by these text markers
        hits = [k for k, ms in MARKERS.items() if any(m.lower() in f["text"].lower() for m in ms)]
        assert len(hits) <= 1, (f["text"], hits)
    last_ev = {}
    for r in events:
        last_ev[r["customer_id"]] = r["ts"]
    cust_rows = []
    for c in custs:
        n = started.get(c["id"], 0)
        lv = last_ev.get(c["id"])
        if c["signup"] >= datetime(2025, 10, 1) and n == 0:
            seg = "new"
        elif n >= 3:
            seg = "vip"
        elif lv is None or lv < "2025-07-01":
            seg = "at_risk"
        else:
            seg = "returning"
        cz, prov, _ = CITIES[c["city"]]
        cust_rows.append(dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment=seg, region=prov,
                              acquisition_channel=c["acq"], tier=c["tier"], city=c["city"], 城市=cz,
                              gender=c["gender"], 性别="女" if c["gender"] == "female" else "男",
                              age_group=c["age"], 年龄组=AGES[c["age"]][0],
                              experience_level=c["exp"], 跑步经验=EXP[c["exp"]][0],
                              club_member="yes" if c["club"] else "no", 跑团会员="是" if c["club"] else "否",
                              club_name=c["club_name"], primary_device=c["device"], language=c["lang"],
                              keep_linked="yes" if c["keep"] else "no"))
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    jrows = [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k, touchpoint_id=tp,
                  window_days=win) for j, zh, en, win, steps in JOURNEYS for k, tp in enumerate(steps, 1)]
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
               "race_id", "race", "race_en", "edition", "race_date", "city", "城市", "category", "组别",
               "promo_source", "推广来源", "runner_type", "选手类型", "category_from", "amount", "reason",
               "start_wave", "finish_time_min", "dnf_km", "item"]
    write(out / "touchpoints.csv", tps)
    write(out / "customers.csv", cust_rows)
    write(out / "events.csv", events, ev_cols)
    write(out / "journeys.csv", jrows)
    write(out / "orders.csv", orders)
    write(out / "feedback.csv", feedback)


def write(path: Path, rows: list[dict], names: list[str] | None = None) -> None:
    if names is None:
        cols: dict[str, None] = {}
        for r in rows:
            cols.update(dict.fromkeys(r))
        names = list(cols)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(names)
        w.writerows([[r.get(c, "") for c in names] for r in rows])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
