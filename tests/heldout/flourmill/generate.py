"""穗香面业 Golden Ear Milling: a flour-milling group selling B2B to bakeries and noodle shops (synthetic, written blind).

Three mills — 新乡厂 Xinxiang (Henan), 宝鸡厂 Baoji (Shaanxi), 滨州厂 Binzhou (Shandong) — grind bread flour 面包粉, cake
flour 蛋糕粉, hand-pulled-noodle flour 拉面专用粉, dumpling flour 饺子粉, steamed-bun flour 馒头包子粉, all-purpose
特一粉 and wholewheat 全麦粉, and sell them in 25 kg bags or by bulk tanker to noodle shops, independent bakeries,
bakery chains, noodle factories and bun / dumpling shops in 郑州 Zhengzhou, 武汉 Wuhan, 西安 Xi'an, 兰州 Lanzhou, 北京
Beijing, 上海 Shanghai and 香港 Hong Kong.

Leads (sales reps walking the streets, referrals, trade shows, the website, the 400 hotline, WeChat) get a sales
visit (销售拜访), sample bags (送样), a trial bake / test batch in the customer's kitchen (试用反馈: pass or fail),
a price quote (报价) and a supply contract (签约, twelve months). Accounts then place orders (下单) by mini-program,
phone, their sales rep, EDI, e-mail or WhatsApp; every order is loaded at its mill (装车发货) and trucked to the door
(到货签收: accepted, part_rejected when torn bags are refused, or rejected), invoiced (开票) and paid (回款: cash on
delivery, 30 or 60 days). Quality complaints (质量投诉) get a lab retest of the retained sample (留样复检) and are
closed (投诉结案: replaced, credited, explained or withdrawn). Contracts come up for renewal every year (合同续签).

Data 2025-01-01 .. 2026-07-31 (CRM + ERP + TMS extract taken early August 2026). Times are naive local times
(UTC+8 everywhere). Money: orders.amount and every *_cny column are CNY; Hong Kong is billed in HKD (currency,
amount_local).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260806), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260806
rng = np.random.default_rng(SEED)
D0 = date(2025, 1, 1)
DEND = date(2026, 7, 31)
NDAYS = (DEND - D0).days + 1           # 577 days, index 0 .. 576
LAST = NDAYS - 1


def di(d: date) -> int:
    return (d - D0).days


def day(i: int) -> date:
    return D0 + timedelta(days=int(i))


def at(i: int, hour: float) -> datetime:
    return datetime.combine(day(i), datetime.min.time()) + timedelta(minutes=int(round(hour * 60)))


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def u(a, b):
    return float(rng.uniform(a, b))


def ri(a, b):
    """integer in a..b inclusive"""
    return int(rng.integers(a, b + 1))


def chance(p):
    return bool(rng.random() < p)


# ---------------------------------------------------------------- reference data
TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_lead", "线索登记", "Lead logged", "awareness", "other", "physical", "sales",
     "新线索|潜在客户|扫街|名片|询盘|来电咨询|lead|prospect|enquiry|inquiry"),
    ("tp_visit", "销售拜访", "Sales visit", "consideration", "store", "physical", "sales",
     "上门拜访|拜访|跑店|面谈|sales call|visit|site visit|rep visit"),
    ("tp_sample", "送样", "Samples sent", "consideration", "other", "physical", "sales",
     "寄样|样品|样品粉|小样|sample|samples|sample bags"),
    ("tp_trial", "试用反馈", "Trial bake / test batch", "consideration", "store", "physical", "technical_service",
     "试做|试面|试烤|打样|试机|trial|test bake|test batch|trial run"),
    ("tp_quote", "报价", "Price quote", "purchase", "email", "digital", "sales",
     "报价单|价格表|报个价|询价|quote|quotation|price offer"),
    ("tp_contract", "签约", "Supply contract signed", "purchase", "other", "physical", "sales",
     "合同|供货协议|年度合同|签合同|开户|contract|supply agreement|sign-up"),
    ("tp_order", "下单", "Order placed", "purchase", "mini_program", "digital", "order_desk",
     "订货|要货|补货|订单|返单|order|PO|purchase order|reorder"),
    ("tp_dispatch", "装车发货", "Truck loaded and dispatched", "service", "other", "physical", "logistics",
     "发货|装车|出库|发车|dispatch|loading|shipped"),
    ("tp_delivery", "到货签收", "Delivery and receipt", "service", "other", "physical", "logistics",
     "送货|到货|卸货|签收|拒收|配送|delivery|drop|unloading|receipt"),
    ("tp_complaint", "质量投诉", "Quality complaint", "service", "phone", "digital", "quality",
     "投诉|客诉|质量问题|品质投诉|complaint|quality complaint|QC issue"),
    ("tp_retest", "留样复检", "Retained-sample lab retest", "service", "other", "physical", "quality",
     "复检|化验|检测|留样|lab test|retest|lab check"),
    ("tp_complaint_close", "投诉结案", "Complaint closed", "service", "phone", "digital", "quality",
     "结案|处理结果|换货|赔付|resolution|complaint closed|settled"),
    ("tp_invoice", "开票", "Invoice issued", "service", "email", "digital", "finance",
     "发票|开发票|账单|对账|invoice|billing|bill"),
    ("tp_payment", "回款", "Payment received", "service", "other", "digital", "finance",
     "收款|货款|到账|结款|应收|payment|collection|receivables"),
    ("tp_renewal", "合同续签", "Contract renewal", "loyalty", "other", "physical", "sales",
     "续签|续约|续合同|到期|renewal|contract renewal|re-sign"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("lead_to_contract", "新客开发到签约", "Lead to contract",
     ["tp_lead", "tp_visit", "tp_sample", "tp_trial", "tp_quote", "tp_contract"], 90),
    ("contract_to_cash", "签约到首笔回款", "Contract to first cash",
     ["tp_contract", "tp_order", "tp_delivery", "tp_invoice", "tp_payment"], 60),
    ("complaint_handling", "质量投诉处理", "Quality complaint handling",
     ["tp_complaint", "tp_retest", "tp_complaint_close"], 30),
]

CITIES = {  # zh, region, region_zh, mill, carriers {code: weight}, transit hours, lead weight, type weights
    "Zhengzhou": ("郑州", "Central China", "华中", "xinxiang", {"own_fleet": 1.0}, (2.0, 3.0), 0.22,
                  dict(noodle_shop=0.34, bakery=0.24, bakery_chain=0.08, noodle_factory=0.12, bun_dumpling=0.22)),
    "Wuhan": ("武汉", "Central China", "华中", "xinxiang", {"own_fleet": 0.35, "shunda": 0.65}, (7.0, 9.0), 0.15,
              dict(noodle_shop=0.40, bakery=0.28, bakery_chain=0.08, noodle_factory=0.10, bun_dumpling=0.14)),
    "Xi'an": ("西安", "Northwest China", "西北", "baoji", {"own_fleet": 1.0}, (2.0, 3.0), 0.14,
              dict(noodle_shop=0.40, bakery=0.16, bakery_chain=0.05, noodle_factory=0.12, bun_dumpling=0.27)),
    "Lanzhou": ("兰州", "Northwest China", "西北", "baoji", {"own_fleet": 0.3, "longyun": 0.7}, (6.0, 8.0), 0.11,
                dict(noodle_shop=0.66, bakery=0.10, bakery_chain=0.02, noodle_factory=0.10, bun_dumpling=0.12)),
    "Beijing": ("北京", "North China", "华北", "binzhou", {"own_fleet": 1.0}, (5.0, 6.5), 0.12,
                dict(noodle_shop=0.20, bakery=0.34, bakery_chain=0.14, noodle_factory=0.06, bun_dumpling=0.26)),
    "Shanghai": ("上海", "East China", "华东", "binzhou", {"own_fleet": 0.3, "shunda": 0.7}, (10.0, 12.5), 0.17,
                 dict(noodle_shop=0.14, bakery=0.44, bakery_chain=0.26, noodle_factory=0.05, bun_dumpling=0.11)),
    "Hong Kong": ("香港", "Hong Kong", "港澳", "binzhou", {"yuegang": 1.0}, (30.0, 38.0), 0.09,
                  dict(noodle_shop=0.16, bakery=0.52, bakery_chain=0.26, noodle_factory=0.02, bun_dumpling=0.04)),
}
CITY_NAMES = list(CITIES)
MILLS = {"xinxiang": ("新乡厂", "XX"), "baoji": ("宝鸡厂", "BJ"), "binzhou": ("滨州厂", "BZ")}
CARRIERS = {"own_fleet": "自有车队", "shunda": "顺达物流", "longyun": "陇运物流", "yuegang": "粤港通跨境"}
BTYPES = {"noodle_shop": "面馆", "bakery": "面包房", "bakery_chain": "连锁烘焙", "noodle_factory": "面条加工厂",
          "bun_dumpling": "包子饺子馆"}
PRODUCTS = {  # zh, list price CNY per tonne before 2025-10-15
    "bread_flour": ("面包粉", 4650), "cake_flour": ("蛋糕粉", 4950), "noodle_flour": ("拉面专用粉", 4250),
    "dumpling_flour": ("饺子粉", 4050), "bun_flour": ("馒头包子粉", 3850), "general_flour": ("特一粉", 3550),
    "wholewheat": ("全麦粉", 5400),
}
PRICE_UP = di(date(2025, 10, 15))        # new-crop wheat up: list prices +7.5 % from this day
PRICE_UP_RATE = 0.075
PRODUCT_MIX = {
    "noodle_shop": dict(noodle_flour=0.82, general_flour=0.18),
    "noodle_factory": dict(noodle_flour=0.72, general_flour=0.28),
    "bakery": dict(bread_flour=0.52, cake_flour=0.33, wholewheat=0.15),
    "bakery_chain": dict(bread_flour=0.50, cake_flour=0.30, wholewheat=0.20),
    "bun_dumpling": dict(bun_flour=0.50, dumpling_flour=0.38, general_flour=0.12),
}
ORDER_PATTERN = {  # mean interval days, sd, tonnes lo, hi
    "noodle_shop": (8.0, 2.0, 0.5, 1.5), "bun_dumpling": (8.0, 2.0, 0.5, 1.5), "bakery": (13.0, 3.0, 0.25, 0.75),
    "bakery_chain": (7.0, 1.5, 4.0, 14.0), "noodle_factory": (5.5, 1.2, 14.0, 32.0),
}
SOURCES = {"sales_rep": ("销售扫街", 0.32), "referral": ("老客户介绍", 0.15), "website": ("官网询盘", 0.17),
           "hotline": ("400热线", 0.12), "wechat": ("微信公众号", 0.24), "trade_show": ("展会", 0.0)}
SHOWS = [  # name, zh, first day, days, leads, city weights, type weights
    ("Bakery China 2025", "2025中国国际焙烤展", date(2025, 5, 20), 4, 125,
     {"Shanghai": .34, "Beijing": .15, "Hong Kong": .15, "Zhengzhou": .11, "Wuhan": .11, "Xi'an": .08, "Lanzhou": .06},
     dict(bakery=0.58, bakery_chain=0.42)),
    ("China Noodle Expo 2025", "2025郑州面食产业博览会", date(2025, 9, 12), 3, 95,
     {"Zhengzhou": .38, "Wuhan": .18, "Xi'an": .16, "Lanzhou": .18, "Beijing": .10},
     dict(noodle_shop=0.55, noodle_factory=0.27, bun_dumpling=0.18)),
    ("Northwest Catering Expo 2026", "2026西北餐饮食材展", date(2026, 3, 26), 3, 60,
     {"Xi'an": .6, "Lanzhou": .4}, dict(noodle_shop=0.5, bun_dumpling=0.3, bakery=0.2)),
    ("Bakery China 2026", "2026中国国际焙烤展", date(2026, 5, 19), 4, 135,
     {"Shanghai": .34, "Beijing": .15, "Hong Kong": .15, "Zhengzhou": .11, "Wuhan": .11, "Xi'an": .08, "Lanzhou": .06},
     dict(bakery=0.58, bakery_chain=0.42)),
]
REPS = {"Zhengzhou": ["王磊", "李娜", "赵强"], "Wuhan": ["陈静", "刘洋"], "Xi'an": ["张伟", "杨帆"],
        "Lanzhou": ["马晓东", "何琳"], "Beijing": ["孙浩", "周婷"], "Shanghai": ["吴敏", "徐晨", "顾佳"],
        "Hong Kong": ["Candy Leung", "Jason Chan"]}
CNY_CLOSED = [(di(date(2025, 1, 26)), di(date(2025, 2, 4))), (di(date(2026, 2, 14)), di(date(2026, 2, 23)))]
CNY_DAY = [di(date(2025, 1, 29)), di(date(2026, 2, 17))]
FOG = (di(date(2025, 12, 1)), di(date(2025, 12, 31)))            # Henan fog: expressways closed, xinxiang trucks late
WEAK_LOTS = (di(date(2025, 7, 3)), di(date(2025, 8, 24)))         # xinxiang new-crop wheat milled too early
SOFT_BREAD = (di(date(2026, 2, 26)), di(date(2026, 4, 12)))       # binzhou bread flour with a weak import blend
LAB_BACKLOG = (di(date(2025, 7, 20)), di(date(2025, 9, 5)))       # quality lab swamped by the gluten complaints
EXP = (di(date(2025, 10, 1)), di(date(2026, 4, 30)))              # quote_format_2025: first quotes in this window
HKD = 1.085                                                       # HKD per CNY


def in_cny(d):
    return any(a <= d <= b for a, b in CNY_CLOSED)


def price(product, d):
    p = PRODUCTS[product][1]
    return p * (1 + PRICE_UP_RATE) if d >= PRICE_UP else p


# ---------------------------------------------------------------- names
SURN = list("王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯")
NOODLE_NAMES = ["{s}记牛肉面", "老{s}家拉面", "{s}师傅手擀面", "{s}家烩面馆", "{s}氏热干面", "{s}记biangbiang面",
                "{s}家刀削面", "{s}记兰州拉面"]
BAKERY_NAMES = ["麦香坊", "{s}记烘焙", "面包时光", "小{s}面包房", "麦田守望", "{s}家西饼屋", "晨光烘焙", "{s}氏蛋糕房"]
CHAIN_NAMES = ["好利来风格连锁{n}号", "麦之味连锁", "{s}氏烘焙连锁", "金谷面包工坊", "City Loaf 烘焙", "Mr. Crust 连锁"]
FACTORY_NAMES = ["{s}氏面业", "{c}鲜面加工厂", "{s}记挂面厂", "{c}面食食品有限公司"]
BUN_NAMES = ["{s}记包子铺", "老{s}家饺子馆", "{s}家馒头店", "{s}记生煎包子", "{s}氏水饺"]
HK_NAMES = ["Golden Crust Bakery", "Harbour Bread Co.", "Kowloon Bun House", "Tai Hang Bakery", "Lucky Noodle House",
            "Peak Patisserie", "Wing Kee Noodle", "Sunrise Bakery", "Mong Kok Bakehouse", "Island Loaf"]


def company(btype, city, idx):
    s = SURN[int(rng.integers(len(SURN)))]
    if city == "Hong Kong":
        return f"{HK_NAMES[int(rng.integers(len(HK_NAMES)))]} #{idx % 97 + 1}"
    pool = dict(noodle_shop=NOODLE_NAMES, bakery=BAKERY_NAMES, bakery_chain=CHAIN_NAMES, noodle_factory=FACTORY_NAMES,
                bun_dumpling=BUN_NAMES)[btype]
    name = pool[int(rng.integers(len(pool)))].format(s=s, c=CITIES[city][0], n=ri(1, 9))
    return f"{name}（{CITIES[city][0]}{idx % 89 + 1}店）"


# ---------------------------------------------------------------- output collections
customers: list[dict] = []
events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
experiments: list[dict] = []
_eid = [0]
_fid = [0]


def ev(cust, tp, t: datetime, action, **kw):
    _eid[0] += 1
    e = dict(event_id=f"E{_eid[0]:07d}", customer_id=cust["customer_id"], ts=fmt(t), touchpoint_id=tp, action=action,
             city=cust["city"], sales_rep=cust["sales_rep"])
    e.update(kw)
    events.append(e)
    return e


# ---------------------------------------------------------------- feedback texts
# topic -> (zh templates, en templates, sentiment). Marker words per topic (README): each template of the topic
# carries its marker and no template of another topic does.
TEXTS = {
    "snap": ([
        "这批拉面粉不行，拉的时候老断条，师傅都不愿意用了",
        "面条一煮就断条，客人说没嚼劲，批号{lot}",
        "和面没劲，拉不开，断条严重，跟以前的粉差太多",
        "新麦粉筋力弱，断条率太高，一锅要扔好几把",
        "最近的粉做出来的面一拉就断条，请尽快处理"], [
        "Noodles keep snapping when we pull them, this batch feels weak. Lot {lot}",
        "Dough has no strength, the noodles snap in the boiling water.",
        "Strands snap all the time with the new lot, our cooks are unhappy.",
        "The pulled noodles snap halfway, never had this with your flour before."], "negative"),
    "collapse": ([
        "面包出炉就塌了，体积比以前小一圈",
        "吐司塌腰，换了这批粉才这样",
        "这批面包粉做欧包塌得厉害，醒发也不行",
        "面包一出炉就往下塌，顾客都看得出来"], [
        "Loaves collapse after baking, volume is way down on this lot.",
        "Our toast collapses in the middle since the recent deliveries.",
        "Baguettes collapse and spread out, something changed in the flour.",
        "Bread rises in the proofer and then collapses in the oven."], "negative"),
    "insects": ([
        "开袋发现有小虫子，这怎么用",
        "面粉里有虫，仓库都要消杀了",
        "好几袋都生虫了，天一热就这样",
        "袋子里爬出虫来，客人看到就麻烦了"], [
        "Found weevils in two bags from the last delivery.",
        "Weevils in the flour again, had to throw a whole bag away.",
        "There are weevils crawling in the sacks, please check your storage."], "negative"),
    "clumping": ([
        "面粉受潮结块，过筛都过不了",
        "袋子里结块严重，像是淋过雨",
        "结块太多，得一袋袋过筛"], [
        "Flour full of lumps, looks like it got damp on the way.",
        "Big lumps in every bag, we had to sieve everything.",
        "Lumps again in this delivery, the humidity is getting to it."], "negative"),
    "specks": ([
        "面粉里有黑点，做出来的馒头不好看",
        "发现很多小黑点，是不是麸皮没筛干净"], [
        "Black specks in the flour, the buns look dirty.",
        "Lots of dark specks showing up in the white bread."], "negative"),
    "colour": ([
        "颜色发暗，不够白，做包子卖相差",
        "这次的粉颜色发暗，跟样品不一样"], [
        "Colour is dull and greyish, not as white as the sample.",
        "The flour looks dull compared with what we had before."], "negative"),
    "odour": ([
        "打开有股异味，不敢用",
        "这批面粉有点异味，像是放久了"], [
        "There is an odd smell when we open the bags.",
        "This batch has a stale smell, we returned two bags."], "negative"),
    "torn_bags": ([
        "又有破包，洒了一车厢",
        "卸货时发现{n}袋破包，已经拒收",
        "破包太多了，物流能不能换一家",
        "包装袋不结实，这次{n}袋破包"], [
        "{n} torn bags again, flour all over the truck.",
        "Torn bags on arrival, we refused them.",
        "Every other delivery has a torn bag, please talk to your logistics company.",
        "We got {n} torn bags today, the pallet was not wrapped."], "negative"),
    "late": ([
        "又晚到了{h}个小时，早上的面都没法做",
        "车晚到，耽误我们开门",
        "说好早上送，结果中午才晚到，没人提前通知",
        "送货经常晚到，能不能早点出车"], [
        "Truck arrived late again, we missed the morning bake.",
        "Delivery arrived late by {h} hours and nobody called us.",
        "Order arrived late, we had to borrow flour from the shop next door.",
        "It arrived late for the third time this month."], "negative"),
    "fog_late": ([
        "大雾封高速可以理解，但晚到了{h}个小时，面都断顿了",
        "听说是大雾封路，可是连着几次晚到，库存扛不住"], [
        "I know the fog closed the expressway but it arrived late by {h} hours.",
        "Fog or not, it arrived late twice this week, please plan ahead."], "negative"),
    "driver": ([
        "司机师傅很负责，帮忙搬到仓库码好",
        "司机很准时，态度也好",
        "送货的司机人很好，每次都提前打电话"], [
        "Driver was friendly and stacked the bags in our store room.",
        "Great driver, on time and careful with the bags.",
        "The driver always calls ahead, much appreciated."], "positive"),
    "price": ([
        "涨价太快了，我们小店扛不住",
        "又涨价了，隔壁的面粉厂便宜不少",
        "涨价以后利润很薄，考虑换粉",
        "一吨涨价三百多，能不能给老客户优惠"], [
        "Another price increase? We are looking at other mills.",
        "The price increase hurts, our margins are thin already.",
        "After the price increase your flour is the most expensive we buy."], "negative"),
    "technician": ([
        "技术员上门指导试做，效果很好",
        "你们技术员很专业，帮我们调了配方",
        "技术员教我们调整加水量，出品好多了"], [
        "Your technician helped us dial in the hydration, very helpful.",
        "The technician came in for the trial bake, great support.",
        "Thanks to your technician our first batch came out right."], "positive"),
    "invoice": ([
        "发票开错抬头了，麻烦重开",
        "上个月的发票一直没收到",
        "发票金额和对账单对不上"], [
        "The invoice had the wrong company name on it.",
        "Still waiting for the invoice for last week's delivery.",
        "Invoice amount does not match what we received."], "negative"),
    "terms": ([
        "希望账期能放到60天",
        "现结压力大，能不能给点账期"], [
        "Could we get longer payment terms?",
        "Cash on delivery is hard for us, any chance of payment terms?"], "neutral"),
    "slow_handling": ([
        "投诉处理太慢，半个月了还没结果",
        "留样都送去化验了，处理太慢",
        "结果出来得太慢，这期间我们只能自己掏钱买别家的粉"], [
        "Complaint handling is too slow, two weeks and no answer.",
        "Way too slow to get the lab result back.",
        "The whole process was too slow, we lost business meanwhile."], "negative"),
    "handled_well": ([
        "处理及时，换货很快，满意",
        "质量部回复挺快，给了折让，可以接受"], [
        "Handled quickly, replacement came the next day.",
        "Quality team responded fast and gave us a credit, fair enough."], "positive"),
    "competitor": ([
        "客户现在用竞品，一吨比我们便宜一百左右",
        "竞品在送免费样品，客户在比较",
        "老板说竞品的拉面粉更便宜，但筋力一般"], [
        "Customer uses a competitor's flour at about 100 yuan less per tonne.",
        "A competitor is giving free samples, the owner is comparing.",
        "They like our quality but the competitor is cheaper."], "neutral"),
    "visit_good": ([
        "老板对我们的粉有兴趣，约了下周送样",
        "店里用量不小，每周大概{n}袋，有意向试用",
        "客户想要面包粉和蛋糕粉各一份样品"], [
        "Owner interested, samples next week.",
        "Good volume, roughly {n} bags a week, open to a trial.",
        "They want samples of bread and cake flour."], "positive"),
    "visit_meh": ([
        "老板不在，留了资料",
        "客户刚换了供应商，暂时不考虑",
        "店太小，用量不大"], [
        "Owner not around, left a brochure.",
        "They just switched suppliers, not now.",
        "Very small shop, low volume."], "neutral"),
    "quality_good": ([
        "面粉质量稳定，一直在用",
        "出品稳定，口感好",
        "吸水率高，出品率不错",
        "做出来的面很有嚼劲，客人喜欢",
        "蛋糕组织细腻，很满意"], [
        "Consistent quality, happy with it.",
        "Good flour, consistent results every week.",
        "Bread volume is great and the crumb is soft.",
        "Our customers love the noodles, nice and chewy."], "positive"),
    "generic_ok": ([
        "还行", "正常", "一般般吧", "没什么问题", "收到了"], [
        "ok", "fine", "no issues this time", "received, thanks", "all good"], "neutral"),
}
TRIAL_FAIL_TOPIC = {"weak_gluten": "snap", "low_volume": "collapse", "dull_colour": "colour"}


def text_of(topic, lang, **kw):
    zh, en, sent = TEXTS[topic]
    pool = en if lang == "en" else zh
    t = pool[int(rng.integers(len(pool)))]
    return t.format(lot=kw.get("lot", ""), n=kw.get("n", ri(2, 6)), h=kw.get("h", ri(2, 8))), sent


def fb(cust, t: datetime | None, tp, channel, topic, rating=None, nps=None, lang=None, **kw):
    _fid[0] += 1
    fid = f"FB{_fid[0]:06d}"
    if lang is None:
        lang = cust["preferred_language"] if cust else "zh"
    text, sent = text_of(topic, lang, **kw)
    row = dict(feedback_id=fid, customer_id=cust["customer_id"] if cust else None, ts=fmt(t) if t else None,
               touchpoint_id=tp, channel=channel, rating=rating, nps=nps, text=text, language=lang,
               city=cust["city"] if cust else kw.get("city"), business_type=cust["business_type"] if cust else None,
               survey_wave=kw.get("wave"), order_no=kw.get("order_no"), complaint_no=kw.get("complaint_no"))
    feedback.append(row)
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))
    return row


# ---------------------------------------------------------------- customers
def new_customer(cid, city, btype, source, signup: datetime, old=False):
    reps = REPS[city]
    if city == "Hong Kong":
        en = 0.75
    elif city == "Shanghai":
        en = {"bakery_chain": 0.5, "bakery": 0.15}.get(btype, 0.02)
    elif city == "Beijing":
        en = {"bakery_chain": 0.2, "bakery": 0.1}.get(btype, 0.01)
    else:
        en = 0.01
    c = dict(customer_id=cid, company_name=company(btype, city, int(cid[1:])), signup_at=fmt(signup), segment=None,
             region=CITIES[city][1], 区域=CITIES[city][2], city=city, 城市=CITIES[city][0],
             acquisition_channel=source, 获客渠道=SOURCES[source][0], tier=None, business_type=btype,
             客户类型=BTYPES[btype], sales_rep=reps[int(rng.integers(len(reps)))], mill=CITIES[city][3],
             供货工厂=MILLS[CITIES[city][3]][0], outlets=None, est_monthly_t=None, payment_terms=None, 账期=None,
             payment_method=None, 付款方式=None, preferred_language="en" if chance(en) else "zh",
             contract_no=None, contract_start=None, account_status=None, lost_reason=None, 流失原因=None,
             lost_at=None)
    customers.append(c)
    return c


TERMS_ZH = {"cod": "货到付款", "net30": "月结30天", "net60": "月结60天"}
METHOD_ZH = {"wechat_pay": "微信支付", "alipay": "支付宝", "cash": "现金", "bank_transfer": "对公转账",
             "bank_acceptance": "银行承兑汇票", "fps": "转数快FPS", "cheque": "支票"}


def setup_account(c):
    bt, city = c["business_type"], c["city"]
    c["tier"] = "key_account" if bt in ("bakery_chain", "noodle_factory") else ("standard" if chance(0.6) else "small")
    c["outlets"] = ri(4, 40) if bt == "bakery_chain" else (1 if bt != "noodle_factory" else 1)
    if city == "Hong Kong":
        terms = "net30"
    elif bt in ("noodle_shop", "bun_dumpling"):
        terms = "cod" if chance(0.85) else "net30"
    elif bt == "bakery":
        terms = "cod" if chance(0.4) else "net30"
    elif bt == "bakery_chain":
        terms = "net60" if chance(0.8) else "net30"
    else:
        terms = "net60" if chance(0.5) else "net30"
    if terms == "cod":
        method = pick(["wechat_pay", "alipay", "cash"], [0.7, 0.2, 0.1])
    elif city == "Hong Kong":
        method = pick(["fps", "cheque"], [0.6, 0.4])
    elif bt in ("bakery_chain", "noodle_factory"):
        method = pick(["bank_transfer", "bank_acceptance"], [0.5, 0.5])
    else:
        method = pick(["bank_transfer", "bank_acceptance"], [0.9, 0.1])
    c.update(payment_terms=terms, 账期=TERMS_ZH[terms], payment_method=method, 付款方式=METHOD_ZH[method])
    mi, sd, lo, hi = ORDER_PATTERN[bt]
    c["_size"] = float(np.exp(rng.normal(0, 0.25)))
    c["est_monthly_t"] = round((lo + hi) / 2 * c["_size"] * 30 / mi, 1)


# ---------------------------------------------------------------- leads and the sales funnel
def lead_days():
    out = []  # (day, source, city, btype, show)
    for d in range(NDAYS):
        wd = day(d).weekday()
        lam = 2.7 * (1 + 0.3 * d / NDAYS) * (0.35 if wd >= 5 else 1.0) * (0.15 if in_cny(d) else 1.0)
        for _ in range(int(rng.poisson(lam))):
            src = pick([s for s in SOURCES if s != "trade_show"], [SOURCES[s][1] for s in SOURCES if s != "trade_show"])
            city = pick(CITY_NAMES, [CITIES[x][6] for x in CITY_NAMES])
            tw = CITIES[city][7]
            out.append((d, src, city, pick(list(tw), list(tw.values())), None))
    for name, zh, first, ndays, n, cw, tw in SHOWS:
        for _ in range(n):
            d = di(first) + ri(0, ndays - 1)
            out.append((d, "trade_show", pick(list(cw), list(cw.values())), pick(list(tw), list(tw.values())),
                        (name, zh)))
    out.sort(key=lambda r: r[0])
    return out


P_VISIT = dict(sales_rep=0.97, referral=0.86, trade_show=0.52, hotline=0.6, wechat=0.45, website=0.3)


def sample_product(bt):
    mix = PRODUCT_MIX[bt]
    return max(mix, key=mix.get)


def run_funnel(c, d0: int, src, show):
    """the lead's way from tp_lead to tp_contract; returns the contract day or None"""
    bt = c["business_type"]
    t = at(d0, u(8.5, 18.5))
    c["signup_at"] = fmt(t)
    kw = {}
    if show:
        kw = dict(lead_source=show[0], 展会=show[1])
    ev(c, "tp_lead", t, "created", channel=src, est_weekly_bags=ri(8, 40) if bt not in (
        "bakery_chain", "noodle_factory") else ri(150, 900), **kw)
    if not chance(P_VISIT[src]):
        return None
    d = d0 + (ri(0, 1) if src == "sales_rep" else ri(1, 12))
    if d > LAST:
        return None
    t = at(d, u(9, 17))
    ev(c, "tp_visit", t, "visited", channel="store")
    if chance(0.5):
        topic = pick(["visit_good", "competitor", "visit_meh"], [0.45, 0.3, 0.25])
        fb(c, t + timedelta(minutes=ri(20, 240)), "tp_visit", "call_note", topic, n=ri(10, 60))
    if not chance(0.9 if bt in ("bakery_chain", "noodle_factory") else 0.76):
        return None
    d += ri(1, 8)
    if d > LAST:
        return None
    prod = sample_product(bt)
    mill = c["mill"]
    ev(c, "tp_sample", at(d, u(9, 17)), "sent", channel="other", product=prod, 品名=PRODUCTS[prod][0],
       mill=mill, 工厂=MILLS[mill][0], sample_kg=ri(2, 10) * 5 if bt in ("bakery_chain", "noodle_factory") else ri(1, 5) * 5)
    sd = d
    if not chance(0.9):
        return None
    d += ri(3, 12)
    if d > LAST:
        return None
    weak = mill == "xinxiang" and prod in ("noodle_flour", "general_flour") and WEAK_LOTS[0] <= sd - 2 <= WEAK_LOTS[1] + 7
    soft = mill == "binzhou" and prod == "bread_flour" and SOFT_BREAD[0] <= sd - 2 <= SOFT_BREAD[1] + 7
    p_pass = 0.3 if weak else (0.42 if soft else 0.76)
    passed = chance(p_pass)
    if passed:
        reason = None
    elif weak:
        reason = "weak_gluten"
    elif soft:
        reason = "low_volume"
    else:
        reason = pick(["weak_gluten", "low_volume", "dull_colour"],
                      [0.6, 0.1, 0.3] if bt in ("noodle_shop", "noodle_factory", "bun_dumpling") else [0.1, 0.6, 0.3])
    tech = chance(0.35)
    t = at(d, u(9, 17))
    ev(c, "tp_trial", t, "pass" if passed else "fail", channel="store", product=prod, 品名=PRODUCTS[prod][0],
       mill=mill, 工厂=MILLS[mill][0],
       fail_reason=reason, 不通过原因={"weak_gluten": "筋力弱/断条", "low_volume": "体积小/塌陷",
                                    "dull_colour": "颜色发暗"}.get(reason), technician_onsite="yes" if tech else "no")
    if chance(0.7):
        if passed:
            topic = "technician" if tech and chance(0.6) else "quality_good"
            rating = pick([4, 5], [0.4, 0.6])
        else:
            topic = TRIAL_FAIL_TOPIC[reason]
            rating = pick([1, 2, 3], [0.3, 0.45, 0.25])
        fb(c, t + timedelta(hours=u(1, 30)), "tp_trial", "trial_feedback", topic, rating=rating)
    if not chance(0.88 if passed else 0.2):
        return None
    d += ri(1, 6)
    if chance(0.07):
        d += ri(30, 70)          # the owner went quiet for a month or two
    if d > LAST:
        return None
    setup_account(c)
    p_q = price(prod, d) * (0.97 if c["tier"] == "key_account" else 1.0)
    qno = f"QT{d:03d}{int(c['customer_id'][1:]):05d}"
    variant = None
    if EXP[0] <= d <= EXP[1]:
        variant = "locked_3m" if chance(0.5) else "market_linked"
        experiments.append(dict(experiment_id="quote_format_2025", variant=variant, customer_id=c["customer_id"],
                                assigned_at=fmt(at(d, 8.75))))
    mode = variant or pick(["locked_3m", "market_linked"], [0.3, 0.7])
    ev(c, "tp_quote", at(d, u(9, 17)), "sent", channel="email" if c["preferred_language"] == "en" else "wechat",
       quote_no=qno, product=prod, 品名=PRODUCTS[prod][0], quoted_price_per_t=round(p_q, 0), price_mode=mode,
       valid_days=15)
    if chance(0.22):
        d += ri(2, 6)
        if d > LAST:
            return None
        ev(c, "tp_quote", at(d, u(9, 17)), "revised", channel="email" if c["preferred_language"] == "en" else "wechat",
           quote_no=qno, product=prod, 品名=PRODUCTS[prod][0], quoted_price_per_t=round(p_q * 0.985, 0),
           price_mode=mode, valid_days=15)
    p_c = 0.56
    if variant:
        p_c = 0.64 if variant == "locked_3m" else 0.41
    p_c += {"referral": 0.12, "website": -0.08}.get(src, 0.0)
    if not chance(p_c):
        return None
    d += ri(3, 22)
    if d > LAST:
        return None
    cno = f"HT{day(d).strftime('%y%m')}{int(c['customer_id'][1:]):05d}"
    tonnes = round(c["est_monthly_t"] * 12, 0)
    ev(c, "tp_contract", at(d, u(9, 18)), "signed", channel="other", contract_no=cno, contract_months=12,
       contract_tonnes=tonnes, price_mode=mode, payment_terms=c["payment_terms"], 账期=c["账期"])
    c["contract_no"], c["contract_start"] = cno, day(d).isoformat()
    return d


