"""幕后光 BackstageLight Event Hire: stage, lighting, sound and LED-screen hire with crews for weddings, corporate events
and concerts, from seven branches — 上海 Shanghai, 北京 Beijing, 深圳 Shenzhen, 杭州 Hangzhou, 成都 Chengdu, 香港 Hong
Kong and 新加坡 Singapore (synthetic, written blind).

Couples, wedding planners, companies, event agencies and concert promoters meet us at a wedding / event fair (婚博会)
or enquire online (在线询价: website form, WeChat mini-program, phone, email, 抖音 / 百度 / Google ads, 小红书 /
Instagram). A production manager visits or video-walks the venue (场地勘察), sales sends a proposal and quote (方案报价),
the customer pays a 30 % deposit (支付定金) — or cancels later (取消预订) —, operations assigns a crew (派工排班), the
crew loads in and sets up (进场搭建: on time or late), rehearses (彩排调试), runs the show (演出执行: smooth or with an
incident, each incident its own row 现场故障), loads out (撤场: on time or over the venue curfew, charged as overtime),
the warehouse checks the kit back in (设备清点定损: clear or charged for damage / loss, later disputed), finance sends the
final invoice (尾款结算), the customer reviews the event (活动评价), calls customer service (客服热线) and books again
(再次预订).

Data 2025-01-01 .. 2026-05-31 (extract taken early June 2026). Times are naive local times of each branch.
Money (orders.amount) is CNY, the group's reporting currency; currency + amount_local keep what was invoiced locally
(CNY, HKD, SGD).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic, sentiment of each comment; not a DATA.md table).
Deterministic (seed 20261017), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261017
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 5, 31, 23, 59, 59)
LED_BAD = (datetime(2025, 9, 1), datetime(2026, 1, 1))          # a bad batch of LED modules (P3.9 "B2") in the pool
PEAK_CLASH = (datetime(2025, 10, 1), datetime(2025, 11, 1))     # golden-week wedding peak: crews double-booked
EXP = (datetime(2025, 9, 1), datetime(2026, 2, 28, 23, 59))     # A/B test: 3-D render in the quote
N_LEADS = 8200
N_LEGACY = 550

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_fair", "婚博会/展会", "Wedding & event fair", "awareness", "other", "physical", "marketing",
     "婚博会|展会|婚嫁展|展位|fair|wedding fair|wedding expo|event expo|booth lead"),
    ("tp_enquiry", "在线询价", "Enquiry", "awareness", "web", "digital", "sales",
     "询价|咨询|留资|询单|问价|enquiry|inquiry|lead|quote request|web form"),
    ("tp_site_visit", "场地勘察", "Site visit", "consideration", "other", "physical", "production",
     "勘场|踩点|看场地|勘察|场勘|site visit|recce|venue walk-through|venue visit|survey"),
    ("tp_quote", "方案报价", "Proposal & quote", "consideration", "email", "digital", "sales",
     "报价|方案|报价单|出方案|proposal|quote|quotation|estimate|pitch"),
    ("tp_deposit", "支付定金", "Deposit paid", "purchase", "web", "digital", "finance",
     "定金|订金|下定|锁档|付定|deposit|booking confirmed|booked|lock the date"),
    ("tp_cancel", "取消预订", "Booking cancelled", "purchase", "phone", "digital", "sales",
     "取消|退订|撤单|cancel|cancellation|called off|booking cancelled"),
    ("tp_crew_assign", "派工排班", "Crew assignment", "purchase", "other", "digital", "operations",
     "派工|排班|排档|安排人员|crew assignment|crew booking|rostering|crew call"),
    ("tp_load_in", "进场搭建", "Load-in & setup", "service", "other", "physical", "crew",
     "进场|搭建|装台|布场|load-in|load in|setup|set-up|get-in|rig"),
    ("tp_rehearsal", "彩排调试", "Tech rehearsal", "service", "other", "physical", "crew",
     "彩排|调试|走台|试音|rehearsal|tech run|soundcheck|line check"),
    ("tp_show_day", "演出执行", "Show day", "service", "other", "physical", "crew",
     "演出|现场执行|活动当天|正日子|show|show day|event day|the gig|on the day"),
    ("tp_incident", "现场故障", "Show-day incident", "service", "other", "physical", "crew",
     "故障|事故|掉链子|黑屏|断电|incident|failure|breakdown|outage|technical fault"),
    ("tp_load_out", "撤场", "Load-out", "service", "other", "physical", "crew",
     "撤场|拆台|收场|装车|load-out|load out|get-out|strike|de-rig"),
    ("tp_damage_check", "设备清点定损", "Kit check-in & damage", "service", "other", "physical", "warehouse",
     "清点|定损|赔偿|丢失|损坏|回库|check-in|damage|loss|missing kit|warehouse check"),
    ("tp_final_invoice", "尾款结算", "Final invoice", "service", "email", "digital", "finance",
     "尾款|结算|发票|账单|对账|final invoice|invoice|balance|bill|settlement"),
    ("tp_support", "客服热线", "Customer service", "service", "phone", "digital", "customer_service",
     "客服|热线|投诉|工单|售后|customer service|hotline|complaint|ticket|support"),
    ("tp_review", "活动评价", "Post-event review", "loyalty", "mini_program", "digital", "customer_service",
     "评价|回访|满意度|打分|review|feedback survey|rating|post-event survey"),
    ("tp_rebook", "再次预订", "Repeat booking", "loyalty", "phone", "digital", "account_mgmt",
     "复购|返单|再次下单|老客户|回头客|repeat booking|rebook|repeat order|returning client"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("enquiry_to_deposit", "询价到定金", "Enquiry to deposit",
     ["tp_enquiry", "tp_site_visit", "tp_quote", "tp_deposit"], 30),
    ("fair_to_deposit", "展会线索到定金", "Fair lead to deposit", ["tp_fair", "tp_quote", "tp_deposit"], 45),
    ("booking_to_show", "定金到演出", "Booking to show",
     ["tp_deposit", "tp_crew_assign", "tp_load_in", "tp_show_day"], 240),
    ("show_to_settlement", "演出到结算", "Show to settlement",
     ["tp_show_day", "tp_load_out", "tp_damage_check", "tp_final_invoice"], 14),
    ("repeat_booking", "复购下定", "Repeat booking to deposit", ["tp_rebook", "tp_quote", "tp_deposit"], 21),
]

# branch: zh, region, region_zh, currency, CNY per local unit, price multiplier, lead share, English share
BRANCHES = {
    "Shanghai": ("上海", "East China", "华东", "CNY", 1.0, 1.15, 0.26, 0.14),
    "Beijing": ("北京", "North China", "华北", "CNY", 1.0, 1.05, 0.18, 0.09),
    "Shenzhen": ("深圳", "South China", "华南", "CNY", 1.0, 1.00, 0.15, 0.09),
    "Hangzhou": ("杭州", "East China", "华东", "CNY", 1.0, 0.95, 0.12, 0.04),
    "Chengdu": ("成都", "Southwest China", "西南", "CNY", 1.0, 0.85, 0.12, 0.03),
    "Hong Kong": ("香港", "Hong Kong", "香港", "HKD", 0.92, 1.35, 0.11, 0.55),
    "Singapore": ("新加坡", "Southeast Asia", "东南亚", "SGD", 5.35, 1.45, 0.08, 0.85),
}
BRANCH_NAMES = list(BRANCHES)
MAINLAND = {"Shanghai", "Beijing", "Shenzhen", "Hangzhou", "Chengdu"}
MONTHS = [(2025, m) for m in range(1, 13)] + [(2026, m) for m in range(1, 6)]
EVENT_TYPES = {  # zh, lead share mainland, lead share HK/SG, month weights of enquiries
    "wedding": ("婚礼", 0.50, 0.30, [0.9, 0.7, 1.3, 1.3, 1.2, 1.0, 1.1, 1.2, 1.3, 1.0, 0.8, 0.9]),
    "corporate": ("企业活动", 0.38, 0.52, [0.9, 0.7, 1.1, 1.1, 1.0, 0.9, 0.8, 0.9, 1.2, 1.4, 1.6, 1.2]),
    "concert": ("演唱会/音乐节", 0.12, 0.18, [0.6, 0.6, 0.9, 1.2, 1.3, 1.3, 1.2, 1.0, 0.9, 0.8, 0.7, 0.6]),
}
SUBTYPES = {
    "wedding": {"wedding_ceremony": ("婚礼仪式", 0.7), "wedding_banquet": ("婚宴", 0.3)},
    "corporate": {"annual_party": ("年会", 0.35), "product_launch": ("发布会", 0.25), "conference": ("会议论坛", 0.30),
                  "brand_activation": ("品牌快闪", 0.10)},
    "concert": {"concert": ("演唱会", 0.45), "music_festival": ("音乐节", 0.25), "livehouse_show": ("Livehouse演出", 0.30)},
}
CTYPES = {  # type: zh, event type, share within it, rebook prob after a show
    "couple": ("新人", "wedding", 0.70, 0.02),
    "wedding_planner": ("婚庆公司", "wedding", 0.30, 0.55),
    "corporate": ("企业客户", "corporate", 0.60, 0.35),
    "event_agency": ("活动公司", "corporate", 0.40, 0.55),
    "promoter": ("演出商", "concert", 0.75, 0.45),
    "venue_operator": ("场馆方", "concert", 0.25, 0.40),
}
SOURCES = {  # acquisition channel: zh, enquiry events.channel, weights wedding / corporate / concert (mainland)
    "xiaohongshu": ("小红书", "social", (0.30, 0.04, 0.06)),
    "douyin": ("抖音", "ads", (0.22, 0.07, 0.10)),
    "baidu": ("百度推广", "ads", (0.03, 0.14, 0.06)),
    "website": ("官网", "web", (0.07, 0.22, 0.18)),
    "wechat": ("微信公众号", "mini_program", (0.12, 0.15, 0.10)),
    "referral": ("老客户转介绍", "phone", (0.09, 0.20, 0.32)),
    "venue_partner": ("场地推荐", "phone", (0.06, 0.14, 0.14)),
    "fair": ("婚博会/展会", None, (0.11, 0.04, 0.04)),
    "google": ("谷歌广告", "ads", (0, 0, 0)),
    "instagram": ("Instagram", "social", (0, 0, 0)),
}
# HK / SG: xiaohongshu -> instagram, douyin / baidu -> google, wechat -> website (WhatsApp via web)
# funnel probabilities by enquiry channel: visit | enquiry, quote | visit, deposit | quote
STEP_P = {"web": (0.82, 0.92, 0.37), "mini_program": (0.79, 0.91, 0.35), "phone": (0.90, 0.94, 0.45),
          "email": (0.87, 0.93, 0.41), "social": (0.70, 0.88, 0.26), "ads": (0.38, 0.80, 0.12),
          "fair": (0.0, 0.62, 0.34)}
VENUES = {  # venue type: zh, weights wedding / corporate / concert, curfew overrun probability
    "hotel_ballroom": ("酒店宴会厅", (0.55, 0.40, 0.00), 0.33),
    "outdoor_lawn": ("户外草坪", (0.25, 0.08, 0.10), 0.07),
    "convention_centre": ("会展中心", (0.00, 0.35, 0.12), 0.09),
    "banquet_restaurant": ("宴会餐厅", (0.20, 0.07, 0.00), 0.10),
    "stadium_arena": ("体育场馆", (0.00, 0.02, 0.40), 0.12),
    "livehouse": ("Livehouse", (0.00, 0.08, 0.38), 0.05),
}
PACKAGES = {"basic": "基础套餐", "standard": "标准套餐", "premium": "高级套餐", "custom": "定制方案"}
PRICE = {"wedding": (18000, 0.55), "corporate": (58000, 0.65), "concert": (260000, 0.55)}   # median CNY, sigma
DELAYS = {  # load-in delay reason: zh, weight
    "venue_access": ("场地未开放", 0.30), "traffic": ("交通拥堵", 0.25), "truck_breakdown": ("车辆故障", 0.12),
    "kit_missing": ("设备漏装", 0.15), "crew_double_booked": ("班组撞档", 0.08), "weather": ("天气原因", 0.10)}
INCIDENTS = {  # type: zh, weight, (downtime lo, hi minutes)
    "audio_dropout": ("音频中断", 0.26, (1, 12)), "wireless_interference": ("无线干扰", 0.22, (1, 8)),
    "power_trip": ("电源跳闸", 0.16, (3, 25)), "lighting_console": ("灯控台死机", 0.14, (2, 15)),
    "rigging_issue": ("吊挂问题", 0.07, (5, 40)), "led_wall_failure": ("大屏故障", 0.15, (3, 45))}
ITEMS = {  # kit item: zh, weight outside Beijing, unit charge CNY
    "wireless_mic": ("无线麦克风", 0.16, 2800), "cable": ("线材", 0.30, 260), "moving_head": ("摇头灯", 0.16, 6800),
    "led_module": ("LED模组", 0.14, 3500), "truss": ("桁架", 0.12, 1800), "flight_case": ("航空箱", 0.12, 900)}
TICKETS = {  # category: zh, weight, median resolution hours
    "invoice_query": ("发票账单", 0.24, 20), "schedule_change": ("档期变更", 0.20, 8),
    "equipment_question": ("设备咨询", 0.18, 4), "overtime_dispute": ("超时费争议", 0.08, 48),
    "damage_dispute": ("赔偿争议", 0.09, 60), "refund_request": ("退款申请", 0.11, 36),
    "crew_complaint": ("现场投诉", 0.10, 24)}
CANCEL = {"date_change": "改期", "budget_cut": "预算调整", "venue_inhouse_av": "场地自带设备", "event_cancelled": "活动取消",
          "competitor": "选了别家"}
ORDER_ZH = {"deposit": "定金", "balance": "尾款", "add_on": "加项", "overtime": "超时费", "damage_charge": "损坏赔偿",
            "loss_charge": "丢失赔偿"}
WAVES = [("2025-06", datetime(2025, 6, 9)), ("2025-12", datetime(2025, 12, 8)), ("2026-05", datetime(2026, 5, 11))]
CREW_LEADS = {b: [f"{b[:2].upper()}-CL{i}" for i in range(1, 7)] for b in BRANCHES}
SALES = {b: [f"{b[:2].upper()}-S{i}" for i in range(1, 6)] for b in BRANCHES}

events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
customers: list[dict] = []
experiments: list[dict] = []
jobs: list[dict] = []
_n: dict[str, int] = {}


def nid(kind, width):
    _n[kind] = _n.get(kind, 0) + 1
    return f"{kind}{_n[kind]:0{width}d}"


def pick(items, p=None):
    if p is None:
        return items[int(rng.integers(len(items)))]
    cum = np.cumsum(np.asarray(p, float))
    return items[min(int(np.searchsorted(cum, rng.random() * cum[-1], side="right")), len(items) - 1)]


def tfmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def dfmt(t):
    return t.strftime("%Y-%m-%d")


def at(day, lo=9, hi=19):
    return datetime(day.year, day.month, day.day) + D(minutes=int(rng.integers(lo * 60, hi * 60)))


def later(t, lo, hi, hlo=9, hhi=19):
    """a time lo..hi days after t, in hlo..hhi o'clock, never before t."""
    x = at(t + D(days=int(rng.integers(lo, hi + 1))), hlo, hhi)
    return x if x > t else t + D(minutes=int(rng.integers(20, 300)))


