"""发酵坊 BrewLeaf: a craft kombucha brewery with brewhouses in 杭州 Hangzhou, 深圳 Shenzhen, Melbourne and Portland.
Synthetic, written blind.

Two businesses share one CRM:
- Direct to consumer (DTC). People find the online shop (WeChat mini program in China, web shop in Melbourne and
  Portland), take the flavour quiz, or come to a tasting event (brewery taproom tour, café pop-up, farmers market,
  or a livestream in China). They check out a first order, and many start a subscription box (12 bottles every 4
  weeks, or 6 bottles every 2 weeks). Subscribers skip boxes and swap flavours; boxes ship from the local
  brewhouse and are delivered by a courier; broken bottles are claimed online and refunded or credited to the next
  box; subscribers cancel.
- Wholesale. Cafés and grocers (kombucha on tap / refill stations) send a wholesale enquiry, a sales rep drops
  samples, the account is opened on a 12-month contract with an account manager, the account orders kegs, the
  brewery delivers them and collects the empties. Contracts come up for renewal with a reminder 30 days before.
- Batch quality holds (质检扣留) stop a batch: customers who got it receive a notice and open orders are cancelled.
- An A/B test on the quiz result page (autumn 2025) offered a discounted starter 6-pack.

Data 2024-07-01 .. 2026-06-30 (extract taken in July 2026, five months before "today" 2026-12-01). Naive local times.
Money: orders.amount in CNY (group reporting currency; AUD at a fixed 4.70, USD at 7.20); amount_local + currency kept.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment) and OUTDIR/_truth/account_managers.csv (not
DATA.md tables). Deterministic (seed 20261206), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261206
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CONS, N_LEGACY_SUBS, N_ENQ, N_LEGACY_B2B = 10500, 480, 1300, 280
EXP = (datetime(2025, 9, 1), datetime(2025, 12, 31, 23, 59, 59))          # quiz result page A/B test
SHIP_FEE_FROM = datetime(2026, 4, 1)                                     # CN: free shipping ends (SF price rise)
PARCELHOP_FROM = datetime(2026, 1, 12)                                   # Melbourne: AusPost -> ParcelHop
PF_RECIPE = datetime(2026, 1, 5)                                         # new passionfruit purée supplier
BURST = (datetime(2025, 7, 15), datetime(2025, 8, 10, 23, 59, 59))       # Shenzhen ginger batches over-carbonated
HOLDS = {  # hold_id: region, flavour, issued, affected deliveries window, reason, cancel window end
    "QH-2411-HZ": ("hangzhou", "jasmine_green", datetime(2024, 11, 18, 10), datetime(2024, 11, 6),
                   "low_acidity", datetime(2024, 11, 24)),
    "QH-2508-SZ": ("shenzhen", "ginger_lemon", datetime(2025, 8, 11, 9), datetime(2025, 7, 15),
                   "over_carbonation", datetime(2025, 8, 24)),
    "QH-2603-PDX": ("portland", "blueberry_lavender", datetime(2026, 3, 9, 11), datetime(2026, 2, 27),
                    "label_misprint", datetime(2026, 3, 13)),
}
FX = {"CNY": 1.0, "AUD": 4.70, "USD": 7.20}
COUNTRY = {"hangzhou": "CN", "shenzhen": "CN", "melbourne": "AU", "portland": "US"}
CUR = {"CN": "CNY", "AU": "AUD", "US": "USD"}
CITY_CODE = {"hangzhou": "HZ", "shenzhen": "SZ", "melbourne": "MEL", "portland": "PDX"}
PRICE = {  # local currency
    "CN": dict(pack12=168, pack6=88, starter6=49, box12=158, box6=85, keg=420, deposit=300, ticket=39, ship=15),
    "AU": dict(pack12=64, pack6=36, starter6=22, box12=58, box6=32, keg=150, deposit=60, ticket=15, ship=0),
    "US": dict(pack12=52, pack6=29, starter6=18, box12=48, box6=27, keg=125, deposit=50, ticket=12, ship=0),
}

FLAVOURS = {  # id: zh, en, code, weight as a quiz result / favourite
    "ginger_lemon": ("姜柠檬", "Ginger Lemon", "GL", 0.24),
    "jasmine_green": ("茉莉绿茶", "Jasmine Green", "JG", 0.15),
    "hibiscus_rose": ("洛神玫瑰", "Hibiscus Rose", "HR", 0.14),
    "passionfruit": ("百香果", "Passionfruit", "PF", 0.16),
    "blueberry_lavender": ("蓝莓薰衣草", "Blueberry Lavender", "BL", 0.12),
    "original": ("经典原味", "Original", "OR", 0.13),
    "osmanthus_oolong": ("桂花乌龙", "Osmanthus Oolong", "OO", 0.06),
}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_shop_home", "商城首页", "Online shop home", "awareness", "web", "digital", "ecommerce",
     "homepage|landing page|web shop|mini program home|小程序首页|官网首页|店铺首页"),
    ("tp_flavour_quiz", "口味测试", "Flavour quiz", "consideration", "web", "digital", "growth",
     "taste quiz|flavor quiz|flavour finder|口味测评|测口味|口味问卷"),
    ("tp_tasting_rsvp", "品鉴会报名", "Tasting event RSVP", "awareness", "web", "digital", "community",
     "event signup|tasting booking|brewery tour booking|报名品鉴|活动报名"),
    ("tp_tasting_event", "品鉴会到场", "Tasting event attended", "consideration", "store", "physical", "community",
     "tasting|brewery tour|pop-up|farmers market stall|市集|品鉴活动|酒厂参观|直播品鉴"),
    ("tp_checkout", "结账页", "Checkout", "purchase", "web", "digital", "ecommerce",
     "cart|payment page|basket|购物车|付款页|结算"),
    ("tp_order_placed", "下单成功", "Order placed", "purchase", "web", "digital", "ecommerce",
     "order confirmation|purchase|paid order|支付成功|下单|成交"),
    ("tp_sub_start", "开通订阅", "Subscription started", "purchase", "web", "digital", "ecommerce",
     "subscribe|subscription signup|box signup|订阅开通|订阅盒|包月"),
    ("tp_skip", "跳过一期", "Skip a box", "loyalty", "web", "digital", "ecommerce",
     "skip|skip a delivery|pause one box|跳期|暂停一期|这期不要"),
    ("tp_swap", "换口味", "Flavour swap", "loyalty", "web", "digital", "ecommerce",
     "swap|change flavours|flavor swap|换货|调口味|换一个口味"),
    ("tp_box_shipped", "订阅箱发货", "Subscription box shipped", "service", "other", "physical", "fulfilment",
     "dispatch|shipment|box shipped|发货|出库"),
    ("tp_box_delivered", "订阅箱签收", "Subscription box delivered", "service", "other", "physical", "logistics",
     "delivery|parcel arrived|courier delivery|签收|到货|快递送达"),
    ("tp_damage_claim", "破损理赔", "Broken bottle claim", "service", "web", "digital", "customer_care",
     "damage claim|breakage report|broken bottle report|碎瓶|破瓶申报|售后理赔"),
    ("tp_refund", "退款", "Refund issued", "service", "other", "digital", "finance",
     "refund|money back|退钱|退款到账"),
    ("tp_support_chat", "在线客服", "Customer service chat", "service", "web", "digital", "customer_care",
     "live chat|support chat|help desk|客服|人工客服|在线咨询"),
    ("tp_sub_cancel", "取消订阅", "Subscription cancelled", "loyalty", "web", "digital", "ecommerce",
     "cancel|unsubscribe|subscription churn|退订|停订|取消包月"),
    ("tp_quality_hold", "批次质量扣留通知", "Batch quality hold notice", "service", "email", "digital", "quality",
     "QA hold|batch hold|recall notice|quality hold|质检扣留|批次召回|停售通知"),
    ("tp_wholesale_enquiry", "批发询价", "Wholesale enquiry", "consideration", "web", "digital", "sales",
     "trade enquiry|wholesale inquiry|B2B lead|stockist enquiry|批发咨询|进货咨询"),
    ("tp_sample_drop", "样品试饮", "Sample drop-off", "consideration", "other", "physical", "sales",
     "samples|tasting kit|rep visit|送样|试饮装|样品"),
    ("tp_account_open", "批发开户", "Wholesale account opened", "purchase", "other", "digital", "sales",
     "account setup|onboarding|new stockist|开户|签约|新客户开户"),
    ("tp_keg_order", "桶装订货", "Keg order", "purchase", "web", "digital", "trade",
     "keg order|reorder|trade order|wholesale order|订桶|补货|下桶"),
    ("tp_keg_delivery", "桶装配送", "Keg delivery", "service", "other", "physical", "logistics",
     "keg drop|delivery run|keg drop-off|送桶|配送|送货"),
    ("tp_keg_return", "空桶回收", "Empty keg return", "service", "other", "physical", "logistics",
     "keg pickup|empties|keg collection|回桶|收空桶|空桶"),
    ("tp_renewal_notice", "续约提醒", "Renewal reminder", "loyalty", "email", "digital", "account_mgmt",
     "renewal email|contract reminder|renewal notice|到期提醒|续约通知"),
    ("tp_account_renewal", "续约", "Account renewed", "loyalty", "other", "digital", "account_mgmt",
     "renewal|contract renewed|re-signed|续签|续约成功"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("quiz_to_order", "口味测试到下单", "Flavour quiz to order",
     ["tp_flavour_quiz", "tp_checkout", "tp_order_placed"], 7),
    ("checkout", "结账转化", "Checkout conversion", ["tp_checkout", "tp_order_placed"], 1),
    ("tasting_to_order", "品鉴会到下单", "Tasting event to order",
     ["tp_tasting_rsvp", "tp_tasting_event", "tp_order_placed"], 21),
    ("order_to_sub", "下单到订阅", "Order to subscription", ["tp_order_placed", "tp_sub_start"], 30),
    ("damage_refund", "破瓶理赔到退款", "Broken bottle claim to refund", ["tp_damage_claim", "tp_refund"], 7),
    ("wholesale_onboarding", "批发开户", "Wholesale onboarding",
     ["tp_wholesale_enquiry", "tp_sample_drop", "tp_account_open"], 30),
    ("keg_loop", "订桶到回桶", "Keg order to empty return",
     ["tp_keg_order", "tp_keg_delivery", "tp_keg_return"], 21),
    ("renewal", "批发续约", "Wholesale account renewal", ["tp_renewal_notice", "tp_account_renewal"], 30),
]

ACCOUNT_MANAGERS = {  # id: name, region
    "AM01": ("周雅琴", "hangzhou"), "AM02": ("陈昊", "hangzhou"), "AM03": ("沈佳怡", "hangzhou"),
    "AM04": ("林志强", "shenzhen"), "AM05": ("黄蕾", "shenzhen"), "AM06": ("吴俊", "shenzhen"),
    "AM07": ("Chloe Nguyen", "melbourne"), "AM08": ("Liam O'Connor", "melbourne"),
    "AM09": ("Priya Sharma", "melbourne"),
    "AM10": ("Jake Morrison", "portland"), "AM11": ("Dustin Reeves", "portland"), "AM12": ("Maya Torres", "portland"),
}
AM_BY_REGION = {r: [k for k, v in ACCOUNT_MANAGERS.items() if v[1] == r] for r in COUNTRY}


class Rand:
    """numpy Generator with buffered uniforms (scalar calls into numpy are slow)."""

    def __init__(self, seed):
        self.g = np.random.default_rng(seed)
        self._u, self._i = self.g.random(1 << 18), 0

    def u(self) -> float:
        if self._i >= len(self._u):
            self._u, self._i = self.g.random(1 << 18), 0
        v = self._u[self._i]
        self._i += 1
        return float(v)


R = Rand(SEED)
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


def U(a, b):
    return a + (b - a) * R.u()


def chance(p):
    return R.u() < p


def pick(p: dict):
    tot = sum(p.values())
    x = R.u() * tot
    for k, w in p.items():
        x -= w
        if x < 0:
            return k
    return k


def choice(items):
    return items[min(int(R.u() * len(items)), len(items) - 1)]


def randint(a, b):
    return min(int(U(a, b + 1)), b)


def day0(t: datetime) -> datetime:
    return datetime(t.year, t.month, t.day)


def at(day: datetime, h0=8.0, h1=17.0) -> datetime:
    return (day0(day) + D(hours=U(h0, h1))).replace(microsecond=0)


def months():
    y, m = START.year, START.month
    while (y, m) <= (END.year, END.month):
        yield datetime(y, m, 1)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


MONTHS = list(months())


def month_end(m: datetime) -> datetime:
    n = datetime(m.year + 1, 1, 1) if m.month == 12 else datetime(m.year, m.month + 1, 1)
    return n - D(seconds=1)


def season(region, month):
    """kombucha sells in the heat: northern summer in CN / US, southern summer in Melbourne."""
    if COUNTRY[region] == "AU":
        return {12: 1.35, 1: 1.4, 2: 1.3, 6: 0.75, 7: 0.7, 8: 0.75}.get(month, 1.0)
    return {6: 1.25, 7: 1.4, 8: 1.35, 12: 0.8, 1: 0.75, 2: 0.8}.get(month, 1.0)


def arrival(region, growth=0.035, evening=True):
    w = {i: (1 + growth * i) * season(region, m.month) for i, m in enumerate(MONTHS)}
    m = MONTHS[pick(w)]
    day = m + D(days=int(U(0, (month_end(m) - m).days + 1)))
    if evening:
        h = pick({8: 1, 10: 1.2, 12: 2, 13: 1.5, 15: 1, 18: 1.2, 20: 2.4, 21: 2.6, 22: 1.8, 23: 0.8})
        return (day + D(hours=h, minutes=U(0, 59.9))).replace(microsecond=0)
    return at(day, 8.5, 17.5)


# ---------------------------------------------------------------- feedback text

TEXT = {
    "overcarb": {
        "zh": ["开箱的时候{flav}直接爆瓶了，箱子里全是黏糊糊的，闻着一股酸味。",
               "收到的姜柠檬爆瓶两瓶，剩下的开盖也喷了一身，这批气也太足了吧。",
               "夏天快递放门口半天就爆瓶，这批是不是发酵过头了？",
               "{flav}爆瓶，玻璃渣都在盒子里，家里有小孩，吓死了。",
               "第二次遇到爆瓶了，你们的质检到底有没有在看？",
               "刚从冰箱拿出来就爆瓶，瓶盖飞出去，幸好没伤到人。"],
        "en": ["Two bottles were overcarbonated and blew their caps inside the box.",
               "The ginger lemon was so overcarbonated it sprayed all over the kitchen when I opened it.",
               "Something is off with this batch - every bottle is overcarbonated and gushing."],
    },
    "broken": {
        "zh": ["快递到了发现碎了一瓶，包装太薄了。", "箱子里碎了两瓶，连个气泡膜都没有。",
               "又碎了，快递能不能轻拿轻放？", "瓶子碎了，液体把纸箱都泡烂了，其他几瓶也黏黏的。",
               "收到时外箱被压扁，里面碎了{n}瓶。"],
        "en": ["{n} bottles arrived broken and the whole box was soaked.",
               "Another broken bottle this month. The new courier clearly throws parcels around.",
               "Box was crushed and one bottle was broken. The packaging needs more padding.",
               "Broken glass all through the box again - {courier} is rough with parcels.",
               "Third broken bottle since January. Love the drink, hate opening the box.",
               "Half the box broken on arrival, it leaked onto my doorstep."],
    },
    "late": {
        "zh": ["快递延误了五天，到手都不冰了。", "这次又延误，订阅箱比说好的晚了一周。",
               "物流延误，查不到任何更新。"],
        "en": ["Box turned up {days} days late with no tracking updates at all.",
               "Delivery was late again. It used to come in two days with AusPost.",
               "Late every single time since you changed couriers.",
               "My box was a week late and the bottles were warm when they arrived.",
               "Subscription box late again, I had to buy kombucha at the supermarket in the meantime.",
               "Tracking said out for delivery for three days. Really late this time."],
    },
    "shipping_fee": {
        "zh": ["运费突然要15块，之前都是包邮的，不划算了。", "订阅也要收运费？考虑退订了。",
               "结账才发现有运费，直接关掉了。", "加了运费以后一箱的价格就没优势了，超市买更便宜。",
               "取消包邮太影响体验了，运费能不能满两箱免？", "本来想下单，一看运费15元就算了。"],
        "en": ["Why is there suddenly a shipping fee on my subscription?"],
    },
    "too_sweet": {
        "zh": ["新的百香果太甜了，以前那种酸酸的才对味。", "百香果口味变了，太甜了，喝着像汽水。",
               "太甜了，是不是改配方了？之前不是这个味道。", "最近两箱的百香果都太甜，已经换掉了。"],
        "en": ["The passionfruit tastes way too sweet since the new year - did you change the recipe?",
               "New passionfruit batch is too sweet, almost like soda.",
               "Too sweet now. I swapped the passionfruit out of my box.",
               "Passionfruit used to be my favourite but it's too sweet lately."],
    },
    "quiz_off": {
        "zh": ["测试结果推荐的是{flav}，结果喝了完全不是我的菜。", "口味测试结果不太准，推荐的都偏酸。",
               "做完测试结果只给一个口味，选择太少。"],
        "en": ["The quiz said I'd like {flav} but it really wasn't for me.",
               "Took the flavour quiz and the recommendations felt random.",
               "The quiz only asks three questions, hard to trust the result."],
    },
    "skip_deadline": {
        "zh": ["想跳过一期，结果系统说已经截单了，提前48小时截止也太早了。", "跳过按钮藏得太深，找了半天。",
               "明明点了跳过还是发货扣款了。"],
        "en": ["Tried to skip this month but the cutoff had already passed.",
               "Hard to find where to skip a box in the app.", "I hit skip and still got charged for the box."],
    },
    "out_of_stock": {
        "zh": ["质检扣留那一批姜柠檬，我们店断货了一个多星期，客人一直问。", "订好的桶被取消了，断货三天，损失不小。",
               "扣留期间没有任何替代方案，断货严重影响周末生意。", "夏天正是旺季，你们一扣货我们就断货，太被动了。"],
        "en": ["The hold meant we ran out of kombucha on tap for a week.",
               "We ran out over the weekend because our keg order was pulled.",
               "Ran out of ginger with no heads-up on when stock would be back."],
    },
    "keg_pickup": {
        "zh": ["空桶在仓库堆了三个星期没人来收。", "空桶占地方，司机每次都说下次再收。",
               "请尽快安排回收空桶，已经积了{n}个。"],
        "en": ["We've got {n} empty kegs sitting in the back room and nobody has collected them.",
               "Driver keeps forgetting to take the empty kegs.", "Please pick up the empty kegs, our storage is full.",
               "Empty kegs piling up next to the cool room again."],
    },
    "am_no_reply": {
        "zh": ["客户经理一直不回消息，订货问题找不到人。", "换了客户经理以后很难联系上，问价格要等好几天。"],
        "en": ["Our account manager never gets back to us.",
               "Emailed our account manager twice about pricing, still no response.",
               "Account manager is impossible to reach - we're reconsidering the renewal.",
               "Had to chase our account manager for two weeks to change the standing order."],
    },
    "refund_slow": {
        "zh": ["破瓶申请的退款一个礼拜了还没到账。", "退款太慢了，客服只会说在处理。"],
        "en": ["Still waiting on my refund for the damaged bottles, it's been {days} days.",
               "Refund takes forever - two weeks and counting.", "Where is my refund? The claim was approved ages ago.",
               "Claim accepted but the refund still hasn't hit my card."],
    },
    "praise_taste": {
        "zh": ["{flav}真的好喝，每期都在等。", "好喝不腻，代替可乐的完美选择。", "第三箱了，{flav}一如既往地好喝。",
               "气泡细腻，好喝！", "全家都说好喝，下个月加量。"],
        "en": ["The {flav} is delicious, it's my new afternoon ritual.",
               "Delicious and not sugary at all, the kids love it too.", "Every box so far has been delicious.",
               "Delicious stuff, way better than the supermarket brands.", "{flav} is seriously delicious."],
    },
    "praise_event": {
        "zh": ["品鉴会很有意思，酿酒师讲得很细。", "参加了周末的品鉴会，试了六种口味，氛围很好。",
               "品鉴会上的桂花乌龙太惊艳了。", "第一次参加品鉴活动，学到很多发酵知识。"],
        "en": ["Loved the tasting at the brewery, the brewer explained everything.",
               "Great tasting session, we tried all the flavours.",
               "The tasting was the highlight of our weekend.", "Fun tasting event, friendly staff and great vibe."],
    },
    "general_pos": {
        "zh": ["包装挺用心的，还有手写卡片。", "送货准时，没什么问题。", "客服回复挺快的，体验不错。",
               "希望多出几个季节限定口味，整体满意。", "每次都很新鲜，很满意。"],
        "en": ["Arrived on time, all good.", "Nice packaging, the handwritten note was cute.",
               "Solid as always, no complaints.", "Fresh every time, very happy."],
    },
    "general_neu": {
        "zh": ["还行，就是价格有点高。", "口感偏酸，适应了就好。", "希望增加一个无糖口味。", "一般般，和超市的差不多。"],
        "en": ["A bit pricey but decent quality.", "It's fine. Would like a low-sugar option.",
               "Okay, nothing special this month.", "Would be nice to choose delivery days."],
    },
}
TEXT_B2B = {  # wholesale accounts say the same things differently
    "praise_taste": {"zh": ["客人都说好喝，桶装卖得很快。", "{flav}在店里很受欢迎，客人说好喝。", "好喝，复购率很高。"],
                     "en": ["Customers say the {flav} is delicious, kegs go fast.",
                            "Delicious product, our regulars ask for it.",
                            "The {flav} on tap is delicious, best seller this month."]},
    "general_pos": {"zh": ["配送司机很准时，合作顺利。", "这个季度配送很顺利，没什么问题。", "对账清楚，合作愉快。"],
                    "en": ["Deliveries have been smooth this quarter.", "Customers love having it on tap.",
                           "Invoices are clear and the drivers are friendly."]},
    "general_neu": {"zh": ["希望桶装价格能再优惠一点。", "希望增加一个无糖口味。", "订货系统有点难用，但还行。"],
                    "en": ["Would like better volume pricing on kegs.", "It's fine. A low-sugar option would help.",
                           "Ordering portal is clunky but works."]},
}
TOPIC_SENT = {"overcarb": "neg", "broken": "neg", "late": "neg", "shipping_fee": "neg", "too_sweet": "neg",
              "quiz_off": "neg", "skip_deadline": "neg", "out_of_stock": "neg", "keg_pickup": "neg",
              "am_no_reply": "neg", "refund_slow": "neg", "praise_taste": "pos", "praise_event": "pos",
              "general_pos": "pos", "general_neu": "neu"}
MARKERS = {
    "overcarb": ("爆瓶", r"overcarbonated"), "broken": ("碎", r"\bbroken\b"), "late": ("延误", r"\blate\b"),
    "shipping_fee": ("运费", r"shipping fee"), "too_sweet": ("太甜", r"too sweet"), "quiz_off": ("测试结果", r"quiz"),
    "skip_deadline": ("跳过", r"\bskip\b"), "out_of_stock": ("断货", r"ran out"), "keg_pickup": ("空桶", r"empty kegs"),
    "am_no_reply": ("客户经理", r"account manager"), "refund_slow": ("退款", r"refund"),
    "praise_taste": ("好喝", r"delicious"), "praise_event": ("品鉴", r"tasting"),
}
RATING = {"overcarb": (1, 2), "broken": (1, 3), "late": (2, 3), "shipping_fee": (2, 3), "too_sweet": (2, 3),
          "quiz_off": (2, 3), "skip_deadline": (2, 3), "out_of_stock": (1, 2), "keg_pickup": (2, 3),
          "am_no_reply": (1, 2), "refund_slow": (1, 2), "praise_taste": (4, 5), "praise_event": (4, 5),
          "general_pos": (4, 5), "general_neu": (3, 4)}


def check_markers():
    """every comment of a topic carries its marker and no other topic's marker (gold counts topics by marker)."""
    for topic, langs in list(TEXT.items()) + list(TEXT_B2B.items()):
        for lang, texts in langs.items():
            for t in texts:
                for other, (zh, en) in MARKERS.items():
                    hit = zh in t if lang == "zh" else re.search(en, t.lower()) is not None
                    assert hit == (other == topic), (topic, other, t)


