"""草原牧源活畜交易市场 Grassland MuYuan Livestock Auction Market (Chifeng, Inner Mongolia): a regional livestock sale
yard where farmers and herders (养殖户 / 牧民) consign cattle, sheep and pigs, and feedlots (育肥场), butchers / meat
traders (屠宰场 / 肉商), livestock dealers (贩运户) and farmers restocking (补栏) buy them at auction.

A seller registers (卖家登记), brings a lot in (进场托售登记, the day before or the morning of the sale), the market vet
checks the animals and their quarantine certificate (兽医检疫, 动物检疫合格证明), the lot is weighed on one of three
weighbridges (过磅, 1号 / 2号 / 3号磅), listed in the sale ring (上拍: Tuesday cattle ring 牛厅, Thursday sheep and
Saturday pigs in the small-stock ring 羊猪厅) and is sold at the hammer (落槌成交) or passed in (流拍). A buyer registers
for a bidder card (买家登记领号牌), looks at the sale catalogue in the app (拍卖目录), wins lots in the ring or online
(线上竞拍, from 2025-10-01), pays (付款结算), loads out (装车提货: own truck or the market's partner hauliers ShunMu
Logistics 顺牧物流 / Beijiang Haulage 北疆运输), and may file a dispute (过磅争议 weight, 病死赔偿 sick / dead
animals, 耳标不符 ear-tag mix-up; sellers: 结款延迟 late payout). The market pays the seller (卖家结款) after the buyer
has paid, keeping a 2 % commission (佣金) and a yard fee per head (进场费). Online winners who do not pay (悔拍) lose the
lot to the underbidder (second-chance offer).
Data 2025-01-01 .. 2026-07-31 (the extract was taken at the start of August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261231), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261231
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
CLOSED = [(date(2025, 1, 24), date(2025, 2, 5)), (date(2026, 2, 10), date(2026, 2, 24))]   # 春节休市
SCALE2_DRIFT = (datetime(2025, 10, 8), datetime(2025, 11, 21))   # 2号磅 reads ~4 % heavy until recalibrated
HEAT = (datetime(2025, 7, 1), datetime(2025, 9, 1))              # heat wave; Beijiang trucks have no misting
PAYOUT_SYS = (datetime(2026, 1, 5), datetime(2026, 4, 1))        # new settlement system: payouts stuck
CERT_RULE = datetime(2026, 3, 1)                                 # e-quarantine certificate required, no on-site re-issue
ONLINE_START = datetime(2025, 10, 1)
LI_START, LI_BETTER = datetime(2025, 9, 1), datetime(2026, 4, 1)  # new auctioneer Li Hao
N_SELLERS, N_BUYERS = 2100, 950

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_seller_register", "卖家注册登记", "Seller registration", "awareness", "app", "digital", "member_services",
     "卖家登记|卖家注册|开户|办卡|seller registration|seller sign-up|register to sell"),
    ("tp_buyer_register", "买家注册领号牌", "Buyer registration (bidder card)", "awareness", "app", "digital",
     "member_services", "买家登记|领号牌|竞买号牌|办号牌|buyer registration|bidder card|paddle number"),
    ("tp_catalog", "查看拍卖目录", "Sale catalogue viewed", "consideration", "app", "digital", "auction",
     "拍卖目录|看货单|预展|上拍清单|catalogue|catalog|sale list|preview"),
    ("tp_consign", "进场托售登记", "Consignment check-in", "consideration", "store", "physical", "yard_ops",
     "托售|进场|报备|送牛|送羊|卸车登记|consign|consignment|check-in|drop off"),
    ("tp_vet", "兽医检疫", "Vet inspection", "service", "store", "physical", "animal_health",
     "检疫|兽医|查验|检疫证明|动物检疫合格证明|vet check|vet inspection|quarantine|health check"),
    ("tp_weigh", "过磅称重", "Weigh station", "service", "store", "physical", "yard_ops",
     "过磅|称重|地磅|上磅|磅单|weigh|weighbridge|scale|weigh station"),
    ("tp_lot_listed", "上拍", "Lot listed in the sale ring", "purchase", "store", "physical", "auction",
     "上拍|开拍|拍卖|拍卖厅|喊价|sale ring|auction|lot listed|auctioneer"),
    ("tp_hammer", "落槌成交", "Sold at the hammer", "purchase", "store", "physical", "auction",
     "落槌|成交|拍出|卖出|sold|hammer|knocked down"),
    ("tp_no_sale", "流拍", "Passed in (no sale)", "purchase", "store", "physical", "auction",
     "流拍|没拍出去|未成交|没卖掉|passed in|no sale|unsold"),
    ("tp_bid_won", "竞得", "Bid won", "purchase", "store", "physical", "auction",
     "竞得|拍到|买到|中拍|won|winning bid|bought a lot"),
    ("tp_payment", "买家付款结算", "Buyer payment settled", "purchase", "store", "physical", "finance",
     "付款|结算|交钱|货款|买家付款|payment|pay|settle up"),
    ("tp_pickup", "装车提货", "Load-out & trucking pickup", "service", "store", "physical", "logistics",
     "提货|装车|拉走|运输|承运|拉牛|拉猪|load out|loading|pickup|trucking|haulage"),
    ("tp_seller_payout", "卖家结款", "Seller payout", "service", "other", "digital", "finance",
     "结款|回款|到账|卖家结算|打款|payout|seller settlement|proceeds|money in my account"),
    ("tp_dispute", "争议申诉", "Dispute filed", "service", "phone", "digital", "customer_service",
     "争议|申诉|投诉|索赔|扯皮|dispute|claim|complaint"),
    ("tp_dispute_done", "争议处理完成", "Dispute resolved", "service", "phone", "digital", "customer_service",
     "处理结果|赔付|调价|补差|退款|dispute resolved|compensation|price adjustment"),
    ("tp_rate", "评价", "Rating", "loyalty", "app", "digital", "member_services",
     "评价|打分|评分|rate|rating|review|stars"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("consign_sale", "托售成交", "Consignment to sale",
     ["tp_consign", "tp_vet", "tp_weigh", "tp_lot_listed", "tp_hammer"], 3),
    ("seller_activation", "新卖家首拍", "New seller first sale",
     ["tp_seller_register", "tp_consign", "tp_hammer", "tp_seller_payout"], 60),
    ("buyer_activation", "新买家首购", "New buyer first purchase",
     ["tp_buyer_register", "tp_catalog", "tp_bid_won", "tp_payment"], 30),
    ("settle_pickup", "结算提货", "Settlement & load-out", ["tp_bid_won", "tp_payment", "tp_pickup"], 7),
    ("dispute", "争议处理", "Dispute handling", ["tp_dispute", "tp_dispute_done"], 30),
    ("seller_return", "卖家回头", "Seller comes back", ["tp_seller_payout", "tp_consign"], 90),
]
SPECIES = {  # en: zh, sale weekday, ring, lots per sale day
    "cattle": ("牛", 1, "ring_1", 27), "sheep": ("羊", 3, "ring_2", 25), "pig": ("猪", 5, "ring_2", 24)}
RING_ZH = {"ring_1": "1号厅（牛）", "ring_2": "2号厅（羊猪）"}
SEASON = {  # month multipliers
    "cattle": [0.9, 0.6, 0.8, 0.9, 0.9, 0.8, 0.7, 0.9, 1.4, 1.8, 1.6, 1.1],
    "sheep": [0.8, 0.5, 0.7, 0.8, 0.8, 0.9, 0.8, 1.0, 1.5, 1.9, 1.5, 1.0],
    "pig": [1.6, 0.6, 0.9, 0.9, 0.9, 0.9, 0.8, 0.8, 0.9, 1.0, 1.1, 1.5]}
PRICE = {  # CNY per kg live weight, monthly from Jan 2025 to Jul 2026
    "cattle": [27.6, 27.8, 27.5, 27.2, 27.0, 26.8, 26.6, 26.5, 26.0, 25.6, 25.8, 26.5, 27.4, 27.9, 28.2, 28.6, 29.0,
               29.4, 29.8],
    "sheep": [27.0, 27.5, 26.2, 25.8, 25.5, 25.6, 25.8, 25.6, 24.6, 23.8, 24.2, 25.8, 27.2, 27.6, 26.4, 26.0, 25.9,
              26.1, 26.3],
    "pig": [16.2, 15.6, 14.8, 14.6, 14.9, 15.3, 15.8, 15.6, 15.0, 14.2, 13.8, 14.6, 15.2, 13.6, 12.8, 12.4, 12.6,
            13.2, 13.8]}
BREEDS = {  # en, zh, weight, price factor
    "cattle": [("Simmental", "西门塔尔", 0.5, 1.0), ("Angus", "安格斯", 0.15, 1.06), ("Local yellow", "本地黄牛", 0.35, 0.92)],
    "sheep": [("Ujimqin", "乌珠穆沁羊", 0.35, 1.08), ("Small-tail Han", "小尾寒羊", 0.4, 0.97), ("Dorper", "杜泊羊", 0.25, 1.03)],
    "pig": [("DLY crossbred", "杜长大三元", 0.6, 1.0), ("Duroc", "杜洛克", 0.15, 1.04), ("Landrace", "长白", 0.25, 0.99)]}
YARD_FEE = {"cattle": 30, "sheep": 4, "pig": 6}           # 进场费 per head
HAUL_FEE = {"cattle": 150, "sheep": 10, "pig": 30}        # per head, times the distance factor
COUNTIES = {  # en: zh, weight, species mix (cattle, sheep, pig), p(quarantine certificate)
    "Ar Horqin Banner": ("阿鲁科尔沁旗", 0.15, (0.6, 0.4, 0.0), 0.95),
    "Bairin Left Banner": ("巴林左旗", 0.14, (0.5, 0.4, 0.1), 0.94),
    "Ongniud Banner": ("翁牛特旗", 0.17, (0.45, 0.35, 0.2), 0.94),
    "Hexigten Banner": ("克什克腾旗", 0.12, (0.4, 0.6, 0.0), 0.95),
    "Aohan Banner": ("敖汉旗", 0.16, (0.15, 0.55, 0.3), 0.60),
    "Ningcheng County": ("宁城县", 0.14, (0.3, 0.1, 0.6), 0.93),
    "Linxi County": ("林西县", 0.12, (0.4, 0.3, 0.3), 0.94),
}
BUYER_REGIONS = {  # en: zh, distance factor, transit hours, online propensity
    "Chifeng": ("赤峰市区", 0.5, 1.5, 0.12), "Tongliao": ("通辽", 1.0, 4.0, 0.3), "Liaoning": ("辽宁", 1.2, 5.5, 0.45),
    "Hebei": ("河北", 1.5, 7.0, 0.5), "Beijing": ("北京", 1.6, 7.5, 0.55), "Shandong": ("山东", 2.5, 14.0, 0.6)}
BTYPES = {  # en: zh, share, prospect share, activity mean, species preference, region weights, carrier weights
    "feedlot": ("育肥场", 0.12, 0.06, 6.0, {"cattle": 1.0, "sheep": 0.45, "pig": 0.03},
                {"Tongliao": 0.25, "Hebei": 0.3, "Shandong": 0.35, "Chifeng": 0.1}, (0.2, 0.45, 0.35)),
    "butcher": ("屠宰场/肉商", 0.33, 0.14, 3.0, {"cattle": 0.5, "sheep": 0.8, "pig": 1.0},
                {"Chifeng": 0.35, "Beijing": 0.25, "Liaoning": 0.25, "Hebei": 0.15}, (0.45, 0.2, 0.35)),
    "trader": ("贩运户", 0.20, 0.22, 2.5, {"cattle": 0.8, "sheep": 0.8, "pig": 0.7},
               {"Chifeng": 0.3, "Hebei": 0.3, "Liaoning": 0.3, "Tongliao": 0.1}, (0.6, 0.2, 0.2)),
    "farmer": ("养殖户", 0.35, 0.50, 0.4, {"cattle": 0.5, "sheep": 0.6, "pig": 0.4},
               {"local": 1.0}, (0.7, 0.15, 0.15)),
}
CARRIERS = [("Own truck", "买家自有车辆"), ("ShunMu Logistics", "顺牧物流"), ("Beijiang Haulage", "北疆运输")]
CARRIER_ZH = dict(CARRIERS)
AUCTIONEERS = {"Zhang Wei": "张伟", "Wang Min": "王敏", "Li Hao": "李昊"}
SCALE_ZH = {"scale_1": "1号磅", "scale_2": "2号磅", "scale_3": "3号磅"}
ACQ = {  # en: zh, seller weight, buyer weight, seller prospect share
    "village_agent": ("村级经纪人", 0.34, 0.05, 0.06), "word_of_mouth": ("老乡介绍", 0.26, 0.30, 0.08),
    "wechat_group": ("微信群", 0.16, 0.30, 0.12), "douyin": ("抖音直播", 0.14, 0.20, 0.42),
    "walk_in": ("现场办理", 0.10, 0.15, 0.05)}
VET_ZH = {"pass": "合格", "reissued": "现场补检合格", "fail_no_cert": "无证拒收", "fail_sick": "疑似病畜拒收"}
DISPUTE_ZH = {"weight": "过磅争议", "health": "病死赔偿", "mixup": "耳标不符", "payout": "结款延迟"}
RESOL_ZH = {"price_adjust": "调价补差", "compensation": "赔偿", "refund": "退货退款", "rejected": "驳回",
            "exchange": "调换", "expedited": "加急结款"}
OTYPE_ZH = {"lot_purchase": "拍品货款", "commission": "卖家佣金", "yard_fee": "进场费", "haulage": "运费"}
TIERS = {"regular": "普通会员", "silver": "银牌会员", "gold": "金牌会员"}
PAY_ZH = {"bank_transfer": "银行转账", "pos_card": "POS刷卡", "wechat_pay": "微信支付"}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "weight": (["过磅重量虚高，拉回去自己一称少了一大截", "地磅不准，每头多算了十几公斤", "称重结果跟我们场里的秤对不上",
                "磅单上的重量明显偏重，要求复磅还拖着", "这秤该校准了，算下来多花好几千"],
               ["the scale ticket was way heavier than our own weigh-in", "market scale is off, every head came in heavy",
                "re-weighed at home and we were short by a lot", "scale reading looked inflated, asked for a re-weigh"]),
    "transit_death": (["拉回去的路上热死了两头", "运输车没有喷淋降温，路上死了好几头", "路上闷死了三只，车况太差",
                       "车厢太挤，路上就死了一头"],
                      ["lost two in transit, the truck had no misting", "animals died in transit on a hot day",
                       "a few were dead in transit, ventilation on the truck was terrible"]),
    "sick_after": (["买回去没几天就发病了", "到家第三天就拉稀发烧，检疫是走过场吧", "买的回去病倒两只",
                    "回去就发病了，兽医到底看没看"],
                   ["they got sick within a week of buying", "two fell sick a few days after we got them home",
                    "got sick right after, did the vet even look at them"]),
    "cert_reject": (["没带检疫证明直接拒收，白跑一趟", "新规要电子检疫证明，没人提前通知我们", "检疫证明卡得太死，牛又拉回家了",
                     "就因为检疫证明的事被退回来"],
                    ["turned away at the gate for no quarantine certificate",
                     "nobody told us about the new e-certificate rule",
                     "sent home over a missing certificate, wasted a whole day"]),
    "auctioneer": (["拍卖师节奏太快，价还没喊上去就落槌了", "新来的拍卖师不会带节奏，流拍了", "拍卖师压价压得厉害，只好流拍拉回去",
                    "换了拍卖师以后老流拍"],
                   ["the auctioneer rushed my lot, bids never got going", "new auctioneer let it pass in way too early",
                    "auctioneer couldn't work the crowd, no sale again"]),
    "payout_slow": (["卖完一个礼拜钱还没到账", "结款太慢了，以前第二天就能拿到钱", "新系统以后回款拖好几天",
                     "卖牛的钱迟迟不到账，等着买饲料呢"],
                    ["payout took almost a week after the sale", "still waiting for my money days after the sale",
                     "settlement has been so slow since the new system"]),
    "fees": (["佣金收得有点高", "进场费又涨了，小户扛不住", "佣金加进场费算下来不便宜"],
             ["the commission is too steep", "yard fees and commission add up fast", "fees are high for small farmers"]),
    "wait_load": (["装车排队排了四五个钟头", "周二牛市装车太慢，司机等到天黑", "提货排队太久，没人指挥"],
                  ["waited hours to load out", "the loading queue was chaos, nobody directing trucks",
                   "load-out took forever on cattle day"]),
    "mixup": (["耳标对不上，装错了牛", "回去发现耳标号不对，被调包了", "耳标和成交单不一致"],
              ["ear tags didn't match the lot", "got the wrong animals, ear tags were off"]),
    "fair_price": (["价格公道，比卖给贩子强", "行情不错，卖了个好价钱", "拍得价格公道，透明"],
                   ["got a fair price, better than selling to a dealer", "fair price and transparent bidding"]),
    "fast_payout": (["钱当天就打到卡上了，痛快", "卖完隔天就打卡上了，放心"],
                    ["money hit my account the same day", "paid out fast, money hit my account next morning"]),
    "staff_help": (["进场登记的工作人员很热情", "工作人员帮着赶牛卸车，服务周到"],
                   ["check-in staff were really helpful", "helpful yard staff, they helped pen our cattle"]),
    "online_easy": (["线上竞拍很方便，不用专门跑一趟", "在手机上线上出价，省事"],
                    ["online bidding was easy, no need to drive in", "bidding online from home saved us a trip"]),
}
GEN = {
    "pos": (["整体不错，下次还来", "市场管理规范，放心", "挺好的"], ["overall good, will be back", "well run market"]),
    "neu": (["还行吧", "一般般，没什么特别的"], ["it was ok", "nothing special"]),
    "neg": (["体验很差", "不太满意，再看看别的市场"], ["not happy overall", "poor experience, might try another market"]),
}
NEG_TOPICS = {"weight", "transit_death", "sick_after", "cert_reject", "auctioneer", "payout_slow", "fees", "wait_load",
              "mixup"}
TOPIC_TP = [("transit_death", "tp_pickup"), ("weight", "tp_weigh"), ("sick_after", "tp_vet"),
            ("cert_reject", "tp_vet"), ("auctioneer", "tp_lot_listed"), ("payout_slow", "tp_seller_payout"),
            ("mixup", "tp_pickup"), ("wait_load", "tp_pickup"), ("fees", "tp_seller_payout"),
            ("fair_price", "tp_hammer"), ("fast_payout", "tp_seller_payout"), ("staff_help", "tp_consign"),
            ("online_easy", "tp_bid_won")]
PENALTY = {"weight": 2.2, "transit_death": 3.2, "sick_after": 2.6, "cert_reject": 2.6, "auctioneer": 1.8,
           "payout_slow": 2.0, "fees": 0.8, "wait_load": 1.2, "mixup": 2.0}


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, w):
    w = np.asarray(w, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def month_idx(t) -> int:
    return (t.year - 2025) * 12 + t.month - 1


def closed(d: date) -> bool:
    return any(a <= d <= b for a, b in CLOSED)


def growth(t) -> float:
    return 0.85 + 0.35 * (t - START.date()).days / 577


def next_sale_day(t: datetime, species: str) -> date | None:
    d = t.date()
    wd = SPECIES[species][1]
    d += D(days=(wd - d.weekday()) % 7)
    while closed(d):
        d += D(days=7)
    return d if d <= END.date() else None


def at(d: date, hours: float) -> datetime:
    return datetime(d.year, d.month, d.day) + D(hours=float(hours))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_lot = 0
        self.sched_sellers = defaultdict(list)   # date -> seller indexes (first lots, re-consignments)
        self.sched_buyers = defaultdict(list)    # date -> buyer indexes (first wins)

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, common=None, app=False, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["os"] if app else None,
                   channel="app" if app else "store")
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, lot, common, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(float(amount), 2),
                   status=status, channel="store", device=None, order_type=otype, 订单类型=OTYPE_ZH[otype],
                   lot_id=lot)
        for k in ("species", "畜种", "breed", "品种", "head_count", "lot_weight_kg", "origin_county", "产地",
                  "auctioneer", "拍卖师"):
            row[k] = common.get(k)
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, common=None, undated=False, gen=None, no_customer=False,
           lot=None):
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
        if lang == "en":
            text = text[0].upper() + text[1:]
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if (gen == "pos" or topics) else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, lot_id=lot, role=c["role"], 角色=c["角色"])
        if common:
            for k in ("species", "畜种"):
                row[k] = common.get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- people ----------
    def signup_days(self, n, early_share):
        """registration dates: a wave of existing customers when the market app launched (January 2025), then
        newcomers growing with the business and the autumn season. Returns (time, existing) pairs."""
        days, d = [], START
        while d <= datetime(2026, 7, 25):
            w = growth(d.date()) * (1.4 if d.month in (8, 9, 10) else 1.0) * (0.2 if closed(d.date()) else 1.0)
            days.append((d, w))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        n_early = int(n * early_share)
        late = rng.choice(len(days), size=n - n_early, p=w / w.sum())
        early = rng.integers(0, 30, size=n_early)
        idx = np.concatenate([early, late])
        old = np.concatenate([np.ones(n_early, bool), np.zeros(n - n_early, bool)])
        order = np.argsort(idx, kind="stable")
        return [(days[int(idx[k])][0] + D(hours=float(rng.uniform(7, 21))), bool(old[k])) for k in order]

    def people(self):
        self.sellers, self.buyers = [], []
        n = 0
        acq = list(ACQ)
        for t, old in self.signup_days(N_SELLERS, 0.4):
            n += 1
            county = pick(list(COUNTIES), [v[1] for v in COUNTIES.values()])
            sp = pick(["cattle", "sheep", "pig"], COUNTIES[county][2])
            ch = pick(acq, [v[1] for v in ACQ.values()])
            herd = int({"cattle": rng.lognormal(np.log(40), 0.6), "sheep": rng.lognormal(np.log(260), 0.6),
                        "pig": rng.lognormal(np.log(180), 0.6)}[sp])
            en = 0.04 if rng.random() < 0.8 else 0.25
            s = dict(customer_id=f"C{n:05d}", role="seller", 角色="卖家", signup=t, county=county, species=sp,
                     channel=ch, os=pick(["android", "ios"], [0.72, 0.28]), en_share=en,
                     prospect=not old and rng.random() < ACQ[ch][3], act=float(rng.gamma(1.3, 1.0)) * (1.3 if sp == "pig" else 1.0),
                     herd=herd, first_done=old, old=old, annoyed_until=None, lots=0, value=0.0, last=None, first=None)
            s["lang"] = "en" if rng.random() < en * 0.6 else "zh"
            self.sellers.append(s)
        bt = list(BTYPES)
        for t, old in self.signup_days(N_BUYERS, 0.45):
            n += 1
            typ = pick(bt, [v[1] for v in BTYPES.values()])
            b = BTYPES[typ]
            region = pick(list(b[5]), list(b[5].values()))
            if region == "local":
                region = pick(list(COUNTIES), [v[1] for v in COUNTIES.values()])
                dist, transit, online = 0.4, 1.2, 0.08
            else:
                dist, transit, online = BUYER_REGIONS[region][1:]
            ch = pick(acq, [v[2] for v in ACQ.values()])
            pref = b[4]
            top = max(pref, key=pref.get) if typ != "farmer" else pick(list(pref), list(pref.values()))
            en = 0.35 if typ == "feedlot" else 0.08
            self.buyers.append(dict(customer_id=f"C{n:05d}", role="buyer", 角色="买家", signup=t, type=typ,
                                    region=region, dist=dist, transit=transit, online=online, channel=ch,
                                    os=pick(["android", "ios"], [0.6, 0.4]), en_share=en,
                                    lang="en" if rng.random() < en * 0.6 else "zh",
                                    prospect=not old and rng.random() < b[2], act=float(rng.gamma(2.0, b[3] / 2.0)), top=top,
                                    first_done=old, old=old, wins=0, value=0.0, last=None, first=None))
        # registration events, catalogue browsing by prospects, first scheduled lots / wins
        for i, s in enumerate(self.sellers):
            self.ev(s, s["signup"], "tp_seller_register", None, "register", app=s["channel"] != "walk_in",
                    acquisition_channel=s["channel"])
            if s["prospect"] or s["old"]:
                continue
            d = next_sale_day(s["signup"] + D(days=float(rng.exponential(6) + 0.3)), s["species"])
            if d:
                self.sched_sellers[d].append(i)
        for i, b in enumerate(self.buyers):
            self.ev(b, b["signup"], "tp_buyer_register", None, "register", app=b["channel"] != "walk_in",
                    acquisition_channel=b["channel"])
            if b["old"]:
                continue
            if b["prospect"]:
                t = b["signup"]
                for _ in range(int(rng.integers(0, 4))):
                    t += D(days=float(rng.exponential(9) + 0.2))
                    self.ev(b, t, "tp_catalog", None, "view", app=True)
                continue
            d = next_sale_day(b["signup"] + D(days=float(rng.exponential(7) + 0.5)), b["top"])
            if d:
                self.sched_buyers[d].append(i)

    # ---------- the sale yard ----------
    def run(self):
        self.people()
        s_sp = np.array([s["species"] for s in self.sellers])
        s_act = np.array([s["act"] for s in self.sellers])
        s_signup = np.array([s["signup"].toordinal() for s in self.sellers])
        b_act = np.array([b["act"] for b in self.buyers])
        b_signup = np.array([b["signup"].toordinal() for b in self.buyers])
        b_pros = np.array([b["prospect"] for b in self.buyers])
        b_pref = {sp: np.array([BTYPES[b["type"]][4][sp] for b in self.buyers]) for sp in SPECIES}
        d = START.date()
        while d <= END.date():
            sp = {1: "cattle", 3: "sheep", 5: "pig"}.get(d.weekday())
            if sp is None or closed(d):
                d += D(days=1)
                continue
            mean = SPECIES[sp][3] * SEASON[sp][d.month - 1] * growth(d)
            sched = self.sched_sellers.pop(d, [])
            n_pool = max(0, int(rng.poisson(mean)) - len(sched))
            done = np.array([s["first_done"] for s in self.sellers])
            annoy = np.array([1.0 if (s["annoyed_until"] is None or s["annoyed_until"] < d) else 0.3
                              for s in self.sellers])
            w = s_act * (s_sp == sp) * done * (s_signup < d.toordinal()) * annoy
            pool = list(rng.choice(len(w), size=n_pool, p=w / w.sum())) if n_pool and w.sum() > 0 else []
            sellers = sched + [int(x) for x in pool]
            rng.shuffle(sellers)
            # buyers: weights for the pool, scheduled first wins
            bw = b_act * b_pref[sp] * (~b_pros) * (b_signup < d.toordinal())
            bw = bw * np.array([1.0 if b["first_done"] else 0.0 for b in self.buyers])
            first_buyers = self.sched_buyers.pop(d, [])
            rng.shuffle(first_buyers)
            for k, si in enumerate(sellers):
                self.lot(si, d, sp, k, first_buyers, bw)
            for bi in first_buyers:                       # not enough lots: try the next sale day
                nd = next_sale_day(at(d, 24 * 7), sp)
                if nd:
                    self.sched_buyers[nd].append(bi)
            d += D(days=1)

    def pick_buyer(self, bw, exclude=None):
        w = bw.copy()
        if exclude is not None:
            w[exclude] = 0
        if w.sum() <= 0:
            return None
        return int(rng.choice(len(w), p=w / w.sum()))

    def lot(self, si, d, sp, k, first_buyers, bw):
        s = self.sellers[si]
        s["first_done"] = True
        self.n_lot += 1
        lot = f"L{self.n_lot:06d}"
        br = pick(BREEDS[sp], [x[2] for x in BREEDS[sp]])
        if sp == "cattle":
            head = int(min(20, 1 + rng.geometric(0.2)))
            avg_w = float(np.clip(rng.normal(470, 110), 200, 760))
        elif sp == "sheep":
            head = int(8 + rng.poisson(24))
            avg_w = float(np.clip(rng.normal(44, 7), 25, 70))
        else:
            head = int(4 + rng.poisson(14))
            avg_w = float(np.clip(rng.normal(118, 9), 90, 150))
        county = s["county"]
        cert = bool(rng.random() < COUNTIES[county][3])
        common = dict(species=sp, 畜种=SPECIES[sp][0], breed=br[0], 品种=br[1], head_count=head,
                      origin_county=county, 产地=COUNTIES[county][0])
        # check-in, the afternoon before or early on the sale day
        if rng.random() < 0.6:
            t_c = at(d - D(days=1), rng.uniform(13, 19))
        else:
            t_c = at(d, rng.uniform(4.5, 7.0))
        if not self.ev(s, t_c, "tp_consign", lot, "check_in", common, quarantine_cert=cert, 检疫证明="有" if cert else "无"):
            return
        s["lots"] += 1
        s["last"] = t_c
        if s["first"] is None:
            s["first"] = t_c
        # vet
        t_v = t_c + D(hours=float(rng.uniform(0.3, 2.0)))
        if rng.random() < 0.025:
            vet = "fail_sick"
        elif not cert:
            p_fail = 0.85 if t_c >= CERT_RULE else 0.25
            vet = "fail_no_cert" if rng.random() < p_fail else "reissued"
        else:
            vet = "pass"
        self.ev(s, t_v, "tp_vet", lot, "fail" if vet.startswith("fail") else "pass", common, quarantine_cert=cert,
                检疫证明="有" if cert else "无", vet_result=vet, 检疫结果=VET_ZH[vet])
        if vet.startswith("fail"):
            topics = ["cert_reject"] if vet == "fail_no_cert" and rng.random() < 0.4 else []
            self.seller_voice(s, t_v + D(hours=float(rng.uniform(2, 48))), topics, common, lot)
            if rng.random() < 0.4:
                nd = next_sale_day(t_v + D(days=float(rng.uniform(6, 20))), sp)
                if nd:
                    self.sched_sellers[nd].append(si)
            return
        # weigh
        t_w = t_v + D(minutes=float(rng.uniform(10, 50)))
        if sp == "cattle":
            scale = "scale_1" if rng.random() < 0.55 else "scale_2"
        else:
            scale = "scale_2" if rng.random() < 0.4 else "scale_3"
        true_kg = head * avg_w
        drift = scale == "scale_2" and SCALE2_DRIFT[0] <= t_w < SCALE2_DRIFT[1]
        self.cur_drift = drift
        kg = round(true_kg * (1.04 if drift else float(rng.normal(1.0, 0.003))), 1)
        common.update(lot_weight_kg=kg, avg_weight_kg=round(kg / head, 1))
        self.ev(s, t_w, "tp_weigh", lot, "weighed", common, scale_id=scale, 地磅=SCALE_ZH[scale])
        self.order(s, t_w, YARD_FEE[sp] * head, "yard_fee", lot, common)
        # listed in the ring
        ring = SPECIES[sp][2]
        t_l = max(at(d, 9.0 + k * 0.07 + rng.uniform(0, 0.03)), t_w + D(minutes=float(rng.uniform(5, 20))))
        if t_l < LI_START:
            main = "Zhang Wei" if ring == "ring_1" else "Wang Min"
            auc = main if rng.random() < 0.85 else ("Wang Min" if main == "Zhang Wei" else "Zhang Wei")
        else:
            main = "Zhang Wei" if ring == "ring_1" else "Wang Min"
            other = "Wang Min" if main == "Zhang Wei" else "Zhang Wei"
            auc = pick(["Li Hao", main, other], [0.35, 0.55, 0.10])
        m = month_idx(t_l)
        market = PRICE[sp][m] * br[3] * float(rng.normal(1.0, 0.035))
        if auc == "Li Hao":
            market *= 0.97
        reserve = round(market * float(rng.uniform(0.9, 0.98)), 2)
        common.update(auctioneer=auc, 拍卖师=AUCTIONEERS[auc], sale_ring=ring, 拍卖厅=RING_ZH[ring])
        self.ev(s, t_l, "tp_lot_listed", lot, "listed", common, reserve_price_per_kg=reserve)
        p_ns = 0.065
        if auc == "Li Hao":
            p_ns = 0.24 if t_l < LI_BETTER else 0.14
        if sp == "sheep" and t_l.month in (9, 10, 11):
            p_ns += 0.03
        t_h = t_l + D(minutes=float(rng.uniform(2, 6)))
        if rng.random() < p_ns:
            self.ev(s, t_h, "tp_no_sale", lot, "passed_in", common)
            topics = ["auctioneer"] if rng.random() < (0.35 if auc == "Li Hao" else 0.06) else []
            self.seller_voice(s, t_h + D(hours=float(rng.uniform(3, 60))), topics, common, lot)
            if rng.random() < 0.45:
                nd = next_sale_day(t_h + D(days=float(rng.uniform(3, 9))), sp)
                if nd:
                    self.sched_sellers[nd].append(si)
            return
        price = round(market, 2)
        value = round(price * kg, 2)
        # winner: a scheduled first-time buyer if one is waiting, else the pool
        bi = first_buyers.pop() if first_buyers else self.pick_buyer(bw)
        if bi is None:
            return
        b = self.buyers[bi]
        online = t_h >= ONLINE_START and rng.random() < b["online"] * min(1.0, 0.5 + 0.5 * (t_h - ONLINE_START).days / 240)
        bc = "online" if online else "ring"
        common.update(hammer_price_per_kg=price, lot_value=value)
        self.ev(s, t_h, "tp_hammer", lot, "sold", common, bid_channel=bc, 竞价方式="线上竞拍" if online else "现场竞拍")
        s["value"] += value
        defaulted = rng.random() < (0.11 if online else 0.015)
        res = self.buyer_side(b, bi, t_h + D(seconds=5), lot, common, online, price, value, defaulted, second=False,
                              sale_day=d)
        if defaulted:
            bi2 = self.pick_buyer(bw, exclude=bi)
            if bi2 is None:
                return
            t2 = t_h + D(hours=float(rng.uniform(30, 72)))
            price2 = round(price * 0.97, 2)
            value2 = round(price2 * kg, 2)
            common.update(hammer_price_per_kg=price2, lot_value=value2)
            res = self.buyer_side(self.buyers[bi2], bi2, t2, lot, common, False, price2, value2, False, second=True,
                                  sale_day=d)
            value = value2
        if res is None:
            return
        t_p = res
        # seller payout
        if PAYOUT_SYS[0] <= t_p < PAYOUT_SYS[1]:
            days = float(rng.lognormal(np.log(4.2), 0.35))
        elif t_p >= PAYOUT_SYS[1]:
            days = float(rng.lognormal(np.log(1.3), 0.4))
        else:
            days = float(rng.lognormal(np.log(0.9), 0.4))
        t_po = t_p + D(days=days)
        comm = round(value * 0.02, 2)
        payout = round(value - comm - YARD_FEE[sp] * head, 2)
        if not self.ev(s, t_po, "tp_seller_payout", lot, "paid_out", common, payout_amount=payout,
                       payout_days=round(days, 2)):
            return
        self.order(s, t_po, comm, "commission", lot, common)
        topics = []
        if days > 3:
            s["annoyed_until"] = (t_po + D(days=150)).date()
            if rng.random() < 0.25:
                t_d = t_p + D(days=float(rng.uniform(3, days)))
                if t_d < t_po and self.ev(s, t_d, "tp_dispute", lot, "filed", common, dispute_type="payout",
                                          争议类型=DISPUTE_ZH["payout"], app=True):
                    t_dd = min(t_po, t_d + D(days=float(rng.lognormal(np.log(0.8), 0.4))))
                    self.ev(s, t_dd, "tp_dispute_done", lot, "expedited", common, dispute_type="payout",
                            争议类型=DISPUTE_ZH["payout"], resolution="expedited", 处理结果=RESOL_ZH["expedited"],
                            refund_amount=0.0)
                    if rng.random() < 0.5:
                        self.fb(s, t_d + D(minutes=20), ["payout_slow"], "call_note", common=common, lot=lot)
            if rng.random() < 0.45:
                topics.append("payout_slow")
        if rng.random() < 0.025:
            topics.append("fees")
        if not topics:
            if price >= market * 0.99 and rng.random() < 0.07:
                topics.append("fair_price")
            if days < 1.2 and rng.random() < 0.04:
                topics.append("fast_payout")
            if rng.random() < 0.03:
                topics.append("staff_help")
        self.seller_voice(s, t_po + D(hours=float(rng.uniform(2, 72))), topics, common, lot)

    def seller_voice(self, s, t, topics, common, lot):
        neg = bool(set(topics) & NEG_TOPICS)
        p_rate = 0.4 if neg else (0.3 if topics else 0.1)
        if rng.random() < p_rate:
            self.rate(s, t, topics, common, lot)
        if (topics and rng.random() < 0.06) or rng.random() < 0.004:
            self.fb(s, t + D(hours=float(rng.uniform(1, 72))), topics, "wechat_group", common=common,
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.4, lot=lot)
        if rng.random() < 0.03:
            nps = int(np.clip(round(rng.normal(8.2 - 3.0 * neg + 0.6 * (bool(topics) and not neg), 1.5)), 0, 10))
            self.fb(s, t + D(days=1), topics if rng.random() < 0.6 else [], "survey", nps=nps, common=common,
                    gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"), lot=lot)

    def rate(self, c, t, topics, common, lot):
        stars = float(pick([5, 4, 3, 2], [0.45, 0.35, 0.14, 0.06]))
        for x in topics:
            stars -= PENALTY.get(x, 0)
        if topics and not set(topics) & NEG_TOPICS:
            stars = 5.0 if rng.random() < 0.8 else 4.0
        stars = float(min(5, max(1, round(stars))))
        if self.ev(c, t, "tp_rate", lot, "rate", common, app=True, stars=stars):
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t, topics, "app_review", rating=stars, common=common, gen=gen, lot=lot)

    def buyer_side(self, b, bi, t_won, lot, common, online, price, value, defaulted, second, sale_day):
        """bid won -> payment -> load-out -> transit; returns the payment time (None when never paid)."""
        b["first_done"] = True
        sp = common["species"]
        if rng.random() < (0.85 if b["wins"] == 0 else 0.45):
            t_cat = max(at(sale_day - D(days=1), rng.uniform(18, 23)), b["signup"] + D(minutes=float(rng.uniform(5, 30))))
            self.ev(b, t_cat, "tp_catalog", None, "view", app=True)
        bc = "online" if online else "ring"
        kw = dict(bid_channel=bc, 竞价方式="线上竞拍" if online else "现场竞拍", buyer_type=b["type"],
                  买家类型=BTYPES[b["type"]][0])
        if not self.ev(b, t_won, "tp_bid_won", lot, "second_chance" if second else "won", common, app=online, **kw):
            return None
        b["wins"] += 1
        if b["first"] is None:
            b["first"] = t_won
        b["last"] = t_won
        if defaulted:
            self.order(b, t_won, value, "lot_purchase", lot, common, status="cancelled",
                       cancelled_at=ts(t_won + D(hours=48)), hammer_price_per_kg=price, **kw)
            return None
        if online:
            t_p = t_won + D(hours=float(rng.uniform(2, 60)))
        elif rng.random() < 0.8:
            t_p = t_won + D(hours=float(rng.uniform(0.3, 3)))
        else:
            t_p = t_won + D(days=float(rng.uniform(1, 3)))
        method = pick(list(PAY_ZH), [0.55, 0.3, 0.15] if not online else [0.75, 0.0, 0.25])
        if t_p > END:
            self.order(b, t_won, value, "lot_purchase", lot, common, status="pending", hammer_price_per_kg=price, **kw)
            return None
        o = self.order(b, t_won, value, "lot_purchase", lot, common, hammer_price_per_kg=price, paid_at=ts(t_p), **kw)
        self.ev(b, t_p, "tp_payment", lot, "paid", common, app=online, amount=value, payment_method=method,
                支付方式=PAY_ZH[method], **kw)
        b["value"] += value
        # load-out
        carrier = pick([c[0] for c in CARRIERS], BTYPES[b["type"]][6])
        same_day = t_p.date() == sale_day
        if same_day:
            peak = sp == "cattle" and t_p.month in (9, 10, 11)
            wait = float(rng.lognormal(np.log(4.5 if peak else 1.2), 0.35 if peak else 0.4))
            t_pk = t_p + D(hours=float(rng.uniform(0.2, 1.0)) + wait)
        else:
            wait = float(rng.lognormal(np.log(0.8), 0.4))
            t_pk = t_p + D(hours=float(rng.uniform(2, 20)) + wait)
        transit = b["transit"] * float(rng.uniform(0.8, 1.3))
        hot = HEAT[0] <= t_pk < HEAT[1]
        p_dead = 0.01
        if hot and carrier == "Beijiang Haulage":
            p_dead = {"pig": 0.22, "sheep": 0.08, "cattle": 0.03}[sp]
        elif hot:
            p_dead = 0.035 if sp == "pig" else 0.015
        dead = int(1 + rng.poisson(0.8)) if rng.random() < p_dead else 0
        dead = min(dead, common["head_count"])
        if not self.ev(b, t_pk, "tp_pickup", lot, "loaded", common, carrier=carrier, 承运方=CARRIER_ZH[carrier],
                       wait_hours=round(wait, 2), transit_hours=round(transit, 1), dead_in_transit=dead,
                       buyer_type=b["type"], 买家类型=BTYPES[b["type"]][0]):
            return t_p
        if carrier != "Own truck":
            self.order(b, t_pk, HAUL_FEE[sp] * common["head_count"] * b["dist"], "haulage", lot, common,
                       carrier=carrier, 承运方=CARRIER_ZH[carrier], buyer_type=b["type"], 买家类型=BTYPES[b["type"]][0])
        t_home = t_pk + D(hours=transit)
        # disputes
        sick = dead == 0 and rng.random() < 0.015
        drift = self.cur_drift
        wdisp = rng.random() < (0.30 if drift else 0.015)
        mix = rng.random() < 0.008
        topics = []
        dispute = None
        if dead and rng.random() < 0.75 or sick and rng.random() < 0.7:
            dispute = "health"
        elif wdisp:
            dispute = "weight"
        elif mix:
            dispute = "mixup"
        if dispute:
            t_d = t_home + D(hours=float(rng.uniform(1, 36)))
            dk = dict(dispute_type=dispute, 争议类型=DISPUTE_ZH[dispute], buyer_type=b["type"],
                      买家类型=BTYPES[b["type"]][0])
            if self.ev(b, t_d, "tp_dispute", lot, "filed", common, app=True, **dk):
                if dispute == "weight":
                    res = pick(["price_adjust", "rejected"], [0.8, 0.2])
                    dur = rng.lognormal(np.log(2.0), 0.4)
                    refund = round(value * float(rng.uniform(0.02, 0.05)), 2) if res == "price_adjust" else 0.0
                elif dispute == "health":
                    res = pick(["compensation", "refund", "rejected"], [0.6, 0.1, 0.3])
                    dur = rng.lognormal(np.log(6.0), 0.35)
                    n_bad = max(dead, int(1 + rng.poisson(0.5)))
                    refund = {"compensation": round(min(value, n_bad * value / common["head_count"]), 2),
                              "refund": value, "rejected": 0.0}[res]
                else:
                    res = pick(["exchange", "price_adjust"], [0.7, 0.3])
                    dur = rng.lognormal(np.log(1.0), 0.4)
                    refund = round(value * 0.03, 2) if res == "price_adjust" else 0.0
                t_dd = t_d + D(days=float(dur))
                if self.ev(b, t_dd, "tp_dispute_done", lot, res, common, resolution=res, 处理结果=RESOL_ZH[res],
                           refund_amount=refund, **dk) and res == "refund" and o is not None:
                    o["status"] = "refunded"
                    o["refunded_at"] = ts(t_dd)
                if rng.random() < 0.5:
                    tp_ = {"health": ["transit_death" if dead else "sick_after"], "weight": ["weight"],
                           "mixup": ["mixup"]}[dispute]
                    self.fb(b, t_d + D(minutes=30), tp_, "ticket", common=common, lot=lot)
        if dead and rng.random() < 0.7:
            topics.append("transit_death")
        if sick:
            topics.append("sick_after")
        if dispute == "weight" or (drift and rng.random() < 0.12):
            topics.append("weight")
        if mix:
            topics.append("mixup")
        if wait > 4 and rng.random() < 0.25:
            topics.append("wait_load")
            if rng.random() < 0.3:
                self.fb(b, t_pk - D(hours=1), ["wait_load"], "call_note", common=common, lot=lot)
        if online and not topics and rng.random() < 0.1:
            topics.append("online_easy")
        neg = bool(set(topics) & NEG_TOPICS)
        t_r = t_home + D(hours=float(rng.uniform(2, 72)))
        if rng.random() < (0.45 if neg else (0.3 if topics else 0.12)):
            self.rate(b, t_r, topics, common, lot)
        if (topics and rng.random() < 0.06) or rng.random() < 0.004:
            self.fb(b, t_r + D(hours=float(rng.uniform(1, 72))), topics, "wechat_group", common=common,
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.4, lot=lot)
        if rng.random() < 0.03:
            nps = int(np.clip(round(rng.normal(8.0 - 3.0 * neg + 0.6 * (bool(topics) and not neg), 1.5)), 0, 10))
            self.fb(b, t_r + D(days=1), topics if rng.random() < 0.6 else [], "survey", nps=nps, common=common,
                    gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"), lot=lot)
        return t_p

    # ---------- customers table ----------
    def customer_rows(self):
        rows = []
        for c in self.sellers + self.buyers:
            seller = c["role"] == "seller"
            n = c["lots"] if seller else c["wins"]
            v = c["value"]
            tier = "gold" if v >= 1_500_000 else "silver" if v >= 300_000 else "regular"
            if c["first"] is None:
                seg = "prospect"
            elif c["first"] >= datetime(2026, 5, 1):
                seg = "new"
            elif c["last"] < datetime(2026, 3, 1):
                seg = "lapsed"
            elif n >= (15 if seller else 30):
                seg = "key_account"
            else:
                seg = "active"
            if seller:
                region, region_zh = c["county"], COUNTIES[c["county"]][0]
            elif c["region"] in BUYER_REGIONS:
                region, region_zh = c["region"], BUYER_REGIONS[c["region"]][0]
            else:
                region, region_zh = c["region"], COUNTIES[c["region"]][0]
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["signup"]), segment=seg, region=region,
                             地区=region_zh, acquisition_channel=c["channel"], 获客渠道=ACQ[c["channel"]][0], tier=tier,
                             会员等级=TIERS[tier], role=c["role"], 角色=c["角色"],
                             buyer_type=None if seller else c["type"],
                             买家类型=None if seller else BTYPES[c["type"]][0],
                             main_species=c["species"] if seller else c["top"],
                             主营畜种=SPECIES[c["species"] if seller else c["top"]][0],
                             herd_size=c["herd"] if seller else None, phone_os=c["os"],
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "acquisition_channel", "species", "畜种", "breed", "品种", "head_count", "lot_weight_kg", "avg_weight_kg",
           "origin_county", "产地", "quarantine_cert", "检疫证明", "vet_result", "检疫结果", "scale_id", "地磅",
           "sale_ring", "拍卖厅", "auctioneer", "拍卖师", "reserve_price_per_kg", "hammer_price_per_kg", "lot_value",
           "bid_channel", "竞价方式", "buyer_type", "买家类型", "amount", "payment_method", "支付方式", "carrier", "承运方",
           "wait_hours", "transit_hours", "dead_in_transit", "payout_amount", "payout_days", "dispute_type", "争议类型",
           "resolution", "处理结果", "refund_amount", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型", "lot_id",
            "species", "畜种", "breed", "品种", "head_count", "lot_weight_kg", "hammer_price_per_kg", "origin_county",
            "产地", "auctioneer", "拍卖师", "bid_channel", "竞价方式", "buyer_type", "买家类型", "carrier", "承运方",
            "paid_at", "cancelled_at", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "lot_id", "role", "角色", "species", "畜种"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "地区", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "role", "角色", "buyer_type", "买家类型", "main_species", "主营畜种", "herd_size", "phone_os",
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
    dup = rng.choice(len(ev), size=24, replace=False)             # the yard's tablets re-send a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"sellers {len(g.sellers)}, buyers {len(g.buyers)}, lots {g.n_lot}, events {len(ev)}, "
          f"orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
