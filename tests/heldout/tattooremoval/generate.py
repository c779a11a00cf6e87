"""拾净 ClearSlate laser tattoo-removal clinics (synthetic, written blind).

Four clinics: SH01 上海徐汇店 Shanghai Xuhui, CD01 成都春熙路店 Chengdu Chunxi Road, WH01 武汉江汉路店 Wuhan Jianghan Road
(CNY) and HK01 香港铜锣湾店 Hong Kong Causeway Bay (HKD). Journey: online enquiry (Xiaohongshu / Douyin / Dianping / Baidu /
Instagram / Google / referral links; walk-ins skip it) -> consultation booking -> in-clinic skin consultation -> patch
test (试打光斑) -> purchase (3 / 6 / 10-session package or pay-per-session) -> session bookings -> laser sessions 6-10
weeks apart (no-shows rebook) -> aftercare check by WeChat / phone a few days later (fading estimate) -> skin reaction
reports (blisters ...) -> billing disputes -> refund requests -> reviews and referrals.
Data 2024-08-01 .. 2026-07-31 (extract taken in August 2026; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback, experiments (CSV, DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment: generator truth, not a DATA.md table).
Deterministic (fixed seed), numpy + stdlib. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260805
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 8, 1), datetime(2026, 7, 31, 23, 59, 59)

WH_QUEUE = datetime(2025, 10, 1)                              # Wuhan: walk-in "express" slots double-booked
CD_TECH = (datetime(2026, 2, 1), datetime(2026, 5, 1))        # Chengdu: new technician T-CD-07 on high fluence
SH_NUMBING = datetime(2025, 9, 1)                             # Shanghai: numbing cream billed per session (¥180)
DY_CAMPAIGN = (datetime(2025, 5, 19), datetime(2025, 6, 16))  # Douyin "毕业季洗纹身" BYEINK campaign (SH, CD, WH)
EXP = (datetime(2025, 3, 1), datetime(2026, 1, 1))            # progress_photo_2025: first sessions in this window

CLINICS = {
    "SH01": dict(zh="上海徐汇店", en="Shanghai Xuhui", city="Shanghai", city_zh="上海", region="华东", cur="CNY",
                 fx=1.0, n=2200, price_f=1.15, zh_share=0.95),
    "CD01": dict(zh="成都春熙路店", en="Chengdu Chunxi Road", city="Chengdu", city_zh="成都", region="西南", cur="CNY",
                 fx=1.0, n=1700, price_f=0.9, zh_share=0.97),
    "WH01": dict(zh="武汉江汉路店", en="Wuhan Jianghan Road", city="Wuhan", city_zh="武汉", region="华中", cur="CNY",
                 fx=1.0, n=1500, price_f=0.85, zh_share=0.97),
    "HK01": dict(zh="香港铜锣湾店", en="Hong Kong Causeway Bay", city="Hong Kong", city_zh="香港", region="香港",
                 cur="HKD", fx=0.92, n=1400, price_f=1.45, zh_share=0.5),
}
CN = ("SH01", "CD01", "WH01")
SEASON = [0.75, 0.6, 1.2, 1.35, 1.35, 1.15, 1.05, 0.9, 1.0, 0.9, 0.85, 0.8]

CH_CN = {"xiaohongshu": 0.30, "douyin": 0.22, "dianping": 0.16, "baidu": 0.10, "referral": 0.12, "walk_in": 0.10}
CH_HK = {"instagram": 0.34, "google": 0.28, "xiaohongshu": 0.10, "referral": 0.16, "walk_in": 0.12}
CH_ZH = {"xiaohongshu": "小红书", "douyin": "抖音", "dianping": "大众点评", "baidu": "百度搜索", "referral": "老客推荐",
         "walk_in": "自然到店", "instagram": "Instagram", "google": "谷歌搜索"}
CH_TP = {"xiaohongshu": "social", "douyin": "social", "dianping": "app", "baidu": "web", "referral": "mini_program",
         "instagram": "social", "google": "web"}
P_BOOK = {"xiaohongshu": 0.58, "douyin": 0.38, "dianping": 0.66, "baidu": 0.55, "referral": 0.80, "instagram": 0.52,
          "google": 0.60}
P_SHOW = {"xiaohongshu": 0.82, "douyin": 0.70, "dianping": 0.86, "baidu": 0.84, "referral": 0.93, "instagram": 0.80,
          "google": 0.85, "walk_in": 1.0}
P_BUY = {"xiaohongshu": 0.55, "douyin": 0.42, "dianping": 0.52, "baidu": 0.56, "referral": 0.76, "instagram": 0.50,
         "google": 0.57, "walk_in": 0.50}

SIZES = ["small", "medium", "large"]
SIZE_ZH = {"small": "小面积", "medium": "中面积", "large": "大面积"}
SINGLE_PRICE = {"small": 680, "medium": 1280, "large": 2380}     # CNY list before the clinic factor
PLANS = {"package_3": 3, "package_6": 6, "package_10": 10, "single": 0}
PLAN_ZH = {"package_3": "3次疗程包", "package_6": "6次疗程包", "package_10": "10次疗程包", "single": "单次付费",
           "single_session": "单次治疗", "numbing_fee": "麻药费", "aftercare_kit": "术后修护套装"}
PLAN_MULT = {"package_3": 2.6, "package_6": 4.8, "package_10": 7.5}
LOCATIONS = ["forearm", "wrist", "ankle", "neck", "back", "upper_arm", "chest", "finger"]
LOCATION_ZH = {"forearm": "小臂", "wrist": "手腕", "ankle": "脚踝", "neck": "脖子", "back": "后背", "upper_arm": "大臂",
               "chest": "胸口", "finger": "手指"}
INK_ZH = {"black": "黑色", "colour": "彩色"}
REACT_ZH = {"blister": "水泡", "swelling": "红肿", "scabbing": "结痂", "hypopigmentation": "色素减退"}
AGENTS = {"SH01": ["A01", "A02", "A03"], "CD01": ["A04", "A05"], "WH01": ["A06", "A07"], "HK01": ["A08", "A09"]}
CONSULTANTS = {"SH01": ["SH-C1", "SH-C2"], "CD01": ["CD-C1", "CD-C2"], "WH01": ["WH-C1"], "HK01": ["HK-C1", "HK-C2"]}
TECHS = {"SH01": ["T-SH-01", "T-SH-02", "T-SH-03"], "CD01": ["T-CD-05", "T-CD-06"], "WH01": ["T-WH-09", "T-WH-10"],
         "HK01": ["T-HK-11", "T-HK-12"]}

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_enquiry", "线上咨询", "Online enquiry", "awareness", "social", "digital", "cs_online",
     "私信咨询|在线咨询|询价|DM enquiry|enquiry form"),
    ("tp_consult_booking", "预约面诊", "Consultation booking", "consideration", "mini_program", "digital", "cs_online",
     "约面诊|预约评估|book a consult"),
    ("tp_skin_consult", "到店皮肤面诊", "Skin consultation", "consideration", "store", "physical", "consultants",
     "面诊|皮肤评估|consult|assessment"),
    ("tp_patch_test", "光斑测试", "Patch test", "consideration", "store", "physical", "clinic_ops",
     "试打|测试光斑|test spot|patch"),
    ("tp_package_buy", "购买疗程", "Treatment purchase", "purchase", "store", "physical", "sales",
     "买疗程包|办卡|下单|buy package|sign-up"),
    ("tp_session_book", "预约治疗", "Session booking", "service", "mini_program", "digital", "front_desk",
     "约治疗|约下一次|book a session|appointment"),
    ("tp_laser_session", "激光洗纹身治疗", "Laser removal session", "service", "store", "physical", "clinic_ops",
     "洗纹身|做一次激光|治疗|laser session|treatment"),
    ("tp_no_show", "爽约未到", "Missed appointment", "service", "store", "physical", "front_desk",
     "放鸽子|没来|no-show|DNA"),
    ("tp_aftercare_check", "术后回访", "Aftercare check-in", "service", "phone", "digital", "customer_care",
     "回访|术后跟进|aftercare call|follow-up"),
    ("tp_skin_reaction", "皮肤反应上报", "Skin reaction report", "service", "phone", "digital", "medical",
     "起泡上报|副反应|reaction|blistering report"),
    ("tp_billing_dispute", "费用争议", "Billing dispute", "service", "phone", "digital", "finance",
     "价格纠纷|收费投诉|price dispute|billing complaint"),
    ("tp_refund_request", "退款申请", "Refund request", "service", "store", "physical", "finance",
     "退卡|退余次|refund"),
    ("tp_review", "发表评价", "Review posted", "loyalty", "app", "digital", "marketing",
     "写点评|评价|review"),
    ("tp_referral", "推荐好友", "Friend referral", "loyalty", "mini_program", "digital", "marketing",
     "转介绍|推荐码|refer a friend"),
]

JOURNEYS = [
    ("enquiry_to_consult", "咨询到面诊", "Enquiry to consultation", ["tp_enquiry", "tp_consult_booking", "tp_skin_consult"], 14),
    ("consult_to_purchase", "面诊到购买", "Consultation to purchase", ["tp_skin_consult", "tp_patch_test", "tp_package_buy"], 30),
    ("first_treatment", "购买到首次治疗", "Purchase to first session", ["tp_package_buy", "tp_session_book", "tp_laser_session"], 30),
    ("aftercare_review", "治疗后回访与评价", "Session to aftercare and review", ["tp_laser_session", "tp_aftercare_check", "tp_review"], 21),
]

# ---------- feedback templates (markers: see README; each topic's words appear in no other topic) ----------
TPL = {
    "pain": {
        "zh": ["打的时候太疼了，{loc}那块像被油溅，麻药跟没涂一样", "第{n}次比前几次都疼，技师能不能调低一点", "疼得我眼泪都出来了，下次还要不要来得想想",
               "真的很疼，之前说只是像橡皮筋弹一下，完全不是", "疼到手抖，做完一整晚都火辣辣的", "整个过程太疼，建议店里提前说清楚疼痛程度"],
        "en": ["Way more painful than the consultant said, felt like hot fat on my {loc_en}.", "Session {n} really hurt, please turn it down a notch.",
               "The pain was brutal and the numbing did nothing.", "It hurt so much I nearly stopped halfway.",
               "Honestly the pain is the worst part, nobody warned me properly.", "Painful session, my skin stung all night."],
        "tp": "tp_laser_session", "sent": "neg"},
    "blister": {
        "zh": ["做完第二天起了好几个大水泡，不敢碰", "水泡破了流水，问店里只说正常，心里发慌", "这次起泡特别严重，{loc}一片都是",
               "起泡起得比上次多很多，是不是能量开大了", "水泡一直不消，已经一个星期了", "腿上起泡了还渗液，客服让我自己去药店"],
        "en": ["Huge blisters came up the next day on my {loc_en}.", "The blisters popped and wept for days, clinic just said it's normal.",
               "Blistering was much worse than last time, was the setting too high?", "Still have blisters a week later, not happy.",
               "Got blisters all over the treated area and nobody called back.", "Blister after blister this round, worried about scarring."],
        "tp": "tp_skin_reaction", "sent": "neg"},
    "waiting": {
        "zh": ["约的是下午三点，到店等了快一个小时才进去", "明明预约了还要干等四十分钟，前台一直说马上", "每次去都等了很久，预约形同虚设",
               "等了五十分钟，治疗本身只有十分钟", "到店干等，问了三次才叫到我", "排队等了一个钟，请假的时间全耗在这了"],
        "en": ["Booked for 3pm and waited almost an hour in the lobby.", "Waited 45 minutes past my slot, front desk kept saying five more minutes.",
               "The waiting at this branch is ridiculous, the booking means nothing.", "Sat waiting for 50 minutes for a 10 minute zap.",
               "Long waiting again, had to ask three times.", "I waited an hour and had to leave work early for this."],
        "tp": "tp_laser_session", "sent": "neg"},
    "price": {
        "zh": ["买疗程的时候没说麻药费另收，每次多收180", "结账突然加了一笔麻药费，这算乱收费吧", "套餐说好全包，结果每次都多收钱",
               "多收了我一笔费用，找客服要了两周才处理", "麻药费从来没在合同里出现过，要求退还", "价格前后不一致，感觉被多收了"],
        "en": ["Nobody told me the numbing cream is an extra charge on top of the package.", "Got charged 180 extra at checkout for numbing cream.",
               "The package was supposed to be all-in, now there is a charge every visit.", "I was overcharged and it took two weeks to sort out.",
               "Hidden charge for numbing, I want it back.", "Charged twice for the same session, finance still has not fixed it."],
        "tp": "tp_billing_dispute", "sent": "neg"},
    "slow_fade": {
        "zh": ["做了{n}次了，变淡得很有限，和宣传的差好多", "彩色部分几乎没变淡，绿色还是那么绿", "花了这么多钱，变淡速度太让人失望",
               "每次回访都说在变淡，我自己看不太出来", "黑色变淡了一点，红色蓝色基本没动", "变淡比预期慢太多，是不是要加次数"],
        "en": ["{n} sessions in and it's barely lighter, the fading is so slow.", "The green and blue parts are fading really slowly, almost no change.",
               "Slow progress for the money, expected far more by now.", "Fading is slow, the consultant keeps saying give it time.",
               "Black went lighter but the colours are slow, really slow.", "Results are slow, starting to regret the 10-pack."],
        "tp": "tp_aftercare_check", "sent": "neg"},
    "reply_slow": {
        "zh": ["私信问价格，隔了一天才有人回复", "在线咨询半天没人回复，差点就去别家了", "发了照片问能不能洗，回复慢得离谱",
               "客服回复太敷衍，问三句答一句"],
        "en": ["Sent a DM with photos, no reply for a whole day.", "Took ages to get a reply to my enquiry.",
               "Enquiry form went unanswered until I chased, reply came 2 days later.", "Online chat never replied, almost went elsewhere."],
        "tp": "tp_enquiry", "sent": "neg"},
    "staff_good": {
        "zh": ["技师很专业，每一步都解释清楚", "护士小姐姐很温柔，全程在安抚我", "面诊很专业，没有硬推套餐", "前台和技师都很耐心，环境干净",
               "医生很专业，还教我怎么护理", "服务很贴心，冰敷做得很到位"],
        "en": ["The technician was super professional and explained every step.", "Lovely nurse, kept me calm the whole time.",
               "Consultation was honest and professional, no hard sell.", "Friendly, patient staff and a very clean clinic.",
               "Great aftercare advice from the doctor.", "Really caring team, the cold compress after was spot on."],
        "tp": "tp_laser_session", "sent": "pos"},
    "result_good": {
        "zh": ["第{n}次做完已经淡了很多，朋友都看不出来了", "效果超出预期，几乎看不出原来的图案了", "前任名字终于快没了，淡了很多",
               "手腕上的字已经淡了很多，面试不用贴创可贴了", "效果很明显，推荐给朋友了"],
        "en": ["After session {n} it has lightened a lot, friends can't tell anymore.", "Results are better than I hoped, it's almost gone.",
               "My ex's name is nearly gone, so happy with the result.", "Wrist script has lightened a lot, no more plasters at job interviews.",
               "Visible result every time, already recommended to a friend."],
        "tp": "tp_aftercare_check", "sent": "pos"},
    "neutral": {
        "zh": ["还在观察中，过两个月再看看", "一般吧，正常流程", "第{n}次做完，暂时没什么特别的感觉", "环境还行，停车不太方便"],
        "en": ["Still early days, will see after a couple more.", "Fine, nothing special to report.", "Session {n} done, no strong opinion yet.",
               "Clinic is ok, parking is tricky."],
        "tp": "tp_laser_session", "sent": "neu"},
}
LOC_EN = {k: k.replace("_", " ") for k in LOCATIONS}


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(d: dict):
    keys = list(d)
    p = np.array([d[k] for k in keys], float)
    return keys[rng.choice(len(keys), p=p / p.sum())]


def biz_time(day: datetime) -> datetime:
    return day.replace(hour=int(rng.integers(10, 21)), minute=int(rng.integers(0, 60)), second=int(rng.integers(0, 60)))


_W: dict = {}


def rand_day(lo: datetime, hi: datetime) -> datetime:
    days = (hi - lo).days
    if (lo, days) not in _W:
        w = np.array([SEASON[(lo + D(days=i)).month - 1] * (1 + 0.35 * i / days) for i in range(days)])
        _W[(lo, days)] = w / w.sum()
    return lo + D(days=int(rng.choice(days, p=_W[(lo, days)])))


class G:
    def __init__(self):
        self.customers, self.events, self.orders, self.feedback, self.truth, self.exp = [], [], [], [], [], []
        self.eid = self.oid = self.fid = 0

    def ev(self, c, tp, t, action, **kw):
        if t > END:
            return None
        self.eid += 1
        row = dict(event_id=f"E{self.eid:06d}", customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp,
                   action=action, clinic_id=c["clinic_id"], city=c["city"], city_zh=c["city_zh"])
        row.update(kw)
        self.events.append(row)
        return row

    def order(self, c, t, otype, local, status="paid", **kw):
        if t > END:
            return None
        self.oid += 1
        cl = CLINICS[c["clinic_id"]]
        row = dict(order_id=f"O{self.oid:06d}", customer_id=c["customer_id"], ts=fmt(t), amount=round(local * cl["fx"], 2),
                   status=status, order_type=otype, order_type_zh=PLAN_ZH[otype], currency=cl["cur"], amount_local=local,
                   clinic_id=c["clinic_id"], city=c["city"], city_zh=c["city_zh"], tattoo_size=c["tattoo_size"],
                   ink_colour=c["ink_colour"])
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, topic, lang, t, channel, c=None, rating=None, nps=None, n=1, tp=None, **kw):
        tpl = TPL[topic]
        loc = c["tattoo_location"] if c else str(rng.choice(LOCATIONS))
        text = str(rng.choice(tpl[lang])).format(n=n, loc=LOCATION_ZH[loc], loc_en=LOC_EN[loc])
        self.fid += 1
        fid = f"F{self.fid:05d}"
        cid = c["clinic_id"] if c else kw["clinic_id"]
        self.feedback.append(dict(
            feedback_id=fid, text=text, ts=fmt(t) if t is not None else "", customer_id=c["customer_id"] if c else "",
            touchpoint_id=tp or tpl["tp"], channel=channel, rating="" if rating is None else rating,
            nps="" if nps is None else nps, clinic_id=cid, city=CLINICS[cid]["city"], city_zh=CLINICS[cid]["city_zh"],
            language=lang, technician_id=kw.get("technician_id", "")))
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=tpl["sent"]))


def rating_for(topic):
    s = TPL[topic]["sent"]
    if s == "neg":
        return int(rng.choice([1, 2, 2, 3]))
    if s == "pos":
        return int(rng.choice([4, 5, 5, 5]))
    return int(rng.choice([3, 3, 4]))


def nps_for(topic):
    s = TPL[topic]["sent"]
    if s == "neg":
        return int(rng.integers(0, 7))
    if s == "pos":
        return int(rng.integers(8, 11))
    return int(rng.integers(5, 9))


def make_customer(g: G, i: int, cid: str, start: datetime, ch: str | None = None, campaign: str = ""):
    cl = CLINICS[cid]
    ch = ch or pick(CH_CN if cid in CN else CH_HK)
    size = SIZES[rng.choice(3, p=[0.45, 0.36, 0.19])]
    ink = "colour" if rng.random() < (0.30 if cid in CN else 0.42) else "black"
    loc = LOCATIONS[rng.choice(len(LOCATIONS), p=[0.2, 0.16, 0.12, 0.1, 0.12, 0.14, 0.08, 0.08])]
    lang = "zh" if rng.random() < cl["zh_share"] else "en"
    c = dict(customer_id=f"C{i:06d}", signup_at=fmt(start), segment="lead", region=cl["region"],
             acquisition_channel=ch, acquisition_channel_zh=CH_ZH[ch], tier="standard", clinic_id=cid,
             clinic_zh=cl["zh"], clinic_en=cl["en"], city=cl["city"], city_zh=cl["city_zh"], currency=cl["cur"],
             gender="female" if rng.random() < 0.58 else "male",
             age_band=str(rng.choice(["18-24", "25-29", "30-34", "35-44", "45+"], p=[0.22, 0.33, 0.24, 0.15, 0.06])),
             tattoo_size=size, tattoo_size_zh=SIZE_ZH[size], ink_colour=ink, ink_colour_zh=INK_ZH[ink],
             tattoo_location=loc, tattoo_location_zh=LOCATION_ZH[loc],
             tattoo_age_years=int(rng.integers(1, 16)),
             removal_goal=str(rng.choice(["full_removal", "fade_for_coverup"], p=[0.72, 0.28])),
             skin_type=str(rng.choice(["II", "III", "IV", "V"], p=[0.1, 0.45, 0.35, 0.1])),
             preferred_language=lang, campaign_code=campaign, marketing_opt_in=str(bool(rng.random() < 0.6)).lower())
    g.customers.append(c)
    return c


def simulate(g: G, c: dict, t0: datetime):
    cid, ch, lang = c["clinic_id"], c["acquisition_channel"], c["preferred_language"]
    cl = CLINICS[cid]
    t = biz_time(t0)
    c["signup_at"] = fmt(t)
    if ch != "walk_in":
        agent = str(rng.choice(AGENTS[cid]))
        resp = float(rng.gamma(2.0, 25.0))
        if rng.random() < 0.08:
            resp = float(rng.uniform(300, 1800))
        dev = str(rng.choice(["ios", "android", "pc"], p=[0.48, 0.40, 0.12] if CH_TP[ch] != "web" else [0.2, 0.2, 0.6]))
        g.ev(c, "tp_enquiry", t, "submit", channel=CH_TP[ch], device=dev, agent_id=agent,
             response_minutes=round(resp, 1), campaign_id=c["campaign_code"], utm_source=ch)
        if resp > 300 and rng.random() < 0.25:
            g.fb("reply_slow", lang, t + D(days=int(rng.integers(1, 4))), "ticket" if cid in CN else "email", c)
        pb = P_BOOK[ch] * (0.6 if resp > 300 else 1.0) * (0.55 if c["campaign_code"] else 1.0)
        if rng.random() > pb:
            return
        t = biz_time(t + D(days=int(rng.choice([0, 0, 1, 1, 2, 3]))))
        appt = t + D(days=int(rng.integers(1, 11)))
        if rng.random() < 0.05:
            appt += D(days=int(rng.integers(8, 20)))
        g.ev(c, "tp_consult_booking", t, "booked", channel="mini_program" if cid in CN else "web", device=dev,
             appointment_at=fmt(appt))
        if rng.random() > P_SHOW[ch] * (0.8 if c["campaign_code"] else 1.0):
            return
        t = biz_time(appt)
    c["segment"] = "consulted"
    consultant = str(rng.choice(CONSULTANTS[cid]))
    g.ev(c, "tp_skin_consult", t, "attended", channel="store", consultant_id=consultant,
         tattoo_size=c["tattoo_size"], ink_colour=c["ink_colour"], est_sessions=int({"small": 4, "medium": 6, "large": 9}[c["tattoo_size"]] + (2 if c["ink_colour"] == "colour" else 0)))
    if rng.random() > 0.86:
        return
    t = t + D(minutes=int(rng.integers(20, 90))) if rng.random() < 0.8 else biz_time(t + D(days=int(rng.integers(1, 8))))
    g.ev(c, "tp_patch_test", t, "done", channel="store", technician_id=str(rng.choice(TECHS[cid])),
         patch_result="ok" if rng.random() < 0.93 else "strong_reaction")
    pbuy = P_BUY[ch] * (0.8 if c["ink_colour"] == "colour" else 1.0) * (0.75 if c["campaign_code"] else 1.0)
    if rng.random() > pbuy:
        return
    if rng.random() < 0.45:
        t = t + D(minutes=int(rng.integers(10, 60)))
    else:
        t = biz_time(t + D(days=int(rng.integers(1, 45))))
    if t > END:
        return
    sz = c["tattoo_size"]
    pp = {"small": [0.34, 0.33, 0.06, 0.27], "medium": [0.22, 0.46, 0.14, 0.18], "large": [0.10, 0.38, 0.40, 0.12]}[sz]
    plan = list(PLANS)[rng.choice(4, p=pp)]
    single_local = round(SINGLE_PRICE[sz] * cl["price_f"] / 10) * 10
    disc = ""
    if rng.random() < 0.15:
        disc = "BYEINK" if c["campaign_code"] else str(rng.choice(["NEWYEAR10", "FRIEND10", "STUDENT10"]))
    c["segment"] = "in_treatment"
    c["plan"] = plan
    pkg_order = None
    if plan != "single":
        local = round(single_local * PLAN_MULT[plan] * (0.9 if disc else 1.0) / 10) * 10
        pkg_order = g.order(c, t, plan, local, package_sessions=PLANS[plan], discount_code=disc, sessions_used=0,
                            payment_method=str(rng.choice(["wechat_pay", "alipay", "card", "instalment"] if cid in CN
                                                          else ["card", "octopus", "fps", "instalment"])),
                            consultant_id=consultant)
    g.ev(c, "tp_package_buy", t, "paid", channel="store", plan=plan, plan_zh=PLAN_ZH[plan],
         package_sessions=PLANS[plan], consultant_id=consultant,
         order_id=pkg_order["order_id"] if pkg_order else "")
    # cooling-off cancellation
    if pkg_order and rng.random() < 0.035:
        rt = biz_time(t + D(days=int(rng.integers(1, 7))))
        if rt <= END:
            pkg_order["status"] = "cancelled"
            g.ev(c, "tp_refund_request", rt, "submitted", channel="store", refund_reason="changed_mind",
                 refund_reason_zh="冷静期反悔", remaining_sessions=PLANS[plan])
            c["segment"] = "dropped"
        return
    target = PLANS[plan] if plan != "single" else 8
    done, last = 0, t
    techs = TECHS[cid]
    exp_variant = None
    drop_cause = None
    noshow_at = None
    while done < target:
        # book
        slot = float(rng.gamma(3.0, 2.4)) if cid != "HK01" else float(rng.gamma(4.0, 4.2))
        slot = max(1.0, round(slot))
        if noshow_at is not None:
            bt = biz_time(noshow_at + D(days=int(rng.integers(1, 6))))
        elif done == 0:
            bt = biz_time(last + D(days=int(rng.integers(0, 6))))
        else:
            nxt = last + D(days=int(rng.integers(42, 71)))
            bt = biz_time(max(last + D(days=3), nxt - D(days=slot)))
        noshow_at = None
        appt = biz_time(bt + D(days=slot))
        if bt > END:
            break
        g.ev(c, "tp_session_book", bt, "booked", channel="mini_program" if cid in CN else "whatsapp",
             device=str(rng.choice(["ios", "android"])), appointment_at=fmt(appt), slot_wait_days=int(slot),
             session_no=done + 1)
        if appt > END:
            break
        if rng.random() < 0.065:
            g.ev(c, "tp_no_show", appt, "no_show", channel="store", session_no=done + 1)
            noshow_at = appt
            if rng.random() < 0.15:
                drop_cause = "no_show"
                break
            continue
        done += 1
        tech = str(rng.choice(techs))
        if cid == "CD01" and appt >= datetime(2026, 1, 20):
            tech = "T-CD-07" if rng.random() < 0.45 else tech
        cd_bad = tech == "T-CD-07" and CD_TECH[0] <= appt < CD_TECH[1]
        wait = float(rng.gamma(2.0, 5.5))
        if cid == "WH01" and appt >= WH_QUEUE:
            wait = float(rng.gamma(5.0, 9.5))
        pain = int(np.clip(round(rng.normal(5.6 + (0.8 if sz == "large" else 0) + (0.6 if c["ink_colour"] == "colour" else 0), 1.6)), 1, 10))
        fluence = round(float(rng.normal(3.2, 0.4)) + (1.6 if cd_bad else 0), 2)
        rate = (0.10 if c["ink_colour"] == "colour" else 0.17) * float(rng.uniform(0.7, 1.2))
        fade = min(98, round(100 * (1 - (1 - rate) ** done)))
        device = "pico_532" if c["ink_colour"] == "colour" and rng.random() < 0.5 else str(rng.choice(["pico_755", "qswitch_1064"]))
        g.ev(c, "tp_laser_session", appt, "completed", channel="store", technician_id=tech, session_no=done,
             laser_device=device, fluence_j_cm2=fluence, pain_score=pain, wait_minutes=round(wait),
             plan=plan)
        if plan == "single":
            g.order(c, appt, "single_session", single_local, package_sessions="", discount_code="", sessions_used=1,
                    payment_method=str(rng.choice(["wechat_pay", "alipay"] if cid in CN else ["card", "octopus"])),
                    technician_id=tech)
        elif pkg_order:
            pkg_order["sessions_used"] = done
        if rng.random() < 0.12:
            g.order(c, appt, "aftercare_kit", round(98 * cl["price_f"] / cl["fx"]) if cid == "HK01" else 98,
                    package_sessions="", discount_code="", sessions_used="", payment_method="wechat_pay" if cid in CN else "card")
        # numbing fee (Shanghai package clients from Sept 2025)
        disputed = False
        if cid == "SH01" and appt >= SH_NUMBING and plan != "single":
            fee = g.order(c, appt, "numbing_fee", 180, package_sessions="", discount_code="", sessions_used="",
                          payment_method="wechat_pay", technician_id=tech)
            if rng.random() < 0.22:
                disputed = True
                dt = biz_time(appt + D(days=int(rng.integers(0, 5))))
                g.ev(c, "tp_billing_dispute", dt, "opened", channel="phone", dispute_reason="numbing_fee",
                     dispute_reason_zh="麻药费", dispute_amount=180)
                if fee and rng.random() < 0.6 and dt + D(days=14) <= END:
                    fee["status"] = "refunded"
                    fee["refund_amount"] = 180
                    fee["refunded_at"] = fmt(dt + D(days=int(rng.integers(3, 15))))
                if dt <= END and rng.random() < 0.6:
                    g.fb("price", lang, dt, "ticket", c, tp="tp_billing_dispute")
        elif rng.random() < 0.012:
            disputed = True
            dt = biz_time(appt + D(days=int(rng.integers(0, 7))))
            g.ev(c, "tp_billing_dispute", dt, "opened", channel="phone", dispute_reason="double_charge",
                 dispute_reason_zh="重复扣款", dispute_amount=single_local)
            if dt <= END and rng.random() < 0.5:
                g.fb("price", lang, dt, "ticket", c, tp="tp_billing_dispute")
        # experiment: progress-photo tracker at the first session
        if done == 1 and EXP[0] <= appt < EXP[1] and plan != "single":
            exp_variant = "photo_tracker" if rng.random() < 0.5 else "control"
            g.exp.append(dict(experiment_id="progress_photo_2025", variant=exp_variant, customer_id=c["customer_id"],
                              assigned_at=fmt(appt + D(hours=2))))
        # reaction
        p_react = 0.34 if cd_bad else 0.05
        reacted = None
        if rng.random() < p_react:
            rtype = "blister" if (cd_bad and rng.random() < 0.8) else str(rng.choice(["blister", "swelling", "scabbing", "hypopigmentation"], p=[0.3, 0.4, 0.2, 0.1]))
            rt = appt + D(days=int(rng.integers(1, 4)), hours=int(rng.integers(0, 8)))
            g.ev(c, "tp_skin_reaction", rt, "reported", channel="phone" if cid != "HK01" else "whatsapp",
                 reaction_type=rtype, reaction_type_zh=REACT_ZH[rtype], technician_id=tech,
                 severity=str(rng.choice(["mild", "moderate", "severe"], p=[0.4, 0.45, 0.15] if cd_bad else [0.7, 0.25, 0.05])))
            reacted = rtype
            if rtype == "blister" and rt <= END and rng.random() < 0.55:
                g.fb("blister", lang, rt, "ticket", c, technician_id=tech)
        # aftercare check
        if rng.random() < 0.8:
            at = biz_time(appt + D(days=int(rng.integers(2, 8))))
            g.ev(c, "tp_aftercare_check", at, "completed", channel=str(rng.choice(["wechat", "phone"]) if cid in CN else "whatsapp"),
                 fade_pct=fade, session_no=done, agent_id=str(rng.choice(AGENTS[cid])))
            if at <= END and rng.random() < 0.22:
                if c["ink_colour"] == "colour" and done >= 3 and rng.random() < 0.6:
                    topic = "slow_fade"
                elif fade >= 45 and rng.random() < 0.7:
                    topic = "result_good"
                else:
                    topic = "neutral"
                g.fb(topic, lang, at, "aftercare_chat", c, n=done, tp="tp_aftercare_check")
        # post-session survey
        if rng.random() < 0.3 and appt + D(days=1) <= END:
            cands = []
            if wait > 30:
                cands.append("waiting")
            if pain >= 8:
                cands.append("pain")
            if reacted == "blister":
                cands.append("blister")
            if c["ink_colour"] == "colour" and done >= 3:
                cands.append("slow_fade")
            if cands and rng.random() < 0.75:
                topic = str(rng.choice(cands))
            else:
                topic = pick({"staff_good": 0.5, "result_good": 0.2 if done >= 2 else 0.0, "neutral": 0.3,
                              "pain": 0.05})
            g.fb(topic, lang, biz_time(appt + D(days=1)), "survey", c, rating=rating_for(topic),
                 nps=nps_for(topic) if rng.random() < 0.4 else None, n=done, technician_id=tech)
        # review
        if rng.random() < 0.07 + (0.25 if done == target else 0):
            rv = biz_time(appt + D(days=int(rng.integers(4, 20))))
            g.ev(c, "tp_review", rv, "posted", channel="dianping" if cid in CN else "google")
            if rv <= END:
                cands = (["waiting"] if wait > 30 else []) + (["blister"] if reacted == "blister" else []) + \
                        (["price"] if disputed else []) + (["slow_fade"] if c["ink_colour"] == "colour" and done >= 3 else [])
                topic = str(rng.choice(cands)) if cands and rng.random() < 0.7 else pick({"staff_good": 0.45, "result_good": 0.35, "neutral": 0.2})
                chan = "dianping" if cid in CN else "google_review"
                undated = chan == "google_review" and rng.random() < 0.25
                g.fb(topic, lang, None if undated else rv, chan, c, rating=rating_for(topic), n=done,
                     tp="tp_review" if TPL[topic]["sent"] != "neg" else None)
            if rv <= END and done >= 2 and rng.random() < 0.35:
                g.ev(c, "tp_referral", biz_time(rv + D(days=int(rng.integers(0, 30)))), "shared", channel="mini_program" if cid in CN else "whatsapp")
        last = appt
        # drop out?
        p_drop = 0.04 + (0.07 if pain >= 8 else 0) + (0.30 if reacted == "blister" else 0) + \
            (0.10 if c["ink_colour"] == "colour" and done >= 3 else 0) + (0.25 if disputed else 0)
        if plan == "single":
            p_drop += 0.30
        if done == 1 and plan != "single":
            p_drop += 0.03 if exp_variant == "photo_tracker" else 0.16
        if rng.random() < p_drop:
            drop_cause = ("blister" if reacted == "blister" else "price" if disputed else
                          "slow_fade" if c["ink_colour"] == "colour" and done >= 3 else
                          "pain" if pain >= 8 else "moved_away" if rng.random() < 0.4 else "no_time")
            break
    if done == target and plan != "single":
        c["segment"] = "completed"
    elif drop_cause:
        c["segment"] = "dropped"
        if pkg_order and done < target and rng.random() < 0.5:
            rt = biz_time(last + D(days=int(rng.integers(7, 40))))
            if rt <= END:
                zh = {"blister": "皮肤反应", "price": "收费争议", "slow_fade": "效果慢", "pain": "太疼",
                      "moved_away": "搬离城市", "no_time": "没时间", "no_show": "多次爽约"}[drop_cause]
                g.ev(c, "tp_refund_request", rt, "submitted", channel="store", refund_reason=drop_cause,
                     refund_reason_zh=zh, remaining_sessions=target - done)
                pkg_order["status"] = "refunded"
                rem = (target - done) / target
                pkg_order["refund_amount"] = round(pkg_order["amount"] * rem * 0.9, 2)
                pkg_order["refund_amount_local"] = round(pkg_order["amount_local"] * rem * 0.9, 2)
                rf = rt + D(days=int(rng.integers(5, 21)))
                pkg_order["refunded_at"] = fmt(rf) if rf <= END else ""
                pkg_order["refund_reason"] = drop_cause


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    g = G()
    i = 100000
    for cid, cl in CLINICS.items():
        for _ in range(cl["n"]):
            i += 1
            c = make_customer(g, i, cid, START)
            t0 = rand_day(START, END - D(days=5))
            simulate(g, c, t0)
    # Douyin graduation-season campaign
    for k in range(420):
        i += 1
        cid = CN[k % 3]
        t0 = DY_CAMPAIGN[0] + D(days=int(rng.integers(0, (DY_CAMPAIGN[1] - DY_CAMPAIGN[0]).days)))
        c = make_customer(g, i, cid, t0, ch="douyin", campaign="BYEINK")
        simulate(g, c, t0)
    # Xiaohongshu notes / Instagram posts about the clinics (no customer)
    for k in range(260):
        cid = str(rng.choice(list(CLINICS), p=[0.35, 0.25, 0.22, 0.18]))
        lang = "zh" if (cid in CN or rng.random() < 0.4) else "en"
        topic = pick({"staff_good": 0.22, "result_good": 0.22, "pain": 0.2, "slow_fade": 0.12, "neutral": 0.1,
                      "waiting": 0.14 if cid == "WH01" else 0.02, "price": 0.12 if cid == "SH01" else 0.0})
        t = biz_time(rand_day(START, END))
        if topic == "waiting":
            t = biz_time(rand_day(WH_QUEUE, END))
        if topic == "price":
            t = biz_time(rand_day(SH_NUMBING, END))
        chan = "xiaohongshu_note" if lang == "zh" else "instagram_comment"
        g.fb(topic, lang, None if rng.random() < 0.33 else t, chan, None, n=int(rng.integers(1, 6)), clinic_id=cid)
    # tiers by paid spend
    spend = {}
    for o in g.orders:
        if o["status"] == "paid":
            spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + o["amount"]
    for c in g.customers:
        c["tier"] = "vip" if spend.get(c["customer_id"], 0) >= 8000 else "standard"
        c.pop("plan", None)

    tps = [dict(touchpoint_id=a, name=z, name_zh=z, name_en=e, stage=s, channel=ch, kind=k, owner=o, aliases=al)
           for a, z, e, s, ch, k, o, al in TOUCHPOINTS]
    write(out, "touchpoints", tps, list(tps[0]))
    js = [dict(journey_id=j, journey_name=z, journey_name_zh=z, journey_name_en=e, step=k + 1, touchpoint_id=tp,
               window_days=w) for j, z, e, steps, w in JOURNEYS for k, tp in enumerate(steps)]
    write(out, "journeys", js, list(js[0]))
    write(out, "customers", g.customers, list(g.customers[0]))
    g.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "clinic_id", "city",
             "city_zh", "agent_id", "response_minutes", "campaign_id", "utm_source", "appointment_at", "consultant_id",
             "tattoo_size", "ink_colour", "est_sessions", "technician_id", "patch_result", "plan", "plan_zh",
             "package_sessions", "order_id", "slot_wait_days", "session_no", "laser_device", "fluence_j_cm2",
             "pain_score", "wait_minutes", "fade_pct", "reaction_type", "reaction_type_zh", "severity",
             "dispute_reason", "dispute_reason_zh", "dispute_amount", "refund_reason", "refund_reason_zh",
             "remaining_sessions"]
    write(out, "events", g.events, ecols)
    g.orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "order_type", "order_type_zh", "currency",
             "amount_local", "clinic_id", "city", "city_zh", "tattoo_size", "ink_colour", "package_sessions",
             "sessions_used", "discount_code", "payment_method", "consultant_id", "technician_id", "refund_amount",
             "refund_amount_local", "refunded_at", "refund_reason"]
    write(out, "orders", g.orders, ocols)
    write(out, "feedback", g.feedback, list(g.feedback[0]))
    write(out, "experiments", g.exp, ["experiment_id", "variant", "customer_id", "assigned_at"])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    write(out / "_truth", "feedback_truth", g.truth, ["feedback_id", "topic", "sentiment"])
    print({"customers": len(g.customers), "events": len(g.events), "orders": len(g.orders),
           "feedback": len(g.feedback), "experiments": len(g.exp)})
    return 0


def write(out: Path, name: str, rows: list[dict], cols: list[str]):
    with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if r.get(k) is None else r.get(k, "") for k in cols])


if __name__ == "__main__":
    raise SystemExit(main())
