"""Generate the synthetic 轮到家 TyreHop dataset (tyre & wheel service chain with mobile fitting vans in Beijing,
Tianjin and Melbourne) as a DATA.md folder.

    python generate.py OUTDIR

Deterministic (numpy seed 20261207). Data window 2025-01-01 .. 2026-06-30 (extract taken July 2026). Writes
touchpoints, journeys, customers, events, orders, feedback and experiments as CSV, plus OUTDIR/_truth/ with the
generator's topic and sentiment of each feedback row (not a DATA.md table; used by gold.py only).
"""
from __future__ import annotations

import csv
import sys
from bisect import bisect_right
from itertools import accumulate
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
START = datetime(2025, 1, 1)
LAST = datetime(2026, 6, 30, 23, 59, 59)
AUD = 4.70  # CNY per AUD, fixed group reporting rate
rng = np.random.default_rng(SEED)


def r() -> float:
    return float(rng.random())


def pick(items, p=None):
    if p is None:
        return items[int(rng.integers(len(items)))]
    cum = list(accumulate(float(x) for x in p))
    return items[min(bisect_right(cum, r() * cum[-1]), len(items) - 1)]


def mins(a, b):
    return timedelta(minutes=float(rng.uniform(a, b)))


def days(a, b):
    return timedelta(days=float(rng.uniform(a, b)))


# ---------------------------------------------------------------- reference data
STORES = {
    "BJ01": ("beijing", "北京望京店", "Beijing Wangjing"),
    "BJ02": ("beijing", "北京亦庄店", "Beijing Yizhuang"),
    "BJ03": ("beijing", "北京丰台店", "Beijing Fengtai"),
    "TJ01": ("tianjin", "天津南开店", "Tianjin Nankai"),
    "TJ02": ("tianjin", "天津滨海店", "Tianjin Binhai"),
    "ML01": ("melbourne", "墨尔本Richmond店", "Melbourne Richmond"),
    "ML02": ("melbourne", "墨尔本Dandenong店", "Melbourne Dandenong"),
}
REGION_STORES = {"beijing": (["BJ01", "BJ02", "BJ03"], [0.4, 0.3, 0.3]),
                 "tianjin": (["TJ01", "TJ02"], [0.55, 0.45]),
                 "melbourne": (["ML01", "ML02"], [0.62, 0.38])}  # Richmond is the flagship
VANS = {"beijing": [f"V-BJ{i:02d}" for i in range(1, 7)], "tianjin": [f"V-TJ{i:02d}" for i in range(1, 4)],
        "melbourne": [f"V-ML{i:02d}" for i in range(1, 5)]}
TECHS = {s: [f"T-{s}-{i}" for i in range(1, 5)] for s in STORES}
VAN_TECH = {v: f"T-{v[2:]}" for vs in VANS.values() for v in vs}
CITY = {"beijing": ("北京", "CN"), "tianjin": ("天津", "CN"), "melbourne": ("Melbourne", "AU")}

BRANDS = {  # brand: (tier, CNY per tyre, AUD per tyre)
    "Michelin": ("premium", 1050, 330), "Bridgestone": ("premium", 960, 300), "Continental": ("premium", 990, 310),
    "Hankook": ("mid", 640, 210), "Goodyear": ("mid", 700, 225),
    "Linglong": ("budget", 380, 135), "RoadStar": ("budget", 330, 115),
}
BRAND_P_CN = [0.16, 0.12, 0.12, 0.16, 0.12, 0.17, 0.15]
BRAND_P_ML = [0.15, 0.15, 0.10, 0.20, 0.14, 0.08, 0.18]
CLAIM_P = {"premium": 0.028, "mid": 0.04, "budget": 0.055}
SIZES = {"sedan": ["205/55R16", "215/55R17", "225/45R17"], "suv": ["235/60R18", "225/65R17", "245/55R19"],
         "ev": ["255/45R19", "235/45R20", "245/40R20"], "ute": ["265/65R17", "265/60R18"],
         "van": ["215/65R16C", "195/75R16C"]}
MAKES = {("CN", "sedan"): ["大众 Volkswagen", "丰田 Toyota", "本田 Honda", "日产 Nissan", "别克 Buick"],
         ("CN", "suv"): ["哈弗 Haval", "丰田 Toyota", "大众 Volkswagen", "理想 Li Auto", "本田 Honda"],
         ("CN", "ev"): ["比亚迪 BYD", "特斯拉 Tesla", "蔚来 NIO", "小鹏 XPeng", "理想 Li Auto"],
         ("CN", "van"): ["五菱 Wuling", "江铃 JMC", "福田 Foton"],
         ("AU", "sedan"): ["Toyota", "Mazda", "Hyundai", "Kia", "Volkswagen"],
         ("AU", "suv"): ["Toyota", "Mazda", "Mitsubishi", "Subaru", "Kia"],
         ("AU", "ev"): ["Tesla", "BYD", "MG", "Polestar", "Hyundai"],
         ("AU", "ute"): ["Ford", "Toyota", "Isuzu", "Mitsubishi"],
         ("AU", "van"): ["Toyota", "Ford", "Renault"]}

MONTH_W = {"CN": [1.3, 0.7, 1.0, 1.1, 1.0, 1.1, 0.9, 0.9, 1.0, 1.2, 1.9, 1.3],  # Nov: 双十一 Double 11
           "AU": [0.9, 0.9, 1.1, 1.3, 1.3, 1.2, 1.0, 0.9, 0.9, 1.0, 1.1, 1.2]}
MONTHS = [(2025, m) for m in range(1, 13)] + [(2026, m) for m in range(1, 7)]


_MW: dict[str, np.ndarray] = {}


def month_weights(country):
    if country in _MW:
        return _MW[country]
    w = np.array([MONTH_W[country][m - 1] * (1 + 0.035 * i) for i, (y, m) in enumerate(MONTHS)])
    _MW[country] = w / w.sum()
    return _MW[country]


def random_time_in_month(y, m):
    d0 = datetime(y, m, 1)
    d1 = datetime(y + (m == 12), m % 12 + 1, 1)
    t = d0 + timedelta(seconds=float(rng.uniform(0, (d1 - d0).total_seconds())))
    # opening hours-ish: 8:00-21:00
    return t.replace(hour=int(rng.integers(8, 21)), minute=int(rng.integers(0, 60)), second=int(rng.integers(0, 60)))


def random_episode_time(country, after=None):
    if after is None:
        y, m = pick(MONTHS, month_weights(country))
        return random_time_in_month(y, m)
    t = after + days(45, 420)
    return t.replace(hour=int(rng.integers(8, 21)))