# ---------------------------------------------------------------- orders, deliveries, complaints, money
ORDER_CH = {
    "noodle_shop": (["mini_program", "phone", "sales_rep"], [0.45, 0.3, 0.25]),
    "bun_dumpling": (["mini_program", "phone", "sales_rep"], [0.45, 0.3, 0.25]),
    "bakery": (["mini_program", "sales_rep", "phone"], [0.55, 0.25, 0.2]),
    "bakery_chain": (["edi", "email", "sales_rep"], [0.6, 0.2, 0.2]),
    "noodle_factory": (["sales_rep", "phone", "email"], [0.5, 0.3, 0.2]),
}
LATE_P = {"own_fleet": 0.04, "shunda": 0.13, "longyun": 0.08, "yuegang": 0.1}
TORN_P = {"own_fleet": 0.015, "shunda": 0.11, "longyun": 0.03, "yuegang": 0.05}
PAY_LATE = {"bakery_chain": 0.36, "noodle_factory": 0.2, "bakery": 0.1, "noodle_shop": 0.12, "bun_dumpling": 0.12}
COMPLAINT_ZH = {"weak_gluten": "筋力弱/断条", "low_volume": "面包塌陷/体积小", "insects": "生虫", "clumping": "受潮结块",
                "specks": "黑点", "off_colour": "颜色发暗", "odour": "异味", "foreign_matter": "异物"}
