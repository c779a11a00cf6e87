"""眠趣 SleepWell: direct-to-consumer mattresses and pillows, online (Tmall, own site, mini-program) and 8 showrooms,
100-night trial. Data 2025-01-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (the generator's topic, sentiment and language per comment; not a
DATA.md table). Deterministic (fixed seed), plain Python + numpy, about two seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260630
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 5600
D = timedelta
SLOW_DELIVERY = ("Wuhan", datetime(2025, 9, 1))     # Wuhan switches to a new delivery partner: late crews
SLOW_PICKUP = datetime(2025, 12, 1)                  # new reverse-logistics vendor: return pickups slow everywhere
XIAN_OPEN = datetime(2026, 4, 1)                     # the 8th showroom opens late: tiny group
PAY_BUG = (datetime(2026, 3, 2), datetime(2026, 4, 13))  # Android cashier (mini-program / own site) payment bug

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad", "看到广告", "Saw an ad", "awareness", "ads", "digital", "growth",
     "广告|信息流|抖音广告|朋友圈广告|投放|ad|ads|advert|paid social"),
    ("tp_kol", "KOL测评种草", "KOL review", "awareness", "social", "digital", "brand",
     "KOL|达人|博主测评|种草|小红书笔记|B站测评|influencer|KOL review|review video"),
    ("tp_quiz", "睡眠测试", "Sleep quiz", "consideration", "mini_program", "digital", "growth",
     "睡眠测评|睡眠测试|选床垫测试|问卷|quiz|sleep quiz|mattress quiz|sleep test"),
    ("tp_pdp", "浏览商品详情页", "Product page visit", "consideration", "web", "digital", "ecommerce",
     "详情页|商品页|产品页|PDP|product page|product detail page|item page"),
    ("tp_nap", "门店试睡预约", "Showroom trial nap booked", "consideration", "store", "physical", "retail",
     "试睡|门店试睡|预约试睡|体验店|showroom|trial nap|nap booking|showroom visit"),
    ("tp_order", "下单", "Order placed", "purchase", "web", "digital", "ecommerce",
     "下单|订单|购买|拍下|order|purchase|checkout|order placed"),
    ("tp_payment", "付款", "Payment", "purchase", "web", "digital", "finance",
     "付款|支付|分期|花呗|全款|payment|paid|instalment|installment"),
    ("tp_delivery_sched", "预约送货", "Delivery scheduled", "purchase", "phone", "digital", "logistics",
     "约送货|预约配送|排期|送货时间|delivery booking|delivery scheduled|schedule delivery"),
    ("tp_delivered", "送货上门（含旧床垫回收）", "Delivered (and old mattress removed)", "service", "store",
     "physical", "logistics",
     "送货|送到|配送|上门安装|旧床垫回收|delivery|delivered|installation|old mattress removal"),
    ("tp_checkin", "30晚回访", "30-night check-in", "service", "mini_program", "digital", "customer_care",
     "回访|30天回访|睡后回访|check-in|30-night check-in|follow-up message"),
    ("tp_return_req", "申请百晚试睡退货", "Trial return requested", "service", "mini_program", "digital",
     "customer_care", "退货|申请退货|百晚试睡|100晚|试睡退货|return|trial return|return request|100-night trial"),
    ("tp_return_pickup", "退货上门取件", "Return pickup", "service", "store", "physical", "logistics",
     "取件|上门取件|回收床垫|退货取件|return pickup|pickup|collection"),
    ("tp_refund", "退款到账", "Refund", "service", "web", "digital", "finance",
     "退款|退钱|到账|refund|refunded|money back"),
    ("tp_repurchase", "复购配件（枕头/床垫软垫）", "Accessory re-purchase (pillows, toppers)", "loyalty", "web",
     "digital", "ecommerce", "复购|回购|加购枕头|买枕头|买软垫|repurchase|repeat purchase|pillow|topper"),
    ("tp_support", "客服咨询", "Customer service contact", "service", "phone", "digital", "customer_care",
     "客服|在线客服|投诉|催单|customer service|support|hotline|complaint"),
]
JOURNEYS = [
    ("quiz_to_pay", "测试到付款", "Quiz to payment", 14, ["tp_quiz", "tp_pdp", "tp_order", "tp_payment"]),
    ("pay_to_delivery", "付款到送达", "Payment to delivery", 30, ["tp_payment", "tp_delivery_sched", "tp_delivered"]),
    ("trial_return", "百晚试睡退货", "Trial return", 30, ["tp_return_req", "tp_return_pickup", "tp_refund"]),
]
# city zh, en, tier zh, tier en, region, weight, showroom (en, zh) or None
CITIES = [
    ("上海", "Shanghai", "一线", "tier1", "华东", 0.16, ("Shanghai Jing'an", "上海静安店")),
    ("北京", "Beijing", "一线", "tier1", "华北", 0.14, ("Beijing Chaoyang", "北京朝阳店")),
    ("深圳", "Shenzhen", "一线", "tier1", "华南", 0.10, ("Shenzhen Nanshan", "深圳南山店")),
    ("杭州", "Hangzhou", "新一线", "new_tier1", "华东", 0.09, ("Hangzhou Binjiang", "杭州滨江店")),
    ("成都", "Chengdu", "新一线", "new_tier1", "西南", 0.09, ("Chengdu Gaoxin", "成都高新店")),
    ("武汉", "Wuhan", "新一线", "new_tier1", "华中", 0.08, ("Wuhan Guanggu", "武汉光谷店")),
    ("南京", "Nanjing", "新一线", "new_tier1", "华东", 0.07, ("Nanjing Xinjiekou", "南京新街口店")),
    ("西安", "Xi'an", "新一线", "new_tier1", "西北", 0.05, ("Xi'an Qujiang", "西安曲江店")),
    ("苏州", "Suzhou", "新一线", "new_tier1", "华东", 0.06, None),
    ("长沙", "Changsha", "新一线", "new_tier1", "华中", 0.05, None),
    ("合肥", "Hefei", "二线", "tier2", "华东", 0.04, None),
    ("佛山", "Foshan", "二线", "tier2", "华南", 0.04, None),
    ("昆明", "Kunming", "二线", "tier2", "西南", 0.03, None),
]
ACQ = [("ads", "信息流广告", 0.36), ("kol", "KOL种草", 0.24), ("search", "搜索", 0.18), ("referral", "朋友推荐", 0.10),
       ("walk_in", "门店进店", 0.12)]
QUIZ_P = {"ads": 0.55, "kol": 0.78, "search": 0.62, "referral": 0.70, "walk_in": 0.45}
ORDER_P = {"ads": 0.20, "kol": 0.40, "search": 0.32, "referral": 0.45, "walk_in": 0.36}
BUYERS = [("couple", "夫妻/情侣", 0.45), ("single", "单身", 0.35), ("family", "有娃家庭", 0.20)]
SIZE_P = {"couple": [0.03, 0.42, 0.55], "single": [0.35, 0.50, 0.15], "family": [0.02, 0.28, 0.70]}
SIZES = [("1.2m", "1.2米", -700.0), ("1.5m", "1.5米", 0.0), ("1.8m", "1.8米", 600.0)]
POSITIONS = [("side", "侧睡", 0.45), ("back", "仰睡", 0.30), ("stomach", "趴睡", 0.10), ("mixed", "混合睡姿", 0.15)]
AGE_BANDS = ["18-24", "25-34", "35-44", "45-54", "55+"]
AGES = {"couple": [0.10, 0.50, 0.28, 0.09, 0.03], "single": [0.30, 0.48, 0.14, 0.05, 0.03],
        "family": [0.01, 0.30, 0.46, 0.17, 0.06]}
# model, zh, firmness, 软硬度, full name en, full name zh, 1.5m price
MODELS = {"Cloud": ("云朵款", "soft", "偏软", "SleepWell Cloud mattress (soft)", "眠趣云朵款床垫（偏软）", 2999.0),
          "Balance": ("平衡款", "medium", "适中", "SleepWell Balance mattress (medium)", "眠趣平衡款床垫（适中）", 3499.0),
          "Core": ("护脊款", "firm", "偏硬", "SleepWell Core mattress (firm)", "眠趣护脊款床垫（偏硬）", 3999.0)}
MODEL_P = {"side": [0.33, 0.40, 0.27], "back": [0.15, 0.45, 0.40], "stomach": [0.12, 0.33, 0.55],
           "mixed": [0.25, 0.50, 0.25]}
PILLOWS = [("Latex pillow", "乳胶枕", 299.0), ("Memory foam pillow", "记忆棉枕", 399.0)]
TOPPER = ("Mattress topper", "床垫软垫", 699.0)
DELIVERY_FEE, REMOVAL_FEE = 99.0, 149.0
MONTH_W = {1: 0.85, 2: 0.65, 3: 1.0, 4: 1.0, 5: 1.05, 6: 1.35, 7: 0.95, 8: 0.95, 9: 1.05, 10: 1.0, 11: 1.5, 12: 1.0}
PARTNERS = ("日日顺", "快搬配送")

TEXT = {
    "too_firm": (
        ["床垫太硬了，侧睡肩膀压得疼，睡了一个月还是不习惯", "{model}比想象中硬很多，侧着睡胯骨硌得慌",
         "太硬了，每天早上起来肩膀麻，准备申请退货", "硬得像睡木板，老公说腰还行但我侧睡受不了",
         "偏硬，睡了三周还是没适应，可能不适合侧睡的人", "床垫硬度不合适，太硬，肩颈酸痛更严重了"],
        ["Way too firm for a side sleeper, my shoulder hurts every morning",
         "The {model_en} is much harder than I expected, can't get used to it",
         "Too firm. Tried for a month, going to return it"]),
    "back_pain_improved": (
        ["睡了一个月腰疼明显好多了，早上起来不僵了", "老公腰肌劳损，换了{model}之后腰背疼缓解很多",
         "护腰效果不错，以前早上起来腰酸，现在好多了", "腰椎不好，睡这个床垫后背痛减轻了，值",
         "支撑性很好，背疼改善了，推荐给爸妈也买了一张"],
        ["My lower back pain has improved a lot after a month", "Back pain is much better, great support",
         "Waking up without back stiffness for the first time in years"]),
    "delivery_late": (
        ["送货师傅迟到了三个多小时，电话也不接，请了半天假白等", "约好上午送货，下午四点才到，太耽误事了",
         "配送改了两次时间，最后还是迟到，体验很差", "送货太慢了，付款后等了快两周才送到",
         "师傅迟到还没提前说，等了一整天", "送货员迟到，旧床垫也没按约定拉走"],
        ["The delivery crew was 3 hours late and nobody called", "Delivery came much later than the booked slot",
         "Waited all day for the delivery team, they were very late"]),
    "return_pickup_slow": (
        ["申请退货后等了十多天才来取件，床垫一直堆在客厅", "退货取件太慢了，催了好几次客服",
         "百晚试睡退货说好三天内上门，结果拖了快两周", "取件一拖再拖，退款也跟着晚了，很影响心情",
         "退货流程其实简单，就是上门取件太慢"],
        ["Return pickup took almost two weeks, the mattress was in our hallway the whole time",
         "Very slow to collect the return, had to chase customer service several times",
         "Pickup for my trial return kept getting rescheduled"]),
    "smell": (
        ["刚拆开有一股味道，开窗通风了好几天才散", "新床垫有点异味，第一周睡着不舒服", "拆封后味道挺大的，担心甲醛",
         "刚开始有股化学味，放了一周才好", "{model}开封有气味，小孩房间不敢马上用"],
        ["Strong smell when we unboxed it, took a week to air out", "There was a chemical smell at first",
         "Off-gassing smell for the first few nights"]),
    "great_value": (
        ["性价比很高，比商场里同档次的便宜一半", "价格实惠，质量不输大牌，值", "双十一入手的，性价比超高",
         "这个价位能买到这种质量很满意", "比线下品牌便宜很多，睡感不差，性价比之选"],
        ["Great value for money compared to department store brands", "Excellent quality for the price",
         "Really good value, half the price of the big brands"]),
    "comfortable": (
        ["睡感很舒服，软硬适中，一觉到天亮", "很舒服，翻身也不会吵醒对方", "包裹感好，睡得很踏实",
         "试睡一个月很满意，不打算退了", "床垫回弹好，睡得很香"],
        ["Very comfortable, sleeping through the night now", "Love it, my partner's movements don't wake me up",
         "Comfortable and supportive, keeping it"]),
    "service_good": (
        ["客服回复很快很耐心，帮我选了合适的硬度", "门店试睡体验很好，店员讲解专业", "送货师傅很专业，还帮忙把旧床垫搬走了",
         "回访很贴心，问得很细", "退货流程顺利，客服态度好"],
        ["Customer service was quick and helpful", "The showroom staff were knowledgeable and friendly",
         "Delivery crew was polite and took the old mattress away"]),
    "payment_failed": (
        ["小程序付款一直失败，提示支付异常，试了好几次", "安卓手机在小程序里付不了款，一直转圈", "付款页面卡住了，钱没付出去订单就取消了",
         "想用花呗分期，结果小程序支付报错", "支付失败三次，只能放弃了"],
        ["Payment keeps failing in the mini-program on my Android phone", "Checkout errored out, couldn't pay",
         "Tried to pay three times, the payment page just hangs"]),
    "neutral": (
        ["还行吧，跟描述的差不多", "睡了几晚，暂时没什么特别感觉", "一般般，再睡一段时间看看", "收到了，还没怎么睡",
         "和之前的床垫差别不大"],
        ["It's okay, about what I expected", "Too early to tell, will update later", "Fine, nothing special"]),
}
SENT = {"too_firm": "negative", "delivery_late": "negative", "return_pickup_slow": "negative", "smell": "negative",
        "payment_failed": "negative", "back_pain_improved": "positive", "great_value": "positive", "comfortable": "positive",
        "service_good": "positive", "neutral": "neutral"}
TOPIC_TP = {"too_firm": "tp_checkin", "back_pain_improved": "tp_checkin", "delivery_late": "tp_delivered",
            "return_pickup_slow": "tp_return_pickup", "smell": "tp_checkin", "payment_failed": "tp_payment", "great_value": "tp_order",
            "comfortable": "tp_checkin", "service_good": None, "neutral": None}


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.customers, self.events, self.orders, self.feedback, self.truth = [], [], [], [], []
        self.neid = self.noid = self.nfid = 0

    def pick(self, items, p):
        p = np.asarray(p, dtype=float)
        return items[int(self.rng.choice(len(items), p=p / p.sum()))]

    def logn(self, median, sigma):
        return float(median * np.exp(self.rng.normal(0, sigma)))

    def day_hours(self, t, lo=9, hi=21):
        """move a time outside opening hours to a random time within them, never earlier than t."""
        if t.hour >= hi:
            t = t + D(days=1)
        if t.hour < lo or t.hour >= hi:
            t = t.replace(hour=int(self.rng.integers(lo, hi)), minute=int(self.rng.integers(0, 60)))
        return t

    def ev(self, c, t, tp, action, **extra):
        if t > END:
            return False
        self.neid += 1
        row = dict(event_id=f"E{self.neid:06d}", customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, action=action,
                   city=c["city_en"], 城市=c["city_zh"])
        row.update({k: v for k, v in extra.items() if v is not None})
        self.events.append(row)
        return True

    def order(self, c, t, otype, otype_zh, item, item_zh, amount, status, **extra):
        self.noid += 1
        row = dict(order_id=f"SO{self.noid:06d}", customer_id=c["id"], ts=fmt(t), amount=f"{amount:.2f}",
                   status=status, order_type=otype, 品类=otype_zh, item=item, 商品=item_zh, city=c["city_en"],
                   城市=c["city_zh"])
        row.update({k: v for k, v in extra.items() if v is not None})
        self.orders.append(row)
        return row

    def fb(self, c, t, topic, channel, rating=False, nps=False, tp="auto", no_ts=False, model=None, lang=None):
        if t is not None and t > END:
            return
        rng = self.rng
        lang = lang or (c["lang"] if c else ("en" if rng.random() < 0.12 else "zh"))
        zh, en = TEXT[topic]
        text = str(rng.choice(en if lang == "en" else zh))
        m = model or (c.get("model") if c else None) or "Balance"
        text = text.format(model=MODELS[m][0], model_en=f"{m} mattress")
        sent = SENT[topic]
        self.nfid += 1
        fid = f"FB{self.nfid:05d}"
        row = dict(feedback_id=fid, text=text, ts="" if (no_ts or t is None) else fmt(t),
                   customer_id=c["id"] if c else "", channel=channel,
                   touchpoint_id=TOPIC_TP[topic] if tp == "auto" else (tp or ""))
        if rating:
            if sent == "negative":
                r = self.pick([1, 2, 3], [0.3, 0.45, 0.25]) if topic != "smell" else self.pick([2, 3, 4],
                                                                                               [0.3, 0.5, 0.2])
            elif sent == "positive":
                r = self.pick([4, 5], [0.3, 0.7])
            else:
                r = self.pick([3, 4], [0.6, 0.4])
            row["rating"] = str(r)
        if nps:
            lo, hi = {"negative": (0, 6), "neutral": (6, 8), "positive": (8, 10)}[sent]
            row["nps"] = str(int(rng.integers(lo, hi + 1)))
        if c:
            row.update(city=c["city_en"], 城市=c["city_zh"])
        if m and c and c.get("model"):
            row.update(model=m, 型号=MODELS[m][0])
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent, language=lang))

    # ------------------------------------------------------------------ one customer
    def customer(self, i, t0):
        rng = self.rng
        city = self.pick(CITIES, [x[5] for x in CITIES])
        acq = self.pick(ACQ, [a[2] for a in ACQ])
        showroom = city[6]
        if showroom and city[1] == "Xi'an" and t0 < XIAN_OPEN:
            showroom = None
        if acq[0] == "walk_in" and not showroom:
            acq = ACQ[0]
        if acq[0] == "walk_in" and city[1] == "Xi'an":
            acq = ACQ[2]                                # the new Xi'an showroom gets bookings, not walk-ins
        buyer = self.pick(BUYERS, [b[2] for b in BUYERS])
        pos = self.pick(POSITIONS, [p[2] for p in POSITIONS])
        lang = "en" if (city[1] in ("Shanghai", "Beijing", "Shenzhen") and rng.random() < 0.22) or \
            rng.random() < 0.03 else "zh"
        c = dict(id=f"C{i:05d}", signup=t0, city_zh=city[0], city_en=city[1], tier_zh=city[2], tier_en=city[3],
                 region=city[4], acq=acq[0], acq_zh=acq[1], buyer=buyer[0], buyer_zh=buyer[1], pos=pos[0],
                 pos_zh=pos[1], age=self.pick(AGE_BANDS, AGES[buyer[0]]), lang=lang, seg="prospect",
                 device=self.pick(["ios", "android", "pc"], [0.5, 0.4, 0.1]), showroom=None, model=None,
                 known=False)                   # sleep position is known from the quiz or the order
        self.customers.append(c)
        self.journey(c, t0, showroom)

    def journey(self, c, t0, showroom):
        rng = self.rng
        acq = c["acq"]
        dev = c["device"]
        t = t0
        if acq == "ads":
            camp = "双11" if t.month == 11 and t.day <= 11 else ("618" if t.month == 6 and t.day <= 18 else "日常投放")
            self.ev(c, t, "tp_ad", "click", channel="ads", device=dev,
                    platform=self.pick(["抖音", "微信朋友圈", "百度"], [0.5, 0.35, 0.15]), campaign=camp)
        elif acq == "kol":
            self.ev(c, t, "tp_kol", "view", channel="social", device=dev,
                    platform=self.pick(["小红书", "抖音", "B站"], [0.55, 0.3, 0.15]))
        walk = acq == "walk_in"
        nap = False
        if walk:
            nap = True
            tn = self.day_hours(t)
            self.ev(c, tn, "tp_nap", "visit", channel="store", showroom=showroom[0], 门店=showroom[1])
            c["showroom"] = showroom
            t = tn + D(minutes=20)
        # sleep quiz
        quiz = rng.random() < QUIZ_P[acq]
        rec = None
        if quiz:
            tq = t + (D(minutes=float(rng.uniform(2, 60))) if rng.random() < 0.6 else
                      D(days=float(rng.uniform(0.2, 5))))
            rec = {"side": "medium", "back": "medium", "stomach": "firm", "mixed": "medium"}[c["pos"]]
            if c["pos"] == "side" and rng.random() < 0.4:
                rec = "soft"
            c["known"] = tq <= END
            if not self.ev(c, tq, "tp_quiz", "submit", channel="store" if walk else "mini_program",
                           device=None if walk else dev, quiz_result=rec):
                return
            t = tq
        # product page
        if rng.random() < (0.86 if quiz else 0.7):
            tp_ = t + (D(minutes=float(rng.uniform(1, 30))) if rng.random() < 0.7 else
                       D(days=float(rng.uniform(0.3, 6))))
            if not self.ev(c, tp_, "tp_pdp", "view", channel=self.pick(["web", "mini_program", "tmall"], [0.3, 0.35,
                                                                                                         0.35]),
                           device=dev):
                return
            t = tp_
        else:
            if not walk:
                return
        # showroom trial nap (online people in showroom cities)
        if not walk and showroom and rng.random() < (0.26 if acq != "ads" else 0.18):
            tn = self.day_hours(t + D(days=float(rng.uniform(1, 6))))
            if tn > END:
                return
            if c["city_en"] == "Xi'an" and tn < XIAN_OPEN:
                pass
            else:
                nap = True
                c["showroom"] = showroom
                self.ev(c, tn, "tp_nap", "book", channel="store", showroom=showroom[0], 门店=showroom[1])
                t = tn
        # order?
        p = ORDER_P[acq] * (1.0 + 0.25 * quiz)
        if nap:
            p = min(0.85, p * 1.7)
            if c["showroom"][0] == "Hangzhou Binjiang":
                p = min(0.9, p * 1.35)
            if c["showroom"][0] == "Xi'an Qujiang":
                p = 0.92
        if rng.random() >= p:
            if rng.random() < 0.08:
                self.ev(c, t + D(days=float(rng.uniform(0.5, 4))), "tp_support", "chat", channel="web",
                        reason="product_question")
            return
        lag = float(rng.uniform(0.05, 2)) if rng.random() < 0.6 else float(rng.uniform(2, 12))
        if rng.random() < 0.07:
            lag = float(rng.uniform(15, 40))            # came back later, outside the 14-day window
        to = t + D(days=lag)
        if nap and rng.random() < 0.6:
            to = self.day_hours(t + D(minutes=float(rng.uniform(20, 90))))
            och = "showroom"
        else:
            promo = (to.month == 11 and to.day <= 11) or (to.month == 6 and to.day <= 18)
            och = self.pick(["tmall", "own_site", "mini_program"], [0.62, 0.18, 0.20] if promo else [0.42, 0.3, 0.28])
        if to > END:
            return
        self.purchase(c, to, och, rec)

    def purchase(self, c, to, och, rec):
        rng = self.rng
        dev = c["device"] if och != "showroom" else None
        och_zh = {"tmall": "天猫旗舰店", "own_site": "官网", "mini_program": "小程序", "showroom": "线下门店"}[och]
        mp = list(MODEL_P[c["pos"]])
        if rec == "soft":
            mp = [mp[0] + 0.15, mp[1], max(0.05, mp[2] - 0.15)]
        model = self.pick(list(MODELS), mp)
        if c["buyer"] == "family":
            pass
        size = self.pick(SIZES, SIZE_P[c["buyer"]])
        m = MODELS[model]
        price = m[5] + size[2]
        if (to.month == 11 and to.day <= 11) or (to.month == 6 and to.day <= 18):
            price = round(price * 0.85)                 # 双11 / 618 discount
        c["model"] = model
        c["known"] = True
        sr = c["showroom"] if och == "showroom" else None
        common = dict(channel=och, 销售渠道=och_zh, device=dev, model=model, 型号=m[0], firmness=m[1], 软硬度=m[2],
                      size=size[0], 尺寸=size[1], showroom=sr[0] if sr else None, 门店=sr[1] if sr else None)
        inst = rng.random() < (0.28 + (0.15 if c["tier_en"] == "tier2" else 0) + (0.1 if model == "Core" else 0))
        common_pay = dict(payment_type="instalment" if inst else "full", 付款方式="分期" if inst else "全款",
                          installments=str(int(self.pick([3, 6, 12], [0.3, 0.4, 0.3]))) if inst else None)
        self.ev(c, to, "tp_order", "submit", **common)
        lines = [self.order(c, to, "mattress", "床垫", m[3] + f" {size[0]}", m[4] + f" {size[1]}", price, "paid",
                            **common, **common_pay)]
        if rng.random() < (0.42 if c["buyer"] != "single" else 0.3):
            pil = self.pick(PILLOWS, [0.6, 0.4])
            qty = 2 if c["buyer"] != "single" else 1
            lines.append(self.order(c, to, "pillow", "枕头", pil[0] + f" x{qty}", pil[1] + f" x{qty}", pil[2] * qty,
                                    "paid", **common, **common_pay))
        if rng.random() < 0.1:
            lines.append(self.order(c, to, "topper", "床垫软垫", TOPPER[0], TOPPER[1], TOPPER[2], "paid", **common,
                                    **common_pay))
        if not any(x[1] == c["city_en"] and x[6] for x in CITIES):
            lines.append(self.order(c, to, "delivery_fee", "送货费", "Delivery fee", "送货费", DELIVERY_FEE, "paid",
                                    **common, **common_pay))
        removal = rng.random() < (0.45 if c["buyer"] != "single" else 0.25)
        if removal:
            lines.append(self.order(c, to, "removal_fee", "旧床垫回收费", "Old mattress removal", "旧床垫回收",
                                    REMOVAL_FEE, "paid", **common, **common_pay))
        # payment (an Android payment-SDK bug in our own cashier, 2 Mar - 12 Apr 2026, makes many payments fail)
        bug = dev == "android" and och in ("mini_program", "own_site") and PAY_BUG[0] <= to < PAY_BUG[1]
        if bug and rng.random() < 0.55:
            for o in lines:
                o["status"] = "cancelled"
            self.ev(c, to + D(minutes=float(rng.uniform(1, 10))), "tp_support", "chat", channel=och,
                    device=dev, reason="payment_failed")
            if rng.random() < 0.6:
                self.fb(c, to + D(minutes=float(rng.uniform(10, 120))), "payment_failed", "ticket")
            return
        if rng.random() > 0.93:
            for o in lines:
                o["status"] = "cancelled"
            return
        tpay = to + (D(minutes=float(rng.uniform(1, 20))) if rng.random() < 0.85 else D(hours=float(rng.uniform(2,
                                                                                                              40))))
        if tpay > END:
            for o in lines:
                o["status"] = "cancelled"
            return
        self.ev(c, tpay, "tp_payment", "pay", channel=och, device=dev, order_id=lines[0]["order_id"], **common_pay)
        c["seg"] = "customer"
        # delivery scheduling
        ts = tpay + D(hours=float(rng.uniform(2, 60)))
        ts = self.day_hours(ts)
        if not self.ev(c, ts, "tp_delivery_sched", "schedule", channel="phone", order_id=lines[0]["order_id"]):
            return
        slow = c["city_en"] == SLOW_DELIVERY[0] and ts >= SLOW_DELIVERY[1]
        lead = self.logn(4.5, 0.35) + (self.logn(5.5, 0.4) if slow else 0.0)
        if not any(x[1] == c["city_en"] and x[6] for x in CITIES):
            lead += 1.5
        sched_for = (ts + D(days=lead)).replace(hour=0, minute=0, second=0)
        slot = self.pick(["09:00-12:00", "13:00-17:00", "18:00-21:00"], [0.4, 0.45, 0.15])
        late = rng.random() < (0.46 if slow else 0.07)
        h0 = int(slot[:2])
        h1 = int(slot[6:8])
        if late:
            td = sched_for + D(hours=float(h1 + rng.uniform(0.5, 4)))
            if slow and rng.random() < 0.4:
                td += D(days=float(rng.integers(1, 4)))   # rescheduled by the crew
        else:
            td = sched_for + D(hours=float(rng.uniform(h0, h1)))
        self.events[-1].update(scheduled_for=sched_for.strftime("%Y-%m-%d"), delivery_slot=slot)
        partner = PARTNERS[1] if slow else PARTNERS[0]
        if not self.ev(c, td, "tp_delivered", "deliver", channel="store", order_id=lines[0]["order_id"],
                       delivery_partner=partner, on_time="no" if late else "yes",
                       old_mattress_removed="yes" if removal else "no", model=model, 型号=m[0], size=size[0],
                       尺寸=size[1]):
            return
        if late and rng.random() < 0.35:
            self.ev(c, td - D(hours=float(rng.uniform(1, 5))), "tp_support", "call", channel="phone",
                    reason="delivery_chase")
        # delivery survey
        if rng.random() < 0.34:
            if late and rng.random() < 0.72:
                topic = "delivery_late"
            else:
                topic = self.pick(["service_good", "great_value", "neutral", "delivery_late"], [0.45, 0.25, 0.25,
                                                                                               0.05])
            self.fb(c, td + D(hours=float(rng.uniform(2, 48))), topic, "delivery_survey", rating=True, nps=True,
                    tp="tp_delivered" if topic in ("neutral", "service_good", "delivery_late") else "auto")
        if och == "tmall" and rng.random() < 0.16:
            topic = "delivery_late" if late and rng.random() < 0.6 else self.pick(
                ["great_value", "comfortable", "smell", "neutral"],
                [0.45, 0.25, 0.15 if model == "Cloud" else 0.03, 0.15])
            self.fb(c, td + D(days=float(rng.uniform(3, 20))), topic, "tmall_review", rating=True,
                    no_ts=rng.random() < 0.4, tp="auto" if topic != "neutral" else "tp_order")
        self.after(c, td, model, lines, och, common)

    def after(self, c, td, model, lines, och, common):
        rng = self.rng
        pos = c["pos"]
        firm = MODELS[model][1]
        # return decision
        if firm == "firm":
            pr = 0.46 if pos == "side" else 0.13
        elif firm == "soft":
            pr = 0.28 if pos == "stomach" else 0.10
        else:
            pr = 0.065
        if c["showroom"]:
            pr *= 0.35
        ret = rng.random() < pr
        # 30-night check-in
        tc = self.day_hours(td + D(days=float(rng.uniform(29, 32))))
        summer = td.month in (6, 7, 8)
        if rng.random() < 0.9 and self.ev(c, tc, "tp_checkin", "message", channel="mini_program"):
            if rng.random() < 0.45:
                if ret and firm == "firm":
                    topic = "too_firm" if rng.random() < 0.8 else "neutral"
                elif ret:
                    topic = self.pick(["neutral", "smell", "too_firm"], [0.6, 0.3, 0.1])
                elif model == "Cloud" and rng.random() < (0.5 if summer else 0.2):
                    topic = "smell"                  # foam off-gassing, worst in summer
                elif firm != "soft" and pos in ("back", "stomach") and rng.random() < 0.45:
                    topic = "back_pain_improved"
                else:
                    topic = self.pick(["comfortable", "great_value", "neutral", "smell", "back_pain_improved",
                                       "service_good"], [0.36, 0.15, 0.21, 0.03, 0.15, 0.1])
                self.fb(c, tc + D(hours=float(rng.uniform(1, 30))), topic, "checkin_reply", rating=True, nps=True,
                        tp="tp_checkin", model=model)
        if ret:
            tr = self.day_hours(td + D(days=float(rng.uniform(21, 97))))
            reason = {"firm": "too_firm", "soft": "too_soft", "medium": "not_suitable"}[firm]
            if rng.random() < 0.15:
                reason = "other"
            if not self.ev(c, tr, "tp_return_req", "request", channel="mini_program", device=c["device"],
                           return_reason=reason, order_id=lines[0]["order_id"], model=model, 型号=MODELS[model][0],
                           firmness=firm, 软硬度=MODELS[model][2]):
                return
            slow = tr >= SLOW_PICKUP
            wait = self.logn(9.5, 0.35) if slow else self.logn(3.5, 0.4)
            tpu = self.day_hours(tr + D(days=wait))
            if wait > 7 and rng.random() < 0.45:
                self.ev(c, tr + D(days=float(rng.uniform(4, wait))), "tp_support", "call", channel="phone",
                        reason="pickup_chase")
            if not self.ev(c, tpu, "tp_return_pickup", "pickup", channel="store", order_id=lines[0]["order_id"],
                           delivery_partner="安得逆向" if slow else "日日顺"):
                return
            tf = tpu + D(days=float(rng.uniform(1, 5)))
            if not self.ev(c, tf, "tp_refund", "refund", channel=och, order_id=lines[0]["order_id"],
                           refund_amount=lines[0]["amount"]):
                return
            lines[0]["status"] = "refunded"
            lines[0]["refunded_at"] = fmt(tf)
            c["seg"] = "returned"
            if rng.random() < 0.6:
                if wait > 7 and rng.random() < 0.75:
                    topic = "return_pickup_slow"
                else:
                    topic = self.pick(["too_firm" if firm == "firm" else "neutral", "service_good", "neutral"],
                                      [0.5, 0.3, 0.2])
                self.fb(c, tf + D(hours=float(rng.uniform(1, 48))), topic, "return_survey", rating=True,
                        tp="auto" if topic != "neutral" else "tp_refund", model=model)
            elif wait > 7 and rng.random() < 0.5:
                self.fb(c, tr + D(days=float(rng.uniform(5, wait))), "return_pickup_slow", "ticket", model=model)
            return
        # accessory re-purchase (kept the mattress)
        lam = {"family": 0.0042, "couple": 0.0018, "single": 0.0012}[c["buyer"]]
        t = td
        k = 0
        while k < 3:
            t = t + D(days=float(rng.exponential(1 / lam)) + 20)
            if t > END:
                break
            t = self.day_hours(t)
            ch = self.pick(["tmall", "own_site", "mini_program"], [0.45, 0.2, 0.35])
            chz = {"tmall": "天猫旗舰店", "own_site": "官网", "mini_program": "小程序"}[ch]
            if rng.random() < 0.75:
                pil = self.pick(PILLOWS, [0.55, 0.45])
                qty = int(self.pick([1, 2], [0.5, 0.5]))
                item, item_zh, amt, ot, otz = pil[0] + f" x{qty}", pil[1] + f" x{qty}", pil[2] * qty, "pillow", "枕头"
            else:
                item, item_zh, amt, ot, otz = TOPPER[0], TOPPER[1], TOPPER[2], "topper", "床垫软垫"
            self.ev(c, t, "tp_repurchase", "purchase", channel=ch, device=c["device"], item=item)
            self.order(c, t, ot, otz, item, item_zh, amt, "paid", channel=ch, 销售渠道=chz, device=c["device"],
                       payment_type="full", 付款方式="全款")
            c["seg"] = "repeat"
            k += 1


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen(rng)
    days = (END.date() - START.date()).days + 1
    w = []
    for k in range(days):
        d = START + D(days=k)
        x = MONTH_W[d.month] * (1 + 0.35 * k / days)
        if (d.month == 11 and d.day <= 11) or (d.month == 6 and d.day <= 18):
            x *= 1.5
        w.append(x)
    w = np.array(w)
    for sf in (datetime(2025, 1, 29), datetime(2026, 2, 17)):          # Spring Festival
        k = (sf - START).days
        w[max(0, k - 4):k + 6] *= 0.35
    sign = np.sort(rng.choice(days, N, p=w / w.sum()))
    for i in range(N):
        t = START + D(days=int(sign[i]), seconds=int(rng.integers(8 * 3600, 23 * 3600 + 1800)))
        g.customer(i + 1, t)
    # social posts (小红书 notes) not tied to a customer
    for _ in range(90):
        t = START + D(days=float(rng.uniform(0, days - 1)))
        topic = g.pick(["great_value", "back_pain_improved", "too_firm", "smell", "neutral"],
                       [0.35, 0.2, 0.2, 0.1, 0.15])
        g.fb(None, t, topic, "social", tp=None, no_ts=rng.random() < 0.3,
             model="Core" if topic == "too_firm" else ("Cloud" if topic == "smell" else
                                                       g.pick(list(MODELS), [0.3, 0.35, 0.35])))
    # a few exact duplicate event rows (re-sent by the mini-program), loaded once per DATA.md
    dup = rng.choice(len(g.events), 30, replace=False)
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
                                acquisition_channel=c["acq"], 获客渠道=c["acq_zh"], city=c["city_en"], 城市=c["city_zh"],
                                city_tier=c["tier_en"], 城市等级=c["tier_zh"], buyer_type=c["buyer"],
                                买家类型=c["buyer_zh"], sleep_position=c["pos"] if c["known"] else "", 睡姿=c["pos_zh"] if c["known"] else "",
                                age_band=c["age"],
                                showroom=c["showroom"][0] if c["showroom"] else "",
                                门店=c["showroom"][1] if c["showroom"] else "",
                                mattress_model=c["model"] or "", 床垫型号=MODELS[c["model"]][0] if c["model"] else "",
                                language=c["lang"]) for c in g.customers],
         ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "获客渠道", "city", "城市",
          "city_tier", "城市等级", "buyer_type", "买家类型", "sleep_position", "睡姿", "age_band", "showroom", "门店",
          "mattress_model", "床垫型号", "language"])
    dump("events.csv", g.events, ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel",
                                  "city", "城市", "showroom", "门店", "platform", "campaign", "quiz_result", "model",
                                  "型号", "firmness", "软硬度", "size", "尺寸", "payment_type", "付款方式",
                                  "installments", "order_id", "scheduled_for", "delivery_slot", "delivery_partner",
                                  "on_time", "old_mattress_removed", "return_reason", "refund_amount", "item",
                                  "reason"])
    dump("orders.csv", g.orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "销售渠道", "device",
                                  "order_type", "品类", "item", "商品", "model", "型号", "firmness", "软硬度", "size",
                                  "尺寸", "city", "城市", "showroom", "门店", "payment_type", "付款方式",
                                  "installments", "refunded_at"])
    dump("feedback.csv", g.feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                      "nps", "city", "城市", "model", "型号"])
    dump("_truth/feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment", "language"])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