def fill(topic, lang, flav=None, courier=None, b2b=False):
    t = choice((TEXT_B2B if b2b and topic in TEXT_B2B else TEXT)[topic][lang])
    f = flav or choice(list(FLAVOURS))
    return t.format(flav=FLAVOURS[f][0] if lang == "zh" else FLAVOURS[f][1], n=randint(2, 6), days=randint(6, 12),
                    courier={"parcelhop": "ParcelHop", "auspost": "AusPost", "ups": "UPS"}.get(courier, "the courier"))


def say(ts, topic, lang, channel, tp=None, c=None, rating=True, nps=False, flavour=None, batch=None,
        courier=None, platform=None, region=None):
    r = None
    if rating:
        lo, hi = RATING[topic]
        r = randint(lo, hi)
        if topic in ("general_pos", "praise_taste") and chance(0.7):
            r = 5
    n = None
    if nps and r is not None:
        n = min(10, max(0, {1: 1, 2: 3, 3: 6, 4: 8, 5: 9}[r] + randint(-1, 1)))
    fid = nid("FB", 6)
    text = fill(topic, lang, flavour, courier, b2b=bool(c) and c["segment"] != "consumer")
    feedback.append(dict(feedback_id=fid, text=text, ts=ts,
                         customer_id=c["customer_id"] if c else None, touchpoint_id=tp, channel=channel, rating=r,
                         nps=n, language=lang, region=region or (c["region"] if c else None), flavour=flavour,
                         batch_id=batch, account_manager=c.get("account_manager") if c else None, courier=courier,
                         platform=platform))
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=TOPIC_SENT[topic]))


