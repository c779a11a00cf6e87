"""卫焰消防 BlazeWard Fire Safety: fire-safety inspection and extinguisher servicing for shops, restaurants and
warehouses, with branches in 上海 Shanghai, 广州 Guangzhou, 成都 Chengdu (CNY), Hong Kong (HKD) and Singapore (SGD).
Synthetic, written blind.

A business (a shop, a restaurant or a warehouse) enquires (website, phone, referral, a sales visit, its landlord or
mall management, a fire-department rectification notice, a trade fair). A sales engineer does a site survey and
sends a service proposal. The client signs a one-year service contract on one of three tiers:
- basic (基础版): one inspection a year, extinguisher servicing charged per unit, call-outs charged;
- standard (标准版): two inspections a year, extinguisher servicing included, call-outs charged;
- premium (尊享版): four inspections a year, extinguishers and call-outs included, repair labour included.
Each inspection visit is booked, then done by a technician. A visit passes, finds defects or gets no access (the
premises were closed). Defects get a defect notice, a repair quote, the client's approval, the repair and then a
compliance certificate; a passed visit gets the certificate straight away. Extinguishers are serviced once a contract
year. Clients call the emergency line (alarm, sprinkler leak, discharged extinguisher or kitchen hood system) and a
technician goes on site. The fire authority makes spot checks at clients' premises. 60 days before a contract ends a
renewal reminder goes out; the client renews or cancels.

An A/B test on the service proposal (Sep 2025 - Feb 2026): `pdf_quote` (control) against `video_walkthrough` (the
proposal comes with a recorded walkthrough video of the survey and photos of each issue).

Data 2024-07-01 .. 2026-06-30 (the CRM extract was taken in July 2026, months before "today" 2026-12-01). Naive local
times. Money: orders.amount in CNY (group reporting currency; HKD at a fixed 0.92 and SGD at 5.35); amount_local and
currency are kept.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment) and OUTDIR/_truth/technicians.csv (not DATA.md
tables). Deterministic (seed 20260709), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260709
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 6, 30, 23, 59, 59)
N_ENQ, N_LEGACY, N_GZ_CAMPAIGN = 3600, 1250, 200
EXP = (datetime(2025, 9, 1), datetime(2026, 2, 28, 23, 59, 59))          # proposal A/B test
GZ_SHORTAGE = (datetime(2025, 11, 10), datetime(2026, 1, 31, 23, 59, 59))  # Guangzhou parts shortage
GZ_CAMPAIGN = (datetime(2025, 10, 8), datetime(2025, 12, 15))             # Guangzhou warehouse fire-safety campaign
SH_MORNING = (datetime(2025, 6, 1), datetime(2026, 1, 4, 23, 59, 59))     # Shanghai scheduler books 8-10 am slots
HK_PRICE = datetime(2026, 1, 1)                                           # HK renewals quoted at the new price
T08_SPAN = (datetime(2025, 3, 1), datetime(2026, 4, 15))

CITIES = ["shanghai", "guangzhou", "chengdu", "hong_kong", "singapore"]
CITY_W = [0.25, 0.21, 0.18, 0.16, 0.20]
COUNTRY = {"shanghai": "CN", "guangzhou": "CN", "chengdu": "CN", "hong_kong": "HK", "singapore": "SG"}
CUR = {"CN": "CNY", "HK": "HKD", "SG": "SGD"}
FX = {"CNY": 1.0, "HKD": 0.92, "SGD": 5.35}
LOCAL = {"CN": 1.0, "HK": 1.45, "SG": 0.28}  # local price per CNY list price
DISTRICTS = {
    "shanghai": (["静安", "徐汇", "黄浦", "浦东", "长宁"], ["嘉定", "宝山", "松江", "浦东"]),
    "guangzhou": (["天河", "越秀", "海珠", "荔湾"], ["白云", "番禺", "黄埔", "花都"]),
    "chengdu": (["锦江", "武侯", "青羊", "高新"], ["双流", "新都", "龙泉驿", "郫都"]),
    "hong_kong": (["Central", "Mong Kok", "Causeway Bay", "Tsim Sha Tsui", "Sha Tin"],
                  ["Kwai Chung", "Tsuen Wan", "Kwun Tong", "Tuen Mun"]),
    "singapore": (["Orchard", "Bugis", "Tampines", "Jurong East", "Tanjong Pagar"],
                  ["Tuas", "Woodlands", "Changi", "Jurong West"]),
}
SECTORS = {"shop": 0.45, "restaurant": 0.35, "warehouse": 0.20}
BTYPE = {
    "shop": {"convenience_store": 0.3, "clothing": 0.2, "pharmacy": 0.15, "electronics": 0.15, "supermarket": 0.2},
    "restaurant": {"hotpot": 0.25, "cafe": 0.2, "fast_food": 0.2, "chinese_restaurant": 0.2, "bar": 0.15},
    "warehouse": {"ecommerce": 0.4, "cold_storage": 0.2, "logistics": 0.3, "furniture": 0.1},
}
SOURCES = {  # lead source: share, base signing probability after a proposal
    "website": (0.28, 0.46), "phone": (0.14, 0.52), "referral": (0.15, 0.66), "sales_visit": (0.12, 0.40),
    "landlord": (0.13, 0.70), "fire_dept_notice": (0.11, 0.78), "trade_fair": (0.07, 0.28),
}
ENQ_CHANNEL = {"website": "web", "phone": "phone", "referral": "phone", "sales_visit": "other",
               "landlord": "email", "fire_dept_notice": "phone", "trade_fair": "other"}
TIER_BY_SECTOR = {"shop": {"basic": 0.6, "standard": 0.3, "premium": 0.1},
                  "restaurant": {"basic": 0.4, "standard": 0.4, "premium": 0.2},
                  "warehouse": {"basic": 0.25, "standard": 0.4, "premium": 0.35}}
VISITS_PER_YEAR = {"basic": 1, "standard": 2, "premium": 4}
FEE_CNY = {"shop": 1800, "restaurant": 2600, "warehouse": 6500}     # basic annual fee, CNY list
TIER_MULT = {"basic": 1.0, "standard": 1.7, "premium": 3.0}
DEFECT_P = {"shop": 0.30, "restaurant": 0.56, "warehouse": 0.45}
DEFECT_TYPES = {
    "shop": {"expired_extinguisher": 0.38, "emergency_light": 0.27, "blocked_exit": 0.15, "missing_signage": 0.10,
             "alarm_fault": 0.10},
    "restaurant": {"hood_suppression": 0.42, "expired_extinguisher": 0.18, "gas_detector": 0.15,
                   "emergency_light": 0.15, "blocked_exit": 0.10},
    "warehouse": {"sprinkler": 0.36, "blocked_exit": 0.22, "hydrant": 0.15, "alarm_fault": 0.14,
                  "expired_extinguisher": 0.13},
}
NEEDS_PARTS = {"sprinkler", "hood_suppression", "alarm_fault", "hydrant", "emergency_light", "gas_detector"}
REPAIR_CNY = {"expired_extinguisher": 700, "emergency_light": 900, "blocked_exit": 450, "missing_signage": 300,
              "alarm_fault": 2600, "hood_suppression": 4800, "gas_detector": 1500, "sprinkler": 3900,
              "hydrant": 2900}
SEVERITY = {"critical": 0.15, "major": 0.45, "minor": 0.40}
SEV_MULT = {"critical": 1.5, "major": 1.0, "minor": 0.6}
APPROVE_P = {"basic": 0.52, "standard": 0.72, "premium": 0.90}
RENEW_P = {"basic": 0.68, "standard": 0.80, "premium": 0.92}
CALLOUT_RATE = {"shop": 0.25, "restaurant": 0.55, "warehouse": 0.70}
CALLOUT_REASONS = {
    "shop": {"alarm_fault": 0.55, "extinguisher_discharged": 0.25, "emergency_light": 0.20},
    "restaurant": {"alarm_fault": 0.35, "hood_discharged": 0.35, "extinguisher_discharged": 0.15,
                   "gas_alarm": 0.15},
    "warehouse": {"alarm_fault": 0.33, "sprinkler_leak": 0.52, "extinguisher_discharged": 0.15},
}
ARRIVE_MED = {"singapore": 50, "hong_kong": 65, "shanghai": 80, "guangzhou": 90, "chengdu": 125}
CALLOUT_FEE_CNY, EXT_SERVICE_CNY, EXT_UNIT_CNY = 600, 45, 180
CHECK_RATE = {"CN": 0.45, "HK": 0.30, "SG": 0.25}
TECHS = {  # id: branch, start, end, name
    "T01": ("shanghai", None, None, "王建国"), "T02": ("shanghai", None, None, "李明"),
    "T03": ("shanghai", None, None, "陈伟"), "T04": ("shanghai", datetime(2025, 1, 6), None, "周强"),
    "T05": ("guangzhou", None, None, "黄志华"), "T06": ("guangzhou", None, None, "梁国栋"),
    "T07": ("guangzhou", None, None, "何俊"),
    "T08": ("chengdu", T08_SPAN[0], T08_SPAN[1], "赵磊"), "T09": ("chengdu", None, None, "刘洋"),
    "T10": ("chengdu", None, None, "杨帆"), "T11": ("chengdu", datetime(2026, 4, 20), None, "罗斌"),
    "T12": ("hong_kong", None, None, "Chan Ka Ming 陈家明"), "T13": ("hong_kong", None, None, "Wong Tsz Hin 黄子轩"),
    "T14": ("hong_kong", None, None, "Lee Wai Kit 李伟杰"),
    "T15": ("singapore", None, None, "Muhammad Faiz"), "T16": ("singapore", None, None, "Tan Wei Liang"),
    "T17": ("singapore", None, None, "Ravi Kumar"),
}
AMS = {"shanghai": ["AM01", "AM02", "AM03"], "guangzhou": ["AM04", "AM05"], "chengdu": ["AM06", "AM07"],
       "hong_kong": ["AM08", "AM09"], "singapore": ["AM10", "AM11"]}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_enquiry", "询价咨询", "Enquiry", "consideration", "web", "digital", "sales",
     "询价|咨询|线索|报价咨询|lead|enquiry|inquiry|quote request|web form"),
    ("tp_site_survey", "现场勘查", "Site survey", "consideration", "other", "physical", "sales_engineering",
     "勘查|踏勘|上门勘察|现场评估|survey|site assessment|walk-through"),
    ("tp_proposal", "服务方案报价", "Service proposal", "consideration", "email", "digital", "sales",
     "方案|报价方案|合同报价|proposal|service quote|offer"),
    ("tp_contract_signed", "签订维保合同", "Service contract signed", "purchase", "other", "digital", "sales",
     "签约|签合同|成交|新客户|contract signed|signed up|new client|won deal"),
    ("tp_visit_booked", "预约上门检查", "Inspection booked", "service", "phone", "digital", "scheduling",
     "预约|排班|约检|booking|scheduling|appointment"),
    ("tp_inspection_visit", "上门消防检查", "Inspection visit", "service", "other", "physical", "field_service",
     "巡检|年检|消防检测|上门检查|例行检查|inspection|site visit|routine check|annual inspection"),
    ("tp_defect_notice", "隐患整改通知", "Defect notice", "service", "email", "digital", "field_service",
     "隐患通知|整改通知|缺陷单|defect report|rectification notice|non-compliance notice"),
    ("tp_repair_quote", "维修报价", "Repair quote", "purchase", "email", "digital", "repair_team",
     "整改报价|维修报价单|repair estimate|remedial quote|fix quote"),
    ("tp_quote_approved", "维修报价确认", "Repair quote approved", "purchase", "email", "digital", "repair_team",
     "报价确认|同意维修|批准报价|quote accepted|approved repair|go-ahead"),
    ("tp_repair_done", "整改维修完成", "Repair completed", "service", "other", "physical", "repair_team",
     "整改完成|维修完成|修好了|repair done|remedial works completed|fixed"),
    ("tp_certificate", "出具消防合格证书", "Compliance certificate issued", "service", "email", "digital",
     "compliance_desk", "合格证|检测报告|消防证书|合格证书|certificate|compliance cert|fire safety certificate|FS251"),
    ("tp_extinguisher_service", "灭火器维保", "Extinguisher servicing", "service", "other", "physical",
     "field_service", "灭火器年检|换粉|充装|灭火器更换|extinguisher service|recharge|refill|extinguisher swap"),
    ("tp_emergency_callout", "紧急报修", "Emergency call-out request", "service", "phone", "digital", "hotline",
     "报修|紧急维修|24小时热线|急修|emergency call|call-out|callout|hotline"),
    ("tp_callout_onsite", "紧急报修到场", "Call-out technician on site", "service", "other", "physical",
     "field_service", "到场|抢修到场|on site|attended|call-out attendance"),
    ("tp_fire_dept_check", "消防部门抽查", "Fire authority spot check", "service", "other", "physical",
     "compliance_desk", "消防检查|消防抽查|消防大队检查|fire department inspection|fire authority check|SCDF check|FSD inspection"),
    ("tp_complaint", "投诉工单", "Complaint ticket", "service", "phone", "digital", "customer_care",
     "投诉|客诉|工单|complaint|ticket|escalation"),
    ("tp_renewal_notice", "续约提醒", "Renewal reminder", "loyalty", "email", "digital", "account_mgmt",
     "续约通知|到期提醒|合同到期|renewal notice|contract expiry reminder"),
    ("tp_renewed", "续约成功", "Contract renewed", "loyalty", "other", "digital", "account_mgmt",
     "续约|续签|续费|renewal|renewed|re-signed"),
    ("tp_cancel", "解约", "Contract cancelled", "loyalty", "phone", "digital", "account_mgmt",
     "不续约|解约|流失|退约|cancellation|churn|did not renew|lost client"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("new_client", "新客户签约", "New client sign-up",
     ["tp_enquiry", "tp_site_survey", "tp_proposal", "tp_contract_signed"], 45),
    ("proposal_close", "方案到签约", "Proposal to contract", ["tp_proposal", "tp_contract_signed"], 30),
    ("defect_repair", "隐患整改", "Defect to repair",
     ["tp_defect_notice", "tp_repair_quote", "tp_quote_approved", "tp_repair_done"], 30),
    ("inspection_cert", "检查到出证", "Inspection to certificate", ["tp_inspection_visit", "tp_certificate"], 30),
    ("callout_response", "紧急报修到场", "Emergency call-out", ["tp_emergency_callout", "tp_callout_onsite"], 1),
    ("contract_renewal", "合同续约", "Contract renewal", ["tp_renewal_notice", "tp_renewed"], 60),
]

# ---------------------------------------------------------------- feedback texts
MARKERS = {
    "late": (r"迟到", r"\blate\b"),
    "mess": (r"弄脏", r"\bmess\b"),
    "praise_pro": (r"专业", r"\bprofessional\b"),
    "praise_fast": (r"很快", r"\bquick\b"),
    "price_high": (r"太贵", r"\btoo expensive\b"),
    "parts_wait": (r"等配件", r"waiting for parts"),
    "cert_delay": (r"证书", r"\bcertificates?\b"),
    "rushed": (r"走过场", r"\brushed\b"),
    "fined": (r"罚款", r"\bfined\b"),
    "slow_response": (r"响应", r"\bresponse\b"),
    "praise_callout": (r"及时", r"\bpromptly\b"),
    "price_rise": (r"涨价", r"\bprice increase\b"),
    "reschedule": (r"改期", r"\breschedul(e|ed|ing)\b"),
    "billing": (r"发票", r"\binvoices?\b"),
}
TEXTS = {  # topic: sentiment, zh texts, en texts
    "late": ("neg", [
        "师傅迟到了快一个小时，也没提前打电话说一声。",
        "约的两点，三点多才到，迟到太久了，我们下午还要营业。",
        "技术员迟到，店里客人最多的时候才来检查，很影响生意。",
        "又迟到了，希望调度能靠谱一点。",
        "检查本身没问题，就是迟到四十分钟，店长一直在等。",
    ], [
        "Technician turned up nearly an hour late with no call ahead.",
        "Booked for 2pm, he arrived after 3. Way too late for a busy lunch shop.",
        "Third time the inspector has been late. Please sort out your scheduling.",
        "Arrived late and we had to keep the shutter half down during trading.",
        "Inspection itself was fine, but 40 minutes late and no apology.",
    ]),
    "mess": ("neg", [
        "检查完地上全是粉，把货架弄脏了也没收拾。",
        "换灭火器的时候把墙面弄脏了，走之前没清理。",
        "测试喷淋的时候把仓库的纸箱弄脏了一片。",
    ], [
        "Left a mess of powder on the floor after swapping the extinguishers.",
        "Tested the hose reel and left a mess in the back corridor.",
        "Inspection was thorough but the crew left a mess in our stockroom.",
    ]),
    "praise_pro": ("pos", [
        "师傅很专业，每个灭火器都看了压力和日期，讲解也清楚。",
        "检查得很专业，隐患拍照标注得明明白白。",
        "{tech}师傅专业细心，厨房灭火系统讲得很透。",
        "整体服务专业，报告格式也规范，物业很认可。",
        "专业！连疏散指示灯的电池都逐个测了。",
    ], [
        "Very professional technician, checked every extinguisher tag and explained the issues clearly.",
        "Professional and thorough, photos of each defect in the report.",
        "Friendly and professional, walked our manager through the hood system.",
        "Professional service as always, the mall management was happy with the report.",
        "Really professional crew, tested every exit sign battery one by one.",
    ]),
    "praise_fast": ("pos", [
        "检查很快，二十分钟就搞定了，不耽误营业。",
        "师傅动作很快，没影响我们出餐。",
        "来得准时，查得也很快，点赞。",
        "很快就检查完了，什么问题都没有，省心。",
    ], [
        "Quick visit, done in twenty minutes and out of our way.",
        "In and out, quick and easy, no fuss at all.",
        "Very quick inspection, did not disturb our customers.",
        "Nice and quick, everything passed first time.",
    ]),
    "price_high": ("neg", [
        "维修报价太贵了，换几个喷头要这么多钱？",
        "整改报价太贵，我们自己找人修便宜一半。",
        "报价单太贵，而且没有明细，老板不批。",
        "厨房灭火系统的维修报价太贵了，再考虑考虑。",
    ], [
        "The repair quote is too expensive for a few sprinkler heads.",
        "Too expensive. A local contractor quoted us half of that.",
        "Quote came back too expensive and with no breakdown, owner won't sign off.",
        "Hood system repair quote is too expensive, we will think about it.",
    ]),
    "parts_wait": ("neg", [
        "整改报价都确认了，一直在等配件，快一个月了还没修。",
        "说是等配件，喷头到现在都没换，消防那边催得紧。",
        "等配件等了三周，中间没人主动通知进度。",
        "钱都付了还在等配件，到底什么时候能修好？",
    ], [
        "Approved the quote weeks ago and we are still waiting for parts.",
        "Still waiting for parts for the kitchen suppression system, nobody updates us.",
        "Three weeks waiting for parts. Our landlord keeps chasing us.",
        "We signed off the repair and then spent a month waiting for parts.",
    ]),
    "cert_delay": ("neg", [
        "维修早就完成了，证书一直没出，商场物业不让续租。",
        "证书拖了两个星期才发过来，耽误我们办牌照。",
        "检查都通过了，合格证书还要等好几天，能不能快点？",
        "证书迟迟不出，消防署那边的表格一直交不了。",
    ], [
        "Repairs were done ages ago and the certificate still has not been issued.",
        "Took two weeks to get our certificate, the landlord was chasing us daily.",
        "We passed, so why is the certificate taking so long? Need it for our licence renewal.",
        "Still no certificate after ten days, FSD paperwork is on hold.",
    ]),
    "rushed": ("neg", [
        "你们师傅检查就是走过场，转一圈签字就走了。",
        "上次检查走过场，什么问题都没查出来，消防一来全是隐患。",
        "感觉年检在走过场，十几分钟就出了合格，心里没底。",
        "检查走过场，结果消防大队来查出一堆问题，以后还怎么信你们？",
    ], [
        "The inspection felt rushed, he barely looked at the sprinklers.",
        "Your technician rushed through in 15 minutes and then the fire authority found a list of problems.",
        "Rushed job, signed everything off without testing the alarm.",
        "Rushed inspection, nothing flagged, then the authority flagged six issues.",
    ]),
    "fined": ("neg", [
        "消防部门来检查被罚款了，整改单上的问题你们一直没来修。",
        "因为疏散通道的问题被罚款五千，希望你们提醒得再早一点。",
        "被罚款了才知道喷淋早就该换，维保合同到底管什么？",
        "消防抽查被罚款，隐患通知发了就没下文了。",
    ], [
        "We got fined by the fire authority for issues that were still open on your defect list.",
        "Fined at the spot check. Your team should have chased the repair approval harder.",
        "Fined for a blocked exit, would have appreciated a heads-up from your team.",
        "The authority fined us for the sprinkler heads you flagged months ago and never fixed.",
    ]),
    "slow_response": ("neg", [
        "报警器半夜一直响，打电话过去两个多小时才有人来，响应太慢。",
        "紧急报修响应慢，仓库等了快三个小时。",
        "喷淋漏水这么急的事，响应也太慢了。",
        "热线响应速度不行，货都泡水了师傅才到。",
    ], [
        "Emergency line response was far too slow, nearly three hours for a leaking sprinkler.",
        "Slow response to our alarm call-out, we had to close the store.",
        "Your call-out response time is not acceptable for a warehouse.",
        "Response to the hood discharge was painfully slow, kitchen shut for the evening.",
    ]),
    "praise_callout": ("pos", [
        "半夜报警器误报，师傅来得很及时，帮我们复位了。",
        "喷淋漏水处理得很及时，感谢！",
        "紧急报修处理及时，师傅态度也好。",
        "厨房灭火系统误喷，维修来得及时，晚市没受影响。",
    ], [
        "Technician came promptly when our alarm went off at night.",
        "Sprinkler leak sorted promptly, thank you.",
        "Call-out handled promptly and politely.",
        "Hood system went off by mistake and your team reset it promptly.",
    ]),
    "price_rise": ("neg", [
        "续约涨价将近两成，有点接受不了。",
        "今年续约突然涨价，也没提前沟通。",
        "涨价以后我们在考虑换别家。",
        "又涨价了，小店真的扛不住。",
    ], [
        "The renewal came with a price increase of almost 20 percent.",
        "A price increase with one month notice is not how you treat long-term clients.",
        "Not renewing after the price increase, sorry.",
        "Another price increase? Small shops cannot keep absorbing this.",
    ]),
    "reschedule": ("neg", [
        "又约早上八点，我们餐厅十一点才开门，只能改期。",
        "这个月已经改期两次了，能不能约下午？",
        "师傅到了店还没开门，白跑一趟又要改期。",
    ], [
        "Booked us at 8am again, we open at 11, so we had to reschedule.",
        "Second time we had to reschedule because your slot is before opening.",
        "Please stop booking morning slots, rescheduling again.",
    ]),
    "billing": ("neg", [
        "发票抬头开错了，重新开了两次。",
        "付款一个月了还没收到发票，财务一直催。",
        "发票金额和合同对不上。",
    ], [
        "The invoice had the wrong company name, twice.",
        "Paid a month ago and still no invoice.",
        "Invoice amount does not match the contract.",
    ]),
    "general_pos": ("pos", [
        "合作几年了，一直挺放心的。",
        "服务稳定，有问题找客户经理都能解决。",
        "今年整体满意，会推荐给隔壁商户。",
        "省心，商场物业检查从来没出过问题。",
    ], [
        "Happy with the service overall.",
        "Reliable partner for our stores, no complaints.",
        "Good year overall, will recommend you to other tenants.",
        "Peace of mind, the mall audits have been smooth.",
    ]),
    "general_neu": ("neu", [
        "希望后台能直接下载历年检查报告。",
        "能不能提供英文版报告？",
        "想了解一下标准版和尊享版的区别。",
        "明年可能要搬仓库，到时候再联系。",
    ], [
        "Would be good to get all reports in one portal.",
        "Can we get the reports in Chinese as well?",
        "What is the difference between Standard and Premium?",
        "We may move warehouse next year, will let you know.",
    ]),
    "general_neg": ("neg", [
        "客户经理换了三个人，每次都要重新说明情况。",
        "沟通效率一般，邮件经常没人回。",
        "报告写得太笼统，看不出具体哪里有问题。",
    ], [
        "Account manager changed three times this year.",
        "Emails often go unanswered for days.",
        "Reports are too generic, hard to tell what exactly is wrong.",
    ]),
    "churn_closing": ("neu", [
        "店铺月底关了，不续约了。",
        "餐厅转让了，合同就到这。",
        "仓库退租了，谢谢这两年的服务。",
    ], [
        "We are closing the shop at the end of the month.",
        "Restaurant has been sold, no renewal needed.",
        "Lease on the warehouse is ending, thanks for everything.",
    ]),
    "churn_switch": ("neu", [
        "商场指定了另一家维保单位，只能换。",
        "集团统一招标换了服务商。",
    ], [
        "Our landlord appointed their own contractor.",
        "Head office moved all sites to one provider.",
    ]),
    "churn_budget": ("neg", [
        "今年预算紧，先停一年。",
        "生意不好，能省则省，合同先不续了。",
    ], [
        "Budget is tight this year, pausing the contract.",
        "Cutting costs across the board, not renewing for now.",
    ]),
    "awareness": ("neu", [
        "又到冬季防火季，商户记得检查灭火器有效期。",
        "仓库消防专项检查开始了，大家注意通道别堆货。",
        "餐饮店的厨房灭火装置要定期保养，别等出事。",
    ], [
        "Reminder for F&B owners: kitchen suppression systems need servicing every six months.",
        "Fire safety month, check your exit signs and extinguisher tags.",
        "Warehouse owners, keep sprinkler heads clear of stacked pallets.",
    ]),
}
SENT = {"pos": "positive", "neg": "negative", "neu": "neutral"}


def check_markers():
    for topic, (_, zh, en) in TEXTS.items():
        for lang, texts in (("zh", zh), ("en", en)):
            for t in texts:
                t = t.replace("{tech}", "刘")
                hits = [k for k, (mz, me) in MARKERS.items()
                        if re.search(mz, t) or re.search(me, t.lower())]
                want = [topic] if topic in MARKERS else []
                assert hits == want, (topic, t, hits)


# ---------------------------------------------------------------- random helpers

class Rand:
    """numpy Generator with buffered uniforms and normals (scalar numpy calls are slow)."""

    def __init__(self, seed):
        self.g = np.random.default_rng(seed)
        self._u, self._i = self.g.random(1 << 18), 0
        self._n, self._j = self.g.standard_normal(1 << 16), 0

    def u(self) -> float:
        if self._i >= len(self._u):
            self._u, self._i = self.g.random(1 << 18), 0
        v = self._u[self._i]
        self._i += 1
        return float(v)

    def n(self) -> float:
        if self._j >= len(self._n):
            self._n, self._j = self.g.standard_normal(1 << 16), 0
        v = self._n[self._j]
        self._j += 1
        return float(v)


R = Rand(SEED)
events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
experiments: list[dict] = []
_n: dict[str, int] = {}


def nid(kind, width):
    _n[kind] = _n.get(kind, 0) + 1
    return f"{kind}{_n[kind]:0{width}d}"


def U(a, b):
    return a + (b - a) * R.u()


def pick(d: dict):
    x, acc = R.u() * sum(d.values()), 0.0
    for k, w in d.items():
        acc += w
        if x < acc:
            return k
    return k


def choice(seq):
    return seq[int(R.u() * len(seq))]


def poisson(lam):
    k, p, L = 0, 1.0, math.exp(-lam)
    while True:
        p *= R.u()
        if p <= L:
            return k
        k += 1


def lognorm(median, sigma):
    return median * math.exp(sigma * R.n())


def at_hour(d: datetime, h: float) -> datetime:
    return d.replace(hour=0, minute=0, second=0) + D(hours=h)


def workday(d: datetime) -> datetime:
    while d.weekday() == 6:
        d += D(days=1)
    return d


# ---------------------------------------------------------------- writers

def ev(c, ts, tp, **cols):
    row = dict(event_id=nid("E", 7), customer_id=c["customer_id"], ts=ts, touchpoint_id=tp,
               region=c["region"], segment=c["segment"])
    row.update(cols)
    events.append(row)
    return row


def order(c, ts, otype, local, status="paid", **cols):
    cur = CUR[c["country"]]
    orders.append(dict(order_id=nid("O", 6), customer_id=c["customer_id"], ts=ts, order_type=otype,
                       amount=round(local * FX[cur], 2), amount_local=round(local, 2), currency=cur, status=status,
                       region=c["region"], segment=c["segment"], tier=c.get("cur_tier"), **cols))


def fb(c, ts, topic, channel, tp=None, rating=None, nps=None, lang=None, **cols):
    sent, zh, en = TEXTS[topic]
    lang = lang or (c["preferred_language"] if c else "zh")
    text = choice(zh if lang == "zh" else en)
    if "{tech}" in text:
        tech = cols.get("technician")
        name = TECHS[tech][3][:1] if tech and COUNTRY[TECHS[tech][0]] == "CN" else "王"
        text = text.replace("{tech}", name)
    fid = nid("F", 5)
    feedback.append(dict(feedback_id=fid, text=text, ts=ts, customer_id=c["customer_id"] if c else None,
                         touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang,
                         region=c["region"] if c else cols.pop("region", None),
                         segment=c["segment"] if c else None, **cols))
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[sent]))


def ticket(c, ts, topic, about_tp, **cols):
    """a complaint ticket: a tp_complaint event and the ticket text as feedback."""
    tid = nid("TK", 5)
    ev(c, ts, "tp_complaint", action="submit", channel=pick({"phone": 0.5, "email": 0.3, "app": 0.2}),
       ticket_id=tid, complaint_topic=topic, about_touchpoint=about_tp)
    fb(c, ts, topic, "ticket", tp=about_tp, ticket_id=tid, **cols)


def rating_from(topic_sent):
    if topic_sent == "neg":
        return pick({1: 0.35, 2: 0.4, 3: 0.25})
    if topic_sent == "neu":
        return pick({3: 0.6, 4: 0.4})
    return pick({4: 0.35, 5: 0.65})


def nps_from(rating):
    base = {1: 2, 2: 4, 3: 6.5, 4: 8.2, 5: 9.4}[rating]
    return int(min(10, max(0, round(base + 1.1 * R.n()))))


# ---------------------------------------------------------------- clients

def new_client(t0: datetime, legacy=False, city=None, sector=None, source=None):
    city = city or pick(dict(zip(CITIES, CITY_W)))
    sector = sector or pick(SECTORS)
    country = COUNTRY[city]
    if country == "CN":
        lang = "en" if R.u() < 0.04 else "zh"
    elif country == "HK":
        lang = "zh" if R.u() < 0.55 else "en"
    else:
        lang = "zh" if R.u() < 0.2 else "en"
    inner, outer = DISTRICTS[city]
    district = choice(outer if sector == "warehouse" or R.u() < 0.15 else inner)
    if sector == "warehouse":
        area = int(lognorm(4500, 0.6))
        ext = max(12, int(area / 150 + 4 * R.n()))
    elif sector == "restaurant":
        area = int(lognorm(220, 0.5))
        ext = max(3, int(area / 60 + 1.5 * R.n()))
    else:
        area = int(lognorm(120, 0.6))
        ext = max(2, int(area / 70 + R.n()))
    c = dict(city=city, region=city, country=country, segment=sector, business_type=pick(BTYPE[sector]),
             district=district, floor_area_m2=area, extinguisher_count=ext,
             has_hood_system=sector == "restaurant" and R.u() < 0.85,
             has_sprinkler=R.u() < {"shop": 0.3, "restaurant": 0.45, "warehouse": 0.92}[sector],
             in_mall=sector != "warehouse" and R.u() < (0.5 if sector == "shop" else 0.4),
             acquisition_channel=source or pick({k: v[0] for k, v in SOURCES.items()}),
             preferred_language=lang, account_manager=choice(AMS[city]), signup_at=t0, legacy=legacy,
             tier="none", lifecycle="prospect", defects=[], visits=[], fined=[], contract_end=None,
             first_contract_at=None, billing_cycle=pick({"annual": 0.7, "quarterly": 0.3}))
    return c


def enquiry_time():
    """an enquiry date with seasonality (CN: busy Mar-Apr and Oct-Nov fire-safety month, quiet at Spring
    Festival)."""
    while True:
        t = START + D(days=U(0, (END - START).days + 1))
        w = {2: 0.6, 3: 1.3, 4: 1.25, 10: 1.2, 11: 1.4, 12: 0.9}.get(t.month, 1.0)
        if R.u() < w / 1.4:
            return at_hour(t, U(8.5, 20))


def sales_funnel(c):
    t = c["signup_at"]
    src = c["acquisition_channel"]
    dev = None
    ch = ENQ_CHANNEL[src]
    if ch == "web":
        dev = pick({"pc": 0.55, "ios": 0.25, "android": 0.2})
    ev(c, t, "tp_enquiry", action="submit", channel=ch, device=dev, lead_source=src,
       enquiry_type=pick({"new_premises": 0.35, "annual_inspection": 0.3, "extinguisher_service": 0.15,
                          "rectification": 0.2 if src != "fire_dept_notice" else 2.0}))
    if R.u() > (0.95 if src == "fire_dept_notice" else 0.80):
        return
    t = workday(at_hour(t + D(days=int(lognorm(3, 0.6)) + 1), U(9, 17)))
    ev(c, t, "tp_site_survey", action="complete", channel="other", surveyor=choice(AMS[c["city"]]),
       issues_spotted=int(max(0, 2 + 2 * R.n())), survey_minutes=int(lognorm(45 if c["segment"] != "warehouse"
                                                                             else 110, 0.3)))
    if R.u() > 0.92:
        return
    t = at_hour(t + D(days=int(U(1, 6))), U(9, 19))
    variant = None
    if EXP[0] <= t <= EXP[1]:
        variant = "video_walkthrough" if R.u() < 0.5 else "pdf_quote"
        experiments.append(dict(experiment_id="proposal_video_2025", variant=variant, customer_id=c["customer_id"],
                                assigned_at=t, experiment_name="Proposal with survey walkthrough video"))
    tier = pick(TIER_BY_SECTOR[c["segment"]])
    fee = FEE_CNY[c["segment"]] * TIER_MULT[tier] * (0.85 + 0.3 * R.u()) * LOCAL[c["country"]]
    pid = nid("P", 5)
    ev(c, t, "tp_proposal", action="send", channel="email", proposal_id=pid, proposed_tier=tier,
       proposal_format=variant or "pdf_quote", annual_fee_local=round(fee, 0), currency=CUR[c["country"]])
    p = SOURCES[c["acquisition_channel"]][1] * (0.88 if c["segment"] == "warehouse" else 1.0)
    if variant == "video_walkthrough" and c["segment"] != "warehouse":
        p *= 1.32
    if R.u() > min(0.95, p):
        c["lifecycle"] = "lost" if t + D(days=30) < END else "prospect"
        return
    late = R.u() < 0.13
    t = at_hour(t + D(days=int(U(31, 55)) if late else int(min(29, lognorm(7, 0.7)))), U(9, 19))
    if t > END:
        return
    c["fee_local"] = round(fee, 0)
    c["proposal_id"] = pid
    run_contracts(c, t, tier, first=True)


def run_contracts(c, start, tier, first=False):
    c["first_contract_at"] = start
    c["cur_tier"] = tier
    fee = c.get("fee_local") or round(FEE_CNY[c["segment"]] * TIER_MULT[tier] * (0.85 + 0.3 * R.u())
                                      * LOCAL[c["country"]], 0)
    year = 0
    while True:
        cid = nid("K", 5)
        end = start + D(days=365)
        if year == 0:
            if first:
                ev(c, start, "tp_contract_signed", action="success", channel="other", contract_id=cid, tier=tier,
                   annual_fee_local=fee, currency=CUR[c["country"]], billing_cycle=c["billing_cycle"],
                   sign_method=pick({"e_sign": 0.6, "paper": 0.4}))
        bill(c, start, cid, fee, "new" if year == 0 else "renewal")
        c["contract_end"] = end
        c["tier"] = tier
        c["lifecycle"] = "active"
        contract_year(c, start, end, tier, cid)
        # renewal
        notice = at_hour(end - D(days=60), U(8, 11))
        if notice > END:
            break
        hk_rise = c["country"] == "HK" and notice >= HK_PRICE and tier in ("basic", "standard")
        ev(c, notice, "tp_renewal_notice", action="send", channel="email", contract_id=cid, tier=tier,
           contract_end=end.date().isoformat(),
           new_fee_local=round(fee * (1.18 if hk_rise else 1.0), 0), currency=CUR[c["country"]],
           price_change_pct=18 if hk_rise else 0)
        closing = R.u() < {"restaurant": 0.09, "shop": 0.05, "warehouse": 0.03}[c["segment"]]
        p = RENEW_P[tier]
        open_def = [d for d in c["defects"] if start <= d["notice"] < end
                    and (d["closed"] is None or (d["closed"] - d["notice"]).days > 45)]
        if open_def:
            p -= 0.25
        if any(start <= f < end for f in c["fined"]):
            p -= 0.12
        if hk_rise:
            p -= 0.36
        if hk_rise and R.u() < 0.45:
            fb(c, notice + D(days=int(U(2, 20)), hours=U(1, 6)), "price_rise", "call_note", tp="tp_renewal_notice")
        elif R.u() < 0.06:
            fb(c, notice + D(days=int(U(2, 20)), hours=U(1, 6)), pick({"general_pos": 0.6, "general_neu": 0.4}),
               "call_note", tp="tp_renewal_notice")
        if not closing and R.u() < p:
            late = R.u() < 0.04
            rt = at_hour(notice + D(days=int(U(61, 75)) if late else int(min(58, lognorm(18, 0.6)))), U(9, 18))
            if rt > END:
                break
            new_tier = tier
            if R.u() < 0.06 and tier != "premium":
                new_tier = "standard" if tier == "basic" else "premium"
                fee = round(fee * TIER_MULT[new_tier] / TIER_MULT[tier], 0)
            if hk_rise:
                fee = round(fee * 1.18, 0)
            ev(c, rt, "tp_renewed", action="success", channel="other", contract_id=cid, tier=new_tier,
               previous_tier=tier, annual_fee_local=fee, currency=CUR[c["country"]])
            tier = new_tier
            c["cur_tier"] = tier
            start = end
            year += 1
            continue
        # not renewed
        if closing:
            reason = "business_closed"
        elif hk_rise and R.u() < 0.7:
            reason = "price_increase"
        elif open_def and R.u() < 0.5:
            reason = "service_quality"
        else:
            reason = pick({"switched_provider": 0.35, "budget": 0.3, "landlord_contractor": 0.2,
                           "service_quality": 0.15})
        if R.u() < 0.72:
            ct = at_hour(notice + D(days=int(U(5, 70))), U(9, 18))
            if ct <= END:
                ev(c, ct, "tp_cancel", action="cancel", channel=pick({"phone": 0.6, "email": 0.4}),
                   contract_id=cid, tier=tier, cancel_reason=reason)
                if R.u() < 0.5:
                    topic = {"business_closed": "churn_closing", "price_increase": "price_rise",
                             "switched_provider": "churn_switch", "landlord_contractor": "churn_switch",
                             "budget": "churn_budget"}.get(reason)
                    if topic is None:
                        topic = "rushed" if any(v["tech"] == "T08" for v in c["visits"]) and R.u() < 0.6 else \
                            pick({"general_neg": 0.5, "fined": 0.25, "late": 0.25})
                    fb(c, ct + D(hours=U(1, 48)), topic, "cancel_survey", tp="tp_cancel",
                       rating=rating_from(TEXTS[topic][0]))
        if end <= END:
            c["lifecycle"] = "churned"
        break


def bill(c, start, cid, fee, kind):
    if c["billing_cycle"] == "annual":
        parts = [(start, fee)]
    else:
        parts = [(start + D(days=91 * k), round(fee / 4, 2)) for k in range(4)]
    for ts, amt in parts:
        st = "paid" if R.u() > 0.01 else "refunded"
        order(c, at_hour(ts, U(9, 18)), "contract_fee", amt, status=st, contract_id=cid, billing=kind,
              channel="contract", payment_method=pay_method(c), days_to_pay=int(lognorm(12, 0.6)))
        maybe_billing_ticket(c, ts)


def pay_method(c):
    return {"CN": lambda: pick({"bank_transfer": 0.6, "wechat_pay": 0.25, "alipay": 0.15}),
            "HK": lambda: pick({"fps": 0.45, "bank_transfer": 0.35, "cheque": 0.2}),
            "SG": lambda: pick({"paynow": 0.5, "giro": 0.3, "bank_transfer": 0.2})}[c["country"]]()


def maybe_billing_ticket(c, ts):
    if R.u() < 0.018:
        ticket(c, at_hour(ts + D(days=int(U(5, 35))), U(9, 18)), "billing", None)


def pick_tech(c, d):
    techs = [k for k, v in TECHS.items() if v[0] == c["city"] and (v[1] is None or v[1] <= d)
             and (v[2] is None or d <= v[2])]
    w = {k: (2.2 if k == "T08" else 1.0) for k in techs}
    return pick(w)


def contract_year(c, start, end, tier, cid):
    n = VISITS_PER_YEAR[tier]
    step = 365 / n
    first_new = not c["visits"]
    for k in range(n):
        d = start + D(days=U(7, 28) + k * step + (U(-12, 12) if k else 0))
        if d >= end:
            break
        visit(c, d, "first" if first_new and k == 0 else "routine", cid, tier)
    # extinguisher servicing, once a contract year
    d = workday(at_hour(start + D(days=U(15, 60)), U(9, 16)))
    units = c["extinguisher_count"]
    repl = sum(1 for _ in range(units) if R.u() < (0.16 if c["segment"] == "restaurant" else 0.11))
    mode = "onsite" if c["segment"] == "warehouse" or units > 15 else pick({"onsite": 0.4, "pickup_return": 0.6})
    ev(c, d, "tp_extinguisher_service", action="complete", channel="other", contract_id=cid,
       units_serviced=units, units_replaced=repl, service_mode=mode, technician=pick_tech(c, d))
    if tier == "basic":
        order(c, d, "extinguisher_service", units * EXT_SERVICE_CNY * LOCAL[c["country"]], units=units,
              contract_id=cid, channel="onsite", payment_method=pay_method(c), days_to_pay=int(lognorm(10, 0.6)))
    if repl:
        order(c, d, "extinguisher_sale", repl * EXT_UNIT_CNY * LOCAL[c["country"]] * (0.9 + 0.2 * R.u()),
              units=repl, contract_id=cid, channel="onsite", payment_method=pay_method(c),
              days_to_pay=int(lognorm(10, 0.6)))
    # emergency call-outs
    for _ in range(poisson(CALLOUT_RATE[c["segment"]])):
        callout(c, start + D(days=U(0, 365)), tier, cid)
    # fire authority spot checks
    rate = CHECK_RATE[c["country"]] * (1.3 if c["segment"] == "warehouse" else 1.0)
    for _ in range(poisson(rate)):
        fire_check(c, workday(at_hour(start + D(days=U(20, 365)), U(9, 16.5))))
    if c["city"] == "guangzhou" and c["segment"] == "warehouse":
        lo, hi = max(start, GZ_CAMPAIGN[0]), min(end, GZ_CAMPAIGN[1])
        if lo < hi and R.u() < 0.75:
            fire_check(c, workday(at_hour(lo + D(days=U(0, (hi - lo).days)), U(9, 16.5))), campaign=True)


def visit(c, d, vtype, cid, tier, rebook=0):
    sector = c["segment"]
    if sector == "restaurant":
        morning = 0.85 if c["city"] == "shanghai" and SH_MORNING[0] <= d <= SH_MORNING[1] else 0.2
        hour = U(8, 10) if R.u() < morning else U(14, 17)
    elif sector == "shop":
        hour = U(9, 10) if R.u() < 0.25 else U(10, 18)
    else:
        hour = U(8, 16.5)
    d = workday(at_hour(d, round(hour * 2) / 2))
    if d > END + D(days=30):
        return
    tech = pick_tech(c, d)
    book_ch = pick({"phone": 0.45, "app": 0.2, "email": 0.15,
                    "mini_program" if c["country"] == "CN" else "social": 0.2})
    ev(c, at_hour(d - D(days=int(U(2, 14))), U(9, 18)), "tp_visit_booked", action="submit", channel=book_ch,
       device=pick({"ios": 0.55, "android": 0.45}) if book_ch in ("app", "mini_program") else None,
       visit_type=vtype, slot_start=d.strftime("%H:%M"), contract_id=cid)
    vid = nid("V", 6)
    if sector == "restaurant" and d.hour < 10:
        p_na = 0.30
    elif sector == "shop" and d.hour < 10:
        p_na = 0.10
    else:
        p_na = 0.035
    delay = max(0, int(6 + 12 * R.n()))
    if R.u() < (0.15 if c["country"] == "HK" else 0.05):
        delay = int(U(30, 95))
    base = dict(action="complete", channel="other", visit_id=vid, technician=tech, visit_type=vtype,
                slot_start=d.strftime("%H:%M"), contract_id=cid, tier=tier, arrival_delay_min=delay)
    arrive = d + D(minutes=delay)
    if R.u() < p_na:
        ev(c, arrive, "tp_inspection_visit", visit_result="no_access", duration_min=int(U(5, 15)),
           devices_checked=0, defects_found=0, **{**base, "action": "fail"})
        if R.u() < (0.3 if sector == "restaurant" else 0.12):
            ticket(c, arrive + D(hours=U(1, 30)), "reschedule", "tp_visit_booked")
        if rebook < 2:
            visit(c, d + D(days=int(U(2, 10))), vtype if vtype != "first" else "first", cid, tier, rebook + 1)
        return
    p_def = DEFECT_P[sector] + (0.12 if vtype == "first" else 0.0)
    t08 = tech == "T08"
    if t08:
        p_def = 0.07
    dur_med = {"shop": 35, "restaurant": 50, "warehouse": 110}[sector] * (0.38 if t08 else 1.0)
    dur = max(8, int(lognorm(dur_med, 0.25)))
    devices = c["extinguisher_count"] + int(U(2, 8)) + (c["floor_area_m2"] // 150 if c["has_sprinkler"] else 0)
    has_def = R.u() < p_def
    vt = arrive
    done = vt + D(minutes=dur)
    c["visits"].append(dict(ts=done, tech=tech))
    if not has_def:
        ev(c, vt, "tp_inspection_visit", visit_result="pass", duration_min=dur, devices_checked=devices,
           defects_found=0, **base)
        certificate(c, done, vid, cid)
        visit_feedback(c, done, tech, delay, False)
        return
    dtype = pick(DEFECT_TYPES[sector])
    if sector == "restaurant" and not c["has_hood_system"] and dtype == "hood_suppression":
        dtype = "expired_extinguisher"
    if sector == "shop" and dtype == "alarm_fault" and not c["has_sprinkler"]:
        dtype = "emergency_light"
    sev = pick(SEVERITY)
    ndef = 1 + int(abs(1.2 * R.n()))
    ev(c, vt, "tp_inspection_visit", visit_result="defects", duration_min=dur, devices_checked=devices,
       defects_found=ndef, defect_type=dtype, severity=sev, **base)
    visit_feedback(c, done, tech, delay, True)
    defect_flow(c, done, vid, cid, tier, dtype, sev, ndef)


def visit_feedback(c, t, tech, delay, had_defects):
    if R.u() > 0.28:
        return
    t08 = tech == "T08"
    if delay >= 30:
        topic = "late"
    elif R.u() < 0.04:
        topic = "mess"
    elif t08:
        topic = pick({"praise_fast": 0.7, "praise_pro": 0.2, "general_pos": 0.1})
    else:
        topic = pick({"praise_pro": 0.45, "praise_fast": 0.12, "general_pos": 0.18, "general_neu": 0.13,
                      "general_neg": 0.12 if had_defects else 0.06})
    r = rating_from(TEXTS[topic][0])
    if t08 and topic != "late" and topic != "mess":
        r = 5 if R.u() < 0.88 else 4
    nps = nps_from(r) if R.u() < 0.35 else None
    fb(c, t + D(hours=U(2, 72)), topic, "visit_survey", tp="tp_inspection_visit", rating=r, nps=nps,
       technician=tech)


def cert_days(c):
    if c["country"] == "HK":
        return int(U(5, 15))
    return int(U(0, 3))


def certificate(c, t, vid, cid, after_repair=False):
    days = cert_days(c)
    ct = at_hour(t + D(days=days), U(9, 18)) if days else t + D(hours=U(1, 5))
    ev(c, ct, "tp_certificate", action="issue", channel="email", visit_id=vid, contract_id=cid,
       cert_id=nid("CERT", 6), cert_type="post_repair" if after_repair else "routine", cert_days=days,
       valid_until=(ct + D(days=365)).date().isoformat())
    if days >= 6 and R.u() < 0.3:
        ticket(c, ct - D(days=int(U(1, 3)), hours=U(0, 5)), "cert_delay", "tp_certificate")
    elif R.u() < 0.012:   # a landlord wanted the certificate the same day
        ticket(c, ct + D(hours=U(1, 30)), "cert_delay", "tp_certificate")
    return ct


def defect_flow(c, t, vid, cid, tier, dtype, sev, ndef):
    did = nid("DF", 5)
    rec = dict(notice=None, closed=None, did=did)
    c["defects"].append(rec)
    nt = t + D(hours=U(1, 20))
    rec["notice"] = nt
    ev(c, nt, "tp_defect_notice", action="send", channel=pick({"email": 0.6, "app": 0.25, "phone": 0.15}),
       defect_id=did, visit_id=vid, defect_type=dtype, severity=sev, defects_found=ndef, tier=tier,
       deadline_days={"critical": 7, "major": 15, "minor": 30}[sev])
    if R.u() < 0.06:      # client says it will fix it itself; no quote
        return
    qt = at_hour(nt + D(days=int(U(1, 5))), U(9, 18))
    q = REPAIR_CNY[dtype] * SEV_MULT[sev] * (1 + 0.25 * (ndef - 1)) * lognorm(1, 0.3)
    if tier == "premium":
        q *= 0.55
    q_local = round(q * LOCAL[c["country"]], 0)
    qid = nid("Q", 5)
    ev(c, qt, "tp_repair_quote", action="send", channel="email", defect_id=did, quote_id=qid, defect_type=dtype,
       tier=tier, severity=sev, quote_local=q_local, currency=CUR[c["country"]], labour_included=tier == "premium")
    p = APPROVE_P[tier] * (0.78 if q > 5000 else 1.0) * (0.9 if c["segment"] == "shop" else 1.0)
    approved = R.u() < p
    if R.u() < 0.22:
        if not approved or (q > 4000 and R.u() < 0.5):
            topic = "price_high"
        else:
            topic = pick({"general_neu": 0.5, "general_pos": 0.3, "general_neg": 0.2})
        r = rating_from(TEXTS[topic][0])
        fb(c, qt + D(hours=U(3, 96)), topic, "quote_survey", tp="tp_repair_quote", rating=r)
    if not approved:
        if R.u() < 0.3:
            fb(c, qt + D(days=int(U(3, 14)), hours=U(0, 8)), "price_high", "call_note", tp="tp_repair_quote")
        return
    at = at_hour(qt + D(days=min(25, int(lognorm(2.5, 0.8)))), U(9, 19))
    ev(c, at, "tp_quote_approved", action="success", channel=pick({"email": 0.6, "app": 0.25, "phone": 0.15}),
       defect_id=did, quote_id=qid, approved_local=q_local, currency=CUR[c["country"]])
    wait = 0
    if c["city"] == "guangzhou" and GZ_SHORTAGE[0] <= at <= GZ_SHORTAGE[1] and dtype in NEEDS_PARTS:
        wait = int(U(22, 48))
    elif dtype in NEEDS_PARTS and R.u() < 0.05:
        wait = int(U(8, 20))
    rt = workday(at_hour(at + D(days=int(U(2, 8)) + wait), U(9, 17)))
    tech = pick_tech(c, rt)
    ev(c, rt, "tp_repair_done", action="complete", channel="other", defect_id=did, quote_id=qid,
       defect_type=dtype, technician=tech, parts_wait_days=wait, repair_hours=round(lognorm(2.5, 0.5), 1))
    st = "paid" if R.u() > 0.025 else "refunded"
    order(c, rt, "repair", q_local, status=st, quote_id=qid, defect_type=dtype, contract_id=cid, channel="quote",
          payment_method=pay_method(c), days_to_pay=int(lognorm(15, 0.6)))
    maybe_billing_ticket(c, rt)
    if wait and R.u() < 0.35:
        ticket(c, at + D(days=int(U(10, max(11, wait))), hours=U(0, 8)), "parts_wait", "tp_repair_done")
    if R.u() < 0.3:
        if wait:
            topic = "parts_wait"
        else:
            topic = pick({"praise_pro": 0.4, "general_pos": 0.35, "general_neu": 0.15, "mess": 0.05,
                          "general_neg": 0.05})
        fb(c, rt + D(hours=U(2, 72)), topic, "repair_survey", tp="tp_repair_done",
           rating=rating_from(TEXTS[topic][0]), technician=tech)
    ct = certificate(c, rt, vid, cid, after_repair=True)
    rec["closed"] = ct


def callout(c, t, tier, cid):
    night = R.u() < 0.3
    t = at_hour(t, U(19, 23.9) if night else U(8, 19))
    reason = pick(CALLOUT_REASONS[c["segment"]])
    coid = nid("CO", 5)
    ev(c, t, "tp_emergency_callout", action="submit", channel="phone", callout_id=coid, callout_reason=reason,
       after_hours=night)
    mins = lognorm(ARRIVE_MED[c["city"]] * (1.35 if c["segment"] == "warehouse" else 1.0)
                   * (1.2 if night else 1.0), 0.35)
    mins = int(max(15, mins))
    on = t + D(minutes=mins)
    tech = pick_tech(c, on)
    ev(c, on, "tp_callout_onsite", action="complete", channel="other", callout_id=coid, callout_reason=reason,
       technician=tech, arrival_min=mins, within_sla=mins <= 240, resolved_on_site=R.u() < 0.86)
    if tier != "premium":
        st = "cancelled" if (reason == "alarm_fault" and R.u() < 0.12) else "paid"
        order(c, on, "callout_fee", CALLOUT_FEE_CNY * LOCAL[c["country"]] * (1.5 if night else 1.0), status=st,
              contract_id=cid, channel="phone", payment_method=pay_method(c), days_to_pay=int(lognorm(10, 0.6)))
    if R.u() < 0.3:
        if mins > 150:
            topic = "slow_response"
        else:
            topic = pick({"praise_callout": 0.7, "general_pos": 0.2, "praise_pro": 0.1})
        fb(c, on + D(hours=U(1, 48)), topic, "callout_survey", tp="tp_callout_onsite",
           rating=rating_from(TEXTS[topic][0]), technician=tech)
    if mins > 180 and R.u() < 0.3:
        ticket(c, on + D(hours=U(0.5, 24)), "slow_response", "tp_callout_onsite")


def fire_check(c, t, campaign=False):
    last = [v for v in c["visits"] if v["ts"] <= t]
    last_tech = last[-1]["tech"] if last else None
    open_def = any(d["notice"] <= t and (d["closed"] is None or d["closed"] > t) for d in c["defects"])
    if last_tech == "T08":
        p = 0.52
    elif open_def:
        p = 0.38
    else:
        p = 0.08
    if campaign:
        p += 0.06
    failed = R.u() < p
    outcome = "pass"
    fine = None
    if failed:
        outcome = "fine" if R.u() < 0.4 else "rectification_order"
        if outcome == "fine":
            fine = round(U(5000, 30000) * LOCAL[c["country"]] / (1 if c["country"] == "CN" else 1.6), -2)
            c["fined"].append(t)
    ev(c, t, "tp_fire_dept_check", action="fail" if failed else "pass", channel="other",
       check_id=nid("FC", 5), authority={"CN": "消防救援大队", "HK": "FSD", "SG": "SCDF"}[c["country"]],
       check_outcome=outcome, fine_local=fine, currency=CUR[c["country"]] if fine else None,
       campaign=campaign, last_technician=last_tech)
    if failed and R.u() < 0.5:
        if last_tech == "T08":
            topic = "rushed" if R.u() < 0.7 else "fined"
        else:
            topic = "fined" if R.u() < 0.6 else "general_neg"
        ticket(c, t + D(hours=U(2, 72)), topic, "tp_inspection_visit")


# ---------------------------------------------------------------- surveys, reviews, social

def annual_surveys(clients):
    for y in (2024, 2025):
        s0 = datetime(y, 12, 2)
        for c in clients:
            if not c["first_contract_at"] or c["first_contract_at"] > s0 or not c["contract_end"]:
                continue
            if c["lifecycle"] == "churned" and c["contract_end"] < s0:
                continue
            if R.u() > 0.35:
                continue
            score = {"basic": 7.5, "standard": 8.2, "premium": 8.9}.get(c["cur_tier"], 7.9)
            if any(v["tech"] == "T08" for v in c["visits"] if v["ts"] < s0) and y == 2025:
                score -= 0.6
            if any(f < s0 for f in c["fined"]):
                score -= 2.0
            if any(d["closed"] is None and d["notice"] < s0 for d in c["defects"]):
                score -= 1.0
            nps = int(min(10, max(0, round(score + 1.8 * R.n()))))
            topic = "general_pos" if nps >= 9 else ("general_neu" if nps >= 7 else
                                                    pick({"general_neg": 0.6, "late": 0.15, "billing": 0.1,
                                                          "cert_delay": 0.15 if c["country"] == "HK" else 0.0}))
            r = max(1, min(5, round(1 + nps / 2.5 + 0.4 * R.n())))
            fb(c, at_hour(s0 + D(days=U(0, 18)), U(9, 21)), topic, "annual_survey", rating=r, nps=nps)


def reviews(clients):
    for c in clients:
        if not c["first_contract_at"]:
            continue
        if R.u() > 0.09:
            continue
        t0 = max(START, c["first_contract_at"])
        t1 = min(END, c["contract_end"] or END)
        if t1 <= t0:
            continue
        t = at_hour(t0 + D(days=U(0, (t1 - t0).days)), U(9, 22))
        topic = pick({"praise_pro": 0.3, "praise_fast": 0.1, "general_pos": 0.3, "general_neg": 0.12, "late": 0.1,
                      "billing": 0.04, "general_neu": 0.04})
        ch = "mini_program_review" if c["country"] == "CN" else "google_review"
        fb(c, t, topic, ch, rating=rating_from(TEXTS[topic][0]),
           platform="wechat" if c["country"] == "CN" else "google_maps")


def social_posts():
    plats = {"CN": {"xiaohongshu": 0.4, "weibo": 0.3, "douyin": 0.3},
             "HK": {"facebook": 0.6, "lihkg": 0.4}, "SG": {"facebook": 0.5, "reddit": 0.3, "linkedin": 0.2}}
    plan = [("awareness", None, 90), ("praise_pro", None, 45), ("general_pos", None, 25), ("general_neg", None, 20),
            ("rushed", "chengdu", 28), ("price_rise", "hong_kong", 24), ("slow_response", None, 10)]
    for topic, city, n in plan:
        for _ in range(n):
            cc = city or pick(dict(zip(CITIES, CITY_W)))
            country = COUNTRY[cc]
            lang = "zh" if country == "CN" or (country == "HK" and R.u() < 0.5) else "en"
            if topic == "rushed":
                t = at_hour(datetime(2025, 10, 1) + D(days=U(0, 200)), U(8, 23))
            elif topic == "price_rise":
                t = at_hour(datetime(2026, 2, 5) + D(days=U(0, 140)), U(8, 23))
            else:
                t = at_hour(START + D(days=U(0, (END - START).days)), U(8, 23))
            ts = None if R.u() < 0.45 else t
            fb(None, ts, topic, "social", lang=lang, region=cc, platform=pick(plats[country]))


# ---------------------------------------------------------------- output

CU_COLS = ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "country", "city_zh",
           "district", "business_name", "business_type", "floor_area_m2", "extinguisher_count", "has_hood_system",
           "has_sprinkler", "in_mall", "lifecycle", "first_contract_at", "contract_end", "billing_cycle",
           "account_manager", "preferred_language", "is_legacy"]
EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device", "region", "segment",
           "lead_source", "enquiry_type", "surveyor", "issues_spotted", "survey_minutes", "proposal_id",
           "proposed_tier", "proposal_format", "contract_id", "tier", "previous_tier", "annual_fee_local",
           "new_fee_local", "price_change_pct", "currency", "billing_cycle", "sign_method", "contract_end",
           "visit_id", "visit_type", "slot_start", "technician", "arrival_delay_min", "visit_result", "duration_min",
           "devices_checked", "defects_found", "defect_type", "severity", "defect_id", "deadline_days", "quote_id",
           "quote_local", "labour_included", "approved_local", "parts_wait_days", "repair_hours", "cert_id",
           "cert_type", "cert_days", "valid_until", "units_serviced", "units_replaced", "service_mode", "callout_id",
           "callout_reason", "after_hours", "arrival_min", "within_sla", "resolved_on_site", "check_id", "authority",
           "check_outcome", "fine_local", "campaign", "last_technician", "ticket_id", "complaint_topic",
           "about_touchpoint", "cancel_reason"]
OR_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "order_type", "amount_local", "currency",
           "region", "segment", "tier", "contract_id", "billing", "quote_id", "defect_type", "units",
           "payment_method", "days_to_pay"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "region", "segment", "technician", "platform", "ticket_id"]
CITY_ZH = {"shanghai": "上海", "guangzhou": "广州", "chengdu": "成都", "hong_kong": "香港", "singapore": "新加坡"}


def business_name(c, i):
    zh = {"convenience_store": "便利店", "clothing": "服饰", "pharmacy": "大药房", "electronics": "数码",
          "supermarket": "超市", "hotpot": "火锅", "cafe": "咖啡", "fast_food": "快餐", "chinese_restaurant": "酒家",
          "bar": "酒吧", "ecommerce": "电商仓", "cold_storage": "冷链仓", "logistics": "物流仓", "furniture": "家具仓"}
    en = {"convenience_store": "Mart", "clothing": "Apparel", "pharmacy": "Pharmacy", "electronics": "Digital",
          "supermarket": "Supermarket", "hotpot": "Hotpot", "cafe": "Cafe", "fast_food": "Express Kitchen",
          "chinese_restaurant": "Restaurant", "bar": "Bar", "ecommerce": "Fulfilment Centre",
          "cold_storage": "Cold Store", "logistics": "Logistics Hub", "furniture": "Furniture Warehouse"}
    pre_zh = ["鑫", "福", "悦", "盛", "隆", "佳", "和", "顺", "华", "祥", "荣", "众"]
    pre_en = ["Golden", "Lucky", "Harbour", "Evergreen", "Sunrise", "Pearl", "Jade", "Lotus", "Orchid", "Summit"]
    if c["country"] == "CN":
        return f"{pre_zh[i % 12]}{pre_zh[(i // 12) % 12]}{zh[c['business_type']]}（{c['district']}店）"
    return f"{pre_en[i % 10]} {en[c['business_type']]} ({c['district']})"


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e12:
        return str(v)
    return v


def write(path: Path, rows, cols):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k)) for k in cols])


def main(out: Path):
    check_markers()
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    clients = []
    for _ in range(N_LEGACY):
        t = at_hour(datetime(2023, 7, 3) + D(days=U(0, 362)), U(9, 18))
        clients.append(new_client(t, legacy=True))
    for _ in range(N_ENQ):
        clients.append(new_client(enquiry_time()))
    for _ in range(N_GZ_CAMPAIGN):
        t = at_hour(GZ_CAMPAIGN[0] + D(days=U(-5, 50)), U(8.5, 19))
        clients.append(new_client(t, city="guangzhou", sector="warehouse",
                                  source="fire_dept_notice" if R.u() < 0.7 else "landlord"))
    clients.sort(key=lambda c: c["signup_at"])
    for i, c in enumerate(clients):
        c["customer_id"] = f"BW{i + 1:05d}"
        c["business_name"] = business_name(c, i)
        c["city_zh"] = CITY_ZH[c["city"]]
    for c in clients:
        if c["legacy"]:
            tier = pick(TIER_BY_SECTOR[c["segment"]])
            run_contracts(c, c["signup_at"], tier)
        else:
            sales_funnel(c)
    annual_surveys(clients)
    reviews(clients)
    social_posts()
    customers = []
    for c in clients:
        if c["signup_at"] > END:
            continue
        row = dict(c)
        row["is_legacy"] = c["legacy"]
        row["contract_end"] = c["contract_end"].date().isoformat() if c["contract_end"] else None
        if c["lifecycle"] == "active" and c["contract_end"] and c["contract_end"] <= END:
            row["lifecycle"] = "churned"
        customers.append(row)
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    events[:] = [e for e in events if START <= e["ts"] <= END]
    # the scheduling system synced some bookings twice: exact duplicate rows (same event_id)
    bk = [e for e in events if e["touchpoint_id"] == "tp_visit_booked"]
    events.extend(dict(bk[int(U(0, len(bk)))]) for _ in range(40))
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    orders[:] = [o for o in orders if START <= o["ts"] <= END]
    keep = [i for i, f in enumerate(feedback) if f["ts"] is None or START <= f["ts"] <= END]
    feedback[:] = [feedback[i] for i in keep]
    truth[:] = [truth[i] for i in keep]
    exps = [x for x in experiments if x["assigned_at"] <= END]
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[2], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[2], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", customers, CU_COLS)
    write(out / "events.csv", events, EV_COLS)
    write(out / "orders.csv", orders, OR_COLS)
    write(out / "feedback.csv", feedback, FB_COLS)
    write(out / "experiments.csv", exps, ["experiment_id", "variant", "customer_id", "assigned_at",
                                          "experiment_name"])
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    write(out / "_truth" / "technicians.csv",
          [dict(technician=k, branch=v[0], name=v[3], started=v[1].date().isoformat() if v[1] else None,
                left=v[2].date().isoformat() if v[2] else None) for k, v in TECHS.items()],
          ["technician", "branch", "name", "started", "left"])
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"experiments {len(exps)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
