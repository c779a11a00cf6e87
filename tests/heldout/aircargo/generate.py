"""翼运 WingFreight: air-cargo forwarding for cross-border e-commerce sellers and electronics exporters, with stations
(sales desk + bonded warehouse) in Shenzhen, Shanghai, Hong Kong and Kuala Lumpur. Synthetic, written blind.

A shipper (customer_id = an account) asks for a quote (web form, e-mail, WeChat / WhatsApp or, since the instant-quote
test, the instant online quote), gets a rate from the sales desk, confirms it and books space on one of five airlines.
Key accounts book on contract rates without a quote. The cargo is trucked to the station's warehouse, received and
weighed (chargeable weight = max(actual, volumetric)), declared to export customs (sometimes held until documents are
submitted), flown (sometimes offloaded and rebooked onto a later flight), delivered at destination (Amazon FBA, a 3PL
or the consignee's door) and the destination agent uploads the POD. Damage, shortage and delay lead to claims.
Accounts receive a monthly statement in the station's currency (CNY / HKD / MYR) with amount_usd beside it, and can
dispute it.

Data 2024-07-01 .. 2026-05-31 (the extract was taken in early June 2026, six months before "today" 2026-12-01).
Naive times, local time of the station. May 2026 statements were not yet issued at the extract.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table). Deterministic
(seed 20260607), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260607
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 5, 31, 23, 59, 59)
EXP = (datetime(2025, 9, 1), datetime(2025, 11, 30, 23, 59, 59))    # instant online quote A/B (e-commerce sellers)
ROLLOUT = datetime(2026, 1, 5)                                         # instant quote for every e-commerce seller
SZX_BATTERY = datetime(2025, 4, 1)                                     # Shenzhen customs: every battery declaration checked
PVG_MOVE = datetime(2025, 6, 16)                                       # Shanghai warehouse moves to a new site
ZNT_PEAK = (datetime(2025, 11, 1), datetime(2025, 12, 31, 23, 59, 59))  # Zenith Air oversells peak-season space
FBA_JAM = (datetime(2025, 11, 1), datetime(2026, 1, 31, 23, 59, 59))    # Amazon US inbound appointment backlog
HK_FSC = (datetime(2026, 1, 1), datetime(2026, 3, 31, 23, 59, 59))      # HK fuel surcharge on chargeable kg
STATEMENT_LAST = datetime(2026, 4, 30)                                  # last statement month issued at the extract

STATIONS = {  # code: city, zh, country, currency, USD per unit, customs fee (local), manual quote median minutes
    "SZX": ("Shenzhen", "深圳", "China", "CNY", 0.14, 150.0, 110),
    "PVG": ("Shanghai", "上海", "China", "CNY", 0.14, 150.0, 290),
    "HKG": ("Hong Kong", "香港", "Hong Kong", "HKD", 0.128, 180.0, 65),
    "KUL": ("Kuala Lumpur", "吉隆坡", "Malaysia", "MYR", 0.22, 95.0, 140),
}
AIRLINES = {  # code: name, zh, price factor, base offload p, flight prefix
    "SSC": ("SouthStar Cargo", "南星货运航空", 1.08, 0.035, "SX"),
    "OSK": ("Orient Sky", "东方天空航空", 1.00, 0.045, "OK"),
    "ZNT": ("Zenith Air", "天顶航空", 0.84, 0.05, "ZN"),
    "LTA": ("Lotus Air", "莲花航空", 0.95, 0.04, "LT"),
    "NSF": ("Nordic Sky Freight", "北欧天空货运", 1.03, 0.04, "NF"),
}
DESTS = {  # airport: region, base USD/kg, flight hours, destination agent
    "LAX": ("US", 5.2, 14, "PacLink Logistics"),
    "JFK": ("US", 5.6, 16, "EastGate Freight"),
    "ORD": ("US", 5.5, 15, "EastGate Freight"),
    "FRA": ("Europe", 4.4, 13, "EuroHub Logistics"),
    "AMS": ("Europe", 4.3, 13, "EuroHub Logistics"),
    "LHR": ("Europe", 4.6, 14, "Thames Air Services"),
    "DXB": ("Middle East", 3.0, 8, "Gulf Bridge Cargo"),
    "SIN": ("Southeast Asia", 1.7, 4, "Straits Express"),
    "BKK": ("Southeast Asia", 1.9, 3, "Straits Express"),
    "SYD": ("Australia", 3.4, 9, "Southern Cross Freight"),
}
DEST_ZH = {"LAX": "洛杉矶", "JFK": "纽约", "ORD": "芝加哥", "FRA": "法兰克福", "AMS": "阿姆斯特丹", "LHR": "伦敦",
           "DXB": "迪拜", "SIN": "新加坡", "BKK": "曼谷", "SYD": "悉尼"}
ROUTES = {  # (station, region): airlines
    ("SZX", "US"): ["SSC", "OSK", "ZNT"], ("PVG", "US"): ["SSC", "OSK"], ("HKG", "US"): ["SSC", "ZNT"],
    ("KUL", "US"): ["ZNT", "SSC"],
    ("SZX", "Europe"): ["SSC", "ZNT", "NSF"], ("PVG", "Europe"): ["OSK", "NSF"], ("HKG", "Europe"): ["NSF", "ZNT"],
    ("KUL", "Europe"): ["ZNT", "NSF"],
    ("SZX", "Middle East"): ["ZNT", "LTA"], ("PVG", "Middle East"): ["OSK", "LTA"], ("HKG", "Middle East"): ["ZNT", "LTA"],
    ("KUL", "Middle East"): ["ZNT", "LTA"],
    ("SZX", "Southeast Asia"): ["LTA", "SSC"], ("PVG", "Southeast Asia"): ["LTA", "OSK"],
    ("HKG", "Southeast Asia"): ["LTA", "SSC"], ("KUL", "Southeast Asia"): ["LTA"],
    ("SZX", "Australia"): ["OSK", "LTA"], ("PVG", "Australia"): ["OSK"], ("HKG", "Australia"): ["OSK", "LTA"],
    ("KUL", "Australia"): ["LTA"],
}
SEGMENTS = {  # segment: share, station weights, tier weights, dest weights
    "ecommerce_seller": (0.60, {"SZX": 0.50, "PVG": 0.18, "HKG": 0.12, "KUL": 0.20},
                         {"key_account": 0.05, "standard": 0.45, "small": 0.50},
                         {"LAX": 0.28, "JFK": 0.10, "ORD": 0.08, "FRA": 0.12, "AMS": 0.06, "LHR": 0.14, "DXB": 0.07,
                          "SIN": 0.06, "BKK": 0.03, "SYD": 0.06}),
    "electronics_exporter": (0.28, {"SZX": 0.45, "PVG": 0.15, "HKG": 0.25, "KUL": 0.15},
                             {"key_account": 0.30, "standard": 0.70},
                             {"LAX": 0.14, "JFK": 0.08, "ORD": 0.08, "FRA": 0.16, "AMS": 0.12, "LHR": 0.08, "DXB": 0.10,
                              "SIN": 0.12, "BKK": 0.06, "SYD": 0.06}),
    "trading_company": (0.12, {"SZX": 0.25, "PVG": 0.35, "HKG": 0.25, "KUL": 0.15},
                        {"standard": 0.60, "small": 0.40},
                        {"LAX": 0.12, "JFK": 0.08, "ORD": 0.06, "FRA": 0.14, "AMS": 0.08, "LHR": 0.10, "DXB": 0.16,
                         "SIN": 0.10, "BKK": 0.08, "SYD": 0.08}),
}
GOODS = {  # segment: {goods: (weight, battery share, volumetric/actual median, kg median)}
    "ecommerce_seller": {"apparel": (0.30, 0.0, 1.45, 110), "home_goods": (0.25, 0.0, 1.65, 140),
                         "toys": (0.15, 0.05, 1.5, 100), "consumer_electronics": (0.20, 0.75, 1.05, 90),
                         "beauty": (0.10, 0.0, 0.9, 80)},
    "electronics_exporter": {"electronics_with_battery": (0.50, 1.0, 0.85, 380), "components": (0.30, 0.0, 0.6, 300),
                             "pcba": (0.20, 0.0, 0.7, 260)},
    "trading_company": {"machinery_parts": (0.40, 0.0, 0.5, 320), "textiles": (0.40, 0.0, 1.2, 260),
                        "samples": (0.20, 0.1, 1.0, 40)},
}
HS = {"apparel": "61", "home_goods": "94", "toys": "95", "consumer_electronics": "85", "beauty": "33",
      "electronics_with_battery": "85", "components": "85", "pcba": "85", "machinery_parts": "84", "textiles": "52",
      "samples": "85"}
LAMBDA = {"key_account": 2.6, "standard": 0.8, "small": 0.5}     # shipping needs per month
FSC = 0.25   # fuel surcharge USD per actual kg; HK Jan-Mar 2026: 0.42 per chargeable kg


# ---------- randomness ----------

class R:
    def __init__(self, seed):
        self.g = np.random.default_rng(seed)
        self.buf = self.g.random(1 << 20)
        self.i = 0

    def u(self) -> float:
        if self.i >= len(self.buf):
            self.buf = self.g.random(1 << 20)
            self.i = 0
        self.i += 1
        return float(self.buf[self.i - 1])


RNG = R(SEED)


def U(a, b):
    return a + (b - a) * RNG.u()


def chance(p):
    return RNG.u() < p


def pick(p: dict):
    r = RNG.u() * sum(p.values())
    for k, w in p.items():
        r -= w
        if r <= 0:
            return k
    return k


def choice(items):
    return items[int(RNG.u() * len(items)) % len(items)]


def expo(mean):
    return -mean * np.log(1.0 - RNG.u())


def poisson(lam):
    return int(RNG.g.poisson(lam))


def lognorm(median, sigma):
    return float(median * np.exp(sigma * RNG.g.standard_normal()))


def gamma(mean, shape=2.0):
    return float(RNG.g.gamma(shape, mean / shape))


def office(t: datetime, h0=8.5, h1=20.0) -> datetime:
    return t.replace(hour=0, minute=0, second=0, microsecond=0) + D(hours=U(h0, h1))


def in_(t, span):
    return span[0] <= t <= span[1]


def month_iter(a=START, b=END):
    m = datetime(a.year, a.month, 1)
    while m <= b:
        yield m
        m = next_month(m)


def next_month(t):
    return datetime(t.year + (t.month == 12), t.month % 12 + 1, 1)


def month_end(m):
    return next_month(m) - D(days=1)


def quarter_of(t):
    return f"{t.year}Q{(t.month - 1) // 3 + 1}"


_ids: dict = {}


def nid(kind, width=6):
    _ids[kind] = _ids.get(kind, 0) + 1
    return f"{kind}{_ids[kind]:0{width}d}"


# ---------- feedback texts ----------

TEXT = {
    "offload": {
        "zh": ["订的{airline_zh}航班又被拉货了，{dest_zh}的客户一直在催，改配也没人提前通知",
               "旺季{airline_zh}拉货太离谱了，我们的货在仓库多放了两天",
               "这个月第二次被拉货，黑五的库存都赶不上了",
               "又拉货？能不能换家靠谱点的航司，别老订{airline_zh}",
               "拉货之后改配的航班晚了快两天，亚马逊上架全耽误了"],
        "en": ["Our cargo got offloaded again on {airline}, nobody told us until the consignee asked",
               "Second time this month we were offloaded - Black Friday stock is now late",
               "Offloaded from the booked flight and rebooked two days later. Not acceptable in peak season.",
               "Why do our shipments keep getting offloaded on {airline}?"]},
    "battery_hold": {
        "zh": ["带电池的货在{station_zh}被海关查验，UN38.3报告都给了还扣了好几天",
               "电池产品现在每票都要补资料，放行太慢了",
               "移动电源那票又被扣，说电池鉴定书不对，能不能报关前先帮我们审一下",
               "含电池的货查验率也太高了吧，客户交期全部延误"],
        "en": ["Our battery shipment was held by customs again, we sent the MSDS twice",
               "Every battery shipment out of {station} gets stopped now, please check the docs before declaring",
               "Held four days over battery paperwork. We need a proper pre-check."]},
    "volumetric": {
        "zh": ["在线下单时说好的价格，过磅后按体积重算贵了一大截",
               "体积重差这么多，为什么报价的时候不提醒？",
               "复重后体积重比我填的重量多了四成，账单和预算对不上"],
        "en": ["The price jumped after weighing because of volumetric weight, the quote didn't warn us",
               "Charged on volumetric weight that was way above what we entered online",
               "Volumetric weight ate our whole margin on this shipment"]},
    "fba_delay": {
        "zh": ["货到美国一个礼拜了还没约上入仓预约，亚马逊那边断货了",
               "入仓预约排不上，派送一直拖，旺季损失太大",
               "能不能催一下入仓预约？listing已经没库存了"],
        "en": ["Cargo landed a week ago and still no FBA appointment",
               "FBA appointment delays are killing our Q4 sales",
               "Can you push the FBA appointment? Our listing is out of stock"]},
    "damage": {
        "zh": ["收到货外箱破损严重，里面有几台屏幕碎了",
               "{station_zh}仓出来的货又有破损，纸箱都压扁了",
               "破损这么多，你们仓库装卸能不能小心点"],
        "en": ["Several cartons arrived damaged, looks like they were crushed in the warehouse",
               "Goods damaged again on the {station} lane, please check your handling",
               "Received the shipment with damaged boxes and broken units"]},
    "shortage": {
        "zh": ["到货少件了，订舱{pieces}件只收到{pieces_less}件", "签收时发现少件，仓库说收货时是齐的"],
        "en": ["Consignee reports missing cartons - booked {pieces}, received {pieces_less}",
               "Missing cartons again, who is responsible?"]},
    "claim_rejected": {
        "zh": ["理赔申请被拒赔了，理由说证据不足，很失望", "拒赔的理由完全说不通，我们在考虑换货代了"],
        "en": ["Our claim was rejected without a proper explanation",
               "Claim rejected after three weeks. We will move our volume elsewhere."]},
    "fuel_surcharge": {
        "zh": ["这个月账单燃油附加费怎么翻倍了？之前没通知过", "燃油附加费按计费重收不合理，要求重新核算",
               "香港站燃油附加费计算方式改了也不说一声"],
        "en": ["Fuel surcharge on this month's statement is almost double - was this agreed?",
               "Why is the fuel surcharge now charged on chargeable weight?"]},
    "billing": {
        "zh": ["对账单上有两票重复收费", "月结对账发现单价和确认的不一样", "对账的时候报关费多收了"],
        "en": ["The invoice shows a different price from the one we confirmed", "Duplicate charges on our monthly invoice"]},
    "quote_slow": {
        "zh": ["等报价等了一下午，客户都去找别家了", "每次询价等报价都要好几个小时", "发了询价一直等报价，没人回"],
        "en": ["Took almost five hours to get a quote back", "Still waiting for a quote back from your desk",
               "Getting a quote back takes half a day, too slow for spot cargo"]},
    "pod_late": {
        "zh": ["货送到好几天了签收单还没上传，客户等签收单才付款", "签收单一直拿不到，麻烦催一下目的港代理"],
        "en": ["Still no POD three days after delivery", "Our customer won't pay until we send the POD, please chase the agent"]},
    "onboarding_slow": {
        "zh": ["开户审核拖了三个礼拜，资料交了好几遍", "开户流程太繁琐了，还没开始发货就想放弃了"],
        "en": ["Account opening is taking forever, we submitted our SSM documents weeks ago",
               "Three weeks and our account opening is still pending"]},
    "tracking": {
        "zh": ["网站上的轨迹两天没更新了", "轨迹查不到，只能一直问客服"],
        "en": ["The tracking page hasn't updated since departure", "No tracking updates for 48 hours"]},
    "instant_quote": {
        "zh": ["在线报价太方便了，几秒钟就出价，直接下单", "用在线报价省了很多沟通时间", "在线报价很好用，半夜也能下单"],
        "en": ["The instant quote tool is great, booked in five minutes", "Love the instant quote, no more waiting on emails"]},
    "fast_transit": {
        "zh": ["这票时效很快，客户很满意", "时效稳定，下次继续合作", "到{dest_zh}的时效比预期还快"],
        "en": ["Great transit time to {dest}, thanks team", "Transit time was better than promised"]},
    "ops_praise": {
        "zh": ["操作团队很专业，报关资料一次就过", "客户经理很专业，有问题马上跟进"],
        "en": ["Ops team was very professional and kept us updated", "Very professional handling of our urgent shipment"]},
    "price_praise": {
        "zh": ["运价比别家便宜不少", "到{dest_zh}的运价很有竞争力"],
        "en": ["Your rates to the US are the best we've found", "Competitive rates, that's why we stay"]},
    "price_compare": {
        "zh": ["客户在和两家货代比价，要求月底前给年度报价", "客户说别家便宜一成，正在比价"],
        "en": ["Customer is comparing us with two other forwarders for the annual tender",
               "They are comparing offers for the Q4 allocation"]},
    "generic_pos": {
        "zh": ["一切顺利，谢谢", "货已收到，没问题", "合作愉快"],
        "en": ["All good, thanks", "Smooth shipment, thank you", "Everything arrived fine"]},
    "generic_neu": {
        "zh": ["请问下周有去{dest_zh}的舱位吗", "想了解一下去迪拜的线路", "麻烦发一下最新的价格表"],
        "en": ["Do you have space to {dest} next week?", "Please send the updated rate sheet", "Can we add a second consignee?"]},
    "generic_ok": {
        "zh": ["还行吧，中规中矩", "正常到货，没什么特别的", "一般般，价格还可以"],
        "en": ["It was OK", "Arrived, nothing special", "Fine, as expected"]},
    "generic_neg": {
        "zh": ["服务一般，回复太慢", "这次体验不太好，希望改进"],
        "en": ["Service was below expectations this time", "Not happy with how this shipment was handled"]},
}
SENT = {"offload": "neg", "battery_hold": "neg", "volumetric": "neg", "fba_delay": "neg", "damage": "neg",
        "shortage": "neg", "claim_rejected": "neg", "fuel_surcharge": "neg", "billing": "neg", "quote_slow": "neg",
        "pod_late": "neg", "onboarding_slow": "neg", "tracking": "neg", "instant_quote": "pos", "fast_transit": "pos",
        "ops_praise": "pos", "price_praise": "pos", "price_compare": "neu", "generic_pos": "pos",
        "generic_neu": "neu", "generic_ok": "neu", "generic_neg": "neg"}


# ---------- output ----------

class Writer:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.customers, self.experiments = [], []


W = Writer()


def ev(c, ts, tp, **kw):
    if ts > END or ts < START:
        return None
    row = dict(customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, **kw)
    W.events.append(row)
    return row


def add_feedback(c, topic, channel, ts, tp, rating=None, nps=None, sh=None, lang=None, **fmt):
    if ts is not None and ts > END:
        return
    lang = lang or c["language"]
    st = STATIONS[c["station"]]
    f = dict(station=st[0], station_zh=st[1], dest="Los Angeles", dest_zh="洛杉矶", airline="the airline",
             airline_zh="这家航司", pieces=20, pieces_less=18)
    if sh is not None:
        f.update(dest=sh["dest"], dest_zh=DEST_ZH[sh["dest"]], airline=AIRLINES[sh["airline"]][0],
                 airline_zh=AIRLINES[sh["airline"]][1], pieces=sh["pieces"], pieces_less=sh["pieces"] - 1 - int(U(0, 3)))
    f.update(fmt)
    text = choice(TEXT[topic][lang]).format(**f)
    fid = nid("FB", 6)
    W.feedback.append(dict(
        feedback_id=fid, text=text, ts=ts, customer_id=c["customer_id"], touchpoint_id=tp, channel=channel,
        rating=rating, nps=nps, language=lang, segment=c["segment"], station=st[0],
        airline=AIRLINES[sh["airline"]][0] if sh else None, shipment_no=sh["shipment_no"] if sh else None))
    W.truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))


def chat_channel(c):
    return ("wechat" if chance(0.8) else "email") if c["language"] == "zh" else ("whatsapp" if chance(0.7) else "email")


# ---------- customers ----------

ZH_A = ["华", "创", "联", "达", "盛", "科", "鑫", "源", "泰", "恒", "腾", "宇", "汇", "瑞", "嘉", "丰", "捷", "优", "拓", "航",
        "海", "锐", "博", "卓", "星", "光", "晟", "智", "易", "佳"]
EN_A = ["Apex", "Brightway", "Crestline", "Delta", "Everbright", "Fortune", "Golden", "Harbour", "Infinity", "Jade",
        "Keystone", "Lumen", "Majestic", "Nova", "Orion", "Pinnacle", "Quantum", "Radiant", "Summit", "Titan", "Unity",
        "Vertex", "Wavelink", "Zenpoint", "Bluebay", "Sunrise", "Evergreen", "Silverline", "Redstone", "Skyward"]
SUFFIX = {"ecommerce_seller": ("电子商务有限公司", "E-Commerce"), "electronics_exporter": ("电子科技有限公司", "Electronics"),
          "trading_company": ("进出口贸易有限公司", "Trading")}
AM = {"SZX": ["陈晓雯", "黄志强", "刘思敏"], "PVG": ["王磊", "周婷"], "HKG": ["Kelvin Lau", "Mandy Chan"],
      "KUL": ["Farah Aziz", "Jason Tan"]}


def company_name(seg, station):
    if station in ("SZX", "PVG"):
        city = STATIONS[station][1]
        return f"{city}{choice(ZH_A)}{choice(ZH_A)}{SUFFIX[seg][0]}"
    tail = "Sdn Bhd" if station == "KUL" else "Ltd"
    return f"{choice(EN_A)} {SUFFIX[seg][1]} {tail}"


def new_customer(seg, station, tier, signup_at, first_contact=None, approved=True):
    cid = nid("WF", 5)
    lang = "zh" if station in ("SZX", "PVG") else ("zh" if station == "HKG" and chance(0.45) else "en")
    if station == "KUL" and chance(0.12):
        lang = "zh"   # Malaysian-Chinese sellers writing in Chinese
    goods = GOODS[seg]
    main = pick({g: v[0] for g, v in goods.items()})
    c = dict(customer_id=cid, company_name=company_name(seg, station), segment=seg, station=station, tier=tier,
             language=lang, signup_at=signup_at if approved else None, first_contact_at=first_contact,
             acquisition_channel=None, main_goods=main, account_manager=choice(AM[station]),
             credit_terms="monthly" if tier != "small" else pick({"monthly": 0.6, "prepaid_deposit": 0.4}),
             lam=LAMBDA[tier] * (1.2 if seg == "electronics_exporter" else 1.0) * lognorm(1.0, 0.35),
             dests=None, churn_at=None, shipments=[], quotes=[], device=pick({"pc": 0.6, "ios": 0.2, "android": 0.2}),
             prefers_cheap=chance(0.75 if seg == "ecommerce_seller" else 0.25))
    c["acquisition_channel"] = pick({"sales_rep": 0.30, "referral": 0.20, "web_search": 0.20, "trade_show": 0.12,
                                     "marketplace_partner": 0.10 if seg == "ecommerce_seller" else 0.01,
                                     "wechat_group" if lang == "zh" else "linkedin": 0.08})
    d = dict(SEGMENTS[seg][3])
    favs = [pick(d) for _ in range(3)]
    c["dests"] = {k: d[k] * (4.0 if k in favs else 1.0) for k in d}
    W.customers.append(c)
    return c


def make_customers():
    out = []
    n_existing = 540
    for _ in range(n_existing):
        seg = pick({s: v[0] for s, v in SEGMENTS.items()})
        st = pick(SEGMENTS[seg][1])
        tier = pick(SEGMENTS[seg][2])
        yrs = U(0.3, 9.0)
        signup = office(START - D(days=365 * yrs))
        out.append(new_customer(seg, st, tier, signup))
    # the biggest account: a Shenzhen battery-electronics maker on contract rates
    big = new_customer("electronics_exporter", "SZX", "key_account", datetime(2019, 3, 12, 10, 20))
    big.update(company_name="深圳伏特斯科技有限公司", main_goods="electronics_with_battery", lam=11.0,
               acquisition_channel="sales_rep", big=True)
    out.append(big)
    # registrations during the window (web sign-ups)
    for m in month_iter(START, datetime(2026, 5, 1)):
        for _ in range(poisson(8.0)):
            seg = pick({"ecommerce_seller": 0.72, "electronics_exporter": 0.18, "trading_company": 0.10})
            st = pick(SEGMENTS[seg][1])
            tier = pick({"standard": 0.45, "small": 0.55})
            reg = office(m + D(days=U(0, 28)))
            if reg > END - D(days=3):
                continue
            if st == "KUL":
                kyc = lognorm(24.0, 0.45)          # paper SSM / bank-reference checks at KL
                ok = chance(0.82)
            else:
                kyc = lognorm(2.2, 0.6)
                ok = chance(0.93)
            approved_at = office(reg + D(days=kyc)) if ok else None
            approved = approved_at is not None and approved_at <= END
            c = new_customer(seg, st, tier, approved_at if approved else None, first_contact=reg, approved=approved)
            c["reg"] = reg
            c["kyc_days"] = round(kyc, 1) if ok else None
            c["approved_at"] = approved_at if approved else None
            c["acquisition_channel"] = pick({"web_search": 0.45, "referral": 0.15, "marketplace_partner": 0.15,
                                             "wechat_group" if c["language"] == "zh" else "linkedin": 0.15,
                                             "trade_show": 0.10})
            out.append(c)
    return out


# ---------- quotes and shipments ----------

def season(seg, station, m: datetime) -> float:
    f = 1.0
    if seg == "ecommerce_seller":
        f = {9: 1.1, 10: 1.35, 11: 1.75, 12: 1.3, 1: 0.9, 2: 0.6 if station != "KUL" else 0.85}.get(m.month, 1.0)
    elif seg == "electronics_exporter":
        f = {9: 1.2, 10: 1.2, 11: 1.25, 2: 0.6 if station != "KUL" else 0.9}.get(m.month, 1.0)
    else:
        f = {2: 0.6}.get(m.month, 1.0)
    return f * (1.06 if m.year == 2026 else 1.0)


def rate_per_kg(dest, airline, t, station, battery):
    r = DESTS[dest][1] * AIRLINES[airline][2]
    if t.month in (10, 11, 12):
        r *= 1.35 if t.year == 2025 else 1.25
    if station == "KUL":
        r *= 0.95
    if battery:
        r += 0.30
    return round(r * lognorm(1.0, 0.05), 2)


def choose_airline(c, st, dest, t):
    opts = ROUTES[(st, DESTS[dest][0])]
    w = {}
    for a in opts:
        x = 1.0
        if a == "ZNT":
            x = 2.6 if c["prefers_cheap"] else 0.7
        if a == "SSC" and c["segment"] == "electronics_exporter":
            x = 1.8
        w[a] = x
    return pick(w)


def quote_method(c, t):
    if c["segment"] == "ecommerce_seller":
        if in_(t, EXP) and c.get("variant") == "instant_quote":
            return "instant_online" if chance(0.88) else ("wechat" if c["language"] == "zh" else "email")
        if t >= ROLLOUT:
            return "instant_online" if chance(0.78) else ("wechat" if c["language"] == "zh" else "email")
    if c["language"] == "zh":
        return pick({"web_form": 0.40, "wechat": 0.45, "email": 0.15})
    return pick({"web_form": 0.40, "whatsapp": 0.30, "email": 0.30})


def shipping_need(c, t):
    """one shipping need at time t: a quote (unless on contract rates) and maybe a booking."""
    st = c["station"]
    dest = pick(c["dests"])
    goods = GOODS[c["segment"]]
    g = c["main_goods"] if chance(0.6) else pick({k: v[0] for k, v in goods.items()})
    battery = chance(goods[g][1])
    kg_med = goods[g][3] * (1.8 if c["tier"] == "key_account" else (0.6 if c["tier"] == "small" else 1.0))
    if c.get("big"):
        kg_med = 900
    actual = max(8.0, lognorm(kg_med, 0.55))
    vol_ratio = lognorm(goods[g][2], 0.25)
    volumetric = actual * vol_ratio
    chargeable = max(actual, volumetric)
    airline = choose_airline(c, st, dest, t)
    contract = c["tier"] == "key_account"
    common = dict(station=STATIONS[st][0], station_zh=STATIONS[st][1], dest_airport=dest,
                  lane=f"{st}-{dest}", goods_type=g, battery="yes" if battery else "no")
    t_book = None
    method = None
    if contract:
        t_book = office(t)
        declared = chargeable * U(0.95, 1.04) if chance(0.9) else actual * U(0.97, 1.03)
        rate = rate_per_kg(dest, airline, t_book, st, battery) * 0.93
        rate_source = "contract"
    else:
        method = quote_method(c, t)
        if method == "instant_online" and battery:
            method = "web_form"   # batteries (DG paperwork) are not quoted online
        qno = nid("Q", 7)
        t0 = office(t, 7.0, 23.0) if method == "instant_online" else office(t)
        c["quotes"].append(t0)
        digital = method in ("instant_online", "web_form")
        ev(c, t0, "tp_quote_request", action="submit", quote_no=qno, quote_method=method,
           channel={"instant_online": "web", "web_form": "web", "email": "email", "wechat": "social",
                    "whatsapp": "social"}[method], device=c["device"] if digital else None,
           session_id=nid("S", 8) if digital else None, est_kg=round(actual if method == "instant_online"
                                                                      else chargeable * U(0.95, 1.05), 1), **common)
        if method == "instant_online":
            resp = U(0.1, 1.5)
            declared = actual * U(0.97, 1.03)
        else:
            med = STATIONS[st][6] * (0.6 if method in ("wechat", "whatsapp") else 1.0)
            if st == "PVG" and t >= datetime(2025, 3, 1):
                med *= 1.25
            resp = min(2880.0, lognorm(med, 0.6))
            if not chance(0.975):
                return None   # nobody answered
            declared = chargeable * U(0.95, 1.05) if chance(0.88) else actual * U(0.97, 1.03)
        t_sent = t0 + D(minutes=resp)
        rate = rate_per_kg(dest, airline, t_sent, st, battery)
        ev(c, t_sent, "tp_quote_sent", action="success", quote_no=qno, quote_method=method, channel="email"
           if method in ("web_form", "email") else ("web" if method == "instant_online" else "social"),
           response_minutes=round(resp, 1), rate_usd_per_kg=rate, airline=AIRLINES[airline][0],
           airline_zh=AIRLINES[airline][1], rate_valid_days=3 if t_sent.month in (10, 11, 12) else 7, **common)
        base = {"ecommerce_seller": 0.50, "electronics_exporter": 0.64, "trading_company": 0.46}[c["segment"]]
        if method == "instant_online":
            base = 0.74
        elif resp > 240:
            base -= 0.20
        elif resp > 120:
            base -= 0.06
        if not chance(base):
            if method != "instant_online" and resp > 240 and chance(0.06):
                add_feedback(c, "quote_slow", chat_channel(c), t_sent + D(hours=U(0.2, 20)), "tp_quote_sent")
            return None
        if method == "instant_online" and chance(0.045):
            add_feedback(c, "instant_quote", "web_feedback", t_sent + D(minutes=U(2, 60)), "tp_quote_sent",
                         rating=5 if chance(0.7) else 4)
        t_conf = t_sent + D(hours=lognorm(3.0, 0.9) if method != "instant_online" else U(0.02, 0.3))
        ev(c, t_conf, "tp_rate_confirm", action="submit", quote_no=qno, confirm_hours=round(
            (t_conf - t_sent).total_seconds() / 3600, 2), rate_usd_per_kg=rate, airline=AIRLINES[airline][0],
           airline_zh=AIRLINES[airline][1], channel="web" if digital else ("email" if method == "email" else "social"),
           **common)
        if not chance(0.95):
            return None
        t_book = t_conf + D(hours=U(0.1, 10))
        rate_source = "quote"
    return shipment(c, t_book, dest, g, battery, actual, volumetric, chargeable, declared, airline, rate,
                    rate_source, method, common, qno if not contract else None)


def flight_time(t):
    return t.replace(hour=0, minute=0, second=0, microsecond=0) + D(hours=choice([1.5, 9.25, 14.5, 19.0, 23.4]))


def next_flight_after(t, min_h=6):
    f = flight_time(t)
    while f < t + D(hours=min_h):
        f = flight_time(f + D(hours=4.7))
    return f


def hold_profile(c, st, battery, g, t):
    p = 0.025
    if battery:
        p = 0.06
        if st == "SZX" and t >= SZX_BATTERY:
            p = 0.26
    if c["segment"] == "trading_company":
        p += 0.02
    if g in ("toys", "consumer_electronics"):
        p += 0.015
    if not chance(p):
        return None
    if battery and st == "SZX" and t >= SZX_BATTERY and chance(0.9):
        return "battery_docs"
    reasons = {"document_mismatch": 0.35, "random_inspection": 0.25, "undervaluation": 0.15 +
               (0.2 if c["segment"] == "trading_company" else 0), "brand_ipr": 0.15 if g in
               ("toys", "consumer_electronics", "apparel") else 0.02}
    if battery:
        reasons["battery_docs"] = 0.35
    return pick(reasons)


def shipment(c, t_book, dest, g, battery, actual, volumetric, chargeable, declared, airline, rate, rate_source,
             method, common, qno=None):
    st = c["station"]
    sno = nid("WF", 7).replace("WF", "SHP")
    a = AIRLINES[airline]
    pieces = max(1, int(chargeable / U(12, 30)))
    flight = next_flight_after(t_book + D(hours=U(14, 60)))
    fno = f"{a[4]}{int(U(100, 999))}"
    sh = dict(shipment_no=sno, dest=dest, airline=airline, pieces=pieces, t_book=t_book, chargeable=chargeable,
              actual=actual, rate=rate, station=st, offloaded=False, hold=None, claim=None, returned=False,
              departed=None, delivered=None, fba_late=False, method=method)
    s_common = dict(common, session_id=sno, shipment_no=sno)
    ev(c, t_book, "tp_booking", action="submit", channel="web" if method in ("instant_online", "web_form") or
       chance(0.5) else "email", airline=a[0], airline_zh=a[1], flight_no=fno, flight_date=flight.date().isoformat(),
       pieces=pieces, declared_kg=round(declared, 1), rate_usd_per_kg=rate, rate_source=rate_source,
       quote_method=method, quote_no=qno, service_level="express" if chance(0.12) else "standard", **s_common)
    if not chance(0.965):
        return sh   # booking cancelled before the cargo came in
    # warehouse receiving
    t_recv = t_book + D(hours=U(3, max(4.0, (flight - t_book).total_seconds() / 3600 - 5)))
    wait = lognorm(28, 0.5)
    if st == "PVG" and t_recv >= PVG_MOVE:
        wait = lognorm(62, 0.5)
    ev(c, t_recv, "tp_cargo_received", action="success", pieces=pieces, pieces_received=pieces,
       truck_wait_min=round(wait, 0), warehouse=f"{STATIONS[st][0]} warehouse", channel="store", **s_common)
    t_w = t_recv + D(minutes=U(20, 120))
    adjusted = chargeable > declared * 1.05
    ev(c, t_w, "tp_weighing", action="success", declared_kg=round(declared, 1), actual_kg=round(actual, 1),
       volumetric_kg=round(volumetric, 1), chargeable_kg=round(chargeable, 1),
       weight_adjusted="yes" if adjusted else "no", weight_diff_pct=round(100 * (chargeable / declared - 1), 1),
       quote_method=method, channel="store", **s_common)
    if adjusted and chargeable > declared * 1.15:
        if chance(0.16 if method == "instant_online" else 0.05):
            add_feedback(c, "volumetric", chat_channel(c), t_w + D(hours=U(1, 30)), "tp_weighing", sh=sh)
    # export customs
    t_d = t_w + D(hours=U(1, 4))
    decl = nid("D", 8)
    value = round(chargeable * U(15, 60) * (3 if g in ("electronics_with_battery", "pcba", "consumer_electronics")
                                             else 1), 0)
    ev(c, t_d, "tp_customs_declaration", action="submit", declaration_no=decl, declared_value_usd=value,
       hs_chapter=HS[g], channel="other", **s_common)
    reason = hold_profile(c, st, battery, g, t_d)
    if reason:
        sh["hold"] = reason
        t_h = t_d + D(hours=U(2, 10))
        ev(c, t_h, "tp_customs_hold", action="fail", declaration_no=decl, hold_reason=reason, channel="other",
           **s_common)
        if reason == "brand_ipr" and chance(0.35) or chance(0.02):
            sh["returned"] = True   # goods seized / returned to the shipper
            if chance(0.4):
                add_feedback(c, "generic_neg", chat_channel(c), t_h + D(days=U(1, 5)), "tp_customs_hold", sh=sh)
            return sh
        t_doc = t_h + D(days=gamma(2.1 if reason == "battery_docs" else 0.7))
        ev(c, t_doc, "tp_docs_submitted", action="submit", declaration_no=decl, hold_reason=reason,
           channel="email", **s_common)
        t_rel = t_doc + D(days=gamma(1.7 if reason == "battery_docs" else 0.6))
        hold_days = round((t_rel - t_h).total_seconds() / 86400, 2)
        ev(c, t_rel, "tp_customs_release", action="success", declaration_no=decl, hold_reason=reason,
           hold_days=hold_days, channel="other", **s_common)
        if reason == "battery_docs" and chance(0.22) or reason != "battery_docs" and battery and chance(0.1):
            add_feedback(c, "battery_hold", chat_channel(c), t_rel - D(hours=U(2, 30)), "tp_customs_hold", sh=sh)
        flight = next_flight_after(t_rel, 8)
        fno = f"{a[4]}{int(U(100, 999))}"
    else:
        t_rel = t_d + D(hours=U(1.5, 6))
        ev(c, t_rel, "tp_customs_release", action="success", declaration_no=decl, channel="other", **s_common)
        if t_rel > flight - D(hours=2):
            flight = next_flight_after(t_rel, 4)
    # flight: offload?
    p_off = a[3]
    if flight.month in (11, 12):
        p_off = 0.07
        if airline == "ZNT":
            p_off = 0.33 if in_(flight, ZNT_PEAK) else 0.09
    if battery and chance(0.01):
        p_off += 0.05
    dep = flight
    if chance(p_off):
        sh["offloaded"] = True
        r = pick({"space_overbooked": 0.45, "weight_balance": 0.2, "aircraft_change": 0.15, "dg_docs": 0.1 if battery
                  else 0.0, "late_cargo": 0.1})
        if airline == "ZNT" and in_(flight, ZNT_PEAK):
            r = "space_overbooked" if chance(0.8) else r
        delay = gamma(46 if airline == "ZNT" and in_(flight, ZNT_PEAK) else 19, 3.0)
        ev(c, flight - D(hours=U(1, 4)), "tp_offload", action="fail", airline=a[0], airline_zh=a[1],
           flight_no=fno, offload_reason=r, channel="other", **s_common)
        dep = next_flight_after(flight + D(hours=delay), 1)
        delay_h = round((dep - flight).total_seconds() / 3600, 1)
        fno2 = f"{a[4]}{int(U(100, 999))}"
        ev(c, flight + D(hours=U(0.5, 3)), "tp_rebooking", action="submit", airline=a[0], airline_zh=a[1],
           flight_no=fno2, previous_flight_no=fno, delay_hours=delay_h, offload_reason=r, channel="other",
           **s_common)
        fno = fno2
        p_fb = 0.34 if airline == "ZNT" and in_(flight, ZNT_PEAK) else 0.14
        if chance(p_fb):
            add_feedback(c, "offload", chat_channel(c), dep + D(hours=U(-10, 30)), "tp_offload", sh=sh)
    sh["departed"] = dep
    ev(c, dep, "tp_flight_departed", action="success", airline=a[0], airline_zh=a[1], flight_no=fno,
       chargeable_kg=round(chargeable, 1), channel="other", **s_common)
    arr = dep + D(hours=DESTS[dest][2] * U(0.95, 1.15))
    ev(c, arr, "tp_arrival", action="success", airline=a[0], airline_zh=a[1], flight_no=fno, channel="other",
       **s_common)
    # destination delivery
    region = DESTS[dest][0]
    if c["segment"] == "ecommerce_seller" and region in ("US", "Europe"):
        dtype = "fba" if chance(0.75) else "3pl_warehouse"
    elif c["segment"] == "ecommerce_seller":
        dtype = "3pl_warehouse" if chance(0.6) else "consignee_door"
    else:
        dtype = "consignee_door" if chance(0.8) else "3pl_warehouse"
    if dtype == "fba":
        dd = gamma(2.3, 3.0)
        if region == "US" and in_(arr, FBA_JAM):
            dd = gamma(6.6, 4.0)
            sh["fba_late"] = True
    else:
        dd = gamma(1.2, 3.0)
    agent = DESTS[dest][3]
    t_del = arr + D(days=dd)
    sh["delivered"] = t_del
    ev(c, t_del, "tp_delivery", action="success", delivery_type=dtype, dest_agent=agent,
       delivery_days=round(dd, 2), pieces=pieces, channel="other", **s_common)
    if sh["fba_late"] and chance(0.10):
        add_feedback(c, "fba_delay", chat_channel(c), arr + D(days=U(3, 6)), "tp_delivery", sh=sh)
    pod_h = lognorm(68 if agent == "EuroHub Logistics" else 13, 0.45)
    ev(c, t_del + D(hours=pod_h), "tp_pod", action="success", dest_agent=agent, pod_hours=round(pod_h, 1),
       channel="web", **s_common)
    if pod_h > 60 and chance(0.08):
        add_feedback(c, "pod_late", chat_channel(c), t_del + D(hours=pod_h * U(0.6, 0.95)), "tp_pod", sh=sh)
    # tracking views and service contacts
    trouble = sh["offloaded"] or sh["hold"] or sh["fba_late"]
    for _ in range(poisson(1.2 + (1.8 if trouble else 0))):
        tt = t_book + (t_del - t_book) * U(0.05, 1.0)
        dev = c["device"] if chance(0.7) else pick({"pc": 0.4, "ios": 0.3, "android": 0.3})
        ev(c, tt, "tp_tracking", action="view", device=dev, channel="web" if dev == "pc" else pick(
            {"app": 0.5, "mini_program": 0.5 if c["language"] == "zh" else 0.0, "web": 0.2}), session_id=nid("S", 8),
           shipment_no=sno)
    if chance(0.006):
        add_feedback(c, "tracking", chat_channel(c), t_book + (t_del - t_book) * U(0.3, 0.9), "tp_tracking", sh=sh)
    p_cs = 0.07 + (0.55 if sh["offloaded"] else 0) + (0.45 if sh["hold"] else 0) + (0.3 if sh["fba_late"] else 0)
    if chance(min(0.95, p_cs)):
        topic = ("offload" if sh["offloaded"] else "customs_hold" if sh["hold"] else
                 "delivery_delay" if sh["fba_late"] else pick({"shipment_status": 0.6, "billing": 0.2, "quote": 0.2}))
        cch = ("wechat" if chance(0.7) else "phone") if c["language"] == "zh" else pick(
            {"whatsapp": 0.5, "email": 0.3, "phone": 0.2})
        ev(c, t_book + (t_del - t_book) * U(0.3, 0.9), "tp_cs_contact", action="submit",
           contact_channel=cch, contact_topic=topic, wait_min=round(lognorm(6 if cch != "email" else 180, 0.6), 1),
           channel={"wechat": "social", "whatsapp": "social", "phone": "phone", "email": "email"}[cch],
           shipment_no=sno)
    # post-delivery CSAT
    if chance(0.13):
        if sh["offloaded"]:
            rating, topic = pick({1: 0.3, 2: 0.4, 3: 0.3}), "offload"
        elif sh["hold"] == "battery_docs":
            rating, topic = pick({1: 0.2, 2: 0.4, 3: 0.4}), "battery_hold"
        elif sh["fba_late"]:
            rating, topic = pick({2: 0.5, 3: 0.5}), "fba_delay"
        else:
            rating = pick({3: 0.12, 4: 0.38, 5: 0.5})
            topic = (pick({"generic_pos": 0.5, "fast_transit": 0.25, "ops_praise": 0.15, "price_praise": 0.10})
                     if rating >= 4 else "generic_ok")
            if topic == "price_praise" and airline != "ZNT" and chance(0.6):
                topic = "generic_pos"
        add_feedback(c, topic, "csat", t_del + D(hours=pod_h + U(2, 48)), "tp_pod", rating=rating, sh=sh)
    # claims
    damage_p = 0.05 if st == "PVG" and t_recv >= PVG_MOVE else 0.011
    short_p = 0.016 if st == "HKG" else 0.007
    delay_p = 0.12 if sh["offloaded"] and dtype == "fba" else (0.03 if sh["fba_late"] else 0.0)
    ctype = None
    if chance(damage_p):
        ctype = "damage"
    elif chance(short_p):
        ctype = "shortage"
    elif chance(delay_p):
        ctype = "delay"
    if ctype:
        claim(c, sh, ctype, t_del)
    c["shipments"].append(sh)
    return sh


def claim(c, sh, ctype, t_del):
    cno = nid("CL", 5)
    t_f = office(t_del + D(days=U(0.5, 9)))
    amt = round(lognorm({"damage": 900, "shortage": 650, "delay": 420}[ctype], 0.6), 2)
    ev(c, t_f, "tp_claim_filed", action="submit", claim_no=cno, claim_type=ctype, claim_amount_usd=amt,
       channel="email", shipment_no=sh["shipment_no"], station=STATIONS[sh["station"]][0],
       station_zh=STATIONS[sh["station"]][1])
    if ctype in ("damage", "shortage") and chance(0.55):
        add_feedback(c, ctype, "ticket", t_f + D(hours=U(0.1, 3)), "tp_claim_filed", sh=sh)
    outcome = pick({"damage": {"paid": 0.62, "partial": 0.28, "rejected": 0.10},
                    "shortage": {"paid": 0.20, "partial": 0.15, "rejected": 0.65},
                    "delay": {"paid": 0.25, "partial": 0.45, "rejected": 0.30}}[ctype])
    days = gamma({"damage": 13, "shortage": 24, "delay": 19}[ctype], 3.0)
    t_s = office(t_f + D(days=days))
    payout = amt if outcome == "paid" else (round(amt * U(0.35, 0.7), 2) if outcome == "partial" else 0.0)
    sh["claim"] = (ctype, outcome)
    r = ev(c, t_s, "tp_claim_settled", action="fail" if outcome == "rejected" else "success", claim_no=cno,
           claim_type=ctype, claim_amount_usd=amt, claim_outcome=outcome, payout_usd=payout,
           settle_days=round(days, 1), channel="email", shipment_no=sh["shipment_no"],
           station=STATIONS[sh["station"]][0], station_zh=STATIONS[sh["station"]][1])
    if r is None:
        return
    if outcome == "rejected":
        if chance(0.5):
            add_feedback(c, "claim_rejected", "ticket", t_s + D(hours=U(1, 48)), "tp_claim_settled", sh=sh)
        if not c.get("big") and chance(0.15 if c["tier"] == "key_account" else 0.45):
            ch = t_s + D(days=U(7, 35))
            c["churn_at"] = min(c["churn_at"] or ch, ch)


def customer_activity(c):
    a0 = c["signup_at"] if c["signup_at"] and c["signup_at"] > START else START
    if c["signup_at"] is None:
        return
    # baseline churn
    h = 0.0 if c.get("big") else (0.005 if c["tier"] != "small" else 0.012)
    for m in month_iter(a0):
        if chance(h):
            t = m + D(days=U(0, 27))
            c["churn_at"] = min(c["churn_at"] or t, t)
            break
    times = []
    for m in month_iter(datetime(a0.year, a0.month, 1)):
        lo, hi = max(m, a0), min(month_end(m) + D(hours=23), END)
        if lo >= hi:
            continue
        frac = (hi - lo).total_seconds() / ((month_end(m) + D(days=1) - m).total_seconds())
        n = poisson(c["lam"] * season(c["segment"], c["station"], m) * frac)
        times += [lo + (hi - lo) * U(0, 1) for _ in range(n)]
    if c.get("reg") and c["signup_at"]:
        # a new shipper's first quote soon after approval (unless slow KYC made them give up)
        if c["station"] != "KUL" or chance(0.55):
            times.append(c["signup_at"] + D(days=expo(3.5)))
    times.sort()
    for t in times:
        if c["churn_at"] and t > c["churn_at"]:
            break
        if t > END:
            break
        shipping_need(c, t)


def onboarding(c):
    if not c.get("reg"):
        return
    reg = c["reg"]
    for _ in range(1 + poisson(1.2)):
        tv = reg - D(days=U(0, 20), hours=U(0, 5))
        ev(c, tv, "tp_website", action="view", page=pick({"home": 0.3, "rates": 0.3, "services": 0.2, "blog": 0.2}),
           utm_source=pick({"google": 0.35, "baidu": 0.2 if c["language"] == "zh" else 0.0, "linkedin": 0.15,
                            "wechat": 0.15 if c["language"] == "zh" else 0.0, "direct": 0.2, "facebook": 0.1}),
           device=c["device"], channel="web", session_id=nid("S", 8))
    ev(c, reg, "tp_signup", action="submit", device=c["device"], channel="web", session_id=nid("S", 8),
       station=STATIONS[c["station"]][0], station_zh=STATIONS[c["station"]][1])
    if c.get("approved_at"):
        ev(c, c["approved_at"], "tp_account_approved", action="success", kyc_days=c["kyc_days"], channel="email",
           station=STATIONS[c["station"]][0], station_zh=STATIONS[c["station"]][1])
    if c.get("kyc_days") and c["kyc_days"] > 14 and chance(0.6):
        add_feedback(c, "onboarding_slow", chat_channel(c), reg + D(days=c["kyc_days"] * U(0.5, 0.9)),
                     "tp_account_approved")


def portal_visits(c):
    if c["signup_at"] is None:
        return
    a0 = max(START, c["signup_at"])
    stop = min(END, c["churn_at"] or END)
    for m in month_iter(datetime(a0.year, a0.month, 1)):
        for _ in range(poisson(0.22)):
            t = m + D(days=U(0, 28), hours=U(8, 22))
            if a0 <= t <= stop:
                page = pick({"rates": 0.4, "services": 0.2, "blog": 0.15, "instant_quote": 0.25 if t >= EXP[0] else 0})
                ev(c, t, "tp_website", action="view", page=page, utm_source="direct", device=c["device"],
                   channel="web", session_id=nid("S", 8))


def account_reviews(c):
    """account-manager check-ins (quarterly for key accounts, twice a year for standard ones)."""
    if c["signup_at"] is None or c["tier"] == "small":
        return
    every = 3 if c["tier"] == "key_account" else 6
    t = max(START, c["signup_at"]) + D(days=U(5, 60))
    stop = min(END, c["churn_at"] or END)
    while t <= stop:
        ev(c, office(t), "tp_account_review", action="submit", call_type=pick({"visit": 0.4, "call": 0.6}),
           channel="phone", station=STATIONS[c["station"]][0], station_zh=STATIONS[c["station"]][1])
        if chance(0.28):
            recent = [s for s in c["shipments"] if s["t_book"] < t]
            if recent and recent[-1]["offloaded"]:
                topic = "offload"
            else:
                topic = pick({"price_compare": 0.45, "generic_neu": 0.2, "ops_praise": 0.15, "price_praise": 0.1,
                              "generic_pos": 0.1})
            ts = office(t) + D(hours=1)
            add_feedback(c, topic, "sales_note", None if chance(0.22) else ts, "tp_account_review",
                         sh=recent[-1] if recent else None)
        t += D(days=30 * every * U(0.8, 1.2))


# ---------- monthly statements ----------

def statements(c):
    """one statement per account and month with departed or returned shipments, dated at the month's end."""
    if c["signup_at"] is None:
        return
    st = c["station"]
    city, zh, country, cur, fx, cfee, _ = STATIONS[st]
    by_m: dict = {}
    for sh in c["shipments"]:
        if sh["departed"] is not None:
            key = datetime(sh["departed"].year, sh["departed"].month, 1)
        elif sh["returned"]:
            key = datetime(sh["t_book"].year, sh["t_book"].month, 1)
        else:
            continue
        by_m.setdefault(key, []).append(sh)
    for m, shs in sorted(by_m.items()):
        if m > STATEMENT_LAST:
            continue
        freight = sum(s["chargeable"] * s["rate"] for s in shs if s["departed"]) / fx
        hk_new = st == "HKG" and in_(m, HK_FSC)
        fsc = sum((0.42 * s["chargeable"] if hk_new else FSC * s["actual"]) for s in shs if s["departed"]) / fx
        customs = cfee * len(shs)
        other = sum((300 if s["hold"] else 0) + (800 if s["returned"] else 0) for s in shs) * (cfee / 150)
        amount = round(freight + fsc + customs + other, 2)
        ts = month_end(m) + D(hours=18)
        issued = ts + D(days=U(2, 4))
        sno = f"ST{m.year}{m.month:02d}-{c['customer_id'][2:]}"
        o = dict(order_id=sno, customer_id=c["customer_id"], ts=ts, amount=amount, status="paid", channel="statement",
                 currency=cur, amount_usd=round(amount * fx, 2), order_type="monthly_statement",
                 statement_no=sno, service_month=m.strftime("%Y-%m"), station=city, station_zh=zh,
                 segment=c["segment"], shipments=len(shs), chargeable_kg=round(sum(s["chargeable"] for s in shs), 1),
                 freight_amount=round(freight, 2), fuel_surcharge=round(fsc, 2), customs_fee=round(customs, 2),
                 other_fees=round(other, 2), issued_at=issued, due_date=(issued + D(days=30)).date().isoformat(),
                 paid_at=None, reissue_of=None, credit_terms=c["credit_terms"])
        W.orders.append(o)
        p_disp = 0.035
        reason = None
        if hk_new:
            p_disp = 0.34
        if chance(p_disp):
            reason = "fuel_surcharge" if hk_new and chance(0.9) else pick(
                {"weight": 0.35, "rate_mismatch": 0.3, "duplicate_charge": 0.15, "customs_fee": 0.15,
                 "fuel_surcharge": 0.05})
            dispute(c, o, reason)
        else:
            settle(o, issued)


