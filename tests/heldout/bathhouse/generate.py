"""汤泉汇 SpringHall: a chain of modern bathhouse / spa complexes (洗浴中心) in Shenyang, Tianjin and Zhengzhou.

A guest finds us (Meituan / Douyin / Dianping / a friend / walking past), often buys a group-buy voucher (团购券) on
Meituan or Douyin, arrives and has the voucher checked at the front desk (到店验券 / 开单), gets a wristband (手牌) with a
locker number (更衣柜), soaks in the pools (泡池), maybe goes to the sauna / sweat room (汗蒸桑拿), books a scrub (搓澡)
or a massage / foot massage (按摩足疗), eats at the buffet (自助餐), sometimes sleeps over in the rest hall (休息大厅过夜),
then settles the bill at checkout (结账离店) by returning the wristband, writes a review, maybe tops up a stored-value
membership card (储值会员卡), and comes back. Unused vouchers are refunded by the platform.
Data 2025-01-01 .. 2026-06-30 (extract taken at the start of July 2026; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV, DATA.md) and OUTDIR/_truth/feedback_truth.csv
(topic of every comment: the generator's truth, not a DATA.md table). Fixed seed, numpy + stdlib, a few seconds.
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
N_CUST = 4200
ERQI_NEW_BANDS = datetime(2025, 11, 1)        # Zhengzhou Erqi switches to cheap silicone RFID wristbands
HEXI_LOCKERS = datetime(2026, 3, 1)           # Tianjin Hexi installs new electronic lockers (buggy)
TANGGU_FILTER = (datetime(2025, 6, 1), datetime(2025, 10, 1))   # Tanggu pool filtration breakdown

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现汤泉汇", "Discover SpringHall", "awareness", "social", "digital", "marketing",
     "发现|刷到|看到|搜到|种草|朋友推荐|路过|discover|found us|first touch"),
    ("tp_voucher", "购买团购券", "Voucher bought", "consideration", "other", "digital", "marketing",
     "团购|买券|团购券|抢券|美团券|抖音券|voucher|group-buy|deal bought"),
    ("tp_arrive", "到店验券开单", "Arrival & voucher check", "purchase", "store", "physical", "front_desk",
     "到店|验券|核销|开单|前台|arrival|check-in desk|front desk|redeem"),
    ("tp_wristband", "领手牌分柜", "Wristband & locker", "service", "store", "physical", "front_desk",
     "手牌|领手牌|更衣柜|柜子|分柜|换鞋|wristband|locker|changing room"),
    ("tp_pool", "泡池", "Pools", "service", "store", "physical", "facilities",
     "泡池|泡澡|池子|温泉池|水池|浴池|pool|soak|bath|hot tub"),
    ("tp_sauna", "汗蒸桑拿", "Sauna & sweat room", "service", "store", "physical", "facilities",
     "汗蒸|桑拿|蒸房|岩盘浴|sauna|steam|sweat room"),
    ("tp_scrub", "搓澡", "Body scrub", "service", "store", "physical", "spa_services",
     "搓澡|搓背|搓泥|澡巾|scrub|body scrub|rub-down"),
    ("tp_massage", "按摩足疗", "Massage & foot massage", "service", "store", "physical", "spa_services",
     "按摩|足疗|推拿|技师|massage|foot massage|therapist"),
    ("tp_buffet", "自助餐", "Buffet", "service", "store", "physical", "catering",
     "自助餐|餐厅|吃饭|水果|饮料|buffet|food|restaurant"),
    ("tp_resthall", "休息大厅过夜", "Overnight rest hall", "service", "store", "physical", "facilities",
     "休息大厅|过夜|睡觉|躺椅|休息区|rest hall|overnight|sleep|lounge"),
    ("tp_lost_band", "手牌丢失", "Wristband lost", "service", "store", "physical", "front_desk",
     "手牌丢了|丢手牌|手牌掉了|lost wristband|wristband lost"),
    ("tp_checkout", "结账离店", "Checkout & bill", "purchase", "store", "physical", "front_desk",
     "结账|买单|离店|退手牌|账单|checkout|bill|settle|pay the bill"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退券|退钱|refund|money back"),
    ("tp_review", "评价", "Review", "loyalty", "app", "digital", "marketing",
     "评价|点评|打分|好评|差评|review|rating|stars"),
    ("tp_topup", "会员充值", "Membership top-up", "loyalty", "store", "physical", "membership",
     "充值|办卡|储值卡|会员卡|top-up|membership|stored-value card"),
    ("tp_revisit", "再次到店", "Return visit", "loyalty", "store", "physical", "crm",
     "回头客|复购|再来|又来了|return visit|came back|repeat visit"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("groupbuy", "团购到店", "Voucher to arrival", ["tp_discover", "tp_voucher", "tp_arrive"], 7),
    ("bathing", "到店洗浴", "Bathhouse visit", ["tp_arrive", "tp_wristband", "tp_pool", "tp_checkout"], 2),
    ("aftercare", "离店评价", "After the visit", ["tp_checkout", "tp_review"], 3),
    ("membership", "办卡充值", "Membership sign-up", ["tp_checkout", "tp_topup"], 30),
    ("return", "回头客", "Return visit", ["tp_checkout", "tp_revisit"], 30),
]
CITIES = {"Shenyang": ("沈阳", 0.40), "Tianjin": ("天津", 0.35), "Zhengzhou": ("郑州", 0.25)}
STORES = [  # id, city, zh, en, opened, weight within city
    ("S01", "Shenyang", "沈阳中街店", "Shenyang Zhongjie", None, 0.50),
    ("S02", "Shenyang", "沈阳北陵店", "Shenyang Beiling", None, 0.28),
    ("S03", "Shenyang", "沈阳浑南店", "Shenyang Hunnan", None, 0.22),
    ("S04", "Tianjin", "天津河西店", "Tianjin Hexi", None, 0.36),
    ("S05", "Tianjin", "天津塘沽店", "Tianjin Tanggu", None, 0.30),
    ("S06", "Tianjin", "天津南开店", "Tianjin Nankai", None, 0.34),
    ("S07", "Zhengzhou", "郑州二七店", "Zhengzhou Erqi", None, 0.55),
    ("S08", "Zhengzhou", "郑州金水店", "Zhengzhou Jinshui", None, 0.45),
    ("S09", "Zhengzhou", "郑州郑东店", "Zhengzhou Zhengdong", datetime(2026, 5, 1), 0.0),
]
STORE = {s[0]: s for s in STORES}
CHANNELS = {  # en: zh, weight
    "meituan": ("美团", 0.34), "douyin": ("抖音", 0.30), "dianping": ("大众点评", 0.10),
    "friend": ("朋友推荐", 0.16), "walk_in": ("路过进店", 0.10)}
PAY_ZH = {"voucher": "团购券", "wechat_pay": "微信支付", "member_card": "会员卡储值", "cash": "现金"}
TICKET_ZH = {"day": "洗浴票", "overnight": "洗浴+过夜票"}
OTYPE_ZH = {"ticket": "门票", "addon": "加项服务", "food": "餐饮", "overnight": "过夜费", "topup": "会员充值",
            "compensation": "手牌赔偿"}
ITEM_ZH = {"bath_ticket": "洗浴票", "bath_overnight": "洗浴过夜套票", "scrub": "搓澡", "massage": "按摩",
           "foot_massage": "足疗", "buffet": "自助餐", "drinks": "水吧饮品", "overnight_fee": "过夜费",
           "topup": "储值充值", "wristband_fee": "手牌赔偿"}
FB_CH_ZH = {"meituan_review": "美团评价", "douyin_review": "抖音评价", "dianping_review": "大众点评",
            "survey": "满意度调查", "ticket": "前台投诉登记", "wechat_group": "会员群"}
MONTH_W = {1: 1.5, 2: 1.45, 3: 1.1, 4: 0.9, 5: 0.8, 6: 0.7, 7: 0.62, 8: 0.68, 9: 0.85, 10: 1.0, 11: 1.25, 12: 1.5}

# comment templates per topic: (zh list, en list). Markers used by gold.py are noted per topic.
TXT = {
    # markers: 不干净 / 水很浑 / 头发 | dirty / cloudy / hair
    "hygiene": (["池子水很浑，泡着心里发毛", "淋浴间不干净，地上还有头发", "池边有头发没人清理，卫生太差",
                 "水很浑还有股味道，不敢下池"],
                ["the pool water was cloudy and smelled off", "showers were dirty, hair everywhere",
                 "hair floating in the hot pool, really dirty"]),
    # markers: 排队 / 人太多 | queue / crowded
    "crowding": (["周末人太多了，池子里跟下饺子一样", "前台排队领手牌排了快半小时", "排队换鞋排了好久，人太多",
                  "晚上人太多，连个躺椅都找不到"],
                 ["way too crowded on Saturday night", "waited in a long queue just to get in",
                  "the queue at the front desk took forever, super crowded"]),
    # markers: 手牌丢 / 手牌掉 | lost my wristband / wristband fell off
    "lost_band": (["手牌丢了被罚两百，这手牌也太容易掉了", "泡池的时候手牌掉了找不到，赔了200",
                   "新换的手牌丢了好几次，松紧带根本不紧"],
                  ["lost my wristband in the pool and got charged 200", "the wristband fell off in the water, paid a fine",
                   "wristband fell off while swimming, the strap is too loose"]),
    # markers: 过夜费 / 乱收费 | overnight fee / hidden charge
    "surprise": (["抖音买的券结账时又让补过夜费，买的时候根本没说", "结账多出来68过夜费，感觉乱收费",
                  "团购券不含过夜也不提醒，乱收费"],
                 ["got hit with an overnight fee at checkout that the deal never mentioned",
                  "hidden charge at checkout for staying past midnight", "surprise overnight fee on the bill, not cool"]),
    # markers: 凉 | buffet was cold / food was cold
    "buffet": (["自助餐的菜都是凉的，也没人加热", "自助餐菜凉了半天没人换，品种也少"],
               ["the buffet was cold and half empty", "food was cold at the buffet, nobody refilled it"]),
    # markers: 柜子 | locker
    "locker": (["柜子刷手牌打不开，等了二十分钟才有人来", "新换的柜子老是打不开，衣服拿不出来"],
               ["my locker wouldn't open with the wristband", "the new electronic locker jammed, had to wait for staff"]),
    # markers: 搓澡 | scrub
    "scrub": (["搓澡师傅手法好，搓完浑身轻松", "搓澡很地道，力度刚好，下次还找这个师傅", "搓澡加奶浴很值，推荐"],
              ["the body scrub was amazing, felt brand new", "best scrub I've had, the attendant was very skilled"]),
    # markers: 按摩 / 足疗 | massage
    "massage": (["足疗技师手法专业，很解乏", "按摩做得很到位，技师态度好"],
                ["the foot massage was excellent", "great massage, the therapist really knew what she was doing"]),
    "pos": (["环境不错，很舒服，下次还来", "性价比高，泡完很放松", "整体体验很好，服务热情"],
            ["nice place, very relaxing", "good value, will come back", "friendly staff and a great atmosphere"]),
    "neu": (["还行吧，中规中矩", "一般，价格还可以", "就那样，周末人多时体验一般般"],
            ["it was okay, nothing special", "average experience, fair price"]),
}
TOPIC_TP = {"hygiene": "tp_pool", "crowding": "tp_wristband", "lost_band": "tp_lost_band", "surprise": "tp_checkout",
            "buffet": "tp_buffet", "locker": "tp_wristband", "scrub": "tp_scrub", "massage": "tp_massage",
            "pos": "tp_review", "neu": "tp_review"}
RATING = {"hygiene": [1, 2], "lost_band": [1], "surprise": [1, 2], "crowding": [2, 3], "buffet": [2, 3],
          "locker": [2, 3], "scrub": [5], "massage": [4, 5], "pos": [4, 5], "neu": [3, 4]}
NPS = {"hygiene": (0, 4), "lost_band": (0, 5), "surprise": (0, 5), "crowding": (3, 7), "buffet": (4, 7),
       "locker": (3, 7), "scrub": (9, 10), "massage": (8, 10), "pos": (8, 10), "neu": (6, 8)}


def ts(x: datetime | None) -> str | None:
    return None if x is None else x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def u(a, b):
    return float(rng.uniform(a, b))


def lognorm_min(median, sigma=0.45):
    return float(median * np.exp(rng.normal(0, sigma)))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.customers = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_vs = 0

    def ev(self, c, t, tp, action, vs=None, channel="store", device=None, **kw):
        if t > END:
            return
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["id"], ts=ts(t), touchpoint_id=tp,
                   session_id=vs["id"] if vs else None, action=action, device=device, channel=channel)
        if vs:
            row.update(vs["common"])
        row.update(kw)
        self.events.append(row)

    def order(self, c, t, amount, otype, item, vs, pm, channel="store", status="paid", refunded_at=None):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"OD{self.n_ord:06d}", customer_id=c["id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel=channel, device=c["os"] if channel in ("meituan", "douyin") else None,
                   order_type=otype, 订单类型=OTYPE_ZH[otype], item=item, 项目=ITEM_ZH[item],
                   payment_method=pm, 支付方式=PAY_ZH[pm], visit_id=vs["id"] if vs else None,
                   refunded_at=ts(refunded_at) if status == "refunded" else None, currency="CNY")
        st = STORE[vs["store"]] if vs else STORE[c["home"]]
        row.update(store_id=st[0], store=st[2], store_en=st[3], store_city=st[1], 门店城市=CITIES[st[1]][0])
        self.orders.append(row)
        return row

    def fb(self, c, t, topic, channel, vs=None, rating=None, nps=None, undated=False):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        lang = c["lang"]
        text = str(rng.choice(TXT[topic][1 if lang == "en" else 0]))
        text += "。" if lang == "zh" else "."
        st = STORE[vs["store"]] if vs else STORE[c["home"]]
        self.feedback.append(dict(
            feedback_id=fid, text=text, ts=None if undated else ts(t), customer_id=c["id"],
            touchpoint_id=TOPIC_TP[topic], channel=channel, 渠道=FB_CH_ZH[channel], rating=rating, nps=nps,
            language=lang, visit_id=vs["id"] if vs else None, store_id=st[0], store=st[2], store_en=st[3],
            store_city=st[1], 门店城市=CITIES[st[1]][0]))
        self.truth.append(dict(feedback_id=fid, topic=topic))

    # ---------- one visit ----------
    def visit(self, c, t_arr: datetime, first: bool):
        city = c["city"]
        stores = [s for s in STORES if s[1] == city and (s[4] is None or s[4] <= t_arr)]
        store = STORE[c["home"]] if (rng.random() < 0.85 or c["home"] == "S09") else pick(stores, [max(s[5], 0.3) for s in stores])
        if store[4] and store[4] > t_arr:
            store = STORE["S07"]
        self.n_vs += 1
        vs = dict(id=f"VS{self.n_vs:06d}", store=store[0])
        # payment
        if c["member"] and rng.random() < 0.85:
            pm, plat = "member_card", None
        elif first and c["channel"] in ("meituan", "douyin", "dianping"):
            pm = "voucher"
            plat = {"meituan": "meituan", "dianping": "meituan", "douyin": "douyin"}[c["channel"]]
        elif rng.random() < 0.45:
            pm, plat = "voucher", pick(["meituan", "douyin"], [0.6, 0.4])
        else:
            pm, plat = pick(["wechat_pay", "cash"], [0.9, 0.1]), None
        ticket = "overnight" if plat == "meituan" and rng.random() < 0.5 else "day"
        hour = pick(list(range(10, 24)), [2, 3, 4, 5, 5, 5, 5, 6, 8, 10, 10, 9, 7, 4])
        t_arr = datetime(t_arr.year, t_arr.month, t_arr.day) + D(hours=hour, minutes=u(0, 59))
        weekend = t_arr.weekday() >= 4
        vs["common"] = dict(visit_id=vs["id"], store_id=store[0], store=store[2], store_en=store[3],
                            store_city=store[1], 门店城市=CITIES[store[1]][0], payment_method=pm, 支付方式=PAY_ZH[pm],
                            voucher_platform=plat, ticket_type=ticket, 票种=TICKET_ZH[ticket])
        # voucher purchase (before arrival)
        if pm == "voucher":
            t_v = t_arr - D(hours=u(1, 96)) if not first else max(c["discover"] + D(minutes=u(5, 120)),
                                                                   t_arr - D(hours=u(1, 96)))
            if t_v >= t_arr:
                t_v = t_arr - D(minutes=30)
            price = {("meituan", "day"): 59.0, ("meituan", "overnight"): 79.0, ("douyin", "day"): 49.9}[(plat, ticket)]
            no_show = {"meituan": 0.12, "douyin": 0.38}[plat] + (0.08 if first else 0)
            self.ev(c, t_v, "tp_voucher", "purchase", vs, channel=plat, device=c["os"], price=price)
            item = "bath_overnight" if ticket == "overnight" else "bath_ticket"
            if rng.random() < no_show:
                if rng.random() < 0.85:      # unused voucher refunded (user request or auto-refund at expiry)
                    t_r = t_v + D(days=u(0.5, 6) if plat == "meituan" else u(2, 15))
                    self.order(c, t_v, price, "ticket", item, vs, pm, channel=plat, status="refunded", refunded_at=t_r)
                    self.ev(c, t_r, "tp_refund", "refund", vs, channel=plat, device=c["os"], refund_amount=price,
                            refund_reason="unused voucher", 退款原因="团购券未使用")
                else:
                    self.order(c, t_v, price, "ticket", item, vs, pm, channel=plat)
                return False
            self.order(c, t_v, price, "ticket", item, vs, pm, channel=plat)
        else:
            price = 68.0 if pm == "member_card" else 88.0
            self.order(c, t_arr, price, "ticket", "bath_ticket", vs, pm)
        bill = 0.0
        if c["visits"] > 0:          # a returning guest: CRM marks the return visit at the front desk
            self.ev(c, t_arr, "tp_revisit", "return", vs, visit_no=c["visits"] + 1)
        self.ev(c, t_arr, "tp_arrive", "redeem" if pm == "voucher" else "open_bill", vs)
        # wristband: queue at the front desk
        evening = 17 <= hour <= 22
        if store[0] == "S01" and weekend and evening:      # the flagship: one front desk, queues out the door
            wait = lognorm_min(26)
        elif store[0] == "S01":
            wait = lognorm_min(9)
        elif weekend and evening:
            wait = lognorm_min(7)
        else:
            wait = lognorm_min(4)
        t = t_arr + D(minutes=wait)
        band = f"{int(rng.integers(1, 900)):03d}"
        self.ev(c, t, "tp_wristband", "band_issued", vs, wristband_no=band, locker_no=f"{'M' if c['gender'] == 'male' else 'F'}{band}",
                wait_minutes=round(wait, 1))
        issues = []
        if wait > 20 or (weekend and evening and rng.random() < 0.05):
            issues.append("crowding")
        locker_p = 0.10 if (store[0] == "S04" and t_arr >= HEXI_LOCKERS) else 0.01
        if rng.random() < locker_p:
            issues.append("locker")
        t += D(minutes=u(5, 20))
        if rng.random() > 0.05:
            self.ev(c, t, "tp_pool", "soak", vs)
            hyg = 0.6 if (store[0] == "S05" and TANGGU_FILTER[0] <= t_arr < TANGGU_FILTER[1]) else 0.015
            if rng.random() < hyg:
                issues.append("hygiene")
        t += D(minutes=u(15, 40))
        if rng.random() < 0.55:
            self.ev(c, t, "tp_sauna", "sweat", vs)
            t += D(minutes=u(15, 40))
        scrub_p = {"Shenyang": 0.56, "Tianjin": 0.34, "Zhengzhou": 0.20}[city] * (1.15 if c["gender"] == "male" else 0.7)
        did_scrub = rng.random() < scrub_p
        if did_scrub:
            amt = 48.0 if city == "Shenyang" else 58.0
            self.ev(c, t, "tp_scrub", "service", vs, amount=amt)
            self.order(c, t, amt, "addon", "scrub", vs, pm if pm != "voucher" else "wechat_pay")
            bill += amt
            t += D(minutes=u(25, 45))
        did_massage = rng.random() < (0.24 if city == "Zhengzhou" else 0.15)
        if did_massage:
            item = pick(["massage", "foot_massage"], [0.45, 0.55])
            amt = float(pick([168, 198, 238, 298], [0.35, 0.3, 0.2, 0.15]))
            self.ev(c, t, "tp_massage", "service", vs, amount=amt, item=item)
            self.order(c, t, amt, "addon", item, vs, pm if pm != "voucher" else "wechat_pay")
            bill += amt
            t += D(minutes=u(50, 90))
        if rng.random() < 0.45:
            self.ev(c, t, "tp_buffet", "dine", vs)
            amt = 39.0
            self.order(c, t, amt, "food", "buffet", vs, pm if pm != "voucher" else "wechat_pay")
            bill += amt
            if rng.random() < (0.16 if city == "Tianjin" else 0.04):
                issues.append("buffet")
            t += D(minutes=u(20, 50))
        if rng.random() < 0.3:
            amt = float(pick([18, 28, 36], [0.5, 0.3, 0.2]))
            self.order(c, t, amt, "food", "drinks", vs, pm if pm != "voucher" else "wechat_pay")
            bill += amt
        overnight = ticket == "overnight" or rng.random() < (0.10 + (0.12 if hour >= 19 else 0) + (0.08 if weekend else 0))
        lost_p = 0.012
        if store[0] == "S07" and t_arr >= ERQI_NEW_BANDS:
            lost_p = 0.075
        if store[0] == "S09":
            lost_p = 0.2
        if rng.random() < lost_p:
            self.ev(c, t - D(minutes=u(5, 60)), "tp_lost_band", "lost", vs, fee=200.0)
            self.order(c, t, 200.0, "compensation", "wristband_fee", vs, pm if pm != "voucher" else "wechat_pay")
            bill += 200.0
            issues.append("lost_band")
        fee_row = None
        if overnight:
            t_rest = max(t, datetime(t_arr.year, t_arr.month, t_arr.day, 23) + D(minutes=u(0, 90)))
            self.ev(c, t_rest, "tp_resthall", "overnight", vs)
            t_out = datetime(t_arr.year, t_arr.month, t_arr.day) + D(days=1, hours=u(7.5, 11))
            if ticket == "day":
                fee_row = self.order(c, t_out - D(minutes=2), 68.0, "overnight", "overnight_fee", vs,
                                     pm if pm != "voucher" else "wechat_pay")
                bill += 68.0
                if rng.random() < (0.55 if plat == "douyin" else 0.04):
                    issues.append("surprise")
        else:
            t_out = t + D(minutes=u(10, 60))
        self.ev(c, t_out, "tp_checkout", "settle", vs, amount=round(bill, 2))
        # refund part of the disputed overnight fees
        if "surprise" in issues and fee_row is not None and rng.random() < 0.4:
            fee_row["status"] = "refunded"
            t_r = t_out + D(hours=u(2, 72))
            fee_row["refunded_at"] = ts(t_r)
            self.ev(c, t_r, "tp_refund", "refund", vs, channel="store", refund_amount=68.0,
                    refund_reason="disputed overnight fee", 退款原因="过夜费争议")
        # feedback: one topic per comment, by priority
        prio = ["lost_band", "surprise", "hygiene", "locker", "crowding", "buffet"]
        topic = next((k for k in prio if k in issues), None)
        if topic is None:
            if did_scrub and rng.random() < 0.45:
                topic = "scrub"
            elif did_massage and rng.random() < 0.4:
                topic = "massage"
            else:
                topic = pick(["pos", "neu"], [0.6, 0.4])
        review_p = 0.55 if issues else 0.22
        if rng.random() < review_p:
            t_rv = t_out + D(hours=u(0.5, 60))
            ch = {"meituan": "meituan_review", "douyin": "douyin_review"}.get(plat) or pick(
                ["meituan_review", "dianping_review", "douyin_review"], [0.45, 0.4, 0.15])
            self.ev(c, t_rv, "tp_review", "review", vs, channel=ch.replace("_review", ""), device=c["os"])
            rating = int(rng.choice(RATING[topic]))
            undated = ch == "dianping_review" and rng.random() < 0.2
            self.fb(c, t_rv, topic, ch, vs, rating=rating, undated=undated)
        if topic in ("lost_band", "surprise", "locker") and rng.random() < 0.35:
            self.fb(c, t_out - D(minutes=u(1, 20)), topic, "ticket", vs)
        if c["member"] and rng.random() < 0.12:
            lo, hi = NPS[topic]
            self.fb(c, t_out + D(hours=u(2, 30)), topic, "survey", vs, nps=int(rng.integers(lo, hi + 1)))
        if c["member"] and rng.random() < 0.04:
            self.fb(c, t_out + D(days=u(0, 3)), topic, "wechat_group", vs, undated=rng.random() < 0.5)
        # membership top-up at checkout
        top_p = 0.09 if c["member"] else (0.08 if city == "Shenyang" else 0.045)
        if rng.random() < top_p:
            amt = float(pick([1000, 2000, 3000, 5000], [0.45, 0.3, 0.15, 0.1]))
            self.ev(c, t_out + D(minutes=1), "tp_topup", "topup", vs, amount=amt)
            self.order(c, t_out + D(minutes=1), amt, "topup", "topup", vs, pick(["wechat_pay", "cash"], [0.85, 0.15]))
            c["member"] = True
            c["topup"] += amt
        vs["end"] = t_out
        return True

    def run(self):
        # customers: first discovery spread with the season
        days, w = [], []
        d = START
        while d <= datetime(2026, 6, 25):
            days.append(d)
            w.append(MONTH_W[d.month] * (0.8 + 0.4 * (d - START).days / 540))
            d += D(days=1)
        w = np.array(w)
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        for i, k in enumerate(idx):
            t0 = days[k] + D(hours=u(8, 23.9))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            cands = [s for s in STORES if s[1] == city and s[4] is None]
            home = pick(cands, [s[5] for s in cands])[0]
            if city == "Zhengzhou" and t0 >= datetime(2026, 4, 20) and rng.random() < 0.3:
                home = "S09"
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            gender = pick(["male", "female"], [0.6, 0.4])
            age = pick(["18-25", "26-35", "36-45", "46-55", "56+"], [0.18, 0.32, 0.25, 0.15, 0.10])
            c = dict(id=f"CU{i + 1:05d}", discover=t0, city=city, home=home, channel=ch, gender=gender, age=age,
                     os=pick(["ios", "android"], [0.42, 0.58]),
                     lang="en" if rng.random() < (0.12 if city == "Tianjin" else 0.05) else "zh",
                     member=False, topup=0.0, visits=0, last=None)
            self.ev(c, t0, "tp_discover", "view", channel=ch, device=c["os"] if ch != "walk_in" else None)
            # first visit
            if ch == "walk_in":
                t = t0
            else:
                t = t0 + D(days=float(rng.exponential(1.5)) + u(0, 0.3))
            first = True
            while t <= END:
                if home == "S09" and t < STORE["S09"][4]:
                    t = STORE["S09"][4] + D(days=u(0, 5))
                came = self.visit(c, t, first)
                if came:
                    c["visits"] += 1
                    c["last"] = t
                first = False
                stay = {"meituan": 0.62, "douyin": 0.45, "dianping": 0.62, "friend": 0.72, "walk_in": 0.6}[ch]
                if c["member"]:
                    stay = 0.9
                if not came:
                    stay *= 0.5
                if rng.random() > stay:
                    break
                mean = 16 if c["member"] else 40
                while True:
                    t = t + D(days=float(rng.exponential(mean)) + 1)
                    if rng.random() < MONTH_W[t.month] / 1.5:
                        break
            tier = ("black" if c["topup"] >= 5000 else "gold" if c["topup"] >= 2000 else "silver" if c["topup"] > 0
                    else "none")
            if c["visits"] == 0:
                seg = "prospect"
            elif c["last"] < datetime(2026, 3, 1):
                seg = "at_risk"
            elif c["visits"] >= 6:
                seg = "loyal"
            elif c["visits"] == 1:
                seg = "one_time"
            else:
                seg = "returning"
            self.customers.append(dict(
                customer_id=c["id"], signup_at=ts(t0), segment=seg, region=city, 城市=CITIES[city][0],
                acquisition_channel=ch, 获客渠道=CHANNELS[ch][0], tier=tier,
                会员等级={"none": "非会员", "silver": "银卡", "gold": "金卡", "black": "黑金卡"}[tier],
                gender=gender, 性别={"male": "男", "female": "女"}[gender], age_band=age, phone_os=c["os"],
                home_store_id=home, preferred_language=c["lang"]))


def write(path: Path, rows, cols=None):
    cols = cols or list(dict.fromkeys(k for r in rows for k in r))
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3], 1)])
    write(out / "customers.csv", g.customers)
    ev = sorted(g.events, key=lambda e: (e["ts"], e["event_id"]))
    # the front-desk system re-sends a few check-ins: exact duplicate rows (same event_id)
    dup = [ev[int(i)] for i in rng.choice(len(ev), size=30, replace=False)]
    write(out / "events.csv", ev + dup)
    write(out / "orders.csv", g.orders)
    write(out / "feedback.csv", g.feedback)
    write(out / "_truth" / "feedback_truth.csv", g.truth)
    print(f"customers {len(g.customers)} events {len(ev)}+{len(dup)} dup orders {len(g.orders)} "
          f"feedback {len(g.feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
