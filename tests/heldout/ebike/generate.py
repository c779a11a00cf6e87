"""绿驰 GreenRide: electric bikes sold through 12 own stores in 6 cities plus an online shop, 2025-01-01 .. 2026-07-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (the generator's topic and sentiment per comment; not a DATA.md
table). Deterministic (fixed seed), plain Python + numpy, about two seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260731
START = datetime(2025, 1, 1)
END = datetime(2026, 7, 31, 23, 59, 59)
N = 4400
D = timedelta
SLOW_FROM = datetime(2025, 10, 1)        # 成都高新店 moves its stock to a far warehouse: deliveries slow from here
PLATE_RULE = datetime(2026, 3, 1)        # Shanghai's new e-bike plate procedure (more documents, appointment)
PROMO = (datetime(2026, 6, 1), datetime(2026, 7, 1))   # 618 battery-upgrade promotion (June 2026)

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad", "看到广告", "Saw an ad", "awareness", "ads", "digital", "marketing",
     "广告|抖音广告|朋友圈广告|小红书|投放|ad|ads|advert|social ad"),
    ("tp_walkin", "路过进店", "Store walk-in", "awareness", "store", "physical", "retail",
     "进店|路过|到店逛逛|自然进店|walk-in|walk by|walked in|store visit"),
    ("tp_referral", "朋友推荐", "Friend referral", "awareness", "social", "digital", "marketing",
     "推荐|老带新|朋友介绍|转介绍|referral|referred|friend recommended|word of mouth"),
    ("tp_shop_visit", "线上商城浏览", "Online shop visit", "awareness", "web", "digital", "ecommerce",
     "官网|线上商城|网店|天猫店|online shop|web shop|website|e-shop"),
    ("tp_testride_book", "预约试骑", "Test ride booked", "consideration", "mini_program", "digital", "retail",
     "预约|约试骑|试驾预约|预约试驾|book a test ride|test ride booking|booking|appointment"),
    ("tp_testride", "到店试骑", "Test ride taken", "consideration", "store", "physical", "retail",
     "试骑|试驾|骑一圈|到店试车|test ride|test-ride|ride test|tried the bike"),
    ("tp_quote", "索取报价", "Quote requested", "consideration", "store", "physical", "retail",
     "报价|问价|询价|报价单|价格单|quote|quotation|price quote|asked for a price"),
    ("tp_order", "下单", "Order placed", "purchase", "store", "physical", "retail",
     "下单|订车|签单|购买|买车|order|purchase|bought|order placed"),
    ("tp_deposit", "付定金", "Deposit paid", "purchase", "store", "physical", "finance",
     "定金|订金|交定金|付订金|deposit|down payment|deposit paid"),
    ("tp_balance", "付尾款", "Balance paid", "purchase", "store", "physical", "finance",
     "尾款|补尾款|结清|付全款|balance|final payment|balance paid|pay the rest"),
    ("tp_delivery", "交车（送货/自提）", "Bike handover (delivery or pick-up)", "purchase", "store", "physical",
     "logistics", "交车|提车|送车上门|自提|到货|交付|delivery|handover|pick-up|pickup|bike delivered|collect the bike"),
    ("tp_plate", "协助上牌", "Plate registration assisted", "service", "store", "physical", "aftersales",
     "上牌|挂牌|办牌照|车牌|登记|备案|plate|licence plate|license plate|registration|number plate"),
    ("tp_first_service", "首保（30天检查）", "First service (30-day check)", "service", "store", "physical",
     "aftersales", "首保|首次保养|30天检查|首检|first service|30-day check|first check-up|first maintenance"),
    ("tp_battery_replace", "电池更换", "Battery replacement", "service", "store", "physical", "aftersales",
     "换电池|电池更换|电池坏了|电池衰减|battery replacement|new battery|battery swap-out|replace battery"),
    ("tp_repair_in", "送修", "Repair drop-off", "service", "store", "physical", "aftersales",
     "维修|送修|报修|修车|repair|repair drop-off|bike repair|fix"),
    ("tp_repair_out", "维修完成取车", "Repair pick-up", "service", "store", "physical", "aftersales",
     "修好取车|维修完成|取车|repair done|repair pick-up|picked up after repair|repair completed"),
    ("tp_support", "客服热线", "Customer service call", "service", "phone", "digital", "customer_service",
     "客服|400电话|热线|投诉电话|催单|customer service|hotline|support call|call centre"),
    ("tp_tradein", "以旧换新/升级", "Trade-in / upgrade", "loyalty", "store", "physical", "retail",
     "以旧换新|置换|换新车|升级|旧车回收|trade-in|trade in|upgrade|part exchange"),
]
JOURNEYS = [
    ("testride_purchase", "试骑到付定金", "Test ride to deposit", 21,
     ["tp_testride_book", "tp_testride", "tp_quote", "tp_order", "tp_deposit"]),
    ("handover", "交车上牌", "Delivery & plate", 45, ["tp_deposit", "tp_balance", "tp_delivery", "tp_plate"]),
    ("first_service", "首保到店", "First service visit", 60, ["tp_delivery", "tp_first_service"]),
]
# city zh, city en, share, region
CITIES = [("上海", "Shanghai", 0.30, "华东"), ("杭州", "Hangzhou", 0.15, "华东"), ("深圳", "Shenzhen", 0.17, "华南"),
          ("成都", "Chengdu", 0.16, "西南"), ("南京", "Nanjing", 0.12, "华东"), ("西安", "Xi'an", 0.10, "西北")]
# store en, store zh, city zh, share in city, sales reps (name, skill)
STORES = [
    ("Shanghai Xuhui", "上海徐汇店", "上海", 0.55, [("王磊", 1.0), ("陈静", 0.95), ("刘洋", 1.05)]),
    ("Shanghai Pudong", "上海浦东店", "上海", 0.45, [("张伟", 0.6), ("周敏", 0.68)]),
    ("Hangzhou Xihu", "杭州西湖店", "杭州", 0.55, [("林晓", 1.55), ("吴昊", 0.95)]),
    ("Hangzhou Binjiang", "杭州滨江店", "杭州", 0.45, [("郑凯", 1.0), ("孙丽", 0.9)]),
    ("Shenzhen Nanshan", "深圳南山店", "深圳", 0.5, [("黄涛", 1.0), ("何静怡", 0.95)]),
    ("Shenzhen Longgang", "深圳龙岗店", "深圳", 0.5, [("马超", 1.05), ("罗佳", 0.9)]),
    ("Chengdu Gaoxin", "成都高新店", "成都", 0.55, [("杨帆", 1.0), ("唐欣", 0.95)]),
    ("Chengdu Jinjiang", "成都锦江店", "成都", 0.45, [("邓磊", 1.0), ("谢婷", 1.0)]),
    ("Nanjing Gulou", "南京鼓楼店", "南京", 0.5, [("徐峰", 0.95), ("朱琳", 1.05)]),
    ("Nanjing Jiangning", "南京江宁店", "南京", 0.5, [("高原", 0.85), ("韩雪", 1.0)]),
    ("Xi'an Yanta", "西安雁塔店", "西安", 0.55, [("曹阳", 1.0), ("冯娟", 0.95)]),
    ("Xi'an Weiyang", "西安未央店", "西安", 0.45, [("彭亮", 0.95), ("董梅", 1.0)]),
]
NEW_REP = ("赵一鸣", "Shenzhen Nanshan", datetime(2026, 6, 1), 2.4)   # joined June 2026: few quotes, looks great
ONLINE = ("Online shop", "线上商城")
SLOW_STORE = "Chengdu Gaoxin"
SLOW_REPAIR = "Xi'an Weiyang"            # one technician: repairs take ~3.5x longer
RIDERS = [("commuter", "通勤族", 0.55), ("delivery_rider", "外卖骑手", 0.25), ("leisure", "休闲骑行", 0.20)]
CHANNELS = [("ads", "广告", 0.32), ("walk_by", "门店路过", 0.25), ("referral", "朋友推荐", 0.23),
            ("online_shop", "线上商城", 0.20)]
AGES = {"commuter": [0.12, 0.45, 0.28, 0.11, 0.04], "delivery_rider": [0.22, 0.43, 0.25, 0.09, 0.01],
        "leisure": [0.06, 0.16, 0.22, 0.26, 0.30]}
AGE_BANDS = ["18-24", "25-34", "35-44", "45-54", "55+"]
MODELS = {"city": ("城市通勤款", 3999.0, "GreenRide C1 city e-bike", "绿驰C1城市通勤款"),
          "cargo": ("载货款", 5299.0, "GreenRide K3 cargo e-bike", "绿驰K3载货款"),
          "folding": ("折叠款", 3499.0, "GreenRide F2 folding e-bike", "绿驰F2折叠款")}
MODEL_PICK = {"commuter": [0.62, 0.10, 0.28], "delivery_rider": [0.25, 0.75, 0.0], "leisure": [0.48, 0.07, 0.45]}
BATTERIES = {"48V15Ah": (0.0, 0.0), "48V24Ah": (900.0, 600.0), "48V32Ah": (1600.0, 1200.0)}  # upgrade, promo price
BATTERY_FEE = {"48V15Ah": 1290.0, "48V24Ah": 1690.0, "48V32Ah": 2090.0}
ACQ_BOOK = {"ads": 0.55, "walk_by": 0.80, "referral": 0.86, "online_shop": 0.45}
ACQ_ORDER = {"ads": 0.36, "walk_by": 0.50, "referral": 0.70, "online_shop": 0.48}
REPAIRS = [("brake", "刹车", 0.3), ("tyre", "轮胎", 0.25), ("motor", "电机", 0.12), ("controller", "控制器", 0.1),
           ("light", "车灯", 0.13), ("chain", "链条", 0.1)]
MONTH_W = {1: 0.75, 2: 0.55, 3: 1.05, 4: 1.25, 5: 1.6, 6: 1.15, 7: 0.95, 8: 0.9, 9: 1.2, 10: 1.0, 11: 0.85, 12: 0.7}

TEXT = {
    "range_short": (
        ["说好的续航{km}公里，实际跑{real}公里就没电了，虚标太严重", "电池续航比宣传的差太多，跑外卖一天要充两次电",
         "买的时候说能跑{km}公里，冬天连一半都到不了", "续航根本达不到标称，才用半年电池就衰减得厉害",
         "{model}带货一重续航就掉得飞快，宣传的数字不靠谱", "电池不耐用，续航缩水，已经换过一次电池了",
         "续航虚标，销售说的和实际差得远", "满电骑到公司再骑回来就只剩一格电了，和宣传的不一样"],
        ["Range is nowhere near the {km} km you advertise, I get about {real} km",
         "Battery range is much lower than promised, I charge twice a day for deliveries",
         "The battery lost range after a few months, had to replace it already",
         "Advertised range is misleading, with a load on the cargo bike it drops fast"]),
    "delivery_slow": (
        ["交了定金等了快三个星期才提到车，一直说在调货", "交车太慢了，催了好几次客服都说再等等", "{store}说一周到货，结果等了二十多天",
         "定金交了半个月还没车，通勤只能先打车", "到货时间一拖再拖，体验很差", "等车等得太久了，差点想退定金"],
        ["Paid the deposit and waited almost three weeks for the bike", "Delivery took forever, nobody could tell me when",
         "Was promised a week, got the bike after 20+ days", "Very slow delivery from the {store_en} store"]),
    "staff_helpful": (
        ["{rep}很耐心，陪我试骑了好几款，讲得很清楚", "店员很热情专业，帮我选了合适的电池", "{store}的销售服务很好，没有硬推销",
         "试骑的时候店员讲解很细致，点赞", "销售顾问{rep}态度特别好，推荐得很到位", "门店小哥很专业，帮我调好了座高"],
        ["{rep} was very patient and helped me pick the right battery", "Store staff were friendly and knowledgeable",
         "Great service at {store_en}, no hard sell", "The sales guy explained everything clearly during the test ride"]),
    "repair_wait": (
        ["送修等了一个星期才修好，这期间上班很不方便", "修个{part}要等五六天，配件老是缺货", "{store}维修太慢了，只有一个师傅",
         "维修周期太长了，说好两天结果拖了一周", "送修后一直没消息，打电话才知道还在排队"],
        ["Repair took a whole week, the store only has one mechanic", "Waited six days to get a {part_en} fixed",
         "Repair turnaround is way too long"]),
    "plate_confusing": (
        ["上牌流程太复杂了，要准备的材料说不清楚", "上牌要预约还要跑两趟，门店也说不明白新规", "上牌到底要哪些资料？问了三个人三个说法",
         "新规之后上牌等了快两周，流程完全看不懂", "协助上牌说得好听，结果还是要自己跑车管所", "上牌进度查不到，不知道卡在哪一步"],
        ["The plate registration process is confusing, nobody told me which documents I need",
         "Plate registration under the new rules took two weeks and two trips",
         "Still don't understand how the licence plate appointment works"]),
    "testride_good": (
        ["试骑体验很好，车子轻便好骑", "预约试骑很方便，到店直接就骑上了", "试骑路线安排得不错，能感受到助力很顺",
         "试了{model}，爬坡很有劲"],
        ["Test ride was easy to book and the bike felt great", "Loved the test ride, smooth and quiet",
         "Booking a test ride took a minute, very convenient"]),
    "price_unclear": (
        ["报价不透明，电池升级和配件都是后来才加上去的", "报价单看不懂，各种费用加起来比广告价贵不少", "问价的时候说一个数，下单又多了服务费"],
        ["The quote had hidden extras for the battery and accessories", "Final price was much higher than the advertised one"]),
    "service_ok": (
        ["首保很快，半小时就检查完了", "30天检查挺细致的，还帮我紧了刹车", "保养服务不错，师傅很专业", "修得挺快，当天就取车了"],
        ["The 30-day check was quick and thorough", "Service visit was fast, bike runs like new",
         "Repair was done the same day, thanks"]),
    "neutral": (["还行吧，中规中矩", "一般，没什么特别的", "车还可以，价格偏贵一点", "整体正常"],
                ["It's ok", "Average experience", "Fine, nothing special"]),
}
TOPIC_TP = {"range_short": "tp_battery_replace", "delivery_slow": "tp_delivery", "staff_helpful": "tp_testride",
            "repair_wait": "tp_repair_in", "plate_confusing": "tp_plate", "testride_good": "tp_testride",
            "price_unclear": "tp_quote", "service_ok": "tp_first_service", "neutral": "tp_delivery"}
NEG = {"range_short", "delivery_slow", "repair_wait", "plate_confusing", "price_unclear"}
POS = {"staff_helpful", "testride_good", "service_ok"}


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.events, self.orders, self.feedback, self.truth, self.customers = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = 0
        self.city_en = {c[0]: c[1] for c in CITIES}
        self.stores_by_city = {}
        for s in STORES:
            self.stores_by_city.setdefault(s[2], []).append(s)

    # ---- helpers
    def pick(self, items, weights):
        w = np.asarray(weights, float)
        return items[int(self.rng.choice(len(items), p=w / w.sum()))]

    def logn(self, median, sigma):
        return float(median * np.exp(self.rng.normal(0, sigma)))

    def shop_hours(self, t, lo=10, hi=20):
        """move t to a time inside opening hours of its day."""
        day = datetime(t.year, t.month, t.day)
        return day + D(hours=float(self.rng.uniform(lo, hi)))

    def ev(self, c, t, tp, action, channel="store", device="", **kw):
        if t > END:
            return None
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:06d}", customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, action=action,
                   device=device, channel=channel, city=self.city_en[c["city"]], 城市=c["city"],
                   store=c["store"][0], 门店=c["store"][1], sales_rep=c.get("rep") or "")
        row.update(kw)
        self.events.append(row)
        return row

    def order(self, c, t, kind, item, item_zh, amount, status, **kw):
        self.n_ord += 1
        row = dict(order_id=f"GR{self.n_ord:06d}", customer_id=c["id"], ts=fmt(t), amount=f"{amount:.2f}",
                   status=status, channel="online" if c["store"][0] == ONLINE[0] else "store",
                   device=c["device"] if c["store"][0] == ONLINE[0] else "", order_type=kind, item=item, 商品=item_zh,
                   city=self.city_en[c["city"]], 城市=c["city"], store=c["store"][0], 门店=c["store"][1],
                   sales_rep=c.get("rep") or "", payment_method=c["pay"], refunded_at="")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topic, channel, tp=None, rating=None, nps=None, no_ts=False, **fill):
        if t is not None and t > END:
            return
        rng = self.rng
        self.n_fb += 1
        lang = c["lang"] if c else ("en" if rng.random() < 0.15 else "zh")
        zh, en = TEXT[topic]
        pool = en if lang == "en" else zh
        km = {"city": 80, "cargo": 100, "folding": 60}.get(c.get("model") if c else None, 80)
        vals = dict(km=km, real=int(km * float(rng.uniform(0.45, 0.65))),
                    model=MODELS[c["model"]][0] if c and c.get("model") else "这车",
                    store=c["store"][1] if c else "门店", store_en=c["store"][0] if c else "the",
                    rep=(c.get("rep") or "店员") if c else "店员", part="刹车", part_en="brake")
        vals.update(fill)
        text = pool[int(rng.integers(len(pool)))].format(**vals)
        if topic in NEG:
            sent = "negative"
            r = int(rng.choice([1, 2, 3], p=[0.45, 0.43, 0.12]))
            n = int(rng.choice(range(0, 7), p=[0.12, 0.1, 0.14, 0.18, 0.2, 0.14, 0.12]))
        elif topic in POS:
            sent = "positive"
            r = int(rng.choice([4, 5], p=[0.35, 0.65]))
            n = int(rng.choice([8, 9, 10], p=[0.2, 0.4, 0.4]))
        else:
            sent = "neutral"
            r = int(rng.choice([3, 4], p=[0.7, 0.3]))
            n = int(rng.choice([6, 7, 8], p=[0.3, 0.45, 0.25]))
        if rating == "auto" and channel != "ticket":       # tickets carry no star rating
            rating = r
        elif rating == "auto":
            rating = None
        if nps == "auto":
            nps = n
        fid = f"FB{self.n_fb:05d}"
        st = c["store"] if c else ("", "")
        self.feedback.append(dict(
            feedback_id=fid, text=text, ts="" if (t is None or no_ts) else fmt(t), customer_id=c["id"] if c else "",
            touchpoint_id=tp or TOPIC_TP[topic], channel=channel, rating="" if rating is None else rating,
            nps="" if nps is None else nps, store=st[0], 门店=st[1],
            city=self.city_en[c["city"]] if c else "", 城市=c["city"] if c else ""))
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent, language=lang))

    # ---- one customer's life
    def customer(self, i, signup):
        rng = self.rng
        cz, ce, _, region = self.pick(CITIES, [x[2] for x in CITIES])
        rt, rt_zh, _ = self.pick(RIDERS, [r[2] * (1.5 if (r[0] == "delivery_rider" and cz in ("深圳", "成都")) else 1)
                                          for r in RIDERS])
        acq, acq_zh, _ = self.pick(CHANNELS, [x[2] for x in CHANNELS])
        st = self.pick(self.stores_by_city[cz], [s[3] for s in self.stores_by_city[cz]])
        c = dict(id=f"C{i:05d}", city=cz, region=region, rider=rt, rider_zh=rt_zh, acq=acq, acq_zh=acq_zh,
                 age=self.pick(AGE_BANDS, AGES[rt]), signup=signup, store=(st[0], st[1]), home=(st[0], st[1]),
                 rep=None,
                 device=self.pick(["ios", "android"], [0.45, 0.55]) if cz in ("上海", "深圳", "杭州")
                 else self.pick(["ios", "android"], [0.3, 0.7]),
                 pay=self.pick(["wechat_pay", "alipay", "card", "installment"], [0.5, 0.3, 0.08, 0.12]),
                 lang="en" if rng.random() < (0.16 if cz in ("上海", "深圳") else 0.05) else "zh",
                 seg="prospect", tier="", model=None, battery=None)
        self.customers.append(c)
        t = signup
        first_tp = {"ads": "tp_ad", "walk_by": "tp_walkin", "referral": "tp_referral", "online_shop": "tp_shop_visit"}
        ch = {"ads": "ads", "walk_by": "store", "referral": "social", "online_shop": "web"}[acq]
        dev = {"ads": c["device"], "walk_by": "", "referral": c["device"], "online_shop": "pc" if rng.random() < .4
               else c["device"]}[acq]
        if acq == "walk_by":
            t = self.shop_hours(t)
            c["signup"] = t
        if acq == "online_shop":
            c["store"] = c["home"] = ONLINE
        self.ev(c, t, first_tp[acq], "view" if acq != "walk_by" else "visit", channel=ch, device=dev)
        online_direct = acq == "online_shop" and rng.random() < 0.24
        if online_direct:
            t_order = t + D(hours=self.logn(20, 1.0))
            self.buy(c, t_order, online=True)
            return
        if rng.random() > ACQ_BOOK[acq]:
            return
        c["store"] = c["home"] = (st[0], st[1])          # test rides happen in a store of the city
        # ---- test ride booking (re-booked once after a no-show sometimes)
        tb = t + D(hours=self.logn(30, 1.0)) if acq != "walk_by" else t + D(minutes=float(rng.uniform(5, 40)))
        for attempt in range(2):
            bch = self.pick(["mini_program", "app", "phone", "store"], [0.48, 0.22, 0.18, 0.12] if acq != "walk_by"
                            else [0.15, 0.05, 0.05, 0.75])
            bdev = c["device"] if bch in ("mini_program", "app") else ""
            self.ev(c, tb, "tp_testride_book", "submit", channel=bch, device=bdev)
            ride = self.shop_hours(tb + D(days=float(rng.choice([0, 1, 2, 3, 4, 5, 6, 7],
                                                               p=[.12, .2, .2, .15, .12, .1, .06, .05]))))
            if ride <= tb:
                ride = tb + D(hours=1)
            show = 0.80 if bch != "store" else 0.97
            if rng.random() < show:
                break
            if attempt == 1 or rng.random() > 0.3:
                return
            tb = ride + D(days=float(rng.uniform(2, 10)))
        reps = [r for r in st[4]] + ([(NEW_REP[0], NEW_REP[3])] if st[0] == NEW_REP[1] and ride >= NEW_REP[2] else [])
        if st[0] == NEW_REP[1] and ride >= NEW_REP[2]:
            rep = reps[-1] if rng.random() < 0.3 else reps[int(rng.integers(len(reps) - 1))]
        else:
            rep = reps[int(rng.integers(len(reps)))]
        c["rep"] = rep[0]
        self.ev(c, ride, "tp_testride", "ride")
        c["model"] = self.pick(list(MODELS), MODEL_PICK[rt])
        if rng.random() < 0.07:
            self.fb(c, ride + D(hours=3), "staff_helpful" if rng.random() < 0.55 else "testride_good",
                    "survey", rating="auto")
        if rng.random() > 0.78:
            return
        tq = ride + D(minutes=float(rng.uniform(10, 50))) if rng.random() < 0.72 else \
            self.shop_hours(ride + D(days=float(rng.integers(1, 5))))
        self.ev(c, tq, "tp_quote", "request", model=c["model"], 车型=MODELS[c["model"]][0])
        p = ACQ_ORDER[acq] * rep[1] + (0.08 if rt == "delivery_rider" else 0.0)
        if rng.random() > min(p, 0.95):
            if rng.random() < 0.05:
                self.fb(c, tq + D(days=1), "price_unclear", "survey", rating="auto")
            return
        to = tq + D(minutes=float(rng.uniform(5, 40))) if rng.random() < 0.5 else \
            self.shop_hours(tq + D(days=float(rng.integers(1, 9))))
        self.buy(c, to, online=False)

    def buy(self, c, to, online):
        rng = self.rng
        if to > END:
            return
        rt = c["rider"]
        if c["model"] is None:
            c["model"] = self.pick(list(MODELS), [0.42, 0.08, 0.5])
        model = c["model"]
        promo = PROMO[0] <= to < PROMO[1]
        p_up = (0.45 if rt == "delivery_rider" else 0.24) + (0.30 if promo else 0.0)
        bat = "48V15Ah" if rng.random() > p_up else ("48V24Ah" if rng.random() < 0.65 else "48V32Ah")
        c["battery"] = bat
        mz, price, item, item_zh = MODELS[model]
        price -= 200.0 if rng.random() < 0.2 else 0.0
        delivery = "home_delivery" if (online or rng.random() < 0.42) else "store_pickup"
        self.ev(c, to, "tp_order", "submit", channel="web" if online else "store",
                device=c["device"] if online else "", model=model, 车型=mz, battery=bat)
        lines = []
        common = dict(model=model, 车型=mz, battery=bat)
        bike = self.order(c, to, "bike", item, item_zh, price, "paid", delivery_method=delivery, deposit_amount="500",
                          **common)
        lines.append(bike)
        if bat != "48V15Ah":
            up = BATTERIES[bat][1 if promo else 0]
            lines.append(self.order(c, to, "battery_upgrade", f"battery upgrade {bat}", f"电池升级{bat}", up, "paid",
                                    **common))
        if rng.random() < 0.46:
            lines.append(self.order(c, to, "accessory", "helmet", "头盔", 199.0, "paid", **common))
        if rng.random() < 0.33:
            lines.append(self.order(c, to, "accessory", "lock", "车锁", 149.0, "paid", **common))
        care = rng.random() < 0.25
        if care:
            lines.append(self.order(c, to, "care_plan", "GreenCare+ 2-year plan", "绿驰无忧两年服务包", 299.0, "paid",
                                    **common))
        # deposit
        if rng.random() > 0.93:
            for o in lines:
                o["status"] = "cancelled"
            return
        td = to + D(minutes=float(rng.uniform(2, 30))) if rng.random() < 0.82 else \
            to + D(days=float(rng.uniform(1, 3)))
        if td > END:
            for o in lines:
                o["status"] = "pending"
            return
        self.ev(c, td, "tp_deposit", "pay", channel="web" if online else "store",
                device=c["device"] if online else "", deposit_amount="500", order_id=bike["order_id"])
        # wait for stock, then balance
        wait = self.logn(4.0, 0.5) + (3.0 if model == "cargo" else 0.0)
        if c["store"][0] == SLOW_STORE and td >= SLOW_FROM:
            wait += self.logn(10.0, 0.35)
        elif c["store"][0] == SLOW_STORE:
            wait += self.logn(1.5, 0.5)
        tbal = td + D(days=wait)
        tbal = self.shop_hours(tbal) if not online else tbal
        if wait > 12 and rng.random() < 0.55:
            self.ev(c, td + D(days=float(rng.uniform(7, wait))), "tp_support", "call", channel="phone",
                    call_reason="delivery_chase")
        if rng.random() > (0.94 if wait < 12 else 0.85) or tbal > END:
            if tbal <= END:
                ref = tbal + D(days=float(rng.uniform(0.5, 3)))
                for o in lines:
                    o["status"] = "refunded"
                    o["refunded_at"] = fmt(min(ref, END))
                c["seg"] = "cancelled"
                if wait > 12 and rng.random() < 0.5:
                    self.fb(c, ref, "delivery_slow", "ticket")
            else:
                for o in lines:
                    o["status"] = "pending"      # deposit paid, balance not yet due at the end of the data
            return
        self.ev(c, tbal, "tp_balance", "pay", channel="web" if online else "store", device=c["device"] if online
                else "", order_id=bike["order_id"])
        tdel = tbal + (D(days=float(rng.uniform(1, 3))) if delivery == "home_delivery" else D(hours=float(
            rng.uniform(0.3, 20))))
        if delivery == "store_pickup":
            tdel = self.shop_hours(tdel) if tdel.date() != tbal.date() else tdel
        if tdel > END:
            return
        self.ev(c, tdel, "tp_delivery", "deliver" if delivery == "home_delivery" else "pickup",
                delivery_method=delivery, model=model, 车型=mz, battery=bat, order_id=bike["order_id"])
        c["seg"] = "owner"
        c["tier"] = "care_plus" if care else "standard"
        # post-delivery survey
        waited = (tdel - td).days
        if rng.random() < 0.38:
            if waited > 12 and rng.random() < 0.75:
                topic = "delivery_slow"
            else:
                topic = self.pick(["staff_helpful", "testride_good", "neutral", "price_unclear", "delivery_slow"],
                                  [0.45, 0.17, 0.26, 0.06, 0.06])
            self.fb(c, tdel + D(days=float(rng.uniform(1, 4))), topic, "post_delivery_survey", rating="auto",
                    nps="auto", tp="tp_delivery" if topic in ("delivery_slow", "neutral") else None)
        # dianping-style store review, some imported without a date
        if rng.random() < 0.09:
            topic = "delivery_slow" if waited > 12 else self.pick(["staff_helpful", "neutral", "testride_good"],
                                                                   [0.6, 0.25, 0.15])
            self.fb(c, tdel + D(days=float(rng.uniform(2, 30))), topic, "store_review", rating="auto",
                    no_ts=rng.random() < 0.35)
        self.after(c, tdel)

    def after(self, c, tdel):
        rng = self.rng
        rt, model, bat = c["rider"], c["model"], c["battery"]
        if c["store"][0] == ONLINE[0]:           # online buyers are served by their city's first store
            st = self.stores_by_city[c["city"]][0]
            c["store"] = (st[0], st[1])
        # plate registration assisted by the store
        if rng.random() < 0.86:
            sh_new = c["city"] == "上海" and tdel >= PLATE_RULE
            lag = self.logn(11.0, 0.35) if sh_new else self.logn(3.0, 0.5)
            tp = self.shop_hours(tdel + D(days=lag))
            self.ev(c, tp, "tp_plate", "register", plate_status="issued")
            if tp <= END and rng.random() < (0.42 if sh_new else 0.06):
                self.fb(c, tp + D(days=float(rng.uniform(0, 3))), "plate_confusing",
                        self.pick(["post_plate_survey", "ticket"], [0.6, 0.4]), rating="auto")
                if rng.random() < 0.5:
                    self.ev(c, tp - D(days=float(rng.uniform(1, 5))), "tp_support", "call", channel="phone",
                            call_reason="plate_question")
        # first service (30-day check)
        if rng.random() < (0.78 if rt != "delivery_rider" else 0.62):
            t1 = self.shop_hours(tdel + D(days=float(rng.uniform(26, 42))))
            if self.ev(c, t1, "tp_first_service", "check"):
                if rng.random() < 0.12:
                    self.fb(c, t1 + D(hours=4), "service_ok" if model != "cargo" or rng.random() < 0.5
                            else "range_short", "service_survey", rating="auto", tp="tp_first_service")
        # owner survey about three months in
        t3 = tdel + D(days=float(rng.uniform(80, 100)))
        if rng.random() < 0.3 and t3 <= END:
            p_rng = 0.55 if model == "cargo" else 0.12
            topic = self.pick(["range_short", "staff_helpful", "service_ok", "neutral"],
                              [p_rng, (1 - p_rng) * 0.3, (1 - p_rng) * 0.3, (1 - p_rng) * 0.4])
            self.fb(c, t3, topic, "owner_survey", rating="auto", nps="auto",
                    tp=None if topic != "neutral" else "tp_first_service", no_ts=rng.random() < 0.06)
        # battery replacements and repairs over the ownership
        lam_bat = {"cargo": 0.04, "city": 0.008, "folding": 0.007}[model] * (1.6 if rt == "delivery_rider" else 1.0)
        lam_rep = {"delivery_rider": 0.12, "commuter": 0.045, "leisure": 0.03}[rt] * (1.3 if model == "cargo" else 1)
        t = tdel
        while True:
            t = t + D(days=float(rng.exponential(30.4 / lam_bat)))
            if t > END:
                break
            t = self.shop_hours(t)
            warranty = (t - tdel).days <= 365
            self.ev(c, t, "tp_battery_replace", "replace", model=model, 车型=MODELS[model][0], battery=bat,
                    warranty="yes" if warranty else "no")
            if not warranty and t <= END:
                self.order(c, t, "service", "battery replacement", "更换电池", BATTERY_FEE[bat], "paid",
                           model=model, 车型=MODELS[model][0], battery=bat)
            if rng.random() < (0.5 if model == "cargo" else 0.3):
                self.fb(c, t + D(hours=float(rng.uniform(2, 48))), "range_short",
                        self.pick(["service_survey", "ticket", "app_review"], [0.5, 0.3, 0.2]), rating="auto")
        t = tdel
        while True:
            t = t + D(days=float(rng.exponential(30.4 / lam_rep)))
            if t > END:
                break
            t = self.shop_hours(t)
            part, part_zh, _ = self.pick(REPAIRS, [r[2] for r in REPAIRS])
            self.ev(c, t, "tp_repair_in", "drop_off", repair_type=part, model=model, 车型=MODELS[model][0])
            turn = self.logn(1.4, 0.6) * (3.8 if c["store"][0] == SLOW_REPAIR else 1.0)
            tout = self.shop_hours(t + D(days=turn)) if turn >= 0.5 else t + D(hours=turn * 24)
            if tout <= t:
                tout = t + D(hours=2)
            if self.ev(c, tout, "tp_repair_out", "pick_up", repair_type=part, model=model, 车型=MODELS[model][0]):
                fee = float(rng.choice([60, 80, 120, 180, 260, 380, 450]))
                if (tout - tdel).days > 180 or rng.random() < 0.4:
                    self.order(c, tout, "service", f"repair: {part}", f"维修：{part_zh}", fee, "paid", model=model,
                               车型=MODELS[model][0], battery=bat)
                days = (tout - t).total_seconds() / 86400
                if rng.random() < (0.42 if days <= 3 else 0.7):
                    if days > 3 and rng.random() < 0.85:
                        self.fb(c, tout + D(hours=5), "repair_wait", "service_survey", rating="auto",
                                part=part_zh, part_en=part)
                    else:
                        self.fb(c, tout + D(hours=5), "service_ok", "service_survey", rating="auto",
                                tp="tp_repair_out")
            t = tout
        # trade-in / upgrade after 9+ months
        t = tdel + D(days=270)
        while t < END:
            if rng.random() < (0.03 if rt == "delivery_rider" else 0.015):
                t = self.shop_hours(t)
                new = "cargo" if rt == "delivery_rider" else self.pick(list(MODELS), [0.5, 0.15, 0.35])
                credit = float(rng.choice([600, 800, 1000, 1200, 1500]))
                self.ev(c, t, "tp_tradein", "trade_in", model=new, 车型=MODELS[new][0], trade_in_credit=f"{credit:.0f}")
                self.order(c, t, "trade_in", MODELS[new][2], MODELS[new][3], MODELS[new][1] - credit, "paid",
                           model=new, 车型=MODELS[new][0], battery="48V24Ah", trade_in_credit=f"{credit:.0f}",
                           delivery_method="store_pickup")
                c["seg"] = "upgraded"
                break
            t += D(days=30)


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen(rng)
    days = (END.date() - START.date()).days + 1
    w = np.array([MONTH_W[(START + D(days=k)).month] * (1 + 0.3 * k / days) *
                  (1.35 if (START + D(days=k)).weekday() >= 5 else 1.0) for k in range(days)])
    for sf in (datetime(2025, 1, 29), datetime(2026, 2, 17)):          # Spring Festival weeks
        k = (sf - START).days
        w[max(0, k - 5):k + 7] *= 0.3
    sign = np.sort(rng.choice(days, N, p=w / w.sum()))
    for i in range(N):
        t = START + D(days=int(sign[i]), seconds=int(rng.integers(8 * 3600, 23 * 3600)))
        g.customer(i + 1, t)
    # app reviews of the booking mini-program, not tied to a customer
    for _ in range(60):
        t = START + D(days=float(rng.uniform(0, days - 1)))
        topic = g.pick(["testride_good", "neutral", "price_unclear"], [0.55, 0.3, 0.15])
        g.fb(None, t, topic, "app_review", tp="tp_testride_book" if topic != "price_unclear" else "tp_quote",
             rating="auto", no_ts=rng.random() < 0.2)
    # a few exact duplicate event rows (re-sent by the POS), loaded once per DATA.md
    dup = rng.choice(len(g.events), 40, replace=False)
    g.events.extend(dict(g.events[int(k)]) for k in dup)
    g.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    g.orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    write(out, g)


def write(out: Path, g: Gen) -> None:
    def dump(name, rows, cols):
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            wr = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            wr.writeheader()
            for r in rows:
                wr.writerow(r)

    dump("touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                                  kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
         ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    dump("journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                               step=k + 1, touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS
                          for k, tp in enumerate(j[4])],
         ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    dump("customers.csv", [dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment=c["seg"], region=c["region"],
                                acquisition_channel=c["acq"], 获客渠道=c["acq_zh"], tier=c["tier"],
                                city=g.city_en[c["city"]], 城市=c["city"], rider_type=c["rider"],
                                骑行类型=c["rider_zh"], age_band=c["age"], home_store=c["home"][0], 门店=c["home"][1],
                                sales_rep=c["rep"] or "", language=c["lang"]) for c in g.customers],
         ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "获客渠道", "tier", "city", "城市",
          "rider_type", "骑行类型", "age_band", "home_store", "门店", "sales_rep", "language"])
    dump("events.csv", g.events, ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel",
                                  "city", "城市", "store", "门店", "sales_rep", "model", "车型", "battery",
                                  "delivery_method", "deposit_amount", "order_id", "repair_type", "warranty",
                                  "plate_status", "call_reason", "trade_in_credit"])
    dump("orders.csv", g.orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type",
                                  "item", "商品", "model", "车型", "battery", "city", "城市", "store", "门店",
                                  "sales_rep", "delivery_method", "deposit_amount", "trade_in_credit",
                                  "payment_method", "refunded_at"])
    dump("feedback.csv", g.feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                      "nps", "store", "门店", "city", "城市"])
    dump("_truth/feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment", "language"])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