def device_for(channel):
    if channel in ("web", "ads", "social"):
        return pick(["ios", "android", "pc"], [0.45, 0.30, 0.25] if channel != "web" else [0.25, 0.2, 0.55])
    if channel == "mini_program":
        return pick(["ios", "android"], [0.55, 0.45])
    return ""


def ev(c, ts, tp, action, job=None, channel="", **kw):
    if ts < START or ts > END:
        return None
    b = c["city"]
    row = dict(customer_id=c["customer_id"], ts=tfmt(ts), touchpoint_id=tp, event_id=nid("E", 7), action=action,
               channel=channel, device=device_for(channel) if channel else "",
               session_id=nid("S", 7) if channel in ("web", "ads", "social", "mini_program") else "",
               branch=b, 门店=BRANCHES[b][0])
    if job is not None:
        row.update(job_id=job["job_id"], event_type=job["event_type"], 活动类型=EVENT_TYPES[job["event_type"]][0])
    row.update(kw)
    row["crm_sync_batch"] = f"SYNC{ts.strftime('%y%W')}-{int(rng.integers(1, 4))}"
    row["record_version"] = int(pick([1, 2, 3], [0.8, 0.15, 0.05]))
    events.append(row)
    return row


def order(c, ts, kind, cny, status="paid", job=None, **kw):
    if ts < START or ts > END:
        return None
    b = c["city"]
    row = dict(order_id="", customer_id=c["customer_id"], ts=tfmt(ts), amount=round(cny, 2), status=status,
               order_type=kind, 订单类型=ORDER_ZH[kind], branch=b, 门店=BRANCHES[b][0], currency=BRANCHES[b][3],
               amount_local=round(cny / BRANCHES[b][4], 2))
    if job is not None:
        row.update(job_id=job["job_id"], event_type=job["event_type"], 活动类型=EVENT_TYPES[job["event_type"]][0])
    row.update(kw)
    orders.append(row)
    return row


