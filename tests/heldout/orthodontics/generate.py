"""齐美正畸 AlignRight Orthodontics: clear-aligner and braces clinics in Hangzhou, Wuhan, Singapore, Sydney and
Vancouver, 2024-01-01 .. 2026-07-31 (synthetic, written blind).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (the generator's topic / sentiment / language per comment; not a DATA.md table).
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261206
START = datetime(2024, 1, 1)
END = datetime(2026, 7, 31, 23, 59, 59)
D = timedelta
VC_OPEN = datetime(2025, 3, 1)                                # Vancouver Richmond opened
WH_SHORT = (datetime(2025, 3, 1), datetime(2025, 6, 1))       # Wuhan: one orthodontist on leave, long waits
LAB_BACKLOG = (datetime(2025, 11, 10), datetime(2026, 1, 21))  # Dongguan aligner lab backlog (China clinics)
VC_REMINDER = (datetime(2025, 10, 6), datetime(2026, 2, 1))  # Vancouver: zh SMS reminders not sent (new PMS)
SY_TIGHT = (datetime(2026, 2, 1), datetime(2026, 5, 1))        # Sydney: Koala Finance affordability rule
SY_SECOND_LENDER = datetime(2026, 5, 1)                       # Harbour Credit added in Sydney
AB = (datetime(2026, 1, 5), datetime(2026, 5, 1))              # plan_video_2026: plans sent in this range
VIDEO_ROLLOUT = datetime(2026, 5, 1)
STAR_DOC = "沈怡"

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_scan_booking", "预约免费口扫", "Free scan booking", "awareness", "web", "digital", "growth marketing",
     "预约|预约口扫|约扫描|免费扫描预约|留资|小程序预约|booking|book a scan|free scan booking|scan appointment|"
     "lead|sign-up"),
    ("tp_missed_appt", "爽约", "Missed appointment", "service", "other", "physical", "front desk",
     "爽约|没来|放鸽子|未到诊|错过预约|no-show|no show|missed appointment|DNA|did not attend"),
    ("tp_free_scan", "免费3D口扫", "Free 3D scan", "consideration", "store", "physical", "clinic operations",
     "口扫|3D扫描|扫描|牙齿扫描|iTero|数字化扫描|free scan|3D scan|intraoral scan|smile scan"),
    ("tp_consult", "正畸面诊", "Orthodontist consultation", "consideration", "store", "physical", "orthodontists",
     "面诊|初诊|看医生|正畸咨询|医生评估|consultation|consult|ortho consult|assessment|first visit"),
    ("tp_plan", "治疗方案与报价", "Treatment plan & quote", "consideration", "app", "digital", "orthodontists",
     "方案|治疗方案|报价|3D方案|ClinCheck|矫正方案|treatment plan|quote|smile plan|plan video|proposal"),
    ("tp_financing_app", "分期付款申请", "Financing application", "purchase", "web", "digital", "finance desk",
     "分期|分期申请|贷款申请|分期审批|金融分期|financing|finance application|payment plan application|"
     "loan application|credit check"),
    ("tp_contract", "签约开始矫正", "Treatment agreement signed", "purchase", "store", "physical", "treatment coordinators",
     "签约|下单|交定金|确定矫正|签合同|成交|sign-up|signed|treatment agreement|started treatment|case start|"
     "deposit paid"),
    ("tp_aligner_shipped", "牙套批次发货", "Aligner batch shipped", "service", "other", "physical", "lab & logistics",
     "发货|牙套发货|批次|寄牙套|新牙套|物流|aligner shipment|aligner batch|trays shipped|delivery|batch shipped"),
    ("tp_treatment_start", "开始戴牙套/粘托槽", "Aligner fit / braces bonding", "service", "store", "physical",
     "orthodontists",
     "戴牙套|初戴|粘托槽|上托槽|上牙套|开始矫正|fit appointment|aligner fit|bonding|braces on|braces fitted"),
    ("tp_checkup", "复诊", "Check-up", "service", "store", "physical", "orthodontists",
     "复诊|复查|随访|远程复诊|线上复查|调弓丝|check-up|checkup|review|adjustment|virtual check-in|follow-up"),
    ("tp_refinement", "精调", "Refinement", "service", "store", "physical", "orthodontists",
     "精调|重新扫描|追加牙套|中期调整|refinement|mid-course correction|additional aligners|rescan"),
    ("tp_payment_overdue", "分期逾期提醒", "Instalment overdue reminder", "service", "other", "digital",
     "finance desk",
     "逾期|逾期提醒|催款|还款提醒|滞纳|late payment|overdue instalment|payment reminder|arrears|late instalment"),
    ("tp_support", "客服咨询", "Patient support contact", "service", "phone", "digital", "patient support",
     "客服|热线|咨询|微信客服|WhatsApp|打电话|support|helpline|call centre|customer service|enquiry"),
    ("tp_complete", "矫正完成", "Treatment completed", "loyalty", "store", "physical", "orthodontists",
     "完成矫正|结束矫正|拆托槽|摘牙套|毕业|debond|treatment complete|finished treatment|braces off|completion"),
    ("tp_retainer", "保持器", "Retainer", "loyalty", "store", "physical", "orthodontists",
     "保持器|维持器|Vivera|透明保持器|固定保持器|retainer|retainers|Essix|bonded retainer|retention"),
]

JOURNEYS = [
    ("scan_to_consult", "预约口扫到面诊", "Scan booking to consultation",
     ["tp_scan_booking", "tp_free_scan", "tp_consult"], 30),
    ("consult_to_start", "面诊到签约", "Consultation to signed treatment",
     ["tp_consult", "tp_plan", "tp_contract"], 45),
    ("booking_to_start", "预约到签约全流程", "Scan booking to signed treatment",
     ["tp_scan_booking", "tp_free_scan", "tp_consult", "tp_plan", "tp_contract"], 90),
    ("finance_to_start", "分期申请到签约", "Financing application to signed treatment",
     ["tp_financing_app", "tp_contract"], 30),
    ("start_to_first_checkup", "签约到首次复诊", "Signed treatment to first check-up",
     ["tp_contract", "tp_treatment_start", "tp_checkup"], 120),
    ("completion_to_retainer", "完成矫正到保持器", "Treatment completion to retainer",
     ["tp_complete", "tp_retainer"], 60),
]

# id, zh, en, city, 城市, country, currency, CNY rate, weight, en-speaking share, virtual check-up share
CLINICS = [
    ("HZ-XH", "杭州西湖诊所", "Hangzhou West Lake", "Hangzhou", "杭州", "CN", "CNY", 1.0, 0.27, 0.02, 0.35),
    ("WH-GG", "武汉光谷诊所", "Wuhan Optics Valley", "Wuhan", "武汉", "CN", "CNY", 1.0, 0.24, 0.01, 0.30),
    ("SG-OR", "新加坡乌节诊所", "Singapore Orchard", "Singapore", "新加坡", "SG", "SGD", 5.35, 0.19, 0.62, 0.50),
    ("SY-CW", "悉尼查茨伍德诊所", "Sydney Chatswood", "Sydney", "悉尼", "AU", "AUD", 4.70, 0.17, 0.78, 0.50),
    ("VC-RM", "温哥华列治文诊所", "Vancouver Richmond", "Vancouver", "温哥华", "CA", "CAD", 5.20, 0.16, 0.45, 0.45),
]
CL = {c[0]: c for c in CLINICS}
CHANNEL_MIX = {
    "HZ-XH": dict(social_ads=0.38, search_ads=0.13, dentist_referral=0.09, school_screening=0.11, friend_referral=0.19,
                  walk_in=0.10),
    "WH-GG": dict(social_ads=0.36, search_ads=0.15, dentist_referral=0.08, school_screening=0.17, friend_referral=0.14,
                  walk_in=0.10),
    "SG-OR": dict(social_ads=0.30, search_ads=0.22, dentist_referral=0.16, school_screening=0.06, friend_referral=0.18,
                  walk_in=0.08),
    "SY-CW": dict(social_ads=0.24, search_ads=0.26, dentist_referral=0.26, school_screening=0.06, friend_referral=0.12,
                  walk_in=0.06),
    "VC-RM": dict(social_ads=0.30, search_ads=0.22, dentist_referral=0.18, school_screening=0.08, friend_referral=0.14,
                  walk_in=0.08),
}
CHANNEL_ZH = {"social_ads": "社交媒体广告", "search_ads": "搜索广告", "dentist_referral": "牙医转诊",
              "school_screening": "校园筛查", "friend_referral": "老带新推荐", "walk_in": "到店自然客流"}
SCAN_NOSHOW = {"social_ads": 0.27, "search_ads": 0.17, "dentist_referral": 0.07, "school_screening": 0.12,
               "friend_referral": 0.09, "walk_in": 0.0}

DOCS = {  # (zh, en, weight)
    "HZ-XH": [("沈怡", "Yi Shen", 0.45), ("陆建国", "Jianguo Lu", 0.55)],
    "WH-GG": [("胡晓岚", "Xiaolan Hu", 0.5), ("程博", "Bo Cheng", 0.5)],
    "SG-OR": [("陈丽瑜", "Rachel Tan", 0.55), ("阿米尔", "Amir Rahman", 0.45)],
    "SY-CW": [("奥利维亚·格兰特", "Olivia Grant", 0.5), ("黄丹尼", "Daniel Wong", 0.5)],
    "VC-RM": [("李汉娜", "Hannah Lee", 0.55), ("马库斯·布朗", "Marcus Brown", 0.45)],
}
DOC_CONV = {"沈怡": 1.5, "陆建国": 0.9}

PRODUCTS = {  # id: zh, en, treatment_type
    "aligner_lite": ("隐形轻量版", "AlignRight Lite aligners", "aligner"),
    "aligner_full": ("隐形全面版", "AlignRight Complete aligners", "aligner"),
    "braces_metal": ("金属托槽", "Metal braces", "braces"),
    "braces_ceramic": ("陶瓷托槽", "Ceramic braces", "braces"),
}
TTYPE_ZH = {"aligner": "隐形矫治", "braces": "托槽矫治"}
PRICE = {
    "aligner_lite": dict(CNY=13800, SGD=3800, AUD=4500, CAD=4200),
    "aligner_full": dict(CNY=29800, SGD=7800, AUD=8900, CAD=8200),
    "braces_metal": dict(CNY=16800, SGD=4600, AUD=6900, CAD=6500),
    "braces_ceramic": dict(CNY=21800, SGD=5800, AUD=7900, CAD=7400),
    "vivera": dict(CNY=2800, SGD=680, AUD=790, CAD=720),
    "essix": dict(CNY=980, SGD=260, AUD=320, CAD=290),
    "fixed": dict(CNY=1500, SGD=380, AUD=450, CAD=420),
    "replacement_tray": dict(CNY=450, SGD=110, AUD=130, CAD=120),
    "refinement_fee": dict(CNY=2400, SGD=600, AUD=700, CAD=650),
    "late_fee": dict(CNY=100, SGD=25, AUD=30, CAD=25),
}
RETAINER_ZH = {"vivera": "Vivera隐形保持器", "essix": "透明压膜保持器", "fixed": "固定舌侧保持器"}
COMPLEX_ZH = {"mild": "轻度", "moderate": "中度", "complex": "复杂"}
PTYPE_ZH = {"adult": "成人", "teen": "青少年", "child": "儿童"}
PLAN_ZH = {"full": "全款", "lender": "第三方分期", "smile_plan": "诊所自营分期"}
LENDERS = {  # country: [(zh, en)]
    "CN": [("安心分期", "AnXin Credit"), ("优享分期", "YouXiang Finance")],
    "SG": [("狮城信贷", "LionCredit")],
    "AU": [("考拉金融", "Koala Finance")],
    "CA": [("枫叶信贷", "MapleLeaf Lending")],
}
DECLINE_ZH = {"insufficient_income": "收入不足", "credit_score": "信用评分不足", "incomplete_docs": "材料不全",
              "affordability_rule": "新负担能力规则"}
REF_ZH = {"poor_tracking": "牙齿移动不到位", "missed_wear": "佩戴时间不足", "patient_request": "患者要求微调",
          "lost_attachments": "附件脱落"}
SUPPORT_ZH = {"shipping": "牙套物流", "billing": "账单与分期", "appointment": "预约改期", "tray_fit": "牙套不贴合",
              "lost_tray": "牙套丢失", "pain": "疼痛不适", "broken_bracket": "托槽脱落", "financing": "分期审批",
              "reminder": "未收到提醒"}
OTYPE_ZH = {"full_payment": "全款", "deposit": "首付定金", "lender_settlement": "分期机构放款", "instalment": "分期还款",
            "late_fee": "滞纳金", "refinement_fee": "精调费", "retainer": "保持器", "replacement_tray": "补做牙套"}
PAY_ZH = {"wechat_pay": "微信支付", "alipay": "支付宝", "card": "银行卡", "paynow": "PayNow", "apple_pay": "Apple Pay",
          "direct_debit": "自动扣款", "lender": "分期机构", "interac": "Interac转账", "health_fund": "医保基金直付"}
CHECK_ZH = {"in_clinic": "到院复诊", "virtual": "远程复诊"}
APPT_ZH = {"scan": "免费口扫", "consult": "面诊", "checkup": "复诊"}
COURIER = {"CN": "顺丰速运", "SG": "Ninja Van", "AU": "Australia Post", "CA": "Canada Post"}
LAB = {"CN": "Dongguan lab", "SG": "Penang lab", "AU": "Penang lab", "CA": "Penang lab"}
LAB_ZH = {"Dongguan lab": "东莞制造中心", "Penang lab": "槟城制造中心"}
SCANNERS = ["iTero Element 5D", "3Shape TRIOS 5"]
FB_CH_ZH = {"survey": "满意度问卷", "app_review": "应用商店评价", "google_review": "Google评价", "dianping": "大众点评",
            "xiaohongshu": "小红书笔记", "call_note": "客服通话记录"}

TOPIC_SENT = {
    "result_happy": "positive", "staff_friendly": "positive", "doctor_clear": "positive", "scan_easy": "positive",
    "app_handy": "positive", "neutral": "neutral",
    "price_high": "negative", "shipping_late": "negative", "financing_declined": "negative", "late_fee": "negative",
    "pain_discomfort": "negative", "wait_long": "negative", "reminder_missing": "negative", "tray_fit": "negative",
    "app_buggy": "negative",
}

TEXTS = {
    "result_happy": (
        ["终于摘牙套了，牙齿整整齐齐，现在拍照敢露齿笑了！", "矫正效果比预期还好，{doc}医生太专业了。",
         "坚持了这么久值了，现在笑起来自信多了。", "隐形牙套戴着基本看不出来，最后效果也很满意。",
         "孩子的托槽拆了，牙齿排得很整齐，咬合也正常了，感谢{clinic}。", "整个疗程下来很满意，朋友都说我变好看了。",
         "牙缝没了，龅牙也收回去了，强烈推荐。"],
        ["Finally finished — my teeth look amazing and I can't stop smiling.",
         "Results are even better than the simulation, thank you Dr {doc_en}!",
         "Worth every month. Straight teeth and a much better bite.",
         "Nobody noticed I was wearing aligners and the end result is great.",
         "My son's braces came off today and he loves his new smile. Thanks {clinic_en}!",
         "Gap closed, crowding gone. Really happy with how it turned out."]),
    "staff_friendly": (
        ["前台和护士都很热情，小朋友一点都不怕。", "工作人员态度很好，每次复诊都很耐心。",
         "助理小姐姐很细心，手把手教我怎么戴牙套、怎么清洁。", "{clinic}的服务真的没话说，环境也干净。",
         "客服回复很及时，改约也很方便。"],
        ["Front desk team is lovely and always remembers my name.",
         "The nurses were so patient with my nervous daughter.",
         "Super friendly staff, they walked me through how to wear and clean the aligners.",
         "Really welcoming clinic, spotless and calm.", "Support replied quickly and rescheduling was painless."]),
    "doctor_clear": (
        ["{doc}医生讲得很清楚，3D模拟一看就懂。", "医生解释方案很耐心，也没有强推贵的。",
         "面诊很专业，把拔牙和不拔牙的利弊都讲明白了。", "医生会根据我的情况调整方案，很放心。"],
        ["Dr {doc_en} explained every option clearly and never pushed the expensive one.",
         "Loved the 3D simulation, the orthodontist answered all my questions.",
         "Very thorough consultation — pros and cons of each option laid out honestly.",
         "The orthodontist really listens and adjusts the plan."]),
    "scan_easy": (
        ["免费口扫几分钟就好了，不用咬硅胶，体验很好。", "扫描很快，还能马上看到矫正后的模拟效果。",
         "口扫完当场就出了3D模型，很直观。", "免费扫描没有任何推销，感觉很好。"],
        ["The free 3D scan took ten minutes and no goopy impressions!",
         "Quick scan and I got to see a preview of my new smile straight away.",
         "Scan was fast and painless, the 3D model on screen was fascinating.",
         "No hard sell at the free scan, which I appreciated."]),
    "app_handy": (
        ["APP打卡佩戴时间很方便，远程复查拍几张照片就行。", "线上复诊省了好多跑腿时间，上班族友好。",
         "APP提醒换牙套很准时，不会忘。"],
        ["Virtual check-ins in the app save me a trip every time.",
         "The wear-time tracker keeps me honest, great app.", "Love the tray-change reminders in the app."]),
    "neutral": (
        ["还在矫正中，目前感觉一般，看后续效果吧。", "第三副牙套了，没什么特别的。", "价格跟别家差不多。",
         "预约了下个月复诊。", "想问一下保持器需要戴多久？", "整体还行，中规中矩。"],
        ["Halfway through treatment, nothing special to report.", "Standard experience so far.",
         "Had my check-up today, all routine.", "Prices seem in line with other clinics.",
         "Would like more evening appointment slots.", "It's fine. Does what it says."]),
    "price_high": (
        ["报价太贵了，全面版要将近三万，有点下不了手。", "方案不错但价格劝退，比别家贵不少。",
         "保持器还要另外收钱，感觉被坑了。", "口扫免费，但后面的费用真的不便宜。", "精调还要再交钱，不太合理。"],
        ["The quote was way more than I expected.", "Great clinic but the price put me off.",
         "Charging extra for retainers after paying thousands feels cheeky.",
         "Free scan, then a very expensive quote.", "Paying again for a refinement doesn't seem fair."]),
    "shipping_late": (
        ["第二批牙套迟迟不到，已经多戴了两周旧的。", "说好两周到的牙套拖了快一个月，客服只说工厂排期。",
         "牙套发货太慢了，复诊都白约了。", "等新牙套等到崩溃，工厂那边到底怎么了？", "新一批牙套又延误了，疗程要被拖长了吧。",
         "牙套物流一直显示未发货，问了三次都说在生产。"],
        ["My next batch of aligners is two weeks late and I'm stuck on the old trays.",
         "Promised delivery date came and went — the lab is apparently backed up.",
         "Aligners delayed again, my check-up was pointless without them.",
         "Still waiting on my trays, no one can tell me when they'll ship."]),
    "financing_declined": (
        ["分期申请被拒了，说是收入证明不够，只能先放弃。", "想分期做矫正结果审批没通过，很失望。",
         "本来都准备开始了，分期没批下来。", "分期审核太严了，有稳定工作也被拒。"],
        ["My finance application got declined with no real explanation.",
         "Koala Finance knocked me back because of some new affordability rule — so now I can't start.",
         "Was ready to go ahead but couldn't get the payment plan approved.",
         "Declined for finance even though I have a stable job. Frustrating.",
         "The finance partner rejected me, the clinic couldn't offer anything else that worked."]),
    "late_fee": (
        ["晚了几天还款就收滞纳金，一点都不通融。", "分期提醒短信收到太晚了，还被罚了滞纳金。",
         "24期分期压力有点大，逾期还要罚款。", "自动扣款失败也算我逾期，还收了手续费。"],
        ["Charged a late fee for being a few days behind on my instalment.",
         "The payment reminders come too late and then they hit you with a fee.",
         "Direct debit failed on their side and I still got a late fee.",
         "The 24-month plan is a stretch and the late penalties make it worse."]),
    "pain_discomfort": (
        ["刚上托槽疼了一个星期，吃饭都难。", "换新牙套那几天牙齿酸痛。", "托槽磨嘴，口腔溃疡好几次。",
         "附件粘上去以后嘴唇被磨破了。"],
        ["First week with braces was really sore.", "Each new aligner tray hurts for a couple of days.",
         "Brackets keep rubbing my cheeks, ulcers every week.", "The attachments are rough on my lips."]),
    "wait_long": (
        ["约好的时间还要等快一个小时。", "复诊等太久了，光谷这家人太多了，医生忙不过来。", "每次来都要排队，预约形同虚设。",
         "等了五十分钟才见到医生，看诊只有五分钟。"],
        ["Waited nearly an hour past my appointment time.", "Long waits at every visit, the clinic is overbooked.",
         "Appointment was at 3, seen at 3:50.", "Too much waiting around for a five-minute adjustment."]),
    "reminder_missing": (
        ["完全没收到复诊提醒短信，白白错过预约。", "以前会发中文提醒，现在什么都没有，害我爽约两次。",
         "复诊提醒不发了，孩子的复诊都忘了。", "换了新系统以后就收不到中文短信提醒了。"],
        ["Never got my appointment reminder text and missed my check-up.",
         "No reminder this time, ended up missing the appointment.",
         "My mum only reads Chinese and the reminders stopped coming."]),
    "tray_fit": (
        ["牙套越来越不贴合，只能重新扫描精调。", "有几颗牙一直跟不上，又要加一批牙套。", "附件掉了两次，牙套卡不住。",
         "牙套戴上去有缝，医生说要精调，疗程又延长了。"],
        ["My aligners stopped fitting properly and now I need a refinement.",
         "Teeth aren't tracking, so more trays and more months.",
         "Attachments keep popping off and the trays don't sit right.",
         "There's a gap at the front of the tray, apparently I need a rescan."]),
    "app_buggy": (
        ["APP上传复查照片老是失败。", "更新后打卡页面打不开。", "佩戴计时经常自己清零。"],
        ["App crashes when uploading check-in photos.", "Wear timer resets randomly.",
         "Latest update logged me out and lost my tray history."]),
}

# wording for people who have not started treatment (scan, plan, financing): same topics, other sentences
TEXTS_LEAD = {
    "neutral": (["扫描做完了，还在考虑要不要做。", "方案收到了，再对比一下别家。", "价格跟别家差不多，再想想。", "流程挺正常的，没什么特别。"],
                ["Still deciding whether to go ahead.", "Got the plan, comparing with another clinic.",
                 "Prices seem in line with other clinics.", "Process was fine, nothing special."]),
    "staff_friendly": (["前台和护士都很热情，小朋友一点都不怕。", "工作人员态度很好，解释得很耐心。", "{clinic}的服务真的没话说，环境也干净。",
                        "客服回复很及时，改约也很方便。"],
                       ["Front desk team is lovely and made us feel welcome.",
                        "The nurses were so patient with my nervous daughter.",
                        "Really welcoming clinic, spotless and calm.",
                        "Support replied quickly and rescheduling was painless."]),
}
LEAD_CTX = ("scan", "plan", "fin_no", "fin_ok", "call_financing")

MONTH_W = [1.1, 0.9, 1.05, 1.0, 1.0, 1.0, 1.1, 1.1, 1.0, 1.0, 1.0, 0.8]


class G:
    def __init__(self):
        self.rng = np.random.default_rng(SEED)
        self.customers: dict[str, dict] = {}
        self.events: list[dict] = []
        self.orders: list[dict] = []
        self.feedback: list[dict] = []
        self.truth: list[dict] = []
        self.experiments: list[dict] = []
        self.n = dict(ev=0, ord=0, fb=0, bk=0, pl=0, ct=0, fa=0, sh=0, cu=0)

    # ---------- helpers ----------
    def r(self) -> float:
        return float(self.rng.random())

    def pick(self, items, w=None):
        items = list(items)
        if w is None:
            return items[int(self.rng.integers(len(items)))]
        w = list(w)
        x = float(self.rng.random()) * sum(w)
        for item, wi in zip(items, w):
            x -= wi
            if x < 0:
                return item
        return items[-1]

    def at(self, day, lo, hi):
        base = datetime(day.year, day.month, day.day)
        return base + D(seconds=int(self.rng.integers(int(lo * 3600), int(hi * 3600))))

    def later(self, t, d_lo, d_hi, h_lo=9.5, h_hi=19):
        return self.at(t + D(days=int(self.rng.integers(d_lo, d_hi + 1))), h_lo, h_hi)

    def nid(self, k, pre, w):
        self.n[k] += 1
        return f"{pre}{self.n[k]:0{w}d}"

    def ccols(self, k):
        c = CL[k]
        return dict(clinic_id=k, clinic=c[1], clinic_en=c[2], city=c[3], 城市=c[4])

    def ev(self, c, ts, tp, **kw):
        if ts > END or ts < START:
            return None
        row = dict(event_id=self.nid("ev", "EV", 7), customer_id=c["customer_id"], ts=ts, touchpoint_id=tp)
        row.update(kw)
        row.update(self.ccols(c["k"]))
        self.events.append(row)
        return row

    def cur(self, k):
        return CL[k][6]

    def price(self, item, k):
        return float(PRICE[item][self.cur(k)])

    def paymethod(self, k):
        cur = self.cur(k)
        if cur == "CNY":
            return self.pick(["wechat_pay", "alipay", "card"], [0.5, 0.35, 0.15])
        if cur == "SGD":
            return self.pick(["card", "paynow", "apple_pay"], [0.5, 0.35, 0.15])
        if cur == "AUD":
            return self.pick(["card", "apple_pay", "health_fund"], [0.6, 0.2, 0.2])
        return self.pick(["card", "interac", "apple_pay"], [0.55, 0.3, 0.15])

    def order(self, c, ts, otype, amount, status="paid", channel="clinic", pay=None, **kw):
        if ts > END or ts < START:
            return None
        k = c["k"]
        pay = pay or self.paymethod(k)
        o = dict(order_id=self.nid("ord", "OR", 7), customer_id=c["customer_id"], ts=ts, amount=round(float(amount), 2),
                 currency=self.cur(k), amount_cny=round(float(amount) * CL[k][7], 2), status=status,
                 order_type=otype, 订单类型=OTYPE_ZH[otype], channel=channel,
                 device=c["phone_os"] if channel == "app" else None, payment_method=pay, 支付方式=PAY_ZH[pay],
                 **self.ccols(k))
        o.update(kw)
        self.orders.append(o)
        return o

    def wait_min(self, c, t):
        if c["k"] == "WH-GG" and WH_SHORT[0] <= t < WH_SHORT[1]:
            return int(max(5, self.rng.normal(47, 14)))
        return int(max(0, self.rng.normal(13, 7)))

    # ---------- customers ----------
    def new_customer(self, k, ch):
        cid = self.nid("cu", "AR", 6)
        cl = CL[k]
        country = cl[5]
        if ch == "school_screening":
            ptype = self.pick(["child", "teen"], [0.45, 0.55])
        elif ch in ("social_ads", "search_ads"):
            ptype = self.pick(["adult", "teen", "child"], [0.84, 0.13, 0.03])
        else:
            ptype = self.pick(["adult", "teen", "child"], [0.62, 0.28, 0.10])
        age = {"adult": int(min(62, 18 + self.rng.gamma(2.2, 6.0))), "teen": int(self.rng.integers(13, 18)),
               "child": int(self.rng.integers(7, 13))}[ptype]
        band = "7-12" if age < 13 else "13-17" if age < 18 else "18-24" if age < 25 else "25-34" if age < 35 \
            else "35-44" if age < 45 else "45+"
        lang = "en" if self.r() < cl[9] else "zh"
        os_ = self.pick(["ios", "android"], [0.42, 0.58] if country == "CN" else [0.6, 0.4])
        g = self.pick(["female", "male"], [0.64, 0.36] if ptype == "adult" else [0.52, 0.48])
        c = dict(customer_id=cid, signup_at=None, segment="lead", region=cl[3], 城市=cl[4], acquisition_channel=ch,
                 获客渠道=CHANNEL_ZH[ch], tier=None, 付款方式=None, patient_type=ptype, 患者类型=PTYPE_ZH[ptype],
                 age=age, age_band=band, gender=g, 性别="女" if g == "female" else "男", language=lang,
                 phone_os=os_, country=country, home_clinic_id=k, home_clinic=cl[1], home_clinic_en=cl[2],
                 guardian_account=ptype != "adult", treatment_type=None, 矫治类型=None, product=None, 产品=None,
                 referring_dentist=None, k=k, late_batch=False, declined=False, missed_bug=False, last_fee=None)
        if ch == "dentist_referral":
            c["referring_dentist"] = self.pick({
                "CN": ["城西口腔门诊", "光谷口腔诊所", "康美齿科", "微笑牙科"],
                "SG": ["Orchard Dental Studio", "Tanjong Pagar Dental", "Bright Smile Dental"],
                "AU": ["Chatswood Family Dental", "Willoughby Dental Care", "North Shore Smiles"],
                "CA": ["Richmond Centre Dental", "No.3 Road Dental", "Lansdowne Dental Group"]}[country])
        self.customers[cid] = c
        return c

    def sign(self, c, ts):
        if c["signup_at"] is None and ts <= END:
            c["signup_at"] = ts

    # ---------- the run ----------
    def run(self):
        days = [START + D(days=i) for i in range((END - START).days + 1)]
        for di, day in enumerate(days):
            growth = 1 + 0.2 * di / 365
            wk = 1.15 if day.weekday() >= 5 else 0.95
            for k, *_ in CLINICS:
                cl = CL[k]
                if k == "VC-RM" and day < VC_OPEN:
                    continue
                for ch, share in CHANNEL_MIX[k].items():
                    lam = 11.0 * cl[8] * share * growth * MONTH_W[day.month - 1] * wk
                    if k == "VC-RM" and day < VC_OPEN + D(days=60):
                        lam *= 0.6
                    if cl[5] == "CN":
                        if ch == "social_ads" and day.month == 6 and day.day <= 18:
                            lam *= 2.0           # 618 promotion
                        if ch == "social_ads" and day.month == 11 and day.day <= 11:
                            lam *= 2.8           # 双11 promotion
                        if (datetime(2024, 2, 5) <= day <= datetime(2024, 2, 18) or
                                datetime(2025, 1, 25) <= day <= datetime(2025, 2, 8) or
                                datetime(2026, 2, 12) <= day <= datetime(2026, 2, 25)):
                            lam *= 0.4           # Spring Festival
                    if ch == "school_screening":
                        lam *= 1.8 if day.month in (3, 4, 9, 10, 11) else (0.15 if day.month in (1, 7, 8, 12)
                                                                               else 0.8)
                    for _ in range(int(self.rng.poisson(lam))):
                        c = self.new_customer(k, ch)
                        self.lead(c, day)
        self.app_reviews()

    def lead(self, c, day):
        ch = c["acquisition_channel"]
        if ch == "walk_in":
            t = self.at(day, 10, 19)
            self.scan_booking(c, t, lead=0)
        else:
            t = self.at(day, 7, 23.5)
            self.scan_booking(c, t)

    def scan_booking(self, c, t, lead=None, rebook=False):
        if t > END:
            return
        k, ch = c["k"], c["acquisition_channel"]
        cn = CL[k][5] == "CN"
        if lead is None:
            lead = int(self.pick(range(1, 15), [10, 12, 11, 9, 8, 7, 7, 5, 4, 3, 3, 2, 2, 2]))
        appt = self.at(t + D(days=lead), 9.5, 19) if lead else t + D(minutes=int(self.rng.integers(5, 25)))
        # teens / children book around school holidays
        if c["patient_type"] != "adult" and lead and appt.weekday() < 5 and self.r() < 0.5:
            appt += D(days=5 - appt.weekday())
        if ch == "walk_in":
            bch, dev = "store", None
        elif ch == "social_ads":
            bch = "mini_program" if cn and self.r() < 0.5 else "social"
            dev = c["phone_os"]
        elif ch == "search_ads":
            bch = "web"
            dev = self.pick(["pc", c["phone_os"]], [0.35, 0.65])
        else:
            bch = self.pick(["web", "phone", "mini_program" if cn else "app"], [0.4, 0.35, 0.25])
            dev = None if bch == "phone" else c["phone_os"]
        src = None
        if ch == "social_ads":
            src = self.pick(["xiaohongshu", "douyin", "wechat"], [0.5, 0.35, 0.15]) if cn else \
                self.pick(["instagram", "tiktok", "facebook"], [0.5, 0.3, 0.2])
        elif ch == "search_ads":
            src = "baidu" if cn else "google"
        campaign = None
        if cn and ch == "social_ads" and ((t.month == 6 and t.day <= 18) or (t.month == 11 and t.day <= 11)):
            campaign = "618大促" if t.month == 6 else "双11大促"
        bid = self.nid("bk", "BK", 6)
        self.sign(c, t)
        self.ev(c, t, "tp_scan_booking", action="submit", channel=bch, device=dev, booking_id=bid, appt_type="scan",
                预约类型=APPT_ZH["scan"], appt_at=appt, lead_days=lead, utm_source=src, campaign=campaign,
                rebooking=rebook)
        p_ns = SCAN_NOSHOW[ch] * (1.35 if lead >= 8 else 1.0) * (1.15 if rebook else 1.0)
        if self.r() < p_ns:
            self.ev(c, appt + D(minutes=20), "tp_missed_appt", action="no_show", channel="other", booking_id=bid,
                    appt_type="scan", 预约类型=APPT_ZH["scan"], appt_at=appt, reminder_sent=True)
            if not rebook and self.r() < 0.35:
                self.scan_booking(c, self.later(appt, 2, 20, 8, 22), rebook=True)
            return
        self.scan(c, appt, bid)

    def scan(self, c, t, bid):
        if t > END:
            return
        c["segment"] = "scanned"
        w = self.wait_min(c, t)
        self.ev(c, t + D(minutes=w), "tp_free_scan", action="done", channel="store", booking_id=bid,
                scanner=self.pick(SCANNERS, [0.6, 0.4]), scan_minutes=int(self.rng.integers(6, 19)),
                smile_preview=True, wait_minutes=w)
        if self.r() < 0.2:
            self.survey(c, t + D(hours=3), "tp_free_scan", "scan", wait=w)
        if self.r() < 0.04:
            self.public_review(c, t + D(days=1), "scan", wait=w)
        x = self.r()
        if x < 0.62:
            self.consult(c, t + D(minutes=w + int(self.rng.integers(25, 60))))
        elif x < 0.95:
            ta = self.later(t, 2, 10)
            if self.r() < 0.07:
                self.ev(c, ta + D(minutes=20), "tp_missed_appt", action="no_show", channel="other",
                        appt_type="consult", 预约类型=APPT_ZH["consult"], appt_at=ta, reminder_sent=True)
                if self.r() < 0.5:
                    self.consult(c, self.later(ta, 3, 12))
            else:
                self.consult(c, ta)

    def consult(self, c, t):
        if t > END:
            return
        k = c["k"]
        docs = DOCS[k]
        doc = self.pick([d[:2] for d in docs], [d[2] for d in docs])
        c["doc"] = doc
        pt = c["patient_type"]
        cx = self.pick(["mild", "moderate", "complex"],
                       {"adult": [0.38, 0.42, 0.20], "teen": [0.2, 0.5, 0.3], "child": [0.3, 0.5, 0.2]}[pt])
        if pt == "adult":
            p_al = 0.86 if cx != "complex" else 0.6
        elif pt == "teen":
            p_al = 0.45
        else:
            p_al = 0.2
        refer = self.r() < 0.06
        rec = "refer_out" if refer else ("aligner" if self.r() < p_al else "braces")
        c["cx"] = cx
        w = self.wait_min(c, t)
        est = {"mild": (5, 9), "moderate": (10, 16), "complex": (16, 26)}[cx]
        self.ev(c, t, "tp_consult", action="attended", channel="store", orthodontist=doc[0], orthodontist_en=doc[1],
                case_complexity=cx, 病例难度=COMPLEX_ZH[cx], recommended=rec,
                推荐方案={"aligner": "隐形矫治", "braces": "托槽矫治", "refer_out": "先转诊治疗"}[rec],
                est_months=int(self.rng.integers(*est)), wait_minutes=w, consult_minutes=int(self.rng.integers(20, 45)))
        c["segment"] = "consulted"
        if refer:
            return
        self.plan(c, self.later(t, 1, 6, 10, 21), rec)

    def plan(self, c, t, rec):
        if t > END:
            return
        k = c["k"]
        cx = c["cx"]
        if rec == "aligner":
            prod = "aligner_lite" if (cx == "mild" and self.r() < 0.85) else "aligner_full"
        else:
            prod = "braces_ceramic" if self.r() < (0.65 if c["patient_type"] == "adult" else 0.3) else "braces_metal"
        base = self.price(prod, k)
        disc, code = 0.0, None
        if CL[k][5] == "CN" and ((t.month == 6 and t.day <= 25) or (t.month == 11 and t.day <= 18)):
            disc, code = 0.08, ("618" if t.month == 6 else "1111")
        elif c["acquisition_channel"] == "friend_referral":
            disc, code = 0.05, "FRIEND5"
        quote = round(base * (1 - disc) / 10) * 10
        pid = self.nid("pl", "PL", 6)
        variant = None
        if AB[0] <= t < AB[1]:
            variant = "video" if self.r() < 0.5 else "control"
            self.experiments.append(dict(experiment_id="plan_video_2026", variant=variant,
                                         customer_id=c["customer_id"], assigned_at=t, clinic_id=k, product=prod))
        fmt = "video" if (variant == "video" or t >= VIDEO_ROLLOUT) else "pdf"
        pz, pe, tt = PRODUCTS[prod]
        self.ev(c, t, "tp_plan", action="sent", channel=self.pick(["app", "email"], [0.6, 0.4]),
                device=c["phone_os"], plan_id=pid, product=prod, 产品=pz, product_en=pe, treatment_type=tt,
                矫治类型=TTYPE_ZH[tt], quote_amount=quote, currency=self.cur(k), discount_code=code,
                plan_format=fmt, orthodontist=c["doc"][0], orthodontist_en=c["doc"][1])
        c["segment"] = "plan_sent"
        p = 0.44
        p *= DOC_CONV.get(c["doc"][0], 1.0)
        p *= {"friend_referral": 1.2, "dentist_referral": 1.15, "social_ads": 0.85, "walk_in": 1.05}.get(
            c["acquisition_channel"], 1.0)
        p *= {"HZ-XH": 1.1, "WH-GG": 0.95, "SG-OR": 1.04, "SY-CW": 1.02, "VC-RM": 0.95}[k]
        if prod == "aligner_full":
            p *= 0.9
        if fmt == "video":
            p *= 1.3
        p = min(p, 0.9)
        country = CL[k][5]
        pref_w = {"CN": [0.45, 0.35, 0.20], "SG": [0.5, 0.25, 0.25], "AU": [0.3, 0.5, 0.2], "CA": [0.4, 0.35, 0.25]}
        pw = pref_w[country]
        if c["patient_type"] != "adult":
            pw = [pw[0] + 0.1, pw[1] - 0.05, pw[2] - 0.05]
        pref = self.pick(["full", "lender", "smile_plan"], pw)
        plan = dict(prod=prod, quote=quote, pid=pid, t=t)
        if self.r() < p:
            if pref == "lender":
                ta = self.later(t, 0, 6, 8, 23)
                ok = self.financing(c, ta, quote)
                if ok is None:
                    return
                if ok:
                    if self.r() < 0.93:
                        self.contract(c, self.later(ta, 1, 9), "lender", plan)
                elif self.r() < 0.42:
                    self.contract(c, self.later(ta, 2, 12), "smile_plan", plan)
                else:
                    c["segment"] = "declined_finance"
            else:
                ts = self.later(t, 1, 24) if self.r() < 0.85 else self.later(t, 25, 60)
                self.contract(c, ts, pref, plan)
        else:
            if self.r() < 0.12:
                self.financing(c, self.later(t, 0, 8, 8, 23), quote)
            if self.r() < 0.06:
                self.survey(c, t + D(days=2), "tp_plan", "plan")

    def financing(self, c, t, quote):
        if t > END:
            return None
        k = c["k"]
        country = CL[k][5]
        lenders = LENDERS[country]
        if k == "SY-CW" and t >= SY_SECOND_LENDER:
            lenders = lenders + [("海港信贷", "Harbour Credit")]
        lender = self.pick(lenders)
        p_ok = 0.82
        if c["age"] < 25 and c["patient_type"] == "adult":
            p_ok -= 0.1
        tight = k == "SY-CW" and SY_TIGHT[0] <= t < SY_TIGHT[1]
        if lender[1] == "Koala Finance" and t >= SY_TIGHT[0]:
            p_ok = 0.48 if t < SY_TIGHT[1] else 0.62
        ok = self.r() < p_ok
        reason = None
        if not ok:
            if lender[1] == "Koala Finance" and t >= SY_TIGHT[0]:
                reason = self.pick(["affordability_rule", "insufficient_income", "credit_score", "incomplete_docs"],
                                   [0.7, 0.12, 0.12, 0.06])
            else:
                reason = self.pick(["insufficient_income", "credit_score", "incomplete_docs"], [0.38, 0.4, 0.22])
        aid = self.nid("fa", "FA", 6)
        term = self.pick([12, 24, 36], [0.4, 0.45, 0.15])
        self.ev(c, t, "tp_financing_app", action="approved" if ok else "declined", channel="web",
                device=self.pick(["pc", c["phone_os"]], [0.3, 0.7]), application_id=aid, lender=lender[0],
                lender_en=lender[1], amount_requested=round(quote * 0.9, 2), currency=self.cur(k), term_months=term,
                decline_reason=reason, 拒绝原因=DECLINE_ZH.get(reason), decision_hours=int(self.rng.integers(1, 72)))
        if not ok:
            c["declined"] = True
            if tight and self.r() < 0.85:
                self.support(c, t + D(hours=int(self.rng.integers(2, 60))), "financing")
        elif tight and self.r() < 0.2:
            self.support(c, t - D(hours=int(self.rng.integers(1, 20))), "financing")
        if self.r() < (0.55 if not ok else 0.2):
            self.survey(c, t + D(days=1), "tp_financing_app", "fin_no" if not ok else "fin_ok")
        if not ok and self.r() < (0.1 if CL[k][5] != "CN" else 0.04):
            self.public_review(c, t + D(days=2), "fin_no")
        return ok

    def contract(self, c, t, kind, plan):
        if t > END:
            return
        k = c["k"]
        prod, quote = plan["prod"], plan["quote"]
        pz, pe, tt = PRODUCTS[prod]
        term = self.pick([12, 18, 24], [0.35, 0.35, 0.30]) if kind == "smile_plan" else None
        total = round(quote * 0.95, 2) if kind == "full" else quote
        dep_share = {"full": 1.0, "lender": 0.1, "smile_plan": 0.2}[kind]
        deposit = round(total * dep_share, 2)
        cid = self.nid("ct", "CT", 6)
        self.ev(c, t, "tp_contract", action="signed", channel="store", contract_id=cid, plan_id=plan["pid"],
                product=prod, 产品=pz, product_en=pe, treatment_type=tt, 矫治类型=TTYPE_ZH[tt], payment_plan=kind,
                付款方式=PLAN_ZH[kind], plan_term_months=term, total_price=total, deposit=deposit, currency=self.cur(k),
                orthodontist=c["doc"][0], orthodontist_en=c["doc"][1])
        c.update(segment="in_treatment", tier=kind, 付款方式=PLAN_ZH[kind], treatment_type=tt, 矫治类型=TTYPE_ZH[tt],
                 product=prod, 产品=pz)
        cancel = self.r() < 0.025
        ra = t + D(days=int(self.rng.integers(2, 14)))
        st = dict(status="refunded", refunded_at=ra, refund_reason="cooling_off", 退款原因="冷静期取消") \
            if cancel and ra <= END else {}
        o1 = self.order(c, t, "full_payment" if kind == "full" else "deposit", deposit, product=prod, 产品=pz,
                        contract_id=cid, **st)
        if cancel:
            c["segment"] = "cancelled"
            if o1 is not None and not st:
                o1["status"] = "cancelled"
            return
        if kind == "lender":
            self.order(c, t + D(days=int(self.rng.integers(4, 11))), "lender_settlement", round(total - deposit, 2),
                       channel="lender", pay="lender", product=prod, 产品=pz, contract_id=cid)
        if kind == "smile_plan":
            self.instalments(c, t, cid, prod, round(total - deposit, 2), term)
        if self.r() < 0.05:
            self.survey(c, t + D(hours=5), "tp_contract", "contract")
        if tt == "aligner":
            self.aligner_course(c, t, prod, cid)
        else:
            self.braces_course(c, t, prod, cid)

    def instalments(self, c, t, cid, prod, rest, term):
        k = c["k"]
        amt = round(rest / term, 2)
        pz = PRODUCTS[prod][0]
        base = {12: 0.06, 18: 0.10, 24: 0.19}[term]
        pay = "direct_debit" if self.r() < 0.55 else self.paymethod(k)
        for i in range(1, term + 1):
            y, m = t.year + (t.month - 1 + i) // 12, (t.month - 1 + i) % 12 + 1
            due = datetime(y, m, min(t.day, 28), 0, 0, 0)
            if due > END:
                break
            p = base
            if k == "SG-OR":
                p *= 0.55
            if CL[k][5] == "CN" and due.year == 2026 and due.month == 2:
                p *= 2.7             # Spring Festival 2026 (17 Feb)
            late = self.r() < p
            dl = int(1 + self.rng.geometric(0.11)) if late else 0
            paid = self.at(due + D(days=dl), 8, 22) if late else self.at(due - D(days=int(self.rng.integers(0, 4))),
                                                                          7, 22)
            if dl >= 3 and due + D(days=3) <= END:
                self.ev(c, self.at(due + D(days=3), 9, 10), "tp_payment_overdue", action="reminder_sent",
                        channel=self.pick(["sms", "wechat"] if CL[k][5] == "CN" else ["sms", "email"]),
                        contract_id=cid, instalment_no=i, amount_due=amt, currency=self.cur(k), due_date=due.date(),
                        days_overdue=3)
            if paid > END:
                break
            self.order(c, paid, "instalment", amt, channel="app" if pay != "direct_debit" else "clinic", pay=pay,
                       product=prod, 产品=pz, contract_id=cid, instalment_no=i, plan_term_months=term,
                       due_date=due.date(), days_late=dl)
            if dl > 7:
                self.order(c, paid + D(minutes=2), "late_fee", self.price("late_fee", k), pay=pay, contract_id=cid,
                           instalment_no=i, plan_term_months=term, due_date=due.date(), days_late=dl)
                c["last_fee"] = paid
                if self.r() < 0.12:
                    self.support(c, paid + D(hours=int(self.rng.integers(1, 48))), "billing")
                if self.r() < 0.07:
                    self.survey(c, paid + D(days=1), "tp_payment_overdue", "late_fee")

    # ---------- treatment ----------
    def ship(self, c, requested, batch_no, trays, kind, cid, prod):
        k = c["k"]
        country = CL[k][5]
        first = batch_no == 1 and kind == "treatment"
        prod_days = int(self.rng.integers(10, 16)) if first else int(self.rng.integers(5, 9))
        promised = requested + D(days=21 if first else 14)
        shipped = requested + D(days=prod_days)
        if country == "CN" and LAB_BACKLOG[0] <= shipped < LAB_BACKLOG[1] and self.r() < 0.85:
            shipped += D(days=int(self.rng.integers(8, 19)))
        elif self.r() < 0.05:
            shipped += D(days=int(self.rng.integers(4, 10)))
        shipped = self.at(shipped, 9, 18)
        transit = int(self.rng.integers(1, 4)) if country == "CN" else int(self.rng.integers(3, 7))
        delivered = self.at(shipped + D(days=transit), 9, 20)
        dl = max(0, (delivered.date() - promised.date()).days)
        lab = LAB[country]
        self.ev(c, shipped, "tp_aligner_shipped", action="shipped", channel="other",
                shipment_id=self.nid("sh", "SH", 6), contract_id=cid, product=prod, 产品=PRODUCTS[prod][0],
                batch_no=batch_no, batch_type=kind, trays=trays, lab=lab, 制造中心=LAB_ZH[lab], courier=COURIER[country],
                ship_to=self.pick(["clinic", "home"], [0.55, 0.45]), promised_date=promised.date(),
                delivered_at=delivered if delivered <= END else None, days_late=dl if delivered <= END else None,
                delivered_late=(dl > 0) if delivered <= END else None)
        if dl > 0 and delivered <= END:
            c["late_batch"] = delivered
            if self.r() < (0.5 if dl >= 5 else 0.2):
                self.support(c, delivered - D(days=int(self.rng.integers(1, max(2, dl)))), "shipping")
            if self.r() < (0.4 if dl >= 5 else 0.15):
                self.survey(c, delivered + D(hours=20), "tp_aligner_shipped", "ship_late")
            if country == "CN" and dl >= 5 and self.r() < 0.08:
                self.public_review(c, delivered + D(days=1), "ship_late")
        elif delivered <= END and self.r() < 0.05:
            self.survey(c, delivered + D(hours=20), "tp_aligner_shipped", "ship_ok")
        return delivered

    def checkups(self, c, start, end, every, vshare, aligner, cid):
        """check-ups between start and end; returns (number missed, last visit time)."""
        k = c["k"]
        pt = c["patient_type"]
        t = start
        missed = 0
        wear = c.get("wear", 21.0)
        while True:
            t = self.later(t, every[0], every[1])
            if t >= end or t > END:
                break
            virtual = aligner and self.r() < vshare
            if virtual:
                trk = "off_track" if self.r() < (0.06 + max(0.0, 20 - wear) * 0.09) else "on_track"
                ev = self.ev(c, self.at(t, 7, 23), "tp_checkup", action="submitted", channel="app",
                             device=c["phone_os"], checkup_type="virtual", 复诊方式=CHECK_ZH["virtual"],
                             contract_id=cid, wear_hours_avg=round(float(np.clip(self.rng.normal(wear, 0.8), 8, 23.5)),
                                                                   1), tracking=trk)
                if ev is not None and self.r() < 0.02:
                    self.events.append(dict(ev))      # the app re-sends a check-in: exact duplicate row
                self.after_checkup(c, t, trk)
                continue
            p_miss = {"adult": 0.05, "teen": 0.13, "child": 0.08}[pt]
            rem = True
            if k == "VC-RM" and c["language"] == "zh" and VC_REMINDER[0] <= t < VC_REMINDER[1]:
                rem, p_miss = False, 0.42
            elif self.r() < 0.02:
                rem, p_miss = False, p_miss * 2.5
            if self.r() < p_miss:
                missed += 1
                self.ev(c, t + D(minutes=20), "tp_missed_appt", action="no_show", channel="other",
                        appt_type="checkup", 预约类型=APPT_ZH["checkup"], appt_at=t, reminder_sent=rem, contract_id=cid)
                if not rem:
                    c["missed_bug"] = True
                if self.r() < (0.6 if not rem and k == "VC-RM" else 0.3):
                    self.call_note(c, t + D(hours=int(self.rng.integers(3, 48))), "tp_missed_appt",
                                   "missed_bug" if (not rem and k == "VC-RM") else "missed")
                if not rem and k == "VC-RM" and self.r() < 0.45:
                    # "we missed you" text asks why: the answer lands in the survey tool
                    self.survey(c, t + D(hours=int(self.rng.integers(2, 20))), "tp_missed_appt", "missed_bug")
                if not rem and k == "VC-RM" and self.r() < 0.4:
                    self.support(c, t + D(hours=int(self.rng.integers(2, 30))), "reminder")
                t = self.later(t, 5, 16)
                if t >= end or t > END:
                    break
            w = self.wait_min(c, t)
            trk = None
            extra = {}
            if aligner:
                trk = "off_track" if self.r() < (0.06 + max(0.0, 20 - wear) * 0.09) else "on_track"
                extra = dict(wear_hours_avg=round(float(np.clip(self.rng.normal(wear, 0.8), 8, 23.5)), 1), tracking=trk)
            self.ev(c, t + D(minutes=w), "tp_checkup", action="attended", channel="store", checkup_type="in_clinic",
                    复诊方式=CHECK_ZH["in_clinic"], contract_id=cid, orthodontist=c["doc"][0],
                    orthodontist_en=c["doc"][1], appt_at=t, wait_minutes=w, reminder_sent=rem, **extra)
            self.after_checkup(c, t + D(minutes=w), trk, wait=w)
        return missed

    def after_checkup(self, c, t, trk, wait=None):
        if self.r() < 0.055:
            self.survey(c, t + D(hours=4), "tp_checkup", "checkup", wait=wait, trk=trk)
        if self.r() < 0.035:
            self.support(c, t + D(days=int(self.rng.integers(1, 30))), None)
        if self.r() < 0.01:
            self.public_review(c, t + D(days=1), "mid", wait=wait)

    def aligner_course(self, c, t, prod, cid):
        k = c["k"]
        pt = c["patient_type"]
        c["wear"] = float(np.clip(self.rng.normal({"adult": 21.0, "teen": 19.3, "child": 19.8}[pt],
                                                  {"adult": 1.5, "teen": 1.9, "child": 1.7}[pt]), 13, 23.5))
        total = int(self.rng.integers(14, 23)) if prod == "aligner_lite" else int(self.rng.integers(30, 53))
        tray_days = 10 if self.r() < 0.8 else 7
        sizes = [min(10, total), total - min(10, total)] if prod == "aligner_lite" else \
            [12] * (total // 12) + ([total % 12] if total % 12 else [])
        sizes = [s for s in sizes if s > 0]
        d1 = self.ship(c, t, 1, sizes[0], "treatment", cid, prod)
        fit = self.later(d1, 1, 6)
        if fit > END:
            return
        w = self.wait_min(c, fit)
        self.ev(c, fit + D(minutes=w), "tp_treatment_start", action="fitted", channel="store", contract_id=cid,
                product=prod, 产品=PRODUCTS[prod][0], treatment_type="aligner", 矫治类型=TTYPE_ZH["aligner"],
                orthodontist=c["doc"][0], orthodontist_en=c["doc"][1], trays_total=total, tray_change_days=tray_days,
                attachments=self.r() < 0.85, wait_minutes=w)
        if self.r() < 0.3:
            self.survey(c, fit + D(days=2), "tp_treatment_start", "start_aligner")
        done = sizes[0]
        for b, s in enumerate(sizes[1:], 2):
            req = fit + D(days=done * tray_days - 24)
            if req > END:
                break
            self.ship(c, req, b, s, "treatment", cid, prod)
            done += s
        end = fit + D(days=total * tray_days)
        vshare = CL[k][10]
        missed = self.checkups(c, fit, end, (56, 70), vshare, True, cid)
        cx = c.get("cx", "moderate")
        p_ref = {"mild": 0.10, "moderate": 0.22, "complex": 0.42}[cx] * (2.2 if c["wear"] < 20 else 0.75)
        p_ref *= 1.4 if missed >= 2 else 1.0
        if self.r() < min(0.92, p_ref):
            rt = self.later(end, -12, -2)
            if rt > END:
                return
            if c["wear"] < 20:
                reason = self.pick(["missed_wear", "poor_tracking", "lost_attachments"], [0.45, 0.45, 0.10])
            else:
                reason = self.pick(["poor_tracking", "patient_request", "lost_attachments"], [0.62, 0.26, 0.12])
            extra = int(self.rng.integers(6, 17))
            self.ev(c, rt, "tp_refinement", action="rescanned", channel="store", contract_id=cid, product=prod,
                    产品=PRODUCTS[prod][0], refinement_no=1, refinement_reason=reason, 精调原因=REF_ZH[reason],
                    extra_trays=extra, orthodontist=c["doc"][0], orthodontist_en=c["doc"][1])
            if prod == "aligner_lite":
                self.order(c, rt + D(minutes=30), "refinement_fee", self.price("refinement_fee", k), product=prod,
                           产品=PRODUCTS[prod][0], contract_id=cid)
            if self.r() < 0.25:
                self.survey(c, rt + D(days=1), "tp_refinement", "refine")
            if self.r() < 0.25:
                self.support(c, rt + D(days=int(self.rng.integers(-20, 0))), "tray_fit")
            d2 = self.ship(c, rt, len(sizes) + 1, extra, "refinement", cid, prod)
            end2 = d2 + D(days=extra * tray_days + int(self.rng.integers(3, 12)))
            missed += self.checkups(c, end, end2, (40, 55), vshare, True, cid)
            end = end2
        if self.r() < 0.02 * max(1, len(sizes)):
            tl = self.later(fit, 20, max(21, (end - fit).days - 5))
            if tl < END:
                self.support(c, tl, "lost_tray")
                self.order(c, tl + D(hours=2), "replacement_tray", self.price("replacement_tray", k),
                           channel="app", product="replacement_tray", 产品="补做牙套", contract_id=cid)
        self.complete(c, self.at(end, 9.5, 19), fit, prod, cid, total * tray_days / 30.4)

    def braces_course(self, c, t, prod, cid):
        bond = self.later(t, 7, 21)
        if c["patient_type"] != "adult" and bond.month in (6, 7) and self.r() < 0.4:
            bond = self.later(bond, 10, 30)
        if bond > END:
            return
        w = self.wait_min(c, bond)
        self.ev(c, bond + D(minutes=w), "tp_treatment_start", action="bonded", channel="store", contract_id=cid,
                product=prod, 产品=PRODUCTS[prod][0], treatment_type="braces", 矫治类型=TTYPE_ZH["braces"],
                orthodontist=c["doc"][0], orthodontist_en=c["doc"][1],
                bracket_type="ceramic" if prod == "braces_ceramic" else "metal", wait_minutes=w)
        if self.r() < 0.3:
            self.survey(c, bond + D(days=2), "tp_treatment_start", "start_braces")
        cx = c.get("cx", "moderate")
        months = {"mild": (12, 17), "moderate": (16, 23), "complex": (20, 28)}[cx]
        planned = float(self.rng.uniform(*months))
        end = bond + D(days=int(planned * 30.4))
        missed = self.checkups(c, bond, end, (35, 49), 0.0, False, cid)
        end += D(days=int(missed * 9))
        if self.r() < 0.25:
            tb = self.later(bond, 15, 200)
            if tb < min(end, END):
                self.support(c, tb, "broken_bracket")
        self.complete(c, self.at(end, 9.5, 19), bond, prod, cid, planned)

    def complete(self, c, t, start, prod, cid, planned):
        if t > END:
            return
        k = c["k"]
        self.ev(c, t, "tp_complete", action="completed", channel="store", contract_id=cid, product=prod,
                产品=PRODUCTS[prod][0], treatment_type=PRODUCTS[prod][2], orthodontist=c["doc"][0],
                orthodontist_en=c["doc"][1], planned_months=round(planned, 1),
                actual_months=round((t - start).days / 30.4, 1))
        c["segment"] = "completed"
        if self.r() < 0.45:
            self.survey(c, t + D(days=2), "tp_complete", "complete")
        if self.r() < (0.12 if CL[k][5] == "CN" else 0.08):
            self.public_review(c, t + D(days=3), "complete")
        p = {"HZ-XH": 0.66, "WH-GG": 0.47, "SG-OR": 0.78, "SY-CW": 0.88, "VC-RM": 0.8}[k]
        if self.r() < p:
            tr = self.later(t, 0, 45) if self.r() < 0.7 else t + D(minutes=40)
            kind = "retainer"
        elif self.r() < 0.2:
            tr = self.later(t, 70, 160)
            kind = "late"
        else:
            return
        if tr > END:
            return
        if CL[k][5] == "CN":
            rt = self.pick(["vivera", "essix", "fixed"], [0.3, 0.5, 0.2])
        elif k == "SY-CW":
            rt = self.pick(["vivera", "essix", "fixed"], [0.58, 0.2, 0.22])
        else:
            rt = self.pick(["vivera", "essix", "fixed"], [0.45, 0.33, 0.22])
        price = self.price(rt, k)
        pay = "health_fund" if (k == "SY-CW" and self.r() < 0.5) else None
        self.ev(c, tr, "tp_retainer", action="fitted", channel="store", contract_id=cid, retainer_type=rt,
                保持器类型=RETAINER_ZH[rt], price=price, currency=self.cur(k), days_after_completion=(tr - t).days)
        self.order(c, tr, "retainer", price, pay=pay, product=rt, 产品=RETAINER_ZH[rt], contract_id=cid)
        if self.r() < 0.15:
            self.survey(c, tr + D(days=2), "tp_retainer", "retainer")

    # ---------- support ----------
    def support(self, c, t, reason):
        if t > END or t < START:
            return
        k = c["k"]
        cn = CL[k][5] == "CN"
        if reason is None:
            if c.get("treatment_type") == "braces":
                reason = self.pick(["appointment", "billing", "pain", "broken_bracket"], [0.35, 0.25, 0.2, 0.2])
            else:
                reason = self.pick(["appointment", "billing", "tray_fit", "pain", "shipping"],
                                   [0.35, 0.22, 0.18, 0.15, 0.10])
        method = self.pick(["wechat", "phone"], [0.65, 0.35]) if cn else \
            self.pick(["whatsapp", "phone", "email"], [0.45 if k == "SG-OR" else 0.2, 0.5, 0.3])
        ok = self.r() < (0.55 if reason in ("shipping", "financing") else 0.82)
        self.ev(c, t, "tp_support", action="contact", channel="phone" if method == "phone" else "app" if method in
                ("wechat", "whatsapp") else "email", contact_method=method, contact_reason=reason,
                咨询原因=SUPPORT_ZH[reason], resolved=ok, handle_minutes=int(self.rng.integers(3, 25)))
        if self.r() < 0.3:
            # the agent files the note against what the call was about
            about = {"shipping": "tp_aligner_shipped", "billing": "tp_payment_overdue", "financing": "tp_financing_app",
                     "reminder": "tp_missed_appt", "tray_fit": "tp_refinement", "lost_tray": "tp_aligner_shipped",
                     "broken_bracket": "tp_checkup", "pain": "tp_treatment_start"}.get(reason, "tp_support")
            self.call_note(c, t + D(minutes=10), about, "call_" + reason)

    # ---------- feedback ----------
    def topic_for(self, ctx, c, t, wait=None, trk=None):
        k = c["k"]
        w = dict(neutral=0.25, staff_friendly=0.15, doctor_clear=0.08, price_high=0.06, pain_discomfort=0.03,
                 app_buggy=0.01)
        if ctx == "scan":
            w = dict(scan_easy=0.3, staff_friendly=0.18, doctor_clear=0.08, neutral=0.22, price_high=0.12,
                     wait_long=0.04)
        elif ctx == "plan":
            w = dict(price_high=0.5, neutral=0.3, doctor_clear=0.2)
        elif ctx == "fin_no":
            w = dict(financing_declined=0.8, neutral=0.2)
        elif ctx == "fin_ok":
            w = dict(neutral=0.5, staff_friendly=0.35, price_high=0.15)
        elif ctx == "contract":
            w = dict(staff_friendly=0.4, doctor_clear=0.25, neutral=0.25, price_high=0.1)
        elif ctx == "start_aligner":
            w = dict(staff_friendly=0.25, doctor_clear=0.15, app_handy=0.12, neutral=0.25, pain_discomfort=0.12,
                     tray_fit=0.03)
        elif ctx == "start_braces":
            w = dict(pain_discomfort=0.38, staff_friendly=0.22, neutral=0.22, doctor_clear=0.1, price_high=0.08)
        elif ctx == "checkup":
            w = dict(neutral=0.35, staff_friendly=0.16, doctor_clear=0.06, app_handy=0.1, pain_discomfort=0.07,
                     wait_long=0.04, tray_fit=0.04, app_buggy=0.02)
            if trk == "off_track":
                w["tray_fit"] = 0.6
        elif ctx == "ship_late":
            w = dict(shipping_late=0.85, neutral=0.15)
        elif ctx == "ship_ok":
            w = dict(neutral=0.5, app_handy=0.2, staff_friendly=0.3)
        elif ctx == "refine":
            w = dict(tray_fit=0.6, neutral=0.25, price_high=0.15 if c.get("product") == "aligner_lite" else 0.02,
                     doctor_clear=0.1)
        elif ctx == "late_fee":
            w = dict(late_fee=0.85, neutral=0.15)
        elif ctx == "complete":
            w = dict(result_happy=0.55, staff_friendly=0.15, doctor_clear=0.1, neutral=0.12, price_high=0.05,
                     tray_fit=0.03)
        elif ctx == "retainer":
            w = dict(neutral=0.3, price_high=0.3, result_happy=0.2, staff_friendly=0.2)
        elif ctx == "mid":
            w = dict(neutral=0.3, staff_friendly=0.2, doctor_clear=0.1, pain_discomfort=0.12, price_high=0.1,
                     wait_long=0.05, app_handy=0.08, tray_fit=0.05)
        elif ctx == "missed":
            w = dict(neutral=0.75, staff_friendly=0.25)
        elif ctx == "missed_bug":
            w = dict(reminder_missing=0.85, neutral=0.15)
        elif ctx.startswith("call_"):
            reason = ctx[5:]
            w = {"shipping": dict(shipping_late=0.8, neutral=0.2),
                 "billing": dict(late_fee=0.55, neutral=0.35, price_high=0.1),
                 "appointment": dict(neutral=0.8, staff_friendly=0.2),
                 "tray_fit": dict(tray_fit=0.75, neutral=0.25),
                 "lost_tray": dict(neutral=0.7, price_high=0.3),
                 "pain": dict(pain_discomfort=0.8, neutral=0.2),
                 "broken_bracket": dict(pain_discomfort=0.4, neutral=0.6),
                 "financing": dict(financing_declined=0.8, neutral=0.2),
                 "reminder": dict(reminder_missing=0.85, neutral=0.15)}[reason]
        # context of the person and the moment
        if wait is not None and wait >= 35:
            w["wait_long"] = w.get("wait_long", 0) + 1.6
        if ctx in ("checkup", "mid") and c.get("late_batch") and CL[k][5] == "CN" and \
                D(0) <= t - c["late_batch"] < D(days=40):
            w["shipping_late"] = w.get("shipping_late", 0) + 0.8
        if ctx in ("checkup", "mid") and c.get("missed_bug") and k == "VC-RM" and t < VC_REMINDER[1] + D(days=30):
            w["reminder_missing"] = w.get("reminder_missing", 0) + 0.5
        if ctx in ("checkup", "mid") and c.get("last_fee") and D(0) <= t - c["last_fee"] < D(days=35):
            w["late_fee"] = w.get("late_fee", 0) + 0.5
        return self.pick(list(w), list(w.values()))

    def text(self, topic, lang, c, ctx=None):
        zh, en = TEXTS_LEAD[topic] if (ctx in LEAD_CTX and topic in TEXTS_LEAD) else TEXTS[topic]
        doc = c.get("doc") or DOCS[c["k"]][0][:2]
        s = self.pick(zh if lang == "zh" else en)
        return s.format(doc=doc[0], doc_en=doc[1].split()[-1] if lang == "en" else doc[1], clinic=CL[c["k"]][1],
                        clinic_en=CL[c["k"]][2])

    def rating(self, sent):
        if sent == "positive":
            return self.pick([5, 4], [0.72, 0.28])
        if sent == "neutral":
            return self.pick([4, 3, 2], [0.35, 0.5, 0.15])
        return self.pick([1, 2, 3], [0.45, 0.4, 0.15])

    def nps(self, sent):
        if sent == "positive":
            return int(self.pick([10, 9, 8], [0.5, 0.35, 0.15]))
        if sent == "neutral":
            return int(self.rng.integers(5, 9))
        return int(self.rng.integers(0, 6))

    def fb(self, c, ts, channel, topic, lang, tp=None, rating=None, nps=None, ctx=None, **kw):
        if ts is not None and (ts > END or ts < START):
            return
        fid = self.nid("fb", "FB", 6)
        sent = TOPIC_SENT[topic]
        row = dict(feedback_id=fid, text=self.text(topic, lang, c, ctx), ts=ts, customer_id=c["customer_id"],
                   touchpoint_id=tp, channel=channel, 渠道=FB_CH_ZH[channel], rating=rating, nps=nps, language=lang)
        if c["customer_id"]:
            row.update(self.ccols(c["k"]))
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent, language=lang))

    def survey(self, c, ts, tp, ctx, wait=None, trk=None):
        topic = self.topic_for(ctx, c, ts, wait=wait, trk=trk)
        sent = TOPIC_SENT[topic]
        lang = c["language"]
        self.fb(c, ts, "survey", topic, lang, tp=tp, rating=self.rating(sent), nps=self.nps(sent), ctx=ctx)

    def call_note(self, c, ts, tp, ctx):
        topic = self.topic_for(ctx, c, ts)
        self.fb(c, ts, "call_note", topic, c["language"], tp=tp, ctx=ctx)

    def public_review(self, c, ts, ctx, wait=None):
        k = c["k"]
        topic = self.topic_for(ctx, c, ts, wait=wait)
        sent = TOPIC_SENT[topic]
        if CL[k][5] == "CN":
            if self.r() < 0.5:
                self.fb(c, ts if self.r() > 0.08 else None, "dianping", topic, "zh", rating=self.rating(sent),
                        ctx=ctx)
            else:
                self.fb(c, ts if self.r() > 0.25 else None, "xiaohongshu", topic, "zh", ctx=ctx)
        else:
            self.fb(c, ts if self.r() > 0.16 else None, "google_review", topic, c["language"],
                    rating=self.rating(sent), ctx=ctx)

    def app_reviews(self):
        day = START
        while day <= END:
            for _ in range(int(self.rng.poisson(0.75))):
                k = self.pick([x[0] for x in CLINICS], [x[8] for x in CLINICS])
                if k == "VC-RM" and day < VC_OPEN:
                    continue
                lang = "en" if self.r() < CL[k][9] else "zh"
                dev = self.pick(["ios", "android"])
                topic = self.pick(["app_handy", "app_buggy", "neutral", "shipping_late", "staff_friendly"],
                                  [0.45, 0.22, 0.23, 0.04, 0.06])
                if CL[k][5] == "CN" and LAB_BACKLOG[0] <= day < LAB_BACKLOG[1] + D(days=10) and self.r() < 0.4:
                    topic = "shipping_late"
                ver = "4.2" if day < datetime(2024, 9, 1) else "4.5" if day < datetime(2025, 6, 1) else \
                    "5.0" if day < datetime(2026, 1, 15) else "5.1"
                anon = dict(customer_id=None, k=k, doc=None)
                self.fb(anon, self.at(day, 7, 23.9), "app_review", topic, lang, rating=self.rating(TOPIC_SENT[topic]),
                        device=dev, app_version=ver, store="App Store" if dev == "ios" else
                        ("华为应用市场" if CL[k][5] == "CN" and self.r() < 0.5 else "Google Play"))
            day += D(days=1)


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))
    return str(v)


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = G()
    g.run()

    def dump(name, rows, cols=None):
        if cols is None:
            cols = []
            for r in rows:
                for kk in r:
                    if kk not in cols:
                        cols.append(kk)
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(cols)
            for r in rows:
                w.writerow([fmt(r.get(cc)) for cc in cols])

    dump("touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                                  kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    dump("journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=i,
                               touchpoint_id=tp, window_days=j[4])
                          for j in JOURNEYS for i, tp in enumerate(j[3], 1)])
    ccols = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier", "付款方式",
             "patient_type", "患者类型", "age", "age_band", "gender", "性别", "language", "phone_os", "country",
             "home_clinic_id", "home_clinic", "home_clinic_en", "guardian_account", "treatment_type", "矫治类型",
             "product", "产品", "referring_dentist"]
    dump("customers.csv", list(g.customers.values()), ccols)
    evs = sorted(g.events, key=lambda e: (e["ts"], e["event_id"]))
    dump("events.csv", evs)
    dump("orders.csv", sorted(g.orders, key=lambda o: o["ts"]))
    fbk = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "渠道", "rating", "nps", "language",
           "clinic_id", "clinic", "clinic_en", "city", "城市", "device", "app_version", "store"]
    dump("feedback.csv", g.feedback, fbk)
    dump("experiments.csv", g.experiments, ["experiment_id", "variant", "customer_id", "assigned_at", "clinic_id",
                                            "product"])
    dump("_truth/feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment", "language"])
    print(f"customers {len(g.customers)}, events {len(g.events)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}, experiments {len(g.experiments)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
