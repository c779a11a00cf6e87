"""泊湾 Harbourline Marinas: a marina operator renting boat berths and services in Sydney, Auckland, Southampton,
Vancouver, 三亚 Sanya, 厦门 Xiamen, 青岛 Qingdao and 深圳 Shenzhen (synthetic, written blind).

Boat owners find us at a boat show (游艇展线索) or enquire online (线上咨询: website form, WeChat mini-program, a berth
marketplace listing, phone, or a yacht broker's email). The berth office checks availability for the boat's length
(泊位查询: available / waitlisted / no_fit), sends a quote (泊位报价), the owner signs a berth contract (签约: annual or
rolling monthly) and brings the boat in (进港靠泊: arrived, or reassigned to a temporary berth when the berth is not
ready). Berth fees are charged monthly (泊位月费, one row per attempt, retried after 5 and 10 days). Berth holders use
the fuel dock (加油码头), the pump-out (污水抽排), book haul-outs (上排吊船: completed / rescheduled) and repair jobs in
the boatyard (维修保养), raise tickets at the marina office (码头办公室), renew annual contracts (续约: renewed /
declined) or leave (离港退泊).

Data 2025-01-01 .. 2026-07-31 (extract taken early August 2026). Times are naive local times of each marina.
Money (orders.amount) is USD, the group's reporting currency; currency + amount_local keep what was charged.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic, sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260802), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import calendar
import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260802
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
LIFT_DOWN = (datetime(2025, 11, 1), datetime(2025, 12, 1))    # Southampton travel lift hydraulic failure
SYD_PEAK = (datetime(2025, 12, 1), datetime(2026, 2, 1))      # Sydney fuel dock summer queues
PRICE_RISE = datetime(2026, 1, 1)                             # +8 % on renewals from 2026 (3 % in 2025)
N_LEADS = 9000
N_LEGACY = 1600

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_boat_show", "游艇展线索", "Boat show lead", "awareness", "other", "physical", "sales",
     "展会|游艇展|船展|展位|boat show|show lead|expo|stand"),
    ("tp_web_enquiry", "线上咨询", "Online enquiry", "awareness", "web", "digital", "sales",
     "咨询|询价|留资|官网表单|小程序咨询|enquiry|inquiry|web form|lead form|contact form"),
    ("tp_availability", "泊位查询", "Berth availability check", "consideration", "phone", "digital", "sales",
     "查泊位|空位|有没有位|排期|availability|berth check|vacancy|space check"),
    ("tp_quote", "泊位报价", "Berth quote", "consideration", "email", "digital", "sales",
     "报价单|价格|报价|quote|quotation|pricing|offer"),
    ("tp_contract", "签约", "Berth contract", "purchase", "other", "digital", "sales",
     "合同|签合同|泊位合同|租约|contract|licence|berth agreement|sign-up|signing"),
    ("tp_arrival", "进港靠泊", "Mooring arrival", "purchase", "other", "physical", "dock_ops",
     "进港|靠泊|到港|入驻|arrival|mooring|berthing|check-in|move in"),
    ("tp_berth_fee", "泊位月费", "Monthly berth fee", "service", "other", "digital", "finance",
     "月费|泊位费|扣款|账单|月租|berth fee|mooring fee|billing|direct debit|monthly fee|invoice"),
    ("tp_fuel_dock", "加油码头", "Fuel dock", "service", "other", "physical", "dock_ops",
     "加油|油码头|柴油|汽油|fuel|fuel dock|refuel|diesel|fuelling"),
    ("tp_pumpout", "污水抽排", "Pump-out", "service", "other", "physical", "dock_ops",
     "抽污|污水|黑水|pump-out|pumpout|sewage|holding tank"),
    ("tp_haulout", "上排吊船", "Haul-out", "service", "other", "physical", "boatyard",
     "上排|吊船|出水|上岸|haul-out|haulout|lift out|hardstand|slipway"),
    ("tp_repair", "维修保养", "Repair job", "service", "other", "physical", "boatyard",
     "维修|保养|修船|船厂|工单|repair|service job|maintenance|boatyard|refit|antifouling"),
    ("tp_office", "码头办公室", "Marina office", "service", "phone", "digital", "customer_care",
     "客服|前台|办公室|工单|投诉|office|front desk|ticket|helpdesk|complaint"),
    ("tp_renewal", "续约", "Contract renewal", "loyalty", "email", "digital", "sales",
     "续租|续签|续约|renewal|renew|re-sign|contract extension"),
    ("tp_departure", "离港退泊", "Departure", "loyalty", "other", "physical", "dock_ops",
     "退泊|离港|走了|流失|departure|leaving|move out|churn|notice to leave"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("enquiry_to_contract", "线上咨询签约", "Enquiry to contract",
     ["tp_web_enquiry", "tp_availability", "tp_quote", "tp_contract"], 30),
    ("show_to_contract", "展会线索签约", "Boat show lead to contract",
     ["tp_boat_show", "tp_availability", "tp_quote", "tp_contract"], 60),
    ("contract_to_arrival", "签约入港", "Contract to arrival", ["tp_contract", "tp_arrival"], 45),
    ("haulout_repair", "上排维修", "Haul-out to repair", ["tp_haulout", "tp_repair"], 21),
]

# city: zh, region, region_zh, currency, USD per unit, price multiplier, lead share, English-speaking, show, season
CITIES = {
    "Sydney": ("悉尼", "Australia", "澳大利亚", "AUD", 0.66, 1.55, 0.17, True,
               ("Sydney Boat Show", 7, 30, 5), "south"),
    "Auckland": ("奥克兰", "New Zealand", "新西兰", "NZD", 0.60, 1.00, 0.10, True,
                 ("Auckland Boat Show", 9, 25, 4), "south"),
    "Southampton": ("南安普顿", "UK", "英国", "GBP", 1.27, 1.25, 0.14, True,
                    ("Southampton Boat Show", 9, 12, 10), "north"),
    "Vancouver": ("温哥华", "Canada", "加拿大", "CAD", 0.73, 1.15, 0.10, True,
                  ("Vancouver Boat Show", 2, 5, 5), "north"),
    "Sanya": ("三亚", "Hainan", "海南", "CNY", 0.14, 0.95, 0.12, False, ("三亚国际游艇展", 3, 26, 4), "sanya"),
    "Xiamen": ("厦门", "Fujian", "福建", "CNY", 0.14, 0.70, 0.11, False, ("厦门国际游艇展", 11, 20, 4), "china"),
    "Qingdao": ("青岛", "Shandong", "山东", "CNY", 0.14, 0.60, 0.10, False, ("上海国际游艇展", 4, 1, 4), "north"),
    "Shenzhen": ("深圳", "Guangdong", "广东", "CNY", 0.14, 1.05, 0.16, False, ("深圳国际游艇展", 12, 4, 4), "china"),
}
CITY_NAMES = list(CITIES)
MONTHS = [(2025, m) for m in range(1, 13)] + [(2026, m) for m in range(1, 8)]
ENQ_SEASON = {  # month weights 1..12 for enquiries
    "south": [1.3, 1.0, 0.8, 0.6, 0.5, 0.5, 0.6, 0.9, 1.3, 1.5, 1.5, 1.3],
    "north": [0.6, 0.8, 1.3, 1.6, 1.6, 1.3, 1.0, 0.8, 0.7, 0.6, 0.5, 0.4],
    "sanya": [0.7, 0.5, 0.6, 0.5, 0.4, 0.4, 0.5, 0.8, 1.4, 1.7, 1.6, 1.0],
    "china": [0.9, 0.5, 1.1, 1.3, 1.2, 0.9, 0.8, 0.8, 1.0, 1.3, 1.2, 1.0],
}
HAUL_SEASON = {
    "south": [0.2, 0.2, 0.4, 0.8, 1.4, 1.5, 1.3, 1.2, 1.4, 1.0, 0.4, 0.2],
    "north": [0.2, 0.8, 1.6, 1.5, 0.6, 0.2, 0.2, 0.2, 0.4, 1.8, 2.0, 0.4],
    "sanya": [0.4, 0.6, 1.2, 1.5, 1.4, 0.6, 0.3, 0.3, 0.5, 1.2, 1.2, 0.6],
    "china": [0.4, 0.4, 1.4, 1.6, 1.2, 0.4, 0.3, 0.3, 0.6, 1.4, 1.2, 0.6],
}
USE_SEASON = {  # fuel dock / pump-out use by month
    "south": [1.9, 1.6, 1.3, 1.0, 0.6, 0.4, 0.4, 0.5, 0.8, 1.1, 1.4, 1.9],
    "north": [0.3, 0.3, 0.6, 1.0, 1.5, 1.8, 2.0, 1.9, 1.3, 0.7, 0.3, 0.3],
    "sanya": [1.6, 1.6, 1.4, 1.0, 0.6, 0.5, 0.4, 0.4, 0.6, 1.0, 1.3, 1.6],
    "china": [0.9, 0.6, 1.0, 1.2, 1.3, 1.1, 0.9, 0.8, 1.0, 1.3, 1.2, 1.0],
}
SOURCES = {  # acquisition_channel: zh, event channel, enquiry_source, weights en / zh
    "website": ("官网", "web", "website_form", 0.36, 0.16),
    "wechat_mini_program": ("微信小程序", "mini_program", "mini_program", 0.0, 0.28),
    "phone": ("电话", "phone", "phone", 0.12, 0.12),
    "broker_referral": ("游艇经纪人推荐", "email", "broker_email", 0.10, 0.05),
    "marketplace": ("泊位平台", "marketplace", "marketplace", 0.16, 0.14),
    "boat_show": ("游艇展", None, None, 0.20, 0.22),
    "yacht_club": ("游艇俱乐部", "phone", "phone", 0.06, 0.03),
}
SRC_ZH = {"website_form": "官网表单", "mini_program": "微信小程序", "phone": "电话", "broker_email": "经纪人邮件",
          "marketplace": "泊位平台"}
LISTING_EN, LISTING_ZH = ["BerthFinder", "MooringHub", "DockSpot"], ["泊位通", "游艇汇", "BerthFinder"]
# step probabilities by enquiry source: to availability, quote given available, contract given quote
STEP_P = {"website_form": (0.87, 0.92, 0.46), "mini_program": (0.85, 0.90, 0.42), "phone": (0.90, 0.93, 0.50),
          "broker_email": (0.86, 0.92, 0.52), "marketplace": (0.42, 0.85, 0.14), "show": (0.55, 0.90, 0.32)}
BOATS = {  # type: zh, weight en / zh, LOA mean, sd, min, max
    "sailboat": ("帆船", 0.45, 0.20, 11.0, 2.4, 7.0, 22.0),
    "motor_yacht": ("机动游艇", 0.30, 0.55, 14.5, 4.2, 8.0, 30.0),
    "catamaran": ("双体船", 0.10, 0.10, 12.5, 2.0, 9.0, 20.0),
    "sportfisher": ("钓鱼艇", 0.15, 0.15, 9.5, 1.8, 6.5, 15.0),
}
BASE_FEE = {"S": 380, "M": 690, "L": 1150, "XL": 1950}          # USD / month, annual term, multiplier 1.0
ADMIN_FEE = {"S": 150, "M": 220, "L": 300, "XL": 400}
WAIT_P = {"S": 0.04, "M": 0.08, "L": 0.28, "XL": 0.50}
PAY_EN, PAY_ZH = (["direct_debit", "card", "bank_transfer"], [0.55, 0.35, 0.10]), \
    (["alipay", "wechat_pay", "bank_transfer"], [0.35, 0.35, 0.30])
PAY_FAIL = {"direct_debit": 0.03, "card": 0.06, "bank_transfer": 0.095, "alipay": 0.015, "wechat_pay": 0.015}
DECLINE = {"direct_debit": ["insufficient_funds", "mandate_cancelled"], "card": ["insufficient_funds", "card_expired",
           "do_not_honor"], "bank_transfer": ["not_received"], "alipay": ["insufficient_funds"],
           "wechat_pay": ["insufficient_funds"]}
JOBS = {  # type: zh, quote USD range, overrun probability, late probability
    "antifouling": ("船底防污", (900, 3200), 0.06, 0.10),
    "engine_service": ("发动机保养", (600, 4200), 0.44, 0.22),
    "gelcoat_repair": ("玻璃钢修补", (500, 3800), 0.16, 0.18),
    "rigging": ("索具检修", (400, 2600), 0.09, 0.12),
    "electrical": ("电气维修", (300, 2400), 0.30, 0.20),
    "canvas": ("篷布更换", (500, 2200), 0.07, 0.15),
}
TICKETS = {  # category: zh, weight, resolution hours median
    "billing": ("账单问题", 0.25, 20), "security": ("安保", 0.10, 14), "electricity": ("岸电", 0.16, 10),
    "wifi": ("WiFi", 0.12, 30), "facilities": ("设施", 0.16, 26), "noise": ("噪音", 0.08, 18),
    "parking": ("停车", 0.10, 12), "neighbour": ("邻船纠纷", 0.08, 36),
}
RESCHED_ZH = {"lift_breakdown": "吊机故障", "weather": "天气原因", "yard_full": "船台已满",
              "customer_request": "客户改期"}
DEPART = {  # reason: zh
    "sold_boat": "卖船", "relocating": "搬家", "price": "价格太高", "moved_marina": "转去其他码头",
    "seasonal_move": "季节性转场", "service": "服务不满意"}
SHOW_NAMES_ZH = {"Sydney Boat Show": "悉尼游艇展", "Auckland Boat Show": "奥克兰游艇展",
                 "Southampton Boat Show": "南安普顿游艇展", "Vancouver Boat Show": "温哥华游艇展"}

events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
customers: list[dict] = []
_n = {"E": 0, "O": 0, "F": 0, "S": 0, "Q": 0, "K": 0, "J": 0, "T": 0}


def nid(kind, width):
    _n[kind] += 1
    return f"{kind}{_n[kind]:0{width}d}"


def pick(items, p=None):
    if p is not None:
        p = np.asarray(p, float)
        p = p / p.sum()
    return items[rng.choice(len(items), p=p)]


def tfmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def at_hour(day, lo, hi):
    return datetime(day.year, day.month, day.day) + D(minutes=int(rng.integers(lo * 60, hi * 60)))


def ev(c, ts, tp, action, **kw):
    if ts < START or ts > END:
        return None
    row = dict(customer_id=c["customer_id"], ts=tfmt(ts), touchpoint_id=tp, event_id=nid("E", 7), action=action,
               city=c["city"], **kw)
    events.append(row)
    return row


def order(c, ts, kind, kind_zh, usd, status="paid", **kw):
    if ts < START or ts > END:
        return None
    cur, fx = CITIES[c["city"]][3], CITIES[c["city"]][4]
    row = dict(order_id=nid("O", 6), customer_id=c["customer_id"], ts=tfmt(ts), amount=round(usd, 2), status=status,
               order_type=kind, 订单类型=kind_zh, city=c["city"], 城市=CITIES[c["city"]][0], currency=cur, amount_local=round(usd / fx, 2), **kw)
    orders.append(row)
    return row


def add_months(t, k):
    y, m = t.year + (t.month - 1 + k) // 12, (t.month - 1 + k) % 12 + 1
    return t.replace(year=y, month=m, day=min(t.day, calendar.monthrange(y, m)[1]))


def berth_class(loa):
    return "S" if loa < 10 else "M" if loa < 15 else "L" if loa < 20 else "XL"


# ---------------- feedback text ----------------
TOPIC_MARKERS = {
    "extra_charge": ["额外收费", "extra charge"], "queue": ["排队", "queue"], "lift": ["吊机", "travel lift"],
    "pumpout": ["抽污", "pump-out"], "shore_power": ["岸电", "shore power"], "security": ["安保", "security"],
    "dock_staff": ["码头工作人员", "dock staff"], "price_rise": ["涨价", "price increase"],
    "waitlist": ["候补", "waitlist"], "shower": ["淋浴", "shower"], "wifi": ["wifi"],
    "payment_failed": ["扣款失败", "payment failed"], "slow_reply": ["回复太慢", "slow to reply"],
}
TEXTS = {
    "extra_charge": {
        "zh": ["维修完账单多出一大截，{x}这种额外收费事先根本没人说。", "做完{job}结账时发现好多额外收费，和当初谈的价格差了{p}%。",
               "船厂的额外收费太离谱了，{job}最后多付了{p}%，没有任何解释。", "额外收费能不能先打招呼？{job}账单看得我头大。",
               "又是额外收费，上排费、清洁费一项项加上去，体验很差。"],
        "en": ["The {job} invoice came back {p}% higher, every extra charge was news to me.",
               "Nobody mentioned the extra charge for {x} until I came to pay for the {job}.",
               "Extra charge after extra charge on the {job}. Please call before adding work.",
               "Good work on the {job} but the extra charge for parts and labour was never agreed.",
               "Hardstand days and cleaning added as an extra charge, not happy."],
    },
    "queue": {
        "zh": ["加油码头排队排了{m}分钟，太阳底下干等。", "周末加油要排队快一个小时，能不能多开一个加油位？",
               "加油码头只有一个泵，排队的船一直排到航道口。", "排队{m}分钟才加上油，出海计划全打乱了。"],
        "en": ["Waited {m} minutes in the queue at the fuel dock on Saturday morning.",
               "The fuel dock queue on weekends is ridiculous, one pump for the whole marina.",
               "Sat in the fuel queue for {m} minutes with the engine idling. Need a second pump.",
               "Missed the tide because of the queue at the fuel berth."],
    },
    "lift": {
        "zh": ["吊机坏了，上排一拖再拖，船底防污都赶不上季节。", "约好的上排因为吊机故障取消了两次，船只能在水里泡着。",
               "吊机修了快一个月，冬季上岸计划全泡汤。", "吊机一直不能用，也没人主动通知我改期。"],
        "en": ["The travel lift broke down and my haul-out was moved twice.",
               "Booked my winter lift-out weeks ago, travel lift out of action and no real update.",
               "Still waiting for the travel lift to be fixed, the boat should have been on the hard by now.",
               "Travel lift failure meant we missed our antifouling window."],
    },
    "pumpout": {
        "zh": ["抽污泵站又坏了，只能开船去别的码头。", "抽污设备三天两头故障，太不方便了。", "周末去抽污，机器不工作，白跑一趟。"],
        "en": ["The pump-out station was out of order again.", "Pump-out broken for the third time this month.",
               "Went to use the pump-out and it had no suction at all."],
    },
    "shore_power": {
        "zh": ["岸电经常跳闸，冰箱里的东西都坏了。", "{pontoon}号浮码头的岸电桩不稳定，请尽快检修。",
               "岸电电表读数不对，电费明显偏高。"],
        "en": ["Shore power on pontoon {pontoon} keeps tripping.", "Shore power pedestal at my berth is faulty, no power overnight.",
               "The shore power meter reading looks wrong, electricity bill far too high."],
    },
    "security": {
        "zh": ["晚上门禁形同虚设，安保要加强。", "船上的东西被偷了，安保巡逻根本看不到人。", "陌生人随便进出浮码头，安保太松。"],
        "en": ["Gate code shared everywhere, security on the pontoons is weak.",
               "Had a fender and a dinghy motor stolen, where is the night security?",
               "Strangers walking the pontoons at night, security needs to step up."],
    },
    "dock_staff": {
        "zh": ["码头工作人员非常专业，帮我们顺利靠泊。", "码头工作人员开小艇出来引导，进港一点都不慌。",
               "码头工作人员热情又耐心，接缆很利索。", "感谢码头工作人员半夜帮忙加固缆绳。"],
        "en": ["The dock staff were brilliant, helped us into a tight berth in a crosswind.",
               "Dock staff met us in the RIB and took our lines, great welcome.",
               "Friendly and professional dock staff, berthing was stress free.",
               "Thanks to the dock staff for checking our lines during the storm."],
    },
    "price_rise": {
        "zh": ["今年泊位费涨价{p}%，服务一点没变。", "续约通知一下子涨价这么多，考虑换码头了。",
               "涨价太突然，没有任何提前沟通。", "涨价之后性价比不如隔壁码头。"],
        "en": ["A {p}% price increase on renewal with no improvement in facilities.",
               "The price increase this year is hard to justify.",
               "Got the renewal letter, another price increase. Looking at other marinas.",
               "Price increase without notice, disappointing for a long-time berth holder."],
    },
    "waitlist": {
        "zh": ["{cls}级泊位一直在候补，等了好几个月也没消息。", "大船泊位只能候补，问了几次都说没位置。",
               "候补名单排到第{n}位，不知道要等到什么时候。"],
        "en": ["Been on the waitlist for a {loa} m berth for months, no update.",
               "Only a waitlist for bigger boats, we went elsewhere.",
               "Number {n} on the waitlist, is it even moving?"],
    },
    "shower": {
        "zh": ["淋浴间热水时有时无。", "淋浴间太旧了，地面很滑，需要翻新。", "淋浴房数量太少，早上要等。"],
        "en": ["Showers often have no hot water.", "The shower block is tired and needs a refurb.",
               "Not enough showers for a marina this size."],
    },
    "wifi": {
        "zh": ["码头的WiFi信号很差，在船上根本连不上。", "WiFi经常断线，远程办公没法用。", "浮码头尽头WiFi完全没信号。"],
        "en": ["Marina WiFi barely reaches the outer pontoons.", "WiFi drops out every evening.",
               "Paying for a berth and the WiFi is unusable."],
    },
    "payment_failed": {
        "zh": ["这个月泊位费扣款失败，系统也没提醒，直接收了滞纳金。", "扣款失败了两次，客服说是银行问题，来回折腾。",
               "明明余额够，还是显示扣款失败。"],
        "en": ["My berth fee payment failed and nobody told me until the late notice.",
               "Direct debit payment failed twice, still not sure why.",
               "Card payment failed on the berth fee, had to sort it out at the office."],
    },
    "slow_reply": {
        "zh": ["咨询之后回复太慢，一周多才收到报价。", "问泊位的事情回复太慢，最后去了别家。", "销售回复太慢，等得没耐心了。"],
        "en": ["Sales were slow to reply, took over a week to get a price.",
               "Very slow to reply to my enquiry, went with another marina.",
               "Enquired twice, both times slow to reply."],
    },
}
GENERIC = {
    "pos": {
        "zh": ["整体体验很好，码头干净整洁。", "位置很好，出海方便。", "办理手续很顺利，推荐。", "环境不错，邻居们也很友好。",
               "服务到位，船放在这里很放心。", "活动组织得很好，认识了不少船友。", "维修质量不错，按时交船。",
               "进港流程清楚，指引明确。"],
        "en": ["Great marina, clean and well run.", "Lovely spot, easy access to open water.",
               "Paperwork was simple and quick, thanks.", "Friendly community and a well kept pontoon.",
               "Happy with the service, boat feels safe here.", "Good job on the boat, finished on time.",
               "Clear instructions for arrival, very smooth.", "Nice social events for berth holders."],
    },
    "neu": {
        "zh": ["还行吧，价格中规中矩。", "一般般，没什么特别的。", "服务正常，希望停车位多一点。", "手续有点多，但能理解。"],
        "en": ["It's fine, priced about right.", "Average marina, nothing special.",
               "Service was OK, parking could be better.", "A lot of forms, but understandable."],
    },
    "neg": {
        "zh": ["维修拖了一周多才交船，耽误了出海。", "泊位太窄，进出很困难。", "打电话没人接，办事效率低。",
               "停车位太少，周末根本停不下。", "邻船半夜开派对，投诉了也没人管。", "临时换了泊位，位置很差。",
               "价格偏高，和服务不匹配。", "账单看不懂，明细不清楚。"],
        "en": ["The repair ran a week late and we lost a weekend.", "Berth is too narrow, tricky to get in and out.",
               "Phone rings out at the office, hard to reach anyone.", "Parking is impossible at weekends.",
               "Neighbouring boat partying till 2am, complaint ignored.",
               "Moved to a temporary berth on arrival, poor spot.", "Too expensive for what you get.",
               "Confusing bill, no clear breakdown."],
    },
}


def _same(zh, en):
    return {t: {"zh": zh, "en": en} for t in ("pos", "neu", "neg")}


GENERIC_AT = {  # generic comments that fit where they were given
    "repair": {
        "pos": {"zh": ["维修质量不错，按时交船。", "师傅很专业，发动机保养做得很细。", "船底做完很干净，满意。"],
                "en": ["Good job on the boat, finished on time.", "Yard team did a tidy job on the hull.",
                       "Engine runs sweetly after the service."]},
        "neu": {"zh": ["维修质量还行，就是沟通少了点。", "做得一般，价格也算合理。"],
                "en": ["Work was OK, communication could be better.", "Fair job, fair price."]},
        "neg": {"zh": ["维修拖了一周多才交船，耽误了出海。", "交船时间一改再改，没有人主动通知。", "修完没多久老问题又出现了。"],
                "en": ["The repair ran a week late and we lost a weekend.", "Completion date kept slipping with no call.",
                       "Same fault came back two weeks after the job."]},
    },
    "arrival": {
        "pos": {"zh": ["进港流程清楚，指引明确。", "靠泊顺利，泊位位置很好。", "入驻手续很快，第一天就安顿好了。"],
                "en": ["Clear instructions for arrival, very smooth.", "Easy arrival, great berth position.",
                       "Paperwork was simple and quick, settled in on day one."]},
        "neu": {"zh": ["进港还算顺利，就是手续有点多。"], "en": ["Arrival was fine, a lot of forms though."]},
        "neg": {"zh": ["临时换了泊位，位置很差。", "到港时泊位还被别的船占着，等了很久。"],
                "en": ["Moved to a temporary berth on arrival, poor spot.",
                       "Our berth was still occupied when we arrived, had to wait around."]},
    },
    "fuel": {
        "pos": {"zh": ["加油很快，服务好。", "加油码头的小伙子很麻利。"],
                "en": ["Quick fuel stop, friendly service.", "In and out of the fuel berth in no time."]},
        "neu": {"zh": ["油价偏贵，其他还行。"], "en": ["Fuel is pricey but service is fine."]},
        "neg": {"zh": ["油价比别的码头贵不少。", "加油码头风大的时候很难靠。"],
                "en": ["Fuel prices are well above the marina down the coast.",
                       "Fuel berth is hard to get onto in a crosswind."]},
    },
    "lost_lead": _same(["价格太贵了，最后选了别家。", "合同条款太复杂。", "离家太远了，还是算了。", "还在考虑中，明年再说。"],
                       ["Too expensive, went elsewhere.", "Contract terms were too complicated.",
                        "Marina is too far from home for us.", "Still deciding, maybe next season."]),
    "exit": _same(["服务越来越差，不想续了。", "找到了离家更近的码头。", "卖船了，所以不续约了，谢谢这几年的照顾。",
                   "性价比不高，打算换个地方。"],
                  ["Service has gone downhill, not renewing.", "Found a marina closer to home.",
                   "Sold the boat, so no need for a berth. Thanks for the years.", "Not good value any more."]),
    "ticket_billing": _same(["账单上有一笔费用看不懂，请解释一下。", "这个月的账单金额不对，麻烦核对。", "想把付款方式改成自动扣款。"],
                            ["Can you explain a line on my invoice?", "This month's bill looks wrong, please check.",
                             "I'd like to change my payment method."]),
    "ticket_noise": _same(["邻船半夜开派对，太吵了。", "早上五点就有船开发电机，吵得睡不着。"],
                          ["Neighbouring boat partying till 2am.", "Generator running next door from 5am."]),
    "ticket_parking": _same(["停车位太少，周末根本停不下。", "停车证过期了，怎么续？"],
                            ["Parking is impossible at weekends.", "My parking permit expired, how do I renew it?"]),
    "ticket_neighbour": _same(["邻船的缆绳绑到我们的系缆桩上了。", "隔壁的船靠得太近，碰到我们的护舷了。"],
                              ["Next boat's lines are on our cleats again.",
                               "Neighbouring boat moored too close, rubbing our fenders."]),
    "ticket_facilities": _same(["浮码头入口的垃圾桶满了没人清理。", "洗衣房的烘干机坏了。", "浮码头有块踏板松了，很危险。"],
                               ["Bins at the pontoon gate are overflowing.", "Dryer in the laundry is broken.",
                                "Loose board on the pontoon, trip hazard."]),
}


def render(topic, lang, ctx):
    if topic == "generic":
        pool = GENERIC_AT.get(ctx.get("at"), GENERIC)[ctx.get("tone", "pos")][lang]
    else:
        pool = TEXTS[topic][lang]
    s = pool[rng.integers(len(pool))]
    return s.format(x=ctx.get("x", "材料费" if lang == "zh" else "antifouling paint"),
                    job=ctx.get("job", "保养" if lang == "zh" else "service"), p=ctx.get("p", 18),
                    m=ctx.get("m", 45), pontoon=ctx.get("pontoon", "C"), cls=ctx.get("cls", "L"),
                    n=ctx.get("n", 7), loa=ctx.get("loa", 18))


def fb(c, ts, channel, topic, lang, tp=None, rating=None, nps=None, sentiment=None, **kw):
    if ts is not None and (ts < START or ts > END):
        return
    ctx = kw.pop("ctx", {})
    city = kw.pop("city", "")
    if c:
        city = c["city"]
    text = render(topic, lang, ctx)
    fid = nid("F", 5)
    row = dict(feedback_id=fid, text=text, ts=tfmt(ts) if ts else "", customer_id=c["customer_id"] if c else "",
               touchpoint_id=tp or "", channel=channel, rating=rating if rating is not None else "",
               nps=nps if nps is not None else "", language=lang, city=city, **kw)
    feedback.append(row)
    if sentiment is None:
        sentiment = {"pos": "positive", "neu": "neutral", "neg": "negative"}[ctx.get("tone", "neg")] \
            if topic == "generic" else ("positive" if topic == "dock_staff" else "negative")
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=sentiment))


def lang_of(c):
    return c["preferred_language"]


def stars(tone):
    if tone == "pos":
        return int(pick([4, 5], [0.35, 0.65]))
    if tone == "neu":
        return int(pick([3, 4], [0.7, 0.3]))
    return int(pick([1, 2, 3], [0.45, 0.45, 0.10]))


def tone_draw(p_pos=0.6, p_neu=0.25):
    u = rng.random()
    return "pos" if u < p_pos else "neu" if u < p_pos + p_neu else "neg"


# ---------------- customers ----------------
def make_customer(city, source, signup):
    zh_city = not CITIES[city][7]
    btype = pick(list(BOATS), [b[2] if zh_city else b[1] for b in BOATS.values()])
    _, _, _, mu, sd, lo, hi = BOATS[btype]
    loa = float(np.clip(rng.normal(mu, sd), lo, hi))
    if zh_city:
        lang = "zh"
    else:
        lang = "zh" if rng.random() < (0.12 if city in ("Vancouver", "Sydney") else 0.04) else "en"
    cid = f"C{len(customers) + 1:05d}"
    c = dict(customer_id=cid, signup_at=tfmt(signup), segment="lead", region=CITIES[city][1], 区域=CITIES[city][2],
             city=city, 城市=CITIES[city][0], acquisition_channel=source, 获客渠道=SOURCES[source][0],
             tier="club_member" if rng.random() < (0.18 if source == "yacht_club" else 0.10) else "standard",
             boat_type=btype, 船型=BOATS[btype][0], loa_m=round(loa, 1), berth_class=berth_class(loa),
             owner_type=pick(["private", "charter_operator", "company"], [0.86, 0.09, 0.05]),
             preferred_language=lang, contracts=0, departure_at="")
    customers.append(c)
    return c


# ---------------- berth holding life ----------------
def hold(c, contract, start, legacy=False):
    """a berth holder from `start` (arrival) until departure or the end of the data."""
    city, cls = c["city"], c["berth_class"]
    c["_holder"] = True
    season = CITIES[city][9]
    lang = lang_of(c)
    fee = contract["monthly_fee_usd"]
    term = contract["term"]
    pay = contract["payment_method"]
    pontoon = contract["berth_no"][0]
    depart_at, depart_reason = None, None
    anniversary = add_months(start, 12) if term == "annual" else None
    renew_ts = at_hour(anniversary - D(days=int(rng.integers(30, 46))), 9, 18) if anniversary else None
    # month loop
    cur = datetime(start.year, start.month, 1)
    first = True
    while cur <= END:
        mstart = cur
        mend = add_months(cur, 1)
        if depart_at is not None and mstart >= depart_at:
            break
        # ---- renewal of annual contracts (decided 30-45 days before the anniversary)
        while term == "annual" and renew_ts is not None and renew_ts < mend and depart_at is None:
            if renew_ts > END:
                renew_ts = None
                break
            if renew_ts < START:                     # renewed before the data starts
                anniversary = add_months(anniversary, 12)
                renew_ts = at_hour(anniversary - D(days=int(rng.integers(30, 46))), 9, 18)
                continue
            rts = renew_ts
            in26 = rts >= PRICE_RISE
            p_renew = 0.70 if in26 else 0.87
            if c["owner_type"] == "charter_operator":
                p_renew += 0.05
            if city == "Sanya":
                p_renew -= 0.08
            rise = 8.0 if in26 else 3.0
            newfee = round(fee * (1 + rise / 100), 2)
            ok = rng.random() < p_renew
            ev(c, rts, "tp_renewal", "renewed" if ok else "declined", channel="email",
               contract_id=contract["contract_id"], term=term, price_change_pct=rise, monthly_fee_usd=fee,
               new_monthly_fee_usd=newfee)
            if ok:
                fee = newfee
                anniversary = add_months(anniversary, 12)
                renew_ts = at_hour(anniversary - D(days=int(rng.integers(30, 46))), 9, 18)
                if in26 and rng.random() < 0.10:
                    fb(c, rts + D(days=int(rng.integers(1, 20))), "renewal_survey", "price_rise", lang,
                       tp="tp_renewal", rating=int(pick([1, 2, 3], [0.3, 0.5, 0.2])), ctx=dict(p=8))
            else:
                renew_ts = None
                depart_at = at_hour(anniversary - D(days=int(rng.integers(0, 5))), 8, 17)
                depart_reason = pick(["price", "sold_boat", "moved_marina", "relocating", "service"],
                                     [0.48, 0.18, 0.20, 0.08, 0.06] if in26 else
                                     [0.16, 0.36, 0.18, 0.18, 0.12])
                if rng.random() < 0.5:
                    topic = "price_rise" if depart_reason == "price" and in26 and rng.random() < 0.8 else "generic"
                    fb(c, rts + D(days=int(rng.integers(1, 10))), "exit_survey", topic, lang, tp="tp_renewal",
                       rating=int(pick([1, 2, 3], [0.3, 0.45, 0.25])), ctx=dict(p=8, tone="neg", at="exit"))
        # ---- monthly term departures
        if term == "monthly" and depart_at is None and not first and mstart >= START:
            h = 0.03
            if city == "Sanya" and cur.month in (4, 5):
                h = 0.35
            if rng.random() < h:
                depart_at = at_hour(mstart + D(days=int(rng.integers(3, 27))), 8, 17)
                depart_reason = "seasonal_move" if city == "Sanya" and cur.month in (4, 5) else pick(
                    ["sold_boat", "relocating", "price", "moved_marina", "service"],
                    [0.30, 0.22, 0.22 if mstart >= PRICE_RISE else 0.16, 0.16, 0.10])
        # ---- berth fee billing: on arrival for the first month, then on the 1st
        bill_day = at_hour(start, 10, 17) if first else mstart + D(hours=int(rng.integers(2, 6)),
                                                                   minutes=int(rng.integers(0, 60)))
        if mstart >= START - D(days=1) and bill_day <= END and not (depart_at is not None and bill_day > depart_at):
            bm = f"{cur.year}-{cur.month:02d}"
            pf = PAY_FAIL[pay]
            attempts, paid = 0, False
            for k, delay in enumerate((0, 5, 10), 1):
                ts = bill_day + D(days=delay)
                if ts > END:
                    break
                attempts = k
                okp = rng.random() >= (pf if k == 1 else 0.35)
                e = ev(c, ts, "tp_berth_fee", "paid" if okp else "failed", channel="other",
                       contract_id=contract["contract_id"], billing_month=bm, attempt_no=k, amount_usd=fee,
                       payment_method=pay, decline_code="" if okp else pick(DECLINE[pay]))
                if okp:
                    paid = True
                    break
                if k == 1 and rng.random() < 0.12:
                    fb(c, ts + D(days=int(rng.integers(0, 3)), hours=5), "ticket", "payment_failed", lang,
                       tp="tp_berth_fee", ctx={})
            if attempts:
                st = "paid" if paid else ("failed" if attempts == 3 else "pending")
                if st != "pending":
                    if paid and rng.random() < 0.004:
                        st = "refunded"
                    order(c, bill_day, "berth_fee", "泊位月费", fee, st, contract_id=contract["contract_id"],
                          billing_month=bm, berth_class=cls, payment_method=pay, attempts=attempts)
        first = False
        # ---- fuel dock
        active_from = max(mstart, start)
        active_to = min(mend, END, depart_at or END)
        frac = max(0.0, (active_to - active_from).total_seconds() / (mend - mstart).total_seconds())
        lam = {"motor_yacht": 1.5, "sportfisher": 1.3, "catamaran": 0.5, "sailboat": 0.25}[c["boat_type"]]
        lam *= 0.55 * USE_SEASON[season][cur.month - 1] * frac
        for _ in range(rng.poisson(lam)):
            day = active_from + D(seconds=float(rng.random() * max(1, (active_to - active_from).total_seconds())))
            ts = at_hour(day, 7, 18)
            weekend = ts.weekday() >= 5
            wait = rng.exponential(9 if weekend else 5)
            if city == "Sydney" and SYD_PEAK[0] <= ts < SYD_PEAK[1]:
                wait = rng.normal(48 if weekend else 30, 10)
            wait = int(max(0, round(wait)))
            if rng.random() < 0.03:
                ev(c, ts, "tp_fuel_dock", "turned_away", channel="other", turned_away_reason=pick(
                    ["closed_weather", "out_of_fuel", "closed_maintenance"], [0.5, 0.3, 0.2]), wait_minutes=wait)
                continue
            ftype = "petrol" if c["boat_type"] == "sportfisher" and rng.random() < 0.6 else "diesel"
            litres = int(np.clip(rng.normal({"motor_yacht": 420, "sportfisher": 180, "catamaran": 140,
                                             "sailboat": 60}[c["boat_type"]] * (c["loa_m"] / 12), 40), 20, 3000))
            price = (1.55 if ftype == "diesel" else 1.70) * {"Sydney": 1.0, "Auckland": 1.05, "Southampton": 1.15,
                                                              "Vancouver": 1.0, "Sanya": 0.95, "Xiamen": 0.95,
                                                              "Qingdao": 0.92, "Shenzhen": 0.97}[city]
            ev(c, ts, "tp_fuel_dock", "fueled", channel="other", fuel_type=ftype,
               油品="柴油" if ftype == "diesel" else "汽油", litres=litres, wait_minutes=wait,
               payment_method=pay if pay != "bank_transfer" else "card")
            order(c, ts + D(minutes=wait + 12), "fuel", "燃油", litres * price, fuel_type=ftype, litres=litres,
                  payment_method=pay if pay != "bank_transfer" else "card")
            if wait >= 25 and rng.random() < 0.12:
                fb(c, ts + D(hours=int(rng.integers(1, 30))), "service_survey", "queue", lang, tp="tp_fuel_dock",
                   rating=int(pick([1, 2, 3], [0.35, 0.45, 0.2])), ctx=dict(m=wait))
            elif rng.random() < 0.012:
                tone = tone_draw(0.65, 0.25)
                topic = "dock_staff" if tone == "pos" and rng.random() < 0.3 else "generic"
                fb(c, ts + D(hours=int(rng.integers(1, 30))), "service_survey", topic, lang, tp="tp_fuel_dock",
                   rating=stars(tone), ctx=dict(tone=tone, at="fuel"))
        # ---- pump-out
        if c["boat_type"] != "sportfisher" or c["loa_m"] > 10:
            lam = 0.22 * USE_SEASON[season][cur.month - 1] * frac
            for _ in range(rng.poisson(lam)):
                day = active_from + D(seconds=float(rng.random() * max(1, (active_to - active_from).total_seconds())))
                ts = at_hour(day, 8, 17)
                p_oos = 0.05 + {"Xiamen": 0.13, "Qingdao": 0.05}.get(city, 0.0)
                oos = rng.random() < p_oos
                method = pick(["station", "pumpout_boat"], [0.8, 0.2])
                ev(c, ts, "tp_pumpout", "out_of_service" if oos else "completed", channel="other",
                   pumpout_method=method, 抽污方式="固定泵站" if method == "station" else "抽污船上门")
                if not oos and term == "monthly":
                    order(c, ts + D(minutes=20), "pump_out", "抽污服务", 22.0 * CITIES[city][5] ** 0.5,
                          contract_id=contract["contract_id"])
                if oos and rng.random() < 0.30:
                    chan = pick(["service_survey", "ticket"])
                    fb(c, ts + D(hours=int(rng.integers(1, 40))), chan, "pumpout", lang, tp="tp_pumpout",
                       rating=int(pick([1, 2], [0.5, 0.5])) if chan == "service_survey" else None, ctx={})
        # ---- office tickets
        lam = 0.035 * frac
        for _ in range(rng.poisson(lam)):
            day = active_from + D(seconds=float(rng.random() * max(1, (active_to - active_from).total_seconds())))
            ts = at_hour(day, 8, 20)
            cat = pick(list(TICKETS), [v[1] for v in TICKETS.values()])
            hours = round(float(rng.lognormal(np.log(TICKETS[cat][2]), 0.7)), 1)
            contact = pick(["phone", "walk_in", "app", "email", "wechat"],
                           [0.3, 0.2, 0.3, 0.2, 0.0] if lang == "en" else [0.25, 0.15, 0.1, 0.05, 0.45])
            tno = nid("T", 5)
            ev(c, ts, "tp_office", "ticket", channel="phone" if contact == "phone" else "other",
               device=pick(["ios", "android"]) if contact == "app" else "", ticket_no=tno, ticket_category=cat,
               问题类别=TICKETS[cat][0], contact_channel=contact, resolution_hours=hours)
            topic = {"security": "security", "electricity": "shore_power", "wifi": "wifi"}.get(cat)
            if cat == "facilities":
                topic = "shower" if rng.random() < 0.6 else None
            if topic is None:
                fb(c, ts, "ticket", "generic", lang, tp="tp_office", ticket_no=tno, ticket_category=cat,
                   ctx=dict(tone="neg" if rng.random() < 0.7 else "neu", at="ticket_" + cat))
            else:
                fb(c, ts, "ticket", topic, lang, tp="" if topic in ("shower", "wifi") else "tp_office",
                   ticket_no=tno, ticket_category=cat, ctx=dict(pontoon=pontoon))
        cur = mend
    # ---- haul-outs and repairs (one a year in the city's season while berthed)
    for year in (2025, 2026):
        if rng.random() > 0.78:
            continue
        m = int(pick(list(range(1, 13)), HAUL_SEASON[season]))
        day = datetime(year, m, int(rng.integers(1, calendar.monthrange(year, m)[1] + 1)))
        ts = at_hour(day, 7, 15)
        if ts < start + D(days=20) or ts > END or (depart_at is not None and ts > depart_at - D(days=10)):
            continue
        haulout(c, contract, ts, lang)
    # in-water repair jobs
    t = start + D(days=int(rng.integers(10, 120)))
    while t <= END and (depart_at is None or t < depart_at):
        jt = pick(["engine_service", "electrical", "canvas", "rigging", "gelcoat_repair"],
                  [0.4, 0.25, 0.15, 0.12 if c["boat_type"] in ("sailboat", "catamaran") else 0.0, 0.08])
        repair(c, contract, at_hour(t, 8, 16), jt, lang)
        t += D(days=int(rng.exponential(420)) + 60)
    # ---- departure
    if depart_at is not None and depart_at <= END:
        ev(c, depart_at, "tp_departure", "departed", channel="other", contract_id=contract["contract_id"],
           departure_reason=depart_reason, 离港原因=DEPART[depart_reason],
           notice_days=int(rng.integers(30, 60)) if term == "annual" else int(rng.integers(3, 30)))
        c["segment"] = "departed"
    else:
        c["segment"] = "berth_holder"
    c["departure_at"] = tfmt(depart_at) if depart_at is not None and depart_at <= END else ""


def haulout(c, contract, ts, lang):
    city = c["city"]
    down = city == "Southampton" and LIFT_DOWN[0] <= ts < LIFT_DOWN[1]
    weight = round(c["loa_m"] ** 2.3 * (0.045 if c["boat_type"] == "sailboat" else 0.06), 1)
    htype = "travel_lift" if weight < 70 else "crane"
    if c["boat_type"] == "sportfisher" and rng.random() < 0.3:
        htype = "slipway"
    tries = 0
    while True:
        tries += 1
        if down and htype == "travel_lift":
            p_r, reasons, rp = 0.78, ["lift_breakdown", "weather"], [0.93, 0.07]
        else:
            p_r, reasons, rp = 0.06, ["weather", "yard_full", "customer_request"], [0.45, 0.3, 0.25]
        if tries > 1:
            p_r *= 0.4
        if rng.random() < p_r:
            reason = pick(reasons, rp)
            ev(c, ts, "tp_haulout", "rescheduled", channel="other", contract_id=contract["contract_id"],
               haulout_type=htype, boat_weight_t=weight, reschedule_reason=reason, 改期原因=RESCHED_ZH[reason])
            if reason == "lift_breakdown" and rng.random() < 0.5:
                chan = pick(["ticket", "service_survey"])
                fb(c, ts + D(days=int(rng.integers(0, 5)), hours=3), chan, "lift", lang, tp="tp_haulout",
                   rating=int(pick([1, 2], [0.6, 0.4])) if chan == "service_survey" else None, ctx={})
            ts = at_hour(ts + D(days=int(rng.integers(8, 26) if reason == "lift_breakdown" else rng.integers(3, 12))),
                         7, 15)
            down = city == "Southampton" and LIFT_DOWN[0] <= ts < LIFT_DOWN[1]
            if ts > END:
                return
            continue
        break
    days = int(rng.integers(2, 15))
    ev(c, ts, "tp_haulout", "completed", channel="other", contract_id=contract["contract_id"], haulout_type=htype,
       boat_weight_t=weight, hardstand_days=days)
    fee = c["loa_m"] * 22 * CITIES[city][5] ** 0.5 + days * c["loa_m"] * 2.2
    order(c, ts, "haul_out", "上排吊船", fee, contract_id=contract["contract_id"], berth_class=c["berth_class"])
    if rng.random() < 0.04:
        fb(c, ts + D(days=days + 1), "service_survey", "extra_charge", lang, tp="tp_haulout",
           rating=int(pick([1, 2])), ctx=dict(job="上排" if lang == "zh" else "haul-out", p=15))
    jobs = ["antifouling"] if rng.random() < 0.85 else []
    if rng.random() < 0.22:
        jobs.append("gelcoat_repair")
    if c["boat_type"] in ("motor_yacht", "sportfisher") and rng.random() < 0.3:
        jobs.append("engine_service")
    if c["boat_type"] in ("sailboat", "catamaran") and rng.random() < 0.25:
        jobs.append("rigging")
    for j in jobs:
        repair(c, contract, at_hour(ts + D(days=int(rng.integers(1, min(days, 8) + 1))), 8, 16), j, lang)


def repair(c, contract, ts, jt, lang):
    if ts > END:
        return
    zh, (qlo, qhi), p_over, p_late = JOBS[jt]
    quoted = float(rng.uniform(qlo, qhi)) * (c["loa_m"] / 12) ** 0.6 * CITIES[c["city"]][5] ** 0.5
    jid = nid("J", 5)
    if rng.random() < 0.04:
        ev(c, ts, "tp_repair", "cancelled", channel="other", contract_id=contract["contract_id"], job_id=jid,
           job_type=jt, 维修项目=zh, quoted_usd=round(quoted, 2))
        return
    over = rng.random() < p_over
    invoiced = quoted * (rng.uniform(1.12, 1.55) if over else rng.uniform(0.92, 1.06))
    late = rng.random() < p_late
    days_late = int(rng.integers(2, 15)) if late else 0
    close = ts + D(days=int(rng.integers(1, 8)) + days_late, hours=int(rng.integers(0, 4)))
    if close > END:
        return
    contractor = pick(["in_house", "contractor"], [0.65, 0.35])
    ev(c, close, "tp_repair", "completed", channel="other", contract_id=contract["contract_id"], job_id=jid,
       job_type=jt, 维修项目=zh, quoted_usd=round(quoted, 2), invoiced_usd=round(invoiced, 2), days_late=days_late,
       yard_team=contractor)
    order(c, close, "repair", "维修", invoiced, contract_id=contract["contract_id"], job_id=jid, job_type=jt,
          维修项目=zh, quoted_usd=round(quoted, 2))
    jname = zh if lang == "zh" else jt.replace("_", " ")
    if over and rng.random() < 0.36:
        fb(c, close + D(days=int(rng.integers(0, 6)), hours=2), "repair_survey", "extra_charge", lang, tp="tp_repair",
           rating=int(pick([1, 2, 3], [0.4, 0.45, 0.15])), job_type=jt,
           ctx=dict(job=jname, p=int(round((invoiced / quoted - 1) * 100)),
                    x="配件费" if lang == "zh" else "parts"))
    elif rng.random() < 0.07:
        tone = "neg" if late and rng.random() < 0.7 else tone_draw(0.6, 0.3)
        fb(c, close + D(days=int(rng.integers(0, 6)), hours=2), "repair_survey", "generic", lang, tp="tp_repair",
           rating=stars(tone), job_type=jt, ctx=dict(tone=tone, at="repair"))


def sign_and_arrive(c, t_contract, quote):
    city, cls = c["city"], c["berth_class"]
    en = CITIES[city][7]
    meths, w = PAY_EN if en else PAY_ZH
    pay = pick(meths, w)
    cid = nid("K", 5)
    pontoon = pick(list("ABCDEFG"))
    contract = dict(contract_id=cid, term=quote["term"], monthly_fee_usd=quote["fee"], payment_method=pay,
                    berth_no=f"{pontoon}-{int(rng.integers(1, 60)):02d}")
    lead_days = int(rng.integers(3, 35))
    if city == "Sanya" and t_contract.month in (8, 9, 10):
        lead_days = int(rng.integers(20, 44))         # owners bring boats south for the winter season
    start = at_hour(t_contract + D(days=lead_days), 8, 17)
    ev(c, t_contract, "tp_contract", "signed", channel="other", contract_id=cid, term=quote["term"],
       berth_class=cls, berth_no=contract["berth_no"], monthly_fee_usd=quote["fee"], payment_method=pay,
       start_date=start.strftime("%Y-%m-%d"))
    c["contracts"] += 1
    cancelled = rng.random() < 0.05
    order(c, t_contract, "berth_contract", "泊位合同", ADMIN_FEE[cls] * CITIES[city][5] ** 0.5,
          "cancelled" if cancelled else "paid", contract_id=cid, berth_class=cls, term=quote["term"],
          payment_method=pay)
    if cancelled or start > END:
        c["segment"] = "signed_not_arrived" if not cancelled else "cancelled"
        return
    reassigned = rng.random() < (0.05 + (0.10 if city == "Shenzhen" else 0))
    assisted = "yes" if rng.random() < 0.55 else "no"
    ev(c, start, "tp_arrival", "reassigned" if reassigned else "arrived", channel="other", contract_id=cid,
       berth_no=contract["berth_no"], days_from_contract=lead_days, assisted_berthing=assisted,
       delivery_skipper="yes" if rng.random() < 0.15 else "no")
    lang = lang_of(c)
    if rng.random() < 0.42:
        if reassigned:
            tone, topic = "neg", "generic"
        else:
            tone = tone_draw(0.72, 0.18)
            topic = "dock_staff" if tone == "pos" and rng.random() < (0.55 if assisted == "yes" else 0.2) else \
                "generic"
        fb(c, start + D(days=int(rng.integers(1, 8)), hours=3), "arrival_survey", topic, lang, tp="tp_arrival",
           rating=stars(tone) if topic != "dock_staff" else int(pick([4, 5], [0.15, 0.85])),
           ctx=dict(tone=tone, at="arrival"))
    hold(c, contract, start)


def lead(c, t0, source, show=None):
    city = c["city"]
    lang = lang_of(c)
    en = CITIES[city][7]
    cls = c["berth_class"]
    if source == "boat_show":
        ev(c, t0, "tp_boat_show", "lead_captured", channel="other", show_name=show,
           展会=SHOW_NAMES_ZH.get(show, show), boat_type=c["boat_type"], loa_m=c["loa_m"])
        key = "show"
    else:
        ch, src = SOURCES[source][1], SOURCES[source][2]
        dev = pick(["pc", "ios", "android"], [0.5, 0.35, 0.15] if en else [0.2, 0.45, 0.35])
        if src in ("phone",):
            dev = ""
        if src == "mini_program":
            dev = pick(["ios", "android"], [0.5, 0.5])
        ev(c, t0, "tp_web_enquiry", "submitted", channel=ch, device=dev, session_id=nid("S", 6) if dev else "",
           enquiry_source=src, 咨询来源=SRC_ZH[src],
           listing_site=pick(LISTING_EN if en else LISTING_ZH) if src == "marketplace" else "",
           boat_type=c["boat_type"], loa_m=c["loa_m"], requested_term=pick(["annual", "monthly"], [0.65, 0.35]))
        key = src
    p_av, p_q, p_k = STEP_P[key]
    if rng.random() >= p_av:
        return
    t = t0 + (D(days=int(rng.integers(2, 21))) if key == "show" else D(hours=int(rng.integers(2, 96))))
    t = at_hour(t, 9, 18)
    if t > END:
        return
    pw = min(0.88, WAIT_P[cls] * {"Shenzhen": 2.1, "Sydney": 1.5}.get(city, 1.0))
    u = rng.random()
    if u < 0.03:
        ev(c, t, "tp_availability", "no_fit", channel="phone", berth_class=cls, loa_m=c["loa_m"])
        return
    if u < 0.03 + pw:
        pos = int(rng.integers(1, 25))
        ev(c, t, "tp_availability", "waitlisted", channel="phone", berth_class=cls, loa_m=c["loa_m"],
           waitlist_position=pos)
        c["segment"] = "waitlist"
        if rng.random() < 0.10:
            fb(c, t + D(days=int(rng.integers(20, 90))), "lost_lead_survey", "waitlist", lang, tp="tp_availability",
               rating=int(pick([1, 2, 3], [0.3, 0.4, 0.3])), ctx=dict(cls=cls, n=pos, loa=int(c["loa_m"])))
        if rng.random() < 0.22:                      # a berth came free later
            t = at_hour(t + D(days=int(rng.integers(25, 140))), 9, 18)
            ev(c, t, "tp_availability", "available", channel="phone", berth_class=cls, loa_m=c["loa_m"],
               from_waitlist="yes")
        else:
            return
    else:
        ev(c, t, "tp_availability", "available", channel="phone", berth_class=cls, loa_m=c["loa_m"])
    if rng.random() >= p_q:
        return
    slow = rng.random() < (0.35 if key == "show" else 0.12)
    t = at_hour(t + (D(days=int(rng.integers(5, 13))) if slow else D(hours=int(rng.integers(1, 60)))), 9, 18)
    term = pick(["annual", "monthly"], [0.7, 0.3])
    fee = BASE_FEE[cls] * CITIES[city][5] * (1.2 if term == "monthly" else 1.0) * float(rng.uniform(0.95, 1.05))
    if c["loa_m"] >= 20:
        fee *= c["loa_m"] / 21
    disc = 10 if key == "show" and rng.random() < 0.6 else 0
    fee = round(fee * (1 - disc / 100), 2)
    if t > END:
        return
    ev(c, t, "tp_quote", "sent", channel="email" if en else pick(["email", "wechat"], [0.3, 0.7]),
       quote_id=nid("Q", 5), berth_class=cls, term=term, quoted_monthly_usd=fee, discount_pct=disc,
       sales_rep=pick(["rep_a", "rep_b", "rep_c"]))
    p_k_eff = p_k * (0.65 if slow else 1.0)
    if rng.random() >= p_k_eff:
        if rng.random() < 0.08:
            topic = "slow_reply" if slow and rng.random() < 0.8 else "generic"
            fb(c, t + D(days=int(rng.integers(15, 60))), "lost_lead_survey", topic, lang, tp="tp_quote",
               rating=int(pick([1, 2, 3], [0.3, 0.4, 0.3])), ctx=dict(tone="neg", at="lost_lead"))
        return
    tk = at_hour(t + D(days=int(rng.integers(1, 40 if key == "show" else 22))), 9, 18)
    if tk > END:
        return
    c["segment"] = "signed"
    sign_and_arrive(c, tk, dict(term=term, fee=fee))


def month_weights(city):
    season = CITIES[city][9]
    return np.array([ENQ_SEASON[season][m - 1] for (_, m) in MONTHS])


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    # ---- legacy berth holders (contract before 2025)
    for _ in range(N_LEGACY):
        city = pick(CITY_NAMES, [v[6] for v in CITIES.values()])
        en = CITIES[city][7]
        src = pick(list(SOURCES), [v[3] if en else v[4] for v in SOURCES.values()])
        signed = datetime(2023, 1, 1) + D(days=int(rng.integers(0, 700)))
        c = make_customer(city, src, at_hour(signed - D(days=int(rng.integers(5, 60))), 8, 20))
        c["contracts"] = 1
        meths, w = PAY_EN if en else PAY_ZH
        cls = c["berth_class"]
        term = pick(["annual", "monthly"], [0.8, 0.2])
        fee = round(BASE_FEE[cls] * CITIES[city][5] * (1.2 if term == "monthly" else 1.0)
                    * float(rng.uniform(0.93, 1.0)) * (c["loa_m"] / 21 if c["loa_m"] >= 20 else 1.0), 2)
        start = at_hour(signed + D(days=int(rng.integers(3, 30))), 8, 17)
        if term == "annual":      # roll the anniversary forward to the last one before 2025
            while add_months(start, 12) < START:
                start = add_months(start, 12)
        contract = dict(contract_id=nid("K", 5), term=term, monthly_fee_usd=fee, payment_method=pick(meths, w),
                        berth_no=f"{pick(list('ABCDEFG'))}-{int(rng.integers(1, 60)):02d}")
        hold(c, contract, start, legacy=True)
    # ---- leads 2025-01 .. 2026-07
    n_show_total = 0
    for _ in range(N_LEADS):
        city = pick(CITY_NAMES, [v[6] for v in CITIES.values()])
        en = CITIES[city][7]
        src = pick(list(SOURCES), [v[3] if en else v[4] for v in SOURCES.values()])
        show = None
        if src == "boat_show":
            name, sm, sd, ndays = CITIES[city][8]
            years = [y for y in (2025, 2026) if datetime(y, sm, sd) <= END]
            y = int(pick(years))
            day = datetime(y, sm, sd) + D(days=int(rng.integers(0, ndays)))
            if day > END:
                day = datetime(y, sm, sd)
            t0 = at_hour(day, 10, 18)
            show = name
            n_show_total += 1
        else:
            w = month_weights(city)
            y, m = MONTHS[int(rng.choice(len(MONTHS), p=w / w.sum()))]
            day = datetime(y, m, int(rng.integers(1, calendar.monthrange(y, m)[1] + 1)))
            t0 = at_hour(day, 7, 23)
        c = make_customer(city, src, t0)
        lead(c, t0, src, show)
    # ---- general feedback: NPS waves, reviews, social, comment cards
    holders = [c for c in customers if c.get("_holder")]
    arrival_of = {}
    for e in events:
        if e["touchpoint_id"] == "tp_arrival":
            arrival_of[e["customer_id"]] = e["ts"]
    for wave, wday in (("2025-03", datetime(2025, 3, 3)), ("2025-09", datetime(2025, 9, 1)),
                       ("2026-03", datetime(2026, 3, 2))):
        for c in holders:
            arr = arrival_of.get(c["customer_id"], "2024-12-31")
            if arr > tfmt(wday) or (c["departure_at"] and c["departure_at"] < tfmt(wday)):
                continue
            if rng.random() > 0.16:
                continue
            ts = at_hour(wday + D(days=int(rng.integers(0, 14))), 7, 22)
            base = 8.0 if wave != "2026-03" else 6.7
            if c["city"] == "Southampton" and wave == "2026-03":
                base -= 0.3
            nps = int(np.clip(round(rng.normal(base, 2.0)), 0, 10))
            lang = lang_of(c)
            if wave == "2026-03" and nps <= 6 and rng.random() < 0.55:
                topic, tp, tone = "price_rise", "tp_renewal", "neg"
            else:
                tone = "pos" if nps >= 9 else "neu" if nps >= 7 else "neg"
                u = rng.random()
                topic = "generic"
                if tone == "neg" and u < 0.45:
                    topic = pick(["shower", "wifi", "security", "shore_power"])
                elif tone == "pos" and u < 0.25:
                    topic = "dock_staff"
                tp = "tp_arrival" if topic == "dock_staff" else ""
            fb(c, ts, "nps_survey", topic, lang, tp=tp, nps=nps, survey_wave=wave,
               ctx=dict(tone=tone, p=8, pontoon=pick(list("ABCDEFG"))))
    # public reviews (Google Maps / 大众点评), social posts, undated comment cards
    for i in range(320):
        city = pick(CITY_NAMES, [v[6] for v in CITIES.values()])
        en = CITIES[city][7]
        lang = "en" if en and rng.random() > 0.08 else "zh"
        c = pick(holders) if rng.random() < 0.5 else None
        if c is not None:
            city, lang = c["city"], lang_of(c)
            en = CITIES[city][7]
        ts = START + D(seconds=float(rng.random() * (END - START).total_seconds()))
        tone = tone_draw(0.55, 0.2)
        topic = "generic"
        u = rng.random()
        if tone == "pos" and u < 0.35:
            topic = "dock_staff"
        elif tone == "neg" and u < 0.6:
            topic = pick(["shower", "wifi", "security", "queue", "extra_charge", "pumpout"])
        tp = {"dock_staff": "tp_arrival", "queue": "tp_fuel_dock", "extra_charge": "tp_repair",
              "pumpout": "tp_pumpout"}.get(topic, "")
        if topic == "queue" and city != "Sydney":
            topic, tp = "generic", ""
        fb(c, ts, "google_review" if en else "dianping", topic, lang, tp=tp, rating=stars(tone),
           platform="Google Maps" if en else "大众点评", city=city, ctx=dict(tone=tone, m=40))
    for i in range(220):
        city = pick(CITY_NAMES, [v[6] for v in CITIES.values()])
        en = CITIES[city][7]
        lang = "en" if en and rng.random() > 0.1 else "zh"
        undated = rng.random() < 0.2
        ts = None if undated else START + D(seconds=float(rng.random() * (END - START).total_seconds()))
        tone = tone_draw(0.45, 0.2)
        topic = "generic"
        if tone == "neg" and rng.random() < 0.5:
            topic = pick(["price_rise", "security", "waitlist", "extra_charge"])
        if tone == "pos" and rng.random() < 0.3:
            topic = "dock_staff"
        tp = {"dock_staff": "tp_arrival", "price_rise": "tp_renewal", "waitlist": "tp_availability",
              "extra_charge": "tp_repair"}.get(topic, "")
        fb(None, ts, "social", topic, lang, tp=tp, platform=pick(["Facebook group", "Instagram", "Reddit"])
           if lang == "en" else pick(["小红书", "微信朋友圈", "抖音"]), city=city, ctx=dict(tone=tone, p=8))
    for i in range(130):
        c = pick(holders)
        lang = lang_of(c)
        tone = tone_draw(0.45, 0.25)
        topic = "generic"
        if tone == "neg" and rng.random() < 0.6:
            topic = pick(["shower", "wifi", "security", "shore_power"])
        if tone == "pos" and rng.random() < 0.3:
            topic = "dock_staff"
        fb(c if rng.random() < 0.4 else None, None, "comment_card", topic, lang,
           tp="tp_office" if topic in ("security", "shore_power") else ("tp_arrival" if topic == "dock_staff" else ""),
           rating=stars(tone), city=c["city"], ctx=dict(tone=tone))
    # ---- exact re-sent duplicates of berth-fee events
    bills = [i for i, e in enumerate(events) if e["touchpoint_id"] == "tp_berth_fee"]
    for i in rng.choice(bills, 36, replace=False):
        events.append(dict(events[int(i)]))
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    for i, o in enumerate(orders, 1):                 # order ids follow time
        o["order_id"] = f"O{i:06d}"
    feedback.sort(key=lambda f: (f["ts"] or "9999", f["feedback_id"]))

    # ---- sanity: markers match topics exactly
    for f, t in zip(sorted(feedback, key=lambda r: r["feedback_id"]), sorted(truth, key=lambda r: r["feedback_id"])):
        low = f["text"].lower()
        hits = {k for k, ws in TOPIC_MARKERS.items() if any(w.lower() in low for w in ws)}
        want = set() if t["topic"] == "generic" else {t["topic"]}
        assert hits == want, (f["text"], hits, want)

    # ---- customers: segment at the end
    for c in customers:
        if c["contracts"] == 0 and c["segment"] not in ("waitlist",):
            c["segment"] = "lead"
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jrows)
    write(out / "customers.csv", customers)
    write(out / "events.csv", events)
    write(out / "orders.csv", orders)
    write(out / "feedback.csv", feedback)
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", truth)
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


def write(path: Path, rows: list[dict]) -> None:
    cols: list[str] = []
    for r in rows:
        for k in r:
            if k not in cols and not k.startswith("_"):
                cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow(r)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