# ---------------------------------------------------------------- touchpoints and journeys
TOUCHPOINTS = [
    # id, name_zh, name_en, stage, channel, kind, owner, aliases
    ("tp_search_ad", "搜索广告", "Search ad", "awareness", "ads", "digital", "marketing",
     "百度推广|谷歌广告|Google Ads|ad click|广告点击"),
    ("tp_map_listing", "地图点评店铺页", "Maps & review listing", "awareness", "social", "digital", "marketing",
     "大众点评|高德地图|Google Maps|店铺页|listing"),
    ("tp_vehicle_lookup", "车型选胎", "Tyre finder", "consideration", "app", "digital", "ecommerce",
     "选胎|输入车牌|查车型|tyre finder|rego lookup|vehicle lookup"),
    ("tp_quote_view", "在线报价", "Online tyre quote", "consideration", "app", "digital", "ecommerce",
     "报价|报价单|看报价|quote|price quote|get a quote"),
    ("tp_booking", "预约下单", "Booking", "purchase", "app", "digital", "ecommerce",
     "下单|预约|预约安装|book|booking|book a fitting"),
    ("tp_address_check", "上门地址校验", "Home address check", "purchase", "app", "digital", "mobile_ops",
     "服务范围|地址校验|postcode check|service area check"),
    ("tp_payment", "在线支付", "Payment", "purchase", "app", "digital", "ecommerce",
     "付款|支付|付钱|pay|checkout payment"),
    ("tp_van_dispatch", "上门车派单", "Van dispatch", "service", "other", "physical", "mobile_ops",
     "派车|派单|dispatch|van assigned"),
    ("tp_tech_arrival", "技师上门到达", "Technician arrival", "service", "other", "physical", "mobile_ops",
     "师傅到了|技师到达|上门|tech arrived|technician arrival"),
    ("tp_shop_checkin", "到店签到", "Shop check-in", "service", "store", "physical", "store_ops",
     "到店|进店|门店签到|check in|walk in"),
    ("tp_fitting_done", "安装完成", "Fitting completed", "service", "store", "physical", "store_ops",
     "装胎|换胎|换轮胎|安装|tyre fitting|fitted|tyres fitted"),
    ("tp_alignment_offer", "四轮定位推荐", "Alignment offer", "service", "store", "physical", "store_ops",
     "定位推荐|推荐做定位|alignment upsell|alignment offer"),
    ("tp_alignment_accept", "接受四轮定位", "Alignment accepted", "purchase", "store", "physical", "store_ops",
     "加购定位|同意做定位|alignment accepted"),
    ("tp_alignment_done", "四轮定位完成", "Wheel alignment done", "service", "store", "physical", "store_ops",
     "做定位|四轮定位|wheel alignment|alignment"),
    ("tp_claim_submit", "质保申请", "Warranty claim submitted", "service", "app", "digital", "warranty",
     "理赔|质保|保修|索赔|warranty claim|claim"),
    ("tp_claim_photos", "理赔照片上传", "Claim photos uploaded", "service", "app", "digital", "warranty",
     "上传照片|photos"),
    ("tp_claim_inspection", "轮胎鉴定", "Tyre inspection", "service", "store", "physical", "warranty",
     "鉴定|检测|tyre inspection"),
    ("tp_claim_decision", "理赔结果", "Claim decision", "service", "email", "digital", "warranty",
     "理赔审核|审核结果|claim outcome|claim decision"),
    ("tp_claim_replacement", "质保换新", "Warranty replacement fitted", "service", "store", "physical", "warranty",
     "换新|质保换胎|replacement tyre"),
    ("tp_fleet_enquiry", "车队咨询", "Fleet enquiry", "consideration", "phone", "digital", "fleet_sales",
     "车队询价|企业客户咨询|fleet lead|fleet enquiry"),
    ("tp_fleet_survey", "车队现场评估", "Fleet site survey", "consideration", "other", "physical", "fleet_sales",
     "现场勘查|车况评估|site visit|depot survey"),
    ("tp_fleet_quote", "车队报价", "Fleet quote", "consideration", "email", "digital", "fleet_sales",
     "车队方案|fleet proposal|fleet pricing"),
    ("tp_fleet_contract", "车队签约", "Fleet contract signed", "purchase", "other", "physical", "fleet_sales",
     "签约|签合同|contract|signed"),
    ("tp_fleet_job", "车队服务作业", "Fleet service job", "service", "other", "physical", "fleet_ops",
     "车队换胎|车队作业|fleet job|depot visit"),
    ("tp_reminder", "轮胎检查提醒", "Tyre check reminder", "loyalty", "other", "digital", "crm",
     "提醒|换位提醒|保养提醒|reminder|rotation reminder"),
    ("tp_cs_contact", "客服联系", "Customer service contact", "service", "phone", "digital", "customer_service",
     "客服|热线|在线客服|hotline|live chat|support"),
]

JOURNEYS = [
    ("online_fitting", "线上报价到安装", "Online quote to fitting", 14,
     ["tp_vehicle_lookup", "tp_quote_view", "tp_booking", "tp_payment", "tp_fitting_done"]),
    ("home_fitting", "上门安装", "Mobile home fitting", 14,
     ["tp_address_check", "tp_payment", "tp_van_dispatch", "tp_tech_arrival", "tp_fitting_done"]),
    ("alignment_upsell", "四轮定位加购", "Alignment upsell", 30,
     ["tp_fitting_done", "tp_alignment_offer", "tp_alignment_accept", "tp_alignment_done"]),
    ("warranty_claim", "质保理赔", "Warranty claim", 30,
     ["tp_claim_submit", "tp_claim_photos", "tp_claim_inspection", "tp_claim_decision", "tp_claim_replacement"]),
    ("fleet_onboarding", "车队客户签约", "Fleet onboarding", 60,
     ["tp_fleet_enquiry", "tp_fleet_survey", "tp_fleet_quote", "tp_fleet_contract", "tp_fleet_job"]),
]

# ---------------------------------------------------------------- feedback text
NEG_TOPICS = {"tech_late", "payment_fail", "out_of_stock", "rim_scratch", "pricey", "claim_rejected",
              "upsell_pushy", "wait_long", "vibration", "invoice_error"}
