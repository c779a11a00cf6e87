"""乐岛 IslandBeats: a music-festival organiser running 5 festivals a year in 5 cities, with app ticketing and cashless
wristbands. A fan hears of a festival (抖音 / 微博 / artist announcement / a friend), pre-registers in the app, buys a
ticket (early bird / regular / VIP), may transfer or resell it on the official platform, activates the e-ticket with
their ID (实名激活), arrives at the gate and queues, enters (or never shows up), tops up the cashless wristband in the
app, buys food & drink and merch with it, asks for a refund of the unused balance, answers the post-event survey and
pre-registers for the next festival.
Data covers 2024-06-01 .. 2026-06-30 (today is 2026-12-01).

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

SEED = 20260417
START = datetime(2024, 6, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 4000
D = timedelta

# home city en -> (zh, province, share of fans)
CITIES = {
    "Shanghai": ("上海", "上海市", 0.17), "Shenzhen": ("深圳", "广东省", 0.13), "Chengdu": ("成都", "四川省", 0.12),
    "Xiamen": ("厦门", "福建省", 0.07), "Xi'an": ("西安", "陕西省", 0.08), "Beijing": ("北京", "北京市", 0.11),
    "Guangzhou": ("广州", "广东省", 0.10), "Hangzhou": ("杭州", "浙江省", 0.09), "Chongqing": ("重庆", "重庆市", 0.07),
    "Wuhan": ("武汉", "湖北省", 0.06),
}
# series -> zh, en, city, genre, demand, ticket prices (early bird, regular, vip)
SERIES = {
    "WAVE": ("海岛春浪音乐节", "Island Spring Wave Festival", "Xiamen", "indie", 1.00, (380, 520, 1080)),
    "ECHO": ("山谷回声音乐节", "Valley Echo Festival", "Chengdu", "rock", 1.10, (420, 580, 1180)),
    "VOLT": ("夏日电波音乐节", "Summer Voltage Festival", "Shanghai", "electronic", 1.30, (480, 680, 1380)),
    "FOLK": ("古城民谣音乐节", "Old Town Folk Festival", "Xi'an", "folk", 0.80, (320, 450, 880)),
    "BAY": ("湾区跨年音乐节", "Bay Countdown Festival", "Shenzhen", "pop", 1.20, (450, 640, 1280)),
}
# festival_id, series, day 1 (2-day festivals), gate queue median (min), food price factor, refund lag median (h)
EDITIONS = [
    ("FOLK2024", "FOLK", datetime(2024, 10, 12), 16, 1.00, 20),
    ("BAY2024", "BAY", datetime(2024, 12, 28), 22, 1.00, 22),
    ("WAVE2025", "WAVE", datetime(2025, 4, 19), 18, 1.00, 18),
    ("ECHO2025", "ECHO", datetime(2025, 5, 31), 88, 1.00, 20),     # one gate for 20k people: 1.5 h queues
    ("VOLT2025", "VOLT", datetime(2025, 8, 9), 25, 1.00, 140),     # new cashless vendor: top-ups fail, slow refunds
    ("FOLK2025", "FOLK", datetime(2025, 10, 11), 15, 1.00, 20),
    ("BAY2025", "BAY", datetime(2025, 12, 27), 22, 1.50, 22),      # new catering contract: +50 % food prices
    ("WAVE2026", "WAVE", datetime(2026, 4, 18), 17, 1.05, 18),
    ("ECHO2026", "ECHO", datetime(2026, 5, 30), 30, 1.05, 20),     # second gate opened
]
GENRE_PREF = {"student": {"indie": 1.2, "rock": 1.1, "electronic": 1.3, "folk": 1.0, "pop": 1.0},
              "young_professional": {"indie": 1.0, "rock": 1.0, "electronic": 1.1, "folk": 1.1, "pop": 1.0},
              "family": {"indie": 0.8, "rock": 0.6, "electronic": 0.5, "folk": 1.3, "pop": 1.3}}
FAN = {"student": ("学生", 0.35), "young_professional": ("年轻白领", 0.45), "family": ("家庭", 0.20)}
AGE_ZH = {"18-22": "18-22岁", "23-30": "23-30岁", "31-40": "31-40岁", "41-50": "41-50岁", "51+": "51岁及以上"}
AGE_BY_FAN = {"student": (("18-22", "23-30"), (0.88, 0.12)),
              "young_professional": (("23-30", "31-40", "41-50", "51+"), (0.60, 0.34, 0.055, 0.005)),
              "family": (("31-40", "41-50", "51+"), (0.55, 0.40, 0.05))}
TIER = {"basic": ("普通会员", 0.64), "silver": ("银卡会员", 0.26), "gold": ("金卡会员", 0.10)}
TIER_ZH = {"early_bird": "早鸟票", "regular": "正价票", "vip": "VIP票"}
SOURCES = {"douyin": "抖音", "weibo": "微博", "artist": "艺人官宣", "friend": "朋友推荐"}
SOURCE_CH = {"douyin": "social", "weibo": "social", "artist": "social", "friend": "other"}
PREREG_P = {"douyin": 0.36, "weibo": 0.58, "artist": 0.78, "friend": 0.80}
BUY_P = {"douyin": 0.42, "weibo": 0.62, "artist": 0.76, "friend": 0.78}
NOSHOW_P = {"student": 0.15, "young_professional": 0.055, "family": 0.045}
ORDER_TYPE_ZH = {"ticket": "门票", "transfer_fee": "转让手续费", "food_drink": "餐饮", "merch": "周边商品",
                 "balance_refund": "手环余额退款"}

TOUCHPOINTS = [
    ("tp_discover", "刷到音乐节宣传", "Heard about the festival", "awareness", "social", "digital", "marketing",
     "宣传|种草|刷到|看到官宣|抖音视频|微博|朋友推荐|听说|discover|promo|announcement|heard about|saw the post"),
    ("tp_prereg", "预登记", "Pre-registration", "consideration", "app", "digital", "growth",
     "预约|预登记|预售登记|想看登记|pre-register|pre-registration|register interest|waitlist"),
    ("tp_ticket", "购票", "Ticket purchase", "purchase", "app", "digital", "ticketing",
     "买票|购票|抢票|下单|出票|buy ticket|ticket purchase|bought a ticket|checkout"),
    ("tp_transfer", "门票转让/转售", "Ticket transfer / resale", "service", "app", "digital", "ticketing",
     "转让|转票|转售|二手票|官方转售|transfer|resale|resell|resold"),
    ("tp_activate", "电子票实名激活", "E-ticket ID activation", "service", "app", "digital", "ticketing",
     "实名|激活|绑定身份证|实名认证|activate|activation|ID check|real-name"),
    ("tp_gate_queue", "到达入口排队", "Arrived at the gate (queue)", "service", "other", "physical", "site_ops",
     "到达入口|入口排队|排队进场|arrived at gate|gate queue|entrance line"),
    ("tp_gate", "检票入场", "Gate entry", "service", "other", "physical", "site_ops",
     "检票|入场|进场|过闸机|入口|gate|entry|entered|check-in|admission"),
    ("tp_topup", "手环充值", "Wristband top-up", "service", "app", "digital", "cashless",
     "充值|手环充值|无现金手环|top-up|top up|topup|cashless|wristband"),
    ("tp_food", "餐饮消费", "Food & drink purchase", "service", "other", "physical", "catering",
     "餐饮|吃的|喝的|美食|小吃|啤酒|food|drinks|F&B|catering|beer"),
    ("tp_merch", "周边购买", "Merch purchase", "service", "other", "physical", "merch",
     "周边|文创|T恤|纪念品|merch|merchandise|t-shirt|souvenir"),
    ("tp_refund_request", "申请余额退款", "Balance refund request", "service", "app", "digital", "cashless",
     "申请退款|退余额|余额退款申请|refund request|request refund|cash out balance"),
    ("tp_refund_done", "余额退款到账", "Balance refund received", "service", "app", "digital", "finance",
     "退款到账|余额到账|退款|refund received|refund paid|refund"),
    ("tp_survey", "活动后问卷", "Post-event survey", "loyalty", "app", "digital", "cx",
     "问卷|满意度调查|回访|survey|feedback form|post-event survey"),
    ("tp_toilets", "卫生间与场地设施", "Toilets & site facilities", "service", "other", "physical", "site_ops",
     "厕所|卫生间|洗手间|场地|设施|toilets|restrooms|facilities|site"),
    ("tp_stage", "舞台与演出阵容", "Stage & line-up", "service", "other", "physical", "programming",
     "舞台|演出|阵容|乐队|音响|stage|line-up|lineup|performance|sound|bands"),
]
JOURNEYS = [
    ("ticketing", "购票旅程", "Discovery to ticket", 60, ["tp_discover", "tp_prereg", "tp_ticket"]),
    ("entry", "入场旅程", "Ticket to gate entry", 120, ["tp_ticket", "tp_activate", "tp_gate_queue", "tp_gate"]),
    ("cashless", "无现金消费", "Cashless wristband spend", 2, ["tp_gate", "tp_topup", "tp_food"]),
    ("balance_refund", "余额退款", "Balance refund", 30, ["tp_refund_request", "tp_refund_done"]),
]

# feedback topics: zh texts, en texts, sentiment, touchpoint, rating range. Markers below are exclusive per topic.
T = {
    "queue": (["入口排队排了{n}个小时，太阳晒得人都要晕了", "{fest}检票口只开了一个，排队一个多小时才进场，错过了开场乐队",
               "排队进场太慢了，安检和检票都挤在一起", "进场排队绕了好几圈，组织方能不能多开几个入口",
               "排队{n}个多小时才进去，第一天的演出都没看完整"],
              ["Queued over an hour at the gate, missed the opening act", "The entry queue at {fest_en} was insane, two hours in the sun",
               "Gate queue was far too long, please open more lanes"], "neg", "tp_gate", (1, 2)),
    "lineup": (["今年阵容太强了，{fest}值回票价", "阵容很用心，好几个喜欢的乐队都来了", "这阵容必须给满分，明年还来",
                "{fest}的阵容是我今年看过最好的", "阵容绝了，嗓子都喊哑了"],
               ["The line-up this year was amazing, worth every yuan", "Great line-up, saw three of my favourite bands",
                "Best festival line-up I have seen in years"], "pos", "tp_stage", (4, 5)),
    "food_pricey": (["吃的太贵了，一份炒面{p}块", "场内餐饮太贵了，一瓶水卖二十", "{fest}的吃的喝的也太贵了，比去年贵了一半",
                     "餐饮价格离谱，太贵了，份量还少", "小吃太贵，份量还小"],
                    ["Food was way too expensive, {p} yuan for noodles", "Drinks inside are overpriced",
                     "Everything at the food stalls was overpriced this year"], "neg", "tp_food", (1, 3)),
    "topup_broken": (["手环充值一直失败，钱扣了余额没到", "安卓手机在App里给手环充值一直转圈，充了三次都没成功",
                      "充值失败，买啤酒的时候才发现手环里没钱", "手环充值系统崩了，{fest}现场根本充不进去",
                      "App充值报错，客服电话也打不通"],
                     ["Wristband top-up kept failing in the app", "Could not top up my wristband on Android, tried three times",
                      "The top-up system was broken, money taken but balance not updated"], "neg", "tp_topup", (1, 2)),
    "toilets": (["厕所太脏了，而且数量太少", "卫生间没有纸，地上全是水", "场地的厕所排长龙，还特别脏",
                 "{fest}的卫生间太脏了，第二天根本没人打扫"],
                ["The toilets were filthy by the afternoon", "Not enough toilets and they were dirty"], "neg",
                "tp_toilets", (1, 3)),
    "refund_slow": (["手环余额申请退款{n}天了还没到账", "余额退款太慢了，客服一直说在处理", "退款迟迟不到，体验很差",
                     "申请了退款一周了，钱还没回来"],
                    ["Asked for my wristband balance refund days ago and still nothing",
                     "The refund of my unused balance is taking forever"], "neg", "tp_refund_done", (1, 2)),
    "transfer_fee": (["官方转售手续费太高了，卖一张票扣好多", "转让手续费不合理，朋友之间转票也要收钱",
                      "转售平台手续费有点坑"],
                     ["The resale transfer fee is too high", "Why pay a transfer fee to give a ticket to a friend?"],
                     "neg", "tp_transfer", (2, 3)),
    "realname": (["实名激活流程有点麻烦，人脸识别试了好几次", "激活电子票要实名，给家里老人弄了半天",
                  "实名认证一直提示失败"],
                 ["The real-name activation was fiddly, face scan failed twice"], "neg", "tp_activate", (2, 3)),
    "sound": (["音响效果很棒，站在后排也很清楚", "音响和灯光都很专业", "主舞台音响太震撼了"],
              ["Sound quality at the main stage was excellent", "Great sound and lights"], "pos", "tp_stage", (4, 5)),
    "smooth_entry": (["进场很快，刷身份证就进去了，十分钟搞定", "检票很顺，工作人员很有序", "入场很顺利，没怎么等"],
                     ["Got in within ten minutes, smooth entry", "Entry was quick and well organised"], "pos",
                     "tp_gate", (4, 5)),
    "ticket_easy": (["抢票很顺利，早鸟价很划算", "购票流程简单，几秒就买好了", "App买票很方便"],
                    ["Buying the ticket in the app was quick", "Early bird price was a great deal"], "pos",
                    "tp_ticket", (4, 5)),
    "refund_fast": (["余额第二天就退回来了，很方便", "手环余额退得很快，点个按钮就到账了"],
                    ["Got my unused balance back the next day"], "pos", "tp_refund_done", (4, 5)),
    "neutral": (["整体还行，明年看阵容再决定", "还可以吧，中规中矩", "第一次来音乐节，体验一般般", "天气有点热，其他还好"],
                ["It was ok overall", "Decent festival, nothing special", "Fine, will see next year"], "neu",
                "tp_stage", (3, 4)),
}
MARKERS = {"queue": ["排队", "queue"], "lineup": ["阵容", "line-up"], "food_pricey": ["太贵", "expensive", "overpriced"],
           "topup_broken": ["充值", "top up", "top-up"], "toilets": ["厕所", "卫生间", "toilet"],
           "refund_slow": ["退款", "refund"], "transfer_fee": ["手续费", "transfer fee"],
           "realname": ["实名", "real-name"], "sound": ["音响", "sound"]}


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)

    # ---------- customers ----------
    cnames = list(CITIES)
    cw = np.array([CITIES[c][2] for c in cnames])
    custs = []
    for i in range(N):
        fan = str(rng.choice(list(FAN), p=[v[1] for v in FAN.values()]))
        ages, aw = AGE_BY_FAN[fan]
        age = str(rng.choice(ages, p=aw))
        city = str(rng.choice(cnames, p=cw / cw.sum()))
        tier = str(rng.choice(list(TIER), p=[v[1] for v in TIER.values()]))
        dev = "android" if rng.random() < (0.58 if fan == "student" else 0.45) else "ios"
        lang = "en" if rng.random() < (0.09 if city in ("Shanghai", "Shenzhen", "Beijing") else 0.02) else "zh"
        acq = str(rng.choice(["douyin", "weibo", "friend_referral", "artist_fanclub", "app_store"],
                             p=[0.32, 0.22, 0.2, 0.14, 0.12]))
        custs.append(dict(id=f"C{i + 1:05d}", fan=fan, age=age, city=city, tier=tier, device=dev, lang=lang, acq=acq,
                          gender="female" if rng.random() < 0.56 else "male",
                          signup=datetime(2021, 3, 1) + D(days=float(rng.uniform(0, 1500))),
                          attended=0, activity=float(rng.lognormal(0, 0.5))))

    events, orders, feedback = [], [], []
    n_sess = [0]
    n_ord = [0]
    n_fb = [0]
    first_ev: dict[str, datetime] = {}

    def ev(c, t, tp, sess, ed, action, device="", channel="app", **extra):
        s = SERIES[ed[1]]
        r = dict(customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, session_id=sess, action=action, device=device,
                 channel=channel, festival_id=ed[0], festival=s[0], festival_en=s[1], edition=ed[2].year,
                 festival_date=ed[2].strftime("%Y-%m-%d"), city=s[2], 城市=CITIES[s[2]][0])
        r.update(extra)
        events.append(r)
        if c["id"] not in first_ev or t < first_ev[c["id"]]:
            first_ev[c["id"]] = t

    def order(c, t, amount, status, otype, ed, sess, **extra):
        n_ord[0] += 1
        s = SERIES[ed[1]]
        r = dict(order_id=f"O{n_ord[0]:06d}", customer_id=c["id"], ts=fmt(t), amount=round(float(amount), 2),
                 status=status, order_type=otype, 订单类型=ORDER_TYPE_ZH[otype], festival_id=ed[0], festival=s[0],
                 festival_en=s[1], session_id=sess)
        r.update(extra)
        orders.append(r)

    def fb(c, t, topic, ed, sess, channel, undated_p=0.0, nps=None):
        zh_t, en_t, sent, tp, (lo, hi) = T[topic]
        s = SERIES[ed[1]]
        en = c["lang"] == "en"
        tpl = str(rng.choice(en_t if en else zh_t))
        text = tpl.format(n=int(rng.integers(1, 3)), fest=s[0], fest_en=s[1], p=int(rng.choice([48, 58, 68, 78])))
        rating = int(rng.integers(lo, hi + 1)) if channel in ("survey", "app_review") else ""
        n_fb[0] += 1
        dated = rng.random() >= undated_p
        feedback.append(dict(feedback_id=f"F{n_fb[0]:05d}", text=text, ts=fmt(t) if dated else "",
                             customer_id=c["id"], touchpoint_id=tp, channel=channel, rating=rating,
                             nps="" if nps is None else nps, language="en" if en else "zh",
                             sentiment_label=sent, festival_id=ed[0], festival=s[0], festival_en=s[1],
                             session_id=sess))

    # ---------- festivals ----------
    prev_attendees: set[str] = set()
    for ed in EDITIONS:
        fid, ser, d1, queue_med, food_f, refund_h = ed
        zh, en, fcity, genre, demand, prices = SERIES[ser]
        d_start = d1 - D(days=120)
        headline = d1 - D(days=46)
        is_volt25 = fid == "VOLT2025"
        holders = {}    # customer id -> (session, tier, price, origin)
        in_edition = set()
        sessions = []
        for c in custs:
            p = 0.16 * demand * c["activity"] * GENRE_PREF[c["fan"]][genre]
            p *= 2.2 if c["city"] == fcity else 1.0
            if c["id"] in prev_attendees:
                p *= {"gold": 3.4, "silver": 1.7, "basic": 1.15}[c["tier"]]
            if rng.random() < min(p, 0.9):
                sessions.append(c)
        for c in sessions:
            n_sess[0] += 1
            sess = f"V{n_sess[0]:06d}"
            in_edition.add(c["id"])
            year_f = (ed[2].year - 2024) + (ed[2].month / 12)
            sw = np.array([0.12 + 0.22 * year_f, 0.26, 0.24, 0.22])
            if c["id"] in prev_attendees:
                sw = sw * np.array([0.6, 0.8, 1.5, 1.3])
            src = str(rng.choice(list(SOURCES), p=sw / sw.sum()))
            u = rng.random()
            if src == "artist" and u < 0.55 or u < 0.12:     # burst after the headliner announcement
                t_disc = headline + D(hours=float(rng.uniform(9, 24 * 7)))
            else:
                t_disc = d_start + D(days=float(rng.triangular(0, 10, 112)), hours=float(rng.uniform(8, 23)))
            ev(c, t_disc, "tp_discover", sess, ed, "view", channel=SOURCE_CH[src], source=src, 来源=SOURCES[src])
            dev = c["device"]
            # pre-registration
            t_pre = None
            if rng.random() < PREREG_P[src] * (1.08 if c["id"] in prev_attendees else 1.0):
                t_pre = t_disc + D(hours=float(rng.exponential(40)) + 0.1)
                ev(c, t_pre, "tp_prereg", sess, ed, "submit", device=dev, source=src, 来源=SOURCES[src])
            # ticket
            buy_p = BUY_P[src] * (1.0 if t_pre else 0.18)
            if c["fan"] == "student":
                buy_p *= 0.95
            if rng.random() >= min(buy_p, 0.95):
                continue
            base = t_pre or t_disc
            sale_open = d1 - D(days=90)
            if base < sale_open:
                t_buy = sale_open + D(hours=float(rng.exponential(150 if c["fan"] == "student" else 300)) + 10)
            else:
                t_buy = base + D(hours=float(rng.exponential(60)) + 0.2)
            if t_buy > d1 - D(hours=12):
                continue
            vip_p = {"student": 0.03, "young_professional": 0.13, "family": 0.18}[c["fan"]]
            if rng.random() < vip_p:
                tier = "vip"
            elif t_buy < d1 - D(days=60):
                tier = "early_bird"
            else:
                tier = "regular"
            price = prices[("early_bird", "regular", "vip").index(tier)]
            pm = str(rng.choice(["wechat_pay", "alipay", "card"], p=[0.55, 0.38, 0.07]))
            if rng.random() < 0.06:   # unpaid order timed out first, then bought again
                order(c, t_buy - D(minutes=float(rng.uniform(20, 300))), price, "cancelled", "ticket", ed, sess,
                      ticket_tier=tier, 票档=TIER_ZH[tier], channel="app", device=dev, payment_method=pm,
                      refunded_at="", refund_reason="payment_timeout")
            ev(c, t_buy, "tp_ticket", sess, ed, "success", device=dev, ticket_tier=tier, 票档=TIER_ZH[tier],
               amount=price)
            # cancellation refund before D-30
            if rng.random() < 0.025 and t_buy < d1 - D(days=32):
                t_ref = t_buy + D(days=float(rng.uniform(1, (d1 - D(days=31) - t_buy).days)))
                order(c, t_buy, price, "refunded", "ticket", ed, sess, ticket_tier=tier, 票档=TIER_ZH[tier],
                      channel="app", device=dev, payment_method=pm, refunded_at=fmt(t_ref),
                      refund_reason="cancellation")
                continue
            order(c, t_buy, price, "paid", "ticket", ed, sess, ticket_tier=tier, 票档=TIER_ZH[tier], channel="app",
                  device=dev, payment_method=pm, refunded_at="", refund_reason="")
            # transfer / resale
            tr_p = {"student": 0.11, "young_professional": 0.06, "family": 0.04}[c["fan"]]
            if rng.random() < tr_p:
                t_tr = max(t_buy + D(hours=2), d1 - D(days=float(rng.uniform(16, 55))))
                kind = "resale" if rng.random() < 0.6 else "transfer"
                fee = round(price * 0.06, 2) if kind == "resale" else 20.0
                ev(c, t_tr, "tp_transfer", sess, ed, kind, device=dev, ticket_tier=tier, 票档=TIER_ZH[tier],
                   amount=fee)
                order(c, t_tr, fee, "paid", "transfer_fee", ed, sess, ticket_tier=tier, 票档=TIER_ZH[tier],
                      channel="app", device=dev, payment_method=pm, refunded_at="", refund_reason="")
                if rng.random() < 0.25:
                    fb(c, t_tr + D(hours=float(rng.uniform(1, 48))), "transfer_fee", ed, sess, "ticket", 0.1)
                holders[c["id"]] = None   # no longer holds a ticket
                pool = [x for x in custs if x["id"] not in in_edition]
                r = pool[int(rng.integers(len(pool)))]
                in_edition.add(r["id"])
                n_sess[0] += 1
                holders[r["id"]] = (f"V{n_sess[0]:06d}", tier, kind, t_tr)
                continue
            holders[c["id"]] = (sess, tier, "purchase", t_buy)

        attendees = set()
        cmap = {c["id"]: c for c in custs}
        for cid, h in holders.items():
            if h is None:
                continue
            c = cmap[cid]
            sess, tier, origin, t0 = h
            dev = c["device"]
            # activation
            if rng.random() < 0.03:
                continue
            t_act = max(t0 + D(hours=1), d1 - D(days=float(rng.uniform(0.5, 14))))
            ev(c, t_act, "tp_activate", sess, ed, "success", device=dev, ticket_tier=tier, 票档=TIER_ZH[tier],
               ticket_origin=origin)
            if c["lang"] != "en" and rng.random() < 0.02:
                fb(c, t_act + D(hours=1), "realname", ed, sess, "app_review")
            ns = NOSHOW_P[c["fan"]]
            if c["age"] == "51+":
                ns = 0.32
            if rng.random() < ns:
                continue
            day = d1 + D(days=0 if rng.random() < 0.72 else 1)
            t_arr = day + D(hours=float(rng.uniform(12.5 if c["fan"] != "family" else 11.5, 18.5)))
            qmin = float(rng.lognormal(np.log(queue_med), 0.42))
            t_in = t_arr + D(minutes=qmin)
            ev(c, t_arr, "tp_gate_queue", sess, ed, "arrive", channel="onsite", ticket_tier=tier,
               票档=TIER_ZH[tier], gate=str(rng.choice(["A", "B", "C"])))
            ev(c, t_in, "tp_gate", sess, ed, "scan", channel="onsite", ticket_tier=tier, 票档=TIER_ZH[tier],
               gate_queue_min=round(qmin, 1))
            attendees.add(cid)
            c["attended"] += 1
            # cashless wristband
            top_p = {"student": 0.78, "young_professional": 0.86, "family": 0.94}[c["fan"]]
            balance = 0.0
            failed = 0
            spent_food = 0
            t = t_in
            exp_food = {"student": 2.2, "young_professional": 2.8, "family": 4.0}[c["fan"]]
            n_food = int(rng.poisson(exp_food)) + 1
            merch_f = 1.7 if ser == "BAY" else 1.0     # limited countdown scarves sell out every year
            want_merch = rng.random() < {"student": 0.28, "young_professional": 0.35, "family": 0.30}[c["fan"]] * merch_f
            if rng.random() < top_p:
                amounts = {"student": ([100, 200], [0.6, 0.4]), "young_professional": ([200, 300, 500], [0.4, 0.35, 0.25]),
                           "family": ([300, 500, 800], [0.35, 0.45, 0.2])}[c["fan"]]

                def topup(t):
                    nonlocal balance, failed
                    fail_p = (0.42 if dev == "android" else 0.05) if is_volt25 else 0.03
                    amt = float(rng.choice(amounts[0], p=amounts[1]))
                    for _ in range(3):
                        t = t + D(minutes=float(rng.uniform(2, 25)))
                        if rng.random() < fail_p:
                            failed += 1
                            ev(c, t, "tp_topup", sess, ed, "fail", device=dev, amount=amt, error_code="E_TIMEOUT"
                               if rng.random() < 0.7 else "E_GATEWAY")
                            if rng.random() < 0.35:
                                return t
                            continue
                        ev(c, t, "tp_topup", sess, ed, "success", device=dev, amount=amt, error_code="")
                        balance += amt
                        return t
                    return t

                t = topup(t)
                merch_at = int(rng.integers(0, n_food + 1)) if want_merch else -1
                for k in range(n_food + (1 if want_merch else 0)):
                    is_merch = k == merch_at
                    if is_merch:
                        price = float(rng.choice([99, 129, 169, 239], p=[0.35, 0.3, 0.2, 0.15]))
                    else:
                        price = round(float(rng.lognormal(np.log(42 * food_f), 0.35)), 0)
                    t = t + D(minutes=float(rng.uniform(20, 140)))
                    if t > day + D(hours=23, minutes=30):
                        break
                    if balance < price and balance > 0 and rng.random() < 0.5:
                        t = topup(t)
                    if balance < price:
                        continue
                    balance -= price
                    tp, otype = ("tp_merch", "merch") if is_merch else ("tp_food", "food_drink")
                    ev(c, t, tp, sess, ed, "purchase", channel="onsite", amount=price)
                    order(c, t, price, "paid", otype, ed, sess, ticket_tier="", 票档="", channel="onsite", device="",
                          payment_method="wristband", refunded_at="", refund_reason="")
                    if not is_merch:
                        spent_food += 1
            d_end = d1 + D(days=1, hours=23)
            # balance refund
            t_done = None
            lag_h = None
            if balance > 0 and rng.random() < (0.86 if c["fan"] == "family" else 0.62):
                t_req = d_end + D(hours=float(rng.exponential(30)) + 0.5)
                lag_h = float(rng.lognormal(np.log(refund_h), 0.5))
                t_done = t_req + D(hours=lag_h)
                ev(c, t_req, "tp_refund_request", sess, ed, "submit", device=dev, amount=round(balance, 2))
                ev(c, t_done, "tp_refund_done", sess, ed, "success", amount=round(balance, 2))
                order(c, t_done, balance, "refunded", "balance_refund", ed, sess, ticket_tier="", 票档="",
                      channel="app", device=dev, payment_method="wristband", refunded_at=fmt(t_done),
                      refund_reason="unused_balance")
                if lag_h > 72 and rng.random() < 0.3:
                    fb(c, t_req + D(hours=72 + float(rng.uniform(1, 40))), "refund_slow", ed, sess, "ticket", 0.12)
            # top-up problems raised with customer service / app store
            if failed and rng.random() < 0.25:
                chan = "ticket" if rng.random() < 0.5 else "app_review"
                fb(c, t_in + D(hours=float(rng.uniform(1, 6))), "topup_broken", ed, sess, chan,
                   0.1 if chan == "ticket" else 0.0)
            # survey
            if rng.random() < (0.40 if c["tier"] != "basic" else 0.33):
                t_sv = d_end + D(days=float(rng.uniform(0.3, 6)))
                ev(c, t_sv, "tp_survey", sess, ed, "submit", device=dev)
                cands = []
                if qmin > 60:
                    cands.append(("queue", 0.75))
                if failed:
                    cands.append(("topup_broken", 0.7))
                if lag_h and lag_h > 72:
                    cands.append(("refund_slow", 0.5))
                if spent_food:
                    cands.append(("food_pricey", 0.55 if food_f > 1.2 else 0.07))
                cands.append(("toilets", 0.16 if ser == "ECHO" else 0.07))
                cands.append(("lineup", 0.42 if fid in ("WAVE2025", "VOLT2025") else 0.2))
                cands.append(("sound", 0.1))
                if qmin < 20:
                    cands.append(("smooth_entry", 0.12))
                if lag_h and lag_h < 30:
                    cands.append(("refund_fast", 0.08))
                topic = "neutral"
                for tpc, p in cands:
                    if rng.random() < p:
                        topic = tpc
                        break
                sent = T[topic][2]
                nps = int(np.clip(rng.normal({"neg": 3.5, "neu": 6.5, "pos": 9.0}[sent], 1.4), 0, 10))
                fb(c, t_sv, topic, ed, sess, "survey", 0.0, nps=nps)
        # social posts (weibo / xiaohongshu) during and after the festival, no rating
        att = [cmap[x] for x in sorted(attendees)]
        for _ in range(int(len(att) * 0.16)):
            c = att[int(rng.integers(len(att)))]
            w = {"queue": 0.35 if fid == "ECHO2025" else 0.04, "lineup": 0.35, "food_pricey": 0.3 if food_f > 1.2 else 0.06,
                 "toilets": 0.14 if ser == "ECHO" else 0.06, "topup_broken": 0.25 if is_volt25 else 0.0,
                 "sound": 0.1, "neutral": 0.1}
            topic = str(rng.choice(list(w), p=np.array(list(w.values())) / sum(w.values())))
            t_s = d1 + D(hours=float(rng.uniform(14, 24 * 5)))
            fb(c, t_s, topic, ed, "", "social", 0.2)
        # app reviews about buying tickets
        for _ in range(int(len(holders) * 0.03)):
            c = cmap[list(holders)[int(rng.integers(len(holders)))]]
            fb(c, d1 - D(days=float(rng.uniform(20, 85))), "ticket_easy", ed, "", "app_review")
        prev_attendees |= attendees

    # ---------- assemble ----------
    events.sort(key=lambda r: (r["ts"], r["session_id"], r["touchpoint_id"]))
    for i, r in enumerate(events, 1):
        r["event_id"] = f"E{i:07d}"
    for k in rng.choice(len(events), 12, replace=False):     # re-sent by the gate scanners / app: exact duplicates
        events.append(dict(events[int(k)]))
    assert all(START <= datetime.fromisoformat(r["ts"]) <= END for r in events)
    orders.sort(key=lambda r: r["ts"])
    feedback.sort(key=lambda r: (r["ts"] or "9999", r["feedback_id"]))
    for f in feedback:          # topic markers are exclusive: gold counts topics by these text markers
        hits = [k for k, ms in MARKERS.items() if any(m.lower() in f["text"].lower() for m in ms)]
        assert len(hits) <= 1, (f["text"], hits)
    last_ev: dict[str, str] = {}
    for r in events:
        last_ev[r["customer_id"]] = r["ts"]
    cust_rows = []
    for c in custs:
        lv = last_ev.get(c["id"])
        su = c["signup"]
        if c["id"] in first_ev and su > first_ev[c["id"]]:
            su = first_ev[c["id"]] - D(days=float(rng.uniform(1, 60)))
        if c["tier"] == "gold":
            seg = "vip"
        elif c["attended"] >= 2:
            seg = "returning"
        elif lv is not None and lv < "2025-09-01":
            seg = "at_risk"
        else:
            seg = "new"
        cz, prov, _ = CITIES[c["city"]]
        cust_rows.append(dict(customer_id=c["id"], signup_at=fmt(su), segment=seg, region=prov,
                              acquisition_channel=c["acq"], tier=c["tier"], 会员等级=TIER[c["tier"]][0],
                              fan_type=c["fan"], 粉丝类型=FAN[c["fan"]][0], age_band=c["age"], 年龄段=AGE_ZH[c["age"]],
                              home_city=c["city"], 常住城市=cz, gender=c["gender"],
                              性别="女" if c["gender"] == "female" else "男", primary_device=c["device"],
                              language=c["lang"]))
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    jrows = [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k, touchpoint_id=tp,
                  window_days=win) for j, zh, en, win, steps in JOURNEYS for k, tp in enumerate(steps, 1)]
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
               "festival_id", "festival", "festival_en", "edition", "festival_date", "city", "城市", "source", "来源",
               "ticket_tier", "票档", "ticket_origin", "amount", "gate", "gate_queue_min", "error_code"]
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
