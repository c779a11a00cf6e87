"""卫安保安 Sentinel Guarding Group: manned guarding and patrol contracts (synthetic, written blind).

Seven branches: 上海 Shanghai, 深圳 Shenzhen (CNY), 香港 Hong Kong (HKD), 新加坡 Singapore (SGD), 悉尼 Sydney (AUD),
伦敦 London (GBP), 多伦多 Toronto (CAD). Clients are sites: office buildings 写字楼, shopping malls 商场, building
sites 工地 and logistics parks 物流园 (a customer_id is one client site account; the site manager gives feedback).

Journey: tender invitation (public tender portal, the owner's private invitation, a facility-management consultant) or
referral / direct enquiry (client referral, website, outbound sales) -> site survey -> proposal (won / lost) ->
contract signed -> guard deployment (vetting + licence checks) -> weekly patrol logs (daily rounds summarised each
Monday) and incident reports -> monthly invoices -> extra-shift requests -> complaints and guard replacements ->
renewal review (renewed / terminated). Orders: contracts (total contract value, not money received), renewals,
monthly invoices and extra-shift orders. Feedback: quarterly site-manager survey (rating + NPS), complaint tickets,
account-manager call notes, e-mails, WeChat work-group messages.
Data 2024-07-01 .. 2026-06-30 (extract taken early July 2026; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback, experiments (CSV, DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topic + sentiment of each comment; generator truth, not a DATA.md table).
Deterministic (fixed seed), numpy + stdlib. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260702
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 6, 30, 23, 59, 59)
VETTING_BACKLOG = (datetime(2025, 10, 1), datetime(2025, 11, 1))   # contracts signed then: new screening vendor backlog
SZ_NIGHT_CREW = (datetime(2025, 5, 1), datetime(2025, 9, 1))       # Shenzhen building sites: subcontracted night crew
LDN_BILLING = (datetime(2026, 1, 1), datetime(2026, 3, 1))         # London: billing system migration
PROPOSAL_TEST = (datetime(2025, 9, 1), datetime(2025, 12, 31, 23, 59))

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_tender_invite", "招标邀请", "Tender invitation", "awareness", "email", "digital", "bid_team",
     "招标|投标邀请|招标公告|邀标|标书|tender|tender invitation|RFT|RFP|invitation to tender|bid invitation"),
    ("tp_enquiry", "推荐与询价", "Referral & enquiry", "awareness", "web", "digital", "sales",
     "转介绍|客户推荐|询价|官网询价|电话销售|referral|enquiry|inquiry|web enquiry|inbound lead|outbound call"),
    ("tp_site_survey", "现场勘察", "Site survey", "consideration", "other", "physical", "sales",
     "勘察|踏勘|现场勘查|安全评估|site survey|site visit|risk assessment|walk-through|site inspection"),
    ("tp_proposal", "方案报价", "Proposal", "consideration", "email", "digital", "bid_team",
     "报价|方案|投标文件|标书提交|proposal|quote|quotation|bid|tender submission|pricing"),
    ("tp_contract", "合同签订", "Contract signed", "purchase", "other", "physical", "sales",
     "签约|签合同|中标签约|合同|contract|contract signing|signed|award|won"),
    ("tp_deployment", "保安进场", "Guard deployment", "service", "other", "physical", "operations",
     "进场|上岗|派驻|驻场开始|mobilisation|mobilization|deployment|go-live|guards on site|start of service"),
    ("tp_patrol", "日常巡逻值守", "Daily patrols & guarding", "service", "app", "physical", "operations",
     "巡逻|巡更|值守|站岗|夜巡|patrol|patrols|guard tour|guarding|night rounds|rounds"),
    ("tp_incident", "事件报告", "Incident report", "service", "app", "digital", "control_room",
     "事件|突发事件|警情|事故报告|incident|incident report|occurrence|alarm response"),
    ("tp_invoice", "月度账单", "Monthly invoice", "service", "email", "digital", "finance",
     "账单|发票|月结|对账|invoice|billing|monthly bill|statement"),
    ("tp_extra_shift", "临时加岗", "Extra-shift request", "service", "phone", "digital", "operations",
     "加岗|加班|临时增援|节假日值守|extra shift|additional guards|ad hoc cover|event security|overtime cover"),
    ("tp_complaint", "客户投诉", "Complaint", "service", "phone", "digital", "account_management",
     "投诉|意见|不满|客诉|complaint|escalation|service failure|grievance"),
    ("tp_guard_replacement", "更换保安", "Guard replacement", "service", "other", "physical", "operations",
     "换人|更换保安|调岗|替班|guard replacement|replace the guard|swap guard|relief guard"),
    ("tp_renewal", "续约评审", "Contract renewal review", "loyalty", "other", "physical", "account_management",
     "续约|续签|合同到期|解约|终止合同|renewal|contract renewal|re-sign|termination|non-renewal"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("tender", "招投标转化", "Tender to contract",
     ["tp_tender_invite", "tp_site_survey", "tp_proposal", "tp_contract"], 90),
    ("enquiry", "推荐询价转化", "Referral & enquiry to contract",
     ["tp_enquiry", "tp_site_survey", "tp_proposal", "tp_contract"], 60),
    ("mobilisation", "签约进场", "Contract to mobilisation", ["tp_contract", "tp_deployment", "tp_patrol"], 45),
    ("complaint_fix", "投诉换人", "Complaint to guard replacement", ["tp_complaint", "tp_guard_replacement"], 14),
]
# id: zh, en, city zh, city en, country, region, currency, fx to CNY, hourly rate (local), weight, zh-share
BRANCHES = {
    "B1": ("上海分公司", "Shanghai", "上海", "Shanghai", "CN", "上海市", "CNY", 1.0, 42.0, 0.18, 1.0),
    "B2": ("深圳分公司", "Shenzhen", "深圳", "Shenzhen", "CN", "广东省", "CNY", 1.0, 38.0, 0.17, 1.0),
    "B3": ("香港分公司", "Hong Kong", "香港", "Hong Kong", "HK", "香港", "HKD", 0.92, 82.0, 0.13, 0.7),
    "B4": ("新加坡分公司", "Singapore", "新加坡", "Singapore", "SG", "Singapore", "SGD", 5.30, 17.5, 0.12, 0.35),
    "B5": ("悉尼分公司", "Sydney", "悉尼", "Sydney", "AU", "NSW", "AUD", 4.70, 52.0, 0.13, 0.08),
    "B6": ("伦敦分公司", "London", "伦敦", "London", "UK", "Greater London", "GBP", 9.10, 18.5, 0.14, 0.05),
    "B7": ("多伦多分公司", "Toronto", "多伦多", "Toronto", "CA", "Ontario", "CAD", 5.20, 30.0, 0.13, 0.08),
}
LICENCE = {"CN": "保安员证", "HK": "Security Personnel Permit (PLA)", "SG": "PLRD Security Officer licence",
           "AU": "NSW Class 1A security licence", "UK": "SIA Security Guarding licence",
           "CA": "Ontario Security Guard licence"}
PLACES = {
    "B1": ["陆家嘴", "静安", "虹桥", "徐汇", "张江", "五角场", "漕河泾"],
    "B2": ["南山", "福田", "前海", "宝安", "龙华", "科技园", "罗湖"],
    "B3": ["观塘", "湾仔", "沙田", "荃湾", "中环", "九龙湾"],
    "B4": ["Tampines", "Jurong", "Raffles", "Orchard", "Changi", "Woodlands", "Paya Lebar"],
    "B5": ["Parramatta", "Chatswood", "Barangaroo", "Ultimo", "Macquarie Park", "Rhodes"],
    "B6": ["Canary Wharf", "Croydon", "Stratford", "King's Cross", "Hammersmith", "Southwark"],
    "B7": ["Yonge", "Scarborough", "Mississauga", "Liberty Village", "North York", "Etobicoke"],
}
SITE_TYPES = {  # segment: zh, weight, suffix zh, suffix en
    "office": ("写字楼", 0.38, ["中心大厦", "国际大厦", "科技园A座", "金融中心"], ["Tower", "House", "Business Park", "Plaza"]),
    "mall": ("商场", 0.24, ["广场", "购物中心", "天地", "万象汇"], ["Shopping Centre", "Mall", "Square", "Retail Park"]),
    "building_site": ("工地", 0.28, ["项目工地", "二期工地", "地铁上盖工地", "住宅项目工地"],
                      ["Residential Development", "Stage 2 Site", "Station Works", "Tower Construction Site"]),
    "logistics_park": ("物流园", 0.10, ["物流园", "仓储中心", "冷链园区"], ["Logistics Park", "Distribution Centre",
                                                                         "Cold Store"]),
}
PACKAGES = {  # package: zh, hours per post per month
    "static_24h": ("24小时驻场", 730), "day_static_night_patrol": ("日间驻场+夜间巡逻", 420),
    "mobile_patrol": ("流动巡逻", 95),
}
PKG_BY_TYPE = {"office": [("static_24h", 0.55), ("day_static_night_patrol", 0.40), ("mobile_patrol", 0.05)],
               "mall": [("static_24h", 0.85), ("day_static_night_patrol", 0.15)],
               "building_site": [("static_24h", 0.35), ("day_static_night_patrol", 0.35), ("mobile_patrol", 0.30)],
               "logistics_park": [("static_24h", 0.30), ("day_static_night_patrol", 0.30), ("mobile_patrol", 0.40)]}
POSTS = {"office": (1, 3), "mall": (2, 6), "building_site": (1, 3), "logistics_park": (1, 2)}
ACQ = {  # acquisition channel weights by country
    "CN": {"public_tender_portal": 0.26, "private_invite": 0.18, "fm_consultant": 0.10, "referral": 0.22,
           "website": 0.14, "outbound_sales": 0.10},
    "HK": {"public_tender_portal": 0.22, "private_invite": 0.20, "fm_consultant": 0.16, "referral": 0.22,
           "website": 0.12, "outbound_sales": 0.08},
    "SG": {"public_tender_portal": 0.24, "private_invite": 0.16, "fm_consultant": 0.16, "referral": 0.20,
           "website": 0.14, "outbound_sales": 0.10},
    "AU": {"public_tender_portal": 0.16, "private_invite": 0.18, "fm_consultant": 0.18, "referral": 0.22,
           "website": 0.16, "outbound_sales": 0.10},
    "UK": {"public_tender_portal": 0.20, "private_invite": 0.16, "fm_consultant": 0.18, "referral": 0.20,
           "website": 0.16, "outbound_sales": 0.10},
    "CA": {"public_tender_portal": 0.16, "private_invite": 0.18, "fm_consultant": 0.14, "referral": 0.24,
           "website": 0.18, "outbound_sales": 0.10},
}
ACQ_ZH = {"public_tender_portal": "公开招标平台", "private_invite": "业主邀标", "fm_consultant": "物业顾问推荐",
          "referral": "客户转介绍", "website": "官网询价", "outbound_sales": "电话销售"}
TENDER_CH = ("public_tender_portal", "private_invite", "fm_consultant")
P_BID = {"public_tender_portal": 0.78, "private_invite": 0.93, "fm_consultant": 0.90}
P_SURVEY = {"public_tender_portal": 0.92, "private_invite": 0.95, "fm_consultant": 0.93, "referral": 0.82,
            "website": 0.62, "outbound_sales": 0.50}
P_WIN = {"public_tender_portal": 0.13, "private_invite": 0.45, "fm_consultant": 0.38, "referral": 0.56,
         "website": 0.40, "outbound_sales": 0.34}
LOST_REASONS = [("price", "价格偏高", 0.48), ("incumbent_retained", "原供应商续用", 0.20),
                ("compliance", "资质/技术分不足", 0.10), ("no_decision", "项目搁置", 0.12),
                ("scope_changed", "需求变更", 0.10)]
INCIDENTS = {  # site type: [(type, zh, weight)]
    "office": [("unauthorised_access", "未授权进入", 0.30), ("fire_alarm", "火警报警", 0.25), ("medical", "急救", 0.20),
               ("suspicious_package", "可疑物品", 0.10), ("theft", "盗窃", 0.15)],
    "mall": [("shoplifting", "商铺失窃", 0.38), ("disorderly_person", "滋事人员", 0.22), ("medical", "急救", 0.16),
             ("lost_child", "儿童走失", 0.12), ("fire_alarm", "火警报警", 0.12)],
    "building_site": [("theft", "盗窃", 0.40), ("trespass", "非法闯入", 0.30), ("vandalism", "破坏", 0.15),
                      ("fire_alarm", "火警报警", 0.15)],
    "logistics_park": [("theft", "盗窃", 0.35), ("trespass", "非法闯入", 0.25), ("vehicle_accident", "车辆事故", 0.25),
                       ("fire_alarm", "火警报警", 0.15)],
}
INC_RATE = {"office": 0.05, "mall": 0.30, "building_site": 0.12, "logistics_park": 0.10}   # per site-week
COMPLAINTS = [  # type, zh, weight
    ("missed_patrol", "漏巡", 0.18), ("sleeping_on_duty", "睡岗", 0.07), ("late_handover", "交接班迟到", 0.15),
    ("rude_guard", "态度差", 0.13), ("uniform", "着装不规范", 0.10), ("slow_response", "响应慢", 0.13),
    ("guard_turnover", "频繁换人", 0.16), ("invoice_error", "账单错误", 0.08)]
CT_ZH = {c[0]: c[1] for c in COMPLAINTS}
CT_ZH["delayed_start"] = "进场延迟"
OUTCOME_ZH = {"guard_replaced": "更换保安", "retrained": "重新培训", "warning_issued": "书面警告",
              "invoice_reissued": "重开账单", "service_credit": "服务抵扣", "explained": "解释说明"}
REPL_REASONS = [("resignation", "保安离职", 0.45), ("no_show", "缺勤", 0.20), ("misconduct", "违纪", 0.15),
                ("reassignment", "内部调岗", 0.20)]
REPL_ZH = dict((r[0], r[1]) for r in REPL_REASONS)
REPL_ZH["client_request"] = "客户要求"
SHIFT_REASONS = {"mall": [("holiday_peak", "节假日客流", 0.55), ("promotion_event", "商场活动", 0.35),
                          ("incident_followup", "事件后加强", 0.10)],
                 "office": [("tenant_event", "租户活动", 0.45), ("holiday_cover", "节假日值守", 0.35),
                            ("incident_followup", "事件后加强", 0.20)],
                 "building_site": [("concrete_pour_night", "夜间浇筑", 0.35), ("holiday_cover", "节假日值守", 0.40),
                                   ("incident_followup", "事件后加强", 0.25)],
                 "logistics_park": [("peak_season", "物流旺季", 0.55), ("holiday_cover", "节假日值守", 0.25),
                                    ("incident_followup", "事件后加强", 0.20)]}
TERM_REASONS = [("price", "价格", 0.35), ("service_quality", "服务质量", 0.30), ("in_house", "改为自管", 0.15),
                ("site_closed", "物业出售/关闭", 0.20)]
TERM_ZH = dict((r[0], r[1]) for r in TERM_REASONS)
TERM_ZH["project_completed"] = "项目完工"
CN_GUARDS = ["王强", "李军", "张磊", "刘伟", "陈刚", "杨勇", "赵鹏", "黄斌", "周杰", "吴涛", "孙浩", "马超", "朱明", "胡斌"]
EN_GUARDS = ["Tom", "Raj", "Mohammed", "Kevin", "Daniel", "Arjun", "Liam", "Kwame", "Luis", "Sean", "Ahmed", "Tyrone",
             "Marco", "Wei"]
MANAGERS_ZH = ["刘经理", "陈经理", "王经理", "张经理", "李经理", "周经理", "黄经理", "吴经理"]
MANAGERS_EN = ["Sarah Collins", "James Park", "Priya Nair", "Mark Evans", "Grace Tan", "Oliver Brown", "Chloe Martin",
               "Daniel Wong"]
SURVEYORS = {"B1": ["徐峰", "沈磊"], "B2": ["邓超", "梁伟"], "B3": ["Kelvin Chan", "梁家辉"],
             "B4": ["Ravi Kumar", "Jason Lim"], "B5": ["Nathan Ryan", "Emma Walsh"], "B6": ["Gareth Jones", "Aisha Khan"],
             "B7": ["Ryan Singh", "Marie Dubois"]}
AM = {"B1": ["周婷", "何睿"], "B2": ["林峰", "谢丽"], "B3": ["Vivian Lau", "何志强"], "B4": ["Melissa Goh", "Darren Teo"],
      "B5": ["Lucy Harper", "Tom Fraser"], "B6": ["Hannah Cole", "Ben Whitaker"], "B7": ["Natalie Roy", "Sam Patel"]}
LEAD_SEASON = [0.7, 0.7, 1.1, 1.1, 1.0, 1.0, 0.9, 0.9, 1.2, 1.2, 1.1, 0.8]


def pick(items, weights=None):
    if weights is None:
        return items[int(rng.integers(len(items)))]
    w = np.asarray(weights, float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def pick_w(rows):
    return pick(rows, [r[-1] for r in rows])


def at_hour(day, lo, hi):
    return datetime(day.year, day.month, day.day) + D(minutes=int(rng.integers(int(lo * 60), int(hi * 60))))


def month_start(d):
    return datetime(d.year, d.month, 1)


def next_month(d):
    return datetime(d.year + (d.month == 12), d.month % 12 + 1, 1)


def add_months(d, n):
    y, m = d.year + (d.month - 1 + n) // 12, (d.month - 1 + n) % 12 + 1
    day = min(d.day, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return datetime(y, m, day, d.hour, d.minute)


# ---------------------------------------------------------------- feedback texts (one topic each)
FB = {
    "asleep": (
        ["凌晨两点巡查发现{g}在岗亭里睡岗，监控全程拍到了。",
         "夜班保安又睡岗了，工地钢筋丢了都没人知道。",
         "连续两周抽查都发现夜班有人睡岗，请给个说法。",
         "物业经理凌晨来看，值班的保安在睡岗，对讲机也没人回。",
         "夜里睡岗的问题说了好几次了，还是没改。"],
        ["Night guard {g} was found asleep in the gatehouse at 3am, it is on our CCTV.",
         "Second time this month the night officer was asleep on shift.",
         "Our site manager did a spot check at 2am and the guard was asleep, radio unanswered.",
         "Guard asleep in the site cabin again. Materials went missing the same night.",
         "We keep finding the overnight guard asleep. This is a serious breach of the contract."]),
    "missed": (
        ["巡更记录显示后半夜漏巡了三个点，停车场那边根本没人去。",
         "上周有两晚漏巡，地下室的巡更点没有打卡记录。",
         "巡逻报告里好几个点漏巡，希望加强夜间检查。"],
        ["Patrol report shows three checkpoints missed overnight, the car park was never checked.",
         "Two nights last week the loading dock rounds were missed entirely.",
         "The tour system shows missed checkpoints almost every weekend."]),
    "handover": (
        ["早班交接班总是晚二十分钟，前台空岗。",
         "交接班的时候岗位没人，访客直接进了电梯厅。",
         "夜班和白班交接班拖拖拉拉，登记本也没写清楚。"],
        ["Morning shift handover is regularly 20 minutes late and the front desk is left empty.",
         "Post was unmanned during the shift handover, visitors walked straight in.",
         "Handover notes between shifts are poor, the day team did not know about the alarm fault."]),
    "rude": (
        ["保安对租户说话态度很冲，已经有两家租户来投诉。",
         "门岗的保安态度差，对送货司机大声呵斥。",
         "顾客问路保安爱理不理，态度需要改进。"],
        ["The guard at reception was rude to one of our tenants' visitors.",
         "Several shoppers told us the security officer at the east entrance was rude.",
         "Rude to delivery drivers at the gate, we had a complaint from our logistics partner."]),
    "uniform": (
        ["夜班保安没穿制服，穿着拖鞋站岗。",
         "新来的两位保安制服不统一，形象很差。"],
        ["Two of the officers turned up without proper uniform, no hi-vis on a live site.",
         "Uniform standards have slipped, one guard in jeans at the main entrance."]),
    "response": (
        ["报警后二十五分钟巡逻车才到，响应太慢了。",
         "商铺被盗时保安过了很久才响应，监控室也联系不上。",
         "火警报警后值班保安响应很慢，租户意见很大。"],
        ["Alarm went off and it took the mobile patrol 35 minutes to respond.",
         "Your team was slow to respond when the shoplifter was detained, store staff waited 20 minutes.",
         "Control room did not respond to our call for almost half an hour."]),
    "turnover": (
        ["三个月换人换了五次，每个新来的都不熟悉流程。",
         "保安老是换人，租户都认不得，访客登记也乱。",
         "又换人了，新保安连门禁系统都不会用。"],
        ["Guard turnover on this site is far too high, a new face every other week.",
         "The constant turnover means nobody knows our access procedures.",
         "High turnover again this quarter, we had to brief three new officers ourselves."]),
    "invoice": (
        ["这个月的账单工时算错了，多算了一百多个小时。",
         "账单和排班表对不上，请财务重新核对。",
         "账单上的加岗费用我们没有确认过。"],
        ["This month's invoice charges for hours we never had, please reissue.",
         "The invoice does not match the roster, it includes a post we cancelled.",
         "Invoice came with the wrong rate and the wrong PO number again.",
         "Your new billing system sent us two invoices for the same month."]),
    "start": (
        ["合同签了一个多月了保安还没进场，开业在即很着急。",
         "说好下周一进场，又推了两周，说是背景审查没办完。",
         "进场时间一拖再拖，我们只能临时找别家顶着。"],
        ["Contract was signed five weeks ago and the guards still have no start date.",
         "We were promised a start date of the 1st, now told vetting is delayed again.",
         "You blew through the agreed start date, we had to keep the old supplier on a rolling week."]),
    "price": (
        ["你们的价格比中标单位高了不少。",
         "续约要涨价百分之六，价格这块我们要再谈谈。",
         "服务还可以，就是价格偏高。"],
        ["Your price was well above the other bids.",
         "A 7% price rise at renewal is hard to justify to our board.",
         "Happy with the service but the price is on the high side."]),
    "professional": (
        ["{g}很专业，处理醉酒人员冷静得当。",
         "队长很专业，每周的巡逻报告写得很清楚。",
         "整体很专业，消防演练配合得很好。"],
        ["{g} was very professional handling the trespasser, calm and by the book.",
         "Professional team, the weekly patrol reports are clear and useful.",
         "Very professional during the fire evacuation drill."]),
    "quick": (
        ["昨晚有人翻围墙，保安两分钟就到了，处理很及时。",
         "孩子走失保安及时广播找到了，非常感谢。",
         "漏水发现得很及时，避免了更大损失。"],
        ["Quick thinking by the night officer stopped a break-in at the compound.",
         "A shopper collapsed and your officer was there very quick with the defib.",
         "Quick response to the water leak alarm saved the ground floor shops."]),
    "general": (
        ["本季度服务总体正常，继续保持。",
         "没有特别的问题，按合同执行。",
         "整体还行。"],
        ["Service as expected this quarter.",
         "No major issues to report.",
         "Generally fine, nothing to add."]),
}
NEG = {"asleep", "missed", "handover", "rude", "uniform", "response", "turnover", "invoice", "start", "price"}
POS = {"professional", "quick"}
TOPIC_TP = {"asleep": "tp_patrol", "missed": "tp_patrol", "handover": "tp_patrol", "rude": "tp_patrol",
            "uniform": "tp_patrol", "response": "tp_incident", "turnover": "tp_guard_replacement",
            "invoice": "tp_invoice", "start": "tp_deployment", "price": "tp_proposal", "professional": "tp_patrol",
            "quick": "tp_incident", "general": ""}
CT_TOPIC = {"missed_patrol": "missed", "sleeping_on_duty": "asleep", "late_handover": "handover", "rude_guard": "rude",
            "uniform": "uniform", "slow_response": "response", "guard_turnover": "turnover", "invoice_error": "invoice",
            "delayed_start": "start"}
SUF_NEG = {"zh": ["", "", "请尽快整改。", "再这样我们要考虑换供应商了。"],
           "en": ["", "", " Please action.", " We are reviewing the contract if this continues."]}


def fb_text(topic, lang, guard):
    zh, en = FB[topic]
    base = pick(zh if lang == "zh" else en).format(g=guard)
    if topic in NEG:
        base += pick(SUF_NEG[lang])
    return base


def rating_for(topic):
    if topic in NEG:
        return int(pick([1, 2, 3], [0.40, 0.45, 0.15]))
    if topic in POS:
        return int(pick([4, 5], [0.35, 0.65]))
    return int(pick([3, 4, 5], [0.35, 0.50, 0.15]))


def nps_for(r):
    base = {1: 1, 2: 4, 3: 6, 4: 8, 5: 9}[r]
    return int(np.clip(base + rng.integers(-1, 2), 0, 10))


# ---------------------------------------------------------------- generation
class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.customers, self.exps = [], [], [], [], [], []
        self.nord = self.nev = self.nk = self.ninv = 0

    # ---- writers
    def ev(self, c, ts, tp, action, **kw):
        if ts > END or ts < START:
            return
        b = BRANCHES[c["branch_id"]]
        self.nev += 1
        row = dict(event_id=f"E{self.nev:07d}", customer_id=c["customer_id"], ts=ts.replace(microsecond=0),
                   touchpoint_id=tp, session_id=kw.pop("session_id", ""), action=action,
                   device=kw.pop("device", ""), channel=kw.pop("channel", ""), branch_id=c["branch_id"], branch=b[0],
                   branch_en=b[1], site_type=c["segment"])
        row.update(kw)
        self.events.append(row)

    def order(self, c, ts, otype, otype_zh, local, status, **kw):
        if ts > END or ts < START:
            return None
        b = BRANCHES[c["branch_id"]]
        self.nord += 1
        row = dict(order_id=f"SO{self.nord:06d}", customer_id=c["customer_id"], ts=ts.replace(microsecond=0),
                   amount=round(local * b[7], 2), status=status, channel=kw.pop("channel", "offline"),
                   order_type=otype, 订单类型=otype_zh, amount_local=round(local, 2), currency=b[6],
                   branch_id=c["branch_id"], branch=b[0], branch_en=b[1], site_type=c["segment"])
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, ts, topic, channel, tp=None, rated=False, undated=False):
        if ts is not None and (ts > END or ts < START):
            return
        lang = c["preferred_language"]
        guard = pick(CN_GUARDS if lang == "zh" else EN_GUARDS)
        fid = f"FB{len(self.feedback) + 1:05d}"
        rating = rating_for(topic) if rated else None
        nps = nps_for(rating) if rated and channel == "survey" else None
        tp = TOPIC_TP[topic] if tp is None else tp
        self.feedback.append(dict(feedback_id=fid, text=fb_text(topic, lang, guard),
                                  ts=None if undated else ts.replace(microsecond=0),
                                  customer_id=c["customer_id"], touchpoint_id=tp, channel=channel,
                                  rating=rating, nps=nps, language=lang, branch_id=c["branch_id"],
                                  branch=BRANCHES[c["branch_id"]][0], branch_en=BRANCHES[c["branch_id"]][1],
                                  site_type=c["segment"]))
        sent = "negative" if topic in NEG else "positive" if topic in POS else "neutral"
        self.truth.append(dict(feedback_id=fid, topics="" if topic == "general" else topic, sentiment=sent))

    # ---- customers
    def new_customer(self, idx, signup, legacy):
        bid = pick(list(BRANCHES), [b[9] for b in BRANCHES.values()])
        b = BRANCHES[bid]
        country = b[4]
        st = pick(list(SITE_TYPES), [s[1] for s in SITE_TYPES.values()])
        acq = pick(list(ACQ[country]), list(ACQ[country].values()))
        if legacy and acq == "public_tender_portal" and rng.random() < 0.5:
            acq = "private_invite"
        lang = "zh" if rng.random() < b[10] else "en"
        place = pick(PLACES[bid])
        if country in ("CN", "HK"):
            site = place + pick(SITE_TYPES[st][2])
        else:
            site = place + " " + pick(SITE_TYPES[st][3])
        lo, hi = POSTS[st]
        posts = int(rng.integers(lo, hi + 1))
        c = dict(customer_id=f"C{idx:05d}", signup_at=signup.replace(microsecond=0), segment=st,
                 region=b[5], acquisition_channel=acq, tier="", 站点类型=SITE_TYPES[st][0], 获客渠道=ACQ_ZH[acq],
                 服务套餐="", branch_id=bid, branch=b[0], branch_en=b[1], city=b[2], city_en=b[3], country=country,
                 site_name=site, guards_required=0, posts=posts,
                 site_manager=pick(MANAGERS_ZH if lang == "zh" else MANAGERS_EN),
                 account_manager=pick(AM[bid]), preferred_language=lang, client_status="prospect",
                 客户状态="潜在客户")
        self.customers.append(c)
        return c

    def set_status(self, c, status):
        c["client_status"] = status
        c["客户状态"] = {"prospect": "潜在客户", "lost": "未中标", "active": "在服", "terminated": "已解约",
                      "cancelled": "签约后取消"}[status]

    # ---- sales funnel
    def lead(self, c):
        t0 = c["signup_at"]
        acq = c["acquisition_channel"]
        b = BRANCHES[c["branch_id"]]
        tender = acq in TENDER_CH
        pkg = pick([p[0] for p in PKG_BY_TYPE[c["segment"]]], [p[1] for p in PKG_BY_TYPE[c["segment"]]])
        if tender:
            ref = f"{'ZB' if b[4] in ('CN', 'HK') else 'RFT'}-{t0.year}-{int(rng.integers(100, 999))}"
            go = rng.random() < P_BID[acq]
            self.ev(c, t0, "tp_tender_invite", "received", channel="email", tender_ref=ref,
                    bid_deadline=(t0 + D(days=int(rng.integers(14, 35)))).date().isoformat(),
                    bid_decision="bid" if go else "no_bid", 投标决定="投标" if go else "放弃",
                    guards_requested=c["posts"] * (5 if pkg == "static_24h" else 3 if pkg != "mobile_patrol" else 1))
            if not go:
                self.set_status(c, "lost")
                return
            t = t0 + D(days=float(rng.uniform(3, 14)))
        else:
            act = {"referral": "referred", "website": "submitted", "outbound_sales": "contacted"}[acq]
            dev = pick(["pc", "pc", "pc", "ios", "android"]) if acq == "website" else ""
            ch = {"referral": "other", "website": "web", "outbound_sales": "phone"}[acq]
            self.ev(c, t0, "tp_enquiry", act, channel=ch, device=dev,
                    referrer=pick(["existing_client", "property_manager", "partner_fm"]) if acq == "referral" else "",
                    utm_source=pick(["google", "baidu", "linkedin", "direct"]) if acq == "website" else "")
            t = t0 + D(days=float(rng.uniform(2, 10)))
        if rng.random() > P_SURVEY[acq]:
            self.set_status(c, "lost")
            return
        risk = pick(["low", "medium", "high"], [0.3, 0.5, 0.2] if c["segment"] != "building_site" else [0.1, 0.5, 0.4])
        hours_pm = PACKAGES[pkg][1] * c["posts"]
        guards = max(1, int(round(hours_pm / 200)))
        c["guards_required"] = guards
        self.ev(c, at_hour(t, 9, 17), "tp_site_survey", "completed", channel="other",
                surveyor=pick(SURVEYORS[c["branch_id"]]), risk_rating=risk,
                风险等级={"low": "低", "medium": "中", "high": "高"}[risk], recommended_posts=c["posts"],
                survey_hours=round(float(rng.uniform(1, 4)), 1))
        if rng.random() > (0.93 if tender else 0.90):
            self.set_status(c, "lost")
            return
        t = t + D(days=float(rng.uniform(4, 16) if tender else rng.uniform(2, 8)))
        rate = b[8] * float(rng.uniform(0.95, 1.12))
        monthly = hours_pm * rate
        tp_time = at_hour(t, 9, 19)
        variant = None
        if not tender and PROPOSAL_TEST[0] <= tp_time <= PROPOSAL_TEST[1]:
            variant = pick(["standard_pdf", "video_walkthrough"])
            self.exps.append(dict(experiment_id="proposal_video_2025", variant=variant,
                                  customer_id=c["customer_id"], assigned_at=tp_time.replace(microsecond=0)))
        self.ev(c, tp_time, "tp_proposal", "submitted", channel="email", service_package=pkg,
                服务方案=PACKAGES[pkg][0], posts=c["posts"], hourly_rate_local=round(rate, 2), currency=b[6],
                monthly_value_local=round(monthly, 2), proposal_format=variant or "")
        p = P_WIN[acq] * (1.3 if variant == "video_walkthrough" else 1.0)
        won = rng.random() < p
        t = t + D(days=float(rng.uniform(14, 45) if tender else rng.uniform(5, 25)))
        if not won:
            reason = pick_w(LOST_REASONS)
            self.ev(c, at_hour(t, 9, 18), "tp_proposal", "lost", channel="email", lost_reason=reason[0],
                    丢单原因=reason[1])
            self.set_status(c, "lost")
            if reason[0] == "price" and rng.random() < 0.45:
                self.fb(c, at_hour(t + D(days=1), 9, 18), "price", "call_note")
            return
        self.contract(c, at_hour(t, 10, 18), pkg, rate, new=True)

    # ---- contract, service and renewal
    def contract(self, c, ts, pkg, rate, new):
        b = BRANCHES[c["branch_id"]]
        self.nk += 1
        kid = f"K{self.nk:05d}"
        term = 12 if rng.random() < 0.8 else 24
        hours_pm = PACKAGES[pkg][1] * c["posts"]
        monthly = hours_pm * rate
        c["tier"], c["服务套餐"] = pkg, PACKAGES[pkg][0]
        if c["guards_required"] == 0:
            c["guards_required"] = max(1, int(round(hours_pm / 200)))
        self.ev(c, ts, "tp_contract", "signed", channel="other", session_id=kid, contract_id=kid, term_months=term,
                service_package=pkg, 服务方案=PACKAGES[pkg][0], posts=c["posts"],
                monthly_value_local=round(monthly, 2), currency=b[6])
        self.order(c, ts, "contract", "新签合同", monthly * term, "signed", contract_id=kid, term_months=term,
                   service_package=pkg)
        self.set_status(c, "active")
        if rng.random() < 0.025:   # client pulls out before the start
            self.ev(c, ts + D(days=float(rng.uniform(3, 20))), "tp_contract", "cancelled", channel="other",
                    session_id=kid, contract_id=kid)
            self.orders[-1]["status"] = "cancelled"
            self.set_status(c, "cancelled")
            return
        backlog = VETTING_BACKLOG[0] <= ts < VETTING_BACKLOG[1]
        if backlog and rng.random() < 0.7:
            lead = float(rng.uniform(42, 75))
            vet = lead - float(rng.uniform(1, 3))
        else:
            lead = float(rng.uniform(4, 18))
            vet = max(1.0, lead - float(rng.uniform(1, 3)))
        dep = at_hour(ts + D(days=lead), 7, 9)
        if lead > 30 and rng.random() < 0.85:     # the client chases the start date
            self.complaint(c, ts + D(days=float(rng.uniform(21, 30))), "delayed_start", kid)
            if lead > 50 and rng.random() < 0.6:
                self.complaint(c, ts + D(days=float(rng.uniform(40, 50))), "delayed_start", kid)
        self.ev(c, dep, "tp_deployment", "deployed", channel="other", session_id=kid, contract_id=kid,
                guards_deployed=c["guards_required"], days_from_signing=round(lead, 1),
                vetting_days=round(vet, 1), licence_check=LICENCE[b[4]], screening_vendor=(
                    "new_vendor" if ts >= VETTING_BACKLOG[0] else "old_vendor"))
        self.service(c, kid, dep, term, pkg, rate)

    def service(self, c, kid, start, term, pkg, rate):
        b = BRANCHES[c["branch_id"]]
        end = add_months(start, term)
        complaints = 0
        while True:
            complaints += self.run_period(c, kid, start, min(end, END), pkg, rate)
            if end > END:
                return
            # renewal review 3-6 weeks before the end of the term
            rv = at_hour(end - D(days=float(rng.uniform(21, 42))), 9, 17)
            p = {"office": 0.86, "mall": 0.84, "building_site": 0.50, "logistics_park": 0.82}[c["segment"]]
            if complaints >= 3:
                p -= 0.30
            elif complaints == 2:
                p -= 0.10
            if c.get("night_crew_hit"):
                p -= 0.25
            renew = rng.random() < max(0.05, p)
            if renew:
                pct = float(rng.uniform(0, 4) if b[4] == "CN" else rng.uniform(2, 8))
                rate = rate * (1 + pct / 100)
                new_term = 12
                self.nk += 1
                kid = f"K{self.nk:05d}"
                monthly = PACKAGES[pkg][1] * c["posts"] * rate
                self.ev(c, rv, "tp_renewal", "renewed", channel="other", session_id=kid, contract_id=kid,
                        price_change_pct=round(pct, 1), term_months=new_term, complaints_in_term=complaints)
                self.order(c, rv, "renewal", "续约合同", monthly * new_term, "signed", contract_id=kid,
                           term_months=new_term, service_package=pkg)
                if pct >= 5 and rng.random() < 0.35:
                    self.fb(c, rv + D(days=1), "price", "call_note", tp="tp_renewal")
                start, end, complaints = end, add_months(end, new_term), 0
                continue
            if c["segment"] == "building_site" and rng.random() < 0.75:
                reason = ("project_completed", "项目完工")
            elif complaints >= 2 or c.get("night_crew_hit"):
                reason = pick([("service_quality", "服务质量"), ("price", "价格")], [0.75, 0.25])
            else:
                reason = pick_w(TERM_REASONS)[:2]
            self.ev(c, rv, "tp_renewal", "terminated", channel="other", session_id=kid, contract_id=kid,
                    termination_reason=reason[0], 终止原因=reason[1], complaints_in_term=complaints,
                    service_end_date=end.date().isoformat())
            self.set_status(c, "terminated" if end <= END else "active")
            if reason[0] == "price" and rng.random() < 0.4:
                self.fb(c, rv + D(days=2), "price", "call_note", tp="tp_renewal")
            if end <= END:
                self.set_status(c, "terminated")
            return

    def run_period(self, c, kid, start, end, pkg, rate):
        """weekly patrol logs, incidents, monthly invoices, extra shifts, complaints; returns complaints logged."""
        b = BRANCHES[c["branch_id"]]
        st = c["segment"]
        n_complaints = 0
        # weekly patrol summaries (Mon..Sun, logged the next Monday morning)
        wk = datetime(start.year, start.month, start.day) - D(days=start.weekday())
        per_day = {"static_24h": 12, "day_static_night_patrol": 6, "mobile_patrol": 3}[pkg] * c["posts"]
        while True:
            log_ts = at_hour(wk + D(days=7), 7.5, 9.5)
            if log_ts > end or log_ts > END:
                break
            planned = per_day * 7
            p_miss = float(rng.uniform(0.01, 0.04))
            crew = (c["branch_id"] == "B2" and st == "building_site" and SZ_NIGHT_CREW[0] <= wk < SZ_NIGHT_CREW[1])
            if crew:
                p_miss = float(rng.uniform(0.18, 0.32))
                c["night_crew_hit"] = True
            missed = int(rng.binomial(planned, p_miss))
            night = int(round(missed * (0.9 if crew else 0.6)))
            self.ev(c, log_ts, "tp_patrol", "logged", channel="app", session_id=kid, contract_id=kid,
                    week_start=wk.date().isoformat(), rounds_planned=planned, rounds_completed=planned - missed,
                    night_rounds_missed=night, checkpoints_missed=int(missed * rng.integers(2, 5)),
                    guard_tour_system="巡更棒" if b[4] == "CN" else "NFC app")
            # incidents this week
            lam = INC_RATE[st] * (1.3 if wk.month in (11, 12) and st == "mall" else 1.0)
            for _ in range(int(rng.poisson(lam))):
                its = wk + D(minutes=int(rng.integers(0, 7 * 24 * 60)))
                if its < start or its > end:
                    continue
                it = pick_w(INCIDENTS[st])
                nightshift = its.hour >= 20 or its.hour < 7
                base = 22.0 if pkg == "mobile_patrol" else 4.0
                resp = float(rng.gamma(3.0, base / 3.0))
                sev = pick(["low", "medium", "high"], [0.6, 0.3, 0.1])
                police = it[0] in ("theft", "shoplifting", "trespass", "vandalism", "disorderly_person") and \
                    rng.random() < (0.5 if sev != "low" else 0.15)
                self.ev(c, its, "tp_incident", "reported", channel="app", session_id=kid, contract_id=kid,
                        incident_type=it[0], 事件类型=it[1], service_package=pkg, severity=sev,
                        严重程度={"low": "一般", "medium": "较重", "high": "严重"}[sev],
                        response_min=round(resp, 1), police_called="yes" if police else "no",
                        shift="night" if nightshift else "day",
                        loss_value_local=round(float(rng.gamma(2, 400)), 0) if it[0] in ("theft", "shoplifting")
                        else "")
                if resp > 25 and rng.random() < 0.35:
                    self.complaint(c, its + D(hours=float(rng.uniform(2, 30))), "slow_response", kid)
                elif resp < 3 and sev != "low" and rng.random() < 0.12:
                    ch = "wechat_group" if c["preferred_language"] == "zh" else "email"
                    self.fb(c, its + D(hours=float(rng.uniform(1, 20))), "quick", ch,
                            undated=(ch == "wechat_group" and rng.random() < 0.35))
            wk += D(days=7)
        # months: invoices, extra shifts, complaints, replacements, surveys
        m = month_start(start)
        while m < end and m <= END:
            m_end = next_month(m)
            s, e = max(m, start), min(m_end, end)
            frac = max(0.0, (e - s).total_seconds() / (m_end - m).total_seconds())
            if frac > 0:
                self.invoice(c, kid, m, frac, pkg, rate)
            # extra shifts
            lam = {"mall": 0.25, "office": 0.08, "building_site": 0.12, "logistics_park": 0.10}[st] * frac
            if st == "mall" and m.month in (11, 12):
                lam *= 3
            if b[4] == "CN" and m.month in (1, 2):
                lam *= 2
            for _ in range(int(rng.poisson(lam))):
                rq = s + D(minutes=int(rng.integers(0, max(60, int((e - s).total_seconds() // 60)))))
                reason = pick_w(SHIFT_REASONS[st])
                hrs = int(pick([8, 12, 24, 36, 48]))
                guards = int(rng.integers(1, 5))
                p_unfilled = 0.30 if (b[4] == "CN" and m.month == 2) else 0.07
                filled = rng.random() > p_unfilled
                notice = float(rng.uniform(4, 120))
                self.ev(c, rq, "tp_extra_shift", "requested", channel="phone", session_id=kid, contract_id=kid,
                        shift_reason=reason[0], 加岗原因=reason[1], extra_guards=guards, shift_hours=hrs,
                        notice_hours=round(notice, 1))
                self.ev(c, rq + D(hours=min(notice, 12) * float(rng.uniform(0.2, 0.9))), "tp_extra_shift",
                        "filled" if filled else "unfilled", channel="phone", session_id=kid, contract_id=kid,
                        shift_reason=reason[0], 加岗原因=reason[1], extra_guards=guards, shift_hours=hrs)
                self.order(c, rq, "extra_shift", "临时加岗", guards * hrs * rate * 1.5,
                           "paid" if filled else "cancelled", contract_id=kid, hours=guards * hrs,
                           shift_reason=reason[0])
            # complaints
            lam = 0.07 * frac
            crew = (c["branch_id"] == "B2" and st == "building_site" and SZ_NIGHT_CREW[0] <= m < SZ_NIGHT_CREW[1])
            for _ in range(int(rng.poisson(lam))):
                ct = pick_w(COMPLAINTS)[0]
                if ct == "invoice_error":
                    continue   # invoice complaints come from the invoice itself
                n_complaints += self.complaint(c, s + D(minutes=int(rng.integers(0, max(60, int((e - s)
                                               .total_seconds() // 60))))), ct, kid)
            if crew:
                for _ in range(int(rng.poisson(0.9 * frac))):
                    n_complaints += self.complaint(c, s + D(minutes=int(rng.integers(0, max(60, int(
                        (e - s).total_seconds() // 60))))), "sleeping_on_duty", kid)
            # routine replacements (resignations etc.)
            p_rep = (0.07 if b[4] == "CN" else 0.035) * frac * c["posts"]
            if rng.random() < p_rep:
                r = pick_w(REPL_REASONS)
                rt = s + D(minutes=int(rng.integers(0, max(60, int((e - s).total_seconds() // 60)))))
                self.ev(c, rt, "tp_guard_replacement", "replaced", channel="other", session_id=kid, contract_id=kid,
                        replacement_reason=r[0], 换人原因=r[1], days_to_replace=round(float(rng.uniform(0.5, 6)), 1))
                if rng.random() < 0.08:
                    self.complaint(c, rt + D(days=float(rng.uniform(1, 10))), "guard_turnover", kid)
            # quarterly site-manager survey (sent in the last week of the quarter)
            if m.month in (3, 6, 9, 12) and frac > 0.5 and rng.random() < 0.55:
                sv = at_hour(m_end - D(days=float(rng.uniform(1, 8))), 9, 20)
                if sv <= end:
                    recent = c.get("last_topic")
                    if recent and c.get("last_topic_ts") and (sv - c["last_topic_ts"]).days < 90 \
                            and rng.random() < 0.65:
                        topic = recent
                    else:
                        topic = pick(["general", "professional", "quick", "general"], [0.45, 0.3, 0.1, 0.15])
                    self.fb(c, sv, topic, "survey", rated=True)
            m = m_end
        return n_complaints

    def invoice(self, c, kid, m, frac, pkg, rate):
        b = BRANCHES[c["branch_id"]]
        issue = at_hour(next_month(m) + D(days=int(rng.integers(0, 3))), 9, 11)
        if issue > END:
            return
        hours = PACKAGES[pkg][1] * c["posts"] * frac
        local = hours * rate * float(rng.uniform(0.99, 1.01))
        self.ninv += 1
        inv = f"INV{self.ninv:06d}"
        ldn = c["branch_id"] == "B6" and LDN_BILLING[0] <= issue < LDN_BILLING[1]
        wrong = rng.random() < (0.45 if ldn else 0.008)
        self.ev(c, issue, "tp_invoice", "issued", channel="email", session_id=kid, contract_id=kid, invoice_id=inv,
                invoice_month=m.strftime("%Y-%m"), amount_local=round(local, 2), currency=b[6],
                billing_system="new_erp" if (c["branch_id"] == "B6" and issue >= LDN_BILLING[0]) else "legacy")
        pay = "对公转账" if b[4] == "CN" else pick(["bank_transfer", "bank_transfer", "cheque", "direct_debit"])
        if wrong:
            self.order(c, issue, "monthly_invoice", "月度账单", local * float(rng.uniform(1.08, 1.25)), "cancelled",
                       contract_id=kid, invoice_id=inv, invoice_month=m.strftime("%Y-%m"), hours=round(hours, 1),
                       payment_method=pay, days_to_pay="")
            dt = issue + D(days=float(rng.uniform(2, 9)))
            self.ev(c, dt, "tp_invoice", "disputed", channel="email", session_id=kid, contract_id=kid,
                    invoice_id=inv, invoice_month=m.strftime("%Y-%m"),
                    dispute_reason=pick(["wrong_hours", "wrong_rate", "duplicate", "wrong_po"]))
            self.complaint(c, dt, "invoice_error", kid, via_invoice=True)
            self.ninv += 1
            inv2 = f"INV{self.ninv:06d}"
            re_ts = dt + D(days=float(rng.uniform(2, 6)))
            self.ev(c, re_ts, "tp_invoice", "reissued", channel="email", session_id=kid, contract_id=kid,
                    invoice_id=inv2, invoice_month=m.strftime("%Y-%m"), amount_local=round(local, 2), currency=b[6],
                    replaces_invoice=inv)
            d2p = float(rng.uniform(10, 45))
            status = "paid" if re_ts + D(days=d2p) <= END else "unpaid"
            self.order(c, re_ts, "monthly_invoice", "月度账单", local, status, contract_id=kid, invoice_id=inv2,
                       invoice_month=m.strftime("%Y-%m"), hours=round(hours, 1), payment_method=pay,
                       days_to_pay=round(d2p, 0) if status == "paid" else "")
            return
        d2p = float(rng.uniform(12, 60) if b[4] == "CN" else rng.uniform(10, 45))
        status = "paid" if issue + D(days=d2p) <= END else "unpaid"
        self.order(c, issue, "monthly_invoice", "月度账单", local, status, contract_id=kid, invoice_id=inv,
                   invoice_month=m.strftime("%Y-%m"), hours=round(hours, 1), payment_method=pay,
                   days_to_pay=round(d2p, 0) if status == "paid" else "")

    def complaint(self, c, ts, ct, kid, via_invoice=False):
        if ts > END:
            return 0
        if ct in ("sleeping_on_duty", "missed_patrol", "rude_guard"):
            oc = pick(["guard_replaced", "retrained", "warning_issued"], [0.45, 0.25, 0.30])
        elif ct == "invoice_error":
            oc = "invoice_reissued"
        elif ct == "delayed_start":
            oc = pick(["service_credit", "explained"])
        elif ct == "guard_turnover":
            oc = "explained"
        else:
            oc = pick(["retrained", "explained", "guard_replaced"], [0.45, 0.4, 0.15])
        self.ev(c, ts, "tp_complaint", "logged", channel="phone" if not via_invoice else "email", session_id=kid,
                contract_id=kid, complaint_type=ct, 投诉类型=CT_ZH[ct], outcome=oc, 处理结果=OUTCOME_ZH[oc],
                resolution_days=round(float(rng.uniform(0.5, 7 if ct != "delayed_start" else 20)), 1))
        if oc == "guard_replaced":
            rt = ts + D(days=float(rng.uniform(0.5, 12)))
            self.ev(c, rt, "tp_guard_replacement", "replaced", channel="other", session_id=kid, contract_id=kid,
                    replacement_reason="client_request", 换人原因="客户要求",
                    days_to_replace=round(float(rng.uniform(0.5, 4)), 1))
        topic = CT_TOPIC[ct]
        c["last_topic"], c["last_topic_ts"] = topic, ts
        # the written side of the complaint
        p = {"asleep": 0.75, "invoice": 0.7, "start": 0.8}.get(topic, 0.55)
        if rng.random() < p:
            if topic == "invoice":
                ch = "email"
            elif c["preferred_language"] == "zh" and rng.random() < 0.35:
                ch = "wechat_group"
            else:
                ch = pick(["ticket", "ticket", "call_note"])
            tp = None
            if topic == "asleep" and rng.random() < 0.12:
                tp = "tp_complaint"
            elif topic in ("missed", "rude", "uniform", "handover") and rng.random() < 0.3:
                tp = "tp_complaint"
            undated = (ch == "wechat_group" and rng.random() < 0.35) or (ch == "call_note" and rng.random() < 0.1)
            self.fb(c, ts + D(minutes=int(rng.integers(5, 600))), topic, ch, tp=tp, undated=undated)
        return 1

    # ---- run
    def run(self):
        idx = 0
        # existing book: contracts that started before the extract window
        for _ in range(190):
            idx += 1
            start = datetime(2023, 7, 1) + D(days=float(rng.uniform(0, 365)))
            c = self.new_customer(idx, start - D(days=float(rng.uniform(30, 400))), legacy=True)
            pkg = pick([p[0] for p in PKG_BY_TYPE[c["segment"]]], [p[1] for p in PKG_BY_TYPE[c["segment"]]])
            rate = BRANCHES[c["branch_id"]][8] * float(rng.uniform(0.92, 1.05))
            hours_pm = PACKAGES[pkg][1] * c["posts"]
            c["guards_required"] = max(1, int(round(hours_pm / 200)))
            c["tier"], c["服务套餐"] = pkg, PACKAGES[pkg][0]
            self.set_status(c, "active")
            self.nk += 1
            term = 12 if rng.random() < 0.8 else 24
            if start + D(days=365 * term / 12) < START + D(days=45):
                term = 24
            self.service(c, f"K{self.nk:05d}", start, term, pkg, rate)
        # new leads, 2024-07-01 .. 2026-05-31
        days = (datetime(2026, 5, 31) - START).days
        w = np.array([LEAD_SEASON[(START + D(days=i)).month - 1] * (1.0 + 0.25 * i / days) for i in range(days)])
        w /= w.sum()
        n = 2350
        picks = np.sort(rng.choice(days, size=n, p=w))
        for d in picks:
            idx += 1
            t0 = at_hour(START + D(days=int(d)), 8, 19)
            c = self.new_customer(idx, t0, legacy=False)
            self.lead(c)


def write_csv(path, rows, cols):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            out = []
            for k in cols:
                v = r.get(k, "")
                if v is None:
                    v = ""
                elif isinstance(v, datetime):
                    v = v.strftime("%Y-%m-%d %H:%M:%S")
                out.append(v)
            w.writerow(out)


def cols_of(rows, first):
    seen = list(first)
    for r in rows:
        for k in r:
            if k not in seen:
                seen.append(k)
    return seen


def main():
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.run()
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write_csv(out / "touchpoints.csv", tps, list(tps[0]))
    js = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            js.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=win))
    write_csv(out / "journeys.csv", js, list(js[0]))
    write_csv(out / "customers.csv", g.customers,
              [k for k in cols_of(g.customers, ["customer_id", "signup_at", "segment", "region",
                                                "acquisition_channel", "tier"])
               if k not in ("last_topic", "last_topic_ts", "night_crew_hit")])
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    # the CRM export re-sent a few rows
    dup_idx = rng.choice(len(ev), size=12, replace=False)
    ev = ev + [dict(ev[int(i)]) for i in dup_idx]
    ev.sort(key=lambda r: (r["ts"], r["event_id"]))
    write_csv(out / "events.csv", ev, cols_of(ev, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id",
                                                  "action", "device", "channel"]))
    od = sorted(g.orders, key=lambda r: (r["ts"], r["order_id"]))
    write_csv(out / "orders.csv", od, cols_of(od, ["order_id", "customer_id", "ts", "amount", "status", "channel"]))
    fb = g.feedback
    order = rng.permutation(len(fb))
    fb_sorted = [fb[i] for i in order]
    fb_sorted.sort(key=lambda r: (r["ts"] is None, r["ts"] or datetime(2100, 1, 1)))
    write_csv(out / "feedback.csv", fb_sorted, cols_of(fb, ["feedback_id", "text", "ts", "customer_id",
                                                            "touchpoint_id", "channel", "rating", "nps"]))
    write_csv(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    write_csv(out / "experiments.csv", g.exps, ["experiment_id", "variant", "customer_id", "assigned_at"])
    print(f"customers {len(g.customers)}, events {len(ev)}, orders {len(od)}, feedback {len(fb)}, "
          f"experiments {len(g.exps)}")


if __name__ == "__main__":
    main()
