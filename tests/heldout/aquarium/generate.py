"""水族坊 AquaHaven: eight aquarium fish & tank shops (水族店) in Shanghai, Shenzhen, Hangzhou and Suzhou that sell
livestock (tropical fish, marine fish, coral, shrimp, goldfish / koi), aquatic plants (水草) and equipment (tanks,
filters, lights), deliver live fish, set up tanks at home (上门开缸), test water (水质检测), run monthly maintenance plans
(包月维护) and honour a 7-day livestock guarantee (7天包活: dead-on-arrival or died within 7 days -> replacement or
refund).

A customer finds us (Xiaohongshu / Dianping / Douyin / a friend / walking past), asks our staff for advice in the
WeChat mini program or in the shop (咨询选鱼), places an order (a basket), pays, picks it up or gets it delivered
(闪送 on-demand courier, our own van, or SF cold chain), may book a tank set-up visit, gets a water test 7 days after
set-up, may sign a maintenance plan (monthly technician visits, billed monthly), files guarantee claims when fish die,
rates the purchase and comes back to buy again.
Data 2025-01-01 .. 2026-06-30 (the extract was taken at the end of June 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261223), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261223
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 6000
HEAT = (datetime(2025, 7, 1), datetime(2025, 9, 1))          # heat wave: 闪送 bags cook in the sun
ICH = (datetime(2026, 3, 1), datetime(2026, 4, 16))          # Futian quarantine tank heater broke: ich batch
SUZHOU_OPEN = datetime(2025, 9, 1)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现水族坊", "Discover AquaHaven", "awareness", "social", "digital", "marketing",
     "发现|刷到|种草|小红书看到|点评搜到|路过|discover|found us|first visit"),
    ("tp_consult", "咨询选鱼", "Fish & tank consultation", "consideration", "mini_program", "digital", "sales",
     "咨询|问店员|选鱼|问混养|consult|advice|asked staff|which fish"),
    ("tp_order", "下单", "Order placed", "purchase", "mini_program", "digital", "sales",
     "下单|加购|开单|order|basket|checkout"),
    ("tp_pay", "支付", "Payment", "purchase", "mini_program", "digital", "finance",
     "支付|付款|买单|pay|payment|paid"),
    ("tp_dispatch", "活体发货", "Dispatched", "service", "other", "physical", "logistics",
     "发货|打包|出库|dispatch|shipped|packed"),
    ("tp_delivered", "送达验鱼", "Delivered & checked", "service", "other", "physical", "logistics",
     "送达|到货|收货|验鱼|配送|delivery|delivered|arrived|dead on arrival|DOA"),
    ("tp_setup_book", "预约开缸", "Set-up booked", "purchase", "mini_program", "digital", "service",
     "预约开缸|约师傅|book setup|setup booking"),
    ("tp_setup_visit", "上门开缸", "Tank set-up visit", "service", "store", "physical", "service",
     "开缸|上门开缸|造景|布缸|tank setup|setup visit|aquascaping"),
    ("tp_water_test", "水质检测", "Water test", "service", "store", "physical", "service",
     "水质检测|测水|氨氮|亚硝酸盐|水发白|water test|ammonia|nitrite|water quality"),
    ("tp_maint_signup", "签约维护套餐", "Maintenance plan signed", "loyalty", "mini_program", "digital", "service",
     "包月维护|维护套餐|签约|maintenance plan|monthly plan|subscription"),
    ("tp_maint_visit", "上门维护", "Maintenance visit", "service", "store", "physical", "service",
     "上门维护|换水|洗缸|清洗过滤|maintenance visit|water change|tank cleaning"),
    ("tp_maint_cancel", "退订维护", "Maintenance plan cancelled", "loyalty", "mini_program", "digital", "service",
     "退订|不续了|取消套餐|cancel plan|churn"),
    ("tp_claim", "包活理赔申请", "Guarantee claim filed", "service", "mini_program", "digital", "customer_service",
     "包活|理赔|死鱼|售后|guarantee|claim|dead fish|livestock guarantee"),
    ("tp_claim_done", "理赔完成", "Claim resolved", "service", "mini_program", "digital", "customer_service",
     "补发|退款|理赔结果|replacement|refund|claim resolved"),
    ("tp_rate", "评价", "Rating", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|晒单|rate|rating|review|stars"),
    ("tp_repurchase", "再次购买", "Repeat purchase", "loyalty", "mini_program", "digital", "crm",
     "回购|复购|再来买|补鱼|repeat purchase|came back|rebuy"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("purchase", "选购下单", "Purchase", ["tp_discover", "tp_consult", "tp_order", "tp_pay"], 14),
    ("delivery", "活体配送", "Live delivery", ["tp_pay", "tp_dispatch", "tp_delivered"], 3),
    ("setup", "开缸服务", "Tank set-up", ["tp_setup_book", "tp_setup_visit", "tp_water_test", "tp_maint_signup"], 45),
    ("claim", "包活理赔", "Guarantee claim", ["tp_claim", "tp_claim_done"], 14),
    ("repurchase", "回购", "Repeat purchase", ["tp_pay", "tp_repurchase"], 90),
]
STORES = [  # id, city, zh, en, opened, weight
    ("S01", "Shanghai", "上海徐汇店", "Shanghai Xuhui", None, 1.5),
    ("S02", "Shanghai", "上海静安店", "Shanghai Jing'an", None, 1.0),
    ("S03", "Shanghai", "上海浦东店", "Shanghai Pudong", None, 1.1),
    ("S04", "Shenzhen", "深圳福田店", "Shenzhen Futian", None, 1.3),
    ("S05", "Shenzhen", "深圳南山店", "Shenzhen Nanshan", None, 1.0),
    ("S06", "Hangzhou", "杭州西湖店", "Hangzhou West Lake", None, 1.1),
    ("S07", "Hangzhou", "杭州滨江店", "Hangzhou Binjiang", None, 0.9),
    ("S08", "Suzhou", "苏州园区店", "Suzhou SIP", SUZHOU_OPEN, 1.0),
]
STORE = {s[0]: s for s in STORES}
CITIES = {"Shanghai": ("上海", 0.42), "Shenzhen": ("深圳", 0.26), "Hangzhou": ("杭州", 0.22), "Suzhou": ("苏州", 0.10)}
CHANNELS = {  # en: zh, weight, p(consult | discover), p(order | consult)
    "xiaohongshu": ("小红书", 0.33, 0.62, 0.38), "dianping": ("大众点评", 0.20, 0.80, 0.66),
    "douyin": ("抖音", 0.17, 0.70, 0.50), "friend": ("朋友推荐", 0.15, 0.92, 0.86),
    "walk_in": ("路过进店", 0.15, 0.95, 0.74)}
KEEPERS = {  # en: zh, weight, category probs (freshwater, marine, coral, shrimp, goldfish), p(tank on first basket),
    #          p(return), mean gap days
    "beginner": ("新手入坑", 0.34, (0.70, 0.02, 0.00, 0.10, 0.18), 0.70, 0.50, 45),
    "planted": ("水草玩家", 0.26, (0.72, 0.00, 0.00, 0.28, 0.00), 0.35, 0.72, 30),
    "reef": ("海水玩家", 0.16, (0.00, 0.55, 0.45, 0.00, 0.00), 0.45, 0.74, 28),
    "goldfish_koi": ("金鱼锦鲤", 0.24, (0.05, 0.00, 0.00, 0.00, 0.95), 0.30, 0.58, 40),
}
CATS = ["freshwater", "marine", "coral", "shrimp", "goldfish"]
CAT_ZH = {"freshwater": "淡水热带鱼", "marine": "海水鱼", "coral": "珊瑚", "shrimp": "观赏虾", "goldfish": "金鱼锦鲤"}
CAT_PRICE = {"freshwater": (60, 400), "marine": (300, 1600), "coral": (200, 1400), "shrimp": (40, 260),
             "goldfish": (80, 900)}
CAT_DIE7 = {"freshwater": 0.035, "marine": 0.11, "coral": 0.13, "shrimp": 0.06, "goldfish": 0.045}
COURIERS = {"flash": ("闪送", 15), "van": ("自营车队", 30), "sf_coldchain": ("顺丰冷链", 25)}
OTYPE_ZH = {"livestock": "活体", "plants": "水草", "equipment": "器材", "setup_service": "开缸服务费",
            "maintenance_plan": "维护套餐", "delivery_fee": "配送费"}
PLANS = {"basic": ("基础月护", 299), "premium": ("精品月护", 599)}
TIERS = {"regular": "普通会员", "silver": "银鳞会员", "gold": "金鳞会员", "dragon": "龙鱼会员"}
TESTRES = {"pass": "合格", "ammonia_high": "氨氮超标", "nitrite_high": "亚硝酸盐超标"}
CLAIMR = {"doa": "到货死亡", "died_7d": "7天内死亡", "ich": "白点病"}
RESOL = {"replace": "补发", "refund": "退款", "rejected": "驳回"}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "doa": (["到货的时候鱼已经翻肚了", "袋子里的水烫手，到货死了一半", "快递送来的时候好几条已经死了", "开袋就是死鱼，到货死亡太多了"],
            ["the fish were dead on arrival", "bag water was hot and half the fish arrived dead",
             "opened the bag and found dead fish, DOA again"]),
    "ich": (["买回来三天就全身白点", "白点病传染了整缸", "鱼身上长白点，店里说是白点病"],
            ["white spots all over the fish after three days, ich", "brought ich home and it spread to my whole tank"]),
    "cloudy": (["开缸一周水发白", "水发白还有异味，鱼都浮头", "测出来氨氮超标，师傅当天就让放鱼"],
               ["water went cloudy a week after setup", "ammonia spiked after the setup and the fish were gasping",
                "cloudy water and an ammonia spike right after they set up the tank"]),
    "claim_slow": (["包活理赔等了一个多星期", "补发的鱼迟迟不到，理赔太慢", "申请包活好几天没人理"],
                   ["the guarantee claim took over a week", "still waiting for my replacement fish, the claim is so slow"]),
    "late_tech": (["维护师傅又迟到了", "约好上午来换水，师傅迟到两个小时"],
                  ["the maintenance tech showed up late again", "tech was two hours late for the water change"]),
    "pricey": (["水草比网上贵太多", "器材价格比网上贵一截"],
               ["plants cost way more than online", "equipment is overpriced compared to online shops"]),
    "expert": (["师傅很专业，讲得很细", "店员很专业，混养搭配讲得清清楚楚", "师傅专业又耐心"],
               ["the technician really knows his stuff", "staff gave really expert advice on tank mates"]),
    "healthy": (["鱼很精神，状态很好", "买的鱼都很健康，活蹦乱跳"],
                ["fish are healthy and active", "very healthy livestock, all doing great"]),
    "scape": (["造景太漂亮了", "水草缸造景很有层次，朋友都说好看"],
              ["the aquascape looks amazing", "beautiful aquascape, friends love it"]),
}
GEN = {
    "pos": (["整体满意", "下次还来", "推荐给鱼友了", "服务不错"], ["overall happy", "will come back", "recommended to friends"]),
    "neu": (["还行吧", "一般般", "中规中矩"], ["it was ok", "average experience", "nothing special"]),
    "neg": (["不会再来了", "体验很差", "太失望了"], ["won't come back", "really disappointed", "poor experience"]),
}
NEG_TOPICS = {"doa", "ich", "cloudy", "claim_slow", "late_tech", "pricey"}
TOPIC_TP = [("doa", "tp_delivered"), ("ich", "tp_claim"), ("claim_slow", "tp_claim_done"), ("cloudy", "tp_water_test"),
            ("late_tech", "tp_maint_visit"), ("pricey", "tp_order"), ("scape", "tp_setup_visit"),
            ("expert", "tp_consult"), ("healthy", "tp_delivered")]


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, w):
    w = np.asarray(w, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    if datetime(2025, 1, 10) <= d < datetime(2025, 2, 5) or datetime(2026, 1, 28) <= d < datetime(2026, 2, 22):
        return 1.9                                   # 年年有鱼: goldfish / koi before Spring Festival
    if d.month in (7, 8):
        return 0.8                                   # hot summer: hobbyists wait
    if d.month in (4, 5, 10):
        return 1.2                                   # spring / autumn: best season to start a tank
    return 1.0


def open_stores(city, t):
    return [s for s in STORES if s[1] == city and (s[4] is None or s[4] <= t)]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_bk = self.n_plan = 0

    def ev(self, c, t, tp, sid, action, common=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"] if tp not in (
                       "tp_dispatch", "tp_delivered", "tp_setup_visit", "tp_water_test", "tp_maint_visit") else None)
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, bid, common, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(float(amount), 2),
                   status=status, channel="mini_program" if common.get("fulfilment") == "delivery" else "store",
                   device=c["device"], order_type=otype, 订单类型=OTYPE_ZH[otype], basket_id=bid)
        for k in ("store_id", "store", "store_en", "store_city", "门店城市", "category", "品类"):
            row[k] = common.get(k)
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, common=None, undated=False, gen=None, no_customer=False,
           sid=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if (gen == "pos" or set(topics) & {"expert", "healthy", "scape"}) else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, basket_id=sid)
        if common:
            for k in ("store_id", "store", "store_en", "store_city", "门店城市"):
                row[k] = common.get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 6, 25):
            days.append((d, (0.6 + 0.8 * (d - START).days / 540) * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(9, 22)))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            if city == "Suzhou" and t < SUZHOU_OPEN:
                city = "Shanghai"
            stores = open_stores(city, t)
            home = pick(stores, [s[5] for s in stores])
            keeper = pick(list(KEEPERS), [v[1] for v in KEEPERS.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            en_share = 0.22 if city in ("Shanghai", "Shenzhen") else 0.06
            self.cust.append(dict(customer_id=f"C{i + 1:05d}", discover=t, city=city, home=home[0], keeper=keeper,
                                  channel=ch, device=pick(["ios", "android"], [0.52, 0.48]), en_share=en_share,
                                  lang="en" if rng.random() < en_share else "zh",
                                  age=pick(["18-25", "26-35", "36-45", "46-55", "56+"], [0.16, 0.38, 0.27, 0.13, 0.06]),
                                  spend=0.0, baskets=0, last=None, first_pay=None, plan=None, tank_l=None))

    # ---------- one basket ----------
    def basket(self, c, t0, n_prev):
        k = KEEPERS[c["keeper"]]
        stores = open_stores(c["city"], t0)
        store = STORE[c["home"]] if (rng.random() < 0.88 or len(stores) == 1) else stores[int(rng.integers(len(stores)))]
        self.n_bk += 1
        bid = f"AB{self.n_bk:06d}"
        cat = pick(CATS, k[2])
        if c["keeper"] == "goldfish_koi" or (season(t0) > 1.5 and rng.random() < 0.4):
            cat = "goldfish" if rng.random() < 0.9 else cat
        fulfil = "delivery" if rng.random() < (0.62 if n_prev == 0 else 0.55) else "pickup"
        courier = None
        if fulfil == "delivery":
            courier = pick(list(COURIERS), [0.45, 0.37, 0.18] if store[1] != "Suzhou" else [0.25, 0.15, 0.60])
        has_tank = n_prev == 0 and rng.random() < k[3]
        tank_l = None
        if has_tank:
            tank_l = int(pick([40, 60, 90, 120, 200, 300], [0.18, 0.25, 0.22, 0.17, 0.12, 0.06]))
            c["tank_l"] = tank_l
        common = dict(store_id=store[0], store=store[2], store_en=store[3], store_city=store[1],
                      门店城市=CITIES[store[1]][0], fulfilment=fulfil, 取货方式="配送" if fulfil == "delivery" else "到店自提",
                      category=cat, 品类=CAT_ZH[cat], courier=courier, 配送方式=COURIERS[courier][0] if courier else None)
        t = t0
        if n_prev > 0:
            self.ev(c, t, "tp_repurchase", bid, "rebuy", common)
            t += D(minutes=float(rng.uniform(1, 20)))
        self.ev(c, t, "tp_order", bid, "submit", common)
        lines = [("livestock", float(rng.integers(*CAT_PRICE[cat])))]
        if c["keeper"] == "planted" or rng.random() < 0.25:
            lines.append(("plants", float(rng.integers(60, 420))))
        if has_tank:
            lines.append(("equipment", float(tank_l * rng.uniform(9, 16) + rng.integers(200, 900))))
        elif rng.random() < 0.3:
            lines.append(("equipment", float(rng.integers(60, 800))))
        if fulfil == "delivery":
            lines.append(("delivery_fee", float(COURIERS[courier][1])))
        if rng.random() > (0.86 if n_prev == 0 else 0.93):          # cart abandoned: unpaid orders cancelled
            t_c = t + D(hours=float(rng.uniform(2, 48)))
            for ot, amt in lines:
                self.order(c, t, amt, ot, bid, common, status="cancelled", cancelled_at=ts(t_c))
            return None
        t_pay = t + D(minutes=float(rng.uniform(1, 30)))
        if not self.ev(c, t_pay, "tp_pay", bid, "success", common,
                       payment_method=pick(["wechat_pay", "alipay", "member_balance"], [0.66, 0.22, 0.12]),
                       amount=round(sum(a for _, a in lines), 2)):
            return None
        if c["first_pay"] is None:
            c["first_pay"] = t_pay
        orders = {}
        for ot, amt in lines:
            orders[ot] = self.order(c, t_pay, amt, ot, bid, common)
        c["spend"] += sum(a for _, a in lines)
        bad = set()
        # ---- fulfilment
        doa = False
        if fulfil == "delivery":
            t_d = t_pay + D(minutes=float(rng.uniform(20, 240)))
            self.ev(c, t_d, "tp_dispatch", bid, "dispatched", common)
            mins = {"flash": rng.lognormal(np.log(50), 0.3), "van": rng.lognormal(np.log(130), 0.3),
                    "sf_coldchain": rng.lognormal(np.log(1150), 0.2)}[courier]
            hot = HEAT[0] <= t_d < HEAT[1]
            p_doa = {"flash": 0.22 if hot else 0.04, "van": 0.03 if hot else 0.02,
                     "sf_coldchain": 0.06 if hot else 0.04}[courier]
            if cat in ("marine", "coral"):
                p_doa *= 1.5
            doa = rng.random() < p_doa
            t_arr = t_d + D(minutes=float(mins))
            temp = round(float(rng.normal(31.5 if hot and courier == "flash" else (27 if hot else 24), 1.2)), 1)
            self.ev(c, t_arr, "tp_delivered", bid, "delivered_doa" if doa else "delivered", common,
                    delivery_minutes=round(float(mins), 1), bag_temp_c=temp,
                    arrival_check="dead_on_arrival" if doa else "ok", 验鱼结果="到货死亡" if doa else "正常")
            t_home = t_arr
        else:
            t_home = t_pay + D(minutes=float(rng.uniform(10, 40)))
        # ---- set-up
        test_fail = False
        if has_tank and rng.random() < 0.72:
            t_b = t_pay + D(minutes=float(rng.uniform(2, 30)))
            self.ev(c, t_b, "tp_setup_book", bid, "submit", common, tank_size_l=tank_l)
            fee = 399 if tank_l <= 90 else 699
            self.order(c, t_b, fee, "setup_service", bid, common, tank_size_l=tank_l)
            c["spend"] += fee
            t_v = t_b + D(days=float(rng.uniform(1, 5)))
            t_v = datetime(t_v.year, t_v.month, t_v.day) + D(hours=float(rng.uniform(9, 18)))
            hz = store[1] == "Hangzhou"
            team = f"{store[0]}-T{int(rng.integers(1, 3))}"
            self.ev(c, t_v, "tp_setup_visit", bid, "done", common, tank_size_l=tank_l, tech_team=team,
                    fish_in_same_day=bool(hz and rng.random() < 0.85 or rng.random() < 0.1),
                    visit_hours=round(float(rng.uniform(1.5, 4.5)), 1))
            t_w = t_v + D(days=float(rng.uniform(6, 9)))
            if rng.random() < 0.9:
                test_fail = rng.random() < (0.42 if hz else 0.10)
                res = ("ammonia_high" if rng.random() < 0.65 else "nitrite_high") if test_fail else "pass"
                self.ev(c, t_w, "tp_water_test", bid, "fail" if test_fail else "pass", common, tank_size_l=tank_l,
                        test_source="post_setup", 检测来源="开缸复检", test_result=res, 检测结果=TESTRES[res],
                        ammonia_ppm=round(float(rng.uniform(0.6, 2.0) if res == "ammonia_high" else rng.uniform(0, 0.2)), 2),
                        nitrite_ppm=round(float(rng.uniform(0.6, 1.8) if res == "nitrite_high" else rng.uniform(0, 0.2)), 2),
                        ph=round(float(rng.normal(7.0, 0.3)), 1))
                if test_fail:
                    bad.add("cloudy")
                # maintenance plan
                p_plan = 0.55 if not test_fail else 0.22
                if rng.random() < p_plan:
                    t_s = t_w + D(days=float(rng.exponential(6) + 0.2))
                    self.plan(c, t_s, store, common)
            else:
                t_w = t_v
        # ---- guarantee: died within 7 days
        p_die = CAT_DIE7[cat]
        if store[0] == "S04" and ICH[0] <= t_pay < ICH[1]:
            p_die = max(p_die, 0.30)
        if store[0] == "S08" and t_pay < datetime(2026, 1, 1):
            p_die = max(p_die, 0.26)
        if test_fail:
            p_die += 0.35
        if c["plan"] is not None:
            p_die *= 0.5
        died = (not doa) and rng.random() < p_die
        claim = None
        if doa and rng.random() < 0.92:
            claim = ("doa", t_home + D(minutes=float(rng.uniform(5, 90))))
        elif died and rng.random() < 0.8:
            reason = "ich" if (store[0] == "S04" and ICH[0] <= t_pay < ICH[1] and rng.random() < 0.8) else "died_7d"
            claim = (reason, t_home + D(days=float(rng.uniform(1, 7))))
        if doa or died:
            bad.add("doa" if doa else ("ich" if claim and claim[0] == "ich" else "died"))
        if claim:
            reason, t_cl = claim
            self.ev(c, t_cl, "tp_claim", bid, "submit", common, claim_reason=reason, 理赔原因=CLAIMR[reason])
            res = pick(["replace", "refund", "rejected"], [0.55, 0.38, 0.07])
            slow = cat in ("marine", "coral") and res == "replace"
            days = float(rng.lognormal(np.log(5.5 if slow else 1.3), 0.45))
            t_r = t_cl + D(days=days)
            amt = orders["livestock"]["amount"] if orders.get("livestock") else 0
            self.ev(c, t_r, "tp_claim_done", bid, res, common, claim_reason=reason, 理赔原因=CLAIMR[reason],
                    resolution=res, 处理结果=RESOL[res], refund_amount=amt if res == "refund" else None)
            if res == "refund" and orders.get("livestock") and t_r <= END:
                orders["livestock"]["status"] = "refunded"
                orders["livestock"]["refunded_at"] = ts(t_r)
                c["spend"] -= amt
            if days > 5 and rng.random() < 0.5:
                bad.add("claim_slow")
            if rng.random() < 0.45:
                tps = [x for x in ("doa", "ich", "cloudy", "claim_slow") if x in bad] or ["doa"]
                self.fb(c, t_cl + D(hours=float(rng.uniform(0.5, 30))), tps, "ticket", common=common, sid=bid)
        # ---- experience topics
        topics = [x for x in ("doa", "ich", "cloudy", "claim_slow") if x in bad]
        if rng.random() < 0.04:
            topics.append("pricey")
        good = []
        p_exp = 0.38 if store[0] == "S01" else 0.08
        if not topics and rng.random() < p_exp:
            good.append("expert")
        if not bad and rng.random() < 0.12:
            good.append("healthy")
        if has_tank and not bad and rng.random() < 0.15:
            good.append("scape")
        t_end = t_home + D(days=float(rng.uniform(1, 6)))
        neg = bool(topics) or "died" in bad
        p_rate = 0.45 if neg else (0.32 if good else 0.18)
        if rng.random() < p_rate:
            stars = float(pick([5, 4, 3, 2], [0.48, 0.36, 0.12, 0.04]))
            pen = {"doa": 2.5, "ich": 2.6, "cloudy": 2.0, "claim_slow": 1.4, "pricey": 0.8}
            for x in topics:
                stars -= pen.get(x, 0)
            if "died" in bad:
                stars -= 1.5
            if good and not topics:
                stars = 5.0 if rng.random() < 0.8 else 4.0
            stars = float(min(5, max(1, round(stars))))
            if self.ev(c, t_end, "tp_rate", bid, "rate", common, stars=stars):
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                self.fb(c, t_end, topics + good, "mini_program_review", rating=stars, common=common, gen=gen, sid=bid)
        if c["channel"] == "dianping" and rng.random() < 0.14:
            stars = float(pick([5, 4, 3, 2], [0.45, 0.37, 0.13, 0.05]))
            for x in topics:
                stars -= 2.0
            if good and not topics:
                stars = 5.0
            stars = float(min(5, max(1, round(stars))))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_end + D(hours=float(rng.uniform(2, 72))), topics + good, "dianping_review", rating=stars,
                    common=common, gen=gen, undated=rng.random() < 0.3, sid=bid)
        if (c["channel"] == "xiaohongshu" and (topics or good) and rng.random() < 0.25) or \
                (topics and rng.random() < 0.02):
            self.fb(c, t_end + D(hours=float(rng.uniform(1, 96))), topics + good if topics else good, "xiaohongshu_note",
                    common=common, undated=rng.random() < 0.5, no_customer=rng.random() < 0.4, sid=bid)
        if rng.random() < 0.05:
            nps = int(np.clip(round(rng.normal(8.4 - 3.2 * neg + 0.8 * bool(good), 1.5)), 0, 10))
            self.fb(c, t_end + D(days=1), topics + good if rng.random() < 0.6 else [], "survey", nps=nps, common=common,
                    gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"), sid=bid)
        return dict(end=t_end, bad=bool(bad))

    def plan(self, c, t_s, store, common):
        self.n_plan += 1
        pid = f"MP{self.n_plan:05d}"
        tier = "premium" if (c["tank_l"] or 0) >= 120 or c["keeper"] == "reef" and rng.random() < 0.7 else "basic"
        pc = dict(common)
        pc.update(plan_id=pid, plan_tier=tier, 套餐=PLANS[tier][0])
        if not self.ev(c, t_s, "tp_maint_signup", pid, "signed", pc, plan_tier=tier, 套餐=PLANS[tier][0]):
            return
        c["plan"] = pid
        t = t_s
        late_store = store[1] == "Shenzhen"
        while True:
            self.order(c, t, PLANS[tier][1], "maintenance_plan", pid, pc, plan_id=pid, plan_tier=tier,
                       套餐=PLANS[tier][0])
            c["spend"] += PLANS[tier][1]
            n_vis = 2 if tier == "premium" else 1
            for j in range(n_vis):
                tv = t + D(days=float(3 + j * 14 + rng.uniform(0, 10)))
                late = float(max(0.0, rng.normal(50 if late_store else 5, 40 if late_store else 10)))
                if not self.ev(c, tv, "tp_maint_visit", pid, "done", pc, late_minutes=round(late, 0),
                               tech_team=f"{store[0]}-T{int(rng.integers(1, 3))}", plan_tier=tier, 套餐=PLANS[tier][0]):
                    break
                if late > 60 and rng.random() < 0.25:
                    self.fb(c, tv + D(hours=float(rng.uniform(1, 8))), ["late_tech"], "call_note", common=common, sid=pid)
                elif late <= 60 and rng.random() < 0.02:
                    self.fb(c, tv + D(hours=2), ["expert"], "call_note", common=common, sid=pid)
            t += D(days=30)
            if t > END:
                return
            p_churn = 0.07 + (0.08 if late_store else 0.0)
            if rng.random() < p_churn:
                self.ev(c, t - D(days=float(rng.uniform(0, 3))), "tp_maint_cancel", pid, "cancel", pc,
                        cancel_reason="tech_late" if late_store and rng.random() < 0.6 else "other")
                c["plan"] = None
                return

    def walk_in_test(self, c, t, common):
        res = "pass" if rng.random() < 0.78 else ("ammonia_high" if rng.random() < 0.6 else "nitrite_high")
        self.ev(c, t, "tp_water_test", None, "pass" if res == "pass" else "fail", common, test_source="walk_in",
                检测来源="到店送检", test_result=res, 检测结果=TESTRES[res],
                ammonia_ppm=round(float(rng.uniform(0.6, 2.0) if res == "ammonia_high" else rng.uniform(0, 0.2)), 2),
                nitrite_ppm=round(float(rng.uniform(0.6, 1.8) if res == "nitrite_high" else rng.uniform(0, 0.2)), 2),
                ph=round(float(rng.normal(7.1, 0.35)), 1))

    def run(self):
        self.customers()
        for c in self.cust:
            ch = CHANNELS[c["channel"]]
            self.ev(c, c["discover"], "tp_discover", None, "view", channel=c["channel"])
            if rng.random() > ch[2]:
                continue
            t = c["discover"] + D(hours=float(rng.exponential(18) + 0.1))
            st = STORE[c["home"]]
            self.ev(c, t, "tp_consult", None, "ask", channel="store" if rng.random() < 0.4 else "mini_program",
                    store_id=st[0], store=st[2], store_en=st[3], store_city=st[1], 门店城市=CITIES[st[1]][0],
                    topic=pick(["tank_mates", "beginner_setup", "pricing", "disease", "plants"],
                               [0.3, 0.25, 0.2, 0.1, 0.15]))
            if rng.random() > ch[3]:
                continue
            if rng.random() < 0.08:
                t += D(days=float(rng.uniform(15, 45)))
            else:
                t += D(hours=float(min(300, rng.exponential(40) + 0.3)))
            k = KEEPERS[c["keeper"]]
            while t <= END:
                res = self.basket(c, t, c["baskets"])
                if res is None:
                    if rng.random() < 0.45:
                        t += D(hours=float(rng.uniform(1, 96)))
                        continue
                    break
                c["baskets"] += 1
                c["last"] = res["end"]
                if rng.random() < 0.06:
                    st = STORE[c["home"]]
                    self.walk_in_test(c, res["end"] + D(days=float(rng.uniform(5, 60))),
                                      dict(store_id=st[0], store=st[2], store_en=st[3], store_city=st[1],
                                           门店城市=CITIES[st[1]][0]))
                p_ret = k[4] * (0.7 if res["bad"] else 1.0)
                if c["plan"] is not None:
                    p_ret = max(p_ret, 0.9)
                if rng.random() > p_ret:
                    break
                g = float(rng.exponential(k[5]) + 1.0)
                if c["plan"] is not None:
                    g *= 0.6
                g /= season(res["end"] + D(days=g))
                t = res["end"] + D(days=g)
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(9, 21.5)))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            s = c["spend"]
            tier = "dragon" if s >= 8000 else "gold" if s >= 3000 else "silver" if s >= 1000 else "regular"
            if c["first_pay"] is None:
                seg = "prospect"
            elif c["first_pay"] >= datetime(2026, 4, 1):
                seg = "new"
            elif c["last"] is None or c["last"] < datetime(2026, 1, 1):
                seg = "at_risk"
            elif c["baskets"] >= 5:
                seg = "loyal"
            elif c["baskets"] >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员等级=TIERS[tier], keeper_type=c["keeper"],
                             玩家类型=KEEPERS[c["keeper"]][0], age_band=c["age"], phone_os=c["device"],
                             home_store_id=c["home"], tank_size_l=c["tank_l"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "store_id",
           "store", "store_en", "store_city", "门店城市", "fulfilment", "取货方式", "category", "品类", "courier", "配送方式",
           "topic", "payment_method", "amount", "delivery_minutes", "bag_temp_c", "arrival_check", "验鱼结果",
           "tank_size_l", "tech_team", "fish_in_same_day", "visit_hours", "test_source", "检测来源", "test_result",
           "检测结果", "ammonia_ppm", "nitrite_ppm", "ph", "plan_id", "plan_tier", "套餐", "late_minutes",
           "cancel_reason", "claim_reason", "理赔原因", "resolution", "处理结果", "refund_amount", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "basket_id", "store_id", "store", "store_en", "store_city", "门店城市", "category", "品类", "tank_size_l",
            "plan_id", "plan_tier", "套餐", "refunded_at", "cancelled_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "basket_id", "store_id", "store", "store_en", "store_city", "门店城市"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "keeper_type", "玩家类型", "age_band", "phone_os", "home_store_id", "tank_size_l",
             "preferred_language"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
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
    dup = rng.choice(len(ev), size=18, replace=False)             # the POS / app tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, baskets {g.n_bk}, plans {g.n_plan}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
