"""塑形 CoreFlow: a chain of 12 reformer pilates studios (普拉提器械工作室) in Beijing, Chengdu and Xiamen.
A prospect finds us (Dianping / Xiaohongshu / a mini-program ad / a friend's referral / walking past), books a trial
class (体验课) in the WeChat mini program or through a Dianping group-buy voucher, the studio matches an instructor
to the trial (教练匹配), the prospect checks in for the first class (首课签到, often buying grip socks at the desk),
and may buy a class pack (10 次 / 20 次团课课包, 私教 1 对 1 十节) or a membership card (季卡 / 年卡). Members book
group reformer classes in the mini program (full classes go on a waitlist: 候补), check in, rate the instructor after
class, sometimes cancel late (inside the window: one class deducted, card holders pay a 50 CNY late-cancel fee),
renew (续卡 / 续课包), transfer the rest of their card to a friend (转卡, 200 CNY fee) or ask for a refund in the
7-day cooling-off period. Merchandise (grip socks, pilates mats) is sold at the desk and in the mini program.
The extract holds 2025-01-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topics of each comment; the generator's truth, not a DATA.md table).
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
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 4300
POLICY_CHANGE = datetime(2025, 9, 1)           # late-cancel window 6 h -> 12 h
WANGJING_BAD = (datetime(2025, 6, 1), datetime(2025, 11, 1))   # worn springs / straps until the reformers are replaced
NEW_STUDIO_OPEN = datetime(2026, 3, 1)          # Xiamen Wuyuan Bay
APP_VERSIONS = [(datetime(2025, 1, 1), "2.1.0"), (datetime(2025, 4, 14), "2.2.0"), (datetime(2025, 9, 1), "2.3.0"),
                (datetime(2026, 2, 20), "2.4.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现CoreFlow", "Discover CoreFlow", "awareness", "social", "digital", "marketing",
     "发现|刷到|种草|小红书看到|点评搜到|朋友推荐|路过|discover|found us|first touch|lead"),
    ("tp_trial_book", "预约体验课", "Trial class booked", "consideration", "mini_program", "digital", "growth",
     "体验课预约|约体验课|预约试课|买体验券|trial booking|book a trial|trial class booked|intro class booking"),
    ("tp_match", "教练匹配", "Instructor matched", "consideration", "store", "physical", "studio_ops",
     "匹配教练|分配教练|排教练|instructor matching|coach assigned|matched instructor"),
    ("tp_trial_checkin", "体验课签到", "Trial class check-in", "consideration", "store", "physical", "studio_ops",
     "首课签到|体验课到店|到店体验|上体验课|first class|trial check-in|showed up for trial|first-class check-in"),
    ("tp_buy", "购买课包/会员卡", "Pack / card purchase", "purchase", "store", "physical", "sales",
     "办卡|买课包|开卡|签单|成交|入会|buy a pack|membership purchase|sign-up|conversion|purchase"),
    ("tp_class_book", "约课", "Class booked", "service", "mini_program", "digital", "studio_ops",
     "约课|预约团课|订课|book a class|class booking|reserve a spot"),
    ("tp_waitlist", "进入候补", "Joined waitlist", "service", "mini_program", "digital", "studio_ops",
     "候补|排队|满员候补|waitlist|wait list|class full"),
    ("tp_waitlist_ok", "候补成功", "Waitlist promoted", "service", "mini_program", "digital", "studio_ops",
     "候补成功|候补转正|排上了|waitlist promoted|got off the waitlist|spot opened"),
    ("tp_cancel", "取消约课", "Class cancelled", "service", "mini_program", "digital", "studio_ops",
     "取消约课|取消课程|退课|cancel a class|cancellation|cancelled class"),
    ("tp_late_cancel", "迟取消扣课", "Late cancel penalty", "service", "mini_program", "digital", "studio_ops",
     "迟取消|扣课|罚课|迟退|late cancel|late cancellation|penalty|class deducted"),
    ("tp_class_attend", "上课签到", "Class check-in", "service", "store", "physical", "studio_ops",
     "上课|签到|到课|团课|私教课|器械课|attend|check-in|class attended|reformer class"),
    ("tp_rate", "课后评价", "Post-class rating", "service", "mini_program", "digital", "quality",
     "评价教练|打分|课后评价|rate instructor|instructor rating|class rating|review"),
    ("tp_shop", "周边商城", "Merchandise", "purchase", "mini_program", "digital", "retail",
     "防滑袜|垫子|周边|买袜子|merch|grip socks|mat|merchandise|shop"),
    ("tp_renew", "续卡续课", "Renewal", "loyalty", "store", "physical", "sales",
     "续卡|续课|续费|续课包|renew|renewal|top up|repurchase"),
    ("tp_transfer", "转卡", "Card transfer", "loyalty", "store", "physical", "studio_ops",
     "转卡|转让|卡转给朋友|transfer card|card transfer|give my pack to a friend"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退卡|退钱|冷静期退款|refund|money back|cooling-off refund"),
]

JOURNEYS = [  # id, zh, en, steps, window
    ("trial", "体验课转化", "Trial to member", ["tp_discover", "tp_trial_book", "tp_trial_checkin", "tp_buy"], 14),
    ("classbook", "约课到课", "Class booking to attendance", ["tp_class_book", "tp_class_attend"], 3),
    ("waitlist", "候补转正", "Waitlist to class", ["tp_waitlist", "tp_waitlist_ok", "tp_class_attend"], 3),
    ("renewal", "续卡", "Renewal", ["tp_buy", "tp_renew"], 120),
]

CITIES = {"Beijing": ("北京", 1.0), "Chengdu": ("成都", 0.9), "Xiamen": ("厦门", 0.85)}
STUDIOS = [  # id, city, zh, en, weight
    ("BJ01", "Beijing", "三里屯店", "Sanlitun", 1.2), ("BJ02", "Beijing", "国贸店", "Guomao", 1.2),
    ("BJ03", "Beijing", "望京店", "Wangjing", 1.0), ("BJ04", "Beijing", "五道口店", "Wudaokou", 0.8),
    ("BJ05", "Beijing", "亦庄店", "Yizhuang", 0.6),
    ("CD01", "Chengdu", "太古里店", "Taikoo Li", 1.1), ("CD02", "Chengdu", "高新店", "Hi-Tech Zone", 1.0),
    ("CD03", "Chengdu", "金融城店", "Financial City", 0.8), ("CD04", "Chengdu", "玉林店", "Yulin", 0.6),
    ("XM01", "Xiamen", "中山路店", "Zhongshan Rd", 1.0), ("XM02", "Xiamen", "软件园店", "Software Park", 0.9),
    ("XM03", "Xiamen", "五缘湾店", "Wuyuan Bay", 0.0),
]
SID = {s[0]: s for s in STUDIOS}
PEAK_STUDIOS = {"BJ01", "BJ02"}
LEVELS = {"senior": "高级教练", "mid": "中级教练", "junior": "初级教练"}
NAMES = ["Vivian", "Coco", "Momo", "Anna", "Luna", "Grace", "Yoyo", "Kiki", "Sunny", "Iris", "Ella", "Nina",
         "Ruby", "Zoe", "Amy", "Bella", "Cici", "Daisy", "Eva", "Fiona", "Hazel", "Ivy", "Jade", "Lily", "Mia",
         "Olivia", "Penny", "Queena", "Rita", "Sasa", "Tina", "Una", "Wendy", "Xixi", "Yuki", "Zara", "Leo", "Max"]
INSTR = {}      # studio -> list of (id, name, level)
_k = 0
for s in STUDIOS:
    lv = ["senior", "mid", "junior"] if s[0] != "XM03" else ["senior", "mid"]
    INSTR[s[0]] = []
    for l in lv:
        INSTR[s[0]].append((f"IN{_k + 1:02d}", NAMES[_k], l))
        _k += 1
HARSH = "IN01"          # Vivian, senior at Sanlitun: strong corrections, rough hands-on cues
STAR = ""               # Coco, set below by name: the best-loved instructor (Sanlitun, mid level)
for s in INSTR.values():
    for i in s:
        if i[1] == "Coco":
            STAR = i[0]
INAME = {i[0]: i for s in INSTR.values() for i in s}

CHANNELS = {  # id, zh, weight, p_book_trial, p_checkin, buy multiplier
    "dianping": ("大众点评", 0.34, 0.66, 0.58, 0.62),
    "xiaohongshu": ("小红书", 0.26, 0.45, 0.85, 0.95),
    "mini_program_ad": ("小程序广告", 0.14, 0.50, 0.86, 1.0),
    "referral": ("老带新", 0.15, 0.86, 0.93, 1.35),
    "walk_in": ("到店咨询", 0.11, 0.90, 0.96, 1.15),
}
GOALS = {"posture": "体态矫正", "rehab": "康复训练", "shaping": "塑形减脂", "postnatal": "产后修复"}
PACKS = {  # id, zh, base price, classes (None = card), card days, renew prob, category
    "pack_10": ("10次团课课包", 2680, 10, None, 0.33, "class_pack"),
    "pack_20": ("20次团课课包", 4880, 20, None, 0.45, "class_pack"),
    "private_10": ("私教1对1十节", 7800, 10, None, 0.64, "private"),
    "card_quarter": ("季卡", 3600, None, 90, 0.40, "membership_card"),
    "card_annual": ("年卡", 11800, None, 365, 0.50, "membership_card"),
}
ORDER_ZH = {"trial": "体验课", "socks": "防滑袜", "mat": "普拉提垫", "transfer_fee": "转卡手续费",
            "late_cancel_fee": "迟取消罚金", **{k: v[0] for k, v in PACKS.items()}}
ORDER_CAT = {"trial": "trial", "socks": "merchandise", "mat": "merchandise", "transfer_fee": "fee",
             "late_cancel_fee": "fee", **{k: v[5] for k, v in PACKS.items()}}
CLASS_TYPES = {"reformer_basic": "器械基础", "reformer_flow": "器械流动", "jumpboard": "跳板有氧",
               "tower": "塔架核心", "private": "私教1对1"}
TIERS = {"none": "非会员", "silver": "银卡会员", "gold": "金卡会员", "platinum": "铂金会员"}

# ---------- feedback texts: each topic's sentences all carry its marker ----------
TOPIC_TEXT = {
    "harsh": (["教练太凶了，动作做不到就一直说", "上课被压得太狠，腰到现在还疼", "老师太凶，新手完全跟不上",
               "拉伸的时候被压得太狠了，有点吓人"],
              ["The instructor was too harsh with beginners", "I was pushed too hard on the stretches and my back hurts",
               "Way too harsh, felt like boot camp not pilates"]),
    "praise": (["教练很专业，每个动作都纠正得很细", "老师很专业，讲解清楚", "纠正得很细，体态明显改善了",
                "教练很专业也很有耐心"],
               ["Great cues, the instructor explained every movement", "Instructor was so attentive to my alignment",
                "Great cues and very patient teacher"]),
    "late_cancel": (["临时加班取消就被扣课，太不近人情", "才提前10个小时取消也扣课？规则什么时候改的",
                     "迟取消扣课的规则没有提前通知", "生病了取消还要扣课，体验很差"],
                    ["Got a late cancel penalty even though I cancelled 10 hours ahead",
                     "The late cancel rule changed without any notice", "Charged a class for a late cancel when I was sick"]),
    "waitlist": (["晚上的课永远在候补，根本排不上", "候补了三次都没成功", "热门时段全是候补，买了卡约不到课",
                  "候补到最后一刻才通知，来不及去"],
                 ["Evening classes are always full, the waitlist never moves", "Stuck on the waitlist again",
                  "Bought a card but I'm always on the waitlist for evening slots"]),
    "dirty": (["垫子一股汗味，不卫生", "更衣室毛巾没换，感觉不卫生", "器械上有汗味，没人擦", "地板和垫子都有汗味"],
              ["The mats were smelly and nobody wiped them", "Changing room felt dirty, towels not replaced",
               "Equipment was dirty and smelly after the previous class"]),
    "equipment": (["器械的弹簧松了，做动作很晃", "脚绳子断了一根，老师说等维修", "滑车弹簧有异响，不敢用力",
                   "好几台器械坏了没修"],
                  ["A spring on my reformer was loose and the carriage wobbled", "The foot strap snapped mid-class",
                   "The reformer squeaks and one spring is worn out"]),
    "pushy": (["体验课后一直被推销办卡，很烦", "上完体验课销售推销了半小时", "推销太强势了，体验感很差"],
              ["Hard sell right after the trial class", "The sales pitch after class was really pushy",
               "Too pushy about buying a pack"]),
    "refund_slow": (["申请退款一周了退款还没到账", "冷静期内退卡，退款还没到账，客服一直拖"],
                    ["My refund still hasn't arrived after a week", "Cooling-off refund still hasn't arrived"]),
    "transfer_fee": (["转卡手续费要200，太贵了", "卡转给朋友还要收转卡手续费"],
                     ["A 200 yuan transfer fee to give my pack to a friend is too much",
                      "Why is there a transfer fee for my own card?"]),
}
GENERIC = {
    "pos": (["环境很舒服，下次还来", "课程安排合理，练完很舒服", "前台小姐姐热情，整体满意", "练了一个月肩颈轻松多了"],
            ["Lovely studio, will come back", "Nice atmosphere and well-planned classes", "Really enjoying my classes"]),
    "neu": (["还行吧，价格有点高", "一般般，课程节奏中规中矩", "还可以，停车不太方便"],
            ["It's okay, a bit pricey", "Average experience overall", "Fine, parking is a bit hard"]),
    "neg": (["体验一般，不太想续了", "和预期差距有点大", "不太满意，再考虑吧"],
            ["Not great, probably won't renew", "Below what I expected", "Not impressed this time"]),
}
TOPIC_TP = {"harsh": "tp_class_attend", "praise": "tp_class_attend", "late_cancel": "tp_late_cancel",
            "waitlist": "tp_waitlist", "dirty": "tp_class_attend", "equipment": "tp_class_attend",
            "pushy": "tp_trial_checkin", "refund_slow": "tp_refund", "transfer_fee": "tp_transfer"}


def ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(opts, p):
    p = np.asarray(p, float)
    return opts[int(rng.choice(len(opts), p=p / p.sum()))]


def app_version(t):
    v = APP_VERSIONS[0][1]
    for d, x in APP_VERSIONS:
        if t >= d:
            v = x
    return v


MONTH_W = {1: 1.35, 2: 0.6, 3: 1.2, 4: 1.2, 5: 1.3, 6: 1.2, 7: 1.0, 8: 0.9, 9: 1.0, 10: 0.75, 11: 0.9, 12: 0.8}


def discover_dates(n):
    days = [START + D(days=i) for i in range((END - START).days + 1)]
    w = np.array([MONTH_W[d.month] * (1.55 if d.year == 2026 else 1.0) * (1.0 + 0.3 * (d.weekday() >= 5))
                  for d in days])
    idx = rng.choice(len(days), size=n, p=w / w.sum())
    return sorted(days[i] + D(hours=float(rng.uniform(7, 23.5))) for i in idx)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_tr = self.n_cb = 0

    # ---------- writers ----------
    def ev(self, c, t, tp, sess, action, st=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        dev = kw.pop("device", c["device"])
        r = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                 session_id=sess, action=action, device=dev, channel=kw.pop("channel", "mini_program"),
                 app_version=app_version(t) if dev else None)
        if st:
            s = SID[st]
            r.update(studio_id=s[0], studio=s[2], studio_en=s[3], studio_city=s[1], 门店城市=CITIES[s[1]][0])
        if "instructor_id" in kw and kw["instructor_id"]:
            i = INAME[kw["instructor_id"]]
            r.update(instructor=i[1], instructor_level=i[2], 教练级别=LEVELS[i[2]])
        if kw.get("class_type"):
            r["课程类型"] = CLASS_TYPES[kw["class_type"]]
        if kw.get("pack_type"):
            r["课包类型"] = PACKS[kw["pack_type"]][0]
        r.update(kw)
        self.events.append(r)
        return True

    def order(self, c, t, otype, amount, st, status="paid", channel="store", pay="wechat_pay", renewal=False,
              session=None):
        if t > END:
            return None
        self.n_ord += 1
        s = SID[st]
        o = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=float(amount),
                 status=status, channel=channel, device=c["device"] if channel == "mini_program" else None,
                 order_type=otype, 订单类型=ORDER_ZH[otype], product_category=ORDER_CAT[otype], studio_id=s[0],
                 studio=s[2], studio_en=s[3], studio_city=s[1], 门店城市=CITIES[s[1]][0], payment_method=pay,
                 is_renewal=renewal, booking_id=session, refunded_at=None, currency="CNY")
        self.orders.append(o)
        if status == "paid":
            c["spend"] += amount
        return o

    def fb(self, c, t, topics, channel, rating=None, nps=None, st=None, instr=None, sess=None, gen=None,
           undated=False, no_customer=False):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        en = c["lang"] == "en"
        parts = []
        for k in topics:
            opts = TOPIC_TEXT[k][1 if en else 0]
            parts.append(opts[int(rng.integers(len(opts)))])
        if not parts or rng.random() < 0.3:
            g = gen or ("neg" if any(k != "praise" for k in topics) else "pos")
            opts = GENERIC[g][1 if en else 0]
            parts.append(opts[int(rng.integers(len(opts)))])
        text = (". " if en else "，").join(parts) + ("." if en else "。")
        tp = TOPIC_TP[topics[0]] if topics else ("tp_class_attend" if channel == "mini_program_review" else
                                                 "tp_trial_checkin" if channel in ("dianping_review", "xiaohongshu")
                                                 else "tp_class_attend")
        r = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                 customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                 rating=rating, nps=nps, language="en" if en else "zh", booking_id=sess)
        if st:
            s = SID[st]
            r.update(studio_id=s[0], studio=s[2], studio_en=s[3], studio_city=s[1], 门店城市=CITIES[s[1]][0])
        if instr:
            r.update(instructor_id=instr, instructor=INAME[instr][1])
        self.feedback.append(r)
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics)))

    # ---------- customers ----------
    def customers(self):
        dates = discover_dates(N_CUST)
        self.cust = []
        for i, t in enumerate(dates):
            city = pick(list(CITIES), [0.46, 0.34, 0.20])
            sts = [s for s in STUDIOS if s[1] == city]
            w = [s[4] if s[0] != "XM03" else (0.9 if t >= NEW_STUDIO_OPEN else 0.0) for s in sts]
            home = pick(sts, w)[0]
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            en_p = {"BJ01": 0.3, "BJ02": 0.22, "XM01": 0.12, "XM02": 0.1}.get(home, 0.03)
            self.cust.append(dict(customer_id=f"C{i + 1:05d}", discover=t, city=city, home=home, channel=ch,
                                  device=pick(["ios", "android"], [0.63, 0.37]),
                                  lang="en" if rng.random() < en_p else "zh",
                                  gender=pick(["F", "M"], [0.88, 0.12]),
                                  age=pick(["18-24", "25-34", "35-44", "45-54", "55+"], [0.14, 0.46, 0.27, 0.10, 0.03]),
                                  goal=pick(list(GOALS), [0.34, 0.14, 0.40, 0.12]), spend=0.0, tried=False,
                                  bought=None, last_class=None, n_class=0, stopped=None))

    def price(self, c, base):
        return round(base * CITIES[c["city"]][1] / 10) * 10

    # ---------- one prospect's life ----------
    def life(self, c):
        st = c["home"]
        self.ev(c, c["discover"], "tp_discover", None, "view", st, channel=c["channel"])
        chp = CHANNELS[c["channel"]]
        if rng.random() > chp[2]:
            return
        t = c["discover"] + D(hours=float(min(240, rng.exponential(40) + 0.3)))
        self.n_tr += 1
        tr = f"TR{self.n_tr:05d}"
        src = "dianping" if c["channel"] == "dianping" else ("store" if c["channel"] == "walk_in" else "mini_program")
        self.ev(c, t, "tp_trial_book", tr, "submit", st, channel=src, booking_source=src, class_type="reformer_basic",
                device=None if src == "store" else c["device"])
        fee = 69 if src == "dianping" else (0 if c["channel"] == "referral" else 99)
        if fee:
            self.order(c, t, "trial", fee, st, channel=src, pay="dianping_voucher" if src == "dianping" else "wechat_pay",
                       session=tr)
        # instructor matching (senior instructors are scarce: they get ~35 % of trials)
        roster = INSTR[st]
        ins = pick(roster, [0.35, 0.40, 0.25][:len(roster)])
        t_m = t + D(hours=float(rng.uniform(0.5, 20)))
        t_class = t + D(days=float(rng.uniform(0.8, 5)))
        t_class = datetime(t_class.year, t_class.month, t_class.day) + D(hours=float(pick([9, 10, 12, 18, 19, 20],
                                                                                       [1, 1.2, 0.8, 1, 1.3, 1])))
        t_m = min(t_m, t_class - D(hours=2))
        self.ev(c, t_m, "tp_match", tr, "matched", st, channel="store", device=None, instructor_id=ins[0],
                class_type="reformer_basic", class_start=ts(t_class))
        if rng.random() > chp[3]:
            return          # trial no-show
        c["tried"] = True
        t_in = t_class - D(minutes=float(rng.uniform(3, 20)))
        self.ev(c, t_in, "tp_trial_checkin", tr, "checkin", st, channel="store", device=None, instructor_id=ins[0],
                class_type="reformer_basic", class_start=ts(t_class))
        if rng.random() < 0.5:      # forgot grip socks
            self.ev(c, t_in + D(minutes=2), "tp_shop", tr, "purchase", st, channel="store", device=None, item="socks",
                    amount=68.0)
            self.order(c, t_in + D(minutes=2), "socks", 68, st, session=tr)
        # experience of the trial
        topics = []
        if ins[0] == HARSH and rng.random() < 0.5:
            topics.append("harsh")
        pushy_p = 0.45 if st == "CD02" else 0.06
        if rng.random() < pushy_p:
            topics.append("pushy")
        if st == "XM01" and rng.random() < 0.2:
            topics.append("dirty")
        if ins[2] == "senior" and not topics and rng.random() < 0.35:
            topics.append("praise")
        t_end = t_class + D(minutes=55)
        if src == "dianping" and rng.random() < 0.3:
            stars = float(pick([5, 4, 3, 2], [0.5, 0.32, 0.12, 0.06]))
            stars -= sum({"harsh": 2.0, "pushy": 1.6, "dirty": 1.8}.get(k, 0) for k in topics)
            stars = float(min(5, max(1, round(stars + (0.5 if "praise" in topics else 0)))))
            self.fb(c, t_end + D(hours=float(rng.uniform(1, 60))), topics, "dianping_review", rating=stars, st=st,
                    instr=ins[0], sess=tr, gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"),
                    undated=rng.random() < 0.3)
        elif c["channel"] == "xiaohongshu" and rng.random() < 0.12:
            self.fb(c, t_end + D(hours=float(rng.uniform(2, 96))), topics, "xiaohongshu", st=st, instr=ins[0],
                    gen="neg" if set(topics) - {"praise"} else "pos")
        # purchase
        p_buy = 0.40 * chp[4] * {"senior": 1.4, "mid": 1.0, "junior": 0.72}[ins[2]]
        if "pushy" in topics:
            p_buy *= 0.7
        if "harsh" in topics:
            p_buy *= 0.5
        if st == "CD01":
            p_buy *= 1.4     # Taikoo Li: the head coach runs the post-trial consultation herself
        if st == "XM03":
            p_buy = 0.8      # opening offer
        if rng.random() > min(0.95, p_buy):
            return
        t_b = t_end + D(minutes=float(rng.uniform(5, 40))) if rng.random() < 0.62 else \
            t_end + D(days=float(rng.exponential(6) + 0.5))
        ptype = pick(list(PACKS), [0.44, 0.22, 0.13, 0.16, 0.05])
        self.member(c, t_b, ptype, st, ins, first=True)

    def member(self, c, t_b, ptype, st, trial_ins, first):
        while True:
            pk = PACKS[ptype]
            amount = self.price(c, pk[1])
            tp = "tp_buy" if first else "tp_renew"
            if not self.ev(c, t_b, tp, None, "purchase" if first else "renew", st, channel="store", device=None,
                           pack_type=ptype, amount=float(amount)):
                return
            o = self.order(c, t_b, ptype, amount, st, pay=pick(["wechat_pay", "alipay"], [0.7, 0.3]), renewal=not first)
            if first:
                c["bought"] = t_b
            # 7-day cooling-off refund
            if rng.random() < (0.035 if first else 0.01):
                t_r = t_b + D(days=float(rng.uniform(1, 7)))
                if self.ev(c, t_r, "tp_refund", None, "refund", st, channel="other", device=None, pack_type=ptype,
                           refund_amount=float(amount), refund_reason="cooling_off", 退款原因="冷静期退卡"):
                    o["status"] = "refunded"
                    o["refunded_at"] = ts(t_r)
                    c["spend"] -= amount
                    if rng.random() < 0.35:
                        self.fb(c, t_r + D(days=float(rng.uniform(3, 8))), ["refund_slow"], "ticket", st=st)
                c["stopped"] = "refund"
                return
            res = self.classes(c, t_b, ptype, st, trial_ins)
            if first and rng.random() < 0.25:
                self.nps_survey(c, t_b + D(days=30 + float(rng.uniform(0, 3))), st)
            if res["end_reason"] != "used_up":
                return
            # renewal decision at the end of the pack / card
            p = pk[4] * (0.55 if res["harsh"] else 1.0) * (0.75 if res["late"] else 1.0) * \
                (0.8 if res["bad"] else 1.0)
            if rng.random() > p:
                c["stopped"] = "no_renew"
                return
            t_b = res["t_end"] + D(days=float(rng.exponential(5) + 0.2))
            t_b = datetime(t_b.year, t_b.month, t_b.day) + D(hours=float(rng.uniform(9, 21)))
            if rng.random() < 0.25:
                ptype = pick(list(PACKS), [0.3, 0.35, 0.15, 0.12, 0.08])
            first = False

    def nps_survey(self, c, t, st):
        if t > END:
            return
        bad = c.get("bad_n", 0) > 0
        nps = int(np.clip(round(rng.normal(8.3 - 2.5 * bad, 1.5)), 0, 10))
        topics = list(c.get("last_topics", [])) if bad and rng.random() < 0.6 else []
        self.fb(c, t, topics, "survey", nps=nps, st=st, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))

    def classes(self, c, t0, ptype, st, trial_ins):
        pk = PACKS[ptype]
        left = pk[2]
        expiry = t0 + D(days=pk[3]) if pk[3] else t0 + D(days=240)
        private = ptype == "private_10"
        roster = INSTR[st]
        my_ins = trial_ins if private and trial_ins[2] == "senior" else (roster[0] if private else None)
        gap_mean = 2.4 if pk[3] else (3.8 if not private else 6.0)
        t = t0 + D(days=float(rng.exponential(2) + 0.5))
        res = dict(harsh=False, late=False, bad=False, end_reason="used_up", t_end=t0)
        while True:
            if t > END:
                res["end_reason"] = "data_end"
                return res
            if t >= expiry:
                if pk[3]:
                    res["t_end"] = expiry
                    return res
                res["end_reason"] = "expired"
                c["stopped"] = "expired"
                return res
            if rng.random() < 0.018:
                res["end_reason"] = "ghost"
                c["stopped"] = "ghost"
                return res
            if not private and rng.random() < 0.0035 and not pk[3] or (pk[3] and rng.random() < 0.002):
                self.transfer(c, t, st, ptype)
                res["end_reason"] = "transfer"
                return res
            weekend = t.weekday() >= 5
            hour = int(pick([7, 9, 10, 12, 18, 19, 20, 21], [0.6, 1.0, 1.1, 0.8, 0.9, 1.5, 1.4, 0.6] if not weekend
                            else [0.3, 1.5, 1.6, 1.0, 0.6, 0.7, 0.6, 0.2]))
            start = datetime(t.year, t.month, t.day, hour)
            peak = (not weekend) and hour in (19, 20)
            ctype = "private" if private else pick(["reformer_basic", "reformer_flow", "jumpboard", "tower"],
                                                   [0.4, 0.3, 0.15, 0.15])
            ins = my_ins if private else pick(roster, [0.4, 0.35, 0.25][:len(roster)])
            lead = float(rng.uniform(2, 80))
            t_book = start - D(hours=lead)
            self.n_cb += 1
            cb = f"CB{self.n_cb:06d}"
            kw = dict(instructor_id=ins[0], class_type=ctype, class_start=ts(start), pack_type=ptype)
            attend = True
            if not private:
                p_full = (0.5 if st in PEAK_STUDIOS else 0.2) if peak else 0.08
                if rng.random() < p_full:
                    self.ev(c, t_book, "tp_waitlist", cb, "join_waitlist", st, **kw)
                    p_ok = (0.32 if st in PEAK_STUDIOS else 0.62) if peak else 0.72
                    if rng.random() < p_ok:
                        t_ok = t_book + (start - t_book) * float(rng.uniform(0.2, 0.97))
                        self.ev(c, t_ok, "tp_waitlist_ok", cb, "promoted", st, **kw)
                    else:
                        attend = False
                        if rng.random() < 0.05:
                            topics = ["waitlist"]
                            self.fb(c, start + D(hours=float(rng.uniform(0, 30))), topics,
                                    pick(["wechat_group", "ticket"], [0.6, 0.4]), st=st, sess=cb,
                                    undated=rng.random() < 0.4)
                else:
                    self.ev(c, t_book, "tp_class_book", cb, "submit", st, **kw)
            else:
                self.ev(c, t_book, "tp_class_book", cb, "submit", st, **kw)
            if attend and rng.random() < 0.12:
                hb = float(min(lead - 0.1, rng.exponential(14) + 0.2))
                t_c = start - D(hours=hb)
                window = 6 if t_c < POLICY_CHANGE else 12
                if hb < window:
                    self.ev(c, t_c, "tp_late_cancel", cb, "late_cancel", st, hours_before_class=round(hb, 1),
                            penalty="fee_50" if pk[3] else "one_class", **kw)
                    res["late"] = True
                    if pk[3]:
                        self.order(c, t_c, "late_cancel_fee", 50, st, channel="mini_program", session=cb)
                    else:
                        left -= 1
                    p_c = (0.4 if hb >= 6 else 0.18) if t_c >= POLICY_CHANGE else 0.15
                    if rng.random() < p_c:
                        self.fb(c, t_c + D(hours=float(rng.uniform(1, 30))), ["late_cancel"],
                                pick(["ticket", "wechat_group", "mini_program_review"], [0.5, 0.35, 0.15]),
                                rating=float(pick([1, 2], [0.6, 0.4])), st=st, sess=cb, undated=rng.random() < 0.15)
                else:
                    self.ev(c, t_c, "tp_cancel", cb, "cancel", st, hours_before_class=round(hb, 1), **kw)
                attend = False
            if attend:
                if rng.random() < 0.04:
                    attend = False      # no-show
                else:
                    t_in = start - D(minutes=float(rng.uniform(2, 15)))
                    self.ev(c, t_in, "tp_class_attend", cb, "checkin", st, channel="store", device=None, **kw)
                    c["n_class"] += 1
                    c["last_class"] = start
                    left = left - 1 if left is not None else None
                    res["t_end"] = start
                    self.after_class(c, cb, start, st, ins, kw, res)
            if left is not None and left <= 0:
                return res
            g = float(rng.exponential(gap_mean) + 0.4)
            t = start + D(days=g)

    def after_class(self, c, cb, start, st, ins, kw, res):
        topics = []
        if ins[0] == HARSH and rng.random() < 0.45:
            topics.append("harsh")
            res["harsh"] = True
        if st == "BJ03" and WANGJING_BAD[0] <= start < WANGJING_BAD[1] and rng.random() < 0.22:
            topics.append("equipment")
        elif rng.random() < 0.006:
            topics.append("equipment")
        if rng.random() < (0.14 if st == "XM01" else 0.008):
            topics.append("dirty")
        if topics:
            res["bad"] = True
            c["bad_n"] = c.get("bad_n", 0) + 1
            c["last_topics"] = topics
        p_praise = 0.8 if ins[0] == STAR else (0.18 if ins[2] == "senior" else 0.06)
        if not topics and rng.random() < p_praise:
            topics.append("praise")
        if rng.random() < (0.3 if set(topics) - {"praise"} else 0.13):
            base = [0.82, 0.16, 0.02, 0.0] if ins[0] == STAR else [0.55, 0.32, 0.09, 0.04]
            stars = float(pick([5, 4, 3, 2], base))
            stars -= sum({"harsh": 2.2, "equipment": 1.6, "dirty": 1.7}.get(k, 0) for k in topics)
            if "praise" in topics:
                stars = 5.0 if rng.random() < (0.93 if ins[0] == STAR else 0.85) else 4.0
            stars = float(min(5, max(1, round(stars))))
            t_r = start + D(hours=1, minutes=float(rng.lognormal(np.log(60), 0.9)))
            self.ev(c, t_r, "tp_rate", cb, "rate", st, stars=stars, **kw)
            self.fb(c, t_r, topics, "mini_program_review", rating=stars, st=st, instr=ins[0], sess=cb,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"))
        elif set(topics) - {"praise"} and rng.random() < 0.08:
            self.fb(c, start + D(hours=float(rng.uniform(1, 48))), [k for k in topics if k != "praise"],
                    pick(["wechat_group", "ticket"], [0.5, 0.5]), st=st, instr=ins[0], sess=cb,
                    undated=rng.random() < 0.4, no_customer=rng.random() < 0.2)
        # merchandise bought in the mini program or at the desk after class
        r = rng.random()
        if r < 0.012:
            item, amt = "mat", 298
        elif r < 0.035:
            item, amt = "socks", 68
        else:
            return
        t_s = start + D(minutes=float(rng.uniform(55, 600)))
        ch = pick(["store", "mini_program"], [0.5, 0.5])
        if self.ev(c, t_s, "tp_shop", cb, "purchase", st, channel=ch, device=c["device"] if ch != "store" else None,
                   item=item, amount=float(amt)):
            self.order(c, t_s, item, amt, st, channel=ch, session=cb)

    def transfer(self, c, t, st, ptype):
        if self.ev(c, t, "tp_transfer", None, "transfer", st, channel="store", device=None, pack_type=ptype,
                   amount=200.0):
            self.order(c, t, "transfer_fee", 200, st)
            c["stopped"] = "transfer"
            if rng.random() < 0.3:
                self.fb(c, t + D(hours=float(rng.uniform(1, 48))), ["transfer_fee"],
                        pick(["ticket", "wechat_group"], [0.6, 0.4]), st=st, undated=rng.random() < 0.3)

    def run(self):
        self.customers()
        for c in self.cust:
            self.life(c)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            s = c["spend"]
            tier = "platinum" if s >= 15000 else "gold" if s >= 7000 else "silver" if s >= 2000 else "none"
            if c["bought"] is None:
                seg = "trial_only" if c["tried"] else "prospect"
            elif c["bought"] >= datetime(2026, 5, 1):
                seg = "new"
            elif c["stopped"] in ("refund", "transfer", "no_renew", "ghost", "expired") or c["last_class"] is None \
                    or c["last_class"] < datetime(2026, 4, 1):
                seg = "lapsed"
            elif s >= 15000:
                seg = "vip"
            else:
                seg = "active"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员等级=TIERS[tier],
                             training_goal=c["goal"], 训练目标=GOALS[c["goal"]], gender=c["gender"], age_band=c["age"],
                             phone_os=c["device"], home_studio_id=c["home"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "studio_id", "studio", "studio_en", "studio_city", "门店城市", "instructor_id", "instructor",
           "instructor_level", "教练级别", "class_type", "课程类型", "class_start", "booking_source", "pack_type",
           "课包类型", "amount", "item", "hours_before_class", "penalty", "refund_amount", "refund_reason", "退款原因",
           "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "product_category", "studio_id", "studio", "studio_en", "studio_city", "门店城市", "payment_method",
            "is_renewal", "booking_id", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "booking_id", "studio_id", "studio", "studio_en", "studio_city", "门店城市", "instructor_id", "instructor"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "training_goal", "训练目标", "gender", "age_band", "phone_os", "home_studio_id",
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
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics"])
    print(f"customers {len(g.cust)}, trials {g.n_tr}, class bookings {g.n_cb}, events {len(ev)}, "
          f"orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