POS_TOPICS = {"fast_fit", "tech_friendly", "home_convenient", "good_value"}
TEXT = {
    "tech_late": {
        "zh": ["约的上午十点，技师迟到了{n}分钟，也没提前打电话。", "上门师傅迟到{n}分钟，我上班都耽误了。",
               "预约时段内没人来，技师迟到快{n}分钟才到。", "师傅人不错，就是又迟到了，等了小半天。",
               "上门服务总是迟到，这次{n}分钟，希望改进。"],
        "en": ["The technician was {n} minutes late and nobody called to warn me.",
               "Van turned up {n} min late, I had to leave work early for nothing.",
               "Mobile fitter arrived late again, the whole morning gone.",
               "Tech was late by almost {n} minutes. Fitting itself fine but timing is poor.",
               "Booked a 9am slot, the van came {n} minutes late."]},
    "payment_fail": {
        "zh": ["安卓App付款的时候一直闪退，支付失败了三次。", "下单到最后一步支付失败，App直接退出。",
               "更新App之后支付失败，只能去小程序重新下单。", "支付失败还提示已下单，搞不清楚到底约上没有。"],
        "en": ["App crashed at checkout, payment failed twice on my Android phone.",
               "Payment failed in the app after the update, had to book again on the website.",
               "Every time I hit pay the app closes. Payment failed, booking lost."]},
    "out_of_stock": {
        "zh": ["我的电车轮胎尺寸一直缺货，报价出来了但是约不了。", "特斯拉的原厂规格缺货，等了两周还没到。",
               "报价页显示缺货，建议提前标注。", "电动车专用胎缺货，只能去别家买了。"],
        "en": ["My EV tyre size is always out of stock, quote shows but I can't book.",
               "Out of stock for 20 inch EV tyres again, went elsewhere.",
               "Quote was fine but the tyre was out of stock for three weeks."]},
    "rim_scratch": {
        "zh": ["换完胎发现轮毂被划伤了一道，很心疼。", "师傅拆胎的时候把轮毂划伤了，要求赔偿。",
               "新换的胎不错，但是轮毂划伤明显，检查不仔细。"],
        "en": ["They scratched my alloy rim while fitting the tyres.", "Rim scratched badly after the tyre change.",
               "Good price but one wheel came back scratched."]},
    "pricey": {
        "zh": ["价格太贵了，比网上贵不少。", "四条胎加安装费太贵，下次比比价。", "上门费加起来太贵了。"],
        "en": ["Too expensive compared with other tyre shops.", "The quote was too expensive once fitting was added.",
               "Home fitting fee makes it too expensive."]},
    "claim_rejected": {
        "zh": ["鼓包申请质保被拒，说是外力造成的，不认可。", "扎钉的胎理赔被拒，买的时候没说清楚。",
               "质保申请被拒了，理由很牵强。"],
        "en": ["My warranty claim was rejected, they said it was road damage.",
               "Claim rejected after two weeks of waiting, not happy.",
               "Sidewall bulge and the claim got rejected. Useless warranty."]},
    "upsell_pushy": {
        "zh": ["一直推销四轮定位和其他项目，体验不好。", "换个胎被推销了一堆东西，很烦。", "店员推销太多，只想换胎。"],
        "en": ["Staff were pushy about the wheel alignment.", "Very pushy upselling, I only wanted two tyres.",
               "Pushy sales talk at the counter."]},
    "wait_long": {
        "zh": ["预约了还要等太久，在店里坐了一个多小时。", "到店等太久，说好的半小时变成两小时。",
               "周末去等太久了，建议多排几个师傅。"],
        "en": ["Waited over an hour even with a booking.", "Waited two hours in the shop for a simple tyre swap.",
               "Booked online and still waited ages."]},
    "vibration": {
        "zh": ["换胎以后高速方向盘抖，回去做了动平衡才好。", "装完方向盘抖得厉害，感觉没做好平衡。"],
        "en": ["Steering wheel vibrates at highway speed since the fitting.",
               "Bad vibration after the new tyres, had to go back for balancing."]},
    "invoice_error": {
        "zh": ["车队月结发票金额对不上，财务核对了好几次。", "发票抬头开错了，重开又等了一周。",
               "发票明细里车辆数不对，麻烦核实。"],
        "en": ["Monthly invoice did not match the job sheets again.",
               "Invoice listed vehicles we never sent in.", "Wrong ABN on the invoice, please fix."]},
    "fast_fit": {
        "zh": ["预约后到店很快就装好了，效率高。", "四条胎四十分钟搞定，很快。", "流程顺畅，换胎很快。"],
        "en": ["Quick and easy, in and out in 40 minutes.", "Super quick fitting, booking was simple.",
               "Quick service and clear quote."]},
    "tech_friendly": {
        "zh": ["师傅很专业，还帮我检查了胎压。", "技师专业又耐心，讲解得很清楚。", "安装师傅很专业，点赞。"],
        "en": ["The technician was very professional and explained everything.",
               "Professional fitter, tidy work.", "Friendly and professional team."]},
    "home_convenient": {
        "zh": ["在小区楼下就换好了，不用跑店，太方便。", "上门换胎真省事，不用跑店请假。",
               "公司停车场直接换好，不用跑店，推荐。"],
        "en": ["They fitted the tyres in my driveway while I worked from home.",
               "Van came to the driveway, so convenient.", "Tyres changed in the office car park, no driveway "
                                                          "needed even. Brilliant."]},
    "good_value": {
        "zh": ["价格实惠，比4S店便宜。", "活动价很实惠，安装费也透明。"],
        "en": ["Good value compared with the dealer.", "Good value tyres and no hidden fees."]},
    "neutral": {
        "zh": ["还可以吧，中规中矩。", "换了两条胎，一般般。", "整体还行，没什么特别的。", "服务正常，价格正常。"],
        "en": ["It was okay.", "Average experience, nothing special.", "Fine. Did the job.",
               "Service was alright."]},
}
RATING = {"neg": ([1, 2, 3], [0.45, 0.4, 0.15]), "pos": ([4, 5], [0.35, 0.65]), "neu": ([3, 4], [0.6, 0.4])}
NPS = {"neg": (0, 6), "pos": (8, 10), "neu": (5, 8)}


def sentiment(topic):
    return "neg" if topic in NEG_TOPICS else "pos" if topic in POS_TOPICS else "neu"


def make_text(topic, lang):
    t = pick(TEXT[topic][lang])
    return t.format(n=int(rng.integers(25, 95)))


# ---------------------------------------------------------------- state
customers: list[dict] = []
events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
experiments: list[dict] = []
assigned: dict[str, str] = {}
counter = {"ev": 0, "ord": 0, "fb": 0, "sess": 0, "claim": 0}


def nid(kind, prefix, width=7):
    counter[kind] += 1
    return f"{prefix}{counter[kind]:0{width}d}"


def ev(c, ts, tp, action, channel, device=None, session=None, **props):
    if ts > LAST or ts < START:
        return None
    e = dict(event_id=nid("ev", "E"), customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, session_id=session,
             action=action, device=device, channel=channel, region=c["region"])
    e.update(props)
    events.append(e)
    return e


def order(c, ts, amount_local, status, channel, device, order_type, **props):
    if ts > LAST:
        return None
    cur = "AUD" if c["region"] == "melbourne" else "CNY"
    amt = round(amount_local * (AUD if cur == "AUD" else 1.0), 2)
    o = dict(order_id=nid("ord", "O", 6), customer_id=c["customer_id"], ts=ts, amount=amt, status=status,
             channel=channel, device=device, order_type=order_type, region=c["region"], currency=cur,
             amount_local=round(amount_local, 2))
    o.update(props)
    orders.append(o)
    return o


def add_feedback(c, ts, topic, lang, channel, tp, with_rating=True, with_nps=False, **props):
    if ts is not None and ts > LAST:
        return
    s = sentiment(topic)
    fid = nid("fb", "FB", 6)
    rating = None
    nps = None
    if with_rating:
        vals, p = RATING[s]
        rating = int(pick(vals, p))
    if with_nps:
        lo, hi = NPS[s]
        nps = int(rng.integers(lo, hi + 1))
    feedback.append(dict(feedback_id=fid, text=make_text(topic, lang), ts=ts,
                         customer_id=c["customer_id"] if c else None, touchpoint_id=tp, channel=channel,
                         rating=rating, nps=nps, language=lang, region=(c or {}).get("region", props.pop("region", None)),
                         **props))
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=s))


def lang_of(c):
    return c["preferred_language"]


