"""Synthetic data for 途签 WayVisa, a visa application agency with offices in Shanghai (静安), Beijing (朝阳) and
Taipei (信义) plus an online service for customers anywhere in mainland China.

    python generate.py OUTDIR

Writes a DATA.md dataset folder (touchpoints, journeys, customers, events, orders, feedback, experiments as CSV)
plus OUTDIR/_truth/feedback_truth.csv (the topic and sentiment each comment was written from; not a DATA.md table,
used by gold.py only). Fixed seed, numpy + stdlib only, deterministic, a few seconds of CPU. Data covers
2025-03-01 .. 2026-08-31 (naive local time: UTC+8 in all three cities). See README.md for the planted patterns.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260831
rng = np.random.default_rng(SEED)

START = datetime(2025, 3, 1)
END = datetime(2026, 8, 31, 23, 59, 59)
NDAYS = (END.date() - START.date()).days + 1
TWD = 0.225  # CNY per TWD, the fixed rate finance uses for group reporting

# planted windows
SLOT_OUTAGE = (datetime(2026, 4, 1), datetime(2026, 5, 1))      # Schengen visa-centre booking system migration
EMS_SWITCH = datetime(2026, 5, 1)                                # online customers' passports returned by EMS
AB_WINDOW = (datetime(2025, 9, 1), datetime(2026, 1, 1))       # express bundle price A/B test
SCHENGEN = ("FR", "IT", "DE", "ES", "CH")


_BUF = rng.random(2_000_000).tolist()
_pos = [0]


def R() -> float:
    i = _pos[0]
    _pos[0] = i + 1
    return _BUF[i]


def pick(options, weights=None):
    if weights is None:
        return options[int(R() * len(options))]
    r = R() * sum(weights)
    acc = 0.0
    for o, w in zip(options, weights):
        acc += w
        if r < acc:
            return o
    return options[-1]


def U(a: float, b: float) -> float:
    return a + (b - a) * R()


def days(x: float) -> timedelta:
    return timedelta(seconds=float(x) * 86400)


def hours(x: float) -> timedelta:
    return timedelta(seconds=float(x) * 3600)


def mins(x: float) -> timedelta:
    return timedelta(seconds=float(x) * 60)


def office_hours(t: datetime) -> datetime:
    """move a time into 9:30-18:00 on the same or next day (offices and visa centres)."""
    h = t.hour + t.minute / 60
    if h < 9.5:
        return datetime(t.year, t.month, t.day) + hours(U(9.5, 12))
    if h > 18:
        return datetime(t.year, t.month, t.day) + days(1) + hours(U(9.5, 12))
    return t


def weekday_only(t: datetime) -> datetime:
    while t.weekday() >= 5:
        t += days(1)
    return t


# ---------------------------------------------------------------- reference data
OFFICES = {
    "SH01": dict(zh="上海静安办公室", en="Shanghai Jing'an office", region="shanghai"),
    "BJ01": dict(zh="北京朝阳办公室", en="Beijing Chaoyang office", region="beijing"),
    "TP01": dict(zh="台北信义办公室", en="Taipei Xinyi office", region="taipei"),
    "ONLINE": dict(zh="线上服务中心", en="Online service", region=None),
}
ADVISORS = {"SH01": [f"ADV-SH{i:02d}" for i in range(1, 9)], "BJ01": [f"ADV-BJ{i:02d}" for i in range(1, 7)],
            "TP01": [f"ADV-TP{i:02d}" for i in range(1, 6)], "ONLINE": [f"ADV-OL{i:02d}" for i in range(1, 7)]}
DEST = {  # code: zh, en, consular fee CNY (visitor), centre brand, decision days (lo, hi)
    "FR": ("法国", "France", 700, "TLScontact", (7, 15)),
    "IT": ("意大利", "Italy", 700, "VFS Global", (8, 16)),
    "DE": ("德国", "Germany", 700, "TLScontact", (8, 18)),
    "ES": ("西班牙", "Spain", 700, "BLS", (7, 14)),
    "CH": ("瑞士", "Switzerland", 700, "VFS Global", (7, 12)),
    "UK": ("英国", "the UK", 1150, "VFS Global", (12, 21)),
    "US": ("美国", "the US", 1330, "consulate", (0, 3)),
    "AU": ("澳大利亚", "Australia", 900, "AVAC", (14, 32)),
    "CA": ("加拿大", "Canada", 900, "VFS Global", (18, 40)),
    "NZ": ("新西兰", "New Zealand", 1000, "VFS Global", (14, 26)),
}
DEST_TW = {"FR": "法國", "IT": "義大利", "DE": "德國", "ES": "西班牙", "CH": "瑞士", "UK": "英國", "US": "美國",
           "AU": "澳洲", "CA": "加拿大", "NZ": "紐西蘭"}
SERVICE_FEE = {"tourist": 599, "business": 799, "student": 2999, "family": 1299, "work": 2599}
SERVICE_FEE_US_UK = {"tourist": 899, "business": 999}
STUDENT_FEE = {"UK": 4200, "US": 2600, "AU": 9300, "CA": 800, "FR": 700}  # consular fees for study visas, CNY
EXPRESS_FEE = {"UK": 4200, "FR": 880, "IT": 880, "DE": 880, "ES": 880, "CH": 880}
ETA = {  # product: destination, fee TWD (service incl. government fee)
    "ESTA": ("US", 1490), "UK_ETA": ("UK", 1290), "K_ETA": ("KR", 890), "NZETA": ("NZ", 1190),
}
CITIES = {
    "shanghai": ["上海"], "beijing": ["北京"], "taipei": ["台北", "新北", "桃园"],
    "other_cn": ["杭州", "南京", "苏州", "成都", "武汉", "广州", "深圳", "天津", "西安", "重庆"],
}
CITY_EN = {"上海": "Shanghai", "北京": "Beijing", "台北": "Taipei", "新北": "New Taipei", "桃园": "Taoyuan",
           "杭州": "Hangzhou", "南京": "Nanjing", "苏州": "Suzhou", "成都": "Chengdu", "武汉": "Wuhan",
           "广州": "Guangzhou", "深圳": "Shenzhen", "天津": "Tianjin", "西安": "Xi'an", "重庆": "Chongqing"}
ACQ_CN = (["xiaohongshu", "baidu", "wechat", "referral", "walk_in", "ctrip_partner", "douyin"],
          [0.24, 0.12, 0.19, 0.17, 0.08, 0.12, 0.08])
ACQ_TW = (["google", "facebook", "line", "referral", "walk_in", "study_fair"], [0.3, 0.14, 0.2, 0.2, 0.06, 0.1])
PAY_P = {"xiaohongshu": 0.30, "douyin": 0.52, "baidu": 0.60, "wechat": 0.64, "referral": 0.78, "walk_in": 0.74,
         "ctrip_partner": 0.62, "corporate_sales": 0.93, "google": 0.62, "facebook": 0.58, "line": 0.66,
         "study_fair": 0.72}
EXPAT_COUNTRIES = (["IN", "RU", "PH", "ID", "BR", "NG", "VN", "PK"], [0.3, 0.2, 0.14, 0.1, 0.08, 0.06, 0.07, 0.05])
COMPANIES = ["上海恒睿投资", "中瑞精密仪器", "博远医药", "嘉禾国际物流", "华信咨询", "启明汽车零部件", "鼎泰贸易",
             "星河互动科技", "云杉软件", "北京正衡律师事务所", "德盛机械", "明诚会展"]
AMS = ["AM-SH1", "AM-SH2", "AM-BJ1", "AM-BJ2"]

SEASON = {1: 1.05, 2: 0.7, 3: 0.85, 4: 1.0, 5: 1.1, 6: 1.2, 7: 1.25, 8: 1.1, 9: 1.05, 10: 0.8, 11: 0.9, 12: 1.1}
STUDENT_SEASON = {1: 0.5, 2: 0.4, 3: 0.6, 4: 0.9, 5: 1.6, 6: 2.2, 7: 2.4, 8: 1.4, 9: 0.6, 10: 0.5, 11: 0.6, 12: 0.7}
ETA_SEASON = {1: 1.3, 2: 1.1, 3: 0.8, 4: 0.9, 5: 0.9, 6: 1.3, 7: 1.5, 8: 1.2, 9: 0.9, 10: 1.0, 11: 0.8, 12: 1.2}
DAYS = [START.date() + timedelta(days=i) for i in range(NDAYS)]


def _w(table, d: date, holiday=True):
    w = table[d.month]
    if holiday:
        # National Day golden week and Spring Festival: applications 3-8 weeks before
        for hd in (date(2025, 10, 1), date(2026, 2, 17)):
            k = (hd - d).days
            if 21 <= k <= 56:
                w *= 1.35
    return w


DAY_W = {k: np.array([_w(t, d, k == "main") for d in DAYS]) for k, t in
         (("main", SEASON), ("student", STUDENT_SEASON), ("eta", ETA_SEASON))}
for k in DAY_W:
    DAY_W[k] = DAY_W[k] / DAY_W[k].sum()


def sample_day(kind: str, lo: date | None = None) -> datetime:
    w = DAY_W[kind]
    if lo is not None:
        w = w.copy()
        w[: max(0, (lo - START.date()).days)] = 0
        w = w / w.sum()
    i = min(NDAYS - 1, int(np.searchsorted(np.cumsum(w), R() * w.sum())))
    return datetime.combine(DAYS[i], datetime.min.time())


# ---------------------------------------------------------------- touchpoints and journeys
TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_product_page", "签证产品页", "Visa product page", "awareness", "web", "digital", "growth",
     "产品页|详情页|签证页面|visa page|landing page"),
    ("tp_visa_quiz", "在线签证评估", "Online visa eligibility check", "consideration", "web", "digital", "growth",
     "评估|自测|测评|eligibility check|visa quiz"),
    ("tp_consult_booking", "预约顾问", "Advisor booking", "consideration", "web", "digital", "advisory",
     "约顾问|预约咨询|book a consultation"),
    ("tp_consult", "顾问咨询", "Advisor consultation", "consideration", "store", "physical", "advisory",
     "咨询|面谈|签证咨询|consultation|consult"),
    ("tp_checklist", "材料清单", "Document checklist", "consideration", "email", "digital", "advisory",
     "清单|材料单|所需材料|checklist|document list"),
    ("tp_service_pay", "支付服务费", "Service fee payment", "purchase", "web", "digital", "finance",
     "付款|下单|签约|缴费|payment|sign-up|pay"),
    ("tp_doc_review", "材料预审", "Document pre-check", "service", "web", "digital", "document_team",
     "预审|材料审核|审材料|pre-check|document review"),
    ("tp_express_offer", "加急服务推荐", "Express service offer", "purchase", "app", "digital", "growth",
     "加急推荐|express offer|upsell"),
    ("tp_express_pay", "购买加急服务", "Express add-on purchase", "purchase", "app", "digital", "finance",
     "买加急|加急服务|加急包|express add-on|priority service"),
    ("tp_priority_slot", "加急优先预约位", "Priority appointment slot", "service", "other", "physical", "operations",
     "优先预约|优先位|priority slot|prime time slot"),
    ("tp_express_return", "加急回寄", "Express passport return", "service", "other", "physical", "logistics",
     "加急寄回|顺丰即日|express return"),
    ("tp_appointment", "预约递签", "Visa-centre appointment", "service", "web", "digital", "operations",
     "约签|预约|约位|递签预约|appointment|booking a slot"),
    ("tp_biometrics", "录指纹/面签", "Biometrics / interview", "service", "other", "physical", "operations",
     "指纹|录指纹|生物信息|面签|biometrics|fingerprints|interview"),
    ("tp_submission", "递交申请", "Application lodged", "service", "other", "physical", "operations",
     "递签|送签|交护照|submission|lodging"),
    ("tp_supplement_notice", "补件通知", "Request for more documents", "service", "email", "digital", "document_team",
     "补件|补材料通知|RFE|221g|additional documents"),
    ("tp_supplement_upload", "补件上传", "Extra documents uploaded", "service", "web", "digital", "document_team",
     "上传补件|upload extra documents"),
    ("tp_supplement_courier", "补件寄送", "Extra documents couriered", "service", "other", "physical", "logistics",
     "补件快递|courier extra documents"),
    ("tp_decision", "签证结果", "Visa decision", "service", "other", "digital", "operations",
     "出签|拒签|结果|签证结果|decision|outcome|approval"),
    ("tp_passport_return", "护照寄回/领取", "Passport return", "service", "other", "physical", "logistics",
     "寄回护照|取护照|还护照|passport return|passport delivery"),
    ("tp_eta_form", "电子旅行授权填表", "e-Travel authorisation form", "purchase", "web", "digital", "eta_team",
     "ESTA|ETA|K-ETA|NZeTA|电子签|旅行授权"),
    ("tp_eta_pay", "电子授权付款", "e-Authorisation payment", "purchase", "web", "digital", "finance",
     "ESTA付款|ETA付款"),
    ("tp_eta_submit", "电子授权递交", "e-Authorisation submitted", "service", "web", "digital", "eta_team",
     "ESTA递交|ETA submitted"),
    ("tp_eta_result", "电子授权结果", "e-Authorisation result", "service", "email", "digital", "eta_team",
     "ESTA结果|ETA批准|ETA result"),
    ("tp_cs_ticket", "客服工单", "Customer service ticket", "service", "phone", "digital", "customer_service",
     "工单|投诉|客服|ticket|complaint"),
    ("tp_refund", "退款", "Refund", "service", "web", "digital", "finance", "退费|退钱|refund"),
]
JOURNEYS = [
    ("apply", "签证办理全流程", "Visa application, end to end", 90,
     ["tp_consult", "tp_checklist", "tp_service_pay", "tp_doc_review", "tp_appointment", "tp_biometrics",
      "tp_submission", "tp_passport_return"]),
    ("online_lead", "线上咨询转化", "Online enquiry", 14,
     ["tp_product_page", "tp_visa_quiz", "tp_consult_booking", "tp_consult"]),
    ("express", "加急增值服务", "Express add-on", 45,
     ["tp_express_offer", "tp_express_pay", "tp_priority_slot", "tp_express_return"]),
    ("eta", "电子旅行授权", "e-Travel authorisation", 7,
     ["tp_eta_form", "tp_eta_pay", "tp_eta_submit", "tp_eta_result"]),
    ("supplement", "补件处理", "Request for more documents", 30,
     ["tp_supplement_notice", "tp_supplement_upload", "tp_supplement_courier", "tp_decision"]),
]

# ---------------------------------------------------------------- feedback text
# every template of a topic holds that topic's marker and no other topic's marker (checked at the end)
T = {
    "return_slow": dict(
        zh=["护照寄回用了{d}天，说好的两三天呢？出行日期都快到了", "签证下来了但护照寄回太慢了，快递{d}天还没到，急死",
            "这次护照寄回换成EMS了吧？比以前顺丰慢好多，{d}天才收到", "护照寄回物流一直不更新，打电话也说在路上，等了{d}天",
            "{dest}签证很快下来了，可护照寄回拖了{d}天，差点耽误航班"],
        tw=["護照寄回花了{d}天，比預期慢很多", "護照寄回的物流太慢了，等了{d}天才收到"],
        en=["Visa came through fast but getting my passport back took {d} days by EMS. Nearly missed my flight.",
            "Why did it take {d} days to get the passport back? Tracking didn't update at all.",
            "Getting my passport back was painfully slow this time ({d} days). You used to ship with SF."]),
    "slot_shortage": dict(
        zh=["{dest}签证一直约不到递签时间，系统显示没有位置，工作人员也没办法", "材料早就准备好了，就是约不到指纹，行程只能改了",
            "四月份申根全部约不到，交了服务费却一直在等", "约不到{dest}的递签位，问了好几次都说系统升级",
            "说好一周内帮我约上，结果三周都约不到"],
        tw=["一直約不到{dest}的遞件時間，很無奈"],
        en=["Couldn't get any appointment slots for {dest} for weeks. The booking system kept showing nothing.",
            "No slots at the visa centre for the whole of April, had to cancel my trip.",
            "You took my money and then said there were no slots available. Terrible timing."]),
    "doc_rejected": dict(
        zh=["预审来回让我补材料，银行流水交了三次还不行", "自由职业的收入证明被要求反复补材料，太折腾了",
            "补材料的要求一次说不清，每次只说一点", "预审卡了一周，让我补材料补了两轮"],
        tw=["預審一直要我補材料，來回好幾次"],
        en=["Had to resubmit my bank statements three times before the pre-check passed.",
            "As a freelancer I was asked to resubmit income proof again and again. Exhausting.",
            "They made me resubmit documents twice, each time asking for something new."]),
    "express_not_faster": dict(
        zh=["花钱买了加急，结果跟普通的一样慢", "加急服务根本没用，还是等了三周，退款也拖着",
            "买了{dest}加急，说保证一周内递签，最后没做到", "加急费不便宜，体验和没买一样"],
        tw=["買了加急結果沒有比較快"],
        en=["Paid for the express add-on and it was no faster than standard.",
            "The express service promised a slot within a week. Didn't happen, and the refund is still pending.",
            "Express option for {dest} was a waste of money."]),
    "refused_refund": dict(
        zh=["被拒签了，服务费一分不退，太坑", "{dest}拒签了，之前明明说材料没问题的", "拒签以后连原因都解释不清楚",
            "拒签了还要收全额服务费，不合理"],
        tw=["被拒簽了，服務費也不退"],
        en=["Got refused and the agency kept the full service charge.",
            "My {dest} visa was refused even though the consultant said it was a strong case.",
            "Refused, and nobody could explain why."]),
    "hidden_fee": dict(
        zh=["报价的时候没说，后面又收费说翻译件要另算", "临时加收费用，照片、保险都要额外付钱",
            "收费不透明，最后付的比报价多了好几百"],
        tw=["收費不透明，後來又多收了翻譯費"],
        en=["Hidden charges everywhere: translation, photos, insurance on top of the quote.",
            "The final bill had hidden extras that were never in the quote."]),
    "cs_slow": dict(
        zh=["客服回复太慢了，问一个问题要等一天", "打客服电话一直没人接，微信也不回", "客服只会说在处理中"],
        tw=["客服回覆很慢"],
        en=["Customer service takes a day to answer a simple question.",
            "Customer service never picks up the phone."]),
    "queue": dict(
        zh=["签证中心排队排了两个多小时才录上指纹", "面签那天排队太久了，外面还下雨"],
        tw=["在AIT排隊排很久"],
        en=["Queued for over two hours at the visa centre for fingerprints.",
            "The queue at the visa centre was ridiculous."]),
    "advisor_helpful": dict(
        zh=["顾问很专业，{dest}签证材料一次就过了", "顾问小姐姐超耐心，每个问题都解释得很清楚",
            "第一次办签证，顾问全程指导，非常安心", "顾问经验丰富，帮我把行程单改得更合理"],
        tw=["顧問很專業又有耐心，推薦", "顧問幫我把學生簽證的文件一次整理好"],
        en=["My advisor was super professional and patient, highly recommend.",
            "The advisor knew every detail of the {dest} requirements. Great help.",
            "Great advisor, answered all my questions on WeChat within minutes."]),
    "fast_approval": dict(
        zh=["{d}天就出签了，比预期快", "出签速度很快，赶上了国庆出发", "一周出签，很满意"],
        tw=["很快就出簽了，謝謝"],
        en=["Visa approved in {d} days, faster than I expected.",
            "Got approved quickly, just in time for my trip."]),
    "smooth": dict(
        zh=["整个流程很顺利，省心", "第二次在这里办了，一如既往的顺利", "从咨询到拿到护照都很顺利"],
        tw=["整個流程很順利"],
        en=["Smooth process from start to finish.", "Everything went smooth, will use again."]),
    "checklist_clear": dict(
        zh=["材料清单写得很清楚，照着准备就行", "清单比领馆官网的说明好懂多了"],
        tw=["清單很清楚，照著準備就好"],
        en=["The document checklist was clear and easy to follow.", "Loved the checklist, nothing was missing."]),
    "neutral": dict(
        zh=["请问{dest}签证现在大概多久能出？", "请问可以开发票吗", "请问在职证明需要盖公章吗"],
        tw=["請問學生簽證大概要準備多久？"],
        en=["Quick question: can I track my application online?", "Quick question: do you issue invoices for companies?"]),
}
MARKERS = {  # regexes (lower-cased text); gold.py uses the same
    "return_slow": ["寄回", "passport back"], "slot_shortage": ["约不到", "約不到", "slots"],
    "doc_rejected": ["补材料", "補材料", "resubmit"], "express_not_faster": ["加急", "express"],
    "refused_refund": ["拒签", "拒簽", "refused"], "hidden_fee": ["收费", "收費", "hidden"],
    "cs_slow": ["客服", "customer service"], "queue": ["排队", "排隊", "queue"],
    "advisor_helpful": ["顾问", "顧問", "advisor"], "fast_approval": ["出签", "出簽", "approved"],
    "smooth": ["顺利", "順利", "smooth"], "checklist_clear": ["清单", "清單", "checklist"],
    "neutral": ["请问", "請問", "quick question"],
}
NEG = {"return_slow", "slot_shortage", "doc_rejected", "express_not_faster", "refused_refund", "hidden_fee", "cs_slow",
       "queue"}
POS = {"advisor_helpful", "fast_approval", "smooth", "checklist_clear"}
TOPIC_TP = {"return_slow": "tp_passport_return", "slot_shortage": "tp_appointment", "doc_rejected": "tp_doc_review",
            "express_not_faster": "tp_express_pay", "refused_refund": "tp_decision", "hidden_fee": "tp_service_pay",
            "cs_slow": "tp_cs_ticket", "queue": "tp_biometrics", "advisor_helpful": "tp_consult",
            "fast_approval": "tp_decision", "smooth": "tp_passport_return", "checklist_clear": "tp_checklist",
            "neutral": None}


PREFIX = {"zh": ["", "", "", "说实话，", "第一次写评价。", "给爸妈办的，", "帮同事办的，", "公司安排的，"],
          "tw": ["", "", "老實說，", "第一次留言，"],
          "en": ["", "", "", "Honestly, ", "Update: ", "Second time with them. ", "Booked for my parents. "]}
SUFFIX = {"neg": {"zh": ["", "", "。", "希望改进。", "有点失望。", "！！"], "tw": ["", "很失望。"],
                  "en": ["", "", " Please fix this.", " Not happy.", " Disappointing."]},
          "pos": {"zh": ["", "", "👍", "推荐！", "下次还找你们。"], "tw": ["", "推薦！"],
                  "en": ["", "", " Thanks!", " 5 stars.", " Would recommend."]},
          "neu": {"zh": ["", "", "谢谢"], "tw": ["", "謝謝"], "en": ["", "", " Thanks."]}}


def write_text(topic: str, lang: str, dest: str | None, d: int | None, note: bool = False) -> str:
    tpl = pick(T[topic][lang])
    dd = dest or "FR"
    name = DEST[dd][1] if lang == "en" else (DEST_TW[dd] if lang == "tw" else DEST[dd][0])
    body = tpl.format(dest=name, d=d if d is not None else int(U(5, 9)))
    sent = "neg" if topic in NEG else ("pos" if topic in POS else "neu")
    if note:  # tickets and call notes: the agent's summary, no review phrasing
        return body
    pre = pick(PREFIX[lang])
    if pre and lang == "en" and pre.endswith(", "):
        body = body[0].lower() + body[1:]
    suf = pick(SUFFIX[sent][lang])
    if suf and body[-1] not in "。！？.!?":
        body += "，" if lang != "en" and suf[0] not in "。！👍" else ("" if lang != "en" else ".")
    return pre + body + suf


# ---------------------------------------------------------------- state
EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
TRUTH: list[dict] = []
EXPER: list[dict] = []
CUSTOMERS: list[dict] = []
_ev = [0]
_ord = [0]
_sess = [0]
_fb = [0]


def ev(c, tp, t, action="view", channel=None, device=None, session=None, **extra):
    if t > END or t < START:
        return None
    _ev[0] += 1
    row = dict(event_id=f"E{_ev[0]:07d}", customer_id=c["customer_id"], ts=t, touchpoint_id=tp,
               session_id=session, action=action, device=device, channel=channel)
    row.update(extra)
    EVENTS.append(row)
    return row


def new_session():
    _sess[0] += 1
    return f"S{_sess[0]:07d}"


def order(c, t, amount_local, product, status="paid", **extra):
    if t > END or t < START:
        return None
    _ord[0] += 1
    cur = "TWD" if c["region"] == "taipei" else "CNY"
    amt = round(amount_local * (TWD if cur == "TWD" else 1.0), 2)
    row = dict(order_id=f"O{_ord[0]:06d}", customer_id=c["customer_id"], ts=t, amount=amt, status=status,
               currency=cur, amount_local=round(amount_local, 2), product=product)
    row.update(extra)
    ORDERS.append(row)
    return row


def feedback(c, t, topic, channel, lang, case=None, rating=None, nps=None, d=None, no_ts=False, tp="auto", **extra):
    if t is not None and (t > END or t < START):
        return
    _fb[0] += 1
    fid = f"FB{_fb[0]:05d}"
    dest = case["dest"] if case else pick(list(DEST))
    text = write_text(topic, lang, dest if dest in DEST else "FR", d, note=channel in ("ticket", "call_note"))
    row = dict(feedback_id=fid, text=text, ts=None if no_ts else t, customer_id=c["customer_id"] if c else None,
               touchpoint_id=TOPIC_TP[topic] if tp == "auto" else tp,
               channel=channel, rating=rating, nps=nps,
               language={"zh": "zh-CN", "tw": "zh-TW", "en": "en"}[lang],
               office_id=case["office"] if case else (c["home_office"] if c else None),
               case_id=case["case_id"] if case else None, destination=case["dest"] if case else None,
               visa_type=case["visa_type"] if case else None)
    if topic == "neutral" and tp == "auto" and case and case.get("case_id"):
        row["touchpoint_id"] = "tp_consult"
    row.update(extra)
    FEEDBACK.append(row)
    TRUTH.append(dict(feedback_id=fid, topic=topic,
                      sentiment="neg" if topic in NEG else ("pos" if topic in POS else "neu"),
                      language=row["language"]))


def lang_of(c) -> str:
    return {"zh-CN": "zh", "zh-TW": "tw", "en": "en"}[c["preferred_language"]]


def rating_for(topic) -> int:
    if topic in NEG:
        return int(pick([1, 2, 3], [0.5, 0.38, 0.12]))
    if topic in POS:
        return int(pick([4, 5], [0.3, 0.7]))
    return int(pick([3, 4], [0.6, 0.4]))


def nps_for(rating: int) -> int:
    base = {1: (0, 4), 2: (1, 6), 3: (4, 8), 4: (7, 10), 5: (8, 11)}[rating]
    return int(min(10, int(U(*base))))


# ---------------------------------------------------------------- customers
def make_customers(n: int):
    for i in range(n):
        cid = f"C{100001 + i}"
        region = pick(["shanghai", "beijing", "taipei", "other_cn"], [0.36, 0.25, 0.17, 0.22])
        city = pick(CITIES[region], [0.55, 0.3, 0.15] if region == "taipei" else None)
        corporate = region in ("shanghai", "beijing") and R() < 0.09
        if region == "taipei":
            passport = "TW"
            lang = "en" if R() < 0.16 else "zh-TW"
            acq = pick(*ACQ_TW)
        else:
            expat = R() < 0.13
            passport = pick(*EXPAT_COUNTRIES) if expat else "CN"
            lang = "en" if expat else ("en" if R() < 0.03 else "zh-CN")
            acq = "corporate_sales" if corporate else pick(*ACQ_CN)
        if region == "other_cn":
            office = "ONLINE"
        elif region == "taipei":
            office = "TP01" if R() < 0.8 else "ONLINE"
        else:
            office = ({"shanghai": "SH01", "beijing": "BJ01"}[region]) if R() < 0.68 or corporate else "ONLINE"
        if corporate:
            occ = "employed"
        elif region == "taipei":
            occ = pick(["student", "employed", "freelancer", "self_employed"], [0.45, 0.38, 0.1, 0.07])
        else:
            occ = pick(["employed", "self_employed", "freelancer", "student", "retired", "homemaker"],
                       [0.52, 0.08, 0.12, 0.14, 0.08, 0.06])
        age = {"student": pick(["18-24", "25-34"], [0.8, 0.2]),
               "retired": pick(["55-64", "65+"], [0.6, 0.4])}.get(
            occ, pick(["25-34", "35-44", "45-54", "18-24"], [0.42, 0.32, 0.16, 0.1]))
        tier = pick(["none", "silver", "gold", "platinum"], [0.6, 0.24, 0.12, 0.04])
        if corporate:
            tier = pick(["gold", "platinum", "silver"], [0.5, 0.2, 0.3])
        pre = R() < 0.3 or tier in ("gold", "platinum")  # customer from before the data window
        c = dict(customer_id=cid, region=region, city=city, city_en=CITY_EN[city], home_office=office,
                 passport_country=passport, preferred_language=lang, acquisition_channel=acq, occupation=occ,
                 age_band=age, gender=pick(["female", "male"], [0.56, 0.44]), tier=tier,
                 prior_refusal=R() < 0.06, marketing_opt_in=R() < 0.58,
                 main_device=pick(["ios", "android", "pc"], [0.48, 0.34, 0.18] if region != "taipei"
                                  else [0.55, 0.35, 0.1]),
                 wechat_bound=(R() < 0.85) if region != "taipei" else False,
                 company_name=pick(COMPANIES) if corporate else None,
                 account_manager=pick(AMS[:2] if region == "shanghai" else AMS[2:]) if corporate else None,
                 corporate=corporate, pre=pre,
                 signup_at=datetime(2021, 1, 1) + days(U(0, 1520)) if pre else None)
        CUSTOMERS.append(c)


# ---------------------------------------------------------------- cases
_case = [0]


def case_kind(c) -> tuple[str, str]:
    if c["region"] == "taipei":
        vt = pick(["eta", "student", "work"], [0.52, 0.36, 0.12])
        if vt == "eta":
            return vt, pick(list(ETA), [0.45, 0.2, 0.2, 0.15])
        if vt == "student":
            return vt, pick(["US", "UK", "AU", "CA"], [0.45, 0.2, 0.2, 0.15])
        return vt, pick(["AU", "CA", "UK"], [0.65, 0.2, 0.15])
    if c["corporate"]:
        return "business", pick(["DE", "FR", "UK", "US", "IT", "AU"], [0.28, 0.12, 0.2, 0.26, 0.08, 0.06])
    if c["occupation"] == "student" and R() < 0.6:
        return "student", pick(["UK", "US", "AU", "CA", "FR"], [0.35, 0.25, 0.2, 0.12, 0.08])
    vt = pick(["tourist", "business", "family"], [0.78, 0.1, 0.12])
    if vt == "tourist":
        return vt, pick(["FR", "IT", "DE", "ES", "CH", "UK", "US", "AU", "CA", "NZ"],
                        [0.19, 0.12, 0.07, 0.1, 0.06, 0.13, 0.13, 0.11, 0.05, 0.04])
    if vt == "business":
        return vt, pick(["DE", "FR", "UK", "US", "IT"], [0.3, 0.15, 0.2, 0.25, 0.1])
    return vt, pick(["US", "CA", "AU", "UK"], [0.4, 0.25, 0.2, 0.15])


def digital_channel(c):
    if c["region"] == "taipei":
        return pick(["web", "app"], [0.55, 0.45])
    return pick(["web", "app", "mini_program"], [0.3, 0.3, 0.4])


def device_for(c, channel):
    if channel in ("store", "visa_centre", "courier", "phone", "email"):
        return None
    if channel == "web":
        return pick(["pc", c["main_device"]], [0.5, 0.5]) if c["main_device"] != "pc" else "pc"
    return c["main_device"] if c["main_device"] != "pc" else pick(["ios", "android"])


def run_eta(c, t0, product):
    _case[0] += 1
    dest = ETA[product][0]
    cid = f"CASE{_case[0]:06d}"
    s = new_session()
    ch = digital_channel(c)
    dev = device_for(c, ch)
    t = t0 + hours(U(8, 23))
    base = dict(case_id=cid, visa_type="eta", destination=dest, office_id="ONLINE" if c["home_office"] == "ONLINE"
                else c["home_office"], eta_product=product)
    ev(c, "tp_eta_form", t, "view", ch, dev, s, **base)
    if R() > 0.78:
        return
    t += mins(U(4, 25))
    ev(c, "tp_eta_form", t, "submit", ch, dev, s, **base)
    if R() > 0.9:
        return
    t += mins(U(1, 8))
    o = order(c, t, ETA[product][1], "eta_service", channel=ch, device=dev, office_id=base["office_id"], case_id=cid,
              visa_type="eta", destination=dest, payment_method=pick(["card", "line_pay", "jkopay"], [0.6, 0.25, 0.15]))
    ev(c, "tp_eta_pay", t, "success", ch, dev, s, order_id=o["order_id"] if o else None, **base)
    if R() > 0.97:
        return
    t += hours(U(0.5, 20))
    ev(c, "tp_eta_submit", t, "submit", "web", None, None, **base)
    t += hours(U(2, 70))
    ok = R() > 0.02
    ev(c, "tp_eta_result", t, "success" if ok else "fail", "email", None, None, **base)
    if R() < 0.06:
        feedback(c, t + hours(U(2, 48)), pick(["smooth", "fast_approval", "neutral"], [0.5, 0.35, 0.15]),
                 "app_review" if ch == "app" else "google_review", lang_of(c), None,
                 rating=int(pick([4, 5, 3], [0.4, 0.45, 0.15])), tp="tp_eta_result", device=dev,
                 platform=("app_store" if dev == "ios" else "google_play") if ch == "app" else "google_maps")


def run_case(c, t0, vt, dest):
    _case[0] += 1
    cid = f"CASE{_case[0]:06d}"
    office = c["home_office"]
    st = dict(case_id=cid, office=office, dest=dest, visa_type=vt, issues=set())
    base = dict(case_id=cid, visa_type=vt, destination=dest, office_id=office)
    adv = pick(ADVISORS[office])
    online = office == "ONLINE" or R() < 0.28
    lang = lang_of(c)
    t = t0 + hours(U(8, 22.5))
    # ---- online enquiry journey
    if online:
        ch = digital_channel(c)
        dev = device_for(c, ch)
        s = new_session()
        utm = pick(["xiaohongshu", "baidu", "wechat", "direct", "ctrip", "douyin"]) if c["region"] != "taipei" \
            else pick(["google", "facebook", "line", "direct"])
        for _ in range(int(pick([1, 2, 3], [0.6, 0.3, 0.1]))):
            ev(c, "tp_product_page", t, "view", ch, dev, s, utm_source=utm, **base)
            t += mins(U(0.5, 6))
        if R() > 0.56:
            return st
        t += mins(U(1, 10))
        ev(c, "tp_visa_quiz", t, "submit", ch, dev, s, **base)
        if R() > 0.62:
            return st
        t += hours(U(0.05, 30))
        ev(c, "tp_consult_booking", t, "submit", ch, dev, new_session(), **base)
        if R() > 0.86:
            return st
        t += hours(U(3, 70))
        cch = pick(["web", "app", "phone"], [0.3, 0.4, 0.3]) if office == "ONLINE" else \
            pick(["store", "phone", "app"], [0.6, 0.2, 0.2])
    else:
        cch = pick(["store", "phone", "wechat"], [0.55, 0.2, 0.25]) if c["region"] != "taipei" else \
            pick(["store", "phone", "line"], [0.6, 0.2, 0.2])
        if cch == "store":
            t = office_hours(t)
    ev(c, "tp_consult", t, "success", cch, device_for(c, cch), None, advisor_id=adv, **base)
    if R() < 0.05 and office in ("SH01", "BJ01", "TP01") and cch == "store":
        topic = pick(["advisor_helpful", "hidden_fee", "checklist_clear", "neutral", "cs_slow"],
                     [0.55, 0.18, 0.12, 0.08, 0.07])
        feedback(c, t + hours(U(2, 72)), topic, "dianping" if office != "TP01" else "google_review",
                 lang if office != "TP01" else ("en" if lang == "en" else "tw"), st, rating=rating_for(topic),
                 platform="dianping" if office != "TP01" else "google_maps")
    # ---- checklist and payment
    if R() > 0.92:
        return st
    t += hours(U(0.5, 30))
    ev(c, "tp_checklist", t, "send", "email" if R() < 0.5 else ("wechat" if c["region"] != "taipei" else "line"),
       None, None, advisor_id=adv, **base)
    p = PAY_P[c["acquisition_channel"]]
    if c["tier"] in ("gold", "platinum"):
        p = min(0.97, p + 0.12)
    if vt == "student":
        p = min(0.97, p + 0.08)
    pay_ch = digital_channel(c) if online or R() < 0.5 else "store"
    pay_dev = device_for(c, pay_ch)
    if R() > p:
        if R() < 0.35:
            order(c, t + hours(U(1, 48)), service_fee(vt, dest, c), "visa_service", status="cancelled",
                  channel=pay_ch, device=pay_dev, office_id=office, case_id=cid, visa_type=vt, destination=dest,
                  advisor_id=adv, cancel_reason=pick(["price", "diy", "trip_cancelled", "other_agency"],
                                                     [0.35, 0.35, 0.15, 0.15]))
        return st
    t += hours(U(2, 120))
    if pay_ch == "store":
        t = office_hours(t)
    fee = service_fee(vt, dest, c)
    cons = consular_fee(vt, dest, c)
    corp = c["corporate"]
    main = order(c, t, fee + cons, "visa_service", channel="corporate" if corp else pay_ch, device=pay_dev,
                 office_id=office, case_id=cid, visa_type=vt, destination=dest, advisor_id=adv,
                 service_fee_local=fee, consular_fee_local=cons,
                 promo_code=pick([None, "SUMMER50", "REFER100", "STUDENT200"], [0.82, 0.07, 0.07, 0.04]),
                 payment_method="bank_transfer" if corp else (
                     pick(["line_pay", "card", "jkopay"], [0.4, 0.45, 0.15]) if c["region"] == "taipei"
                     else pick(["wechat_pay", "alipay", "card"], [0.52, 0.4, 0.08])),
                 invoice_title=c["company_name"])
    st["main_order"] = main
    ev(c, "tp_service_pay", t, "success", "corporate" if corp else pay_ch, pay_dev, None,
       order_id=main["order_id"] if main else None, **base)
    # add-ons bought at payment
    if dest in SCHENGEN and R() < 0.62:
        order(c, t + mins(U(1, 5)), 180 if c["region"] != "taipei" else 900, "travel_insurance", channel=pay_ch,
              device=pay_dev, office_id=office, case_id=cid, visa_type=vt, destination=dest)
    if R() < 0.22:
        order(c, t + mins(U(1, 5)), 260 if c["region"] != "taipei" else 1200, "translation", channel=pay_ch,
              device=pay_dev, office_id=office, case_id=cid, visa_type=vt, destination=dest)
    if R() < 0.12:
        order(c, t + mins(U(1, 5)), 45 if c["region"] != "taipei" else 250, "photo", channel=pay_ch,
              device=pay_dev, office_id=office, case_id=cid, visa_type=vt, destination=dest)
    # ---- document pre-check
    if R() > 0.96:
        return st
    t += days(U(1.5, 7))
    fail_p = {"freelancer": 0.55, "self_employed": 0.28, "student": 0.16, "retired": 0.14}.get(c["occupation"], 0.1)
    up_ch = digital_channel(c)
    if R() < fail_p:
        ev(c, "tp_doc_review", t, "fail", up_ch, device_for(c, up_ch), None,
           error_code=pick(["INCOME_PROOF", "BANK_STATEMENT", "EMPLOYMENT_LETTER", "ITINERARY"],
                           [0.45, 0.3, 0.15, 0.1] if c["occupation"] in ("freelancer", "self_employed")
                           else [0.15, 0.35, 0.3, 0.2]), **base)
        st["issues"].add("doc_fail")
        keep = 0.52 if c["occupation"] == "freelancer" else 0.82
        if R() > keep:
            if main and R() < 0.45:
                main["status"] = "refunded"
                main["refund_reason"] = "withdrawn_before_submission"
                main["refunded_at"] = t + days(U(2, 10))
                ev(c, "tp_refund", main["refunded_at"], "success", "web", None, None, order_id=main["order_id"],
                   **base)
            if R() < 0.3:
                fb_issue(c, st, t + days(U(1, 6)), "doc_rejected")
            return st
        t += days(U(2, 9))
        ev(c, "tp_doc_review", t, "success", up_ch, device_for(c, up_ch), None, **base)
    else:
        ev(c, "tp_doc_review", t, "success", up_ch, device_for(c, up_ch), None, **base)
    # ---- express offer
    express = False
    express_failed = False
    if dest in EXPRESS_FEE and vt != "student":
        och = "app" if R() < 0.5 else ("wechat" if c["region"] != "taipei" else "line")
        t_off = t + mins(U(5, 90))
        ev(c, "tp_express_offer", t_off, "view", och, device_for(c, och), None, **base)
        p_ex = 0.22
        if AB_WINDOW[0] <= t_off < AB_WINDOW[1]:
            var = exp_variant(c, t_off)
            p_ex = 0.36 if var == "bundle" else 0.22
        if c["tier"] in ("gold", "platinum") or c["corporate"]:
            p_ex += 0.2
        if R() < p_ex:
            express = True
            t_ex = t_off + mins(U(2, 600))
            eo = order(c, t_ex, EXPRESS_FEE[dest] / (TWD if c["region"] == "taipei" else 1), "express",
                       channel=och, device=device_for(c, och), office_id=office, case_id=cid, visa_type=vt,
                       destination=dest, payment_method=main.get("payment_method") if main else None)
            ev(c, "tp_express_pay", t_ex, "success", och, device_for(c, och), None,
               order_id=eo["order_id"] if eo else None, **base)
            st["express_order"] = eo
    # ---- appointment
    t += days(U(0.3, 3))
    t = weekday_only(office_hours(t))
    centre = visa_centre(dest, c)
    outage = dest in SCHENGEN and SLOT_OUTAGE[0] <= t < SLOT_OUTAGE[1]
    if R() > 0.985 and not outage:
        return st
    if outage:
        n_try = int(pick([1, 2, 3], [0.4, 0.4, 0.2]))
        for k in range(n_try):
            ev(c, "tp_appointment", t, "fail", "web", None, None, error_code="SLOT_UNAVAILABLE", visa_centre=centre,
               **base)
            t += days(U(1, 6))
        st["issues"].add("slot_fail")
        if express:
            ev(c, "tp_priority_slot", t - days(U(0.5, 2)), "fail", "visa_centre", None, None,
               error_code="SLOT_UNAVAILABLE", visa_centre=centre, **base)
            express_failed = True
            st["issues"].add("express_fail")
            eo = st.get("express_order")
            if eo and R() < 0.7:
                eo["status"] = "refunded"
                eo["refund_reason"] = "priority_slot_unavailable"
                eo["refunded_at"] = t + days(U(5, 25))
                ev(c, "tp_refund", eo["refunded_at"], "success", "web", None, None, order_id=eo["order_id"], **base)
        if R() < 0.6:
            tk = t + hours(U(1, 30))
            ev(c, "tp_cs_ticket", tk, "submit", pick(["phone", "wechat", "app"]), None, None,
               issue_type="no_appointment_slot", **base)
            st["issues"].add("ticket")
            if R() < 0.55:
                fb_issue(c, st, tk + mins(U(2, 30)), "slot_shortage" if R() < 0.85 else "cs_slow")
        if R() < 0.45:  # gives up
            if main and R() < 0.75:
                main["status"] = "refunded"
                main["refund_reason"] = "no_appointment_slot"
                main["refunded_at"] = t + days(U(3, 15))
                ev(c, "tp_refund", main["refunded_at"], "success", "web", None, None, order_id=main["order_id"],
                   **base)
            if R() < 0.4:
                fb_issue(c, st, t + days(U(0, 8)), "slot_shortage")
            return st
        t = max(t, datetime(2026, 5, 4)) + days(U(2, 30))
        t = weekday_only(office_hours(t))
    wait = {"US": U(14, 48), "UK": U(3, 10), "AU": U(4, 12), "CA": U(5, 14), "NZ": U(4, 12)}.get(dest, U(5, 16))
    if dest in SCHENGEN and t.month in (6, 7, 8):
        wait *= 1.6
    if express and not express_failed:
        wait = U(1, 4)
        ev(c, "tp_priority_slot", t, "success", "visa_centre", None, None, visa_centre=centre, **base)
    ev(c, "tp_appointment", t, "success", "web", None, None, visa_centre=centre, wait_days=round(wait, 1), **base)
    # ---- biometrics and submission
    if R() > 0.975:
        return st
    tb = weekday_only(office_hours(t + days(wait)))
    qmin = U(10, 60) if R() > 0.12 else U(90, 180)
    ev(c, "tp_biometrics", tb, "check_in", "visa_centre", None, None, visa_centre=centre, queue_minutes=int(qmin),
       **base)
    if qmin > 90:
        st["issues"].add("queue")
    ts_ = tb + mins(U(5, 40))
    ev(c, "tp_submission", ts_, "submit", "visa_centre", None, None, visa_centre=centre, **base)
    # ---- supplement request
    lo, hi = DEST[dest][4]
    dec_days = U(lo, hi)
    if express and not express_failed:
        dec_days = U(2, 6) if dest != "UK" else U(3, 6)
    td = weekday_only(office_hours(ts_ + days(dec_days)))
    if R() < {"UK": 0.12, "US": 0.1}.get(dest, 0.06):
        tn = ts_ + days(U(2, min(8, max(2.5, dec_days))))
        ev(c, "tp_supplement_notice", tn, "send", "email", None, None, **base)
        st["issues"].add("supplement")
        if R() < 0.9:
            tu = tn + days(U(0.5, 4))
            ev(c, "tp_supplement_upload", tu, "submit", digital_channel(c), None, None, **base)
            if R() < 0.95:
                tc = tu + days(U(0.2, 2))
                ev(c, "tp_supplement_courier", tc, "send", "courier", None, None, courier="sf_express", **base)
                td = max(td, tc + days(U(4, 14)))
            else:
                td = tu + days(U(20, 40))
        else:
            td = tn + days(U(30, 60))
    # ---- decision
    ref_p = {"US": 0.22, "CA": 0.11, "UK": 0.06, "AU": 0.06, "NZ": 0.05}.get(dest, 0.045)
    if vt == "student":
        ref_p *= 0.5
    if c["occupation"] == "freelancer":
        ref_p *= 2.4
    if c["prior_refusal"]:
        ref_p *= 2.0
    if c["corporate"]:
        ref_p *= 0.4
    refused = R() < ref_p
    ev(c, "tp_decision", td, "fail" if refused else "success", "visa_centre" if dest != "US" else "consulate", None,
       None, refusal_reason=pick(["purpose_of_travel", "insufficient_funds", "ties_to_home", "documents"],
                                 [0.3, 0.3, 0.3, 0.1]) if refused else None, **base)
    if refused:
        st["issues"].add("refused")
    # ---- passport return
    pickup = office in ("SH01", "BJ01", "TP01") and R() < 0.42
    if express and not express_failed:
        courier, tr = "sf_same_day", U(0.2, 1)
        tp_ret = "tp_express_return"
    elif pickup:
        courier, tr = None, U(1, 6)
        tp_ret = None
    elif c["region"] == "taipei":
        courier, tr = "blackcat", U(1, 2.5)
        tp_ret = None
    elif office == "ONLINE" and td >= EMS_SWITCH:
        courier, tr = "ems", U(3, 8.5)
        tp_ret = None
    else:
        courier, tr = "sf_express", U(0.8, 2.6) if R() > 0.03 else U(4, 6)
        tp_ret = None
    tr_ = td + days(tr)
    if tr_.hour >= 20 or tr_.hour < 9:  # couriers deliver and offices hand back 9:00-20:00
        tr_ = datetime(tr_.year, tr_.month, tr_.day) + (days(1) if tr_.hour >= 9 else days(0)) + hours(U(9, 12))
        tr = (tr_ - td).total_seconds() / 86400
    if tp_ret:
        ev(c, tp_ret, tr_ - mins(5), "send", "courier", None, None, courier=courier, **base)
    ev(c, "tp_passport_return", tr_, "success", "store" if pickup else "courier", None, None,
       courier=courier, transit_days=round(tr, 1), **base)
    if tr >= 4 and courier != "sf_same_day" and not pickup:
        st["issues"].add("return_slow")
        if R() < 0.25:
            tk = td + days(U(3, tr))
            ev(c, "tp_cs_ticket", tk, "submit", pick(["phone", "wechat", "app"]), None, None,
               issue_type="passport_return_delay", **base)
            st["issues"].add("ticket")
            if R() < 0.55:
                st["return_days"] = tr
                fb_issue(c, st, tk + mins(U(2, 30)), "return_slow" if R() < 0.85 else "cs_slow",
                         d=int(round((tk - td).total_seconds() / 86400)))
    if refused and R() < 0.2:
        tk = td + days(U(0.2, 3))
        ev(c, "tp_cs_ticket", tk, "submit", "phone", None, None, issue_type="refusal_query", **base)
        if R() < 0.5:
            fb_issue(c, st, tk + mins(U(2, 30)), "refused_refund")
    st["t_return"] = tr_
    st["return_days"] = tr
    st["decision_days"] = (td - ts_).total_seconds() / 86400
    st["express"] = express
    # ---- survey and other feedback
    if R() < 0.5:
        survey(c, st, tr_ + hours(U(3, 96)))
    elif R() < 0.06 and c["main_device"] != "pc":
        topic = pick(["smooth", "cs_slow", "hidden_fee", "checklist_clear"], [0.45, 0.2, 0.15, 0.2])
        if "return_slow" in st["issues"] and R() < 0.6:
            topic = "return_slow"
        feedback(c, tr_ + hours(U(3, 200)), topic, "app_review", lang, st, rating=rating_for(topic),
                 platform="app_store" if c["main_device"] == "ios" else "android_market", device=c["main_device"],
                 d=int(round(tr)) if topic == "return_slow" else None)
    return st


US_POST = {"上海": "Shanghai", "杭州": "Shanghai", "南京": "Shanghai", "苏州": "Shanghai", "北京": "Beijing",
           "天津": "Beijing", "西安": "Beijing", "广州": "Guangzhou", "深圳": "Guangzhou", "成都": "Beijing",
           "重庆": "Beijing", "武汉": "Wuhan"}


def visa_centre(dest, c):
    if dest == "US":
        return "AIT Taipei" if c["region"] == "taipei" else f"US Consulate {US_POST[c['city']]}"
    city = "Taipei" if c["region"] == "taipei" else c["city_en"]
    return f"{DEST[dest][3]} {city}"


def service_fee(vt, dest, c):
    fee = SERVICE_FEE_US_UK.get(vt, SERVICE_FEE[vt]) if dest in ("US", "UK") else SERVICE_FEE[vt]
    if c["region"] == "taipei":
        return round(fee / TWD / 10) * 10
    return fee


def consular_fee(vt, dest, c):
    cons = STUDENT_FEE.get(dest, DEST[dest][2]) if vt == "student" else DEST[dest][2]
    if vt == "work":
        cons = 3400 if dest == "AU" else 1200
    if c["region"] == "taipei":
        return round(cons / TWD / 10) * 10
    return cons


def fb_issue(c, st, t, topic, d=None):
    """a ticket or call note right after a problem."""
    lang = lang_of(c)
    chan = pick(["ticket", "call_note"], [0.6, 0.4])
    no_ts = chan == "call_note" and R() < 0.15
    feedback(c, t, topic, chan, lang, st, no_ts=no_ts, note_source="manual_entry" if no_ts else "crm", d=d)


_variant: dict[str, str] = {}


def exp_variant(c, t):
    cid = c["customer_id"]
    if cid not in _variant:
        _variant[cid] = "bundle" if R() < 0.5 else "control"
        EXPER.append(dict(experiment_id="express_bundle", variant=_variant[cid], customer_id=cid, assigned_at=t))
    return _variant[cid]


def survey(c, st, t):
    issues = st["issues"]
    w = {"advisor_helpful": 1.0, "smooth": 1.0 if not issues else 0.15, "checklist_clear": 0.5, "neutral": 0.35,
         "hidden_fee": 0.22, "fast_approval": 0.9 if st["decision_days"] < 8 and "refused" not in issues else 0.1}
    if "return_slow" in issues:
        w["return_slow"] = 4.0
    if "refused" in issues:
        w["refused_refund"] = 3.0
        w["fast_approval"] = 0
        w["smooth"] = 0
    if "doc_fail" in issues:
        w["doc_rejected"] = 1.3
    if "express_fail" in issues:
        w["express_not_faster"] = 4.0
    elif st.get("express") and "supplement" in issues:
        w["express_not_faster"] = 2.0
    elif st.get("express"):
        w["express_not_faster"] = 0.3
    if "slot_fail" in issues:
        w["slot_shortage"] = 3.0
    if "queue" in issues:
        w["queue"] = 1.4
    if "ticket" in issues:
        w["cs_slow"] = 0.6
    topic = pick(list(w), list(w.values()))
    r = rating_for(topic)
    lang = lang_of(c)
    d = None
    if topic == "return_slow":
        d = max(4, int(round(st["return_days"])))
    if topic == "fast_approval":
        d = max(2, int(round(st["decision_days"])))
    feedback(c, t, topic, "survey", lang, st, rating=r, nps=nps_for(r) if R() < 0.7 else None, d=d)


def browse():
    """extra browsing sessions on the product pages (other destinations, price checks) that go nowhere."""
    for c in CUSTOMERS:
        for _ in range(int(pick([0, 1, 2, 3], [0.35, 0.35, 0.2, 0.1]))):
            t = sample_day("main") + hours(U(8, 23.5))
            ch = digital_channel(c)
            dev = device_for(c, ch)
            s = new_session()
            vt, dest = case_kind(c)
            if vt == "eta":
                ev(c, "tp_eta_form", t, "view", ch, dev, s, visa_type="eta", destination=ETA[dest][0],
                   eta_product=dest)
                continue
            for _ in range(int(pick([1, 2, 3], [0.5, 0.35, 0.15]))):
                ev(c, "tp_product_page", t, "view", ch, dev, s, visa_type=vt, destination=dest,
                   utm_source=pick(["direct", "baidu", "xiaohongshu", "wechat", "google"]))
                t += mins(U(0.5, 5))
            if R() < 0.15:
                ev(c, "tp_visa_quiz", t + mins(U(1, 6)), "submit", ch, dev, s, visa_type=vt, destination=dest)


def social_posts():
    """public posts: no customer, many without a date."""
    plats_cn = ["xiaohongshu", "weibo", "douyin"]
    plats_tw = ["ptt", "facebook", "threads"]
    for i in range(700):
        t = START + days(U(0, NDAYS))
        m = (t.year, t.month)
        w = {"advisor_helpful": 1.0, "refused_refund": 0.6, "hidden_fee": 0.5, "queue": 0.35, "smooth": 0.4,
             "neutral": 0.3, "return_slow": 0.12, "slot_shortage": 0.1, "express_not_faster": 0.06}
        if m == (2026, 4):
            w["slot_shortage"] = 6.0
        if m == (2026, 5):
            w["slot_shortage"] = 1.5
        if t >= EMS_SWITCH:
            w["return_slow"] = 2.5 + 1.0 * (t.month - 5)
        topic = pick(list(w), list(w.values()))
        tw = R() < 0.2
        lang = ("en" if R() < 0.2 else "tw") if tw else ("en" if R() < 0.12 else "zh")
        plat = pick(plats_tw if tw else plats_cn)
        dest = pick(list(DEST))
        st = dict(case_id=None, office=None, dest=dest, visa_type=None)
        no_ts = R() < 0.45
        feedback(None, t, topic, "social", lang, st, no_ts=no_ts, platform=plat,
                 d=int(U(4, 9)) if topic == "return_slow" else None)
        row = FEEDBACK[-1]
        row["case_id"] = None
        row["office_id"] = None
        row["visa_type"] = None
        row["destination"] = None


# ---------------------------------------------------------------- main
def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    make_customers(6400)
    for c in CUSTOMERS:
        if c["region"] == "taipei":
            n = int(pick([1, 2, 3], [0.62, 0.28, 0.1]))
        elif c["corporate"]:
            n = int(pick([1, 2, 3, 4], [0.35, 0.3, 0.2, 0.15]))
        else:
            n = int(pick([1, 2, 3], [0.6, 0.28, 0.12]))
        kinds = [case_kind(c) for _ in range(n)]
        starts = sorted(sample_day("eta" if vt == "eta" else ("student" if vt == "student" else "main"))
                        for vt, _ in kinds)
        for (vt, dest), t0 in zip(kinds, starts):
            if vt == "eta":
                run_eta(c, t0, dest)
            else:
                run_case(c, t0, vt, dest)
    social_posts()
    browse()
    # a few tickets typed in later from paper notes: no date
    # customers: signup, segment, lifetime spend
    first = {}
    last = {}
    for e in EVENTS:
        cid = e["customer_id"]
        if cid not in first or e["ts"] < first[cid]:
            first[cid] = e["ts"]
        if cid not in last or e["ts"] > last[cid]:
            last[cid] = e["ts"]
    spend: dict[str, float] = {}
    for o in ORDERS:
        if o["status"] == "paid":
            spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + o["amount"]
    keep = []
    for c in CUSTOMERS:
        cid = c["customer_id"]
        if cid not in first:
            continue  # never showed up in the window: not exported
        if c["signup_at"] is None:
            c["signup_at"] = first[cid] - mins(U(1, 30))
        if c["corporate"]:
            seg = "corporate"
        elif c["tier"] in ("gold", "platinum"):
            seg = "vip"
        elif c["signup_at"] >= datetime(2026, 1, 1):
            seg = "new"
        elif last[cid] < datetime(2026, 1, 1):
            seg = "at_risk"
        else:
            seg = "returning"
        c["segment"] = seg
        c["lifetime_spend_cny"] = round(spend.get(cid, 0.0), 2)
        c["last_activity_at"] = last[cid]
        keep.append(c)
    # exact duplicates: the visa-centre webhook re-sent some biometrics check-ins
    bio = [e for e in EVENTS if e["touchpoint_id"] == "tp_biometrics"]
    for i in rng.choice(len(bio), 45, replace=False):
        EVENTS.append(dict(bio[int(i)]))
    EVENTS.sort(key=lambda e: (e["ts"], e["event_id"]))
    ORDERS.sort(key=lambda o: o["ts"])
    FEEDBACK.sort(key=lambda f: (f["ts"] is None, f["ts"] or datetime.min, f["feedback_id"]))

    # check markers: each text holds its topic's marker and no other topic's
    truth = {r["feedback_id"]: r["topic"] for r in TRUTH}
    for f in FEEDBACK:
        low = f["text"].lower()
        hits = {tp for tp, ms in MARKERS.items() if any(m in low for m in ms)}
        assert hits == {truth[f["feedback_id"]]}, (f["text"], hits, truth[f["feedback_id"]])

    def fmt(v):
        t = type(v)
        if t is datetime:
            return v.isoformat(sep=" ", timespec="seconds")
        if t is bool:
            return "true" if v else "false"
        if v is None:
            return ""
        return v

    def write(path, rows, cols):
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for r in rows:
                w.writerow([fmt(r.get(k)) for k in cols])

    write(out / "touchpoints.csv",
          [dict(touchpoint_id=a, name=b, name_zh=b, name_en=c_, stage=d, channel=e, kind=f, owner=g, aliases=h)
           for a, b, c_, d, e, f, g, h in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jrows,
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", keep,
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "city", "home_office",
           "passport_country", "preferred_language", "occupation", "age_band", "gender", "prior_refusal",
           "marketing_opt_in", "main_device", "wechat_bound", "company_name", "account_manager",
           "lifetime_spend_cny", "last_activity_at"])
    write(out / "events.csv", EVENTS,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "office_id", "case_id", "visa_type", "destination", "eta_product", "visa_centre", "advisor_id",
           "wait_days", "queue_minutes", "error_code", "issue_type", "courier", "transit_days", "refusal_reason",
           "order_id", "utm_source"])
    write(out / "orders.csv", ORDERS,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "currency", "amount_local",
           "product", "office_id", "case_id", "visa_type", "destination", "service_fee_local", "consular_fee_local",
           "promo_code", "payment_method", "advisor_id", "invoice_title", "cancel_reason", "refund_reason",
           "refunded_at"])
    write(out / "feedback.csv", FEEDBACK,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "platform", "office_id", "case_id", "destination", "visa_type", "device", "note_source"])
    write(out / "experiments.csv", EXPER, ["experiment_id", "variant", "customer_id", "assigned_at"])
    write(out / "_truth" / "feedback_truth.csv", TRUTH, ["feedback_id", "topic", "sentiment", "language"])
    print(f"customers {len(keep)}, events {len(EVENTS)}, orders {len(ORDERS)}, feedback {len(FEEDBACK)}, "
          f"experiments {len(EXPER)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
