"""力擎 LiftPro: forklift and warehouse-equipment rental and maintenance for factories and 3PL warehouses, with
branches in Kunshan, Foshan, Tianjin (China), Bangkok (Thailand) and Ho Chi Minh City (Vietnam). Synthetic, written
blind.

A customer (customer_id) is one client site: a factory or a 3PL warehouse that rents (or asked to rent) forklifts,
reach trucks, pallet trucks, stackers or order pickers from its local LiftPro branch.

Journey: web enquiries (some after an ad click) and sales-rep leads, site surveys, quotes, rental contracts
(long_term 12-36 months with a monthly invoice, or short_term days-weeks billed at the end), delivery, operator
training; breakdown calls, technician dispatch and visits (first-time fix, parts wait, replacement unit), battery
swaps, preventive maintenance, hotline, customer portal, monthly invoices and disputes; off-hire requests,
collection and return inspections with damage charges; quarterly account reviews with NPS; renewal notices,
renewal quotes and renewals. A/B test `same_day_promise` (web enquiries 1 Sep - 30 Nov 2025).

Data 2024-07-01 .. 2026-06-30 (extract taken in July 2026, five months before "today" 2026-12-01). Naive times,
local to each branch. Money: orders.amount in the branch's currency (CNY / THB / VND) and amount_usd at fixed group
rates (CNY 0.14, THB 0.02857, VND 0.0000394).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback, experiments (CSV, DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table). Deterministic
(seed 20261207), Python + numpy, about 3 s. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 6, 30, 23, 59, 59)
EXP = (datetime(2025, 9, 1), datetime(2025, 11, 30, 23, 59, 59))          # same-day delivery promise A/B (web)
ROLLOUT = datetime(2026, 1, 15)                                            # same-day promise, Chinese branches
FS_BATTERY = (datetime(2025, 6, 1), datetime(2025, 9, 30, 23, 59, 59))     # bad lead-acid battery batch in the heat
FS_LITHIUM = (datetime(2025, 10, 1), datetime(2025, 12, 20))               # Foshan lithium retrofit programme
TJ_SHORT = (datetime(2025, 11, 1), datetime(2026, 2, 28, 23, 59, 59))      # Tianjin technician shortage, winter
HCM_INSPECT = datetime(2025, 4, 1)                                         # HCMC return checks by a subcontractor
BILLING = (datetime(2026, 2, 1), datetime(2026, 3, 31, 23, 59, 59))        # new billing system go-live

# code: city, zh, country, country_zh, currency, usd rate, local per CNY, price level, base customers, leads,
#       payment terms, same-day success, share of customers writing in English, share of rep leads, 3PL share
BRANCH = {
    "KS": ("Kunshan", "昆山", "China", "中国", "CNY", 0.14, 1.0, 1.0, 140, 380, 30, 0.82, 0.10, 0.30, 0.35),
    "FS": ("Foshan", "佛山", "China", "中国", "CNY", 0.14, 1.0, 0.95, 85, 320, 30, 0.76, 0.06, 0.32, 0.30),
    "TJ": ("Tianjin", "天津", "China", "中国", "CNY", 0.14, 1.0, 0.97, 82, 270, 30, 0.50, 0.08, 0.33, 0.40),
    "BKK": ("Bangkok", "曼谷", "Thailand", "泰国", "THB", 0.02857, 4.9, 0.95, 70, 230, 60, 0.52, 0.85, 0.55, 0.35),
    "HCM": ("Ho Chi Minh City", "胡志明市", "Vietnam", "越南", "VND", 0.0000394, 3550.0, 0.9, 66, 260, 45, 0.48,
            0.80, 0.55, 0.30),
}
# model: zh, en, power, CNY per month, breakdowns per unit-month, fault mix
MODELS = {
    "EC-25": ("2.5吨电动平衡重叉车", "2.5t electric counterbalance forklift", "electric", 3200, 0.045,
              {"battery": 0.26, "electrical": 0.2, "hydraulic": 0.12, "mast_chain": 0.1, "tyres": 0.14,
               "brakes": 0.08, "operator_damage": 0.1}),
    "DC-35": ("3.5吨内燃叉车", "3.5t diesel forklift", "diesel", 3600, 0.05,
              {"engine": 0.36, "hydraulic": 0.14, "tyres": 0.16, "brakes": 0.1, "mast_chain": 0.1,
               "electrical": 0.04, "operator_damage": 0.1}),
    "RT-16": ("1.6吨前移式叉车", "1.6t reach truck", "electric", 4600, 0.13,
              {"hydraulic": 0.56, "battery": 0.1, "electrical": 0.12, "mast_chain": 0.1, "operator_damage": 0.07,
               "tyres": 0.05}),
    "PT-20": ("2吨电动搬运车", "2t electric pallet truck", "electric", 1200, 0.035,
              {"battery": 0.28, "electrical": 0.24, "tyres": 0.2, "operator_damage": 0.16, "brakes": 0.12}),
    "ST-14": ("1.4吨电动堆高车", "1.4t electric stacker", "electric", 1800, 0.045,
              {"battery": 0.24, "hydraulic": 0.2, "electrical": 0.2, "mast_chain": 0.16, "operator_damage": 0.1,
               "tyres": 0.1}),
    "OP-10": ("拣选车", "order picker", "electric", 4000, 0.06,
              {"electrical": 0.3, "battery": 0.24, "hydraulic": 0.16, "mast_chain": 0.15, "operator_damage": 0.1,
               "brakes": 0.05}),
}
MIX = {
    "factory": {"EC-25": 0.36, "DC-35": 0.2, "PT-20": 0.22, "ST-14": 0.1, "RT-16": 0.07, "OP-10": 0.05},
    "3pl": {"RT-16": 0.26, "PT-20": 0.3, "EC-25": 0.16, "OP-10": 0.14, "ST-14": 0.1, "DC-35": 0.04},
    "cold": {"RT-16": 0.5, "PT-20": 0.25, "EC-25": 0.15, "OP-10": 0.1},
}
INDUSTRY = {
    "KS": {"electronics": 0.45, "auto_parts": 0.25, "precision_machinery": 0.2, "food_beverage": 0.1},
    "FS": {"home_appliances": 0.35, "furniture": 0.3, "ceramics": 0.2, "food_beverage": 0.15},
    "TJ": {"auto_parts": 0.35, "chemicals": 0.25, "steel_products": 0.2, "food_beverage": 0.2},
    "BKK": {"auto_parts": 0.4, "food_beverage": 0.35, "electronics": 0.25},
    "HCM": {"garment_textile": 0.4, "footwear": 0.25, "furniture": 0.2, "food_beverage": 0.15},
}
IND_3PL = {"KS": {"ecommerce_3pl": 0.55, "cold_chain_3pl": 0.15, "contract_logistics": 0.3},
           "FS": {"ecommerce_3pl": 0.55, "cold_chain_3pl": 0.15, "contract_logistics": 0.3},
           "TJ": {"port_logistics": 0.45, "ecommerce_3pl": 0.3, "cold_chain_3pl": 0.25},
           "BKK": {"ecommerce_3pl": 0.45, "cold_chain_3pl": 0.2, "contract_logistics": 0.35},
           "HCM": {"ecommerce_3pl": 0.45, "cold_chain_3pl": 0.15, "contract_logistics": 0.4}}
IND_WORD = {"electronics": ("电子", "Electronics"), "auto_parts": ("汽车零部件", "Auto Parts"),
            "precision_machinery": ("精密机械", "Precision"), "food_beverage": ("食品", "Foods"),
            "home_appliances": ("电器", "Appliances"), "furniture": ("家具", "Furniture"),
            "ceramics": ("陶瓷", "Ceramics"), "chemicals": ("化工", "Chemicals"), "steel_products": ("钢制品", "Steel"),
            "garment_textile": ("纺织服装", "Garment"), "footwear": ("鞋业", "Footwear"),
            "ecommerce_3pl": ("供应链", "Fulfilment"), "cold_chain_3pl": ("冷链物流", "Cold Chain"),
            "contract_logistics": ("物流", "Logistics"), "port_logistics": ("港口物流", "Port Logistics")}
ZH_SYL = list("华盛瑞鑫恒嘉宏正联新金永天众汇博佳达凯信润丰源泰宇德福安")
FOREIGN = ["Tokai", "Hanse", "Nordwerk", "Sakura", "Alpen", "Kyowa", "Rhein", "Osaka", "Daewon", "Meridian"]
THAI = ["Siam", "Chai", "Rungroj", "Sombat", "Charoen", "Pattana", "Wattana", "Krungthai", "Srisuk", "Thanakorn"]
VIET = ["Saigon", "Phu My", "Tan Thuan", "Binh Duong", "Long An", "Viet Hung", "Minh Phat", "Dong Nai", "An Phu",
        "Hoang Long"]
TECHS = {"KS": ["张伟", "李强", "王磊", "刘洋", "陈刚", "杨帆", "周杰"],
         "FS": ["黄志明", "梁伟", "何俊", "罗建", "邓超", "冯涛"],
         "TJ": ["赵鹏", "孙浩", "马俊", "高峰", "郭明"],
         "BKK": ["Somchai K.", "Anan P.", "Prasert W.", "Kittisak S.", "Niran T."],
         "HCM": ["Nguyen Van Hai", "Tran Minh Tuan", "Le Quoc Bao", "Pham Duc Long", "Vo Thanh Son"]}
TJ_LEFT = ("高峰", "郭明")  # left Tianjin in Oct 2025; replacements started in March 2026
REPS = {"KS": ["吴婷", "徐亮", "沈佳"], "FS": ["邓丽", "谭锋", "卢敏"], "TJ": ["韩雪", "曹磊"],
        "BKK": ["Ploy S.", "Arthit C.", "Mint R."], "HCM": ["Nguyen Thi Mai", "Do Van Phuc", "Bui Thanh Ha"]}
AMS = {"KS": ["陈晓东", "林慧"], "FS": ["黄海波", "冯静"], "TJ": ["王建军", "李娜"],
       "BKK": ["Warunee J.", "Kevin Tan"], "HCM": ["Tran Thi Lan", "David Lim"]}
DAMAGE = {"fork_bent": (1500, 4000), "mast_scratch": (300, 1200), "tyre_worn": (800, 2500), "seat_torn": (200, 600),
          "overhead_guard": (2000, 6000), "battery_damage": (3000, 9000), "light_broken": (150, 500)}
DAMAGE_P = {"fork_bent": 0.22, "mast_scratch": 0.22, "tyre_worn": 0.2, "seat_torn": 0.1, "overhead_guard": 0.08,
            "battery_damage": 0.06, "light_broken": 0.12}
MSG = {"KS": "wechat", "FS": "wechat", "TJ": "wechat", "BKK": "line", "HCM": "zalo"}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ads_click", "广告点击", "Ad click", "awareness", "ads", "digital", "marketing",
     "ads|Baidu ad|Google ad|广告|投放|推广"),
    ("tp_rep_lead", "销售拜访线索", "Sales-rep lead", "awareness", "other", "physical", "sales",
     "rep lead|cold visit|trade show lead|销售线索|地推|陌拜|展会线索"),
    ("tp_web_enquiry", "官网询价", "Web enquiry", "consideration", "web", "digital", "marketing",
     "enquiry|inquiry|quote request form|询价|官网留资|在线询价|留言"),
    ("tp_site_survey", "现场勘察", "Site survey", "consideration", "other", "physical", "sales",
     "site visit|warehouse survey|勘察|看现场|现场评估"),
    ("tp_quote_sent", "报价单", "Quote sent", "consideration", "email", "digital", "sales",
     "quotation|price offer|报价|报价单|方案报价"),
    ("tp_contract_signed", "签订租赁合同", "Rental contract signed", "purchase", "other", "physical", "sales",
     "contract|order|booking|签约|下单|签合同|租赁合同"),
    ("tp_delivery", "送车到场", "Delivery", "purchase", "other", "physical", "logistics",
     "delivery|drop-off|handover|送车|交车|送货|到车"),
    ("tp_operator_training", "司机操作培训", "Operator training", "purchase", "other", "physical", "service",
     "driver training|safety training|操作培训|司机培训|叉车培训"),
    ("tp_breakdown_call", "故障报修", "Breakdown call", "service", "phone", "digital", "service_desk",
     "breakdown|callout|service call|repair request|报修|故障|坏了|趴窝"),
    ("tp_tech_dispatch", "派工", "Technician dispatch", "service", "phone", "digital", "service_desk",
     "dispatch|job assigned|派工|派单|派人"),
    ("tp_tech_visit", "技术员上门", "Technician visit", "service", "other", "physical", "field_service",
     "site visit|engineer visit|on-site|上门|到场|师傅上门"),
    ("tp_repair_done", "维修完成", "Repair completed", "service", "other", "physical", "field_service",
     "fixed|back in service|修好|修复|恢复使用"),
    ("tp_replacement_unit", "替换车", "Replacement unit", "service", "other", "physical", "logistics",
     "swap truck|loaner|replacement forklift|替换车|备用车|顶替车"),
    ("tp_battery_swap", "电池更换", "Battery swap", "service", "other", "physical", "field_service",
     "battery change|battery exchange|换电池|电池更换|锂电改装"),
    ("tp_pm_service", "定期保养", "Preventive maintenance", "service", "other", "physical", "field_service",
     "PM|routine service|scheduled maintenance|保养|定保|例行保养"),
    ("tp_hotline", "客服热线", "Service hotline", "service", "phone", "digital", "customer_service",
     "call center|400 line|hotline|热线|客服电话|400电话"),
    ("tp_customer_portal", "客户门户", "Customer portal", "service", "web", "digital", "digital",
     "portal|online account|客户平台|门户|网上账户"),
    ("tp_invoice_sent", "租金账单", "Rental invoice", "service", "email", "digital", "finance",
     "invoice|bill|monthly statement|账单|对账单|月结单|发票"),
    ("tp_invoice_dispute", "账单异议", "Invoice dispute", "service", "email", "digital", "finance",
     "billing dispute|invoice query|账单异议|对账问题|争议"),
    ("tp_offhire_request", "退租申请", "Off-hire request", "service", "phone", "digital", "logistics",
     "off-hire|off hire|return request|退租|还车申请"),
    ("tp_collection", "上门收车", "Collection", "service", "other", "physical", "logistics",
     "pick-up|collection|收车|取车|拉车"),
    ("tp_return_inspection", "退车验车", "Return inspection", "service", "other", "physical", "logistics",
     "return check|check-in inspection|damage check|验车|退车检查|定损"),
    ("tp_account_review", "季度客户回访", "Quarterly account review", "loyalty", "other", "physical",
     "account_management", "QBR|business review|account review|客户回访|季度回访"),
    ("tp_renewal_notice", "续租提醒", "Renewal notice", "loyalty", "email", "digital", "account_management",
     "renewal reminder|expiry notice|续租提醒|到期提醒"),
    ("tp_renewal_quote", "续租报价", "Renewal quote", "loyalty", "email", "digital", "account_management",
     "renewal offer|renewal proposal|续租报价|续约报价"),
    ("tp_renewal_signed", "续租签约", "Renewal signed", "loyalty", "other", "physical", "account_management",
     "renewed|renewal|续租|续约|续签"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("web_quick_rent", "官网询价到签约", "Web enquiry to contract", 14,
     ["tp_web_enquiry", "tp_quote_sent", "tp_contract_signed"]),
    ("rep_lead_to_contract", "销售线索到签约", "Sales lead to contract", 60,
     ["tp_rep_lead", "tp_site_survey", "tp_quote_sent", "tp_contract_signed"]),
    ("breakdown_fix", "报修24小时修复", "Breakdown fixed within 24h", 1,
     ["tp_breakdown_call", "tp_tech_dispatch", "tp_tech_visit", "tp_repair_done"]),
    ("offhire_return", "退租收车验车", "Off-hire to return inspection", 7,
     ["tp_offhire_request", "tp_collection", "tp_return_inspection"]),
    ("renewal", "续租", "Contract renewal", 60, ["tp_renewal_notice", "tp_renewal_quote", "tp_renewal_signed"]),
]

# ---------------------------------------------------------------- feedback templates
# Each complaint / praise topic uses a marker word pair that no other topic's text contains (checked at the end).
MARK = {
    "same_day_broken": (["当天送"], ["same-day", "same day"]),
    "delivery_praise": (["准时"], ["on time"]),
    "slow_response": (["响应"], ["response"]),
    "tech_praise": (["师傅"], ["technician"]),
    "battery": (["电池"], ["battery"]),
    "oil_leak": (["漏油"], ["leak"]),
    "damage_dispute": (["赔偿"], ["damage charge"]),
    "invoice_error": (["账单"], ["invoice"]),
    "price": (["价格"], ["price"]),
    "training_praise": (["培训"], ["training"]),
    "replacement_praise": (["替换车"], ["replacement"]),
}
SENT = {"same_day_broken": "neg", "delivery_praise": "pos", "slow_response": "neg", "tech_praise": "pos",
        "battery": "neg", "oil_leak": "neg", "damage_dispute": "neg", "invoice_error": "neg", "price": "neg",
        "training_praise": "pos", "replacement_praise": "pos", "general_pos": "pos", "request": "neu",
        "general_neg": "neg"}
TPL = {
    "same_day_broken": (
        ["说好当天送车，结果第二天上午才到，夜班没车用。",
         "下单页面写着当天送达，实际拖到第二天，{city}仓库白等了一下午。",
         "承诺当天送，司机下午才打电话说车排不过来，耽误我们装柜。",
         "当天送的承诺没兑现，也没人提前通知一声，很被动。",
         "就是冲着当天送才下的单，结果和别家一样第二天才到。"],
        ["The site promised same-day, the truck showed up the next morning. Our night shift had nothing to drive.",
         "We booked because of the same-day promise but it arrived a day late.",
         "Same-day delivery didn't happen and nobody called to warn us.",
         "You advertise same day and then turn up tomorrow. Not acceptable in peak season.",
         "Picked you over two other suppliers for same-day, got next-day instead."]),
    "delivery_praise": (
        ["送车很准时，司机还帮忙卸车检查。", "按约定时间准时到场，车况很新。", "准时交车，交接手续简单清楚。",
         "旺季也能准时送到，帮了大忙。"],
        ["Trucks arrived on time and in good condition.", "Delivery on time, driver did a proper handover.",
         "Right on time even in peak season, thanks.", "Arrived on time, paperwork took five minutes."]),
    "slow_response": (
        ["报修后等了{h}个小时才有人来，响应太慢，整条线停着。", "叉车趴窝一整天，维修响应跟不上。",
         "响应时间越来越长，以前半天就到，现在要等到第二天。", "晚上报修根本没人响应，只能干等到天亮。",
         "报修电话打了三次才有人响应，仓库发货全耽误了。"],
        ["Waited {h} hours for anyone to show up. Response time is terrible.",
         "Our truck was down all day. Your response is far too slow for a 24/7 warehouse.",
         "Response used to be same morning, now it's next day.",
         "No response to our night-shift breakdown call until the morning.",
         "Three calls before we got any response. Outbound was stuck for a whole shift."]),
    "tech_praise": (
        ["{tech}师傅很专业，半小时就找到问题修好了。", "维修师傅来得快，顺便把其他几台车也检查了。",
         "师傅态度很好，还教我们司机日常点检。", "这次来的师傅经验丰富，一次修好。"],
        ["The technician was quick and knew exactly what was wrong.",
         "Great technician, fixed it in under an hour and checked the other trucks too.",
         "Technician {tech} was professional and showed our drivers the daily checks.",
         "Friendly technician, first-time fix, much appreciated."]),
    "battery": (
        ["电池掉电太快，一个班都撑不下来。", "天气一热电池就不行，一天要换两次。", "电池充不满，叉车下午就趴了。",
         "这批电池质量有问题，三天两头报警。", "电池又坏了，这个月第三次了。"],
        ["Battery doesn't last a full shift.", "The battery keeps dying in the afternoon heat.",
         "Third battery failure this month, please sort it out.", "Battery won't hold a charge after lunch.",
         "Battery alarm again on two trucks, the whole batch seems bad."]),
    "oil_leak": (
        ["前移式叉车又漏油了，地面全是油，安全隐患很大。", "门架油缸漏油，修了两次还是漏。",
         "液压漏油把货弄脏了，客户投诉我们。", "{model}漏油的问题一直没解决。"],
        ["The reach truck is leaking hydraulic oil again, slippery floor everywhere.",
         "Mast cylinder leak came back two weeks after the repair.",
         "Oil leak on the {model} stained a pallet of customer goods.",
         "Hydraulic leak again. This model is a headache."]),
    "damage_dispute": (
        ["退车时说货叉变形要赔偿{amt}，送来的时候就是这样。", "验车只拍了几张照片就开赔偿单，我们不认可。",
         "赔偿金额太离谱，轮胎正常磨损也算我们的。", "退车赔偿没有现场确认，单方面扣钱。"],
        ["The damage charge for scratches on the mast is unfair, they were there at delivery.",
         "Photo-only check and then a damage charge of {amt}? We dispute this.",
         "Normal tyre wear billed as a damage charge. Please review.",
         "Nobody from our side signed the return check, yet we got a damage charge."]),
    "invoice_error": (
        ["这个月账单工时算错了，超时费多收了。", "新系统出的账单重复收费，财务对不上。", "账单又开错了，已经第二次重开。",
         "账单里还有上个月已经退掉的车。"],
        ["This month's invoice double-charges the hour-meter overage.", "The invoice shows units we already returned.",
         "Third corrected invoice this quarter, our AP team is fed up.",
         "Your new system sent us a duplicate invoice."]),
    "price": (
        ["续租价格涨得太多，别家报价便宜不少。", "短租价格偏高，旺季还要加价。", "价格没有竞争力，考虑换供应商。"],
        ["Your price is higher than a competitor's quote for the same trucks.",
         "The price increase at renewal is hard to justify.", "Peak-season price uplift is too steep."]),
    "training_praise": (
        ["司机培训很实用，新员工上手快。", "培训老师讲得很细，安全意识提高了。", "操作培训安排得及时，考证也顺利。"],
        ["Operator training was practical, our new drivers picked it up fast.",
         "Good safety training for the team.", "The training session was well organised."]),
    "replacement_praise": (
        ["车坏了当天就送来替换车，没耽误发货。", "替换车来得及时，这点很满意。"],
        ["They brought a replacement unit within hours, no downtime for us.",
         "Quick replacement truck while ours was in the workshop."]),
    "general_pos": (
        ["合作几年了，整体满意。", "车况好，服务稳定。", "对接人很负责，有问题都能很快解决。"],
        ["Reliable partner overall.", "Fleet is in good shape and service is consistent.",
         "Account manager is responsive and easy to work with."]),
    "request": (
        ["想增加两台电动搬运车，麻烦联系一下。", "请帮忙安排下个月的例行检查。", "下个月仓库搬迁，需要调整送车地址。"],
        ["We may need two extra pallet trucks in November.", "Please book next month's routine check.",
         "We are moving to a new warehouse next month, please update the site address."]),
    "general_neg": (
        ["沟通效率有待提高。", "整体一般，没有以前好。"],
        ["Communication could be better.", "Not as good as last year."]),
}


class Gen:
    def __init__(self):
        self.rng = np.random.default_rng(SEED)
        self.events: list[dict] = []
        self.orders: list[dict] = []
        self.feedback: list[dict] = []
        self.truth: list[tuple] = []
        self.exp: list[dict] = []
        self.customers: list[dict] = []
        self.n_ev = self.n_ord = self.n_fb = self.n_con = self.n_tk = self.n_inv = self.n_sess = 0
        self.unit_serial = {b: 0 for b in BRANCH}

    # ------------------------------------------------------------ helpers
    def r(self):
        return float(self.rng.random())

    def u(self, a, b):
        return float(self.rng.uniform(a, b))

    def pick(self, d):
        keys = list(d)
        p = np.array([d[k] for k in keys], dtype=float)
        return keys[int(self.rng.choice(len(keys), p=p / p.sum()))]

    def choice(self, seq):
        return seq[int(self.rng.integers(len(seq)))]

    def at_hour(self, t, h0, h1):
        base = datetime(t.year, t.month, t.day)
        return base + D(hours=self.u(h0, h1))

    def ev(self, c, t, tp, action="", channel="", **kw):
        if t < START or t > END:
            return None
        self.n_ev += 1
        e = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["id"], ts=t, touchpoint_id=tp, action=action,
                 channel=channel, branch=c["city"], country=c["country"], customer_type=c["type"])
        e.update(kw)
        self.events.append(e)
        return e

    def local(self, c, cny):
        """CNY-equivalent list price -> local currency amount for this customer's branch."""
        b = BRANCH[c["b"]]
        v = cny * b[6] * b[7]
        return round(v / 1000) * 1000 if b[4] == "VND" else round(v, 2)

    def usd(self, c, amount):
        return round(amount * BRANCH[c["b"]][5], 2)

    def fb(self, c, t, topic, channel, tp=None, rating=None, nps=None, no_ts_p=0.0, **fill):
        lang = c["lang"]
        zh, en = TPL[topic]
        text = self.choice(zh if lang == "zh" else en)
        fill.setdefault("city", c["city_zh"] if lang == "zh" else c["city"])
        fill.setdefault("h", int(fill.get("h", 20)))
        fill.setdefault("tech", "")
        fill.setdefault("model", "RT-16")
        fill.setdefault("amt", "")
        text = text.format(**fill)
        if t is not None and (t < START or t > END):
            return
        if t is not None and no_ts_p and self.r() < no_ts_p:
            t = None
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        self.feedback.append(dict(feedback_id=fid, text=text, ts=t, customer_id=c["id"], touchpoint_id=tp or "",
                                  channel=channel, rating=rating, nps=nps, language=lang, branch=c["city"],
                                  country=c["country"], customer_type=c["type"], industry=c["industry"]))
        self.truth.append((fid, topic, SENT[topic]))

    # ------------------------------------------------------------ customers
    def make_name(self, b, ind, lang):
        zhw, enw = IND_WORD[ind]
        city, czh = BRANCH[b][0], BRANCH[b][1]
        if b in ("KS", "FS", "TJ"):
            if lang == "zh":
                return f"{czh}{self.choice(ZH_SYL)}{self.choice(ZH_SYL)}{zhw}有限公司"
            return f"{city} {self.choice(FOREIGN)} {enw} Co., Ltd."
        if lang == "zh":
            return f"{czh}{self.choice(ZH_SYL)}{self.choice(ZH_SYL)}{zhw}有限公司"
        if b == "BKK":
            return f"{self.choice(THAI)} {enw} Co., Ltd."
        return f"{self.choice(VIET)} {enw} JSC"

    def new_customer(self, b, kind):
        B = BRANCH[b]
        self_type = "3pl" if self.r() < B[14] else "factory"
        ind = self.pick(IND_3PL[b] if self_type == "3pl" else INDUSTRY[b])
        if b in ("KS", "FS", "TJ"):
            lang = "en" if self.r() < B[12] else "zh"
        else:
            lang = "en" if self.r() < B[12] else "zh"
        cid = f"LP{len(self.customers) + 10001}"
        c = dict(id=cid, b=b, city=B[0], city_zh=B[1], country=B[2], type=self_type, industry=ind, lang=lang,
                 name=self.make_name(b, ind, lang), kind=kind, rentals=[], breakdowns=[], slow=[], signup=None,
                 first_contact=None, acq="", rep="", am=self.choice(AMS[b]), overdue=False, nonpayer=None,
                 slow_until=None, tier="", main_units=0, renewed="", long_seen=False)
        self.customers.append(c)
        return c

    def fleet(self, c, n):
        mix = MIX["cold"] if c["industry"] == "cold_chain_3pl" else MIX[c["type"]]
        if c["b"] in ("TJ", "FS") and c["type"] == "factory":
            mix = dict(mix)
            mix["DC-35"] += 0.08
        main = self.pick(mix)
        units = []
        for i in range(n):
            m = main if (i < max(1, int(n * 0.55))) else self.pick(mix)
            self.unit_serial[c["b"]] += 1
            bt = ""
            if MODELS[m][2] == "electric":
                bt = "lithium" if self.r() < 0.22 else "lead_acid"
            units.append(dict(id=f"{c['b']}-{m}-{self.unit_serial[c['b']]:04d}", model=m, battery=bt, retro=None))
        if c["b"] == "FS":
            for un in units:
                if un["battery"] == "lead_acid" and self.r() < 0.85:
                    un["retro"] = "pending"
        return units

    def fleet_size(self, c, short=False):
        med = 10 if c["type"] == "3pl" else 5
        if short:
            med = 3
        return int(min(45, max(1, round(self.rng.lognormal(np.log(med), 0.6)))))

    def monthly_value(self, c, units, short=False):
        v = sum(MODELS[un["model"]][3] for un in units)
        if short:
            v *= 1.3
        return self.local(c, v)

    # ------------------------------------------------------------ simulation
    def run(self):
        for b, B in BRANCH.items():
            for _ in range(B[8]):
                self.base_customer(b)
            self.leads(b)
        for c in self.customers:
            self.simulate_customer(c)
        self.dupes()

    def base_customer(self, b):
        c = self.new_customer(b, "base")
        c["signup"] = START - D(days=self.u(60, 1500))
        c["acq"] = self.pick({"sales_rep": 0.45, "web": 0.25, "referral": 0.2, "trade_show": 0.1})
        long_p = 0.85 if c["type"] == "factory" else 0.72
        if self.r() < long_p:
            n = self.fleet_size(c)
            units = self.fleet(c, n)
            term = self.pick({12: 0.35, 24: 0.4, 36: 0.25})
            # contract running at START: started between term months before START and START
            start = START - D(days=self.u(10, term * 30.4 - 20))
            end = start + D(days=term * 30.4)
            c["main_units"] = n
            c["rentals"].append(dict(kind="long", start=start, end=end, units=units, term=term,
                                     maint="full" if self.r() < 0.75 else "basic", cid=self.contract_id(c),
                                     value=self.monthly_value(c, units), renewal_no=0, promise=""))
        else:
            c["main_units"] = self.fleet_size(c)
            c["shortonly"] = True

    def contract_id(self, c):
        self.n_con += 1
        return f"C-{c['b']}-{self.n_con:05d}"

    def leads(self, b):
        B = BRANCH[b]
        months = []
        t = START
        while t < END:
            months.append(t)
            t = datetime(t.year + (t.month == 12), t.month % 12 + 1, 1)
        season = {1: 0.8, 2: 0.7, 3: 1.0, 4: 1.0, 5: 1.0, 6: 0.9, 7: 0.9, 8: 1.2, 9: 1.4, 10: 1.5, 11: 1.1, 12: 0.9}
        w = np.array([season[m.month] * (4.5 if EXP[0] <= m <= EXP[1] else 1.0) for m in months])
        w /= w.sum()
        for _ in range(B[9]):
            m = months[int(self.rng.choice(len(months), p=w))]
            nxt = datetime(m.year + (m.month == 12), m.month % 12 + 1, 1)
            t0 = m + D(seconds=self.u(0, (nxt - m).total_seconds() - 1))
            if t0 > END - D(days=1):
                continue
            c = self.new_customer(b, "lead")
            c["first_contact"] = t0
            src = "sales_rep" if self.r() < B[13] else "web"
            self.lead_flow(c, t0, src)

    def lead_flow(self, c, t0, src):
        b = c["b"]
        B = BRANCH[b]
        c["acq"] = src
        short = self.r() < (0.62 if src == "web" else 0.2)
        if src == "web" and EXP[0] <= t0 <= EXP[1] and self.r() < 0.5:
            short = True  # peak-season enquiries are mostly short-term
        if c["type"] == "3pl" and t0.month in (8, 9, 10) and self.r() < 0.4:
            short = True
        n = self.fleet_size(c, short=short)
        c["need"] = "short_term" if short else "long_term"
        variant = None
        if src == "web":
            t0 = self.at_hour(t0, 8, 13.5) if short else self.at_hour(t0, 8, 20)
            if self.r() < 0.45:
                plat = self.pick({"baidu": 0.6, "wechat_ads": 0.4} if B[2] == "China"
                                 else {"google": 0.7, "facebook": 0.3})
                self.ev(c, t0 - D(minutes=self.u(3, 60 * 48)), "tp_ads_click", "click", "ads", ad_platform=plat,
                        campaign=self.choice(["forklift_rental_generic", "reach_truck", "peak_season_rental",
                                              "short_term_rental"]), device=self.pick(
                            {"pc": 0.55, "android": 0.3, "ios": 0.15}))
            dev = self.pick({"pc": 0.6, "android": 0.25, "ios": 0.15})
            self.n_sess += 1
            if EXP[0] <= t0 <= EXP[1]:
                variant = "same_day" if self.r() < 0.5 else "control"
                self.exp.append(dict(experiment_id="same_day_promise", variant=variant, customer_id=c["id"],
                                     assigned_at=t0, variant_desc="quote page promises same-day delivery for orders "
                                     "before 12:00" if variant == "same_day" else "quote page promises delivery "
                                     "within 48 hours (current wording)"))
            self.ev(c, t0, "tp_web_enquiry", "submit", "web", device=dev, session_id=f"S{self.n_sess:06d}",
                    rental_need=c["need"], units_requested=n, form_type=self.pick({"quote_request": 0.8,
                                                                                   "callback": 0.2}),
                    utm_source=self.pick({"organic": 0.4, "ads": 0.45, "referral_link": 0.15}))
        else:
            c["rep"] = self.choice(REPS[b])
            t0 = self.at_hour(t0, 9, 17)
            self.ev(c, t0, "tp_rep_lead", "logged", "other", sales_rep=c["rep"],
                    lead_source=self.pick({"cold_visit": 0.4, "trade_show": 0.2, "referral": 0.25,
                                           "industrial_park_event": 0.15}), rental_need=c["need"],
                    units_requested=n)
        units = self.fleet(c, n)
        t = t0
        # site survey
        p_survey = (0.15 if short else (0.93 if src == "sales_rep" else 0.62))
        surveyed = self.r() < p_survey
        if surveyed:
            t = self.at_hour(t + D(days=self.u(1, 9 if src == "web" else 12)), 9, 17)
            self.ev(c, t, "tp_site_survey", "completed", "other", surveyor=c["rep"] or self.choice(REPS[b]),
                    ceiling_height_m=round(self.u(6, 14), 1), aisle_width_m=round(self.u(2.4, 3.6), 1),
                    floor_type=self.pick({"epoxy": 0.5, "concrete": 0.4, "uneven_yard": 0.1}))
        # quote
        if short:
            p_quote = 0.9
        else:
            p_quote = 0.88 if surveyed else 0.35
        if self.r() >= p_quote:
            return
        if short:
            t = t + D(hours=self.u(0.5, 20))
        else:
            t = self.at_hour(t + D(days=self.u(1.5, 9)), 9, 19)
        term = 0 if short else self.pick({12: 0.45, 24: 0.4, 36: 0.15})
        days = int(self.u(7, 75)) if short else 0
        value = self.monthly_value(c, units, short)
        self.ev(c, t, "tp_quote_sent", "sent", "email", quote_id=f"Q{self.n_ev:07d}", rental_term=c["need"],
                term_months=term or "", rental_days=days or "", units=n, main_equipment=units[0]["model"],
                monthly_amount=value, currency=B[4], monthly_amount_usd=self.usd(c, value),
                promise=("same_day" if variant == "same_day" and short else ""))
        # contract
        if short:
            if src == "web":
                p = 0.32
                if variant == "same_day":
                    p = 0.56
                elif c["b"] in ("KS", "FS", "TJ") and t >= ROLLOUT:
                    p = 0.46
            else:
                p = 0.5
        else:
            p = 0.40 if src == "web" else 0.58
        if self.r() >= p:
            return
        if short:
            ts = t + D(hours=self.u(1, 60))
            if variant is not None or (c["b"] in ("KS", "FS", "TJ") and ts >= ROLLOUT and src == "web"):
                ts = self.at_hour(ts, 8, 12.5)
        else:
            ts = self.at_hour(t + D(days=self.u(3, 35)), 9, 18)
        if ts > END:
            return
        c["signup"] = ts
        c["main_units"] = n
        promise = "next_day"
        if short and src == "web" and (variant == "same_day" or (c["b"] in ("KS", "FS", "TJ") and ts >= ROLLOUT)):
            promise = "same_day"
        if not short:
            promise = "scheduled"
        self.sign(c, ts, "short" if short else "long", units, term, days, value, promise, source=src)

    def sign(self, c, ts, kind, units, term, days, value, promise, source):
        B = BRANCH[c["b"]]
        cid = self.contract_id(c)
        self.ev(c, ts, "tp_contract_signed", "signed", "other", contract_id=cid,
                rental_term="short_term" if kind == "short" else "long_term", term_months=term or "",
                rental_days=days or "", units=len(units), main_equipment=units[0]["model"], monthly_amount=value,
                currency=B[4], monthly_amount_usd=self.usd(c, value), contract_source=source,
                maintenance_plan=("full" if kind == "long" else ""), promise=promise)
        # delivery
        if promise == "same_day":
            ok = BRANCH[c["b"]][11]
            if ts.month in (10, 11):
                ok -= 0.08
            if self.r() < ok:
                dt = ts + D(hours=self.u(2.5, 8))
                if dt.date() != ts.date():
                    dt = datetime(ts.year, ts.month, ts.day, 21, 30)
            else:
                dt = self.at_hour(ts + D(days=1), 8.5, 16)
            same = dt.date() == ts.date()
            on_time = same
        elif promise == "next_day":
            if self.r() < 0.93:
                dt = self.at_hour(ts + D(days=1), 8.5, 17)
                on_time = True
            else:
                dt = self.at_hour(ts + D(days=int(self.u(2, 4))), 8.5, 17)
                on_time = False
            same = False
        else:
            agreed = self.at_hour(ts + D(days=self.u(4, 18)), 8.5, 10)
            if self.r() < 0.9:
                dt = agreed + D(hours=self.u(0, 7))
                on_time = True
            else:
                dt = self.at_hour(agreed + D(days=int(self.u(1, 5))), 8.5, 17)
                on_time = False
            same = False
        lead_h = round((dt - ts).total_seconds() / 3600, 1)
        self.ev(c, dt, "tp_delivery", "on_time" if on_time else "late", "other", contract_id=cid, promise=promise,
                delivered_same_day="yes" if same else "no", delivery_lead_hours=lead_h, units=len(units),
                truck=self.pick({"own_truck": 0.7, "partner_haulier": 0.3}))
        if kind == "short" or promise == "same_day":
            fee = self.local(c, 350)
            self.order(c, dt, "delivery_fee", fee, contract_id=cid, terms=B[10])
        if self.r() < (0.5 if kind == "long" else 0.25):
            tt = self.at_hour(dt + D(days=self.u(0.5, 5)), 9, 16)
            self.ev(c, tt, "tp_operator_training", "completed", "other", contract_id=cid,
                    trainees=int(self.u(2, 12)), trainer=self.choice(TECHS[c["b"]]),
                    course=self.pick({"basic_operation": 0.6, "reach_truck": 0.2, "safety_refresher": 0.2}))
            if self.r() < 0.18:
                self.fb(c, tt + D(days=self.u(0, 3)), "training_praise", "survey", "tp_operator_training",
                        rating=int(self.pick({5: 0.7, 4: 0.3})))
        # delivery survey
        if self.r() < 0.32:
            st = dt + D(hours=self.u(4, 48))
            if promise == "same_day" and not on_time:
                topic = "same_day_broken" if self.r() < 0.75 else "general_neg"
                rating = int(self.pick({1: 0.35, 2: 0.45, 3: 0.2}))
            elif not on_time:
                topic = "general_neg"
                rating = int(self.pick({2: 0.4, 3: 0.6}))
            else:
                topic = "delivery_praise" if self.r() < 0.55 else "general_pos"
                rating = int(self.pick({5: 0.6, 4: 0.4}))
            self.fb(c, st, topic, "survey", "tp_delivery", rating=rating)
        elif promise == "same_day" and not on_time and self.r() < 0.6:
            self.fb(c, dt + D(hours=self.u(0, 6)), "same_day_broken", MSG[c["b"]], "tp_delivery")
        if kind == "short":
            end = dt + D(days=days)
            rental = dict(kind="short", start=dt, end=end, units=units, term=0, maint="", cid=cid, value=value,
                          days=days, renewal_no=0, promise=promise)
        else:
            end = dt + D(days=term * 30.4)
            rental = dict(kind="long", start=dt, end=end, units=units, term=term,
                          maint="full" if self.r() < 0.75 else "basic", cid=cid, value=value, renewal_no=0,
                          promise=promise)
            c["long_seen"] = True
        c["rentals"].append(rental)
        return rental

    # ------------------------------------------------------------ per customer life
    def simulate_customer(self, c):
        if c["signup"] is None:
            return
        b = c["b"]
        if c["nonpayer"] is None:
            c["nonpayer"] = (START + D(days=self.u(200, 700))) if self.r() < 0.025 else False
        # top-up short-term rentals (peak season, ad hoc)
        self.topups(c)
        i = 0
        while i < len(c["rentals"]):
            rt = c["rentals"][i]
            self.run_rental(c, rt)
            i += 1
        self.background(c)

    def topups(self, c):
        b = c["b"]
        peaks = [datetime(2024, 10, 1), datetime(2025, 10, 1)]
        if b == "HCM":
            peaks += [datetime(2024, 12, 10), datetime(2025, 12, 10)]
        if b == "BKK":
            peaks += [datetime(2025, 3, 15)]
        shortonly = c.get("shortonly", False)
        for pk in peaks:
            p = 0.55 if c["type"] == "3pl" else 0.12
            if shortonly:
                p = 0.8 if c["type"] == "3pl" else 0.35
            if self.r() < p:
                ts = self.at_hour(pk - D(days=self.u(5, 30)), 9, 18)
                if c["signup"] and ts < c["signup"] + D(days=10):
                    continue
                self.topup(c, ts)
        # ad hoc
        t = max(START, c["signup"] + D(days=20))
        rate = 0.5 if shortonly else 0.12
        while True:
            t = t + D(days=float(self.rng.exponential(365 / rate)))
            if t > END - D(days=2):
                break
            self.topup(c, self.at_hour(t, 9, 18))

    def topup(self, c, ts):
        if ts < START or ts > END:
            return
        n = max(1, int(min(12, round(self.rng.lognormal(np.log(3 if c["type"] == "3pl" else 2), 0.5)))))
        units = self.fleet(c, n)
        days = int(self.u(20, 75)) if c["type"] == "3pl" else int(self.u(7, 45))
        value = self.monthly_value(c, units, short=True)
        B = BRANCH[c["b"]]
        self.ev(c, ts - D(hours=self.u(2, 48)), "tp_quote_sent", "sent", "email", quote_id=f"Q{self.n_ev:07d}",
                rental_term="short_term", term_months="", rental_days=days, units=n, main_equipment=units[0]["model"],
                monthly_amount=value, currency=B[4], monthly_amount_usd=self.usd(c, value), promise="")
        self.sign(c, ts, "short", units, 0, days, value, "next_day", source="existing_account")

    def unit_battery(self, un, t):
        if un["battery"] == "lead_acid" and isinstance(un["retro"], datetime) and t >= un["retro"]:
            return "lithium"
        return un["battery"]

    def run_rental(self, c, rt):
        b = c["b"]
        B = BRANCH[b]
        s, e = max(rt["start"], START), min(rt["end"], END)
        # Foshan lithium retrofit date per customer (all its pending units the same day)
        if b == "FS" and rt["start"] >= FS_LITHIUM[1]:
            for un in rt["units"]:
                if un["retro"] == "pending":
                    un["retro"], un["battery"] = None, "lithium"
        if b == "FS" and any(un["retro"] == "pending" for un in rt["units"]):
            if rt["start"] < FS_LITHIUM[1] and rt["end"] > FS_LITHIUM[0] + D(days=30):
                day = self.at_hour(FS_LITHIUM[0] + D(days=self.u(0, 80)), 9, 16)
                n = 0
                for un in rt["units"]:
                    if un["retro"] == "pending":
                        un["retro"] = day
                        n += 1
                self.ev(c, day, "tp_battery_swap", "completed", "other", swap_reason="lithium_retrofit",
                        units_swapped=n, battery_from="lead_acid", battery_to="lithium",
                        technician=self.choice(TECHS[b]), contract_id=rt["cid"])
            else:
                for un in rt["units"]:
                    if un["retro"] == "pending":
                        un["retro"] = None
        if s < e:
            self.breakdowns(c, rt, s, e)
            self.maintenance(c, rt, s, e)
            self.battery_eol(c, rt, s, e)
            self.invoices(c, rt, s, e)
            if rt["kind"] == "long":
                self.reviews(c, rt, s, e)
        # end of contract
        if rt.get("holdover"):
            return
        if rt["kind"] == "long":
            self.renewal(c, rt)
        elif rt["end"] <= END:
            self.offhire(c, rt)

    def month_slices(self, s, e):
        t = s
        while t < e:
            nxt = datetime(t.year + (t.month == 12), t.month % 12 + 1, 1)
            yield t, min(nxt, e)
            t = nxt

    def breakdowns(self, c, rt, s, e):
        b = c["b"]
        for a, z in self.month_slices(s, e):
            frac = (z - a).total_seconds() / (30.4 * 86400)
            mid = a + (z - a) / 2
            rates, extra = [], []
            for un in rt["units"]:
                m = MODELS[un["model"]]
                r0 = m[4] * 1.35
                x = 0.0
                bt = self.unit_battery(un, mid)
                if bt == "lead_acid":
                    if mid.month in (6, 7, 8, 9):
                        x += 0.01
                    if b == "FS" and FS_BATTERY[0] <= mid <= FS_BATTERY[1]:
                        x += 0.1
                elif bt == "lithium":
                    r0 *= 0.9
                rates.append(r0)
                extra.append(x)
            tot = np.array(rates) + np.array(extra)
            lam = float(tot.sum()) * frac
            for _ in range(int(self.rng.poisson(lam))):
                k = int(self.rng.choice(len(tot), p=tot / tot.sum()))
                un = rt["units"][k]
                t = a + D(seconds=self.u(0, (z - a).total_seconds()))
                if self.r() < extra[k] / tot[k]:
                    fault = "battery"
                else:
                    mix = dict(MODELS[un["model"]][5])
                    if self.unit_battery(un, t) == "lithium" and "battery" in mix:
                        mix["battery"] *= 0.3
                    fault = self.pick(mix)
                self.breakdown(c, rt, un, t, fault)

    def breakdown(self, c, rt, un, t, fault):
        b = c["b"]
        B = BRANCH[b]
        # calls come in the working day mostly, some at night (2nd / 3rd shift)
        hr = self.pick({"day": 0.8, "night": 0.2})
        t = self.at_hour(t, 7, 19) if hr == "day" else self.at_hour(t, 19, 23.9)
        if t > END:
            return
        self.n_tk += 1
        tk = f"BD{self.n_tk:06d}"
        prio = "line_down" if self.r() < 0.25 else "normal"
        rch = self.pick({"phone": 0.55, MSG[b]: 0.3, "portal": 0.15})
        ch = {"phone": "phone", "portal": "web", "wechat": "social", "line": "social", "zalo": "social"}[rch]
        bt = self.unit_battery(un, t)
        common = dict(ticket_id=tk, unit_id=un["id"], equipment_model=un["model"], fault_type=fault,
                      battery_type=bt, contract_id=rt["cid"])
        self.ev(c, t, "tp_breakdown_call", "logged", ch, report_channel=rch, priority=prio, **common)
        c["breakdowns"].append(t)
        if fault in ("electrical", "battery") and self.r() < 0.05:
            return  # talked through a reset on the phone; ticket closed without a visit
        tj_short = b == "TJ" and TJ_SHORT[0] <= t <= TJ_SHORT[1]
        techs = TECHS[b]
        if b == "TJ" and t >= datetime(2025, 10, 15) and t < datetime(2026, 3, 1):
            techs = [x for x in techs if x not in TJ_LEFT]
        tech = self.choice(techs)
        disp = t + D(hours=self.u(0.1, 1.2) + (self.u(1, 8) if tj_short else 0))
        self.ev(c, disp, "tp_tech_dispatch", "dispatched", "phone", technician=tech, **common)
        med = {"KS": 3.2, "FS": 3.6, "TJ": 3.9, "BKK": 4.6, "HCM": 5.0}[b]
        if tj_short:
            med = 21.0
        if prio == "line_down":
            med *= 0.75
        resp = med * float(self.rng.lognormal(0, 0.4))
        if hr == "night" and self.r() < 0.35:
            resp += (24 - t.hour) + 8 - resp * 0.5
        resp = max(resp, (disp - t).total_seconds() / 3600 + 0.3)
        vt = t + D(hours=resp)
        mix = {"fixed": 0.78, "needs_parts": 0.14, "swapped": 0.08}
        if un["model"] == "RT-16" and fault == "hydraulic":
            mix = {"fixed": 0.56, "needs_parts": 0.32, "swapped": 0.12}
        if tj_short:
            mix = {"fixed": mix["fixed"], "needs_parts": mix["needs_parts"], "swapped": mix["swapped"] * 0.3}
        act = self.pick(mix)
        self.ev(c, vt, "tp_tech_visit", act, "other", technician=tech, response_hours=round(resp, 1),
                visit_no=1, first_time_fix="yes" if act == "fixed" else "no", **common)
        if act == "fixed":
            done = vt + D(hours=self.u(0.4, 2.8))
            if fault == "battery" and self.r() < 0.65:
                self.ev(c, vt + D(minutes=self.u(15, 40)), "tp_battery_swap", "completed", "other",
                        swap_reason="fault", units_swapped=1, battery_from=bt, battery_to=bt, technician=tech,
                        unit_id=un["id"], equipment_model=un["model"], contract_id=rt["cid"])
        elif act == "needs_parts":
            wait = float(self.rng.lognormal(np.log(30 if B[2] == "China" else 62), 0.45))
            v2 = vt + D(hours=wait)
            self.ev(c, v2, "tp_tech_visit", "fixed", "other", technician=tech, visit_no=2, first_time_fix="no",
                    parts_wait_hours=round(wait, 1), **common)
            done = v2 + D(hours=self.u(0.5, 3))
        else:
            rep_t = vt + D(hours=self.u(1.5, 6))
            self.ev(c, rep_t, "tp_replacement_unit", "delivered", "other", replacement_unit_id=f"{b}-SPARE-"
                    f"{int(self.u(1, 60)):03d}", **common)
            done = rep_t
        down = (done - t).total_seconds() / 3600
        if down > 24:
            c["slow"].append(t)
        self.ev(c, done, "tp_repair_done", "closed", "other", technician=tech, downtime_hours=round(down, 1),
                resolution=act, **common)
        if fault == "operator_damage":
            self.order(c, done + D(days=self.u(1, 5)), "repair_charge", self.local(c, self.u(500, 3500)),
                       contract_id=rt["cid"], terms=B[10], ticket_id=tk)
        # surveys and complaints
        slow = down > 24 or resp > 12
        if resp > 16:
            c["slow_until"] = t + D(days=90)
        if self.r() < 0.26:
            st = done + D(hours=self.u(1, 30))
            if slow:
                topic = self.pick({"slow_response": 0.7, "general_neg": 0.3})
                rating = int(self.pick({1: 0.3, 2: 0.45, 3: 0.25}))
            elif un["model"] == "RT-16" and fault == "hydraulic" and self.r() < 0.5:
                topic, rating = "oil_leak", int(self.pick({2: 0.5, 3: 0.5}))
            elif fault == "battery" and self.r() < (0.7 if b == "FS" and FS_BATTERY[0] <= t <= FS_BATTERY[1]
                                                     else 0.35):
                topic, rating = "battery", int(self.pick({2: 0.5, 3: 0.5}))
            elif act == "swapped" and self.r() < 0.5:
                topic, rating = "replacement_praise", 5
            else:
                topic = self.pick({"tech_praise": 0.55, "general_pos": 0.3, "request": 0.15})
                rating = int(self.pick({5: 0.55, 4: 0.4, 3: 0.05}))
            self.fb(c, st, topic, "survey", "tp_repair_done", rating=rating, h=int(down), tech=tech,
                    model=un["model"])
        elif slow and self.r() < 0.2:
            self.fb(c, t + D(hours=self.u(3, 20)), "slow_response", MSG[b], "tp_tech_visit", h=int(resp))
        elif un["model"] == "RT-16" and fault == "hydraulic" and self.r() < 0.08:
            self.fb(c, t + D(hours=self.u(1, 10)), "oil_leak", MSG[b], "tp_breakdown_call", model=un["model"])
        elif fault == "battery" and b == "FS" and FS_BATTERY[0] <= t <= FS_BATTERY[1] and self.r() < 0.2:
            self.fb(c, t + D(hours=self.u(1, 10)), "battery", MSG[b], "tp_breakdown_call")
        # hotline: where is my technician
        if resp > 12 and self.r() < 0.5:
            self.hotline(c, t + D(hours=self.u(2, 10)), "breakdown_status")

    def maintenance(self, c, rt, s, e):
        if rt["kind"] != "long":
            return
        b = c["b"]
        step = 91 if rt["maint"] == "full" else 182
        t = rt["start"] + D(days=step)
        while t < e:
            if t >= s:
                tj = b == "TJ" and TJ_SHORT[0] <= t <= TJ_SHORT[1]
                od = int(self.u(8, 32)) if tj else max(0, int(round(self.rng.normal(1, 2.5))))
                at = self.at_hour(t + D(days=od), 8.5, 16)
                self.ev(c, at, "tp_pm_service", "completed", "other", contract_id=rt["cid"],
                        technician=self.choice(TECHS[b]), units_serviced=len(rt["units"]), overdue_days=od,
                        pm_type="quarterly_pm" if step == 91 else "half_year_pm")
            t += D(days=step)

    def battery_eol(self, c, rt, s, e):
        b = c["b"]
        for un in rt["units"]:
            if un["battery"] != "lead_acid":
                continue
            days = (e - s).days
            n = int(self.rng.poisson(0.012 * days / 30.4))
            for _ in range(n):
                t = self.at_hour(s + D(days=self.u(0, days)), 9, 16)
                if self.unit_battery(un, t) != "lead_acid":
                    continue
                self.ev(c, t, "tp_battery_swap", "completed", "other", swap_reason="end_of_life", units_swapped=1,
                        battery_from="lead_acid", battery_to="lead_acid", technician=self.choice(TECHS[b]),
                        unit_id=un["id"], equipment_model=un["model"], contract_id=rt["cid"])

    # ------------------------------------------------------------ money
    def order(self, c, t, otype, amount, contract_id="", terms=30, invoice_month="", base=None, overage=None,
              ticket_id="", billing_error="no", reissue_of=""):
        if t < START or t > END:
            return None
        B = BRANCH[c["b"]]
        self.n_ord += 1
        oid = f"O{self.n_ord:06d}"
        self.n_inv += 1
        due = terms if otype in ("rental_monthly", "short_term_rental", "delivery_fee") else 15
        o = dict(order_id=oid, customer_id=c["id"], ts=t, amount=amount, status="", channel="",
                 order_type=otype, currency=B[4], amount_usd=self.usd(c, amount), branch=B[0], country=B[2],
                 invoice_no=f"INV-{c['b']}-{t:%y%m}-{self.n_inv:05d}", invoice_month=invoice_month,
                 base_rent=base if base is not None else "", overage_amount=overage if overage is not None else "",
                 contract_id=contract_id, ticket_id=ticket_id, due_days=due, paid_at=None,
                 billing_error=billing_error, reissue_of=reissue_of)
        o["channel"] = "portal" if self.r() < 0.35 else "email"
        # payment
        if c["b"] == "BKK":
            late = self.r() < 0.33
            delay = self.u(15, 100) if late else self.rng.normal(-4, 5)
        elif c["b"] == "HCM":
            late = self.r() < 0.09
            delay = self.u(10, 70) if late else self.rng.normal(-4, 5)
        else:
            late = self.r() < 0.07
            delay = self.u(8, 50) if late else self.rng.normal(-5, 5)
        paid_at = t + D(days=max(1.0, due + float(delay)))
        if c["nonpayer"] and t >= c["nonpayer"]:
            paid_at = None
        if paid_at is not None and paid_at <= END:
            o["status"] = "paid"
            o["paid_at"] = paid_at
        elif t + D(days=due) < END:
            o["status"] = "overdue"
            c["overdue"] = True
        else:
            o["status"] = "unpaid"
        self.orders.append(o)
        return o

    def invoices(self, c, rt, s, e):
        B = BRANCH[c["b"]]
        if rt["kind"] == "short":
            if rt["end"] <= END:
                t = self.at_hour(rt["end"] + D(days=self.u(0.5, 3)), 9, 18)
                amt = rt["value"] * rt["days"] / 30.4
                amt = round(amt / 1000) * 1000 if B[4] == "VND" else round(amt, 2)
                self.invoice(c, rt, t, "short_term_rental", amt, f"{rt['end']:%Y-%m}", amt, 0)
            return
        for a, z in self.month_slices(max(rt["start"], START - D(days=1)), rt["end"]):
            nxt = datetime(a.year + (a.month == 12), a.month % 12 + 1, 1)
            if a < START:
                continue
            frac = min(1.0, (z - a).total_seconds() / (nxt - datetime(a.year, a.month, 1)).total_seconds())
            base = rt["value"] * frac
            over = 0.0
            if c["type"] == "3pl" and a.month in (10, 11, 12) and self.r() < 0.45:
                over = rt["value"] * self.u(0.04, 0.18)
            elif self.r() < 0.08:
                over = rt["value"] * self.u(0.02, 0.08)
            if B[4] == "VND":
                base, over = round(base / 1000) * 1000, round(over / 1000) * 1000
            else:
                base, over = round(base, 2), round(over, 2)
            t = self.at_hour(nxt + D(days=self.u(0, 3)), 8, 12)
            self.invoice(c, rt, t, "rental_monthly", round(base + over, 2), f"{a:%Y-%m}", base, over)

    def invoice(self, c, rt, t, otype, amt, month, base, over):
        B = BRANCH[c["b"]]
        if t > END:
            return
        err_p = 0.3 if BILLING[0] <= t <= BILLING[1] else 0.015
        err = self.r() < err_p
        shown = amt
        if err:
            shown = round(amt * self.u(1.08, 1.6), 2) if B[4] != "VND" else round(amt * self.u(1.08, 1.6) / 1000) * 1000
        o = self.order(c, t, otype, shown, contract_id=rt["cid"], terms=B[10], invoice_month=month, base=base,
                       overage=over if not err else round(shown - base, 2), billing_error="yes" if err else "no")
        if o is None:
            return
        self.ev(c, t, "tp_invoice_sent", "sent", "email", invoice_no=o["invoice_no"], invoice_month=month,
                amount=shown, currency=B[4], amount_usd=o["amount_usd"], billing_error=o["billing_error"],
                contract_id=rt["cid"])
        if err:
            o["status"] = "cancelled"
            o["paid_at"] = None
            dt = t + D(days=self.u(1.5, 9))
            if self.r() < 0.78:
                self.ev(c, dt, "tp_invoice_dispute", "raised", "email", invoice_no=o["invoice_no"],
                        dispute_reason=self.pick({"wrong_hours": 0.5, "duplicate": 0.25, "returned_units_billed":
                                                  0.25}), contract_id=rt["cid"])
                if self.r() < 0.45:
                    self.fb(c, dt + D(hours=self.u(0, 30)), "invoice_error", self.pick(
                        {"ticket": 0.4, "email": 0.3, MSG[c["b"]]: 0.3}), "tp_invoice_dispute", no_ts_p=0.2)
                if self.r() < 0.45:
                    self.hotline(c, dt + D(hours=self.u(0, 48)), "invoice_query")
            rt2 = t + D(days=self.u(7, 20))
            o2 = self.order(c, rt2, otype, amt, contract_id=rt["cid"], terms=B[10], invoice_month=month, base=base,
                            overage=over, reissue_of=o["order_id"])
            if o2 is not None:
                self.ev(c, rt2, "tp_invoice_sent", "reissued", "email", invoice_no=o2["invoice_no"],
                        invoice_month=month, amount=amt, currency=B[4], amount_usd=o2["amount_usd"],
                        billing_error="no", contract_id=rt["cid"])

    # ------------------------------------------------------------ relationship
    def reviews(self, c, rt, s, e):
        b = c["b"]
        step = 91 if len(rt["units"]) >= 8 else 182
        t = rt["start"] + D(days=step * 0.5)
        while t < e:
            if t >= s:
                at = self.at_hour(t, 9.5, 17)
                self.ev(c, at, "tp_account_review", "held", "other", account_manager=c["am"],
                        review_type="quarterly" if step == 91 else "half_yearly", contract_id=rt["cid"])
                if self.r() < 0.38:
                    slow = c["slow_until"] is not None and c["slow_until"] >= at
                    recent = sum(1 for x in c["breakdowns"] if at - D(days=90) <= x <= at)
                    if slow:
                        nps = int(self.pick({2: 0.1, 3: 0.15, 4: 0.2, 5: 0.2, 6: 0.2, 7: 0.15}))
                        topic = self.pick({"slow_response": 0.55, "general_neg": 0.2, "price": 0.25})
                    elif recent >= max(4, 0.8 * len(rt["units"])):
                        nps = int(self.pick({5: 0.15, 6: 0.25, 7: 0.3, 8: 0.2, 9: 0.1}))
                        topic = self.pick({"general_neg": 0.3, "price": 0.3, "request": 0.4})
                    else:
                        nps = int(self.pick({6: 0.05, 7: 0.1, 8: 0.22, 9: 0.33, 10: 0.3}))
                        topic = self.pick({"tech_praise": 0.3, "general_pos": 0.35, "price": 0.15, "request": 0.2})
                    if b == "HCM" and at >= HCM_INSPECT and self.r() < 0.25:
                        nps = max(0, nps - 3)
                    rating = int(min(5, max(1, round(nps / 2))))
                    self.fb(c, at + D(days=self.u(0, 6)), topic, "survey", "tp_account_review", rating=rating,
                            nps=nps, tech=self.choice(TECHS[b]))
                elif self.r() < 0.12:
                    topic = self.pick({"price": 0.4, "request": 0.4, "general_pos": 0.2})
                    self.fb(c, at, topic, "call_note", "tp_account_review", no_ts_p=0.3)
            t += D(days=step)

    def renewal(self, c, rt):
        end = rt["end"]
        notice = self.at_hour(end - D(days=60), 9, 11)
        if notice > END:
            return
        b = c["b"]
        B = BRANCH[b]
        if notice >= START:
            self.ev(c, notice, "tp_renewal_notice", "sent", "email", contract_id=rt["cid"],
                    contract_end=f"{end:%Y-%m-%d}", units=len(rt["units"]), account_manager=c["am"])
        bd = sum(1 for x in c["slow"] if notice - D(days=180) <= x < notice)  # repairs that took over a day
        renewed = False
        if self.r() < 0.9:
            qt = self.at_hour(notice + D(days=self.u(3, 25)), 9, 18)
            change = round(self.u(-4, 9), 1)
            if notice >= START:
                nv = round(rt["value"] * (1 + change / 100), 2)
                self.ev(c, qt, "tp_renewal_quote", "sent", "email", contract_id=rt["cid"], rate_change_pct=change,
                        monthly_amount=nv, currency=B[4], monthly_amount_usd=self.usd(c, nv),
                        account_manager=c["am"])
            p = 0.42 if bd >= 1 else 0.86
            if change > 6:
                p -= 0.1
            if self.r() < p:
                renewed = True
                late = self.r() < 0.08
                st = self.at_hour(qt + D(days=self.u(40, 60) if late else self.u(3, 30)), 9, 18)
                term = self.pick({12: 0.55, 24: 0.45})
                new = dict(kind="long", start=end, end=end + D(days=term * 30.4), units=rt["units"], term=term,
                           maint=rt["maint"], cid=self.contract_id(c), value=round(rt["value"] * (1 + change / 100),
                                                                                     2 if B[4] != "VND" else -3),
                           renewal_no=rt["renewal_no"] + 1, promise="")
                if st <= END:
                    self.ev(c, st, "tp_renewal_signed", "signed", "other", contract_id=new["cid"],
                            previous_contract_id=rt["cid"], term_months=term, units=len(rt["units"]),
                            rate_change_pct=change, account_manager=c["am"])
                    c["rentals"].append(new)
                    c["renewed"] = "yes"
                else:
                    # still in talks at the data end: the trucks stay on site month to month
                    renewed = True
                    c["renewed"] = ""
                    if end <= END:
                        c["rentals"].append(dict(new, cid=rt["cid"], holdover=True, value=rt["value"]))
            elif qt > END:
                renewed = True
            elif qt >= START and self.r() < 0.5:
                topic = self.pick({"price": 0.5, "slow_response": 0.3 if bd >= 1 else 0.0, "general_neg": 0.2})
                self.fb(c, qt + D(days=self.u(2, 20)), topic, "call_note", "tp_renewal_quote", no_ts_p=0.3)
        if not renewed and end <= END:
            c["renewed"] = "no"
            self.offhire(c, rt)
        elif not renewed:
            c["renewed"] = "no"
            self.offhire(c, rt)

    def offhire(self, c, rt):
        b = c["b"]
        B = BRANCH[b]
        end = rt["end"]
        if end > END:
            # goodbye given but trucks still on site at the data end
            rq = self.at_hour(end - D(days=self.u(2, 12)), 9, 17)
            if rq <= END:
                self.ev(c, rq, "tp_offhire_request", "requested", self.pick({"phone": 0.6, "web": 0.4}),
                        contract_id=rt["cid"], units=len(rt["units"]), planned_offhire=f"{end:%Y-%m-%d}")
            rt["gone"] = True
            return
        rq = self.at_hour(end - D(days=self.u(1, 5)), 9, 17)
        self.ev(c, rq, "tp_offhire_request", "requested", self.pick({"phone": 0.6, "web": 0.4}),
                contract_id=rt["cid"], units=len(rt["units"]), planned_offhire=f"{end:%Y-%m-%d}")
        if self.r() < 0.4:
            self.hotline(c, rq + D(hours=self.u(1, 30)), "offhire")
        col = self.at_hour(end + D(days=self.u(0, 1.5) if self.r() < 0.9 else self.u(4, 9)), 8, 17)
        self.ev(c, col, "tp_collection", "collected", "other", contract_id=rt["cid"], units=len(rt["units"]))
        sub = b == "HCM" and col >= HCM_INSPECT
        it = col + D(hours=self.u(30, 150) if sub else self.u(2, 30))
        method = "photo_only" if sub else "joint_on_site"
        p = 0.5 if sub else 0.15
        if len(rt["units"]) > 6:
            p += 0.05
        dmg = self.r() < p
        dtype = self.pick(DAMAGE_P) if dmg else ""
        amt = self.local(c, self.u(*DAMAGE[dtype]) * (1.25 if sub else 1.0)) if dmg else ""
        self.ev(c, it, "tp_return_inspection", "damage_found" if dmg else "clean", "other", contract_id=rt["cid"],
                units_returned=len(rt["units"]), damage_found="yes" if dmg else "no", damage_type=dtype,
                damage_amount=amt, currency=B[4] if dmg else "", inspector="SGN Inspect Co." if sub else
                self.choice(TECHS[b]), inspection_method=method)
        if dmg:
            o = self.order(c, it + D(days=self.u(1, 4)), "damage_charge", amt, contract_id=rt["cid"], terms=15)
            if o is None:
                return
            disp_p = 0.62 if sub else 0.2
            if self.r() < disp_p:
                dt = o["ts"] + D(days=self.u(1, 8))
                self.ev(c, dt, "tp_invoice_dispute", "raised", "email", invoice_no=o["invoice_no"],
                        dispute_reason="damage_charge", contract_id=rt["cid"])
                if self.r() < (0.72 if sub else 0.4):
                    o["status"] = "cancelled"  # waived after the dispute
                    o["paid_at"] = None
                if self.r() < (0.9 if sub else 0.75):
                    self.fb(c, dt + D(hours=self.u(0, 40)), "damage_dispute", self.pick(
                        {"email": 0.4, "ticket": 0.3, MSG[b]: 0.3}), "tp_return_inspection", no_ts_p=0.15,
                        amt=f"{amt:,.0f} {B[4]}")
                if self.r() < 0.3:
                    self.hotline(c, dt + D(hours=self.u(1, 24)), "damage_charge")

    def hotline(self, c, t, topic):
        t = self.at_hour(t, 8, 20) if t.hour < 8 or t.hour >= 20 else t
        busy = BILLING[0] <= t <= BILLING[1] + D(days=10)
        w = float(self.rng.lognormal(np.log(4.2 if busy else 1.6), 0.5))
        self.ev(c, t, "tp_hotline", "answered" if w < 12 else "abandoned", "phone", call_topic=topic,
                wait_min=round(w, 1), resolved_first_call="yes" if self.r() < 0.7 else "no")

    def on_rent(self, c, t):
        return [rt for rt in c["rentals"] if rt["start"] <= t < rt["end"]]

    def background(self, c):
        """portal visits and ad-hoc hotline calls while the customer has trucks on rent"""
        b = c["b"]
        t = max(START, c["signup"])
        while t < END:
            nxt = datetime(t.year + (t.month == 12), t.month % 12 + 1, 1)
            mid = t + (nxt - t) / 2
            rent = self.on_rent(c, mid)
            if rent:
                units = sum(len(r["units"]) for r in rent)
                lam = 0.35 + min(1.5, 0.06 * units)
                bill = BILLING[0] <= mid <= BILLING[1]
                for _ in range(int(self.rng.poisson(lam * (1.6 if bill else 1.0)))):
                    at = self.at_hour(t + D(days=self.u(0, (nxt - t).days)), 8, 21)
                    self.n_sess += 1
                    page = self.pick({"invoices": 0.45 if bill else 0.22, "hour_meter": 0.3, "service_request":
                                      0.2, "documents": 0.1, "off_hire": 0.08})
                    self.ev(c, at, "tp_customer_portal", "view", "web", device=self.pick(
                        {"pc": 0.7, "ios": 0.14, "android": 0.16}), session_id=f"S{self.n_sess:06d}", page=page)
                for _ in range(int(self.rng.poisson(0.1))):
                    at = self.at_hour(t + D(days=self.u(0, (nxt - t).days)), 8, 20)
                    self.hotline(c, at, self.pick({"breakdown_status": 0.25, "invoice_query": 0.15,
                                                   "delivery_eta": 0.1, "offhire": 0.1, "quote_request": 0.15,
                                                   "battery": 0.1 if b != "FS" else 0.2, "other": 0.15}))
                if self.r() < 0.02:
                    self.fb(c, self.at_hour(t + D(days=self.u(0, 27)), 9, 18), self.pick(
                        {"price": 0.4, "request": 0.4, "general_pos": 0.2}), self.pick({"email": 0.5, MSG[b]: 0.5}),
                        no_ts_p=0.25)
            t = nxt

    def dupes(self):
        calls = [e for e in self.events if e["touchpoint_id"] == "tp_breakdown_call"]
        idx = self.rng.choice(len(calls), size=27, replace=False)
        for i in sorted(idx):
            self.events.append(dict(calls[int(i)]))

    # ------------------------------------------------------------ customers table
    def customer_rows(self):
        rows = []
        for c in self.customers:
            on = self.on_rent(c, END)
            units = sum(len(r["units"]) for r in on)
            longs = [r for r in c["rentals"] if r["kind"] == "long"]
            last_long = longs[-1] if longs else None
            first = c["signup"]
            recent_bd = sum(1 for x in c["breakdowns"] if END - D(days=90) <= x <= END)
            if first is None:
                seg = "prospect"
            elif on:
                if first >= END - D(days=90):
                    seg = "new"
                elif recent_bd >= max(4, 0.6 * units) or c["overdue"] or any(r.get("gone") for r in on):
                    seg = "at_risk"
                else:
                    seg = "active"
            elif last_long is not None and last_long["end"] <= END:
                seg = "churned"
            else:
                seg = "dormant"
            ref = max(c["main_units"], units)
            tier = "" if first is None else ("KA" if ref >= 20 else "A" if ref >= 8 else "B")
            cur = on[0] if on else (c["rentals"][-1] if c["rentals"] else None)
            main = ""
            if cur is not None:
                cnt = {}
                for un in cur["units"]:
                    cnt[un["model"]] = cnt.get(un["model"], 0) + 1
                main = max(cnt, key=cnt.get)
            B = BRANCH[c["b"]]
            rows.append(dict(
                customer_id=c["id"], company_name=c["name"], signup_at=first, segment=seg, region=B[0],
                acquisition_channel=c["acq"], tier=tier, country=B[2], city_zh=B[1], customer_type=c["type"],
                industry=c["industry"], units_on_rent=units, main_equipment=main,
                contract_type=("" if cur is None else ("long_term" if cur["kind"] == "long" else "short_term")),
                maintenance_plan=(cur["maint"] if cur is not None and cur["kind"] == "long" else ""),
                contract_start=(last_long["start"] if last_long else None),
                contract_end=(last_long["end"] if last_long else None),
                renewed=c["renewed"], account_manager=c["am"] if first else "", sales_rep=c["rep"],
                language=c["lang"], first_contact_at=c["first_contact"], payment_terms_days=B[10], currency=B[4]))
        return rows


