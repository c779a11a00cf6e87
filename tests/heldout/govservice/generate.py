"""临澜市 一网通办 企业专区: a city's online government service hall for business licences and permits (synthetic,
written blind).

Customers are market entities (企业 / 个体工商户) with a 法人账号 on the city's 政务服务网 (web), the 临澜办 App or the
临澜办 WeChat mini-program. An applicant reads the service guide (办事指南), either submits the application online or
books a slot (预约) at a district service hall and submits at the window (窗口收件), the case is pre-reviewed (预审);
incomplete cases get a correction notice (补正通知) and are resubmitted; food, hygiene and road-transport licences get an
on-site inspection (现场核查); the department approves or refuses (审批办结 / 不予许可); the paper certificate is picked
up at the hall window (窗口领证) or mailed by EMS (证照邮寄). Fees collected through the platform are the orders
(EMS postage, company seal engraving until the free-seal policy of 2025-07-01, hygiene testing, CA digital
certificates). 12345 hotline work orders, 好差评 post-service ratings and app-store reviews are the feedback.

Data 2024-09-01 .. 2026-07-31 (extract taken in August 2026). Naive local (Beijing) time.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (the generator's topic and sentiment per comment; not a DATA.md table).
Deterministic (seed 20260817), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260817
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 9, 1), datetime(2026, 7, 31, 23, 59, 59)
SCOPE_RULE = (datetime(2026, 3, 1), datetime(2026, 4, 1))   # new 经营范围规范表述 catalogue: registration pre-review jams
FREE_SEAL = datetime(2025, 7, 1)                            # new companies get their seal set free from this day
SPRING = [(datetime(2025, 1, 25), datetime(2025, 2, 8)), (datetime(2026, 2, 13), datetime(2026, 2, 27))]
HOLIDAYS = [(datetime(2024, 10, 1), datetime(2024, 10, 8)), (datetime(2025, 10, 1), datetime(2025, 10, 9)),
            (datetime(2025, 5, 1), datetime(2025, 5, 6)), (datetime(2026, 5, 1), datetime(2026, 5, 6))] + SPRING

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_guide", "办事指南查询", "Service guide viewed", "awareness", "web", "digital", "政务服务管理办",
     "办事指南|查指南|事项查询|首页|门户|门户访问|App首页|service guide|guide|portal visit|portal|app visit|how to apply"),
    ("tp_booking", "预约取号", "Appointment booking", "consideration", "web", "digital", "政务服务管理办",
     "预约|网上预约|预约办事|取号|约号|appointment|booking|book a slot|reservation"),
    ("tp_checkin", "到厅签到", "Hall check-in", "consideration", "store", "physical", "区政务服务中心",
     "签到|到厅|现场取号|大厅签到|check-in|arrival at the hall|hall visit|walk-in"),
    ("tp_submit", "材料提交", "Application submitted", "purchase", "web", "digital", "政务服务管理办",
     "提交|提交申请|递交材料|上传材料|申报|收件|窗口收件|submission|submit|apply|application|upload documents"),
    ("tp_prereview", "预审", "Pre-review", "purchase", "other", "digital", "审批部门",
     "预审|材料审核|初审|受理审查|pre-review|pre review|document check|vetting|intake review"),
    ("tp_correction", "补正通知", "Correction request", "purchase", "other", "digital", "审批部门",
     "补正|补齐补正|退回补正|一次性告知|材料退回|correction|correction request|correction notice|rework|RFI"),
    ("tp_onsite", "现场核查", "On-site inspection", "purchase", "other", "physical", "审批部门",
     "现场核查|现场勘验|实地核查|踏勘|site inspection|on-site check|inspection|site visit"),
    ("tp_approval", "审批办结", "Approval decision", "purchase", "other", "digital", "审批部门",
     "审批|办结|出证|许可决定|审批通过|不予许可|approval|decision|approved|licence issued|permit granted"),
    ("tp_pickup", "窗口领证", "Certificate pickup", "service", "store", "physical", "区政务服务中心",
     "领证|取证|窗口领取|拿执照|领执照|certificate pickup|pick up licence|collect licence|pickup window"),
    ("tp_mail", "证照邮寄", "Certificate mailed", "service", "other", "physical", "中国邮政EMS",
     "邮寄|寄递|快递送证|EMS|免费寄递|证照寄送|mail|mailing|postal delivery|courier|certificate delivery"),
    ("tp_rating", "好差评", "Service rating", "loyalty", "app", "digital", "政务服务管理办",
     "评价|好差评|服务评价|评价器|打分|rating|service rating|evaluation|review the service"),
    ("tp_hotline", "12345热线", "12345 hotline", "service", "phone", "digital", "12345热线中心",
     "12345|热线|市民热线|投诉电话|打电话|hotline|call center|helpline|phone complaint"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("apply", "企业办事全流程", "Licence application",
     ["tp_guide", "tp_submit", "tp_prereview", "tp_approval"], 30),
    ("hall_visit", "预约到厅", "Booked hall visit", ["tp_booking", "tp_checkin", "tp_submit"], 14),
]
ITEMS = {  # id: zh, en, dept (zh, en), weight for new entities / existing, limit days, processing days, onsite
    "company_setup": ("企业设立登记", "Company registration", ("市场监管局", "market_regulation"), 1.0, 0.0, 1,
                      (0.2, 1.25), False),
    "individual_biz": ("个体工商户登记", "Sole-proprietor registration", ("市场监管局", "market_regulation"), 0.0, 0.0, 1,
                       (0.1, 0.7), False),
    "company_change": ("企业变更登记", "Company change registration", ("市场监管局", "market_regulation"), 0.0, 0.42, 3,
                       (0.3, 2.0), False),
    "food_licence": ("食品经营许可", "Food business licence", ("市场监管局", "market_regulation"), 0.0, 0.18, 10,
                     (1.0, 4.0), True),
    "hygiene_licence": ("公共场所卫生许可", "Public-venue hygiene licence", ("卫生健康委", "health_commission"), 0.0, 0.12,
                        15, (2.0, 6.0), True),
    "construction_permit": ("建筑工程施工许可", "Construction permit", ("住房城乡建设局", "housing_construction"), 0.0, 0.15,
                            7, (2.0, 5.0), False),
    "road_transport": ("道路运输经营许可", "Road transport permit", ("交通运输局", "transport"), 0.0, 0.13, 15,
                       (3.0, 7.0), True),
}
REG_ITEMS = ("company_setup", "individual_biz", "company_change")
INDUSTRIES = {  # id: zh, weight, follow-up permit, p(follow-up)
    "catering": ("餐饮", 0.24, "food_licence", 0.85), "retail": ("批发零售", 0.22, "food_licence", 0.35),
    "hospitality": ("住宿美容", 0.10, "hygiene_licence", 0.85), "construction": ("建筑工程", 0.10,
                                                                           "construction_permit", 0.7),
    "transport": ("交通运输", 0.09, "road_transport", 0.8), "tech": ("科技服务", 0.16, None, 0.0),
    "manufacturing": ("制造业", 0.09, None, 0.0),
}
DISTRICTS = {  # en: zh, weight, hall name, pickup wait mean minutes, onsite delay days (lo, hi)
    "Donghu": ("东湖区", 0.22, "东湖区政务服务中心", 26, (1.5, 4.5)),
    "Xicheng": ("西城区", 0.19, "西城区政务服务中心", 24, (1.5, 4.5)),
    "Gaoxin": ("高新区", 0.21, "高新区政务服务中心", 52, (1.5, 4)),
    "Binjiang": ("滨江新区", 0.15, "滨江新区政务服务中心", 22, (1.5, 4.5)),
    "Beitang": ("北塘区", 0.13, "北塘区政务服务中心", 25, (6, 13)),
    "Nanshan": ("南山县", 0.10, "南山县政务服务中心", 18, (2, 5.5)),
}
ENTITY_TYPES = {"llc": "有限责任公司", "sole_proprietor": "个体工商户", "joint_stock": "股份有限公司", "branch": "分公司",
                "foreign_invested": "外商投资企业"}
SIZES = {"micro": "微型", "small": "小型", "medium": "中型", "large": "大型"}
SEGMENTS = {"new_entity": "新设主体", "existing": "存量主体", "abnormal": "经营异常"}
ACCOUNT_CH = {"web": "政务服务网", "app": "临澜办App", "mini_program": "临澜办小程序", "hall_assisted": "大厅帮办注册",
              "agency": "代办机构"}
CHANNEL_ZH = {"web": "政务服务网", "app": "临澜办App", "mini_program": "微信小程序", "hall": "大厅窗口", "phone": "12345电话"}
CORR = {"missing_docs": "材料不齐全", "signature_missing": "签字盖章缺失", "business_scope": "经营范围表述不规范",
        "address_proof": "住所证明不符合要求", "blurry_scan": "扫描件不清晰", "floor_plan": "平面布局图不符合要求",
        "health_cert": "健康证明缺失", "vehicle_docs": "车辆材料不全", "drawings": "施工图审查合格书缺失"}
CORR_W = {
    "reg": {"missing_docs": 0.26, "signature_missing": 0.2, "business_scope": 0.16, "address_proof": 0.22,
            "blurry_scan": 0.16},
    "food_licence": {"missing_docs": 0.25, "floor_plan": 0.3, "health_cert": 0.25, "blurry_scan": 0.2},
    "hygiene_licence": {"missing_docs": 0.25, "floor_plan": 0.3, "health_cert": 0.3, "blurry_scan": 0.15},
    "construction_permit": {"missing_docs": 0.35, "drawings": 0.4, "signature_missing": 0.25},
    "road_transport": {"missing_docs": 0.3, "vehicle_docs": 0.5, "blurry_scan": 0.2},
}
REJECT = {"qualification": "资质条件不符", "name_conflict": "名称近似冲突", "site_unfit": "场所不符合要求",
          "false_docs": "材料不实"}
UPLOAD_ERR = {"file_too_large": "文件过大", "format_unsupported": "格式不支持", "timeout": "上传超时"}
PAY = {"wechat_pay": "微信支付", "alipay": "支付宝", "unionpay": "银联", "corporate_transfer": "对公转账"}
FEES = {"postage": ("邮寄费", "中国邮政EMS"), "seal": ("印章刻制费", "临澜市公安局备案刻章点"),
        "hygiene_test": ("卫生检测费", "临澜市疾控检测中心"), "ca_cert": ("数字证书费", "临澜CA认证中心")}
REVIEWERS = {"market_regulation": [("刘芳", "Liu Fang"), ("张伟", "Zhang Wei"), ("王静", "Wang Jing"),
                                   ("陈磊", "Chen Lei")],
             "health_commission": [("赵敏", "Zhao Min"), ("黄涛", "Huang Tao")],
             "housing_construction": [("周强", "Zhou Qiang"), ("吴丽", "Wu Li")],
             "transport": [("郑凯", "Zheng Kai"), ("孙悦", "Sun Yue")]}
SHOPS = ["老街", "味道", "鲜达", "一品", "小满", "禾丰", "蓝湾", "知行", "云帆", "锦程", "星河", "青柠", "鼎盛", "福满",
         "优品", "山海", "润泽", "启明", "汇通", "新源", "茂林", "晨光", "瑞祥", "嘉禾"]
SUFFIX = {"catering": "餐饮管理有限公司", "retail": "商贸有限公司", "hospitality": "酒店管理有限公司",
          "construction": "建筑工程有限公司", "transport": "运输有限公司", "tech": "科技有限公司",
          "manufacturing": "制造有限公司"}

# ---------- feedback text (each topic has its own marker words; other texts have none) ----------
TOPIC_MARKERS = {
    "correction": ["补正", "correction"], "queue": ["排队", "queue"], "upload": ["上传", "upload"],
    "mail": ["邮寄", "courier"], "overdue": ["超期", "overdue"], "attitude": ["态度差", "rude"],
    "praise_online": ["方便", "convenient"], "praise_staff": ["帮办", "helpful"],
}
TEXT = {
    ("correction", "zh"): [
        "材料反复补正，来回跑了{n}趟，能不能一次性告知？", "第一次补正说经营范围不规范，改完又说别的问题，补正了{n}次才过",
        "补正通知写得太笼统，打了好几次电话才知道到底缺什么", "经营范围是按系统提示选的，结果还是被退回补正，新规则也没提前公告",
        "预审退回补正没讲清楚要改哪里，白白耽误了一个星期", "每次补正只说一个问题，折腾了{n}轮，太耗时间",
        "同一份住所证明，上次通过这次要补正，标准不统一"],
    ("correction", "en"): [
        "We were asked for a correction {n} times, each time a different issue. Please list everything at once.",
        "The correction notice was vague, we had no idea which document was wrong.",
        "Business scope wording got sent back for correction although we picked it from the system's own list.",
        "Another correction request after we fixed exactly what they asked. Very frustrating."],
    ("queue", "zh"): [
        "领个执照排队排了{m}分钟，窗口只开了两个", "取证还要现场排队，等了一个多小时", "领证窗口排队的人太多，没有叫号提醒",
        "就拿个证，排队比办业务还久", "预约了还是要排队，大厅里人挤人", "中午窗口不开，下午排队排到快下班"],
    ("queue", "en"): [
        "Waited {m} minutes in the queue just to collect the licence.", "Long queue at the pickup window, only two "
        "counters open.", "The queue to collect certificates is worse than the application itself."],
    ("upload", "zh"): [
        "小程序上传材料一直失败，提示文件过大", "上传PDF总是转圈然后失败，最后只能去电脑上弄", "手机上传身份证扫描件失败了好几次",
        "小程序里材料上传不了，换了三种格式都不行", "上传到一半就超时，前面填的全白费了"],
    ("upload", "en"): [
        "Upload keeps failing in the mini program, it says the file is too large.", "Could not upload the "
        "documents on my phone, had to borrow a PC.", "The upload times out halfway and I have to start over."],
    ("mail", "zh"): [
        "执照邮寄了{d}天才收到，说好的次日达呢", "邮寄的证照查不到物流信息，打电话也说不清", "证照邮寄太慢了，客户那边等着签合同",
        "邮寄地址填的公司，快递员非要本人签收"],
    ("mail", "en"): [
        "The courier took {d} days to deliver our licence.", "Courier tracking never updated, we did not know "
        "where the certificate was."],
    ("overdue", "zh"): [
        "已经超期好几天了还没审批下来，承诺时限形同虚设", "现场核查一直排不上，整个办件都超期了", "超期了也没人通知，打12345才知道在等核查",
        "说好的办结时间早就超期，店面租金天天在付"],
    ("overdue", "en"): [
        "Our application is overdue, way past the promised time limit.", "The case went overdue waiting for the "
        "site inspection, nobody told us why."],
    ("attitude", "zh"): [
        "窗口工作人员态度差，问两句就不耐烦", "保安和导办态度差，指错了窗口还怪我们", "工作人员态度差，材料直接扔回来"],
    ("attitude", "en"): ["Staff at the window were rude and impatient.", "The officer was rude when we asked a question."],
    ("praise_online", "zh"): [
        "全程网上办，很方便，一天就拿到执照了", "不用跑腿，手机上就办完了，方便", "电子营业执照当天就能下载，方便",
        "网上填报很方便，提示也清楚"],
    ("praise_online", "en"): [
        "Very convenient, we did everything online in one day.", "Convenient process, the e-licence was ready the "
        "same day."],
    ("praise_staff", "zh"): [
        "帮办人员很专业，一次就通过了", "帮办窗口的工作人员很耐心，手把手教填表", "帮办代办服务很贴心，少走了很多弯路"],
    ("praise_staff", "en"): ["The helpful staff at the assistance desk sorted everything out.",
                             "Very helpful officer, explained every document."],
    ("generic_pos", "zh"): ["满意", "效率挺高的，点赞", "办得很快，服务不错", "非常满意", "流程顺畅，给好评", "很好"],
    ("generic_pos", "en"): ["Fast and smooth.", "Good service.", "Satisfied.", "Quick approval, thanks."],
    ("generic_neg", "zh"): ["一般般", "流程还可以再简化", "办得太慢了", "不太满意"],
    ("generic_neg", "en"): ["Too slow overall.", "Could be simpler."],
}
HOTLINE = {
    ("correction", "zh"): ["来电人反映其{item}材料被反复补正，要求一次性告知所需材料。",
                           "来电人反映{item}预审补正意见不明确，希望审批部门电话说明。",
                           "来电投诉{item}办理中第{n}次被要求补正，认为标准前后不一。"],
    ("correction", "en"): ["Caller (foreign-invested company) complains the {item} was sent back for correction {n} "
                           "times."],
    ("upload", "zh"): ["来电人反映临澜办小程序上传申请材料失败，无法提交{item}。", "来电反映手机端上传材料报错，要求修复。"],
    ("upload", "en"): ["Caller reports the mini program upload fails for the {item} documents."],
    ("queue", "zh"): ["来电人反映{hall}领证窗口排队时间过长，建议增开窗口。", "来电投诉{hall}领证需排队一个多小时。"],
    ("queue", "en"): ["Caller complains about the queue at the {hall} certificate pickup window."],
    ("overdue", "zh"): ["来电人反映{item}已超期未办结，要求督办。", "来电反映{item}现场核查迟迟未安排，办件超期。"],
    ("overdue", "en"): ["Caller says the {item} case is overdue and asks for supervision."],
    ("mail", "zh"): ["来电人反映证照邮寄多日未收到，要求查询。"],
    ("mail", "en"): ["Caller asks where the mailed licence is, courier tracking shows nothing."],
    ("inquiry", "zh"): ["来电咨询{item}办理进度，已告知当前环节。", "来电咨询{item}所需材料，已告知办事指南。",
                        "来电咨询预约办理的时间安排，已答复。", "来电咨询企业年报填报事宜，已转市场监管局。"],
    ("inquiry", "en"): ["Caller asked about the status of the {item}; informed of the current step.",
                        "Caller asked which documents the {item} needs; pointed to the service guide."],
}
APP_REVIEW = {
    ("upload", "zh"): ["小程序上传材料总失败，差评", "上传文件限制太小了，扫描件根本传不上去"],
    ("upload", "en"): ["Upload broken on the mini program", "Document upload fails on Android"],
    ("praise_online", "zh"): ["办营业执照很方便，点个赞", "掌上办事很方便"],
    ("praise_online", "en"): ["Convenient app for business licences"],
    ("generic_pos", "zh"): ["好用", "界面清楚，好找"], ("generic_pos", "en"): ["Works well"],
    ("generic_neg", "zh"): ["老是要重新登录", "页面加载慢"], ("generic_neg", "en"): ["Keeps logging me out"],
}
NEG_TOPICS = ("correction", "queue", "upload", "mail", "overdue", "attitude", "generic_neg")


def pick(d: dict):
    keys = list(d)
    w = np.array([float(v) for v in d.values()])
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def chance(p: float) -> bool:
    return bool(rng.random() < p)


def holiday(t: datetime) -> bool:
    return any(a <= t < b for a, b in HOLIDAYS)


def workday(t: datetime) -> datetime:
    """move t to a working moment of the halls (weekday 9:00-17:00, no public holidays)."""
    while t.weekday() >= 5 or holiday(t) or t.hour >= 17:
        t = datetime(t.year, t.month, t.day, 9, 0) + D(days=1)
    if t.hour < 9:
        t = datetime(t.year, t.month, t.day, 9, 0) + D(minutes=int(rng.integers(0, 90)))
    return t


def add_workdays(t: datetime, days: float) -> datetime:
    whole = int(days)
    for _ in range(whole):
        t += D(days=1)
        while t.weekday() >= 5 or holiday(t):
            t += D(days=1)
    t += D(hours=(days - whole) * 8)
    return workday(t)


def workdays_between(a: datetime, b: datetime) -> int:
    """working days after a's date up to and including b's date."""
    n, d = 0, datetime(a.year, a.month, a.day)
    while d + D(days=1) <= b:
        d += D(days=1)
        if d.weekday() < 5 and not holiday(d):
            n += 1
    return n


def online_time(t: datetime) -> datetime:
    """an online moment on t's day (people browse 8:00-23:00)."""
    h = float(rng.choice([9, 10, 11, 14, 15, 16, 20, 21, 22], p=[.12, .14, .12, .12, .14, .12, .1, .08, .06]))
    return datetime(t.year, t.month, t.day) + D(hours=h, minutes=float(rng.uniform(0, 59)))


