"""Threadly 织趣: an online fashion / apparel brand selling through its own app, a WeChat mini-program, a Tmall flagship
store and a Douyin live-stream shop, 2025-04-01 .. 2026-08-31 (historical relative to 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments table),
plus the generator's truth for the feedback comments (topic, sentiment) in OUTDIR/_truth/feedback_truth.csv for
gold.py. Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260831
START = datetime(2025, 4, 1)
END = datetime(2026, 8, 31, 23, 59, 0)
NDAYS = (END.date() - START.date()).days + 1
N_OLD, N_NEW = 1400, 2800
D = timedelta

COUPON_BUG = (datetime(2025, 10, 28), datetime(2025, 11, 12, 23, 59))     # Android app 6.4.0: 双11 coupons break pay
REFUND_BACKLOG = (datetime(2025, 11, 14), datetime(2025, 12, 21, 23, 59))  # returns warehouse backlog after 双11
KIKI_FILTER = (datetime(2026, 1, 1), datetime(2026, 3, 31, 23, 59))        # host Kiki酱's new beauty filter / ring light
DRESS_SMALL = (datetime(2026, 4, 1), datetime(2026, 6, 30, 23, 59))        # spring-summer dress line cut one size small
D11 = (datetime(2025, 10, 20), datetime(2025, 11, 11, 23, 59))
D618_25 = (datetime(2025, 5, 20), datetime(2025, 6, 18, 23, 59))
D618_26 = (datetime(2026, 5, 20), datetime(2026, 6, 18, 23, 59))

CATS = ["tops", "dresses", "bottoms", "outerwear", "shoes", "accessories"]
CAT_PRICE = {"tops": 119, "dresses": 239, "bottoms": 169, "outerwear": 429, "shoes": 299, "accessories": 69}
RET_BASE = {"tops": 0.11, "dresses": 0.2, "bottoms": 0.16, "outerwear": 0.12, "shoes": 0.17, "accessories": 0.04}
REASONS = ["size_too_small", "size_too_large", "colour_differs", "quality_issue", "changed_mind"]
REASON_W = {"tops": [0.24, 0.22, 0.16, 0.2, 0.18], "dresses": [0.3, 0.2, 0.16, 0.14, 0.2],
            "bottoms": [0.3, 0.3, 0.08, 0.14, 0.18], "outerwear": [0.18, 0.22, 0.12, 0.3, 0.18],
            "shoes": [0.1, 0.6, 0.05, 0.12, 0.13], "accessories": [0.0, 0.0, 0.35, 0.35, 0.3]}
COLOURS = ["黑色", "白色", "燕麦色", "雾霾蓝", "酒红色", "奶油黄", "灰色", "卡其色", "牛仔蓝", "粉色"]
SIZES = ["XS", "S", "M", "L", "XL"]
SHOE = ["35", "36", "37", "38", "39", "40", "41", "42", "43"]
HOSTS = ["小鹿Lulu", "阿May", "大橙子", "Kiki酱"]
HOST_W = [0.45, 0.33, 0.22, 0.0]            # before Kiki酱 joins on 2025-09-01
HOST_W2 = [0.28, 0.2, 0.14, 0.38]
CARRIERS = ["SF", "ZTO", "YTO", "JD"]
CARRIER_W = [0.25, 0.35, 0.25, 0.15]
TRANSIT = {"SF": 1.6, "ZTO": 2.6, "YTO": 2.8, "JD": 1.9}
PROVINCES = [  # province, region, weight
    ("广东", "华南", 0.17), ("浙江", "华东", 0.12), ("江苏", "华东", 0.11), ("上海", "华东", 0.08), ("北京", "华北", 0.07),
    ("山东", "华北", 0.08), ("四川", "西南", 0.07), ("湖北", "华中", 0.06), ("福建", "华南", 0.06), ("河南", "华中", 0.06),
    ("湖南", "华中", 0.05), ("重庆", "西南", 0.04), ("陕西", "西北", 0.03)]
ACQ = ["douyin_live", "xiaohongshu", "tmall", "app_store", "wechat", "referral"]
ACQ_W = [0.28, 0.2, 0.2, 0.1, 0.14, 0.08]
ACQ_CH = {"douyin_live": ("douyin", 0.72), "xiaohongshu": ("app", 0.6), "tmall": ("tmall", 0.78),
          "app_store": ("app", 0.8), "wechat": ("mini_program", 0.72), "referral": ("mini_program", 0.55)}
ACQ_LIFE = {"douyin_live": 140, "xiaohongshu": 260, "tmall": 300, "app_store": 330, "wechat": 300, "referral": 380}
ACQ_RATE = {"douyin_live": 0.8, "xiaohongshu": 1.0, "tmall": 1.0, "app_store": 1.15, "wechat": 1.05, "referral": 1.2}
CH_ALL = ["app", "mini_program", "tmall", "douyin"]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_live_stream", "抖音直播间", "Douyin live stream", "awareness", "social", "digital", "直播电商",
     "直播|直播间|抖音直播|带货|主播|live|live stream|livestream|live room|Douyin live"),
    ("tp_feed", "种草信息流", "Discovery feed", "awareness", "ads", "digital", "内容营销",
     "种草|信息流|推荐流|小红书|首页推荐|feed|discovery feed|home feed|recommendations"),
    ("tp_push", "推送与短信", "Push & SMS", "awareness", "app", "digital", "CRM",
     "推送|短信|消息提醒|上新提醒|push|sms|notification"),
    ("tp_signup", "注册入会", "Sign-up / join membership", "consideration", "app", "digital", "会员运营",
     "注册|入会|加入会员|开卡|sign up|signup|join|registration|membership sign-up"),
    ("tp_search", "搜索", "Search", "consideration", "app", "digital", "电商产品",
     "搜索|搜款|找衣服|search|search bar"),
    ("tp_product_page", "商品详情页", "Product page", "consideration", "app", "digital", "电商产品",
     "详情页|商品页|宝贝详情|商品详情|product page|PDP|item page|product detail"),
    ("tp_size_guide", "尺码助手", "Size guide", "consideration", "app", "digital", "商品企划",
     "尺码表|尺码助手|尺码推荐|选码|量身|size guide|size chart|size finder|fit finder|sizing"),
    ("tp_add_cart", "加入购物车", "Add to cart", "purchase", "app", "digital", "电商产品",
     "加购|加购物车|购物车|add to cart|cart|basket"),
    ("tp_checkout", "提交订单", "Checkout", "purchase", "app", "digital", "电商产品",
     "结算|下单|提交订单|用券|优惠券|checkout|place order|coupon"),
    ("tp_pay", "支付成功", "Payment", "purchase", "app", "digital", "支付",
     "支付|付款|支付成功|付款成功|pay|payment|paid"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "支付",
     "支付失败|付款失败|付不了款|payment failed|payment failure|pay error"),
    ("tp_ship", "仓库发货", "Shipped from warehouse", "service", "other", "physical", "仓储物流",
     "发货|出库|仓库发货|ship|shipped|dispatch"),
    ("tp_delivered", "快递签收", "Delivered", "service", "other", "physical", "仓储物流",
     "签收|到货|送达|物流|快递|delivery|delivered|courier|parcel"),
    ("tp_return_request", "申请退换货", "Return / exchange request", "service", "app", "digital", "售后",
     "退货|退换货|申请退货|换货|售后|七天无理由|return|return request|exchange|after-sales"),
    ("tp_pickup", "上门取件", "Return pickup", "service", "other", "physical", "售后",
     "上门取件|取件|退货取件|快递上门|pickup|return pickup|collection"),
    ("tp_return_qc", "退货仓质检", "Returns warehouse check", "service", "other", "physical", "仓储物流",
     "退货质检|退货入仓|仓库验货|质检|returns warehouse|return inspection|QC"),
    ("tp_refund", "退款到账", "Refund issued", "service", "app", "digital", "财务结算",
     "退款|退款到账|钱退回|refund|refunded|money back"),
    ("tp_exchange_ship", "换货寄出", "Exchange shipped", "service", "other", "physical", "售后",
     "换货寄出|换码|换尺码|exchange shipped|replacement|size swap"),
    ("tp_cs", "在线客服", "Customer service", "service", "app", "digital", "客服中心",
     "客服|人工客服|在线客服|售后客服|customer service|support|CS|agent"),
    ("tp_review", "评价晒单", "Review", "loyalty", "app", "digital", "用户运营",
     "评价|晒单|买家秀|评分|review|rating|product review"),
    ("tp_member_center", "会员中心", "Member centre", "loyalty", "app", "digital", "会员运营",
     "会员|会员中心|积分|积分兑换|等级|member|membership|points|loyalty|rewards"),
]

JOURNEYS = [  # id, zh, en, window, steps
    ("purchase", "商品购买", "Product purchase", 3,
     ["tp_product_page", "tp_size_guide", "tp_add_cart", "tp_checkout", "tp_pay"]),
    ("live_buy", "直播间下单", "Live-stream purchase", 1, ["tp_live_stream", "tp_product_page", "tp_checkout", "tp_pay"]),
    ("delivery", "发货签收", "Delivery", 10, ["tp_pay", "tp_ship", "tp_delivered"]),
    ("returns", "退货退款", "Return & refund", 14, ["tp_return_request", "tp_pickup", "tp_return_qc", "tp_refund"]),
    ("new_member", "新会员首单", "New member first order", 30, ["tp_signup", "tp_pay"]),
]

HOURS = np.array([1.2, 0.6, 0.3, 0.2, 0.2, 0.3, 0.8, 1.8, 2.8, 3.5, 4, 4.2, 5, 4.5, 4, 4, 4.2, 4.8, 5.5, 7, 9, 10.5, 8.5, 3.5])
HOURS /= HOURS.sum()

# ---------- feedback texts ----------
ITEM = {"tops": ("T恤", "top"), "dresses": ("连衣裙", "dress"), "bottoms": ("裤子", "trousers"),
        "outerwear": ("外套", "coat"), "shoes": ("鞋", "shoes"), "accessories": ("包包", "bag")}
TEXTS = {
    "size_small": dict(
        zh=["{iz}偏小，平时穿M的买了M根本穿不上", "尺码偏小一码，建议大家拍大一号", "按尺码表选的还是小了，腰那里好紧",
            "{iz}做小了，肩膀和胸围都勒", "尺码表不准，量了尺寸选的，结果小了一圈"],
        en=["The {ie} runs small, I'm always a M and this M is tight", "Runs a full size small, size up!",
            "Followed the size chart and it's still too small", "Way too small across the shoulders"],
        mix=["尺码偏小 runs small，要换大一码", "too small 了，穿不上"]),
    "size_large": dict(
        zh=["{iz}偏大，平时37的穿着晃脚", "尺码偏大，按平时的码买大了一号", "版型太松垮，大了一码",
            "{iz}大了，要换小一码"],
        en=["The {ie} runs large, order half a size down", "Way too big, fits like a tent",
            "Too large, I had to exchange for a smaller size"],
        mix=["偏大 too big，换小一码"]),
    "fabric": dict(
        zh=["面料太薄了，有点透", "洗了一次就起球了，质量一般", "{iz}掉色严重，洗完染了别的衣服", "线头很多，做工粗糙",
            "面料和描述不符，摸起来很廉价"],
        en=["The fabric is thin and see-through", "Started pilling after one wash", "Colour bled in the wash, poor quality fabric",
            "Loose threads everywhere, cheap material"],
        mix=["面料 quality 很一般，起球了"]),
    "colour_diff": dict(
        zh=["实物颜色和图片差别太大，色差严重", "直播间看着是奶油白，到手是屎黄色，色差太大了", "颜色和主播身上的完全不一样",
            "色差！图片是雾霾蓝收到是灰的", "买家秀和卖家秀颜色差太多"],
        en=["The colour is nothing like the photo", "Colour looks totally different from the live stream",
            "Ordered the cream one, got a yellowish thing. Huge colour difference."],
        mix=["色差太大 colour differs from the photo", "颜色和直播间 totally different"]),
    "slow_refund": dict(
        zh=["退货寄回去两周了退款还没到账", "退款太慢了，仓库说在排队质检", "快递显示签收一个多礼拜了，钱还没退",
            "退款迟迟不到账，客服只会说耐心等待", "退了货半个月没退款，以后不敢买了"],
        en=["Sent the return two weeks ago and still no refund", "Refund is taking forever, the warehouse hasn't processed it",
            "Where is my refund? It's been 12 days since they received the parcel"],
        mix=["refund 还没到账，都两周了", "退款太慢 slow refund"]),
    "slow_delivery": dict(
        zh=["双11买的等了一个星期才到", "发货太慢了，付款四天还没发", "物流太慢，一直在中转站不动"],
        en=["Delivery took a week", "Still not shipped four days after paying"],
        mix=["物流太慢 slow delivery"]),
    "coupon_bug": dict(
        zh=["双11的券用不了，一提交订单就支付失败", "优惠券叠加不了，付款一直报错", "安卓App领的满减券结算时用不上，付不了款",
            "付款失败好几次，券还被锁住了"],
        en=["Coupons don't apply at checkout and the payment fails", "Payment error every time I use the Double 11 coupon",
            "Android app can't pay with the coupon, keeps failing"],
        mix=["券用不了 coupon error，付款失败"]),
    "pickup": dict(
        zh=["预约了上门取件，快递员一直没来", "取件约了两次都没人来", "上门取件改了三次时间"],
        en=["Booked a return pickup and the courier never came", "Pickup was rescheduled twice"],
        mix=[]),
    "cs": dict(
        zh=["客服回复太慢了，排队半小时", "客服只会复制粘贴，解决不了问题", "找人工客服太难了"],
        en=["Customer service takes forever to reply", "The agent just pasted a script and didn't help"],
        mix=[]),
    "praise_fit": dict(
        zh=["尺码很准，按尺码助手推荐选的刚刚好", "版型好看，很显瘦，合身", "按平时的码买的，非常合身",
            "尺码推荐很靠谱，第一次网购衣服不用换"],
        en=["Fits perfectly, the size guide was spot on", "True to size and very flattering",
            "Great fit, ordered my usual size"],
        mix=["很合身 fits perfectly"]),
    "praise_quality": dict(
        zh=["面料很舒服，质量超出预期", "做工很好，值这个价", "颜色和图片一样，很喜欢", "性价比很高，会回购"],
        en=["Lovely soft fabric, great quality", "Exactly like the photos, love it", "Great value, will buy again"],
        mix=["质量很好 great quality，会回购"]),
    "praise_live": dict(
        zh=["跟着主播买的，很划算，讲解很详细", "直播间福利价太香了", "主播试穿很真实，买得放心"],
        en=["Bought during the live stream, great deal", "The host showed the fit honestly, love it"],
        mix=[]),
    "neutral": dict(
        zh=["还行吧，中规中矩", "一般般，对得起价格", "收到了，还没穿", "包装一般，衣服还可以"],
        en=["It's okay", "Average, nothing special", "Received, haven't worn it yet"], mix=["还行 ok"]),
    "app_ux": dict(
        zh=["App太卡了，经常闪退", "开屏广告太多", "搜索不好用，搜不到想要的款"],
        en=["The app is slow and crashes", "Too many pop-ups in the app"], mix=[]),
    "nps_pos": dict(zh=["衣服好看会推荐给朋友", "一直在织趣买，挺满意"], en=["Would recommend Threadly to friends"], mix=[]),
    "nps_neg": dict(zh=["最近体验不太好，不会推荐", "退换货太麻烦了"], en=["Not a great experience lately"], mix=[]),
}
SENT = {"size_small": "neg", "size_large": "neg", "fabric": "neg", "colour_diff": "neg", "slow_refund": "neg",
        "slow_delivery": "neg", "coupon_bug": "neg", "pickup": "neg", "cs": "neg", "app_ux": "neg",
        "praise_fit": "pos", "praise_quality": "pos", "praise_live": "pos", "neutral": "neu",
        "nps_pos": "pos", "nps_neg": "neg"}
TOPIC_TP = {"size_small": "tp_size_guide", "size_large": "tp_size_guide", "fabric": "tp_product_page",
            "colour_diff": "tp_product_page", "slow_refund": "tp_refund", "slow_delivery": "tp_delivered",
            "coupon_bug": "tp_checkout", "pickup": "tp_pickup", "cs": "tp_cs", "app_ux": "tp_feed",
            "praise_fit": "tp_size_guide", "praise_quality": "tp_review", "praise_live": "tp_live_stream",
            "neutral": "tp_review"}
SUFFIX = {"neg": dict(zh=["", "", "。", "！", "，差评", "，太失望了", "…"], en=["", "", ".", "!", " Disappointed.", " Please fix."]),
          "pos": dict(zh=["", "", "！", "，好评", "👍"], en=["", "", "!", " Thanks!"]),
          "neu": dict(zh=["", "", "。"], en=["", "."])}
REASON_TOPIC = {"size_too_small": "size_small", "size_too_large": "size_large", "colour_differs": "colour_diff",
                "quality_issue": "fabric", "changed_mind": "neutral"}


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") if t else ""


def in_(t, win):
    return win[0] <= t <= win[1]


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, truth = [], [], [], []
    cnt = {"ev": 0, "o": 0, "fb": 0, "s": 0}

    def nid(k, prefix, width):
        cnt[k] += 1
        return f"{prefix}{cnt[k]:0{width}d}"

    def app_version(c, t):
        t = t - D(days=c["lag"])
        if t < datetime(2025, 7, 15):
            return "6.2.0"
        if t < COUPON_BUG[0]:
            return "6.3.0"
        if t < datetime(2025, 11, 13):
            return "6.4.0"
        if t < datetime(2026, 3, 10):
            return "6.4.1"
        return "6.5.0"

    def ev(c, ts, tp, action, sess="", ch=None, dev=None, **extra):
        physical = tp in ("tp_ship", "tp_delivered", "tp_pickup", "tp_return_qc", "tp_exchange_ship")
        ch = ch or c["channel"]
        dev = dev or c["device"]
        events.append(dict(event_id=nid("ev", "E", 7), customer_id=c["id"], ts=fmt(ts), touchpoint_id=tp,
                           session_id=sess, action=action, device="" if physical else dev,
                           channel="logistics" if physical else ch,
                           app_version=app_version(c, ts) if (ch == "app" and not physical) else "", **extra))

    def fb(c, ts, tp, channel, topic, rating=None, nps=None, order=None, lang=None):
        t = TEXTS[topic]
        lang = lang or (c["lang"] if c else ("en" if rng.random() < 0.2 else "zh"))
        if t["mix"] and rng.random() < 0.1:
            tpl = t["mix"][rng.integers(len(t["mix"]))]
        elif lang == "en" and t["en"]:
            tpl = t["en"][rng.integers(len(t["en"]))]
        else:
            tpl = t["zh"][rng.integers(len(t["zh"]))]
        cat = order["category"] if order else ""
        iz, ie = ITEM.get(cat, ("衣服", "item"))
        text = tpl.format(iz=iz, ie=ie)
        sfx = SUFFIX[SENT[topic]]["en" if text.isascii() else "zh"]
        text += sfx[rng.integers(len(sfx))]
        fid = nid("fb", "F", 5)
        feedback.append(dict(feedback_id=fid, text=text, ts=fmt(ts), customer_id=c["id"] if c else "",
                             touchpoint_id=tp or "", channel=channel, rating=rating if rating is not None else "",
                             nps=nps if nps is not None else "", order_id=order["order_id"] if order else "",
                             category=cat, sales_channel=order["channel"] if order else "",
                             host=order["host"] if order else "", province=c["province"] if c else "",
                             device=c["device"] if c else ""))
        truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))

    def rating_for(topic):
        s = SENT[topic]
        if s == "neg":
            return int(rng.choice([1, 2, 3], p=[0.5, 0.38, 0.12]))
        if s == "pos":
            return int(rng.choice([4, 5], p=[0.3, 0.7]))
        return int(rng.choice([3, 4], p=[0.7, 0.3]))

    # ---------- day weights: growth, 618 and 双11 ----------
    days = [START + D(days=i) for i in range(NDAYS)]
    w = np.linspace(1.0, 1.45, NDAYS)
    for i, d in enumerate(days):
        if in_(d, D11):
            w[i] *= 2.8
        if d.month == 11 and d.day == 11:
            w[i] *= 3.5
        if d.month == 11 and d.day in (1, 2):      # 双11 first wave (尾款 / 开门红)
            w[i] *= 1.6
        if in_(d, D618_25) or in_(d, D618_26):
            w[i] *= 1.8
        if d.month == 6 and d.day == 18:
            w[i] *= 2.8
        if d.month == 12 and d.day == 12:
            w[i] *= 2.0
        if d.month == 3 and d.day in (7, 8):       # 38 女神节
            w[i] *= 1.8
        if datetime(2026, 2, 10) <= d <= datetime(2026, 2, 24):   # Spring Festival
            w[i] *= 0.55
        if d.month in (7, 8):
            w[i] *= 0.85
    day_w = w

    def promo_of(t):
        if in_(t, D11):
            return "double11"
        if in_(t, D618_25) or in_(t, D618_26):
            return "618"
        if t.month == 12 and t.day == 12:
            return "double12"
        if t.month == 3 and t.day in (7, 8):
            return "38festival"
        return "none"

    def cat_weights(t):
        m = t.month
        wts = {"tops": 0.3, "dresses": 0.18, "bottoms": 0.17, "outerwear": 0.1, "shoes": 0.15, "accessories": 0.1}
        if m in (10, 11, 12, 1, 2):
            wts["outerwear"] = 0.3
            wts["dresses"] = 0.07
        elif m in (4, 5, 6, 7, 8):
            wts["dresses"] = 0.3
            wts["outerwear"] = 0.03
        p = np.array([wts[k] for k in CATS])
        return p / p.sum()

    # ---------- customers ----------
    prov_w = np.array([p[2] for p in PROVINCES])
    grow = np.linspace(1.0, 1.5, NDAYS)
    signup_days = np.sort(rng.choice(NDAYS - 2, size=N_NEW, p=(grow * day_w)[:-2] / (grow * day_w)[:-2].sum()))
    custs = []
    for i in range(N_OLD + N_NEW):
        acq = str(rng.choice(ACQ, p=ACQ_W))
        pi = int(rng.choice(len(PROVINCES), p=prov_w / prov_w.sum()))
        old = i < N_OLD
        if old:
            signup = START - D(days=int(rng.integers(15, 1200)), hours=int(rng.integers(8, 23)))
        else:
            signup = START + D(days=int(signup_days[i - N_OLD]), hours=int(rng.choice(24, p=HOURS)),
                               minutes=int(rng.integers(60)), seconds=int(rng.integers(60)))
        main_ch, p_main = ACQ_CH[acq]
        c = dict(id=f"C{i + 1:05d}", acq=acq, province=PROVINCES[pi][0], region=PROVINCES[pi][1], old=old,
                 signup=signup, device="ios" if rng.random() < 0.43 else "android", channel=main_ch, p_main=p_main,
                 lang="en" if rng.random() < 0.14 else "zh", lag=float(rng.exponential(1.5)),
                 size=str(rng.choice(SIZES, p=[0.08, 0.3, 0.34, 0.2, 0.08])),
                 shoe=str(rng.choice(SHOE, p=[0.04, 0.14, 0.2, 0.2, 0.14, 0.1, 0.08, 0.06, 0.04])),
                 gender="F" if rng.random() < 0.82 else "M", prior=0.0, n_orders=0, paid=[],
                 used_sg=float(rng.beta(2, 2.2)))
        if old:
            c["prior_orders"] = int(rng.choice([0, 1, 2, 4, 7], p=[0.2, 0.3, 0.25, 0.15, 0.1]))
            c["prior"] = float(c["prior_orders"] * rng.uniform(150, 300))
        else:
            c["prior_orders"] = 0
        c["start"] = max(signup, START)
        c["end"] = min(c["start"] + D(days=float(rng.exponential(ACQ_LIFE[acq])) + 20), END)
        custs.append(c)

    # ---------- shopping sessions ----------
    cum = np.cumsum(day_w)

    def pick_day(t0, t1):
        a = max(0, (t0.date() - START.date()).days)
        b = min(NDAYS - 1, (t1.date() - START.date()).days)
        if b < a:
            return None
        lo, hi = cum[a - 1] if a > 0 else 0.0, cum[b]
        k = int(np.searchsorted(cum, rng.uniform(lo, hi)))
        k = min(max(k, a), b)
        t = START + D(days=k, hours=int(rng.choice(24, p=HOURS)), minutes=int(rng.integers(60)),
                      seconds=int(rng.integers(60)))
        return t if t >= t0 else t0 + D(minutes=float(rng.uniform(3, 120)))

    def session(c, t, ch, first=False):
        sess = nid("s", "S", 7)
        dev = c["device"] if not (ch == "tmall" and rng.random() < 0.18) else "pc"
        promo = promo_of(t)
        cat = str(rng.choice(CATS, p=cat_weights(t)))
        host = ""
        r = rng.random()
        if ch == "douyin":
            entry = "tp_live_stream" if r < 0.82 else "tp_feed"
        elif ch == "app":
            entry = "tp_feed" if r < 0.35 else ("tp_search" if r < 0.7 else "tp_push")
        elif ch == "mini_program":
            entry = "tp_feed" if r < 0.4 else ("tp_push" if r < 0.7 else "tp_search")
        else:
            entry = "tp_search" if r < 0.72 else "tp_feed"
        extra = {}
        if entry == "tp_live_stream":
            host = str(rng.choice(HOSTS, p=HOST_W if t < datetime(2025, 9, 1) else HOST_W2))
            extra["host"] = host
        ev(c, t, entry, "view", sess, ch, dev, category=cat, **extra)
        live = entry == "tp_live_stream"
        if rng.random() > (0.62 if live else 0.78):
            return
        t = t + D(minutes=float(rng.uniform(0.3, 6)))
        ev(c, t, "tp_product_page", "view", sess, ch, dev, category=cat, **extra)
        p_sg = (0.16 if live else 0.35 + 0.35 * c["used_sg"]) + (0.08 if cat in ("dresses", "shoes", "bottoms") else 0)
        if cat == "accessories":
            p_sg = 0.05
        sg = rng.random() < p_sg
        if sg:
            t = t + D(minutes=float(rng.uniform(0.3, 4)))
            ev(c, t, "tp_size_guide", "view", sess, ch, dev, category=cat)
        hot = promo in ("double11", "618")
        if live:
            go = rng.random() < (0.42 if hot else 0.32)
            if not go:
                return
            if rng.random() < 0.2:
                t = t + D(minutes=float(rng.uniform(0.2, 3)))
                ev(c, t, "tp_add_cart", "click", sess, ch, dev, category=cat, **extra)
        else:
            p_cart = (0.5 if sg else 0.3) * (1.2 if hot else 1.0)
            if first:   # new-member coupon; referral sign-ups get a friend's 新人券 worth 30 yuan
                p_cart *= 1.9 if c["acq"] == "referral" else 1.1
            if rng.random() > p_cart:
                return
            t = t + D(minutes=float(rng.uniform(0.5, 8)))
            ev(c, t, "tp_add_cart", "click", sess, ch, dev, category=cat)
            if rng.random() > (0.72 if hot else 0.58):
                return
            if rng.random() < 0.25:      # comes back later to check out
                t = t + D(hours=float(rng.uniform(2, 40)))
            else:
                t = t + D(minutes=float(rng.uniform(1, 30)))
        t = t + D(minutes=float(rng.uniform(0.3, 4)))
        if t > END:
            return
        make_order(c, t, sess, ch, dev, cat, host, sg, promo)

    def make_order(c, t, sess, ch, dev, cat, host, sg, promo):
        oid = nid("o", "TL", 6)
        if cat == "shoes":
            size = c["shoe"]
        elif cat == "accessories":
            size = "均码"
        else:
            size = c["size"] if rng.random() < 0.8 else str(rng.choice(SIZES))
        colour = str(rng.choice(COLOURS))
        qty = 1 if rng.random() < 0.85 else 2
        unit = round(float(CAT_PRICE[cat] * rng.lognormal(0, 0.3)), 0) - 0.1
        if ch == "douyin":
            unit = round(unit * 0.88, 0) - 0.1
        p_coupon = 0.8 if promo in ("double11", "618") else (0.5 if promo != "none" else 0.3)
        coupon = rng.random() < p_coupon
        coupon_amt = 0.0
        if coupon:
            coupon_amt = float(rng.choice([10, 20, 30, 50, 80])) if unit * qty >= 199 else float(rng.choice([5, 10]))
        amount = round(unit * qty - coupon_amt, 2)
        band = "<100" if unit < 100 else ("100-199" if unit < 200 else ("200-399" if unit < 400 else "400+"))
        first = "yes" if (c["n_orders"] == 0 and c["prior_orders"] == 0) else "no"
        o = dict(order_id=oid, customer_id=c["id"], ts=t, amount=amount, status="paid", channel=ch, device=dev,
                 category=cat, sku_id=f"{cat[:2].upper()}{int(rng.integers(100, 160))}", size=size, colour=colour,
                 qty=qty, list_price=round(unit * qty, 2), price_band=band, coupon_used="yes" if coupon else "no",
                 coupon_amount=coupon_amt if coupon else "", promo=promo, host=host, used_size_guide="yes" if sg else "no",
                 province=c["province"], first_order=first, ship_carrier="", ship_days="", after_sale="",
                 return_reason="", refund_days="", fit_feedback="", cancel_reason="")
        c["n_orders"] += 1
        ev(c, t, "tp_checkout", "submit", sess, ch, dev, order_id=oid, category=cat,
           coupon_used=o["coupon_used"], **({"host": host} if host else {}))
        orders.append(o)
        # unpaid: walked away
        if rng.random() < 0.05:
            o["status"], o["cancel_reason"] = "cancelled", "unpaid_timeout"
            return
        bug = ch == "app" and dev == "android" and in_(t, COUPON_BUG) and app_version(c, t) == "6.4.0" and coupon
        p_ok = 0.12 if bug else 0.95
        t = t + D(minutes=float(rng.uniform(0.3, 3)))
        paid = rng.random() < p_ok
        if not paid:
            ev(c, t, "tp_pay_fail", "fail", sess, ch, dev, order_id=oid, error="coupon_lock" if bug else "bank_declined")
            if bug and rng.random() < 0.5:
                fb(c, t + D(minutes=float(rng.uniform(2, 60))), "tp_checkout",
                   "app_review" if rng.random() < 0.6 else "cs_ticket", "coupon_bug",
                   rating=int(rng.choice([1, 2], p=[0.8, 0.2])))
            if rng.random() < (0.3 if bug else 0.6):
                t = t + D(minutes=float(rng.uniform(1, 10)))
                paid = True
            else:
                o["status"], o["cancel_reason"] = "cancelled", "payment_failed"
                return
        ev(c, t, "tp_pay", "success", sess, ch, dev, order_id=oid, amount=amount)
        c["paid"].append(o)
        # refund before shipping (仅退款): changed mind / out of stock
        if rng.random() < 0.025:
            t2 = t + D(hours=float(rng.uniform(1, 30)))
            if t2 < END:
                ev(c, t2, "tp_refund", "success", "", ch, dev, order_id=oid, amount=amount)
                o["status"], o["after_sale"] = "refunded", "refund_only"
                o["return_reason"] = "changed_mind" if rng.random() < 0.6 else "out_of_stock"
                o["refund_days"] = round((t2 - t).total_seconds() / 86400, 1)
                c["paid"].remove(o)
                return
        post_pay(c, o, t, ch, dev, live=bool(host))

    def post_pay(c, o, t, ch, dev, live):
        carrier = str(rng.choice(CARRIERS, p=CARRIER_W))
        ship_lag = float(rng.uniform(0.1, 1.2))
        if in_(t, D11) and t >= datetime(2025, 11, 1):
            ship_lag += float(rng.uniform(1, 3.5))
        if datetime(2026, 2, 5) <= t <= datetime(2026, 2, 20):
            ship_lag += float(rng.uniform(2, 5))
        t_ship = t + D(days=ship_lag)
        if t_ship > END:
            return
        ev(c, t_ship, "tp_ship", "ship", "", ch, dev, order_id=o["order_id"], carrier=carrier)
        transit = TRANSIT[carrier] * float(rng.lognormal(0, 0.25)) + (1.0 if o["province"] in ("四川", "重庆", "陕西") else 0)
        t_del = t_ship + D(days=transit)
        if t_del > END:
            return
        o["ship_carrier"] = carrier
        o["ship_days"] = round((t_del - t).total_seconds() / 86400, 1)
        ev(c, t_del, "tp_delivered", "success", "", ch, dev, order_id=o["order_id"], carrier=carrier)
        cat = o["category"]
        p_ret = RET_BASE[cat]
        reason_w = np.array(REASON_W[cat], dtype=float)
        if o["used_size_guide"] == "yes":
            p_ret *= 0.62
            reason_w[:2] *= 0.45
        if ch == "douyin":
            p_ret *= 1.35
        if o["host"] == "Kiki酱" and in_(o["ts"], KIKI_FILTER):
            p_ret = p_ret * 1.2 + 0.26
            reason_w[2] += 3.0
        if cat == "dresses" and in_(o["ts"], DRESS_SMALL):
            p_ret = p_ret * 1.2 + 0.2
            reason_w[0] += 2.2
        if o["promo"] in ("double11", "618"):
            p_ret *= 1.15
        reason_w /= reason_w.sum()
        fit = ""
        ret = rng.random() < min(p_ret, 0.9)
        reason = str(rng.choice(REASONS, p=reason_w)) if ret else ""
        if reason == "size_too_small":
            fit = "too_small"
        elif reason == "size_too_large":
            fit = "too_large"
        elif cat != "accessories" and rng.random() < 0.55:
            fr = rng.random()
            small = 0.32 if (cat == "dresses" and in_(o["ts"], DRESS_SMALL)) else 0.08
            large = 0.22 if cat == "shoes" else 0.07
            fit = "too_small" if fr < small else ("too_large" if fr < small + large else "true_to_size")
        o["fit_feedback"] = fit
        if not ret:
            review(c, o, t_del, None)
            return
        o["return_reason"] = reason
        t_req = t_del + D(days=float(rng.uniform(0.3, 6.5)))
        if t_req > END:
            o["return_reason"] = ""
            review(c, o, t_del, None)
            return
        exchange = reason in ("size_too_small", "size_too_large") and rng.random() < 0.3
        ev(c, t_req, "tp_return_request", "exchange" if exchange else "return", "", ch, dev, order_id=o["order_id"],
           reason=reason)
        t_pick = t_req + D(days=float(rng.uniform(0.3, 1.8)))
        if rng.random() < 0.06:
            t_pick += D(days=float(rng.uniform(1.5, 3)))
            if rng.random() < 0.5:
                fb(c, t_pick - D(hours=6), "tp_pickup", "cs_ticket", "pickup", order=o,
                   rating=int(rng.choice([1, 2, 3], p=[0.5, 0.3, 0.2])) if rng.random() < 0.5 else None)
        if t_pick > END:
            return
        ev(c, t_pick, "tp_pickup", "success", "", ch, dev, order_id=o["order_id"])
        t_qc = t_pick + D(days=float(rng.uniform(1.5, 3.2)))
        if t_qc > END:
            return
        ev(c, t_qc, "tp_return_qc", "pass", "", ch, dev, order_id=o["order_id"])
        if exchange:
            o["after_sale"] = "exchange"
            t_x = t_qc + D(days=float(rng.uniform(0.3, 1.5)))
            if t_x < END:
                ev(c, t_x, "tp_exchange_ship", "ship", "", ch, dev, order_id=o["order_id"])
            review(c, o, t_x, reason)
            return
        lag = float(rng.uniform(0.2, 1.3))
        if in_(t_qc, REFUND_BACKLOG):
            lag = float(rng.uniform(6, 15))
        t_ref = t_qc + D(days=lag)
        if t_ref > END:
            o["status"], o["after_sale"] = "paid", "return_pending"
            return
        ev(c, t_ref, "tp_refund", "success", "", ch, dev, order_id=o["order_id"], amount=o["amount"])
        o["status"], o["after_sale"] = "returned", "return"
        o["refund_days"] = round((t_ref - t_req).total_seconds() / 86400, 1)
        c["paid"].remove(o)
        if o["refund_days"] > 9 and rng.random() < 0.8:
            fb(c, t_req + D(days=float(rng.uniform(7.5, o["refund_days"]))), "tp_refund",
               "cs_ticket" if rng.random() < 0.6 else "app_review", "slow_refund", order=o,
               rating=int(rng.choice([1, 2], p=[0.7, 0.3])) if rng.random() < 0.6 else None)
        review(c, o, t_ref, reason)

    def review(c, o, t, reason):
        if t > END - D(days=1):
            return
        if reason is not None:
            if rng.random() > 0.5:
                return
            topic = REASON_TOPIC[reason]
        else:
            if rng.random() > 0.24:
                return
            fit = o["fit_feedback"]
            r = rng.random()
            if fit == "too_small" and r < 0.75:
                topic = "size_small"
            elif fit == "too_large" and r < 0.75:
                topic = "size_large"
            elif r < 0.1:
                topic = "fabric"
            elif r < 0.13:
                topic = "colour_diff"
            elif o["promo"] == "double11" and o["ship_days"] != "" and o["ship_days"] > 4.5 and r < 0.4:
                topic = "slow_delivery"
            elif o["host"] and r < 0.45:
                topic = "praise_live"
            elif r < 0.55:
                topic = "neutral"
            elif fit == "true_to_size" and r < 0.8:
                topic = "praise_fit"
            else:
                topic = "praise_quality"
        tp = TOPIC_TP[topic]
        if topic == "colour_diff" and o["host"]:
            tp = "tp_live_stream"
        rating = rating_for(topic)
        if reason == "changed_mind":
            rating = int(rng.choice([3, 4]))
        fb(c, t + D(days=float(rng.uniform(0.2, 5))), tp, "product_review", topic, rating=rating, order=o)

    for c in custs:
        if not c["old"]:
            ev(c, c["signup"], "tp_signup", "success", nid("s", "S", 7), c["channel"], c["device"],
               acquisition=c["acq"])
        life = (c["end"] - c["start"]).days + 1
        n = int(rng.poisson(ACQ_RATE[c["acq"]] * 1.6 * life / 30)) + (2 if not c["old"] else 0)
        times = []
        if not c["old"]:   # new members browse right after joining
            times.append(c["signup"] + D(minutes=float(rng.uniform(1, 30))))
            if rng.random() < 0.5:
                times.append(c["signup"] + D(days=float(rng.uniform(0.5, 25))))
            n -= 2
        for _ in range(max(n, 0)):
            t = pick_day(c["start"], c["end"])
            if t is not None:
                times.append(t)
        for k, t in enumerate(sorted(times)):
            if t > END:
                continue
            ch = c["channel"] if rng.random() < c["p_main"] else str(rng.choice(CH_ALL))
            session(c, t, ch, first=(k < 2 and not c["old"]))
        # member centre and points
        for _ in range(int(rng.poisson(len(c["paid"]) * 0.6))):
            t = pick_day(c["start"], c["end"])
            if t is not None:
                ev(c, t, "tp_member_center", "view", nid("s", "S", 7), "app" if c["channel"] != "mini_program"
                   else "mini_program", c["device"])
        # customer service contacts
        for _ in range(int(rng.poisson(0.25 + 0.15 * len(c["paid"])))):
            t = pick_day(c["start"], c["end"])
            if t is None:
                continue
            ev(c, t, "tp_cs", "chat", nid("s", "S", 7), c["channel"] if c["channel"] != "douyin" else "app", c["device"])
            if rng.random() < 0.18:
                fb(c, t + D(minutes=float(rng.uniform(5, 90))), "tp_cs", "cs_ticket",
                   "cs" if rng.random() < 0.7 else "neutral", rating=int(rng.choice([1, 2, 3, 4, 5],
                                                                                   p=[0.25, 0.25, 0.2, 0.15, 0.15])))

    # review events for product reviews
    cust_by = {c["id"]: c for c in custs}
    for f in feedback:
        if f["channel"] == "product_review" and f["ts"]:
            c = cust_by[f["customer_id"]]
            ev(c, datetime.fromisoformat(f["ts"]), "tp_review", "submit", nid("s", "S", 7), f["sales_channel"] or
               c["channel"], c["device"], order_id=f["order_id"])

    # ---------- app store reviews ----------
    app_users = [c for c in custs if c["channel"] == "app"]
    for _ in range(380):
        c = app_users[rng.integers(len(app_users))]
        t = pick_day(c["start"], c["end"])
        if t is None:
            continue
        topic = str(rng.choice(["app_ux", "praise_quality", "praise_fit", "neutral", "cs", "slow_refund"],
                               p=[0.3, 0.25, 0.12, 0.15, 0.1, 0.08]))
        tp = TOPIC_TP[topic]
        fb(c, None if rng.random() < 0.16 else t, tp, "app_review", topic, rating=rating_for(topic))

    # ---------- NPS survey waves (end of each quarter): 130 active customers + 45 who had a return that quarter ----------
    slow_refunded = {o["customer_id"] for o in orders if o["refund_days"] != "" and o["refund_days"] > 9}
    for wave in (datetime(2025, 6, 28), datetime(2025, 9, 27), datetime(2025, 12, 27), datetime(2026, 3, 28),
                 datetime(2026, 6, 27)):
        q0 = wave - D(days=88)
        ret_q = sorted({o["customer_id"] for o in orders if o["status"] == "returned" and q0 <= o["ts"] <= wave})
        pool = [c for c in custs if c["start"] <= wave and c["end"] >= wave - D(days=60) and c["id"] not in ret_q]
        picked = [pool[k] for k in rng.choice(len(pool), size=min(130, len(pool)), replace=False)]
        picked += [cust_by[ret_q[k]] for k in rng.choice(len(ret_q), size=min(45, len(ret_q)), replace=False)]
        for c in picked:
            t = wave + D(days=float(rng.uniform(0, 3)), hours=float(rng.uniform(8, 22)))
            if c["id"] in slow_refunded and wave == datetime(2025, 12, 27):
                score = int(rng.choice(range(11), p=[0.1, 0.1, 0.13, 0.14, 0.14, 0.12, 0.1, 0.08, 0.05, 0.03, 0.01]))
            elif c["id"] in ret_q:
                score = int(rng.choice(range(11), p=[0.02, 0.02, 0.04, 0.06, 0.08, 0.1, 0.14, 0.18, 0.16, 0.12, 0.08]))
            else:
                score = int(rng.choice(range(11), p=[0.01, 0.01, 0.02, 0.03, 0.04, 0.06, 0.09, 0.17, 0.2, 0.19, 0.18]))
            topic = "nps_pos" if score >= 9 else ("nps_neg" if score <= 6 else "neutral")
            if c["id"] in slow_refunded and score <= 6 and rng.random() < 0.6:
                topic = "slow_refund"
            fb(c, t, "tp_refund" if topic == "slow_refund" else "", "nps_survey", topic, nps=score)

    # ---------- social posts (小红书 / 抖音 comments): no ts, no customer ----------
    for _ in range(140):
        topic = str(rng.choice(["colour_diff", "size_small", "fabric", "praise_quality", "praise_fit", "praise_live"],
                               p=[0.26, 0.18, 0.16, 0.2, 0.1, 0.1]))
        fb(None, None, TOPIC_TP[topic], "social", topic)

    # ---------- tiers and segments ----------
    last_paid = {}
    spend = {}
    for o in orders:
        if o["status"] == "paid":
            spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + o["amount"]
            last_paid[o["customer_id"]] = max(last_paid.get(o["customer_id"], START), o["ts"])
    cust_rows = []
    for c in custs:
        s = spend.get(c["id"], 0) + c["prior"]
        tier = "regular" if s < 400 else ("silver" if s < 1000 else ("gold" if s < 2200 else "black"))
        lp = last_paid.get(c["id"])
        if not c["old"] and c["signup"] >= END - D(days=60):
            seg = "new"
        elif lp is None or lp < END - D(days=150):
            seg = "at_risk"
        elif tier in ("gold", "black"):
            seg = "vip"
        else:
            seg = "returning"
        cust_rows.append(dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment=seg, region=c["region"],
                              acquisition_channel=c["acq"], tier=tier, province=c["province"], gender=c["gender"],
                              primary_device=c["device"], primary_channel=c["channel"], usual_size=c["size"],
                              shoe_size=c["shoe"]))

    # ---------- write ----------
    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            wr = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            wr.writeheader()
            for r in rows:
                wr.writerow({k: ("" if r.get(k) is None else r.get(k, "")) for k in cols})

    write("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                               kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                            touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write("customers", cust_rows, list(cust_rows[0].keys()))
    for k in rng.choice(len(events), size=120, replace=False):   # SDK re-sends: exact duplicate rows
        events.append(dict(events[k]))
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                             "channel", "app_version", "category", "host", "order_id", "coupon_used", "amount",
                             "carrier", "reason", "error", "acquisition"])
    orders.sort(key=lambda o: o["ts"])
    for o in orders:
        o["ts"] = fmt(o["ts"])
    write("orders", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "category",
                             "sku_id", "size", "colour", "qty", "list_price", "price_band", "coupon_used",
                             "coupon_amount", "promo", "host", "used_size_guide", "province", "first_order",
                             "ship_carrier", "ship_days", "after_sale", "return_reason", "refund_days",
                             "fit_feedback", "cancel_reason"])
    order = sorted(range(len(feedback)), key=lambda i: (feedback[i]["ts"] == "", feedback[i]["ts"]))
    fbs = [feedback[i] for i in order]
    tr = [truth[i] for i in order]
    for k, (f, t) in enumerate(zip(fbs, tr), 1):
        f["feedback_id"] = t["feedback_id"] = f"F{k:05d}"
    write("feedback", fbs, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                            "order_id", "category", "sales_channel", "host", "province", "device"])
    (out / "_truth").mkdir(exist_ok=True)
    write("_truth/feedback_truth", tr, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(cust_rows)}, events {len(events)}, orders {len(orders)}, feedback {len(fbs)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