# ---------------------------------------------------------------- rows

def ev(c, tp, ts, action, **kw):
    e = dict(event_id=nid("E", 7), customer_id=c["customer_id"], ts=ts.replace(microsecond=0), touchpoint_id=tp,
             action=action, region=c["region"], segment=c["segment"])
    e.update(kw)
    events.append(e)
    return e


def order(c, ts, kind, local, status="paid", **kw):
    cur = CUR[c["country"]]
    o = dict(order_id=nid("O", 7), customer_id=c["customer_id"], ts=ts.replace(microsecond=0),
             amount=round(local * FX[cur], 2), status=status, order_type=kind, currency=cur,
             amount_local=round(local, 2), region=c["region"], segment=c["segment"])
    o.update(kw)
    orders.append(o)
    return o


def batch_of(region, flavour, ship):
    brewed = ship - D(days=10)
    return f"{CITY_CODE[region]}-{brewed:%y%m}-{FLAVOURS[flavour][2]}{(brewed.day - 1) // 7 + 1}"


def web_channel(c):
    return "mini_program" if c["country"] == "CN" else "web"


def courier_for(region, ship):
    if region in ("hangzhou", "shenzhen"):
        return "sf_express"
    if region == "melbourne":
        return "parcelhop" if ship >= PARCELHOP_FROM else "auspost"
    return "ups"