def text_for(topic, lang, table=TEXT, **kw):
    opts = table[(topic, lang)]
    return opts[int(rng.integers(len(opts)))].format(**kw)


# ---------- customers ----------

def month_weight(t: datetime) -> float:
    k = (t.year - 2024) * 12 + t.month - 9
    w = 1.0 + 0.015 * k
    if t.month == 3:
        w *= 1.25   # new businesses open after Spring Festival
    if any(a <= t < b for a, b in SPRING):
        w *= 0.25
    return w


DAYS = [START + D(days=i) for i in range((END - START).days + 1)]
DAY_W = np.array([month_weight(d) * (0.25 if d.weekday() >= 5 else 1.0) for d in DAYS])
DAY_P = DAY_W / DAY_W.sum()


def rand_day(lo: datetime | None = None) -> datetime:
    if lo is None:
        return DAYS[int(rng.choice(len(DAYS), p=DAY_P))]
    idx = [i for i, d in enumerate(DAYS) if d >= lo]
    if not idx:
        return END + D(days=1)
    p = DAY_P[idx] / DAY_P[idx].sum()
    return DAYS[idx[int(rng.choice(len(idx), p=p))]]


def make_customers(n: int):
    out = []
    for i in range(1, n + 1):
        seg = pick({"new_entity": 0.5, "existing": 0.45, "abnormal": 0.05})
        ind = pick({k: v[1] for k, v in INDUSTRIES.items()})
        dist = pick({k: v[1] for k, v in DISTRICTS.items()})
        if seg == "new_entity":
            etype = pick({"llc": 0.58, "sole_proprietor": 0.34, "branch": 0.03, "foreign_invested": 0.05})
        else:
            etype = pick({"llc": 0.62, "sole_proprietor": 0.2, "joint_stock": 0.05, "branch": 0.06,
                          "foreign_invested": 0.07})
        if ind in ("construction", "transport") and etype == "sole_proprietor":
            etype = "llc"
        size = ("micro" if etype == "sole_proprietor" else
                pick({"micro": 0.45, "small": 0.35, "medium": 0.15, "large": 0.05}))
        agency = chance(0.28 if etype != "sole_proprietor" else 0.08)
        acq = "agency" if agency else pick({"web": 0.42, "app": 0.25, "mini_program": 0.2, "hall_assisted": 0.13})
        lang = "en" if etype == "foreign_invested" and chance(0.7) else "zh"
        pref = pick({"web": 0.45, "app": 0.3, "mini_program": 0.25})
        if acq in ("web", "app", "mini_program") and chance(0.6):
            pref = acq
        c = dict(customer_id=f"E{i:06d}", seg=seg, ind=ind, dist=dist, etype=etype, size=size, agency=agency,
                 acq=acq, lang=lang, pref=pref, hall_pref=(0.45 if etype == "sole_proprietor" else 0.28))
        if seg == "new_entity":
            c["first"] = rand_day()
            c["signup"] = c["first"] - D(days=float(rng.uniform(0, 20)), hours=float(rng.uniform(0, 12)))
        else:
            c["first"] = rand_day()
            c["signup"] = datetime(2019, 1, 1) + D(days=float(rng.uniform(0, (c["first"] - datetime(2019, 1, 1))
                                                                            .days)))
        c["signup"] = max(c["signup"], datetime(2018, 6, 1))
        c["established"] = (c["first"] + D(days=2) if seg == "new_entity"
                            else datetime(2008, 1, 1) + D(days=float(rng.uniform(0, 5800))))
        c["credit"] = ("C" if seg == "abnormal" else pick({"A": 0.55, "B": 0.4, "C": 0.05}))
        c["name"] = (SHOPS[int(rng.integers(len(SHOPS)))] + SHOPS[int(rng.integers(len(SHOPS)))] +
                     ("个体店" if etype == "sole_proprietor" else SUFFIX[ind]))
        c["capital"] = (0 if etype == "sole_proprietor" else
                        int(rng.choice([10, 30, 50, 100, 200, 500, 1000, 5000], p=[.12, .14, .2, .24, .12, .1, .05, .03])))
        out.append(c)
    return out


