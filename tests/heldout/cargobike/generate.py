"""轻驮同城 PedalHaul urban cargo-bike courier (synthetic, written blind).

Six micro-hubs: 上海静安站 Shanghai Jing'an, 深圳南山站 Shenzhen Nanshan, 杭州西湖站 Hangzhou Xihu (CNY),
London Hackney (GBP), Melbourne Fitzroy (AUD), Dublin Docklands (EUR). Merchants are restaurants (catering trays,
lunch drops), florists and shops (bakeries, grocers, bookshops, boutiques, pharmacies).

Merchant sign-up (app, WeChat mini program, web, or on a sales rep's tablet during a sales visit) -> account
verification (business licence / food permit) -> first delivery booking -> rider pickup -> delivery attempt
(delivered, delivered late or failed; a failed drop gets a second attempt or goes back to the merchant) -> proof of
delivery (photo, signature, PIN, safe place, front desk) -> weekly bill (pro / business plan merchants; pay-as-you-go
merchants pay each delivery by card) -> disputes and refunds -> monthly plan upgrades (after an upgrade offer),
downgrades or churn. Orders: pay-as-you-go deliveries, weekly bills, monthly plan fees, refunds.
Feedback: monthly merchant survey (rating + NPS), recipient ratings by SMS link, app reviews, tickets, call notes,
social posts. Data 2024-09-01 .. 2026-05-31 (extract taken early June 2026; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV, DATA.md) and OUTDIR/_truth/feedback_truth.csv
(the topic of each comment: generator truth, not a DATA.md table). Deterministic (fixed seed), numpy + stdlib.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260604
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 9, 1), datetime(2026, 5, 31, 23, 59, 59)
DISPATCH_V3 = (datetime(2025, 10, 1), datetime(2025, 11, 1))    # new dispatch system: riders not assigned
LONDON_DOUBLE = (datetime(2026, 1, 5), datetime(2026, 1, 27))   # London weekly bills issued twice per drop
HZ_PRICE = datetime(2026, 3, 1)                                 # Hangzhou price rise

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_sales_visit", "销售拜访", "Sales visit", "awareness", "other", "physical", "sales",
     "地推|上门拜访|销售上门|BD拜访|sales visit|field sales|rep visit|door-to-door"),
    ("tp_signup", "商户注册", "Merchant sign-up", "consideration", "app", "digital", "growth",
     "注册|开户|入驻|商户入驻|sign-up|signup|registration|onboarding form|create account"),
    ("tp_verification", "账户认证", "Account verification", "consideration", "app", "digital", "compliance",
     "资质审核|认证|营业执照审核|KYB|verification|KYC|business check|document check"),
    ("tp_booking", "预约配送", "Delivery booking", "purchase", "app", "digital", "product",
     "下单|叫车|约骑手|发单|booking|book a rider|order|job|request a pickup"),
    ("tp_cancel", "订单取消", "Booking cancellation", "purchase", "app", "digital", "dispatch",
     "取消|撤单|取消订单|cancellation|cancelled job|cancelled booking"),
    ("tp_pickup", "骑手取件", "Rider pickup", "service", "store", "physical", "dispatch",
     "取件|揽收|骑手到店|上门取货|pickup|collection|rider arrival|pick-up"),
    ("tp_delivery_attempt", "派送", "Delivery attempt", "service", "other", "physical", "riders",
     "配送|派送|送达|投递|drop|delivery|drop-off|attempt|last mile"),
    ("tp_return_to_merchant", "退回商家", "Return to merchant", "service", "other", "physical", "riders",
     "退回|退件|返还商家|return to sender|returned to merchant|RTS"),
    ("tp_pod", "签收凭证", "Proof of delivery", "service", "app", "digital", "riders",
     "签收|签收照片|妥投凭证|POD|proof of delivery|delivery photo|signature"),
    ("tp_weekly_bill", "周账单", "Weekly bill", "service", "email", "digital", "finance",
     "账单|周结|对账单|扣款|weekly invoice|invoice|statement|direct debit|bill"),
    ("tp_dispute", "争议申诉", "Dispute", "service", "app", "digital", "customer_care",
     "申诉|争议|索赔|投诉理赔|dispute|claim|chargeback|complaint about a charge"),
    ("tp_refund", "退款", "Refund", "service", "email", "digital", "finance",
     "退款|赔付|返还|credit note|refund|payout|credit"),
    ("tp_upgrade_offer", "套餐升级推荐", "Plan upgrade offer", "loyalty", "email", "digital", "crm",
     "升级推荐|升级优惠|套餐推荐|upgrade offer|upsell|plan offer|promo to upgrade"),
    ("tp_plan_change", "套餐变更", "Plan change", "loyalty", "app", "digital", "crm",
     "升级|降级|换套餐|plan upgrade|plan downgrade|change plan|subscription change"),
    ("tp_churn", "停用解约", "Account closure", "loyalty", "other", "digital", "crm",
     "流失|解约|停用|销户|churn|cancel account|closed account|lost merchant"),
    ("tp_support", "客服中心", "Merchant support", "service", "phone", "digital", "customer_care",
     "客服|热线|在线客服|客服电话|support|helpdesk|call centre|live chat"),
]
JOURNEYS = [
    ("merchant_onboarding", "商户入驻", "Merchant onboarding", ["tp_signup", "tp_verification", "tp_booking"], 30),
    ("sales_pipeline", "地推转化", "Sales visit to sign-up", ["tp_sales_visit", "tp_signup"], 14),
    ("delivery", "配送履约", "Delivery fulfilment", ["tp_booking", "tp_pickup", "tp_delivery_attempt", "tp_pod"], 2),
    ("dispute_refund", "争议退款", "Dispute to refund", ["tp_dispute", "tp_refund"], 30),
    ("plan_upgrade", "套餐升级", "Upgrade offer to upgrade", ["tp_upgrade_offer", "tp_plan_change"], 30),
]
# id, zh, en, city zh, city en, country, region, currency, weight
HUBS = [
    ("H1", "上海静安站", "Shanghai Jing'an", "上海", "Shanghai", "CN", "上海", "CNY", 0.22),
    ("H2", "深圳南山站", "Shenzhen Nanshan", "深圳", "Shenzhen", "CN", "广东", "CNY", 0.17),
    ("H3", "杭州西湖站", "Hangzhou Xihu", "杭州", "Hangzhou", "CN", "浙江", "CNY", 0.13),
    ("H4", "伦敦Hackney站", "London Hackney", "伦敦", "London", "GB", "England", "GBP", 0.20),
    ("H5", "墨尔本Fitzroy站", "Melbourne Fitzroy", "墨尔本", "Melbourne", "AU", "Victoria", "AUD", 0.15),
    ("H6", "都柏林Docklands站", "Dublin Docklands", "都柏林", "Dublin", "IE", "Leinster", "EUR", 0.13),
]
HUB = {h[0]: h for h in HUBS}
FX = {"CNY": 1.0, "GBP": 9.1, "AUD": 4.7, "EUR": 7.8}
PRICE = {"CNY": (12.0, 2.6, 6.0), "GBP": (5.5, 0.85, 2.0), "AUD": (9.0, 1.4, 3.5), "EUR": (6.0, 0.9, 2.0)}  # base, km, asap
PLAN_FEE = {"CNY": {"pro": 79, "business": 249}, "GBP": {"pro": 9, "business": 29},
            "AUD": {"pro": 15, "business": 49}, "EUR": {"pro": 10, "business": 32}}
PLAN_DISC = {"payg": 1.0, "pro": 0.85, "business": 0.75}
PLAN_ZH = {"payg": "按单付费", "pro": "专业版", "business": "企业版"}
SEG_ZH = {"restaurant": "餐厅", "florist": "花店", "shop": "零售店"}
SUBTYPES = {"restaurant": (["chinese", "cafe", "western", "dessert", "catering"], [0.3, 0.2, 0.2, 0.1, 0.2]),
            "florist": (["florist"], [1.0]),
            "shop": (["bakery", "grocery", "bookshop", "boutique", "pharmacy"], [0.3, 0.25, 0.15, 0.2, 0.1])}
SUB_ZH = {"chinese": "中餐", "cafe": "咖啡馆", "western": "西餐", "dessert": "甜品", "catering": "团餐",
          "florist": "花店", "bakery": "烘焙", "grocery": "生鲜杂货", "bookshop": "书店", "boutique": "服饰精品",
          "pharmacy": "药房"}
ACQ_ZH = {"sales_visit": "地推拜访", "referral": "商户推荐", "search_ads": "搜索广告", "social_media": "社交媒体",
          "app_store": "应用商店", "wechat": "微信生态"}
PTYPE_ZH = {"hot_food": "热餐", "cold_food": "冷餐/团餐", "flowers": "鲜花", "cake": "蛋糕", "retail_goods": "零售商品",
            "medicine": "药品"}
BIKE_ZH = {"longtail": "长尾货运车", "box_bike": "前箱货运车", "e_trike": "电动三轮货运车"}
REJECT_ZH = {"missing_food_permit": "缺食品经营许可证", "blurry_document": "证件照片模糊", "name_mismatch": "名称不一致",
             "address_unverified": "地址无法核实", "expired_licence": "执照过期"}
CANCEL_ZH = {"no_rider": "无骑手接单", "merchant_cancelled": "商家取消", "recipient_cancelled": "收件人取消",
             "out_of_zone": "超出配送范围"}
FAIL_ZH = {"recipient_absent": "收件人不在", "wrong_address": "地址错误", "no_access": "无法进入楼宇",
           "shop_closed": "收件店铺已关门", "refused": "拒收"}
POD_ZH = {"photo": "拍照签收", "signature": "手写签名", "pin_code": "取件码", "safe_place": "放置安全地点",
          "front_desk": "前台代收"}
DISPUTE_ZH = {"not_received": "未收到货", "damaged": "货物损坏", "late": "送达超时", "failed_fee": "派送失败收费",
              "billing_error": "账单错误"}
CHURN_ZH = {"price": "价格太高", "low_volume": "单量太少", "service_quality": "服务质量", "closed_business": "店铺关闭",
            "switched_competitor": "改用其他平台"}
SUPPORT_ZH = {"where_is_rider": "骑手在哪", "change_address": "修改地址", "billing_question": "账单疑问",
              "verification_help": "认证协助", "no_rider": "无人接单"}
REPS = {"CN": ["王磊", "李娜", "张伟", "陈静", "刘洋"], "XX": ["Sam", "Priya", "Tom", "Chloe", "Liam"]}
NAME_PARTS = {
    "zh": {"restaurant": (["老王", "阿香", "川味", "湘里", "小林", "福满"], ["面馆", "小厨", "餐厅", "食堂", "咖啡", "甜品屋"]),
           "florist": (["花语", "半岛", "野生", "小雏菊", "春日", "木兰"], ["花店", "花艺", "花房", "花坊"]),
           "shop": (["街角", "禾谷", "栗子", "一页", "山川", "益民"], ["面包房", "杂货铺", "书店", "选物", "药房"])},
    "en": {"restaurant": (["Golden", "Little", "Corner", "Harbour", "Olive", "Lucky"],
                          ["Kitchen", "Cafe", "Dumpling House", "Bistro", "Canteen", "Noodle Bar"]),
           "florist": (["Rose &", "Wild", "Petal", "Bloom", "Fern", "Daisy"], ["Stem", "Florals", "Flowers", "Botanics"]),
           "shop": (["Crumb", "Corner", "Paper", "Green", "High St", "Northside"],
                    ["Bakery", "Grocer", "Books", "Boutique", "Pharmacy"])},
}


def ri(a, b):
    return int(rng.integers(a, b + 1))


def pick(xs, p=None):
    if p is None:
        return xs[int(rng.integers(len(xs)))]
    u = rng.random() * sum(p)
    acc = 0.0
    for x, w in zip(xs, p):
        acc += w
        if u < acc:
            return x
    return xs[-1]


def iso(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def hub_lang(h):
    return "zh" if HUB[h][5] == "CN" else "en"


# ---------- feedback text ----------
MARKERS = {
    "no_rider": ["没骑手", "没有骑手", "no rider", "rider never"],
    "not_received": ["显示已签收", "显示已送达", "marked as delivered", "marked delivered"],
    "late": ["送晚了", "迟到", "arrived late", "was late"],
    "damaged": ["压坏", "洒了", "squashed", "crushed", "spilled"],
    "billing": ["重复扣费", "扣了两次", "账单算错", "charged twice", "double charged", "billed twice"],
    "verification": ["认证", "许可证", "verification", "verify"],
    "failed_fee": ["派送失败", "failed delivery fee", "failed attempt"],
    "price": ["太贵", "涨价", "too expensive", "price increase", "price rise"],
    "refund_slow": ["退款", "refund"],
    "praise_rider": ["骑手很", "小哥很", "rider was", "riders are"],
    "praise_eco": ["环保", "eco-friendly", "zero emission"],
    "app_easy": ["方便", "简单", "easy to", "simple"],
    "on_time": ["准时", "on time"],
    "suggestion": ["建议", "suggest", "would be nice"],
}
T = {
    "no_rider": (["等了快一个小时都没骑手来取件，最后只能自己送过去", "这个月好几单都没有骑手接单，系统一直显示派单中",
                  "午市高峰没骑手上门，客人一直在催", "下单后四十分钟还是没骑手，只好取消了",
                  "新派单系统上线后经常没有骑手接，太耽误生意"],
                 ["Waited almost an hour and no rider turned up, had to cancel", "The rider never came for our lunch order",
                  "Third time this month the app said no rider available", "Booked at 11 and the rider never showed",
                  "Since the new dispatch thing there's often no rider for our orders"]),
    "not_received": (["App里显示已签收，但客人说根本没收到", "照片显示已送达，其实放在了别人家门口",
                      "显示已签收可是收件人没拿到，货丢了谁负责", "又一单显示已送达但找不到货，照片也看不清是哪栋楼"],
                     ["Order was marked as delivered but the customer never got it",
                      "Marked delivered with a photo of a random doorstep, parcel gone",
                      "Another parcel marked as delivered and missing from the porch",
                      "App says marked delivered, recipient says nothing arrived. Photo is useless",
                      "Left in a 'safe place' and marked as delivered - it was stolen"]),
    "late": (["送晚了快半小时，菜都凉了", "节日的花送晚了，客人很不满意", "骑手迟到了四十分钟，也没提前通知",
              "这周两单都送晚了，希望改进"],
             ["Flowers arrived late for the birthday, very disappointed", "Lunch order arrived late and cold",
              "Delivery was late by 40 minutes with no update", "Our catering drop was late again this week"]),
    "damaged": (["花束被压坏了，花瓣掉了一地", "汤洒了一袋子，客人拒收", "蛋糕送到时侧面都压坏了",
                 "货箱里的饮料洒了，弄脏了其他东西"],
                ["Bouquet arrived squashed, petals everywhere", "Soup spilled all over the bag",
                 "The cake was crushed on one side", "Box was crushed, two candles broken"]),
    "billing": (["周账单重复扣费，每一单都算了两遍", "这周的配送费被扣了两次，请尽快处理", "账单算错了，金额是平时的两倍"],
                ["We were charged twice on this week's invoice", "Weekly bill double charged every single drop",
                 "Direct debit billed twice for the same week, please sort it",
                 "Got double charged in January, still no explanation"]),
    "verification": (["小程序注册后认证一直不通过，说缺食品经营许可证", "上传了营业执照还是认证失败，也不说原因",
                      "认证审核太慢了，三天还没通过", "许可证照片传了三次都被驳回"],
                     ["Account verification took ages, three days to get approved",
                      "Verification rejected twice with no clear reason",
                      "Couldn't verify our business, the upload keeps failing",
                      "Had to send our documents again, verification is painful"]),
    "failed_fee": (["收件人不在家就算派送失败还要收费，不合理", "派送失败也扣了全额运费", "骑手没打电话就标记派送失败"],
                   ["Charged a failed delivery fee even though the recipient was home",
                    "Rider logged a failed attempt without even calling", "Why pay full price for a failed attempt?"]),
    "price": (["三月份涨价之后每单都太贵了，考虑换别家", "配送费涨价太多，小店扛不住", "专业版月费太贵了，单量不够"],
              ["Getting too expensive for a small shop", "The price increase this spring hurt our margins",
               "Monthly plan is too expensive for our volume"]),
    "refund_slow": (["争议已经通过了但退款两周还没到账", "退款流程太慢，客服只会说在处理", "申请退款要上传一堆证明"],
                    ["Dispute approved but the refund took over two weeks", "Still waiting on a refund from last month",
                     "Refund process is slow and nobody updates us"]),
    "praise_rider": (["骑手很有礼貌，还帮忙搬到前台", "小哥很专业，花束保护得很好", "骑手很细心，到之前会打电话"],
                     ["Rider was super friendly and careful with the flowers",
                      "Our riders are always polite, customers love them", "The rider was lovely and called ahead"]),
    "praise_eco": (["用货运自行车送很环保，客人也喜欢", "环保配送是我们选择你们的原因", "环保又不堵车，午市很好用"],
                   ["Love that it's eco-friendly, customers notice", "Zero emission delivery fits our brand",
                    "Eco-friendly and faster than vans in the city centre"]),
    "app_easy": (["下单很方便，一分钟搞定", "App操作简单，能实时看骑手位置", "批量下单功能很方便"],
                 ["App is easy to use, booking takes a minute", "Simple booking and clear tracking",
                  "Really easy to schedule the morning drops"]),
    "on_time": (["每次都很准时，午市订单放心交给你们", "准时送达，客人很满意", "节日高峰也基本准时"],
                ["Always on time, even on busy days", "Deliveries are on time and tracking is accurate",
                 "On time every single week"]),
    "suggestion": (["建议增加晚上九点以后的配送时段", "建议账单能按门店拆分", "建议App支持一次下多个地址"],
                   ["Would be nice to have evening slots after 9pm", "I suggest adding multi-drop routes",
                    "Would be nice to split invoices per store"]),
}
NEG = {"no_rider", "not_received", "late", "damaged", "billing", "verification", "failed_fee", "price", "refund_slow"}
POS = {"praise_rider", "praise_eco", "app_easy", "on_time"}
SUFFIX = {"neg": (["", "。", "，请跟进一下。", "！", "，希望尽快改进。"], ["", ".", " Please look into it.", "!",
                                                                   " Not happy."]),
          "pos": (["", "。", "，谢谢！", "，继续保持。"], ["", ".", " Thanks!", " Keep it up."]),
          "neu": (["", "。"], ["", "."])}
TOPIC_TP = {"no_rider": "tp_pickup", "not_received": "tp_pod", "late": "tp_delivery_attempt",
            "damaged": "tp_delivery_attempt", "billing": "tp_weekly_bill", "verification": "tp_verification",
            "failed_fee": "tp_delivery_attempt", "price": "tp_booking", "refund_slow": "tp_refund",
            "praise_rider": "tp_delivery_attempt", "praise_eco": "tp_delivery_attempt", "app_easy": "tp_booking",
            "on_time": "tp_delivery_attempt", "suggestion": "tp_booking"}


TOPIC_ALT = {"no_rider": ["tp_booking", "tp_cancel"], "not_received": ["tp_delivery_attempt", "tp_dispute"],
             "late": ["tp_pickup", "tp_pod"], "damaged": ["tp_pod", "tp_dispute"], "billing": ["tp_dispute", "tp_refund"],
             "verification": ["tp_signup"], "failed_fee": ["tp_dispute", "tp_weekly_bill"],
             "price": ["tp_weekly_bill", "tp_plan_change"], "refund_slow": ["tp_dispute"],
             "praise_rider": ["tp_pickup"], "praise_eco": ["tp_booking"], "app_easy": ["tp_signup"],
             "on_time": ["tp_pickup"], "suggestion": ["tp_weekly_bill"]}


def topic_tp(topic):
    if rng.random() < 0.22:
        return pick(TOPIC_ALT[topic])
    return TOPIC_TP[topic]


def text_for(topic, lang):
    zh, en = T[topic]
    s = pick(zh if lang == "zh" else en)
    pol = "neg" if topic in NEG else "pos" if topic in POS else "neu"
    suf = pick(SUFFIX[pol][0 if lang == "zh" else 1])
    s = s.rstrip("!?.") + suf if suf and s[-1] not in "!?" else s
    low = s.lower()
    hits = {t for t, ms in MARKERS.items() if any(m in low for m in ms)}
    assert hits == {topic}, (s, hits)
    return s


def rating_for(topic):
    if topic in NEG:
        return pick([1, 2, 3], [0.5, 0.38, 0.12])
    if topic in POS:
        return pick([4, 5], [0.3, 0.7])
    return pick([3, 4], [0.5, 0.5])


def nps_for(r):
    return int(np.clip(round(r * 2.2 - 0.4 + rng.normal(0, 1.2)), 0, 10))


# ---------- tables ----------
events, orders, feedback, truth, customers = [], [], [], [], []
seq = {"e": 0, "o": 0, "f": 0, "d": 0, "b": 0, "s": 0}
STATS = {}


def nid(k, prefix, width):
    seq[k] += 1
    return f"{prefix}{seq[k]:0{width}d}"


def ev(c, ts, tp, action, **kw):
    if ts > END:
        return None
    h = HUB[c["hub_id"]]
    r = dict(event_id="", customer_id=c["customer_id"], ts=iso(ts), touchpoint_id=tp, session_id=kw.pop("session_id", ""),
             action=action, device=kw.pop("device", ""), channel=kw.pop("channel", ""), hub_id=h[0], hub=h[1],
             hub_en=h[2])
    r.update(kw)
    events.append(r)
    return r


def order(c, ts, otype, local, status, **kw):
    if ts > END:
        return None
    h = HUB[c["hub_id"]]
    cur = h[7]
    oid = nid("o", "O", 7)
    r = dict(order_id=oid, customer_id=c["customer_id"], ts=iso(ts), amount=round(local * FX[cur], 2), status=status,
             channel=kw.pop("channel", ""), device=kw.pop("device", ""), order_type=otype,
             订单类型={"delivery": "单笔配送费", "weekly_bill": "周账单", "plan_fee": "套餐月费", "refund": "退款"}[otype],
             currency=cur, amount_local=round(local, 2), hub_id=h[0], hub=h[1], hub_en=h[2])
    r.update(kw)
    orders.append(r)
    return r


def fb(c, ts, topic, channel, tp="auto", rated=True, nps=False, lang=None, author="merchant", hub_id=None,
       delivery_id=""):
    if ts is not None and ts > END:
        return
    if lang is None:
        lang = c["preferred_language"] if c else "en"
    hid = hub_id or (c["hub_id"] if c else None)
    h = HUB[hid] if hid else None
    fid = nid("f", "F", 6)
    r = rating_for(topic) if rated else None
    feedback.append(dict(feedback_id=fid, text=text_for(topic, lang), ts=iso(ts) if ts else "",
                         customer_id=c["customer_id"] if c else "",
                         touchpoint_id=(topic_tp(topic) if tp == "auto" else tp) or "", channel=channel,
                         rating=r if r is not None else "", nps=nps_for(r) if nps and r is not None else "",
                         language=lang, author_type=author, 评价人={"merchant": "商家", "recipient": "收件人",
                                                                 "public": "网友"}[author],
                         hub_id=h[0] if h else "", hub=h[1] if h else "", hub_en=h[2] if h else "",
                         delivery_id=delivery_id))
    truth.append(dict(feedback_id=fid, topic=topic))


# ---------- calendar ----------
def day_factor(c, d: date):
    seg, country = c["segment"], HUB[c["hub_id"]][5]
    wd = d.weekday()
    x = {"restaurant": [0.9, 0.9, 1.0, 1.0, 1.3, 1.2, 0.7], "florist": [0.9, 0.9, 1.0, 1.0, 1.4, 1.2, 0.6],
         "shop": [0.8, 0.9, 0.9, 1.0, 1.1, 1.4, 0.9]}[seg][wd]
    if country == "CN" and (date(2025, 1, 25) <= d <= date(2025, 2, 4) or date(2026, 2, 13) <= d <= date(2026, 2, 23)):
        x *= 0.2
    if seg == "florist":
        if d.month == 2 and d.day == 14:
            x *= 12
        elif d.month == 2 and d.day == 13:
            x *= 4
        moms = {"GB": [date(2025, 3, 30), date(2026, 3, 15)], "IE": [date(2025, 3, 30), date(2026, 3, 15)],
                "AU": [date(2025, 5, 11), date(2026, 5, 10)], "CN": [date(2025, 5, 11), date(2026, 5, 10)]}[country]
        for m in moms:
            if d == m or d == m - D(days=1):
                x *= 5
        if country == "CN" and ((d.month == 5 and d.day == 20) or d == date(2025, 8, 29)):
            x *= 5
    if seg == "restaurant" and country != "CN" and d.month == 12 and d.day <= 22:
        x *= 1.4
    if seg == "shop" and d.month == 12 and 10 <= d.day <= 24:
        x *= 1.6
    return x


def book_time(c, d):
    seg = c["segment"]
    if seg == "restaurant":
        if rng.random() < 0.6:
            m = ri(10 * 60 + 15, 13 * 60)
        else:
            m = ri(17 * 60, 19 * 60 + 30)
    elif seg == "florist":
        m = ri(8 * 60 + 30, 17 * 60)
    else:
        m = ri(10 * 60, 18 * 60)
    return datetime(d.year, d.month, d.day) + D(minutes=m, seconds=ri(0, 59))


# ---------- merchants ----------
def new_customer(hub_id, seg, lang):
    h = HUB[hub_id]
    sub = pick(*SUBTYPES[seg])
    a, b = NAME_PARTS["zh" if h[5] == "CN" else "en"][seg]
    name = f"{pick(a)}{pick(b)}" if h[5] == "CN" else f"{pick(a)} {pick(b)}"
    cid = f"M{len(customers) + 1:05d}"
    c = dict(customer_id=cid, signup_at="", segment=seg, 商户类型=SEG_ZH[seg], sub_type=sub, 细分品类=SUB_ZH[sub],
             region=h[6], acquisition_channel="", 获客渠道="", tier="", 套餐="", merchant_name=name, city=h[4],
             城市=h[3], hub_id=hub_id, hub=h[1], hub_en=h[2], country=h[5], currency=h[7], billing_method="",
             status="prospect", preferred_language=lang, sales_rep="", signup_channel="")
    customers.append(c)
    return c


def hub_pick():
    return pick([h[0] for h in HUBS], [h[8] for h in HUBS])


def seg_pick():
    return pick(["restaurant", "florist", "shop"], [0.42, 0.25, 0.33])


def lang_for(hub_id):
    if HUB[hub_id][5] == "CN":
        return "zh"
    return "zh" if rng.random() < 0.07 else "en"


def make_merchants():
    """returns list of (customer, first_booking_dt or None)."""
    out = []
    # legacy merchants (signed up before the data window; no sign-up events)
    for _ in range(240):
        hid, seg = hub_pick(), seg_pick()
        c = new_customer(hid, seg, lang_for(hid))
        su = datetime(2023, 4, 1) + D(days=ri(0, 500), hours=ri(9, 19), minutes=ri(0, 59))
        c["signup_at"] = iso(su)
        c["acquisition_channel"] = pick(["sales_visit", "referral", "search_ads", "social_media", "app_store"],
                                        [0.45, 0.2, 0.15, 0.1, 0.1])
        c["plan0"] = pick(["payg", "pro", "business"], [0.5, 0.38, 0.12])
        c["legacy"] = True
        out.append((c, START + D(days=ri(0, 6), hours=ri(9, 12))))
    # prospects visited by sales reps who never sign up, and new sign-ups
    ndays = (END - START).days
    grow = np.array([1 + 0.6 * i / ndays for i in range(ndays)])
    grow /= grow.sum()
    for kind, n in (("prospect", 520), ("signup", 1380)):
        for _ in range(n):
            hid, seg = hub_pick(), seg_pick()
            cn = HUB[hid][5] == "CN"
            d0 = START + D(days=int(rng.choice(ndays, p=grow)))
            c = new_customer(hid, seg, lang_for(hid))
            c["legacy"] = False
            if kind == "prospect":
                c["acquisition_channel"] = "sales_visit"
                sales_visits(c, d0, signed=False)
                continue
            ch = pick(["app", "mini_program", "web", "sales_visit"], [0.3, 0.27, 0.1, 0.33]) if cn else \
                pick(["app", "web", "sales_visit"], [0.4, 0.2, 0.4])
            c["signup_channel"] = ch
            if ch == "sales_visit":
                c["acquisition_channel"] = "sales_visit"
                su = sales_visits(c, d0, signed=True)
            else:
                c["acquisition_channel"] = {"app": pick(["app_store", "referral", "social_media"], [0.5, 0.25, 0.25]),
                                            "mini_program": pick(["wechat", "referral"], [0.75, 0.25]),
                                            "web": pick(["search_ads", "referral", "social_media"],
                                                        [0.6, 0.2, 0.2])}[ch]
                su = d0 + D(hours=ri(8, 22), minutes=ri(0, 59), seconds=ri(0, 59))
            if su is None or su > END:
                continue
            c["signup_at"] = iso(su)
            c["status"] = "signed_up"
            dev = {"app": pick(["ios", "android"], [0.55, 0.45] if not cn else [0.45, 0.55]),
                   "mini_program": pick(["ios", "android"], [0.4, 0.6]), "web": "pc", "sales_visit": "tablet"}[ch]
            ev(c, su, "tp_signup", "submit", channel=ch, device=dev, sales_rep=c["sales_rep"],
               merchant_type=seg, 商户类型=SEG_ZH[seg])
            fb_dt = verify(c, su, ch, dev)
            out.append((c, fb_dt))
    for c in customers:
        c["获客渠道"] = ACQ_ZH.get(c["acquisition_channel"], "")
    return out


def sales_visits(c, d0, signed):
    rep = pick(REPS["CN" if HUB[c["hub_id"]][5] == "CN" else "XX"])
    c["sales_rep"] = rep
    t = d0
    while t.weekday() >= 5:
        t += D(days=1)
    t = t + D(hours=ri(10, 16), minutes=ri(0, 59))
    nvis = pick([1, 2, 3], [0.55, 0.35, 0.1])
    su = None
    for k in range(nvis):
        last = k == nvis - 1
        res = ("signed_up" if signed and last else
               "follow_up" if not last else ("not_interested" if rng.random() < 0.6 else "follow_up"))
        ev(c, t, "tp_sales_visit", "visit", channel="sales_visit", sales_rep=rep, visit_no=k + 1, visit_result=res,
           拜访结果={"signed_up": "当场签约", "follow_up": "待跟进", "not_interested": "无意向"}[res],
           merchant_type=c["segment"], 商户类型=c["商户类型"])
        if res == "signed_up":
            su = t + D(minutes=ri(10, 50))
        t = t + D(days=ri(4, 16))
        while t.weekday() >= 5:
            t += D(days=1)
    return su


def verify(c, su, ch, dev):
    """verification attempts; returns the first booking datetime or None."""
    seg = c["segment"]
    food = seg == "restaurant" or c["sub_type"] == "bakery"
    p_rej = {"app": 0.13, "web": 0.15, "sales_visit": 0.05, "mini_program": 0.68 if food else 0.3}[ch]
    t = su + (D(minutes=ri(30, 240)) if ch == "sales_visit" else D(hours=float(rng.exponential(20)) + 0.5))
    country = HUB[c["hub_id"]][5]
    doc = {"CN": "营业执照", "GB": "Companies House", "AU": "ABN", "IE": "CRO"}[country]
    approved = None
    for attempt in (1, 2, 3):
        rej = rng.random() < (p_rej if attempt == 1 else 0.18)
        if rej:
            if ch == "mini_program" and food and rng.random() < 0.85:
                reason = "missing_food_permit"
            else:
                reason = pick(["blurry_document", "name_mismatch", "address_unverified", "expired_licence"],
                              [0.45, 0.25, 0.2, 0.1])
            ev(c, t, "tp_verification", "rejected", channel=ch, device=dev, attempt_no=attempt, document=doc,
               reject_reason=reason, 驳回原因=REJECT_ZH[reason], review_hours=round(float(rng.uniform(2, 40)), 1))
            if rng.random() < 0.25:
                ev(c, t + D(hours=ri(1, 30)), "tp_support", "call", channel="phone", reason="verification_help",
                   咨询原因=SUPPORT_ZH["verification_help"], handle_min=ri(4, 25))
                if rng.random() < 0.5:
                    fb(c, t + D(hours=ri(1, 30)), "verification", "call_note", rated=False)
            if ch == "mini_program" and rng.random() < 0.08:
                tt = t + D(hours=ri(2, 72))
                fb(c, tt, "verification", "app_review")
            if attempt == 3 or rng.random() > (0.45 if ch == "mini_program" else 0.65):
                return None
            t = t + D(days=float(rng.uniform(1, 9)))
        else:
            ev(c, t, "tp_verification", "approved", channel=ch, device=dev, attempt_no=attempt, document=doc,
               review_hours=round(float(rng.uniform(1, 30)), 1))
            approved = t
            break
    if approved is None:
        return None
    c["status"] = "verified"
    p_book = {"sales_visit": 0.9, "app": 0.8, "web": 0.77, "mini_program": 0.7}[ch]
    if rng.random() > p_book:
        return None
    return approved + D(days=float(rng.exponential(3.5 if ch == "sales_visit" else 6.5)), minutes=ri(5, 300))


# ---------- deliveries ----------
def price_local(c, plan, dist, asap):
    base, km, surch = PRICE[c["currency"]]
    p = (base + km * dist + (surch if asap else 0)) * PLAN_DISC[plan]
    if c["hub_id"] == "H3" and plan and DATE_NOW[0] >= HZ_PRICE:
        p *= 1.25
    return round(p, 2)


DATE_NOW = [START]


def one_delivery(c, t, plan, month_stats):
    """simulate one booking and what follows; returns (charged_local, issue list)."""
    hid, seg, sub = c["hub_id"], c["segment"], c["sub_type"]
    country = HUB[hid][5]
    cn = country == "CN"
    did = nid("d", "D", 7)
    ptype = {"restaurant": "hot_food" if rng.random() < 0.6 else "cold_food", "florist": "flowers",
             "shop": {"bakery": "cake", "pharmacy": "medicine"}.get(sub, "retail_goods")}[seg]
    dist = round(float(np.clip(rng.gamma(2.2, 1.3), 0.4, 12)), 1)
    asap = rng.random() < (0.75 if seg == "restaurant" else 0.45)
    bch = pick(["app", "mini_program", "web", "api"], [0.5, 0.25, 0.15, 0.1]) if cn else \
        pick(["app", "web", "api"], [0.6, 0.28, 0.12])
    if plan == "business" and rng.random() < 0.4:
        bch = "api"
    dev = {"app": pick(["ios", "android"], [0.5, 0.5]), "mini_program": pick(["ios", "android"], [0.4, 0.6]),
           "web": "pc", "api": ""}[bch]
    price = price_local(c, plan, dist, asap)
    bike = "e_trike" if ptype in ("cold_food",) and rng.random() < 0.5 else pick(["longtail", "box_bike", "e_trike"],
                                                                                  [0.45, 0.4, 0.15])
    ev(c, t, "tp_booking", "submit", session_id=did, channel=bch, device=dev, parcel_type=ptype,
       货物类型=PTYPE_ZH[ptype], distance_km=dist, slot="asap" if asap else "scheduled", plan=plan, 套餐=PLAN_ZH[plan],
       price_local=price, currency=c["currency"], temp_box=ptype in ("hot_food", "cold_food", "cake"))
    STATS["bookings"] = STATS.get("bookings", 0) + 1
    oct25 = DISPATCH_V3[0] <= t < DISPATCH_V3[1]
    # cancellation
    p_nr = 0.15 if oct25 else 0.008
    u = rng.random()
    reason = None
    if u < p_nr:
        reason = "no_rider"
    elif u < p_nr + 0.02:
        reason = "merchant_cancelled"
    elif u < p_nr + 0.028:
        reason = "recipient_cancelled"
    elif u < p_nr + 0.032:
        reason = "out_of_zone"
    payg = plan == "payg"
    if reason:
        mins = {"no_rider": ri(35, 95), "merchant_cancelled": ri(2, 40), "recipient_cancelled": ri(5, 60),
                "out_of_zone": ri(1, 5)}[reason]
        ev(c, t + D(minutes=mins), "tp_cancel", "cancelled", session_id=did, channel=bch, device=dev,
           cancel_reason=reason, 取消原因=CANCEL_ZH[reason], minutes_after_booking=mins)
        if payg:
            order(c, t, "delivery", price, "cancelled", channel=bch, device=dev, delivery_id=did, plan=plan,
                  parcel_type=ptype)
        if reason == "no_rider":
            month_stats["no_rider"] += 1
            if rng.random() < (0.3 if oct25 else 0.15):
                tc = t + D(minutes=mins + ri(1, 30))
                ev(c, tc, "tp_support", "call", channel="phone", session_id=did, reason="no_rider",
                   咨询原因=SUPPORT_ZH["no_rider"], handle_min=ri(3, 15))
                if rng.random() < 0.45:
                    fb(c, tc, "no_rider", "call_note", rated=False)
        return 0.0
    # pickup
    ready = t + (D(minutes=ri(10, 25)) if asap else D(minutes=ri(120, 1200)))
    if ready.hour >= 20:
        ready = (ready + D(days=1)).replace(hour=ri(8, 10), minute=ri(0, 59))
    elif ready.hour < 8:
        ready = ready.replace(hour=ri(8, 10), minute=ri(0, 59))
    wait = float(rng.lognormal(np.log(21 if oct25 else 7), 0.5))
    tp = ready + D(minutes=wait)
    rider = f"R{hid[1]}{ri(1, 60):03d}"
    ev(c, tp, "tp_pickup", "picked_up", session_id=did, channel="store", rider_id=rider, bike_type=bike,
       车型=BIKE_ZH[bike], wait_min=round(wait, 1), dispatch_version="v3" if oct25 else "v2")
    if wait > 30 and rng.random() < 0.1:
        ev(c, tp - D(minutes=ri(5, 20)), "tp_support", "chat", channel="app", session_id=did, reason="where_is_rider",
           咨询原因=SUPPORT_ZH["where_is_rider"], handle_min=ri(2, 10))
    # attempt(s)
    ride = dist / 14 * 60 * float(rng.uniform(0.9, 1.4)) + ri(2, 6)
    p_fail = {"H1": 0.04, "H2": 0.045, "H3": 0.04, "H4": 0.09, "H5": 0.05, "H6": 0.055}[hid]
    p_fail *= {"restaurant": 0.6, "florist": 1.4, "shop": 1.0}[seg]
    d = t.date()
    peak = seg == "florist" and ((d.month == 2 and d.day in (13, 14)) or
                                 (country == "CN" and d.month == 5 and d.day == 20))
    p_late = {"H1": 0.07, "H2": 0.12, "H3": 0.06, "H4": 0.07, "H5": 0.06, "H6": 0.08}[hid]
    if wait > 20:
        p_late += 0.3
    if peak:
        p_late += 0.3
    ta = tp + D(minutes=ride)
    delivered_at = None
    for attempt in (1, 2):
        if rng.random() < p_fail:
            fr = pick(list(FAIL_ZH), [0.45, 0.18, 0.17, 0.12, 0.08])
            ev(c, ta, "tp_delivery_attempt", "failed", session_id=did, channel="other", attempt_no=attempt,
               rider_id=rider, bike_type=bike, fail_reason=fr, 失败原因=FAIL_ZH[fr], ride_min=round(ride, 1))
            month_stats["failed"] += 1
            if attempt == 1 and ptype not in ("hot_food",) and rng.random() < 0.7:
                ta = ta + D(hours=ri(18, 28))
                continue
            ev(c, ta + D(minutes=ri(15, 60)), "tp_return_to_merchant", "returned", session_id=did, channel="other",
               rider_id=rider)
            if rng.random() < 0.1:
                dispute(c, ta + D(hours=ri(2, 72)), "failed_fee", did, price, plan)
            break
        late = rng.random() < p_late
        late_min = ri(8, 55) if late else 0
        ev(c, ta, "tp_delivery_attempt", "delivered_late" if late else "delivered", session_id=did, channel="other",
           attempt_no=attempt, rider_id=rider, bike_type=bike, late_min=late_min, ride_min=round(ride, 1))
        delivered_at = ta
        if late:
            month_stats["late"] += 1
        break
    if delivered_at is None:
        if payg:
            order(c, t, "delivery", price, "paid", channel=bch, device=dev, delivery_id=did, plan=plan,
                  parcel_type=ptype)
        return price
    # proof of delivery
    pod = pick(list(POD_ZH), {"CN": [0.3, 0.12, 0.18, 0.05, 0.35], "GB": [0.5, 0.22, 0.12, 0.08, 0.08],
                              "AU": [0.3, 0.1, 0.08, 0.45, 0.07], "IE": [0.5, 0.22, 0.1, 0.1, 0.08]}[country])
    ev(c, delivered_at + D(seconds=ri(20, 150)), "tp_pod", "recorded", session_id=did, channel="app", pod_type=pod,
       签收方式=POD_ZH[pod], rider_id=rider, photo_attached=pod in ("photo", "safe_place"))
    if payg:
        order(c, t, "delivery", price, "paid", channel=bch, device=dev, delivery_id=did, plan=plan, parcel_type=ptype)
    # problems after the drop
    p_nr = {"safe_place": 0.08, "front_desk": 0.012}.get(pod, 0.003)
    if rng.random() < p_nr:
        month_stats["not_received"] += 1
        dispute(c, delivered_at + D(hours=float(rng.uniform(2, 60))), "not_received", did, price, plan)
        if rng.random() < 0.15:
            fb(c, delivered_at + D(hours=ri(3, 30)), "not_received", "recipient_sms", rated=True, author="recipient",
               lang=hub_lang(hid), delivery_id=did)
        return price
    p_dmg = {"flowers": 0.014, "cake": 0.025, "hot_food": 0.012, "cold_food": 0.006}.get(ptype, 0.003)
    if rng.random() < p_dmg:
        month_stats["damaged"] += 1
        if rng.random() < 0.7:
            dispute(c, delivered_at + D(hours=float(rng.uniform(1, 30))), "damaged", did, price, plan)
        if rng.random() < 0.3:
            fb(c, delivered_at + D(hours=ri(1, 20)), "damaged", "recipient_sms", author="recipient",
               lang=hub_lang(hid), delivery_id=did)
        return price
    late = late_min > 0
    if late and rng.random() < 0.05:
        dispute(c, delivered_at + D(hours=float(rng.uniform(1, 48))), "late", did, price, plan)
    # recipient rating by SMS link
    if rng.random() < (0.07 if late else 0.03):
        if late and rng.random() < 0.7:
            topic = "late"
        else:
            topic = pick(["praise_rider", "on_time", "praise_eco"], [0.45, 0.35, 0.2])
        fb(c, delivered_at + D(minutes=ri(20, 600)), topic, "recipient_sms", author="recipient", lang=hub_lang(hid),
           delivery_id=did)
    return price


def dispute(c, t, reason, ref, local, plan, bill_order=None):
    sid = nid("s", "DS", 5)
    ev(c, t, "tp_dispute", "opened", session_id=sid, channel="app", dispute_reason=reason,
       争议原因=DISPUTE_ZH[reason], ref_id=ref, claimed_local=round(local, 2))
    STATS["disputes"] = STATS.get("disputes", 0) + 1
    p_rej = {"not_received": 0.35, "damaged": 0.2, "late": 0.5, "failed_fee": 0.6, "billing_error": 0.03}[reason]
    if rng.random() < 0.55:
        fb(c, t + D(minutes=ri(5, 120)), {"not_received": "not_received", "damaged": "damaged", "late": "late",
                                          "failed_fee": "failed_fee", "billing_error": "billing"}[reason], "ticket",
           rated=False)
    review = float(rng.uniform(1, 5)) if reason == "billing_error" else float(rng.gamma(2.0, 2.2)) + 0.5
    tr = t + D(days=review)
    if rng.random() < p_rej:
        ev(c, tr, "tp_dispute", "rejected", session_id=sid, channel="email", dispute_reason=reason,
           争议原因=DISPUTE_ZH[reason], ref_id=ref, review_days=round(review, 1))
        return
    if reason == "billing_error":
        kind, amt = "partial", local
    elif reason in ("not_received", "damaged"):
        kind = "full" if rng.random() < 0.8 else "partial"
        amt = local if kind == "full" else local * 0.5
    else:
        kind, amt = "partial", local * 0.5
    ev(c, tr, "tp_refund", "refunded", session_id=sid, channel="email", refund_type=kind, dispute_reason=reason,
       争议原因=DISPUTE_ZH[reason], refund_local=round(amt, 2), ref_id=ref, review_days=round(review, 1))
    order(c, tr, "refund", amt, "refunded", channel="app", ref_id=ref, dispute_reason=reason, plan=plan,
          delivery_id=ref if ref.startswith("D") else "", bill_id=ref if ref.startswith("WB") else "")
    if review > 8 and rng.random() < 0.5:
        fb(c, tr + D(hours=ri(1, 48)), "refund_slow", "ticket", rated=False)


def simulate(merchants):
    for c, first in merchants:
        if first is None or first > END:
            if c["status"] in ("signed_up", "verified"):
                c["status"] = "never_booked"
            continue
        seg, hid = c["segment"], c["hub_id"]
        plan = c.get("plan0", "pro" if c["signup_channel"] == "sales_visit" and rng.random() < 0.3 else "payg")
        rate = {"restaurant": 0.48, "florist": 0.32, "shop": 0.36}[seg] * float(rng.gamma(2.0, 0.5))
        c["status"] = "active"
        last_offer = None
        pending_plan = None          # (effective month, plan)
        pending_weeks = {}           # week start -> amount to bill (pro / business)
        month = datetime(first.year, first.month, 1)
        prev = None
        first_done = False
        while month <= END:
            nxt = datetime(month.year + (month.month == 12), month.month % 12 + 1, 1)
            DATE_NOW[0] = month
            if pending_plan and pending_plan[0] <= month:
                plan = pending_plan[1]
                pending_plan = None
            ms = dict(no_rider=0, late=0, failed=0, not_received=0, damaged=0, billing=0, n=0)
            # churn this month? (hazard from last month's experience)
            stop = nxt
            why = None
            if prev is not None:
                bad = prev["no_rider"] + prev["failed"] + prev["not_received"] + prev["damaged"] + prev["billing"]
                h = {"restaurant": 0.03, "florist": 0.02, "shop": 0.025}[seg] + 0.02 * min(3, bad)
                hz = hid == "H3" and month >= HZ_PRICE
                if hz:
                    h += 0.07
                if rng.random() < h:
                    stop = month + D(days=ri(3, 26), hours=ri(9, 18), minutes=ri(0, 59))
                    if hz and rng.random() < 0.7:
                        why = "price"
                    elif bad and rng.random() < 0.5:
                        why = "service_quality"
                    else:
                        why = pick(["price", "low_volume", "closed_business", "switched_competitor"],
                                   [0.2, 0.5, 0.2, 0.1])
            # plan fee (first month: at the first booking)
            if plan in ("pro", "business"):
                fee_t = first if not first_done else month + D(hours=2, minutes=ri(0, 59))
                order(c, fee_t, "plan_fee", PLAN_FEE[c["currency"]][plan], "paid" if rng.random() < 0.97 else "overdue",
                      channel="other", plan=plan, 套餐=PLAN_ZH[plan])
            # bookings this month
            mult = {"payg": 1.0, "pro": 2.5, "business": 4.0}[plan]
            d_start = (first if not first_done else month).date()
            d_end = min(stop.date() - D(days=0 if stop == nxt else -1), END.date() + D(days=1))
            days = [d_start + D(days=i) for i in range(max(0, (d_end - d_start).days))]
            counts = rng.poisson([rate * mult / 7 * day_factor(c, x) for x in days]) if days else []
            for dd, n in zip(days, counts):
                n = int(n)
                if not first_done:
                    n = max(n, 1)
                for _ in range(n):
                    bt = book_time(c, dd)
                    if not first_done:
                        bt = max(bt, first)
                        first_done = True
                    if bt > END or bt >= stop:
                        continue
                    charged = one_delivery(c, bt, plan, ms)
                    ms["n"] += 1
                    if plan in ("pro", "business") and charged > 0:
                        wk = dd - D(days=dd.weekday())
                        pending_weeks[wk] = (pending_weeks.get(wk, (0.0, plan))[0] + charged, plan)
            # weekly bills issued on the Monday after each finished week
            for wk in sorted(pending_weeks):
                if wk + D(days=7) <= stop.date() or why:
                    amt, pl = pending_weeks.pop(wk)
                    bt = datetime(wk.year, wk.month, wk.day) + D(days=7, hours=6, minutes=ri(0, 30))
                    weekly_bill(c, bt, wk, amt, pl, ms)
            if why:
                ev(c, stop, "tp_churn", "churned", channel="other", churn_reason=why, 流失原因=CHURN_ZH[why],
                   plan=plan, 套餐=PLAN_ZH[plan])
                c["status"] = "churned"
                break
            # monthly merchant survey
            if ms["n"] and rng.random() < 0.09:
                survey(c, month, nxt, ms, first)
            if hid == "H3" and month >= HZ_PRICE and rng.random() < 0.08:
                fb(c, month + D(days=ri(0, 27), hours=ri(9, 21)), "price", "app_review")
            # upgrade offers and plan changes (effective the month after the change)
            if pending_plan is None:
                tu = None
                if plan == "payg" and ms["n"] >= 5 and (last_offer is None or (nxt - last_offer).days > 90):
                    tu, to = offer(c, nxt, "pro" if rng.random() < 0.8 else "business", plan)
                    last_offer = nxt
                elif plan == "pro" and ms["n"] >= 12 and (last_offer is None or (nxt - last_offer).days > 90):
                    tu, to = offer(c, nxt, "business", plan)
                    last_offer = nxt
                elif plan != "payg" and rng.random() < 0.012:
                    to = "payg"
                    tu = nxt + D(days=ri(2, 25), hours=ri(9, 20))
                    plan_change(c, tu, plan, to)
                elif plan == "payg" and rng.random() < 0.004:
                    to = "pro"
                    tu = nxt + D(days=ri(2, 25), hours=ri(9, 20))
                    plan_change(c, tu, plan, to)
                if tu is not None:
                    pending_plan = (datetime(tu.year + (tu.month == 12), tu.month % 12 + 1, 1), to)
            prev = ms
            month = nxt
        if pending_plan and pending_plan[0] <= END:
            plan = pending_plan[1]
        c["tier"] = plan
        c["套餐"] = PLAN_ZH[plan]
        c["billing_method"] = "per_delivery" if plan == "payg" else "weekly_invoice"


def offer(c, t, to, frm):
    t = t + D(hours=ri(8, 11), minutes=ri(0, 59))
    och = pick(["email", "app_push"], [0.55, 0.45])
    ev(c, t, "tp_upgrade_offer", "sent", channel=och, offer_plan=to, 推荐套餐=PLAN_ZH[to], from_plan=frm,
       promo_code=pick(["UP1M", "FREEMONTH", "PRO50"]))
    p = {"florist": 0.4, "restaurant": 0.24, "shop": 0.16}[c["segment"]]
    if frm == "pro":
        p *= 0.6
    if rng.random() < p:
        tu = t + D(days=float(rng.uniform(0.2, 24)))
        plan_change(c, tu, frm, to)
        return tu, to
    return None, None


def plan_change(c, t, frm, to):
    up = ["payg", "pro", "business"].index(to) > ["payg", "pro", "business"].index(frm)
    ev(c, t, "tp_plan_change", "upgrade" if up else "downgrade", channel="app", from_plan=frm, to_plan=to,
       套餐=PLAN_ZH[to])


def weekly_bill(c, t, wk, amt, plan, ms):
    bid = nid("b", "WB", 6)
    err = False
    if c["hub_id"] == "H4" and LONDON_DOUBLE[0] <= t <= LONDON_DOUBLE[1] and rng.random() < 0.45:
        err = True
        billed = amt * 2
    elif rng.random() < 0.004:
        err = True
        billed = amt * 1.15
    else:
        billed = amt
    ev(c, t, "tp_weekly_bill", "issued", session_id=bid, channel="email", bill_week=wk.isoformat(),
       bill_amount_local=round(billed, 2), currency=c["currency"], billing_error=err, plan=plan, 套餐=PLAN_ZH[plan])
    status = "paid" if rng.random() < 0.95 else "overdue"
    order(c, t, "weekly_bill", billed, status, channel="other", bill_id=bid, bill_week=wk.isoformat(), plan=plan,
          billing_error=err)
    if err:
        ms["billing"] += 1
        if rng.random() < 0.85:
            dispute(c, t + D(hours=float(rng.uniform(4, 96))), "billing_error", bid, billed - amt, plan)
        if rng.random() < 0.3:
            ev(c, t + D(hours=ri(2, 30)), "tp_support", "call", channel="phone", session_id=bid,
               reason="billing_question", 咨询原因=SUPPORT_ZH["billing_question"], handle_min=ri(5, 30))


def survey(c, month, nxt, ms, first):
    t = month + D(days=ri(20, 27), hours=ri(9, 21), minutes=ri(0, 59))
    if t < first:
        return
    w = {"no_rider": 3 * ms["no_rider"], "not_received": 4 * ms["not_received"], "billing": 4 * ms["billing"],
         "damaged": 3 * ms["damaged"], "late": ms["late"], "failed_fee": ms["failed"]}
    if c["hub_id"] == "H3" and month >= HZ_PRICE:
        w["price"] = 3
    w = {k: v for k, v in w.items() if v}
    if w and rng.random() < 0.6:
        topic = pick(list(w), list(w.values()))
    else:
        topic = pick(["praise_rider", "praise_eco", "app_easy", "on_time", "suggestion", "price"],
                     [0.22, 0.18, 0.18, 0.17, 0.15, 0.10])
    fb(c, t, topic, "survey", nps=True)


def extra_feedback():
    # app store / mini program reviews (about booking in the app)
    for _ in range(230):
        c = customers[ri(0, len(customers) - 1)]
        if not c["signup_at"] or c["status"] == "prospect":
            continue
        topic = pick(["app_easy", "suggestion", "price", "verification", "on_time"], [0.4, 0.2, 0.15, 0.1, 0.15])
        d = START + D(days=ri(0, (END - START).days), hours=ri(8, 23))
        fb(c, None if rng.random() < 0.12 else d, topic, "app_review", tp="tp_booking" if topic != "verification"
           else "tp_verification")
    # social posts (public, no customer; half without ts)
    for _ in range(240):
        hid = hub_pick()
        lang = hub_lang(hid)
        topic = pick(["not_received", "no_rider", "praise_eco", "late", "price", "praise_rider", "damaged"],
                     [0.18, 0.12, 0.25, 0.12, 0.1, 0.15, 0.08])
        if topic == "not_received" and rng.random() < 0.6:
            hid, lang = "H5", "en"
        if topic == "no_rider":
            d = DISPATCH_V3[0] + D(days=ri(0, 30), hours=ri(9, 22))
        else:
            d = START + D(days=ri(0, (END - START).days), hours=ri(8, 23))
        fb(None, None if rng.random() < 0.5 else d, topic, "social", tp=None, rated=False, lang=lang,
           author="public", hub_id=None)
        feedback[-1]["platform"] = pick(["weibo", "xiaohongshu"]) if lang == "zh" else pick(["twitter", "reddit",
                                                                                              "instagram"])
        feedback[-1]["hub_mentioned"] = HUB[hid][2]


def write(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)

    def dump(name, rows, cols=None):
        if cols is None:
            cols = []
            for r in rows:
                for k in r:
                    if k not in cols:
                        cols.append(k)
        fmt = {True: "true", False: "false"}
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(cols)
            w.writerows([fmt.get(v, v) if isinstance(v, bool) else v for v in map(r.get, cols, [""] * len(cols))]
                        for r in rows)

    dump("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                              kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    dump("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=i + 1,
                           touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for i, tp in enumerate(j[3])])
    ccols = ["customer_id", "signup_at", "segment", "商户类型", "sub_type", "细分品类", "region", "acquisition_channel",
             "获客渠道", "tier", "套餐", "merchant_name", "city", "城市", "hub_id", "hub", "hub_en", "country",
             "currency", "billing_method", "status", "preferred_language", "sales_rep", "signup_channel"]
    dump("customers", customers, ccols)
    events.sort(key=lambda r: (r["ts"], r["customer_id"], r["touchpoint_id"]))
    for i, r in enumerate(events, 1):
        r["event_id"] = f"E{i:07d}"
    dump("events", events)
    orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    dump("orders", orders)
    dump("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                "nps", "language", "author_type", "评价人", "hub_id", "hub", "hub_en", "delivery_id",
                                "platform", "hub_mentioned"])
    with open(out / "_truth" / "feedback_truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["feedback_id", "topic"])
        w.writeheader()
        w.writerows(truth)


def main() -> int:
    out = Path(sys.argv[1])
    merchants = make_merchants()
    simulate(merchants)
    extra_feedback()
    write(out)
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"bookings {STATS.get('bookings')}, disputes {STATS.get('disputes')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
