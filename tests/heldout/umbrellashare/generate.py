"""伞享 ShareBrella: umbrella-sharing cabinets (借伞柜) in metro stations and shopping malls of five cities, used
through a WeChat / Alipay mini program. A person notices a station (metro ad, mall poster, a friend's invite, an
Alipay search, or simply walking past one in the rain), opens the mini program and activates an account (开通: free of
deposit with WeChat Pay Score / Sesame Credit, or paying a 29 CNY deposit), scans a cabinet to borrow (sometimes the
cabinet fails to release an umbrella), takes the umbrella, may report it broken on the spot (the rental is then
refunded), returns it at the same or another station (a full cabinet rejects the return: 伞槽已满), is charged
2 CNY per started 12 hours (free for monthly-pass holders up to 24 h), or after 7 days without return is charged the
39 CNY buy-out (逾期买断). Commuters buy the 15 CNY monthly pass (月卡); deposit users may ask for their deposit back.
Events 2025-03-01 .. 2026-08-31 (the service launched on 2025-03-01; the extract was taken at the end of August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261223
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 3, 1), datetime(2026, 8, 31, 23, 59, 59)
N_CUST = 6000
FIRMWARE_BUG = (datetime(2025, 6, 10), datetime(2025, 7, 15))     # UB-1 firmware 2.4.0: motor jams
DEPOSIT_SLOW = (datetime(2026, 1, 5), datetime(2026, 3, 16))       # payment-provider migration: slow deposit refunds
FUTIAN = "S06"          # Shenzhen Futian hub: cabinet too small, return slots full at rush hour
TEEMALL = "S12"         # Guangzhou Teemall: bad umbrella batch 2024-B
NEW_STATION = "S17"     # Hangzhou Xixi InCity, opened 2026-06-15, 4G module keeps dropping

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现伞享", "Discover ShareBrella", "awareness", "ads", "physical", "marketing",
     "发现|看到伞柜|地铁广告|商场海报|好友邀请|路过|first seen|discover|found us|poster|ad"),
    ("tp_activate", "开通账户", "Account activated", "consideration", "mini_program", "digital", "growth",
     "开通|注册|授权|免押开通|交押金|实名|activate|activation|sign up|register|onboarding"),
    ("tp_scan", "扫码借伞", "Scan to borrow", "purchase", "mini_program", "digital", "product",
     "扫码|扫柜子|借伞|下单借伞|scan|scan to borrow|borrow request"),
    ("tp_borrow_fail", "出伞失败", "Dispense failed", "service", "mini_program", "physical", "hardware",
     "出伞失败|不出伞|柜子卡住|借不出来|dispense failed|no umbrella came out|cabinet jam"),
    ("tp_borrow", "取伞成功", "Umbrella taken", "service", "store", "physical", "hardware",
     "取伞|出伞|拿到伞|借到伞|dispensed|got umbrella|pick up"),
    ("tp_report_broken", "报修坏伞", "Broken umbrella reported", "service", "mini_program", "digital", "ops",
     "坏伞|报修|伞坏了|伞骨断|broken umbrella|report broken|damaged umbrella"),
    ("tp_return_fail", "还伞失败", "Return rejected", "service", "store", "physical", "hardware",
     "还伞失败|伞槽满|没位置还|还不进去|return failed|slots full|cannot return"),
    ("tp_return", "还伞成功", "Umbrella returned", "service", "store", "physical", "ops",
     "还伞|归还|异地还伞|return|returned|drop off"),
    ("tp_charge", "计费扣款", "Rental charged", "purchase", "mini_program", "digital", "finance",
     "扣款|计费|租金|收费|付款|charge|fee|billing|payment"),
    ("tp_overdue", "逾期买断", "Overdue buy-out", "service", "mini_program", "digital", "finance",
     "逾期|超时未还|买断|扣39|overdue|buy-out|buyout|not returned"),
    ("tp_pass_buy", "购买月卡", "Monthly pass bought", "loyalty", "mini_program", "digital", "growth",
     "月卡|包月|续卡|monthly pass|subscription|pass"),
    ("tp_refund_req", "申请退押金", "Deposit refund requested", "service", "mini_program", "digital", "finance",
     "退押金|申请退款|押金退回|deposit refund request|withdraw deposit"),
    ("tp_deposit_refund", "押金到账", "Deposit refunded", "service", "other", "digital", "finance",
     "押金到账|退款到账|deposit back|refund arrived|deposit refunded"),
    ("tp_rate", "评价服务", "Service rating", "loyalty", "mini_program", "digital", "cx",
     "评价|打分|评分|rate|rating|review|stars"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("onboarding", "新用户开通", "New user onboarding", ["tp_discover", "tp_activate", "tp_borrow"], 7),
    ("rental", "借还伞", "Borrow and return", ["tp_scan", "tp_borrow", "tp_return"], 7),
    ("pass", "月卡转化", "Monthly pass conversion", ["tp_return", "tp_pass_buy"], 30),
    ("deposit_refund", "退押金", "Deposit refund", ["tp_refund_req", "tp_deposit_refund"], 30),
]
CITIES = {  # en: zh, weight, rain prob by month (1..12)
    "Shanghai": ("上海", 0.30, [.30, .30, .35, .35, .35, .55, .40, .35, .30, .20, .20, .20]),
    "Shenzhen": ("深圳", 0.24, [.15, .20, .30, .40, .55, .60, .55, .55, .45, .20, .15, .10]),
    "Guangzhou": ("广州", 0.20, [.20, .25, .35, .45, .60, .60, .55, .55, .40, .20, .15, .15]),
    "Hangzhou": ("杭州", 0.15, [.30, .30, .35, .35, .40, .55, .35, .35, .30, .20, .25, .25]),
    "Chengdu": ("成都", 0.11, [.15, .15, .25, .35, .40, .45, .55, .50, .45, .35, .20, .15]),
}
STATIONS = [  # id, city, zh, en, type, cabinet model, opened
    ("S01", "Shanghai", "人民广场地铁站", "People's Square Metro", "metro", "UB-1", None),
    ("S02", "Shanghai", "徐家汇地铁站", "Xujiahui Metro", "metro", "UB-1", None),
    ("S03", "Shanghai", "陆家嘴地铁站", "Lujiazui Metro", "metro", "UB-3", None),
    ("S04", "Shanghai", "静安嘉里中心", "Jing'an Kerry Centre", "mall", "UB-3", None),
    ("S05", "Shanghai", "环球港", "Global Harbor", "mall", "UB-3", None),
    ("S06", "Shenzhen", "福田站", "Futian Hub", "metro", "UB-1", None),
    ("S07", "Shenzhen", "车公庙地铁站", "Chegongmiao Metro", "metro", "UB-3", None),
    ("S08", "Shenzhen", "万象天地", "MixC World", "mall", "UB-3", None),
    ("S09", "Shenzhen", "海岸城", "Coastal City", "mall", "UB-3", None),
    ("S10", "Guangzhou", "体育西路地铁站", "Tiyu Xilu Metro", "metro", "UB-1", None),
    ("S11", "Guangzhou", "珠江新城地铁站", "Zhujiang New Town Metro", "metro", "UB-3", None),
    ("S12", "Guangzhou", "天河城", "Teemall", "mall", "UB-3", None),
    ("S13", "Guangzhou", "正佳广场", "Grandview Mall", "mall", "UB-3", None),
    ("S14", "Hangzhou", "龙翔桥地铁站", "Longxiangqiao Metro", "metro", "UB-1", None),
    ("S15", "Hangzhou", "武林广场地铁站", "Wulin Square Metro", "metro", "UB-3", None),
    ("S16", "Hangzhou", "湖滨银泰", "Hubin Intime", "mall", "UB-3", None),
    ("S17", "Hangzhou", "西溪印象城", "Xixi InCity", "mall", "UB-3", datetime(2026, 6, 15)),
    ("S18", "Chengdu", "春熙路地铁站", "Chunxi Rd Metro", "metro", "UB-1", None),
    ("S19", "Chengdu", "天府广场地铁站", "Tianfu Square Metro", "metro", "UB-3", None),
    ("S20", "Chengdu", "太古里", "Taikoo Li", "mall", "UB-3", None),
    ("S21", "Chengdu", "成都IFS国金中心", "Chengdu IFS", "mall", "UB-3", None),
]
STATION = {s[0]: s for s in STATIONS}
TYPE_ZH = {"metro": "地铁站", "mall": "商场"}
CHANNELS = {  # id: zh, weight, p(activate | discover)
    "metro_ad": ("地铁广告", 0.26, 0.34), "mall_poster": ("商场海报", 0.18, 0.52),
    "friend_invite": ("好友邀请", 0.16, 0.82), "alipay_search": ("支付宝搜索", 0.12, 0.70),
    "rain_walkup": ("雨天路过扫码", 0.28, 0.88),
}
UTYPES = {  # id: zh, weight, p borrow on a rainy day, lifespan days (mean), median hours, overdue p, p metro home
    "commuter": ("通勤族", 0.38, 0.22, 260, 9.5, 0.010, 0.90),
    "shopper": ("逛街购物", 0.30, 0.10, 200, 2.5, 0.035, 0.15),
    "student": ("学生", 0.14, 0.15, 180, 6.0, 0.030, 0.60),
    "tourist": ("游客", 0.18, 0.60, 4, 20.0, 0.140, 0.50),
}
TIERS = {"bronze": "铜牌", "silver": "银牌", "gold": "金牌"}
WEATHER_ZH = {"rain": "小雨", "heavy_rain": "暴雨", "sunny": "晴", "cloudy": "多云"}
AGE_BANDS = ["18-24", "25-34", "35-44", "45-54", "55+"]
AGES = {"commuter": [.15, .45, .28, .10, .02], "shopper": [.20, .35, .25, .12, .08],
        "student": [.92, .08, 0, 0, 0], "tourist": [.22, .34, .22, .14, .08]}
APP_VERSIONS = [(datetime(2025, 3, 1), "1.2.0"), (datetime(2025, 6, 2), "1.3.0"), (datetime(2025, 11, 10), "1.4.0"),
                (datetime(2026, 4, 20), "1.5.0")]

TXT = {  # topic: (zh variants, en variants)
    "borrow_fail": (["扫码后柜子不出伞", "出伞失败，钱扣了却没拿到伞", "柜子咔咔响就是伞出不来", "连扫三次都出伞失败"],
                    ["scanned but the umbrella didn't come out", "the cabinet wouldn't release an umbrella",
                     "scanned twice and nothing came out, the umbrella didn't come out"]),
    "broken": (["伞骨断了一根", "拿到的伞是坏的，撑不开", "伞面破了个洞还漏水"],
               ["the umbrella had a broken rib", "the umbrella was broken and wouldn't open",
                "there was a hole in the canopy"]),
    "slot_full": (["还伞的时候伞槽满了", "柜子没有空位还不了伞，只能跑去下一站", "早高峰伞槽满了根本还不进去"],
                  ["all return slots were full", "there was no empty slot to return it",
                   "rush hour and all return slots were full again"]),
    "overcharge": (["明明还了伞还在计费", "还伞后又多扣了我一笔钱", "系统没识别到归还，还在计费"],
                   ["still charged me after I returned it", "I was overcharged even though I returned it on time",
                    "the app still charged me hours after I returned it"]),
    "overdue_fee": (["忘了还就直接扣了39块买断费", "超过7天被扣买断费也没提醒", "买断费太狠了，一点提醒都没有"],
                    ["I was charged the 39 yuan buyout without any reminder",
                     "forgot to return it and got hit with the buyout fee", "the buyout charge came with no warning"]),
    "deposit_slow": (["申请退押金好几天了还没到账", "押金退款太慢了，一周了", "退押金一直显示处理中"],
                     ["my deposit refund still hasn't arrived", "the deposit refund is taking forever",
                      "deposit refund stuck in processing for days"]),
    "convenient": (["下雨天救急太方便了", "地铁口就能借伞，很方便", "出站突然下雨，救急神器"],
                   ["saved me in the rain", "so convenient to grab one at the metro exit",
                    "really convenient when it suddenly pours"]),
    "pass_value": (["月卡很划算，天天通勤都用", "买了月卡借伞不花钱，值"],
                   ["the monthly pass is great value for my commute", "monthly pass pays for itself"]),
}
GEN = {
    "pos": (["好评", "体验不错，会继续用", "整体挺好的"], ["Good service", "Works well", "Nice experience overall"]),
    "neu": (["还行吧", "一般般", "凑合能用"], ["It's ok", "Average", "Nothing special"]),
    "neg": (["体验很差", "不会再用了", "客服也联系不上"], ["Terrible experience", "Won't use it again",
                                                "Customer service never answered"]),
}
TOPIC_TP = [("overcharge", "tp_charge"), ("borrow_fail", "tp_borrow_fail"), ("broken", "tp_report_broken"),
            ("slot_full", "tp_return_fail"), ("overdue_fee", "tp_overdue"), ("deposit_slow", "tp_deposit_refund"),
            ("pass_value", "tp_pass_buy"), ("convenient", "tp_rate")]
NEG_TOPICS = {"borrow_fail", "broken", "slot_full", "overcharge", "overdue_fee", "deposit_slow"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def app_version(t: datetime) -> str:
    v = APP_VERSIONS[0][1]
    for s, ver in APP_VERSIONS:
        if t >= s:
            v = ver
    return v


def open_stations(city, t):
    return [s for s in STATIONS if s[1] == city and (s[6] is None or s[6] <= t)]


N_DAYS = (END.date() - START.date()).days + 1
DAYS = [START + D(days=i) for i in range(N_DAYS)]
WEATHER = {}
for _city, (_zh, _w, _rain) in CITIES.items():
    p = np.array([_rain[d.month - 1] for d in DAYS])
    r = rng.random(N_DAYS)
    WEATHER[_city] = np.where(r < p * 0.25, "heavy_rain", np.where(r < p, "rain",
                              np.where(r < p + (1 - p) * 0.4, "cloudy", "sunny")))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_rt = 0

    def ev(self, c, t, tp, sid, action, rt=None, **kw):
        if t > END:
            return
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"], channel=c["platform"],
                   app_version=app_version(t))
        if rt:
            row.update(rt["common"])
        row.update(kw)
        self.events.append(row)

    def order(self, c, t, amount, otype, rental_id=None, rt=None, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"rental": "租金", "deposit": "押金", "monthly_pass": "月卡", "buyout": "逾期买断费"}[otype]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel=c["platform"], device=c["device"], order_type=otype, 订单类型=zh,
                   rental_id=rental_id, payment_method="wechat_pay" if c["platform"] == "wechat" else "alipay",
                   currency="CNY")
        if rt:
            for k in ("station_id", "station", "station_en", "station_type", "站点类型", "city", "城市"):
                row[k] = rt["common"][k]
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, rt=None, undated=False, gen=None,
           no_customer=False, tp=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if lang == "en":
            text = text[0].upper() + text[1:]
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        pos = not neg and (bool({"convenient", "pass_value"} & set(topics)) or gen == "pos")
        senti = "neg" if neg else ("pos" if pos else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, rental_id=rt["id"] if rt else None)
        if rt:
            for k in ("station_id", "station", "station_en", "station_type", "站点类型", "city", "城市"):
                row[k] = rt["common"][k]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        w = []
        for d in DAYS[:-10]:
            growth = 0.5 + 1.0 * (d - START).days / N_DAYS
            rainy = 1.0 + 0.6 * np.mean([CITIES[c][2][d.month - 1] for c in CITIES])
            w.append(growth * rainy)
        w = np.array(w)
        idx = np.sort(rng.choice(len(w), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = DAYS[k] + D(hours=float(rng.uniform(7, 22)))
            city = pick(list(CITIES), [x[1] for x in CITIES.values()])
            ut = pick(list(UTYPES), [x[1] for x in UTYPES.values()])
            stations = open_stations(city, t)
            metro = [s for s in stations if s[4] == "metro"]
            mall = [s for s in stations if s[4] == "mall"]
            pool = metro if rng.random() < UTYPES[ut][6] else mall
            if city == "Hangzhou" and STATION[NEW_STATION] in pool and rng.random() < 0.5:
                home = STATION[NEW_STATION]
            else:
                home = pool[int(rng.integers(len(pool)))]
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            if ut == "tourist" and rng.random() < 0.5:
                ch = "rain_walkup"
            en_share = {"Shanghai": 0.22, "Shenzhen": 0.18}.get(city, 0.06) + (0.25 if ut == "tourist" else 0)
            self.cust.append(dict(
                customer_id=f"U{i + 1:05d}", discover=t, city=city, home=home[0], utype=ut, channel=ch,
                age=pick(AGE_BANDS, AGES[ut]), gender=pick(["female", "male"], [0.52, 0.48]),
                device=pick(["ios", "android"], [0.48, 0.52]), platform=pick(["wechat", "alipay"], [0.62, 0.38]),
                en_share=en_share, lang="en" if rng.random() < en_share else "zh", rentals=0, activated=None,
                auth=None, first_borrow=None, last_rental=None, pass_until=None, spend=0.0, deposit_order=None))

    # ---------- one rental ----------
    def rental(self, c, t):
        city = c["city"]
        stations = open_stations(city, t)
        home = STATION[c["home"]]
        st = home if (rng.random() < 0.75 or home not in stations) else stations[int(rng.integers(len(stations)))]
        if home not in stations:
            st = stations[int(rng.integers(len(stations)))]
        self.n_rt += 1
        rid = f"R{self.n_rt:07d}"
        day = (t.date() - START.date()).days
        wx = str(WEATHER[city][day])
        common = dict(station_id=st[0], station=st[2], station_en=st[3], station_type=st[4], 站点类型=TYPE_ZH[st[4]],
                      city=city, 城市=CITIES[city][0], cabinet_model=st[5], weather=wx, 天气=WEATHER_ZH[wx],
                      user_type=c["utype"], auth_method=c["auth"])
        rt = dict(id=rid, common=common)
        self.ev(c, t, "tp_scan", rid, "scan", rt)
        c["last_rental"] = t
        # dispensing
        p_fail = 0.035
        err = "MOTOR_JAM"
        if st[5] == "UB-1" and FIRMWARE_BUG[0] <= t < FIRMWARE_BUG[1]:
            p_fail = 0.33
        if st[0] == NEW_STATION:
            p_fail, err = 0.42, "NETWORK_OFFLINE"
        tt = t
        failed = rng.random() < p_fail
        if failed:
            for _ in range(int(rng.geometric(0.6))):
                tt += D(seconds=float(rng.uniform(20, 90)))
                self.ev(c, tt, "tp_borrow_fail", rid, "fail", rt, error_code=err)
            if rng.random() < 0.35:                    # gave up, no charge
                if rng.random() < 0.3:
                    self.fb(c, tt + D(minutes=3), ["borrow_fail"], "ticket", rt=rt)
                return
            tt += D(seconds=float(rng.uniform(30, 180)))
            if rng.random() < 0.12:
                self.fb(c, tt + D(minutes=5), ["borrow_fail"], "ticket", rt=rt)
        else:
            tt += D(seconds=float(rng.uniform(5, 25)))
        umb_batch = "2024-B" if (st[0] == TEEMALL and rng.random() < 0.8) else pick(["2024-A", "2025-A"], [0.4, 0.6])
        self.ev(c, tt, "tp_borrow", rid, "dispense", rt, umbrella_id=f"UM{int(rng.integers(10000, 99999))}",
                umbrella_batch=umb_batch)
        c["rentals"] += 1
        if c["first_borrow"] is None:
            c["first_borrow"] = tt
        topics = []
        if failed:
            topics.append("borrow_fail")
        # broken umbrella
        p_broken = 0.16 if umb_batch == "2024-B" else 0.02
        if rng.random() < p_broken:
            t_b = tt + D(minutes=float(rng.uniform(0.5, 6)))
            self.ev(c, t_b, "tp_report_broken", rid, "report", rt,
                    damage=pick(["rib", "canopy", "handle"], [0.6, 0.25, 0.15]))
            t_r = t_b + D(minutes=float(rng.uniform(1, 5)))
            self.ev(c, t_r, "tp_return", rid, "return_broken", rt, return_station_id=st[0], return_station=st[2],
                    return_station_en=st[3], cross_station=False, hours=round((t_r - tt).total_seconds() / 3600, 3))
            self.ev(c, t_r + D(seconds=10), "tp_charge", rid, "waived", rt, amount=0)
            self.order(c, t_r + D(seconds=10), 2, "rental", rid, rt, status="refunded",
                       refunded_at=ts(t_r + D(minutes=30)), hours=0)
            if rng.random() < 0.35:
                self.fb(c, t_r + D(minutes=10), ["broken"] + topics, "ticket", rt=rt)
            if rng.random() < 0.4:
                self.rate(c, t_r, ["broken"] + topics, rt)
            return
        # duration
        u = UTYPES[c["utype"]]
        p_over = u[5] * (1.8 if c["auth"] == "deposit" else 1.0)
        if rng.random() < p_over:                       # never returned: buy-out after 7 days
            t_o = tt + D(days=7)
            self.ev(c, t_o, "tp_overdue", rid, "buyout", rt, amount=39)
            self.order(c, t_o, 39, "buyout", rid, rt, hours=168)
            c["spend"] += 39
            if rng.random() < 0.45:
                ch = "call_note" if rng.random() < 0.5 else "ticket"
                self.fb(c, t_o + D(hours=float(rng.uniform(1, 48))), ["overdue_fee"], ch, rt=rt,
                        undated=(ch == "call_note" and rng.random() < 0.4))
            c["last_rental"] = t_o
            return "overdue"
        hours = float(min(160, rng.lognormal(math.log(u[4]), 0.8)))
        t_ret = tt + D(hours=hours)
        # return station
        p_cross = {"commuter": 0.70, "student": 0.45, "tourist": 0.40, "shopper": 0.25}[c["utype"]]
        ret = st
        if rng.random() < p_cross:
            others = [s for s in open_stations(city, t_ret) if s[0] != st[0]]
            w = [3.0 if s[0] == FUTIAN else 1.0 for s in others]
            ret = pick(others, w)
        fail_rt = None
        rf_fail = 0.02
        rush = t_ret.hour in (7, 8, 9, 17, 18, 19) and t_ret.weekday() < 5
        if ret[0] == FUTIAN:
            rf_fail = 0.45 if rush else 0.12
        overcharged = False
        if rng.random() < rf_fail:
            fail_rt = dict(id=rid, common=dict(common, station_id=ret[0], station=ret[2], station_en=ret[3],
                                               station_type=ret[4], 站点类型=TYPE_ZH[ret[4]], cabinet_model=ret[5]))
            self.ev(c, t_ret, "tp_return_fail", rid, "slot_full", fail_rt, error_code="SLOT_FULL",
                    return_station_id=ret[0], return_station=ret[2], return_station_en=ret[3])
            topics.append("slot_full")
            others = [s for s in open_stations(city, t_ret) if s[0] != ret[0]]
            if rng.random() < 0.65:
                ret = others[int(rng.integers(len(others)))]
                t_ret += D(minutes=float(rng.uniform(8, 35)))
            else:
                t_ret += D(minutes=float(rng.uniform(4, 20)))
            if rng.random() < 0.3:
                overcharged = True
                topics.append("overcharge")
        hours = (t_ret - tt).total_seconds() / 3600
        self.ev(c, t_ret, "tp_return", rid, "return", rt, return_station_id=ret[0], return_station=ret[2],
                return_station_en=ret[3], cross_station=ret[0] != st[0], hours=round(hours, 3))
        if c["pass_until"] and t <= c["pass_until"] and hours <= 24:
            fee = 0
        else:
            fee = 2 * math.ceil(hours / 12)
        if overcharged:
            extra = 2 * int(rng.integers(1, 4))
            fee += extra
        self.ev(c, t_ret + D(seconds=8), "tp_charge", rid, "charge" if fee else "pass_free", rt, amount=fee)
        if fee:
            o = self.order(c, t_ret + D(seconds=8), fee, "rental", rid, rt, hours=round(hours, 2))
            c["spend"] += fee
            if overcharged and o is not None and rng.random() < 0.7:
                o["status"] = "refunded"
                o["refunded_at"] = ts(t_ret + D(days=float(rng.uniform(0.5, 3))))
                c["spend"] -= fee
        c["last_rental"] = t_ret
        if overcharged and rng.random() < 0.5:
            self.fb(c, t_ret + D(hours=float(rng.uniform(1, 30))), ["overcharge"], "ticket", rt=fail_rt)
        elif "slot_full" in topics and rng.random() < 0.15:
            self.fb(c, t_ret + D(minutes=20), ["slot_full"], "ticket", rt=fail_rt)
        fb_rt = fail_rt or rt           # comments about a rejected return are filed under that station
        bad = bool(set(topics) & NEG_TOPICS)
        if not bad and rng.random() < (0.55 if wx == "heavy_rain" else 0.3):
            topics.append("convenient")
        if c["pass_until"] and t <= c["pass_until"] and not bad and rng.random() < 0.15:
            topics.append("pass_value")
        if rng.random() < (0.45 if bad else 0.12):
            self.rate(c, t_ret, topics, fb_rt)
        if rng.random() < 0.025:
            nps = int(np.clip(round(rng.normal(8.3 - 3.2 * bad, 1.5)), 0, 10))
            self.fb(c, t_ret + D(days=1, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.6 else [],
                    "survey", nps=nps, rt=fb_rt, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if bad and rng.random() < 0.05:
            self.fb(c, t_ret + D(hours=float(rng.uniform(1, 72))), [k for k in topics if k in NEG_TOPICS],
                    "social", rt=fb_rt, undated=rng.random() < 0.5, no_customer=rng.random() < 0.4)
        return t_ret

    def rate(self, c, t, topics, rt):
        stars = float(pick([5, 4, 3, 2], [0.50, 0.34, 0.11, 0.05]))
        pen = {"borrow_fail": 2.0, "broken": 2.2, "slot_full": 1.6, "overcharge": 2.6}
        for k in topics:
            stars -= pen.get(k, 0.0)
        if "convenient" in topics and rng.random() < 0.7:
            stars = max(stars, 5.0)
        stars = float(min(5, max(1, round(stars))))
        t_r = t + D(minutes=float(rng.lognormal(math.log(40), 1.0)))
        self.ev(c, t_r, "tp_rate", rt["id"], "rate", rt, stars=stars)
        gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
        self.fb(c, t_r, topics, "mini_program_review", rating=stars, rt=rt, gen=gen)

    # ---------- simulation ----------
    def run(self):
        for c in self.cust:
            self.ev(c, c["discover"], "tp_discover", None, "view", channel=c["channel"])
            if rng.random() > CHANNELS[c["channel"]][2]:
                continue
            t_act = c["discover"] + D(minutes=float(min(60 * 24 * 6, rng.exponential(90) + 1)))
            if rng.random() < 0.05:
                t_act = c["discover"] + D(days=float(rng.uniform(8, 30)))
            if t_act > END:
                continue
            auth = "credit_free" if rng.random() < 0.72 else "deposit"
            c["auth"], c["activated"] = auth, t_act
            self.ev(c, t_act, "tp_activate", None, "activate", auth_method=auth,
                    开通方式="免押金" if auth == "credit_free" else "交押金")
            if auth == "deposit":
                c["deposit_order"] = self.order(c, t_act + D(seconds=20), 29, "deposit")
            # first borrow: usually right away (it is raining), else on a later rainy day
            u = UTYPES[c["utype"]]
            if rng.random() < 0.82:
                t = t_act + D(minutes=float(rng.uniform(1, 8)))
            elif rng.random() < 0.6:
                t = t_act + D(days=float(rng.uniform(1, 20)))
            else:
                continue
            life_end = t + D(days=float(rng.exponential(u[3]) + 1))
            if c["utype"] == "tourist":
                life_end = t + D(days=float(rng.uniform(1, 5)))
            bought_pass = False
            res = self.rental(c, t) if t <= END else None
            day0 = (t.date() - START.date()).days + 1
            last = min(N_DAYS, (life_end.date() - START.date()).days + 1)
            if day0 >= last:
                self.deposit_refund(c)
                continue
            wx = WEATHER[c["city"]][day0:last]
            sunny_summer = np.array([DAYS[i].month in (6, 7, 8, 9) for i in range(day0, last)])
            p = np.where(np.isin(wx, ["rain", "heavy_rain"]), u[2] * np.where(wx == "heavy_rain", 1.5, 1.0),
                         np.where(sunny_summer & (wx == "sunny"), u[2] * 0.12, u[2] * 0.02))
            hit = np.nonzero(rng.random(len(p)) < p)[0]
            free_at = res if isinstance(res, datetime) else t
            for i in hit:
                d = DAYS[day0 + i]
                if c["utype"] == "commuter":
                    hr = float(rng.uniform(7, 9.5)) if rng.random() < 0.6 else float(rng.uniform(17, 20))
                else:
                    hr = float(rng.uniform(10, 21))
                tt = d + D(hours=hr)
                if tt <= free_at or tt > END:
                    continue
                # monthly pass (bought from the app, mostly by commuters after a few rentals)
                if c["utype"] in ("commuter", "student") and c["rentals"] >= 3:
                    if c["pass_until"] is None and not bought_pass:
                        if rng.random() < (0.12 if c["utype"] == "commuter" else 0.04):
                            self.buy_pass(c, tt - D(minutes=float(rng.uniform(2, 600))))
                            bought_pass = True
                    elif c["pass_until"] is not None and tt > c["pass_until"] and rng.random() < 0.65:
                        self.buy_pass(c, tt - D(minutes=float(rng.uniform(1, 30))))
                elif c["utype"] == "shopper" and c["rentals"] >= 3 and c["pass_until"] is None and not bought_pass:
                    if rng.random() < 0.01:
                        self.buy_pass(c, tt - D(minutes=float(rng.uniform(2, 600))))
                        bought_pass = True
                res = self.rental(c, tt)
                free_at = res if isinstance(res, datetime) else tt + D(hours=2)
                if res == "overdue":
                    free_at = tt + D(days=7)
                    if rng.random() < 0.5:
                        break
            self.deposit_refund(c)

    def buy_pass(self, c, t):
        if t > END:
            return
        self.ev(c, t, "tp_pass_buy", None, "buy", amount=15, pass_type="30_day", 月卡类型="30天月卡")
        o = self.order(c, t, 15, "monthly_pass", pass_type="30_day")
        if o is not None and rng.random() < 0.03:
            o["status"] = "refunded"
            o["refunded_at"] = ts(t + D(days=float(rng.uniform(0.2, 2))))
        else:
            c["spend"] += 15
        c["pass_until"] = t + D(days=30)

    def deposit_refund(self, c):
        if c["auth"] != "deposit" or c["last_rental"] is None or rng.random() > 0.55:
            return
        t_q = c["last_rental"] + D(days=float(rng.uniform(0.5, 40)))
        if t_q > END:
            return
        self.ev(c, t_q, "tp_refund_req", None, "request", amount=29)
        if DEPOSIT_SLOW[0] <= t_q < DEPOSIT_SLOW[1]:
            delay = D(days=float(rng.lognormal(math.log(4.5), 0.4)))
            p_fb = 0.55
        else:
            delay = D(hours=float(rng.lognormal(math.log(3), 0.7)))
            p_fb = 0.02
        t_r = t_q + delay
        self.ev(c, t_r, "tp_deposit_refund", None, "refunded", amount=29)
        o = c["deposit_order"]
        if o is not None and t_r <= END:
            o["status"] = "refunded"
            o["refunded_at"] = ts(t_r)
        if rng.random() < p_fb:
            ch = pick(["ticket", "call_note", "social"], [0.5, 0.3, 0.2])
            self.fb(c, t_q + delay * float(rng.uniform(0.4, 0.9)), ["deposit_slow"], ch,
                    undated=(ch != "ticket" and rng.random() < 0.45), no_customer=(ch == "social" and rng.random() < 0.4))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            n = c["rentals"]
            tier = "gold" if n >= 25 else "silver" if n >= 8 else "bronze"
            if c["first_borrow"] is None:
                seg = "prospect"
            elif c["first_borrow"] >= datetime(2026, 6, 1):
                seg = "new"
            elif c["last_rental"] < datetime(2026, 3, 1):
                seg = "at_risk"
            elif n >= 20:
                seg = "loyal"
            elif n >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            rows.append(dict(
                customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                城市=CITIES[c["city"]][0], acquisition_channel=c["channel"], 获客渠道=CHANNELS[c["channel"]][0],
                tier=tier, 会员等级=TIERS[tier], user_type=c["utype"], 用户类型=UTYPES[c["utype"]][0],
                auth_method=c["auth"], 开通方式={"credit_free": "免押金", "deposit": "交押金", None: None}[c["auth"]],
                platform=c["platform"], phone_os=c["device"], home_station_id=c["home"], age_band=c["age"],
                gender=c["gender"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "station_id", "station", "station_en", "station_type", "站点类型", "city", "城市",
           "cabinet_model", "weather", "天气", "user_type", "auth_method", "开通方式", "error_code", "umbrella_id",
           "umbrella_batch", "damage", "return_station_id", "return_station", "return_station_en", "cross_station",
           "hours", "amount", "pass_type", "月卡类型", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "rental_id", "station_id", "station", "station_en", "station_type", "站点类型", "city", "城市",
            "payment_method", "hours", "pass_type", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "rental_id", "station_id", "station", "station_en", "station_type", "站点类型", "city", "城市"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "user_type", "用户类型", "auth_method", "开通方式", "platform", "phone_os", "home_station_id",
             "age_band", "gender", "preferred_language"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.customers()
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
    dup_idx = rng.choice(len(ev), size=30, replace=False)            # the cabinet gateway re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, rentals {g.n_rt}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