COMPLAINT_TOPIC = {"weak_gluten": "snap", "low_volume": "collapse", "insects": "insects", "clumping": "clumping",
                   "specks": "specks", "off_colour": "colour", "odour": "odour"}
RESOLUTION_ZH = {"replaced": "换货", "credited": "折让", "explained": "解释说明", "withdrawn": "客户撤回"}
LOST_ZH = {"price": "价格", "quality": "质量问题", "switched_supplier": "换供应商", "closed_business": "停业关店",
           "delivery": "配送问题"}
_ord = [0]
_cmp = [0]
_inv = [0]


def complaint_type(c, prod, lot_day, deliv_day, pack):
    """which complaint this delivery raises, if any"""
    bt, city, mill = c["business_type"], c["city"], c["mill"]
    m = day(deliv_day).month
    p = {}
    if mill == "xinxiang" and prod in ("noodle_flour", "general_flour") and WEAK_LOTS[0] <= lot_day <= WEAK_LOTS[1]:
        p["weak_gluten"] = {"noodle_shop": 0.2, "noodle_factory": 0.24, "bun_dumpling": 0.04}.get(bt, 0.02)
    if mill == "binzhou" and prod == "bread_flour" and SOFT_BREAD[0] <= lot_day <= SOFT_BREAD[1]:
        p["low_volume"] = 0.12
    if pack == "bag25" and 6 <= m <= 9:
        p["insects"] = 0.03 if city in ("Wuhan", "Hong Kong") else 0.002
    if city == "Hong Kong" and 5 <= m <= 9:
        p["clumping"] = 0.012
    if prod != "cake_flour":                      # cake flour is meant to be weak
        p.setdefault("weak_gluten", 0.0006)
    p.setdefault("low_volume", 0.0004)
    p["specks"] = 0.002
    p["off_colour"] = 0.001
    p["odour"] = 0.0006
    tot = sum(p.values())
    if not chance(tot):
        return None
    return pick(list(p), list(p.values()))


