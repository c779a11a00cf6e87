#!/usr/bin/env python3
"""Synthetic data for 绿程轻卡租赁 GreenMile E-Truck Leasing, which leases electric light trucks to logistics firms in
Shenzhen, Chengdu and Bangkok (a held-out batch written blind; see README.md).

    python generate.py OUTDIR

Writes a DATA.md folder (touchpoints, journeys, customers, events, orders, feedback, experiments as CSV) and
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment; not a DATA.md table). Fixed seed, numpy +
stdlib only, deterministic. Data 2025-01-01 .. 2026-05-31 (CRM / billing / telematics extract of 2026-06-03).
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260603
rng = np.random.default_rng(SEED)
START = datetime(2025, 1, 1)
END = datetime(2026, 5, 31, 23, 59, 59)
THB_PER_CNY = 4.75


# ----------------------------------------------------------------------------------------------- helpers
def U(a=0.0, b=1.0) -> float:
    return a + (b - a) * float(rng.random())


def P(p: float) -> bool:
    return float(rng.random()) < p


def pick(d: dict):
    keys = list(d)
    w = np.array([d[k] for k in keys], dtype=float)
    c = np.cumsum(w / w.sum())
    return keys[min(int(np.searchsorted(c, rng.random(), side="right")), len(keys) - 1)]


def one_of(seq):
    return seq[int(rng.integers(len(seq)))]


def day_at(d, h0: float, h1: float) -> datetime:
    return datetime(d.year, d.month, d.day) + timedelta(seconds=int(U(h0, h1) * 3600))


def work_time(t: datetime, h0=9.0, h1=18.0) -> datetime:
    """the same day in office hours if t is before h1, else the next day."""
    d = t.date() if t.hour < h1 - 1 else t.date() + timedelta(days=1)
    x = day_at(d, h0, h1)
    return x if x > t else t + timedelta(minutes=int(U(20, 90)))


def fmt(t) -> str:
    if t is None:
        return ""
    if isinstance(t, datetime):
        return t.strftime("%Y-%m-%d %H:%M:%S")
    return t.isoformat()


def months(a: date, b: date):
    y, m = a.year, a.month
    while (y, m) <= (b.year, b.month):
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def month_end(y: int, m: int) -> date:
    return (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1))


def between(t, a: str, b: str) -> bool:
    d = t.date() if isinstance(t, datetime) else t
    return date.fromisoformat(a) <= d <= date.fromisoformat(b)


# ----------------------------------------------------------------------------------------------- reference data
CITY = {
    "Shenzhen": dict(zh="深圳", region="Guangdong", currency="CNY", depot="Bao'an Delivery Centre",
                     depot_zh="宝安交付中心", centres=["Bao'an SC", "Longgang SC"],
                     districts=["宝安区", "龙岗区", "龙华区", "南山区", "光明区", "坪山区"], bureau="baihang",
                     enq=78, enq_growth=0.012, kwh_price=1.05, rescue=(42, 12)),
    "Chengdu": dict(zh="成都", region="Sichuan", currency="CNY", depot="Shuangliu Delivery Centre",
                    depot_zh="双流交付中心", centres=["Shuangliu SC", "Xindu SC"],
                    districts=["双流区", "新都区", "郫都区", "龙泉驿区", "武侯区", "青白江区"], bureau="baihang",
                    enq=50, enq_growth=0.01, kwh_price=0.98, rescue=(47, 14)),
    "Bangkok": dict(zh="曼谷", region="Bangkok Metropolitan", currency="THB", depot="Bang Na Depot",
                    depot_zh="邦纳车场", centres=["Bang Na SC", "Lat Krabang SC"],
                    districts=["Bang Na", "Lat Krabang", "Bang Phli", "Chatuchak", "Min Buri", "Samut Prakan"],
                    bureau="ncb", enq=20, enq_growth=0.065, kwh_price=6.5 / THB_PER_CNY, rescue=(54, 15)),
}
CENTRE_ZH = {"Bao'an SC": "宝安服务站", "Longgang SC": "龙岗服务站", "Shuangliu SC": "双流服务站", "Xindu SC": "新都服务站",
             "Bang Na SC": "邦纳服务站", "Lat Krabang SC": "拉卡邦服务站"}
BTYPE_ZH = {"express_franchise": "快递加盟网点", "same_day_delivery": "同城货运", "cold_chain": "冷链配送",
            "retail_distribution": "商超配送", "owner_operator": "个体司机"}
BTYPE_MIX = {
    "Shenzhen": {"express_franchise": .27, "same_day_delivery": .26, "cold_chain": .12, "retail_distribution": .16,
                 "owner_operator": .19},
    "Chengdu": {"express_franchise": .32, "same_day_delivery": .19, "cold_chain": .10, "retail_distribution": .16,
                "owner_operator": .23},
    "Bangkok": {"express_franchise": .22, "same_day_delivery": .27, "cold_chain": .16, "retail_distribution": .19,
                "owner_operator": .16},
}
ACQ_CN = {"sales_visit": .21, "douyin_ads": .17, "baidu_search": .11, "referral": .14, "logistics_park": .16,
          "dealer_partner": .11, "website": .10}
ACQ_TH = {"sales_visit": .22, "facebook_ads": .27, "line_oa": .15, "referral": .15, "website": .10, "trade_fair": .11}
ACQ_ZH = {"sales_visit": "地推拜访", "douyin_ads": "抖音广告", "baidu_search": "百度搜索", "referral": "客户转介绍",
          "logistics_park": "物流园推介会", "dealer_partner": "合作车商", "website": "官网", "facebook_ads": "Facebook广告",
          "line_oa": "LINE官方号", "trade_fair": "物流展会"}
ENQ_CHANNEL = {"sales_visit": "sales_visit", "douyin_ads": "douyin_form", "baidu_search": "web_form",
               "referral": "phone", "logistics_park": "event_booth", "dealer_partner": "dealer", "website": "web_form",
               "facebook_ads": "facebook_lead_form", "line_oa": "line", "trade_fair": "event_booth"}
# model: zh, en, rent CNY / month / truck, rent THB / month / truck, kWh per month
MODELS = {
    "mini_15": ("1.5吨纯电微卡", "1.5 t e-mini truck", 2600, 12000, 620),
    "van_25": ("2.5吨纯电厢货", "2.5 t e-van", 3300, 15500, 760),
    "box_42": ("4.2米纯电厢式轻卡", "4.2 m e-box truck", 5200, 24500, 980),
    "reefer_42": ("4.2米纯电冷藏车", "4.2 m e-reefer truck", 7400, 34500, 1250),
}
MODEL_MIX = {
    "express_franchise": {"van_25": .5, "box_42": .3, "mini_15": .2},
    "same_day_delivery": {"van_25": .4, "box_42": .35, "mini_15": .25},
    "cold_chain": {"reefer_42": .85, "box_42": .15},
    "retail_distribution": {"box_42": .6, "van_25": .3, "reefer_42": .1},
    "owner_operator": {"mini_15": .45, "van_25": .4, "box_42": .15},
}
REJECT_ZH = {"low_credit_score": "征信评分不足", "overdue_history": "有逾期记录", "insufficient_revenue": "经营流水不足",
             "licence_issue": "营业执照问题", "risk_model_v2": "新风控模型拦截"}
TERM_ZH = {"business_downsizing": "业务收缩", "switch_to_purchase": "转为自购车辆", "cost_too_high": "用车成本太高",
           "vehicle_issues": "车辆问题", "business_closed": "停业", "lost_upstream_contract": "上游快递订单流失"}
FAULT_ZH = {"tyre": "轮胎", "low_voltage_12v": "小电瓶亏电", "battery_bms": "动力电池/BMS故障", "charging_port": "充电口故障",
            "motor": "电机故障", "brake": "刹车故障", "accident": "交通事故", "water_ingress": "涉水进水",
            "reefer_unit": "冷机故障"}
PAY_ZH = {"bank_transfer": "对公转账", "direct_debit": "银行代扣", "wechat_pay": "微信支付", "alipay": "支付宝",
          "promptpay": "PromptPay"}
OTYPE_ZH = {"deposit": "押金", "monthly_rent": "月租", "charging": "充电费", "repair_charge": "维修/车损费",
            "termination_fee": "提前退租违约金"}
REPS = {"Shenzhen": ["黄志强", "林晓燕", "陈伟", "郑凯", "吴婷"], "Chengdu": ["李涛", "王雪", "杨帆", "刘佳"],
        "Bangkok": ["Somchai P.", "Nattaya K.", "Chen Wei", "Arthit S."]}
INSPECTORS = ["周工", "钟工", "何工", "罗工", "Krit T.", "Wichai S."]
TECHS = ["张师傅", "李师傅", "王师傅", "赵师傅", "Anan", "Prasert", "Yuthana"]
CARD_PARTNER = {"Shenzhen": "eCharge", "Chengdu": "eCharge", "Bangkok": "PlugTH"}
SZ_NEW_PARTNER = "QuickVolt"
SZ_SWITCH = date(2025, 11, 1)
# share of public-charging sessions declined (card not accepted / activation lag) after Shenzhen's partner switch
SZ_DECLINE = {(2025, 11): .05, (2025, 12): .07, (2026, 1): .10, (2026, 2): .13, (2026, 3): .17, (2026, 4): .07,
              (2026, 5): .03}

CN_WORDS = ["顺达", "捷运", "鹏程", "安速", "通达", "宏远", "锦程", "飞驰", "众联", "恒通", "蓉运", "天府", "前海", "湾区",
            "迅捷", "盛丰", "优配", "万家", "鲜达", "冷运", "骏马", "华运", "新邦", "易达", "聚力", "川速", "深运", "合力"]
CN_SUFFIX = ["物流有限公司", "供应链管理有限公司", "速运有限公司", "配送服务部", "冷链物流有限公司", "运输有限公司"]
TH_WORDS = ["Siam", "Chao Phraya", "Rattana", "Krungthep", "Golden Lotus", "Sukhum", "Thai Star", "Ekkamai", "Phra Nakhon",
            "Lumpini", "Mekong", "Ananda", "Blue Elephant", "Sathorn", "Bangna"]
TH_SUFFIX = ["Express Co., Ltd.", "Logistics Co., Ltd.", "Delivery", "Cold Chain Co., Ltd.", "Transport Co., Ltd.",
             "Distribution Co., Ltd."]
CN_SURNAME = ["张", "王", "李", "刘", "陈", "杨", "黄", "赵", "周", "吴"]

touchpoints = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_enquiry", "租车咨询", "Leasing enquiry", "awareness", "web", "digital", "sales",
     "咨询|询价|线索|留资|enquiry|inquiry|lead"),
    ("tp_test_drive", "试驾", "Test drive", "consideration", "store", "physical", "sales", "试车|试驾|test drive"),
    ("tp_credit_check", "资信审核", "Credit check", "consideration", "other", "digital", "risk",
     "征信|风控|审核|资质审核|credit check|credit review|KYC"),
    ("tp_quote", "租赁报价", "Lease quote", "consideration", "email", "digital", "sales",
     "报价|报价单|方案|quote|quotation|proposal"),
    ("tp_contract", "签订租赁合同", "Lease contract signed", "purchase", "web", "digital", "sales",
     "签约|合同|电子合同|contract|signing|e-sign"),
    ("tp_deposit", "支付押金", "Deposit paid", "purchase", "other", "digital", "finance", "押金|保证金|deposit"),
    ("tp_handover", "交车", "Vehicle handover", "purchase", "store", "physical", "delivery",
     "提车|交付|交车|handover|vehicle delivery|pick-up"),
    ("tp_app_login", "登录车队App", "Fleet app login", "service", "app", "digital", "digital",
     "车队App|App|fleet app|app login"),
    ("tp_card_apply", "申请充电卡", "Charging card application", "service", "app", "digital", "charging_ops",
     "办卡|申请充电卡|charging card application|card request"),
    ("tp_card_verify", "充电卡实名认证", "Charging card verification", "service", "app", "digital", "charging_ops",
     "实名认证|认证|上传证件|verification|ID check"),
    ("tp_card_activate", "充电卡激活", "Charging card activated", "service", "app", "digital", "charging_ops",
     "激活|开卡|card activation|activate"),
    ("tp_first_charge", "首次充电", "First charge", "service", "other", "physical", "charging_ops",
     "首充|第一次充电|first charge"),
    ("tp_charging", "公共桩充电(月度)", "Public charging (monthly)", "service", "other", "physical", "charging_ops",
     "充电|充电桩|刷卡充电|charging|charger|charging station"),
    ("tp_maint_reminder", "保养提醒", "Maintenance reminder", "service", "other", "digital", "service",
     "保养通知|保养提醒|maintenance reminder|service due"),
    ("tp_maint_booking", "预约保养", "Maintenance booking", "service", "app", "digital", "service",
     "预约|保养预约|service booking|maintenance booking"),
    ("tp_maint_checkin", "进站保养", "Service check-in", "service", "store", "physical", "service",
     "进站|到店|check-in|drop-off"),
    ("tp_maint_done", "保养完工", "Maintenance completed", "service", "store", "physical", "service",
     "完工|保养完成|service done|maintenance completed"),
    ("tp_maint_pickup", "保养取车", "Vehicle pick-up after service", "service", "store", "physical", "service",
     "取车|pick-up|collect vehicle"),
    ("tp_breakdown", "故障报修", "Breakdown report", "service", "phone", "digital", "roadside",
     "报修|故障|抛锚|趴窝|breakdown|fault report"),
    ("tp_rescue_dispatch", "派出救援", "Roadside assistance dispatched", "service", "other", "digital", "roadside",
     "派单|派车|救援派单|dispatch|roadside assistance"),
    ("tp_rescue_arrive", "救援到场", "Roadside team on site", "service", "other", "physical", "roadside",
     "到场|救援到达|on site|arrival"),
    ("tp_repair_done", "修复完成", "Repair completed", "service", "other", "physical", "roadside",
     "修好|恢复运营|repaired|back on the road"),
    ("tp_case_closed", "救援回访结案", "Breakdown case closed", "service", "phone", "digital", "roadside",
     "结案|回访|case closed|follow-up call"),
    ("tp_invoice", "月租账单", "Monthly rent invoice", "service", "email", "digital", "finance",
     "账单|租金账单|发票|invoice|bill|rent invoice"),
    ("tp_payment", "租金付款", "Rent payment", "service", "other", "digital", "finance",
     "付款|缴费|回款|payment|paid"),
    ("tp_hotline", "客服热线", "Customer hotline", "service", "phone", "digital", "customer_service",
     "客服|热线|400电话|hotline|call centre"),
    ("tp_termination_request", "提前退租申请", "Early termination request", "loyalty", "phone", "digital", "sales",
     "退租|提前退租|解约|early termination|cancel lease"),
    ("tp_termination_quote", "违约金核算", "Termination settlement quote", "loyalty", "email", "digital", "finance",
     "违约金|结算单|termination fee|settlement quote"),
    ("tp_vehicle_return", "还车验车", "Vehicle return inspection", "loyalty", "store", "physical", "delivery",
     "还车|验车|vehicle return|return inspection"),
    ("tp_deposit_refund", "押金退还", "Deposit refund", "loyalty", "other", "digital", "finance",
     "退押金|押金退款|deposit refund"),
    ("tp_renewal", "续租", "Lease renewal", "loyalty", "store", "digital", "sales", "续约|续租|renewal|extend lease"),
    ("tp_lease_end", "租期到期还车", "Lease end return", "loyalty", "store", "physical", "delivery",
     "到期还车|租期结束|lease end|end of term"),
]
journeys = [
    ("onboarding", "咨询到交车", "Enquiry to handover",
     ["tp_enquiry", "tp_credit_check", "tp_quote", "tp_contract", "tp_deposit", "tp_handover"], 60),
    ("charging_card", "充电卡开通", "Charging card setup",
     ["tp_app_login", "tp_card_apply", "tp_card_verify", "tp_card_activate", "tp_first_charge"], 7),
    ("maintenance", "定期保养", "Scheduled maintenance",
     ["tp_maint_reminder", "tp_maint_booking", "tp_maint_checkin", "tp_maint_done", "tp_maint_pickup"], 14),
    ("breakdown", "故障救援", "Breakdown assistance",
     ["tp_breakdown", "tp_rescue_dispatch", "tp_rescue_arrive", "tp_repair_done", "tp_case_closed"], 7),
    ("early_termination", "提前退租", "Early termination",
     ["tp_termination_request", "tp_termination_quote", "tp_vehicle_return", "tp_deposit_refund"], 45),
]

customers: list[dict] = []
events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
experiments: list[dict] = []
_seq = {"S": 0, "Q": 0, "K": 0, "I": 0, "R": 0, "B": 0, "T": 0}


def nxt(k: str) -> int:
    _seq[k] += 1
    return _seq[k]


def ev(cust, t, tp, action, **kw):
    """append an event; returns t, or None when t is after the extract (the chain stops)."""
    if t is None or t > END:
        return None
    row = dict(customer_id=cust["customer_id"], ts=t, touchpoint_id=tp, action=action, city=cust["city"])
    row.update(kw)
    events.append(row)
    return t


def order(cust, t, otype, cny, status, **kw):
    cur = CITY[cust["city"]]["currency"]
    local = round(cny * THB_PER_CNY, 2) if cur == "THB" else round(cny, 2)
    row = dict(customer_id=cust["customer_id"], ts=t, amount=round(cny, 2), status=status, order_type=otype,
               账单类型=OTYPE_ZH[otype], city=cust["city"], currency=cur, amount_local=local,
               business_type=cust["business_type"], vehicle_model=cust["vehicle_model"], trucks=cust["trucks"])
    row.update(kw)
    if t <= END:                                   # billed after the extract: not in the data
        orders.append(row)
    return row


# ----------------------------------------------------------------------------------------------- feedback text
# topic -> (sentiment, zh texts, en texts). Marker words (README) appear only in their own topic.
TEXTS = {
    "charging_card": ("negative", [
        "新换的充电卡在好多站刷不了，司机只能自己先垫钱充电",
        "充电卡老是提示卡片无效，跑了三个站才充上，耽误送件",
        "自从换了充电卡合作方，附近的站基本都不认，这个月白跑了好多路",
        "充电卡激活等了好几天，车停着不能跑",
        "司机反映充电卡又刷不出来，客服说是新系统在同步",
        "充电卡的问题什么时候能解决？每天都有车因为这个晚出车",
    ], [
        "The charging card got declined at two stations today, drivers paid out of their own pocket",
        "Since the switch, half the stations near our hub don't accept the charging card",
        "Charging card still not working after activation, trucks sat idle all morning",
        "Please fix the charging card problem, we lose deliveries every day because of it",
    ]),
    "rescue_slow": ("negative", [
        "车在高速口趴窝，救援等了快两个小时才到",
        "救援太慢了，货在车上等着，客户一直催",
        "报修后救援迟迟不来，打了三次电话",
        "这次救援到场时间太久，冷藏的货差点坏掉",
    ], [
        "Waited almost two hours for the rescue truck on Bang Na-Trat road",
        "The rescue team took forever to arrive, our parcels missed the cut-off",
        "Roadside rescue was far too slow today, three calls before anyone came",
        "Rescue arrived late again, the whole route was delayed",
    ]),
    "water_damage": ("negative", [
        "下暴雨路面涉水，车直接进水趴窝了，希望底盘防水能加强",
    ], [
        "The truck died in the flood water on Sukhumvit, water got into the motor",
        "Street flood again and the van stalled, we need better waterproofing",
        "Drove through a flooded soi and the truck shut down, second time this month",
    ]),
    "deposit_refund": ("negative", [
        "车还了一个多月押金还没退回来，财务一直说在走流程",
        "押金退款太慢了，合同写的是十五个工作日",
        "退租验车早就完了，押金到现在没到账",
        "押金扣款明细不清楚，退回来的比预期少很多",
    ], [
        "We returned the trucks five weeks ago and the deposit is still not back",
        "The deposit refund is taking far too long, nobody replies to our emails",
        "Still waiting for our deposit, finance keeps saying next week",
    ]),
    "credit_check": ("negative", [
        "审核没通过也不说原因，我们公司流水一直很稳定",
        "资质审核卡了一个多星期，最后说不符合条件",
        "之前朋友很快就过了审核，这次我们三家分公司都被拒了",
        "审核标准突然变严了？销售之前说肯定没问题",
    ], [
        "Our credit check was rejected without any explanation",
        "The credit check took over a week and then they said no",
        "Rejected at the credit check although we have run this business for six years",
    ]),
    "price": ("negative", [
        "租金比别家贵了不少，再考虑一下",
        "租金太高了，算下来还不如贷款买车",
        "报价的租金超出预算，老板没批",
    ], [
        "The quote is too expensive compared with buying our own vans",
        "Too expensive for a small operator like me",
        "Your monthly fee is more expensive than the other leasing company",
    ]),
    "billing": ("negative", [
        "这个月账单多算了一台车的钱，麻烦核对",
        "账单上的充电费和我们记录的对不上",
        "账单明细看不懂，能不能按车牌列出来",
    ], [
        "The invoice charged us for a truck we already returned",
        "Invoice amounts don't match our records, please check",
    ]),
    "range": ("negative", [
        "开空调以后续航掉得厉害，一天要多充一次电",
        "冷藏车续航不够跑完两条线路",
        "续航比宣传的少了快三成",
    ], [
        "Battery range drops a lot with the AC on, we need an extra charge each day",
        "The reefer's battery range is not enough for two routes",
    ]),
    "handover_delay": ("negative", [
        "交车比约定晚了快三周，旺季都快过去了",
        "押车等了很久，交车时间一拖再拖",
        "交车延期没人提前通知，我们新线路都开不了",
    ], [
        "The handover was three weeks late, we had to rent diesel trucks meanwhile",
        "Handover kept getting postponed, very disappointing",
    ]),
    "maintenance_wait": ("negative", [
        "保养排队太久，一台车要停一整天",
        "预约了保养，到了还要等三个小时",
        "保养时间能不能安排到晚上，白天车要跑单",
    ], [
        "Maintenance took the whole day, we lost a full day of deliveries",
        "Booked maintenance but still waited three hours at the centre",
    ]),
    "manager_praise": ("positive", [
        "客户经理很专业，方案讲得很清楚，签约流程也快",
        "我们的客户经理响应很及时，有问题一个电话就解决",
        "客户经理帮我们把车型配得很合适",
    ], [
        "Our account manager was very helpful and explained every clause",
        "Great account manager, always answers on LINE within minutes",
    ]),
    "vehicle_praise": ("positive", [
        "车况很好，开起来很安静，司机都说比油车舒服",
        "新车提到手很满意，电耗比预期低",
        "车很好开，货箱空间也够用",
    ], [
        "The trucks are in great condition and the drivers love how quiet they are",
        "Very happy with the vehicles, energy use is lower than we expected",
        "Nice trucks, smooth to drive and the cargo box is roomy",
    ]),
    "tech_praise": ("positive", [
        "师傅来得很快，十几分钟就修好了，很专业",
        "抢修师傅态度很好，还教了司机怎么处理",
        "维修师傅很负责，换完胎还帮忙检查了胎压",
    ], [
        "The technician was quick and professional, we were back on the road in no time",
        "Friendly mechanic, fixed the tyre in twenty minutes",
    ]),
    "app_praise": ("positive", [
        "车队App很好用，车辆位置和电量一目了然",
        "App上查车辆位置、约进站都很方便",
    ], [
        "The fleet app is easy to use, I can see every truck's battery level",
        "Love the app, booking a service slot takes a minute",
    ]),
    "generic_pos": ("positive", [
        "整体很满意，会继续合作", "服务不错，用车省心", "挺好的，明年考虑多租几台",
    ], [
        "Good service overall", "All good, we will add more trucks next year", "Happy with GreenMile so far",
    ]),
    "generic_neu": ("neutral", [
        "还行吧，和预期差不多", "一般，没什么特别的", "正常使用，暂时没有意见",
    ], [
        "It's okay, nothing special", "Average so far", "No issues to report this month",
    ]),
}
RATING = {"positive": (4, 5, 5, 5, 4), "neutral": (3, 3, 4, 3, 2), "negative": (1, 2, 1, 2, 3, 1)}


def lang_of(cust) -> str:
    if cust is None:
        return "zh"
    pl = cust["preferred_language"]
    return pl if P(0.95) else ("en" if pl == "zh" else "zh")


def add_fb(cust, t, topic, channel, tp="", rating=None, nps=None, lang=None, **extra):
    sent, zh, en = TEXTS[topic]
    if t is not None and not START <= t <= END:
        return
    lang = lang or lang_of(cust)
    if t is not None and channel in ("call_note", "complaint_ticket") and not 9 <= t.hour < 21:
        t = day_at(t.date(), 9, 20.5)
    if rating == "auto":
        rating = int(one_of(RATING[sent]))
    row = dict(text=one_of(en if lang == "en" else zh), ts=t, customer_id=cust["customer_id"] if cust else "",
               touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang,
               city=cust["city"] if cust else extra.pop("city", ""),
               business_type=cust["business_type"] if cust else "", topic=topic, sentiment=sent)
    row.update(extra)
    feedback.append(row)


# ----------------------------------------------------------------------------------------------- customers
def company_name(city: str, btype: str) -> str:
    if btype == "owner_operator":
        if city == "Bangkok":
            return one_of(["Khun ", "K. "]) + one_of(["Somsak", "Anucha", "Preecha", "Wanchai", "Surasak", "Lek"])
        return f"个体户{one_of(CN_SURNAME)}师傅"
    if city == "Bangkok":
        return f"{one_of(TH_WORDS)} {one_of(TH_SUFFIX)}"
    return f"{CITY[city]['zh']}市{one_of(CN_WORDS)}{one_of(CN_SUFFIX)}"


def trucks_for(btype: str) -> int:
    if btype == "owner_operator":
        return 1 + int(P(0.12))
    if btype == "retail_distribution" and P(0.15):
        return int(rng.integers(15, 41))
    base = {"express_franchise": 3, "same_day_delivery": 4, "cold_chain": 4, "retail_distribution": 6}[btype]
    n = 1 + int(rng.poisson(base))
    if P(0.05):
        n += int(rng.integers(10, 25))
    return n


def tier_of(n: int) -> str:
    return "key_account" if n >= 15 else ("standard" if n >= 4 else "small")


def new_customer(cid: str, city: str, t: datetime, old=False) -> dict:
    mix = dict(BTYPE_MIX[city])
    if old:
        mix["owner_operator"] *= 0.5
    btype = pick(mix)
    acq = pick(ACQ_TH if city == "Bangkok" else ACQ_CN)
    n = trucks_for(btype)
    if city == "Bangkok":
        lang = "zh" if P(0.18) else "en"
        pay = pick({"bank_transfer": .55, "promptpay": .3, "direct_debit": .15})
    else:
        lang = "en" if (city == "Shenzhen" and P(0.07)) else "zh"
        pay = pick({"bank_transfer": .45, "direct_debit": .2, "wechat_pay": .2, "alipay": .15}
                   if btype != "owner_operator" else {"wechat_pay": .45, "alipay": .35, "bank_transfer": .1,
                                                      "direct_debit": .1})
    c = dict(customer_id=cid, signup_at=t, segment="", region=CITY[city]["region"], acquisition_channel=acq,
             获客渠道=ACQ_ZH[acq], tier=tier_of(n), city=city, 城市=CITY[city]["zh"],
             district=one_of(CITY[city]["districts"]), business_type=btype, 客户类型=BTYPE_ZH[btype],
             company_name=company_name(city, btype), est_trucks=n, trucks_leased="",
             vehicle_model=pick(MODEL_MIX[btype]), lease_term_months="", sales_rep=one_of(REPS[city]),
             payment_method=pay, 付款方式=PAY_ZH[pay], preferred_language=lang,
             app_device=pick({"android": .55, "ios": .33, "pc": .12} if city != "Bangkok" else
                             {"android": .6, "ios": .35, "pc": .05}),
             contract_signed_at=None, handover_at=None, terminated_at=None, termination_reason="", 退租原因="",
             trucks=n, rejected=False, last_t=t, lessee=False, ended=False, slow_rescue=False, deposit_cny=0.0)
    customers.append(c)
    return c


def rent_cny(c) -> float:
    zh, en, cny, thb, kwh = MODELS[c["vehicle_model"]]
    base = thb / THB_PER_CNY if c["city"] == "Bangkok" else cny
    disc = 0.92 if c["tier"] == "key_account" else 1.0
    if c.get("term") == 36:
        disc *= 0.95
    return round(base * disc, 2)


# ----------------------------------------------------------------------------------------------- onboarding
def enquiry_volume(city: str, y: int, m: int) -> int:
    k = (y - 2025) * 12 + m - 1
    v = CITY[city]["enq"] * (1 + CITY[city]["enq_growth"]) ** k
    if city != "Bangkok" and m == 2:
        v *= 0.55          # Chinese New Year
    if city == "Bangkok" and m == 4:
        v *= 0.8           # Songkran
    return int(rng.poisson(v))


CREDIT_BASE = {"express_franchise": .76, "same_day_delivery": .73, "cold_chain": .78, "retail_distribution": .84,
               "owner_operator": .40}
CONTRACT_BASE = {"express_franchise": .60, "same_day_delivery": .56, "cold_chain": .52, "retail_distribution": .64,
                 "owner_operator": .50}
CHANNEL_MOD = {"referral": .10, "dealer_partner": .05, "douyin_ads": -.10, "facebook_ads": -.20, "baidu_search": -.03,
               "line_oa": .0, "trade_fair": .02, "logistics_park": .02}


def onboarding(c) -> None:
    city, btype, acq = c["city"], c["business_type"], c["acquisition_channel"]
    t0 = c["signup_at"]
    ev(c, t0, "tp_enquiry", "submit", channel=ENQ_CHANNEL[acq], est_trucks=c["est_trucks"],
       vehicle_model=c["vehicle_model"], trucks=c["est_trucks"])
    t = t0
    if P(0.5 if c["tier"] == "key_account" else 0.33):
        td = day_at((t0 + timedelta(days=U(2, 9))).date(), 9.5, 17)
        if ev(c, td, "tp_test_drive", "completed", channel="depot", depot=CITY[city]["depot"],
              vehicle_model=c["vehicle_model"]) is None:
            return
        t = td
    if not P(0.8 if acq in ("douyin_ads", "facebook_ads") else 0.9):
        return                                        # never sent the documents
    tc = work_time(t + timedelta(days=U(1, 6)))
    p = CREDIT_BASE[btype] - (0.04 if city == "Bangkok" else 0) - (0.04 if "ads" in acq else 0)
    v2 = between(tc, "2025-09-01", "2025-10-08")      # new risk model, rolled back on 2025-10-09
    ok = P(p)
    reason = ""
    if ok and v2 and P(0.5):
        ok, reason = False, "risk_model_v2"
    if not ok and not reason:
        reason = pick({"low_credit_score": .35, "overdue_history": .25, "insufficient_revenue": .3,
                       "licence_issue": .1})
    score = int(np.clip(rng.normal(690 if ok else 560, 45), 350, 850))
    action = ("conditional" if P(0.2) else "approved") if ok else "rejected"
    if ev(c, tc, "tp_credit_check", action, channel="risk_system", credit_score=score,
          credit_bureau=CITY[city]["bureau"], reject_reason=reason, 拒绝原因=REJECT_ZH.get(reason, ""),
          risk_model="v2" if v2 else "v1") is None:
        return
    c["last_t"] = tc
    if not ok:
        c["rejected"] = True
        pr = 0.32 if reason == "risk_model_v2" else 0.07
        if P(pr):
            add_fb(c, tc + timedelta(days=U(0.5, 5)), "credit_check", pick({"call_note": .6, "complaint_ticket": .4}),
                   tp="tp_credit_check", rating=None)
        return
    variant = ""
    if between(tc, "2025-05-01", "2025-12-31") and c["tier"] != "key_account":
        variant = "one_month" if P(0.5) else "two_months"
        experiments.append(dict(experiment_id="deposit_offer_2025", variant=variant, customer_id=c["customer_id"],
                                assigned_at=tc + timedelta(minutes=int(U(30, 180)))))
    if not P(0.96):
        return
    c["term"] = pick({12: .45, 24: .35, 36: .2} if c["tier"] != "key_account" else {12: .15, 24: .4, 36: .45})
    tq = work_time(tc + timedelta(days=U(0.3, 5)))
    rent = rent_cny(c)
    qno = f"Q{nxt('Q'):05d}"
    qkw = dict(channel="email", quote_no=qno, trucks=c["est_trucks"], vehicle_model=c["vehicle_model"],
               monthly_rent_cny=rent, term_months=c["term"],
               monthly_rent_local=round(rent * THB_PER_CNY, 0) if city == "Bangkok" else rent)
    if ev(c, tq, "tp_quote", "sent", **qkw) is None:
        return
    c["last_t"] = tq
    if P(0.25):
        tq2 = work_time(tq + timedelta(days=U(1, 4)))
        if ev(c, tq2, "tp_quote", "revised", **qkw) is None:
            return
        tq = tq2
    pc = CONTRACT_BASE[btype] + CHANNEL_MOD.get(acq, 0) + {"one_month": .06, "two_months": -.02, "": 0}[variant]
    reefer_short = btype == "cold_chain" and between(tq, "2025-10-01", "2025-12-31")
    if reefer_short:
        pc -= 0.12
    if not P(pc):
        if P(0.16):
            add_fb(c, tq + timedelta(days=U(3, 15)), "price", "call_note", tp="tp_quote")
        return
    tk = work_time(tq + timedelta(days=U(5, 25) if btype == "cold_chain" else U(2, 18)))
    c["contract_no"] = f"GM{tk:%y}{nxt('K'):05d}"
    if ev(c, tk, "tp_contract", "signed", channel="e_sign", contract_no=c["contract_no"], trucks=c["est_trucks"],
          vehicle_model=c["vehicle_model"], term_months=c["term"], monthly_rent_cny=rent) is None:
        return
    c["contract_signed_at"], c["last_t"] = tk, tk
    if not P({"one_month": .97, "two_months": .89, "": .93}[variant]):
        return
    td = tk + timedelta(days=U(0.5, 6))
    dep_months = 1 if variant == "one_month" else 2
    dep = round(dep_months * rent * c["est_trucks"], 2)
    if ev(c, td, "tp_deposit", "paid", channel=c["payment_method"], deposit_cny=dep, deposit_months=dep_months,
          payment_method=c["payment_method"], 付款方式=c["付款方式"], contract_no=c["contract_no"]) is None:
        return
    c["deposit_cny"], c["last_t"] = dep, td
    c["deposit_order"] = order(c, td, "deposit", dep, "paid", channel="deposit", contract_no=c["contract_no"],
                               payment_method=c["payment_method"], paid_at=td)
    if not P(0.985):
        return
    short = btype == "cold_chain" and between(td, "2025-10-01", "2026-01-15")
    th = day_at((td + timedelta(days=U(24, 45) if short else U(3, 14))).date(), 9, 17)
    if th <= td:
        th = td + timedelta(hours=2)
    days_wait = (th.date() - tk.date()).days
    if ev(c, th, "tp_handover", "delivered", channel="depot", depot=CITY[city]["depot"], 交付中心=CITY[city]["depot_zh"],
          trucks=c["est_trucks"], vehicle_model=c["vehicle_model"], days_from_contract=days_wait,
          inspector=one_of(INSPECTORS), contract_no=c["contract_no"]) is None:
        return
    c["handover_at"], c["lessee"], c["last_t"] = th, True, th
    c["trucks_leased"], c["lease_term_months"] = c["est_trucks"], c["term"]
    if city == "Bangkok" and P(0.25):
        add_fb(c, None, pick({"vehicle_praise": .4, "manager_praise": .25, "generic_pos": .15, "generic_neu": .1,
                              "handover_delay": .1 if days_wait < 30 else 2}), "paper_survey", tp="tp_handover",
               rating="auto", lang="en")
    elif P(0.4):
        topic = "handover_delay" if days_wait > 30 and P(0.65) else pick(
            {"vehicle_praise": .35, "manager_praise": .25, "generic_pos": .2, "generic_neu": .12, "handover_delay": .08})
        add_fb(c, th + timedelta(days=U(1, 3)), topic, "handover_survey", tp="tp_handover", rating="auto")


# ----------------------------------------------------------------------------------------------- life as a lessee
def card_flow(c, t, migration=False) -> None:
    dev = c["app_device"]
    sid = f"S{nxt('S'):06d}"
    partner = SZ_NEW_PARTNER if (c["city"] == "Shenzhen" and t.date() >= SZ_SWITCH) else CARD_PARTNER[c["city"]]
    kw = dict(device=dev, channel="fleet_app", session_id=sid, card_partner=partner)
    if ev(c, t, "tp_app_login", "login", **kw) is None or not P(0.95):
        return
    t = t + timedelta(minutes=U(1, 40))
    if ev(c, t, "tp_card_apply", "submit", cards=c["trucks"], **kw) is None:
        return
    if not P(0.82 if migration else 0.9):
        if P(0.12):
            add_fb(c, t + timedelta(days=U(1, 5)), "charging_card", "app_review", tp="tp_card_verify",
                   rating="auto", device=dev, app_version="3.8.2" if t.year == 2026 else "3.6.0")
        return
    t = t + timedelta(hours=U(0.1, 20))
    if ev(c, t, "tp_card_verify", "passed", **kw) is None or not P(0.86 if migration else 0.95):
        return
    t = t + timedelta(hours=U(4, 60) if migration else U(4, 40))
    if ev(c, t, "tp_card_activate", "activated", cards=c["trucks"], **kw) is None or not P(0.96):
        return
    t = t + timedelta(hours=U(2, 60))
    ev(c, t, "tp_first_charge", "success", card_partner=partner, channel="charging_station")


def maintenance_round(c, t) -> None:
    centre = one_of(CITY[c["city"]]["centres"])
    ch = "line" if c["city"] == "Bangkok" else pick({"sms": .5, "wechat": .5})
    odo = int(U(18000, 24000) * max(1, (t - c["handover_at"]).days / 90))
    kw = dict(service_centre=centre, 服务站=CENTRE_ZH[centre], vehicles=c["trucks"])
    if ev(c, t, "tp_maint_reminder", "sent", channel=ch, odometer_km=odo, **kw) is None or not P(0.82):
        return
    t = t + timedelta(days=U(0.2, 5))
    if ev(c, t, "tp_maint_booking", "booked", channel="fleet_app", device=c["app_device"], **kw) is None \
            or not P(0.92):
        return
    t = day_at((t + timedelta(days=U(1, 7))).date(), 8, 17)
    wait = round(U(0.3, 3.5), 1)
    if ev(c, t, "tp_maint_checkin", "checked_in", channel="service_centre", wait_hours=wait, **kw) is None \
            or not P(0.99):
        return
    t = t + timedelta(hours=U(2, 9) + wait)
    parts = round(U(150, 900) * c["trucks"], 2)
    if ev(c, t, "tp_maint_done", "completed", channel="service_centre", labour_hours=round(U(1, 3) * c["trucks"], 1),
          parts_cny=parts, technician=one_of(TECHS), **kw) is None:
        return
    if P(0.15):
        topic = "maintenance_wait" if wait > 2.5 and P(0.6) else pick(
            {"maintenance_wait": .2, "tech_praise": .3, "generic_pos": .3, "generic_neu": .2})
        add_fb(c, t + timedelta(days=U(0.2, 2)), topic, "maintenance_survey", tp="tp_maint_done", rating="auto")
    if P(0.975):
        ev(c, t + timedelta(hours=U(0.5, 20)), "tp_maint_pickup", "collected", channel="service_centre", **kw)


def monsoon(t) -> bool:
    return t.month in (6, 7, 8, 9, 10)


def breakdown(c, t) -> None:
    city = c["city"]
    wet = city == "Bangkok" and monsoon(t)
    faults = {"tyre": .22, "low_voltage_12v": .16, "battery_bms": .14, "charging_port": .12, "motor": .07,
              "brake": .08, "accident": .1, "water_ingress": .6 if wet else .01}
    if c["vehicle_model"] == "reefer_42":
        faults["reefer_unit"] = .15
    fault = pick(faults)
    case = f"B{nxt('B'):06d}"
    kw = dict(case_no=case, fault_type=fault, 故障类型=FAULT_ZH[fault])
    if ev(c, t, "tp_breakdown", "reported", channel="hotline", district=one_of(CITY[city]["districts"]), **kw) is None:
        return
    if not P(0.9):              # fixed over the phone (12 V reset, driver guided) - no dispatch
        ev(c, t + timedelta(minutes=U(10, 40)), "tp_case_closed", "remote_fix", channel="hotline", **kw)
        return
    t1 = t + timedelta(minutes=U(4, 20))
    if ev(c, t1, "tp_rescue_dispatch", "dispatched", channel="roadside", **kw) is None or not P(0.985):
        return
    mu, sd = CITY[city]["rescue"]
    if wet and t.year == 2025:
        mu, sd = 102, 30
    mins = int(np.clip(rng.normal(mu, sd), 12, 300))
    t2 = t + timedelta(minutes=mins)
    if ev(c, t2, "tp_rescue_arrive", "on_site", channel="roadside", arrive_minutes=mins, technician=one_of(TECHS),
          **kw) is None:
        return
    if mins > 90:
        c["slow_rescue"] = True
    towed = P(0.75 if fault in ("battery_bms", "motor", "accident", "water_ingress") else 0.15)
    t3 = t2 + timedelta(hours=U(8, 70) if towed else U(0.3, 2.5))
    repl = "yes" if towed and (t3 - t).total_seconds() > 24 * 3600 and P(0.6) else "no"
    if not P(0.96) or ev(c, t3, "tp_repair_done", "repaired", channel="roadside", fix_type="towed" if towed else "onsite",
                         downtime_hours=round((t3 - t).total_seconds() / 3600, 1), replacement_vehicle=repl,
                         **kw) is None:
        return
    if fault == "accident" and P(0.5):
        order(c, t3 + timedelta(days=U(2, 10)), "repair_charge", round(U(800, 6000), 2),
              "paid" if P(0.9) else "overdue", channel="e_invoice", case_no=case)
    if not P(0.88):
        return
    t4 = t3 + timedelta(hours=U(2, 72))
    sat = "unsatisfied" if mins > 90 and P(0.6) else ("satisfied" if P(0.9) else "unsatisfied")
    if ev(c, t4, "tp_case_closed", sat, channel="hotline", **kw) is None:
        return
    if P(0.38):
        if mins > 80 and P(0.75):
            topic = "rescue_slow"
        elif fault == "water_ingress" and P(0.6):
            topic = "water_damage"
        else:
            topic = pick({"tech_praise": .45, "generic_pos": .2, "generic_neu": .17, "rescue_slow": .06,
                          "range": .04})
        add_fb(c, t4 + timedelta(hours=U(1, 30)), topic, "rescue_survey", tp="tp_rescue_arrive", rating="auto")


def termination(c, t, reason) -> bool:
    """returns True when the trucks were returned (the lease is over)."""
    kw = dict(termination_reason=reason, 退租原因=TERM_ZH[reason], contract_no=c.get("contract_no", ""))
    if ev(c, t, "tp_termination_request", "submitted", channel="hotline", **kw) is None:
        return False
    if not P(0.93):
        return False                                   # withdrawn, keeps leasing
    tq = work_time(t + timedelta(days=U(1, 5)))
    rent = rent_cny(c)
    penalty = round(2 * rent * c["trucks"], 2)
    if ev(c, tq, "tp_termination_quote", "issued", channel="email", penalty_cny=penalty, **kw) is None:
        return False
    order(c, tq, "termination_fee", penalty, "paid" if P(0.85) else "overdue", channel="e_invoice",
          contract_no=c.get("contract_no", ""))
    if not P(0.93):
        return False
    tr = day_at((tq + timedelta(days=U(3, 18))).date(), 9, 17)
    dmg = round(U(500, 8000), 2) if P(0.3) else 0.0
    if ev(c, tr, "tp_vehicle_return", "returned", channel="depot", trucks=c["trucks"], damage_cny=dmg,
          inspector=one_of(INSPECTORS), **kw) is None:
        return False
    c["terminated_at"] = tr
    c["termination_reason"], c["退租原因"] = reason, TERM_ZH[reason]
    refund_deposit(c, tr, dmg, early=True)
    return True


def refund_deposit(c, tr, dmg, early):
    backlog = between(tr, "2026-01-01", "2026-04-10")       # finance ERP migration
    days = U(26, 55) if backlog else U(5, 15)
    trf = work_time(tr + timedelta(days=days))
    refund = round(max(c["deposit_cny"] - dmg, 0), 2)
    if P(0.97) and ev(c, trf, "tp_deposit_refund", "refunded", channel="bank_transfer", refund_cny=refund,
                      days_after_return=(trf.date() - tr.date()).days) is not None:
        if c.get("deposit_order"):
            c["deposit_order"]["status"] = "refunded"
    if days > 20 and P(0.55):
        add_fb(c, tr + timedelta(days=U(20, 40)), "deposit_refund",
               pick({"complaint_ticket": .6, "call_note": .2, "wechat_service": .2}), tp="tp_deposit_refund")
    elif P(0.05):
        add_fb(c, tr + timedelta(days=U(10, 30)), "deposit_refund", "complaint_ticket", tp="tp_deposit_refund")


def term_hazard(c, y, m) -> tuple[float, str]:
    btype, city = c["business_type"], c["city"]
    if city == "Chengdu" and btype == "express_franchise" and (y, m) in ((2026, 1), (2026, 2), (2026, 3)):
        return 0.12, "lost_upstream_contract"
    h = {"owner_operator": .02}.get(btype, .007) + (.002 if city == "Bangkok" else 0)
    reasons = {"business_downsizing": .4, "switch_to_purchase": .2, "cost_too_high": .15, "vehicle_issues": .1,
               "business_closed": .15}
    if btype == "owner_operator":
        reasons = {"business_closed": .45, "cost_too_high": .35, "business_downsizing": .1, "switch_to_purchase": .05,
                   "vehicle_issues": .05}
    return h, pick(reasons)


def charging_month(c, y, m, frac) -> None:
    """charging usage of month (y, m), recorded and billed on the 3rd of the next month."""
    city = c["city"]
    zh, en, cny, thb, kwh_m = MODELS[c["vehicle_model"]]
    kwh = round(c["trucks"] * kwh_m * U(0.8, 1.15) * frac, 1)
    if kwh < 20:
        return
    sessions = max(1, int(kwh / U(38, 52)))
    share = SZ_DECLINE.get((y, m), .01) if city == "Shenzhen" else (.015 if city == "Bangkok" else .01)
    declined = int(rng.binomial(sessions, share))
    partner = SZ_NEW_PARTNER if (city == "Shenzhen" and date(y, m, 1) >= SZ_SWITCH) else CARD_PARTNER[city]
    ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
    tu = day_at(month_end(y, m), 23, 23.9)           # the month's usage record closes at month end
    t = day_at(date(ny, nm, 3), 2, 4)                # the charging statement, deducted from the card account
    if t > END:
        return
    amt = round(kwh * CITY[city]["kwh_price"], 2)
    if tu >= START:
        ev(c, tu, "tp_charging", "month_closed", channel="charging_card", charge_month=f"{y}-{m:02d}", kwh=kwh,
           sessions=sessions, declined_sessions=declined, card_partner=partner, amount_cny=amt)
    order(c, t, "charging", amt, "paid", channel="card_deduction", billing_month=f"{y}-{m:02d}", paid_at=t)
    # complaints about the charging card follow the decline share (Shenzhen after the partner switch)
    if P(min(0.6, share * 1.2 + (0.004 if city != "Shenzhen" else 0))):
        tt = day_at(date(y, m, int(U(1, month_end(y, m).day + 0.99))), 7, 22)
        ch = pick({"complaint_ticket": .55, "app_review": .25, "call_note": .2} if city != "Bangkok"
                  else {"line_oa": .6, "complaint_ticket": .4})
        extra = dict(device=c["app_device"], app_version="3.8.2" if y == 2026 else "3.6.0") if ch == "app_review" else {}
        add_fb(c, tt, "charging_card", ch, tp="tp_charging", rating="auto" if ch == "app_review" else None, **extra)
    if P(0.003 * (2.5 if (m in (6, 7, 8) or c["vehicle_model"] == "reefer_42") else 1)):
        tt = day_at(date(y, m, int(U(1, 28.99))), 8, 21)
        add_fb(c, tt, "range", pick({"complaint_ticket": .5, "call_note": .5}), tp="tp_charging")


def rent_invoice(c, t, amount, month_label) -> None:
    ino = f"INV{nxt('I'):07d}"
    due = t.date() + timedelta(days=10)
    kw = dict(invoice_no=ino, billing_month=month_label)
    if ev(c, t, "tp_invoice", "issued", channel="e_invoice", amount_cny=amount, due_date=due.isoformat(),
          **kw) is None:
        return
    if P(0.008):               # voided and re-issued (wrong truck count)
        order(c, t, "monthly_rent", amount, "cancelled", channel="e_invoice", due_date=due.isoformat(), **kw)
        if P(0.5):
            add_fb(c, t + timedelta(days=U(1, 6)), "billing", "complaint_ticket", tp="tp_invoice")
        ino = f"INV{nxt('I'):07d}"
        kw["invoice_no"] = ino
        t = t + timedelta(hours=U(20, 50))
        ev(c, t, "tp_invoice", "reissued", channel="e_invoice", amount_cny=amount, due_date=due.isoformat(), **kw)
    pay = c["payment_method"]
    p_late = {"direct_debit": .02}.get(pay, .30 if c["business_type"] == "owner_operator" else .08)
    if c["city"] == "Bangkok" and pay != "direct_debit":
        p_late += .05
    if pay == "direct_debit":
        tp_ = t + timedelta(hours=U(20, 60))
    else:
        tp_ = day_at(t.date() + timedelta(days=U(1, 9.9)), 9, 19)
    late = P(p_late)
    if late:
        tp_ = day_at(due + timedelta(days=U(1, 28)), 9, 19)
    days_late = max(0, (tp_.date() - due).days)
    o = order(c, t, "monthly_rent", amount, "paid", channel="e_invoice", due_date=due.isoformat(),
              payment_method=pay, **kw)
    if ev(c, tp_, "tp_payment", "late" if days_late > 0 else "on_time", channel=pay, payment_method=pay,
          付款方式=PAY_ZH[pay], amount_cny=amount, days_late=days_late, **kw) is None:
        o["status"] = "overdue" if due < END.date() else "pending"
        return
    o["paid_at"], o["days_late"] = tp_, days_late
    if P(0.0025):
        add_fb(c, t + timedelta(days=U(1, 12)), "billing", pick({"complaint_ticket": .7, "call_note": .3}),
               tp="tp_invoice")


def lessee_life(c) -> None:
    city = c["city"]
    h = c["handover_at"]
    if not c.get("old"):
        card_flow(c, h + timedelta(hours=U(3, 70)))
    end_term = c["term_end"]
    d0 = max(h.date(), START.date())
    # first rent invoice (pro-rata) at handover for new lessees
    rent_m = rent_cny(c) * c["trucks"]
    if not c.get("old"):
        dim = month_end(h.year, h.month).day
        left = dim - h.day + 1
        rent_invoice(c, h + timedelta(hours=1), round(rent_m * left / dim, 2), f"{h:%Y-%m}")
    next_maint = h + timedelta(days=U(80, 100))
    while next_maint < START:
        next_maint += timedelta(days=U(80, 100))
    over = None
    for y, m in months(d0, END.date()):
        first = date(y, m, 1)
        if over is not None:
            break
        # rent invoice on the 1st (in advance) when the lease runs into this month
        if first > h.date() and first > START.date() - timedelta(days=1):
            rent_invoice(c, day_at(first, 6, 8), rent_m, f"{y}-{m:02d}")
        # previous month's charging (card statement on the 3rd)
        if first > h.date():
            py, pm = (y - 1, 12) if m == 1 else (y, m - 1)
            if date(py, pm, 1) >= START.date() - timedelta(days=31):
                frac = 1.0 if h.date() <= date(py, pm, 1) else (month_end(py, pm).day - h.day + 1) / month_end(py, pm).day
                if (py, pm) >= (2024, 12):
                    charging_month(c, py, pm, frac)
        # Shenzhen card migration in November 2025
        if city == "Shenzhen" and (y, m) == (2025, 11) and h.date() < SZ_SWITCH:
            card_flow(c, day_at(date(2025, 11, int(U(1, 20.99))), 8, 20), migration=True)
        # maintenance rounds
        me = month_end(y, m)
        while next_maint.date() <= me:
            if next_maint >= START and next_maint > h:
                maintenance_round(c, day_at(next_maint.date(), 8, 11))
            next_maint += timedelta(days=U(80, 100))
        # breakdowns
        rate = {"Shenzhen": .030, "Chengdu": .028, "Bangkok": .034}[city]
        if city == "Bangkok" and monsoon(datetime(y, m, 1)):
            rate *= 2.4
        if c["vehicle_model"] == "reefer_42":
            rate += .01
        lo = h + timedelta(days=1) if (h.year, h.month) == (y, m) else datetime(y, m, 1)
        hi = datetime(me.year, me.month, me.day, 23, 0)
        if lo < hi:
            for _ in range(int(rng.poisson(rate * c["trucks"] * (hi - lo).days / me.day))):
                tb = lo + timedelta(seconds=U(0, (hi - lo).total_seconds()))
                if 5 <= tb.hour <= 22:
                    breakdown(c, tb)
        # LINE official-account messages (Bangkok)
        if city == "Bangkok" and P(0.025) and lo < hi:
            add_fb(c, lo + timedelta(seconds=U(0, (hi - lo).total_seconds())), pick(
                {"rescue_slow": .25 if monsoon(lo) and y == 2025 else .05, "billing": .15, "generic_neu": .25,
                 "generic_pos": .2, "range": .1, "maintenance_wait": .1, "water_damage": .3 if monsoon(lo) else 0}),
                "line_oa", lang="en" if c["preferred_language"] == "en" else "zh")
        # fleet-app store reviews by the fleet manager
        if P(0.012) and lo < hi and c["app_device"] != "pc":
            add_fb(c, lo + timedelta(seconds=U(0, (hi - lo).total_seconds())), pick(
                {"app_praise": .45, "generic_pos": .2, "generic_neu": .25, "billing": .05, "maintenance_wait": .05}),
                "app_review", tp="tp_app_login", rating="auto", device=c["app_device"],
                app_version="3.8.2" if y == 2026 else "3.6.0")
        # hotline calls
        if P(0.08) and lo < hi:
            ev(c, lo + timedelta(seconds=U(0, (hi - lo).total_seconds())), "tp_hotline",
               "call", channel="phone", call_reason=pick({"billing": .3, "charging": .25 if city != "Shenzhen" or
                                                          (y, m) < (2025, 11) else .6, "vehicle": .25, "other": .2}))
        # lease end for old lessees (renew or hand back)
        if end_term is not None and (y, m) == (end_term.year, end_term.month):
            te = day_at(end_term, 9, 17)
            if P(0.68):
                ev(c, te, "tp_renewal", "renewed", channel="sales", term_months=12, contract_no=c["contract_no"])
                c["term_end"] = end_term = None
            else:
                if ev(c, te, "tp_lease_end", "returned", channel="depot", trucks=c["trucks"],
                      contract_no=c["contract_no"]) is not None:
                    refund_deposit(c, te, 0.0, early=False)
                    c["ended"], c["ended_at"] = True, te.date()
                    over = te
                    break
        # early termination (not in the first 3 months)
        if (datetime(y, m, 1) - h).days > 90:
            hz, reason = term_hazard(c, y, m)
            if P(hz):
                tt = day_at(date(y, m, int(U(1, me.day + 0.99))), 9, 18)
                if termination(c, tt, reason):
                    over = tt
                    break


def nps_waves() -> None:
    waves = {"2025-06": date(2025, 6, 9), "2025-12": date(2025, 12, 8), "2026-05": date(2026, 5, 11)}
    base = {"Shenzhen": 8.1, "Chengdu": 8.2, "Bangkok": 7.6}
    for wave, d0 in waves.items():
        for c in customers:
            if not c["lessee"] or c["handover_at"].date() > d0 - timedelta(days=20):
                continue
            if c["terminated_at"] is not None and c["terminated_at"].date() < d0:
                continue
            if c["ended"] and c.get("ended_at") and c["ended_at"] < d0:
                continue
            if not P(0.5):
                continue
            mu = base[c["city"]]
            sz_pain = c["city"] == "Shenzhen" and wave in ("2025-12", "2026-05")
            if sz_pain:
                mu -= 1.6 if wave == "2025-12" else 0.7
            if c["slow_rescue"]:
                mu -= 1.4
            if c["business_type"] == "owner_operator":
                mu -= 0.5
            score = int(np.clip(round(rng.normal(mu, 1.6)), 0, 10))
            if score >= 9:
                topic = pick({"vehicle_praise": .35, "manager_praise": .25, "tech_praise": .1, "app_praise": .1,
                              "generic_pos": .2})
            elif score >= 7:
                topic = pick({"generic_neu": .5, "generic_pos": .2, "vehicle_praise": .1, "maintenance_wait": .1,
                              "range": .1})
            else:
                opts = {"generic_neu": .15, "range": .15, "maintenance_wait": .15, "billing": .1}
                if sz_pain:
                    opts["charging_card"] = .2 if wave == "2025-12" else .25
                if c["slow_rescue"]:
                    opts["rescue_slow"] = .8
                topic = pick(opts)
            t = day_at(d0 + timedelta(days=int(U(0, 10))), 8, 22)
            add_fb(c, t, topic, "nps_survey", nps=score, survey_wave=wave)


# ----------------------------------------------------------------------------------------------- build
def build() -> None:
    cid = 0
    for y, m in months(START.date(), END.date()):
        for city in CITY:
            for _ in range(enquiry_volume(city, y, m)):
                cid += 1
                t = day_at(date(y, m, int(U(1, month_end(y, m).day + 0.99))), 8, 21.5)
                c = new_customer(f"C{cid:05d}", city, t)
                onboarding(c)
    # accounts that started leasing before 2025 (no onboarding events in the extract)
    for i in range(1, 331):
        city = pick({"Shenzhen": .5, "Chengdu": .35, "Bangkok": .15})
        h = day_at(date(2022, 7, 1) + timedelta(days=int(U(0, 895))), 9, 17)
        c = new_customer(f"L{i:04d}", city, h - timedelta(days=int(U(25, 60))), old=True)
        c["term"] = pick({24: .55, 36: .45})
        c["handover_at"], c["contract_signed_at"], c["lessee"], c["old"] = h, h - timedelta(days=int(U(5, 20))), True, True
        c["trucks_leased"], c["lease_term_months"] = c["trucks"], c["term"]
        c["contract_no"] = f"GM{h:%y}{nxt('K'):05d}"
        c["deposit_cny"] = round(2 * rent_cny(c) * c["trucks"], 2)
    for c in customers:
        if c["lessee"]:
            if c.get("old"):
                te = (c["handover_at"] + timedelta(days=int(c["term"] * 30.44))).date()
                c["term_end"] = te if START.date() <= te <= END.date() else None
            else:
                c["term_end"] = None
            lessee_life(c)
    nps_waves()
    # WeChat service-group messages exported without time or customer (Chinese cities)
    for _ in range(150):
        topic = pick({"charging_card": .22, "deposit_refund": .1, "rescue_slow": .08, "billing": .1,
                      "maintenance_wait": .1, "range": .1, "vehicle_praise": .1, "generic_neu": .1, "generic_pos": .1})
        add_fb(None, None, topic, "wechat_group", lang="zh", city=pick({"Shenzhen": .6, "Chengdu": .4}))
    segments()


def segments() -> None:
    for c in customers:
        if c["lessee"]:
            overdue = False
            c["segment"] = ("terminated" if c["terminated_at"] else "ended" if c["ended"] else
                            "new" if (END - c["handover_at"]).days <= 90 else "active")
        else:
            c["segment"] = "lost_lead" if c["rejected"] or (END - c["last_t"]).days > 45 else "prospect"
    late = {o["customer_id"] for o in orders if o["status"] == "overdue" and o["order_type"] == "monthly_rent"}
    for c in customers:
        if c["segment"] in ("active", "new") and c["customer_id"] in late:
            c["segment"] = "at_risk"


# ----------------------------------------------------------------------------------------------- write
def write(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)

    def dump(name, cols, rows, folder=out):
        with open(folder / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(cols)
            for r in rows:
                w.writerow([fmt(r.get(k)) if isinstance(r.get(k), (datetime, date)) else
                            ("" if r.get(k) is None else r.get(k)) for k in cols])

    dump("touchpoints", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"],
         [dict(touchpoint_id=a, name=b, name_zh=b, name_en=c, stage=d, channel=e, kind=f, owner=g, aliases=h)
          for a, b, c, d, e, f, g, h in touchpoints])
    jr = []
    for jid, zh, en, steps, win in journeys:
        for k, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=win))
    dump("journeys", ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
                      "window_days"], jr)
    dump("customers", ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "获客渠道", "tier", "city",
                       "城市", "district", "business_type", "客户类型", "company_name", "est_trucks", "trucks_leased",
                       "vehicle_model", "lease_term_months", "sales_rep", "payment_method", "付款方式",
                       "preferred_language", "app_device", "contract_signed_at", "handover_at", "terminated_at",
                       "termination_reason", "退租原因"], customers)

    events.sort(key=lambda r: (r["ts"], r["customer_id"], r["touchpoint_id"]))
    for i, r in enumerate(events, 1):
        r["event_id"] = f"E{i:07d}"
        if r.get("vehicle_model") is None and r["touchpoint_id"] in ("tp_handover", "tp_quote"):
            pass
    # bank webhook re-sent 40 payment notifications in February 2026 (same event_id, loaded once)
    pays = [r for r in events if r["touchpoint_id"] == "tp_payment" and between(r["ts"], "2026-02-01", "2026-02-28")]
    dup = [pays[int(i)] for i in sorted(rng.choice(len(pays), 40, replace=False))]
    rows = events + [dict(r) for r in dup]
    rows.sort(key=lambda r: (r["ts"], r["event_id"]))
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device", "session_id", "city",
             "vehicle_model", "trucks", "est_trucks", "depot", "交付中心", "credit_score", "credit_bureau", "risk_model",
             "reject_reason", "拒绝原因", "quote_no", "monthly_rent_cny", "monthly_rent_local", "term_months",
             "contract_no", "deposit_cny", "deposit_months", "payment_method", "付款方式", "days_from_contract",
             "inspector", "card_partner", "cards", "charge_month", "kwh", "sessions", "declined_sessions",
             "service_centre", "服务站", "vehicles", "odometer_km", "wait_hours", "labour_hours", "parts_cny",
             "technician", "case_no", "fault_type", "故障类型", "district", "arrive_minutes", "fix_type",
             "downtime_hours", "replacement_vehicle", "invoice_no", "billing_month", "amount_cny", "due_date",
             "days_late", "call_reason", "termination_reason", "退租原因", "penalty_cny", "damage_cny", "refund_cny",
             "days_after_return"]
    dump("events", ecols, rows)

    orders.sort(key=lambda r: (r["ts"], r["customer_id"]))
    for i, r in enumerate(orders, 1):
        r["order_id"] = f"O{i:06d}"
    dump("orders", ["order_id", "customer_id", "ts", "amount", "status", "channel", "order_type", "账单类型", "city",
                    "business_type", "currency", "amount_local", "vehicle_model", "trucks", "invoice_no",
                    "billing_month", "contract_no", "case_no", "due_date", "paid_at", "days_late", "payment_method"],
         orders)

    for i, r in enumerate(feedback, 1):
        r["feedback_id"] = f"F{i:05d}"
    fcols = ["feedback_id", "customer_id", "ts", "channel", "touchpoint_id", "rating", "nps", "text", "language",
             "city", "business_type", "survey_wave", "device", "app_version"]
    dump("feedback", fcols, feedback)
    dump("feedback_truth", ["feedback_id", "topic", "sentiment"], feedback, folder=out / "_truth")
    experiments.sort(key=lambda r: r["assigned_at"])
    dump("experiments", ["experiment_id", "variant", "customer_id", "assigned_at"], experiments)


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: generate.py OUTDIR", file=sys.stderr)
        return 2
    build()
    write(Path(sys.argv[1]))
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"experiments {len(experiments)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
