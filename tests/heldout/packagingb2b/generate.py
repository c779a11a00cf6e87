"""盒匠包装 BoxSmith Packaging: a custom packaging maker selling printed boxes and mailers to e-commerce sellers
(synthetic, written blind).

Two plants — 东莞厂 Dongguan (flexo corrugated, digital print, poly mailers; ships export through Shenzhen) and 昆山厂
Kunshan (offset folding cartons and rigid boxes for everyone, flexo corrugated for East China) — make 飞机盒 mailer boxes,
快递纸箱 shipping cartons, 彩盒 folding cartons, 天地盖礼盒 rigid gift boxes, 快递袋 poly mailers and 牛皮纸袋 paper
mailers for Tmall / Taobao, Douyin, Amazon, Shopify and Etsy sellers in Shenzhen, Guangzhou, Hangzhou, Shanghai, Yiwu,
the US, the UK, Germany and Australia.

A seller sends a quote request (询价: website form, Alibaba.com RFQ, WeChat, referral, trade show, sales outreach), gets
a quote (报价), the dieline (刀模图), artwork proofs (设计稿确认, one row per proof round), a physical sample run (打样:
pass / fail) and places a first order (下单). Every order is produced (生产), inspected (出货检验: pass / fail, rework and
re-inspection after a fail), shipped (发货: own truck, Deppon / ANE LTL, SF freight; sea LCL or DHL air for export),
delivered (签收: accepted / damaged), invoiced (开票) and paid (回款: prepaid, or net 30 days). Defect claims (质量索赔)
get a photo review by QA (索赔审核: confirmed / not_confirmed) and are closed (索赔结案: reprint, credit, goodwill_credit,
rejected). Accounts reorder (返单) every few weeks.

Data 2025-01-01 .. 2026-06-30 (CRM + ERP + TMS extract taken early July 2026). Times are naive China local times
(UTC+8), also for overseas customers. Money: orders.amount and every *_cny column are CNY; export orders are billed in
USD (currency, amount_local, fx_rate).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260705), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260705
rng = np.random.default_rng(SEED)
D0 = date(2025, 1, 1)
DEND = date(2026, 6, 30)
NDAYS = (DEND - D0).days + 1
LAST = NDAYS - 1


def di(d: date) -> int:
    return (d - D0).days


def dd(s: str) -> int:
    return di(date.fromisoformat(s))


def day(i: float) -> date:
    return D0 + timedelta(days=int(i))


def at(i: float, hour: float | None = None) -> datetime:
    """day index i (may be fractional when hour is None)"""
    if hour is None:
        base = datetime.combine(D0, datetime.min.time()) + timedelta(minutes=int(round(i * 1440)))
        return base
    return datetime.combine(day(i), datetime.min.time()) + timedelta(minutes=int(round(hour * 60)))


def dix(t: datetime) -> float:
    return (t - datetime.combine(D0, datetime.min.time())).total_seconds() / 86400


def clampt(t: datetime) -> datetime:
    """no later than the extract's last minute"""
    return min(t, at(LAST, 23.98))


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def pickd(d: dict):
    return pick(list(d), list(d.values()))


def u(a, b):
    return float(rng.uniform(a, b))


def ri(a, b):
    return int(rng.integers(a, b + 1))


def chance(p):
    return bool(rng.random() < p)


def office(i: int, overseas=False) -> datetime:
    """a working-hours time on day i (China time); overseas customers act at night China time"""
    if overseas and chance(0.7):
        h = u(21, 29) if i < LAST else u(21, 23.9)
        return at(i, h) if h < 24 else at(i + 1, h - 24)
    return at(i, u(8.5, 19))


# ---------------------------------------------------------------- reference data
TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_quote_request", "询价", "Quote request", "awareness", "web", "digital", "sales",
     "询盘|询价单|报价申请|RFQ|quote request|enquiry|inquiry|lead"),
    ("tp_quote", "报价", "Quote sent", "consideration", "email", "digital", "sales",
     "报价单|报个价|价格|quote|quotation|pricing|price offer"),
    ("tp_dieline", "刀模图", "Dieline sent", "consideration", "email", "digital", "structural_design",
     "刀版图|盒型图|结构图|展开图|dieline|die line|template|structural drawing"),
    ("tp_proof", "设计稿确认", "Artwork proof", "consideration", "web", "digital", "prepress",
     "校稿|确认稿|电子稿|打稿|改稿|PDF稿|proof|artwork proof|proofing|proof approval|artwork sign-off"),
    ("tp_sample", "打样", "Sample run", "consideration", "other", "physical", "production",
     "实物样|样盒|样品|打样品|sample|sample run|prototype|physical sample|pre-production sample"),
    ("tp_order", "下单", "Order placed", "purchase", "web", "digital", "order_desk",
     "订单|首单|返单|补货|大货订单|PO|purchase order|order|reorder|bulk order"),
    ("tp_production", "生产", "Production run", "service", "other", "physical", "production",
     "排产|上机|印刷|大货生产|批次|production|print run|press run|batch|manufacturing"),
    ("tp_qc", "出货检验", "QC inspection", "service", "other", "physical", "quality",
     "品检|质检|验货|出货检|QC|inspection|AQL|quality check"),
    ("tp_ship", "发货", "Shipped", "service", "other", "physical", "logistics",
     "出货|装车|装柜|走货|物流|shipping|dispatch|freight|shipment"),
    ("tp_delivery", "签收", "Delivered", "service", "other", "physical", "logistics",
     "到货|收货|送达|签收|delivery|delivered|received|POD"),
    ("tp_invoice", "开票", "Invoice issued", "service", "email", "digital", "finance",
     "发票|账单|对账单|invoice|bill|statement"),
    ("tp_payment", "回款", "Payment received", "service", "other", "digital", "finance",
     "付款|收款|货款|结款|应收款|月结|payment|collection|receivables|net 30|net-30"),
    ("tp_claim", "质量索赔", "Defect claim", "service", "email", "digital", "customer_service",
     "投诉|客诉|索赔|质量问题|售后|品质异常|claim|complaint|defect report|quality claim|RMA"),
    ("tp_claim_review", "索赔审核", "Claim review", "service", "other", "digital", "quality",
     "审核|照片审核|复核|调查|claim review|investigation|photo review"),
    ("tp_claim_close", "索赔结案", "Claim closed", "service", "email", "digital", "customer_service",
     "结案|补印|重印|赔付|扣款|resolution|reprint|credit note|claim closed|settled"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("quote_to_order", "询价到首单", "Quote request to first order",
     ["tp_quote_request", "tp_quote", "tp_dieline", "tp_proof", "tp_sample", "tp_order"], 60),
    ("order_to_delivery", "下单到签收", "Order to delivery",
     ["tp_order", "tp_production", "tp_qc", "tp_ship", "tp_delivery"], 60),
    ("claim_handling", "索赔处理", "Defect claim handling",
     ["tp_claim", "tp_claim_review", "tp_claim_close"], 21),
]

MARKETS = {  # city: zh, country, country_zh, region, region_zh, lead weight, platforms, en-speaking share
    "Shenzhen": ("深圳", "China", "中国", "south_china", "华南", 0.20,
                 {"amazon": 0.45, "shopify": 0.15, "tmall_taobao": 0.2, "douyin": 0.2}, 0.08),
    "Guangzhou": ("广州", "China", "中国", "south_china", "华南", 0.11,
                  {"tmall_taobao": 0.4, "douyin": 0.35, "amazon": 0.15, "shopify": 0.1}, 0.03),
    "Hangzhou": ("杭州", "China", "中国", "east_china", "华东", 0.13,
                 {"tmall_taobao": 0.5, "douyin": 0.35, "amazon": 0.1, "shopify": 0.05}, 0.0),
    "Shanghai": ("上海", "China", "中国", "east_china", "华东", 0.09,
                 {"tmall_taobao": 0.45, "douyin": 0.25, "shopify": 0.15, "amazon": 0.15}, 0.03),
    "Yiwu": ("义乌", "China", "中国", "east_china", "华东", 0.08,
             {"amazon": 0.3, "tmall_taobao": 0.25, "douyin": 0.3, "shopify": 0.15}, 0.0),
    "Los Angeles": ("洛杉矶", "United States", "美国", "north_america", "北美", 0.10,
                    {"amazon": 0.5, "shopify": 0.35, "etsy": 0.15}, 1.0),
    "New York": ("纽约", "United States", "美国", "north_america", "北美", 0.07,
                 {"amazon": 0.45, "shopify": 0.4, "etsy": 0.15}, 1.0),
    "London": ("伦敦", "United Kingdom", "英国", "europe", "欧洲", 0.06,
               {"amazon": 0.35, "shopify": 0.45, "etsy": 0.2}, 1.0),
    "Manchester": ("曼彻斯特", "United Kingdom", "英国", "europe", "欧洲", 0.03,
                   {"amazon": 0.4, "shopify": 0.4, "etsy": 0.2}, 1.0),
    "Hamburg": ("汉堡", "Germany", "德国", "europe", "欧洲", 0.03,
                {"amazon": 0.5, "shopify": 0.4, "etsy": 0.1}, 1.0),
    "Berlin": ("柏林", "Germany", "德国", "europe", "欧洲", 0.03,
               {"amazon": 0.45, "shopify": 0.45, "etsy": 0.1}, 1.0),
    "Sydney": ("悉尼", "Australia", "澳大利亚", "oceania", "大洋洲", 0.04,
               {"shopify": 0.5, "amazon": 0.35, "etsy": 0.15}, 1.0),
    "Melbourne": ("墨尔本", "Australia", "澳大利亚", "oceania", "大洋洲", 0.03,
                  {"shopify": 0.5, "amazon": 0.35, "etsy": 0.15}, 1.0),
}
PLATFORM_ZH = {"tmall_taobao": "天猫淘宝", "douyin": "抖音小店", "amazon": "亚马逊", "shopify": "独立站",
               "etsy": "Etsy"}
