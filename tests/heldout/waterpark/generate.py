"""浪趣 SplashBay: a water-park operator with three parks, 广州 Guangzhou (Panyu, seasonal: April-October),
三亚 Sanya (all year) and 普吉 Phuket (all year, monsoon May-October). Guests buy day tickets online (own app,
WeChat mini program, OTAs Klook / Trip.com / Meituan) or at the gate window, may add a cabana, come through the
turnstiles, rent a locker, queue for slides, eat at food stalls and answer an exit survey. Weather closures hand out
rain checks (or refunds), lifeguards log incidents, lost property is reported and returned, annual passes are sold.
Phuket prices in THB: `amount` is the local amount, `currency` says which, `amount_cny` is the amount in CNY.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment: the generator's truth, not a DATA.md
table). Timestamps are naive local park time. Deterministic (fixed seed), plain Python + numpy, a few seconds.
Data 2025-01-01 .. 2026-06-30. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261206
rng = np.random.default_rng(SEED)
D = timedelta
START, END = date(2025, 1, 1), date(2026, 6, 30)
N_CUST = 5000

PARKS = ["Guangzhou", "Sanya", "Phuket"]
PARK_ZH = {"Guangzhou": "广州", "Sanya": "三亚", "Phuket": "普吉"}
CUR = {"Guangzhou": "CNY", "Sanya": "CNY", "Phuket": "THB"}
ANDROID_BUG = (date(2025, 7, 1), date(2025, 7, 21))      # mini program 5.2.0 on Android: payment SDK time-outs
TORNADO_LANE = (date(2025, 7, 1), date(2025, 8, 31))     # Sanya Tornado: one of two lanes shut, long queues
EXPERIMENT = (date(2025, 6, 1), date(2025, 8, 31))       # cabana upsell at checkout, A = control, B = banner
CLOSURES = {
    "Guangzhou": [(date(2025, 6, 14), "thunderstorm"), (date(2025, 6, 28), "thunderstorm"),
                  (date(2025, 7, 19), "typhoon"), (date(2025, 7, 20), "typhoon"), (date(2025, 8, 9), "thunderstorm"),
                  (date(2025, 8, 23), "thunderstorm"), (date(2025, 9, 6), "typhoon"), (date(2025, 9, 7), "typhoon"),
                  (date(2025, 9, 24), "typhoon"), (date(2026, 5, 16), "thunderstorm"),
                  (date(2026, 6, 13), "thunderstorm")],
    "Sanya": [(date(2025, 8, 15), "typhoon"), (date(2025, 9, 20), "typhoon"), (date(2025, 10, 19), "typhoon")],
    "Phuket": [(date(2025, 5, 24), "monsoon_storm"), (date(2025, 6, 21), "monsoon_storm"),
               (date(2025, 7, 26), "monsoon_storm"), (date(2025, 8, 30), "monsoon_storm"),
               (date(2025, 9, 13), "monsoon_storm"), (date(2025, 9, 27), "monsoon_storm"),
               (date(2025, 10, 11), "monsoon_storm")],
}
CLOSED = {p: {d for d, _ in v} for p, v in CLOSURES.items()}
WEATHER = {p: dict(v) for p, v in CLOSURES.items()}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ticket_page", "门票详情页", "Ticket page", "consideration", "mini_program", "digital", "ecommerce",
     "看票|选票|票务页|门票页|ticket listing|ticket details|tickets page"),
    ("tp_checkout", "提交订单", "Checkout", "purchase", "mini_program", "digital", "ecommerce",
     "下单|填写订单|结算|place order|check out online|order form"),
    ("tp_ticket_paid", "门票付款成功", "Ticket payment success", "purchase", "mini_program", "digital", "payments",
     "付款成功|买票成功|出票|支付成功|paid|ticket purchased|payment success"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "mini_program", "digital", "payments",
     "付款失败|付不了款|支付报错|payment error|payment failure|card declined"),
    ("tp_gate_ticket", "现场售票窗口", "Gate ticket window", "purchase", "store", "physical", "park_ops",
     "窗口买票|现场买票|售票处|box office|walk-up ticket|gate sale"),
    ("tp_cabana_book", "私享小屋预订", "Cabana booking", "purchase", "mini_program", "digital", "ecommerce",
     "卡巴纳|遮阳小屋|包间|躺椅小屋|cabana|private hut|shaded hut"),
    ("tp_turnstile", "闸机入园", "Gate entry", "service", "store", "physical", "park_ops",
     "入园|检票|进园|闸机|turnstile|admission|park entry"),
    ("tp_locker", "储物柜租用", "Locker rental", "service", "store", "physical", "park_ops",
     "租柜子|存包|柜子|储物柜|locker|lockers|storage"),
    ("tp_slide_queue", "滑道排队", "Slide queue", "service", "store", "physical", "rides",
     "排队|玩滑道|滑梯|项目排队|rides|slides|ride queue|waterslide"),
    ("tp_food_stall", "美食档口消费", "Food stall purchase", "service", "store", "physical", "food_beverage",
     "餐饮|小吃|吃东西|档口|F&B|food|snacks|food court"),
    ("tp_lifeguard", "救生员处置事件", "Lifeguard incident", "service", "store", "physical", "safety",
     "救生|救生员|溺水|救援|lifeguard|rescue|safety incident"),
    ("tp_lost_report", "失物登记", "Lost property report", "service", "store", "physical", "guest_service",
     "丢东西|失物招领|丢失物品|lost and found|lost item|lost property"),
    ("tp_lost_return", "失物领回", "Lost item returned", "service", "store", "physical", "guest_service",
     "找回|领回失物|物品归还|item returned|found item"),
    ("tp_weather_close", "天气闭园通知", "Weather closure notice", "service", "app", "digital", "park_ops",
     "闭园|雷暴闭园|台风停园|停园通知|rain closure|weather closure|park closed"),
    ("tp_raincheck", "雨票发放", "Rain check issued", "service", "app", "digital", "guest_service",
     "雨票|改期券|补票券|rain check|raincheck|rain ticket"),
    ("tp_raincheck_redeem", "雨票兑换入园", "Rain check redeemed", "service", "store", "physical", "guest_service",
     "用雨票|雨票兑换|改期入园|rain check used|redeem rain check"),
    ("tp_refund_req", "退款申请", "Refund request", "service", "app", "digital", "customer_service",
     "退票|申请退款|要退款|refund request|ask for refund|cancel ticket"),
    ("tp_refund_done", "退款到账", "Refund completed", "service", "app", "digital", "payments",
     "退款成功|钱退回来|到账|refund paid|refund received|money back"),
    ("tp_pass_page", "年卡介绍页", "Annual pass page", "loyalty", "app", "digital", "membership",
     "年卡页面|看年卡|季卡|annual pass info|season pass page"),
    ("tp_pass_paid", "年卡开通", "Annual pass purchase", "loyalty", "app", "digital", "membership",
     "办年卡|买年卡|年卡购买|buy annual pass|season pass purchase|pass activated"),
    ("tp_exit_survey", "离园问卷", "Exit survey", "loyalty", "app", "digital", "cx",
     "满意度调查|问卷|离园评价|survey|feedback form|CSAT survey"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("ticket_online", "线上购票", "Online ticket purchase", 3, ["tp_ticket_page", "tp_checkout", "tp_ticket_paid"]),
    ("park_day", "入园一日游", "Day at the park", 1, ["tp_turnstile", "tp_slide_queue", "tp_food_stall",
                                                     "tp_exit_survey"]),
    ("rain_check", "雨票改期", "Rain check rebooking", 90, ["tp_weather_close", "tp_raincheck",
                                                        "tp_raincheck_redeem"]),
    ("refund", "退款处理", "Refund handling", 30, ["tp_refund_req", "tp_refund_done"]),
    ("lost_found", "失物招领", "Lost and found", 30, ["tp_lost_report", "tp_lost_return"]),
    ("pass_signup", "年卡开通", "Annual pass sign-up", 14, ["tp_pass_page", "tp_pass_paid"]),
]

SLIDES = {
    "Guangzhou": [("Hurricane Loop", "飓风回旋", 1.3), ("Boomerang Bowl", "回旋巨碗", 1.1),
                  ("Rainbow Racer", "彩虹竞速", 0.8), ("Lazy River", "漂流河", 0.35), ("Wave Pool", "造浪池", 0.25)],
    "Sanya": [("Tornado", "龙卷风", 1.0), ("Poseidon Canyon", "海神峡谷", 1.1), ("Rainbow Racer", "彩虹竞速", 0.8),
              ("Lazy River", "漂流河", 0.35), ("Wave Pool", "造浪池", 0.25)],
    "Phuket": [("Tornado", "龙卷风", 1.0), ("Kraken Drop", "海怪垂直", 1.2), ("Rainbow Racer", "彩虹竞速", 0.8),
               ("Lazy River", "漂流河", 0.35), ("Wave Pool", "造浪池", 0.25)],
}
STALLS = {
    "Guangzhou": [("Coconut Chicken Pot", "椰子鸡小馆", 78), ("Ice Bar Desserts", "冰室甜品", 42), ("Fry Shack", "炸物档", 55)],
    "Sanya": [("Sea Breeze Snacks", "海风小食", 88), ("Coconut Jelly", "椰子冻", 45), ("Fry Shack", "炸物档", 62)],
    "Phuket": [("Som Tam Shack", "青木瓜沙拉", 320), ("Pad Thai Corner", "泰式炒河粉", 360), ("Fry Shack", "炸物档", 290)],
}
TICKET = {"Guangzhou": 199.0, "Sanya": 259.0, "Phuket": 1490.0}
CABANA = {"Guangzhou": 599.0, "Sanya": 799.0, "Phuket": 3500.0}
LOCKER = {"Guangzhou": 40.0, "Sanya": 50.0, "Phuket": 200.0}
PASS = {"Guangzhou": (899.0, 1499.0), "Sanya": (1099.0, 1799.0), "Phuket": (8900.0, 14900.0)}
AGENTS = {"Guangzhou": ["小林", "阿珍", "陈浩"], "Sanya": ["小符", "王蕾"], "Phuket": ["Nok", "Ploy"]}
LIFEGUARDS = {"Guangzhou": ["梁志强", "何敏", "周杰"], "Sanya": ["吉米", "黎明辉"], "Phuket": ["Niran", "Somchai", "Arthit"]}


def thb_rate(d: date) -> float:
    """CNY per THB, drifting a little month to month."""
    k = (d.year - 2025) * 12 + d.month - 1
    return round(0.198 + 0.012 * np.sin(k / 3.0), 4)


def is_open(park: str, d: date) -> bool:
    if d < START or d > END:
        return False
    if park == "Guangzhou":
        return (4 <= d.month <= 10) and d not in CLOSED[park]
    return d not in CLOSED[park]


def day_weight(park: str, d: date) -> float:
    if park == "Guangzhou":
        if not (4 <= d.month <= 10):
            return 0.0
        w = {4: 0.5, 5: 0.8, 6: 1.3, 7: 2.6, 8: 2.8, 9: 1.0, 10: 0.6}[d.month]
        if date(d.year, 10, 1) <= d <= date(d.year, 10, 7):
            w *= 2.5
    elif park == "Sanya":
        w = [1.1, 1.5, 0.8, 0.7, 0.9, 1.0, 2.0, 2.2, 0.6, 1.0, 0.7, 1.0][d.month - 1]
        if date(2025, 1, 28) <= d <= date(2025, 2, 4) or date(2026, 2, 15) <= d <= date(2026, 2, 23):
            w *= 2.5
    else:
        w = [1.6, 1.5, 1.3, 1.2, 0.6, 0.55, 0.9, 0.9, 0.45, 0.55, 1.2, 1.6][d.month - 1]
        if d.month == 4 and 13 <= d.day <= 15:
            w *= 2.0
    if d.weekday() >= 5:
        w *= 1.6
    if d.year == 2026:
        w *= 1.12
    return w


ALL_DAYS = [START + D(days=i) for i in range((END - START).days + 1)]
DAY_P = {}
for _p in PARKS:
    _w = np.array([day_weight(_p, d) for d in ALL_DAYS])
    DAY_P[_p] = _w / _w.sum()


def pick_day(park: str) -> date:
    return ALL_DAYS[int(rng.choice(len(ALL_DAYS), p=DAY_P[park]))]


def at(d: date, hour: float) -> datetime:
    return datetime(d.year, d.month, d.day) + D(seconds=int(hour * 3600))


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def ch(seq, p=None):
    return seq[int(rng.choice(len(seq), p=p))]


# ---------------- feedback text ----------------
TEXT = {
    "long_queue": ("negative",
                   ["{slide_zh}排了{w}分钟才轮到，一天玩不了几个项目", "排队太久了，{slide_zh}足足等了{w}分钟，小孩都哭了",
                    "热门滑道排队一个多小时，体验很差", "{slide_zh}排队排到怀疑人生，能不能多开一条道",
                    "人在太阳底下排{w}分钟，没有遮阳，太折磨了"],
                   ["Waited {w} minutes for the {slide}. Ridiculous.", "Queues were insane, {w} min for {slide}, "
                    "we managed three rides all day", "Way too long lines for the big slides, no shade while queuing",
                    "The {slide} queue was over an hour, please open the second lane"]),
    "locker_problem": ("negative",
                       ["储物柜早早就租完了，只能背着包玩", "柜子租不到，前台说已经满了，太不方便",
                        "储物柜门坏了锁不上，东西放着不放心", "存包柜太少了，旺季根本抢不到"],
                       ["Lockers were sold out by 11am, had to carry our bags around", "No lockers left, "
                        "really annoying for a water park", "Locker door was broken and would not lock"]),
    "rain_check_expired": ("negative",
                           ["雷暴闭园给了雨票，结果园区十月底就关了，雨票根本用不上", "雨票有效期太短了，还没来得及用就过期了",
                            "台风停园发了雨票，可是季节都结束了，能不能直接退钱", "闭园改期的雨票作废了，钱白花了"],
                           ["Got a rain check after the storm closure but the park closed for the season before we "
                            "could use it", "Rain check expired before we could come back, want a refund instead"]),
    "refund_slow": ("negative",
                    ["退款申请了一个多星期还没到账", "退款太慢了，客服只会说在处理中", "钱退得太慢，催了好几次"],
                    ["Refund still not on my card after two weeks", "Refund took forever, support kept saying it "
                     "is processing", "Requested a refund 10 days ago and nothing yet, very slow",
                     "Slow refund in baht, and the exchange rate cost me money"]),
    "food_quality": ("negative",
                     ["海风小食的炒饭是凉的，还有点馊味", "档口的东西不新鲜，吃完肚子不舒服", "小吃档的炸鸡油很重，味道一般还贵"],
                     ["The food at Sea Breeze Snacks was cold and stale", "Fried rice tasted off, my kid had an "
                      "upset stomach after", "Food was greasy and not fresh"]),
    "food_price": ("negative",
                   ["园区里吃的太贵了，一碗面六十多", "小吃价格离谱，一瓶水卖十五", "餐饮性价比太低，还不让带吃的进来"],
                   ["Food prices inside are a rip-off", "Overpriced snacks and drinks, and no outside food allowed",
                    "Paid a fortune for a plate of fries"]),
    "payment_fail": ("negative",
                     ["小程序付款一直转圈然后失败，试了三次", "安卓手机买票付款老是报错超时", "支付失败但是钱好像扣了，吓死"],
                     ["Payment kept timing out in the mini program on my Android phone", "Could not pay for tickets, "
                      "app error every time", "Payment failed three times, bought on Klook instead"]),
    "crowded": ("negative",
                ["人太多了，造浪池像下饺子", "暑假周末人挤人，根本玩不开", "国庆来人山人海，下次不挑节假日了"],
                ["So crowded you could barely move in the wave pool", "Packed on a summer Saturday, too many "
                 "people", "Way over capacity on the holiday weekend"]),
    "lost_item": ("negative",
                  ["手机掉在漂流河了，登记了失物一直没消息", "孩子的手表丢了，失物招领处态度敷衍", "丢了钱包，找了几天都说没有"],
                  ["Lost my phone at the lazy river, reported it and never heard back", "Lost property desk was "
                   "unhelpful, my watch never turned up"]),
    "lifeguard_praise": ("positive",
                         ["救生员非常负责，我家孩子呛水第一时间就把他拉起来了，感谢{lg}", "救生员很专业，一直盯着水面，很安心",
                          "点赞救生员{lg}，反应特别快"],
                         ["Shout-out to lifeguard {lg}, pulled my son out of the wave pool in seconds",
                          "Lifeguards were alert and professional, felt very safe", "Lifeguard {lg} was amazing"]),
    "slides_fun": ("positive",
                   ["{slide_zh}太刺激了，玩了三遍", "滑道都很好玩，孩子玩疯了", "项目很多很好玩，下次还来",
                    "整体体验很棒，水很干净，滑道很刺激"],
                   ["{slide} was a blast, did it three times", "Great slides, kids loved every minute",
                    "Awesome day, the slides are world class", "Fantastic park, clean water and fun rides"]),
    "staff_helpful": ("positive",
                      ["工作人员很热情，帮我们找到了寄存的位置", "客服{agent}处理很快，态度很好", "服务很贴心，给小朋友送了防晒霜"],
                      ["Staff were friendly and helpful", "Support agent {agent} sorted everything out quickly",
                       "Really kind team at the entrance"]),
    "neutral": ("neutral",
                ["整体还行，中规中矩", "一般吧，和别的水上乐园差不多", "还可以，就是有点晒"],
                ["It was okay, nothing special", "Decent park, average experience", "Fine for a day out I guess"]),
}
ZH_PRE = ["", "", "说实话，", "带娃来的，", "周末来玩，", "第二次来了，"]
EN_PRE = ["", "", "Honestly, ", "Came with the kids. ", "Second visit. "]


def make_text(topic: str, lang: str, ctx: dict) -> tuple[str, str]:
    sent, zh, en = TEXT[topic]
    tpl = ch(zh) if lang == "zh" else ch(en)
    t = tpl.format(**{"slide": "Tornado", "slide_zh": "龙卷风", "w": 60, "lg": "救生员", "agent": "客服", **ctx})
    pre = ch(ZH_PRE) if lang == "zh" else ch(EN_PRE)
    return pre + t, sent


# ---------------- generation ----------------
def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    events, orders, feedback, truth, experiments, customers = [], [], [], [], [], []
    visit_log = []
    ctr = {"e": 0, "o": 0, "f": 0, "s": 0, "v": 0}

    def nid(k, prefix, width=6):
        ctr[k] += 1
        return f"{prefix}{ctr[k]:0{width}d}"

    def ev(cid, t, tp, park, action="view", device="", channel="", **extra):
        row = {"event_id": nid("e", "E", 7), "customer_id": cid, "ts": fmt(t), "touchpoint_id": tp,
               "action": action, "device": device, "channel": channel, "park": park, "park_zh": PARK_ZH[park]}
        row.update(extra)
        events.append(row)

    def order(cid, t, park, product, amount, status="paid", channel="", device="", **extra):
        oid = nid("o", "O", 6)
        fx = 1.0 if CUR[park] == "CNY" else thb_rate(t.date())
        row = {"order_id": oid, "customer_id": cid, "ts": fmt(t), "amount": round(amount, 2), "currency": CUR[park],
               "amount_cny": round(amount * fx, 2), "fx_to_cny": fx, "status": status, "channel": channel,
               "device": device, "park": park, "park_zh": PARK_ZH[park], "product": product}
        row.update(extra)
        orders.append(row)
        return row

    def fb(cid, t, tp, channel, topic, lang, park, rating=None, nps=None, ctx=None, **extra):
        text, sent = make_text(topic, lang, ctx or {})
        fid = nid("f", "F", 5)
        feedback.append({"feedback_id": fid, "text": text, "ts": fmt(t) if t else "", "customer_id": cid or "",
                         "touchpoint_id": tp or "", "channel": channel, "rating": "" if rating is None else rating,
                         "nps": "" if nps is None else nps, "park": park or "", "park_zh": PARK_ZH.get(park, ""),
                         "language": lang, **extra})
        truth.append({"feedback_id": fid, "topic": topic, "sentiment": sent})

    def rating_for(sent):
        if sent == "negative":
            return int(ch([1, 2, 2, 3], [0.3, 0.35, 0.2, 0.15]))
        if sent == "positive":
            return int(ch([4, 5], [0.35, 0.65]))
        return 3

    def nps_for(r):
        return int(min(10, max(0, {1: 2, 2: 4, 3: 6, 4: 8, 5: 9}[r] + rng.integers(-2, 2))))

    # ---------------- the day at the park ----------------
    def visit(cid, park, vd, t, ttype, qty, lang, device, party):
        vid = nid("v", "V", 6)
        res = {"good": False}
        ev(cid, t, "tp_turnstile", park, "enter", "", "store", visit_id=vid, ticket_type=ttype, party_size=qty)
        peak = vd.month in (7, 8) or (date(vd.year, 10, 1) <= vd <= date(vd.year, 10, 7)) or vd.weekday() >= 5
        gz_peak = park == "Guangzhou" and vd.month in (7, 8)
        locker_fail = False
        if rng.random() < 0.55:
            lt = t + D(minutes=int(rng.integers(3, 15)))
            if gz_peak and lt.hour >= 11 and rng.random() < 0.6 or (gz_peak and rng.random() < 0.12):
                locker_fail = True
                ev(cid, lt, "tp_locker", park, "fail", "", "store", visit_id=vid, reason="sold_out")
            else:
                size = ch(["small", "large"], [0.6, 0.4])
                ev(cid, lt, "tp_locker", park, "success", "", "store", visit_id=vid, locker_size=size)
                order(cid, lt, park, "locker", LOCKER[park] * (1.5 if size == "large" else 1.0), "paid", "onsite", "",
                      visit_date=vd.isoformat(), store="Locker desk")
        # slides
        st = t + D(minutes=int(rng.integers(15, 40)))
        n_slides = int(ch([1, 2, 3, 4, 5], [0.12, 0.25, 0.3, 0.2, 0.13]))
        max_wait, max_slide = 0, None
        crowd = 1.0 + (0.8 if peak else 0.0) + (0.4 if park == "Guangzhou" and vd.month in (7, 8) else 0.0)
        ate = False
        for k in range(n_slides):
            s_en, s_zh, pop = SLIDES[park][int(rng.choice(5, p=[0.26, 0.24, 0.2, 0.16, 0.14]))]
            w = rng.gamma(3.0, 6.0) * pop * crowd
            if park == "Sanya" and s_en == "Tornado" and TORNADO_LANE[0] <= vd <= TORNADO_LANE[1]:
                w = w * 2.2 + 15
            w = int(max(2, round(w)))
            ev(cid, st, "tp_slide_queue", park, "ride", "", "store", visit_id=vid, slide=s_en, slide_zh=s_zh,
               wait_minutes=w)
            if w > max_wait:
                max_wait, max_slide = w, (s_en, s_zh)
            if rng.random() < 0.006 * (2.5 if s_en == "Wave Pool" else 1.0) * (1.5 if party == "family" else 1.0):
                lg = ch(LIFEGUARDS[park])
                sev = ch(["minor", "moderate", "serious"], [0.78, 0.18, 0.04])
                lt = st + D(minutes=w + int(rng.integers(2, 10)))
                ev(cid, lt, "tp_lifeguard", park, "incident", "", "store", visit_id=vid, slide=s_en, slide_zh=s_zh,
                   severity=sev, lifeguard=lg)
                if rng.random() < (0.75 if lg == "Niran" else 0.35):
                    fb(cid, lt + D(hours=5), "tp_lifeguard", ch(["survey", "social"]), "lifeguard_praise", lang, park,
                       rating=5, ctx={"lg": lg}, lifeguard=lg)
            st = st + D(minutes=w + int(rng.integers(5, 25)))
            if not ate and k == 0 and rng.random() < 0.72:
                ft = st + D(minutes=int(rng.integers(5, 20)))
                if ft.hour < 11:
                    ft = at(vd, rng.uniform(11.0, 13.5))
                    if ft <= st:
                        ft = st + D(minutes=10)
                s = STALLS[park][int(rng.choice(3, p=[0.4, 0.3, 0.3]))]
                amt = round(s[2] * qty * rng.uniform(0.7, 1.3), 0)
                ev(cid, ft, "tp_food_stall", park, "purchase", "", "store", visit_id=vid, store=s[0], store_zh=s[1])
                order(cid, ft, park, "food", amt, "paid", "onsite", "", store=s[0], store_zh=s[1],
                      visit_date=vd.isoformat())
                ate = s
                st = ft + D(minutes=int(rng.integers(25, 50)))
        # lost property
        if rng.random() < 0.03:
            lt = st + D(minutes=int(rng.integers(5, 60)))
            item = ch(["phone", "wallet", "goggles", "kids_shoes", "watch", "car_key"])
            agent = ch(AGENTS[park])
            ev(cid, lt, "tp_lost_report", park, "submit", "", "store", visit_id=vid, item=item, agent=agent)
            if rng.random() < {"Guangzhou": 0.52, "Sanya": 0.7, "Phuket": 0.78}[park]:
                ev(cid, lt + D(days=float(rng.uniform(0.1, 9))), "tp_lost_return", park, "success", "", "store",
                   visit_id=vid, item=item, agent=agent)
            elif rng.random() < 0.4:
                fb(cid, lt + D(days=10), "tp_lost_report", "ticket", "lost_item", lang, park, agent=agent,
                   rating=int(ch([1, 2])) if rng.random() < 0.5 else None)
        visit_log.append((cid, park, vd, vid, lang, max_wait, max_slide, ate, locker_fail, peak, st))
        # exit survey
        if rng.random() < 0.32:
            xt = st + D(minutes=int(rng.integers(10, 60)))
            ev(cid, xt, "tp_exit_survey", park, "submit", device, "app", visit_id=vid)
            cands = []
            if max_wait >= 60:
                cands += ["long_queue"] * 4
            if locker_fail:
                cands += ["locker_problem"] * 4
            if ate and ate[0] == "Sea Breeze Snacks":
                cands += ["food_quality"] * 2
            if ate:
                cands += ["food_price"] * (2 if park == "Phuket" else 1)
            if peak:
                cands += ["crowded"] * 1
            cands += ["slides_fun"] * 5 + ["staff_helpful"] * 2 + ["neutral"] * 3
            topic = ch(cands)
            r = rating_for(TEXT[topic][0])
            res["good"] = r >= 4
            ctx = {"w": max_wait, "slide": (max_slide or ("Tornado", ""))[0], "slide_zh": (max_slide or ("", "龙卷风"))[1],
                   "agent": ch(AGENTS[park])}
            fb(cid, xt + D(minutes=3), "tp_exit_survey", "survey", topic, lang, park, rating=r, nps=nps_for(r),
               ctx=ctx, visit_id=vid)
        return res


    park_p = [0.45, 0.30, 0.25]
    for i in range(1, N_CUST + 1):
        cid = f"C{i:05d}"
        park = ch(PARKS, park_p)
        if park == "Phuket":
            country = ch(["CN", "TH", "RU", "AU", "GB", "SG", "AE"], [0.52, 0.16, 0.11, 0.09, 0.07, 0.04, 0.01])
        else:
            country = ch(["CN", "HK"], [0.97, 0.03])
        lang = "zh" if country in ("CN", "HK", "SG") and rng.random() < 0.95 else "en"
        if country == "TH":
            lang = "en"
        if country == "CN":
            region = (ch(["华南", "华中", "华东", "西南"], [0.8, 0.1, 0.05, 0.05]) if park == "Guangzhou"
                      else ch(["华东", "华北", "华南", "西南", "华中"], [0.3, 0.25, 0.15, 0.15, 0.15]))
        elif country == "HK":
            region = "港澳"
        else:
            region = "海外"
        if park == "Guangzhou":
            acq = ch(["meituan", "douyin", "mini_program", "walk_in", "xiaohongshu"], [0.3, 0.25, 0.2, 0.15, 0.1])
        elif park == "Sanya":
            acq = ch(["trip_com", "xiaohongshu", "douyin", "mini_program", "walk_in"], [0.3, 0.25, 0.2, 0.15, 0.1])
        else:
            acq = ch(["klook", "trip_com", "walk_in", "app"], [0.4, 0.3, 0.2, 0.1]) if country != "CN" else \
                ch(["trip_com", "klook", "xiaohongshu", "app"], [0.4, 0.25, 0.2, 0.15])
        party = ch(["family", "couple", "friends", "solo"], [0.5, 0.2, 0.22, 0.08])
        party_zh = {"family": "亲子家庭", "couple": "情侣", "friends": "朋友结伴", "solo": "独自"}[party]
        age = ch(["18-24", "25-34", "35-44", "45-54", "55+"], [0.18, 0.34, 0.3, 0.12, 0.06])
        device = ch(["ios", "android"], [0.5, 0.5]) if country in ("CN", "HK") else ch(["ios", "android"], [0.6, 0.4])
        signup = datetime(2023, 6, 1) + D(days=int(rng.integers(0, 1120)), seconds=int(rng.integers(0, 86400)))
        e0 = len(events)
        cust = {"customer_id": cid, "signup_at": "", "segment": "", "region": region, "acquisition_channel": acq,
                "tier": "", "home_park": park, "home_country": country, "party_type": party, "客群": party_zh,
                "age_band": age, "primary_device": device, "language": lang, "plan": "none"}
        plan = "none"
        pass_from = None
        if park != "Phuket" and rng.random() < 0.05:      # pass bought before the data starts
            plan = ch(["standard", "premium"], [0.7, 0.3])
            pass_from = date(2024, 12, 31)
        visits_done = []   # dates of visits

        # ---------------- trips (ticket buying intents) ----------------
        prospect = rng.random() < 0.12 and plan == "none"
        n_trips = 0 if prospect else int(ch([1, 2, 3], [0.72, 0.2, 0.08]))
        if prospect:   # browses only
            for _ in range(int(rng.integers(1, 3))):
                d = pick_day(park) - D(days=int(rng.integers(1, 10)))
                if START <= d <= END:
                    sess = nid("s", "S", 6)
                    ev(cid, at(d, rng.uniform(8, 23)), "tp_ticket_page", park, "view", device,
                       ch(["mini_program", "app"], [0.7, 0.3]), session_id=sess)
                    if rng.random() < 0.3:
                        ev(cid, at(d, 23.9), "tp_checkout", park, "submit", device, "mini_program",
                           session_id=sess)
        for _ in range(n_trips):
            vd = pick_day(park)
            if not (START <= vd <= END) or (park == "Guangzhou" and not (4 <= vd.month <= 10)):
                continue
            if pass_from and vd > pass_from:
                continue   # pass holders come in with the pass (below)
            qty = int(ch([1, 2, 3, 4, 5], [0.12, 0.35, 0.25, 0.2, 0.08]))
            if party == "solo":
                qty = 1
            ttype = ch(["day", "twilight", "family"], [0.72, 0.13, 0.15]) if qty >= 3 else ch(["day", "twilight"],
                                                                                             [0.85, 0.15])
            base = TICKET[park] * {"day": 1.0, "twilight": 0.6, "family": 0.85}[ttype]
            if vd.weekday() >= 5 or vd.month in (7, 8):
                base *= 1.2
            amount = round(base * qty, 0)
            buy = ch(["own", "ota", "gate"], [0.45, 0.35, 0.2])
            if acq == "walk_in":
                buy = ch(["own", "ota", "gate"], [0.2, 0.1, 0.7])
            ticket_order = None
            if buy == "gate":
                t = at(vd, rng.uniform(9.0, 12.5))
                ev(cid, t, "tp_gate_ticket", park, "success", "", "store", ticket_type=ttype, party_size=qty)
                ticket_order = order(cid, t, park, "ticket", amount, "paid", "gate", "", ticket_type=ttype,
                                     qty=qty, visit_date=vd.isoformat(), store="Gate window")
                entry_t = t + D(minutes=int(rng.integers(3, 20)))
            else:
                lead = int(min(30, rng.exponential(5)))
                bd = vd - D(days=lead)
                if bd < START:
                    continue
                bt = at(bd, rng.uniform(7.5, 23.5)) if lead > 0 else at(bd, rng.uniform(6.5, 9.5))
                if buy == "ota":
                    ota = (ch(["ota_meituan", "ota_trip", "ota_klook"], [0.6, 0.3, 0.1]) if park == "Guangzhou" else
                           ch(["ota_trip", "ota_meituan", "ota_klook"], [0.6, 0.25, 0.15]) if park == "Sanya" else
                           ch(["ota_klook", "ota_trip"], [0.65, 0.35]))
                    ev(cid, bt, "tp_ticket_paid", park, "success", "", ota, ticket_type=ttype, party_size=qty)
                    ticket_order = order(cid, bt, park, "ticket", amount, "paid", ota, "", ticket_type=ttype,
                                         qty=qty, visit_date=vd.isoformat())
                else:
                    channel = "mini_program" if (park != "Phuket" and rng.random() < 0.75) else "app"
                    sess = nid("s", "S", 6)
                    ver = "5.2.0" if ANDROID_BUG[0] <= bd <= ANDROID_BUG[1] else ("5.1.3" if bd < ANDROID_BUG[0]
                                                                                  else "5.2.1")
                    kw = dict(session_id=sess, app_version=ver, ticket_type=ttype, party_size=qty)
                    ev(cid, bt, "tp_ticket_page", park, "view", device, channel, **kw)
                    if rng.random() > 0.78:
                        continue     # left at the ticket page
                    t2 = bt + D(seconds=int(rng.integers(40, 600)))
                    ev(cid, t2, "tp_checkout", park, "submit", device, channel, **kw)
                    variant = None
                    if EXPERIMENT[0] <= bd <= EXPERIMENT[1]:
                        variant = cust.get("_variant")
                        if variant is None:
                            variant = ch(["A", "B"])
                            cust["_variant"] = variant
                            experiments.append({"experiment_id": "cabana_upsell_2025", "variant": variant,
                                                "customer_id": cid, "assigned_at": fmt(t2 - D(seconds=1)),
                                                "park": park})
                    bug = device == "android" and ver == "5.2.0" and channel == "mini_program"
                    p_pay = 0.45 if bug else (0.88 if variant != "B" else 0.87)
                    t3 = t2 + D(seconds=int(rng.integers(20, 240)))
                    if rng.random() > p_pay:
                        ev(cid, t3, "tp_pay_fail", park, "fail", device, channel,
                           error="PAY_SDK_TIMEOUT" if bug else ch(["CARD_DECLINED", "USER_CANCELLED"]), **kw)
                        order(cid, t3, park, "ticket", amount, "cancelled", channel, device, ticket_type=ttype,
                              qty=qty, visit_date=vd.isoformat())
                        if bug and rng.random() < 0.35:
                            fb(cid, t3 + D(hours=1), "tp_pay_fail", ch(["app_review", "ticket"]), "payment_fail",
                               lang, park, rating=1 if rng.random() < 0.5 else None)
                        continue
                    ev(cid, t3, "tp_ticket_paid", park, "success", device, channel, **kw)
                    ticket_order = order(cid, t3, park, "ticket", amount, "paid", channel, device, ticket_type=ttype,
                                         qty=qty, visit_date=vd.isoformat())
                    p_cab = {"A": 0.07, "B": 0.17, None: 0.08}[variant]
                    if party in ("friends", "couple"):
                        p_cab *= 1.2
                    if rng.random() < p_cab:
                        t4 = t3 + D(seconds=int(rng.integers(30, 300)))
                        ev(cid, t4, "tp_cabana_book", park, "success", device, channel, **kw)
                        order(cid, t4, park, "cabana", CABANA[park] * (1.25 if vd.month in (7, 8) else 1.0),
                              "paid", channel, device, visit_date=vd.isoformat())
                entry_t = at(vd, rng.uniform(9.0, 13.5))
                # refund before the visit (plans changed)
                if rng.random() < 0.04 and vd not in CLOSED[park]:
                    rt = datetime.strptime(ticket_order["ts"], "%Y-%m-%d %H:%M:%S") + D(hours=float(rng.uniform(2, 40)))
                    agent = ch(AGENTS[park])
                    ev(cid, rt, "tp_refund_req", park, "submit", device, "app", reason="plans_changed", agent=agent,
                       order_id=ticket_order["order_id"])
                    if rng.random() < 0.93:
                        days = rng.lognormal(np.log(7.5 if park == "Phuket" else 1.5), 0.45)
                        if agent == "小林":
                            days *= 2.2
                        dt = rt + D(days=float(days))
                        ev(cid, dt, "tp_refund_done", park, "success", "", "app", agent=agent,
                           order_id=ticket_order["order_id"])
                        ticket_order["status"] = "refunded"
                        ticket_order["refunded_at"] = fmt(dt)
                        ticket_order["refund_reason"] = "plans_changed"
                        if days > 6 and rng.random() < 0.45:
                            fb(cid, dt - D(days=1), "tp_refund_done", "ticket", "refund_slow", lang, park,
                               rating=int(ch([1, 2, 3])) if rng.random() < 0.6 else None, agent=agent)
                    continue
            # ---------------- weather closure ----------------
            if vd in CLOSED[park]:
                wt = at(vd, rng.uniform(6.5, 10.0))
                ev(cid, wt, "tp_weather_close", park, "notify", device, "app", weather=WEATHER[park][vd])
                if rng.random() < 0.8:
                    agent = ch(AGENTS[park])
                    ct = wt + D(minutes=int(rng.integers(5, 180)))
                    ev(cid, ct, "tp_raincheck", park, "issued", device, "app", weather=WEATHER[park][vd],
                       order_id=ticket_order["order_id"])
                    redeem_p = {"Guangzhou": 0.7, "Sanya": 0.82, "Phuket": 0.88}[park]
                    rd = vd + D(days=int(rng.integers(6, 89)))
                    if rng.random() < redeem_p and is_open(park, rd):
                        rt = at(rd, rng.uniform(9.0, 13.0))
                        ev(cid, rt, "tp_raincheck_redeem", park, "success", "", "store",
                           order_id=ticket_order["order_id"])
                        visits_done.append(rd)
                        visit(cid, park, rd, rt + D(minutes=2), "rain_check", qty, lang, device, party)
                    elif rng.random() < (0.4 if park == "Guangzhou" else 0.15):
                        fb(cid, min(ct + D(days=int(rng.integers(20, 95))), at(END, 21.5)), None,
                           ch(["ticket", "social_dm"]),
                           "rain_check_expired", lang, park)
                else:
                    agent = ch(AGENTS[park])
                    rt = wt + D(minutes=int(rng.integers(10, 300)))
                    ev(cid, rt, "tp_refund_req", park, "submit", device, "app", reason="weather_closure", agent=agent,
                       order_id=ticket_order["order_id"])
                    days = rng.lognormal(np.log(8.0 if park == "Phuket" else 1.6), 0.45)
                    if agent == "小林":
                        days *= 2.2
                    dt = rt + D(days=float(days))
                    ev(cid, dt, "tp_refund_done", park, "success", "", "app", agent=agent,
                       order_id=ticket_order["order_id"])
                    ticket_order["status"] = "refunded"
                    ticket_order["refunded_at"] = fmt(dt)
                    ticket_order["refund_reason"] = "weather_closure"
                    if days > 6 and rng.random() < 0.5:
                        fb(cid, dt - D(days=1), "tp_refund_done", "ticket", "refund_slow", lang, park,
                           rating=int(ch([1, 2, 3])) if rng.random() < 0.6 else None, agent=agent)
                continue
            visits_done.append(vd)
            vis = visit(cid, park, vd, entry_t, ttype, qty, lang, device, party)
            # annual pass interest after a visit
            if plan == "none" and park != "Phuket" and rng.random() < 0.09 or \
                    (plan == "none" and park == "Phuket" and rng.random() < 0.03):
                pt = at(vd, rng.uniform(17, 23)) + D(days=int(rng.integers(0, 5)))
                if pt.date() <= END:
                    sess = nid("s", "S", 6)
                    ev(cid, pt, "tp_pass_page", park, "view", device, "app", session_id=sess)
                    p_buy = {"Guangzhou": 0.42, "Sanya": 0.3, "Phuket": 0.15}[park]
                    if vis.get("good"):
                        p_buy += 0.12
                    if rng.random() < p_buy:
                        plan = ch(["standard", "premium"], [0.7, 0.3])
                        t2 = pt + D(days=float(rng.uniform(0, 6)))
                        if t2.date() <= END:
                            ev(cid, t2, "tp_pass_paid", park, "success", device, "app", session_id=sess, plan=plan)
                            order(cid, t2, park, "annual_pass", PASS[park][0 if plan == "standard" else 1], "paid",
                                  "app", device, plan=plan)
                            pass_from = t2.date()
                        else:
                            plan = "none"
        # ---------------- pass-holder visits ----------------
        if pass_from:
            n = int(rng.integers(3, 11)) if plan == "standard" else int(rng.integers(5, 14))
            for _ in range(n):
                vd = pick_day(park)
                if vd <= pass_from or vd > pass_from + D(days=365) or vd in CLOSED[park]:
                    continue
                visits_done.append(vd)
                visit(cid, park, vd, at(vd, rng.uniform(9.0, 15.0)), "annual_pass", 1 if rng.random() < 0.5 else 2,
                      lang, device, party)
        cust["plan"] = plan
        cust["tier"] = {"none": "regular", "standard": "pass_standard", "premium": "pass_premium"}[plan]
        cust.pop("_variant", None)
        own = [e["ts"] for e in events[e0:]]
        cust["signup_at"] = fmt(signup) if not own or fmt(signup) <= min(own) else \
            fmt(datetime.strptime(min(own), "%Y-%m-%d %H:%M:%S") - D(minutes=int(rng.integers(2, 600))))
        if visits_done:
            last = max(visits_done)
            seg = ("vip" if plan == "premium" else "at_risk" if last < date(2025, 10, 1) else
                   "returning" if len(visits_done) >= 2 else "new" if cust["signup_at"][:10] >= "2026-01-01" else
                   "one_time")
        else:
            seg = "prospect"
        cust["segment"] = seg
        customers.append(cust)


    # ---------------- reviews, posts, CS tickets ----------------
    def topic_of(park, max_wait, ate, locker_fail, peak, w_pos=5):
        cands = []
        if max_wait >= 60:
            cands += ["long_queue"] * 4
        if locker_fail:
            cands += ["locker_problem"] * 4
        if ate and ate[0] == "Sea Breeze Snacks":
            cands += ["food_quality"] * 2
        if ate:
            cands += ["food_price"] * (2 if park == "Phuket" else 1)
        if peak:
            cands += ["crowded"]
        return ch(cands + ["slides_fun"] * w_pos + ["staff_helpful"] * 2 + ["neutral"] * 2)

    idx = rng.choice(len(visit_log), size=300, replace=False)
    for n, k in enumerate(sorted(idx)):
        cid, park, vd, vid, lang, mw, ms, ate, lf, peak, st = visit_log[k]
        topic = topic_of(park, mw, ate, lf, peak)
        r = rating_for(TEXT[topic][0])
        plat = {"Guangzhou": ch(["Meituan", "Trip.com"], [0.7, 0.3]), "Sanya": ch(["Trip.com", "Meituan"], [0.7, 0.3]),
                "Phuket": ch(["Klook", "Trip.com", "Google Maps"], [0.5, 0.3, 0.2])}[park]
        t = None if n % 8 == 0 else st + D(hours=float(rng.uniform(3, 72)))
        if t and t.date() > END:
            t = None
        ctx = {"w": mw, "slide": (ms or ("Tornado", "龙卷风"))[0], "slide_zh": (ms or ("Tornado", "龙卷风"))[1]}
        fb(cid, t, None, "ota_review", topic, lang, park, rating=r, ctx=ctx, platform=plat)
    for n in range(130):     # social posts: no time, no customer, no rating
        park = ch(PARKS, [0.45, 0.3, 0.25])
        topic = ch(["long_queue", "crowded", "food_price", "slides_fun", "slides_fun", "lifeguard_praise",
                    "locker_problem", "rain_check_expired", "neutral"],
                   [0.16, 0.12, 0.1, 0.2, 0.1, 0.07, 0.08, 0.07, 0.1])
        lang = "en" if park == "Phuket" and rng.random() < 0.5 else ("en" if rng.random() < 0.08 else "zh")
        s_en, s_zh, _ = SLIDES[park][int(rng.integers(0, 3))]
        lg = ch(LIFEGUARDS[park])
        extra = {"lifeguard": lg} if topic == "lifeguard_praise" else {}
        fb(None, None, None, ch(["xiaohongshu", "douyin", "instagram"] if lang == "en" else
                                ["xiaohongshu", "douyin", "weibo"]),
           topic, lang, park if rng.random() < 0.8 else None,
           ctx={"w": int(rng.integers(50, 120)), "slide": s_en, "slide_zh": s_zh, "lg": lg}, **extra)
    # app-store reviews
    pages = [e for e in events if e["touchpoint_id"] in ("tp_ticket_page", "tp_pay_fail")]
    failed = {e["customer_id"] for e in events if e["touchpoint_id"] == "tp_pay_fail"}
    langs = {c["customer_id"]: c["language"] for c in customers}
    for k in sorted(rng.choice(len(pages), size=110, replace=False)):
        e = pages[k]
        t = datetime.strptime(e["ts"], "%Y-%m-%d %H:%M:%S") + D(hours=float(rng.uniform(1, 30)))
        if t.date() > END:
            continue
        topic = ch(["payment_fail", "slides_fun", "neutral"], [0.7, 0.1, 0.2]) if e["customer_id"] in failed else \
            ch(["slides_fun", "staff_helpful", "neutral", "payment_fail"], [0.35, 0.15, 0.4, 0.1])
        fb(e["customer_id"], t, e["touchpoint_id"], "app_review", topic, langs[e["customer_id"]], e["park"],
           rating=rating_for(TEXT[topic][0]), device=e["device"], app_version=e.get("app_version", ""))
    # CS follow-up tickets with a CSAT score, on refunds and lost property
    cs = [e for e in events if e["touchpoint_id"] in ("tp_refund_done", "tp_lost_report")]
    for k in sorted(rng.choice(len(cs), size=min(260, len(cs)), replace=False)):
        e = cs[k]
        agent = e.get("agent") or ch(AGENTS[e["park"]])
        t = datetime.strptime(e["ts"], "%Y-%m-%d %H:%M:%S") + D(hours=float(rng.uniform(1, 48)))
        if t.date() > END:
            continue
        lang = langs[e["customer_id"]]
        if agent == "小林":
            topic = ch(["refund_slow", "lost_item", "neutral"], [0.5, 0.3, 0.2]) if e["touchpoint_id"] == \
                "tp_refund_done" else ch(["lost_item", "neutral"], [0.7, 0.3])
            r = int(ch([1, 2, 3, 4], [0.3, 0.35, 0.25, 0.1]))
        else:
            topic = ch(["staff_helpful", "neutral"], [0.75, 0.25])
            r = int(ch([3, 4, 5], [0.2, 0.4, 0.4]))
        if TEXT[topic][0] == "positive":
            r = max(r, 4)
        elif TEXT[topic][0] == "negative":
            r = min(r, 3)
        fb(e["customer_id"], t, e["touchpoint_id"], ch(["ticket", "call_note"], [0.7, 0.3]), topic, lang, e["park"],
           rating=r, ctx={"agent": agent}, agent=agent)

    # ---------------- write ----------------
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    feedback.sort(key=lambda r: (r["ts"] or "9999", r["feedback_id"]))
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4])])
    write(out / "customers.csv", customers)
    write(out / "events.csv", events)
    write(out / "orders.csv", orders)
    write(out / "feedback.csv", feedback)
    write(out / "experiments.csv", experiments)
    write(out / "_truth" / "feedback_truth.csv", truth)


def write(path: Path, rows) -> None:
    cols = []
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, restval="")
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
