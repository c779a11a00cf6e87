"""差旅通 TripDesk: corporate travel management (TMC + booking app) for mid-size companies.

Client companies (企业客户) put their employees on TripDesk. New clients and new hires are invited (员工邀请: by
WeCom / DingTalk / Feishu single sign-on, by email or by SMS), activate their account (账号激活) and complete their
ID / passport details (证件信息完善). A trip starts with a pre-trip request (出差申请) that a manager approves
(出差审批); the traveller then books a flight (机票搜索 → 机票下单) and / or a hotel (酒店搜索 → 酒店下单). Every order
goes through the company's travel policy (差标校验: pass or over); an out-of-policy order (超标) needs an exception
approval (超标审批: approved / rejected / expired after 24 h). Then the ticket is issued (机票出票) or the hotel
confirmed (酒店确认), or the booking fails (预订失败: fare expired while waiting, sold out, exception rejected or
expired). Flights can be changed (机票改签, weather or plan change, with a change fee) and trips cancelled (退票退订申请 →
退款完成). The 24h service desk (24小时客服) takes calls day and night. After the trip (行程完成) an e-invoice is issued
per order (发票开具). Each month every company gets a statement (月结账单), which its travel admin confirms or disputes
(对账确认) before the company pays (企业回款). Airlines and hotel groups pay TripDesk rebates (supplier rebates,
`rebate_amount` on orders).

Extract: 2025-01-01 .. 2026-07-31 (taken at the start of August 2026). Companies that joined before 2025 bring their
employees (signup_at before 2025, no invitation events).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics per comment; not a DATA.md table).
Deterministic (seed 20261207), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
CAP_RAISE = datetime(2026, 3, 1)            # Shanghai hotel cap for staff 500 -> 650 CNY / night
NIGHT_VENDOR = datetime(2025, 11, 1)        # night shift of the service desk outsourced to a vendor
EINVOICE = (datetime(2025, 12, 1), datetime(2026, 2, 1))   # switch to 全电发票, title / tax-ID errors
MU_DEAL = datetime(2025, 7, 1)              # China Eastern corporate agreement: 2 % rebate
TYPHOON = {(2025, 7): 0.16, (2025, 8): 0.22, (2025, 9): 0.45}  # south China flights changed for weather

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_invite", "员工邀请", "Employee invited", "awareness", "email", "digital", "customer_success",
     "邀请|开通邀请|邀请短信|邀请邮件|invite|invitation|onboarding invite"),
    ("tp_activate", "账号激活", "Account activated", "consideration", "app", "digital", "customer_success",
     "激活|开通账号|首次登录|activation|activate account|first login"),
    ("tp_profile", "证件信息完善", "Traveller profile completed", "consideration", "app", "digital", "product",
     "证件|身份证|护照|实名|常旅客卡|profile|ID details|passport"),
    ("tp_trip_request", "出差申请", "Trip request", "consideration", "app", "digital", "product",
     "出差申请单|事前申请|申请单|travel request|trip application|pre-trip request"),
    ("tp_trip_approval", "出差审批", "Trip approval", "consideration", "app", "digital", "product",
     "事前审批|领导审批|出差审核|trip approval|pre-trip approval|manager approval"),
    ("tp_flight_search", "机票搜索", "Flight search", "consideration", "app", "digital", "product",
     "查机票|搜航班|航班查询|flight search|search flights"),
    ("tp_flight_submit", "机票下单", "Flight order submitted", "purchase", "app", "digital", "product",
     "订机票|机票预订|提交机票订单|book flight|flight booking|flight order"),
    ("tp_hotel_search", "酒店搜索", "Hotel search", "consideration", "app", "digital", "product",
     "查酒店|搜酒店|hotel search|search hotels"),
    ("tp_hotel_submit", "酒店下单", "Hotel order submitted", "purchase", "app", "digital", "product",
     "订酒店|酒店预订|提交酒店订单|book hotel|hotel booking|hotel order"),
    ("tp_policy_check", "差标校验", "Travel policy check", "purchase", "app", "digital", "policy",
     "差标|差旅标准|超标|违规|合规|policy check|travel policy|out of policy|OOP|in policy"),
    ("tp_oop_approval", "超标审批", "Out-of-policy approval", "purchase", "app", "digital", "policy",
     "例外审批|超标申请|超标理由|exception approval|OOP approval|policy exception"),
    ("tp_booking_fail", "预订失败", "Booking failed", "purchase", "app", "digital", "operations",
     "下单失败|出票失败|票价失效|满房|售罄|booking failed|fare expired|sold out"),
    ("tp_ticket_issued", "机票出票", "Ticket issued", "purchase", "app", "digital", "operations",
     "出票|出票成功|电子客票|ticketing|ticket issued|e-ticket"),
    ("tp_hotel_confirmed", "酒店确认", "Hotel confirmed", "purchase", "app", "digital", "operations",
     "酒店确认|订单确认|确认号|到店无房|hotel confirmation|room confirmed"),
    ("tp_change", "机票改签", "Flight change", "service", "app", "digital", "operations",
     "改签|改期|换航班|flight change|rebooking|reschedule"),
    ("tp_refund_request", "退票退订申请", "Refund requested", "service", "app", "digital", "operations",
     "退票|退订|取消订单|退房|refund request|cancel booking|cancellation"),
    ("tp_refund_done", "退款完成", "Refund completed", "service", "other", "digital", "finance",
     "退款|退款到账|退款完成|refund completed|refund received"),
    ("tp_service_call", "24小时客服", "24h service desk", "service", "phone", "physical", "service_desk",
     "客服|客服热线|400电话|人工客服|夜间客服|service desk|hotline|call center|support call|agent"),
    ("tp_trip_done", "行程完成", "Trip completed", "service", "other", "physical", "operations",
     "出行|行程结束|离店|已出行|trip completed|travelled|checked out"),
    ("tp_invoice", "发票开具", "Invoice issued", "service", "email", "digital", "finance",
     "发票|开票|行程单|电子发票|全电发票|专票|invoice|e-invoice|fapiao|receipt"),
    ("tp_statement", "月结账单", "Monthly statement issued", "loyalty", "email", "digital", "finance",
     "月结|账单|对账单|结算单|monthly statement|billing statement|settlement"),
    ("tp_statement_confirm", "对账确认", "Statement confirmed", "loyalty", "web", "digital", "finance",
     "对账|确认账单|账单争议|statement confirmation|reconciliation|dispute"),
    ("tp_payment", "企业回款", "Payment received", "loyalty", "other", "digital", "finance",
     "回款|付款|打款|结清|账期|payment received|collection|payment"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("activation", "员工开通激活", "Employee activation", ["tp_invite", "tp_activate", "tp_profile"], 30),
    ("pretrip", "出差申请到出行", "Trip request to travel", ["tp_trip_request", "tp_trip_approval", "tp_trip_done"], 30),
    ("flight", "机票预订", "Flight booking", ["tp_flight_search", "tp_flight_submit", "tp_ticket_issued"], 3),
    ("hotel", "酒店预订", "Hotel booking", ["tp_hotel_search", "tp_hotel_submit", "tp_hotel_confirmed"], 3),
    ("refund", "退票退款", "Refund", ["tp_refund_request", "tp_refund_done"], 30),
    ("settlement", "月结对账回款", "Monthly settlement", ["tp_statement", "tp_statement_confirm", "tp_payment"], 90),
]
CITIES = {  # en: zh, region, tier, weight as destination, south (typhoon), cluster (no flights inside)
    "Shanghai": ("上海", "east", 1, 0.20, False, "yrd"),
    "Beijing": ("北京", "north", 1, 0.16, False, "jj"),
    "Shenzhen": ("深圳", "south", 1, 0.10, True, "prd"),
    "Guangzhou": ("广州", "south", 1, 0.09, True, "prd"),
    "Hangzhou": ("杭州", "east", 2, 0.06, False, "yrd"),
    "Suzhou": ("苏州", "east", 2, 0.04, False, "yrd"),
    "Nanjing": ("南京", "east", 2, 0.04, False, "yrd"),
    "Chengdu": ("成都", "west", 2, 0.07, False, None),
    "Chongqing": ("重庆", "west", 2, 0.04, False, None),
    "Wuhan": ("武汉", "central", 2, 0.06, False, None),
    "Xi'an": ("西安", "west", 2, 0.04, False, None),
    "Xiamen": ("厦门", "south", 2, 0.04, True, None),
    "Haikou": ("海口", "south", 3, 0.02, True, None),
    "Tianjin": ("天津", "north", 2, 0.04, False, "jj"),
}
REGION_ZH = {"east": "华东", "north": "华北", "south": "华南", "west": "西南", "central": "华中"}
INDUSTRY_ZH = {"manufacturing": "制造业", "construction": "工程建筑", "pharma": "医药健康", "tech": "互联网科技",
               "consulting": "咨询服务", "retail": "零售快消", "logistics": "物流供应链", "finance": "金融"}
APPROVAL_ZH = {"wecom": "企业微信", "dingtalk": "钉钉", "feishu": "飞书", "app": "差旅通App", "email": "邮件"}
INVITE_ZH = {"wecom_sso": "企业微信单点登录", "dingtalk_sso": "钉钉单点登录", "feishu_sso": "飞书单点登录",
             "email_invite": "邮件邀请", "sms_invite": "短信邀请", "hr_import": "批量导入"}
COMPANIES = [  # id, zh, en, industry, hq, travellers, invite channel, approval channel, since, intensity, en share
    ("C01", "华东重工", "Huadong Heavy Industries", "manufacturing", "Shanghai", 300, "wecom_sso", "wecom",
     datetime(2023, 4, 1), 1.0, 0.03),
    ("C02", "恒岳建工", "Hengyue Construction", "construction", "Wuhan", 170, "email_invite", "email",
     datetime(2023, 9, 1), 1.0, 0.02),
    ("C03", "鼎盛路桥", "Dingsheng Road & Bridge", "construction", "Chengdu", 110, "email_invite", "email",
     datetime(2024, 2, 1), 1.0, 0.02),
    ("C04", "宏基建设", "Hongji Construction", "construction", "Xi'an", 90, "dingtalk_sso", "dingtalk",
     datetime(2024, 5, 1), 1.0, 0.02),
    ("C05", "德朗精密", "Derlang Precision", "manufacturing", "Suzhou", 120, "wecom_sso", "wecom",
     datetime(2023, 6, 1), 1.0, 0.55),
    ("C06", "安泰医药", "Antai Pharma", "pharma", "Nanjing", 140, "email_invite", "email",
     datetime(2024, 1, 1), 1.0, 0.05),
    ("C07", "瑞禾医疗", "Ruihe Medical", "pharma", "Beijing", 120, "dingtalk_sso", "dingtalk",
     datetime(2023, 11, 1), 1.0, 0.03),
    ("C08", "明创科技", "Mingchuang Technology", "tech", "Shenzhen", 140, "feishu_sso", "feishu",
     datetime(2024, 3, 1), 1.0, 0.08),
    ("C09", "启明咨询", "Qiming Consulting", "consulting", "Beijing", 100, "wecom_sso", "wecom",
     datetime(2023, 8, 1), 1.2, 0.10),
    ("C10", "安迈咨询", "Anmai Advisory", "consulting", "Shanghai", 70, "wecom_sso", "wecom",
     datetime(2024, 6, 1), 1.2, 0.60),
    ("C11", "优鲜零售", "Youxian Retail", "retail", "Guangzhou", 110, "dingtalk_sso", "dingtalk",
     datetime(2024, 4, 1), 0.9, 0.02),
    ("C12", "顺达物流", "Shunda Logistics", "logistics", "Tianjin", 110, "dingtalk_sso", "dingtalk",
     datetime(2023, 12, 1), 0.9, 0.02),
    ("C13", "金泰证券", "Jintai Securities", "finance", "Shanghai", 80, "wecom_sso", "wecom",
     datetime(2024, 8, 1), 1.0, 0.05),
    ("C14", "海川电气", "Haichuan Electric", "manufacturing", "Hangzhou", 130, "dingtalk_sso", "dingtalk",
     datetime(2024, 9, 1), 1.0, 0.03),
    # clients onboarded during the extract
    ("C15", "星禾零售", "Xinghe Retail", "retail", "Guangzhou", 100, "sms_invite", "app",
     datetime(2025, 3, 10), 0.9, 0.02),
    ("C16", "北辰物流", "Beichen Logistics", "logistics", "Tianjin", 110, "sms_invite", "app",
     datetime(2025, 5, 6), 0.9, 0.02),
    ("C17", "云杉咨询", "Yunshan Consulting", "consulting", "Beijing", 60, "dingtalk_sso", "dingtalk",
     datetime(2025, 6, 2), 1.2, 0.10),
    ("C18", "华芯半导体", "Huaxin Semiconductor", "manufacturing", "Wuhan", 130, "email_invite", "app",
     datetime(2025, 8, 18), 1.0, 0.05),
    ("C19", "青橙科技", "Qingcheng Technology", "tech", "Chengdu", 80, "feishu_sso", "feishu",
     datetime(2025, 9, 15), 1.1, 0.05),
    ("C20", "嘉木建材", "Jiamu Building Materials", "manufacturing", "Xiamen", 70, "sms_invite", "app",
     datetime(2025, 10, 20), 0.9, 0.02),
    ("C21", "汇通供应链", "Huitong Supply Chain", "logistics", "Shenzhen", 90, "sms_invite", "app",
     datetime(2025, 11, 10), 0.9, 0.03),
    ("C22", "远帆科技", "YuanFan Technology", "tech", "Hangzhou", 360, "feishu_sso", "feishu",
     datetime(2026, 1, 12), 1.9, 0.08),
    ("C23", "宁和生物", "Ninghe Biotech", "pharma", "Shanghai", 90, "wecom_sso", "wecom",
     datetime(2026, 3, 2), 1.0, 0.15),
]
AIRLINES = [  # en, zh, code, weight, refund median days, rebate rate (None = MU deal)
    ("Air China", "中国国航", "CA", 0.20, 4.0, 0.0),
    ("China Eastern", "东方航空", "MU", 0.22, 4.0, None),
    ("China Southern", "南方航空", "CZ", 0.20, 3.5, 0.005),
    ("Hainan Airlines", "海南航空", "HU", 0.11, 5.0, 0.0),
    ("Spring Airlines", "春秋航空", "9C", 0.09, 16.0, 0.0),
    ("Juneyao Air", "吉祥航空", "HO", 0.08, 4.0, 0.0),
    ("Xiamen Airlines", "厦门航空", "MF", 0.10, 3.0, 0.0),
]
HOTELS = [  # en, zh, weight, rebate rate, p(no room at check-in)
    ("Huazhu", "华住", 0.30, 0.04, 0.010),
    ("Jin Jiang", "锦江", 0.22, 0.08, 0.010),
    ("BTG Homeinns", "首旅如家", 0.15, 0.05, 0.080),
    ("Atour", "亚朵", 0.15, 0.06, 0.008),
    ("Marriott", "万豪", 0.08, 0.03, 0.005),
    ("IHG", "洲际", 0.06, 0.03, 0.005),
    ("Hilton", "希尔顿", 0.04, 0.03, 0.005),
]
GRADES = [("P1", "员工", "staff", 0.62), ("P2", "经理", "manager", 0.25), ("P3", "总监", "director", 0.10),
          ("P4", "高管", "executive", 0.03)]
DEPTS = [("sales", "销售", 0.35), ("delivery", "交付实施", 0.25), ("rnd", "研发", 0.14), ("marketing", "市场", 0.10),
         ("procurement", "采购", 0.08), ("management", "管理层", 0.08)]
PURPOSES = [("client_visit", "客户拜访", 0.38), ("site", "项目现场", 0.24), ("conference", "会议展会", 0.14),
            ("training", "培训", 0.08), ("internal", "内部出差", 0.16)]
OOP_ZH = {"advance": "未提前预订", "not_lowest": "未选最低价", "cabin": "舱位超标", "over_cap": "超出住宿标准"}
FAIL_ZH = {"fare_expired": "票价失效", "sold_out": "满房或售罄", "approval_rejected": "超标审批驳回",
           "approval_expired": "审批超时"}
CHANGE_ZH = {"weather": "天气原因", "plan_change": "行程变更"}
ISSUE_ZH = {"booking": "预订问题", "change": "改签", "refund": "退票退款", "hotel_checkin": "酒店入住", "invoice": "发票",
            "account": "账号登录", "other": "其他"}
ERROR_ZH = {"title": "抬头错误", "tax_id": "税号错误", "amount": "金额不符"}
DISPUTE_ZH = {"noshow": "未入住扣费", "amount_mismatch": "金额不符", "missing_invoice": "缺少发票"}
SEG_ZH = {"frequent": "常旅客", "occasional": "偶尔出差", "inactive": "未出行", "not_activated": "未激活",
          "admin": "差旅管理员"}
MONTH_F = {1: 0.8, 2: 0.6, 3: 1.1, 4: 1.1, 5: 1.0, 6: 1.05, 7: 0.9, 8: 0.85, 9: 1.1, 10: 0.8, 11: 1.15, 12: 1.05}

TEXTS = {  # topic: zh templates, en templates (each carries one of the markers gold.py searches for)
    "hotel_cap": (["{city}的酒店差标太低了，稍微像样点的都超标，只能走超标审批。", "住宿标准太低，{city}市区标准内的酒店基本订不到。",
                   "差标太低！{city}四五百的酒店都在很偏的地方，每天通勤一个多小时。", "{city}出差住宿标准太低，每次都要写超标理由。"],
                  ["The hotel cap for {city} is unrealistic, anything decent is out of policy.",
                   "Hotel allowance for {city} is way too low, I always end up asking for an exception.",
                   "Please raise the hotel cap in {city}. Policy hotels are an hour away from the client."]),
    "approval_slow": (["超标审批太慢了，领导在邮件里半天才批。", "等审批等了一整天，急着出差真的很耽误事。", "审批太慢，邮件提醒领导根本看不到。"],
                      ["The exception approval took almost a whole day, my manager only checks email in the evening.",
                       "Waiting for approval forever. Email approvals just don't work for urgent trips."]),
    "fare_expired": (["审批下来票价失效了，只能重新订，贵了好几百。", "领导批完价格变了，原来的航班已经没有这个价了。"],
                     ["By the time it was approved the fare expired and I had to rebook at a higher price.",
                      "Got the approval but the fare had gone up by 600 yuan."]),
    "night_hotline": (["晚上打客服电话等了十几分钟都没人接。", "半夜打客服改航班，排队排了二十分钟，最后还挂断了。",
                       "夜里打客服，接电话的人什么都查不到，让我白天再打。", "晚上打客服完全靠运气，以前不是这样的。"],
                      ["Called at night about a cancelled flight and waited 15 minutes, nobody picked up.",
                       "In the middle of the night the hotline just rings out. It used to be great.",
                       "Called at night and the person couldn't see my booking, told me to call back in the morning."]),
    "invoice_error": (["发票抬头开错了，财务退回来要重开。", "酒店发票税号不对，报销被打回。", "全电发票的发票抬头又错了，这个月第二次了。"],
                      ["The invoice title was wrong so finance rejected my expense claim.",
                       "Hotel invoice has the wrong tax ID, I need it reissued."]),
    "refund_slow": (["{airline}的退票退款太慢了，两个多星期还没到。", "退款还没到账，{airline}那边一直说在处理。",
                     "退票十几天了退款还没到，只能一直等。"],
                    ["My {airline} refund still hasn't arrived after two weeks.",
                     "The refund took 16 days with {airline}, way too slow."]),
    "change_fee": (["改签费太贵了，只是改了一天就收了三百。", "行程变了改航班，改签费比票价一半还多。"],
                   ["The change fee was ridiculous for moving my flight by one day.",
                    "Paid a change fee of almost half the fare."]),
    "typhoon": (["台风天航班取消，很快帮我改好了，点赞。", "因为台风改了两次航班，还好没收钱。"],
                ["Typhoon cancelled my flight but rebooking was quick and free.",
                 "Flight moved twice because of the typhoon, at least no fees."]),
    "no_room": (["晚上到了{hotel}，前台说到店没房，让我自己找酒店。", "订好的{hotel}到店无房，折腾到很晚。"],
                ["Arrived at {hotel} and there was no room for me despite the confirmation.",
                 "The {hotel} room was not available at check-in."]),
    "agent_good": (["客服很专业，几分钟就帮我搞定了。", "客服态度很好，问题一次就解决了。"],
                   ["The agent was super helpful and sorted it in minutes.", "Very helpful agent, quick and friendly."]),
    "app_easy": (["下单很方便，差标一目了然。", "操作简单，机票酒店一起订很省事。"],
                 ["Easy to book flights and hotels in one place.", "Smooth booking, policy shown upfront."]),
    "sms_invite": (["一直收不到激活短信，没法登录。", "激活短信过期了，重发也收不到。"],
                   ["Never received the activation text, can't log in.", "The activation SMS link expired."]),
    "statement": (["这个月对账单里有未入住的扣费，和我们记录对不上。", "对账单金额和我们报销系统对不上，需要逐笔核对。",
                   "对账单里少了几张发票，财务没法入账。"],
                  ["The monthly statement includes no-show charges we never approved.",
                   "Monthly statement totals don't match our expense system."]),
    "app_crash": (["App老是闪退，订到一半就退出去了。", "更新后App打不开，只能用电脑订。"],
                  ["The app keeps crashing halfway through a booking.", "App won't open since the update."]),
    "call_ok": (["问题解决了，谢谢。", "电话很快接通，处理好了。", "还可以。"],
                ["Issue resolved, thanks.", "Got through quickly and it was sorted.", "Fine."]),
    "none": (["行程很顺利，没什么问题。", "整体还行，希望酒店选择再多一点。", "出差体验不错。", "一切正常。"],
             ["All good, trip went fine.", "Decent overall, would like more hotel options.", "No issues this time."]),
}
TOPIC_TP = {"hotel_cap": "tp_policy_check", "approval_slow": "tp_oop_approval", "fare_expired": "tp_booking_fail",
            "night_hotline": "tp_service_call", "invoice_error": "tp_invoice", "refund_slow": "tp_refund_done",
            "change_fee": "tp_change", "typhoon": "tp_change", "no_room": "tp_hotel_confirmed",
            "agent_good": "tp_service_call", "app_easy": "tp_flight_submit", "sms_invite": "tp_activate",
            "statement": "tp_statement_confirm", "app_crash": "tp_flight_search", "call_ok": "tp_service_call",
            "none": "tp_trip_done"}
STARS = {"fare_expired": ([1, 2], [0.8, 0.2]), "approval_slow": ([1, 2, 3], [0.45, 0.4, 0.15]),
         "hotel_cap": ([1, 2, 3], [0.35, 0.45, 0.2]), "night_hotline": ([1, 2], [0.6, 0.4]),
         "invoice_error": ([1, 2, 3], [0.4, 0.4, 0.2]), "refund_slow": ([1, 2], [0.6, 0.4]),
         "change_fee": ([1, 2, 3], [0.3, 0.45, 0.25]), "no_room": ([1, 2, 3], [0.45, 0.4, 0.15]),
         "typhoon": ([3, 4, 5], [0.2, 0.4, 0.4]), "agent_good": ([4, 5], [0.3, 0.7]), "app_easy": ([4, 5], [0.4, 0.6]),
         "sms_invite": ([1, 2, 3], [0.5, 0.35, 0.15]), "app_crash": ([1, 2], [0.6, 0.4]),
         "statement": ([2, 3], [0.6, 0.4]), "none": ([3, 4, 5], [0.15, 0.45, 0.4])}
NEG = {"hotel_cap", "approval_slow", "fare_expired", "night_hotline", "invoice_error", "refund_slow", "change_fee",
       "no_room", "sms_invite", "statement", "app_crash"}


def pick(items, w):
    r = rng.random() * sum(w)
    acc = 0.0
    for it, x in zip(items, w):
        acc += x
        if r < acc:
            return it
    return items[-1]


def ts(t):
    return None if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


def lognorm(median, sigma):
    return float(median * np.exp(rng.normal(0.0, sigma)))


def at_hour(day: datetime, lo, hi):
    return datetime(day.year, day.month, day.day) + D(hours=float(rng.uniform(lo, hi)))


def weekday(t: datetime) -> datetime:
    while t.weekday() >= 5:
        t += D(days=1)
    return t


def approval_hours(channel, pretrip=False):
    if channel == "email":
        return lognorm(16.0 if pretrip else 13.0, 0.55)
    if channel == "app":
        return lognorm(2.5 if pretrip else 1.8, 0.8)
    return lognorm(1.6 if pretrip else 0.9, 0.8)


def hotel_cap(city, grade, t):
    if grade == "P4":
        return None
    tier = CITIES[city][2]
    base = {1: 500, 2: 400, 3: 350}[tier]
    if city == "Shanghai" and t >= CAP_RAISE:
        base = 650
    return base + {"P1": 0, "P2": 100, "P3": 250}[grade]


def p_hotel_over(city, t):
    if city == "Shanghai":
        return 0.42 if t < CAP_RAISE else 0.12
    return {"Beijing": 0.25, "Shenzhen": 0.14}.get(city, 0.08)


def route_fare(a, b):
    key = "".join(sorted([a, b]))
    h = sum(ord(ch) * (k + 1) for k, ch in enumerate(key)) % 997 / 997.0
    return 900 + 1300 * h


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.counters = {}

    def nid(self, k, width=6):
        self.counters[k] = self.counters.get(k, 0) + 1
        return f"{k}{self.counters[k]:0{width}d}"

    # ---------- writers ----------
    def ev(self, c, t, tp, action, sid=None, channel=None, device="same", **kw):
        if t > END or t < START:
            return False
        row = dict(event_id=self.nid("E", 7), customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c.get("device") if device == "same" else device,
                   channel=channel or c.get("channel"), company_id=c["company_id"])
        row.update({k: v for k, v in kw.items() if v is not None})
        self.events.append(row)
        return True

    def order(self, c, t, amount, product, status="paid", **kw):
        if t > END:
            return None
        oid = self.nid("O", 7)
        row = dict(order_id=oid, customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2), status=status,
                   channel=kw.pop("channel", c.get("channel")), device=kw.pop("device", c.get("device")),
                   product=product, 产品={"flight": "机票", "hotel": "酒店", "change_fee": "改签费"}[product],
                   company_id=c["company_id"], company=c["company"], 企业名称=c["企业名称"], currency="CNY",
                   settlement_month=t.strftime("%Y-%m"))
        row.update({k: v for k, v in kw.items() if v is not None})
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, undated=False, tp=None, extra=None, fill=None):
        if t is not None and t > END:
            return
        lang = "en" if (c and c.get("lang") == "en") or (c is None and rng.random() < 0.15) else "zh"
        li = 1 if lang == "en" else 0
        fill = fill or {}
        parts = []
        for tpc in topics:
            pool = TEXTS[tpc][li]
            s = pool[int(rng.integers(0, len(pool)))]
            parts.append(s.format(city=fill.get("city", "上海" if lang == "zh" else "Shanghai"),
                                  airline=fill.get("airline", ""), hotel=fill.get("hotel", "")))
        text = (" " if lang == "en" else "").join(parts)
        main = topics[0]
        if rating == "auto":
            vals, w = STARS[main]
            rating = pick(vals, w)
        fid = self.nid("FB", 5)
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=c["customer_id"] if c else None,
                   touchpoint_id=tp if tp is not None else TOPIC_TP[main], channel=channel, rating=rating, nps=nps,
                   language=lang)
        if c:
            row.update(company_id=c["company_id"], company=c["company"], 企业名称=c["企业名称"])
        row.update({k: v for k, v in (extra or {}).items() if v is not None})
        self.feedback.append(row)
        topics_t = [x for x in topics if x not in ("none", "call_ok")]
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics_t)),
                               sentiment="neg" if set(topics_t) & NEG else ("pos" if topics_t else "neu")))

    # ---------- people ----------
    def person(self, comp, i, legacy):
        cid, zh, en, ind, hq, _, inv, appr, since, inten, en_share = comp
        g = pick(GRADES, [x[3] for x in GRADES])
        dpt = pick(DEPTS, [x[2] for x in DEPTS])
        base = hq if rng.random() < 0.82 else pick(list(CITIES), [v[3] for v in CITIES.values()])
        dev = pick(["ios", "android", "pc"], [0.5, 0.35, 0.15])
        kind = pick(["frequent", "occasional", "dormant"], [0.3, 0.5, 0.2])
        if dpt[0] == "sales" and kind == "occasional" and rng.random() < 0.3:
            kind = "frequent"
        ch = "web" if dev == "pc" else ("mini_program" if appr in ("wecom", "dingtalk", "feishu") and
                                        rng.random() < 0.45 else "app")
        return dict(customer_id=f"U{i:05d}", company_id=cid, company=en, 企业名称=zh, industry=ind, 行业=INDUSTRY_ZH[ind],
                    grade=g[0], 职级=g[1], grade_en=g[2], department=dpt[0], 部门=dpt[1], base_city=base,
                    常驻城市=CITIES[base][0], region=CITIES[base][1], 地区=REGION_ZH[CITIES[base][1]],
                    device=dev, channel=ch, kind=kind, approval=appr, inten=inten,
                    acquisition_channel="hr_import" if legacy else inv, lang="en" if rng.random() < en_share else "zh",
                    signup_at=None, trips=0, activated=legacy)

    def invite(self, c, t):
        inv = c["acquisition_channel"]
        ich = {"sms_invite": "sms", "email_invite": "email"}.get(inv, "mini_program")
        if not self.ev(c, t, "tp_invite", "sent", channel=ich, device=None, invite_channel=inv,
                       邀请方式=INVITE_ZH[inv]):
            return None
        p, med = {"sms_invite": (0.45, 4.0), "email_invite": (0.72, 2.5)}.get(inv, (0.93, 0.4))
        if rng.random() < p:
            d = min(29.5, lognorm(med, 0.9))
        elif rng.random() < 0.3:
            d = float(rng.uniform(31, 90))
        else:
            if inv == "sms_invite" and rng.random() < 0.12:
                self.fb(c, t + D(days=float(rng.uniform(1, 6))), ["sms_invite"], "ticket")
            return None
        if inv == "sms_invite" and d > 5 and rng.random() < 0.15:
            self.fb(c, t + D(days=float(rng.uniform(1, 5))), ["sms_invite"], "ticket")
        ta = t + D(days=d)
        if not self.ev(c, ta, "tp_activate", "success", invite_channel=inv, 邀请方式=INVITE_ZH[inv]):
            return None
        c["signup_at"], c["activated"] = ta, True
        pp = {"sms_invite": 0.72, "email_invite": 0.85}.get(inv, 0.95)
        if rng.random() > pp:
            return None
        tpf = ta + D(days=float(rng.uniform(0.01, 4)))
        if not self.ev(c, tpf, "tp_profile", "completed", id_type=pick(["id_card", "passport"], [0.9, 0.1])):
            return None
        return tpf

    # ---------- service desk ----------
    def call(self, c, t, issue, sid=None, night=None, extra=None, exact=False):
        """a call to the 24h service desk: at `t` itself (exact) or on t's day at a day / night hour."""
        if not exact:
            if night is None:
                night = rng.random() < 0.22
            h = float(rng.uniform(22, 32)) % 24 if night else float(rng.uniform(8, 22))
            t2 = datetime(t.year, t.month, t.day) + D(hours=h)
            t = t2 if t2 >= t else t2 + D(days=1)
        hour = t.hour
        is_night = hour >= 22 or hour < 8
        vendor = is_night and t >= NIGHT_VENDOR
        if vendor:
            p_ab, wmed, p_esc = 0.30, 420, 0.3
        else:
            p_ab, wmed, p_esc = 0.04, 45, 0.12
        ab = rng.random() < p_ab
        wait = int(lognorm(wmed * (1.4 if ab else 1.0), 0.6))
        action = "abandoned" if ab else ("escalated" if rng.random() < p_esc else "resolved")
        csid = self.nid("CS", 6)
        if not self.ev(c, t, "tp_service_call", action, sid=csid, channel="phone", device=None, issue_type=issue,
                       问题类型=ISSUE_ZH[issue], wait_seconds=wait, shift="night" if is_night else "day",
                       班次="夜班" if is_night else "白班", handled_by="vendor" if vendor else "in_house",
                       接听方="外包" if vendor else "自营", booking_id=sid):
            return
        tf = t + D(seconds=wait + float(rng.uniform(60, 900)))
        if ab:
            if is_night and rng.random() < 0.35:
                self.fb(c, tf, ["night_hotline"], "ticket", extra=extra)
        elif rng.random() < 0.22:
            if vendor and wait > 240:
                self.fb(c, tf, ["night_hotline"], "call_survey", rating="auto", extra=extra)
            elif vendor:
                self.fb(c, tf, ["call_ok"], "call_survey", rating=pick([2, 3, 4], [0.3, 0.4, 0.3]), extra=extra)
            elif rng.random() < 0.5:
                self.fb(c, tf, ["agent_good"], "call_survey", rating="auto", extra=extra)
            else:
                self.fb(c, tf, ["call_ok"], "call_survey", rating=pick([3, 4, 5], [0.15, 0.45, 0.4]), extra=extra)

    # ---------- bookings ----------
    def exception(self, c, t, sid, reason, extra):
        """an out-of-policy order: returns (decision, t_decision)."""
        h = approval_hours(c["approval"])
        ach = {"email": "email", "app": "app"}.get(c["approval"], "mini_program")
        common = dict(approval_channel=c["approval"], 审批方式=APPROVAL_ZH[c["approval"]], oop_reason=reason,
                      超标原因=OOP_ZH[reason], **extra)
        if h > 24:
            t2 = t + D(hours=24)
            self.ev(c, t2, "tp_oop_approval", "expired", sid=sid, channel=ach, device=None, **common)
            return "expired", t2
        t2 = t + D(hours=h)
        dec = "rejected" if rng.random() < 0.12 else "approved"
        self.ev(c, t2, "tp_oop_approval", dec, sid=sid, channel=ach, device=None, **common)
        return dec, t2

    def fail(self, c, t, sid, reason, extra):
        self.ev(c, t, "tp_booking_fail", "fail", sid=sid, fail_reason=reason, 失败原因=FAIL_ZH[reason], **extra)

    def flight(self, c, trip, t, attempt=1, force_pass=False):
        fid = self.nid("FL", 6)
        dest, base = trip["dest"], c["base_city"]
        depart = trip["depart"]
        lead = (depart.date() - t.date()).days
        if lead < 0 or depart < t + D(hours=2):
            return None
        extra = dict(trip_id=trip["tid"], product="flight", destination=dest, 目的地=CITIES[dest][0])
        for _ in range(1 + int(rng.poisson(0.7))):
            if not self.ev(c, t, "tp_flight_search", "view", sid=fid, **extra):
                return None
            t += D(minutes=float(rng.uniform(1, 6)))
        if rng.random() < 0.10:   # looked, did not book in this session
            if attempt == 1 and rng.random() < 0.6:
                return self.flight(c, trip, t + D(hours=float(rng.uniform(0.5, 20))), attempt=2)
            return None
        al = pick(AIRLINES, [a[3] for a in AIRLINES])
        cabin = "economy"
        reason = None
        if not force_pass:
            if c["grade"] in ("P1", "P2") and lead <= 2:
                reason = "advance"
            elif c["grade"] != "P4" and rng.random() < 0.08:
                reason = "not_lowest"
            elif c["grade"] in ("P1", "P2") and rng.random() < 0.02:
                reason = "cabin"
        if reason == "cabin" or (c["grade"] in ("P3", "P4") and rng.random() < 0.3):
            cabin = "business"
        lf = 1.55 if lead <= 2 else (1.2 if lead <= 6 else 1.0)
        fare = route_fare(base, dest) * lf * float(rng.uniform(0.85, 1.15)) * (2.8 if cabin == "business" else 1.0)
        fare *= {"Spring Airlines": 0.7, "Juneyao Air": 0.9}.get(al[0], 1.0)
        if reason == "not_lowest":
            fare *= 1.25
        fare = round(fare, 0)
        extra.update(airline=al[0], 航空公司=al[1])
        t += D(minutes=float(rng.uniform(2, 10)))
        if not self.ev(c, t, "tp_flight_submit", "submit", sid=fid, fare=fare, cabin=cabin,
                       舱位="公务舱" if cabin == "business" else "经济舱", lead_days=lead, **extra):
            return None
        t += D(seconds=float(rng.uniform(2, 20)))
        self.ev(c, t, "tp_policy_check", "over" if reason else "pass", sid=fid, oop_reason=reason,
                超标原因=OOP_ZH.get(reason), policy_grade=c["grade"], **extra)
        info = dict(fid=fid, airline=al, fare=fare, cabin=cabin, lead=lead, reason=reason, slow=False, expired=False)
        if reason:
            dec, t2 = self.exception(c, t, fid, reason, extra)
            info["slow"] = (t2 - t).total_seconds() > 6 * 3600
            tf = t2 + D(minutes=float(rng.uniform(3, 30)))
            if dec != "approved" or t2 > depart - D(hours=2):
                self.fail(c, tf, fid, "approval_rejected" if dec == "rejected" else "approval_expired", extra)
                if attempt == 1 and rng.random() < 0.6:
                    r = self.flight(c, trip, tf + D(hours=float(rng.uniform(0.2, 3))), 2, force_pass=True)
                    if r:
                        r["slow"] = r["slow"] or info["slow"]
                    return r
                trip["fail_info"] = info
                return None
            if (t2 - t).total_seconds() > 3 * 3600 and rng.random() < 0.65:
                self.fail(c, tf, fid, "fare_expired", extra)
                info["expired"] = True
                trip["fare_expired"] = True
                if attempt == 1 and rng.random() < 0.5:
                    r = self.flight(c, trip, tf + D(hours=float(rng.uniform(0.2, 3))), 2, force_pass=True)
                    if r:
                        r["slow"] = True
                    return r
                trip["fail_info"] = info
                return None
            t = t2
        elif rng.random() < 0.02:
            self.fail(c, t + D(minutes=float(rng.uniform(1, 5))), fid, "sold_out", extra)
            if attempt == 1:
                return self.flight(c, trip, t + D(minutes=float(rng.uniform(10, 60))), 2)
            return None
        t += D(minutes=float(rng.uniform(1, 8)))
        if not self.ev(c, t, "tp_ticket_issued", "success", sid=fid, fare=fare, **extra):
            return None
        rebate = (0.02 if t >= MU_DEAL else 0.0) if al[5] is None else al[5]
        fee = 25
        o = self.order(c, t, fare, "flight", booking_id=fid, trip_id=trip["tid"], supplier=al[0], 供应商=al[1],
                       destination=dest, 目的地=CITIES[dest][0], cabin=cabin, lead_days=lead,
                       in_policy="no" if reason else "yes", oop_reason=reason, service_fee=fee,
                       rebate_rate=rebate, rebate_amount=round(fare * rebate, 2))
        info.update(order=o, t_ticket=t)
        return info

    def hotel(self, c, trip, t, attempt=1, force_pass=False):
        hid = self.nid("HT", 6)
        dest = trip["dest"]
        checkin = datetime(trip["depart"].year, trip["depart"].month, trip["depart"].day)
        nights = trip["nights"]
        extra = dict(trip_id=trip["tid"], product="hotel", destination=dest, 目的地=CITIES[dest][0])
        for _ in range(1 + int(rng.poisson(0.5))):
            if not self.ev(c, t, "tp_hotel_search", "view", sid=hid, **extra):
                return None
            t += D(minutes=float(rng.uniform(1, 8)))
        if rng.random() < 0.15:
            if attempt == 1 and rng.random() < 0.6:
                return self.hotel(c, trip, t + D(hours=float(rng.uniform(0.5, 20))), attempt=2)
            return None
        hg = pick(HOTELS, [h[2] for h in HOTELS])
        cap = hotel_cap(dest, c["grade"], t)
        over = cap is not None and not force_pass and rng.random() < p_hotel_over(dest, t)
        if cap is None:
            rate = 520 * float(rng.uniform(1.0, 2.0))
        elif over:
            rate = cap * float(rng.uniform(1.05, 1.5))
        else:
            rate = cap * float(rng.uniform(0.55, 0.98))
        rate = round(rate, 0)
        extra.update(hotel_group=hg[0], 酒店集团=hg[1])
        t += D(minutes=float(rng.uniform(2, 10)))
        if not self.ev(c, t, "tp_hotel_submit", "submit", sid=hid, room_rate=rate, nights=nights,
                       amount=rate * nights, **extra):
            return None
        t += D(seconds=float(rng.uniform(2, 20)))
        reason = "over_cap" if over else None
        self.ev(c, t, "tp_policy_check", "over" if over else "pass", sid=hid, oop_reason=reason,
                超标原因=OOP_ZH.get(reason), policy_grade=c["grade"], hotel_cap=cap, room_rate=rate, **extra)
        info = dict(hid=hid, group=hg, rate=rate, over=over, slow=False)
        if over:
            dec, t2 = self.exception(c, t, hid, "over_cap", extra)
            info["slow"] = (t2 - t).total_seconds() > 6 * 3600
            if dec != "approved":
                self.fail(c, t2 + D(minutes=float(rng.uniform(1, 10))), hid,
                          "approval_rejected" if dec == "rejected" else "approval_expired", extra)
                trip["hotel_rejected"] = True
                if attempt == 1 and rng.random() < 0.7:
                    return self.hotel(c, trip, t2 + D(hours=float(rng.uniform(0.2, 3))), 2, force_pass=True)
                return None
            t = t2
        if rng.random() < 0.03:
            self.fail(c, t + D(minutes=float(rng.uniform(5, 90))), hid, "sold_out", extra)
            if attempt == 1:
                return self.hotel(c, trip, t + D(hours=float(rng.uniform(0.5, 3))), 2)
            return None
        t += D(minutes=float(rng.uniform(5, 60)))
        if not self.ev(c, t, "tp_hotel_confirmed", "confirmed", sid=hid, room_rate=rate, nights=nights, **extra):
            return None
        amount = rate * nights
        fee = 15
        o = self.order(c, t, amount, "hotel", booking_id=hid, trip_id=trip["tid"], supplier=hg[0], 供应商=hg[1],
                       destination=dest, 目的地=CITIES[dest][0], nights=nights, room_rate=rate,
                       lead_days=(checkin.date() - t.date()).days, in_policy="no" if over else "yes",
                       oop_reason=reason, service_fee=fee, rebate_rate=hg[3], rebate_amount=round(amount * hg[3], 2))
        info.update(order=o, t_conf=t, checkin=checkin)
        return info

    # ---------- a trip ----------
    def trip(self, c, t_req):
        tid = self.nid("TR", 6)
        base = c["base_city"]
        cities = [x for x in CITIES if x != base]
        dest = pick(cities, [CITIES[x][3] for x in cities])
        purpose = pick(PURPOSES, [p[2] for p in PURPOSES])
        nights = pick([1, 2, 3, 4], [0.35, 0.3, 0.2, 0.15])
        if not self.ev(c, t_req, "tp_trip_request", "submit", sid=tid, trip_id=tid, destination=dest,
                       目的地=CITIES[dest][0], purpose=purpose[0], 出差事由=purpose[1], planned_nights=nights):
            return
        c["trips"] += 1
        h = approval_hours(c["approval"], pretrip=True)
        ta = t_req + D(hours=h)
        ach = {"email": "email", "app": "app"}.get(c["approval"], "mini_program")
        rejected = rng.random() < 0.06
        if not self.ev(c, ta, "tp_trip_approval", "rejected" if rejected else "approved", sid=tid, channel=ach,
                       device=None, trip_id=tid, approval_channel=c["approval"], 审批方式=APPROVAL_ZH[c["approval"]]):
            return
        if rejected:
            return
        tb = ta + D(hours=float(rng.uniform(0.1, 8)))
        if rng.random() < 0.2:
            lead = int(rng.integers(0, 3))
        else:
            lead = int(min(25, max(3, lognorm(7.0, 0.55))))
        dday = tb + D(days=lead)
        depart = at_hour(dday, 7, 20)
        if depart < tb + D(hours=3):
            depart = at_hour(tb + D(days=1), 7, 12)
        ret = at_hour(depart + D(days=nights), 15, 22)
        trip = dict(tid=tid, dest=dest, depart=depart, ret=ret, nights=nights)
        same_cluster = CITIES[dest][5] is not None and CITIES[dest][5] == CITIES[base][5]
        f = h_ = None
        if not same_cluster and rng.random() < 0.92:
            f = self.flight(c, trip, tb)
        if rng.random() < 0.9:
            h_ = self.hotel(c, trip, tb + D(minutes=float(rng.uniform(5, 40))))
        fx = dict(destination=dest, 目的地=CITIES[dest][0])
        if trip.get("fare_expired") and rng.random() < 0.25:
            tt = tb + D(hours=float(rng.uniform(6, 30)))
            topics = ["fare_expired", "approval_slow"] if rng.random() < 0.5 else ["fare_expired"]
            self.fb(c, tt, topics, pick(["ticket", "app_feedback"], [0.5, 0.5]),
                    rating=None, extra=dict(fx, airline=trip["fail_info"]["airline"][0] if trip.get("fail_info")
                                             else None))
        if trip.get("fare_expired") and rng.random() < 0.2:
            self.call(c, tb + D(hours=float(rng.uniform(4, 20))), "booking", night=False)
        orders = [x for x in (f, h_) if x and x.get("order")]
        if not orders:
            return
        south = CITIES[dest][4] or CITIES[base][4]
        # cancelled trip
        if rng.random() < 0.06:
            first = min(x["order"]["ts"] for x in orders)
            t0 = datetime.fromisoformat(first)
            if depart - t0 < D(hours=6):
                tc = t0 + D(hours=1)
            else:
                tc = t0 + D(hours=float(rng.uniform(1, (depart - t0).total_seconds() / 3600 - 3)))
            for x in orders:
                o = x["order"]
                sid = o["booking_id"]
                if not self.ev(c, tc, "tp_refund_request", "submit", sid=sid, trip_id=tid, product=o["product"],
                               refund_amount=o["amount"], destination=dest, 目的地=CITIES[dest][0],
                               airline=x["airline"][0] if "fid" in x else None,
                               航空公司=x["airline"][1] if "fid" in x else None,
                               hotel_group=x["group"][0] if "hid" in x else None,
                               酒店集团=x["group"][1] if "hid" in x else None):
                    continue
                o["status"] = "refunded"
                if "fid" in x:
                    days = lognorm(x["airline"][4], 0.35)
                    o["refund_fee"] = round(o["amount"] * 0.1, 2)
                else:
                    days = lognorm(1.2, 0.5)
                    o["refund_fee"] = 0
                o["rebate_amount"] = 0.0
                td = tc + D(days=days)
                if self.ev(c, td, "tp_refund_done", "refunded", sid=sid, trip_id=tid, product=o["product"],
                           refund_amount=round(o["amount"] - o["refund_fee"], 2), destination=dest,
                           目的地=CITIES[dest][0], airline=x["airline"][0] if "fid" in x else None,
                           航空公司=x["airline"][1] if "fid" in x else None,
                           hotel_group=x["group"][0] if "hid" in x else None,
                           酒店集团=x["group"][1] if "hid" in x else None):
                    o["refunded_at"] = ts(td)
                if rng.random() < 0.3:
                    self.call(c, tc + D(hours=float(rng.uniform(0, 4))), "refund")
                if "fid" in x and days > 9:
                    fxr = dict(fx, airline=x["airline"][0], 航空公司=x["airline"][1], booking_id=sid)
                    if rng.random() < 0.45:
                        self.call(c, tc + D(days=float(rng.uniform(7, days))), "refund", sid=sid, night=False)
                    if rng.random() < 0.4:
                        self.fb(c, tc + D(days=float(rng.uniform(8, max(8.5, days + 3)))), ["refund_slow"],
                                "ticket", extra=fxr,
                                fill=dict(airline=x["airline"][1] if c["lang"] == "zh" else x["airline"][0]))
            return
        issues = []
        if trip.get("fare_expired"):
            issues.append("fare_expired")
        if f:
            m = (depart.year, depart.month)
            p_w = TYPHOON.get(m, 0.0) if south else 0.0
            if rng.random() < p_w:
                tch = depart - D(hours=float(rng.uniform(2, 30)))
                if tch < f["t_ticket"]:
                    tch = f["t_ticket"] + D(minutes=30)
                self.ev(c, tch, "tp_change", "done", sid=f["fid"], change_reason="weather", 改签原因="天气原因",
                        change_fee=0, airline=f["airline"][0], 航空公司=f["airline"][1], trip_id=tid,
                        destination=dest, 目的地=CITIES[dest][0])
                if rng.random() < 0.6:
                    self.call(c, tch + D(minutes=float(rng.uniform(0, 60))), "change", sid=f["fid"],
                              night=rng.random() < 0.35)
                if rng.random() < 0.5:
                    issues.append("typhoon")
            elif rng.random() < 0.05:
                tch = f["t_ticket"] + (depart - f["t_ticket"]) * float(rng.uniform(0.2, 0.9))
                fee = round(f["fare"] * float(rng.uniform(0.1, 0.3)), 0)
                if self.ev(c, tch, "tp_change", "done", sid=f["fid"], change_reason="plan_change",
                           改签原因="行程变更", change_fee=fee, airline=f["airline"][0], 航空公司=f["airline"][1],
                           trip_id=tid, destination=dest, 目的地=CITIES[dest][0]):
                    self.order(c, tch, fee, "change_fee", booking_id=f["fid"], trip_id=tid, supplier=f["airline"][0],
                               供应商=f["airline"][1], destination=dest, 目的地=CITIES[dest][0], service_fee=10,
                               rebate_rate=0.0, rebate_amount=0.0)
                    if rng.random() < 0.3:
                        self.call(c, tch, "change", sid=f["fid"], night=False)
                    if fee > 250 and rng.random() < 0.5:
                        issues.append("change_fee")
            if f["slow"] and "fare_expired" not in issues and rng.random() < 0.6:
                issues.append("approval_slow")
        if h_:
            if h_["over"] and rng.random() < (0.7 if dest == "Shanghai" and depart < CAP_RAISE else 0.35):
                issues.append("hotel_cap")
            if h_["slow"] and "approval_slow" not in issues and rng.random() < 0.6:
                issues.append("approval_slow")
            if rng.random() < h_["group"][4]:
                self.no_room(c, h_["checkin"] + D(hours=float(rng.uniform(19, 25))), h_, fx)
                issues.append("no_room")
        if rng.random() < 0.12:
            self.call(c, tb + (ret - tb) * float(rng.uniform(0, 1)),
                      pick(["booking", "hotel_checkin", "account", "change", "other"], [0.3, 0.25, 0.1, 0.1, 0.25]))
        # trip done, invoices, survey
        if not self.ev(c, ret, "tp_trip_done", "completed", sid=tid, trip_id=tid, destination=dest,
                       目的地=CITIES[dest][0], nights=nights):
            return
        for x in orders:
            o = x["order"]
            ti = ret + D(days=float(rng.uniform(0.2, 2))) if "fid" in x else at_hour(ret, 8, 12) + D(
                days=float(rng.uniform(0, 1)))
            in_new = EINVOICE[0] <= ti < EINVOICE[1]
            p_err = (0.22 if "hid" in x else 0.06) if in_new else 0.02
            err = rng.random() < p_err
            et = pick(["title", "tax_id", "amount"], [0.55, 0.35, 0.10]) if err else None
            inv_type = "全电发票" if ti >= EINVOICE[0] else ("电子行程单" if "fid" in x else "电子普通发票")
            if not self.ev(c, ti, "tp_invoice", "error" if err else "issued", sid=o["booking_id"], trip_id=tid,
                           product=o["product"], invoice_type=inv_type, error_type=et, 发票问题=ERROR_ZH.get(et),
                           invoice_amount=o["amount"], hotel_group=x["group"][0] if "hid" in x else None,
                           酒店集团=x["group"][1] if "hid" in x else None,
                           airline=x["airline"][0] if "fid" in x else None,
                           航空公司=x["airline"][1] if "fid" in x else None,
                           reissued_at=ts(ti + D(days=float(rng.uniform(1, 6)))) if err else None):
                continue
            if err:
                if rng.random() < 0.45:
                    self.call(c, ti + D(hours=float(rng.uniform(1, 30))), "invoice", sid=o["booking_id"], night=False)
                if rng.random() < 0.3:
                    self.fb(c, ti + D(hours=float(rng.uniform(2, 48))), ["invoice_error"],
                            pick(["ticket", "app_feedback"], [0.7, 0.3]), extra=dict(fx, booking_id=o["booking_id"]))
        p_s = 0.3 if issues else 0.14
        if rng.random() < p_s:
            if issues:
                topics = [issues[0]] + ([issues[1]] if len(issues) > 1 and rng.random() < 0.4 else [])
            else:
                topics = [pick(["none", "app_easy"], [0.75, 0.25])]
            extra = dict(fx)
            if h_:
                extra.update(hotel_group=h_["group"][0], 酒店集团=h_["group"][1])
            if f:
                extra.update(airline=f["airline"][0], 航空公司=f["airline"][1])
            fill = dict(city=CITIES[dest][0] if c["lang"] == "zh" else dest,
                        hotel=(h_["group"][1] if c["lang"] == "zh" else h_["group"][0]) if h_ else "")
            self.fb(c, ret + D(days=float(rng.uniform(0.5, 2))), topics, "trip_survey", rating="auto",
                    extra=extra, fill=fill)

    def no_room(self, c, tn, h_, fx):
        """no room at check-in: the traveller calls the desk at that moment (evening, often after 22:00)."""
        ex = dict(fx, hotel_group=h_["group"][0], 酒店集团=h_["group"][1], booking_id=h_["hid"])
        self.call(c, tn, "hotel_checkin", sid=h_["hid"], extra=ex, exact=True)
        if rng.random() < 0.4:
            fill = dict(hotel=h_["group"][1] if c["lang"] == "zh" else h_["group"][0])
            self.fb(c, tn + D(hours=float(rng.uniform(0.5, 12))), ["no_room"], "ticket", extra=ex, fill=fill)