def delivery_days(courier, region):
    if courier == "sf_express":
        return 1 if chance(0.55 if region == "shenzhen" else 0.35) else 2
    if courier == "auspost":
        return pick({2: 0.35, 3: 0.45, 4: 0.2})
    if courier == "parcelhop":
        return pick({3: 0.12, 4: 0.2, 5: 0.22, 6: 0.18, 7: 0.14, 8: 0.08, 9: 0.06})
    return pick({2: 0.2, 3: 0.45, 4: 0.25, 5: 0.1})


BREAK_P = {"sf_express": 0.016, "auspost": 0.02, "parcelhop": 0.085, "ups": 0.022}


# ---------------------------------------------------------------- customers

CONS_REGION = {"hangzhou": 0.27, "shenzhen": 0.31, "melbourne": 0.23, "portland": 0.19}
B2B_REGION = {"hangzhou": 0.22, "shenzhen": 0.33, "melbourne": 0.26, "portland": 0.19}
DEVICE = {"CN": {"ios": 0.46, "android": 0.54}, "AU": {"ios": 0.52, "android": 0.24, "pc": 0.24},
          "US": {"ios": 0.5, "android": 0.2, "pc": 0.3}}
ACQ = {"CN": {"xiaohongshu": 0.30, "douyin": 0.17, "wechat": 0.19, "tasting_event": 0.15, "referral": 0.11,
              "search": 0.08},
       "AU": {"instagram": 0.27, "google_search": 0.22, "tasting_event": 0.17, "referral": 0.12, "facebook": 0.11,
              "tiktok": 0.06, "podcast": 0.05},
       "US": {"instagram": 0.25, "google_search": 0.24, "tasting_event": 0.16, "referral": 0.13, "facebook": 0.1,
              "tiktok": 0.07, "podcast": 0.05}}
CAFE_NAMES = ["Bean & Leaf", "Morning Ritual", "Little Fox Café", "Grind House", "The Daily Cup", "Green Room",
              "Laneway Espresso", "Second Crack", "Sunday Social", "Wild Oat", "Kettle & Co", "North Star Coffee"]
GROCER_NAMES = ["Fresh Basket", "Harvest Market", "Corner Pantry", "Green Grocer Co", "Wholefoods Collective",
                "Urban Larder", "Farmgate Foods", "Good Earth Grocery"]
CN_CAFE = ["一隅咖啡", "山野咖啡", "慢半拍", "豆仓", "白日梦咖啡", "南巷", "拾光", "晨曦咖啡馆", "鹿角咖啡", "木子咖啡"]
CN_GROCER = ["鲜生活超市", "绿洲生鲜", "盒子精选", "城市粮仓", "本来鲜", "邻里优选", "有机小铺"]


def new_consumer(legacy=False):
    region = pick(CONS_REGION)
    country = COUNTRY[region]
    lang = "zh" if country == "CN" else "en"
    if region == "melbourne" and chance(0.07):
        lang = "zh"
    if region == "shenzhen" and chance(0.04):
        lang = "en"
    if legacy:
        t0 = datetime(2023, 3, 1) + D(days=U(0, 480), hours=U(9, 22))
    else:
        t0 = arrival(region)
    return dict(customer_id=None, signup_at=t0.replace(microsecond=0), segment="consumer", region=region,
                country=country, acquisition_channel=pick(ACQ[country]), tier="none",
                lifecycle="prospect", preferred_language=lang, main_device=pick(DEVICE[country]),
                flavour_profile=pick({k: v[3] for k, v in FLAVOURS.items()}),
                household_size=pick({1: 0.3, 2: 0.35, 3: 0.2, 4: 0.15}), marketing_opt_in=chance(0.62),
                business_name=None, account_manager=None, kegerator_installed=None, credit_terms=None,
                contract_end=None, seats=None, legacy=legacy)


def new_b2b(legacy=False):
    region = pick(B2B_REGION)
    country = COUNTRY[region]
    seg = "cafe" if chance(0.68) else "grocer"
    names = (CN_CAFE if seg == "cafe" else CN_GROCER) if country == "CN" else \
        (CAFE_NAMES if seg == "cafe" else GROCER_NAMES)
    if legacy:
        t0 = datetime(2023, 5, 1) + D(days=U(0, 420), hours=U(9, 17))
        src = "legacy"
    else:
        t0 = arrival(region, growth=0.02, evening=False)
        src = pick({"web_form": 0.45, "email": 0.15, "trade_show": 0.22, "referral": 0.18})
    return dict(customer_id=None, signup_at=t0.replace(microsecond=0), segment=seg, region=region, country=country,
                acquisition_channel=src, tier="prospect", lifecycle="prospect",
                preferred_language="zh" if country == "CN" else "en", main_device="pc", flavour_profile=None,
                household_size=None, marketing_opt_in=True,
                business_name=f"{choice(names)}{'' if country == 'CN' else ' '}{choice(['', '', '2', 'II'])}".strip(),
                account_manager=choice(AM_BY_REGION[region]),
                kegerator_installed=chance(0.55 if seg == "cafe" else 0.3),
                credit_terms=choice(["net14", "net30"]), contract_end=None,
                seats=randint(12, 80) if seg == "cafe" else None, legacy=legacy)


# ---------------------------------------------------------------- DTC

TASTINGS: dict[str, list[tuple[datetime, str, str]]] = {}


def build_tastings():
    for region in COUNTRY:
        cn = COUNTRY[region] == "CN"
        lst = []
        for m in MONTHS:
            sats = [m + D(days=d) for d in range((month_end(m) - m).days + 1) if (m + D(days=d)).weekday() == 5]
            plan = [(sats[0], "taproom"), (sats[2], "taproom"), (sats[1], "cafe_popup"),
                    (sats[3] if len(sats) > 3 else sats[-1], "online_live" if cn else "farmers_market")]
            for k, (d, venue) in enumerate(sorted(plan)):
                lst.append((d + D(hours=19 if venue == "online_live" else (10 if venue == "farmers_market" else 15)),
                            venue, f"TE-{CITY_CODE[region]}-{d:%y%m}-{k + 1}"))
        TASTINGS[region] = lst


