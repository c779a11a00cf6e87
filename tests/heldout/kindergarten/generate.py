"""启橙双语幼儿园 BrightOrange Bilingual Kindergartens — a chain of eight private bilingual (中英双语) kindergartens in
上海 (徐汇, 浦东), 北京顺义, 深圳蛇口, 杭州滨江, Singapore, Sydney and Vancouver (synthetic, written blind).

A family signs up for an open day (开放日) or is referred by a current parent (家长推荐) or finds us on the website,
social media (小红书, 微信朋友圈, Instagram, Facebook), through a relocation agent (搬迁顾问) or walks in; admissions
logs an enquiry (招生咨询登记). The family tours the campus (参观校园, in person or a virtual tour for relocating
families), brings the child for a trial day (入园体验日), submits an application with the application fee
(入学申请 + 报名费), has an admissions interview (入学面谈: recommend / waitlist / decline), gets an offer (录取通知),
pays the place deposit (学位定金) and the child starts (正式入园: the September intake or a rolling mid-year start).
Enrolled children pay monthly tuition (月度学费, ten bills Sep-Jun), sign up for after-school clubs, outings and the
summer camp (兴趣班与活动), their parents meet the homeroom teacher twice a year (家长会, November and April), use the
parent service desk (家长服务台 tickets), and either withdraw (退学申请, with a reason) or confirm re-enrolment for
next year in Feb-Mar (续读确认: confirmed with a re-enrolment deposit, or declined). 874 children were enrolled
before the extract started (their admissions are not in the data).

Data 2024-09-01 .. 2026-07-31 (SIS + CRM + finance extract taken 2026-08-04), naive local times of each campus.
orders.amount is CNY (group reporting currency); currency + amount_local keep what was charged
(SGD 5.35, AUD 4.70, CAD 5.25 CNY per unit, fixed group rates).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV per DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topics of each comment; not a DATA.md table). Seed 20260804, numpy + stdlib.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260804
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 9, 1), datetime(2026, 7, 31, 23, 59, 59)
FLU_STOP = (datetime(2025, 11, 10), datetime(2025, 12, 8))     # trial days suspended at the China campuses (flu)
DOUBLE = (datetime(2025, 9, 1), datetime(2025, 10, 16))        # new activity sign-up system charged some clubs twice
FEE_RISE = datetime(2025, 9, 1)
CNY_PER = {"CNY": 1.0, "SGD": 5.35, "AUD": 4.70, "CAD": 5.25}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_open_day", "开放日", "Open day", "awareness", "store", "physical", "marketing",
     "开放日|校园开放日|开放日活动|家长开放日|open day|open house|info session"),
    ("tp_referral", "家长推荐", "Parent referral", "awareness", "app", "digital", "marketing",
     "老带新|推荐|转介绍|家长转介绍|referral|parent referral|refer a friend"),
    ("tp_enquiry", "招生咨询登记", "Admissions enquiry", "consideration", "other", "digital", "admissions",
     "咨询|线索|招生咨询|留资|enquiry|inquiry|lead|admissions enquiry"),
    ("tp_tour", "参观校园", "Campus tour", "consideration", "store", "physical", "admissions",
     "看园|参观|参观幼儿园|校园参观|tour|campus tour|school tour|school visit|virtual tour"),
    ("tp_trial_day", "入园体验日", "Trial day", "consideration", "store", "physical", "admissions",
     "体验日|试园|体验课|入园体验|trial day|trial class|taster day|stay-and-play"),
    ("tp_application", "入学申请", "Application", "purchase", "web", "digital", "admissions",
     "申请|报名|入学报名|申请表|application|apply|application form"),
    ("tp_interview", "入学面谈", "Admissions interview", "purchase", "store", "physical", "admissions",
     "面谈|面试|家长面谈|入园面试|interview|admissions interview|assessment"),
    ("tp_offer", "录取通知", "Offer", "purchase", "email", "digital", "admissions",
     "录取|offer|发offer|录取通知书|offer letter|place offer|acceptance letter"),
    ("tp_deposit", "学位定金", "Place deposit", "purchase", "web", "digital", "finance",
     "定金|留位费|学位费|占位费|deposit|place deposit|seat deposit"),
    ("tp_enrolment", "正式入园", "First day at school", "service", "store", "physical", "campus_ops",
     "入园|开学|入学|首日入园|enrolment|enrollment|first day|start date"),
    ("tp_tuition", "月度学费", "Monthly tuition", "service", "web", "digital", "finance",
     "学费|保育费|月费|缴费|tuition|monthly fees|school fees|fees"),
    ("tp_activity", "兴趣班与活动", "Clubs & activities", "service", "app", "digital", "campus_ops",
     "兴趣班|课后班|研学|夏令营|活动费|clubs|after-school club|activities|summer camp|field trip"),
    ("tp_ptm", "家长会", "Parent-teacher meeting", "service", "store", "physical", "teaching",
     "家长会|家长面谈会|家校沟通会|PTM|parent-teacher meeting|parent teacher conference|parents evening"),
    ("tp_service_desk", "家长服务台", "Parent service desk", "service", "phone", "digital", "parent_services",
     "服务台|客服|工单|家长服务|service desk|helpdesk|support ticket|front office"),
    ("tp_classroom", "在园生活", "Classroom life", "service", "store", "physical", "teaching",
     "班级|在园|日常教学|老师|课堂|classroom|class|teaching|daily life at school"),
    ("tp_withdrawal", "退学申请", "Withdrawal", "loyalty", "app", "digital", "admissions",
     "退学|退园|转园|离园|withdrawal|withdraw|leaving|leavers"),
    ("tp_reenrolment", "续读确认", "Re-enrolment", "loyalty", "app", "digital", "admissions",
     "续读|续学|续报|升班确认|re-enrolment|re-enrollment|reenrol|returning next year"),
]
TP_IDS = [t[0] for t in TOUCHPOINTS]
JOURNEYS = [  # id, zh, en, window, steps
    ("admissions", "招生录取", "Admissions", 90,
     ["tp_enquiry", "tp_tour", "tp_trial_day", "tp_application", "tp_interview", "tp_offer", "tp_deposit"]),
    ("open_day_to_tour", "开放日转参观", "Open day to tour", 30, ["tp_open_day", "tp_tour"]),
    ("deposit_to_start", "定金到入园", "Deposit to first day", 365, ["tp_deposit", "tp_enrolment"]),
]

# campus_id: zh, en, city_zh, city_en, country, market, currency, full-day monthly tuition (local, 2024-25),
#            capacity, expat share, districts, admissions guides, interviewer, teachers
CAMPUSES = {
    "SH-XH": ("上海徐汇园", "Shanghai Xuhui", "上海", "Shanghai", "中国", "CN", "CNY", 15800, 170, 0.18,
              ["徐汇区", "长宁区", "闵行区"], ["陈佳怡", "Emily Zhou"], "王蕾",
              ["李婷", "Sarah Mills", "张晨", "Tom Hughes", "刘洋", "Grace Lin"]),
    "SH-PD": ("上海浦东园", "Shanghai Pudong", "上海", "Shanghai", "中国", "CN", "CNY", 14800, 215, 0.36,
              ["浦东新区", "浦东新区", "闵行区"], ["孙悦", "Kevin Xu"], "周敏",
              ["赵琳", "James Carter", "吴倩", "Laura Bell", "钱玉", "Mark Evans"]),
    "BJ-SY": ("北京顺义园", "Beijing Shunyi", "北京", "Beijing", "中国", "CN", "CNY", 15200, 160, 0.40,
              ["顺义区", "朝阳区", "朝阳区"], ["马丽", "Anna Wu"], "郑国华",
              ["高颖", "Peter Ross", "何静", "Chloe Adams", "田甜", "Ryan Cole"]),
    "SZ-SK": ("深圳蛇口园", "Shenzhen Shekou", "深圳", "Shenzhen", "中国", "CN", "CNY", 13500, 150, 0.25,
              ["南山区", "南山区", "福田区"], ["黄晓敏", "Vivian Ho"], "林志强",
              ["郭敏", "Daniel Price", "罗娟", "Hannah Wood", "梁爽", "Oliver King"]),
    "HZ-BJ": ("杭州滨江园", "Hangzhou Binjiang", "杭州", "Hangzhou", "中国", "CN", "CNY", 11800, 140, 0.06,
              ["滨江区", "上城区", "萧山区"], ["许诺", "Cindy Shen"], "沈丽华",
              ["韩雪", "Amy Turner", "冯蕾", "Jack Moore", "曹佳", "Lucy Reed"]),
    "SG-BT": ("新加坡武吉知马园", "Singapore Bukit Timah", "新加坡", "Singapore", "Singapore", "SG", "SGD", 2950, 130,
              0.30, ["Bukit Timah", "Holland", "Novena"], ["Rachel Tan", "Wei Ling Goh"], "Priya Nair",
              ["Michelle Lim", "陈老师 Chen Hui", "Jasmine Ong", "David Lee", "Nur Aisyah", "王芳 Wang Fang"]),
    "AU-CW": ("悉尼查茨伍德园", "Sydney Chatswood", "悉尼", "Sydney", "Australia", "AU", "AUD", 2750, 110, 0.22,
              ["Chatswood", "Lane Cove", "Epping"], ["Sophie Martin", "Jenny Liu"], "Karen Walsh",
              ["Emma Brown", "李静 Li Jing", "Olivia Scott", "Ben Harris", "Zoe Clarke", "张蕾 Zhang Lei"]),
    "CA-RM": ("温哥华列治文园", "Vancouver Richmond", "温哥华", "Vancouver", "Canada", "CA", "CAD", 2300, 110, 0.20,
              ["Richmond", "Burnaby", "Vancouver West"], ["Linda Chan", "Megan Fraser"], "Robert Chow",
              ["Ashley Wong", "刘蓓 Liu Bei", "Kate Mitchell", "Eric Lam", "Natalie Young", "周婷 Zhou Ting"]),
}
CAMP_IDS = list(CAMPUSES)
CN_CAMPS = [c for c in CAMP_IDS if CAMPUSES[c][5] == "CN"]

SOURCES = ["open_day", "parent_referral", "website", "social_media", "relocation_agent", "walk_in"]
SOURCE_ZH = {"open_day": "开放日", "parent_referral": "家长推荐", "website": "官网", "social_media": "社交媒体",
             "relocation_agent": "搬迁顾问", "walk_in": "到园咨询"}
SOC_CN = (["小红书", "微信朋友圈", "抖音"], [0.5, 0.35, 0.15])
SOC_OS = (["Instagram", "Facebook", "小红书"], [0.45, 0.35, 0.20])
GRADES = ["nursery", "K1", "K2", "K3"]
GRADE_ZH = {"nursery": "托班", "K1": "小班", "K2": "中班", "K3": "大班"}
TRIAL_ZH = {"good_fit": "适应良好", "needs_support": "需要支持", "not_ready": "暂不适合"}
INTERVIEW_ZH = {"recommend": "建议录取", "waitlist": "候补", "decline": "不予录取"}
REASON_ZH = {"relocation": "搬家/离开本市", "cost": "费用原因", "teaching_quality": "教学质量", "transfer_public":
             "转公立园", "commute": "通勤太远", "other": "其他"}
TICKET_ZH = {"billing": "缴费账单", "school_bus": "校车", "meals": "餐食", "health": "健康", "app": "家长App",
             "class": "班级事务"}
ACT_ZH = {"after_school_club": "课后兴趣班", "field_trip": "外出研学", "summer_camp": "夏令营"}
ORDER_ZH = {"application_fee": "报名费", "deposit": "学位定金", "tuition": "学费", "activity_fee": "活动费",
            "reenrol_deposit": "续读定金"}
CLUBS = [("乐高编程", "LEGO coding"), ("芭蕾", "Ballet"), ("足球", "Football"), ("书法", "Calligraphy"),
         ("游泳", "Swimming"), ("STEAM实验", "STEAM lab")]
REFUND_ZH = {"duplicate_charge": "重复扣费", "withdrawal": "退学", "relocation_cancelled": "搬迁取消"}

TOPICS = {  # topic: (zh marker, en marker, sentiment, home touchpoint, zh details, en details)
    "od_good": ("开放日很有收获", "open day was really informative", 1, "tp_open_day",
                ["园长讲得很清楚", "课程介绍很详细", "看到了孩子们上课的样子"],
                ["the principal's talk answered most of our questions", "loved seeing a real class",
                 "clear about the curriculum"]),
    "od_crowded": ("开放日人太多", "open day was way too crowded", -1, "tp_open_day",
                   ["根本挤不进教室", "想问问题都排不上", "停车也很难"],
                   ["couldn't even get into the classrooms", "no chance to ask questions", "parking was a nightmare"]),
    "tour_great": ("参观时老师讲解很细", "the tour guide explained everything", 1, "tp_tour",
                   ["每个功能室都带我们看了", "问题都耐心回答", "感觉很专业"],
                   ["patient with all our questions", "showed us every room", "very professional"]),
    "tour_rushed": ("参观太赶了", "the tour felt rushed", -1, "tp_tour",
                    ["二十分钟就结束了", "好多地方没看到", "感觉在走过场"],
                    ["over in twenty minutes", "we didn't see the outdoor area", "felt like a box-ticking exercise"]),
    "trial_happy": ("孩子体验日玩得很开心", "my kid loved the trial day", 1, "tp_trial_day",
                    ["回家一直说还想去", "老师很会带孩子", "没怎么哭"],
                    ["kept asking when she can go back", "teachers were great with him", "settled in quickly"]),
    "trial_cancelled": ("体验日被临时取消", "trial day was cancelled last minute", -1, "tp_trial_day",
                        ["说是流感停了", "再约要等好几周", "我们只好先看别的园了"],
                        ["something about flu", "next slot was weeks away", "we ended up looking at other schools"]),
    "interview_exam": ("面谈像在考孩子", "the interview felt like testing my child", -1, "tp_interview",
                       ["一直让孩子回答问题", "孩子很紧张", "家长也很有压力"],
                       ["they kept quizzing her", "my son froze", "really stressful for a three-year-old"]),
    "interview_warm": ("面谈氛围很轻松", "the interview was relaxed", 1, "tp_interview",
                       ["园长很亲切", "孩子一直在玩", "聊得很愉快"],
                       ["the principal was lovely", "our daughter just played the whole time", "a nice chat really"]),
    "deposit_norefund": ("定金不能退", "deposit is non-refundable", -1, "tp_deposit",
                         ["签的时候没讲清楚", "我们签证出了问题也不退", "希望能灵活一点"],
                         ["nobody told us clearly", "even though our visa fell through", "please be more flexible"]),
    "fees_high": ("学费太贵了", "fees are too steep", -1, "tp_tuition",
                  ["压力很大", "和别的双语园比也不便宜", "再考虑一下"],
                  ["it's a real stretch for us", "pricier than other bilingual schools", "we may have to rethink"]),
    "fee_rise": ("学费又涨了", "another fee increase", -1, "tp_tuition",
                 ["涨了百分之五", "通知得太晚", "服务也没见提升"],
                 ["five percent this time", "with very short notice", "nothing new for the money"]),
    "double_charge": ("兴趣班重复扣费", "charged twice for the club", -1, "tp_activity",
                      ["新系统报名后扣了两次", "退款等了好几天", "希望尽快处理"],
                      ["the new sign-up system took the fee twice", "refund took days", "please sort this out"]),
    "club_fun": ("兴趣班很丰富", "the clubs are great", 1, "tp_activity",
                 ["孩子特别喜欢乐高课", "选择很多", "老师很专业"],
                 ["she loves ballet", "lots of choice", "great coaches"]),
    "teachers_caring": ("老师很有爱心", "teachers are so caring", 1, "tp_classroom",
                        ["孩子每天都想去幼儿园", "照顾得很细心", "很放心"],
                        ["our son runs in every morning", "they notice everything", "total peace of mind"]),
    "english_progress": ("英语进步很快", "english has really improved", 1, "tp_classroom",
                         ["回家会说英文儿歌了", "外教很有耐心", "双语环境很好"],
                         ["she's mixing both languages now", "the bilingual setup works", "reading already"]),
    "teacher_turnover": ("外教换得太频繁", "foreign teachers keep changing", -1, "tp_classroom",
                         ["一学期换了两个", "孩子刚熟悉就走了", "教学不连贯"],
                         ["two different teachers this term", "the kids just got used to him", "no continuity"]),
    "lunch": ("午餐不太合口味", "not happy with the lunches", -1, "tp_classroom",
              ["孩子经常吃不饱", "菜品重复", "希望改进"],
              ["he comes home hungry", "same menu every week", "please look at it"]),
    "ptm_useful": ("家长会很有收获", "parent-teacher meeting was helpful", 1, "tp_ptm",
                   ["老师对孩子很了解", "给了很多建议", "看到了成长记录"],
                   ["the teacher really knows our child", "useful tips for home", "loved the portfolio"]),
    "ptm_short": ("家长会时间太短", "ptm slot was too short", -1, "tp_ptm",
                  ["十分钟就结束了", "没来得及问", "希望单独约时间"],
                  ["ten minutes is nothing", "couldn't ask half my questions", "would like a proper slot"]),
    "bus_late": ("校车经常迟到", "school bus keeps running late", -1, "tp_service_desk",
                 ["早上等了二十分钟", "也没有提前通知", "上班都迟到了"],
                 ["waited twenty minutes again", "no heads-up", "I was late for work"]),
    "slow_reply": ("老师回消息太慢", "slow to reply to messages", -1, "tp_service_desk",
                   ["问个事情要等一天", "群里也没人回", "希望改进"],
                   ["a whole day for a simple question", "nobody answers the app chat", "please improve"]),
}
NEUTRAL_ZH = ["整体还可以。", "想了解一下下学期的安排。", "孩子适应得还行，再观察看看。", "没有特别的意见。",
              "请问校历什么时候发？", "感谢老师们的付出。"]
NEUTRAL_EN = ["All fine overall.", "Could you share next term's calendar?", "Settling in okay so far.",
              "Nothing major to report.", "Thanks to the team.", "Just checking on the schedule."]

EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "campus_id",
           "campus", "city", "market", "lead_source", "线索来源", "social_platform", "referrer_id", "open_day_id",
           "open_day_format", "tour_type", "guide", "trial_result", "体验结果", "application_id", "programme", "年级",
           "interviewer", "interview_result", "面谈结果", "days_to_offer", "offer_id", "order_id", "currency",
           "amount_local", "payment_method", "billing_month", "days_late", "activity_type", "活动类型", "club",
           "ptm_id", "ptm_format", "teacher", "ticket_category", "工单类型", "first_response_hours",
           "withdrawal_reason", "退学原因", "notice_days", "school_year"]

events, orders, feedback, truth, customers = [], [], [], [], {}
_ev = [0]
_ord = [0]


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, p=None):
    return items[int(rng.choice(len(items), p=p))]


def weekday(t, later=True):
    while t.weekday() >= 5:
        t += D(days=1 if later else -1)
    return t


def at(d, h0=9, h1=17):
    return datetime(d.year, d.month, d.day) + D(minutes=int(rng.integers(h0 * 60, h1 * 60)))


def camp_fields(c):
    k = CAMPUSES[c]
    return {"campus_id": c, "campus": k[0], "city": k[3], "market": k[5]}


def ev(cid, ts, tp, action, camp, **kw):
    _ev[0] += 1
    row = {"event_id": f"E{_ev[0]:07d}", "customer_id": cid, "ts": fmt(ts), "touchpoint_id": tp, "action": action}
    row.update(camp_fields(camp))
    row.update(kw)
    events.append(row)
    return row


def order(cid, ts, camp, otype, local, status="paid", **kw):
    _ord[0] += 1
    cur = CAMPUSES[camp][6]
    oid = f"O{_ord[0]:06d}"
    row = {"order_id": oid, "customer_id": cid, "ts": fmt(ts), "amount": round(local * CNY_PER[cur], 2),
           "status": status, "order_type": otype, "费用类型": ORDER_ZH[otype], "campus_id": camp,
           "campus": CAMPUSES[camp][0], "market": CAMPUSES[camp][5], "currency": cur, "amount_local": round(local, 2)}
    row.update(kw)
    orders.append(row)
    return oid


def pay_method(camp):
    if CAMPUSES[camp][5] == "CN":
        return pick(["wechat_pay", "alipay", "bank_transfer"], [0.5, 0.3, 0.2])
    return pick(["card", "bank_transfer", "direct_debit"], [0.45, 0.3, 0.25])


def tuition_local(camp, when, plan, tier):
    base = CAMPUSES[camp][7]
    if when >= FEE_RISE:
        base *= 1.05 if CAMPUSES[camp][5] == "CN" else 1.04
    if plan == "half_day":
        base *= 0.62
    if tier == "sibling":
        base *= 0.9
    return round(base / 10) * 10 if CAMPUSES[camp][5] == "CN" else round(base)


# ---------------------------------------------------------------- feedback
_fb = [0]


def comment(cid, ts, camp, channel, lang, topics, touchpoint=None, rating=None, nps=None, **kw):
    if ts is not None and ts > END:
        return          # after the extract
    _fb[0] += 1
    fid = f"FB{_fb[0]:05d}"
    parts = []
    for tp in topics:
        t = TOPICS[tp]
        if lang == "zh":
            parts.append(pick(["", "说实话，", "想反馈一下：", "作为家长，"]) + t[0] + "，" + pick(t[4]) + "。")
        else:
            m = t[1]
            parts.append(pick(["", "Honestly, ", "Just to say: ", "As a parent, "]) + m + " - " + pick(t[5]) + ".")
    if not topics or rng.random() < 0.3:
        parts.append(pick(NEUTRAL_ZH if lang == "zh" else NEUTRAL_EN))
    text = "".join(parts) if lang == "zh" else " ".join(p[0].upper() + p[1:] for p in parts)
    if touchpoint is None:
        touchpoint = TOPICS[topics[0]][3] if topics else "tp_classroom"
    feedback.append({"feedback_id": fid, "text": text, "ts": fmt(ts) if ts is not None else "",
                     "customer_id": cid or "", "touchpoint_id": touchpoint, "channel": channel,
                     "rating": "" if rating is None else int(rating), "nps": "" if nps is None else int(nps),
                     "language": lang, "campus_id": camp, "campus": CAMPUSES[camp][0], **kw})
    sent = sum(TOPICS[t][2] for t in topics)
    truth.append({"feedback_id": fid, "topics": "|".join(topics),
                  "sentiment": "positive" if sent > 0 else "negative" if sent < 0 else "neutral"})


def rating_for(topics, shift=0.0):
    s = sum(TOPICS[t][2] for t in topics)
    if s > 0:
        p = [0.0, 0.02, 0.08, 0.35, 0.55]
    elif s < 0:
        p = [0.25, 0.35, 0.3, 0.08, 0.02]
    else:
        p = [0.03, 0.07, 0.3, 0.4, 0.2]
    r = int(rng.choice(5, p=p)) + 1
    if shift and rng.random() < abs(shift):
        r = max(1, min(5, r + (1 if shift > 0 else -1)))
    return r


def choose_topics(cands):
    """cands: [(topic, prob)] -> list of 0..2 topics."""
    out = [t for t, p in cands if rng.random() < p]
    rng.shuffle(out)
    return out[:2]


# ---------------------------------------------------------------- families
def new_family(camp, signup, source, expat=None):
    k = CAMPUSES[camp]
    cid = f"F{len(customers) + 1:05d}"
    if expat is None:
        expat = rng.random() < (0.9 if source == "relocation_agent" else k[9])
    if k[5] == "CN":
        lang = "en" if expat and rng.random() < 0.8 else "zh"
    else:
        lang = "zh" if (not expat and rng.random() < 0.38) or (expat and rng.random() < 0.25) else "en"
    if k[5] == "CN":
        home = ("English" if lang == "en" else "Mandarin") if rng.random() < 0.85 else pick(["Cantonese", "Korean",
                                                                                              "Japanese", "French"])
    else:
        home = ("Mandarin" if lang == "zh" else "English") if rng.random() < 0.8 else pick(["Cantonese", "Malay",
                                                                                             "Hindi", "Korean"])
    grade = pick(GRADES, [0.22, 0.48, 0.2, 0.10])
    tier = "corporate" if expat and rng.random() < 0.35 else "sibling" if rng.random() < 0.08 else "standard"
    customers[cid] = {"customer_id": cid, "signup_at": fmt(signup), "segment": "prospect",
                      "region": pick(k[10]), "acquisition_channel": source, "tier": tier,
                      "获客渠道": SOURCE_ZH[source], "campus_id": camp, "campus": k[0], "campus_en": k[1],
                      "city": k[3], "country": k[4], "market": k[5], "family_type": "expat" if expat else "local",
                      "家庭类型": "外籍/外派" if expat else "本地", "preferred_language": lang,
                      "home_language": home, "entry_programme": grade, "入学年级": GRADE_ZH[grade],
                      "child_birth_year": 2024 - {"nursery": 2, "K1": 3, "K2": 4, "K3": 5}[grade] - (signup.year - 2024),
                      "child_gender": pick(["F", "M"]),
                      "plan": "half_day" if rng.random() < 0.18 else "full_day",
                      "corporate_sponsor": pick(["Siemens", "HSBC", "Tesla", "BASF", "Unilever", "L'Oréal", "Shell"])
                      if tier == "corporate" else "",
                      "school_bus": "Y" if rng.random() < 0.35 else "N", "referrer_id": "", "enrolled_at": "",
                      "left_at": ""}
    return cid


# ---------------------------------------------------------------- open days and leads
def peak(m):
    return m in (10, 11, 12, 1, 3, 4, 5)


OPEN_DAYS = []


def gen_open_days():
    n = 0
    for camp in CAMP_IDS:
        d = date(2024, 9, 1)
        while d <= date(2026, 6, 30):
            if d.month not in (6, 7, 8):
                sat = date(d.year, d.month, 8)
                while sat.weekday() != 5:
                    sat += D(days=1)
                sat += D(days=7 * int(rng.integers(0, 2)))
                n += 1
                fmt_ = "online" if rng.random() < (0.12 if CAMPUSES[camp][5] == "CN" else 0.25) else "in_person"
                OPEN_DAYS.append((f"OD{n:04d}", camp, datetime(sat.year, sat.month, sat.day, 10), fmt_))
            d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def gen_leads():
    leads = []  # (cid, camp, t_enquiry, source, extra)
    for od_id, camp, t_od, f in OPEN_DAYS:
        lam = (15 if peak(t_od.month) else 9) * (1.0 if CAMPUSES[camp][5] == "CN" else 0.75)
        for _ in range(int(rng.poisson(lam))):
            t_reg = t_od - D(days=float(rng.uniform(1, 21)), hours=float(rng.uniform(0, 10)))
            if t_reg < START:
                continue
            cid = new_family(camp, t_reg, "open_day")
            dev = pick(["mobile", "pc"], [0.8, 0.2])
            ev(cid, t_reg, "tp_open_day", "registered", camp, session_id=od_id, open_day_id=od_id,
               open_day_format=f, device=dev, channel="mini_program" if CAMPUSES[camp][5] == "CN" else "web")
            t_enq = t_reg + D(minutes=int(rng.integers(1, 30)))
            att = rng.random() < (0.70 if f == "in_person" else 0.50)
            if t_od <= END:
                ev(cid, t_od + D(minutes=int(rng.integers(0, 20))), "tp_open_day", "attended" if att else "no_show",
                   camp, session_id=od_id, open_day_id=od_id, open_day_format=f,
                   channel="offline" if f == "in_person" else "web")
            leads.append((cid, camp, t_enq, "open_day", {"attended": att, "od": (od_id, t_od, f), "dev": dev}))
    mix_cn = [0.0, 0.18, 0.27, 0.36, 0.05, 0.14]
    mix_os = [0.0, 0.20, 0.33, 0.24, 0.12, 0.11]
    d = START
    while d < END:
        for camp in CAMP_IDS:
            k = CAMPUSES[camp]
            lam = (0.62 if peak(d.month) else 0.36) * (1.0 if k[5] == "CN" else 0.8)
            for _ in range(int(rng.poisson(lam))):
                mix = list(mix_cn if k[5] == "CN" else mix_os)
                if camp in ("SH-PD", "BJ-SY"):
                    mix[4] += 0.08
                    mix[3] -= 0.08
                src = pick(SOURCES, np.array(mix) / sum(mix))
                t = at(d, 8, 21)
                cid = new_family(camp, t, src)
                extra = {"dev": pick(["mobile", "pc"], [0.75, 0.25])}
                if src == "social_media":
                    extra["platform"] = pick(*(SOC_CN if k[5] == "CN" else SOC_OS))
                if src == "parent_referral":
                    extra["ref_t"] = max(START + D(hours=7), t - D(days=float(rng.uniform(0.2, 5))))
                if src == "walk_in":
                    t = weekday(at(d, 9, 16))
                leads.append((cid, camp, t, src, extra))
        d += D(days=1)
    return leads


# ---------------------------------------------------------------- admissions
P_TOUR = {"open_day": 0.62, "parent_referral": 0.84, "website": 0.56, "social_media": 0.33, "relocation_agent": 0.80,
          "walk_in": 0.72}
P_TRIAL = {"open_day": 0.72, "parent_referral": 0.80, "website": 0.68, "social_media": 0.52, "relocation_agent": 0.60,
           "walk_in": 0.70}
P_DEP = {"open_day": 0.74, "parent_referral": 0.88, "website": 0.68, "social_media": 0.50, "relocation_agent": 0.80,
         "walk_in": 0.72}
STARTS = []  # (cid, camp, t_start, grade)
ENROLLED = {c: [] for c in CAMP_IDS}  # for referrers


def first_school_day(y):
    d = date(y, 9, 1)
    while d.weekday() >= 5:
        d += D(days=1)
    return d


def admissions(lead):
    cid, camp, t0, src, extra = lead
    k = CAMPUSES[camp]
    cu = customers[cid]
    lead_kw = dict(session_id=f"L{cid[1:]}", lead_source=src, 线索来源=SOURCE_ZH[src], channel=src,
                   device=extra["dev"], social_platform=extra.get("platform", ""))
    if src == "parent_referral":
        pool = [p for p in ENROLLED[camp] if customers[p]["enrolled_at"] < fmt(extra["ref_t"])]
        ref = pick(pool) if pool else ""
        cu["referrer_id"] = ref
        ev(cid, extra["ref_t"], "tp_referral", "submitted", camp, referrer_id=ref, channel="app", device="mobile")
        lead_kw["referrer_id"] = ref
    ev(cid, t0, "tp_enquiry", "created", camp, **lead_kw)
    p_tour = P_TOUR[src]
    if src == "open_day":
        p_tour = 0.74 if extra["attended"] else 0.30
    if rng.random() >= p_tour:
        return
    if src == "walk_in" and rng.random() < 0.6:
        t_tour = t0 + D(minutes=int(rng.integers(10, 60)))
    else:
        t_tour = weekday(at((t0 + D(days=float(rng.gamma(2.0, 4.0) + 1))).date(), 9, 16))
    expat = cu["family_type"] == "expat"
    virtual = (src == "relocation_agent" and rng.random() < 0.6) or (expat and k[5] != "CN" and rng.random() < 0.3)
    if t_tour > END:
        return
    ev(cid, t_tour, "tp_tour", "completed", camp, session_id=f"T{cid[1:]}",
       tour_type="virtual" if virtual else "in_person", guide=pick(k[11]),
       channel="video_call" if virtual else "offline")
    # trial day (or apply straight away after a virtual tour)
    t_trial = None
    p_trial = P_TRIAL[src] * (0.75 if virtual else 1.0)
    if rng.random() < p_trial:
        t_trial = weekday(at((t_tour + D(days=float(rng.gamma(2.0, 4.0) + 2))).date(), 9, 10))
        if k[5] == "CN" and FLU_STOP[0] <= t_trial < FLU_STOP[1]:
            if rng.random() < 0.62:
                # suspended; family lost or they will skip
                if rng.random() < 0.6:
                    comment(cid, t_trial, camp, "wechat" if cu["preferred_language"] == "zh" else "email",
                            cu["preferred_language"], ["trial_cancelled"])
                return
            if rng.random() < 0.4:
                comment(cid, t_trial, camp, "wechat" if cu["preferred_language"] == "zh" else "email",
                        cu["preferred_language"], ["trial_cancelled"])
            t_trial = weekday(at((FLU_STOP[1] + D(days=float(rng.uniform(0, 12)))).date(), 9, 10))
        if t_trial > END:
            return
        res = pick(["good_fit", "needs_support", "not_ready"], [0.74, 0.19, 0.07])
        ev(cid, t_trial, "tp_trial_day", "attended", camp, session_id=f"TD{cid[1:]}", trial_result=res,
           体验结果=TRIAL_ZH[res], programme=cu["entry_programme"], 年级=GRADE_ZH[cu["entry_programme"]],
           teacher=pick(k[13]), channel="offline")
        p_app = {"good_fit": 0.80, "needs_support": 0.55, "not_ready": 0.2}[res]
        t_prev = t_trial
    elif virtual and rng.random() < 0.5:
        p_app, t_prev = 0.9, t_tour
    else:
        return
    if rng.random() >= p_app:
        return
    t_app = t_prev + D(days=float(rng.uniform(0.5, 12)))
    if t_app > END:
        return
    fee = 1500 if k[5] == "CN" else 250 if k[6] != "SGD" else 300
    if rng.random() < 0.06:
        order(cid, t_app - D(hours=2), camp, "application_fee", fee, status="cancelled", channel="online",
              device=extra["dev"], payment_method=pay_method(camp))
    app_id = f"A{cid[1:]}"
    oid = order(cid, t_app, camp, "application_fee", fee, channel="online", device=extra["dev"],
                payment_method=pay_method(camp))
    ev(cid, t_app, "tp_application", "submitted", camp, session_id=app_id, application_id=app_id,
       programme=cu["entry_programme"], 年级=GRADE_ZH[cu["entry_programme"]], order_id=oid, device=extra["dev"],
       channel="web" if k[5] != "CN" else pick(["web", "mini_program"], [0.3, 0.7]))
    if rng.random() >= 0.94:
        return
    t_int = weekday(at((t_app + D(days=float(rng.uniform(4, 15)))).date(), 9, 16))
    if t_int > END:
        return
    res = pick(["recommend", "waitlist", "decline"], [0.68, 0.14, 0.18] if camp == "BJ-SY" else [0.85, 0.10, 0.05])
    ev(cid, t_int, "tp_interview", "held", camp, session_id=app_id, application_id=app_id, interviewer=k[12],
       interview_result=res, 面谈结果=INTERVIEW_ZH[res], channel="video_call" if virtual else "offline")
    if rng.random() < (0.36 if camp == "BJ-SY" else 0.06):
        topics = ["interview_exam"] if rng.random() < 0.85 else ["interview_warm"]
    elif rng.random() < 0.12:
        topics = ["interview_warm"]
    else:
        topics = []
    if topics or rng.random() < 0.1:
        comment(cid, t_int + D(days=float(rng.uniform(0.2, 3))), camp, "event_survey", cu["preferred_language"], topics,
                touchpoint="tp_interview", rating=rating_for(topics))
    if res == "decline":
        return
    dto = (float(rng.gamma(2.2, 1.8)) + 1) if res == "recommend" else float(rng.uniform(14, 45))
    if res == "waitlist" and rng.random() < 0.5:
        return
    t_off = weekday(at((t_int + D(days=dto)).date(), 10, 18))
    if t_off > END:
        return
    off_id = f"OF{cid[1:]}"
    ev(cid, t_off, "tp_offer", "issued", camp, session_id=app_id, application_id=app_id, offer_id=off_id,
       days_to_offer=(t_off.date() - t_int.date()).days, programme=cu["entry_programme"], channel="email")
    p_dep = P_DEP[src] * (0.8 if res == "waitlist" else 1.0)
    if rng.random() >= p_dep:
        return
    t_dep = t_off + D(days=float(rng.gamma(1.5, 3.0) + 0.2))
    if t_dep > END:
        return
    local = tuition_local(camp, t_dep, "full_day", "standard")
    pm = pay_method(camp)
    # start date: September intake, or a rolling start a few weeks later
    mid = t_dep.month in (9, 10, 11, 12)
    if t_dep.month in (6, 7, 8) or (not mid and rng.random() < (0.5 if expat else 0.72)) or \
            (mid and rng.random() < 0.4):
        y = t_dep.year if t_dep.month <= 8 else t_dep.year + 1
        t_start = datetime.combine(first_school_day(y), datetime.min.time()) + D(hours=8, minutes=int(
            rng.integers(0, 50)))
    else:
        t_start = weekday(at((t_dep + D(days=float(rng.uniform(12, 40)))).date(), 8, 9))
        if t_start.month in (7, 8):
            t_start = datetime.combine(first_school_day(t_start.year), datetime.min.time()) + D(hours=8)
    forfeit = rng.random() < (0.2 if src == "relocation_agent" else 0.06)
    status = "paid"
    if forfeit and (src == "relocation_agent" or expat) and rng.random() < 0.55:
        status = "refunded"
    oid = order(cid, t_dep, camp, "deposit", local, status=status, channel="online", device=extra["dev"],
                payment_method=pm, refund_reason="relocation_cancelled" if status == "refunded" else "",
                退款原因=REFUND_ZH["relocation_cancelled"] if status == "refunded" else "")
    ev(cid, t_dep, "tp_deposit", "paid", camp, session_id=off_id, offer_id=off_id, order_id=oid, currency=k[6],
       amount_local=local, payment_method=pm, device=extra["dev"],
       channel="mini_program" if k[5] == "CN" else "web")
    if forfeit:
        if rng.random() < 0.45:
            comment(cid, t_start - D(days=float(rng.uniform(3, 30))), camp,
                    "wechat" if cu["preferred_language"] == "zh" else "email", cu["preferred_language"],
                    ["deposit_norefund"])
        return
    if rng.random() < 0.03:
        comment(cid, t_dep + D(days=float(rng.uniform(1, 20))), camp, "wechat" if cu["preferred_language"] == "zh"
                else "email", cu["preferred_language"], ["deposit_norefund"])
    if t_start > END:
        cu["segment"] = "admitted"
        return
    # grade at start: entry programme was for the coming September
    STARTS.append((cid, camp, t_start, cu["entry_programme"]))


# ---------------------------------------------------------------- enrolled life
def school_year(t):
    return f"{t.year}-{(t.year + 1) % 100:02d}" if t.month >= 9 else f"{t.year - 1}-{t.year % 100:02d}"


PTM_DATES = [date(2024, 11, 16), date(2025, 4, 12), date(2025, 11, 15), date(2026, 4, 11)]
SURVEY_WIN = [(date(2024, 12, 9), 10), (date(2025, 5, 12), 10), (date(2025, 12, 8), 10), (date(2026, 5, 11), 10)]
REENROL = [(date(2025, 2, 17), date(2025, 3, 28)), (date(2026, 2, 16), date(2026, 3, 27))]


def child_life(cid, camp, t_start, grade, existing=False):
    k = CAMPUSES[camp]
    cu = customers[cid]
    lang = cu["preferred_language"]
    expat = cu["family_type"] == "expat"
    teacher = pick(k[13])
    cu["segment"] = "enrolled"
    cu["enrolled_at"] = fmt(t_start)
    ENROLLED[camp].append(cid)
    if not existing:
        ev(cid, t_start, "tp_enrolment", "started", camp, session_id=f"S{cid[1:]}", programme=grade,
           年级=GRADE_ZH[grade], teacher=teacher, school_year=school_year(t_start), channel="offline")
    gi = GRADES.index(grade)
    # monthly loop
    y, m = t_start.year, t_start.month
    leave, reason, declined = None, None, False
    bus = cu["school_bus"] == "Y"
    while True:
        first = datetime(y, m, 1)
        if first > END:
            break
        if m == 9 and first > t_start:
            gi += 1
            teacher = pick(k[13])
            if gi >= 4:
                cu["segment"] = "graduated" if not declined else cu["segment"]
                break
            if declined:
                cu["segment"] = "not_returning"
                break
        g = GRADES[gi]
        sy = school_year(first)
        if m not in (7, 8):
            # tuition bill
            pay = first + D(days=int(rng.integers(0, 9)), hours=int(rng.integers(8, 22)), minutes=int(rng.integers(60)))
            late = 0
            if rng.random() < (0.12 if cu["tier"] != "corporate" else 0.04):
                late = int(rng.integers(1, 25))
                pay = first + D(days=9 + late, hours=int(rng.integers(8, 22)))
            if pay <= END:
                local = tuition_local(camp, first, cu["plan"], cu["tier"])
                pm = "bank_transfer" if cu["tier"] == "corporate" else pay_method(camp)
                dev = pick(["mobile", "pc"], [0.7, 0.3]) if pm != "bank_transfer" else "pc"
                oid = order(cid, pay, camp, "tuition", local, channel="corporate_invoice" if cu["tier"] == "corporate"
                            else "online", device=dev, payment_method=pm, billing_month=f"{y}-{m:02d}",
                            plan=cu["plan"])
                ev(cid, pay, "tp_tuition", "paid", camp, session_id=oid, order_id=oid, currency=k[6],
                   amount_local=local, payment_method=pm, billing_month=f"{y}-{m:02d}", days_late=late,
                   device=dev, school_year=sy, channel="mini_program" if k[5] == "CN" and pm != "bank_transfer"
                   else "web")
            # clubs, outings
            if m in (9, 2) and first >= t_start - D(days=20) and rng.random() < 0.45:
                ts = first + D(days=int(rng.integers(0, 18)), hours=int(rng.integers(8, 22)))
                if m == 2:
                    ts += D(days=18)
                if ts <= END:
                    club = pick(CLUBS)
                    fee = 2400 if k[5] == "CN" else 420
                    pm = pay_method(camp)
                    oid = order(cid, ts, camp, "activity_fee", fee, channel="app", device="mobile",
                                payment_method=pm, activity_type="after_school_club", 活动类型=ACT_ZH["after_school_club"],
                                club=club[1])
                    ev(cid, ts, "tp_activity", "signed_up", camp, session_id=oid, order_id=oid,
                       activity_type="after_school_club", 活动类型=ACT_ZH["after_school_club"], club=club[1],
                       currency=k[6], amount_local=fee, device="mobile", channel="app", school_year=sy)
                    if DOUBLE[0] <= ts < DOUBLE[1] and rng.random() < 0.3:
                        order(cid, ts + D(seconds=int(rng.integers(5, 90))), camp, "activity_fee", fee,
                              status="refunded", channel="app", device="mobile", payment_method=pm,
                              activity_type="after_school_club", 活动类型=ACT_ZH["after_school_club"], club=club[1],
                              refund_reason="duplicate_charge", 退款原因=REFUND_ZH["duplicate_charge"])
                        if rng.random() < 0.55:
                            ch = pick(["ticket", "wechat" if lang == "zh" else "email"])
                            comment(cid, ts + D(days=float(rng.uniform(0.5, 9))), camp, ch, lang, ["double_charge"],
                                    touchpoint="tp_activity")
                        if rng.random() < 0.6:
                            ev(cid, ts + D(days=float(rng.uniform(0.2, 5))), "tp_service_desk", "ticket_opened", camp,
                               session_id=f"K{_ev[0]}", ticket_category="billing", 工单类型=TICKET_ZH["billing"],
                               first_response_hours=round(float(rng.lognormal(np.log(6), 0.6)), 1),
                               channel=pick(["phone", "app"]), school_year=sy)
                    elif rng.random() < 0.05:
                        comment(cid, ts + D(days=float(rng.uniform(10, 60))), camp, "parent_survey", lang, ["club_fun"],
                                touchpoint="tp_activity", rating=rating_for(["club_fun"]))
            if m in (10, 4) and rng.random() < 0.55:
                ts = first + D(days=int(rng.integers(0, 20)), hours=int(rng.integers(8, 22)))
                if ts <= END and ts > t_start:
                    fee = 380 if k[5] == "CN" else 65
                    oid = order(cid, ts, camp, "activity_fee", fee, channel="app", device="mobile",
                                payment_method=pay_method(camp), activity_type="field_trip",
                                活动类型=ACT_ZH["field_trip"])
                    ev(cid, ts, "tp_activity", "signed_up", camp, session_id=oid, order_id=oid,
                       activity_type="field_trip", 活动类型=ACT_ZH["field_trip"], currency=k[6], amount_local=fee,
                       device="mobile", channel="app", school_year=sy)
            if m == 5 and gi < 3 and rng.random() < 0.33:
                ts = first + D(days=int(rng.integers(5, 40)), hours=int(rng.integers(8, 22)))
                if ts <= END:
                    fee = 6800 if k[5] == "CN" else 1250
                    oid = order(cid, ts, camp, "activity_fee", fee, channel="app", device="mobile",
                                payment_method=pay_method(camp), activity_type="summer_camp",
                                活动类型=ACT_ZH["summer_camp"])
                    ev(cid, ts, "tp_activity", "signed_up", camp, session_id=oid, order_id=oid,
                       activity_type="summer_camp", 活动类型=ACT_ZH["summer_camp"], currency=k[6], amount_local=fee,
                       device="mobile", channel="app", school_year=sy)
            # parent-teacher meetings
            for pd in PTM_DATES:
                if pd.year == y and pd.month == m and datetime(pd.year, pd.month, pd.day) > t_start + D(days=20):
                    online_p = 0.5 if k[5] != "CN" else (0.3 if expat else 0.12)
                    f = "online" if rng.random() < online_p else "in_person"
                    att = rng.random() < (0.74 if f == "online" else 0.91)
                    tday = datetime(pd.year, pd.month, pd.day) + D(days=int(rng.integers(0, 6)))
                    tt = tday + D(hours=int(rng.integers(9, 19)), minutes=int(rng.choice([0, 15, 30, 45])))
                    pid = f"P{camp}-{pd:%Y%m}"
                    ev(cid, tt, "tp_ptm", "attended" if att else "missed", camp, session_id=pid, ptm_id=pid,
                       ptm_format=f, teacher=teacher, programme=g, 年级=GRADE_ZH[g], school_year=sy,
                       channel="video_call" if f == "online" else "offline")
                    if att and rng.random() < 0.12:
                        topics = choose_topics([("ptm_useful", 0.5), ("ptm_short", 0.35 if f == "online" else 0.15),
                                                ("teacher_turnover", 0.3 if camp == "SZ-SK" and tt > FEE_RISE
                                                 else 0.0)])
                        comment(cid, tt + D(hours=2), camp, "ptm_note", lang, topics,
                                touchpoint="tp_ptm", teacher=teacher)
            # parent surveys
            for sd, span in SURVEY_WIN:
                if sd.year == y and sd.month == m and datetime(sd.year, sd.month, sd.day) > t_start + D(days=30) \
                        and rng.random() < 0.24:
                    ts = datetime(sd.year, sd.month, sd.day) + D(days=float(rng.uniform(0, span)))
                    turnover = camp == "SZ-SK" and ts > FEE_RISE
                    topics = choose_topics([
                        ("teachers_caring", 0.24 if not turnover else 0.10), ("english_progress", 0.18),
                        ("teacher_turnover", 0.62 if turnover else 0.03), ("lunch", 0.08),
                        ("fees_high", 0.06), ("fee_rise", 0.22 if FEE_RISE <= ts < datetime(2026, 1, 1) else 0.02),
                        ("bus_late", 0.15 if bus and camp in ("SH-PD", "BJ-SY") else 0.02)])
                    r = rating_for(topics, shift=-0.35 if turnover else 0.0)
                    nps = int(np.clip(round(rng.normal(7.2 + (r - 3.5) * 1.6 - (1.2 if turnover else 0), 1.3)), 0,
                                      10))
                    tp = TOPICS[topics[0]][3] if topics else "tp_classroom"
                    comment(cid, ts, camp, "parent_survey", lang, topics, touchpoint=tp, rating=r,
                            nps=nps if rng.random() < 0.8 else None, teacher=teacher)
            # service desk tickets
            for _ in range(int(rng.poisson(0.07))):
                ts = first + D(days=float(rng.uniform(0, 27)), hours=int(rng.integers(7, 20)))
                if ts <= t_start or ts > END:
                    continue
                cats = ["billing", "school_bus", "meals", "health", "app", "class"]
                p = np.array([0.22, 0.22 if bus else 0.02, 0.15, 0.15, 0.1, 0.16])
                cat = pick(cats, p / p.sum())
                frh = float(rng.lognormal(np.log(3.0 if k[5] == "CN" else 5.0), 0.7))
                if camp == "SZ-SK":
                    frh *= 1.4
                ev(cid, ts, "tp_service_desk", "ticket_opened", camp, session_id=f"K{_ev[0] + 1}",
                   ticket_category=cat, 工单类型=TICKET_ZH[cat], first_response_hours=round(frh, 1),
                   channel=pick(["phone", "app", "wechat" if k[5] == "CN" else "email"]), school_year=sy)
                if rng.random() < 0.25:
                    topics = {"school_bus": ["bus_late"], "app": ["slow_reply"], "meals": ["lunch"],
                              "billing": [], "health": [], "class": ["slow_reply"] if frh > 6 else []}[cat]
                    tp = "tp_service_desk" if cat != "meals" else "tp_classroom"
                    comment(cid, ts + D(hours=float(rng.uniform(1, 30))), camp, "ticket", lang, topics, touchpoint=tp)
        # leaving: withdrawal during the year
        if m not in (7, 8) and first > t_start:
            hz = 0.0055
            if camp == "SZ-SK" and first >= FEE_RISE:
                hz = 0.012
            if expat:
                hz *= 1.6
            if rng.random() < hz:
                ts = first + D(days=float(rng.uniform(0, 27)), hours=int(rng.integers(8, 21)))
                if ts <= END:
                    if expat:
                        w = {"relocation": 0.62, "cost": 0.08, "teaching_quality": 0.1, "transfer_public": 0.02,
                             "commute": 0.1, "other": 0.08}
                    else:
                        w = {"relocation": 0.14, "cost": 0.28, "teaching_quality": 0.18, "transfer_public": 0.22,
                             "commute": 0.12, "other": 0.06}
                    if camp == "SZ-SK" and first >= FEE_RISE:
                        w["teaching_quality"] += 0.5
                    keys = list(w)
                    pr = np.array([w[x] for x in keys])
                    reason = pick(keys, pr / pr.sum())
                    ev(cid, ts, "tp_withdrawal", "requested", camp, session_id=f"W{cid[1:]}", withdrawal_reason=reason,
                       退学原因=REASON_ZH[reason], notice_days=int(rng.choice([7, 14, 30, 30, 30])),
                       programme=g, 年级=GRADE_ZH[g], school_year=sy, channel="app", device="mobile")
                    leave = ts
                    if rng.random() < 0.7:
                        topics = {"relocation": [], "cost": ["fees_high"], "teaching_quality":
                                  ["teacher_turnover"] if camp == "SZ-SK" and first >= FEE_RISE else
                                  choose_topics([("slow_reply", 0.4), ("lunch", 0.3)]),
                                  "transfer_public": ["fees_high"] if rng.random() < 0.4 else [], "commute":
                                  ["bus_late"] if bus and rng.random() < 0.5 else [], "other": []}[reason]
                        comment(cid, ts + D(days=float(rng.uniform(1, 10))), camp, "exit_interview", lang, topics,
                                touchpoint="tp_withdrawal")
                    # refund part of the last bill sometimes
                    if rng.random() < 0.35:
                        for o in reversed(orders):
                            if o["customer_id"] == cid and o["order_type"] == "tuition":
                                if o["ts"] >= fmt(first):
                                    o["status"] = "refunded"
                                    o["refund_reason"] = "withdrawal"
                                    o["退款原因"] = REFUND_ZH["withdrawal"]
                                break
                    cu["segment"] = "withdrawn"
                    cu["left_at"] = fmt(ts)
                    break
        # re-enrolment
        for a, b in REENROL:
            if a.year == y and a.month == m and gi < 3 and datetime(a.year, a.month, 1) > t_start:
                ts = datetime.combine(a, datetime.min.time()) + D(days=float(rng.uniform(0, (b - a).days)),
                                                                  hours=int(rng.integers(8, 22)))
                p = 0.80 if expat else 0.88
                if camp == "SZ-SK" and a.year == 2026:
                    p = 0.58
                if cu["tier"] == "corporate":
                    p -= 0.05
                ok = rng.random() < p
                rid = f"R{cid[1:]}-{a.year}"
                kw = dict(session_id=rid, programme=g, 年级=GRADE_ZH[g], school_year=f"{a.year}-{(a.year + 1) % 100:02d}",
                          channel="app", device="mobile")
                if ok:
                    fee = 5000 if k[5] == "CN" else 900
                    oid = order(cid, ts + D(minutes=3), camp, "reenrol_deposit", fee, channel="app", device="mobile",
                                payment_method=pay_method(camp))
                    ev(cid, ts, "tp_reenrolment", "confirmed", camp, order_id=oid, currency=k[6], amount_local=fee,
                       **kw)
                else:
                    ev(cid, ts, "tp_reenrolment", "declined", camp, **kw)
                    declined = True
                    if rng.random() < 0.3:
                        topics = ["teacher_turnover"] if camp == "SZ-SK" and a.year == 2026 and rng.random() < 0.7 \
                            else choose_topics([("fees_high", 0.5)])
                        comment(cid, ts + D(hours=6), camp, "wechat" if lang == "zh" else "email", lang, topics,
                                touchpoint="tp_reenrolment")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    if declined and cu["segment"] == "enrolled":
        cu["segment"] = "not_returning"
    if cu["segment"] == "enrolled" and GRADES[gi] == "K3" and END.month in (7, 8):
        cu["segment"] = "graduated"
    if cu["segment"] == "not_returning" and not cu["left_at"]:
        cu["left_at"] = f"{y if m > 6 else y}-06-30 17:00:00"


def review_posts():
    """public reviews (大众点评 / Google) and WeChat group messages, some without ts / customer."""
    for camp in CAMP_IDS:
        k = CAMPUSES[camp]
        fams = [c for c in customers if customers[c]["campus_id"] == camp and customers[c]["enrolled_at"]]
        for _ in range(int(rng.poisson(48 if k[5] == "CN" else 30))):
            cid = pick(fams) if fams and rng.random() < 0.65 else None
            lang = customers[cid]["preferred_language"] if cid else ("zh" if k[5] == "CN" or rng.random() < 0.3
                                                                      else "en")
            ts = START + D(days=float(rng.uniform(0, (END - START).days)))
            turnover = camp == "SZ-SK" and ts > FEE_RISE
            topics = choose_topics([("teachers_caring", 0.3), ("english_progress", 0.2), ("lunch", 0.08),
                                    ("fees_high", 0.12), ("teacher_turnover", 0.55 if turnover else 0.03),
                                    ("tour_great", 0.05), ("tour_rushed", 0.04)])
            platform = ("大众点评" if rng.random() < 0.7 else "小红书") if k[5] == "CN" else "Google"
            comment(cid, ts if rng.random() > 0.08 else None, camp, "review_site", lang, topics,
                    rating=rating_for(topics, shift=-0.3 if turnover else 0.0), platform=platform)
        for _ in range(int(rng.poisson(40 if k[5] == "CN" else 22))):
            if not fams:
                break
            cid = pick(fams)
            lang = customers[cid]["preferred_language"]
            ts = START + D(days=float(rng.uniform(0, (END - START).days)))
            topics = choose_topics([("slow_reply", 0.2), ("bus_late", 0.15 if camp in ("SH-PD", "BJ-SY") else 0.04),
                                    ("teachers_caring", 0.2), ("lunch", 0.1), ("club_fun", 0.08)])
            ch = "wechat" if lang == "zh" else "email"
            comment(cid, None if (ch == "wechat" and rng.random() < 0.25) else ts, camp, ch, lang, topics)


def open_day_and_tour_feedback():
    byc = {}
    for e in events:
        if e["touchpoint_id"] in ("tp_open_day", "tp_tour") and e["action"] in ("attended", "completed"):
            byc.setdefault(e["touchpoint_id"], []).append(e)
    size = {}
    for e in byc["tp_open_day"]:
        size[e["open_day_id"]] = size.get(e["open_day_id"], 0) + 1
    for e in byc["tp_open_day"]:
        if rng.random() < 0.15:
            cu = customers[e["customer_id"]]
            crowded = size[e["open_day_id"]] >= 13 and e["open_day_format"] == "in_person"
            topics = choose_topics([("od_good", 0.45), ("od_crowded", 0.5 if crowded else 0.04)])
            comment(cu["customer_id"], datetime.fromisoformat(e["ts"]) + D(hours=float(rng.uniform(2, 48))),
                    e["campus_id"], "event_survey", cu["preferred_language"], topics, touchpoint="tp_open_day",
                    rating=rating_for(topics), open_day_id=e["open_day_id"])
    for e in byc["tp_tour"]:
        if rng.random() < 0.18:
            cu = customers[e["customer_id"]]
            rushed_p = {"马丽": 0.5, "Kevin Xu": 0.2}.get(e["guide"], 0.06)
            topics = choose_topics([("tour_great", 0.35), ("tour_rushed", rushed_p), ("fees_high", 0.06)])
            comment(cu["customer_id"], datetime.fromisoformat(e["ts"]) + D(hours=float(rng.uniform(1, 30))),
                    e["campus_id"], "tour_card", cu["preferred_language"], topics, touchpoint="tp_tour",
                    rating=rating_for(topics), guide=e["guide"])


def trial_feedback():
    for e in [x for x in events if x["touchpoint_id"] == "tp_trial_day"]:
        if rng.random() < 0.15:
            cu = customers[e["customer_id"]]
            topics = ["trial_happy"] if e["trial_result"] == "good_fit" and rng.random() < 0.6 else []
            comment(cu["customer_id"], datetime.fromisoformat(e["ts"]) + D(days=float(rng.uniform(0.3, 3))),
                    e["campus_id"], "call_note", cu["preferred_language"], topics, touchpoint="tp_trial_day")


# ---------------------------------------------------------------- existing pupils
def existing_pupils():
    for camp in CAMP_IDS:
        k = CAMPUSES[camp]
        n = int(k[8] * 0.74)
        for _ in range(n):
            src = pick(SOURCES, [0.3, 0.2, 0.2, 0.12, 0.08, 0.1])
            signup = datetime(2021, 9, 1) + D(days=float(rng.uniform(0, 1080)))
            cid = new_family(camp, signup, src)
            cu = customers[cid]
            grade = pick(GRADES, [0.15, 0.3, 0.3, 0.25])
            cu["entry_programme"] = pick(GRADES[:GRADES.index(grade) + 1])
            cu["入学年级"] = GRADE_ZH[cu["entry_programme"]]
            cu["child_birth_year"] = 2024 - {"nursery": 2, "K1": 3, "K2": 4, "K3": 5}[grade]
            t0 = signup + D(days=float(rng.uniform(30, 200)))
            if t0 >= START:
                t0 = START - D(days=float(rng.uniform(1, 300)))
            child_life(cid, camp, datetime(2024, 9, 2, 8) if grade != "nursery" or t0 < START else t0, grade,
                       existing=True)
            cu["enrolled_at"] = fmt(min(t0, START - D(days=1)))


def write(path, rows, cols=None):
    cols = cols or list(rows[0].keys())
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in cols})


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    gen_open_days()
    existing_pupils()
    leads = gen_leads()
    leads.sort(key=lambda x: x[2])
    for lead in leads:
        admissions(lead)
    STARTS.sort(key=lambda x: x[2])
    for cid, camp, t, g in STARTS:
        child_life(cid, camp, t, g)
    open_day_and_tour_feedback()
    trial_feedback()
    review_posts()
    # a webhook re-sent some tuition notices: exact duplicates
    tu = [e for e in events if e["touchpoint_id"] == "tp_tuition"]
    for i in rng.choice(len(tu), 16, replace=False):
        events.append(dict(tu[int(i)]))
    evs = sorted(events, key=lambda e: (e["ts"], e["event_id"]))
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[2], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[2], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=i + 1, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for i, tp in enumerate(j[4])])
    write(out / "customers.csv", list(customers.values()))
    write(out / "events.csv", evs, EV_COLS)
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "费用类型",
             "campus_id", "campus", "market", "currency", "amount_local", "payment_method", "billing_month", "plan",
             "activity_type", "活动类型", "club", "refund_reason", "退款原因"]
    write(out / "orders.csv", sorted(orders, key=lambda o: o["ts"]), ocols)
    fcols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
             "campus_id", "campus", "teacher", "guide", "open_day_id", "platform"]
    write(out / "feedback.csv", feedback, fcols)
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", truth)
    print(f"customers {len(customers)}, events {len(evs)}, orders {len(orders)}, feedback {len(feedback)}")


if __name__ == "__main__":
    main()
