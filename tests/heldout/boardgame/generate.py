"""骰子局 DiceDen: a chain of board-game and murder-mystery (剧本杀) cafés with 6 stores (上海静安, 上海徐汇, 杭州湖滨,
南京新街口, 苏州观前街, and 成都春熙路 which opened on 2026-03-01). A player finds us on Dianping / Meituan / Xiaohongshu
or through a friend's invite, browses the board games and scripts, books a table or a seat in a script session (some
organisers book a whole session for their group), pays a deposit, waits for the script session to fill (sessions
without enough players are cancelled by the store and the deposit refunded), checks in, plays (a host / DM runs each
script session), orders food and drinks, pays the balance, reviews us and sometimes books again.
Events 2025-01-01 .. 2026-06-30 (the data was extracted at the end of June 2026).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a
DATA.md table). Deterministic (fixed seed), Python + numpy, about 2 s. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261204
rng = np.random.default_rng(SEED)
D = timedelta
GEN_START, START = date(2024, 9, 1), date(2025, 1, 1)      # simulate from Sep 2024, the extract starts in 2025
LAST_DISCOVER, CUTOFF = date(2026, 6, 25), datetime(2026, 6, 30, 23, 59, 59)
FIRST = datetime(START.year, START.month, START.day)
N_CUST = 7800
IOS_BUG = (datetime(2025, 12, 1), datetime(2026, 1, 11))   # mini program 3.2.0: WeChat Pay redirect fails on iOS
PRICE_HIKE = datetime(2025, 9, 1)                           # food & drink menu +25 %
CHENGDU_OPEN = date(2026, 3, 1)
XUHUI_WORN = datetime(2025, 6, 1)                           # Xuhui's game library wears out (missing pieces)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现骰子局", "Discover DiceDen", "awareness", "social", "digital", "marketing",
     "种草|看到我们|刷到|找到店|发现|discover|found us|discovery|first touch"),
    ("tp_browse", "浏览桌游和剧本", "Browse games & scripts", "consideration", "mini_program", "digital",
     "marketing", "浏览|看本|选本|看剧本|看桌游|browse|browsing|script list|game list"),
    ("tp_book", "提交预约", "Booking submitted", "purchase", "mini_program", "digital", "store_ops",
     "预约|订位|订场|下单|拼场|包场|book|booking|reservation|booked"),
    ("tp_deposit", "支付定金", "Deposit paid", "purchase", "mini_program", "digital", "finance",
     "定金|付定金|预付|订金|deposit|pay deposit|prepayment"),
    ("tp_deposit_fail", "定金支付失败", "Deposit payment failed", "purchase", "mini_program", "digital", "finance",
     "支付失败|付款失败|付不了定金|payment failed|deposit failed|payment error"),
    ("tp_confirm", "成团确认", "Session confirmed", "purchase", "mini_program", "digital", "store_ops",
     "成团|发车|开车|人齐|确认开场|confirmed|session confirmed|enough players"),
    ("tp_cancel", "场次取消", "Session cancelled", "service", "mini_program", "digital", "store_ops",
     "取消|没成团|流团|退订|cancel|cancelled|cancellation"),
    ("tp_refund", "定金退款", "Deposit refund", "service", "other", "digital", "finance",
     "退款|退定金|退钱|refund|money back|refunded"),
    ("tp_checkin", "到店签到", "Check-in", "service", "store", "physical", "front_desk",
     "到店|签到|前台|入座|check-in|check in|arrival|front desk"),
    ("tp_play", "开局游玩", "Game session", "service", "store", "physical", "store_ops",
     "开局|开本|玩游戏|主持|DM|主持人|游戏体验|play|game|session|host|game master"),
    ("tp_food", "点餐饮", "Food & drinks", "service", "store", "physical", "kitchen",
     "餐饮|零食|饮料|奶茶|小吃|点单|food|drinks|snacks|F&B"),
    ("tp_balance", "结清尾款", "Balance paid", "purchase", "store", "physical", "finance",
     "尾款|结账|买单|结清|balance|checkout|pay the rest|bill"),
    ("tp_review", "发表评价", "Review", "loyalty", "social", "digital", "marketing",
     "评价|点评|写评价|打分|review|rating|reviews"),
    ("tp_rebook", "再次预约", "Repeat booking", "loyalty", "mini_program", "digital", "crm",
     "回头客|复购|再来|再次预约|return|repeat booking|rebook|came back|returning player"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("booking", "线上预约", "Online booking", ["tp_discover", "tp_browse", "tp_book", "tp_deposit"], 7),
    ("session", "成团到店", "Session to arrival", ["tp_deposit", "tp_confirm", "tp_checkin", "tp_play"], 30),
    ("in_store", "到店消费", "In-store visit", ["tp_checkin", "tp_play", "tp_food", "tp_balance", "tp_review"], 3),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 30),
    ("rebook", "回头客", "Repeat visit", ["tp_balance", "tp_rebook"], 90),
]
STORES = {  # id: zh, en, city_en, city_zh, hosts [(zh, en, weight)]
    "S1": ("上海静安店", "Shanghai Jing'an", "Shanghai", "上海",
           [("小白", "Bai", 0.4), ("阿杰", "Jay", 0.35), ("七七", "Qiqi", 0.25)]),
    "S2": ("上海徐汇店", "Shanghai Xuhui", "Shanghai", "上海",
           [("老猫", "Old Cat", 0.4), ("米粒", "Millie", 0.3), ("大熊", "Bear", 0.3)]),
    "S3": ("杭州湖滨店", "Hangzhou Hubin", "Hangzhou", "杭州",
           [("阿K", "Kay", 0.45), ("橙子", "Orange", 0.3), ("夏夏", "Summer", 0.25)]),
    "S4": ("南京新街口店", "Nanjing Xinjiekou", "Nanjing", "南京",
           [("小鹿", "Lulu", 0.45), ("老王", "Lao Wang", 0.3), ("豆豆", "Doudou", 0.25)]),
    "S5": ("苏州观前街店", "Suzhou Guanqian", "Suzhou", "苏州",
           [("青青", "Qingqing", 0.55), ("阿飞", "Fei", 0.45)]),
    "S6": ("成都春熙路店", "Chengdu Chunxi Road", "Chengdu", "成都",
           [("糖糖", "Tangtang", 0.5), ("阿布", "Abu", 0.5)]),
}
HOST_QUALITY = {"阿K": -1.6, "糖糖": -2.8, "小鹿": 0.6}      # rating shift; Kay and trainee Tangtang are dull
SCRIPTS = [  # zh, en, difficulty, min players, price per person, weight within its difficulty
    ("雾都迷踪", "Foggy City Mystery", "beginner", 5, 128, 0.62),
    ("校园怪谈", "Campus Legends", "beginner", 6, 128, 0.38),
    ("长安夜宴", "Chang'an Night Banquet", "intermediate", 6, 168, 0.6),
    ("深海回声", "Echoes of the Deep", "intermediate", 5, 168, 0.4),
    ("七号档案", "File No. 7", "hardcore", 7, 228, 0.45),
    ("无人生还之岛", "Island of No Return", "hardcore", 6, 228, 0.55),
]
DIFF_ZH = {"beginner": "新手", "intermediate": "进阶", "hardcore": "硬核"}
GAMES = [("狼人杀", "Werewolf", 0.27), ("阿瓦隆", "Avalon", 0.17), ("卡坦岛", "Catan", 0.15),
         ("璀璨宝石", "Splendor", 0.14), ("德国心脏病", "Halli Galli", 0.15), ("瘟疫危机", "Pandemic", 0.12)]
CITIES = [  # en, zh, share, home store weights
    ("Shanghai", "上海", 0.42, {"S1": 0.55, "S2": 0.45}), ("Hangzhou", "杭州", 0.20, {"S3": 1.0}),
    ("Nanjing", "南京", 0.13, {"S4": 1.0}), ("Suzhou", "苏州", 0.14, {"S5": 0.9, "S1": 0.1}),
    ("Chengdu", "成都", 0.015, {"S6": 1.0}), ("Beijing", "北京", 0.045, None), ("Shenzhen", "深圳", 0.03, None),
    ("Guangzhou", "广州", 0.02, None),
]
PLAYER_TYPES = [("casual", "休闲玩家", 0.55), ("enthusiast", "硬核玩家", 0.30), ("group_organiser", "组局达人", 0.15)]
SOURCES = [("dianping", "大众点评", 0.35), ("meituan", "美团", 0.30), ("xiaohongshu", "小红书", 0.22),
           ("friend_invite", "好友邀请", 0.13)]
P_BROWSE = {"dianping": 0.80, "meituan": 0.78, "xiaohongshu": 0.52, "friend_invite": 0.93, "mini_program": 0.95}
P_BOOK = {"dianping": 0.60, "meituan": 0.58, "xiaohongshu": 0.33, "friend_invite": 0.76, "mini_program": 0.82}
TIER_ZH = {"basic": "普通会员", "silver": "银卡", "gold": "金卡"}
ORDER_ZH = {"deposit": "定金", "balance": "尾款", "food_drink": "餐饮"}
CANCEL_ZH = {"not_enough_players": "人数不足", "customer_cancelled": "顾客取消"}
PAY_METHOD = {"dianping": "dianping_pay", "meituan": "meituan_pay", "mini_program": "wechat_pay"}

# ---------------------------------------------------------------- feedback phrases (topic -> zh, en)
PHRASES = {
    "host_boring": (["DM全程念稿子，太无聊了", "主持人没有代入感，很无聊", "DM像在走流程，敷衍得很", "这次主持人太敷衍了，一点都不投入"],
                    ["The host was boring, just reading from the script", "Our game master was so boring and low-energy",
                     "Host seemed bored and rushed us through the story"]),
    "host_great": (["DM演技炸裂，带入感超强", "主持人控场一流，全程高能", "DM小姐姐演技太好了，哭了好几次"],
                   ["The host was amazing, fully in character", "Fantastic game master, really brought the story alive"]),
    "too_hard": (["本太难了，推到最后也没推出凶手", "推理难度太高，新手完全跟不上", "线索太绕了，烧脑过头"],
                 ["The script was way too hard, nobody solved it", "Puzzle was too difficult for our group"]),
    "missing_pieces": (["{g}缺零件，玩到一半发现卡牌不全", "桌游配件不全，{g}缺零件没法玩", "{g}的配件不全，缺了好几张卡"],
                       ["{g} was missing pieces", "Several cards were missing from {g}, missing pieces everywhere"]),
    "noisy": (["太吵了，隔壁包间一直在尖叫", "环境太吵，听不清DM说话", "周末晚上特别吵，完全没法专心推理"],
              ["Way too noisy, could not hear each other", "It was so loud on Saturday night", "Very noisy room next door"]),
    "snacks_overpriced": (["零食饮料太贵了", "一杯奶茶卖38，餐饮定价离谱", "小吃价格涨得太狠了，不想点"],
                          ["Snacks and drinks are overpriced", "Food prices are a rip-off now", "Drinks overpriced for what they are"]),
    "cancel_few": (["说人数不够临时取消了，白空出一晚上", "等了两天没成团，最后被取消", "拼场人数不足直接取消，体验很差"],
                   ["Our session got cancelled because not enough players joined", "Cancelled last minute, not enough players"]),
    "refund_slow": (["定金退款到现在还没到账", "退款等了一个多星期还没到", "取消好几天了，退款还没到账，客服也不回"],
                    ["Still waiting for my deposit refund", "The refund took forever, still not back on my card"]),
    "refund_fast": (["退款很快，当天就到账了", "取消后定金秒退，点赞"],
                    ["Refund came back within hours, thanks", "Quick refund, no hassle"]),
    "payment_fail": (["小程序付定金一直失败，换了几次都不行", "苹果手机付定金跳转失败，付不了款"],
                     ["Deposit payment keeps failing in the mini program on my iPhone", "Payment keeps failing, WeChat Pay never opens"]),
    "good_selection": (["游戏种类很多，店员推荐的都好玩", "桌游种类很多，新手也能找到合适的"],
                       ["Great selection of games", "Huge game library, great selection"]),
    "atmosphere": (["装修很有感觉，环境舒服", "店里装修用心，拍照好看"],
                   ["Lovely cozy atmosphere", "Nice decor and cozy atmosphere"]),
    "generic_pos": (["玩得很开心，下次还来", "整体不错，推荐给朋友", "很好玩，周末又有安排了"],
                    ["Had a great time, will come back", "Really fun night out with friends"]),
    "generic_neu": (["还行吧，中规中矩", "一般般，没有特别的感觉"], ["It was ok", "Fine, nothing special"]),
}
NEG_TOPICS = ["payment_fail", "cancel_few", "refund_slow", "host_boring", "too_hard", "missing_pieces", "noisy",
              "snacks_overpriced"]
TOPIC_TP = {"payment_fail": "tp_deposit", "cancel_few": "tp_cancel", "refund_slow": "tp_refund",
            "refund_fast": "tp_refund", "host_boring": "tp_play", "too_hard": "tp_play", "missing_pieces": "tp_play",
            "noisy": "tp_play", "snacks_overpriced": "tp_food", "host_great": "tp_play", "good_selection": "tp_play",
            "atmosphere": "tp_play", "generic_pos": "tp_review", "generic_neu": "tp_review"}
POS_TOPICS = {"host_great", "refund_fast", "good_selection", "atmosphere", "generic_pos"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def day_weight(d: date) -> float:
    w = 1.0
    if d.month in (7, 8):
        w *= 1.5
    if (d.month == 1 and d.day >= 15) or (d.month == 2 and d.day <= 20):
        w *= 1.35
    if d.month == 10 and d.day <= 7:
        w *= 1.6
    elif d.month in (10, 11, 12):
        w *= 0.8
    if d.year == 2026:
        w *= 1.2
    return w


DAYS = [GEN_START + D(days=i) for i in range((LAST_DISCOVER - GEN_START).days + 1)]
DAY_W = np.array([day_weight(d) for d in DAYS])
_CD = np.array([d >= CHENGDU_OPEN for d in DAYS], float)
_XHS = np.array([1.8 if d.year == 2026 else 1.0 for d in DAYS])     # Xiaohongshu grows fast in 2026
DAY_P = {(cd, x): (w := DAY_W * (_CD if cd else 1.0) * (_XHS if x else 1.0)) / w.sum()
         for cd in (False, True) for x in (False, True)}


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_bk = self.n_ord = self.n_fb = 0
        self.session_keys = {}      # (store, start, script) -> (game_session_id, cancelled, host, confirm_wait)

    # ------------------------------------------------------------ helpers
    def ev(self, c, t, tp, sid, action, **kw):
        self.n_ev += 1
        row = {"event_id": f"E{self.n_ev:07d}", "customer_id": c["customer_id"], "ts": t, "touchpoint_id": tp,
               "session_id": sid, "action": action}
        row.update(kw)
        self.events.append(row)
        return row

    def order(self, c, t, amount, otype, status, channel, device, bk, **kw):
        self.n_ord += 1
        row = {"order_id": f"O{self.n_ord:07d}", "customer_id": c["customer_id"], "ts": t, "amount": round(amount, 2),
               "status": status, "channel": channel, "device": device, "order_type": otype, "订单类型": ORDER_ZH[otype],
               "booking_id": bk["sid"], "store_id": bk["store_id"], "store": bk["store"], "store_en": bk["store_en"],
               "product_type": bk["product_type"], "预约类型": bk["预约类型"], "difficulty": bk.get("difficulty"),
               "难度": bk.get("难度"), "script": bk.get("script"), "script_en": bk.get("script_en"),
               "party_size": bk["party_size"], "payment_method": PAY_METHOD.get(channel, "wechat_pay"),
               "currency": "CNY"}
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, bk=None, game=None, undated=False,
           anonymous=False):
        lang = c["preferred_language"]
        parts = []
        for tpc in topics:
            zh, en = PHRASES[tpc]
            s = (zh if lang == "zh" else en)[int(rng.integers(len(zh if lang == "zh" else en)))]
            if "{g}" in s:
                s = s.format(g=(game[0] if lang == "zh" else game[1]) if game else ("桌游" if lang == "zh" else "the game"))
            parts.append(s)
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        neg = [x for x in topics if x in NEG_TOPICS]
        if tp is None:
            first = sorted(neg, key=NEG_TOPICS.index)[0] if neg else topics[0]
            tp = TOPIC_TP[first]
        sentiment = "neg" if neg else ("pos" if any(x in POS_TOPICS for x in topics) else "neu")
        self.n_fb += 1
        fid = f"F{self.n_fb:06d}"
        row = {"feedback_id": fid, "text": text, "ts": None if undated else t,
               "customer_id": None if anonymous else c["customer_id"], "touchpoint_id": tp, "channel": channel,
               "rating": rating, "nps": nps, "language": lang, "sentiment_label": sentiment,
               "booking_id": bk["sid"] if bk else None, "store_id": bk["store_id"] if bk else None,
               "store": bk["store"] if bk else None, "store_en": bk["store_en"] if bk else None,
               "product_type": bk["product_type"] if bk else None, "script": bk.get("script") if bk else None,
               "script_en": bk.get("script_en") if bk else None, "host": bk.get("host") if bk else None,
               "host_en": bk.get("host_en") if bk else None, "game": game[0] if game else None,
               "game_en": game[1] if game else None}
        self.feedback.append(row)
        self.truth.append({"feedback_id": fid, "topics": "|".join(topics), "sentiment": sentiment})

    # ------------------------------------------------------------ customers
    def customers(self):
        cs = []
        for i in range(N_CUST):
            city = pick(CITIES, [x[2] for x in CITIES])
            ptype = pick(PLAYER_TYPES, [x[2] for x in PLAYER_TYPES])
            src = pick(SOURCES, [x[2] for x in SOURCES])
            age = pick(["18-25", "26-35", "36-45", "46+"], [0.38, 0.43, 0.18, 0.01])
            if age == "46+" and rng.random() < 0.8:
                ptype = PLAYER_TYPES[2]
            w = DAY_P[(city[0] == "Chengdu", src[0] == "xiaohongshu")]
            d0 = DAYS[int(rng.choice(len(DAYS), p=w))]
            lang = "en" if rng.random() < (0.24 if city[0] == "Shanghai" else 0.05) else "zh"
            cs.append({"customer_id": f"C{i + 1:05d}", "city": city[0], "城市": city[1], "home": city[3],
                       "player_type": ptype[0], "玩家类型": ptype[1], "source": src[0], "获客渠道": src[1],
                       "age_band": age, "gender": pick(["F", "M"], [0.52, 0.48]), "preferred_language": lang,
                       "d0": d0, "signup_at": None, "visits": [], "spend": 0.0, "played": False})
        return cs

    # ------------------------------------------------------------ one booking attempt
    def attempt(self, c, t0: datetime, source: str, returning: bool):
        self.n_bk += 1
        sid = f"BK{self.n_bk:06d}"
        if source == "mini_program":
            platform = "mini_program"
        elif source in ("dianping", "meituan"):
            platform = source if rng.random() < 0.8 else "mini_program"
        else:
            platform = "mini_program"
        if returning and source != "mini_program":
            platform = source
        device = pick(["ios", "android", "pc"], [0.55, 0.42, 0.03] if platform == "dianping" else [0.56, 0.44, 0])
        app_v = None
        if platform == "mini_program":
            app_v = "3.1.4" if t0 < IOS_BUG[0] else ("3.2.0" if t0 < IOS_BUG[1] else "3.2.1")
        base = {"device": device, "app_version": app_v}
        self.ev(c, t0, "tp_discover", sid, "view", channel=source, **base)
        if rng.random() >= P_BROWSE[source]:
            return None
        t = t0 + D(minutes=float(rng.uniform(1, 90)))
        if rng.random() < 0.15:
            t += D(days=int(rng.integers(1, 4)))
        self.ev(c, t, "tp_browse", sid, "view", channel=platform, **base)
        if rng.random() >= P_BOOK[source]:
            return None
        t += D(minutes=float(rng.uniform(2, 40)))
        if rng.random() < 0.1:
            t += D(days=int(rng.integers(1, 3)))
        # ---- what is booked
        store_id = pick(list(c["home"]), list(c["home"].values())) if c["home"] else \
            pick(["S1", "S2", "S3", "S4", "S5"], [0.3, 0.25, 0.2, 0.15, 0.1])
        if store_id != "S6" and t.date() >= CHENGDU_OPEN and c["home"] is None and rng.random() < 0.08:
            store_id = "S6"
        st = STORES[store_id]
        ptype = c["player_type"]
        p_script = {"casual": 0.32, "enthusiast": 0.72, "group_organiser": 0.62}[ptype] + \
            {"18-25": -0.1, "26-35": 0.12}.get(c["age_band"], 0.0)
        is_script = rng.random() < p_script
        bk = {"sid": sid, "store_id": store_id, "store": st[0], "store_en": st[1],
              "product_type": "script" if is_script else "table", "预约类型": "剧本杀" if is_script else "桌游"}
        group = False
        if is_script:
            dmix = {"casual": [0.66, 0.29, 0.05], "enthusiast": [0.2, 0.38, 0.42],
                    "group_organiser": [0.45, 0.4, 0.15]}[ptype]
            diff = pick(["beginner", "intermediate", "hardcore"], dmix)
            cands = [s for s in SCRIPTS if s[2] == diff]
            sc = pick(cands, [x[5] for x in cands])
            bk.update(script=sc[0], script_en=sc[1], difficulty=diff, 难度=DIFF_ZH[diff], min_players=sc[3])
            group = rng.random() < ({"group_organiser": 0.7}.get(ptype, 0.05) + (0.25 if c["age_band"] == "46+" else 0))
            if group:
                party = int(sc[3] + rng.integers(0, 3)) + (int(rng.integers(2, 5)) if c["age_band"] == "46+" else 0)
            else:
                party = int(pick([1, 2, 3], [0.45, 0.4, 0.15]))
            price = sc[4]
        else:
            party = int(rng.integers(4, 9)) if ptype == "group_organiser" else int(pick([2, 3, 4, 5, 6],
                                                                                        [0.3, 0.25, 0.25, 0.12, 0.08]))
            if c["age_band"] == "46+":
                party += 4
            price = None
        bk["party_size"] = party
        bk["is_group_booking"] = group
        # session start
        lead = (1 + float(rng.exponential(3.0))) if is_script else float(pick([0, 1, 2, 3], [0.3, 0.35, 0.2, 0.15]))
        sd = (t + D(days=lead)).date()
        if sd.weekday() < 4 and rng.random() < 0.45:
            sd += D(days=5 - sd.weekday())
        wd = sd.weekday()
        hour = 19 if wd in (0, 1, 2, 3, 4) and rng.random() < 0.8 else pick([13, 14, 19], [0.4, 0.2, 0.4])
        start = datetime(sd.year, sd.month, sd.day, hour)
        while start < t + D(hours=3):
            start += D(days=1)
        weekend = start.weekday() >= 4          # Fri / Sat / Sun
        if price is None:
            price = 88 if weekend else 68
        fee = price * party
        dep = float(round(fee * 0.3))
        bk.update(start=start, fee=fee, deposit=dep)
        common = dict(store_id=store_id, store=st[0], store_en=st[1], product_type=bk["product_type"],
                      预约类型=bk["预约类型"], script=bk.get("script"), script_en=bk.get("script_en"),
                      difficulty=bk.get("difficulty"), 难度=bk.get("难度"), party_size=party, is_group_booking=group,
                      session_start=ts(start))
        if c["signup_at"] is None:
            c["signup_at"] = t - D(minutes=float(rng.uniform(1, 20)))
        self.ev(c, t, "tp_book", sid, "submit", channel=platform, **base, **common)
        if returning and c["played"]:
            self.ev(c, t + D(seconds=1), "tp_rebook", sid, "rebook", channel=platform, **base, **common)
        # ---- deposit (iOS mini program bug)
        bug = platform == "mini_program" and device == "ios" and IOS_BUG[0] <= t < IOS_BUG[1]
        p_fail = 0.62 if bug else 0.02
        paid = False
        for _ in range(4):
            t += D(minutes=float(rng.uniform(0.5, 6)))
            if rng.random() < p_fail:
                self.ev(c, t, "tp_deposit_fail", sid, "fail", channel=platform, **base, **common, amount=dep,
                        error="WX_PAY_REDIRECT_FAIL" if bug else pick(["BALANCE_INSUFFICIENT", "USER_CANCELLED"], [1, 1]))
                self.order(c, t, dep, "deposit", "cancelled", platform, device, bk)
                if bug and rng.random() < 0.12:
                    self.fb(c, t + D(minutes=float(rng.uniform(5, 120))), ["payment_fail"], "ticket", bk=bk)
                if rng.random() < (0.45 if bug else 0.5):
                    continue
                break
            if rng.random() < 0.94:
                paid = True
            break
        if not paid:
            return None
        self.ev(c, t, "tp_deposit", sid, "success", channel=platform, **base, **common, amount=dep)
        dep_order = self.order(c, t, dep, "deposit", "paid", platform, device, bk, refunded_at=None)
        # ---- confirmation / cancellation
        host = None
        if is_script:
            key = (store_id, start, bk["script"], sid if group else "")
            if key not in self.session_keys:
                if group:
                    canc = False
                else:
                    base_p = {"beginner": 0.07, "intermediate": 0.15, "hardcore": 0.36}[bk["difficulty"]]
                    f = 1.6 if start.weekday() < 4 else 0.6
                    f *= {"S5": 2.2, "S6": 4.0}.get(store_id, 1.0)
                    canc = rng.random() < min(0.9, base_p * f)
                hs = st[4]
                if store_id == "S6" and start < datetime(2026, 5, 1):
                    hs = [hs[0]] + [(h[0], h[1], 0.3) for h in hs[1:]]
                h = pick(hs, [x[2] for x in hs])
                wait_mean = {"beginner": 10, "intermediate": 20, "hardcore": 40}[bk["difficulty"]]
                self.session_keys[key] = (f"GS{len(self.session_keys) + 1:06d}", canc, h, wait_mean)
            gsid, canc, h, wait_mean = self.session_keys[key]
            common.update(game_session_id=gsid)
            if canc:
                tc = max(t + D(minutes=30), start - D(hours=float(rng.uniform(3, 20))))
                joined = int(rng.integers(party, bk["min_players"]))
                self.ev(c, tc, "tp_cancel", sid, "cancel", channel=platform, **base, **common,
                        cancel_reason="not_enough_players", 取消原因=CANCEL_ZH["not_enough_players"],
                        players_joined=joined, min_players=bk["min_players"])
                self.refund(c, bk, tc, platform, device, dep_order, base, common)
                if rng.random() < 0.45:
                    self.fb(c, tc + D(hours=float(rng.uniform(1, 30))), ["cancel_few"], "cs_survey",
                            rating=int(pick([1, 2, 3], [0.5, 0.4, 0.1])), bk=bk)
                elif rng.random() < 0.2:
                    self.fb(c, tc + D(hours=float(rng.uniform(0.2, 5))), ["cancel_few"], "ticket", bk=bk)
                return None
            host = h                    # the host is assigned once the session is confirmed
            bk.update(host=h[0], host_en=h[1])
            if group:
                tcf = t + D(minutes=float(rng.uniform(1, 10)))
            else:
                tcf = min(t + D(hours=float(rng.exponential(wait_mean)) + 0.2), start - D(hours=2))
                tcf = max(tcf, t + D(minutes=1))
            self.ev(c, tcf, "tp_confirm", sid, "success", channel=platform, **base, **common,
                    players_joined=int(bk["min_players"] + rng.integers(0, 3)) if not group else party,
                    min_players=bk["min_players"])
        else:
            tcf = t + D(minutes=float(rng.uniform(1, 5)))
            self.ev(c, tcf, "tp_confirm", sid, "success", channel=platform, **base, **common)
        # ---- customer cancellation (5 %) and no-show (4 %)
        if rng.random() < 0.05:
            tc = tcf + (start - tcf) * float(rng.uniform(0.05, 0.98))
            self.ev(c, tc, "tp_cancel", sid, "cancel", channel=platform, **base, **common,
                    cancel_reason="customer_cancelled", 取消原因=CANCEL_ZH["customer_cancelled"])
            if start - tc >= D(hours=24):
                self.refund(c, bk, tc, platform, device, dep_order, base, common)
            return None
        if rng.random() < 0.04:
            return None
        # ---- the visit
        if start > CUTOFF:
            return None
        tci = start + D(minutes=float(rng.uniform(-20, 15)))
        self.ev(c, tci, "tp_checkin", sid, "check_in", channel="store", **common)
        tpl = tci + D(minutes=float(rng.uniform(8, 25)))
        game = None
        if is_script:
            self.ev(c, tpl, "tp_play", sid, "start", channel="store", **common, host=host[0], host_en=host[1])
            dur = {"beginner": 4.0, "intermediate": 5.0, "hardcore": 6.0}[bk["difficulty"]] + float(rng.normal(0, 0.4))
        else:
            game = pick(GAMES, [g[2] for g in GAMES])
            self.ev(c, tpl, "tp_play", sid, "start", channel="store", **common, game=game[0], game_en=game[1])
            dur = 3.5 + float(rng.normal(0, 0.5))
        hike = tci >= PRICE_HIKE
        p_food = (0.78 if not is_script else 0.66) * (0.68 if hike else 1.0)
        food = False
        if rng.random() < p_food:
            food = True
            tf = tci + D(hours=float(rng.uniform(0.5, max(0.8, dur - 0.5))))
            amt = round(party * float(rng.uniform(24, 42)) * (1.25 if hike else 1.0)
                        * {"18-25": 0.8, "26-35": 1.3}.get(c["age_band"], 1.0), 0)
            self.ev(c, tf, "tp_food", sid, "order", channel="store", **common, amount=amt)
            self.order(c, tf, amt, "food_drink", "paid", "store", None, bk)
            c["spend"] += amt
        tb = tci + D(hours=dur)
        bal = fee - dep
        self.ev(c, tb, "tp_balance", sid, "success", channel="store", **common, amount=bal)
        self.order(c, tb, bal, "balance", "paid", "store", None, bk)
        c["spend"] += fee
        c["played"] = True
        c["visits"].append(tci)
        self.experience(c, bk, tb, is_script, host, game, weekend, food, hike, platform)
        return {"end": tb, "host": host}

    def refund(self, c, bk, tc, platform, device, dep_order, base, common):
        if platform == "meituan":
            delay = float(rng.lognormal(np.log(6.5), 0.35))
        elif platform == "dianping":
            delay = float(rng.lognormal(np.log(2.4), 0.35))
        else:
            delay = float(rng.uniform(0.01, 0.3))
        tr = tc + D(days=delay)
        self.ev(c, tr, "tp_refund", bk["sid"], "refund", channel=platform, **base, **common,
                refund_amount=bk["deposit"])
        if tr <= CUTOFF:        # refunds still pending at the extract keep the deposit as paid
            dep_order["status"] = "refunded"
            dep_order["refunded_at"] = ts(tr)
        if delay > 4 and rng.random() < 0.35:
            self.fb(c, tc + D(days=float(rng.uniform(3.5, min(delay, 4.2)))), ["refund_slow"], "ticket", bk=bk)
        if rng.random() < 0.3:
            if delay > 4:
                self.fb(c, tr + D(hours=2), ["refund_slow"], "cs_survey", rating=int(pick([1, 2, 3], [.4, .45, .15])),
                        bk=bk)
            elif delay < 1:
                self.fb(c, tr + D(hours=2), ["refund_fast"], "cs_survey", rating=int(pick([4, 5], [.4, .6])), bk=bk)
            else:
                self.fb(c, tr + D(hours=2), ["generic_neu"], "cs_survey", tp="tp_refund",
                        rating=int(pick([3, 4], [.6, .4])), bk=bk)

    def experience(self, c, bk, tb, is_script, host, game, weekend, food, hike, platform):
        topics = []
        shift = 0.0
        if is_script:
            hz = host[0]
            if hz in ("阿K", "糖糖") and rng.random() < (0.6 if hz == "阿K" else 0.75):
                topics.append("host_boring")
            elif hz == "小鹿" and rng.random() < 0.6:
                topics.append("host_great")
            elif rng.random() < 0.05:
                topics.append("host_boring")
            elif rng.random() < 0.22:
                topics.append("host_great")
            shift += HOST_QUALITY.get(hz, 0.0)
            p_hard = {"无人生还之岛": 0.5, "七号档案": 0.12}.get(bk["script"], 0.03)
            if rng.random() < p_hard:
                topics.append("too_hard")
        else:
            worn = bk["store_id"] == "S2" and tb >= XUHUI_WORN
            p_miss = (0.75 if game[0] == "卡坦岛" else 0.2) if worn else 0.03
            if rng.random() < p_miss:
                topics.append("missing_pieces")
            if rng.random() < 0.18:
                topics.append("good_selection")
        evening = bk["start"].hour >= 19
        p_noise = (0.45 if (weekend and evening) else 0.12) if bk["store_id"] == "S1" else 0.04
        if rng.random() < p_noise:
            topics.append("noisy")
        if rng.random() < ((0.22 if food else 0.1) if hike else 0.025):
            topics.append("snacks_overpriced")
        if rng.random() < 0.1:
            topics.append("atmosphere")
        if not topics:
            topics.append("generic_pos" if rng.random() < 0.75 else "generic_neu")
        neg = [x for x in topics if x in NEG_TOPICS]
        r = 4.7 + shift * 0.5 - 1.3 * len(neg) + 0.2 * sum(x in POS_TOPICS for x in topics) + float(rng.normal(0, 0.5))
        if "generic_neu" in topics:
            r -= 1.2
        rating = int(min(5, max(1, round(r))))
        t_rev = tb + D(hours=float(rng.uniform(0.5, 60)))
        if rng.random() < 0.4:
            ch = {"dianping": "dianping_review", "meituan": "meituan_review"}.get(platform, "mini_program_review")
            self.fb(c, t_rev, topics, ch, rating=rating, bk=bk, game=game,
                    undated=ch == "dianping_review" and rng.random() < 0.06)
            self.ev(c, t_rev, "tp_review", bk["sid"], "submit", channel=ch, store_id=bk["store_id"],
                    store=bk["store"], store_en=bk["store_en"], product_type=bk["product_type"],
                    预约类型=bk["预约类型"], stars=rating)
        if rng.random() < 0.15:
            nps = int(min(10, max(0, round(8.8 + shift - 2.2 * len(neg) + float(rng.normal(0, 1.2))))))
            self.fb(c, tb + D(hours=float(rng.uniform(1, 30))), topics, "survey", nps=nps, bk=bk, game=game)
        if rng.random() < 0.05:
            self.fb(c, t_rev + D(days=float(rng.uniform(0, 5))), topics, "xiaohongshu", bk=bk, game=game,
                    undated=rng.random() < 0.5, anonymous=rng.random() < 0.3)
        return rating

    # ------------------------------------------------------------ the whole history
    def run(self):
        cs = self.customers()
        for c in cs:
            h = c["d0"]
            t = datetime(h.year, h.month, h.day, int(pick(list(range(9, 24)), [1] * 10 + [2, 2, 3, 3, 2])),
                         int(rng.integers(60)))
            src, returning = c["source"], False
            for _ in range(25):
                if t > CUTOFF - D(days=5):
                    break
                res = self.attempt(c, t, src, returning)
                if res is None:
                    if rng.random() >= 0.25:
                        break
                    t = t + D(days=float(rng.exponential(45)) + 2)
                    src = "mini_program" if c["played"] else pick([s[0] for s in SOURCES], [s[2] for s in SOURCES])
                    returning = c["played"]
                    continue
                p_ret = {"casual": 0.4, "enthusiast": 0.62, "group_organiser": 0.8}[c["player_type"]]
                p_ret = min(0.9, p_ret * {"18-25": 0.8, "26-35": 1.3}.get(c["age_band"], 1.0))
                if res["host"] is not None and res["host"][0] in ("阿K", "糖糖"):
                    p_ret *= 0.5
                if rng.random() >= p_ret:
                    break
                t = res["end"] + D(days=float(rng.exponential(24)) + 2)
                t = t.replace(hour=int(rng.integers(9, 24)), minute=int(rng.integers(60)))
                src = pick(["mini_program", "dianping", "meituan"], [0.6, 0.22, 0.18])
                returning = True
        return cs


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else (ts(r[k]) if isinstance(r.get(k), datetime) else r[k]))
                        for k in cols})


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    cs = g.run()
    events = [e for e in g.events if FIRST <= e["ts"] <= CUTOFF]
    orders = [o for o in g.orders if FIRST <= o["ts"] <= CUTOFF]
    fb = [(f, t) for f, t in zip(g.feedback, g.truth) if f["ts"] is None or FIRST <= f["ts"] <= CUTOFF]
    last = max(e["ts"] for e in events)
    # customers: state at the end of the data
    crow = []
    for c in cs:
        if not c["visits"]:
            seg = "prospect"
        elif c["spend"] >= 3000:
            seg = "vip"
        elif min(c["visits"]) >= datetime(2026, 4, 1):
            seg = "new"
        elif max(c["visits"]) < datetime(2025, 12, 1):
            seg = "at_risk"
        elif len(c["visits"]) >= 2:
            seg = "returning"
        else:
            seg = "one_time"
        tier = "gold" if c["spend"] >= 1800 else ("silver" if c["spend"] >= 600 else "basic")
        crow.append({"customer_id": c["customer_id"], "signup_at": c["signup_at"], "segment": seg,
                     "region": c["city"], "城市": c["城市"], "acquisition_channel": c["source"],
                     "获客渠道": c["获客渠道"], "tier": tier, "会员等级": TIER_ZH[tier],
                     "player_type": c["player_type"], "玩家类型": c["玩家类型"], "age_band": c["age_band"],
                     "gender": c["gender"], "preferred_language": c["preferred_language"]})
    # a few events re-sent by the mini program's tracker (exact duplicates)
    dup_idx = rng.choice(len(events), 30, replace=False)
    events = events + [dict(events[int(i)]) for i in dup_idx]
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    write(out / "touchpoints.csv",
          [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv",
          [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", crow,
          ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier", "会员等级",
           "player_type", "玩家类型", "age_band", "gender", "preferred_language"])
    write(out / "events.csv", events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "store_id", "store", "store_en", "product_type", "预约类型", "script", "script_en",
           "difficulty", "难度", "game", "game_en", "host", "host_en", "party_size", "is_group_booking",
           "session_start", "game_session_id", "amount", "error", "cancel_reason", "取消原因", "players_joined",
           "min_players", "refund_amount", "stars"])
    write(out / "orders.csv", orders,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
           "booking_id", "store_id", "store", "store_en", "product_type", "预约类型", "difficulty", "难度", "script",
           "script_en", "party_size", "payment_method", "refunded_at", "currency"])
    write(out / "feedback.csv", [f for f, _ in fb],
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "sentiment_label", "booking_id", "store_id", "store", "store_en", "product_type", "script", "script_en",
           "host", "host_en", "game", "game_en"])
    write(out / "_truth" / "feedback_truth.csv", [t for _, t in fb], ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(crow)}, events {len(events)}, orders {len(orders)}, feedback {len(fb)}, last event {last}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
