"""农管家 AgriMate: B2B farm inputs (seeds, fertiliser, pesticides, drip irrigation) for farmers and co-operatives in
黑龙江 / 山东 / 四川 / 广西, sold through the app, village agents and county stores. Data 2025-01-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (the generator's topic and sentiment per comment; not a DATA.md
table). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20250315
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 3200
D = timedelta
BEIJIANG_JAM = (datetime(2026, 3, 15), datetime(2026, 5, 15))   # spring road load limits + too few trucks
PESTICIDE_HIKE = datetime(2025, 7, 1)                           # pesticide list prices +20 %
PROMO = (datetime(2025, 3, 17), datetime(2025, 3, 24))          # 春耕备货节 app + agent promotion week
STAR_AGENT = "张建国"          # 寿光市 village agent: customers come back
TRAP_AGENT = "王小燕"          # 容县, took over 7 customers in Dec 2025, all of them reordered
STAR_AGRO = "刘振华"           # Shandong agronomist: best follow-up ratings
TRAP_AGRO = "陈思"             # Sichuan, joined May 2026: a handful of 5-star ratings

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_register", "注册开户", "Farmer registered", "awareness", "other", "digital", "growth",
     "注册|开户|建档|新农户|入驻|register|registration|sign up|signup|onboarded"),
    ("tp_soil_test", "申请测土", "Soil test requested", "consideration", "other", "physical", "agronomy",
     "测土|土壤检测|测土配方|取土|soil test|soil testing|soil sample"),
    ("tp_advice", "农技师开方（施肥/用药建议）", "Agronomist advice given", "consideration", "phone", "digital",
     "agronomy", "开方|农技建议|施肥建议|配方建议|农技师建议|农艺师|advice|agronomist advice|recommendation|prescription"),
    ("tp_browse", "浏览商品", "Product browsed", "consideration", "app", "digital", "product",
     "浏览|看商品|逛|商品详情|查价格|browse|browsed|product page|viewed products"),
    ("tp_order", "下单", "Order placed", "purchase", "app", "digital", "sales",
     "下单|订货|订单|买|采购|order|ordered|order placed|purchase"),
    ("tp_pay", "付款/赊账确认", "Payment or credit confirmed", "purchase", "app", "digital", "finance",
     "付款|支付|收款|赊账|赊销|授信|秋后付|货到付款|payment|paid|pay|credit approved|cash on delivery"),
    ("tp_cancel", "取消订单", "Order cancelled", "purchase", "app", "digital", "sales",
     "取消|退单|撤单|cancel|cancelled|cancellation"),
    ("tp_ship", "发货", "Shipped", "service", "other", "physical", "logistics",
     "发货|出库|装车|发运|ship|shipped|dispatch|dispatched"),
    ("tp_village_point", "到达村级服务点", "Delivered to village point", "service", "store", "physical",
     "logistics", "到村|到货|送到村|村级服务点|服务站|送达|delivered|delivery|village point|arrived"),
    ("tp_pickup", "农户提货", "Picked up by farmer", "service", "store", "physical", "village_agents",
     "提货|取货|拉货|领货|pickup|picked up|collected|collection"),
    ("tp_refund", "货损退款", "Refund for damaged goods", "service", "other", "digital", "customer_service",
     "退款|货损|破损|赔付|退货|refund|damaged|damage claim|broken"),
    ("tp_followup", "田间回访", "Field follow-up visit", "service", "other", "physical", "agronomy",
     "回访|田间回访|下地看|跟踪服务|follow-up|follow up|field visit|site visit"),
    ("tp_repay", "赊账还款", "Credit repaid", "loyalty", "other", "digital", "finance",
     "还款|还钱|回款|结清|还赊账|repay|repaid|repayment|credit repaid|paid back"),
    ("tp_reorder", "下季复购", "Reorder next season", "loyalty", "app", "digital", "sales",
     "复购|回购|再次下单|老客户又买|返单|reorder|repeat order|came back|bought again"),
    ("tp_support", "客服热线", "Customer service hotline", "service", "phone", "digital", "customer_service",
     "客服|热线|400电话|投诉电话|customer service|hotline|support|call center"),
]
JOURNEYS = [
    ("onboarding", "新农户首单", "New farmer first order", 60, ["tp_register", "tp_browse", "tp_order"]),
    ("soil", "测土配方", "Soil test to order", 30, ["tp_soil_test", "tp_advice", "tp_order"]),
    ("purchase", "购买转化", "Purchase conversion", 21, ["tp_browse", "tp_order", "tp_pay"]),
    ("delivery", "送货到村", "Delivery to village", 30, ["tp_order", "tp_ship", "tp_village_point", "tp_pickup"]),
]
# code: zh, en, weight, counties [(zh, en, weight)], crops {crop: w}, partner carrier (zh, en), spring peak (m, d)
PROVINCES = {
    "HLJ": ("黑龙江", "Heilongjiang", 0.27, [("五常市", "Wuchang", .42), ("庆安县", "Qing'an", .31),
                                          ("富锦市", "Fujin", .27)],
            {"rice": .6, "corn": .4}, ("北疆物流", "Beijiang Logistics"), (4, 8)),
    "SD": ("山东", "Shandong", 0.31, [("寿光市", "Shouguang", .5), ("莱阳市", "Laiyang", .27),
                                    ("平度市", "Pingdu", .23)],
           {"vegetables": .55, "fruit": .2, "corn": .25}, ("齐鲁快运", "Qilu Express"), (3, 15)),
    "SC": ("四川", "Sichuan", 0.22, [("蒲江县", "Pujiang", .38), ("安岳县", "Anyue", .34), ("彭州市", "Pengzhou", .28)],
           {"rice": .35, "vegetables": .35, "fruit": .3}, ("蜀运通", "Shuyuntong"), (3, 5)),
    "GX": ("广西", "Guangxi", 0.20, [("武鸣区", "Wuming", .4), ("田东县", "Tiandong", .3), ("容县", "Rongxian", .3)],
           {"fruit": .6, "rice": .3, "vegetables": .1}, ("八桂物流", "Bagui Logistics"), (2, 22)),
}
OWN_FLEET = ("自营车队", "AgriMate fleet")
CROPS = {"rice": "水稻", "corn": "玉米", "vegetables": "蔬菜", "fruit": "水果"}
FTYPES = [("smallholder", "散户", .68), ("large_grower", "种植大户", .24), ("cooperative", "合作社", .08)]
ACQ = [("village_agent", "村级代理", .5), ("county_store", "县级门店", .3), ("app_ad", "App广告", .2)]
AGES = ["<40", "40-49", "50-59", "60+"]
PAYS = {"cod": "货到付款", "app_pay": "App支付", "credit_after_harvest": "秋后赊账"}
CATS = {"seeds": "种子", "fertiliser": "化肥", "pesticide": "农药", "drip_irrigation": "滴灌设备"}
# category: [(product zh name, unit price, quantity per mu)]
PRODUCTS = {
    "seeds": {"rice": [("杂交水稻种子 1kg", 68.0, 1.5)], "corn": [("玉米种子 郑单958 2kg", 55.0, 1.2)],
              "vegetables": [("番茄种子 10g", 38.0, 2.0), ("黄瓜种子 20g", 26.0, 2.0)],
              "fruit": [("柑橘嫁接苗", 9.0, 30.0), ("苹果苗 M9砧木", 12.0, 25.0)]},
    "fertiliser": [("复合肥 15-15-15 50kg", 185.0, 0.5), ("尿素 50kg", 128.0, 0.3), ("有机肥 40kg", 62.0, 0.8),
                   ("水溶肥 10kg", 150.0, 0.2)],
    "pesticide": [("杀虫剂 氯虫苯甲酰胺 100ml", 45.0, 0.6), ("杀菌剂 吡唑醚菌酯 200ml", 58.0, 0.5),
                  ("除草剂 草铵膦 1L", 42.0, 0.4)],
    "drip_irrigation": [("滴灌带 500m/卷", 260.0, 0.15), ("叠片过滤器", 380.0, 0.02), ("文丘里施肥器", 520.0, 0.01)],
}
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = ["建国", "秀英", "志强", "桂芳", "国华", "丽娟", "海军", "玉兰", "春生", "红梅", "德明", "淑珍", "永刚",
         "晓东", "金凤", "伟", "明", "强", "军", "平", "勇", "静", "敏", "磊", "洋", "艳", "杰", "涛", "超", "霞"]
AGRONOMISTS = {"HLJ": ["孙立新", "高树林", "马文博"], "SD": [STAR_AGRO, "郑晓光", "韩美玲"],
               "SC": ["何建平", "罗雪梅", "唐永福"], "GX": ["黄志明", "韦丽华", "莫海波"]}

TEXT = {
    "delivery_late": (
        ["化肥{d}天才送到村里，秧苗都等不及了，耽误插秧", "下单一个多星期才到货，播种期都快过了", "送货太慢了，误了农时谁负责？",
         "春耕最要紧的时候货迟迟不到，隔壁村早就施完肥了", "物流说路上限载，等了{d}天，地都没法下种", "到货太晚，错过了最佳播种期",
         "种子晚到{d}天，只能补种，损失不小", "催了好几次物流，还是晚了，今年不敢再等你们了"],
        ["Seeds arrived {d} days late, we missed the planting window", "Delivery was way too late for the planting season",
         "Fertiliser came after we had already started sowing, too late to be useful"]),
    "price_high": (
        ["农药比镇上集市贵不少，一瓶贵了七八块", "价格比市场价高，同样的药别家便宜", "涨价太狠了，杀虫剂比农资店贵",
         "东西是正品，就是价格偏高", "比拼多多上贵，老百姓种地不容易", "这价格比县城农资市场还贵，没法接受"],
        ["Prices are higher than the local market", "Pesticide costs more here than at the town market",
         "Too expensive compared with other suppliers"]),
    "app_hard": (
        ["字太小了，老年人看不清，点来点去不会下单", "App太复杂，我六十多了根本不会用，还得让孙子帮忙",
         "操作太麻烦，老人用不来，还是找代理下单方便", "界面看不懂，找不到付款按钮", "年纪大了不会用手机买肥料，希望简单点",
         "注册要填的东西太多，老人搞不明白"],
        ["The app is hard to use for older farmers", "Font too small and too many steps, my father could not order",
         "Confusing app, older people in our village cannot use it"]),
    "damaged_goods": (
        ["滴灌带送来压扁了好几卷，没法用", "过滤器外壳裂了，申请了退款", "肥料袋子破了，撒了一车", "到货时管子被压破，退款还算快",
         "包装破损，货少了一截"],
        ["Drip tape arrived crushed, had to ask for a refund", "Package was damaged on arrival",
         "Broken filter housing in the delivery"]),
    "credit_pressure": (
        ["今年砂糖橘价格太低，卖不上钱，赊账还不上，希望能宽限", "果子卖不出去，催款电话天天打，压力很大",
         "还款期能不能延一延，今年收成不好", "逾期利息太高了"],
        ["Citrus prices collapsed this winter, we need more time to repay the credit",
         "Late payment interest is too high"]),
    "pest_not_controlled": (
        ["打了药虫子还是多，效果一般", "杀菌剂用了没什么用，病还在", "药效不如以前买的"],
        ["The pesticide did not really work", "Disease came back after spraying"]),
    "fertiliser_effective": (
        ["按测土配方施的肥，今年亩产明显高了", "化肥效果很好，苗长得壮", "用了推荐的复合肥，产量比去年多了一成",
         "肥料质量好，果子个头大", "施肥方案很对路，稻子长势好", "测土之后用肥少了，产量还上去了"],
        ["The fertiliser worked really well, yields are up", "Following the soil test recommendation paid off",
         "Good fertiliser, the crop looks much healthier"]),
    "agent_helpful": (
        ["代理很热心，帮我下单还送到地头", "村里的代理服务好，有事打电话随叫随到", "代理帮我们老人在手机上下单，很方便",
         "代理{a}人实在，推荐的东西靠谱", "有代理在，买农资省心多了"],
        ["Our village agent is very helpful", "The agent ordered for us and helped with pickup",
         "Agent {a} explains everything clearly"]),
    "agronomist_professional": (
        ["农技师很专业，讲得明白", "技术员下地看得仔细，用药建议很准", "农艺师回访及时，问题当场解决", "技术指导到位，学到不少"],
        ["The agronomist really knows his stuff", "Very professional field visit and clear advice"]),
    "delivery_on_time": (
        ["送货很准时，不耽误干活", "到货快，服务点通知及时", "第二天就到村了，方便", "物流很快，提货也方便"],
        ["Delivery was on time", "Fast delivery to the village point"]),
    "neutral": (
        ["还行吧，看今年收成再说", "一般般，跟以前在农资店买差不多", "东西收到了，还没用", "正常，没什么特别的",
         "先用着看看效果"],
        ["It's ok", "Nothing special so far", "Received the goods, will see how they work"]),
}
NEG = {"delivery_late", "price_high", "app_hard", "damaged_goods", "credit_pressure", "pest_not_controlled"}
POS = {"fertiliser_effective", "agent_helpful", "agronomist_professional", "delivery_on_time"}
TOPIC_TP = {"delivery_late": "tp_village_point", "price_high": "tp_browse", "app_hard": "tp_browse",
            "damaged_goods": "tp_pickup", "credit_pressure": "tp_repay", "pest_not_controlled": "tp_followup",
            "fertiliser_effective": "tp_followup", "agent_helpful": "tp_pickup",
            "agronomist_professional": "tp_advice", "delivery_on_time": "tp_village_point", "neutral": "tp_pickup"}


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def day_only(t: datetime) -> str:
    return t.strftime("%Y-%m-%d")


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.events, self.orders, self.feedback, self.truth, self.customers = [], [], [], [], []
        self.n_ev = self.n_fb = 0
        self.n_order = {}
        self.agents = self.make_agents()

    # ---- helpers
    def pick(self, items, weights):
        w = np.asarray(weights, float)
        return items[int(self.rng.choice(len(items), p=w / w.sum()))]

    def logn(self, median, sigma):
        return float(median * math.exp(self.rng.normal(0, sigma)))

    def daytime(self, t: datetime, lo=6, hi=20) -> datetime:
        """move t into working hours (farmers, agents, trucks)."""
        h = t.hour + t.minute / 60
        if lo <= h <= hi:
            return t
        base = datetime(t.year, t.month, t.day) + (D(days=1) if h > hi else D(0))
        return base + D(hours=lo + float(self.rng.uniform(0, 4)))

    def make_agents(self):
        rng = self.rng
        used, agents = {STAR_AGENT, TRAP_AGENT}, {}
        for p, prov in PROVINCES.items():
            for cz, ce, _ in prov[3]:
                names = []
                for k in range(4):
                    if cz == "寿光市" and k == 0:
                        names.append(STAR_AGENT)
                        continue
                    while True:
                        n = SURNAMES[int(rng.integers(len(SURNAMES)))] + GIVEN[int(rng.integers(len(GIVEN)))]
                        if n not in used:
                            used.add(n)
                            names.append(n)
                            break
                agents[cz] = names
        ids, k = {}, 0
        for cz, names in agents.items():
            for n in names:
                k += 1
                ids[n] = f"AG{k:03d}"
        ids[TRAP_AGENT] = f"AG{k + 1:03d}"
        self.agent_ids = ids
        return agents

    def ev(self, c, t, tp, action, channel="", device="", o=None, **kw):
        if t > END:
            return None
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, action=action,
                   device=device, channel=channel)
        if o:
            row.update(order_no=o["no"], product_category=o["main_cat"], 品类=CATS[o["main_cat"]],
                       payment_method=o["pay"], 付款方式=PAYS[o["pay"]])
        row.update(kw)
        self.events.append(row)
        return row

    def fb(self, c, t, topic, channel, tp=None, rating=None, nps=None, o=None, lang=None, agro="", cat=""):
        if t is not None and t > END:
            return
        rng = self.rng
        self.n_fb += 1
        if lang is None:
            lang = c["lang"] if c else ("en" if rng.random() < 0.1 else "zh")
        zh, en = TEXT[topic]
        pool = en if lang == "en" else zh
        text = pool[int(rng.integers(len(pool)))].format(d=int(rng.integers(5, 12)), a=c["agent"] if c else "")
        if topic in NEG:
            sent = "negative"
            r = int(rng.choice([1, 2, 3], p=[0.4, 0.45, 0.15]))
            n = int(rng.choice(range(0, 7), p=[0.12, 0.1, 0.14, 0.18, 0.2, 0.14, 0.12]))
        elif topic in POS:
            sent = "positive"
            r = int(rng.choice([4, 5], p=[0.35, 0.65]))
            n = int(rng.choice([8, 9, 10], p=[0.25, 0.4, 0.35]))
        else:
            sent = "neutral"
            r = int(rng.choice([3, 4], p=[0.6, 0.4]))
            n = int(rng.choice([6, 7, 8], p=[0.3, 0.45, 0.25]))
        if rating == "auto":
            rating = r
        if nps == "auto":
            nps = n
        fid = f"FB{self.n_fb:05d}"
        prov = PROVINCES[c["prov"]] if c else None
        if o:
            cat = cat or o["main_cat"]
        self.feedback.append(dict(
            feedback_id=fid, text=text, ts="" if t is None else fmt(t), customer_id=c["id"] if c else "",
            touchpoint_id=tp or TOPIC_TP[topic], channel=channel, rating="" if rating is None else rating,
            nps="" if nps is None else nps, order_no=o["no"] if o else "",
            province=prov[1] if prov else "", 省份=prov[0] if prov else "", agronomist=agro,
            product_category=cat, 品类=CATS[cat] if cat else ""))
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent, language=lang))

    # ---- customers
    def customer(self, i):
        rng = self.rng
        p = self.pick(list(PROVINCES), [x[2] for x in PROVINCES.values()])
        prov = PROVINCES[p]
        county = self.pick(prov[3], [x[2] for x in prov[3]])
        crop = self.pick(list(prov[4]), list(prov[4].values()))
        ft = self.pick(FTYPES, [x[2] for x in FTYPES])
        age = self.pick(AGES, {"smallholder": [.1, .22, .32, .36], "large_grower": [.25, .38, .27, .1],
                               "cooperative": [.3, .4, .25, .05]}[ft[0]])
        acq = self.pick(ACQ, [x[2] * ((1.6 if age == "<40" else 0.7 if age == "60+" else 1.0)
                                      if x[0] == "app_ad" else 1.0) for x in ACQ])
        mu = {"smallholder": self.logn(12, 0.5), "large_grower": self.logn(160, 0.5),
              "cooperative": self.logn(900, 0.5)}[ft[0]]
        if crop in ("vegetables", "fruit"):
            mu *= 0.4   # intensive crops, smaller areas
        app_p = {"app_ad": 0.92, "village_agent": 0.3, "county_store": 0.35}[acq[0]]
        app_p *= {"<40": 1.0, "40-49": 0.9, "50-59": 0.8, "60+": 0.75}[age]
        uses_app = rng.random() < app_p
        ios_p = {"<40": 0.25, "40-49": 0.15, "50-59": 0.08, "60+": 0.04}[age]
        device = ("ios" if rng.random() < ios_p else "android") if uses_app else ""
        agent = self.agents[county[0]][int(rng.integers(4))] if county[0] != "寿光市" else \
            self.pick(self.agents[county[0]], [1.3, 1, 1, 1])
        old = rng.random() < 0.44
        if old:
            signup = datetime(2023, 3, 1) + D(days=float(rng.uniform(0, 660)))
        else:
            signup = self.signup_day()
        lang = "en" if (ft[0] == "cooperative" and rng.random() < 0.3) or rng.random() < 0.03 else "zh"
        c = dict(id=f"NF{i:05d}", prov=p, county=county, crop=crop, ft=ft, age=age, acq=acq, mu=mu,
                 uses_app=uses_app, device=device, agent=agent, signup=signup, old=old, lang=lang,
                 agro=AGRONOMISTS[p][int(rng.integers(3))], orders=0, seasons=set(), last=None,
                 spend=0.0, damaged=False, late=False, soil=False, trap=False)
        if old:   # bought before the history starts (2024 seasons): their first order in 2025 is a reorder
            c["orders"], c["seasons"] = 1, {"2024"}
        self.customers.append(c)
        return c

    def signup_day(self):
        rng = self.rng
        mw = {1: 1.3, 2: 1.7, 3: 1.8, 4: 1.2, 5: 0.6, 6: 0.7, 7: 0.9, 8: 0.8, 9: 0.6, 10: 0.5, 11: 0.4, 12: 0.6}
        days, w = [], []
        t = START
        while t <= datetime(2026, 6, 20):
            days.append(t)
            w.append(mw[t.month] * (1.3 if t.year == 2026 else 1.0))
            t += D(days=1)
        d = days[int(rng.choice(len(days), p=np.asarray(w) / sum(w)))]
        return self.daytime(d + D(hours=float(rng.uniform(7, 20))))

    # ---- seasons
    def season_windows(self, c):
        """(name, centre) of each buying season for this customer's province and crop."""
        m, d = PROVINCES[c["prov"]][6]
        out = [("sp25", datetime(2025, m, d)), ("sp26", datetime(2026, m, d))]
        sec = {"rice": (6, 22), "corn": (6, 28), "vegetables": (8, 15), "fruit": (10, 15)}[c["crop"]]
        out.append(("se25", datetime(2025, *sec)))
        if c["crop"] in ("rice", "corn"):
            out.append(("se26", datetime(2026, *sec)))
        return sorted(out, key=lambda x: x[1])

    def run(self, c):
        rng = self.rng
        if not c["old"]:
            self.ev(c, c["signup"], "tp_register", "submit", channel={"village_agent": "village_agent",
                    "county_store": "store", "app_ad": "app"}[c["acq"][0]], device=c["device"] if c["acq"][0] ==
                    "app_ad" else "")
        first = True
        for name, centre in self.season_windows(c):
            spring = name.startswith("sp")
            lo, hi = centre - D(days=45), centre + D(days=40)
            if c["signup"] > hi:
                continue
            if not c["old"] and first and c["signup"] >= lo - D(days=50):
                t0 = max(c["signup"] + D(days=float(rng.exponential(6))), lo)
                p = 0.7 if c["acq"][0] == "app_ad" else 1.0    # many ad sign-ups never come back
            else:
                t0 = centre + D(days=float(np.clip(rng.normal(0, 15), -40, 38)))
                if t0 < c["signup"]:
                    t0 = c["signup"] + D(days=float(rng.exponential(5)))
                if c["orders"]:
                    p = (0.62 if spring else {"rice": .3, "corn": .25, "vegetables": .45, "fruit": .4}[c["crop"]])
                    p *= {"smallholder": 1.0, "large_grower": 1.1, "cooperative": 1.2}[c["ft"][0]]
                    if c["agent"] == STAR_AGENT:
                        p = min(0.97, p * 1.7)
                    if c["damaged"]:
                        p *= 0.6
                    if c["late"]:
                        p *= 0.8
                    if c["soil"]:
                        p *= 1.1
                else:
                    p = 0.3 if spring else 0.1
                if c["trap"] and name in ("sp25", "sp26"):
                    p = 1.0
            first = False
            if rng.random() < min(p, 0.98):
                self.cycle(c, self.daytime(t0 + D(hours=float(rng.uniform(0, 10)))), name, spring)

    def cycle(self, c, t0, season, spring):
        rng = self.rng
        ft = c["ft"][0]
        first_cycle = c["orders"] == 0
        p_soil = {"smallholder": 0.22, "large_grower": 0.5, "cooperative": 0.65}[ft] * (1.0 if first_cycle else 0.45)
        if not spring:
            p_soil *= 0.5
        soil = rng.random() < p_soil
        chan_req = "app" if c["uses_app"] and rng.random() < 0.6 else (
            "store" if c["acq"][0] == "county_store" else "village_agent")
        t = t0
        advice = False
        if soil:
            c["soil"] = True
            ts = t - D(days=float(rng.uniform(8, 16)))
            ts = max(ts, c["signup"] + D(hours=2))
            self.ev(c, self.daytime(ts), "tp_soil_test", "submit", channel=chan_req,
                    device=c["device"] if chan_req == "app" else "")
            ta = ts + D(days=float(rng.uniform(5, 12)))
            self.ev(c, self.daytime(ta), "tp_advice", "success", channel="agronomist", agronomist=self.agro_of(c, ta))
            advice = True
            t = ta + D(days=float(rng.exponential(2.0)))
        elif rng.random() < (0.35 if first_cycle else 0.15):
            ta = t - D(days=float(rng.uniform(0.5, 4)))
            ta = max(ta, c["signup"] + D(hours=1))
            self.ev(c, self.daytime(ta), "tp_advice", "success", channel="agronomist", agronomist=self.agro_of(c, ta))
            advice = True
            t = ta + D(days=float(rng.exponential(1.5)))
        # browsing
        app = c["uses_app"] and rng.random() < 0.85
        bchan = "app" if app else ("store" if c["acq"][0] == "county_store" or rng.random() < 0.3 else "village_agent")
        cats = self.pick_cats(c, spring)
        tb = self.daytime(t)
        for k in range(int(rng.integers(1, 4))):
            self.ev(c, tb, "tp_browse", "view", channel=bchan, device=c["device"] if bchan == "app" else "",
                    product_category=cats[k % len(cats)], 品类=CATS[cats[k % len(cats)]])
            tb = self.daytime(tb + D(hours=float(rng.exponential(14))))
        # order decision
        p = 0.6
        if soil:
            p = 0.86
        elif advice:
            p = 0.6
        if not first_cycle:
            p += 0.12
        if bchan == "app":
            p *= {"<40": 1.1, "40-49": 1.0, "50-59": 0.82, "60+": 0.42}[c["age"]]
        if c["acq"][0] == "app_ad" and first_cycle:
            p *= 0.72
        if "pesticide" in cats and tb >= PESTICIDE_HIKE and cats[0] == "pesticide":
            p *= 0.8
        if c["agent"] == STAR_AGENT:
            p = max(p * 1.2, 0.92)
        if c["trap"]:
            p = 1.0
        ochan, odev = bchan, c["device"] if bchan == "app" else ""
        to = tb + D(hours=float(rng.exponential(20)))
        if PROMO[0] - D(days=12) <= to < PROMO[1] + D(days=12) and rng.random() < 0.55:
            promo_t = PROMO[0] + D(days=float(rng.uniform(0, 6.8)))    # orders pulled into the promotion week
            if promo_t > tb:
                to = promo_t
        if rng.random() >= min(p, 0.97):
            # no order on that channel; older app users often ask their agent instead, some complain
            if bchan == "app" and c["age"] in ("60+", "50-59"):
                if rng.random() < (0.3 if c["age"] == "60+" else 0.12):
                    self.fb(c, self.daytime(tb + D(hours=float(rng.uniform(1, 48)))), "app_hard",
                            self.pick(["app_review", "hotline"], [0.6, 0.4]), rating="auto")
                if rng.random() < (0.45 if c["age"] == "60+" else 0.2):
                    ochan, odev = "village_agent", ""
                    to = tb + D(days=float(rng.uniform(2, 6)))
                else:
                    return
            else:
                if rng.random() < 0.05:
                    self.fb(c, self.daytime(tb + D(hours=5)), "price_high", "app_review" if bchan == "app"
                            else "hotline", rating="auto", cat=cats[0])
                return
        n_orders = 1 + int(rng.random() < {"smallholder": 0.12, "large_grower": 0.35, "cooperative": 0.45}[ft])
        for k in range(n_orders):
            if k:
                to = to + D(days=float(rng.uniform(6, 25)))
                cats = self.pick_cats(c, spring)
            reorder = (k == 0 and c["orders"] > 0 and season not in c["seasons"])
            self.order(c, self.daytime(to), cats, ochan, odev, reorder, season)

    def agro_of(self, c, t):
        if c["prov"] == "SC" and t >= datetime(2026, 5, 1) and self.rng.random() < 0.45:
            return TRAP_AGRO
        return c["agro"]

    def pick_cats(self, c, spring):
        rng = self.rng
        cats = []
        if rng.random() < (0.85 if spring else 0.7):
            cats.append("fertiliser")
        if rng.random() < (0.55 if spring else 0.08):
            cats.append("seeds")
        if rng.random() < (0.4 if spring else 0.55):
            cats.append("pesticide")
        if rng.random() < (0.2 if c["crop"] in ("vegetables", "fruit") else 0.04):
            cats.append("drip_irrigation")
        if not cats:
            cats = ["fertiliser"]
        return cats

    def pay_method(self, c, ochan):
        ft = c["ft"][0]
        if ochan == "app":
            w = [0.15, 0.6, 0.25]
        elif ochan == "village_agent":
            w = [0.5, 0.1, 0.4]
        else:
            w = [0.55, 0.15, 0.3]
        if ft != "smallholder":
            w[2] *= 2.5
        if c["crop"] == "fruit" and c["prov"] == "GX":
            w[2] *= 1.5
        return self.pick(list(PAYS), w)

    def order(self, c, t, cats, ochan, odev, reorder, season):
        rng = self.rng
        key = t.strftime("%y%m%d")
        self.n_order[key] = self.n_order.get(key, 0) + 1
        pay = self.pay_method(c, ochan)
        o = dict(no=f"NG{key}{self.n_order[key]:04d}", main_cat=cats[0], pay=pay)
        lines = []
        for cat in cats:
            if cat == "seeds":
                prods = PRODUCTS["seeds"][c["crop"]]
            else:
                prods = PRODUCTS[cat]
            for name, price, per_mu in [prods[int(rng.integers(len(prods)))]] + (
                    [prods[int(rng.integers(len(prods)))]] if cat == "fertiliser" and rng.random() < 0.3 else []):
                if cat == "pesticide" and t >= PESTICIDE_HIKE:
                    price = round(price * 1.2, 1)
                qty = max(1, int(round(c["mu"] * per_mu * float(rng.uniform(0.6, 1.4)))))
                if cat == "drip_irrigation":
                    qty = max(1, min(qty, 60))
                lines.append((cat, name, qty, price))
        sub = sum(q * p for _, _, q, p in lines)
        fee = 0.0 if (sub >= 1000 or c["ft"][0] == "cooperative") else (15.0 if c["prov"] != "HLJ" else 20.0)
        carrier = OWN_FLEET if rng.random() < 0.35 else PROVINCES[c["prov"]][5]
        o["carrier"] = carrier
        if reorder:
            self.ev(c, t - D(seconds=30), "tp_reorder", "submit", channel=ochan, device=odev, o=o)
        self.ev(c, t, "tp_order", "submit", channel=ochan, device=odev, o=o, amount=f"{sub + fee:.2f}")
        if t > END:
            return
        c["orders"] += 1
        c["seasons"].add(season)
        c["last"] = t
        # cancellation before shipping
        status = "paid"
        if rng.random() < 0.035:
            tc = t + D(hours=float(rng.uniform(1, 30)))
            self.ev(c, tc, "tp_cancel", "submit", channel=ochan, device=odev, o=o)
            status = "cancelled"
            self.write_lines(c, o, t, lines, fee, ochan, odev, carrier, ["cancelled"] * len(lines), {}, None)
            return
        # payment (app pay / credit approval before shipping; COD at pickup)
        tp = None
        if pay == "app_pay":
            tp = t + D(minutes=float(rng.uniform(1, 25)))
        elif pay == "credit_after_harvest":
            tp = self.daytime(t + D(hours=float(rng.uniform(3, 40))), 8, 18)
        if tp:
            self.ev(c, tp, "tp_pay", "success", channel="app" if pay == "app_pay" else "finance",
                    device=odev if pay == "app_pay" else "", o=o)
        ts_ = self.daytime((tp or t) + D(hours=float(rng.uniform(8, 40))), 7, 18)
        self.ev(c, ts_, "tp_ship", "success", channel="logistics", o=o, carrier=carrier[1], 承运商=carrier[0])
        if carrier == OWN_FLEET:
            days = self.logn(1.3, 0.35)
        else:
            days = self.logn(2.0, 0.35)
            if c["prov"] == "HLJ" and BEIJIANG_JAM[0] <= ts_ < BEIJIANG_JAM[1]:
                days = self.logn(6.2, 0.3)
        tv = self.daytime(ts_ + D(days=days), 7, 19)
        self.ev(c, tv, "tp_village_point", "success", channel="village_point", o=o, carrier=carrier[1],
                承运商=carrier[0])
        late = days > 4.5
        if late:
            c["late"] = True
        # pickup
        if rng.random() < 0.025:
            statuses = ["returned" if pay == "cod" else "paid"] * len(lines)
            if pay == "cod":
                self.write_lines(c, o, t, lines, fee, ochan, odev, carrier, statuses, {}, None)
                return
        tk = self.daytime(tv + D(hours=self.logn(18, 0.7)), 6, 20)
        self.ev(c, tk, "tp_pickup", "success", channel="village_point", o=o)
        if pay == "cod":
            self.ev(c, tk + D(minutes=float(rng.uniform(1, 15))), "tp_pay", "success", channel="village_agent", o=o)
        # cash on delivery not yet collected when the history ends: pending
        statuses = ["pending" if pay == "cod" and tk + D(minutes=15) > END else "paid"] * len(lines)
        refunds = {}
        for k, (cat, name, qty, price) in enumerate(lines):
            if rng.random() < (0.09 if cat == "drip_irrigation" else 0.01):
                tr = self.daytime(tk + D(days=float(rng.uniform(1, 4))), 8, 18)
                if tr > END:
                    continue
                statuses[k] = "refunded"
                refunds[k] = tr
                self.ev(c, tr, "tp_refund", "success", channel="app" if c["uses_app"] else "village_agent", o=o,
                        product_category=cat, 品类=CATS[cat], amount=f"{qty * price:.2f}")
                c["damaged"] = True
                if rng.random() < 0.6:
                    self.fb(c, self.daytime(tr + D(hours=float(rng.uniform(1, 30)))), "damaged_goods",
                            self.pick(["delivery_rating", "hotline"], [0.6, 0.4]), rating="auto", o=o, cat=cat)
        # price shock: pesticide buyers right after the July 2025 list-price rise
        if any(cat == "pesticide" for cat, _, _, _ in lines) and PESTICIDE_HIKE <= t < datetime(2025, 11, 1) \
                and rng.random() < 0.35:
            self.fb(c, self.daytime(tk + D(hours=float(rng.uniform(2, 72)))), "price_high",
                    self.pick(["delivery_rating", "hotline"], [0.7, 0.3]), rating="auto", o=o, cat="pesticide")
        # delivery rating
        if late and rng.random() < 0.6:
            self.fb(c, self.daytime(tk + D(hours=float(rng.uniform(2, 48)))), "delivery_late",
                    self.pick(["delivery_rating", "hotline"], [0.7, 0.3]), rating="auto", o=o)
        elif rng.random() < 0.28:
            w = [0.38, 0.3 if c["agent"] != STAR_AGENT else 0.75, 0.32]
            if pay_hike := (o["main_cat"] == "pesticide" and t >= PESTICIDE_HIKE):
                w.append(1.2)
            else:
                w.append(0.06)
            topic = self.pick(["delivery_on_time", "agent_helpful", "neutral", "price_high"], w)
            self.fb(c, self.daytime(tk + D(hours=float(rng.uniform(2, 48)))), topic, "delivery_rating",
                    rating="auto", o=o, cat="pesticide" if topic == "price_high" and pay_hike else "")
        # field follow-up
        if rng.random() < {"smallholder": 0.4, "large_grower": 0.65, "cooperative": 0.8}[c["ft"][0]]:
            tf = self.daytime(tk + D(days=float(rng.uniform(10, 30))), 8, 17)
            agro = self.agro_of(c, tf)
            self.ev(c, tf, "tp_followup", "success", channel="field", o=o, agronomist=agro)
            if rng.random() < 0.45 or agro == TRAP_AGRO:
                self.followup_fb(c, tf + D(hours=float(rng.uniform(1, 40))), o, agro)
        # credit repayment
        due = repaid = None
        if pay == "credit_after_harvest":
            due = self.due_date(c, t)
            repaid = self.repay_time(c, t, due)
        self.write_lines(c, o, t, lines, fee, ochan, odev, carrier, statuses, refunds, (due, repaid, tp))
        if repaid is not None and repaid <= END:
            days_late = max(0, (repaid.date() - due.date()).days)
            self.ev(c, repaid, "tp_repay", "success", channel="app" if c["uses_app"] else "village_agent", o=o,
                    amount=f"{sum(q * p for (_, _, q, p), s in zip(lines, statuses) if s == 'paid') + fee:.2f}",
                    due_date=day_only(due), days_late=days_late)
            if days_late > 30 and rng.random() < 0.3:
                self.fb(c, self.daytime(repaid - D(days=float(rng.uniform(5, 25)))), "credit_pressure", "hotline",
                        rating="auto", o=o)

    def followup_fb(self, c, t, o, agro):
        rng = self.rng
        if agro == TRAP_AGRO:
            topic = self.pick(["fertiliser_effective", "agronomist_professional"], [1, 1])
            self.fb(c, self.daytime(t), topic, "followup_survey", tp="tp_followup", rating=5, o=o, agro=agro)
            return
        w = {"fertiliser_effective": 0.3 + (0.25 if c["soil"] else 0.0), "agronomist_professional": 0.2,
             "neutral": 0.3, "pest_not_controlled": 0.12}
        if agro == STAR_AGRO:
            w["agronomist_professional"] = 0.55
            w["neutral"] = 0.12
            w["pest_not_controlled"] = 0.04
        topic = self.pick(list(w), list(w.values()))
        rating = "auto"
        if agro == STAR_AGRO and topic in POS:
            rating = int(rng.choice([4, 5], p=[0.2, 0.8]))
        self.fb(c, self.daytime(t), topic, "followup_survey", tp="tp_followup", rating=rating, o=o, agro=agro)

    def due_date(self, c, t):
        y = t.year
        if c["crop"] in ("rice", "corn"):
            d = datetime(y, 11, 15)
            return d if t < d - D(days=30) else datetime(y + 1, 11, 15)
        if c["crop"] == "vegetables":
            return datetime(t.year, t.month, t.day) + D(days=90)
        return datetime(y + 1, 1, 31)

    def repay_time(self, c, t, due):
        rng = self.rng
        r = rng.random()
        slump = c["prov"] == "GX" and c["crop"] == "fruit" and due == datetime(2026, 1, 31)
        if slump:
            late = float(rng.uniform(-10, 5)) if r < 0.3 else float(rng.uniform(8, 30)) if r < 0.45 else \
                float(rng.uniform(31, 125))
        else:
            late = float(rng.uniform(-25, 0)) if r < 0.62 else float(rng.uniform(1, 30)) if r < 0.93 else \
                float(rng.uniform(31, 70))
        rt = self.daytime(due + D(days=late, hours=float(rng.uniform(8, 17))), 8, 18)
        if due.year <= 2025 or due <= datetime(2026, 2, 28):
            rt = min(rt, datetime(2026, 6, 20, 10))   # every credit due in 2025 / early 2026 is settled by now
        if rt <= t:
            rt = t + D(days=float(rng.uniform(20, 40)))
        return rt if rt <= END else None

    def write_lines(self, c, o, t, lines, fee, ochan, odev, carrier, statuses, refunds, credit):
        prov = PROVINCES[c["prov"]]
        due, repaid, _ = credit if credit else (None, None, None)
        base = dict(order_no=o["no"], customer_id=c["id"], ts=fmt(t), channel=ochan, device=odev,
                    payment_method=o["pay"], 付款方式=PAYS[o["pay"]], province=prov[1], 省份=prov[0],
                    carrier=carrier[1], 承运商=carrier[0], due_date=day_only(due) if due else "",
                    repaid_at=fmt(repaid) if repaid and repaid <= END else "")
        k = 0
        for k, ((cat, name, qty, price), st) in enumerate(zip(lines, statuses), 1):
            row = dict(base, order_id=f"{o['no']}-{k:02d}", amount=f"{qty * price:.2f}", status=st,
                       line_type="product", product_category=cat, 品类=CATS[cat], product_name=name,
                       quantity=qty, unit_price=f"{price:.2f}")
            if st == "refunded":
                row.update(refunded_at=fmt(refunds[k - 1]), refund_reason="damaged_in_transit")
            self.orders.append(row)
            if st == "paid":
                c["spend"] += qty * price
        if fee:
            fst = "paid" if "paid" in statuses or "refunded" in statuses else statuses[0]
            if "pending" in statuses:
                fst = "pending"
            k += 1
            self.orders.append(dict(base, order_id=f"{o['no']}-{k:02d}", amount=f"{fee:.2f}", status=fst,
                                    line_type="delivery_fee", product_name="配送费", quantity=1,
                                    unit_price=f"{fee:.2f}"))
        if repaid is not None and repaid <= END:
            principal = sum(q * p for (_, _, q, p), s in zip(lines, statuses) if s == "paid")
            months = max(1, math.ceil((repaid - t).days / 30))
            days_late = max(0, (repaid.date() - due.date()).days)
            interest = principal * 0.005 * months + principal * 0.0005 * days_late
            k += 1
            self.orders.append(dict(base, order_id=f"{o['no']}-{k:02d}", ts=fmt(repaid), amount=f"{interest:.2f}",
                                    status="paid", line_type="credit_interest", product_name="赊账利息",
                                    quantity=1, unit_price=f"{interest:.2f}"))

    # ---- feedback not tied to an order
    def extras(self):
        rng = self.rng
        cs = self.customers
        # app store reviews: many without a customer, some without a date
        for _ in range(230):
            t = START + D(days=float(rng.uniform(0, (END - START).days)))
            topic = self.pick(["app_hard", "price_high", "neutral", "delivery_on_time", "agent_helpful"],
                              [0.4, 0.16 if t < PESTICIDE_HIKE else 0.3, 0.25, 0.12, 0.07])
            c = None
            if rng.random() < 0.3:
                c = cs[int(rng.integers(len(cs)))]
                if not c["uses_app"]:
                    c = None
            lang = "en" if rng.random() < 0.12 else "zh"
            self.fb(c, None if rng.random() < 0.22 else self.daytime(t), topic, "app_review",
                    rating="auto", lang=lang, cat="pesticide" if topic == "price_high" and rng.random() < 0.7 else "")
        # quarterly NPS survey of customers who ordered
        for wave in [datetime(2025, 3, 20), datetime(2025, 6, 20), datetime(2025, 9, 20), datetime(2025, 12, 15),
                     datetime(2026, 3, 20), datetime(2026, 6, 15)]:
            pool = [c for c in cs if c["orders"] and c["signup"] < wave]
            for j in rng.choice(len(pool), min(70, len(pool)), replace=False):
                c = pool[int(j)]
                w = {"fertiliser_effective": 0.25, "agent_helpful": 0.25 if c["agent"] != STAR_AGENT else 0.6,
                     "neutral": 0.3, "price_high": 0.1 if wave < PESTICIDE_HIKE else 0.28,
                     "delivery_late": 0.05 + (0.4 if c["late"] else 0), "app_hard": 0.25 if c["age"] == "60+" and
                     c["uses_app"] else 0.02}
                topic = self.pick(list(w), list(w.values()))
                t = None if rng.random() < 0.08 else self.daytime(wave + D(days=float(rng.uniform(0, 9))))
                self.fb(c, t, topic, "nps_survey", tp=TOPIC_TP[topic], nps="auto")


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    rng = np.random.default_rng(SEED)
    g = Gen(rng)
    cs = [g.customer(i) for i in range(1, N + 1)]
    # the trap agent took over 7 long-standing customers in 容县 in December 2025
    rong = [c for c in cs if c["county"][0] == "容县" and c["old"]]
    for j in rng.choice(len(rong), 7, replace=False):
        rong[int(j)]["trap"] = True
        rong[int(j)]["agent"] = TRAP_AGENT
    for c in cs:
        g.run(c)
    g.extras()
    # a few exact duplicate event rows (re-sent by the agents' app when offline)
    for j in rng.choice(len(g.events), 25, replace=False):
        g.events.append(dict(g.events[int(j)]))
    g.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    g.orders.sort(key=lambda r: (r["ts"], r["order_id"]))

    def dump(name, rows, cols):
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({k: r.get(k, "") for k in cols})

    dump("touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                  channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
         ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    dump("journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                               step=k, touchpoint_id=tp, window_days=j[3])
                          for j in JOURNEYS for k, tp in enumerate(j[4], 1)],
         ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    cust = []
    for c in cs:
        if c["orders"] == 0 or (c["old"] and c["last"] is None):
            seg = "prospect" if not c["old"] else "at_risk"
        elif c["ft"][0] == "cooperative" or c["spend"] >= 60000:
            seg = "vip"
        elif c["last"] < END - D(days=180):
            seg = "at_risk"
        elif len(c["seasons"]) >= 2:
            seg = "returning"
        else:
            seg = "new"
        prov = PROVINCES[c["prov"]]
        limit = {"smallholder": 5000, "large_grower": 50000, "cooperative": 300000}[c["ft"][0]]
        cust.append(dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment=seg, region=prov[1],
                         acquisition_channel=c["acq"][0], 获客渠道=c["acq"][1], province=prov[1], 省份=prov[0],
                         county=c["county"][1], 县区=c["county"][0], farmer_type=c["ft"][0], 农户类型=c["ft"][1],
                         main_crop=c["crop"], 主要作物=CROPS[c["crop"]], farm_size_mu=round(c["mu"], 1),
                         age_band=c["age"], app_user="yes" if c["uses_app"] else "no", device=c["device"],
                         village_agent=c["agent"], agent_id=g.agent_ids[c["agent"]], agronomist=c["agro"],
                         credit_limit=limit, language=c["lang"]))
    dump("customers.csv", cust, list(cust[0]))
    dump("events.csv", g.events,
         ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "order_no",
          "product_category", "品类", "payment_method", "付款方式", "carrier", "承运商", "agronomist", "amount",
          "due_date", "days_late"])
    dump("orders.csv", g.orders,
         ["order_id", "order_no", "customer_id", "ts", "amount", "status", "channel", "device", "line_type",
          "product_category", "品类", "product_name", "quantity", "unit_price", "payment_method", "付款方式",
          "province", "省份", "carrier", "承运商", "due_date", "repaid_at", "refunded_at", "refund_reason"])
    dump("feedback.csv", g.feedback,
         ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "order_no",
          "province", "省份", "agronomist", "product_category", "品类"])
    dump("_truth/feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment", "language"])
    print(f"customers {len(cust)}, events {len(g.events)}, orders {len(g.orders)}, feedback {len(g.feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