def simulate_account(c, start_day: int, first_is_new: bool, anniversaries: list[int]):
    bt, city = c["business_type"], c["city"]
    mi, sd, lo, hi = ORDER_PATTERN[bt]
    mill = c["mill"]
    carriers = CITIES[city][4]
    transit = CITIES[city][5]
    terms_days = {"cod": 0, "net30": 30, "net60": 60}[c["payment_terms"]]
    late_pay = PAY_LATE[bt] + (0.1 if c["payment_method"] == "bank_acceptance" else 0.0)
    if city == "Hong Kong":
        late_pay = 0.05
    confirmed: list[int] = []      # days of confirmed quality complaints
    late_days: list[int] = []
    closure = None
    if bt in ("noodle_shop", "bun_dumpling", "bakery") and chance(0.14):
        closure = start_day + ri(60, 900)
    d = start_day
    ann = list(anniversaries)
    first = first_is_new
    lost = None
    while d <= LAST:
        if closure is not None and d >= closure:
            lost = (closure, "closed_business")
            break
        if ann and d >= ann[0]:
            a = ann.pop(0)
            p = 0.9
            recent = [x for x in confirmed if a - 365 <= x < a]
            if recent:
                p = 0.45
            if a >= PRICE_UP and bt in ("noodle_shop", "bun_dumpling"):
                p -= 0.15
            if len([x for x in late_days if a - 365 <= x < a]) >= 6:
                p -= 0.15
            if city == "Hong Kong":
                p += 0.05
            ok = chance(p)
            if ok:
                ev(c, "tp_renewal", at(a, u(9, 17)), "renewed", channel="other", contract_no=c["contract_no"],
                   contract_months=12)
                continue
            if recent and chance(0.75):
                reason = "quality"
            elif a >= PRICE_UP and chance(0.6):
                reason = "price"
            elif len(late_days) >= 6 and chance(0.5):
                reason = "delivery"
            else:
                reason = pick(["switched_supplier", "price", "closed_business"], [0.5, 0.3, 0.2])
            ev(c, "tp_renewal", at(a, u(9, 17)), "not_renewed", channel="other", contract_no=c["contract_no"],
               lost_reason=reason, 流失原因=LOST_ZH[reason])
            lost = (a, reason)
            if chance(0.7):
                lt = at(a + ri(3, 20), u(9, 18))
                topic = {"quality": pick(["snap", "collapse", "insects"], [0.5, 0.3, 0.2]) if bt != "bakery" and bt !=
                         "bakery_chain" else pick(["collapse", "insects", "specks"], [0.6, 0.25, 0.15]),
                         "price": "price", "delivery": "late", "switched_supplier": "competitor",
                         "closed_business": "generic_ok"}[reason]
                if reason == "quality" and recent:
                    topic = c.get("_last_topic", topic)
                fb(c, lt if chance(0.7) else None, "tp_renewal", "lost_interview", topic,
                   rating=ri(1, 2) if reason != "closed_business" else None)
            break
        # ---- one order
        season_t = 1.0
        mix = dict(PRODUCT_MIX[bt])
        mo = day(d).month
        if bt in ("bakery", "bakery_chain") and mo in (8, 9):
            mix["cake_flour"] *= 3.6 if mo == 8 else 2.0     # mooncake season (Mid-Autumn 2025-10-06)
            season_t = 1.25 if mo == 8 else 1.1
        pre_cny = any(0 <= cd - d <= 28 for cd in CNY_DAY)
        if bt == "bun_dumpling" and pre_cny:
            mix["dumpling_flour"] *= 3.0
            season_t = 1.5
        if bt == "noodle_shop" and mo in (7, 8):
            season_t = 0.85                           # hot weather: fewer bowls
        prod = pick(list(mix), list(mix.values()))
        tonnes = round(u(lo, hi) * c["_size"] * season_t, 2)
        bulk = bt in ("noodle_factory", "bakery_chain") and tonnes >= 10 and chance(0.5)
        pack = "bulk" if bulk else "bag25"
        if pack == "bag25":
            bags = max(1, int(round(tonnes * 40)))
            tonnes = bags / 40
        else:
            bags = None
        _ord[0] += 1
        ono = f"SO{day(d).strftime('%y%m')}{_ord[0]:06d}"
        chs, cw = ORDER_CH[bt]
        if city == "Hong Kong":
            chs, cw = ["email", "whatsapp", "sales_rep"], [0.45, 0.35, 0.2]
        cw = list(cw)
        if "mini_program" in chs:
            cw[chs.index("mini_program")] *= 0.45 + 1.1 * d / NDAYS
        och = pick(chs, cw)
        dev = pick(["android", "ios"], [0.62, 0.38]) if och == "mini_program" else (
            "pc" if och in ("edi", "email") else None)
        ppt = price(prod, d) * (0.97 if c["tier"] == "key_account" else 1.0)
        gross = round(tonnes * ppt, 2)
        t_order = at(d, u(6, 10) if och == "edi" else u(7.5, 21))
        otype = "first" if first else "repeat"
        first = False
        ev(c, "tp_order", t_order, "submit", channel=och, device=dev, order_no=ono, order_type=otype, product=prod,
           品名=PRODUCTS[prod][0], pack=pack, 包装="散装罐车" if bulk else "25kg袋装", tonnes=tonnes, bags=bags,
           price_per_t=round(ppt, 2), order_cny=gross)
        orow = dict(order_id=ono, customer_id=c["customer_id"], ts=fmt(t_order), amount=gross, status=None,
                    channel=och, device=dev, order_type=otype, city=city, 城市=CITIES[city][0], business_type=bt,
                    客户类型=BTYPES[bt], product=prod, 品名=PRODUCTS[prod][0], pack=pack, tonnes=tonnes,
                    price_per_t=round(ppt, 2), gross_cny=gross, rejected_cny=0.0, currency="HKD" if city == "Hong Kong"
                    else "CNY", amount_local=None, mill=mill, 工厂=MILLS[mill][0], delivered_at=None, invoice_no=None,
                    due_date=None, paid_at=None, days_late=None, payment_terms=c["payment_terms"],
                    payment_method=c["payment_method"], cancel_reason=None)
        orders.append(orow)
        nxt = d + max(2, int(round(rng.normal(mi, sd) / season_t if bt != "bun_dumpling" else
                                    rng.normal(mi, sd) / (1.3 if pre_cny else 1.0))))
        while in_cny(nxt) and bt not in ("bakery_chain",):
            nxt += 1
        if chance(0.018):
            orow.update(status="cancelled",
                        cancel_reason=pick(["duplicate", "customer_changed_mind", "price_dispute"], [0.4, 0.45, 0.15]))
            d = nxt
            continue
        # ---- dispatch
        dd = d if (t_order.hour < 10 and transit[1] < 6) else d + 1
        if in_cny(dd) and dd not in (CNY_CLOSED[0][0], CNY_CLOSED[1][0]):
            dd = max(b for a, b in CNY_CLOSED if a <= dd <= b) + 1
        if dd > LAST:
            orow["status"] = "open"
            d = nxt
            continue
        carrier = pick(list(carriers), list(carriers.values()))
        lot_day = dd - ri(1, 6)
        lot = f"{MILLS[mill][1]}{day(lot_day).strftime('%y%m%d')}-{ri(1, 3)}"
        t_disp = at(dd, u(4.5, 14))
        truck = f"{'豫' if mill == 'xinxiang' else ('陕' if mill == 'baoji' else '鲁')}{'ABCDEFG'[ri(0, 6)]}{ri(10000, 99999)}"
        ev(c, "tp_dispatch", t_disp, "dispatched", channel="other", order_no=ono, product=prod, 品名=PRODUCTS[prod][0],
           mill=mill, 工厂=MILLS[mill][0], lot_no=lot, carrier=carrier, 承运商=CARRIERS[carrier], truck_id=truck,
           pack=pack, tonnes=tonnes, bags=bags)
        # ---- delivery
        th = u(*transit)
        p_late = LATE_P[carrier]
        if mill == "xinxiang" and FOG[0] <= dd <= FOG[1]:
            p_late = 0.42
        late = chance(p_late)
        hours_late = round(float(np.clip(rng.lognormal(1.4, 0.6), 1.0, 30.0)), 1) if late else 0.0
        if late and mill == "xinxiang" and FOG[0] <= dd <= FOG[1]:
            hours_late = round(hours_late + u(3, 12), 1)
        t_arr = t_disp + timedelta(hours=th + hours_late)
        ad = di(t_arr.date())
        if ad > LAST:
            orow["status"] = "open"
            d = nxt
            continue
        torn = 0
        if pack == "bag25" and chance(TORN_P[carrier]):
            torn = min(bags, ri(1, 6))
        whole = chance(0.003)
        if whole:
            action, reason = "rejected", pick(["wet_bags", "wrong_product"], [0.6, 0.4])
        elif torn:
            action, reason = "part_rejected", "torn_bags"
        else:
            action, reason = "accepted", None
        if late:
            late_days.append(ad)
        rej_cny = gross if whole else round(torn / 40 * ppt, 2)
        ev(c, "tp_delivery", t_arr, action, channel="other", order_no=ono, product=prod, 品名=PRODUCTS[prod][0],
           mill=mill, 工厂=MILLS[mill][0], lot_no=lot, carrier=carrier, 承运商=CARRIERS[carrier], truck_id=truck,
           pack=pack, tonnes=tonnes, bags=bags, transit_hours=round(th + hours_late, 1), on_time="no" if late else "yes",
           hours_late=hours_late, bags_torn=torn, reject_reason=reason,
           拒收原因={"wet_bags": "受潮", "wrong_product": "错货", "torn_bags": "破包"}.get(reason),
           rejected_cny=rej_cny if action != "accepted" else 0.0)
        orow["delivered_at"] = fmt(t_arr)
        orow["rejected_cny"] = rej_cny if action != "accepted" else 0.0
        # delivery survey
        p_survey = 0.3 if city == "Hong Kong" else 0.11
        if chance(p_survey):
            st = t_arr + timedelta(hours=u(1, 40))
            if late and chance(0.75):
                fog = mill == "xinxiang" and FOG[0] <= dd <= FOG[1]
                fb(c, st, "tp_delivery", "delivery_survey", "fog_late" if fog and chance(0.5) else "late",
                   rating=pick([1, 2, 3], [0.3, 0.45, 0.25]), order_no=ono, h=max(1, int(hours_late)))
            elif torn and chance(0.75):
                fb(c, st, "tp_delivery", "delivery_survey", "torn_bags", rating=pick([1, 2, 3], [0.3, 0.45, 0.25]),
                   order_no=ono, n=torn)
            elif d >= PRICE_UP and bt in ("noodle_shop", "bun_dumpling") and chance(0.12):
                fb(c, st, "tp_delivery", "delivery_survey", "price", rating=pick([2, 3, 4], [0.3, 0.5, 0.2]),
                   order_no=ono)
            else:
                topic = pick(["driver", "quality_good", "generic_ok"], [0.25, 0.3, 0.45])
                fb(c, st, "tp_delivery", "delivery_survey", topic,
                   rating=pick([4, 5], [0.45, 0.55]) if topic != "generic_ok" else pick([3, 4, 5], [0.2, 0.5, 0.3]),
                   order_no=ono)
        if whole:
            orow["status"] = "returned"
            d = nxt
            continue
        net = round(gross - rej_cny, 2)
        orow["amount"] = net
        if city == "Hong Kong":
            orow["amount_local"] = round(net * HKD, 2)
        # ---- quality complaint
        ctype = complaint_type(c, prod, lot_day, ad, pack)
        if ctype:
            cd = ad + (ri(0, 3) if ctype in ("weak_gluten", "low_volume") else ri(1, 8))
            if cd <= LAST:
                _cmp[0] += 1
                cno = f"QC{day(cd).strftime('%y%m')}{_cmp[0]:04d}"
                t_c = at(cd, u(8, 20))
                cch = pick(["hotline", "wechat", "sales_rep"], [0.35, 0.4, 0.25]) if c["preferred_language"] == "zh" \
                    else pick(["email", "whatsapp", "sales_rep"], [0.5, 0.3, 0.2])
                ev(c, "tp_complaint", t_c, "opened", channel=cch, complaint_no=cno, order_no=ono, complaint_type=ctype,
                   投诉类型=COMPLAINT_ZH[ctype], product=prod, 品名=PRODUCTS[prod][0], mill=mill, 工厂=MILLS[mill][0],
                   lot_no=lot)
                if ctype in COMPLAINT_TOPIC:
                    fb(c, t_c + timedelta(minutes=ri(2, 90)), "tp_complaint", "complaint_ticket", COMPLAINT_TOPIC[ctype],
                       lot=lot, order_no=ono, complaint_no=cno)
                    c["_last_topic"] = COMPLAINT_TOPIC[ctype]
                backlog = LAB_BACKLOG[0] <= cd <= LAB_BACKLOG[1]
                withdrawn = chance(0.05)
                if withdrawn:
                    close_d = cd + ri(1, 4)
                    res, credit, conf = "withdrawn", 0.0, False
                else:
                    rd = cd + (ri(8, 24) if backlog else ri(1, 3))
                    conf = chance({"weak_gluten": 0.92, "low_volume": 0.86, "insects": 0.66, "clumping": 0.6}.get(ctype, 0.45))
                    if rd <= LAST:
                        base_g = {"noodle_flour": 31.5, "general_flour": 29.0, "bread_flour": 33.5, "cake_flour": 24.0,
                                  "wholewheat": 30.0, "dumpling_flour": 30.5, "bun_flour": 28.5}[prod]
                        g = rng.normal(26.2, 0.7) if ctype == "weak_gluten" and conf else rng.normal(base_g, 0.9)
                        if ctype == "low_volume" and conf:
                            g = rng.normal(base_g - 2.8, 0.8)
                        moist = rng.normal(14.7, 0.2) if ctype == "clumping" and conf else rng.normal(13.2, 0.25)
                        ev(c, "tp_retest", at(rd, u(9, 17)), "confirmed" if conf else "not_confirmed", channel="other",
                           complaint_no=cno, complaint_type=ctype, 投诉类型=COMPLAINT_ZH[ctype], lot_no=lot, mill=mill,
                           工厂=MILLS[mill][0], product=prod, 品名=PRODUCTS[prod][0], wet_gluten_pct=round(float(g), 1),
                           moisture_pct=round(float(moist), 2), days_to_retest=rd - cd)
                    close_d = rd + (ri(6, 20) if backlog else ri(1, 5))
                    if conf:
                        res = "replaced" if chance(0.55) else "credited"
                    else:
                        res = "explained"
                    credit = round(gross * u(0.1, 0.4), 2) if res == "credited" else 0.0
                if conf:
                    confirmed.append(cd)
                if close_d <= LAST:
                    ev(c, "tp_complaint_close", at(close_d, u(9, 18)), res, channel="phone", complaint_no=cno,
                       complaint_type=ctype, 投诉类型=COMPLAINT_ZH[ctype], resolution=res, 处理方式=RESOLUTION_ZH[res],
                       credit_cny=credit, days_to_close=close_d - cd)
                    if chance(0.4):
                        slow = close_d - cd > 14
                        fb(c, at(close_d + ri(0, 3), u(9, 21)), "tp_complaint_close", "complaint_followup",
                           "slow_handling" if slow else ("handled_well" if res != "explained" else "generic_ok"),
                           rating=pick([1, 2], [0.5, 0.5]) if slow else pick([3, 4, 5], [0.3, 0.4, 0.3]),
                           complaint_no=cno)
        # ---- invoice and payment
        if c["payment_terms"] == "cod":
            t_inv = t_arr + timedelta(minutes=ri(5, 40))
        else:
            t_inv = at(ad + ri(0, 2), u(9, 18))
        if di(t_inv.date()) > LAST:
            orow["status"] = "delivered"
            d = nxt
            continue
        _inv[0] += 1
        ino = f"INV{t_inv.strftime('%y%m')}{_inv[0]:06d}"
        due = t_inv.date() + timedelta(days=terms_days)
        ev(c, "tp_invoice", t_inv, "issued", channel="email" if c["payment_terms"] != "cod" else "other",
           invoice_no=ino, order_no=ono, invoice_cny=net, due_date=due.isoformat(), payment_terms=c["payment_terms"],
           账期=c["账期"])
        orow.update(invoice_no=ino, due_date=due.isoformat())
        if c["payment_terms"] == "cod":
            t_pay = t_inv + timedelta(minutes=ri(1, 30))
            dl = 0
        else:
            if chance(late_pay):
                dl = ri(3, 45)
                t_pay = at(di(due) + dl, u(9, 17))
            else:
                dl = 0
                t_pay = at(di(due) - ri(0, 12), u(9, 17))
        if di(t_pay.date()) > LAST:
            orow["status"] = "overdue" if di(due) < LAST else "unpaid"
            d = nxt
            continue
        ev(c, "tp_payment", t_pay, "late" if dl > 0 else "on_time", channel="other", invoice_no=ino, order_no=ono,
           paid_cny=net, payment_method=c["payment_method"], 付款方式=c["付款方式"],
           days_to_pay=(t_pay.date() - t_inv.date()).days, days_late=dl, payment_terms=c["payment_terms"])
        orow.update(status="paid", paid_at=fmt(t_pay), days_late=dl)
        d = nxt
    return lost


