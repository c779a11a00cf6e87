"""ReLoop 乐循环: a second-hand goods marketplace app (buyers and sellers are both customers), with escrow payment
(担保交易), optional official inspection (官方验机/验货) for phones, cameras, luxury and computers, price suggestion
(智能估价), offers (出价议价), returns and platform arbitration (平台介入), 2025-08-01 .. 2026-07-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus the generator's truth for the feedback comments (topic, sentiment) in OUTDIR/_truth/ for gold.py.
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260731
START = datetime(2025, 8, 1)
END = datetime(2026, 7, 31, 23, 59, 0)
NDAYS = (END.date() - START.date()).days + 1
N_OLD, N_NEW = 900, 2100
D = timedelta

PHONE_RULE = datetime(2026, 1, 15)                                   # inspection centre: battery health >= 85 %
PAYOUT_SLOW = (datetime(2026, 3, 1), datetime(2026, 5, 15, 23, 59))  # new payment provider + manual risk review
FAKE_RING = (datetime(2026, 4, 1), datetime(2026, 6, 30, 23, 59))    # counterfeit luxury ring (Guangzhou sellers)
PAY_BUG = (datetime(2026, 2, 9), datetime(2026, 2, 22, 23, 59))      # Android app 7.2.0 escrow payment crash
GRAD = (datetime(2026, 6, 1), datetime(2026, 6, 30, 23, 59))         # graduation season: textbooks flood in

CATS = ["手机", "相机", "奢侈品", "图书", "电脑平板", "服饰鞋包", "家居家电", "潮玩手办"]
CAT_W = np.array([0.24, 0.07, 0.07, 0.15, 0.11, 0.15, 0.11, 0.10])
CAT_PRICE = {"手机": 2100, "相机": 3400, "奢侈品": 6800, "图书": 38, "电脑平板": 2900, "服饰鞋包": 280,
             "家居家电": 420, "潮玩手办": 320}
INSPECTABLE = {"手机": 0.66, "相机": 0.55, "奢侈品": 0.62, "电脑平板": 0.45}
FRAGILE = {"手机": 1.0, "相机": 1.6, "电脑平板": 1.3, "家居家电": 1.4, "潮玩手办": 1.0, "奢侈品": 0.3,
           "服饰鞋包": 0.1, "图书": 0.2}
LOWBALL = {"手机": 0.42, "相机": 0.24, "电脑平板": 0.26, "奢侈品": 0.22, "图书": 0.08, "服饰鞋包": 0.14,
           "家居家电": 0.15, "潮玩手办": 0.16}
GRADES = ["S", "A", "B", "C", "D"]          # S 全新未使用, A 99新, B 95新, C 9成新, D 8成新及以下
GRADE_W = [0.10, 0.30, 0.30, 0.20, 0.10]
GRADE_MULT = {"S": 1.0, "A": 0.86, "B": 0.76, "C": 0.64, "D": 0.5}
NAD = {"S": 0.015, "A": 0.035, "B": 0.06, "C": 0.075, "D": 0.05}   # not-as-described base rate (uninspected)
CARRIERS = ["SF", "JD", "ZTO", "YTO", "EMS"]
CARRIER_W = [0.30, 0.15, 0.25, 0.20, 0.10]
TRANSIT = {"SF": 1.3, "JD": 1.5, "ZTO": 2.6, "YTO": 2.8, "EMS": 3.5}
DAMAGE = {"SF": 0.012, "JD": 0.014, "ZTO": 0.065, "YTO": 0.018, "EMS": 0.016}
CITIES = [  # city, region, weight
    ("Shanghai", "华东", 0.22), ("Beijing", "华北", 0.19), ("Shenzhen", "华南", 0.15), ("Guangzhou", "华南", 0.13),
    ("Hangzhou", "华东", 0.12), ("Chengdu", "西南", 0.11), ("Wuhan", "华中", 0.08)]
ACQ = ["app_store", "douyin_ads", "xiaohongshu", "referral", "trade_in_campaign"]
ACQ_W = [0.25, 0.22, 0.2, 0.13, 0.2]
ACQ_LIFE = {"app_store": 260, "douyin_ads": 90, "xiaohongshu": 200, "referral": 330, "trade_in_campaign": 240}
FIRST_LIST = {"app_store": 0.5, "douyin_ads": 0.2, "xiaohongshu": 0.45, "referral": 0.58, "trade_in_campaign": 0.78}
ROLE_P = {"trade_in_campaign": [0.25, 0.45, 0.30]}   # buyer, seller, both
ROLE_DEFAULT = [0.58, 0.17, 0.25]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_push", "推送通知", "Push notification", "awareness", "app", "digital", "用户增长",
     "推送|消息推送|降价提醒|push|push notification|price drop alert"),
    ("tp_home", "首页推荐", "Home feed", "awareness", "app", "digital", "推荐算法",
     "首页|推荐流|猜你喜欢|home|home feed|homepage"),
    ("tp_signup", "注册", "Sign-up", "consideration", "app", "digital", "用户增长",
     "注册|新用户注册|sign up|signup|registration"),
    ("tp_search", "搜索", "Search", "consideration", "app", "digital", "搜索",
     "搜索|搜宝贝|找货|search|search bar"),
    ("tp_item_page", "商品详情", "Item page", "consideration", "app", "digital", "交易",
     "商品页|详情页|宝贝详情|listing page|item page|product page|PDP"),
    ("tp_chat", "聊一聊", "Chat with seller", "consideration", "app", "digital", "社区与IM",
     "聊一聊|私信|咨询卖家|问卖家|chat|message seller|ask seller"),
    ("tp_offer", "出价议价", "Make an offer", "consideration", "app", "digital", "交易",
     "出价|议价|砍价|还价|offer|make an offer|bargain|haggle"),
    ("tp_list_start", "发布闲置", "Start a listing", "consideration", "app", "digital", "卖家增长",
     "我要卖|发闲置|发布|开始发布|sell|list an item|start listing|create listing"),
    ("tp_price_suggest", "智能估价", "Price suggestion", "consideration", "app", "digital", "定价算法",
     "估价|建议价|智能定价|定价建议|price suggestion|suggested price|pricing tool"),
    ("tp_list_publish", "商品上架", "Listing published", "purchase", "app", "digital", "卖家增长",
     "上架|发布成功|挂出|listing live|listing published|publish"),
    ("tp_order", "下单", "Place order", "purchase", "app", "digital", "交易",
     "下单|拍下|立即购买|place order|buy now|checkout"),
    ("tp_escrow_pay", "担保支付", "Escrow payment", "purchase", "app", "digital", "支付",
     "担保交易|付款|支付|担保支付|escrow|payment|pay"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "支付",
     "支付失败|付款失败|payment failed|payment failure|pay error"),
    ("tp_sold", "商品售出", "Item sold", "purchase", "app", "digital", "卖家增长",
     "卖出|成交|售出|被拍下|sold|item sold|sale"),
    ("tp_cancel", "取消订单", "Order cancelled", "purchase", "app", "digital", "交易",
     "取消|取消订单|关闭订单|cancel|cancellation"),
    ("tp_ship", "卖家发货", "Seller ships", "service", "app", "digital", "物流",
     "发货|寄出|填单号|ship|shipping|dispatch"),
    ("tp_inspection", "官方验机", "Official inspection", "service", "other", "physical", "验机中心",
     "验机|验货|鉴定|质检|验机中心|inspection|authentication|quality check"),
    ("tp_delivered", "签收", "Delivered", "service", "other", "physical", "物流",
     "签收|到货|送达|快递|物流|delivered|delivery|courier|parcel"),
    ("tp_confirm", "确认收货", "Confirm receipt", "service", "app", "digital", "交易",
     "确认收货|收货确认|确认收到|confirm receipt|confirm delivery|receipt confirmation"),
    ("tp_return_request", "申请退货退款", "Return request", "service", "app", "digital", "售后",
     "退货|退款申请|申请退款|售后|return|return request|refund request"),
    ("tp_dispute", "平台介入", "Platform dispute", "service", "app", "digital", "交易安全",
     "纠纷|平台介入|仲裁|投诉卖家|dispute|arbitration|escalation|claim"),
    ("tp_refund", "退款到账", "Refund issued", "service", "app", "digital", "售后",
     "退款|退款成功|钱退回|refund|refunded|money back"),
    ("tp_payout", "卖家货款到账", "Seller payout", "service", "app", "digital", "结算",
     "货款到账|提现|打款|结算|回款|payout|seller payout|withdrawal|settlement"),
    ("tp_cs_chat", "在线客服", "Customer service", "service", "app", "digital", "客服中心",
     "客服|人工客服|在线客服|customer service|support|CS"),
    ("tp_rating", "评价", "Rating & review", "loyalty", "app", "digital", "社区与IM",
     "评价|打分|信用评价|晒单|rating|review|feedback"),
]

JOURNEYS = [  # id, zh, en, window, steps
    ("buy", "买家下单", "Buyer purchase", 3, ["tp_search", "tp_item_page", "tp_order", "tp_escrow_pay"]),
    ("receive", "收货确认", "Receipt confirmation", 14, ["tp_escrow_pay", "tp_delivered", "tp_confirm"]),
    ("sell", "卖家出售", "Seller: listing to payout", 30,
     ["tp_list_start", "tp_price_suggest", "tp_list_publish", "tp_sold", "tp_payout"]),
    ("new_seller", "新卖家首发", "New seller first listing", 14, ["tp_signup", "tp_list_publish"]),
    ("after_sale", "退货退款", "Return & refund", 14, ["tp_return_request", "tp_refund"]),
]

HOURS = np.array([1.5, 0.8, 0.4, 0.2, 0.2, 0.4, 1, 2.5, 4, 4.5, 5, 5, 6, 5, 4.5, 4.5, 5, 5.5, 6.5, 8, 9, 9, 7, 3.5])
HOURS /= HOURS.sum()

# ---------- feedback texts ----------
FAKE_ITEMS = {"奢侈品": [("LV包", "LV bag"), ("Gucci包", "Gucci bag"), ("香奈儿包", "Chanel bag"), ("劳力士", "Rolex")],
              "潮玩手办": [("泡泡玛特手办", "Pop Mart figure"), ("盲盒", "blind box")],
              "服饰鞋包": [("AJ球鞋", "Air Jordans"), ("椰子鞋", "Yeezys")]}
ITEMS = {"手机": ("iPhone", "iPhone"), "相机": ("相机", "camera"), "奢侈品": ("包", "bag"), "图书": ("书", "books"),
         "电脑平板": ("iPad", "iPad"), "服饰鞋包": ("衣服", "jacket"), "家居家电": ("咖啡机", "coffee machine"),
         "潮玩手办": ("手办", "figure")}
TEXTS = {
    "counterfeit": dict(
        zh=["买的{fz}是假货，走线和五金都不对，卖家还不承认", "收到的{fz}是高仿，拿去专柜鉴定说不是正品",
            "假货！{fz}的logo都是歪的，平台管管吧", "卖家卖假货，{fz}一眼假，已经申请平台介入",
            "鉴定结果是仿品，钱还在担保里千万别打给卖家"],
        en=["The {fe} I got is a fake, the stitching and hardware are all wrong",
            "Counterfeit {fe}. The authentication shop says it's a replica.",
            "Seller sold me a fake {fe} and refuses to refund"],
        mix=["收到的 {fe} 是 fake 的，要退款", "counterfeit 假货，平台介入吧"]),
    "not_as_described": dict(
        zh=["描述写的99新，到手一堆划痕", "跟图片不符，{iz}上有明显划痕卖家没说", "说是95新，实际磕碰很严重，与描述不符",
            "电池健康写的90%，实际只有78%，货不对板", "{iz}有污渍和磨损，描述里完全没提"],
        en=["Listed as like-new but the {ie} is covered in scratches", "Item not as described, there's a dent the seller never mentioned",
            "Battery health was 78%, not 90% as the listing said. Not as described."],
        mix=["货不对板，说好的99新 but 全是划痕"]),
    "damaged": dict(
        zh=["快递把{iz}摔坏了，外箱都压扁了", "收到的时候{iz}已经碎了，物流暴力运输", "箱子压扁，东西摔坏了，卖家说寄出时是好的",
            "{cz}暴力分拣，到手就是坏的"],
        en=["The {ie} arrived broken, the courier crushed the box", "Damaged in transit, {ce} clearly threw the parcel around"],
        mix=["快递 damaged 了我的{iz}，摔坏了"]),
    "slow_payout": dict(
        zh=["买家确认收货好几天了货款还没到账", "卖家提现太慢了，等了一周钱才到账", "以前第二天就到账，现在要五六天，结算越来越慢",
            "货款迟迟不到账，客服只说在审核", "卖了东西钱一直不到账，到底怎么回事"],
        en=["Buyer confirmed 5 days ago and my payout still hasn't arrived", "Payouts are so slow now, it used to be next day",
            "Where is my money? The payout has been pending for a week"],
        mix=["payout 太慢了，一周还没到账", "货款 still pending, 到账太慢"]),
    "lowball": dict(
        zh=["一堆人砍价砍到半价，太离谱了", "标价3000有人出1200，乱砍价", "议价功能全是来捡漏压价的",
            "出价低得离谱，能不能设置个最低出价", "天天收到白菜价的出价，烦"],
        en=["Constant lowball offers, people offering half the asking price", "Someone offered 40% of my asking price, ridiculous",
            "Too many lowballers using the offer feature"],
        mix=["全是 lowball 的出价，烦死了"]),
    "inspection_strict": dict(
        zh=["验机太严了，电池健康84%就不给过", "手机明明没问题，验机说不通过，标准太苛刻", "验机标准改了之后什么都过不了",
            "验机不通过还要我出运费寄回，太坑了", "验机太严格，一点小划痕就判不合格"],
        en=["Inspection is way too strict, my phone failed for 84% battery health",
            "My phone failed inspection for a tiny scratch, absurd standards", "The new inspection rules fail everything"],
        mix=["验机 too strict 了，电池84%都不行"]),
    "pay_bug": dict(
        zh=["安卓更新后付款一直失败，提示支付异常", "担保支付点了没反应，付不了款", "付款失败好几次，卖家都要卖给别人了",
            "新版本一到支付就闪退"],
        en=["Payment keeps failing after the update on my Android phone", "The app crashes every time I try to pay",
            "Can't pay, escrow payment errors out every time"],
        mix=["付款一直 fail，安卓新版本有bug"]),
    "slow_shipping": dict(
        zh=["卖家拖了好几天才发货", "付款五天了还没发货，催了也不理", "发货太慢了，等得花都谢了"],
        en=["Seller took ages to ship", "Paid five days ago and it still hasn't shipped"],
        mix=["发货太慢 slow shipping"]),
    "unresponsive": dict(
        zh=["问卖家问题一直不回", "聊了半天卖家已读不回", "咨询了三次卖家都没回复"],
        en=["Seller never replied to my messages", "Asked the seller twice, no reply"],
        mix=[]),
    "ads": dict(
        zh=["首页广告太多了", "推荐里全是广告和回收商", "开屏广告关不掉"],
        en=["Too many ads in the feed", "Home feed is full of ads now"], mix=[]),
    "search": dict(
        zh=["搜索结果不准，搜手机出来一堆手机壳", "搜不到想要的东西，筛选也不好用"],
        en=["Search results are irrelevant, I search a camera and get lens caps"], mix=[]),
    "praise_deal": dict(
        zh=["价格实惠，成色和描述一致，好评", "卖家很爽快，东西很新", "捡到宝了，很划算", "交易很顺利，会再来"],
        en=["Great deal, exactly as described", "Smooth transaction, would buy again", "Item in great shape, happy"],
        mix=["很划算 great deal, 好评"]),
    "praise_inspection": dict(
        zh=["有官方验机很放心，报告写得很详细", "验机报告很专业，买二手手机就认这个", "走了验货才敢买，靠谱"],
        en=["The inspection report gave me peace of mind", "Official inspection is why I buy phones here"],
        mix=["有验机 peace of mind，放心"]),
    "praise_payout": dict(
        zh=["钱第二天就到了，挺快", "卖东西回款很快，方便"],
        en=["Got my money the next day, quick"], mix=[]),
    "praise_price": dict(
        zh=["智能估价挺准的，按建议价挂两天就卖了", "估价功能好用，省得自己琢磨定价"],
        en=["The price suggestion was spot on, sold in two days"], mix=[]),
    "neutral": dict(
        zh=["还行吧，一般", "东西还可以，就是包装简陋", "正常交易，没什么特别的"],
        en=["It's ok, nothing special", "Average experience"], mix=["还行 ok"]),
    "nps_pos": dict(zh=["挺好用的，会推荐给朋友", "二手买卖就用这个"], en=["Would recommend to friends"], mix=[]),
    "nps_neg": dict(zh=["体验一般，不太会推荐", "最近用着很闹心"], en=["Not great lately, wouldn't recommend"], mix=[]),
}
SENT = {"counterfeit": "neg", "not_as_described": "neg", "damaged": "neg", "slow_payout": "neg", "lowball": "neg",
        "inspection_strict": "neg", "pay_bug": "neg", "slow_shipping": "neg", "unresponsive": "neg", "ads": "neg",
        "search": "neg", "praise_deal": "pos", "praise_inspection": "pos", "praise_payout": "pos",
        "praise_price": "pos", "neutral": "neu", "nps_pos": "pos", "nps_neg": "neg"}
SUFFIX = {"neg": dict(zh=["", "", "。", "！", "，希望改进", "，太失望了", "…"], en=["", "", ".", "!", " Please fix this.", " Disappointed."]),
          "pos": dict(zh=["", "", "！", "，点赞", "👍"], en=["", "", "!", " Thanks!"]),
          "neu": dict(zh=["", "", "。"], en=["", "."])}
CARRIER_ZH = {"SF": "顺丰", "JD": "京东快递", "ZTO": "中通", "YTO": "圆通", "EMS": "EMS"}
CARRIER_EN = {"SF": "SF Express", "JD": "JD Logistics", "ZTO": "ZTO", "YTO": "YTO", "EMS": "EMS"}


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") if t else ""


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, truth, listings = [], [], [], [], []
    cnt = {"ev": 0, "o": 0, "fb": 0, "s": 0, "l": 0}

    def nid(k, prefix, width):
        cnt[k] += 1
        return f"{prefix}{cnt[k]:0{width}d}"

    def app_version(c, t):
        t = t - D(days=c["lag"])
        if t < datetime(2025, 11, 20):
            return "7.0.0"
        if t < PAY_BUG[0]:
            return "7.1.0"
        if t < datetime(2026, 2, 23):
            return "7.2.0"
        if t < datetime(2026, 5, 12):
            return "7.2.1"
        return "7.3.0"

    def ev(c, ts, tp, action, sess="", role="buyer", **extra):
        physical = tp in ("tp_inspection", "tp_delivered")
        ver = app_version(c, ts) if (c["channel"] == "app" and not physical) else ""
        events.append(dict(customer_id=c["id"], ts=ts, touchpoint_id=tp, session_id=sess, action=action,
                           device="" if physical else c["device"], channel="other" if physical else c["channel"],
                           app_version=ver, role=role, city=c["city"], **extra))

    def fb(c, ts, tp, channel, topic, rating=None, nps=None, role="buyer", cat="", order_id="", carrier=""):
        t = TEXTS[topic]
        lang = c["lang"] if c else ("en" if rng.random() < 0.15 else "zh")
        if t["mix"] and rng.random() < 0.1:
            tpl = t["mix"][rng.integers(len(t["mix"]))]
        elif lang == "en" and t["en"]:
            tpl = t["en"][rng.integers(len(t["en"]))]
        else:
            tpl = t["zh"][rng.integers(len(t["zh"]))]
        if topic == "counterfeit":
            opts = FAKE_ITEMS.get(cat, FAKE_ITEMS["奢侈品"])
            fz, fe = opts[rng.integers(len(opts))]
        else:
            fz, fe = ("东西", "item")
        iz, ie = ITEMS.get(cat, ("东西", "item"))
        cz, ce = CARRIER_ZH.get(carrier, "快递"), CARRIER_EN.get(carrier, "the courier")
        text = tpl.format(fz=fz, fe=fe, iz=iz, ie=ie, cz=cz, ce=ce)
        sfx = SUFFIX[SENT[topic]]["en" if text.isascii() else "zh"]
        text += sfx[rng.integers(len(sfx))]
        fid = nid("fb", "F", 5)
        feedback.append(dict(feedback_id=fid, text=text, ts=fmt(ts), customer_id=c["id"] if c else "",
                             touchpoint_id=tp or "", channel=channel, rating=rating if rating is not None else "",
                             nps=nps if nps is not None else "", role=role if c else "", order_id=order_id,
                             category=cat, city=c["city"] if c else "", device=c["device"] if c else ""))
        truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))

    def rating_for(topic):
        s = SENT[topic]
        if s == "neg":
            return int(rng.choice([1, 2, 3], p=[0.55, 0.37, 0.08]))
        if s == "pos":
            return int(rng.choice([4, 5], p=[0.3, 0.7]))
        return 3

    def rtime(t0, days_lo, days_hi):
        return t0 + D(days=float(rng.uniform(days_lo, days_hi)))

    def day_time(day0, day1):
        d = int(rng.integers(day0, day1))
        return START + D(days=d, hours=int(rng.choice(24, p=HOURS)), minutes=int(rng.integers(60)),
                         seconds=int(rng.integers(60)))

    # ---------- customers ----------
    city_w = np.array([c[2] for c in CITIES])
    grow = np.linspace(1.0, 1.7, NDAYS)
    signup_days = np.sort(rng.choice(NDAYS - 2, size=N_NEW, p=grow[:-2] / grow[:-2].sum()))
    custs = []
    for i in range(N_OLD + N_NEW):
        acq = str(rng.choice(ACQ, p=ACQ_W))
        ci = int(rng.choice(len(CITIES), p=city_w / city_w.sum()))
        role = str(rng.choice(["buyer", "seller", "both"], p=ROLE_P.get(acq, ROLE_DEFAULT)))
        old = i < N_OLD
        if old:
            signup = START - D(days=int(rng.integers(20, 1100)), hours=int(rng.integers(8, 23)))
        else:
            signup = START + D(days=int(signup_days[i - N_OLD]), hours=int(rng.choice(24, p=HOURS)),
                               minutes=int(rng.integers(60)), seconds=int(rng.integers(60)))
        c = dict(id=f"C{i + 1:05d}", acq=acq, city=CITIES[ci][0], region=CITIES[ci][1], role=role, old=old,
                 signup=signup, device="ios" if rng.random() < 0.44 else "android",
                 channel="mini_program" if rng.random() < 0.24 else "app", lang="en" if rng.random() < 0.13 else "zh",
                 lag=float(rng.exponential(1.5)), tier=str(rng.choice(["excellent", "good", "fair"], p=[0.3, 0.45, 0.25])),
                 fav=str(rng.choice(CATS, p=CAT_W / CAT_W.sum())), ring=False, last=None)
        c["start"] = max(signup, START)
        c["end"] = min(c["start"] + D(days=float(rng.exponential(ACQ_LIFE[acq]))), END)
        custs.append(c)
    # the counterfeit ring: 10 Guangzhou sellers with a poor credit tier
    gz = [c for c in custs if c["city"] == "Guangzhou" and c["role"] != "buyer" and c["old"]]
    for c in gz[:10]:
        c.update(ring=True, tier="fair", end=END, fav="奢侈品")

    # new customers sign up
    for c in custs:
        if not c["old"]:
            ev(c, c["signup"], "tp_signup", "success", nid("s", "S", 6), role=c["role"])

    # ---------- listings ----------
    def suggested_for(cat, grade):
        return round(float(CAT_PRICE[cat] * GRADE_MULT[grade] * rng.lognormal(0, 0.35)), 0)

    def make_listing(c, t, cat=None, ring=False, grad=False):
        if t > END:
            return
        sess = nid("s", "S", 6)
        if cat is None:
            cat = c["fav"] if rng.random() < 0.55 else str(rng.choice(CATS, p=CAT_W / CAT_W.sum()))
        grade = str(rng.choice(GRADES, p=GRADE_W)) if not ring else str(rng.choice(["S", "A"], p=[0.6, 0.4]))
        sug = max(suggested_for(cat, grade), 5.0)
        lid = nid("l", "L", 6)
        ev(c, t, "tp_list_start", "start", sess, role="seller", item_id=lid, category=cat)
        if rng.random() > 0.9 and not ring:
            return
        t2 = t + D(minutes=float(rng.uniform(1, 6)))
        if ring:
            accept, price = False, round(sug * float(rng.uniform(0.55, 0.7)), 0)
        elif rng.random() < 0.55:
            accept, price = True, sug
        else:
            accept = False
            price = round(sug * (float(rng.lognormal(0.2, 0.1)) if rng.random() < 0.85 else float(rng.uniform(0.8, 0.95))), 0)
        ev(c, t2, "tp_price_suggest", "accept" if accept else "adjust", sess, role="seller", item_id=lid,
           category=cat, suggested_price=sug, listing_price=price)
        if rng.random() > (0.9 if accept else 0.82) and not ring:
            return
        t3 = t2 + D(minutes=float(rng.uniform(2, 15)))
        if t3 > END:
            return
        insp_offer = (not ring) and cat in INSPECTABLE and rng.random() < INSPECTABLE[cat]
        ev(c, t3, "tp_list_publish", "success", sess, role="seller", item_id=lid, category=cat,
           suggested_price=sug, listing_price=price, condition_grade=grade)
        ratio = price / sug
        if ring:
            p_sell, mean_d = 0.8, 4
        elif ratio <= 1.02:
            p_sell, mean_d = 0.72, 6
        else:
            p_sell, mean_d = 0.42, 12
        if cat == "图书":
            p_sell *= 0.5 if grad else 0.8
        lst = dict(id=lid, seller=c, cat=cat, grade=grade, sug=sug, price=price, insp=insp_offer, ring=ring,
                   published=t3, accept=accept, sold=False)
        listings.append(lst)
        if rng.random() < p_sell:
            ts = t3 + D(days=float(rng.exponential(mean_d)), minutes=float(rng.uniform(5, 600)))
            if ts < END:
                lst["sale_at"] = ts

    for c in custs:
        if c["role"] == "buyer":
            continue
        rate = (1 / 18 if c["role"] == "seller" else 1 / 40) * float(rng.uniform(0.6, 1.4))
        t = c["start"]
        if not c["old"]:
            if rng.random() < FIRST_LIST[c["acq"]]:
                t = c["signup"] + D(days=float(rng.exponential(2.5)), minutes=float(rng.uniform(2, 60)))
                make_listing(c, t)
            elif rng.random() < 0.3:
                t = c["signup"] + D(days=float(rng.uniform(15, 60)))
                make_listing(c, t)
        while True:
            t = t + D(days=float(rng.exponential(1 / rate)))
            if t > c["end"]:
                break
            make_listing(c, t)
        # graduation season: textbooks and notes
        if c["start"] <= GRAD[0] and c["end"] >= GRAD[0] + D(days=10) and rng.random() < 0.4:
            for _ in range(int(rng.integers(1, 5))):
                make_listing(c, day_time((GRAD[0] - START).days, (GRAD[1] - START).days + 1), cat="图书", grad=True)
        if c["ring"]:
            for _ in range(int(rng.integers(10, 17))):
                make_listing(c, day_time((FAKE_RING[0] - START).days, (FAKE_RING[1] - START).days - 3),
                             cat="奢侈品", ring=True)

    # ---------- buyers ----------
    buyers = [c for c in custs if c["role"] != "seller"]
    b_start = np.array([c["start"].timestamp() for c in buyers])
    b_end = np.array([c["end"].timestamp() for c in buyers])
    by_city = {}
    for k, c in enumerate(buyers):
        by_city.setdefault(c["city"], []).append(k)

    def pick_buyer(t, seller):
        ts = t.timestamp()
        for _ in range(40):
            if rng.random() < 0.35:
                pool = by_city[seller["city"]]
                k = pool[rng.integers(len(pool))]
            else:
                k = int(rng.integers(len(buyers)))
            if b_start[k] + 3600 <= ts <= b_end[k] and buyers[k] is not seller:
                return buyers[k]
        return None

    pub_sorted = sorted(listings, key=lambda x: x["published"])
    pub_ts = np.array([x["published"].timestamp() for x in pub_sorted])

    def random_live_listing(t):
        hi = int(np.searchsorted(pub_ts, t.timestamp()))
        lo = int(np.searchsorted(pub_ts, (t - D(days=30)).timestamp()))
        if hi <= lo:
            return None
        return pub_sorted[int(rng.integers(lo, hi))]

    def offer_ratio(cat):
        if rng.random() < LOWBALL[cat]:
            return float(rng.uniform(0.3, 0.6))
        return float(rng.uniform(0.62, 0.97))

    def new_order(c, t, lst, amount, status, **kw):
        oid = nid("o", "O", 6)
        row = dict(order_id=oid, customer_id=c["id"], ts=t, amount=round(amount, 2), status=status,
                   channel=c["channel"], device=c["device"], app_version=app_version(c, t) if c["channel"] == "app" else "",
                   seller_id=lst["seller"]["id"], item_id=lst["id"], category=lst["cat"], condition_grade=lst["grade"],
                   listing_price=lst["price"], suggested_price=lst["sug"], offer_accepted="no",
                   inspection_service="yes" if lst["insp"] else "no", inspection_result="", buyer_city=c["city"],
                   seller_city=lst["seller"]["city"], ship_carrier="", ship_days="", payout_days="", dispute_reason="",
                   escalated="", dispute_result="", refund_reason="", cancel_reason="")
        row.update(kw)
        orders.append(row)
        return row

    # browsing sessions that don't buy (offers, chats, abandoned orders)
    for c in buyers:
        rate = (1 / 24 if c["role"] == "buyer" else 1 / 45) * float(rng.uniform(0.5, 1.5))
        t = c["start"]
        while True:
            t = t + D(days=float(rng.exponential(1 / rate)))
            if t > c["end"]:
                break
            t0 = t.replace(hour=int(rng.choice(24, p=HOURS)), minute=int(rng.integers(60)))
            if t0 < c["start"] or t0 > c["end"]:
                t0 = t
            lst = random_live_listing(t0)
            if lst is None or lst["seller"] is c:
                continue
            sess = nid("s", "S", 6)
            cur = t0
            if rng.random() < 0.3:
                ev(c, cur, "tp_home", "view", sess)
                cur += D(minutes=float(rng.uniform(0.2, 3)))
            searched = rng.random() < 0.88
            if searched:
                ev(c, cur, "tp_search", "search", sess, category=lst["cat"])
                cur += D(minutes=float(rng.uniform(0.2, 4)))
                if rng.random() > 0.42:
                    continue
            ev(c, cur, "tp_item_page", "view", sess, item_id=lst["id"], category=lst["cat"], listing_price=lst["price"])
            if rng.random() < 0.3:
                cur += D(minutes=float(rng.uniform(0.5, 5)))
                ev(c, cur, "tp_chat", "message", sess, item_id=lst["id"], category=lst["cat"])
                if rng.random() < 0.02:
                    fb(c, cur + D(hours=float(rng.uniform(5, 30))), "tp_chat", "app_review", "unresponsive",
                       rating=int(rng.choice([1, 2])), cat=lst["cat"])
            if rng.random() < 0.14:
                cur += D(minutes=float(rng.uniform(0.5, 5)))
                r = offer_ratio(lst["cat"])
                ev(c, cur, "tp_offer", "offer", sess, item_id=lst["id"], category=lst["cat"], listing_price=lst["price"],
                   offer_price=round(lst["price"] * r, 0))
                if r < 0.6 and rng.random() < 0.3:
                    s = lst["seller"]
                    ch = str(rng.choice(["app_review", "seller_survey", "cs_ticket"], p=[0.3, 0.45, 0.25]))
                    fb(s, cur + D(hours=float(rng.uniform(1, 20))), "tp_offer", ch, "lowball",
                       rating=rating_for("lowball") if ch != "cs_ticket" else None, role="seller", cat=lst["cat"])
            if rng.random() < 0.1:
                cur += D(minutes=float(rng.uniform(0.5, 4)))
                ev(c, cur, "tp_order", "submit", sess, item_id=lst["id"], category=lst["cat"])
                reason = "unpaid_timeout" if rng.random() < 0.7 else "buyer_cancelled"
                ev(c, cur + D(minutes=30 if reason == "unpaid_timeout" else float(rng.uniform(1, 20))), "tp_cancel",
                   reason, sess, item_id=lst["id"], category=lst["cat"])
                new_order(c, cur, lst, lst["price"], "cancelled", cancel_reason=reason)

    # ---------- sales ----------
    sales = sorted((x for x in listings if "sale_at" in x), key=lambda x: x["sale_at"])
    lowball_paid = 0
    for lst in sales:
        s = lst["seller"]
        t_order = lst["sale_at"]
        c = pick_buyer(t_order, s)
        if c is None:
            continue
        sess = nid("s", "S", 6)
        cur = t_order - D(minutes=float(rng.uniform(6, 45)))
        if rng.random() < 0.1:
            ev(c, cur - D(minutes=float(rng.uniform(1, 30))), "tp_push", "open", "", item_id=lst["id"])
        if rng.random() < 0.4:
            ev(c, cur, "tp_home", "view", sess)
            cur += D(minutes=float(rng.uniform(0.2, 2)))
        if rng.random() < 0.8:
            ev(c, cur, "tp_search", "search", sess, category=lst["cat"])
            cur += D(minutes=float(rng.uniform(0.2, 3)))
        ev(c, cur, "tp_item_page", "view", sess, item_id=lst["id"], category=lst["cat"], listing_price=lst["price"])
        amount, offered = lst["price"], "no"
        if rng.random() < 0.5:
            cur += D(minutes=float(rng.uniform(0.5, 4)))
            ev(c, cur, "tp_chat", "message", sess, item_id=lst["id"], category=lst["cat"])
        if rng.random() < 0.28 and not lst["ring"]:
            cur += D(minutes=float(rng.uniform(0.5, 4)))
            r = float(rng.uniform(0.85, 0.97))
            amount, offered = round(lst["price"] * r, 0), "yes"
            ev(c, cur, "tp_offer", "offer", sess, item_id=lst["id"], category=lst["cat"], listing_price=lst["price"],
               offer_price=amount)
        t_order = max(cur + D(minutes=1), t_order)
        ev(c, t_order, "tp_order", "submit", sess, item_id=lst["id"], category=lst["cat"])
        ver = app_version(c, t_order) if c["channel"] == "app" else ""
        bug = c["device"] == "android" and ver == "7.2.0"
        tp_ = t_order + D(minutes=float(rng.uniform(0.5, 3)))
        failed = rng.random() < (0.8 if bug else 0.03)
        if failed:
            ev(c, tp_, "tp_pay_fail", "fail", sess, item_id=lst["id"], category=lst["cat"])
            if bug and rng.random() < 0.6:
                ch = "app_review" if rng.random() < 0.6 else "cs_ticket"
                fb(c, tp_ + D(hours=float(rng.uniform(0.2, 30))), "tp_pay_fail", ch, "pay_bug",
                   rating=int(rng.choice([1, 2], p=[0.8, 0.2])) if ch == "app_review" else None, cat=lst["cat"])
            if rng.random() < (0.12 if bug else 0.75):
                tp_ += D(minutes=float(rng.uniform(1, 10)))
            else:
                ev(c, tp_ + D(minutes=30), "tp_cancel", "payment_failed", sess, item_id=lst["id"], category=lst["cat"])
                new_order(c, t_order, lst, amount, "cancelled", offer_accepted=offered, cancel_reason="payment_failed")
                continue
        ev(c, tp_, "tp_escrow_pay", "success", sess, item_id=lst["id"], category=lst["cat"], amount=amount)
        lst["sold"] = True
        o = new_order(c, t_order, lst, amount, "paid", offer_accepted=offered)
        oid = o["order_id"]
        ev(s, tp_ + D(minutes=float(rng.uniform(0.2, 10))), "tp_sold", "success", "", role="seller", item_id=lst["id"],
           category=lst["cat"], order_id=oid)
        # shipping
        if rng.random() < 0.03 and not lst["ring"]:
            o.update(status="refunded", refund_reason="seller_no_ship")
            tr = tp_ + D(hours=72)
            if tr <= END:
                ev(c, tr, "tp_refund", "success", "", item_id=lst["id"], order_id=oid)
            else:
                o["status"] = "paid"
            continue
        t_ship = tp_ + D(days=float(rng.exponential(0.8)) + 0.05)
        if t_ship > END:
            continue
        ev(s, t_ship, "tp_ship", "ship", "", role="seller", item_id=lst["id"], order_id=oid)
        if lst["insp"]:
            carrier = "SF"
            t_insp = t_ship + D(days=float(rng.uniform(1.2, 2.6)))
            if t_insp > END:
                o["ship_carrier"] = carrier
                continue
            if lst["cat"] == "手机":
                p_fail = 0.27 if t_insp >= PHONE_RULE else 0.07
            else:
                p_fail = {"相机": 0.07, "奢侈品": 0.05, "电脑平板": 0.08}[lst["cat"]]
            fail = rng.random() < p_fail
            o["inspection_result"] = "fail" if fail else "pass"
            ev(s, t_insp, "tp_inspection", "fail" if fail else "pass", "", role="seller", item_id=lst["id"],
               order_id=oid, category=lst["cat"], inspection_result=o["inspection_result"])
            if fail:
                o.update(status="refunded", refund_reason="inspection_failed", ship_carrier=carrier)
                tr = t_insp + D(days=float(rng.uniform(0.3, 1.5)))
                if tr <= END:
                    ev(c, tr, "tp_refund", "success", "", item_id=lst["id"], order_id=oid)
                strict = lst["cat"] == "手机" and t_insp >= PHONE_RULE
                if rng.random() < (0.6 if strict else 0.3):
                    ch = str(rng.choice(["seller_survey", "cs_ticket", "app_review"], p=[0.4, 0.4, 0.2]))
                    topic = "inspection_strict" if (strict or rng.random() < 0.5) else "neutral"
                    fb(s, t_insp + D(hours=float(rng.uniform(1, 40))), "tp_inspection", ch, topic,
                       rating=rating_for(topic) if ch != "cs_ticket" else None, role="seller", cat=lst["cat"],
                       order_id=oid)
                continue
            t_deliv = t_insp + D(days=float(rng.gamma(4, TRANSIT[carrier] / 4)) + 0.2)
        else:
            w = np.array(CARRIER_W) if lst["cat"] != "图书" else np.array([0.08, 0.07, 0.3, 0.3, 0.25])
            carrier = str(rng.choice(CARRIERS, p=w / w.sum()))
            t_deliv = t_ship + D(days=float(rng.gamma(4, TRANSIT[carrier] / 4)) + 0.2)
        o["ship_carrier"] = carrier
        if t_deliv > END:
            continue
        o["ship_days"] = round((t_deliv - t_ship).total_seconds() / 86400, 1)
        ev(c, t_deliv, "tp_delivered", "delivered", "", item_id=lst["id"], order_id=oid, ship_carrier=carrier)
        # after delivery: any problem?
        cat = lst["cat"]
        reason = None
        if lst["ring"]:
            if rng.random() < 0.55:
                reason = "counterfeit"
        elif lst["insp"]:
            r = rng.random()
            reason = "not_as_described" if r < 0.012 else ("damaged_in_transit" if r < 0.012 + 0.004 else None)
        else:
            p_fake = {"奢侈品": 0.03, "潮玩手办": 0.025, "服饰鞋包": 0.012}.get(cat, 0)
            p_nad = NAD[lst["grade"]] * (1.3 if cat in ("手机", "相机", "服饰鞋包") else (0.5 if cat == "图书" else 1))
            p_dmg = DAMAGE[carrier] * FRAGILE[cat]
            r = rng.random()
            if r < p_fake:
                reason = "counterfeit"
            elif r < p_fake + p_nad:
                reason = "not_as_described"
            elif r < p_fake + p_nad + p_dmg:
                reason = "damaged_in_transit"
            elif r < p_fake + p_nad + p_dmg + 0.01:
                reason = "changed_mind"
        t_conf = None
        if reason:
            t_ret = t_deliv + D(days=float(rng.uniform(0.05, 2)))
            if t_ret > END:
                continue
            o["dispute_reason"] = reason
            ev(c, t_ret, "tp_return_request", "submit", "", item_id=lst["id"], order_id=oid, reason=reason)
            topic = {"counterfeit": "counterfeit", "not_as_described": "not_as_described",
                     "damaged_in_transit": "damaged", "changed_mind": None}[reason]
            agree = rng.random() < {"counterfeit": 0.1, "not_as_described": 0.45, "damaged_in_transit": 0.6,
                                    "changed_mind": 0.3}[reason]
            if agree:
                o["escalated"] = "no"
                tr = t_ret + D(days=float(rng.uniform(3, 6)))
                if tr > END:
                    o["status"] = "disputed"
                    o["dispute_result"] = "open"
                else:
                    o.update(status="refunded", refund_reason=reason, dispute_result="refunded_by_seller")
                    ev(c, tr, "tp_refund", "success", "", item_id=lst["id"], order_id=oid)
            elif rng.random() < 0.85:
                o["escalated"] = "yes"
                td = t_ret + D(days=float(rng.uniform(1, 2.5)))
                if td > END:
                    o["status"], o["dispute_result"] = "disputed", "open"
                else:
                    ev(c, td, "tp_dispute", "open", "", item_id=lst["id"], order_id=oid, reason=reason)
                    backlog = td >= datetime(2026, 7, 1)    # arbitration team backlog in July 2026
                    tres = td + D(days=float(rng.uniform(10, 30) if backlog else rng.uniform(2, 7)))
                    win = rng.random() < {"counterfeit": 0.92, "not_as_described": 0.65, "damaged_in_transit": 0.7,
                                          "changed_mind": 0.1}[reason]
                    if tres > END:
                        o["status"], o["dispute_result"] = "disputed", "open"
                    elif win:
                        o.update(status="refunded", refund_reason=reason, dispute_result="buyer_won")
                        ev(c, tres + D(hours=float(rng.uniform(2, 30))), "tp_refund", "success", "",
                           item_id=lst["id"], order_id=oid)
                    else:
                        o["dispute_result"] = "seller_won"
                        t_conf = tres
                        ev(c, t_conf, "tp_confirm", "auto", "", item_id=lst["id"], order_id=oid)
                    if topic and rng.random() < 0.75 and td <= END:
                        fb(c, td + D(hours=float(rng.uniform(0, 30))), "tp_dispute" if topic == "counterfeit" else
                           ("tp_return_request" if topic == "not_as_described" else "tp_delivered"), "cs_ticket", topic,
                           rating=int(rng.choice([1, 2])) if rng.random() < 0.5 else None, cat=cat, order_id=oid,
                           carrier=carrier)
                        topic = None
            else:
                o["escalated"], o["dispute_result"] = "no", "buyer_gave_up"
                t_conf = t_ret + D(days=float(rng.uniform(1, 4)))
                if t_conf <= END:
                    ev(c, t_conf, "tp_confirm", "confirm", "", item_id=lst["id"], order_id=oid)
                else:
                    t_conf = None
            if topic and rng.random() < 0.6:
                tpx = {"counterfeit": "tp_dispute", "not_as_described": "tp_return_request", "damaged": "tp_delivered"}[topic]
                ch = "cs_ticket" if rng.random() < 0.5 else "order_rating"
                fb(c, t_ret + D(hours=float(rng.uniform(0, 20))), tpx, ch, topic,
                   rating=int(rng.choice([1, 2])) if ch == "order_rating" else None, cat=cat, order_id=oid, carrier=carrier)
            if t_conf is None:
                continue
        else:
            auto = rng.random() < 0.12
            t_conf = t_deliv + (D(days=7) if auto else D(days=float(rng.exponential(1.1)) + 0.02))
            if t_conf > END:
                continue
            ev(c, t_conf, "tp_confirm", "auto" if auto else "confirm", "", item_id=lst["id"], order_id=oid)
            # rating by the buyer
            if rng.random() < 0.45:
                tr = t_conf + D(hours=float(rng.uniform(0.1, 40)))
                if tr <= END:
                    slow = (t_ship - tp_).total_seconds() / 86400 > 2.5
                    ev(c, tr, "tp_rating", "rate", "", item_id=lst["id"], order_id=oid)
                    if rng.random() < 0.7:
                        if slow and rng.random() < 0.6:
                            topic = "slow_shipping"
                            tpx = "tp_ship"
                        else:
                            r = rng.random()
                            topic = ("praise_inspection" if lst["insp"] and r < 0.35 else
                                     "praise_deal" if r < 0.8 else "neutral")
                            tpx = "tp_inspection" if topic == "praise_inspection" else "tp_rating"
                        fb(c, tr, tpx, "order_rating", topic, rating=rating_for(topic), cat=cat, order_id=oid,
                           carrier=carrier)
        # payout to the seller
        if t_conf is None or t_conf > END:
            continue
        if PAYOUT_SLOW[0] <= t_conf <= PAYOUT_SLOW[1]:
            days = float(np.clip(rng.lognormal(np.log(5.5), 0.35), 2.5, 12))
        else:
            days = float(rng.uniform(0.05, 1.3))
        t_pay = t_conf + D(days=days)
        if t_pay > END:
            continue
        o["payout_days"] = round(days, 2)
        ev(s, t_pay, "tp_payout", "success", "", role="seller", item_id=lst["id"], order_id=oid, amount=amount)
        if days > 3 and rng.random() < 0.4:
            ch = str(rng.choice(["seller_survey", "cs_ticket", "app_review"], p=[0.45, 0.4, 0.15]))
            fb(s, t_pay - D(days=float(rng.uniform(0.5, days - 1))), "tp_payout", ch, "slow_payout",
               rating=rating_for("slow_payout") if ch != "cs_ticket" else None, role="seller", cat=cat, order_id=oid)
        elif days <= 3 and rng.random() < 0.1:
            r = rng.random()
            topic = "praise_payout" if r < 0.4 else ("praise_price" if (lst["accept"] and r < 0.75) else "neutral")
            tpx = {"praise_payout": "tp_payout", "praise_price": "tp_price_suggest", "neutral": "tp_payout"}[topic]
            fb(s, t_pay + D(hours=float(rng.uniform(1, 30))), tpx, "seller_survey", topic, rating=rating_for(topic),
               role="seller", cat=cat, order_id=oid)

    # ---------- app reviews, social posts, NPS ----------
    for k in range(360):
        c = custs[int(rng.integers(len(custs)))]
        t = day_time(0, NDAYS)
        if t < c["start"]:
            t = c["start"] + D(days=float(rng.uniform(0, 20)))
        topic = str(rng.choice(["praise_deal", "praise_inspection", "ads", "search", "neutral"],
                               p=[0.34, 0.14, 0.22, 0.14, 0.16]))
        tpx = {"praise_deal": None, "praise_inspection": "tp_inspection", "ads": "tp_home", "search": "tp_search",
               "neutral": None}[topic]
        fb(c, None if k % 6 == 0 else t, tpx, "app_review", topic, rating=rating_for(topic), role=c["role"])
    android = [c for c in custs if c["device"] == "android" and c["channel"] == "app" and c["role"] != "seller"]
    for k in range(24):   # Android 7.2.0 users who could not pay (app store reviews during the bug)
        c = android[int(rng.integers(len(android)))]
        t = day_time((PAY_BUG[0] - START).days, (PAY_BUG[1] - START).days + 1)
        fb(c, t, "tp_pay_fail", "app_review", "pay_bug", rating=1)
    for k in range(45):
        topic = str(rng.choice(["counterfeit", "praise_inspection", "slow_payout", "praise_deal"], p=[0.35, 0.25, 0.2, 0.2]))
        tpx = {"counterfeit": "tp_dispute", "praise_inspection": "tp_inspection", "slow_payout": "tp_payout",
               "praise_deal": None}[topic]
        fb(None, None, tpx, "social", topic, cat="奢侈品" if topic == "counterfeit" else "")
    for c in custs:
        for q0 in (datetime(2025, 9, 20), datetime(2025, 12, 20), datetime(2026, 3, 20), datetime(2026, 6, 20)):
            t = q0 + D(days=float(rng.uniform(0, 10)))
            if not (c["start"] <= t <= c["end"]) or rng.random() > 0.12:
                continue
            mean = 7.6 if c["role"] == "buyer" else 7.3
            if c["role"] != "buyer" and PAYOUT_SLOW[0] <= t <= PAYOUT_SLOW[1] + D(days=20):
                mean = 5.0
            score = int(np.clip(round(rng.normal(mean, 1.9)), 0, 10))
            topic = "nps_pos" if score >= 9 else ("nps_neg" if score <= 6 else "neutral")
            fb(c, t, None, "nps_survey", topic, nps=score, role=c["role"])

    # ---------- write ----------
    events = [e for e in events if e["ts"] <= END]
    events.sort(key=lambda e: (e["ts"], e["customer_id"]))
    last = {}
    for e in events:
        e["event_id"] = nid("ev", "E", 7)
        last[e["customer_id"]] = e["ts"]
        e["ts"] = fmt(e["ts"])
    dup_idx = rng.choice(len(events), size=120, replace=False)
    events_out = events + [dict(events[i]) for i in sorted(dup_idx)]
    orders.sort(key=lambda o: o["ts"])
    for o in orders:
        o["ts"] = fmt(o["ts"])
    for c in custs:
        lt = last.get(c["id"])
        if not c["old"] and c["signup"] >= END - D(days=45):
            seg = "new"
        elif lt is None or lt < END - D(days=150):
            seg = "churned"
        elif lt < END - D(days=45):
            seg = "dormant"
        else:
            seg = "active"
        c["segment"] = seg

    def write(path, rows, cols):
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for r in rows:
                w.writerow(["" if r.get(k) is None else r.get(k, "") for k in cols])

    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "customers.csv",
          [dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment=c["segment"], region=c["region"],
                acquisition_channel=c["acq"], tier=c["tier"], role=c["role"], city=c["city"],
                primary_device=c["device"], primary_channel=c["channel"], language=c["lang"]) for c in custs],
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "role", "city",
           "primary_device", "primary_channel", "language"])
    write(out / "events.csv", events_out,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "role", "city", "item_id", "order_id", "category", "condition_grade", "listing_price",
           "suggested_price", "offer_price", "amount", "inspection_result", "ship_carrier", "reason"])
    jr = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"])
    write(out / "orders.csv", orders,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "app_version", "seller_id",
           "item_id", "category", "condition_grade", "listing_price", "suggested_price", "offer_accepted",
           "inspection_service", "inspection_result", "buyer_city", "seller_city", "ship_carrier", "ship_days",
           "payout_days", "dispute_reason", "escalated", "dispute_result", "refund_reason", "cancel_reason"])
    fb_rows = sorted(feedback, key=lambda f: f["feedback_id"])
    write(out / "feedback.csv", fb_rows,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "role",
           "order_id", "category", "city", "device"])
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    # listings (generator truth, for gold.py: sell-through by pricing choice)
    write(out / "_truth" / "listings.csv",
          [dict(item_id=x["id"], seller_id=x["seller"]["id"], category=x["cat"], condition_grade=x["grade"],
                suggested_price=x["sug"], listing_price=x["price"], accepted_suggestion="yes" if x["accept"] else "no",
                published_at=fmt(x["published"]), sold="yes" if x["sold"] else "no") for x in listings],
          ["item_id", "seller_id", "category", "condition_grade", "suggested_price", "listing_price",
           "accepted_suggestion", "published_at", "sold"])
    print(f"customers {len(custs)}, events {len(events_out)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"listings {len(listings)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
