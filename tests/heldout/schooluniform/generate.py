"""衿学 Kinross Schoolwear: a school uniform supplier (synthetic, written blind).

Kinross sells school uniforms to parents (online: web shop, app, WeChat mini program; and in its fitting shops) and
to schools under supply contracts, in four English-speaking cities (London, Manchester, Toronto, Sydney) and four
Chinese ones (上海 Shanghai, 深圳 Shenzhen, 杭州 Hangzhou, 南京 Nanjing).

Schools: the partnerships team pitches schools (学校合作洽谈), the school's uniform committee reviews samples
(样衣评审), the school signs a supply contract (学校供货合同: designated supplier, 统一征订 in Chinese public
schools; renewed yearly) and is invoiced each term for its bulk orders (学校账单).
Parents: partner schools pass on our term newsletter (家长通讯: email, WeChat, the school's app, SMS); parents use the
online size guide (尺码指南), book a fitting (试衣预约) and come to a fitting shop (门店试衣), order (下单) online or
in the shop; the warehouse allocates stock (备货配货, sometimes backordered), names and crests are embroidered
(刺绣绣名), the parcel is delivered (快递配送) or collected in a shop (门店自提); wrong sizes are exchanged (换码换货),
some orders returned and refunded (退货退款); before each later term a reorder reminder goes out (开学补购).

Data 2024-06-01 .. 2026-05-31 (extract taken 2026-06-03). Naive local times. Money (orders.amount) is CNY, the group's
reporting currency; currency + amount_local keep what was charged.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (DATA.md CSVs) and OUTDIR/_truth/feedback_truth.csv
(the topic of each comment; not a DATA.md table). Deterministic (seed 20260917), numpy + stdlib.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260917
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 6, 1), datetime(2026, 5, 31, 23, 59, 59)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_school_pitch", "学校合作洽谈", "School partnership pitch", "awareness", "other", "physical",
     "school_partnerships", "学校拜访|校方洽谈|合作洽谈|投标|school visit|partnership meeting|tender pitch|school pitch"),
    ("tp_sample_review", "样衣评审", "Sample review", "consideration", "other", "physical", "school_partnerships",
     "样衣|样品评审|家委会评审|校服评审|sample approval|uniform committee|wear trial|samples"),
    ("tp_school_contract", "学校供货合同", "School supply contract", "purchase", "other", "physical",
     "school_partnerships", "签约|续约|指定供应商|统一征订合同|合作合同|contract|designated supplier|renewal|"
     "supply agreement"),
    ("tp_school_invoice", "学校账单", "School invoice", "service", "email", "digital", "finance",
     "学校付款|对账单|催款|校方账单|invoice|school billing|statement|payment chase"),
    ("tp_newsletter", "家长通讯", "Parent newsletter", "awareness", "email", "digital", "marketing",
     "开学通知|家长信|推文|公众号推送|家长短信|newsletter|term letter|mailer|school app notice"),
    ("tp_size_guide", "尺码指南", "Size guide", "consideration", "web", "digital", "ecommerce",
     "尺码表|选码|量体工具|尺码计算器|size chart|size calculator|sizing tool|size finder"),
    ("tp_fitting_booking", "试衣预约", "Fitting booking", "consideration", "web", "digital", "retail_ops",
     "预约|约试衣|预约量体|booking|appointment booking|fitting slot|book a fitting"),
    ("tp_fitting", "门店试衣", "Fitting appointment", "consideration", "store", "physical", "retail_ops",
     "试穿|到店量体|量尺寸|试衣|fitting|try-on|fitting shop visit|measuring"),
    ("tp_order", "下单", "Order placed", "purchase", "web", "digital", "ecommerce",
     "订购|购买|结账|买校服|order|checkout|purchase|buy"),
    ("tp_stock_allocation", "备货配货", "Stock allocation", "service", "other", "digital", "warehouse",
     "配货|库存|缺货|分拣|allocation|picking|backorder|stock"),
    ("tp_embroidery", "刺绣绣名", "Embroidery", "service", "other", "physical", "production",
     "绣名字|绣校徽|绣字|个性化定制|embroidery|name embroidery|crest|personalisation"),
    ("tp_delivery", "快递配送", "Delivery", "service", "other", "physical", "logistics",
     "发货|物流|送货|快递|delivery|shipping|courier|parcel"),
    ("tp_store_pickup", "门店自提", "Store pickup", "service", "store", "physical", "retail_ops",
     "自提|到店取货|取件|click and collect|pickup|collection"),
    ("tp_exchange", "换码换货", "Size exchange", "service", "store", "physical", "customer_service",
     "换尺码|换大一码|调换|换货|exchange|size swap|swap|change size"),
    ("tp_return_refund", "退货退款", "Return & refund", "service", "web", "digital", "customer_service",
     "退货|退款|退钱|return|refund|money back"),
    ("tp_reorder", "开学补购", "Term-start reorder", "loyalty", "email", "digital", "marketing",
     "补购|返校季|复购|再买|reorder|back to school|top-up order|repeat order"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("school_partnership", "学校合作签约", "School partnership", 120,
     ["tp_school_pitch", "tp_sample_review", "tp_school_contract"]),
    ("newsletter_to_order", "家长通讯到下单", "Newsletter to order", 30,
     ["tp_newsletter", "tp_size_guide", "tp_order"]),
    ("fitting_to_order", "预约试衣到下单", "Fitting to order", 21,
     ["tp_fitting_booking", "tp_fitting", "tp_order"]),
]

# city: zh, lang, currency, CNY per unit, region, region_zh, parent weight, stores, carriers, warehouse
CITIES = {
    "London": ("伦敦", "en", "GBP", 9.1, "UK", "英国", 0.15, ["Kensington", "Croydon"], ["Royal Mail", "DPD"],
               "UK DC"),
    "Manchester": ("曼彻斯特", "en", "GBP", 9.1, "UK", "英国", 0.09, ["Didsbury"], ["Royal Mail", "DPD"], "UK DC"),
    "Toronto": ("多伦多", "en", "CAD", 5.2, "Canada", "加拿大", 0.10, ["North York"], ["Canada Post", "Purolator"],
                "Toronto DC"),
    "Sydney": ("悉尼", "en", "AUD", 4.7, "Australia", "澳大利亚", 0.12, ["Chatswood", "Parramatta"],
               ["Australia Post", "Sendle"], "Sydney DC"),
    "Shanghai": ("上海", "zh", "CNY", 1.0, "East China", "华东", 0.18, ["徐汇店", "浦东店"], ["顺丰", "中通"], "华东仓"),
    "Shenzhen": ("深圳", "zh", "CNY", 1.0, "South China", "华南", 0.13, ["南山店"], ["顺丰", "中通"], "华南仓"),
    "Hangzhou": ("杭州", "zh", "CNY", 1.0, "East China", "华东", 0.12, ["西湖店"], ["顺丰", "中通"], "华东仓"),
    "Nanjing": ("南京", "zh", "CNY", 1.0, "East China", "华东", 0.11, ["鼓楼店"], ["顺丰", "中通"], "华东仓"),
}
CITY_NAMES = list(CITIES)
CITY_W = np.array([CITIES[c][6] for c in CITY_NAMES])
CITY_W = CITY_W / CITY_W.sum()
CARRIER_EN = {"顺丰": "SF Express", "中通": "ZTO Express"}
LATE_P = {"Royal Mail": 0.10, "DPD": 0.05, "Canada Post": 0.11, "Purolator": 0.06, "Australia Post": 0.09,
          "Sendle": 0.08, "顺丰": 0.04, "中通": 0.25}
TRANSIT = {"Royal Mail": (2, 3), "DPD": (1, 2), "Canada Post": (3, 5), "Purolator": (2, 3), "Australia Post": (3, 5),
           "Sendle": (3, 5), "顺丰": (1, 2), "中通": (2, 4)}

# term starts: (date, main intake?)
UK_T = [(date(2024, 9, 4), True), (date(2025, 1, 6), False), (date(2025, 4, 22), False), (date(2025, 9, 3), True),
        (date(2026, 1, 5), False), (date(2026, 4, 20), False)]
TERMS = {
    "London": UK_T, "Manchester": UK_T,
    "Toronto": [(date(2024, 9, 3), True), (date(2025, 1, 6), False), (date(2025, 9, 2), True),
                (date(2026, 1, 5), False)],
    "Sydney": [(date(2024, 7, 15), False), (date(2025, 2, 4), True), (date(2025, 7, 21), False),
               (date(2026, 2, 3), True)],
}
for _c in ("Shanghai", "Shenzhen", "Hangzhou", "Nanjing"):
    TERMS[_c] = [(date(2024, 9, 1), True), (date(2025, 2, 17), False), (date(2025, 9, 1), True),
                 (date(2026, 3, 2), False)]

SCHOOL_TYPE = {"public": "公立", "private": "私立", "international": "国际"}
STAGE = {"primary": "小学", "secondary": "中学", "through": "九年一贯"}
CUST_TYPE = {"parent": "家长", "school": "学校"}
PRODUCTS = {  # category: zh, (GBP, CAD, AUD, CNY)
    "blazer": ("西装外套", (39.0, 79.0, 89.0, 320.0)),
    "jumper": ("针织毛衣", (17.5, 35.0, 42.0, 150.0)),
    "shirt": ("衬衫", (9.5, 19.0, 22.0, 80.0)),
    "polo": ("polo衫", (8.5, 17.0, 19.0, 70.0)),
    "trousers": ("长裤", (14.0, 29.0, 35.0, 110.0)),
    "skirt": ("半身裙", (16.0, 32.0, 38.0, 120.0)),
    "pe_kit": ("体育服", (22.0, 45.0, 49.0, 180.0)),
    "tracksuit": ("运动校服", (30.0, 60.0, 65.0, 260.0)),
    "summer_dress": ("夏季连衣裙", (18.0, 36.0, 42.0, 130.0)),
    "tie": ("领带", (6.0, 12.0, 14.0, 35.0)),
}
CUR_IDX = {"GBP": 0, "CAD": 1, "AUD": 2, "CNY": 3}
EMB_FEE = {"GBP": 4.5, "CAD": 8.0, "AUD": 8.0, "CNY": 15.0}
EXCH_POST = {"GBP": 3.95, "CAD": 7.0, "AUD": 7.95, "CNY": 12.0}
EMB_TYPE = {"name": "绣名字", "crest": "校徽", "name_and_crest": "名字+校徽"}
EXCH_REASON = {"too_small": "偏小", "too_large": "偏大", "wrong_item": "发错货", "defect": "质量问题"}
RETURN_REASON = {"no_longer_needed": "不需要了", "changed_school": "转学", "arrived_too_late": "到货太晚",
                 "quality_issue": "质量问题", "wrong_item": "发错货"}
ORDER_TYPE = {"parent_order": "家长订单", "embroidery_fee": "刺绣费", "exchange": "换货单",
              "school_invoice": "学校账单"}
NOSHOW_P = {"Toronto": 0.26}
FITTERS = {
    "Kensington": ["Emma", "Olivia", "Grace"], "Croydon": ["Sophie", "Aisha"], "Didsbury": ["Chloe", "Megan"],
    "North York": ["Jasmine", "Priya", "Nicole"], "Chatswood": ["Ella", "Mia"], "Parramatta": ["Zara", "Ruby"],
    "徐汇店": ["小王", "小李", "小陈"], "浦东店": ["小张", "小周"], "南山店": ["小林", "小黄"], "西湖店": ["小吴", "小郑"],
    "鼓楼店": ["小孙", "小马"],
}
PARTNER_MGR = {"en": ["Rachel Hughes", "Tom Fletcher", "Dana Brooks", "Liam O'Connor"],
               "zh": ["周静", "林海", "许婷", "曹磊"]}
SCHOOL_NAMES = {
    "London": ["St Aldhelm's Primary", "Highgate Green Academy", "Riverside Grammar", "Camden Fields School",
               "Holland Park Prep", "Southbank International", "Greenwich Hill Academy", "Kingsway Primary",
               "Notting Vale School", "Clapham Common Academy", "Hampstead Heath Prep", "Eltham Park School",
               "Wandle Valley Academy", "Putney Bridge School"],
    "Manchester": ["Didsbury Primary", "Chorlton High", "Salford Quays Academy", "Withington Grammar",
                   "Sale Moor School", "Heaton Park Academy", "Manchester International Prep", "Fallowfield Primary",
                   "Stretford Academy"],
    "Toronto": ["North York Collegiate", "Leslieville Public School", "St. Clement's Catholic School",
                "Rosedale Day School", "Don Mills Academy", "Toronto International Academy", "High Park PS",
                "Scarborough Village School", "Etobicoke Prep", "Danforth Collegiate"],
    "Sydney": ["Chatswood Public School", "North Shore Grammar", "Parramatta High", "St Mary's College Sydney",
               "Bondi Beach Primary", "Sydney International School", "Ryde Secondary College", "Manly Vale Public",
               "Strathfield Girls High", "Epping Boys High", "Hornsby Prep"],
    "Shanghai": ["徐汇区实验小学", "浦东新区第二中学", "上海协和国际学校", "静安区华山路小学", "闵行区七宝中学", "长宁区天山初级中学",
                 "上海平和双语学校", "杨浦区控江中学", "黄浦区卢湾一中心小学", "普陀区曹杨二中", "上海外国语大学附属外国语学校",
                 "宝山区行知中学", "浦东新区明珠小学", "上海世界外国语学校"],
    "Shenzhen": ["南山实验教育集团", "深圳中学", "福田区荔园小学", "深圳国际交流学院", "罗湖区翠竹小学", "宝安中学", "深圳南山外国语学校",
                 "龙岗区平冈中学", "深圳市红岭中学", "深圳万科双语学校"],
    "Hangzhou": ["杭州学军小学", "杭州第二中学", "杭州外国语学校", "西湖区文一街小学", "杭州惠立学校", "拱墅区卖鱼桥小学",
                 "滨江区江南实验学校", "杭州长河高级中学", "余杭区未来科技城第一小学"],
    "Nanjing": ["南京师范大学附属中学", "鼓楼区琅琊路小学", "南京外国语学校", "南京国际学校", "建邺区新城小学", "南京市金陵中学",
                "玄武区北京东路小学", "秦淮区游府西街小学", "南京市第一中学"],
}

# ---------------------------------------------------------------- feedback texts (markers in MARKERS; gold.py)
FB = {
    "runs_small": {
        "zh": ["按尺码表选的长裤偏小，孩子根本穿不上，尺码偏小太多", "尺码指南说选140，结果尺码偏小，只能换大一号",
               "尺码偏小！按网上量体工具选的，裙子腰围紧", "你们的尺码表是不是有问题？尺码偏小一整码",
               "尺码偏小，建议在尺码表上写清楚要选大一码"],
        "en": ["The size chart runs small - ordered age 9 trousers and they barely fit my 7 year old",
               "Followed the size guide exactly and the skirt runs small at the waist",
               "Your sizing runs small, please fix the chart or tell people to size up",
               "Trousers run small compared with the measurements on the guide",
               "Size guide said 30\" waist, trousers run small by at least an inch"],
    },
    "embroidery": {
        "zh": ["刺绣绣名字等了快三周，开学第一天孩子没有校服穿", "刺绣拖了这么久，早知道不绣名字了", "校徽刺绣歪了，还得返工",
               "刺绣一直显示处理中，客服也说不清什么时候好", "开学了衣服还在刺绣，太耽误事"],
        "en": ["The name embroidery took three weeks, my son started school in his old jumper",
               "Still waiting on embroidery - the school starts on Wednesday!",
               "Embroidery delayed again and nobody tells us why",
               "The crest embroidery came out crooked and had to be redone",
               "Paid extra for embroidery and it held up the whole order"],
    },
    "late_delivery": {
        "zh": ["快递说三天到，一个星期了还没收到", "物流一直不更新，包裹还没收到", "中通送了五天还没收到，开学要用的",
               "下单十天了还没收到，催了两次"],
        "en": ["Parcel still hasn't arrived, tracking stuck for four days",
               "Delivery was promised in 2-3 days, it hasn't arrived after a week",
               "Order hasn't arrived and school starts Monday",
               "Courier says delivered but it hasn't arrived"],
    },
    "out_of_stock": {
        "zh": ["西装外套缺货，等了两周才发", "下单后才说缺货，早说就去别家买了", "开学季缺货太严重，毛衣一直没货",
               "缺货也不提前通知，只能干等"],
        "en": ["Blazer was out of stock and it took two weeks to come in",
               "Only told after paying that the jumper was out of stock",
               "Everything in my son's size is out of stock again",
               "Out of stock for the third week running - when is the blazer back?"],
    },
    "queue": {
        "zh": ["预约了还要排队四十分钟", "门店排队太久，孩子都等烦了", "开学前试衣排队一个多小时，预约没什么用"],
        "en": ["We had a booking and still queued for 45 minutes",
               "The queue at the fitting shop was out the door, booking made no difference",
               "Long queue even with an appointment, the kids were exhausted"],
    },
    "refund_slow": {
        "zh": ["退款两周了还没到账", "退货寄回去这么久，退款还没处理", "门店退的货，退款到现在没到账"],
        "en": ["Returned the items two weeks ago and still no refund",
               "Refund is taking forever, the shop said 3-5 days",
               "Still waiting for my refund after returning in store"],
    },
    "pilling": {
        "zh": ["毛衣洗了两次就起球了", "裤子穿一个月膝盖起球", "面料一般，起球严重"],
        "en": ["The jumper started pilling after two washes", "Trousers are already pilling at the knees",
               "Fabric pilling badly after a month"],
    },
    "too_expensive": {
        "zh": ["一套下来一千多，太贵了", "校服太贵，比超市的贵一倍", "体育服太贵了"],
        "en": ["Too expensive for what it is", "The blazer is too expensive compared with the supermarket ones",
               "Way too expensive when you have three kids at the school"],
    },
    "staff_praise": {
        "zh": ["试衣的店员特别耐心，帮孩子一件件试", "{fitter}很耐心，量得很仔细", "店员耐心又专业，五星"],
        "en": ["{fitter} was so patient with my daughter, thank you", "Very patient fitter, took her time with sizes",
               "Staff were patient and friendly even on a busy Saturday"],
    },
    "school_billing": {
        "zh": ["账单明细和征订名单对不上，请重新开票", "发票抬头又开错了", "对账太麻烦，希望按班级出明细"],
        "en": ["The invoice doesn't match our order list, please reissue",
               "Invoice sent to the wrong contact again", "Please split the invoice by year group"],
    },
    "pos": {
        "zh": ["质量不错，孩子穿着舒服", "下单方便，到货快", "整体满意", "比去年的供应商好多了", "面料挺好的"],
        "en": ["Good quality and quick delivery", "Easy to order, arrived fast", "Happy overall",
               "Much better than the old uniform shop", "Nice fabric, washes well"],
    },
    "neu": {
        "zh": ["请问秋季款什么时候上架", "可以改收货地址吗", "还行吧", "希望增加小程序付款方式", "二手校服可以回收吗"],
        "en": ["When does the winter range come in?", "Can I change my delivery address?", "It's ok",
               "Do you do second-hand uniform buy-back?", "Please add Apple Pay"],
    },
    "neg": {
        "zh": ["客服回复太慢", "体验一般，不太满意", "沟通很麻烦", "下次不会再买了"],
        "en": ["Customer service is slow to reply", "Not impressed", "Disappointing experience", "Won't order again"],
    },
}
NO_COMMENT = {"zh": "（无评论）", "en": "(no comment)"}
MARKERS = {"runs_small": ["尺码偏小", "runs small", "run small"], "embroidery": ["刺绣", "embroidery"],
           "late_delivery": ["还没收到", "hasn't arrived"], "out_of_stock": ["缺货", "out of stock"],
           "queue": ["排队", "queue"], "refund_slow": ["退款", "refund"], "pilling": ["起球", "pilling"],
           "too_expensive": ["太贵", "too expensive"], "staff_praise": ["耐心", "patient"],
           "school_billing": ["账单", "开票", "发票", "对账", "invoice"]}


def _check_markers():
    for topic, langs in FB.items():
        for lang, texts in langs.items():
            for t in texts + [NO_COMMENT[lang]]:
                hits = [k for k, ws in MARKERS.items() if any(w.lower() in t.lower() for w in ws)]
                want = [topic] if topic in MARKERS and t != NO_COMMENT[lang] else []
                assert hits == want, (topic, t, hits)


# ---------------------------------------------------------------- state and helpers
EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
TRUTH: list[dict] = []
CUSTOMERS: list[dict] = []
_ids: dict[str, int] = {}


def nid(kind, width=7):
    _ids[kind] = _ids.get(kind, 0) + 1
    return f"{kind}{_ids[kind]:0{width}d}"


def pick(items, p=None):
    if p is None:
        return items[int(rng.integers(len(items)))]
    r, acc = rng.random() * sum(p), 0.0
    for it, w in zip(items, p):
        acc += w
        if r < acc:
            return it
    return items[-1]


def tfmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def at(day, lo_h, hi_h):
    d = datetime(day.year, day.month, day.day)
    return d + D(seconds=int(rng.integers(int(lo_h * 3600), int(hi_h * 3600))))


def dt(d: date) -> datetime:
    return datetime(d.year, d.month, d.day)


def in_data(ts):
    return START <= ts <= END


def ev(c, ts, tp, action, **kw):
    if not in_data(ts):
        return None
    row = dict(event_id=nid("E", 7), customer_id=c["customer_id"], ts=tfmt(ts), touchpoint_id=tp, action=action,
               city=c["city"])
    row.update({k: v for k, v in kw.items() if v is not None})
    EVENTS.append(row)
    return row


def say(topic, lang, fitter=None):
    t = pick(FB[topic][lang])
    return t.format(fitter=fitter or ("店员" if lang == "zh" else "The fitter"))


def fb(c, ts, topic, channel, tp="", rating=None, nps=None, text=None, fitter=None, **kw):
    if ts is not None and not in_data(ts):
        return None
    lang = c["preferred_language"]
    if rating == "app":
        rating = int(pick([1, 2, 3], [0.35, 0.45, 0.2])) if channel == "app_review" else None
    if text is None:
        text = say(topic, lang, fitter)
    fid = nid("FB", 6)
    row = dict(feedback_id=fid, ts=tfmt(ts) if ts is not None else "", customer_id=c["customer_id"],
               touchpoint_id=tp or "", channel=channel, rating="" if rating is None else rating,
               nps="" if nps is None else nps, text=text, language=lang, city=c["city"],
               customer_type=c["customer_type"])
    row.update(kw)
    FEEDBACK.append(row)
    TRUTH.append(dict(feedback_id=fid, topic=topic if (topic in MARKERS and text not in NO_COMMENT.values())
                      else "generic"))
    return row


def money(c, local):
    return round(local * CITIES[c["city"]][3], 2)


def order(c, ts, kind, local, status="paid", **kw):
    if not in_data(ts):
        return None
    cur = CITIES[c["city"]][2]
    row = dict(order_id=nid("O", 7), customer_id=c["customer_id"], ts=tfmt(ts), amount=money(c, local),
               status=status, order_type=kind, 订单类型=ORDER_TYPE[kind], city=c["city"], currency=cur,
               amount_local=round(local, 2))
    row.update({k: v for k, v in kw.items() if v is not None})
    ORDERS.append(row)
    return row


# ---------------------------------------------------------------- schools
class School:
    def __init__(self, name, city, stype, stage, pupils):
        self.name, self.city, self.stype, self.stage, self.pupils = name, city, stype, stage, pupils
        self.contract_start: datetime | None = None
        self.contract_end: datetime | None = None   # None = still running
        self.c: dict | None = None

    def partner_at(self, t):
        return self.contract_start is not None and self.contract_start <= t and (
            self.contract_end is None or t < self.contract_end)


def new_customer(ctype, city, signup, lang, acq, school: School, **kw):
    cz = CITIES[city]
    c = dict(customer_id=nid("P" if ctype == "parent" else "S", 6), signup_at=tfmt(signup), segment="",
             region=cz[4], 区域=cz[5], city=city, 城市=cz[0], acquisition_channel=acq, tier="",
             customer_type=ctype, 客户类型=CUST_TYPE[ctype], school_name=school.name,
             school_type=school.stype, 学校类型=SCHOOL_TYPE[school.stype], school_stage=school.stage,
             学段=STAGE[school.stage], preferred_language=lang)
    c.update(kw)
    CUSTOMERS.append(c)
    return c


def make_schools():
    schools = []
    for city, names in SCHOOL_NAMES.items():
        zh = CITIES[city][1] == "zh"
        for n in names:
            low = n.lower()
            if "international" in low or "国际" in n or "双语" in n or "协和" in n or "惠立" in n or "交流学院" in n:
                st = "international"
            elif any(w in low for w in ("prep", "grammar", "day school", "college", "st ")) or \
                    any(w in n for w in ("外国语", "平和", "万科")):
                st = "private"
            else:
                st = "public"
            if "小学" in n or "primary" in low or "public school" in low or " ps" in low or "prep" in low:
                stage = "primary"
            elif any(w in n for w in ("集团", "外国语", "双语", "国际", "协和", "惠立", "实验学校")) or \
                    "international" in low:
                stage = "through"
            else:
                stage = "secondary"
            pupils = int(rng.integers(900, 2600)) if zh else int(rng.integers(350, 1500))
            schools.append(School(n, city, st, stage, pupils))
    return schools


def school_side(schools):
    """pre-period partners, in-period pitches (pitch -> sample review -> contract), renewals and invoices."""
    idx = rng.permutation(len(schools))
    n_pre = 44
    pre = [schools[i] for i in idx[:n_pre]]
    pitched = [schools[i] for i in idx[n_pre:n_pre + 58]]
    for s in pre:
        s.contract_start = dt(date(2022, 6, 1)) + D(days=int(rng.integers(0, 700)))
        s.contract_start = s.contract_start.replace(hour=10)
        lang = CITIES[s.city][1]
        s.c = new_customer("school", s.city, s.contract_start - D(days=int(rng.integers(60, 200))), lang,
                           pick(["tender", "referral", "outbound"], [0.4, 0.3, 0.3]), s,
                           pupils=s.pupils, partner_manager=pick(PARTNER_MGR[lang]),
                           contract_start=s.contract_start.date().isoformat())
    for s in pitched:
        lang = CITIES[s.city][1]
        t0 = at(date(2024, 6, 3) + D(days=int(rng.integers(0, 680))), 9, 16)
        while t0.weekday() >= 5:
            t0 += D(days=1)
        acq = pick(["outbound", "tender", "referral", "parent_request"], [0.45, 0.2, 0.2, 0.15])
        s.c = new_customer("school", s.city, t0, lang, acq, s, pupils=s.pupils,
                           partner_manager=pick(PARTNER_MGR[lang]), contract_start="")
        c = s.c
        incumbent = pick(["local_shop", "other_supplier", "none"], [0.4, 0.45, 0.15])
        p_sample = {"public": 0.50, "private": 0.72, "international": 0.78}[s.stype]
        if acq == "tender":
            p_sample = min(0.9, p_sample + 0.15)
        if rng.random() > p_sample:
            ev(c, t0, "tp_school_pitch", "declined", channel="visit", incumbent_supplier=incumbent,
               partner_manager=c["partner_manager"], pitch_type="tender" if acq == "tender" else "visit")
            continue
        ev(c, t0, "tp_school_pitch", "meeting", channel="visit", incumbent_supplier=incumbent,
           partner_manager=c["partner_manager"], pitch_type="tender" if acq == "tender" else "visit")
        t1 = at((t0 + D(days=int(rng.integers(12, 45)))).date(), 9, 17)
        res = pick(["approved", "changes_requested", "rejected"], [0.55, 0.3, 0.15])
        ev(c, t1, "tp_sample_review", res, channel="visit", samples_shown=int(rng.integers(6, 20)),
           committee="parents_committee" if s.stype == "public" else "school_board",
           wear_trial_pupils=int(rng.integers(0, 40)))
        if res == "changes_requested":
            t1 = at((t1 + D(days=int(rng.integers(14, 35)))).date(), 9, 17)
            res = pick(["approved", "rejected"], [0.6, 0.4])
            ev(c, t1, "tp_sample_review", res, channel="visit", samples_shown=int(rng.integers(3, 8)),
               committee="parents_committee" if s.stype == "public" else "school_board",
               wear_trial_pupils=int(rng.integers(0, 40)))
        if res == "rejected" or rng.random() > 0.8:
            continue
        t2 = at((t1 + D(days=int(rng.integers(10, 50)))).date(), 10, 17)
        if not in_data(t2):
            continue
        s.contract_start = t2
        c["contract_start"] = t2.date().isoformat()
        ev(c, t2, "tp_school_contract", "signed", channel="visit", contract_no=nid("SC", 4), term_months=12,
           commission_pct=int(pick([0, 5, 8, 10], [0.3, 0.3, 0.2, 0.2])), partner_manager=c["partner_manager"])
    # renewals at each anniversary; invoices each term while under contract
    for s in pre + pitched:
        if s.contract_start is None:
            continue
        c = s.c
        k = 1
        while True:
            t = s.contract_start + D(days=365 * k - int(rng.integers(10, 40)))
            if t > END:
                break
            p = {"public": 0.80, "private": 0.90, "international": 0.93}[s.stype]
            if t >= START:
                ok = rng.random() < p
                ev(c, t.replace(hour=11), "tp_school_contract", "renewed" if ok else "not_renewed", channel="visit",
                   contract_no=nid("SC", 4), term_months=12, partner_manager=c["partner_manager"],
                   not_renewed_reason=None if ok else pick(["price", "quality", "parent_complaints",
                                                            "switched_supplier"], [0.35, 0.2, 0.3, 0.15]))
                if not ok:
                    s.contract_end = s.contract_start + D(days=365 * k)
                    break
            k += 1
        for d0, main in TERMS[s.city]:
            t = at(d0 - D(days=int(rng.integers(5, 25))), 9, 17)
            if not s.partner_at(t) or not in_data(t):
                continue
            cur = CITIES[s.city][2]
            if cur == "CNY" and s.stype == "public":
                local = s.pupils / (5 if main else 12) * float(rng.uniform(380, 520))   # 统一征订
                kind_desc = "bulk_order"
            else:
                local = (float(rng.uniform(2500, 14000)) if main else float(rng.uniform(800, 4000)))
                if cur == "CNY":
                    local *= 8.5
                kind_desc = pick(["pe_kit_bulk", "sports_team_kit", "staff_uniform", "uniform_bank"])
            inv_no = nid("INV", 5)
            terms_days = 30 if cur != "CNY" else 45
            due = t + D(days=terms_days)
            p_late = {"public": 0.38, "private": 0.10, "international": 0.06}[s.stype]
            r = rng.random()
            extract = datetime(2026, 6, 3)
            if r < p_late:
                days = terms_days + int(rng.integers(5, 70))
                action = "paid_late"
            elif r < p_late + (0.07 if s.stype == "public" else 0.02):
                days, action = None, "overdue"
            else:
                days, action = int(rng.integers(5, terms_days)), "paid"
            if days is not None and t + D(days=days) > extract:
                days, action = None, ("open" if due > extract else "overdue")
            elif days is None and due > extract:
                action = "open"
            o = order(c, t, "school_invoice", local, status="paid" if days is not None else "unpaid", channel="b2b",
                      invoice_no=inv_no, school_name=s.name, invoice_kind=kind_desc, payment_terms_days=terms_days)
            ev(c, t, "tp_school_invoice", action, channel="email", invoice_no=inv_no, order_id=o["order_id"],
               amount_cny=o["amount"], payment_terms_days=terms_days, days_to_pay=days, invoice_kind=kind_desc)
        # school feedback: yearly account review (paper forms partly undated), billing emails
        for yr in (2024, 2025):
            t = at(date(yr, 7, 1) + D(days=int(rng.integers(0, 20))), 9, 17)
            if not s.partner_at(t):
                continue
            topic = pick(["pos", "school_billing", "late_delivery", "neu", "neg", "embroidery"],
                         [0.35, 0.25 if s.stype == "public" else 0.12, 0.08, 0.15, 0.07, 0.05])
            tp = {"school_billing": "tp_school_invoice", "late_delivery": "tp_delivery",
                  "embroidery": "tp_embroidery"}.get(topic, "")
            r = int(pick([3, 4, 5], [0.2, 0.45, 0.35])) if topic in ("pos", "neu") else int(pick([1, 2, 3],
                                                                                                   [0.2, 0.5, 0.3]))
            fb(c, None if rng.random() < 0.45 else t, topic, "school_review", tp, rating=r)
            if s.stype == "public" and rng.random() < 0.5:
                fb(c, at(date(yr, 10, 1) + D(days=int(rng.integers(0, 60))), 9, 17), "school_billing", "email",
                   "tp_school_invoice")
    return schools


# ---------------------------------------------------------------- parents
def basket(c, school: School, reorder=False):
    cur = CITIES[c["city"]][2]
    zh = cur == "CNY"
    kids = c["children"]
    items = []
    for _ in range(kids):
        if reorder:
            cats = list(rng.choice(["jumper", "shirt", "polo", "trousers", "skirt", "pe_kit", "tracksuit"] if zh
                                   else ["jumper", "shirt", "polo", "trousers", "skirt", "pe_kit", "blazer"],
                                   size=int(rng.integers(1, 4)), replace=False))
            items += [(k, 1) for k in cats if not (zh and k == "pe_kit") and not (not zh and k == "tracksuit")]
            continue
        if zh:
            if school.stype == "public":
                items += [("tracksuit", 2), ("polo", 2)]
                if rng.random() < 0.4:
                    items.append(("trousers", 1))
            else:
                items += [("blazer", 1), ("shirt", 2), ("polo", 2), (pick(["trousers", "skirt"]), 2),
                          ("tracksuit", 1)]
                if rng.random() < 0.5:
                    items.append(("jumper", 1))
        else:
            if school.stype != "public" or rng.random() < 0.5:
                items.append(("blazer", 1))
            if rng.random() < 0.7:
                items.append(("jumper", 1))
            items.append(("shirt" if rng.random() < 0.6 else "polo", 2))
            items.append((pick(["trousers", "skirt"]), int(rng.integers(1, 3))))
            if rng.random() < 0.7:
                items.append(("pe_kit", 1))
            if c["city"] == "Sydney" and rng.random() < 0.5:
                items.append(("summer_dress", 1))
            if rng.random() < 0.4:
                items.append(("tie", 1))
    if not items:
        items = [("polo", 1)]
    local = sum(PRODUCTS[k][1][CUR_IDX[cur]] * q for k, q in items)
    return items, local


class Parent:
    def __init__(self, c, school):
        self.c, self.school = c, school
        self.orders = 0
        self.bad = 0.0
        self.last_order: datetime | None = None
        self.exp: list[str] = []
        self.hist: list[tuple[datetime, str]] = []     # (when, what went wrong) for the NPS waves
        self.order_ts: list[datetime] = []


def device_for(channel, zh):
    if channel == "store":
        return None
    if channel == "web":
        return pick(["pc", "ios", "android"], [0.5, 0.28, 0.22])
    return pick(["ios", "android"], [0.45, 0.55] if zh else [0.6, 0.4])


def place_order(p: Parent, t, channel, via, reorder=False, store=None, session=None, device=None):
    """an order and everything after it. via: size_guide (online, sized by the chart), fitting (sized by a fitter),
    reorder, walk_in."""
    c, s = p.c, p.school
    cur = CITIES[c["city"]][2]
    zh = cur == "CNY"
    if not in_data(t):
        return
    items, local = basket(c, s, reorder)
    n_items = sum(q for _, q in items)
    cats = [k for k, _ in items]
    # embroidery
    p_emb = (0.35 if zh else 0.58) * (0.6 if reorder else 1.0)
    emb = rng.random() < p_emb
    emb_items = min(n_items, int(rng.integers(1, 6))) if emb else 0
    emb_type = pick(list(EMB_TYPE), [0.6, 0.15, 0.25]) if emb else None
    # fulfilment
    if channel == "store":
        fulfil = "carry_out"
    else:
        fulfil = "delivery" if rng.random() < 0.75 else "pickup"
    if device is None:
        device = device_for(channel, zh)
    o = order(c, t, "parent_order", local, channel=channel, device=device, order_kind="reorder" if reorder else "first",
              items=n_items, categories="|".join(sorted(set(cats))), school_name=s.name,
              embroidery="yes" if emb else "no", fulfilment=fulfil, store=store)
    if o is None:
        return
    p.orders += 1
    p.last_order = t
    p.order_ts.append(t)
    ev(c, t, "tp_order", "placed", channel=channel, device=device, session_id=session, order_id=o["order_id"],
       order_kind="reorder" if reorder else "first", items=n_items, amount_cny=o["amount"],
       sized_by=via, store=store, school_name=s.name)
    if emb:
        ef = order(c, t + D(seconds=5), "embroidery_fee", EMB_FEE[cur] * emb_items, channel=channel, device=device,
                   parent_order_id=o["order_id"], embroidered_items=emb_items, embroidery_type=emb_type)
    else:
        ef = None
    # stock allocation
    ta = t + D(hours=float(rng.uniform(2, 30)))
    peak = ta.month in ((1, 2) if c["city"] == "Sydney" else (7, 8, 9)) or (zh and ta.month == 2)
    p_bo = 0.0
    short = None
    for k in sorted(set(cats)):
        base = {"blazer": 0.17, "jumper": 0.07}.get(k, 0.025) if peak else {"blazer": 0.05}.get(k, 0.012)
        if rng.random() < base and short is None:
            short = k
    wh = CITIES[c["city"]][9]
    if short:
        bo_days = int(rng.integers(5, 22)) if short == "blazer" else int(rng.integers(3, 12))
        ev(c, ta, "tp_stock_allocation", "backorder", channel="warehouse", order_id=o["order_id"], warehouse=wh,
           short_category=short, 缺货品类=PRODUCTS[short][0], backorder_days=bo_days)
        p.bad += 1
        p.exp.append("out_of_stock")
        p.hist.append((ta, "other"))
        if bo_days > 14 and rng.random() < 0.3:
            o["status"] = "cancelled"
            if ef:
                ef["status"] = "cancelled"
            if rng.random() < 0.45:
                fb(c, ta + D(days=bo_days - 3), "out_of_stock", "email" if not zh else "wechat",
                   "tp_stock_allocation")
            return
        ready = ta + D(days=bo_days)
    else:
        ev(c, ta, "tp_stock_allocation", "allocated", channel="warehouse", order_id=o["order_id"], warehouse=wh)
        ready = ta
    # embroidery
    emb_late = 0
    if emb:
        te = ready + D(hours=float(rng.uniform(20, 70)))
        m = (te.year, te.month)
        p_delay = 0.50 if m == (2025, 8) else (0.12 if te.month in (7, 8, 9, 1, 2) else 0.05)
        if c["city"] == "Sydney" and m == (2025, 8):
            p_delay = 0.12
        if zh and m == (2025, 8):
            p_delay = 0.47
        r = rng.random()
        if r < p_delay:
            emb_late = int(rng.integers(4, 18)) if m == (2025, 8) else int(rng.integers(2, 9))
            ev(c, te, "tp_embroidery", "delayed", channel="workshop", order_id=o["order_id"],
               embroidery_type=emb_type, 刺绣类型=EMB_TYPE[emb_type], items_embroidered=emb_items,
               days_late=emb_late)
            p.bad += 1.2
            p.exp.append("embroidery")
            p.hist.append((te, "emb"))
            if rng.random() < 0.3:
                fb(c, te + D(days=float(rng.uniform(1, max(2, emb_late)))), "embroidery",
                   "wechat" if zh else pick(["email", "call_note"]), "tp_embroidery")
        elif r < p_delay + 0.02:
            emb_late = int(rng.integers(3, 7))
            ev(c, te, "tp_embroidery", "error", channel="workshop", order_id=o["order_id"], embroidery_type=emb_type,
               刺绣类型=EMB_TYPE[emb_type], items_embroidered=emb_items, days_late=emb_late)
            p.bad += 1
            p.exp.append("embroidery")
            p.hist.append((te, "emb"))
        else:
            ev(c, te, "tp_embroidery", "completed", channel="workshop", order_id=o["order_id"],
               embroidery_type=emb_type, 刺绣类型=EMB_TYPE[emb_type], items_embroidered=emb_items, days_late=0)
        ready = te + D(days=emb_late)
    # fulfilment
    if fulfil == "carry_out" and (short or emb):
        fulfil = "pickup"
        o["fulfilment"] = "pickup"
    received = ready
    if fulfil == "delivery":
        carrier = pick(CITIES[c["city"]][8], [0.55, 0.45])
        lo, hi = TRANSIT[carrier]
        promised = hi
        late = rng.random() < LATE_P[carrier]
        transit = int(rng.integers(lo, hi + 1)) + (int(rng.integers(2, 6)) if late else 0)
        td = ready + D(days=transit, hours=float(rng.uniform(0, 8)))
        td = td.replace(hour=int(rng.integers(9, 20)))
        received = td
        ev(c, td, "tp_delivery", "late" if late else "delivered", channel="courier", order_id=o["order_id"],
           carrier=carrier, carrier_en=CARRIER_EN.get(carrier, carrier), transit_days=transit, promised_days=promised,
           order_to_delivery_days=round((td - t).total_seconds() / 86400, 1))
        if late:
            p.bad += 0.8
            p.exp.append("late_delivery")
            p.hist.append((td, "other"))
    elif fulfil == "pickup":
        if store is None:
            store = pick(CITIES[c["city"]][7])
        wait = int(rng.integers(0, 9))
        tp_ = at((ready + D(days=1 + wait)).date(), 10, 18)
        received = tp_
        if rng.random() < 0.025:
            ev(c, tp_ + D(days=28), "tp_store_pickup", "uncollected", channel="store", order_id=o["order_id"],
               store=store, days_waiting=29 + wait)
            o["status"] = "cancelled"
            return
        ev(c, tp_, "tp_store_pickup", "collected", channel="store", order_id=o["order_id"], store=store,
           days_waiting=1 + wait)
    # satisfaction survey after receipt
    term_start = next((dt(d) for d, _ in TERMS[c["city"]] if dt(d) + D(days=10) > t), None)
    too_late = term_start is not None and received > term_start + D(days=2) and t < term_start - D(days=3)
    if too_late:
        p.hist.append((received, "too_late"))
    if rng.random() < 0.28:
        ts = received + D(days=float(rng.uniform(1, 4)))
        if "embroidery" in p.exp[-3:] and emb_late and rng.random() < 0.55:
            topic, tp, r = "embroidery", "tp_embroidery", int(pick([1, 2, 3], [0.4, 0.4, 0.2]))
        elif fulfil == "delivery" and received - ready > D(days=TRANSIT[carrier][1]) and rng.random() < 0.5:
            topic, tp, r = "late_delivery", "tp_delivery", int(pick([1, 2, 3], [0.35, 0.45, 0.2]))
        elif short and rng.random() < 0.4:
            topic, tp, r = "out_of_stock", "tp_stock_allocation", int(pick([1, 2, 3], [0.3, 0.4, 0.3]))
        elif rng.random() < 0.06:
            topic, tp, r = "pilling", "", int(pick([1, 2, 3], [0.3, 0.4, 0.3]))
        elif rng.random() < 0.05:
            topic, tp, r = "too_expensive", "tp_order", int(pick([2, 3, 4], [0.3, 0.5, 0.2]))
        elif rng.random() < 0.35:
            topic, tp, r = "generic", "", int(pick([4, 5], [0.4, 0.6]))
        else:
            topic = pick(["pos", "neu"], [0.7, 0.3])
            tp = "tp_delivery" if fulfil == "delivery" else ("tp_store_pickup" if fulfil == "pickup" else "tp_order")
            r = int(pick([3, 4, 5], [0.15, 0.4, 0.45])) if topic == "pos" else int(pick([3, 4], [0.6, 0.4]))
        text = NO_COMMENT[c["preferred_language"]] if topic == "generic" else None
        fb(c, ts, topic if topic != "generic" else "pos", "order_survey", tp, rating=r, text=text, order_id=o["order_id"])
    if channel in ("app", "mini_program") and rng.random() < 0.07:
        topic = pick(["pos", "neu", "neg", "too_expensive"], [0.55, 0.2, 0.17, 0.08])
        r = int(pick([4, 5], [0.4, 0.6])) if topic == "pos" else int(pick([3, 4], [0.6, 0.4])) if topic == "neu" \
            else int(pick([1, 2, 3], [0.4, 0.4, 0.2]))
        fb(c, t + D(hours=float(rng.uniform(1, 72))), topic, "app_review", "tp_order", rating=r, device=device)
    # exchange
    if via == "size_guide":
        p_ex = 0.17 if any(k in ("trousers", "skirt") for k in cats) else 0.08
    elif via == "reorder":
        p_ex = 0.06
    else:
        p_ex = 0.04
    if rng.random() < p_ex:
        tx = received + D(days=float(rng.uniform(2, 20)))
        if via == "size_guide":
            reason = pick(list(EXCH_REASON), [0.66, 0.18, 0.08, 0.08])
        else:
            reason = pick(list(EXCH_REASON), [0.3, 0.35, 0.1, 0.25])
        ex_cat = pick([k for k in cats if k in ("trousers", "skirt")] or cats) if reason == "too_small" else \
            pick(cats)
        how = "store" if (channel == "store" or rng.random() < 0.45) else "post"
        declined = emb and rng.random() < 0.25 and reason in ("too_small", "too_large")
        xr = ev(c, tx, "tp_exchange", "declined" if declined else "exchanged", channel=how, order_id=o["order_id"],
                exchange_reason=reason, 换货原因=EXCH_REASON[reason], product_category=ex_cat,
                品类=PRODUCTS[ex_cat][0], store=pick(CITIES[c["city"]][7]) if how == "store" else None)
        if xr is not None:
            p.bad += 0.6 if not declined else 1.5
            p.hist.append((tx, "other"))
            if not declined:
                fee = EXCH_POST[cur] if (how == "post" and reason in ("too_small", "too_large")) else 0.0
                order(c, tx, "exchange", fee, channel=how, parent_order_id=o["order_id"], exchange_reason=reason,
                      product_category=ex_cat)
            if reason == "too_small" and via == "size_guide" and rng.random() < 0.55:
                fb(c, tx + D(hours=float(rng.uniform(1, 60))), "runs_small",
                   pick(["email", "app_review", "call_note"], [0.4, 0.3, 0.3]) if not zh else
                   pick(["wechat", "app_review", "call_note"], [0.5, 0.3, 0.2]),
                   "tp_size_guide" if rng.random() < 0.86 else "tp_exchange", rating="app")
            elif reason == "too_small" and rng.random() < 0.08:
                fb(c, tx + D(hours=float(rng.uniform(1, 60))), "runs_small", "call_note", "tp_exchange")
    # return / refund
    p_ret = 0.03 + (0.30 if too_late and emb_late else 0.0) + (0.08 if short else 0.0)
    if rng.random() < p_ret:
        tr = received + D(days=float(rng.uniform(1, 25)))
        if too_late and emb_late:
            reason = "arrived_too_late"
        else:
            reason = pick(list(RETURN_REASON), [0.5, 0.2, 0.0, 0.17, 0.13])
        rejected = emb and reason in ("no_longer_needed", "changed_school") and rng.random() < 0.6
        if channel == "store":
            rdays = int(rng.integers(7, 21))
        else:
            rdays = int(rng.integers(1, 4)) if zh else int(rng.integers(3, 9))
        rr = ev(c, tr, "tp_return_refund", "rejected" if rejected else "refunded", channel=channel,
                order_id=o["order_id"], return_reason=reason, 退货原因=RETURN_REASON[reason],
                refund_days=None if rejected else rdays, refund_cny=None if rejected else o["amount"])
        if rr is not None:
            p.bad += 1.5
            p.hist.append((tr, "other"))
            if not rejected:
                o["status"] = "refunded"
                if rdays >= 10 and rng.random() < 0.5:
                    fb(c, tr + D(days=rdays), "refund_slow", "email" if not zh else "wechat", "tp_return_refund")


def fitting_visit(p: Parent, t, booked, store, session_dev=None):
    """a fitting at the shop (booked or walk-in); returns True when the family then orders."""
    c = p.c
    zh = CITIES[c["city"]][1] == "zh"
    if not in_data(t):
        return False
    peak = t.month in ((1, 2) if c["city"] == "Sydney" else (8, 9)) or (zh and t.month == 2)
    wait = int(rng.gamma(2.0, 14 if peak else 5))
    if store == "徐汇店" and peak:
        wait += int(rng.integers(10, 35))
    fitter = pick(FITTERS[store])
    ev(c, t, "tp_fitting", "attended" if booked else "walk_in", channel="store", store=store, 门店=store,
       fitter=fitter, wait_minutes=wait, fitting_minutes=int(rng.integers(15, 50)), children=c["children"])
    if rng.random() < 0.10:
        if wait > 40 and rng.random() < 0.6:
            fb(c, t + D(hours=float(rng.uniform(2, 30))), "queue", "fitting_survey", "tp_fitting",
               rating=int(pick([1, 2, 3], [0.3, 0.5, 0.2])), store=store)
        elif rng.random() < 0.4:
            fb(c, t + D(hours=float(rng.uniform(2, 30))), "staff_praise", "fitting_survey", "tp_fitting", rating=5,
               fitter=fitter, store=store)
        else:
            fb(c, t + D(hours=float(rng.uniform(2, 30))), pick(["pos", "neu"], [0.7, 0.3]), "fitting_survey",
               "tp_fitting", rating=int(pick([3, 4, 5], [0.2, 0.4, 0.4])), store=store)
    if rng.random() < 0.84:
        if rng.random() < 0.9:
            place_order(p, t + D(minutes=int(rng.integers(10, 40) + wait)), "store", "fitting", store=store)
        else:
            ch = "mini_program" if zh else pick(["web", "app"], [0.6, 0.4])
            place_order(p, t + D(days=float(rng.uniform(0.5, 6))), ch, "fitting")
        return True
    return False


def booking(p: Parent, t, reorder=False):
    c = p.c
    zh = CITIES[c["city"]][1] == "zh"
    store = c["home_store"]
    ch = "mini_program" if zh and rng.random() < 0.7 else pick(["web", "app", "phone"], [0.6, 0.25, 0.15])
    dev = device_for(ch, zh) if ch != "phone" else None
    slot = at((t + D(days=int(rng.integers(1, 12)))).date(), 9, 18)
    if slot.weekday() == 6:
        slot += D(days=1)
    bid = nid("BK", 6)
    r = ev(c, t, "tp_fitting_booking", "booked", channel=ch, device=dev, store=store, 门店=store, booking_id=bid,
           slot=tfmt(slot), lead_days=(slot.date() - t.date()).days, booking_type="reorder" if reorder else "new")
    if r is None:
        return
    p_noshow = NOSHOW_P.get(c["city"], 0.09)
    if rng.random() < p_noshow:
        ev(c, slot + D(minutes=30), "tp_fitting_booking", "no_show", channel=ch, store=store, 门店=store,
           booking_id=bid, slot=tfmt(slot), booking_type="reorder" if reorder else "new")
        if rng.random() < 0.35:
            fitting_visit(p, at((slot + D(days=int(rng.integers(2, 15)))).date(), 10, 18), False, store)
        elif rng.random() < 0.3:
            chn = "mini_program" if zh else pick(["web", "app"])
            place_order(p, slot + D(days=float(rng.uniform(1, 10))), chn, "size_guide")
        return
    if rng.random() < 0.06:
        slot2 = slot + D(days=int(rng.integers(2, 8)))
        ev(c, slot - D(hours=float(rng.uniform(3, 40))), "tp_fitting_booking", "rescheduled", channel=ch,
           device=dev, store=store, 门店=store, booking_id=bid, slot=tfmt(slot2), booking_type="reorder" if reorder else "new")
        slot = slot2
    fitting_visit(p, slot, True, store)


def size_guide(p: Parent, t, nl_channel=None):
    c = p.c
    zh = CITIES[c["city"]][1] == "zh"
    ch = "mini_program" if zh and rng.random() < 0.75 else pick(["web", "app"], [0.65, 0.35])
    dev = device_for(ch, zh)
    sess = nid("SS", 7)
    r = ev(c, t, "tp_size_guide", pick(["viewed", "measured"], [0.45, 0.55]), channel=ch, device=dev,
           session_id=sess, came_from=nl_channel or "direct")
    return (ch, dev, sess) if r is not None else None


def new_parent_journey(p: Parent, term: date, t0: datetime, partner: bool):
    c = p.c
    zh = CITIES[c["city"]][1] == "zh"
    if not in_data(t0):
        return
    if partner:
        nl = c["newsletter_channel"]
        for k in range(int(rng.integers(1, 4))):
            ev(c, t0 + D(days=k * float(rng.uniform(2, 8))), "tp_newsletter",
               "clicked" if rng.random() < 0.4 else "opened", channel=nl,
               device=None if nl == "email" and rng.random() < 0.3 else device_for("app", zh),
               campaign=f"{term.year}-{term.month:02d} term letter", school_name=p.school.name)
        p_guide = {"email": 0.56, "wechat": 0.63, "school_app": 0.58, "sms": 0.22}[nl]
        p_order = {"email": 0.44, "wechat": 0.50, "school_app": 0.46, "sms": 0.26}[nl]
        if rng.random() < p_guide:
            t1 = t0 + D(days=float(rng.uniform(0.02, 12)))
            g = size_guide(p, t1, nl)
            if g is None:
                return
            if rng.random() < p_order:
                if rng.random() < 0.68:
                    t2 = t1 + D(minutes=int(rng.integers(3, 40))) if rng.random() < 0.6 else \
                        t1 + D(days=float(rng.uniform(0.2, 14)))
                    place_order(p, t2, g[0], "size_guide", session=g[2] if t2 - t1 < D(hours=1) else None,
                                device=g[1])
                else:
                    booking(p, t1 + D(days=float(rng.uniform(0, 3))))
            elif rng.random() < 0.3:
                booking(p, t1 + D(days=float(rng.uniform(5, 30))))
        elif rng.random() < 0.35:
            t1 = t0 + D(days=float(rng.uniform(8, 40)))
            if rng.random() < 0.5:
                booking(p, t1)
            else:
                fitting_visit(p, at(t1.date(), 10, 18), False, c["home_store"])
        return
    # not a partner school: search, social, word of mouth, walk-ins
    acq = c["acquisition_channel"]
    if acq == "walk_in":
        fitting_visit(p, at(t0.date(), 10, 18), False, c["home_store"])
        return
    if rng.random() < 0.62:
        g = size_guide(p, t0)
        if g is None:
            return
        r = rng.random()
        if r < 0.30:
            t2 = t0 + D(minutes=int(rng.integers(3, 40))) if rng.random() < 0.6 else \
                t0 + D(days=float(rng.uniform(0.2, 14)))
            place_order(p, t2, g[0], "size_guide", session=g[2] if t2 - t0 < D(hours=1) else None, device=g[1])
        elif r < 0.48:
            booking(p, t0 + D(days=float(rng.uniform(0, 5))))
    else:
        booking(p, t0)


def reorders(p: Parent):
    c = p.c
    zh = CITIES[c["city"]][1] == "zh"
    for d0, main in TERMS[c["city"]]:
        if p.last_order is None:
            return
        t = at(d0 - D(days=int(rng.integers(14, 29))), 8, 20)
        if t < p.last_order + D(days=60) or not in_data(t):
            continue
        ch = c["newsletter_channel"] if c["newsletter_channel"] != "school_app" else ("wechat" if zh else "email")
        base = 0.30 if main else 0.12
        pr = base * max(0.25, 1 - 0.22 * p.bad) * (1.1 if c["children"] > 1 else 1.0)
        if rng.random() < pr:
            tr = t + D(days=float(rng.uniform(0.5, 13)))
            ev(c, t, "tp_reorder", "reordered", channel=ch, campaign=f"{d0.year}-{d0.month:02d} reorder",
               days_to_reorder=(tr - t).days)
            if rng.random() < 0.18:
                booking(p, tr, reorder=True)
            else:
                och = "mini_program" if zh and rng.random() < 0.8 else pick(["web", "app"], [0.55, 0.45])
                place_order(p, tr, och, "reorder", reorder=True)
        else:
            ev(c, t, "tp_reorder", "no_reorder", channel=ch, campaign=f"{d0.year}-{d0.month:02d} reorder")


def parents(schools):
    by_city = {c: [s for s in schools if s.city == c] for c in CITIES}
    out = []
    n_total = 9000
    for _ in range(n_total):
        city = CITY_NAMES[int(rng.choice(len(CITY_NAMES), p=CITY_W))]
        cz = CITIES[city]
        zh = cz[1] == "zh"
        # intake: a main term in the data, or an off-season move
        mains = [d for d, m in TERMS[city] if m and dt(d) - D(days=5) > START]
        if rng.random() < 0.08:
            term = (START + D(days=int(rng.integers(60, 700)))).date()
        else:
            term = pick(mains)
        first_touch = dt(term) - D(days=40)
        # partner schools get more families (they send the newsletter and the uniform list)
        sch = by_city[city]
        w = np.array([3.0 if s.partner_at(first_touch) else 1.0 for s in sch]) * np.array([s.pupils for s in sch])
        school = sch[int(rng.choice(len(sch), p=w / w.sum()))]
        partner = school.partner_at(first_touch)
        lang = cz[1]
        if not zh and rng.random() < 0.12:
            lang = "zh"
        if zh and school.stype == "international" and rng.random() < 0.3:
            lang = "en"
        if zh:
            nl = pick(["wechat", "school_app", "sms"], [0.6, 0.25, 0.15])
        else:
            nl = pick(["email", "school_app", "sms"], [0.6, 0.25, 0.15])
        if partner:
            acq = "school_newsletter"
        else:
            acq = pick(["search", "social", "word_of_mouth", "walk_in"], [0.4, 0.2, 0.25, 0.15])
        kids = int(pick([1, 2, 3], [0.62, 0.31, 0.07]))
        signup = at(term - D(days=int(rng.triangular(5, 28, 80))), 7, 22)
        if signup < START:
            signup = at((START + D(days=int(rng.integers(0, 20)))).date(), 7, 22)
        c = new_customer("parent", city, signup, lang, acq, school, children=kids, 孩子数=kids,
                         newsletter_channel=nl if partner else "", home_store=pick(cz[7]),
                         school_partner="yes" if partner else "no")
        p = Parent(c, school)
        new_parent_journey(p, term, signup, partner)
        out.append(p)
    return out


def reorders_all(ps):
    for p in ps:
        reorders(p)


# ---------------------------------------------------------------- NPS waves, undated feedback, segments
WAVES = [("2024-10", date(2024, 10, 7)), ("2025-03", date(2025, 3, 10)), ("2025-10", date(2025, 10, 6)),
         ("2026-03", date(2026, 3, 16))]


def nps(ps):
    for wave, day in WAVES:
        hi = dt(day)
        lo = hi - D(days=180)
        for p in ps:
            c = p.c
            if not any(lo <= x < hi for x in p.order_ts):
                continue
            h = [k for x, k in p.hist if lo <= x < hi]
            emb, late = "emb" in h, "too_late" in h
            if rng.random() > (0.55 if (emb or late) else 0.27):     # unhappy parents answer more often
                continue
            base = 8.7 - 3.6 * emb - 2.0 * late - 0.8 * min(h.count("other"), 2)
            score = int(np.clip(round(base + rng.normal(0, 1.4)), 0, 10))
            t = at(day + D(days=int(rng.integers(0, 10))), 8, 22)
            if rng.random() < 0.4:
                topic, text = "generic", NO_COMMENT[c["preferred_language"]]
            elif emb and rng.random() < 0.6:
                topic, text = "embroidery", None
            elif score <= 6 and rng.random() < 0.2:
                topic, text = "too_expensive", None
            else:
                topic = "pos" if score >= 8 else "neu" if score >= 7 else "neg"
                text = None
            fb(c, t, topic, "nps_survey", nps=score, text=text, survey_wave=wave)


def undated(ps):
    live = [p for p in ps if p.orders > 0]
    for _ in range(140):   # paper comment cards from the fitting shops, typed in later without a date
        p = live[int(rng.integers(len(live)))]
        topic = pick(["staff_praise", "queue", "pos", "neu", "too_expensive", "neg"],
                     [0.3, 0.2, 0.25, 0.1, 0.1, 0.05])
        tp = "tp_fitting" if topic in ("staff_praise", "queue") else ""
        r = 5 if topic == "staff_praise" else (int(pick([1, 2, 3], [0.3, 0.4, 0.3])) if topic in
                                               ("queue", "too_expensive", "neg") else int(pick([3, 4, 5])))
        fb(p.c, None, topic, "comment_card", tp, rating=r, store=p.c["home_store"],
           fitter=pick(FITTERS[p.c["home_store"]]))
    zh_live = [p for p in live if p.c["preferred_language"] == "zh"]
    for _ in range(70):    # messages exported from WeChat parent groups, no dates
        p = zh_live[int(rng.integers(len(zh_live)))]
        topic = pick(["runs_small", "embroidery", "out_of_stock", "pos", "neu", "pilling"],
                     [0.25, 0.15, 0.15, 0.2, 0.15, 0.1])
        tp = {"runs_small": "tp_size_guide", "embroidery": "tp_embroidery",
              "out_of_stock": "tp_stock_allocation"}.get(topic, "")
        fb(p.c, None, topic, "wechat_group", tp)


def service_contacts(ps):
    """customer-service calls and chats not tied to an experience above (address changes, questions, complaints)."""
    for p in ps:
        if p.orders == 0 or rng.random() > 0.10:
            continue
        c = p.c
        zh = CITIES[c["city"]][1] == "zh"
        t = p.last_order + D(days=float(rng.uniform(1, 40)))
        topic = pick(["neu", "neg", "pos", "pilling", "too_expensive"], [0.45, 0.2, 0.15, 0.12, 0.08])
        ch = pick(["call_note", "wechat"] if zh else ["call_note", "email"], [0.4, 0.6])
        tp = "" if topic in ("pilling", "neu", "pos", "neg") else "tp_order"
        fb(c, t, topic, ch, tp)


def segments(ps, schools):
    for p in ps:
        c = p.c
        n = p.orders
        if n == 0:
            seg = "prospect"
        elif n >= 3 or (n >= 2 and c["children"] >= 2):
            seg = "vip"
        elif n == 2:
            seg = "returning"
        elif p.last_order < datetime(2025, 6, 1):
            seg = "lapsed"
        else:
            seg = "new"
        c["segment"] = seg
        c["tier"] = "family_plus" if c["children"] >= 2 else "standard"
    for s in schools:
        if s.c is None:
            continue
        if s.contract_start is None:
            s.c["segment"] = "prospect"
        elif s.contract_end is not None:
            s.c["segment"] = "churned"
        else:
            s.c["segment"] = "partner"
        s.c["tier"] = {"public": "bulk_contract", "private": "designated_supplier",
                       "international": "designated_supplier"}[s.stype]


def build():
    _check_markers()
    schools = school_side(make_schools())
    ps = parents(schools)
    reorders_all(ps)
    service_contacts(ps)
    nps(ps)
    undated(ps)
    segments(ps, schools)


# ---------------------------------------------------------------- write
def _cols(rows):
    cols = {}
    for r in rows:
        for k in r:
            if not k.startswith("_"):
                cols.setdefault(k, None)
    return list(cols)


def write_csv(path: Path, rows: list[dict], cols: list[str] | None = None):
    cols = cols or _cols(rows)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if r.get(k) is None else r.get(k, "") for k in cols])


def main(out: Path):
    build()
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    write_csv(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                             channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    jrows = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write_csv(out / "journeys.csv", jrows)
    write_csv(out / "customers.csv", CUSTOMERS)
    EVENTS.sort(key=lambda r: (r["ts"], r["event_id"]))
    # the shops' tablets re-sent some fitting rows (same event_id, same content)
    idx = [i for i, r in enumerate(EVENTS) if r["touchpoint_id"] == "tp_fitting"]
    dups = [EVENTS[i] for i in rng.choice(idx, size=24, replace=False)]
    rows = EVENTS + dups
    rows.sort(key=lambda r: (r["ts"], r["event_id"]))
    base = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device", "session_id"]
    write_csv(out / "events.csv", rows, base + [k for k in _cols(rows) if k not in base])
    ORDERS.sort(key=lambda r: (r["ts"], r["order_id"]))
    write_csv(out / "orders.csv", ORDERS)
    FEEDBACK.sort(key=lambda r: (r["ts"] or "9999", r["feedback_id"]))
    write_csv(out / "feedback.csv", FEEDBACK, ["feedback_id", "ts", "customer_id", "touchpoint_id", "channel",
                                               "rating", "nps", "text", "language", "city", "customer_type",
                                               "survey_wave", "store", "order_id", "device"])
    write_csv(out / "_truth" / "feedback_truth.csv", TRUTH)
    print(f"customers {len(CUSTOMERS)}, events {len(rows)} ({len(dups)} dup), orders {len(ORDERS)}, "
          f"feedback {len(FEEDBACK)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