# ---------------- feedback text ----------------
TOPIC_MARKERS = {
    "overtime_charge": ["超时费", "overtime charge"], "led_failure": ["大屏黑屏", "screen went black"],
    "late_load_in": ["进场晚了", "late for load-in"], "crew_praise": ["技术团队很专业", "crew were brilliant"],
    "mic_issue": ["话筒没声", "mic cut out"], "deposit_refund": ["定金不退", "deposit refund"],
    "damage_fee": ["赔偿费", "damage fee"], "price_high": ["报价太贵", "too pricey"],
    "slow_reply": ["回复太慢", "slow to reply"], "sound_praise": ["音效很棒", "sound was amazing"],
}
POSITIVE_TOPICS = {"crew_praise", "sound_praise"}
TEXTS = {
    "overtime_charge": {
        "zh": ["尾款里多了一笔超时费，撤场超了{n}分钟就按两小时收，太狠了。", "超时费事先没人说过，酒店催撤场又不是我们能控制的。",
               "账单上的超时费和现场签字的时间对不上，请核实。", "婚礼结束才十一点多，怎么还有超时费？要求退还。",
               "超时费按整小时收不合理，我们只超了一点点。"],
        "en": ["The final invoice has an overtime charge for {n} minutes past curfew, billed as two full hours.",
               "Nobody told us about an overtime charge until the invoice arrived.",
               "Disputing the overtime charge, the hotel kept us waiting for the service lift.",
               "Overtime charge again. The crew started packing late, that's not our fault.",
               "An overtime charge rounded up to whole hours feels like a cash grab."],
    },
    "led_failure": {
        "zh": ["开场没多久大屏黑屏了{n}分钟，嘉宾都在看。", "发布会最关键的时候大屏黑屏，老板脸都绿了。", "演出中途大屏黑屏两次，观众一直在拍视频吐槽。",
               "走红毯时大屏黑屏，视频只能停了。", "大屏黑屏以后技术员找了半天备用模组。"],
        "en": ["The LED screen went black for {n} minutes during the keynote.",
               "Halfway through the set the screen went black and the crowd booed.",
               "Our launch video stopped when the screen went black, really embarrassing.",
               "The screen went black twice during the first dance video.",
               "Screen went black right at the countdown. Not acceptable for a show this size."],
    },
    "late_load_in": {
        "zh": ["团队进场晚了{n}个小时，彩排被压缩得很厉害。", "说好早上七点到，结果进场晚了，酒店差点不让搭。", "进场晚了，婚礼仪式的灯光都没调好。",
               "国庆那天进场晚了，师傅说前一场还没撤完。", "又是进场晚了，我们的流程全乱了。"],
        "en": ["The crew were late for load-in by {n} hours and we lost the rehearsal.",
               "Team was late for load-in and the venue nearly refused access.",
               "Late for load-in on our wedding day, lighting was still being focused when guests arrived.",
               "Crew late for load-in because they were finishing another job.",
               "Second time the team was late for load-in. The run sheet went out the window."],
    },
    "crew_praise": {
        "zh": ["技术团队很专业，临时改流程也配合得很好。", "现场技术团队很专业，灯光效果超出预期。", "技术团队很专业，撤场也很干净。",
               "技术团队很专业，新娘入场那段灯光太美了。"],
        "en": ["The crew were brilliant, calm and quick when we changed the running order.",
               "Lighting looked stunning and the crew were brilliant with the venue staff.",
               "The crew were brilliant from load-in to load-out.",
               "Honestly the crew were brilliant, the stage looked twice the price."],
    },
    "mic_issue": {
        "zh": ["致辞的时候话筒没声了，换了两个才好。", "证婚人讲话话筒没声，好尴尬。", "主持人的话筒没声好几次，还有杂音。",
               "颁奖环节话筒没声，后排完全听不见。"],
        "en": ["The mic cut out during the speeches, twice.", "Our MC's mic cut out and there was a lot of hiss.",
               "The best man's mic cut out halfway through his toast.",
               "Mic cut out during the award presentations, people at the back heard nothing."],
    },
    "deposit_refund": {
        "zh": ["活动取消了定金不退，合同里的条款太霸道。", "提前五十天通知取消，还是定金不退，不能接受。", "改期都不行，直接定金不退，体验很差。",
               "定金不退也要给个说法，至少抵扣下次吧。"],
        "en": ["We cancelled {n} days out and were told there's no deposit refund.",
               "Still waiting on the deposit refund you promised two weeks ago.",
               "No deposit refund even though we moved the date, not a rescheduling, a move.",
               "The deposit refund policy was buried in the small print."],
    },
    "damage_fee": {
        "zh": ["撤场后收到赔偿费通知，说少了{n}个无线话筒，我们根本没碰过。", "赔偿费没有照片也没有清单，怎么认？", "线材磨损也要收赔偿费，太离谱了。",
               "赔偿费比买新的还贵，要求重新核定。"],
        "en": ["Got a damage fee for {n} missing radio mics with no photos.", "The damage fee for a scuffed flight case is ridiculous.",
               "A damage fee a week after the event with no evidence. Not paying it.",
               "Your damage fee costs more than a new unit."],
    },
    "price_high": {
        "zh": ["报价太贵了，同样的配置别家便宜两成。", "报价太贵，婚礼预算撑不住。", "方案不错，但报价太贵，领导没批。"],
        "en": ["Lovely proposal but too pricey for our budget.", "Too pricey compared to the venue's in-house AV.",
               "The quote was too pricey, went with a smaller local company."],
    },
    "slow_reply": {
        "zh": ["留言两天了，回复太慢。", "客服回复太慢，档期都被别人订走了。", "改个方案来回好几天，回复太慢。"],
        "en": ["Sales were slow to reply, we booked someone else.", "Very slow to reply on WhatsApp.",
               "Support was slow to reply about our invoice."],
    },
    "sound_praise": {
        "zh": ["音效很棒，宾客都说像在听现场演唱会。", "音效很棒，乐队老师也很满意。", "整体音效很棒，致辞清清楚楚。"],
        "en": ["The sound was amazing, every word of the vows was clear.", "Sound was amazing, the band were really happy.",
               "Our CEO said the sound was amazing, best conference audio we've had."],
    },
}
GENERIC = {
    "show": {
        "pos": {"zh": ["整体很满意，下次活动还找你们。", "舞台效果很好，照片出片率很高。", "流程顺利，沟通也很顺畅。",
                       "灯光氛围很到位，宾客都夸了。"],
                "en": ["Very happy overall, will book again.", "The stage looked great in the photos.",
                       "Smooth evening, communication was easy.", "Lighting set the mood perfectly, guests loved it."]},
        "neu": {"zh": ["还行，中规中矩。", "效果一般，跟效果图有点差距。", "整体可以，细节还能再提升。"],
                "en": ["It was fine.", "Decent, a bit different from the render.", "OK overall, details could be better."]},
        "neg": {"zh": ["现场执行人员态度一般。", "搭建太吵，影响了隔壁会场。", "舞台地毯有污渍，显得很旧。"],
                "en": ["Crew attitude on site was a bit off.", "Setup was noisy and disturbed the room next door.",
                       "Stage carpet was stained and looked tired."]},
    },
    "general": {
        "pos": {"zh": ["合作好几年了，一直很靠谱。", "项目经理很负责，随叫随到。", "设备新，灯光效果一流。", "会推荐给朋友。"],
                "en": ["Worked with them for years, always reliable.", "Project manager was on top of everything.",
                       "Kit is new and the lighting is top notch.", "Would recommend to friends."]},
        "neu": {"zh": ["服务一般，价格还算合理。", "还可以，有进步空间。"],
                "en": ["Average service, fair prices.", "OK, room for improvement."]},
        "neg": {"zh": ["沟通效率低，一件事要说好几遍。", "合同条款太复杂。", "对接人换了三次，很混乱。"],
                "en": ["Communication is poor, have to chase everything.", "Contract terms are hard to follow.",
                       "Our contact changed three times, very confusing."]},
    },
    "lost": {
        "neu": {"zh": ["活动延期了，暂时不需要。", "场地自带音响灯光，就不另外租了。", "最后用了长期合作的供应商。"],
                "en": ["Event postponed, no longer needed.", "The venue's in-house AV was included.",
                       "Went with our usual supplier in the end."]},
    },
    "call": {
        "neu": {"zh": ["要开增值税专用发票。", "想把活动日期往后挪一周。", "咨询追光灯能不能加两台。", "问一下彩排能不能提前一天。",
                       "需要设备清单给场地报备。"],
                "en": ["Needs a VAT invoice with the company name.", "Wants to move the event back a week.",
                       "Asking if we can add two follow spots.", "Can the rehearsal move to the day before?",
                       "Needs the equipment list for the venue's approval."]},
        "neg": {"zh": ["账单金额和合同对不上，请核对。", "现场说好的加项没有体现在单据上。"],
                "en": ["Invoice doesn't match the contract, please check.", "The add-on agreed on site isn't on the paperwork."]},
    },
    "fair": {
        "pos": {"zh": ["展位的灯光秀很震撼。", "现场顾问讲解很详细。"],
                "en": ["Great light show on the stand.", "The consultant on the stand was really helpful."]},
        "neu": {"zh": ["拿了资料，回去再商量。", "展位人太多了。"],
                "en": ["Picked up a brochure, will be in touch.", "Busy stand, hard to talk to anyone."]},
    },
    "sheet": {
        "pos": {"zh": ["收场干净，签字确认。", "设备齐全，配合到位。"],
                "en": ["Site left clean, signed off.", "All good, thanks team."]},
        "neu": {"zh": ["按清单验收。", "无异议。"], "en": ["Checked against the list.", "No comments."]},
    },
}