def settle(o, issued):
    paid = issued + D(days=max(1.0, lognorm(24, 0.35)))
    if paid > END:
        o["status"] = "unpaid"
    elif chance(0.006):
        o["status"] = "unpaid"   # bad debt
    else:
        o["paid_at"] = paid


def dispute(c, o, reason):
    t = office(o["issued_at"] + D(days=U(1, 9)))
    ev(c, t, "tp_statement_dispute", action="submit", statement_no=o["statement_no"], dispute_reason=reason,
       disputed_amount=round(o["amount"] * U(0.05, 0.2), 2), currency=o["currency"], channel="email",
       station=o["station"], station_zh=o["station_zh"])
    if chance(0.6):
        add_feedback(c, "fuel_surcharge" if reason == "fuel_surcharge" else "billing", "ticket" if chance(0.5)
                     else chat_channel(c), t + D(hours=U(0.1, 5)), "tp_statement_dispute")
    days = gamma(19 if reason == "fuel_surcharge" else 10, 3.0)
    t_r = office(t + D(days=days))
    outcome = pick({"upheld": 0.3, "partially_upheld": 0.4, "rejected": 0.3} if reason != "fuel_surcharge" else
                   {"upheld": 0.55, "partially_upheld": 0.35, "rejected": 0.10})
    if t_r > END:
        o["status"] = "disputed"
        return
    ev(c, t_r, "tp_dispute_resolved", action="success", statement_no=o["statement_no"], dispute_reason=reason,
       dispute_outcome=outcome, resolution_days=round(days, 1), channel="email", station=o["station"],
       station_zh=o["station_zh"])
    if outcome == "rejected":
        settle(o, t_r)
        return
    o["status"] = "cancelled"
    new_amt = round(o["amount"] * (U(0.8, 0.9) if outcome == "upheld" else U(0.92, 0.97)), 2)
    fx = STATIONS[c["station"]][4]
    r = dict(o, order_id=o["order_id"] + "-R", amount=new_amt, amount_usd=round(new_amt * fx, 2),
             reissue_of=o["order_id"], issued_at=t_r, paid_at=None, status="paid",
             due_date=(t_r + D(days=30)).date().isoformat())
    r["statement_no"] = r["order_id"]
    W.orders.append(r)
    settle(r, t_r)


