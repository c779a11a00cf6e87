"""足道轩 FootHaven: a chain of 16 foot-massage / body-massage (足疗按摩) shops in six cities (synthetic, written blind).

A customer finds a shop (Meituan / Dianping / Douyin / walking past / a friend), books a therapist (技师, levels
初级 junior / 中级 mid / 高级 senior) and a service (足疗 foot, 推拿 body, 精油SPA oil, 采耳 ear cleaning; 60 / 90 / 120
min) in the mini program, by phone, with a group-buy voucher bought on a platform, or at the front desk (walk-in
开单). Then: cancels (a late cancellation < 2 h before costs member-card holders a 30 CNY fee) or does not show up
(爽约), or arrives, waits (排钟), is served (上钟), maybe adds an item (加项 / 加钟), may be pitched a prepaid member
card (推荐办卡), finishes (下钟), pays (结账: WeChat Pay, Alipay, member card balance, or the voucher is verified),
maybe buys a card (储值卡 1000 / 2000 / 5000), tips the therapist, rates the visit, tops the card up and comes back.
Refunds: a service refunded after a complaint, or a member card cancelled (退卡).
Data 2025-01-01 .. 2026-08-31 (extract taken at the end of August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topics of every comment: the generator's truth, not a DATA.md table).
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
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_CUST = 5200
WANGJING_SELL = datetime(2025, 11, 1)                          # new manager at Beijing Wangjing: hard card sell
BAOAN_HYGIENE = (datetime(2026, 3, 1), datetime(2026, 5, 1))   # Shenzhen Bao'an laundry vendor problem
CNY_26 = (datetime(2026, 2, 5), datetime(2026, 3, 1))          # therapists home for Spring Festival

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_find", "发现门店", "Found the shop", "awareness", "social", "digital", "marketing",
     "发现|找店|刷到|美团搜到|点评搜到|抖音刷到|路过|朋友推荐|discover|found us|first touch"),
    ("tp_reserve", "预约开单", "Booking / order opened", "consideration", "mini_program", "digital", "front_desk",
     "预约|订钟|约技师|开单|排钟|下单|book|booking|reservation|appointment"),
    ("tp_cancel", "取消预约", "Booking cancelled", "service", "mini_program", "digital", "front_desk",
     "取消|退订|改约|cancel|cancellation|late cancel"),
    ("tp_noshow", "爽约未到店", "No-show", "service", "store", "physical", "front_desk",
     "爽约|放鸽子|没来|未到店|no-show|no show|didn't turn up"),
    ("tp_arrive", "到店签到", "Arrival & check-in", "service", "store", "physical", "front_desk",
     "到店|签到|等位|排队|前台|arrival|check-in|waiting|queue"),
    ("tp_service", "技师上钟", "Service started", "service", "store", "physical", "therapists",
     "上钟|开始按|服务|按摩|足疗|推拿|精油|采耳|力度|手法|massage|service|treatment|pressure"),
    ("tp_addon", "加项加钟", "Add-on / extra time", "purchase", "store", "physical", "therapists",
     "加项|加钟|加采耳|拔罐|刮痧|add-on|extra time|extend|upgrade"),
    ("tp_card_pitch", "推荐办卡", "Member card pitched", "consideration", "store", "physical", "store_ops",
     "推荐办卡|推销|推卡|办卡推荐|card pitch|upsell|hard sell"),
    ("tp_finish", "服务结束下钟", "Service finished", "service", "store", "physical", "therapists",
     "下钟|结束|做完|finished|service end"),
    ("tp_pay", "结账买单", "Checkout & payment", "purchase", "store", "physical", "finance",
     "结账|买单|付款|支付|核销|验券|刷卡|checkout|pay|payment|voucher redeemed"),
    ("tp_card_buy", "办储值卡", "Member card bought", "purchase", "store", "physical", "store_ops",
     "办卡|开卡|储值卡|会员卡|充值卡|member card|prepaid card|membership"),
    ("tp_tip", "打赏技师", "Tip for therapist", "loyalty", "mini_program", "digital", "therapists",
     "打赏|小费|红包|tip|tipping|gratuity"),
    ("tp_topup", "储值卡充值", "Card top-up", "loyalty", "store", "physical", "store_ops",
     "充值|续卡|续费|top up|top-up|reload"),
    ("tp_refund", "退款退卡", "Refund / card cancelled", "service", "other", "digital", "finance",
     "退款|退钱|退卡|refund|money back|card refund"),
    ("tp_rate", "评价", "Rating", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|评分|点评|好评|差评|rate|rating|review|stars"),
    ("tp_revisit", "再次到店", "Repeat visit", "loyalty", "mini_program", "digital", "crm",
     "回头客|复购|再来|老客|回访|revisit|repeat visit|came back|return"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("first_visit", "首次到店", "First visit", ["tp_find", "tp_reserve", "tp_arrive", "tp_pay"], 14),
    ("visit", "到店服务", "Store visit", ["tp_reserve", "tp_arrive", "tp_service", "tp_pay"], 7),
    ("card", "办卡充值", "Member card", ["tp_card_pitch", "tp_card_buy", "tp_topup"], 90),
    ("revisit", "回头客", "Repeat visit", ["tp_pay", "tp_revisit"], 60),
    ("aftercare", "服务评价", "After the visit", ["tp_pay", "tp_rate"], 3),
]
CITIES = {"Shanghai": ("上海", 0.27), "Beijing": ("北京", 0.2), "Shenzhen": ("深圳", 0.19),
          "Nanjing": ("南京", 0.13), "Suzhou": ("苏州", 0.11), "Xi'an": ("西安", 0.10)}
STORES = [  # id, city, zh, en, opened
    ("S01", "Shanghai", "上海静安寺店", "Shanghai Jing'an Temple", None),
    ("S02", "Shanghai", "上海徐家汇店", "Shanghai Xujiahui", None),
    ("S03", "Shanghai", "上海五角场店", "Shanghai Wujiaochang", None),
    ("S04", "Shanghai", "上海陆家嘴店", "Shanghai Lujiazui", datetime(2025, 5, 1)),
    ("S05", "Beijing", "北京望京店", "Beijing Wangjing", None),
    ("S06", "Beijing", "北京三里屯店", "Beijing Sanlitun", None),
    ("S07", "Beijing", "北京中关村店", "Beijing Zhongguancun", None),
    ("S08", "Shenzhen", "深圳福田店", "Shenzhen Futian", None),
    ("S09", "Shenzhen", "深圳南山店", "Shenzhen Nanshan", None),
    ("S10", "Shenzhen", "深圳宝安店", "Shenzhen Bao'an", None),
    ("S11", "Nanjing", "南京新街口店", "Nanjing Xinjiekou", None),
    ("S12", "Nanjing", "南京河西店", "Nanjing Hexi", None),
    ("S13", "Suzhou", "苏州观前街店", "Suzhou Guanqian St", None),
    ("S14", "Suzhou", "苏州金鸡湖店", "Suzhou Jinji Lake", datetime(2026, 4, 1)),
    ("S15", "Xi'an", "西安钟楼店", "Xi'an Bell Tower", None),
    ("S16", "Xi'an", "西安小寨店", "Xi'an Xiaozhai", datetime(2025, 9, 1)),
]
SERVICES = {  # id: zh, en, weight, {duration: list price}
    "foot": ("足疗", "foot massage", 0.45, {60: 138, 90: 188}),
    "tuina": ("推拿", "body massage", 0.25, {60: 168, 90: 228, 120: 288}),
    "oil": ("精油SPA", "aromatherapy oil", 0.18, {90: 318, 120: 398}),
    "ear": ("采耳", "ear cleaning", 0.12, {60: 98}),
}
LEVELS = {"junior": ("初级", 0, 0.35), "mid": ("中级", 20, 0.40), "senior": ("高级", 50, 0.25)}  # zh, 点钟费, weight
ADDONS = {"ear_add": ("加采耳", 58), "extra_30": ("加钟30分钟", 78), "cupping": ("拔罐", 48), "guasha": ("刮痧", 48)}
ACQ = {"meituan": ("美团", 0.30, 0.55), "dianping": ("大众点评", 0.18, 0.62), "douyin": ("抖音", 0.22, 0.30),
       "walk_in": ("路过进店", 0.15, 1.0), "friend": ("朋友推荐", 0.15, 0.85)}          # zh, share, P(find -> book)
BOOK_CH = {"meituan": "美团团购", "dianping": "点评团购", "douyin": "抖音团购", "mini_program": "小程序预约",
           "phone": "电话预约", "walk_in": "到店开单"}
NOSHOW = {"meituan": 0.08, "dianping": 0.07, "douyin": 0.23, "mini_program": 0.05, "phone": 0.06, "walk_in": 0.0}
PAY_ZH = {"wechat_pay": "微信支付", "alipay": "支付宝", "member_card": "储值卡", "group_voucher": "团购券"}
CARDS = {1000: ("silver", "银卡"), 2000: ("gold", "金卡"), 5000: ("platinum", "白金卡")}
CTYPES = {"office_worker": ("上班族", 0.42), "business": ("商务客", 0.18), "senior": ("中老年", 0.2),
          "tourist": ("游客", 0.2)}
OTYPE_ZH = {"service": "服务项目", "addon": "加项", "tip": "小费", "card_sale": "办卡", "card_topup": "充值",
            "late_cancel_fee": "违约金"}

# feedback text snippets: topic -> (zh, en); the marker words in gold.py pick them out exactly
TXT = {
    "wait": (["预约了还等位等了很久，前台说技师都在上钟", "到店干等了四十分钟才有人", "等了快一个小时才轮到我"],
             ["Booked ahead and still had a long wait before anyone was free", "We waited ages at the front desk",
              "Waited almost an hour past our booking time"]),
    "hard_sell": (["技师全程在推销办卡，根本没法放松", "一直劝我办储值卡，说不办就不优惠", "按着按着就开始推销充值，很烦"],
                  ["The therapist was pushy about the membership card the whole time",
                   "Constant hard sell on a prepaid card", "She kept pushing a 2000 yuan card on me"]),
    "hygiene": (["毛巾有味道", "泡脚桶看着不卫生", "床单没换，枕巾上还有头发"],
                ["The towels smelled", "The foot basin looked dirty", "Sheets weren't changed from the last guest"]),
    "light": (["力度太轻了，跟挠痒痒一样", "技师没什么力气，按了等于没按"],
              ["Pressure was too light to feel anything", "The massage felt too soft"]),
    "heavy": (["力度太重，按得很疼", "下手太狠，第二天肩膀还疼"],
              ["Way too hard, it actually hurt", "Left me bruised the next day"]),
    "skill": (["技师手法很专业，肩颈松多了", "手法很好，穴位找得准"],
              ["Great technique, my neck feels so much better", "Really skilled therapist"]),
    "env": (["环境安静舒服，适合下班来放松", "环境很安静，灯光也舒服"],
            ["Quiet and relaxing place", "Calm atmosphere, soft lighting"]),
    "late_fee": (["提前一个多小时取消还被扣了30块违约金", "取消预约被扣违约金，规则也没提前说"],
                 ["Got charged a late cancellation fee even though I called ahead",
                  "The cancellation fee was never explained"]),
    "card_refund": (["退卡太难了，店长一直拖", "申请退卡快一个月了还没处理"],
                    ["Trying to get a card refund is a nightmare", "My card refund still hasn't been processed"]),
    "price": (["价格偏贵，团购完还要加钱", "有点贵，比隔壁店贵不少"],
              ["A bit pricey for what you get", "Overpriced add-ons"]),
}
NEG_TOPICS = {"wait", "hard_sell", "hygiene", "light", "heavy", "late_fee", "card_refund", "price"}
GEN = {"pos": (["下次还来", "整体很满意", "睡了一觉，很舒服"], ["Will come back", "Very happy overall",
                                                          "Fell asleep, lovely"]),
       "neu": (["整体还可以", "一般般吧", "中规中矩"], ["Decent overall", "Fine, nothing special", "It was ok"]),
       "neg": (["不会再来了", "体验很差", "失望"], ["Won't be back", "Disappointing", "Not good"])}
TOPIC_TP = [("late_fee", "tp_cancel"), ("card_refund", "tp_refund"), ("hard_sell", "tp_card_pitch"),
            ("wait", "tp_arrive"), ("hygiene", "tp_service"), ("heavy", "tp_service"), ("light", "tp_service"),
            ("price", "tp_pay"), ("skill", "tp_service"), ("env", "tp_arrive")]


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    if CNY_26[0] <= d < CNY_26[1] or datetime(2025, 1, 22) <= d < datetime(2025, 2, 12):
        return 0.45                     # Spring Festival: customers and therapists go home
    if d.month in (6, 7, 8):
        return 0.7                      # summer lull
    if d.month in (11, 12, 1):
        return 1.0                      # winter peak
    return 0.85


def open_stores(city, t):
    return [s for s in STORES if s[1] == city and (s[4] is None or s[4] <= t)]


def store_cols(s):
    return dict(store_id=s[0], store=s[2], store_en=s[3], store_city=s[1], 门店城市=CITIES[s[1]][0])


THERAPISTS = {}
for _s in STORES:
    THERAPISTS[_s[0]] = {lv: [f"T{_s[0][1:]}{lv[0].upper()}{i}" for i in range(1, n + 1)]
                         for lv, n in (("junior", 3), ("mid", 4), ("senior", 3))}


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_vs = 0

    def ev(self, c, t, tp, sid, action, v=None, **kw):
        if t > END:
            return
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action)
        if v:
            row.update(v["common"])
        row.update(kw)
        self.events.append(row)

    def order(self, c, t, amount, otype, v=None, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="store", device=None, order_type=otype, 订单类型=OTYPE_ZH[otype])
        if v:
            row.update(visit_id=v["id"], **store_cols(v["store"]), service=v["service"], 服务项目=v["common"]["服务项目"],
                       therapist_level=v["level"], 技师等级=LEVELS[v["level"]][0])
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, v=None, undated=False, no_customer=False,
           prefix=("", "")):
        if t > END:
            return
        self.n_fb += 1
        fid = f"F{self.n_fb:06d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else ("pos" if (rating or 3) >= 5 or
                                                                                   (nps or 0) >= 9 else "neu"))
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = prefix[li] + ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, visit_id=v["id"] if v else None)
        if v:
            row.update(store_cols(v["store"]), service=v["service"], therapist_id=v["therapist"],
                       therapist_level=v["level"], 技师等级=LEVELS[v["level"]][0])
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics), sentiment=gen))

    # ---------- customers ----------
    def customers(self):
        days = (datetime(2026, 8, 20) - START).days
        w = np.array([1.0 + 0.9 * d / days for d in range(days)]) * \
            np.array([season(START + D(days=d)) for d in range(days)])
        out = []
        for i in range(N_CUST):
            d0 = START + D(days=int(rng.choice(days, p=w / w.sum())))
            city = pick(list(CITIES), [x[1] for x in CITIES.values()])
            stores = open_stores(city, d0)
            home = stores[int(rng.integers(len(stores)))]
            if home[0] == "S14" or (city == "Suzhou" and d0 >= datetime(2026, 4, 1) and rng.random() < 0.6):
                home = next(s for s in STORES if s[0] == "S14")
            acq = pick(list(ACQ), [x[1] for x in ACQ.values()])
            if home[0] == "S14" and rng.random() < 0.6:
                acq = "douyin"                                  # opening promo ran on Douyin
            ctype = pick(list(CTYPES), [x[1] for x in CTYPES.values()])
            en = 0.0
            if city in ("Shanghai", "Beijing", "Shenzhen") and ctype in ("business", "tourist") and rng.random() < 0.3:
                en = 0.9
            age = pick(["18-25", "26-35", "36-45", "46-55", "56+"],
                       [0.05, 0.15, 0.2, 0.3, 0.3] if ctype == "senior" else [0.2, 0.4, 0.25, 0.1, 0.05])
            c = dict(customer_id=f"C{i + 1:05d}", city=city, home=home, acq=acq, ctype=ctype, en_share=en, age=age,
                     gender=pick(["male", "female"], [0.55, 0.45]), card=None, card_at=None, balance=0.0,
                     spend=0.0, visits=0, last_visit=None, pref_level=pick(list(LEVELS), [x[2] for x in LEVELS.values()]),
                     t_find=d0 + D(hours=float(rng.uniform(10, 23))), device=pick(["ios", "android"], [0.55, 0.45]))
            out.append(c)
        return out

    # ---------- one visit ----------
    def visit(self, c, appt: datetime, first: bool):
        self.n_vs += 1
        sid = f"VS{self.n_vs:06d}"
        stores = open_stores(c["city"], appt)
        store = c["home"] if (c["home"] in stores and rng.random() < 0.85) else stores[int(rng.integers(len(stores)))]
        if c["card"]:
            ch = pick(["mini_program", "phone", "walk_in"], [0.55, 0.2, 0.25])
            pay = "member_card"
        elif first:
            ch = {"meituan": "meituan", "dianping": "dianping", "douyin": "douyin", "walk_in": "walk_in",
                  "friend": pick(["mini_program", "phone", "walk_in"], [0.5, 0.2, 0.3])}[c["acq"]]
            pay = "group_voucher" if ch in ("meituan", "dianping", "douyin") else pick(["wechat_pay", "alipay"],
                                                                                         [0.8, 0.2])
        else:
            ch = pick(["mini_program", "walk_in", "phone", c["acq"] if c["acq"] in ("meituan", "dianping", "douyin")
                       else "meituan"], [0.35, 0.3, 0.1, 0.25])
            pay = "group_voucher" if ch in ("meituan", "dianping", "douyin") else pick(["wechat_pay", "alipay"],
                                                                                         [0.8, 0.2])
        svc = pick(list(SERVICES), [x[2] for x in SERVICES.values()])
        if c["ctype"] == "senior" and svc == "oil":
            svc = "foot"
        dur = int(rng.choice(list(SERVICES[svc][3])))
        level = c["pref_level"] if rng.random() < 0.7 else pick(list(LEVELS), [x[2] for x in LEVELS.values()])
        ther = str(rng.choice(THERAPISTS[store[0]][level]))
        list_price = SERVICES[svc][3][dur] + LEVELS[level][1]
        price = round(list_price * (0.75 if pay == "group_voucher" else 0.85 if pay == "member_card" else 1.0))
        dev = c["device"] if ch in ("mini_program", "meituan", "dianping", "douyin") else None
        common = dict(**store_cols(store), service=svc, 服务项目=SERVICES[svc][0], service_en=SERVICES[svc][1],
                      duration_min=dur, therapist_id=ther, therapist_level=level, 技师等级=LEVELS[level][0],
                      booking_channel=ch, 预约渠道=BOOK_CH[ch], payment_method=pay, 支付方式=PAY_ZH[pay],
                      appointment_at=ts(appt))
        v = dict(id=sid, store=store, service=svc, level=level, therapist=ther, common=common)
        lead = D(minutes=2) if ch == "walk_in" else D(hours=float(max(0.4, rng.exponential(20))))
        t_res = appt - lead
        if first:
            c["t_find"] = min(c["t_find"], t_res - D(minutes=1))
            if ch == "walk_in":
                c["t_find"] = t_res - D(minutes=3)
        else:
            self.ev(c, t_res - D(seconds=1), "tp_revisit", sid, "rebook", v, device=dev, channel=ch)
        self.ev(c, t_res, "tp_reserve", sid, "submit", v, device=dev, channel=ch, list_price=list_price)
        # cancel / no-show
        if ch != "walk_in" and rng.random() < 0.08:
            late = rng.random() < 0.35
            t_c = appt - (D(minutes=float(rng.uniform(15, 115))) if late else lead * float(rng.uniform(0.2, 0.9)))
            t_c = max(t_c, t_res + D(minutes=3))
            late = (appt - t_c) < D(hours=2)
            self.ev(c, t_c, "tp_cancel", sid, "cancel", v, device=dev, channel=ch,
                    late_cancel=int(late), cancel_reason=pick(["schedule_change", "too_far", "feel_unwell", "other"],
                                                              [0.5, 0.15, 0.15, 0.2]))
            if late and pay == "member_card":
                self.order(c, t_c, 30, "late_cancel_fee", v, payment_method="member_card", 支付方式="储值卡")
                if rng.random() < 0.3:
                    self.fb(c, t_c + D(hours=float(rng.uniform(1, 30))), ["late_fee"], "wecom", v=v,
                            undated=rng.random() < 0.5, prefix=("企微客服记录：", "WeCom chat: "))
            return
        p_ns = NOSHOW[ch] + (0.25 if store[0] == "S14" and ch != "walk_in" else 0.0)
        if rng.random() < p_ns:
            self.ev(c, appt + D(minutes=30), "tp_noshow", sid, "no_show", v, channel="store")
            return
        # arrive, wait, serve
        t_arr = appt + D(minutes=float(rng.normal(2, 6))) if ch != "walk_in" else appt
        t_arr = max(t_arr, t_res + D(minutes=1))
        evening = appt.hour >= 18 and appt.weekday() >= 4
        med = 12.0 if ch == "walk_in" else 6.0
        if store[0] == "S01" and appt.hour >= 18:
            med = 40.0 if evening else 20.0
        if CNY_26[0] <= appt < CNY_26[1]:
            med *= 2.3
        wait = float(np.clip(rng.lognormal(np.log(med), 0.45), 1, 150))
        self.ev(c, t_arr, "tp_arrive", sid, "check_in", v, channel="store")
        t_s = t_arr + D(minutes=wait)
        self.ev(c, t_s, "tp_service", sid, "start", v, channel="store")
        total = float(price)
        flags = set()
        if wait > 25:
            flags.add("wait")
        # add-on
        extra = 0
        if rng.random() < (0.3 if appt.hour >= 18 else 0.18):
            a = pick(list(ADDONS), [0.35, 0.3, 0.2, 0.15])
            extra = 30 if a == "extra_30" else 0
            amt = ADDONS[a][1] * (0.85 if pay == "member_card" else 1.0)
            t_a = t_s + D(minutes=float(rng.uniform(10, dur - 5)))
            self.ev(c, t_a, "tp_addon", sid, "add", v, channel="store", addon_item=a, 加项=ADDONS[a][0], amount=amt)
            self.order(c, t_a, amt, "addon", v, payment_method="member_card" if pay == "member_card" else
                       ("wechat_pay" if pay == "group_voucher" else pay),
                       支付方式="储值卡" if pay == "member_card" else ("微信支付" if pay == "group_voucher" else PAY_ZH[pay]),
                       addon_item=a)
            total += amt
        # card pitch
        hard = store[0] == "S05" and appt >= WANGJING_SELL
        pitched = False
        if not c["card"] and rng.random() < (0.78 if hard else 0.18):
            pitched = True
            self.ev(c, t_s + D(minutes=float(rng.uniform(15, 40))), "tp_card_pitch", sid, "pitch", v, channel="store")
            if rng.random() < (0.6 if hard else 0.07):
                flags.add("hard_sell")
        # service quality
        if store[0] == "S10" and BAOAN_HYGIENE[0] <= appt < BAOAN_HYGIENE[1]:
            if rng.random() < 0.4:
                flags.add("hygiene")
        elif rng.random() < 0.015:
            flags.add("hygiene")
        if rng.random() < {"junior": 0.2, "mid": 0.05, "senior": 0.02}[level]:
            flags.add("light")
        elif rng.random() < {"junior": 0.02, "mid": 0.04, "senior": 0.07}[level]:
            flags.add("heavy")
        if rng.random() < (0.12 if svc == "oil" or extra else 0.04):
            flags.add("price")
        t_f = t_s + D(minutes=dur + extra + float(rng.uniform(-2, 3)))
        self.ev(c, t_f, "tp_finish", sid, "finish", v, channel="store")
        t_p = t_f + D(minutes=float(rng.uniform(2, 9)))
        pay_ch = {"meituan": "meituan", "dianping": "dianping", "douyin": "douyin"}.get(ch, "store")
        self.ev(c, t_p, "tp_pay", sid, "verify" if pay == "group_voucher" else "pay", v, channel=pay_ch,
                amount=float(price))
        svc_order = self.order(c, t_p, price, "service", v, payment_method=pay, 支付方式=PAY_ZH[pay], channel=pay_ch,
                               device=dev, voucher_platform=pay_ch if pay == "group_voucher" else None,
                               duration_min=dur)
        if pay == "member_card":
            c["balance"] -= total
        c["visits"] += 1
        c["last_visit"] = t_p
        # card purchase
        if pitched and rng.random() < (0.1 if hard else 0.24) or (not c["card"] and not pitched and rng.random() < 0.015):
            amt = pick([1000, 2000, 5000], [0.55, 0.35, 0.1])
            self.ev(c, t_p + D(minutes=2), "tp_card_buy", sid, "buy", v, channel="store", card_amount=amt,
                    card_tier=CARDS[amt][0], 卡种=CARDS[amt][1])
            o = self.order(c, t_p + D(minutes=2), amt, "card_sale", v, payment_method="wechat_pay",
                           支付方式="微信支付", card_tier=CARDS[amt][0])
            if o is not None:
                if rng.random() < (0.38 if hard else 0.04):            # 退卡 within the month
                    t_r = t_p + D(days=float(rng.uniform(3, 30)))
                    if t_r <= END:
                        o["status"] = "refunded"
                        o["refunded_at"] = ts(t_r)
                        self.ev(c, t_r, "tp_refund", sid, "refund", v, channel="store", refund_amount=amt,
                                refund_reason="card_cancelled", 退款原因="退卡")
                        if rng.random() < 0.45:
                            self.fb(c, t_r - D(days=float(rng.uniform(0, 2))), ["card_refund"], "hotline",
                                    v=v, no_customer=rng.random() < 0.3, prefix=("来电反映：", "Caller said: "))
                        c["card_hist"] = CARDS[amt][0]
                else:
                    c["card"], c["card_at"], c["balance"] = CARDS[amt][0], t_p, amt * 1.1
                    c["tier"] = CARDS[amt][0]
        elif c["card"] and c["balance"] < 400 and rng.random() < 0.6:
            amt = pick([1000, 2000], [0.7, 0.3])
            self.ev(c, t_p + D(minutes=3), "tp_topup", sid, "top_up", v, channel="store", topup_amount=amt)
            self.order(c, t_p + D(minutes=3), amt, "card_topup", v, payment_method="wechat_pay", 支付方式="微信支付")
            c["balance"] += amt * 1.1
        # tip
        if rng.random() < {"junior": 0.09, "mid": 0.2, "senior": 0.38}[level]:
            amt = pick([20, 30, 50, 100], [0.35, 0.3, 0.25, 0.1])
            self.ev(c, t_p + D(minutes=float(rng.uniform(3, 40))), "tp_tip", sid, "tip", v, channel="mini_program",
                    device=c["device"], tip_amount=amt)
            self.order(c, t_p + D(minutes=5), amt, "tip", v, payment_method="wechat_pay", 支付方式="微信支付",
                       channel="mini_program", device=c["device"])
        # complaint-driven refund of the service
        neg = flags & {"wait", "hard_sell", "hygiene", "light", "heavy", "price"}
        if flags & {"hygiene", "heavy"} and rng.random() < 0.25 and svc_order is not None:
            t_r = t_p + D(days=float(rng.uniform(0.2, 3)))
            if t_r <= END:
                svc_order["status"] = "refunded"
                svc_order["refunded_at"] = ts(t_r)
                reason = "hygiene" if "hygiene" in flags else "injury"
                self.ev(c, t_r, "tp_refund", sid, "refund", v, channel="store", refund_amount=float(price),
                        refund_reason=reason, 退款原因={"hygiene": "卫生问题", "injury": "按伤投诉"}[reason])
        # praise
        if not neg:
            if rng.random() < {"junior": 0.12, "mid": 0.3, "senior": 0.5}[level]:
                flags.add("skill")
            if rng.random() < 0.2:
                flags.add("env")
        topics = [k for k in ("wait", "hard_sell", "hygiene", "light", "heavy", "price", "skill", "env") if k in flags]
        if len(topics) > 2:
            topics = topics[:2]
        score = 4.3 + {"junior": -0.3, "mid": 0.0, "senior": 0.35}[level]
        score -= 1.6 * ("wait" in flags) + 1.5 * ("hard_sell" in flags) + 2.2 * ("hygiene" in flags) + \
            1.2 * ("light" in flags) + 1.4 * ("heavy" in flags) + 0.8 * ("price" in flags)
        score += 0.4 * ("skill" in flags) + 0.3 * ("env" in flags)
        rating = int(np.clip(round(score + rng.normal(0, 0.55)), 1, 5))
        # rating in the mini program
        if rng.random() < 0.3:
            t_rt = t_p + D(hours=float(rng.uniform(0.3, 40)))
            self.ev(c, t_rt, "tp_rate", sid, "rate", v, channel="mini_program", device=c["device"], stars=rating)
            self.fb(c, t_rt, topics, "mini_program_review", rating=rating, v=v)
        # review on the voucher platform
        if pay == "group_voucher" and rng.random() < 0.3:
            r2 = int(np.clip(rating + rng.choice([-1, 0, 0, 0]), 1, 5))
            self.fb(c, t_p + D(hours=float(rng.uniform(1, 72))), topics, f"{pay_ch}_review", rating=r2, v=v,
                    undated=pay_ch == "dianping" and rng.random() < 0.33)
        # SMS survey, 0-10
        if rng.random() < 0.09:
            nps = int(np.clip(round(score * 2.1 - 0.6 + rng.normal(0, 1.2)), 0, 10))
            self.fb(c, t_p + D(days=float(rng.uniform(1, 3))), [k for k in topics if rng.random() < 0.6], "survey",
                    nps=nps, v=v)
        # hotline complaint
        if neg and rng.random() < 0.14:
            if rng.random() < 0.6:
                self.fb(c, t_p + D(hours=float(rng.uniform(1, 48))), [k for k in topics if k in NEG_TOPICS],
                        "hotline", v=v, no_customer=rng.random() < 0.3, prefix=("来电反映：", "Caller said: "))
            else:
                self.fb(c, t_p + D(hours=float(rng.uniform(1, 48))), [k for k in topics if k in NEG_TOPICS],
                        "wecom", v=v, undated=rng.random() < 0.5, prefix=("企微客服记录：", "WeCom chat: "))

    def run(self):
        custs = self.customers()
        for c in custs:
            c["tier"] = "regular"
            self.ev(c, c["t_find"], "tp_find", None, "view", channel=c["acq"])
            if rng.random() > ACQ[c["acq"]][2]:
                continue
            first = c["t_find"] + (D(minutes=3) if c["acq"] == "walk_in" else D(hours=float(rng.exponential(30))))
            appt = first.replace(hour=int(pick(list(range(11, 23)), [2, 3, 4, 4, 4, 4, 5, 6, 8, 9, 8, 6])),
                                 minute=int(rng.choice([0, 15, 30, 45])), second=0)
            if appt < first:
                appt += D(days=1)
            if c["acq"] == "walk_in":
                appt = c["t_find"] + D(minutes=3)
            idx = len(self.events) - 1
            is_first = True
            while appt <= END:
                self.visit(c, appt, is_first)
                if is_first:        # the find event may have moved earlier
                    self.events[idx]["ts"] = ts(c["t_find"])
                is_first = False
                stop = 0.1 if c["card"] else (0.55 if c["acq"] == "douyin" else 0.3)
                if rng.random() < stop:
                    break
                gap = 14 if c["card"] else 28
                while True:
                    appt = appt + D(days=float(rng.exponential(gap)) + 1)
                    if rng.random() < season(appt):
                        break
                appt = appt.replace(hour=int(pick(list(range(11, 23)), [2, 3, 4, 4, 4, 4, 5, 6, 8, 9, 8, 6])))
        self.custs = custs
        # tracker re-sends: 30 exact duplicates
        for i in rng.choice(len(self.events), 30, replace=False):
            self.events.append(dict(self.events[int(i)]))

    def customer_rows(self):
        rows = []
        paid = {}
        for o in self.orders:
            if o["status"] == "paid" and o["order_type"] in ("service", "addon"):
                paid[o["customer_id"]] = paid.get(o["customer_id"], 0) + 1
        for c in self.custs:
            n = paid.get(c["customer_id"], 0)
            if n == 0:
                seg = "prospect"
            elif c["last_visit"] and c["last_visit"] < datetime(2026, 4, 1):
                seg = "at_risk"
            elif c["card"]:
                seg = "member"
            elif n >= 4:
                seg = "regular"
            elif c["t_find"] >= datetime(2026, 6, 1):
                seg = "new"
            else:
                seg = "occasional"
            tier = c["card"] or "regular"
            tz = {"regular": "普通客户", "silver": "银卡", "gold": "金卡", "platinum": "白金卡"}[tier]
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["t_find"]), segment=seg,
                             region=c["city"], 城市=CITIES[c["city"]][0], acquisition_channel=c["acq"],
                             获客渠道=ACQ[c["acq"]][0], tier=tier, 会员等级=tz, customer_type=c["ctype"],
                             客户类型=CTYPES[c["ctype"]][0], age_band=c["age"], gender=c["gender"],
                             phone_os=c["device"], home_store_id=c["home"][0],
                             preferred_language="en" if c["en_share"] > 0.5 else "zh"))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


def cols_of(rows, first):
    seen = list(first)
    for r in rows:
        for k in r:
            if k not in seen:
                seen.append(k)
    return seen


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write(out / "touchpoints.csv", tps, list(tps[0]))
    js = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k,
               touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3], 1)]
    write(out / "journeys.csv", js, list(js[0]))
    cr = g.customer_rows()
    write(out / "customers.csv", cr, list(cr[0]))
    g.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    write(out / "events.csv", g.events, cols_of(g.events, ["event_id", "customer_id", "ts", "touchpoint_id",
                                                           "session_id", "action", "device", "channel"]))
    g.orders.sort(key=lambda r: r["order_id"])
    write(out / "orders.csv", g.orders, cols_of(g.orders, ["order_id", "customer_id", "ts", "amount", "status",
                                                           "channel", "device"]))
    write(out / "feedback.csv", g.feedback, cols_of(g.feedback, ["feedback_id", "text", "ts", "customer_id",
                                                                 "touchpoint_id", "channel", "rating", "nps"]))
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(cr)}, events {len(g.events)}, orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
