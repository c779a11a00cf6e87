"""钓趣 HookHaven: fishing parks (垂钓园 / 黑坑) around Nanjing 南京, Hefei 合肥 and Wuhu 芜湖, sold through a WeChat
mini program. An angler finds us (抖音 Douyin / the 钓鱼人 angler app / a WeChat anglers' group / a friend / a tackle
shop), buys a ticket for a session (半天 half day, 全天 full day, 夜钓 night) on a pond type (黑坑 paid-stock pond,
野钓 natural pond, 路亚 lure pond), rents a rod / buys bait (租竿 / 饵料), checks in at the gate, takes a peg and
fishes, weighs the catch at the end (称重; zero catch = 空军), sells black-pit fish back to the park by weight (回鱼,
the park pays the angler) or pays a per-jin fee to keep natural-pond fish (带鱼费), reviews the session, comes back,
buys a membership card (次卡 10-session card / 月卡 / 年卡), enters the weekly Saturday 黑坑 competitions (比赛: entry
fee, prizes for the top 3), and gets refunded when the park calls a session off for rain (雨天停钓).
Data 2025-01-01 .. 2026-06-30 (the mini program launched on 2025-01-01; extract taken early July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topics of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), numpy + stdlib, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261219
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 4200
CHAOHU_CUT = datetime(2025, 9, 1)          # new contractor at 巢湖黑坑 cuts the stocking
FEIXI_MANAGER = (datetime(2025, 4, 1), datetime(2026, 3, 1))   # the rude site manager at 肥西
PRICE_RISE = datetime(2026, 3, 1)          # black-pit tickets +20 %, match fee 200 -> 220
PLUM_RAIN = [(datetime(2025, 6, 14), datetime(2025, 7, 16)), (datetime(2026, 6, 10), datetime(2026, 7, 1))]
HOLIDAYS = [(datetime(2025, 5, 1), datetime(2025, 5, 6)), (datetime(2025, 10, 1), datetime(2025, 10, 9)),
            (datetime(2026, 5, 1), datetime(2026, 5, 6)), (datetime(2025, 4, 4), datetime(2025, 4, 7)),
            (datetime(2026, 4, 4), datetime(2026, 4, 7))]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现钓场", "Discover HookHaven", "awareness", "social", "digital", "marketing",
     "发现|刷到|看到|抖音刷到|钓鱼人上看到|群里看到|朋友介绍|渔具店推荐|discover|found us|first touch"),
    ("tp_ticket", "购买钓票", "Ticket purchase", "purchase", "mini_program", "digital", "ticketing",
     "买票|购票|钓票|下单|门票|团购券|半天票|全天票|夜钓票|ticket|buy ticket|booking|purchase"),
    ("tp_return", "回头再钓", "Repeat trip", "loyalty", "mini_program", "digital", "crm",
     "回头客|复购|再来|又来钓|回头率|repeat|came back|return trip|repeat trip"),
    ("tp_gear", "租竿买饵", "Gear rental & bait", "purchase", "store", "physical", "shop",
     "租竿|租渔具|买饵|饵料|窝料|小卖部|rod rental|gear|bait|tackle"),
    ("tp_checkin", "入场签到", "Gate check-in", "service", "store", "physical", "site_ops",
     "入场|签到|检票|进场|到场|前台|check-in|checkin|gate|arrival"),
    ("tp_fishing", "下竿垂钓", "Fishing at the peg", "service", "store", "physical", "site_ops",
     "钓位|下竿|开钓|垂钓|钓鱼|塘口|放鱼|鱼情|fishing|peg|pond|stocking"),
    ("tp_weigh", "称重出鱼", "Catch weigh-in", "service", "store", "physical", "site_ops",
     "称重|出鱼|渔获|过秤|空军|catch|weigh-in|weighing|skunked|blank"),
    ("tp_huiyu", "回鱼", "Fish buy-back", "service", "store", "physical", "finance",
     "回鱼|卖鱼|回收|按斤回收|buy-back|sell back|fish buyback"),
    ("tp_match_signup", "比赛报名", "Match sign-up", "purchase", "mini_program", "digital", "events",
     "比赛报名|报名|报名费|周赛报名|match sign-up|entry|entry fee|competition sign-up"),
    ("tp_match", "参加比赛", "Competition day", "service", "store", "physical", "events",
     "比赛|周赛|参赛|检录|奖金|名次|match|competition|tournament|prize"),
    ("tp_card", "办会员卡", "Membership card", "loyalty", "store", "physical", "crm",
     "办卡|会员卡|次卡|月卡|年卡|充值|membership|member card|season pass|annual pass"),
    ("tp_rainout", "雨天停钓", "Rained-out session", "service", "mini_program", "digital", "site_ops",
     "下雨|停钓|雨天取消|天气取消|rain|rained out|rain-out|washed out|cancelled for rain"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|退票|退券|refund|money back|refunded"),
    ("tp_review", "评价钓场", "Session review", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|评分|点评|review|rating|stars|rate"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("first_trip", "首钓转化", "First trip", ["tp_discover", "tp_ticket", "tp_checkin"], 7),
    ("visit", "到场垂钓", "Fishing visit", ["tp_ticket", "tp_checkin", "tp_fishing", "tp_weigh"], 7),
    ("match", "比赛参赛", "Competition", ["tp_match_signup", "tp_match"], 10),
    ("rain_refund", "雨天退款", "Rain-out refund", ["tp_rainout", "tp_refund"], 14),
    ("membership", "办卡转化", "Membership", ["tp_checkin", "tp_card"], 30),
    ("comeback", "回头客", "Come back", ["tp_weigh", "tp_return"], 30),
]
CITIES = {"Nanjing": ("南京", 0.45), "Hefei": ("合肥", 0.33), "Wuhu": ("芜湖", 0.22)}
PARKS = [  # id, city, zh, en, ponds, opened, weight
    ("P01", "Nanjing", "南京江宁钓趣园", "Nanjing Jiangning", ["black_pit", "lure", "wild"], None, 1.6),
    ("P02", "Nanjing", "南京六合野钓基地", "Nanjing Luhe", ["wild", "black_pit"], None, 1.0),
    ("P03", "Nanjing", "南京浦口路亚湖", "Nanjing Pukou", ["lure", "wild"], None, 0.8),
    ("P04", "Hefei", "合肥肥西钓场", "Hefei Feixi", ["black_pit", "wild"], None, 1.2),
    ("P05", "Hefei", "合肥巢湖黑坑", "Hefei Chaohu", ["black_pit"], None, 1.1),
    ("P06", "Hefei", "合肥长丰垂钓园", "Hefei Changfeng", ["wild", "lure"], datetime(2025, 9, 1), 0.7),
    ("P07", "Wuhu", "芜湖镜湖钓场", "Wuhu Jinghu", ["black_pit", "wild"], None, 1.2),
    ("P08", "Wuhu", "芜湖三山野塘", "Wuhu Sanshan", ["wild"], None, 0.9),
]
PARK = {p[0]: p for p in PARKS}
MATCH_PARKS = ["P01", "P04", "P07"]
PONDS = {"black_pit": "黑坑", "wild": "野钓", "lure": "路亚"}
SESSIONS = {"half_day": "半天", "full_day": "全天", "night": "夜钓"}
PRICE = {"black_pit": {"half_day": 120, "full_day": 200, "night": 150},
         "wild": {"half_day": 60, "full_day": 100, "night": 80},
         "lure": {"half_day": 80, "full_day": 130, "night": 100}}
HOURS = {"half_day": 4.5, "full_day": 10.0, "night": 8.0}
ATYPES = {  # en: zh, weight, pond prefs (black, wild, lure), session prefs (half, full, night), extra trips, gap days
    "pit_pro": ("黑坑玩家", 0.24, (0.9, 0.1, 0.0), (0.15, 0.5, 0.35), 9.0, 12.0),
    "leisure": ("休闲钓友", 0.36, (0.3, 0.7, 0.0), (0.5, 0.35, 0.15), 1.6, 40.0),
    "lure": ("路亚玩家", 0.15, (0.0, 0.1, 0.9), (0.6, 0.3, 0.1), 3.5, 20.0),
    "family": ("亲子家庭", 0.25, (0.2, 0.8, 0.0), (0.85, 0.15, 0.0), 0.8, 50.0),
}
CHANNELS = {  # en: zh, weight, discover -> first ticket probability, extra-trip multiplier
    "douyin": ("抖音", 0.37, 0.30, 0.45), "angler_app": ("钓鱼人APP", 0.22, 0.55, 1.0),
    "wechat_group": ("微信钓友群", 0.19, 0.74, 1.1), "friend": ("朋友介绍", 0.205, 0.68, 1.0),
    "tackle_shop": ("渔具店推荐", 0.015, 0.85, 2.2),
}
AGE_BANDS = ["18-25", "26-35", "36-45", "46-55", "56+"]
AGES = {"pit_pro": (0.05, 0.25, 0.35, 0.25, 0.10), "leisure": (0.12, 0.3, 0.28, 0.18, 0.12),
        "lure": (0.35, 0.45, 0.15, 0.05, 0.0), "family": (0.02, 0.45, 0.45, 0.06, 0.02)}
PAYM = {"wechat_pay": "微信支付", "douyin_voucher": "抖音团购券", "card": "会员卡"}
CARDS = {"punch_card": ("次卡", 900), "monthly": ("月卡", 500), "annual": ("年卡", 3600)}
OTYPES = {"ticket": "门票", "gear_rental": "租竿费", "bait": "饵料", "fish_takeaway": "带鱼费",
          "match_fee": "比赛报名费", "card": "会员卡"}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "stocking": (["说好的放鱼根本没放够，一下午不开口", "放鱼太少了，老板光说不放", "假放鱼，视频里放的和塘里完全两码事",
                  "黑坑放鱼量明显缩水，钓一天才两条", "放鱼就是做样子，鱼都是老油子"],
                 ["they claim to stock the pond every week but there's barely a fish in it",
                  "fake stocking, the pond felt empty all day", "stocking here is a joke now"]),
    "crowding": (["周末人太多了，钓位挤得竿子都打架", "人太多，太挤了，抛竿都怕甩到旁边的人", "节假日人太多，根本抢不到好钓位"],
                 ["way too crowded, pegs were on top of each other", "packed on the weekend, no room to cast"]),
    "toilet": (["厕所太脏了，根本下不去脚", "整个钓场就一个旱厕所，臭得要命", "没有像样的厕所，带孩子很不方便"],
               ["the toilet was disgusting", "no proper toilet anywhere near the pond"]),
    "rude": (["前台态度差，问两句就不耐烦", "老板态度恶劣，还骂人", "称重的师傅态度差，凶得很"],
             ["staff were rude at the gate", "the manager was really rude to us"]),
    "price": (["黑坑门票又涨价了，一天要两百多", "票价太贵，不值这个钱", "涨价了服务一点没变"],
              ["too expensive for what you get", "another price hike on the black pit tickets"]),
    "mosquito": (["夜钓蚊子太多了，咬了一身包", "蚊子多得吓人，记得带驱蚊水"],
                 ["mosquitoes ate us alive on the night session", "bring repellent, the mosquitoes are brutal"]),
    "refund_slow": (["下雨停钓了，抖音团购的退款还没到账", "退款太慢了，都好几天了", "雨天停钓说好退钱，退款还没到账"],
                    ["rained out and my refund still hasn't arrived", "the Douyin voucher refund is taking forever"]),
    "scale": (["回鱼的时候秤不准，明明十几斤只算八斤", "回鱼缺斤少两，老板压秤", "回鱼秤不准，下次不回了"],
              ["the scale at the buy-back is rigged", "they shorted us on the scale when selling the fish back"]),
    "prize": (["上周比赛的奖金到现在还没发", "比赛奖金拖了两周，群里问也没人回"],
              ["still waiting for the prize money from last week's match"]),
    "good_catch": (["鱼情好，连竿，爽", "今天鱼情好，半天就爆护了", "鱼情好，下次还来"],
                   ["fish were biting all day", "great bites from the first cast"]),
    "nice_place": (["钓场环境好，钓位宽敞，很舒服", "环境好，水质也不错，适合带家人", "环境好，安静，适合放松"],
                   ["lovely setting, spacious pegs", "beautiful spot, nice setting by the water"]),
}
GEN = {
    "pos": (["体验不错，下次还来", "老板人挺好，推荐", "性价比可以，值得一来", "带孩子来玩很开心"],
            ["good day out", "nice session, will be back", "good value"]),
    "neu": (["还行吧，中规中矩", "一般般，没什么特别的", "就那样吧"], ["it was ok", "average day, nothing special"]),
    "neg": (["这次不太满意", "有点失望，不会再来了", "不推荐"], ["not great this time", "disappointing, won't come back"]),
}
TOPIC_TP = {"stocking": "tp_fishing", "crowding": "tp_fishing", "toilet": "tp_fishing", "mosquito": "tp_fishing",
            "rude": "tp_checkin", "price": "tp_ticket", "refund_slow": "tp_refund", "scale": "tp_huiyu",
            "prize": "tp_match", "good_catch": "tp_weigh", "nice_place": "tp_fishing"}
NEG_TOPICS = {"stocking", "crowding", "toilet", "rude", "price", "mosquito", "refund_slow", "scale", "prize"}
STARS = {"stocking": (1, 2), "rude": (1, 2), "refund_slow": (1, 2), "scale": (2, 3), "prize": (1, 3),
         "toilet": (2, 3), "crowding": (2, 3), "price": (2, 3), "mosquito": (3, 3)}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    tot = float(sum(weights))
    r, acc = rng.random() * tot, 0.0
    for it, w in zip(items, weights):
        acc += w
        if r < acc:
            return it
    return items[-1]


def u(a, b):
    return float(rng.uniform(a, b))


SEASON = {1: 0.4, 2: 0.5, 3: 0.9, 4: 1.3, 5: 1.4, 6: 1.1, 7: 0.85, 8: 0.85, 9: 1.3, 10: 1.5, 11: 0.9, 12: 0.5}


def holiday(d: datetime) -> bool:
    return any(a <= d < b for a, b in HOLIDAYS)


def open_parks(city, t):
    return [p for p in PARKS if p[1] == city and (p[5] is None or p[5] <= t)]


# rain days per city: plum rain season heavy, otherwise ~5 % of days
RAIN = {}
_d = START
while _d <= END:
    for city in CITIES:
        plum = any(a <= _d < b for a, b in PLUM_RAIN)
        RAIN[(city, _d.date())] = rng.random() < (0.45 if plum else 0.035)
    _d += D(days=1)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_tk = self.n_mt = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, common=None, device=None, channel=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=device, channel=channel)
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, common=None, sid=None, status="paid", channel="mini_program", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel=channel, device=c["device"], order_type=otype, 订单类型=OTYPES[otype],
                   session_id=sid, currency="CNY")
        if common:
            for k in ("park_id", "park", "park_en", "park_city", "钓场城市", "pond_type", "塘口类型", "session_type", "场次"):
                row[k] = common.get(k)
        row.update(kw)
        self.orders.append(row)
        if status == "paid":
            c["spend"] += amount
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, common=None, sid=None, undated=False, gen=None,
           no_customer=False, tp=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"F{self.n_fb:06d}"
        lang = "en" if (c["lang"] == "en" or rng.random() < 0.04) else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((TOPIC_TP[k] for k in topics if k in NEG_TOPICS), None) or \
                (TOPIC_TP[topics[0]] if topics else "tp_review")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, session_id=sid)
        if common:
            for k in ("park_id", "park", "park_en", "park_city", "钓场城市", "pond_type", "塘口类型", "场次"):
                row[k] = common.get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=gen))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 6, 25):
            growth = 0.6 + 0.8 * (d - START).days / 540
            days.append((d, growth * SEASON[d.month] * (1.6 if d.weekday() >= 4 else 1.0)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=u(7, 23.5))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            atype = pick(list(ATYPES), [a[1] for a in ATYPES.values()])
            chw = {ch: v[1] for ch, v in CHANNELS.items()}
            if atype == "pit_pro":
                chw["wechat_group"] *= 2.0
                chw["tackle_shop"] *= 2.0
                chw["douyin"] *= 0.6
            if atype == "family":
                chw["douyin"] *= 1.4
            ch = pick(list(chw), list(chw.values()))
            pref = ATYPES[atype][2]
            parks = open_parks(city, t)
            good = [p for p in parks if any(pref[j] > 0.5 and pond in p[4]
                                            for j, pond in enumerate(("black_pit", "wild", "lure")))] or parks
            if city == "Hefei" and t >= PARK["P06"][5] and atype in ("family", "lure", "leisure") and rng.random() < 0.5:
                good = [PARK["P06"]]
            home = pick(good, [p[6] for p in good])
            self.cust.append(dict(
                customer_id=f"A{i + 1:05d}", discover=t, city=city, home=home[0], atype=atype, channel=ch,
                age=pick(AGE_BANDS, AGES[atype]), gender=pick(["male", "female"], [0.82, 0.18]),
                device=pick(["ios", "android"], [0.38, 0.62]),
                lang="en" if rng.random() < 0.05 else "zh", years=int(rng.integers(0, 25)),
                spend=0.0, trips=0, first_trip=None, last_trip=None, card=None, card_ever=None))

    # ---------- one fishing trip (ticket) ----------
    def trip(self, c, t_ticket: datetime, day: datetime, n_prev: int):
        a = ATYPES[c["atype"]]
        parks = open_parks(c["city"], day)
        park = PARK[c["home"]] if (rng.random() < 0.82 or len(parks) == 1) else parks[int(rng.integers(len(parks)))]
        pond = pick(["black_pit", "wild", "lure"], a[2])
        if pond not in park[4]:
            pond = park[4][0] if c["atype"] != "pit_pro" or "black_pit" not in park[4] else "black_pit"
        sw = list(a[3])
        if day.month in (11, 12, 1, 2):
            sw[2] = 0.0                                       # no night sessions in winter
        elif day.month in (6, 7, 8):
            sw[2] *= 1.6
        if sum(sw) == 0:
            sw = [1, 0, 0]
        sess = pick(list(SESSIONS), sw)
        hour = {"half_day": pick([6.0, 13.0], [0.6, 0.4]), "full_day": 6.5, "night": 18.5}[sess]
        start = day + D(hours=hour)
        if t_ticket >= start - D(minutes=30):
            t_ticket = start - D(hours=u(0.6, 3))
        if t_ticket < c["discover"]:
            t_ticket = c["discover"] + D(minutes=u(5, 60))
            if t_ticket >= start:
                start = start + D(days=1)
        price = PRICE[pond][sess] * (1.2 if pond == "black_pit" and start >= PRICE_RISE else 1.0)
        # how to pay
        card = c["card"]
        if card and card["type"] in ("monthly", "annual") and card["until"] < t_ticket:
            card = c["card"] = None
        if card and card["type"] == "punch_card" and card["left"] <= 0:
            card = c["card"] = None
        if card:
            pm = "card"
            if card["type"] == "punch_card":
                card["left"] -= 1
        else:
            pv = (0.6 if n_prev == 0 else 0.35) if c["channel"] == "douyin" else 0.12
            pm = "douyin_voucher" if rng.random() < pv else "wechat_pay"
        amount = 0.0 if pm == "card" else round(price * (0.8 if pm == "douyin_voucher" else 1.0), 2)
        self.n_tk += 1
        sid = f"TK{self.n_tk:06d}"
        common = dict(park_id=park[0], park=park[2], park_en=park[3], park_city=park[1],
                      钓场城市=CITIES[park[1]][0], pond_type=pond, 塘口类型=PONDS[pond], session_type=sess,
                      场次=SESSIONS[sess], session_start=ts(start), payment_method=pm, 支付方式=PAYM[pm])
        if n_prev > 0:
            self.ev(c, t_ticket - D(seconds=30), "tp_return", sid, "repeat_purchase", common, device=c["device"],
                    channel="mini_program", trip_no=n_prev + 1)
        if not self.ev(c, t_ticket, "tp_ticket", sid, "purchase", common, device=c["device"],
                       channel="douyin" if pm == "douyin_voucher" else "mini_program", ticket_price=price,
                       amount=amount):
            return None
        c["trips"] += 1
        c["first_trip"] = c["first_trip"] or t_ticket
        o = None
        if pm != "card":
            o = self.order(c, t_ticket, amount, "ticket", common, sid,
                           channel="douyin" if pm == "douyin_voucher" else "mini_program",
                           payment_method=pm, 支付方式=PAYM[pm])
        # rain-out
        if RAIN.get((park[1], start.date())):
            plum = any(x <= start < y for x, y in PLUM_RAIN)
            if rng.random() < (0.8 if plum else 0.6):
                t_r = start - D(hours=u(1, 4))
                if t_r <= t_ticket:
                    t_r = t_ticket + D(minutes=u(5, 30))
                self.ev(c, t_r, "tp_rainout", sid, "cancelled_by_rain", common, channel="mini_program",
                        device=c["device"], weather="heavy_rain" if plum else pick(["heavy_rain", "thunderstorm"],
                                                                                     [0.6, 0.4]))
                if pm == "wechat_pay":
                    t_f = t_r + D(minutes=u(2, 90))
                elif pm == "douyin_voucher":
                    t_f = t_r + D(days=u(2.0, 7.5))
                else:
                    t_f = t_r + D(minutes=u(1, 15))
                ok = self.ev(c, t_f, "tp_refund", sid, "refund" if pm != "card" else "restore_visit", common,
                             channel="douyin" if pm == "douyin_voucher" else "mini_program",
                             refund_amount=amount, refund_reason="rain", 退款原因="雨天停钓")
                if ok and o is not None:
                    o["status"] = "refunded"
                    o["refunded_at"] = ts(t_f)
                    c["spend"] -= amount
                if card and card["type"] == "punch_card":
                    card["left"] += 1
                if pm == "douyin_voucher" and rng.random() < 0.4:
                    self.fb(c, t_f - D(days=u(0.5, 1.8)), ["refund_slow"], pick(["hotline", "douyin_comment"], [0.6, 0.4]),
                            common=common, sid=sid)
                return None
        if rng.random() < 0.04:                               # no-show
            return None
        t_in = start + D(minutes=u(-20, 40))
        self.ev(c, t_in, "tp_checkin", sid, "scan_in", common, device=c["device"], channel="store",
                gate_staff=pick(["老王", "小李", "阿强", "张姐"], [1, 1, 1, 1]))
        c["last_trip"] = t_in
        weekend = start.weekday() >= 5 or holiday(start)
        crowd = int(rng.integers(25, 60) if (park[0] == "P01" and weekend) else rng.integers(6, 30))
        self.ev(c, t_in + D(minutes=u(8, 25)), "tp_fishing", sid, "start_fishing", common, channel="store",
                seat_no=int(rng.integers(1, 80)), anglers_on_pond=crowd)
        # gear / bait
        rent_p = {"family": 0.7, "leisure": 0.3, "lure": 0.25, "pit_pro": 0.03}[c["atype"]]
        bait_p = {"family": 0.55, "leisure": 0.5, "lure": 0.08, "pit_pro": 0.6}[c["atype"]]
        rent, bait = rng.random() < rent_p, rng.random() < bait_p
        if rent or bait:
            t_g = t_in + D(minutes=u(2, 12))
            rent_fee = (50 if pond == "lure" else 30) if rent else 0
            bait_fee = float(rng.integers(3, 13) * 5) if bait else 0
            self.ev(c, t_g, "tp_gear", sid, "buy", common, channel="store", rod_rental=rent_fee, bait_amount=bait_fee,
                    amount=rent_fee + bait_fee)
            if rent:
                self.order(c, t_g, rent_fee, "gear_rental", common, sid, channel="store", payment_method="wechat_pay",
                           支付方式="微信支付")
            if bait:
                self.order(c, t_g + D(seconds=20), bait_fee, "bait", common, sid, channel="store",
                           payment_method="wechat_pay", 支付方式="微信支付")
        # catch
        t_w = start + D(hours=HOURS[sess] + u(-0.4, 0.3))
        p0 = {"black_pit": 0.17, "wild": 0.33, "lure": 0.42}[pond] + (0.05 if sess == "night" else 0.0)
        if park[0] == "P05" and start >= CHAOHU_CUT:
            p0 = 0.56
        skunk = rng.random() < p0
        mean = {"black_pit": 11.0, "wild": 5.0, "lure": 3.0}[pond] * (0.5 if park[0] == "P05" and start >= CHAOHU_CUT
                                                                       else 1.0)
        jin = 0.0 if skunk else round(float(rng.gamma(2.0, mean / 2.0)) + 0.3, 1)
        nfish = 0 if skunk else max(1, int(jin / u(0.8, 2.5)))
        self.ev(c, t_w, "tp_weigh", sid, "weigh", common, channel="store", catch_jin=jin, fish_count=nfish,
                skunked=str(skunk).lower(), 是否空军="是" if skunk else "否")
        huiyu = False
        if pond == "black_pit" and not skunk and rng.random() < 0.8:
            huiyu = True
            pj = 8.0 if park[0] == "P05" else 10.0
            self.ev(c, t_w + D(minutes=u(3, 15)), "tp_huiyu", sid, "buy_back", common, channel="store", huiyu_jin=jin,
                    huiyu_price=pj, huiyu_amount=round(jin * pj, 1))
        if pond == "wild" and not skunk and rng.random() < 0.45:
            self.order(c, t_w + D(minutes=u(2, 10)), round(jin * (10 if park[0] == "P08" else 12), 1), "fish_takeaway",
                       common, sid, channel="store", payment_method="wechat_pay", 支付方式="微信支付", catch_jin=jin)
        # membership card at the front desk
        if not c["card"]:
            pc = {"pit_pro": 0.06, "lure": 0.04, "leisure": 0.012, "family": 0.006}[c["atype"]]
            if rng.random() < pc:
                ct = pick(list(CARDS), {"pit_pro": (0.3, 0.35, 0.35), "lure": (0.5, 0.4, 0.1)}.get(c["atype"],
                                                                                                  (0.85, 0.15, 0.0)))
                t_c = t_w + D(minutes=u(10, 30))
                if self.ev(c, t_c, "tp_card", f"CD{self.n_tk:06d}", "buy_card", dict(park_id=park[0], park=park[2],
                           park_en=park[3], park_city=park[1], 钓场城市=CITIES[park[1]][0]), channel="store",
                           card_type=ct, 会员卡类型=CARDS[ct][0], amount=CARDS[ct][1]):
                    self.order(c, t_c, CARDS[ct][1], "card", dict(park_id=park[0], park=park[2], park_en=park[3],
                               park_city=park[1], 钓场城市=CITIES[park[1]][0]), None, channel="store",
                               card_type=ct, 会员卡类型=CARDS[ct][0], payment_method="wechat_pay", 支付方式="微信支付")
                    c["card"] = dict(type=ct, left=10, until=t_c + D(days=30 if ct == "monthly" else 365))
                    c["card_ever"] = ct
        # review & feedback
        topics = []
        if pond == "black_pit":
            if park[0] == "P05" and start >= CHAOHU_CUT and (skunk or jin < 6) and rng.random() < 0.6:
                topics.append("stocking")
            elif skunk and rng.random() < 0.1:
                topics.append("stocking")
        if weekend and park[0] == "P01" and rng.random() < 0.3:
            topics.append("crowding")
        elif weekend and rng.random() < 0.02:
            topics.append("crowding")
        if rng.random() < {"P08": 0.33, "P02": 0.06}.get(park[0], 0.015):
            topics.append("toilet")
        if park[0] == "P04" and FEIXI_MANAGER[0] <= start < FEIXI_MANAGER[1] and rng.random() < 0.28:
            topics.append("rude")
        elif rng.random() < 0.012:
            topics.append("rude")
        if pond == "black_pit" and start >= PRICE_RISE and rng.random() < 0.22:
            topics.append("price")
        elif rng.random() < 0.02:
            topics.append("price")
        if sess == "night" and start.month in (6, 7, 8, 9) and rng.random() < 0.35:
            topics.append("mosquito")
        if huiyu and rng.random() < (0.18 if park[0] == "P07" else 0.015):
            topics.append("scale")
        if not (set(topics) & NEG_TOPICS):
            if jin > mean * 1.3 and rng.random() < 0.45:
                topics.append("good_catch")
            if rng.random() < (0.3 if park[0] in ("P03", "P06") else 0.06):
                topics.append("nice_place")
        neg = [k for k in topics if k in NEG_TOPICS]
        if neg:
            lo = min(STARS[k][0] for k in neg)
            hi = min(STARS[k][1] for k in neg)
            stars = int(rng.integers(lo, hi + 1))
            gen = "neg"
        elif topics:
            stars, gen = int(pick([4, 5], [0.35, 0.65])), "pos"
        else:
            stars = int(pick([2, 3, 4, 5], [0.06, 0.24, 0.4, 0.3] if not skunk else [0.2, 0.4, 0.3, 0.1]))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
        p_review = 0.3 + (0.15 if neg else 0.0)
        if rng.random() < p_review:
            t_rv = t_w + D(hours=u(0.3, 20))
            if self.ev(c, t_rv, "tp_review", sid, "rate", common, device=c["device"], channel="mini_program",
                       stars=stars):
                self.fb(c, t_rv, topics, "mini_program_review", rating=stars, common=common, sid=sid, gen=gen)
        r = rng.random()
        if r < 0.05:                                         # the 钓鱼人 app's park rating
            self.fb(c, t_w + D(hours=u(2, 48)), topics, "angler_app_review", rating=stars, common=common, gen=gen)
        elif r < 0.085:
            self.fb(c, t_w + D(hours=u(2, 72)), topics, "dianping_review", rating=stars, common=common, gen=gen,
                    undated=rng.random() < 0.33)
        elif r < 0.13:
            nps = int(np.clip(round({5: 9.3, 4: 8.0, 3: 6.5, 2: 4.0, 1: 2.0}[stars] + rng.normal(0, 1.2)), 0, 10))
            self.fb(c, t_w + D(days=u(1, 3)), topics, "survey", nps=nps, common=common, sid=sid, gen=gen)
        elif r < 0.16 and c["channel"] == "douyin":
            self.fb(c, t_w + D(hours=u(1, 30)), topics, "douyin_comment", common=common, gen=gen,
                    no_customer=rng.random() < 0.3)
        elif r < 0.19 and c["atype"] == "pit_pro":
            self.fb(c, t_w + D(hours=u(1, 30)), topics, "wechat_group", common=common, gen=gen,
                    undated=rng.random() < 0.5)
        if "rude" in topics and rng.random() < 0.15:
            self.fb(c, t_w + D(hours=u(1, 6)), ["rude"], "hotline", common=common, sid=sid)
        return t_w

    # ---------- weekly competitions ----------
    def matches(self):
        pros = [c for c in self.cust if c["atype"] == "pit_pro" and c["first_trip"]]
        d = datetime(2025, 3, 1)
        while d <= END:
            if d.month not in (1, 2):
                for pid in MATCH_PARKS:
                    park = PARK[pid]
                    mid = f"M-{pid}-{d:%Y%m%d}"
                    fee = 220.0 if d >= PRICE_RISE else 200.0
                    common = dict(park_id=pid, park=park[2], park_en=park[3], park_city=park[1],
                                  钓场城市=CITIES[park[1]][0], pond_type="black_pit", 塘口类型="黑坑",
                                  session_type="full_day", 场次="全天", match_id=mid)
                    cands = [c for c in pros if c["city"] == park[1] and c["first_trip"] < d
                             and (c["last_trip"] or c["first_trip"]) > d - D(days=45)]
                    entrants = [c for c in cands if rng.random() < (0.35 if c["channel"] == "tackle_shop" else 0.16)]
                    rained = RAIN.get((park[1], d.date())) and rng.random() < 0.7
                    on_day = []
                    for c in entrants:
                        self.n_mt += 1
                        sid = f"MT{self.n_mt:06d}"
                        t_s = d - D(days=u(1, 6)) + D(hours=u(8, 22))
                        if not self.ev(c, t_s, "tp_match_signup", sid, "sign_up", common, device=c["device"],
                                       channel="mini_program", entry_fee=fee, amount=fee):
                            continue
                        o = self.order(c, t_s, fee, "match_fee", common, sid, payment_method="wechat_pay",
                                       支付方式="微信支付", match_id=mid)
                        if rained:
                            t_r = d + D(hours=u(4, 6))
                            self.ev(c, t_r, "tp_rainout", sid, "match_cancelled", common, channel="mini_program",
                                    device=c["device"], weather="heavy_rain")
                            t_f = t_r + D(minutes=u(5, 120))
                            if self.ev(c, t_f, "tp_refund", sid, "refund", common, channel="mini_program",
                                       refund_amount=fee, refund_reason="rain", 退款原因="雨天停钓") and o:
                                o["status"] = "refunded"
                                o["refunded_at"] = ts(t_f)
                                c["spend"] -= fee
                            continue
                        if rng.random() < (0.22 if c["channel"] == "douyin" else 0.09):
                            continue                                   # no-show
                        on_day.append((c, sid, round(float(rng.gamma(3.0, 6.0)), 1)))
                    on_day.sort(key=lambda x: -x[2])
                    for rank, (c, sid, jin) in enumerate(on_day, 1):
                        pool = fee * len(on_day) * 0.7          # 70 % of the entry fees go back as prizes
                        prize = round(pool * {1: 0.5, 2: 0.3, 3: 0.2}.get(rank, 0.0), -1) if len(on_day) >= 5 else 0.0
                        self.ev(c, d + D(hours=7, minutes=u(-30, 10)), "tp_match", sid, "compete", common,
                                channel="store", match_rank=rank, catch_jin=jin, prize_amount=prize,
                                entrants=len(on_day))
                        if prize and rng.random() < 0.12:
                            self.fb(c, d + D(days=u(8, 15)), ["prize"], "wechat_group", common=common,
                                    undated=rng.random() < 0.5)
            d += D(days=7)

    def run(self):
        self.customers()
        for c in self.cust:
            ch = CHANNELS[c["channel"]]
            self.ev(c, c["discover"], "tp_discover", None, "view", device=c["device"], channel=c["channel"])
            if rng.random() < ch[2] * (1.1 if c["atype"] == "pit_pro" else 1.0):
                late = rng.random() < 0.07
                t = c["discover"] + D(days=u(7.5, 20) if late else float(rng.exponential(1.2)) % 6.5)
            elif rng.random() < 0.04:
                t = c["discover"] + D(days=u(25, 90))                 # came back much later on their own
            else:
                continue
            a = ATYPES[c["atype"]]
            extra = int(rng.poisson(a[4] * ch[3]))
            n = 0
            while t <= END and n <= extra:
                day = datetime(t.year, t.month, t.day) + D(days=int(pick([0, 1, 2, 3], [0.35, 0.35, 0.2, 0.1])))
                if a[4] > 5 and day.weekday() < 5 and rng.random() < 0.4:
                    day += D(days=5 - day.weekday())                   # pit pros like weekends
                self.trip(c, t, day, n)
                n += 1
                gap = float(rng.exponential(a[5] * (1.8 if c["channel"] == "douyin" else 1.0)))
                t = day + D(days=1 + gap / max(0.3, SEASON[min(12, (day + D(days=gap)).month)]), hours=u(-6, 6))
        self.matches()
        # a few unpaid ticket orders that timed out
        for c in [x for x in self.cust if x["first_trip"]][::23]:
            t = c["first_trip"] + D(days=u(1, 120))
            self.order(c, t, 100.0, "ticket", None, None, status="cancelled", payment_method="wechat_pay",
                       支付方式="微信支付")
        # generic park comments without a session (WeChat groups, Douyin) incl. stocking gossip about 巢湖
        for c in self.cust[::9]:
            t = c["discover"] + D(days=u(0, 200))
            p = PARK[c["home"]]
            common = dict(park_id=p[0], park=p[2], park_en=p[3], park_city=p[1], 钓场城市=CITIES[p[1]][0])
            topics = []
            if p[0] == "P05" and t >= CHAOHU_CUT and rng.random() < 0.7:
                topics = ["stocking"]
            elif p[0] == "P08" and rng.random() < 0.3:
                topics = ["toilet"]
            self.fb(c, t, topics, pick(["wechat_group", "douyin_comment"], [0.5, 0.5]), common=common,
                    undated=rng.random() < 0.35, gen=None if topics else pick(["pos", "neu"], [0.6, 0.4]))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            if not c["first_trip"]:
                seg = "prospect"
            elif c["first_trip"] >= datetime(2026, 4, 1):
                seg = "new"
            elif c["last_trip"] and c["last_trip"] < datetime(2026, 1, 1):
                seg = "at_risk"
            elif c["trips"] >= 8:
                seg = "loyal"
            elif c["trips"] >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            tier = c["card_ever"] or "none"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier,
                             会员卡类型={"none": "散客", **{k: v[0] for k, v in CARDS.items()}}[tier],
                             angler_type=c["atype"], 钓手类型=ATYPES[c["atype"]][0], age_band=c["age"],
                             gender=c["gender"], phone_os=c["device"], home_park_id=c["home"],
                             years_fishing=c["years"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        known = set(cols)
        for r in rows:
            assert known.issuperset(r), set(r) - known
            w.writerow(["" if r.get(k) is None else r[k] for k in cols])


COMMON = ["park_id", "park", "park_en", "park_city", "钓场城市", "pond_type", "塘口类型", "session_type", "场次"]
EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel"] + COMMON + [
    "session_start", "payment_method", "支付方式", "trip_no", "ticket_price", "amount", "gate_staff", "seat_no",
    "anglers_on_pond", "rod_rental", "bait_amount", "catch_jin", "fish_count", "skunked", "是否空军", "huiyu_jin",
    "huiyu_price", "huiyu_amount", "card_type", "会员卡类型", "match_id", "entry_fee", "match_rank", "entrants",
    "prize_amount", "weather", "refund_amount", "refund_reason", "退款原因", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "session_id"] + COMMON + ["payment_method", "支付方式", "card_type", "会员卡类型", "match_id", "catch_jin",
                                      "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "session_id", "park_id", "park", "park_en", "park_city", "钓场城市", "pond_type", "塘口类型", "场次"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员卡类型", "angler_type", "钓手类型", "age_band", "gender", "phone_os", "home_park_id", "years_fishing",
             "preferred_language"]


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
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, tickets {g.n_tk}, match entries {g.n_mt}, events {len(ev)}, "
          f"orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