CATEGORIES = {  # category: zh, weight domestic, weight overseas, product mix
    "cosmetics": ("美妆个护", 0.22, 0.22, {"folding_carton": 0.4, "mailer_box": 0.35, "rigid_box": 0.15,
                                           "paper_mailer": 0.1}),
    "apparel": ("服装配饰", 0.22, 0.24, {"poly_mailer": 0.45, "mailer_box": 0.35, "paper_mailer": 0.2}),
    "food": ("食品零食", 0.14, 0.08, {"shipping_carton": 0.4, "mailer_box": 0.35, "folding_carton": 0.25}),
    "electronics": ("3C数码", 0.12, 0.14, {"folding_carton": 0.4, "mailer_box": 0.35, "shipping_carton": 0.25}),
    "jewelry": ("珠宝饰品", 0.09, 0.14, {"rigid_box": 0.5, "mailer_box": 0.3, "paper_mailer": 0.2}),
    "tea": ("茶叶茶具", 0.10, 0.02, {"rigid_box": 0.45, "folding_carton": 0.35, "shipping_carton": 0.2}),
    "pet": ("宠物用品", 0.11, 0.16, {"shipping_carton": 0.45, "mailer_box": 0.4, "poly_mailer": 0.15}),
}
PRODUCTS = {  # product: zh, base CNY unit price at 3,000 units, qty factor, production days
    "mailer_box": ("飞机盒", 2.6, 1.0, (5, 8)),
    "shipping_carton": ("快递纸箱", 2.0, 1.0, (4, 6)),
    "folding_carton": ("彩盒", 1.1, 1.3, (7, 10)),
    "rigid_box": ("天地盖礼盒", 11.0, 0.22, (12, 17)),
    "poly_mailer": ("快递袋", 0.42, 4.0, (8, 11)),
    "paper_mailer": ("牛皮纸袋", 1.2, 1.5, (6, 9)),
}
FINISH = {"none": 0.0, "matte_lamination": 0.08, "gloss_lamination": 0.06, "hot_foil": 0.15, "spot_uv": 0.10,
          "embossing": 0.12}
PLANT_ZH = {"dongguan": "东莞厂", "kunshan": "昆山厂"}
SOURCE_ZH = {"website_form": "官网询价", "alibaba_rfq": "阿里国际站", "wechat": "微信", "referral": "老客户转介绍",
             "trade_show": "展会", "sales_outreach": "业务开发"}
CARRIER_ZH = {"own_truck": "自有车队", "deppon": "德邦快运", "sf_freight": "顺丰快运", "ane": "安能物流",
              "oceanlink": "海联货代", "dhl": "DHL"}
MODE_ZH = {"truck": "专车", "ltl": "零担", "express_freight": "快运", "sea_lcl": "海运拼箱", "air_express": "空运快递"}
DEFECT_ZH = {"glue_failure": "开胶", "color_shift": "色差", "crushed_in_transit": "运输压坏", "misregistration": "套印不准",
             "scuffing": "刮花", "wrong_dimensions": "尺寸偏差", "short_shipped": "数量短缺", "ink_smudge": "墨迹脏污"}
SAMPLE_FAIL_ZH = {"size_fit": "尺寸不合适", "color": "颜色不对", "board_strength": "纸板太软", "finish": "工艺效果差"}
LOST_ZH = {"quality": "质量问题", "price": "价格", "lead_time": "交货太慢", "business_closed": "店铺关停",
           "switched_to_stock_boxes": "改用通用箱"}
CANCEL = ["design_changed", "duplicate_order", "budget_cut", "lead_time_too_long"]
RESOLUTION_ZH = {"reprint": "补印", "credit": "赔付", "goodwill_credit": "善意补偿", "rejected": "不予赔付"}
REPS = {"south_china": ["Li Wei", "Chen Jing"], "east_china": ["Zhang Min", "Wang Fang", "Zhao Lei"],
        "overseas": ["Emma Zhou", "Kevin Huang", "Lucy Xu"]}
SHOWS = [  # name, first day, days, where: weight overseas
    ("Canton Fair Spring 2025", "2025-04-23", 5, 0.75, 48),
    ("ProPak China 2025", "2025-06-18", 3, 0.1, 36),
    ("Packaging Innovations London 2025", "2025-09-10", 2, 1.0, 22),
    ("Canton Fair Autumn 2025", "2025-10-23", 5, 0.75, 55),
    ("Canton Fair Spring 2026", "2026-04-23", 5, 0.75, 60),
]
CNY_SHUT = [(dd("2025-01-22"), dd("2025-02-06")), (dd("2026-02-10"), dd("2026-02-25"))]
PORTAL_DAY = dd("2025-11-10")          # online proofing portal goes live
PRICE_UP_DAY = dd("2026-03-01")        # kraft liner / board price increase, list prices +6 %
HUMID = [(dd("2025-02-15"), dd("2025-04-15"), 2025), (dd("2026-02-15"), dd("2026-04-15"), 2026)]
NEWPRESS = (dd("2025-09-01"), dd("2025-10-20"))    # Heidelberg XL 106 commissioning, colour drift
SEA_JAM = (dd("2025-09-25"), dd("2025-11-20"))     # US west-coast port congestion before Black Friday
REVIEW_BACKLOG = (dd("2025-09-20"), dd("2025-11-10"))
AMZ_CRUNCH = (dd("2025-11-15"), dd("2026-01-15"))  # Amazon sellers' cash tied up in Q4 FBA stock (due dates)


def fx(i: float) -> float:
    """CNY per USD, drifting from 7.30 (Jan 2025) to 7.10 (Jun 2026), monthly fixing"""
    d = day(i)
    k = (d.year - 2025) * 12 + d.month - 1
    return round(7.30 - 0.2 * k / 17, 4)


def in_shutdown(i: int) -> tuple[int, int] | None:
    for a, b in CNY_SHUT:
        if a <= i <= b:
            return a, b
    return None


def skip_shutdown(i: int) -> int:
    s = in_shutdown(i)
    return s[1] + 1 if s else i


# ---------------------------------------------------------------- state
events: list[dict] = []
orders: list[dict] = []
customers: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
experiments: list[dict] = []
_eid = [0]
_fid = [0]
_oid = [0]
_cl = [0]
_q = [0]
_b = [0]


def ev(c, tp, t: datetime, action, **kw):
    assert dix(t) < NDAYS, (tp, t)
    _eid[0] += 1
    e = dict(event_id=f"E{_eid[0]:07d}", customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp, action=action,
             city=c["city"], 城市=c["城市"], country=c["country"], 国家=c["国家"], platform=c["platform"],
             销售平台=c["销售平台"],
             sales_rep=c["sales_rep"])
    e.update(kw)
    events.append(e)
    return e