ATTEND = {"taproom": 0.82, "cafe_popup": 0.66, "farmers_market": 0.58, "online_live": 0.5}
BUY_AFTER = {"taproom": 0.56, "cafe_popup": 0.42, "farmers_market": 0.36, "online_live": 0.27}


class Cons:
    def __init__(self, c):
        self.c = c
        self.variant = None
        self.orders = 0
        self.sub_plan = None
        self.attended = False
        self.holds = set()


def session(st, t):
    return f"S{st.c['customer_id'][1:]}-{int(t.timestamp()) % 10 ** 7}"


def checkout(st, t, cart, p_done=None):
    """a checkout visit; returns the order time or None."""
    c = st.c
    cn = c["country"] == "CN"
    sid = session(st, t)
    dev = c["main_device"] if chance(0.85) else pick(DEVICE[c["country"]])
    price = PRICE[c["country"]][cart]
    fee = PRICE["CN"]["ship"] if cn and t >= SHIP_FEE_FROM else 0
    ev(st.c, "tp_checkout", t, "view", session_id=sid, device=dev, channel=web_channel(c), cart=cart,
       cart_value_local=price, shipping_fee_local=fee)
    if p_done is None:
        p_done = {"pc": 0.87, "ios": 0.83, "android": 0.78}[dev]
        if fee:
            p_done *= 0.70
    if not chance(p_done):
        if fee and chance(0.07):
            say(t + D(minutes=U(2, 20)), "shipping_fee", c["preferred_language"], "exit_survey", "tp_checkout", c,
                rating=False, platform=web_channel(c))
        return None
    to = t + D(minutes=U(1.5, 9))
    st.orders += 1
    o = order(c, to, "first_order" if st.orders == 1 else "one_off", price + fee, channel=web_channel(c), device=dev,
              product=cart, bottles=6 if "6" in cart else 12, shipping_fee_local=fee, is_first_order=st.orders == 1,
              discount_code="STARTER6" if cart == "starter6" else ("TASTE10" if st.attended and chance(0.5) else None))
    ev(c, "tp_order_placed", to, "success", session_id=sid, device=dev, channel=web_channel(c),
       order_id=o["order_id"], cart=cart, is_first_order=st.orders == 1)
    if c["lifecycle"] == "prospect":
        c["lifecycle"] = "one_off"
    return to


def cart_for(st):
    if st.variant == "starter_pack" and chance(0.72):
        return "starter6"
    return "pack12" if chance(0.64) else "pack6"


def online_entry(st, t0):
    c = st.c
    sid = session(st, t0)
    dev = c["main_device"]
    ev(c, "tp_shop_home", t0, "view", session_id=sid, device=dev, channel=web_channel(c),
       utm_source=c["acquisition_channel"])
    quiz = chance(0.6)
    t = t0 + D(minutes=U(0.5, 4))
    if quiz:
        tq = t
        if EXP[0] <= tq <= EXP[1]:
            st.variant = "control" if chance(0.5) else "starter_pack"
            experiments.append(dict(experiment_id="quiz_offer_2025", variant=st.variant, customer_id=c["customer_id"],
                                    assigned_at=tq.replace(microsecond=0), experiment_name="Quiz result page offer"))
        ev(c, "tp_flavour_quiz", tq, "complete", session_id=sid, device=dev, channel=web_channel(c),
           quiz_result=c["flavour_profile"], sweetness_pref=pick({"low": 0.45, "medium": 0.4, "high": 0.15}),
           offer_shown="starter_pack" if st.variant == "starter_pack" else "none")
        if chance(0.02):
            say(tq + D(minutes=U(3, 60)), "quiz_off", c["preferred_language"],
                "mini_program_review" if c["country"] == "CN" else "web_feedback", "tp_flavour_quiz", c,
                flavour=c["flavour_profile"])
        t = tq + D(minutes=U(2, 8))
        p_co = 0.52 if st.variant == "starter_pack" else 0.37
    else:
        p_co = 0.17
    if not chance(p_co):
        if chance(0.3):
            t2 = t + D(days=U(3, 60))
            ev(c, "tp_shop_home", t2, "view", session_id=session(st, t2), device=dev, channel=web_channel(c),
               utm_source="direct")
        return None
    if chance(0.3):  # came back later to buy
        t = t + D(days=U(0.5, 5.5))
        ev(c, "tp_shop_home", t, "view", session_id=session(st, t), device=dev, channel=web_channel(c),
           utm_source="direct")
        t += D(minutes=U(0.5, 3))
    got = checkout(st, t, cart_for(st))
    if got is None and chance(0.2):
        t3 = t + D(days=U(0.3, 3))
        got = checkout(st, t3, cart_for(st))
    return got


def tasting_entry(st, t0):
    c = st.c
    options = [x for x in TASTINGS[c["region"]] if t0 + D(days=2) <= x[0] <= t0 + D(days=21)]
    if not options:
        return online_entry(st, t0)
    when, venue, tid = choice(options)
    sid = session(st, t0)
    ev(c, "tp_tasting_rsvp", t0, "submit", session_id=sid, device=c["main_device"], channel=web_channel(c),
       tasting_id=tid, venue_type=venue)
    if venue in ("taproom", "cafe_popup"):
        order(c, t0 + D(minutes=2), "tasting_ticket", PRICE[c["country"]]["ticket"], channel=web_channel(c),
              device=c["main_device"], product=f"ticket_{venue}", tasting_id=tid)
    if not chance(ATTEND[venue]):
        if chance(0.06):
            return checkout(st, when + D(days=U(1, 10)), cart_for(st))
        return None
    st.attended = True
    ta = when + D(minutes=U(0, 50))
    ev(c, "tp_tasting_event", ta, "attended", channel="social" if venue == "online_live" else "store",
       tasting_id=tid, venue_type=venue)
    if chance(0.22):
        say(ta + D(hours=U(2, 40)), "praise_event" if chance(0.72) else pick({"general_pos": 0.6, "general_neu": 0.4}),
            c["preferred_language"], "event_survey", "tp_tasting_event", c, platform=venue)
    if chance(BUY_AFTER[venue]):
        tb = ta + D(hours=U(1, 6)) if chance(0.45) else ta + D(days=U(1, 9))
        got = checkout(st, tb, cart_for(st), p_done=0.9)
        return got
    return None


def skip_p(c, d):
    p = 0.08
    md = (d.month, d.day)
    if md >= (12, 15) or md <= (1, 8):
        p += 0.14
    if c["country"] == "CN":
        for cny in (datetime(2025, 1, 29), datetime(2026, 2, 17)):
            if abs((d - cny).days) <= 14:
                p += 0.42 if c["region"] == "shenzhen" else 0.2
    if c["country"] == "AU" and d.month == 1:
        p += 0.06
    return p


SWAP_FROM = {"hibiscus_rose": 0.8, "jasmine_green": 0.15, "original": 0.1, "blueberry_lavender": 0.13,
             "passionfruit": 0.06, "ginger_lemon": 0.07, "osmanthus_oolong": 0.1}
SWAP_FROM_26 = dict(SWAP_FROM, passionfruit=0.5, hibiscus_rose=0.22)
SWAP_TO = {"ginger_lemon": 0.32, "osmanthus_oolong": 0.16, "original": 0.14, "jasmine_green": 0.12,
           "passionfruit": 0.1, "blueberry_lavender": 0.1, "hibiscus_rose": 0.06}


def box_mix(c):
    """the favourite, often the house Hibiscus Rose (the curated box's default), and one more."""
    fl = [c["flavour_profile"]]
    if "hibiscus_rose" not in fl and chance(0.55):
        fl.append("hibiscus_rose")
    while len(fl) < 3:
        f = pick({k: v[3] for k, v in FLAVOURS.items()})
        if f not in fl:
            fl.append(f)
    return fl


def cancel_reason(flags):
    if flags.get("damage") and chance(0.65):
        return "broken_bottles"
    if flags.get("late") and chance(0.6):
        return "late_delivery"
    if flags.get("fee") and chance(0.55):
        return "shipping_fee"
    if flags.get("sweet") and chance(0.4):
        return "taste_changed"
    return pick({"too_much_stock": 0.3, "too_expensive": 0.28, "taste_changed": 0.12, "moving": 0.1,
                 "trying_other_brand": 0.1, "budget": 0.1})


