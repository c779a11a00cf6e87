"""金匠 GoldSmith: a chain of gold buy-back (黄金回收) and jewellery repair (首饰维修) shops in Shenzhen, Guangzhou,
Shanghai, Beijing and Chengdu, plus a mail-in assay lab (深圳水贝检测中心) for customers who post their gold.

Buy-back: a customer finds us (Douyin live streams, Xiaohongshu, Baidu search, Dianping, a referral, walking past),
checks today's buy-back price (今日回收金价) or gets an online estimate in the mini program, then either walks into a
shop (到店回收: take a number, assay in front of them with an XRF spectrometer or by melting, quote, accept or
reject, payout) or asks for a free insured mail-in kit (邮寄回收: request kit, ship the gold with SF / JD / EMS, the lab
receives and unboxes it on video, assays it, quotes; the customer accepts -> payout, rejects -> the gold is sent
back, or disputes the assay (检测异议) -> re-assay by fire assay (火试金复检) and a revised quote). Payout by WeChat
Pay, Alipay, bank transfer (银行卡) or as trade-in credit towards new jewellery (以旧换新).
Repair: resizing (改圈), soldering (焊接), polishing (抛光翻新), stone setting (镶嵌补石), re-plating (电镀): intake
at the shop (or mailed to the Shuibei workshop), quote, customer confirms and pays, done / QC, pick-up (or courier
return), rework claims (返修).
Data 2025-01-01 .. 2026-07-31 (the extract was taken in early August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261207), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
N_CUST = 8200
NJR_FEE_FROM = datetime(2025, 6, 1)                               # Nanjing Rd new manager: fee +4 points
LAB_BAD = (datetime(2025, 11, 10), datetime(2025, 12, 21))         # lab XRF drifted: mail-in purity read low
LAB_BACKLOG = (datetime(2025, 10, 8), datetime(2025, 11, 6))       # October rally: lab backlog
BANK_SLOW = (datetime(2026, 3, 1), datetime(2026, 5, 16))          # new bank-transfer risk checks: slow payouts
TRADEIN_PROMO = datetime(2026, 4, 1)                               # 以旧换新 subsidy
GZ_TECH = datetime(2025, 9, 1)                                     # Guangzhou Tianhe: new resizing technician
CD_OPEN = datetime(2025, 10, 1)                                    # Chengdu Chunxi Rd opens, low fee until year end
CNY_RUSH = (datetime(2026, 1, 5), datetime(2026, 2, 11))           # repair rush before Spring Festival

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现金匠", "Discover GoldSmith", "awareness", "social", "digital", "marketing",
     "发现|刷到|种草|抖音直播|看到广告|路过|discover|found us|first visit"),
    ("tp_price_check", "查金价估价", "Price check / online estimate", "consideration", "mini_program", "digital",
     "marketing", "查金价|今日金价|回收价|在线估价|估价|price check|gold price|estimate|today's price"),
    ("tp_store_visit", "到店取号", "Store check-in", "purchase", "store", "physical", "store_ops",
     "到店|进店|取号|排队|walk in|store visit|check-in"),
    ("tp_kit_request", "申请邮寄回收", "Mail-in kit requested", "purchase", "mini_program", "digital", "mail_in",
     "邮寄回收|申请邮寄|寄件包|保价包|mail-in|mail in kit|send by post"),
    ("tp_ship_in", "客户寄出", "Customer shipped", "purchase", "other", "physical", "mail_in",
     "寄出|下单寄件|顺丰上门|shipped|posted|courier pickup"),
    ("tp_received", "检测中心签收", "Received at lab", "service", "other", "physical", "lab",
     "签收|到件|拆包|开箱视频|received|unboxed|arrived at lab"),
    ("tp_assay", "成色检测", "Assay (purity test)", "service", "store", "physical", "lab",
     "检测|验金|成色|纯度|光谱|熔金|assay|purity test|XRF|testing"),
    ("tp_dispute", "检测异议", "Assay dispute", "service", "mini_program", "digital", "customer_service",
     "异议|申诉|不认可检测|复检申请|dispute|challenge the result|appeal"),
    ("tp_reassay", "复检", "Re-assay", "service", "store", "physical", "lab",
     "复检|火试金|重新检测|re-assay|retest|fire assay"),
    ("tp_quote", "回收报价", "Buy-back quote", "purchase", "store", "physical", "pricing",
     "报价|出价|回收价|折价|quote|offer|price offered"),
    ("tp_accept", "确认成交", "Quote accepted", "purchase", "store", "physical", "pricing",
     "成交|接受报价|同意|卖了|accept|deal|sold"),
    ("tp_reject", "拒绝报价", "Quote rejected", "purchase", "store", "physical", "pricing",
     "拒绝|不卖了|没成交|嫌低|reject|declined|walked away"),
    ("tp_payout", "打款到账", "Payout", "service", "mini_program", "digital", "finance",
     "打款|到账|收款|付款给客户|转账|payout|paid out|money received|transfer"),
    ("tp_return_ship", "退回寄还", "Item returned to customer", "service", "other", "physical", "mail_in",
     "退回|寄还|原件退回|return shipping|sent back"),
    ("tp_repair_intake", "送修登记", "Repair drop-off", "purchase", "store", "physical", "workshop",
     "送修|维修登记|收件|修首饰|repair drop-off|repair intake"),
    ("tp_repair_quote", "维修报价", "Repair quote", "purchase", "store", "physical", "workshop",
     "维修报价|修多少钱|repair quote|repair estimate"),
    ("tp_repair_confirm", "确认维修", "Repair confirmed & paid", "purchase", "mini_program", "digital", "workshop",
     "确认维修|付维修费|repair confirmed|approve repair"),
    ("tp_repair_done", "维修完工", "Repair done (QC)", "service", "store", "physical", "workshop",
     "完工|修好|质检|改圈|焊接|镶嵌|抛光|repair done|QC|resizing|soldering"),
    ("tp_pickup", "取件", "Pick-up / returned", "service", "store", "physical", "store_ops",
     "取件|取货|寄回|领取|pick-up|collected|picked up"),
    ("tp_rework", "返修", "Rework claim", "service", "mini_program", "digital", "customer_service",
     "返修|售后|重新修|rework|redo|re-repair|warranty repair"),
    ("tp_review", "评价", "Review", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|晒单|review|rating|stars"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("acquisition", "获客到成交", "First sale", ["tp_discover", "tp_price_check", "tp_assay", "tp_payout"], 30),
    ("walk_in", "到店回收", "Walk-in buy-back", ["tp_store_visit", "tp_assay", "tp_quote", "tp_accept", "tp_payout"], 3),
    ("mail_in", "邮寄回收", "Mail-in buy-back", ["tp_kit_request", "tp_ship_in", "tp_received", "tp_assay", "tp_quote",
                                          "tp_accept", "tp_payout"], 30),
    ("repair", "首饰维修", "Jewellery repair", ["tp_repair_intake", "tp_repair_quote", "tp_repair_confirm",
                                           "tp_repair_done", "tp_pickup"], 45),
    ("dispute", "检测异议处理", "Assay dispute", ["tp_dispute", "tp_reassay"], 14),
]
STORES = [  # id, city, zh, en, opened, weight
    ("S01", "Shenzhen", "深圳水贝旗舰店", "Shenzhen Shuibei", None, 1.4),
    ("S02", "Shenzhen", "深圳南山店", "Shenzhen Nanshan", None, 0.9),
    ("S03", "Guangzhou", "广州天河店", "Guangzhou Tianhe", None, 1.0),
    ("S04", "Shanghai", "上海南京路店", "Shanghai Nanjing Rd", None, 1.2),
    ("S05", "Shanghai", "上海徐家汇店", "Shanghai Xujiahui", None, 1.0),
    ("S06", "Beijing", "北京西单店", "Beijing Xidan", None, 1.0),
    ("S07", "Chengdu", "成都春熙路店", "Chengdu Chunxi Rd", CD_OPEN, 1.0),
]
LAB = ("L01", "Shenzhen", "深圳水贝检测中心", "Shuibei Assay Lab")
STORE = {s[0]: s for s in STORES}
CITY_ZH = {"Shenzhen": "深圳", "Guangzhou": "广州", "Shanghai": "上海", "Beijing": "北京", "Chengdu": "成都",
           "Other": "其他城市"}
CITY_W = {"Shenzhen": 0.24, "Guangzhou": 0.15, "Shanghai": 0.23, "Beijing": 0.15, "Chengdu": 0.09, "Other": 0.14}
CHANNELS = {  # en: zh, weight, p(price check), p(first case | price check)
    "douyin": ("抖音", 0.25, 0.97, 0.21), "xiaohongshu": ("小红书", 0.17, 0.95, 0.36),
    "baidu": ("百度搜索", 0.14, 0.95, 0.50), "dianping": ("大众点评", 0.18, 0.93, 0.57),
    "referral": ("老客推荐", 0.12, 0.92, 0.76), "walk_by": ("路过进店", 0.14, 0.70, 0.82)}
AGES = {"18-29": (0.22, 0.55), "30-44": (0.37, 0.40), "45-59": (0.27, 0.18), "60+": (0.14, 0.06)}  # weight, p(mail)
ITEMS = {  # en: zh, weight, grams (lo, hi), metal probs (gold, k_gold, platinum)
    "ring": ("戒指", 0.22, (2.5, 9), (0.62, 0.30, 0.08)),
    "necklace": ("项链", 0.22, (6, 32), (0.66, 0.26, 0.08)),
    "bracelet": ("手镯手链", 0.18, (12, 65), (0.85, 0.12, 0.03)),
    "earrings": ("耳饰", 0.10, (1, 6), (0.55, 0.40, 0.05)),
    "bar": ("金条金币", 0.10, (10, 200), (1.0, 0.0, 0.0)),
    "broken": ("碎金旧料", 0.18, (1.5, 25), (0.78, 0.22, 0.0)),
}
METALS = {"gold": ("黄金", 0.03), "k_gold": ("K金", 0.12), "platinum": ("铂金", 0.10)}   # zh, standard fee rate
ASSAY_ZH = {"xrf": "光谱检测", "melt": "熔金检测", "fire": "火试金"}
PAYOUT_ZH = {"wechat": "微信", "alipay": "支付宝", "bank": "银行卡", "trade_in": "以旧换新抵扣"}
PAY_W = {"18-29": (0.45, 0.25, 0.30), "30-44": (0.36, 0.16, 0.48), "45-59": (0.24, 0.08, 0.68),
         "60+": (0.12, 0.03, 0.85)}                                # wechat, alipay, bank
COURIER_ZH = {"sf": "顺丰", "jd": "京东物流", "ems": "EMS"}
REJECT_ZH = {"quote_too_low": "报价太低", "purity_dispute": "对成色有异议", "keep": "决定留着",
             "compare_elsewhere": "想再比比", "not_gold": "非真金/镀金"}
REPAIRS = {  # en: zh, weight, fee (lo, hi), median days, promised days
    "resize": ("改圈", 0.34, (80, 220), 3.2, 5), "solder": ("焊接接链", 0.24, (50, 160), 2.4, 4),
    "polish": ("抛光翻新", 0.20, (60, 130), 1.8, 3), "stone_setting": ("镶嵌补石", 0.13, (200, 900), 8.5, 14),
    "plating": ("电镀", 0.09, (100, 320), 4.0, 7)}
REPAIR_EN = {"resize": "resizing", "solder": "a chain solder", "polish": "polishing", "stone_setting": "stone setting",
             "plating": "re-plating"}
ITEM_EN = {"ring": "old ring", "necklace": "gold necklace", "bracelet": "bangle", "earrings": "earrings",
           "bar": "gold bar", "broken": "broken gold pieces"}
BAD_PHRASE = {"resize": 0, "solder": 1, "stone_setting": 2}
REWORK_ZH = {"crack": "裂痕", "solder_mark": "焊口明显", "size_wrong": "尺寸不对", "stone_loose": "松石掉石",
             "colour": "颜色不匀"}
OTYPE = {"buyback": ("回收成交", "outflow", "支出"), "repair": ("首饰维修", "inflow", "收入"),
         "new_jewellery": ("新品购买", "inflow", "收入")}
TIERS = {"regular": "普通会员", "silver": "银卡会员", "gold": "金卡会员", "diamond": "钻石会员"}
SEGS = {"prospect": "潜在客户", "new": "新客", "returning": "回头客", "one_time": "单次客户", "dormant": "沉睡客户"}
SERVICE_ZH = {"buyback": "黄金回收", "repair": "首饰维修", "both": "回收+维修"}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "lowball": (["报价太低了", "压价压得厉害", "回收价比别家低一截"],
                ["the quote was way too low", "felt totally lowballed", "their offer was lower than other shops"]),
    "assay": (["成色测低了", "明明是足金999检测却说不到", "检测结果不对，要求复检"],
              ["the purity test came back lower than the stamp", "my 999 gold was tested as lower purity",
               "the assay result was wrong so I asked for a retest"]),
    "slow_pay": (["打款太慢了", "钱迟迟没到账", "说好当天到账结果等了三天"],
                 ["the payout took days", "still waiting for my money", "they promised same-day payment but it took three days"]),
    "fee": (["手续费不透明", "扣的损耗费没提前说"], ["hidden fees everywhere", "the melting loss fee wasn't explained"]),
    "repair_bad": (["改圈后戒指有裂痕", "焊口很明显", "修完没几天就掉石"],
                   ["the ring cracked after resizing", "the solder joint is really visible",
                    "a stone fell out a few days after the repair"]),
    "repair_slow": (["维修拖了好久", "说好一周取件结果拖到半个月"],
                    ["the repair took forever", "the repair was promised in a week but took two"]),
    "transparent": (["全程当面检测很放心", "检测过程很透明"],
                    ["they tested it right in front of me", "very transparent testing process"]),
    "fast_pay": (["秒到账", "到账很快"], ["money arrived within minutes", "fast payout"]),
    "friendly": (["店员很耐心", "接待很热情"], ["staff were patient and friendly", "warm welcome at the store"]),
    "craft": (["修得跟新的一样", "师傅手艺好"], ["looks brand new after the repair", "great craftsmanship"]),
}
GEN = {
    "pos": (["整体满意", "下次还来", "推荐给朋友了", "服务不错"], ["overall happy", "will come back", "recommended to friends"]),
    "neu": (["还行吧", "一般般", "中规中矩"], ["it was ok", "average experience", "nothing special"]),
    "neg": (["不会再来了", "体验很差", "太失望了"], ["won't come back", "really disappointed", "poor experience"]),
}
NEG_TOPICS = {"lowball", "assay", "slow_pay", "fee", "repair_bad", "repair_slow"}
POS_TOPICS = {"transparent", "fast_pay", "friendly", "craft"}
TOPIC_TP = [("assay", "tp_assay"), ("lowball", "tp_quote"), ("fee", "tp_quote"), ("slow_pay", "tp_payout"),
            ("repair_bad", "tp_repair_done"), ("repair_slow", "tp_pickup"), ("transparent", "tp_assay"),
            ("fast_pay", "tp_payout"), ("craft", "tp_repair_done"), ("friendly", "tp_store_visit")]

# ---- gold price (CNY / g, 999 buy-back board price) ----
KNOTS = [("2025-01-01", 615), ("2025-02-28", 680), ("2025-04-22", 800), ("2025-05-15", 745), ("2025-07-31", 770),
         ("2025-09-10", 820), ("2025-10-20", 975), ("2025-11-10", 905), ("2025-12-31", 955), ("2026-01-29", 1050),
         ("2026-02-28", 1000), ("2026-04-30", 1060), ("2026-06-30", 1020), ("2026-08-01", 1040)]
N_DAYS = (END - START).days + 1
_kd = [(datetime.fromisoformat(d) - START).days for d, _ in KNOTS]
PRICE = np.interp(np.arange(N_DAYS), _kd, [p for _, p in KNOTS]) * (1 + np.cumsum(rng.normal(0, 0.004, N_DAYS)) * 0.3)
PRICE = np.round(PRICE, 1)
MA30 = np.array([PRICE[max(0, i - 30):i + 1].mean() for i in range(N_DAYS)])
MOM = np.clip(1 + 13 * (PRICE / MA30 - 1), 0.55, 2.6)               # selling urge: price above its 30-day mean


def day_i(t: datetime) -> int:
    return min(N_DAYS - 1, max(0, (t - START).days))


def spot(t: datetime, metal: str) -> float:
    p = float(PRICE[day_i(t)])
    return round(p if metal != "platinum" else 0.29 * p + 40, 1)


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, w):
    w = np.asarray(w, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def shop_hours(t: datetime) -> datetime:
    """move a time into opening hours (10:00 - 21:00)."""
    if t.hour < 10:
        return datetime(t.year, t.month, t.day, 10) + D(minutes=float(rng.uniform(0, 120)))
    if t.hour >= 21:
        return datetime(t.year, t.month, t.day, 10) + D(days=1, minutes=float(rng.uniform(0, 180)))
    return t


def repair_season(d: datetime) -> float:
    if CNY_RUSH[0] <= d < CNY_RUSH[1] or datetime(2025, 1, 2) <= d < datetime(2025, 1, 25):
        return 1.6                                   # Spring Festival: fix jewellery before going home
    if d.month in (9, 10):
        return 1.3                                   # autumn weddings: resizing
    if d.month == 8:
        return 1.2                                   # 七夕
    return 1.0


def open_stores(city, t):
    return [s for s in STORES if s[1] == city and (s[4] is None or s[4] <= t)]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_bb = self.n_rj = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, common=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        digital = tp in ("tp_price_check", "tp_kit_request", "tp_dispute", "tp_repair_confirm", "tp_rework",
                         "tp_review", "tp_payout")
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"] if digital else None,
                   channel="mini_program" if digital else None)
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, sid, common, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        o = OTYPE[otype]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t),
                   amount=round(float(amount), 2), status=status,
                   channel="mini_program" if common.get("intake") == "mail_in" else "store", device=c["device"],
                   order_type=otype, 订单类型=o[0], direction=o[1], 资金方向=o[2], case_id=sid)
        for k in ("store_id", "store", "store_en", "store_city", "门店城市", "intake", "回收方式", "item_type", "品类",
                  "metal", "材质", "repair_type", "维修类型"):
            row[k] = common.get(k)
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, common=None, undated=False, gen=None,
           no_customer=False, sid=None, line="buyback"):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = []
        for k in topics:
            opts = TXT[k][li]
            if k == "repair_bad" and common and common.get("repair_type") in BAD_PHRASE:
                parts.append(opts[BAD_PHRASE[common["repair_type"]]])      # cracks after resizing, loose stones ...
            else:
                parts.append(str(rng.choice(opts)))
        if common and rng.random() < 0.45:                 # what the visit was about, in the customer's words
            if line == "repair" and common.get("repair_type"):
                rt = common["repair_type"]
                parts.insert(0, f"拿{common['品类']}去{REPAIRS[rt][0]}" if li == 0 else
                             f"brought my {common['item_type']} in for {REPAIR_EN[rt]}")
            elif common.get("item_type"):
                parts.insert(0, (f"{'寄' if common.get('intake') == 'mail_in' else '拿'}了{common['品类']}来卖"
                                 if li == 0 else f"sold my {ITEM_EN[common['item_type']]}"
                                 + (" by post" if common.get("intake") == "mail_in" else "")))
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        if lang == "en":
            parts = [x[0].upper() + x[1:] for x in parts]
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_review")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if (gen == "pos" or set(topics) & POS_TOPICS) else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, case_id=sid, service_line=line, 业务线=SERVICE_ZH[line])
        if common:
            for k in ("store_id", "store", "store_en", "store_city", "门店城市"):
                row[k] = common.get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days = [START + D(days=i) for i in range((datetime(2026, 7, 24) - START).days + 1)]
        growth = np.array([0.7 + 0.6 * i / len(days) for i in range(len(days))])
        w_sell = growth * MOM[:len(days)]
        w_rep = growth * np.array([repair_season(d) for d in days])
        self.cust = []
        intents = [pick(["buyback", "repair", "both"], [0.62, 0.30, 0.08]) for _ in range(N_CUST)]
        for i, intent in enumerate(intents):
            w = w_sell if intent != "repair" else w_rep
            d = days[int(rng.choice(len(days), p=w / w.sum()))]
            t = d + D(hours=float(rng.uniform(8, 23)))
            city = pick(list(CITY_W), list(CITY_W.values()))
            age = pick(list(AGES), [v[0] for v in AGES.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            if ch == "walk_by" and not open_stores(city, t):
                ch = "baidu"
            stores = open_stores(city, t) or open_stores(city, CD_OPEN)
            home = pick(stores, [s[5] for s in stores])[0] if stores else None
            en_share = 0.16 if city in ("Shanghai", "Beijing", "Shenzhen") else 0.05
            self.cust.append(dict(customer_id=None, discover=t, city=city, age=age, channel=ch, intent=intent,
                                  home=home, device=pick(["ios", "android"], [0.5, 0.5]), en_share=en_share,
                                  lang="en" if rng.random() < en_share else "zh", value=0.0, paid=[], kyc=False,
                                  gender=pick(["female", "male"], [0.62, 0.38])))
        self.cust.sort(key=lambda c: c["discover"])
        for i, c in enumerate(self.cust):
            c["customer_id"] = f"C{i + 1:05d}"

    # ---------- buy-back ----------
    def intake_for(self, c, t):
        stores = open_stores(c["city"], t)
        if not stores:
            return "mail_in", None
        mail = AGES[c["age"]][1]
        if c["channel"] == "walk_by":
            mail *= 0.2
        return ("mail_in", None) if rng.random() < mail else ("walk_in", STORE[c["home"]] if (
            c["home"] in [s[0] for s in stores] and rng.random() < 0.85) else stores[int(rng.integers(len(stores)))])

    def fee_rate(self, store, metal, t):
        f = METALS[metal][1]
        if store and store[0] == "S04" and t >= NJR_FEE_FROM:
            f += 0.04
        if store and store[0] == "S07" and t < datetime(2026, 1, 1):
            f -= 0.015
        return round(f, 3)

    def buyback(self, c, t0):
        self.n_bb += 1
        sid = f"BB{self.n_bb:06d}"
        intake, store = self.intake_for(c, t0)
        item = pick(list(ITEMS), [v[1] for v in ITEMS.values()])
        it = ITEMS[item]
        metal = pick(list(METALS), it[3])
        if item == "bar":
            grams = float(pick([10, 20, 50, 100, 200], [0.25, 0.3, 0.25, 0.15, 0.05]))
        else:
            grams = round(float(np.exp(rng.uniform(np.log(it[2][0]), np.log(it[2][1])))), 2)
        declared = {"gold": pick([999, 990], [0.85, 0.15]), "k_gold": pick([750, 585], [0.72, 0.28]),
                    "platinum": 950}[metal]
        fake = item != "bar" and rng.random() < 0.02
        site = store if store else LAB
        common = dict(store_id=site[0], store=site[2], store_en=site[3], store_city=site[1],
                      门店城市=CITY_ZH[site[1]], intake=intake, 回收方式="到店回收" if intake == "walk_in" else "邮寄回收",
                      item_type=item, 品类=it[0], metal=metal, 材质=METALS[metal][0], declared_purity=declared,
                      weight_g=grams)
        if intake == "walk_in":
            t = shop_hours(t0)
            self.ev(c, t, "tp_store_visit", sid, "checkin", common, queue_minutes=int(rng.integers(0, 35)))
            t_as = t + D(minutes=float(rng.uniform(5, 30)))
        else:
            t = t0
            self.ev(c, t, "tp_kit_request", sid, "submit", common)
            if rng.random() > 0.76:                       # kit requested, gold never posted
                return dict(end=t, deal=False)
            courier = pick(["sf", "jd", "ems"], [0.72, 0.2, 0.08])
            t_s = t + D(days=float(rng.uniform(0.5, 5)))
            insured = round(grams * spot(t, metal) * declared / 1000, -2)
            common.update(courier=courier, 快递公司=COURIER_ZH[courier])
            self.ev(c, t_s, "tp_ship_in", sid, "shipped", common, insured_value=insured)
            t_r = t_s + D(days=float(rng.uniform(0.8, 3.0) + (1.5 if courier == "ems" else 0)))
            self.ev(c, t_r, "tp_received", sid, "unboxed", common)
            back = 2.6 if LAB_BACKLOG[0] <= t_r < LAB_BACKLOG[1] else 0.45
            t_as = t_r + D(days=float(rng.lognormal(np.log(back), 0.45)))
        method = "melt" if item == "broken" or (item != "bar" and rng.random() < 0.12) else "xrf"
        true_p = 0 if fake else declared - (int(rng.integers(0, 4)) if metal == "gold" else int(rng.integers(0, 8)))
        measured = true_p
        misread = intake == "mail_in" and not fake and LAB_BAD[0] <= t_as < LAB_BAD[1] and rng.random() < 0.7
        if misread:
            measured = true_p - int(rng.integers(7, 16))
        self.ev(c, t_as, "tp_assay", sid, "tested", common, assay_method=method, 检测方式=ASSAY_ZH[method],
                measured_purity=measured, weight_g=grams)
        fee = self.fee_rate(store, metal, t_as)
        sp = spot(t_as, metal)

        def quote_at(tq, purity, action):
            per_g = round(sp * purity / 1000 * (1 - fee), 2)
            amount = round(per_g * grams, 2)
            self.ev(c, tq, "tp_quote", sid, action, common, spot_price=sp, fee_rate=fee, quote_per_g=per_g,
                    quote_amount=amount, measured_purity=purity)
            return amount

        t_q = t_as + D(minutes=float(rng.uniform(3, 15) if intake == "walk_in" else rng.uniform(30, 300)))
        amount = quote_at(t_q, measured, "quoted")
        # acceptance
        p = {"gold": 0.87, "k_gold": 0.56, "platinum": 0.76}[metal] + (0.05 if intake == "mail_in" else 0)
        p -= 7.5 * (fee - METALS[metal][1])
        bad_news = []
        t_dec = t_q + D(minutes=float(rng.uniform(2, 25)) if intake == "walk_in" else float(rng.uniform(20, 2880)))
        disputed = False
        if not fake:
            p_disp = 0.55 if misread else (0.03 if intake == "mail_in" else 0.01)
            if rng.random() < p_disp:
                disputed = True
                t_d = t_q + D(hours=float(rng.uniform(0.5, 30)) if intake == "mail_in" else float(rng.uniform(0.1, 0.4)))
                self.ev(c, t_d, "tp_dispute", sid, "submit", common, measured_purity=measured)
                adjusted = misread or rng.random() < 0.05
                t_ra = t_d + D(days=float(rng.uniform(1, 4)) if intake == "mail_in" else float(rng.uniform(0.01, 0.05)))
                new_p = true_p if misread else (measured + 2 if adjusted else measured)
                self.ev(c, t_ra, "tp_reassay", sid, "adjusted" if adjusted else "upheld", common, assay_method="fire",
                        检测方式=ASSAY_ZH["fire"], measured_purity=new_p, dispute_result="adjusted" if adjusted else "upheld",
                        复检结果="上调成色" if adjusted else "维持原结果")
                t_q2 = t_ra + D(minutes=float(rng.uniform(10, 120)))
                amount = quote_at(t_q2, new_p, "requoted")
                p += 0.05 if adjusted else -0.35
                bad_news.append("assay")
                t_dec = t_q2 + D(minutes=float(rng.uniform(5, 1440)))
            elif misread:
                p -= 0.25
        accept = (not fake) and rng.random() < min(0.97, max(0.05, p))
        if not accept:
            if fake:
                reason = "not_gold"
            elif disputed and rng.random() < 0.7:
                reason = "purity_dispute"
            else:
                hi = fee > METALS[metal][1] + 0.01 or metal == "k_gold"
                reason = pick(["quote_too_low", "keep", "compare_elsewhere"], [0.75 if hi else 0.5, 0.18, 0.32])
            if not self.ev(c, t_dec, "tp_reject", sid, "reject", common, reject_reason=reason,
                           拒绝原因=REJECT_ZH[reason], quote_amount=amount):
                return dict(end=t_dec, deal=False)
            self.order(c, t_dec, amount, "buyback", sid, common, status="cancelled", cancelled_at=ts(t_dec),
                       weight_g=grams, measured_purity=measured, reject_reason=reason)
            if intake == "mail_in":
                self.ev(c, t_dec + D(days=float(rng.uniform(0.5, 2.5))), "tp_return_ship", sid, "returned", common)
            topics = list(bad_news)
            if reason == "quote_too_low" and rng.random() < 0.55:
                topics.append("lowball")
            if reason == "quote_too_low" and method == "melt" and rng.random() < 0.25:
                topics.append("fee")
            if topics and rng.random() < 0.5:
                self.fb(c, t_dec + D(hours=float(rng.uniform(0.2, 24))), topics,
                        "ticket" if intake == "mail_in" else "call_note", common=common, sid=sid)
            self.after_feedback(c, t_dec, topics, common, sid, rated=rng.random() < 0.18)
            return dict(end=t_dec, deal=False)
        # accepted
        if not self.ev(c, t_dec, "tp_accept", sid, "accept", common, quote_amount=amount):
            return dict(end=t_dec, deal=False)
        w = PAY_W[c["age"]]
        p_trade = 0.24 if t_dec >= TRADEIN_PROMO else 0.07
        method_p = "trade_in" if rng.random() < p_trade else pick(["wechat", "alipay", "bank"], w)
        if method_p in ("wechat", "alipay"):
            hrs = float(rng.lognormal(np.log(0.12), 0.5))
        elif method_p == "trade_in":
            hrs = float(rng.uniform(0.02, 0.1))
        elif BANK_SLOW[0] <= t_dec < BANK_SLOW[1]:
            hrs = float(rng.lognormal(np.log(52), 0.4))
        else:
            hrs = float(rng.lognormal(np.log(2.2), 0.6))
        t_p = t_dec + D(hours=hrs)
        if not self.ev(c, t_p, "tp_payout", sid, "paid", common, payout_method=method_p,
                       打款方式=PAYOUT_ZH[method_p], payout_amount=amount):
            return dict(end=t_dec, deal=False)
        c["kyc"] = True
        self.order(c, t_dec, amount, "buyback", sid, common, weight_g=grams, measured_purity=measured,
                   payout_method=method_p, 打款方式=PAYOUT_ZH[method_p], paid_out_at=ts(t_p))
        c["value"] += amount
        c["paid"].append(t_dec)
        if method_p == "trade_in":
            extra = float(rng.uniform(0, 4000))
            self.order(c, t_p + D(minutes=float(rng.uniform(5, 40))), round(amount + extra, -1), "new_jewellery",
                       sid, common, trade_in_credit=amount)
            c["value"] += extra
        topics = list(bad_news)
        if hrs > 24 and rng.random() < 0.6:
            topics.append("slow_pay")
        if fee > METALS[metal][1] + 0.01 and rng.random() < 0.3:
            topics.append("lowball")
        if method == "melt" and rng.random() < 0.05:
            topics.append("fee")
        if topics and "slow_pay" in topics and rng.random() < 0.5:
            self.fb(c, t_p + D(hours=float(rng.uniform(-20, 2))) if hrs > 24 else t_p, ["slow_pay"],
                    "call_note", common=common, sid=sid)
        good = []
        if not topics:
            if intake == "walk_in" and rng.random() < 0.12:
                good.append("transparent")
            if hrs < 0.5 and rng.random() < 0.12:
                good.append("fast_pay")
            if intake == "walk_in" and rng.random() < 0.07:
                good.append("friendly")
        self.after_feedback(c, t_p, topics, common, sid, good=good,
                            rated=rng.random() < (0.45 if topics else (0.35 if good else 0.2)))
        return dict(end=t_p, deal=True)

    def after_feedback(self, c, t, topics, common, sid, good=(), rated=False, line="buyback", sat=0.0):
        good = list(good)
        t_r = t + D(hours=float(rng.uniform(0.5, 72)))
        if rated:
            stars = float(pick([5, 4, 3, 2], [0.5, 0.33, 0.12, 0.05]))
            pen = {"lowball": 1.6, "assay": 2.2, "slow_pay": 2.0, "fee": 1.0, "repair_bad": 2.4, "repair_slow": 1.3}
            for x in topics:
                stars -= pen.get(x, 0)
            stars += sat
            if good and not topics:
                stars = 5.0 if rng.random() < 0.8 else 4.0
            stars = float(min(5, max(1, round(stars))))
            if self.ev(c, t_r, "tp_review", sid, "rate", common, stars=stars):
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                self.fb(c, t_r, topics + good, "mini_program_review", rating=stars, common=common, gen=gen, sid=sid,
                        line=line)
        if c["channel"] == "dianping" and common.get("intake") != "mail_in" and rng.random() < 0.16:
            stars = float(pick([5, 4, 3, 2], [0.46, 0.36, 0.13, 0.05])) - 2.0 * len(topics) + sat
            if good and not topics:
                stars = 5.0
            stars = float(min(5, max(1, round(stars))))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_r + D(hours=float(rng.uniform(2, 72))), topics + good, "dianping_review", rating=stars,
                    common=common, gen=gen, undated=rng.random() < 0.3, sid=sid, line=line)
        if (c["channel"] == "xiaohongshu" and (topics or good) and rng.random() < 0.3) or \
                (topics and rng.random() < 0.03):
            self.fb(c, t_r + D(hours=float(rng.uniform(1, 96))), topics + good, "xiaohongshu_note", common=common,
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.4, sid=sid, line=line)
        if rng.random() < 0.06:
            neg = bool(topics)
            nps = int(np.clip(round(rng.normal(8.3 - 3.4 * neg + 0.8 * bool(good) + sat, 1.5)), 0, 10))
            self.fb(c, t_r + D(days=1), topics + good if rng.random() < 0.6 else [], "survey", nps=nps,
                    common=common, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"), sid=sid, line=line)

    # ---------- repair ----------
    def repair(self, c, t0):
        self.n_rj += 1
        sid = f"RJ{self.n_rj:05d}"
        stores = open_stores(c["city"], t0)
        if stores:
            store = STORE[c["home"]] if (c["home"] in [s[0] for s in stores] and rng.random() < 0.9) else \
                stores[int(rng.integers(len(stores)))]
            intake = "walk_in"
        else:
            store, intake = STORE["S01"], "mail_in"
        rtype = pick(list(REPAIRS), [v[1] for v in REPAIRS.values()])
        r = REPAIRS[rtype]
        item = "ring" if rtype == "resize" else pick(["ring", "necklace", "bracelet", "earrings"], [0.35, 0.3, 0.2, 0.15])
        common = dict(store_id=store[0], store=store[2], store_en=store[3], store_city=store[1],
                      门店城市=CITY_ZH[store[1]], intake=intake, 回收方式=None, item_type=item, 品类=ITEMS[item][0],
                      repair_type=rtype, 维修类型=r[0])
        common["回收方式"] = "到店送修" if intake == "walk_in" else "邮寄送修"
        t = shop_hours(t0)
        self.ev(c, t, "tp_repair_intake", sid, "dropoff", common)
        t_q = t + D(hours=float(rng.uniform(0.1, 20)))
        fee = float(rng.integers(*r[2]))
        self.ev(c, t_q, "tp_repair_quote", sid, "quoted", common, repair_fee=fee)
        if rng.random() < (0.12 if rtype != "stone_setting" else 0.22):
            self.order(c, t_q, fee, "repair", sid, common, status="cancelled", cancelled_at=ts(t_q))
            return dict(end=t_q)
        t_c = t_q + D(hours=float(rng.uniform(0.05, 30)))
        rush = CNY_RUSH[0] <= t_c < CNY_RUSH[1]
        tech = f"{store[0]}-T{int(rng.integers(1, 3))}"
        gz_new = store[0] == "S03" and t_c >= GZ_TECH and rtype in ("resize", "solder") and rng.random() < 0.85
        if gz_new:
            tech = "S03-T3"
        if not self.ev(c, t_c, "tp_repair_confirm", sid, "confirm", common, repair_fee=fee, promised_days=r[4],
                       technician=tech):
            return dict(end=t_c)
        o = self.order(c, t_c, fee, "repair", sid, common, technician=tech)
        c["value"] += fee
        c["paid"].append(t_c)
        days = float(rng.lognormal(np.log(r[3] + (4.5 if rush else 0)), 0.3))
        t_d = t_c + D(days=days)
        self.ev(c, t_d, "tp_repair_done", sid, "done", common, technician=tech, qc_pass=True)
        t_p = t_d + D(days=float(rng.exponential(1.8) + 0.1))
        if intake == "walk_in":
            t_p = shop_hours(t_p)
        if not self.ev(c, t_p, "tp_pickup", sid, "picked_up" if intake == "walk_in" else "delivered", common):
            return dict(end=t_d)
        topics, good = [], []
        late = days > r[4]
        if late and rng.random() < 0.45:
            topics.append("repair_slow")
        p_rw = 0.38 if gz_new else (0.06 if rtype != "stone_setting" else 0.09)
        if rng.random() < p_rw:
            reason = ("crack" if rng.random() < 0.55 else "solder_mark") if rtype in ("resize", "solder") else \
                pick(list(REWORK_ZH), [0.15, 0.25, 0.15, 0.3 if rtype == "stone_setting" else 0.05, 0.2])
            t_rw = t_p + D(days=float(rng.uniform(0.5, 10)))
            if self.ev(c, t_rw, "tp_rework", sid, "submit", common, rework_reason=reason, 返修原因=REWORK_ZH[reason],
                       technician=tech):
                topics.append("repair_bad")
                t_d2 = t_rw + D(days=float(rng.uniform(1.5, 5)))
                self.ev(c, t_d2, "tp_repair_done", sid, "rework_done", common, technician=tech, qc_pass=True)
                self.ev(c, shop_hours(t_d2 + D(days=float(rng.exponential(1.5) + 0.1))), "tp_pickup", sid,
                        "picked_up" if intake == "walk_in" else "delivered", common)
                if rng.random() < 0.3 and o is not None:
                    o["status"] = "refunded"
                    o["refunded_at"] = ts(t_rw + D(days=float(rng.uniform(0.5, 3))))
                    c["value"] -= fee
                if rng.random() < 0.6:
                    self.fb(c, t_rw + D(hours=float(rng.uniform(0.1, 6))), ["repair_bad"], "ticket", common=common,
                            sid=sid, line="repair")
                t_p = t_rw
        if not topics:
            if rng.random() < 0.22:
                good.append("craft")
            if rng.random() < 0.06:
                good.append("friendly")
        self.after_feedback(c, t_p, topics, common, sid, good=good, line="repair",
                            rated=rng.random() < (0.5 if topics else (0.35 if good else 0.2)), sat=0.2)
        return dict(end=t_p)

    # ---------- customer life ----------
    def price_checks(self, c, t, n):
        for _ in range(n):
            est = rng.random() < 0.4
            self.ev(c, t, "tp_price_check", None, "estimate" if est else "view", spot_price=spot(t, "gold"),
                    estimated_value=round(float(rng.uniform(2, 60)) * spot(t, "gold"), -1) if est else None)
            t += D(hours=float(rng.exponential(20) + 0.05))
        return t

    def run(self):
        self.customers()
        for c in self.cust:
            ch = CHANNELS[c["channel"]]
            self.ev(c, c["discover"], "tp_discover", None, "view", channel=c["channel"])
            t = c["discover"] + D(minutes=float(rng.uniform(1, 240)))
            if c["intent"] in ("buyback", "both"):
                if rng.random() > ch[2]:
                    if c["channel"] != "walk_by" or rng.random() > 0.5:
                        continue
                    p_start = ch[3]             # walk-by customers sometimes go straight in
                else:
                    n = 1 + int(rng.poisson(3.0 if c["channel"] == "douyin" else 1.2))
                    t = self.price_checks(c, t, n)
                    p_start = ch[3]
                if rng.random() > p_start:
                    continue
                t += D(days=float(min(25, rng.exponential(3.5))))
                while t <= END:
                    res = self.buyback(c, t)
                    if c["intent"] == "both" and not c.get("did_repair"):
                        c["did_repair"] = True
                        self.repair(c, res["end"] + D(days=float(rng.uniform(0.5, 40))))
                    p_again = 0.30 if res["deal"] else 0.22
                    if rng.random() > p_again:
                        break
                    g = float(rng.exponential(110) + 7)
                    t = res["end"] + D(days=g)
                    if t > END:
                        break
                    t = t + D(days=float(min(60, max(0, (1.4 - MOM[day_i(t)]) * 40))))
                    t = self.price_checks(c, t, 1 + int(rng.poisson(0.8)))
            else:
                if rng.random() < 0.1:
                    t = self.price_checks(c, t, 1)
                if rng.random() > 0.72:
                    continue
                t += D(days=float(min(20, rng.exponential(2.5))))
                while t <= END:
                    res = self.repair(c, t)
                    if rng.random() > 0.17:
                        break
                    t = res["end"] + D(days=float(rng.exponential(150) + 10))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            paid = sorted(c["paid"])
            v = c["value"]
            tier = "diamond" if v >= 150000 else "gold" if v >= 50000 else "silver" if v >= 10000 else "regular"
            if not paid:
                seg = "prospect"
            elif paid[0] >= datetime(2026, 5, 1):
                seg = "new"
            elif paid[-1] < datetime(2026, 1, 1):
                seg = "dormant"
            elif len(paid) >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg,
                             客户分群=SEGS[seg], region=c["city"], 城市=CITY_ZH[c["city"]],
                             acquisition_channel=c["channel"], 获客渠道=CHANNELS[c["channel"]][0], tier=tier,
                             会员等级=TIERS[tier], main_service=c["intent"], 主要业务=SERVICE_ZH[c["intent"]],
                             age_band=c["age"], gender=c["gender"], phone_os=c["device"], home_store_id=c["home"],
                             kyc_verified=c["kyc"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols=None):
    cols = cols or list(dict.fromkeys(k for r in rows for k in r))
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3])])
    write(out / "customers.csv", g.customer_rows())
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup_idx = rng.choice(len(ev), size=16, replace=False)            # the tracker re-sent a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    ev.sort(key=lambda r: (r["ts"], r["event_id"]))
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel"]
    ev_cols += [k for k in dict.fromkeys(k for r in ev for k in r) if k not in ev_cols]
    write(out / "events.csv", ev, ev_cols)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]))
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb)
    write(out / "_truth" / "feedback_truth.csv", g.truth)
    print(f"customers {len(g.cust)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(fb)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