# ---------- cases ----------

EVENTS, ORDERS, FEEDBACK, TRUTH = [], [], [], []
CASE_NO = [0]
ORDER_NO = [0]


def ev(c, ts, tp, action, session, device, channel, **extra):
    if ts > END:
        return
    EVENTS.append(dict(customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, session_id=session, action=action,
                       device=device, channel=channel, **extra))


def order(c, ts, fee, amount, status, case_no, channel, device, item):
    if ts > END:
        return None
    ORDER_NO[0] += 1
    pay = pick({"wechat_pay": 0.5, "alipay": 0.3, "unionpay": 0.1, "corporate_transfer": 0.1}) if channel != "store" \
        else pick({"wechat_pay": 0.4, "alipay": 0.2, "unionpay": 0.4})
    ORDERS.append(dict(order_id=f"PAY{ORDER_NO[0]:07d}", customer_id=c["customer_id"], ts=ts, amount=amount,
                       status=status, channel=channel, device=device, fee_type=fee, 费用类型=FEES[fee][0],
                       payee=FEES[fee][1], case_no=case_no, service_item=item, 办理事项=ITEMS[item][0],
                       pay_method=pay, 支付方式=PAY[pay]))
    return len(ORDERS) - 1


def fb(c, ts, tp, channel, text, topic, lang, rating=None, **extra):
    if ts is not None and ts > END:
        return
    fid = f"FB{len(FEEDBACK) + 1:06d}"
    FEEDBACK.append(dict(feedback_id=fid, ts=ts, customer_id=c["customer_id"] if c else None, touchpoint_id=tp,
                         channel=channel, rating=rating, text=text, language=lang, **extra))
    TRUTH.append(dict(feedback_id=fid, topic=topic, sentiment="negative" if topic in NEG_TOPICS
                      else ("neutral" if topic == "inquiry" else "positive")))