def subscribe(st, t_sub, plan):
    c = st.c
    sid = session(st, t_sub)
    if not c["legacy"]:
        ev(c, "tp_sub_start", t_sub, "submit", session_id=sid, device=c["main_device"], channel=web_channel(c),
           plan=plan, first_flavour=c["flavour_profile"])
    c["tier"], c["lifecycle"] = plan, "subscriber"
    interval = 28 if plan == "monthly_12" else 14
    mix = box_mix(c)
    d = at(t_sub + D(days=U(2, 6)), 9, 16) if not c["legacy"] else at(START + D(days=U(0, interval)), 9, 16)
    box_no = 0 if not c["legacy"] else randint(3, 14)
    lang = c["preferred_language"]
    cn = c["country"] == "CN"
    while d <= END:
        flags = {}
        if chance(skip_p(c, d)):
            ts = d - D(days=U(2, 6), hours=U(0, 6))
            if ts > t_sub:
                ev(c, "tp_skip", ts, "submit", session_id=session(st, ts), device=c["main_device"],
                   channel=web_channel(c), plan=plan,
                   skip_reason=pick({"travelling": 0.35, "too_much_stock": 0.35, "budget": 0.15, "holiday": 0.15}))
                d += D(days=interval)
                continue
        swap_w = SWAP_FROM_26 if d >= PF_RECIPE else SWAP_FROM
        if chance(0.14):
            ts = d - D(days=U(2, 7), hours=U(0, 6))
            old = pick({f: swap_w[f] for f in mix})
            new = pick({f: w for f, w in SWAP_TO.items() if f not in mix})
            if ts > t_sub:
                ev(c, "tp_swap", ts, "submit", session_id=session(st, ts), device=c["main_device"],
                   channel=web_channel(c), plan=plan, swap_from=old, swap_to=new)
                mix[mix.index(old)] = new
        if chance(0.012) and box_no > 0:
            order(c, d, "subscription_box", PRICE[c["country"]]["box12" if plan == "monthly_12" else "box6"],
                  status="cancelled", channel="auto_debit", plan=plan, product=plan, refund_reason="payment_failed")
            d += D(days=interval)
            continue
        box_no += 1
        box_fl = list(mix)
        hold_sz = c["region"] == "shenzhen" and datetime(2025, 8, 11) <= d <= datetime(2025, 8, 24, 23, 59)
        if hold_sz and "ginger_lemon" in box_fl:
            box_fl[box_fl.index("ginger_lemon")] = "original"
        fee = PRICE["CN"]["ship"] if cn and d >= SHIP_FEE_FROM else 0
        price = PRICE[c["country"]]["box12" if plan == "monthly_12" else "box6"] + fee
        batch = batch_of(c["region"], box_fl[0], d)
        o = order(c, d, "subscription_box", price, channel="auto_debit", plan=plan, product=plan,
                  bottles=12 if plan == "monthly_12" else 6, shipping_fee_local=fee, batch_id=batch, box_no=box_no,
                  flavours="|".join(box_fl))
        ev(c, "tp_box_shipped", d, "shipped", channel="other", order_id=o["order_id"], plan=plan, box_no=box_no,
           flavours="|".join(box_fl), batch_id=batch, bottles=o["bottles"])
        cour = courier_for(c["region"], d)
        dd = delivery_days(cour, c["region"])
        td = at(d + D(days=dd), 9, 20)
        broken, dtype = 0, None
        if c["region"] == "shenzhen" and BURST[0] <= d <= BURST[1] and "ginger_lemon" in box_fl and chance(0.26):
            broken, dtype = randint(1, 3), "overcarbonated"
            batch = batch_of(c["region"], "ginger_lemon", d)
        elif chance(BREAK_P[cour]):
            broken, dtype = pick({1: 0.7, 2: 0.22, 3: 0.08}), "transit"
        ev(c, "tp_box_delivered", td, "delivered", channel="other", order_id=o["order_id"], courier=cour,
           delivery_days=dd, broken_bottles=broken, damage_type=dtype, batch_id=batch)
        if c["region"] == "shenzhen" and "ginger_lemon" in box_fl and BURST[0] <= d <= BURST[1]:
            st.holds.add("QH-2508-SZ")
        if c["region"] == "hangzhou" and "jasmine_green" in box_fl and \
                datetime(2024, 11, 6) <= d <= datetime(2024, 11, 18):
            st.holds.add("QH-2411-HZ")
        if c["region"] == "portland" and "blueberry_lavender" in box_fl and \
                datetime(2026, 2, 27) <= d <= datetime(2026, 3, 9):
            st.holds.add("QH-2603-PDX")
        late = dd >= 6
        flags["late"] = late
        flags["fee"] = bool(fee)
        sweet = "passionfruit" in box_fl and d >= PF_RECIPE
        flags["sweet"] = sweet
        if broken:
            flags["damage"] = True
            if chance(0.8):
                tc = td + D(hours=U(1, 40))
                claim = nid("CL", 5)
                refund = chance(0.72)
                ev(c, "tp_damage_claim", tc, "submit", session_id=session(st, tc), device=c["main_device"],
                   channel=web_channel(c), claim_id=claim, order_id=o["order_id"], broken_bottles=broken,
                   damage_type=dtype, resolution="refund" if refund else "credit_next_box", photo_attached=chance(0.9))
                if chance(0.35):
                    ev(c, "tp_support_chat", tc + D(minutes=U(1, 30)), "chat", channel=web_channel(c),
                       chat_topic="broken_bottles", wait_min=round(U(0.5, 3) if cn else U(2, 14), 1),
                       resolved=chance(0.85))
                    if chance(0.5):
                        say(tc + D(minutes=U(20, 90)), "overcarb" if dtype == "overcarbonated" else "broken", lang,
                            "ticket", "tp_damage_claim", c, rating=False, batch=batch, courier=cour,
                            flavour="ginger_lemon" if dtype == "overcarbonated" else None)
                if refund:
                    rd = {"CN": U(0.3, 3), "AU": U(1, 6), "US": U(2.5, 14)}[c["country"]]
                    tr = tc + D(days=rd)
                    o["status"] = "refunded"
                    o["refund_reason"] = dtype
                    ev(c, "tp_refund", tr, "success", channel="other", claim_id=claim, order_id=o["order_id"],
                       refund_local=o["amount_local"], refund_days=round(rd, 1))
                    if rd > 7 and chance(0.6):
                        say(tc + D(days=U(6, rd)), "refund_slow", lang, "email" if chance(0.5) else "ticket",
                            "tp_refund", c, rating=False)
        elif late and chance(0.3):
            ev(c, "tp_support_chat", d + D(days=4, hours=U(1, 10)), "chat", channel=web_channel(c),
               chat_topic="where_is_my_box", wait_min=round(U(0.5, 3) if cn else U(2, 14), 1), resolved=chance(0.7))
        elif chance(0.012):
            tch = d - D(days=U(1, 10))
            ev(c, "tp_support_chat", tch, "chat", channel=web_channel(c),
               chat_topic=pick({"skip_help": 0.35, "billing": 0.3, "address_change": 0.35}),
               wait_min=round(U(0.5, 3) if cn else U(2, 14), 1), resolved=chance(0.9))
            if chance(0.2):
                say(tch + D(minutes=30), "skip_deadline", lang, "ticket", "tp_skip", c, rating=False)
        # post-delivery survey
        problem = broken or late or sweet or fee
        if chance(0.3 if problem else 0.085):
            ts = td + D(hours=U(3, 72))
            if broken:
                topic = "overcarb" if dtype == "overcarbonated" else "broken"
            elif late:
                topic = "late"
            elif sweet and chance(0.4):
                topic = "too_sweet"
            elif fee and chance(0.3):
                topic = "shipping_fee"
            elif chance(0.03):
                topic = "skip_deadline"
            else:
                topic = pick({"praise_taste": 0.42, "general_pos": 0.35, "general_neu": 0.23})
            fl = "passionfruit" if topic == "too_sweet" else ("ginger_lemon" if topic == "overcarb" else
                                                               choice(box_fl))
            say(ts, topic, lang, "survey", "tp_box_delivered", c, nps=chance(0.5), flavour=fl, batch=batch,
                courier=cour)
        # cancel?
        h = 0.042 if plan == "monthly_12" else 0.024
        h += 0.12 * bool(broken) + 0.06 * late + 0.05 * bool(fee) + 0.02 * sweet
        h += 0.03 * (st.variant == "starter_pack")
        if chance(h):
            tcn = td + D(days=U(1, 12))
            if tcn <= END:
                reason = cancel_reason(flags)
                ev(c, "tp_sub_cancel", tcn, "submit", session_id=session(st, tcn), device=c["main_device"],
                   channel=web_channel(c), plan=plan, cancel_reason=reason, boxes_received=box_no)
                c["tier"], c["lifecycle"] = "none", "cancelled"
                if chance(0.3):
                    topic = {"broken_bottles": "broken", "late_delivery": "late", "shipping_fee": "shipping_fee",
                             "taste_changed": "too_sweet" if sweet else "general_neu"}.get(reason, "general_neu")
                    say(tcn + D(minutes=U(1, 10)), topic, lang, "cancel_survey", "tp_sub_cancel", c,
                        flavour="passionfruit" if topic == "too_sweet" else None, courier=cour)
                break
        d += D(days=interval)
    for h in st.holds:
        region, flav, issued = HOLDS[h][:3]
        if issued <= END:
            ev(c, "tp_quality_hold", issued + D(minutes=U(0, 90)), "notified", channel="email", hold_id=h,
               hold_reason=HOLDS[h][4], batch_flavour=flav)


