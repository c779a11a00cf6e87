"""香屿 Scent Isle: a niche perfume house with five boutiques (Shanghai Anfu Road, Shanghai Jing'an Kerry Centre,
Hangzhou Hubin, Hong Kong Central, Tokyo Omotesando) and an online store (WeChat mini-program and a Tmall flagship
store for the mainland, the website for Hong Kong, Tokyo and everyone else). Synthetic, written blind.

People find the house on Xiaohongshu / Douyin / Instagram / WeChat articles (种草), browse the product pages, buy a
discovery set (探索套装, 8 x 2 ml vials with a card to activate: 试香卡激活) or go blind for a full bottle; others book a
scent consultation (预约闻香) and meet a fragrance consultant in a boutique (香氛顾问). Full bottles (50 / 100 ml) can
be engraved (瓶身刻字) and gift-wrapped (礼盒包装). Online parcels are shipped by SF Express, ZTO (Tmall, from May 2025)
or Yamato (Tokyo); some arrive leaking (漏液理赔). Customers scan the QR code on the box to check the bottle is genuine
(防伪验真), ask for returns (退货申请 -> 退款到账), sign up for restock alerts when a scent is sold out (到货提醒订阅 ->
到货通知推送), join the membership club (入会) and redeem points (积分兑换; points expire on 31 December).
An A/B test in 2025 (free_sample_2025) put two free 2 ml vials in half of the first online full-size orders.

Data 2024-01-01 .. 2026-06-30 (CDP + order + service extract taken 2026-07-06). Times are naive local time of the
boutique / market. Money: orders.amount is CNY (HKD and JPY converted at the month's rate; amount_local + currency
keep the original).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260706), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260706
rng = np.random.default_rng(SEED)
T0 = datetime(2024, 1, 1)
TEND = datetime(2026, 6, 30, 23, 59)


def u(a, b):
    return float(rng.uniform(a, b))


def ri(a, b):
    return int(rng.integers(a, b + 1))


def chance(p):
    return bool(rng.random() < p)


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def pickd(d: dict):
    return pick(list(d), list(d.values()))


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def d_(s: str) -> datetime:
    return datetime.fromisoformat(s)


def between(t: datetime, a: str, b: str) -> bool:
    return d_(a) <= t < d_(b) + timedelta(days=1)


def at_hours(t: datetime, days: float = 0, lo=10.0, hi=22.0) -> datetime:
    d = (t + timedelta(days=days)).replace(hour=0, minute=0, second=0, microsecond=0)
    return d + timedelta(minutes=int(u(lo * 60, hi * 60)))


def later(t: datetime, lo_days, hi_days, lo=10.0, hi=22.0) -> datetime:
    x = at_hours(t, ri(lo_days, hi_days), lo, hi)
    if x <= t:
        x = t + timedelta(minutes=ri(15, 90))
    return x


def plus_min(t: datetime, a, b) -> datetime:
    return t + timedelta(minutes=ri(a, b), seconds=ri(0, 59))


# ---------------------------------------------------------------- reference data
CITIES = {"Shanghai": "上海", "Hangzhou": "杭州", "Hong Kong": "香港", "Tokyo": "东京", "Beijing": "北京",
          "Shenzhen": "深圳", "Chengdu": "成都"}
STORES = {  # store -> (门店, city, review platform, consult -> purchase propensity, consultants)
    "Shanghai Anfu Road": ("上海安福路店", "Shanghai", "dianping", 0.56, ["chen_xi", "lu_yao", "zhao_min"]),
    "Shanghai Kerry Centre": ("上海嘉里中心店", "Shanghai", "dianping", 0.52, ["he_jing", "song_yu"]),
    "Hangzhou Hubin": ("杭州湖滨店", "Hangzhou", "dianping", 0.24, ["fang_lei", "qian_wen"]),
    "Hong Kong Central": ("香港中环店", "Hong Kong", "google", 0.54, ["karen_chan", "wong_hoi"]),
    "Tokyo Omotesando": ("东京表参道店", "Tokyo", "google", 0.58, ["sato_mika", "tanaka_rin"]),
}
HK_CLOSED = ("2025-07-01", "2025-08-15")  # Hong Kong Central renovation
SCENTS = {  # key -> (zh, en, family, 香调, base weight)
    "cedar_isle": ("雪松岛屿", "Cedar Isle", "woody", "木质", 0.24),
    "white_tea": ("白茶微光", "White Tea Glow", "green", "茶香绿叶", 0.09),
    "sea_salt_iris": ("海盐鸢尾", "Sea Salt Iris", "aquatic", "海洋", 0.09),
    "temple_incense": ("焚香寺院", "Temple Incense", "amber", "琥珀焚香", 0.08),
    "osmanthus_oolong": ("桂花乌龙", "Osmanthus Oolong", "floral", "花香", 0.08),
    "yuzu_morning": ("柚子晨光", "Yuzu Morning", "citrus", "柑橘", 0.08),
    "fig_courtyard": ("无花果庭院", "Fig Courtyard", "green", "茶香绿叶", 0.09),
    "rose_leather": ("玫瑰皮革", "Rose Leather", "leather", "皮革", 0.07),
    "sandalwood": ("檀香旧梦", "Sandalwood Reverie", "woody", "木质", 0.13),
    "tuberose_night": ("晚香玉之夜", "Tuberose Night", "floral", "花香", 0.07),
}
OOS = {  # scent -> sold-out windows (restock notice sent the day after the window)
    "cedar_isle": [("2025-10-08", "2025-12-14")],
    "osmanthus_oolong": [("2024-09-12", "2024-10-06")],
    "yuzu_morning": [("2026-05-18", "2026-06-14")],
}
PTYPE_ZH = {"full_size": "正装", "discovery_set": "探索套装", "travel_spray": "旅行装"}
CHANNEL_ZH = {"xiaohongshu": "小红书", "douyin": "抖音", "wechat": "微信公众号", "instagram": "Instagram",
              "google": "Google搜索", "tmall_search": "天猫搜索", "walk_in": "路过进店", "referral": "朋友推荐",
              "dianping": "大众点评", "secondhand": "二手平台"}
SHOP_ZH = {"mini_program": "微信小程序", "tmall": "天猫旗舰店", "web": "官网", "store": "门店"}
RETURN_ZH = {"scent_not_for_me": "味道不喜欢", "changed_mind": "不想要了", "duplicate_gift": "重复收到礼物",
             "skin_reaction": "皮肤过敏", "arrived_late": "到货太晚"}
COURIER_ZH = {"sf_express": "顺丰", "zto": "中通", "yamato": "大和运输"}
FX = {"CNY": 1.0, "HKD": 0.92, "JPY": 0.047}


def price(ptype, size, market, t: datetime):
    """(amount_local, currency); mainland prices rose on 2025-07-01"""
    rise = t >= datetime(2025, 7, 1)
    if market == "mainland":
        cur = "CNY"
        if ptype == "discovery_set":
            v = 188 if rise else 168
        elif ptype == "travel_spray":
            v = 420
        else:
            v = {50: 1380, 100: 1980}[size] if rise else {50: 1280, 100: 1880}[size]
    elif market == "hk":
        cur = "HKD"
        v = {"discovery_set": 190, "travel_spray": 480}.get(ptype) or {50: 1450, 100: 2100}[size]
    else:
        cur = "JPY"
        v = {"discovery_set": 3850, "travel_spray": 9900}.get(ptype) or {50: 28600, 100: 41800}[size]
    return v, cur


TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_social", "种草内容", "Social content", "awareness", "social", "digital", "brand marketing",
     "种草|小红书笔记|抖音视频|KOL|达人|Instagram post|social post"),
    ("tp_product_view", "商品详情页", "Product page", "consideration", "web", "digital", "e-commerce",
     "详情页|商品页|PDP|product detail page|浏览"),
    ("tp_booking", "预约闻香", "Consultation booking", "consideration", "mini_program", "digital", "retail",
     "预约|约闻香|到店预约|booking|appointment|no-show|爽约"),
    ("tp_consult", "香氛顾问咨询", "Fragrance consultation", "consideration", "store", "physical", "retail",
     "闻香|试香|到店咨询|气味测试|consultation|scent profiling|in-store visit"),
    ("tp_sample_activate", "试香卡激活", "Discovery kit activation", "consideration", "mini_program", "digital",
     "e-commerce", "小样|探索套装|试香装|激活试香卡|discovery set|sample kit"),
    ("tp_restock_sub", "到货提醒订阅", "Restock alert sign-up", "consideration", "web", "digital", "e-commerce",
     "到货提醒|缺货登记|补货提醒|back in stock alert|waitlist"),
    ("tp_restock_notice", "到货通知推送", "Restock notice sent", "consideration", "other", "digital", "CRM",
     "到货通知|补货通知|restock notice|back in stock message"),
    ("tp_add_cart", "加入购物车", "Add to cart", "purchase", "web", "digital", "e-commerce", "加购|购物车|cart"),
    ("tp_checkout", "结算", "Checkout", "purchase", "web", "digital", "e-commerce",
     "结账|提交订单|支付失败|checkout|payment failure"),
    ("tp_order_paid", "支付成功", "Order paid", "purchase", "other", "digital", "e-commerce",
     "成交|下单|买单|付款成功|purchase|order placed"),
    ("tp_engraving", "瓶身刻字", "Bottle engraving", "purchase", "store", "physical", "atelier",
     "刻字|刻名字|镌刻|engraving|personalisation"),
    ("tp_giftwrap", "礼盒包装", "Gift wrapping", "purchase", "store", "physical", "atelier",
     "礼盒|礼品包装|gift wrap|gift box"),
    ("tp_shipped", "发货出库", "Shipped", "service", "other", "physical", "logistics", "发货|出库|dispatch|shipping"),
    ("tp_delivered", "快递签收", "Delivered", "service", "other", "physical", "logistics",
     "签收|到货|收货|delivery|delivered"),
    ("tp_leak_claim", "漏液理赔", "Leak claim", "service", "other", "digital", "customer service",
     "漏液|洒漏|瓶子漏了|破损理赔|leak|leaking bottle|damaged parcel"),
    ("tp_verify", "防伪验真", "Authenticity check", "service", "mini_program", "digital", "brand protection",
     "验真|防伪码|扫码验真|正品查询|authenticity|fake check|counterfeit check"),
    ("tp_cs_chat", "在线客服", "Customer service chat", "service", "app", "digital", "customer service",
     "客服|人工客服|咨询客服|CS chat|live chat"),
    ("tp_return_request", "退货申请", "Return request", "service", "web", "digital", "customer service",
     "退货|七天无理由|申请退货|return|return request"),
    ("tp_refund", "退款到账", "Refund issued", "service", "other", "digital", "finance", "退款|refund"),
    ("tp_member_join", "入会", "Membership sign-up", "loyalty", "mini_program", "digital", "CRM",
     "会员注册|加入会员|入会|join the club|membership"),
    ("tp_points_redeem", "积分兑换", "Points redemption", "loyalty", "mini_program", "digital", "CRM",
     "积分|兑换|用积分|points|redeem"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("online_purchase", "线上下单", "Online checkout",
     ["tp_product_view", "tp_add_cart", "tp_checkout", "tp_order_paid"], 7),
    ("store_visit", "预约闻香到成交", "Boutique consultation to purchase",
     ["tp_booking", "tp_consult", "tp_order_paid"], 14),
    ("sample_to_full", "小样转正装", "Discovery set to full bottle", ["tp_sample_activate", "tp_order_paid"], 45),
    ("restock", "到货提醒转化", "Restock alert to purchase",
     ["tp_restock_sub", "tp_restock_notice", "tp_order_paid"], 90),
    ("returns", "退货退款", "Return to refund", ["tp_return_request", "tp_refund"], 14),
]

# ---------------------------------------------------------------- state
events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
experiments: list[dict] = []
COUNTERS: dict[str, int] = {}


def nxt(k):
    COUNTERS[k] = COUNTERS.get(k, 0) + 1
    return COUNTERS[k]


def ev(c, tp, t: datetime, action, **kw):
    if t > TEND or t < T0:
        return {}
    e = dict(event_id=f"E{nxt('e'):07d}", customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp, action=action,
             city=c["city"], 城市=CITIES[c["city"]])
    e.update(kw)
    events.append(e)
    c["last_touch"] = max(c.get("last_touch", t), t)
    return e


def dig(c, session=None):
    """columns of an online event"""
    return dict(channel=c["shop"], device=c["device"], session_id=session or f"S{nxt('s'):07d}")


# ---------------------------------------------------------------- feedback texts
# topic -> (zh templates, en templates, sentiment). The marker of every counted topic (MARKERS) is in each template of
# that topic and in no other template; checked below and again in gold.py against _truth.
TEXTS = {
    "leak": ([
        "收到快递打开盒子一股香水味，瓶子漏液了快三分之一",
        "喷头没拧紧，漏液把外盒都泡软了，送人的没法送了",
        "第二次遇到漏液了，包装能不能加个密封圈",
        "瓶口漏液，外盒湿了一大片，申请了补寄",
        "漏液严重，快递袋里全是酒精味"], [
        "The bottle arrived with a leak, about a third of it gone.",
        "Cap was loose and there was a leak all over the box. It was meant to be a gift.",
        "Second parcel in a row with a leak. Please seal the atomiser properly.",
        "Leak in transit, the outer box was soaked. They reshipped but still annoying."], "negative"),
    "leak_vial": ([
        "正装没事，但送的试用小瓶漏液了，袋子里黏糊糊的",
        "赠品小瓶漏液，把说明卡都弄湿了"], [
        "The bottle was fine but one of the little vials had a leak and made a mess.",
        "Free vial had a leak inside the parcel, everything smelled of it."], "negative"),
    "fake": ([
        "小红书上说有人买到假货，我赶紧扫了防伪码，还好是真的",
        "在闲鱼上买的，扫码显示不是正品，买到假货了，气死",
        "朋友代购的一瓶味道不对，怀疑是假货，官方能帮忙鉴定吗",
        "最近假货太多了，希望官方多科普一下怎么辨别",
        "扫码提示已被查询过多次，担心是假货"], [
        "Saw posts about fake bottles going around so I scanned the code. Mine is genuine, phew.",
        "Bought one second hand and the QR check says it's not genuine. A fake, obviously.",
        "Is there a way to tell a fake from the real thing? The scan page is confusing.",
        "Worried about fakes after the news, please make verification easier."], "negative"),
    "longevity": ([
        "味道很好闻但是留香太短了，两个小时就淡了",
        "留香时间一般，下午就闻不到了",
        "这个价位留香这么短有点失望",
        "留香比我想象中短很多"], [
        "Lovely scent but the longevity is poor, gone after two hours.",
        "Longevity is disappointing for the price.",
        "Longevity on my skin is weak, by lunchtime it has faded."], "negative"),
    "longevity_pos": ([
        "留香很持久，早上喷晚上还能闻到",
        "留香一整天，同事都问是什么味道"], [
        "Great longevity, still there in the evening.",
        "Longevity is excellent, lasts all day on me."], "positive"),
    "sample": ([
        "先买小样一瓶瓶试了两周，最后入了正装，很安心",
        "小样套装很贴心，八个味道都能试到",
        "小样的钱还能抵正装，这个设计很好",
        "收到正装还附送了两支小样，惊喜"], [
        "Loved trying the samples first before committing to a full bottle.",
        "The sample set is a great way to find your scent.",
        "Two free samples in my parcel, a lovely surprise.",
        "Sample kit credit towards the full bottle made it an easy decision."], "positive"),
    "engraving": ([
        "瓶身刻字很精致，送男朋友他很喜欢",
        "刻字免费还很快，当天就拿到了",
        "刻字的字体很好看，很有纪念意义"], [
        "The engraving is beautiful, perfect anniversary gift.",
        "Engraving was done while I waited, very neat work.",
        "Free engraving for members is a great touch."], "positive"),
    "engraving_err": ([
        "刻字刻错了，名字少了一个字母，又等了一周重刻",
        "刻字歪了而且有错别字，送礼差点来不及",
        "刻字出错两次，情人节礼物没赶上"], [
        "They got the engraving wrong, a letter missing, had to wait a week for a new one.",
        "Engraving was crooked and misspelt. Missed the date I needed it for."], "negative"),
    "giftbox": ([
        "礼盒很有质感，丝带和卡片都很用心",
        "礼盒包装拿出手很体面",
        "圣诞礼盒太好看了，朋友拆的时候很惊喜"], [
        "The gift box is gorgeous, ribbon and handwritten card.",
        "Beautiful gift box, looked very premium.",
        "Gift box presentation is lovely, worth the extra."], "positive"),
    "slow_delivery": ([
        "双十一物流慢得离谱，一个礼拜才到",
        "物流慢，说好三天结果五天",
        "物流慢，中通一直显示运输中"], [
        "Slow delivery, took a week to reach me.",
        "Very slow delivery compared to what the site promised."], "negative"),
    "consultant": ([
        "顾问很专业，帮我做了气味测试，推荐的味道很适合我",
        "店里的顾问小姐姐很耐心，试了一个多小时也没有催",
        "顾问讲香调讲得很清楚，体验很好"], [
        "The consultant was so knowledgeable and patient, found me the perfect scent.",
        "Our consultant explained every note, a lovely hour in the boutique.",
        "Great consultant, never pushy."], "positive"),
    "return": ([
        "味道和想象的不一样，申请退货流程还算顺利",
        "刻了字就不能退货，下单时没说清楚",
        "盲买踩雷了，退货要自己寄回还挺麻烦",
        "退货退款等了十天才到账"], [
        "Scent wasn't for me, the return was easy enough.",
        "They refused my return because the bottle was engraved. Nobody told me.",
        "The return took ten days to be refunded.",
        "Blind buy didn't work out, return process was fiddly."], "negative"),
    "restock": ([
        "雪松岛屿断货两个月，一直等补货",
        "订阅了到货提醒，补货短信一来就下单了",
        "补货太慢了，想买的味道总是缺货",
        "等补货等到都快忘了"], [
        "Cedar Isle was out of stock for ages, waiting for the restock.",
        "Got the restock text and ordered straight away.",
        "Restock took forever, nearly gave up on it."], "negative"),
    "points": ([
        "积分年底清零也没提醒，几千分就这么没了",
        "积分过期前没有任何通知，很不爽",
        "积分能换的东西太少了",
        "积分兑换的蜡烛很快就没货了"], [
        "My points expired at the end of the year without any reminder.",
        "Points just vanished on 31 Dec, no warning at all.",
        "Not much to spend points on."], "negative"),
    "price": ([
        "涨价以后太贵了，五十毫升一千三多",
        "味道喜欢但是太贵了，等活动再买",
        "这个价格太贵了，国外买便宜不少"], [
        "Love it but it's overpriced now after the price rise.",
        "Overpriced for 50 ml honestly.",
        "A bit overpriced compared with the big houses."], "negative"),
    "tester": ([
        "店里试香瓶一半都是空的，想试的都试不到",
        "试香瓶没及时补，体验很差",
        "试香瓶都见底了，店员也不管"], [
        "Half the testers were empty, couldn't try what I came for.",
        "Empty testers and nobody refilled them."], "negative"),
    "generic_pos": ([
        "很喜欢，味道很高级",
        "第二瓶了，还会再买",
        "闻起来很舒服，很有辨识度",
        "整体体验很好，推荐"], [
        "Absolutely love it, such a unique scent.",
        "My second bottle, will buy again.",
        "Beautiful fragrance, compliments every time I wear it."], "positive"),
    "generic_neu": ([
        "还行吧，中规中矩",
        "味道可以，没有特别惊艳",
        "一般般"], [
        "It's fine, nothing special.",
        "Decent, as expected.",
        "OK."], "neutral"),
}
TOPIC_OF = {"leak_vial": "leak", "longevity_pos": "longevity", "engraving_err": "engraving"}
MARKERS = {  # counted topics -> (zh marker, en marker); lower-case match
    "leak": ("漏液", "leak"), "fake": ("假货", "fake"), "longevity": ("留香", "longevity"),
    "sample": ("小样", "sample"), "engraving": ("刻字", "engraving"), "giftbox": ("礼盒", "gift box"),
    "slow_delivery": ("物流慢", "slow delivery"), "consultant": ("顾问", "consultant"),
    "return": ("退货", "return"), "restock": ("补货", "restock"), "points": ("积分", "points"),
    "price": ("太贵", "overpriced"), "tester": ("试香瓶", "tester"),
}
for _tp, (_zh, _en, _s) in TEXTS.items():
    for _txt in _zh + _en:
        for _k, _m in MARKERS.items():
            has = any(w in _txt.lower() for w in _m)
            assert has == (_k == TOPIC_OF.get(_tp, _tp)), (_tp, _k, _txt)
RATING = {"negative": (1, 2), "neutral": (3, 4), "positive": (4, 5)}


def add_fb(topic, t: datetime | None, channel, c=None, tp="", lang=None, rating=None, nps=None, **kw):
    if t is not None and (t < T0 or t > TEND):
        return {}
    if channel == "post_purchase_survey":
        rating = rating if rating is not None else rate_for(topic)
        nps = nps if nps is not None else nps_for(rating)
    zh, en, sent = TEXTS[topic]
    lang = lang or (c["lang"] if c else "zh")
    lst = zh if lang == "zh" else en
    text = lst[int(rng.integers(len(lst)))]
    fid = f"FB{nxt('f'):06d}"
    row = dict(feedback_id=fid, text=text, ts=fmt(t) if t else "", customer_id=c["customer_id"] if c else "",
               touchpoint_id=tp, channel=channel, rating=rating if rating is not None else "",
               nps=nps if nps is not None else "", language=lang, city=c["city"] if c else "")
    row.update(kw)
    feedback.append(row)
    truth.append(dict(feedback_id=fid, topic=TOPIC_OF.get(topic, topic), sentiment=sent))
    return row


def rate_for(topic):
    lo, hi = RATING[TEXTS[topic][2]]
    return ri(lo, hi)


def nps_for(rating):
    return {5: ri(9, 10), 4: pick([7, 8, 9], [3, 4, 2]), 3: ri(5, 7), 2: ri(2, 5), 1: ri(0, 3)}[int(rating)]


# ---------------------------------------------------------------- seasons
QIXI = {2024: date(2024, 8, 10), 2025: date(2025, 8, 29), 2026: date(2026, 8, 19)}
CNY_DAY = {2024: date(2024, 2, 10), 2025: date(2025, 1, 29), 2026: date(2026, 2, 17)}


def gift_season(d: date) -> str:
    if d.month == 2 and d.day <= 14:
        return "valentine"
    if d.month == 5 and 10 <= d.day <= 20:
        return "520"
    if timedelta(0) <= QIXI[d.year] - d <= timedelta(days=10):
        return "qixi"
    if d.month == 12 and 5 <= d.day <= 24:
        return "christmas"
    return ""


def day_weight(d: date, city: str) -> float:
    w = 1.0 + 0.7 * (d - T0.date()).days / 912
    s = gift_season(d)
    w *= {"valentine": 1.6, "520": 2.0, "qixi": 1.5, "christmas": 1.6, "": 1.0}[s]
    if d.month == 11 and d.day <= 11 and city not in ("Tokyo", "Hong Kong"):
        w *= 1.9
    if city == "Tokyo":
        if d.month == 10 and d.day <= 8:
            w *= 2.5
        if abs((d - CNY_DAY[d.year]).days) <= 5:
            w *= 2.2
    return w


def scent_for(c, t: datetime) -> str:
    ks = list(SCENTS)
    w = []
    for k in ks:
        x = SCENTS[k][4]
        if c["city"] == "Tokyo" and k == "yuzu_morning":
            x *= 5.5
        if c["city"] == "Hangzhou" and k == "osmanthus_oolong":
            x *= 5.0
        if c["city"] == "Hong Kong" and k == "sea_salt_iris":
            x *= 1.8
        if t.month in (6, 7, 8) and SCENTS[k][2] in ("citrus", "aquatic"):
            x *= 1.5
        if t.month in (11, 12, 1) and SCENTS[k][2] in ("amber", "woody", "leather"):
            x *= 1.3
        if k == "cedar_isle" and between(t, "2025-09-25", "2025-12-31") and c["market"] == "mainland":
            x *= 2.5  # a Douyin video made it go viral, then it sold out
        if k == "yuzu_morning" and between(t, "2026-05-01", "2026-06-30"):
            x *= 1.8
        w.append(x)
    return pick(ks, w)


def sold_out(scent, t: datetime):
    for a, b in OOS.get(scent, []):
        if between(t, a, b):
            return d_(b) + timedelta(days=1)
    return None


# ---------------------------------------------------------------- customers
customers: list[dict] = []


def new_customer(t: datetime, city: str, acq: str) -> dict:
    cid = f"C{len(customers) + 1:05d}"
    market = "mainland" if city not in ("Hong Kong", "Tokyo") else ("hk" if city == "Hong Kong" else "jp")
    if market == "mainland":
        shop = "tmall" if (acq == "tmall_search" or chance(0.30)) else "mini_program"
        device = pick(["ios", "android", "pc"], [0.56, 0.40, 0.04])
        lang = "zh" if chance(0.97) else "en"
    else:
        shop = "web"
        device = pick(["ios", "android", "pc"], [0.50, 0.18, 0.32])
        lang = ("zh" if chance(0.40) else "en") if market == "hk" else ("zh" if chance(0.18) else "en")
    c = dict(customer_id=cid, signup_at=t, city=city, market=market, acq=acq, shop=shop, device=device, lang=lang,
             gender=pick(["female", "male", "unspecified"], [0.66, 0.30, 0.04]),
             age_band=pick(["18-24", "25-34", "35-44", "45+"], [0.22, 0.46, 0.22, 0.10]),
             member=False, member_at=None, spend=0.0, orders=0, points=0, had_sample=False, had_consult=False,
             exp=None, last_order=None, grey=False, orders_full=0)
    customers.append(c)
    return c


def acq_for(city: str) -> str:
    if city in ("Hong Kong",):
        return pickd({"instagram": 0.32, "google": 0.18, "walk_in": 0.26, "referral": 0.16, "xiaohongshu": 0.08})
    if city == "Tokyo":
        return pickd({"instagram": 0.28, "google": 0.20, "walk_in": 0.32, "referral": 0.08, "xiaohongshu": 0.12})
    has_store = city in ("Shanghai", "Hangzhou")
    return pickd({"xiaohongshu": 0.34, "douyin": 0.14, "wechat": 0.10, "tmall_search": 0.16,
                  "walk_in": 0.13 if has_store else 0.0, "referral": 0.08, "dianping": 0.05 if has_store else 0.0})


def store_of(c, t: datetime):
    if c["city"] == "Shanghai":
        return pick(["Shanghai Anfu Road", "Shanghai Kerry Centre"], [0.6, 0.4])
    s = {"Hangzhou": "Hangzhou Hubin", "Hong Kong": "Hong Kong Central", "Tokyo": "Tokyo Omotesando"}.get(c["city"])
    if s == "Hong Kong Central" and between(t, *HK_CLOSED):
        return None
    return s


# ---------------------------------------------------------------- orders and their after-life
def member_join(c, t: datetime, where):
    if c["member"]:
        return
    c["member"] = True
    c["member_at"] = t
    ev(c, "tp_member_join", t, "joined", channel="store" if where == "store" else c["shop"],
       join_source=where)


def tier_at(c):
    if not c["member"]:
        return "non_member"
    return "black" if c["spend"] >= 5000 else ("gold" if c["spend"] >= 2500 else "silver")


def make_order(c, t: datetime, shop: str, ptype: str, scent: str | None, size: int | None, store=None,
               session=None, consultant=None, voucher=False, exp_arm=None):
    """a paid order at t: tp_order_paid, engraving / gift wrap, shipping, leaks, returns, feedback. Returns order."""
    if t > TEND:
        return None
    oid = f"SI{nxt('o'):06d}"
    amt_local, cur = price(ptype, size, c["market"], t)
    engrave = wrap = False
    d = t.date()
    season = gift_season(d)
    if ptype == "full_size" and shop != "tmall":
        p_e = 0.13 * {"valentine": 2.2, "520": 6.0, "qixi": 2.0, "christmas": 1.2, "": 1.0}[season]
        engrave = chance(min(p_e, 0.7))
    if ptype != "discovery_set":
        p_w = 0.18 * {"valentine": 1.8, "520": 1.8, "qixi": 1.6, "christmas": 3.2, "": 1.0}[season]
        wrap = chance(min(p_w, 0.75))
    fee = 0.0
    tier = tier_at(c)
    if engrave and tier not in ("gold", "black"):
        fee += {"CNY": 50, "HKD": 60, "JPY": 1100}[cur]
    if wrap and shop != "store":
        fee += {"CNY": 30, "HKD": 35, "JPY": 660}[cur]
    disc = 0.0
    if voucher:
        disc = {"CNY": 168, "HKD": 190, "JPY": 3850}[cur]
    pts_used = 0
    if c["member"] and c["points"] >= 2000 and ptype == "full_size" and chance(0.15):
        pts_used = 2000
        disc += {"CNY": 100, "HKD": 110, "JPY": 2200}[cur]
    local = amt_local + fee - disc
    cny = round(local * FX[cur] * (1.0 if cur == "CNY" else (1 + 0.02 * np.sin(t.month))), 2)
    sess = session or (f"S{nxt('s'):07d}" if shop != "store" else "")
    sc = SCENTS[scent] if scent else None
    base = dict(order_no=oid, product_type=ptype, scent=sc[1] if sc else "", 香水名=sc[0] if sc else "",
                size_ml=size or "")
    kw = dict(channel=shop, device="" if shop == "store" else c["device"], session_id=sess)
    if store:
        kw.update(store=store, 门店=STORES[store][0], consultant=consultant or "")
    ev(c, "tp_order_paid", t, "success", **kw, **base, amount_cny=cny)
    o = dict(order_id=oid, customer_id=c["customer_id"], ts=fmt(t), amount=cny, status="paid", channel=shop,
             device="" if shop == "store" else c["device"], 销售渠道=SHOP_ZH[shop], order_type=ptype,
             订单类型=PTYPE_ZH[ptype], scent=sc[1] if sc else "", 香水名=sc[0] if sc else "",
             family=sc[2] if sc else "", 香调=sc[3] if sc else "", size_ml=size or "",
             store=store or "", 门店=STORES[store][0] if store else "", consultant=consultant or "",
             city=c["city"], 城市=CITIES[c["city"]], currency=cur, amount_local=round(local, 2),
             engraving=engrave, gift_wrap=wrap, discovery_voucher_used=voucher, points_used=pts_used,
             points_earned=0, member_tier=tier, free_sample_vials=2 if exp_arm == "free_samples" else 0,
             courier="", 快递=COURIER_ZH.get("", ""), return_reason="", 退货原因="", delivered_at="")
    orders.append(o)
    c["orders"] += 1
    c["last_order"] = t
    if ptype == "discovery_set":
        c["had_sample"] = True
    # engraving / gift wrap
    tship_base = t
    if engrave:
        if shop == "store":
            te = plus_min(t, 15, 45)
        else:
            te = later(t, 1, 2, 9, 18)
        redo_p = 0.22 if between(te, "2026-01-05", "2026-02-28") else 0.02  # new engraving machine
        ev(c, "tp_engraving", te, "done", order_no=oid, channel="store" if shop == "store" else "atelier",
           engraving_site=store or "Shanghai atelier", scent=sc[1])
        if chance(redo_p):
            te2 = later(te, 4, 8, 9, 18)
            ev(c, "tp_engraving", te2, "redo", order_no=oid, channel="atelier", redo_reason=pick(
                ["misspelt", "crooked", "wrong_font"], [0.6, 0.3, 0.1]), engraving_site="Shanghai atelier",
               scent=sc[1])
            te = te2
            if chance(0.8):
                add_fb("engraving_err", later(te, 0, 3), "cs_ticket", c, "tp_engraving", order_no=oid)
        elif chance(0.05):
            add_fb("engraving", later(te, 2, 10), "post_purchase_survey", c, "tp_engraving", rating=5,
                   nps=ri(9, 10), order_no=oid)
        tship_base = te
    if wrap:
        tw = plus_min(t, 5, 20) if shop == "store" else plus_min(tship_base, 30, 240)
        ev(c, "tp_giftwrap", tw, "wrapped", order_no=oid, channel="store" if shop == "store" else "atelier",
           wrap_style=pick(["signature", "festive", "minimal"], [0.5, 0.3 if season else 0.1, 0.3]))
    # shipping (a few online orders are cancelled before dispatch and refunded)
    leaked = False
    tdel = t
    if shop != "store" and ptype == "full_size" and chance(0.018):
        tc = plus_min(t, 10, 60 * 20)
        ev(c, "tp_cs_chat", tc, "opened", channel=shop, device=c["device"], chat_topic="cancel")
        ev(c, "tp_refund", plus_min(tc, 30, 60 * 30), "refunded", order_no=oid, refund_cny=cny, channel="finance")
        o.update(status="cancelled", cancel_reason=pick(["wrong_item", "found_cheaper", "too_slow"], [0.5, 0.3, 0.2]))
        c["orders"] -= 1
        return o
    if shop != "store":
        if shop == "tmall" and t >= datetime(2025, 5, 1) and chance(0.6):
            courier = "zto"
        elif c["city"] == "Tokyo":
            courier = "yamato"
        else:
            courier = "sf_express"
        ts_ = later(tship_base, 0, 1, 9, 19) if ptype != "full_size" or not engrave else later(tship_base, 1, 2, 9, 19)
        transit = {"sf_express": ri(1, 3), "zto": ri(2, 5), "yamato": ri(1, 2)}[courier]
        if c["city"] == "Hong Kong":
            transit += 1
        if d.month == 11 and 1 <= d.day <= 20 and courier != "yamato":
            transit += ri(1, 3)
        tdel = later(ts_, transit, transit, 9, 21)
        o.update(courier=courier, 快递=COURIER_ZH[courier], delivered_at=fmt(tdel) if tdel <= TEND else "")
        ev(c, "tp_shipped", ts_, "shipped", order_no=oid, courier=courier, 快递=COURIER_ZH[courier], channel="logistics",
           warehouse="Tokyo store stock" if courier == "yamato" else "Shanghai Qingpu DC")
        ev(c, "tp_delivered", tdel, "delivered", order_no=oid, courier=courier, 快递=COURIER_ZH[courier],
           channel="logistics", transit_days=(tdel.date() - ts_.date()).days)
        p_leak = {"sf_express": 0.016, "zto": 0.055, "yamato": 0.01}[courier]
        if between(ts_, "2025-06-28", "2025-08-06"):  # new atomiser-cap batch in the July heat
            p_leak *= 9.0
        if ptype == "discovery_set":
            p_leak *= 0.5
        if size == 100:
            p_leak *= 1.3
        item = "bottle"
        leaked = chance(p_leak)
        if not leaked and exp_arm == "free_samples" and chance(0.06):
            leaked, item = True, "sample_vial"
        if leaked and tdel <= TEND:
            tl = plus_min(tdel, 30, 60 * 30)
            ev(c, "tp_cs_chat", plus_min(tdel, 10, 600), "opened", channel=shop, device=c["device"],
               chat_topic="leak")
            ev(c, "tp_leak_claim", tl, "opened", order_no=oid, courier=courier, 快递=COURIER_ZH[courier],
               claim_no=f"LK{nxt('lk'):05d}", leaked_item=item, size_ml=size or "",
               resolution=pick(["reship", "refund_partial", "voucher"], [0.7, 0.2, 0.1]) if item == "bottle"
               else "voucher", channel=shop)
            if chance(0.75):
                topic = "leak" if item == "bottle" else "leak_vial"
                add_fb(topic, plus_min(tl, 5, 600), pick(["cs_ticket", "tmall_review"] if shop == "tmall" else
                       ["cs_ticket", "post_purchase_survey"], [0.3, 0.7]), c, "tp_leak_claim", rating=ri(1, 2),
                       order_no=oid, courier=courier)
    # authenticity scans
    p_ver = 0.05 * (2.0 if shop == "tmall" else 1.0)
    if between(tdel, "2025-11-12", "2026-02-15"):
        p_ver *= 5.0 if tdel < datetime(2026, 1, 1) else 2.5
    if ptype != "discovery_set" and chance(p_ver) and tdel <= TEND:
        tv = plus_min(tdel, 5, 60 * 48)
        ev(c, "tp_verify", tv, "scanned", result="genuine", order_no=oid, channel="mini_program", device=c["device"],
           bottle_source="official")
        if between(tv, "2025-11-12", "2026-01-31") and chance(0.08):
            add_fb("fake", plus_min(tv, 1, 120), "cs_ticket", c, "tp_verify")
    # returns
    if shop != "store" and ptype == "full_size" and tdel <= TEND:
        blind = not (c["had_sample"] or c["had_consult"])
        p_ret = 0.035 + (0.08 if blind else 0.0)
        if shop == "tmall":
            p_ret *= 2.0
        if leaked:
            p_ret *= 0.3
        if chance(p_ret):
            reason = "scent_not_for_me" if (blind and chance(0.7)) else pick(
                ["changed_mind", "duplicate_gift", "skin_reaction", "arrived_late", "scent_not_for_me"],
                [0.35, 0.2, 0.1, 0.15, 0.2])
            tr = later(tdel, 1, 6)
            if engrave:
                ev(c, "tp_return_request", tr, "rejected", order_no=oid, return_reason=reason,
                   退货原因=RETURN_ZH[reason], reject_reason="engraved", channel=shop, device=c["device"])
                if chance(0.6):
                    add_fb("return", plus_min(tr, 10, 600), "cs_ticket", c, "tp_return_request", rating=1,
                           order_no=oid)
            else:
                ev(c, "tp_return_request", tr, "submitted", order_no=oid, return_reason=reason,
                   退货原因=RETURN_ZH[reason], channel=shop, device=c["device"])
                if chance(0.93):
                    trf = later(tr, 3, 11, 9, 18)
                    ev(c, "tp_refund", trf, "refunded", order_no=oid, refund_cny=cny, channel="finance")
                    if trf <= TEND:
                        o.update(status="returned", return_reason=reason, 退货原因=RETURN_ZH[reason])
                        c["spend"] -= cny
                if chance(0.3):
                    add_fb("return", plus_min(tr, 10, 60 * 72), pick(["cs_ticket", "tmall_review"] if shop == "tmall"
                           else ["cs_ticket", "post_purchase_survey"], [0.6, 0.4]), c, "tp_return_request",
                           rating=ri(2, 3), order_no=oid)
    c["spend"] += cny
    if c["member"]:
        o["points_earned"] = int(cny)
        c["points"] += int(cny) - pts_used
    # post-purchase survey and reviews
    if not leaked and tdel <= TEND and o["status"] == "paid":
        tfb = later(tdel, 1, 12)
        if shop == "tmall" and chance(0.26):
            topic = pick(["generic_pos", "generic_neu", "longevity", "slow_delivery", "price", "giftbox", "sample"],
                         [0.50, 0.14, 0.10, 0.12 + (0.25 if o["courier"] == "zto" else 0), 0.10, 0.08 if wrap else 0,
                          0.06])
            r = rate_for(topic)
            add_fb(topic, tfb, "tmall_review", c, "tp_delivered", rating=r, order_no=oid, courier=o["courier"])
        elif shop != "tmall" and chance(0.65 if (shop != "store" and between(t, "2025-06-27", "2025-08-15"))
                                        else 0.38):
            w = {"generic_pos": 0.30, "generic_neu": 0.12, "longevity": 0.10, "longevity_pos": 0.06,
                 "price": 0.04 + (0.08 if t >= datetime(2025, 7, 1) and c["market"] == "mainland" else 0),
                 "giftbox": 0.20 if wrap else 0.0, "engraving": 0.18 if engrave else 0.0,
                 "sample": 0.22 if (exp_arm == "free_samples" or ptype == "discovery_set" or voucher) else 0.02,
                 "consultant": 0.22 if shop == "store" else 0.0,
                 "slow_delivery": 0.08 if (shop != "store" and d.month == 11) else 0.01,
                 # July 2025 cap batch: many parcels arrived sticky / half-leaked without a claim being filed
                 "leak": 2.0 if (shop != "store" and between(t, "2025-06-27", "2025-08-15")) else 0.0}
            topic = pickd(w)
            r = rate_for(topic)
            add_fb(topic, tfb, "post_purchase_survey", c, "tp_order_paid" if shop == "store" else "tp_delivered",
                   rating=r, nps=nps_for(r), order_no=oid, store=store or "", 门店=STORES[store][0] if store else "")
    return o


# ---------------------------------------------------------------- journeys of one customer
def online_attempt(c, t: datetime, ptype, scent, size, strong=True, voucher=False, exp_ok=True, loyal=False):
    """view -> cart -> checkout -> paid; returns the order or None"""
    if t > TEND:
        return None
    s = f"S{nxt('s'):07d}"
    sc = SCENTS[scent] if scent else ("", "")
    k = dict(product_type=ptype, scent=sc[1], 香水名=sc[0])
    ev(c, "tp_product_view", t, "view", **dig(c, s), **k)
    tt = t
    for _ in range(ri(0, 2)):
        tt = plus_min(tt, 1, 6)
        ev(c, "tp_product_view", tt, "view", **dig(c, s), **k)
    # sold out?
    back = sold_out(scent, t) if ptype == "full_size" else None
    if back:
        if chance(0.75):
            return restock_flow(c, plus_min(tt, 1, 4), back, ptype, scent, size, k, dict(**dig(c, s)), voucher)
        return None
    p_cart, p_co, p_pay = (0.82, 0.86, 0.95) if strong else (0.22, 0.35, 0.9)
    if loyal:
        p_cart, p_co, p_pay = 0.93, 0.94, 0.97
    if c["shop"] == "web":
        p_co *= 0.92
    if not chance(p_cart):
        return None
    tt = plus_min(tt, 1, 8)
    ev(c, "tp_add_cart", tt, "add", **dig(c, s), **k)
    if not chance(p_co):
        return None
    tt = plus_min(tt, 1, 10)
    ev(c, "tp_checkout", tt, "submit", **dig(c, s), **k)
    bug = (c["shop"] == "mini_program" and c["device"] == "android" and between(tt, "2026-03-09", "2026-03-29"))
    if bug:
        p_pay = 0.38
    if not chance(p_pay):
        tf = plus_min(tt, 0, 2)
        ev(c, "tp_checkout", tf, "payment_fail", **dig(c, s), **k,
           error_code="WXPAY_SDK_TIMEOUT" if bug else pick(["CARD_DECLINED", "USER_CANCEL", "RISK_CONTROL"],
                                                              [0.3, 0.5, 0.2]))
        if bug and chance(0.3):
            ev(c, "tp_cs_chat", plus_min(tf, 2, 90), "opened", **dig(c), chat_topic="payment")
        return None
    tp = plus_min(tt, 0, 3)
    arm = None
    if (exp_ok and ptype == "full_size" and c["exp"] is None
            and between(tp, "2025-03-01", "2025-10-31")):
        arm = "free_samples" if chance(0.5) else "control"
        c["exp"] = (arm, tp)
        experiments.append(dict(experiment_id="free_sample_2025", variant=arm, customer_id=c["customer_id"],
                                assigned_at=fmt(tp), order_no=f"SI{COUNTERS.get('o', 0) + 1:06d}",
                                channel=c["shop"], city=c["city"]))
    o = make_order(c, tp, c["shop"], ptype, scent, size, session=s, voucher=voucher, exp_arm=arm)
    if ptype == "full_size":
        c["orders_full"] += 1
    return o


def restock_flow(c, tsub, back, ptype, scent, size, k, where, voucher=False):
    """restock alert sign-up -> notice the day the scent is back -> maybe a purchase online"""
    if c["market"] == "mainland":
        nch = pick(["sms", "wechat", "email"], [0.40, 0.30, 0.30])
    else:
        nch = pick(["sms", "email"], [0.15, 0.85])
    ev(c, "tp_restock_sub", tsub, "subscribed", **where, **k, notify_via=nch)
    tn = back.replace(hour=10) + timedelta(minutes=ri(0, 50))
    ev(c, "tp_restock_notice", tn, "sent", channel=nch, notify_via=nch, **k)
    p = {"sms": 0.58, "wechat": 0.27, "email": 0.14}[nch]
    if chance(p):
        tb = plus_min(tn, 5, 60 * 24 * ri(0, 8) + 60)
        return online_attempt(c, tb, ptype, scent, size, voucher=voucher, loyal=True)
    if chance(0.15):
        add_fb("restock", later(tn, 0, 20), "cs_ticket", c, "tp_restock_notice")
    return None


def store_visit(c, t: datetime, store: str, booked: bool):
    """booking (optional) -> consultation -> maybe a purchase. Returns (order or None, consult time or None)."""
    name_zh, city, platform, conv, staff = STORES[store]
    sk = dict(store=store, 门店=name_zh)
    if store == "Hong Kong Central" and between(t, *HK_CLOSED):
        return None, None
    if booked:
        tb = at_hours(t, -ri(1, 6), 8, 23)
        ev(c, "tp_booking", tb, "booked", channel="mini_program", device=c["device"], appointment_at=fmt(t),
           party_size=pick([1, 2, 3], [0.6, 0.35, 0.05]), **sk)
        p_ns = 0.26 if store == "Tokyo Omotesando" else 0.08
        if chance(p_ns):
            ev(c, "tp_booking", t, "no_show", channel="mini_program", appointment_at=fmt(t), **sk)
            return None, None
    consultant = staff[int(rng.integers(len(staff)))]
    ev(c, "tp_consult", t, "attended", channel="store", consultant=consultant, duration_min=ri(20, 75),
       booked=booked, scents_tried=ri(3, 9), **sk)
    c["had_consult"] = True
    if chance(0.10):
        member_join(c, plus_min(t, 5, 40), "store")
    # review of the visit
    if chance(0.14):
        tr = later(t, 0, 3)
        if store == "Hangzhou Hubin":
            topic = pickd({"tester": 0.42, "consultant": 0.16, "generic_pos": 0.14, "generic_neu": 0.16,
                           "price": 0.12})
        else:
            topic = pickd({"consultant": 0.40, "generic_pos": 0.30, "generic_neu": 0.12, "price": 0.08,
                           "tester": 0.03, "longevity_pos": 0.07})
        add_fb(topic, tr, f"{platform}_review", c, "tp_consult", rating=rate_for(topic),
               lang=("zh" if platform == "dianping" else ("en" if chance(0.75) else "zh")), platform=platform,
               **sk)
    p = conv * (1.15 if booked else 0.9)
    if store == "Hangzhou Hubin" and chance(0.15):
        p *= 0.6  # testers out, nothing to try
    if chance(p):
        tp = plus_min(t, 10, 50) if chance(0.8) else later(t, 1, 13)
        if store == "Hong Kong Central" and between(tp, *HK_CLOSED):
            tp = plus_min(t, 10, 50)
        ptype = "full_size" if chance(0.86) else "discovery_set"
        scent = scent_for(c, tp)
        size = pick([50, 100], [0.6, 0.4]) if ptype == "full_size" else None
        back = sold_out(scent, tp) if ptype == "full_size" else None
        if back and chance(0.45):
            sc = SCENTS[scent]
            restock_flow(c, plus_min(t, 10, 50), back, ptype, scent, size,
                         dict(product_type=ptype, scent=sc[1], 香水名=sc[0]),
                         dict(channel="store", store=store, 门店=name_zh))
            return None, t
        if back:
            scent = "sandalwood" if chance(0.6) else scent_for(c, tp + timedelta(days=90))
            if sold_out(scent, tp):
                scent = "sandalwood"
        o = make_order(c, tp, "store", ptype, scent, size, store=store, consultant=consultant)
        if chance(0.6):
            member_join(c, plus_min(tp, 1, 10), "store")
        if ptype == "discovery_set":
            ev(c, "tp_sample_activate", plus_min(tp, 1, 20), "activated", channel="store", **sk)
        if ptype == "full_size":
            c["orders_full"] += 1
        return o, t
    if chance(0.18):  # take a discovery set home instead
        tp = plus_min(t, 5, 30)
        o = make_order(c, tp, "store", "discovery_set", None, None, store=store, consultant=consultant)
        ev(c, "tp_sample_activate", plus_min(tp, 1, 20), "activated", channel="store", **sk)
        return o, t
    return None, t


def after_sample(c, t_act: datetime):
    """after a discovery kit is activated: full bottle within 45 days, or later, or never"""
    p = 0.36 if t_act >= datetime(2025, 9, 1) else 0.22
    voucher = t_act >= datetime(2025, 9, 1)
    if c["had_consult"]:
        p += 0.10
    if chance(p):
        tb = later(t_act, 2, 43)
    elif chance(0.10):
        tb = later(t_act, 50, 150)
    else:
        return None
    if tb > TEND:
        return None
    scent = scent_for(c, tb)
    size = pick([50, 100], [0.62, 0.38])
    st = store_of(c, tb)
    if st and chance(0.3):
        o, _ = store_purchase_direct(c, tb, st, scent, size)
        return o
    return online_attempt(c, tb, "full_size", scent, size, strong=True, voucher=voucher)


def store_purchase_direct(c, t, store, scent, size):
    """a known customer walks in and buys what they know (a POS sale, no consultation logged)"""
    _, _, _, _, staff = STORES[store]
    consultant = staff[int(rng.integers(len(staff)))]
    if sold_out(scent, t):
        scent = "sandalwood"
    o = make_order(c, plus_min(t, 5, 25), "store", "full_size", scent, size, store=store, consultant=consultant)
    c["orders_full"] += 1
    return o, t


def after_purchase(c, o):
    """repeat purchases after a full bottle"""
    t = datetime.fromisoformat(o["ts"])
    n = 0
    while n < 3:
        if c["exp"] is not None and c["exp"][1] == t:
            p90 = 0.32 if c["exp"][0] == "free_samples" else 0.15
        else:
            p90 = 0.15 if c["member"] else 0.11
        if chance(p90):
            tn = later(t, 8, 88)
        elif chance(0.22 if c["member"] else 0.15):
            tn = later(t, 95, 400)
        else:
            return
        if tn > TEND:
            return
        ptype = "travel_spray" if chance(0.12) else "full_size"
        scent = scent_for(c, tn)
        size = pick([50, 100], [0.5, 0.5]) if ptype == "full_size" else 10
        st = store_of(c, tn)
        if st and o["channel"] == "store" and chance(0.75):
            if ptype == "travel_spray":
                nxt_o = make_order(c, tn, "store", ptype, scent, 10, store=st)
            else:
                nxt_o, _ = store_purchase_direct(c, tn, st, scent, size)
        else:
            nxt_o = online_attempt(c, tn, ptype, scent, size, exp_ok=False, loyal=True)
        if nxt_o is None:
            return
        o, t = nxt_o, datetime.fromisoformat(nxt_o["ts"])
        n += 1


def redeem_points(c, mine):
    """points redemptions: more in December, as points expire on 31 December (no reminder was sent for 2025)"""
    if not c["member"]:
        c["points"] = 0
        return
    earned = sorted((datetime.fromisoformat(o["ts"]), o["points_earned"] - o["points_used"]) for o in mine
                    if o["status"] == "paid")
    t = c["member_at"] + timedelta(days=ri(10, 40))
    year, bal, i = t.year, 0, 0
    while t <= TEND:
        if t.year > year:
            ye = datetime(year, 12, 31, 23, 59)
            while i < len(earned) and earned[i][0] <= ye:
                bal += earned[i][1]
                i += 1
            if bal > 0 and year == 2025 and chance(0.14):
                add_fb("points", at_hours(datetime(2026, 1, 2), ri(0, 25)), pick(
                    ["cs_ticket", "app_review"], [0.7, 0.3]), c, "tp_points_redeem")
            elif bal > 0 and year == 2024 and chance(0.03):
                add_fb("points", at_hours(datetime(2025, 1, 2), ri(0, 25)), "cs_ticket", c, "tp_points_redeem")
            bal, year = 0, t.year
        while i < len(earned) and earned[i][0] <= t:
            bal += earned[i][1]
            i += 1
        w = 0.04 + (0.40 if t.month == 12 else 0.0)
        if bal >= 500 and chance(w):
            used = int(min(bal, pick([500, 1000, 2000], [0.5, 0.35, 0.15])))
            used -= used % 100
            bal -= used
            ev(c, "tp_points_redeem", at_hours(t, 0, 9, 23), "redeemed", channel="mini_program", device=c["device"],
               points=used, reward=pick(["sample_vial", "candle", "engraving_voucher", "travel_spray"],
                                        [0.45, 0.25, 0.15, 0.15]))
        t += timedelta(days=ri(10, 20))
    while i < len(earned):
        bal += earned[i][1]
        i += 1
    c["points"] = max(0, bal)


def run_customer(c, t0: datetime):
    if c["acq"] in ("xiaohongshu", "douyin", "wechat", "instagram"):
        ev(c, "tp_social", t0 - timedelta(minutes=ri(1, 30)), "click", channel=c["acq"],
           content_type=pick(["kol_note", "brand_post", "short_video", "ad"], [0.4, 0.2, 0.25, 0.15]))
    st = store_of(c, t0)
    store_first = st is not None and (c["acq"] in ("walk_in", "dianping") or chance(0.30))
    first = None
    if store_first:
        booked = c["acq"] != "walk_in" and chance(0.65) or (c["city"] == "Tokyo" and chance(0.5))
        t = t0 if 11 <= t0.hour < 20 else at_hours(t0, 0 if t0.hour < 11 else 1, 11, 20)
        o, tc = store_visit(c, t, st, booked)
        first = o
        if o is None and tc is None and chance(0.35):  # no-show, re-book once
            o, tc = store_visit(c, later(t, 3, 12, 11, 20), st, True)
            first = o
        if o is None and tc is not None and chance(0.25):
            scent = scent_for(c, tc)
            first = online_attempt(c, later(tc, 1, 10), "full_size", scent, pick([50, 100], [0.6, 0.4]))
    else:
        intent = pickd({"browse": 0.47, "discovery": 0.32, "blind": 0.21})
        if c["shop"] == "tmall":
            intent = pickd({"browse": 0.44, "discovery": 0.22, "blind": 0.34})
        scent = scent_for(c, t0)
        if intent == "browse":
            online_attempt(c, t0, "full_size", scent, 50, strong=False)
            if chance(0.25):
                first = online_attempt(c, later(t0, 2, 30), pick(["discovery_set", "full_size"], [0.6, 0.4]),
                                       scent_for(c, t0), pick([50, 100], [0.6, 0.4]))
        elif intent == "discovery":
            first = online_attempt(c, t0, "discovery_set", None, None)
            if first is None and chance(0.3):
                first = online_attempt(c, later(t0, 2, 12), "discovery_set", None, None)
        else:
            first = online_attempt(c, t0, "full_size", scent, pick([50, 100], [0.62, 0.38]))
            if first is None and chance(0.3):
                first = online_attempt(c, later(t0, 2, 12), "full_size", scent, pick([50, 100], [0.62, 0.38]))
    if first is None:
        return
    if first["channel"] != "store" and chance(0.45):
        member_join(c, plus_min(datetime.fromisoformat(first["ts"]), 1, 30), "online")
    if first["order_type"] == "discovery_set":
        if first["channel"] != "store":
            if not first["delivered_at"]:
                return
            tdel = datetime.fromisoformat(first["delivered_at"])
            if not chance(0.78):
                return
            tact = plus_min(tdel, 20, 60 * 40)
            ev(c, "tp_sample_activate", tact, "activated", **dig(c), kit="discovery_8x2ml")
        else:
            tact = datetime.fromisoformat(first["ts"])
        full = after_sample(c, tact)
        if full is None:
            return
        first = full
    if first["order_type"] == "full_size":
        after_purchase(c, first)


def grey_market(n=330):
    """people who bought a bottle elsewhere and scan it: many not genuine, most during the Nov 2025 fake scare"""
    days = []
    d = T0.date()
    while d <= TEND.date():
        w = 1.0
        if date(2025, 11, 12) <= d <= date(2026, 1, 31):
            w = 9.0 if d < date(2026, 1, 1) else 5.0
        days.append((d, w))
        d += timedelta(days=1)
    ws = np.array([w for _, w in days])
    idx = rng.choice(len(days), n, p=ws / ws.sum())
    for k in sorted(idx):
        t0 = at_hours(datetime.combine(days[int(k)][0], datetime.min.time()), 0, 8, 23)
        city = pickd({"Shanghai": 0.3, "Hangzhou": 0.12, "Beijing": 0.2, "Shenzhen": 0.15, "Chengdu": 0.13,
                      "Hong Kong": 0.1})
        c = new_customer(t0, city, "secondhand")
        c["grey"] = True
        src = pickd({"xianyu": 0.50, "pinduoduo": 0.20, "daigou": 0.20, "unknown": 0.10})
        res = "not_genuine" if chance({"xianyu": 0.55, "pinduoduo": 0.7, "daigou": 0.35, "unknown": 0.5}[src]) else \
            ("already_scanned" if chance(0.3) else "genuine")
        ev(c, "tp_verify", t0, "scanned", result=res, channel="mini_program", device=c["device"], bottle_source=src)
        if res != "genuine" and chance(0.45):
            ev(c, "tp_cs_chat", plus_min(t0, 2, 60), "opened", channel="mini_program", device=c["device"],
               chat_topic="authenticity")
            add_fb("fake", plus_min(t0, 5, 200), "cs_ticket", c, "tp_verify", bottle_source=src)


def social_notes(n=260):
    """Xiaohongshu notes about the house (no customer id); many scraped without a date"""
    for _ in range(n):
        d = T0 + timedelta(days=int(u(0, 911)))
        scare = between(d, "2025-11-12", "2026-01-31")
        oos = between(d, "2025-10-08", "2025-12-20")
        topic = pickd({"fake": 0.5 if scare else 0.03, "restock": 0.35 if oos else 0.02, "sample": 0.16,
                       "longevity": 0.12, "longevity_pos": 0.08, "generic_pos": 0.22, "price": 0.08, "giftbox": 0.07,
                       "consultant": 0.06})
        undated = chance(0.35)
        add_fb(topic, None if undated else at_hours(d, 0, 8, 23), "xiaohongshu_note", None, "tp_social", lang="zh",
               likes=int(rng.integers(3, 4000)))


def call_notes(n=140):
    """consultants' follow-up call notes, exported without time"""
    pool = [c for c in customers if c["had_consult"]]
    for _ in range(n):
        c = pool[int(rng.integers(len(pool)))]
        topic = pickd({"consultant": 0.2, "longevity": 0.15, "price": 0.2, "restock": 0.1, "generic_pos": 0.2,
                       "generic_neu": 0.15})
        add_fb(topic, None, "call_note", c, "tp_consult")