def device_for(channel):
    if channel == "web":
        return "pc"
    if channel in ("app", "mini_program"):
        return "ios" if chance(0.36) else "android"
    return None


def hotline(c, ts, topic, item, hall, n=2):
    if ts > END:
        return
    lang = c["lang"]
    no = f"12345-{ts:%Y%m%d}-{int(rng.integers(10000, 99999))}"
    kind = "inquiry" if topic == "inquiry" else "complaint"
    ev(c, ts, "tp_hotline", "call", no, None, "phone", call_type=kind, 诉求类型="咨询" if kind == "inquiry" else "投诉",
       hotline_ticket=no)
    tp = {"correction": "tp_correction", "upload": "tp_submit", "queue": "tp_pickup", "overdue": "tp_approval",
          "mail": "tp_mail", "inquiry": "tp_hotline"}[topic]
    if topic == "overdue" and ITEMS[item][7]:
        tp = "tp_onsite"
    text = text_for(topic, lang, HOTLINE, item=ITEMS[item][0] if lang == "zh" else ITEMS[item][1].lower(),
                    hall=hall if lang == "zh" else c["dist"] + " hall", n=n)
    fb(c, ts + D(minutes=float(rng.uniform(3, 15))), tp, "hotline", text, topic, lang, hotline_ticket=no,
       call_type=kind, 诉求类型="咨询" if kind == "inquiry" else "投诉", service_item=item, district=c["dist"],
       所属区=DISTRICTS[c["dist"]][0])