def simulate_consumer(c):
    st = Cons(c)
    if c["legacy"]:
        c["lifecycle"] = "one_off"
        subscribe(st, c["signup_at"], "monthly_12" if chance(0.62) else "fortnightly_6")
        return
    t0 = c["signup_at"]
    got = tasting_entry(st, t0) if c["acquisition_channel"] == "tasting_event" else online_entry(st, t0)
    if got is None:
        return
    p = 0.41
    if st.attended:
        p = 0.52
    if st.variant == "starter_pack":
        p = 0.2
    elif st.variant == "control":
        p = 0.45
    if c["country"] == "CN" and got >= SHIP_FEE_FROM:
        p *= 0.75
    if chance(p):
        ts = got + D(minutes=U(2, 6)) if chance(0.45) else got + D(days=U(3, 27) if chance(0.9) else U(31, 60))
        subscribe(st, ts, "monthly_12" if chance(0.6) else "fortnightly_6")
        return
    t = got
    while chance(0.38):
        t = t + D(days=U(18, 80))
        if t > END:
            break
        ev(c, "tp_shop_home", t, "view", session_id=session(st, t), device=c["main_device"], channel=web_channel(c),
           utm_source="email" if chance(0.5) else "direct")
        checkout(st, t + D(minutes=U(1, 4)), "pack12" if chance(0.6) else "pack6")
    if chance(0.04):
        say(got + D(days=U(3, 10)), pick({"praise_taste": 0.55, "general_pos": 0.25, "general_neu": 0.2}),
            c["preferred_language"], "mini_program_review" if c["country"] == "CN" else "google_review",
            None, c, flavour=c["flavour_profile"])


# ---------------------------------------------------------------- wholesale

def renew_p(c, notice, held: dict):
    p = 0.85 if c["segment"] == "cafe" else 0.74
    if c["kegerator_installed"]:
        p += 0.1
    else:
        p -= 0.04
    for h, when in held.items():
        if D(0) <= notice - when <= D(days=330):
            p *= 0.45 if h == "QH-2508-SZ" else 0.85
    if c["account_manager"] == "AM11":
        p *= 0.5
    return min(p, 0.97)


def simulate_b2b(c):
    lang = c["preferred_language"]
    t0 = c["signup_at"]
    if c["legacy"]:
        opened = t0
        cs = opened
        while cs + D(days=365) < START:
            cs += D(days=365)
    else:
        ev(c, "tp_wholesale_enquiry", t0, "submit", channel="email" if c["acquisition_channel"] == "email" else "web",
           lead_source=c["acquisition_channel"], outlet_type=c["segment"], account_manager=c["account_manager"])
        ts_ = None
        if chance(0.58 if c["acquisition_channel"] == "trade_show" else 0.8):
            ts_ = at(t0 + D(days=U(2, 11)), 10, 16)
            ev(c, "tp_sample_drop", ts_, "visit", channel="other", rep_id=c["account_manager"],
               samples=randint(3, 6), flavours_sampled=randint(3, 7))
        p = (0.64 if c["segment"] == "cafe" else 0.48) if ts_ else 0.06
        if c["acquisition_channel"] == "trade_show":
            p *= 0.55
        if c["acquisition_channel"] == "referral":
            p = min(0.9, p * 1.2)
        if not chance(p):
            return
        base = ts_ or t0
        opened = at(base + D(days=U(3, 18) if chance(0.88) else U(26, 45)), 10, 17)
        if opened > END:
            return
        ev(c, "tp_account_open", opened, "success", channel="other", account_manager=c["account_manager"],
           credit_terms=c["credit_terms"], kegerator_installed=c["kegerator_installed"])
        cs = opened
    c["lifecycle"], c["tier"] = "active", "wholesale"
    taps = ["ginger_lemon"] if chance(0.62) else []
    while len(taps) < (3 if c["kegerator_installed"] else 2):
        f = pick({k: v[3] for k, v in FLAVOURS.items()})
        if f not in taps:
            taps.append(f)
    held: dict[str, datetime] = {}
    unreturned = 0
    t = max(START, opened + D(days=U(1, 5)))
    t = at(t, 8, 18)
    kegs_total = 0
    end_contract = cs + D(days=365)
    while True:
        # renewal cycle
        if t >= end_contract - D(days=30):
            notice = at(end_contract - D(days=30), 9, 11)
            if notice > END:
                break
            if notice >= START:
                ev(c, "tp_renewal_notice", notice, "sent", channel="email", account_manager=c["account_manager"],
                   contract_end=end_contract.date().isoformat())
                if chance(renew_p(c, notice, held)):
                    tr = notice + D(days=U(1, 27) if chance(0.93) else U(31, 45))
                    if tr <= END:
                        ev(c, "tp_account_renewal", tr, "success", channel="other",
                           account_manager=c["account_manager"], term_months=12)
                    end_contract += D(days=365)
                else:
                    c["lifecycle"], c["tier"] = "churned", "churned"
                    if chance(0.35):
                        topic = "am_no_reply" if c["account_manager"] == "AM11" and chance(0.6) else (
                            "out_of_stock" if "QH-2508-SZ" in held else "general_neu")
                        say(notice + D(days=U(5, 25)), topic, lang, "call_note", "tp_renewal_notice", c,
                            rating=False, platform="crm")
                    break
            else:
                end_contract += D(days=365)
            continue
        if t > END:
            break
        sm = season(c["region"], t.month)
        kegs = randint(1, 3 if c["kegerator_installed"] else 2) if c["segment"] == "cafe" else randint(1, 3)
        if sm > 1.2 and chance(0.4):
            kegs += 1
        fl = [choice(taps) for _ in range(kegs)]
        price = PRICE[c["country"]]["keg"] * kegs
        chan = pick({"web": 0.6, "phone": 0.25, "other": 0.15})
        hold_cancel = None
        for h, (reg, flav, issued, _, _, cancel_to) in HOLDS.items():
            if c["region"] == reg and flav in fl and issued - D(days=2) <= t <= cancel_to:
                hold_cancel = h
        o = order(c, t, "keg_order", price, status="cancelled" if hold_cancel else "paid",
                  channel={"web": "b2b_portal", "phone": "phone", "other": "sales_rep"}[chan], device=None,
                  product="keg_19l", kegs=kegs, flavours="|".join(fl), account_manager=c["account_manager"],
                  refund_reason="quality_hold" if hold_cancel else None, payment_terms=c["credit_terms"])
        ev(c, "tp_keg_order", t, "submit", channel=chan, order_id=o["order_id"], kegs=kegs, flavours="|".join(fl),
           account_manager=c["account_manager"])
        if hold_cancel:
            held[hold_cancel] = HOLDS[hold_cancel][2]
            if chance(0.6):
                say(t + D(days=U(1, 5)), "out_of_stock", lang, "call_note", "tp_quality_hold", c, rating=False,
                    platform="crm", flavour=HOLDS[hold_cancel][1])
        else:
            kegs_total += kegs
            tdv = at(t + D(days=U(0.6, 2.4)), 6.5, 12)
            batch = batch_of(c["region"], fl[0], tdv)
            ev(c, "tp_keg_delivery", tdv, "delivered", channel="other", order_id=o["order_id"], kegs=kegs,
               delivery_id=nid("DL", 6), driver_id=f"DR{CITY_CODE[c['region']]}{randint(1, 4)}", batch_id=batch,
               on_time=chance(0.93))
            for h, (reg, flav, issued, from_, _, _) in HOLDS.items():
                if c["region"] == reg and flav in fl and from_ <= tdv <= issued:
                    held[h] = issued
            if chance(0.93 if c["segment"] == "cafe" else 0.8):
                back = U(4, 17) if c["segment"] == "cafe" else (U(6, 18) if chance(0.45) else U(19, 50))
                trt = at(tdv + D(days=back), 7, 12)
                ev(c, "tp_keg_return", trt, "collected", channel="other", kegs_returned=kegs,
                   driver_id=f"DR{CITY_CODE[c['region']]}{randint(1, 4)}", days_out=round(back, 1))
            else:
                unreturned += kegs
                order(c, tdv + D(days=60), "keg_deposit", PRICE[c["country"]]["deposit"] * kegs, channel="invoice",
                      product="keg_deposit", kegs=kegs, account_manager=c["account_manager"])
                if chance(0.2 if c["segment"] == "grocer" else 0.08):
                    say(tdv + D(days=U(20, 40)), "keg_pickup", lang, "call_note" if chance(0.6) else "email",
                        "tp_keg_return", c, rating=False, platform="crm")
        gap = U(10, 20) if c["segment"] == "cafe" else U(14, 26)
        t = at(t + D(days=gap / (sm ** 0.5)), 8, 18)
    # quality hold notices
    for h, issued in held.items():
        if START <= issued <= END:
            ev(c, "tp_quality_hold", issued + D(minutes=U(0, 120)), "notified", channel="email", hold_id=h,
               hold_reason=HOLDS[h][4], batch_flavour=HOLDS[h][1])
    c["contract_end"] = end_contract.date().isoformat()
    if kegs_total >= 150 and c["lifecycle"] == "active":
        c["tier"] = "key_account"
    # quarterly account survey, e-mails
    q = datetime(2024, 9, 25)
    while q <= END:
        if (c["legacy"] or q > opened) and (c["lifecycle"] == "active" or q < end_contract) and chance(0.3):
            recent = any(D(0) <= q - w <= D(days=60) for w in held.values())
            if recent and chance(0.7):
                topic = "out_of_stock"
            elif c["account_manager"] == "AM11" and chance(0.45):
                topic = "am_no_reply"
            elif unreturned and c["segment"] == "grocer" and chance(0.4):
                topic = "keg_pickup"
            else:
                topic = pick({"praise_taste": 0.35, "general_pos": 0.4, "general_neu": 0.25})
            say(q + D(days=U(0, 10), hours=U(9, 18)), topic, lang, "account_survey", "tp_keg_delivery", c,
                nps=True, platform="typeform" if c["country"] != "CN" else "wjx")
        if c["account_manager"] == "AM11" and chance(0.12) and (c["legacy"] or q > opened):
            say(q - D(days=U(5, 60)), "am_no_reply", lang, "email", None, c, rating=False)
        q = datetime(q.year + (q.month + 3 > 12), (q.month + 2) % 12 + 1, 25)