# ---------- surveys ----------

SURVEY_Q = [datetime(2024, 9, 10), datetime(2024, 12, 10), datetime(2025, 3, 10), datetime(2025, 6, 10),
            datetime(2025, 9, 10), datetime(2025, 12, 10), datetime(2026, 3, 10)]


def surveys(c):
    if c["signup_at"] is None:
        return
    for s in SURVEY_Q:
        if c["signup_at"] > s - D(days=30) or (c["churn_at"] and c["churn_at"] < s):
            continue
        recent = [sh for sh in c["shipments"] if s - D(days=90) <= sh["t_book"] <= s + D(days=10)]
        if not recent or not chance(0.3):
            continue
        bad = [sh for sh in recent if sh["offloaded"] or sh["hold"] == "battery_docs" or sh["fba_late"] or
               (sh["claim"] and sh["claim"][1] == "rejected")]
        ts = office(s + D(days=U(0, 14)))
        if bad and chance(0.75):
            b = bad[-1]
            topic = ("claim_rejected" if b["claim"] and b["claim"][1] == "rejected" else "offload" if b["offloaded"]
                     else "battery_hold" if b["hold"] == "battery_docs" else "fba_delay")
            nps = pick({0: 0.05, 2: 0.1, 3: 0.15, 4: 0.2, 5: 0.2, 6: 0.2, 7: 0.1})
            rating = 1 if nps <= 2 else (2 if nps <= 5 else 3)
            add_feedback(c, topic, "survey", ts, "tp_survey", rating=rating, nps=nps, sh=b)
            continue
        nps = pick({5: 0.06, 6: 0.1, 7: 0.18, 8: 0.22, 9: 0.24, 10: 0.2})
        if c["segment"] == "electronics_exporter":
            nps = min(10, nps + (1 if chance(0.3) else 0))
        rating = 5 if nps >= 9 else (4 if nps >= 7 else 3)
        if nps >= 9:
            topic = pick({"fast_transit": 0.3, "ops_praise": 0.3, "generic_pos": 0.25, "price_praise": 0.15})
            if any(sh.get("method") == "instant_online" for sh in recent) and chance(0.3):
                topic = "instant_quote"
        elif nps >= 7:
            topic = pick({"generic_pos": 0.5, "generic_neu": 0.5})
        else:
            topic = pick({"generic_neg": 0.6, "quote_slow": 0.4 if c["station"] == "PVG" else 0.1, "tracking": 0.2})
        add_feedback(c, topic, "survey", ts, "tp_survey", rating=rating, nps=nps, sh=recent[-1])


