"""竞界 ArenaX: a chain of six esports hotels / gaming arenas in Shanghai, Chengdu, Wuhan and Xi'an, booked in the app.
Events run 2024-07-01 .. 2026-06-30 (today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment: the generator's truth, not a
DATA.md table). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261202
rng = np.random.default_rng(SEED)
D = timedelta
START, END = date(2024, 7, 1), date(2026, 6, 30)
DAYS = (END - START).days + 1
N_CUST = 3200
ANDROID_BUG = (date(2025, 11, 10), date(2026, 1, 20))   # Android app 5.2.0 payment page hangs; 5.2.3 fixes it
NET_ISSUE = (date(2025, 9, 1), date(2026, 3, 31))       # Tianfu 3rd St: new ISP line, lag / packet loss
GATES = date(2026, 3, 2)                                 # Optics Valley: new face-scan gates, one front-desk staff
PROMO = (date(2025, 12, 8), date(2025, 12, 14))          # 双十二 top-up bonus week

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_install", "App安装注册", "App install", "awareness", "app", "digital", "growth",
     "下载App|装App|注册|新用户注册|install|download|sign up|signup|registration"),
    ("tp_browse", "浏览座位包间", "Browse seats & rooms", "consideration", "app", "digital", "product",
     "看座位|选座|浏览|查空位|看包间|browse|seat map|browse seats|check availability"),
    ("tp_booking", "预订付款", "Booking & payment", "purchase", "app", "digital", "product",
     "订座|预订|下单|付款|支付|booking|book|pay|payment|reserve|reservation"),
    ("tp_cancel", "取消预订", "Booking cancelled", "purchase", "app", "digital", "product",
     "取消|退订|cancel|cancellation"),
    ("tp_checkin", "到店刷脸签到", "Face-scan check-in", "service", "store", "physical", "front_desk",
     "签到|刷脸|到店|人脸识别|前台|check-in|check in|face scan|arrival|front desk"),
    ("tp_session_start", "开机上座", "Session start", "service", "store", "physical", "venue_ops",
     "上机|开机|上座|开黑|session start|log on|start playing|seat|PC"),
    ("tp_snack_order", "零食饮料点单", "Snack & drink order", "service", "store", "physical", "fnb",
     "点单|点餐|零食|饮料|泡面|水吧|snack|snacks|drinks|food|F&B|order food"),
    ("tp_extend", "续时", "Session extended", "service", "store", "digital", "venue_ops",
     "续费上机|续时|加时|续钟|extend|extension|add hours|top up time"),
    ("tp_pc_fault", "机器故障报修", "PC fault report", "service", "store", "physical", "it_support",
     "报修|机器故障|坏机|死机|掉线|故障|PC fault|broken PC|fault report|hardware issue"),
    ("tp_refund", "故障退款", "Refund (broken PC)", "service", "other", "digital", "finance",
     "退款|坏机退款|退钱|refund|refunded|money back"),
    ("tp_session_end", "下机", "Session end", "service", "store", "physical", "venue_ops",
     "下机|结束上机|离店|session end|log off|check out|checkout"),
    ("tp_rating", "评价打分", "Rating", "loyalty", "app", "digital", "cx",
     "评价|打分|评分|点评|rating|review|rate|stars"),
    ("tp_topup", "会员充值", "Membership top-up", "loyalty", "app", "digital", "membership",
     "充值|储值|会员充值|top-up|top up|recharge|stored value"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("visit", "订座到上机", "Booking to play",
     ["tp_browse", "tp_booking", "tp_checkin", "tp_session_start", "tp_session_end"], 7),
    ("new_user", "新用户首单", "New user activation", ["tp_install", "tp_browse", "tp_booking", "tp_checkin"], 30),
    ("after_session", "下机后评价与充值", "After-session rating & top-up", ["tp_session_end", "tp_rating", "tp_topup"], 7),
    ("fault_refund", "故障退款", "Broken PC refund", ["tp_pc_fault", "tp_refund"], 7),
]
VENUES = {  # id: en, zh, city, weight
    "SH1": ("Shanghai Jing'an Temple", "静安寺店", "上海", 1.25),
    "SH2": ("Shanghai Wujiaochang", "五角场店", "上海", 1.1),
    "CD1": ("Chengdu Tianfu 3rd St", "天府三街店", "成都", 1.0),
    "CD2": ("Chengdu Yulin", "玉林店", "成都", 0.95),
    "WH1": ("Wuhan Optics Valley", "光谷店", "武汉", 1.0),
    "XA1": ("Xi'an Xiaozhai", "小寨店", "西安", 1.0),
}
CITY_VENUES = {"上海": ["SH1", "SH2"], "成都": ["CD1", "CD2"], "武汉": ["WH1"], "西安": ["XA1"]}
CITY_REGION = {"上海": "华东", "成都": "西南", "武汉": "华中", "西安": "西北"}
PTYPE = {"casual": "休闲玩家", "regular": "常客", "team": "战队", "streamer": "主播"}
TIER = {"bronze": "青铜", "silver": "白银", "gold": "黄金", "diamond": "钻石"}
BTYPE = {"hourly_seat": "按小时", "night_package": "包夜", "private_room": "包间"}
PCTIER = {"standard": "标准", "pro": "进阶", "elite": "旗舰"}
GAMES = ["英雄联盟", "无畏契约", "CS2", "绝地求生", "永劫无间", "DOTA2", "其他"]
GAME_P = [0.30, 0.20, 0.16, 0.12, 0.10, 0.03, 0.09]
HOURLY = {"standard": 8, "pro": 12, "elite": 18}
NIGHT = {"standard": 45, "pro": 65, "elite": 88}
ROOM = {"standard": 55, "pro": 75, "elite": 110}   # per hour, 5-seat room

MONTH_F = {1: 1.2, 2: 1.35, 3: 0.9, 4: 0.9, 5: 0.95, 6: 0.95, 7: 1.45, 8: 1.5, 9: 0.95, 10: 1.15, 11: 1.1, 12: 1.0}
DOW_F = [0.8, 0.8, 0.85, 0.9, 1.3, 1.75, 1.45]


def day(i):
    return START + D(days=int(i))


W = np.array([MONTH_F[day(i).month] * DOW_F[day(i).weekday()] for i in range(DAYS)])
W = W / W.mean()
CW = np.concatenate([[0], np.cumsum(W)])


def pick(options, p):
    return options[int(rng.choice(len(options), p=p))]


def at(d: date, hours: float) -> datetime:
    return datetime(d.year, d.month, d.day) + D(hours=float(hours))


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") if t else ""


# ---------------------------------------------------------------- feedback texts
T = {
    "pc_lag": (["打{game}一直卡，ping跳到一百多，团战直接掉帧", "网络延迟太高了，{game}延迟80多，根本没法玩",
                "机器卡顿严重，开局十分钟掉线两次", "{venue}的网是真的不行，晚上高峰期延迟爆炸",
                "画面一卡一卡的，说好的高配呢，帧数掉到四五十", "丢包严重，打排位被坑惨了，网管说是线路问题",
                "延迟忽高忽低，跟网管反映了也没解决", "卡成PPT，一晚上都在转圈重连", "ping值一直飘红，打{game}根本没法对枪",
                "网速太差，下个更新都要半小时，游戏里还老是丢包"],
               ["Constant lag and ping spikes over 100ms, unplayable for ranked.",
                "Frame drops every few minutes, the PC stutters in team fights.",
                "Network is terrible in the evening, packet loss all night.",
                "High ping the whole session, staff said it's the ISP.",
                "Got disconnected twice from {game}, the connection here is awful."]),
    "dirty_keyboard": (["键盘油乎乎的，按键都是黏的", "耳机上全是头油味，鼠标也很脏", "键盘缝里都是零食渣，能不能清洁一下",
                        "鼠标垫脏得发黑，桌子也没擦", "耳机海绵都破了还有味道，卫生太差", "座位上有上一个人留下的烟灰和饮料瓶，键盘黏手"],
                       ["Keyboard was sticky and gross, clearly not cleaned.",
                        "Headset smelled awful and the mouse was greasy.",
                        "Desk and keyboard were dirty, crumbs everywhere."]),
    "noisy_room": (["包间隔音太差了，隔壁吼了一晚上", "房间里能听到外面大厅的声音，吵得没法语音",
                    "隔壁包间开黑大喊大叫，一点都不隔音", "晚上太吵了，根本休息不了", "包间门关不严，外面音乐声很大",
                    "隔音效果约等于没有，队友说话都听不清"],
                   ["The private room walls are paper thin, we could hear the next room yelling all night.",
                    "Too noisy to use voice chat, sound leaks in from the hall.",
                    "Really loud, people shouting next door the whole night."]),
    "face_scan": (["刷脸签到刷了四五次才过，后面排了一长队", "新装的刷脸闸机老是识别不了，等开机等了快二十分钟",
                   "到店签到排队太久，前台就一个人", "人脸识别一直失败，最后还是手动登记的", "签到完还要等很久才给开机，浪费时间",
                   "刷脸机器反应慢，签到加等座花了十几分钟"],
                  ["The new face scan gate failed like five times, long queue at check-in.",
                   "Waited almost 20 minutes after check-in before I got a PC.",
                   "Face recognition at the entrance keeps failing, only one person at the front desk."]),
    "staff_good": (["网管小哥服务超好，主动帮我调外设", "前台小姐姐很热情，有问题马上就来", "工作人员态度很好，机器有问题马上来处理",
                    "网管很专业，帮我们战队调好了语音和设置", "服务一流，还送了一瓶饮料", "店员很耐心，第一次来也教得很清楚"],
                   ["Staff were super friendly and fixed my settings right away.",
                    "Great service, the admin helped our team set up everything.",
                    "The front desk guy was really helpful and patient."]),
    "snack_expensive": (["零食饮料太贵了，一瓶可乐卖12块", "泡面要25，抢钱呢", "点餐价格比外面贵两三倍，不值",
                         "饮料价格离谱，下次自己带", "一份炒饭48块，味道还一般", "水吧东西贵得离谱，一杯奶茶38"],
                        ["Snacks are way overpriced, 12 yuan for a can of coke.",
                         "Food prices are ridiculous compared to outside.",
                         "Drinks cost three times the supermarket price."]),
    "app_bug": (["安卓版更新后支付页面一直转圈，付不了款", "新版本App闪退，订座订了三次都没成功", "付款的时候页面没反应，钱扣了订单没生成",
                 "App选座页面打不开，只能去前台订", "升级到5.2.0以后一付款就报错", "订座付款老失败，安卓手机用不了"],
                ["After the latest Android update the payment page just spins forever.",
                 "App crashes every time I try to pay for a booking.",
                 "Payment failed three times in the app, had to book at the front desk."]),
    "app_bug_old": (["App加载太慢了，选个座要等半天", "定位老是不准，显示的不是最近的门店", "App偶尔闪退，体验一般",
                     "空位显示不准，App上说有位到店没有"],
                    ["App is slow to load the seat map.", "Seat availability in the app is not accurate."]),
    "refund_slow": (["机器坏了申请退款，一个多星期了还没到账", "故障退款太慢了，客服一直说在处理", "说好的坏机退款呢？等了十天",
                     "退款流程太麻烦，打了好几次电话才有人管"],
                    ["PC broke, they promised a refund but it's been over a week.",
                     "Still waiting for my refund for the broken PC."]),
    "topup_issue": (["双十二充值送的赠金没到账", "充了500说送100，结果只到了50", "充值活动规则不清楚，赠送金额对不上"],
                    ["The top-up bonus from the December promo never showed up."]),
    "general_pos": (["环境不错，配置很高，显示器240Hz很爽", "整体体验很好，下次还来", "机器流畅，座椅舒服，推荐",
                     "包夜体验很好，还有免费洗漱", "和朋友开黑很开心，环境干净", "性价比可以，外设都是新的"],
                    ["Great setup, 240Hz monitors and comfy chairs.", "Nice place, will come back with friends.",
                     "Smooth PCs and clean seats, recommended."]),
    "general_neutral": (["还行吧，中规中矩", "一般般，价格还可以", "体验普通，没什么特别的", "正常水平，没啥好说的"],
                        ["It was okay.", "Average experience, nothing special."]),
    "app_good": (["App选座很方便，还能看实时空位", "订座流程很顺，一分钟搞定", "App做得不错，下单很快"],
                 ["Booking in the app is quick and easy.", "Love the live seat map in the app."]),
}
TOPIC_TP = {"pc_lag": "tp_session_start", "dirty_keyboard": "tp_session_start", "noisy_room": "tp_session_start",
            "face_scan": "tp_checkin", "staff_good": "tp_checkin", "snack_expensive": "tp_snack_order",
            "app_bug": "tp_booking", "app_bug_old": "tp_booking", "refund_slow": "tp_refund", "topup_issue": "tp_topup",
            "general_pos": "tp_session_end", "general_neutral": "tp_session_end", "app_good": "tp_browse"}
POS = {"staff_good", "general_pos", "app_good"}
NEU = {"general_neutral"}
RATING_P = {  # topic -> ratings 1..5 probabilities
    "pc_lag": [.45, .4, .15, 0, 0], "dirty_keyboard": [.15, .5, .35, 0, 0], "noisy_room": [.3, .45, .25, 0, 0],
    "face_scan": [.3, .45, .25, 0, 0], "snack_expensive": [.05, .3, .55, .1, 0], "app_bug": [.7, .25, .05, 0, 0],
    "app_bug_old": [.2, .45, .35, 0, 0], "refund_slow": [.6, .3, .1, 0, 0], "topup_issue": [.5, .4, .1, 0, 0],
    "staff_good": [0, 0, 0, .15, .85], "general_pos": [0, 0, 0, .4, .6], "general_neutral": [0, 0, .6, .4, 0],
    "app_good": [0, 0, 0, .35, .65]}
PREFIX_ZH = ["", "", "", "说实话，", "第二次来了，", "和朋友一起来的，", "周末来的，"]
SUFFIX_ZH = ["", "。", "！", "，希望改进", "，给个差评", "。"]
SUFFIX_ZH_POS = ["", "。", "！", "，点赞", "，会推荐给朋友"]


def text_for(topic, lang, venue_zh="", venue_en="", game="英雄联盟"):
    zh, en = T[topic]
    if lang == "en":
        s = en[int(rng.integers(len(en)))]
        g = {"英雄联盟": "League", "无畏契约": "Valorant", "绝地求生": "PUBG", "永劫无间": "Naraka"}.get(game, game)
        return s.replace("{game}", g if g != "其他" else "my game").replace("{venue}", venue_en or "this place")
    s = zh[int(rng.integers(len(zh)))].replace("{game}", game if game != "其他" else "游戏")
    s = s.replace("{venue}", venue_zh or "这家店")
    suf = SUFFIX_ZH_POS if topic in POS | NEU else SUFFIX_ZH
    return PREFIX_ZH[int(rng.integers(len(PREFIX_ZH)))] + s + suf[int(rng.integers(len(suf)))]


def sentiment(topic):
    return "positive" if topic in POS else "neutral" if topic in NEU else "negative"


def rate_for(topic):
    return int(rng.choice(5, p=RATING_P[topic])) + 1


# ---------------------------------------------------------------- build
def build():
    customers, events, orders, feedback, truth = [], [], [], [], []
    ev_n = [0]
    ord_n = [0]
    fb_n = [0]

    def ev(cid, ts, tp, action, device="", channel="", session="", b=None, **kw):
        if ts.date() > END:
            return {}
        ev_n[0] += 1
        r = dict(event_id=f"E{ev_n[0]:07d}", customer_id=cid, ts=ts, touchpoint_id=tp, session_id=session,
                 action=action, device=device, channel=channel)
        if b:
            r.update(booking_id=b["id"], venue=VENUES[b["v"]][0], 门店=VENUES[b["v"]][1], city=VENUES[b["v"]][2],
                     booking_type=b["bt"], 预订类型=BTYPE[b["bt"]], pc_tier=b["tier"], 配置档次=PCTIER[b["tier"]],
                     seat_no=b["seat"], hours_booked=b["hours"])
        r.update(kw)
        events.append(r)
        return r

    def order(cid, ts, amount, ptype, status="paid", channel="", device="", b=None, **kw):
        ord_n[0] += 1
        r = dict(order_id=f"O{ord_n[0]:07d}", customer_id=cid, ts=ts, amount=round(float(amount), 2), status=status,
                 channel=channel, device=device, product_type=ptype, currency="CNY")
        if b:
            r.update(booking_id=b["id"], booking_type=b["bt"], 预订类型=BTYPE[b["bt"]], venue=VENUES[b["v"]][0],
                     门店=VENUES[b["v"]][1], pc_tier=b["tier"])
        r.update(kw)
        orders.append(r)
        return r

    def fb(text, ts, cid, tp, channel, rating, topic, **kw):
        fb_n[0] += 1
        r = dict(feedback_id=f"FB{fb_n[0]:05d}", text=text, ts=ts, customer_id=cid, touchpoint_id=tp,
                 channel=channel, rating=rating)
        r.update(kw)
        feedback.append(r)
        truth.append(dict(feedback_id=r["feedback_id"], topic=topic.replace("app_bug_old", "app_bug"),
                          sentiment=sentiment(topic)))
        return r

    app_users = []  # (cid, device, lang, first active date)
    booking_n = 0
    seat_ctr = {}
    for i in range(N_CUST):
        cid = f"C{i + 1:05d}"
        city = pick(["上海", "成都", "武汉", "西安"], [0.36, 0.29, 0.18, 0.17])
        ptype = pick(["casual", "regular", "team", "streamer"], [0.5, 0.3, 0.14, 0.06])
        game = pick(GAMES, GAME_P)
        if ptype == "team" and game in ("其他", "永劫无间") and rng.random() < 0.6:
            game = "英雄联盟"
        lang = "en" if rng.random() < (0.14 if city == "上海" else 0.05) else "zh"
        device = "ios" if rng.random() < (0.55 if city == "上海" else 0.45) else "android"
        age = pick(["18-22", "23-27", "28-35", "36+"], [0.38, 0.33, 0.21, 0.08])
        gender = "M" if rng.random() < 0.8 else "F"
        acq = pick(["douyin", "bilibili", "wechat", "meituan", "referral", "campus", "walk_in"],
                   [0.2, 0.16, 0.14, 0.16, 0.12, 0.1, 0.12])
        # signup: 18 % before the data starts, then growing
        if rng.random() < 0.18:
            signup = datetime(2023, 1, 1) + D(days=int(rng.integers(0, 547)), hours=float(rng.uniform(9, 23)))
        else:
            u = rng.random()
            dd = int(DAYS * (np.sqrt(1 + 3 * u) - 1))   # density grows ~linearly over time
            signup = at(day(min(dd, DAYS - 40)), rng.uniform(9, 23.9))
        home = CITY_VENUES[city][int(rng.integers(len(CITY_VENUES[city])))]
        cust = dict(customer_id=cid, signup_at=signup, segment="", region=CITY_REGION[city], acquisition_channel=acq,
                    tier="", 会员等级="", player_type=ptype, 玩家类型=PTYPE[ptype], age_band=age, gender=gender,
                    home_city=city, favourite_game=game, primary_device=device, language=lang, home_venue=home)
        customers.append(cust)
        s0 = max(signup.date(), START)
        if signup.date() >= START:
            ev(cid, signup, "tp_install", "success", device, "app", f"S{cid}-0", app_version="",
               acquisition_channel=acq)
        booker = rng.random() < (0.72 if ptype == "casual" else 0.9)
        a = max(3, (s0 - START).days)
        life = rng.exponential(520 if ptype == "casual" else 900)
        b_end = min(DAYS - 2, a + int(life) + 30)
        app_users.append((cid, device, lang, s0, game))
        if not booker or b_end <= a:
            if signup.date() >= START and rng.random() < 0.6:   # looked around, never booked
                for k in range(int(rng.integers(1, 3))):
                    t = signup + D(minutes=float(rng.uniform(1, 20)) + k * float(rng.uniform(60, 20000)))
                    if t.date() <= END:
                        v = CITY_VENUES[city][int(rng.integers(len(CITY_VENUES[city])))]
                        ev(cid, t, "tp_browse", "view", device, "app", f"S{cid}-n{k}", venue=VENUES[v][0],
                           门店=VENUES[v][1], city=city, app_version=app_ver(device, t.date()))
            continue
        lam = {"casual": 0.0075, "regular": 0.032, "team": 0.02, "streamer": 0.045}[ptype]
        n = max(1, int(rng.poisson(lam * (CW[b_end + 1] - CW[a]))))
        first = a
        if signup.date() >= START:
            first = min(b_end, a + int(rng.exponential(7)) if rng.random() < 0.85 else a + int(rng.uniform(30, 120)))
        p = W[first:b_end + 1] / W[first:b_end + 1].sum()
        days_ = sorted(int(x) for x in rng.choice(np.arange(first, b_end + 1), size=n - 1, p=p))
        if signup.date() >= START:
            days_ = [first] + days_
        else:   # an existing member: no "first visit" at the start of the data
            days_ = sorted(days_ + [int(rng.choice(np.arange(first, b_end + 1), p=p))])
        for di in days_:
            booking_n += 1
            d = day(di)
            wk = d.weekday()
            vid = home if rng.random() < 0.85 else (
                CITY_VENUES[city][int(rng.integers(len(CITY_VENUES[city])))] if rng.random() < 0.6
                else list(VENUES)[int(rng.integers(6))])
            bp = {"casual": [0.8, 0.12, 0.08], "regular": [0.65, 0.25, 0.1], "team": [0.2, 0.15, 0.65],
                  "streamer": [0.3, 0.62, 0.08]}[ptype]
            nf = 1.5 if wk in (4, 5) else 0.7
            bp = np.array([bp[0], bp[1] * nf, bp[2]])
            bt = pick(list(BTYPE), bp / bp.sum())
            if bt == "private_room" and vid == "WH1" and rng.random() < 0.85:
                bt = "hourly_seat"
            if ptype == "streamer":
                tier = pick(["standard", "pro", "elite"], [0.05, 0.35, 0.6])
            elif bt == "private_room":
                tier = pick(["standard", "pro", "elite"], [0.2, 0.55, 0.25])
            else:
                tier = pick(["standard", "pro", "elite"], [0.55, 0.35, 0.1])
            if bt == "night_package":
                hours, arr_h = 10, rng.uniform(21, 23.5)
            elif bt == "private_room":
                hours = int(rng.choice([3, 4, 5, 6], p=[0.3, 0.35, 0.2, 0.15]))
                arr_h = rng.uniform(12, 20.5)
            else:
                hours = int(rng.choice([2, 3, 4, 5, 6], p=[0.22, 0.3, 0.25, 0.14, 0.09]))
                arr_h = float(np.clip(rng.normal(17, 3.2), 10, 23.5 - hours * 0.3))
            seat_ctr[vid] = seat_ctr.get(vid, 0) + 1
            seat = f"R{seat_ctr[vid] % 8 + 1}" if bt == "private_room" else \
                f"{'ABCDEF'[seat_ctr[vid] % 6]}{seat_ctr[vid] % 30 + 1:02d}"
            b = dict(id=f"B{booking_n:06d}", v=vid, bt=bt, tier=tier, seat=seat, hours=hours)
            arrival = at(d, arr_h)
            wkend = wk >= 5
            if bt == "night_package":
                price = NIGHT[tier] * (1.15 if wk in (4, 5) else 1.0)
            elif bt == "private_room":
                price = ROOM[tier] * hours * (1.2 if wkend else 1.0)
            else:
                price = HOURLY[tier] * hours * (1.2 if wkend else 1.0)
            # --- booking channel: app (with browse sessions) or front desk walk-in
            walk_in = rng.random() < 0.2
            bk_ts = None
            if not walk_in:
                lead_h = {"hourly_seat": rng.exponential(2.5) + 0.2, "night_package": rng.uniform(2, 30),
                          "private_room": rng.uniform(3, 72)}[bt]
                bk_ts = arrival - D(hours=float(lead_h))
                dev = device if rng.random() < 0.96 else ("android" if device == "ios" else "ios")
                # non-converting browse sessions in the days before
                for k in range(int(rng.poisson(1.1 if dev == "ios" else 1.2))):
                    t = bk_ts - D(hours=float(rng.uniform(2, 140)))
                    if t.date() >= START:
                        sid = f"S{b['id']}-x{k}"
                        for j in range(1 if rng.random() < 0.7 else 2):
                            v2 = vid if j == 0 else CITY_VENUES[city][0]
                            ev(cid, t + D(minutes=j * float(rng.uniform(0.5, 4))), "tp_browse", "view", dev, "app",
                               sid, venue=VENUES[v2][0], 门店=VENUES[v2][1], city=VENUES[v2][2],
                               app_version=app_ver(dev, t.date()))
                # Android 5.2.0: the payment page hangs; people retry in a new session, walk in, or give up
                lost = False
                if dev == "android" and ANDROID_BUG[0] <= bk_ts.date() <= ANDROID_BUG[1]:
                    tries = 0
                    while rng.random() < 0.6 and tries < 4:
                        tries += 1
                        t = bk_ts - D(minutes=float(tries * rng.uniform(10, 90)))
                        sid = f"S{b['id']}-f{tries}"
                        ev(cid, t, "tp_browse", "view", dev, "app", sid, venue=VENUES[vid][0], 门店=VENUES[vid][1],
                           city=VENUES[vid][2], app_version="5.2.0")
                        u = rng.random()
                        if u < 0.2:
                            lost = True
                            break
                        if u < 0.4:
                            walk_in = True
                            break
                if lost:
                    continue
                if not walk_in:
                    sid = f"S{b['id']}"
                    t0 = bk_ts - D(minutes=float(rng.uniform(1, 9)))
                    ev(cid, t0, "tp_browse", "view", dev, "app", sid, b, app_version=app_ver(dev, t0.date()))
                    o = order(cid, bk_ts, price, bt, "paid", "app", dev, b,
                              pay_method=pick(["wechat", "alipay", "member_balance"], [0.5, 0.25, 0.25]))
                    ev(cid, bk_ts, "tp_booking", "success", dev, "app", sid, b, app_version=app_ver(dev, bk_ts.date()),
                       order_id=o["order_id"])
            if walk_in:
                bk_ts = arrival - D(minutes=float(rng.uniform(1, 4)))
                o = order(cid, bk_ts, price, bt, "paid", "store", "", b,
                          pay_method=pick(["wechat", "alipay", "member_balance"], [0.45, 0.25, 0.3]))
                ev(cid, bk_ts, "tp_booking", "success", "", "store", "", b, order_id=o["order_id"])
            # --- cancel / no-show
            if not walk_in and rng.random() < 0.05:
                t = bk_ts + (arrival - bk_ts) * float(rng.uniform(0.1, 0.9))
                ev(cid, t, "tp_cancel", "submit", dev, "app", "", b)
                o["status"] = "cancelled"
                o["cancelled_at"] = t
                continue
            if not walk_in and rng.random() < (0.09 if bt == "night_package" else 0.055):
                continue
            # --- check-in and waiting for the seat
            gates = vid == "WH1" and d >= GATES
            attempts = int(rng.choice([1, 2, 3, 4, 5], p=[0.35, 0.3, 0.2, 0.1, 0.05])) if gates else \
                (1 if rng.random() < 0.92 else 2)
            ev(cid, arrival, "tp_checkin", "success", "face_gate", "store", "", b, scan_attempts=attempts)
            if gates:
                wait = rng.lognormal(np.log(16.5 if (wkend or arr_h > 18) else 12.5), 0.42)
            else:
                wait = rng.lognormal(np.log(3.6), 0.5)
            start = arrival + D(minutes=float(wait))
            ev(cid, start, "tp_session_start", "success", "pc", "store", "", b)
            # --- extensions
            end = start + D(hours=hours) - D(minutes=float(rng.uniform(0, 8)))
            if bt == "night_package":
                end = at(d + D(days=1), rng.uniform(7.4, 8.6))
            net = vid == "CD1" and NET_ISSUE[0] <= d <= NET_ISSUE[1]
            ext_n = 0
            if bt != "night_package":
                pe = 0.16 if net else (0.44 if ptype in ("regular", "team") else 0.36)
                if rng.random() < pe:
                    ext_n = 1 if rng.random() < 0.8 else 2
            for k in range(ext_n):
                add = int(rng.choice([1, 2], p=[0.7, 0.3]))
                t = end - D(minutes=float(rng.uniform(3, 15)))
                rate_h = (ROOM if bt == "private_room" else HOURLY)[tier]
                o2 = order(cid, t, rate_h * add, "extension", "paid", "pc_client", "pc", b,
                           pay_method="member_balance")
                ev(cid, t, "tp_extend", "success", "pc", "pc_client", "", b, order_id=o2["order_id"], hours_added=add)
                end = end + D(hours=add)
            # --- PC faults and refunds
            pf = {"standard": 0.04, "pro": 0.028, "elite": 0.015}[tier] + (0.12 if net else 0)
            fault = rng.random() < pf
            slow_refund = False
            if fault:
                ftype = "network_lag" if (net and rng.random() < 0.85) else pick(
                    ["network_lag", "gpu_crash", "peripheral", "os_freeze"], [0.25, 0.25, 0.3, 0.2])
                tf = start + (end - start) * float(rng.uniform(0.05, 0.7))
                ev(cid, tf, "tp_pc_fault", "report", "pc", "pc_client", "", b, fault_type=ftype)
                if rng.random() < 0.62:
                    slow_refund = rng.random() < 0.12
                    tr = tf + (D(days=float(rng.uniform(8, 20))) if slow_refund
                               else D(hours=float(rng.lognormal(np.log(4.5), 0.7))))
                    if tr.date() <= END:
                        ev(cid, tr, "tp_refund", "success", "", "system", "", b, order_id=o["order_id"])
                        o["status"] = "refunded"
                        o["refunded_at"] = tr
                        o["refund_reason"] = "pc_fault"
                    if slow_refund and rng.random() < 0.7:
                        tt = tf + D(days=float(rng.uniform(7, 12)))
                        fb(text_for("refund_slow", lang), tt, cid, "tp_refund", "ticket", None, "refund_slow",
                           venue=VENUES[vid][0], 门店=VENUES[vid][1], booking_id=b["id"])
            # --- snacks
            sn = int(rng.poisson({"hourly_seat": 0.6, "night_package": 1.4, "private_room": 1.0}[bt]
                                 * (0.7 if vid == "SH1" else 1.0)))
            for k in range(sn):
                t = start + (end - start) * float(rng.uniform(0.05, 0.95))
                amt = rng.lognormal(np.log(28 if bt != "private_room" else 75), 0.45) * (1.9 if vid == "SH1" else 1)
                o3 = order(cid, t, round(amt), "snack", "paid", "pc_client", "pc", b,
                           pay_method="member_balance" if rng.random() < 0.5 else "wechat",
                           items=pick(["可乐+薯片", "泡面套餐", "炒饭", "奶茶", "能量饮料", "鸡排饭", "果盘"],
                                      [0.2, 0.2, 0.15, 0.15, 0.12, 0.1, 0.08]))
                ev(cid, t, "tp_snack_order", "submit", "pc", "pc_client", "", b, order_id=o3["order_id"])
            ev(cid, end, "tp_session_end", "success", "pc", "store", "", b)
            # --- rating (and its comment)
            long_wait = wait > 10
            pr = 0.15 + (0.25 if fault else 0) + (0.15 if long_wait else 0) + (0.1 if net else 0)
            rated_at = None
            if rng.random() < pr and end.date() < END:
                delay = rng.lognormal(np.log(0.6), 0.9) if rng.random() < 0.9 else rng.uniform(20, 70)
                rated_at = min(end + D(hours=float(min(delay, 140))), at(END, 23.99))
                w = {"pc_lag": (6 if fault and ftype == "network_lag" else 3 if fault else 0) + (1.6 if net else 0)
                     + 0.25,
                     "dirty_keyboard": 0.45 if tier == "standard" else 0.12,
                     "noisy_room": (3.0 if (bt == "private_room" and vid in ("XA1", "WH1")) else
                                    0.35 if bt == "private_room" else 0.25 if vid == "XA1" else 0.06),
                     "face_scan": (4.0 if gates and long_wait else 1.2 if gates else 0.08),
                     "staff_good": 1.5 if vid == "CD2" else 0.4,
                     "snack_expensive": (1.6 if vid == "SH1" else 0.12) if sn else 0.02,
                     "general_pos": 2.0 if vid != "CD2" else 2.4, "general_neutral": 0.8}
                ks = list(w)
                pw = np.array([w[k] for k in ks])
                topic = ks[int(rng.choice(len(ks), p=pw / pw.sum()))]
                r = rate_for(topic)
                if vid == "CD2" and r < 5 and rng.random() < 0.3:
                    r += 1
                ev(cid, rated_at, "tp_rating", "submit", device, "app", "", b, rating=r)
                fb(text_for(topic, lang, VENUES[vid][1], VENUES[vid][0], game), rated_at, cid, TOPIC_TP[topic],
                   "in_app_rating", r, topic, venue=VENUES[vid][0], 门店=VENUES[vid][1], booking_id=b["id"],
                   booking_type=bt, 预订类型=BTYPE[bt], pc_tier=tier)
            # --- top-up after the session
            pt = {"casual": 0.05, "regular": 0.11, "team": 0.08, "streamer": 0.16}[ptype] * (1.9 if rated_at else 1)
            if PROMO[0] <= d <= PROMO[1]:
                pt *= 3
            if rng.random() < pt:
                base = (rated_at or end) + D(hours=float(rng.exponential(10) + 0.1))
                if base.date() <= END:
                    topup(cid, base, device, ptype, game, order, ev, promo=PROMO[0] <= base.date() <= PROMO[1])
    # --- promo week top-ups without a session, and promo bonus complaints
    promo_days = (PROMO[1] - PROMO[0]).days + 1
    for cid, device, lang, s0, game in app_users:
        if s0 <= PROMO[1] and rng.random() < 0.07:
            t = at(PROMO[0] + D(days=int(rng.integers(promo_days))), rng.uniform(10, 23.5))
            ptype = customers[int(cid[1:]) - 1]["player_type"]
            topup(cid, t, device, ptype, game, order, ev, promo=True)
            if rng.random() < 0.3:
                fb(text_for("topup_issue", lang), t + D(days=float(rng.uniform(1, 6))), cid, "tp_topup", "ticket", None,
                   "topup_issue")
    # --- app store reviews
    for cid, device, lang, s0, game in app_users:
        if rng.random() < 0.045:
            t = at(s0 + D(days=int(rng.integers(0, max(1, (END - s0).days)))), rng.uniform(8, 23.9))
            topic = "app_good" if rng.random() < 0.62 else "app_bug_old"
            fb(text_for(topic, lang), t, cid, TOPIC_TP[topic], "app_review", rate_for(topic), topic, device=device,
               app_version=app_ver(device, t.date()))
    bug_days = (ANDROID_BUG[1] - ANDROID_BUG[0]).days + 1
    android = [u for u in app_users if u[1] == "android" and u[3] <= ANDROID_BUG[1]]
    for k in range(150):
        cid, device, lang, s0, game = android[int(rng.integers(len(android)))]
        t = at(ANDROID_BUG[0] + D(days=int(rng.integers(bug_days))), rng.uniform(8, 23.9))
        fb(text_for("app_bug", lang), t, cid, "tp_booking", "app_review", rate_for("app_bug"), "app_bug",
           device="android", app_version="5.2.0")
    # --- dianping and xiaohongshu venue reviews (part undated), and network tickets
    vw = {"SH1": {"snack_expensive": 2.5}, "CD1": {"pc_lag": 3.0}, "CD2": {"staff_good": 2.5},
          "WH1": {"face_scan": 1.5}, "XA1": {"noisy_room": 2.2}, "SH2": {}}
    cust_by_city = {}
    for c in customers:
        cust_by_city.setdefault(c["home_city"], []).append(c)
    for channel, n, undated in (("dianping", 300, 0.13), ("xiaohongshu", 130, 0.4)):
        for k in range(n):
            vid = pick(list(VENUES), [0.2, 0.17, 0.17, 0.16, 0.15, 0.15])
            cands = cust_by_city[VENUES[vid][2]]
            c = cands[int(rng.integers(len(cands)))]
            dd = day(int(rng.integers(0, DAYS)))
            w = {"pc_lag": 0.4, "dirty_keyboard": 0.5, "noisy_room": 0.3, "face_scan": 0.15, "staff_good": 0.7,
                 "snack_expensive": 0.35, "general_pos": 1.6, "general_neutral": 0.5}
            for topic, m in vw[vid].items():
                w[topic] = w[topic] * m
            if vid == "CD1" and NET_ISSUE[0] <= dd <= NET_ISSUE[1]:
                w["pc_lag"] *= 2.5
            if vid == "WH1" and dd >= GATES:
                w["face_scan"] *= 6
            ks = list(w)
            pw = np.array([w[x] for x in ks])
            topic = ks[int(rng.choice(len(ks), p=pw / pw.sum()))]
            t = None if rng.random() < undated else at(dd, rng.uniform(9, 23.9))
            fb(text_for(topic, c["language"], VENUES[vid][1], VENUES[vid][0], c["favourite_game"]), t, c["customer_id"]
               if rng.random() < 0.7 else "", TOPIC_TP[topic], channel,
               rate_for(topic) if channel == "dianping" else None, topic, venue=VENUES[vid][0], 门店=VENUES[vid][1])
    return customers, events, orders, feedback, truth


def app_ver(device, d):
    if device == "android":
        if d < date(2025, 3, 1):
            return "5.0.2"
        if d < ANDROID_BUG[0]:
            return "5.1.4"
        return "5.2.0" if d <= ANDROID_BUG[1] else "5.2.3"
    return "5.0.1" if d < date(2025, 3, 1) else "5.1.3" if d < ANDROID_BUG[0] else "5.2.1"


def topup(cid, t, device, ptype, game, order, ev, promo=False):
    amt = float(rng.choice([100, 200, 300, 500, 1000], p={
        "casual": [0.5, 0.3, 0.1, 0.08, 0.02], "regular": [0.25, 0.3, 0.2, 0.18, 0.07],
        "team": [0.2, 0.3, 0.2, 0.2, 0.1], "streamer": [0.1, 0.2, 0.2, 0.3, 0.2]}[ptype]))
    amt = amt * {"DOTA2": 2.6, "无畏契约": 1.45}.get(game, 1.0)
    amt = round(amt / 50) * 50
    bonus = round(amt * (0.2 if promo else 0.05 if amt >= 500 else 0))
    o = order(cid, t, amt, "topup", "paid", "app", device, pay_method=pick(["wechat", "alipay"], [0.7, 0.3]),
              bonus_amount=bonus)
    ev(cid, t, "tp_topup", "success", device, "app", "", None, order_id=o["order_id"], amount=amt)


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(v) if isinstance(v, datetime) else ("" if v is None else v) for v in
                        (r.get(c) for c in cols)])


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    customers, events, orders, feedback, truth = build()
    # customer tier (lifetime paid spend) and segment at the end of the data
    spend, last = {}, {}
    for o in orders:
        if o["status"] == "paid" and o["product_type"] != "topup":
            spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + o["amount"]
    for e in events:
        if e["touchpoint_id"] == "tp_session_start":
            last[e["customer_id"]] = max(last.get(e["customer_id"], e["ts"]), e["ts"])
    for c in customers:
        s = spend.get(c["customer_id"], 0)
        c["tier"] = "diamond" if s >= 5000 else "gold" if s >= 1800 else "silver" if s >= 500 else "bronze"
        c["会员等级"] = TIER[c["tier"]]
        lt = last.get(c["customer_id"])
        c["segment"] = ("new" if c["signup_at"] >= datetime(2026, 1, 1) else
                        "vip" if c["tier"] == "diamond" else
                        "at_risk" if lt is None or lt < datetime(2026, 3, 1) else "returning")
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    tp_cols = ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"]
    write(out / "touchpoints.csv", [dict(zip(tp_cols, (t[0], t[1], t[1], t[2], *t[3:]))) for t in TOUCHPOINTS],
          tp_cols)
    jr = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
               touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])]
    write(out / "journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"])
    write(out / "customers.csv", customers, list(customers[0]))
    write(out / "events.csv", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action",
                                       "device", "channel", "booking_id", "venue", "门店", "city", "booking_type",
                                       "预订类型", "pc_tier", "配置档次", "seat_no", "hours_booked", "scan_attempts",
                                       "fault_type", "hours_added", "rating", "amount", "order_id", "app_version",
                                       "acquisition_channel"])
    write(out / "orders.csv", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device",
                                       "product_type", "booking_id", "booking_type", "预订类型", "venue", "门店",
                                       "pc_tier", "pay_method", "items", "bonus_amount", "currency", "cancelled_at",
                                       "refunded_at", "refund_reason"])
    write(out / "feedback.csv", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel",
                                           "rating", "venue", "门店", "booking_id", "booking_type", "预订类型", "pc_tier",
                                           "device", "app_version"])
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