def render(topic, lang, ctx):
    if topic == "generic":
        g = GENERIC[ctx.get("at", "general")]
        tone = ctx.get("tone", "pos")
        pool = (g.get(tone) or g[next(iter(g))])[lang]
    else:
        pool = TEXTS[topic][lang]
    return pool[rng.integers(len(pool))].format(n=ctx.get("n", 3))


def fb(c, ts, channel, topic, lang, tp=None, rating=None, nps=None, job=None, **kw):
    if ts is not None and (ts < START or ts > END):
        return
    ctx = kw.pop("ctx", {})
    branch = c["city"] if c else kw.pop("branch", "")
    kw.pop("branch", None)
    fid = nid("F", 5)
    row = dict(feedback_id=fid, text=render(topic, lang, ctx), ts=tfmt(ts) if ts else "",
               customer_id=c["customer_id"] if c else "", touchpoint_id=tp or "", channel=channel,
               rating=rating if rating is not None else "", nps=nps if nps is not None else "", language=lang,
               branch=branch, job_id=job["job_id"] if job else "", event_type=job["event_type"] if job else "", **kw)
    feedback.append(row)
    if topic == "generic":
        sent = {"pos": "positive", "neu": "neutral", "neg": "negative"}[ctx.get("tone", "neu")]
    else:
        sent = "positive" if topic in POSITIVE_TOPICS else "negative"
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))


def stars(tone):
    if tone == "pos":
        return int(pick([4, 5], [0.35, 0.65]))
    if tone == "neu":
        return int(pick([3, 4], [0.7, 0.3]))
    return int(pick([1, 2, 3], [0.4, 0.45, 0.15]))


def tone_draw(p_pos=0.6, p_neu=0.25):
    u = rng.random()
    return "pos" if u < p_pos else "neu" if u < p_pos + p_neu else "neg"


def lang_of(c):
    return c["preferred_language"]


# ---------------- customers ----------------
def make_customer(branch, source, signup, ctype):
    en_share = BRANCHES[branch][7]
    if ctype in ("corporate", "event_agency") and branch in MAINLAND:
        en_share *= 2
    lang = "en" if rng.random() < en_share else "zh"
    tier = "standard"
    if ctype in ("corporate", "event_agency", "promoter", "wedding_planner", "venue_operator"):
        tier = pick(["standard", "silver", "gold"], [0.55, 0.30, 0.15])
    cid = f"C{len(customers) + 1:05d}"
    c = dict(customer_id=cid, signup_at=tfmt(signup), segment="lead", region=BRANCHES[branch][1],
             区域=BRANCHES[branch][2], city=branch, 城市=BRANCHES[branch][0], acquisition_channel=source,
             获客渠道=SOURCES[source][0], tier=tier, customer_type=ctype, 客户类型=CTYPES[ctype][0],
             preferred_language=lang, sales_owner=pick(SALES[branch]),
             wechat_bound="yes" if branch in MAINLAND and rng.random() < 0.8 else "no",
             marketing_opt_in="yes" if rng.random() < 0.55 else "no", bookings=0, _quoted=False, _legacy=False)
    customers.append(c)
    return c


def draw_ctype(et):
    opts = [k for k, v in CTYPES.items() if v[1] == et]
    return pick(opts, [CTYPES[k][2] for k in opts])


def draw_source(branch, et):
    k = list(EVENT_TYPES).index(et)
    names = list(SOURCES)
    w = np.array([SOURCES[s][2][k] for s in names], float)
    if branch not in MAINLAND:
        i = {s: j for j, s in enumerate(names)}
        w[i["instagram"]] += w[i["xiaohongshu"]]
        w[i["google"]] += w[i["douyin"]] + w[i["baidu"]]
        w[i["website"]] += w[i["wechat"]]
        for s in ("xiaohongshu", "douyin", "baidu", "wechat"):
            w[i[s]] = 0
    return pick(names, w)


def enquiry_channel(src, ctype):
    ch = SOURCES[src][1]
    if src == "website" and ctype in ("corporate", "event_agency") and rng.random() < 0.35:
        ch = "email"
    if src == "referral" and rng.random() < 0.35:
        ch = "mini_program"
    if src == "venue_partner" and rng.random() < 0.4:
        ch = "email"
    return ch


