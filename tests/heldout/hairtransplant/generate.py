"""植发之家 FollicleWorks: hair-transplant and hair-loss clinics in Guangzhou, Chengdu, Istanbul and Bangkok with
medical tourists. Synthetic, written blind.

Four clinics: GZ01 广州天河院 (Guangzhou Tianhe), CD01 成都锦江院 (Chengdu Jinjiang), IST01 伊斯坦布尔希什利院
(Istanbul Şişli) and BKK01 曼谷素坤逸院 (Bangkok Sukhumvit). Chinese leads come from Douyin lead ads, Xiaohongshu notes
and old patients' referral links and talk to WeChat consultants; international leads come from Google Ads landing pages,
Instagram, medical-tourism agencies and referrals and talk to WhatsApp coordinators. A lead uploads scalp photos for a
free online assessment (a surgeon estimates the Norwood grade, the graft count and a quote), may get a before-and-after
video call (A/B test in Sep-Dec 2025, rolled out to everyone from 2026-01-15), domestic patients often come for an
in-clinic consultation, and then pay a deposit (CNY 3,000 / EUR 300 / THB 15,000). Medical tourists book a travel
package (hotel, airport pickup, interpreter; Bangkok launched an all-inclusive package on 2025-11-01). Surgeries (FUE,
unshaven FUE, DHI, sapphire FUE) are paid on the day (balance = price - deposit). Cancellations 14+ days before the
surgery date get the deposit back; later ones forfeit it. Aftercare check-ins at 1 / 3 / 6 / 12 months (in clinic or
remote photos; growth_pct recorded at 6 and 12 months). Patients worry about shedding (shock loss) in weeks 2-10. A
12-month result under 72 % growth gets a free touch-up under the growth guarantee; a few pay for extra density.

Money: orders are money received, `amount` in CNY (group reporting currency) beside `currency` and `amount_local`
(CNY / EUR / THB; fixed rates EUR 7.8, THB 0.21). A refunded order keeps its payment ts, status refunded, refunded_at.

Data 2024-01-01 .. 2026-06-30 (CRM extract of July 2026, months before 2026-12-01). Naive local clinic times.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback, experiments (CSV, DATA.md) and OUTDIR/_truth/
(feedback_truth.csv: topic and sentiment of each comment; surgeons.csv). Deterministic (seed 20260712), numpy.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260712
D = timedelta
START, END = datetime(2024, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 17000
EUR, THB = 7.8, 0.21
HEIC_BUG = (datetime(2025, 5, 12), datetime(2025, 6, 22, 23, 59, 59))     # web upload form rejects iPhone HEIC photos
EXP = (datetime(2025, 9, 1), datetime(2025, 12, 31, 23, 59, 59))          # before/after video call A/B test
VIDEO_ALL = datetime(2026, 1, 15)                                           # video call offered to everyone
CD_SHORT = datetime(2026, 2, 1)                                             # two Chengdu consultants left 2026-01-31
BKK_ALLIN = datetime(2025, 11, 1)                                           # Bangkok all-inclusive travel package
IST_PEAK = (datetime(2025, 6, 1), datetime(2025, 9, 30, 23, 59, 59))       # Istanbul transfer company overbooked
BAD_SURGEON = "DR09"

CLINICS = {  # id: zh, en, city, currency
    "GZ01": ("广州天河院", "Guangzhou Tianhe", "guangzhou", "CNY"),
    "CD01": ("成都锦江院", "Chengdu Jinjiang", "chengdu", "CNY"),
    "IST01": ("伊斯坦布尔希什利院", "Istanbul Şişli", "istanbul", "EUR"),
    "BKK01": ("曼谷素坤逸院", "Bangkok Sukhumvit", "bangkok", "THB"),
}
SURGEONS = {  # id: zh name, en name, clinic
    "DR01": ("刘建华", "Dr. Liu Jianhua", "GZ01"),
    "DR02": ("陈敏", "Dr. Chen Min", "GZ01"),
    "DR03": ("黄志强", "Dr. Huang Zhiqiang", "GZ01"),
    "DR04": ("王磊", "Dr. Wang Lei", "CD01"),
    "DR05": ("李娜", "Dr. Li Na", "CD01"),
    "DR06": ("埃姆雷", "Dr. Emre Yılmaz", "IST01"),
    "DR07": ("艾谢", "Dr. Ayşe Kaya", "IST01"),
    "DR08": ("梅赫梅特", "Dr. Mehmet Demir", "IST01"),
    "DR09": ("纳隆", "Dr. Narong Chaiyaporn", "BKK01"),
    "DR10": ("坎雅", "Dr. Kanya Srisuk", "BKK01"),
}
CONSULTANTS = {  # name: zh, clinic, left
    "Zoe": ("小周", "GZ01", None), "Jay": ("阿杰", "GZ01", None), "Lin": ("小林", "GZ01", None),
    "Mei": ("小美", "CD01", None), "Qiang": ("阿强", "CD01", None),
    "Yu": ("小雨", "CD01", datetime(2026, 1, 31, 23, 59)), "Tang": ("小唐", "CD01", datetime(2026, 1, 31, 23, 59)),
    "Elif": ("艾莉芙", "IST01", None), "Can": ("江", "IST01", None), "Deniz": ("德尼兹", "IST01", None),
    "Ploy": ("帕洛伊", "BKK01", None), "Nok": ("诺", "BKK01", None),
}
MARKETS = {  # region: weight, home countries, language, clinic weights
    "guangdong": (0.20, ["CN"], "zh", {"GZ01": 1.0}),
    "sichuan": (0.13, ["CN"], "zh", {"CD01": 1.0}),
    "other_cn": (0.15, ["CN"], "zh", {"GZ01": 0.55, "CD01": 0.35, "BKK01": 0.10}),
    "hong_kong": (0.04, ["HK"], "zh", {"GZ01": 0.7, "BKK01": 0.3}),
    "uk": (0.10, ["GB"], "en", {"IST01": 1.0}),
    "germany": (0.07, ["DE"], "en", {"IST01": 1.0}),
    "europe_other": (0.04, ["FR", "NL", "IT", "SE", "PL"], "en", {"IST01": 1.0}),
    "gulf": (0.08, ["AE", "SA", "KW", "QA"], "en", {"IST01": 0.75, "BKK01": 0.25}),
    "usa": (0.06, ["US", "CA"], "en", {"IST01": 0.7, "BKK01": 0.3}),
    "australia": (0.08, ["AU", "NZ"], "en", {"BKK01": 1.0}),
    "southeast_asia": (0.05, ["SG", "MY"], "en", {"BKK01": 1.0}),
}
CH_ZH = {"douyin_ads": 0.5, "xiaohongshu": 0.3, "referral": 0.2}
CH_HK = {"google_ads": 0.4, "instagram": 0.2, "xiaohongshu": 0.2, "referral": 0.2}
CH_EN = {"google_ads": 0.48, "instagram": 0.2, "agency": 0.16, "referral": 0.16}
AWARE = {"douyin_ads": ("tp_douyin_ad", "ads"), "xiaohongshu": ("tp_xhs_note", "social"),
         "google_ads": ("tp_google_ad", "ads"), "instagram": ("tp_instagram", "social"),
         "agency": ("tp_agency_referral", "other"), "referral": ("tp_referral_link", "social")}
P_CHAT = {"douyin_ads": 0.70, "xiaohongshu": 0.85, "referral": 0.95, "google_ads": 0.80, "instagram": 0.75,
          "agency": 0.92}
P_UP = {"douyin_ads": 0.30, "xiaohongshu": 0.45, "referral": 0.70, "google_ads": 0.55, "instagram": 0.42,
        "agency": 0.86}
P_DEP = {"douyin_ads": 0.2, "xiaohongshu": 0.3, "referral": 0.50, "google_ads": 0.33, "instagram": 0.27,
         "agency": 0.64}
CAMPAIGNS = {"douyin_ads": ["dy_植发节_发际线", "dy_不剃发_短视频", "dy_直播间_留资"],
             "xiaohongshu": ["xhs_案例笔记", "xhs_博主合作"], "google_ads": ["gg_hair_transplant_turkey",
             "gg_fue_bangkok", "gg_hair_transplant_cost"], "instagram": ["ig_before_after_reels", "ig_dm_ads"],
             "agency": ["agency_medtour_uk", "agency_gulfcare", "agency_ozmed"], "referral": ["old_patient_link"]}
NORWOOD = {2: 0.12, 3: 0.30, 4: 0.25, 5: 0.18, 6: 0.11, 7: 0.04}
GRAFT_BASE = {2: 1500, 3: 2200, 4: 2800, 5: 3400, 6: 3900, 7: 4400}
GRAFT_MULT = {"GZ01": 1.0, "CD01": 0.95, "IST01": 1.38, "BKK01": 1.06}
TECH = {"GZ01": {"FUE": 0.5, "unshaven_FUE": 0.3, "DHI": 0.2}, "CD01": {"FUE": 0.6, "unshaven_FUE": 0.3, "DHI": 0.1},
        "IST01": {"sapphire_FUE": 0.62, "DHI": 0.38}, "BKK01": {"FUE": 0.5, "DHI": 0.3, "sapphire_FUE": 0.2}}
DEPOSIT = {"GZ01": (3000, "CNY", 3000), "CD01": (3000, "CNY", 3000), "IST01": (300, "EUR", 300 * EUR),
           "BKK01": (15000, "THB", 15000 * THB)}
CANCEL_REASONS_DOM = {"schedule_conflict": 0.45, "found_cheaper": 0.2, "family_objection": 0.2, "health": 0.15}
CANCEL_REASONS_TOUR = {"schedule_conflict": 0.32, "flight_visa": 0.28, "found_cheaper": 0.25, "health": 0.15}

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_douyin_ad", "抖音广告留资", "Douyin ad lead form", "awareness", "ads", "digital", "国内市场部",
     "抖音|抖音广告|信息流|巨量引擎|留资|Douyin|Douyin ads|TikTok ads"),
    ("tp_xhs_note", "小红书笔记私信", "Xiaohongshu note DM", "awareness", "social", "digital", "国内市场部",
     "小红书|XHS|RED|种草笔记|Xiaohongshu"),
    ("tp_google_ad", "Google广告落地页", "Google Ads landing page", "awareness", "ads", "digital",
     "International Marketing", "Google|谷歌|谷歌广告|Google Ads|landing page|PPC|search ads"),
    ("tp_instagram", "Instagram私信", "Instagram DM", "awareness", "social", "digital", "International Marketing",
     "Instagram|IG|ins|reels"),
    ("tp_agency_referral", "海外中介转介", "Medical-tourism agency referral", "awareness", "other", "digital",
     "Partnerships", "中介|代理|医疗旅游中介|agency|agent|facilitator|medical tourism agency"),
    ("tp_referral_link", "老带新推荐", "Patient referral link", "awareness", "social", "digital", "会员运营",
     "老带新|转介绍|推荐|朋友推荐|referral|word of mouth|refer a friend"),
    ("tp_consult_chat", "顾问在线咨询", "Consultant chat (WeChat / WhatsApp)", "consideration", "app", "digital",
     "咨询中心", "咨询|顾问|微信咨询|在线咨询|WhatsApp|WeChat|consultant|coordinator|chat|enquiry"),
    ("tp_photo_upload", "上传头皮照片", "Scalp photo upload", "consideration", "web", "digital", "产品技术",
     "上传照片|拍照|发照片|photo upload|upload photos|send photos"),
    ("tp_photo_assessment", "线上照片评估", "Online photo assessment", "consideration", "web", "digital", "医疗部",
     "照片评估|线上评估|免费评估|估毛囊|出方案|photo assessment|online assessment|free assessment|graft estimate"),
    ("tp_video_call", "术前案例视频通话", "Before-and-after video call", "consideration", "app", "digital", "咨询中心",
     "视频通话|视频咨询|案例视频|前后对比|video call|before and after call|video consult"),
    ("tp_clinic_consult", "到院面诊", "In-clinic consultation", "consideration", "store", "physical", "医疗部",
     "面诊|到院|到院面诊|现场咨询|in-clinic consult|consultation|face-to-face consult"),
    ("tp_deposit", "支付定金", "Deposit payment", "purchase", "app", "digital", "财务",
     "定金|订金|预付款|下定|deposit|booking deposit"),
    ("tp_travel_package", "旅行套餐预订", "Travel package booking", "purchase", "web", "digital", "Patient Travel",
     "旅行套餐|酒店|接机|翻译|全包套餐|travel package|hotel|airport pickup|transfer|interpreter|all-inclusive"),
    ("tp_cancel", "取消手术", "Surgery cancellation", "purchase", "phone", "digital", "咨询中心",
     "取消|取消手术|退订|cancel|cancellation|cancelled surgery"),
    ("tp_surgery", "植发手术", "Surgery day", "service", "store", "physical", "医疗部",
     "手术|植发|种植|手术日|毛囊移植|surgery|operation|procedure|transplant|surgery day"),
    ("tp_shedding_report", "脱落期咨询", "Shedding report", "service", "app", "digital", "术后护理部",
     "脱落期|掉发|休克性脱发|shedding|shock loss|hair falling out"),
    ("tp_checkin_1m", "术后1个月复查", "1-month check-in", "service", "store", "physical", "术后护理部",
     "1个月复查|一个月复查|1-month check|first check-up|1m check-in"),
    ("tp_checkin_3m", "术后3个月复查", "3-month check-in", "service", "store", "physical", "术后护理部",
     "3个月复查|三个月复查|3-month check|3m check-in"),
    ("tp_checkin_6m", "术后6个月复查", "6-month check-in", "service", "store", "physical", "术后护理部",
     "6个月复查|半年复查|6-month check|6m check-in"),
    ("tp_checkin_12m", "术后12个月复查", "12-month check-in", "service", "store", "physical", "术后护理部",
     "12个月复查|一年复查|年度复查|12-month check|final check|1-year check-in"),
    ("tp_complaint", "投诉工单", "Complaint ticket", "service", "app", "digital", "客服中心",
     "投诉|工单|客诉|complaint|ticket"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "财务",
     "退款|退定金|退钱|refund|money back|deposit refund"),
    ("tp_touchup", "补种", "Touch-up session", "loyalty", "store", "physical", "医疗部",
     "补种|二次加密|修补|touch-up|touch up|top-up session|second pass"),
]
JOURNEYS = [
    ("lead_to_surgery", "咨询到手术", "Chat to surgery",
     ["tp_consult_chat", "tp_photo_assessment", "tp_deposit", "tp_surgery"], 90),
    ("chat_to_assessment", "咨询到照片评估", "Chat to photo assessment",
     ["tp_consult_chat", "tp_photo_upload", "tp_photo_assessment"], 14),
    ("assessment_to_deposit", "评估到定金", "Assessment to deposit", ["tp_photo_assessment", "tp_deposit"], 30),
    ("consult_to_deposit", "面诊到定金", "In-clinic consult to deposit", ["tp_clinic_consult", "tp_deposit"], 30),
    ("deposit_to_surgery", "定金到手术", "Deposit to surgery", ["tp_deposit", "tp_surgery"], 90),
    ("aftercare", "术后复查", "Aftercare check-ins",
     ["tp_surgery", "tp_checkin_1m", "tp_checkin_3m", "tp_checkin_6m", "tp_checkin_12m"], 400),
    ("cancel_refund", "取消到退款", "Cancellation to refund", ["tp_cancel", "tp_refund"], 45),
]

# ---------------------------------------------------------------- comments
# topic: (sentiment, zh texts, en texts); counted topics carry one marker each (MARKERS), checked exclusive
TEXTS = {
    "shedding": ("neg", [
        "术后一个多月掉了好多，新种的头发几乎都掉光了，顾问说是正常脱落期，可我心里真的慌。",
        "做完第六周掉了好多，洗头的时候一把一把的，医生只回了一句正常现象，能不能多解释一下？",
        "植发后掉了好多，跟照片上看到的不一样，现在出门都得戴帽子，很焦虑。",
        "一个月复查前就掉了好多，原生发也跟着掉，没人提前告诉我会这样。",
    ], [
        "Week 5 and the shedding is brutal - almost every transplanted hair has fallen out. Nobody warned me it would "
        "look this bad.",
        "The shedding phase started around day 20 and now it looks worse than before surgery. Is this really normal?",
        "Massive shedding after my big session, including native hair around it. The coordinator just says wait.",
        "Shedding everywhere on my pillow every morning. I need someone from the clinic to actually look at my photos.",
    ]),
    "results_poor": ("neg", [
        "一年了密度不够，头顶还是能看到头皮，跟评估时说的效果差太远。",
        "12个月复查，发际线那块密度不够，稀稀拉拉的，要求补种。",
        "等了一年，前额还是密度不够，花了三万多真的很失望。",
    ], [
        "12 months in and the result is patchy - you can still see scalp through the front.",
        "One year post-op, the crown is patchy and the density is nowhere near what the assessment promised.",
        "Growth is patchy on the left temple, I'm told I need a touch-up. Disappointed.",
    ]),
    "results_good": ("pos", [
        "一年了效果很自然，发际线设计得很好，身边人都看不出来做过。",
        "术后十个月效果很自然，终于不用每天想着怎么遮了，谢谢医生。",
        "效果很自然，头发也密了，老婆说我年轻了五岁。",
    ], [
        "Natural hairline, great density at 12 months. Best money I've spent.",
        "Really happy - natural hairline and nobody can tell I had work done.",
        "The surgeon designed a natural hairline that suits my age. 10/10.",
    ]),
    "slow_reply": ("neg", [
        "微信顾问回复太慢了，发了照片等了大半天才有人理。",
        "咨询的时候回复太慢，问个价格要等两个小时，还想不想做生意了？",
        "顾问回复太慢，我都去别家问完了这边才回。",
        "晚上发的消息第二天中午才回，回复太慢了。",
    ], [
        "The consultant was slow to reply - hours between messages.",
        "Very slow to reply on WhatsApp, I almost gave up and went elsewhere.",
    ]),
    "refund_slow": ("neg", [
        "取消手术申请退定金，退款到现在还没收到，已经三周了。",
        "退款到现在都没到账，客服一直说在走流程。",
    ], [
        "Cancelled my surgery a month ago and my refund still hasn't arrived.",
        "My deposit refund still isn't in my account after 3 weeks of emails.",
        "Bank transfer refund still pending, nobody gives me a date.",
    ]),
    "transfer": ("neg", [
        "到了机场等了一个半小时没人来接机，打电话也没人接。",
        "说好的接机司机没来，最后自己打车去的酒店。",
    ], [
        "Nobody was there for the airport pickup, waited 90 minutes with no answer on WhatsApp.",
        "The airport pickup was two hours late and the driver took us to the wrong hotel.",
        "Airport pickup never showed up, had to grab a taxi at midnight.",
    ]),
    "hidden_fee": ("neg", [
        "手术当天又冒出来很多额外收费，药费、PRP都要另付，事先没说清楚。",
        "报价说得挺便宜，结果术后洗头、药品都是额外收费。",
    ], [
        "Lots of extra charges on the day - meds, PRP and the post-op wash were not in the quote.",
        "Got hit with extra charges at checkout that nobody mentioned in the quote.",
    ]),
    "pain": ("neu", [
        "打麻药那一下真的疼，后面就还好。",
        "手术时间太长，趴得腰疼，打麻药也很疼。",
    ], [
        "The anaesthetic injections hurt more than I expected, the rest was fine.",
        "Long day in the chair and the anaesthetic stung a lot, but the team was kind.",
    ]),
    "staff_praise": ("pos", [
        "护士很细心，全程都在问我感觉怎么样。",
        "医生和护士很细心，术后护理讲得很清楚。",
        "前台到医生都很专业，手术那天安排得井井有条。",
    ], [
        "The nurses were amazing and explained every step.",
        "Super professional team, the nurses checked on me constantly.",
        "Very well organised surgery day, the doctor took time to answer all my questions.",
    ]),
    "interpreter": ("pos", [
        "诊所安排的中文翻译很贴心，沟通完全没问题。",
    ], [
        "Our interpreter stayed with us all day and made everything easy.",
        "Having an interpreter at the clinic made me feel safe the whole time.",
    ]),
    "video_call": ("pos", [
        "视频通话里看了真实案例前后对比，心里踏实多了才交的定金。",
        "顾问约了个视频通话，给我看了同样情况的病人一年后的样子，很有说服力。",
    ], [
        "The video call with before-and-after cases convinced me to book.",
        "Loved the video call - seeing real patients' results was what I needed.",
    ]),
    "pushy_sales": ("neg", [
        "面诊的时候一直推销不剃发和加密套餐，压力很大。",
        "咨询师推销太狠了，不想加的项目也一直劝。",
    ], [
        "The consultant was pushy about upgrading to DHI.",
        "Felt pushy - they kept upselling PRP packages.",
    ]),
    "price": ("mix", [
        "价格有点高，但比北京便宜一些。",
        "价格跟别家比不算便宜，希望多点优惠。",
        "按毛囊数算价格还算透明。",
    ], [
        "Price was fair for the number of grafts.",
        "Way cheaper than the UK quotes I got, good value.",
    ]),
    "general_pos": ("pos", [
        "整体很满意，推荐给有需要的朋友。",
        "服务流程很顺，从咨询到手术都很专业。",
    ], [
        "Highly recommend FollicleWorks, smooth process from start to finish.",
        "Great experience overall, would do it again.",
    ]),
    "general_neu": ("neu", [
        "长出来一些了，还在观察，希望后面再密一点。",
        "效果一般般，还行吧。",
    ], [
        "Some growth so far, hoping it thickens up more.",
        "It's okay, not amazing. We'll see.",
    ]),
}
MARKERS = {  # counted topics: zh regex, en regex (on lower case)
    "shedding": ("掉了好多", r"shedding"),
    "results_poor": ("密度不够", r"patchy"),
    "slow_reply": ("回复太慢", r"slow to reply"),
    "refund_slow": ("退款到现在", r"refund still"),
    "transfer": ("接机", r"airport pickup"),
    "hidden_fee": ("额外收费", r"extra charges"),
    "pushy_sales": ("推销", r"pushy"),
}
TOPIC_TP = {"shedding": "tp_shedding_report", "results_poor": "tp_checkin_12m", "slow_reply": "tp_consult_chat",
            "refund_slow": "tp_refund", "transfer": "tp_travel_package", "hidden_fee": "tp_surgery",
            "pushy_sales": "tp_clinic_consult"}


def check_markers():
    for topic, (_, zh, en) in TEXTS.items():
        for t in zh + en:
            hits = [k for k, (mz, me) in MARKERS.items() if re.search(mz, t) or re.search(me, t.lower())]
            assert hits == ([topic] if topic in MARKERS else []), (topic, t, hits)


# ---------------------------------------------------------------- random helpers

class Rand:
    def __init__(self, seed):
        self.g = np.random.default_rng(seed)
        self._u, self._i = self.g.random(1 << 18), 0
        self._n, self._j = self.g.standard_normal(1 << 16), 0

    def u(self) -> float:
        if self._i >= len(self._u):
            self._u, self._i = self.g.random(1 << 18), 0
        self._i += 1
        return float(self._u[self._i - 1])

    def n(self) -> float:
        if self._j >= len(self._n):
            self._n, self._j = self.g.standard_normal(1 << 16), 0
        self._j += 1
        return float(self._n[self._j - 1])


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


def lognorm(median, sigma):
    return median * math.exp(sigma * R.n())


def at_hour(d: datetime, h: float) -> datetime:
    return d.replace(hour=0, minute=0, second=0, microsecond=0) + D(seconds=int(h * 3600))


def day_at(t: datetime, days: float, h0=9.0, h1=18.0) -> datetime:
    """a time `days` days after t, during clinic hours"""
    return at_hour(t + D(days=days), U(h0, h1))


# ---------------------------------------------------------------- writers

def ev(c, ts, tp, **cols):
    row = dict(event_id=nid("E", 7), customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, clinic_id=c["clinic_id"])
    row.update(cols)
    if ts <= END:  # the extract ends at END: later rows are not in it
        events.append(row)
    return row


def order(c, ts, otype, local, currency, cny, status="paid", **cols):
    row = dict(order_id=nid("O", 6), customer_id=c["customer_id"], ts=ts, order_type=otype, amount=round(cny, 2),
               currency=currency, amount_local=round(local, 2), status=status, clinic_id=c["clinic_id"], **cols)
    if ts <= END:
        orders.append(row)
    return row


def rating_from(sent):
    if sent == "neg":
        return pick({1: 0.35, 2: 0.45, 3: 0.2})
    if sent == "neu":
        return pick({3: 0.6, 4: 0.4})
    return pick({4: 0.3, 5: 0.7})


def nps_from(rating):
    base = {1: 2, 2: 4, 3: 6.5, 4: 8.2, 5: 9.4}[rating]
    return int(min(10, max(0, round(base + 1.1 * R.n()))))


def fb(c, ts, topic, channel, tp=None, rated=False, with_nps=False, lang=None, **cols):
    sent, zh, en = TEXTS[topic]
    lang = lang or (c["lang"] if c else "zh")
    text = choice(zh if lang == "zh" else en)
    if sent == "mix":
        sent = "pos" if R.u() < 0.5 else "neu"
    rating = rating_from(sent) if rated else None
    nps = nps_from(rating) if (rated and with_nps) else None
    if ts is not None and ts > END:
        return None
    fid = nid("F", 5)
    row = dict(feedback_id=fid, text=text, ts=ts, customer_id=c["customer_id"] if c else None, touchpoint_id=tp,
               channel=channel, rating=rating, nps=nps, language=lang,
               clinic_id=c["clinic_id"] if c else cols.pop("clinic_id", None), **cols)
    feedback.append(row)
    truth.append(dict(feedback_id=fid, topic=topic,
                      sentiment={"pos": "positive", "neg": "negative", "neu": "neutral"}[sent]))
    return row


def ticket(c, ts, topic, comment_p=0.85, **cols):
    tid = nid("TK", 5)
    ev(c, ts, "tp_complaint", action="submit", channel="app", ticket_id=tid, complaint_topic=topic,
       about_touchpoint=TOPIC_TP[topic])
    if R.u() < comment_p:
        fb(c, ts + D(minutes=int(U(1, 30))), topic, "cs_chat", tp=TOPIC_TP[topic], ticket_id=tid,
           platform="wechat" if c["lang"] == "zh" else "whatsapp", **cols)


# ---------------------------------------------------------------- customers

MONTH_DOM = {1: 1.0, 2: 0.7, 3: 0.9, 4: 0.9, 5: 0.9, 6: 0.9, 7: 0.9, 8: 1.0, 9: 1.1, 10: 1.25, 11: 1.3, 12: 1.2}
MONTH_INT = {1: 0.9, 2: 1.0, 3: 1.2, 4: 1.25, 5: 1.2, 6: 1.0, 7: 0.9, 8: 0.8, 9: 0.9, 10: 0.9, 11: 0.8, 12: 0.7}


def day_weights(seasonal):
    days, w = [], []
    d = START
    while d <= END:
        k = (d.year - START.year) * 12 + d.month - START.month
        days.append(d)
        w.append((1 + 0.025 * k) * seasonal[d.month])
        d += D(days=1)
    w = np.array(w)
    return days, w / w.sum()


def new_customer(cid, region, t0):
    _, countries, lang, clinics = MARKETS[region]
    clinic = pick(clinics)
    if region == "hong_kong":
        ch = pick(CH_HK)
    else:
        ch = pick(CH_ZH if lang == "zh" else CH_EN)
    domestic = countries == ["CN"] and clinic in ("GZ01", "CD01")
    dev = pick({"ios": 0.55, "android": 0.45}) if lang == "zh" else pick({"ios": 0.45, "android": 0.3, "pc": 0.25})
    return dict(customer_id=cid, signup_at=t0, region=region, home_country=choice(countries), lang=lang,
                clinic_id=clinic, acquisition_channel=ch, segment="domestic" if domestic else "medical_tourist",
                gender=pick({"male": 0.86, "female": 0.14}), age=int(min(62, max(21, round(U(22, 52) + 4 * R.n())))),
                device=dev, campaign=choice(CAMPAIGNS[ch]), consultant=None, norwood_grade=None, stage="lead",
                im_app="wechat" if lang == "zh" else "whatsapp")


def consultants_at(clinic, t):
    return [k for k, (_, cl, left) in CONSULTANTS.items() if cl == clinic and (left is None or t <= left)]


def response_minutes(clinic, who, t):
    if clinic == "CD01" and t >= CD_SHORT:
        return round(lognorm(78 if who == "Mei" else 118, 0.45), 1)
    base = {"GZ01": 10, "CD01": 12, "IST01": 22, "BKK01": 26}[clinic]
    return round(lognorm(base, 0.6), 1)


# ---------------------------------------------------------------- the journey

def set_stage(c, stage, ts):
    """patient_stage in the customers table: the last stage reached by the end of the extract"""
    if ts <= END:
        c["stage"] = stage


def journey(c):
    t0 = c["signup_at"]
    tp, chan = AWARE[c["acquisition_channel"]]
    ev(c, t0, tp, action="submit" if chan == "ads" else "click", channel=chan, device=c["device"],
       campaign=c["campaign"])
    if R.u() >= P_CHAT[c["acquisition_channel"]]:
        return
    tc = t0 + D(hours=lognorm(2.5, 1.0))
    who = choice(consultants_at(c["clinic_id"], tc))
    if tc <= END:
        c["consultant"] = who
    rm = response_minutes(c["clinic_id"], who, tc)
    sess = nid("S", 6)
    ev(c, tc, "tp_consult_chat", action="reply", channel="app", device=c["device"], session_id=sess,
       im_app=c["im_app"], consultant=who, consultant_zh=CONSULTANTS[who][0], response_minutes=rm)
    set_stage(c, "chatted", tc)
    slow = rm > 60
    if slow and R.u() < 0.16:
        ticket(c, tc + D(minutes=rm + U(5, 120)), "slow_reply")
    p_up = P_UP[c["acquisition_channel"]] * (0.5 if slow else 1.0)
    if R.u() >= p_up:
        return
    tu = tc + D(days=lognorm(1.0, 1.1))
    ok = upload(c, tu, sess)
    if not ok:
        return
    ta = day_at(ok, lognorm(1.0, 0.6), 9, 21)
    if R.u() >= 0.96:
        return
    nw = pick(NORWOOD)
    if ta <= END:
        c["norwood_grade"] = nw
    est = int(min(5500 if c["clinic_id"] == "IST01" else 5000,
                  round(GRAFT_BASE[nw] * GRAFT_MULT[c["clinic_id"]] * U(0.9, 1.1) / 50) * 50))
    doctor = choice([k for k, v in SURGEONS.items() if v[2] == c["clinic_id"]])
    quote = price_cny(c["clinic_id"], est, "FUE")
    ev(c, ta, "tp_photo_assessment", action="success", channel="web", session_id=sess, doctor=doctor,
       norwood_grade=nw, grafts_estimate=est, quote_cny=round(quote))
    set_stage(c, "assessed", ta)
    c["estimate"], c["assessed_at"] = est, ta
    # the before/after video call (A/B test Sep-Dec 2025, everyone from 2026-01-15)
    video = None
    if EXP[0] <= ta <= EXP[1]:
        variant = "video_call" if R.u() < 0.5 else "control"
        experiments.append(dict(experiment_id="ba_video_call_2025", variant=variant, customer_id=c["customer_id"],
                                assigned_at=ta, clinic_id=c["clinic_id"]))
        video = variant == "video_call"
    elif ta >= VIDEO_ALL:
        video = True
    completed = False
    if video:
        tv = day_at(ta, U(1, 4), 10, 21)
        completed = R.u() < 0.82
        ev(c, tv, "tp_video_call", action="completed" if completed else "missed", channel="app", session_id=sess,
           consultant=who, call_minutes=round(U(12, 35)) if completed else None)
    p = P_DEP[c["acquisition_channel"]]
    if completed:
        p *= 1.2 if c["segment"] == "domestic" else 1.75
    dep = R.u() < p
    if c["segment"] == "domestic":
        consult_p = 0.75 if dep else 0.22
        if R.u() < consult_p:
            tcon = day_at(ta, U(2, 18))
            ev(c, tcon, "tp_clinic_consult", action="visit", channel="store", doctor=doctor,
               advisor=choice(["现场顾问A", "现场顾问B", "现场顾问C"]))
            if dep and c["clinic_id"] == "GZ01" and R.u() < 0.12:
                fb(c, tcon + D(days=U(0.2, 3)), "pushy_sales", "dianping", tp="tp_clinic_consult", rated=True,
                   platform="dianping")
            elif R.u() < 0.1:
                fb(c, tcon + D(days=U(0.2, 3)), pick({"staff_praise": 0.4, "price": 0.3, "general_pos": 0.3}),
                   "dianping", tp="tp_clinic_consult", rated=True, platform="dianping")
            if dep:
                tdep = tcon + D(minutes=U(20, 90)) if R.u() < 0.7 else day_at(tcon, U(1, 10))
        elif dep:
            tdep = day_at(ta, lognorm(6, 0.7), 9, 22)
    elif dep:
        tdep = day_at(ta, lognorm(7, 0.8), 8, 23)
    if not dep:
        return
    if completed and R.u() < 0.12:
        fb(c, tdep + D(hours=U(1, 48)), "video_call", "cs_chat", tp="tp_video_call",
           platform="wechat" if c["lang"] == "zh" else "whatsapp")
    book(c, tdep, sess, doctor)


def upload(c, t, sess):
    """photo upload attempts; returns the time of the successful one or None"""
    via = "wechat" if c["lang"] == "zh" else "web"
    for attempt in range(3):
        bug = via == "web" and c["device"] == "ios" and HEIC_BUG[0] <= t <= HEIC_BUG[1]
        if bug:
            fail, code = R.u() < 0.62, "HEIC_UNSUPPORTED"
        else:
            fail, code = R.u() < 0.04, pick({"FILE_TOO_LARGE": 0.5, "NETWORK_TIMEOUT": 0.3, "BLURRY_PHOTO": 0.2})
        ev(c, t, "tp_photo_upload", action="fail" if fail else "success", channel="web" if via == "web" else
           "mini_program", device=c["device"], session_id=sess, upload_via=via, error_code=code if fail else None,
           photos=int(U(3, 7)), attempt=attempt + 1)
        if not fail:
            return t
        if R.u() >= (0.5 if bug else 0.7):
            return None
        t = t + D(hours=lognorm(3, 1.0))
    return None


def price_cny(clinic, grafts, tech):
    if clinic in ("GZ01", "CD01"):
        per = 12.0 if clinic == "GZ01" else 9.5
        return grafts * per * (1.3 if tech == "unshaven_FUE" else 1.15 if tech == "DHI" else 1.0)
    if clinic == "IST01":
        eur = 2400 if grafts <= 3000 else 2900 if grafts <= 4000 else 3400
        return eur * (1.12 if tech == "DHI" else 1.0) * EUR
    return grafts * 55 * (1.15 if tech == "DHI" else 1.0) * THB


def local_of(clinic, cny):
    cur = CLINICS[clinic][3]
    return cny / {"CNY": 1.0, "EUR": EUR, "THB": THB}[cur], cur


def book(c, tdep, sess, doctor):
    clinic = c["clinic_id"]
    dlocal, cur, dcny = DEPOSIT[clinic]
    pay = pick({"wechat_pay": 0.6, "alipay": 0.4}) if cur == "CNY" and c["lang"] == "zh" else "card"
    case = nid("CASE", 5)
    ev(c, tdep, "tp_deposit", action="success", channel="app" if c["lang"] == "zh" else "web", session_id=sess,
       case_id=case, amount=dcny, currency=cur, amount_local=dlocal, pay_method=pay)
    dep_order = order(c, tdep, "deposit", dlocal, cur, dcny, case_id=case, pay_method=pay)
    set_stage(c, "deposit", tdep)
    tourist = c["segment"] == "medical_tourist"
    sched = at_hour(tdep + D(days=U(21, 80) if tourist else U(7, 45)), 8.5)
    cancel = R.u() < (0.13 if tourist else 0.09)
    tcancel = tdep + (sched - tdep) * U(0.05, 0.98) if cancel else None
    # travel package for tourists
    pkg_order = None
    if tourist:
        if clinic == "IST01":
            attach, ptype, plocal = 0.88, "hotel_transfer", 450.0
        elif clinic == "BKK01":
            allin = tdep >= BKK_ALLIN
            attach, ptype, plocal = (0.8, "all_inclusive", 22000.0) if allin else (0.33, "hotel_only", 12000.0)
        else:
            attach, ptype, plocal = 0.2, "hotel_only", 1800.0
        tp_t = tdep + (sched - tdep) * U(0.05, 0.5)
        if R.u() < attach and (tcancel is None or tp_t < tcancel):
            pcny = plocal * {"CNY": 1.0, "EUR": EUR, "THB": THB}[cur]
            nights = {"hotel_transfer": 3, "all_inclusive": 4, "hotel_only": 3}[ptype]
            ev(c, tp_t, "tp_travel_package", action="success", channel="web", session_id=sess, case_id=case,
               package_type=ptype, hotel_nights=nights, amount=round(pcny, 2), currency=cur, amount_local=plocal,
               airport_pickup=ptype != "hotel_only", interpreter=ptype != "hotel_only")
            pkg_order = order(c, tp_t, "travel_package", plocal, cur, pcny, case_id=case, pay_method="card",
                              package_type=ptype)
            c["package"] = ptype
    if cancel:
        days_before = (sched - tcancel).days
        refund = days_before >= 14
        reason = pick(CANCEL_REASONS_TOUR if tourist else CANCEL_REASONS_DOM)
        ev(c, tcancel, "tp_cancel", action="submit", channel="phone", session_id=sess, case_id=case,
           cancel_reason=reason, days_before_surgery=days_before, deposit_outcome="refunded" if refund else "forfeited")
        set_stage(c, "cancelled", tcancel)
        dep_order["deposit_outcome"] = "refunded" if refund else "forfeited"
        for o, rtype in ((dep_order if refund else None, "deposit"), (pkg_order, "travel_package")):
            if o is None:
                continue
            rd = lognorm(24, 0.35) if clinic == "IST01" else lognorm(7, 0.4) if clinic == "BKK01" else lognorm(3, 0.5)
            rdays = max(1, int(round(rd)))
            tr = day_at(tcancel, rdays)
            if tr > END:
                continue
            o["status"], o["refunded_at"] = "refunded", tr
            ev(c, tr, "tp_refund", action="success", channel="other", session_id=sess, case_id=case,
               refund_type=rtype, refund_amount=o["amount"], currency=cur, refund_local=o["amount_local"],
               refund_days=rdays, refund_to="bank_transfer" if clinic == "IST01" else o.get("pay_method"))
            if rdays > 14 and R.u() < 0.5:
                ticket(c, day_at(tcancel, U(14, rdays)), "refund_slow")
        return
    if sched > END:
        return
    surgery(c, sched, sess, case, dcny, doctor)


def surgery(c, t, sess, case, dcny, doctor):
    clinic = c["clinic_id"]
    docs = [k for k, v in SURGEONS.items() if v[2] == clinic]
    surgeon = doctor if R.u() < 0.6 else choice(docs)
    if clinic == "BKK01" and R.u() < 0.15:
        surgeon = BAD_SURGEON
    tech = pick(TECH[clinic])
    planned = int(round(c["estimate"] * U(0.95, 1.08) / 50) * 50)
    implanted = int(round(planned * U(0.93, 1.0)))
    price = round(price_cny(clinic, implanted if clinic in ("GZ01", "CD01", "BKK01") else planned, tech) / 10) * 10
    hours = round(3 + implanted / 650 + U(-0.5, 1.0), 1)
    pay = (pick({"wechat_pay": 0.35, "alipay": 0.35, "installment": 0.3}) if c["segment"] == "domestic"
           else pick({"card": 0.7, "cash": 0.3}))
    ev(c, t, "tp_surgery", action="completed", channel="store", session_id=sess, case_id=case, surgeon=surgeon,
       surgeon_name=SURGEONS[surgeon][1], surgeon_zh=SURGEONS[surgeon][0], technique=tech, grafts_planned=planned,
       grafts_implanted=implanted, surgery_hours=hours, price_cny=price, area=pick({"hairline": 0.45, "crown": 0.2,
       "hairline_and_crown": 0.35}), anesthesia=pick({"needle": 0.6, "needle_free": 0.4}))
    lcl, cur = local_of(clinic, price - dcny)
    order(c, t + D(hours=U(0.1, 1)), "surgery_balance", lcl, cur, price - dcny, case_id=case, pay_method=pay,
          grafts=implanted, technique=tech, surgeon=surgeon)
    set_stage(c, "operated", t)
    tourist = c["segment"] == "medical_tourist"
    # day-of reviews
    if R.u() < (0.5 if tourist else 0.4):
        tr = t + D(days=U(2, 25))
        topic = None
        if clinic == "IST01" and IST_PEAK[0] <= t <= IST_PEAK[1] and c.get("package") and R.u() < 0.4:
            topic = "transfer"
        elif clinic == "BKK01" and c.get("package") != "all_inclusive" and R.u() < 0.38:
            topic = "hidden_fee"
        if topic is None:
            topic = pick({"staff_praise": 0.35, "pain": 0.2, "price": 0.15, "general_pos": 0.15,
                          "interpreter": 0.15 if tourist else 0.0})
        if c["lang"] == "zh":
            fb(c, tr, topic, "dianping", tp=TOPIC_TP.get(topic, "tp_surgery") if topic != "transfer" else
               "tp_travel_package", rated=True, platform="dianping", surgeon=surgeon)
        else:
            fb(c, tr, topic, "google_review", tp="tp_travel_package" if topic in ("transfer", "interpreter") else
               "tp_surgery", rated=True, platform="google", surgeon=surgeon)
        if topic in ("transfer", "hidden_fee") and R.u() < 0.45:
            ticket(c, tr + D(hours=U(1, 30)), topic, comment_p=0.5, surgeon=surgeon)
    # shedding worries
    if R.u() < (0.30 if clinic == "IST01" else 0.08):
        ts = t + D(days=U(14, 75))
        ev(c, ts, "tp_shedding_report", action="submit", channel="app", case_id=case, surgeon=surgeon,
           weeks_post_op=int((ts - t).days // 7))
        if R.u() < 0.35:
            ticket(c, ts + D(hours=U(1, 48)), "shedding", comment_p=0.6, surgeon=surgeon)
        elif R.u() < 0.45:
            fb(c, ts + D(hours=U(1, 72)), "shedding", "cs_chat", tp="tp_shedding_report", surgeon=surgeon,
               platform=c["im_app"])
    aftercare(c, t, case, surgeon)


CHECKS = [("tp_checkin_1m", 26, 40, 1), ("tp_checkin_3m", 80, 105, 3), ("tp_checkin_6m", 170, 200, 6),
          ("tp_checkin_12m", 350, 390, 12)]


def aftercare(c, t, case, surgeon):
    tourist = c["segment"] == "medical_tourist"
    att = [0.92, 0.85, 0.8, 0.55] if tourist else [0.95, 0.9, 0.88, 0.78]
    g12 = (min(99.0, max(35.0, 67 + 9 * R.n())) if surgeon == BAD_SURGEON
           else min(99.0, max(55.0, 88 + 5.5 * R.n())))
    active = True
    for k, (tp, a, b, months) in enumerate(CHECKS):
        go = R.u() < att[k] if active else R.u() < 0.1
        if not go:
            active = False
            continue
        tk = day_at(t, U(a, b))
        mode = "remote_photo" if (tourist and R.u() < 0.93) or (not tourist and R.u() < 0.3) else "in_clinic"
        growth = None
        if months == 6:
            growth = round(min(90.0, max(10.0, g12 * 0.62 + 6 * R.n())), 1)
        elif months == 12:
            growth = round(g12, 1)
        ev(c, tk, tp, action="attended", channel="store" if mode == "in_clinic" else "app", case_id=case,
           checkin_mode=mode, months_post_op=months, growth_pct=growth, surgeon=surgeon)
        if months == 12 and tk <= END:
            set_stage(c, "aftercare_done", tk)
            twelve(c, tk, case, surgeon, g12)


def twelve(c, t, case, surgeon, g12):
    if R.u() < 0.6:
        topic = "results_good" if g12 >= 80 else "results_poor" if g12 < 72 else "general_neu"
        fb(c, t + D(hours=U(1, 72)), topic, "checkin_survey", tp="tp_checkin_12m", rated=True, with_nps=True,
           surgeon=surgeon)
    if g12 < 72:
        if R.u() < 0.5:
            ticket(c, t + D(days=U(1, 10)), "results_poor", comment_p=0.6, surgeon=surgeon)
        if R.u() < 0.75:
            tt = day_at(t, U(20, 90))
            grafts = int(round(U(600, 1500) / 50) * 50)
            ev(c, tt, "tp_touchup", action="completed", channel="store", case_id=case, surgeon=surgeon,
               grafts_implanted=grafts, warranty=True, price_cny=0)
    elif R.u() < 0.02:
        tt = day_at(t, U(30, 150))
        grafts = int(round(U(500, 1200) / 50) * 50)
        price = round(price_cny(c["clinic_id"], grafts, "FUE") * 0.8 / 10) * 10
        ev(c, tt, "tp_touchup", action="completed", channel="store", case_id=case, surgeon=surgeon,
           grafts_implanted=grafts, warranty=False, price_cny=price)
        lcl, cur = local_of(c["clinic_id"], price)
        order(c, tt, "touchup", lcl, cur, price, case_id=case, pay_method="card" if c["lang"] == "en" else "wechat_pay",
              grafts=grafts, surgeon=surgeon)


def social_posts():
    """Xiaohongshu notes and hair-loss forum posts: no customer, many without a date"""
    days = (END - START).days
    for _ in range(380):
        topic = pick({"results_good": 0.32, "shedding": 0.22, "pushy_sales": 0.14, "price": 0.16, "pain": 0.1,
                      "video_call": 0.06})
        ts = None if R.u() < 0.42 else at_hour(START + D(days=U(30, days)), U(8, 24))
        fb(None, ts, topic, "xiaohongshu", lang="zh", platform="xiaohongshu",
           clinic_id=choice(["GZ01", "CD01", None]))
    for _ in range(260):
        topic = pick({"shedding": 0.3, "results_good": 0.3, "price": 0.22, "pain": 0.1, "staff_praise": 0.08})
        ts = None if R.u() < 0.45 else at_hour(START + D(days=U(30, days)), U(0, 24))
        fb(None, ts, topic, "forum", lang="en", platform=choice(["reddit", "hairrestorationnetwork"]),
           clinic_id=None)


# ---------------------------------------------------------------- output

def fmt(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e12:
        return str(int(v))
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
    regions = list(MARKETS)
    rw = np.array([MARKETS[r][0] for r in regions])
    reg = R.g.choice(len(regions), size=N_CUST, p=rw / rw.sum())
    dom_days, dom_w = day_weights(MONTH_DOM)
    int_days, int_w = day_weights(MONTH_INT)
    dom_idx = R.g.choice(len(dom_days), size=N_CUST, p=dom_w)
    int_idx = R.g.choice(len(int_days), size=N_CUST, p=int_w)
    starts = []
    for i in range(N_CUST):
        region = regions[reg[i]]
        d = dom_days[dom_idx[i]] if MARKETS[region][2] == "zh" else int_days[int_idx[i]]
        starts.append((at_hour(d, U(7, 23.9)), region))
    starts.sort()
    customers = []
    for i, (t0, region) in enumerate(starts):
        customers.append(new_customer(f"FW{i + 1:05d}", region, t0))
    for c in customers:
        journey(c)
    social_posts()

    crow = [dict(c, clinic_name=CLINICS[c["clinic_id"]][0], clinic_city=CLINICS[c["clinic_id"]][2],
                 preferred_language=c["lang"], patient_stage=c["stage"]) for c in customers]
    write(out / "customers.csv", crow,
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "home_country", "clinic_id",
           "clinic_name", "clinic_city", "preferred_language", "gender", "age", "campaign", "consultant",
           "norwood_grade", "patient_stage", "im_app"])
    for e in events:
        cl = CLINICS[e["clinic_id"]]
        e["clinic_name"], e["clinic_city"] = cl[0], cl[2]
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    assert all(e["ts"] <= END for e in events), "event after END"
    # the EMR sync re-sent some check-ins (same event_id)
    pool = [e for e in events if e["touchpoint_id"].startswith("tp_checkin")]
    dups = [pool[int(R.u() * len(pool))] for _ in range(30)]
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device", "session_id",
             "clinic_id", "clinic_name", "clinic_city", "campaign", "im_app", "consultant", "consultant_zh",
             "response_minutes", "upload_via", "photos", "attempt", "error_code", "doctor", "norwood_grade",
             "grafts_estimate", "quote_cny", "call_minutes", "advisor", "case_id", "amount", "currency",
             "amount_local", "pay_method", "package_type", "hotel_nights", "airport_pickup", "interpreter",
             "cancel_reason", "days_before_surgery", "deposit_outcome", "surgeon", "surgeon_name", "surgeon_zh",
             "technique", "grafts_planned", "grafts_implanted", "surgery_hours", "price_cny", "area", "anesthesia",
             "weeks_post_op", "checkin_mode", "months_post_op", "growth_pct", "warranty", "refund_type",
             "refund_amount", "refund_local", "refund_days", "refund_to", "ticket_id", "complaint_topic",
             "about_touchpoint"]
    write(out / "events.csv", events + dups, ecols)
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    write(out / "orders.csv", orders,
          ["order_id", "customer_id", "ts", "amount", "status", "order_type", "currency", "amount_local",
           "pay_method", "clinic_id", "case_id", "package_type", "grafts", "technique", "surgeon", "deposit_outcome",
           "refunded_at"])
    assert all(f["ts"] is None or f["ts"] <= END for f in feedback)
    write(out / "feedback.csv", feedback,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "clinic_id", "platform", "surgeon", "ticket_id"])
    write(out / "experiments.csv", experiments, ["experiment_id", "variant", "customer_id", "assigned_at",
                                                 "clinic_id"])
    write(out / "touchpoints.csv",
          [dict(touchpoint_id=a, name=b, name_zh=b, name_en=c_, stage=d, channel=e_, kind=f, owner=g, aliases=h)
           for a, b, c_, d, e_, f, g, h in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jrows,
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
           "window_days"])
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    write(out / "_truth" / "surgeons.csv",
          [dict(surgeon=k, surgeon_zh=v[0], surgeon_name=v[1], clinic_id=v[2]) for k, v in SURGEONS.items()],
          ["surgeon", "surgeon_zh", "surgeon_name", "clinic_id"])
    print(f"customers {len(crow)}, events {len(events) + len(dups)} ({len(dups)} duplicates), orders {len(orders)}, "
          f"feedback {len(feedback)}, experiments {len(experiments)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