# ---------- static tables ----------

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_website", "官网浏览", "Website visit", "awareness", "web", "digital", "marketing",
     "官网|网站|看运价页|website|site visit|rate page"),
    ("tp_signup", "注册", "Sign-up", "consideration", "web", "digital", "sales",
     "注册账号|新客注册|register|registration|sign up"),
    ("tp_account_approved", "开户审核通过", "Account approved", "consideration", "email", "digital", "credit_control",
     "开户|开户审核|KYC|credit approval|account opening|account approval"),
    ("tp_quote_request", "询价", "Quote request", "consideration", "web", "digital", "sales_desk",
     "询价单|问价|RFQ|quote request|enquiry|rate request|报价请求"),
    ("tp_quote_sent", "报价发出", "Quote sent", "consideration", "email", "digital", "sales_desk",
     "报价|回复报价|出价|quotation|rate quote|quote sent"),
    ("tp_rate_confirm", "运价确认", "Rate confirmation", "purchase", "web", "digital", "sales_desk",
     "确认运价|接受报价|确认报价|rate confirmation|confirm rate|accept quote"),
    ("tp_booking", "订舱", "Booking", "purchase", "web", "digital", "ops",
     "订舱单|订位|book space|booking|space booking|BKG"),
    ("tp_cargo_received", "仓库收货", "Warehouse receiving", "service", "store", "physical", "warehouse",
     "入仓|进仓|收货|送货入仓|receiving|cargo drop-off|warehouse in"),
    ("tp_weighing", "过磅复重", "Weighing", "service", "store", "physical", "warehouse",
     "过磅|复重|称重|量尺寸|weigh|re-weigh|DIM check|weighing"),
    ("tp_customs_declaration", "出口报关", "Export customs declaration", "service", "other", "physical", "customs",
     "报关|报关单|申报|export declaration|customs entry"),
    ("tp_customs_hold", "海关查验扣货", "Customs hold", "service", "other", "physical", "customs",
     "查验|扣货|海关扣留|被海关扣|customs hold|customs inspection|held by customs"),
    ("tp_docs_submitted", "补交资料", "Documents submitted", "service", "email", "digital", "customs",
     "补资料|补单证|提交文件|UN38.3|MSDS|docs submitted"),
    ("tp_customs_release", "海关放行", "Customs release", "service", "other", "physical", "customs",
     "放行|清关放行|报关放行|customs cleared|release|cleared"),
    ("tp_offload", "拉货", "Flight offload", "service", "other", "physical", "ops",
     "被拉货|甩货|拉舱|offloaded|offload|bumped"),
    ("tp_rebooking", "改配航班", "Rebooking", "service", "other", "physical", "ops",
     "改配|转下一班|改航班|rebooked|rebooking|next flight"),
    ("tp_flight_departed", "航班起飞", "Flight departed", "service", "other", "physical", "ops",
     "起飞|装机|走货|departed|DEP|flown"),
    ("tp_arrival", "到港", "Arrival at destination", "service", "other", "physical", "ops",
     "落地|到达目的港|arrived|ARR|landed"),
    ("tp_delivery", "派送交付", "Delivery", "service", "other", "physical", "destination_agent",
     "派送|送达|交货|入FBA仓|delivered|final delivery|last mile"),
    ("tp_pod", "签收回单POD", "Proof of delivery (POD)", "service", "web", "digital", "destination_agent",
     "签收|回单|签收证明|POD|proof of delivery"),
    ("tp_tracking", "货物追踪", "Shipment tracking", "service", "app", "digital", "product",
     "查轨迹|追踪|查件|tracking|track and trace"),
    ("tp_cs_contact", "客服咨询", "Customer service contact", "service", "phone", "digital", "customer_service",
     "客服|咨询|联系客服|customer service|CS|support"),
    ("tp_claim_filed", "理赔申请", "Claim filed", "service", "email", "digital", "claims",
     "索赔|报损|提交理赔|claim|damage claim|file a claim"),
    ("tp_claim_settled", "理赔结案", "Claim settled", "service", "email", "digital", "claims",
     "理赔结果|赔付|结案|claim closed|settlement|claim decision"),
    ("tp_statement_dispute", "账单异议", "Statement dispute", "loyalty", "email", "digital", "finance",
     "对账异议|账单有问题|billing dispute|invoice dispute|statement dispute"),
    ("tp_dispute_resolved", "异议处理完成", "Dispute resolved", "loyalty", "email", "digital", "finance",
     "异议结案|账单更正|dispute closed|credit note"),
    ("tp_account_review", "客户经理回访", "Account manager check-in", "loyalty", "phone", "physical", "sales",
     "回访|拜访|客户拜访|QBR|account review|check-in call"),
    ("tp_survey", "季度满意度调研", "Quarterly survey", "loyalty", "email", "digital", "customer_service",
     "NPS|满意度|问卷|survey|customer survey"),
]

