"""绿野 GreenRoot: a plant nursery and garden-centre chain (苗圃 / 园艺中心) with three garden centres — 成都温江店
(Chengdu Wenjiang), 成都三圣乡店 (Chengdu Sanshengxiang) and 昆明斗南店 (Kunming Dounan, next to the Dounan flower
market, which also ships by express to customers outside the two cities) — and a WeChat mini program.
A customer finds us (Xiaohongshu notes, Douyin, Dianping, a friend, or walking past a garden centre), browses plants
(online or in the centre), may ask the plant doctor (植物医生, free plant-care consult), adds to cart, pays, picks up
or gets the plants delivered (same-city van or express), optionally books the planting service (上门种植: a gardener
comes to plant / repot), may file a 30-day survival guarantee claim (30天包活: died, pests, wrong variety, transit
damage → replacement or refund, rejected when filed after 30 days or for over-watering), joins seasonal workshops
(季节工作坊) and the 绿卡 membership, and buys again.
Events 2025-01-01 .. 2026-06-30 (the extract was taken at the start of July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics and sentiment of each comment: the generator's truth, not a DATA.md
table). Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261231
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 9000
FLASHGO = (datetime(2025, 9, 1), datetime(2026, 2, 1))      # Wenjiang outsources same-city delivery to 闪送达
PEST_BATCH = (datetime(2025, 5, 20), datetime(2025, 9, 10))  # houseplants bought in from 滇绿苗圃: scale insects
COLD = (datetime(2025, 12, 1), datetime(2026, 3, 1))          # winter: express parcels freeze
ROSE_MIXUP = (datetime(2025, 3, 1), datetime(2025, 6, 1))     # Dounan's rose seedlings mislabelled

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现绿野", "Discover GreenRoot", "awareness", "social", "digital", "marketing",
     "发现|种草|刷到|小红书|抖音|路过|朋友推荐|找到我们|discover|found us|first touch"),
    ("tp_browse", "浏览选苗", "Browse plants", "consideration", "mini_program", "digital", "merchandising",
     "逛|浏览|选苗|看植物|挑花|browse|browsing|looking at plants"),
    ("tp_consult", "植物医生咨询", "Plant-doctor consult", "consideration", "mini_program", "digital", "horticulture",
     "植物医生|养护咨询|问养护|咨询|plant doctor|care advice|consult|consultation"),
    ("tp_cart", "加入购物车", "Added to cart", "consideration", "mini_program", "digital", "merchandising",
     "加购|购物车|add to cart|cart|basket"),
    ("tp_pay", "下单支付", "Order paid", "purchase", "mini_program", "digital", "finance",
     "下单|支付|付款|买单|checkout|pay|payment|purchase|order"),
    ("tp_dispatch", "出苗发货", "Dispatched", "service", "store", "physical", "logistics",
     "发货|出苗|打包|dispatch|shipped|packed"),
    ("tp_deliver", "送货上门", "Delivered", "service", "other", "physical", "logistics",
     "送货|配送|到货|签收|快递|delivery|delivered|courier|shipping"),
    ("tp_plant", "上门种植", "Planting service", "service", "store", "physical", "garden_services",
     "种植服务|上门种植|栽种|换盆|师傅|planting|planting service|gardener|repotting"),
    ("tp_claim", "包活理赔申请", "Survival-guarantee claim", "service", "mini_program", "digital", "customer_service",
     "包活|理赔|死苗|索赔|售后|guarantee|claim|dead plant claim|warranty"),
    ("tp_claim_review", "理赔审核", "Claim reviewed", "service", "other", "digital", "customer_service",
     "理赔审核|审核|驳回|claim review|approved|rejected"),
    ("tp_replace", "补苗", "Replacement plant", "service", "store", "physical", "logistics",
     "补苗|换新|补发|replacement|replanted|new plant"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|refund|money back|refunded"),
    ("tp_ws_signup", "工作坊报名", "Workshop sign-up", "loyalty", "mini_program", "digital", "community",
     "工作坊报名|报名|买票|workshop booking|sign up|ticket"),
    ("tp_ws_attend", "参加工作坊", "Workshop attended", "loyalty", "store", "physical", "community",
     "工作坊|手作课|花艺课|上课|workshop|class|attended"),
    ("tp_member", "加入绿卡会员", "Joined membership", "loyalty", "mini_program", "digital", "crm",
     "会员|绿卡|入会|membership|member|green card|join"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("buy", "线上选购", "Buying plants", ["tp_discover", "tp_browse", "tp_cart", "tp_pay"], 7),
    ("consult", "咨询转化", "Consult to purchase", ["tp_consult", "tp_pay"], 14),
    ("fulfil", "配送到家", "Delivery", ["tp_pay", "tp_dispatch", "tp_deliver"], 10),
    ("guarantee", "包活理赔", "Survival guarantee", ["tp_claim", "tp_claim_review", "tp_replace"], 30),
    ("workshop", "季节工作坊", "Seasonal workshop", ["tp_ws_signup", "tp_ws_attend"], 60),
]
STORES = {  # id: zh, en, city, city zh, own-van median delivery days
    "S1": ("成都温江店", "Chengdu Wenjiang", "Chengdu", "成都"),
    "S2": ("成都三圣乡店", "Chengdu Sanshengxiang", "Chengdu", "成都"),
    "S3": ("昆明斗南店", "Kunming Dounan", "Kunming", "昆明"),
}
REGIONS = {"Chengdu": ("成都", 0.58), "Kunming": ("昆明", 0.27), "Other": ("外地", 0.15)}
CHANNELS = {  # en: zh, weight, p browse, p cart | browse
    "xiaohongshu": ("小红书", 0.32, 0.76, 0.24), "douyin": ("抖音", 0.20, 0.80, 0.42),
    "dianping": ("大众点评", 0.14, 0.82, 0.55), "friend": ("朋友推荐", 0.16, 0.90, 0.70),
    "walk_in": ("到店路过", 0.18, 0.97, 0.82)}
CTYPES = {  # en: zh, weight, category probs (houseplants, succulents, flowering, fruit_trees, bonsai, herbs),
    #         p planting service, p repeat, mean gap days
    "balcony": ("阳台党", 0.50, (0.28, 0.24, 0.28, 0.04, 0.01, 0.15), 0.06, 0.42, 55),
    "courtyard": ("庭院党", 0.26, (0.08, 0.04, 0.36, 0.34, 0.10, 0.08), 0.45, 0.60, 50),
    "office": ("办公室绿植", 0.21, (0.80, 0.10, 0.02, 0.00, 0.08, 0.00), 0.20, 0.36, 75),
    "landscaper": ("园林商户", 0.03, (0.10, 0.00, 0.40, 0.30, 0.20, 0.00), 0.70, 0.88, 25),
}
CATS = {  # en: zh, price range, varieties (zh, en), outdoor
    "houseplants": ("室内绿植", (60, 420), [("龟背竹", "Monstera"), ("琴叶榕", "Fiddle-leaf fig"), ("虎皮兰", "Snake plant"),
                                           ("绿萝", "Pothos")], False),
    "succulents": ("多肉", (25, 120), [("多肉拼盘", "Succulent combo"), ("玉露", "Haworthia")], False),
    "flowering": ("花卉", (40, 260), [("月季", "Rose"), ("绣球", "Hydrangea"), ("三角梅", "Bougainvillea")], True),
    "fruit_trees": ("果树苗", (80, 380), [("柠檬树", "Lemon tree"), ("蓝莓苗", "Blueberry"), ("无花果", "Fig tree")], True),
    "bonsai": ("盆景", (300, 1800), [("罗汉松盆景", "Podocarpus bonsai"), ("榆树盆景", "Elm bonsai")], False),
    "herbs": ("香草", (15, 60), [("迷迭香", "Rosemary"), ("薄荷", "Mint")], False),
}
AGE_BANDS = ["18-25", "26-35", "36-45", "46-55", "56+"]
AGES = {"balcony": (0.25, 0.48, 0.18, 0.07, 0.02), "courtyard": (0.02, 0.18, 0.32, 0.30, 0.18),
        "office": (0.10, 0.50, 0.30, 0.10, 0.00), "landscaper": (0.0, 0.25, 0.45, 0.25, 0.05)}
MODES = {"self_pickup": "到店自提", "same_city": "同城配送", "express": "快递"}
COURIERS = {"own_van": "自营货车", "flashgo": "闪送达", "sf_express": "顺丰"}
REASONS = {"died": "枯死", "pests": "虫害", "wrong_variety": "品种不符", "transit_damage": "运输损伤"}
RESULTS = {"replaced": "补苗", "refunded": "退款", "rejected": "驳回"}
OTYPES = {"plants": "植物", "pots_soil": "花盆土壤", "planting_service": "种植服务", "workshop_ticket": "工作坊门票"}
TIERS = {"non_member": "非会员", "green": "绿卡", "gold": "金卡"}
WORKSHOPS = [  # months, zh, en, price
    ((3, 4, 5), "春季多肉组盆", "Spring succulent arranging", 168),
    ((6, 7, 8), "苔藓微景观", "Moss terrarium", 198),
    ((9, 10, 11), "秋季球根种植", "Autumn bulb planting", 148),
    ((12, 1, 2), "圣诞花环与年宵花", "Christmas wreath & New Year flowers", 228),
]
SEASON = {1: 1.0, 2: 1.15, 3: 1.7, 4: 1.6, 5: 1.15, 6: 0.8, 7: 0.6, 8: 0.6, 9: 0.9, 10: 1.15, 11: 0.9, 12: 1.0}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "dead": (["买回来不到两周就枯死了", "叶子全黄了，最后还是死了", "苗到家没几天就蔫了，现在已经枯死", "刚种下去就死苗了，心疼"],
             ["the plant died within two weeks", "it went yellow and died after ten days", "our new tree died almost straight away"]),
    "pests": (["叶子背面全是介壳虫", "带回来的苗有虫，传染了家里其他植物", "发现很多小白虫，应该是粉蚧", "土里有虫子爬出来"],
              ["the leaves were covered in scale insects", "it came with bugs that spread to my other plants",
               "found mealybugs all over the stems"]),
    "late": (["说好第二天送到，结果等了四五天", "配送太慢了，苗在路上都闷坏了", "送货一拖再拖，客服也说不清什么时候到", "送货晚了好几天"],
             ["delivery was days late", "the van turned up four days after the promised date",
              "waited almost a week for a same-city delivery"]),
    "wrong": (["开花了才发现品种不对，买的红月季开出来是粉的", "发来的品种不对，和图片完全不一样", "标签写的是蓝莓，长出来根本不是", "颜色和品种都不对"],
              ["it turned out to be the wrong variety", "the roses bloomed a completely different colour - wrong variety",
               "not the cultivar we ordered"]),
    "damaged": (["快递到的时候花盆碎了，枝条也断了", "运输压坏了，叶子折了一大半", "箱子被压扁，苗折断了"],
                ["the pot arrived smashed and branches snapped", "crushed in transit, half the leaves broken"]),
    "cold": (["快递路上冻伤了，叶子一碰就掉", "冬天发快递，到手就冻坏了"],
             ["the plant was frost-damaged when the parcel arrived", "got frostbite in the express box, leaves turned black"]),
    "planting": (["种植师傅很专业，顺便教了怎么浇水", "上门种植的师傅干活利索，还把垃圾带走了", "师傅帮忙换盆，讲得很细"],
                 ["the planting crew were professional and tidy", "the gardener who came to plant our trees was brilliant"]),
    "doctor": (["植物医生回复很快，按他说的救活了", "在线问养护问题，植物医生讲得很耐心"],
               ["the plant doctor gave really useful care advice", "plant doctor answered within minutes and saved my fig"]),
    "workshop": (["工作坊很好玩，老师教得仔细，作品带回家了", "周末带孩子参加工作坊，体验很棒"],
                 ["the workshop was great fun and the teacher was patient", "loved the workshop, took my terrarium home"]),
    "crowded": (["工作坊人太多了，挤得转不开身，材料也不够", "报名的人太多，一个老师带四十个人，根本顾不过来"],
                ["the workshop was overcrowded and ran out of materials", "far too many people in one workshop"]),
    "healthy": (["苗很壮，根系发达，比花鸟市场的好", "植株健康，长势很好"],
                ["healthy, well-rooted plants, much better than the market", "the plants are thriving"]),
    "pricey": (["价格偏贵，比花市贵不少", "盆和土太贵了"], ["a bit pricey compared with the flower market",
                                               "pots and soil are overpriced"]),
}
GEN = {"pos": (["整体满意，会回购", "推荐给朋友了", "好评"], ["happy overall, will buy again", "would recommend"]),
       "neu": (["还行吧", "一般般"], ["it's okay", "average"]),
       "neg": (["体验很差", "不会再买了"], ["very disappointed", "won't buy again"])}
NEG_TOPICS = {"dead", "pests", "late", "wrong", "damaged", "cold", "crowded", "pricey"}
TOPIC_TP = [("dead", "tp_claim"), ("pests", "tp_claim"), ("wrong", "tp_claim"), ("cold", "tp_deliver"),
            ("damaged", "tp_deliver"), ("late", "tp_deliver"), ("crowded", "tp_ws_attend"),
            ("workshop", "tp_ws_attend"), ("planting", "tp_plant"), ("doctor", "tp_consult"), ("pricey", "tp_pay"),
            ("healthy", "tp_pay")]
REASON_TOPIC = {"died": "dead", "pests": "pests", "wrong_variety": "wrong", "transit_damage": "damaged"}


def pick(options, probs):
    p = np.asarray(probs, dtype=float)
    return options[int(rng.choice(len(options), p=p / p.sum()))]


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_pu = self.n_cl = 0

    def ev(self, c, t, tp, sid, action, common=None, device="auto", channel=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        if device == "auto":
            device = c["device"] if channel == "mini_program" else None
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=device, channel=channel)
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, common, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel=common.get("_ch"), device=common.get("_dev"), order_type=otype,
                   订单类型=OTYPES[otype], purchase_id=common.get("_pid"), store_id=common.get("store_id"),
                   store=common.get("store"), store_en=common.get("store_en"), store_city=common.get("store_city"),
                   门店城市=common.get("门店城市"), category=common.get("category"), 品类=common.get("品类"),
                   delivery_mode=common.get("delivery_mode"), 配送方式=common.get("配送方式"), currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, common=None, undated=False, gen=None,
           no_customer=False, tp=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"F{self.n_fb:06d}"
        lang = "en" if (c["lang"] == "en" and rng.random() < 0.9) or (c["lang"] == "zh" and rng.random() < 0.02) else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_pay")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if gen == "pos" or topics else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang)
        if common:
            for k in ("purchase_id", "store_id", "store", "store_en", "store_city", "门店城市", "category", "品类",
                      "variety", "品种", "workshop", "工作坊"):
                row[k] = common.get(k if k != "purchase_id" else "_pid")
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 6, 25):
            growth = 0.7 + 0.7 * (d - START).days / 540
            days.append((d, growth * SEASON[d.month]))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 22)))
            region = pick(list(REGIONS), [r[1] for r in REGIONS.values()])
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            if region == "Other" and ch == "walk_in":
                ch = "xiaohongshu"
            home = {"Chengdu": pick(["S1", "S2"], [0.55, 0.45]), "Kunming": "S3", "Other": "S3"}[region]
            ctype = pick(list(CTYPES), [x[1] for x in CTYPES.values()])
            en = 0.12 if region != "Other" else 0.05
            self.cust.append(dict(
                customer_id=f"C{i + 1:05d}", discover=t, region=region, home=home, channel=ch, ctype=ctype,
                age=pick(AGE_BANDS, AGES[ctype]), gender=pick(["female", "male"], [0.62, 0.38]),
                device=pick(["ios", "android"], [0.48, 0.52]), lang="en" if rng.random() < en else "zh",
                spend=0.0, n_paid=0, first_pay=None, last_pay=None, member=None, consulted=False))

    # ---------- one purchase attempt ----------
    def purchase(self, c, t, first):
        self.n_pu += 1
        pid = f"PU{self.n_pu:06d}"
        store = STORES[c["home"]]
        ct = CTYPES[c["ctype"]]
        cat = pick(list(CATS), ct[2])
        czh, (lo, hi), vars_, outdoor = CATS[cat]
        var = vars_[int(rng.integers(len(vars_)))]
        in_store = c["channel"] == "walk_in" and rng.random() < 0.75 and c["region"] != "Other"
        ch = "store" if in_store else "mini_program"
        if c["region"] == "Other":
            mode = "express"
        elif in_store:
            mode = pick(["self_pickup", "same_city"], [0.6, 0.4])
        else:
            mode = pick(["self_pickup", "same_city", "express"], [0.25, 0.70, 0.05])
        if cat in ("fruit_trees", "bonsai") and mode == "express" and c["region"] != "Other":
            mode = "same_city"
        supplier = "滇绿苗圃" if cat == "houseplants" and PEST_BATCH[0] <= t < PEST_BATCH[1] else "自有苗圃"
        common = dict(store_id=c["home"], store=store[0], store_en=store[1], store_city=store[2], 门店城市=store[3],
                      category=cat, 品类=czh, variety=var[1], 品种=var[0], delivery_mode=mode, 配送方式=MODES[mode],
                      supplier=supplier)
        priv = dict(_pid=pid, _ch=ch, _dev=c["device"] if ch == "mini_program" else None, **common)
        # browse (and maybe consult) -> cart -> pay
        self.ev(c, t, "tp_browse", pid, "view", common, channel=ch)
        consult = rng.random() < (0.28 if first else 0.15)
        tc = t
        if consult:
            tc = t + D(minutes=float(rng.uniform(3, 90)))
            cch = pick(["mini_program", "phone", "store"], [0.6, 0.15, 0.25] if in_store else [0.8, 0.2, 0.0])
            self.ev(c, tc, "tp_consult", pid, "ask", common, channel=cch,
                    consult_topic=pick(["watering", "light", "pests", "repotting", "choosing"],
                                       [0.25, 0.2, 0.15, 0.1, 0.3]))
            c["consulted"] = True
        p_cart = CHANNELS[c["channel"]][3] if first else 0.75
        if consult:
            p_cart = min(0.95, p_cart * 1.45)
        if rng.random() > p_cart:
            return None
        t_cart = tc + D(minutes=float(rng.uniform(2, 60)))
        if rng.random() < 0.15:
            t_cart += D(days=float(rng.uniform(0.5, 4)))
        self.ev(c, t_cart, "tp_cart", pid, "add", common, channel=ch)
        if rng.random() > (0.92 if in_store else 0.80):
            return None
        t_pay = t_cart + D(minutes=float(rng.uniform(1, 30)))
        if rng.random() < 0.1:
            t_pay += D(days=float(rng.uniform(0.3, 3)))
        if t_pay > END:
            return None
        qty = int(pick([1, 2, 3, 5], [0.6, 0.25, 0.1, 0.05]))
        if c["ctype"] == "landscaper":
            qty = int(rng.integers(10, 40))
        amt_plants = round(float(rng.uniform(lo, hi)) * qty)
        svc = rng.random() < (ct[3] * (1.0 if (outdoor or cat == "bonsai" or c["ctype"] == "office") else 0.4))
        svc = svc and mode != "express"
        pots = rng.random() < (0.5 if cat in ("houseplants", "succulents", "bonsai", "herbs") else 0.3)
        amt_pots = round(float(rng.uniform(30, 180)) * (qty if c["ctype"] != "landscaper" else qty / 3)) if pots else 0
        amt_svc = (round(120 + 40 * qty * (2 if cat in ("fruit_trees", "bonsai") else 1))) if svc else 0
        total = amt_plants + amt_pots + amt_svc
        self.ev(c, t_pay, "tp_pay", pid, "paid", common, channel=ch, amount=total, quantity=qty,
                planting_service=int(svc))
        o_pl = self.order(c, t_pay, amt_plants, "plants", priv, quantity=qty, variety=var[1], 品种=var[0])
        if pots:
            self.order(c, t_pay, amt_pots, "pots_soil", priv)
        if svc:
            self.order(c, t_pay, amt_svc, "planting_service", priv)
        c["n_paid"] += 1
        c["spend"] += total
        c["first_pay"] = c["first_pay"] or t_pay
        c["last_pay"] = t_pay
        # changed mind before dispatch
        if mode != "self_pickup" and rng.random() < 0.025:
            t_r = t_pay + D(hours=float(rng.uniform(1, 20)))
            self.ev(c, t_r, "tp_refund", pid, "refund", common, channel="other", refund_amount=total,
                    refund_reason="changed_mind", 退款原因="顾客取消")
            for o in self.orders[-(1 + pots + svc):]:
                o["status"], o["refunded_at"] = "refunded", ts(t_r)
            c["spend"] -= total
            return dict(t=t_r, issue=False)
        # fulfilment
        if mode == "self_pickup":
            t_recv = t_pay + D(hours=float(rng.uniform(0.1, 30)))
            courier = None
            late = False
        else:
            t_disp = t_pay + D(hours=float(rng.uniform(2, 26)))
            if mode == "express":
                courier, med = "sf_express", 2.6
            elif c["home"] == "S1" and FLASHGO[0] <= t_pay < FLASHGO[1]:
                courier, med = "flashgo", 3.3
            else:
                courier, med = "own_van", 0.9
            self.ev(c, t_disp, "tp_dispatch", pid, "dispatched", common, channel="store", courier=courier,
                    物流=COURIERS[courier])
            t_recv = t_pay + D(days=float(rng.lognormal(np.log(med), 0.35)))
            late = (t_recv - t_pay).days >= 3 and mode == "same_city"
            self.ev(c, t_recv, "tp_deliver", pid, "delivered", common, channel="other", courier=courier,
                    物流=COURIERS[courier])
        topics = []
        if late and rng.random() < 0.55:
            topics.append("late")
        t_plant = None
        if svc:
            t_plant = t_recv + D(days=float(rng.uniform(0.3, 4)))
            crew = {"S1": "温江一组", "S2": "三圣乡组", "S3": "斗南组"}[c["home"]]
            self.ev(c, t_plant, "tp_plant", pid, "planted", common, channel="store", crew=crew)
            if rng.random() < 0.45:
                topics.append("planting")
        # guarantee claim
        reason = None
        cold = mode == "express" and COLD[0] <= t_recv < COLD[1] and cat in ("houseplants", "flowering", "succulents")
        if cold and rng.random() < 0.30:
            reason = "died"
            topics.append("cold")
        elif mode == "express" and rng.random() < 0.07:
            reason = "transit_damage"
        elif supplier == "滇绿苗圃" and rng.random() < 0.25:
            reason = "pests"
        elif (c["home"] == "S3" and var[0] == "月季" and ROSE_MIXUP[0] <= t_pay < ROSE_MIXUP[1]
              and rng.random() < 0.60):
            reason = "wrong_variety"
        else:
            p_die = (0.11 if outdoor else 0.04) * (0.25 if svc else 1.0)
            r = rng.random()
            if r < p_die:
                reason = "died"
            elif r < p_die + 0.012:
                reason = "pests"
            elif r < p_die + 0.018:
                reason = "wrong_variety"
        issue = bool(reason) or late
        t_end = t_plant or t_recv
        if reason:
            med = {"died": 9, "pests": 12, "wrong_variety": 26, "transit_damage": 1.0}[reason]
            if "cold" in topics:
                med = 1.5
            t_cl = t_end + D(days=float(max(0.1, rng.lognormal(np.log(med), 0.5))))
            self.n_cl += 1
            clid = f"CL{self.n_cl:05d}"
            if REASON_TOPIC[reason] not in topics and not (reason == "died" and "cold" in topics):
                topics.append(REASON_TOPIC[reason])
            days = (t_cl - t_recv).total_seconds() / 86400
            if self.ev(c, t_cl, "tp_claim", pid, "submit", common, channel="mini_program", claim_id=clid,
                       claim_reason=reason, 理赔原因=REASONS[reason], days_since_receipt=round(days, 1)):
                if days > 30:
                    res = "rejected"
                elif reason == "died" and "cold" not in topics and rng.random() < 0.15:
                    res = "rejected"
                else:
                    res = "replaced" if rng.random() < 0.62 else "refunded"
                t_rv = t_cl + D(hours=float(rng.lognormal(np.log(30), 0.6)))
                self.ev(c, t_rv, "tp_claim_review", pid, "approved" if res != "rejected" else "rejected", common,
                        channel="other", claim_id=clid, claim_reason=reason, 理赔原因=REASONS[reason],
                        claim_result=res, 理赔结果=RESULTS[res])
                if res == "replaced":
                    self.ev(c, t_rv + D(days=float(rng.uniform(1, 6))), "tp_replace", pid, "replaced", common,
                            channel="store", claim_id=clid)
                elif res == "refunded":
                    t_rf = t_rv + D(hours=float(rng.uniform(2, 48)))
                    if self.ev(c, t_rf, "tp_refund", pid, "refund", common, channel="other", claim_id=clid,
                               refund_amount=amt_plants, refund_reason="guarantee_claim", 退款原因="包活理赔"):
                        if o_pl is not None:
                            o_pl["status"], o_pl["refunded_at"] = "refunded", ts(t_rf)
                            c["spend"] -= amt_plants
                if rng.random() < 0.45:
                    self.fb(c, t_cl + D(hours=1), [k for k in topics if k not in ("planting",)] or topics, "ticket",
                            common=priv)
            t_end = t_cl
        elif late and rng.random() < 0.3:
            self.fb(c, t_recv + D(hours=2), ["late"], "ticket", common=priv)
        if consult and rng.random() < 0.25:
            topics.append("doctor")
        if not issue and rng.random() < 0.22:
            topics.append("healthy")
        if rng.random() < 0.03:
            topics.append("pricey")
        # ratings: in-app review after receipt, Dianping review for in-store buyers
        p_rate = 0.55 if reason else (0.35 if issue else 0.22)
        if rng.random() < p_rate:
            stars = float(pick([5, 4, 3, 2], [0.50, 0.35, 0.11, 0.04]))
            pen = {"dead": 2.4, "cold": 2.6, "pests": 2.0, "wrong": 2.6, "damaged": 2.0, "late": 1.6, "pricey": 0.7}
            for k in topics:
                stars -= pen.get(k, 0.0)
            if "planting" in topics:
                stars += 0.8
            stars = float(min(5, max(1, round(stars))))
            t_r = (t_cl if reason else t_end) + D(hours=float(rng.lognormal(np.log(20), 0.8)))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_r, topics, "mini_program_review", rating=stars, common=priv, gen=gen)
        if in_store and rng.random() < 0.12:
            stars = float(pick([5, 4, 3, 2], [0.45, 0.38, 0.12, 0.05]))
            for k in topics:
                stars -= {"dead": 2.2, "pests": 2.0, "wrong": 2.4, "late": 1.5, "pricey": 1.0}.get(k, 0)
            stars = float(min(5, max(1, round(stars))))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_end + D(hours=float(rng.uniform(2, 72))), topics, "dianping_review", rating=stars,
                    common=priv, gen=gen, undated=rng.random() < 0.3)
        if rng.random() < 0.05:
            nps = int(np.clip(round(rng.normal(8.4 - 3.2 * issue, 1.5)), 0, 10))
            self.fb(c, t_end + D(days=2, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.6 else [],
                    "nps_survey", nps=nps, common=priv, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if topics and rng.random() < 0.03:
            neg_t = [k for k in topics if k in NEG_TOPICS] or topics
            self.fb(c, t_end + D(hours=float(rng.uniform(1, 96))), neg_t, "xiaohongshu_note",
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.3, common=priv)
        return dict(t=t_end, issue=issue, reason=reason, t_recv=t_recv)

    def workshop(self, c, t, common):
        mo = t.month
        w = next(x for x in WORKSHOPS if mo in x[0])
        pid = f"WS{self.n_ord + 1:06d}"
        store = STORES[c["home"]] if c["region"] != "Other" else None
        if store is None:
            return False
        wc = dict(store_id=c["home"], store=store[0], store_en=store[1], store_city=store[2], 门店城市=store[3],
                  workshop=w[2], 工作坊=w[1])
        priv = dict(_pid=pid, _ch="mini_program", _dev=c["device"], **wc)
        if not self.ev(c, t, "tp_ws_signup", pid, "signup", wc, channel="mini_program", amount=w[3]):
            return False
        o = self.order(c, t, w[3], "workshop_ticket", priv, workshop=w[2], 工作坊=w[1])
        c["spend"] += w[3]
        t_ws = t + D(days=float(rng.uniform(3, 21)))
        t_ws = datetime(t_ws.year, t_ws.month, t_ws.day, int(pick([10, 14, 19], [0.4, 0.4, 0.2])))
        r = rng.random()
        if r < 0.08:                                    # cancelled: ticket refunded
            t_r = t + D(days=float(rng.uniform(0.5, 3)))
            if self.ev(c, t_r, "tp_refund", pid, "refund", wc, channel="other", refund_amount=w[3],
                       refund_reason="workshop_cancelled", 退款原因="工作坊退票") and o is not None:
                o["status"], o["refunded_at"] = "refunded", ts(t_r)
                c["spend"] -= w[3]
            return False
        noshow = 0.12 if t_ws.hour < 19 else 0.30
        if r < 0.08 + noshow:
            return False
        if not self.ev(c, t_ws, "tp_ws_attend", pid, "attended", wc, device=None, channel="store"):
            return False
        crowded = w[2].startswith("Christmas") and rng.random() < 0.45
        topics = ["crowded"] if crowded else (["workshop"] if rng.random() < 0.6 else [])
        if rng.random() < 0.5:
            stars = float(pick([5, 4, 3], [0.62, 0.30, 0.08]))
            if crowded:
                stars -= 2.0
            stars = float(min(5, max(1, stars)))
            self.fb(c, t_ws + D(hours=float(rng.uniform(3, 30))), topics, "workshop_survey", rating=stars,
                    common=priv, gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"), tp="tp_ws_attend")
        return True

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            self.ev(c, c["discover"], "tp_discover", None, "view", device=c["device"] if c["channel"] != "walk_in"
                    else None, channel=c["channel"])
            if rng.random() > CHANNELS[c["channel"]][2]:
                continue
            t = c["discover"] + D(minutes=float(rng.uniform(1, 40)))
            if rng.random() < 0.08:
                t += D(days=float(rng.uniform(8, 30)))
            first, attended = True, False
            while t <= END:
                res = self.purchase(c, t, first)
                first_was = first
                first = False
                if res is None:
                    if first_was and rng.random() < 0.35:
                        t += D(days=float(rng.uniform(1, 20)))
                        first = True
                        continue
                    if not first_was and rng.random() < 0.5:
                        t += D(days=float(rng.uniform(1, 20)))
                        continue
                    break
                if c["member"] is None and rng.random() < (0.45 if c["channel"] == "walk_in" else 0.25):
                    tm = res["t"] + D(hours=float(rng.uniform(0.2, 48)))
                    if self.ev(c, tm, "tp_member", None, "join", channel="mini_program"):
                        c["member"] = tm
                if not attended and rng.random() < 0.16:
                    tw = res["t"] + D(days=float(rng.uniform(3, 60)))
                    attended = self.workshop(c, tw, None) or attended
                ct = CTYPES[c["ctype"]]
                p_ret = ct[4] * (1.25 if attended else 1.0) * (1.15 if c["member"] else 1.0)
                if res["issue"]:
                    p_ret *= 0.6
                if rng.random() > min(0.93, p_ret):
                    break
                g = float(rng.exponential(ct[5]) + 2)
                nxt = res["t"] + D(days=g)
                g /= max(0.6, SEASON[nxt.month])
                t = res["t"] + D(days=g)
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(8, 22)))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            tier = "non_member" if not c["member"] else ("gold" if c["spend"] >= 2000 else "green")
            if not c["n_paid"]:
                seg = "prospect"
            elif c["first_pay"] >= datetime(2026, 4, 1):
                seg = "new"
            elif c["last_pay"] < datetime(2026, 1, 1):
                seg = "at_risk"
            elif c["n_paid"] >= 4:
                seg = "vip"
            else:
                seg = "returning"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg,
                             region=c["region"], 城市=REGIONS[c["region"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员等级=TIERS[tier],
                             customer_type=c["ctype"], 客户类型=CTYPES[c["ctype"]][0], age_band=c["age"],
                             gender=c["gender"], phone_os=c["device"], home_store_id=c["home"],
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "store_id", "store", "store_en", "store_city", "门店城市", "category", "品类", "variety", "品种",
           "delivery_mode", "配送方式", "supplier", "amount", "quantity", "planting_service", "consult_topic", "courier",
           "物流", "crew", "claim_id", "claim_reason", "理赔原因", "days_since_receipt", "claim_result", "理赔结果",
           "refund_amount", "refund_reason", "退款原因", "workshop", "工作坊"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "purchase_id", "store_id", "store", "store_en", "store_city", "门店城市", "category", "品类", "variety",
            "品种", "quantity", "delivery_mode", "配送方式", "workshop", "工作坊", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "purchase_id", "store_id", "store", "store_en", "store_city", "门店城市", "category", "品类", "variety", "品种",
           "workshop", "工作坊"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "customer_type", "客户类型", "age_band", "gender", "phone_os", "home_store_id",
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
    dup_idx = rng.choice(len(ev), size=18, replace=False)            # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, purchases {g.n_pu}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}, claims {g.n_cl}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