def travel_months(c, start, g: Gen):
    """pre-trip requests: Poisson per month."""
    lam = {"frequent": 0.65, "occasional": 0.16, "dormant": 0.0}[c["kind"]] * c["inten"]
    if lam == 0:
        return
    y, m = start.year, start.month
    while (y, m) <= (END.year, END.month):
        first = datetime(y, m, 1)
        nxt = datetime(y + (m == 12), m % 12 + 1, 1)
        growth = 1.0 + 0.08 * ((first - START).days / 365.0)
        n = int(rng.poisson(lam * MONTH_F[m] * growth))
        lo = max(first, start)
        span = (nxt - lo).total_seconds() / 86400
        for _ in range(n):
            d = lo + D(days=float(rng.uniform(0, span)))
            d = weekday(d)
            t = at_hour(d, 9, 19)
            if t > END or t < start:
                continue
            g.trip(c, t)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def settlement(g: Gen, comps, admins):
    """monthly statements per company (amount = paid orders + service fees of the month)."""
    tot = {}
    for o in g.orders:
        if o["status"] == "paid":
            k = (o["company_id"], o["settlement_month"])
            tot[k] = tot.get(k, 0.0) + o["amount"] + o["service_fee"]
    for comp in comps:
        a = admins[comp[0]]
        y, m = 2025, 1
        while (y, m) <= (2026, 7):
            key = (comp[0], f"{y}-{m:02d}")
            ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
            if key in tot:
                sid = f"ST-{comp[0]}-{y}{m:02d}"
                t = datetime(ny, nm, 3) + D(hours=float(rng.uniform(9, 11)))
                amt = round(tot[key], 2)
                common = dict(statement_month=key[1], statement_amount=amt)
                if g.ev(a, t, "tp_statement", "issued", sid=sid, channel="email", device=None, **common):
                    tc = t + D(days=float(rng.uniform(1, 7)))
                    if rng.random() < 0.08:
                        r = pick(["noshow", "amount_mismatch", "missing_invoice"], [0.5, 0.3, 0.2])
                        g.ev(a, tc, "tp_statement_confirm", "disputed", sid=sid, channel="web", device="pc",
                             dispute_reason=r, 争议原因=DISPUTE_ZH[r], **common)
                        if rng.random() < 0.7:
                            g.fb(a, tc + D(hours=float(rng.uniform(2, 48))), ["statement"], "call_note",
                                 extra=dict(statement_month=key[1]))
                        tc += D(days=float(rng.uniform(3, 10)))
                    if g.ev(a, tc, "tp_statement_confirm", "confirmed", sid=sid, channel="web", device="pc", **common):
                        med = 48.0 if comp[3] == "construction" else 17.0
                        tp_ = t + D(days=max(lognorm(med, 0.3), (tc - t).days + 1.0))
                        g.ev(a, tp_, "tp_payment", "paid", sid=sid, channel="other", device=None,
                             payment_amount=amt, **common)
            y, m = ny, nm