# ---------------------------------------------------------------- feedback texts
# topic -> (zh templates, en templates, sentiment). The marker words of the topics used by questions (README) are in
# every template of their topic and in no template of another topic (checked by gold.py against _truth).
TEXTS = {
    "color": ([
        "这批彩盒色差太大了，跟确认稿完全不是一个颜色，品牌色发灰",
        "大货和样品色差明显，我们的粉色印成了橘色，没法上架",
        "色差问题很严重，同一批里前后颜色都不一样，批号{batch}",
        "礼盒的专色印偏了，色差肉眼可见，客户拍照都看得出来",
        "PANTONE色号给了还是有色差，这次的蓝色偏紫"], [
        "Huge color shift on this run, our brand pink came out orange. Batch {batch}",
        "The colour shift between the approved proof and the bulk order is obvious, the navy looks purple.",
        "We gave you the Pantone code and there is still a clear color shift across the boxes.",
        "Color shift again: the gold looks brown and the white background is greyish.",
        "Half the cartons have a colour shift compared to the sample, we can't use them for the launch."],
        "negative"),
    "glue": ([
        "飞机盒开胶了，一折就散，仓库一拆箱好多都是开的",
        "纸箱受潮开胶，边上都翘起来了，回南天你们没做防潮吗",
        "这批盒子粘口开胶，打包的时候直接裂开，批号{batch}",
        "收到的快递箱有三成开胶，还有点软，像是受潮了",
        "开胶太多了，客户收到的盒子都是散的，差评好几个"], [
        "The glue flap on the mailers lets go as soon as we fold them. Batch {batch}",
        "Boxes arrived soft and damp and the glue seam is opening on a third of them.",
        "Glue failed on the side seam, our packers have to tape every box now.",
        "Many cartons came apart at the glue line, customers are sending us photos.",
        "Weak glue on the whole lot, the boxes pop open in transit."], "negative"),
    "crushed": ([
        "到货时外箱被压坏了好几件，角都瘪了",
        "物流太粗暴，整托货压坏了一半，盒子没法用",
        "签收的时候发现纸箱压坏，里面的彩盒也变形了",
        "这次又有压坏的，司机说是路上被别的货压的",
        "外箱压坏，飞机盒边角全是折痕，卖家秀没法拍"], [
        "Several master cartons arrived crushed, the corners are caved in.",
        "Half the pallet was crushed on arrival, the boxes inside are bent.",
        "Boxes crushed in transit again, the carrier stacked heavy freight on top.",
        "The shipment came in crushed and wet on one side, we had to refuse part of it.",
        "Crushed outer cartons and dented mailers, not sellable as premium packaging."], "negative"),
    "delay": ([
        "这次到货延误了一个多礼拜，活动都差点赶不上",
        "物流延误，说好的周五到，拖到下周三",
        "货延误了，我们的新品上架只能推迟",
        "海运延误太久了，FBA入仓晚了半个月，断货了",
        "每次都延误两三天，能不能给个准的到货时间"], [
        "The shipment was delayed by over a week, we nearly missed our launch.",
        "Delivery delayed again, the ETA kept slipping and nobody told us.",
        "Our sea freight got delayed for weeks and the boxes missed the Black Friday prep.",
        "Delayed arrival meant our FBA inbound was late and we went out of stock.",
        "Goods arrived delayed, please give more realistic arrival dates."], "negative"),
    "slow": ([
        "索赔处理太慢了，拍了照片等了快两周才有回复",
        "售后流程太慢，补印的货到现在还没消息",
        "赔付是给了，但是处理太慢，前后拖了半个月",
        "反馈问题以后跟进太慢，要催好几次"], [
        "The claim was too slow to resolve, two weeks of back and forth for an obvious defect.",
        "Resolution was fair but far too slow, we waited ages for the reprint decision.",
        "Your claims team is too slow, I had to chase three times.",
        "Way too slow getting an answer on the damaged boxes."], "negative"),
    "price": ([
        "你们报价太贵了，同样的飞机盒别家便宜两毛",
        "价格还是太贵，量小的时候单价接受不了",
        "涨价以后太贵了，我们利润都被包装吃掉了",
        "老板觉得礼盒太贵，想换简单一点的盒型"], [
        "Your quote is too expensive compared to what we pay locally.",
        "Love the quality but it is too expensive for our volumes.",
        "Unit price is too expensive once you add freight and duties.",
        "After the price rise the mailers are simply too expensive for us."], "negative"),
    "moq": ([
        "起订量太高了，我们一个款只要五百个",
        "希望起订量能降一点，小卖家压力很大",
        "起订量三千起步对新店不友好",
        "别的都好，就是起订量太高，多了的库存没地方放"], [
        "The MOQ is too high for a small brand like ours.",
        "Please lower the MOQ, we only need 500 per design.",
        "MOQ of 3,000 per SKU is a deal breaker for our test batch.",
        "Great boxes but the MOQ forces us to hold too much stock."], "negative"),
    "competitor": ([
        "客户说竞品那边报价低一成，还包运费，考虑中",
        "客户已经在用竞品的飞机盒，觉得差不多，暂时不换",
        "竞品交货快三天，客户比较在意这个",
        "对方拿竞品的样盒来比，说我们的纸板厚一些但价格高"], [
        "Buyer says a competitor quoted 10% lower with free freight, still deciding.",
        "They already use a competitor for mailers and see no reason to switch yet.",
        "Competitor promised faster turnaround, buyer leaning their way.",
        "Customer compared our sample with a competitor box; ours feels sturdier but costs more."], "neutral"),
    "lead_time": ([
        "交期太长了，旺季排产要三周，等不起",
        "客户嫌交期长，希望十天内出货",
        "交期一直往后拖，大促备货很被动",
        "能不能缩短交期，我们周转很紧"], [
        "Lead time is too long in peak season, three weeks just for production.",
        "Buyer wants a shorter lead time, ten days max from artwork approval.",
        "Your lead time keeps slipping during Q4.",
        "If you could cut the lead time we would order more often."], "negative"),
    "eco": ([
        "希望多一些环保材料，客户越来越在意塑料包装",
        "我们品牌主打环保，可以全部换成再生牛皮纸吗",
        "环保认证的纸板有没有，平台那边有要求",
        "换了环保快递袋以后客户好评多了"], [
        "We want fully sustainable packaging, no plastic window please.",
        "Our customers care about sustainable materials, can you offer FSC board on everything?",
        "Switched to your sustainable kraft mailers and customers love it.",
        "Do you have a sustainable alternative to the poly mailers?"], "neutral"),
    "revision": ([
        "改稿改了四轮还没对，每次都有地方漏改",
        "设计稿来回改稿太耗时间了，一轮要等好几天",
        "第三次改稿了，出血位还是不对",
        "改稿流程太麻烦，邮件来回找不到最新版本"], [
        "Fourth revision and the barcode is still in the wrong place.",
        "Each revision round takes days, this is slowing our launch.",
        "Another revision needed, the bleed lines are off again.",
        "Too many revision rounds over email, we lose track of the latest PDF."], "negative"),
    "portal": ([
        "在线校稿很方便，直接在图上标注，一天就确认了",
        "新的在线校稿系统好用，不用再邮件来回发了",
        "在线校稿能看3D效果，老板很满意",
        "用在线校稿以后确认快多了"], [
        "The new online proofing tool is great, we approved the same day.",
        "Online proofing with comments on the artwork saves us so much time.",
        "Love the 3D preview in the online proofing portal.",
        "Online proofing made sign-off painless this time."], "positive"),
    "dimensions": ([
        "样盒尺寸不对，产品放进去晃得厉害",
        "尺寸小了两毫米，瓶子塞不进去",
        "内尺寸和我们给的不一样，得重新打样",
        "大货尺寸跟样品不一致，盖子盖不严"], [
        "The sample dimensions are off, our product rattles inside.",
        "Inner dimensions are 2 mm too small, the bottle doesn't fit.",
        "Box dimensions don't match the dieline we approved.",
        "Bulk order dimensions differ from the sample, lids won't close."], "negative"),
    "customs": ([
        "清关卡了好几天，货代说资料不全",
        "目的港清关时间太长，希望提前准备好单证",
        "清关费用比预想的高，报价里没写清楚"], [
        "Shipment was stuck in customs for days because the paperwork was incomplete.",
        "Customs clearance took longer than quoted, please send documents earlier.",
        "We got hit with unexpected customs fees that weren't in the quote."], "negative"),
    "invoice": ([
        "发票开错抬头了，麻烦重开",
        "发票一直没寄过来，财务在催",
        "能不能每月合并开一张发票",
        "发票金额和对账单对不上"], [
        "The invoice has the wrong company name, please reissue.",
        "We never received the invoice for the last order.",
        "Could you send one consolidated invoice per month?",
        "Invoice total doesn't match the PO amount."], "neutral"),
    "support": ([
        "业务员很负责，半夜都回消息",
        "我们的业务员很专业，盒型建议很有用",
        "业务员跟进很及时，有问题马上处理",
        "业务员帮我们省了不少钱，推荐了更合适的材料"], [
        "Our account manager is super responsive, even on weekends.",
        "Great account manager, she suggested a better insert design.",
        "Account manager kept us updated at every step.",
        "Big thanks to our account manager for rushing the reprint."], "positive"),
    "print_praise": ([
        "印刷很清晰，颜色很正，客户开箱都夸",
        "盒子质感很好，烫金特别漂亮",
        "做工精细，比之前的供应商好很多",
        "这次的大货和样品一模一样，非常满意"], [
        "Print is crisp and the finish feels premium, unboxing videos look great.",
        "Beautiful boxes, the foil stamping is perfect.",
        "Quality is much better than our previous supplier.",
        "Bulk order matched the sample perfectly, very happy."], "positive"),
    "sample_ok": ([
        "样盒收到了，效果不错，准备下大货",
        "打样效果满意，结构很结实",
        "实物样很好，老板确认了",
        "样品做得挺好，就等报价最终确认"], [
        "Sample looks great, ready to go ahead with the bulk order.",
        "Happy with the sample, sturdy and looks premium.",
        "Prototype approved by our founder, nice work.",
        "Sample is good, just waiting on final numbers."], "positive"),
    "sample_color": ([
        "样品颜色不对，比电子稿暗很多",
        "打样颜色偏差，品牌蓝印浅了"], [
        "Sample colours are much darker than the digital mockup.",
        "The brand blue on the sample is too light."], "negative"),
    "sample_board": ([
        "样盒纸板太软了，一压就凹",
        "纸板偏薄，寄重一点的产品不放心",
        "结构不够硬，想换厚一点的瓦楞"], [
        "Board feels flimsy on the sample, it dents easily.",
        "The sample is too thin for our heavier products.",
        "We need a sturdier flute, this one bends."], "negative"),
    "sample_finish": ([
        "覆膜有气泡，烫金边缘不齐",
        "样品工艺效果一般，UV有点糊"], [
        "Lamination has bubbles and the foil edges are rough.",
        "The spot UV on the sample looks blurry."], "negative"),
    "misreg": ([
        "套印不准，文字边上有重影",
        "图案套印偏了，logo有白边"], [
        "Misregistration on the print, text has a ghost shadow.",
        "The logo is misregistered, you can see a white gap."], "negative"),
    "scuff": ([
        "哑膜表面刮花了，一道一道的",
        "盒子表面刮花，看起来像二手的"], [
        "The matte surface is scuffed all over.",
        "Scuffs and scratches on the lids, looks second hand."], "negative"),
    "short": ([
        "少发了两箱，数量对不上",
        "实收比订单少了五百个"], [
        "We were short shipped two cartons.",
        "Received 500 fewer units than ordered."], "negative"),
    "smudge": ([
        "盒子上有墨迹脏污，蹭得到处都是",
        "内侧印刷有脏点，像是墨没干"], [
        "Ink smudges on many boxes, looks like it wasn't dry.",
        "Dirty ink marks on the inside print."], "negative"),
    "claim_ok": ([
        "补印的货收到了，质量没问题，谢谢",
        "赔付到账了，处理得还行",
        "问题解决了，下次注意就好",
        "售后态度不错，补偿也合理"], [
        "Reprint arrived and looks right, thanks for sorting it.",
        "Credit received, fair outcome.",
        "Issue resolved, appreciate the quick fix.",
        "Good handling of the problem, we'll keep ordering."], "positive"),
    "claim_bad": ([
        "不认可审核结果，照片很清楚就是你们的问题",
        "说不予赔付，我们很失望",
        "处理结果不满意，只给了一点补偿"], [
        "We disagree with the review outcome, the photos clearly show the defect.",
        "Claim rejected, very disappointed.",
        "Not happy with the outcome, the credit barely covers anything."], "negative"),
    "generic_pos": ([
        "整体合作很愉快，会继续返单",
        "一直在你们家做包装，省心",
        "交货准时，质量稳定",
        "服务挺好的，没什么问题"], [
        "Smooth order as always, will reorder.",
        "Reliable supplier, no complaints.",
        "Arrived on time and in good shape.",
        "Everything went fine this time."], "positive"),
    "generic_neu": ([
        "还可以，中规中矩",
        "一般吧，没有特别好也没有特别差",
        "正常收货，没什么意见",
        "看下次的情况"], [
        "It's okay, nothing special.",
        "Average experience overall.",
        "Received, no comments.",
        "We'll see how the next batch goes."], "neutral"),
    "visit_note": ([
        "客户在比较几家方案，约了下周再聊",
        "客户预算有限，先做小批量试试",
        "客户说下个季度再考虑，先保持联系",
        "老板出差了，等回来再定"], [
        "Buyer comparing options, follow-up call next week.",
        "Tight budget, they may start with a small trial run.",
        "Buyer wants to revisit next quarter, keep in touch.",
        "Decision maker travelling, waiting on them."], "neutral"),
}


