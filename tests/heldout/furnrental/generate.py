"""轻居 LiteNest: furniture and appliance rental for young renters in London, Manchester, Sydney, Melbourne,
Toronto, Shanghai, Hangzhou, Shenzhen and Chengdu (synthetic, written blind).

Young renters (students, interns, people in their first jobs) browse the catalogue on the web, in the app or in the
WeChat mini-program (浏览商品), configure a package (套餐配置: Studio Starter 单间入住套餐, One-Bed Comfort 一居舒适套餐,
Two-Bed Share 两居合租套餐, Work-from-Home Set 居家办公套装, Appliance Pack 家电套装 or Pick Your Own 自选单品, a 3 / 6 /
12-month term, optional damage cover 无忧保障), pass a credit and deposit check (信用押金审核: Experian in the UK, Equifax in
Australia and Canada, 芝麻信用 Sesame Credit in China; approved without deposit, deposit required, or declined), sign
the rental contract (下单签约), book a delivery and assembly slot (预约配送) and get the furniture delivered and
assembled (配送安装; first attempts can fail). Rent is charged monthly (月租扣款, retried after a failure), customers
report damage (损坏报修: arrived damaged, accidental damage, faults), contact support (客服咨询), swap or upgrade items
(换新升级), extend (续租), buy the furniture out (买断) or return it (退租申请 → 上门取件 → 退租验收 with deposit
deductions and refunds).

Data 2025-01-01 .. 2026-08-31 (extract taken early September 2026). Times are naive local times of each city.
Money (orders.amount) is in USD, the company's reporting currency; currency + amount_local keep the charged amount.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260904), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import calendar
import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260904
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
UK_SWITCH = datetime(2025, 9, 1)        # UK deliveries move from HomeRun to BoxMove; September chaos
UK_SETTLED = datetime(2025, 10, 1)      # BoxMove added crews from October
GATEWAY = (datetime(2026, 2, 1), datetime(2026, 3, 1))   # card gateway migration: failed and double charges
N_VISITORS = 13000
N_LEGACY = 900

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_social_ad", "社媒广告", "Social / search ad", "awareness", "ads", "digital", "growth",
     "广告|投放|小红书广告|抖音广告|ad|ads|ad click|instagram ad|tiktok ad|search ad"),
    ("tp_browse", "浏览商品", "Browse catalogue", "awareness", "web", "digital", "ecommerce",
     "浏览|逛|商品页|看家具|browse|browsing|catalogue|product page|visit"),
    ("tp_package_config", "套餐配置", "Package configuration", "consideration", "app", "digital", "ecommerce",
     "配置套餐|选套餐|搭配|购物车|package builder|configure|configurator|bundle|cart"),
    ("tp_credit_check", "信用押金审核", "Credit and deposit check", "purchase", "app", "digital", "risk",
     "信用审核|押金审核|免押|征信|芝麻信用|credit check|deposit check|approval|affordability check"),
    ("tp_order", "下单签约", "Order and contract", "purchase", "app", "digital", "ecommerce",
     "下单|签约|签合同|租赁合同|checkout|order|contract|sign-up|place order"),
    ("tp_slot_booking", "预约配送", "Delivery slot booking", "purchase", "app", "digital", "logistics",
     "约时间|预约送货|配送时段|改约|slot|delivery slot|booking|reschedule"),
    ("tp_delivery", "配送安装", "Delivery and assembly", "service", "other", "physical", "logistics",
     "送货|配送|安装|上门安装|delivery|assembly|install|drop-off"),
    ("tp_monthly_bill", "月租扣款", "Monthly rent billing", "service", "other", "digital", "finance",
     "月租|扣款|账单|自动扣费|rent|billing|monthly payment|direct debit|charge"),
    ("tp_support", "客服咨询", "Customer support", "service", "phone", "digital", "customer_care",
     "客服|工单|投诉|人工|support|ticket|helpdesk|customer care|live chat"),
    ("tp_damage_claim", "损坏报修", "Damage claim", "service", "app", "digital", "customer_care",
     "报修|损坏|定损|理赔|赔偿|damage|damage claim|repair|broken|claim"),
    ("tp_swap", "换新升级", "Swap or upgrade", "loyalty", "app", "physical", "logistics",
     "换货|换新|升级|换套餐|swap|upgrade|exchange|replace"),
    ("tp_extension", "续租", "Contract extension", "loyalty", "app", "digital", "ecommerce",
     "续约|延长租期|续租|extension|extend|renewal|renew"),
    ("tp_buyout", "买断", "Buy-out", "loyalty", "app", "digital", "ecommerce",
     "买下|买断|转购买|buy-out|buyout|buy out|purchase option|keep it"),
    ("tp_return_request", "退租申请", "Return request", "service", "app", "digital", "customer_care",
     "退租|申请退租|提前退租|end rental|return request|cancel rental|early return"),
    ("tp_return_pickup", "上门取件", "Return pickup", "service", "other", "physical", "logistics",
     "取件|上门回收|搬走|收回|pickup|collection|return pickup|collect"),
    ("tp_return_inspection", "退租验收", "Return inspection", "service", "other", "physical", "logistics",
     "验收|验损|退押金|押金退还|inspection|return check|deposit refund|deduction"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("rental_order", "租赁下单", "Browse to delivery",
     ["tp_browse", "tp_package_config", "tp_credit_check", "tp_order", "tp_slot_booking", "tp_delivery"], 21),
    ("checkout", "结账审核", "Checkout", ["tp_package_config", "tp_credit_check", "tp_order"], 7),
    ("ad_conversion", "广告转化", "Ad to order", ["tp_social_ad", "tp_browse", "tp_order"], 30),
    ("return_flow", "退租流程", "Return", ["tp_return_request", "tp_return_pickup", "tp_return_inspection"], 30),
]
CITIES = {  # en: zh, region, region_zh, currency, usd per local unit, weight, price factor, market
    "London": ("伦敦", "UK", "英国", "GBP", 1.27, 0.15, 1.15, "uk"),
    "Manchester": ("曼彻斯特", "UK", "英国", "GBP", 1.27, 0.08, 0.95, "uk"),
    "Sydney": ("悉尼", "Australia", "澳大利亚", "AUD", 0.66, 0.11, 1.05, "au"),
    "Melbourne": ("墨尔本", "Australia", "澳大利亚", "AUD", 0.66, 0.09, 1.0, "au"),
    "Toronto": ("多伦多", "Canada", "加拿大", "CAD", 0.73, 0.09, 1.0, "ca"),
    "Shanghai": ("上海", "East China", "华东", "CNY", 0.14, 0.17, 1.1, "cn"),
    "Hangzhou": ("杭州", "East China", "华东", "CNY", 0.14, 0.09, 1.0, "cn"),
    "Shenzhen": ("深圳", "South China", "华南", "CNY", 0.14, 0.12, 1.05, "cn"),
    "Chengdu": ("成都", "Southwest China", "西南", "CNY", 0.14, 0.10, 0.9, "cn"),
}
SEASON = {  # month weights by market
    "uk": [1.0, 0.9, 0.9, 0.9, 0.9, 1.0, 1.1, 1.5, 1.8, 1.0, 0.8, 0.6],
    "ca": [1.0, 0.9, 0.9, 0.9, 1.0, 1.0, 1.1, 1.5, 1.6, 1.0, 0.8, 0.6],
    "au": [1.4, 1.6, 1.1, 0.9, 0.9, 1.0, 1.2, 0.9, 0.9, 0.9, 0.9, 1.0],
    "cn": [0.9, 0.5, 1.2, 1.0, 1.0, 1.4, 1.5, 1.2, 1.0, 0.9, 0.8, 0.8],
}
ACQ = {  # id: zh, weight en markets, weight cn, intent multiplier, ad platform (en, zh)
    "search_ads": ("搜索广告", 0.20, 0.08, 1.10, ("google", "谷歌")),
    "instagram_ads": ("Instagram广告", 0.18, 0.0, 0.90, ("instagram", "Instagram")),
    "tiktok_ads": ("TikTok广告", 0.18, 0.0, 0.42, ("tiktok", "TikTok")),
    "xiaohongshu": ("小红书", 0.0, 0.26, 0.95, ("xiaohongshu", "小红书")),
    "douyin": ("抖音", 0.0, 0.18, 0.80, ("douyin", "抖音")),
    "uni_partner": ("校园合作", 0.10, 0.08, 1.20, None),
    "landlord_partner": ("公寓合作", 0.09, 0.14, 1.30, None),
    "referral": ("老客推荐", 0.10, 0.12, 1.30, None),
    "organic": ("自然流量", 0.15, 0.14, 1.00, None),
}
PACKAGES = {  # id: zh, en, base usd (en markets), base cny, item categories
    "studio_starter": ("单间入住套餐", "Studio Starter", 79, 369, ["bed", "mattress", "desk", "chair", "wardrobe"]),
    "one_bed_comfort": ("一居舒适套餐", "One-Bed Comfort", 129, 569,
                        ["bed", "mattress", "sofa", "desk", "chair", "wardrobe", "dining_table", "tv_stand"]),
    "two_bed_share": ("两居合租套餐", "Two-Bed Share", 189, 829,
                      ["bed", "bed", "mattress", "mattress", "sofa", "desk", "chair", "wardrobe", "wardrobe",
                       "dining_table", "washer", "fridge"]),
    "wfh_desk": ("居家办公套装", "Work-from-Home Set", 39, 179, ["desk", "chair", "monitor"]),
    "appliance_pack": ("家电套装", "Appliance Pack", 65, 299, ["washer", "fridge", "microwave"]),
    "pick_your_own": ("自选单品", "Pick Your Own", 0, 0, []),
}
PACK_W = {"student": [0.34, 0.12, 0.16, 0.16, 0.10, 0.12], "young_professional": [0.22, 0.26, 0.12, 0.14, 0.14, 0.12],
          "intern": [0.40, 0.10, 0.12, 0.14, 0.10, 0.14]}
ITEMS = {  # category: zh, usd per month a la carte, damage-fee usd range
    "bed": ("床架", 18, (60, 180)), "mattress": ("床垫", 14, (80, 220)), "sofa": ("沙发", 24, (90, 320)),
    "desk": ("书桌", 9, (40, 120)), "chair": ("椅子", 7, (30, 90)), "wardrobe": ("衣柜", 12, (60, 160)),
    "dining_table": ("餐桌", 10, (50, 140)), "tv_stand": ("电视柜", 6, (30, 80)), "monitor": ("显示器", 12, (80, 200)),
    "washer": ("洗衣机", 22, (120, 380)), "fridge": ("冰箱", 20, (120, 360)), "microwave": ("微波炉", 5, (30, 70)),
}
OCC = {"student": ("学生", 0.42), "young_professional": ("职场新人", 0.46), "intern": ("实习生", 0.12)}
HOUSING = {"flat_share": ("合租", 0.38), "studio": ("单间/一居", 0.30), "student_hall": ("学生公寓", 0.14),
           "build_to_rent": ("品牌长租公寓", 0.18)}
BUREAU = {"uk": "Experian", "au": "Equifax", "ca": "Equifax", "cn": "芝麻信用"}
DECLINE = {"thin_file": "信用记录不足", "low_score": "信用分过低", "id_mismatch": "身份信息不符",
           "affordability": "收入不足"}
PARTNER = {"uk": "HomeRun Logistics", "au": "Koala Freight", "ca": "MapleMove", "cn": "LiteNest own crew"}
FAIL_REASON = {"customer_absent": ("客户不在家", 0.35), "no_lift_access": ("无电梯无法搬运", 0.20),
               "truck_delay": ("车辆延误", 0.25), "item_out_of_stock": ("商品缺货", 0.10),
               "wrong_address": ("地址错误", 0.10)}
CLAIM_TYPE = {"arrived_damaged": "到货破损", "accidental_damage": "意外损坏", "fault": "故障/磨损"}
TICKETS = {  # id: zh, median resolution hours
    "delivery": ("配送问题", 10.0), "billing": ("账单扣款", 14.0), "damage_claim": ("损坏报修", 30.0),
    "swap": ("换新升级", 20.0), "return_pickup": ("上门取件", 12.0), "deposit": ("押金", 40.0),
    "account": ("账号问题", 6.0), "product_question": ("商品咨询", 3.0),
}
APP_STORES = {"ios": ["App Store"], "android": ["Google Play"], "android_cn": ["华为应用市场", "小米应用商店", "应用宝"]}
SOCIAL = {"en": ["Reddit", "Instagram", "TikTok", "Trustpilot"], "zh": ["小红书", "微博", "抖音"]}
NPS_WAVES = [(2025, 1), (2025, 4), (2025, 7), (2025, 10), (2026, 1), (2026, 4), (2026, 7)]

# ---------- feedback text (each topic has its own marker words; generic texts have none) ----------
TOPIC_MARKERS = {
    "late": ["迟到", "late"], "assembly": ["组装", "assembl"], "stain": ["污渍", "stain"], "crew": ["师傅", "crew"],
    "double_charge": ["重复扣款", "charged twice"], "payment_failed": ["扣款失败", "payment failed"],
    "deposit": ["押金", "deposit"], "damage_charge": ["定损", "damage charge"], "pickup": ["取件", "pickup"],
    "support": ["客服", "customer service"], "buyout": ["买断", "buyout"], "credit": ["信用审核", "credit check"],
    "swap": ["换新", "swap"], "crash": ["闪退", "crash"],
}
TEXT = {  # (topic, lang, sentiment)
    ("late", "zh", "neg"): [
        "约的上午10点到，下午三点才来，迟到了{h}个小时", "配送迟到还不提前说，我请了半天假白等",
        "第一次约的时间没人来，改约又迟到，搬家当天只能睡地板", "送货迟到两次了，能不能靠谱点",
        "说好晚上七点前送到，迟到到十点多，邻居都有意见了"],
    ("late", "en", "neg"): [
        "Booked the morning slot and they turned up {h} hours late",
        "Delivery was late and nobody called to say so, I took a day off for nothing",
        "First delivery never showed, the rebooked one was late again, slept on the floor for {d} nights",
        "Moving-in week and the delivery was late twice", "Late delivery with zero updates from the driver",
        "Waited all day, the van was {h} hours late and then they said the bed wasn't on it"],
    ("assembly", "zh", "neg"): [
        "床架组装得歪歪扭扭，晚上一翻身就响", "组装只装了一半，书桌说下次再来", "衣柜组装少了两个零件，门关不上",
        "组装完没检查，椅子腿是松的"],
    ("assembly", "en", "neg"): [
        "Bed frame assembly was sloppy, it creaks every time I move", "They left the desk assembly half done",
        "Wardrobe assembly missing parts so the doors don't close", "Chair wobbles, assembly was rushed"],
    ("assembly", "zh", "pos"): ["组装很快很稳，半小时全部搞定"],
    ("assembly", "en", "pos"): ["Quick assembly, everything feels solid"],
    ("stain", "zh", "neg"): [
        "沙发上有明显污渍，说是翻新的但看着像没洗过", "床垫有一大块污渍，还有味道", "收到的椅子坐垫有污渍，跟图片差太多",
        "餐椅上全是污渍，第一天就想退", "沙发扶手上一圈污渍，拍照发过去了"],
    ("stain", "en", "neg"): [
        "Sofa arrived with a big stain on the cushion", "Mattress has a stain and a weird smell, not what refurbished "
        "should mean", "Rug had stains all over it", "Stain on the headboard, looks well used",
        "The sofa had a stain they tried to cover with a throw"],
    ("crew", "zh", "pos"): [
        "送货师傅很专业，鞋套都穿好了，装完还把垃圾带走", "两位师傅搬上六楼没电梯也没抱怨，点赞",
        "师傅装得又快又好，还教我怎么调椅子", "安装师傅很细心，墙角都没磕到"],
    ("crew", "en", "pos"): [
        "The crew were lovely, carried everything up four flights and tidied up after",
        "Great crew, quick and careful with the walls", "Delivery crew set everything up in under an hour, brilliant",
        "Friendly crew, even moved my old chest of drawers for me"],
    ("double_charge", "zh", "neg"): [
        "这个月被重复扣款了，两笔月租，退款要等好几天", "重复扣款{amt}块，找了半天才给退", "信用卡重复扣款，吓我一跳",
        "月租重复扣款，银行卡差点透支"],
    ("double_charge", "en", "neg"): [
        "I was charged twice for this month's rent and the refund took ages",
        "Got charged twice this month, my account went overdrawn", "Charged twice for the same month, really not ok",
        "Rent charged twice on my card, still waiting for one to come back"],
    ("payment_failed", "zh", "neg"): [
        "卡里明明有钱，系统显示扣款失败，还收到催缴短信", "扣款失败了也不提醒，直接说我逾期", "绑的卡扣款失败好几次，换了支付方式才好"],
    ("payment_failed", "en", "neg"): [
        "Payment failed even though my card is fine, then I got an overdue warning",
        "My payment failed three times, had to add a new card",
        "Keeps saying payment failed, my bank says nothing was declined"],
    ("deposit", "zh", "neg"): [
        "退租验收说桌子有划痕扣了押金，那划痕送来就有", "押金退了{d}天还没到账", "押金被扣了{amt}，理由说不清楚",
        "验收的人随便看了一眼就扣押金", "押金扣得莫名其妙，照片也不给看"],
    ("deposit", "en", "neg"): [
        "They kept part of my deposit for a scratch that was there on delivery",
        "Still waiting on my deposit {d} days after they collected everything",
        "Deposit deduction of {amt} with no photos or explanation", "Lost half the deposit over normal wear",
        "The inspection was two minutes long and they still took money off my deposit"],
    ("deposit", "zh", "pos"): ["押金三天就退回来了，很爽快", "验收很顺利，押金全额退回"],
    ("deposit", "en", "pos"): ["Deposit came back within a week, smooth", "Full deposit back, inspection was fair"],
    ("deposit_high", "zh", "neg"): ["信用分不够就要交两个月押金，学生党有点吃不消", "押金要两个月月租那么多，门槛高了"],
    ("deposit_high", "en", "neg"): ["Asking a student for a two-month deposit is a lot",
                                    "They wanted a deposit of two months' rent up front, that's steep"],
    ("damage_charge", "zh", "neg"): [
        "报修说是我弄坏的，定损价比新的还贵", "定损结果不给照片，直接让我付{amt}", "洗衣机自己坏的，定损却算我人为损坏"],
    ("damage_charge", "en", "neg"): [
        "The damage charge was more than the thing costs new", "They put a damage charge on me with no photos",
        "Washer broke by itself and I got a damage charge anyway"],
    ("damage_charge", "zh", "pos"): ["报修很快，定损合理，第二天就换了新的"],
    ("damage_charge", "en", "pos"): ["Fair damage charge and a replacement the next day"],
    ("pickup", "zh", "neg"): [
        "约好上门取件没人来，我第二天就要交房了", "取件改了三次时间，退租比租还麻烦", "取件的人说车太小装不下，又约下周"],
    ("pickup", "en", "neg"): [
        "Pickup no-show on my move-out day, had to pay the landlord an extra day", "Rescheduled my pickup three times",
        "The pickup team didn't turn up and nobody called"],
    ("pickup", "zh", "pos"): ["取件准时，十分钟就搬完了"],
    ("pickup", "en", "pos"): ["Pickup was on time and quick"],
    ("support", "zh", "neg"): [
        "客服回复太慢，一个问题等了{d}天", "在线客服一直是机器人，转不了人工", "客服每次都说会反馈，然后就没下文"],
    ("support", "en", "neg"): [
        "Customer service took {d} days to reply", "Customer service is a bot loop, can't reach a human",
        "Customer service keeps promising a callback that never comes"],
    ("support", "zh", "pos"): ["客服很耐心，当天就解决了", "客服回复很快，态度也好"],
    ("support", "en", "pos"): ["Customer service sorted it out the same day", "Really helpful customer service"],
    ("buyout", "zh", "neg"): ["租满一年想买断，买断价比新的便宜不了多少", "买断价格算法不透明，问了也说不清"],
    ("buyout", "en", "neg"): ["The buyout price is almost what a new one costs",
                              "Buyout quote makes no sense after paying rent for a year"],
    ("buyout", "zh", "pos"): ["买断很划算，沙发直接留下了"],
    ("buyout", "en", "pos"): ["Buyout was a good deal, kept the desk"],
    ("credit", "zh", "neg"): ["信用审核没过也不说原因", "留学生没有本地记录，信用审核直接拒", "信用审核要上传一堆材料"],
    ("credit", "en", "neg"): ["Failed the credit check with no reason given",
                              "International student, no local history so the credit check just says no",
                              "The credit check wanted three months of bank statements, too much"],
    ("swap", "zh", "neg"): ["申请换新等了两周还没排上", "想换新沙发说没库存"],
    ("swap", "en", "neg"): ["Asked for a swap two weeks ago, still nothing", "Swap request declined, out of stock"],
    ("swap", "zh", "pos"): ["换新很方便，新床垫第三天就送到了"],
    ("swap", "en", "pos"): ["Swap was easy, new mattress in three days"],
    ("crash", "zh", "neg"): ["App选套餐的时候老是闪退", "小程序付款页面闪退，试了好几次", "更新后一打开就闪退"],
    ("crash", "en", "neg"): ["App keeps crashing in the package builder", "Crash at checkout every single time",
                             "The app crashes since the update"],
    ("generic", "zh", "pos"): [
        "家具质量不错，性价比高", "刚毕业租房不想买家具，这个很适合", "整体体验挺好的，会推荐给同事", "租期灵活，搬家也不用愁",
        "东西很新，跟图片一样"],
    ("generic", "en", "pos"): [
        "Great way to furnish a flat without buying everything", "Really happy with the furniture quality",
        "Flexible terms, perfect for a one-year tenancy", "Would recommend to friends moving cities",
        "Everything looked brand new, exactly like the photos"],
    ("generic", "zh", "neu"): ["还行吧，价格再便宜点就好了", "东西一般，够用", "选择有点少，希望多点款式"],
    ("generic", "en", "neu"): ["It's fine, a bit pricey for what it is", "Okay overall, limited choice of styles",
                               "Does the job"],
    ("generic", "zh", "neg"): ["体验一般，不会再租了", "价格太贵，不如买二手", "东西和图片差距有点大"],
    ("generic", "en", "neg"): ["Not worth the money, buying second-hand is cheaper",
                               "Furniture looks cheaper than in the photos", "Meh, wouldn't rent again"],
    ("question", "zh", "neu"): ["想问一下能不能加一把椅子", "请问怎么修改收货地址", "租期中间可以换城市吗",
                                "发票怎么开？"],
    ("question", "en", "neu"): ["Can I add a lamp to my plan?", "How do I change my billing address?",
                                "Can I move my rental to another city?", "Where do I find my invoices?"],
}
SENT_RATING = {"pos": (4, 6), "neu": (3, 4), "neg": (1, 3)}
SENT_NPS = {"pos": (8, 11), "neu": (6, 9), "neg": (0, 7)}


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def choice(items, p=None):
    if p is None:
        return items[int(rng.integers(len(items)))]
    p = np.asarray(p, float)
    return items[int(rng.choice(len(items), p=p / p.sum()))]


def lognorm(median, sigma):
    return float(median * math.exp(sigma * rng.standard_normal()))


def daytime(day: datetime, lo=8, hi=22) -> datetime:
    return day.replace(hour=0, minute=0, second=0, microsecond=0) + D(seconds=int(rng.uniform(lo, hi) * 3600))


def add_months(t: datetime, k: int) -> datetime:
    m = t.month - 1 + k
    y, m = t.year + m // 12, m % 12 + 1
    return t.replace(year=y, month=m, day=min(t.day, calendar.monthrange(y, m)[1]))


class Gen:
    def __init__(self):
        self.customers = []
        self.events = []
        self.orders = []
        self.feedback = []
        self.n_ord = self.n_ctr = self.n_tk = self.n_cl = 0

    # ---------- helpers ----------
    def ev(self, c, ts, tp, action, **kw):
        if ts > END or ts < START:
            return False
        r = dict(customer_id=c["id"], ts=ts, touchpoint_id=tp, action=action, device=kw.pop("device", None),
                 channel=kw.pop("channel", "other"), city=c["city"])
        r.update(kw)
        self.events.append(r)
        return True

    def order(self, c, ts, usd, otype, status="paid", local=None, **kw):
        if ts > END:
            return None
        self.n_ord += 1
        zh = {"rental_contract": "租赁合同", "deposit": "押金", "monthly_rent": "月租", "damage_fee": "损坏赔偿",
              "swap_fee": "换新费", "buyout": "买断", "early_termination_fee": "提前退租违约金"}[otype]
        cur = CITIES[c["city"]][3]
        if local is None:
            local = round(usd / CITIES[c["city"]][4], 2)
        r = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["id"], ts=ts, amount=round(usd, 2), status=status,
                 channel=kw.pop("channel", c["channel"]), device=kw.pop("device", c["device"]), order_type=otype,
                 订单类型=zh, city=c["city"], currency=cur, amount_local=round(local, 2),
                 payment_method=c["pay"])
        r.update(kw)
        self.orders.append(r)
        return r

    def fb(self, ts, channel, topic, sent, tp, c=None, rating=None, nps=None, lang=None, **kw):
        if ts is not None and (ts > END or ts < START):
            return
        if lang is None:
            lang = c["lang"] if c else choice(["zh", "en"])
        key = (topic, lang, sent)
        assert key in TEXT, key
        vals = dict(h=int(rng.integers(2, 6)), d=int(rng.integers(8, 40)), amt=int(rng.integers(3, 20)) * 10)
        text = choice(TEXT[key]).format(**vals)
        base = {"deposit_high": "deposit", "question": "generic"}.get(topic, topic)
        if channel == "social":       # social posts carry the site; only Trustpilot reviews have stars
            kw["platform"] = choice(SOCIAL[lang]) if kw.get("platform") not in SOCIAL[lang] else kw["platform"]
            if kw["platform"] != "Trustpilot":
                rating = None
        elif channel == "ticket":
            rating = None
            kw.pop("platform", None)
        r = dict(ts=ts, customer_id=c["id"] if c else None, touchpoint_id=tp, channel=channel, rating=rating,
                 nps=nps, text=text, language=lang, city=(c["city"] if c else kw.pop("city", None)), _topic=base,
                 _sent=sent)
        r.update(kw)
        self.feedback.append(r)

    def rated(self, sent):
        lo, hi = SENT_RATING[sent]
        return int(rng.integers(lo, hi))

    # ---------- customers ----------
    def new_customer(self, k, city, t0, legacy=False):
        mk = CITIES[city][7]
        cn = mk == "cn"
        acq_ids = list(ACQ)
        acq = choice(acq_ids, [ACQ[a][2 if cn else 1] for a in acq_ids])
        occ = choice(list(OCC), [v[1] for v in OCC.values()])
        if acq == "uni_partner":
            occ = "student"
        housing = choice(list(HOUSING), [v[1] for v in HOUSING.values()])
        if occ == "student" and rng.random() < 0.35:
            housing = "student_hall"
        lang = "zh" if cn or rng.random() < (0.16 if occ == "student" else 0.05) else "en"
        ios = rng.random() < (0.45 if cn else 0.55)
        device = "ios" if ios else "android"
        if cn:
            ch_w = {"mini_program": 0.55, "app": 0.35, "web": 0.10}
            pay = choice(["alipay", "wechat_pay", "card"], [0.55, 0.40, 0.05])
        else:
            ch_w = {"app": 0.48, "web": 0.52}
            pay = choice(["card", "paypal"], [0.88, 0.12])
        age = {"student": ["18-21", "22-25"], "intern": ["18-21", "22-25"],
               "young_professional": ["22-25", "26-30", "31-35"]}[occ]
        c = dict(id=f"C{k:06d}", city=city, mk=mk, acq=acq, occ=occ, housing=housing, lang=lang, device=device,
                 pay=pay, ch_w=ch_w, channel=choice(list(ch_w), list(ch_w.values())), signup=t0,
                 age=choice(age, [0.5, 0.5] if len(age) == 2 else [0.45, 0.4, 0.15]), tier="standard",
                 contracts=[], state="prospect", exp=[], legacy=legacy, deposit_held=0.0, last_bill_failed=False)
        self.customers.append(c)
        return c

    def session_channel(self, c):
        ch = choice(list(c["ch_w"]), list(c["ch_w"].values())) if rng.random() < 0.3 else c["channel"]
        dev = "pc" if ch == "web" and rng.random() < 0.55 else c["device"]
        return ch, dev

    def price(self, c, pack, items):
        f = CITIES[c["city"]][6]
        if c["mk"] == "cn":
            if pack == "pick_your_own":
                cny = sum(ITEMS[i][1] for i in items) * 4.6
            else:
                cny = PACKAGES[pack][3]
            local = round(cny * f / 10) * 10 - 1
            return round(local * 0.14, 2), local
        usd = sum(ITEMS[i][1] for i in items) if pack == "pick_your_own" else PACKAGES[pack][2]
        fx = CITIES[c["city"]][4]
        local = round(usd * f / fx) - 0.01
        return round(local * fx, 2), local

    def visitor(self, k, city, t0):
        c = self.new_customer(k, city, t0)
        mk = c["mk"]
        intent = ACQ[c["acq"]][3]
        t = t0
        plat = ACQ[c["acq"]][4]
        if c["acq"] == "search_ads" and mk == "cn":
            plat = ("baidu", "百度")
        if plat is not None:
            ad_t = t - D(minutes=float(rng.uniform(1, 20)))
            self.ev(c, ad_t, "tp_social_ad", "click", channel="ads", device=c["device"],
                    ad_platform=plat[0], 广告平台=plat[1],
                    campaign=choice(["move_in_season", "student_bundle", "first_flat", "wfh_setup", "summer_sale"]))
        n_sessions = 1 + int(rng.poisson(1.2))
        sess_times = sorted([t] + [t + D(hours=float(rng.uniform(1, 240))) for _ in range(n_sessions - 1)])
        sess = []
        for j, st in enumerate(sess_times):
            ch, dev = self.session_channel(c)
            sid = f"S{k:06d}{j}"
            sess.append((st, ch, dev, sid))
            self.ev(c, st, "tp_browse", "view", channel=ch, device=dev, session_id=sid,
                    category_viewed=choice(["bundles", "beds", "sofas", "desks", "appliances"],
                                           [0.35, 0.2, 0.15, 0.15, 0.15]),
                    pages_viewed=int(1 + rng.poisson(4)))
        # package configuration
        p_cfg = min(0.9, 0.52 * intent)
        if rng.random() >= p_cfg:
            return
        st, ch, dev, sid = sess[int(rng.integers(len(sess)))]
        tc = st + D(minutes=float(rng.uniform(2, 25)))
        pack = choice(list(PACKAGES), PACK_W[c["occ"]])
        items = list(PACKAGES[pack][4]) if pack != "pick_your_own" else list(
            rng.choice(list(ITEMS), size=int(rng.integers(1, 5)), replace=False))
        if c["occ"] == "student":
            term = choice([3, 6, 12], [0.3, 0.45, 0.25])
        else:
            term = choice([3, 6, 12], [0.1, 0.3, 0.6])
        cover = rng.random() < (0.45 if c["occ"] == "young_professional" else 0.32)
        usd, local = self.price(c, pack, items)
        if cover:
            usd += 8.0 if mk != "cn" else 35 * 0.14
            local += (8.0 / CITIES[c["city"]][4]) if mk != "cn" else 35
        usd, local = round(usd, 2), round(local, 2)
        self.ev(c, tc, "tp_package_config", "saved", channel=ch, device=dev, session_id=sid, package=pack,
                套餐=PACKAGES[pack][0], term_months=term, items_count=len(items), monthly_rent_usd=usd,
                damage_cover="yes" if cover else "no")
        # credit and deposit check
        p_chk = {"web": 0.50, "app": 0.80, "mini_program": 0.80}[ch] * min(1.25, intent ** 0.7)
        if rng.random() >= min(0.95, p_chk):
            return
        tk = tc + D(minutes=float(rng.uniform(3, 40))) if rng.random() < 0.8 else tc + D(hours=float(rng.uniform(8, 72)))
        if mk == "cn":
            w = [0.74, 0.19, 0.07]
        elif c["occ"] == "student" or (c["lang"] == "zh"):
            w = [0.44, 0.40, 0.16]
        else:
            w = [0.64, 0.26, 0.10]
        res = choice(["approved", "deposit_required", "declined"], w)
        dep_usd = round(2 * usd, 2) if res == "deposit_required" else 0.0
        kw = dict(channel=ch, device=dev, session_id=sid if tk - tc < D(hours=1) else f"S{k:06d}9",
                  credit_bureau=BUREAU[mk], deposit_usd=dep_usd)
        if res == "declined":
            dr = choice(list(DECLINE), [0.50, 0.25, 0.07, 0.18] if c["lang"] == "zh" and mk != "cn"
                        else [0.18, 0.50, 0.08, 0.24])
            kw.update(decline_reason=dr, 拒绝原因=DECLINE[dr])
        self.ev(c, tk, "tp_credit_check", res, **kw)
        if res == "declined":
            if rng.random() < 0.10:
                self.fb(tk + D(days=float(rng.uniform(0, 5))), choice(["app_review", "social"]), "credit", "neg",
                        "tp_credit_check", c, rating=1, platform=self.platform(c))
            return
        if res == "deposit_required" and rng.random() < 0.04:
            self.fb(tk + D(days=float(rng.uniform(0, 3))), "app_review", "deposit_high", "neg", "tp_credit_check", c,
                    rating=int(rng.integers(1, 3)), platform=self.platform(c))
        p_ord = 0.86 if res == "approved" else 0.60
        if rng.random() >= p_ord:
            return
        to = tk + D(minutes=float(rng.uniform(2, 30))) if rng.random() < 0.85 else tk + D(hours=float(rng.uniform(5, 96)))
        self.contract(c, to, pack, items, term, cover, usd, local, dep_usd, ch, dev)

    def platform(self, c):
        if c["device"] == "ios":
            return "App Store"
        return choice(APP_STORES["android_cn"]) if c["mk"] == "cn" else "Google Play"

    def contract(self, c, to, pack, items, term, cover, usd, local, dep_usd, ch, dev, legacy=False):
        self.n_ctr += 1
        cid = f"RC{self.n_ctr:05d}"
        mk = c["mk"]
        if term == 12:
            fee_usd, fee_local = 0.0, 0.0
        elif mk == "cn":
            fee_local = 99.0
            fee_usd = round(99 * 0.14, 2)
        else:
            fee_local = 39.0 if mk == "uk" else 59.0
            fee_usd = round(fee_local * CITIES[c["city"]][4], 2)
        ctr = dict(id=cid, pack=pack, items=items, term=term, cover=cover, usd=usd, local=local, dep=dep_usd,
                   start=None, end=None, state="ordered")
        c["contracts"].append(ctr)
        cancel = rng.random() < 0.04
        common = dict(contract_id=cid, package=pack, 套餐=PACKAGES[pack][0], term_months=term, monthly_rent_usd=usd,
                      channel=ch, device=dev)
        ctr["order"] = self.order(c, to, fee_usd, "rental_contract", "cancelled" if cancel else "paid",
                                  local=fee_local, **common)
        if dep_usd:
            dep_o = self.order(c, to + D(seconds=30), dep_usd, "deposit", "refunded" if cancel else "paid",
                               contract_id=cid, channel=ch, device=dev)
            ctr["dep_order"] = dep_o
        if legacy:
            ctr["start"] = to + D(days=float(rng.uniform(3, 9)))
            ctr["start"] = daytime(ctr["start"], 9, 19)
            self.rent_life(c, ctr)
            return
        self.ev(c, to, "tp_order", "signed", channel=ch, device=dev, contract_id=cid, package=pack,
                套餐=PACKAGES[pack][0], term_months=term, monthly_rent_usd=usd, payment_method=c["pay"])
        if cancel:
            ctr["state"] = "cancelled"
            return
        # slot booking
        tb = to + D(minutes=float(rng.uniform(1, 15))) if rng.random() < 0.85 else to + D(hours=float(rng.uniform(3, 60)))
        peak = c["mk"] in ("uk", "ca") and to.month in (8, 9)
        lead = int(rng.integers(4, 13)) if peak else int(rng.integers(2, 9))
        slot_day = (tb + D(days=lead)).replace(hour=0, minute=0, second=0, microsecond=0)
        win = choice(["morning", "afternoon", "evening"], [0.4, 0.4, 0.2])
        self.ev(c, tb, "tp_slot_booking", "booked", channel=ch, device=dev, contract_id=cid,
                slot_date=slot_day.strftime("%Y-%m-%d"), slot_window=win,
                配送时段={"morning": "上午", "afternoon": "下午", "evening": "晚上"}[win])
        self.deliver(c, ctr, slot_day, win)

    def deliver(self, c, ctr, day, win):
        mk = c["mk"]
        attempt = 1
        partner = PARTNER[mk]
        if mk == "uk" and day >= UK_SWITCH:
            partner = "BoxMove"
        n_items = len(ctr["items"])
        failed_first = False
        lateness = []
        while True:
            h0 = {"morning": 8, "afternoon": 13, "evening": 18}[win]
            p_fail = {"uk": 0.07, "au": 0.06, "ca": 0.08, "cn": 0.05}[mk]
            late_med = 25
            if mk == "uk" and UK_SWITCH <= day < UK_SETTLED:
                p_fail, late_med = 0.62, 95
            elif mk == "ca" and day.month == 9:
                p_fail, late_med = 0.15, 40
            if attempt > 1:
                p_fail = min(p_fail, 0.10)
            late = max(0, int(lognorm(late_med, 0.9)) - 20)
            t = day + D(hours=h0 + late / 60 + float(rng.uniform(0, 3)))
            if t > END:
                return
            if rng.random() < p_fail:
                fr = choice(list(FAIL_REASON), [v[1] for v in FAIL_REASON.values()])
                if mk == "uk" and UK_SWITCH <= day < UK_SETTLED:
                    fr = choice(list(FAIL_REASON), [0.15, 0.10, 0.55, 0.15, 0.05])
                self.ev(c, t, "tp_delivery", "failed", contract_id=ctr["id"], attempt_no=attempt,
                        logistics_partner=partner, failure_reason=fr, 失败原因=FAIL_REASON[fr][0], late_minutes=late,
                        items_count=n_items)
                failed_first = failed_first or attempt == 1
                if rng.random() < 0.35:
                    self.ticket(c, t + D(hours=float(rng.uniform(0.2, 6))), "delivery", topic="late")
                if attempt >= 3:
                    ctr["state"] = "cancelled"
                    if ctr.get("order"):
                        ctr["order"]["status"] = "cancelled"
                    self.release_deposit(c, ctr, t, 0.0)
                    return
                attempt += 1
                day = (t + D(days=int(rng.integers(2, 7)))).replace(hour=0, minute=0, second=0)
                tb = t + D(hours=float(rng.uniform(1, 30)))
                if tb <= END:
                    self.ev(c, tb, "tp_slot_booking", "rescheduled", channel=c["channel"], device=c["device"],
                            contract_id=ctr["id"], slot_date=day.strftime("%Y-%m-%d"), slot_window=win,
                            配送时段={"morning": "上午", "afternoon": "下午", "evening": "晚上"}[win])
                continue
            asm = int(15 + n_items * lognorm(9, 0.3))
            self.ev(c, t, "tp_delivery", "delivered", contract_id=ctr["id"], attempt_no=attempt,
                    logistics_partner=partner, late_minutes=late, items_count=n_items, assembly_minutes=asm)
            lateness.append(late)
            break
        ctr["start"] = t
        c["state"] = "active"
        if failed_first:
            c["exp"].append((t, "late"))
        # arrived damaged
        # washers travel badly (drums shift when the transit bolts are missing)
        has_w, has_f = "washer" in ctr["items"], "fridge" in ctr["items"]
        p_dmg = 0.03 + (0.09 if has_w else 0) + (0.02 if has_f else 0)
        if rng.random() < p_dmg:
            if has_w and rng.random() < 0.75:
                item = "washer"
            else:
                item = choice(ctr["items"] or ["desk"])
            self.claim(c, ctr, t + D(hours=float(rng.uniform(1, 60))), "arrived_damaged", item)
        # stains on refurbished soft furniture
        stained = any(i in ("sofa", "mattress", "chair") for i in ctr["items"]) and rng.random() < 0.07
        # delivery survey
        if rng.random() < 0.38:
            ts = t + D(hours=float(rng.uniform(3, 72)))
            if failed_first or late > 90:
                topic, sent = ("late", "neg") if rng.random() < 0.75 else ("generic", "neg")
            elif stained:
                topic, sent = "stain", "neg"
            else:
                topic, sent = choice([("crew", "pos"), ("assembly", "neg"), ("assembly", "pos"), ("generic", "pos"),
                                      ("generic", "neu"), ("generic", "neg")], [0.32, 0.10, 0.05, 0.33, 0.12, 0.08])
            self.fb(ts, "delivery_survey", topic, sent, "tp_delivery", c, rating=self.rated(sent),
                    contract_id=ctr["id"])
        elif stained and rng.random() < 0.3:
            self.fb(t + D(days=float(rng.uniform(0, 4))), choice(["app_review", "social"]), "stain", "neg",
                    "tp_delivery", c, rating=int(rng.integers(1, 3)), platform=self.platform(c))
        self.rent_life(c, ctr)

    def rent_life(self, c, ctr):
        t0 = ctr["start"]
        term = ctr["term"]
        end = add_months(t0, term)
        usd, local = ctr["usd"], ctr["local"]
        k = 0
        early = None
        # early returns: moving away, job change
        for m in range(term):
            if rng.random() < 0.009:
                early = add_months(t0, m) + D(days=float(rng.uniform(3, 25)))
                break
        extended = 0
        while True:
            stop = early if early else end
            # monthly bills from start until stop
            while True:
                bt = add_months(t0, k).replace(hour=6, minute=0, second=0) + D(minutes=int(rng.integers(0, 90)))
                if bt >= stop or bt > END:
                    break
                self.bill(c, ctr, bt, usd, local, k + 1)
                k += 1
                # hazards within the month
                mt = bt + D(days=float(rng.uniform(1, 27)))
                if mt <= END and mt < stop:
                    r = rng.random()
                    if r < 0.008:
                        self.claim(c, ctr, mt, "accidental_damage", choice(ctr["items"] or ["desk"]))
                    elif r < 0.014:
                        self.claim(c, ctr, mt, "fault", choice(ctr["items"] or ["desk"]))
                    elif r < 0.026:
                        self.swap(c, ctr, mt)
                    elif r < 0.040:
                        self.ticket(c, mt, choice(["account", "product_question", "billing", "swap"],
                                                  [0.3, 0.4, 0.2, 0.1]))
            if stop > END:
                return
            if early:
                self.return_flow(c, ctr, early, "early")
                return
            # end of term
            r = rng.random()
            if r < 0.27:
                te = end - D(days=float(rng.uniform(5, 20)))
                ext = choice([6, 12], [0.6, 0.4])
                if te <= END:
                    self.ev(c, te, "tp_extension", "extended", channel="app", device=c["device"],
                            contract_id=ctr["id"], extension_months=ext)
                end = add_months(end, ext)
                extended += 1
                continue
            if r < 0.40:
                tb = end - D(days=float(rng.uniform(1, 12)))
                paid_months = k
                base = sum(ITEMS[i][1] for i in ctr["items"]) * (1.0 if c["mk"] != "cn" else 0.75) * 14
                price = round(max(40.0, base * max(0.35, 1 - 0.045 * paid_months)), 2)
                if tb <= END:
                    self.ev(c, tb, "tp_buyout", "bought_out", channel="app", device=c["device"],
                            contract_id=ctr["id"], buyout_usd=price, months_paid=paid_months)
                    self.order(c, tb, price, "buyout", contract_id=ctr["id"], channel="app")
                    c["state"] = "bought_out"
                    if rng.random() < 0.12:
                        sent = "neg" if rng.random() < 0.6 else "pos"
                        self.fb(tb + D(days=float(rng.uniform(0, 6))), choice(["app_review", "social", "ticket"]),
                                "buyout", sent, "tp_buyout", c, rating=self.rated(sent))
                    self.release_deposit(c, ctr, tb, 0.0)
                return
            self.return_flow(c, ctr, end, "term_end")
            return

    def bill(self, c, ctr, bt, usd, local, n):
        card = c["pay"] in ("card", "paypal")
        p = 0.035 if card else 0.02
        in_gw = GATEWAY[0] <= bt < GATEWAY[1] and c["pay"] == "card"
        if in_gw:
            p = 0.21
        status = "failed"
        attempts = 0
        t = bt
        bm = bt.strftime("%Y-%m")
        for a in range(3):
            attempts += 1
            ok = rng.random() >= (p if a == 0 else 0.35)
            self.ev(c, t, "tp_monthly_bill", "paid" if ok else "failed", contract_id=ctr["id"], billing_month=bm,
                    attempt_no=a + 1, payment_method=c["pay"], amount_usd=usd,
                    decline_code=None if ok else choice(["insufficient_funds", "card_expired", "gateway_error",
                                                         "do_not_honor"],
                                                        [0.1, 0.1, 0.7, 0.1] if in_gw else [0.45, 0.25, 0.1, 0.2]))
            if ok:
                status = "paid"
                break
            if a == 0:
                c["exp"].append((t, "payment_failed"))
                if rng.random() < 0.25:
                    self.ticket(c, t + D(hours=float(rng.uniform(1, 30))), "billing", topic="payment_failed")
            t = t + D(days=3 if a == 0 else 4, minutes=int(rng.integers(0, 60)))
            if t > END:
                break
        o = self.order(c, bt, usd, "monthly_rent", status, local=local, contract_id=ctr["id"], billing_month=bm,
                       attempts=attempts, channel="other", device=None)
        c["last_bill_failed"] = status == "failed"
        if in_gw and status == "paid" and rng.random() < 0.16:
            self.order(c, t + D(minutes=2), usd, "monthly_rent", "refunded", local=local, contract_id=ctr["id"],
                       billing_month=bm, attempts=1, channel="other", device=None, duplicate_charge="yes",
                       refunded_at=fmt(t + D(days=float(rng.uniform(3, 12)))))
            c["exp"].append((t, "double_charge"))
            if rng.random() < 0.55:
                self.ticket(c, t + D(hours=float(rng.uniform(2, 48))), "billing", topic="double_charge")
            if rng.random() < 0.35:
                self.fb(t + D(days=float(rng.uniform(0.2, 6))), choice(["app_review", "social"]), "double_charge",
                        "neg", "tp_monthly_bill", c, rating=1, platform=self.platform(c))
        return o

    def claim(self, c, ctr, t, ctype, item):
        self.n_cl += 1
        if ctype == "arrived_damaged":
            outcome = "covered"
        elif ctype == "accidental_damage":
            outcome = "covered" if ctr["cover"] else choice(["charged", "rejected"], [0.85, 0.15])
        else:
            outcome = choice(["covered", "rejected", "charged"], [0.78, 0.12, 0.10])
        res_days = round(max(0.5, lognorm(4.0 if outcome == "covered" else 7.0, 0.5)), 1)
        fee = round(float(rng.uniform(*ITEMS[item][2])) * (0.7 if c["mk"] == "cn" else 1.0), 2) \
            if outcome == "charged" else 0.0
        self.ev(c, t, "tp_damage_claim", outcome, channel="app", device=c["device"], contract_id=ctr["id"],
                claim_id=f"CL{self.n_cl:05d}", claim_type=ctype, 报修类型=CLAIM_TYPE[ctype], item_category=item,
                品类=ITEMS[item][0], damage_fee_usd=fee, resolution_days=res_days)
        if outcome == "charged":
            self.order(c, t + D(days=res_days), fee, "damage_fee", contract_id=ctr["id"], channel="app",
                       claim_id=f"CL{self.n_cl:05d}", item_category=item)
        if outcome != "covered" or rng.random() < 0.15:
            if rng.random() < 0.5:
                self.ticket(c, t + D(days=float(rng.uniform(0.5, 3))), "damage_claim",
                            topic="damage_charge" if outcome != "covered" else None)
        if outcome == "charged" and rng.random() < 0.2:
            self.fb(t + D(days=res_days + float(rng.uniform(0, 5))), choice(["app_review", "social"]),
                    "damage_charge", "neg", "tp_damage_claim", c, rating=1, platform=self.platform(c))
        if outcome == "charged":
            c["exp"].append((t, "damage_charge"))

    def swap(self, c, ctr, t):
        st = choice(["upgrade", "swap_item", "downgrade"], [0.35, 0.5, 0.15])
        ok = rng.random() < 0.86
        self.ev(c, t, "tp_swap", "completed" if ok else "declined", channel="app", device=c["device"],
                contract_id=ctr["id"], swap_type=st, 换新类型={"upgrade": "升级套餐", "swap_item": "更换单品",
                                                           "downgrade": "降级套餐"}[st],
                lead_days=int(rng.integers(2, 15)) if ok else None)
        if ok and st in ("upgrade", "swap_item"):
            fee_local = 99.0 if c["mk"] == "cn" else 25.0
            fee = round(fee_local * CITIES[c["city"]][4], 2)
            self.order(c, t, fee, "swap_fee", local=fee_local, contract_id=ctr["id"], channel="app")
            if st == "upgrade":
                ctr["usd"] = round(ctr["usd"] * 1.3, 2)
                ctr["local"] = round(ctr["local"] * 1.3, 2)
        if rng.random() < 0.12:
            sent = "pos" if ok and rng.random() < 0.6 else "neg"
            self.fb(t + D(days=float(rng.uniform(1, 10))), choice(["app_review", "ticket"]), "swap", sent, "tp_swap",
                    c, rating=self.rated(sent))

    def return_flow(self, c, ctr, end, rtype):
        tr = end - D(days=float(rng.uniform(4, 20)))
        if rtype == "early":
            tr = end - D(days=float(rng.uniform(2, 6)))
        reason = choice(["moving_away", "bought_own", "moving_in_with_partner", "job_change", "too_expensive"],
                        [0.35, 0.15, 0.15, 0.2, 0.15]) if rtype == "early" else "term_end"
        rz = {"moving_away": "搬离城市", "bought_own": "自己买了家具", "moving_in_with_partner": "与伴侣同住",
              "job_change": "工作变动", "too_expensive": "价格太贵", "term_end": "到期退租"}[reason]
        if tr > END:
            return
        self.ev(c, tr, "tp_return_request", "submitted", channel="app", device=c["device"], contract_id=ctr["id"],
                return_type=rtype, return_reason=reason, 退租原因=rz)
        if rtype == "early":
            fee = ctr["usd"]
            self.order(c, tr, fee, "early_termination_fee", local=ctr["local"], contract_id=ctr["id"], channel="app")
        mk = c["mk"]
        day = (end + D(days=int(rng.integers(0, 4)))).replace(hour=0, minute=0, second=0)
        no_show_p = {"uk": 0.08, "au": 0.17, "ca": 0.09, "cn": 0.06}[mk]
        attempt = 1
        while True:
            t = daytime(day, 9, 19)
            if t > END:
                return
            if attempt < 3 and rng.random() < no_show_p:
                self.ev(c, t, "tp_return_pickup", "no_show", contract_id=ctr["id"], attempt_no=attempt,
                        logistics_partner=PARTNER[mk] if not (mk == "uk" and t >= UK_SWITCH) else "BoxMove",
                        no_show_by=choice(["crew", "customer"], [0.7, 0.3]))
                if rng.random() < 0.3:
                    self.ticket(c, t + D(hours=float(rng.uniform(1, 20))), "return_pickup", topic="pickup")
                if rng.random() < 0.2:
                    self.fb(t + D(days=float(rng.uniform(0, 3))), choice(["app_review", "social"]), "pickup", "neg",
                            "tp_return_pickup", c, rating=1, platform=self.platform(c))
                attempt += 1
                day = day + D(days=int(rng.integers(1, 5)))
                continue
            self.ev(c, t, "tp_return_pickup", "collected", contract_id=ctr["id"], attempt_no=attempt,
                    logistics_partner=PARTNER[mk] if not (mk == "uk" and t >= UK_SWITCH) else "BoxMove",
                    items_count=len(ctr["items"]))
            break
        c["state"] = "returned"
        # inspection (same visit, logged at the warehouse a little later)
        ti = daytime(t + D(days=int(rng.integers(0, 3))), 10, 18)
        if ti <= t:
            ti = t + D(hours=float(rng.uniform(1, 3)))
        p_ded = {"London": 0.45, "Manchester": 0.18}.get(c["city"], 0.15)
        ded = 0.0
        grade = choice(["A", "B", "C"], [0.5, 0.35, 0.15])
        if rng.random() < p_ded:
            ded = round(float(rng.uniform(20, 120)) * (0.7 if mk == "cn" else 1.0), 2)
            if ctr["dep"]:
                ded = min(ded, ctr["dep"])
            grade = choice(["B", "C"], [0.4, 0.6])
        refund_days = None
        if ctr["dep"]:
            refund_days = round(max(1.0, lognorm({"au": 9.0}.get(mk, 5.0), 0.45)), 1)
        if ti > END:
            return
        self.ev(c, ti, "tp_return_inspection", "deducted" if ded else "passed", contract_id=ctr["id"],
                condition_grade=grade, deduction_usd=ded, deposit_refund_days=refund_days)
        if ded and not ctr["dep"]:
            self.order(c, ti, ded, "damage_fee", contract_id=ctr["id"], channel="other", device=None,
                       item_category=choice(ctr["items"] or ["desk"]))
        if ded:
            c["exp"].append((ti, "deposit"))
        self.release_deposit(c, ctr, ti, ded, refund_days)
        if ded and rng.random() < 0.25:
            self.ticket(c, ti + D(hours=float(rng.uniform(2, 48))), "deposit", topic="deposit")
        # return survey
        if rng.random() < 0.35:
            ts = ti + D(days=float(rng.uniform(1, 5)))
            if ded:
                topic, sent = ("deposit", "neg") if rng.random() < 0.75 else ("generic", "neg")
                tp = "tp_return_inspection"
            elif attempt > 1:
                topic, sent, tp = "pickup", "neg", "tp_return_pickup"
            else:
                topic, sent = choice([("pickup", "pos"), ("deposit", "pos"), ("generic", "pos"), ("generic", "neu")],
                                     [0.3, 0.15 if ctr["dep"] else 0.0, 0.4, 0.15])
                tp = {"pickup": "tp_return_pickup", "deposit": "tp_return_inspection"}.get(topic, "tp_return_pickup")
            self.fb(ts, "return_survey", topic, sent, tp, c, rating=self.rated(sent), contract_id=ctr["id"])

    def release_deposit(self, c, ctr, t, ded, days=None):
        o = ctr.get("dep_order")
        if not o:
            return
        if days is None:
            days = 3.0
        tr = t + D(days=days)
        if tr <= END:
            o["status"] = "refunded"
            o["refunded_at"] = fmt(tr)
            o["deducted_usd"] = ded

    def ticket(self, c, t, cat, topic=None):
        if t > END:
            return
        self.n_tk += 1
        tn = f"TK{self.n_tk:05d}"
        med = TICKETS[cat][1]
        if cat == "billing" and GATEWAY[0] <= t < GATEWAY[1] + D(days=10):
            med *= 3.0
        hours = round(max(0.2, lognorm(med, 0.8)), 1)
        if c["mk"] == "cn":
            cc = choice(["wechat", "in_app_chat", "phone"], [0.5, 0.35, 0.15])
        else:
            cc = choice(["live_chat", "phone", "email"], [0.5, 0.3, 0.2])
        ch = {"wechat": "mini_program", "in_app_chat": "app", "live_chat": "app", "phone": "phone", "email": "email"}[cc]
        self.ev(c, t, "tp_support", "opened", channel=ch, device=c["device"] if ch in ("app", "mini_program") else None,
                ticket_no=tn, ticket_category=cat, 问题类别=TICKETS[cat][0], contact_channel=cc,
                resolution_hours=hours, session_id=tn)
        tp_of = {"delivery": "tp_delivery", "billing": "tp_monthly_bill", "damage_claim": "tp_damage_claim",
                 "swap": "tp_swap", "return_pickup": "tp_return_pickup", "deposit": "tp_return_inspection",
                 "account": "tp_support", "product_question": "tp_support"}[cat]
        if rng.random() < 0.45:
            if topic is None:
                topic, sent = ("question", "neu") if cat in ("account", "product_question") else ("generic", "neg")
                if cat == "billing":
                    topic, sent = "payment_failed", "neg"
                elif cat == "swap":
                    topic, sent = "swap", "neg"
            else:
                sent = "neg"
            if topic == "question":
                tp_of = "tp_support"
            self.fb(t + D(minutes=int(rng.integers(1, 20))), "ticket", topic, sent, tp_of, c, ticket_no=tn,
                    ticket_category=cat)
        if rng.random() < 0.33:
            tc = t + D(hours=hours + float(rng.uniform(1, 24)))
            if hours > 48:
                topic, sent = ("support", "neg") if rng.random() < 0.8 else ("generic", "neg")
            else:
                topic, sent = choice([("support", "pos"), ("generic", "pos"), ("support", "neg"), ("generic", "neu")],
                                     [0.45, 0.3, 0.1, 0.15])
            self.fb(tc, "csat", topic, sent, "tp_support", c, rating=self.rated(sent), ticket_no=tn,
                    ticket_category=cat)

    # ---------- run ----------
    def run(self):
        k = 0
        # renters whose contracts started in the second half of 2024 (their browse and order steps are not in
        # the extract; the order export is complete)
        cities = list(CITIES)
        cw = np.array([CITIES[x][5] for x in cities])
        for _ in range(N_LEGACY):
            k += 1
            city = choice(cities, cw)
            to = datetime(2024, 6, 15) + D(days=float(rng.uniform(0, 195)))
            to = daytime(to, 9, 23)
            c = self.new_customer(k, city, to - D(days=float(rng.uniform(0, 20))), legacy=True)
            pack = choice(list(PACKAGES), PACK_W[c["occ"]])
            items = list(PACKAGES[pack][4]) if pack != "pick_your_own" else list(
                rng.choice(list(ITEMS), size=int(rng.integers(1, 5)), replace=False))
            term = 12 if rng.random() < 0.6 else choice([6, 12])
            cover = rng.random() < 0.38
            usd, local = self.price(c, pack, items)
            if cover:
                usd += 8.0 if c["mk"] != "cn" else 4.9
                local += (8.0 / CITIES[city][4]) if c["mk"] != "cn" else 35
            usd, local = round(usd, 2), round(local, 2)
            mk = c["mk"]
            if mk == "cn":
                dep = 0.0 if rng.random() < 0.8 else round(2 * usd, 2)
            else:
                dep = 0.0 if rng.random() < 0.6 else round(2 * usd, 2)
            c["state"] = "active"
            self.contract(c, to, pack, items, term, cover, usd, local, dep, c["channel"], c["device"], legacy=True)
        # new visitors
        months = [(2025, m) for m in range(1, 13)] + [(2026, m) for m in range(1, 9)]
        for city in cities:
            mk = CITIES[city][7]
            w = np.array([SEASON[mk][m - 1] * (1.2 if y == 2026 else 1.0) for y, m in months])
            n = int(round(N_VISITORS * CITIES[city][5]))
            per = rng.multinomial(n, w / w.sum())
            for (y, m), cnt in zip(months, per):
                days = calendar.monthrange(y, m)[1]
                for _ in range(cnt):
                    k += 1
                    day = datetime(y, m, 1) + D(days=int(rng.integers(days)))
                    hour = float(rng.choice([8, 10, 12, 13, 15, 18, 20, 21, 22, 23],
                                            p=[0.05, 0.08, 0.1, 0.07, 0.08, 0.1, 0.16, 0.16, 0.12, 0.08]))
                    t0 = day + D(hours=hour + float(rng.uniform(0, 1)))
                    self.visitor(k, city, t0)
        self.nps()
        self.misc_feedback()

    def nps(self):
        pool = [c for c in self.customers if c["contracts"] and any(x.get("start") for x in c["contracts"])]
        for y, m in NPS_WAVES:
            w0 = datetime(y, m, 3)
            for c in pool:
                starts = [x["start"] for x in c["contracts"] if x.get("start")]
                if not starts or min(starts) > w0 - D(days=20) or rng.random() > 0.16:
                    continue
                if c["state"] in ("returned", "bought_out") and rng.random() < 0.7:
                    continue
                ts = w0 + D(days=float(rng.uniform(0, 12)))
                recent = [e for te, e in c["exp"] if te < ts]
                feb = [e for te, e in c["exp"] if GATEWAY[0] <= te < GATEWAY[1] + D(days=10)]
                bad = None
                if (y, m) == (2026, 4) and feb and rng.random() < 0.85:
                    bad = "double_charge" if "double_charge" in feb else "payment_failed"
                elif recent and rng.random() < 0.45:
                    bad = choice(recent)
                if bad:
                    topic = {"payment_failed": "payment_failed", "late": "late", "double_charge": "double_charge",
                             "deposit": "deposit", "damage_charge": "damage_charge"}[bad]
                    sent = "neg"
                    tp = {"late": "tp_delivery", "payment_failed": "tp_monthly_bill",
                          "double_charge": "tp_monthly_bill", "deposit": "tp_return_inspection",
                          "damage_charge": "tp_damage_claim"}[bad]
                else:
                    topic, sent = choice([("generic", "pos"), ("generic", "neu"), ("generic", "neg"), ("crew", "pos")],
                                         [0.5, 0.25, 0.12, 0.13])
                    tp = "tp_delivery" if topic == "crew" else None
                lo, hi = SENT_NPS[sent]
                self.fb(ts, "nps_survey", topic, sent, tp, c, nps=int(rng.integers(lo, hi)),
                        survey_wave=f"{y}Q{(m - 1) // 3 + 1}")

    def misc_feedback(self):
        # app reviews and social posts not tied to one event
        custs = [c for c in self.customers if not c["legacy"]]
        for _ in range(520):
            c = custs[int(rng.integers(len(custs)))]
            t = c["signup"] + D(days=float(rng.uniform(0, 60)))
            topic, sent, tp = choice([("crash", "neg", "tp_package_config"), ("crash", "neg", "tp_order"),
                                      ("generic", "pos", None), ("generic", "neu", None), ("generic", "neg", None),
                                      ("support", "neg", "tp_support")], [0.14, 0.06, 0.38, 0.14, 0.18, 0.10])
            rating = int(choice([1, 2, 3], [0.3, 0.4, 0.3])) if topic == "crash" else self.rated(sent)
            self.fb(None if rng.random() < 0.06 else t, "app_review", topic, sent, tp, c, rating=rating,
                    platform=self.platform(c), device=c["device"])
        for _ in range(300):
            lang = choice(["zh", "en"], [0.5, 0.5])
            city = choice([x for x in CITIES if (CITIES[x][7] == "cn") == (lang == "zh")])
            t = START + D(days=float(rng.uniform(0, (END - START).days)))
            topic, sent, tp = choice([("generic", "pos", None), ("generic", "neg", None), ("stain", "neg", "tp_delivery"),
                                      ("late", "neg", "tp_delivery"), ("deposit", "neg", "tp_return_inspection"),
                                      ("crew", "pos", "tp_delivery"), ("buyout", "neg", "tp_buyout")],
                                     [0.34, 0.2, 0.1, 0.12, 0.1, 0.08, 0.06])
            self.fb(None if rng.random() < 0.3 else t, "social", topic, sent, tp, None, lang=lang, city=city,
                    platform=choice(SOCIAL[lang]))

    def customer_rows(self):
        rows = []
        for c in self.customers:
            seg = c["state"]
            if seg == "active" and c["last_bill_failed"]:
                seg = "at_risk"
            if seg == "ordered" or not any(x.get("start") for x in c["contracts"]):
                seg = "prospect"
            tier = "plus" if seg != "prospect" and rng.random() < 0.14 else "standard"
            zh_city, region, region_zh = CITIES[c["city"]][:3]
            rows.append(dict(customer_id=c["id"], signup_at=c["signup"], segment=seg, region=region, 区域=region_zh,
                             city=c["city"], 城市=zh_city, acquisition_channel=c["acq"], 获客渠道=ACQ[c["acq"]][0],
                             tier=tier, occupation=c["occ"], 职业=OCC[c["occ"]][0], age_band=c["age"],
                             housing_type=c["housing"], 住房类型=HOUSING[c["housing"]][0],
                             preferred_language=c["lang"], device=c["device"], payment_method=c["pay"],
                             contracts=len(c["contracts"])))
        return rows


def write(path: Path, rows, cols=None):
    if cols is None:
        cols = []
        for r in rows:
            for k in r:
                if k not in cols and not k.startswith("_"):
                    cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else (fmt(r[k]) if isinstance(r.get(k), datetime) else r[k]))
                        for k in cols})


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=a, name=b, name_zh=b, name_en=c, stage=d, channel=e, kind=f,
                                         owner=o, aliases=al) for a, b, c, d, e, f, o, al in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en,
                                      step=k + 1, touchpoint_id=tp, window_days=w)
                                 for j, zh, en, steps, w in JOURNEYS for k, tp in enumerate(steps)])
    write(out / "customers.csv", g.customer_rows())
    ev = sorted(g.events, key=lambda r: (r["ts"], r["customer_id"], r["touchpoint_id"]))
    for k, r in enumerate(ev, 1):
        r["event_id"] = f"E{k:07d}"
    dup_idx = set(int(x) for x in rng.choice(len(ev), 38, replace=False))
    rows = []
    for k, r in enumerate(ev):
        rows.append(r)
        if k in dup_idx:
            rows.append(dict(r))     # the app re-sent the same event
    cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "city"]
    for r in ev:
        for key in r:
            if key not in cols:
                cols.append(key)
    write(out / "events.csv", rows, cols)
    orders = sorted(g.orders, key=lambda r: (r["ts"], r["order_id"]))
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
             "contract_id", "package", "套餐", "term_months", "monthly_rent_usd", "billing_month", "attempts",
             "currency", "amount_local", "payment_method", "city", "claim_id", "item_category", "duplicate_charge",
             "refunded_at", "deducted_usd"]
    write(out / "orders.csv", orders, ocols)
    dated = sorted([r for r in g.feedback if r["ts"] is not None], key=lambda r: r["ts"])
    undated = [r for r in g.feedback if r["ts"] is None]
    fb = list(dated)
    for r in undated:
        fb.insert(int(rng.integers(0, len(fb) + 1)), r)
    for k, r in enumerate(fb, 1):
        r["feedback_id"] = f"F{k:05d}"
    fcols = ["feedback_id", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "text", "language",
             "city", "platform", "device", "contract_id", "ticket_no", "ticket_category", "survey_wave"]
    write(out / "feedback.csv", fb, fcols)
    write(out / "_truth" / "feedback_truth.csv",
          [dict(feedback_id=r["feedback_id"], topic=r["_topic"], sentiment=r["_sent"]) for r in fb],
          ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(g.customers)}, events {len(rows)}, orders {len(orders)}, feedback {len(fb)}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
