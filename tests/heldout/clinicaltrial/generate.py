"""启明临研 Qiming Clinical Research (a CRO / SMO in China): patient recruitment and retention for four sponsored
trials at seven hospital sites. A potential participant (潜在受试者) sees a recruitment ad (WeChat Moments 朋友圈,
Baidu search 百度, Douyin feed 抖音, a patient community 病友社群, an SMS recall from our patient database 患者库召回)
and opens the recruitment page, fills in the online pre-screen questionnaire (线上预筛问卷, pass / fail); or a doctor
at a site refers an outpatient (医生转介). A recruitment specialist (招募专员 CRC) calls back and books a screening
visit (预约筛选访视, SMS reminder the day before); the participant comes to the site (筛选访视), signs the informed
consent form (签署知情同意), gets screening tests (筛选检查: eligible / screen failure 筛败), is randomised (随机入组)
and attends follow-up visits (随访, V2..) until study completion (完成研究) or drops out (退出, with a reason).
Every attended visit earns a stipend (受试者补助: screening / visit stipend, travel allowance for people living more
than 50 km away, completion bonus) paid by bank transfer or WeChat Pay — the `orders` table. Participants give
feedback in visit surveys (rated), on the 400 hotline (call notes) and in the study WeChat groups (受试者群).
Data 2025-01-01 .. 2026-08-31 (extract taken early September 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (topics of each comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
SMS_OUTAGE = (datetime(2026, 3, 1), datetime(2026, 4, 1))        # SMS reminder vendor outage (visits scheduled in March)
GZ_FINANCE = (datetime(2025, 8, 1), datetime(2025, 12, 1))       # Guangzhou site: new payment vendor, stipends late
REMINDER_TEST = (datetime(2025, 10, 1), datetime(2026, 1, 1))    # A/B: SMS only vs CRC call the day before
XIAN_OPEN = datetime(2026, 5, 1)
CHENGDU_LAB = datetime(2026, 3, 1)                                 # Chengdu site moves screening labs to a local lab

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad_landing", "招募广告落地页", "Recruitment ad landing page", "awareness", "ads", "digital", "patient_recruitment",
     "广告|招募广告|落地页|招募页|看到广告|点广告|ad|recruitment ad|landing page|ad click"),
    ("tp_referral", "医生转介", "Doctor referral", "awareness", "other", "physical", "site_management",
     "转介|医生推荐|门诊转介|医生转诊|院内推荐|referral|doctor referral|referred by doctor"),
    ("tp_prescreen", "线上预筛问卷", "Online pre-screen questionnaire", "consideration", "mini_program", "digital",
     "patient_recruitment", "预筛|预筛问卷|初筛|在线问卷|报名问卷|pre-screen|prescreen|questionnaire|eligibility quiz"),
    ("tp_crc_call", "招募专员回访电话", "Recruiter call-back", "consideration", "phone", "digital", "patient_recruitment",
     "回访|电话回访|招募电话|CRC电话|打电话|call back|recruiter call|phone call"),
    ("tp_visit_booking", "预约筛选访视", "Screening visit booking", "consideration", "phone", "digital",
     "patient_recruitment", "预约|约访|预约筛选|约时间|booking|appointment|schedule visit"),
    ("tp_screening_visit", "中心筛选访视", "Site screening visit", "purchase", "other", "physical", "site_management",
     "筛选访视|到院筛选|到中心|来医院筛选|到访|screening visit|site visit|show up"),
    ("tp_consent", "签署知情同意", "Informed consent signed", "purchase", "other", "physical", "site_management",
     "知情同意|签知情|ICF|签同意书|informed consent|consent|sign consent"),
    ("tp_screen_test", "筛选检查结果", "Screening test result", "purchase", "other", "physical", "site_management",
     "筛选检查|化验|检查结果|筛败|筛选失败|screening test|lab test|screen fail|screen failure"),
    ("tp_randomisation", "随机入组", "Randomisation", "purchase", "other", "physical", "clinical_operations",
     "入组|随机|随机化|正式入组|enrol|enrolment|enrollment|randomisation|randomization|randomized"),
    ("tp_followup_visit", "随访", "Follow-up visit", "service", "other", "physical", "site_management",
     "随访|复诊|访视|回访视|follow-up|follow up visit|study visit"),
    ("tp_stipend", "补助发放", "Stipend payment", "service", "other", "digital", "finance",
     "补助|补贴|营养费|交通补助|车马费|受试者补助|stipend|compensation|reimbursement|payment"),
    ("tp_hotline", "受试者热线", "Participant hotline", "service", "phone", "digital", "participant_services",
     "热线|400电话|客服电话|咨询电话|hotline|helpline|call centre"),
    ("tp_dropout", "退出研究", "Study withdrawal", "service", "other", "physical", "clinical_operations",
     "退出|脱落|退组|中途退出|dropout|drop out|withdrawal|withdrew|discontinued"),
    ("tp_completion", "完成研究", "Study completed", "loyalty", "other", "physical", "clinical_operations",
     "完成研究|结束访视|末次访视|出组|完成|completion|completed study|end of study"),
]

JOURNEYS = [  # id, zh, en, window, steps
    ("online_recruit", "线上招募入组", "Online recruitment to randomisation", 60,
     ["tp_ad_landing", "tp_prescreen", "tp_visit_booking", "tp_screening_visit", "tp_consent", "tp_randomisation"]),
    ("referral_recruit", "医生转介入组", "Doctor referral to randomisation", 30,
     ["tp_referral", "tp_screening_visit", "tp_consent", "tp_randomisation"]),
    ("site_screening", "中心筛选入组", "Site screening to randomisation", 30,
     ["tp_screening_visit", "tp_consent", "tp_screen_test", "tp_randomisation"]),
    ("retention", "入组后随访完成", "Randomisation to study completion", 240,
     ["tp_randomisation", "tp_followup_visit", "tp_completion"]),
]

SITES = {  # id: zh, en, city, 城市, region, 省份, opened
    "S01": ("上海瑞康医院", "Shanghai Ruikang Hospital", "Shanghai", "上海", "Shanghai", "上海", START),
    "S02": ("北京华康医院", "Beijing Huakang Hospital", "Beijing", "北京", "Beijing", "北京", START),
    "S03": ("广州南粤医院", "Guangzhou Nanyue Hospital", "Guangzhou", "广州", "Guangdong", "广东", START),
    "S04": ("成都锦江医院", "Chengdu Jinjiang Hospital", "Chengdu", "成都", "Sichuan", "四川", START),
    "S05": ("武汉江城医院", "Wuhan Jiangcheng Hospital", "Wuhan", "武汉", "Hubei", "湖北", START),
    "S06": ("杭州钱塘医院", "Hangzhou Qiantang Hospital", "Hangzhou", "杭州", "Zhejiang", "浙江", START),
    "S07": ("西安长安医院", "Xi'an Chang'an Hospital", "Xi'an", "西安", "Shaanxi", "陕西", XIAN_OPEN),
}
SITE_W = {"S01": .22, "S02": .20, "S03": .17, "S04": .14, "S05": .13, "S06": .14, "S07": .10}
FAR_CITIES = {  # nearest site -> towns people come from (100+ km)
    "S01": [("Suzhou", "苏州"), ("Nantong", "南通")], "S02": [("Tianjin", "天津"), ("Baoding", "保定")],
    "S03": [("Shantou", "汕头"), ("Zhaoqing", "肇庆")], "S04": [("Mianyang", "绵阳"), ("Leshan", "乐山")],
    "S05": [("Yichang", "宜昌"), ("Xiangyang", "襄阳")], "S06": [("Ningbo", "宁波"), ("Wenzhou", "温州")],
    "S07": [("Baoji", "宝鸡"), ("Yan'an", "延安")],
}

STUDIES = {
    "QM-T2D-301": dict(short="T2D", zh="2型糖尿病III期", en="Type 2 diabetes phase III", ind="type_2_diabetes",
                       ind_zh="2型糖尿病", start=datetime(2025, 1, 1), end=END, sites=list(SITES),
                       online=230, referral=14, n_fu=6, interval=28, st_screen=200, st_visit=300, bonus=1000,
                       pass_mult=1.0, consent=.86, sf=.40, hazard=.028, age=(40, 72),
                       pf={"age_out_of_range": .2, "no_confirmed_diagnosis": .2, "prohibited_medication": .35,
                           "comorbidity": .25},
                       sfr={"hba1c_out_of_range": .55, "egfr_low": .2, "liver_enzymes_high": .15, "other": .1},
                       dr={"withdrew_consent": .32, "lost_to_followup": .3, "adverse_event": .15,
                           "travel_burden": .13, "protocol_deviation": .1},
                       mix={"wechat_ads": .30, "baidu_search": .20, "douyin": .18, "patient_community": .17,
                            "patient_database": .15}),
    "QM-AD-302": dict(short="AD", zh="特应性皮炎III期", en="Atopic dermatitis phase III", ind="atopic_dermatitis",
                      ind_zh="特应性皮炎", start=datetime(2025, 3, 1), end=END,
                      sites=["S01", "S02", "S03", "S04", "S06"],
                      online=170, referral=8, n_fu=8, interval=14, st_screen=150, st_visit=200, bonus=800,
                      pass_mult=1.05, consent=.88, sf=.30, hazard=.042, age=(18, 50),
                      pf={"age_out_of_range": .3, "no_confirmed_diagnosis": .35, "prohibited_medication": .2,
                          "comorbidity": .15},
                      sfr={"easi_too_low": .5, "abnormal_labs": .25, "active_infection": .15, "other": .1},
                      dr={"withdrew_consent": .45, "lost_to_followup": .22, "adverse_event": .15,
                          "travel_burden": .1, "protocol_deviation": .08},
                      mix={"wechat_ads": .20, "baidu_search": .10, "douyin": .38, "patient_community": .22,
                           "patient_database": .10}),
    "QM-HTN-203": dict(short="HTN", zh="高血压II期", en="Hypertension phase II", ind="hypertension",
                       ind_zh="高血压", start=datetime(2025, 5, 1), end=datetime(2026, 6, 30, 23, 59, 59),
                       sites=["S01", "S03", "S05", "S06"],
                       online=125, referral=10, n_fu=6, interval=14, st_screen=100, st_visit=150, bonus=500,
                       pass_mult=1.0, consent=.87, sf=.32, hazard=.03, age=(35, 70),
                       pf={"age_out_of_range": .25, "no_confirmed_diagnosis": .15, "prohibited_medication": .3,
                           "comorbidity": .3},
                       sfr={"bp_out_of_range": .5, "ecg_abnormal": .25, "abnormal_labs": .15, "other": .1},
                       dr={"withdrew_consent": .25, "lost_to_followup": .45, "adverse_event": .1,
                           "travel_burden": .1, "protocol_deviation": .1},
                       mix={"wechat_ads": .35, "baidu_search": .25, "douyin": .20, "patient_community": .05,
                            "patient_database": .15}),
    "QM-LC-201": dict(short="LC", zh="非小细胞肺癌II期", en="Non-small cell lung cancer phase II", ind="nsclc",
                      ind_zh="非小细胞肺癌", start=datetime(2025, 6, 1), end=END,
                      sites=["S01", "S02", "S04", "S05", "S07"],
                      online=22, referral=42, n_fu=8, interval=21, st_screen=300, st_visit=500, bonus=0,
                      pass_mult=.8, consent=.80, sf=.45, hazard=.05, age=(35, 75),
                      pf={"age_out_of_range": .15, "no_confirmed_diagnosis": .2, "prohibited_medication": .35,
                          "comorbidity": .3},
                      sfr={"biomarker_negative": .55, "brain_metastasis": .2, "ecog_too_high": .15, "other": .1},
                      dr={"adverse_event": .5, "disease_progression": .25, "withdrew_consent": .12,
                          "lost_to_followup": .03, "travel_burden": .1},
                      mix={"wechat_ads": .30, "baidu_search": .40, "patient_community": .30}),
}
CHANNEL_ZH = {"wechat_ads": "朋友圈广告", "baidu_search": "百度搜索", "douyin": "抖音信息流", "patient_community": "病友社群",
              "patient_database": "患者库召回", "hospital_referral": "医生转介"}
AD_PLATFORM = {"wechat_ads": "wechat", "baidu_search": "baidu", "douyin": "douyin", "patient_community": "community",
               "patient_database": "sms"}
SUBMIT_P = {"wechat_ads": .70, "baidu_search": .72, "douyin": .52, "patient_community": .78, "patient_database": .80}
PASS_P = {"wechat_ads": .40, "baidu_search": .43, "douyin": .15, "patient_community": .55, "patient_database": .50}
REACH_P = {"wechat_ads": .62, "baidu_search": .62, "douyin": .33, "patient_community": .66, "patient_database": .68}
BOOK_P = {"wechat_ads": .76, "baidu_search": .76, "douyin": .58, "patient_community": .80, "patient_database": .82,
          "hospital_referral": .93}
SHOW_P = {"wechat_ads": .80, "baidu_search": .80, "douyin": .64, "patient_community": .84, "patient_database": .85,
          "hospital_referral": .92}
REF_DEPT = {"T2D": ("endocrinology", "内分泌科"), "AD": ("dermatology", "皮肤科"), "HTN": ("cardiology", "心内科"),
            "LC": ("oncology", "肿瘤科")}
ZH = {  # reason codes -> Chinese
    "age_out_of_range": "年龄不符", "no_confirmed_diagnosis": "未确诊", "prohibited_medication": "正在使用禁用药物",
    "comorbidity": "合并症不符", "too_far": "距离中心太远",
    "hba1c_out_of_range": "糖化血红蛋白不在范围", "egfr_low": "肾功能不达标", "liver_enzymes_high": "肝功能异常",
    "easi_too_low": "EASI评分不够", "abnormal_labs": "化验指标异常", "active_infection": "活动性感染",
    "bp_out_of_range": "血压不达标", "ecg_abnormal": "心电图异常", "biomarker_negative": "基因检测不符",
    "brain_metastasis": "脑转移", "ecog_too_high": "体能评分不达标", "other": "其他",
    "withdrew_consent": "撤回知情同意", "lost_to_followup": "失访", "adverse_event": "不良事件",
    "travel_burden": "交通不便", "protocol_deviation": "方案违背", "disease_progression": "疾病进展",
    "screening": "筛选补助", "visit": "访视补助", "completion_bonus": "完成奖励",
    "bank_transfer": "银行转账", "wechat_pay": "微信支付",
    "stipend_query": "补助查询", "reschedule": "改约", "side_effect_question": "不良反应咨询", "study_question": "项目咨询",
    "lead": "线索", "prescreen_failed": "预筛未通过", "screen_failed": "筛选未入组", "enrolled": "在组",
    "completed": "已完成", "withdrawn": "已退出",
}
CRCS = ["张敏", "李静", "王芳", "刘洋", "陈晨", "杨帆", "赵蕾", "黄婷", "周琳", "吴昊", "徐佳", "孙悦", "马丽", "朱颖"]

# ---------- feedback texts: every template of a topic carries its marker; markers never appear elsewhere ----------
T = {
    "long_wait": (
        ["筛选那天在门诊排队等太久了，前后快三个小时", "约的八点半，结果排队排到十一点才见到研究医生",
         "化验、心电图每一项都要排队，一上午就没了", "明明预约了还要排队两个多小时，老人身体吃不消",
         "现场排队的人太多了，研究护士也忙不过来"],
        ["Waited almost three hours at the screening visit even with an appointment.",
         "The queue at the hospital was far too long, I waited the whole morning."]),
    "stipend_delay": (
        ["上次访视的补助到现在还没到账", "补助迟迟不到账，问了也只说财务在走流程", "交通补助拖了一个多月才到账",
         "补助什么时候能到账？已经过去五周了", "说好两周内到账，现在一个多月了还没看到钱"],
        ["Still waiting for my visit stipend from last month.",
         "Still waiting for the travel stipend, it has been five weeks."]),
    "no_reminder": (
        ["没收到短信提醒，把筛选的日子给忘了", "约好的时间没有任何提醒，就这么错过了",
         "以前都会发短信提醒，这次什么都没收到", "前一天没有提醒，我以为是下周"],
        ["Never got a reminder text, so I forgot the appointment.",
         "No reminder this time and I missed my screening appointment."]),
    "too_many_calls": (
        ["填完问卷一天接到好几个电话，有点烦", "招募专员电话打得太频繁了，上班时间接不了",
         "刚报名就被电话轰炸，能不能先发微信"],
        ["Too many calls after I filled in the form.", "They kept calling me during work hours."]),
    "questionnaire": (
        ["预筛问卷太长了，好多医学名词看不懂", "问卷里问糖化血红蛋白是多少，我看不懂也不知道怎么填",
         "问卷的问题看不懂，用药那一页填了好久"],
        ["The pre-screen questionnaire was confusing, too many medical terms.",
         "Confusing questions about my medication history."]),
    "icf_long": (
        ["知情同意书几十页，读完要一个多小时", "知情同意书条款太多，医生讲得很快没太明白",
         "签知情同意书前能不能先把电子版发给我们看"],
        ["The consent form is really long and full of jargon.", "I needed more time to read the consent form."]),
    "blood_draws": (
        ["一次抽血抽了七八管，有点头晕", "每次访视都要抽血，胳膊都青了", "抽血太多了，空腹等着很难受"],
        ["They took so many blood samples I felt dizzy.", "Blood tests at every single visit is a lot."]),
    "placebo_worry": (
        ["很担心分到安慰剂组，白跑这么多趟", "入组了也不知道是不是安慰剂，心里没底",
         "如果是安慰剂，病情加重了怎么办"],
        ["Worried I might be on the placebo.", "Nobody can tell me whether I got the placebo or the real drug."]),
    "travel_far": (
        ["医院离家太远，每次来回要一整天", "住得太远了，坐两个小时车过来随访", "路太远了，每个月跑一趟实在折腾"],
        ["The site is too far from home, each visit takes a whole day.",
         "Too far to travel for every follow-up visit."]),
    "side_effect": (
        ["用药后有些副作用，皮肤干还有点恶心", "出现副作用后研究医生处理得还算及时", "担心副作用，这周有点乏力"],
        ["I had some side effects after the dose, mild nausea.", "Side effects were handled, but it was scary."]),
    "praise_staff": (
        ["研究护士很耐心，每一步都解释得很清楚", "招募专员小姐姐特别耐心，时间都提前帮我安排好",
         "医生和协调员都很耐心，感觉很安心"],
        ["The study nurse was so helpful and explained everything.",
         "Coordinator was so helpful with scheduling."]),
    "praise_care": (
        ["免费检查做得很全面，血糖控制比以前好多了", "参加项目后病情改善明显，皮疹少了很多",
         "定期有医生跟进，血压比以前稳多了，免费检查也很全"],
        ["My condition has improved a lot since joining.", "Free check-ups and my numbers have improved."]),
    "ok": (
        ["整体流程顺利", "还可以，按流程走的", "这次访视挺顺的", "没什么问题"],
        ["Everything went smoothly.", "All fine this time.", "No issues."]),
    "ok_stipend": (
        ["补助按时发了，挺好", "补助发放很及时，点赞", "这次补助很快就收到了"],
        ["Got my stipend on time, thanks.", "Payment came through quickly."]),
}
TOPIC_TP = {"long_wait": "tp_screening_visit", "stipend_delay": "tp_stipend", "no_reminder": "tp_visit_booking",
            "too_many_calls": "tp_crc_call", "questionnaire": "tp_prescreen", "icf_long": "tp_consent",
            "blood_draws": "tp_screen_test", "placebo_worry": "tp_randomisation", "travel_far": "tp_followup_visit",
            "side_effect": "tp_followup_visit", "praise_staff": None, "praise_care": "tp_followup_visit", "ok": None,
            "ok_stipend": "tp_stipend"}
NEGATIVE = {"long_wait", "stipend_delay", "no_reminder", "too_many_calls", "questionnaire", "icf_long", "blood_draws",
            "placebo_worry", "travel_far", "side_effect"}


def U(a=0.0, b=1.0):
    return float(rng.uniform(a, b))


def pick(d: dict):
    keys = list(d)
    p = np.array([d[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def choice(seq):
    return seq[int(rng.integers(len(seq)))]


def at_hour(day: datetime, h0: float, h1: float) -> datetime:
    base = datetime(day.year, day.month, day.day)
    return base + D(seconds=int(U(h0, h1) * 3600))


def weekday_on_or_after(d: datetime) -> datetime:
    while d.weekday() >= 5:
        d += D(days=1)
    return d


def work_after(t: datetime, hours: float) -> datetime:
    """t + hours, pushed into office hours 9-18 on a weekday."""
    x = t + D(hours=hours)
    if x.hour >= 18:
        x = at_hour(x + D(days=1), 9, 11)
    elif x.hour < 9:
        x = at_hour(x, 9, 11)
    if x.weekday() >= 5:
        x = at_hour(weekday_on_or_after(x), 9, 12)
    return x


def month_mult(d: datetime) -> float:
    m = 0.85 + 0.3 * (d - START).days / 607
    if d.year == 2025 and d.month == 1 and d.day >= 22 or d.year == 2025 and d.month == 2 and d.day <= 6:
        m *= 0.45                                                   # Spring Festival 2025
    if d.year == 2026 and d.month == 2 and 10 <= d.day <= 24:
        m *= 0.45                                                   # Spring Festival 2026
    return m


class Out:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.customers, self.exp = [], [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_bk = 0
        self.subj = {}

    def ev(self, cust, ts, tp, action, **kw):
        if ts > END:
            return None
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=cust["customer_id"], ts=ts, touchpoint_id=tp,
                   action=action, study_id=cust["study_id"])
        row.update(kw)
        self.events.append(row)
        return row

    def site_cols(self, site):
        s = SITES[site]
        return {"site_id": site, "研究中心": s[0], "site": s[1], "city": s[2], "城市": s[3]}

    def fb(self, cust, ts, topics, channel, rating=None, nps=None, tp=None, site=None, undated=False):
        lang = "en" if U() < 0.07 else "zh"
        parts = [choice(T[t][0 if lang == "zh" else 1]) for t in topics]
        text = ("；" if lang == "zh" else " ").join(parts)
        if tp is None:
            tp = next((TOPIC_TP[t] for t in topics if TOPIC_TP[t]), None)
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        site = site or cust["site_id"]
        row = dict(feedback_id=fid, text=text, ts=None if (undated or ts is None) else ts,
                   customer_id=None if channel == "wechat_group" and U() < 0.3 else cust["customer_id"],
                   touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, study_id=cust["study_id"], **self.site_cols(site))
        if row["ts"] is not None and row["ts"] > END:
            self.n_fb -= 1
            return
        self.feedback.append(row)
        neg = [t for t in topics if t in NEGATIVE]
        self.truth.append(dict(feedback_id=fid, topics="|".join(t for t in topics if not t.startswith("ok")),
                               sentiment="negative" if neg else "positive"))

    def order(self, cust, ts, amount, status, stype, visit_at, visit_no, method, reissue_of=None):
        if ts > END:
            return None
        self.n_ord += 1
        oid = f"ST{self.n_ord:06d}"
        st = STUDIES[cust["study_id"]]
        self.orders.append(dict(order_id=oid, customer_id=cust["customer_id"], ts=ts, amount=float(amount),
                                status=status, channel=method, 支付方式=ZH[method], stipend_type=stype,
                                补助类型=ZH[stype], visit_no=visit_no, visit_at=visit_at, study_id=cust["study_id"],
                                研究项目=st["zh"], **self.site_cols(cust["site_id"]), currency="CNY",
                                reissue_of=reissue_of))
        if status != "cancelled":
            self.ev(cust, ts, "tp_stipend", "paid" if status == "paid" else "returned", session_id=oid,
                    channel=method, amount=float(amount), visit_no=visit_no, **self.site_cols(cust["site_id"]))
        return oid


def pay_stipend(o: Out, cust, visit_ts, amount, stype, visit_no):
    late = cust["site_id"] == "S03" and GZ_FINANCE[0] <= visit_ts < GZ_FINANCE[1]
    lag = U(28, 56) if late else U(5, 13)
    method = "bank_transfer" if U() < 0.7 else "wechat_pay"
    ts = at_hour(visit_ts + D(days=lag), 10, 17)
    if U() < 0.01:                                                   # duplicate request, cancelled by finance
        o.order(cust, ts - D(days=2), amount, "cancelled", stype, visit_ts, visit_no, method)
    if method == "bank_transfer" and U() < 0.04:                     # wrong card details: bank returns it
        first = o.order(cust, ts, amount, "returned", stype, visit_ts, visit_no, method)
        ts = at_hour(ts + D(days=U(5, 12)), 10, 17)
        o.order(cust, ts, amount, "paid", stype, visit_ts, visit_no, method, reissue_of=first)
    else:
        o.order(cust, ts, amount, "paid", stype, visit_ts, visit_no, method)
    lag_days = (ts - visit_ts).total_seconds() / 86400
    if ts <= END:
        if lag_days > 20:
            if U() < 0.35:
                if U() < 0.5:
                    o.fb(cust, ts - D(days=U(2, 10)), ["stipend_delay"], "call_note")
                else:
                    o.fb(cust, ts - D(days=U(2, 10)), ["stipend_delay"], "wechat_group", undated=U() < 0.4)
            if U() < 0.12:
                o.fb(cust, ts + D(hours=U(2, 48)), ["stipend_delay"], "survey", rating=choice([1, 1, 2, 2, 3]))
            if U() < 0.5:
                o.ev(cust, visit_ts + D(days=U(16, 26)), "tp_hotline", "call", channel="phone",
                     hotline_reason="stipend_query", 来电原因=ZH["stipend_query"], **o.site_cols(cust["site_id"]))
        elif U() < 0.06:
            o.fb(cust, ts + D(hours=U(2, 48)), ["ok_stipend"], "survey", rating=choice([4, 5, 5]))


def run_trial(o: Out, cust, st, visit_ts, subj):
    """after a signed consent: screening tests, randomisation, follow-ups, completion / dropout."""
    site = cust["site_id"]
    sc = o.site_cols(site)
    test_ts = at_hour(weekday_on_or_after(visit_ts + D(days=U(5, 12))), 9, 17)
    sf = st["sf"]
    if site == "S07":
        sf = .75                                                     # new site: investigators still learning criteria
    elif site == "S04" and visit_ts >= CHENGDU_LAB:
        sf = min(.8, sf * 1.45)                                      # switched to a local lab with stricter ranges
    if U() < sf:
        reason = pick(st["sfr"])
        o.ev(cust, test_ts, "tp_screen_test", "screen_fail", session_id=subj, screen_fail_reason=reason,
             筛败原因=ZH[reason], channel="site", **sc)
        if U() < 0.05:
            o.fb(cust, test_ts + D(days=U(0, 3)), ["blood_draws"], "wechat_group", undated=U() < 0.4)
        return "screen_failed"
    o.ev(cust, test_ts, "tp_screen_test", "eligible", session_id=subj, channel="site", **sc)
    if test_ts > END:
        return "screen_failed"
    if U() < 0.06:
        return "screen_failed"                                       # eligible but did not come back to be randomised
    r_ts = at_hour(weekday_on_or_after(test_ts + D(days=U(1, 6))), 8.5, 11.5)
    if r_ts > END:
        return "screen_failed"
    o.ev(cust, r_ts, "tp_randomisation", "randomised", session_id=subj, channel="site", **sc)
    if U() < 0.07:
        o.fb(cust, r_ts + D(days=U(0, 5)), ["placebo_worry"], "wechat_group", undated=U() < 0.4)
    far = cust["distance_km"] > 50
    travel = 200 if far else 0
    hazard = st["hazard"] * (3.0 if far else 1.0)
    last_ts = r_ts
    for k in range(1, st["n_fu"] + 1):
        planned = r_ts + D(days=k * st["interval"])
        if planned > END:
            return "enrolled"
        if U() < hazard:
            reason = "travel_burden" if far and U() < 0.65 else pick(st["dr"])
            if reason == "lost_to_followup":
                d_ts = at_hour(planned + D(days=U(14, 28)), 10, 17)
            else:
                d_ts = at_hour(planned - D(days=U(1, 10)), 9, 17)
            d_ts = max(d_ts, last_ts + D(days=1))
            if d_ts > END:
                return "enrolled"
            o.ev(cust, d_ts, "tp_dropout", "withdrawn", session_id=subj, dropout_reason=reason, 退出原因=ZH[reason],
                 last_visit_no=k, channel="site", **sc)
            if reason == "travel_burden" and U() < 0.3:
                o.fb(cust, d_ts, ["travel_far"], "call_note")
            return "withdrawn"
        if k < st["n_fu"] and U() < 0.05:
            continue                                                 # missed visit
        off = U(-2, 2) if U() > 0.08 else choice([-1, 1]) * U(4, 7)
        v_ts = at_hour(planned + D(days=off), 8, 12)
        if v_ts > END:
            return "enrolled"
        o.ev(cust, v_ts, "tp_followup_visit", "attended", session_id=subj, visit_no=k + 1,
             out_of_window=abs(off) > 3, channel="site", **sc)
        last_ts = v_ts
        pay_stipend(o, cust, v_ts, st["st_visit"] + travel, "visit", k + 1)
        if U() < 0.10:
            topics = []
            if far and U() < 0.6:
                topics.append("travel_far")
            if U() < {"AD": .18, "LC": .25}.get(st["short"], .05):
                topics.append("side_effect")
            if U() < 0.08:
                topics.append("blood_draws")
            if not topics:
                topics.append(choice(["praise_staff", "praise_care", "praise_care", "ok", "ok"]))
            elif U() < 0.25:
                topics.append("praise_staff")
            neg = sum(t in NEGATIVE for t in topics)
            rating = choice([2, 3, 3, 4]) if neg else choice([4, 5, 5])
            o.fb(cust, v_ts + D(hours=U(3, 72)), topics, "survey", rating=rating,
                 tp="tp_followup_visit" if topics[0] in ("ok", "praise_staff") else None)
        if U() < 0.03:
            reason = choice(["reschedule", "side_effect_question", "study_question"])
            o.ev(cust, v_ts + D(days=U(2, 10)), "tp_hotline", "call", channel="phone", hotline_reason=reason,
                 来电原因=ZH[reason], **sc)
    c_ts = last_ts + D(hours=U(1, 3))
    o.ev(cust, c_ts, "tp_completion", "completed", session_id=subj, channel="site", **sc)
    if st["bonus"]:
        pay_stipend(o, cust, c_ts, st["bonus"], "completion_bonus", None)
    if U() < 0.55 and c_ts <= END:
        nps = int(np.clip(round(rng.normal(8.6 if not far else 6.8, 1.4)), 0, 10))
        topics = ["praise_care"] if nps >= 9 else (["travel_far"] if far else ["ok"])
        o.fb(cust, c_ts + D(days=U(1, 7)), topics, "survey", rating=5 if nps >= 9 else (3 if nps <= 6 else 4),
             nps=nps, tp="tp_completion")
    return "completed"


def screening(o: Out, cust, st, book_ts, sched, channel, exp_variant=None, tries=0):
    """a booked screening visit: show-up, consent, then the trial. Returns the final segment."""
    o.n_bk += 1
    bk = f"BK{o.n_bk:06d}"
    site = cust["site_id"]
    sc = o.site_cols(site)
    o.ev(cust, book_ts, "tp_visit_booking", "booked", session_id=bk, scheduled_at=sched, channel="phone", **sc)
    p = SHOW_P[channel]
    if SMS_OUTAGE[0] <= sched < SMS_OUTAGE[1]:
        p *= 0.6
    if exp_variant == "sms_only":
        p *= 0.95
    elif exp_variant == "crc_call":
        p = min(0.97, p * 1.13)
        o.ev(cust, max(at_hour(sched - D(days=1), 14, 18), book_ts + D(minutes=30)), "tp_crc_call", "reminder_call",
             channel="phone",
             call_result="reminded", crc=cust["crc"])
    if U() >= p:                                                     # no-show
        miss = SMS_OUTAGE[0] <= sched < SMS_OUTAGE[1]
        if U() < (0.5 if miss else 0.12):
            o.fb(cust, sched + D(hours=U(4, 30)), ["no_reminder"], "call_note", site=site)
        if tries == 0 and U() < 0.35:
            nb = work_after(sched, U(20, 60))
            ns = at_hour(weekday_on_or_after(nb + D(days=U(3, 10))), 8, 10.5)
            return screening(o, cust, st, nb, ns, channel, None, 1)
        return "lead"
    arr = sched + D(minutes=float(np.clip(rng.normal(8, 15), -20, 60)))
    wait = float(rng.lognormal(np.log(140 if site == "S02" else 45), 0.35 if site == "S02" else 0.45))
    v = o.ev(cust, arr, "tp_screening_visit", "attended", session_id=bk, wait_minutes=round(wait), channel="site",
             **sc)
    if v is None:
        return "lead"
    pay_stipend(o, cust, arr, st["st_screen"], "screening", 1)
    signed = U() < st["consent"]
    v["visit_outcome"] = "consented" if signed else "declined_consent"
    if U() < 0.35:                                                   # post-visit survey
        topics = []
        if wait > 120 and U() < 0.75:
            topics.append("long_wait")
        if signed and U() < 0.07:
            topics.append("icf_long")
        if U() < 0.05:
            topics.append("blood_draws")
        if not signed and U() < 0.3:
            topics.append("placebo_worry")
        if not topics:
            topics.append(choice(["praise_staff", "praise_staff", "ok", "ok", "ok"]))
        neg = sum(t in NEGATIVE for t in topics)
        if "long_wait" in topics:
            rating = choice([1, 2, 2, 3])
        else:
            rating = choice([2, 3, 3]) if neg else choice([4, 4, 5, 5, 5])
        o.fb(cust, arr + D(hours=U(4, 40)), topics, "survey", rating=rating,
             tp="tp_screening_visit" if topics[0] in ("ok", "praise_staff") else None)
    if not signed:
        return "screen_failed"
    short = st["short"]
    o.subj[(short, site)] = o.subj.get((short, site), 0) + 1
    subj = f"{short}-{site}-{o.subj[(short, site)]:04d}"
    cust["subject_no"] = subj
    c_ts = arr + D(minutes=wait + U(30, 90))
    o.ev(cust, c_ts, "tp_consent", "signed", session_id=subj, icf_version="v2.0" if c_ts < datetime(2025, 9, 1)
         else "v3.0", channel="site", **sc)
    if U() < 0.04:
        o.fb(cust, c_ts + D(days=U(0, 3)), ["icf_long"], "wechat_group", undated=U() < 0.4)
    return run_trial(o, cust, st, c_ts, subj)


def lead(o: Out, n: int, st_id: str, t0: datetime, channel: str):
    st = STUDIES[st_id]
    active = [s for s in st["sites"] if SITES[s][6] <= t0]
    site = pick({s: SITE_W[s] for s in active})
    far_city = U() < 0.08
    if far_city:
        city_en, city_zh = choice(FAR_CITIES[site])
        dist = float(U(100, 400))
    else:
        city_en, city_zh = SITES[site][2], SITES[site][3]
        dist = float(rng.lognormal(np.log(14), 0.85))
    age = int(rng.integers(*st["age"]))
    if U() < 0.06:
        age = int(rng.integers(st["age"][1] + 1, 82))
    cust = dict(customer_id=f"P{n:06d}", signup_at=t0, study_id=st_id, 研究项目=st["zh"], indication=st["ind"],
                适应症=st["ind_zh"], site_id=site, 研究中心=SITES[site][0], site=SITES[site][1],
                region=SITES[site][4], 省份=SITES[site][5], city=city_en, 城市=city_zh,
                acquisition_channel=channel, 获客渠道=CHANNEL_ZH[channel],
                gender=("female" if U() < (.55 if st["short"] == "AD" else .45) else "male"), age=age,
                age_band=("18-29" if age < 30 else "30-44" if age < 45 else "45-59" if age < 60 else "60+"),
                distance_km=round(dist, 1), crc=choice(CRCS), subject_no=None,
                preferred_contact=("wechat" if U() < (.6 if age < 45 else .3) else "phone"))
    o.customers.append(cust)
    sc = o.site_cols(site)
    if channel == "hospital_referral":
        dept, dept_zh = REF_DEPT[st["short"]]
        o.ev(cust, t0, "tp_referral", "referred", channel="hospital", referring_dept=dept, 转介科室=dept_zh, **sc)
        if U() >= BOOK_P[channel]:
            return "lead"
        book = t0 + D(minutes=U(20, 240))
        sched = at_hour(weekday_on_or_after(book + D(days=U(1, 7))), 8, 10.5)
        return finish(o, cust, st, book, sched, channel)
    dev = pick({"pc": .45, "android": .3, "ios": .25} if channel == "baidu_search" else
               {"android": .55, "ios": .4, "pc": .05})
    camp = f"{st['short']}-{channel}-{t0.year}Q{(t0.month - 1) // 3 + 1}"
    o.ev(cust, t0, "tp_ad_landing", "view", channel=AD_PLATFORM[channel], device=dev, ad_campaign=camp)
    if U() >= SUBMIT_P[channel]:
        if U() < 0.02:
            o.fb(cust, t0 + D(minutes=U(5, 600)), ["questionnaire"], "wechat_group", undated=U() < 0.4)
        return "lead"
    t1 = t0 + D(minutes=U(3, 25))
    p = PASS_P[channel] * st["pass_mult"]
    if far_city:
        p *= 0.3
    ok = U() < p
    if ok:
        o.ev(cust, t1, "tp_prescreen", "pass", channel="mini_program" if dev != "pc" else "web", device=dev)
    else:
        reason = "too_far" if far_city and U() < 0.7 else pick(st["pf"])
        if age > st["age"][1] and U() < 0.8:
            reason = "age_out_of_range"
        o.ev(cust, t1, "tp_prescreen", "fail", channel="mini_program" if dev != "pc" else "web", device=dev,
             prescreen_fail_reason=reason, 预筛不合格原因=ZH[reason])
    if U() < 0.025:
        o.fb(cust, t1 + D(minutes=U(5, 120)), ["questionnaire"], "survey", rating=choice([2, 3, 3]))
    if not ok:
        return "prescreen_failed"
    t = work_after(t1, U(1, 30))
    reached = False
    for a in range(1, 4):
        if U() < REACH_P[channel]:
            reached = True
            break
        o.ev(cust, t, "tp_crc_call", "no_answer", channel="phone", call_attempt=a, call_result="no_answer",
             crc=cust["crc"])
        t = work_after(t, U(18, 30))
    if a >= 2 and U() < (0.12 if channel == "douyin" else 0.05):
        o.fb(cust, t + D(hours=U(1, 48)), ["too_many_calls"], choice(["wechat_group", "call_note"]),
             undated=U() < 0.2)
    if not reached:
        return "lead"
    if U() >= BOOK_P[channel]:
        o.ev(cust, t, "tp_crc_call", "reached", channel="phone", call_attempt=a,
             call_result=choice(["not_interested", "not_interested", "undecided"]), crc=cust["crc"])
        return "lead"
    o.ev(cust, t, "tp_crc_call", "reached", channel="phone", call_attempt=a, call_result="booked", crc=cust["crc"])
    if U() < 0.03:
        o.fb(cust, t + D(hours=U(1, 24)), ["praise_staff"], "wechat_group", tp="tp_crc_call", undated=U() < 0.4)
    book = t + D(minutes=U(1, 5))
    sched = at_hour(weekday_on_or_after(book + D(days=U(2, 12))), 8, 10.5)
    return finish(o, cust, st, book, sched, channel)


def finish(o, cust, st, book, sched, channel):
    variant = None
    if REMINDER_TEST[0] <= book < REMINDER_TEST[1]:
        variant = "sms_only" if U() < 0.5 else "crc_call"
        o.exp.append(dict(experiment_id="visit_reminder_2025q4", variant=variant, customer_id=cust["customer_id"],
                          assigned_at=book))
    return screening(o, cust, st, book, sched, channel, variant)


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    o = Out()
    n = 0
    day = START
    while day <= END:
        mm = month_mult(day)
        for st_id, st in STUDIES.items():
            if not (st["start"] <= day <= st["end"]):
                continue
            k = rng.poisson(st["online"] * 12 / 365 * mm)
            for _ in range(k):
                h = float(rng.choice([8, 10, 12, 13, 15, 19, 20, 21, 22, 23], p=[.06, .08, .12, .1, .08, .1, .14, .14,
                                                                                .12, .06]))
                t0 = day + D(hours=h, seconds=int(U(0, 3600)))
                ch = pick(st["mix"])
                n += 1
                seg = lead(o, n, st_id, t0, ch)
                o.customers[-1]["segment"] = seg
            if day.weekday() < 5:
                k = rng.poisson(st["referral"] * 12 / 261 * mm)
                for _ in range(k):
                    t0 = at_hour(day, 8.5, 16.5)
                    n += 1
                    seg = lead(o, n, st_id, t0, "hospital_referral")
                    o.customers[-1]["segment"] = seg
        day += D(days=1)
    write(out, o)


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))
    return str(v)


def write_csv(path: Path, rows: list[dict], cols: list[str] | None = None):
    if cols is None:
        cols = []
        for r in rows:
            for k in r:
                if k not in cols:
                    cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(c)) for c in cols])


def write(out: Path, o: Out):
    write_csv(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                             channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write_csv(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1],
                                          journey_name_en=j[2], step=i + 1, touchpoint_id=tp, window_days=j[3])
                                     for j in JOURNEYS for i, tp in enumerate(j[4])])
    for c in o.customers:
        c["受试者状态"] = ZH[c["segment"]]
    ccols = ["customer_id", "signup_at", "segment", "受试者状态", "region", "省份", "city", "城市", "acquisition_channel",
             "获客渠道", "study_id", "研究项目", "indication", "适应症", "site_id", "研究中心", "site", "gender", "age",
             "age_band", "distance_km", "crc", "preferred_contact", "subject_no"]
    write_csv(out / "customers.csv", o.customers, ccols)
    ev = sorted(o.events, key=lambda r: (r["ts"], r["event_id"]))
    dups = [ev[int(i)] for i in rng.choice(len(ev), 24, replace=False)]   # tracker re-sends
    ev = sorted(ev + dups, key=lambda r: (r["ts"], r["event_id"]))
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "study_id",
             "site_id", "研究中心", "site", "city", "城市", "ad_campaign", "prescreen_fail_reason", "预筛不合格原因",
             "call_attempt", "call_result", "crc", "referring_dept", "转介科室", "scheduled_at", "wait_minutes",
             "visit_outcome", "icf_version", "screen_fail_reason", "筛败原因", "visit_no", "out_of_window",
             "dropout_reason", "退出原因", "last_visit_no", "amount", "hotline_reason", "来电原因"]
    write_csv(out / "events.csv", ev, ecols)
    orders = sorted(o.orders, key=lambda r: r["ts"])
    write_csv(out / "orders.csv", orders)
    write_csv(out / "feedback.csv", o.feedback)
    write_csv(out / "experiments.csv", o.exp)
    (out / "_truth").mkdir(exist_ok=True)
    write_csv(out / "_truth" / "feedback_truth.csv", o.truth)
    print(f"customers {len(o.customers)}, events {len(ev)}, orders {len(orders)}, feedback {len(o.feedback)}, "
          f"experiments {len(o.exp)}")


if __name__ == "__main__":
    main()
