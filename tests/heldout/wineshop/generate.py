"""醇窖 Oak & Cork: a wine and spirits retailer (红酒 / 洋酒零售) selling online (app, WeChat mini program, web) and in
six shops in Shanghai, Beijing, Shenzhen and Chengdu, with a paid members club (橡木会 Oak Club, annual fee).

A shopper lands on us from an ad or a search (抖音广告 / 小红书 / 百度搜索 / 朋友圈广告, later app pushes or direct
visits), views a product page (商品详情页), adds to cart, pays; the order is shipped from a regional warehouse by
SF 顺丰, JD 京东物流 or a same-city shop rider (门店配送); the courier checks the recipient's ID at the door (签收验龄:
alcohol may only be handed to an adult, and our policy is that the named recipient signs); the order is delivered or
the delivery fails (age check failed, nobody home) and the order is refunded. Customers return corked (木塞污染) or
broken (破损) bottles for a refund, rate orders in the app, buy in our shops, sign up for tasting evenings (品鉴会) in
the shops, join the Oak Club (¥299 a year, ¥399 from 1 March 2026) and renew it after a reminder 30 days before the
anniversary.
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
N_CUST = 9000
N_OLD = 1900
JD_BUG = (datetime(2025, 11, 15), datetime(2026, 1, 16))      # JD couriers' new ID-scanning app misreads ID cards
CORK_LOT = (datetime(2026, 1, 1), datetime(2026, 5, 1))        # a bad cork lot of Château Belle-Roche 2018
PACKAGING = (datetime(2026, 3, 1), datetime(2026, 5, 16))      # cheaper cardboard dividers: bottles break
FEE_HIKE = datetime(2026, 3, 1)                                # Oak Club fee 299 -> 399
CHENGDU_OPEN = datetime(2025, 9, 1)
FESTIVALS = [(datetime(2025, 1, 8), datetime(2025, 1, 28)), (datetime(2025, 9, 15), datetime(2025, 10, 6)),
             (datetime(2026, 1, 26), datetime(2026, 2, 16)), (datetime(2025, 11, 1), datetime(2025, 11, 12))]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_entry", "广告/搜索进站", "Ad or search landing", "awareness", "ads", "digital", "marketing",
     "进站|广告点击|搜索进来|落地页|ad click|landing|search visit|came from an ad"),
    ("tp_pdp", "商品详情页", "Product page view", "consideration", "app", "digital", "ecommerce",
     "详情页|商品页|看酒|浏览商品|product page|PDP|product detail|viewed a wine"),
    ("tp_cart", "加入购物车", "Add to cart", "consideration", "app", "digital", "ecommerce",
     "加购|加入购物车|购物车|add to cart|basket|cart"),
    ("tp_pay", "线上支付", "Online order paid", "purchase", "app", "digital", "ecommerce",
     "下单|付款|支付|买单|checkout|paid|order placed|payment"),
    ("tp_cancel", "取消订单", "Order cancelled", "purchase", "app", "digital", "customer_service",
     "取消订单|发货前取消|cancel order|cancellation"),
    ("tp_dispatch", "仓库发货", "Shipped from warehouse", "service", "other", "physical", "logistics",
     "发货|出库|打包|shipped|dispatch|packed"),
    ("tp_age_check", "签收验龄", "Age verification at delivery", "service", "other", "physical", "logistics",
     "验龄|查身份证|核验身份|本人签收|age check|ID check|age verification|proof of age"),
    ("tp_delivered", "签收成功", "Delivered", "service", "other", "physical", "logistics",
     "签收|送达|妥投|到货|delivered|received|arrived"),
    ("tp_delivery_fail", "配送失败", "Failed delivery", "service", "other", "physical", "logistics",
     "配送失败|拒收|退回|没送到|failed delivery|returned to sender|undelivered"),
    ("tp_return", "退货申请", "Return request", "service", "app", "digital", "customer_service",
     "退货|售后|木塞污染|酒坏了|破损|碎瓶|return|corked|broken bottle|damaged"),
    ("tp_refund", "退款到账", "Refund issued", "service", "app", "digital", "finance",
     "退款|到账|refund|money back"),
    ("tp_review", "订单评价", "Order review", "loyalty", "app", "digital", "marketing",
     "评价|打分|晒单|review|rating|stars"),
    ("tp_store_pay", "门店购买", "In-store purchase", "purchase", "store", "physical", "retail",
     "门店购买|到店买|店里买|in-store|shop purchase|bought in store"),
    ("tp_tasting_signup", "品鉴会报名", "Tasting sign-up", "consideration", "mini_program", "digital", "events",
     "品鉴会报名|报名|约品鉴|tasting sign-up|book a tasting|RSVP"),
    ("tp_tasting_attend", "品鉴会签到", "Tasting attended", "loyalty", "store", "physical", "events",
     "品鉴会|到场|签到|tasting|attended|tasting evening|wine tasting"),
    ("tp_member_join", "加入橡木会", "Joined Oak Club", "loyalty", "app", "digital", "membership",
     "入会|加入会员|办会员|橡木会|join club|membership|Oak Club"),
    ("tp_renewal_notice", "续费提醒", "Renewal reminder", "loyalty", "email", "digital", "membership",
     "续费提醒|到期提醒|renewal reminder|renewal notice|expiry reminder"),
    ("tp_member_renew", "会员续费", "Membership renewed", "loyalty", "app", "digital", "membership",
     "续费|续会|续卡|renewal|renew|renewed membership"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("online_purchase", "线上购买", "Online purchase", ["tp_entry", "tp_pdp", "tp_cart", "tp_pay"], 7),
    ("delivery", "配送签收", "Delivery", ["tp_pay", "tp_dispatch", "tp_age_check", "tp_delivered"], 7),
    ("returns", "退货退款", "Returns & refunds", ["tp_return", "tp_refund"], 21),
    ("tasting", "品鉴会", "Tasting event", ["tp_tasting_signup", "tp_tasting_attend"], 30),
    ("renewal", "会员续费", "Club renewal", ["tp_renewal_notice", "tp_member_renew"], 45),
]
STORES = [  # id, city, zh, en, opened, weight, free tasting (no ticket / deposit)
    ("S01", "Shanghai", "上海新天地店", "Shanghai Xintiandi", None, 2.2, False),
    ("S02", "Shanghai", "上海静安嘉里店", "Shanghai Jing'an Kerry", None, 0.8, False),
    ("S03", "Beijing", "北京三里屯店", "Beijing Sanlitun", None, 1.2, True),
    ("S04", "Beijing", "北京国贸店", "Beijing Guomao", None, 1.0, False),
    ("S05", "Shenzhen", "深圳万象城店", "Shenzhen MixC", None, 1.0, False),
    ("S06", "Chengdu", "成都太古里店", "Chengdu Taikoo Li", CHENGDU_OPEN, 1.0, False),
]
STORE = {s[0]: s for s in STORES}
CITIES = {"Shanghai": ("上海", 0.34), "Beijing": ("北京", 0.28), "Shenzhen": ("深圳", 0.17),
          "Chengdu": ("成都", 0.11), "Hangzhou": ("杭州", 0.10)}
WAREHOUSE = {"Shanghai": ("WH-E", "华东仓"), "Hangzhou": ("WH-E", "华东仓"), "Beijing": ("WH-N", "华北仓"),
             "Shenzhen": ("WH-S", "华南仓"), "Chengdu": ("WH-S", "华南仓")}
SOURCES = {  # en: zh, p(pdp | entry), cart multiplier
    "douyin_ad": ("抖音广告", 0.50, 0.55), "xiaohongshu": ("小红书", 0.72, 0.9), "baidu_search": ("百度搜索", 0.88, 1.2),
    "wechat_ad": ("朋友圈广告", 0.58, 0.8), "app_push": ("App推送", 0.70, 1.0), "direct": ("直接访问", 0.92, 1.15)}
ACQ = {  # acquisition channel: zh, weight
    "douyin_ad": ("抖音广告", 0.26), "xiaohongshu": ("小红书", 0.15), "baidu_search": ("百度搜索", 0.17),
    "wechat_ad": ("朋友圈广告", 0.12), "walk_in": ("路过进店", 0.17), "friend": ("朋友推荐", 0.13)}
TASTES = {  # en: zh, weight, category weights (red, white, sparkling, whisky, cognac), p return visit, mean gap days
    "red_lover": ("红酒爱好者", 0.42, [0.78, 0.08, 0.06, 0.06, 0.02], 0.62, 45),
    "white_sparkling": ("白葡萄酒/起泡", 0.20, [0.2, 0.45, 0.3, 0.03, 0.02], 0.55, 55),
    "spirits": ("烈酒玩家", 0.22, [0.1, 0.03, 0.02, 0.6, 0.25], 0.58, 50),
    "collector": ("收藏家", 0.16, [0.6, 0.1, 0.1, 0.15, 0.05], 0.72, 35),
}
CATS = ["red", "white", "sparkling", "whisky", "cognac"]
CAT_ZH = {"red": "红葡萄酒", "white": "白葡萄酒", "sparkling": "起泡酒", "whisky": "威士忌", "cognac": "干邑"}
REGION_ZH = {"Bordeaux": "波尔多", "Burgundy": "勃艮第", "Napa": "纳帕谷", "Ningxia": "宁夏", "Barossa": "巴罗萨",
             "Rioja": "里奥哈", "Champagne": "香槟", "Marlborough": "马尔堡", "Speyside": "斯佩塞", "Islay": "艾雷岛",
             "Japan": "日本", "Cognac": "干邑"}
GRAPE_ZH = {"Cabernet Sauvignon": "赤霞珠", "Merlot": "梅洛", "Pinot Noir": "黑皮诺", "Marselan": "马瑟兰",
            "Cabernet Gernischt": "蛇龙珠", "Shiraz": "西拉", "Tempranillo": "丹魄", "Chardonnay": "霞多丽",
            "Sauvignon Blanc": "长相思", "Riesling": "雷司令"}
BAND_ZH = {"entry": "入门 (¥200以下)", "mid": "中端 (¥200-599)", "premium": "高端 (¥600-1499)",
           "luxury": "顶级 (¥1500以上)"}
SKUS = [  # id, zh, en, category, region, grape, price per bottle, sommelier's pick
    ("W01", "拉菲传奇波尔多红 2021", "Legende Bordeaux Rouge 2021", "red", "Bordeaux", "Cabernet Sauvignon", 168, False),
    ("W02", "美丽岩城堡 2018", "Château Belle-Roche 2018", "red", "Bordeaux", "Merlot", 468, True),
    ("W03", "圣朱利安二级庄副牌 2017", "Saint-Julien Second Wine 2017", "red", "Bordeaux", "Cabernet Sauvignon", 880,
     False),
    ("W04", "波美侯精选 2016", "Pomerol Selection 2016", "red", "Bordeaux", "Merlot", 2380, False),
    ("W05", "勃艮第村级黑皮诺 2020", "Bourgogne Village Pinot Noir 2020", "red", "Burgundy", "Pinot Noir", 398, True),
    ("W06", "热夫雷香贝丹 2019", "Gevrey-Chambertin 2019", "red", "Burgundy", "Pinot Noir", 1280, False),
    ("W07", "沃恩-罗曼尼一级园 2018", "Vosne-Romanée 1er Cru 2018", "red", "Burgundy", "Pinot Noir", 3680, False),
    ("W08", "纳帕谷赤霞珠 2019", "Napa Valley Cabernet 2019", "red", "Napa", "Cabernet Sauvignon", 520, False),
    ("W09", "鹿跃酒窖 S.L.V. 2018", "Stag's Leap S.L.V. 2018", "red", "Napa", "Cabernet Sauvignon", 1880, False),
    ("W10", "贺兰山东麓马瑟兰 2021", "Helan Mountain Marselan 2021", "red", "Ningxia", "Marselan", 238, True),
    ("W11", "银色高地家族珍藏 2019", "Silver Heights Family Reserve 2019", "red", "Ningxia", "Cabernet Sauvignon", 628,
     False),
    ("W12", "宁夏蛇龙珠 2020", "Ningxia Cabernet Gernischt 2020", "red", "Ningxia", "Cabernet Gernischt", 158, False),
    ("W13", "巴罗萨西拉 2020", "Barossa Shiraz 2020", "red", "Barossa", "Shiraz", 268, False),
    ("W14", "里奥哈珍藏 2017", "Rioja Reserva 2017", "red", "Rioja", "Tempranillo", 198, True),
    ("W15", "夏布利 2022", "Chablis 2022", "white", "Burgundy", "Chardonnay", 298, True),
    ("W16", "马尔堡长相思 2023", "Marlborough Sauvignon Blanc 2023", "white", "Marlborough", "Sauvignon Blanc", 148,
     False),
    ("W17", "纳帕霞多丽 2021", "Napa Chardonnay 2021", "white", "Napa", "Chardonnay", 420, False),
    ("W18", "宁夏霞多丽 2022", "Ningxia Chardonnay 2022", "white", "Ningxia", "Chardonnay", 188, False),
    ("W19", "香槟干型无年份", "Champagne Brut NV", "sparkling", "Champagne", None, 458, False),
    ("W20", "香槟桃红", "Champagne Rosé NV", "sparkling", "Champagne", None, 680, True),
    ("W21", "年份香槟 2013", "Vintage Champagne 2013", "sparkling", "Champagne", None, 1980, False),
    ("S21", "斯佩塞12年单一麦芽", "Speyside 12yo Single Malt", "whisky", "Speyside", None, 458, False),
    ("S22", "艾雷岛10年泥煤", "Islay 10yo Peated", "whisky", "Islay", None, 528, True),
    ("S23", "斯佩塞18年雪莉桶", "Speyside 18yo Sherry Cask", "whisky", "Speyside", None, 1580, False),
    ("S24", "日本调和威士忌", "Japanese Blended Whisky", "whisky", "Japan", None, 698, False),
    ("S25", "干邑VSOP", "Cognac VSOP", "cognac", "Cognac", None, 568, False),
    ("S26", "干邑XO", "Cognac XO", "cognac", "Cognac", None, 1880, False),
]
SKU = {s[0]: s for s in SKUS}
POP = {"W01": 2.5, "W02": 3.0, "W03": 1.3, "W08": 1.6, "W19": 1.8, "S21": 1.5, "W16": 1.5, "W07": 0.3, "W06": 0.7,
       "W04": 0.6}
BY_CAT = {c: [s for s in SKUS if s[3] == c] for c in CATS}
COURIER = {"sf": ("顺丰速运", "SF Express"), "jd": ("京东物流", "JD Logistics"), "store_rider": ("门店配送", "Shop rider")}
AGE_FAIL = {"no_id": "未出示身份证", "not_recipient": "非本人签收", "underage": "收件人未成年", "id_scan_error": "身份证扫描失败"}
DFAIL = {"age_check_failed": "验龄未通过", "nobody_home": "多次无人签收"}
RET = {"corked": "木塞污染", "broken": "瓶身破损", "wrong_item": "发错货"}
OTYPE_ZH = {"online": "线上订单", "store": "门店零售", "club_fee": "橡木会会费", "tasting_ticket": "品鉴会门票"}
TIERS = {"classic": "经典卡", "silver": "银卡", "gold": "金卡", "platinum": "铂金卡"}
CLUB = {"active": "在籍会员", "lapsed": "会员已过期", "never": "非会员"}
THEMES = {  # en: zh
    "bordeaux_left_bank": "波尔多左岸", "burgundy_pinot": "勃艮第黑皮诺", "ningxia_discovery": "宁夏产区探索",
    "single_malt": "单一麦芽威士忌", "champagne_night": "香槟之夜"}

# feedback texts by topic: (zh list, en list). Markers used by gold.py are noted in README.md.
TXT = {
    "corked": (["开瓶一股木塞味，像湿纸板", "酒有霉味，明显是木塞污染", "倒出来就是木塞味，根本没法喝"],
               ["the bottle was corked, smelled like wet cardboard", "musty cork taint, undrinkable",
                "corked wine, that TCA smell straight away"]),
    "broken": (["到货瓶子碎了，箱子里全是酒", "有一瓶碎了漏得到处都是", "隔板太薄，两瓶都碎了"],
               ["one bottle arrived smashed", "the box was soaked, a bottle broke in transit",
                "two bottles smashed, the new dividers are flimsy"]),
    "idcheck": (["快递员非要查身份证，扫了半天扫不出来", "送酒要本人出示身份证，家人代收都不行", "验龄太麻烦了，上班时间根本没法本人签收"],
                ["the courier's ID scanner kept rejecting my card", "had to show ID and my wife couldn't sign for it",
                 "the age check at the door is such a hassle"]),
    "failed": (["配送失败被退回了，白等两天", "快递说送不了直接退回仓库", "酒没送到，订单直接被取消了"],
               ["delivery failed and it went back to the warehouse", "they returned it to sender without calling me",
                "never got my wine, failed delivery"]),
    "slow_refund": (["退款拖了一个多星期才到账", "申请退货后退款一直没动静", "退款太慢了，客服只会让等"],
                    ["the refund took over a week", "still waiting on my refund", "refund was painfully slow"]),
    "fee_hike": (["会员费从299涨到399，不续了", "年费一下涨了一百，权益还是老样子", "会员费涨价太多，不值"],
                 ["the club fee went up to 399, not renewing", "a 100 yuan fee increase for the same benefits? no thanks",
                  "annual fee hike is too much"]),
    "no_value": (["一年也没用上几次会员权益", "会员折扣没什么吸引力"],
                 ["I barely used the club benefits this year", "the member discount isn't worth it"]),
    "tasting_good": (["品鉴会讲解很专业，学到很多", "这次品鉴会氛围很好，酒也选得好", "品鉴会老师讲得特别细，还想再来"],
                     ["the tasting evening was brilliant", "loved the tasting, learned a lot",
                      "great tasting night, really well hosted"]),
    "somm": (["侍酒师推荐的这款很对胃口", "跟着侍酒师精选买的，没踩雷", "侍酒师推荐的靠谱"],
             ["the sommelier's pick was spot on", "bought the sommelier recommendation and loved it",
              "the sommelier picks never disappoint"]),
    "fast": (["第二天就到了，速度快", "当天就送到了，很方便", "送得很快，包装也好"],
             ["arrived the next day", "super fast delivery", "same-day delivery, very handy"]),
    "value": (["性价比很高", "这个价位很值", "价格实惠口感好"],
              ["great value for money", "good value for the price", "worth every penny"]),
    "ningxia": (["宁夏的马瑟兰很惊艳，国产酒进步好大", "没想到宁夏酒这么好喝", "宁夏产区的酒越来越好了"],
                ["the Ningxia Marselan was a revelation", "Chinese wine from Ningxia really surprised me",
                 "Ningxia wines keep getting better"]),
    "pricey": (["比别的平台贵了不少", "同款酒比免税店贵", "价格比别的平台贵，下次再看看"],
               ["pricier than other sites", "overpriced compared to duty free", "a bit pricier than other sites"]),
}
GEN = {"pos": (["很满意", "下次还来买", "推荐给朋友了"], ["very happy", "will buy again", "recommended to friends"]),
       "neu": (["还行吧", "一般般", "没什么特别的"], ["it was ok", "nothing special", "average"]),
       "neg": (["体验很差", "有点失望", "不会再买了"], ["poor experience", "disappointed", "won't buy again"])}
NEG_TOPICS = {"corked", "broken", "idcheck", "failed", "slow_refund", "fee_hike", "no_value", "pricey"}
TOPIC_TP = [("corked", "tp_return"), ("broken", "tp_return"), ("failed", "tp_delivery_fail"),
            ("idcheck", "tp_age_check"), ("slow_refund", "tp_refund"), ("fee_hike", "tp_member_renew"),
            ("no_value", "tp_member_renew"), ("tasting_good", "tp_tasting_attend"), ("pricey", "tp_pdp"),
            ("somm", "tp_pdp"), ("fast", "tp_delivered"), ("ningxia", "tp_review"), ("value", "tp_review")]


def pick(options, weights):
    total = float(sum(weights))
    u = rng.random() * total
    acc = 0.0
    for o, w in zip(options, weights):
        acc += w
        if u < acc and w > 0:
            return o
    return next(o for o, w in zip(reversed(options), reversed(weights)) if w > 0)


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def in_win(t, win):
    return win[0] <= t < win[1]


def festive(t):
    return any(in_win(t, w) for w in FESTIVALS)


def season(t):
    s = 1.0
    if festive(t):
        s = 1.8
    if t.month in (7, 8):
        s *= 0.8
    return s


def open_stores(city, t):
    return [s for s in STORES if s[1] == city and (s[4] is None or s[4] <= t)]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_fb = 0
        self.n = {"WO": 0, "SO": 0, "MF": 0, "TK": 0, "TR": 0, "V": 0, "CL": 0}

    def nid(self, p, w=6):
        self.n[p] += 1
        return f"{p}{self.n[p]:0{w}d}"

    def ev(self, c, t, tp, sid, action, channel=None, device=True, **kw):
        if t > END or t < START:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"] if device else None, channel=channel)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, oid, amount, otype, channel, status="paid", **kw):
        if t > END or t < START:
            return None
        row = dict(order_id=oid, customer_id=c["customer_id"], ts=ts(t), amount=round(float(amount), 2),
                   status=status, channel=channel, device=c["device"] if channel != "store" else None,
                   order_type=otype, 订单类型=OTYPE_ZH[otype], currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, undated=False, gen=None, no_customer=False, sid=None,
           tp=None, **kw):
        if t > END or t < START:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = c["lang"] if rng.random() < 0.85 else ("en" if rng.random() < c["en_share"] else "zh")
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
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_review")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if (gen == "pos" or set(topics) - NEG_TOPICS) else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t), _t=t,
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, order_id=sid)
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 7, 25):
            days.append((d, (0.35 + 2.0 * (d - START).days / 570) * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23.5)))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            acq = pick(list(ACQ), [v[1] for v in ACQ.values()])
            if acq == "walk_in" and not open_stores(city, t):
                acq = "baidu_search"
            stores = open_stores(city, t) or open_stores(city, END)
            home = pick(stores, [s[5] for s in stores])[0] if stores else None
            taste = pick(list(TASTES), [v[1] for v in TASTES.values()])
            device = pick(["ios", "android", "pc"], [0.44, 0.38, 0.18])
            platform = "web" if device == "pc" else pick(["app", "mini_program"], [0.55, 0.45])
            en_share = 0.2 if city in ("Shanghai", "Beijing") else 0.05
            self.cust.append(dict(
                customer_id=f"C{i + 1:05d}", first=t, city=city, acq=acq, home=home, taste=taste, device=device,
                platform=platform, en_share=en_share, lang="en" if rng.random() < en_share else "zh",
                age=pick(["18-25", "26-35", "36-45", "46-55", "56+"], [0.08, 0.36, 0.31, 0.17, 0.08]),
                gender=pick(["male", "female"], [0.6, 0.4]), spend=0.0, n_orders=0, last=None, first_pay=None,
                club_until=None, club_since=None, club_ever=False, tastings=[], bad=False, old=False))
        n_new = len(self.cust)
        for i in range(N_OLD):
            t = datetime(2022, 3, 1) + D(days=float(rng.uniform(0, 1030)), hours=float(rng.uniform(9, 22)))
            city = pick(list(CITIES)[:4] + ["Hangzhou"], [0.36, 0.3, 0.18, 0.06, 0.1])
            stores = open_stores(city, t)
            home = pick(stores, [s[5] for s in stores])[0] if stores else None
            acq = pick(["baidu_search", "walk_in", "friend", "wechat_ad"], [0.35, 0.3, 0.2, 0.15] if home else
                       [0.6, 0, 0.2, 0.2])
            taste = pick(list(TASTES), [0.4, 0.17, 0.2, 0.23])
            device = pick(["ios", "android", "pc"], [0.44, 0.36, 0.2])
            en_share = 0.2 if city in ("Shanghai", "Beijing") else 0.05
            c = dict(customer_id=f"C{n_new + i + 1:05d}", first=t, city=city, acq=acq, home=home, taste=taste,
                     device=device, platform="web" if device == "pc" else pick(["app", "mini_program"], [0.6, 0.4]),
                     en_share=en_share, lang="en" if rng.random() < en_share else "zh",
                     age=pick(["18-25", "26-35", "36-45", "46-55", "56+"], [0.03, 0.3, 0.35, 0.22, 0.1]),
                     gender=pick(["male", "female"], [0.62, 0.38]), spend=0.0, n_orders=0, last=None, first_pay=t,
                     club_until=None, club_since=None, club_ever=False, tastings=[], bad=False, old=True)
            p_club = {"collector": 0.6, "red_lover": 0.35, "white_sparkling": 0.25, "spirits": 0.25}[taste]
            if rng.random() < p_club:
                ann = datetime(2024, 1, 1) + D(days=float(rng.uniform(0, 366)), hours=float(rng.uniform(9, 22)))
                c.update(club_since=ann, club_until=ann + D(days=365), club_ever=True, club_id=self.nid("CL", 5),
                         club_store=home)
            self.cust.append(c)
        self.cust.sort(key=lambda x: x["first"])
        for i, c in enumerate(self.cust):
            c["customer_id"] = f"C{i + 1:05d}"

    # ---------- an online visit ----------
    def visit(self, c, t, source):
        vid = self.nid("V", 7)
        ch = c["platform"]
        src = SOURCES[source]
        self.ev(c, t, "tp_entry", vid, "view", channel="ads" if source.endswith("_ad") else (
            "social" if source == "xiaohongshu" else ch), source=source, 来源=src[0])
        if rng.random() > src[1]:
            return None
        cat = pick(CATS, TASTES[c["taste"]][2])
        sku = pick(BY_CAT[cat], [POP.get(x[0], 1.0) for x in BY_CAT[cat]]) if rng.random() > 0.06 else SKU["W10"]
        if c["taste"] == "collector" and rng.random() < 0.4:
            sku = pick([s for s in SKUS if s[6] >= 600], [1.0] * len([s for s in SKUS if s[6] >= 600]))
        if festive(t) and rng.random() < 0.3:
            sku = pick([SKU["W03"], SKU["W19"], SKU["S26"], SKU["W11"], SKU["S23"]], [1, 1, 1, 1, 1])
        # Ningxia push in 2026
        if t >= datetime(2026, 1, 1) and rng.random() < 0.14 and sku[4] != "Ningxia":
            sku = pick([SKU["W10"], SKU["W11"], SKU["W12"], SKU["W18"]], [0.45, 0.2, 0.2, 0.15])
        band = self.band(sku[6])
        attrs = self.sku_attrs(sku)
        t += D(minutes=float(rng.uniform(0.2, 3)))
        self.ev(c, t, "tp_pdp", vid, "view", channel=ch, **attrs)
        p_cart = {"entry": 0.46, "mid": 0.40, "premium": 0.30, "luxury": 0.14}[band] * src[2]
        if sku[7]:
            p_cart *= 1.1
        if c["taste"] == "collector" and band in ("premium", "luxury"):
            p_cart *= 1.8
        if rng.random() > min(0.95, p_cart):
            return None
        oid = self.nid("WO")
        t += D(minutes=float(rng.uniform(1, 12)))
        qty = int(pick([1, 2, 3, 6], [0.45, 0.22, 0.1, 0.23] if c["taste"] != "spirits" else [0.75, 0.18, 0.05, 0.02]))
        if c["taste"] == "collector" and rng.random() < 0.4:
            qty = 6
        self.ev(c, t, "tp_cart", oid, "add", channel=ch, bottles=qty, **attrs)
        p_pay = 0.80 if sku[7] else 0.60
        if rng.random() > p_pay:
            return None
        if rng.random() < 0.25:
            t += D(hours=float(rng.exponential(20)))
        else:
            t += D(minutes=float(rng.uniform(1, 20)))
        member = c["club_until"] is not None and c["club_since"] <= t <= c["club_until"]
        amount = sku[6] * qty * (0.9 if member else 1.0)
        gift = rng.random() < (0.45 if festive(t) else 0.12)
        courier = pick(["sf", "jd", "store_rider"], [0.45, 0.33, 0.22] if open_stores(c["city"], t) else [0.56, 0.44, 0])
        wh = WAREHOUSE[c["city"]]
        common = dict(courier=courier, 快递=COURIER[courier][0], ship_from=wh[0], 发货仓=wh[1], is_gift=gift,
                      礼品单="是" if gift else "否", bottles=qty, ship_city=c["city"], 收货城市=CITIES[c["city"]][0])
        if not self.ev(c, t, "tp_pay", oid, "success", channel=ch, amount=round(amount, 2),
                       payment_method=pick(["wechat_pay", "alipay", "card"], [0.6, 0.3, 0.1]), member_price=member,
                       **attrs, **common):
            return None
        if c["first_pay"] is None:
            c["first_pay"] = t
        orow = self.order(c, t, oid, amount, "online", ch, **self.order_attrs(sku), bottles=qty, courier=courier,
                          快递=COURIER[courier][0], is_gift=gift, 礼品单="是" if gift else "否", member_price=member,
                          ship_city=c["city"], 收货城市=CITIES[c["city"]][0])
        c["spend"] += amount
        c["n_orders"] += 1
        c["last"] = t
        if rng.random() < 0.03:
            tc = t + D(hours=float(rng.uniform(0.2, 10)))
            if self.ev(c, tc, "tp_cancel", oid, "cancel", channel=ch, cancel_reason=pick(
                    ["changed_mind", "found_cheaper", "wrong_address"], [0.5, 0.3, 0.2])):
                orow["status"] = "cancelled"
                orow["cancelled_at"] = ts(tc)
                c["spend"] -= amount
            return t
        self.fulfil(c, t, oid, sku, qty, gift, courier, orow, attrs, common)
        return t

    def band(self, price):
        return "entry" if price < 200 else "mid" if price < 600 else "premium" if price < 1500 else "luxury"

    def sku_attrs(self, sku):
        band = self.band(sku[6])
        return dict(sku_id=sku[0], product=sku[1], product_en=sku[2], category=sku[3], 品类=CAT_ZH[sku[3]],
                    wine_region=sku[4], 产区=REGION_ZH[sku[4]], grape=sku[5], 葡萄品种=GRAPE_ZH.get(sku[5]),
                    price_band=band, 价格带=BAND_ZH[band], somm_pick=sku[7], 侍酒师推荐="是" if sku[7] else "否")

    def order_attrs(self, sku):
        a = self.sku_attrs(sku)
        return a

    def fulfil(self, c, t, oid, sku, qty, gift, courier, orow, attrs, common):
        t_d = t + D(hours=float(rng.uniform(2, 20) if courier != "store_rider" else rng.uniform(0.3, 2)))
        self.ev(c, t_d, "tp_dispatch", oid, "shipped", channel="other", device=False, **common)
        transit = {"sf": rng.lognormal(np.log(1.1), 0.35), "jd": rng.lognormal(np.log(1.5), 0.4),
                   "store_rider": rng.uniform(0.05, 0.18)}[courier]
        if c["city"] == "Chengdu" and courier != "store_rider":
            transit *= 1.6
        t_a = t_d + D(days=float(transit))
        if t_a.hour < 9:
            t_a = t_a.replace(hour=9) + D(minutes=float(rng.uniform(0, 120)))
        bad = set()
        if rng.random() < 0.03:                                          # nobody home, three attempts
            tf = t_a + D(days=float(rng.uniform(2, 4)))
            if self.ev(c, tf, "tp_delivery_fail", oid, "fail", channel="other", device=False, fail_reason="nobody_home",
                       失败原因=DFAIL["nobody_home"], **common):
                orow["status"] = "refunded"
                orow["refunded_at"] = ts(tf + D(days=float(rng.uniform(1, 3))))
                c["spend"] -= orow["amount"]
                bad.add("failed")
                self.after_bad(c, tf, bad, oid, attrs, common)
            return
        p_fail = 0.035
        reason = pick(["no_id", "underage", "not_recipient"], [0.5, 0.1, 0.4])
        if gift:
            p_fail = 0.15
            reason = "not_recipient" if rng.random() < 0.9 else "no_id"
        if courier == "jd" and in_win(t_a, JD_BUG):
            p_fail = max(p_fail, 0.26)
            if rng.random() < 0.85:
                reason = "id_scan_error"
        fail = rng.random() < p_fail
        self.ev(c, t_a, "tp_age_check", oid, "fail" if fail else "pass", channel="other", device=False,
                age_check_result="fail" if fail else "pass", 验龄结果="未通过" if fail else "通过",
                fail_reason=reason if fail else None, 验龄失败原因=AGE_FAIL[reason] if fail else None, **common)
        if fail:
            tf = t_a + D(minutes=float(rng.uniform(2, 15)))
            if self.ev(c, tf, "tp_delivery_fail", oid, "fail", channel="other", device=False,
                       fail_reason="age_check_failed", 失败原因=DFAIL["age_check_failed"], **common):
                orow["status"] = "refunded"
                orow["refunded_at"] = ts(tf + D(days=float(rng.uniform(1, 3))))
                c["spend"] -= orow["amount"]
            bad.update({"failed", "idcheck"})
            self.after_bad(c, tf, bad, oid, attrs, common)
            return
        t_del = t_a + D(minutes=float(rng.uniform(1, 4)))
        self.ev(c, t_del, "tp_delivered", oid, "delivered", channel="other", device=False,
                delivery_hours=round((t_del - t).total_seconds() / 3600, 1), **common)
        if rng.random() < (0.05 if courier == "jd" and in_win(t_a, JD_BUG) else 0.012):
            bad.add("idcheck")                                    # passed in the end, but annoyed
        # ---- returns
        p_cork = 0.0 if sku[3] in ("whisky", "cognac") else 0.012
        if sku[0] == "W02" and in_win(t_del, CORK_LOT):
            p_cork = 0.24
        p_broken = 0.012 * (1.6 if qty == 6 else 1.0)
        if in_win(t_del, PACKAGING):
            p_broken = 0.11 if qty == 6 else 0.045
        reason = None
        u = rng.random()
        if u < p_cork:
            reason = "corked"
        elif u < p_cork + p_broken:
            reason = "broken"
        elif u < p_cork + p_broken + 0.006:
            reason = "wrong_item"
        t_end = t_del + D(days=float(rng.uniform(0.5, 5)))
        if reason:
            tr = t_del + D(days=float(rng.uniform(0.05, 1.5) if reason != "corked" else rng.uniform(1, 25)))
            approved = rng.random() < (0.86 if reason == "corked" else 0.95)
            if self.ev(c, tr, "tp_return", oid, "submit", channel=c["platform"], return_reason=reason,
                       退货原因=RET[reason], return_outcome="approved" if approved else "rejected",
                       审核结果="通过" if approved else "驳回", **attrs, **common):
                if reason != "wrong_item":
                    bad.add(reason)
                if approved:
                    days = float(rng.lognormal(np.log({"corked": 4.5, "broken": 1.2, "wrong_item": 2.5}[reason]),
                                               0.45))
                    trf = tr + D(days=days)
                    if self.ev(c, trf, "tp_refund", oid, "refund", channel=c["platform"], return_reason=reason,
                               退货原因=RET[reason], refund_amount=orow["amount"], **attrs, **common):
                        orow["status"] = "returned"
                        orow["returned_at"] = ts(trf)
                        c["spend"] -= orow["amount"]
                    if days > 5:
                        bad.add("slow_refund")
                t_end = tr + D(days=float(rng.uniform(0.5, 3)))
                if rng.random() < 0.55:
                    tps = [x for x in ("corked", "broken", "slow_refund") if x in bad] or ["slow_refund"]
                    self.fb(c, tr + D(hours=float(rng.uniform(0.5, 30))), tps, "ticket", sid=oid,
                            product=sku[1], product_en=sku[2], courier=courier, 快递=COURIER[courier][0])
        # ---- review
        good = []
        topics = [x for x in ("corked", "broken", "idcheck", "slow_refund") if x in bad]
        if rng.random() < 0.03:
            topics.append("pricey")
        if not topics:
            if sku[7] and rng.random() < 0.3:
                good.append("somm")
            if (courier == "store_rider" or transit < 1.0) and rng.random() < 0.12:
                good.append("fast")
            if sku[4] == "Ningxia" and rng.random() < 0.35:
                good.append("ningxia")
            if sku[6] < 300 and rng.random() < 0.15:
                good.append("value")
        neg = bool(topics)
        if rng.random() < (0.5 if neg else (0.3 if good else 0.16)):
            stars = float(pick([5, 4, 3, 2], [0.45, 0.37, 0.13, 0.05]))
            pen = {"corked": 2.6, "broken": 2.2, "idcheck": 1.5, "slow_refund": 1.2, "pricey": 0.8}
            for x in topics:
                stars -= pen[x]
            if good:
                stars = 5.0 if rng.random() < 0.75 else 4.0
            if sku[7] and not topics:
                stars += 0.5
            stars = float(min(5, max(1, round(stars))))
            if self.ev(c, t_end, "tp_review", oid, "review", channel=c["platform"], stars=stars, **attrs):
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                self.fb(c, t_end, topics + good, "app_review", rating=stars, gen=gen, sid=oid, product=sku[1],
                        product_en=sku[2], courier=courier, 快递=COURIER[courier][0])
        if (topics or good) and rng.random() < 0.05 * (2 if c["acq"] == "xiaohongshu" else 1):
            self.fb(c, t_end + D(hours=float(rng.uniform(1, 96))), topics or good, "xiaohongshu_note",
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.4, sid=oid, product=sku[1],
                    product_en=sku[2])
        if rng.random() < 0.03:
            nps = int(np.clip(round(rng.normal(8.3 - 3.3 * neg + 0.8 * bool(good), 1.5)), 0, 10))
            self.fb(c, t_end + D(days=1), topics + good if rng.random() < 0.6 else [], "survey", nps=nps, sid=oid,
                    gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"), tp="tp_review" if not (topics + good)
                    else None)
        if neg:
            c["bad"] = True

    def after_bad(self, c, tf, bad, oid, attrs, common):
        if rng.random() < 0.6:
            self.fb(c, tf + D(hours=float(rng.uniform(0.5, 24))), sorted(bad, key=lambda x: x != "failed"), "ticket",
                    sid=oid, product=attrs["product"], product_en=attrs["product_en"], courier=common["courier"],
                    快递=common["快递"])
        c["bad"] = True

    # ---------- in-store purchase ----------
    def store_buy(self, c, t, store, from_tasting=False):
        oid = self.nid("SO")
        cat = pick(CATS, TASTES[c["taste"]][2])
        sku = pick(BY_CAT[cat], [POP.get(x[0], 1.0) for x in BY_CAT[cat]])
        if from_tasting and c.get("theme") == "ningxia_discovery":
            sku = pick([SKU["W10"], SKU["W11"], SKU["W12"], SKU["W18"]], [0.4, 0.3, 0.15, 0.15])
        qty = int(pick([1, 2, 3, 6], [0.55, 0.22, 0.1, 0.13]))
        member = c["club_until"] is not None and c["club_since"] <= t <= c["club_until"]
        amount = sku[6] * qty * (0.9 if member else 1.0)
        attrs = self.sku_attrs(sku)
        sc = dict(store_id=store[0], store=store[2], store_en=store[3], store_city=store[1],
                  门店城市=CITIES[store[1]][0])
        if not self.ev(c, t, "tp_store_pay", oid, "paid", channel="store", device=False, amount=round(amount, 2),
                       bottles=qty, from_tasting=from_tasting, member_price=member, **attrs, **sc):
            return None
        self.order(c, t, oid, amount, "store", "store", **attrs, bottles=qty, member_price=member, **sc)
        if c["first_pay"] is None:
            c["first_pay"] = t
        c["spend"] += amount
        c["n_orders"] += 1
        c["last"] = t
        if rng.random() < 0.07:
            good = []
            if rng.random() < 0.3:
                good.append("value")
            if sku[4] == "Ningxia" and rng.random() < 0.4:
                good.append("ningxia")
            topics = ["pricey"] if rng.random() < 0.08 else []
            stars = float(pick([5, 4, 3, 2, 1], [0.5, 0.3, 0.12, 0.05, 0.03]))
            if topics:
                stars = min(stars, 3.0)
            if good and not topics:
                stars = 5.0
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t + D(hours=float(rng.uniform(1, 48))), topics + good, "dianping_review", rating=stars, gen=gen,
                    undated=rng.random() < 0.25, sid=oid, tp="tp_store_pay" if not (topics + good) else None, **sc)
        return t

    # ---------- tastings ----------
    def tasting(self, c, t):
        stores = open_stores(c["city"], t)
        if not stores:
            return
        store = STORE[c["home"]] if c["home"] and STORE[c["home"]] in stores and rng.random() < 0.85 else \
            stores[int(rng.integers(len(stores)))]
        rid = self.nid("TR")
        theme = pick(list(THEMES), [0.25, 0.2, 0.2 if t >= datetime(2025, 6, 1) else 0.05, 0.2, 0.15])
        c["theme"] = theme
        member = c["club_until"] is not None and c["club_since"] <= t <= c["club_until"]
        free = store[6] or member
        sc = dict(store_id=store[0], store=store[2], store_en=store[3], store_city=store[1],
                  门店城市=CITIES[store[1]][0], theme=theme, 主题=THEMES[theme], ticket="free" if free else "paid",
                  门票="免费" if free else "付费")
        event_day = t + D(days=float(rng.uniform(3, 21)))
        event_day = datetime(event_day.year, event_day.month, event_day.day, 19, 0)
        sc["event_date"] = event_day.strftime("%Y-%m-%d")
        if not self.ev(c, t, "tp_tasting_signup", rid, "signup", channel="mini_program", **sc):
            return
        if not free:
            self.order(c, t, self.nid("TK"), 128, "tasting_ticket", "mini_program", store_id=store[0], store=store[2],
                       store_en=store[3], store_city=store[1], 门店城市=CITIES[store[1]][0], theme=theme,
                       主题=THEMES[theme])
            c["spend"] += 128
        p_noshow = 0.46 if store[6] else (0.12 if not free else 0.2)
        if rng.random() < p_noshow:
            return
        ta = event_day + D(minutes=float(rng.uniform(-10, 40)))
        if not self.ev(c, ta, "tp_tasting_attend", rid, "checked_in", channel="store", device=False, **sc):
            return
        c["tastings"].append(ta)
        if rng.random() < 0.38:
            self.store_buy(c, ta + D(minutes=float(rng.uniform(60, 150))), store, from_tasting=True)
        if rng.random() < 0.22:
            good = ["tasting_good"] if rng.random() < 0.7 else []
            nps = int(np.clip(round(rng.normal(8.9 if good else 7.6, 1.2)), 0, 10))
            self.fb(c, ta + D(days=1), good, "survey", nps=nps, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"),
                    tp="tp_tasting_attend", sid=rid, store_id=store[0], store=store[2], store_en=store[3],
                    store_city=store[1], 门店城市=CITIES[store[1]][0])
        elif rng.random() < 0.06:
            self.fb(c, ta + D(hours=float(rng.uniform(2, 48))), ["tasting_good"], "dianping_review",
                    rating=float(pick([5, 4], [0.75, 0.25])),
                    gen="pos", undated=rng.random() < 0.25, sid=rid, store_id=store[0], store=store[2],
                    store_en=store[3], store_city=store[1], 门店城市=CITIES[store[1]][0])

    # ---------- club ----------
    def club(self, c, t):
        cid = self.nid("CL", 5)
        fee = 399 if t >= FEE_HIKE else 299
        if not self.ev(c, t, "tp_member_join", cid, "join", channel=c["platform"], fee=fee):
            return
        self.order(c, t, self.nid("MF"), fee, "club_fee", c["platform"], club_id=cid)
        c["spend"] += fee
        c["club_since"], c["club_until"], c["club_ever"] = t, t + D(days=365), True
        c["club_id"] = cid
        c["club_store"] = c["home"]

    def renewals(self, c):
        while c["club_until"] is not None:
            due = c["club_until"]
            tn = due - D(days=30)
            tn = datetime(tn.year, tn.month, tn.day, 10, 0) + D(minutes=float(rng.uniform(0, 60)))
            if tn > END:
                return
            fee = 399 if due >= FEE_HIKE else 299
            rid = f"{c['club_id']}-R{due.year}"
            self.ev(c, tn, "tp_renewal_notice", rid, "sent", channel="email", device=False, fee=fee,
                    due_date=due.strftime("%Y-%m-%d"))
            recent = [x for x in c["tastings"] if due - D(days=365) <= x < due]
            p = 0.84 if recent else 0.58
            if fee == 399:
                p *= 0.68
            if c["bad"]:
                p *= 0.85
            if rng.random() < p:
                tr = tn + D(days=float(rng.uniform(0.5, 40)))
                if not self.ev(c, tr, "tp_member_renew", rid, "renewed", channel=c["platform"], fee=fee):
                    return
                self.order(c, tr, self.nid("MF"), fee, "club_fee", c["platform"], club_id=c["club_id"])
                c["spend"] += fee
                c["club_until"] = due + D(days=365)
                self.schedule_activity(c, due, due + D(days=365))
            else:
                c["lapsed_at"] = due
                c["club_until_final"] = due
                if due + D(days=3) <= END and rng.random() < 0.45:
                    topics = ["fee_hike"] if (fee == 399 and rng.random() < 0.75) else (
                        ["no_value"] if rng.random() < 0.6 else [])
                    self.fb(c, due + D(days=float(rng.uniform(1, 10))), topics, "call_note", gen="neg" if topics else
                            "neu", tp="tp_member_renew", sid=rid)
                c["club_until"] = None
                return

    def schedule_activity(self, c, a, b):
        # club members go to tastings (about every four months)
        t = a + D(days=float(rng.exponential(60)))
        while t < b and t <= END:
            if rng.random() < 0.5:
                self.tasting(c, t)
            t += D(days=float(rng.exponential(110)))

    def intent(self, c, t):
        """one buying intent of a known customer: a shop visit, or up to three online visits until one pays."""
        if c["home"] and open_stores(c["city"], t) and rng.random() < (0.4 if c["acq"] in ("walk_in", "friend")
                                                                          else 0.16):
            st = STORE[c["home"]] if STORE[c["home"]] in open_stores(c["city"], t) else open_stores(c["city"], t)[0]
            return self.store_buy(c, t, st)
        for _ in range(3):
            src = pick(["app_push", "direct", "baidu_search", "douyin_ad", "xiaohongshu"], [0.35, 0.35, 0.12, 0.1, 0.08])
            res = self.visit(c, t, src)
            if res:
                return res
            t += D(days=float(rng.exponential(4) + 0.3))
            if t > END:
                return None
        return None

    def repeat(self, c, t):
        k = TASTES[c["taste"]]
        while True:
            p_ret = k[3] * (0.8 if c["bad"] else 1.0)
            if c["club_since"] is not None:
                p_ret = max(p_ret, 0.9)
            if rng.random() > p_ret:
                break
            g = float(rng.exponential(k[4]) + 1.0)
            g /= season(t + D(days=g))
            t = t + D(days=g)
            t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(9, 23)))
            if t > END:
                break
            self.intent(c, t)

    def run(self):
        self.customers()
        for c in self.cust:
            t = c["first"]
            if c["old"]:                                    # a customer from before the extract
                if c["club_since"]:
                    self.schedule_activity(c, START, c["club_until"])
                t0 = START + D(days=float(rng.exponential(TASTES[c["taste"]][4])))
                t0 = datetime(t0.year, t0.month, t0.day) + D(hours=float(rng.uniform(9, 23)))
                if rng.random() < 0.8 or c["club_since"]:
                    self.intent(c, t0)
                self.repeat(c, t0)
                self.renewals(c)
                continue
            online = c["acq"] != "walk_in" and not (c["acq"] == "friend" and rng.random() < 0.4 and
                                                    open_stores(c["city"], t))
            if not online:
                store = STORE[c["home"]]
                res = self.store_buy(c, t, store) if rng.random() < 0.75 else None
                if res is None and rng.random() < 0.3:
                    self.tasting(c, t)
            else:
                src = c["acq"] if c["acq"] != "friend" else "direct"
                for _ in range(int(rng.integers(1, 4))):
                    if self.visit(c, t, src):
                        break
                    t += D(days=float(rng.exponential(8) + 0.5))
                    src = pick(["app_push", "direct", c["acq"] if c["acq"] != "friend" else "direct"], [0.3, 0.3, 0.4])
                    if t > END:
                        break
            if c["first_pay"] is None:
                continue
            # join the club after the first purchase
            p_join = {"collector": 0.34, "red_lover": 0.15, "white_sparkling": 0.11, "spirits": 0.1}[c["taste"]]
            if rng.random() < p_join:
                self.club(c, c["first_pay"] + D(days=float(rng.exponential(20) + 0.5)))
            elif c["home"] and rng.random() < 0.12:
                self.tasting(c, c["first_pay"] + D(days=float(rng.exponential(30) + 2)))
                if c["tastings"] and rng.random() < 0.3:
                    self.club(c, c["tastings"][-1] + D(days=float(rng.uniform(0.02, 5))))
            if c["club_since"]:
                self.schedule_activity(c, c["club_since"], c["club_since"] + D(days=365))
            self.repeat(c, c["last"])
            self.renewals(c)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            s = c["spend"]
            tier = "platinum" if s >= 20000 else "gold" if s >= 6000 else "silver" if s >= 2000 else "classic"
            if c["first_pay"] is None:
                seg = "prospect"
            elif c["first_pay"] >= datetime(2026, 5, 1):
                seg = "new"
            elif c["last"] is None or c["last"] < datetime(2026, 2, 1):
                seg = "at_risk"
            elif c["n_orders"] >= 5:
                seg = "loyal"
            elif c["n_orders"] >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            club = "never" if not c["club_ever"] else ("active" if c["club_until"] is not None else "lapsed")
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["first"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["acq"], 获客渠道=ACQ[c["acq"]][0],
                             tier=tier, 会员等级=TIERS[tier], club_status=club, 橡木会状态=CLUB[club],
                             taste_profile=c["taste"], 饮酒偏好=TASTES[c["taste"]][0], age_band=c["age"],
                             gender=c["gender"], device=c["device"], home_store_id=c["home"],
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "source",
           "来源", "sku_id", "product", "product_en", "category", "品类", "wine_region", "产区", "grape", "葡萄品种",
           "price_band", "价格带", "somm_pick", "侍酒师推荐", "bottles", "amount", "payment_method", "member_price",
           "is_gift", "礼品单", "courier", "快递", "ship_from", "发货仓", "ship_city", "收货城市", "age_check_result",
           "验龄结果", "fail_reason", "验龄失败原因", "失败原因", "delivery_hours", "cancel_reason", "return_reason",
           "退货原因", "return_outcome", "审核结果", "refund_amount", "stars", "store_id", "store", "store_en",
           "store_city", "门店城市", "from_tasting", "theme", "主题", "ticket", "门票", "event_date", "fee", "due_date"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "sku_id", "product", "product_en", "category", "品类", "wine_region", "产区", "grape", "葡萄品种",
            "price_band", "价格带", "somm_pick", "侍酒师推荐", "bottles", "member_price", "is_gift", "礼品单", "courier",
            "快递", "ship_city", "收货城市", "store_id", "store", "store_en", "store_city", "门店城市", "theme", "主题",
            "club_id", "cancelled_at", "refunded_at", "returned_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "order_id", "product", "product_en", "courier", "快递", "store_id", "store", "store_en", "store_city",
           "门店城市"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "club_status", "橡木会状态", "taste_profile", "饮酒偏好", "age_band", "gender", "device",
             "home_store_id", "preferred_language"]


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
    dup = rng.choice(len(ev), size=24, replace=False)             # the courier API re-sends a few scans
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(zip(g.feedback, g.truth), key=lambda x: (x[0]["_t"], x[0]["feedback_id"]))
    for i, (f, t) in enumerate(fb, 1):                      # ids in the order the comments came in
        f["feedback_id"] = t["feedback_id"] = f"FB{i:05d}"
    write(out / "feedback.csv", [f for f, _ in fb], FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", [t for _, t in fb], ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