def fmt(v):
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".") if abs(v) < 1e12 else str(v)
    return v


def write_csv(path, cols, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k)) for k in cols])


def check_markers(g: Gen):
    for fid, topic, _ in g.truth:
        pass
    texts = {f["feedback_id"]: f["text"] for f in g.feedback}
    for fid, topic, _ in g.truth:
        t = texts[fid]
        low = t.lower()
        hit = {k for k, (zh, en) in MARK.items() if any(m in t for m in zh) or any(m in low for m in en)}
        want = {topic} if topic in MARK else set()
        assert hit == want, (fid, topic, hit, t)


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    check_markers(g)
    write_csv(out / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind",
                                         "owner", "aliases"],
              [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                    owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    jrows = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write_csv(out / "journeys.csv", ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                      "touchpoint_id", "window_days"], jrows)
    crow = g.customer_rows()
    write_csv(out / "customers.csv", list(crow[0]), crow)
    base = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device", "session_id", "branch",
            "country", "customer_type"]
    extra = []
    for e in g.events:
        for k in e:
            if k not in base and k not in extra:
                extra.append(k)
    ev = sorted(g.events, key=lambda e: (e["ts"], e["event_id"]))
    write_csv(out / "events.csv", base + extra, ev)
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "order_type", "currency", "amount_usd",
             "branch", "country", "invoice_no", "invoice_month", "base_rent", "overage_amount", "contract_id",
             "ticket_id", "due_days", "paid_at", "billing_error", "reissue_of"]
    write_csv(out / "orders.csv", ocols, sorted(g.orders, key=lambda o: (o["ts"], o["order_id"])))
    fcols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
             "branch", "country", "customer_type", "industry"]
    write_csv(out / "feedback.csv", fcols, g.feedback)
    write_csv(out / "experiments.csv", ["experiment_id", "variant", "customer_id", "assigned_at", "variant_desc"],
              g.exp)
    write_csv(out / "_truth" / "feedback_truth.csv", ["feedback_id", "topic", "sentiment"],
              [dict(feedback_id=a, topic=b, sentiment=s) for a, b, s in g.truth])
    print(f"customers {len(crow)} events {len(g.events)} orders {len(g.orders)} feedback {len(g.feedback)} "
          f"experiments {len(g.exp)}")


if __name__ == "__main__":
    main()