def text_of(topic, lang, **kw):
    zh, en, _ = TEXTS[topic]
    tpls = zh if lang == "zh" else en
    s = tpls[int(rng.integers(len(tpls)))]
    return s.format(batch=kw.get("batch", "B" + str(ri(10000, 99999))))


def fb(c, t: datetime | None, tp, channel, topic, rating=None, nps=None, lang=None, **kw):
    if t is not None and dix(t) >= NDAYS:
        return None
    _fid[0] += 1
    fid = f"FB{_fid[0]:06d}"
    lang = lang or (c["_lang"] if c else "zh")
    row = dict(feedback_id=fid, customer_id=c["customer_id"] if c else None, ts=fmt(t) if t else None,
               touchpoint_id=tp, channel=channel, rating=rating, nps=nps, text=text_of(topic, lang, **kw),
               language=lang, country=c["country"] if c else None, city=c["city"] if c else None,
               platform=c["platform"] if c else None)
    for k in ("survey_wave", "order_no", "claim_no"):
        if k in kw:
            row[k] = kw[k]
    feedback.append(row)
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=TEXTS[topic][2]))
    return row


def clip_rating(x):
    return int(min(5, max(1, round(x))))


# ---------------------------------------------------------------- customers
def new_customer(cid, city, source, signup: datetime, old=False):
    zh, country, country_zh, region, region_zh, _, platforms, en_share = MARKETS[city]
    overseas = country != "China"
    platform = pickd(platforms)
    cats = {k: (v[2] if overseas else v[1]) for k, v in CATEGORIES.items()}
    cat = pickd(cats)
    if old:
        tier = pick(["key_account", "standard", "small"], [0.3, 0.5, 0.2])
    else:
        w = {"referral": [0.25, 0.45, 0.3], "trade_show": [0.22, 0.45, 0.33]}.get(source, [0.12, 0.40, 0.48])
        tier = pick(["key_account", "standard", "small"], w)
    terms = {"key_account": "net30" if chance(0.95) else "prepaid",
             "standard": "net30" if chance(0.55) else "prepaid",
             "small": "net30" if chance(0.05) else "prepaid"}[tier]
    if overseas:
        method = pick(["wire", "paypal", "alibaba_ta"], [0.55, 0.3, 0.15 if source == "alibaba_rfq" else 0.02])
    else:
        method = pick(["bank_transfer", "alipay", "wechat_pay"], [0.6, 0.25, 0.15])
    rep = pick(REPS["overseas" if overseas else region], [1] * len(REPS["overseas" if overseas else region]))
    name = company_name(cat, city, cid, overseas)
    c = dict(customer_id=cid, company_name=name, signup_at=fmt(signup), segment=None, region=region,
             区域=region_zh, country=country, 国家=country_zh, city=city, 城市=zh, acquisition_channel=source,
             获客渠道=SOURCE_ZH[source], tier=tier, platform=platform, 销售平台=PLATFORM_ZH[platform], category=cat,
             品类=CATEGORIES[cat][0], sales_rep=rep, payment_terms=terms, 账期="月结30天" if terms == "net30" else "预付",
             payment_method=method, preferred_language="en" if overseas or chance(en_share) else "zh",
             first_order_at=None, last_order_at=None, account_status=None, lost_reason=None, 流失原因=None,
             lost_at=None)
    c["_lang"] = c["preferred_language"]
    c["_overseas"] = overseas
    c["_mix"] = CATEGORIES[cat][3]
    c["_old"] = old
    c["_orders"] = 0
    c["_lost"] = False
    customers.append(c)
    return c


ZH_BRANDS = ["花漾", "木子", "轻语", "星野", "小鹿", "柚见", "拾光", "初心", "悦己", "山茶", "野趣", "喵星", "汪仔", "茶隐",
             "良品", "简然", "半糖", "云栖", "微光", "萌宠", "极客", "潮玩", "素手", "知味"]
ZH_SUFFIX = {"cosmetics": "美妆旗舰店", "apparel": "服饰店", "food": "食品旗舰店", "electronics": "数码专营店",
             "jewelry": "饰品店", "tea": "茶业", "pet": "宠物生活馆"}
EN_BRANDS = ["Bloom", "Northwind", "Pawsome", "Luma", "Kindred", "Oak & Ivy", "Brightside", "Maple", "Nova", "Wildleaf",
             "Tidal", "Hearth", "Pebble", "Juniper", "Sol", "Ember", "Fable", "Harbor", "Velvet", "Sprout"]
EN_SUFFIX = {"cosmetics": "Beauty", "apparel": "Apparel", "food": "Snacks", "electronics": "Tech", "jewelry": "Jewels",
             "tea": "Tea Co", "pet": "Pet Co"}


def company_name(cat, city, cid, overseas):
    if overseas:
        return f"{EN_BRANDS[int(rng.integers(len(EN_BRANDS)))]} {EN_SUFFIX[cat]} ({cid})"
    return f"{MARKETS[city][0]}{ZH_BRANDS[int(rng.integers(len(ZH_BRANDS)))]}{ZH_SUFFIX[cat]}({cid})"


# ---------------------------------------------------------------- orders
def plant_of(c, method):
    if method == "offset":
        return "kunshan"
    if method == "digital":
        return "dongguan"
    return "kunshan" if c["region"] == "east_china" else "dongguan"


def method_of(prod, qty):
    if prod in ("folding_carton", "rigid_box"):
        return "offset"
    if prod == "mailer_box":
        if qty < 2000:
            return pick(["digital", "flexo"], [0.7, 0.3])
        return pick(["flexo", "offset"], [0.72, 0.28])
    return "flexo"


def qty_of(c, prod, i=None):
    base = {"small": (6.6, 0.45), "standard": (8.4, 0.45), "key_account": (9.8, 0.5)}[c["tier"]]
    q = float(np.exp(rng.normal(*base))) * PRODUCTS[prod][2]
    if prod == "rigid_box" and i is not None and (day(i).month == 12 or (day(i).month == 1 and day(i).day <= 20)):
        q *= 2.2                                          # Chinese New Year gift boxes
    step = 100 if q < 5000 else 500
    return int(max(300, round(q / step) * step))


def eco_p(c, i):
    p = 0.14 + 0.22 * i / LAST
    if c["country"] == "Germany":
        p *= 2.4
    elif c["country"] == "United Kingdom":
        p *= 1.8
    elif c["country"] == "Australia":
        p *= 1.4
    return min(p, 0.85)


MATERIAL = {"mailer_box": ("kraft_corrugated", "recycled_kraft"), "shipping_carton": ("kraft_corrugated",
            "recycled_kraft"), "folding_carton": ("coated_sbs", "fsc_paperboard"), "rigid_box": ("greyboard_art_paper",
            "fsc_paperboard"), "poly_mailer": ("pe_film", "compostable_film"), "paper_mailer": ("kraft_paper",
            "recycled_kraft")}


