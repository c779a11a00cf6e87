"""焕新电脑 ReBoot: a refurbished-laptop reseller in China, Germany and the US. Synthetic, written blind.

Supply side. Consumers, students and small businesses get an instant trade-in quote (回收估价) on the web, in the app
or in the WeChat mini program. Accepting a quote books a free courier pickup (上门取件; SF / JD in China, DHL / Hermes in
Germany, UPS / FedEx in the US). Pickups can fail, and the seller then rebooks or gives up. The laptop reaches one of
three refurbishment centres (Shenzhen, Leipzig, Columbus OH), where it is inspected and graded (质检定级). A grade
below the seller's declared condition gives a revised offer (复检改价), which the seller accepts or rejects (then we
send the laptop back). After that come the payout (回收打款) and the data wipe. Businesses, and consumers who ask for
one, get a data-wipe certificate (数据擦除证书). Companies sell whole fleets through corporate buy-backs (企业批量回收):
enquiry, bulk quote, contract, freight collection, wipe certificate, invoice payout.

Demand side. The refurbished laptops (grades A / B / C) are listed on marketplaces: 天猫 Tmall, 京东 JD, 拼多多,
闲鱼 Xianyu and our own mini-program shop in China; Amazon, Back Market, eBay and our own web shop in Germany and the
US. A buyer views listings, adds to cart, checks out; we ship and the parcel is delivered. Then come returns
(7 / 14 / 30-day windows), warranty claims and repairs. ReBoot+ members get 24 months' warranty instead of 12. Sellers
who were paid out get a trade-up coupon for a refurbished laptop. From 2026-02-01 to 2026-04-30 our own shop ran an
A/B test that showed a battery-health badge on the listing page.

Data 2024-07-01 .. 2026-06-30 (an extract taken in July 2026, five months before "today" 2026-12-01). Naive local
times. Money: orders.amount in CNY, the group reporting currency (EUR at a fixed 7.80, USD at 7.20). amount_local and
currency are kept. Trade-in payouts are event columns (payout_local, payout_cny) and not orders.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table). Deterministic
(seed 20261209), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261209
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 6, 30, 23, 59, 59)
HERMES_BAD = (datetime(2025, 10, 1), datetime(2026, 1, 31, 23, 59))   # Hermes pickup no-shows in Germany
CERT_BACKLOG = (datetime(2026, 3, 2), datetime(2026, 5, 10, 23, 59))  # Columbus wipe-tool switch
SPRING = (datetime(2026, 1, 26), datetime(2026, 2, 28, 23, 59))        # 春节 2026 logistics slowdown (CN)
EXP = (datetime(2026, 2, 1), datetime(2026, 4, 30, 23, 59))           # listing_badge_2026 on reboot_shop
BAD_LOT_SALE = (datetime(2025, 11, 1), datetime(2026, 2, 28, 23, 59))  # T480s from the bank lot on sale
LE04_FROM = datetime(2025, 9, 1)                                       # new grader at Leipzig
FX = {"CNY": 1.0, "EUR": 7.80, "USD": 7.20}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad_click", "回收广告点击", "Trade-in ad click", "awareness", "ads", "digital", "growth",
     "ads|search ad|sell your laptop ad|广告|回收广告|百度推广"),
    ("tp_quote_page", "回收估价页", "Trade-in quote page", "consideration", "web", "digital", "tradein_product",
     "instant quote|price check|sell my laptop page|估价|在线估价|查回收价"),
    ("tp_quote_accepted", "确认回收并预约取件", "Quote accepted, pickup booked", "purchase", "web", "digital",
     "tradein_product", "accepted quote|booked the pickup|sell order|下单回收|提交回收|预约取件"),
    ("tp_pickup_failed", "取件失败", "Failed pickup", "service", "other", "physical", "logistics",
     "missed pickup|courier no-show|pickup failed|快递没来|取件失败|放鸽子"),
    ("tp_pickup_collected", "快递上门取件", "Courier pickup", "service", "other", "physical", "logistics",
     "collected|courier collection|pickup|上门取件|快递取件|揽收"),
    ("tp_device_received", "翻新中心签收", "Received at refurb centre", "service", "other", "physical",
     "refurb_ops", "warehouse check-in|arrived at warehouse|device received|仓库签收|到仓|入库"),
    ("tp_grading", "质检定级", "Inspection & grading", "service", "other", "physical", "refurb_ops",
     "grading|inspection|quality check|QC|质检|检测|定级|验机"),
    ("tp_revised_offer", "复检改价", "Revised offer", "service", "email", "digital", "refurb_ops",
     "re-quote|price revision|downgraded offer|改价|重新报价|压价通知"),
    ("tp_device_returned", "退回设备", "Laptop sent back to seller", "service", "other", "physical", "logistics",
     "return to seller|sent back|declined offer return|退机|寄回|退回"),
    ("tp_payout", "回收打款", "Trade-in payout", "service", "other", "digital", "finance",
     "payment to seller|payout|got paid|打款|回收款到账|结算"),
    ("tp_wipe_cert", "数据擦除证书", "Data-wipe certificate", "service", "email", "digital", "refurb_ops",
     "wipe certificate|data erasure certificate|erasure report|NIST report|擦除证明|数据销毁证书"),
    ("tp_bulk_enquiry", "企业批量回收咨询", "Corporate buy-back enquiry", "awareness", "web", "digital", "b2b_sales",
     "corporate enquiry|bulk enquiry|fleet buy-back request|ITAD enquiry|企业回收|批量回收咨询"),
    ("tp_bulk_quote", "批量回收报价", "Bulk buy-back quote", "consideration", "email", "digital", "b2b_sales",
     "bulk quote|fleet offer|企业报价|批量报价"),
    ("tp_bulk_contract", "批量回收签约", "Buy-back contract signed", "purchase", "email", "digital", "b2b_sales",
     "contract|signed deal|PO|企业签约|回收合同"),
    ("tp_bulk_collection", "企业批量收货", "Bulk collection", "service", "other", "physical", "logistics",
     "freight collection|pallet pickup|on-site collection|批量提货|上门收货"),
    ("tp_listing_view", "商品详情页", "Listing page", "consideration", "web", "digital", "marketplace_team",
     "product page|listing|PDP|商品页|详情页|宝贝页"),
    ("tp_add_to_cart", "加入购物车", "Add to cart", "consideration", "web", "digital", "marketplace_team",
     "cart|basket|加购|购物车"),
    ("tp_checkout", "下单付款", "Checkout", "purchase", "web", "digital", "marketplace_team",
     "order placed|purchase|bought|下单|付款|成交"),
    ("tp_shipped", "发货", "Shipped", "service", "other", "physical", "logistics",
     "dispatch|dispatched|发出|出库"),
    ("tp_delivered", "签收", "Delivered", "service", "other", "physical", "logistics",
     "delivery|parcel arrived|收到货|妥投|到货"),
    ("tp_support_chat", "在线客服", "Support chat", "service", "web", "digital", "customer_service",
     "live chat|customer service|helpdesk|客服|咨询客服|售后咨询"),
    ("tp_return_request", "退货申请", "Return request", "service", "web", "digital", "customer_service",
     "return|send it back|RMA|退货|七天无理由|申请退货"),
    ("tp_refund", "退款完成", "Refund issued", "service", "other", "digital", "finance",
     "refund|money back|退款|退款到账"),
    ("tp_warranty_claim", "保修申请", "Warranty claim", "loyalty", "web", "digital", "after_sales",
     "warranty|repair request|fault report|保修|报修|售后维修申请"),
    ("tp_warranty_repair", "保修维修完成", "Warranty repair done", "loyalty", "other", "physical", "after_sales",
     "repair done|fixed|replacement|修好|维修完成|换机"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("tradein", "回收流程", "Trade-in",
     ["tp_quote_page", "tp_quote_accepted", "tp_pickup_collected", "tp_grading", "tp_payout"], 30),
    ("bulk_buyback", "企业批量回收", "Corporate buy-back",
     ["tp_bulk_enquiry", "tp_bulk_quote", "tp_bulk_contract", "tp_bulk_collection", "tp_wipe_cert"], 90),
    ("purchase", "购买转化", "Marketplace purchase",
     ["tp_listing_view", "tp_add_to_cart", "tp_checkout", "tp_delivered"], 14),
    ("returns", "退货退款", "Return to refund", ["tp_return_request", "tp_refund"], 21),
    ("warranty", "保修维修", "Warranty claim to repair", ["tp_warranty_claim", "tp_warranty_repair"], 21),
    ("trade_up", "回收后换购", "Trade-in to trade-up", ["tp_payout", "tp_checkout"], 30),
]

COUNTRY = {
    "CN": dict(cur="CNY", regions={"shanghai": ("上海", .4), "beijing": ("北京", .3), "shenzhen": ("深圳", .3)},
               warehouse="shenzhen", couriers={"sf_express": .65, "jd_logistics": .35},
               platforms={"tmall": .3, "jd": .27, "pinduoduo": .14, "xianyu": .1, "reboot_shop": .19},
               premium=1.0, payout={"alipay": .6, "wechat_pay": .4}, ret_days=7, lang="zh"),
    "DE": dict(cur="EUR", regions={"berlin": ("柏林", .36), "munich": ("慕尼黑", .34), "hamburg": ("汉堡", .3)},
               warehouse="leipzig", couriers={"dhl": .55, "hermes": .45},
               platforms={"amazon": .32, "backmarket": .27, "ebay": .14, "reboot_shop": .27},
               premium=1.18, payout={"sepa": .7, "paypal": .3}, ret_days=14, lang="en"),
    "US": dict(cur="USD", regions={"new_york": ("纽约", .35), "california": ("加州", .4), "texas": ("德州", .25)},
               warehouse="columbus", couriers={"ups": .6, "fedex": .4},
               platforms={"amazon": .37, "backmarket": .18, "ebay": .18, "reboot_shop": .27},
               premium=1.4, payout={"paypal": .5, "ach": .5}, ret_days=30, lang="en"),
}
GRADERS = {"shenzhen": ["SZ-01", "SZ-02", "SZ-03", "SZ-04", "SZ-05"], "leipzig": ["LE-01", "LE-02", "LE-03", "LE-04"],
           "columbus": ["CO-01", "CO-02", "CO-03", "CO-04"]}
PLATFORM_ZH = {"tmall": "天猫", "jd": "京东", "pinduoduo": "拼多多", "xianyu": "闲鱼", "reboot_shop": "官方商城",
               "amazon": "亚马逊", "backmarket": "Back Market", "ebay": "eBay"}
# platform: p(cart | session), p(checkout | cart)
PLAT_CONV = {"tmall": (.30, .55), "jd": (.30, .58), "pinduoduo": (.20, .40), "xianyu": (.26, .45),
             "reboot_shop": (.27, .50), "amazon": (.30, .58), "backmarket": (.40, .70), "ebay": (.20, .44)}
PLAT_RETURN = {"tmall": 1.0, "jd": 0.9, "pinduoduo": 1.2, "xianyu": 0.6, "reboot_shop": 0.8, "amazon": 1.0,
               "backmarket": 0.9, "ebay": 0.8}
MODELS = {  # id: brand, sale price CNY (grade A), popularity CN / DE / US
    "macbook_air_m1": ("apple", 4300, (.2, .13, .2)),
    "macbook_air_m2": ("apple", 5800, (.08, .06, .13)),
    "macbook_pro_13_2019": ("apple", 3400, (.06, .05, .07)),
    "macbook_pro_14_m1pro": ("apple", 8600, (.05, .04, .14)),
    "thinkpad_t480": ("lenovo", 1900, (.05, .11, .06)),
    "thinkpad_x1_carbon_g7": ("lenovo", 3300, (.07, .10, .06)),
    "thinkpad_t14_g2": ("lenovo", 3000, (.06, .10, .06)),
    "legion_5": ("lenovo", 4200, (.08, .04, .05)),
    "latitude_7490": ("dell", 1800, (.03, .10, .09)),
    "xps_13_9310": ("dell", 3900, (.04, .07, .10)),
    "elitebook_840_g6": ("hp", 2300, (.03, .11, .09)),
    "surface_laptop_3": ("microsoft", 2800, (.02, .07, .08)),
    "matebook_14": ("huawei", 2700, (.14, 0, 0)),
    "redmibook_pro_14": ("xiaomi", 2400, (.12, 0, 0)),
}
CIDX = {"CN": 0, "DE": 1, "US": 2}
COND_FACTOR = {"like_new": 1.0, "good": 0.84, "fair": 0.64, "poor": 0.40}
COND_GRADE = {"like_new": "A", "good": "B", "fair": "C", "poor": "D"}
GRADES = ["A", "B", "C", "D", "F"]
GRADE_FACTOR = {"A": 1.0, "B": 0.84, "C": 0.64, "D": 0.40, "F": 0.15}
SALE_GRADE_FACTOR = {"A": 1.0, "B": 0.87, "C": 0.74}
SEG_ZH = {"consumer": "个人", "student": "学生", "smb": "小微企业", "enterprise": "大企业"}
INDUSTRY = {"finance": (.16, .84), "tech": (.2, .5), "healthcare": (.12, .48), "manufacturing": (.16, .46),
            "retail": (.12, .42), "government": (.1, .44), "education": (.14, .18)}  # share, p(contract | quote)
INDUSTRY_ZH = {"finance": "金融", "tech": "科技", "healthcare": "医疗", "manufacturing": "制造", "retail": "零售",
               "government": "政府", "education": "教育"}
RETURN_ZH = {"changed_mind": "不想要了", "cosmetic_not_as_described": "成色与描述不符", "battery": "电池续航差",
             "not_working": "故障", "wrong_item": "发错货"}
ISSUE_ZH = {"battery": "电池", "keyboard": "键盘", "screen": "屏幕", "hinge": "转轴", "ports": "接口",
            "motherboard": "主板"}

events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
customers: list[dict] = []
experiments: list[dict] = []
_n: dict[str, int] = {}


def nid(kind, width):
    _n[kind] = _n.get(kind, 0) + 1
    return f"{kind}{_n[kind]:0{width}d}"


def pick(p: dict):
    keys = list(p)
    w = np.array([p[k] for k in keys], float)
    return keys[rng.choice(len(keys), p=w / w.sum())]


def choice(items):
    return items[rng.integers(len(items))]


def U(a, b):
    return float(rng.uniform(a, b))


def chance(p):
    return rng.random() < p


def day0(t: datetime) -> datetime:
    return datetime(t.year, t.month, t.day)


def at(day: datetime, h0=8.0, h1=20.0) -> datetime:
    return (day0(day) + D(hours=U(h0, h1))).replace(microsecond=0)


def later(t, d0, d1, h0=8.0, h1=20.0):
    return at(t + D(days=U(d0, d1)), h0, h1)


def in_(t, win):
    return win[0] <= t <= win[1]


def fx(cur):
    return FX[cur]


# ---------------------------------------------------------------- feedback text

TEXT = {
    "pickup": {
        "zh": ["约好上午取件，快递员一直没来，电话也打不通。",
               "取件改了两次时间还是没人来，白白在家等了一天。",
               "预约的取件时间过了快递才说今天来不了，一点都不守时。",
               "第三次约取件了，能不能换一家快递？"],
        "en": ["The courier never showed up for the pickup. I waited at home the whole day.",
               "Booked a pickup slot twice and Hermes did not come either time.",
               "Pickup was missed again, no message, no new slot. Very frustrating.",
               "Third attempt at getting my laptop picked up. Please use a different courier."]},
    "lowball": {
        "zh": ["估价说三千二，到了仓库就说有划痕压价到一千八，感觉被套路了。",
               "收到货就压价，线上报价根本不算数。",
               "质检压价太狠了，屏幕一点小划痕扣了好几百。",
               "说续航不达标又压价，早知道不寄了。"],
        "en": ["The online quote was fine, then after inspection they lowballed me by 40 percent.",
               "Classic bait and switch. Quote looked great, then a lowball offer after grading.",
               "Felt lowballed. A couple of tiny scuffs and the offer dropped by 150 euros.",
               "They said the cells were worn out and lowballed the offer. Asked for my laptop back."]},
    "certificate": {
        "zh": ["数据擦除证书等了一个多星期还没发，审计那边一直在催。",
               "我们公司需要擦除证书归档，到现在还没收到。",
               "擦除证书迟迟不出，合规部门不让结项。"],
        "en": ["Still waiting for the data wipe certificate, our auditors need it this week.",
               "Where is the erasure certificate? It has been ten days since you collected the laptops.",
               "We cannot close the asset disposal ticket without the wipe certificate. Please chase.",
               "Certificate for the last batch is two weeks late. Compliance is not happy."]},
    "keyboard": {
        "zh": ["用了一个多月键盘好几个键失灵，送修了。",
               "键盘按键没反应，空格键时好时坏。",
               "刚过退货期键盘就坏了，翻新机的质量堪忧。"],
        "en": ["Several keys on the keyboard stopped working after six weeks.",
               "The keyboard is dying, the E and R keys only work half the time.",
               "Keyboard failed just after the return window closed. Had to file a warranty claim.",
               "Refurbished T480 arrived fine but the keyboard went within two months."]},
    "cosmetic": {
        "zh": ["说是C级但实际成色比描述差很多，外壳有凹痕。",
               "成色跟图片完全不一样，掉漆很严重。",
               "收到的成色太差了，掌托磨得发亮，申请退货。"],
        "en": ["Cosmetic condition was far worse than the listing said, dents on the lid.",
               "The cosmetic wear is way beyond what grade C should be. Returning it.",
               "Not happy with the cosmetic state, deep scratches on the palm rest.",
               "Listing photos did not match the cosmetic condition at all."]},
    "slow_delivery": {
        "zh": ["物流太慢了，下单一周才到。",
               "过年前下的单，物流太慢，等了八天。",
               "物流太慢，发货后好几天都没有更新。"],
        "en": ["Slow delivery, took over a week to arrive.",
               "Really slow delivery compared with what the listing promised."]},
    "battery": {
        "zh": ["电池只能撑两个小时，跟描述的不一样。",
               "电池健康度太低了，买的时候页面上也没写。",
               "电池衰减严重，充满电也用不了多久。"],
        "en": ["The battery only lasts about two hours, nowhere near what I expected.",
               "Battery health was low and the listing did not say so.",
               "Battery drains really fast. Should have been replaced during refurbishment."]},
    "refund": {
        "zh": ["退货寄回去十几天了，退款还没到账。",
               "仓库签收退货一周了还不退款。"],
        "en": ["Sent the laptop back two weeks ago and still no refund.",
               "Return was received but the refund is taking forever."]},
    "value": {
        "zh": ["性价比很高，外观几乎全新，办公完全够用。",
               "翻新机性价比不错，比买新的省了一半。",
               "给孩子上网课买的，性价比高，还送了充电器。",
               "第二次在你们家买了，性价比没得说。"],
        "en": ["Great value, looks almost new and runs perfectly.",
               "Great value for a student budget, arrived well packed.",
               "Second laptop from ReBoot, great value again.",
               "Honestly great value compared with buying new."]},
    "smooth": {
        "zh": ["整个回收流程很顺，打款也快，靠谱。",
               "估价透明，快递准时，钱第二天就到了，靠谱。",
               "以旧换新很方便，服务靠谱。"],
        "en": ["Smooth process from quote to payout, money arrived in two days.",
               "Very smooth trade-in, the quote held and the courier was on time.",
               "Smooth and easy, will sell my old work laptops here again."]},
    "neutral": {
        "zh": ["请问可以开增值税专票吗？", "想问一下有没有16G内存的版本。", "保修是寄修还是可以到店？",
               "能不能帮忙改一下收货地址？", "打款能不能打到对公账户？"],
        "en": ["Can I get an invoice with my company VAT number?", "Do you have this model with 16GB RAM?",
               "Is the charger included?", "Can I change the delivery address?",
               "Do you ship to Austria?"]},
    "other_neg": {
        "zh": ["客服回复很慢，等了半天。", "包装有点简陋。", "发票开错了抬头，又要重新申请。"],
        "en": ["Support chat took ages to answer.", "Packaging was a bit flimsy.",
               "The invoice had the wrong company name on it."]},
}
SENT = {"pickup": "neg", "lowball": "neg", "certificate": "neg", "keyboard": "neg", "cosmetic": "neg",
        "slow_delivery": "neg", "battery": "neg", "refund": "neg", "other_neg": "neg",
        "value": "pos", "smooth": "pos", "neutral": "neu"}
MARKERS = {"pickup": ("取件", "pickup|picked up"), "lowball": ("压价", "lowball"),
           "certificate": ("擦除证书", "certificate"), "keyboard": ("键盘", "keyboard"),
           "cosmetic": ("成色", "cosmetic"), "slow_delivery": ("物流太慢", "slow delivery"),
           "battery": ("电池", "battery"), "refund": ("退款", "refund"), "value": ("性价比", "great value"),
           "smooth": ("靠谱", "smooth")}
PRE = {"zh": ["", "", "", "订单{o}：", "【{m}】", "买的{m}，"], "en": ["", "", "", "Order {o}: ", "Re {m}. ", "{m}: "]}
SUF = {"zh": ["", "", "", "谢谢。", "希望改进。", "！"], "en": ["", "", "", " Thanks.", " Please fix this.", ""]}
RATING = {"pickup": ([1, 2], [.6, .4]), "lowball": ([1, 2, 3], [.55, .35, .1]), "certificate": ([1, 2, 3], [.3, .5, .2]),
          "keyboard": ([1, 2, 3], [.4, .45, .15]), "cosmetic": ([1, 2], [.5, .5]), "slow_delivery": ([2, 3], [.6, .4]),
          "battery": ([2, 3], [.6, .4]), "refund": ([1, 2], [.5, .5]), "other_neg": ([2, 3], [.5, .5]),
          "value": ([4, 5], [.3, .7]), "smooth": ([4, 5], [.25, .75]), "neutral": ([3, 4, 5], [.3, .45, .25])}
NPS = {"neg": ([0, 1, 2, 3, 4, 5, 6], [.05, .05, .1, .15, .2, .25, .2]), "neu": ([6, 7, 8], [.15, .45, .4]),
       "pos": ([8, 9, 10], [.2, .35, .45])}


def check_markers():
    """every template carries its own topic's marker and no other topic's marker."""
    for topic, langs in TEXT.items():
        for lang, temps in langs.items():
            for t in temps:
                for other, mk in MARKERS.items():
                    has = (mk[0] in t) if lang == "zh" else re.search(mk[1], t.lower()) is not None
                    assert has == (other == topic), (topic, other, t)
    for lang in ("zh", "en"):
        for f in PRE[lang] + SUF[lang] + list(MODELS):
            for mk in MARKERS.values():
                assert mk[0] not in f and not re.search(mk[1], f.lower()), f


def fill(topic, lang, model=None, order_id=None):
    t = choice(TEXT[topic][lang])
    if model and chance(0.4):
        pre = choice(PRE[lang])
        if "{o}" in pre and not order_id:
            pre = ""
        t = pre.format(o=order_id or "", m=model) + t + choice(SUF[lang])
    return t


def rating_for(topic):
    vals, p = RATING[topic]
    return int(vals[rng.choice(len(vals), p=p)])


def nps_for(topic):
    vals, p = NPS[SENT[topic]]
    return int(vals[rng.choice(len(vals), p=p)])


def say(c, ts, tp, channel, topic, rating=False, nps=False, platform="", model=None, order_id="", trade_id=""):
    lang = c["preferred_language"]
    fid = nid("F", 5)
    feedback.append(dict(feedback_id=fid, text=fill(topic, lang, model, order_id), ts=ts, customer_id=c["customer_id"],
                         touchpoint_id=tp, channel=channel, rating=rating_for(topic) if rating else None,
                         nps=nps_for(topic) if nps else None, language=lang, country=c["country"],
                         region=c["region"], segment=c["segment"], platform=platform, order_id=order_id,
                         trade_id=trade_id))
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))


# ---------------------------------------------------------------- customers

def season_w(t: datetime, kind: str, country: str) -> float:
    frac = (t - START).days / (END - START).days
    w = 0.75 + 0.5 * frac
    m = t.month
    if kind == "buyer":
        w *= {8: 1.35, 9: 1.35, 11: 1.7, 12: 1.2, 1: 0.9, 6: 1.1}.get(m, 1.0)
        if country == "CN" and m == 2:
            w *= 0.6
    elif kind == "seller":
        w *= {9: 1.25, 10: 1.15, 1: 1.2, 3: 1.1}.get(m, 1.0)
    elif kind == "enterprise":
        w *= {11: 1.5, 12: 1.8}.get(m, 1.0) if country != "CN" else {12: 1.4, 1: 1.4}.get(m, 1.0)
    return w


def draw_time(kind, country, t0=START, t1=END - D(days=10)):
    span = (t1 - t0).days
    while True:
        t = t0 + D(days=U(0, span))
        if rng.random() < season_w(t, kind, country) / 2.6:
            return t


def make_customer(kind: str) -> dict:
    w = {"seller": {"CN": .40, "DE": .28, "US": .32}, "buyer": {"CN": .46, "DE": .18, "US": .36},
         "smb": {"CN": .38, "DE": .24, "US": .38}, "enterprise": {"CN": .34, "DE": .3, "US": .36}}[kind]
    country = pick(w)
    cc = COUNTRY[country]
    region = pick({k: v[1] for k, v in cc["regions"].items()})
    c = dict(customer_id="", country=country, region=region, region_zh=cc["regions"][region][0], _kind=kind,
             preferred_language=cc["lang"])
    if country == "DE":
        c["preferred_language"] = "en"
    first = draw_time("buyer" if kind == "buyer" else ("enterprise" if kind == "enterprise" else "seller"), country)
    legacy = kind in ("buyer", "seller") and chance(0.12)
    c["signup_at"] = at(datetime(2023, 1, 1) + D(days=U(0, 540))) if legacy else at(first, 7, 23)
    c["_first"] = at(first, 7, 23) if legacy else c["signup_at"]
    if kind in ("buyer", "seller"):
        c["segment"] = "student" if chance(0.22 if kind == "buyer" else 0.16) else "consumer"
    else:
        c["segment"] = kind
    c["segment_zh"] = SEG_ZH[c["segment"]]
    if kind == "buyer":
        c["buy_platform"] = pick(cc["platforms"])
        c["acquisition_channel"] = "marketplace" if c["buy_platform"] != "reboot_shop" else pick(
            {"search_ads": .4, "social": .35, "referral": .25})
        c["role"] = "buyer"
    else:
        c["buy_platform"] = ""
        if kind == "enterprise":
            c["acquisition_channel"] = pick({"sales_outbound": .45, "search_ads": .25, "partner_referral": .3})
        else:
            c["acquisition_channel"] = pick({"search_ads": .38, "social": .27, "referral": .15,
                                             "retail_partner": .2} if kind == "seller" else
                                            {"search_ads": .5, "referral": .3, "partner_referral": .2})
        c["role"] = "seller"
    c["tier"] = "standard"
    if kind == "buyer" and chance(0.12):
        c["tier"] = "plus"
    if kind == "enterprise" and chance(0.3):
        c["tier"] = "key_account"
    c["tier_zh"] = {"standard": "普通", "plus": "ReBoot+会员", "key_account": "大客户"}[c["tier"]]
    if kind in ("smb", "enterprise"):
        c["industry"] = pick({k: v[0] for k, v in INDUSTRY.items()}) if kind == "enterprise" else pick(
            {"tech": .3, "retail": .2, "healthcare": .1, "manufacturing": .15, "finance": .1, "education": .15})
        c["industry_zh"] = INDUSTRY_ZH[c["industry"]]
        c["employees"] = int(rng.integers(200, 20000)) if kind == "enterprise" else int(rng.integers(5, 150))
    else:
        c["industry"] = c["industry_zh"] = ""
        c["employees"] = None
    if country == "CN":
        c["device_pref"] = pick({"ios": .4, "android": .35, "pc": .18, "mac": .07})
    else:
        c["device_pref"] = pick({"ios": .35, "android": .25, "pc": .28, "mac": .12})
    c["marketing_opt_in"] = int(chance(0.55))
    return c


def ch_dev(c):
    d = c["device_pref"]
    if c["segment"] in ("smb", "enterprise"):
        return "web", ("pc" if chance(0.8) else "mac")
    if d in ("pc", "mac"):
        return "web", d
    if c["country"] == "CN":
        return ("mini_program" if chance(0.6) else "app"), d
    return ("app" if chance(0.55) else "web"), d


def ev(c, tp, ts, action, **kw):
    e = dict(event_id=nid("E", 7), customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, action=action,
             country=c["country"], region=c["region"], segment=c["segment"])
    e.update(kw)
    events.append(e)
    return e


def local_price(cny, country):
    return round(cny * COUNTRY[country]["premium"] / FX[COUNTRY[country]["cur"]], 0)


# ---------------------------------------------------------------- trade-in (consumers, students, smb)

def pick_model(country, t=None):
    i = CIDX[country]
    w = {m: v[2][i] for m, v in MODELS.items() if v[2][i] > 0}
    if t is not None and country in ("DE", "US") and in_(t, BAD_LOT_SALE):
        w["thinkpad_t480"] *= 7.0
    return pick(w)


def courier_fail_p(courier, t):
    if courier == "hermes" and in_(t, HERMES_BAD):
        return 0.38
    return {"sf_express": .03, "jd_logistics": .05, "dhl": .06, "hermes": .07, "ups": .05, "fedex": .07}[courier]


def wipe_hours(c, t):
    if c["country"] == "US" and in_(t, CERT_BACKLOG):
        return float(rng.gamma(4.0, 40.0))
    base = {"CN": 20.0, "DE": 34.0, "US": 30.0}[c["country"]]
    return float(rng.gamma(3.0, base / 3.0))


def trade_in(c, t):
    """one trade-in attempt starting at t; returns the payout time or None."""
    cc = COUNTRY[c["country"]]
    cur = cc["cur"]
    channel, device = ch_dev(c)
    tid = nid("T", 6)
    if c["segment"] != "smb" and chance(0.42):
        net = pick({"baidu": .5, "douyin": .3, "xiaohongshu": .2} if c["country"] == "CN" else
                   {"google": .65, "facebook": .2, "instagram": .15})
        ev(c, "tp_ad_click", t - D(minutes=U(1, 10)), "click", channel="ads", device=device, ad_network=net,
           campaign=choice(["sell_old_laptop", "back_to_school", "upgrade_bonus", "brand_generic"]))
    model = pick_model(c["country"])
    brand, sale, _ = MODELS[model]
    units = 1 if c["segment"] != "smb" else int(rng.integers(2, 21))
    declared = pick({"like_new": .34, "good": .38, "fair": .2, "poor": .08})
    quote_cny = round(sale * 0.52 * COND_FACTOR[declared] * U(0.93, 1.05), 0)
    quote_local = local_price(quote_cny, c["country"])
    quote_cny = round(quote_local * FX[cur], 2)
    sess = nid("S", 7)
    kw = dict(channel=channel, device=device, session_id=sess, trade_id=tid, brand=brand, model=model, units=units,
              declared_condition=declared, currency=cur)
    ev(c, "tp_quote_page", t, "view", quote_local=quote_local * units, quote_cny=quote_cny * units, **kw)
    p_acc = {"consumer": .42, "student": .46, "smb": .55}[c["segment"]]
    if not chance(p_acc):
        if chance(0.25):  # comes back to check again
            t2 = later(t, 1, 20, 7, 23)
            ev(c, "tp_quote_page", t2, "view", quote_local=quote_local * units, quote_cny=quote_cny * units,
               **dict(kw, session_id=nid("S", 7)))
            if not chance(0.33):
                return None
            t = t2
        else:
            return None
    courier = pick(cc["couriers"])
    ta = t + D(minutes=U(2, 25))
    slot = later(ta, 1, 3.5, 9, 17)
    ev(c, "tp_quote_accepted", ta, "submit", courier=courier, pickup_slot=slot, quote_local=quote_local * units,
       quote_cny=quote_cny * units, **kw)
    attempt = 1
    while True:
        if chance(courier_fail_p(courier, slot)):
            reason = "courier_no_show" if (courier == "hermes" and in_(slot, HERMES_BAD) and chance(0.85)) \
                else pick({"courier_no_show": .45, "customer_not_home": .4, "wrong_address": .15})
            ev(c, "tp_pickup_failed", slot + D(hours=U(0, 4)), "failed", courier=courier, attempt_no=attempt,
               fail_reason=reason, trade_id=tid, channel="other")
            p_say = 0.9 if courier == "hermes" and in_(slot, HERMES_BAD) else (0.2 if reason == "courier_no_show"
                                                                                 else 0.1)
            if chance(p_say):
                say(c, slot + D(hours=U(4, 30)), "tp_pickup_failed", pick({"ticket": .5, "call_note": .3, "email": .2}),
                    "pickup")
            keep = (0.62 if attempt == 1 else 0.45) * (0.7 if courier == "hermes" and in_(slot, HERMES_BAD) else 1.0)
            if attempt >= 3 or not chance(keep):
                return None
            attempt += 1
            slot = later(slot, 1, 4, 9, 17)
            continue
        break
    tc = slot + D(minutes=U(0, 200))
    ev(c, "tp_pickup_collected", tc, "collected", courier=courier, attempt_no=attempt, trade_id=tid,
       tracking_no=f"{courier[:2].upper()}{rng.integers(10**9, 10**10)}", units=units, channel="other")
    wh = cc["warehouse"]
    tr = later(tc, {"CN": 1, "DE": 1, "US": 2}[c["country"]], {"CN": 3, "DE": 3.5, "US": 5.5}[c["country"]], 8, 18)
    ev(c, "tp_device_received", tr, "received", warehouse=wh, trade_id=tid, units=units,
       transit_days=round((tr - tc).total_seconds() / 86400, 1), channel="other")
    tg = later(tr, 0.5, 3, 9, 18)
    graders = [g for g in GRADERS[wh] if g != "LE-04" or tg >= LE04_FROM]
    grader = choice(graders)
    p_down = {"like_new": .42, "good": .14, "fair": .08, "poor": .03}[declared]
    if grader == "LE-04":
        p_down = min(0.9, p_down + 0.3)
    base = COND_GRADE[declared]
    if chance(0.025):
        grade = "F"
    elif chance(p_down):
        grade = GRADES[min(4, GRADES.index(base) + (1 if chance(0.75) else 2))]
    else:
        grade = base
    revised = GRADES.index(grade) > GRADES.index(base)
    final_cny = quote_cny if not revised else round(quote_cny * GRADE_FACTOR[grade] / GRADE_FACTOR[base] *
                                                    U(0.95, 1.03), 2)
    final_local = round(final_cny / FX[cur], 0)
    batt = int(np.clip(rng.normal(86 if grade in ("A", "B") else 78, 7), 55, 100))
    ev(c, "tp_grading", tg, "graded", warehouse=wh, grader_id=grader, trade_id=tid, model=model, brand=brand,
       declared_condition=declared, grade=grade, battery_health=batt, units=units, offer_revised=int(revised),
       quote_local=quote_local * units, final_offer_local=final_local * units,
       offer_change_pct=round(100 * (final_local - quote_local) / quote_local, 1), currency=cur, channel="other")
    tpay_from = tg
    if revised:
        to = tg + D(hours=U(2, 20))
        p_acc2 = 0.62
        accepted = chance(p_acc2)
        ev(c, "tp_revised_offer", to, "accepted" if accepted else "rejected", trade_id=tid, grade=grade,
           quote_local=quote_local * units, final_offer_local=final_local * units, currency=cur, channel="email")
        if chance(0.5):
            say(c, to + D(hours=U(1, 40)), "tp_grading", pick({"survey": .4, "ticket": .35, "email": .25}), "lowball",
                rating=True, trade_id=tid, model=model)
        if not accepted:
            ev(c, "tp_device_returned", later(to, 1, 4, 9, 18), "shipped_back", trade_id=tid, courier=courier,
               channel="other")
            return None
        tpay_from = to
    tp = tpay_from + D(hours=U(3, 40))
    method = pick(cc["payout"])
    coupon = int(c["segment"] in ("consumer", "student"))
    ev(c, "tp_payout", tp, "paid", trade_id=tid, payout_method=method, payout_local=final_local * units,
       payout_cny=round(final_local * units * FX[cur], 2), currency=cur, trade_up_coupon=coupon, units=units,
       channel="other")
    want_cert = c["segment"] == "smb" or chance(0.18)
    if want_cert:
        h = wipe_hours(c, tr)
        ev(c, "tp_wipe_cert", tr + D(hours=h), "issued", trade_id=tid, warehouse=wh, cert_hours=round(h, 1),
           wipe_standard="NIST 800-88" if c["country"] != "DE" else pick({"NIST 800-88": .5, "BSI VSITR": .5}),
           units=units, channel="email")
        if c["country"] == "US" and h > 96 and chance(0.7):
            say(c, tr + D(hours=min(h, U(80, h))), "tp_wipe_cert", pick({"email": .6, "ticket": .4}), "certificate",
                trade_id=tid)
    # seller survey
    if chance(0.42):
        if revised:
            topic = pick({"other_neg": .5, "neutral": .5})
        elif attempt > 1:
            topic = pick({"pickup": .35, "neutral": .35, "smooth": .3}) if c["country"] == "DE" else \
                pick({"neutral": .6, "smooth": .4})
        else:
            topic = pick({"smooth": .6, "neutral": .3, "other_neg": .1})
        say(c, tp + D(hours=U(2, 72)), "tp_payout", "survey", topic, rating=True, nps=chance(0.6), trade_id=tid)
    return tp


def simulate_seller(c):
    t = c["_first"]
    paid = trade_in(c, t)
    if paid and c["segment"] in ("consumer", "student"):
        p_up = {"student": .24, "consumer": .085}[c["segment"]]
        if chance(p_up):
            c["role"] = "both"
            plat = "reboot_shop" if chance(0.55) else pick(COUNTRY[c["country"]]["platforms"])
            c["buy_platform"] = plat
            buyer_session(c, later(paid, 0.5, 26, 7, 23), plat, trade_up=True)
        elif chance(0.04):
            c["role"] = "both"
            plat = pick(COUNTRY[c["country"]]["platforms"])
            c["buy_platform"] = plat
            buyer_session(c, later(paid, 40, 200, 7, 23), plat)
    n_more = 1 if chance(0.09 if c["segment"] != "smb" else 0.35) else 0
    if n_more:
        t2 = later(t, 60, 400, 7, 23)
        if t2 < END:
            trade_in(c, t2)


# ---------------------------------------------------------------- buyers

def assign_exp(c, t):
    if c.get("_variant") is None:
        c["_variant"] = "battery_badge" if chance(0.5) else "control"
        experiments.append(dict(experiment_id="listing_badge_2026", variant=c["_variant"], customer_id=c["customer_id"],
                                assigned_at=t, experiment_name="Battery-health badge on listing page"))
    return c["_variant"]


def buyer_session(c, t, plat, trade_up=False):
    """one shopping session; returns the order dict or None."""
    if t > END:
        return None
    country = c["country"]
    channel, device = ch_dev(c)
    if plat in ("tmall", "jd", "pinduoduo", "xianyu"):
        channel = "app" if device in ("ios", "android") else "web"
    if plat == "reboot_shop" and country == "CN":
        channel = "mini_program" if device in ("ios", "android") else "web"
    sess = nid("S", 7)
    model = pick_model(country, t)
    p_cart, p_co = PLAT_CONV[plat]
    variant = None
    if plat == "reboot_shop" and in_(t, EXP):
        variant = assign_exp(c, t)
        if variant == "battery_badge":
            p_cart, p_co = p_cart * 1.3, min(0.95, p_co * 1.25)
    if trade_up:
        p_cart, p_co = 0.9, 0.85
    grade = pick({"A": .35, "B": .45, "C": .2})
    base_cny = MODELS[model][1] * SALE_GRADE_FACTOR[grade]
    price_local = local_price(base_cny * U(0.95, 1.06), country)
    n_views = 1 + int(rng.poisson(0.6))
    tv = t
    for k in range(n_views):
        m = model if k == n_views - 1 else pick_model(country, t)
        ev(c, "tp_listing_view", tv, "view", channel=channel, device=device, session_id=sess, platform=plat,
           model=m, brand=MODELS[m][0], listing_grade=grade if m == model else pick({"A": .35, "B": .45, "C": .2}),
           listed_price_local=price_local if m == model else None, currency=COUNTRY[country]["cur"],
           page_variant=variant)
        tv = tv + D(minutes=U(0.5, 6))
    if chance(0.07):
        ev(c, "tp_support_chat", tv + D(minutes=U(1, 5)), "chat", channel=channel, device=device, session_id=sess,
           chat_topic="pre_sales", platform=plat)
        if chance(0.3):
            say(c, tv + D(minutes=U(10, 60)), "tp_support_chat", "chat", pick({"neutral": .6, "other_neg": .4}),
                rating=True, platform=plat)
    if not chance(p_cart):
        return None
    tc = tv + D(minutes=U(0.5, 8))
    ev(c, "tp_add_to_cart", tc, "click", channel=channel, device=device, session_id=sess, platform=plat, model=model,
       page_variant=variant)
    if not chance(p_co):
        return None
    to = tc + D(minutes=U(1, 15))
    return place_order(c, to, plat, channel, device, sess, model, grade, price_local, variant, trade_up)


def place_order(c, to, plat, channel, device, sess, model, grade, price_local, variant, trade_up):
    country = c["country"]
    cur = COUNTRY[country]["cur"]
    oid = nid("O", 6)
    if trade_up:
        price_local = round(price_local * 0.95, 0)
    batt = int(np.clip(rng.normal({"A": 92, "B": 87, "C": 83}[grade], 5), 70, 100))
    if chance(0.3):
        batt = 100  # new battery fitted
    lot = ""
    source = "consumer_tradein" if chance(0.7) else "corporate_lot"
    if model == "thinkpad_t480" and country in ("DE", "US") and in_(to, BAD_LOT_SALE) and chance(0.75):
        source, lot = "corporate_lot", "LOT-2510-DE-07"
    elif source == "corporate_lot":
        lot = f"LOT-{to.strftime('%y%m')}-{country}-{int(rng.integers(1, 12)):02d}"
    warranty = 24 if c["tier"] == "plus" else 12
    ev(c, "tp_checkout", to, "success", channel=channel, device=device, session_id=sess, platform=plat, model=model,
       order_id=oid, page_variant=variant)
    o = dict(order_id=oid, customer_id=c["customer_id"], ts=to, amount=round(price_local * FX[cur], 2), status="paid",
             channel=plat, device=device, order_type="laptop", order_type_zh="笔记本", currency=cur,
             amount_local=price_local, country=country, region=c["region"], platform=plat,
             platform_zh=PLATFORM_ZH[plat], brand=MODELS[model][0], model=model, grade=grade, battery_health=batt,
             warranty_months=warranty, source=source, lot_id=lot,
             refurb_days=round(float(rng.gamma(3, {"CN": 1.8, "DE": 3.0, "US": 2.3}[country])), 1),
             days_listed=int(rng.gamma(2, {"A": 5, "B": 7, "C": 13}[grade])), coupon="trade_up" if trade_up else "",
             return_reason="")
    orders.append(o)
    if chance(0.22):
        acc = choice([("charger", 180), ("sleeve", 90), ("mouse", 70), ("docking_station", 420)])
        al = round(acc[1] * COUNTRY[country]["premium"] / FX[cur] * U(0.9, 1.1), 0)
        orders.append(dict(order_id=nid("O", 6), customer_id=c["customer_id"], ts=to + D(seconds=30),
                           amount=round(al * FX[cur], 2), status="paid", channel=plat, device=device,
                           order_type="accessory", order_type_zh="配件", currency=cur, amount_local=al,
                           country=country, region=c["region"], platform=plat, platform_zh=PLATFORM_ZH[plat],
                           model=acc[0]))
    if c["tier"] != "plus" and chance(0.08):
        wl = round(260 * COUNTRY[country]["premium"] / FX[cur], 0)
        orders.append(dict(order_id=nid("O", 6), customer_id=c["customer_id"], ts=to + D(seconds=45),
                           amount=round(wl * FX[cur], 2), status="paid", channel=plat, device=device,
                           order_type="extended_warranty", order_type_zh="延保", currency=cur, amount_local=wl,
                           country=country, region=c["region"], platform=plat, platform_zh=PLATFORM_ZH[plat],
                           model=model))
        o["warranty_months"] = warranty + 12
    if chance(0.02):
        o["status"] = "cancelled"
        return o
    fulfil(c, o, batt)
    return o


def fulfil(c, o, batt):
    country, to = c["country"], o["ts"]
    ts = later(to, 0, 1.2, 9, 21) if country == "CN" else later(to, 0.3, 2, 9, 19)
    carrier = pick({"CN": {"sf_express": .6, "jd_logistics": .4}, "DE": {"dhl": .8, "dpd": .2},
                    "US": {"ups": .55, "fedex": .3, "usps": .15}}[country])
    ev(c, "tp_shipped", ts, "shipped", order_id=o["order_id"], carrier=carrier, warehouse=COUNTRY[country]["warehouse"],
       platform=o["platform"], channel="other")
    dd = {"CN": U(1, 3.2), "DE": U(1, 4), "US": U(2, 6)}[country]
    if country == "CN" and in_(ts, SPRING):
        dd += U(3, 7)
    td = (ts + D(days=dd)).replace(microsecond=0)
    if td.hour < 8 or td.hour > 21:
        td = at(td, 9, 20)
    ev(c, "tp_delivered", td, "delivered", order_id=o["order_id"], carrier=carrier, platform=o["platform"],
       delivery_days=round((td - ts).total_seconds() / 86400, 1), channel="other")
    o["delivery_days"] = round((td - ts).total_seconds() / 86400, 1)
    plat, model = o["platform"], o["model"]
    # return
    p_ret = {"A": .025, "B": .07, "C": .15}[o["grade"]] * PLAT_RETURN[plat]
    if country == "US" and plat == "amazon":
        p_ret *= 2.0
    if batt < 80:
        p_ret *= 1.4
    returned = False
    if chance(p_ret):
        win = COUNTRY[country]["ret_days"]
        tr = later(td, 0.5, win - 0.5, 8, 22)
        if o["grade"] == "C":
            reason = pick({"cosmetic_not_as_described": .55, "changed_mind": .2, "battery": .1, "not_working": .1,
                           "wrong_item": .05})
        else:
            reason = pick({"changed_mind": .36, "battery": .2 if batt >= 80 else .45, "not_working": .2,
                           "cosmetic_not_as_described": .14, "wrong_item": .1})
        ev(c, "tp_return_request", tr, "submit", order_id=o["order_id"], return_reason=reason,
           return_reason_zh=RETURN_ZH[reason], platform=plat, channel="web")
        o["return_reason"] = reason
        topic = {"cosmetic_not_as_described": "cosmetic", "battery": "battery"}.get(reason, "other_neg")
        if chance(0.55) and topic != "other_neg" or chance(0.15):
            say(c, tr + D(minutes=U(5, 300)), "tp_return_request", pick({"ticket": .5, "marketplace_review": .5}),
                topic, rating=True, platform=plat, model=model, order_id=o["order_id"])
        if chance(0.92):
            lag = {"CN": U(4, 10), "DE": U(6, 16), "US": U(6, 18)}[country]
            trf = later(tr, lag, lag + 0.5, 9, 18)
            ev(c, "tp_refund", trf, "refunded", order_id=o["order_id"], platform=plat,
               refund_local=o["amount_local"], currency=o["currency"], channel="other")
            o["status"] = "returned"
            returned = True
            if lag > 13 and chance(0.4):
                say(c, trf - D(days=U(1, 3)), "tp_refund", "ticket", "refund", platform=plat, order_id=o["order_id"])
    if not returned:
        # post-delivery survey and marketplace review
        if chance(0.3):
            if country == "CN" and o["delivery_days"] > 5.5:
                topic = pick({"slow_delivery": .7, "neutral": .3})
            elif batt < 82:
                topic = pick({"battery": .5, "neutral": .3, "value": .2})
            else:
                topic = pick({"value": .55, "neutral": .35, "other_neg": .1})
            say(c, td + D(hours=U(5, 120)), "tp_delivered", "survey", topic, rating=True, nps=chance(0.6),
                platform=plat, model=model, order_id=o["order_id"])
        elif chance(0.28):
            if country == "CN" and o["delivery_days"] > 5.5 and chance(0.6):
                topic = "slow_delivery"
            else:
                topic = pick({"value": .62, "neutral": .2, "other_neg": .1, "battery": .08 if batt < 85 else 0.0})
            say(c, td + D(hours=U(10, 240)), "tp_delivered", "marketplace_review", topic, rating=True, platform=plat,
                model=model, order_id=o["order_id"])
    # warranty
    bad = o["lot_id"] == "LOT-2510-DE-07"
    p_w = 0.4 if bad else 0.07
    if not returned and chance(p_w):
        tw = later(td, 15, 100, 8, 22) if bad else later(td, 20, 30 * o["warranty_months"] * 0.9, 8, 22)
        if tw <= END:
            issue = "keyboard" if bad and chance(0.9) else pick({"battery": .28, "keyboard": .12, "screen": .17,
                                                                 "hinge": .1, "ports": .12, "motherboard": .16})
            ev(c, "tp_warranty_claim", tw, "submit", order_id=o["order_id"], issue=issue, issue_zh=ISSUE_ZH[issue],
               model=model, platform=plat, channel="web")
            if issue == "keyboard" and chance(0.5):
                say(c, tw + D(minutes=U(5, 600)), "tp_warranty_claim", pick({"ticket": .6, "marketplace_review": .4}),
                    "keyboard", rating=True, platform=plat, model=model, order_id=o["order_id"])
            elif issue == "battery" and chance(0.3):
                say(c, tw + D(minutes=U(5, 600)), "tp_warranty_claim", "ticket", "battery", platform=plat,
                    model=model, order_id=o["order_id"])
            days = {"CN": U(3, 12), "DE": U(8, 30), "US": U(5, 18)}[country]
            outcome = pick({"repaired": .82, "replaced": .12, "refunded": .06})
            if chance(0.95):
                ev(c, "tp_warranty_repair", later(tw, days, days + 0.3, 9, 18), outcome, order_id=o["order_id"],
                   issue=issue, repair_days=round(days, 1), model=model, platform=plat, channel="other")
                if outcome == "refunded":
                    o["status"] = "refunded"
    # after-sales chat
    if chance(0.08):
        tch = later(td, 1, 60, 8, 23)
        ev(c, "tp_support_chat", tch, "chat", chat_topic=pick({"setup": .4, "warranty": .3, "invoice": .3}),
           platform=plat, channel="web", order_id=o["order_id"])
        if chance(0.3):
            say(c, tch + D(minutes=U(5, 60)), "tp_support_chat", "chat", pick({"neutral": .6, "other_neg": .4}),
                rating=True, platform=plat)


def simulate_buyer(c):
    plat = c["buy_platform"]
    t = c["_first"]
    bought = 0
    for k in range(6):
        o = buyer_session(c, t, plat)
        if o:
            bought += 1
        cont = 0.12 if o else 0.42
        if not chance(cont):
            break
        t = later(t, 1, 60 if not o else 200, 7, 23)
        if t > END:
            break


# ---------------------------------------------------------------- corporate buy-backs

LOTS: list[dict] = []


def bulk_deal(c, t, forced=None):
    country = c["country"]
    cur = COUNTRY[country]["cur"]
    tid = nid("B", 5)
    ev(c, "tp_bulk_enquiry", t, "submit", channel=pick({"web": .55, "email": .3, "phone": .15}), deal_id=tid,
       units_estimate=forced["units"] if forced else int(rng.integers(30, 500)), industry=c["industry"])
    if not forced and not chance(0.88):
        return
    tq = later(t, 2, 12, 9, 18)
    units = forced["units"] if forced else int(rng.integers(20, 400))
    model_mix = forced["model"] if forced else pick_model(country)
    unit_cny = round(MODELS[model_mix][1] * 0.42 * U(0.8, 1.1), 0)
    unit_local = round(unit_cny / FX[cur], 0)
    ev(c, "tp_bulk_quote", tq, "sent", channel="email", deal_id=tid, units=units, main_model=model_mix,
       unit_price_local=unit_local, quote_total_local=unit_local * units,
       quote_total_cny=round(unit_local * units * FX[cur], 2), currency=cur, sales_rep=choice(
           {"CN": ["R-CN-1", "R-CN-2", "R-CN-3"], "DE": ["R-DE-1", "R-DE-2"], "US": ["R-US-1", "R-US-2", "R-US-3"]}[
               country]))
    p = INDUSTRY[c["industry"]][1]
    if c["tier"] == "key_account":
        p = min(0.95, p + 0.1)
    if not forced and not chance(p):
        if chance(0.3):
            say(c, tq + D(days=U(3, 20)), "tp_bulk_quote", "email", pick({"neutral": .6, "other_neg": .4}))
        return
    tk = forced["contract"] if forced else later(tq, 4, 35, 9, 18)
    lot = f"LOT-{tk.strftime('%y%m')}-{country}-{nid('lot' + country + tk.strftime('%y%m'), 2)[-2:]}" \
        if not forced else "LOT-2510-DE-07"
    ev(c, "tp_bulk_contract", tk, "signed", channel="email", deal_id=tid, units=units, lot_id=lot,
       contract_value_local=unit_local * units, contract_value_cny=round(unit_local * units * FX[cur], 2),
       currency=cur, main_model=model_mix)
    tcol = later(tk, 4, 20, 8, 17)
    ev(c, "tp_bulk_collection", tcol, "collected", channel="other", deal_id=tid, units=units, lot_id=lot,
       carrier="freight_partner", pallets=max(1, units // 60), main_model=model_mix)
    LOTS.append(dict(lot=lot, t=tcol, country=country))
    h = wipe_hours(c, tcol) * 1.5 + U(6, 24)
    ev(c, "tp_wipe_cert", tcol + D(hours=h), "issued", channel="email", deal_id=tid, lot_id=lot,
       cert_hours=round(h, 1), units=units, warehouse=COUNTRY[country]["warehouse"],
       wipe_standard="NIST 800-88" if country != "DE" else "BSI VSITR")
    if country == "US" and in_(tcol, CERT_BACKLOG) and chance(0.8):
        say(c, tcol + D(hours=min(h, U(100, max(101, h)))), "tp_wipe_cert", pick({"email": .6, "call_note": .4}),
            "certificate")
    tp = later(tcol, 10, 30, 9, 17)
    ev(c, "tp_payout", tp, "paid", channel="other", deal_id=tid, payout_method="bank_transfer",
       payout_local=round(unit_local * units * U(0.9, 1.0), 0), currency=cur, units=units, trade_up_coupon=0,
       payout_cny=None)
    events[-1]["payout_cny"] = round(events[-1]["payout_local"] * FX[cur], 2)
    if chance(0.35):
        say(c, tp + D(days=U(1, 10)), "tp_payout", "survey", pick({"smooth": .6, "neutral": .3, "other_neg": .1}),
            rating=True, nps=True)


def simulate_enterprise(c, forced=None):
    if forced:
        bulk_deal(c, forced["enquiry"], forced)
        return
    t = c["_first"]
    bulk_deal(c, t)
    while chance(0.35):
        t = later(t, 90, 360, 9, 18)
        if t > END - D(days=5):
            break
        bulk_deal(c, t)


# ---------------------------------------------------------------- social posts

def social_posts():
    for _ in range(210):
        zh = chance(0.45)
        lang = "zh" if zh else "en"
        topic = pick({"value": .25, "smooth": .12, "lowball": .15, "pickup": .08, "neutral": .15, "battery": .08,
                      "keyboard": .05, "slow_delivery": .04, "other_neg": .08})
        if topic == "slow_delivery" and not zh:
            topic = "neutral"
        fid = nid("F", 5)
        ts = None if chance(0.45) else at(START + D(days=U(0, (END - START).days)), 7, 23)
        feedback.append(dict(feedback_id=fid, text=fill(topic, lang), ts=ts, customer_id="", touchpoint_id="",
                             channel="social", rating=None, nps=None, language=lang,
                             country="CN" if zh else "", region="", segment="",
                             platform=choice(["xiaohongshu", "weibo", "douyin"]) if zh else
                             choice(["reddit", "x", "youtube", "trustpilot"]), order_id="", trade_id=""))
        truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))


# ---------------------------------------------------------------- output

EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "session_id", "country",
           "region", "segment", "platform", "page_variant", "ad_network", "campaign", "trade_id", "deal_id", "order_id",
           "brand", "model", "main_model", "units", "units_estimate", "declared_condition", "currency", "quote_local",
           "quote_cny", "courier", "pickup_slot", "attempt_no", "fail_reason", "tracking_no", "warehouse",
           "transit_days", "grader_id", "grade", "battery_health", "offer_revised", "final_offer_local",
           "offer_change_pct", "payout_method", "payout_local", "payout_cny", "trade_up_coupon", "cert_hours",
           "wipe_standard", "industry", "unit_price_local", "quote_total_local", "quote_total_cny", "sales_rep",
           "contract_value_local", "contract_value_cny", "lot_id", "carrier", "pallets", "listing_grade",
           "listed_price_local", "chat_topic", "delivery_days", "return_reason", "return_reason_zh", "refund_local",
           "issue", "issue_zh", "repair_days"]
CU_COLS = ["customer_id", "signup_at", "segment", "segment_zh", "role", "country", "region", "region_zh",
           "acquisition_channel", "buy_platform", "tier", "tier_zh", "industry", "industry_zh", "employees",
           "device_pref", "preferred_language", "marketing_opt_in"]
OR_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "order_type_zh",
           "currency", "amount_local", "country", "region", "platform", "platform_zh", "brand", "model", "grade",
           "battery_health", "warranty_months", "source", "lot_id", "refurb_days", "days_listed", "delivery_days",
           "coupon", "return_reason"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "country", "region", "segment", "platform", "order_id", "trade_id"]


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e12:
        return str(v)
    return v


def write(path: Path, rows, cols):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k, "")) for k in cols])


def main(out: Path):
    check_markers()
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    custs = [make_customer("seller") for _ in range(7000)] + [make_customer("smb") for _ in range(900)] + \
        [make_customer("enterprise") for _ in range(450)] + [make_customer("buyer") for _ in range(16000)]
    # spring campaign on our own shop (social ads, Feb-Apr 2026): extra first-time visitors during the A/B test
    for _ in range(700):
        c = make_customer("buyer")
        c["buy_platform"] = "reboot_shop"
        c["acquisition_channel"] = "social"
        c["signup_at"] = c["_first"] = at(EXP[0] + D(days=U(0, 88)), 7, 23)
        custs.append(c)
    # the bank whose ThinkPad T480 fleet became the bad lot
    bank = make_customer("enterprise")
    bank.update(country="DE", region="hamburg", region_zh="汉堡", industry="finance",
                industry_zh="金融", tier="key_account", tier_zh="大客户", employees=8600,
                signup_at=datetime(2025, 8, 18, 10, 12), _first=datetime(2025, 8, 18, 10, 12),
                acquisition_channel="sales_outbound", preferred_language="en")
    custs.append(bank)
    custs.sort(key=lambda c: c["signup_at"])
    for i, c in enumerate(custs):
        c["customer_id"] = f"C{i + 1:05d}"
    for c in custs:
        k = c["_kind"]
        if c is bank:
            simulate_enterprise(c, dict(enquiry=datetime(2025, 8, 18, 10, 12), units=640, model="thinkpad_t480",
                                        contract=datetime(2025, 9, 22, 15, 40)))
        elif k == "enterprise":
            simulate_enterprise(c)
        elif k == "buyer":
            simulate_buyer(c)
        else:
            simulate_seller(c)
        customers.append(c)
    social_posts()
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    events[:] = [e for e in events if START <= e["ts"] <= END]
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    orders[:] = [o for o in orders if START <= o["ts"] <= END]
    keep = [i for i, f in enumerate(feedback) if f["ts"] is None or START <= f["ts"] <= END]
    feedback[:] = [feedback[i] for i in keep]
    truth[:] = [truth[i] for i in keep]
    # a few support tickets logged without a date (migrated from the old helpdesk)
    for f in feedback:
        if f["channel"] in ("ticket", "email") and f["ts"] is not None and f["ts"] < datetime(2024, 10, 1) and \
                chance(0.5):
            f["ts"] = None
    exps = [x for x in experiments if x["assigned_at"] <= END]
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[2], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[2], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", customers, CU_COLS)
    write(out / "events.csv", events, EV_COLS)
    write(out / "orders.csv", orders, OR_COLS)
    order_fb = sorted(range(len(feedback)), key=lambda i: feedback[i]["feedback_id"])
    write(out / "feedback.csv", [feedback[i] for i in order_fb], FB_COLS)
    write(out / "experiments.csv", exps, ["experiment_id", "variant", "customer_id", "assigned_at",
                                          "experiment_name"])
    write(out / "_truth" / "feedback_truth.csv", [truth[i] for i in order_fb], ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"experiments {len(exps)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
