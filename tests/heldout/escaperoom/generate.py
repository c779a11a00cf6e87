"""谜境 MysteryBox: an escape-room chain (密室逃脱) with 8 venues in 上海, 杭州 and 南京. A customer discovers us on
大众点评 / 美团 / 抖音 / 小红书 or through a friend, views a theme room page, books a slot (theme, group size), pays a
deposit or the full price, may cancel or reschedule, checks in at the venue, the game starts after the briefing,
the group escapes (or not, or gives up), may take a group photo and post it, and may review. Members buy stored-value
cards; some venues sell merchandise. Data covers 2024-07-01 .. 2026-06-30 (today is 2026-12-01).

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

SEED = 20260611
START = datetime(2024, 7, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
PRE = datetime(2023, 9, 1)
N = 4000
D = timedelta
M = lambda x: timedelta(minutes=float(x))  # noqa: E731

CITIES = {"Shanghai": ("上海", "上海市", 0.45), "Hangzhou": ("杭州", "浙江省", 0.28),
          "Nanjing": ("南京", "江苏省", 0.27)}
# venue_id, zh, en, city, weight
VENUES = [
    ("SH01", "上海静安寺店", "Shanghai Jing'an Temple", "Shanghai", 1.6),
    ("SH02", "上海五角场店", "Shanghai Wujiaochang", "Shanghai", 1.1),
    ("SH03", "上海徐家汇店", "Shanghai Xujiahui", "Shanghai", 1.0),
    ("HZ01", "杭州湖滨店", "Hangzhou Hubin", "Hangzhou", 1.0),
    ("HZ02", "杭州滨江店", "Hangzhou Binjiang", "Hangzhou", 0.9),
    ("NJ01", "南京新街口店", "Nanjing Xinjiekou", "Nanjing", 1.1),
    ("NJ02", "南京夫子庙店", "Nanjing Fuzimiao", "Nanjing", 1.0),
    ("NJ03", "南京仙林店", "Nanjing Xianlin", "Nanjing", 0.7),
]
VEN = {v[0]: v for v in VENUES}
NEW_VENUE, NEW_OPEN = "NJ03", datetime(2026, 4, 1)      # new venue: few bookings, many no-shows (small-group trap)
LATE_VENUE = "SH01"                      # weekend games start late (briefing room backlog)
STUDENT_VENUE = "SH02"                   # university district: many no-shows
CHARGE_VENUE, CHARGE_FROM = "NJ02", datetime(2025, 6, 1)   # costume / photo fee charged at the desk
PROPS_ROOM = "R07"                       # Steam Factory: mechanisms broken 2025-09-01 .. 2025-12-31
PROPS_FROM, PROPS_TO = datetime(2025, 9, 1), datetime(2026, 1, 1)
TOPUP_PROMO = (datetime(2025, 11, 1), datetime(2025, 11, 30, 23, 59))   # 双11 储值卡 充1000送200

GENRES = {"horror": "恐怖", "mechanism": "机械", "mystery": "推理", "story": "剧情"}
DIFFS = {"easy": "入门", "medium": "进阶", "hard": "困难"}
# room_id, zh, en, venue, genre, difficulty, npc, price per person, time limit (min), escape p, quit p, weight
ROOMS = [
    ("R01", "午夜医院", "Midnight Hospital", "SH01", "horror", "hard", True, 198, 75, 0.46, 0.16, 1.3),
    ("R02", "消失的证人", "The Missing Witness", "SH01", "mystery", "hard", False, 168, 60, 0.24, 0.0, 0.9),
    ("R03", "少年侦探社", "Junior Detectives", "SH02", "mystery", "easy", False, 128, 60, 0.94, 0.0, 1.1),
    ("R04", "星际救援", "Star Rescue", "SH02", "mechanism", "medium", False, 158, 60, 0.56, 0.0, 1.0),
    ("R05", "深海基地", "Deep Sea Base", "SH03", "mechanism", "medium", False, 168, 60, 0.58, 0.0, 1.0),
    ("R06", "上海滩1937", "Shanghai 1937", "SH03", "story", "medium", True, 188, 75, 0.63, 0.0, 1.0),
    ("R07", "蒸汽工厂", "Steam Factory", "HZ01", "mechanism", "hard", False, 178, 60, 0.55, 0.0, 1.1),
    ("R08", "西湖奇案", "West Lake Mystery", "HZ01", "mystery", "medium", True, 168, 60, 0.60, 0.0, 0.9),
    ("R09", "怨灵村", "Cursed Village", "HZ02", "horror", "hard", True, 198, 75, 0.42, 0.05, 1.0),
    ("R10", "魔法学院", "Magic Academy", "HZ02", "story", "easy", True, 148, 60, 0.86, 0.0, 0.9),
    ("R11", "长安十二时辰", "Chang'an Twelve Hours", "NJ01", "story", "medium", True, 188, 75, 0.61, 0.0, 1.1),
    ("R12", "古墓迷踪", "Lost Tomb", "NJ01", "mechanism", "medium", False, 158, 60, 0.50, 0.0, 0.9),
    ("R13", "民国大宅", "Republic Mansion", "NJ02", "horror", "medium", True, 178, 75, 0.52, 0.05, 1.0),
    ("R14", "密室杀人案", "Locked-Room Murder", "NJ02", "mystery", "hard", False, 168, 60, 0.39, 0.0, 0.9),
    ("R15", "地狱列车", "Hell Train", "NJ03", "horror", "hard", True, 218, 75, 0.09, 0.20, 1.2),
    ("R16", "时光邮局", "Time Post Office", "NJ03", "story", "easy", False, 138, 60, 0.82, 0.0, 0.8),
]
ROOM = {r[0]: r for r in ROOMS}
TIERS = {"regular": ("普通会员", 0.56, 1.0), "silver": ("银卡会员", 0.25, 1.7), "gold": ("金卡会员", 0.13, 2.6),
         "diamond": ("钻石会员", 0.06, 3.6)}
AGES = {"18-24": ("18-24岁", 0.38), "25-34": ("25-34岁", 0.40), "35-44": ("35-44岁", 0.15), "45+": ("45岁以上", 0.07)}
SOURCES = {"dianping": ("大众点评", 0.28), "meituan": ("美团", 0.20), "douyin": ("抖音", 0.27),
           "xiaohongshu": ("小红书", 0.12), "referral": ("朋友推荐", 0.13)}
SRC_ZH = {k: v[0] for k, v in SOURCES.items()} | {"mini_program": "小程序直达", "walk_in": "到店"}
# room page -> slot booked, per visit, by source (Douyin viewers browse a lot and rarely book)
BOOK_P = {"dianping": 0.50, "meituan": 0.52, "douyin": 0.15, "xiaohongshu": 0.30, "referral": 0.68,
          "mini_program": 0.58}
BOOK_CH = {"dianping": "meituan_dianping", "meituan": "meituan_dianping", "douyin": "douyin",
           "xiaohongshu": "mini_program", "referral": "mini_program", "mini_program": "mini_program"}
BOOK_CH_ZH = {"meituan_dianping": "美团/点评", "douyin": "抖音团购", "mini_program": "微信小程序", "walk_in": "到店散客"}
SLOTS = [(10, 0), (11, 30), (13, 0), (14, 30), (16, 0), (17, 30), (19, 0), (20, 30), (22, 0)]
SLOT_W = [0.5, 0.7, 0.9, 1.1, 1.1, 1.0, 1.4, 1.3, 0.6]
GROUP = {2: 0.15, 3: 0.20, 4: 0.27, 5: 0.17, 6: 0.12, 7: 0.06, 8: 0.03}

TOUCHPOINTS = [
    ("tp_discover", "发现种草", "Discovered us (listing, video, referral)", "awareness", "social", "digital",
     "marketing", "种草|刷到|看到推荐|朋友推荐|被安利|曝光|discover|found us|saw a video|referral|listing"),
    ("tp_room_page", "主题详情页", "Theme room page", "consideration", "app", "digital", "growth",
     "主题页|详情页|房间页|看主题|主题介绍|room page|theme page|room details"),
    ("tp_book_slot", "选场次预约", "Slot booked", "purchase", "app", "digital", "growth",
     "选场次|预约|订场|下单|拼场|订房|book a slot|booking|reserve|reservation"),
    ("tp_payment", "支付定金/全款", "Payment (deposit or full)", "purchase", "app", "digital", "payments",
     "付款|支付|付定金|付全款|pay|payment|deposit|paid"),
    ("tp_cancel", "取消预约", "Booking cancelled", "service", "app", "digital", "customer_service",
     "取消|退订|取消预约|cancel|cancellation"),
    ("tp_reschedule", "改期", "Booking rescheduled", "service", "app", "digital", "customer_service",
     "改期|改时间|换场次|reschedule|rebook|change slot"),
    ("tp_checkin", "到店签到", "Check-in at the venue", "service", "store", "physical", "store_ops",
     "签到|到店|前台|核销|check-in|check in|arrival|front desk"),
    ("tp_game_start", "开场", "Game start (after briefing)", "service", "store", "physical", "store_ops",
     "开场|开本|进场|入场|讲规则|game start|start the game|briefing"),
    ("tp_game_end", "游戏结束", "Game finished (escaped or not)", "service", "store", "physical", "game_design",
     "结束|出逃|逃脱|通关|出来|游戏体验|game over|escaped|finished|the game"),
    ("tp_photo", "合影发帖", "Group photo & social post", "loyalty", "social", "digital", "marketing",
     "合影|拍照|打卡|发帖|晒图|photo|post|share"),
    ("tp_review", "评价", "Review", "loyalty", "app", "digital", "quality",
     "评价|点评|打分|写评价|review|rating|stars"),
    ("tp_topup", "储值卡充值", "Stored-value card top-up", "loyalty", "mini_program", "digital", "membership",
     "充值|储值|储值卡|会员卡|top up|top-up|stored value|recharge"),
]
JOURNEYS = [
    ("booking", "线上预约到店", "Online booking to arrival", 14,
     ["tp_room_page", "tp_book_slot", "tp_payment", "tp_checkin"]),
    ("play", "到店游玩分享", "Visit, play & share", 1, ["tp_checkin", "tp_game_start", "tp_game_end", "tp_photo"]),
    ("discovery", "种草到付款", "Discovery to payment", 7, ["tp_discover", "tp_room_page", "tp_payment"]),
]

ZH = {
    "props": ["机关坏了，卡了二十分钟，工作人员进来修了半天", "好几个道具失灵，解出来了门也不开", "机关失灵太影响体验了，最后只能放弃",
              "道具坏了两个，只能一直要提示", "机关坏了没人管，白花钱", "关键道具接触不良，差点以为是我们解错了"],
    "scary": ["太吓人了，同伴直接吓哭了", "恐怖程度超出预期，太吓人，玩到一半就退出了", "吓死了，全程尖叫，胆小的别来",
              "太恐怖了，女生基本都在角落里", "吓哭两个人，最后放弃了"],
    "easy": ["太简单了，半个小时就出来了", "没难度，谜题太简单", "难度太低了，老玩家别选这个", "太简单，感觉像给小朋友玩的"],
    "npc": ["NPC演技太好了，全程沉浸", "NPC小哥哥演技在线，互动超有意思", "NPC的表演是亮点，值回票价", "NPC演技炸裂，剧情代入感很强"],
    "late": ["约的七点，等了快半小时才开场", "签到后一直等，开场晚了二十多分钟", "迟迟不开场，前台说前面一场还没结束",
             "周末去的，开场晚了很久，后面的行程都耽误了"],
    "charges": ["到店才说要额外收费，服装费拍照费都要另付", "隐形消费太多，团购价不含服装费", "前台加收费用没有提前说明，乱收费",
                "额外收费每人二十，体验很差"],
    "refund": ["临时取消不给退款，定金不退太坑", "取消预约后退款一直没到账", "取消不能退，规则没说清楚", "改不了期只能取消，钱也不退"],
    "praise": ["剧情设计很用心，谜题环环相扣", "谜题设计巧妙，玩得很过瘾", "剧情反转很精彩，推荐", "场景还原度很高，剧情很好"],
    "booking": ["小程序预约很方便，选场次一目了然", "点评上预约很顺利，核销很快", "线上订场省事，推荐"],
    "neutral": ["还行吧", "一般般，中规中矩", "正常水平，没什么特别的", "跟别家差不多"],
    "checkin_ok": ["前台签到很快，服务热情", "到店核销很顺利", "前台小姐姐态度很好，还帮忙存包"],
    "briefing": ["讲规则很耐心，准时开场", "开场前的背景介绍很有代入感", "工作人员讲解清楚，很专业"],
    "refund_ok": ["取消很方便，钱很快退回来了", "提前两天取消，全额退回，很规范"],
}
EN = {
    "props": ["Two props were broken and the door would not open", "A broken prop cost us twenty minutes",
              "Mechanisms kept failing, the props need repair"],
    "scary": ["Way too scary, my friend cried and we gave up", "Too scary for us, we quit halfway",
              "Terrifying, not for the faint-hearted, too scary"],
    "easy": ["Too easy, we were out in thirty minutes", "Puzzles were too easy, no challenge at all"],
    "npc": ["The NPC actor was fantastic, great acting", "Loved the NPC acting, very immersive"],
    "late": ["Our game started almost 30 minutes late", "Waited ages after check-in, late start"],
    "charges": ["Hidden charges at the desk, costume fee not mentioned online", "They added an extra fee per person"],
    "refund": ["Cancelled two days ahead and still no refund", "Could not get a refund for my cancellation"],
    "praise": ["Great storyline and clever puzzles", "Really well designed puzzles, loved it"],
    "booking": ["Booking on the mini program was easy", "Smooth booking and quick check-in"],
    "neutral": ["It was ok", "Average experience", "Nothing special"],
    "checkin_ok": ["Quick and friendly check-in", "Front desk was helpful"],
    "briefing": ["Clear briefing and we started on time", "Staff explained the rules well"],
    "refund_ok": ["Cancelling was easy and the money came back fast"],
}
SENT = {"props": "neg", "scary": "neg", "easy": "neg", "npc": "pos", "late": "neg", "charges": "neg",
        "refund": "neg", "praise": "pos", "booking": "pos", "neutral": "neu", "checkin_ok": "pos", "briefing": "pos",
        "refund_ok": "pos"}
TOPIC_TP = {"props": "tp_game_end", "scary": "tp_game_end", "easy": "tp_game_end", "npc": "tp_game_end",
            "late": "tp_game_start", "charges": "tp_checkin", "refund": "tp_cancel", "praise": "tp_game_end",
            "booking": "tp_book_slot", "neutral": "tp_game_end", "checkin_ok": "tp_checkin",
            "briefing": "tp_game_start", "refund_ok": "tp_cancel"}
RATING = {"props": (1, 2), "scary": (2, 3), "easy": (2, 3), "npc": (5, 5), "late": (1, 2), "charges": (1, 2),
          "refund": (1, 2), "praise": (4, 5), "booking": (4, 5), "neutral": (3, 4), "checkin_ok": (4, 5),
          "briefing": (4, 5), "refund_ok": (4, 5)}


def day_weights():
    days = (END.date() - START.date()).days + 1
    w = np.ones(days)
    for i in range(days):
        d = START + D(days=i)
        w[i] *= [0.8, 0.75, 0.8, 0.9, 1.3, 2.3, 2.1][d.weekday()]
        if (d.month == 7 and d.day >= 8) or d.month == 8:
            w[i] *= 1.4                               # summer holiday (students)
        if d.month == 10 and d.day <= 7:
            w[i] *= 1.8                               # 国庆黄金周
        if d.month == 10 and d.day >= 24:
            w[i] *= 1.25                              # Halloween
        for cny in (datetime(2025, 1, 29), datetime(2026, 2, 17)):
            if 1 <= (d - cny).days <= 6:
                w[i] *= 1.5                           # 春节 reunions with classmates
            if (d - cny).days == 0 or (d - cny).days == -1:
                w[i] *= 0.3                           # 除夕 / 初一: few games
        w[i] *= 1 + 0.15 * (d - START).days / 365     # growth
    return w


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    W = day_weights()
    CW = np.cumsum(W)
    events, orders, feedback = [], [], []
    cnt = {"e": 0, "o": 0, "f": 0, "s": 0}

    def pick(d: dict):
        u, acc = rng.random() * sum(d.values()), 0.0
        for k, w in d.items():
            acc += w
            if u < acc:
                return k
        return k

    def ri(lo, hi):     # integer in [lo, hi)
        return lo + int(rng.random() * (hi - lo))

    def nid(kind, prefix, width):
        cnt[kind] += 1
        return f"{prefix}{cnt[kind]:0{width}d}"

    def fmt(t: datetime) -> str:
        return t.isoformat(sep=" ", timespec="seconds")

    def ev(c, t, tp, action, session="", channel="store", device="", **extra):
        if t > END or t < START:
            return False
        row = dict(event_id=nid("e", "E", 7), customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, session_id=session,
                   action=action, device=device, channel=channel)
        row.update(extra)
        events.append(row)
        return True

    OT_ZH = {"booking": "预约订单", "extra_charge": "附加费", "merch": "周边商品", "topup": "储值卡充值"}

    def order(c, t, amount, otype, status="paid", channel="store", device="", **extra):
        if t > END or t < START:
            return None
        row = dict(order_id=nid("o", "O", 7), customer_id=c["id"], ts=fmt(t), amount=f"{amount:.2f}", status=status,
                   channel=channel, device=device, order_type=otype, 订单类型=OT_ZH[otype], currency="CNY")
        row.update(extra)
        orders.append(row)
        return row

    def fb(c, t, topic, channel, tp=None, g=None, rating=None, nps=None, dated=True):
        lang = "en" if (c["lang"] == "en" or rng.random() < 0.03) else "zh"
        bank = (EN if lang == "en" else ZH)[topic]
        text = bank[ri(0, len(bank))]
        row = dict(feedback_id=nid("f", "F", 6), text=text, ts=fmt(t) if dated else "", customer_id=c["id"],
                   touchpoint_id=tp or TOPIC_TP[topic], channel=channel,
                   rating="" if rating is None else rating, nps="" if nps is None else nps, language=lang,
                   sentiment_label=SENT[topic])
        if g:
            r = ROOM[g["room"]]
            v = VEN[r[3]]
            row.update(session_id=g["sid"], venue_id=v[0], venue=v[1], venue_en=v[2], city=v[3],
                       城市=CITIES[v[3]][0], room_id=r[0], theme=r[1], theme_en=r[2], genre=r[4],
                       题材=GENRES[r[4]], difficulty=r[5], 难度=DIFFS[r[5]], npc="yes" if r[6] else "no")
        else:
            row.update(city=c["city"], 城市=CITIES[c["city"]][0])
        if t <= END:
            feedback.append(row)

    # ---------------- customers
    customers = []
    span = (END - PRE).days
    for i in range(N):
        u = rng.random() ** 0.85
        signup = PRE + D(days=float(u * (span - 10)), minutes=float(rng.integers(0, 1440)))
        city = pick({k: v[2] for k, v in CITIES.items()})
        tier = pick({k: v[1] for k, v in TIERS.items()})
        age = pick({k: v[1] for k, v in AGES.items()})
        src = pick({k: v[1] for k, v in SOURCES.items()})
        customers.append(dict(id=f"C{i + 1:05d}", signup=signup, city=city, tier=tier, age=age, src=src,
                              gender="female" if rng.random() < 0.55 else "male",
                              device="ios" if rng.random() < 0.5 else "android",
                              lang="en" if rng.random() < 0.07 else "zh",
                              rate=0.42 * TIERS[tier][2] * rng.gamma(2.0, 0.5) * (1.5 if src == "douyin" else 1.0)))

    venues_in = {c: [v for v in VENUES if v[3] == c] for c in CITIES}

    def choose_room(c, t):
        city = c["city"] if rng.random() < 0.88 else pick({k: v[2] for k, v in CITIES.items()})
        vs = [v for v in venues_in[city] if v[0] != NEW_VENUE or t >= NEW_OPEN]
        v = pick({v: v[4] for v in vs})
        ws = {}
        for r in ROOMS:
            if r[3] != v[0]:
                continue
            w = r[11]
            if r[4] == "horror":
                w *= {"18-24": 1.6, "25-34": 1.0, "35-44": 0.7, "45+": 0.4}[c["age"]]
                if t.month == 10 and t.day >= 24:
                    w *= 2.5                                  # Halloween: horror rooms sell out
            ws[r[0]] = w
        return pick(ws)

    # ---------------- one booking attempt (a visit to a room page, or a walk-in)
    def attempt(c, day, first):
        cnt["s"] += 1
        sid = f"S{cnt['s']:06d}"
        h, mi = SLOTS[int(rng.choice(len(SLOTS), p=np.array(SLOT_W) / sum(SLOT_W)))]
        slot = day + D(hours=h, minutes=mi)
        room = choose_room(c, slot)
        r = ROOM[room]
        v = VEN[r[3]]
        size = pick(GROUP)
        if r[4] == "horror" and size < 4 and rng.random() < 0.4:
            size += 2
        g = dict(sid=sid, room=room)
        common = dict(venue_id=v[0], venue=v[1], venue_en=v[2], city=v[3], 城市=CITIES[v[3]][0], room_id=r[0],
                      theme=r[1], theme_en=r[2], genre=r[4], 题材=GENRES[r[4]], difficulty=r[5], 难度=DIFFS[r[5]],
                      npc="yes" if r[6] else "no")
        walk_in = rng.random() < 0.07 and not first
        price = r[7] * size
        pay_mode = ""
        dev = c["device"]
        if walk_in:
            src, bch = "walk_in", "walk_in"
            common.update(source=src, 来源=SRC_ZH[src], booking_channel=bch, 预约渠道=BOOK_CH_ZH[bch])
            arrive = slot + M(rng.uniform(-10, 5))
        else:
            if first:
                src = c["src"]
            else:
                src = pick({"mini_program": 0.45, c["src"]: 0.35, "dianping": 0.08, "douyin": 0.07,
                            "xiaohongshu": 0.05})
            bch = BOOK_CH[src]
            common.update(source=src, 来源=SRC_ZH[src], booking_channel=bch, 预约渠道=BOOK_CH_ZH[bch])
            lead = D(hours=float(min(rng.gamma(1.3, 60.0), 330.0)) + 2.0)
            t = slot - lead
            if t.hour < 8:
                t = t.replace(hour=ri(8, 12), minute=ri(0, 60))
                if t > slot - D(hours=2):
                    t = slot - D(hours=2, minutes=ri(0, 60))
            if src != "mini_program":
                pch = {"dianping": "dianping", "meituan": "meituan", "douyin": "douyin",
                       "xiaohongshu": "xiaohongshu", "referral": "wechat"}[src]
                ev(c, t - M(rng.uniform(1, 30)), "tp_discover", "view", sid, pch, dev, **common)
            for _ in range(pick({1: 0.6, 2: 0.3, 3: 0.1})):
                ev(c, t, "tp_room_page", "view", sid, bch, dev, **common)
                t += M(rng.uniform(0.3, 4))
            if rng.random() > BOOK_P[src]:
                return
            ev(c, t, "tp_book_slot", "submit", sid, bch, dev, slot_time=fmt(slot), group_size=size, **common)
            t += M(rng.uniform(0.5, 6))
            if rng.random() > 0.88:          # unpaid order times out
                order(c, t + M(15), price, "booking", "cancelled", bch, dev, session_id=sid, venue_id=v[0],
                      venue=v[1], venue_en=v[2], city=v[3], room_id=r[0], theme=r[1], theme_en=r[2],
                      pay_stage="unpaid", group_size=size, booking_channel=bch)
                return
            deposit_p = {"meituan_dianping": 0.55, "douyin": 0.45, "mini_program": 0.30}[bch]
            if c["tier"] in ("gold", "diamond"):
                deposit_p = 0.12
            pay_mode = "deposit" if rng.random() < deposit_p else "full"
            paid = 50.0 * size if pay_mode == "deposit" else float(price)
            pm = dict(pay_mode=pay_mode, 付款方式="定金" if pay_mode == "deposit" else "全款")
            ev(c, t, "tp_payment", "success", sid, bch, dev, amount=f"{paid:.2f}", slot_time=fmt(slot),
               group_size=size, **pm, **common)
            common.update(pm)
            pay_o = order(c, t, paid, "booking", "paid", bch, dev, session_id=sid, venue_id=v[0], venue=v[1],
                          venue_en=v[2], city=v[3], room_id=r[0], theme=r[1], theme_en=r[2], pay_stage=pay_mode,
                          group_size=size, booking_channel=bch)
            # cancel or reschedule
            p_cancel = 0.17 if size >= 6 else 0.065
            u = rng.random()
            if u < p_cancel:
                tc = t + (slot - t) * float(rng.uniform(0.2, 0.98))
                ev(c, tc, "tp_cancel", "cancel", sid, bch, dev, slot_time=fmt(slot), group_size=size, **common)
                refunded = (slot - tc) >= D(hours=24)
                if refunded and pay_o is not None:
                    pay_o["status"] = "refunded"
                    pay_o["refunded_at"] = fmt(tc + M(rng.uniform(5, 2000)))
                if rng.random() < 0.35:
                    rt = tc + M(rng.uniform(30, 600))
                    topic = "refund" if not refunded or rng.random() < 0.25 else "refund_ok"
                    fb(c, rt, topic, "mini_program_rating", g=g, rating=ri(RATING[topic][0], RATING[topic][1] + 1))
                if not refunded and rng.random() < 0.3:
                    fb(c, tc + D(hours=3), "refund", "ticket", g=g, dated=rng.random() > 0.08)
                return
            if u < p_cancel + 0.07:
                tr = t + (slot - t) * float(rng.uniform(0.2, 0.9))
                slot = slot + D(days=ri(2, 11))
                ev(c, tr, "tp_reschedule", "reschedule", sid, bch, dev, slot_time=fmt(slot), group_size=size,
                   **common)
            if rng.random() < 0.05:
                fb(c, t + M(rng.uniform(5, 120)), "booking", "mini_program_rating", g=g, rating=ri(4, 6))
            noshow = {"deposit": 0.13, "full": 0.04}[pay_mode]
            if v[0] == STUDENT_VENUE:
                noshow *= 2.4
            if v[0] == NEW_VENUE:
                noshow = 0.45 if pay_mode == "deposit" else 0.2
            if rng.random() < noshow:
                if pay_mode == "deposit" and rng.random() < 0.15:
                    fb(c, slot + D(hours=20), "refund", "ticket", g=g, dated=rng.random() > 0.08)
                return
            arrive = slot + M(rng.uniform(-20, 8))
        # ---------------- at the venue
        ev(c, arrive, "tp_checkin", "check_in", sid, "store", group_size=size, **common)
        if bch == "walk_in":
            order(c, arrive + M(1), price, "booking", "paid", "store", session_id=sid, venue_id=v[0], venue=v[1],
                  venue_en=v[2], city=v[3], room_id=r[0], theme=r[1], theme_en=r[2], pay_stage="onsite",
                  group_size=size, booking_channel=bch)
        elif pay_mode == "deposit":
            order(c, arrive + M(1), price - 50.0 * size, "booking", "paid", "store", session_id=sid, venue_id=v[0],
                  venue=v[1], venue_en=v[2], city=v[3], room_id=r[0], theme=r[1], theme_en=r[2],
                  pay_stage="balance", group_size=size, booking_channel=bch)
        charged = v[0] == CHARGE_VENUE and arrive >= CHARGE_FROM and rng.random() < 0.8
        if charged:
            order(c, arrive + M(2), 20.0 * size, "extra_charge", "paid", "store", session_id=sid, venue_id=v[0],
                  venue=v[1], venue_en=v[2], city=v[3], room_id=r[0], theme=r[1], theme_en=r[2],
                  charge_item=pick({"costume_fee": 0.6, "photo_fee": 0.4}), group_size=size, booking_channel=bch)
        weekend = arrive.weekday() >= 5
        if v[0] == LATE_VENUE and weekend:
            med = 27.0
        else:
            med = 7.0 if weekend else 5.5
        wait = float(np.exp(rng.normal(np.log(med), 0.35 if med > 20 else 0.45)))
        s0 = max(arrive, slot - M(5)) + M(wait)
        ev(c, s0, "tp_game_start", "start", sid, "store", group_size=size, **common)
        if rng.random() < 0.05:          # mini-program step ratings (check-in, briefing / start)
            topic = "charges" if charged and rng.random() < 0.7 else "checkin_ok"
            fb(c, arrive + M(rng.uniform(3, 60)), topic, "mini_program_rating", tp="tp_checkin", g=g,
               rating=ri(RATING[topic][0], RATING[topic][1] + 1))
        if rng.random() < 0.05:
            topic = "late" if wait > 15 and rng.random() < 0.8 else "briefing"
            fb(c, s0 + M(rng.uniform(3, 60)), topic, "mini_program_rating", g=g,
               rating=ri(RATING[topic][0], RATING[topic][1] + 1))
        broken = room == PROPS_ROOM and PROPS_FROM <= s0 < PROPS_TO and rng.random() < 0.75
        p_esc, p_quit = r[9], r[10]
        if broken:
            p_esc = 0.12
        if c["age"] == "45+" and r[4] == "horror":
            p_quit *= 1.8
        u = rng.random()
        limit = r[8]
        if u < p_quit:
            result, used = "quit", float(rng.uniform(8, 40))
        elif u < p_quit + p_esc:
            result = "escaped"
            lo_, hi_ = (0.42, 0.68) if r[5] == "easy" and r[0] == "R03" else (0.6, 0.99)
            used = limit * float(rng.uniform(lo_, hi_))
        else:
            result, used = "failed", float(limit)
        hints = int(rng.poisson({"easy": 0.6, "medium": 1.6, "hard": 2.6}[r[5]] + (2.5 if broken else 0)))
        res_zh = {"escaped": "成功出逃", "failed": "未出逃", "quit": "中途放弃"}[result]
        te = s0 + M(used)
        ev(c, te, "tp_game_end", "finish", sid, "store", group_size=size, result=result, 结果=res_zh,
           time_used_min=round(used, 1), hints_used=hints, props_fault="yes" if broken else "", **common)
        t = te + M(rng.uniform(2, 10))
        if rng.random() < 0.09:
            order(c, t, float(rng.choice([39, 59, 89, 129])), "merch", "paid", "store", session_id=sid,
                  venue_id=v[0], venue=v[1], venue_en=v[2], city=v[3], room_id=r[0], theme=r[1], theme_en=r[2],
                  booking_channel=bch)
        p_photo = (0.46 if r[6] else 0.24) + (0.08 if result == "escaped" else -0.05)
        if rng.random() < p_photo:
            plat = pick({"xiaohongshu": 0.35, "douyin": 0.35, "wechat_moments": 0.3})
            ev(c, t + M(rng.uniform(1, 90)), "tp_photo", "post", sid, plat, dev, platform=plat, **common)
        # review
        if rng.random() < 0.3:
            rt = te + M(rng.uniform(20, 900))
            w = {"praise": 0.55, "neutral": 0.3, "booking": 0.08 if bch != "walk_in" else 0.0}
            if broken:
                w["props"] = 3.0
            else:
                w["props"] = 0.02
            w["scary"] = {"R01": 0.9, "R15": 1.3, "R09": 0.35, "R13": 0.25}.get(room, 0.0) + (
                2.0 if result == "quit" else 0.0)
            w["easy"] = {"R03": 1.2, "R10": 0.15, "R16": 0.2}.get(room, 0.0)
            if r[6]:
                w["npc"] = 0.75
            if wait > 15:
                w["late"] = 1.5
            if charged:
                w["charges"] = 2.0
            topic = pick(w)
            lo_, hi_ = RATING[topic]
            rating = ri(lo_, hi_ + 1)
            if topic == "praise" and r[6]:
                rating = 5
            rch = "dianping" if bch == "meituan_dianping" or rng.random() < 0.3 else (
                "meituan" if rng.random() < 0.3 else "mini_program_rating")
            if ev(c, rt, "tp_review", "submit", sid, rch, dev, stars=rating, **common):
                fb(c, rt, topic, rch, g=g, rating=rating,
                   dated=not (rch == "dianping" and rng.random() < 0.12))
        elif (charged and rng.random() < 0.05) or (broken and rng.random() < 0.08):
            fb(c, te + D(hours=2), "charges" if charged else "props", "ticket", g=g, dated=rng.random() > 0.08)

    for c in customers:
        lo = max(c["signup"], START)
        churn = c["signup"] + D(days=float(rng.exponential(700)))     # members drift away after a while
        hi = min(END, churn)
        i0 = max(0, (lo.date() - START.date()).days)
        i1 = min(len(CW) - 1, (hi.date() - START.date()).days)
        base = CW[i0 - 1] if i0 else 0.0
        total = max(0.0, CW[i1] - base) if i1 >= i0 else 0.0
        lam = c["rate"] * total / W.mean() / 30.4 * 0.9
        n = int(rng.poisson(lam))
        days = sorted(int(np.searchsorted(CW, base + rng.random() * total)) for _ in range(n))
        # stored-value cards
        if c["tier"] != "regular":
            months = max(0.0, (hi - lo).days / 30.4)
            n_top = int(rng.poisson(months * {"silver": 0.05, "gold": 0.09, "diamond": 0.15}[c["tier"]]))
            when = [lo + D(days=float(rng.uniform(0, max(1, (hi - lo).days)))) for _ in range(n_top)]
            if lo <= TOPUP_PROMO[1] and hi >= TOPUP_PROMO[0]:
                extra = int(rng.poisson({"silver": 0.12, "gold": 0.2, "diamond": 0.3}[c["tier"]]))
                when += [TOPUP_PROMO[0] + D(days=float(rng.uniform(0, 29.9))) for _ in range(extra)]
            for t in when:
                t = t.replace(hour=int(rng.integers(10, 23)), minute=int(rng.integers(0, 60)))
                if t < lo:
                    continue
                amt = float(rng.choice([500, 1000, 2000], p=[0.45, 0.4, 0.15]))
                if ev(c, t, "tp_topup", "success", channel="mini_program", device=c["device"],
                      topup_amount=int(amt)):
                    order(c, t, amt, "topup", channel="mini_program", device=c["device"])
        for j, k in enumerate(days):
            attempt(c, START + D(days=k), first=(j == 0 and c["signup"] >= START))

    # ---------------- NPS surveys (quarterly, a sample of customers)
    q = datetime(2024, 9, 20)
    while q <= END:
        for j in rng.choice(N, size=120, replace=False):
            c = customers[int(j)]
            if c["signup"] > q:
                continue
            nps = int(rng.choice(11, p=[.02, .02, .03, .04, .05, .08, .1, .15, .2, .17, .14]))
            topic = pick({"npc": 0.5, "praise": 0.5}) if nps >= 9 else ("neutral" if nps >= 7 else pick(
                {"late": 0.25, "charges": 0.15, "refund": 0.25, "easy": 0.15, "scary": 0.2}))
            fb(c, q + D(days=float(rng.uniform(0, 10))), topic, "survey", nps=nps)
        m = q.month + 3
        q = q.replace(year=q.year + (m > 12), month=(m - 1) % 12 + 1)

    dup_idx = rng.choice(len(events), size=18, replace=False)
    events += [dict(events[int(i)]) for i in dup_idx]      # re-sent by the front-desk tablet
    events.sort(key=lambda r: r["ts"])
    orders.sort(key=lambda r: r["ts"])
    feedback.sort(key=lambda r: r["feedback_id"])
    last, spend = {}, {}
    for e in events:
        if e["touchpoint_id"] == "tp_checkin":
            last[e["customer_id"]] = e["ts"]
    for o in orders:
        if o["status"] == "paid" and o["order_type"] != "topup":
            spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + float(o["amount"])
    cust_rows = []
    for c in customers:
        lv = last.get(c["id"])
        if c["signup"] > END - D(days=90):
            seg = "new"
        elif spend.get(c["id"], 0) > 5000:
            seg = "vip"
        elif lv is None or lv < fmt(END - D(days=150)):
            seg = "at_risk"
        else:
            seg = "returning"
        cz, prov, _ = CITIES[c["city"]]
        cust_rows.append(dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment=seg, region=prov,
                              acquisition_channel=c["src"], tier=c["tier"], city=c["city"], 城市=cz,
                              member_tier=c["tier"], 会员等级=TIERS[c["tier"]][0], age_band=c["age"],
                              年龄段=AGES[c["age"]][0], gender=c["gender"], 性别="女" if c["gender"] == "female" else "男",
                              source_channel=c["src"], 来源渠道=SOURCES[c["src"]][0], primary_device=c["device"],
                              language=c["lang"], wechat_bound="yes" if rng.random() < 0.72 else "no"))
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    jrows = [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k, touchpoint_id=tp,
                  window_days=win) for j, zh, en, win, steps in JOURNEYS for k, tp in enumerate(steps, 1)]
    write(out / "touchpoints.csv", tps)
    write(out / "customers.csv", cust_rows)
    write(out / "events.csv", events)
    write(out / "journeys.csv", jrows)
    write(out / "orders.csv", orders)
    write(out / "feedback.csv", feedback)


def write(path: Path, rows: list[dict]) -> None:
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
