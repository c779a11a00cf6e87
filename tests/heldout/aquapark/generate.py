"""碧浪湾水上乐园 BlueCove Water Parks: three water parks (synthetic).

Parks in 武汉 Wuhan (江城园, outdoor, open 1 May - 8 Oct), 长沙 Changsha (星城园, outdoor, same season) and 厦门 Xiamen
(鹭岛园, open all year with a heated indoor hall in winter). Guests buy dated day tickets online (own app, WeChat mini
program, OTAs Meituan / Ctrip / Fliggy) or at the gate window, may book a cabana (私享小屋), come through the face-ID
turnstiles, rent a smart locker, queue for rides, order food by scanning a QR code at the stalls, report lost property,
and answer surveys. Weather closes a park (thunderstorms, a typhoon): guests get a notice and ask for refunds; rides
close for lightning, wind or maintenance. Season passes (畅玩季卡 standard / 尊享季卡 premium) are offered in the app
after a visit and renewed each spring. Summer 2025: an A/B test of dynamic ticket pricing.
Data 2025-01-01 .. 2026-05-31 (extract taken in June 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback, experiments (CSV, DATA.md) and
OUTDIR/_truth/feedback_truth.csv (the generator's topic per comment; not a DATA.md table).
Seed 20261207, numpy + stdlib, a few seconds.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 5, 31, 23, 59, 59)
AB_START, AB_END = datetime(2025, 6, 1), datetime(2025, 8, 31, 23, 59, 59)
SDK_BUG = (datetime(2025, 8, 1), datetime(2025, 8, 31, 23, 59, 59))  # Android app 5.2.0 payment SDK time-outs

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ticket_browse", "浏览票务页", "Ticket page view", "consideration", "app", "digital", "ecommerce",
     "票务页|看票|门票页面|查票价|ticket page|tickets|browse tickets|ticket listing"),
    ("tp_date_select", "选择日期票种", "Date & ticket type selected", "consideration", "app", "digital", "ecommerce",
     "选日期|选票|选票种|日历|pick date|select date|ticket type|calendar"),
    ("tp_checkout", "提交订单", "Order submitted", "purchase", "app", "digital", "ecommerce",
     "下单|提交订单|结算|checkout|place order|submit order"),
    ("tp_pay_success", "支付成功", "Payment successful", "purchase", "app", "digital", "payments",
     "付款成功|支付|买票成功|payment|paid|payment success|ticket bought"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "payments",
     "付款失败|支付超时|扣款失败|payment failed|payment error|payment timeout"),
    ("tp_gate_ticket", "窗口购票", "Gate ticket purchase", "purchase", "store", "physical", "park_ops",
     "售票窗口|现场买票|窗口|门口买票|gate|ticket window|box office|walk-up ticket"),
    ("tp_entry", "闸机入园", "Turnstile entry", "service", "store", "physical", "park_ops",
     "入园|进园|闸机|刷脸入园|验票|entry|turnstile|admission|check-in at gate"),
    ("tp_cabana_view", "浏览私享小屋", "Cabana page view", "consideration", "app", "digital", "ecommerce",
     "小屋页面|看小屋|cabana page|cabana listing"),
    ("tp_cabana_book", "预订私享小屋", "Cabana booked", "purchase", "app", "digital", "ecommerce",
     "订小屋|小屋预订|包间|cabana booking|book a cabana|private cabana"),
    ("tp_cabana_pay", "小屋付款", "Cabana paid", "purchase", "app", "digital", "payments",
     "小屋付款|小屋支付|cabana payment|cabana paid"),
    ("tp_cabana_checkin", "小屋入住", "Cabana check-in", "service", "store", "physical", "guest_services",
     "小屋入住|小屋签到|用小屋|cabana check-in|cabana arrival"),
    ("tp_locker", "储物柜租用", "Locker rental", "service", "store", "physical", "guest_services",
     "储物柜|存包|柜子|租柜|locker|locker rental|storage"),
    ("tp_locker_fault", "储物柜故障", "Locker fault", "service", "store", "physical", "guest_services",
     "柜子打不开|储物柜打不开|开柜失败|locker fault|locker won't open|locker jammed"),
    ("tp_ride_queue", "项目排队", "Ride queue", "service", "store", "physical", "rides",
     "排队|排队时间|等候|滑道排队|queue|wait time|line|ride wait"),
    ("tp_ride_closure", "项目临时关闭", "Ride temporarily closed", "service", "store", "physical", "rides",
     "项目关闭|停运|暂停开放|ride closed|ride closure|ride down"),
    ("tp_weather_closure", "天气闭园通知", "Weather closure notice", "service", "app", "digital", "park_ops",
     "闭园|天气闭园|台风闭园|雷暴闭园|weather closure|park closed|storm closure|typhoon closure"),
    ("tp_food_order", "扫码点餐", "Food order", "service", "mini_program", "digital", "food_beverage",
     "点餐|餐饮|吃饭|扫码点餐|美食档口|food|food order|F&B|snack"),
    ("tp_lost_report", "失物登记", "Lost item reported", "service", "store", "physical", "guest_services",
     "失物招领|丢东西|登记失物|lost and found|lost item|lost property"),
    ("tp_lost_found", "失物找到", "Lost item found", "service", "store", "physical", "guest_services",
     "找到失物|失物找到|item found"),
    ("tp_lost_claim", "失物认领核验", "Lost item claim verified", "service", "phone", "digital", "guest_services",
     "认领|核验身份|claim|claim verified"),
    ("tp_lost_returned", "失物归还", "Lost item returned", "service", "store", "physical", "guest_services",
     "归还|寄回|领回|returned|item returned|shipped back"),
    ("tp_refund_request", "申请退款", "Refund requested", "service", "app", "digital", "customer_service",
     "退款|退票|申请退款|refund|refund request|ticket refund"),
    ("tp_refund_review", "退款审核", "Refund under review", "service", "other", "digital", "customer_service",
     "退款审核|审核|refund review"),
    ("tp_refund_approved", "退款通过", "Refund approved", "service", "other", "digital", "customer_service",
     "退款通过|审核通过|refund approved"),
    ("tp_refund_paid", "退款到账", "Refund paid", "service", "other", "digital", "finance",
     "退款到账|钱退回来|refund paid|money back|refund received"),
    ("tp_pass_offer", "季卡推荐", "Season pass offer", "loyalty", "app", "digital", "membership",
     "季卡推荐|年卡推荐|办卡推荐|pass offer|season pass promo"),
    ("tp_pass_page", "季卡权益页", "Season pass benefits page", "loyalty", "app", "digital", "membership",
     "季卡详情|季卡权益|pass page|pass benefits"),
    ("tp_pass_purchase", "购买季卡", "Season pass bought", "loyalty", "app", "digital", "membership",
     "办季卡|买季卡|季卡|年卡|season pass|annual pass|pass purchase"),
    ("tp_pass_activate", "季卡人脸激活", "Season pass face activation", "loyalty", "app", "digital", "membership",
     "激活|人脸录入|刷脸激活|activation|face enrolment|activate pass"),
    ("tp_renewal_notice", "季卡续费提醒", "Pass renewal reminder", "loyalty", "app", "digital", "membership",
     "续费提醒|续卡提醒|到期提醒|renewal reminder|renewal notice"),
    ("tp_renewal_page", "续费页面", "Renewal page view", "loyalty", "app", "digital", "membership",
     "续费页|续卡页面|renewal page"),
    ("tp_renewal_pay", "季卡续费", "Pass renewed", "loyalty", "app", "digital", "membership",
     "续费|续卡|续季卡|renewal|renewed|pass renewal"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("online_ticket", "线上购票入园", "Online ticket to entry", 30,
     ["tp_ticket_browse", "tp_date_select", "tp_checkout", "tp_pay_success", "tp_entry"]),
    ("cabana", "私享小屋预订", "Cabana booking", 30,
     ["tp_cabana_view", "tp_cabana_book", "tp_cabana_pay", "tp_cabana_checkin"]),
    ("season_pass", "季卡办理", "Season pass sign-up", 14,
     ["tp_pass_offer", "tp_pass_page", "tp_pass_purchase", "tp_pass_activate"]),
    ("pass_renewal", "季卡续费", "Season pass renewal", 45,
     ["tp_renewal_notice", "tp_renewal_page", "tp_renewal_pay", "tp_pass_activate"]),
    ("refund", "退款处理", "Refund handling", 30,
     ["tp_refund_request", "tp_refund_review", "tp_refund_approved", "tp_refund_paid"]),
    ("lost_found", "失物招领", "Lost and found", 30,
     ["tp_lost_report", "tp_lost_found", "tp_lost_claim", "tp_lost_returned"]),
]
PARKS = {"wuhan": ("武汉", "江城园"), "changsha": ("长沙", "星城园"), "xiamen": ("厦门", "鹭岛园")}
RIDES = {  # park -> [(en, zh, weekday mean, weekend mean)]
    "wuhan": [("Hurricane Loop", "飓风回旋", 40, 58), ("Tsunami Bowl", "巨浪碗", 24, 36),
              ("Jiangcheng Lazy River", "江城漂流河", 8, 12), ("Rainbow Slides", "彩虹滑道", 15, 22),
              ("Kids Splash Fort", "儿童水寨", 5, 8)],
    "changsha": [("Racer Slides", "极速竞赛滑道", 22, 32), ("Giant Horn", "大喇叭", 27, 39),
                 ("FlowRider", "冲浪模拟器", 20, 29), ("Starcity Lazy River", "星城漂流河", 8, 12),
                 ("Little Star Pool", "小星星戏水池", 5, 7)],
    "xiamen": [("Tsunami Wave Pool", "海啸造浪池", 6, 10), ("Egret Shuttle", "鹭岛飞梭", 24, 35),
               ("Dino Splash", "恐龙戏水乐园", 5, 8), ("Island Lazy River", "环岛漂流河", 8, 12),
               ("Indoor Warm Pool", "室内温水池", 4, 6)],
}
RIDE_ZH = {r[0]: r[1] for rs in RIDES.values() for r in rs}
STALLS = {  # park -> [(en, zh, mean order, weight)]
    "wuhan": [("Hot Noodle Bar", "热干面档", 36, .3), ("Riverside BBQ", "江边烧烤", 82, .25),
              ("Wuhan Ice Drinks", "江城冰饮站", 26, .3), ("Jiangcheng Family Meals", "江城家庭套餐", 128, .15)],
    "changsha": [("Starcity Snacks", "星城小吃", 40, .35), ("Hunan Kitchen", "湘味快餐", 76, .3),
                 ("Changsha Ice Drinks", "星城冰饮站", 27, .25), ("Starcity Family Meals", "星城家庭套餐", 118, .1)],
    "xiamen": [("Seafood Shack", "海鲜大排档", 158, .3), ("Satay Noodles", "沙茶面馆", 46, .3),
               ("Island Ice Drinks", "鹭岛冰饮站", 30, .25), ("Island Family Meals", "鹭岛家庭套餐", 125, .15)],
}
STALL_ZH = {s[0]: s[1] for ss in STALLS.values() for s in ss}
SEGMENTS = [("family", .40), ("young_adult", .24), ("student", .10), ("tourist", .19), ("corporate", .07)]
LOST_ITEMS = [("phone", "手机", .33), ("goggles", "泳镜", .17), ("kids_slippers", "儿童拖鞋", .15),
              ("wallet", "钱包", .10), ("watch", "手表", .10), ("bag", "背包", .15)]
REFUND_ZH = {"weather_closure": "天气闭园", "change_of_plan": "行程变更", "ride_closed": "项目关闭",
             "duplicate_payment": "重复扣款"}
CLOSURE_ZH = {"lightning": "雷电", "strong_wind": "大风", "maintenance": "设备维修", "water_quality": "水质检测"}
OTA = [("meituan", "美团"), ("ctrip", "携程"), ("fliggy", "飞猪")]

# weather closures: (park, date, kind, hour)  full = park closed all day, partial = closed from `hour`
WEATHER = [("xiamen", date(2025, 7, 22), "partial", 14.0), ("xiamen", date(2025, 8, 13), "full", 0),
           ("xiamen", date(2025, 8, 14), "full", 0),
           ("xiamen", date(2025, 8, 15), "full", 0), ("xiamen", date(2025, 8, 16), "full", 0),
           ("xiamen", date(2025, 9, 5), "partial", 15.0), ("xiamen", date(2026, 5, 20), "partial", 13.0),
           ("wuhan", date(2025, 6, 24), "full", 0), ("wuhan", date(2025, 7, 8), "partial", 14.0),
           ("wuhan", date(2025, 7, 17), "partial", 15.0), ("wuhan", date(2025, 7, 19), "full", 0), ("wuhan", date(2025, 7, 29), "partial", 13.5),
           ("wuhan", date(2025, 8, 6), "partial", 14.5), ("wuhan", date(2025, 8, 21), "partial", 16.0),
           ("wuhan", date(2026, 5, 14), "partial", 14.0), ("changsha", date(2025, 6, 19), "full", 0),
           ("changsha", date(2025, 7, 31), "partial", 14.0), ("changsha", date(2025, 8, 9), "full", 0), ("changsha", date(2025, 8, 25), "partial", 15.0)]
WX = {(p, d): (k, h) for p, d, k, h in WEATHER}
HOLIDAYS = set()
for a, b in [((2025, 1, 28), (2025, 2, 4)), ((2025, 4, 4), (2025, 4, 6)), ((2025, 5, 1), (2025, 5, 5)),
             ((2025, 5, 31), (2025, 6, 2)), ((2025, 10, 1), (2025, 10, 8)), ((2026, 1, 1), (2026, 1, 3)),
             ((2026, 2, 15), (2026, 2, 23)), ((2026, 4, 4), (2026, 4, 6)), ((2026, 5, 1), (2026, 5, 5))]:
    d0 = date(*a)
    while d0 <= date(*b):
        HOLIDAYS.add(d0)
        d0 += D(days=1)

# ---- feedback templates: topic -> (zh list, en list, touchpoint, rating range)
TXT = {
    "locker_fail": (["储物柜扫码打不开，东西锁在里面等了半小时", "柜子打不开！叫了三次工作人员才来",
                     "储物柜又坏了，扫码没反应，手机钱包都在里面", "新换的智能储物柜经常打不开，体验很差"],
                    ["The locker would not open, waited 30 minutes for staff",
                     "Locker wouldn't open after scanning the QR code", "smart locker broken again, my phone was stuck inside"],
                    "tp_locker_fault", (1, 2)),
    "long_queue": (["排队太久了，飓风回旋排了一个多小时", "一个项目排队一个小时，一天玩不了几个", "排队时间太长，暑假人太多了"],
                   ["Queued over an hour for one slide", "The queues were far too long, only did three rides",
                    "waited 70 minutes in line for the big slide"], "tp_ride_queue", (1, 3)),
    "refund_slow": (["退款申请了十几天还没到账", "台风闭园说全额退款，结果退款到现在都没到", "退款太慢了，客服只会说在处理"],
                    ["Refund still not received after two weeks", "The typhoon closure refund took forever",
                     "refund is very slow, customer service keeps saying processing"], "tp_refund_paid", (1, 2)),
    "food_price": (["园区里吃的太贵了，一碗面48", "餐饮价格离谱，一瓶水卖15", "里面吃饭太贵，性价比很低"],
                   ["Food inside the park is overpriced", "overpriced food and drinks, 15 yuan for water"],
                   "tp_food_order", (2, 3)),
    "payment_fail": (["安卓App付款一直失败，扣款了订单却没生成", "支付失败好几次，最后只能去窗口买票", "App支付老是超时，太折腾"],
                     ["Payment kept failing in the Android app", "payment failed three times, ended up buying at the gate"],
                     "tp_pay_fail", (1, 2)),
    "price_confusing": (["同一天的票价格忽高忽低，看不懂", "周末票怎么比上周贵这么多，动态价格太坑"],
                        ["Ticket prices keep changing for the same day, confusing",
                         "weekend price jumped, this dynamic pricing feels unfair"], "tp_date_select", (1, 3)),
    "lost_not_returned": (["在失物招领登记了丢的手机，一直没人联系", "失物说找到了但寄回来等了一个月",
                           "孩子的手表交到失物招领，说找到了一直没寄回"],
                          ["Lost my phone, reported it, nobody got back to me",
                           "Lost and found said they found my wallet but never shipped it"], "tp_lost_report", (1, 2)),
    "changing_room": (["更衣室太脏了，地上全是水和头发", "淋浴间和更衣室卫生很差"],
                      ["Changing rooms were dirty", "dirty showers and changing rooms"], "tp_entry", (1, 3)),
    "water_cold": (["冬天室内温水池水温不够，孩子冻得发抖", "水太凉了，还说是温水池"],
                   ["The warm pool was cold in winter", "water was too cold, kids were shivering"], "tp_ride_queue", (2, 3)),
    "lifeguard_praise": (["救生员很负责，一直盯着小朋友", "救生员反应很快，很有安全感"],
                         ["Lifeguards were attentive and friendly", "great lifeguards, felt safe with the kids"],
                         "tp_entry", (4, 5)),
    "wave_pool_praise": (["造浪池太好玩了，浪很大", "海啸造浪池超级棒，下次还来"],
                         ["The wave pool was amazing", "loved the wave pool, huge waves"], "tp_ride_queue", (4, 5)),
    "cabana_praise": (["订了私享小屋，带娃很方便，值", "小屋很舒服，有遮阳有沙发"],
                      ["The cabana was worth every penny", "cabana was comfy and shaded"], "tp_cabana_checkin", (4, 5)),
    "generic_pos": (["整体不错，孩子玩得很开心", "玩得很开心，会再来", "体验很好"],
                    ["Great day out, kids loved it", "had a lot of fun", "good experience overall"], None, (4, 5)),
    "generic_neu": (["还可以，一般般", "中规中矩吧", "人有点多，其他还行"],
                    ["It was ok", "average, nothing special", "crowded but fine"], None, (3, 4)),
    "generic_neg": (["性价比不高，不会再来了", "体验一般，不值这个价"], ["Not worth the money", "disappointing visit"],
                    None, (1, 2)),
}


def pick(items, p=None):
    if p is None:
        return items[int(rng.integers(len(items)))]
    return items[int(np.searchsorted(np.cumsum(p), rng.random() * sum(p), side="right"))]


def at(d, h0=9.0, h1=19.0):
    return datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(h0, h1)))


def is_open(park, d):
    if park == "xiamen":
        return True
    return date(d.year, 5, 1) <= d <= date(d.year, 10, 8) or (d.year == 2026 and d >= date(2026, 4, 30))


def demand(park, d):
    if not is_open(park, d):
        return 0.0
    m = d.month
    w = {1: .35, 2: .4, 3: .45, 4: .7, 5: 1.3, 6: 1.7, 7: 3.0, 8: 3.1, 9: 1.2, 10: 1.4, 11: .6, 12: .35}[m]
    if park == "xiamen" and m in (12, 1, 2):
        w = .3
    if d in HOLIDAYS:
        w *= 2.2
    elif d.weekday() >= 5:
        w *= 1.6
    if d.year == 2026:
        w *= 1.05
    return w


DAYS = [date(2025, 1, 15) + D(days=i) for i in range((date(2026, 5, 31) - date(2025, 1, 15)).days + 1)]
DEMAND = {p: np.array([demand(p, d) for d in DAYS]) for p in PARKS}


CUM = {p: np.cumsum(w) for p, w in DEMAND.items()}


def sample_day(park, lo=date(2025, 1, 15), hi=date(2026, 5, 31)):
    cum = CUM[park]
    i0, i1 = max((lo - DAYS[0]).days, 0), min((hi - DAYS[0]).days, len(DAYS) - 1)
    if i0 > i1:
        return None
    a = cum[i0 - 1] if i0 > 0 else 0.0
    b = cum[i1]
    if b - a <= 0:
        return None
    return DAYS[int(np.searchsorted(cum, a + rng.random() * (b - a), side="right"))]


def peak(d):
    return d in HOLIDAYS or d.weekday() >= 5


def base_price(park, d, gate=False):
    p = (239 if peak(d) else 199) + (20 if park == "xiamen" else 0) + (10 if d.year == 2026 else 0)
    return p + (20 if gate else 0)


def dyn_price(park, d):
    if peak(d):
        p = 299 if d.month in (7, 8) else 279
    else:
        p = 189
    return p + (20 if park == "xiamen" else 0)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.customers, self.exp = [], [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_sess = 0

    def sid(self, prefix):
        self.n_sess += 1
        return f"{prefix}{self.n_sess:06d}"

    def ev(self, c, ts, tp, sess, action, park, **kw):
        if ts > END or ts < START:
            return False
        self.n_ev += 1
        c["_first"] = min(c.get("_first", ts), ts)
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                   touchpoint_id=tp, session_id=sess, action=action, device=kw.pop("device", ""),
                   channel=kw.pop("channel", ""), park=park, 园区=PARKS[park][0],
                   ingest_batch=f"{ts:%Y%m%d}-{int(rng.integers(1, 4))}")
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, ts, amount, status, otype, sess, park, **kw):
        if ts > END or ts < START:
            return None
        self.n_ord += 1
        row = dict(order_id=f"SO{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                   amount=round(float(amount), 2), status=status, channel=kw.pop("channel", ""),
                   device=kw.pop("device", ""), order_type=otype,
                   订单类型={"ticket": "门票", "season_pass": "季卡", "pass_renewal": "季卡续费", "cabana": "私享小屋",
                         "locker": "储物柜", "food": "餐饮"}[otype],
                   park=park, 园区=PARKS[park][0], session_id=sess, currency="CNY",
                   invoice_no=f"FP{ts:%y%m}{self.n_ord:06d}")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, ts, topic, channel, park, rating=None, nps=None, tp=None, **kw):
        if ts is not None and (ts > END or ts < START):
            return
        zh, en, ttp, (r0, r1) = TXT[topic]
        if channel == "dianping":
            lang = "zh"
        elif channel == "tripadvisor":
            lang = "en"
        else:
            lang = "en" if rng.random() < (0.9 if c["preferred_language"] == "en" else 0.02) else "zh"
        text = pick(en if lang == "en" else zh)
        if rng.random() < 0.15:
            text += pick(["。", "！", "，希望改进。", "。谢谢"]) if lang == "zh" else pick(["!", ".", " :(", " Thanks."])
        if channel in ("exit_survey", "app_review", "dianping", "tripadvisor") and rating is None:
            rating = int(rng.integers(r0, r1 + 1))
        drop_ts = ((channel == "dianping" and rng.random() < 0.3) or (channel == "tripadvisor" and rng.random() < 0.2)
                   or (channel == "complaint_ticket" and rng.random() < 0.1))
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        row = dict(feedback_id=fid, text=text, ts="" if (drop_ts or ts is None) else ts.strftime("%Y-%m-%d %H:%M:%S"),
                   customer_id=c["customer_id"], touchpoint_id=tp or ttp or "", channel=channel,
                   rating="" if rating is None else rating, nps="" if nps is None else nps, language=lang,
                   park=park, 园区=PARKS[park][0], reply_status=pick(["replied", "pending", "none"], p=[.5, .2, .3]))
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics=topic, lang=lang))

    # ------------------------------------------------------------------
    def customer(self, i, holder2024=False):
        seg = "family" if holder2024 and rng.random() < .6 else pick([s for s, _ in SEGMENTS], p=[w for _, w in SEGMENTS])
        if holder2024 and seg == "tourist":
            seg = "young_adult"
        if seg == "tourist":
            park = pick(["xiamen", "wuhan", "changsha"], p=[.6, .2, .2])
            region = "out_of_province"
            acq = pick(["app_store", "wechat", "douyin", "ota", "gate", "referral"], p=[.1, .12, .18, .5, .07, .03])
        else:
            park = pick(["wuhan", "changsha", "xiamen"], p=[.38, .32, .30])
            region = park
            acq = pick(["app_store", "wechat", "douyin", "ota", "gate", "referral"], p=[.22, .3, .18, .1, .12, .08])
        by = {"family": (1980, 1994), "young_adult": (1995, 2004), "student": (2003, 2009), "tourist": (1970, 2004),
              "corporate": (1975, 2000)}[seg]
        c = dict(customer_id=f"BC{i:05d}", signup_at="", segment=seg, region=region, acquisition_channel=acq,
                 tier="regular", home_park=park, 常去园区=PARKS[park][0],
                 gender=pick(["F", "M", ""], p=[.52, .44, .04]), birth_year=int(rng.integers(*by)),
                 kids_count=int(rng.integers(1, 3)) if seg == "family" else 0,
                 preferred_language="en" if rng.random() < ({"xiamen": .6}.get(park, .25) if seg == "tourist" else
                                                      {"xiamen": .1}.get(park, .04)) else "zh", marketing_opt_in=bool(rng.random() < .6), phone_verified=bool(rng.random() < .93))
        c["_park"], c["_pass"], c["_locker_fault"] = park, None, False
        if holder2024:
            c["_signup"] = at(date(2024, 5, 1) + D(days=int(rng.integers(0, 100))))
        self.customers.append(c)
        return c

    def party(self, seg):
        a, k = {"family": (2, int(rng.integers(1, 3))), "young_adult": (int(rng.integers(1, 4)), 0),
                "student": (int(rng.integers(1, 3)), 0), "tourist": (int(rng.integers(1, 4)), int(rng.integers(0, 3))),
                "corporate": (int(rng.integers(5, 21)), 0)}[seg]
        return a, k

    def variant(self, c, t):
        if AB_START <= t <= AB_END:
            if "_variant" not in c:
                c["_variant"] = pick(["control", "dynamic"])
                self.exp.append(dict(experiment_id="dyn_pricing_2025", variant=c["_variant"],
                                     customer_id=c["customer_id"], assigned_at=t.strftime("%Y-%m-%d %H:%M:%S"),
                                     experiment_name="动态定价 Dynamic pricing summer 2025", unit="customer"))
            return c["_variant"]
        return None

    # ---- one visit (online or gate) ----
    def visit(self, c, d, pass_holder=False):
        park, seg = c["_park"], c["segment"]
        sess = self.sid("V")
        wx = WX.get((park, d))
        adults, kids = self.party(seg)
        if pass_holder:
            return self.in_park(c, d, sess, wx, None, pass_holder=True)
        online_p = {"tourist": .88, "corporate": .9}.get(seg, .76) * (.4 if c["acquisition_channel"] == "gate" else 1)
        if rng.random() < online_p:
            lead = int(rng.integers(1, 21)) if seg == "tourist" else int(rng.integers(0, 8))
            t0 = at(d - D(days=lead), 7, 23.5)
            if t0 > at(d, 9, 9) and lead == 0:
                t0 = at(d, 6, 9)
            ch = pick(["app", "mini_program", "ota"], p=[.3, .35, .35] if seg == "tourist" else [.45, .4, .15])
            dev = pick(["ios", "android"], p=[.5, .5]) if ch != "ota" else pick(["ios", "android", "pc"], p=[.45, .4, .15])
            ver = ("5.2.0" if SDK_BUG[0] <= t0 <= SDK_BUG[1] else pick(["5.1.3", "5.1.4", "5.2.1"])) if ch == "app" else ""
            ota = pick(OTA, p=[.5, .3, .2] if seg != "tourist" else [.3, .5, .2]) if ch == "ota" else ("", "")
            var = self.variant(c, t0)
            common = dict(device=dev, channel=ch, app_version=ver, ota_platform=ota[0], visit_date=d.isoformat(),
                          utm_source=pick(["", "push", "douyin_ad", "wechat_moments", "search"],
                                          p=[.5, .15, .15, .1, .1]))
            self.ev(c, t0, "tp_ticket_browse", sess, "view", park, **common)
            bought = False
            order = None
            t = t0 + D(minutes=float(rng.uniform(.5, 8)))
            if rng.random() < .85:
                price = dyn_price(park, d) if var == "dynamic" else base_price(park, d)
                if ch == "ota":
                    price -= 5
                self.ev(c, t, "tp_date_select", sess, "click", park, price_shown=price, ticket_type="day_ticket",
                        party_size=adults + kids, **common)
                p_chk = .49 if seg == "tourist" else .82
                if var == "dynamic":
                    p_chk *= .84 if peak(d) else 1.04
                if rng.random() < p_chk:
                    t += D(minutes=float(rng.uniform(1, 6)))
                    self.ev(c, t, "tp_checkout", sess, "submit", park, party_size=adults + kids, **common)
                    amount = adults * price + kids * round(price * .6)
                    bug = ch == "app" and dev == "android" and SDK_BUG[0] <= t <= SDK_BUG[1]
                    ok = rng.random() < (.3 if bug else .95)
                    if not ok:
                        t += D(seconds=float(rng.uniform(20, 90)))
                        self.ev(c, t, "tp_pay_fail", sess, "fail", park,
                                error_code="SDK_TIMEOUT" if bug else pick(["CARD_DECLINED", "INSUFFICIENT_BALANCE",
                                                                          "USER_CANCEL"]), **common)
                        if bug and rng.random() < .3:
                            self.fb(c, t + D(minutes=20), "payment_fail", pick(["app_review", "complaint_ticket"]), park,
                                    device=dev, app_version=ver)
                        ok = rng.random() < .3
                        t += D(minutes=float(rng.uniform(1, 5)))
                    if ok:
                        t += D(seconds=float(rng.uniform(15, 120)))
                        self.ev(c, t, "tp_pay_success", sess, "success", park, amount=amount, **common)
                        order = self.order(c, t, amount, "paid", "ticket", sess, park, channel=ch, device=dev,
                                           visit_date=d.isoformat(), adults=adults, children=kids, unit_price=price,
                                           ota_platform=ota[0], payment_method=pick(["wechat", "alipay", "card"],
                                                                                    p=[.55, .4, .05]),
                                           coupon_code=pick(["", "SUMMER20", "KIDSFREE"], p=[.85, .1, .05]),
                                           experiment_variant=var or "")
                        bought = True
                    else:
                        self.order(c, t, amount, "cancelled", "ticket", sess, park, channel=ch, device=dev,
                                   visit_date=d.isoformat(), adults=adults, children=kids, unit_price=price,
                                   ota_platform=ota[0], experiment_variant=var or "")
                elif var == "dynamic" and peak(d) and rng.random() < .06:
                    self.fb(c, t + D(minutes=5), "price_confusing", "app_review", park, device=dev)
            if not bought:
                if rng.random() < .3:   # came anyway and bought at the gate
                    return self.gate(c, d, sess, wx, adults, kids)
                return None
            # cabana add-on
            if rng.random() < (.2 if seg in ("family", "corporate") else .07):
                tc = t + D(minutes=float(rng.uniform(1, 30)))
                self.ev(c, tc, "tp_cabana_view", sess, "view", park, device=dev, channel=ch, visit_date=d.isoformat())
                if rng.random() < .6:
                    tc += D(minutes=float(rng.uniform(1, 10)))
                    self.ev(c, tc, "tp_cabana_book", sess, "submit", park, device=dev, channel=ch,
                            visit_date=d.isoformat(), cabana_no=f"{park[:2].upper()}-{int(rng.integers(1, 25)):02d}")
                    if rng.random() < .85:
                        tc += D(minutes=float(rng.uniform(1, 5)))
                        camt = {"wuhan": 688, "changsha": 588, "xiamen": 888}[park] + (200 if peak(d) else 0)
                        self.ev(c, tc, "tp_cabana_pay", sess, "success", park, device=dev, channel=ch, amount=camt)
                        self.order(c, tc, camt, "paid", "cabana", sess, park, channel=ch, device=dev,
                                   visit_date=d.isoformat(), payment_method="wechat")
                        c["_cabana"] = sess
            # change of plan refund before the visit
            if rng.random() < .05 and (wx is None or wx[0] != "full"):
                self.refund(c, t + D(hours=float(rng.uniform(2, 30))), "change_of_plan", park, order)
                return None
            return self.in_park(c, d, sess, wx, order)
        return self.gate(c, d, None, wx, adults, kids)

    def gate(self, c, d, sess, wx, adults, kids):
        park = c["_park"]
        if wx and wx[0] == "full":
            return None
        sess = sess or self.sid("V")
        t = at(d, 9, 12.5)
        price = base_price(park, d, gate=True)
        amount = adults * price + kids * round(price * .6)
        self.ev(c, t, "tp_gate_ticket", sess, "success", park, channel="gate", amount=amount, visit_date=d.isoformat(),
                window_no=f"W{int(rng.integers(1, 7))}")
        order = self.order(c, t, amount, "paid", "ticket", sess, park, channel="gate", visit_date=d.isoformat(),
                           adults=adults, children=kids, unit_price=price,
                           payment_method=pick(["wechat", "alipay", "cash", "card"], p=[.5, .35, .1, .05]))
        return self.in_park(c, d, sess, wx, order, t0=t + D(minutes=float(rng.uniform(3, 20))))

    def in_park(self, c, d, sess, wx, order, pass_holder=False, t0=None):
        park, seg = c["_park"], c["segment"]
        dev = pick(["ios", "android"])
        if wx and wx[0] == "full":
            tn = at(d, 6.5, 7.5)
            self.ev(c, tn, "tp_weather_closure", sess, "notice", park, channel="app", closure_type="full_day",
                    weather=pick(["typhoon", "rainstorm"]) if park == "xiamen" else "rainstorm",
                    compensation="refund_or_raincheck")
            if order is not None and rng.random() < .85:
                self.refund(c, tn + D(hours=float(rng.uniform(.2, 20))), "weather_closure", park, order)
            return None
        te = t0 or at(d, 9, 13)
        if not pass_holder and rng.random() < .035:   # no-show
            return None
        close_h = wx[1] if wx else 24.0
        close_t = datetime(d.year, d.month, d.day) + D(hours=close_h)
        if te >= close_t:
            te = close_t - D(minutes=float(rng.uniform(30, 90)))
        self.ev(c, te, "tp_entry", sess, "success", park, channel="gate",
                ticket_type="season_pass" if pass_holder else ("online" if order and order["channel"] != "gate"
                                                               else "gate"),
                gate_no=f"G{int(rng.integers(1, 9))}", temp_c=round(float(rng.normal(31 if d.month in (6, 7, 8) else 24,
                                                                                          3)), 1))
        out = te + D(hours=float(rng.uniform(3.5, 7)))
        if wx:
            out = min(out, close_t)
        exp = dict(locker_fault=False, long_wait=False, max_wait=0)
        if c.get("_cabana") == sess and rng.random() < .97:
            tc = te + D(minutes=float(rng.uniform(5, 25)))
            self.ev(c, tc, "tp_cabana_checkin", sess, "checkin", park, channel="onsite")
            if rng.random() < .25:
                self.fb(c, out, "cabana_praise", pick(["exit_survey", "dianping"]), park)
        # locker
        if rng.random() < (.7 if seg == "family" else .5):
            tl = te + D(minutes=float(rng.uniform(3, 15)))
            big = rng.random() < .35
            lamt = {"wuhan": (30, 50), "changsha": (30, 50), "xiamen": (40, 60)}[park][int(big)]
            self.ev(c, tl, "tp_locker", sess, "rent", park, channel="kiosk", locker_size="large" if big else "small",
                    locker_no=f"L{int(rng.integers(1, 900)):03d}", amount=lamt)
            self.order(c, tl, lamt, "paid", "locker", sess, park, channel="kiosk", device="",
                       payment_method=pick(["wechat", "alipay"]))
            fr = self.locker_fault_rate(park, d)
            if rng.random() < fr:
                tf = tl + D(hours=float(rng.uniform(.5, 4)))
                if tf < out:
                    self.ev(c, tf, "tp_locker_fault", sess, "fail", park, channel="kiosk",
                            fault=pick(["qr_no_response", "door_jammed", "wrong_locker_assigned"], p=[.6, .3, .1]),
                            staff_minutes=int(rng.integers(5, 45)))
                    exp["locker_fault"] = True
                    c["_locker_fault"] = c["_locker_fault"] or (d.year == 2025)
                    if rng.random() < .42:
                        self.fb(c, tf + D(minutes=float(rng.uniform(10, 240))), "locker_fail",
                                pick(["exit_survey", "complaint_ticket", "dianping"], p=[.4, .35, .25]), park)
        # rides
        rides = RIDES[park]
        nq = int(rng.choice([1, 2, 3], p=[.35, .4, .25]))
        for k in range(nq):
            if park == "xiamen" and d.month in (12, 1, 2):
                ride = rides[4] if rng.random() < .6 else pick(rides[:4])
            else:
                ride = pick(rides[:4] + ([rides[4]] if seg == "family" else []))
            tq = te + D(minutes=float(rng.uniform(15, 240)))
            if tq >= out:
                continue
            mean = ride[3] if peak(d) else ride[2]
            if d.month in (7, 8):
                mean *= 1.2
            wait = max(1, int(rng.gamma(6, mean / 6)))
            closure = None
            if wx and tq + D(minutes=wait) > close_t - D(minutes=60) and rng.random() < .5:
                closure = "lightning" if park != "xiamen" or d.month != 9 else "strong_wind"
            elif rng.random() < .025:
                closure = pick(["maintenance", "water_quality", "strong_wind"], p=[.6, .2, .2])
                if ride[0] == "FlowRider" and rng.random() < .5:
                    closure = "maintenance"
            self.ev(c, tq, "tp_ride_queue", sess, "queue", park, channel="onsite", ride=ride[0], 项目=ride[1],
                    wait_min=wait, queue_app_booking=bool(rng.random() < .2))
            if ride[0] == "FlowRider" and closure is None and rng.random() < .06:
                closure = "maintenance"
            if closure:
                self.ev(c, tq + D(minutes=float(rng.uniform(2, wait + 3))), "tp_ride_closure", sess, "closed", park,
                        channel="onsite", ride=ride[0], 项目=ride[1], closure_reason=closure,
                        closure_minutes=int(rng.integers(20, 120)))
                if order is not None and order["channel"] != "gate" and rng.random() < .05:
                    self.refund(c, out + D(hours=float(rng.uniform(1, 30))), "ride_closed", park, order)
            exp["max_wait"] = max(exp["max_wait"], wait)
            if wait > 60:
                exp["long_wait"] = True
        # food
        nf = int(rng.choice([0, 1, 2], p=[.35, .5, .15]))
        for k in range(nf):
            st = pick(STALLS[park], p=[s[3] for s in STALLS[park]])
            tf = datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(11, 17.5)))
            if tf < te or tf >= out:
                tf = te + D(minutes=float(rng.uniform(30, 120)))
                if tf >= out:
                    continue
            famt = round(float(rng.gamma(8, st[2] / 8)) * (1.6 if seg == "corporate" else 1), 0) + 0.0
            famt = max(famt, 8.0)
            self.ev(c, tf, "tp_food_order", sess, "submit", park, channel="mini_program", device=dev, stall=st[0],
                    档口=st[1], amount=famt, items=int(rng.integers(1, 6)))
            self.order(c, tf, famt, "paid", "food", sess, park, channel="mini_program", device=dev, stall=st[0],
                       档口=st[1], payment_method=pick(["wechat", "alipay"], p=[.7, .3]))
            if rng.random() < .035:
                self.fb(c, tf + D(minutes=40), "food_price", pick(["dianping", "exit_survey"]), park, stall=st[0])
        # weather partial closure
        if wx and wx[0] == "partial" and out >= close_t - D(minutes=1):
            self.ev(c, close_t - D(minutes=float(rng.uniform(0, 15))), "tp_weather_closure", sess, "notice", park,
                    channel="app", closure_type="partial", weather="thunderstorm" if park != "xiamen" else "rainstorm",
                    compensation="raincheck")
        # lost property
        if rng.random() < .03:
            self.lost(c, te + D(hours=float(rng.uniform(1, 5))), park)
        # praise / misc comments
        if park == "wuhan" and d.month == 8 and rng.random() < .06 or rng.random() < .008:
            self.fb(c, out, "changing_room", pick(["exit_survey", "dianping"]), park)
        if park == "xiamen" and d.month in (12, 1, 2) and rng.random() < .12:
            self.fb(c, out, "water_cold", pick(["dianping", "tripadvisor"] if c["preferred_language"] == "en"
                                              else ["dianping", "exit_survey"]), park)
        if rng.random() < .015:
            self.fb(c, out, "lifeguard_praise", "exit_survey", park)
        if park == "xiamen" and d.month not in (12, 1, 2) and rng.random() < .035:
            self.fb(c, out, "wave_pool_praise", "tripadvisor" if c["preferred_language"] == "en" else "dianping", park)
        if exp["long_wait"] and rng.random() < .22:
            self.fb(c, out + D(minutes=10), "long_queue", pick(["exit_survey", "dianping"], p=[.6, .4]), park,
                    max_wait_min=exp["max_wait"])
        # exit survey
        if rng.random() < .14:
            if exp["locker_fault"] or exp["long_wait"]:
                topic = pick(["generic_neg", "generic_neu"])
            else:
                topic = pick(["generic_pos", "generic_neu", "generic_neg"], p=[.62, .28, .10])
            chan = "tripadvisor" if c["preferred_language"] == "en" and rng.random() < .4 else "exit_survey"
            self.fb(c, out + D(minutes=float(rng.uniform(5, 120))), topic, chan, park, tp="tp_entry")
        if rng.random() < .07:
            bad = exp["locker_fault"] or exp["long_wait"]
            nps = int(rng.choice(11, p=np.array([1, 1, 1, 2, 2, 3, 4, 5, 5, 3, 2] if bad else
                                               [.3, .3, .4, .6, .8, 1.5, 2.5, 5, 6, 5, 4.5]) /
                                     (29 if bad else 26.9)))
            topic = "generic_pos" if nps >= 9 else ("generic_neu" if nps >= 7 else "generic_neg")
            self.fb(c, out + D(days=1, hours=2), topic, "nps_survey", park, nps=nps, tp="tp_entry")
        return te

    def locker_fault_rate(self, park, d):
        if d < date(2025, 7, 1):
            return .02
        if park == "changsha":   # new QR-code smart lockers from July 2025, firmware keeps getting worse
            months = (d.year - 2025) * 12 + d.month - 7
            return min(.09 + .045 * months, .32)
        if park == "wuhan" and d >= date(2025, 8, 1):
            return .05
        return .03

    def refund(self, c, t, reason, park, order):
        sess = self.sid("F")
        amt = float(order["amount"]) if order else 0.0
        if not self.ev(c, t, "tp_refund_request", sess, "submit", park, channel="app", refund_reason=reason,
                       退款原因=REFUND_ZH[reason], order_id=order["order_id"] if order else "", amount=amt):
            return
        backlog = park == "xiamen" and date(2025, 8, 14) <= t.date() <= date(2025, 9, 10)  # typhoon backlog
        tr = t + D(hours=float(rng.uniform(.5, 30 if not backlog else 120)))
        self.ev(c, tr, "tp_refund_review", sess, "review", park, channel="backoffice", refund_reason=reason,
                退款原因=REFUND_ZH[reason])
        p_ok = {"weather_closure": .98, "change_of_plan": .72, "ride_closed": .35, "duplicate_payment": 1.0}[reason]
        if rng.random() > p_ok:
            self.ev(c, tr + D(hours=float(rng.uniform(1, 24))), "tp_refund_review", sess, "rejected", park,
                    channel="backoffice", refund_reason=reason, 退款原因=REFUND_ZH[reason])
            return
        ta = tr + D(hours=float(rng.uniform(1, 24)))
        self.ev(c, ta, "tp_refund_approved", sess, "approved", park, channel="backoffice", refund_reason=reason,
                退款原因=REFUND_ZH[reason])
        days = float(rng.uniform(8, 16)) if backlog else float(rng.gamma(3, .8))
        tp_ = ta + D(days=days)
        if rng.random() < .97 and self.ev(c, tp_, "tp_refund_paid", sess, "success", park, channel="backoffice",
                                          refund_reason=reason, 退款原因=REFUND_ZH[reason], amount=amt):
            if order is not None:
                order["status"] = "refunded"
                order["refunded_at"] = tp_.strftime("%Y-%m-%d %H:%M:%S")
                order["refund_reason"] = reason
            total_days = (tp_ - t).total_seconds() / 86400
            if total_days > 7 and rng.random() < .6:
                self.fb(c, tp_ + D(hours=float(rng.uniform(-72, 24))) if rng.random() < .5 else tp_ - D(days=2),
                        "refund_slow", pick(["complaint_ticket", "app_review"], p=[.7, .3]), park)

    def lost(self, c, t, park):
        sess = self.sid("L")
        it = pick(LOST_ITEMS, p=[x[2] for x in LOST_ITEMS])
        kw = dict(lost_item=it[0], 失物=it[1])
        self.ev(c, t, "tp_lost_report", sess, "submit", park, channel="guest_services", **kw)
        if rng.random() > (.74 if it[0] != "goggles" else .6):
            if rng.random() < .3:
                self.fb(c, t + D(days=5), "lost_not_returned", "complaint_ticket", park, lost_item=it[0])
            return
        tf = t + D(hours=float(rng.uniform(.5, 30)))
        self.ev(c, tf, "tp_lost_found", sess, "found", park, channel="guest_services", **kw)
        if rng.random() > .9:
            return
        tc = tf + D(hours=float(rng.uniform(1, 48)))
        self.ev(c, tc, "tp_lost_claim", sess, "verified", park, channel="phone", **kw)
        remote = c["segment"] == "tourist" or park == "xiamen"
        p_ret = .5 if park == "xiamen" else .93
        if rng.random() < p_ret:
            tr = tc + D(days=float(rng.uniform(3, 12) if remote else rng.uniform(0.1, 3)))
            self.ev(c, tr, "tp_lost_returned", sess, "returned", park, channel="courier" if remote else "pickup",
                    return_method="courier" if remote else "pickup", **kw)
        elif rng.random() < .5:
            self.fb(c, tc + D(days=14), "lost_not_returned", "complaint_ticket", park, lost_item=it[0])

    # ---- season pass ----
    def pass_offer(self, c, d):
        park = c["_park"]
        window = (date(2025, 1, 15) <= d <= date(2025, 10, 31)) if park == "xiamen" else \
            (date(2025, 5, 1) <= d <= date(2025, 8, 31))
        window = window or (date(2026, 5, 1) <= d <= date(2026, 5, 31))
        if not window or c["segment"] in ("tourist", "corporate") or c["_pass"]:
            return
        if rng.random() > .6:
            return
        sess = self.sid("P")
        dev = pick(["ios", "android"])
        t = at(d + D(days=int(rng.integers(0, 3))), 18, 22.5)
        self.ev(c, t, "tp_pass_offer", sess, "view", park, channel="app", device=dev, pass_season=str(d.year))
        if rng.random() > .74:
            return
        t += D(minutes=float(rng.uniform(.5, 30)))
        self.ev(c, t, "tp_pass_page", sess, "view", park, channel="app", device=dev, pass_season=str(d.year))
        p_buy = {"family": .5, "young_adult": .42, "student": .42}[c["segment"]]
        if c["acquisition_channel"] == "douyin":
            p_buy = .08
        if rng.random() > p_buy:
            return
        t += D(hours=float(rng.uniform(.05, 72)))
        premium = rng.random() < .3
        amt = (999 if premium else 699) + (100 if d.year == 2026 else 0)
        ptype = "premium" if premium else "standard"
        if not self.ev(c, t, "tp_pass_purchase", sess, "success", park, channel="app", device=dev, pass_type=ptype,
                       卡种="尊享季卡" if premium else "畅玩季卡", amount=amt, pass_season=str(d.year)):
            return
        self.order(c, t, amt, "paid", "season_pass", sess, park, channel="app", device=dev, pass_type=ptype,
                   payment_method=pick(["wechat", "alipay"]))
        c["_pass"] = (ptype, d.year)
        c["_premium"] = c.get("_premium", False) or premium
        c["_holder_years"] = c.get("_holder_years", set()) | {d.year}
        if rng.random() < .9:
            self.ev(c, t + D(hours=float(rng.uniform(.1, 200))), "tp_pass_activate", sess, "success", park,
                    channel="app", device=dev, pass_type=ptype, pass_season=str(d.year))
        self.holder_visits(c, t.date() + D(days=1), d.year)

    def holder_visits(self, c, start, year):
        park = c["_park"]
        full_lo, full_hi = (date(year, 1, 1), date(year, 12, 31)) if park == "xiamen" else \
            (date(year, 5, 1), date(year, 10, 8))
        hi = min(full_hi, date(2026, 5, 31))
        if start > hi:
            return
        # share of the season's demand still ahead (measured on the 2025 calendar)
        cum = CUM[park]

        def mass(a, b):
            a, b = a.replace(year=2025), b.replace(year=2025)
            i0, i1 = max((a - DAYS[0]).days, 0), min((b - DAYS[0]).days, len(DAYS) - 1)
            return cum[i1] - (cum[i0 - 1] if i0 > 0 else 0.0)
        frac = mass(max(start, full_lo), hi) / mass(full_lo, full_hi)
        n = int(rng.poisson((7 if c["_pass"][0] == "premium" else 4.5) * frac))
        days = sorted({sample_day(park, start, hi) for _ in range(n)} - {None})
        for d in days:
            self.visit(c, d, pass_holder=True)

    def renewal(self, c, year):
        """spring renewal campaign for last season's pass holders."""
        park = c["_park"]
        ptype = c["_pass"][0]
        sess = self.sid("R")
        dev = pick(["ios", "android"])
        t = at(date(year, 3, 1) + D(days=int(rng.integers(0, 12))), 10, 11)
        kw = dict(pass_type=ptype, 卡种="尊享季卡" if ptype == "premium" else "畅玩季卡", pass_season=str(year))
        self.ev(c, t, "tp_renewal_notice", sess, "sent", park, channel="app", device=dev, **kw)
        if rng.random() > (.8 if year == 2025 else .74):
            c["_pass"] = None
            return
        t += D(days=float(rng.uniform(0, 10)))
        self.ev(c, t, "tp_renewal_page", sess, "view", park, channel="app", device=dev, **kw)
        if year == 2025:
            p = .74
        else:
            p = .44 if park == "changsha" else .70
            if c["_locker_fault"]:
                p *= .5
        if rng.random() > p:
            c["_pass"] = None
            return
        t += D(days=float(rng.uniform(0, 14)))
        amt = (899 if ptype == "premium" else 599) + (100 if year == 2026 else 0)
        self.ev(c, t, "tp_renewal_pay", sess, "success", park, channel="app", device=dev, amount=amt,
                early_bird=t.date() <= date(year, 3, 31), **kw)
        self.order(c, t, amt, "paid", "pass_renewal", sess, park, channel="app", device=dev, pass_type=ptype,
                   payment_method=pick(["wechat", "alipay"]))
        c["_pass"] = (ptype, year)
        c["_premium"] = c.get("_premium", False) or ptype == "premium"
        c["_holder_years"] = c.get("_holder_years", set()) | {year}
        if rng.random() < .95:
            self.ev(c, t + D(days=float(rng.uniform(0, 12))), "tp_pass_activate", sess, "success", park,
                    channel="app", device=dev, **kw)
        self.holder_visits(c, date(year, 4, 1) if park == "xiamen" else date(year, 5, 1), year)

    def run(self):
        i = 0
        for _ in range(5400):
            i += 1
            c = self.customer(i)
            d = sample_day(c["_park"])
            n = 1 + int(rng.random() < .25) + int(rng.random() < .08)
            days = [d] + [sample_day(c["_park"], d + D(days=3), min(d + D(days=120), date(2026, 5, 31)))
                         for _ in range(n - 1)]
            for dd in sorted(x for x in days if x):
                if c["_pass"]:
                    break
                if self.visit(c, dd) is not None:
                    self.pass_offer(c, dd)
        holders = []
        for _ in range(450):  # 2024 season pass holders
            i += 1
            c = self.customer(i, holder2024=True)
            c["_pass"] = (pick(["standard", "premium"], p=[.72, .28]), 2024)
            c["_holder_years"] = {2024}
            c["_premium"] = c["_pass"][0] == "premium"
            holders.append(c)
        for c in holders:
            self.renewal(c, 2025)
            if not c["_pass"] and rng.random() < .3:
                d = sample_day(c["_park"], date(2025, 5, 1), date(2025, 9, 30))
                if d and self.visit(c, d) is not None:
                    self.pass_offer(c, d)
        for c in self.customers:
            if c["_pass"] and c["_pass"][1] == 2025:
                self.renewal(c, 2026)
        for c in self.customers:
            years = c.get("_holder_years", set())
            prem = c.get("_premium", False)
            c["tier"] = "gold" if years and prem else ("silver" if years else "regular")
            first = c.get("_signup") or c.get("_first")
            if first is None:
                first = at(date(2025, 1, 10))
            c["signup_at"] = first.strftime("%Y-%m-%d %H:%M:%S")
            c["member_points"] = int(rng.integers(0, 400)) + 800 * len(years)


def write(path: Path, rows, cols=None):
    cols = cols or list(dict.fromkeys(k for r in rows for k in r if not k.startswith("_")))
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        w.writerows([r.get(k, "") for k in cols] for r in rows)


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    g.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    g.feedback.sort(key=lambda r: r["feedback_id"])
    dup = [dict(g.events[int(j)]) for j in rng.choice(len(g.events), 25, replace=False)]
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4])])
    write(out / "customers.csv", g.customers)
    write(out / "events.csv", g.events + dup)
    write(out / "orders.csv", g.orders)
    write(out / "feedback.csv", g.feedback)
    write(out / "experiments.csv", g.exp)
    write(out / "_truth" / "feedback_truth.csv", g.truth)
    print(f"customers {len(g.customers)} events {len(g.events)}+{len(dup)} orders {len(g.orders)} "
          f"feedback {len(g.feedback)} experiment {len(g.exp)}")


if __name__ == "__main__":
    main()
