"""白鹭布草 Egret Linen & Uniform Services: commercial linen and uniform rental for hotels, restaurants and clinics
in Sydney, Auckland, Vancouver, Dublin, 深圳 Shenzhen, 厦门 Xiamen, 苏州 Suzhou and 重庆 Chongqing (synthetic,
written blind).

Businesses come in from field sales visits (销售拜访) or enquire online (线上询价: website form, WeChat
mini-program, B2B procurement marketplaces, inbound phone). A surveyor walks the linen room and counts par levels
(现场勘查), sales sends a contract quote (合同报价, sometimes revised), the customer signs (签订合同: 12/24/36 months,
weekly or twice-weekly service, a monthly fee), the first linen pool is installed (首批铺货) and the weekly cycle
starts: soiled linen is picked up (收取脏布草), washed and checked at the city's plant (洗涤质检: passed, or part of
the batch sent back for a rewash), and clean linen is delivered (洁净配送: complete, late or short). Customers lodge
shortage / damage / stain / wrong-item claims (短少破损索赔), which are credited, part-credited or rejected
(索赔处理; a credit note). Invoices are monthly (月度账单, issued on the 1st for the month before), with a separate
replacement charge for linen lost beyond the allowance (布草丢失赔偿费). Contracts come up for renewal (合同续约)
or end (终止合作).

Data 2025-01-01 .. 2026-05-31 (ERP + route system + CRM extract taken 2026-06-03). Times are naive local times of
each city. Money (orders.amount) is USD, the group's reporting currency; currency + amount_local keep what was
charged. Credit notes are negative amounts.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic of each comment; not a DATA.md table).
Deterministic (seed 20260604), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260604
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 5, 31, 23, 59, 59)
EXTRACT = datetime(2026, 6, 3, 8, 0, 0)
N_LEGACY = 420
VISITS_PER_MONTH = 200
LEADS_PER_MONTH = 110

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_sales_visit", "销售拜访", "Sales visit", "awareness", "store", "physical", "sales",
     "上门拜访|陌拜|扫楼|拜访客户|sales visit|cold visit|drop-in|field sales call"),
    ("tp_web_lead", "线上询价", "Online enquiry", "awareness", "web", "digital", "marketing",
     "网上询价|留资|询价单|小程序询价|采购平台询价|web lead|enquiry|enquiry form|inbound lead|RFQ"),
    ("tp_site_survey", "现场勘查", "Site survey", "consideration", "other", "physical", "sales_engineering",
     "上门勘测|勘察|盘点布草|布草房勘查|site survey|walk-through|linen audit|survey visit"),
    ("tp_quote", "合同报价", "Contract quote", "consideration", "email", "digital", "sales",
     "报价|报价单|方案|proposal|quotation|quote|pricing proposal"),
    ("tp_contract", "签订合同", "Contract signing", "purchase", "other", "physical", "sales",
     "签约|合同|服务合同|contract|signed contract|agreement|sign-up"),
    ("tp_initial_delivery", "首批铺货", "Linen pool install", "purchase", "other", "physical", "logistics",
     "铺货|首次配送|首批布草|开户配送|initial delivery|linen install|first drop|pool install"),
    ("tp_pickup", "收取脏布草", "Soiled linen pickup", "service", "other", "physical", "logistics",
     "收脏|收布草|取件|收货|收脏布草|pickup|collection|soiled pickup|soil run"),
    ("tp_wash_qc", "洗涤质检", "Washing & QC", "service", "other", "physical", "plant",
     "洗涤|质检|洗衣厂|水洗|返洗|wash|QC|laundry plant|quality check|rewash"),
    ("tp_delivery", "洁净配送", "Clean linen delivery", "service", "other", "physical", "logistics",
     "送货|配送|送布草|回送|delivery|clean delivery|drop-off|linen delivery"),
    ("tp_claim", "短少破损索赔", "Shortage & damage claim", "service", "phone", "digital", "customer_service",
     "索赔|投诉少送|少件索赔|破损索赔|claim|credit request|shortage claim|damage claim"),
    ("tp_claim_resolved", "索赔处理", "Claim decision", "service", "email", "digital", "customer_service",
     "索赔结果|赔付|退款处理|credit note|claim outcome|claim decision"),
    ("tp_invoice", "月度账单", "Monthly invoice", "service", "email", "digital", "finance",
     "账单|发票|月结|对账单|付款|催款|invoice|bill|statement|billing|payment"),
    ("tp_renewal", "合同续约", "Contract renewal", "loyalty", "other", "physical", "account_management",
     "续约|续签|续合同|renewal|contract renewal|re-sign"),
    ("tp_churn", "终止合作", "Contract termination", "loyalty", "email", "digital", "account_management",
     "解约|流失|终止合同|不续了|churn|termination|cancellation|lost customer"),
]

JOURNEYS = [  # id, zh, en, window, steps
    ("visit_to_contract", "拜访签约", "Sales visit to contract", 60,
     ["tp_sales_visit", "tp_site_survey", "tp_quote", "tp_contract"]),
    ("lead_to_contract", "线上询价签约", "Online enquiry to contract", 45,
     ["tp_web_lead", "tp_site_survey", "tp_quote", "tp_contract"]),
    ("onboarding", "签约到首次收货", "Contract to first pickup", 21,
     ["tp_contract", "tp_initial_delivery", "tp_pickup"]),
    ("claim_handling", "索赔处理", "Claim handling", 14, ["tp_claim", "tp_claim_resolved"]),
]

# name, zh, lang, currency, usd per local unit, region, region_zh, plant, plant_zh, weight, price factor
CITIES = {
    "Sydney": ("悉尼", "en", "AUD", 0.66, "ANZ", "澳新", "SYD-Botany", "悉尼博塔尼厂", 0.20, 1.0),
    "Auckland": ("奥克兰", "en", "NZD", 0.60, "ANZ", "澳新", "AKL-Penrose", "奥克兰彭罗斯厂", 0.08, 0.95),
    "Vancouver": ("温哥华", "en", "CAD", 0.73, "North America", "北美", "YVR-Burnaby", "温哥华本拿比厂", 0.13, 1.0),
    "Dublin": ("都柏林", "en", "EUR", 1.08, "Europe", "欧洲", "DUB-Ballymount", "都柏林巴利芒特厂", 0.10, 1.05),
    "Shenzhen": ("深圳", "zh", "CNY", 0.14, "South China", "华南", "SZ-Baoan", "深圳宝安厂", 0.16, 0.6),
    "Xiamen": ("厦门", "zh", "CNY", 0.14, "South China", "华南", "XM-Jimei", "厦门集美厂", 0.10, 0.55),
    "Suzhou": ("苏州", "zh", "CNY", 0.14, "East China", "华东", "SZH-Wuzhong", "苏州吴中厂", 0.14, 0.6),
    "Chongqing": ("重庆", "zh", "CNY", 0.14, "Southwest China", "西南", "CQ-Yubei", "重庆渝北厂", 0.12, 0.5),
}
CITY_NAMES = list(CITIES)
CITY_W = np.array([CITIES[c][8] for c in CITY_NAMES])
CITY_W = CITY_W / CITY_W.sum()

BIZ = {"hotel": "酒店", "restaurant": "餐厅", "clinic": "诊所"}
BIZ_W = [0.45, 0.35, 0.20]
PCS_PER_KG = {"hotel": 2.2, "restaurant": 4.0, "clinic": 2.6}
UNIT_USD = {"hotel": 6.0, "restaurant": 3.0, "clinic": 9.0}      # replacement value of a piece
LOSS_RATE = {"hotel": 0.006, "restaurant": 0.016, "clinic": 0.004}   # share of pieces lost per month
ITEMS = {"hotel": ["bed_linen", "towels", "bathrobes", "pool_towels", "staff_uniforms"],
         "restaurant": ["table_linen", "napkins", "chef_jackets", "aprons", "kitchen_cloths"],
         "clinic": ["scrubs", "patient_gowns", "lab_coats", "towels", "bed_linen"]}

SIGNERS = {"hotel": ["housekeeping", "front_desk", "linen_room"], "restaurant": ["kitchen", "front_of_house"],
           "clinic": ["nurse_station", "reception"]}
PAY = {"direct_debit": "自动扣款", "bank_transfer": "银行转账", "card": "信用卡", "cheque": "支票",
       "alipay": "支付宝", "wechat_pay": "微信支付"}
PAY_LATE = {"direct_debit": 0.02, "card": 0.05, "bank_transfer": 0.10, "alipay": 0.06, "wechat_pay": 0.06,
            "cheque": 0.30}
CLAIM = {"shortage": "短少", "damage": "破损", "stain": "污渍未洗净", "wrong_items": "送错品类"}
CHURN = {"price": "价格太高", "service_quality": "经常少送/质量差", "switched_competitor": "换了别家供应商",
         "in_house": "改为自建洗衣房", "business_closed": "停业/关店", "renovation": "装修停业"}
MISSED = {"van_breakdown": "车辆故障", "site_closed": "客户关门", "driver_sick": "司机请假", "route_overrun": "线路超时"}
ORDER_ZH = {"contract": "合同签约费", "monthly_invoice": "月度账单", "replacement_charge": "布草丢失赔偿费",
            "credit_note": "索赔赔付"}

REPS_EN = ["Liam Walsh", "Olivia Brown", "Noah Singh", "Chloe Martin", "Jack Wilson", "Grace Kelly", "Ethan Lee",
           "Sophie Murphy"]
REPS_ZH = ["王磊", "李娜", "张伟", "刘洋", "陈静", "杨帆", "赵敏", "黄海"]
SURVEYORS_EN = ["M. Patel", "R. O'Brien", "K. Nguyen", "T. Fraser"]
SURVEYORS_ZH = ["周工", "吴工", "郑工", "孙工"]
DRIVERS_EN = ["Dave", "Mo", "Aroha", "Sean", "Raj", "Pete", "Nikhil", "Connor"]
DRIVERS_ZH = ["老李", "小陈", "老王", "小刘", "老张", "小黄", "老赵", "小周"]
MARKETPLACES = {"en": ["HospitalitySupplyHub", "TradeQuote", "HotelProcure"], "zh": ["酒店采购网", "1688企业采购", "美团快驴"]}

# ---------------------------------------------------------------- feedback text (markers in README / gold.py)
FB = {
    "shortage": {
        "zh": ["又少送了{n}条毛巾，周末满房根本不够用", "这周少送了{n}件，布草房都空了，请尽快补", "少送的问题第三次了，前台都被客人投诉了",
               "桌布少送{n}张，晚上有宴会只能临时去买", "洗完回来数量对不上，少送{n}件"],
        "en": ["Another short delivery this week, {n} pieces missing and we were fully booked",
               "Short delivery again - {n} bath towels missing on a Saturday",
               "Third short delivery this month, housekeeping had to borrow from the other wing",
               "We got a short delivery of napkins, {n} fewer than ordered, right before dinner service"],
    },
    "stain": {
        "zh": ["床单上还有污渍，客人拍照发给前台了", "送回来的毛巾有黄色污渍，只能再退回去", "这批桌布污渍没洗掉，根本没法上台",
               "最近洗回来的布草污渍特别多，是换了洗涤剂吗"],
        "en": ["Sheets came back with stains still on them, a guest complained", "Napkins returned with wine stains, not usable",
               "Lots of stains on this batch of pillowcases - did you change something at the plant?",
               "Stain marks on the duvet covers again, we had to pull them from the rooms"],
    },
    "torn": {
        "zh": ["有几条浴巾有破洞，直接给客人用了很尴尬", "刷手服洗完破洞了，是不是洗得太狠", "床单边上有破洞，请换新的"],
        "en": ["Several towels with holes - torn at the hem", "Scrubs came back torn at the seams",
               "Found a torn sheet in the delivery, housekeeping nearly put it on a bed"],
    },
    "replacement": {
        "zh": ["账单上的赔偿费太离谱了，丢失数量根本对不上", "这个月又扣了{n}元赔偿费，我们没丢这么多餐巾", "赔偿费是怎么算的？每个月都有，想要明细",
               "布草赔偿费比服务费涨得还快，请解释一下"],
        "en": ["The replacement charge on this invoice makes no sense, we did not lose that many napkins",
               "Why is there a replacement charge of ${n} again? Please send the piece count",
               "Replacement charge every single month - we want a proper count before you bill us",
               "Disputing the replacement charge on last month's bill, our linen room count is different"],
    },
    "late": {
        "zh": ["今天又送晚了，早上十点才到，客房都等着铺床", "送晚了两个小时，午市开餐前桌布还没到", "最近老是送晚了，能不能固定时间"],
        "en": ["Late delivery again, linen arrived after 11 and rooms were waiting", "Another late delivery - lunch service started without tablecloths",
               "Late delivery three times this month, please stick to the window"],
    },
    "missed_pickup": {
        "zh": ["今天没来收脏布草，布草房堆满了", "约好周二收货结果没来收，也没人通知", "司机又没来收，脏的都放在后门"],
        "en": ["Nobody came for the missed pickup on Tuesday, soiled bags piled up in the corridor",
               "Missed pickup today, no call from the depot", "Second missed pickup this month, where was the van?"],
    },
    "damp": {
        "zh": ["送来的床单摸着发潮，回南天也不能这样", "毛巾发潮还有味道，是不是没烘干", "这几天布草都发潮，客人说床单是湿的",
               "回南天布草发潮，能不能多烘一会再送"],
        "en": ["Towels arrived damp, had to hang them in the laundry room", "Sheets were damp when delivered this morning"],
    },
    "sizing": {
        "zh": ["刷手服尺码不对，要的M送来都是XL", "厨师服尺码一直配不齐，新员工没得穿", "工服尺码乱了，请按名单配"],
        "en": ["Scrubs sizing is all wrong, we ordered mediums and got XLs", "Chef jackets sizing still not sorted for the new starters",
               "Uniform sizing mix-up again, nurses swapping tops between themselves"],
    },
    "hygiene": {
        "zh": ["诊所年检需要消毒报告，请每季度按时发", "上个月的消毒报告还没收到，卫监要查", "麻烦补一份消毒报告，写明洗涤温度"],
        "en": ["We need the hygiene report for our accreditation audit, please send it quarterly",
               "Still waiting on last quarter's hygiene report", "Can the hygiene report show wash temperatures for the gowns?"],
    },
    "driver_praise": {
        "zh": ["配送师傅很负责，每次都帮我们搬到布草间", "配送师傅{d}态度特别好，点数也仔细", "感谢配送师傅，下大雨也准时到了"],
        "en": ["Our delivery driver {d} is brilliant, always helps carry the cages up", "Big thanks to the delivery driver, on time even in the storm",
               "The delivery driver counts everything with our supervisor, really appreciated"],
    },
    "price": {
        "zh": ["续约就涨价，涨了{n}%，跟别家比已经不便宜了", "每年都涨价，服务没见提升", "涨价可以理解，但缺货的问题要先解决"],
        "en": ["Price increase of {n}% at renewal is hard to swallow", "Another price increase and the service hasn't improved",
               "We accept the price increase if the shortages stop"],
    },
    "reconcile": {
        "zh": ["月底对账太麻烦，件数和我们的签收单对不上", "财务说对账要三天，能不能在系统里直接看明细", "对账单格式每个月都变，请统一"],
        "en": ["Hard to reconcile the invoice with our signed delivery dockets", "Our accounts team cannot reconcile the piece counts",
               "Please add PO numbers so we can reconcile faster"],
    },
    "quote_slow": {
        "zh": ["报价太慢了，勘查完等了两周才给方案", "报价太慢，我们已经先找了别家", "勘查很专业但报价太慢"],
        "en": ["Slow quote - two weeks after the survey we still had nothing", "Went elsewhere, slow quote and no follow-up call",
               "Survey was fine but a slow quote lost you the deal"],
    },
    "no_followup": {
        "zh": ["在平台上留了信息，一直没人联系", "询价之后没人联系我们，只好找别人", "填了表也没人联系"],
        "en": ["Filled in the form and nobody got back to us", "Enquired through the marketplace, nobody got back for a week",
               "Asked for pricing, nobody got back"],
    },
    "wrong_items": {
        "zh": ["送错了，我们要的是方桌布送来圆桌布", "又送错品类，把隔壁酒店的浴袍送来了", "送错尺寸的被套，只能退回"],
        "en": ["Wrong items in the cage - round tablecloths instead of square", "We got wrong items, another hotel's bathrobes",
               "Wrong items again, king duvet covers instead of queen"],
    },
    "pos": {
        "zh": ["整体服务不错，布草干净，沟通顺畅", "合作一年多了，很稳定", "客户经理响应快，问题当天处理", "布草洗得很白，客人评价好",
               "服务挺好的，继续合作", "质量稳定，价格合理"],
        "en": ["Overall very happy with the service", "Linen is crisp and white, guests notice", "Account manager sorts things out the same day",
               "Reliable service, no complaints this quarter", "Good value and consistent quality", "Easy to work with, keep it up"],
    },
    "neu": {
        "zh": ["下个月客房要装修，届时数量会少一些", "请把账单发到新的财务邮箱", "想了解一下增加浴袍的价格", "节假日的收货时间请提前通知",
               "还行吧，一般", "希望能提供电子签收"],
        "en": ["We are refurbishing two floors next month, volumes will drop", "Please send invoices to our new accounts address",
               "Can you quote for adding bathrobes?", "Please confirm holiday schedule in advance", "It's fine, nothing special",
               "Would like electronic proof of delivery"],
    },
    "neg": {
        "zh": ["服务越来越差了，考虑换供应商", "客服电话很难打通", "问题反映了很多次都没改进", "整体不太满意"],
        "en": ["Service has gone downhill, we are looking at other suppliers", "Hard to get hold of customer service",
               "Raised the same issue many times with no change", "Not happy overall"],
    },
}
NO_COMMENT = {"zh": "（未填写评论）", "en": "(no comment)"}
MARKERS = {"shortage": ["少送", "short delivery"], "stain": ["污渍", "stain"], "torn": ["破洞", "torn"],
           "replacement": ["赔偿费", "replacement charge"], "late": ["送晚了", "late delivery"],
           "missed_pickup": ["没来收", "missed pickup"], "damp": ["发潮", "damp"], "sizing": ["尺码", "sizing"],
           "hygiene": ["消毒报告", "hygiene report"], "driver_praise": ["配送师傅", "delivery driver"],
           "price": ["涨价", "price increase"], "reconcile": ["对账", "reconcile"],
           "quote_slow": ["报价太慢", "slow quote"], "no_followup": ["没人联系", "nobody got back"],
           "wrong_items": ["送错", "wrong items"]}
SENTIMENT = {"driver_praise": "positive", "pos": "positive", "neu": "neutral", "hygiene": "neutral"}


def _check_markers():
    for topic, langs in FB.items():
        for lang, texts in langs.items():
            for t in texts:
                hits = [k for k, ws in MARKERS.items() if any(w.lower() in t.lower() for w in ws)]
                want = [topic] if topic in MARKERS else []
                assert hits == want, (topic, t, hits)


# ---------------------------------------------------------------- state
EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
TRUTH: list[dict] = []
CUSTOMERS: list[dict] = []
_ids = {"E": 0, "O": 0, "F": 0, "C": 0, "K": 0, "Q": 0, "L": 0, "I": 0}


def nid(kind, width=7):
    _ids[kind] += 1
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


def order(c, ts, kind, usd, status="paid", **kw):
    if not in_data(ts):
        return None
    cur, fx = CITIES[c["city"]][2], CITIES[c["city"]][3]
    row = dict(order_id=nid("O", 7), customer_id=c["customer_id"], ts=tfmt(ts), amount=round(usd, 2), status=status,
               order_type=kind, 订单类型=ORDER_ZH[kind], city=c["city"], currency=cur,
               amount_local=round(usd / fx, 2))
    row.update({k: v for k, v in kw.items() if v is not None})
    ORDERS.append(row)
    return row


def say(topic, lang, c=None):
    t = pick(FB[topic][lang])
    return t.format(n=int(rng.integers(3, 40)), d=pick(DRIVERS_ZH if lang == "zh" else DRIVERS_EN))


def fb(c, ts, topic, channel, tp=None, rating=None, nps=None, text=None, **kw):
    if ts is not None and not in_data(ts):
        return None
    lang = c["preferred_language"] if c is not None else pick(["zh", "en"])
    if text is None:
        text = say(topic, lang)
    fid = nid("F", 6)
    row = dict(feedback_id=fid, ts=tfmt(ts) if ts is not None else "", customer_id=c["customer_id"] if c else "",
               touchpoint_id=tp or "", channel=channel, rating=rating if rating is not None else "",
               nps=nps if nps is not None else "", text=text, language=lang, city=c["city"] if c else "")
    row.update(kw)
    FEEDBACK.append(row)
    TRUTH.append(dict(feedback_id=fid, topic=topic if topic in MARKERS else "generic"))
    return row


def month_add(d: date, months: int) -> date:
    m = d.month - 1 + months
    y = d.year + m // 12
    m = m % 12 + 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return date(y, m, min(d.day, last))


# ---------------------------------------------------------------- customers
def new_customer(city, biz, signup, acq):
    cz = CITIES[city]
    lang = cz[1]
    if lang == "en" and biz == "restaurant" and city != "Dublin" and rng.random() < 0.14:
        lang = "zh"        # Chinese-run restaurants write in Chinese
    if lang == "zh" and biz in ("hotel", "clinic") and rng.random() < 0.12:
        lang = "en"        # international hotel chains, foreign clinics
    if biz == "hotel":
        size = int(np.clip(rng.lognormal(4.5, 0.55), 25, 600))
        fee = 500 + size * 11.0
        base_kg = size * 1.9
    elif biz == "restaurant":
        size = int(np.clip(rng.lognormal(4.3, 0.45), 25, 300))
        fee = 220 + size * 4.2
        base_kg = size * 0.55
    else:
        size = int(np.clip(rng.lognormal(2.8, 0.5), 4, 80))
        fee = 260 + size * 30.0
        base_kg = size * 2.4
    fee *= cz[9] * rng.lognormal(0, 0.1)
    freq = "twice_weekly" if (biz == "hotel" and size > 140) or (biz == "clinic" and size > 35) else "weekly"
    if freq == "twice_weekly":
        base_kg /= 2
    c = dict(customer_id=nid("C", 5), signup_at=tfmt(signup), segment="prospect", region=cz[4], 区域=cz[5], city=city,
             城市=cz[0], acquisition_channel=acq, tier="", business_type=biz, 行业=BIZ[biz],
             rooms=size if biz == "hotel" else "", seats=size if biz == "restaurant" else "",
             treatment_rooms=size if biz == "clinic" else "",
             star_rating=int(pick([3, 4, 5], [0.35, 0.45, 0.2])) if biz == "hotel" else "",
             preferred_language=lang, account_manager="", contract_term_months="", service_frequency="",
             monthly_fee_usd="")
    c["_fee"] = round(fee, 2)
    c["_kg"] = base_kg
    c["_freq"] = freq
    c["_shorts"] = []
    c["_shortdel"] = []
    c["_rep"] = pick(REPS_ZH if cz[1] == "zh" else REPS_EN)
    CUSTOMERS.append(c)
    return c


def tier_of(fee):
    return "key_account" if fee > 2500 else "gold" if fee > 1200 else "standard"


# ---------------------------------------------------------------- acquisition
def season(city, d: date, biz):
    m = d.month
    f = 1.0
    if city in ("Sydney", "Auckland"):
        f = {12: 1.25, 1: 1.3, 2: 1.1, 6: 0.9, 7: 0.9}.get(m, 1.0)
    elif city in ("Vancouver", "Dublin"):
        f = {7: 1.25, 8: 1.25, 6: 1.1, 1: 0.85, 2: 0.85}.get(m, 1.0)
    else:
        f = {10: 1.2, 7: 1.1, 8: 1.1}.get(m, 1.0)
        if m == 2:
            f = 1.15 if biz == "hotel" else 0.8
    if biz == "restaurant" and m == 12:
        f *= 1.2
    return f


def survey_quote_contract(c, t0, p_survey, p_contract, lag_survey, lag_contract):
    """survey (maybe a failed first attempt), quote (maybe revised), contract. Returns sign time or None."""
    if rng.random() >= p_survey:
        return None
    t = at((t0 + D(days=int(rng.integers(*lag_survey)))).date(), 8, 17)
    surveyor = pick(SURVEYORS_ZH if CITIES[c["city"]][1] == "zh" else SURVEYORS_EN)
    par = int(c["_kg"] * PCS_PER_KG[c["business_type"]] * rng.uniform(1.8, 2.6))
    if rng.random() < 0.11:
        ev(c, t, "tp_site_survey", "no_access", channel="field", surveyor=surveyor,
           access_issue=pick(["manager_unavailable", "linen_room_locked", "wrong_address", "rescheduled_by_customer"]))
        c["segment"] = "lost_prospect"
        if rng.random() > 0.72:
            return None
        t = at((t + D(days=int(rng.integers(3, 11)))).date(), 8, 17)
    ev(c, t, "tp_site_survey", "completed", channel="field", surveyor=surveyor, par_level=par,
       linen_items="|".join(rng.choice(ITEMS[c["business_type"]], size=3, replace=False)),
       est_weekly_kg=round(c["_kg"] * (2 if c["_freq"] == "twice_weekly" else 1), 1))
    c["segment"] = "lost_prospect"
    if rng.random() >= 0.91:
        if rng.random() < 0.3:
            fb(c, at((t + D(days=int(rng.integers(20, 40)))).date(), 9, 18), "quote_slow", "lost_deal_survey",
               tp="tp_quote", rating=int(pick([1, 2, 3], [0.4, 0.4, 0.2])))
        return None
    tq = at((t + D(days=int(rng.integers(2, 11)))).date(), 9, 19)
    qno = nid("Q", 6)
    quote = round(c["_fee"] * rng.uniform(0.95, 1.12), 2)
    ev(c, tq, "tp_quote", "sent", channel="email", quote_no=qno, quote_monthly_usd=quote, quote_version=1,
       sales_rep=c["_rep"])
    if rng.random() < 0.24:
        tq = at((tq + D(days=int(rng.integers(3, 10)))).date(), 9, 19)
        quote = round(quote * rng.uniform(0.9, 0.97), 2)
        ev(c, tq, "tp_quote", "revised", channel="email", quote_no=qno, quote_monthly_usd=quote, quote_version=2,
           sales_rep=c["_rep"])
    if rng.random() >= p_contract:
        if rng.random() < 0.25:
            topic = pick(["quote_slow", "neg", "neu"], [0.35, 0.35, 0.3])
            fb(c, at((tq + D(days=int(rng.integers(15, 40)))).date(), 9, 18), topic, "lost_deal_survey",
               tp="tp_quote", rating=int(pick([1, 2, 3, 4], [0.25, 0.35, 0.3, 0.1])))
        return None
    c["_fee"] = quote
    return at((tq + D(days=int(rng.integers(*lag_contract)))).date(), 9, 18)


def acquisition():
    signed = []
    months = []
    d = date(2025, 1, 1)
    while d <= date(2026, 5, 1):
        months.append(d)
        d = month_add(d, 1)
    for m0 in months:
        ndays = (month_add(m0, 1) - m0).days
        # field sales visits
        for _ in range(int(rng.poisson(VISITS_PER_MONTH))):
            day = m0 + D(days=int(rng.integers(0, ndays)))
            if day.weekday() >= 5:
                day -= D(days=day.weekday() - 4)
            city = CITY_NAMES[int(rng.choice(len(CITY_NAMES), p=CITY_W))]
            biz = pick(list(BIZ), BIZ_W)
            t0 = at(day, 9, 17.5)
            c = new_customer(city, biz, t0, "sales_visit")
            outcome = pick(["not_interested", "interested", "follow_up", "no_decision_maker"], [0.45, 0.25, 0.2, 0.1])
            ev(c, t0, "tp_sales_visit", outcome, channel="field", sales_rep=c["_rep"],
               visit_type="cold" if rng.random() < 0.7 else "referral")
            if outcome in ("follow_up", "no_decision_maker") and rng.random() < 0.7:
                t0 = at((t0 + D(days=int(rng.integers(7, 22)))).date(), 9, 17.5)
                outcome = pick(["interested", "not_interested"], [0.4, 0.6])
                ev(c, t0, "tp_sales_visit", outcome, channel="field", sales_rep=c["_rep"], visit_type="second_visit")
            if outcome != "interested":
                continue
            p_contract = {"hotel": 0.55, "restaurant": 0.47, "clinic": 0.52}[biz]
            ts = survey_quote_contract(c, t0, 0.85, p_contract, (3, 22), (4, 30))
            if ts:
                signed.append((c, ts))
        # online enquiries
        for _ in range(int(rng.poisson(LEADS_PER_MONTH))):
            day = m0 + D(days=int(rng.integers(0, ndays)))
            city = CITY_NAMES[int(rng.choice(len(CITY_NAMES), p=CITY_W))]
            biz = pick(list(BIZ), BIZ_W)
            zh = CITIES[city][1] == "zh"
            chs = ["web", "mini_program", "marketplace", "phone"]
            ch = pick(chs, [0.32, 0.28, 0.3, 0.1] if zh else [0.52, 0.0, 0.34, 0.14])
            t0 = at(day, 0, 24) if ch != "phone" else at(day, 8.5, 18)
            acq = {"web": "website", "mini_program": "wechat_mini_program", "marketplace": "b2b_marketplace",
                   "phone": "inbound_call"}[ch]
            c = new_customer(city, biz, t0, acq)
            dev = {"web": pick(["pc", "ios", "android"], [0.7, 0.15, 0.15]),
                   "mini_program": pick(["ios", "android"], [0.45, 0.55]), "marketplace": "pc", "phone": None}[ch]
            ev(c, t0, "tp_web_lead", "submitted", channel=ch, device=dev,
               session_id=f"S{int(rng.integers(10**8, 10**9))}" if ch != "phone" else None,
               marketplace=pick(MARKETPLACES["zh" if zh else "en"]) if ch == "marketplace" else None,
               enquiry_items=pick(ITEMS[biz]), est_rooms_or_seats=c["rooms"] or c["seats"] or c["treatment_rooms"])
            p_survey = {"web": 0.55, "mini_program": 0.5, "marketplace": 0.14, "phone": 0.6}[ch]
            p_contract = {"web": 0.55, "mini_program": 0.5, "marketplace": 0.36, "phone": 0.55}[ch]
            ts = survey_quote_contract(c, t0, p_survey, p_contract, (2, 14), (3, 26))
            if ts:
                signed.append((c, ts))
            elif c["segment"] == "prospect" and rng.random() < (0.12 if ch == "marketplace" else 0.04):
                fb(c, at((t0 + D(days=int(rng.integers(10, 30)))).date(), 9, 20), "no_followup",
                   pick(["email", "lost_deal_survey"]), tp="tp_web_lead")
    return signed


# ---------------------------------------------------------------- service
def sign(c, ts, legacy=False):
    term = int(pick([12, 24, 36], [0.45, 0.4, 0.15]))
    c["tier"] = tier_of(c["_fee"])
    c["account_manager"] = c["_rep"]
    c["contract_term_months"] = term
    c["service_frequency"] = c["_freq"]
    c["_term"] = term
    cid = nid("K", 6)
    c["_contract"] = cid
    if legacy:
        return term
    ev(c, ts, "tp_contract", "signed", channel=pick(["field", "e_sign"], [0.4, 0.6]), contract_id=cid,
       term_months=term, monthly_fee_usd=round(c["_fee"], 2), service_frequency=c["_freq"], sales_rep=c["_rep"])
    cancelled = rng.random() < 0.025
    order(c, ts, "contract", c["_fee"] * 0.5, status="cancelled" if cancelled else "paid", contract_id=cid,
          term_months=term, monthly_fee_usd=round(c["_fee"], 2))
    if cancelled:
        c["segment"] = "cancelled_before_start"
        return None
    c["segment"] = "onboarding"
    ti = at((ts + D(days=int(rng.integers(4, 13)))).date(), 7, 16)
    pieces = int(c["_kg"] * PCS_PER_KG[c["business_type"]] * rng.uniform(2.2, 2.8))
    ev(c, ti, "tp_initial_delivery", "installed", channel="route", pieces_installed=pieces,
       days_from_contract=(ti.date() - ts.date()).days, plant=CITIES[c["city"]][6], 洗涤厂=CITIES[c["city"]][7])
    if rng.random() < (0.05 if c["business_type"] != "hotel" else 0.01):
        fb(c, at((ti + D(days=int(rng.integers(1, 5)))).date(), 9, 18), "sizing",
           pick(["email", "call_note", "wechat_work"] if c["preferred_language"] == "zh" else ["email", "call_note"]),
           tp="tp_initial_delivery")
    return ti + D(days=int(rng.integers(5, 10)))


def p_rewash(c, d: date):
    p = {"hotel": 0.065, "restaurant": 0.08, "clinic": 0.045}[c["business_type"]]
    if c["city"] == "Suzhou" and d.year == 2025 and d.month == 8:
        p = 0.42           # the Suzhou plant's new detergent supplier, August 2025
    return p


def p_short(c):
    p = 0.03 + (0.012 if c["business_type"] == "restaurant" else 0.0)
    if c["city"] == "Shenzhen":
        p += 0.045         # Shenzhen plant chronically understocked on linen pool
    return p


def service_life(c, first: datetime, term_end: date, legacy: bool):
    """weekly cycles from `first` until churn or the end of data; renewals on the way."""
    biz, city = c["business_type"], c["city"]
    zh = CITIES[city][1] == "zh"
    plant, plant_zh = CITIES[city][6], CITIES[city][7]
    drivers = DRIVERS_ZH if zh else DRIVERS_EN
    route = f"{plant.split('-')[0]}-R{int(rng.integers(1, 13)):02d}"
    driver = pick(drivers)
    wd = int(rng.integers(0, 5))
    days = [wd] if c["_freq"] == "weekly" else [wd % 2, wd % 2 + 3]
    # mid-term termination (business closed etc.)
    early = None
    if rng.random() < 0.045:
        early = first.date() + D(days=int(rng.integers(30, 500)))
    # renewal decisions
    stop = END.date()
    churn_reason = None
    decisions = []
    te = term_end
    while te - D(days=60) <= END.date():
        decisions.append(te)
        te = month_add(te, 12)
    dec_i = 0
    month_stats = {}
    if legacy:       # December 2024 service, invoiced on 2025-01-01 (its pickups are before the extract window)
        month_stats[(2024, 12)] = dict(pcs=int(c["_kg"] * PCS_PER_KG[biz] * (4.33 if c["_freq"] == "weekly" else 8.66)
                                               * season(city, date(2024, 12, 1), biz)), n=0)
    d = first.date()
    while d.weekday() not in days:
        d += D(days=1)
    churn_kind = None
    while True:
        if churn_kind is None and dec_i < len(decisions) and d >= decisions[dec_i] - D(days=40):
            tend = decisions[dec_i]
            dec_i += 1
            tdec = at(tend - D(days=int(rng.integers(25, 56))), 9, 18)
            if START <= tdec <= END:
                recent = sum(1 for s in c["_shorts"] if (tdec.date() - s).days <= 180)
                shorts = sum(1 for s in c["_shortdel"] if (tdec.date() - s).days <= 180)
                p = 0.93 - 0.07 * min(shorts, 6) - (0.02 if zh else 0.0)
                incr = 4 if tend.year == 2025 else 6
                ok = rng.random() < p
                ev(c, tdec, "tp_renewal", "renewed" if ok else "not_renewed", channel="account_manager",
                   contract_id=c.get("_contract"), renewal_date=str(tend), price_change_pct=incr,
                   shortage_claims_180d=recent, account_manager=c["account_manager"])
                if rng.random() < (0.55 if not ok else 0.18):
                    fb(c, at((tdec + D(days=int(rng.integers(0, 10)))).date(), 9, 19), "price",
                       pick(["email", "call_note"]), tp="tp_renewal")
                if ok:
                    c["_fee"] *= 1 + incr / 100
                else:
                    stop = tend
                    churn_kind = "contract_ended"
                    if shorts >= 3 and rng.random() < 0.6:
                        churn_reason = "service_quality"
                    else:
                        churn_reason = pick(["price", "switched_competitor", "in_house", "business_closed",
                                             "service_quality"], [0.56, 0.15, 0.11, 0.1, 0.08])
        if early and d >= early and churn_kind is None:
            stop = d
            churn_kind = "terminated_early"
            recent = sum(1 for s in c["_shorts"] if (d - s).days <= 180)
            churn_reason = ("service_quality" if recent >= 2 and rng.random() < 0.6 else
                            pick(["business_closed", "renovation", "switched_competitor", "in_house"], [0.4, 0.25, 0.2, 0.15]))
        if d >= stop or d > END.date():
            break
        cycle(c, d, route, driver, drivers, plant, plant_zh, month_stats)
        # next service day
        d += D(days=1)
        while d.weekday() not in days:
            d += D(days=1)
    if churn_kind and stop <= END.date():
        tch = at(stop, 9, 18)
        ev(c, tch, "tp_churn", churn_kind, channel="email", churn_reason=churn_reason, 流失原因=CHURN[churn_reason],
           contract_id=c.get("_contract"), months_as_customer=round((stop - first.date()).days / 30.4, 1))
        c["segment"] = "churned"
    elif churn_kind:
        c["segment"] = "notice_given"
    else:
        c["segment"] = "active"
    invoices(c, month_stats)


def cycle(c, d, route, driver, drivers, plant, plant_zh, month_stats):
    biz = c["business_type"]
    lang = c["preferred_language"]
    tp = at(d, 5.5, 14)
    if rng.random() < 0.012:
        ev(c, tp, "tp_pickup", "missed", channel="route", route_id=route, driver=driver,
           missed_reason=(mr := pick(["van_breakdown", "site_closed", "driver_sick", "route_overrun"],
                                     [0.25, 0.2, 0.15, 0.4])), 漏收原因=MISSED[mr])
        if rng.random() < 0.3:
            fb(c, at(d, 10, 20), "missed_pickup", pick(["call_note", "email", "wechat_work"] if lang == "zh" else
                                                        ["call_note", "email"]), tp="tp_pickup")
        return
    kg = c["_kg"] * season(c["city"], d, biz) * rng.lognormal(0, 0.12)
    pcs = int(kg * PCS_PER_KG[biz])
    row = ev(c, tp, "tp_pickup", "collected", channel="route", route_id=route, driver=driver, soiled_kg=round(kg, 1),
             bags=max(1, int(kg / 12)), pieces_counted=pcs)
    if row is not None and rng.random() < 0.0006:
        EVENTS.append(dict(row))      # driver app re-sync: exact duplicate row
    tw = at(d + D(days=1), 5, 22)
    rew = rng.random() < p_rewash(c, tw.date())
    rew_pcs = int(pcs * rng.uniform(0.03, 0.12)) + 1 if rew else 0
    rej = int(rng.binomial(pcs, 0.004))
    ev(c, tw, "tp_wash_qc", "rewash" if rew else "passed", channel="plant", plant=plant, 洗涤厂=plant_zh,
       wash_batch=f"B{tw.strftime('%y%m%d')}-{int(rng.integers(100, 999))}", pieces_washed=pcs,
       rewash_pcs=rew_pcs, rejected_pcs=rej, wash_temp_c=int(pick([60, 65, 75], [0.5, 0.3, 0.2])) if biz != "clinic"
       else 75)
    td = at(d + D(days=3 if rew else 2), 6.5, 15)
    short = rng.random() < p_short(c)
    late = not short and rng.random() < 0.035 + (0.22 if rew else 0.0)
    short_pcs = int(rng.integers(4, 12) + pcs * rng.uniform(0.02, 0.08)) if short else 0
    if short:
        action = "short"
        c["_shortdel"].append(td.date())
    elif late:
        action = "late"
    else:
        action = "complete"
    ev(c, td, "tp_delivery", action, channel="route", route_id=route, driver=driver, pieces_ordered=pcs,
       pieces_delivered=pcs - short_pcs, shortage_pcs=short_pcs,
       minutes_late=int(rng.integers(20, 240)) if late else 0, signed_by=pick(SIGNERS[biz]))
    key = (td.year, td.month)
    st = month_stats.setdefault(key, dict(pcs=0, n=0))
    st["pcs"] += pcs
    st["n"] += 1
    # claims
    claim = None
    if short and rng.random() < 0.45:
        claim = ("shortage", short_pcs + int(rng.integers(0, 3)))
    elif rew and rng.random() < 0.06:
        claim = ("stain", int(rng.integers(2, 15)))
    elif rng.random() < 0.0065:
        claim = ("damage", int(rng.integers(1, 8)))
    elif rng.random() < 0.003:
        claim = ("wrong_items", int(rng.integers(3, 20)))
    if claim and in_data(td):
        ctype, cpcs = claim
        tc = td + D(hours=float(rng.uniform(1, 60)))
        if tc > END:
            claim = None
        else:
            if ctype == "shortage":
                c["_shorts"].append(tc.date())
            cno = nid("L", 6)
            ch = pick(["portal", "phone", "email", "wechat_work"] if c["preferred_language"] == "zh" else
                      ["portal", "phone", "email"])
            ev(c, tc, "tp_claim", "lodged", channel=ch, claim_no=cno, claim_type=ctype, 索赔类型=CLAIM[ctype],
               claimed_pcs=cpcs, delivery_date=str(td.date()))
            days = int(rng.integers(1, 6)) if ctype in ("shortage", "wrong_items") else int(rng.integers(3, 13))
            tr = at((tc + D(days=days)).date(), 9, 18)
            p = {"shortage": [0.72, 0.14, 0.14], "wrong_items": [0.8, 0.1, 0.1], "stain": [0.5, 0.15, 0.35],
                 "damage": [0.35, 0.2, 0.45]}[ctype]
            outcome = pick(["credited", "partial_credit", "rejected"], p)
            credit = round(cpcs * UNIT_USD[biz] * (1 if outcome == "credited" else 0.5 if outcome == "partial_credit"
                                                     else 0), 2)
            r = ev(c, tr, "tp_claim_resolved", outcome, channel="email", claim_no=cno, claim_type=ctype,
                   索赔类型=CLAIM[ctype], credit_usd=credit, days_to_resolve=(tr.date() - tc.date()).days)
            if r is not None and credit > 0:
                order(c, tr, "credit_note", -credit, claim_no=cno, claim_type=ctype)
            if r is not None and rng.random() < 0.5:
                rating = int(np.clip(round({"credited": 4.2, "partial_credit": 3.0, "rejected": 1.7}[outcome]
                                           + rng.normal(0, 0.8)), 1, 5))
                topic = {"shortage": "shortage", "stain": "stain", "damage": "torn", "wrong_items": "wrong_items"}[ctype]
                if rng.random() < 0.3:
                    topic = "pos" if rating >= 4 else "neg" if rating <= 2 else "neu"
                fb(c, tr + D(hours=float(rng.uniform(2, 72))), topic, "claim_csat", tp="tp_claim", rating=rating)
    # other comments triggered by this cycle
    ch_free = ["call_note", "email", "wechat_work"] if lang == "zh" else ["call_note", "email"]
    if short and rng.random() < 0.08:
        fb(c, td + D(hours=float(rng.uniform(1, 30))), "shortage", pick(ch_free), tp="tp_delivery")
    if late and not short and rng.random() < 0.07:
        fb(c, td + D(hours=float(rng.uniform(0.5, 10))), "late", pick(ch_free), tp="tp_delivery")
    if rew and rng.random() < (0.14 if c["city"] == "Suzhou" and tw.year == 2025 and tw.month == 8 else 0.02):
        fb(c, td + D(hours=float(rng.uniform(1, 48))), "stain", pick(ch_free),
           tp=pick(["tp_delivery", "tp_wash_qc"], [0.7, 0.3]))
    if rej >= 3 and rng.random() < 0.02:
        fb(c, td + D(hours=float(rng.uniform(1, 48))), "torn", pick(ch_free), tp="tp_delivery")
    damp_season = td.month in (2, 3, 4)
    p_damp = (0.05 if c["city"] == "Xiamen" else 0.008 if c["city"] == "Shenzhen" else 0.0) if damp_season else 0.0
    if rng.random() < p_damp + 0.0004:
        fb(c, td + D(hours=float(rng.uniform(0.5, 8))), "damp", pick(ch_free), tp="tp_delivery")
    p_size = {"clinic": 0.006, "restaurant": 0.0015, "hotel": 0.0002}[biz]
    if rng.random() < p_size:
        fb(c, td + D(hours=float(rng.uniform(1, 30))), "sizing", pick(ch_free), tp="tp_delivery")
    if action == "complete" and rng.random() < 0.0035:
        fb(c, td + D(hours=float(rng.uniform(0.5, 30))), "driver_praise", pick(ch_free),
           tp=pick(["tp_delivery", "tp_pickup"], [0.75, 0.25]))
    if action == "complete" and rng.random() < 0.001:
        fb(c, td + D(hours=float(rng.uniform(0.5, 30))), "wrong_items", pick(ch_free), tp="tp_delivery")


def invoices(c, month_stats):
    biz = c["business_type"]
    zh = CITIES[c["city"]][1] == "zh"
    if zh:
        method = pick(["bank_transfer", "alipay", "wechat_pay", "cheque"], [0.7, 0.1, 0.12, 0.08])
    elif c["city"] == "Vancouver":
        method = pick(["direct_debit", "bank_transfer", "card", "cheque"], [0.25, 0.35, 0.15, 0.25])
    else:
        method = pick(["direct_debit", "bank_transfer", "card", "cheque"], [0.32, 0.4, 0.18, 0.1])
    for (y, m), st in sorted(month_stats.items()):
        issue = datetime(y, m, 1) + D(days=int((month_add(date(y, m, 1), 1) - date(y, m, 1)).days), hours=9)
        issue += D(minutes=int(rng.integers(0, 120)))
        if issue > END:
            continue
        exp = c["_kg"] * PCS_PER_KG[biz] * (4.33 if c["_freq"] == "weekly" else 8.66)
        usage = np.clip(st["pcs"] / exp, 0.6, 1.6)
        amount = round(c["_fee"] * (0.65 + 0.35 * usage) * rng.lognormal(0, 0.02), 2)
        lost = int(rng.binomial(st["pcs"], LOSS_RATE[biz] * rng.lognormal(0, 0.3)))
        allowance = int(st["pcs"] * 0.009)
        repl_pcs = max(0, lost - allowance)
        repl = round(repl_pcs * UNIT_USD[biz], 2)
        ino = nid("I", 7)
        p_late = PAY_LATE[method] + (0.25 if biz == "clinic" else 0.03 if biz == "restaurant" else 0.0)
        bad = rng.random() < 0.012
        if rng.random() < p_late:
            days = int(rng.integers(31, 95))
        else:
            days = int(rng.integers(1, 31)) if method != "direct_debit" else int(rng.integers(3, 8))
        paid_at = issue + D(days=days)
        if bad or paid_at > EXTRACT:
            action, status, dtp = "overdue", "unpaid", None
        else:
            action, status, dtp = ("paid_late" if days > 30 else "paid"), "paid", days
        ev(c, issue, "tp_invoice", action, channel="email", invoice_no=ino, billing_month=f"{y}-{m:02d}",
           amount_usd=amount, replacement_pcs=repl_pcs, replacement_usd=repl, payment_method=method,
           付款方式=PAY[method], payment_terms_days=30, days_to_pay=dtp)
        order(c, issue, "monthly_invoice", amount, status=status, invoice_no=ino, billing_month=f"{y}-{m:02d}",
              payment_method=method)
        if repl > 0:
            order(c, issue, "replacement_charge", repl, status=status, invoice_no=ino, billing_month=f"{y}-{m:02d}",
                  payment_method=method, lost_pcs=repl_pcs)
            if rng.random() < 0.1 + min(repl / 800, 0.15):
                tp = "tp_invoice" if rng.random() < 0.86 else "tp_claim"
                fb(c, issue + D(hours=float(rng.uniform(2, 200))), "replacement",
                   pick(["email", "call_note", "wechat_work"] if c["preferred_language"] == "zh" else
                        ["email", "call_note"]), tp=tp)
        if rng.random() < 0.012:
            fb(c, issue + D(hours=float(rng.uniform(2, 300))), "reconcile", "email", tp="tp_invoice")
        if biz == "clinic" and m in (1, 4, 7, 10) and rng.random() < 0.22:
            fb(c, issue + D(days=int(rng.integers(1, 20))), "hygiene", "email", tp="tp_wash_qc")


def legacy_customers():
    out = []
    for _ in range(N_LEGACY):
        city = CITY_NAMES[int(rng.choice(len(CITY_NAMES), p=CITY_W))]
        biz = pick(list(BIZ), BIZ_W)
        start = date(2021, 1, 1) + D(days=int(rng.integers(0, 1450)))
        c = new_customer(city, biz, at(start - D(days=int(rng.integers(20, 90))), 9, 17),
                         pick(["field_sales", "referral", "hotel_group_deal", "website"], [0.45, 0.25, 0.15, 0.15]))
        term = sign(c, None, legacy=True)
        te = month_add(start, term)
        while te < date(2025, 1, 20):
            te = month_add(te, 12)
        c["_fee"] *= 0.93     # older prices
        per_week = 1 if c["_freq"] == "weekly" else 2
        for _k in range(int(rng.poisson(p_short(c) * 26 * per_week))):   # short deliveries in H2 2024
            c["_shortdel"].append(date(2024, 12, 31) - D(days=int(rng.integers(0, 180))))
        out.append((c, te))
    return out


def nps_and_surveys():
    waves = [("2025-06", datetime(2025, 6, 9)), ("2025-12", datetime(2025, 12, 1)), ("2026-05", datetime(2026, 5, 11))]
    active = [c for c in CUSTOMERS if c.get("_active_from")]
    for wave, t0 in waves:
        for c in active:
            if not (c["_active_from"] <= t0.date() <= c["_active_to"]):
                continue
            if rng.random() > 0.38:
                continue
            recent = sum(1 for s in c["_shorts"] if 0 <= (t0.date() - s).days <= 180)
            mu = 8.3 - 0.9 * min(recent, 4)
            if c["city"] == "Suzhou" and wave == "2025-12":
                mu -= 1.2
            score = int(np.clip(round(mu + rng.normal(0, 1.7)), 0, 10))
            r = rng.random()
            if r < 0.4:
                topic, text = "generic", NO_COMMENT[c["preferred_language"]]
            elif score >= 9:
                topic, text = pick(["pos", "driver_praise"], [0.85, 0.15]), None
            elif score <= 6:
                topic = pick(["shortage", "neg", "price", "late", "stain"], [0.35, 0.3, 0.15, 0.1, 0.1]) if recent \
                    else pick(["neg", "price", "late", "reconcile"], [0.45, 0.25, 0.15, 0.15])
                text = None
            else:
                topic, text = "neu", None
            fb(c, at((t0 + D(days=int(rng.integers(0, 14)))).date(), 8, 22), topic, "nps_survey", nps=score,
               text=text, survey_wave=wave)
    # quarterly linen-room survey (1-5) to housekeeping / kitchen / nurse managers
    q = date(2025, 3, 20)
    while q <= date(2026, 5, 31):
        for c in active:
            if not (c["_active_from"] <= q <= c["_active_to"]) or rng.random() > 0.18:
                continue
            recent = sum(1 for s in c["_shorts"] if 0 <= (q - s).days <= 90)
            mu = 4.1 - 0.6 * min(recent, 3)
            rating = int(np.clip(round(mu + rng.normal(0, 0.8)), 1, 5))
            topic = "pos" if rating >= 4 else "neu" if rating == 3 else pick(["neg", "shortage", "late"], [0.5, 0.3, 0.2])
            if recent == 0 and topic == "shortage":
                topic = "neg"
            fb(c, at(q + D(days=int(rng.integers(0, 10))), 8, 20), topic, "quarterly_survey", rating=rating,
               tp=None if topic in ("pos", "neu", "neg") else "tp_delivery")
        q = month_add(q, 3)
    # undated: paper account-review forms typed in later, WeChat Work group exports
    for _ in range(130):
        c = active[int(rng.integers(0, len(active)))]
        topic = pick(["pos", "neu", "neg", "shortage", "replacement", "stain", "driver_praise"],
                     [0.3, 0.2, 0.12, 0.12, 0.12, 0.07, 0.07])
        rating = {"pos": 5, "driver_praise": 5, "neu": 3}.get(topic, int(pick([1, 2, 3], [0.3, 0.5, 0.2])))
        tp = {"shortage": "tp_delivery", "replacement": "tp_invoice", "stain": "tp_delivery",
              "driver_praise": "tp_delivery"}.get(topic)
        fb(c, None, topic, "account_review", tp=tp, rating=rating)
    zh_active = [c for c in active if c["preferred_language"] == "zh"]
    for _ in range(55):
        c = zh_active[int(rng.integers(0, len(zh_active)))]
        topic = pick(["neu", "shortage", "late", "damp", "pos", "missed_pickup"], [0.3, 0.2, 0.15, 0.1, 0.15, 0.1])
        tp = {"shortage": "tp_delivery", "late": "tp_delivery", "damp": "tp_delivery", "missed_pickup": "tp_pickup"}.get(topic)
        fb(c, None, topic, "wechat_group", tp=tp)


def main_sim():
    signed = acquisition()
    for c, te in legacy_customers():
        first = datetime(2025, 1, 1) + D(days=int(rng.integers(0, 7)), hours=6)
        c["_active_from"] = date(2025, 1, 1)
        c["segment"] = "active"
        service_life(c, first, te, legacy=True)
        c["_active_to"] = END.date() if c["segment"] != "churned" else date(2026, 1, 1)
    for c, ts in sorted(signed, key=lambda x: x[1]):
        if ts > END:
            continue
        first = sign(c, ts)
        if first is None:
            continue
        if first > END:
            continue
        c["_active_from"] = first.date()
        term_end = month_add(ts.date(), c["_term"])
        service_life(c, first, term_end, legacy=False)
        c["_active_to"] = END.date()
    # last service date for churned customers
    last = {}
    for e in EVENTS:
        if e["touchpoint_id"] == "tp_churn":
            last[e["customer_id"]] = datetime.strptime(e["ts"], "%Y-%m-%d %H:%M:%S").date()
    for c in CUSTOMERS:
        if c["customer_id"] in last:
            c["_active_to"] = last[c["customer_id"]]
    nps_and_surveys()
    for c in CUSTOMERS:
        if c["segment"] in ("active", "churned", "notice_given", "onboarding"):
            c["monthly_fee_usd"] = round(c["_fee"], 2)
        if c["segment"] in ("prospect", "lost_prospect"):
            c["tier"] = ""


def write(path: Path, rows: list[dict], cols=None) -> None:
    if cols is None:
        cols = []
        seen = set()
        for r in rows:
            for k in r:
                if k not in seen and not k.startswith("_"):
                    seen.add(k)
                    cols.append(k)
    idx = {k: i for i, k in enumerate(cols)}
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for r in rows:
            row = [""] * len(cols)
            for k, v in r.items():
                if k in idx and v is not None:
                    row[idx[k]] = v
            w.writerow(row)


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    _check_markers()
    main_sim()
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write(out / "touchpoints.csv", tps)
    jr = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jr)
    write(out / "customers.csv", CUSTOMERS)
    EVENTS.sort(key=lambda r: (r["ts"], r["event_id"]))
    base = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device", "session_id", "city"]
    extra = []
    for r in EVENTS:
        for k in r:
            if k not in base and k not in extra:
                extra.append(k)
    write(out / "events.csv", EVENTS, base + extra)
    ORDERS.sort(key=lambda r: (r["ts"], r["order_id"]))
    write(out / "orders.csv", ORDERS)
    FEEDBACK.sort(key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", FEEDBACK)
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", TRUTH)
    print(f"customers {len(CUSTOMERS)}, events {len(EVENTS)}, orders {len(ORDERS)}, feedback {len(FEEDBACK)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