def surveys_and_reviews(g: Gen, comps, admins):
    # quarterly NPS survey of travel admins
    for comp in comps:
        a = admins[comp[0]]
        for (y, q) in [(2025, 1), (2025, 2), (2025, 3), (2025, 4), (2026, 1), (2026, 2)]:
            t = datetime(y + (q == 4), (3 * q) % 12 + 1, 8) + D(hours=float(rng.uniform(9, 17)))
            if t < comp[8] + D(days=60) or rng.random() > 0.85:
                continue
            s = 8.3
            if comp[7] == "email":
                s -= 2.8
            if comp[3] == "construction":
                s -= 0.8
            if t >= NIGHT_VENDOR + D(days=60):
                s -= 0.8
            if comp[6] == "sms_invite":
                s -= 1.0
            nps = int(min(10, max(0, round(s + rng.normal(0, 1.3)))))
            if nps <= 6:
                topic = "approval_slow" if comp[7] == "email" else pick(
                    ["night_hotline", "statement", "sms_invite"] if t >= NIGHT_VENDOR else ["statement", "sms_invite"],
                    [0.5, 0.3, 0.2] if t >= NIGHT_VENDOR else [0.6, 0.4])
                if topic == "sms_invite" and comp[6] != "sms_invite":
                    topic = "statement"
            else:
                topic = pick(["none", "app_easy", "agent_good"], [0.4, 0.35, 0.25])
            g.fb(a, t, [topic], "admin_survey", nps=nps, tp="")
    # app store reviews, anonymous; about 30 % exported without a date
    for _ in range(620):
        t = START + D(days=float(rng.uniform(0, (END - START).days)))
        opts, w = ["app_easy", "none", "approval_slow", "app_crash", "sms_invite"], [0.38, 0.32, 0.12, 0.12, 0.06]
        if t >= NIGHT_VENDOR:
            opts, w = opts + ["night_hotline"], w + [0.14]
        topic = pick(opts, w)
        g.fb(None, t, [topic], "app_review", rating="auto", undated=rng.random() < 0.3,
             tp=TOPIC_TP[topic] if topic != "none" else "", extra=dict(platform=pick(["ios", "android"], [0.55, 0.45])))


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if (v := r.get(k)) is None else v for k in cols])


