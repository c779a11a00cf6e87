"""食光 KitchenCraft: cooking and baking class studios (烘焙 / 烹饪课堂) in five cities. People find us (Xiaohongshu,
Meituan, Dianping, a friend, or their company's HR for team building), book a class in the WeChat mini program
(a cheap trial class 体验课, a single class 单次课, or a lesson from a class pack 课包 of 5 / 10 / 20), pay (WeChat Pay,
Alipay, a Meituan group-buy voucher, or pack credit), come to the studio and check in, bake / cook with a chef-teacher
(老师), take the product home (bread, cakes, kids' bakes) or eat in (Chinese / Western dishes), sometimes buy
ingredients and tools in the shop, rate the class, buy a pack and book again. Studios cancel classes that do not fill
(低报名停课) and refund; customers cancel or simply do not show up. HR managers ask for team-building events.
Events 2025-01-01 .. 2026-06-30 (extract taken at the start of July 2026).

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

SEED = 20261211
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 5200
N_CORP = 160
ANDROID_BUG = (datetime(2025, 11, 3), datetime(2025, 12, 1))    # mini program 4.2.0: Android pay page freezes
CREAM = (datetime(2025, 8, 1), datetime(2025, 10, 1))            # Chengdu: new cream / fruit supplier
CROWD_FROM = datetime(2025, 7, 1)                                # Nanshan overfills weekend classes
PRICE_UP = datetime(2026, 3, 1)                                  # class packs +~9 %
APP_VERSIONS = [(datetime(2025, 1, 1), "4.0.0"), (datetime(2025, 6, 16), "4.1.0"), (datetime(2025, 11, 3), "4.2.0"),
                (datetime(2025, 12, 1), "4.2.1"), (datetime(2026, 3, 2), "4.3.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现食光", "Discover KitchenCraft", "awareness", "social", "digital", "marketing",
     "发现|刷到|小红书种草|美团搜到|点评搜到|朋友推荐|discover|found us|first touch"),
    ("tp_rebook", "再次预约", "Rebook", "loyalty", "mini_program", "digital", "studio_ops",
     "复购|再约|回头客|再次报名|rebook|book again|repeat booking"),
    ("tp_book", "预约课程", "Class booked", "consideration", "mini_program", "digital", "studio_ops",
     "预约|约课|报名|选课|抢课|book|booking|reserve|sign up"),
    ("tp_pay", "支付", "Payment", "purchase", "mini_program", "digital", "finance",
     "支付|付款|核销|团购券|扣课时|pay|payment|voucher redeemed|pack credit used"),
    ("tp_pack", "购买课包", "Class pack purchased", "purchase", "mini_program", "digital", "sales",
     "课包|买课包|次卡|5节课包|10节课包|20节课包|class pack|package|bundle|multi-class pass"),
    ("tp_cancel", "顾客取消", "Customer cancellation", "service", "mini_program", "digital", "studio_ops",
     "取消预约|退课|不去了|cancel|cancellation"),
    ("tp_class_cancelled", "人数不足停课", "Class cancelled (low enrolment)", "service", "mini_program", "digital",
     "studio_ops", "停课|开不成班|人数不足取消|低报名取消|class cancelled|low enrolment|not enough sign-ups"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|退课时|refund|money back|credit returned"),
    ("tp_noshow", "缺席未到", "No-show", "service", "store", "physical", "studio_ops",
     "缺席|爽约|没来|放鸽子|no-show|no show|didn't turn up"),
    ("tp_checkin", "到店签到", "Check-in", "service", "store", "physical", "studio_ops",
     "签到|到店|上课人次|check-in|check in|arrival|attendance"),
    ("tp_class", "上课实操", "Hands-on class", "service", "store", "physical", "teaching",
     "上课|实操|做面包|做蛋糕|做菜|老师教学|class|lesson|baking|cooking|hands-on"),
    ("tp_takehome", "成品带走", "Take-home / eat-in", "service", "store", "physical", "studio_ops",
     "成品|打包带走|带回家|堂食|take home|take-home box|eat in"),
    ("tp_shop", "商城选购", "Shop purchase", "purchase", "mini_program", "digital", "retail",
     "商城|买食材|买工具|模具|烘焙工具|shop|ingredients|tools|baking kit"),
    ("tp_review", "课后评价", "Post-class review", "loyalty", "mini_program", "digital", "cx",
     "评价|打分|课后评价|review|rating|stars"),
    ("tp_corp_inquiry", "团建咨询", "Team-building inquiry", "consideration", "phone", "digital", "b2b_sales",
     "团建咨询|企业询价|HR咨询|team building inquiry|corporate inquiry|quote request"),
    ("tp_corp_pay", "团建付款", "Team-building payment", "purchase", "other", "digital", "b2b_sales",
     "团建付款|对公转账|签单|corporate payment|team building deal|contract signed"),
    ("tp_corp_event", "团建活动", "Team-building event", "service", "store", "physical", "b2b_sales",
     "团建|企业团建|公司活动|team building|corporate event|team event"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("booking", "报名下单", "Booking", ["tp_discover", "tp_book", "tp_pay"], 7),
    ("attend", "到店上课", "Attending a class", ["tp_pay", "tp_checkin", "tp_class", "tp_takehome"], 30),
    ("pack", "上课转课包", "Class to pack", ["tp_class", "tp_pack"], 30),
    ("rebook", "回头客", "Coming back", ["tp_class", "tp_rebook"], 60),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 14),
    ("corporate", "企业团建", "Corporate team building", ["tp_corp_inquiry", "tp_corp_pay", "tp_corp_event"], 45),
]
CITIES = {"Shanghai": ("上海", 0.38), "Beijing": ("北京", 0.22), "Shenzhen": ("深圳", 0.20),
          "Chengdu": ("成都", 0.12), "Hangzhou": ("杭州", 0.08)}
STUDIOS = [  # id, city, zh, en, opened
    ("S01", "Shanghai", "上海静安店", "Shanghai Jing'an", None),
    ("S02", "Shanghai", "上海徐汇店", "Shanghai Xuhui", None),
    ("S03", "Shanghai", "上海浦东店", "Shanghai Pudong", None),
    ("S04", "Beijing", "北京朝阳店", "Beijing Chaoyang", None),
    ("S05", "Beijing", "北京海淀店", "Beijing Haidian", None),
    ("S06", "Shenzhen", "深圳南山店", "Shenzhen Nanshan", None),
    ("S07", "Shenzhen", "深圳福田店", "Shenzhen Futian", None),
    ("S08", "Chengdu", "成都太古里店", "Chengdu Taikoo Li", None),
    ("S09", "Hangzhou", "杭州西湖店", "Hangzhou West Lake", datetime(2025, 9, 1)),
]
STUDIO = {s[0]: s for s in STUDIOS}
TEACHERS = [  # id, studio, category, zh, en
    ("T01", "S01", "cake", "林晓", "Chef Lin Xiao"), ("T02", "S01", "chinese", "王建国", "Chef Wang Jianguo"),
    ("T03", "S01", "bread", "周敏", "Chef Zhou Min"), ("T04", "S02", "western", "陈意", "Chef Chen Yi"),
    ("T05", "S02", "kids", "刘佳", "Chef Liu Jia"), ("T06", "S02", "bread", "赵磊", "Chef Zhao Lei"),
    ("T07", "S03", "cake", "孙婷", "Chef Sun Ting"), ("T08", "S03", "kids", "吴悠", "Chef Wu You"),
    ("T09", "S04", "cake", "郑雅", "Chef Zheng Ya"), ("T10", "S04", "chinese", "何东", "Chef He Dong"),
    ("T11", "S05", "western", "马克", "Chef Mark Ma"), ("T12", "S05", "bread", "高远", "Chef Gao Yuan"),
    ("T13", "S06", "cake", "黄琳", "Chef Huang Lin"), ("T14", "S06", "kids", "杨帆", "Chef Yang Fan"),
    ("T15", "S07", "chinese", "许强", "Chef Xu Qiang"), ("T16", "S07", "western", "罗兰", "Chef Luo Lan"),
    ("T17", "S08", "bread", "唐果", "Chef Tang Guo"), ("T18", "S08", "chinese", "蒋川", "Chef Jiang Chuan"),
    ("T19", "S09", "cake", "沈清", "Chef Shen Qing"), ("T20", "S09", "bread", "顾言", "Chef Gu Yan"),
]
TEACHER = {t[0]: t for t in TEACHERS}
FAST_TEACHER = "T03"              # rushes through the steps
PATIENT_TEACHER = {"T09": 0.45, "T05": 0.15}
CATS = {  # en: zh, single price, trial price, class hours, take home?
    "bread": ("面包烘焙", 268, 59, 3.0, True), "cake": ("蛋糕甜点", 298, 69, 3.0, True),
    "chinese": ("中式家常菜", 238, 59, 2.5, False), "western": ("西餐料理", 328, 99, 2.5, False),
    "kids": ("亲子儿童烘焙", 198, 79, 2.0, True)}
KINDS = {"trial": "体验课", "single": "单次课", "pack": "课包课时"}
PACKS = {5: (1180, 1280), 10: (2180, 2380), 20: (3980, 4380)}      # before / after the March 2026 price rise
PAY = {"wechat_pay": "微信支付", "alipay": "支付宝", "meituan_voucher": "美团团购券", "pack_credit": "课包扣次",
       "bank_transfer": "对公转账"}
CHANNELS = {  # en: zh, weight, discover -> book probability, pack multiplier
    "xiaohongshu": ("小红书", 0.40, 0.34, 1.0), "meituan": ("美团", 0.24, 0.62, 0.45),
    "dianping": ("大众点评", 0.18, 0.58, 0.9), "friend": ("朋友推荐", 0.18, 0.80, 1.3)}
PERSONAS = {  # en: zh, weight, category weights (bread, cake, chinese, western, kids), return prob, mean gap days
    "family": ("亲子家庭", 0.27, (0.10, 0.20, 0.08, 0.02, 0.60), 0.62, 30),
    "office": ("上班族", 0.33, (0.28, 0.17, 0.30, 0.25, 0.00), 0.50, 35),
    "couple": ("情侣约会", 0.18, (0.15, 0.45, 0.10, 0.30, 0.00), 0.38, 45),
    "enthusiast": ("烘焙爱好者", 0.22, (0.55, 0.40, 0.03, 0.02, 0.00), 0.78, 18),
}
CAT_ORDER = ["bread", "cake", "chinese", "western", "kids"]
AGES = {"family": (0.0, 0.30, 0.55, 0.15), "office": (0.25, 0.55, 0.17, 0.03), "couple": (0.50, 0.45, 0.05, 0.0),
        "enthusiast": (0.15, 0.40, 0.30, 0.15)}
AGE_BANDS = ["18-25", "26-35", "36-45", "46+"]
TIERS = {"regular": "普通会员", "silver": "银卡", "gold": "金卡", "black": "黑金卡"}
ORDER_TYPES = {"trial_class": "体验课", "single_class": "单次课", "class_pack": "课包", "shop": "商城",
               "corporate_event": "企业团建"}
REASONS = {"customer_request": "顾客取消", "low_enrolment": "人数不足停课", "event_cancelled": "团建取消"}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "pace_fast": (["老师节奏太快了，根本跟不上", "讲得太快，步骤没看清就过去了", "节奏太快，新手完全跟不上", "老师讲得太快，整形那步没学会"],
                  ["the chef went way too fast, I couldn't keep up", "chef rushed through the steps, too fast for beginners",
                   "everything was too fast, couldn't keep up with the shaping"]),
    "crowded": (["人太多了，操作台挤不下", "一个班塞了十几个人，太挤了", "太挤了，烤箱都要排队", "人太多，老师根本顾不过来"],
                ["way too crowded, sixteen of us sharing four benches", "the class was overcrowded, we queued for the oven",
                 "too many people in one class"]),
    "not_fresh": (["奶油有股异味，感觉不新鲜", "水果不新鲜，草莓都软了", "食材不太新鲜，有点失望", "淡奶油有异味，做出来的蛋糕味道怪"],
                  ["the cream smelled off, ingredients not fresh", "strawberries were not fresh at all",
                   "ingredients were stale"]),
    "booking_hard": (["小程序付款页面一直卡住，课约不上", "热门课一放出来就抢不到", "预约太难了，周末的课根本约不上", "付款卡住了好几次，最后没约成"],
                     ["the app froze on the payment page, couldn't book", "weekend classes are so hard to book",
                      "popular classes sell out in minutes, hard to book"]),
    "price": (["课包涨价了，有点劝退", "价格太贵了，一节课快三百", "性价比不高，材料成本没那么多", "这次涨价涨得有点多"],
              ["the class pack price hike is a bit much", "too expensive for a 3-hour class", "overpriced for what you get"]),
    "cancel_low": (["报名人数不够课被取消了，白请了半天假", "临时通知停课，说人数不足", "又因为人数不够取消了，第二次了"],
                   ["my class got cancelled because not enough people signed up",
                    "they cancelled the class the day before, not enough people"]),
    "refund_slow": (["团购券退款到现在还没到账", "取消好几天了退款还没到账", "退款太慢了，美团那边一直在处理"],
                    ["my voucher refund still hasn't arrived", "the refund is taking forever"]),
    "patient": (["老师特别耐心，手把手教", "老师很耐心，每一步都讲得很清楚", "老师耐心细致，零基础也学会了"],
                ["the chef was so patient with us", "very patient teacher, explained every step"]),
    "tasty": (["做出来的面包很好吃，家里人都抢着吃", "蛋糕成品超好吃，颜值也高", "做的菜很好吃，回家还能复刻"],
              ["what we made was delicious", "the cake turned out delicious, kids loved it"]),
}
GEN = {
    "pos": (["整体体验不错，下次还来", "环境舒服，工具齐全，推荐", "和朋友一起来很开心", "课程安排合理，学到了东西", "氛围很好，值得一试"],
            ["great experience, will come back", "lovely studio and well equipped", "fun afternoon, would recommend"]),
    "neu": (["还行吧，中规中矩", "一般般，没什么特别的", "体验普通，看情况再来"],
            ["it was ok", "average class, nothing special"]),
    "neg": (["体验一般，不太满意", "这次不太行，有点失望", "和宣传的不一样，不会再来了"],
            ["not great this time", "disappointing, won't come back"]),
}
CORP_TXT = {
    "pos": (["团建效果很好，同事们都说好玩", "组织得很顺，大家做完还能带走，HR很满意", "下次部门活动还找你们"],
            ["the team loved it, great team-building event", "smooth event, our staff had a blast", "we'll book again next quarter"]),
    "neg": (["团建那天场地有点小，四十个人转不开", "报价和最后结算对不上，沟通很费劲"],
            ["the venue felt small for forty people", "the invoice didn't match the quote"]),
}
TOPIC_TP = [("booking_hard", "tp_book"), ("refund_slow", "tp_refund"), ("cancel_low", "tp_class_cancelled"),
            ("price", "tp_pack"), ("pace_fast", "tp_class"), ("crowded", "tp_class"), ("not_fresh", "tp_class"),
            ("patient", "tp_class"), ("tasty", "tp_takehome")]
NEG_TOPICS = {"pace_fast", "crowded", "not_fresh", "booking_hard", "price", "cancel_low", "refund_slow"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    total = float(sum(weights))
    r = rng.random() * total
    acc = 0.0
    for it, w in zip(items, weights):
        acc += w
        if r < acc:
            return it
    return items[-1]


def app_version(t: datetime) -> str:
    v = APP_VERSIONS[0][1]
    for start, ver in APP_VERSIONS:
        if t >= start:
            v = ver
    return v


def season(t: datetime, cat: str) -> float:
    m = 1.0
    if cat == "kids" and t.month in (7, 8):
        m = 2.2                      # summer holidays
    if cat == "cake" and t.month == 12:
        m = 2.0                      # Christmas cakes
    if cat == "cake" and t.month == 9 and t.year == 2025:
        m = 1.6                      # mooncakes before Mid-Autumn (6 Oct 2025)
    return m


def discover_weight(t: datetime) -> float:
    m = 1.0 + 0.5 * (t - START).days / 545          # growth
    if t.month in (7, 8):
        m *= 1.3
    if t.month == 12:
        m *= 1.35
    if t.month == 2:
        m *= 0.6                                    # Spring Festival
    return m


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_bk = self.n_ord = self.n_fb = 0
        self.cust = []

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, bk=None, device="app", channel=None, **extra):
        if t > END:
            return
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"] if device == "app" else device,
                   channel=channel, app_version=app_version(t) if device == "app" else None)
        if bk:
            row.update(bk["common"])
        row.update(extra)
        self.events.append(row)

    def order(self, c, t, amount, otype, bk=None, status="paid", **extra):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="mini_program", device=c["device"], order_type=otype,
                   订单类型=ORDER_TYPES[otype], currency="CNY")
        if bk:
            row.update({k: bk["common"].get(k) for k in ("studio_id", "studio", "studio_en", "city", "城市",
                                                         "category", "课程类型", "class_kind", "课程形式",
                                                         "teacher_id", "payment_method", "支付方式")})
            row["booking_id"] = bk["id"]
        row.update(extra)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, bk=None, gen=None, undated=False, no_customer=False,
           tp=None, corp=False):
        if t > END:
            return
        self.n_fb += 1
        lang = c["lang"]
        li = 0 if lang == "zh" else 1
        if corp:
            parts = [str(rng.choice(CORP_TXT[gen][li]))]
        else:
            parts = [str(rng.choice(TXT[k][li])) for k in topics]
            if not parts:
                parts = [str(rng.choice(GEN[gen or "neu"][li]))]
            elif gen == "pos" and not (set(topics) & NEG_TOPICS) and rng.random() < 0.5:
                parts.append(str(rng.choice(GEN["pos"][li])))
        text = ("，" if lang == "zh" else "; ").join(parts)
        if lang == "en":
            text = text[0].upper() + text[1:] + "."
        else:
            text += "。"
        if tp is None:
            tp = "tp_review"
            for k, p in TOPIC_TP:
                if k in topics:
                    tp = p
                    break
        row = dict(feedback_id=f"F{self.n_fb:06d}", text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang)
        if bk:
            row.update({k: bk["common"].get(k) for k in ("studio_id", "studio", "studio_en", "city", "城市", "category",
                                                         "课程类型", "teacher_id", "teacher", "teacher_en")})
            row["booking_id"] = bk["id"]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=row["feedback_id"], topics="|".join(topics), corp=int(corp)))

    # ---------- customers ----------
    def customers(self):
        span = (END - START).days
        days = np.arange(span - 20)
        w = np.array([discover_weight(START + D(days=int(d))) for d in days])
        for i in range(N_CUST):
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            d0 = int(rng.choice(days, p=w / w.sum()))
            t0 = START + D(days=d0, hours=float(rng.uniform(8, 23.5)))
            if city == "Hangzhou" and t0 < datetime(2025, 8, 15):
                t0 = datetime(2025, 8, 15) + D(days=float(rng.uniform(0, 300)))
            studios = [s[0] for s in STUDIOS if s[1] == city]
            home = str(rng.choice(studios))
            persona = pick(list(PERSONAS), [v[1] for v in PERSONAS.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            lang = "en" if city in ("Shanghai", "Shenzhen", "Beijing") and rng.random() < 0.12 else "zh"
            self.cust.append(dict(customer_id=f"C{i + 1:05d}", city=city, home=home, persona=persona, channel=ch,
                                  discover=t0, device="ios" if rng.random() < 0.55 else "android", lang=lang,
                                  age=pick(AGE_BANDS, AGES[persona]), gender=pick(["female", "male"], [0.72, 0.28]),
                                  spend=0.0, classes=[], first_pay=None, corp=False, credits=0, trial_done=False))
        for j in range(N_CORP):
            city = pick(list(CITIES), [0.45, 0.25, 0.25, 0.05, 0.0])
            t0 = START + D(days=float(rng.uniform(0, span - 60)))
            self.cust.append(dict(customer_id=f"C{N_CUST + j + 1:05d}", city=city,
                                  home=str(rng.choice([s[0] for s in STUDIOS if s[1] == city])), persona="corporate",
                                  channel="corporate_hr", discover=t0, device="ios" if rng.random() < 0.6 else "android",
                                  lang="en" if rng.random() < 0.15 else "zh", age=pick(AGE_BANDS, (0.1, 0.6, 0.3, 0.0)),
                                  gender=pick(["female", "male"], [0.8, 0.2]), spend=0.0, classes=[], first_pay=None,
                                  corp=True, credits=0, trial_done=False))

    # ---------- one class booking ----------
    def booking(self, c, t, n):
        if n > 0:
            self.ev(c, t - D(minutes=float(rng.uniform(1, 8))), "tp_rebook", None, "rebook", channel="mini_program")
        home = STUDIO[c["home"]]
        offered = [x for x in TEACHERS if x[1] == home[0]]
        cats = [x[2] for x in offered]
        pw = PERSONAS[c["persona"]][2]
        w = [pw[CAT_ORDER.index(k)] * season(t, k) + 0.02 for k in cats]
        teacher = offered[cats.index(pick(cats, w))]
        cat = teacher[2]
        if c["credits"] > 0:
            kind = "pack"
        elif not c["trial_done"] and rng.random() < 0.75:
            kind = "trial"
        else:
            kind = "single"
        # class start: evenings on weekdays, 10:00 / 14:00 / 19:00 at weekends
        d = t + D(days=float(rng.exponential(5.0) + 0.6))
        day = datetime(d.year, d.month, d.day)
        weekend = day.weekday() >= 5
        hour = float(rng.choice([10, 14, 19])) if weekend else (14.0 if cat == "kids" and day.month in (7, 8) else 19.0)
        start = day + D(hours=hour)
        if start <= t + D(hours=3):
            start += D(days=1)
            weekend = start.weekday() >= 5
        crowded_studio = home[0] == "S06" and weekend and start >= CROWD_FROM
        size = int(rng.integers(14, 19)) if crowded_studio else int(rng.integers(5, 11))
        if kind == "pack":
            pm, amount = "pack_credit", 0.0
        elif kind == "trial" and c["channel"] == "meituan":
            pm, amount = "meituan_voucher", 39.0 if cat != "western" else 69.0
        else:
            pm = pick(["wechat_pay", "alipay"], [0.78, 0.22])
            amount = float(CATS[cat][2] if kind == "trial" else CATS[cat][1])
        self.n_bk += 1
        bid = f"BK{self.n_bk:06d}"
        bk = dict(id=bid, common=dict(studio_id=home[0], studio=home[2], studio_en=home[3], city=home[1],
                                      城市=CITIES[home[1]][0], category=cat, 课程类型=CATS[cat][0], class_kind=kind,
                                      课程形式=KINDS[kind], teacher_id=teacher[0], teacher=teacher[3],
                                      teacher_en=teacher[4], class_start=ts(start), class_size=size, capacity=12,
                                      payment_method=pm, 支付方式=PAY[pm]))
        self.ev(c, t, "tp_book", bid, "submit", bk, channel="mini_program")
        # payment
        p_pay = 0.97 if kind == "pack" else (0.92 if pm == "meituan_voucher" else 0.84)
        bug = c["device"] == "android" and ANDROID_BUG[0] <= t < ANDROID_BUG[1] and kind != "pack"
        if bug:
            p_pay = 0.42
        t_pay = t + D(minutes=float(rng.uniform(0.5, 6)))
        if rng.random() > p_pay:
            if kind != "pack":
                self.order(c, t, amount, "trial_class" if kind == "trial" else "single_class", bk, status="cancelled",
                           payment_method=pm, 支付方式=PAY[pm], channel="meituan" if pm == "meituan_voucher"
                           else "mini_program")
            if bug and rng.random() < 0.35:
                self.fb(c, t + D(minutes=20), ["booking_hard"], "ticket", bk=bk)
            return None
        ch = "meituan" if pm == "meituan_voucher" else "mini_program"
        self.ev(c, t_pay, "tp_pay", bid, "credit_used" if kind == "pack" else "success", bk, channel=ch, amount=amount)
        if c["first_pay"] is None:
            c["first_pay"] = t_pay
        order = None
        if kind == "pack":
            c["credits"] -= 1
        else:
            order = self.order(c, t_pay, amount, "trial_class" if kind == "trial" else "single_class", bk, channel=ch)
        if kind == "trial":
            c["trial_done"] = True
        # cancellations
        p_low = 0.03
        if cat == "western" and not weekend:
            p_low = 0.20 if home[0] != "S05" else 0.38
        elif cat == "western":
            p_low = 0.08
        if home[0] == "S09" and start < datetime(2026, 1, 1):
            p_low = 0.45
        r = rng.random()
        if r < 0.05:            # customer cancels
            t_c = t_pay + (start - t_pay) * float(rng.uniform(0.1, 0.9))
            self.ev(c, t_c, "tp_cancel", bid, "cancel", bk, channel="mini_program", cancel_reason="customer_request",
                    取消原因=REASONS["customer_request"])
            self.refund(c, bk, t_c, amount, order, pm)
            return dict(attended=False, end=t_c, cat=cat, kind=kind)
        if r < 0.05 + p_low:    # studio cancels for low enrolment, the day before
            t_c = start - D(hours=float(rng.uniform(18, 30)))
            t_c = max(t_c, t_pay + D(minutes=30))
            self.ev(c, t_c, "tp_class_cancelled", bid, "cancelled_low_enrolment", bk, device=None, channel="mini_program",
                    cancel_reason="low_enrolment", 取消原因=REASONS["low_enrolment"])
            self.refund(c, bk, t_c + D(minutes=float(rng.uniform(1, 30))) if pm != "meituan_voucher" else t_c,
                        amount, order, pm)
            if rng.random() < 0.12:
                self.fb(c, t_c + D(hours=float(rng.uniform(1, 30))), ["cancel_low"], "ticket", bk=bk)
            return dict(attended=False, end=t_c, cat=cat, kind=kind, cancelled=True)
        # no-show
        p_ns = {"trial": 0.10, "single": 0.06, "pack": 0.04}[kind]
        if pm == "meituan_voucher":
            p_ns = 0.21
        if rng.random() < p_ns:
            self.ev(c, start + D(minutes=20), "tp_noshow", bid, "no_show", bk, device=None, channel="store")
            return dict(attended=False, end=start, cat=cat, kind=kind)
        # class
        t_in = start - D(minutes=float(rng.uniform(-8, 20)))
        self.ev(c, t_in, "tp_checkin", bid, "check_in", bk, device=None, channel="store")
        supplier = "鲜达冷链" if home[0] == "S08" and CREAM[0] <= start < CREAM[1] else "光明/安佳直供"
        t_cls = start + D(minutes=float(rng.uniform(2, 8)))
        self.ev(c, t_cls, "tp_class", bid, "class_start", bk, device=None, channel="store", ingredient_supplier=supplier)
        end = start + D(hours=CATS[cat][3])
        self.ev(c, end + D(minutes=float(rng.uniform(0, 15))), "tp_takehome", bid,
                "take_home" if CATS[cat][4] else "eat_in", bk, device=None, channel="store")
        c["classes"].append(end)
        c["spend"] += amount
        # shop
        if rng.random() < (0.22 if c["persona"] == "enthusiast" else 0.10):
            t_s = end + D(minutes=float(rng.uniform(5, 40)))
            amt = float(rng.choice([29, 39, 49, 68, 88, 128, 199, 299, 399]))
            self.ev(c, t_s, "tp_shop", bid, "purchase", bk, channel="mini_program", amount=amt)
            self.order(c, t_s, amt, "shop", bk, payment_method="wechat_pay", 支付方式=PAY["wechat_pay"],
                       class_kind=None, 课程形式=None)
            c["spend"] += amt
        # experience
        topics = []
        if teacher[0] == FAST_TEACHER and rng.random() < 0.40:
            topics.append("pace_fast")
        elif rng.random() < 0.012:
            topics.append("pace_fast")
        if crowded_studio and rng.random() < 0.35:
            topics.append("crowded")
        elif rng.random() < (0.03 if size >= 10 else 0.008):
            topics.append("crowded")
        if supplier == "鲜达冷链" and rng.random() < 0.30:
            topics.append("not_fresh")
        elif rng.random() < 0.008:
            topics.append("not_fresh")
        if (kind == "pack" or amount > 250) and rng.random() < (0.06 if start >= PRICE_UP else 0.015):
            topics.append("price")
        if weekend and home[1] == "Shanghai" and rng.random() < 0.03:
            topics.append("booking_hard")
        bad = bool(set(topics) & NEG_TOPICS)
        if not bad and rng.random() < PATIENT_TEACHER.get(teacher[0], 0.05):
            topics.append("patient")
        if not bad and rng.random() < 0.12:
            topics.append("tasty")
        # rating in the mini program
        p_rate = 0.45 if bad else 0.30
        stars = None
        if rng.random() < p_rate:
            stars = float(pick([5, 4, 3, 2], [0.52, 0.33, 0.11, 0.04]))
            pen = {"pace_fast": 1.9, "crowded": 1.7, "not_fresh": 2.3, "price": 0.9, "booking_hard": 0.8}
            for k in topics:
                stars -= pen.get(k, 0.0)
            if "patient" in topics:
                stars = 5.0 if rng.random() < 0.85 else 4.0
            stars = float(min(5, max(1, round(stars))))
            t_r = end + D(minutes=float(rng.lognormal(np.log(180), 1.0)))
            self.ev(c, t_r, "tp_review", bid, "rate", bk, channel="mini_program", stars=stars)
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_r, topics, "mini_program_review", rating=stars, bk=bk, gen=gen)
        if rng.random() < 0.07:
            s2 = float(pick([5, 4, 3, 2], [0.48, 0.34, 0.13, 0.05]))
            for k in topics:
                s2 -= {"pace_fast": 1.8, "crowded": 1.8, "not_fresh": 2.2, "price": 1.0}.get(k, 0.0)
            s2 = float(min(5, max(1, round(s2))))
            gen = "pos" if s2 >= 4 else ("neu" if s2 == 3 else "neg")
            self.fb(c, end + D(hours=float(rng.uniform(2, 60))), topics, "dianping_review", rating=s2, bk=bk, gen=gen,
                    undated=rng.random() < 0.25)
        if rng.random() < (0.06 if c["channel"] == "xiaohongshu" else 0.02):
            gen = "neg" if bad else "pos"
            self.fb(c, end + D(hours=float(rng.uniform(3, 96))), topics, "xiaohongshu_note", bk=bk, gen=gen,
                    undated=rng.random() < 0.4, no_customer=rng.random() < 0.3)
        if rng.random() < 0.06:
            nps = int(np.clip(round(rng.normal(8.3 - 3.2 * bad + 0.8 * ("patient" in topics), 1.5)), 0, 10))
            self.fb(c, end + D(days=1, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.6 else [], "survey",
                    nps=nps, bk=bk, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        return dict(attended=True, end=end, cat=cat, kind=kind, bad=bad, channel=c["channel"])

    def refund(self, c, bk, t_c, amount, order, pm):
        if pm == "pack_credit":
            self.ev(c, t_c + D(minutes=1), "tp_refund", bk["id"], "credit_returned", bk, channel="mini_program",
                    refund_amount=0.0)
            c["credits"] += 1
            return
        if pm == "meituan_voucher":
            t_r = t_c + D(days=float(rng.uniform(2.0, 6.0)))
            if rng.random() < 0.25:
                self.fb(c, t_c + D(days=float(rng.uniform(1.5, 2.0))), ["refund_slow"], "ticket", bk=bk)
        else:
            t_r = t_c + D(minutes=float(rng.uniform(2, 90)))
        self.ev(c, t_r, "tp_refund", bk["id"], "refund", bk, channel="meituan" if pm == "meituan_voucher" else
                "mini_program", refund_amount=amount)
        if order is not None and t_r <= END:
            order["status"] = "refunded"
            order["refunded_at"] = ts(t_r)

    def buy_pack(self, c, t, cat_hint, bk_studio):
        size = int(pick([5, 10, 20], [0.55, 0.35, 0.10]))
        price = float(PACKS[size][1 if t >= PRICE_UP else 0])
        pm = pick(["wechat_pay", "alipay"], [0.8, 0.2])
        home = STUDIO[bk_studio]
        self.ev(c, t, "tp_pack", None, "purchase", channel="mini_program", pack_size=size, amount=price,
                studio_id=home[0], studio=home[2], studio_en=home[3], city=home[1], 城市=CITIES[home[1]][0],
                payment_method=pm, 支付方式=PAY[pm])
        self.order(c, t, price, "class_pack", None, pack_size=size, 课包规格=f"{size}节", payment_method=pm,
                   支付方式=PAY[pm], studio_id=home[0], studio=home[2], studio_en=home[3], city=home[1],
                   城市=CITIES[home[1]][0], category=cat_hint, 课程类型=CATS[cat_hint][0])
        c["credits"] += size
        c["spend"] += price

    def corporate(self, c):
        t = c["discover"]
        self.ev(c, t, "tp_discover", None, "view", channel="corporate_hr")
        while t <= END:
            t_q = t + D(days=float(rng.uniform(0.5, 6)))
            self.ev(c, t_q, "tp_corp_inquiry", None, "inquiry", device=None, channel="phone")
            if rng.random() > 0.58:
                t = t_q + D(days=float(rng.uniform(60, 200)))
                if rng.random() < 0.3:
                    continue
                return
            head = int(rng.integers(12, 41))
            price = 260.0 * head
            home = STUDIO[c["home"]]
            self.n_bk += 1
            bid = f"TB{self.n_bk:06d}"
            cat = pick(["bread", "cake", "chinese"], [0.3, 0.4, 0.3])
            bk = dict(id=bid, common=dict(studio_id=home[0], studio=home[2], studio_en=home[3], city=home[1],
                                          城市=CITIES[home[1]][0], category=cat, 课程类型=CATS[cat][0],
                                          class_kind="corporate", 课程形式="企业团建", payment_method="bank_transfer",
                                          支付方式=PAY["bank_transfer"]))
            t_p = t_q + D(days=float(rng.uniform(3, 20)))
            self.ev(c, t_p, "tp_corp_pay", bid, "paid", bk, device=None, channel="bank_transfer", amount=price,
                    headcount=head)
            o = self.order(c, t_p, price, "corporate_event", bk, channel="b2b", device=None, headcount=head)
            c["first_pay"] = c["first_pay"] or t_p
            t_e = t_p + D(days=float(rng.uniform(5, 20)))
            if rng.random() < 0.07:
                t_x = t_e - D(days=2)
                self.ev(c, t_x, "tp_cancel", bid, "cancel", bk, device=None, channel="phone",
                        cancel_reason="event_cancelled", 取消原因=REASONS["event_cancelled"])
                t_r = t_x + D(days=float(rng.uniform(3, 10)))
                self.ev(c, t_r, "tp_refund", bid, "refund", bk, device=None, channel="bank_transfer",
                        refund_amount=price)
                if o is not None and t_r <= END:
                    o["status"], o["refunded_at"] = "refunded", ts(t_r)
            else:
                self.ev(c, t_e, "tp_corp_event", bid, "event_held", bk, device=None, channel="store", headcount=head)
                c["spend"] += price
                c["classes"].append(t_e)
                if rng.random() < 0.5:
                    good = rng.random() < (0.55 if head >= 30 else 0.88)
                    self.fb(c, t_e + D(days=float(rng.uniform(1, 5))), [], "call_note", bk=bk, tp="tp_corp_event",
                            gen="pos" if good else "neg", corp=True, undated=rng.random() < 0.2)
            if rng.random() > 0.35:
                return
            t = t_e + D(days=float(rng.uniform(60, 150)))

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            if c["corp"]:
                self.corporate(c)
                continue
            self.ev(c, c["discover"], "tp_discover", None, "view", channel=c["channel"])
            if rng.random() > CHANNELS[c["channel"]][2]:
                continue
            t = c["discover"] + D(hours=float(min(160, rng.exponential(22) + 0.2)))
            if rng.random() < 0.07:
                t = c["discover"] + D(days=float(rng.uniform(8, 40)))
            pers = PERSONAS[c["persona"]]
            n = 0
            while t <= END:
                res = self.booking(c, t, n)
                n += 1
                if res is None:
                    if rng.random() < 0.5:
                        t += D(hours=float(rng.uniform(0.3, 72)))
                        continue
                    break
                if not res["attended"]:
                    if rng.random() < (0.55 if res.get("cancelled") else 0.6):
                        t = res["end"] + D(days=float(rng.uniform(1, 20)))
                        continue
                    break
                # first pack after a class: kids highest, Chinese lowest
                if c["credits"] == 0 and res["kind"] != "pack":
                    p_pack = {"kids": 0.46, "bread": 0.30, "cake": 0.27, "western": 0.20, "chinese": 0.11}[res["cat"]]
                    p_pack *= CHANNELS[c["channel"]][3] * (0.55 if res["bad"] else 1.0)
                    if rng.random() < p_pack:
                        self.buy_pack(c, res["end"] + D(days=float(rng.exponential(5) + 0.05)), res["cat"], c["home"])
                p_ret = 0.93 if c["credits"] > 0 else pers[3] * (0.6 if res["bad"] else 1.0)
                if rng.random() > p_ret:
                    break
                gap = pers[4] * (0.5 if c["credits"] > 0 else 1.0)
                t = res["end"] + D(days=float(rng.exponential(gap) + 1.0))
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(8, 23)))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            spend = c["spend"]
            tier = "black" if spend >= 5000 else "gold" if spend >= 2500 else "silver" if spend >= 1000 else "regular"
            v = c["classes"]
            if c["corp"]:
                seg = "corporate"
            elif c["first_pay"] is None:
                seg = "prospect"
            elif c["first_pay"] >= datetime(2026, 4, 1):
                seg = "new"
            elif not v or v[-1] < datetime(2026, 1, 1):
                seg = "lapsed"
            elif len(v) >= 8:
                seg = "loyal"
            elif len(v) >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            persona_zh = "企业HR" if c["corp"] else PERSONAS[c["persona"]][0]
            ch_zh = "企业HR对接" if c["corp"] else CHANNELS[c["channel"]][0]
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"], 获客渠道=ch_zh, tier=tier,
                             会员等级=TIERS[tier], persona=c["persona"], 客群=persona_zh, age_band=c["age"],
                             gender=c["gender"], phone_os=c["device"], home_studio_id=c["home"],
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            assert set(r) <= set(cols), set(r) - set(cols)
            w.writerow(["" if r.get(k) is None else r.get(k) for k in cols])


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "studio_id", "studio", "studio_en", "city", "城市", "category", "课程类型", "class_kind",
           "课程形式", "teacher_id", "teacher", "teacher_en", "class_start", "class_size", "capacity", "payment_method",
           "支付方式", "amount", "pack_size", "refund_amount", "cancel_reason", "取消原因", "ingredient_supplier",
           "stars", "headcount"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "booking_id", "studio_id", "studio", "studio_en", "city", "城市", "category", "课程类型", "class_kind",
            "课程形式", "teacher_id", "pack_size", "课包规格", "headcount", "payment_method", "支付方式", "refunded_at",
            "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "booking_id", "studio_id", "studio", "studio_en", "city", "城市", "category", "课程类型", "teacher_id",
           "teacher", "teacher_en"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "persona", "客群", "age_band", "gender", "phone_os", "home_studio_id", "preferred_language"]


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
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "corp"])
    print(f"customers {len(g.cust)}, bookings {g.n_bk}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