def unit_price(prod, method, qty, finish, eco, i):
    p = PRODUCTS[prod][1] * (3000 * PRODUCTS[prod][2] / qty) ** 0.15
    if prod == "mailer_box":
        p *= {"flexo": 1.0, "digital": 1.55, "offset": 1.35}[method]
    p *= 1 + FINISH[finish]
    if eco:
        p *= 1.08
    if i >= PRICE_UP_DAY:
        p *= 1.06
    return round(p * u(0.93, 1.07), 3)


def transit_plan(c, plant, mode):
    """promised days, actual days"""
    if mode == "truck":
        return 1, 1 if chance(0.97) else 2
    if mode == "express_freight":
        return 2, pick([1, 2, 3], [0.35, 0.55, 0.1])
    if mode == "ltl":
        return 3, pick([2, 3, 4, 5, 6], [0.25, 0.45, 0.17, 0.09, 0.04])
    if mode == "air_express":
        return 6, pick([4, 5, 6, 7, 8], [0.2, 0.4, 0.3, 0.07, 0.03])
    promised = {"United States": 30, "United Kingdom": 38, "Germany": 38, "Australia": 22}[c["country"]]
    return promised, int(round(promised - 3 + rng.normal(0, 2.0)))


def choose_freight(c, plant, amount_cny, prod):
    if c["_overseas"]:
        if amount_cny >= 12000 or (prod == "shipping_carton" and amount_cny >= 7000):
            return "sea_lcl", "oceanlink"
        return "air_express", "dhl"
    local = (plant == "dongguan" and c["city"] in ("Shenzhen", "Guangzhou")) or \
            (plant == "kunshan" and c["city"] == "Shanghai")
    if local:
        return ("truck", "own_truck") if chance(0.72) else ("express_freight", "sf_freight")
    if plant == "kunshan" and c["city"] == "Hangzhou" and chance(0.35):
        return "truck", "own_truck"
    car = pick(["deppon", "sf_freight", "ane"], [0.5, 0.3, 0.2])
    return ("express_freight" if car == "sf_freight" else "ltl"), car


def place_order(c, i0: int, first: bool):
    """one order on day i0 and its whole chain; returns (delivered day or None, had confirmed claim, late)"""
    _oid[0] += 1
    ono = f"SO{_oid[0]:06d}"
    mix = dict(c["_mix"])
    main = c.setdefault("_main", pickd(mix))
    prod = main if chance(0.7) else pickd(mix)
    qty = qty_of(c, prod, i0)
    method = method_of(prod, qty)
    plant = plant_of(c, method)
    finish = pick(list(FINISH), [0.35, 0.25, 0.1, 0.12, 0.1, 0.08] if prod in ("folding_carton", "rigid_box",
                  "mailer_box") else [0.9, 0.04, 0.02, 0.02, 0.01, 0.01])
    eco = chance(eco_p(c, i0))
    material = MATERIAL[prod][1 if eco else 0]
    up = unit_price(prod, method, qty, finish, eco, i0)
    tooling = 0.0
    if first or chance(0.08):
        tooling = float(ri(3, 9) * 100) if method != "digital" else 0.0
    gross = round(qty * up + tooling, 2)
    overseas = c["_overseas"]
    rate = fx(i0)
    cur = "USD" if overseas else "CNY"
    amount_local = round(gross / rate, 2) if overseas else gross
    t_order = office(i0, overseas)
    if c["_lang"] == "zh" and not overseas:
        channel = pick(["wechat", "email", "sales_rep", "portal"], [0.45, 0.15, 0.25, 0.15 + 0.35 * i0 / LAST])
    else:
        channel = pick(["email", "whatsapp", "portal", "alibaba_ta"],
                       [0.45, 0.2, 0.15 + 0.35 * i0 / LAST, 0.2 if c["acquisition_channel"] == "alibaba_rfq" else 0])
    device = pick(["pc", "ios", "android"], [0.7, 0.18, 0.12]) if channel == "portal" else None
    o = dict(order_id=ono, customer_id=c["customer_id"], ts=fmt(t_order), amount=gross, status=None, channel=channel,
             device=device, order_type="first" if first else "reorder", product=prod, 产品类型=PRODUCTS[prod][0],
             qty=qty, unit_price_cny=up, print_method=method, finish=finish, material=material,
             eco_material="yes" if eco else "no", tooling_fee_cny=tooling, plant=plant, 工厂=PLANT_ZH[plant],
             currency=cur, amount_local=amount_local, fx_rate=rate if overseas else 1.0, country=c["country"],
             国家=c["国家"], city=c["city"], 城市=MARKETS[c["city"]][0], platform=c["platform"], 销售平台=c["销售平台"],
             payment_terms=c["payment_terms"], payment_method=c["payment_method"], sales_rep=c["sales_rep"],
             freight_mode=None, carrier=None, shipped_at=None, delivered_at=None, invoice_no=None, due_date=None,
             paid_at=None, days_late=None, cancel_reason=None)
    orders.append(o)
    c["_orders"] += 1
    c["first_order_at"] = c["first_order_at"] or fmt(t_order)
    c["last_order_at"] = fmt(t_order)
    common = dict(order_no=ono, product=prod, 产品类型=PRODUCTS[prod][0], qty=qty, plant=plant, 工厂=PLANT_ZH[plant])
    ev(c, "tp_order", t_order, "submitted", channel=channel, device=device, order_type=o["order_type"],
       print_method=method, order_cny=gross, currency=cur, amount_local=amount_local, **common)
    # prepaid: invoice + payment at order
    inv_no = f"INV{_oid[0]:06d}"
    if c["payment_terms"] == "prepaid":
        t_inv = clampt(t_order + timedelta(hours=u(0.2, 3)))
        ev(c, "tp_invoice", t_inv, "issued", channel="email", invoice_no=inv_no, invoice_cny=gross,
           payment_terms="prepaid", order_no=ono)
        t_pay = clampt(t_inv + timedelta(hours=u(0.5, 8)))
        if dix(t_pay) < NDAYS:
            ev(c, "tp_payment", t_pay, "prepaid", channel="online", invoice_no=inv_no, paid_cny=gross,
               payment_method=c["payment_method"], payment_terms="prepaid", days_to_pay=0, order_no=ono)
            o["status"], o["paid_at"], o["invoice_no"] = "paid", fmt(t_pay), inv_no
    # cancellation before production
    if chance(0.022):
        tc = t_order + timedelta(days=u(0.5, 3))
        o["cancel_reason"] = pick(CANCEL, [0.35, 0.15, 0.25, 0.25])
        o["status"] = "cancelled"
        if dix(tc) < NDAYS and chance(0.5):
            fb(c, tc, "tp_order", "order_note", "lead_time" if o["cancel_reason"] == "lead_time_too_long"
               else "generic_neu", order_no=ono)
        return None, False, False
    # reorder with new artwork: proof rounds after the order
    start = i0 + 1
    if not first and chance(0.3):
        t = t_order
        rounds = 1 + (1 if chance(0.35 if i0 < PORTAL_DAY else 0.15) else 0)
        for r in range(1, rounds + 1):
            dr = u(2.0, 5.0) if dix(t) < PORTAL_DAY else u(0.5, 2.2)
            t = t + timedelta(days=dr)
            if dix(t) >= NDAYS:
                break
            ev(c, "tp_proof", t, "approved" if r == rounds else "revision_requested",
               channel="web" if dix(t) >= PORTAL_DAY else "email",
               device=pick(["pc", "ios", "android"], [0.75, 0.15, 0.1]) if dix(t) >= PORTAL_DAY else None,
               proof_round=r, days_in_round=round(dr, 1), order_no=ono, product=prod, 产品类型=PRODUCTS[prod][0])
        start = int(dix(t)) + 1
    # production
    lo, hi = PRODUCTS[prod][3]
    pdays = ri(lo, hi) + (3 if first else 0)
    if dd("2025-09-01") <= start <= dd("2025-10-31"):
        pdays += ri(2, 5)                                 # peak-season backlog
    s = start
    end = s + pdays
    for a, b in CNY_SHUT:
        if s <= b and end >= a:
            end += (b - a + 1)
    if end > LAST:
        o["status"] = o["status"] or "in_production"
        return None, False, False
    press = None
    if plant == "kunshan" and method == "offset":
        press = "heidelberg_xl106" if (s >= NEWPRESS[0] and chance(0.7)) else "komori_ls40"
    elif method == "offset":
        press = "komori_ls40"
    elif method == "digital":
        press = "hp_indigo_v12"
    else:
        press = "bobst_flexo_fl1" if plant == "dongguan" else "flexo_line_k1"
    _b[0] += 1
    batch = f"B{25 + (end >= dd('2026-01-01'))}{_b[0]:05d}"
    humid = None
    for a, b, y in HUMID:
        if a <= end <= b and plant == "dongguan" and prod in ("mailer_box", "shipping_carton"):
            humid = y
    colour = press == "heidelberg_xl106" and NEWPRESS[0] <= end <= NEWPRESS[1]
    dE = round(max(0.3, rng.normal(4.8, 1.1) if colour else rng.normal(1.6, 0.45)), 2)
    waste = round(max(0.5, rng.normal(3.2, 0.8) + (2.5 if colour else 0) + (1.5 if humid == 2025 else 0)), 2)
    t_prod = at(end, u(9, 20))
    ev(c, "tp_production", t_prod, "completed", batch_no=batch, print_method=method, press=press, finish=finish,
       material=material, production_days=end - s, waste_pct=waste, **common)
    # QC: fail -> rework -> re-inspect
    pf = 0.035
    qc_def = pick(["misregistration", "scuffing", "wrong_dimensions", "ink_smudge"], [0.3, 0.3, 0.2, 0.2])
    if humid == 2025:
        pf, qc_def = 0.28, "glue_failure"
    elif humid == 2026:
        pf, qc_def = 0.06, "glue_failure"
    elif colour:
        pf, qc_def = 0.30, "color_shift"
    t_qc = t_prod + timedelta(hours=u(2, 20))
    aql = 80 if qty < 3200 else 125 if qty < 10000 else 200
    if chance(pf):
        ev(c, "tp_qc", t_qc, "fail", defect_type=qc_def, 缺陷类型=DEFECT_ZH[qc_def], delta_e=dE, aql_sample=aql,
           batch_no=batch, press=press, inspector=pick(["QC-01", "QC-02", "QC-03", "QC-04"], [1, 1, 1, 1]), **common)
        t_qc = t_qc + timedelta(days=u(1.5, 4))
        if colour:
            dE = round(max(0.3, rng.normal(2.6, 0.6)), 2)
    if dix(t_qc) >= NDAYS:
        o["status"] = o["status"] or "in_production"
        return None, False, False
    ev(c, "tp_qc", t_qc, "pass", delta_e=dE, aql_sample=aql, batch_no=batch, press=press,
       inspector=pick(["QC-01", "QC-02", "QC-03", "QC-04"], [1, 1, 1, 1]), **common)
    # shipping
    sday = skip_shutdown(int(dix(t_qc)) + pick([0, 1, 2], [0.4, 0.45, 0.15]))
    if sday > LAST:
        o["status"] = o["status"] or "in_production"
        return None, False, False
    mode, carrier = choose_freight(c, plant, gross, prod)
    promised, actual = transit_plan(c, plant, mode)
    if mode == "sea_lcl" and c["country"] == "United States" and SEA_JAM[0] <= sday <= SEA_JAM[1]:
        actual += ri(6, 22)
    t_ship = at(sday, u(14, 19))
    cartons = max(1, int(round(qty / {"mailer_box": 50, "shipping_carton": 40, "folding_carton": 200,
                                        "rigid_box": 20, "poly_mailer": 500, "paper_mailer": 200}[prod])))
    ev(c, "tp_ship", t_ship, "shipped", freight_mode=mode, 运输方式=MODE_ZH[mode], carrier=carrier,
       承运商=CARRIER_ZH[carrier], cartons=cartons, weight_kg=round(cartons * u(4, 9), 1),
       promised_date=str(day(sday + promised)), tracking_no=f"{carrier[:3].upper()}{ri(10 ** 8, 10 ** 9 - 1)}",
       **common)
    o["freight_mode"], o["carrier"], o["shipped_at"] = mode, carrier, fmt(t_ship)
    # net30 invoice at shipment
    due = None
    if c["payment_terms"] == "net30":
        t_inv = clampt(t_ship + timedelta(hours=u(0.5, 4.5)))
        due = day(int(dix(t_inv)) + 30)
        ev(c, "tp_invoice", t_inv, "issued", channel="email", invoice_no=inv_no, invoice_cny=gross,
           payment_terms="net30", due_date=str(due), order_no=ono)
        o["invoice_no"], o["due_date"] = inv_no, str(due)
        ontime = {"amazon": 0.66, "shopify": 0.84, "etsy": 0.80, "tmall_taobao": 0.86, "douyin": 0.77}[c["platform"]]
        if c["payment_method"] == "paypal":
            ontime += 0.06
        if c["platform"] == "amazon" and AMZ_CRUNCH[0] <= di(due) <= AMZ_CRUNCH[1]:
            ontime = 0.40
        if chance(ontime):
            dpay = ri(12, 30)
        else:
            dpay = 30 + max(1, int(rng.gamma(2.0, 7.0)))
            if chance(0.01):
                dpay = 400                                 # never paid (seller went under)
        t_pay = office(int(dix(t_inv)) + dpay)
        if dix(t_pay) < NDAYS:
            ev(c, "tp_payment", t_pay, "on_time" if dpay <= 30 else "late", channel="bank",
               invoice_no=inv_no, paid_cny=gross, payment_method=c["payment_method"], payment_terms="net30",
               days_to_pay=dpay, days_overdue=max(0, dpay - 30), order_no=ono)
            o["status"], o["paid_at"], o["days_late"] = "paid", fmt(t_pay), max(0, dpay - 30)
        else:
            o["status"] = "overdue" if di(due) < LAST else "unpaid"      # due before the extract's last day
    # delivery
    dday = sday + max(1, actual)
    if dday > LAST:
        return None, False, False
    late = actual > promised
    damage_p = {"own_truck": 0.012, "sf_freight": 0.018, "deppon": 0.11, "ane": 0.06, "oceanlink": 0.05,
                "dhl": 0.025}[carrier]
    damaged = chance(damage_p)
    t_del = at(dday, u(9, 18))
    ev(c, "tp_delivery", t_del, "damaged" if damaged else "accepted", freight_mode=mode, 运输方式=MODE_ZH[mode],
       carrier=carrier, 承运商=CARRIER_ZH[carrier], on_time="no" if late else "yes",
       days_late=max(0, actual - promised), transit_days=max(1, actual),
       cartons_damaged=(max(1, int(cartons * u(0.05, 0.4))) if damaged else 0), **common)
    o["delivered_at"] = fmt(t_del)
    # which defect escaped to the customer
    claim_type = None
    if damaged and chance(0.65):
        claim_type = "crushed_in_transit"
    elif humid == 2025 and chance(0.25):
        claim_type = "glue_failure"
    elif humid == 2026 and chance(0.05):
        claim_type = "glue_failure"
    elif colour and chance(0.28):
        claim_type = "color_shift"
    else:
        r = rng.random()
        base = [("glue_failure", 0.010 if prod in ("mailer_box", "shipping_carton") else 0.0),
                ("color_shift", 0.02 if method in ("offset", "digital") else 0.008),
                ("misregistration", 0.008), ("scuffing", 0.02 if finish == "matte_lamination" else 0.008),
                ("wrong_dimensions", 0.015 if first else 0.005), ("short_shipped", 0.008), ("ink_smudge", 0.006)]
        acc = 0.0
        for k, p in base:
            acc += p
            if r < acc:
                claim_type = k
                break
    # delivery survey (about a third of deliveries)
    survey_p = 0.34 if not (late or damaged) else 0.6
    if chance(survey_p):
        t_s = t_del + timedelta(hours=u(3, 72))
        if dix(t_s) < NDAYS:
            if damaged and chance(0.85):
                topic, rt = "crushed", rng.normal(2.0, 0.7)
            elif late and chance(0.75):
                topic, rt = "delay", rng.normal(2.4, 0.7) - min(1.0, (actual - promised) / 15)
            elif claim_type in ("glue_failure", "color_shift") and chance(0.45):
                topic, rt = ("glue" if claim_type == "glue_failure" else "color"), rng.normal(1.8, 0.6)
            elif mode == "sea_lcl" and chance(0.08):
                topic, rt = "customs", rng.normal(3.0, 0.7)
            else:
                topic = pick(["print_praise", "support", "generic_pos", "generic_neu"], [0.35, 0.2, 0.3, 0.15])
                rt = rng.normal(4.6 if topic != "generic_neu" else 3.6, 0.5)
            fb(c, t_s, "tp_delivery", "delivery_survey", topic, rating=clip_rating(rt), order_no=ono, batch=batch)
    confirmed = False
    if claim_type:
        confirmed = open_claim(c, o, claim_type, dday, batch, common)
    return dday, confirmed, late