# ---------------------------------------------------------------- feedback without a trigger
def nps_waves():
    waves = [("2025-06", di(date(2025, 6, 9))), ("2025-12", di(date(2025, 12, 8))), ("2026-06", di(date(2026, 6, 8)))]
    for wave, wd in waves:
        for c in customers:
            fo, lo = c.get("_first_day"), c.get("_last_day")
            if fo is None or fo > wd - 30 or (lo is not None and lo < wd - 30):
                continue
            if not chance(0.55 if c["city"] != "Hong Kong" else 0.7):
                continue
            t = at(wd + ri(0, 12), u(9, 21))
            score = 8.3 + rng.normal(0, 1.4)
            topic = None
            recent = [x for x in c.get("_complaint_days", []) if wd - 150 <= x <= wd]
            if recent:
                score -= 3.0
                topic = c.get("_last_topic")
            if wd >= PRICE_UP and c["business_type"] in ("noodle_shop", "bun_dumpling"):
                score -= 1.6
                if topic is None and chance(0.6):
                    topic = "price"
            if c["city"] == "Hong Kong":
                score += 0.6
            if c.get("_carriers_torn", 0) >= 3 and topic is None and chance(0.5):
                score -= 2.0
                topic = "torn_bags"
            s = int(np.clip(round(score), 0, 10))
            if topic is None:
                if s >= 9:
                    topic = pick(["quality_good", "driver", "technician"], [0.6, 0.3, 0.1])
                elif s >= 7:
                    topic = pick(["generic_ok", "terms", "invoice"], [0.7, 0.15, 0.15])
                else:
                    topic = pick(["late", "price", "invoice", "generic_ok"], [0.3, 0.3, 0.15, 0.25])
            fb(c, t, None, "nps_survey", topic, nps=s, wave=wave)