# ---------------------------------------------------------------- main
def arrivals(n=7400):
    cities = {"Shanghai": 0.40, "Hangzhou": 0.17, "Hong Kong": 0.15, "Tokyo": 0.12, "Beijing": 0.07,
              "Shenzhen": 0.05, "Chengdu": 0.04}
    out = []
    days = []
    d = T0.date()
    while d <= TEND.date():
        days.append(d)
        d += timedelta(days=1)
    for city, share in cities.items():
        w = np.array([day_weight(x, city) for x in days])
        k = int(round(n * share))
        for i in rng.choice(len(days), k, p=w / w.sum()):
            t = at_hours(datetime.combine(days[int(i)], datetime.min.time()), 0, 8, 23.5)
            out.append((t, city))
    out.sort()
    return out


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    for t0, city in arrivals():
        c = new_customer(t0, city, acq_for(city))
        run_customer(c, t0)
    grey_market()
    by_c = {}
    for o in orders:
        by_c.setdefault(o["customer_id"], []).append(o)
    for c in customers:
        redeem_points(c, by_c.get(c["customer_id"], []))
    social_notes()
    call_notes()
    # ten QR scans double-posted by the mini-program in December 2025 (same event_id)
    scans = [e for e in events if e["touchpoint_id"] == "tp_verify" and e["ts"].startswith("2025-12")]
    dups = [dict(scans[int(k)]) for k in rng.choice(len(scans), 10, replace=False)]
    # customers
    extract = datetime(2026, 7, 6)
    cust = []
    seen = {e["customer_id"] for e in events}
    ords = {}
    for o in orders:
        if o["status"] == "paid":
            ords.setdefault(o["customer_id"], []).append(o)
    for c in customers:
        if c["customer_id"] not in seen:
            continue
        mine = ords.get(c["customer_id"], [])
        if not mine:
            seg = "prospect"
        elif max(o["ts"] for o in mine) < fmt(extract - timedelta(days=365)):
            seg = "lapsed"
        elif len(mine) >= 2:
            seg = "repeat"
        else:
            seg = "new"
        spend = sum(o["amount"] for o in mine)
        tier = "non_member" if not c["member"] else ("black" if spend >= 5000 else ("gold" if spend >= 2500
                                                                                    else "silver"))
        cust.append(dict(customer_id=c["customer_id"], signup_at=fmt(c["signup_at"]), segment=seg, tier=tier,
                         region=c["city"], 城市=CITIES[c["city"]], acquisition_channel=c["acq"],
                         获客渠道=CHANNEL_ZH[c["acq"]], home_shop=c["shop"], gender=c["gender"],
                         age_band=c["age_band"], preferred_language=c["lang"],
                         member_since=fmt(c["member_at"]) if c["member_at"] else "",
                         lifetime_spend_cny=round(spend, 2), paid_orders=len(mine),
                         points_balance=max(0, c["points"])))
    ev_rows = sorted(events + dups, key=lambda e: (e["ts"], e["event_id"]))
    tps = [dict(touchpoint_id=a, name=b, name_zh=b, name_en=cc, stage=d, channel=e, kind=f, owner=g, aliases=h)
           for a, b, cc, d, e, f, g, h in TOUCHPOINTS]
    js = [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k, touchpoint_id=tp,
               window_days=w) for j, zh, en, steps, w in JOURNEYS for k, tp in enumerate(steps, 1)]
    write(out / "touchpoints.csv", tps)
    write(out / "journeys.csv", js)
    write(out / "customers.csv", cust)
    write(out / "events.csv", ev_rows)
    write(out / "orders.csv", sorted(orders, key=lambda o: (o["ts"], o["order_id"])))
    write(out / "feedback.csv", sorted(feedback, key=lambda f: (f["ts"] or "9999", f["feedback_id"])))
    write(out / "experiments.csv", experiments)
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])


def write(path: Path, rows, cols=None):
    if cols is None:
        cols = []
        for r in rows:
            for k in r:
                if k not in cols:
                    cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k, "")) for k in cols})


if __name__ == "__main__":
    main(Path(sys.argv[1]))