# ---------------------------------------------------------------- customers
def make_customers():
    n_b2c = 6200
    regions = rng.choice(["beijing", "tianjin", "melbourne"], size=n_b2c, p=[0.42, 0.22, 0.36])
    for i in range(n_b2c):
        reg = str(regions[i])
        country = CITY[reg][1]
        pre = r() < 0.30
        vt_p = {"CN": ([
            "sedan", "suv", "ev"], [0.44, 0.32, 0.24]), "AU": (["sedan", "suv", "ev", "ute"], [0.36, 0.32, 0.14, 0.18])}
        vt = pick(*vt_p[country])
        if country == "CN":
            acq = pick(["dianping", "baidu_maps", "douyin", "wechat", "referral", "walk_in"],
                       [0.22, 0.18, 0.16, 0.16, 0.13, 0.15])
            lang = "en" if r() < 0.03 else "zh"
            dev = pick(["android", "ios", "pc"], [0.56, 0.38, 0.06])
        else:
            acq = pick(["google", "facebook", "referral", "walk_in"], [0.42, 0.2, 0.18, 0.2])
            lang = "zh" if r() < 0.16 else "en"
            dev = pick(["ios", "android", "pc"], [0.55, 0.37, 0.08])
        stores, sp = REGION_STORES[reg]
        c = dict(customer_id=f"C{i + 1:05d}", signup_at=None, segment=None, region=reg, acquisition_channel=acq,
                 tier=pick(["none", "silver", "gold"], [0.70, 0.22, 0.08]), customer_type="b2c",
                 city=CITY[reg][0], country=country, preferred_language=lang, main_device=dev,
                 marketing_opt_in=bool(r() < 0.58), gender=pick(["male", "female"], [0.68, 0.32]),
                 age_band=pick(["18-24", "25-34", "35-44", "45-54", "55+"], [0.08, 0.34, 0.30, 0.17, 0.11]),
                 vehicle_type=vt, vehicle_make=pick(MAKES[(country, vt)]),
                 vehicle_year=int(rng.integers(2012, 2026)), tyre_size=pick(SIZES[vt]), home_store=pick(stores, sp),
                 company_name=None, fleet_type=None, fleet_vehicles=None, account_manager=None, fleet_status=None,
                 _pre=pre)
        if pre:
            c["signup_at"] = datetime(2021, 6, 1) + days(0, (datetime(2024, 12, 31) - datetime(2021, 6, 1)).days)
        customers.append(c)
    # fleet accounts
    fleet_regions = ["beijing"] * 95 + ["tianjin"] * 55 + ["melbourne"] * 90
    cn_names = ["滴滴合作车队", "顺丰同城", "京东物流", "首汽租车", "曹操出行车队", "美团配送车队", "神州租车",
                "货拉拉合作车队", "中通快运", "德邦物流"]
    au_names = ["Metro Plumbing", "Sparky Bros Electrical", "GoCatch Fleet", "Budget Rent", "CityLink Couriers",
                "Yarra Builders", "Bayside Landscaping", "Eastern Removals", "Swift Parcels", "Monash Care Services"]
    for j, reg in enumerate(fleet_regions):
        country = CITY[reg][1]
        pre = r() < 0.38
        if country == "CN":
            ft = pick(["ride_hailing", "logistics", "rental", "corporate"], [0.35, 0.35, 0.15, 0.15])
            name = f"{pick(cn_names)}{reg[:2].upper()}{j:03d}"
        else:
            ft = pick(["rideshare", "trades", "rental", "corporate"], [0.2, 0.45, 0.15, 0.2])
            name = f"{pick(au_names)} #{j:03d}"
        vt = "van" if ft in ("logistics", "trades") and r() < 0.6 else ("ev" if ft in ("ride_hailing", "rideshare")
                                                                          and r() < 0.5 else "sedan")
        if country == "AU" and ft == "trades" and vt != "van":
            vt = "ute"
        stores, sp = REGION_STORES[reg]
        c = dict(customer_id=f"F{j + 1:04d}", signup_at=None, segment="fleet", region=reg,
                 acquisition_channel=pick(["fleet_sales", "referral", "tender"], [0.5, 0.25, 0.25]),
                 tier=pick(["standard", "key_account"], [0.88, 0.12]), customer_type="fleet",
                 city=CITY[reg][0], country=country, preferred_language="zh" if country == "CN" else "en",
                 main_device="pc", marketing_opt_in=True, gender=None, age_band=None, vehicle_type=vt,
                 vehicle_make=pick(MAKES[(country, vt)]), vehicle_year=None, tyre_size=pick(SIZES[vt]),
                 home_store=pick(stores, sp), company_name=name, fleet_type=ft,
                 fleet_vehicles=int(rng.integers(8, 60) if r() < 0.8 else rng.integers(60, 400)),
                 account_manager=("AM-CN-" if country == "CN" else "AM-AU-") + str(int(rng.integers(1, 5))),
                 fleet_status=None, _pre=pre)
        if pre:
            c["signup_at"] = datetime(2020, 1, 1) + days(0, 1800)
        customers.append(c)


# ---------------------------------------------------------------- B2C episodes
def online_channel(c):
    if c["country"] == "CN":
        ch = pick(["mini_program", "app", "web"], [0.45, 0.35, 0.20])
    else:
        ch = pick(["app", "web"], [0.55, 0.45])
    if ch == "web":
        dev = "pc" if r() < 0.6 else ("ios" if c["main_device"] == "ios" else "android")
    else:
        dev = c["main_device"] if c["main_device"] != "pc" else pick(["ios", "android"])
    return ch, dev


def app_version(ch, ts):
    if ch != "app":
        return None
    if ts < datetime(2025, 9, 1):
        return "5.0.3"
    if ts < datetime(2026, 3, 3):
        return "5.1.4"
    if ts < datetime(2026, 4, 1):
        return "5.2.0"
    return "5.2.1"


def late_share(reg, ts):
    if ts < datetime(2026, 1, 1):
        return 0.07
    k = min(ts.month, 6)  # 1..6 (slots after the extract are dropped anyway)
    if reg == "melbourne":
        return [0.16, 0.22, 0.30, 0.38, 0.46, 0.54][k - 1]
    if reg == "beijing":
        return 0.08 + 0.015 * k
    return 0.07