JOURNEYS = [
    ("quote_to_book", "询价到订舱", "Quote to booking",
     ["tp_quote_request", "tp_quote_sent", "tp_rate_confirm", "tp_booking"], 7),
    ("shipment", "订舱到交付", "Booking to delivery",
     ["tp_booking", "tp_cargo_received", "tp_customs_release", "tp_flight_departed", "tp_delivery"], 14),
    ("customs_hold", "查验扣货处理", "Customs hold handling", ["tp_customs_hold", "tp_docs_submitted",
                                                         "tp_customs_release"], 10),
    ("claim", "理赔处理", "Claim handling", ["tp_claim_filed", "tp_claim_settled"], 45),
    ("onboarding", "新客开户到首次询价", "New shipper onboarding",
     ["tp_signup", "tp_account_approved", "tp_quote_request"], 30),
]


def status_of(c):
    if c["signup_at"] is None:
        return "prospect"
    acts = [s["t_book"] for s in c["shipments"]] + c["quotes"]
    last = max(acts) if acts else None
    if c["signup_at"] > END - D(days=120):
        return "new"
    if last is None or last < END - D(days=90):
        return "dormant"
    return "active"


def main(out: Path):
    custs = make_customers()
    # A/B: e-commerce sellers with an account by mid-August 2025
    elig = [c for c in custs if c["segment"] == "ecommerce_seller" and c["signup_at"] is not None
            and c["signup_at"] < datetime(2025, 8, 15)]
    order = sorted(range(len(elig)), key=lambda i: RNG.u())
    for k, i in enumerate(order):
        c = elig[i]
        c["variant"] = "instant_quote" if k % 2 == 0 else "manual_quote"
        W.experiments.append(dict(experiment_id="instant_quote", variant=c["variant"], customer_id=c["customer_id"],
                                  assigned_at=datetime(2025, 9, 1, 0, 0) + D(minutes=int(U(0, 600))),
                                  variant_desc="instant online quote on the web" if c["variant"] == "instant_quote"
                                  else "quote by the sales desk (control)"))
    for c in custs:
        onboarding(c)
        customer_activity(c)
        portal_visits(c)
        account_reviews(c)
        statements(c)
        surveys(c)
    write(out, custs)


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".") if abs(v) < 1e12 else str(v)
    return str(v)