def new_job(c, et, t0, legacy=False):
    b = c["city"]
    sub = pick(list(SUBTYPES[et]), [v[1] for v in SUBTYPES[et].values()])
    k = list(EVENT_TYPES).index(et)
    venue = pick(list(VENUES), [v[1][k] for v in VENUES.values()])
    if et == "wedding":
        lead = int(rng.integers(45, 260))
    elif et == "corporate":
        lead = int(rng.integers(21, 110))
        if sub == "annual_party":
            lead = int(rng.integers(30, 75))
    else:
        lead = int(rng.integers(40, 200))
    show = t0 + D(days=lead)
    if et == "wedding":   # weddings on weekends
        while show.weekday() < 5 and rng.random() < 0.85:
            show += D(days=1)
    led = rng.random() < {"wedding": 0.35, "corporate": 0.62, "concert": 0.88}[et]
    guests = {"wedding": (60, 450), "corporate": (50, 1500), "concert": (300, 20000)}[et]
    median, sig = PRICE[et]
    value = float(np.clip(rng.lognormal(math.log(median), sig), median * 0.25, median * 5)) * BRANCHES[b][5]
    if led:
        value *= 1.25
    pkg = "custom" if et == "concert" or value > 150000 else pick(["basic", "standard", "premium"], [0.3, 0.5, 0.2])
    crew = {"wedding": (3, 7), "corporate": (4, 13), "concert": (10, 41)}[et]
    return dict(job_id=nid("J", 5), c=c, event_type=et, subtype=sub, venue=venue, show=show, led=led,
                guests=int(rng.integers(*guests)), value=round(value, -2), package=pkg,
                crew_size=int(rng.integers(*crew)), legacy=legacy)


def job_cols(job):
    return dict(event_subtype=job["subtype"], venue_type=job["venue"], 场地类型=VENUES[job["venue"]][0],
                show_date=dfmt(job["show"]), led_wall="yes" if job["led"] else "no")


# ---------------- the sales funnel ----------------
def quote(c, tq, job, p_dep, first=""):
    """send a quote; maybe a deposit follows (then the job runs). Returns True if booked."""
    b = c["city"]
    c["_quoted"] = True
    qid = nid("Q", 6)
    variant = ""
    if EXP[0] <= tq <= EXP[1] and not c.get("_exp_variant"):
        variant = pick(["control", "render_3d"])
        c["_exp_variant"] = variant
        experiments.append(dict(experiment_id="quote_3d_render", variant=variant, customer_id=c["customer_id"],
                                assigned_at=tfmt(tq), branch=b))
    elif c.get("_exp_variant") and EXP[0] <= tq <= EXP[1]:
        variant = c["_exp_variant"]
    if variant == "render_3d":
        p_dep = min(0.95, p_dep * 1.38)
    disc = int(pick([0, 5, 8, 10], [0.6, 0.2, 0.1, 0.1])) if job["event_type"] != "wedding" or first == "fair" else \
        int(pick([0, 5], [0.8, 0.2]))
    if first == "fair":
        disc = max(disc, 8)
    job["value"] = round(job["value"] * (1 - disc / 100), -2)
    ev(c, tq, "tp_quote", "sent", job, channel=pick(["email", "mini_program"], [0.5, 0.5]) if b in MAINLAND
       else "email", quote_id=qid, quote_amount_cny=job["value"], package=job["package"],
       套餐=PACKAGES[job["package"]], discount_pct=disc, revisions=int(pick([0, 1, 2, 3], [0.45, 0.3, 0.17, 0.08])),
       render_3d="yes" if variant == "render_3d" else "no", salesperson=c["sales_owner"],
       guest_count=job["guests"], **job_cols(job))
    if rng.random() > p_dep:
        if rng.random() < 0.2:   # lost-quote survey
            u = rng.random()
            if u < 0.36:
                topic, tp = "price_high", "tp_quote"
            elif u < 0.50:
                topic, tp = "slow_reply", "tp_quote"
            else:
                topic, tp = "generic", "tp_quote"
            fb(c, later(tq, 12, 30), "lost_quote_survey", topic, lang_of(c), tp=tp, job=job,
               ctx=dict(at="lost", tone="neu"))
        return False
    # deposit: usually within three weeks of the quote, sometimes much later
    gap = int(rng.integers(1, 19)) if rng.random() < 0.88 else int(rng.integers(20, 45))
    td = at(tq + D(days=gap), 9, 23)
    if td >= job["show"] - D(days=7):
        td = job["show"] - D(days=int(rng.integers(7, 12)))
        if td <= tq:
            td = tq + D(hours=6)
    book(c, td, job, qid)
    return True


def book(c, td, job, qid):
    b = c["city"]
    dep = round(job["value"] * 0.3, 2)
    ch = "mini_program" if b in MAINLAND and rng.random() < 0.5 else pick(["web", "email"], [0.4, 0.6])
    ev(c, td, "tp_deposit", "paid", job, channel=ch, quote_id=qid, deposit_cny=dep, deposit_pct=30,
       payment_method=pick(["wechat_pay", "alipay", "bank_transfer"], [0.45, 0.2, 0.35]) if b in MAINLAND
       else pick(["card", "bank_transfer", "fps_paynow"], [0.4, 0.4, 0.2]), **job_cols(job))
    job["t_dep"] = td
    job["deposit"] = dep
    c["bookings"] += 1
    jobs.append(job)
    p_cancel = {"wedding": 0.085, "corporate": 0.06, "concert": 0.05}[job["event_type"]]
    days_out = (job["show"] - td).days
    if rng.random() < p_cancel and days_out > 10:
        tc = later(td, 3, max(4, days_out - 5))
        if tc >= job["show"]:
            tc = job["show"] - D(days=3)
        notice = (job["show"] - tc).days
        refunded = notice >= 60
        reason = pick(list(CANCEL), [0.18, 0.42, 0.12, 0.16, 0.12])
        ev(c, tc, "tp_cancel", "cancelled", job, channel=pick(["phone", "mini_program" if b in MAINLAND else "email"]),
           cancel_reason=reason, 取消原因=CANCEL[reason], days_before_show=notice,
           deposit_refunded="yes" if refunded else "no")
        order(c, td, "deposit", dep, "refunded" if refunded else "paid", job, payment_terms="deposit_30pct",
              cancelled_at=tfmt(tc))
        job["cancelled"] = True
        if not refunded and rng.random() < 0.5:
            fb(c, later(tc, 0, 6), pick(["call_note", "email", "social_post"], [0.4, 0.3, 0.3]), "deposit_refund",
               lang_of(c), tp=pick(["tp_deposit", "tp_cancel"], [0.6, 0.4]), job=job, ctx=dict(n=notice))
        return
    order(c, td, "deposit", dep, "paid", job, payment_terms="deposit_30pct")
    run_job(job)


