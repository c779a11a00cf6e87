"""票转转 TixSwap: a ticket resale marketplace (二级票务转让平台) for concerts, music festivals and sports in China.
Fans who can't go list their tickets (挂单), buyers find a show page (场次页), check the price reference (价格参考:
face value and recent deals), lock a listing (下单锁票), pay into escrow (担保交易), receive the ticket (e-tickets are
transferred by the seller in the issuer's app — LeTix 乐票 / JuTix 聚票 real-name tickets / FanPass 球迷通 for sports;
paper tickets go by SF courier), scan in at the gate (入场验票). A ticket rejected at the gate can be disputed as fake
(假票申诉): the platform verifies and refunds the buyer from escrow. If the ticket scanned fine, escrow is released to
the seller 24 h after the show (担保放款) minus a 6 % commission and the seller withdraws it (提现到账: Alipay, WeChat or
bank card). Buyers pay a service fee (8 %), paper tickets a 15 CNY courier fee, optionally a 5 % ticket protection
(退票保障).
Events 2025-03-01 .. 2026-07-31 (the app opened to the public on 2025-03-01; extract taken at the end of July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics of each comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import bisect
import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261219
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 3, 1), datetime(2026, 7, 31, 23, 59, 59)
N_BUYERS, N_SELLERS, N_FRAUD = 6000, 520, 24
FANPASS_KYC = (datetime(2025, 10, 15), datetime(2025, 12, 15))   # FanPass real-name binding: transfers fail
SPRING_FESTIVAL_BANKS = (datetime(2026, 2, 12), datetime(2026, 2, 25))  # bank-card payouts stuck over the holiday
APP_VERSIONS = [(datetime(2025, 3, 1), "1.0.3"), (datetime(2025, 6, 9), "1.2.0"), (datetime(2025, 10, 13), "1.4.0"),
                (datetime(2026, 1, 5), "1.5.2"), (datetime(2026, 5, 18), "1.6.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "首次访问", "First visit", "awareness", "social", "digital", "growth",
     "发现|拉新|首次打开|刷到|discover|first visit|landing|acquisition"),
    ("tp_event_page", "浏览场次页", "Show page", "consideration", "app", "digital", "product",
     "场次页|演出页|看票|浏览挂单|找票|show page|event page|listings|browse"),
    ("tp_price_check", "价格参考", "Price check", "consideration", "app", "digital", "product",
     "比价|查价|价格参考|票面价|行情|price check|price reference|face value check"),
    ("tp_checkout", "下单锁票", "Checkout (ticket locked)", "purchase", "app", "digital", "product",
     "下单|锁票|拍下|checkout|lock|order placed"),
    ("tp_pay", "担保支付", "Escrow payment", "purchase", "app", "digital", "payments",
     "支付|付款|担保支付|付到平台|pay|payment|escrow payment|paid"),
    ("tp_transfer", "收到票", "Ticket received", "service", "app", "digital", "fulfilment",
     "转票|收票|票到了|快递到了|转赠|transfer|ticket received|delivery|delivered"),
    ("tp_transfer_fail", "转票失败", "Transfer failed", "service", "app", "digital", "fulfilment",
     "转票失败|转不过来|没收到票|transfer failed|transfer error|ticket not received"),
    ("tp_entry_fail", "验票失败", "Entry rejected", "service", "store", "physical", "trust_safety",
     "验票失败|进不去|闸机不过|刷不进|entry rejected|gate rejected|scan failed"),
    ("tp_entry", "入场验票", "Entry validated", "service", "store", "physical", "fulfilment",
     "入场|验票|检票|进场|entry|gate|scan in|admission"),
    ("tp_dispute", "假票申诉", "Fake-ticket dispute", "service", "app", "digital", "trust_safety",
     "申诉|假票|投诉假票|纠纷|dispute|fake ticket claim|counterfeit claim"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "payments",
     "退款|退钱|赔付|refund|money back|reimbursed"),
    ("tp_review", "评价", "Review", "loyalty", "app", "digital", "growth",
     "评价|打分|评分|review|rating|stars"),
    ("tp_repurchase", "再次购票", "Repeat purchase", "loyalty", "app", "digital", "crm",
     "复购|回购|再次购票|又买|repeat purchase|came back|bought again"),
    ("tp_list", "卖家挂单", "Listing created", "consideration", "app", "digital", "supply",
     "挂单|挂票|发布转让|卖票|上架|list|listing|sell ticket"),
    ("tp_sold", "成交", "Listing sold", "purchase", "app", "digital", "supply",
     "成交|卖出|被拍下|sold|sale|matched"),
    ("tp_escrow_release", "担保放款", "Escrow released", "service", "other", "digital", "payments",
     "放款|解冻|结算|escrow release|released|settlement"),
    ("tp_payout", "提现到账", "Seller payout", "loyalty", "other", "digital", "payments",
     "提现|到账|回款|卖家收款|payout|withdrawal|cash out|seller paid"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("purchase", "购票转化", "Ticket purchase", ["tp_event_page", "tp_checkout", "tp_pay"], 7),
    ("first_purchase", "新客首单", "New buyer first purchase", ["tp_discover", "tp_event_page", "tp_pay"], 14),
    ("delivery", "交付入场", "Delivery & entry", ["tp_pay", "tp_transfer", "tp_entry"], 60),
    ("dispute", "假票申诉", "Fake-ticket dispute", ["tp_dispute", "tp_refund"], 30),
    ("seller", "卖家回款", "Seller: listing to payout", ["tp_list", "tp_sold", "tp_escrow_release", "tp_payout"], 120),
    ("repurchase", "复购", "Repeat purchase", ["tp_entry", "tp_repurchase"], 90),
]
CAT = {"concert": "演唱会", "festival": "音乐节", "sports": "体育赛事"}
FORM = {"e_ticket": "电子票", "id_bound": "实名电子票", "paper": "纸质票"}
CITY = {"Shanghai": "上海", "Beijing": "北京", "Guangzhou": "广州", "Shenzhen": "深圳", "Chengdu": "成都",
        "Hangzhou": "杭州", "Xiamen": "厦门", "Other": "其他"}
SHOWS = [  # id, zh, en, category, city, date, face, form, issuer, hot, markup mean
    ("S01", "夏知遥「盛夏」巡回演唱会·上海站", "Xia Zhiyao 'Midsummer' Tour - Shanghai", "concert", "Shanghai",
     datetime(2025, 6, 14, 19, 30), 680, "id_bound", "JuTix", 3.0, 2.2),
    ("S02", "夏知遥「盛夏」巡回演唱会·北京站", "Xia Zhiyao 'Midsummer' Tour - Beijing", "concert", "Beijing",
     datetime(2025, 7, 12, 19, 30), 680, "id_bound", "JuTix", 2.6, 2.0),
    ("S03", "夏知遥「盛夏」巡回演唱会·广州站", "Xia Zhiyao 'Midsummer' Tour - Guangzhou", "concert", "Guangzhou",
     datetime(2025, 8, 9, 19, 30), 580, "id_bound", "JuTix", 2.0, 1.8),
    ("S04", "星河乐队「潮汐」演唱会·北京站", "Galaxy Band 'Tides' Live - Beijing", "concert", "Beijing",
     datetime(2025, 4, 19, 19, 30), 580, "paper", "paper", 1.6, 1.5),
    ("S05", "星河乐队「潮汐」演唱会·成都站", "Galaxy Band 'Tides' Live - Chengdu", "concert", "Chengdu",
     datetime(2025, 5, 24, 19, 30), 480, "paper", "paper", 1.3, 1.4),
    ("S06", "星河乐队「潮汐」演唱会·上海站", "Galaxy Band 'Tides' Live - Shanghai", "concert", "Shanghai",
     datetime(2025, 11, 22, 19, 30), 580, "paper", "paper", 2.4, 1.8),
    ("S07", "顾北辰「光年」演唱会·深圳站", "Gu Beichen 'Light Years' - Shenzhen", "concert", "Shenzhen",
     datetime(2025, 10, 4, 19, 30), 880, "e_ticket", "LeTix", 2.2, 1.6),
    ("S08", "顾北辰「光年」演唱会·杭州站", "Gu Beichen 'Light Years' - Hangzhou", "concert", "Hangzhou",
     datetime(2025, 12, 20, 19, 30), 880, "e_ticket", "LeTix", 1.8, 1.5),
    ("S09", "丝绒时刻亚洲巡演·上海站", "The Velvet Hours Asia Tour - Shanghai", "concert", "Shanghai",
     datetime(2026, 3, 14, 20, 0), 980, "e_ticket", "LeTix", 1.5, 1.4),
    ("S10", "夏知遥「盛夏」加场·上海站", "Xia Zhiyao 'Midsummer' Encore - Shanghai", "concert", "Shanghai",
     datetime(2026, 5, 30, 19, 30), 780, "id_bound", "JuTix", 2.8, 2.1),
    ("S11", "星河乐队十周年·广州站", "Galaxy Band 10th Anniversary - Guangzhou", "concert", "Guangzhou",
     datetime(2026, 4, 25, 19, 30), 580, "paper", "paper", 1.6, 1.5),
    ("S12", "顾北辰「光年」演唱会·成都站", "Gu Beichen 'Light Years' - Chengdu", "concert", "Chengdu",
     datetime(2026, 6, 20, 19, 30), 780, "e_ticket", "LeTix", 1.7, 1.5),
    ("S13", "海风音乐节·厦门2025", "SeaBreeze Music Festival - Xiamen 2025", "festival", "Xiamen",
     datetime(2025, 9, 13, 14, 0), 480, "e_ticket", "LeTix", 1.4, 1.3),
    ("S14", "山野音乐节·成都2025", "Wildland Music Festival - Chengdu 2025", "festival", "Chengdu",
     datetime(2025, 5, 1, 13, 0), 380, "e_ticket", "LeTix", 1.2, 1.2),
    ("S15", "山野音乐节·成都2026", "Wildland Music Festival - Chengdu 2026", "festival", "Chengdu",
     datetime(2026, 5, 1, 13, 0), 420, "e_ticket", "LeTix", 1.3, 1.2),
    ("S16", "西湖电音节·杭州", "West Lake EDM Festival - Hangzhou", "festival", "Hangzhou",
     datetime(2025, 10, 2, 15, 0), 450, "e_ticket", "LeTix", 1.1, 1.2),
    ("S17", "CBA总决赛第3场·北京", "CBA Finals Game 3 - Beijing", "sports", "Beijing",
     datetime(2025, 5, 10, 19, 35), 380, "e_ticket", "FanPass", 1.6, 1.5),
    ("S18", "中超上海德比·2025夏", "CSL Shanghai Derby - Summer 2025", "sports", "Shanghai",
     datetime(2025, 8, 3, 19, 35), 280, "e_ticket", "FanPass", 1.5, 1.3),
    ("S19", "中超 北京vs上海", "CSL Beijing vs Shanghai", "sports", "Beijing",
     datetime(2025, 10, 25, 19, 35), 240, "e_ticket", "FanPass", 1.3, 1.2),
    ("S20", "CBA常规赛 广东vs北京", "CBA Guangdong vs Beijing", "sports", "Guangzhou",
     datetime(2025, 11, 15, 19, 35), 200, "e_ticket", "FanPass", 1.2, 1.15),
    ("S21", "CBA全明星周末·深圳", "CBA All-Star Weekend - Shenzhen", "sports", "Shenzhen",
     datetime(2026, 1, 17, 19, 0), 480, "e_ticket", "FanPass", 1.3, 1.4),
    ("S22", "上海网球大师赛决赛日", "Shanghai Tennis Masters - Final Day", "sports", "Shanghai",
     datetime(2025, 10, 12, 15, 0), 1280, "e_ticket", "FanPass", 1.3, 1.3),
    ("S23", "中超 成都vs北京", "CSL Chengdu vs Beijing", "sports", "Chengdu",
     datetime(2026, 4, 11, 19, 35), 180, "e_ticket", "FanPass", 1.0, 1.1),
    ("S24", "CBA总决赛2026第4场·广州", "CBA Finals 2026 Game 4 - Guangzhou", "sports", "Guangzhou",
     datetime(2026, 5, 9, 19, 35), 420, "e_ticket", "FanPass", 1.5, 1.5),
    ("S25", "中超上海德比·2026夏", "CSL Shanghai Derby - Summer 2026", "sports", "Shanghai",
     datetime(2026, 7, 5, 19, 35), 300, "e_ticket", "FanPass", 1.4, 1.3),
    ("S26", "苔藓与雾 Livehouse·深圳", "Moss & Fog Livehouse - Shenzhen", "concert", "Shenzhen",
     datetime(2025, 12, 6, 20, 0), 280, "paper", "paper", 0.12, 1.3),
    ("S27", "丝绒时刻亚洲巡演·北京站", "The Velvet Hours Asia Tour - Beijing", "concert", "Beijing",
     datetime(2026, 3, 21, 20, 0), 980, "e_ticket", "LeTix", 1.3, 1.4),
    ("S28", "顾北辰「光年」演唱会·北京站", "Gu Beichen 'Light Years' - Beijing", "concert", "Beijing",
     datetime(2026, 7, 18, 19, 30), 880, "e_ticket", "LeTix", 1.9, 1.6),
    ("S29", "新春星光演唱会·北京", "Spring Gala Stars Concert - Beijing", "concert", "Beijing",
     datetime(2026, 2, 14, 19, 30), 580, "e_ticket", "LeTix", 1.2, 1.3),
]
SHOW = {s[0]: s for s in SHOWS}
CANCELLED = {"S13": datetime(2025, 9, 11, 10, 0)}        # typhoon: festival cancelled two days before
FAKE_SHOW = "S06"                                        # counterfeit paper tickets flood Galaxy Band Shanghai
TINY_SHOW = "S26"                                        # one bad seller among a handful of livehouse deals
HOME_CITIES = {"Shanghai": 0.27, "Beijing": 0.22, "Guangzhou": 0.13, "Shenzhen": 0.13, "Chengdu": 0.10,
               "Hangzhou": 0.08, "Other": 0.07}
CHANNELS = {  # en: zh, weight, checkout propensity, return propensity
    "douyin": ("抖音", 0.32, 0.22, 0.35), "weibo": ("微博", 0.24, 0.36, 0.50), "fan_group": ("粉丝群", 0.18, 0.55, 0.70),
    "search": ("搜索引擎", 0.14, 0.42, 0.50), "friend": ("朋友推荐", 0.12, 0.48, 0.60)}
FANS = {"concert_fan": ("演唱会迷", 0.55), "sports_fan": ("体育迷", 0.30), "festival_goer": ("音乐节玩家", 0.15)}
TIERS = {"regular": "普通会员", "silver": "银卡", "gold": "金卡", "platinum": "铂金卡"}
PAYOUT = {"alipay": "支付宝", "wechat": "微信", "bank_card": "银行卡"}
ROLES = {"buyer": "买家", "seller": "卖家"}
STYPES = {"individual": "个人卖家", "pro": "专业票商"}
REFUND_REASONS = {"fake_ticket": "假票", "transfer_failed": "转票失败", "event_cancelled": "演出取消"}
ERRORS = {"TRANSFER_TIMEOUT": "卖家超时未转", "REALNAME_MISMATCH": "实名信息不符", "FANPASS_KYC": "球迷通实名绑定失败",
          "INVALID_TICKET": "票码无效", "ID_MISMATCH": "证件不符"}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "fake": (["买到假票了，到门口才知道", "票是假的，检票员说查无此票", "花了一千多买了张假票，气死", "纸质票是假的，和朋友都没进去"],
             ["bought a fake ticket, found out at the gate", "the ticket was counterfeit, staff said it doesn't exist",
              "paid double face for a fake ticket"]),
    "transfer": (["卖家一直不转票，开场前还在催", "转票失败了好几次，客服也说不清", "票迟迟没转过来，急死了", "球迷通转票一直报错"],
                 ["the seller never transferred the ticket until the last minute", "ticket transfer failed twice",
                  "FanPass kept rejecting the transfer"]),
    "idcheck": (["入口实名核验对不上，排了半天", "实名票核验卡了很久"], ["the ID check at the gate took ages"]),
    "payout": (["提现好几天都没到账", "卖票的钱迟迟不到账，过年期间等了一个星期", "放款太慢了，演出结束两天才放"],
               ["my payout took almost a week to arrive", "still waiting for my payout after the show"]),
    "markup": (["黄牛价太离谱了", "溢价太高，比票面贵了一倍多", "全是黄牛在炒价"],
               ["scalper prices everywhere", "way above face value, crazy markup"]),
    "fee": (["服务费收得太高了", "服务费加快递费，不划算"], ["the service fee is too high", "hidden service fee at checkout"]),
    "cancel": (["音乐节取消了，白期待一场", "演出取消了，还好钱能退回来", "台风导致音乐节取消，酒店机票都白订了"],
               ["the festival was cancelled because of the typhoon", "show got cancelled, hotel and flights wasted"]),
    "refund_slow": (["退款等了一个星期才到", "退款太慢了，催了好几次"], ["the refund took more than a week",
                                                             "refund is so slow"]),
    "escrow": (["有平台担保，买得安心", "担保交易很放心，不怕被骗", "钱先押在平台，担保靠谱"],
               ["escrow made me feel safe buying from a stranger", "love the escrow, no risk of being scammed"]),
    "smooth": (["顺利入场，扫码一次就进了", "票很快就到手了，顺利入场", "顺利入场，位置也跟描述一样"],
               ["got in without any problem", "smooth entry, seat exactly as listed"]),
}
GEN = {
    "pos": (["体验不错，下次还在这买", "挺好用的，推荐给朋友了", "买票很方便"], ["good experience overall", "will use again",
                                                                 "easy to use app"]),
    "neu": (["还行吧", "一般般，没什么特别的", "中规中矩"], ["it was ok", "average, nothing special"]),
    "neg": (["体验很差，不会再用了", "太失望了", "这次很不满意"], ["bad experience, won't use again", "really disappointed"]),
}
TOPIC_TP = [("fake", "tp_dispute"), ("cancel", "tp_refund"), ("refund_slow", "tp_refund"), ("transfer", "tp_transfer"),
            ("idcheck", "tp_entry"), ("payout", "tp_payout"), ("markup", "tp_event_page"), ("fee", "tp_pay"),
            ("escrow", "tp_pay"), ("smooth", "tp_entry")]
NEG_TOPICS = {"fake", "transfer", "idcheck", "payout", "markup", "fee", "cancel", "refund_slow"}


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


def on_sale(t: datetime):
    return [s for s in SHOWS if s[5] - D(days=60) <= t < s[5] - D(hours=3) and
            not (s[0] in CANCELLED and t >= CANCELLED[s[0]])]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_tx = self.n_ls = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, deal=None, **kw):
        if t > END:
            return
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"], app_version=app_version(t))
        if deal:
            row.update(deal["common"])
        row.update(kw)
        self.events.append(row)

    def order(self, c, t, amount, otype, deal):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"ticket": "票款", "service_fee": "服务费", "delivery_fee": "快递费", "protection": "退票保障"}[otype]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status="paid", channel="web" if c["device"] == "pc" else "app", device=c["device"],
                   order_type=otype, 订单类型=zh, currency="CNY")
        for k in ("deal_id", "listing_id", "show_id", "show", "show_en", "category", "演出类型", "show_city", "演出城市",
                  "ticket_form", "票种", "qty", "face_value", "markup", "seller_type"):
            row[k] = deal["common"].get(k)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, deal=None, undated=False, gen=None,
           no_customer=False):
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
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_review")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, role=c["role"])
        if deal:
            for k in ("deal_id", "show_id", "show", "show_en", "category", "演出类型", "show_city", "演出城市",
                      "ticket_form", "票种"):
                row[k] = deal["common"].get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics))))

    # ---------- people ----------
    def people(self):
        span = (datetime(2026, 7, 20) - START).days
        days = [START + D(days=i) for i in range(span)]
        w = np.array([0.6 + 0.8 * i / span for i in range(span)])
        for i, d in enumerate(days):          # announcements of the big tours pull in new fans
            if datetime(2025, 4, 10) <= d < datetime(2025, 6, 10) or datetime(2026, 3, 25) <= d < datetime(2026, 5, 25):
                w[i] *= 1.5
        idx = np.sort(rng.choice(span, size=N_BUYERS, p=w / w.sum()))
        self.buyers = []
        for i, k in enumerate(idx):
            city = pick(list(HOME_CITIES), list(HOME_CITIES.values()))
            fan = pick(list(FANS), [f[1] for f in FANS.values()])
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            age = pick(["18-24", "25-30", "31-40", "41+"], {"concert_fan": (0.45, 0.35, 0.15, 0.05),
                                                            "sports_fan": (0.15, 0.30, 0.35, 0.20),
                                                            "festival_goer": (0.40, 0.45, 0.12, 0.03)}[fan])
            en = 0.15 if city in ("Shanghai", "Shenzhen") else 0.05
            self.buyers.append(dict(customer_id=f"U{i + 1:05d}", signup=days[k] + D(hours=float(rng.uniform(8, 23.9))),
                                    city=city, fan=fan, channel=ch, age=age, en_share=en, role="buyer",
                                    gender=pick(["female", "male"], [0.58, 0.42] if fan != "sports_fan" else [0.3, 0.7]),
                                    device=pick(["ios", "android", "pc"], [0.45, 0.45, 0.10]),
                                    lang="en" if rng.random() < en else "zh", spend=0.0, deals=[], first_pay=None))
        self.sellers = []
        for i in range(N_SELLERS + N_FRAUD):
            fraud = i >= N_SELLERS
            pro = (not fraud) and rng.random() < 0.18
            if fraud:
                signup = datetime(2025, 9, 10) + D(days=float(rng.uniform(0, 50)))
            else:
                r = rng.random()
                if r < 0.15:                      # beta-test sellers, registered before the public launch
                    signup = START - D(days=float(rng.uniform(5, 90)))
                else:
                    signup = START + D(days=float(rng.uniform(0, 380) if r < 0.75 else rng.uniform(0, 60)))
            city = pick(list(HOME_CITIES), list(HOME_CITIES.values()))
            self.sellers.append(dict(customer_id=f"V{i + 1:04d}", signup=signup, city=city, fraud=fraud,
                                     stype="pro" if pro else "individual", role="seller",
                                     payout=pick(list(PAYOUT), [0.5, 0.2, 0.3] if not pro else [0.3, 0.1, 0.6]),
                                     channel=pick(list(CHANNELS), [x[1] for x in CHANNELS.values()]),
                                     device=pick(["ios", "android", "pc"], [0.45, 0.45, 0.10]),
                                     en_share=0.06, lang="zh", gender=pick(["female", "male"], [0.5, 0.5]),
                                     age=pick(["18-24", "25-30", "31-40", "41+"], [0.3, 0.35, 0.25, 0.1]),
                                     fan=pick(list(FANS), [f[1] for f in FANS.values()]), listings=0, sold=0,
                                     spend=0.0, deals=[], first_pay=None, discovered=False))

    def index_sellers(self):
        self.honest = sorted([s for s in self.sellers if not s["fraud"]], key=lambda s: s["signup"])
        self.honest_signups = [s["signup"] for s in self.honest]
        self.honest_cw = np.cumsum([3.0 if s["stype"] == "pro" else 1.0 for s in self.honest])

    def seller_for(self, show, t):
        fake_p = 0.0
        if show[7] == "paper":
            fake_p = 0.012
            if show[0] == FAKE_SHOW:
                fake_p = 0.22
            if show[0] == TINY_SHOW:
                fake_p = 0.5
        if rng.random() < fake_p:
            pool = [s for s in self.sellers if s["fraud"] and s["signup"] <= t - D(days=1)]
            if pool:
                return pool[int(rng.integers(len(pool)))], True
        n = bisect.bisect_right(self.honest_signups, t - D(days=1))
        cw = self.honest_cw[:n]
        k = int(np.searchsorted(cw, rng.random() * cw[-1], side="right"))
        return self.honest[min(k, n - 1)], False

    def list_event(self, s, t_list, show, lid, price, qty, markup):
        if not s["discovered"] and START <= s["signup"] <= t_list:
            self.ev(s, s["signup"], "tp_discover", None, "view", channel=s["channel"])
            s["discovered"] = True
        common = self.show_common(show)
        common.update(listing_id=lid, seller_id=s["customer_id"], seller_type=s["stype"], qty=qty, price=price,
                      markup=markup)
        self.ev(s, max(t_list, s["signup"] + D(minutes=5)), "tp_list", lid, "submit", dict(common=common),
                channel="app", amount=price * qty)
        s["listings"] += 1

    @staticmethod
    def show_common(show):
        return dict(show_id=show[0], show=show[1], show_en=show[2], category=show[3], 演出类型=CAT[show[3]],
                    show_city=show[4], 演出城市=CITY[show[4]], show_date=ts(show[5]), ticket_form=show[7],
                    票种=FORM[show[7]], issuer=show[8], face_value=show[6])

    # ---------- one buyer session ----------
    def session(self, c, t, n_paid):
        shows = on_sale(t)
        if not shows:
            return None
        fan_cat = {"concert_fan": "concert", "sports_fan": "sports", "festival_goer": "festival"}[c["fan"]]
        w = [s[9] * (2.5 if s[4] == c["city"] else 1.0) * (3.0 if s[3] == fan_cat else 1.0) for s in shows]
        show = pick(shows, w)
        self.n_tx += 1
        tx = f"TX{self.n_tx:06d}"
        common = self.show_common(show)
        deal = dict(id=tx, common=common)
        ch = "web" if c["device"] == "pc" else "app"
        self.ev(c, t, "tp_event_page", tx, "view", deal, channel=ch)
        checked = rng.random() < 0.33
        t_ = t
        if checked:
            t_ = t + D(minutes=float(rng.uniform(0.5, 6)))
            self.ev(c, t_, "tp_price_check", tx, "view", deal, channel=ch)
        markup = float(np.clip(rng.normal(show[10] * (0.85 if checked else 1.0), 0.25), 0.9, 3.2))
        p_co = CHANNELS[c["channel"]][2] * (1.45 if checked else 1.0) * (1.35 if n_paid > 0 else 1.0)
        p_co *= 1.0 if markup < 1.5 else (0.8 if markup < 2.0 else 0.6)
        if rng.random() > min(0.95, p_co):
            return dict(paid=False)
        t_co = t_ + D(minutes=float(rng.lognormal(np.log(8), 0.8)))
        if t_co > show[5] - D(hours=2):
            return dict(paid=False)
        qty = int(pick([1, 2, 4], [0.55, 0.40, 0.05]))
        price = int(round(show[6] * markup / 10.0) * 10)
        seller, fake = self.seller_for(show, t_co)
        self.n_ls += 1
        lid = f"LS{self.n_ls:06d}"
        common.update(listing_id=lid, deal_id=tx, seller_id=seller["customer_id"], seller_type=seller["stype"], qty=qty,
                      price=price, markup=round(price / show[6], 3))
        t_list = max(START + D(hours=float(rng.uniform(0, 72))), show[5] - D(days=75), t_co - D(days=float(rng.exponential(9) + 0.2)), seller["signup"] + D(hours=1))
        if t_list >= t_co:
            t_list = t_co - D(minutes=30)
        self.list_event(seller, t_list, show, lid, price, qty, common["markup"])
        self.ev(c, t_co, "tp_checkout", tx, "lock", deal, channel=ch, amount=price * qty)
        if rng.random() < 0.12:
            return dict(paid=False)                        # 15-minute lock expired unpaid; listing stays on sale
        t_pay = t_co + D(minutes=float(rng.lognormal(np.log(2.0), 0.6)))
        amount = price * qty
        if n_paid > 0:
            self.ev(c, t_pay, "tp_repurchase", tx, "repeat", deal, channel=ch)
        self.ev(c, t_pay, "tp_pay", tx, "success", deal, channel=ch, amount=amount)
        self.ev(seller, t_pay + D(seconds=5), "tp_sold", lid, "sold", deal, channel="app", amount=amount)
        seller["sold"] += 1
        o_ticket = self.order(c, t_pay, amount, "ticket", deal)
        o_fee = self.order(c, t_pay, round(amount * 0.08, 2), "service_fee", deal)
        extra = [o_fee]
        if show[7] == "paper":
            extra.append(self.order(c, t_pay, 15.0, "delivery_fee", deal))
        if rng.random() < 0.22:
            extra.append(self.order(c, t_pay, round(amount * 0.05, 2), "protection", deal))
        c["spend"] += sum(o["amount"] for o in [o_ticket] + extra if o)
        if c["first_pay"] is None:
            c["first_pay"] = t_pay
        c["deals"].append(t_pay)
        bad, topics = False, []
        if show[5] - t_pay > D(days=20) and rng.random() < 0.25:
            if markup >= 1.8:
                topics.append("markup")
        # ---- cancelled show
        if show[0] in CANCELLED:
            t_r = CANCELLED[show[0]] + D(hours=float(rng.uniform(2, 60)))
            self.refund(c, deal, t_r, amount, [o_ticket] + extra, "event_cancelled")
            r = rng.random()
            if r < 0.25:
                self.fb(c, t_r + D(hours=float(rng.uniform(1, 30))), ["cancel"], "ticket", deal=deal)
            elif r < 0.45:
                self.fb(c, CANCELLED[show[0]] + D(hours=float(rng.uniform(0, 20))), ["cancel"], "social", deal=deal,
                        undated=rng.random() < 0.5, no_customer=rng.random() < 0.4)
            if rng.random() < 0.3:
                stars = float(pick([1, 2, 3, 4], [0.2, 0.3, 0.3, 0.2]))
                t_rv = t_r + D(hours=float(rng.uniform(2, 48)))
                self.ev(c, t_rv, "tp_review", tx, "rate", deal, channel=ch, stars=stars)
                self.fb(c, t_rv, ["cancel"], "app_review", rating=stars, deal=deal,
                        gen="neg" if stars <= 2 else "neu")
            return dict(paid=True, bad=True, end=t_r)
        # ---- delivery
        if show[7] == "paper":
            t_d = min(t_pay + D(days=float(rng.uniform(1, 3))), show[5] - D(hours=5))
            t_d = max(t_d, t_pay + D(hours=2))
            self.ev(c, t_d, "tp_transfer", tx, "delivered", deal, channel="courier")
        else:
            p_fail, err = 0.035, "TRANSFER_TIMEOUT"
            if show[8] == "FanPass" and FANPASS_KYC[0] <= t_pay < FANPASS_KYC[1]:
                p_fail, err = 0.32, "FANPASS_KYC"
            elif show[8] == "JuTix":
                p_fail, err = 0.07, "REALNAME_MISMATCH" if rng.random() < 0.6 else "TRANSFER_TIMEOUT"
            t_d = t_pay + D(hours=float(rng.lognormal(np.log(3.0), 0.9)))
            if rng.random() < p_fail:
                bad = True
                t_f = t_pay + D(hours=float(rng.lognormal(np.log(6.0), 0.8)))
                for _ in range(int(rng.integers(1, 4))):
                    self.ev(c, t_f, "tp_transfer_fail", tx, "fail", deal, channel=ch, error_code=err, 失败原因=ERRORS[err])
                    t_f += D(minutes=float(rng.uniform(5, 90)))
                if rng.random() < 0.5:
                    self.fb(c, t_f + D(hours=1), ["transfer"], "ticket", deal=deal)
                if rng.random() < 0.28:
                    t_r = t_f + D(hours=float(rng.uniform(2, 30)))
                    self.refund(c, deal, t_r, amount, [o_ticket] + extra, "transfer_failed")
                    if rng.random() < 0.1:
                        self.fb(c, t_r, ["transfer"], "social", deal=deal, undated=rng.random() < 0.5)
                    return dict(paid=True, bad=True, end=t_r)
                t_d = t_f + D(hours=float(rng.lognormal(np.log(30.0 if err == "FANPASS_KYC" else 12.0), 0.6)))
                topics.append("transfer")
            t_d = min(t_d, show[5] - D(minutes=45))
            self.ev(c, t_d, "tp_transfer", tx, "transferred", deal, channel=ch)
        # ---- entry
        t_gate = show[5] - D(minutes=float(rng.uniform(10, 90)))
        if t_gate > END:
            return dict(paid=True, bad=False, end=t_gate)
        if fake:
            self.ev(c, t_gate, "tp_entry_fail", tx, "reject", deal, channel="gate", error_code="INVALID_TICKET",
                    失败原因=ERRORS["INVALID_TICKET"], device=None)
            t_dp = t_gate + D(minutes=float(rng.uniform(10, 180)))
            self.ev(c, t_dp, "tp_dispute", tx, "open", deal, channel=ch)
            t_r = t_dp + D(days=float(rng.lognormal(np.log(4.0), 0.45)))
            self.refund(c, deal, t_r, amount, [o_ticket] + extra, "fake_ticket")
            self.fb(c, t_dp + D(minutes=20), ["fake"], "ticket", deal=deal)
            if rng.random() < 0.35:
                self.fb(c, t_dp + D(hours=float(rng.uniform(1, 20))), ["fake"], "social", deal=deal,
                        undated=rng.random() < 0.5, no_customer=rng.random() < 0.3)
            if rng.random() < 0.6:
                t_rv = t_r + D(hours=float(rng.uniform(1, 24)))
                more = ["refund_slow"] if (t_r - t_dp).days >= 5 and rng.random() < 0.6 else []
                stars = 1.0 if rng.random() < 0.75 else 2.0
                self.ev(c, t_rv, "tp_review", tx, "rate", deal, channel=ch, stars=stars)
                self.fb(c, t_rv, ["fake"] + more, "app_review", rating=stars, deal=deal)
            seller["fraud_hit"] = seller.get("fraud_hit", 0) + 1
            return dict(paid=True, bad=True, end=t_r)
        if show[8] == "JuTix" and rng.random() < 0.05:
            self.ev(c, t_gate, "tp_entry_fail", tx, "reject", deal, channel="gate", error_code="ID_MISMATCH",
                    失败原因=ERRORS["ID_MISMATCH"], device=None)
            t_gate += D(minutes=float(rng.uniform(10, 40)))
            topics.append("idcheck")
            bad = True
        self.ev(c, t_gate, "tp_entry", tx, "validated", deal, channel="gate", device=None)
        # ---- escrow release and payout (seller)
        t_rel = show[5] + D(hours=24 + float(rng.uniform(0, 3)))
        net = round(amount * 0.94, 2)
        self.ev(seller, t_rel, "tp_escrow_release", lid, "released", deal, channel="other",
                payout_amount=net, commission=round(amount * 0.06, 2))
        pm = seller["payout"]
        if pm == "bank_card":
            med = 1.5 * 24
            if SPRING_FESTIVAL_BANKS[0] <= t_rel < SPRING_FESTIVAL_BANKS[1]:
                med = 6.5 * 24
        else:
            med = 0.4 if pm == "alipay" else 0.8
        t_po = t_rel + D(hours=float(rng.lognormal(np.log(med), 0.4)) + float(rng.exponential(6)))
        self.ev(seller, t_po, "tp_payout", lid, "paid_out", deal, channel="other", payout_amount=net,
                payout_method=pm, 提现方式=PAYOUT[pm])
        slow = (t_po - t_rel) > D(days=3)
        if slow and rng.random() < 0.45:
            self.fb(seller, t_po - D(hours=float(rng.uniform(2, 30))), ["payout"], "ticket", deal=deal)
        if t_po <= END and rng.random() < 0.22:
            stars = float(pick([5, 4, 3], [0.55, 0.35, 0.10]))
            tps = []
            if slow:
                stars -= 2.0
                tps.append("payout")
            elif rng.random() < 0.3:
                tps.append("escrow")
            stars = float(max(1, stars))
            self.fb(seller, t_po + D(hours=float(rng.uniform(1, 48))), tps, "seller_review", rating=stars, deal=deal,
                    tp="tp_payout", gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"))
        # ---- buyer review / survey
        if not topics and rng.random() < 0.35:
            topics.append("smooth" if rng.random() < 0.6 else "escrow")
        if rng.random() < 0.08:
            topics.append("fee")
        negs = set(topics) & NEG_TOPICS
        if rng.random() < (0.5 if negs else 0.25):
            stars = float(pick([5, 4, 3, 2], [0.5, 0.35, 0.1, 0.05]))
            pen = {"transfer": 2.2, "idcheck": 1.5, "markup": 1.0, "fee": 0.8}
            for k in topics:
                stars -= pen.get(k, 0.0)
            if not negs and ("smooth" in topics or "escrow" in topics) and rng.random() < 0.7:
                stars = 5.0
            stars = float(min(5, max(1, round(stars))))
            t_rv = t_gate + D(hours=float(rng.lognormal(np.log(14), 0.7)))
            self.ev(c, t_rv, "tp_review", tx, "rate", deal, channel=ch, stars=stars)
            self.fb(c, t_rv, topics, "app_review", rating=stars, deal=deal,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"))
        if rng.random() < 0.06:
            nps = int(np.clip(round(rng.normal(8.3 - 3.2 * bool(negs), 1.5)), 0, 10))
            self.fb(c, show[5] + D(days=1, hours=float(rng.uniform(0, 10))), topics if rng.random() < 0.5 else [],
                    "survey", nps=nps, deal=deal, tp="tp_review",
                    gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        return dict(paid=True, bad=bad, end=t_gate)

    def refund(self, c, deal, t_r, amount, orders, reason):
        self.ev(c, t_r, "tp_refund", deal["id"], "refund", deal, channel="other", refund_amount=amount,
                refund_reason=reason, 退款原因=REFUND_REASONS[reason])
        if t_r <= END:
            for o in orders:
                if o is not None and (o["order_type"] != "protection" or reason != "transfer_failed"):
                    o["status"] = "refunded"
                    o["refunded_at"] = ts(t_r)
                    o["refund_reason"] = reason

    # ---------- the simulation ----------
    def run(self):
        self.people()
        self.index_sellers()
        for c in self.buyers:
            self.ev(c, c["signup"], "tp_discover", None, "view", channel=c["channel"])
            if rng.random() < 0.12:
                continue                                   # bounced from the landing page
            t = c["signup"] + D(minutes=float(rng.uniform(1, 40)))
            if rng.random() < 0.15:
                t += D(days=float(rng.uniform(2, 20)))
            n_paid, tries = 0, 0
            while t <= END and tries < 40:
                tries += 1
                res = self.session(c, t, n_paid)
                if res is None:
                    t += D(days=7)
                    continue
                if not res["paid"]:
                    if rng.random() < 0.45:
                        t += D(hours=float(rng.uniform(0.5, 96)))
                        continue
                    if rng.random() < 0.5:
                        break
                    t += D(days=float(rng.exponential(40) + 3))
                    continue
                n_paid += 1
                p_ret = CHANNELS[c["channel"]][3] * (0.45 if res["bad"] else 1.0)
                if rng.random() > p_ret:
                    break
                g = float(rng.exponential(50) + 2)
                t = max(res["end"], t) + D(days=g)
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(9, 23.5)))
        # unsold listings: overpriced tickets that never find a buyer
        for s in self.sellers:
            if s["fraud"]:
                continue
            n = int(rng.poisson(4.0 if s["stype"] == "pro" else 1.2))
            for _ in range(n):
                t = max(START, s["signup"]) + D(days=float(rng.uniform(0, 400)))
                shows = on_sale(t)
                if not shows or t > END:
                    continue
                show = pick(shows, [x[9] for x in shows])
                mk = float(np.clip(rng.normal(show[10] * 1.35 + (0.2 if s["stype"] == "pro" else 0.0), 0.35), 1.0, 4.0))
                price = int(round(show[6] * mk / 10.0) * 10)
                self.n_ls += 1
                self.list_event(s, t, show, f"LS{self.n_ls:06d}", price, int(pick([1, 2], [0.6, 0.4])),
                                round(price / show[6], 3))
        # app-store reviews (rated, not tied to a deal)
        for c in self.buyers:
            if rng.random() < 0.04:
                tps = [] if rng.random() < 0.5 else [str(pick(["escrow", "fee", "markup", "smooth"], [4, 2, 3, 2]))]
                stars = float(pick([5, 4, 3, 2, 1], [0.35, 0.3, 0.15, 0.1, 0.1]))
                if set(tps) & NEG_TOPICS:
                    stars = float(min(stars, 2))
                self.fb(c, c["signup"] + D(days=float(rng.uniform(1, 120))), tps, "app_store", rating=stars,
                        tp=None if tps else "tp_review", undated=rng.random() < 0.15,
                        gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"))

    def customer_rows(self):
        rows = []
        for c in self.buyers + self.sellers:
            spend = c["spend"]
            tier = ("platinum" if spend >= 10000 else "gold" if spend >= 4000 else "silver" if spend >= 1500
                    else "regular")
            d = c["deals"]
            if c["role"] == "seller":
                seg = "banned" if c.get("fraud") else ("pro_seller" if c["stype"] == "pro" else "seller")
            elif not d:
                seg = "prospect"
            elif c["first_pay"] >= datetime(2026, 5, 1):
                seg = "new"
            elif d[-1] < datetime(2026, 2, 1):
                seg = "at_risk"
            elif len(d) >= 4:
                seg = "loyal"
            elif len(d) >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            st = c.get("stype")
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["signup"]), segment=seg, region=c["city"],
                             城市=CITY[c["city"]], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员等级=TIERS[tier], role=c["role"],
                             用户角色=ROLES[c["role"]], seller_type=st, 卖家类型=STYPES.get(st) if st else None,
                             fan_type=c["fan"], 兴趣类型=FANS[c["fan"]][0], age_band=c["age"], gender=c["gender"],
                             device=c["device"], payout_method=c.get("payout"),
                             kyc_verified="yes" if c["role"] == "seller" or rng.random() < 0.6 else "no",
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "show_id", "show", "show_en", "category", "演出类型", "show_city", "演出城市", "show_date",
           "ticket_form", "票种", "issuer", "face_value", "listing_id", "deal_id", "seller_id", "seller_type", "qty",
           "price", "markup", "amount", "error_code", "失败原因", "refund_amount", "refund_reason", "退款原因",
           "payout_amount", "commission", "payout_method", "提现方式", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "deal_id", "listing_id", "show_id", "show", "show_en", "category", "演出类型", "show_city", "演出城市",
            "ticket_form", "票种", "qty", "face_value", "markup", "seller_type", "refunded_at", "refund_reason",
            "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language", "role",
           "deal_id", "show_id", "show", "show_en", "category", "演出类型", "show_city", "演出城市", "ticket_form", "票种"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "role", "用户角色", "seller_type", "卖家类型", "fan_type", "兴趣类型", "age_band", "gender",
             "device", "payout_method", "kyc_verified", "preferred_language"]


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
    dup_idx = rng.choice(len(ev), size=30, replace=False)            # the SDK re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics"])
    print(f"customers {len(g.buyers) + len(g.sellers)}, deals {g.n_tx}, listings {g.n_ls}, events {len(ev)}, "
          f"orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