def write_csv(path, cols, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k)) for k in cols])


def write(out: Path, custs):
    out.mkdir(parents=True, exist_ok=True)
    write_csv(out / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind",
                                        "owner", "aliases"],
              [dict(touchpoint_id=t[0], name=f"{t[1]} / {t[2]}", name_zh=t[1], name_en=t[2], stage=t[3],
                    channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=f"{zh} / {en}", journey_name_zh=zh, journey_name_en=en,
                              step=k, touchpoint_id=tp, window_days=win))
    write_csv(out / "journeys.csv", ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"], jrows)
    for c in custs:
        st = STATIONS[c["station"]]
        c.update(region=st[0], home_station=c["station"], country=st[2], account_status=status_of(c))
    write_csv(out / "customers.csv", ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier",
                                      "company_name", "home_station", "country", "account_status", "credit_terms",
                                      "account_manager", "language", "main_goods", "first_contact_at"], custs)
    # events: sorted, ids, a few exact duplicates (the scale re-sent weighing scans)
    evs = sorted(W.events, key=lambda r: (r["ts"], r["customer_id"], r["touchpoint_id"]))
    for i, r in enumerate(evs, 1):
        r["event_id"] = f"E{i:07d}"
    dups = [evs[int(RNG.u() * len(evs))] for _ in range(400)]
    dups = [r for r in dups if r["touchpoint_id"] == "tp_weighing"][:24]
    rows = evs + [dict(r) for r in dups]
    rows.sort(key=lambda r: r["event_id"])
    cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "station",
            "station_zh", "shipment_no", "quote_no", "quote_method", "lane", "dest_airport", "goods_type", "battery",
            "est_kg", "response_minutes", "rate_usd_per_kg", "rate_valid_days", "confirm_hours", "rate_source",
            "airline", "airline_zh", "flight_no", "flight_date", "previous_flight_no", "service_level", "pieces",
            "pieces_received", "declared_kg", "actual_kg", "volumetric_kg", "chargeable_kg", "weight_adjusted",
            "weight_diff_pct", "warehouse", "truck_wait_min", "declaration_no", "declared_value_usd", "hs_chapter",
            "hold_reason", "hold_days", "offload_reason", "delay_hours", "delivery_type", "dest_agent",
            "delivery_days", "pod_hours", "claim_no", "claim_type", "claim_amount_usd", "claim_outcome", "payout_usd",
            "settle_days", "statement_no", "dispute_reason", "disputed_amount", "currency", "dispute_outcome",
            "resolution_days", "contact_channel", "contact_topic", "wait_min", "page", "utm_source", "kyc_days",
            "call_type"]
    write_csv(out / "events.csv", cols, rows)
    write_csv(out / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "channel", "currency",
                                   "amount_usd", "order_type", "statement_no", "service_month", "station",
                                   "station_zh", "segment", "shipments", "chargeable_kg", "freight_amount",
                                   "fuel_surcharge", "customs_fee", "other_fees", "issued_at", "due_date", "paid_at",
                                   "reissue_of", "credit_terms"],
              sorted(W.orders, key=lambda o: (o["ts"], o["order_id"])))
    fb = sorted(W.feedback, key=lambda f: (f["ts"] or datetime(2100, 1, 1), f["feedback_id"]))
    write_csv(out / "feedback.csv", ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                     "nps", "language", "segment", "station", "airline", "shipment_no"], fb)
    write_csv(out / "experiments.csv", ["experiment_id", "variant", "customer_id", "assigned_at", "variant_desc"],
              W.experiments)
    (out / "_truth").mkdir(exist_ok=True)
    write_csv(out / "_truth" / "feedback_truth.csv", ["feedback_id", "topic", "sentiment"], W.truth)
    print(f"customers {len(custs)}, events {len(rows)} ({len(dups)} duplicates), orders {len(W.orders)}, "
          f"feedback {len(W.feedback)}, experiments {len(W.experiments)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python generate.py OUTDIR", file=sys.stderr)
        raise SystemExit(2)
    main(Path(sys.argv[1]))
