"""声场 SoundBay: music recording studio rental and production in five cities. A client (a band, an independent
artist, a podcaster or an ad agency) finds us (Xiaohongshu, Douyin, a search engine, or a referral from someone in the
scene), asks for a quote on the website / WeChat, books a room (乐队大棚 live room, 人声棚 vocal booth, 播客间 podcast
room) for a block of hours, prepays the studio fee (WeChat Pay, Alipay, or company bank transfer for agencies), is
assigned a recording engineer, comes in for the session (sometimes running over: overtime is billed), may rent gear
(mics, amps, drum kits, synths), may order mixing (and mastering) of the recorded tracks, gets a first mix, sends
revision notes, gets the master and the final files (stems + masters) by download link, reviews us, and books again.
Bookings may be cancelled before the session (the studio fee is refunded). Some clients buy a package
(录混母一条龙: hours + mixing + mastering at a discount) instead of separate orders.
Events 2025-01-01 .. 2026-08-31 (the online booking site launched on 2025-01-01; the extract was taken at the end of
August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
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
N_CUST = 6400
PAY_BUG = (datetime(2025, 4, 14), datetime(2025, 5, 19))      # site 2.3: WeChat Pay H5 redirect broken on iOS Safari
METRO = (datetime(2025, 6, 1), datetime(2026, 1, 16))         # metro line 14 works next to the Jing'an studio
YEAR_END = (datetime(2025, 11, 1), datetime(2026, 1, 1))      # year-end ad rush: mixing backlog
TIMER_BUG = (datetime(2026, 3, 1), datetime(2026, 6, 15))     # Shenzhen: session timer starts at load-in -> overtime
SITE_VERSIONS = [(datetime(2025, 1, 1), "2.1"), (datetime(2025, 3, 3), "2.2"), (datetime(2025, 4, 14), "2.3"),
                 (datetime(2025, 5, 19), "2.3.1"), (datetime(2025, 10, 9), "2.4"), (datetime(2026, 4, 20), "2.5")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_visit", "浏览官网", "Website visit", "awareness", "web", "digital", "marketing",
     "官网|看棚|种草|刷到|小红书看到|抖音看到|搜到|圈内推荐|discover|found us|first visit|landing page"),
    ("tp_quote", "询价", "Quote request", "consideration", "web", "digital", "sales",
     "询价|报价|问价|咨询|quote|pricing|enquiry|inquiry|rate card"),
    ("tp_book", "预订棚时", "Room booked", "consideration", "web", "digital", "studio_ops",
     "订棚|预订|约棚|排期|锁档期|book|booking|reserve|hold|studio time"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "web", "digital", "it",
     "付款失败|支付失败|付不了|payment failed|payment error|checkout error"),
    ("tp_pay", "支付棚费", "Studio fee paid", "purchase", "web", "digital", "finance",
     "付款|支付|预付|定金|棚费|pay|payment|prepay|deposit"),
    ("tp_cancel", "取消预订", "Booking cancelled", "service", "web", "digital", "studio_ops",
     "取消|改期不来了|退订|cancel|cancellation|cancelled"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|refund|money back|refunded"),
    ("tp_engineer", "分配录音师", "Engineer assigned", "service", "phone", "digital", "studio_ops",
     "录音师|分配录音师|排录音师|工程师|engineer|engineer assigned|tracking engineer"),
    ("tp_session", "进棚录音", "Recording session", "service", "store", "physical", "studio_ops",
     "进棚|录音|录制|session|tracking|recording|in the studio|棚里"),
    ("tp_overtime", "超时加钟", "Overtime", "purchase", "store", "physical", "studio_ops",
     "超时|加钟|拖堂|超时费|overtime|ran over|extra hour|overrun"),
    ("tp_gear", "器材租赁", "Gear rental", "purchase", "store", "physical", "studio_ops",
     "器材|租器材|借话筒|租鼓|租琴|gear|gear rental|backline|mic rental"),
    ("tp_mix_order", "下单混音", "Mixing ordered", "purchase", "web", "digital", "post_production",
     "混音下单|下单混音|订混音|mixing order|order a mix|post-production order"),
    ("tp_mix_deliver", "混音初版交付", "First mix delivered", "service", "email", "digital", "post_production",
     "混音交付|初版混音|一版混音|出混音|first mix|mix delivered|mix v1|turnaround"),
    ("tp_revision", "返修意见", "Revision request", "service", "email", "digital", "post_production",
     "返修|修改意见|改一版|改版|revision|revisions|mix notes|changes"),
    ("tp_master", "母带交付", "Master delivered", "service", "email", "digital", "post_production",
     "母带|做母带|母带处理|mastering|master|masters"),
    ("tp_files", "文件交付", "Files delivered", "service", "web", "digital", "post_production",
     "交付文件|下载|分轨|工程文件|发文件|stems|files|download link|delivery|deliverables"),
    ("tp_review", "评价", "Review", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|评分|点评|review|rating|stars"),
    ("tp_rebook", "再次订棚", "Repeat booking", "loyalty", "web", "digital", "crm",
     "回头客|复购|再来|又订|返场|rebook|repeat booking|came back|repeat client"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("booking", "订棚转化", "Booking conversion", ["tp_visit", "tp_quote", "tp_book", "tp_pay"], 14),
    ("session", "进棚录音", "Studio session", ["tp_pay", "tp_engineer", "tp_session"], 30),
    ("post", "后期制作", "Post-production", ["tp_mix_order", "tp_mix_deliver", "tp_master", "tp_files"], 45),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 30),
    ("rebook", "回头客", "Repeat client", ["tp_session", "tp_rebook"], 90),
]
CITIES = {"Shanghai": ("上海", 0.34), "Beijing": ("北京", 0.30), "Chengdu": ("成都", 0.18),
          "Guangzhou": ("广州", 0.12), "Shenzhen": ("深圳", 0.06)}
STUDIOS = [  # id, city, zh, en, opened
    ("S1", "Shanghai", "上海徐汇棚", "Shanghai Xuhui", None),
    ("S2", "Shanghai", "上海静安棚", "Shanghai Jing'an", None),
    ("S3", "Beijing", "北京798棚", "Beijing 798", None),
    ("S4", "Beijing", "北京鼓楼棚", "Beijing Gulou", None),
    ("S5", "Chengdu", "成都东郊记忆棚", "Chengdu Dongjiao Memory", None),
    ("S6", "Guangzhou", "广州太古仓棚", "Guangzhou Taikoo Cang", None),
    ("S7", "Shenzhen", "深圳华侨城棚", "Shenzhen OCT Loft", datetime(2026, 3, 1)),
]
STUDIO = {s[0]: s for s in STUDIOS}
ENGINEERS = {  # studio: [(id, zh, en, mixing speed factor)]
    "S1": [("E01", "老周", "Zhou"), ("E02", "小林", "Lin")],
    "S2": [("E03", "阿May", "May"), ("E04", "大伟", "David")],
    "S3": [("E05", "阿杰", "Jay"), ("E06", "老K", "Kay")],
    "S4": [("E07", "小北", "Bei")],
    "S5": [("E08", "川哥", "Chuan"), ("E09", "小雨", "Yu")],
    "S6": [("E10", "阿东", "Dong")],
    "S7": [("E11", "Leo", "Leo")],
}
SLOW_ENGINEER = "E05"          # Jay mixes for both Beijing studios' big clients: long queue
ROOMS = {"live_room": ("乐队大棚", 450), "vocal_booth": ("人声棚", 280), "podcast_room": ("播客间", 160)}
CTYPES = {  # en: zh, weight, room probs (live, vocal, podcast), hours range, overtime prob, p mix, tracks range,
    #          mix price per track, p master, mean revisions, return prob, mean gap days, package prob
    "band": ("乐队", 0.33, (0.88, 0.12, 0.0), (4, 9), 0.36, 0.62, (2, 8), 1500, 0.80, 1.0, 0.55, 55, 0.22),
    "indie_artist": ("独立音乐人", 0.27, (0.25, 0.75, 0.0), (2, 5), 0.14, 0.70, (1, 3), 1500, 0.80, 1.3, 0.52, 40, 0.0),
    "podcaster": ("播客主", 0.25, (0.0, 0.08, 0.92), (2, 3), 0.04, 0.30, (1, 1), 600, 0.05, 0.3, 0.82, 12, 0.0),
    "ad_agency": ("广告公司", 0.15, (0.25, 0.65, 0.10), (2, 4), 0.20, 0.85, (1, 3), 2200, 0.50, 2.4, 0.62, 30, 0.30),
}
PROJECT = {"band": ("ep_album", "EP/专辑"), "indie_artist": ("single", "单曲"),
           "podcaster": ("podcast_episode", "播客单集"), "ad_agency": ("ad_spot", "广告音频")}
CHANNELS = {  # en: zh, weight, visit -> quote probability
    "xiaohongshu": ("小红书", 0.32, 0.33), "douyin": ("抖音", 0.22, 0.45),
    "search": ("搜索引擎", 0.24, 0.62), "referral": ("圈内推荐", 0.22, 0.86)}
PAYM = {"wechat_pay": "微信支付", "alipay": "支付宝", "bank_transfer": "对公转账"}
TIERS = {"standard": "普通客户", "silver": "银卡", "gold": "金卡", "platinum": "白金卡"}
GEAR = [("Neumann U87 mic", "Neumann U87 话筒", 300), ("Ludwig drum kit", "Ludwig 架子鼓", 400),
        ("Fender Twin Reverb amp", "Fender Twin 音箱", 200), ("Nord Stage 4 keyboard", "Nord Stage 4 键盘", 250),
        ("Shure SM7B mic", "Shure SM7B 话筒", 120)]
GENRES = {"rock": "摇滚", "folk": "民谣", "hiphop": "嘻哈", "electronic": "电子", "jazz": "爵士"}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "overtime_fee": (["超时费算得太狠了，才多录了二十分钟就按一小时收", "结账的时候才知道有超时费，之前没人提醒",
                      "超时费比棚费还贵，太坑了", "加钟费莫名其妙，明明是录音师调设备耽误的时间"],
                     ["the overtime charge was ridiculous for twenty extra minutes",
                      "nobody warned us about the overtime fee until checkout",
                      "we got billed overtime because the setup took forever"]),
    "noise": (["人声棚里能听到地铁施工的轰隆声，好几条都得重录", "隔音太差，录到一半外面有杂音",
               "底噪里全是施工的震动声，杂音去不掉"],
              ["you can hear the construction rumble in the vocal booth, we had to redo takes",
               "poor soundproofing, outside noise bled into the recordings",
               "low rumble from the metro works all over our tracks"]),
    "late_delivery": (["混音交付太慢了，说好一周拖到快三周", "等混音等得花儿都谢了，催了好几次", "混音一直没交，耽误了我们的发行日期"],
                      ["the mix was delivered way late and we missed our release date",
                       "still waiting for the first mix after three weeks",
                       "late delivery of the mix, had to chase them again and again"]),
    "revisions": (["改了好几轮还是不是我们要的感觉", "返修来回沟通太多轮，效率很低", "客户意见改了好几轮，每次都要等好几天"],
                  ["too many rounds of revisions before the mix sounded right",
                   "the revision rounds dragged on and on",
                   "our client notes took several revision rounds"]),
    "pay_fail": (["在iPhone上付棚费一直跳转失败，付不了款", "手机上付不了款，只能找电脑付", "官网支付失败好几次，差点订不上"],
                 ["couldn't pay on my iPhone, the payment page kept failing",
                  "payment failed three times on the website"]),
    "gear": (["租的话筒有电流声，换了一支才好", "租的器材有毛病，鼓皮都松了", "器材有毛病，耽误了半小时"],
             ["the rented mic had a hum, gear was faulty", "faulty gear, the amp kept cutting out"]),
    "acoustics": (["棚里声场很好，录出来的鼓很有空间感", "声场特别好，人声很干净", "房间声学做得很专业，声场通透"],
                  ["amazing acoustics, the drums sounded huge", "great acoustics and a very clean vocal sound",
                   "the room acoustics are top notch"]),
    "engineer_good": (["录音师很专业，给了很多编曲上的建议", "录音师很专业也很有耐心", "录音师很专业，效率很高"],
                      ["our engineer was brilliant and super patient", "the engineer was brilliant, fast and creative"]),
}
GEN = {
    "pos": (["整体体验很好，下次还来", "性价比不错，推荐给乐队朋友", "服务很到位，沟通顺畅", "这次录得很满意"],
            ["great experience overall, we'll be back", "good value for a pro room", "smooth session, very happy"]),
    "neu": (["还行吧，中规中矩", "一般般，没什么特别的", "价格还可以，设备中规中矩"],
            ["it was ok", "average experience, nothing special"]),
    "neg": (["体验不太好，有点失望", "这次不太满意", "性价比不高，下次考虑别家"],
            ["not great this time", "disappointing, probably won't come back"]),
}
TOPIC_TP = [("pay_fail", "tp_pay_fail"), ("overtime_fee", "tp_overtime"), ("late_delivery", "tp_mix_deliver"),
            ("revisions", "tp_revision"), ("gear", "tp_gear"), ("noise", "tp_session"), ("acoustics", "tp_session"),
            ("engineer_good", "tp_engineer")]
NEG_TOPICS = {"overtime_fee", "noise", "late_delivery", "revisions", "pay_fail", "gear"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    if datetime(2025, 1, 25) <= d < datetime(2025, 2, 8) or datetime(2026, 2, 14) <= d < datetime(2026, 2, 24):
        return 0.45                                   # Spring Festival: studios nearly empty
    if d.month in (6, 7):
        return 1.3                                    # festival season: bands record before summer shows
    if d.month in (11, 12):
        return 1.35                                   # year-end ad campaigns
    return 1.0


def site_version(t: datetime) -> str:
    v = SITE_VERSIONS[0][1]
    for s, ver in SITE_VERSIONS:
        if t >= s:
            v = ver
    return v


def open_studios(city: str, t: datetime):
    return [s for s in STUDIOS if s[1] == city and (s[4] is None or s[4] <= t)]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_bk = 0

    def ev(self, c, t, tp, sid, action, bk=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"], site_version=site_version(t))
        if bk:
            row.update(bk["common"])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, bk, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"studio_hours": "棚时费", "overtime": "超时费", "gear_rental": "器材租赁", "mixing": "混音",
              "mastering": "母带", "package": "录混母套餐"}[otype]
        row = dict(order_id=f"SO{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="web", device=c["device"], order_type=otype, 订单类型=zh,
                   booking_id=bk["id"], payment_method=bk["pm"], 支付方式=PAYM[bk["pm"]])
        for k in ("studio_id", "studio", "studio_en", "city", "城市", "room_type", "棚型", "project_type", "项目类型",
                  "engineer_id"):
            row[k] = bk["common"].get(k)
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, bk=None, undated=False, gen=None,
           no_customer=False):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_review")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, booking_id=bk["id"] if bk else None,
                   client_type=c["ctype"], 客户类型=CTYPES[c["ctype"]][0])
        if bk:
            for k in ("studio_id", "studio", "studio_en", "city", "城市", "room_type", "棚型", "engineer_id",
                      "engineer", "engineer_en"):
                row[k] = bk["common"].get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics))))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 8, 20):
            days.append((d, (0.6 + 0.8 * (d - START).days / 600) * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(9, 23.5)))
            city = pick(list(CITIES), [x[1] for x in CITIES.values()])
            if city == "Shenzhen" and t < STUDIO["S7"][4]:
                city = "Guangzhou"                    # before OCT Loft opened, Shenzhen clients drove to Guangzhou
            ctype = pick(list(CTYPES), [x[1] for x in CTYPES.values()])
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            if ctype == "ad_agency" and rng.random() < 0.5:
                ch = "search"
            en_share = 0.45 if ctype == "ad_agency" else (0.12 if city in ("Shanghai", "Shenzhen") else 0.05)
            self.cust.append(dict(
                customer_id=f"CU{i + 1:05d}", discover=t, city=city, ctype=ctype, channel=ch,
                device=pick(["ios", "android", "pc"], [0.38, 0.30, 0.32] if ctype != "ad_agency" else [0.2, 0.1, 0.7]),
                en_share=en_share, lang="en" if rng.random() < en_share else "zh", spend=0.0, sessions=[],
                first_pay=None, genre=pick(list(GENRES), [0.3, 0.25, 0.2, 0.15, 0.1]) if ctype in (
                    "band", "indie_artist") else None,
                team=int(rng.integers(3, 7)) if ctype == "band" else (1 if ctype != "ad_agency" else
                                                                        int(rng.integers(2, 5)))))

    # ---------- one booking ----------
    def booking(self, c, t_book, n_prev):
        p = CTYPES[c["ctype"]]
        studios = open_studios(c["city"], t_book)
        if c["city"] == "Shenzhen" and rng.random() < 0.15:
            studios = open_studios("Guangzhou", t_book)
        home = c.get("home")
        if home in [s[0] for s in studios] and rng.random() < 0.85:
            studio = STUDIO[home]
        else:
            studio = studios[int(rng.integers(len(studios)))]
        if home is None:
            c["home"] = studio[0]
        room = pick(list(ROOMS), p[2])
        hours = int(rng.integers(p[3][0], p[3][1] + 1))
        rate = ROOMS[room][1]
        lead = float(rng.choice([1, 2, 3, 5, 7, 10, 14, 21], p=[.1, .15, .15, .15, .15, .12, .1, .08]))
        day = datetime(t_book.year, t_book.month, t_book.day) + D(days=lead)
        start = day + D(hours=float(rng.choice([10, 13, 14, 15, 19])))
        package = rng.random() < (p[12] if n_prev == 0 else p[12] * 0.5)
        engs = ENGINEERS[studio[0]]
        if studio[0] in ("S3", "S4") and c["ctype"] in ("band", "ad_agency") and rng.random() < 0.5:
            eng = ("E05", "阿杰", "Jay")                # big Beijing clients ask for Jay
        else:
            eng = engs[int(rng.integers(len(engs)))]
        pm = "bank_transfer" if c["ctype"] == "ad_agency" and rng.random() < 0.7 else pick(
            ["wechat_pay", "alipay"], [0.65, 0.35])
        self.n_bk += 1
        bid = f"BK{self.n_bk:06d}"
        proj = PROJECT[c["ctype"]]
        common = dict(studio_id=studio[0], studio=studio[2], studio_en=studio[3], city=studio[1],
                      城市=CITIES[studio[1]][0], room_type=room, 棚型=ROOMS[room][0], project_type=proj[0],
                      项目类型=proj[1], payment_method=pm, 支付方式=PAYM[pm], package=int(package))
        bk = dict(id=bid, common=common, pm=pm)
        if n_prev > 0:
            self.ev(c, t_book - D(minutes=float(rng.uniform(1, 30))), "tp_rebook", bid, "rebook", bk)
        self.ev(c, t_book, "tp_book", bid, "submit", bk, hours=hours, session_start=ts(start))
        # pay (iOS Safari bug in site 2.3)
        t_pay = t_book + D(minutes=float(rng.lognormal(np.log(6), 0.8)))
        bug = c["device"] == "ios" and PAY_BUG[0] <= t_book < PAY_BUG[1] and rng.random() < 0.8
        if bug or rng.random() < 0.02:
            nf = 1 + int(rng.integers(0, 3))
            for _ in range(nf):
                self.ev(c, t_pay, "tp_pay_fail", bid, "fail", bk, error_code="H5_REDIRECT" if bug else "TIMEOUT")
                t_pay += D(minutes=float(rng.uniform(1, 5)))
            if bug and rng.random() < 0.3:
                self.fb(c, t_pay + D(minutes=10), ["pay_fail"], "ticket", bk=bk)
            if rng.random() < (0.55 if bug else 0.2):
                return None                           # gave up
            t_pay += D(hours=float(rng.uniform(0.2, 20)))  # paid later from a computer / Alipay
        elif rng.random() < 0.08:
            return None                               # hold expired, never paid
        fee = hours * rate
        if package:
            n_tr = int(rng.integers(p[6][0], p[6][1] + 1))
            amount = round((fee + n_tr * (p[7] + 450)) * 0.85)
            self.ev(c, t_pay, "tp_pay", bid, "success", bk, amount=amount, hours=hours, tracks=n_tr)
            main_order = self.order(c, t_pay, amount, "package", bk, hours=hours, tracks=n_tr)
        else:
            n_tr = None
            amount = fee
            self.ev(c, t_pay, "tp_pay", bid, "success", bk, amount=amount, hours=hours)
            main_order = self.order(c, t_pay, amount, "studio_hours", bk, hours=hours)
        if c["first_pay"] is None:
            c["first_pay"] = t_pay
        c["spend"] += amount
        # cancellation
        if rng.random() < (0.10 if c["ctype"] == "band" else 0.06):
            t_c = t_pay + (start - t_pay) * float(rng.uniform(0.1, 0.9))
            self.ev(c, t_c, "tp_cancel", bid, "cancel", bk)
            t_r = t_c + D(hours=float(rng.lognormal(np.log(30 if pm != "bank_transfer" else 100), 0.5)))
            if self.ev(c, t_r, "tp_refund", bid, "refund", bk, refund_amount=amount,
                       refund_reason="band member sick" if rng.random() < 0.3 else "schedule change") and main_order:
                main_order["status"] = "refunded"
                main_order["refunded_at"] = ts(t_r)
                c["spend"] -= amount
            return dict(end=t_c, bad=False, cancelled=True)
        # engineer assignment
        t_e = t_pay + (start - t_pay) * float(rng.uniform(0.05, 0.6))
        common.update(engineer_id=eng[0], engineer=eng[1], engineer_en=eng[2])
        if main_order:
            main_order["engineer_id"] = eng[0]
        self.ev(c, t_e, "tp_engineer", bid, "assigned", bk)
        # session
        t_s = start + D(minutes=float(rng.uniform(-15, 20)))
        if not self.ev(c, t_s, "tp_session", bid, "check_in", bk, device=None, channel="store", hours=hours):
            return dict(end=END, bad=False, cancelled=False)
        c["sessions"].append(t_s)
        topics = []
        # noise next to the metro works (Jing'an, vocal booth and live room)
        if studio[0] == "S2" and METRO[0] <= t_s < METRO[1] and room != "podcast_room" and rng.random() < 0.42:
            topics.append("noise")
        elif rng.random() < 0.008:
            topics.append("noise")
        # gear
        if rng.random() < (0.32 if c["ctype"] == "band" else 0.10):
            g = GEAR[int(pick(range(len(GEAR)), [0.25, 0.3, 0.15, 0.15, 0.15] if c["ctype"] == "band" else
                              [0.45, 0.0, 0.05, 0.2, 0.3]))]
            days_ = 1
            amt = g[2] * days_
            t_g = t_s + D(minutes=float(rng.uniform(5, 40)))
            self.ev(c, t_g, "tp_gear", bid, "rent", bk, device=None, channel="store", gear_item=g[0], 器材=g[1],
                    amount=amt)
            self.order(c, t_g, amt, "gear_rental", bk, gear_item=g[0], 器材=g[1])
            c["spend"] += amt
            if rng.random() < 0.06:
                topics.append("gear")
        # overtime
        p_ot = p[4]
        if studio[0] == "S3":
            p_ot *= 2.2                               # 798's old patchbay: set-up eats into the booked hours
        if studio[0] == "S7" and TIMER_BUG[0] <= t_s < TIMER_BUG[1]:
            p_ot = max(p_ot, 0.55)
        end_t = t_s + D(hours=hours)
        if rng.random() < p_ot:
            mins = int(rng.choice([15, 20, 30, 40, 45, 60, 75, 90, 120]))
            billed_h = -(-mins // 60) if t_s >= datetime(2025, 9, 1) else round(mins / 60 + 0.249, 1)
            amt = round(billed_h * rate * 1.5)
            end_t += D(minutes=mins)
            self.ev(c, end_t, "tp_overtime", bid, "overtime", bk, device=None, channel="store",
                    overtime_minutes=mins, amount=amt)
            self.order(c, end_t, amt, "overtime", bk, overtime_minutes=mins)
            c["spend"] += amt
            p_comp = 0.35 if t_s >= datetime(2025, 9, 1) else 0.15
            if studio[0] == "S7" and TIMER_BUG[0] <= t_s < TIMER_BUG[1]:
                p_comp = 0.6
            if rng.random() < p_comp:
                topics.append("overtime_fee")
                if rng.random() < 0.4:
                    self.fb(c, end_t + D(hours=float(rng.uniform(1, 30))), ["overtime_fee"], "ticket", bk=bk)
        # post-production
        last = end_t
        late = False
        mixing = package or rng.random() < p[5]
        if mixing:
            t_mo = end_t + D(days=float(rng.uniform(0.05, 4)))
            n_tr = n_tr or int(rng.integers(p[6][0], p[6][1] + 1))
            master = package or rng.random() < p[8]
            self.ev(c, t_mo, "tp_mix_order", bid, "order", bk, channel="web", tracks=n_tr,
                    amount=None if package else n_tr * p[7])
            if not package:
                self.order(c, t_mo, n_tr * p[7], "mixing", bk, tracks=n_tr)
                c["spend"] += n_tr * p[7]
                if master:
                    self.order(c, t_mo, n_tr * 450, "mastering", bk, tracks=n_tr)
                    c["spend"] += n_tr * 450
            med = 4.0 + 0.5 * n_tr
            if eng[0] == SLOW_ENGINEER:
                med *= 2.0
            if YEAR_END[0] <= t_mo < YEAR_END[1]:
                med *= 1.8
            turn = float(rng.lognormal(np.log(med), 0.35))
            t_md = t_mo + D(days=turn)
            late = turn > 10
            self.ev(c, t_md, "tp_mix_deliver", bid, "delivered", bk, channel="email", tracks=n_tr,
                    turnaround_days=round(turn, 2))
            if late and rng.random() < 0.5:
                topics.append("late_delivery")
                if rng.random() < 0.35:
                    self.fb(c, t_md - D(days=float(rng.uniform(0.5, 3))), ["late_delivery"],
                            "email" if c["ctype"] == "ad_agency" else "ticket", bk=bk)
            t = t_md
            n_rev = int(rng.poisson(p[9]))
            for k in range(n_rev):
                t += D(days=float(rng.uniform(0.5, 3)))
                self.ev(c, t, "tp_revision", bid, "revision", bk, channel="email", revision_round=k + 1)
                t += D(days=float(rng.uniform(0.5, 2.5)))
            if n_rev >= 3 and rng.random() < 0.5:
                topics.append("revisions")
            if master:
                t += D(days=float(rng.uniform(1, 4)))
                self.ev(c, t, "tp_master", bid, "delivered", bk, channel="email", tracks=n_tr)
            t += D(hours=float(rng.uniform(1, 30)))
            self.ev(c, t, "tp_files", bid, "download", bk, channel="web", tracks=n_tr)
            last = t
        else:
            t = end_t + D(hours=float(rng.uniform(2, 48)))
            self.ev(c, t, "tp_files", bid, "download", bk, channel="web")
            last = t
        bad = bool(set(topics) & NEG_TOPICS)
        if studio[0] == "S5" and not bad and rng.random() < 0.7:
            topics.append("acoustics")
        elif not bad and rng.random() < 0.08:
            topics.append("acoustics")
        if not bad and rng.random() < 0.12:
            topics.append("engineer_good")
        # review
        p_rate = 0.45 if bad else 0.25
        if rng.random() < p_rate:
            stars = float(pick([5, 4, 3, 2], [0.5, 0.35, 0.11, 0.04]))
            pen = {"overtime_fee": 1.4, "noise": 2.4, "late_delivery": 2.1, "revisions": 1.2, "gear": 1.0}
            for k in topics:
                stars -= pen.get(k, 0.0)
            if "acoustics" in topics and not bad:
                stars = 5.0 if rng.random() < 0.85 else 4.0
            stars = float(min(5, max(1, round(stars))))
            t_r = last + D(hours=float(rng.lognormal(np.log(20), 0.8)))
            if self.ev(c, t_r, "tp_review", bid, "rate", bk, channel="mini_program", stars=stars):
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                self.fb(c, t_r, topics, "mini_program_review", rating=stars, bk=bk, gen=gen)
        if c["channel"] in ("search", "xiaohongshu") and rng.random() < 0.07:
            stars = float(pick([5, 4, 3, 2], [0.45, 0.35, 0.14, 0.06]))
            for k in topics:
                stars -= {"overtime_fee": 1.5, "noise": 2.0, "late_delivery": 1.5}.get(k, 0)
            stars = float(min(5, max(1, round(stars))))
            self.fb(c, last + D(hours=float(rng.uniform(3, 72))), topics, "dianping_review", rating=stars, bk=bk,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"), undated=rng.random() < 0.3)
        if rng.random() < 0.05:
            nps = int(np.clip(round(rng.normal(8.4 - 3.2 * bad, 1.5)), 0, 10))
            self.fb(c, last + D(days=2), topics if rng.random() < 0.6 else [], "survey", nps=nps, bk=bk,
                    gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if topics and rng.random() < 0.04:
            self.fb(c, last + D(hours=float(rng.uniform(2, 96))), topics, "xiaohongshu_post", bk=bk,
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.3)
        return dict(end=last, bad=bad, cancelled=False, late=late, ot="overtime_fee" in topics)

    def run(self):
        self.customers()
        for c in self.cust:
            self.ev(c, c["discover"], "tp_visit", None, "view", channel=c["channel"])
            p = CTYPES[c["ctype"]]
            pq = CHANNELS[c["channel"]][2]
            if rng.random() > pq:
                continue
            t_q = c["discover"] + D(hours=float(min(300, rng.exponential(30) + 0.1)))
            self.ev(c, t_q, "tp_quote", None, "submit", channel="web" if c["device"] == "pc" else "wechat",
                    room_type=pick(list(ROOMS), p[2]))
            if rng.random() > (0.6 if c["ctype"] != "ad_agency" else 0.72):
                continue
            t = t_q + D(hours=float(min(320, rng.exponential(40) + 0.5)))
            n = 0
            while t <= END:
                res = self.booking(c, t, n)
                n += 1
                if res is None:
                    if rng.random() < 0.3:
                        t += D(days=float(rng.uniform(1, 6)))
                        continue
                    break
                p_ret = p[10]
                if res.get("late"):
                    p_ret *= 0.7
                if res.get("ot"):
                    p_ret *= 0.75
                if res["bad"]:
                    p_ret *= 0.85
                if rng.random() > p_ret:
                    break
                g = float(rng.exponential(p[11]) + 1)
                t = res["end"] + D(days=g)
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(9, 23)))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            s = c["spend"]
            tier = "platinum" if s >= 30000 else "gold" if s >= 12000 else "silver" if s >= 4000 else "standard"
            v = c["sessions"]
            if c["first_pay"] is None:
                seg = "lead"
            elif c["first_pay"] >= datetime(2026, 6, 1):
                seg = "new"
            elif not v or v[-1] < datetime(2026, 3, 1):
                seg = "at_risk"
            elif len(v) >= 5:
                seg = "loyal"
            else:
                seg = "returning"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员等级=TIERS[tier], client_type=c["ctype"],
                             客户类型=CTYPES[c["ctype"]][0], genre=c["genre"],
                             曲风=GENRES.get(c["genre"]) if c["genre"] else None, team_size=c["team"],
                             preferred_language=c["lang"], home_studio_id=c.get("home")))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "site_version", "studio_id", "studio", "studio_en", "city", "城市", "room_type", "棚型", "project_type",
           "项目类型", "payment_method", "支付方式", "package", "engineer_id", "engineer", "engineer_en",
           "session_start", "hours", "amount", "tracks", "error_code", "overtime_minutes", "gear_item", "器材",
           "turnaround_days", "revision_round", "refund_amount", "refund_reason", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "booking_id", "studio_id", "studio", "studio_en", "city", "城市", "room_type", "棚型", "project_type",
            "项目类型", "engineer_id", "payment_method", "支付方式", "hours", "tracks", "overtime_minutes",
            "gear_item", "器材", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "booking_id", "client_type", "客户类型", "studio_id", "studio", "studio_en", "city", "城市", "room_type",
           "棚型", "engineer_id", "engineer", "engineer_en"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "client_type", "客户类型", "genre", "曲风", "team_size", "preferred_language", "home_studio_id"]


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
    dup_idx = rng.choice(len(ev), size=18, replace=False)            # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fbk = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fbk, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics"])
    print(f"customers {len(g.cust)}, bookings {g.n_bk}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