def fulfilment(c, t_pay, fit_mode, store, brand, qty, o, ch, dev, walk_in=False):
    """after a paid online order (or a walk-in check-in): fitting, alignment upsell, warranty, reminder, feedback."""
    reg = c["region"]
    lang = lang_of(c)
    tier, _, _ = BRANDS[brand]
    late = None
    wait = None
    if fit_mode == "home":
        van = pick(VANS[reg])
        t = t_pay + days(0.1, 1.5)
        if r() > 0.97:  # no van available
            o["status"], o["cancel_reason"] = "cancelled", "no_van_available"
            return
        ev(c, t, "tp_van_dispatch", "success", "ops", van_id=van, order_id=o["order_id"], fit_mode="home")
        slot = t_pay + days(1, 8)
        slot = slot.replace(hour=int(rng.integers(8, 17)), minute=0, second=0)
        # V-ML03 covers the outer south-east (Dandenong, Frankston, Pakenham): the longest drives between jobs
        ls = late_share(reg, slot) * (1.8 if van == "V-ML03" else 0.8 if reg == "melbourne" else 1.0)
        late = int(rng.integers(31, 110)) if r() < ls else int(max(0, rng.normal(6, 9)))
        t_arr = slot + timedelta(minutes=late)
        e = ev(c, t_arr, "tp_tech_arrival", "check_in", "ops", van_id=van, technician_id=VAN_TECH[van],
               order_id=o["order_id"], fit_mode="home", late_minutes=late)
        if e is None:
            return
        if late > 30 and r() < 0.25:
            ev(c, slot + timedelta(minutes=20), "tp_cs_contact", "call", "phone", issue_type="where_is_technician",
               order_id=o["order_id"])
        if r() < 0.012:  # duplicate arrival ping re-sent by the van tablet
            events.append(dict(e))
        t_fit = t_arr + mins(35, 70)
        loc = dict(van_id=van, technician_id=VAN_TECH[van])
    else:
        if walk_in:
            t_arr = t_pay
        else:
            slot = t_pay + days(0.5, 9)
            slot = slot.replace(hour=int(rng.integers(8, 19)), minute=int(rng.choice([0, 30])), second=0)
            if r() < 0.04:
                o["status"], o["cancel_reason"] = "cancelled", "no_show"
                return
            t_arr = slot + mins(-10, 15)
            ev(c, t_arr, "tp_shop_checkin", "check_in", "store", store_id=store, order_id=o["order_id"],
               fit_mode="shop")
        base = 28 if store != "BJ01" else 58  # Wangjing: two bays for the busiest store
        wait = int(max(5, rng.lognormal(np.log(base), 0.55)))
        t_fit = t_arr + timedelta(minutes=wait + float(rng.uniform(25, 50)))
        loc = dict(store_id=store, technician_id=pick(TECHS[store]))
    scratch_p = 0.015
    if loc.get("store_id") == "TJ02" and t_fit >= datetime(2025, 10, 1):
        scratch_p = 0.09
    scratch = bool(r() < scratch_p)
    vib = bool(r() < 0.02)
    e = ev(c, t_fit, "tp_fitting_done", "success", "ops" if fit_mode == "home" else "store", fit_mode=fit_mode,
           order_id=o["order_id"], brand=brand, tyre_tier=tier, qty=qty, wait_minutes=wait, rim_scratch=scratch,
           **loc)
    if e is None:
        return
    if r() < 0.012:
        o["status"], o["refund_reason"] = "refunded", pick(["wrong_size_fitted", "rim_damage", "customer_complaint"])
        o["refunded_at"] = t_fit + days(1, 10)
    # ---- alignment upsell
    offer_p = 0.9 if fit_mode == "shop" else 0.8
    if r() < offer_p:
        t = t_fit + mins(3, 12)
        ev(c, t, "tp_alignment_offer", "view", "store" if fit_mode == "shop" else "ops", fit_mode=fit_mode, **loc)
        acc_p = 0.42 if fit_mode == "shop" else 0.13
        if loc.get("store_id") == "BJ03":  # Fengtai pushes the alignment hard
            acc_p = 0.58
        if r() < acc_p:
            if fit_mode == "shop":
                t2 = t + mins(2, 10)
                ev(c, t2, "tp_alignment_accept", "click", "store", fit_mode="shop", **loc)
                done_p, t3, st = 0.97, t2 + mins(40, 80), loc["store_id"]
            else:
                t2 = t + days(0.5, 18)
                ev(c, t2, "tp_alignment_accept", "submit", ch if ch != "store" else "app", device=dev,
                   fit_mode="home", voucher="ALIGN30")
                done_p, t3, st = 0.6, t2 + days(1, 9), c["home_store"]
            if r() < done_p:
                e3 = ev(c, t3, "tp_alignment_done", "success", "store", store_id=st, fit_mode=fit_mode)
                if e3 is not None:
                    price = 99 if c["country"] == "AU" else 198
                    disc = 30 if (fit_mode == "home" and c["country"] == "CN") else (10 if fit_mode == "home" else 0)
                    order(c, t3, price - disc, "paid", "store", None, "alignment", store_id=st,
                          store_name=STORES[st][1], store_name_en=STORES[st][2], fit_mode=fit_mode,
                          payment_method=pick(["wechat_pay", "alipay", "card"]) if c["country"] == "CN"
                          else pick(["card", "apple_pay"]), discount_local=disc,
                          promo_code="ALIGN30" if fit_mode == "home" else None)
    # ---- warranty claim
    cp = CLAIM_P[tier] * (1.9 if brand == "RoadStar" else 1.0)
    if r() < cp:
        t = t_fit + days(20, 330)
        claim_type = pick(["sidewall_bulge", "puncture", "uneven_wear", "noise"], [0.35, 0.35, 0.18, 0.12])
        cid = nid("claim", "WC", 5)
        cch, cdev = (online_channel(c) if r() < 0.7 else ("store", None))
        ids = dict(claim_id=cid, claim_type=claim_type, brand=brand, order_id=o["order_id"])
        ev(c, t, "tp_claim_submit", "submit", cch, cdev, **ids)
        if r() < 0.86:
            t += mins(5, 600)
            ev(c, t, "tp_claim_photos", "submit", cch, cdev, **ids)
            if r() < 0.9:
                t += days(1, 6)
                st = c["home_store"]
                ev(c, t, "tp_claim_inspection", "check_in", "store", store_id=st, **ids)
                if r() < 0.96:
                    t += days(1, 7)
                    cover = o.get("road_hazard_cover")
                    ok_p = {"sidewall_bulge": 0.88, "noise": 0.55, "uneven_wear": 0.5,
                            "puncture": 0.9 if cover else 0.1}[claim_type]
                    ok = r() < ok_p
                    rr = None if ok else {"puncture": "road_hazard_not_covered", "sidewall_bulge": "impact_damage",
                                          "uneven_wear": "alignment_neglect", "noise": "within_spec"}[claim_type]
                    e4 = ev(c, t, "tp_claim_decision", "success" if ok else "fail", "email", claim_outcome=
                            "approved" if ok else "rejected", reject_reason=rr, **ids)
                    if e4 is not None and not ok and r() < 0.5:
                        add_feedback(c, t + days(0, 3), "claim_rejected", lang_of(c), "ticket",
                                     "tp_claim_decision", with_rating=False, order_id=o["order_id"], brand=brand)
                    if ok and r() < 0.93:
                        ev(c, t + days(1, 8), "tp_claim_replacement", "success", "store", store_id=st, **ids)
    # ---- reminder
    if r() < 0.8:
        ev(c, t_fit + days(175, 185), "tp_reminder", "send", "wechat" if c["country"] == "CN" else
           pick(["email", "sms"]), reminder_type="tyre_check_6m")
    # ---- feedback on the fitting
    topic = None
    if late is not None and late > 30 and r() < 0.62:
        topic = "tech_late"
    elif scratch and r() < 0.8:
        topic = "rim_scratch"
    elif vib and r() < 0.7:
        topic = "vibration"
    elif wait is not None and wait > 60 and r() < 0.35:
        topic = "wait_long"
    elif loc.get("store_id") == "BJ03" and r() < 0.06:
        topic = "upsell_pushy"
    chan = None
    if topic is not None:
        chan = pick(["survey", "review", "ticket"], [0.55, 0.3, 0.15])
    elif r() < 0.36:
        chan = pick(["survey", "review"], [0.8, 0.2])
        pos = ["fast_fit", "tech_friendly", "good_value", "neutral", "pricey"]
        pw = [0.3, 0.28, 0.1, 0.2, 0.12]
        if fit_mode == "home":
            pos.append("home_convenient")
            pw.append(0.45)
        topic = pick(pos, pw)
    if chan is not None:
        tfb = t_fit + days(0.05, 4)
        tp = "tp_tech_arrival" if topic == "tech_late" else "tp_fitting_done"
        props = dict(order_id=o["order_id"], store_id=loc.get("store_id"), van_id=loc.get("van_id"), brand=brand,
                     fit_mode=fit_mode)
        if chan == "survey":
            add_feedback(c, tfb, topic, lang, "survey", tp, with_rating=True, with_nps=r() < 0.6, **props)
        elif chan == "ticket":
            add_feedback(c, tfb, topic, lang, "ticket", tp, with_rating=False, **props)
        else:
            if c["country"] == "CN":
                add_feedback(c, tfb, topic, lang, "dianping", tp, platform="大众点评", **props)
            else:
                add_feedback(c, tfb, topic, lang, "google_review", tp, platform="Google", **props)