def run_case(c, item, t0):
    """one application case from the guide to the certificate; returns the time it ended (or None)."""
    CASE_NO[0] += 1
    case = f"LL{t0:%Y%m%d}{CASE_NO[0]:05d}"
    dist = DISTRICTS[c["dist"]]
    hall = dist[2]
    hall_en = f"{c['dist']} Service Center"
    dept_zh, dept = ITEMS[item][2]
    lang = c["lang"]
    base = dict(service_item=item, 办理事项=ITEMS[item][0], dept=dept, 部门=dept_zh, case_no=case, district=c["dist"],
                所属区=dist[0])
    at_hall = chance(c["hall_pref"] * (0.5 if c["agency"] else 1.0))
    # guide views
    views = at_hall and chance(0.25)
    t = online_time(t0)
    gch = c["pref"] if chance(0.8) else pick({"web": 0.45, "app": 0.3, "mini_program": 0.25})
    if not views:
        sess = f"S{int(rng.integers(10**9, 10**10))}"
        for k in range(int(rng.choice([1, 1, 2, 3]))):
            ev(c, t + D(minutes=3 * k), "tp_guide", "view", sess, device_for(gch), gch, service_item=item,
               办理事项=ITEMS[item][0], page="办事指南")
    # browse-only (no application)
    p_leave = {"web": 0.24, "app": 0.26, "mini_program": 0.38}[gch] if not at_hall else 0.1
    if chance(p_leave):
        return None
    if item == "hygiene_licence":      # a lab test report is needed before applying
        order(c, t + D(days=float(rng.uniform(1, 5))), "hygiene_test", float(rng.choice([680, 980, 1280, 1680])),
              "paid", case, "web", "pc", item)
    mail = chance(0.45 + 0.12 * (t0 >= datetime(2025, 9, 1)))
    post_order = None
    # submission
    if at_hall:
        bch = pick({"web": 0.35, "app": 0.3, "mini_program": 0.2, "phone": 0.15})
        tb = t + D(hours=float(rng.uniform(0.1, 30)))
        slot = workday(add_workdays(datetime(tb.year, tb.month, tb.day, 9), int(rng.integers(1, 6))) +
                       D(hours=float(rng.uniform(0, 6.5))))
        bno = f"YY{tb:%Y%m%d}{int(rng.integers(1000, 9999))}"
        ev(c, tb, "tp_booking", "booked", bno, device_for(bch), bch, booking_no=bno, hall=hall_en, 大厅=hall,
           slot_at=slot.strftime("%Y-%m-%d %H:%M"), **base)
        r = rng.random()
        if r < 0.06:
            ev(c, tb + D(hours=float(rng.uniform(1, 40))), "tp_booking", "cancelled", bno, device_for(bch), bch,
               booking_no=bno, hall=hall_en, 大厅=hall, **base)
            return None
        if r < 0.15:
            ev(c, slot + D(minutes=30), "tp_booking", "no_show", bno, None, "store", booking_no=bno, hall=hall,
               大厅=hall, **base)
            return None
        wait = int(max(1, rng.gamma(2.0, 6.0)))
        ev(c, slot, "tp_checkin", "checked_in", bno, None, "store", booking_no=bno, hall=hall_en, 大厅=hall,
           wait_minutes=wait, **base)
        ts = slot + D(minutes=wait + float(rng.uniform(8, 25)))
        sch, sdev, fails = "hall", None, 0
        ev(c, ts, "tp_submit", "submitted", case, None, "store", submit_channel="hall", 提交渠道="大厅窗口",
           window_no=f"{int(rng.integers(1, 13))}号窗口", delivery_method="ems" if mail else "pickup",
           agency=c["agency"] and "yes" or "no", materials=int(rng.integers(4, 12)), **base)
    else:
        sch = gch
        if chance(0.12):
            sch = pick({"web": 0.5, "app": 0.25, "mini_program": 0.25})
        ts = t + D(hours=float(rng.uniform(0.2, 60)))
        fails = 0
        while True:
            sdev = device_for(sch)
            pf = {"web": 0.04, "app": 0.07, "mini_program": 0.42}[sch]
            if chance(pf):
                fails += 1
                err = pick({"file_too_large": 0.6, "format_unsupported": 0.25, "timeout": 0.15}) \
                    if sch == "mini_program" else pick({"file_too_large": 0.2, "format_unsupported": 0.3,
                                                         "timeout": 0.5})
                ev(c, ts, "tp_submit", "upload_failed", case, sdev, sch, submit_channel=sch, 提交渠道=CHANNEL_ZH[sch],
                   upload_error=err, 上传错误=UPLOAD_ERR[err], **base)
                if fails >= 2 and chance(0.12):
                    hotline(c, ts + D(hours=float(rng.uniform(1, 30))), "upload", item, hall)
                if chance(0.2 if sch == "mini_program" else 0.1) and fails == 1:
                    fb(None, None if chance(0.3) else ts + D(hours=1), "tp_submit", "app_review",
                       text_for("upload", lang, APP_REVIEW), "upload", lang,
                       rating=int(rng.choice([1, 1, 2])), device=sdev, store=("App Store" if sdev == "ios" else
                                                                             pick({"华为应用市场": .5, "小米应用商店": .3,
                                                                                   "应用宝": .2})))
                r = rng.random()
                if fails >= 3 or r < (0.45 if sch == "mini_program" else 0.34):
                    return None          # gave up
                if r < 0.65:
                    sch = "web"          # switched to a PC
                ts += D(minutes=float(rng.uniform(5, 600)))
                continue
            break
        ev(c, ts, "tp_submit", "submitted", case, sdev, sch, submit_channel=sch, 提交渠道=CHANNEL_ZH[sch],
           delivery_method="ems" if mail else "pickup", agency=c["agency"] and "yes" or "no",
           materials=int(rng.integers(4, 12)), **base)
    first_submit = ts
    och = "store" if sch == "hall" else sch      # the DATA.md channel of the hall window
    if mail:
        amt = 18.0 if c["dist"] == "Nanshan" else 15.0
        if chance(0.04):
            order(c, ts + D(minutes=2), "postage", amt, "cancelled", case, och, sdev, item)
        post_order = order(c, ts + D(minutes=5), "postage", amt, "paid", case, och, sdev, item)
    if item in ("construction_permit", "road_transport") and chance(0.55):
        order(c, ts + D(minutes=8), "ca_cert", 300.0, "paid", case, och, sdev, item)
    # pre-review and corrections
    rounds = 0
    reviewer = REVIEWERS[dept][int(rng.integers(len(REVIEWERS[dept])))]
    jam = item in REG_ITEMS and SCOPE_RULE[0] <= ts < SCOPE_RULE[1]
    while True:
        tr = ts + D(minutes=float(rng.uniform(15, 45))) if sch == "hall" else \
            add_workdays(workday(ts), float(rng.uniform(0.1, 1.6)))
        if rounds == 0:
            p_pass = 0.78 if item in REG_ITEMS else 0.68
            if c["agency"]:
                p_pass += 0.12
            if sch == "hall":
                p_pass += 0.06
            if jam:
                p_pass -= 0.34
        else:
            p_pass = 0.82 - (0.2 if jam else 0.0)
        if c["seg"] == "abnormal":
            p_pass -= 0.1
        passed = chance(p_pass)
        ev(c, tr, "tp_prereview", "passed" if passed else "returned", case, None, "other", review_round=rounds + 1,
           reviewer=reviewer[1], 审核人=reviewer[0], **base)
        if passed:
            break
        rounds += 1
        kind = item if item not in REG_ITEMS else "reg"
        w = dict(CORR_W[kind])
        if jam and "business_scope" in w:
            w["business_scope"] = 2.2
        reason = pick(w)
        ev(c, tr + D(minutes=2), "tp_correction", "notified", case, None, "other", correction_round=rounds,
           correction_reason=reason, 补正原因=CORR[reason], reviewer=reviewer[1], 审核人=reviewer[0], **base)
        if chance((0.18 if rounds >= 2 else 0.02) + (0.12 if jam else 0.0)):
            hotline(c, tr + D(hours=float(rng.uniform(1, 48))), "correction", item, hall, n=rounds)
        if chance(0.1 + 0.05 * rounds) or rounds >= 4:
            if post_order is not None and tr < END:
                o = ORDERS[post_order]
                ORDERS[post_order] = dict(o, status="refunded")
            return None                  # the case lapsed
        ts = tr + D(days=float(rng.uniform(0.5, 3 if c["agency"] else 7)))
        if sch == "hall":
            ts = workday(ts)
        ev(c, ts, "tp_submit", "resubmitted", case, sdev, och, submit_channel=sch, 提交渠道=CHANNEL_ZH[sch],
           delivery_method="ems" if mail else "pickup", agency=c["agency"] and "yes" or "no", **base)
    accepted = tr                        # 受理: the pre-review that passed; the time limit runs from here
    t_ready = tr
    # on-site inspection
    onsite_late = False
    if ITEMS[item][7]:
        lo, hi = DISTRICTS[c["dist"]][4]
        delay = float(rng.uniform(lo, hi))
        onsite_late = delay > 7
        ti = add_workdays(tr, delay)
        ok = chance(0.86)
        inspector = reviewer
        ev(c, ti, "tp_onsite", "passed" if ok else "rectify", case, None, "other", inspector=inspector[1],
           核查人员=inspector[0], days_waited=round((ti - tr).total_seconds() / 86400, 1), hall=hall_en, 大厅=hall,
           **base)
        if not ok:
            ti = add_workdays(ti, float(rng.uniform(4, 9)))
            ev(c, ti, "tp_onsite", "passed", case, None, "other", inspector=inspector[1], 核查人员=inspector[0],
               days_waited=None, hall=hall_en, 大厅=hall, **base)
        t_ready = ti
    lo, hi = ITEMS[item][6]
    ta = add_workdays(t_ready, float(rng.uniform(lo, hi)))
    limit = ITEMS[item][5]
    elapsed = (ta - accepted).total_seconds() / 86400
    wdays = workdays_between(accepted, ta)
    overdue = wdays > limit                  # the promised limit is in working days from acceptance
    rej_p = 0.04 + (0.1 if c["seg"] == "abnormal" else 0.0)
    approved = not chance(rej_p)
    rr = None if approved else pick({"qualification": 0.35, "name_conflict": 0.25 if item in REG_ITEMS else 0.0,
                                     "site_unfit": 0.0 if item in REG_ITEMS else 0.35, "false_docs": 0.15})
    ev(c, ta, "tp_approval", "approved" if approved else "rejected", case, None, "other",
       accepted_at=accepted.strftime("%Y-%m-%d %H:%M:%S"), limit_days=limit, elapsed_days=round(elapsed, 1),
       elapsed_workdays=wdays, overdue="yes" if overdue else "no",
       是否超期="是" if overdue else "否", reject_reason=rr, 不予许可原因=REJECT.get(rr), reviewer=reviewer[1],
       审核人=reviewer[0], **base)
    if overdue and chance(0.12):
        hotline(c, ta - D(days=float(rng.uniform(0.5, 2))), "overdue", item, hall)
    if not approved:
        if post_order is not None and ta <= END:
            o = ORDERS[post_order]
            ORDERS[post_order] = dict(o, status="refunded")
        if chance(0.3):
            fb(c, ta + D(days=1), "tp_approval", "rating", text_for("generic_neg", lang), "generic_neg", lang,
               rating=int(rng.choice([1, 1, 2])), rating_source="sms", 评价渠道="短信评价", case_no=case,
               service_item=item, district=c["dist"],
       所属区=DISTRICTS[c["dist"]][0])
        return ta
    if item == "company_setup" and ta < FREE_SEAL and chance(0.72):
        order(c, ta + D(hours=float(rng.uniform(1, 48))), "seal", 160.0, "paid", case, och, sdev, item)
    # certificate
    wait = None
    mail_days = None
    if mail:
        tship = add_workdays(ta, float(rng.uniform(0.2, 1.0)))
        trk = f"EMS{int(rng.integers(10**9, 10**10))}CN"
        ev(c, tship, "tp_mail", "shipped", case, None, "other", tracking_no=trk, courier="EMS", **base)
        mail_days = float(rng.uniform(0.6, 2.5) + (rng.uniform(1.0, 3.0) if c["dist"] == "Nanshan" else 0) +
                          (rng.uniform(2, 6) if chance(0.06) else 0))
        tdel = tship + D(days=mail_days)
        ev(c, tdel, "tp_mail", "delivered", case, None, "other", tracking_no=trk, courier="EMS",
           days_in_transit=round(mail_days, 1), **base)
        tend = tdel
    else:
        tp_ = workday(ta + D(days=float(rng.exponential(3.0))))
        mean = DISTRICTS[c["dist"]][3]
        wait = int(max(2, rng.gamma(2.2, mean / 2.2)))
        ev(c, tp_, "tp_pickup", "picked_up", case, None, "store", hall=hall_en, 大厅=hall,
           window_no=f"{int(rng.integers(1, 6))}号领证窗口", wait_minutes=wait, **base)
        tend = tp_ + D(minutes=wait + 5)
    if tend > END:
        return tend
    # 好差评
    if chance(0.42):
        s = 4.7 - 0.9 * (rounds >= 2) - 0.35 * (rounds == 1) - 1.3 * overdue - 0.5 * (fails > 0)
        s -= 1.4 * (wait is not None and wait > 60) + 0.4 * (wait is not None and 35 < wait <= 60)
        s -= 1.2 * (mail_days is not None and mail_days > 4)
        rating = int(min(5, max(1, round(s + rng.normal(0, 0.6)))))
        issues = []
        if rounds >= 2 or (rounds == 1 and chance(0.3)):
            issues.append(("correction", "tp_correction"))
        if overdue:
            issues.append(("overdue", "tp_onsite" if onsite_late else "tp_approval"))
        if wait is not None and wait > 45:
            issues.append(("queue", "tp_pickup"))
        if mail_days is not None and mail_days > 4:
            issues.append(("mail", "tp_mail"))
        if fails:
            issues.append(("upload", "tp_submit"))
        if rating <= 3 and issues:
            topic, tp = issues[int(rng.integers(len(issues)))]
        elif rating <= 2 and chance(0.3) and sch == "hall":
            topic, tp = "attitude", "tp_checkin"
        elif rating <= 3:
            topic, tp = "generic_neg", "tp_approval"
        else:
            r = rng.random()
            if r < 0.3 and sch != "hall":
                topic, tp = "praise_online", "tp_submit"
            elif r < 0.45 and (sch == "hall" or c["agency"]):
                topic, tp = "praise_staff", "tp_checkin"
            else:
                topic, tp = "generic_pos", "tp_approval"
        if topic == "queue" and chance(0.12):
            tp = "tp_checkin"
        src = pick({"sms": 0.45, "app": 0.3, "device": 0.25}) if sch != "hall" else \
            pick({"device": 0.7, "sms": 0.3})
        paper = sch == "hall" and chance(0.12)
        text = text_for(topic, lang, n=max(2, rounds), m=wait or 60, d=round(mail_days or 5))
        tr_ = tend + D(minutes=float(rng.uniform(2, 600)))
        ev(c, tr_ if not paper else tend + D(minutes=1), "tp_rating", "rated", case, sdev if src == "app" else None,
           "app" if src == "app" else ("store" if src == "device" or paper else "other"), rating=rating, **base)
        fb(c, None if paper else tr_, tp, "rating", text, topic, lang, rating=rating,
           rating_source="paper_card" if paper else src,
           评价渠道={"sms": "短信评价", "app": "App评价", "device": "窗口评价器", "paper_card": "纸质评价卡"}[
               "paper_card" if paper else src], case_no=case, service_item=item, district=c["dist"],
       所属区=DISTRICTS[c["dist"]][0])
    elif wait is not None and wait > 70 and chance(0.1):
        hotline(c, tend + D(hours=2), "queue", item, hall)
    elif mail_days is not None and mail_days > 4.5 and chance(0.25):
        hotline(c, tend - D(days=1), "mail", item, hall)
    if chance(0.05):
        hotline(c, first_submit + D(days=float(rng.uniform(0.5, 4))), "inquiry", item, hall)
    return tend