def open_claim(c, o, ctype, dday, batch, common):
    cday = dday + ri(1, 12)
    if cday > LAST:
        return False
    _cl[0] += 1
    cno = f"CL{_cl[0]:05d}"
    t = office(cday, c["_overseas"])
    units = int(o["qty"] * u(0.05, 0.6))
    ev(c, "tp_claim", t, "opened", channel=pick(["email", "wechat" if not c["_overseas"] else "whatsapp", "portal"],
                                                 [0.5, 0.35, 0.15]),
       claim_no=cno, defect_type=ctype, 缺陷类型=DEFECT_ZH[ctype], claimed_units=units, photos=ri(1, 12),
       batch_no=batch, **common)
    topic = {"glue_failure": "glue", "color_shift": "color", "crushed_in_transit": "crushed",
             "misregistration": "misreg", "scuffing": "scuff", "wrong_dimensions": "dimensions",
             "short_shipped": "short", "ink_smudge": "smudge"}[ctype]
    fb(c, t + timedelta(minutes=ri(1, 30)), "tp_claim", "claim_ticket", topic, claim_no=cno,
       order_no=o["order_id"], batch=batch)
    backlog = REVIEW_BACKLOG[0] <= cday <= REVIEW_BACKLOG[1]
    drev = u(5.0, 15.0) if backlog else u(0.6, 3.2)
    t_r = t + timedelta(days=drev)
    if dix(t_r) >= NDAYS:
        return False
    pconf = {"glue_failure": 0.85, "color_shift": 0.88, "crushed_in_transit": 0.8, "misregistration": 0.7,
             "scuffing": 0.55, "wrong_dimensions": 0.75, "short_shipped": 0.7, "ink_smudge": 0.65}[ctype]
    conf = chance(pconf)
    ev(c, "tp_claim_review", t_r, "confirmed" if conf else "not_confirmed", claim_no=cno, defect_type=ctype,
       缺陷类型=DEFECT_ZH[ctype], days_to_review=round(drev, 1), reviewer=pick(["QA-Huang", "QA-Sun", "QA-Lin"], [1, 1, 1]),
       **common)
    dclose = u(1, 4) + (u(2, 7) if backlog else 0)
    t_c = t_r + timedelta(days=dclose)
    if dix(t_c) >= NDAYS:
        return conf
    if conf:
        res = "reprint" if (units / o["qty"] > 0.3 and chance(0.7)) or chance(0.35) else "credit"
    else:
        res = "goodwill_credit" if chance(0.15) else "rejected"
    credit = 0.0
    if res == "credit":
        credit = round(o["amount"] * units / o["qty"] * u(0.9, 1.1), 2)
    elif res == "goodwill_credit":
        credit = round(o["amount"] * u(0.02, 0.06), 2)
    days_close = (t_c - t).total_seconds() / 86400
    ev(c, "tp_claim_close", t_c, res, claim_no=cno, resolution=res, 处理方式=RESOLUTION_ZH[res], credit_cny=credit,
       reprint_units=units if res == "reprint" else 0, days_to_close=round(days_close, 1), defect_type=ctype,
       缺陷类型=DEFECT_ZH[ctype], **common)
    if chance(0.55):
        t_f = t_c + timedelta(days=u(0.5, 4))
        if dix(t_f) < NDAYS:
            rt = {"reprint": 4.3, "credit": 3.9, "goodwill_credit": 3.3, "rejected": 1.8}[res]
            if days_close > 10:
                topic, rt = "slow", rt - 1.4
            else:
                topic = "claim_bad" if res in ("rejected", "goodwill_credit") else "claim_ok"
            fb(c, t_f, "tp_claim_close", "claim_followup", topic, rating=clip_rating(rng.normal(rt, 0.6)),
               claim_no=cno, order_no=o["order_id"])
    return conf


