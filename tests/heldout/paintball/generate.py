"""SplatZone 彩弹营: a chain of 8 paintball / live-action CS (真人CS) venues in six cities. Groups and individuals find
us on Douyin, Meituan, Dianping, through a friend or (companies) through a team-building inquiry, book a session in the
mini program (企业团建 team-building, 生日派对 birthday party, 散客拼场 casual walk-in group, 俱乐部对抗赛 club match),
pay a 30 % deposit (定金), sign the e-waiver (免责协议), check in on the day, gear up (mask, overalls, marker), get the
safety briefing, play rounds, buy extra paintballs at the counter, pay the balance (尾款), get their action photos pushed
to the mini program and maybe buy them, review the session and book again or buy a membership card. A cancellation
>= 48 h before the session refunds the deposit (otherwise it is forfeited); a venue-side rain cancellation is always
refunded.
Events 2025-01-01 .. 2026-08-31 (the extract was taken at the start of September 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a DATA.md
table). Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
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
N_CUST = 5500
HOT_MARKERS = (datetime(2025, 4, 1), datetime(2025, 10, 16))      # Bao'an: new markers, no chronograph check
PHOTO_BUG = (datetime(2026, 4, 10), datetime(2026, 5, 21))       # app 4.2.0: photo payment fails on Android
APP_VERSIONS = [(datetime(2025, 1, 1), "4.0.3"), (datetime(2025, 6, 16), "4.1.0"), (datetime(2026, 4, 10), "4.2.0"),
                (datetime(2026, 5, 21), "4.2.1")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现彩弹营", "Discover SplatZone", "awareness", "social", "digital", "marketing",
     "发现|种草|刷到|抖音刷到|美团搜到|点评搜到|朋友推荐|first touch|found us|discover"),
    ("tp_inquiry", "团建咨询", "Team-building inquiry", "consideration", "phone", "digital", "sales",
     "咨询|询价|团建咨询|问价|客服咨询|inquiry|enquiry|quote|sales call"),
    ("tp_book", "预约场次", "Session booked", "consideration", "mini_program", "digital", "venue_ops",
     "预约|订场|下单|约场|选场次|book|booking|reserve|reservation"),
    ("tp_deposit", "支付定金", "Deposit paid", "purchase", "mini_program", "digital", "finance",
     "定金|订金|付定金|押金|deposit|down payment"),
    ("tp_cancel", "取消预约", "Booking cancelled", "service", "mini_program", "digital", "venue_ops",
     "取消|退订|改期取消|雨天取消|cancel|cancellation|rain-out"),
    ("tp_refund", "退定金", "Deposit refund", "service", "other", "digital", "finance",
     "退款|退定金|退钱|refund|money back"),
    ("tp_waiver", "签免责协议", "Waiver signed", "service", "mini_program", "digital", "venue_ops",
     "免责协议|免责书|安全协议|签协议|电子协议|waiver|e-waiver|liability form"),
    ("tp_checkin", "到场签到", "Check-in", "service", "store", "physical", "venue_ops",
     "签到|到场|到店|入场|check-in|arrival"),
    ("tp_gear", "领装备", "Gear-up", "service", "store", "physical", "venue_ops",
     "装备|领装备|穿装备|面罩|防护服|迷彩服|护具|枪|gear|gear up|mask|overalls|marker"),
    ("tp_briefing", "安全讲解", "Safety briefing", "service", "store", "physical", "venue_ops",
     "安全讲解|安全培训|规则讲解|briefing|safety talk|rules"),
    ("tp_play", "开局对战", "Game on", "service", "store", "physical", "venue_ops",
     "开局|对战|打比赛|上场|下场|裁判|play|game|round|match|field|referee"),
    ("tp_ammo", "加购弹丸", "Extra paintballs", "purchase", "store", "physical", "venue_ops",
     "加弹|加购弹丸|买子弹|弹丸|补弹|extra ammo|paintballs|refill|more balls"),
    ("tp_balance", "支付尾款", "Balance paid", "purchase", "store", "physical", "finance",
     "尾款|结账|补款|balance|final payment|settle"),
    ("tp_album", "查看照片", "Photo album viewed", "service", "mini_program", "digital", "media",
     "相册|看照片|跟拍|album|photos pushed|view photos"),
    ("tp_photo", "购买照片视频", "Photos bought", "purchase", "mini_program", "digital", "media",
     "买照片|照片|视频|精修|photo|photos|video|buy photos"),
    ("tp_review", "评价场次", "Session review", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|评分|点评|review|rating|stars"),
    ("tp_membership", "办会员卡", "Membership bought", "loyalty", "store", "physical", "crm",
     "会员|会员卡|次卡|年卡|办卡|membership|member card|season pass"),
    ("tp_rebook", "再次预约", "Repeat booking", "loyalty", "mini_program", "digital", "crm",
     "回头客|复购|再来|再约|二刷|rebook|repeat booking|came back|return visit"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("booking", "预约转化", "Booking conversion", ["tp_discover", "tp_book", "tp_deposit"], 7),
    ("gameday", "到场体验", "Game day", ["tp_deposit", "tp_waiver", "tp_checkin", "tp_play"], 30),
    ("photo", "照片购买", "Photo sales", ["tp_album", "tp_photo"], 3),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 30),
    ("rebook", "回头客", "Repeat players", ["tp_play", "tp_rebook"], 90),
]
CITIES = {  # en: zh, customer weight
    "Shanghai": ("上海", 0.30), "Beijing": ("北京", 0.25), "Shenzhen": ("深圳", 0.15), "Hangzhou": ("杭州", 0.12),
    "Chengdu": ("成都", 0.12), "Suzhou": ("苏州", 0.06),
}
VENUES = [  # id, city, zh, en, outdoor, weight in city, opened
    ("V01", "Shanghai", "上海松江基地", "Shanghai Songjiang", True, 0.65, None),
    ("V02", "Shanghai", "上海浦东室内馆", "Shanghai Pudong Indoor", False, 0.35, None),
    ("V03", "Beijing", "北京顺义基地", "Beijing Shunyi", True, 0.55, None),
    ("V04", "Beijing", "北京昌平基地", "Beijing Changping", True, 0.45, None),
    ("V05", "Shenzhen", "深圳宝安基地", "Shenzhen Bao'an", True, 1.0, None),
    ("V06", "Hangzhou", "杭州余杭基地", "Hangzhou Yuhang", True, 1.0, None),
    ("V07", "Chengdu", "成都温江基地", "Chengdu Wenjiang", True, 1.0, None),
    ("V08", "Suzhou", "苏州阳澄湖基地", "Suzhou Yangcheng Lake", True, 1.0, datetime(2026, 3, 1)),
]
VENUE = {v[0]: v for v in VENUES}
CHANNELS = {  # en: zh, weight, book prob, deposit prob
    "douyin": ("抖音", 0.34, 0.38, 0.55), "meituan": ("美团", 0.24, 0.62, 0.78), "dianping": ("大众点评", 0.16, 0.66, 0.80),
    "friend": ("朋友推荐", 0.14, 0.78, 0.88), "corporate_inquiry": ("企业询价", 0.12, 0.70, 0.90),
}
PTYPES = {  # en: zh, session type, party size range, rebook prob, gap days
    "corporate_hr": ("企业HR", "team_building", (12, 60), 0.30, 160),
    "parent": ("家长", "birthday", (8, 20), 0.22, 70),
    "casual_player": ("散客", "casual", (1, 6), 0.40, 35),
    "club_player": ("俱乐部玩家", "club_match", (10, 20), 0.72, 20),
}
STYPE_ZH = {"team_building": "企业团建", "birthday": "生日派对", "casual": "散客拼场", "club_match": "俱乐部对抗赛"}
PACKAGES = {"basic": ("基础套餐", 128, 100), "standard": ("进阶套餐", 168, 200), "premium": ("尊享套餐", 238, 300)}
PKG_W = {"team_building": [0.3, 0.5, 0.2], "birthday": [0.35, 0.4, 0.25], "casual": [0.55, 0.35, 0.1],
         "club_match": [0.1, 0.6, 0.3]}
FIELDS = {"woodland": "丛林场", "urban": "城镇巷战场", "speedball": "充气掩体场"}
PAY = {"wechat_pay": "微信支付", "alipay": "支付宝", "corporate_transfer": "对公转账"}
WEATHER = {"sunny": "晴", "cloudy": "多云", "rain": "雨", "hot": "高温", "indoor": "室内"}
REFEREES = {"V01": ["阿杰", "小马", "老周"], "V02": ["Kevin", "阿伟"], "V03": ["大刘", "小赵", "老孙"],
            "V04": ["王哥", "小李", "阿明"], "V05": ["阿强", "小陈"], "V06": ["阿斌", "小吴"],
            "V07": ["老何", "小邓"], "V08": ["阿凯"]}
CANCEL_REASONS = {"schedule": "时间冲突", "headcount": "人数不够", "price": "预算调整", "weather": "天气原因"}

TXT = {  # topic: (zh templates, en templates)
    "bruise": (["打在身上太疼了，腿上好几块淤青", "脖子被近距离打了一枪，淤青好几天没消", "孩子被打哭了，胳膊上全是淤青",
                "护具太薄，身上打得青一块紫一块全是淤青"],
               ["came home covered in bruises", "a close-range shot left a bruise on my neck for a week",
                "my kid got a nasty bruise and cried"]),
    "referee": (["裁判根本不管，被打中了还不下场的人一堆", "裁判判罚很随意，明显偏袒老玩家", "裁判全程在玩手机，规则形同虚设"],
                ["the referee ignored players who were hit and kept playing", "the referee was biased towards the regulars",
                 "our referee was on his phone the whole match"]),
    "hygiene": (["面罩一股汗臭味，明显没消毒", "迷彩服又脏又潮，估计根本没消毒", "护目镜里面全是雾和汗渍，消毒做得太差"],
                ["the masks stank of sweat, clearly not disinfected", "overalls were damp and dirty, nobody disinfects them",
                 "gear smelled awful, please disinfect it between groups"]),
    "waiting": (["到了以后等了快一个小时才开局", "签到领装备排队等太久", "等场等得人都没兴致了"],
                ["we waited almost an hour before our first game", "the check-in queue was slow, lots of waiting",
                 "too much waiting around before the first round"]),
    "weather": (["下雨场地全是泥，鞋都废了", "赶上下雨，掩体后面全是水坑", "天太热穿着全套装备差点中暑"],
                ["the field was a mud bath after the rain", "it rained all day and the bunkers were flooded",
                 "nearly got heatstroke in full gear"]),
    "ammo_price": (["加购弹丸太贵了，一百发要五十", "弹丸根本不够打，加购又贵"],
                   ["extra paintballs are overpriced", "ran out of paintballs fast and refills cost a fortune"]),
    "photo_fail": (["想买对战照片，付款一直失败", "照片付不了款，小程序一直报错"],
                   ["couldn't buy our photos, payment kept failing", "the app errors out when I try to pay for the photos"]),
    "refund_slow": (["取消后定金退得太慢，催了好几次", "定金一个星期了还没退回来"],
                    ["the deposit refund took more than a week", "still no deposit back a week after cancelling"]),
    "fun": (["太好玩了，团建氛围拉满", "玩得超爽，下次还来", "孩子生日过得很开心，同学们都玩疯了", "场地布景很真实，对抗很刺激"],
            ["great fun, perfect for team building", "had a blast, will come back", "the kids loved the birthday party",
             "the field layout is awesome and the games were intense"]),
    "coach": (["安全员讲解很细致，很专业", "教练很耐心，新手也能很快上手"],
              ["the safety briefing was clear and the staff were great", "coaches were patient with first-timers"]),
}
NEG_TOPICS = {"bruise", "referee", "hygiene", "waiting", "weather", "ammo_price", "photo_fail", "refund_slow"}
TOPIC_TP = [("photo_fail", "tp_photo"), ("refund_slow", "tp_refund"), ("bruise", "tp_play"), ("referee", "tp_play"),
            ("hygiene", "tp_gear"), ("waiting", "tp_checkin"), ("ammo_price", "tp_ammo"), ("weather", "tp_play"),
            ("coach", "tp_briefing")]
PENALTY = {"bruise": 2.0, "referee": 1.6, "hygiene": 1.0, "waiting": 0.9, "weather": 1.0, "ammo_price": 0.6}
GEN = {"neg": (["体验一般，不太想再来了", "性价比不高"], ["not worth the money", "disappointing overall"]),
       "pos": (["推荐！", "五星好评"], ["recommended!", "five stars from us"]),
       "neu": (["还行吧", "中规中矩"], ["it was ok", "average experience"])}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    if datetime(2025, 1, 20) <= d < datetime(2025, 2, 8) or datetime(2026, 2, 10) <= d < datetime(2026, 2, 28):
        return 0.35                                  # Spring Festival: venues nearly empty
    return {1: 0.6, 2: 0.7, 3: 1.0, 4: 1.35, 5: 1.4, 6: 1.1, 7: 1.2, 8: 1.15, 9: 1.3, 10: 1.5, 11: 1.1, 12: 0.7}[d.month]


def app_version(t: datetime) -> str:
    v = APP_VERSIONS[0][1]
    for s, ver in APP_VERSIONS:
        if t >= s:
            v = ver
    return v


def weather(city: str, venue, day: datetime) -> str:
    if not venue[4]:
        return "indoor"
    m = day.month
    p_rain = 0.10
    if city in ("Shanghai", "Hangzhou", "Suzhou") and datetime(day.year, 6, 15) <= day < datetime(day.year, 7, 21):
        p_rain = 0.6                                 # plum-rain season
    elif city == "Shenzhen" and 5 <= m <= 9:
        p_rain = 0.25
    elif city == "Beijing" and m in (7, 8):
        p_rain = 0.18
    if rng.random() < p_rain:
        return "rain"
    if m in (7, 8) and city != "Chengdu" and rng.random() < 0.35:
        return "hot"
    return "sunny" if rng.random() < 0.6 else "cloudy"


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_bk = 0

    def ev(self, c, t, tp, sid, action, bk=None, device=True, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, app_version=app_version(t))
        if device:
            row["device"] = c["device"]
            row["channel"] = "mini_program"
        if bk:
            row.update(bk["common"])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, bk, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"deposit": "定金", "balance": "尾款", "extra_ammo": "加购弹丸", "photo": "照片视频", "membership": "会员卡"}[otype]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="mini_program", device=c["device"], order_type=otype, 订单类型=zh,
                   booking_id=bk["id"] if bk else None, currency="CNY")
        if bk:
            for k in ("venue_id", "venue", "venue_en", "city", "城市", "session_type", "场次类型", "package", "套餐",
                      "payment_method", "支付方式"):
                row[k] = bk["common"][k]
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, bk=None, undated=False, gen=None,
           no_customer=False):
        if t > END:
            return
        self.n_fb += 1
        fid = f"F{self.n_fb:06d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if lang == "en":
            text = text[0].upper() + text[1:]
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_review")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if gen == "pos" or {"fun", "coach"} & set(topics) else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, booking_id=bk["id"] if bk else None)
        if bk:
            for k in ("venue_id", "venue", "venue_en", "city", "城市", "session_type", "场次类型"):
                row[k] = bk["common"][k]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 8, 20):
            growth = 0.6 + 0.8 * (d - START).days / 600
            days.append((d, growth * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23.5)))
            city = pick(list(CITIES), [x[1] for x in CITIES.values()])
            if city == "Suzhou" and t < datetime(2026, 3, 1):
                city = "Shanghai"
            ptype = pick(list(PTYPES), [0.22, 0.2, 0.45, 0.13])
            if ptype == "corporate_hr":
                ch = pick(list(CHANNELS), [0.15, 0.1, 0.1, 0.15, 0.5])
            else:
                ch = pick(list(CHANNELS)[:4], [0.42, 0.29, 0.17, 0.12])
            age = pick(["18-24", "25-34", "35-44", "45+"],
                       {"corporate_hr": [0.15, 0.55, 0.25, 0.05], "parent": [0.0, 0.3, 0.6, 0.1],
                        "casual_player": [0.45, 0.4, 0.12, 0.03], "club_player": [0.3, 0.45, 0.2, 0.05]}[ptype])
            en_share = 0.2 if city in ("Shanghai", "Shenzhen") else 0.06
            self.cust.append(dict(customer_id=f"C{i + 1:05d}", discover=t, city=city, ptype=ptype, channel=ch,
                                  age=age, gender=pick(["female", "male"], [0.42, 0.58]),
                                  device=pick(["ios", "android"], [0.48, 0.52]), en_share=en_share,
                                  lang="en" if rng.random() < en_share else "zh", spend=0.0, sessions=[],
                                  first_dep=None, member=None))

    # ---------- one booking ----------
    def booking(self, c, t_book: datetime, n_prev: int):
        p = PTYPES[c["ptype"]]
        stype = p[1]
        venues = [v for v in VENUES if v[1] == c["city"] and (v[6] is None or v[6] <= t_book)]
        venue = pick(venues, [v[5] for v in venues])
        lead = {"team_building": (6, 24), "birthday": (4, 15), "casual": (0, 6), "club_match": (3, 10)}[stype]
        day = datetime(t_book.year, t_book.month, t_book.day) + D(days=int(rng.integers(lead[0], lead[1] + 1)))
        if stype in ("casual", "birthday", "club_match") and day.weekday() < 5 and rng.random() < 0.6:
            day += D(days=5 - day.weekday() + int(rng.integers(0, 2)))          # pushed to the weekend
        start = day + D(hours=float(pick([9.5, 10, 13.5, 14, 15], [0.2, 0.25, 0.2, 0.25, 0.1])))
        while start < t_book + D(hours=3):
            start += D(days=1)
        size = int(rng.integers(p[2][0], p[2][1] + 1))
        pkg = pick(list(PACKAGES), PKG_W[stype])
        field = pick(list(FIELDS), [0.5, 0.3, 0.2] if venue[4] else [0.0, 0.4, 0.6])
        per = PACKAGES[pkg][1] * (0.9 if size >= 20 else 1.0) * (0.8 if c["member"] else 1.0)
        total = int(round(per * size + (300 if stype == "birthday" else 0)))
        deposit = round(total * 0.3)
        pm = ("corporate_transfer" if stype == "team_building" and rng.random() < 0.6
              else pick(["wechat_pay", "alipay"], [0.72, 0.28]))
        self.n_bk += 1
        bid = f"BK{self.n_bk:06d}"
        wx = weather(c["city"], venue, day)
        bk = dict(id=bid, venue=venue, common=dict(
            venue_id=venue[0], venue=venue[2], venue_en=venue[3], city=venue[1], 城市=CITIES[venue[1]][0],
            session_type=stype, 场次类型=STYPE_ZH[stype], package=pkg, 套餐=PACKAGES[pkg][0], field_type=field,
            场地类型=FIELDS[field], party_size=size, payment_method=pm, 支付方式=PAY[pm], session_start=ts(start)))
        return bk, start, total, deposit, wx

    def run_booking(self, c, t0: datetime, n_prev: int, rebook: bool):
        bk, start, total, deposit, wx = self.booking(c, t0, n_prev)
        sid = bk["id"]
        t = t0
        if rebook:
            self.ev(c, t, "tp_rebook", sid, "rebook", bk)
            t += D(minutes=float(rng.uniform(1, 20)))
        self.ev(c, t, "tp_book", sid, "submit", bk, amount=total)
        dep_p = 0.93 if rebook else CHANNELS[c["channel"]][3]
        if rng.random() > dep_p:
            return None
        t += D(minutes=float(rng.exponential(40) + 2))
        if t >= start - D(minutes=30):
            t = start - D(hours=2)
        if not self.ev(c, t, "tp_deposit", sid, "success", bk, amount=deposit):
            return None
        dep_order = self.order(c, t, deposit, "deposit", bk)
        c["spend"] += deposit
        c["first_dep"] = c["first_dep"] or t
        # cancellation
        venue = bk["venue"]
        cancel = None
        if wx == "rain" and rng.random() < 0.65:
            cancel = ("weather", start - D(hours=float(rng.uniform(12, 30))), "venue_cancel")
        elif rng.random() < 0.09:
            reason = pick(["schedule", "headcount", "price"], [0.5, 0.35, 0.15])
            ct = t + (start - t) * float(rng.uniform(0.2, 1.0))
            cancel = (reason, min(ct, start - D(hours=1)), "cancel")
        if cancel:
            reason, ct, act = cancel
            ct = max(ct, t + D(minutes=10))
            self.ev(c, ct, "tp_cancel", sid, act, bk, device=(act == "cancel"), cancel_reason=reason,
                    取消原因=CANCEL_REASONS[reason], hours_before=round((start - ct).total_seconds() / 3600, 1))
            if reason == "weather" or start - ct >= D(hours=48):
                if bk["common"]["payment_method"] == "corporate_transfer":
                    rt = ct + D(hours=float(rng.gamma(4, 30)))          # finance pays back by bank transfer
                else:
                    rt = ct + D(minutes=float(rng.exponential(25) + 1))
                if self.ev(c, rt, "tp_refund", sid, "refund", bk, device=False, refund_amount=deposit,
                           cancel_reason=reason, 取消原因=CANCEL_REASONS[reason]):
                    if dep_order:
                        dep_order["status"] = "refunded"
                        dep_order["refunded_at"] = ts(rt)
                    c["spend"] -= deposit
                    if bk["common"]["payment_method"] == "corporate_transfer" and rt - ct > D(days=3) and \
                            rng.random() < 0.5:
                        self.fb(c, rt - D(hours=float(rng.uniform(2, 30))), ["refund_slow"], "ticket", bk=bk)
            if reason == "weather" and rng.random() < 0.2:
                self.fb(c, ct + D(hours=2), ["weather"], "douyin_comment", bk=bk, undated=rng.random() < 0.4)
            return None
        # waiver
        if rng.random() < 0.97:
            online = rng.random() < 0.7
            wt = (t + (start - t) * float(rng.uniform(0.3, 0.95))) if online else None
            if not online:
                wt = start - D(minutes=float(rng.uniform(5, 25)))
            self.ev(c, wt, "tp_waiver", sid, "sign_online" if online else "sign_onsite", bk, device=online,
                    waivers_signed=bk["common"]["party_size"])
        if rng.random() < 0.03:          # no-show, deposit forfeited
            return None
        # game day
        arrive = start - D(minutes=float(rng.uniform(0, 25)))
        if not self.ev(c, arrive, "tp_checkin", sid, "check_in", bk, device=False, channel="store", weather=wx,
                       天气=WEATHER[wx]):
            return None
        weekend = start.weekday() >= 5
        wait = float(rng.lognormal(np.log(22), 0.35))
        if venue[0] == "V01" and weekend:
            wait = float(rng.lognormal(np.log(58), 0.3))                # Songjiang weekends: one gear desk
        g_t = arrive + D(minutes=wait * float(rng.uniform(0.2, 0.4)))
        self.ev(c, g_t, "tp_gear", sid, "gear_issued", bk, device=False, channel="store")
        self.ev(c, arrive + D(minutes=wait * 0.75), "tp_briefing", sid, "briefing", bk, device=False, channel="store")
        play = arrive + D(minutes=wait)
        referee = str(rng.choice(REFEREES[venue[0]]))
        rounds = int(rng.integers(4, 9))
        self.ev(c, play, "tp_play", sid, "game_start", bk, device=False, channel="store", referee=referee,
                rounds=rounds, weather=wx, 天气=WEATHER[wx])
        end = play + D(minutes=rounds * 25)
        stype = bk["common"]["session_type"]
        size = bk["common"]["party_size"]
        # extra ammo
        ammo_p = {"casual": 0.62, "club_match": 0.5, "team_building": 0.35, "birthday": 0.25}[stype]
        if rng.random() < ammo_p:
            bags = max(1, int(round(size * float(rng.uniform(0.4, 1.2)) * (1.5 if stype == "casual" else 0.6))))
            at = play + D(minutes=float(rng.uniform(20, rounds * 22)))
            self.ev(c, at, "tp_ammo", sid, "buy", bk, device=False, channel="store", bags=bags, paintballs=bags * 100,
                    amount=bags * 50)
            self.order(c, at, bags * 50, "extra_ammo", bk, channel="store", device=None)
            c["spend"] += bags * 50
        balance = total - deposit
        bt = arrive + D(minutes=float(rng.uniform(2, 8)))
        self.ev(c, bt, "tp_balance", sid, "pay", bk, device=False, channel="store", amount=balance)
        self.order(c, bt, balance, "balance", bk, channel="store", device=None)
        c["spend"] += balance
        c["sessions"].append(start)
        # photos
        if rng.random() < 0.85:
            alb = end + D(hours=float(rng.uniform(2, 8)))
            self.ev(c, alb, "tp_album", sid, "view", bk)
            buy_p = {"birthday": 0.58, "team_building": 0.4, "casual": 0.17, "club_match": 0.12}[stype]
            if bk["common"]["package"] == "premium":
                buy_p = min(0.9, buy_p + 0.2)
            if rng.random() < buy_p:
                pt = alb + D(minutes=float(rng.exponential(90) + 2))
                bug = c["device"] == "android" and PHOTO_BUG[0] <= pt < PHOTO_BUG[1]
                if bug:
                    self.ev(c, pt, "tp_photo", sid, "pay_fail", bk, error_code="PAY_SDK_TIMEOUT")
                    if rng.random() < 0.45:
                        self.fb(c, pt + D(minutes=20), ["photo_fail"], "ticket", bk=bk)
                if not bug or rng.random() < 0.25:
                    pt2 = pt + (D(hours=float(rng.uniform(3, 40))) if bug else D(0))
                    price = pick([99, 199], [0.6, 0.4])
                    if self.ev(c, pt2, "tp_photo", sid, "success", bk, amount=price,
                               photo_pack="photos" if price == 99 else "photos_video"):
                        self.order(c, pt2, price, "photo", bk)
                        c["spend"] += price
        # feedback
        self.session_feedback(c, bk, play, end, wx, stype, venue)
        # membership
        if c["member"] is None and stype in ("casual", "club_match") and rng.random() < 0.12:
            mt = end + D(minutes=float(rng.uniform(5, 40)))
            card = pick(["ten_pass", "annual"], [0.65, 0.35])
            price = 1280 if card == "ten_pass" else 2680
            if self.ev(c, mt, "tp_membership", sid, "buy", bk, device=False, channel="store", card_type=card,
                       amount=price):
                self.order(c, mt, price, "membership", bk, channel="store", device=None, card_type=card)
                c["spend"] += price
                c["member"] = card
        return end

    def session_feedback(self, c, bk, play, end, wx, stype, venue):
        vid = venue[0]
        topics = []
        p_bruise = 0.07 * (1.6 if stype == "birthday" else 1.0)
        if vid == "V05" and HOT_MARKERS[0] <= play < HOT_MARKERS[1]:
            p_bruise = 0.5
        p_ref = 0.4 if vid == "V04" else 0.04
        p_hyg = 0.04 * (2.5 if 6 <= play.month <= 9 else 1.0) * (3.0 if vid == "V03" else 1.0)
        p_wait = 0.45 if (vid == "V01" and play.weekday() >= 5) else 0.05
        p_wx = 0.55 if wx == "rain" else 0.3 if wx == "hot" else 0.0
        p_ammo = 0.12 if stype == "casual" else 0.04
        for k, pr in (("bruise", p_bruise), ("referee", p_ref), ("hygiene", p_hyg), ("waiting", p_wait),
                      ("weather", p_wx), ("ammo_price", p_ammo)):
            if rng.random() < pr:
                topics.append(k)
        neg = len(topics)
        pen = sum(PENALTY[k] for k in topics)
        if rng.random() < (0.55 if not neg else 0.1):
            topics.append("fun")
        if rng.random() < (0.5 if vid == "V08" else 0.35 if vid == "V07" else 0.12):
            topics.append("coach")
        base = {"V08": 5.0, "V07": 4.85}.get(vid, 4.5)     # Wenjiang: the best-run venue; Suzhou: brand new
        r = base - pen + float(rng.normal(0, 0.45))
        rating = int(min(5, max(1, round(r))))
        if rng.random() < 0.5:         # in-app review of the session
            rt = end + D(hours=float(rng.uniform(1, 40)))
            if self.ev(c, rt, "tp_review", bk["id"], "rate", bk, stars=rating):
                self.fb(c, rt, topics, "mini_program_review", tp=None, rating=rating, bk=bk)
        if c["channel"] in ("meituan", "dianping") and rng.random() < 0.2:
            r2 = int(min(5, max(1, rating + int(rng.integers(-1, 1)))))
            self.fb(c, end + D(days=float(rng.uniform(0.5, 5))), topics, c["channel"] + "_review", rating=r2, bk=bk,
                    undated=(c["channel"] == "dianping" and rng.random() < 0.3))
        if c["channel"] == "douyin" and rng.random() < 0.12:
            self.fb(c, end + D(days=float(rng.uniform(0.2, 3))), topics, "douyin_comment", bk=bk,
                    undated=rng.random() < 0.4)
        if rng.random() < 0.18:
            nps = int(min(10, max(0, round(9.0 - 2.2 * neg + float(rng.normal(0, 1.3))))))
            self.fb(c, end + D(days=1, hours=float(rng.uniform(0, 12))), topics, "survey", nps=nps, bk=bk)
        if stype == "team_building" and rng.random() < 0.1:
            self.fb(c, end + D(days=float(rng.uniform(1, 4))), topics, "call_note", bk=bk,
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.2)

    # ---------- a customer's life ----------
    def run(self):
        self.customers()
        for c in self.cust:
            ch = CHANNELS[c["channel"]]
            t = c["discover"]
            self.ev(c, t, "tp_discover", None, "view", None, device=True, channel=c["channel"])
            if c["ptype"] == "corporate_hr":
                t += D(hours=float(rng.uniform(1, 48)))
                self.ev(c, t, "tp_inquiry", None, "inquiry", None, device=False, channel="phone")
            if rng.random() > ch[2]:
                continue
            t += D(hours=float(rng.exponential(20) + 0.2))
            if t - c["discover"] > D(days=6.5):
                t = c["discover"] + D(days=float(rng.uniform(0.5, 6)))
            n, rebook = 0, False
            while t <= END:
                end = self.run_booking(c, t, n, rebook)
                if end is None:
                    if n == 0 or rng.random() < 0.5:
                        break
                    end = t + D(days=10)
                n += 1
                p_ret = PTYPES[c["ptype"]][3] + (0.2 if c["member"] else 0.0)
                if c["channel"] == "douyin":
                    p_ret *= 0.7
                if rng.random() > p_ret:
                    break
                g = float(rng.exponential(PTYPES[c["ptype"]][4]) + 3)
                t = end + D(days=g)
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(9, 23)))
                rebook = True
        # undated wechat-group / call-note noise without a booking
        for _ in range(40):
            c = self.cust[int(rng.integers(len(self.cust)))]
            tt = c["discover"] + D(days=float(rng.uniform(0, 30)))
            self.fb(c, tt, [], "douyin_comment", gen=pick(["pos", "neu", "neg"], [0.5, 0.3, 0.2]),
                    undated=rng.random() < 0.5)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            s = c["sessions"]
            if not c["first_dep"]:
                seg = "prospect"
            elif c["first_dep"] >= datetime(2026, 6, 1):
                seg = "new"
            elif not s or s[-1] < datetime(2026, 2, 1):
                seg = "at_risk"
            elif len(s) >= 4:
                seg = "loyal"
            elif len(s) >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            tier = c["member"] or "none"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier,
                             会员类型={"none": "非会员", "ten_pass": "十次卡", "annual": "年卡"}[tier],
                             customer_type=c["ptype"], 客户类型=PTYPES[c["ptype"]][0], age_band=c["age"],
                             gender=c["gender"], phone_os=c["device"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


BK_COLS = ["venue_id", "venue", "venue_en", "city", "城市", "session_type", "场次类型", "package", "套餐", "field_type",
           "场地类型", "party_size", "payment_method", "支付方式", "session_start"]
EV_COLS = (["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "app_version"]
           + BK_COLS + ["amount", "cancel_reason", "取消原因", "hours_before", "refund_amount", "waivers_signed",
                        "weather", "天气", "referee", "rounds", "bags", "paintballs", "photo_pack", "error_code",
                        "card_type", "stars"])
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "booking_id", "venue_id", "venue", "venue_en", "city", "城市", "session_type", "场次类型", "package", "套餐",
            "payment_method", "支付方式", "card_type", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "booking_id", "venue_id", "venue", "venue_en", "city", "城市", "session_type", "场次类型"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier", "会员类型",
             "customer_type", "客户类型", "age_band", "gender", "phone_os", "preferred_language"]


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
    dup_idx = rng.choice(len(ev), size=20, replace=False)            # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, bookings {g.n_bk}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