def wechat_group():
    topics = ["price", "insects", "snap", "driver", "generic_ok", "clumping", "late", "quality_good", "torn_bags"]
    w = [0.18, 0.1, 0.14, 0.1, 0.18, 0.05, 0.1, 0.1, 0.05]
    for _ in range(170):
        topic = pick(topics, w)
        lang = "en" if chance(0.15) else "zh"
        fb(None, None, None, "wechat_group", topic, lang=lang, lot="", n=ri(2, 5), h=ri(2, 6))


# ---------------------------------------------------------------- main simulation
def simulate():
    n = 0
    for d0, src, city, bt, show in lead_days():
        n += 1
        c = new_customer(f"C{n:05d}", city, bt, src, at(d0, 9))
        cd = run_funnel(c, d0, src, show)
        if cd is None:
            continue
        fd = cd + ri(1, 9)
        if fd > LAST:
            c["_pending"] = True
            continue
        anniv = [cd + 365 * k for k in (1, 2) if cd + 365 * k <= LAST]
        mark(c, simulate_account(c, fd, True, anniv))
    # older accounts (opened 2019-2024), no onboarding in the data
    for k in range(1, 231):
        city = pick(CITY_NAMES, [CITIES[x][6] for x in CITY_NAMES])
        tw = dict(CITIES[city][7])
        tw["noodle_factory"] *= 1.6
        tw["bakery_chain"] *= 1.5
        bt = pick(list(tw), list(tw.values()))
        src = pick(["sales_rep", "referral", "trade_show", "hotline"], [0.45, 0.3, 0.15, 0.1])
        opened = date(ri(2019, 2024), ri(1, 12), ri(1, 28))
        c = new_customer(f"A{k:04d}", city, bt, src, datetime.combine(opened, datetime.min.time()) + timedelta(hours=10))
        setup_account(c)
        c["contract_no"] = f"HT{opened.strftime('%y%m')}{k:05d}"
        c["contract_start"] = opened.isoformat()
        anniv = []
        y = 2025
        while True:
            a = di(date(y, opened.month, opened.day))
            if a > LAST:
                break
            if a >= 0:
                anniv.append(a)
            y += 1
        mark(c, simulate_account(c, ri(0, 6), False, anniv))