def cols_of(rows, first):
    seen = dict.fromkeys(first)
    for r in rows:
        for k in r:
            if k not in seen:
                seen[k] = None
    return list(seen)


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    people, admins = [], {}
    i = 0
    for comp in COMPANIES:
        cid, zh, en, ind, hq, size, inv, appr, since, inten, en_share = comp
        admins[cid] = dict(customer_id=f"ADM{cid}", company_id=cid, company=en, 企业名称=zh, industry=ind,
                           行业=INDUSTRY_ZH[ind], base_city=hq, 常驻城市=CITIES[hq][0], region=CITIES[hq][1],
                           地区=REGION_ZH[CITIES[hq][1]], device="pc", channel="web", approval=appr,
                           lang="en" if en_share > 0.5 else "zh", signup_at=since + D(days=2), role="travel_admin")
        legacy = since < START
        for _ in range(size):
            i += 1
            c = g.person(comp, i, legacy)
            people.append(c)
            if legacy:
                c["signup_at"] = at_hour(since + D(days=float(rng.uniform(0, (START - since).days - 1))), 9, 18)
                travel_months(c, START, g)
            else:
                t_inv = at_hour(weekday(since + D(days=float(rng.uniform(0, 10)))), 9, 18)
                ready = g.invite(c, t_inv)
                if ready is not None:
                    travel_months(c, ready + D(days=float(rng.uniform(1, 20))), g)
        if legacy:   # new hires of existing clients, invited through the client's channel
            for _ in range(int(size * 0.11)):
                i += 1
                c = g.person(comp, i, False)
                people.append(c)
                t_inv = at_hour(weekday(START + D(days=float(rng.uniform(0, (END - START).days)))), 9, 18)
                ready = g.invite(c, t_inv)
                if ready is not None:
                    travel_months(c, ready + D(days=float(rng.uniform(1, 20))), g)
    settlement(g, COMPANIES, admins)
    surveys_and_reviews(g, COMPANIES, admins)
    # the booking engine re-sends a few events (exact duplicates)
    for k in rng.choice(len(g.events), size=25, replace=False):
        g.events.append(dict(g.events[int(k)]))
    g.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    g.orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    fb = sorted(g.feedback, key=lambda r: (r["ts"] or "9999", r["feedback_id"]))

    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3], 1)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    crow = []
    for c in people:
        if not c["activated"]:
            seg = "not_activated"
        elif c["trips"] >= 8:
            seg = "frequent"
        elif c["trips"] >= 1:
            seg = "occasional"
        else:
            seg = "inactive"
        crow.append(dict(customer_id=c["customer_id"], signup_at=ts(c["signup_at"]), segment=seg, region=c["region"],
                         acquisition_channel=c["acquisition_channel"], tier=c["grade"], 客户状态=SEG_ZH[seg],
                         地区=c["地区"], 开通方式=INVITE_ZH[c["acquisition_channel"]], 职级=c["职级"],
                         grade_name=c["grade_en"], role="traveller", company_id=c["company_id"], company=c["company"],
                         企业名称=c["企业名称"], industry=c["industry"], 行业=c["行业"], department=c["department"],
                         部门=c["部门"], base_city=c["base_city"], 常驻城市=c["常驻城市"],
                         approval_channel=c["approval"], 审批方式=APPROVAL_ZH[c["approval"]],
                         preferred_language=c["lang"], main_device=c["device"]))
    for a in admins.values():
        crow.append(dict(customer_id=a["customer_id"], signup_at=ts(a["signup_at"]), segment="admin", region=a["region"],
                         客户状态=SEG_ZH["admin"], 地区=a["地区"], role="travel_admin", company_id=a["company_id"],
                         company=a["company"], 企业名称=a["企业名称"], industry=a["industry"], 行业=a["行业"],
                         base_city=a["base_city"], 常驻城市=a["常驻城市"], approval_channel=a["approval"],
                         审批方式=APPROVAL_ZH[a["approval"]], preferred_language=a["lang"], main_device="pc"))
    write(out / "customers.csv", crow, cols_of(crow, list(crow[0])))
    ev_first = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel"]
    write(out / "events.csv", g.events, cols_of(g.events, ev_first))
    write(out / "orders.csv", g.orders, cols_of(g.orders, ["order_id", "customer_id", "ts", "amount", "status",
                                                           "channel", "device"]))
    write(out / "feedback.csv", fb, cols_of(fb, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id",
                                                 "channel", "rating", "nps"]))
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(crow)}, events {len(g.events)}, orders {len(g.orders)}, feedback {len(g.feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