def run_customer(c):
    t = c["first"]
    if c["seg"] == "new_entity":
        item = "individual_biz" if c["etype"] == "sole_proprietor" else "company_setup"
        end = run_case(c, item, t)
        if end is None:
            if chance(0.35):          # came back later and finished
                run_case(c, item, t + D(days=float(rng.uniform(3, 40))))
            return
        follow, p = INDUSTRIES[c["ind"]][2], INDUSTRIES[c["ind"]][3]
        if follow and chance(p):
            e2 = run_case(c, follow, end + D(days=float(rng.uniform(3, 35))))
            end = e2 or end
        if chance(0.12):
            run_case(c, "company_change", end + D(days=float(rng.uniform(60, 300))))
        return
    n = 1 + int(rng.poisson(0.5))
    for _ in range(n):
        follow = INDUSTRIES[c["ind"]][2]
        w = {"company_change": 0.55}
        if follow:
            w[follow] = 0.45
        item = pick(w)
        if c["etype"] == "sole_proprietor" and item == "company_change":
            item = follow or "company_change"
        run_case(c, item, t)
        t = t + D(days=float(rng.uniform(30, 400)))
        if t > END:
            break


def extra_feedback():
    """app-store reviews not tied to a case (some without ts) and hotline inquiries from unknown callers."""
    for _ in range(170):
        lang = "en" if chance(0.07) else "zh"
        topic = pick({"praise_online": 0.3, "generic_pos": 0.3, "generic_neg": 0.25, "upload": 0.15})
        dev = "ios" if chance(0.35) else "android"
        rating = {"praise_online": 5, "generic_pos": int(rng.choice([4, 5])), "generic_neg": int(rng.choice([2, 3])),
                  "upload": int(rng.choice([1, 2]))}[topic]
        ts = None if chance(0.35) else rand_day() + D(hours=float(rng.uniform(8, 23)))
        tp = "tp_submit" if topic == "upload" else "tp_guide"
        fb(None, ts, tp, "app_review", text_for(topic, lang, APP_REVIEW), topic, lang, rating=rating, device=dev,
           store="App Store" if dev == "ios" else pick({"华为应用市场": .5, "小米应用商店": .3, "应用宝": .2}))


