"""锦鲤阁 KoiHaven: ornamental koi and pond supplies for buyers in mainland China, Japan and the US. Synthetic,
written blind.

Four lines of business:
- online koi auctions (网上锦鲤拍卖): buyers browse lots from Japanese breeders (and one Guangdong farm), watch,
  bid, win, pay; imported fish sit in quarantine, then ship live (air / overnight, ground, private car); dead on
  arrival (DOA) fish are claimed with a photo, approved or rejected, refunded / replaced / store credit;
- the supplies shop (商城): water-testing kits, ammonia reagent refills, food, UV clarifiers, pumps, medicine;
  returns;
- pond construction (建池): enquiry, on-site survey, quote, contract with a 30 % deposit (China and US only);
- pond maintenance subscriptions (养护订阅): basic / standard / premium plans, a technician visit a month,
  cancellations (China and US only).
Amounts are in the buyer's market currency (CNY, JPY, USD) with amount_cny beside (fixed rates JPY 0.048,
USD 7.20).

Data 2024-07-01 .. 2026-06-30 (extract taken 2026-07-06, five months before "today" 2026-12-01). Naive local
time of the buyer's market.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topic / sentiment / language per comment; not a DATA.md table).
Deterministic (seed 20260706), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260706
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 6, 30, 23, 59, 59)
CLAIM_RULE = datetime(2025, 11, 1)                                   # DOA photo window 6 h -> 2 h
PRICE_UP = datetime(2025, 10, 1)                                     # CN standard plan 680 -> 880 CNY / month
KIT_LOT = (datetime(2026, 1, 5), datetime(2026, 3, 31, 23, 59))      # bad ammonia reagent lot NH3-2601
NOSHOW = (datetime(2026, 3, 1), datetime(2026, 5, 31, 23, 59))       # Guangdong technician no-shows
AB = (datetime(2025, 9, 1), datetime(2025, 11, 30, 23, 59, 59))      # video preview test (assignment window)
AB_END = datetime(2025, 12, 31, 23, 59, 59)
DUP = (datetime(2025, 12, 10), datetime(2025, 12, 14, 23, 59))       # mini program tracker re-sent listing views

RATE = {"CNY": 1.0, "JPY": 0.048, "USD": 7.2}
MARKETS = {
    "CN": dict(zh="中国大陆", en="Mainland China", cur="CNY", w=0.55,
               regions={"Shanghai": ("上海", 0.2), "Zhejiang": ("浙江", 0.2), "Jiangsu": ("江苏", 0.15),
                        "Guangdong": ("广东", 0.25), "Beijing": ("北京", 0.1), "Sichuan": ("四川", 0.1)},
               devices={"mini_program": 0.45, "ios": 0.25, "android": 0.3},
               acq={"douyin": 0.3, "xiaohongshu": 0.25, "koi_show": 0.2, "referral": 0.15, "baidu_ads": 0.1}),
    "JP": dict(zh="日本", en="Japan", cur="JPY", w=0.2,
               regions={"Kanto": ("关东", 0.45), "Kansai": ("关西", 0.3), "Chubu": ("中部", 0.25)},
               devices={"ios": 0.5, "pc": 0.3, "android": 0.2},
               acq={"koi_show": 0.35, "referral": 0.3, "google_ads": 0.2, "instagram": 0.15}),
    "US": dict(zh="美国", en="United States", cur="USD", w=0.25,
               regions={"California": ("加州", 0.4), "Texas": ("得州", 0.2), "Florida": ("佛州", 0.2),
                        "New York": ("纽约州", 0.2)},
               devices={"ios": 0.45, "pc": 0.35, "android": 0.2},
               acq={"google_ads": 0.35, "instagram": 0.25, "koi_show": 0.15, "referral": 0.25}),
}
ACQ_ZH = {"douyin": "抖音", "xiaohongshu": "小红书", "koi_show": "锦鲤品评会", "referral": "老客推荐",
          "baidu_ads": "百度推广", "google_ads": "谷歌广告", "instagram": "Instagram"}
SEGMENTS = {"hobbyist": ("爱好者", 0.5), "collector": ("藏家", 0.2), "dealer": ("鱼场/渔商", 0.1),
            "pond_owner": ("庭院池主", 0.22)}
BREEDERS = {  # id: zh, en, price multiplier, weight
    "sakai": ("阪井养鱼场", "Sakai Fish Farm", 2.3, 0.14), "dainichi": ("大日养鱼场", "Dainichi Koi Farm", 2.0, 0.16),
    "isa": ("伊佐养鱼场", "Isa Koi Farm", 1.7, 0.12), "momotaro": ("桃太郎锦鲤", "Momotaro Koi", 1.35, 0.18),
    "marusaka": ("丸坂养鱼场", "Marusaka Koi Farm", 1.2, 0.16), "lingnan": ("岭南锦鲤场", "Lingnan Koi Farm", 0.45, 0.24),
}
VARIETIES = {"kohaku": ("红白", 0.26), "sanke": ("大正三色", 0.18), "showa": ("昭和三色", 0.16),
             "shiro_utsuri": ("白写", 0.1), "ogon": ("黄金", 0.1), "asagi": ("浅黄", 0.1), "tancho": ("丹顶", 0.1)}
GRADES = {"tosai": ("当岁", 0.5, 1400.0, (12, 25)), "nisai": ("二岁", 0.35, 5200.0, (28, 45)),
          "sansai": ("三岁", 0.15, 12500.0, (45, 62))}
SHIP = {  # method: zh, en, market, weight, kind
    "sf_air": ("顺丰航空件", "SF Express air", "CN", 0.5, "air"),
    "sf_ground": ("顺丰陆运", "SF Express ground", "CN", 0.3, "ground"),
    "private_car": ("专车直送", "Private car", "CN", 0.2, "car"),
    "yamato_cool": ("大和冷藏便", "Yamato Cool TA-Q-BIN", "JP", 0.72, "air"),
    "sagawa_ground": ("佐川陆运", "Sagawa ground", "JP", 0.28, "ground"),
    "fedex_overnight": ("联邦快递隔夜达", "FedEx Priority Overnight", "US", 0.55, "air"),
    "ups_ground": ("UPS陆运", "UPS Ground", "US", 0.3, "ground"),
    "airline_cargo": ("航空货运机场自提", "Airline cargo (airport pickup)", "US", 0.15, "air"),
}
CLAIM_REJ_ZH = {"photo_late": "照片超时", "water_params_missing": "缺水质数据", "died_after_acclimation": "过水后死亡"}
RESOLUTION_ZH = {"refund": "退款", "replacement": "补发", "store_credit": "店铺余额"}
PRODUCTS = {  # id: zh, en, CNY, JPY, USD, weight
    "water_test_kit": ("水质检测套装", "Water test kit", 268, 5800, 39, 0.22),
    "ammonia_reagent": ("氨氮试剂补充装", "Ammonia reagent refill", 68, 1500, 12, 0.16),
    "koi_food": ("锦鲤饲料", "Koi food", 198, 4200, 32, 0.3),
    "uv_clarifier": ("UV杀菌灯", "UV clarifier", 1280, 26000, 189, 0.1),
    "pond_pump": ("循环水泵", "Pond pump", 2280, 48000, 329, 0.07),
    "medicine": ("鱼药", "Fish medicine", 128, 2600, 22, 0.15),
}
RETURN_ZH = {"inaccurate_reading": "读数不准", "damaged_in_transit": "运输破损", "wrong_item": "发错货",
             "changed_mind": "不想要了"}
PLANS = {  # plan: zh, CNY fee (after PRICE_UP for standard), USD fee, weight
    "basic": ("基础养护", 380, 129, 0.4), "standard": ("标准养护", 680, 229, 0.45), "premium": ("尊享养护", 1280, 389, 0.15)}
CANCEL_ZH = {"price_increase": "涨价", "technician_no_show": "技师爽约", "diy": "自己打理", "moved_house": "搬家",
             "pond_filled_in": "填池不养了"}
TECHS = {"Shanghai": ["周师傅", "陆师傅"], "Zhejiang": ["钱师傅", "沈师傅"], "Jiangsu": ["顾师傅"],
         "Guangdong": ["黄师傅", "梁师傅"], "Beijing": ["赵师傅"], "Sichuan": ["罗师傅"],
         "California": ["Mike Reyes", "Dana Cho"], "Texas": ["Jose Luna"], "Florida": ["Kevin Pratt"],
         "New York": ["Sam Oduya"]}
POND_TYPES = {"concrete": ("混凝土池", 0.5), "liner": ("防水膜池", 0.35), "mud_pond": ("泥塘", 0.15)}
REPS = {"CN": ["林晓 Lin Xiao", "何俊 He Jun", "苏婉 Su Wan"], "US": ["Rachel Kim", "Tom Becker"]}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_lot_view", "拍品浏览", "Auction lot viewed", "awareness", "app", "digital", "auction",
     "看鱼|看拍品|拍卖页|浏览拍品|lot page|auction listing|browsing lots"),
    ("tp_watch", "加入关注", "Lot watched", "consideration", "app", "digital", "auction",
     "关注|收藏|盯拍|watchlist|watch|favourite"),
    ("tp_bid", "出价", "Bid placed", "consideration", "app", "digital", "auction",
     "竞价|出价|举牌|bid|bidding|place a bid"),
    ("tp_win", "拍卖成交", "Auction won", "purchase", "app", "digital", "auction",
     "成交|中标|拍中|落槌|won|hammer|winning bid"),
    ("tp_pay", "拍品付款", "Lot payment", "purchase", "app", "digital", "finance",
     "付款|支付|结账|payment|checkout|pay"),
    ("tp_quarantine", "检疫暂养", "Quarantine hold", "service", "other", "physical", "fish_house",
     "检疫|隔离|暂养|quarantine|QT|holding"),
    ("tp_ship", "活鱼发货", "Live fish shipped", "service", "other", "physical", "logistics",
     "发货|打包发鱼|发鱼|shipping|shipped|dispatch"),
    ("tp_arrive", "到货签收", "Fish delivered", "service", "other", "physical", "logistics",
     "到货|签收|收鱼|delivery|arrival|received"),
    ("tp_doa_claim", "死鱼理赔申请", "DOA claim filed", "service", "app", "digital", "customer_service",
     "死鱼理赔|到货死亡|DOA|dead on arrival|DOA claim|理赔申请"),
    ("tp_claim_result", "理赔结果", "DOA claim decision", "service", "app", "digital", "customer_service",
     "理赔结果|理赔审核|赔付|claim decision|claim outcome|refund decision"),
    ("tp_shop_order", "商城下单", "Shop order", "purchase", "app", "digital", "eshop",
     "商城|买用品|下单|水质检测|shop|supplies order|test kit order"),
    ("tp_shop_return", "商城退货", "Shop return", "service", "app", "digital", "eshop",
     "退货|退款|return|refund request"),
    ("tp_pond_enquiry", "建池咨询", "Pond build enquiry", "awareness", "phone", "digital", "pond_projects",
     "建池|鱼池设计|造池咨询|pond build|pond enquiry|pond construction"),
    ("tp_site_survey", "上门勘测", "Site survey", "consideration", "store", "physical", "pond_projects",
     "勘测|量尺|现场勘察|site visit|survey visit"),
    ("tp_pond_quote", "建池报价", "Pond quote sent", "consideration", "email", "digital", "pond_projects",
     "报价|方案报价|quote|estimate|proposal"),
    ("tp_pond_contract", "签约付定金", "Contract signed", "purchase", "store", "physical", "pond_projects",
     "签约|定金|合同|contract|deposit|signed"),
    ("tp_plan_start", "开通养护订阅", "Maintenance plan started", "purchase", "app", "digital", "pond_care",
     "订阅|开通会员|养护套餐|subscription|sign up plan|maintenance plan"),
    ("tp_visit", "上门养护", "Maintenance visit", "service", "store", "physical", "pond_care",
     "上门|养护|清池|技师上门|visit|service call|pond cleaning"),
    ("tp_plan_cancel", "取消订阅", "Plan cancelled", "loyalty", "app", "digital", "pond_care",
     "退订|取消会员|停止养护|cancel|churn|unsubscribe"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("auction", "竞拍成交", "Auction to payment", ["tp_lot_view", "tp_bid", "tp_win", "tp_pay"], 7),
    ("delivery", "成交到收鱼", "Win to delivery", ["tp_win", "tp_pay", "tp_ship", "tp_arrive"], 30),
    ("pond_build", "建池签约", "Pond build sales", ["tp_pond_enquiry", "tp_site_survey", "tp_pond_quote",
                                               "tp_pond_contract"], 60),
    ("doa_claim", "死鱼理赔", "DOA claim handling", ["tp_doa_claim", "tp_claim_result"], 14),
]
DEV_CH = {"mini_program": "mini_program", "ios": "app", "android": "app", "pc": "web"}


class G:
    def __init__(self):
        self.rng = np.random.default_rng(SEED)
        self.events, self.orders, self.feedback, self.truth, self.exps, self.customers = [], [], [], [], [], []
        self.n = dict(ev=0, fb=0, ses=0, lot=0, ord=0, claim=0, proj=0, sub=0)
        self.dups = []

    def r(self):
        return float(self.rng.random())

    def pick(self, d):
        keys = list(d)
        w = np.array([d[k][1] if isinstance(d[k], tuple) else d[k] for k in keys], float)
        return keys[int(self.rng.choice(len(keys), p=w / w.sum()))]

    def nid(self, k, prefix, width=6):
        self.n[k] += 1
        return f"{prefix}{self.n[k]:0{width}d}"

    def ev(self, c, ts, tp, action, **kw):
        row = dict(event_id=self.nid("ev", "E", 7), customer_id=c["id"], ts=ts, touchpoint_id=tp, action=action,
                   market=c["market"], 市场=MARKETS[c["market"]]["zh"], region=c["region"])
        row.update(kw)
        self.events.append(row)
        return row

    def hour(self, t, lo=8, hi=23):
        return t.replace(hour=int(self.rng.integers(lo, hi)), minute=int(self.rng.integers(0, 60)),
                         second=int(self.rng.integers(0, 60)))

    def local(self, cny, cur):
        v = cny / RATE[cur]
        step = {"CNY": 10, "JPY": 1000, "USD": 10}[cur]
        return float(max(step, round(v / step) * step))

    # ---------------------------------------------------------------- customers
    def make_customers(self):
        for i in range(2000):
            m = self.pick({k: v["w"] for k, v in MARKETS.items()})
            mk = MARKETS[m]
            reg = self.pick(mk["regions"])
            seg = self.pick(SEGMENTS)
            if m == "JP" and seg == "pond_owner" and self.r() < 0.6:
                seg = "collector"
            signup = START - D(days=int(self.rng.integers(20, 900)))
            if self.r() < 0.55:
                signup = START + D(days=int(self.rng.integers(0, 700)))
            signup = self.hour(signup)
            dev = self.pick(mk["devices"])
            self.customers.append(dict(
                id=f"K{i + 1:05d}", market=m, region=reg, seg=seg, signup=signup, dev=dev,
                acq=self.pick(mk["acq"]), tier="gold" if seg in ("collector", "dealer") and self.r() < 0.5 else
                self.pick({"silver": 0.35, "bronze": 0.65}), lang="zh" if m == "CN" else "en",
                variant=None, assigned=None, built=None))

    def run(self):
        self.make_customers()
        for c in self.customers:
            self.auction_life(c)
            self.shop_life(c)
            if c["market"] in ("CN", "US"):
                self.pond_life(c)
        self.loose_feedback()

    # ---------------------------------------------------------------- auctions
    def auction_life(self, c):
        rate = {"hobbyist": 4.0, "collector": 12.0, "dealer": 16.0, "pond_owner": 2.0}[c["seg"]]
        t0 = max(START, c["signup"])
        span = (END - t0).days
        if span <= 3:
            return
        n = int(self.rng.poisson(rate * span / 365))
        times = sorted(t0 + D(days=float(self.rng.uniform(0, span))) for _ in range(n))
        for t in times:
            t = self.hour(t, 9, 24)
            if t > END:
                continue
            if AB[0] <= t <= AB[1] and c["variant"] is None:
                c["variant"] = "video" if self.r() < 0.5 else "photo"
                c["assigned"] = t
                self.exps.append(dict(experiment_id="lot_video_2025", variant=c["variant"], customer_id=c["id"],
                                      assigned_at=t, market=c["market"], device=c["dev"]))
            self.lot_session(c, t)

    def lot_session(self, c, t):
        sid = self.nid("ses", "S", 7)
        dev = c["dev"] if self.r() < 0.85 else self.pick(MARKETS[c["market"]]["devices"])
        base = dict(session_id=sid, device=dev, channel=DEV_CH[dev])
        breeders = {k: v[3] for k, v in BREEDERS.items()}
        if c["market"] != "CN":
            breeders.pop("lingnan")
        br = self.pick(breeders)
        var = self.pick(VARIETIES)
        gr = self.pick({k: v[1] for k, v in GRADES.items()})
        lot = self.nid("lot", "LOT", 6)
        size = int(self.rng.integers(*GRADES[gr][3]))
        lot_size = int(self.rng.choice([1, 3, 5])) if gr == "tosai" and self.r() < 0.4 else 1
        cny = GRADES[gr][2] * BREEDERS[br][2] * float(self.rng.lognormal(0, 0.55)) * (0.6 + 0.4 * lot_size)
        if c["market"] == "JP":
            cny *= 1.15
        cur = MARKETS[c["market"]]["cur"]
        start_price = self.local(cny * 0.45, cur)
        lotinfo = dict(lot_id=lot, breeder=br, 养殖场=BREEDERS[br][0], variety=var, 品种=VARIETIES[var][0],
                       grade=gr, 规格=GRADES[gr][0], size_cm=size, lot_size=lot_size, currency=cur)
        self.ev(c, t, "tp_lot_view", "view", **base, **lotinfo, start_price=start_price)
        if DUP[0] <= t <= DUP[1] and dev == "mini_program":
            self.dups.append(dict(self.events[-1]))
        t = t + D(minutes=float(self.rng.uniform(1, 30)))
        if self.r() < 0.32:
            self.ev(c, t, "tp_watch", "watch", **base, **lotinfo)
            t = t + D(hours=float(self.rng.uniform(0.5, 40)))
        p_bid = {"hobbyist": 0.3, "collector": 0.5, "dealer": 0.58, "pond_owner": 0.2}[c["seg"]]
        if c["assigned"] is not None and c["assigned"] <= t <= AB_END:
            p_bid *= 1.4 if c["variant"] == "video" else 0.95
        if self.r() >= p_bid:
            return
        win = self.r() < (0.5 if c["seg"] == "dealer" else 0.4)
        hammer = self.local(cny, cur)
        nb = int(self.rng.integers(1, 5))
        for k in range(nb):
            frac = 0.5 + 0.5 * (k + 1) / nb if win else 0.5 + 0.4 * (k + 1) / nb
            amt = self.local(cny * frac, cur)
            self.ev(c, t, "tp_bid", "bid", **base, **lotinfo, bid_amount=amt,
                    bid_amount_cny=round(amt * RATE[cur], 2))
            t = t + D(minutes=float(self.rng.uniform(2, 300)))
        if not win:
            return
        amount_cny = round(hammer * RATE[cur], 2)
        self.ev(c, t, "tp_win", "won", **base, **lotinfo, hammer_price=hammer, hammer_price_cny=amount_cny)
        oid = self.nid("ord", "O", 7)
        order = dict(order_id=oid, customer_id=c["id"], ts=t, amount=hammer, currency=cur, amount_cny=amount_cny,
                     status="paid", order_type="auction_lot", 订单类型="拍卖锦鲤", channel=base["channel"], device=dev,
                     market=c["market"], 市场=MARKETS[c["market"]]["zh"], region=c["region"], lot_id=lot,
                     breeder=br, 养殖场=BREEDERS[br][0], variety=var, 品种=VARIETIES[var][0], grade=gr,
                     规格=GRADES[gr][0], product=None, 商品=None, plan=None, session_id=sid)
        self.orders.append(order)
        tp = t + D(hours=float(self.rng.uniform(0.2, 40)))
        if tp > END:
            order["status"] = "unpaid"
            return
        if self.r() < 0.035:
            order["status"] = "cancelled"
            self.ev(c, tp, "tp_pay", "fail", **base, lot_id=lot, order_id=oid, fail_reason="payment_timeout")
            return
        if self.r() < 0.06:
            self.ev(c, tp, "tp_pay", "fail", **base, lot_id=lot, order_id=oid,
                    fail_reason="card_declined" if c["market"] != "CN" else "bank_limit")
            tp = tp + D(minutes=float(self.rng.uniform(5, 300)))
        self.ev(c, tp, "tp_pay", "success", **base, lot_id=lot, order_id=oid, amount=hammer, currency=cur,
                amount_cny=amount_cny)
        self.ship(c, tp, order, lotinfo, sid)

    def ship(self, c, t, order, lotinfo, sid):
        m = c["market"]
        base = dict(session_id=sid, lot_id=lotinfo["lot_id"], order_id=order["order_id"], breeder=lotinfo["breeder"],
                    养殖场=lotinfo["养殖场"], grade=lotinfo["grade"], 规格=lotinfo["规格"], variety=lotinfo["variety"],
                    品种=lotinfo["品种"])
        imported = lotinfo["breeder"] != "lingnan" and m != "JP"
        if imported:
            qd = int(np.clip(self.rng.normal(18 if m == "US" else 11, 2.5), 7, 30))
            self.ev(c, self.hour(t + D(days=1)), "tp_quarantine", "hold", **base, quarantine_days=qd,
                    fish_house="KoiHaven Dallas QT" if m == "US" else "锦鲤阁佛山检疫池")
            t = t + D(days=qd + 1)
        else:
            t = t + D(days=float(self.rng.uniform(1, 4)))
        meth = self.pick({k: v[3] for k, v in SHIP.items() if v[2] == m})
        kind = SHIP[meth][4]
        ts = self.hour(t, 6, 18)
        if ts > END:
            return
        hrs = {"air": (14, 30), "ground": (38, 76), "car": (5, 14)}[kind]
        transit = float(self.rng.uniform(*hrs)) * (1.25 if m == "US" and kind == "ground" else 1.0)
        transit = round(transit, 1)
        self.ev(c, ts, "tp_ship", "shipped", **base, shipping_method=meth, 发货方式=SHIP[meth][0],
                ship_kind=kind, boxes=1 + (lotinfo["lot_size"] > 3))
        ta = ts + D(hours=transit)
        if ta > END:
            return
        summer = ta.month in (7, 8)
        p = {"air": 0.03, "ground": 0.065, "car": 0.012}[kind]
        if summer:
            p *= 3.6 if kind == "ground" else 1.3
        doa = self.r() < p
        dead = int(self.rng.integers(1, lotinfo["lot_size"] + 1)) if doa else 0
        self.ev(c, ta, "tp_arrive", "delivered", **base, shipping_method=meth, 发货方式=SHIP[meth][0],
                transit_hours=transit, fish_dead=dead, water_temp_c=round(float(self.rng.normal(
                    29 if summer else 19, 2.5)), 1))
        claim_state = None
        if doa and self.r() < 0.92:
            photo = round(0.2 + float(self.rng.exponential(2.6)), 1)
            tc = ta + D(hours=photo + float(self.rng.uniform(0, 2)))
            cid = self.nid("claim", "CL", 5)
            claim_local = round(order["amount"] * dead / lotinfo["lot_size"], 2)
            self.ev(c, tc, "tp_doa_claim", "filed", **base, claim_id=cid, photo_hours=photo, fish_dead=dead,
                    claim_amount=claim_local, currency=order["currency"],
                    claim_amount_cny=round(claim_local * RATE[order["currency"]], 2),
                    shipping_method=meth, 发货方式=SHIP[meth][0])
            limit = 6 if tc < CLAIM_RULE else 2
            if photo > limit:
                rej = "photo_late"
            elif self.r() < 0.06:
                rej = "water_params_missing"
            elif self.r() < 0.04:
                rej = "died_after_acclimation"
            else:
                rej = None
            days = max(0.3, float(self.rng.gamma(2.0, {"CN": 1.6, "JP": 1.1, "US": 4.6}[m])))
            td = tc + D(days=days)
            if td <= END:
                res = None if rej else self.pick({"refund": 0.5, "replacement": 0.3, "store_credit": 0.2})
                self.ev(c, td, "tp_claim_result", "rejected" if rej else "approved", **base, claim_id=cid,
                        reject_reason=rej, 驳回原因=CLAIM_REJ_ZH.get(rej), resolution=res,
                        处理方式=RESOLUTION_ZH.get(res), days_to_resolve=round(days, 1))
                if res == "refund" and dead == lotinfo["lot_size"]:
                    order["status"] = "refunded"
                claim_state = ("rejected", td) if rej else ("approved", td)
        # post-delivery survey / comments
        if claim_state and claim_state[0] == "rejected" and self.r() < 0.85:
            self.topic_fb(c, claim_state[1] + D(hours=float(self.rng.uniform(1, 48))), "claim_rejected",
                          "tp_claim_result", "wechat_ticket" if m == "CN" else "email_ticket", order,
                          rating=1)
        if self.r() < 0.38:
            tf = ta + D(hours=float(self.rng.uniform(6, 96)))
            if doa:
                topic = "doa"
            elif transit > 60 and self.r() < 0.7:
                topic = "transit_slow"
            else:
                topic = self.pick({"praise_healthy": 0.3, "praise_packing": 0.25, "not_as_pictured": 0.12,
                                   "neutral": 0.33})
            self.survey(c, tf, topic, order)

    # ---------------------------------------------------------------- shop
    def shop_life(self, c):
        rate = {"hobbyist": 2.0, "collector": 1.2, "dealer": 3.0, "pond_owner": 2.6}[c["seg"]]
        t0 = max(START, c["signup"])
        span = (END - t0).days
        if span <= 3:
            return
        cur = MARKETS[c["market"]]["cur"]
        for _ in range(int(self.rng.poisson(rate * span / 365))):
            t = self.hour(t0 + D(days=float(self.rng.uniform(0, span))))
            if t > END:
                continue
            pr = self.pick({k: v[5] for k, v in PRODUCTS.items()})
            qty = int(self.rng.choice([1, 1, 1, 2, 3])) if pr in ("koi_food", "ammonia_reagent", "medicine") else 1
            unit = PRODUCTS[pr][{"CNY": 2, "JPY": 3, "USD": 4}[cur]]
            amt = float(unit * qty)
            dev = c["dev"]
            oid = self.nid("ord", "O", 7)
            lot_no = None
            if pr in ("water_test_kit", "ammonia_reagent"):
                lot_no = "NH3-2601" if KIT_LOT[0] <= t <= KIT_LOT[1] else f"NH3-{t.strftime('%y%m')[:3]}{int(t.month > 6)}"
            order = dict(order_id=oid, customer_id=c["id"], ts=t, amount=amt, currency=cur,
                         amount_cny=round(amt * RATE[cur], 2), status="paid", order_type="shop",
                         订单类型="商城用品", channel=DEV_CH[dev], device=dev, market=c["market"],
                         市场=MARKETS[c["market"]]["zh"], region=c["region"], product=pr, 商品=PRODUCTS[pr][0],
                         quantity=qty, reagent_lot=lot_no)
            self.orders.append(order)
            self.ev(c, t, "tp_shop_order", "paid", order_id=oid, device=dev, channel=DEV_CH[dev], product=pr,
                    商品=PRODUCTS[pr][0], amount=amt, currency=cur, amount_cny=order["amount_cny"], reagent_lot=lot_no)
            bad = lot_no == "NH3-2601"
            p_ret = 0.3 if bad else 0.025
            tr = t + D(days=float(self.rng.uniform(2, 12)))
            if self.r() < p_ret and tr <= END:
                reason = "inaccurate_reading" if bad and self.r() < 0.9 else self.pick(
                    {"damaged_in_transit": 0.4, "wrong_item": 0.3, "changed_mind": 0.3})
                order["status"] = "returned"
                self.ev(c, tr, "tp_shop_return", "returned", order_id=oid, device=dev, channel=DEV_CH[dev],
                        product=pr, 商品=PRODUCTS[pr][0], return_reason=reason, 退货原因=RETURN_ZH[reason],
                        refund_amount=amt, currency=cur, refund_amount_cny=order["amount_cny"], reagent_lot=lot_no)
                if reason == "inaccurate_reading" and self.r() < 0.65:
                    self.topic_fb(c, tr + D(hours=float(self.rng.uniform(1, 30))), "kit_inaccurate",
                                  "tp_shop_return", "app_review", order, rating=int(self.rng.choice([1, 1, 2])))
            elif bad and self.r() < 0.12:
                self.topic_fb(c, t + D(days=float(self.rng.uniform(3, 15))), "kit_inaccurate", "tp_shop_order",
                              "app_review", order, rating=2)
            elif self.r() < 0.04:
                self.topic_fb(c, t + D(days=float(self.rng.uniform(3, 15))),
                              self.pick({"neutral": 0.6, "praise_packing": 0.4}), "tp_shop_order", "app_review", order,
                              rating=int(self.rng.choice([4, 5])))

    # ---------------------------------------------------------------- ponds
    def pond_life(self, c):
        p_enq = {"pond_owner": 0.55, "hobbyist": 0.1, "collector": 0.12, "dealer": 0.05}[c["seg"]]
        m = c["market"]
        cur = MARKETS[m]["cur"]
        t0 = max(START, c["signup"])
        span = (END - t0).days
        if span > 5 and self.r() < p_enq:
            t = self.hour(t0 + D(days=float(self.rng.uniform(0, span))), 9, 20)
            pid = self.nid("proj", "P", 5)
            ch = self.pick({"phone": 0.4, "mini_program": 0.35, "web": 0.25} if m == "CN" else
                           {"phone": 0.45, "web": 0.55})
            ptype = self.pick(POND_TYPES)
            vol = round(float(self.rng.lognormal(3.0, 0.5)), 1)
            rep = str(self.rng.choice(REPS[m]))
            info = dict(session_id=pid, project_id=pid, pond_type=ptype, 池型=POND_TYPES[ptype][0], pond_m3=vol,
                        sales_rep=rep, channel=ch)
            self.ev(c, t, "tp_pond_enquiry", "enquiry", **info)
            if self.r() < (0.58 if m == "CN" else 0.5):
                ts = self.hour(t + D(days=float(self.rng.uniform(2, 12))), 9, 18)
                self.ev(c, ts, "tp_site_survey", "done", **info)
                if self.r() < 0.9:
                    qd = round(max(1.0, float(self.rng.gamma(3.0, 1.7 if m == "CN" else 4.2))), 1)
                    tq = ts + D(days=qd)
                    cny = 2600 * vol * {"concrete": 1.0, "liner": 0.6, "mud_pond": 0.35}[ptype] * float(
                        self.rng.lognormal(0, 0.25)) * (1.6 if m == "US" else 1.0)
                    qa = self.local(cny, cur)
                    self.ev(c, tq, "tp_pond_quote", "sent", **info, quote_amount=qa, currency=cur,
                            quote_amount_cny=round(qa * RATE[cur], 2), quote_days=qd)
                    p_sign = (0.45 if m == "CN" else 0.3) * (0.6 if qd > 14 else 1.0)
                    if qd > 8 and self.r() < 0.6:
                        self.topic_fb(c, tq + D(days=float(self.rng.uniform(0, 5))), "quote_slow", "tp_pond_quote",
                                      "wechat_ticket" if m == "CN" else "email_ticket", None, rating=2, ctx=info)
                    if self.r() < p_sign:
                        tc = self.hour(tq + D(days=float(self.rng.uniform(3, 40))), 9, 19)
                        if tc <= END:
                            dep = self.local(qa * RATE[cur] * 0.3, cur)
                            oid = self.nid("ord", "O", 7)
                            self.orders.append(dict(
                                order_id=oid, customer_id=c["id"], ts=tc, amount=dep, currency=cur,
                                amount_cny=round(dep * RATE[cur], 2), status="paid", order_type="pond_deposit",
                                订单类型="建池定金", channel="store", device=None, market=m, 市场=MARKETS[m]["zh"],
                                region=c["region"], project_id=pid, pond_type=ptype))
                            self.ev(c, tc, "tp_pond_contract", "signed", **info, order_id=oid, contract_amount=qa,
                                    deposit_amount=dep, currency=cur, contract_amount_cny=round(qa * RATE[cur], 2))
                            c["built"] = tc + D(days=float(self.rng.uniform(30, 75)))
        p_sub = 0.65 if c["built"] else {"pond_owner": 0.55, "hobbyist": 0.08, "collector": 0.06, "dealer": 0.0}[c["seg"]]
        if self.r() < p_sub:
            ts = c["built"] or self.hour(t0 + D(days=float(self.rng.uniform(0, max(span, 1)))), 9, 21)
            if ts <= END - D(days=5):
                self.subscription(c, ts)

    def subscription(self, c, t):
        m = c["market"]
        cur = MARKETS[m]["cur"]
        plan = self.pick({k: v[3] for k, v in PLANS.items()})
        sid = self.nid("sub", "SUB", 5)
        tech = str(self.rng.choice(TECHS[c["region"]]))
        info = dict(session_id=sid, subscription_id=sid, plan=plan, 套餐=PLANS[plan][0], technician=tech)
        self.ev(c, t, "tp_plan_start", "started", **info, channel=DEV_CH[c["dev"]], device=c["dev"])
        k = 0
        while True:
            tb = t + D(days=30 * k)
            if tb > END:
                break
            fee = PLANS[plan][1] if m == "CN" else PLANS[plan][2]
            if m == "CN" and plan == "standard" and tb >= PRICE_UP:
                fee = 880
            oid = self.nid("ord", "O", 7)
            self.orders.append(dict(order_id=oid, customer_id=c["id"], ts=tb, amount=float(fee), currency=cur,
                                    amount_cny=round(fee * RATE[cur], 2), status="paid", order_type="subscription",
                                    订单类型="养护订阅", channel=DEV_CH[c["dev"]], device=c["dev"], market=m,
                                    市场=MARKETS[m]["zh"], region=c["region"], plan=plan, 套餐=PLANS[plan][0],
                                    subscription_id=sid))
            if m == "CN" and plan == "standard" and PRICE_UP <= tb < PRICE_UP + D(days=30) and self.r() < 0.3:
                self.topic_fb(c, tb + D(hours=float(self.rng.uniform(1, 72))), "price_increase", "tp_plan_start",
                              "wechat_ticket", None, rating=2, ctx=info)
            tv = self.hour(tb + D(days=float(self.rng.uniform(3, 20))), 8, 18)
            noshow_win = c["region"] == "Guangdong" and tech == "黄师傅" and NOSHOW[0] <= tv <= NOSHOW[1]
            if tv <= END:
                ns = self.r() < (0.45 if noshow_win else 0.04)
                self.ev(c, tv, "tp_visit", "no_show" if ns else "done", **info,
                        visit_minutes=None if ns else int(self.rng.integers(40, 150)),
                        water_ammonia_ppm=None if ns else round(float(self.rng.gamma(1.5, 0.08)), 2))
                if ns and self.r() < 0.6:
                    self.topic_fb(c, tv + D(hours=float(self.rng.uniform(2, 30))), "no_show", "tp_visit",
                                  "wechat_ticket" if m == "CN" else "email_ticket", None, rating=1, ctx=info)
                elif not ns and self.r() < 0.08:
                    self.topic_fb(c, tv + D(hours=float(self.rng.uniform(2, 30))),
                                  self.pick({"praise_tech": 0.7, "neutral": 0.3}), "tp_visit", "visit_survey", None,
                                  rating=int(self.rng.choice([4, 5, 5])), ctx=info)
            # cancellation hazard for the month
            hz, reason = 0.022, None
            if m == "CN" and plan == "standard" and PRICE_UP <= tb < datetime(2026, 1, 1):
                hz = 0.16
                reason = "price_increase"
            elif noshow_win:
                hz = 0.15
                reason = "technician_no_show"
            if self.r() < hz:
                reason = reason or self.pick({"diy": 0.4, "moved_house": 0.3, "pond_filled_in": 0.3})
                tcn = self.hour(tb + D(days=float(self.rng.uniform(20, 29))), 9, 22)
                if tcn <= END:
                    self.ev(c, tcn, "tp_plan_cancel", "cancelled", **info, cancel_reason=reason,
                            取消原因=CANCEL_ZH[reason], months_active=k + 1)
                    if reason == "price_increase" and self.r() < 0.75:
                        self.topic_fb(c, tcn, "price_increase", "tp_plan_cancel", "cancel_call", None, rating=2,
                                      ctx=info, undated=self.r() < 0.35)
                break
            k += 1

    # ---------------------------------------------------------------- feedback
    def add_fb(self, c, ts, topic, tp, channel, order=None, rating=None, nps=None, ctx=None, lang=None):
        lang = lang or c["lang"]
        text, sent = self.text(topic, lang, order)
        fid = self.nid("fb", "FB", 6)
        row = dict(feedback_id=fid, customer_id=c["id"] if c else None, ts=ts, touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, text=text, market=c["market"] if c else None,
                   市场=MARKETS[c["market"]]["zh"] if c else None, region=c["region"] if c else None,
                   language=lang)
        if order:
            row.update(order_id=order["order_id"], lot_id=order.get("lot_id"), breeder=order.get("breeder"),
                       养殖场=order.get("养殖场"), product=order.get("product"))
        if ctx:
            row.update(plan=ctx.get("plan"), technician=ctx.get("technician"), project_id=ctx.get("project_id"))
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent, language=lang))
        return row

    def topic_fb(self, c, ts, topic, tp, channel, order, rating=None, ctx=None, undated=False):
        if ts > END:
            return
        self.add_fb(c, None if undated else ts, topic, tp, channel, order, rating=rating, ctx=ctx)

    def survey(self, c, ts, topic, order):
        if ts > END:
            return
        rating = {"doa": [1, 1, 2], "transit_slow": [2, 3, 3], "not_as_pictured": [2, 2, 3],
                  "praise_healthy": [5, 5, 4], "praise_packing": [5, 4, 5], "neutral": [3, 4, 4]}[topic]
        rt = int(self.rng.choice(rating))
        nps = int(np.clip(round(rt * 2 + float(self.rng.normal(0, 1.2))), 0, 10))
        self.add_fb(c, ts, topic, "tp_arrive", "delivery_survey", order, rating=rt, nps=nps)

    def loose_feedback(self):
        """Koi-show booth cards and social posts: some with no date, some with no customer."""
        for i in range(90):
            c = self.customers[int(self.rng.integers(0, len(self.customers)))]
            topic = self.pick({"praise_healthy": 0.35, "praise_packing": 0.15, "doa": 0.15, "not_as_pictured": 0.15,
                               "neutral": 0.2})
            undated = i < 40
            ts = None if undated else self.hour(START + D(days=float(self.rng.uniform(0, (END - START).days))))
            ch = "show_booth_card" if undated else ("xiaohongshu" if c["market"] == "CN" else "instagram")
            row = self.add_fb(c, ts, topic, "tp_arrive" if topic != "neutral" else "tp_lot_view", ch,
                              rating=None if not undated else int(self.rng.choice(
                                  [1, 2] if topic in ("doa", "not_as_pictured") else [4, 5])))
            if not undated:
                row["customer_id"] = None

    def text(self, topic, lang, order=None):
        opts = TEXTS[topic][lang]
        s = str(opts[int(self.rng.integers(0, len(opts)))])
        br = order.get("breeder") if order else None
        if br is None or br == "lingnan":
            br = str(self.rng.choice(["sakai", "dainichi", "momotaro", "marusaka", "isa"]))
        s = s.replace("{breeder}", BREEDERS[br][0].replace("养鱼场", "").replace("锦鲤", "") if lang == "zh" else BREEDERS[br][1].split()[0])
        s = s.replace("{var}", str(self.rng.choice(["红白", "三色", "昭和", "丹顶", "黄金"] if lang == "zh" else
                                                  ["kohaku", "sanke", "showa", "tancho", "ogon"])))
        return s, SENTIMENT[topic]

    # ---------------------------------------------------------------- write
    def write(self, out: Path):
        out.mkdir(parents=True, exist_ok=True)
        (out / "_truth").mkdir(exist_ok=True)
        wcsv(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                            channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
        wcsv(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                         step=k, touchpoint_id=tp, window_days=j[4])
                                    for j in JOURNEYS for k, tp in enumerate(j[3], 1)])
        spend = {}
        for o in self.orders:
            if o["status"] == "paid":
                spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + o["amount_cny"]
        cust = []
        for c in self.customers:
            cust.append(dict(customer_id=c["id"], signup_at=c["signup"], segment=c["seg"], 客群=SEGMENTS[c["seg"]][0],
                             region=c["region"], 地区=MARKETS[c["market"]]["regions"][c["region"]][0],
                             market=c["market"], 市场=MARKETS[c["market"]]["zh"], market_en=MARKETS[c["market"]]["en"],
                             acquisition_channel=c["acq"], 获客渠道=ACQ_ZH[c["acq"]], tier=c["tier"],
                             preferred_language=c["lang"], main_device=c["dev"],
                             lifetime_cny=round(spend.get(c["id"], 0.0), 2)))
        wcsv(out / "customers.csv", cust)
        ev = [e for e in self.events + self.dups if e["ts"] <= END]
        ev.sort(key=lambda e: (e["ts"], e["event_id"]))
        wcsv(out / "events.csv", ev, first=["event_id", "customer_id", "ts", "touchpoint_id", "action",
                                            "session_id", "device", "channel"])
        self.orders.sort(key=lambda o: o["order_id"])
        wcsv(out / "orders.csv", self.orders)
        self.feedback.sort(key=lambda f: f["feedback_id"])
        wcsv(out / "feedback.csv", self.feedback, first=["feedback_id", "ts", "customer_id", "touchpoint_id",
                                                         "channel", "rating", "nps", "text"])
        wcsv(out / "_truth" / "feedback_truth.csv", self.truth)
        wcsv(out / "experiments.csv", self.exps)


SENTIMENT = {"doa": "negative", "claim_rejected": "negative", "transit_slow": "negative", "kit_inaccurate": "negative",
             "no_show": "negative", "price_increase": "negative", "not_as_pictured": "negative",
             "quote_slow": "negative", "praise_healthy": "positive", "praise_packing": "positive",
             "praise_tech": "positive", "neutral": "neutral"}
# marker words (zh / en) — each topic's texts carry its marker and no other topic's:
# doa 死鱼 / arrived dead; claim_rejected 理赔 / claim; transit_slow 路上 / in transit; kit_inaccurate 读数不准 /
# inaccurate; no_show 放鸽子 / no-show; price_increase 涨价 / price hike; not_as_pictured 跟视频 / not as pictured;
# quote_slow 报价 / quote; praise_healthy 很精神 / healthy; praise_packing 打包 / packed; praise_tech 师傅专业 /
# technician was great
TEXTS = {
    "doa": {
        "zh": ["开箱就是死鱼，{breeder}的{var}，心疼死了。", "到货两条死鱼，箱子里水都是热的，夏天还走陆运？",
               "收到就是死鱼，袋子漏氧了，希望尽快处理。", "等了两周检疫，结果到手是死鱼，太失望。",
               "这次的{var}到的时候已经是死鱼了，翻肚子。"],
        "en": ["Opened the box and the {var} had arrived dead. Heartbreaking.",
               "Two of the three tosai arrived dead, water in the bag was warm. Why ground shipping in August?",
               "Fish arrived dead, the bag had lost its oxygen.", "My {breeder} nisai arrived dead after 3 weeks of waiting.",
               "Arrived dead, belly up in the bag. Please sort this out."],
    },
    "claim_rejected": {
        "zh": ["理赔被驳回，就因为照片晚拍了一会儿，两小时太苛刻了！", "鱼死了理赔不给过，说缺水质数据，客服态度也差。",
               "理赔拖了快两周还没结果，到底赔不赔？", "2小时内拍照才给理赔，谁下班能守着快递？规则太不合理。"],
        "en": ["My claim was denied because the photo was taken 3 hours after delivery. A 2-hour rule is absurd.",
               "Claim rejected, they say water parameters were missing. Nobody told me that was required.",
               "Still waiting on my claim after two weeks, nobody answers emails.",
               "The DOA claim process is a joke, photo within 2 hours while I was at work?"],
    },
    "transit_slow": {
        "zh": ["在路上走了三天，鱼到的时候很虚弱。", "物流太慢，路上耽误了两天多，能不能都走航空？", "路上时间太长，鱼到了好几天不吃食。"],
        "en": ["Fish spent almost three days in transit, arrived weak.", "Way too long in transit with ground shipping.",
               "Three days in transit is too much for live fish, use overnight please."],
    },
    "kit_inaccurate": {
        "zh": ["氨氮试剂读数不准，同一池水测三次三个结果。", "新买的检测套装读数不准，差点以为池子出事了换了半池水。",
               "这批试剂读数不准，和店里仪器测的差很多，要求退货。"],
        "en": ["Ammonia test gives inaccurate readings, three tests three different colours.",
               "The new test kit is inaccurate, I panicked and did a big water change for nothing.",
               "Reagent batch seems inaccurate compared with my shop's meter. Returning it."],
    },
    "no_show": {
        "zh": ["约好周六上门清池，师傅又放鸽子了，电话也不接。", "养护技师连续两次放鸽子，交了钱没人来。",
               "又被放鸽子，池子绿了一个月了。"],
        "en": ["Technician was a no-show again, second month in a row.", "Another no-show for the monthly visit, pond is turning green.",
               "No-show on Saturday and no call. Why am I paying for this plan?"],
    },
    "price_increase": {
        "zh": ["标准套餐一下涨价到880，服务没变，退订了。", "涨价太狠了，一个月多了两百块，不续了。", "突然涨价也没提前通知，取消了。"],
        "en": ["Plan price hike with no extra service, cancelling.", "The price hike is too much for a monthly visit.",
               "Cancelled after the price hike."],
    },
    "not_as_pictured": {
        "zh": ["实物跟视频差太多，红斑颜色淡很多。", "到手的鱼跟视频里不是一个样子，体型偏瘦。", "花纹跟视频对不上，怀疑发错鱼了。"],
        "en": ["The fish is not as pictured, the hi is much paler.", "Body shape not as pictured in the listing, quite thin.",
               "Pattern not as pictured, I think I got the wrong fish."],
    },
    "quote_slow": {
        "zh": ["勘测完半个月才给报价，效率太低了。", "等建池报价等了两周多，别家三天就出方案了。", "报价拖太久，工期都要错过了。"],
        "en": ["Took over two weeks to get a quote after the site visit.", "Still no quote for my pond 12 days after the survey.",
               "The quote took so long we nearly went with another contractor."],
    },
    "praise_healthy": {
        "zh": ["鱼很精神，下池就开始吃食，{breeder}的品质没话说。", "到货鱼很精神，颜色也正，好评。", "{var}很精神，体型比视频还好。"],
        "en": ["Fish arrived healthy and eating the next day. {breeder} quality as always.",
               "Very healthy {var}, great colour and body.", "Healthy fish, exactly the one I bid on."],
    },
    "praise_packing": {
        "zh": ["打包很专业，双层袋加冰袋，鱼状态很好。", "打包用心，纸箱泡沫箱都很厚。", "打包很到位，氧气足，点赞。"],
        "en": ["Very well packed, double bag and cold packs.", "Packed perfectly, plenty of oxygen in the bag.",
               "Best packed shipment I've had from any dealer."],
    },
    "praise_tech": {
        "zh": ["师傅专业，滤材清洗得很仔细，还教我看水质。", "养护师傅专业又准时。"],
        "en": ["Our technician was great, explained the filter setup.", "The technician was great and on time."],
    },
    "neutral": {
        "zh": ["收到了。", "还行，和描述差不多。", "一般般吧，再看看。"],
        "en": ["Received.", "OK, as described.", "Fine, nothing special."],
    },
}


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, (bool, np.bool_)):
        return "true" if v else "false"
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return f"{v:.1f}"
    return v


def wcsv(path, rows, first=()):
    cols = list(first)
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k)) for k in cols])


def main() -> int:
    out = Path(sys.argv[1])
    g = G()
    g.run()
    g.write(out)
    print(f"customers {len(g.customers)}, events {len(g.events)} (+{len(g.dups)} re-sent), orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}, experiments {len(g.exps)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
