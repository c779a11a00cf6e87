"""明鉴验房 ClearView Property Inspections: pre-purchase building and home inspections (synthetic, written blind).

Eight branches: 上海浦东 Shanghai Pudong, 深圳南山 Shenzhen Nanshan, 成都高新 Chengdu Hi-Tech (CNY; new-home handover
inspections 新房交付验房 and second-hand 二手房验房), Sydney Parramatta, Melbourne Box Hill, Brisbane Chermside (AUD;
pre-purchase building & pest, new-build handover) and London Croydon, Manchester Salford (GBP; RICS Level 2 / Level 3
surveys and new-build snagging).

Journey: a buyer is referred by a real-estate agent (房产中介 / estate agent; our call centre calls back, some are never
reached) or sends an enquiry (website, WeChat mini program, Google ads, a price-comparison site, social) -> quote ->
booking with a deposit -> inspector assignment -> site inspection (some no-access visits re-booked) -> defect report
issued -> report walkthrough call by the central report desk -> (new builds mostly) re-inspection after the developer /
builder has fixed the defects -> disputes (missed defects, report errors ...). Add-on tests (termite / timber pest,
asbestos with a lab, moisture / thermal imaging) are booked with the inspection. Orders: inspections, add-on tests,
re-inspections. Feedback: post-report survey (rating + NPS), Google / Dianping reviews, tickets, call notes, social.
Data 2024-07-01 .. 2026-04-30 (extract taken early May 2026; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback, experiments (CSV, DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topic + sentiment of each comment; generator truth, not a DATA.md table).
Deterministic (fixed seed), numpy + stdlib. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260506
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 4, 30, 23, 59, 59)
DESK_OUTAGE = (datetime(2025, 9, 1), datetime(2025, 10, 1))      # report desk: new call scheduler dropped call tasks
SZ_RUSH = (datetime(2025, 12, 1), datetime(2026, 2, 1))          # Shenzhen handover rush: inspectors late
LONDON_LAB = (datetime(2026, 1, 5), datetime(2026, 5, 1))        # London: new asbestos lab, slow results
QUOTE_TEST = (datetime(2026, 1, 5), datetime(2026, 3, 31, 23, 59))  # quote page A/B test (web enquiries)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_agent_referral", "中介推荐", "Agent referral", "awareness", "other", "physical", "partnerships",
     "中介推荐|经纪人推荐|中介转介|房产中介|agent referral|referred by agent|estate agent referral|realtor referral"),
    ("tp_web_enquiry", "在线询价", "Web enquiry", "awareness", "web", "digital", "sales",
     "询价|网上询价|在线咨询|小程序询价|表单|web enquiry|online enquiry|enquiry form|inquiry|web lead"),
    ("tp_quote", "报价", "Quote", "consideration", "email", "digital", "sales",
     "报价单|报价|验房报价|quote|quotation|price quote|fee quote"),
    ("tp_booking", "预约下定", "Booking & deposit", "purchase", "web", "digital", "sales",
     "预约|下定|付定金|订金|预约验房|booking|deposit|book an inspection|booked"),
    ("tp_assignment", "验房师派单", "Inspector assignment", "service", "other", "digital", "scheduling",
     "派单|分配验房师|排班|派工|inspector assignment|assignment|scheduling|allocate inspector"),
    ("tp_site_inspection", "现场验房", "Site inspection", "service", "store", "physical", "field_ops",
     "验房|上门验房|现场检查|现场验房|inspection|site visit|on-site inspection|building inspection|survey visit"),
    ("tp_report", "验房报告", "Defect report", "service", "email", "digital", "report_desk",
     "报告|验房报告|缺陷报告|问题清单|report|defect report|inspection report|survey report"),
    ("tp_walkthrough", "报告解读电话", "Report walkthrough call", "service", "phone", "digital", "report_desk",
     "解读电话|报告解读|讲解报告|回访解读|walkthrough|walk-through|report call|explain the report"),
    ("tp_reinspection", "整改复验", "Re-inspection", "loyalty", "store", "physical", "field_ops",
     "复验|复查|整改复查|二次验房|re-inspection|reinspection|follow-up inspection|recheck"),
    ("tp_addon_test", "专项检测", "Add-on test", "service", "store", "physical", "field_ops",
     "加项检测|白蚁检测|石棉检测|渗漏检测|红外热成像|add-on|termite inspection|pest inspection|asbestos test|"
     "moisture test|thermal imaging"),
    ("tp_dispute", "争议处理", "Dispute", "service", "phone", "digital", "customer_care",
     "争议|投诉|理赔|纠纷|dispute|complaint|claim|escalation"),
    ("tp_support", "客服咨询", "Customer service", "service", "phone", "digital", "customer_care",
     "客服|热线|客服电话|在线客服|customer service|hotline|call centre|support"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("web_enquiry", "网络询价转化", "Web enquiry to report",
     ["tp_web_enquiry", "tp_quote", "tp_booking", "tp_site_inspection", "tp_report"], 21),
    ("agent_referral", "中介推荐转化", "Agent referral to report",
     ["tp_agent_referral", "tp_quote", "tp_booking", "tp_site_inspection", "tp_report"], 21),
    ("inspection_delivery", "验房交付", "Inspection delivery",
     ["tp_booking", "tp_assignment", "tp_site_inspection", "tp_report", "tp_walkthrough"], 21),
    ("reinspection", "整改复验", "Re-inspection after repairs", ["tp_report", "tp_reinspection"], 90),
]
# id: branch zh, branch_en, city zh, city en, country, region, currency, fx to CNY, weight
BRANCHES = {
    "B1": ("上海浦东分公司", "Shanghai Pudong", "上海", "Shanghai", "CN", "上海市", "CNY", 1.0, 0.16),
    "B2": ("深圳南山分公司", "Shenzhen Nanshan", "深圳", "Shenzhen", "CN", "广东省", "CNY", 1.0, 0.15),
    "B3": ("成都高新分公司", "Chengdu Hi-Tech", "成都", "Chengdu", "CN", "四川省", "CNY", 1.0, 0.12),
    "B4": ("悉尼帕拉马塔分公司", "Sydney Parramatta", "悉尼", "Sydney", "AU", "NSW", "AUD", 4.70, 0.15),
    "B5": ("墨尔本博士山分公司", "Melbourne Box Hill", "墨尔本", "Melbourne", "AU", "VIC", "AUD", 4.70, 0.12),
    "B6": ("布里斯班分公司", "Brisbane Chermside", "布里斯班", "Brisbane", "AU", "QLD", "AUD", 4.70, 0.08),
    "B7": ("伦敦克罗伊登分公司", "London Croydon", "伦敦", "London", "UK", "Greater London", "GBP", 9.10, 0.12),
    "B8": ("曼彻斯特分公司", "Manchester Salford", "曼彻斯特", "Manchester", "UK", "Greater Manchester", "GBP", 9.10,
           0.10),
}
INSPECTORS = {  # branch: [(name, grade)]
    "B1": [("王建国", "principal"), ("李明", "senior"), ("张伟", "senior"), ("陈浩", "junior"), ("刘洋", "junior")],
    "B2": [("黄志强", "principal"), ("吴俊", "senior"), ("周磊", "senior"), ("徐鹏", "junior"), ("孙晨", "junior"),
           ("林凯", "junior")],
    "B3": [("杨帆", "principal"), ("赵勇", "senior"), ("何军", "junior"), ("郭亮", "junior")],
    "B4": [("Michael O'Brien", "principal"), ("David Nguyen", "senior"), ("Sarah Mitchell", "senior"),
           ("Jack Thompson", "junior"), ("Liam Patel", "junior")],
    "B5": [("Andrew Kelly", "principal"), ("Wei Zhang", "senior"), ("Peter Russo", "junior"), ("Chloe Evans", "junior")],
    "B6": [("Greg Harris", "principal"), ("Ben Cooper", "senior"), ("Hannah Lee", "junior")],
    "B7": [("James Wilson", "principal"), ("Priya Shah", "senior"), ("Oliver Hughes", "senior"),
           ("Daniel Murphy", "junior")],
    "B8": [("Robert Taylor", "principal"), ("Sophie Ward", "senior"), ("Mark Davies", "junior")],
}
GRADE_ZH = {"principal": "首席验房师", "senior": "高级验房师", "junior": "初级验房师"}
SEASON = {
    "CN": [0.8, 0.5, 1.0, 1.0, 1.0, 1.4, 0.9, 0.9, 1.2, 1.1, 1.0, 1.5],
    "AU": [0.5, 0.9, 1.1, 1.0, 1.0, 0.8, 0.8, 0.9, 1.2, 1.3, 1.3, 0.8],
    "UK": [0.7, 0.9, 1.1, 1.1, 1.2, 1.2, 1.1, 0.9, 1.0, 1.0, 0.9, 0.6],
}
ACQ = {  # acquisition channel weights by country
    "CN": {"agent_referral": 0.30, "wechat_mini_program": 0.30, "website": 0.15, "search_ads": 0.10,
           "comparison_site": 0.05, "social": 0.10},
    "AU": {"agent_referral": 0.35, "website": 0.25, "search_ads": 0.15, "comparison_site": 0.18, "social": 0.07},
    "UK": {"agent_referral": 0.30, "website": 0.27, "search_ads": 0.15, "comparison_site": 0.23, "social": 0.05},
}
ACQ_ZH = {"agent_referral": "中介推荐", "wechat_mini_program": "微信小程序", "website": "官网", "search_ads": "搜索广告",
          "comparison_site": "比价平台", "social": "社交媒体"}
P_BOOK = {"agent_referral": 0.74, "wechat_mini_program": 0.60, "website": 0.57, "search_ads": 0.50, "social": 0.47,
          "comparison_site": 0.21}
SEGMENTS = {"first_home_buyer": "首次置业", "upgrader": "改善置业", "investor": "投资客", "downsizer": "换小房"}
TYPES = {  # country: [(inspection_type, zh, weight)]
    "CN": [("new_build_handover", "新房交付验房", 0.65), ("second_hand", "二手房验房", 0.35)],
    "AU": [("pre_purchase", "购房前验房", 0.75), ("new_build_handover", "新房交付验房", 0.25)],
    "UK": [("rics_level2", "RICS二级房屋调查", 0.55), ("rics_level3", "RICS三级建筑调查", 0.20),
           ("snagging", "新房瑕疵检查", 0.25)],
}
PROP = {"CN": [("apartment", "公寓", 0.85), ("townhouse", "联排", 0.08), ("villa", "别墅", 0.07)],
        "AU": [("house", "独立屋", 0.55), ("apartment", "公寓", 0.25), ("townhouse", "联排", 0.20)],
        "UK": [("terraced", "联排", 0.35), ("semi_detached", "半独立屋", 0.30), ("detached", "独立屋", 0.15),
               ("flat", "公寓", 0.20)]}
AGENCIES = {"CN": ["链家", "我爱我家", "中原地产", "贝壳找房"], "AU": ["Ray White", "LJ Hooker", "McGrath", "Belle Property"],
            "UK": ["Foxtons", "Savills", "Purplebricks", "Countrywide"]}
DEFECTS = {  # country: [(code, zh, weight)]
    "CN": [("hollow_tiles", "空鼓", 0.30), ("water_leak", "渗漏", 0.22), ("wall_cracks", "墙面开裂", 0.18),
           ("uneven_floor", "地面不平", 0.12), ("window_seal", "门窗密封", 0.10), ("electrical", "电气", 0.08)],
    "AU": [("roof", "屋面", 0.22), ("water_leak", "渗漏", 0.20), ("structural_cracking", "结构裂缝", 0.15),
           ("termite_damage", "白蚁损害", 0.13), ("drainage", "排水", 0.15), ("electrical", "电气", 0.15)],
    "UK": [("damp", "潮湿", 0.28), ("roof", "屋面", 0.20), ("structural_cracking", "结构裂缝", 0.12),
           ("electrical", "电气", 0.15), ("timber_decay", "木材腐朽", 0.12), ("drainage", "排水", 0.13)],
}
ADDON_ZH = {"termite": "白蚁检测", "asbestos": "石棉检测", "moisture": "渗漏/湿度检测"}
SUPPORT_REASONS = [("reschedule", "改约时间", 0.30), ("invoice", "发票", 0.18), ("report_question", "报告咨询", 0.22),
                   ("access_arrangement", "钥匙/进场安排", 0.15), ("addon_result", "专项结果", 0.07),
                   ("complaint", "投诉", 0.08)]
CANCEL_REASONS = [("purchase_fell_through", "房子没买成", 0.45), ("handover_delayed", "开发商推迟交房", 0.25),
                  ("chose_other_inspector", "选了别家", 0.15), ("finance_not_approved", "贷款未获批", 0.15)]
DISPUTE_REASONS = [("missed_defect", "漏检", 0.62), ("report_error", "报告错误", 0.18), ("late_report", "报告延迟", 0.10),
                   ("property_damage", "损坏物品", 0.10)]
DISPUTE_OUTCOMES = [("explained_closed", "解释后结案", 0.45), ("partial_refund", "部分退款", 0.30),
                    ("full_refund", "全额退款", 0.15), ("rejected", "驳回", 0.10)]
PAY = {"CN": ["wechat_pay", "alipay"], "AU": ["card", "payid"], "UK": ["card", "bank_transfer"]}


def pick(items, weights=None):
    if weights is None:
        return items[int(rng.integers(len(items)))]
    w = np.asarray(weights, float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def pick_w(rows):
    return pick(rows, [r[-1] for r in rows])


def hours(h):
    return D(hours=float(h))


def at_hour(day, lo, hi):
    return datetime(day.year, day.month, day.day) + D(minutes=int(rng.integers(lo * 60, hi * 60)))


# ---------------------------------------------------------------- feedback texts (one topic each)
FB = {
    "no_callback": (
        ["报告发过来三天了，说好的解读电话一直没人联系我，几十条问题不知道哪些严重。",
         "付了钱报告也出了，之后就没人联系了，想问空鼓要不要紧都找不到人。",
         "验房师说会安排工程师打电话讲解报告，结果一直没人联系。",
         "打了两次客服说会回电解读报告，到现在还是没人联系。",
         "下周就要和开发商谈整改了，报告解读的电话没人联系我，很着急。"],
        ["Report arrived but nobody called to walk me through it as promised.",
         "Was told someone would ring to explain the findings. Nobody called, and I had to chase twice.",
         "Settlement is next week and nobody called about the major defects in my report.",
         "Paid for a report review call and nobody called. Very disappointing.",
         "The report is 40 pages and nobody called to go through it with us like the website says."]),
    "late": (
        ["验房师迟到了一个多小时，物业和开发商的人都在等。",
         "约的9点，10点半才到，迟到也不提前打个电话。",
         "交房当天验房师迟到，差点错过和开发商签字的时间。",
         "师傅迟到了快两个小时，到了以后检查得也很赶。",
         "第二次了，又迟到，交房季也不能这样吧。"],
        ["Inspector turned up 90 minutes late and the agent nearly cancelled the access.",
         "Running late without a phone call, we stood outside the property for an hour.",
         "Inspector was late and then rushed through the roof space.",
         "Booked the 8am slot, inspector arrived late at 10 with no apology.",
         "Third time your inspector has been late to one of our listings. Not good enough."]),
    "missed_defect": (
        ["入住两个月发现卫生间漏水，报告里完全没写，明显是漏检。",
         "阳台墙面裂缝这么明显报告里都没有，漏检了还不认。",
         "花钱验房结果空鼓漏检了一大片，装修时才发现。",
         "厨房下水管渗水这种问题都漏检，验房的意义在哪里？"],
        ["The inspector missed a leaking shower that was obvious once we moved in.",
         "Roof leak missed completely, report said the roof was in fair condition.",
         "You missed rising damp in the back room and now we face a big repair bill.",
         "Cracked stumps under the house were missed, a builder found them in a week."]),
    "price": (
        ["报价比别家贵了三百多，太贵了。",
         "一套90平的房子验房要一千出头，感觉太贵了。",
         "复验还要再收一半的钱，太贵了吧。"],
        ["Quote was expensive compared to the two others I got.",
         "Bit expensive for a two-bedroom unit, other firms quoted less.",
         "Adding the pest check made the whole thing quite expensive."]),
    "jargon": (
        ["报告术语一大堆，普通人根本看不懂。",
         "报告一百多条问题，很多描述看不懂到底要不要修。",
         "希望报告写得通俗一点，现在很多地方看不懂。"],
        ["Report was full of jargon, hard to know what actually matters.",
         "Too much building jargon in the summary, I had to google half of it.",
         "Lots of jargon and no clear list of what is urgent."]),
    "asbestos": (
        ["石棉检测结果等了快两周，交割日都快到了。",
         "石棉化验结果一直出不来，客服也说不清楚。"],
        ["Still waiting on the asbestos results two weeks on and exchange is on Friday.",
         "Asbestos lab results took 12 days, far longer than the 3 days quoted.",
         "No asbestos results yet and nobody can tell me when the lab will report.",
         "The asbestos sample results came back after we had already exchanged. Useless."]),
    "reschedule": (
        ["因为开发商推迟交房想改期，客服来回折腾了三天。",
         "改期要打三次电话才搞定，系统里不能自己改吗？",
         "中介那边钥匙没准备好只能改期，结果又要重新排队。"],
        ["Had to reschedule twice because the vendor's agent could not give access, each time a hassle.",
         "Rescheduling the inspection took three phone calls.",
         "No way to reschedule online, had to wait on hold for 25 minutes."]),
    "deposit": (
        ["房子没买成，申请退定金拖了两周。",
         "取消预约以后定金迟迟不退，打客服也没用。"],
        ["Deposit refund took three weeks after the sale fell through.",
         "Cancelled well in advance and still chasing my deposit."]),
    "thorough": (
        ["验房师非常仔细，连插座都一个个测了。",
         "检查得很仔细，卫生间闭水和空鼓都查到了。",
         "师傅很仔细，爬到吊顶里看了管线。"],
        ["Very thorough inspection, he was in the roof void for half an hour.",
         "Thorough and patient, checked every window and door.",
         "Thorough job, picked up issues the builder's own check did not."]),
    "photos": (
        ["报告里每个问题都有照片和位置标注，找开发商整改很方便。",
         "照片拍得很清楚，直接发给物业就能对照着修。"],
        ["Loved the photos in the report, every defect marked up clearly.",
         "Clear photos and floor plan markers made it easy to send to the builder."]),
    "professional": (
        ["验房师很专业，讲解也耐心。",
         "很专业，电话讲解报告的工程师把重点都说清楚了。",
         "整体很专业，会推荐给朋友。"],
        ["Very professional from booking to report.",
         "Professional and friendly, the follow-up call explaining the report was really useful.",
         "Professional service, would use again for our next purchase."]),
    "termite": (
        ["想问一下白蚁检测里说的旧蛀痕需要处理吗？",
         "白蚁检测显示没有活体，是不是就可以放心买了？"],
        ["Question about the termite section: is old termite workings something to worry about?",
         "Termite report says no active termites but a barrier is recommended, is that normal?"]),
}
NEG_TOPICS = {"no_callback", "late", "missed_defect", "price", "jargon", "asbestos", "reschedule", "deposit"}
POS_TOPICS = {"thorough", "photos", "professional"}
TOPIC_TP = {"no_callback": "tp_walkthrough", "late": "tp_site_inspection", "missed_defect": "tp_dispute",
            "price": "tp_quote", "jargon": "tp_report", "asbestos": "tp_addon_test", "reschedule": "tp_booking",
            "deposit": "tp_booking", "thorough": "tp_site_inspection", "photos": "tp_report",
            "professional": "tp_site_inspection", "termite": "tp_addon_test"}
PRE = {"zh": ["", "", "", "说实话，", "总体来说，", "补充一句：", "作为首次买房的人，"],
       "en": ["", "", "", "Honestly, ", "Overall: ", "To be fair, ", "First time buyer here. "]}
SUF_NEG = {"zh": ["", "", "希望改进。", "体验很差。"], "en": ["", "", " Please sort this out.", " Not happy."]}
SUF_POS = {"zh": ["", "", "会推荐给朋友。", "下次还找你们。"], "en": ["", "", " Would recommend.", " Five stars."]}


def fb_text(topic, lang):
    zh, en = FB[topic]
    base = pick(zh if lang == "zh" else en)
    pre = pick(PRE[lang])
    if topic in NEG_TOPICS:
        suf = pick(SUF_NEG[lang])
    elif topic in POS_TOPICS and topic != "professional":
        suf = pick(SUF_POS[lang])
    else:
        suf = ""
    if pre and lang == "en":
        base = base[0].lower() + base[1:] if pre.endswith(": ") or pre.endswith(", ") else base
    return pre + base + suf


def rating_for(topic):
    if topic in NEG_TOPICS:
        return int(pick([1, 2, 3], [0.45, 0.40, 0.15]))
    if topic in POS_TOPICS:
        return int(pick([4, 5], [0.35, 0.65]))
    return int(pick([3, 4], [0.6, 0.4]))


def nps_for(r):
    base = {1: 1, 2: 3, 3: 6, 4: 8, 5: 9}[r]
    return int(np.clip(base + rng.integers(-1, 2), 0, 10))


# ---------------------------------------------------------------- generation
class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.customers, self.exps = [], [], [], [], [], []
        self.njob = 0
        self.nord = 0
        self.days = [START + D(days=i) for i in range((END - START).days + 1)]

    def ev(self, cust, ts, tp, action, job, **kw):
        if ts > END:
            return
        b = BRANCHES[cust["branch_id"]]
        row = dict(customer_id=cust["customer_id"], ts=ts, touchpoint_id=tp, session_id=job, action=action,
                   device=kw.pop("device", ""), channel=kw.pop("channel", ""), branch_id=cust["branch_id"],
                   branch=b[0], branch_en=b[1])
        row.update(kw)
        self.events.append(row)

    def order(self, cust, ts, otype, otype_zh, local, status, job, **kw):
        if ts > END:
            return None
        b = BRANCHES[cust["branch_id"]]
        self.nord += 1
        row = dict(order_id=f"ORD{self.nord:06d}", customer_id=cust["customer_id"], ts=ts,
                   amount=round(local * b[7], 2), status=status, channel=kw.pop("channel", ""),
                   device=kw.pop("device", ""), order_type=otype, 订单类型=otype_zh, amount_local=round(local, 2),
                   currency=b[6], branch_id=cust["branch_id"], branch=b[0], branch_en=b[1], job_id=job)
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, cust, ts, topic, channel, lang, tp=None, rated=True, with_nps=False):
        if ts is not None and ts > END:
            return
        n = len(self.feedback) + 1
        r = rating_for(topic) if rated else None
        key = ts if ts else at_hour(self.days[int(rng.integers(len(self.days)))], 0, 24)
        b = BRANCHES[cust["branch_id"]] if cust else None
        self.feedback.append(dict(
            feedback_id=f"FB{n:05d}", text=fb_text(topic, lang), ts=ts if ts else "",
            customer_id=cust["customer_id"] if cust else "", touchpoint_id=tp or "", channel=channel,
            rating=r if r is not None else "", nps=nps_for(r) if (with_nps and r is not None) else "",
            language=lang, branch_id=cust["branch_id"] if cust else "", branch=b[0] if b else "",
            branch_en=b[1] if b else "", _key=key))
        self.truth.append(dict(feedback_id=f"FB{n:05d}", topics=topic,
                               sentiment="negative" if topic in NEG_TOPICS else
                               ("positive" if topic in POS_TOPICS else "neutral")))

    def day_weights(self, country):
        w = []
        for d in self.days:
            growth = 1.0 + 0.22 * ((d - START).days / 365.0)
            w.append(SEASON[country][d.month - 1] * growth)
        w = np.asarray(w)
        return w / w.sum()

    def run(self, n_customers=7200):
        bids = list(BRANCHES)
        bw = np.asarray([BRANCHES[b][8] for b in bids])
        dw = {c: self.day_weights(c) for c in ("CN", "AU", "UK")}
        for i in range(n_customers):
            bid = bids[int(rng.choice(len(bids), p=bw / bw.sum()))]
            b = BRANCHES[bid]
            country = b[4]
            acq = pick(list(ACQ[country]), list(ACQ[country].values()))
            seg = pick(list(SEGMENTS), [0.42, 0.28, 0.22, 0.08])
            lang = "zh" if country == "CN" or (bid in ("B4", "B5") and rng.random() < 0.22) else "en"
            day = self.days[int(rng.choice(len(self.days), p=dw[country]))]
            t0 = at_hour(day, 8, 22)
            if country == "CN":
                device = pick(["ios", "android", "pc"], [0.45, 0.45, 0.10])
            else:
                device = pick(["ios", "android", "pc"], [0.40, 0.25, 0.35])
            ptype = pick_w(PROP[country])
            cust = dict(customer_id=f"C{i + 1:05d}", signup_at=t0, segment=seg, region=b[5], acquisition_channel=acq,
                        tier="", branch_id=bid, branch=b[0], branch_en=b[1], city=b[2], city_en=b[3],
                        country=country, 客户类型=SEGMENTS[seg], 获客渠道=ACQ_ZH[acq], 套餐="",
                        property_type=ptype[0], property_type_zh=ptype[1], preferred_language=lang,
                        agent_agency=pick(AGENCIES[country]) if acq == "agent_referral" else "", device=device)
            self.customers.append(cust)
            booked = self.job(cust, t0, acq, first=True)
            if booked and seg == "investor" and rng.random() < 0.3:
                t1 = t0 + D(days=int(rng.integers(60, 240)))
                if t1 < END:
                    self.job(cust, at_hour(t1, 8, 22), "website", first=False)
        # social posts (no customer / touchpoint; half undated)
        for k in range(230):
            bid = pick(list(BRANCHES), [BRANCHES[x][8] for x in BRANCHES])
            country = BRANCHES[bid][4]
            lang = "zh" if country == "CN" else "en"
            topic = pick(["late", "missed_defect", "price", "thorough", "professional", "jargon", "no_callback"],
                         [0.14, 0.16, 0.20, 0.18, 0.16, 0.08, 0.08])
            if topic == "late" and bid != "B2":
                topic = "price"
            day = self.days[int(rng.integers(len(self.days)))]
            ts = None if rng.random() < 0.5 else at_hour(day, 7, 23)
            if topic == "no_callback":
                ts = at_hour(DESK_OUTAGE[0] + D(days=int(rng.integers(3, 40))), 8, 23)
            if topic == "late":
                ts = at_hour(SZ_RUSH[0] + D(days=int(rng.integers(0, 50))), 8, 23)
            n = len(self.feedback) + 1
            self.feedback.append(dict(
                feedback_id=f"FB{n:05d}", text=fb_text(topic, lang), ts=ts if ts else "", customer_id="",
                touchpoint_id="", channel="xiaohongshu" if country == "CN" else "facebook", rating="", nps="",
                language=lang, branch_id=bid, branch=BRANCHES[bid][0], branch_en=BRANCHES[bid][1],
                _key=ts if ts else at_hour(day, 7, 23)))
            self.truth.append(dict(feedback_id=f"FB{n:05d}", topics=topic,
                                   sentiment="negative" if topic in NEG_TOPICS else
                                   ("positive" if topic in POS_TOPICS else "neutral")))

    # one inspection job from first contact to disputes; returns True when booked
    def job(self, cust, t0, acq, first):
        self.njob += 1
        job = f"J{self.njob:06d}"
        bid = cust["branch_id"]
        b = BRANCHES[bid]
        country = b[4]
        lang = cust["preferred_language"]
        device = cust["device"]
        itype, itype_zh, _ = pick_w(TYPES[country])
        ptype = cust["property_type"]
        area = int(np.clip(rng.normal(95 if country == "CN" else 150, 30), 38, 420))
        build_year = (int(rng.integers(2024, 2027)) if itype in ("new_build_handover", "snagging") else
                      int(np.clip(rng.normal(1995 if country != "UK" else 1950, 22), 1880, 2023)))
        common = dict(job_id=job, inspection_type=itype, inspection_type_zh=itype_zh, property_type=ptype,
                      floor_area_sqm=area)
        # ---- step 1: referral or enquiry
        if acq == "agent_referral":
            self.ev(cust, t0, "tp_agent_referral", "referred", job, channel="other",
                    agent_agency=cust["agent_agency"], **common)
            if rng.random() > 0.87:
                return False
            tq = t0 + hours(rng.uniform(1, 30))
        else:
            chan = {"wechat_mini_program": "mini_program", "website": "web", "search_ads": "ads",
                    "comparison_site": "other", "social": "social"}[acq]
            utm = {"wechat_mini_program": "wechat", "website": "direct", "search_ads": "google" if country != "CN"
                   else "baidu", "comparison_site": {"CN": "安居客比价", "AU": "oneflare", "UK": "comparemymove"}[country],
                   "social": {"CN": "xiaohongshu", "AU": "facebook", "UK": "facebook"}[country]}[acq]
            if not first:
                utm = "repeat_client"
            self.ev(cust, t0, "tp_web_enquiry", "submit", job, channel=chan, device=device, utm_source=utm, **common)
            if rng.random() < 0.05:  # out of area / spam
                return False
            tq = t0 + hours(rng.uniform(0.5, 36))
        # ---- quote
        fee = self.fee(country, itype, area, ptype)
        comprehensive = rng.random() < (0.35 if country == "CN" else 0.25)
        if comprehensive:
            fee = round(fee * 1.3 / 10) * 10
        addons = self.addons(country, itype, build_year, bid)
        quote_total = fee + sum(a[1] for a in addons)
        qchan = "wechat" if country == "CN" else "email"
        self.ev(cust, tq, "tp_quote", "sent", job, channel=qchan, quote_local=quote_total, currency=b[6],
                package="comprehensive" if comprehensive else "essential", addons="|".join(a[0] for a in addons),
                **common)
        p = P_BOOK[acq] if first else 0.8
        p *= {"CN": 1.0, "AU": 1.02, "UK": 0.95}[country]
        if acq != "agent_referral" and QUOTE_TEST[0] <= tq <= QUOTE_TEST[1] and first:
            variant = "new_quote" if rng.random() < 0.5 else "control"
            self.exps.append(dict(experiment_id="quote_page_2026", variant=variant,
                                  customer_id=cust["customer_id"], assigned_at=tq))
            if variant == "new_quote":
                p = min(0.95, p + 0.09)
        if rng.random() > p:
            if rng.random() < 0.06:
                self.fb(cust, tq + D(days=int(rng.integers(1, 5))), "price", "call_note", lang, "tp_quote",
                        rated=False)
            return False
        # ---- booking + deposit
        lag = rng.exponential(2.6 if acq == "comparison_site" else 1.4)
        tb = tq + hours(2 + lag * 24)
        bchan = pick(["mini_program", "phone"], [0.75, 0.25]) if country == "CN" else pick(["web", "phone"], [0.7, 0.3])
        deposit = {"CNY": 200, "AUD": 100, "GBP": 100}[b[6]]
        if tb > END:
            return False
        self.ev(cust, tb, "tp_booking", "deposit_paid", job, channel=bchan, device=device if bchan != "phone" else "",
                deposit_local=deposit, currency=b[6], package="comprehensive" if comprehensive else "essential",
                **common)
        cust["tier"] = "comprehensive" if comprehensive else "essential"
        cust["套餐"] = "全面版" if comprehensive else "基础版"
        pay = pick(PAY[country])
        ochan = bchan if bchan != "phone" else "phone"
        insp_order = self.order(cust, tb, "inspection", "验房服务", fee, "paid", job, channel=ochan,
                                device=device if bchan != "phone" else "", inspection_type=itype,
                                inspection_type_zh=itype_zh, deposit_local=deposit, payment_method=pay,
                                package="comprehensive" if comprehensive else "essential")
        add_orders = []
        for a in addons:
            add_orders.append(self.order(cust, tb, f"addon_{a[0]}", ADDON_ZH[a[0]], a[1], "paid", job, channel=ochan,
                                         device=device if bchan != "phone" else "", inspection_type=itype,
                                         inspection_type_zh=itype_zh, deposit_local=0, payment_method=pay,
                                         package=""))
        # cancellation before the visit
        if rng.random() < 0.055:
            reason = pick_w(CANCEL_REASONS)
            tc = tb + hours(rng.uniform(4, 60))
            self.ev(cust, tc, "tp_booking", "cancelled", job, channel="phone", cancel_reason=reason[0],
                    取消原因=reason[1], **common)
            for o in [insp_order] + add_orders:
                if o:
                    o["status"] = "cancelled"
            if rng.random() < 0.25:
                self.fb(cust, tc + D(days=int(rng.integers(5, 20))), "deposit", pick(["ticket", "call_note"]), lang,
                        "tp_booking", rated=False)
            return True
        # ---- assignment
        ta = tb + hours(rng.uniform(1, 20))
        inspectors = INSPECTORS[bid]
        rush = bid == "B2" and SZ_RUSH[0] <= ta < SZ_RUSH[1]
        gw = [{"principal": 0.22, "senior": 0.48, "junior": 0.30}[g] for _, g in inspectors]
        if rush:
            gw = [{"principal": 0.12, "senior": 0.38, "junior": 0.50}[g] for _, g in inspectors]
        k = int(rng.choice(len(inspectors), p=np.asarray(gw) / sum(gw)))
        iname, grade = inspectors[k]
        iid = f"{bid}-I{k + 1}"
        self.ev(cust, ta, "tp_assignment", "assigned", job, channel="other", inspector_id=iid, inspector=iname,
                inspector_grade=grade, 验房师级别=GRADE_ZH[grade], assign_lead_hours=round((ta - tb).total_seconds() / 3600, 1),
                **common)
        # ---- site inspection
        lead_days = int(rng.integers(2, 10)) if itype == "new_build_handover" else int(rng.integers(1, 6))
        tv = at_hour(tb + D(days=lead_days), 8, 15)
        if rng.random() < 0.04:
            self.ev(cust, tv, "tp_site_inspection", "no_access", job, channel="store", inspector_id=iid,
                    inspector=iname, inspector_grade=grade, access_issue=pick(["keys_not_ready", "vendor_refused",
                                                                               "tenant_not_home"]), **common)
            if rng.random() < 0.5:
                self.fb(cust, tv + D(days=1), "reschedule", pick(["call_note", "ticket"]), lang, "tp_booking",
                        rated=False)
            tv = at_hour(tv + D(days=int(rng.integers(2, 5))), 8, 15)
        rush = bid == "B2" and SZ_RUSH[0] <= tv < SZ_RUSH[1]
        if rush:
            delay = int(rng.gamma(2.0, 28)) if rng.random() < 0.78 else int(rng.integers(0, 10))
        else:
            delay = int(rng.exponential(14)) if rng.random() < 0.28 else 0
        dur = int(np.clip(rng.normal({"CN": 150, "AU": 120, "UK": 200}[country] * (1.25 if comprehensive else 1), 30),
                          50, 420))
        if rush:
            dur = int(dur * 0.8)
        weather = pick(["sunny", "cloudy", "rain"], [0.5, 0.35, 0.15])
        dft = pick_w(DEFECTS[country])
        ndef = int(rng.poisson({"CN": 34, "AU": 12, "UK": 15}[country] * (1.2 if itype == "second_hand" else 1)))
        nmaj = int(rng.poisson(1.6 if itype in ("pre_purchase", "second_hand", "rics_level3", "rics_level2") else 0.9))
        nsafe = int(rng.poisson(0.3))
        self.ev(cust, tv + D(minutes=delay), "tp_site_inspection", "completed", job, channel="store",
                inspector_id=iid, inspector=iname, inspector_grade=grade, arrival_delay_min=delay, duration_min=dur,
                weather=weather, defects_total=ndef, defects_major=nmaj, defects_safety=nsafe, top_defect=dft[0],
                主要问题=dft[1], build_year=build_year, **common)
        tdone = tv + D(minutes=delay + dur)
        # ---- add-on tests
        slow_lab = False
        for a in addons:
            if a[0] == "asbestos":
                self.ev(cust, tdone, "tp_addon_test", "sample_taken", job, channel="store", test_type="asbestos",
                        检测项目=ADDON_ZH["asbestos"], inspector_id=iid, **common)
                if bid == "B7" and LONDON_LAB[0] <= tdone < LONDON_LAB[1]:
                    labd, lab = int(np.clip(rng.normal(11, 2.5), 6, 18)), "SafeLab Analytical"
                    slow_lab = True
                else:
                    labd, lab = int(np.clip(rng.normal(3, 1), 1, 6)), "Envirolab" if country == "AU" else "Hydrotec Labs"
                self.ev(cust, at_hour(tdone + D(days=labd), 9, 17), "tp_addon_test", "result_issued", job,
                        channel="email", test_type="asbestos", 检测项目=ADDON_ZH["asbestos"], lab=lab, lab_days=labd,
                        result=pick(["not_detected", "detected"], [0.78, 0.22]), **common)
            elif a[0] == "termite":
                res = pick(["no_activity", "old_damage", "active_termites"], [0.72, 0.20, 0.08])
                self.ev(cust, tdone, "tp_addon_test", "completed", job, channel="store", test_type="termite",
                        检测项目=ADDON_ZH["termite"], result=res, inspector_id=iid, **common)
                if res != "no_activity" and rng.random() < 0.1:
                    self.fb(cust, tdone + D(days=int(rng.integers(1, 6))), "termite", "call_note", lang,
                            "tp_addon_test", rated=False)
            else:
                res = pick(["normal", "elevated"], [0.7, 0.3])
                self.ev(cust, tdone, "tp_addon_test", "completed", job, channel="store", test_type="moisture",
                        检测项目=ADDON_ZH["moisture"], result=res, inspector_id=iid, **common)
        # ---- report
        rh = {"CN": rng.uniform(4, 30), "AU": rng.uniform(8, 40), "UK": rng.uniform(40, 130)}[country]
        tr = tdone + hours(rh)
        rchan = "wechat" if country == "CN" else pick(["email", "app"], [0.7, 0.3])
        self.ev(cust, tr, "tp_report", "issued", job, channel=rchan, report_hours=round(rh, 1), defects_total=ndef,
                defects_major=nmaj, inspector_id=iid, inspector=iname, report_format=pick(["pdf", "h5"], [0.6, 0.4])
                if country == "CN" else "pdf", opened=bool(rng.random() < (0.93 if rchan != "email" else 0.84)),
                pages=int(ndef * 1.3 + 12), **common)
        # ---- walkthrough call
        outage = DESK_OUTAGE[0] <= tr < DESK_OUTAGE[1]
        p_call = 0.33 if outage else {"CN": 0.84, "AU": 0.80, "UK": 0.72}[country]
        called = rng.random() < p_call
        if called:
            tw = tr + hours(rng.uniform(3, 70))
            if rng.random() < 0.1:
                self.ev(cust, tw, "tp_walkthrough", "no_answer", job, channel="phone", caller="report_desk", **common)
                tw = tw + hours(rng.uniform(4, 30))
            self.ev(cust, tw, "tp_walkthrough", "completed", job, channel="phone", caller="report_desk",
                    call_minutes=int(np.clip(rng.normal(24, 8), 5, 60)), **common)
        else:
            if outage and rng.random() < 0.45:
                ts = tr + hours(rng.uniform(30, 120))
                self.ev(cust, ts, "tp_support", "call", job, channel="phone", reason="walkthrough_request",
                        咨询原因="催报告解读", **common)
                if rng.random() < 0.5:
                    self.fb(cust, ts, "no_callback", "call_note", lang, "tp_walkthrough", rated=False)
        # ---- other support contacts
        for _ in range(int(rng.poisson(0.3))):
            r = pick_w(SUPPORT_REASONS)
            ts = tb + hours(rng.uniform(2, 24 * 14))
            self.ev(cust, ts, "tp_support", pick(["call", "chat"], [0.6, 0.4]), job,
                    channel="phone" if country != "CN" else pick(["phone", "mini_program"]), reason=r[0],
                    咨询原因=r[1], **common)
            if r[0] == "report_question" and rng.random() < 0.25:
                self.fb(cust, ts, "jargon", "call_note", lang, "tp_report", rated=False)
        if slow_lab:
            ts = tdone + hours(rng.uniform(100, 200))
            self.ev(cust, ts, "tp_support", "call", job, channel="phone", reason="addon_result", 咨询原因="专项结果",
                    **common)
            if rng.random() < 0.5:
                self.fb(cust, ts, "asbestos", "call_note", lang, "tp_addon_test", rated=False)
        if delay >= 40 and rng.random() < 0.35:
            ts = tv + D(minutes=int(rng.integers(20, 300)))
            self.ev(cust, ts, "tp_support", "call", job, channel="phone", reason="inspector_late", 咨询原因="验房师迟到",
                    **common)
            self.fb(cust, ts, "late", "ticket", lang, "tp_site_inspection", rated=False)
        # ---- dispute
        p_disp = {"principal": 0.012, "senior": 0.022, "junior": 0.085}[grade]
        disputed = rng.random() < p_disp
        if disputed:
            reason = pick_w(DISPUTE_REASONS)
            td = tr + D(days=int(rng.integers(5, 70)))
            self.ev(cust, td, "tp_dispute", "opened", job, channel=pick(["phone", "email"]), dispute_reason=reason[0],
                    争议原因=reason[1], inspector_id=iid, inspector=iname, inspector_grade=grade, **common)
            out = pick_w(DISPUTE_OUTCOMES)
            tres = td + D(days=int(rng.integers(4, 35)))
            refund = 0.0
            if out[0] == "partial_refund":
                refund = round(fee * pick([0.2, 0.3, 0.5]), 2)
            elif out[0] == "full_refund":
                refund = fee
                if tres <= END and insp_order:
                    insp_order["status"] = "refunded"
            self.ev(cust, tres, "tp_dispute", "resolved", job, channel="phone", dispute_reason=reason[0],
                    争议原因=reason[1], outcome=out[0], 处理结果=out[1], refund_local=refund, currency=b[6], **common)
            topic = "missed_defect" if reason[0] == "missed_defect" else pick(["jargon", "missed_defect"], [0.5, 0.5])
            if reason[0] == "late_report":
                topic = "jargon"
            self.fb(cust, td, topic, "ticket", lang, "tp_dispute" if topic == "missed_defect" else "tp_report",
                    rated=False)
        # ---- re-inspection
        p_re = {"new_build_handover": 0.55 if country == "CN" else 0.40, "snagging": 0.45, "second_hand": 0.08,
                "pre_purchase": 0.06, "rics_level2": 0.03, "rics_level3": 0.04}[itype]
        if rng.random() < p_re:
            tre = at_hour(tr + D(days=int(np.clip(rng.gamma(3, 11), 7, 85))), 8, 16)
            re_fee = {"CNY": round(fee * 0.5 / 10) * 10, "AUD": 260, "GBP": 195}[b[6]]
            self.order(cust, tre - D(days=2), "reinspection", "复验服务", re_fee, "paid", job, channel=bchan,
                       device="", inspection_type=itype, inspection_type_zh=itype_zh, deposit_local=0,
                       payment_method=pay, package="")
            fixed = int(rng.binomial(max(ndef, 1), 0.78))
            self.ev(cust, tre, "tp_reinspection", "completed", job, channel="store", inspector_id=iid,
                    inspector=iname, items_checked=max(ndef, 1), items_fixed=fixed,
                    items_outstanding=max(ndef, 1) - fixed,
                    result="pass" if (max(ndef, 1) - fixed) <= 0.2 * max(ndef, 1) else "fail", **common)
        # ---- feedback after the report
        late = delay >= 40
        if rng.random() < 0.40:  # post-report survey
            ts = tr + hours(rng.uniform(20, 120))
            if outage and not called and rng.random() < 0.6:
                topic = "no_callback"
            elif late and rng.random() < 0.75:
                topic = "late"
            elif slow_lab and rng.random() < 0.6:
                topic = "asbestos"
            elif disputed and rng.random() < 0.5:
                topic = "missed_defect"
            else:
                topic = pick(["thorough", "photos", "professional", "price", "jargon", "reschedule", "late",
                              "missed_defect"], [0.28, 0.16, 0.24, 0.10, 0.10, 0.05, 0.035, 0.035])
                if topic == "late" and delay < 10:
                    topic = "professional"
            self.fb(cust, ts, topic, "survey", lang, TOPIC_TP[topic], rated=True, with_nps=True)
        if rng.random() < 0.14:  # public review
            ts = tr + D(days=int(rng.integers(2, 30)))
            if late and rng.random() < 0.5:
                topic = "late"
            elif outage and not called and rng.random() < 0.4:
                topic = "no_callback"
            elif slow_lab and rng.random() < 0.5:
                topic = "asbestos"
            else:
                topic = pick(["thorough", "photos", "professional", "price", "jargon", "missed_defect"],
                             [0.30, 0.15, 0.25, 0.12, 0.08, 0.10])
            chan = "dianping" if country == "CN" else "google_review"
            self.fb(cust, None if rng.random() < 0.33 else ts, topic, chan, lang, TOPIC_TP[topic], rated=True)
        return True

    @staticmethod
    def fee(country, itype, area, ptype):
        if country == "CN":
            v = max(698, area * 6.5) if itype == "new_build_handover" else 1100 + area * 4
            if ptype == "villa":
                v *= 1.6
            return float(round(v / 10) * 10)
        if country == "AU":
            v = {"pre_purchase": 420, "new_build_handover": 560}[itype] + (120 if ptype == "house" else 0)
            return float(v + 10 * int(rng.integers(0, 6)))
        v = {"rics_level2": 475, "rics_level3": 860, "snagging": 395}[itype]
        v += {"detached": 180, "semi_detached": 90, "terraced": 40, "flat": 0}[ptype]
        return float(v + 5 * int(rng.integers(0, 10)))

    @staticmethod
    def addons(country, itype, build_year, bid):
        out = []
        if country == "CN":
            if rng.random() < 0.42:
                out.append(("moisture", 380.0))
            if bid == "B2" and rng.random() < 0.18:
                out.append(("termite", 300.0))
        elif country == "AU":
            if itype == "pre_purchase" and rng.random() < 0.72:
                out.append(("termite", 220.0))
            if build_year < 1990 and rng.random() < 0.25:
                out.append(("asbestos", 390.0))
            if rng.random() < 0.12:
                out.append(("moisture", 180.0))
        else:
            if build_year < 2000 and itype != "snagging" and rng.random() < 0.45:
                out.append(("asbestos", 250.0))
            if itype != "snagging" and rng.random() < 0.22:
                out.append(("moisture", 180.0))
        return out


def fmt(v):
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, bool):
        return "true" if v else "false"
    return v


def write(path, rows, cols):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(c, "")) for c in cols])


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv",
          [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv",
          [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    ccols = ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "客户类型", "获客渠道", "套餐",
             "branch_id", "branch", "branch_en", "city", "city_en", "country", "property_type", "property_type_zh",
             "preferred_language", "agent_agency"]
    write(out / "customers.csv", g.customers, ccols)
    evs = sorted(g.events, key=lambda r: (r["ts"], r["customer_id"]))
    for n, r in enumerate(evs, 1):
        r["event_id"] = f"E{n:07d}"
    dup = [dict(evs[int(i)]) for i in rng.choice(len(evs), 14, replace=False)]  # re-sent rows of the export
    evs = sorted(evs + dup, key=lambda r: (r["ts"], r["event_id"]))
    base = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel"]
    extra = []
    for r in g.events:
        for k in r:
            if k not in base and k not in extra:
                extra.append(k)
    write(out / "events.csv", evs, base + extra)
    ords = sorted(g.orders, key=lambda r: r["ts"])
    for n, r in enumerate(ords, 1):
        r["order_id"] = f"ORD{n:06d}"
    # feedback ids in time order (undated rows keep the time the source had, unseen in the export)
    order = sorted(range(len(g.feedback)), key=lambda i: (g.feedback[i]["_key"], i))
    fbs, truth = [], []
    for n, i in enumerate(order, 1):
        f, t = dict(g.feedback[i]), dict(g.truth[i])
        f["feedback_id"] = t["feedback_id"] = f"FB{n:05d}"
        fbs.append(f)
        truth.append(t)
    g.feedback, g.truth = fbs, truth
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
             "amount_local", "currency", "deposit_local", "payment_method", "package", "inspection_type",
             "inspection_type_zh", "branch_id", "branch", "branch_en", "job_id"]
    write(out / "orders.csv", ords, ocols)
    write(out / "feedback.csv", g.feedback,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "branch_id", "branch", "branch_en"])
    write(out / "experiments.csv", g.exps, ["experiment_id", "variant", "customer_id", "assigned_at"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.customers)} events {len(evs)} orders {len(ords)} feedback {len(g.feedback)} "
          f"experiments {len(g.exps)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