# ---------------------------------------------------------------- account life
def interval(c, i):
    mean = {"key_account": 30, "standard": 48, "small": 78}[c["tier"]]
    d = day(i)
    if d.month in (8, 9, 10):
        mean *= 0.72                                      # stocking up for Double 11 / Black Friday / holidays
    if c["platform"] == "douyin" and d.year == 2026:
        mean *= 0.75                                      # Douyin shops growing fast
    return max(7, int(rng.gamma(4.0, mean / 4.0)))


def run_account(c, i0: int, first: bool):
    i = i0
    while i <= LAST:
        dday, confirmed, late = place_order(c, i, first)
        first = False
        base_day = dday if dday is not None else i + 15
        pl = 0.025 + (0.33 if confirmed else 0) + (0.07 if late else 0)
        if i >= PRICE_UP_DAY:
            pl += 0.01
        if chance(pl):
            reason = "quality" if confirmed and chance(0.8) else "lead_time" if late and chance(0.6) else \
                pick(["price", "business_closed", "switched_to_stock_boxes", "lead_time"], [0.45, 0.25, 0.18, 0.12])
            lost_day = base_day + ri(30, 90)
            if lost_day <= LAST:
                c["_lost"] = True
                c["lost_reason"], c["流失原因"] = reason, LOST_ZH[reason]
                c["lost_at"] = str(day(lost_day))
            return
        i = i + interval(c, i)
        i = skip_shutdown(i) if in_shutdown(i) and chance(0.7) else i


# ---------------------------------------------------------------- leads
def run_lead(c, t0: datetime, src, show=None):
    i0 = int(dix(t0))
    overseas = c["_overseas"]
    prod = pickd(c["_mix"])
    c["_main"] = prod
    est = qty_of(c, prod)
    device = pick(["pc", "ios", "android"], [0.62, 0.22, 0.16]) if src == "website_form" else None
    ev(c, "tp_quote_request", t0, "submitted", channel=src, device=device, lead_source=show or src,
       展会=({"Canton Fair Spring 2025": "2025春季广交会", "ProPak China 2025": "2025上海ProPak展",
             "Packaging Innovations London 2025": "2025伦敦包装展", "Canton Fair Autumn 2025": "2025秋季广交会",
             "Canton Fair Spring 2026": "2026春季广交会"}[show] if show else None),
       product=prod, 产品类型=PRODUCTS[prod][0], est_qty=est,
       target_unit_price=round(PRODUCTS[prod][1] * u(0.6, 1.0), 2))
    variant = None
    if src == "website_form" and dd("2025-07-01") <= i0 <= dd("2025-12-31"):
        variant = "instant_quote" if chance(0.5) else "manual_quote"
        experiments.append(dict(experiment_id="quote_speed_2025", variant=variant, customer_id=c["customer_id"],
                                assigned_at=fmt(t0)))
    # quote
    if not chance(0.82 if src == "alibaba_rfq" else 0.91):
        return False
    if variant == "instant_quote":
        hours = u(0.02, 0.2)
    else:
        hours = u(3, 40) if src != "trade_show" else u(20, 96)
    tq = t0 + timedelta(hours=hours)
    if dix(tq) >= NDAYS:
        return False
    _q[0] += 1
    qno = f"Q{_q[0]:05d}"
    price = unit_price(prod, method_of(prod, est), est, "none", False, int(dix(tq)))
    ev(c, "tp_quote", tq, "sent", channel="email" if variant != "instant_quote" else "web",
       quote_no=qno, product=prod, 产品类型=PRODUCTS[prod][0], quoted_qty=est, quoted_unit_price_cny=price,
       quoted_unit_price_usd=round(price / fx(dix(tq)), 3) if overseas else None, quote_hours=round(hours, 2))
    p = {"referral": 0.72, "trade_show": 0.58, "sales_outreach": 0.50, "wechat": 0.55, "website_form": 0.47,
         "alibaba_rfq": 0.27}[src]
    if overseas:
        p *= 0.95
    if variant == "instant_quote":
        p += 0.16
    go = chance(p)
    t = tq
    if not go:
        if chance(0.3):
            t = t + timedelta(days=u(2, 10))
            if dix(t) < NDAYS:
                ev(c, "tp_quote", t, "revised", channel="email", quote_no=qno, product=prod,
                   产品类型=PRODUCTS[prod][0], quoted_qty=est, quoted_unit_price_cny=round(price * 0.94, 3),
                   quoted_unit_price_usd=round(price * 0.94 / fx(dix(t)), 3) if overseas else None,
                   quote_hours=None)
                go = chance(0.25)
        if not go:
            if chance(0.6):
                tn = t + timedelta(days=u(3, 14))
                if dix(tn) < NDAYS:
                    topic = pick(["price", "competitor", "moq", "lead_time", "visit_note"],
                                 [0.33, 0.22, 0.18, 0.1, 0.17])
                    fb(c, tn, "tp_quote", "sales_call_note", topic)
            return False
    # dieline
    t = t + timedelta(days=u(1, 16))
    if dix(t) >= NDAYS:
        return False
    ev(c, "tp_dieline", t, "sent", channel="email", product=prod, 产品类型=PRODUCTS[prod][0],
       dieline_version="v1", designer=pick(["Xiao Ma", "Ada Wu", "Jin Hu"], [1, 1, 1]))
    if not chance(0.9):
        return False
    # proofs
    portal = dix(t) >= PORTAL_DAY
    extra = int(min(5, rng.poisson(0.7 if portal else 1.6)))
    rounds = 1 + extra
    for r in range(1, rounds + 1):
        portal = dix(t) >= PORTAL_DAY
        dr = u(0.6, 2.6) if portal else u(2.5, 6.5)
        t = t + timedelta(days=dr)
        if dix(t) >= NDAYS:
            return False
        last = r == rounds
        ev(c, "tp_proof", t, "approved" if last else "revision_requested", channel="web" if portal else "email",
           device=pick(["pc", "ios", "android"], [0.75, 0.15, 0.1]) if portal else None, proof_round=r,
           days_in_round=round(dr, 1), product=prod, 产品类型=PRODUCTS[prod][0])
        if not last and chance(0.35 if not portal else 0.12):
            tf = t + timedelta(hours=u(1, 30))
            if r >= 2 and not portal:
                fb(c, tf, "tp_proof", "proof_comment", "revision")
            elif portal and chance(0.6):
                fb(c, tf, "tp_proof", "proof_comment", "portal")
        elif last and portal and chance(0.2):
            fb(c, t + timedelta(hours=u(1, 30)), "tp_proof", "proof_comment", "portal")
        if not last and chance(0.04):
            return False
    # sample run(s)
    do_sample = chance(0.93)
    passed = not do_sample
    tries = 0
    while do_sample and tries < 2:
        tries += 1
        t = t + timedelta(days=u(5, 9) + (u(3, 5) if overseas else 0))
        if dix(t) >= NDAYS:
            return False
        method = method_of(prod, est)
        plant = plant_of(c, method)
        colour_risk = plant == "kunshan" and method == "offset" and NEWPRESS[0] <= dix(t) <= NEWPRESS[1]
        pp = 0.8 if tries == 1 else 0.85
        if colour_risk:
            pp -= 0.2
        ok = chance(pp)
        reason = None
        if not ok:
            reason = pick(["size_fit", "color", "board_strength", "finish"],
                          [0.45, 0.5 if colour_risk else 0.18, 0.27, 0.1])
        fee = 0.0 if c["tier"] == "key_account" else float(pick([150, 200, 300, 500], [0.3, 0.3, 0.25, 0.15]))
        ev(c, "tp_sample", t, "pass" if ok else "fail", product=prod, 产品类型=PRODUCTS[prod][0], plant=plant,
           工厂=PLANT_ZH[plant], print_method=method, sample_fee_cny=fee, fail_reason=reason,
           不通过原因=SAMPLE_FAIL_ZH[reason] if reason else None, sample_round=tries)
        if chance(0.55):
            topic = "sample_ok" if ok else {"size_fit": "dimensions", "color": "sample_color",
                                            "board_strength": "sample_board", "finish": "sample_finish"}[reason]
            rt = rng.normal(4.5, 0.5) if ok else rng.normal(2.3, 0.7)
            fb(c, t + timedelta(hours=u(4, 60)), "tp_sample", "sample_feedback", topic, rating=clip_rating(rt))
        if ok:
            passed = True
            break
        if not chance(0.6):
            break
    if not passed:
        return False
    if not chance(0.82 if do_sample else 0.85):
        return False
    i = int(dix(t + timedelta(days=u(2, 14))))
    if i > LAST:
        return False
    run_account(c, i, True)
    return True


