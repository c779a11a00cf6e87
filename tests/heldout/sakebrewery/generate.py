"""月白酒造 Tsukishiro Sake Brewery (Niigata): a craft sake brewery selling direct in Japan, Hong Kong and the US.
Synthetic, written blind.

Journeys share one CRM (the direct-to-consumer team sits in the Hong Kong office; Japanese reviews are stored
machine-translated into Chinese with translated_from='ja'):
- online shop: product page -> cart -> age verification (JP 20+ self-declaration, HK 18+ date of birth, US 21+ ID
  upload) -> checkout (shipping + payment method) -> payment success. Own web shop in all three markets, plus a
  Rakuten store in Japan.
- cool delivery (クール便): payment -> refrigerated dispatch -> delivery -> review. Yamato Cool TA-Q-BIN / Sagawa
  Cool in Japan, SF Express cold chain to Hong Kong, FedEx International Priority (ice packs) to the US.
- brewery tour: tour page -> booking -> visit with tasting (利き酒) -> purchase at the brewery shop (蔵元直売所).
- sake club 月白会 (頒布会, a bottle every month): sign-up -> first bottle -> renewal (+ pause / cancel).
- wholesale to bars and restaurants: trade enquiry -> sample bottles -> first order -> reorders.

Data 2025-01-01 .. 2026-05-31 (extract taken early June 2026, six months before "today" 2026-12-01). Naive times
are JST. Money: orders.amount is JPY (reporting currency); currency + amount_local keep HKD / USD (fixed
1 HKD = 19 JPY, 1 USD = 150 JPY); fx_rate on every order.

    python generate.py OUTDIR

Writes the DATA.md tables as CSV plus OUTDIR/_truth/feedback_truth.csv (topic / sentiment per comment; not a
DATA.md table). Deterministic (seed 20260603), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260603
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 5, 31, 23, 59, 59)
FX = {"JPY": 1.0, "HKD": 19.0, "USD": 150.0}
CUR = {"JP": "JPY", "HK": "HKD", "US": "USD"}
BUG = (datetime(2026, 4, 6), datetime(2026, 4, 19, 23, 59, 59))        # PayPay redirect timeout, Android, JP
PRICE_UP = datetime(2026, 1, 15)                                        # junmai daiginjo 720 ml price rise
PACK_SWITCH = datetime(2025, 12, 1)                                     # pulp packaging -> broken bottles
EXP = (datetime(2025, 7, 1), datetime(2025, 12, 31, 23, 59, 59))        # tour prepay A/B
N_CONS, N_BAR = 6400, 320

rng = np.random.default_rng(SEED)

TPS = [
    # id, name_zh, name_en, stage, channel, kind, owner, aliases
    ("tp_product_page", "商品页", "Product page", "consideration", "web", "digital", "ecommerce",
     "商品详情|详情页|酒款页面|商品ページ|PDP|listing"),
    ("tp_cart", "购物车", "Cart", "consideration", "web", "digital", "ecommerce", "加购|加入购物车|カート|add to cart|basket"),
    ("tp_age_check", "年龄验证", "Age verification", "purchase", "web", "digital", "ecommerce",
     "年龄确认|年龄核验|实名验证|年齢確認|age gate|age check|ID check|21+ check"),
    ("tp_checkout", "结账", "Checkout", "purchase", "web", "digital", "ecommerce",
     "下单|提交订单|结算|配送与支付|レジ|check out|place order"),
    ("tp_payment", "支付成功", "Payment", "purchase", "web", "digital", "ecommerce",
     "付款|付款成功|決済完了|paid|payment success"),
    ("tp_dispatch", "冷藏发货", "Cool dispatch", "service", "other", "physical", "logistics",
     "发货|出库|冷链发货|クール便出荷|dispatch|shipped|cool shipping"),
    ("tp_delivery", "签收", "Delivery", "service", "other", "physical", "logistics",
     "到货|收货|配送|delivered|delivery|received"),
    ("tp_review", "商品评价", "Product review", "loyalty", "web", "digital", "customer_service",
     "评价|晒单|レビュー|review|rating"),
    ("tp_cs_ticket", "客服工单", "CS ticket", "service", "email", "digital", "customer_service",
     "客服|售后|投诉|工单|お問い合わせ|customer service|complaint|support ticket"),
    ("tp_tour_page", "酒藏参观页", "Tour page", "awareness", "web", "digital", "brewery_tours",
     "参观页面|酒蔵見学ページ|tour listing|brewery tour page"),
    ("tp_tour_booking", "预约参观", "Tour booking", "purchase", "web", "digital", "brewery_tours",
     "参观预约|品鉴预约|見学予約|book a tour|tasting booking|reservation"),
    ("tp_tour_visit", "到访品鉴", "Tour visit & tasting", "service", "store", "physical", "brewery_tours",
     "到访|参观|试饮|利き酒|tasting|brewery visit|kura tour"),
    ("tp_tour_shop", "直卖所购买", "Brewery shop purchase", "loyalty", "store", "physical", "brewery_tours",
     "酒藏商店|蔵元直売所|直营店|brewery shop|cellar door"),
    ("tp_club_signup", "月白会入会", "Sake club sign-up", "purchase", "web", "digital", "sake_club",
     "入会|订阅|頒布会申込|club join|subscribe|sake club"),
    ("tp_club_first_bottle", "首瓶到货", "First club bottle", "service", "other", "physical", "sake_club",
     "第一瓶|首瓶|初回お届け|first bottle|first shipment"),
    ("tp_club_renew", "月白会续费", "Club renewal", "loyalty", "web", "digital", "sake_club",
     "续费|续订|自动续费|継続|renewal|renew"),
    ("tp_club_pause", "暂停月白会", "Club pause", "loyalty", "web", "digital", "sake_club",
     "暂停|跳过一期|お休み|pause|skip a month"),
    ("tp_club_cancel", "退出月白会", "Club cancel", "loyalty", "web", "digital", "sake_club",
     "退会|取消订阅|解約|cancel|churn"),
    ("tp_wh_inquiry", "批发询价", "Trade enquiry", "awareness", "email", "digital", "wholesale",
     "批发咨询|酒吧询价|業務用問い合わせ|trade enquiry|wholesale inquiry"),
    ("tp_wh_sample", "样酒寄送", "Sample bottles", "consideration", "other", "physical", "wholesale",
     "寄样|样品酒|サンプル|sample|samples sent"),
    ("tp_wh_first_order", "首次进货", "First trade order", "purchase", "other", "physical", "wholesale",
     "首单|开户首单|初回発注|first order|opening order"),
    ("tp_wh_reorder", "追加订货", "Trade reorder", "loyalty", "other", "physical", "wholesale",
     "补货|返单|复购|追加発注|reorder|repeat order"),
]

JOURNEYS = [
    ("online_shop", "网店下单", "Online shop order",
     ["tp_product_page", "tp_cart", "tp_age_check", "tp_checkout", "tp_payment"], 3),
    ("cool_delivery", "冷藏配送", "Cool delivery", ["tp_payment", "tp_dispatch", "tp_delivery", "tp_review"], 21),
    ("brewery_tour", "酒藏参观", "Brewery tour", ["tp_tour_page", "tp_tour_booking", "tp_tour_visit", "tp_tour_shop"], 60),
    ("sake_club", "月白会订阅", "Sake club", ["tp_club_signup", "tp_club_first_bottle", "tp_club_renew"], 45),
    ("wholesale", "酒吧批发开户", "Trade account", ["tp_wh_inquiry", "tp_wh_sample", "tp_wh_first_order",
                                                  "tp_wh_reorder"], 90),
]

SKUS = {  # sku: line, name_zh, name_en, JPY, HKD, USD
    "TSK-JDG-720": ("junmai_daiginjo", "月白 纯米大吟酿 720ml", "Tsukishiro Junmai Daiginjo 720 ml", 3850, 198, 32.0),
    "TSK-JG-720": ("junmai_ginjo", "月白 纯米吟酿 720ml", "Tsukishiro Junmai Ginjo 720 ml", 2640, 138, 24.0),
    "TSK-NAMA-720": ("namazake", "月白 生酒 720ml", "Tsukishiro Namazake 720 ml", 2420, 128, 22.0),
    "TSK-NIGORI-500": ("nigori", "月白 浊酒 500ml", "Tsukishiro Nigori 500 ml", 1980, 108, 18.0),
    "TSK-YUZU-500": ("yuzushu", "月白 柚子酒 500ml", "Tsukishiro Yuzushu 500 ml", 2200, 118, 20.0),
    "TSK-GIFT-3": ("gift_set", "月白 三瓶品鉴礼盒", "Tsukishiro tasting gift set (3 x 300 ml)", 4950, 268, 42.0),
}
SKU_IDS = list(SKUS)
SKU_P = np.array([0.28, 0.2, 0.14, 0.12, 0.12, 0.14])
NEW_JDG = {"JPY": 4400, "HKD": 228, "USD": 36.0}
SHIP = {"JP": 0, "HK": 80, "US": 18.0}   # cool shipping surcharge per order in local currency

REGIONS = {
    "JP": [("Kanto", "关东", ["Tokyo", "Yokohama"], 0.45), ("Kansai", "关西", ["Osaka", "Kyoto", "Kobe"], 0.25),
           ("Niigata", "新潟", ["Niigata"], 0.15), ("Other Japan", "日本其他", ["Nagoya", "Fukuoka", "Sapporo"], 0.15)],
    "HK": [("Hong Kong Island", "港岛", ["Central", "Causeway Bay"], 0.4), ("Kowloon", "九龙", ["Tsim Sha Tsui", "Mong Kok"], 0.35),
           ("New Territories", "新界", ["Sha Tin", "Tsuen Wan"], 0.25)],
    "US": [("California", "加州", ["Los Angeles", "San Francisco"], 0.45), ("New York", "纽约", ["New York"], 0.3),
           ("Other US", "美国其他", ["Seattle", "Chicago", "Honolulu"], 0.25)],
}
COUNTRY_ZH = {"JP": "日本", "HK": "香港", "US": "美国"}
MONTH_W = {1: 0.8, 2: 1.0, 3: 1.1, 4: 1.0, 5: 0.9, 6: 0.8, 7: 0.8, 8: 0.8, 9: 1.1, 10: 1.0, 11: 1.2, 12: 1.7}
_h = np.array([0.8, 0.4, 0.2, 0.2, 0.2, 0.3, 0.6, 1.2, 1.8, 2.2, 2.6, 3, 3.4, 3, 2.6, 2.6, 2.8, 3.2, 3.8, 4.6, 5.2,
               5.2, 4, 2])
HOUR_P = _h / _h.sum()


def pick(seq, p=None):
    return seq[int(rng.choice(len(seq), p=p))]


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def rand_time_between(a: datetime, b: datetime) -> datetime:
    span = max(1, (b - a).days)
    for _ in range(20):
        d = a + D(days=int(rng.integers(0, span)))
        if rng.random() < MONTH_W[d.month] / 1.7:
            break
    t = datetime(d.year, d.month, d.day, int(rng.choice(24, p=HOUR_P)), int(rng.integers(0, 60)),
                 int(rng.integers(0, 60)))
    return min(max(t, a), b)


# ---------------------------------------------------------------- feedback text
T = {  # topic: (zh, en, sentiment, rating range)
    "broken": (["收到的时候{item}瓶子碎了，箱子里全是酒味", "新的纸浆包装太薄，{item}碎瓶了，要求退款", "又碎了一瓶！包装能不能用回原来的泡沫箱",
                "快递打开酒瓶已经碎了，酒都漏光了"],
               ["The {item} bottle arrived broken, box soaked in sake", "New paper packaging is too thin, bottle broken on arrival",
                "Second bottle broken this year, please go back to the old foam box", "Bottle was broken when FedEx handed it over"],
               "negative", (1, 2)),
    "warm": (["冰袋全化了，{item}到手是温的，生酒不能这样寄", "冷藏配送不冷，送到已经常温了", "夏天收到的时候酒是温的，担心变味"],
             ["Ice packs fully melted, the {item} was warm on arrival", "So much for cool shipping, box arrived warm",
              "Arrived warm after 5 days with FedEx, worried the nama is cooked"], "negative", (1, 3)),
    "slow": (["物流太慢了，等了一个星期才到", "发货慢，下单三天才出库", "清关卡了好几天"],
             ["Shipping took over a week", "Slow delivery, stuck in customs for days", "Took forever to ship out of Niigata"],
             "negative", (2, 3)),
    "age_id": (["美国要上传证件做年龄验证，太麻烦了", "年龄验证一直不通过，驾照拍了三次"],
               ["ID upload for the age verification is a pain, gave up", "Age verification kept rejecting my driver's license",
                "Why do I need to upload my ID for age verification just to buy a bottle of sake"], "negative", (1, 2)),
    "price": (["纯米大吟酿涨价了，从3850涨到4400日元", "大吟酿又涨价了，以后少买点"],
              ["Junmai daiginjo went up from $32 to $36, a bit steep", "Price increase on the daiginjo, will buy less"],
              "negative", (2, 3)),
    "tasty": (["很好喝，香气很足，冰着喝绝了", "口感干净顺滑，回购了", "送礼很有面子，朋友都说好喝", "生酒很新鲜，果香明显"],
              ["Beautiful aroma, clean finish, will reorder", "Really smooth, perfect chilled", "Great gift, friends loved it",
               "The nama is so fresh and fruity"], "positive", (5, 5)),
    "pack": (["包装很用心，冰袋还是冻的", "礼盒很精致，适合送人"], ["Well packed, ice packs still frozen",
                                                   "Lovely gift box, looks premium"], "positive", (4, 5)),
    "cs": (["客服回复很快，少发的很快就补寄了", "客服态度好，耐心解答"], ["Support replied fast and resent the bottle",
                                                    "Customer service was patient and helpful"], "positive", (4, 5)),
    "tour_good": (["参观很有意思，杜氏讲解很专业，试饮了六款", "酒藏很漂亮，品鉴环节很值"],
                  ["Loved the kura tour, the toji explained everything, tasted six sakes",
                   "Beautiful brewery and a generous tasting flight"], "positive", (5, 5)),
    "tour_lang": (["全程只有日语讲解，没有中文讲解，听不懂", "希望有中文导览，现在只有日语"],
                  ["Tour was only in Japanese, no English guide", "Would be great to have an English-speaking guide"],
                  "negative", (2, 3)),
    "club_value": (["月白会很划算，每个月都有限定酒", "每月一瓶限定款，很期待"],
                   ["Club is great value, a limited release every month", "Look forward to the monthly bottle"], "positive", None),
    "club_much": (["每个月一瓶喝不完，家里堆了好几瓶", "酒太多喝不完了，想暂停"],
                  ["Too much sake piling up, one bottle a month is a lot", "Can't keep up with a bottle a month, pausing"],
                  "negative", None),
    "importer": (["美国这边进货必须走进口商，手续太麻烦", "没有当地进口商，酒吧没法直接下单"],
                 ["We need a US importer / distributor before we can list it", "Love the sake but three-tier rules mean we need an importer first"],
                 "negative", None),
    "bar_good": (["老板很喜欢，准备放进酒单长期合作", "试饮反馈很好，客人点单多"],
                 ["Owner loved it, adding it to the sake list", "Samples went down well with our regulars"], "positive", None),
    "bar_moq": (["起订量太高了，一家小店用不完", "起订一箱12瓶太多了"], ["Minimum order of a 12-bottle case is too much for us",
                                                      "MOQ too high for a small bar"], "negative", None),
    "paypay": (["安卓手机用PayPay付款一直转圈，付不了", "PayPay跳转超时，下单失败好几次", "结账页面PayPay付款失败，是不是系统坏了"],
               None, "negative", None),
}
ITEMS_ZH = {"junmai_daiginjo": "大吟酿", "junmai_ginjo": "吟酿", "namazake": "生酒", "nigori": "浊酒", "yuzushu": "柚子酒",
            "gift_set": "礼盒"}
ITEMS_EN = {"junmai_daiginjo": "daiginjo", "junmai_ginjo": "ginjo", "namazake": "namazake", "nigori": "nigori",
            "yuzushu": "yuzushu", "gift_set": "gift set"}


def broken_p(t: datetime) -> float:
    m = (t.year - 2025) * 12 + t.month     # 2025-12 -> 12
    return 0.01 if m < 12 else 0.01 + 0.035 * (m - 11)   # Dec .045 .. May 2026 .22


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    customers, events, orders, feedback, truth, exps = [], [], [], [], [], []
    n = {"ev": 0, "ord": 0, "fb": 0}

    def ev(cid, t, tp, action, channel, device="", session="", **extra):
        n["ev"] += 1
        r = dict(event_id=f"EV{n['ev']:07d}", customer_id=cid, ts=fmt(t), touchpoint_id=tp, action=action,
                 channel=channel, device=device, session_id=session)
        r.update(extra)
        events.append(r)

    def fb(cid, t, tp, channel, topic, lang, line="junmai_daiginjo", rating=None, nps=None, country="", **extra):
        n["fb"] += 1
        zh, en, sent, rr = T[topic]
        src = zh if (lang == "zh" or en is None) else en
        txt = pick(src).format(item=(ITEMS_ZH if src is zh else ITEMS_EN)[line])
        if rating is None and rr is not None:
            rating = int(rng.integers(rr[0], rr[1] + 1))
        fid = f"FB{n['fb']:06d}"
        feedback.append(dict(feedback_id=fid, text=txt, ts=fmt(t) if t else "", customer_id=cid or "",
                             touchpoint_id=tp or "", channel=channel, rating="" if rating is None else rating,
                             nps="" if nps is None else nps, language="zh" if src is zh else "en",
                             translated_from="ja" if (country == "JP" and src is zh) else "", country=country,
                             product_line=line if tp in ("tp_review", "tp_cs_ticket") else "", **extra))
        truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))

    def order(cid, t, amount_local, cur, status, channel, device, **extra):
        n["ord"] += 1
        oid = f"TS{t:%y%m}{n['ord']:06d}"
        orders.append(dict(order_id=oid, customer_id=cid, ts=fmt(t), amount=round(amount_local * FX[cur]),
                           status=status, channel=channel, device=device, currency=cur,
                           amount_local=round(amount_local, 2), fx_rate=FX[cur], **extra))
        return orders[-1]

    # ------------------------------------------------------------ consumers: shop, delivery, reviews, tours
    club_cands = []
    tour_cands = []
    for i in range(N_CONS):
        cid = f"C{i + 1:05d}"
        country = pick(["JP", "HK", "US"], [0.5, 0.28, 0.22])
        reg = pick(REGIONS[country], [r[3] for r in REGIONS[country]])
        city = pick(reg[2])
        cur = CUR[country]
        if country == "JP":
            platform = "rakuten" if rng.random() < 0.4 else "web_shop"
            acq = pick(["rakuten_search", "instagram", "line_ads", "tour_visit", "referral"], [0.3, 0.2, 0.2, 0.15, 0.15])
            lang = "zh"      # JP comments are stored machine-translated into Chinese
        elif country == "HK":
            platform = "web_shop"
            acq = pick(["instagram", "facebook_ads", "openrice", "tour_visit", "referral"], [0.3, 0.25, 0.15, 0.15, 0.15])
            lang = "zh" if rng.random() < 0.8 else "en"
        else:
            platform = "web_shop"
            acq = pick(["google_ads", "instagram", "sake_blog", "tour_visit", "referral"], [0.35, 0.25, 0.15, 0.1, 0.15])
            lang = "en"
        signup = rand_time_between(START, END - D(days=5))
        dpref = pick(["ios", "android", "pc"], {"JP": [0.5, 0.25, 0.25], "HK": [0.55, 0.3, 0.15],
                                                 "US": [0.45, 0.25, 0.3]}[country])
        birth_year = int(rng.integers(1955, 2004))
        cust = dict(customer_id=cid, signup_at=fmt(signup), segment="", region=reg[0], region_zh=reg[1], city=city,
                    country=country, country_zh=COUNTRY_ZH[country], acquisition_channel=acq, tier="",
                    customer_type="consumer", platform=platform, preferred_language=lang, birth_year=birth_year,
                    age_verified="", bar_type="", bar_type_zh="", sales_rep="", seats="")
        customers.append(cust)
        paid_n, spend, last_paid, verified = 0, 0.0, None, False
        n_sess = int(rng.geometric(0.45)) + (1 if rng.random() < 0.3 else 0)
        times = sorted(rand_time_between(signup, END - D(days=1)) for _ in range(n_sess))
        times[0] = signup
        for s_i, t in enumerate(times):
            sess = f"S{cid}-{s_i}"
            dev = dpref if rng.random() < 0.85 else pick(["ios", "android"])
            sku = SKU_IDS[int(rng.choice(len(SKU_IDS), p=SKU_P))]
            line, _, _, pj, ph, pu = SKUS[sku]
            price = {"JPY": pj, "HKD": ph, "USD": pu}[cur]
            if sku == "TSK-JDG-720" and t >= PRICE_UP:
                price = NEW_JDG[cur]
            ext = dict(sku=sku, product_line=line, country=country, city=city)
            ev(cid, t, "tp_product_page", "view", platform, dev, sess, **ext, unit_price_local=price, currency=cur)
            if rng.random() < 0.04 and cid not in [c[0] for c in club_cands[-3:]]:
                club_cands.append((cid, t + D(hours=float(rng.uniform(0.1, 72))), country, platform, dev, lang, city))
            if rng.random() > 0.5:
                continue
            t2 = t + D(minutes=float(rng.uniform(0.5, 10)))
            qty = 1 + int(rng.poisson(0.5))
            ev(cid, t2, "tp_cart", "click", platform, dev, sess, **ext, qty=qty)
            p_av = 0.8 - (0.09 if sku == "TSK-JDG-720" and t >= PRICE_UP else 0)
            if rng.random() > p_av:
                continue
            t3 = t2 + D(minutes=float(rng.uniform(0.5, 6)))
            method = {"JP": "self_declare_20", "HK": "dob_18", "US": "id_upload_21"}[country]
            if country == "US" and not verified and rng.random() < 0.42:
                ev(cid, t3, "tp_age_check", "fail", platform, dev, sess, **ext, av_method=method,
                   error_code=pick(["ID_BLURRY", "ID_REJECTED", "ABANDONED"], [0.4, 0.2, 0.4]))
                if rng.random() < 0.1:
                    fb(cid, t3 + D(minutes=10), "tp_age_check", "cs_ticket", "age_id", lang, line, country=country)
                continue
            ev(cid, t3, "tp_age_check", "pass", platform, dev, sess, **ext, av_method=method)
            verified = True
            if rng.random() > 0.9:
                continue
            t4 = t3 + D(minutes=float(rng.uniform(1, 15)))
            paym = (pick(["credit_card", "paypay", "konbini", "rakuten_pay"], [0.45, 0.3, 0.1, 0.15]) if country == "JP"
                    else pick(["credit_card", "fps", "alipay_hk"], [0.6, 0.25, 0.15]) if country == "HK"
                    else pick(["credit_card", "apple_pay", "paypal"], [0.6, 0.25, 0.15]))
            if platform == "rakuten" and paym == "paypay":
                paym = "rakuten_pay"
            bug = country == "JP" and dev == "android" and BUG[0] <= t4 <= BUG[1] and paym == "paypay"
            bug = bug or (country == "JP" and dev == "android" and BUG[0] <= t4 <= BUG[1] and rng.random() < 0.55)
            if bug:
                ev(cid, t4, "tp_checkout", "fail", platform, dev, sess, **ext, qty=qty, payment_method="paypay",
                   error_code="PAYPAY_REDIRECT_TIMEOUT")
                if rng.random() < 0.3:
                    fb(cid, t4 + D(minutes=6), "tp_checkout", "cs_ticket", "paypay", "zh", line, country=country)
                    ev(cid, t4 + D(minutes=6), "tp_cs_ticket", "submit", platform, dev, "", ticket_reason="payment_failed",
                       country=country)
                if rng.random() > 0.15:
                    continue
                t4 = t4 + D(minutes=float(rng.uniform(2, 30)))
                paym = "credit_card"
            ev(cid, t4, "tp_checkout", "submit", platform, dev, sess, **ext, qty=qty, payment_method=paym)
            p_pay = 0.93 if country == "JP" else (0.86 if country == "HK" else 0.84)
            if rng.random() > p_pay:
                continue
            t5 = t4 + D(minutes=float(rng.uniform(0.3, 6)))
            ev(cid, t5, "tp_payment", "success", platform, dev, sess, **ext, qty=qty, payment_method=paym)
            status = "cancelled" if rng.random() < 0.03 else "paid"
            o = order(cid, t5, price * qty + SHIP[country], cur, status, platform, dev, order_type="retail", sku=sku,
                      product_line=line, qty=qty, unit_price_local=price, country=country, region=reg[0],
                      payment_method=paym, ship_method="cool")
            if status == "cancelled":
                continue
            # cool dispatch
            t6 = t5 + D(days=float(rng.exponential(0.7 if t5.month != 12 else 1.8)) + 0.3)
            if country == "JP":
                courier = pick(["Yamato Cool TA-Q-BIN", "Sagawa Cool"], [0.75, 0.25])
                transit, limit = float(rng.gamma(5, 5)) + 10, 48
            elif country == "HK":
                courier = "SF Express Cold"
                transit, limit = float(rng.gamma(5, 9)) + 36, 96
            else:
                courier = "FedEx Intl Priority"
                transit, limit = float(rng.gamma(6, 14)) + 60, 144
            summer = t6.month in (6, 7, 8, 9)
            temp = round(float(rng.normal({"JP": 5.5, "HK": 7.5, "US": 9.5}[country] + (3.0 if summer else 0)
                                          + transit / 80, 1.4)), 1)
            ev(cid, t6, "tp_dispatch", "shipped", "logistics", "", "", order_id=o["order_id"], courier=courier,
               sku=sku, product_line=line, country=country, city=city, warehouse="niigata_kura")
            t7 = t6 + D(hours=transit)
            late = transit > limit
            ev(cid, t7, "tp_delivery", "delivered", "logistics", "", "", order_id=o["order_id"], courier=courier,
               transit_hours=round(transit, 1), arrival_temp_c=temp, on_time="no" if late else "yes",
               sku=sku, product_line=line, country=country, city=city)
            broke = rng.random() < broken_p(t7) * (1.3 if country == "US" else 1.0)
            if broke:
                o["status"] = "refunded" if rng.random() < 0.65 else "paid"
                if rng.random() < 0.55:
                    tt = t7 + D(hours=float(rng.uniform(1, 30)))
                    fb(cid, tt, "tp_cs_ticket", "cs_ticket", "broken", lang, line, country=country, order_id=o["order_id"])
                    ev(cid, tt, "tp_cs_ticket", "submit", platform, dev, "", ticket_reason="broken_bottle",
                       order_id=o["order_id"], country=country)
            elif temp > 11.0 and rng.random() < 0.3:
                ev(cid, t7 + D(hours=3), "tp_cs_ticket", "submit", platform, dev, "", ticket_reason="arrived_warm",
                   order_id=o["order_id"], country=country)
            elif late and rng.random() < 0.15:
                ev(cid, t7 + D(hours=3), "tp_cs_ticket", "submit", platform, dev, "", ticket_reason="late_delivery",
                   order_id=o["order_id"], country=country)
            if o["status"] == "paid":
                paid_n += 1
                spend += o["amount"]
                last_paid = t7
            if rng.random() < (0.35 if not broke else 0.6):
                t8 = t7 + D(days=float(rng.exponential(2.5)) + 0.2)
                if t8 > END:
                    continue
                if broke:
                    topic = "broken"
                elif temp > 11.0 and rng.random() < 0.6:
                    topic = "warm"
                elif late and rng.random() < 0.5:
                    topic = "slow"
                elif sku == "TSK-JDG-720" and t5 >= PRICE_UP and rng.random() < 0.3:
                    topic = "price"
                else:
                    topic = pick(["tasty", "pack", "cs", "slow"], [0.68, 0.2, 0.07, 0.05])
                ev(cid, t8, "tp_review", "submit", platform, dev, "", order_id=o["order_id"], sku=sku,
                   product_line=line, country=country)
                fb(cid, t8, "tp_review", "rakuten_review" if platform == "rakuten" else "shop_review", topic, lang,
                   line, country=country, order_id=o["order_id"])
        if rng.random() < {"JP": 0.2, "HK": 0.36, "US": 0.22}[country]:
            tour_cands.append((cid, rand_time_between(signup, END - D(days=2)), country, dpref, lang, city))
        cust["_p"], cust["_s"], cust["_l"], cust["_v"] = paid_n, spend, last_paid, verified

    # ------------------------------------------------------------ brewery tours (+ A/B prepay vs pay on arrival)
    for cid, t, country, dev, lang, city in tour_cands:
        sess = f"T{cid}"
        ev(cid, t, "tp_tour_page", "view", "web_shop", dev, sess, country=country, city=city)
        variant = None
        if EXP[0] <= t <= EXP[1] and rng.random() < 0.9:
            variant = "prepay" if rng.random() < 0.5 else "pay_on_arrival"
            exps.append(dict(experiment_id="tour_prepay_2025", variant=variant, customer_id=cid,
                             assigned_at=fmt(t + D(seconds=3)), placement="tour_page"))
        p_book = {None: 0.3, "prepay": 0.26, "pay_on_arrival": 0.42}[variant]
        if rng.random() > p_book:
            continue
        tb = t + D(minutes=float(rng.uniform(2, 60 * 24 * 3)))
        tour = pick(["standard_tour", "premium_tasting", "brewing_workshop"], [0.6, 0.3, 0.1])
        fee = {"standard_tour": 2000, "premium_tasting": 5500, "brewing_workshop": 12000}[tour]
        party = 1 + int(rng.poisson(1.0))
        pay_on = variant == "pay_on_arrival"
        ev(cid, tb, "tp_tour_booking", "submit", "web_shop", dev, sess, country=country, tour_type=tour,
           party_size=party, guide_language=pick(["ja", "en"], [0.7, 0.3]), prepaid="no" if pay_on else "yes")
        tv = tb + D(days=float(rng.uniform(3, 40)))
        p_show = {None: 0.88, "prepay": 0.93, "pay_on_arrival": 0.6}[variant]
        if not pay_on:
            order(cid, tb + D(minutes=1), fee * party, "JPY", "paid", "web_shop", dev, order_type="tour",
                  sku=tour.upper(), product_line="tour", qty=party, unit_price_local=fee, country=country, region="",
                  payment_method="credit_card", ship_method="")
        if rng.random() > p_show or tv > END:
            continue
        ev(cid, tv, "tp_tour_visit", "checked_in", "brewery", "", "", country=country, tour_type=tour, party_size=party)
        if pay_on:
            order(cid, tv, fee * party, "JPY", "paid", "brewery", "", order_type="tour", sku=tour.upper(),
                  product_line="tour", qty=party, unit_price_local=fee, country=country, region="",
                  payment_method="cash_or_card", ship_method="")
        if rng.random() < 0.3:
            topic = "tour_lang" if (country != "JP" and rng.random() < 0.45) else "tour_good"
            fb(cid, tv + D(hours=5), "tp_tour_visit", "tour_survey", topic, lang, country=country, tour_type=tour)
        if rng.random() < 0.55:
            ts_ = tv + D(minutes=float(rng.uniform(40, 120)))
            sku = pick(SKU_IDS, list(SKU_P))
            pj = SKUS[sku][3] if not (sku == "TSK-JDG-720" and ts_ >= PRICE_UP) else NEW_JDG["JPY"]
            q = 1 + int(rng.poisson(1.2))
            ev(cid, ts_, "tp_tour_shop", "purchase", "brewery", "", "", country=country, sku=sku, qty=q)
            order(cid, ts_, pj * q, "JPY", "paid", "brewery", "", order_type="brewery_shop", sku=sku,
                  product_line=SKUS[sku][0], qty=q, unit_price_local=pj, country=country, region="",
                  payment_method="cash_or_card", ship_method="carry")

    # ------------------------------------------------------------ sake club 月白会
    seen = set()
    club_price = {"JPY": 5500, "HKD": 330, "USD": 45.0}
    for cid, t, country, platform, dev, lang, city in sorted(club_cands, key=lambda r: r[1]):
        if cid in seen or t > END - D(days=2):
            continue
        seen.add(cid)
        cur = CUR[country]
        plan = "standard" if rng.random() < 0.75 else "premium"
        price = club_price[cur] * (1.6 if plan == "premium" else 1)
        ev(cid, t, "tp_club_signup", "submit", "web_shop", dev, "", country=country, plan=plan, city=city)
        order(cid, t + D(minutes=1), price, cur, "paid", "web_shop", dev, order_type="club", sku=f"CLUB-{plan.upper()}",
              product_line="club", qty=1, unit_price_local=price, country=country, region="",
              payment_method="credit_card", ship_method="cool")
        tb = t + D(days=float(rng.uniform(2, {"JP": 5, "HK": 8, "US": 12}[country])))
        if tb > END:
            continue
        ev(cid, tb, "tp_club_first_bottle", "delivered", "logistics", "", "", country=country, plan=plan)
        cur_t, month_i = tb, 0
        while True:
            month_i += 1
            nt = cur_t + D(days=30)
            if nt > END:
                break
            p_ren = (0.8 if month_i == 1 else 0.87) - (0.08 if nt >= datetime(2026, 2, 1) else 0)
            r = rng.random()
            if r < p_ren:
                ev(cid, nt, "tp_club_renew", "success", "web_shop", dev, "", country=country, plan=plan, month_no=month_i)
                order(cid, nt, price, cur, "paid", "web_shop", dev, order_type="club", sku=f"CLUB-{plan.upper()}",
                      product_line="club", qty=1, unit_price_local=price, country=country, region="",
                      payment_method="credit_card", ship_method="cool")
                if rng.random() < 0.05:
                    fb(cid, nt + D(days=4), "tp_club_renew", "club_survey", pick(["club_value", "club_much"], [0.7, 0.3]),
                       lang, nps=int(rng.integers(7, 11)), country=country)
                cur_t = nt
            elif r < p_ren + (1 - p_ren) * 0.3:
                ev(cid, nt - D(days=2), "tp_club_pause", "submit", "web_shop", dev, "", country=country, plan=plan,
                   pause_reason=pick(["too_much_sake", "travel", "budget"], [0.5, 0.3, 0.2]))
                if rng.random() < 0.3:
                    fb(cid, nt - D(days=2), "tp_club_pause", "club_survey", "club_much", lang,
                       nps=int(rng.integers(4, 8)), country=country)
                cur_t = nt + D(days=30)
            else:
                reason = pick(["too_much_sake", "too_expensive", "broken_bottle", "moved", "other"],
                              [0.35, 0.3, 0.1, 0.1, 0.15] if nt < datetime(2026, 1, 1)
                              else [0.24, 0.22, 0.38, 0.06, 0.1])
                ev(cid, nt - D(days=1), "tp_club_cancel", "submit", "web_shop", dev, "", country=country, plan=plan,
                   cancel_reason=reason)
                if rng.random() < 0.4:
                    fb(cid, nt - D(days=1), "tp_club_cancel", "club_survey",
                       {"too_much_sake": "club_much", "too_expensive": "price", "broken_bottle": "broken",
                        "moved": "club_much", "other": "club_much"}[reason], lang, nps=int(rng.integers(0, 7)),
                       country=country)
                break

    # ------------------------------------------------------------ wholesale: bars and restaurants
    BARS = [("izakaya", "居酒屋", 0.3), ("sushi_restaurant", "寿司店", 0.22), ("cocktail_bar", "鸡尾酒吧", 0.18),
            ("hotel_bar", "酒店酒吧", 0.12), ("wine_bar", "葡萄酒吧", 0.1), ("ramen_shop", "拉面店", 0.08)]
    REPS = {"JP": ["佐藤健", "山本葵"], "HK": ["陈嘉欣", "黄志明"], "US": ["Emily Carter", "Ken Mori"]}
    CASE = {"JPY": 30000, "HKD": 1450, "USD": 230.0}   # 12 x 720 ml at trade price
    for j in range(N_BAR):
        cid = f"B{j + 1:04d}"
        country = pick(["JP", "HK", "US"], [0.45, 0.3, 0.25])
        reg = pick(REGIONS[country], [r[3] for r in REGIONS[country]])
        bt = BARS[int(rng.choice(6, p=[b[2] for b in BARS]))]
        rep = pick(REPS[country])
        lang = "en" if country == "US" or (country == "HK" and rng.random() < 0.3) else "zh"
        t = rand_time_between(START, datetime(2026, 5, 20))
        acq = pick(["sales_rep", "trade_show", "referral", "website_form"], [0.35, 0.25, 0.2, 0.2])
        cur = CUR[country]
        cust = dict(customer_id=cid, signup_at=fmt(t), segment="", region=reg[0], region_zh=reg[1], city=pick(reg[2]),
                    country=country, country_zh=COUNTRY_ZH[country], acquisition_channel=acq, tier="",
                    customer_type="bar", platform="trade", preferred_language=lang, birth_year="", age_verified="",
                    bar_type=bt[0], bar_type_zh=bt[1], sales_rep=rep, seats=int(12 + rng.gamma(2, 15)))
        customers.append(cust)
        cust["_p"], cust["_s"], cust["_l"], cust["_v"] = 0, 0.0, None, True
        ext = dict(country=country, sales_rep=rep, bar_type=bt[0])
        ev(cid, t, "tp_wh_inquiry", "submit", acq, "pc", "", **ext)
        if rng.random() > 0.8:
            continue
        t2 = t + D(days=float(rng.uniform(2, 14)))
        ev(cid, t2, "tp_wh_sample", "shipped", "sales_rep", "", "", **ext, sample_bottles=pick([2, 3, 4]))
        p_first = {"JP": 0.62, "HK": 0.55, "US": 0.2}[country]
        note = None
        if country == "US" and rng.random() < 0.6:
            note = "importer"
        elif rng.random() < 0.5:
            note = pick(["bar_good", "bar_moq"], [0.65, 0.35])
        if note:
            fb(cid, t2 + D(days=3), "tp_wh_sample", "sales_visit_note", note, lang, country=country, bar_type=bt[0])
        if rng.random() > p_first:
            continue
        t3 = t2 + D(days=float(rng.uniform(5, 45)))
        if t3 > END:
            continue
        cases = int(rng.choice([1, 2, 3, 5]))
        ev(cid, t3, "tp_wh_first_order", "submit", "sales_rep", "", "", **ext, cases=cases)
        o = order(cid, t3, CASE[cur] * cases, cur, "paid", "trade", "", order_type="wholesale", sku="TRADE-CASE-12",
                  product_line="trade", qty=cases, unit_price_local=CASE[cur], country=country, region=reg[0],
                  payment_method=pick(["bank_transfer", "net30"]), ship_method="cool")
        cust["_p"] += 1
        cust["_s"] += o["amount"]
        cust["_l"] = t3
        freq = float(rng.uniform(20, 45))
        tt = t3
        while True:
            tt = tt + D(days=float(rng.gamma(4, freq / 4)))
            if tt > END or rng.random() < 0.05:
                break
            c2 = int(rng.choice([1, 2, 3, 4]))
            ev(cid, tt, "tp_wh_reorder", "submit", pick(["sales_rep", "email", "line"]), "", "", **ext, cases=c2)
            o = order(cid, tt, CASE[cur] * c2, cur, "paid", "trade", "", order_type="wholesale", sku="TRADE-CASE-12",
                      product_line="trade", qty=c2, unit_price_local=CASE[cur], country=country, region=reg[0],
                      payment_method=pick(["bank_transfer", "net30"]), ship_method="cool")
            cust["_p"] += 1
            cust["_s"] += o["amount"]
            cust["_l"] = tt

    # ------------------------------------------------------------ undated social posts + NPS wave
    for _ in range(150):
        c = customers[int(rng.integers(0, N_CONS))]
        lang = "en" if c["country"] == "US" else c["preferred_language"]
        topic = pick(["tasty", "broken", "warm", "price", "pack", "tour_good"], [0.35, 0.2, 0.15, 0.1, 0.1, 0.1])
        fb(None, None, None, "xiaohongshu" if lang == "zh" else "instagram", topic, lang,
           pick(["junmai_daiginjo", "namazake", "yuzushu"]), country=c["country"], platform_post="social")
    for c in customers[:N_CONS]:
        if c["_p"] and rng.random() < 0.12:
            t = datetime(2026, 3, int(rng.integers(9, 21)), int(rng.integers(9, 22)), int(rng.integers(0, 60)))
            score = int(rng.choice(11, p=[.03, .02, .03, .04, .05, .07, .1, .15, .18, .18, .15]))
            topic = "tasty" if score >= 9 else ("price" if score <= 6 and rng.random() < 0.4 else
                                               ("broken" if score <= 6 else "pack"))
            fb(c["customer_id"], t, "", "nps_survey", topic, c["preferred_language"], rating="", nps=score,
               country=c["country"],
               survey_wave="2026-03")

    # ------------------------------------------------------------ segments / tiers
    for c in customers:
        paid, spend, last, ver = c.pop("_p"), c.pop("_s"), c.pop("_l"), c.pop("_v")
        if c["customer_type"] == "bar":
            c["tier"] = "key_account" if spend > 400000 else "standard"
            c["segment"] = "prospect" if paid == 0 else ("at_risk" if last < END - D(days=60) else "active")
        else:
            c["age_verified"] = "yes" if ver else "no"
            c["tier"] = "gold" if spend > 30000 else ("member" if paid >= 2 else "regular")
            if paid == 0:
                c["segment"] = "new"
            elif last and last < END - D(days=150):
                c["segment"] = "at_risk"
            elif spend > 30000 or paid >= 4:
                c["segment"] = "vip"
            else:
                c["segment"] = "returning" if paid >= 2 else "new"

    end_s = fmt(END)
    events = [r for r in events if r["ts"] <= end_s]
    orders = [r for r in orders if r["ts"] <= end_s]
    keep = {r["feedback_id"] for r in feedback if not r["ts"] or r["ts"] <= end_s}
    feedback = [r for r in feedback if r["feedback_id"] in keep]
    truth = [r for r in truth if r["feedback_id"] in keep]
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    orders.sort(key=lambda r: (r["ts"], r["order_id"]))

    def write(path, rows, cols):
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({k: r.get(k, "") for k in cols})

    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TPS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = [dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k, touchpoint_id=tp,
               window_days=w) for jid, zh, en, steps, w in JOURNEYS for k, tp in enumerate(steps, 1)]
    write(out / "journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"])
    write(out / "customers.csv", customers, ["customer_id", "signup_at", "segment", "region", "region_zh", "city",
                                             "country", "country_zh", "acquisition_channel", "tier", "customer_type",
                                             "platform", "preferred_language", "birth_year", "age_verified",
                                             "bar_type", "bar_type_zh", "sales_rep", "seats"])
    write(out / "events.csv", events, ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device",
                                       "session_id", "sku", "product_line", "country", "city", "unit_price_local",
                                       "currency", "qty", "av_method", "payment_method", "error_code", "order_id",
                                       "warehouse", "courier", "transit_hours", "arrival_temp_c", "on_time",
                                       "ticket_reason", "tour_type", "party_size", "guide_language", "prepaid",
                                       "plan", "month_no", "pause_reason", "cancel_reason", "sales_rep", "bar_type",
                                       "sample_bottles", "cases"])
    write(out / "orders.csv", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device",
                                       "currency", "amount_local", "fx_rate", "order_type", "sku", "product_line",
                                       "qty", "unit_price_local", "country", "region", "payment_method",
                                       "ship_method"])
    write(out / "feedback.csv", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel",
                                           "rating", "nps", "language", "translated_from", "country", "product_line",
                                           "order_id", "tour_type", "bar_type", "survey_wave"])
    write(out / "experiments.csv", exps, ["experiment_id", "variant", "customer_id", "assigned_at", "placement"])
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    print({"customers": len(customers), "events": len(events), "orders": len(orders), "feedback": len(feedback),
           "experiments": len(exps)})


if __name__ == "__main__":
    main(Path(sys.argv[1]))
