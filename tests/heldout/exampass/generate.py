"""衡信认证 HengXin Certification Board (HXCB): a professional certification exam provider in China with four
certifications (注册数据分析师 CPDA, 注册项目经理 CPPM, 注册供应链管理师 CPSC, 注册内部审计师 CPIA), computer-based
testing all year round at seven (from June 2026 eight) test centres or online with remote proctoring (线上监考).

A candidate (考生) opens an account (注册账户), submits an application (报考申请) with degree and work-experience
documents, which the eligibility team reviews (资格审核: approved / info requested / rejected); an approved candidate
pays the exam fee (缴纳考试费; every payment attempt is an order, failed attempts are `cancelled`), books a seat
(预约考位: a test centre date or an online proctored slot), may reschedule or cancel (改期 / 取消, refund), checks in at
the test centre (考点签到) or launches the proctoring software with ID check and room scan (线上监考入场, up to three
attempts), sits the exam (考试作答: completed / interrupted / terminated), gets a result (成绩发布: pass / fail with a
score), a certificate (证书颁发) and, after a fail, may register for a retake (补考报名, retake fee). Holders certified
before 2025 get renewal reminders (续期提醒) 90 and 30 days before their three-year expiry and renew (证书续期,
CPD hours, renewal fee). Candidates contact the service centre (客服中心, phone or online chat) and leave feedback in
post-exam surveys, NPS surveys after the certificate, tickets, app-store reviews and social posts (小红书 / 微博).
Data 2025-01-01 .. 2026-08-31 (extract taken early September 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (topics of each comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261215
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
GATEWAY = (datetime(2025, 9, 1), datetime(2025, 10, 1))        # payment gateway migration: fee payments fail
BACKLOG = (datetime(2026, 2, 20), datetime(2026, 4, 1))        # applications in the spring rush: slow reviews
PROCTOR_V6 = (datetime(2026, 4, 1), datetime(2026, 5, 1))      # proctoring software 6.0.0: launch failures
NOISE = (datetime(2025, 10, 1), datetime(2026, 2, 1))          # construction next to the Guangzhou centre
XIAN_OPEN = datetime(2026, 6, 1)
AB = (datetime(2025, 7, 1), datetime(2026, 1, 1))              # renewal reminder A/B: first reminders in H2 2025

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_account", "注册账户", "Account sign-up", "awareness", "web", "digital", "growth",
     "注册|开户|建账号|注册账号|sign up|signup|account|registration|create account"),
    ("tp_application", "报考申请", "Exam application", "consideration", "web", "digital", "candidate_services",
     "报名|报考|提交报名|申请|报名表|application|apply|register for exam|enrol"),
    ("tp_eligibility", "资格审核", "Eligibility review", "consideration", "web", "digital", "eligibility_team",
     "审核|资格审查|报名审核|材料审核|资审|eligibility|eligibility check|review|approval|vetting"),
    ("tp_fee_payment", "缴纳考试费", "Exam fee payment", "purchase", "web", "digital", "finance",
     "缴费|交费|付款|支付|考试费|报名费|付钱|payment|pay|exam fee|checkout"),
    ("tp_seat_booking", "预约考位", "Seat booking", "purchase", "web", "digital", "test_delivery",
     "约考|订考位|选考场|预约考试|抢考位|考位|booking|seat|schedule exam|book a seat|appointment"),
    ("tp_reschedule", "改期/取消考试", "Reschedule / cancel exam", "service", "web", "digital", "test_delivery",
     "改期|改考期|换时间|取消考试|退考|reschedule|cancel exam|change date|withdraw"),
    ("tp_test_centre", "考点签到", "Test centre check-in", "service", "store", "physical", "test_delivery",
     "考点|考场|线下考场|线下考试|考试中心|签到|test centre|test center|exam centre|check-in|on-site"),
    ("tp_online_proctoring", "线上监考入场", "Online proctoring launch", "service", "web", "digital", "test_delivery",
     "线上监考|远程监考|监考软件|在线考试|居家考试|防作弊软件|online proctoring|remote proctoring|proctor app|"
     "proctoring software|online exam"),
    ("tp_exam_sitting", "考试作答", "Exam sitting", "service", "other", "digital", "test_delivery",
     "考试|作答|答题|考试过程|上机考试|exam|sitting|test|taking the exam"),
    ("tp_result", "成绩发布", "Exam result", "service", "email", "digital", "assessment",
     "成绩|出分|查分|分数|通过|挂科|没过|result|score|pass|fail|marks"),
    ("tp_score_review", "成绩复核", "Score review", "service", "web", "digital", "assessment",
     "复核|查卷|申诉|成绩申诉|score review|appeal|re-mark|rescore"),
    ("tp_certificate", "证书颁发", "Certificate issued", "loyalty", "email", "digital", "certification",
     "证书|拿证|电子证书|纸质证书|发证|certificate|cert|credential|certification issued"),
    ("tp_retake", "补考报名", "Retake registration", "consideration", "web", "digital", "candidate_services",
     "补考|重考|二战|再考|retake|resit|re-sit|second attempt"),
    ("tp_renewal_reminder", "续期提醒", "Renewal reminder", "loyalty", "email", "digital", "certification",
     "续证提醒|到期提醒|续期通知|renewal reminder|expiry notice|reminder"),
    ("tp_renewal", "证书续期", "Certificate renewal", "loyalty", "web", "digital", "certification",
     "续期|续证|年审|证书续期|继续教育|renewal|renew|recertification|CPD"),
    ("tp_support", "客服中心", "Candidate service centre", "service", "phone", "digital", "candidate_services",
     "客服|热线|在线客服|400电话|人工客服|support|hotline|helpdesk|customer service|call centre"),
]

JOURNEYS = [  # id, zh, en, window, steps
    ("certify", "报考到拿证", "Application to certificate", 120,
     ["tp_application", "tp_eligibility", "tp_fee_payment", "tp_seat_booking", "tp_exam_sitting", "tp_result",
      "tp_certificate"]),
    ("signup_to_pay", "注册到缴费", "Sign-up to exam fee paid", 30,
     ["tp_account", "tp_application", "tp_eligibility", "tp_fee_payment"]),
    ("online_exam", "线上监考考试", "Online proctored exam", 14,
     ["tp_online_proctoring", "tp_exam_sitting", "tp_result"]),
    ("retake", "补考流程", "Retake to result", 120,
     ["tp_retake", "tp_fee_payment", "tp_seat_booking", "tp_exam_sitting", "tp_result"]),
    ("renewal", "证书续期", "Renewal reminder to renewal", 90,
     ["tp_renewal_reminder", "tp_renewal"]),
]

CERTS = {  # code: zh, en, fee, base pass rate, mix
    "CPDA": ("注册数据分析师", "Certified Professional Data Analyst", 1800, .64, .38),
    "CPPM": ("注册项目经理", "Certified Professional Project Manager", 2600, .47, .28),
    "CPSC": ("注册供应链管理师", "Certified Professional Supply Chain Manager", 2000, .68, .16),
    "CPIA": ("注册内部审计师", "Certified Professional Internal Auditor", 2200, .55, .18),
}
CENTRES = {  # id: zh, en, city, opened, pass adj
    "TC01": ("北京海淀考点", "Beijing Haidian Test Centre", "Beijing", START, 0.0),
    "TC02": ("上海徐汇考点", "Shanghai Xuhui Test Centre", "Shanghai", START, .01),
    "TC03": ("广州天河考点", "Guangzhou Tianhe Test Centre", "Guangzhou", START, -.03),
    "TC04": ("深圳南山考点", "Shenzhen Nanshan Test Centre", "Shenzhen", START, 0.0),
    "TC05": ("成都高新考点", "Chengdu Hi-tech Test Centre", "Chengdu", START, -.03),
    "TC06": ("武汉光谷考点", "Wuhan Optics Valley Test Centre", "Wuhan", START, -.01),
    "TC07": ("杭州滨江考点", "Hangzhou Binjiang Test Centre", "Hangzhou", START, .11),
    "TC08": ("西安曲江考点", "Xi'an Qujiang Test Centre", "Xi'an", XIAN_OPEN, .30),
}
PROVINCES = [  # en, zh, weight, centres (nearest first), online propensity
    ("Beijing", "北京", .13, ["TC01"], .30), ("Shanghai", "上海", .12, ["TC02"], .30),
    ("Guangdong", "广东", .16, ["TC03", "TC04"], .32), ("Zhejiang", "浙江", .08, ["TC07"], .32),
    ("Jiangsu", "江苏", .09, ["TC02", "TC07"], .40), ("Sichuan", "四川", .07, ["TC05"], .36),
    ("Hubei", "湖北", .06, ["TC06"], .36), ("Shaanxi", "陕西", .04, ["TC05", "TC06"], .55),
    ("Shandong", "山东", .07, ["TC01"], .65), ("Henan", "河南", .05, ["TC06"], .62),
    ("Fujian", "福建", .05, ["TC04", "TC07"], .62), ("Hunan", "湖南", .04, ["TC06"], .50),
    ("Tianjin", "天津", .02, ["TC01"], .35), ("Chongqing", "重庆", .02, ["TC05"], .40),
]
CHANNELS = {  # en: zh, weight, p(apply), p(pay | approved), pass adj
    "search": ("搜索引擎", .22, .62, .93, 0.0),
    "wechat": ("微信公众号", .19, .60, .92, 0.0),
    "douyin": ("抖音", .14, .30, .72, -.08),
    "xiaohongshu": ("小红书", .07, .48, .86, -.03),
    "training_partner": ("培训机构", .18, .90, .95, .10),
    "employer": ("企业统一报名", .12, .93, .98, .04),
    "referral": ("持证人推荐", .08, .75, .94, .03),
}
SEG_ZH = {"registered": "仅注册", "applied": "审核中", "ineligible": "资格未通过", "approved_unpaid": "已审核未缴费",
          "booked": "已约考", "no_show": "缺考", "withdrawn": "已退考", "failed": "未通过", "certified": "已持证",
          "holder": "老持证人", "renewed": "已续期", "lapsed": "证书过期"}
EDU = [("bachelor", "本科", .58), ("master", "硕士", .22), ("associate", "大专", .17), ("phd", "博士", .03)]
PAY_METHODS = {"wechat_pay": "微信支付", "alipay": "支付宝", "bank_card": "银行卡", "corporate_transfer": "对公转账"}
PAY_FAIL = {"gateway_timeout": "支付超时", "card_declined": "银行卡被拒", "bank_limit": "超出银行限额"}
ELIG_REASON = {"insufficient_experience": "工作年限不足", "degree_unverified": "学历无法验证",
               "blurry_documents": "材料不清晰", "missing_employer_letter": "缺少在职证明"}
LAUNCH_FAIL = {"camera_not_detected": "摄像头无法识别", "software_crash": "软件闪退",
               "id_verification_failed": "身份核验失败", "network_unstable": "网络不稳定"}
DENY = {"late_arrival": "迟到", "id_mismatch": "证件不符"}
INTERRUPT = {"software_crash": "软件闪退", "network_lost": "网络中断", "power_outage": "停电",
             "workstation_fault": "机位故障"}
SUPPORT = {"payment_issue": "缴费问题", "proctoring_tech": "线上监考技术问题", "review_status": "审核进度",
           "reschedule": "改期退考", "invoice": "发票", "certificate_delivery": "证书邮寄", "exam_rules": "考试规则",
           "score_query": "成绩查询"}

MONTHS = [(2025, m) for m in range(1, 13)] + [(2026, m) for m in range(1, 9)]
SEASON = {1: .7, 2: .6, 3: 1.25, 4: 1.3, 5: 1.05, 6: .9, 7: .85, 8: .95, 9: 1.2, 10: 1.2, 11: 1.0, 12: .75}


def pick(d: dict, p=None):
    keys = list(d)
    if p is None:
        p = [d[k] for k in keys]
    p = np.asarray(p, float)
    return keys[rng.choice(len(keys), p=p / p.sum())]


def choice(seq, p=None):
    if p is not None:
        p = np.asarray(p, float)
        p = p / p.sum()
    return seq[rng.choice(len(seq), p=p)]


def rand_time(day: datetime, h0=8, h1=23) -> datetime:
    return day.replace(hour=0, minute=0, second=0) + D(hours=int(rng.integers(h0, h1)),
                                                         minutes=int(rng.integers(0, 60)),
                                                         seconds=int(rng.integers(0, 60)))


def in_(t: datetime, win) -> bool:
    return win[0] <= t < win[1]


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") if t is not None else ""


# ------------------------------------------------------------------ state
events, orders, feedback, truth, customers, experiments = [], [], [], [], [], []
counter = {"e": 0, "o": 0, "f": 0, "b": 0, "a": 0}


def nid(kind, prefix, width):
    counter[kind] += 1
    return f"{prefix}{counter[kind]:0{width}d}"


def ev(c, tp, t, action, channel, device="", session="", **extra):
    if t > END:
        return None
    row = dict(event_id=nid("e", "E", 7), customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp,
               session_id=session, action=action, device=device, channel=channel, certification=c["cert"],
               **{"认证科目": CERTS[c["cert"]][0]})
    row.update(extra)
    events.append(row)
    return row


def order(c, t, amount, status, fee_type, method, channel, device, **extra):
    if t > END:
        return None
    fz = {"exam_fee": "考试费", "retake_fee": "补考费", "renewal_fee": "续期费", "reschedule_fee": "改期费",
          "review_fee": "复核费"}[fee_type]
    row = dict(order_id=nid("o", "PO", 6), customer_id=c["customer_id"], ts=fmt(t), amount=f"{amount:.2f}",
               status=status, channel=channel, device=device, fee_type=fee_type, 费用类型=fz,
               certification=c["cert"], payment_method=method, 支付方式=PAY_METHODS[method], currency="CNY",
               invoice_type="company" if method == "corporate_transfer" or c["channel"] == "employer" else
               choice(["personal", "company"], [.8, .2]))
    row.update(extra)
    orders.append(row)
    return row


TEMPLATES = {
    "proctor_software": {
        "zh": ["监考软件一直提示摄像头无法识别，换了两台电脑都不行，考试时间都过了",
               "监考软件打开就闪退，客服只会让我重装，最后这场考试只能改期",
               "新版监考软件在Mac上根本启动不了，白白请了一天假",
               "身份核验卡在人脸识别，监考软件转圈转了40分钟，心态直接崩了",
               "考前设备检测明明通过了，正式考试监考软件却连不上，太坑了",
               "监考软件要关闭所有后台程序，公司电脑有管控关不掉，进不去考试",
               "监考软件更新之后环境扫描一直失败，让我转了十几圈房间"],
        "en": ["The proctoring software kept saying my webcam was not detected. Lost my exam slot.",
               "Proctoring software crashed three times during launch, support just told me to reinstall.",
               "The new version of the proctoring software does not start on macOS at all.",
               "ID check in the proctoring software hung for 40 minutes, terrible experience."]},
    "flagged": {
        "zh": ["只是低头看了一下草稿纸就被判定违规，考试直接终止，申诉也没人理",
               "被判定违规说我视线离开屏幕，家里有人敲门而已，太冤了",
               "远程监考太敏感了，揉眼睛也被判定违规警告"],
        "en": ["I was flagged for looking away from the screen and my exam was terminated.",
               "Got flagged because my cat walked behind me. The appeal went nowhere."]},
    "centre_noise": {
        "zh": ["{centre}旁边在施工，考试全程电钻噪音，根本没法集中",
               "{centre}考场噪音太大了，隔壁装修，监考也说没办法",
               "在{centre}考的，外面一直在打桩，噪音影响发挥，要求重考",
               "{centre}隔音太差，噪音加上空调坏了，体验很差"],
        "en": ["Constant drilling noise at {centre_en}, there is construction right next door.",
               "{centre_en}: the noise from the building site made it impossible to focus."]},
    "centre_late": {
        "zh": ["{centre}推迟开考快一个小时，也没人解释", "机器故障导致推迟开考，等得人很焦虑"],
        "en": ["The exam started late by 45 minutes at {centre_en} and nobody explained why."]},
    "payment_failed": {
        "zh": ["考试费支付失败好几次，钱扣了但订单显示未支付", "银行卡支付失败，提示网关超时，折腾了一晚上",
               "交考试费一直支付失败，换了支付宝才成功", "支付失败三次，客服说系统升级让等等，耽误我约考位",
               "支付失败但银行卡被扣款了，退款要7个工作日"],
        "en": ["The exam fee payment failed three times, my card was charged but the order shows unpaid.",
               "Payment failed with a gateway timeout, had to switch cards."]},
    "review_slow": {
        "zh": ["资格审核太慢了，提交两周还在审核中", "审核太慢，眼看心仪的考位都被约满了",
               "报名后审核太慢，问客服只说排队中", "审核太慢了吧，去年三天就出结果"],
        "en": ["The eligibility review is taking forever, two weeks and still pending.",
               "Eligibility review took so long that all the June seats were gone."]},
    "docs_returned": {
        "zh": ["材料被退回说在职证明不清晰，明明是扫描件", "学历认证材料被退回两次，要求写得不清楚",
               "材料被退回也不说哪里不对，只能一个个猜"],
        "en": ["My documents were sent back twice without a clear reason."]},
    "no_seats": {
        "zh": ["{centre}根本没有考位，只能选线上或者去外地", "想约周末，{centre}一个月内都没有考位",
               "没有考位了，只能排到两个月以后"],
        "en": ["There are no seats at {centre_en} for the next six weeks."]},
    "syllabus": {
        "zh": ["题目超纲，好几道题教材里根本没有", "这次考试明显超纲，和官方大纲对不上", "案例题超纲严重，白复习了"],
        "en": ["Several questions were outside the syllabus.", "The case questions were way outside the syllabus."]},
    "result_slow": {
        "zh": ["考完一个多星期成绩迟迟不出，说好的5个工作日呢", "线上考的成绩迟迟不发布，说是要人工复查录像"],
        "en": ["Still waiting for my score ten days after the exam."]},
    "cert_delay": {
        "zh": ["电子证书很快，纸质证书一个月了还没寄到", "纸质证书寄丢了，补寄还要等", "纸质证书上名字印错了"],
        "en": ["The paper certificate still has not arrived after a month."]},
    "refund": {
        "zh": ["取消考试退费只退一部分，规则写得太隐蔽", "退费流程太慢，说好的到账时间早过了",
               "改期要收200块，退费又要扣钱，很不合理"],
        "en": ["The refund after cancelling took over a month.", "Why do I lose part of the fee on a refund?"]},
    "support_wait": {
        "zh": ["客服电话打不通，排队半小时", "客服电话打不通，在线客服也一直是机器人", "400客服电话打不通，问题一直没人解决"],
        "en": ["Couldn't get through to the hotline for two days.", "I couldn't get through to a human agent."]},
    "cpd": {
        "zh": ["续期要求的继续教育学分太多了，在职很难凑够", "继续教育学分认定规则不清楚，被驳回了",
               "继续教育学分上传系统太难用"],
        "en": ["The CPD hours required for renewal are too many.", "CPD evidence upload keeps failing."]},
    "praise_invigilator": {
        "zh": ["{centre}的监考老师很耐心，签到流程也清楚", "监考老师很专业，提前帮我调好了座位",
               "考场安静整洁，监考老师态度很好"],
        "en": ["The invigilator at {centre_en} was friendly and well organised.", "Helpful invigilator, quiet room."]},
    "praise_smooth": {
        "zh": ["从报名到考试都很顺利，体验不错", "整个流程很顺利，拿证也快", "线上考试很顺利，省了来回路费",
               "报名、缴费、约考都很顺利，点赞"],
        "en": ["Everything was smooth from booking to the exam.", "Smooth process and fast result.",
               "Online exam went smooth, saved me a trip."]},
    "neutral": {
        "zh": ["希望增加更多周末场次", "建议出一些官方模拟题", "希望能开发票更方便一些", "考试难度中等，准备两个月够了"],
        "en": ["Would be nice to have more weekend sessions.", "Please publish more sample questions."]},
}
NEGATIVE = {"proctor_software", "flagged", "centre_noise", "centre_late", "payment_failed", "review_slow",
            "docs_returned", "no_seats", "syllabus", "result_slow", "cert_delay", "refund", "support_wait", "cpd"}


def fb(c, topic, tp, channel, t, rating=None, nps=None, centre=None, lang=None, drop_ts=False, anon=False,
       extra_topic=None):
    if t is not None and t > END:
        return
    lang = lang or (c["lang"] if c else choice(["zh", "en"], [.9, .1]))
    cz, ce = CENTRES[centre][:2] if centre else ("考点", "the test centre")
    text = choice(TEMPLATES[topic][lang]).format(centre=cz, centre_en=ce)
    topics = [topic]
    if extra_topic:
        text += ("。" if lang == "zh" else " ") + choice(TEMPLATES[extra_topic][lang]).format(centre=cz, centre_en=ce)
        topics.append(extra_topic)
    fid = nid("f", "FB", 6)
    row = dict(feedback_id=fid, text=text, ts="" if drop_ts or t is None else fmt(t),
               customer_id="" if anon or c is None else c["customer_id"], touchpoint_id=tp, channel=channel,
               rating="" if rating is None else int(rating), nps="" if nps is None else int(nps), language=lang,
               certification=c["cert"] if c else "", test_centre_id=centre or "",
               考点=cz if centre else "", test_centre=ce if centre else "",
               platform={"app_review": choice(["App Store", "华为应用市场", "小米应用商店"]),
                         "social": choice(["小红书", "微博", "知乎"])}.get(channel, ""))
    feedback.append(row)
    neg = any(x in NEGATIVE for x in topics)
    truth.append(dict(feedback_id=fid, topics="|".join(topics),
                      sentiment="negative" if neg else ("neutral" if topic == "neutral" else "positive")))


def rating_for(bad: bool, base=4.4):
    if bad:
        return int(choice([1, 2, 3], [.5, .4, .1]))
    return int(np.clip(round(rng.normal(base, .7)), 1, 5))


# ------------------------------------------------------------------ candidates
def pay(c, t0, amount, fee_type):
    """payment attempts from t0; returns (time of success, order) or (None, None)."""
    method = "corporate_transfer" if c["channel"] == "employer" and rng.random() < .7 else \
        pick({"wechat_pay": .42, "alipay": .33, "bank_card": .25})
    t = t0
    for attempt in range(1, 4):
        if t > END:
            return None, None
        dev = c["device"] if method != "corporate_transfer" else "pc"
        ch = {"ios": "app", "android": "app", "pc": "web", "mac": "web"}[dev]
        if method == "corporate_transfer":
            ok = rng.random() < .99
        elif in_(t, GATEWAY):
            ok = rng.random() < {"bank_card": .32, "wechat_pay": .66, "alipay": .66}[method]
        else:
            ok = rng.random() < {"bank_card": .88, "wechat_pay": .96, "alipay": .96}[method]
        o = order(c, t, amount, "paid" if ok else "cancelled", fee_type, method, ch, dev, attempt_no=attempt)
        if ok:
            ev(c, "tp_fee_payment", t, "success", ch, dev, o["order_id"], payment_method=method,
               支付方式=PAY_METHODS[method], amount=f"{amount:.2f}", fee_type=fee_type, payment_attempt=attempt)
            return t, o
        reason = pick({"gateway_timeout": .55, "card_declined": .3, "bank_limit": .15}) if in_(t, GATEWAY) else \
            pick({"gateway_timeout": .3, "card_declined": .45, "bank_limit": .25})
        ev(c, "tp_fee_payment", t, "fail", ch, dev, o["order_id"], payment_method=method,
           支付方式=PAY_METHODS[method], amount=f"{amount:.2f}", fee_type=fee_type, payment_attempt=attempt,
           fail_reason=reason, 失败原因=PAY_FAIL[reason])
        c["pay_fail"] = t
        if rng.random() < (.55 if in_(t, GATEWAY) else .75):
            t = t + D(minutes=int(rng.integers(3, 60 * 30)))
            if rng.random() < .4 and method == "bank_card":
                method = pick({"wechat_pay": .55, "alipay": .45})
        else:
            return None, None
    return None, None


def support(c, t, reason):
    if t > END:
        return
    ch = choice(["phone", "online_chat"], [.55, .45])
    wait = int(rng.gamma(2, 4)) if ch == "phone" else int(rng.gamma(1.5, 2))
    if ch == "phone" and (in_(t, GATEWAY) or in_(t, PROCTOR_V6)):
        wait += int(rng.gamma(2, 8))
    ev(c, "tp_support", t, "contact", ch, "" if ch == "phone" else c["device"], "",
       support_reason=reason, 咨询类型=SUPPORT[reason], wait_minutes=wait)
    c["support"].append((t, reason, wait))


def take_exam(c, t_paid, amount_order, attempt, reason="first"):
    """seat booking -> (reschedule) -> check-in / proctoring -> sitting -> result -> certificate / retake."""
    if t_paid is None or t_paid > END:
        return
    t_book = t_paid + D(hours=float(rng.gamma(1.3, 40)))
    if reason != "first":
        t_book = t_paid
    online = rng.random() < c["online_p"]
    centres = [k for k in c["centres"] if t_book >= CENTRES[k][3]]
    if c["region"] == "Shaanxi" and t_book >= XIAN_OPEN - D(days=20) and rng.random() < .7:
        centres = ["TC08"]
    if not centres:
        online = True
    centre = None if online else (centres[0] if len(centres) == 1 or rng.random() < .72 else centres[1])
    lead = int(rng.integers(10, 50))
    exam_day = (t_book + D(days=lead)).replace(hour=0, minute=0, second=0)
    if centre == "TC08" and exam_day < XIAN_OPEN:
        exam_day = XIAN_OPEN + D(days=int(rng.integers(0, 20)))
    bid = nid("b", "BK", 6)
    mode = "online_proctored" if online else "test_centre"
    mzh = "线上监考" if online else "考点机考"
    loc = dict(exam_mode=mode, 考试方式=mzh, test_centre_id=centre or "", 考点=CENTRES[centre][0] if centre else "",
               test_centre=CENTRES[centre][1] if centre else "", attempt_no=attempt)
    dev = c["device"]
    ch = {"ios": "app", "android": "app", "pc": "web", "mac": "web"}[dev]
    if ev(c, "tp_seat_booking", t_book, "booked", ch, dev, bid, scheduled_at=fmt(exam_day + D(hours=9)),
          booking_reason=reason, **loc) is None:
        return
    c["state"] = "booked"
    if centre and rng.random() < .03:
        fb(c, "no_seats", "tp_seat_booking", choice(["survey", "social"]), t_book, rating=rating_for(True),
           centre=centre)
    # reschedule / cancel
    r = rng.random()
    if r < .035:
        t = t_book + (exam_day - t_book) * float(rng.uniform(.2, .9))
        ev(c, "tp_reschedule", t, "cancelled", ch, dev, bid, **loc)
        if t <= END:
            amount_order["status"] = "refunded"
            c["state"] = "withdrawn"
            if rng.random() < .25:
                fb(c, "refund", "tp_reschedule", "ticket", t + D(days=int(rng.integers(3, 20))))
        return
    if r < .13:
        t = t_book + (exam_day - t_book) * float(rng.uniform(.2, .95))
        new_day = exam_day + D(days=int(rng.integers(7, 35)))
        late = (exam_day - t).days < 7
        ev(c, "tp_reschedule", t, "rescheduled", ch, dev, bid, new_scheduled_at=fmt(new_day + D(hours=9)),
           reschedule_fee=200 if late else 0, **loc)
        if late:
            pay_m = amount_order["payment_method"] if amount_order else "wechat_pay"
            order(c, t, 200, "paid", "reschedule_fee", pay_m, ch, dev, booking_id=bid)
            if rng.random() < .2:
                fb(c, "refund", "tp_reschedule", "ticket", t + D(days=1))
        exam_day = new_day
    t_exam = exam_day + D(hours=int(choice([9, 13, 15])), minutes=int(rng.integers(-20, 10)))
    if t_exam > END:
        return
    if rng.random() < .045:   # no-show
        c["state"] = "no_show"
        return
    # ---------------- check-in / launch
    if online:
        version = "5.8.3" if t_exam < PROCTOR_V6[0] else ("6.0.0" if t_exam < PROCTOR_V6[1] else "6.0.2")
        osname = "macos" if dev == "mac" else "windows"
        launched = False
        for k in range(1, 4):
            t = t_exam + D(minutes=12 * (k - 1))
            if version == "6.0.0":
                p = .42 if osname == "macos" else .70
            else:
                p = .86 if osname == "macos" else .95
            ok = rng.random() < p
            reason = None if ok else (pick({"camera_not_detected": .35, "software_crash": .45,
                                            "id_verification_failed": .1, "network_unstable": .1})
                                      if version == "6.0.0" else
                                      pick({"camera_not_detected": .3, "software_crash": .2,
                                            "id_verification_failed": .25, "network_unstable": .25}))
            extra = dict(launch_fail_reason=reason, 启动失败原因=LAUNCH_FAIL[reason]) if reason else {}
            ev(c, "tp_online_proctoring", t, "launched" if ok else "launch_failed", "web",
               "mac" if osname == "macos" else "pc", bid, software_version=version, os=osname, launch_attempt=k,
               **loc, **extra)
            if ok:
                launched = True
                break
            if rng.random() > .8:
                break
        if not launched:
            c["tech_fail"] = True
            if rng.random() < .45:
                fb(c, "proctor_software", "tp_online_proctoring", "survey", t + D(hours=2), rating=rating_for(True))
            elif rng.random() < .25:
                fb(c, "proctor_software", "tp_online_proctoring", "app_review", t + D(hours=5),
                   rating=int(choice([1, 2], [.7, .3])), drop_ts=rng.random() < .5)
            if rng.random() < .55:
                support(c, t + D(minutes=int(rng.integers(5, 240))), "proctoring_tech")
            if rng.random() < .85:
                take_exam(c, t + D(days=int(rng.integers(1, 6))), amount_order, attempt, "tech_rebook")
            return
    else:
        t = t_exam - D(minutes=int(rng.integers(15, 50)))
        rr = rng.random()
        if rr < .026:
            why = "late_arrival" if rr < .02 else "id_mismatch"
            ev(c, "tp_test_centre", t, "denied", "store", "", bid, deny_reason=why, 拒绝原因=DENY[why], **loc)
            c["state"] = "failed"
            return
        ev(c, "tp_test_centre", t, "checked_in", "store", "", bid, **loc)
    # ---------------- sitting
    if online:
        pi, pt = (.15, .02) if in_(t_exam, PROCTOR_V6) else (.045, .015)
    else:
        pi, pt = .01, .002
    r = rng.random()
    dur = int(rng.normal(150, 15))
    sit_ch = "web" if online else "store"
    if r < pi:
        why = pick({"software_crash": .55, "network_lost": .45}) if online else \
            pick({"power_outage": .4, "workstation_fault": .6})
        ev(c, "tp_exam_sitting", t_exam + D(minutes=5), "interrupted", sit_ch, "pc" if online else "", bid,
           interrupt_reason=why, 中断原因=INTERRUPT[why], minutes_in_exam=int(rng.integers(10, 120)), **loc)
        if online and rng.random() < .5:
            fb(c, "proctor_software", "tp_exam_sitting", "survey", t_exam + D(hours=4), rating=rating_for(True))
        if rng.random() < .8:
            take_exam(c, t_exam + D(days=int(rng.integers(2, 10))), amount_order, attempt, "interrupted_rebook")
        return
    if r < pi + pt:
        ev(c, "tp_exam_sitting", t_exam + D(minutes=5), "terminated", sit_ch, "pc" if online else "", bid,
           minutes_in_exam=int(rng.integers(5, 140)), **loc)
        c["state"] = "failed"
        if online and rng.random() < .5:
            fb(c, "flagged", "tp_exam_sitting", choice(["ticket", "social", "survey"]), t_exam + D(days=1),
               rating=rating_for(True), drop_ts=rng.random() < .3)
        return
    ev(c, "tp_exam_sitting", t_exam + D(minutes=5), "completed", sit_ch, "pc" if online else "", bid,
       minutes_in_exam=dur, **loc)
    # post-exam survey (about the exam day: centre check-in or online proctoring)
    tp_day = "tp_online_proctoring" if online else "tp_test_centre"
    noisy = centre == "TC03" and in_(t_exam, NOISE)
    if rng.random() < (.8 if noisy else .3):
        ts = t_exam + D(hours=int(rng.integers(3, 30)))
        if online and c.get("tech_fail"):
            fb(c, "proctor_software", tp_day, "survey", ts, rating=rating_for(True))
        elif noisy and rng.random() < .85:
            fb(c, "centre_noise", tp_day, "survey", ts, rating=rating_for(True), centre=centre)
        elif online and rng.random() < .22:
            fb(c, "proctor_software", tp_day, "survey", ts, rating=rating_for(True))
        elif rng.random() < .12:
            fb(c, "syllabus", "tp_exam_sitting", "survey", ts, rating=rating_for(True, 3))
        elif not online and rng.random() < .05:
            fb(c, "centre_late", tp_day, "survey", ts, rating=rating_for(True), centre=centre)
        elif rng.random() < .35:
            if online:
                fb(c, "praise_smooth", tp_day, "survey", ts, rating=rating_for(False, 4.3))
            else:
                fb(c, "praise_invigilator", tp_day, "survey", ts, rating=rating_for(False, 4.6), centre=centre)
        else:
            fb(c, "neutral", tp_day, "survey", ts, rating=rating_for(False, 4.0 if online else 4.3),
               centre=centre)
    # ---------------- result
    t_res = t_exam + D(days=int(rng.integers(5, 10)) if online else int(rng.integers(2, 5)), hours=int(
        rng.integers(1, 8)))
    if online and in_(t_exam, PROCTOR_V6):
        t_res += D(days=int(rng.integers(2, 7)))
    p = CERTS[c["cert"]][3] + CHANNELS[c["channel"]][4] - (.04 if attempt > 1 else 0) - (.06 if online else 0)
    if centre:
        p += CENTRES[centre][4]
        if noisy:
            p -= .06
    passed = rng.random() < p
    score = int(rng.integers(65, 96)) if passed else int(np.clip(rng.normal(53, 7), 25, 64))
    if ev(c, "tp_result", t_res, "pass" if passed else "fail", "email", "", bid, score=score, **loc) is None:
        return
    if (t_res - t_exam).days >= 8 and rng.random() < .15:
        fb(c, "result_slow", "tp_result", choice(["ticket", "app_review"]), t_res - D(days=1),
           rating=rating_for(True) if rng.random() < .5 else None)
    if rng.random() < .05:
        support(c, t_res + D(hours=int(rng.integers(1, 48))), "score_query")
    if passed:
        c["state"] = "certified"
        t_cert = t_res + D(days=int(rng.integers(3, 11)))
        cert_no = f"HX{c['cert']}{t_cert:%y}{rng.integers(100000, 999999)}"
        if ev(c, "tp_certificate", t_cert, "issued", "email", "", cert_no, delivery="e_cert+paper",
              paper_mailed_at=fmt(t_cert + D(days=int(rng.integers(5, 25)))), cert_valid_until=fmt(
                  t_cert.replace(year=t_cert.year + 3)), **{"证书编号": cert_no}) and rng.random() < .28:
            ts = t_cert + D(days=int(rng.integers(2, 20)))
            nps = int(np.clip(round(rng.normal(8.3, 1.8)), 0, 10))
            if rng.random() < .12:
                fb(c, "cert_delay", "tp_certificate", "survey", ts, rating=rating_for(True), nps=min(nps, 6))
            else:
                fb(c, choice(["praise_smooth", "neutral"], [.6, .4]), "tp_certificate", "survey", ts,
                   rating=rating_for(False, 4.4), nps=nps)
        return
    c["state"] = "failed"
    if 58 <= score <= 64 and rng.random() < .3:
        t = t_res + D(days=int(rng.integers(1, 10)))
        o = order(c, t, 300, "paid", "review_fee", amount_order["payment_method"] if amount_order else "wechat_pay",
                  "web", c["device"], booking_id=bid)
        if o:
            ev(c, "tp_score_review", t, "submitted", "web", c["device"], bid, score=score, **loc)
            ev(c, "tp_score_review", t + D(days=int(rng.integers(7, 15))), "upheld" if rng.random() < .94 else
               "adjusted", "web", "", bid, score=score, **loc)
    if attempt < 3 and rng.random() < (.55 if attempt == 1 else .4) * (1.2 if c["channel"] == "training_partner"
                                                                          else 1.0):
        t = t_res + D(days=float(rng.gamma(2, 12)))
        if ev(c, "tp_retake", t, "registered", "web", c["device"], "", attempt_no=attempt + 1) is None:
            return
        fee = round(CERTS[c["cert"]][2] * .6)
        t_paid, o = pay(c, t + D(hours=float(rng.gamma(1.2, 20))), fee, "retake_fee")
        if t_paid:
            take_exam(c, t_paid, o, attempt + 1)


def candidate(i: int, t_signup: datetime):
    ch = pick({k: v[1] for k, v in CHANNELS.items()})
    prov = choice(PROVINCES, [p[2] for p in PROVINCES])
    cert = pick({k: v[4] for k, v in CERTS.items()})
    if ch == "employer":
        cert = pick({"CPDA": .25, "CPPM": .35, "CPSC": .2, "CPIA": .2})
    lang = "en" if rng.random() < .07 else "zh"
    device = pick({"pc": .42, "mac": .14, "ios": .2, "android": .24})
    edu = choice(EDU, [e[2] for e in EDU])
    c = dict(customer_id=f"C{i:06d}", cert=cert, channel=ch, lang=lang, device=device, region=prov[0],
             centres=prov[3], online_p=prov[4] * (1.3 if device == "mac" else 1.0), state="registered",
             support=[])
    yrs = int(np.clip(rng.gamma(3, 2.2), 0, 25))
    customers.append(dict(
        customer_id=c["customer_id"], signup_at=fmt(t_signup), segment=None, region=prov[0], 省份=prov[1],
        acquisition_channel=ch, 获客渠道=CHANNELS[ch][0], tier="corporate" if ch == "employer" else "individual",
        target_certification=cert, 报考科目=CERTS[cert][0], education=edu[0], 学历=edu[1], years_experience=yrs,
        age_band=choice(["18-24", "25-29", "30-34", "35-44", "45+"], [.12, .33, .28, .2, .07]),
        preferred_language=lang, employer_sponsored="yes" if ch == "employer" else "no",
        holder_since="", cert_expires_at=""))
    acct_ch = {"ios": "app", "android": "app", "pc": "web", "mac": "web"}[device]
    if device in ("ios", "android") and rng.random() < .35:
        acct_ch = "mini_program"
    ev(c, "tp_account", t_signup, "success", acct_ch, device, "", referrer=ch)
    if rng.random() < .03:
        support(c, t_signup + D(days=int(rng.integers(0, 20))), choice(["exam_rules", "invoice"]))
    # application
    if rng.random() >= CHANNELS[ch][2]:
        return c
    t_app = t_signup + D(hours=float(rng.gamma(1.1, 100)))
    aid = nid("a", "AP", 6)
    if ev(c, "tp_application", t_app, "submitted", acct_ch, device, aid, education=edu[0], years_experience=yrs) \
            is None:
        return c
    c["state"] = "applied"
    # eligibility review (one or two rounds)
    t = t_app
    for rnd in (1, 2):
        days = float(rng.gamma(2, 1.3)) + .3
        if in_(t, BACKLOG):
            days += float(rng.gamma(3, 3.2))
        t_rev = t + D(days=days)
        p_info = .05 if ch in ("training_partner", "employer") else .14
        p_rej = .03 if ch in ("training_partner", "employer") else (.07 if yrs >= 2 else .35)
        r = rng.random()
        outcome = "approved" if r >= p_info + p_rej or rnd == 2 and r >= p_rej * 1.5 else \
            ("rejected" if r < p_rej or rnd == 2 else "info_requested")
        extra = {}
        if outcome != "approved":
            why = pick({"insufficient_experience": .5 if yrs < 2 else .1, "degree_unverified": .25,
                        "blurry_documents": .35 if outcome == "info_requested" else .05,
                        "missing_employer_letter": .3 if outcome == "info_requested" else .1})
            extra = dict(review_reason=why, 审核意见=ELIG_REASON[why])
        if ev(c, "tp_eligibility", t_rev, outcome, "web", "", aid, review_days=round(days, 1), review_round=rnd,
              **extra) is None:
            return c
        if days > 10 and rng.random() < .3:
            fb(c, "review_slow", "tp_eligibility", choice(["ticket", "app_review", "social"], [.6, .25, .15]),
               t_rev - D(days=float(rng.uniform(.5, 4))), rating=rating_for(True) if rng.random() < .4 else None,
               drop_ts=rng.random() < .15)
        if days > 8 and rng.random() < .3:
            support(c, t_rev - D(days=float(rng.uniform(.5, 4))), "review_status")
        if outcome == "approved":
            break
        if outcome == "rejected":
            c["state"] = "ineligible"
            return c
        if rng.random() < .3:
            fb(c, "docs_returned", "tp_eligibility", choice(["ticket", "survey"]), t_rev + D(hours=6),
               rating=rating_for(True) if rng.random() < .5 else None)
        if rng.random() > .85:
            return c
        t = t_rev + D(days=float(rng.gamma(1.5, 2.5)))
        if ev(c, "tp_application", t, "resubmitted", acct_ch, device, aid) is None:
            return c
    c["state"] = "approved_unpaid"
    if rng.random() >= CHANNELS[ch][3]:
        return c
    t0 = t_rev + D(hours=float(rng.gamma(1.1, 60)))
    t_paid, o = pay(c, t0, CERTS[cert][2], "exam_fee")
    if c.get("pay_fail") and rng.random() < (.45 if in_(c["pay_fail"], GATEWAY) else .08):
        fb(c, "payment_failed", "tp_fee_payment", choice(["ticket", "app_review", "survey"], [.5, .3, .2]),
           c["pay_fail"] + D(hours=int(rng.integers(1, 30))), rating=rating_for(True) if rng.random() < .6 else
           None, drop_ts=rng.random() < .15)
        if rng.random() < .5:
            support(c, c["pay_fail"] + D(hours=int(rng.integers(0, 10))), "payment_issue")
    if t_paid is None:
        return c
    if rng.random() < .97:
        take_exam(c, t_paid, o, 1)
    return c


# ------------------------------------------------------------------ holders (certified before 2025)
def holder(i: int):
    cert = pick({k: v[4] for k, v in CERTS.items()})
    prov = choice(PROVINCES, [p[2] for p in PROVINCES])
    expiry = datetime(2025, 4, 1) + D(days=int(rng.integers(0, 609)), hours=0)
    issued = expiry.replace(year=expiry.year - 3)
    signup = issued - D(days=int(rng.integers(60, 300)))
    lang = "en" if rng.random() < .06 else "zh"
    device = pick({"pc": .45, "mac": .15, "ios": .2, "android": .2})
    ch = pick({"search": .3, "wechat": .2, "training_partner": .25, "employer": .15, "referral": .1})
    c = dict(customer_id=f"H{i:05d}", cert=cert, channel=ch, lang=lang, device=device, region=prov[0],
             state="holder", support=[])
    edu = choice(EDU, [e[2] for e in EDU])
    cust = dict(customer_id=c["customer_id"], signup_at=fmt(signup), segment=None, region=prov[0], 省份=prov[1],
                acquisition_channel=ch, 获客渠道=CHANNELS[ch][0], tier="corporate" if ch == "employer" else
                "individual", target_certification=cert, 报考科目=CERTS[cert][0], education=edu[0], 学历=edu[1],
                years_experience=int(np.clip(rng.gamma(4, 2.5), 3, 30)),
                age_band=choice(["25-29", "30-34", "35-44", "45+"], [.15, .35, .35, .15]), preferred_language=lang,
                employer_sponsored="yes" if ch == "employer" else "no", holder_since=issued.strftime("%Y-%m-%d"),
                cert_expires_at=expiry.strftime("%Y-%m-%d"))
    customers.append(cust)
    r1 = rand_time(expiry - D(days=90), 9, 11)
    variant = None
    if in_(r1, AB):
        variant = "email_only" if rng.random() < .5 else "email_plus_sms"
        experiments.append(dict(experiment_id="renewal_reminder_h2_2025", variant=variant,
                                customer_id=c["customer_id"], assigned_at=fmt(r1), 提醒方式="仅邮件" if
                                variant == "email_only" else "邮件+短信"))
    sms = variant == "email_plus_sms" or (variant is None and r1 >= AB[1])   # SMS rolled out to all in 2026
    ev(c, "tp_renewal_reminder", r1, "sent", "email", "", "", reminder_no=1, days_before_expiry=90,
       cert_expires_at=cust["cert_expires_at"])
    if sms:
        ev(c, "tp_renewal_reminder", r1 + D(minutes=5), "sent", "sms", "", "", reminder_no=1,
           days_before_expiry=90, cert_expires_at=cust["cert_expires_at"])
    p = .72 if sms else .55
    if ch == "employer":
        p += .08
    renewed = rng.random() < p
    if renewed:
        lag = float(rng.gamma(2, 14)) if rng.random() < .8 else float(rng.uniform(60, 88))
        t_ren = r1 + D(days=lag)
    else:
        t_ren = None
    r2 = rand_time(expiry - D(days=30), 9, 11)
    if t_ren is None or t_ren > r2:
        ev(c, "tp_renewal_reminder", r2, "sent", "email", "", "", reminder_no=2, days_before_expiry=30,
           cert_expires_at=cust["cert_expires_at"])
    if t_ren is not None:
        cpd = int(np.clip(rng.normal(64, 14), 20, 120))
        ok = cpd >= 40 or rng.random() < .3
        if ev(c, "tp_renewal", t_ren, "submitted", "web", device, "", cpd_hours=cpd) is not None:
            t_dec = t_ren + D(days=float(rng.gamma(2, 2)))
            if ok:
                method = "corporate_transfer" if ch == "employer" else pick({"wechat_pay": .5, "alipay": .35,
                                                                            "bank_card": .15})
                if ev(c, "tp_renewal", t_dec, "approved", "web", "", "", cpd_hours=cpd,
                      new_expiry=(expiry.replace(year=expiry.year + 3)).strftime("%Y-%m-%d")):
                    order(c, t_dec, 600, "paid", "renewal_fee", method, "web", device)
                    c["state"] = "renewed"
                    if rng.random() < .2:
                        fb(c, choice(["praise_smooth", "cpd", "neutral"], [.5, .3, .2]), "tp_renewal", "survey",
                           t_dec + D(days=2), rating=None)
            else:
                ev(c, "tp_renewal", t_dec, "rejected", "web", "", "", cpd_hours=cpd, review_reason="cpd_short",
                   审核意见="继续教育学分不足")
                if rng.random() < .5:
                    fb(c, "cpd", "tp_renewal", "ticket", t_dec + D(days=1))
    if c["state"] == "holder" and expiry <= END:
        c["state"] = "lapsed"
    return c, cust


def fix_ratings():
    for row, t in zip(feedback, truth):
        if row["channel"] in ("ticket", "social", "call_note"):
            row["rating"] = ""
        if row["touchpoint_id"] == "tp_renewal" and row["channel"] == "survey":
            row["rating"] = rating_for(t["topics"] == "cpd", 4.3)


def main(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    weights = np.array([SEASON[m] * (1 + .025 * k) for k, (_, m) in enumerate(MONTHS)])
    n_cand = 10800
    per_month = rng.multinomial(n_cand, weights / weights.sum())
    i = 0
    made = []
    for (y, m), n in zip(MONTHS, per_month):
        days = (datetime(y + (m == 12), m % 12 + 1, 1) - datetime(y, m, 1)).days
        for _ in range(n):
            i += 1
            t = rand_time(datetime(y, m, 1) + D(days=int(rng.integers(0, days))), 7, 24)
            made.append(candidate(i, t))
    for c, cust in zip(made, customers):
        cust["segment"] = c["state"]
    hs = [holder(j) for j in range(1, 2401)]
    for c, cust in hs:
        cust["segment"] = c["state"]
    for cust in customers:
        cust["候选人状态"] = SEG_ZH[cust["segment"]]
    # social / app chatter without a customer (and often without a date)
    for _ in range(260):
        topic = pick({"syllabus": .25, "no_seats": .15, "proctor_software": .2, "support_wait": .15,
                      "praise_smooth": .15, "refund": .1})
        t = START + D(days=float(rng.uniform(0, (END - START).days)))
        tp = {"syllabus": "tp_exam_sitting", "no_seats": "tp_seat_booking", "proctor_software": "tp_online_proctoring",
              "support_wait": "tp_support", "praise_smooth": "tp_certificate", "refund": "tp_reschedule"}[topic]
        centre = pick({k: 1 for k in list(CENTRES)[:7]}) if topic == "no_seats" else None
        fb(None, topic, tp, choice(["social", "app_review"], [.65, .35]), t,
           rating=int(choice([1, 2, 3], [.5, .35, .15])) if topic != "praise_smooth" else int(choice([4, 5])),
           anon=True, drop_ts=rng.random() < .45, centre=centre)
    # support waits -> complaints about the hotline
    for c in made:
        for (t, reason, wait) in c["support"]:
            if wait >= 20 and rng.random() < .35:
                fb(c, "support_wait", "tp_support", choice(["ticket", "app_review", "call_note"], [.4, .3, .3]),
                   t + D(minutes=wait + 5), rating=rating_for(True) if rng.random() < .5 else None,
                   drop_ts=rng.random() < .1)
            elif reason == "proctoring_tech" and rng.random() < .35:
                fb(c, "proctor_software", "tp_online_proctoring", "call_note", t + D(minutes=wait + 10))
            elif reason == "payment_issue" and rng.random() < .3:
                fb(c, "payment_failed", "tp_fee_payment", "call_note", t + D(minutes=wait + 10))
    fix_ratings()
    # a few events re-sent by the test-delivery platform (exact duplicates)
    dup_idx = rng.choice(len(events), size=28, replace=False)
    for k in sorted(dup_idx):
        events.append(dict(events[k]))

    def write(name, rows, cols=None):
        if cols is None:
            cols = []
            for r in rows:
                for k in r:
                    if k not in cols:
                        cols.append(k)
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({k: ("" if r.get(k) is None else r.get(k, "")) for k in cols})

    write("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                               kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k,
                            touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4], 1)])
    write("customers", customers)
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel"]
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    write("events", events, ev_cols + [k for k in dict.fromkeys(k for r in events for k in r) if k not in ev_cols])
    orders.sort(key=lambda r: r["ts"])
    write("orders", orders)
    feedback.sort(key=lambda r: (r["ts"] or "9999", r["feedback_id"]))
    write("feedback", feedback)
    write("experiments", experiments)
    write("_truth/feedback_truth", truth)
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"experiments {len(experiments)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