def write(path: Path, rows, cols=None):
    cols = cols or list(dict.fromkeys(k for r in rows for k in r))
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            out = []
            for k in cols:
                v = r.get(k)
                if isinstance(v, datetime):
                    v = v.strftime("%Y-%m-%d %H:%M:%S")
                elif isinstance(v, bool):
                    v = "yes" if v else "no"
                elif isinstance(v, float) and k in ("amount",):
                    v = f"{v:.2f}"
                out.append("" if v is None else v)
            w.writerow(out)


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    customers = make_customers(8000)
    for c in customers:
        run_customer(c)
    extra_feedback()
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write(out / "touchpoints.csv", tps)
    js = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k,
               touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3], 1)]
    write(out / "journeys.csv", js)
    crow = []
    for c in customers:
        crow.append(dict(customer_id=c["customer_id"], signup_at=c["signup"].replace(microsecond=0),
                         segment=c["seg"], 主体状态=SEGMENTS[c["seg"]], region=c["dist"], 所属区=DISTRICTS[c["dist"]][0],
                         acquisition_channel=c["acq"], 注册渠道=ACCOUNT_CH[c["acq"]], tier=c["size"],
                         企业规模=SIZES[c["size"]], industry=c["ind"], 行业=INDUSTRIES[c["ind"]][0],
                         entity_type=c["etype"], 主体类型=ENTITY_TYPES[c["etype"]], company_name=c["name"],
                         registered_capital_wan=c["capital"], established_on=c["established"].date().isoformat(),
                         credit_level=c["credit"], uses_agency="yes" if c["agency"] else "no",
                         preferred_language=c["lang"]))
    write(out / "customers.csv", crow)
    EVENTS.sort(key=lambda e: (e["ts"], e["customer_id"]))
    for i, e in enumerate(EVENTS, 1):
        e["event_id"] = f"EV{i:07d}"
    dup_idx = rng.choice(len(EVENTS), 35, replace=False)
    rows = EVENTS + [EVENTS[int(i)] for i in dup_idx]          # exact re-sent rows (gateway retries)
    first = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel"]
    cols = first + [k for k in dict.fromkeys(k for r in EVENTS for k in r) if k not in first]
    write(out / "events.csv", rows, cols)
    ORDERS.sort(key=lambda o: o["ts"])
    write(out / "orders.csv", ORDERS)
    FEEDBACK.sort(key=lambda f: (f["ts"] is None, f["ts"] or END, f["feedback_id"]))
    fcols = ["feedback_id", "ts", "customer_id", "touchpoint_id", "channel", "rating", "text"]
    fcols += [k for k in dict.fromkeys(k for r in FEEDBACK for k in r) if k not in fcols]
    write(out / "feedback.csv", FEEDBACK, fcols)
    write(out / "_truth" / "feedback_truth.csv", TRUTH)
    print(f"customers {len(crow)}, events {len(EVENTS)} (+{len(dup_idx)} dup), orders {len(ORDERS)}, "
          f"feedback {len(FEEDBACK)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
