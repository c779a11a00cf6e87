"""StarReel Cinemas 星幕影城: a cinema chain (8 cinemas in 5 Chinese cities) with a ticketing app, a WeChat
mini program, box-office counters and a paid annual membership card, 2025-06-01 .. 2026-08-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md
(no experiments table). Deterministic (fixed seed), plain Python + numpy, a few seconds.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260831
START = datetime(2025, 6, 1)
END = datetime(2026, 8, 31, 23, 59, 0)
NDAYS = (END.date() - START.date()).days + 1
N_OLD, N_NEW = 1250, 750
D = timedelta

ANDROID_BUG = datetime(2026, 5, 3)        # Android app 6.4.0: WeChat Pay / Alipay callback bug
ANDROID_FIX = datetime(2026, 5, 27)       # 6.4.1 fixes it
WH01_GATES = datetime(2025, 12, 15)       # Optics Valley: new face-recognition gates, one lane most of the time
SNACK_HIKE = datetime(2026, 3, 1)         # combo 39 -> 52 CNY
OUTAGE = (datetime(2025, 11, 8), datetime(2025, 11, 30, 23, 59))   # GZ01 IMAX laser projector down
CNY = (datetime(2026, 2, 16), datetime(2026, 2, 23, 23, 59))        # 春节档 (Spring Festival 2026-02-17)

TOUCHPOINTS = [
    ("tp_push", "推送通知", "Push notification", "awareness", "app", "digital", "crm",
     "推送|消息推送|新片推送|push|push notification|notification"),
    ("tp_film_detail", "影片详情页", "Film detail page", "awareness", "app", "digital", "product",
     "影片详情|电影详情|看预告|预告片|film page|movie page|trailer|film detail"),
    ("tp_signup", "注册会员", "Sign-up", "consideration", "app", "digital", "crm",
     "注册|新用户注册|sign up|signup|registration|register"),
    ("tp_showtimes", "浏览场次", "Browse showtimes", "consideration", "app", "digital", "product",
     "场次|排片|选场次|看场次|showtimes|show times|browse showtimes|schedule|sessions"),
    ("tp_seat_select", "选座", "Seat selection", "purchase", "app", "digital", "product",
     "选座|在线选座|锁座|座位图|seat selection|seat map|pick seats|choose seats"),
    ("tp_snack_addon", "加购小食", "Snack add-on", "purchase", "app", "digital", "concessions",
     "卖品|小食|爆米花套餐|加购|零食|snack|snacks|concessions|popcorn|combo|add-on"),
    ("tp_payment", "支付成功", "Payment success", "purchase", "app", "digital", "payments",
     "支付|付款|支付成功|下单成功|payment|paid|pay|checkout"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "payments",
     "支付失败|付款失败|付不了款|payment failed|payment failure|pay fail|declined"),
    ("tp_box_office", "前台购票", "Box office purchase", "purchase", "store", "physical", "cinema_ops",
     "前台|售票处|柜台买票|现场购票|box office|counter|walk-up"),
    ("tp_eticket", "电子票出票", "E-ticket issued", "service", "app", "digital", "product",
     "出票|电子票|取票码|e-ticket|eticket|ticket issued|QR ticket"),
    ("tp_checkin", "检票入场", "Gate check-in", "service", "store", "physical", "cinema_ops",
     "检票|检票口|入场|闸机|排队检票|check-in|checkin|gate|entry|ticket gate"),
    ("tp_snack_pickup", "卖品取餐", "Snack pickup", "service", "store", "physical", "concessions",
     "取爆米花|卖品柜台|取小食|snack pickup|concession stand|collect snacks"),
    ("tp_screening", "影厅观影", "In the auditorium", "service", "store", "physical", "cinema_ops",
     "影厅|放映|观影|座位|音效|画面|auditorium|screening|hall|seats|projection|sound"),
    ("tp_rating", "观影评分", "Post-movie rating", "loyalty", "app", "digital", "crm",
     "评分|打分|观影评价|影评|post-movie rating|rating|rate the movie|review"),
    ("tp_refund_request", "退票申请", "Refund request", "service", "app", "digital", "customer_service",
     "退票|申请退票|退款申请|refund request|ticket refund|cancel ticket"),
    ("tp_refund_done", "退款到账", "Refund completed", "service", "app", "digital", "customer_service",
     "退款成功|退款到账|钱退回来|refund completed|refunded|money back"),
    ("tp_exchange", "改签", "Ticket exchange", "service", "app", "digital", "customer_service",
     "改签|换场次|换票|exchange|change showtime|rebook"),
    ("tp_cs_chat", "在线客服", "Customer service chat", "service", "app", "digital", "customer_service",
     "客服|在线客服|人工客服|投诉|工单|customer service|cs|support|complaint|ticket to support"),
    ("tp_renew_reminder", "续费提醒", "Renewal reminder", "loyalty", "app", "digital", "membership",
     "续费提醒|到期提醒|会员到期|renewal reminder|expiry reminder"),
    ("tp_renew_page", "会员续费页", "Renewal page", "loyalty", "app", "digital", "membership",
     "续费页|会员卡页面|续卡页面|renewal page|membership page"),
    ("tp_renew_paid", "会员卡续费成功", "Membership renewed", "loyalty", "app", "digital", "membership",
     "续费|续卡|会员续费|年卡续费|renewal|renewed|renew membership|membership renewal"),
]
JOURNEYS = [
    ("ticket_purchase", "在线购票", "Ticket purchase", 1,
     ["tp_showtimes", "tp_seat_select", "tp_snack_addon", "tp_payment"]),
    ("membership_renewal", "会员卡续费", "Membership renewal", 14, ["tp_renew_reminder", "tp_renew_page", "tp_renew_paid"]),
    ("ticket_refund", "退票退款", "Ticket refund", 3, ["tp_refund_request", "tp_refund_done"]),
    ("signup_first_ticket", "注册到首次购票", "Sign-up to first ticket", 30, ["tp_signup", "tp_payment"]),
    ("checkin_to_rating", "检票到评分", "Check-in to rating", 3, ["tp_checkin", "tp_rating"]),
]
CINEMAS = [  # id, city, name_zh, name_en, weight in city, screens
    ("SH01", "Shanghai", "星幕影城(五角场店)", "StarReel Wujiaochang", 1.2, ["2D", "3D", "IMAX"]),
    ("SH02", "Shanghai", "星幕影城(徐家汇店)", "StarReel Xujiahui", 1.0, ["2D", "3D", "4DX"]),
    ("BJ01", "Beijing", "星幕影城(望京店)", "StarReel Wangjing", 1.1, ["2D", "3D", "IMAX"]),
    ("BJ02", "Beijing", "星幕影城(西单店)", "StarReel Xidan", 1.0, ["2D", "4DX"]),
    ("GZ01", "Guangzhou", "星幕影城(天河店)", "StarReel Tianhe", 1.0, ["2D", "3D", "IMAX"]),
    ("WH01", "Wuhan", "星幕影城(光谷店)", "StarReel Optics Valley", 1.1, ["2D", "3D", "IMAX"]),
    ("WH02", "Wuhan", "星幕影城(江汉路店)", "StarReel Jianghan Road", 1.0, ["2D", "3D"]),
    ("CD01", "Chengdu", "星幕影城(春熙路店)", "StarReel Chunxi Road", 1.0, ["2D", "3D", "4DX"]),
]
CIN = {c[0]: c for c in CINEMAS}
CITIES = ["Shanghai", "Beijing", "Guangzhou", "Wuhan", "Chengdu"]
CITY_W = [0.28, 0.24, 0.15, 0.19, 0.14]
REGION = {"Shanghai": "华东", "Beijing": "华北", "Guangzhou": "华南", "Wuhan": "华中", "Chengdu": "西南"}
CITY_PRICE = {"Shanghai": 1.15, "Beijing": 1.12, "Guangzhou": 1.0, "Wuhan": 0.88, "Chengdu": 0.9}
EN_SHARE = {"Shanghai": 0.22, "Beijing": 0.18, "Guangzhou": 0.15, "Wuhan": 0.08, "Chengdu": 0.08}
SCREEN_PRICE = {"2D": 42, "3D": 52, "IMAX": 78, "4DX": 88}
SCREEN_W = {"2D": 0.55, "3D": 0.2, "IMAX": 0.17, "4DX": 0.12}
FILMS = [  # zh, en, genre, release, run days, popularity
    ("深空回响", "Echoes of Deep Space", "sci-fi", date(2025, 5, 30), 45, 2.0),
    ("毕业季", "Graduation Season", "romance", date(2025, 6, 13), 35, 1.2),
    ("熊猫特工队", "Panda Agents", "animation", date(2025, 7, 5), 60, 3.2),
    ("长安夜行", "Night Walk in Chang'an", "action", date(2025, 7, 25), 50, 2.0),
    ("夏日告白", "Summer Confession", "romance", date(2025, 8, 29), 30, 1.5),
    ("烈火先锋", "Blazing Vanguard", "action", date(2025, 9, 30), 40, 3.0),
    ("小镇喜事", "Small Town Wedding", "comedy", date(2025, 10, 1), 40, 2.0),
    ("午夜病房", "Midnight Ward", "horror", date(2025, 10, 31), 30, 1.0),
    ("星际漂流者", "Star Drifters", "sci-fi", date(2025, 11, 7), 50, 2.5),
    ("冬日来信", "Letters in Winter", "drama", date(2025, 12, 12), 40, 1.2),
    ("笑闹一家人", "Crazy Family", "comedy", date(2025, 12, 31), 30, 1.8),
    ("雪孩子", "Snow Kid", "animation", date(2026, 1, 17), 40, 1.5),
    ("龙门客栈2", "Dragon Inn 2", "action", date(2026, 2, 17), 45, 3.0),
    ("福星高照", "Lucky Stars", "comedy", date(2026, 2, 17), 45, 3.5),
    ("小龙历险记", "Little Dragon's Adventure", "animation", date(2026, 2, 17), 45, 2.5),
    ("沉默的证人", "Silent Witness", "drama", date(2026, 3, 20), 40, 1.3),
    ("机械纪元", "Mecha Era", "sci-fi", date(2026, 4, 30), 45, 2.5),
    ("我们的长江", "Our Yangtze", "documentary", date(2026, 6, 5), 30, 0.6),
    ("毕业那年", "Class of 2026", "romance", date(2026, 6, 12), 40, 1.3),
    ("蓝鲸奇遇", "Blue Whale Odyssey", "animation", date(2026, 7, 3), 60, 3.2),
    ("极速追击", "Full Throttle", "action", date(2026, 7, 17), 45, 2.2),
]
SEASON = {(2025, 6): 0.9, (2025, 7): 1.3, (2025, 8): 1.3, (2025, 9): 0.75, (2025, 10): 1.15, (2025, 11): 0.8,
          (2025, 12): 1.0, (2026, 1): 0.85, (2026, 2): 1.5, (2026, 3): 0.75, (2026, 4): 0.85, (2026, 5): 1.0,
          (2026, 6): 0.95, (2026, 7): 1.3, (2026, 8): 1.3}
WEEKDAY_W = [0.8, 1.15, 0.8, 0.8, 1.2, 1.5, 1.3]
RELEASES = [("6.2.0", datetime(2025, 4, 10)), ("6.3.0", datetime(2025, 11, 18)), ("6.4.0", ANDROID_BUG),
            ("6.4.1", ANDROID_FIX)]
TIERS = ["regular", "silver", "gold", "black_diamond"]
RENEW_FEE = {"silver": 99, "gold": 199, "black_diamond": 499}
ACQ = ["app_store", "douyin_ads", "friend_referral", "box_office", "campus_promo"]

T = {  # topic -> (zh templates, en templates); {m} minutes, {c} cinema, {f} film
    "checkin_queue": (["检票排队排了{m}分钟，差点错过开场", "检票口只开了一个闸机，排队{m}分钟", "人脸识别闸机老是识别不了，检票好慢",
                       "{c}检票太慢了，排了{m}分钟队", "开场前检票口堵成一团，排了{m}分钟"],
                      ["Waited {m} minutes in the check-in line and missed the opening", "Only one gate open at check-in, the queue took {m} min",
                       "The face-recognition gates kept failing, check-in was painfully slow", "Check-in at {c} took {m} minutes, ridiculous"]),
    "dirty_seat": (["座位上全是爆米花渣，很脏", "座椅扶手黏糊糊的，座位脏得没法坐", "地上有饮料没人打扫，座位也脏",
                    "{c}的影厅卫生太差，座位很脏"],
                   ["Seats were dirty, popcorn everywhere", "Sticky armrest and a dirty seat, gross", "The hall at {c} was filthy, sticky floor and dirty seats"]),
    "snack_price": (["爆米花套餐涨到52了，太贵了", "卖品越来越贵，一桶爆米花一杯可乐五十多", "小食比电影票还贵，不买了",
                     "套餐价格涨了这么多，性价比太低太贵了"],
                    ["Snack combo is now 52 yuan, way overpriced", "Popcorn prices are a rip-off now", "The snack price is higher than my ticket, not buying again"]),
    "payment_fail": (["安卓App支付失败，微信支付一直调不起来", "付款时提示支付失败，锁的座位也被释放了", "更新后老是支付失败，只能去前台买票",
                      "连续三次支付失败，抢的好位置没了"],
                     ["Payment failed on Android after the update, three times", "Payment failed and I lost the seats I picked",
                      "Every payment fails since updating the app, had to buy at the counter"]),
    "refund_slow": (["场次取消了，退款到现在还没到账", "退票三天了退款还没回来", "退款太慢，客服也不回复", "IMAX场取消后退款等了快一周"],
                    ["My show was cancelled and the refund is taking forever", "Refund still not received after 3 days", "Slow refund and support never replies"]),
    "refund_rejected": (["开场前两小时申请退票被拒，说不能退款", "退票被拒绝了，规则写得不清楚，退款都不给"],
                        ["My refund request was rejected even though the show was hours away", "Refund denied with no explanation"]),
    "imax_outage": (["IMAX放映到一半黑屏，整场直接取消", "天河店IMAX厅黑屏两次，体验太差"],
                    ["The IMAX projector broke down halfway and the show was cancelled", "Projector failure in the IMAX hall, the screen went black"]),
    "seat_lock": (["选座时一直提示座位锁定失败，刷新好几次", "座位锁定失败，明明是空位却选不了"],
                  ["Seat selection kept failing with a lock error", "Could not lock my seats, the seat map kept erroring"]),
    "ads_long": (["映前广告太长了，放了二十分钟", "正片前广告一大堆，浪费时间"],
                 ["Way too many ads before the movie", "20 minutes of ads before the film started"]),
    "praise_picture": (["IMAX画面和音效太震撼了，值回票价", "音效很棒，画面清晰，观影体验一流", "4DX很好玩，{f}看得很过瘾"],
                       ["Amazing picture and sound, worth every yuan", "Great sound system and a crisp picture", "4DX was a blast, loved {f}"]),
    "praise_service": (["工作人员很热情，影厅干净舒适", "服务态度好，取票入场都很顺利", "环境不错，座椅舒服"],
                       ["Friendly staff and a clean, comfy hall", "Smooth entry and nice staff", "Comfortable seats and a nice atmosphere"]),
    "praise_app": (["App买票很方便，选座清楚", "小程序下单很快，推荐", "买票流程顺畅，出票快"],
                   ["Buying tickets in the app is quick and easy", "Smooth booking, the seat map is clear", "Love how fast the e-ticket shows up"]),
    "neutral": (["电影还行，影院一般", "{f}剧情有点拖沓，特效还可以", "还可以吧，下次再看", "中规中矩"],
                ["It was ok", "{f} was a bit slow but the effects were fine", "Average experience, nothing special"]),
}
NEG_TOPICS = {"checkin_queue", "dirty_seat", "snack_price", "payment_fail", "refund_slow", "refund_rejected",
              "imax_outage", "seat_lock", "ads_long"}
POS_TOPICS = {"praise_picture", "praise_service", "praise_app"}
TOPIC_TP = {"checkin_queue": "tp_checkin", "dirty_seat": "tp_screening", "snack_price": "tp_snack_addon",
            "payment_fail": "tp_pay_fail", "refund_slow": "tp_refund_request", "refund_rejected": "tp_refund_request",
            "imax_outage": "tp_screening", "seat_lock": "tp_seat_select", "ads_long": "tp_screening",
            "praise_picture": "tp_screening", "praise_service": "tp_checkin", "praise_app": "tp_payment",
            "neutral": "tp_rating"}


def iso(t: datetime | None) -> str:
    return "" if t is None else t.strftime("%Y-%m-%dT%H:%M:%S")


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events: list[list] = []
    orders: list[list] = []
    feedback: list[list] = []
    customers: list[list] = []
    n_ev = [0]
    n_sess = [0]

    def ev(cid, ts, tp, action, device, channel, sess, cinema="", city="", film="", oid="", ver="", fee=""):
        n_ev[0] += 1
        events.append([f"E{n_ev[0]:07d}", cid, iso(ts), tp, action, device, channel, sess, cinema, city, film, oid,
                       ver, fee])

    def fb(cid, ts, tp, channel, topic, lang, rating=None, nps=None, cinema="", city="", oid="", device="", ver="",
           film="", m=0):
        opts = T[topic][1 if lang == "en" else 0]
        if device != "android":   # only Android users blame "the Android app"
            opts = [x for x in opts if "安卓" not in x and "Android" not in x]
        tpl = opts[int(rng.integers(len(opts)))]
        cname = CIN[cinema][3 if lang == "en" else 2] if cinema else ("the cinema" if lang == "en" else "影院")
        fname = film or ("the movie" if lang == "en" else "这部片")
        text = tpl.format(m=m or int(rng.integers(12, 25)), c=cname, f=fname)
        sent = "neg" if topic in NEG_TOPICS else "pos" if topic in POS_TOPICS else "neu"
        feedback.append([f"F{len(feedback) + 1:06d}", text, iso(ts), cid, TOPIC_TP[topic] if tp is None else tp,
                         channel, "" if rating is None else int(rating), "" if nps is None else int(nps), cinema,
                         city, oid, device, ver, film, topic, sent])

    def neg_rating():
        return int(rng.choice([1, 2, 3], p=[0.3, 0.45, 0.25]))

    def pos_rating():
        return int(rng.choice([4, 5], p=[0.4, 0.6]))

    # ---- day weights (season x weekday x Spring Festival)
    days = [START.date() + D(days=i) for i in range(NDAYS)]
    W = np.array([SEASON[(d.year, d.month)] * WEEKDAY_W[d.weekday()] *
                  (2.2 if CNY[0].date() <= d <= CNY[1].date() else 1.0) for d in days])
    CW = np.concatenate([[0.0], np.cumsum(W)])

    def films_on(d: date):
        cand = [f for f in FILMS if f[3] <= d < f[3] + D(days=f[4])]
        if not cand:
            cand = [max((f for f in FILMS if f[3] <= d), key=lambda f: f[3])]
        w = np.array([f[5] * (1.6 if (d - f[3]).days < 14 else 1.0) for f in cand])
        return cand[int(rng.choice(len(cand), p=w / w.sum()))]

    order_seq = [0]

    def new_oid():
        order_seq[0] += 1
        return f"O{order_seq[0]:06d}"

    cids = [f"C{i + 1:05d}" for i in range(N_OLD + N_NEW)]
    for ci, cid in enumerate(cids):
        is_new = ci >= N_OLD
        city = CITIES[int(rng.choice(5, p=CITY_W))]
        cins = [c for c in CINEMAS if c[1] == city]
        cw = np.array([c[4] for c in cins])
        home = cins[int(rng.choice(len(cins), p=cw / cw.sum()))][0]
        device = "ios" if rng.random() < (0.5 if city in ("Shanghai", "Beijing") else 0.4) else "android"
        pchan = "mini_program" if rng.random() < 0.25 else "app"
        lang = "en" if rng.random() < EN_SHARE[city] else "zh"
        acq = ACQ[int(rng.choice(5, p=[0.3, 0.25, 0.18, 0.15, 0.12]))]
        if is_new:
            off = int(np.searchsorted(CW, rng.random() * CW[-31]) - 1)   # sign-ups follow the season too
            signup = datetime.combine(days[off], datetime.min.time()) + D(hours=int(rng.integers(9, 23)),
                                                                           minutes=int(rng.integers(60)))
            tier = TIERS[int(rng.choice(4, p=[0.68, 0.22, 0.08, 0.02]))]
        else:
            signup = datetime(2020, 1, 1) + D(days=int(rng.integers(0, 1975)), hours=int(rng.integers(9, 23)))
            tier = TIERS[int(rng.choice(4, p=[0.42, 0.3, 0.2, 0.08]))]
        lam = float(rng.gamma(2.0, 0.42)) * {"regular": 0.9, "silver": 1.1, "gold": 1.35, "black_diamond": 1.9}[tier]
        if acq == "douyin_ads":
            lam *= 0.7
        # churn: some stop coming
        active_from = max(signup, START)
        stop = END
        if rng.random() < 0.28:
            span = (END - active_from).days
            if span > 30:
                stop = active_from + D(days=int(rng.integers(20, span)))
        lag = int(rng.integers(0, 5))
        box_share = 0.35 if acq == "box_office" else 0.08

        def version(t):
            v = ""
            for name, rel in RELEASES:
                if t >= rel + D(days=lag):
                    v = name
            return v

        # ---- membership card: expiry dates and renewals (before sessions: the card decides member prices)
        card_ok: list[tuple[datetime, datetime]] = []   # periods with an active card
        card_status = ""
        if tier != "regular":
            if is_new:
                exp = signup + D(days=365)
                cstart = signup
            else:
                exp = START + D(days=int(rng.integers(0, 365)), hours=int(rng.integers(24)))
                cstart = exp - D(days=365)
            p_page = {"silver": 0.5, "gold": 0.66, "black_diamond": 0.85}[tier]
            p_paid = {"silver": 0.5, "gold": 0.72, "black_diamond": 0.9}[tier]
            if pchan == "mini_program":
                p_paid *= 0.9
            while True:
                if exp > END:
                    card_ok.append((cstart, END + D(days=1)))
                    card_status = "active"
                    break
                rem = exp - D(days=14)
                renewed = False
                s = f"S{n_sess[0] + 1:07d}"
                n_sess[0] += 1
                if rem >= START:
                    ev(cid, rem, "tp_renew_reminder", "view", device, pchan, s)
                    if rng.random() < p_page and rem + D(days=1) < stop + D(days=30):
                        tpg = rem + D(hours=float(rng.uniform(0.2, 24 * 9)))
                        ev(cid, tpg, "tp_renew_page", "view", device, pchan, s, ver=version(tpg) if pchan == "app" else "")
                        if rng.random() < p_paid:
                            tpd = tpg + D(minutes=float(rng.uniform(1, 12)))
                            ev(cid, tpd, "tp_renew_paid", "success", device, pchan, s,
                               ver=version(tpd) if pchan == "app" else "", fee=RENEW_FEE[tier])
                            renewed = True
                else:
                    renewed = rng.random() < 0.7
                if renewed:
                    card_ok.append((cstart, exp))
                    cstart, exp = exp, exp + D(days=365)
                else:
                    card_ok.append((cstart, exp))
                    card_status = "expired"
                    break

        def member_at(t):
            return any(a <= t < b for a, b in card_ok)

        # ---- sessions
        ia = (active_from.date() - START.date()).days
        ib = (stop.date() - START.date()).days
        mass = CW[ib + 1] - CW[ia]
        n = int(rng.poisson(lam * mass / 30.0))
        u = rng.random(n) * mass + CW[ia]
        offs = sorted(int(np.searchsorted(CW, x) - 1) for x in u)
        starts = [datetime.combine(days[o], datetime.min.time()) + D(hours=float(rng.uniform(9.5, 23.0))) for o in offs]
        if is_new:
            s0 = signup
            if signup >= START:
                ev(cid, signup, "tp_signup", "submit", device, pchan, f"S{n_sess[0] + 1:07d}")
            p_first = {"app_store": 0.72, "douyin_ads": 0.2, "friend_referral": 0.78, "box_office": 0.55,
                       "campus_promo": 0.62}[acq]
            if rng.random() < p_first:
                t_first = s0 + D(hours=float(rng.gamma(1.5, 4.0) * 24))
                if t_first <= END:
                    starts = sorted(starts + [t_first])
            starts = [t for t in starts if t > signup]
        paid_before = False
        last_paid = None
        for t0 in starts:
            n_sess[0] += 1
            sess = f"S{n_sess[0]:07d}"
            d0 = t0.date()
            cin = home if rng.random() < 0.82 or len(cins) == 1 else cins[int(rng.integers(len(cins)))][0]
            film = films_on(d0)
            box = paid_before and rng.random() < box_share   # the first ticket is bought online (NEW20)
            chan = "box_office" if box else pchan
            dev = "" if box else device
            ver = version(t0) if chan == "app" else ""
            # showtime
            if box:
                show = t0 + D(minutes=float(rng.uniform(15, 90)))
            else:
                show = datetime.combine(d0 + D(days=int(rng.choice([0, 1, 2, 3], p=[0.55, 0.25, 0.12, 0.08]))),
                                        datetime.min.time()) + D(hours=float(rng.uniform(10, 22.5)))
                if show < t0 + D(minutes=40) or show > END - D(hours=3):
                    show = t0 + D(minutes=float(rng.uniform(40, 120)))
            scr_opts = CIN[cin][5]
            sw = np.array([SCREEN_W[s] * (1.8 if s in ("IMAX", "4DX") and film[2] in ("sci-fi", "action") else 1.0)
                           * (2.5 if s == "IMAX" and film[0] == "星际漂流者" else 1.0) for s in scr_opts])
            screen = scr_opts[int(rng.choice(len(scr_opts), p=sw / sw.sum()))]
            city_ = CIN[cin][1]
            tickets = int(rng.choice([1, 2, 3, 4], p=[0.38, 0.46, 0.1, 0.06]))
            price = SCREEN_PRICE[screen] * CITY_PRICE[city_] * (1.35 if CNY[0] <= show <= CNY[1] else 1.0)
            price = round(price + float(rng.normal(0, 3)))
            ticket_amt = price * tickets
            snack_p = (0.44 if t0 < SNACK_HIKE else 0.27) * (1.15 if screen in ("IMAX", "4DX") else 1.0)
            combos = int(rng.choice([1, 2], p=[0.7, 0.3])) if rng.random() < snack_p else 0
            snack_amt = combos * (39 if t0 < SNACK_HIKE else 52)
            mem = tier != "regular" and member_at(t0)
            mtier = tier if mem else "regular"
            coupon, disc = "", 0
            if mem and t0.weekday() == 1 and rng.random() < 0.75:
                coupon, disc = "TUE50", int(round(ticket_amt * 0.5))
            elif is_new and not paid_before and chan != "box_office" and rng.random() < 0.8:
                coupon, disc = "NEW20", 20
            elif rng.random() < 0.05:
                coupon, disc = "CMB10", 10
            amount = ticket_amt + snack_amt - disc
            if chan == "mini_program":
                pm_opts, pm_w = ["wechat_pay", "member_card"], [0.88, 0.12]
            elif chan == "app":
                pm_opts, pm_w = ["wechat_pay", "alipay", "unionpay", "member_card"], [0.45, 0.33, 0.08, 0.14]
            else:
                pm_opts, pm_w = ["wechat_pay", "alipay", "unionpay", "cash", "member_card"], [0.5, 0.2, 0.15, 0.1, 0.05]
            pm = pm_opts[int(rng.choice(len(pm_opts), p=pm_w))]
            if pm == "member_card" and not mem:
                pm = "wechat_pay"
            film_zh, film_en, genre = film[0], film[1], film[2]

            def order_row(oid, ts, status, cancel="", refund="", gate=None, pmeth=pm):
                orders.append([oid, cid, iso(ts), amount, status, chan, dev, cin, CIN[cin][2], CIN[cin][3], city_,
                               film_zh, film_en, genre, screen, iso(show), tickets, ticket_amt, snack_amt, disc, coupon,
                               mtier, pmeth if status != "cancelled" or cancel == "payment_failed" else "", ver,
                               cancel, refund, "" if gate is None else round(gate, 1)])
                return len(orders) - 1

            paid_t, oid_paid = None, None
            if box:
                oid_paid = new_oid()
                paid_t = t0
                ev(cid, t0, "tp_box_office", "success", "", "store", sess, cin, city_, film_zh, oid_paid)
            else:
                intent = 0.88 if is_new and not paid_before else 1.0
                if rng.random() < 0.35:
                    ev(cid, t0 - D(minutes=float(rng.uniform(1, 6))), "tp_film_detail", "view", dev, chan, sess,
                       cin, city_, film_zh, ver=ver)
                if rng.random() < 0.12:
                    ev(cid, t0 - D(hours=float(rng.uniform(1, 30))), "tp_push", "click", dev, chan, sess, ver=ver)
                ev(cid, t0, "tp_showtimes", "view", dev, chan, sess, cin, city_, film_zh, ver=ver)
                p_seat = (0.66 if chan == "app" else 0.55) * intent
                if is_new and not paid_before:
                    p_seat = min(0.95, p_seat * 1.3)
                t = t0 + D(minutes=float(rng.uniform(0.5, 6)))
                if rng.random() < p_seat:
                    ev(cid, t, "tp_seat_select", "click", dev, chan, sess, cin, city_, film_zh, ver=ver)
                    if rng.random() < 0.002:
                        fb(cid, t + D(minutes=5), None, "app_review", "seat_lock", lang,
                           rating=int(rng.choice([1, 2])), cinema=cin, city=city_, device=dev, ver=ver)
                    t += D(minutes=float(rng.uniform(0.5, 3)))
                    if rng.random() < 0.9:
                        ev(cid, t, "tp_snack_addon", "view", dev, chan, sess, cin, city_, film_zh, ver=ver)
                        t += D(minutes=float(rng.uniform(0.5, 3)))
                        if rng.random() < 0.05:
                            order_row(new_oid(), t, "cancelled", cancel="timeout")
                        else:
                            buggy = dev == "android" and chan == "app" and ver == "6.4.0"
                            p_fail = 0.6 if buggy else 0.035
                            for attempt in range(3):
                                oid = new_oid()
                                if rng.random() < p_fail:
                                    order_row(oid, t, "cancelled", cancel="payment_failed")
                                    ev(cid, t + D(seconds=20), "tp_pay_fail", "fail", dev, chan, sess, cin, city_,
                                       film_zh, oid, ver)
                                    if rng.random() < (0.15 if buggy else 0.04):
                                        fb(cid, t + D(minutes=float(rng.uniform(3, 120))), None, "app_review",
                                           "payment_fail", lang, rating=int(rng.choice([1, 2], p=[0.75, 0.25])),
                                           cinema=cin, city=city_, oid=oid, device=dev, ver=ver)
                                    if rng.random() < (0.05 if buggy else 0.03):
                                        tt = t + D(minutes=float(rng.uniform(5, 60)))
                                        ev(cid, tt, "tp_cs_chat", "submit", dev, chan, sess, cin, city_, oid=oid, ver=ver)
                                        fb(cid, tt, None, "cs_ticket", "payment_fail", lang,
                                           rating=(neg_rating() if rng.random() < 0.5 else None), cinema=cin,
                                           city=city_, oid=oid, device=dev, ver=ver)
                                    if rng.random() < (0.3 if buggy else 0.6):
                                        t += D(minutes=float(rng.uniform(0.5, 4)))
                                        continue
                                    break
                                oid_paid = oid
                                paid_t = t + D(seconds=30)
                                ev(cid, paid_t, "tp_payment", "success", dev, chan, sess, cin, city_, film_zh, oid, ver)
                                ev(cid, paid_t + D(seconds=5), "tp_eticket", "view", dev, chan, sess, cin, city_,
                                   film_zh, oid, ver)
                                break
            if oid_paid is None:
                continue
            paid_before = True
            # ---- after payment: refund / exchange / check-in / rating
            outage = cin == "GZ01" and screen == "IMAX" and OUTAGE[0] <= show <= OUTAGE[1]
            if outage:
                req = max(paid_t + D(minutes=10), show - D(hours=float(rng.uniform(1, 5))))
                rdev, rch = (dev, chan) if not box else ("", "store")
                if rng.random() < 0.85:
                    ev(cid, req, "tp_refund_request", "submit", rdev, rch, sess, cin, city_, film_zh, oid_paid)
                done = req + D(hours=float(rng.uniform(40, 200)))
                ev(cid, done, "tp_refund_done", "success", rdev, rch, sess, cin, city_, film_zh, oid_paid)
                order_row(oid_paid, paid_t, "refunded", refund="screening_cancelled")
                if rng.random() < 0.45:
                    tt = req + D(hours=float(rng.uniform(1, 70)))
                    ev(cid, tt, "tp_cs_chat", "submit", dev or device, pchan, sess, cin, city_, oid=oid_paid)
                    fb(cid, tt, None, "cs_ticket", "refund_slow" if rng.random() < 0.7 else "imax_outage",
                       lang, rating=(neg_rating() if rng.random() < 0.5 else None), cinema=cin, city=city_,
                       oid=oid_paid, device=dev or device, film=film_zh if lang == "zh" else film_en)
                continue
            if not box and rng.random() < 0.028:
                req = paid_t + (show - paid_t) * float(rng.uniform(0.1, 0.9))
                ev(cid, req, "tp_refund_request", "submit", dev, chan, sess, cin, city_, film_zh, oid_paid)
                if rng.random() < 0.88:
                    done = req + D(minutes=float(rng.uniform(5, 60 * 20)))
                    ev(cid, done, "tp_refund_done", "success", dev, chan, sess, cin, city_, film_zh, oid_paid)
                    order_row(oid_paid, paid_t, "refunded", refund="customer_request")
                    continue
                if rng.random() < 0.4:
                    tt = req + D(minutes=float(rng.uniform(10, 300)))
                    ev(cid, tt, "tp_cs_chat", "submit", dev, chan, sess, cin, city_, oid=oid_paid)
                    fb(cid, tt, None, "cs_ticket", "refund_rejected", lang,
                       rating=(neg_rating() if rng.random() < 0.5 else None), cinema=cin, city=city_,
                       oid=oid_paid, device=dev)
            if not box and rng.random() < 0.02:
                ev(cid, paid_t + (show - paid_t) * 0.5, "tp_exchange", "submit", dev, chan, sess, cin, city_,
                   film_zh, oid_paid)
            gate = None
            if rng.random() < 0.955 and show < END:
                late = t0.weekday() >= 4 and show.hour >= 18
                if cin == "WH01" and show >= WH01_GATES:
                    gate = float(rng.gamma(4.0, 3.2))
                else:
                    gate = float(rng.gamma(2.0, 1.6 if not late else 2.1))
                tci = show - D(minutes=float(rng.uniform(0, 20)))
                ev(cid, tci, "tp_checkin", "scan", "", "store", sess, cin, city_, film_zh, oid_paid)
                if combos:
                    ev(cid, tci - D(minutes=float(rng.uniform(2, 10))), "tp_snack_pickup", "collect", "", "store",
                       sess, cin, city_, film_zh, oid_paid)
            order_row(oid_paid, paid_t, "paid", gate=gate)
            last_paid = paid_t
            if gate is None:
                continue
            # ---- post-movie rating (survey)
            if rng.random() < 0.2:
                tr = show + D(hours=float(rng.uniform(2.2, 50)))
                if tr > END:
                    continue
                ev(cid, tr, "tp_rating", "submit", device, pchan, sess, cin, city_, film_zh, oid_paid)
                dirty_p = 0.2 if cin == "WH02" else 0.035
                if gate > 10 and rng.random() < 0.7:
                    topic = "checkin_queue"
                elif rng.random() < dirty_p:
                    topic = "dirty_seat"
                elif combos and rng.random() < (0.25 if t0 >= SNACK_HIKE else 0.04):
                    topic = "snack_price"
                elif rng.random() < 0.05:
                    topic = "ads_long"
                else:
                    r = rng.random()
                    topic = ("praise_picture" if screen in ("IMAX", "4DX") else "praise_service") if r < 0.5 else \
                        "praise_service" if r < 0.68 else "neutral"
                rating = neg_rating() if topic in NEG_TOPICS else pos_rating() if topic in POS_TOPICS else \
                    int(rng.choice([3, 4], p=[0.6, 0.4]))
                nps = None
                if rng.random() < 0.6:
                    nps = int(np.clip(round(rating * 2 + rng.normal(-0.5, 1.3)), 0, 10))
                fb(cid, tr, None, "post_movie_survey", topic, lang, rating=rating, nps=nps, cinema=cin, city=city_,
                   oid=oid_paid, device=device, film=film_zh if lang == "zh" else film_en, m=int(round(gate)))
        # ---- customer row
        end_d = END
        if is_new and signup >= END - D(days=60):
            seg = "new"
        elif last_paid is None:
            seg = "churned"
        elif (end_d - last_paid).days <= 60:
            seg = "active"
        elif (end_d - last_paid).days <= 120:
            seg = "at_risk"
        else:
            seg = "churned"
        customers.append([cid, iso(signup), seg, REGION[city], acq, tier, city, home, device, pchan, lang,
                          card_status])

    # ---- app reviews not tied to an event, and social posts without a timestamp
    cust_dev = {c[0]: c for c in customers}
    for i in range(260):
        c = customers[int(rng.integers(len(customers)))]
        off = int(np.searchsorted(CW, rng.random() * CW[-1]) - 1)
        t = datetime.combine(days[off], datetime.min.time()) + D(hours=float(rng.uniform(8, 23)))
        r = rng.random()
        topic = "praise_app" if r < 0.6 else "neutral" if r < 0.8 else "ads_long" if r < 0.9 else "seat_lock"
        rating = pos_rating() if topic == "praise_app" else neg_rating() if topic in NEG_TOPICS else 3
        lag_ver = ""
        if c[9] == "app":
            for name, rel in RELEASES:
                if t >= rel + D(days=7):
                    lag_ver = name
        fb(c[0], t, None, "app_review", topic, c[10], rating=rating, device=c[8], ver=lag_ver)
    social_topics = ["checkin_queue", "dirty_seat", "snack_price", "praise_picture", "praise_service", "neutral",
                     "snack_price", "payment_fail"]
    for i in range(90):
        topic = social_topics[int(rng.integers(len(social_topics)))]
        lang = "en" if rng.random() < 0.2 else "zh"
        cin = CINEMAS[int(rng.integers(len(CINEMAS)))][0]
        if topic == "checkin_queue":
            cin = "WH01" if rng.random() < 0.7 else cin
        if topic == "dirty_seat":
            cin = "WH02" if rng.random() < 0.6 else cin
        fb("", None, None, "social", topic, lang, cinema=cin, city=CIN[cin][1])
    del cust_dev

    # ---- write
    def write(name, header, rows):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows(rows)

    write("touchpoints", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"],
          [[t[0], t[1], t[1], t[2], t[3], t[4], t[5], t[6], t[7]] for t in TOUCHPOINTS])
    write("journeys", ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
                       "window_days"],
          [[j[0], j[1], j[1], j[2], k + 1, tp, j[3]] for j in JOURNEYS for k, tp in enumerate(j[4])])
    write("customers", ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "city",
                        "home_cinema_id", "primary_device", "primary_channel", "language", "card_status"], customers)
    events = [e for e in events if iso(START) <= e[2] <= iso(END)]
    events.sort(key=lambda r: (r[2], r[0]))
    write("events", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "session_id",
                     "cinema_id", "city", "film_title", "order_id", "app_version", "renewal_fee"], events)
    orders.sort(key=lambda r: (r[2], r[0]))
    write("orders", ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "cinema_id",
                     "cinema_name", "cinema_name_en", "city", "film_title", "film_title_en", "film_genre",
                     "screen_type", "showtime", "tickets", "ticket_amount", "snack_amount", "discount", "coupon_code",
                     "member_tier", "payment_method", "app_version", "cancel_reason", "refund_reason",
                     "gate_wait_minutes"], orders)
    write("feedback", ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                       "cinema_id", "city", "order_id", "device", "app_version", "film_title", "topic",
                       "sentiment_label"], feedback)
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