def mark(c, lost):
    cid = c["customer_id"]
    c["_lost"] = lost
    if lost:
        c["lost_reason"], c["流失原因"] = lost[1], LOST_ZH[lost[1]]
        c["lost_at"] = day(min(LAST, lost[0] + ri(20, 45))).isoformat() if lost[0] + 20 <= LAST else None


def finish_customers():
    by_c: dict[str, list] = {}
    for e in events:
        by_c.setdefault(e["customer_id"], []).append(e)
    for c in customers:
        evs = by_c.get(c["customer_id"], [])
        od = [di(datetime.strptime(e["ts"][:10], "%Y-%m-%d").date()) for e in evs if e["touchpoint_id"] == "tp_order"]
        c["_first_day"] = min(od) if od else None
        c["_last_day"] = max(od) if od else None
        c["_complaint_days"] = [di(datetime.strptime(e["ts"][:10], "%Y-%m-%d").date()) for e in evs
                                if e["touchpoint_id"] == "tp_complaint"]
        c["_carriers_torn"] = sum(1 for e in evs if e["touchpoint_id"] == "tp_delivery" and e.get("bags_torn"))
        last_any = max((di(datetime.strptime(e["ts"][:10], "%Y-%m-%d").date()) for e in evs), default=None)
        if c["customer_id"].startswith("A") or od:
            if c.get("_lost") and c.get("lost_at"):
                seg = "lost"
            elif c.get("_lost"):
                seg = "lapsed"
            elif c["_first_day"] is not None and c["customer_id"].startswith("C") and LAST - c["_first_day"] < 90:
                seg = "new_account"
            elif c["_last_day"] is not None and LAST - c["_last_day"] > 30:
                seg = "lapsed"
            else:
                seg = "active"
            c["account_status"] = "closed" if c.get("_lost") else "open"
        elif c.get("_pending") or (last_any is not None and LAST - last_any <= 60):
            seg = "prospect"
        else:
            seg = "lost_lead"
        c["segment"] = seg
        if not c["contract_no"]:           # quoted but never signed: no terms on file
            for k in ("payment_terms", "账期", "payment_method", "付款方式", "est_monthly_t", "outlets"):
                c[k] = None