def lead_days():
    """(day, source, show) for every quote request"""
    out = []
    for i in range(NDAYS):
        d = day(i)
        lam = 3.0 * (1 + 0.28 * i / LAST)
        if d.month in (7, 8, 9):
            lam *= 1.25
        if in_shutdown(i):
            lam *= 0.35
        if d.weekday() >= 5:
            lam *= 0.6
        for _ in range(int(rng.poisson(lam))):
            out.append((i, None, None))
    for name, first, ndays, w_over, n in SHOWS:
        f = dd(first)
        for _ in range(n):
            out.append((f + ri(0, ndays - 1 + 7), "trade_show", (name, w_over)))
    return out


def simulate():
    leads = lead_days()
    leads.sort(key=lambda r: r[0])
    cities = list(MARKETS)
    w = [MARKETS[k][5] for k in cities]
    dom = [k for k in cities if MARKETS[k][1] == "China"]
    over = [k for k in cities if MARKETS[k][1] != "China"]
    n = 0
    for i, src, show in leads:
        if i > LAST:
            continue
        n += 1
        cid = f"C{n:05d}"
        if show:
            name, w_over = show
            pool = over if chance(w_over) else dom
            city = pick(pool, [MARKETS[k][5] for k in pool])
            if name == "Packaging Innovations London 2025":
                city = pick(["London", "Manchester", "Hamburg", "Berlin"], [0.5, 0.25, 0.15, 0.1])
            show_name = name
        else:
            city = pick(cities, w)
            overseas = MARKETS[city][1] != "China"
            if overseas:
                src = pick(["website_form", "alibaba_rfq", "referral", "sales_outreach"], [0.38, 0.35, 0.12, 0.10])
            else:
                src = pick(["website_form", "wechat", "referral", "alibaba_rfq", "sales_outreach"],
                           [0.30, 0.25, 0.15, 0.05, 0.12])
            show_name = None
        overseas = MARKETS[city][1] != "China"
        t0 = office(i, overseas) if src != "trade_show" else at(i, u(9, 18))
        c = new_customer(cid, city, src, t0)
        run_lead(c, t0, src, show_name)
    # accounts opened before 2025
    for k in range(1, 301):
        city = pick(cities, w)
        src = pick(["website_form", "alibaba_rfq", "referral", "trade_show", "wechat", "sales_outreach"],
                   [0.3, 0.2, 0.2, 0.12, 0.1 if MARKETS[city][1] == "China" else 0.0, 0.08])
        opened = at(ri(-1500, -40), u(9, 18))
        c = new_customer(f"A{k:04d}", city, src, opened, old=True)
        c["first_order_at"] = fmt(opened + timedelta(days=ri(20, 60)))
        run_account(c, ri(0, 50), False)


def nps_waves():
    for wave, i in (("2025-06", dd("2025-06-16")), ("2025-12", dd("2025-12-15")), ("2026-06", dd("2026-06-15"))):
        for c in customers:
            if not c["first_order_at"] or c["first_order_at"] > fmt(at(i, 0)):
                continue
            if c["lost_at"] and c["lost_at"] < str(day(i)):
                continue
            if not chance(0.42):
                continue
            cid = c["customer_id"]
            lo = fmt(at(i - 180, 0))
            hi = fmt(at(i, 0))
            bad_claim = any(e["customer_id"] == cid and e["touchpoint_id"] == "tp_claim_review"
                            and e["action"] == "confirmed" and lo <= e["ts"] < hi for e in _recent_reviews)
            late_n = sum(1 for e in _recent_late.get(cid, []) if lo <= e < hi)
            mu = 8.3 - (3.2 if bad_claim else 0) - 1.1 * min(late_n, 3)
            if c["platform"] == "amazon" and wave == "2025-12":
                mu -= 0.8
            if i >= PRICE_UP_DAY:
                mu -= 0.4
            score = int(min(10, max(0, round(rng.normal(mu, 1.5)))))
            t = office(i + ri(0, 6), c["_overseas"])
            if score >= 9:
                topic = pick(["support", "print_praise", "generic_pos", "eco", "portal" if i > PORTAL_DAY
                              else "generic_pos"], [0.3, 0.3, 0.2, 0.1, 0.1])
            elif score >= 7:
                topic = pick(["generic_neu", "moq", "eco", "invoice", "price"], [0.35, 0.2, 0.2, 0.1, 0.15])
            else:
                topic = pick(["price", "delay", "lead_time", "moq", "generic_neu", "invoice"],
                             [0.3, 0.25 if late_n else 0.05, 0.15, 0.12, 0.1, 0.08])
                if bad_claim and chance(0.5):
                    topic = "claim_bad"
            fb(c, t, None, "nps_survey", topic, nps=score, survey_wave=wave)


_recent_reviews: list[dict] = []
_recent_late: dict[str, list[str]] = {}


def index_for_nps():
    for e in events:
        if e["touchpoint_id"] == "tp_claim_review":
            _recent_reviews.append(e)
        elif e["touchpoint_id"] == "tp_delivery" and e.get("on_time") == "no":
            _recent_late.setdefault(e["customer_id"], []).append(e["ts"])


def undated():
    # WeChat seller groups exported without time or customer
    for _ in range(175):
        topic = pick(["glue", "color", "moq", "price", "eco", "invoice", "generic_pos", "crushed", "delay", "support"],
                     [0.14, 0.12, 0.14, 0.14, 0.08, 0.08, 0.12, 0.06, 0.06, 0.06])
        fb(None, None, None, "wechat_group", topic, lang="zh")
    # Alibaba.com store reviews, exported without dates
    over = [c for c in customers if c["_overseas"] and c["first_order_at"]]
    for _ in range(140):
        c = over[int(rng.integers(len(over)))]
        topic = pick(["print_praise", "support", "generic_pos", "delay", "moq", "color", "eco", "customs"],
                     [0.28, 0.17, 0.17, 0.1, 0.09, 0.07, 0.07, 0.05])
        rt = rng.normal(4.6, 0.5) if TEXTS[topic][2] == "positive" else rng.normal(3.4, 0.6) \
            if TEXTS[topic][2] == "neutral" else rng.normal(2.3, 0.8)
        fb(c, None, None, "alibaba_review", topic, rating=clip_rating(rt), lang="en")


def finish_customers():
    ext = dd("2026-06-30")
    for c in customers:
        if c["_lost"]:
            seg, status = "lost", "lost"
        elif c["first_order_at"] is None:
            signup = datetime.fromisoformat(c["signup_at"])
            seg = "prospect" if (ext - dix(signup)) <= 60 else "lost_lead"
            status = "prospect" if seg == "prospect" else "closed_lost"
        else:
            last = datetime.fromisoformat(c["last_order_at"])
            gap = ext - dix(last)
            usual = {"key_account": 30, "standard": 48, "small": 78}[c["tier"]]
            if not c["_old"] and c["first_order_at"] >= "2026-04-01":
                seg = "new_account"
            elif gap > 2.2 * usual:
                seg = "at_risk"
            else:
                seg = "active"
            status = "active"
        c["segment"], c["account_status"] = seg, status


def main(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    simulate()
    finish_customers()
    index_for_nps()
    nps_waves()
    undated()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3])])
    cust = sorted(customers, key=lambda r: r["customer_id"])
    write(out / "customers.csv", cust)
    evs = sorted(events, key=lambda e: (e["ts"], e["event_id"]))
    # the carrier tracking feed re-sent 25 May 2026 delivery scans (same event_id, same content)
    dl = [e for e in evs if e["touchpoint_id"] == "tp_delivery" and e["ts"].startswith("2026-05")]
    dup = [dl[int(k)] for k in rng.choice(len(dl), size=25, replace=False)]
    evs = sorted(evs + dup, key=lambda e: (e["ts"], e["event_id"]))
    base = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device"]
    extra = []
    for e in evs:
        for k in e:
            if k not in base and k not in extra:
                extra.append(k)
    write(out / "events.csv", evs, base + extra)
    for o in orders:
        if o["status"] is None:
            o["status"] = "in_production"
    write(out / "orders.csv", sorted(orders, key=lambda o: (o["ts"], o["order_id"])))
    fcols = ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "rating", "nps", "text", "language",
             "country", "city", "platform", "survey_wave", "order_no", "claim_no"]
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
