"""书循环 ReShelf: a second-hand book marketplace (二手书交易平台 / 二手書交易平台) in Beijing and Taipei, with overseas buyers.

People in Beijing and Taipei sell their used books: they scan the ISBN (扫码录入), photograph the book and pick a
condition grade (品相: 九五品 / 九品 / 八品 / 七品), get a suggested price from our pricing engine (智能定价), publish the
listing (上架) and our moderators approve it (上架成功) or reject it (审核驳回). Buyers in Beijing, Taipei and overseas
(Chinese-reading diaspora in the US, Canada, Singapore, Malaysia, Australia, the UK and Japan) search, open a book
page, add to cart, check out (an order is created, with the shipping fee) and pay (an unpaid order is cancelled).
The seller is notified (售出), ships (卖家发货), the courier picks it up (物流揽收), overseas parcels clear customs (清关),
the buyer receives it (签收) and may review it (评价). Within 7 days of delivery the buyer may ask for a return
(申请退货 → 同意退货 → 买家寄回 → 退款). The seller is paid 7 days after delivery (货款结算, minus an 8 % commission)
and withdraws to a bank / Alipay / LINE Pay account (提现). Extract: 2025-01-01 .. 2026-06-30 (naive times are
Beijing / Taipei local time, UTC+8, also for overseas buyers).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments), plus
OUTDIR/_truth/feedback_truth.csv (the topics of every comment: generator truth, not a DATA.md table).
Deterministic (fixed seed), numpy + stdlib, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import bisect
import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 4200
PRICING_V2 = (datetime(2025, 9, 1), datetime(2025, 10, 1))      # pricing engine v2: suggested prices far too low
CLEAROUT = datetime(2025, 7, 1)                                 # 清书换钱 seller-acquisition campaign starts
APP_VERSIONS = [(datetime(2024, 11, 20), "4.0.3"), (datetime(2025, 4, 8), "4.1.0"), (PRICING_V2[0], "4.2.0"),
                (PRICING_V2[1], "4.2.1"), (datetime(2026, 3, 16), "4.3.0")]
USD, TWD = 7.18, 0.226          # CNY per USD, CNY per TWD (fixed booking rates)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_isbn_scan", "扫码录入", "ISBN scan", "consideration", "app", "digital", "seller_growth",
     "扫码|扫ISBN|录入|卖书入口|掃碼|isbn|scan|start selling|add a book"),
    ("tp_photo", "拍照描述品相", "Photos & condition", "consideration", "app", "digital", "seller_growth",
     "拍照|上传照片|品相|描述|拍照片|上傳照片|書況|photos|condition|upload photos"),
    ("tp_price_suggest", "智能定价", "Price suggestion", "consideration", "app", "digital", "pricing",
     "定价|建议价|估价|智能定价|建議價|定價|pricing|suggested price|price suggestion"),
    ("tp_publish", "提交上架", "Listing submitted", "purchase", "app", "digital", "seller_growth",
     "上架|发布|提交上架|挂出来|刊登|publish|list it|submit listing"),
    ("tp_listing_live", "上架成功", "Listing live", "purchase", "app", "digital", "trust_safety",
     "审核通过|上架成功|在售|審核通過|approved|live|listing approved"),
    ("tp_listing_rejected", "审核驳回", "Listing rejected", "purchase", "app", "digital", "trust_safety",
     "驳回|审核不通过|下架|駁回|rejected|listing rejected"),
    ("tp_price_cut", "卖家降价", "Seller price cut", "service", "app", "digital", "pricing",
     "降价|改价|调价|降價|price cut|reduce price|markdown"),
    ("tp_sold", "售出通知", "Sold notice", "purchase", "app", "digital", "marketplace",
     "售出|卖掉了|有人买|賣出|sold|sale"),
    ("tp_seller_ship", "卖家发货", "Seller ships", "service", "other", "physical", "seller_ops",
     "卖家发货|寄出|发货|出貨|寄件|seller ships|ship out|dispatch"),
    ("tp_settle", "货款结算", "Seller settlement", "service", "app", "digital", "finance",
     "结算|货款|到账|佣金|結算|settlement|payout|get paid"),
    ("tp_withdraw", "提现", "Withdrawal", "loyalty", "app", "digital", "finance",
     "提现|取现|提現|withdraw|cash out|withdrawal"),
    ("tp_search", "搜书", "Book search", "awareness", "app", "digital", "buyer_growth",
     "搜索|搜书|找书|搜尋|search|find a book|look up"),
    ("tp_book_page", "书品详情", "Book page", "consideration", "app", "digital", "buyer_growth",
     "详情页|书品页|商品页|詳情頁|book page|listing page|product page"),
    ("tp_cart", "加入购物车", "Add to cart", "consideration", "app", "digital", "buyer_growth",
     "购物车|加购|加入購物車|cart|add to cart|basket"),
    ("tp_checkout", "结算下单", "Checkout", "purchase", "app", "digital", "payments",
     "下单|结算|提交订单|結帳|checkout|place order|order"),
    ("tp_payment", "支付", "Payment", "purchase", "app", "digital", "payments",
     "支付|付款|付钱|付款成功|pay|payment|paid"),
    ("tp_shipped", "物流揽收", "Courier pickup", "service", "other", "physical", "logistics",
     "揽收|已发货|物流|快递|攬收|shipped|courier|tracking"),
    ("tp_customs", "海外清关", "Customs clearance", "service", "other", "physical", "logistics",
     "清关|海关|關稅|清關|customs|duty|import"),
    ("tp_delivered", "买家签收", "Delivered", "service", "other", "physical", "logistics",
     "签收|收到书|到货|取貨|簽收|delivered|received|arrived"),
    ("tp_review", "评价", "Order review", "loyalty", "app", "digital", "customer_service",
     "评价|打分|晒单|評價|review|rating|stars"),
    ("tp_return_req", "申请退货", "Return request", "service", "app", "digital", "customer_service",
     "退货|申请退货|退書|退貨|return|return request|send back"),
    ("tp_return_approved", "同意退货", "Return approved", "service", "app", "digital", "customer_service",
     "同意退货|退货审核|同意退貨|return approved|approve return"),
    ("tp_return_shipped", "买家寄回", "Return shipped", "service", "other", "physical", "logistics",
     "寄回|退回|寄回去|return shipped|ship back|sent back"),
    ("tp_refund", "退款", "Refund", "service", "app", "digital", "finance",
     "退款|退钱|退費|refund|money back|refunded"),
    ("tp_cs", "客服咨询", "Customer service", "service", "phone", "digital", "customer_service",
     "客服|投诉|工单|客服電話|customer service|support|ticket|complaint"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("sell", "卖书上架", "Listing a book",
     ["tp_isbn_scan", "tp_photo", "tp_price_suggest", "tp_publish", "tp_listing_live"], 7),
    ("seller_payout", "卖家发货结算", "Seller fulfilment & payout",
     ["tp_sold", "tp_seller_ship", "tp_settle", "tp_withdraw"], 45),
    ("buy", "买书下单", "Buying a book", ["tp_search", "tp_book_page", "tp_cart", "tp_checkout", "tp_payment"], 7),
    ("delivery", "收货评价", "Delivery & review", ["tp_payment", "tp_shipped", "tp_delivered", "tp_review"], 45),
    ("return", "退货退款", "Return & refund",
     ["tp_return_req", "tp_return_approved", "tp_return_shipped", "tp_refund"], 30),
]

CATS = ["textbook", "fiction", "humanities", "business", "children", "comics", "foreign_language", "rare"]
CAT_ZH = dict(textbook="教材教辅", fiction="文学小说", humanities="人文社科", business="经管励志", children="童书",
              comics="漫画", foreign_language="外文原版", rare="古籍善本")
CAT_P = np.array([0.27, 0.26, 0.13, 0.09, 0.09, 0.09, 0.06, 0.01])
CAT_PRICE = dict(textbook=(14, 0.35), fiction=(18, 0.35), humanities=(24, 0.4), business=(20, 0.35),
                 children=(12, 0.4), comics=(10, 0.35), foreign_language=(48, 0.45), rare=(380, 0.7))
COND = ["like_new", "very_good", "good", "fair"]
COND_ZH = dict(like_new="九五品", very_good="九品", good="八品", fair="七品")
TITLES = dict(textbook=["高等数学 同济第七版", "线性代数", "大学英语精读", "考研政治核心考案", "微观经济学", "C程序设计"],
              fiction=["三体", "活着", "百年孤独", "挪威的森林", "白夜行", "围城", "追风筝的人"],
              humanities=["人类简史", "万历十五年", "乡土中国", "枪炮、病菌与钢铁", "台湾史"],
              business=["原则", "穷爸爸富爸爸", "影响力", "从0到1"],
              children=["小王子", "神奇校车", "窗边的小豆豆", "哈利·波特与魔法石"],
              comics=["灌篮高手", "海贼王", "名侦探柯南", "进击的巨人"],
              foreign_language=["Norwegian Wood (English)", "The Great Gatsby", "Harry Potter (UK ed.)", "1984"],
              rare=["民国版 呐喊", "线装 唐诗三百首", "1950年代 新华字典 初版", "明刻本 残卷"])
MARKETS = ["Beijing", "Taipei", "Overseas"]
COUNTRIES = ["US", "CA", "SG", "MY", "AU", "GB", "JP"]
COUNTRY_P = [0.30, 0.15, 0.15, 0.12, 0.12, 0.08, 0.08]
OVS_CITY = dict(US=["New York", "San Francisco", "Los Angeles", "Seattle"], CA=["Vancouver", "Toronto"],
                SG=["Singapore"], MY=["Kuala Lumpur", "Penang"], AU=["Sydney", "Melbourne"], GB=["London"],
                JP=["Tokyo", "Osaka"])


def pick(items, p=None):
    if p is None:
        return items[int(rng.integers(len(items)))]
    u, acc = rng.random() * float(sum(p)), 0.0
    for item, w in zip(items, p):
        acc += w
        if u < acc:
            return item
    return items[-1]


def hour_ts(day: datetime) -> datetime:
    """a time of day on that date, evenings busier."""
    h = bisect.bisect_right(HOUR_CUM, rng.random())
    return day.replace(hour=h, minute=int(rng.integers(60)), second=int(rng.integers(60)))


HOUR_P = np.array([1, .5, .3, .2, .2, .3, .6, 1.2, 2, 2.4, 2.6, 2.8, 3.2, 3, 2.8, 2.8, 2.9, 3, 3.2, 4, 4.8, 5.2, 4.4, 2.4])
HOUR_P = HOUR_P / HOUR_P.sum()
HOUR_CUM = list(np.cumsum(HOUR_P)[:-1])
MONTHS = [(y, m) for y in (2025, 2026) for m in range(1, 13) if (y, m) <= (2026, 6)]


def month_start(y, m):
    return datetime(y, m, 1)


def month_days(y, m):
    return ((datetime(y + (m == 12), m % 12 + 1, 1)) - datetime(y, m, 1)).days


def app_version(ts: datetime) -> str:
    v = APP_VERSIONS[0][1]
    for t, name in APP_VERSIONS:
        if ts >= t:
            v = name
    return v


# ---------------------------------------------------------------- feedback text
# topic -> {lang: [templates]}; every template of a topic contains one of its markers, no other topic's marker.
MARKERS = {
    "price_low": ["建议价太低", "建議價太低", "suggested price"],
    "photo_fail": ["照片上传失败", "照片上傳失敗", "photo upload"],
    "not_described": ["品相不符", "書況不符", "not as described"],
    "shipping_cost": ["运费太贵", "運費太貴", "shipping cost"],
    "customs": ["清关", "清關", "customs"],
    "slow_ship": ["迟迟不发货", "遲遲不出貨", "took forever to ship"],
    "damaged": ["压坏了", "壓壞了", "damaged in transit"],
    "refund_slow": ["退款太慢", "waiting on my refund"],
    "commission": ["手续费", "手續費", "commission"],
    "search_bad": ["搜不到", "search results"],
    "packaging": ["包装很用心", "包裝很用心", "well packed"],
    "value": ["很划算", "great value"],
    "rare_find": ["终于找到", "終於找到", "finally found"],
    "fast": ["到得很快", "arrived quickly"],
}
NEG = {"price_low", "photo_fail", "not_described", "shipping_cost", "customs", "slow_ship", "damaged", "refund_slow",
       "commission", "search_bad"}
T = {
    "price_low": {
        "zh": ["系统给的建议价太低了，一本九成新的书只给两块钱，还不如当废纸卖。", "建议价太低，我原价八十的书只建议挂五块，没法上架。",
               "智能定价是不是坏了？建议价太低，按这个价卖我亏死。", "这个月建议价太低，我干脆不卖了。"],
        "tw": ["系統的建議價太低了，一本很新的書只建議賣二十元台幣，乾脆不賣。", "建議價太低，完全不合理，我先不上架了。",
               "定價功能怪怪的，建議價太低，跟我在舊書店看到的差很多。"],
        "en": ["The suggested price is ridiculous, it told me to list a nearly new hardcover for 3 yuan.",
               "Pricing tool is broken - suggested price is a fraction of what these books go for.",
               "Gave up listing because the suggested price was so low it is not worth shipping."],
    },
    "photo_fail": {
        "zh": ["拍完照片上传失败，试了好几次都不行，白拍了。", "照片上传失败，一直转圈圈，安卓手机。"],
        "tw": ["照片上傳失敗好幾次，要重拍好煩。", "一直照片上傳失敗，只好放棄刊登。"],
        "en": ["The photo upload keeps failing on my phone, had to retake everything.", "photo upload spins forever then errors out."],
    },
    "not_described": {
        "zh": ["收到的书品相不符，写的九品，结果里面全是划线和笔记。", "品相不符！书页发黄还有水渍，描述写的九五品。",
               "和描述的品相不符，封面都掉了，卖家还不承认。", "品相不符，书脊开裂，第一次遇到这么离谱的卖家。",
               "这本教材品相不符，前半本被荧光笔画满了。"],
        "tw": ["收到的書況不符，寫九成新結果整本都是筆記。", "書況不符，有霉味還有水漬，跟照片差很多。",
               "書況不符描述，封面破損，很失望。", "書況不符，賣家照片是別本吧。"],
        "en": ["Book was not as described - listed as very good but full of highlighting.",
               "Condition not as described at all, water damage on half the pages.",
               "Item not as described: the cover was torn and the seller's photos were clearly of another copy.",
               "Not as described, pages yellowed and smelled of smoke."],
    },
    "shipping_cost": {
        "zh": ["海外运费太贵了，一本二十块的书运费要六十多。", "运费太贵，到结算才看到，直接不买了。"],
        "tw": ["寄台灣的運費太貴，比書還貴。", "結帳才看到運費太貴，只好放棄。"],
        "en": ["The shipping cost to Canada is more than the book itself.",
               "Only saw the shipping cost at checkout, 12 dollars for a 3 dollar paperback. Abandoned my cart.",
               "Love the selection but the shipping cost to the US kills it.",
               "Shipping cost to Singapore is way too high for one book, please offer combined shipping."],
    },
    "customs": {
        "zh": ["书在海关清关卡了两个多星期，问客服也说不清楚。", "清关太慢了，一直显示在海关。"],
        "tw": ["包裹卡在清關好久，等了快一個月。"],
        "en": ["Parcel was stuck in customs for three weeks, no updates at all.",
               "Took forever at customs, the tracking just said held for inspection.",
               "customs hold again, this is the second order that sat there for two weeks."],
    },
    "slow_ship": {
        "zh": ["付款五天了卖家迟迟不发货，催了也不回。", "卖家迟迟不发货，平台也不管一下。"],
        "tw": ["賣家遲遲不出貨，等到我都不想要了。", "付款一週賣家還是遲遲不出貨。"],
        "en": ["Seller took forever to ship, a week after I paid it still had not moved.",
               "The seller took forever to ship and ignored my messages."],
    },
    "damaged": {
        "zh": ["快递把书压坏了，书角全折了。", "包装太简单，书在路上压坏了。"],
        "tw": ["運送途中書被壓壞了，書角都凹了。"],
        "en": ["Book arrived damaged in transit, the corners were crushed.", "Cover bent and damaged in transit, poor packaging."],
    },
    "refund_slow": {
        "zh": ["书寄回去十天了，退款太慢了。", "退款太慢，客服只会说在处理。"],
        "tw": ["退款太慢了，寄回去兩週還沒收到錢。"],
        "en": ["Sent the book back two weeks ago and I am still waiting on my refund.",
               "Still waiting on my refund, support keeps saying it is being processed."],
    },
    "commission": {
        "zh": ["平台手续费太高了，一本书才卖十块还要扣钱。", "结算的时候扣的手续费比我想的多。"],
        "tw": ["手續費太高，賣便宜的書根本不划算。"],
        "en": ["The commission on cheap books makes selling pointless.", "Did not expect the commission to eat that much of the payout."],
    },
    "search_bad": {
        "zh": ["用ISBN搜不到书，书名搜也不准。", "明明有人在卖，我就是搜不到。"],
        "tw": ["繁體書名常常搜不到，要打簡體才找得到。", "用作者名搜不到想要的書。"],
        "en": ["The search results are useless unless you type the exact Chinese title.",
               "search results show the same listing five times and miss the book I wanted."],
    },
    "packaging": {
        "zh": ["卖家包装很用心，还送了书签。", "包装很用心，气泡膜包了好几层。"],
        "tw": ["賣家包裝很用心，書一點損傷都沒有。", "包裝很用心，還附了手寫卡片。"],
        "en": ["Book was well packed with bubble wrap, arrived perfect.", "Very well packed, the seller even added a bookmark."],
    },
    "value": {
        "zh": ["九品的书只要原价两折，很划算。", "很划算，考研资料一套才三十。"],
        "tw": ["價格很划算，比二手書店便宜。", "整套漫畫很划算，書況也好。"],
        "en": ["great value, half the price of a new copy and basically unread.", "Really great value for out-of-print books."],
    },
    "rare_find": {
        "zh": ["终于找到这本绝版书了，太开心。", "找了好几年终于找到了，谢谢卖家。"],
        "tw": ["終於找到這本絕版書，感動。", "找了很久終於找到小時候讀的版本。"],
        "en": ["Finally found the out-of-print edition I was looking for!", "finally found a traditional-character copy overseas."],
    },
    "fast": {
        "zh": ["第二天就到了，到得很快。", "顺丰到得很快，好评。"],
        "tw": ["超商取貨到得很快，隔天就能拿。", "到得很快，很方便。"],
        "en": ["Arrived quickly, well ahead of the estimate.", "arrived quickly even with international shipping."],
    },
}
FILLER = {"zh": ["第一次在这里买书。", "整体还行。", "书是给孩子买的。", "希望平台越来越好。", "下次还会来看看。", ""],
          "tw": ["第一次在這裡買書。", "整體還可以。", "希望平台越來越好。", "之後還會再來逛。", ""],
          "en": ["First order here.", "Overall okay.", "Bought it for my kid.", "Will come back.", ""]}
GENERIC = {"pos": {"zh": ["书不错，卖家也好说话。", "挺好的，推荐给同学了。", "满意，和图片一样。"],
                   "tw": ["書很好，賣家也很親切。", "很滿意，跟照片一樣。"],
                   "en": ["Good book, smooth transaction.", "Happy with it, exactly like the photos."]},
           "neu": {"zh": ["一般吧，能看。", "还可以，没什么特别的。"], "tw": ["普通，還可以。"],
                   "en": ["It's fine.", "Okay, nothing special."]},
           "seller": {"zh": ["上架流程挺顺的，旧书总算有地方去了。", "卖书比想象中方便。", "一般，等着看能不能卖出去。"],
                      "tw": ["刊登流程很順，舊書終於有地方去了。", "賣書比想像中方便。"],
                      "en": ["Listing was easy, glad my old books get a second life.", "Selling here is simple enough."]},
           "neg": {"zh": ["体验不太好，不会再买了。", "不满意。"], "tw": ["體驗不好。"], "en": ["Not a great experience.", "Disappointed."]}}
NPS_TEXT = {"hi": {"zh": ["会推荐给同学，卖旧教材很方便。", "挺好用的，推荐。"], "tw": ["會推薦給朋友。", "很好用。"],
                   "en": ["Would recommend to friends who read Chinese books.", "Great app for used books."]},
            "mid": {"zh": ["还行吧。", "一般，看情况推荐。"], "tw": ["還可以。"], "en": ["It's okay.", "Decent."]},
            "lo": {"zh": ["不太会推荐。", "问题有点多。"], "tw": ["不太會推薦。"], "en": ["Would not recommend right now.", "Too many issues."]}}


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.ne = 0

    # ---------------------------------------------------------- events
    def ev(self, cust, ts, tp, action, session=None, **extra):
        if ts > END:
            return None
        self.ne += 1
        c = self.cust[cust]
        dev = c["primary_device"]
        chan = extra.pop("channel", None) or c["channel"]
        if tp in ("tp_seller_ship", "tp_shipped", "tp_customs", "tp_delivered", "tp_return_shipped"):
            dev, chan = None, "logistics"
        row = dict(event_id=f"E{self.ne:07d}", customer_id=cust, ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                   touchpoint_id=tp, session_id=session, action=action, device=dev, channel=chan,
                   app_version=app_version(ts) if chan == "app" else None)
        row.update(extra)
        self.events.append(row)
        return row

    # ---------------------------------------------------------- customers
    def customers(self):
        self.cust = {}
        growth_days = (END - datetime(2024, 6, 1)).days
        for i in range(N_CUST):
            cid = f"C{i + 1:05d}"
            market = pick(MARKETS, [0.44, 0.34, 0.22])
            # signups: 18 % before 2025 (launch June 2024), then growing
            u = rng.random()
            if u < 0.18:
                signup = datetime(2024, 6, 1) + D(days=float(rng.uniform(0, 213)))
            else:
                x = rng.random() ** 0.75      # increasing density
                signup = START + D(days=float(x * (END - START).days))
            signup = hour_ts(signup.replace(hour=0, minute=0, second=0))
            if market == "Overseas":
                role = "buyer"
                country = pick(COUNTRIES, COUNTRY_P)
                city = pick(OVS_CITY[country])
                lang = pick(["en", "zh-Hans", "zh-Hant"], [0.55, 0.25, 0.20])
                dev = pick(["ios", "android", "pc"], [0.42, 0.18, 0.40])
                acq = pick(["google_ads", "instagram", "referral", "app_store", "reddit"], [0.3, 0.25, 0.2, 0.15, 0.1])
            else:
                role = pick(["seller", "buyer", "both"], [0.22, 0.50, 0.28])
                country = "CN" if market == "Beijing" else "TW"
                city = "北京" if market == "Beijing" else pick(["台北", "新北"], [0.78, 0.22])
                if market == "Beijing":
                    lang = pick(["zh-Hans", "en"], [0.94, 0.06])
                    dev = pick(["ios", "android", "pc"], [0.40, 0.46, 0.14])
                    acq = pick(["wechat", "xiaohongshu", "app_store", "campus", "referral"], [0.3, 0.25, 0.15, 0.15, 0.15])
                else:
                    lang = pick(["zh-Hant", "en"], [0.9, 0.1])
                    dev = pick(["ios", "android", "pc"], [0.55, 0.35, 0.10])
                    acq = pick(["facebook", "instagram", "dcard", "app_store", "campus", "referral"],
                               [0.22, 0.2, 0.18, 0.15, 0.1, 0.15])
                if role != "buyer" and signup >= CLEAROUT and rng.random() < 0.45:
                    acq = "clearout_campaign"
            if dev == "pc":
                chan = "web"
            elif market == "Beijing" and rng.random() < 0.3:
                chan = "mini_program"
            else:
                chan = "app"
            age = pick(["18-24", "25-34", "35-44", "45-54", "55+"],
                       [0.34, 0.3, 0.17, 0.11, 0.08] if market != "Overseas" else [0.15, 0.3, 0.27, 0.16, 0.12])
            self.cust[cid] = dict(customer_id=cid, signup=signup, market=market, role=role, country=country, city=city,
                                  lang=lang, primary_device=dev, channel=chan, acq=acq, age=age,
                                  student=age == "18-24" and rng.random() < 0.7,
                                  act=float(rng.lognormal(0, 0.8)), last=None, spend=0.0, sold=0, n_paid=0)

    # ---------------------------------------------------------- listings (seller side)
    def listings(self):
        self.lst = []
        sellers = [c for c in self.cust.values() if c["role"] != "buyer"]
        # seasonality of listing: graduation (Jun/Jul), end of term (Jan), growth over time
        season = {1: 1.35, 2: 0.8, 3: 0.9, 4: 0.9, 5: 1.0, 6: 1.6, 7: 1.5, 8: 0.9, 9: 1.0, 10: 0.9, 11: 1.0, 12: 1.2}
        nl = 0
        # stock listed before 2025 (no events in the extract)
        for c in sellers:
            if c["signup"] < START:
                for _ in range(rng.poisson(1.6 * min(c["act"], 3))):
                    live = c["signup"] + D(days=float(rng.uniform(0, (START - c["signup"]).days)))
                    nl += 1
                    self.lst.append(self.new_listing(f"L{nl:06d}", c, live, live, pre=True))
        for c in sellers:
            rate = 0.33 * min(c["act"], 4) * (1.25 if c["acq"] == "clearout_campaign" else 1.0)
            for (y, m) in MONTHS:
                ms = month_start(y, m)
                if ms + D(days=month_days(y, m)) <= c["signup"]:
                    continue
                k = rng.poisson(rate * season[m])
                for _ in range(k):
                    day = ms + D(days=int(rng.integers(month_days(y, m))))
                    t0 = hour_ts(day)
                    if t0 < c["signup"]:
                        continue
                    nl += 1
                    self.list_session(f"L{nl:06d}", c, t0)

    def new_listing(self, lid, c, t_pub, live, pre=False, cat=None, cond=None, price=None):
        if cat is None:
            cat = pick(CATS, CAT_P)
        if cond is None:
            cond = pick(COND, [0.25, 0.4, 0.25, 0.1])
        if price is None:
            med, sd = CAT_PRICE[cat]
            price = round(float(med * rng.lognormal(0, sd)) * (1.15 if cond in ("like_new",) else 1.0), 1)
        clear = c["acq"] == "clearout_campaign"
        # textbooks full of notes and highlighting get graded too well more often
        overstated = rng.random() < (0.45 if clear else 0.04) * (2.0 if cat == "textbook" else 1.0)
        return dict(listing_id=lid, seller=c["customer_id"], market=c["market"], cat=cat, cond=cond, price=price,
                    live=live, overstated=overstated, sold=None, pre=pre)

    def list_session(self, lid, c, t0):
        cid = c["customer_id"]
        cat = pick(CATS, CAT_P if t0.month not in (6, 7, 1) else
                   np.array([0.5, 0.17, 0.09, 0.07, 0.05, 0.06, 0.05, 0.01]))
        manual = cat == "rare" or rng.random() < 0.04
        base = dict(listing_id=lid, category=cat, 分类=CAT_ZH[cat])
        self.ev(cid, t0, "tp_isbn_scan", "manual_entry" if manual else "scan", lid, **base)
        t = t0 + D(minutes=float(rng.uniform(1, 6)))
        android_bug = c["primary_device"] == "android" and datetime(2026, 3, 16) <= t0 < datetime(2026, 4, 1)
        if rng.random() > (0.88 if not android_bug else 0.7):
            return
        cond = pick(COND, [0.25, 0.4, 0.25, 0.1])
        base.update(condition=cond, 品相=COND_ZH[cond])
        self.ev(cid, t, "tp_photo", "upload", lid, photo_count=int(rng.integers(1, 7)), **base)
        t += D(minutes=float(rng.uniform(0.5, 3)))
        if rng.random() > 0.96:
            return
        med, sd = CAT_PRICE[cat]
        fair = med * rng.lognormal(0, sd) * (1.15 if cond == "like_new" else 0.85 if cond == "fair" else 1.0)
        v2 = PRICING_V2[0] <= t < PRICING_V2[1]
        sugg = round(float(fair * (rng.uniform(0.3, 0.5) if v2 else rng.uniform(0.8, 1.1))), 1)
        self.ev(cid, t, "tp_price_suggest", "view", lid, suggested_price=sugg, pricing_model="v2" if v2 else "v1",
                **base)
        p_pub = 0.42 if v2 else 0.81
        if rng.random() > p_pub:
            c["gave_up_price"] = c.get("gave_up_price", 0) + 1
            if rng.random() < (0.42 if v2 else 0.05):
                self.seller_survey(c, t + D(hours=float(rng.uniform(0.2, 30))), "price_low", lid)
            return
        t += D(minutes=float(rng.uniform(1, 12))) if rng.random() < 0.85 else D(hours=float(rng.uniform(2, 40)))
        price = round(float(sugg * (rng.uniform(1.0, 1.5) if v2 else rng.uniform(0.95, 1.2))), 1)
        self.ev(cid, t, "tp_publish", "submit", lid, list_price=price, **base)
        t += D(hours=float(rng.uniform(1, 30)))
        if rng.random() < 0.065:
            self.ev(cid, t, "tp_listing_rejected", "reject", lid,
                    reject_reason=pick(["blurry_photos", "prohibited_title", "isbn_mismatch", "duplicate"],
                                       [0.4, 0.15, 0.3, 0.15]), **base)
            return
        self.ev(cid, t, "tp_listing_live", "approve", lid, list_price=price, **base)
        L = self.new_listing(lid, c, t, t, cat=cat, cond=cond, price=price)
        self.lst.append(L)
        if rng.random() < 0.04:
            self.seller_survey(c, t + D(days=float(rng.uniform(0, 3))), None, lid)

    def seller_survey(self, c, ts, topic, lid):
        if ts > END:
            return
        if topic is None:
            topic = pick(["photo_fail", "commission", None, None], [0.15, 0.15, 0.35, 0.35])
        rating = int(rng.choice([1, 2], p=[0.55, 0.45])) if topic in NEG else int(rng.choice([3, 4, 5], p=[.3, .4, .3]))
        self.fb(c, ts, "seller_survey", [topic] if topic else [], rating=rating,
                tp={"price_low": "tp_price_suggest", "photo_fail": "tp_photo", "commission": "tp_settle"}.get(topic,
                                                                                                             "tp_publish"),
                listing_id=lid, seller=True)

    # ---------------------------------------------------------- buyer sessions
    def buyer_sessions(self):
        buyers = [c for c in self.cust.values() if c["role"] != "seller"]
        season = {1: 1.0, 2: 1.15, 3: 1.2, 4: 0.9, 5: 0.9, 6: 0.85, 7: 0.9, 8: 1.0, 9: 1.45, 10: 1.0, 11: 1.3, 12: 1.1}
        base = dict(Beijing=0.5, Taipei=0.45, Overseas=0.42)
        self.checkouts = []
        ns = 0
        for c in buyers:
            for (y, m) in MONTHS:
                ms = month_start(y, m)
                if ms + D(days=month_days(y, m)) <= c["signup"]:
                    continue
                for _ in range(rng.poisson(base[c["market"]] * min(c["act"], 4) * season[m])):
                    t0 = hour_ts(ms + D(days=int(rng.integers(month_days(y, m)))))
                    if t0 < c["signup"] or t0 > END:
                        continue
                    ns += 1
                    self.buy_session(c, f"S{ns:06d}", t0)

    def buy_session(self, c, sid, t0):
        cid = c["customer_id"]
        m = t0.month
        want = pick(CATS, np.array([0.45, 0.2, 0.1, 0.07, 0.06, 0.06, 0.05, 0.01]) if m in (9, 2, 3) else CAT_P)
        t = t0
        if rng.random() < 0.86:
            kw = pick(TITLES[want])
            self.ev(cid, t, "tp_search", "search", sid, keyword=kw, category=want, 分类=CAT_ZH[want])
            t += D(seconds=float(rng.uniform(5, 90)))
            if rng.random() > 0.7:
                if rng.random() < 0.01:
                    self.loose_fb(c, t, ["search_bad"], "app_store")
                return
        self.ev(cid, t, "tp_book_page", "view", sid, category=want, 分类=CAT_ZH[want])
        t += D(seconds=float(rng.uniform(20, 300)))
        if rng.random() > 0.4:
            return
        self.ev(cid, t, "tp_cart", "add", sid, category=want, 分类=CAT_ZH[want])
        t += D(minutes=float(rng.uniform(0.5, 20))) if rng.random() < 0.8 else D(hours=float(rng.uniform(1, 60)))
        if rng.random() > 0.62:
            return
        self.checkouts.append((t, c, sid, want))

    def allocate(self):
        """chronologically give each checkout a live, unsold listing (market preference, wanted category)."""
        pools = {(mk, ct): [] for mk in ("Beijing", "Taipei") for ct in CATS}
        lst = sorted(self.lst, key=lambda x: x["live"])
        i = 0
        pref = dict(Beijing=[0.93, 0.07], Taipei=[0.18, 0.82], Overseas=[0.55, 0.45])
        self.checkouts.sort(key=lambda x: x[0])
        no = 0
        for (t, c, sid, want) in self.checkouts:
            if t > END:
                continue
            while i < len(lst) and lst[i]["live"] <= t:
                pools[(lst[i]["market"], lst[i]["cat"])].append(lst[i])
                i += 1
            mk = pick(["Beijing", "Taipei"], pref[c["market"]])
            order = [(mk, want)] + [(mk, x) for x in CATS if x != want] + \
                    [(o, want) for o in ("Beijing", "Taipei") if o != mk]
            L = None
            for key in order:
                pool = pools[key]
                if pool:
                    j = int(rng.integers(len(pool)))
                    pool[j], pool[-1] = pool[-1], pool[j]
                    L = pool.pop()
                    break
            if L is None:
                continue
            no += 1
            paid = self.checkout(c, sid, t, L, f"O{no:06d}")
            if not paid:
                pools[(L["market"], L["cat"])].append(L)
            else:
                L["sold"] = t

    def checkout(self, c, sid, t, L, oid) -> bool:
        cid = c["customer_id"]
        mk, smk = c["market"], L["market"]
        if mk == "Overseas":
            fee = round(float(rng.uniform(42, 95)), 1)
            method = pick(["intl_epacket", "intl_ems"], [0.75, 0.25])
        elif mk != smk:
            fee = round(float(rng.uniform(22, 36)), 1)
            method = "cross_strait_post"
        elif mk == "Beijing":
            fee = 0.0 if L["price"] >= 59 else round(float(rng.choice([6, 8, 10])), 1)
            method = pick(["sf_express", "zto"], [0.35, 0.65])
        else:
            fee = round(float(rng.choice([60, 65, 70])) * TWD, 1)
            method = pick(["seven_eleven_pickup", "familymart_pickup", "blackcat"], [0.5, 0.25, 0.25])
        amount = round(L["price"] + fee, 2)
        cat = L["cat"]
        info = dict(listing_id=L["listing_id"], category=cat, 分类=CAT_ZH[cat], condition=L["cond"],
                    品相=COND_ZH[L["cond"]])
        self.ev(cid, t, "tp_checkout", "submit", sid, order_id=oid, item_price=L["price"], shipping_fee=fee, **info)
        p_pay = dict(Beijing=0.87, Taipei=0.84, Overseas=0.41)[mk]
        if fee > 70:
            p_pay -= 0.08
        paid = rng.random() < p_pay
        cur = dict(Beijing="CNY", Taipei="TWD", Overseas="USD")[mk]
        rate = dict(CNY=1.0, TWD=TWD, USD=USD)[cur]
        order = dict(order_id=oid, customer_id=cid, ts=t.strftime("%Y-%m-%d %H:%M:%S"), amount=amount,
                     status="paid" if paid else "cancelled", channel=c["channel"], device=c["primary_device"],
                     item_price=L["price"], shipping_fee=fee, currency=cur, amount_local=round(amount / rate, 2),
                     listing_id=L["listing_id"], seller_id=L["seller"], seller_market=smk, buyer_market=mk,
                     category=cat, 分类=CAT_ZH[cat], condition=L["cond"], 品相=COND_ZH[L["cond"]], ship_method=method,
                     payment_method=None, commission=None, refunded_at=None, refund_amount=None, return_reason=None)
        self.orders.append(order)
        if not paid:
            if mk == "Overseas" and fee >= 55 and rng.random() < 0.045:
                self.loose_fb(c, t + D(hours=float(rng.uniform(0, 48))), ["shipping_cost"],
                              pick(["app_store", "social"], [0.4, 0.6]))
            elif mk == "Taipei" and smk == "Beijing" and rng.random() < 0.06:
                self.loose_fb(c, t + D(hours=float(rng.uniform(0, 48))), ["shipping_cost"], "social")
            return False
        t_pay = t + D(seconds=float(rng.uniform(20, 400)))
        pm = pick(dict(Beijing=["alipay", "wechat_pay"], Taipei=["line_pay", "credit_card", "jkopay"],
                       Overseas=["paypal", "credit_card"])[mk])
        order["payment_method"] = pm
        if t_pay > END:
            return True
        self.ev(cid, t_pay, "tp_payment", "success", sid, order_id=oid, payment_method=pm, amount=amount, **info)
        c["spend"] += amount
        c["n_paid"] += 1
        self.fulfil(c, L, order, t_pay, method, info)
        return True

    # ---------------------------------------------------------- after payment
    def fulfil(self, c, L, order, t_pay, method, info):
        cid, oid = c["customer_id"], order["order_id"]
        s = self.cust[L["seller"]]
        sid = s["customer_id"]
        self.ev(sid, t_pay + D(seconds=float(rng.uniform(1, 30))), "tp_sold", "notify", oid, order_id=oid, **info)
        s["sold"] += 1
        if rng.random() < 0.02:      # seller never ships: cancelled by the platform after 5 days, refunded
            t_ref = t_pay + D(days=5, hours=float(rng.uniform(0, 12)))
            if t_ref <= END:
                self.ev(cid, t_ref, "tp_refund", "refund_no_ship", oid, order_id=oid, refund_amount=order["amount"],
                        **info)
                order.update(status="refunded", refunded_at=t_ref.strftime("%Y-%m-%d %H:%M:%S"),
                             refund_amount=order["amount"], return_reason="seller_no_ship")
                if rng.random() < 0.5:
                    self.loose_fb(c, t_ref + D(hours=float(rng.uniform(0, 30))), ["slow_ship"], "ticket", oid=oid)
            return
        ship_d = float(rng.lognormal(np.log(1.1), 0.6))
        if s["acq"] == "clearout_campaign":
            ship_d *= 1.3
        t_ship = t_pay + D(days=ship_d)
        self.ev(sid, t_ship, "tp_seller_ship", "ship", oid, order_id=oid, ship_method=method, **info)
        t_pick = t_ship + D(hours=float(rng.uniform(1, 10)))
        self.ev(cid, t_pick, "tp_shipped", "picked_up", oid, order_id=oid, ship_method=method, **info)
        mk = c["market"]
        if mk == "Overseas":
            t_cust = t_pick + D(days=float(rng.uniform(4, 9)))
            hold = rng.random() < 0.22
            t_clear = t_cust + D(days=float(rng.uniform(6, 16)) if hold else float(rng.uniform(0.5, 2.5)))
            self.ev(cid, t_cust, "tp_customs", "held" if hold else "arrived", oid, order_id=oid, country=c["country"],
                    **info)
            t_del = t_clear + D(days=float(rng.uniform(2, 7)))
        elif method == "cross_strait_post":
            hold, t_del = False, t_pick + D(days=float(rng.uniform(5, 11)))
        else:
            hold, t_del = False, t_pick + D(days=float(rng.uniform(0.6, 3.2)))
        if rng.random() < 0.008:     # lost parcel
            t_ref = t_pick + D(days=30)
            if t_ref <= END:
                self.ev(cid, t_ref, "tp_refund", "refund_lost", oid, order_id=oid, refund_amount=order["amount"],
                        **info)
                order.update(status="refunded", refunded_at=t_ref.strftime("%Y-%m-%d %H:%M:%S"),
                             refund_amount=order["amount"], return_reason="lost_parcel")
            return
        if t_del > END:
            return
        self.ev(cid, t_del, "tp_delivered", "delivered", oid, order_id=oid, ship_method=method,
                delivery_days=round((t_del - t_pay).total_seconds() / 86400, 2), **info)
        days = (t_del - t_pay).total_seconds() / 86400
        # return?
        reason = None
        if L["overstated"] and rng.random() < 0.62:
            reason = "not_as_described"
        elif L["cat"] == "rare" and rng.random() < 0.25:
            reason = "not_as_described"
        elif rng.random() < (0.03 if mk == "Overseas" else 0.012):
            reason = "damaged_in_transit"
        elif rng.random() < 0.008:
            reason = "wrong_book"
        elif rng.random() < 0.01:
            reason = "changed_mind"
        topics = []
        if reason == "not_as_described":
            topics.append("not_described")
        elif reason == "damaged_in_transit":
            topics.append("damaged")
        if hold and rng.random() < 0.55:
            topics.append("customs")
        ship_slow = ship_d > 3.5
        if ship_slow and rng.random() < 0.5:
            topics.append("slow_ship")
        refunded = False
        t_req = t_del + D(days=float(rng.uniform(0.2, 6.5)))
        if reason and t_req > END:
            reason = None
        if reason:
            self.ev(cid, t_req, "tp_return_req", "request", oid, order_id=oid, return_reason=reason, **info)
            order["return_reason"] = reason
            if rng.random() < 0.9 or reason != "changed_mind":
                t_ap = t_req + D(hours=float(rng.uniform(4, 50)))
                self.ev(cid, t_ap, "tp_return_approved", "approve", oid, order_id=oid, **info)
                if rng.random() < (0.88 if mk != "Overseas" else 0.7):
                    t_back = t_ap + D(days=float(rng.uniform(0.3, 4)))
                    self.ev(cid, t_back, "tp_return_shipped", "ship_back", oid, order_id=oid, **info)
                    t_ref = t_back + D(days=float(rng.uniform(2, 12) if mk != "Overseas" else rng.uniform(8, 22)))
                    refund = order["amount"] if reason != "changed_mind" else order["item_price"]
                    if self.ev(cid, t_ref, "tp_refund", "refund", oid, order_id=oid, refund_amount=refund, **info):
                        order.update(status="refunded", refunded_at=t_ref.strftime("%Y-%m-%d %H:%M:%S"),
                                     refund_amount=refund)
                        refunded = True
                        if (t_ref - t_back).days >= 8 and rng.random() < 0.6:
                            self.loose_fb(c, t_ref - D(days=float(rng.uniform(1, 3))), ["refund_slow"], "ticket",
                                          oid=oid)
            if rng.random() < 0.35:
                t_cs = t_req + D(hours=float(rng.uniform(0.5, 30)))
                if self.ev(cid, t_cs, "tp_cs", "contact", oid, order_id=oid, contact_reason=reason, channel="phone"
                           if rng.random() < 0.3 else "in_app_chat", **info):
                    self.loose_fb(c, t_cs, topics[:1] or ["not_described"], "ticket", oid=oid, tp_cs=True)
        # review
        if rng.random() < (0.62 if topics else 0.42):
            t_rev = t_del + D(days=float(rng.uniform(0.1, 8)))
            if t_rev <= END:
                self.ev(cid, t_rev, "tp_review", "rate", oid, order_id=oid, **info)
                pos = []
                if not topics:
                    if rng.random() < 0.3:
                        pos.append(pick(["packaging", "value", "fast", "rare_find"],
                                        [0.3, 0.3, 0.25, 0.15] if days < 3 else [0.4, 0.4, 0.0, 0.2]))
                    if L["cat"] in ("rare", "foreign_language") and rng.random() < 0.25 and "rare_find" not in pos:
                        pos.append("rare_find")
                self.fb(c, t_rev, "order_review", topics + pos, oid=oid, tp=self.topic_tp(topics + pos, "tp_review"),
                        cat=L["cat"])
        # settlement and withdrawal for the seller
        if not refunded:
            t_set = t_del + D(days=7, hours=float(rng.uniform(0, 6)))
            comm = round(L["price"] * 0.08, 2)
            order["commission"] = comm
            if self.ev(sid, t_set, "tp_settle", "settle", oid, order_id=oid, payout_amount=round(L["price"] - comm, 2),
                       commission=comm, **info):
                if rng.random() < 0.8:
                    self.ev(sid, t_set + D(days=float(rng.exponential(4))), "tp_withdraw", "withdraw", oid,
                            order_id=oid, payout_amount=round(L["price"] - comm, 2),
                            withdraw_to=pick(dict(Beijing=["alipay", "wechat_pay", "bank"],
                                                  Taipei=["line_pay", "bank"])[s["market"]]))
                if rng.random() < 0.025:
                    self.fb(s, t_set + D(days=float(rng.uniform(0, 5))), "seller_survey", ["commission"],
                            rating=int(rng.choice([1, 2, 3], p=[.3, .5, .2])), tp="tp_settle", oid=oid)

    @staticmethod
    def topic_tp(topics, default):
        first = {"not_described": "tp_delivered", "damaged": "tp_delivered", "customs": "tp_customs",
                 "slow_ship": "tp_shipped", "refund_slow": "tp_refund", "shipping_cost": "tp_checkout",
                 "search_bad": "tp_search", "photo_fail": "tp_photo", "price_low": "tp_price_suggest",
                 "commission": "tp_settle", "packaging": "tp_delivered", "fast": "tp_delivered",
                 "value": "tp_book_page", "rare_find": "tp_search"}
        return first[topics[0]] if topics else default

    # ---------------------------------------------------------- feedback rows
    def lang_of(self, c):
        return {"zh-Hans": "zh", "zh-Hant": "tw", "en": "en"}[c["lang"]]

    def text(self, topics, lang, tone):
        parts = [pick(T[t][lang]) for t in topics]
        if not parts:
            parts = [pick(GENERIC[tone][lang])]
        if rng.random() < 0.4:
            f = pick(FILLER[lang])
            if f:
                parts.insert(int(rng.integers(len(parts) + 1)), f)
        return (" " if lang == "en" else "").join(parts)

    def fb(self, c, ts, channel, topics, rating=None, nps=None, tp=None, oid=None, cat=None, listing_id=None,
           keep_ts=True, keep_cust=True, platform=None, lang=None, seller=False):
        if keep_ts and ts > END:
            return
        lang = lang or self.lang_of(c)
        neg = any(t in NEG for t in topics)
        if rating is None and channel in ("order_review", "app_store"):
            if neg:
                rating = int(rng.choice([1, 2, 3], p=[0.5, 0.38, 0.12]))
            elif topics:
                rating = int(rng.choice([4, 5], p=[0.3, 0.7]))
            else:
                rating = int(rng.choice([2, 3, 4, 5], p=[0.04, 0.14, 0.37, 0.45]))
        tone = "neg" if neg or (rating is not None and rating <= 2) else (
            "pos" if (rating or 4) >= 4 else "neu")
        txt = self.text(topics, lang, "seller" if seller and not topics else tone)
        n = len(self.feedback) + 1
        fid = f"FB{n:05d}"
        self.feedback.append(dict(
            feedback_id=fid, customer_id=c["customer_id"] if keep_cust else None,
            ts=ts.strftime("%Y-%m-%d %H:%M:%S") if keep_ts else None, touchpoint_id=tp, channel=channel,
            rating=rating, nps=nps, text=txt, language="en" if lang == "en" else "zh",
            script={"zh": "simplified", "tw": "traditional", "en": "latin"}[lang], market=c["market"],
            order_id=oid, listing_id=listing_id, category=cat, 分类=CAT_ZH.get(cat) if cat else None,
            source_platform=platform))
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics),
                               sentiment="negative" if tone == "neg" else "positive" if tone == "pos" else "neutral"))

    def loose_fb(self, c, ts, topics, channel, oid=None, tp_cs=False):
        """tickets, app-store reviews and social posts; some exported without time or customer."""
        if ts > END:
            return
        keep_ts, keep_cust, platform, rating = True, True, None, None
        if channel == "ticket":
            keep_ts = not (ts < datetime(2025, 4, 1) or rng.random() < 0.12)    # old helpdesk export has no time
        elif channel == "social":
            platform = dict(Beijing="xiaohongshu", Taipei=pick(["dcard", "facebook"]),
                            Overseas=pick(["reddit", "facebook", "xiaohongshu"]))[c["market"]]
            keep_ts, keep_cust = rng.random() < 0.55, rng.random() < 0.25
        self.fb(c, ts, channel, topics, rating=rating, tp=self.topic_tp(topics, "tp_cs"), oid=oid,
                keep_ts=keep_ts, keep_cust=keep_cust, platform=platform)

    def app_store_and_nps(self):
        """app-store reviews (rated, some topics) and quarterly NPS surveys."""
        cs = list(self.cust.values())
        for (y, m) in MONTHS:
            ms = month_start(y, m)
            for _ in range(rng.poisson(22)):
                c = cs[int(rng.integers(len(cs)))]
                ts = hour_ts(ms + D(days=int(rng.integers(month_days(y, m)))))
                if ts < c["signup"]:
                    continue
                u = rng.random()
                topics = []
                if u < 0.12:
                    topics = ["search_bad"]
                elif u < 0.2 and c["role"] != "buyer":
                    topics = ["photo_fail"]
                elif u < 0.3:
                    topics = [pick(["value", "rare_find", "packaging"])]
                if datetime(2026, 3, 16) <= ts < datetime(2026, 4, 1) and c["primary_device"] == "android" \
                        and c["role"] != "buyer" and rng.random() < 0.6:
                    topics = ["photo_fail"]
                self.fb(c, ts, "app_store", topics, tp=self.topic_tp(topics, "tp_search"), keep_cust=rng.random() < 0.6,
                        platform=dict(ios="app_store", android="google_play", pc="web")[c["primary_device"]])
            for _ in range(rng.poisson(7)):
                c = cs[int(rng.integers(len(cs)))]
                ts = hour_ts(ms + D(days=int(rng.integers(month_days(y, m)))))
                if ts < c["signup"]:
                    continue
                mk = c["market"]
                opts = dict(Overseas=(["shipping_cost", "customs", "rare_find", "search_bad"], [0.4, 0.3, 0.2, 0.1]),
                            Taipei=(["shipping_cost", "search_bad", "value", "packaging"], [0.25, 0.25, 0.3, 0.2]),
                            Beijing=(["value", "not_described", "packaging", "slow_ship"], [0.35, 0.3, 0.2, 0.15]))[mk]
                topic = pick(*opts)
                if y == 2025 and m == 9 and c["role"] != "buyer" and rng.random() < 0.5:
                    topic = "price_low"
                self.loose_fb(c, ts, [topic], "social")
            if m in (3, 6, 9, 12):
                for _ in range(rng.poisson(70)):
                    c = cs[int(rng.integers(len(cs)))]
                    ts = hour_ts(ms + D(days=int(rng.integers(20, 28))))
                    if ts < c["signup"] or c.get("last_seen") is None:
                        continue
                    mu = dict(Beijing=8.1, Taipei=8.0, Overseas=6.3)[c["market"]]
                    if c["role"] == "seller" and ms >= datetime(2025, 9, 1) and ms < datetime(2025, 10, 1):
                        mu -= 2.0
                    score = int(np.clip(round(rng.normal(mu, 1.8)), 0, 10))
                    band = "hi" if score >= 9 else "mid" if score >= 7 else "lo"
                    lang = self.lang_of(c)
                    n = len(self.feedback) + 1
                    self.feedback.append(dict(
                        feedback_id=f"FB{n:05d}", customer_id=c["customer_id"], ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                        touchpoint_id=None, channel="nps_survey", rating=None, nps=score, text=pick(NPS_TEXT[band][lang]),
                        language="en" if lang == "en" else "zh",
                        script={"zh": "simplified", "tw": "traditional", "en": "latin"}[lang], market=c["market"],
                        order_id=None, listing_id=None, category=None, 分类=None, source_platform="survey_email"))
                    self.truth.append(dict(feedback_id=f"FB{n:05d}", topics="",
                                           sentiment="positive" if band == "hi" else "neutral" if band == "mid"
                                           else "negative"))

    # ---------------------------------------------------------- price cuts on unsold stock
    def price_cuts(self):
        for L in self.lst:
            if L["pre"]:
                continue
            t = L["live"] + D(days=float(rng.uniform(21, 45)))
            if t > END or (L["sold"] and L["sold"] <= t):
                continue
            if rng.random() < 0.3:
                new = round(L["price"] * float(rng.uniform(0.6, 0.85)), 1)
                self.ev(L["seller"], hour_ts(t.replace(hour=0)), "tp_price_cut", "reprice", L["listing_id"],
                        listing_id=L["listing_id"], category=L["cat"], 分类=CAT_ZH[L["cat"]], old_price=L["price"],
                        list_price=new)


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if r.get(k) is None else r.get(k) for k in cols])


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.customers()
    g.listings()
    g.buyer_sessions()
    g.allocate()
    g.price_cuts()
    for e in g.events:
        c = g.cust[e["customer_id"]]
        if c.get("last_seen") is None or e["ts"] > c["last_seen"]:
            c["last_seen"] = e["ts"]
    g.app_store_and_nps()
    g.events.sort(key=lambda e: (e["ts"], e["event_id"]))
    # the tracker re-sends a few events (exact duplicates)
    dup_idx = rng.choice(len(g.events), 24, replace=False)
    events = g.events + [dict(g.events[i]) for i in dup_idx]
    events.sort(key=lambda e: (e["ts"], e["event_id"]))

    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3], 1)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    cust_rows = []
    spends = sorted((c["spend"] for c in g.cust.values()), reverse=True)
    vip_cut = spends[int(len(spends) * 0.05)]
    for c in g.cust.values():
        last = c.get("last_seen")
        if c["signup"] >= datetime(2026, 4, 1):
            seg = "new"
        elif c["spend"] >= vip_cut and c["spend"] > 0 or c["sold"] >= 25:
            seg = "vip"
        elif last is None or last < "2026-01-01":
            seg = "dormant"
        else:
            seg = "active"
        score = c["n_paid"] + c["sold"]
        tier = "platinum" if score >= 30 else "gold" if score >= 12 else "silver" if score >= 4 else "bronze"
        cust_rows.append(dict(customer_id=c["customer_id"], signup_at=c["signup"].strftime("%Y-%m-%d %H:%M:%S"),
                              segment=seg, region=c["market"], acquisition_channel=c["acq"], tier=tier,
                              会员等级=dict(bronze="青铜书虫", silver="白银书虫", gold="黄金书虫", platinum="铂金书虫")[tier],
                              country=c["country"], city=c["city"], user_role=c["role"],
                              preferred_language=c["lang"], primary_device=c["primary_device"], age_band=c["age"],
                              is_student=str(bool(c["student"])).lower(), paid_orders=c["n_paid"], books_sold=c["sold"],
                              lifetime_spend_cny=round(c["spend"], 2)))
    write(out / "customers.csv", cust_rows,
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "会员等级", "country", "city",
           "user_role", "preferred_language", "primary_device", "age_band", "is_student", "paid_orders",
           "books_sold", "lifetime_spend_cny"])
    write(out / "events.csv", events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "listing_id", "order_id", "category", "分类", "condition", "品相", "keyword", "photo_count",
           "suggested_price", "pricing_model", "list_price", "old_price", "reject_reason", "item_price",
           "shipping_fee", "payment_method", "amount", "ship_method", "country", "delivery_days", "return_reason",
           "contact_reason", "refund_amount", "payout_amount", "commission", "withdraw_to"])
    g.orders.sort(key=lambda o: o["order_id"])
    write(out / "orders.csv", g.orders,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "currency", "amount_local",
           "item_price", "shipping_fee", "commission", "listing_id", "seller_id", "seller_market", "buyer_market",
           "category", "分类", "condition", "品相", "ship_method", "payment_method", "refunded_at", "refund_amount",
           "return_reason"])
    # feedback: sorted by time (undated rows keep their place by id), ids kept
    write(out / "feedback.csv", g.feedback,
          ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "rating", "nps", "text", "language",
           "script", "market", "order_id", "listing_id", "category", "分类", "source_platform"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(cust_rows)}, events {len(events)}, orders {len(g.orders)}, feedback {len(g.feedback)}, "
          f"listings {len(g.lst)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