def online_episode(c, t0):
    ch, dev = online_channel(c)
    reg = c["region"]
    counter["sess"] += 1
    sess = f"S{counter['sess']:07d}"
    if r() < 0.4:
        src = ("baidu" if r() < 0.6 else "douyin") if c["country"] == "CN" else "google"
        ev(c, t0 - mins(1, 5), "tp_search_ad", "click", "ads", dev, sess, utm_source=src)
    av = app_version(ch, t0)
    vt = c["vehicle_type"]
    ev(c, t0, "tp_vehicle_lookup", "submit", ch, dev, sess, vehicle_type=vt, tyre_size=c["tyre_size"], app_version=av)
    if r() > 0.84:
        return
    t = t0 + mins(1, 15)
    brand = pick(list(BRANDS), BRAND_P_CN if c["country"] == "CN" else BRAND_P_ML)
    tier, p_cn, p_au = BRANDS[brand]
    qty = 4 if r() < 0.72 else 2
    unit = (p_cn if c["country"] == "CN" else p_au) * (1.18 if vt in ("ev", "ute") else 1.0) * rng.uniform(0.93, 1.07)
    fit_fee = 60 if c["country"] == "CN" else 30
    quote = round(qty * (unit + fit_fee), 0)
    oos_p = 0.62 if vt == "ev" else 0.06
    stock = "out_of_stock" if r() < oos_p else "in_stock"
    # A/B test on the quote page price display, Sep-Nov 2025
    variant = None
    if datetime(2025, 9, 1) <= t < datetime(2025, 12, 1):
        if c["customer_id"] not in assigned:
            v = "all_in_price" if r() < 0.5 else "tyre_only_price"
            assigned[c["customer_id"]] = v
            experiments.append(dict(experiment_id="quote_price_display", variant=v, customer_id=c["customer_id"],
                                    assigned_at=t, market=c["country"]))
        variant = assigned[c["customer_id"]]
    ev(c, t, "tp_quote_view", "view", ch, dev, sess, vehicle_type=vt, tyre_size=c["tyre_size"], brand=brand,
       tyre_tier=tier, qty=qty, quote_amount=quote, currency="AUD" if c["country"] == "AU" else "CNY",
       stock_status=stock, app_version=av)
    if stock == "out_of_stock" and r() < 0.07:
        add_feedback(c, t + days(0.1, 3), "out_of_stock", lang_of(c), "ticket", "tp_quote_view", with_rating=False,
                     brand=brand)
    book_p = 0.10 if stock == "out_of_stock" else 0.60
    if variant is not None:
        book_p *= 1.22 if variant == "all_in_price" else 0.95
    if r() > book_p:
        return
    if r() < 0.6:
        t = t + mins(2, 20)
    else:
        t = t + days(0.05, 5)
        counter["sess"] += 1
        sess = f"S{counter['sess']:07d}"
        av = app_version(ch, t)
    home_p = {"beijing": 0.38, "tianjin": 0.25, "melbourne": 0.55}[reg]
    fit_mode = "home" if r() < home_p else "shop"
    store = c["home_store"] if r() < 0.85 else pick(REGION_STORES[reg][0])
    # the new shared checkout component (收银台 v3, app 5.2.0 and the mini program, released 3 March 2026) crashed on
    # Android at the pay step until the fix of 1 April 2026
    crash = ch in ("app", "mini_program") and dev == "android" and datetime(2026, 3, 3) <= t < datetime(2026, 4, 1)
    ev(c, t, "tp_booking", "submit", ch, dev, sess, fit_mode=fit_mode, store_id=store if fit_mode == "shop" else None,
       brand=brand, qty=qty, app_version=av)
    if fit_mode == "home":
        t = t + mins(0.2, 1)
        ok = r() < 0.93
        ev(c, t, "tp_address_check", "success" if ok else "fail", ch, dev, sess,
           error_code=None if ok else "OUT_OF_ZONE", postcode_zone=pick(["A", "B", "C"], [0.6, 0.3, 0.1]))
        if not ok:
            if r() < 0.35:
                fit_mode = "shop"
                t = t + mins(1, 5)
                ev(c, t, "tp_booking", "submit", ch, dev, sess, fit_mode="shop", store_id=store, brand=brand,
                   qty=qty, app_version=av)
            else:
                return
    if crash:
        t = t + mins(0.5, 3)
        ev(c, t, "tp_booking", "fail", ch, dev, sess, error_code="APP_CRASH_ON_PAY", app_version=av,
           fit_mode=fit_mode)
        if r() < 0.45:
            fch = pick(["app_review", "ticket"], [0.7, 0.3])
            add_feedback(c, t + days(0, 2), "payment_fail", lang_of(c), fch, "tp_payment",
                         with_rating=fch == "app_review", device="android",
                         platform=("华为应用市场" if c["country"] == "CN" else "Google Play") if fch == "app_review"
                         else None)
        if r() > 0.28:
            return
        ch, dev = "web", "pc"  # retried on the website
        t = t + days(0.02, 1)
        counter["sess"] += 1
        sess = f"S{counter['sess']:07d}"
    elif r() > 0.87:
        return
    t = t + mins(1, 8)
    pay_m = (pick(["wechat_pay", "alipay"], [0.65, 0.35]) if c["country"] == "CN"
             else pick(["card", "apple_pay", "afterpay"], [0.55, 0.3, 0.15]))
    e = ev(c, t, "tp_payment", "success", ch, dev, sess, amount_local=quote, payment_method=pay_m)
    if e is None:
        return
    home_fee = (80 if c["country"] == "CN" else 39) if fit_mode == "home" else 0
    disc = 0.10 if c["tier"] == "gold" else 0.05 if c["tier"] == "silver" else 0.0
    promo = None
    if c["country"] == "CN" and t.month == 11 and t.day <= 11 and r() < 0.6:
        promo = "DOUBLE11"
    elif c["country"] == "CN" and t.month in (11, 12, 1) and r() < 0.4:
        promo = "WINTER100"
    elif c["country"] == "CN" and t.month == 6 and t.day <= 20 and r() < 0.5:
        promo = "TYRE618"
    elif c["country"] == "AU" and t.month == 6 and r() < 0.4:
        promo = "EOFY15"
    promo_off = {"DOUBLE11": 150, "WINTER100": 100, "TYRE618": 80, "EOFY15": 15, None: 0}[promo]
    rh = bool(r() < (0.35 if c["country"] == "AU" else 0.22))
    rh_fee = (qty * (15 if c["country"] == "AU" else 40)) if rh else 0
    amount = quote * (1 - disc) - promo_off + home_fee + rh_fee
    e["amount_local"] = round(amount, 2)
    o = order(c, t, amount, "paid", ch, dev, "online_tyre", fit_mode=fit_mode,
              store_id=store if fit_mode == "shop" else None,
              store_name=STORES[store][1] if fit_mode == "shop" else None,
              store_name_en=STORES[store][2] if fit_mode == "shop" else None, brand=brand, tyre_tier=tier, qty=qty,
              tyre_size=c["tyre_size"], home_fee_local=home_fee, discount_local=round(quote * disc + promo_off, 2),
              promo_code=promo, payment_method=pay_m, road_hazard_cover=rh, session_id=sess)
    e["order_id"] = o["order_id"]
    if r() < 0.025:
        o["status"], o["cancel_reason"] = "cancelled", pick(["changed_mind", "found_cheaper", "date_conflict"])
        return
    fulfilment(c, t, fit_mode, store, brand, qty, o, ch, dev)


