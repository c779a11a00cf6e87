"""炉安 HearthGuard Kitchen Services: planned and reactive maintenance of commercial kitchen equipment (combi ovens,
fryers, dishwashers, refrigeration, ice machines, ranges and wok burners, extraction, steamers) for restaurants,
hotels and canteens in London, Melbourne, Toronto, Singapore, 上海 Shanghai, 广州 Guangzhou, 成都 Chengdu and
武汉 Wuhan (synthetic, written blind).

Prospects come from outbound sales calls (销售电话) or from equipment distributors who pass on the kitchens they sold
to (经销商线索: partner portal, email, WeChat, trade-show badge scans). An engineer audits the kitchen's equipment
(现场设备评估), sales sends a service-plan quote (维保方案报价: essential 基础保养 / standard 标准维保 / total care
全包维保, sometimes revised), the customer signs (签订维保合同, 12 or 24 months, a yearly fee billed quarterly or
yearly). Then: planned preventive maintenance visits (定期保养), breakdown reports (故障报修: P1 4 h / P2 24 h / P3
72 h response), engineer attendance (工程师上门: fixed first time, parts needed, or a follow-up visit needed), parts
orders (配件订购: from stock or backordered), repair completion (维修完工), a post-repair check call (修后回访:
confirmed / repeat fault / no answer), compliance certificates (合规证书: gas safety, fire suppression, duct cleaning),
invoices (账单发票: plan fees, callout fees, chargeable parts) and renewals (合同续约).

Data 2024-07-01 .. 2026-04-30 (CRM + field-service + ERP extract taken 2026-05-05). Times are naive local times of
each city. Money (orders.amount) is CNY, the group's reporting currency (HQ Shanghai); currency + amount_local keep
what was charged.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic of each comment; not a DATA.md table).
Deterministic (seed 20261105), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261105
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 4, 30, 23, 59, 59)
EXTRACT = datetime(2026, 5, 5, 9, 0, 0)
N_LEGACY = 560
CALLS_PER_MONTH = 170
LEADS_PER_MONTH = 66

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_sales_call", "销售电话", "Sales call", "awareness", "phone", "digital", "inside_sales",
     "电销|外呼|陌拜电话|销售外呼|cold call|outbound call|telesales|prospecting call"),
    ("tp_distributor_lead", "经销商线索", "Distributor lead", "awareness", "other", "digital", "channel_partners",
     "渠道线索|经销商转介|代理商推荐|展会线索|partner lead|dealer referral|distributor referral|trade show lead"),
    ("tp_site_audit", "现场设备评估", "Site audit", "consideration", "other", "physical", "field_engineering",
     "上门评估|设备盘点|勘查|厨房评估|site survey|kitchen audit|equipment audit|asset survey"),
    ("tp_plan_quote", "维保方案报价", "Service plan quote", "consideration", "email", "digital", "sales",
     "报价|方案|报价单|维保方案|quote|proposal|quotation|plan proposal"),
    ("tp_contract", "签订维保合同", "Contract signed", "purchase", "other", "physical", "sales",
     "签约|合同|维保合同|新签|contract|signing|service agreement|new contract"),
    ("tp_ppm_visit", "定期保养", "Planned maintenance visit", "service", "other", "physical", "field_service",
     "保养|巡检|例行保养|预防性维护|PPM|preventive maintenance|service visit|planned maintenance"),
    ("tp_breakdown_call", "故障报修", "Breakdown report", "service", "phone", "digital", "service_desk",
     "报修|报障|故障电话|急修|breakdown|callout request|fault report|reactive call|service ticket"),
    ("tp_engineer_visit", "工程师上门", "Engineer attendance", "service", "other", "physical", "field_service",
     "上门维修|到场|出工|首次上门|engineer visit|attendance|site attendance|callout|first visit"),
    ("tp_parts_order", "配件订购", "Parts order", "service", "other", "digital", "parts_logistics",
     "订配件|备件|缺件|配件|parts|spares|backorder|parts request"),
    ("tp_repair_complete", "维修完工", "Repair completed", "service", "other", "physical", "field_service",
     "完工|修好|关单|维修完成|job closed|repair done|job completion|fixed"),
    ("tp_fix_check", "修后回访", "Post-repair check", "service", "phone", "digital", "service_desk",
     "回访|复查|质量回访|首修回访|first-time-fix check|follow-up call|recall check|callback"),
    ("tp_compliance_cert", "合规证书", "Compliance certificate", "service", "email", "digital", "compliance",
     "证书|安全检测证书|燃气检测|消防检测|烟道清洗证明|gas safety cert|compliance cert|inspection certificate"),
    ("tp_invoice", "账单发票", "Invoice", "service", "email", "digital", "finance",
     "账单|发票|付款|催款|对账|invoice|bill|payment|statement|dunning"),
    ("tp_renewal", "合同续约", "Contract renewal", "loyalty", "other", "physical", "account_management",
     "续约|续签|到期续费|不续约|renewal|contract renewal|re-sign|non-renewal"),
]

JOURNEYS = [  # id, zh, en, window, steps
    ("call_to_contract", "电销签约", "Sales call to contract", 60,
     ["tp_sales_call", "tp_site_audit", "tp_plan_quote", "tp_contract"]),
    ("distributor_to_contract", "经销商线索签约", "Distributor lead to contract", 60,
     ["tp_distributor_lead", "tp_site_audit", "tp_plan_quote", "tp_contract"]),
    ("breakdown_to_fix", "报修到修复", "Breakdown to repair", 14,
     ["tp_breakdown_call", "tp_engineer_visit", "tp_repair_complete"]),
]

# name: zh, lang, currency, CNY per local unit, region, region_zh, weight, price factor, school-holiday months
CITIES = {
    "London": ("伦敦", "en", "GBP", 9.2, "UK", "英国", 0.15, 1.7, {8}),
    "Melbourne": ("墨尔本", "en", "AUD", 4.7, "ANZ", "澳新", 0.11, 1.5, {1}),
    "Toronto": ("多伦多", "en", "CAD", 5.2, "North America", "北美", 0.11, 1.5, {7, 8}),
    "Singapore": ("新加坡", "en", "SGD", 5.4, "Southeast Asia", "东南亚", 0.10, 1.3, {6, 12}),
    "Shanghai": ("上海", "zh", "CNY", 1.0, "East China", "华东", 0.18, 1.0, {2, 7, 8}),
    "Guangzhou": ("广州", "zh", "CNY", 1.0, "South China", "华南", 0.14, 0.9, {2, 7, 8}),
    "Chengdu": ("成都", "zh", "CNY", 1.0, "Southwest China", "西南", 0.11, 0.8, {2, 7, 8}),
    "Wuhan": ("武汉", "zh", "CNY", 1.0, "Central China", "华中", 0.10, 0.8, {2, 7, 8}),
}
CITY_NAMES = list(CITIES)
CITY_W = np.array([CITIES[c][6] for c in CITY_NAMES])
CITY_W = CITY_W / CITY_W.sum()
SUBCONTRACT_CITIES = {"Wuhan", "Singapore"}

BIZ = {"restaurant": "餐厅", "hotel": "酒店", "canteen": "食堂"}
BIZ_W = [0.52, 0.22, 0.26]
CANTEEN = {"school": "学校食堂", "hospital": "医院食堂", "corporate": "企业食堂"}
FUEL = {"gas": "燃气", "electric": "电", "mixed": "混合"}
TIERS = {"essential": "基础保养", "standard": "标准维保", "total_care": "全包维保"}
TIER_RATE = {"essential": 520.0, "standard": 980.0, "total_care": 1900.0}  # CNY per asset per year
PPM_PER_YEAR = {"essential": 2, "standard": 4, "total_care": 4}
PAY = {"direct_debit": "自动扣款", "bank_transfer": "银行转账", "card": "信用卡", "purchase_order": "采购单付款",
       "wechat_pay": "微信支付", "alipay": "支付宝"}
EQUIP = {"combi_oven": "万能蒸烤箱", "fryer": "炸炉", "dishwasher": "洗碗机", "refrigeration": "冷库冷柜",
         "ice_machine": "制冰机", "cooking_range": "炉灶", "extraction": "排烟系统", "steamer": "蒸柜"}
EQUIP_EN_TXT = {"combi_oven": "combi oven", "fryer": "fryer", "dishwasher": "dishwasher",
                "refrigeration": "walk-in cooler", "ice_machine": "ice machine", "cooking_range": "range",
                "extraction": "extraction fan", "steamer": "steamer"}
EQ_W_EN = [0.16, 0.13, 0.25, 0.20, 0.09, 0.09, 0.06, 0.02]
EQ_W_ZH = [0.10, 0.06, 0.22, 0.20, 0.05, 0.20, 0.08, 0.09]
FTF = {"combi_oven": 0.42, "fryer": 0.76, "dishwasher": 0.70, "refrigeration": 0.58, "ice_machine": 0.64,
       "cooking_range": 0.80, "extraction": 0.70, "steamer": 0.74}
P1_SHARE = {"combi_oven": 0.35, "fryer": 0.30, "dishwasher": 0.35, "refrigeration": 0.45, "ice_machine": 0.10,
            "cooking_range": 0.40, "extraction": 0.30, "steamer": 0.20}
PARTS = {  # part, low, high CNY, on the van?
    "combi_oven": [("control_board", 6000, 12000, False), ("steam_generator", 4000, 8000, False),
                   ("fan_motor", 1800, 3500, False), ("door_seal", 300, 700, True), ("core_probe", 500, 1200, True)],
    "fryer": [("thermostat", 400, 900, True), ("heating_element", 900, 2000, False), ("gas_valve", 1200, 2600, False)],
    "dishwasher": [("wash_pump", 1500, 3200, False), ("rinse_heater", 800, 1800, False),
                   ("door_spring", 150, 400, True), ("detergent_pump", 600, 1200, True)],
    "refrigeration": [("compressor", 3000, 7000, False), ("evaporator_fan", 500, 1100, True),
                      ("door_gasket", 250, 600, True), ("thermostat", 400, 900, True)],
    "ice_machine": [("water_pump", 500, 1100, True), ("evaporator", 2500, 5000, False),
                    ("water_valve", 300, 700, True)],
    "cooking_range": [("burner", 300, 800, True), ("gas_valve", 1200, 2600, False), ("igniter", 150, 400, True),
                      ("blower_fan", 800, 1600, False)],
    "extraction": [("fan_motor", 1800, 3500, False), ("drive_belt", 100, 300, True)],
    "steamer": [("steam_generator", 4000, 8000, False), ("heating_element", 900, 2000, False),
                ("water_level_sensor", 300, 700, True)],
}
SUPPLIERS = ["OEM direct", "Central parts hub", "Local stockist"]
CERTS = {"gas_safety": "燃气安全检测", "fire_suppression": "灭火系统检测", "duct_cleaning": "烟道清洗证明"}
NOACCESS = {"site_closed": "门店未营业", "school_holiday": "学校放假", "kitchen_in_service": "厨房正在出餐",
            "no_key_holder": "无人开门"}
NONRENEW = {"price": "价格太高", "repeat_faults": "反复故障", "slow_response": "响应太慢",
            "switched_provider": "换了别家", "business_closed": "停业/关店", "in_house": "自建工程部"}
ORDER_ZH = {"plan_fee": "维保套餐费", "callout_fee": "上门费", "parts": "配件费"}
CHAINS_EN = ["Harbour Kitchen Group", "Pinewood Hotels", "Copper Pot Dining", "Northgate Catering"]
CHAINS_ZH = ["蜀香汇", "粤味轩餐饮", "锦江后勤", "禾丰团餐"]

REPS_EN = ["Amelia Clarke", "Ben Howard", "Priya Nair", "Lucas Martin", "Hannah Wood", "Daniel Tan"]
REPS_ZH = ["陈思", "王博", "刘倩", "赵磊", "孙悦", "周航"]
ENG = {
    "London": ["Gary Holt", "Tom Reid", "Kwame Osei", "Stuart Bell", "Marek Nowak"],
    "Melbourne": ["Jason Pike", "Luke Barrett", "Andy Nguyen", "Ravi Kumar"],
    "Toronto": ["Mike Leblanc", "Sanjay Patel", "Chris Doyle", "Evan Brooks"],
    "Singapore": ["Ahmad Yusof", "Lim Wei Jie", "Ravi Menon", "Tan Kok Leong"],
    "Shanghai": ["王工", "李工", "张工", "徐工", "陆工"],
    "Guangzhou": ["陈工", "黄工", "梁工", "何工"],
    "Chengdu": ["杨工", "罗工", "邓工", "蒋工"],
    "Wuhan": ["胡工", "熊工", "万工", "程工"],
}
DISTRIBUTORS = {"en": ["Caterline Supplies", "ProKitchen Distribution", "Westbrook Catering Equipment",
                       "Apex Foodservice"],
                "zh": ["华厨商用设备", "粤厨设备", "蓉城厨具", "楚天厨房设备"]}
CONTACT_ROLES = ["owner", "head_chef", "fnb_manager", "facilities_manager", "procurement"]

# ---------------------------------------------------------------- feedback text (markers in README / gold.py)
FB = {
    "waiting_parts": {
        "zh": ["{eqz}坏了快两周了，还在等配件", "一直在等配件，厨房只能少开一个灶口", "等配件等了{n}天，没人告诉我们到货时间",
               "冷库压缩机等配件，食材只能先搬到别的冰柜", "还在等配件吗？每天都来问一遍"],
        "en": ["Still waiting for parts on the {eq}, nearly two weeks now",
               "We've been waiting for parts for {n} days and nobody can give us a date",
               "Dishwasher down, waiting for parts, staff washing by hand",
               "Walk-in still waiting for parts - we're renting a fridge trailer",
               "How long are we supposed to keep waiting for parts?"],
    },
    "no_part": {
        "zh": ["工程师来了说没带配件，白跑一趟", "师傅上门没带配件，又要再约一次", "这么常用的密封条都没带配件，还得等下次",
               "来了两个小时，最后说没带配件", "报修时说清楚了型号，结果还是没带配件"],
        "en": ["Engineer came without the part, so it was a wasted visit",
               "He turned up without the part - a door seal, surely that's on the van?",
               "Second time an engineer arrives without the part we described on the phone",
               "Came without the part and charged us the callout anyway",
               "We gave the model number and he still came without the part"],
    },
    "engineer_late": {
        "zh": ["报修说四小时到，工程师迟到了三个多小时", "午市高峰炉灶坏了，师傅迟到，损失不小", "又迟到了，说好上午来下午才到",
               "紧急报修还迟到，根本不算紧急"],
        "en": ["Emergency call and the engineer turned up late, after lunch service was over",
               "Engineer turned up late again - the 4 hour promise means nothing",
               "Turned up late in the snow, I get it, but we lost a whole dinner service",
               "P1 call, engineer turned up late by three hours"],
    },
    "callout_fee": {
        "zh": ["为什么这次又收了上门费？以为合同里包含", "上门费太高，师傅十分钟就修好了", "账单上有两笔上门费，实际只来了一次",
               "上门费没有事先说明，请解释一下"],
        "en": ["Why are we being billed a callout fee? We thought callouts were covered",
               "The callout fee is more than the repair itself",
               "Two callout fee lines on one invoice for a single visit",
               "Disputing the out-of-hours callout fee - the call was logged at 5.30pm"],
    },
    "certificate": {
        "zh": ["燃气检测证书到现在还没发，下周消防要来检查", "证书过期了还没续，卫生监督来查怎么办", "请尽快补发今年的证书，物业在催",
               "证书上的设备清单不对，需要重出"],
        "en": ["Still no gas safety certificate and our inspection is next week",
               "Our certificate expired last month - please chase",
               "The fire suppression certificate hasn't arrived, the insurer is asking",
               "Certificate lists the wrong equipment, please reissue"],
    },
    "repeat_fault": {
        "zh": ["上周刚修好的{eqz}又坏了", "修完不到一周又坏了，同一个问题", "是不是根本没修好？又坏了",
               "同一台设备一个月里又坏了两次"],
        "en": ["The {eq} you fixed last week broke down again", "It broke down again, same fault as before",
               "Broke down again three days after the repair", "Same unit broke down again, please send someone who knows it"],
    },
    "praise": {
        "zh": ["师傅很专业，半小时就修好了，点赞", "给{eng}点赞，周末还赶过来", "保养做得很细致，点赞", "点赞！晚市前修好了"],
        "en": ["Great job by {eng}, fixed it before dinner service", "Engineer did a great job and explained everything to the chef",
               "Quick response and a great job, thank you", "Great job on the PPM, very thorough"],
    },
    "mess": {
        "zh": ["修完地上全是油污，也没清理", "保养完灶台边一片油污，厨师很不满", "师傅走后留下油污和旧零件"],
        "en": ["Engineer left a mess behind the fryers", "PPM done but they left a mess - grease all over the floor",
               "Left a mess and the old parts on our prep bench"],
    },
    "holiday": {
        "zh": ["学校放假了还安排保养，食堂没人开门", "放假期间来保养，白跑一趟，请按校历排期", "提前说过放假不要这时候来"],
        "en": ["You booked the PPM during the school holidays, the canteen was locked",
               "Please schedule around the school holidays, nobody is on site",
               "Visit during the holidays again - check the term calendar"],
    },
    "price_rise": {
        "zh": ["续约涨价{n}%，有点接受不了", "每年都涨价，服务没见变好", "涨价可以，但响应速度要提上来"],
        "en": ["A {n}% price rise at renewal is steep", "Another price rise and the response times haven't improved",
               "We'll accept the price rise if first-time fixes get better"],
    },
    "too_expensive": {
        "zh": ["方案太贵了，比现在的维修师傅包年贵一倍", "报价太贵，老板没批", "全包方案太贵，我们只需要基础保养"],
        "en": ["The plan was too expensive for a single-site restaurant", "Too expensive compared with our local repair guy",
               "Total care looked good but too expensive for us"],
    },
    "hotline": {
        "zh": ["报修电话打不通，打了半小时", "晚上报修电话打不通，只能发微信", "周末电话打不通，差点耽误营业"],
        "en": ["Couldn't get through on the hotline for 40 minutes", "Tried the breakdown line at 10pm and couldn't get through",
               "Couldn't get through so we logged it by email"],
    },
    "pos": {
        "zh": ["整体服务不错，响应快", "合作挺顺的，继续", "保养报告很清楚", "客户经理很负责", "设备状态比以前好多了"],
        "en": ["Overall happy with the service", "Good service, reports are clear", "Account manager is very responsive",
               "Equipment has been much more reliable since we signed", "No issues this quarter"],
    },
    "neu": {
        "zh": ["下个月厨房改造，保养时间需要调整", "请把账单发到新的财务邮箱", "想增加两台设备到合同里", "新开了一家分店，想了解方案",
               "还行，一般"],
        "en": ["We're refitting the kitchen next month, please move the PPM", "Please send invoices to our new AP address",
               "We'd like to add two new units to the contract", "Opening a second site, can we talk about a plan?",
               "It's fine"],
    },
    "neg": {
        "zh": ["服务越来越差，在考虑换一家", "问题反映多次没改善", "整体不太满意", "沟通太慢"],
        "en": ["Service has slipped, we're looking at alternatives", "Raised the same issue several times",
               "Not impressed overall", "Communication is slow"],
    },
}
NO_COMMENT = {"zh": "（未填写评论）", "en": "(no comment)"}
MARKERS = {"waiting_parts": ["等配件", "waiting for parts"], "no_part": ["没带配件", "without the part"],
           "engineer_late": ["迟到", "turned up late"], "callout_fee": ["上门费", "callout fee"],
           "certificate": ["证书", "certificate"], "repeat_fault": ["又坏了", "broke down again"],
           "praise": ["点赞", "great job"], "mess": ["油污", "left a mess"], "holiday": ["放假", "holidays"],
           "price_rise": ["涨价", "price rise"], "too_expensive": ["太贵", "too expensive"],
           "hotline": ["电话打不通", "couldn't get through"]}


def _check_markers():
    for topic, langs in FB.items():
        for lang, texts in langs.items():
            for t in texts + [NO_COMMENT[lang]]:
                hits = [k for k, ws in MARKERS.items() if any(w.lower() in t.lower() for w in ws)]
                want = [topic] if topic in MARKERS and t != NO_COMMENT[lang] else []
                assert hits == want, (topic, t, hits)


# ---------------------------------------------------------------- state
EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
TRUTH: list[dict] = []
CUSTOMERS: list[dict] = []
_ids = {"E": 0, "O": 0, "F": 0, "K": 0, "T": 0, "Q": 0, "H": 0, "I": 0, "C": 0, "G": 0}


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


def workday(t: datetime) -> datetime:
    while t.weekday() >= 5:
        t += D(days=1)
    return t


def in_data(ts):
    return START <= ts <= END


def month_add(d: date, months: int) -> date:
    m = d.month - 1 + months
    y = d.year + m // 12
    m = m % 12 + 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return date(y, m, min(d.day, last))


def ev(c, ts, tp, action, **kw):
    if not in_data(ts):
        return None
    row = dict(event_id=nid("E", 7), customer_id=c["customer_id"], ts=tfmt(ts), touchpoint_id=tp, action=action,
               city=c["city"])
    row.update({k: v for k, v in kw.items() if v is not None})
    EVENTS.append(row)
    return row


def say(topic, lang, eq=None, eng=None):
    t = pick(FB[topic][lang])
    eq = eq or "dishwasher"
    return t.format(n=int(rng.integers(3, 25)), eq=EQUIP_EN_TXT[eq], eqz=EQUIP[eq],
                    eng=eng or ("师傅" if lang == "zh" else "the engineer"))


def fb(c, ts, topic, channel, tp=None, rating=None, nps=None, text=None, eq=None, eng=None, **kw):
    if ts is not None and not in_data(ts):
        return None
    lang = c["preferred_language"]
    if channel == "email" and lang == "zh" and rng.random() < 0.6:
        channel = "wechat"
    if text is None:
        text = say(topic, lang, eq, eng)
    fid = nid("F", 6)
    row = dict(feedback_id=fid, ts=tfmt(ts) if ts is not None else "", customer_id=c["customer_id"],
               touchpoint_id=tp or "", channel=channel, rating=rating if rating is not None else "",
               nps=nps if nps is not None else "", text=text, language=lang, city=c["city"])
    row.update(kw)
    FEEDBACK.append(row)
    TRUTH.append(dict(feedback_id=fid, topic=topic if (topic in MARKERS and text not in NO_COMMENT.values())
                      else "generic"))
    return row


# ---------------------------------------------------------------- customers
def new_customer(city, biz, signup, acq):
    cz = CITIES[city]
    lang = cz[1]
    if lang == "en" and biz == "restaurant" and city != "Toronto" and rng.random() < 0.15:
        lang = "zh"        # Chinese-run restaurants in London / Melbourne / Singapore write in Chinese
    if lang == "zh" and biz == "hotel" and rng.random() < 0.15:
        lang = "en"        # international hotel chains in China
    canteen = pick(list(CANTEEN), [0.4, 0.25, 0.35]) if biz == "canteen" else ""
    if biz == "hotel":
        n_assets = int(np.clip(rng.lognormal(3.5, 0.35), 18, 90))
    elif biz == "restaurant":
        n_assets = int(np.clip(rng.lognormal(2.55, 0.35), 6, 30))
    else:
        n_assets = int(np.clip(rng.lognormal(3.1, 0.35), 10, 55))
    fuel = pick(list(FUEL), [0.82, 0.04, 0.14] if cz[1] == "zh" else [0.45, 0.25, 0.30])
    if cz[1] == "zh":
        pay = pick(["bank_transfer", "wechat_pay", "alipay", "purchase_order"], [0.45, 0.2, 0.15, 0.2])
    else:
        pay = pick(["direct_debit", "bank_transfer", "card", "purchase_order"], [0.35, 0.35, 0.1, 0.2])
    if biz == "canteen" and canteen in ("school", "hospital") and rng.random() < 0.7:
        pay = "purchase_order"
    chain = "independent"
    if rng.random() < 0.22:
        chain = pick(CHAINS_ZH if cz[1] == "zh" else CHAINS_EN)
    c = dict(customer_id=nid("K", 5), signup_at=tfmt(signup), segment="prospect", region=cz[4], 区域=cz[5],
             city=city, 城市=cz[0], acquisition_channel=acq, tier="", 套餐="", business_type=biz, 业态=BIZ[biz],
             canteen_type=canteen, 食堂类型=CANTEEN.get(canteen, ""), chain=chain, equipment_count=n_assets,
             kitchen_fuel=fuel, 燃料=FUEL[fuel], preferred_language=lang, account_manager="",
             payment_method=pay, 付款方式=PAY[pay], contract_start="", annual_fee_cny="")
    c["_rep"] = pick(REPS_ZH if cz[1] == "zh" else REPS_EN)
    CUSTOMERS.append(c)
    return c


def choose_tier(c):
    if c["business_type"] == "hotel":
        return pick(list(TIERS), [0.15, 0.45, 0.40])
    if c["business_type"] == "canteen":
        return pick(list(TIERS), [0.30, 0.50, 0.20])
    return pick(list(TIERS), [0.45, 0.42, 0.13])


def plan_fee(c, tier):
    return round(TIER_RATE[tier] * c["equipment_count"] * CITIES[c["city"]][7] * rng.lognormal(0, 0.08), -1)


# ---------------------------------------------------------------- acquisition
def audit_quote_contract(c, t0, p_audit, p_sign, lag_audit):
    """audit (maybe rescheduled once), quote (maybe revised), contract. Returns (sign time, tier, fee) or None."""
    if rng.random() >= p_audit:
        return None
    c["segment"] = "lost_prospect"
    t = workday(at((t0 + D(days=int(rng.integers(*lag_audit)))).date(), 8.5, 16.5))
    auditor = pick(ENG[c["city"]])
    if rng.random() < 0.12:
        ev(c, t, "tp_site_audit", "rescheduled", channel="field", auditor=auditor,
           reschedule_reason=pick(["chef_unavailable", "kitchen_in_service", "site_closed", "customer_request"]))
        if rng.random() > 0.75:
            return None
        t = workday(at((t + D(days=int(rng.integers(4, 12)))).date(), 8.5, 16.5))
    gas = int(c["equipment_count"] * (0.55 if c["kitchen_fuel"] == "gas" else 0.3 if c["kitchen_fuel"] == "mixed"
                                      else 0.0))
    ev(c, t, "tp_site_audit", "completed", channel="field", auditor=auditor, assets_logged=c["equipment_count"],
       gas_appliances=gas, condition_score=int(pick([1, 2, 3, 4, 5], [0.08, 0.22, 0.4, 0.22, 0.08])),
       audit_hours=round(float(rng.uniform(1.0, 4.0)), 1))
    if rng.random() > 0.87:
        return None
    tier = choose_tier(c)
    fee = plan_fee(c, tier)
    t = workday(at((t + D(days=int(rng.integers(2, 10)))).date(), 9, 18))
    qno = nid("Q", 6)
    ev(c, t, "tp_plan_quote", "sent", channel="email", quote_no=qno, plan_tier=tier, annual_fee_cny=fee,
       quote_version=1, sales_rep=c["_rep"])
    if rng.random() < 0.24:
        t = workday(at((t + D(days=int(rng.integers(4, 14)))).date(), 9, 18))
        if rng.random() < 0.5 and tier != "essential":
            tier = "essential" if tier == "standard" else "standard"
            fee = plan_fee(c, tier)
        else:
            fee = round(fee * 0.92, -1)
        ev(c, t, "tp_plan_quote", "revised", channel="email", quote_no=qno, plan_tier=tier, annual_fee_cny=fee,
           quote_version=2, sales_rep=c["_rep"])
    if rng.random() >= p_sign:
        if rng.random() < 0.33:
            topic = pick(["too_expensive", "neg", "neu"], [0.6, 0.2, 0.2])
            fb(c, at((t + D(days=int(rng.integers(10, 40)))).date(), 9, 20), topic, "lost_deal_survey",
               "tp_plan_quote", rating=int(pick([1, 2, 3], [0.3, 0.45, 0.25])))
        return None
    t = workday(at((t + D(days=int(rng.integers(3, 30)))).date(), 9, 18))
    return t, tier, fee


def prospects():
    months = []
    d = date(2024, 7, 1)
    while d <= END.date():
        months.append(d)
        d = month_add(d, 1)
    signed = []
    for m0 in months:
        ndays = (month_add(m0, 1) - m0).days
        for _ in range(int(rng.poisson(CALLS_PER_MONTH))):
            city = CITY_NAMES[int(rng.choice(len(CITY_NAMES), p=CITY_W))]
            biz = pick(list(BIZ), BIZ_W)
            t = workday(at(m0 + D(days=int(rng.integers(ndays))), 9, 17.5))
            if t > END:
                continue
            c = new_customer(city, biz, t, "outbound_call")
            booked = None
            for k in range(3):
                p = [0.20, 0.25, 0.55] if k == 0 else [0.33, 0.17, 0.50] if k == 1 else [0.25, 0.0, 0.75]
                out = pick(["audit_booked", "call_back", "not_interested"], p)
                ev(c, t, "tp_sales_call", out, channel="phone", sales_rep=c["_rep"],
                   call_minutes=round(float(rng.uniform(1.5, 14.0)), 1), contact_role=pick(CONTACT_ROLES),
                   call_no=k + 1)
                if out == "audit_booked":
                    booked = t
                    break
                if out == "not_interested":
                    break
                t = workday(at((t + D(days=int(rng.integers(3, 12)))).date(), 9, 17.5))
            if booked is not None:
                r = audit_quote_contract(c, booked, 0.92, 0.52, (3, 15))
                if r:
                    signed.append((c, *r))
        for _ in range(int(rng.poisson(LEADS_PER_MONTH))):
            city = CITY_NAMES[int(rng.choice(len(CITY_NAMES), p=CITY_W))]
            biz = pick(list(BIZ), [0.6, 0.2, 0.2])
            lang = CITIES[city][1]
            ch = pick(["partner_portal", "email", "wechat", "trade_show"], [0.45, 0.25, 0.12, 0.18])
            if ch == "wechat" and lang == "en":
                ch = "email"
            t = at(m0 + D(days=int(rng.integers(ndays))), 8, 20)
            if t > END:
                continue
            if ch != "trade_show":
                t = workday(t)
            c = new_customer(city, biz, t, "distributor")
            eq = pick(list(EQUIP), EQ_W_ZH if lang == "zh" else EQ_W_EN)
            ev(c, t, "tp_distributor_lead", "received", channel=ch, distributor=pick(DISTRIBUTORS[lang]),
               lead_equipment=eq, 设备类型=EQUIP[eq], new_install=bool(rng.random() < 0.6))
            p_audit = {"partner_portal": 0.64, "email": 0.55, "wechat": 0.60, "trade_show": 0.12}[ch]
            p_sign = 0.36 if ch == "trade_show" else 0.58
            lag = (12, 35) if ch == "trade_show" else (4, 18)
            r = audit_quote_contract(c, t, p_audit, p_sign, lag)
            if r:
                signed.append((c, *r))
    return signed


# ---------------------------------------------------------------- service life of a site
class Site:
    def __init__(self, c, start: datetime, tier, fee, term, billing, contract_id):
        self.c, self.start, self.tier, self.fee, self.term, self.billing = c, start, tier, fee, term, billing
        self.contract_id = contract_id
        self.repeat = []      # ts of repeat faults
        self.sla_miss = []    # ts of SLA misses
        self.calls = []       # ts of callouts
        self.backorders = []  # ts of parts orders that went on backorder
        self.sub = c["city"] in SUBCONTRACT_CITIES


def invoice(site, ts, kind, amount, **kw):
    """an order + its tp_invoice event. Payment outcome as of the extract."""
    c = site.c
    if not in_data(ts):
        return None
    cz = CITIES[c["city"]]
    terms = 45 if c["payment_method"] == "purchase_order" else 30
    p_late = {"restaurant": 0.09, "hotel": 0.12, "canteen": 0.30}[c["business_type"]]
    if c["payment_method"] == "purchase_order":
        p_late *= 1.35
    if c["payment_method"] == "direct_debit":
        p_late *= 0.25
    inv = nid("I", 7)
    status, action, dtp = "paid", "paid", None
    due = ts + D(days=terms)
    if kind == "callout_fee" and rng.random() < 0.035:
        status, action = "cancelled", "waived"
    elif rng.random() < 0.012:
        status, action = "unpaid", "overdue"
    else:
        dtp = int(rng.integers(terms + 3, terms + 60)) if rng.random() < p_late else int(rng.integers(0, terms + 1))
        if ts + D(days=dtp) > EXTRACT:
            status = "unpaid"
            action = "open" if due > EXTRACT else "overdue"
            dtp = None
        elif dtp > terms:
            action = "paid_late"
    oid = nid("O", 7)
    row = dict(order_id=oid, customer_id=c["customer_id"], ts=tfmt(ts), amount=round(amount, 2), status=status,
               order_type=kind, 订单类型=ORDER_ZH[kind], city=c["city"], currency=cz[2],
               amount_local=round(amount / cz[3], 2), invoice_no=inv, plan_tier=site.tier,
               payment_method=c["payment_method"])
    row.update({k: v for k, v in kw.items() if v is not None})
    ORDERS.append(row)
    ev(c, ts, "tp_invoice", action, channel="email", invoice_no=inv, order_id=oid, order_type=kind,
       amount_cny=round(amount, 2), payment_method=c["payment_method"], 付款方式=PAY[c["payment_method"]],
       payment_terms_days=terms, days_to_pay=dtp)
    return row


def callout(site, t: datetime, end: datetime):
    c = site.c
    lang = CITIES[c["city"]][1]
    eq = pick(list(EQUIP), EQ_W_ZH if lang == "zh" else EQ_W_EN)
    pr = "P1" if rng.random() < P1_SHARE[eq] else pick(["P2", "P3"], [0.7, 0.3])
    ooh = t.hour < 8 or t.hour >= 18 or t.weekday() >= 5
    ch = pick(["phone", "app", "wechat", "email", "web"], [0.5, 0.2, 0.15, 0.08, 0.07])
    if ch == "wechat" and lang == "en":
        ch = "phone"
    dev = pick(["ios", "android"], [0.5, 0.5] if lang == "en" else [0.3, 0.7]) if ch == "app" else \
        ("pc" if ch == "web" else None)
    tno = nid("T", 7)
    site.calls.append(t)
    if rng.random() < 0.04:
        ev(c, t, "tp_breakdown_call", "cancelled", channel=ch, device=dev, ticket_no=tno, priority=pr,
           equipment_type=eq, 设备类型=EQUIP[eq], out_of_hours=ooh)
        return
    ev(c, t, "tp_breakdown_call", "logged", channel=ch, device=dev, ticket_no=tno, priority=pr, equipment_type=eq,
       设备类型=EQUIP[eq], out_of_hours=ooh, session_id=nid("H", 7) if ch in ("app", "web") else None)
    if ch == "phone" and rng.random() < 0.025:
        fb(c, t + D(minutes=int(rng.integers(20, 90))), "hotline", "call_note", "tp_breakdown_call", eq=eq)
    # response
    target = {"P1": 4, "P2": 24, "P3": 72}[pr]
    med = {"P1": 2.6, "P2": 12.0, "P3": 30.0}[pr]
    if c["city"] == "Toronto" and t.month in (1, 2) and pr == "P1":
        med = 4.8
    if site.sub:
        med *= 1.1
    resp = float(rng.lognormal(np.log(med), 0.45 if pr == "P1" else 0.6))
    ta = t + D(hours=resp)
    met = resp <= target
    eng = pick(ENG[c["city"]])
    if rng.random() < FTF[eq] * (0.93 if site.sub else 1.0):
        outcome = "fixed"
    else:
        outcome = "parts_required" if rng.random() < 0.72 else "follow_up_needed"
    labour = round(float(rng.uniform(0.5, 3.5)), 1)
    ev(c, ta, "tp_engineer_visit", outcome, channel="field", ticket_no=tno, priority=pr, equipment_type=eq,
       设备类型=EQUIP[eq], engineer=eng, engineer_type="subcontractor" if site.sub else "in_house",
       response_hours=round(resp, 2), sla_hours=target, sla_met=met, labour_hours=labour)
    if not met:
        site.sla_miss.append(ta)
        if pr == "P1" and rng.random() < 0.28:
            fb(c, ta + D(hours=float(rng.uniform(0.5, 6))), "engineer_late",
               pick(["call_note", "email"], [0.6, 0.4]), pick(["tp_engineer_visit", "tp_breakdown_call"], [0.7, 0.3]),
               eq=eq)
    visits = 1
    backorder = False
    part = None
    if outcome == "fixed":
        tc = ta + D(hours=labour)
    elif outcome == "parts_required":
        part = PARTS[eq][int(rng.integers(len(PARTS[eq])))]
        cost = round(float(rng.uniform(part[1], part[2])), -1)
        tp = ta + D(hours=float(rng.uniform(0.5, 4)))
        p_bo = 0.45 if (tp.year == 2025 and tp.month == 11) else 0.10
        backorder = rng.random() < p_bo
        if backorder:
            site.backorders.append(tp)
        eta = int(rng.integers(8, 26)) if backorder else int(rng.integers(1, 4))
        ev(c, tp, "tp_parts_order", "backorder" if backorder else "in_stock", channel="erp", ticket_no=tno,
           equipment_type=eq, 设备类型=EQUIP[eq], part_name=part[0], part_cost_cny=cost,
           supplier=pick(SUPPLIERS, [0.3, 0.55, 0.15]), eta_days=eta, van_stock_item=part[3])
        if part[3] and rng.random() < 0.30:   # a part the van should have carried
            ch = pick(["csat_sms", "call_note"], [0.5, 0.5])
            fb(c, ta + D(hours=float(rng.uniform(1, 30))), "no_part", ch,
               "tp_engineer_visit" if rng.random() < 0.88 else "tp_repair_complete",
               rating=int(pick([1, 2, 3], [0.4, 0.4, 0.2])) if ch == "csat_sms" else None, eq=eq)
        tc = workday(at((tp + D(days=eta + int(rng.integers(0, 2)))).date(), 8.5, 18))
        visits = 2
        if backorder and rng.random() < 0.35:
            fb(c, tp + D(days=float(rng.uniform(5, max(6, eta - 1)))), "waiting_parts",
               pick(["call_note", "email"], [0.6, 0.4]), "tp_parts_order", eq=eq)
    else:
        tc = workday(at((ta + D(days=int(rng.integers(1, 6)))).date(), 8.5, 18))
        visits = 2
    if tc > end:
        return
    days = (tc - t).total_seconds() / 86400
    ev(c, tc, "tp_repair_complete", "completed", channel="field", ticket_no=tno, equipment_type=eq,
       设备类型=EQUIP[eq], engineer=eng, days_to_fix=round(days, 2), visits_needed=visits,
       first_time_fix=outcome == "fixed", labour_hours=labour if visits == 1 else round(labour + rng.uniform(0.5, 3), 1))
    # charges (invoiced the next working day)
    ti = workday(at((tc + D(days=1)).date(), 9, 11))
    pf = CITIES[c["city"]][7]
    if site.tier == "essential" or (site.tier == "standard" and ooh):
        fee = round((650 if site.tier == "essential" else 880) * pf * (1.5 if ooh and site.tier == "essential" else 1),
                    -1)
        inv = invoice(site, ti, "callout_fee", fee, ticket_no=tno, equipment_type=eq, out_of_hours=ooh)
        if inv and rng.random() < (0.09 if site.tier == "essential" else 0.05):
            fb(c, ti + D(days=float(rng.uniform(2, 20))), "callout_fee", "email", "tp_invoice")
    if part is not None and site.tier != "total_care":
        invoice(site, ti, "parts", round(cost * 1.35, -1), ticket_no=tno, equipment_type=eq, part_name=part[0])
    # CSAT after the job
    if rng.random() < 0.2:
        score = 4.4 - (1.6 if days > 7 else 0.7 if days > 2 else 0) - (0.9 if not met else 0) - \
            (0.6 if outcome != "fixed" else 0) + rng.normal(0, 0.6)
        rating = int(np.clip(round(score), 1, 5))
        tcs = tc + D(hours=float(rng.uniform(1, 30)))
        if backorder and rng.random() < 0.5:
            fb(c, tcs, "waiting_parts", "csat_sms", "tp_repair_complete", rating=min(rating, 2), eq=eq)
        elif rating >= 4 and rng.random() < 0.35:
            fb(c, tcs, "praise", "csat_sms", pick(["tp_engineer_visit", "tp_repair_complete"]), rating=rating, eq=eq,
               eng=eng)
        elif rng.random() < 0.06:
            fb(c, tcs, "mess", "csat_sms", "tp_repair_complete", rating=min(rating, 3))
        else:
            topic = "pos" if rating >= 4 else "neu" if rating == 3 else "neg"
            text = say(topic, c["preferred_language"]) if rng.random() < 0.7 else NO_COMMENT[c["preferred_language"]]
            fb(c, tcs, topic, "csat_sms", "tp_repair_complete", rating=rating, text=text)
    # post-repair check
    if rng.random() < 0.82:
        tk = workday(at((tc + D(days=int(rng.integers(5, 9)))).date(), 9.5, 17))
        p_rep = (0.19 if site.sub else 0.07) + (0.05 if outcome == "follow_up_needed" else 0)
        res = pick(["confirmed", "repeat_fault", "no_answer"], [0.88 - p_rep, p_rep, 0.12])
        ev(c, tk, "tp_fix_check", res, channel="phone", ticket_no=tno, equipment_type=eq, 设备类型=EQUIP[eq])
        if res == "repeat_fault" and in_data(tk):
            site.repeat.append(tk)
            if rng.random() < 0.4:
                fb(c, tk + D(minutes=int(rng.integers(5, 60))), "repeat_fault", "call_note", "tp_fix_check", eq=eq)


def ppm(site, t: datetime, visit_no):
    c = site.c
    eng = pick(ENG[c["city"]])
    hol = c["canteen_type"] == "school" and t.month in CITIES[c["city"]][8]
    r = rng.random()
    if hol and r < 0.65:
        act, reason = "no_access", "school_holiday"
    elif r < 0.045:
        act, reason = "no_access", pick(["site_closed", "no_key_holder", "kitchen_in_service"])
    elif r < 0.13:
        act, reason = "partial", "kitchen_in_service"
    else:
        act, reason = "completed", None
    n = c["equipment_count"]
    done = n if act == "completed" else 0 if act == "no_access" else int(n * rng.uniform(0.4, 0.85))
    ev(c, t, "tp_ppm_visit", act, channel="field", engineer=eng, visit_no=visit_no, assets_serviced=done,
       assets_skipped=n - done, no_access_reason=reason, 未完成原因=NOACCESS.get(reason),
       defects_found=int(rng.poisson(0.08 * done)) if done else 0,
       duration_hours=round(float(0.25 * done * rng.uniform(0.7, 1.2)), 1) if done else 0.3)
    if act == "no_access" and reason == "school_holiday" and rng.random() < 0.4:
        fb(c, t + D(hours=float(rng.uniform(1, 48))), "holiday", pick(["call_note", "email"]), "tp_ppm_visit")
    elif act != "no_access" and rng.random() < 0.018:
        fb(c, t + D(hours=float(rng.uniform(2, 48))), "mess", pick(["email", "call_note"]), "tp_ppm_visit")
    elif act == "completed" and rng.random() < 0.012:
        fb(c, t + D(hours=float(rng.uniform(2, 48))), "praise", "email", "tp_ppm_visit", eng=eng)
    return act


def certificates(site, s: datetime, e: datetime):
    c = site.c
    types = ["fire_suppression", "duct_cleaning"] + (["gas_safety"] if c["kitchen_fuel"] != "electric" else [])
    for ct in types:
        every = 6 if ct == "fire_suppression" else 12
        due = s.date() + D(days=int(rng.integers(20, 30 * every)))
        while True:
            dt = at(due, 9, 17)
            if dt > e:
                break
            p_fail = {"gas_safety": 0.07, "fire_suppression": 0.05, "duct_cleaning": 0.14}[ct]
            late = int(rng.integers(4, 45)) if rng.random() < 0.09 else 0
            ti = workday(dt + D(days=late))
            cno = nid("C", 6)
            if rng.random() < p_fail:
                ev(c, ti, "tp_compliance_cert", "failed", channel="email", cert_type=ct, 证书类型=CERTS[ct],
                   cert_no=cno, due_date=due.isoformat(), days_after_due=late,
                   defects=pick(["grease_build_up", "gas_leak_detected", "nozzle_blocked", "flue_defect"]))
                ti = workday(at((ti + D(days=int(rng.integers(7, 30)))).date(), 9, 17))
                late = (ti.date() - due).days
            ev(c, ti, "tp_compliance_cert", "issued", channel="email", cert_type=ct, 证书类型=CERTS[ct], cert_no=cno,
               due_date=due.isoformat(), days_after_due=max(late, 0))
            if late > 0 and in_data(ti) and rng.random() < 0.3:
                fb(c, workday(dt + D(days=int(rng.integers(1, max(2, late))))), "certificate", "email",
                   "tp_compliance_cert")
            due = month_add(due, every)


def run_site(site: Site):
    c = site.c
    lang = CITIES[c["city"]][1]
    term_start = site.start
    site.end = END
    while True:
        term_end = datetime.combine(month_add(term_start.date(), site.term), datetime.min.time())
        dec = workday(at((term_end - D(days=int(rng.integers(20, 45)))).date(), 9, 17))
        simulate_term(site, term_start, min(term_end, END), lang)
        if dec > END:
            break
        if dec >= START:
            # the decision weighs the 12 months of service before it
            since = dec - D(days=365)
            rep = sum(1 for x in site.repeat if since <= x < dec)
            miss = sum(1 for x in site.sla_miss if since <= x < dec)
            calls = max(1, sum(1 for x in site.calls if since <= x < dec))
            p = 0.90 - 0.06 * min(rep, 3) - (0.09 if site.tier == "essential" else 0) - \
                (0.12 if miss / calls > 0.25 else 0)
            renewed = rng.random() < p
            pct = 5 if dec.year <= 2025 else 6
            if renewed:
                ev(c, dec, "tp_renewal", "renewed", channel="meeting", contract_id=site.contract_id,
                   renewal_term_end=term_end.date().isoformat(), plan_tier=site.tier, price_change_pct=pct,
                   repeat_faults_12m=rep, sla_misses_12m=miss, account_manager=c["account_manager"])
                if rng.random() < 0.10:
                    fb(c, dec + D(days=float(rng.uniform(1, 20))), "price_rise", "email", "tp_renewal")
            else:
                if rep >= 2:
                    reason = pick(["repeat_faults", "price", "switched_provider"], [0.6, 0.2, 0.2])
                elif miss / calls > 0.25:
                    reason = pick(["slow_response", "price", "switched_provider"], [0.55, 0.25, 0.2])
                else:
                    reason = pick(list(NONRENEW), [0.38, 0.08, 0.08, 0.2, 0.16, 0.1])
                ev(c, dec, "tp_renewal", "not_renewed", channel="meeting", contract_id=site.contract_id,
                   renewal_term_end=term_end.date().isoformat(), plan_tier=site.tier, price_change_pct=pct,
                   repeat_faults_12m=rep, sla_misses_12m=miss, account_manager=c["account_manager"],
                   not_renewed_reason=reason, 未续约原因=NONRENEW[reason])
                if rng.random() < 0.45:
                    topic = {"price": "price_rise", "repeat_faults": "repeat_fault",
                             "slow_response": "engineer_late"}.get(reason, "neg")
                    fb(c, dec + D(days=float(rng.uniform(0, 10))), topic, "exit_interview", "tp_renewal",
                       rating=int(pick([1, 2, 3], [0.35, 0.45, 0.2])))
                site.end = min(END, term_end)
                c["segment"] = "lapsed"
                break
        site.fee = round(site.fee * (1 + (5 if dec.year <= 2025 else 6) / 100), -1)
        site.term = 12
        term_start = term_end
    c["tier"], c["套餐"] = site.tier, TIERS[site.tier]
    c["annual_fee_cny"] = site.fee
    if c["segment"] != "lapsed":
        c["segment"] = "active"


def simulate_term(site: Site, ts: datetime, te: datetime, lang):
    c = site.c
    if te <= START:
        return
    # plan fees, billed in advance
    months = 12 if site.billing == "annual" else 3
    k = 0
    while True:
        d = month_add(ts.date(), k * months)
        t = datetime.combine(d, datetime.min.time()) + D(hours=8)
        if t >= te:
            break
        invoice(site, t, "plan_fee", round(site.fee * months / 12, 2), contract_id=site.contract_id)
        k += 1
    # PPM visits
    n_year = PPM_PER_YEAR[site.tier]
    step = 12 // n_year
    k = 0
    d0 = ts.date() + D(days=int(rng.integers(5, 25)))
    while True:
        d = month_add(d0, k * step) + D(days=int(rng.integers(-6, 7)))
        t = workday(at(d, 7.5, 15))
        if t >= te:
            break
        if t >= START:
            site.ppm_no += 1
            act = ppm(site, t, site.ppm_no)
            if act == "no_access":
                t2 = workday(at(d + D(days=int(rng.integers(8, 22))), 7.5, 15))
                if t2 < te:
                    site.ppm_no += 1
                    ppm(site, t2, site.ppm_no)
        k += 1
    # callouts
    rate = (0.22 + 0.016 * c["equipment_count"]) * (1.15 if site.tier == "essential" else 1.0)
    d = date(max(ts, START).year, max(ts, START).month, 1)
    while datetime.combine(d, datetime.min.time()) < te:
        nxt = month_add(d, 1)
        f = 0.3 if (c["canteen_type"] == "school" and d.month in CITIES[c["city"]][8]) else 1.0
        if d.month in (12, 7, 8) and c["business_type"] != "canteen":
            f *= 1.12
        for _ in range(int(rng.poisson(rate * f))):
            day = d + D(days=int(rng.integers((nxt - d).days)))
            hour = pick([(0, 7), (7, 11), (11, 14), (14, 17), (17, 21), (21, 24)], [0.04, 0.2, 0.3, 0.14, 0.27, 0.05])
            t = at(day, hour[0], hour[1])
            if max(ts, START) <= t < te:
                callout(site, t, END)
        d = nxt
    certificates(site, max(ts, START), te)


# ---------------------------------------------------------------- main build
def build():
    _check_markers()
    signed = prospects()
    sites = []
    # legacy customers: on contract before the data starts
    for i in range(N_LEGACY):
        city = CITY_NAMES[int(rng.choice(len(CITY_NAMES), p=CITY_W))]
        biz = pick(list(BIZ), [0.48, 0.24, 0.28])
        start = datetime(2022, 7, 1) + D(days=int(rng.integers(0, 730)))
        c = new_customer(city, biz, start - D(days=int(rng.integers(30, 120))),
                         pick(["outbound_call", "distributor", "referral", "tender"], [0.45, 0.3, 0.15, 0.1]))
        tier = choose_tier(c)
        term = 24 if rng.random() < 0.25 else 12
        fee = plan_fee(c, tier)
        s = start
        while True:      # roll the term forward to the one running on 2024-07-01
            e = datetime.combine(month_add(s.date(), term), datetime.min.time())
            if e > START:
                break
            s, term, fee = e, 12, round(fee * 1.04, -1)
        site = Site(c, s, tier, fee, term, "annual" if rng.random() < 0.2 else "quarterly", "HG-" + nid("G", 6)[1:])
        c["contract_start"] = start.date().isoformat()
        sites.append(site)
    for c, t, tier, fee in signed:
        term = 24 if rng.random() < 0.22 else 12
        billing = "annual" if rng.random() < 0.2 else "quarterly"
        cid = "HG-" + nid("G", 6)[1:]
        ev(c, t, "tp_contract", "signed", channel="meeting", contract_id=cid, plan_tier=tier, 套餐=TIERS[tier],
           annual_fee_cny=fee, term_months=term, billing_cycle=billing, sales_rep=c["_rep"])
        start = datetime.combine((t + D(days=int(rng.integers(7, 21)))).date(), datetime.min.time())
        c["contract_start"] = start.date().isoformat()
        sites.append(Site(c, start, tier, fee, term, billing, cid))
    for site in sites:
        site.ppm_no = 0
        site.c["account_manager"] = site.c["_rep"]
        if site.start > END:
            site.c["tier"], site.c["套餐"] = site.tier, TIERS[site.tier]
            site.c["annual_fee_cny"] = site.fee
            site.c["segment"] = "onboarding"
            continue
        run_site(site)
    nps_waves([s for s in sites])
    undated(sites)


def nps_waves(sites):
    for wave, day in (("2024-12", date(2024, 12, 2)), ("2025-06", date(2025, 6, 2)), ("2025-12", date(2025, 12, 1))):
        t0 = datetime.combine(day, datetime.min.time())
        for s in sites:
            c = s.c
            if s.start > t0 - D(days=60) or s.end < t0:
                continue
            if rng.random() > 0.36:
                continue
            since = t0 - D(days=180)
            rep = sum(1 for x in s.repeat if since <= x < t0)
            miss = sum(1 for x in s.sla_miss if since <= x < t0)
            bo = sum(1 for x in s.backorders if since <= x < t0)
            base = 8.8 - 1.4 * min(rep, 3) - 0.5 * min(miss, 4) - 1.5 * min(bo, 2) - \
                (0.6 if s.tier == "essential" else 0)
            score = int(np.clip(round(base + rng.normal(0, 1.6)), 0, 10))
            t = at(day + D(days=int(rng.integers(0, 14))), 8, 21)
            lang = c["preferred_language"]
            if rng.random() < 0.45:
                text, topic = NO_COMMENT[lang], "generic"
            elif rep and rng.random() < 0.6:
                topic, text = "repeat_fault", None
            elif bo and rng.random() < 0.5:
                topic, text = "waiting_parts", None
            elif miss and rng.random() < 0.4:
                topic, text = "engineer_late", None
            elif s.tier == "essential" and rng.random() < 0.15:
                topic, text = "callout_fee", None
            else:
                topic = "praise" if score >= 9 and rng.random() < 0.3 else "pos" if score >= 8 else \
                    "neu" if score >= 6 else "neg"
                text = None
            fb(c, t, topic, "nps_survey", None, nps=score, text=text, survey_wave=wave)


def undated(sites):
    live = [s for s in sites if s.start <= END]
    for _ in range(120):      # paper forms from quarterly business reviews, typed in later
        s = live[int(rng.integers(len(live)))]
        topic = pick(["pos", "neu", "neg", "certificate", "callout_fee", "repeat_fault", "no_part", "praise", "mess"],
                     [0.3, 0.2, 0.1, 0.08, 0.08, 0.08, 0.06, 0.06, 0.04])
        tp = {"certificate": "tp_compliance_cert", "callout_fee": "tp_invoice", "repeat_fault": "tp_fix_check",
              "no_part": "tp_engineer_visit", "praise": "tp_ppm_visit", "mess": "tp_ppm_visit"}.get(topic, "")
        r = int(pick([1, 2, 3, 4, 5], [0.05, 0.1, 0.2, 0.35, 0.3])) if topic in ("pos", "neu", "praise") else \
            int(pick([1, 2, 3], [0.3, 0.4, 0.3]))
        fb(s.c, None, topic, "account_review", tp, rating=r)
    zh_live = [s for s in live if s.c["preferred_language"] == "zh"]
    for _ in range(55):       # messages exported from WeChat service groups without dates
        s = zh_live[int(rng.integers(len(zh_live)))]
        topic = pick(["waiting_parts", "engineer_late", "pos", "neu", "hotline", "praise"],
                     [0.25, 0.15, 0.2, 0.2, 0.1, 0.1])
        tp = {"waiting_parts": "tp_parts_order", "engineer_late": "tp_engineer_visit",
              "hotline": "tp_breakdown_call", "praise": "tp_engineer_visit"}.get(topic, "")
        fb(s.c, None, topic, "wechat_group", tp)


# ---------------------------------------------------------------- write
def write_csv(path: Path, rows: list[dict], cols: list[str] | None = None):
    if cols is None:
        cols = []
        for r in rows:
            for k in r:
                if k not in cols and not k.startswith("_"):
                    cols.append(k)
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
    # field-app resync: a few engineer and parts rows sent twice (same event_id, same content)
    dup_idx = [i for i, r in enumerate(EVENTS) if r["touchpoint_id"] in ("tp_engineer_visit", "tp_parts_order")]
    dups = [EVENTS[i] for i in rng.choice(dup_idx, size=30, replace=False)]
    rows = EVENTS + dups
    rows.sort(key=lambda r: (r["ts"], r["event_id"]))
    base = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device", "session_id"]
    write_csv(out / "events.csv", rows, base + [k for k in _cols(rows) if k not in base])
    ORDERS.sort(key=lambda r: (r["ts"], r["order_id"]))
    write_csv(out / "orders.csv", ORDERS)
    FEEDBACK.sort(key=lambda r: (r["ts"] or "9999", r["feedback_id"]))
    write_csv(out / "feedback.csv", FEEDBACK, ["feedback_id", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                               "nps", "text", "language", "city", "survey_wave"])
    write_csv(out / "_truth" / "feedback_truth.csv", TRUTH)
    print(f"customers {len(CUSTOMERS)}, events {len(rows)} ({len(dups)} dup), orders {len(ORDERS)}, "
          f"feedback {len(FEEDBACK)}")


def _cols(rows):
    cols = {}
    for r in rows:
        for k in r:
            cols.setdefault(k, None)
    return list(cols)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
