"""暖心 WarmHeart: a charity foundation raising donations online (WeChat mini program, website, livestreams) for
education and medical-aid projects for children in five provinces, 2025-01-01 .. 2026-07-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment; not a DATA.md table, used by
gold.py only). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261203
START = datetime(2025, 1, 1)
END = datetime(2026, 7, 31, 23, 59, 59)
NDAYS = (END.date() - START.date()).days + 1
N_NEW = 6600          # people first reached in the data period (visitors; about half register)
N_PRE = 900           # individual donors registered before 2025
N_CORP_PRE = 100      # corporate donors registered before 2025
N_CORP_NEW = 30
D = timedelta
HOUR = timedelta(hours=1)
MIN = timedelta(minutes=1)
SEC = timedelta(seconds=1)

rng = np.random.default_rng(SEED)


def U(a, b):
    return a + (b - a) * rng.random()


def chance(p):
    return rng.random() < p


def pick(items, weights=None):
    if weights is None:
        return items[int(rng.integers(len(items)))]
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def lognorm(median, sigma):
    return median * math.exp(sigma * rng.standard_normal())


def day_dt(i):
    return START + D(days=int(i))


def at_hour(d, lo=8.0, hi=23.0):
    return datetime(d.year, d.month, d.day) + D(hours=U(lo, hi))


# ---------------------------------------------------------------- reference data
# city, 城市, province, 省份, 区域, weight
CITIES = [("Shanghai", "上海", "Shanghai", "上海", "华东", 0.17),
          ("Beijing", "北京", "Beijing", "北京", "华北", 0.14),
          ("Guangzhou", "广州", "Guangdong", "广东", "华南", 0.10),
          ("Shenzhen", "深圳", "Guangdong", "广东", "华南", 0.12),
          ("Hangzhou", "杭州", "Zhejiang", "浙江", "华东", 0.10),
          ("Nanjing", "南京", "Jiangsu", "江苏", "华东", 0.07),
          ("Chengdu", "成都", "Sichuan", "四川", "西南", 0.12),
          ("Kunming", "昆明", "Yunnan", "云南", "西南", 0.06),
          ("Wuhan", "武汉", "Hubei", "湖北", "华中", 0.07),
          ("Guiyang", "贵阳", "Guizhou", "贵州", "西南", 0.05)]

# project_id, 项目, project, type, 省份, province
PROJECTS = {"P01": ("山区孩子营养午餐", "Mountain Kids' Lunch", "education", "云南", "Yunnan"),
            "P02": ("乡村图书角", "Village Reading Corners", "education", "贵州", "Guizhou"),
            "P03": ("女童助学金", "Girls' Scholarship Fund", "education", "甘肃", "Gansu"),
            "P04": ("先心病儿童救助", "Children's Heart Surgery Aid", "medical", "四川", "Sichuan"),
            "P05": ("白血病患儿救助", "Childhood Leukemia Aid", "medical", "广西", "Guangxi"),
            "P06": ("乡村医生培训", "Village Doctor Training", "medical", "贵州", "Guizhou")}
PTYPE_ZH = {"education": "助学", "medical": "医疗救助"}
PROJ_BY_TYPE = {"education": (["P01", "P02", "P03"], [0.55, 0.22, 0.23]),
                "medical": (["P04", "P05", "P06"], [0.55, 0.3, 0.15])}

# campaign_id, 活动, campaign, first day, last day, focus projects
CAMPAIGNS = [("CMP2501", "春节暖冬行动", "Warm Winter Spring Drive", date(2025, 1, 15), date(2025, 2, 10), ["P01", "P05"]),
             ("CMP2509", "99公益日", "99 Giving Day", date(2025, 9, 5), date(2025, 9, 9), ["P01", "P04", "P03"]),
             ("CMP2512", "年终感恩季", "Year-End Gratitude Month", date(2025, 12, 1), date(2025, 12, 31),
              ["P04", "P05"]),
             ("CMP2602", "新春助学行动", "New Year School Drive", date(2026, 1, 26), date(2026, 2, 22), ["P03", "P02"]),
             ("CMP2606", "六一圆梦计划", "Children's Day Dreams", date(2026, 5, 25), date(2026, 6, 5), ["P03", "P01"])]
ALWAYS = ("CMP0000", "日常募捐", "Always-on giving")
MATCH_DAYS = (date(2025, 9, 7), date(2025, 9, 9))      # 99 Giving Day: corporate sponsors match 1:1 (≤ 500 a gift)
MATCH_PROJECTS = {"P01", "P04", "P03"}

ACQ_ZH = {"moments_ad": "朋友圈广告", "livestream": "公益直播", "friend_share": "好友转发", "offline_event": "线下活动",
          "corporate_partnership": "企业合作"}
AWARE_TP = {"moments_ad": ("tp_moments_ad", "ads"), "livestream": ("tp_livestream", "social"),
            "friend_share": ("tp_friend_share", "social"), "offline_event": ("tp_offline_event", "other")}
P_REG = {"moments_ad": 0.30, "livestream": 0.50, "friend_share": 0.58, "offline_event": 0.66}
RATE = {"moments_ad": 0.07, "livestream": 0.11, "friend_share": 0.15, "offline_event": 0.12}   # gifts / month
GIFT_MED = {"moments_ad": 50, "livestream": 30, "friend_share": 60, "offline_event": 100}
VOL_P = {"moments_ad": 0.03, "livestream": 0.025, "friend_share": 0.05, "offline_event": 0.20}

# 队伍, team, weight among friend-share arrivals, gift multiplier
TEAMS = [("腾飞跑团", "Soaring Runners", 0.31, 1.0), ("阳光妈妈团", "Sunshine Moms", 0.22, 2.2),
         ("星火读书会", "Spark Book Club", 0.21, 1.0), ("蓝海科技员工队", "BlueOcean Tech Staff", 0.17, 1.2),
         ("青松校友会", "Pine Alumni", 0.085, 0.9), ("小蜜蜂公益队", "Little Bees", 0.012, 1.0)]
TEAM_EN = {t[0]: t[1] for t in TEAMS}
AGES = ["18-24", "25-34", "35-44", "45-54", "55+"]
AGE_W = {"livestream": [0.28, 0.4, 0.2, 0.08, 0.04], None: [0.1, 0.3, 0.3, 0.18, 0.12]}
AGE_PLEDGE = {"18-24": 0.45, "25-34": 0.8, "35-44": 1.6, "45-54": 1.2, "55+": 1.0}
PM_ZH = {"wechat_pay": "微信支付", "alipay": "支付宝", "bank_card": "银行卡", "bank_transfer": "对公转账"}
CANCEL_ZH = {"too_many_calls": "来电太频繁", "payment_failed": "扣款失败", "financial": "经济原因",
             "switched_charity": "转捐其他机构", "not_given": "未说明原因"}
CALL_ZH = {"thank_you": "感谢回访", "pledge_upsell": "月捐邀请", "payment_reminder": "扣款提醒"}
REPORT_ZH = {"standard": "项目进展报告", "child_letter": "孩子来信"}
REFUND_ZH = {"duplicate_payment": "重复支付", "wrong_amount": "金额输错"}
OTYPE_ZH = {"one_off": "单次捐款", "pledge_installment": "月捐扣款", "matched_gift": "企业配捐"}
VOL_ACT = {"teaching": "乡村支教", "charity_sale": "义卖活动", "hospital_visit": "医院探访"}
SEG_ZH = {"visitor": "访客", "registered": "已注册未捐", "one_time": "单次捐赠人", "repeat": "多次捐赠人",
          "monthly": "月捐人", "former_monthly": "已停月捐", "corporate": "企业捐赠人"}
TIER_ZH = {"friend": "爱心之友", "guardian": "守护者", "champion": "挚爱伙伴"}

STD_REPORTS = [date(2025, 3, 15), date(2025, 6, 15), date(2025, 9, 15), date(2025, 12, 15), date(2026, 3, 15),
               date(2026, 6, 15)]
LETTERS = [date(2025, 5, 20), date(2025, 11, 20), date(2026, 4, 20)]            # education projects only
RECEIPT_BACKLOG = (datetime(2025, 12, 1), datetime(2026, 2, 1))
CALL_DRIVE = (datetime(2025, 10, 8), datetime(2026, 1, 10))                    # outsourced pledge-upsell calls
CARD_BATCH_EXPIRY = date(2026, 2, 28)                                           # co-branded charity cards
ANDROID_BUG = (datetime(2026, 6, 3, 10), datetime(2026, 6, 24, 9))              # mp-5.2.0 payment SDK error

TOUCHPOINTS = [
    # id, 名称, name, stage, channel, kind, owner, aliases
    ("tp_moments_ad", "朋友圈广告", "WeChat Moments ad", "awareness", "ads", "digital", "marketing",
     "朋友圈广告|广告|投放|moments ad|wechat ad|ad"),
    ("tp_livestream", "公益直播", "Charity livestream", "awareness", "social", "digital", "marketing",
     "直播|视频号直播|直播间|livestream|live stream|live"),
    ("tp_friend_share", "好友转发(一起捐)", "Friend share (peer-to-peer)", "awareness", "social", "digital",
     "community", "好友转发|一起捐|转发|朋友分享|friend share|peer-to-peer|shared by a friend"),
    ("tp_offline_event", "线下公益活动", "Offline charity event", "awareness", "other", "physical", "community",
     "线下活动|地推|公益活动|offline event|event|roadshow"),
    ("tp_campaign_page", "项目页浏览", "Campaign page viewed", "consideration", "mini_program", "digital",
     "marketing", "项目页|活动页|筹款页|浏览项目|campaign page|project page|landing page"),
    ("tp_register", "注册捐赠账户", "Donor account registered", "consideration", "mini_program", "digital",
     "digital", "注册|开户|注册账号|register|sign up|signup|account"),
    ("tp_checkout", "捐款支付页", "Donation payment page", "purchase", "mini_program", "digital", "digital",
     "支付页|付款|支付|去捐款|checkout|payment page|pay"),
    ("tp_donate", "捐款成功", "Donation completed", "purchase", "mini_program", "digital", "finance",
     "捐款|捐赠|首捐|单次捐|donation|donate|gift|first donation"),
    ("tp_receipt", "开具捐赠收据", "Donation receipt issued", "service", "email", "digital", "finance",
     "收据|捐赠票据|票据|开票|receipt|tax receipt|invoice"),
    ("tp_progress_report", "打开项目进展报告", "Project progress report opened", "service", "mini_program",
     "digital", "programs", "进展报告|项目反馈|孩子来信|善款去向|progress report|project update|report"),
    ("tp_pledge_setup", "开通月捐", "Monthly pledge set up", "loyalty", "mini_program", "digital", "donor_care",
     "月捐|开通月捐|定期捐|每月捐|monthly pledge|monthly giving|recurring donation|pledge"),
    ("tp_pledge_payment", "月捐扣款", "Pledge payment (monthly debit)", "loyalty", "other", "digital", "finance",
     "月捐扣款|扣款|自动扣款|代扣|pledge payment|monthly debit|installment|direct debit"),
    ("tp_donor_call", "捐赠人电话回访", "Donor phone call", "service", "phone", "digital", "donor_care",
     "电话回访|回访|外呼|打电话|phone call|call|calls|outbound call"),
    ("tp_volunteer_signup", "志愿者报名", "Volunteer sign-up", "loyalty", "mini_program", "digital", "community",
     "志愿者|报名志愿|做义工|volunteer|volunteering|sign-up"),
    ("tp_pledge_cancel", "取消月捐", "Pledge cancelled", "loyalty", "mini_program", "digital", "donor_care",
     "取消月捐|停捐|停止月捐|解约|cancel pledge|stop monthly giving|pledge cancellation|churn"),
    ("tp_refund", "误捐退款", "Refund of mistaken donation", "service", "phone", "digital", "finance",
     "退款|误捐|退钱|refund|mistaken donation|money back"),
]
JOURNEYS = [
    ("new_donor", "新捐赠人转化", "New donor conversion", 7,
     ["tp_campaign_page", "tp_register", "tp_checkout", "tp_donate"]),
    ("livestream", "直播捐款", "Livestream giving", 1, ["tp_livestream", "tp_campaign_page", "tp_donate"]),
    ("pledge_upgrade", "月捐升级", "Monthly pledge upgrade", 90,
     ["tp_donate", "tp_progress_report", "tp_pledge_setup"]),
]

# ---------------------------------------------------------------- comment templates (one topic each)
ZH = {
    "transparency": ["捐了好几次，一直想知道钱花到哪里去了，能不能公开明细", "希望能看到善款去向，具体买了什么",
                     "报告太笼统了，看不出钱花在哪", "想知道我的钱到底花在哪个学校哪个孩子身上",
                     "善款去向不透明，只说了总数", "能不能每月公示一下钱花到哪了", "项目报告只有照片，没写钱花在哪"],
    "receipt_late": ["捐款半个月了收据还没收到", "公司的捐赠票据等了三周还没开出来，财务一直催",
                     "年底要抵税，收据迟迟不来", "申请的捐赠票据到现在都没动静", "收据开得太慢了，打了好几次客服",
                     "说好7天内开收据，已经超时很久了"],
    "calls": ["一个月接了四个电话让我开月捐，太烦了", "你们的电话太多了，已经说了不需要还一直打",
              "上班时间老是打电话来劝我月捐，很打扰", "能不能别再打电话了，再打我就停捐", "外呼电话太频繁，感觉被骚扰"],
    "child_letter": ["收到孩子的亲笔信，看哭了", "孩子的来信写得好认真，特别感动", "看到小朋友写的信说吃上了热午饭，觉得值了",
                     "孩子的信里画了一幅画，太暖心了", "读了孩子来信，决定继续捐下去"],
    "pledge_failed": ["月捐扣款失败了，也没提前通知我", "银行卡过期了扣款失败，换卡流程好麻烦", "连续两个月扣款失败，不知道怎么回事",
                      "扣款失败的提醒短信看不懂", "月捐扣款一直失败，干脆不捐了"],
    "pay_error": ["安卓手机一点确认就支付失败", "小程序付不了款，试了三次都是支付失败", "更新后安卓付款失败，捐不了",
                  "付款失败，页面一直转圈", "想捐款但是付不了，提示系统错误"],
    "livestream": ["直播讲得很真诚，一下就捐了", "今晚的公益直播很感人", "直播间的老师讲了孩子们的故事，很打动人",
                   "直播里看到项目现场，觉得靠谱"],
    "volunteer": ["第一次当志愿者，很有意义", "志愿活动组织得很好，下次还来", "报名志愿者后很快就有人联系，安排得很周到"],
    "refund_slow": ["误捐了一笔退款等了好久", "重复支付了，退款流程太慢"],
    "refund_ok": ["手滑多捐了，退款很快就到账了", "退款处理得很及时，谢谢"],
    "praise": ["捐款流程很方便，几秒钟就好了", "小程序很好用，捐款很顺", "做的事情很有意义，会一直支持", "操作简单，捐得很安心",
               "捐赠证书秒到，挺有仪式感"],
    "thanks_call": ["工作人员专门打来感谢，很亲切", "回访的工作人员很客气，讲了项目进展"],
    "nps_pos": ["整体很好，会推荐给朋友", "很靠谱的机构，已经推荐给同事了", "做得很好，愿意一直支持"],
    "nps_neu": ["还可以吧", "中规中矩", "一般，没什么特别的"],
    "nps_neg": ["不太会推荐，体验一般", "感觉不怎么样，不会推荐", "有点失望"],
}
EN = {
    "transparency": ["I'd like to see where my money actually goes", "The report doesn't say how the money is spent",
                     "Please publish where the money goes, not just totals", "No idea where the money went after I gave"],
    "receipt_late": ["Still no receipt three weeks after our company's donation",
                     "Our finance team needs the tax receipt and it hasn't been issued",
                     "The receipt is very late, I asked twice", "Waiting ages for a donation receipt"],
    "calls": ["Too many calls asking me to give monthly", "Please stop calling me at work about pledges",
              "I got four calls in a month, this is too much", "Your call centre keeps calling, very annoying"],
    "child_letter": ["The letter from the child made me cry", "Loved the handwritten letter from the girl we support",
                     "Such a sweet letter from the kids, thank you"],
    "pledge_failed": ["My monthly debit failed and nobody told me", "Card expired and the debit failed, updating it is a pain",
                      "The debit failed two months in a row"],
    "pay_error": ["On Android the payment failed every time", "I couldn't pay in the mini program, it just spins",
                  "Payment failed three times on my phone"],
    "livestream": ["The livestream was really moving", "Great livestream, the teacher's stories were touching"],
    "volunteer": ["Volunteering with you was a great experience", "Well organised volunteer day"],
    "refund_slow": ["I donated twice by mistake and the refund took ages"],
    "refund_ok": ["Refund for my mistaken gift came back fast"],
    "praise": ["Giving is quick and easy", "Smooth process, happy to support", "Great cause, easy to give"],
    "thanks_call": ["A staff member rang to thank me, very kind"],
    "nps_pos": ["Great organisation, I recommend it to friends", "Trustworthy, would recommend"],
    "nps_neu": ["It's okay", "Fine, nothing special"],
    "nps_neg": ["Not likely to recommend", "Disappointing overall"],
}
SENT = {"transparency": "neg", "receipt_late": "neg", "calls": "neg", "child_letter": "pos", "pledge_failed": "neg",
        "pay_error": "neg", "livestream": "pos", "volunteer": "pos", "refund_slow": "neg", "refund_ok": "pos",
        "praise": "pos", "thanks_call": "pos", "nps_pos": "pos", "nps_neu": "neu", "nps_neg": "neg"}
RATING = {"transparency": (2, 3), "receipt_late": (1, 2), "calls": (1, 2), "child_letter": (5, 5),
          "pledge_failed": (1, 2), "pay_error": (1, 1), "livestream": (4, 5), "volunteer": (5, 5),
          "refund_slow": (1, 2), "refund_ok": (4, 5), "praise": (4, 5), "thanks_call": (5, 5)}

# ---------------------------------------------------------------- state
EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
CUSTOMERS: list[dict] = []
_sess = [0]
_ord = [0]


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") if t else ""


def new_session():
    _sess[0] += 1
    return f"S{_sess[0]:06d}"


def app_version(device, t):
    if device == "pc":
        return "web-3.4"
    if device == "android" and ANDROID_BUG[0] <= t < ANDROID_BUG[1]:
        return "mp-5.2.0"
    if t >= datetime(2026, 6, 24, 9):
        return "mp-5.2.1"
    if t >= datetime(2026, 1, 12):
        return "mp-5.1.0"
    if t >= datetime(2025, 6, 1):
        return "mp-5.0.3"
    return "mp-4.9.8"


def ev(c, t, tp, action, channel="", device="", session="", **extra):
    if t > END:
        return None
    row = {"customer_id": c["customer_id"], "ts": t, "touchpoint_id": tp, "action": action, "channel": channel,
           "device": device, "session_id": session}
    if device and channel in ("mini_program", "web"):
        row["app_version"] = app_version(device, t)
    row.update(extra)
    EVENTS.append(row)
    return row


def campaign_at(t):
    d = t.date()
    for cmp in CAMPAIGNS:
        if cmp[3] <= d <= cmp[4]:
            return cmp
    return None


def text_for(topic, lang):
    return pick(EN[topic] if lang == "en" else ZH[topic])


def add_fb(topic, c, t, channel, tp=None, rated=True, order=None, nps=None, device="", project=""):
    lang = c["language"] if c else ("en" if chance(0.05) else "zh")
    rating = ""
    if rated and topic in RATING:
        lo, hi = RATING[topic]
        rating = int(rng.integers(lo, hi + 1))
    FEEDBACK.append({"text": text_for(topic, lang), "ts": t, "customer_id": c["customer_id"] if c else "",
                     "touchpoint_id": tp or "", "channel": channel, "rating": rating,
                     "nps": "" if nps is None else nps, "language": lang,
                     "order_id": order["order_id"] if order else "", "project_id": project,
                     "city": c["city"] if c else "", "device": device, "_topic": topic, "_sent": SENT[topic]})


# ---------------------------------------------------------------- day weights
def _day_weights():
    w = np.ones(NDAYS)
    for i in range(NDAYS):
        d = (START + D(days=i)).date()
        w[i] = 1.0 + 0.35 * i / NDAYS
        cmp = campaign_at(datetime(d.year, d.month, d.day))
        if cmp:
            w[i] *= {"CMP2509": 4.0, "CMP2512": 1.7, "CMP2606": 2.6}.get(cmp[0], 1.3)
        if MATCH_DAYS[0] <= d <= MATCH_DAYS[1]:
            w[i] *= 2.2
        if d == date(2026, 6, 1):
            w[i] *= 1.8
        if d.month == 12 and d.day >= 24:
            w[i] *= 1.4
        if d.weekday() == 4:
            w[i] *= 1.25
    return w


DAYW = _day_weights()
DAYW_CUM = np.cumsum(DAYW)
LIVE_DAYS = {(START + D(days=i)).date() for i in range(NDAYS) if (START + D(days=i)).weekday() == 4}
LIVE_DAYS |= {date(2025, 9, 7), date(2025, 9, 8), date(2025, 9, 9), date(2026, 5, 31), date(2026, 6, 1),
              date(2025, 12, 31)}
LIVE_SORTED = sorted(LIVE_DAYS)


def sample_days(t_from, t_to, n):
    """n datetimes between t_from and t_to drawn with the day weights"""
    a = max(0, (t_from - START).days)
    b = min(NDAYS - 1, (t_to - START).days)
    if b < a or n <= 0:
        return []
    lo = DAYW_CUM[a - 1] if a > 0 else 0.0
    hi = DAYW_CUM[b]
    idx = np.searchsorted(DAYW_CUM, lo + (hi - lo) * rng.random(n))
    out = []
    for i in idx:
        t = at_hour(day_dt(i))
        if t_from <= t <= t_to:
            out.append(t)
    return sorted(out)


def expected_mass(t_from, t_to):
    a = max(0, (t_from - START).days)
    b = min(NDAYS - 1, (t_to - START).days)
    if b < a:
        return 0.0
    return float(DAYW_CUM[b] - (DAYW_CUM[a - 1] if a > 0 else 0.0))


def next_live(t):
    for d in LIVE_SORTED:
        if d >= t.date():
            return datetime(d.year, d.month, d.day, 20) + D(minutes=U(0, 110))
    return None


# ---------------------------------------------------------------- customers
def base_customer(cid, city=None):
    city = city or pick(CITIES, [x[5] for x in CITIES])
    return {"customer_id": cid, "signup_at": None, "segment": "", "region": city[4], "acquisition_channel": "",
            "city": city[0], "city_zh": city[1], "province": city[2], "province_zh": city[3], "donor_type": "",
            "age_band": "", "gender": "", "preferred_project": "", "fundraiser_team": "", "first_campaign_id": "",
            "language": "zh", "primary_device": "", "_lifetime_pre": 0.0, "_pledge": None, "_calls": [],
            "_donations": [], "_active_until": END, "_corp": False, "_scale": 1.0, "_ever_pledged": False}


def lang_for(city):
    return "en" if city[0] in ("Shanghai", "Beijing", "Shenzhen") and chance(0.12) else "zh"


def gift_amount(c, live=False):
    if c["_corp"]:
        return float(max(2000, round(lognorm(8000, 0.8), -3)))
    a = c["_scale"] * lognorm(1.0, 0.45) * (0.7 if live else 1.0)
    if a < 15:
        a = round(a)
    elif chance(0.6):
        a = min([10, 20, 30, 50, 66, 88, 99, 100, 200, 300, 500, 1000, 2000, 5000, 10000, 20000, 50000],
                key=lambda v: abs(math.log(v / a)))
    else:
        a = round(a)
    return float(max(1, a))


# ---------------------------------------------------------------- orders
def new_order(c, t, amount, otype, channel, device, project, campaign, pm, status="paid", **extra):
    _ord[0] += 1
    p = PROJECTS[project]
    cmp = campaign or ALWAYS
    team = c["fundraiser_team"] if otype == "one_off" else ""
    o = {"order_id": f"WH{_ord[0]:06d}", "customer_id": c["customer_id"], "ts": t, "amount": round(amount, 2),
         "status": status, "channel": channel, "device": device, "order_type": otype, "order_type_zh": OTYPE_ZH[otype],
         "project_id": project, "project_name": p[0], "project_name_en": p[1], "project_type": p[2],
         "project_type_zh": PTYPE_ZH[p[2]], "project_province": p[4], "project_province_zh": p[3],
         "campaign_id": cmp[0], "campaign_name": cmp[1], "campaign_name_en": cmp[2], "fundraiser_team": team,
         "fundraiser_team_en": TEAM_EN.get(team, ""), "payment_method": pm, "payment_method_zh": PM_ZH[pm],
         "matched_order_id": "", "installment_no": "", "refund_reason": "", "refund_reason_zh": "",
         "refund_amount": "", "refunded_at": None, "receipt_type": ""}
    o.update(extra)
    ORDERS.append(o)
    return o


SPONSORS: dict[str, list[dict]] = {}


def one_off_gift(c, t, device, channel, session, project, live=False, pm=None):
    """a completed one-off donation at t: order, donate event, refund / receipt / match / survey"""
    cmp = campaign_at(t)
    amount = gift_amount(c, live)
    pm = pm or ("bank_transfer" if c["_corp"] else pick(["wechat_pay", "alipay"], [0.82, 0.18]))
    ochan = "bank_transfer" if c["_corp"] else ("livestream" if live else ("web" if device == "pc" else "mini_program"))
    refund_p = 0.0 if c["_corp"] else (0.045 if live else 0.01)
    refund = chance(refund_p)
    reason = ""
    if refund:
        reason = pick(["duplicate_payment", "wrong_amount"], [0.6, 0.4])
        if reason == "wrong_amount":
            amount = float(amount * pick([10, 100], [0.7, 0.3]))
    o = new_order(c, t, amount, "one_off", ochan, device, project, cmp, pm,
                  receipt_type="official" if (c["_corp"] or chance(0.08)) else "e_receipt")
    first = not c["_donations"]
    c["_donations"].append((t, project, o["amount"]))
    ev(c, t, "tp_donate", "success", "other" if c["_corp"] else ("web" if device == "pc" else "mini_program"),
       device, session, order_id=o["order_id"], project_id=project, campaign_id=o["campaign_id"],
       payment_method=pm, fundraiser_team=c["fundraiser_team"])
    if refund:
        rt = t + D(days=U(0.3, 4.5))
        if rt <= END:
            o.update(status="refunded", refund_reason=reason, refund_reason_zh=REFUND_ZH[reason],
                     refund_amount=o["amount"], refunded_at=rt)
            ev(c, rt, "tp_refund", "success", "phone", "", "", order_id=o["order_id"], project_id=project,
               refund_reason=reason)
            if chance(0.3):
                add_fb(pick(["refund_slow", "refund_ok"], [0.55, 0.45]), c, rt + D(hours=U(1, 48)),
                       pick(["mini_program", "call_note"], [0.6, 0.4]), "tp_refund",
                       order=o, project=project)
            return o
    # receipt
    official = o["receipt_type"] == "official"
    backlog = RECEIPT_BACKLOG[0] <= t < RECEIPT_BACKLOG[1]
    if official:
        delay = lognorm(19.0 if backlog else 5.0, 0.35)
    else:
        delay = lognorm(7.5 if backlog else 1.1, 0.45)
    rt = t + D(days=delay)
    ev(c, rt, "tp_receipt", "success", "email" if official else "mini_program", "", "", order_id=o["order_id"],
       project_id=project, receipt_type=o["receipt_type"])
    if delay > 5:
        p = 0.33 if official else 0.16
        if chance(p):
            ft = t + D(days=U(5, min(delay, 30)))
            add_fb("receipt_late", c, ft, pick(["call_note", "mini_program", "email"], [0.35, 0.45, 0.2]),
                   "tp_receipt", order=o, project=project)
    elif chance(0.02):
        add_fb("praise", c, rt + D(hours=U(0.2, 30)), "mini_program", "tp_receipt", order=o, project=project)
    # 99 Giving Day corporate match
    if (not c["_corp"] and MATCH_DAYS[0] <= t.date() <= MATCH_DAYS[1] and project in MATCH_PROJECTS
            and SPONSORS.get(project)):
        sp = pick(SPONSORS[project])
        new_order(sp, t + D(seconds=int(U(20, 300))), min(o["amount"], 500.0), "matched_gift", "corporate_match",
                  "", project, cmp, "bank_transfer", matched_order_id=o["order_id"])
    # post-donation survey
    if not c["_corp"] and chance(0.07):
        st = t + D(hours=U(0.1, 20))
        topic = pick(["praise", "transparency", "livestream"], [0.8, 0.1, 0.1 if live else 0.0])
        add_fb(topic, c, st, "survey", "tp_livestream" if topic == "livestream" else "tp_donate", order=o,
               device=device, project=project)
    if first and not c["_corp"] and o["amount"] >= 200 and chance(0.5):
        call(c, at_hour(t + D(days=U(1, 4)), 10, 18), "thank_you")
    if first and c["_corp"] and chance(0.9):
        call(c, at_hour(t + D(days=U(1, 4)), 10, 18), "thank_you")
    return o


def call(c, t, purpose):
    if t > END:
        return
    answered = chance(0.72)
    ev(c, t, "tp_donor_call", "answered" if answered else "missed", "phone", "", "", call_purpose=purpose,
       call_purpose_zh=CALL_ZH[purpose])
    c["_calls"].append((t, purpose))
    if purpose == "thank_you" and answered and chance(0.05):
        add_fb("thanks_call", c, t + D(hours=U(1, 30)), "mini_program", "tp_donor_call")


def checkout(c, t, device, channel, session, project, live=False):
    """payment page at t; returns True when the donation completed"""
    bug = device == "android" and ANDROID_BUG[0] <= t < ANDROID_BUG[1]
    cmp = campaign_at(t) or ALWAYS
    if bug and chance(0.62):
        ev(c, t, "tp_checkout", "fail", channel, device, session, error_code="PAY_SDK_ERROR", project_id=project,
           campaign_id=cmp[0])
        if chance(0.45):
            add_fb("pay_error", c, t + D(minutes=U(3, 600)), pick(["mini_program", "call_note"], [0.7, 0.3]),
                   "tp_checkout", device=device, project=project)
        if not chance(0.25):
            return False
        t = t + D(minutes=U(2, 15))
    ev(c, t, "tp_checkout", "submit", channel, device, session, project_id=project, campaign_id=cmp[0])
    if chance(0.9):
        one_off_gift(c, t + D(seconds=int(U(8, 90))), device, channel, session, project, live)
        return True
    return False


def choose_project(c, t):
    cmp = campaign_at(t)
    if cmp and chance(0.55):
        return pick(cmp[5])
    if c["_donations"] and chance(0.6):
        return c["_donations"][-1][1]
    types, tw = PROJ_BY_TYPE[c["preferred_project"] or "education"]
    return pick(types, tw)


def visit(c, t, donate, live=False):
    """a return visit by a registered donor: (livestream) -> campaign page -> (payment page -> donation)"""
    device = c["primary_device"] if chance(0.9) else pick(["ios", "android", "pc"], [0.45, 0.43, 0.12])
    channel = "web" if device == "pc" else "mini_program"
    if live:
        device = device if device != "pc" else "ios"
        channel = "mini_program"
    s = new_session()
    project = choose_project(c, t)
    cmp = campaign_at(t) or ALWAYS
    if live:
        ev(c, t, "tp_livestream", "view", "social", device, s, campaign_id=cmp[0])
        t = t + D(minutes=U(2, 40))
    ev(c, t, "tp_campaign_page", "view", channel, device, s, project_id=project, campaign_id=cmp[0])
    if donate:
        checkout(c, t + D(minutes=U(0.5, 6)), device, channel, s, project, live)


# ---------------------------------------------------------------- lives
def make_people():
    cid = 0
    # sponsors / corporates first
    corps = []
    for i in range(N_CORP_PRE + N_CORP_NEW):
        cid += 1
        city = pick(CITIES[:6], [x[5] for x in CITIES[:6]])
        c = base_customer(f"D{cid:05d}", city)
        c.update(donor_type="corporate", _corp=True, acquisition_channel="corporate_partnership"
                 if i < N_CORP_PRE or chance(0.5) else "offline_event",
                 preferred_project=pick(["education", "medical"], [0.5, 0.5]),
                 language="en" if chance(0.25) else "zh", primary_device="pc")
        if i < N_CORP_PRE:
            c["signup_at"] = datetime(2020, 1, 1) + D(days=U(0, 1800))
            c["_lifetime_pre"] = lognorm(60000, 0.8)
        else:
            c["signup_at"] = at_hour(day_dt(U(0, NDAYS - 30)), 9, 18)
        corps.append(c)
    for k, proj in enumerate(["P01", "P01", "P01", "P04", "P04", "P03", "P03", "P01"]):
        SPONSORS.setdefault(proj, []).append(corps[k])
    people = corps[:]
    for i in range(N_PRE):
        cid += 1
        c = base_customer(f"D{cid:05d}")
        src = pick(["moments_ad", "livestream", "friend_share", "offline_event"], [0.3, 0.12, 0.3, 0.28])
        c.update(acquisition_channel=src, donor_type="individual", language=lang_for(
            next(x for x in CITIES if x[0] == c["city"])))
        c["signup_at"] = datetime(2021, 1, 1) + D(days=U(0, 1450))
        people.append(c)
    for i in range(N_NEW):
        cid += 1
        c = base_customer(f"D{cid:05d}")
        c["language"] = lang_for(next(x for x in CITIES if x[0] == c["city"]))
        people.append(c)
    return people, corps


_MEGA = [False]


def fill_individual(c, src):
    c["acquisition_channel"] = src
    c["donor_type"] = "individual"
    c["age_band"] = pick(AGES, AGE_W.get(src, AGE_W[None]))
    c["gender"] = pick(["female", "male"], [0.58, 0.42])
    c["preferred_project"] = pick(["education", "medical"], [0.6, 0.4])
    mult = 1.0
    if src == "friend_share":
        team = pick(TEAMS, [t[2] for t in TEAMS])
        c["fundraiser_team"] = team[0]
        mult = team[3]
    c["_scale"] = GIFT_MED[src] * mult * lognorm(1.0, 0.55) * (15 if chance(0.015) else 1)
    if c["fundraiser_team"] == "小蜜蜂公益队" and not _MEGA[0] and c["signup_at"] is None:
        _MEGA[0] = True                    # the team captain's boss: one very large donor in a tiny team
        c["_scale"] = 6000.0


def life_new(c):
    """a person first reached in the data period"""
    t0 = sample_days(START, END - D(days=2), 1)
    if not t0:
        return
    t0 = t0[0]
    d = t0.date()
    live_day = d in LIVE_DAYS
    src = pick(["moments_ad", "livestream", "friend_share", "offline_event"],
               [0.36, 0.42 if live_day else 0.1, 0.32, 0.14 if t0.weekday() >= 5 else 0.07])
    if src == "livestream":
        t0 = next_live(t0) or t0
    fill_individual(c, src)
    device = "ios" if src == "offline_event" and chance(0.5) else pick(
        ["ios", "android", "pc"], [0.47, 0.46, 0.07] if src == "livestream" else [0.44, 0.43, 0.13])
    if src == "livestream" and device == "pc":
        device = "android"
    c["primary_device"] = device
    channel = "web" if device == "pc" else "mini_program"
    cmp = campaign_at(t0) or ALWAYS
    c["first_campaign_id"] = cmp[0]
    s = new_session()
    tp, ach = AWARE_TP[src]
    ev(c, t0, tp, "view", ach, "" if src == "offline_event" else device, s, campaign_id=cmp[0],
       fundraiser_team=c["fundraiser_team"])
    project = choose_project(c, t0)
    p_page = 0.8 if src == "offline_event" else 0.92
    if not chance(p_page):
        return
    t1 = t0 + (D(hours=U(0.2, 40)) if src == "offline_event" else D(minutes=U(0.3, 8)))
    if src == "offline_event":
        s = new_session()
    ev(c, t1, "tp_campaign_page", "view", channel, device, s, project_id=project, campaign_id=cmp[0])
    # extra browsing without registering
    if not chance(P_REG[src]):
        if chance(0.25):
            t2 = t1 + D(days=U(1, 30))
            ev(c, t2, "tp_campaign_page", "view", channel, device, new_session(), project_id=project,
               campaign_id=(campaign_at(t2) or ALWAYS)[0])
        return
    r = rng.random()
    if r < 0.86:
        treg, s2 = t1 + D(minutes=U(0.5, 6)), s
    elif r < 0.96:
        treg, s2 = t1 + D(days=U(1, 6)), new_session()
    else:
        treg, s2 = t1 + D(days=U(8, 40)), new_session()
    if treg > END:
        return
    if s2 != s:
        ev(c, treg - D(minutes=U(1, 4)), "tp_campaign_page", "view", channel, device, s2, project_id=project,
           campaign_id=(campaign_at(treg) or ALWAYS)[0])
    c["signup_at"] = treg
    ev(c, treg, "tp_register", "submit", channel, device, s2, campaign_id=cmp[0])
    live = src == "livestream" and s2 == s
    donated = False
    if chance(0.85):
        donated = checkout(c, treg + D(minutes=U(0.5, 5)), device, channel, s2, project, live)
    registered_life(c, treg, donated)


def registered_life(c, t_from, donated_now):
    src = c["acquisition_channel"]
    act = c["_active_until"] = min(END, t_from + D(days=float(rng.exponential(420))))
    lam = RATE.get(src, 0.1) * float(rng.gamma(2.0, 0.5)) * (1.0 if donated_now else 0.55)
    # donation visits (weighted by campaign days) and browse-only visits
    mass = expected_mass(t_from + D(days=1), act) / 30.0
    n_don = int(rng.poisson(lam * mass))
    n_browse = int(rng.poisson(lam * mass * 1.2))
    visits = [(t, True) for t in sample_days(t_from + D(days=1), act, n_don)]
    visits += [(t, False) for t in sample_days(t_from + D(days=1), act, n_browse)]
    for t, don in sorted(visits):
        live = t.date() in LIVE_DAYS and chance(0.75 if src == "livestream" else 0.2)
        if live:
            t = datetime(t.year, t.month, t.day, 20) + D(minutes=U(0, 110))
        visit(c, t, don, live)
    if chance(VOL_P.get(src, 0.03)):
        tv = t_from + D(days=U(3, 220))
        if tv <= END:
            act_k = pick(list(VOL_ACT), [0.4, 0.35, 0.25])
            ev(c, tv, "tp_volunteer_signup", "submit", "mini_program", c["primary_device"] or "ios", new_session(),
               volunteer_activity=act_k, volunteer_activity_zh=VOL_ACT[act_k])
            if chance(0.1):
                add_fb("volunteer", c, tv + D(days=U(5, 30)), "mini_program", "tp_volunteer_signup")


def corp_life(c, start):
    n = int(rng.poisson(0.9 * max(0.0, (END - start).days) / 365))
    for t in sample_days(start, END, n):
        t = at_hour(t, 9.5, 17.5)
        if t.weekday() >= 5:
            t += D(days=2)
        if t > END:
            continue
        project = choose_project(c, t)
        one_off_gift(c, t, "", "other", "", project)


def pre_life(c):
    """individual donor registered before 2025: maybe an existing pledge, keeps giving"""
    src = c["acquisition_channel"]
    fill_individual(c, src)
    c["acquisition_channel"] = src
    c["primary_device"] = pick(["ios", "android", "pc"], [0.45, 0.42, 0.13])
    c["_lifetime_pre"] = c["_scale"] * float(rng.integers(1, 8))
    c["_pre_project"] = pick(*PROJ_BY_TYPE[c["preferred_project"]])
    c["_donations"].append((START - D(days=200), c["_pre_project"], 0.0))   # an earlier gift, for reports
    if chance(0.42 * AGE_PLEDGE[c["age_band"]] / 1.1):
        pm = pick(["bank_card", "wechat_pay", "alipay"], [0.55, 0.33, 0.12])
        exp = None
        if pm == "bank_card":
            exp = CARD_BATCH_EXPIRY if chance(0.55) else date(2026, 3, 31) + D(days=U(0, 1700))
        since = c["signup_at"] + D(days=U(0, 300))
        if since >= START:
            since = START - D(days=U(10, 200))
        c["_pledge"] = dict(since=since, amount=float(pick([30, 50, 100, 200, 500], [0.25, 0.35, 0.28, 0.1, 0.02])),
                            pm=pm, expiry=exp, project=c["_pre_project"], pre=True)
        c["_ever_pledged"] = True
    registered_life(c, START - D(days=1), True)


# ---------------------------------------------------------------- reports, calls, pledges
def reports_and_triggers(c):
    """report opens for every project the donor gave to; returns candidate pledge times"""
    triggers = []
    if c["_corp"]:
        return triggers
    firsts: dict[str, datetime] = {}
    for t, p, _ in c["_donations"]:
        firsts.setdefault(p, t)
    pl = c["_pledge"]
    if pl and pl.get("pre"):
        firsts.setdefault(pl["project"], pl["since"])
    engaged_until = c["_active_until"] + D(days=150)
    for p, tf in firsts.items():
        pubs = [(d, "standard") for d in STD_REPORTS]
        if PROJECTS[p][2] == "education":
            pubs += [(d, "child_letter") for d in LETTERS]
        for d, kind in pubs:
            pt = datetime(d.year, d.month, d.day, 10)
            if pt <= tf or pt > engaged_until:
                continue
            if not chance(0.55 if kind == "child_letter" else 0.35):
                continue
            to = pt + D(days=min(20.0, lognorm(0.6, 1.0)))
            device = c["primary_device"] or "ios"
            row = ev(c, to, "tp_progress_report", "view", "web" if device == "pc" else "mini_program", device,
                     new_session(), project_id=p, report_type=kind, report_type_zh=REPORT_ZH[kind])
            if row is None:
                continue
            if kind == "child_letter" and chance(0.07):
                add_fb("child_letter", c, to + D(hours=U(0.2, 72)), pick(["mini_program", "survey"], [0.6, 0.4]),
                       "tp_progress_report", project=p)
            if kind == "standard" and chance(0.04):
                add_fb("transparency", c, to + D(hours=U(0.2, 72)), pick(["mini_program", "survey"], [0.6, 0.4]),
                       "tp_progress_report", project=p)
            pp = (0.21 if kind == "child_letter" else 0.045) * AGE_PLEDGE.get(c["age_band"], 1.0)
            if chance(pp):
                triggers.append((to + D(days=min(55.0, lognorm(3.0, 1.0))), p))
    if c["_donations"] and c["_donations"][-1][2] > 0 and chance(0.03):
        t, p, _ = next(x for x in c["_donations"] if x[2] > 0)
        triggers.append((t + D(minutes=U(1, 10)), p))
    return triggers


def call_drive(c):
    """Q4 2025 outsourced pledge-upsell calls to 2025 donors"""
    if c["_corp"] or c["signup_at"] is None or c["signup_at"] >= datetime(2025, 10, 1):
        return []
    gave_2025 = any(START <= t < datetime(2025, 10, 1) and a > 0 for t, _, a in c["_donations"])
    monthly = c["_pledge"] is not None and c["_pledge"].get("pre")
    if not (gave_2025 or monthly) or c["_active_until"] < datetime(2025, 10, 1) and not monthly:
        return []
    if not chance(0.7):
        return []
    n = 1 + int(rng.poisson(2.3))
    t = CALL_DRIVE[0] + D(days=U(0, 38))
    times = []
    for _ in range(n):
        if t > CALL_DRIVE[1]:
            break
        tt = at_hour(t, 9.5, 20.5)
        times.append(tt)
        call(c, tt, "pledge_upsell")
        t = t + D(days=U(5, 14))
    if len(times) >= 3 and chance(0.22):
        add_fb("calls", c, times[-1] + D(hours=U(1, 120)), pick(["call_note", "mini_program", "survey"],
                                                               [0.4, 0.45, 0.15]), "tp_donor_call")
    elif len(times) == 2 and chance(0.04):
        add_fb("calls", c, times[-1] + D(hours=U(1, 120)), "call_note", "tp_donor_call")
    return times


def run_pledge(c, drive_calls):
    pl = c["_pledge"]
    device = c["primary_device"] or "ios"
    if pl.get("pre"):
        day = min(pl["since"].day, 28)
        t = datetime(2025, 1, day, 9) + D(minutes=U(0, 40))
        k0 = (2025 - pl["since"].year) * 12 + 1 - pl["since"].month
    else:
        ts = pl["since"]
        ev(c, ts, "tp_pledge_setup", "success", "web" if device == "pc" else "mini_program", device, new_session(),
           project_id=pl["project"], payment_method=pl["pm"], pledge_amount=pl["amount"])
        day = min(ts.day, 28)
        t = ts + D(minutes=U(1, 3))
        k0 = 0
    k = k0
    consec = 0
    updated = False
    third = drive_calls[2] if len(drive_calls) >= 3 else None
    call_cancel = third is not None and pl["since"] < third and chance(0.24)
    while t <= END:
        k += 1
        expired = pl["pm"] == "bank_card" and pl["expiry"] is not None and t.date() > pl["expiry"] and not updated
        if expired:
            fail, code = True, "CARD_EXPIRED"
        elif chance(0.03 if pl["pm"] == "bank_card" else 0.018):
            fail, code = True, pick(["INSUFFICIENT_FUNDS", "BANK_DECLINED"], [0.7, 0.3])
        else:
            fail, code = False, ""
        cancel_at, reason = None, None
        if fail:
            ev(c, t, "tp_pledge_payment", "fail", "other", "", "", error_code=code, payment_method=pl["pm"],
               project_id=pl["project"], installment_no=k)
            consec += 1
            if chance(0.22 if code == "CARD_EXPIRED" else 0.07):
                add_fb("pledge_failed", c, t + D(hours=U(2, 96)), pick(["mini_program", "call_note", "survey"],
                                                                       [0.5, 0.35, 0.15]), "tp_pledge_payment")
            if chance(0.6):
                call(c, at_hour(t + D(days=U(1, 3)), 10, 18), "payment_reminder")
            if code == "CARD_EXPIRED":
                if chance(0.33):
                    updated = True
                elif chance(0.25):
                    cancel_at, reason = t + D(days=U(1, 10)), "payment_failed"
            if consec >= 3 and cancel_at is None:
                cancel_at, reason = t + D(hours=U(1, 30)), "payment_failed"
        else:
            o = new_order(c, t, pl["amount"], "pledge_installment", "recurring", "", pl["project"], None, pl["pm"],
                          installment_no=k)
            ev(c, t, "tp_pledge_payment", "success", "other", "", "", order_id=o["order_id"],
               payment_method=pl["pm"], project_id=pl["project"], installment_no=k)
            consec = 0
        nxt_month = (t.month % 12) + 1
        nxt = datetime(t.year + (t.month == 12), nxt_month, day, 9) + D(minutes=U(0, 40))
        if cancel_at is None and call_cancel and third <= nxt and third + D(days=25) > t:
            cancel_at, reason = max(third, t) + D(days=U(1, 20)), "too_many_calls"
            call_cancel = False
        if cancel_at is None and chance(0.012):
            cancel_at = t + D(days=U(1, 25))
            reason = pick(["financial", "switched_charity", "not_given"], [0.55, 0.2, 0.25])
        if cancel_at is not None:
            if cancel_at <= END:
                system = reason == "payment_failed" and consec >= 3
                ch = "other" if system else ("phone" if reason == "too_many_calls" and chance(0.5) else
                                            ("web" if device == "pc" else "mini_program"))
                ev(c, cancel_at, "tp_pledge_cancel", "system" if system else "submit", ch,
                   "" if ch in ("other", "phone") else device, "", cancel_reason=reason,
                   cancel_reason_zh=CANCEL_ZH[reason], project_id=pl["project"])
                pl["cancelled"] = cancel_at
            break
        t = nxt


def pledges(c, drive_calls):
    if c["_corp"] or c["signup_at"] is None:
        return
    if c["_pledge"] is None:
        trig = reports_and_triggers(c)
        for t in drive_calls:
            if chance(0.018):
                trig.append((t + D(days=U(0, 3)), c["_donations"][-1][1] if c["_donations"] else "P01"))
        trig = [x for x in trig if x[0] <= END]
        if not trig:
            return
        t, p = min(trig)
        pm = pick(["bank_card", "wechat_pay", "alipay"], [0.35, 0.5, 0.15])
        exp = date(2026, 9, 30) + D(days=U(0, 1500)) if pm == "bank_card" else None
        c["_pledge"] = dict(since=t, amount=float(pick([30, 50, 100, 200, 500], [0.25, 0.35, 0.28, 0.1, 0.02])),
                            pm=pm, expiry=exp, project=p, pre=False)
        c["_ever_pledged"] = True
    else:
        reports_and_triggers(c)
    run_pledge(c, drive_calls)


# ---------------------------------------------------------------- other feedback
def extra_feedback(people):
    registered = [c for c in people if c["signup_at"] is not None and not c["_corp"]]
    waves = [date(2025, 3, 20), date(2025, 6, 19), date(2025, 9, 19), date(2025, 12, 12), date(2026, 3, 20),
             date(2026, 6, 19)]
    for w in waves:
        wt = datetime(w.year, w.month, w.day, 12)
        pool = [c for c in registered if c["signup_at"] < wt and c["_donations"]]
        idx = rng.choice(len(pool), size=65, replace=False)
        for i in idx:
            c = pool[int(i)]
            calls_q4 = sum(1 for t, p in c["_calls"] if p == "pledge_upsell")
            base = 8.4 - (2.8 if calls_q4 >= 3 and wt >= datetime(2025, 11, 1) else 0.0)
            score = int(min(10, max(0, round(base + 1.8 * rng.standard_normal()))))
            topic = "nps_pos" if score >= 9 else ("nps_neu" if score >= 7 else "nps_neg")
            add_fb(topic, c, wt + D(days=U(0, 6)), "nps_survey", None, rated=False, nps=score)
    # public social posts (no customer; many undated)
    for _ in range(170):
        topic = pick(["transparency", "child_letter", "livestream", "praise"], [0.35, 0.2, 0.25, 0.2])
        t = at_hour(day_dt(U(0, NDAYS - 1)))
        if topic == "child_letter":
            d = pick(LETTERS)
            t = datetime(d.year, d.month, d.day, 12) + D(days=U(0, 20))
        FEEDBACK_ROWS_NOCUST.append((topic, None if chance(0.4) else t))
    for topic, t in FEEDBACK_ROWS_NOCUST:
        add_fb(topic, None, t, "social", {"transparency": "tp_progress_report", "child_letter": "tp_progress_report",
                                          "livestream": "tp_livestream", "praise": ""}[topic], rated=False)
    # call notes without a date (legacy call-centre export)
    for f in FEEDBACK:
        if f["channel"] == "call_note" and f["ts"] is not None and chance(0.12):
            f["ts"] = None


FEEDBACK_ROWS_NOCUST: list = []


# ---------------------------------------------------------------- output
def segment(c):
    if c["_corp"]:
        return "corporate"
    if c["signup_at"] is None:
        return "visitor"
    pl = c["_pledge"]
    if pl and not pl.get("cancelled"):
        return "monthly"
    if pl:
        return "former_monthly"
    n = sum(1 for t, _, a in c["_donations"] if a > 0)
    if n == 0:
        return "registered" if c["_lifetime_pre"] == 0 else "one_time"
    return "one_time" if n == 1 and c["_lifetime_pre"] == 0 else "repeat"


def write_all(out: Path, people):
    out.mkdir(parents=True, exist_ok=True)

    def write(path, rows, cols):
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for r in rows:
                w.writerow([fmt(r.get(k)) if isinstance(r.get(k), datetime) else
                            ("" if r.get(k) is None else r.get(k)) for k in cols])

    write(out / "touchpoints.csv",
          [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv",
          [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
           "window_days"])
    paid = {}
    for o in ORDERS:
        if o["status"] == "paid":
            paid[o["customer_id"]] = paid.get(o["customer_id"], 0.0) + o["amount"]
    rows = []
    for c in people:
        seg = segment(c)
        life = c["_lifetime_pre"] + paid.get(c["customer_id"], 0.0)
        tier = "" if c["signup_at"] is None else ("champion" if life >= 5000 else
                                                   ("guardian" if life >= 500 else "friend"))
        acq = c["acquisition_channel"]
        r = dict(c)
        r.update(segment=seg, segment_zh=SEG_ZH[seg], tier=tier, tier_zh=TIER_ZH.get(tier, ""),
                 acquisition_channel_zh=ACQ_ZH.get(acq, ""),
                 donor_type_zh={"individual": "个人", "corporate": "企业"}.get(c["donor_type"], ""),
                 preferred_project_zh=PTYPE_ZH.get(c["preferred_project"], ""),
                 fundraiser_team_en=TEAM_EN.get(c["fundraiser_team"], ""),
                 pledge_payment_method=c["_pledge"]["pm"] if c["_pledge"] else "")
        rows.append(r)
    vol = {e["customer_id"] for e in EVENTS if e["touchpoint_id"] == "tp_volunteer_signup"}
    for r in rows:
        r["is_volunteer"] = "true" if r["customer_id"] in vol else "false"
    write(out / "customers.csv", rows,
          ["customer_id", "signup_at", "segment", "segment_zh", "region", "acquisition_channel",
           "acquisition_channel_zh", "tier", "tier_zh", "donor_type", "donor_type_zh", "age_band", "gender", "city",
           "city_zh", "province", "province_zh", "preferred_project", "preferred_project_zh", "fundraiser_team",
           "fundraiser_team_en", "first_campaign_id", "language", "primary_device", "is_volunteer",
           "pledge_payment_method"])
    ORDERS.sort(key=lambda o: (o["ts"], o["order_id"]))
    remap = {o["order_id"]: f"WH{i:06d}" for i, o in enumerate(ORDERS, 1)}
    for o in ORDERS:
        o["order_id"] = remap[o["order_id"]]
        if o["matched_order_id"]:
            o["matched_order_id"] = remap[o["matched_order_id"]]
    for e in EVENTS:
        if e.get("order_id"):
            e["order_id"] = remap[e["order_id"]]
    for f in FEEDBACK:
        if f["order_id"]:
            f["order_id"] = remap[f["order_id"]]
    write(out / "orders.csv", ORDERS,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "order_type_zh",
           "project_id", "project_name", "project_name_en", "project_type", "project_type_zh", "project_province",
           "project_province_zh", "campaign_id", "campaign_name", "campaign_name_en", "fundraiser_team",
           "fundraiser_team_en", "payment_method", "payment_method_zh", "matched_order_id", "installment_no",
           "receipt_type", "refund_reason", "refund_reason_zh", "refund_amount", "refunded_at"])
    EVENTS.sort(key=lambda e: (e["ts"], e["customer_id"], e["touchpoint_id"]))
    for i, e in enumerate(EVENTS, 1):
        e["event_id"] = f"EV{i:07d}"
    write(out / "events.csv", EVENTS,
          ["event_id", "customer_id", "ts", "touchpoint_id", "action", "session_id", "device", "channel",
           "app_version", "campaign_id", "project_id", "order_id", "error_code", "payment_method",
           "fundraiser_team", "report_type", "report_type_zh", "call_purpose", "call_purpose_zh", "cancel_reason",
           "cancel_reason_zh", "refund_reason", "receipt_type", "installment_no", "pledge_amount",
           "volunteer_activity", "volunteer_activity_zh"])
    FEEDBACK.sort(key=lambda f: (f["ts"] is None, f["ts"] or END, f["text"]))
    for i, f in enumerate(FEEDBACK, 1):
        f["feedback_id"] = f"FB{i:05d}"
    write(out / "feedback.csv", FEEDBACK,
          ["feedback_id", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "text", "language",
           "order_id", "project_id", "city", "device"])
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv",
          [dict(feedback_id=f["feedback_id"], topic=f["_topic"], sentiment=f["_sent"]) for f in FEEDBACK],
          ["feedback_id", "topic", "sentiment"])


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    out = Path(sys.argv[1])
    people, corps = make_people()
    for c in people:
        if c["_corp"]:
            start = max(START, c["signup_at"])
            if c["signup_at"] >= START:
                ev(c, c["signup_at"], "tp_register", "submit", "web", "pc", new_session())
            corp_life(c, start + D(days=1))
        elif c["signup_at"] is not None:
            pre_life(c)
        else:
            life_new(c)
    for c in people:
        if c["_corp"] or c["signup_at"] is None:
            continue
        drive = call_drive(c)
        pledges(c, drive)
    extra_feedback(people)
    write_all(out, people)
    print(f"customers {len(people)}, events {len(EVENTS)}, orders {len(ORDERS)}, feedback {len(FEEDBACK)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