def walkin_episode(c, t0):
    reg = c["region"]
    store = c["home_store"] if r() < 0.85 else pick(REGION_STORES[reg][0])
    if r() < 0.5:
        ev(c, t0 - days(0.01, 2), "tp_map_listing", "view", "social", c["main_device"] if c["main_device"] != "pc"
           else "android", platform=("大众点评" if r() < 0.6 else "高德地图") if c["country"] == "CN" else "Google Maps",
           store_id=store)
    ev(c, t0, "tp_shop_checkin", "check_in", "store", store_id=store, fit_mode="shop", walk_in=True)
    if r() > 0.86:
        return  # looked at prices / inspection only
    brand = pick(list(BRANDS), BRAND_P_CN if c["country"] == "CN" else BRAND_P_ML)
    tier, p_cn, p_au = BRANDS[brand]
    qty = 4 if r() < 0.55 else 2 if r() < 0.8 else 1
    unit = (p_cn if c["country"] == "CN" else p_au) * (1.18 if c["vehicle_type"] in ("ev", "ute") else 1.0) \
        * rng.uniform(0.95, 1.1)
    fit_fee = 60 if c["country"] == "CN" else 30
    disc = 0.10 if c["tier"] == "gold" else 0.05 if c["tier"] == "silver" else 0.0
    rh = bool(r() < (0.3 if c["country"] == "AU" else 0.18))
    amount = qty * (unit + fit_fee) * (1 - disc) + ((qty * (15 if c["country"] == "AU" else 40)) if rh else 0)
    pay_m = (pick(["wechat_pay", "alipay", "card"], [0.6, 0.3, 0.1]) if c["country"] == "CN"
             else pick(["card", "apple_pay", "cash"], [0.6, 0.3, 0.1]))
    t_pay = t0 + mins(50, 120)
    o = order(c, t_pay, amount, "paid", "store", None, "walk_in", fit_mode="shop", store_id=store,
              store_name=STORES[store][1], store_name_en=STORES[store][2], brand=brand, tyre_tier=tier, qty=qty,
              tyre_size=c["tyre_size"], home_fee_local=0, discount_local=round(qty * (unit + fit_fee) * disc, 2),
              promo_code=None, payment_method=pay_m, road_hazard_cover=rh)
    if o is None:
        return
    ev(c, t_pay, "tp_payment", "success", "store", None, None, amount_local=round(amount, 2), payment_method=pay_m,
       order_id=o["order_id"])
    fulfilment(c, t0, "shop", store, brand, qty, o, "store", None, walk_in=True)


def b2c_activity(c):
    country = c["country"]
    n = int(rng.poisson(1.4)) if c["_pre"] else 1 + int(rng.poisson(0.8))
    t = None
    times = []
    for k in range(n):
        t = random_episode_time(country, None if k == 0 else t)
        if c["_pre"] and k > 0 and r() < 0.3:
            t = random_episode_time(country, None)
        if t > LAST:
            break
        times.append(t)
    times.sort()
    if not c["_pre"]:
        if not times:
            times = [random_episode_time(country)]
        c["signup_at"] = times[0] - mins(1, 30)
    walk_p = 0.75 if c["acquisition_channel"] == "walk_in" else 0.18
    for i, t in enumerate(times):
        if (i == 0 and not c["_pre"] and r() < walk_p) or (i > 0 and r() < 0.2):
            walkin_episode(c, t)
        else:
            online_episode(c, t)
        # browse-only look-ups between episodes
        if r() < 0.35:
            ch, dev = online_channel(c)
            tb = t - days(3, 40)
            if tb >= START:
                counter["sess"] += 1
                ev(c, tb, "tp_vehicle_lookup", "submit", ch, dev, f"S{counter['sess']:07d}",
                   vehicle_type=c["vehicle_type"], tyre_size=c["tyre_size"], app_version=app_version(ch, tb))
    # occasional customer service contact
    if times and r() < 0.12:
        tc = times[-1] + days(0.1, 20)
        ev(c, tc, "tp_cs_contact", pick(["call", "chat"]), pick(["phone", "chat"]),
           issue_type=pick(["reschedule", "price_question", "invoice_request", "claim_status"]))


# ---------------------------------------------------------------- fleet
def fleet_activity(c):
    lang = c["preferred_language"]
    start_jobs = None
    if c["_pre"]:
        c["fleet_status"] = "active"
        start_jobs = (START + days(1, 25)).replace(hour=int(rng.integers(7, 18)))
    else:
        t = random_time_in_month(*MONTHS[int(rng.integers(0, 16))])
        c["signup_at"] = t
        ch = pick(["phone", "web", "email"], [0.5, 0.3, 0.2])
        ev(c, t, "tp_fleet_enquiry", "submit", ch, "pc", vehicles=c["fleet_vehicles"])
        c["fleet_status"] = "prospect"
        if r() > 0.8:
            return
        t += days(3, 10)
        ev(c, t, "tp_fleet_survey", "check_in", "onsite", account_manager=c["account_manager"])
        if r() > 0.9:
            return
        t += days(3, 9)
        per_tyre = 520 if c["country"] == "CN" else 165
        ev(c, t, "tp_fleet_quote", "send", "email", quote_amount=per_tyre, currency="CNY" if c["country"] == "CN"
           else "AUD", account_manager=c["account_manager"])
        cp = {"referral": 0.72, "fleet_sales": 0.58, "tender": 0.24}[c["acquisition_channel"]]
        if r() > cp:
            return
        t += days(4, 18)
        e = ev(c, t, "tp_fleet_contract", "success", "onsite", account_manager=c["account_manager"],
               payment_terms="net30")
        if e is None:
            return
        c["fleet_status"] = "active"
        start_jobs = (t + days(3, 14)).replace(hour=int(rng.integers(7, 18)))
    # recurring jobs at the fleet's depot (vans) or in a store
    t = start_jobs
    per_tyre = 520 if c["country"] == "CN" else 165
    rate = 0.4 + min(c["fleet_vehicles"], 200) / 140
    churn_at = LAST + timedelta(days=1) if r() > 0.12 else START + days(200, 540)
    while t <= LAST:
        if t > churn_at:
            c["fleet_status"] = "churned"
            break
        veh = int(max(1, rng.poisson(max(1.0, c["fleet_vehicles"] * 0.025))))
        tyres = veh * int(pick([1, 2, 4], [0.4, 0.4, 0.2]))
        van = pick(VANS[c["region"]]) if r() < 0.7 else None
        st = None if van else c["home_store"]
        e = ev(c, t, "tp_fleet_job", "success", "onsite" if van else "store", van_id=van, store_id=st,
               vehicles_serviced=veh, qty=tyres)
        if e is None:
            break
        amount = tyres * per_tyre * rng.uniform(0.95, 1.05) + veh * (40 if c["country"] == "CN" else 15)
        o = order(c, t, amount, "paid", "fleet", None, "fleet", van_id=van, store_id=st,
                  store_name=STORES[st][1] if st else None, store_name_en=STORES[st][2] if st else None, qty=tyres,
                  vehicles_serviced=veh, payment_method="invoice", payment_terms="net30",
                  account_manager=c["account_manager"])
        e["order_id"] = o["order_id"]
        if r() < 0.06:
            topic = pick(["invoice_error", "fast_fit", "tech_friendly", "neutral"], [0.45, 0.2, 0.2, 0.15])
            ts = t + days(1, 20)
            if r() < 0.1:
                ts = None
            add_feedback(c, ts, topic, lang, "call_note", "tp_fleet_job", with_rating=False,
                         account_manager=c["account_manager"], order_id=o["order_id"],
                         note_source="crm_backfill" if ts is None else "crm")
        t += days(30 / rate * 0.6, 30 / rate * 1.4)
        t = t.replace(hour=int(rng.integers(7, 18)))


