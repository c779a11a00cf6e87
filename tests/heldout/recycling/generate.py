"""绿回收 ReCycle: doorstep recycling (old clothes, paper, electronics, small appliances) in Shanghai, Beijing,
Chengdu and Wuhan, 2025-01-01 .. 2026-06-30 (synthetic, written blind).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (the generator's topic, sentiment and language per comment) and
OUTDIR/_truth/collectors.csv (collector roster). The _truth folder is not a DATA.md table. Deterministic (fixed seed),
plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260701
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
NDAYS = (END.date() - START.date()).days + 1
N = 3600
D = timedelta
H = lambda h: timedelta(hours=h)  # noqa: E731

# ---- planted events
BUG = (datetime(2025, 9, 8), datetime(2025, 9, 29))          # Android app 5.3.0: slot picker crashes on submit
CD_SHORT = (datetime(2025, 11, 15), datetime(2026, 2, 1))     # Chengdu: a collector subcontractor team quits
WH_SCALE = (datetime(2026, 3, 1), datetime(2026, 5, 16))      # Wuhan: new handheld scales read ~15 % low
CASH_PSP = datetime(2026, 1, 1)                               # cash payouts move to a new payment provider (T+1/T+2)
MALL_REFRESH = datetime(2026, 4, 1)                           # points mall adds phone credit, video memberships, eggs
TIANFU_START = datetime(2026, 4, 1)                           # Chengdu Tianfu New Area pilot
LATE_COLLECTOR = "BJ-C05"
HOLIDAYS = [(date(2025, 1, 26), date(2025, 2, 5)), (date(2026, 2, 14), date(2026, 2, 24))]  # collectors go home

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_aware", "了解绿回收", "Heard of ReCycle", "awareness", "other", "physical", "growth",
     "了解|知道|看到海报|社区海报|微信群|物业通知|下载App|拉新|heard of us|poster|wechat group|property partner|awareness"),
    ("tp_register", "注册账号", "Registered", "consideration", "app", "digital", "growth",
     "注册|开户|绑定手机号|新用户注册|sign up|signup|register|registration|account created"),
    ("tp_booking_fail", "预约失败", "Booking failed", "purchase", "app", "digital", "product",
     "预约失败|下单失败|约不上|提交失败|闪退|预约报错|booking failed|booking error|app crash|couldn't book|failed booking"),
    ("tp_book", "预约上门回收", "Booked a pickup", "purchase", "app", "digital", "operations",
     "预约|下单|约回收|预约回收|预约上门|book|booking|booked a pickup|pickup request|schedule a pickup"),
    ("tp_cancel", "取消预约", "Booking cancelled", "purchase", "app", "digital", "operations",
     "取消|取消预约|撤单|cancel|cancelled booking|booking cancelled"),
    ("tp_scheduled", "已排期派单", "Pickup scheduled", "service", "other", "digital", "operations",
     "排期|派单|分配回收员|确认上门时间|scheduled|dispatch|assigned a collector|slot confirmed"),
    ("tp_collector_noshow", "回收员爽约", "Collector no-show", "service", "other", "physical", "operations",
     "回收员没来|爽约|放鸽子|没上门|师傅没来|collector no-show|collector never came|didn't show up|no show"),
    ("tp_customer_noshow", "用户不在家", "Customer not home", "service", "other", "physical", "operations",
     "不在家|上门扑空|联系不上|customer not home|customer no-show|nobody home|missed pickup"),
    ("tp_pickup", "上门取件", "Collector picked up", "service", "other", "physical", "operations",
     "上门|取件|回收员上门|师傅上门|收走|到达|pickup|picked up|collector arrived|collection|doorstep"),
    ("tp_weigh", "称重定级", "Weighed and graded", "service", "other", "physical", "operations",
     "称重|过秤|定级|评级|称|压秤|weigh|weighing|weighed|graded|grading|scale"),
    ("tp_payout", "回收款到账", "Payout credited", "purchase", "app", "digital", "finance",
     "到账|打款|结算|积分到账|现金到账|收款|payout|paid out|credited|payment received|points credited"),
    ("tp_weight_dispute", "称重申诉", "Weight dispute", "service", "app", "digital", "customer_service",
     "申诉|称重申诉|投诉重量|重量不对|少算|dispute|weight dispute|complained about weight|appeal"),
    ("tp_dispute_adjusted", "申诉补款", "Dispute upheld (top-up)", "service", "app", "digital", "customer_service",
     "补款|改判|补差价|申诉成功|adjusted|top-up|dispute upheld|weight corrected|reversed"),
    ("tp_dispute_rejected", "申诉驳回", "Dispute rejected", "service", "app", "digital", "customer_service",
     "驳回|申诉失败|不予补款|rejected|dispute rejected|appeal denied"),
    ("tp_mall_visit", "逛积分商城", "Browsed points mall", "loyalty", "app", "digital", "marketing",
     "积分商城|商城|逛商城|看积分|points mall|mall|browse the mall|rewards store"),
    ("tp_redeem", "积分兑换", "Redeemed points", "loyalty", "app", "digital", "marketing",
     "兑换|积分兑换|换东西|用积分|redeem|redemption|redeemed points|spent points"),
    ("tp_rebook", "再次预约", "Booked again", "loyalty", "app", "digital", "growth",
     "复购|再次预约|再约|回头客|又约了|复约|rebook|repeat pickup|booked again|came back|repeat booking"),
]
JOURNEYS = [
    ("onboarding", "拉新到首约", "Sign-up to first booking", 14, ["tp_aware", "tp_register", "tp_book"]),
    ("pickup", "上门回收", "Doorstep pickup", 14, ["tp_book", "tp_scheduled", "tp_pickup", "tp_weigh", "tp_payout"]),
    ("dispute", "称重申诉", "Weight dispute", 14, ["tp_weight_dispute", "tp_dispute_adjusted"]),
    ("mall", "积分兑换", "Points redemption", 7, ["tp_mall_visit", "tp_redeem"]),
    ("repeat", "再次回收", "Repeat pickup", 60, ["tp_payout", "tp_rebook"]),
]
# en, zh, region, weight, districts [(en, zh, weight, collectors)]
CITIES = [
    ("Shanghai", "上海", "华东", 0.34, [("Pudong", "浦东新区", 0.45, ["SH-C01", "SH-C02", "SH-C03"]),
                                      ("Minhang", "闵行区", 0.30, ["SH-C04", "SH-C05"]),
                                      ("Xuhui", "徐汇区", 0.25, ["SH-C06", "SH-C07"])]),
    ("Beijing", "北京", "华北", 0.30, [("Chaoyang", "朝阳区", 0.45, ["BJ-C04", "BJ-C05", "BJ-C06"]),
                                     ("Haidian", "海淀区", 0.35, ["BJ-C01", "BJ-C02"]),
                                     ("Fengtai", "丰台区", 0.20, ["BJ-C03"])]),
    ("Chengdu", "成都", "西南", 0.20, [("Wuhou", "武侯区", 0.40, ["CD-C01", "CD-C02"]),
                                     ("Jinjiang", "锦江区", 0.35, ["CD-C03", "CD-C04"]),
                                     ("Gaoxin", "高新区", 0.25, ["CD-C05"]),
                                     ("Tianfu", "天府新区", 0.0, ["CD-C06"])]),
    ("Wuhan", "武汉", "华中", 0.16, [("Hongshan", "洪山区", 0.55, ["WH-C01", "WH-C02", "WH-C03"]),
                                   ("Jianghan", "江汉区", 0.45, ["WH-C04", "WH-C05"])]),
]
CITY_ZH = {c[0]: c[1] for c in CITIES}
DIST_ZH = {d[0]: d[1] for c in CITIES for d in c[4]}
DIST_COLL = {d[0]: d[3] for c in CITIES for d in c[4]}
CHANNELS = [("community_poster", "社区海报", 0.30), ("app", "应用商店", 0.27), ("wechat_group", "微信群", 0.25),
            ("property_partner", "物业合作", 0.18)]
CHANNEL_ZH = {c[0]: c[1] for c in CHANNELS}
HOUSE = ["family", "student", "elderly", "office"]
HOUSE_ZH = {"family": "家庭", "student": "学生", "elderly": "老人", "office": "办公室"}
HOUSE_BY_CHANNEL = {"community_poster": [0.45, 0.05, 0.35, 0.15], "app": [0.30, 0.35, 0.05, 0.30],
                    "wechat_group": [0.50, 0.15, 0.15, 0.20], "property_partner": [0.50, 0.02, 0.40, 0.08]}
# P(register | aware), P(book within ~2 weeks | registered)
ONBOARD = {"community_poster": (0.76, 0.74), "app": (0.70, 0.58), "wechat_group": (0.80, 0.80),
           "property_partner": (0.93, 0.90)}
CATS = ["clothes", "paper", "electronics", "appliances"]
CAT_ZH = {"clothes": "旧衣物", "paper": "纸类", "electronics": "电子产品", "appliances": "小家电"}
CAT_BY_HOUSE = {"family": [0.42, 0.33, 0.17, 0.08], "student": [0.35, 0.40, 0.22, 0.03],
                "elderly": [0.35, 0.50, 0.10, 0.05], "office": [0.10, 0.60, 0.25, 0.05]}
CAT_SEASON = {"clothes": {3: 1.6, 4: 1.6, 10: 1.5, 11: 1.4}, "paper": {11: 3.0, 12: 1.3, 1: 1.1},
              "electronics": {9: 1.6, 10: 1.6}, "appliances": {}}
PRICE = {"clothes": {"A": 1.0, "B": 0.8, "C": 0.5}, "paper": {"A": 1.2, "B": 1.0, "C": 0.7},
         "electronics": {"A": 22.0, "B": 15.0, "C": 8.0}, "appliances": {"A": 5.5, "B": 4.0, "C": 2.5}}
EST_MEDIAN = {"clothes": 10.0, "paper": 15.0, "electronics": 3.0, "appliances": 22.0}
GRADE_ZH = {"A": "A级", "B": "B级", "C": "C级", "rejected": "不合格"}
PAY_ZH = {"points": "积分", "cash": "现金"}
NOSHOW_CUST = {"office": 0.15, "student": 0.07, "family": 0.045, "elderly": 0.02}
CONTINUE = {"elderly": 0.93, "family": 0.87, "office": 0.81, "student": 0.66}
GAP_MEDIAN = {"elderly": 22, "family": 32, "office": 30, "student": 45}
DISPUTE_REASONS = [("weight too low", "重量偏低"), ("grade too low", "定级偏低"), ("points not credited", "积分未到账")]
ITEMS_OLD = [("tote bag", "环保袋", 5, 0.35), ("tissues", "抽纸", 8, 0.30), ("laundry detergent", "洗衣液", 15, 0.25),
             ("bin bags", "垃圾袋", 4, 0.10)]
ITEMS_NEW = [("phone credit", "话费充值", 10, 0.35), ("video membership", "视频会员", 15, 0.20),
             ("laundry detergent", "洗衣液", 15, 0.13), ("tissues", "抽纸", 8, 0.12), ("eggs", "鸡蛋", 12, 0.12),
             ("tote bag", "环保袋", 5, 0.08)]
SENTIMENT = {"collector_noshow": "negative", "collector_late": "negative", "weight_low": "negative",
             "friendly_collector": "positive", "convenient": "positive", "mall_nothing_good": "negative",
             "mall_praise": "positive", "app_booking_bug": "negative", "payout_slow": "negative",
             "dispute_rejected": "negative", "suggestion": "neutral"}

# ---- comment templates: {d} district, {c} city, {k} category, {w} weight
TEXT = {
    "collector_noshow": {
        "zh": ["约好了{t}上门，等了一上午回收员都没来，电话也打不通", "第二次放我鸽子了！说好今天来收{k}，结果人影都没有",
               "回收员爽约，也没人通知我改时间，白白在家等了半天", "师傅又没来，{d}这边是不是没人了？预约了也白搭",
               "等到晚上都没人上门，客服只会说在协调，太不靠谱了", "约的上门回收没人来，{k}堆在门口好几天了",
               "连续两次预约都没人来收，准备卸载了", "说好的上门呢？回收员没来也不打个电话"],
        "en": ["Booked a pickup for {t}, waited all morning and the collector never showed up.",
               "Second no-show this month. Nobody came for my {k} and nobody called.",
               "The collector didn't come and customer service just said they were 'coordinating'. Useless."]},
    "collector_late": {
        "zh": ["回收员迟到了一个多小时，耽误我上班", "约的{t}，师傅快中午才到，也没提前说一声", "人是好人，就是每次都迟到，等得心累",
               "上门时间一点都不准，说九点到十一点才来", "迟到太久了，下次不想约早上的时段了"],
        "en": ["Collector arrived over an hour late, no call ahead.", "Pickup window is meaningless, he came 90 minutes late.",
               "Nice guy but always late, I had to wait at home half the day."]},
    "weight_low": {
        "zh": ["称出来的重量比我在家称的少了好几斤，明显压秤", "{w}公斤的{k}只给算了这么点，秤肯定有问题",
               "重量少算了，我家里体重秤称过的，差太多", "回收员的秤不准！一箱纸少了三四斤", "压秤太狠了，以后不卖了",
               "定级给的太低，重量也不对，申诉了", "新换的秤是不是有问题？最近每次都比以前轻"],
        "en": ["The scale said way less than what I weighed at home. Feels like they shaved off a few kilos.",
               "Weight was too low, my {k} was at least {w} kg and they paid for much less.",
               "Their new scale is off. Everything weighs less than before."]},
    "friendly_collector": {
        "zh": ["回收员师傅特别客气，还帮我把纸箱从楼上搬下去", "师傅很热情，解释得很清楚怎么分类，点赞",
               "小哥人超好，准时到，还教我怎么叠衣服好称", "回收员态度很好，老人家不会用手机他也耐心帮忙",
               "{d}的回收师傅服务真好，每次都很准时", "师傅很专业，称重当面给我看，放心"],
        "en": ["The collector was super friendly and carried the boxes down for me.",
               "Great collector, on time and explained the grading clearly.",
               "Lovely guy, helped my grandma with the app. 5 stars."]},
    "convenient": {
        "zh": ["很方便，在家就能把旧衣服处理了，还有积分", "预约简单，上门快，环保又能换点东西", "比自己拿去回收站方便多了",
               "纸箱终于有地方去了，上门回收真省事", "用了好几次了，流程顺畅", "旧手机也能回收，挺好的"],
        "en": ["Very convenient, booked in the app and they came the next day.", "Easy way to get rid of old clothes and boxes.",
               "Smooth process every time, love that it's green."]},
    "mall_nothing_good": {
        "zh": ["积分商城没什么好东西，翻来覆去就是环保袋和抽纸", "攒了一堆积分不知道换啥，商城东西太少了",
               "积分商城的东西又贵又没用，还不如直接给现金", "商城里能换的就那几样，没意思", "积分换不到想要的东西，希望多上点新品"],
        "en": ["Points mall has nothing worth getting. Tote bags and tissues, that's it.",
               "I have thousands of points and nothing to spend them on.",
               "Rewards store is boring, please add phone credit or something useful."]},
    "mall_praise": {
        "zh": ["商城上了话费充值，积分终于有用了", "积分换了视频会员，不错", "新上的鸡蛋很实用，积分换起来划算"],
        "en": ["Finally phone credit in the mall, points are actually useful now.", "Redeemed a video membership, nice update."]},
    "app_booking_bug": {
        "zh": ["App更新后一点提交预约就闪退，试了好几次", "预约页面选时间就崩溃，安卓手机，根本约不上",
               "新版本bug太多了，提交预约一直报错", "约个回收约了三次都失败，App是不是坏了", "选完上门时段点确定就卡死退出"],
        "en": ["App crashes every time I submit a pickup booking after the update (Android).",
               "Can't book anything, the time slot picker crashes the app.", "Booking keeps failing with an error, tried 4 times."]},
    "payout_slow": {
        "zh": ["现金两天了还没到账，以前当天就到", "回收款迟迟不到账，客服说要等结算", "钱怎么越来越慢了，三天才到",
               "卖了{k}的钱到现在还没收到", "到账太慢了，说好的实时到账呢"],
        "en": ["Cash payout took three days to arrive, used to be same day.", "Still waiting for my money two days after pickup."]},
    "dispute_rejected": {
        "zh": ["申诉被驳回了，也不给个理由", "明明少称了，申诉还说核实无误，敷衍", "申诉处理结果不认可，客服态度也差"],
        "en": ["My weight dispute was rejected with no explanation.", "Appeal denied. They clearly under-weighed it."]},
    "suggestion": {
        "zh": ["希望能回收旧家具和床垫", "建议增加晚上的上门时段，上班族白天不在家", "能不能周末也多排一些时段",
               "希望能回收玻璃瓶", "如果能在App里看到回收员实时位置就好了", "建议积分和现金可以每次自己选"],
        "en": ["Would be great if you took old furniture too.", "Please add more evening slots for people who work.",
               "Let me choose points or cash each time instead of a fixed setting."]},
}


def fmt(t: datetime | None) -> str:
    return "" if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


class Gen:
    def __init__(self, rng: np.random.Generator):
        self.rng = rng
        self.customers, self.events, self.orders, self.feedback, self.truth = [], [], [], [], []
        self.nb = self.no = self.nf = 0

    # ---- helpers
    def r(self) -> float:
        return float(self.rng.random())

    def pick(self, items, p):
        p = np.asarray(p, dtype=float)
        return items[int(self.rng.choice(len(items), p=p / p.sum()))]

    def u(self, a, b):
        return float(self.rng.uniform(a, b))

    def logn(self, median, sigma):
        return median * math.exp(float(self.rng.normal(0.0, sigma)))

    def ev(self, c, t, tp, action, **kw):
        row = dict(event_id=f"E{len(self.events) + 1:07d}", customer_id=c["customer_id"], ts=fmt(t),
                   touchpoint_id=tp, action=action, city=c["city"], 城市=c["城市"], district=c["district"],
                   区=c["区"])
        row.update(kw)
        self.events.append(row)
        return row

    def order(self, c, t, otype, amount, status="paid", **kw):
        self.no += 1
        pre = {"payout": "PO", "redemption": "RD", "adjustment": "AJ"}[otype]
        row = dict(order_id=f"{pre}{self.no:06d}", customer_id=c["customer_id"], ts=fmt(t), amount=round(amount, 2),
                   status=status, order_type=otype, city=c["city"], 城市=c["城市"], district=c["district"], 区=c["区"])
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topic, channel, tp, rating=None, no_ts=False, anon=False, **kw):
        lang = c["language"] if c else ("en" if self.r() < 0.1 else "zh")
        if lang == "en" and self.r() < 0.15:
            lang = "zh"  # expats sometimes write in Chinese too
        k = kw.pop("k", None)
        tpl = TEXT[topic][lang][int(self.rng.integers(len(TEXT[topic][lang])))]
        text = tpl.format(d=(c["区"] if lang == "zh" else c["district"]) if c else ("小区" if lang == "zh" else "my area"),
                          c=c["城市"] if c else "", k=(CAT_ZH[k] if lang == "zh" else k) if k else ("东西" if lang == "zh" else "stuff"),
                          w=kw.pop("w", 10), t=kw.pop("slot", None) or ("上午" if lang == "zh" else "the morning"))
        self.nf += 1
        fid = f"F{self.nf:05d}"
        row = dict(feedback_id=fid, text=text, ts="" if no_ts or t is None else fmt(t),
                   customer_id="" if (anon or not c) else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating="" if rating is None else int(rating),
                   city=c["city"] if c else "", 城市=c["城市"] if c else "", district=c["district"] if c else "",
                   区=c["区"] if c else "")
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENTIMENT[topic], language=lang))
        return row

    def maybe_social(self, c, t, topic, tp, p):
        """an anonymous post in a WeChat group / Xiaohongshu about the same experience; a third without date."""
        if self.r() < p:
            self.fb(c, t + H(self.u(1, 72)), topic, "social", tp, anon=True, no_ts=self.r() < 0.35)

    # ---- customers
    def customer(self, i):
        city = self.pick(CITIES, [c[3] for c in CITIES])
        ch = self.pick(CHANNELS, [c[2] for c in CHANNELS])[0]
        house = self.pick(HOUSE, HOUSE_BY_CHANNEL[ch])
        old = self.r() < 0.2
        if old:
            t0 = datetime(2023, 6, 1) + D(days=self.u(0, 570))
        else:
            # growth: more new customers later; density ∝ 1 + 1.2 x
            x = (math.sqrt(1 + (2.4 + 1.44) * self.r()) - 1) / 1.2
            t0 = START + D(days=x * (NDAYS - 12)) + H(self.u(8, 22))
        dists = city[4]
        dw = [d[2] for d in dists]
        if city[0] == "Chengdu" and not old and t0 >= TIANFU_START:
            dw = [0.25, 0.2, 0.15, 0.4]
        dist = self.pick(dists, dw)
        en_p = {"Shanghai": 0.14, "Beijing": 0.12, "Chengdu": 0.04, "Wuhan": 0.04}[city[0]] + (0.06 if house == "student" else 0)
        if house == "elderly":
            en_p = 0.01
        pay = "cash" if self.r() < {"elderly": 0.6, "student": 0.25, "family": 0.4, "office": 0.45}[house] else "points"
        os_ = self.pick(["ios", "android", "harmonyos"], [0.2, 0.6, 0.2] if house == "elderly" else [0.38, 0.47, 0.15])
        age = {"student": "18-24", "office": self.pick(["25-34", "35-44"], [0.6, 0.4]),
               "family": self.pick(["25-34", "35-44", "45-54"], [0.3, 0.45, 0.25]),
               "elderly": self.pick(["55-64", "65+"], [0.4, 0.6])}[house]
        c = dict(customer_id=f"U{i + 1:05d}", signup_at="", segment="", region=city[2], acquisition_channel=ch,
                 获客渠道=CHANNEL_ZH[ch], tier="", 会员等级="", household_type=house, 住户类型=HOUSE_ZH[house],
                 city=city[0], 城市=city[1], district=dist[0], 区=dist[1], payout_preference=pay,
                 结算偏好=PAY_ZH[pay], phone_os=os_, age_band=age, gender=self.pick(["F", "M"], [0.58, 0.42]),
                 language="en" if self.r() < en_p else "zh",
                 property_partner="" if ch != "property_partner" else self.pick(
                     ["万科物业", "碧桂园服务", "绿城服务", "保利物业"], [0.35, 0.25, 0.2, 0.2]))
        c["_book_ch"] = [0.25, 0.35, 0.40] if house == "elderly" else [0.62, 0.33, 0.05]
        c["_kg"] = 0.0
        c["_payouts"] = 0
        c["_last"] = None
        self.customers.append(c)
        if old:
            c["signup_at"] = fmt(t0)
            c["_paid_before"] = True
            self.life(c, START + D(days=self.u(0, 75)) + H(self.u(8, 21)))
            return
        c["_paid_before"] = False
        self.ev(c, t0, "tp_aware", "view", channel={"community_poster": "offline", "app": "app_store",
                                                    "wechat_group": "wechat", "property_partner": "offline"}[ch],
                source=ch, 来源=CHANNEL_ZH[ch])
        p_reg, p_book = ONBOARD[ch]
        if self.r() >= p_reg:
            return
        t1 = t0 + H(min(self.rng.exponential(20.0), 300) + 0.05)
        if t1 > END:
            return
        c["signup_at"] = fmt(t1)
        dev = os_ if self.r() < 0.7 else ""
        self.ev(c, t1, "tp_register", "success", device=dev, channel="app" if dev else "mini_program")
        if self.r() >= p_book:
            return
        gap = self.rng.exponential(2.5) if self.r() < 0.9 else self.u(12, 60)
        self.life(c, t1 + D(days=gap) + H(self.u(0.1, 3)))

    def life(self, c, t):
        house = c["household_type"]
        while t < END:
            t = self.holiday_shift(t)
            done, ok, bad = self.booking(c, t)
            if done is None:
                return
            p = CONTINUE[house] + (0.04 if c["payout_preference"] == "points" else -0.06)
            if bad:
                p *= 0.6
            if self.r() >= p:
                return
            t = done + D(days=self.logn(GAP_MEDIAN[house], 0.5)) + H(self.u(-3, 3))

    def holiday_shift(self, t):
        for a, b in HOLIDAYS:
            if a <= t.date() <= b and self.r() < 0.6:
                return datetime.combine(b, datetime.min.time()) + D(days=self.u(1, 6)) + H(self.u(8, 21))
        return t

    def app_version(self, dev, t):
        if dev == "android":
            if t < BUG[0]:
                return "5.2.4"
            if t < BUG[1]:
                return "5.3.0" if self.r() < 0.85 else "5.2.4"
            return "5.3.1"
        if dev == "ios":
            return "5.2.4" if t < BUG[0] else "5.3.1"
        return "5.2.4" if t < BUG[0] else "5.3.0h"

    def fail_prob(self, ch, dev, ver, t):
        if ch == "app" and dev == "android" and ver == "5.3.0":
            wk = (t - BUG[0]).days // 7
            return [0.30, 0.48, 0.36][min(wk, 2)]
        return 0.03 if ch == "app" else 0.015

    def category(self, c, t):
        w = list(CAT_BY_HOUSE[c["household_type"]])
        w = [w[k] * CAT_SEASON[cat].get(t.month, 1.0) for k, cat in enumerate(CATS)]
        return self.pick(CATS, w)

    # ---- one pickup booking; returns (end time or None, paid?, bad experience?)
    def booking(self, c, t):
        ch = self.pick(["app", "mini_program", "hotline"], c["_book_ch"])
        dev = "" if ch == "hotline" else c["phone_os"]
        common = dict(device=dev, channel=ch)
        tries = 0
        while True:
            ver = self.app_version(dev, t) if ch == "app" else ""
            if self.r() < self.fail_prob(ch, dev, ver, t):
                code = "E5301" if ver == "5.3.0" else self.pick(["E1001", "E2002", "E4004"], [0.5, 0.3, 0.2])
                self.ev(c, t, "tp_booking_fail", "fail", app_version=ver, error_code=code, **common)
                if ver == "5.3.0":
                    if self.r() < 0.4:
                        self.fb(c, t + H(self.u(0.1, 6)), "app_booking_bug", "app_review", "tp_booking_fail",
                                rating=self.pick([1, 2], [0.7, 0.3]), no_ts=self.r() < 0.1, device=dev)
                    elif self.r() < 0.12:
                        self.fb(c, t + H(self.u(0.2, 12)), "app_booking_bug", "ticket", "tp_booking_fail", device=dev)
                    self.maybe_social(c, t, "app_booking_bug", "tp_booking_fail", 0.05)
                if self.r() < 0.6 and tries < 3:
                    t += H(self.u(0.1, 30))
                    tries += 1
                    continue
                return (t, False, True)
            break
        self.nb += 1
        bid = f"B{self.nb:06d}"
        cat = self.category(c, t)
        est = round(self.logn(EST_MEDIAN[cat] * (1.6 if c["household_type"] == "office" and cat == "paper" else 1.0),
                              0.45), 1)
        kw = dict(booking_id=bid, category=cat, 品类=CAT_ZH[cat], **common)
        self.ev(c, t, "tp_book", "submit", est_weight_kg=est, app_version=ver, **kw)
        if c["_paid_before"]:
            self.ev(c, t + D(seconds=1), "tp_rebook", "submit", **kw)
        if self.r() < 0.02:
            self.ev(c, t + H(self.u(0.3, 20)), "tp_cancel", "cancel", **kw)
            return (t, False, False)
        short = CD_SHORT[0] <= t < CD_SHORT[1] and c["city"] == "Chengdu"
        ts = t + H(self.u(0.2, 5))
        bad = False
        for attempt in range(3):
            lead = self.pick([1, 2, 3, 4], [0.5, 0.3, 0.15, 0.05]) + (2 if short else 0)
            day = ts.date() + D(days=lead)
            for a, b in HOLIDAYS:
                if a <= day <= b:
                    day = b + D(days=self.pick([1, 2, 3], [0.4, 0.35, 0.25]))
            hour = self.pick([9.0, 14.0, 18.5], {"elderly": [0.7, 0.25, 0.05], "office": [0.3, 0.4, 0.3],
                                                 "student": [0.2, 0.4, 0.4], "family": [0.4, 0.3, 0.3]}[c["household_type"]])
            slot = datetime.combine(day, datetime.min.time()) + H(hour)
            colls = DIST_COLL[c["district"]]
            coll = colls[int(self.rng.integers(len(colls)))]
            self.ev(c, ts, "tp_scheduled", "assign", slot_start=fmt(slot), collector_id=coll, **kw)
            slot_zh = {9.0: "上午", 14.0: "下午", 18.5: "晚上"}[hour]
            # collector no-show
            p_cn = 0.03
            if c["city"] == "Chengdu" and CD_SHORT[0] <= slot < CD_SHORT[1] + D(days=3):
                p_cn = {11: 0.15, 12: 0.27, 1: 0.14, 2: 0.14}[slot.month]
            if self.r() < p_cn:
                tn = slot + H(self.u(2.5, 4))
                self.ev(c, tn, "tp_collector_noshow", "fail", collector_id=coll, slot_start=fmt(slot), **kw)
                bad = True
                x = self.r()
                if x < 0.30:
                    self.fb(c, tn + H(self.u(0.1, 5)), "collector_noshow", "ticket", "tp_collector_noshow",
                            booking_id=bid, collector_id=coll, k=cat, slot=slot_zh if c["language"] == "zh" else None)
                elif x < 0.42:
                    self.fb(c, tn + H(self.u(0.1, 5)), "collector_noshow", "call_note", "tp_collector_noshow",
                            booking_id=bid, collector_id=coll, k=cat)
                elif x < 0.54:
                    self.fb(c, tn + H(self.u(1, 48)), "collector_noshow", "app_review", "tp_collector_noshow",
                            rating=1, no_ts=self.r() < 0.1, k=cat)
                self.maybe_social(c, tn, "collector_noshow", "tp_collector_noshow", 0.05)
                if self.r() < 0.55:
                    ts = tn + H(self.u(0.5, 4))
                    continue
                return (tn, False, True)
            late = self.rng.normal(4, 13)
            if coll == LATE_COLLECTOR:
                late = self.rng.normal(38, 25)
            if short:
                late += 15
            arrive = slot + D(minutes=float(late))
            # customer not home
            if self.r() < NOSHOW_CUST[c["household_type"]]:
                self.ev(c, arrive, "tp_customer_noshow", "fail", collector_id=coll, slot_start=fmt(slot),
                        minutes_late=int(round(late)), **kw)
                if self.r() < 0.5:
                    ts = arrive + H(self.u(0.5, 20))
                    continue
                return (arrive, False, False)
            return self.visit(c, bid, cat, est, coll, slot, arrive, late, kw, bad)
        return (ts, False, True)

    def visit(self, c, bid, cat, est, coll, slot, arrive, late, kw, bad):
        self.ev(c, arrive, "tp_pickup", "success", collector_id=coll, slot_start=fmt(slot),
                minutes_late=int(round(late)), **kw)
        tw = arrive + D(minutes=self.u(4, 18))
        scale = WH_SCALE[0] <= tw < WH_SCALE[1] and c["city"] == "Wuhan"
        true_w = est * self.logn(0.93, 0.12)
        shown = true_w * (0.85 if scale else 1.0)
        kg = round(shown, 1)
        grade = self.pick(["A", "B", "C", "rejected"], [0.3, 0.45, 0.235, 0.015])
        self.ev(c, tw, "tp_weigh", "success", collector_id=coll, est_weight_kg=est, actual_weight_kg=kg,
                grade=grade, 等级=GRADE_ZH[grade], **kw)
        c["_kg"] += kg
        if grade == "rejected":
            return (tw, False, True)
        if cat in ("electronics",):
            amount = kg * PRICE[cat][grade] + self.u(0, 15)
        else:
            amount = kg * PRICE[cat][grade]
        amount = round(max(amount, 1.0), 2)
        pay = c["payout_preference"]
        if pay == "points":
            tp_ = tw + D(minutes=self.u(1, 10))
            points = int(round(amount * 110))
        else:
            tp_ = tw + H(self.logn(2.5, 0.6) if tw < CASH_PSP else self.logn(42, 0.45))
            points = 0
        pkw = dict(payout_type=pay, 结算方式=PAY_ZH[pay], points=points)
        reversed_ = self.r() < 0.012
        o = self.order(c, tp_, "payout", amount, status="reversed" if reversed_ else "paid", booking_id=bid,
                       category=cat, 品类=CAT_ZH[cat], weight_kg=kg, grade=grade, collector_id=coll,
                       channel="wechat_pay" if pay == "cash" else "points", device=kw["device"],
                       reversed_at=fmt(tp_ + D(days=self.u(2, 10))) if reversed_ else "",
                       reverse_reason=self.pick(["contaminated", "wrong category", "duplicate payout"], [0.5, 0.35, 0.15])
                       if reversed_ else "", **pkw)
        self.ev(c, tp_, "tp_payout", "success", order_id=o["order_id"], amount=amount, **pkw, **kw)
        c["_payouts"] += 1
        c["_paid_before"] = True
        c["_last"] = tp_
        lang_zh = c["language"] == "zh"
        # post-pickup survey
        if self.r() < (0.6 if c["district"] == "Tianfu" else 0.2):
            tsv = tp_ + H(self.u(0.3, 30))
            xuhui = c["district"] == "Xuhui"
            tianfu = c["district"] == "Tianfu"
            if late > 30 and self.r() < 0.6:
                self.fb(c, tsv, "collector_late", "survey", "tp_pickup", rating=self.pick([1, 2, 3], [0.3, 0.45, 0.25]),
                        booking_id=bid, collector_id=coll, slot="上午" if lang_zh else None)
            elif (scale or true_w < est * 0.8) and self.r() < 0.55:
                self.fb(c, tsv, "weight_low", "survey", "tp_weigh", rating=self.pick([1, 2], [0.5, 0.5]),
                        booking_id=bid, collector_id=coll, k=cat, w=int(round(est)))
            else:
                x = self.r()
                if x < (0.55 if (xuhui or tianfu) else 0.30):
                    self.fb(c, tsv, "friendly_collector", "survey", "tp_pickup",
                            rating=self.pick([4, 5], [0.1, 0.9] if (xuhui or tianfu) else [0.35, 0.65]),
                            booking_id=bid, collector_id=coll)
                elif x < 0.82:
                    self.fb(c, tsv, "convenient", "survey", "tp_pickup",
                            rating=self.pick([3, 4, 5], [0.05, 0.35, 0.6] if (xuhui or tianfu) else [0.15, 0.45, 0.4]),
                            booking_id=bid, collector_id=coll)
                else:
                    self.fb(c, tsv, "suggestion", "survey", "tp_book", rating=self.pick([3, 4], [0.5, 0.5]),
                            booking_id=bid)
        elif late > 45 and self.r() < 0.08:
            self.fb(c, arrive + H(self.u(0.5, 8)), "collector_late", "ticket", "tp_pickup", booking_id=bid,
                    collector_id=coll)
        if self.r() < 0.012:
            self.fb(c, tp_ + H(self.u(1, 200)), "convenient", "app_review", "tp_book", rating=self.pick([4, 5], [0.4, 0.6]),
                    no_ts=self.r() < 0.15)
        # slow cash
        if pay == "cash" and (tp_ - tw) > H(36) and self.r() < 0.15:
            self.fb(c, tp_ - H(self.u(1, 10)), "payout_slow", self.pick(["ticket", "call_note"], [0.7, 0.3]), "tp_payout",
                    booking_id=bid, k=cat)
        # weight dispute
        p_d = 0.02 + (0.05 if true_w < est * 0.8 else 0.0) + (0.13 if scale else 0.0)
        if self.r() < p_d:
            td = tp_ + H(self.u(1, 48))
            reason = DISPUTE_REASONS[0] if (scale or self.r() < 0.6) else self.pick(DISPUTE_REASONS[1:], [0.7, 0.3])
            self.ev(c, td, "tp_weight_dispute", "submit", order_id=o["order_id"], dispute_reason=reason[0],
                    申诉原因=reason[1], **kw)
            if reason[0] == "weight too low" and self.r() < 0.4:
                self.fb(c, td + H(self.u(0.05, 2)), "weight_low", "ticket", "tp_weight_dispute", booking_id=bid,
                        collector_id=coll, k=cat, w=int(round(est)))
            tr = td + H(self.logn(26, 0.5))
            upheld = self.r() < (0.8 if scale else 0.4)
            if upheld:
                adj = round(amount * self.u(0.08, 0.2) + 0.5, 2)
                oa = self.order(c, tr, "adjustment", adj, booking_id=bid, related_order_id=o["order_id"], category=cat,
                                品类=CAT_ZH[cat], collector_id=coll, payout_type=pay, 结算方式=PAY_ZH[pay],
                                points=int(round(adj * 110)) if pay == "points" else 0,
                                channel="wechat_pay" if pay == "cash" else "points")
                self.ev(c, tr, "tp_dispute_adjusted", "success", order_id=o["order_id"], amount=adj, **kw)
            else:
                self.ev(c, tr, "tp_dispute_rejected", "fail", order_id=o["order_id"], **kw)
                if self.r() < 0.3:
                    self.fb(c, tr + H(self.u(0.2, 24)), "dispute_rejected", self.pick(["ticket", "app_review"], [0.6, 0.4]),
                            "tp_dispute_rejected", rating=None, booking_id=bid)
        # points mall
        tdone = tp_
        if pay == "points" and self.r() < 0.5:
            tv = tp_ + D(days=min(self.rng.exponential(4.0), 25)) + H(self.u(0, 3))
            dev = c["phone_os"]
            self.ev(c, tv, "tp_mall_visit", "view", device=dev, channel="app")
            p_r = 0.6 if tv >= MALL_REFRESH else 0.28
            if self.r() < p_r:
                items = ITEMS_NEW if tv >= MALL_REFRESH else ITEMS_OLD
                it = self.pick(items, [i[3] for i in items])
                tr = tv + D(minutes=self.u(1, 15)) if self.r() < 0.85 else tv + D(days=self.u(0.2, 5))
                st = "paid" if self.r() < 0.97 else "cancelled"
                ro = self.order(c, tr, "redemption", it[2], status=st, points=it[2] * 100, item=it[0], 兑换商品=it[1],
                                channel="app", device=dev)
                self.ev(c, tr, "tp_redeem", "success", order_id=ro["order_id"], points=it[2] * 100, item=it[0],
                        兑换商品=it[1], device=dev, channel="app")
                if tv >= MALL_REFRESH and self.r() < 0.05:
                    self.fb(c, tr + H(self.u(0.1, 48)), "mall_praise", self.pick(["survey", "app_review"], [0.5, 0.5]),
                            "tp_redeem", rating=self.pick([4, 5], [0.4, 0.6]))
            elif self.r() < (0.065 if tv < MALL_REFRESH else 0.02):
                chn = self.pick(["survey", "app_review"], [0.5, 0.5])
                self.fb(c, tv + H(self.u(0.1, 24)), "mall_nothing_good", chn, "tp_mall_visit",
                        rating=self.pick([2, 3], [0.6, 0.4]), no_ts=chn == "app_review" and self.r() < 0.1)
                self.maybe_social(c, tv, "mall_nothing_good", "tp_mall_visit", 0.04)
        if self.r() < 0.004:
            self.fb(None, tdone + D(days=self.u(0, 20)), self.pick(["suggestion", "convenient"], [0.5, 0.5]), "social",
                    "tp_book", anon=True, no_ts=self.r() < 0.35)
        return (tdone, True, bad)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen(np.random.default_rng(SEED))
    for i in range(N):
        g.customer(i)
    end = fmt(END)
    g.events = [e for e in g.events if e["ts"] <= end]
    g.orders = [o for o in g.orders if o["ts"] <= end]
    for o in g.orders:
        if o.get("reversed_at") and o["reversed_at"] > end:
            o["status"], o["reversed_at"], o["reverse_reason"] = "paid", "", ""
    keep = [i for i, f in enumerate(g.feedback) if f["ts"] == "" or f["ts"] <= end]
    g.feedback = [g.feedback[i] for i in keep]
    g.truth = [g.truth[i] for i in keep]
    # customer attributes derived from the history
    last_pay = {}
    npay = {}
    for o in g.orders:
        if o["order_type"] == "payout":
            last_pay[o["customer_id"]] = max(last_pay.get(o["customer_id"], ""), o["ts"])
            npay[o["customer_id"]] = npay.get(o["customer_id"], 0) + 1
    for c in g.customers:
        kg = c["_kg"]
        tier = "gold" if kg >= 150 else "silver" if kg >= 50 else "regular"
        c["tier"], c["会员等级"] = tier, {"gold": "金卡", "silver": "银卡", "regular": "普通"}[tier]
        cid = c["customer_id"]
        if not c["signup_at"]:
            seg = "lead"
        elif tier == "gold":
            seg = "vip"
        elif cid in last_pay and last_pay[cid] < "2026-03-01" :
            seg = "at_risk"
        elif npay.get(cid, 0) >= 2:
            seg = "returning"
        else:
            seg = "new"
        c["segment"] = seg
    # a few exact duplicate log rows (the same event shipped twice)
    rng = np.random.default_rng(SEED + 1)
    dup = [g.events[int(k)] for k in rng.choice(len(g.events), 24, replace=False)]
    g.events.extend(dict(d) for d in dup)
    g.events.sort(key=lambda e: (e["ts"], e["event_id"]))
    write(out, g)


def write(out: Path, g: Gen) -> None:
    def dump(name, rows, cols):
        with open(out / name, "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({k: r.get(k, "") for k in cols})

    def cols_of(rows, first):
        seen = list(first)
        for r in rows:
            for k in r:
                if k not in seen and not k.startswith("_"):
                    seen.append(k)
        return seen

    dump("touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                                  kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
         ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    dump("journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                               step=k + 1, touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS
                          for k, tp in enumerate(j[4])],
         ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    dump("customers.csv", g.customers, cols_of(g.customers, ["customer_id", "signup_at", "segment", "region",
                                                             "acquisition_channel", "tier"]))
    dump("events.csv", g.events, cols_of(g.events, ["event_id", "customer_id", "ts", "touchpoint_id", "action",
                                                    "device", "channel"]))
    dump("orders.csv", g.orders, cols_of(g.orders, ["order_id", "customer_id", "ts", "amount", "status", "channel",
                                                    "device"]))
    dump("feedback.csv", g.feedback, cols_of(g.feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id",
                                                          "channel", "rating"]))
    dump("_truth/feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment", "language"])
    roster = [dict(collector_id=cl, city=c[0], 城市=c[1], district=d[0], 区=d[1]) for c in CITIES for d in c[4]
              for cl in d[3]]
    dump("_truth/collectors.csv", roster, ["collector_id", "city", "城市", "district", "区"])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