def main(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    simulate()
    finish_customers()
    nps_waves()
    wechat_group()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=i + 1, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for i, tp in enumerate(j[3])])
    write(out / "customers.csv", customers)
    evs = sorted(events, key=lambda e: (e["ts"], e["event_id"]))
    # the e-invoice platform re-sent 30 invoices in March 2026 (same event_id, same content)
    inv = [e for e in evs if e["touchpoint_id"] == "tp_invoice" and e["ts"].startswith("2026-03")]
    dup = [inv[int(i)] for i in rng.choice(len(inv), size=30, replace=False)]
    evs = sorted(evs + dup, key=lambda e: (e["ts"], e["event_id"]))
    base = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device"]
    extra = []
    for e in evs:
        for k in e:
            if k not in base and k not in extra:
                extra.append(k)
    write(out / "events.csv", evs, base + extra)
    write(out / "orders.csv", sorted(orders, key=lambda o: o["ts"]))
    fcols = ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "rating", "nps", "text", "language",
             "city", "business_type", "survey_wave", "order_no", "complaint_no"]
    fbs = sorted(feedback, key=lambda r: (r["ts"] or "9999", r["feedback_id"]))
    write(out / "feedback.csv", fbs, fcols)
    write(out / "experiments.csv", experiments, ["experiment_id", "variant", "customer_id", "assigned_at"])
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(customers)}, events {len(evs)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"experiments {len(experiments)}")


def write(path: Path, rows, cols=None):
    if cols is None:
        cols, seen = [], set()
        for r in rows:
            for k in r:
                if k not in seen and not k.startswith("_"):
                    seen.add(k)
                    cols.append(k)
    pos = {k: i for i, k in enumerate(cols)}
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            row = [None] * len(cols)
            for k, v in r.items():
                i = pos.get(k)
                if i is not None:
                    row[i] = v
            w.writerow(row)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