# ---------------------------------------------------------------- social / reviews

def social_posts():
    plat = {"zh": {"xiaohongshu": 0.55, "douyin": 0.25, "weibo": 0.2},
            "en": {"instagram": 0.5, "reddit": 0.25, "facebook": 0.25}}
    for _ in range(46):
        ts = datetime(2025, 7, 25) + D(days=U(0, 35), hours=U(8, 23))
        say(ts if chance(0.6) else None, "overcarb", "zh", "social", None, None, rating=False,
            platform=pick(plat["zh"]), region="shenzhen", flavour="ginger_lemon")
    for _ in range(34):
        lang = "zh" if chance(0.45) else "en"
        ts = PF_RECIPE + D(days=U(10, 170), hours=U(8, 23))
        say(ts if chance(0.6) else None, "too_sweet", lang, "social", None, None, rating=False,
            platform=pick(plat[lang]), flavour="passionfruit")
    for _ in range(150):
        lang = "zh" if chance(0.55) else "en"
        ts = START + D(days=U(0, 729), hours=U(8, 23))
        topic = pick({"praise_taste": 0.55, "praise_event": 0.2, "general_pos": 0.15, "general_neu": 0.1})
        say(ts if chance(0.6) else None, topic, lang, "social", None, None, rating=False, platform=pick(plat[lang]),
            region=None)
    for _ in range(38):
        ts = PARCELHOP_FROM + D(days=U(5, 165), hours=U(8, 23))
        topic = "late" if chance(0.55) else "broken"
        say(ts if chance(0.6) else None, topic, "en", "social", None, None, rating=False,
            platform=pick(plat["en"]), region="melbourne", courier="parcelhop")


# ---------------------------------------------------------------- output

CU_COLS = ["customer_id", "signup_at", "segment", "region", "country", "acquisition_channel", "tier", "lifecycle",
           "preferred_language", "main_device", "flavour_profile", "household_size", "marketing_opt_in",
           "business_name", "account_manager", "kegerator_installed", "credit_terms", "contract_end", "seats"]
EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "region",
           "segment", "utm_source", "quiz_result", "sweetness_pref", "offer_shown", "tasting_id", "venue_type",
           "cart", "cart_value_local", "shipping_fee_local", "order_id", "is_first_order", "plan", "first_flavour",
           "skip_reason", "swap_from", "swap_to", "box_no", "flavours", "batch_id", "bottles", "courier",
           "delivery_days", "broken_bottles", "damage_type", "claim_id", "resolution", "photo_attached",
           "refund_local", "refund_days", "chat_topic", "wait_min", "resolved", "cancel_reason", "boxes_received",
           "hold_id", "hold_reason", "batch_flavour", "lead_source", "outlet_type", "account_manager", "rep_id",
           "samples", "flavours_sampled", "credit_terms", "kegerator_installed", "kegs", "delivery_id",
           "driver_id", "on_time", "kegs_returned", "days_out", "contract_end", "term_months"]
OR_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "product",
           "bottles", "kegs", "flavours", "plan", "box_no", "batch_id", "is_first_order", "discount_code",
           "shipping_fee_local", "currency", "amount_local", "region", "segment", "account_manager",
           "payment_terms", "tasting_id", "refund_reason"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "region", "flavour", "batch_id", "account_manager", "courier", "platform"]


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    return v


def write(path: Path, rows, cols):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k)) for k in cols])


def main(out: Path):
    check_markers()
    build_tastings()
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    cons = [new_consumer(legacy=i < N_LEGACY_SUBS) for i in range(N_CONS + N_LEGACY_SUBS)]
    b2b = [new_b2b(legacy=i < N_LEGACY_B2B) for i in range(N_ENQ + N_LEGACY_B2B)]
    allc = sorted(cons + b2b, key=lambda c: c["signup_at"])
    for i, c in enumerate(allc):
        c["customer_id"] = f"K{i + 1:05d}"
    for c in allc:
        if c["segment"] == "consumer":
            simulate_consumer(c)
        else:
            simulate_b2b(c)
        customers.append(c)
    social_posts()
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    events[:] = [e for e in events if START <= e["ts"] <= END]
    # the drivers' app re-sent some keg deliveries: exact duplicate rows (same event_id)
    dl = [e for e in events if e["touchpoint_id"] == "tp_keg_delivery"]
    dups = [dict(dl[int(U(0, len(dl)))]) for _ in range(40)]
    events.extend(dups)
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    orders[:] = [o for o in orders if START <= o["ts"] <= END]
    keep = [i for i, f in enumerate(feedback) if f["ts"] is None or START <= f["ts"] <= END]
    feedback[:] = [feedback[i] for i in keep]
    truth[:] = [truth[i] for i in keep]
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
    write(out / "feedback.csv", feedback, FB_COLS)
    write(out / "experiments.csv", exps, ["experiment_id", "variant", "customer_id", "assigned_at",
                                          "experiment_name"])
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    write(out / "_truth" / "account_managers.csv",
          [dict(account_manager=k, name=v[0], region=v[1]) for k, v in ACCOUNT_MANAGERS.items()],
          ["account_manager", "name", "region"])
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"experiments {len(exps)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
