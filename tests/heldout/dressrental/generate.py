"""纱愿 VeilRent: bridal and evening dress rental, 5 studios + an online catalogue, 2025-01-01 .. 2026-07-31.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (the generator's topic / sentiment / language per comment; not a
DATA.md table). Deterministic (fixed seed), plain Python + numpy, about a second. Planted patterns: README.md.
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
N = 4800
D = timedelta
HUBIN_SLOW = datetime(2026, 1, 1)                           # 湖滨店 finance clerk leaves: deposit refunds manual
JINGAN_BACKLOG = (datetime(2025, 9, 1), datetime(2025, 11, 1))   # 静安店 alteration workshop backlog (autumn peak)
ANDROID_BUG = (datetime(2026, 3, 1), datetime(2026, 4, 1))    # mini-program 3.8: booking page hangs on Android
COUTURE_LAUNCH = datetime(2026, 5, 20)                       # 高定系列 launched at 静安店 (small group)

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_inquiry", "首次咨询", "First inquiry", "awareness", "social", "digital", "marketing",
     "咨询|询价|看图册|线上图册|私信|留资|婚博会登记|inquiry|enquiry|lead|catalogue|online catalogue|first contact|DM"),
    ("tp_booking", "预约试纱", "Fitting appointment booked", "consideration", "mini_program", "digital", "store_ops",
     "预约|约试纱|约档期|预约到店|booking|book a fitting|appointment|appointment booked|fitting booking"),
    ("tp_fitting", "到店试纱", "Fitting attended", "consideration", "store", "physical", "store_ops",
     "试纱|试穿|到店|试礼服|试衣|fitting|try-on|trying on|store visit|showed up"),
    ("tp_reserve", "定纱付定金", "Dress reserved (deposit paid)", "purchase", "store", "physical", "store_ops",
     "定纱|下定|付定金|交押金|签单|预订礼服|reserve|reservation|booked the dress|deposit paid|order"),
    ("tp_alteration", "修改完成", "Alterations done", "service", "store", "physical", "atelier",
     "改衣|修改|改尺寸|改纱|裁缝|alteration|alterations|tailoring|fitting adjustments"),
    ("tp_pickup", "取纱", "Dress picked up", "service", "store", "physical", "store_ops",
     "取纱|取衣|提货|拿礼服|pickup|pick up|collection|collected the dress"),
    ("tp_return", "归还礼服", "Dress returned", "service", "store", "physical", "store_ops",
     "还纱|还衣|归还|退还礼服|验衣|return|returned|dress back|drop off"),
    ("tp_deposit_refund", "押金退还", "Deposit refunded", "service", "other", "digital", "finance",
     "退押金|押金退还|押金退款|退押|deposit refund|deposit back|refund of deposit|deposit returned"),
    ("tp_review", "发布评价", "Review posted", "loyalty", "social", "digital", "marketing",
     "评价|点评|写评价|晒图|返图|review|rating|posted a review|testimonial"),
    ("tp_referral", "推荐好友", "Referred a friend", "loyalty", "social", "digital", "marketing",
     "转介绍|推荐朋友|老带新|介绍闺蜜|referral|refer a friend|referred|word of mouth"),
    ("tp_support", "客服咨询", "Customer service contact", "service", "phone", "digital", "customer_service",
     "客服|电话|投诉|催单|售后|support|customer service|hotline|complaint|call"),
]
JOURNEYS = [
    ("inquiry_to_reserve", "咨询到定纱", "Inquiry to reservation", 30,
     ["tp_inquiry", "tp_booking", "tp_fitting", "tp_reserve"]),
    ("return_refund", "还纱退押", "Return & deposit refund", 45, ["tp_pickup", "tp_return", "tp_deposit_refund"]),
]
STORES = {"jingan": ("Shanghai Jing'an", "上海静安店"), "xuhui": ("Shanghai Xuhui", "上海徐汇店"),
          "hubin": ("Hangzhou Hubin", "杭州湖滨店"), "xinjiekou": ("Nanjing Xinjiekou", "南京新街口店"),
          "guanqian": ("Suzhou Guanqian", "苏州观前店")}
STYLISTS = {"jingan": ["林悦", "周婷", "Amy Chen", "陈思雨"], "xuhui": ["王佳", "吴倩", "Coco Liu"],
            "hubin": ["赵敏", "钱晓", "孙蕾"], "xinjiekou": ["李娜", "郑雪", "黄丽"], "guanqian": ["沈静", "顾燕", "朱琳"]}
# zh, en, weight, region, {store: weight}
CITIES = [("上海", "Shanghai", 0.44, "上海", {"jingan": 0.65, "xuhui": 0.35}),
          ("杭州", "Hangzhou", 0.15, "浙江", {"hubin": 1}), ("宁波", "Ningbo", 0.03, "浙江", {"hubin": 1}),
          ("嘉兴", "Jiaxing", 0.03, "浙江", {"jingan": 0.6, "hubin": 0.4}),
          ("南京", "Nanjing", 0.14, "江苏", {"xinjiekou": 1}), ("常州", "Changzhou", 0.03, "江苏", {"xinjiekou": 1}),
          ("苏州", "Suzhou", 0.13, "江苏", {"guanqian": 1}), ("无锡", "Wuxi", 0.05, "江苏", {"guanqian": 1})]
STORE_PRICE = {"jingan": 1.12, "xuhui": 1.0, "hubin": 0.97, "xinjiekou": 0.95, "guanqian": 0.95}
CTYPE_ZH = {"bride": "新娘", "bridesmaid": "伴娘", "evening_event": "晚宴活动"}
ACQ_ZH = {"xiaohongshu": "小红书", "wedding_fair": "婚博会", "photographer_referral": "摄影师推荐",
          "dianping": "大众点评", "friend_referral": "老客推荐"}
BUDGET_ZH = {"under_3k": "3千以下", "3k_8k": "3千-8千", "over_8k": "8千以上"}
LINE_ZH = {"classic_lace": "经典蕾丝", "princess_ballgown": "公主蓬蓬裙", "mermaid": "鱼尾婚纱", "xiuhe": "秀禾服",
           "evening_gown": "晚礼服", "bridesmaid": "伴娘服", "haute_couture": "高定系列"}
LINE_EN = {"classic_lace": "Classic Lace", "princess_ballgown": "Princess Ballgown", "mermaid": "Mermaid",
           "xiuhe": "Xiuhe", "evening_gown": "Evening Gown", "bridesmaid": "Bridesmaid", "haute_couture": "Haute Couture"}
# rental fee range, deposit
PRICE = {"classic_lace": ((2600, 4500), 3000), "princess_ballgown": ((3200, 6000), 4000),
         "mermaid": ((3800, 7200), 4000), "xiuhe": ((1600, 3200), 2000), "evening_gown": ((700, 1900), 1500),
         "bridesmaid": ((280, 600), 500), "haute_couture": ((9800, 16800), 10000)}
DAMAGE_P = {"classic_lace": 0.04, "princess_ballgown": 0.17, "mermaid": 0.05, "xiuhe": 0.03, "evening_gown": 0.05,
            "bridesmaid": 0.03, "haute_couture": 0.7}
ACQ_W = {"bride": [0.33, 0.22, 0.18, 0.17, 0.10], "bridesmaid": [0.30, 0.05, 0.10, 0.20, 0.35],
         "evening_event": [0.45, 0.05, 0.03, 0.35, 0.12]}
ACQ = ["xiaohongshu", "wedding_fair", "photographer_referral", "dianping", "friend_referral"]
P_BOOK = {"xiaohongshu": 0.66, "wedding_fair": 0.80, "photographer_referral": 0.86, "dianping": 0.73,
          "friend_referral": 0.83}
P_SHOW = {"xiaohongshu": 0.69, "wedding_fair": 0.82, "photographer_referral": 0.93, "dianping": 0.84,
          "friend_referral": 0.90}
RES_CH = {"xiaohongshu": 0.90, "wedding_fair": 1.0, "photographer_referral": 1.25, "dianping": 0.95,
          "friend_referral": 1.08}
RES_TYPE = {"bride": 0.62, "bridesmaid": 0.76, "evening_event": 0.68}
RES_BUDGET = {"under_3k": 0.82, "3k_8k": 1.0, "over_8k": 1.12}
MONTH_W = {"wedding": {1: .6, 2: .5, 3: .8, 4: 1.25, 5: 1.5, 6: .9, 7: .5, 8: .6, 9: 1.0, 10: 2.0, 11: 1.0, 12: .9},
           "evening": {1: 2.2, 2: .6, 3: .6, 4: .6, 5: .7, 6: .6, 7: .6, 8: .6, 9: .7, 10: .8, 11: 1.0, 12: 2.8}}


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


# ---------------------------------------------------------------- feedback texts
TEXTS = {
    "dress_beautiful": {
        "zh": ["婚纱真的太美了，上身效果超出预期，拍照特别出片！", "{line}很仙，朋友都说好看，这家选对了",
               "款式很多，每一件都很精致，试了好几件都舍不得脱", "礼服质感很好，干净又合身，婚礼当天被夸了一整天",
               "裙子非常漂亮，细节和做工都很好，性价比高", "{line}上身太惊艳了，老公看呆了哈哈",
               "纱很新很干净，亮片一颗没掉，照片美哭"],
        "en": ["The dress was absolutely stunning, I got so many compliments on the day.",
               "Beautiful gowns, great selection and everything looked brand new.",
               "Loved my {line_en} dress, it photographed beautifully.",
               "Gorgeous dresses, way nicer than I expected for a rental."]},
    "staff_patient": {
        "zh": ["顾问小姐姐特别耐心，陪我试了两个多小时一点都不催", "店员很有耐心，会根据身材给建议，服务很贴心",
               "造型师很专业也很温柔，试纱体验很好", "试了十几件顾问也没有不耐烦，还帮我拍照对比",
               "服务态度超级好，妈妈一直挑剔店员也很耐心解释"],
        "en": ["The stylist was so patient with me and my mum, never rushed us.",
               "Staff were kind and patient and gave honest advice on what suited me.",
               "Our consultant was lovely and very patient through ten dresses."]},
    "smooth_return": {
        "zh": ["还纱很方便，押金第二天就退回来了", "归还流程简单，押金退得很快，点赞", "还衣服没有任何麻烦，押金很快到账",
               "婚礼后直接送回店里，十分钟搞定，押金两天就到了"],
        "en": ["Returning the dress was easy and the deposit came back in two days.",
               "Smooth return, deposit refunded quickly. No hassle."]},
    "neutral": {
        "zh": ["整体还可以，中规中矩", "试了几件，还在考虑要不要定", "流程正常，没什么特别的", "价格和服务都在预期之内",
               "下次有需要再看看"],
        "en": ["It was fine overall.", "Okay experience, nothing special.", "Still deciding between two dresses."]},
    "fitting_crowded": {
        "zh": ["周末试纱人太多了，试衣间挤得转不开身", "试衣间太小太挤，排队等了快一个小时",
               "人多到没地方站，妈妈和闺蜜只能站在门口看", "周六去的，试衣间要排队，镜子前全是人，体验很差",
               "试纱区又挤又吵，顾问同时照顾三组客人，根本顾不过来", "{store}周末太挤了，换衣服都要等，建议限流"],
        "en": ["The fitting room was so crowded on Saturday, we waited almost an hour.",
               "Way too many people in the fitting area, no space for my family to sit.",
               "Crowded and noisy fitting rooms on the weekend, felt rushed.",
               "Tiny changing rooms and a queue for the mirror. Not the experience I wanted."]},
    "alteration_late": {
        "zh": ["改衣服说好两周，拖了快一个月，婚礼前两天才拿到", "修改一直延期，打电话催了好几次",
               "改尺寸拖得太久了，差点赶不上拍婚纱照", "改衣进度没人通知，延期了也不说一声",
               "说好的改衣日期一拖再拖，婚礼前焦虑死了", "裁缝那边排不过来，改腰身延误了一个多星期"],
        "en": ["Alterations were late, I only got the dress two days before the wedding.",
               "They kept pushing back the alteration date, very stressful.",
               "Alterations took far longer than promised and nobody called me."]},
    "deposit_refund_slow": {
        "zh": ["押金退得太慢了，还了衣服两个星期还没到账", "退押金一拖再拖，问客服只说在走流程",
               "押金迟迟不退，催了三次才退回来", "衣服早就还了，押金过了十几天才退", "{store}退押金太慢了，别的店两天就退",
               "押金到底什么时候退？还纱都快半个月了"],
        "en": ["Deposit refund is painfully slow, still waiting two weeks after returning the dress.",
               "Had to chase them three times for my deposit.",
               "Returned the gown on time but the deposit took forever to come back."]},
    "damage_fee_dispute": {
        "zh": ["说裙摆勾丝要扣八百，拿的时候就有的", "损坏扣费不透明，没给我看照片就扣了押金", "扣的损坏费太离谱了，就一点点污渍",
               "蓬蓬裙的纱被勾了一下就要赔一千多，太坑"],
        "en": ["They charged a damage fee for a snag that was already there.",
               "The damage deduction felt unfair and they wouldn't show me photos."]},
    "booking_app_bug": {
        "zh": ["小程序预约试纱一直转圈，提交不了", "安卓手机上预约页面点提交就闪退", "想约周末试纱，小程序一直报错约不上",
               "预约页面卡死，换了两个安卓手机都不行"],
        "en": ["The mini-program keeps spinning when I try to book a fitting.",
               "Booking page crashes on my Android phone, can't make an appointment."]},
    "price_high": {
        "zh": ["租金有点贵，比预期高不少", "价格偏高，高端款租一次都快能买一件了", "改衣还要另外收费，总价有点高"],
        "en": ["A bit pricey for a rental.", "Prices are higher than other studios in town."]},
    "dress_worn": {
        "zh": ["裙子有点旧了，腰部有一点发黄", "拿到的礼服有污渍，跟试穿时那件状态不一样", "头纱有点脏，蕾丝边也起毛了"],
        "en": ["The dress had a small stain and looked a bit worn."]},
}
SENT = {"dress_beautiful": "positive", "staff_patient": "positive", "smooth_return": "positive", "neutral": "neutral",
        "fitting_crowded": "negative", "alteration_late": "negative", "deposit_refund_slow": "negative",
        "damage_fee_dispute": "negative", "booking_app_bug": "negative", "price_high": "negative",
        "dress_worn": "negative"}
TOPIC_TP = {"dress_beautiful": "tp_pickup", "staff_patient": "tp_fitting", "smooth_return": "tp_deposit_refund",
            "fitting_crowded": "tp_fitting", "alteration_late": "tp_alteration",
            "deposit_refund_slow": "tp_deposit_refund", "damage_fee_dispute": "tp_return",
            "booking_app_bug": "tp_booking", "price_high": "tp_reserve", "dress_worn": "tp_pickup"}


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.customers, self.events, self.orders, self.feedback, self.truth = [], [], [], [], []
        self.n_ev = self.n_fb = self.n_ord = self.n_sess = 0
        self.referrals = []

    def pick(self, items, weights):
        w = np.asarray(weights, dtype=float)
        return items[int(self.r.choice(len(items), p=w / w.sum()))]

    def u(self, a, b):
        return float(self.r.uniform(a, b))

    def hours(self, t: datetime, lo=10, hi=20) -> datetime:
        return t.replace(hour=0, minute=0, second=0) + D(hours=self.u(lo, hi))

    # ------------------------------------------------------------ rows
    def ev(self, c, t, tp, **kw):
        if t > END:
            return None
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:06d}", customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp) | kw
        if "store_key" in row:
            sk = row.pop("store_key")
            row["store"], row["门店"] = STORES[sk]
        if "line" in row:
            ln = row.pop("line")
            row["dress_line"], row["系列"] = ln, LINE_ZH[ln]
        if "session_id" not in row:
            self.n_sess += 1
            row["session_id"] = f"S{self.n_sess:06d}"
        self.events.append(row)
        return row

    def order(self, c, t, amount, otype, status, sk, line, **kw):
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=fmt(t), amount=round(amount, 2),
                   status=status, order_type=otype, store=STORES[sk][0], 门店=STORES[sk][1], dress_line=line,
                   系列=LINE_ZH[line]) | kw
        self.orders.append(row)
        return row

    def fb(self, topic, t, channel, c=None, sk=None, line=None, order_id="", rating=True, nps=False, lang=None,
           platform="", tp=None):
        if t is not None and t > END:
            return
        lang = lang or (c["language"] if c else ("en" if self.r.random() < 0.05 else "zh"))
        text = str(self.r.choice(TEXTS[topic][lang]))
        store_name = STORES[sk][1] if sk else "门店"
        text = text.format(line=LINE_ZH.get(line, "这件婚纱"), line_en=LINE_EN.get(line, "wedding"), store=store_name)
        s = SENT[topic]
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        row = dict(feedback_id=fid, text=text, ts=fmt(t) if t else "", customer_id=c["customer_id"] if c else "",
                   touchpoint_id=TOPIC_TP.get(topic, "tp_return" if channel == "review" else "tp_fitting"),
                   channel=channel, order_id=order_id, platform=platform)
        if tp:
            row["touchpoint_id"] = tp
        if sk:
            row["store"], row["门店"] = STORES[sk]
        if line:
            row["dress_line"], row["系列"] = line, LINE_ZH[line]
        if rating:
            if s == "positive":
                row["rating"] = int(self.pick([5, 4], [0.72, 0.28]))
            elif s == "neutral":
                row["rating"] = int(self.pick([3, 4], [0.6, 0.4]))
            else:
                row["rating"] = int(self.pick([1, 2, 3], [0.3, 0.5, 0.2]))
        if nps:
            row["nps"] = int(self.r.integers(9, 11) if s == "positive" else self.r.integers(6, 9) if s == "neutral"
                             else self.r.integers(0, 7))
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=s, language=lang))

    # ------------------------------------------------------------ customers
    def sample_customers(self):
        r = self.r
        days = [START - D(days=10) + D(days=i) for i in range((datetime(2027, 3, 31) - START).days)]
        types = ["bride", "bridesmaid", "evening_event"]
        pdays = {}
        for kind in ("wedding", "evening"):
            w = np.array([MONTH_W[kind][d.month] for d in days])
            pdays[kind] = w / w.sum()
        out = []
        while len(out) < N:
            ct = self.pick(types, [0.58, 0.22, 0.20])
            kind = "evening" if ct == "evening_event" else "wedding"
            ev_day = days[int(r.choice(len(days), p=pdays[kind]))]
            if ct == "bride":
                lead = 45 + r.gamma(3.0, 30.0)
            elif ct == "bridesmaid":
                lead = 18 + r.gamma(2.0, 14.0)
            else:
                lead = 8 + r.gamma(2.0, 7.0)
            inq = ev_day - D(days=float(lead))
            if not (START <= inq <= END - D(hours=12)):
                continue
            growth = 0.72 + 0.28 * (inq - START).days / 577
            if r.random() > growth:
                continue
            out.append((ct, ev_day, inq))
        out.sort(key=lambda x: x[2])
        for i, (ct, ev_day, inq) in enumerate(out, 1):
            city = self.pick(CITIES, [c[2] for c in CITIES])
            stores = list(city[4])
            sk = self.pick(stores, [city[4][s] for s in stores])
            acq = self.pick(ACQ, ACQ_W[ct])
            if ct == "bride":
                budget = self.pick(list(BUDGET_ZH), [0.26, 0.50, 0.24] if city[1] == "Shanghai" else [0.34, 0.50, 0.16])
                age = self.pick(["22-25", "26-29", "30-34", "35+"], [0.18, 0.46, 0.28, 0.08])
            elif ct == "bridesmaid":
                budget = self.pick(list(BUDGET_ZH), [0.86, 0.14, 0.0])
                age = self.pick(["22-25", "26-29", "30-34", "35+"], [0.40, 0.42, 0.15, 0.03])
            else:
                budget = self.pick(list(BUDGET_ZH), [0.58, 0.36, 0.06])
                age = self.pick(["22-25", "26-29", "30-34", "35+"], [0.22, 0.33, 0.27, 0.18])
            inq_t = inq.replace(hour=0, minute=0, second=0) + D(hours=self.u(8, 23.5))
            c = dict(customer_id=f"C{i:05d}", signup_at=fmt(inq_t), region=city[3], acquisition_channel=acq,
                     获客渠道=ACQ_ZH[acq], customer_type=ct, 客户类型=CTYPE_ZH[ct], city=city[1], 城市=city[0],
                     budget_tier=budget, 预算档=BUDGET_ZH[budget], age_band=age, home_store=STORES[sk][0],
                     event_date=ev_day.strftime("%Y-%m-%d"),
                     language="en" if r.random() < (0.12 if city[1] == "Shanghai" else 0.03) else "zh",
                     wechat_follower="yes" if r.random() < 0.6 else "no")
            c["_sk"], c["_inq"], c["_ev"] = sk, inq_t, ev_day
            c["_device"] = "ios" if r.random() < 0.62 else "android"
            self.customers.append(c)

    # ------------------------------------------------------------ journey
    def journey(self, c):
        r = self.r
        ct, acq, sk, dev = c["customer_type"], c["acquisition_channel"], c["_sk"], c["_device"]
        t0 = c["_inq"]
        inq_dev = "" if acq == "wedding_fair" else dev
        self.ev(c, t0, "tp_inquiry", action="submit", device=inq_dev, channel=acq)
        if r.random() < 0.12:
            self.ev(c, t0 + D(days=self.u(0.5, 5)), "tp_inquiry", action="submit", device=inq_dev, channel=acq)
        tb = t0 + D(hours=float(r.exponential(30)) + 0.2)
        pb = P_BOOK[acq] * (0.95 if ct == "evening_event" else 1.0)
        if dev == "android" and ANDROID_BUG[0] <= tb < ANDROID_BUG[1]:
            pb *= 0.45
            if r.random() < 0.3:
                self.fb("booking_app_bug", tb + D(minutes=self.u(2, 90)), "mini_program_feedback", c)
        if r.random() > pb or tb > END:
            if r.random() < 0.05:
                self.fb(self.pick(["neutral", "price_high"], [0.7, 0.3]), t0 + D(days=self.u(0, 3)),
                        "wechat_chat", c, sk, rating=False, tp="tp_inquiry")
            return
        attempts = 0
        shown = None
        show_p = P_SHOW[acq]
        while attempts < 2:
            attempts += 1
            appt = self.fitting_slot(tb + D(days=self.u(1.5, 13)), sk)
            store = sk if not (sk in ("jingan", "xuhui") and r.random() < 0.08) else \
                ("xuhui" if sk == "jingan" else "jingan")
            show = r.random() < show_p
            res = "attended" if show else "no_show"
            if appt > END:
                res = "scheduled"
            self.ev(c, tb, "tp_booking", action="submit", device=dev, channel="mini_program", store_key=store,
                    appointment_at=fmt(appt), appointment_result=res)
            if appt > END:
                return
            if show:
                shown = (appt, store)
                break
            if r.random() > 0.3:
                return
            tb = appt + D(days=self.u(0.5, 6))
            show_p = 0.8
        if shown is None:
            return
        tf, store = shown
        stylist = str(r.choice(STYLISTS[store]))
        self.ev(c, tf, "tp_fitting", action="attended", channel="store", store_key=store, stylist=stylist,
                dresses_tried=int(r.integers(3, 13)))
        weekend = tf.weekday() >= 5
        pr = RES_TYPE[ct] * RES_CH[acq] * RES_BUDGET[c["budget_tier"]]
        if store == "xuhui" and weekend:
            pr *= 0.6
        pr = min(pr, 0.95)
        reserved = r.random() < pr
        # post-fitting survey
        if r.random() < 0.3:
            p_crowd = 0.48 if (store == "xuhui" and weekend) else 0.10 if weekend else 0.04
            topic = self.pick(["fitting_crowded", "staff_patient", "dress_beautiful", "price_high", "neutral"],
                              [p_crowd, 0.30, 0.34, 0.025 if reserved else 0.07, 0.14])
            self.fb(topic, tf + D(hours=self.u(1, 30)), "fitting_survey", c, store,
                    tp="tp_reserve" if topic == "price_high" else "tp_fitting")
        if not reserved:
            return
        tr = tf + (D(minutes=self.u(30, 100)) if r.random() < 0.65 else D(days=self.u(1, 10)))
        ev_day = c["_ev"]
        if tr > ev_day - D(days=2) or tr > END:
            return
        self.rental(c, tr, store, ev_day, ct, first=True)

    def fitting_slot(self, t, sk):
        # weekends are popular for fittings
        if self.r.random() < 0.5:
            t = t + D(days=(5 - t.weekday()) % 7 + (1 if self.r.random() < 0.45 else 0))
        return self.hours(t, 10, 19)

    def choose_line(self, c, tr, store):
        ct, b = c["customer_type"], c["budget_tier"]
        if ct == "bridesmaid":
            return self.pick(["bridesmaid", "evening_gown"], [0.9, 0.1])
        if ct == "evening_event":
            return self.pick(["evening_gown", "mermaid"], [0.9, 0.1])
        if b == "over_8k" and store == "jingan" and tr >= COUTURE_LAUNCH and self.r.random() < 0.7:
            return "haute_couture"
        w = {"under_3k": [0.36, 0.20, 0.09, 0.35], "3k_8k": [0.34, 0.28, 0.22, 0.16],
             "over_8k": [0.25, 0.30, 0.38, 0.07]}[b]
        return self.pick(["classic_lace", "princess_ballgown", "mermaid", "xiuhe"], w)

    def rental(self, c, tr, store, ev_day, ct, first):
        r = self.r
        line = self.choose_line(c, tr, store)
        if line == "haute_couture":      # couture brides marry soon after the launch (small group)
            ev_day = min(ev_day, (tr + D(days=self.u(9, 22))).replace(hour=0, minute=0, second=0))
        (lo, hi), dep = PRICE[line]
        fee = round(self.u(lo, hi) * STORE_PRICE[store] / 10) * 10
        pm = self.pick(["wechat_pay", "alipay", "card"], [0.55, 0.33, 0.12])
        rent = self.order(c, tr, fee, "rental_fee", "paid", store, line, payment_method=pm,
                          event_date=ev_day.strftime("%Y-%m-%d"))
        oid = rent["order_id"]
        dep_o = self.order(c, tr + D(seconds=40), dep, "deposit", "held", store, line, payment_method=pm,
                           related_order_id=oid, event_date=ev_day.strftime("%Y-%m-%d"))
        self.ev(c, tr, "tp_reserve", action="success", channel="store", store_key=store, line=line, order_id=oid,
                event_date=ev_day.strftime("%Y-%m-%d"), rental_fee=fee, deposit=dep)
        pickup = self.hours(ev_day - D(days=2 if ct == "bride" else 1), 10, 19)
        # cancellation (wedding postponed / changed plans), paid then refunded
        if r.random() < 0.045:
            tc = tr + D(days=self.u(3, max(4.0, min(60.0, (pickup - tr).days - 2))))
            if tc <= END:
                rent["status"], rent["refunded_at"], rent["refund_amount"] = "refunded", fmt(tc), fee
                dep_o["status"], dep_o["refunded_at"], dep_o["refund_amount"] = "refunded", fmt(tc + D(days=1)), dep
                self.ev(c, tc, "tp_support", action="submit", channel="phone", call_reason="cancel_reservation",
                        order_id=oid, store_key=store)
                self.ev(c, tc + D(days=1), "tp_deposit_refund", action="success", channel="other", store_key=store,
                        line=line, order_id=oid, refund_amount=dep)
                return
        # alterations
        need = {"bride": 0.85, "bridesmaid": 0.4, "evening_event": 0.5}[ct] if line != "haute_couture" else 1.0
        if r.random() < need:
            span = (pickup - tr).total_seconds() / 86400
            promised = tr + D(days=min(21.0, max(1.0, span - 3)))
            if span - 3 < 3:
                promised = tr + D(days=span / 2)
            backlog = store == "jingan" and JINGAN_BACKLOG[0] <= promised < JINGAN_BACKLOG[1]
            late = r.random() < (0.55 if backlog else 0.07)
            done = promised + D(days=self.u(1, 8)) if late else promised - D(days=self.u(0.3, 6))
            done = max(done, tr + D(days=0.8))
            done = min(done, pickup - D(hours=6))
            done = self.hours(done, 10, 20)
            if done >= pickup:
                done = pickup - D(hours=3)
            late = done.date() > promised.date()
            if done <= END:
                self.ev(c, done, "tp_alteration", action="success", channel="store", store_key=store, line=line,
                        order_id=oid, promised_date=promised.strftime("%Y-%m-%d"),
                        alteration_status="late" if late else "on_time")
                if line != "haute_couture" and r.random() < 0.65:
                    self.order(c, done, round(self.u(150, 800) / 10) * 10, "alteration_fee", "paid", store, line,
                               payment_method=pm, related_order_id=oid)
                if late and r.random() < (0.7 if backlog else 0.4):
                    tcall = promised + D(hours=self.u(2, 30))
                    self.ev(c, tcall, "tp_support", action="submit", channel="phone", call_reason="alteration_progress",
                            order_id=oid, store_key=store)
                    self.fb("alteration_late", tcall + D(minutes=20), self.pick(["call_note", "ticket"], [0.6, 0.4]),
                            c, store, line, oid, rating=False)
                c["_alt_late"] = late
        if pickup > END:
            return
        self.ev(c, pickup, "tp_pickup", action="success", channel="store", store_key=store, line=line, order_id=oid)
        # return
        due = ev_day + D(days=3 if ct == "bride" else 2)
        p_late = {"bride": 0.05, "bridesmaid": 0.08, "evening_event": 0.20}[ct]
        if ct == "evening_event" and ev_day.month in (12, 1):
            p_late = 0.26
        late_days = int(min(6, r.geometric(0.5))) if r.random() < p_late else 0
        if late_days:
            tret = self.hours(due + D(days=late_days), 10, 20)
        else:
            tret = self.hours(ev_day + D(days=self.u(0.6, (due - ev_day).days + 0.4)), 10, 20)
            if tret.date() > due.date():
                tret = self.hours(due, 10, 20)
        if tret > END:
            return
        dmg = "none"
        if r.random() < DAMAGE_P[line]:
            dmg = self.pick(["minor", "major"], [0.75, 0.25])
        late_fee = 200 * late_days
        dmg_fee = 0
        if dmg != "none":
            lo_hi = {"minor": (300, 900), "major": (1500, 3500)}[dmg]
            if line == "haute_couture":
                lo_hi = (2000, 6000)
            dmg_fee = min(round(self.u(*lo_hi) / 10) * 10, dep - late_fee)
        self.ev(c, tret, "tp_return", action="success", channel="store", store_key=store, line=line, order_id=oid,
                return_status="late" if late_days else "on_time", days_late=late_days, damage_level=dmg,
                late_fee=late_fee, damage_fee=dmg_fee)
        if late_fee:
            self.order(c, tret, late_fee, "late_fee", "paid", store, line, payment_method="deposit_deduction",
                       related_order_id=oid)
        if dmg_fee and tret + D(days=1) <= END:
            self.order(c, self.hours(tret + D(days=1), 10, 19), dmg_fee, "damage_fee", "paid", store, line,
                       payment_method="deposit_deduction", related_order_id=oid)
        # deposit refund
        if store == "hubin" and tret >= HUBIN_SLOW:
            delay = 3 + float(r.gamma(4.0, 2.3))
        else:
            delay = 0.4 + float(r.gamma(2.0, 1.1))
        if dmg != "none":
            delay += self.u(0.5, 2)
        tref = tret + D(days=delay)
        if delay > 6 and r.random() < 0.5:
            tcall = tret + D(days=self.u(5, min(delay, 14)))
            self.ev(c, tcall, "tp_support", action="submit", channel="phone", call_reason="deposit_refund",
                    order_id=oid, store_key=store)
            self.fb("deposit_refund_slow", tcall + D(minutes=15), self.pick(["call_note", "ticket"], [0.6, 0.4]),
                    c, store, line, oid, rating=False)
        if dmg_fee and r.random() < 0.3:
            tcall = tret + D(days=self.u(1, 3))
            self.ev(c, tcall, "tp_support", action="submit", channel="phone", call_reason="damage_fee",
                    order_id=oid, store_key=store)
            self.fb("damage_fee_dispute", tcall + D(minutes=10), "call_note", c, store, line, oid, rating=False)
        if tref > END:
            return
        refund = dep - late_fee - dmg_fee
        self.ev(c, tref, "tp_deposit_refund", action="success", channel="other", store_key=store, line=line,
                order_id=oid, refund_amount=refund)
        dep_o["status"], dep_o["refunded_at"], dep_o["refund_amount"] = "refunded", fmt(tref), refund
        # review
        topic = None
        if r.random() < 0.38:
            if delay > 7 and r.random() < 0.65:
                topic = "deposit_refund_slow"
            elif dmg_fee and r.random() < 0.45:
                topic = "damage_fee_dispute"
            elif c.get("_alt_late") and r.random() < 0.5:
                topic = "alteration_late"
            else:
                topic = self.pick(["dress_beautiful", "smooth_return", "staff_patient", "dress_worn", "neutral"],
                                  [0.45, 0.2 if delay < 4 else 0.02, 0.15, 0.05, 0.15])
            trev = tref + D(days=self.u(0.5, 10))
            plat = self.pick(["xiaohongshu", "dianping"], [0.55, 0.45])
            self.ev(c, trev, "tp_review", action="submit", channel=plat, order_id=oid, store_key=store, platform=plat)
            self.fb(topic, trev, "review", c, store, line, oid, nps=True, platform=plat)
        # referral
        p_ref = 0.22 if topic in ("dress_beautiful", "staff_patient", "smooth_return") else 0.08
        if r.random() < p_ref:
            tref2 = tref + D(days=self.u(3, 60))
            row = self.ev(c, tref2, "tp_referral", action="submit", channel="wechat", store_key=store)
            if row:
                self.referrals.append(row)
        # a second rental later (anniversary shoot / gala)
        if first and r.random() < 0.08:
            tb2 = tret + D(days=self.u(40, 260))
            if tb2 < END:
                appt = self.fitting_slot(tb2 + D(days=self.u(1, 8)), store)
                self.ev(c, tb2, "tp_booking", action="submit", device=c["_device"], channel="mini_program",
                        store_key=store, appointment_at=fmt(appt),
                        appointment_result="attended" if appt <= END else "scheduled")
                if appt <= END:
                    self.ev(c, appt, "tp_fitting", action="attended", channel="store", store_key=store,
                            stylist=str(r.choice(STYLISTS[store])), dresses_tried=int(r.integers(2, 8)))
                    tr2 = appt + D(minutes=self.u(30, 90))
                    if tr2 <= END:
                        c2 = dict(c)
                        c2["customer_type"], c2["budget_tier"] = "evening_event", c["budget_tier"]
                        ev2 = tr2 + D(days=self.u(6, 30))
                        self.rental(c2, tr2, store, ev2.replace(hour=0, minute=0, second=0), "evening_event",
                                    first=False)

    # ------------------------------------------------------------ social notes
    def social(self):
        r = self.r
        for _ in range(230):
            t = START + D(days=self.u(0, (END - START).days))
            sk = self.pick(list(STORES), [0.26, 0.2, 0.2, 0.17, 0.17])
            w = {"dress_beautiful": 0.42, "staff_patient": 0.10, "neutral": 0.10, "price_high": 0.08,
                 "fitting_crowded": 0.22 if sk == "xuhui" else 0.04,
                 "deposit_refund_slow": 0.30 if (sk == "hubin" and t >= HUBIN_SLOW) else 0.02,
                 "alteration_late": 0.6 if (sk == "jingan" and JINGAN_BACKLOG[0] <= t < JINGAN_BACKLOG[1] + D(days=20))
                 else 0.02}
            topic = self.pick(list(w), list(w.values()))
            no_ts = r.random() < 0.3
            self.fb(topic, None if no_ts else t, "social", None, sk, rating=False, platform="xiaohongshu")

    def link_referrals(self):
        """referred friends: friend_referral customers whose inquiry follows a referral event."""
        pool = sorted([c for c in self.customers if c["acquisition_channel"] == "friend_referral"],
                      key=lambda c: c["_inq"])
        used = set()
        for ev in sorted(self.referrals, key=lambda e: e["ts"]):
            t = datetime.fromisoformat(ev["ts"])
            for c in pool:
                if c["customer_id"] in used or c["customer_id"] == ev["customer_id"]:
                    continue
                if t < c["_inq"] <= t + D(days=45):
                    used.add(c["customer_id"])
                    ev["referred_customer_id"] = c["customer_id"]
                    c["referred_by"] = ev["customer_id"]
                    break


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    g = Gen(rng)
    g.sample_customers()
    for c in g.customers:
        g.journey(c)
    g.social()
    g.link_referrals()
    # some undated call notes (typed in later from the paper log)
    for row in g.feedback:
        if row["channel"] == "call_note" and rng.random() < 0.15:
            row["ts"] = ""
    # segments from paid rentals
    paid = {}
    for o in g.orders:
        if o["order_type"] == "rental_fee" and o["status"] == "paid":
            paid[o["customer_id"]] = paid.get(o["customer_id"], 0) + 1
    for c in g.customers:
        n = paid.get(c["customer_id"], 0)
        c["segment"] = "prospect" if n == 0 else "new" if n == 1 else "returning"
        c["tier"] = "gold" if (c["budget_tier"] == "over_8k" or n >= 2) else "standard"
    # exact duplicate event rows (the store POS re-sent a batch)
    dup_idx = rng.choice(len(g.events), size=28, replace=False)
    g.events.extend(dict(g.events[int(i)]) for i in dup_idx)
    g.events.sort(key=lambda e: e["ts"])
    g.feedback.sort(key=lambda f: f["feedback_id"])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    write(out, g)


def write(out: Path, g: Gen) -> None:
    def dump(name, rows, cols):
        with open(out / name, "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for row in rows:
                w.writerow({k: row.get(k, "") for k in cols})

    dump("touchpoints.csv", [dict(zip(["touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind", "owner",
                                       "aliases"], tp)) | {"name": tp[1]} for tp in TOUCHPOINTS],
         ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=win))
    dump("journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                              "touchpoint_id", "window_days"])
    dump("customers.csv", g.customers,
         ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "获客渠道", "customer_type",
          "客户类型", "city", "城市", "budget_tier", "预算档", "age_band", "home_store", "event_date", "language",
          "wechat_follower", "referred_by"])
    dump("events.csv", g.events,
         ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "order_id",
          "store", "门店", "dress_line", "系列", "appointment_at", "appointment_result", "stylist", "dresses_tried",
          "event_date", "rental_fee", "deposit", "promised_date", "alteration_status", "return_status", "days_late",
          "damage_level", "late_fee", "damage_fee", "refund_amount", "call_reason", "platform",
          "referred_customer_id"])
    dump("orders.csv", g.orders,
         ["order_id", "customer_id", "ts", "amount", "status", "order_type", "store", "门店", "dress_line", "系列",
          "event_date", "payment_method", "related_order_id", "refunded_at", "refund_amount"])
    dump("feedback.csv", g.feedback,
         ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "order_id",
          "store", "门店", "dress_line", "系列", "platform"])
    dump("_truth/feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment", "language"])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