# ---------------- a job's life ----------------
def run_job(job):
    c = job["c"]
    b = c["city"]
    et = job["event_type"]
    lang = lang_of(c)
    show = job["show"]
    # ---- add-ons between deposit and show
    if rng.random() < 0.3:
        ta = later(job["t_dep"], 3, max(4, (show - job["t_dep"]).days - 2))
        if ta < show:
            amt = job["value"] * float(rng.uniform(0.05, 0.2))
            order(c, ta, "add_on", amt, "paid", job, add_on_item=pick(["follow_spot", "haze_machine", "extra_moving_heads",
                                                                        "led_dance_floor", "extra_wireless_mics",
                                                                        "live_stream_kit"]))
            job["addon"] = round(amt, 2)
    # ---- crew assignment
    ta = at(show - D(days=int(rng.integers(4, 15))), 10, 18)
    lead = pick(CREW_LEADS[b])
    job["crew_lead"] = lead
    ev(c, ta, "tp_crew_assign", "assigned", job, crew_lead=lead, crew_size=job["crew_size"],
       trucks=1 + job["crew_size"] // 8, **job_cols(job))
    # ---- load-in (concerts the day before)
    day = show - D(days=1) if et == "concert" else show
    call = datetime(day.year, day.month, day.day, int(pick([6, 7, 8, 9], [0.2, 0.4, 0.3, 0.1])), 0)
    pl = 0.07
    clash = PEAK_CLASH[0] <= call < PEAK_CLASH[1]
    if clash:
        pl = {"Shanghai": 0.58, "Hangzhou": 0.28}.get(b, 0.10)
        if et != "wedding" and b in ("Shanghai", "Hangzhou"):
            pl *= 0.75
    late = rng.random() < pl
    mins, reason = 0, ""
    if late:
        if clash and b in ("Shanghai", "Hangzhou") and rng.random() < 0.8:
            reason = "crew_double_booked"
        else:
            reason = pick(list(DELAYS), [v[1] for v in DELAYS.values()])
        mins = int(rng.integers(30, 241))
    t_in = call + D(minutes=mins + int(rng.integers(0, 20)))
    job["late"] = late
    ev(c, t_in, "tp_load_in", "late" if late else "on_time", job, call_time=tfmt(call), minutes_late=mins,
       delay_reason=reason, 延误原因=DELAYS[reason][0] if reason else "", crew_lead=lead, crew_size=job["crew_size"],
       weather=pick(["sunny", "cloudy", "rain"], [0.5, 0.35, 0.15]), **job_cols(job))
    # ---- rehearsal
    if rng.random() < {"wedding": 0.4, "corporate": 0.72, "concert": 1.0}[et]:
        tr = t_in + D(hours=int(rng.integers(3, 7)))
        ev(c, tr, "tp_rehearsal", "done", job, rehearsal_minutes=int(rng.integers(30, 181)) if not late
           else int(rng.integers(15, 61)), crew_lead=lead)
    # ---- show
    start_h = {"wedding": 17, "corporate": int(pick([10, 14, 18], [0.3, 0.3, 0.4])), "concert": 19}[et]
    t_show = datetime(show.year, show.month, show.day, start_h, int(pick([0, 30])))
    p_inc = {"wedding": 0.06, "corporate": 0.07, "concert": 0.10}[et]
    bad_led = job["led"] and LED_BAD[0] <= t_show < LED_BAD[1]
    if bad_led:
        p_inc += 0.24
    incident = rng.random() < p_inc
    incs = []
    if incident:
        if bad_led and rng.random() < 0.85:
            incs.append("led_wall_failure")
        else:
            w = [v[1] for v in INCIDENTS.values()]
            if not job["led"]:
                w[-1] = 0
            incs.append(pick(list(INCIDENTS), w))
        if rng.random() < 0.15:
            incs.append(pick(list(INCIDENTS)[:4]))
    job["incidents"] = incs
    ev(c, t_show, "tp_show_day", "incident" if incs else "smooth", job, audience=job["guests"], crew_lead=lead,
       show_hours=round(float(rng.uniform(2, 5)), 1), **job_cols(job))
    for k, it in enumerate(incs):
        lo, hi = INCIDENTS[it][2]
        down = int(rng.integers(lo, hi + 1))
        sev = "show_stop" if down >= 20 else ("major" if down >= 8 else "minor")
        ev(c, t_show + D(minutes=int(rng.integers(10, 150)) + 5 * k), "tp_incident", "reported", job,
           incident_type=it, 故障类型=INCIDENTS[it][0], severity=sev, downtime_minutes=down, crew_lead=lead,
           led_batch="P3.9-B2" if it == "led_wall_failure" and bad_led else "")
    # ---- load-out (hotel ballrooms: strict midnight curfew)
    end_show = t_show + D(hours=float(rng.uniform(3, 6)))
    p_over = VENUES[job["venue"]][2]
    over = rng.random() < p_over
    over_min = int(rng.integers(20, 181)) if over else 0
    t_out = end_show + D(minutes=int(rng.integers(60, 180)) + over_min)
    ev(c, t_out, "tp_load_out", "overrun" if over else "on_time", job, overrun_minutes=over_min,
       venue_curfew="00:00" if job["venue"] == "hotel_ballroom" else pick(["23:00", "01:00", "02:00"]),
       crew_lead=lead, **job_cols(job))
    overtime_amt = 0.0
    if over and over_min >= 30:
        hours = math.ceil(over_min / 60)
        overtime_amt = hours * 1200 * BRANCHES[b][5] * (1 + job["crew_size"] / 10)
    # ---- paper sign-off sheets at load-out (no date)
    if rng.random() < 0.06:
        tone = tone_draw(0.65, 0.35)
        fb(c, None, "signoff_sheet", "crew_praise" if tone == "pos" and rng.random() < 0.3 else "generic", lang,
           tp="tp_load_out", rating=stars(tone), job=job, ctx=dict(at="sheet", tone=tone))
    # ---- kit check-in at the warehouse
    t_chk = later(t_out, 1, 3, 9, 18)
    p_chg = 0.34 if b == "Beijing" else (0.14 if b == "Hong Kong" else 0.11)
    charged = rng.random() < p_chg
    if charged:
        kind = pick(["loss", "damage", "damage_and_loss"], [0.72, 0.18, 0.10] if b == "Beijing" else [0.25, 0.65, 0.10])
        if b == "Beijing" and kind != "damage":
            item = "wireless_mic" if rng.random() < 0.75 else pick(list(ITEMS))
        else:
            w = [v[1] for v in ITEMS.values()]
            if not job["led"]:
                w[3] = 0
            item = pick(list(ITEMS), w)
        qty = int(pick([1, 2, 3, 4], [0.5, 0.3, 0.15, 0.05]))
        amt = ITEMS[item][2] * qty * (0.5 if kind == "damage" else 1.0) * BRANCHES[b][5]
        ev(c, t_chk, "tp_damage_check", "charged", job, charge_type=kind,
           charge_type_zh={"loss": "丢失", "damage": "损坏", "damage_and_loss": "损坏及丢失"}[kind], item=item,
           物品=ITEMS[item][0], qty=qty, charge_cny=round(amt, 2), photos_attached="yes" if rng.random() < 0.6 else "no",
           checked_by=f"{b[:2].upper()}-WH{int(rng.integers(1, 4))}")
        disputed = rng.random() < 0.25
        waived = disputed and rng.random() < 0.5
        okind = "damage_charge" if kind == "damage" else "loss_charge"
        order(c, t_chk, okind, amt, "refunded" if waived else "paid", job, item=item, qty=qty)
        if disputed:
            ev(c, later(t_chk, 2, 10), "tp_damage_check", "disputed", job, charge_type=kind, item=item,
               物品=ITEMS[item][0], outcome="waived" if waived else "upheld", channel=pick(["email", "phone"]))
        if rng.random() < 0.33:
            fb(c, later(t_chk, 0, 5), pick(["email", "call_note"]), "damage_fee", lang, tp="tp_damage_check", job=job,
               ctx=dict(n=qty))
    else:
        ev(c, t_chk, "tp_damage_check", "clear", job, checked_by=f"{b[:2].upper()}-WH{int(rng.integers(1, 4))}")
    # ---- final invoice
    t_inv = later(t_chk, 0, 3) if rng.random() < 0.88 else later(t_chk, 12, 25)   # finance backlog sometimes
    bal = job["value"] - job["deposit"]
    terms = "on_completion" if c["customer_type"] == "couple" else (
        "net_60" if c["customer_type"] in ("corporate", "event_agency") and rng.random() < 0.6 else "net_30")
    pay_days = {"on_completion": int(rng.integers(0, 8)), "net_30": int(rng.integers(10, 45)),
                "net_60": int(rng.integers(25, 90))}[terms]
    t_paid = t_inv + D(days=pay_days)
    inv = nid("INV", 6)
    ev(c, t_inv, "tp_final_invoice", "invoiced", job, channel="email", invoice_no=inv, balance_cny=round(bal, 2),
       overtime_cny=round(overtime_amt, 2), payment_terms=terms,
       paid_at=tfmt(t_paid) if t_paid <= END else "", days_to_pay=pay_days if t_paid <= END else "")
    order(c, t_inv, "balance", bal, "paid" if t_paid <= END else "unpaid", job, invoice_no=inv, payment_terms=terms,
          paid_at=tfmt(t_paid) if t_paid <= END else "")
    complained_ot = False
    if overtime_amt:
        disputed = rng.random() < 0.3
        order(c, t_inv, "overtime", overtime_amt, "refunded" if disputed and rng.random() < 0.5 else "paid", job,
              invoice_no=inv, overrun_minutes=over_min)
        if rng.random() < 0.48:
            complained_ot = True
            fb(c, later(t_inv, 0, 6), pick(["email", "call_note"], [0.6, 0.4]), "overtime_charge", lang,
               tp="tp_final_invoice" if rng.random() < 0.86 else "tp_load_out", job=job, ctx=dict(n=over_min))
            if rng.random() < 0.5:
                ticket(c, later(t_inv, 0, 4), job, "overtime_dispute")
    job["overtime"] = overtime_amt > 0
    # ---- post-event survey (and the review event)
    if rng.random() < 0.5:
        ts = later(show, 1, 7, 9, 23)
        topic, tp, tone = "generic", "tp_show_day", None
        if "led_wall_failure" in incs and rng.random() < 0.6:
            topic, tp = "led_failure", "tp_show_day"
        elif any(i in ("audio_dropout", "wireless_interference") for i in incs) and rng.random() < 0.5:
            topic, tp = "mic_issue", "tp_show_day"
        elif late and rng.random() < 0.5:
            topic, tp = "late_load_in", "tp_load_in"
        elif overtime_amt and not complained_ot and rng.random() < 0.2:
            topic, tp = "overtime_charge", "tp_final_invoice"
        else:
            tone = tone_draw(0.7, 0.2) if not (incs or late) else tone_draw(0.3, 0.35)
            if tone == "pos" and rng.random() < 0.35:
                topic = pick(["crew_praise", "sound_praise"], [0.6, 0.4])
                tp = "tp_show_day"
        r = stars(tone if topic == "generic" else ("pos" if topic in POSITIVE_TOPICS else "neg"))
        ev(c, ts, "tp_review", "submitted", job, channel="mini_program" if b in MAINLAND else "web", stars=r)
        fb(c, ts, "post_event_survey", topic, lang, tp=tp, rating=r, job=job,
           ctx=dict(at="show", tone=tone or "neu", n=int(rng.integers(2, 12)) if topic != "late_load_in" else
                    max(1, mins // 60)))
    # ---- social posts from couples (小红书 / Instagram)
    if c["customer_type"] == "couple" and rng.random() < 0.12:
        tone = tone_draw(0.55, 0.2)
        topic = "generic"
        if "led_wall_failure" in incs:
            topic, tone = "led_failure", "neg"
        elif tone == "pos" and rng.random() < 0.5:
            topic = pick(["crew_praise", "sound_praise"])
        fb(c, later(show, 1, 20, 9, 23), "social_post", topic, lang, tp="tp_show_day", job=job,
           ctx=dict(at="show", tone=tone, n=5), platform="xiaohongshu" if b in MAINLAND else "instagram")
    # ---- customer service tickets around the job
    for _ in range(int(rng.poisson(0.45))):
        cat = pick(list(TICKETS), [v[1] for v in TICKETS.values()])
        if cat == "overtime_dispute" and not overtime_amt:
            cat = "invoice_query"
        tt = later(job["t_dep"], 1, max(2, (show - job["t_dep"]).days + 20))
        ticket(c, tt, job, cat)
    # ---- repeat bookings
    p_re = CTYPES[c["customer_type"]][3] * (0.6 if incs or late else 1.0)
    if rng.random() < p_re:
        tr = later(show, 20, 150)
        rebook(c, tr)


def ticket(c, tt, job, cat):
    b = c["city"]
    med = TICKETS[cat][2] * (1.8 if b == "Hong Kong" else 1.0)
    hrs = round(float(rng.lognormal(math.log(med), 0.6)), 1)
    ch = pick(["phone", "mini_program" if b in MAINLAND else "email", "email"], [0.55, 0.3, 0.15])
    row = ev(c, tt, "tp_support", "ticket", job, channel=ch, ticket_no=nid("T", 6), ticket_category=cat,
             问题类别=TICKETS[cat][0], resolution_hours=hrs, agent=f"{b[:2].upper()}-CS{int(rng.integers(1, 5))}")
    if row is not None and rng.random() < 0.55:
        topic, tone = "generic", "neu"
        if b == "Hong Kong" and hrs > 30 and rng.random() < 0.6:
            topic = "slow_reply"
        elif cat in ("invoice_query", "crew_complaint") and rng.random() < 0.3:
            tone = "neg"
        fb(c, tt + D(minutes=int(rng.integers(5, 90))), "call_note", topic, lang_of(c), tp="tp_support", job=job,
           ctx=dict(at="call", tone=tone), ticket_category=cat)


def rebook(c, tr):
    if tr > END:
        return
    et = CTYPES[c["customer_type"]][1]
    job = new_job(c, et, tr)
    ev(c, tr, "tp_rebook", "request", job, channel=pick(["phone", "email", "mini_program" if c["city"] in MAINLAND
                                                         else "web"], [0.5, 0.3, 0.2]),
       account_tier=c["tier"], **job_cols(job))
    tq = later(tr, 0, 4)
    quote(c, tq, job, 0.66, first="rebook")


def fair_dates(branch):
    """two wedding / event fairs a year per branch (weekend days)."""
    out = []
    for y, months in ((2025, (3, 9)), (2026, (3,))):
        for m in months:
            d = datetime(y, m, 8 + BRANCH_NAMES.index(branch) * 2)
            while d.weekday() != 5:
                d += D(days=1)
            out += [d, d + D(days=1)]
    return out


FAIRS = {b: fair_dates(b) for b in BRANCHES}
FAIR_NAME = {b: (f"{BRANCHES[b][0]}婚博会" if b in MAINLAND else f"{b} Wedding & Events Expo") for b in BRANCHES}


def new_lead():
    b = pick(BRANCH_NAMES, [v[6] for v in BRANCHES.values()])
    main = b in MAINLAND
    et = pick(list(EVENT_TYPES), [v[1] if main else v[2] for v in EVENT_TYPES.values()])
    ctype = draw_ctype(et)
    src = draw_source(b, et)
    if src == "fair":
        t0 = at(pick(FAIRS[b]), 10, 18)
    else:
        wm = [EVENT_TYPES[et][3][m - 1] for (_, m) in MONTHS]
        y, m = MONTHS[rng.choice(len(MONTHS), p=np.array(wm) / sum(wm))]
        dim = (datetime(y + (m == 12), m % 12 + 1, 1) - datetime(y, m, 1)).days
        t0 = at(datetime(y, m, int(rng.integers(1, dim + 1))), 8, 23)
    c = make_customer(b, src, t0, ctype)
    job = new_job(c, et, t0)
    if src == "fair":
        ev(c, t0, "tp_fair", "lead_captured", job, channel="other", fair_name=FAIR_NAME[b],
           booth_scan="yes" if rng.random() < 0.8 else "no", budget_band=pick(["<20k", "20-50k", "50-100k", ">100k"]))
        _, pq, pdep = STEP_P["fair"]
        if rng.random() > pq:
            return
        tq = later(t0, 2, 14)
        if rng.random() < 0.6:   # a venue walk-through before the quote
            tv = later(t0, 1, max(2, (tq - t0).days - 1))
            if tv < tq:
                visit(c, tv, job)
        quote(c, tq, job, pdep, first="fair")
        return
    ch = enquiry_channel(src, ctype)
    ev(c, t0, "tp_enquiry", "submit", job, channel=ch, utm_source=src if ch in ("ads", "social", "web") else "",
       guest_count=job["guests"], budget_band=pick(["<20k", "20-50k", "50-100k", ">100k"]),
       event_subtype=job["subtype"], show_date=dfmt(job["show"]))
    pv, pq, pdep = STEP_P[ch]
    if ctype == "couple" and ch == "ads":
        pdep *= 0.8
    if rng.random() > pv:
        if rng.random() < 0.05:
            fb(c, later(t0, 2, 6), "social_post" if ch == "social" else "call_note", "slow_reply", lang_of(c),
               tp="tp_enquiry", job=job)
        return
    tv = later(t0, 1, 9)
    visit(c, tv, job)
    if rng.random() > pq:
        return
    tq = later(tv, 0, 5)
    quote(c, tq, job, pdep)


def visit(c, tv, job):
    mode = "video_call" if c["city"] in ("Singapore", "Hong Kong") and rng.random() < 0.35 or rng.random() < 0.15 \
        else "on_site"
    if mode == "on_site" and rng.random() < 0.07:
        ev(c, tv, "tp_site_visit", "rescheduled", job, visit_type=mode,
           reschedule_reason=pick(["venue_unavailable", "client_busy", "pm_sick"]))
        tv = later(tv, 1, 4)
    ev(c, tv, "tp_site_visit", mode, job, visit_type=mode, production_manager=f"{c['city'][:2].upper()}-PM"
       f"{int(rng.integers(1, 4))}", power_check=pick(["ok", "needs_generator", "ok"]),
       rigging_points="yes" if job["venue"] in ("stadium_arena", "convention_centre", "livehouse") else
       pick(["yes", "no"]), **job_cols(job))


def legacy_accounts():
    for _ in range(N_LEGACY):
        b = pick(BRANCH_NAMES, [v[6] for v in BRANCHES.values()])
        ctype = pick(["wedding_planner", "corporate", "event_agency", "promoter", "venue_operator"],
                     [0.25, 0.3, 0.25, 0.12, 0.08])
        src = pick(["referral", "website", "fair", "venue_partner"], [0.4, 0.3, 0.15, 0.15])
        signup = datetime(int(rng.integers(2020, 2025)), int(rng.integers(1, 13)), int(rng.integers(1, 28)), 10)
        c = make_customer(b, src, signup, ctype)
        c["_legacy"] = True
        if rng.random() < 0.5:   # a job booked in 2024 (deposit before the data) with its show early in 2025
            et = CTYPES[ctype][1]
            show = datetime(2025, 1, 4) + D(days=int(rng.integers(0, 140)))
            job = new_job(c, et, show - D(days=60))
            job["show"] = show
            td = at(show - D(days=int(rng.integers(20, 150))), 9, 20)
            book(c, td, job, "")
        n = int(rng.poisson(1.4))
        for _ in range(n):
            tr = START + D(seconds=float(rng.random() * (END - START).total_seconds()))
            rebook(c, at(tr, 9, 19))


def nps_waves():
    for wave, t0 in WAVES:
        done = {j["c"]["customer_id"]: j for j in jobs if not j.get("cancelled") and j["show"] < t0}
        pool = [j for j in done.values()]
        idx = rng.permutation(len(pool))[: int(len(pool) * 0.55)]
        for i in idx:
            j = pool[int(i)]
            c = j["c"]
            b = c["city"]
            base = {"Hong Kong": 6.6}.get(b, 8.3)
            if j.get("incidents"):
                base -= 1.6
            if j.get("late"):
                base -= 1.2
            if j.get("overtime"):
                base -= 0.8
            score = int(np.clip(round(rng.normal(base, 1.9)), 0, 10))
            tone = "pos" if score >= 9 else ("neu" if score >= 7 else "neg")
            ts = later(t0, 0, 12, 9, 22)
            topic = "generic"
            if tone == "neg" and b == "Hong Kong" and rng.random() < 0.35:
                topic = "slow_reply"
            fb(c, ts, "nps_survey", topic, lang_of(c), tp="", nps=score, survey_wave=wave,
               ctx=dict(at="general", tone=tone))


def reviews():
    booked = [j for j in jobs if not j.get("cancelled")]
    for _ in range(480):
        j = booked[int(rng.integers(len(booked)))]
        c = j["c"]
        b = c["city"]
        ts = j["show"] + D(days=int(rng.integers(2, 30)), hours=int(rng.integers(9, 22)))
        tone = tone_draw(0.62, 0.2) if not (j.get("incidents") or j.get("late")) else tone_draw(0.2, 0.2)
        topic, tp = "generic", "tp_show_day"
        if tone == "pos" and rng.random() < 0.35:
            topic = pick(["crew_praise", "sound_praise"])
        elif tone == "neg" and "led_wall_failure" in j.get("incidents", []):
            topic = "led_failure"
        ch = "dianping" if b in MAINLAND else "google_review"
        fb(c, ts, ch, topic, lang_of(c), tp=tp, rating=stars(tone), job=j, ctx=dict(at="show", tone=tone, n=4))
    for _ in range(110):   # fair comment cards: no date, no customer
        b = pick(BRANCH_NAMES, [v[6] for v in BRANCHES.values()])
        lang = "en" if rng.random() < BRANCHES[b][7] else "zh"
        tone = tone_draw(0.55, 0.45)
        fb(None, None, "fair_card", "generic", lang, tp="tp_fair", rating=stars(tone), branch=b,
           ctx=dict(at="fair", tone=tone))


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for _ in range(N_LEADS):
        new_lead()
    legacy_accounts()
    nps_waves()
    reviews()
    # ---- exact re-synced duplicates of payment events (CRM re-sync)
    dup = [i for i, e in enumerate(events) if e["touchpoint_id"] in ("tp_deposit", "tp_final_invoice")]
    for i in rng.choice(dup, 36, replace=False):
        events.append(dict(events[int(i)]))
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    orders.sort(key=lambda o: (o["ts"], o["job_id"], o["order_type"]))
    for i, o in enumerate(orders, 1):
        o["order_id"] = f"O{i:06d}"
    feedback.sort(key=lambda f: (f["ts"] or "9999", f["feedback_id"]))

    # ---- sanity: markers match topics exactly
    tmap = {t["feedback_id"]: t["topic"] for t in truth}
    for f in feedback:
        low = f["text"].lower()
        hits = {k for k, ws in TOPIC_MARKERS.items() if any(w.lower() in low for w in ws)}
        topic = tmap[f["feedback_id"]]
        want = set() if topic == "generic" else {topic}
        assert hits == want, (f["text"], hits, want)

    # ---- customers: segment at the end of the data
    upcoming = {j["c"]["customer_id"] for j in jobs if not j.get("cancelled") and j["show"] > END}
    for c in customers:
        nb = c["bookings"]
        if nb >= 3 or (c["tier"] == "gold" and nb >= 1):
            c["segment"] = "vip"
        elif nb >= 2 or (c["_legacy"] and nb >= 1):
            c["segment"] = "returning"
        elif nb == 1:
            c["segment"] = "new"
        elif c["_legacy"]:
            c["segment"] = "at_risk"
        else:
            c["segment"] = "lead"
        c["has_upcoming_show"] = "yes" if c["customer_id"] in upcoming else "no"
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
    write(out / "experiments.csv", experiments)
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", truth)
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"experiments {len(experiments)}, jobs {len(jobs)}")


def write(path: Path, rows: list[dict]) -> None:
    cols: list[str] = []
    seen = set()
    for r in rows:
        for k in r:
            if k not in seen and not k.startswith("_") and k != "c":
                seen.add(k)
                cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow(r)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