# ---------------------------------------------------------------- social and app-store feedback
def social_and_reviews():
    # app store reviews not tied to an episode
    b2c = [c for c in customers if c["customer_type"] == "b2c"]
    for _ in range(260):
        c = pick(b2c)
        t = random_time_in_month(*MONTHS[int(rng.choice(len(MONTHS), p=month_weights(c["country"])))])
        topic = pick(["fast_fit", "good_value", "neutral", "pricey", "home_convenient"], [0.3, 0.15, 0.3, 0.15, 0.1])
        dev = c["main_device"] if c["main_device"] != "pc" else "ios"
        plat = ("App Store" if dev == "ios" else ("华为应用市场" if c["country"] == "CN" else "Google Play"))
        add_feedback(c, t, topic, lang_of(c), "app_review", None, platform=plat, device=dev)
    # social posts: no customer, no rating; many without a date
    for _ in range(340):
        reg = pick(["beijing", "tianjin", "melbourne"], [0.42, 0.22, 0.36])
        lang = "en" if reg == "melbourne" and r() < 0.85 else "zh"
        y, m = MONTHS[int(rng.choice(len(MONTHS), p=month_weights("AU" if reg == "melbourne" else "CN")))]
        t = random_time_in_month(y, m)
        late_w = 0.05 if y == 2025 else 0.05 + 0.05 * m * (2 if reg == "melbourne" else 0.5)
        topics = ["tech_late", "home_convenient", "fast_fit", "pricey", "neutral", "tech_friendly", "wait_long"]
        w = [late_w, 0.22, 0.15, 0.12, 0.2, 0.12, 0.05]
        topic = pick(topics, w)
        plat = pick(["微博", "小红书", "抖音"]) if lang == "zh" and reg != "melbourne" else \
            pick(["小红书", "微信公众号"]) if lang == "zh" else pick(["Facebook", "Reddit", "Instagram"])
        ts = None if r() < 0.5 else t
        tp = {"tech_late": "tp_tech_arrival", "home_convenient": "tp_fitting_done", "fast_fit": "tp_fitting_done",
              "wait_long": "tp_shop_checkin"}.get(topic)
        add_feedback(None, ts, topic, lang, "social", tp, with_rating=False, platform=plat, region=reg)


# ---------------------------------------------------------------- write
def finish_customers():
    last_act: dict[str, datetime] = {}
    for e in events:
        cid = e["customer_id"]
        if cid not in last_act or e["ts"] > last_act[cid]:
            last_act[cid] = e["ts"]
    spend: dict[str, float] = {}
    last_order: dict[str, datetime] = {}
    for o in orders:
        if o["status"] == "paid":
            spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + o["amount"]
            last_order[o["customer_id"]] = max(last_order.get(o["customer_id"], o["ts"]), o["ts"])
    y26 = datetime(2026, 1, 1)
    for c in customers:
        if c["customer_type"] == "fleet":
            c["segment"] = "fleet"
        elif c["tier"] == "gold":
            c["segment"] = "vip"
        elif c["signup_at"] >= y26:
            c["segment"] = "new"
        elif last_act.get(c["customer_id"], datetime(2000, 1, 1)) < y26:
            c["segment"] = "at_risk"
        else:
            c["segment"] = "returning"
        c["lifetime_spend_cny"] = round(spend.get(c["customer_id"], 0.0) + (float(rng.uniform(500, 6000))
                                                                               if c["_pre"] else 0.0), 2)
        c["last_order_at"] = last_order.get(c["customer_id"])


def fmt(v):
    if v is None:
        return ""
    if type(v) is str:
        return v
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return f"{v:.2f}"
    return str(v)


def write(path: Path, rows: list[dict], cols: list[str]):
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for row in rows:
            g = row.get
            w.writerow([fmt(g(k)) for k in cols])


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    make_customers()
    for c in customers:
        if c["customer_type"] == "b2c":
            b2c_activity(c)
        else:
            fleet_activity(c)
    social_and_reviews()
    finish_customers()
    # a few tickets typed in later without a date
    for f in feedback:
        if f["channel"] == "ticket" and r() < 0.1:
            f["ts"] = None
            f["note_source"] = "backfill"
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    orders.sort(key=lambda o: o["ts"])
    feedback.sort(key=lambda f: (f["ts"] or datetime(2100, 1, 1), f["feedback_id"]))

    write(out / "touchpoints.csv", [dict(zip(["touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind",
                                             "owner", "aliases"], t)) | {"name": t[1]} for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])
    write(out / "customers.csv", customers,
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "customer_type", "city",
           "country", "preferred_language", "main_device", "marketing_opt_in", "gender", "age_band", "vehicle_type",
           "vehicle_make", "vehicle_year", "tyre_size", "home_store", "company_name", "fleet_type", "fleet_vehicles",
           "account_manager", "fleet_status", "lifetime_spend_cny", "last_order_at"])
    write(out / "events.csv", events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "region",
           "app_version", "utm_source", "platform", "vehicle_type", "tyre_size", "brand", "tyre_tier", "qty",
           "quote_amount", "currency", "stock_status", "fit_mode", "store_id", "van_id", "technician_id",
           "postcode_zone", "error_code", "amount_local", "payment_method", "order_id", "late_minutes",
           "wait_minutes", "rim_scratch", "voucher", "claim_id", "claim_type", "claim_outcome", "reject_reason",
           "vehicles", "vehicles_serviced", "account_manager", "payment_terms", "reminder_type", "issue_type",
           "walk_in"])
    write(out / "orders.csv", orders,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "region",
           "currency", "amount_local", "fit_mode", "store_id", "store_name", "store_name_en", "van_id", "brand",
           "tyre_tier", "qty", "tyre_size", "vehicles_serviced", "home_fee_local", "discount_local", "promo_code",
           "payment_method", "payment_terms", "road_hazard_cover", "account_manager", "cancel_reason",
           "refund_reason", "refunded_at", "session_id"])
    write(out / "feedback.csv", feedback,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "platform", "region", "store_id", "van_id", "fit_mode", "order_id", "brand", "device", "account_manager",
           "note_source"])
    write(out / "experiments.csv", experiments, ["experiment_id", "variant", "customer_id", "assigned_at", "market"])
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"experiments {len(experiments)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
