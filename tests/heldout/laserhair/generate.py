"""光颜 LumaSkin laser hair-removal and skin clinics (synthetic, written blind).

Six clinics: SH01 上海静安店 Shanghai Jing'an, BJ01 北京三里屯店 Beijing Sanlitun, SZ01 深圳南山店 Shenzhen Nanshan (CNY),
SG01 新加坡乌节店 Singapore Orchard (SGD), SY01 悉尼CBD店 Sydney CBD (AUD), LD01 伦敦马里波恩店 London Marylebone (GBP).
Services: laser hair removal (激光脱毛: underarm, upper lip, bikini, full arms, full legs) and skin courses (光子嫩肤 IPL
photofacial, 皮秒 pico toning), sold as course packages of 6 or 8 sessions.

Journey: online ad click (小红书 / 抖音 / Instagram / Google) or influencer code (达人种草) or Dianping / referral ->
free consultation booking -> in-clinic consultation (skin and hair assessment; Dianping and influencer trial deals are
done at this visit) -> patch test (试打) -> course package purchase (optional annual LumaClub membership) -> session
bookings -> laser sessions (some no-shows; overseas clinics charge a no-show fee) -> skin reactions reported -> free
touch-ups after the course -> refunds of unused sessions -> membership renewal reminders and renewals.
Customer service contacts (WeChat / WhatsApp / email / phone) in between. Legacy members (joined before the data window)
show up only through renewals, paid touch-ups and feedback.
Data 2024-07-01 .. 2026-06-30 (extract taken in July 2026; today is 2026-12-01).

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

SEED = 20260711
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 6, 30, 23, 59, 59)

INFLUENCER_CAMPAIGN = (datetime(2025, 3, 10), datetime(2025, 3, 31))   # LUCKY99 "99元腋下体验" (SH01, BJ01)
BJ_SMS_OUTAGE = (datetime(2025, 9, 1), datetime(2026, 1, 16))          # Beijing: new SMS vendor, reminders not sent
SY_ALEX = (datetime(2025, 11, 1), datetime(2026, 3, 1))                # Sydney: new 755 nm machine on every skin type
LD_SHORT_STAFF = datetime(2026, 1, 1)                                  # London: two therapists left
SG_FEE_RISE = datetime(2026, 1, 1)                                     # Singapore: membership SGD 288 -> 388
EXP_WINDOW = (datetime(2025, 7, 1), datetime(2026, 4, 1))              # renewal reminder test: consultant call

CLINICS = {
    "SH01": dict(zh="上海静安店", en="Shanghai Jing'an", city="Shanghai", city_zh="上海", country="CN", region="华东",
                 cur="CNY", fx=1.0, n=2400, zh_share=1.0, price_f=1.1),
    "BJ01": dict(zh="北京三里屯店", en="Beijing Sanlitun", city="Beijing", city_zh="北京", country="CN", region="华北",
                 cur="CNY", fx=1.0, n=1950, zh_share=1.0, price_f=1.0),
    "SZ01": dict(zh="深圳南山店", en="Shenzhen Nanshan", city="Shenzhen", city_zh="深圳", country="CN", region="华南",
                 cur="CNY", fx=1.0, n=1900, zh_share=1.0, price_f=0.95),
    "SG01": dict(zh="新加坡乌节店", en="Singapore Orchard", city="Singapore", city_zh="新加坡", country="SG",
                 region="Singapore", cur="SGD", fx=5.3, n=1100, zh_share=0.35, price_f=0.30),
    "SY01": dict(zh="悉尼CBD店", en="Sydney CBD", city="Sydney", city_zh="悉尼", country="AU", region="New South Wales",
                 cur="AUD", fx=4.7, n=1250, zh_share=0.15, price_f=0.36),
    "LD01": dict(zh="伦敦马里波恩店", en="London Marylebone", city="London", city_zh="伦敦", country="UK",
                 region="Greater London", cur="GBP", fx=9.1, n=1100, zh_share=0.10, price_f=0.13),
}
CN = ("SH01", "BJ01", "SZ01")

# month weights (pre-summer peaks; southern hemisphere for Sydney)
SEASON = {
    "CN": [0.8, 0.7, 1.3, 1.6, 1.6, 1.4, 1.1, 0.9, 0.8, 0.8, 0.9, 0.7],
    "SG": [1.0, 0.9, 1.0, 1.0, 1.1, 1.1, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1],
    "AU": [0.8, 0.7, 0.7, 0.7, 0.7, 0.7, 0.8, 1.2, 1.6, 1.7, 1.6, 1.1],
    "UK": [0.7, 0.8, 1.1, 1.4, 1.5, 1.4, 1.1, 0.9, 0.8, 0.8, 0.8, 0.6],
}

CHANNELS_CN = {"xiaohongshu_ads": 0.25, "douyin_ads": 0.19, "dianping": 0.15, "influencer": 0.12, "referral": 0.16,
               "walk_in": 0.05}
CHANNELS_OS = {"instagram_ads": 0.30, "google_ads": 0.30, "influencer": 0.10, "referral": 0.18, "walk_in": 0.07}
CHANNEL_ZH = {"xiaohongshu_ads": "小红书广告", "douyin_ads": "抖音广告", "dianping": "大众点评", "influencer": "达人推荐",
              "referral": "老客推荐", "walk_in": "自然到店", "instagram_ads": "Instagram广告", "google_ads": "谷歌广告"}
P_BOOK = {"xiaohongshu_ads": 0.42, "douyin_ads": 0.30, "instagram_ads": 0.40, "google_ads": 0.46, "influencer": 0.62,
          "dianping": 1.0, "referral": 1.0}
P_SHOW = {"xiaohongshu_ads": 0.80, "douyin_ads": 0.66, "instagram_ads": 0.78, "google_ads": 0.82, "influencer": 0.72,
          "dianping": 0.86, "referral": 0.92, "walk_in": 1.0}
P_PATCH = {"xiaohongshu_ads": 0.84, "douyin_ads": 0.74, "instagram_ads": 0.82, "google_ads": 0.85, "influencer": 0.76,
           "dianping": 0.78, "referral": 0.92, "walk_in": 0.80}
P_BUY = {"xiaohongshu_ads": 0.62, "douyin_ads": 0.47, "instagram_ads": 0.60, "google_ads": 0.64, "influencer": 0.50,
         "dianping": 0.52, "referral": 0.80, "walk_in": 0.58}

AREAS = {  # id: zh, en, line, CNY price for 6 / 8 sessions, days between sessions
    "underarm": ("腋下", "Underarm", "hair_removal", 1680, 2080, (35, 50)),
    "upper_lip": ("唇周", "Upper lip", "hair_removal", 1280, 1580, (28, 40)),
    "bikini": ("比基尼", "Bikini", "hair_removal", 2680, 3280, (35, 50)),
    "full_arms": ("全臂", "Full arms", "hair_removal", 3880, 4680, (42, 60)),
    "full_legs": ("全腿", "Full legs", "hair_removal", 5880, 7280, (42, 60)),
    "ipl_photofacial": ("光子嫩肤", "IPL photofacial", "skin", 4800, 5980, (24, 35)),
    "pico_toning": ("皮秒祛斑", "Pico toning", "skin", 6800, 8600, (28, 40)),
}
AREA_MIX_CN = {"underarm": 0.30, "upper_lip": 0.10, "bikini": 0.07, "full_arms": 0.10, "full_legs": 0.15,
               "ipl_photofacial": 0.16, "pico_toning": 0.12}
AREA_MIX_OS = {"underarm": 0.20, "upper_lip": 0.09, "bikini": 0.20, "full_arms": 0.08, "full_legs": 0.23,
               "ipl_photofacial": 0.11, "pico_toning": 0.09}
LINE_ZH = {"hair_removal": "激光脱毛", "skin": "皮肤管理"}
MEMBER_FEE = {"CNY": 699, "SGD": 288, "AUD": 299, "GBP": 129}
NO_SHOW_FEE = {"SGD": 40, "AUD": 50, "GBP": 30}
FITZ = {
    "CN": {"II": 0.15, "III": 0.55, "IV": 0.28, "V": 0.02},
    "SG": {"II": 0.10, "III": 0.45, "IV": 0.30, "V": 0.15},
    "AU": {"I": 0.14, "II": 0.30, "III": 0.24, "IV": 0.15, "V": 0.11, "VI": 0.06},
    "UK": {"I": 0.15, "II": 0.30, "III": 0.25, "IV": 0.12, "V": 0.10, "VI": 0.08},
}
HAIR = {
    "CN": {"black": 0.90, "brown": 0.08, "grey": 0.02},
    "SG": {"black": 0.85, "brown": 0.12, "grey": 0.03},
    "AU": {"black": 0.30, "brown": 0.34, "blonde": 0.22, "red": 0.06, "grey": 0.08},
    "UK": {"black": 0.28, "brown": 0.35, "blonde": 0.21, "red": 0.08, "grey": 0.08},
}
HAIR_ZH = {"black": "黑色", "brown": "棕色", "blonde": "金色", "red": "红色", "grey": "灰白"}
LIGHT_HAIR = ("blonde", "red", "grey")
REACTION_ZH = {"redness": "红肿", "burn": "灼伤", "blister": "水泡", "hyperpigmentation": "色素沉着"}
REFUND_ZH = {"skin_reaction": "皮肤不良反应", "no_result": "效果不明显", "cannot_book": "约不上时间", "relocation": "搬家/离开本地",
             "financial": "经济原因", "schedule": "时间安排不开"}
CS_REASON_ZH = {"reschedule": "改约", "missed_reminder": "未收到提醒", "refund_status": "退款进度",
                "skin_reaction": "皮肤反应", "billing": "账单问题", "membership": "会员续费", "slot_availability": "约不上",
                "no_show_fee": "爽约费", "other": "其他"}
THERAPISTS = {k: [f"{k[:2]}-T{i}" for i in range(1, 6)] for k in CLINICS}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "growth",
     "投放|信息流广告|小红书广告|抖音广告|广告|ad|ads|paid social|Instagram ad|Google ad"),
    ("tp_influencer_code", "达人码领取", "Influencer code", "awareness", "social", "digital", "growth",
     "达人|KOL|种草|博主|网红|优惠码|influencer|creator code|promo code"),
    ("tp_consult_booking", "预约免费咨询", "Free consultation booking", "consideration", "mini_program", "digital",
     "front_desk", "约咨询|预约面诊|预约到店|consult booking|book a consultation|free consultation"),
    ("tp_consultation", "到店面诊", "In-clinic consultation", "consideration", "store", "physical", "clinic_ops",
     "面诊|咨询|到店|皮肤检测|consultation|consult|skin assessment"),
    ("tp_patch_test", "试打测试", "Patch test", "consideration", "store", "physical", "clinic_ops",
     "试打|测试|皮试|光斑测试|patch test|test patch"),
    ("tp_package_purchase", "购买疗程卡", "Course package purchase", "purchase", "store", "physical", "sales",
     "开卡|办卡|买疗程|购课|疗程卡|package|course|course package|buy a course"),
    ("tp_session_booking", "预约治疗", "Session booking", "service", "mini_program", "digital", "front_desk",
     "约时间|预约|排期|改约|appointment|booking|book a session|slot"),
    ("tp_session", "激光治疗", "Laser session", "service", "store", "physical", "clinic_ops",
     "打激光|做治疗|脱毛|做一次|疗程|session|treatment|laser session|zap"),
    ("tp_no_show", "爽约", "No-show", "service", "store", "physical", "front_desk",
     "放鸽子|没来|缺席|爽约|no-show|no show|missed appointment|DNA"),
    ("tp_skin_reaction", "皮肤反应上报", "Skin reaction report", "service", "phone", "physical", "medical",
     "不良反应|红肿|灼伤|起泡|色沉|烫伤|skin reaction|burn|adverse reaction|side effect"),
    ("tp_touch_up", "补打", "Touch-up session", "service", "store", "physical", "clinic_ops",
     "补打|补做|维持|touch-up|top-up session|maintenance session"),
    ("tp_refund_request", "退款申请", "Refund request", "service", "phone", "digital", "finance",
     "退款|退卡|退剩余次数|refund|cancel package|unused sessions"),
    ("tp_renewal_reminder", "会员续费提醒", "Membership renewal reminder", "loyalty", "email", "digital", "crm",
     "续费提醒|到期提醒|renewal reminder|expiry reminder"),
    ("tp_membership_renewal", "会员续费", "Membership renewal", "loyalty", "store", "digital", "crm",
     "续费|续卡|续会员|年卡续费|renewal|renew membership|LumaClub renewal"),
    ("tp_cs_contact", "客服咨询", "Customer service contact", "service", "phone", "digital", "customer_care",
     "客服|售后|联系客服|投诉|customer service|support|WhatsApp|contact"),
]
JOURNEYS = [
    ("ad_to_consult", "广告到面诊", "Ad to consultation", ["tp_ad_click", "tp_consult_booking", "tp_consultation"], 14),
    ("consult_to_course", "面诊到购课", "Consultation to course", ["tp_consultation", "tp_patch_test",
                                                               "tp_package_purchase"], 30),
    ("course_start", "购课到首次治疗", "Course start", ["tp_package_purchase", "tp_session_booking", "tp_session"], 30),
    ("membership_renewal", "会员续费", "Membership renewal", ["tp_renewal_reminder", "tp_membership_renewal"], 45),
]

# ---------------------------------------------------------------- feedback text
T = {
    "burn": ("neg", {
        "zh": ["打完第二天{area}起泡了，像被灼伤一样，现在还没好", "{area}被打出了烫伤的印子，黑了一块，很担心留疤",
               "这次能量调太高了吧，{area}起泡还流水，要求给个说法", "{area}灼伤了，涂了一周药膏，后面的次数都不敢去了",
               "新机器打完{area}又红又起泡，之前从来没这样过"],
        "en": ["Got a burn on my {area} after the last session, it blistered the next day",
               "My {area} blistered badly, I have dark marks now. Never happened with the old machine",
               "Left with burn marks on my {area}. Nobody checked my skin type before turning it up",
               "Blisters all over the {area} two days after. Really worried about scarring",
               "The new laser gave me a proper burn on the {area}, I want this escalated"]}),
    "pain": ("neg", {
        "zh": ["{area}打起来太疼了，冰敷也没什么用", "比想象中疼很多，尤其是{area}，下次想加麻药",
               "疼得我一直缩，建议提前说清楚会有多疼", "每次打{area}都很疼，有点坚持不下去"],
        "en": ["The {area} session was far more painful than they told me", "It really hurt on the {area}, no numbing cream offered",
               "Pain level was a lot, the cooling tip barely helped", "Honestly the {area} hurt so much I nearly stopped halfway"]}),
    "missed_reminder": ("neg", {
        "zh": ["没收到任何短信提醒，结果错过了预约，还被算爽约扣了一次", "以前都会提前一天提醒的，这两个月完全没提醒",
               "预约前没有提醒，我记错日子了，前台说系统换了", "提醒短信一直没收到，白白浪费一次疗程"],
        "en": ["I never got a reminder text and missed my appointment", "No reminder at all this time, so I forgot the booking",
               "Used to get a reminder the day before, not anymore"]}),
    "slot_wait": ("neg", {
        "zh": ["现在根本约不上，最近的时间都排到一个月后了", "想约下一次一直约不到，疗程间隔全乱了",
               "约不上时间，打了一半的疗程只能停着"],
        "en": ["Impossible to get a slot, the next one is five weeks away", "No slots for weeks, my course is completely off schedule",
               "They keep saying no slot available, I'm paying for sessions I can't book",
               "Waited a month for a slot, the gap between sessions is way too long now"]}),
    "no_result": ("neg", {
        "zh": ["打了{n}次了{area}还是没效果，毛该长还是长", "感觉没效果，跟没打一样", "{area}打了好几次没什么效果，有点后悔"],
        "en": ["{n} sessions in and my {area} hair is still growing back the same", "Seeing no difference on my {area} at all",
               "No result after {n} sessions, starting to think laser doesn't work on my hair colour",
               "Hair on my {area} still growing as before, no difference whatsoever"]}),
    "upsell": ("neg", {
        "zh": ["本来只是来做99体验的，店员一直推销疗程卡，很烦", "进去不到十分钟就开始推销，不买还给脸色",
               "体验完被拉着推销了快一个小时，不想再来了"],
        "en": ["Came in for the free consult and got a hard sell on an 8-session package", "Very pushy sales talk, I just wanted information",
               "Felt pushy, they kept trying to upsell me a bigger package"]}),
    "membership_price": ("neg", {
        "zh": ["会员费一下子涨了一百块，不续了", "今年会员费涨价太多，福利没变", "会员费太贵了，折扣根本用不完"],
        "en": ["Membership went up from 288 to 388, not renewing", "The membership price hike is not worth it for the discount",
               "Cancelled my membership, too expensive now for what you get"]}),
    "refund_slow": ("neg", {
        "zh": ["申请退款半个月了还没到账", "退款流程太慢，打了好几次客服电话", "剩余次数的退款一直在审核，没人回复"],
        "en": ["Still waiting for my refund after two weeks", "The refund for my unused sessions is taking forever",
               "Chased the refund three times, no reply"]}),
    "no_show_fee": ("neg", {
        "zh": ["只迟到了十几分钟就被收了爽约费，不合理"],
        "en": ["Charged a no-show fee even though I called that morning", "The no-show fee is harsh, I was only 15 minutes late"]}),
    "refund_ok": ("pos", {
        "zh": ["钱几天就退回来了，流程挺顺畅", "剩下的次数按比例退了，处理得很干脆"],
        "en": ["Money was back in my account within days, smooth process", "They sorted out my unused sessions quickly and politely"]}),
    "therapist_good": ("pos", {
        "zh": ["技师小姐姐手法很好，全程都在问我感受", "给我做的技师很专业，每次都会先看皮肤状态", "技师很耐心，解释得很清楚"],
        "en": ["My therapist was lovely and very professional", "Great therapist, explained every step and checked my skin first",
               "The therapist made me feel really comfortable"]}),
    "good_result": ("pos", {
        "zh": ["打了{n}次{area}明显光滑了，毛发少了很多", "{area}现在很光滑，夏天终于不用天天刮了", "效果超出预期，{area}光滑很多"],
        "en": ["After {n} sessions my {area} is so smooth", "Really happy, {area} is smooth and regrowth is tiny",
               "Smooth skin on my {area} finally, worth it"]}),
    "good_result_skin": ("pos", {
        "zh": ["做了{n}次{area}，皮肤透亮了，斑也淡了不少", "{area}做完气色好很多，朋友都说皮肤变好了", "{area}效果挺明显，毛孔细了"],
        "en": ["{n} sessions of {area} and my skin looks so much brighter", "Pigment spots have really faded after the {area} course",
               "Really happy with the {area}, skin tone is more even now"]}),
    "clean_env": ("pos", {
        "zh": ["店里环境很干净，私密性也好", "环境舒服，每个房间都有消毒记录"],
        "en": ["Very clean clinic and private rooms", "Spotlessly clean, nice calm waiting area"]}),
    "consult_good": ("pos", {
        "zh": ["顾问讲得很清楚，没有强行让我办卡", "咨询顾问很专业，先测了皮肤再给建议"],
        "en": ["The consultant explained everything honestly, no pressure", "Helpful consultant, went through my skin type properly"]}),
    "price_ok": ("pos", {
        "zh": ["价格比别家实惠，性价比高", "团购价挺划算，性价比不错"],
        "en": ["Good value for money compared with other clinics", "Fair price for the package, good value"]}),
    "neutral": ("neu", {
        "zh": ["还行吧，中规中矩", "一般般，没有特别好也没有特别差", "正常做完了，没什么特别的"],
        "en": ["It was fine, nothing special", "OK experience overall", "Average, did what it said"]}),
}
RATING = {"pos": ([4, 5], [0.35, 0.65]), "neu": ([3, 4], [0.7, 0.3]), "neg": ([1, 2, 3], [0.45, 0.4, 0.15])}
RATING_T = {"burn": ([1, 2], [0.75, 0.25]), "pain": ([2, 3], [0.6, 0.4]), "upsell": ([1, 2, 3], [0.3, 0.5, 0.2])}


def pick(d: dict):
    keys = list(d)
    p = np.array([d[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def chance(p: float) -> bool:
    return bool(rng.random() < p)


def ri(a: int, b: int) -> int:
    return int(rng.integers(a, b + 1))


def at_hour(day: datetime, h0=10, h1=20) -> datetime:
    return datetime(day.year, day.month, day.day, ri(h0, h1), ri(0, 59), ri(0, 59))


def iso(t: datetime | None) -> str:
    return "" if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


_W: dict = {}


def sample_day(region: str, lo: datetime, hi: datetime) -> datetime:
    days = (hi - lo).days
    key = (region, lo, hi)
    if key not in _W:
        w = np.array([SEASON[region][(lo + D(i)).month - 1] * (1.12 if (lo + D(i)).year == 2026 else 1.0)
                      for i in range(days)])
        _W[key] = w / w.sum()
    return lo + D(int(rng.choice(days, p=_W[key])))


def reg(clinic: str) -> str:
    return {"CN": "CN", "SG": "SG", "AU": "AU", "UK": "UK"}[CLINICS[clinic]["country"]]


class Gen:
    def __init__(self):
        self.customers, self.events, self.orders, self.feedback, self.truth, self.exps = [], [], [], [], [], []
        self.n_visit = 0

    # ---- helpers
    def visit(self) -> str:
        self.n_visit += 1
        return f"V{self.n_visit:06d}"

    def ev(self, c, ts, tp, action, channel, device="", visit="", **extra):
        if ts > END:
            return None
        row = dict(customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, session_id=visit, action=action,
                   device=device, channel=channel, clinic_id=c["clinic_id"])
        row.update(extra)
        self.events.append(row)
        return row

    def order(self, c, ts, otype, local, status="paid", channel="store", device="", **extra):
        if ts > END:
            return None
        cl = CLINICS[c["clinic_id"]]
        row = dict(customer_id=c["customer_id"], ts=ts, amount=round(local * cl["fx"], 2), status=status,
                   channel=channel, device=device, order_type=otype, clinic_id=c["clinic_id"], city=cl["city"],
                   city_zh=cl["city_zh"],
                   currency=cl["cur"], amount_local=round(local, 2))
        row.update(extra)
        self.orders.append(row)
        c["spend"] += row["amount"] if status == "paid" else 0
        return row

    def fb(self, c, ts, tp, channel, topic, rated=True, nps_p=0.0, no_ts_p=0.0, area="", n=3, lang=None,
           clinic=None, **extra):
        if ts is not None and ts > END:
            return
        clinic = clinic or (c["clinic_id"] if c else None)
        if lang is None:
            lang = c["lang"] if c else "zh"
        key = topic + "_skin" if area and AREAS[area][2] == "skin" and topic + "_skin" in T else topic
        sent, tmpl = T[key]
        text = tmpl[lang][ri(0, len(tmpl[lang]) - 1)]
        a = AREAS[area][0 if lang == "zh" else 1] if area else ("腋下" if lang == "zh" else "underarm")
        text = text.format(area=a if lang == "zh" or a.startswith("IPL") else a.lower(), n=n)
        rating = ""
        if rated:
            vals, p = RATING_T.get(topic, RATING[sent])
            rating = int(rng.choice(vals, p=p))
        nps = ""
        if rated and chance(nps_p):
            base = {5: 9, 4: 8, 3: 6, 2: 3, 1: 1}[rating]
            nps = int(min(10, max(0, base + ri(-1, 1))))
        if ts is not None and chance(no_ts_p):
            ts = None
        self.feedback.append(dict(text=text, ts=ts, customer_id=c["customer_id"] if c else "", touchpoint_id=tp,
                                  channel=channel, rating=rating, nps=nps, clinic_id=clinic or "", language=lang,
                                  **extra))
        self.truth.append(dict(topic=topic, sentiment=sent))

    # ---- customers
    def new_customer(self, clinic, signup, channel, legacy=False, code=""):
        cl = CLINICS[clinic]
        r = reg(clinic)
        cid = f"C{len(self.customers) + 1:05d}"
        lang = "zh" if chance(cl["zh_share"]) else "en"
        c = dict(customer_id=cid, signup_at=signup, clinic_id=clinic, channel=channel, lang=lang, legacy=legacy,
                 fitz=pick(FITZ[r]), hair=pick(HAIR[r]), gender="female" if chance(0.86 if r == "CN" else 0.8)
                 else "male", age_band=pick({"18-24": 0.24, "25-34": 0.44, "35-44": 0.22, "45+": 0.10}),
                 code=code, spend=0.0, state="lead", member=False, refunded=False, sessions_left=0)
        self.customers.append(c)
        return c

    def run(self):
        for clinic, cl in CLINICS.items():
            r = reg(clinic)
            chans = CHANNELS_CN if r == "CN" else CHANNELS_OS
            region = "CN" if r == "CN" else r
            for _ in range(cl["n"]):
                ch = pick(chans)
                day = sample_day(region, START, datetime(2026, 6, 24))
                self.prospect(self.new_customer(clinic, at_hour(day, 8, 23), ch))
            if clinic in ("SH01", "BJ01"):   # LUCKY99 influencer campaign
                for _ in range(150 if clinic == "SH01" else 120):
                    day = INFLUENCER_CAMPAIGN[0] + D(ri(0, 20))
                    self.prospect(self.new_customer(clinic, at_hour(day, 8, 23), "influencer", code="LUCKY99"))
            for _ in range(int(cl["n"] * 0.16)):   # legacy LumaClub members (joined before the window)
                joined = datetime(2023, 7, 1) + D(ri(0, 364))
                c = self.new_customer(clinic, at_hour(joined), pick(chans), legacy=True)
                self.legacy(c, joined)
        self.social_notes()

    # ---- prospect journey
    def prospect(self, c):
        clinic, ch, t = c["clinic_id"], c["channel"], c["signup_at"]
        r = reg(clinic)
        camp = c["code"] == "LUCKY99"
        dev = pick({"ios": 0.55, "android": 0.45}) if r == "CN" else pick({"ios": 0.5, "android": 0.3, "pc": 0.2})
        if ch.endswith("_ads"):
            self.ev(c, t, "tp_ad_click", "click", "ads", dev, utm_source=ch.replace("_ads", ""),
                    campaign_id=f"{ch.split('_')[0].upper()}_{t.year}Q{(t.month - 1) // 3 + 1}")
        elif ch == "influencer":
            code = c["code"] or (pick({"XIAOYU88": 0.5, "MEIMEI520": 0.5}) if r == "CN"
                                 else pick({"GLOWWITHAMY": 0.5, "SKINBYLEO": 0.5}))
            c["code"] = code
            self.ev(c, t, "tp_influencer_code", "claim", "social", dev, influencer_code=code,
                    campaign_id="LUCKY99_MAR25" if camp else "")
        book_p = P_BOOK.get(ch, 0)
        if ch != "walk_in" and not chance(book_p * (0.85 if camp else 1.0)):
            return
        if ch == "walk_in":
            tc = at_hour(t)
        else:
            tb = t + D(minutes=ri(2, 60)) if ch.endswith("_ads") or ch == "influencer" else t
            if ch.endswith("_ads") and chance(0.3):
                tb = t + D(days=ri(1, 12), minutes=ri(0, 600))
            bch = ("mini_program" if r == "CN" else "web") if ch != "dianping" else "other"
            if chance(0.12):
                bch = "phone"
            self.ev(c, tb, "tp_consult_booking", "submit", bch, dev if bch != "phone" else "",
                    influencer_code=c["code"], booking_source=ch)
            tc = at_hour(tb + D(days=ri(1, 9)))
            show = P_SHOW.get(ch, 0.8) * (0.72 if camp else 1.0)
            if not chance(show):
                return
        if tc > END:
            return
        c["state"] = "consulted"
        v = self.visit()
        trial = (camp and chance(0.85)) or (ch == "dianping" and chance(0.6))
        self.ev(c, tc, "tp_consultation", "attended", "store", "", v, consultant_id=f"{clinic[:2]}-C{ri(1, 3)}",
                trial_done=trial, influencer_code=c["code"])
        if trial:
            self.order(c, tc + D(minutes=20), "trial", (99 if camp else 199) * 1.0, channel="store",
                       treatment_area="underarm", discount_code=c["code"] if camp else "DIANPING_GROUPBUY",
                       payment_method="meituan" if ch == "dianping" else pick({"wechat_pay": 0.6, "alipay": 0.4}))
        if chance(0.5 if camp else 0.22):
            upsell_p = 0.6 if camp else 0.05
            topic = "upsell" if chance(upsell_p) else pick({"consult_good": 0.45, "clean_env": 0.15, "neutral": 0.25,
                                                            "price_ok": 0.15})
            self.fb(c, tc + D(hours=ri(2, 30)), "tp_consultation", "survey", topic, nps_p=0.3)
        light = c["hair"] in LIGHT_HAIR
        if not chance(P_PATCH.get(ch, 0.7) * (0.62 if camp else 1.0) * (0.8 if light else 1.0)):
            return
        tpatch = tc + D(minutes=ri(25, 50))
        reaction = chance(0.05)
        self.ev(c, tpatch, "tp_patch_test", "done", "store", "", v, patch_result="reaction" if reaction else "pass",
                therapist_id=THERAPISTS[clinic][ri(0, 4)])
        pbuy = P_BUY.get(ch, 0.6) * (0.5 if camp else 1.0) * (0.45 if light else 1.0) * (0.35 if reaction else 1.0)
        if not chance(pbuy):
            return
        tpkg = at_hour(tpatch + D(days=ri(2, 12)))
        if tpkg > END:
            return
        self.package(c, tpkg, first=True)

    def legacy(self, c, joined):
        c["state"] = "returning"
        c["member"] = True
        expiry = joined + D(365)
        self.renewals(c, expiry)
        if chance(0.25):
            tt = at_hour(START + D(ri(0, 680)))
            self.ev(c, tt, "tp_touch_up", "done", "store", "", self.visit(), therapist_id=THERAPISTS[c["clinic_id"]][ri(0, 4)],
                    touch_up_type="paid")
            cl = CLINICS[c["clinic_id"]]
            self.order(c, tt, "touch_up", round(AREAS["underarm"][3] / 5 * cl["price_f"], 0), treatment_area="underarm",
                       payment_method=self.paymethod(c))
        if chance(0.1):
            self.fb(c, at_hour(START + D(ri(0, 700))), "tp_session", "dianping" if reg(c["clinic_id"]) == "CN"
                    else "google_review", pick({"good_result": 0.5, "therapist_good": 0.3, "neutral": 0.2}),
                    no_ts_p=0.0 if reg(c["clinic_id"]) == "CN" else 0.3)

    def paymethod(self, c):
        r = reg(c["clinic_id"])
        if r == "CN":
            return pick({"wechat_pay": 0.55, "alipay": 0.4, "card": 0.05})
        if r == "SG":
            return pick({"card": 0.6, "paynow": 0.3, "instalment": 0.1})
        return pick({"card": 0.65, "apple_pay": 0.2, "instalment": 0.15})

    # ---- package and sessions
    def package(self, c, tpkg, first):
        clinic = c["clinic_id"]
        cl, r = CLINICS[clinic], reg(clinic)
        area = pick(AREA_MIX_CN if r == "CN" else AREA_MIX_OS)
        zh, en, line, p6, p8, gap = AREAS[area]
        n = 8 if chance(0.45) else 6
        list_local = round((p8 if n == 8 else p6) * cl["price_f"] / (1 if r == "CN" else 10)) * (1 if r == "CN" else 10)
        member_now = c["member"]
        price = list_local * (0.9 if member_now else 1.0)
        if chance(0.15):
            price *= 0.95   # festival promo
        pch = "mini_program" if r == "CN" and chance(0.15) else "store"
        v = self.visit()
        self.ev(c, tpkg, "tp_package_purchase", "paid", pch, "", v, treatment_area=area, treatment_area_zh=zh,
                service_line=line, package_sessions=n)
        pm = self.paymethod(c)
        o = self.order(c, tpkg, "package", round(price, 2), channel=pch, treatment_area=area, treatment_area_zh=zh,
                       service_line=line, package_sessions=n, list_price_local=list_local, payment_method=pm,
                       is_first_package=first)
        c["state"] = "in_course"
        if first and not c["member"] and chance(0.45 if r == "CN" else 0.32):
            c["member"] = True
            self.order(c, tpkg + D(minutes=5), "membership", MEMBER_FEE[cl["cur"]] * 1.0, channel=pch,
                       payment_method=pm)
            self.renewals(c, tpkg + D(365))
        # cooling-off cancellation (before the first session)
        if chance(0.03 if r == "CN" else 0.05):
            tr = tpkg + D(days=ri(1, 6), hours=ri(1, 8))
            if tr <= END:
                self.ev(c, tr, "tp_refund_request", "submit", "phone", "", refund_reason="changed_mind",
                        refund_reason_zh="改变主意", remaining_sessions=n, treatment_area=area)
                o["status"] = "cancelled"
                o["refund_reason"] = "changed_mind"
                c["spend"] -= o["amount"]
                c["state"] = "consulted" if first else c["state"]
                return
        self.sessions(c, o, area, n, tpkg)

    def slot_wait(self, clinic, t):
        if clinic == "LD01" and t >= LD_SHORT_STAFF:
            return ri(17, 36)
        if clinic in CN:
            return ri(2, 9)
        return ri(3, 11)

    def sessions(self, c, o, area, n, tpkg):
        clinic = c["clinic_id"]
        r = reg(clinic)
        zh, en, line, _, _, gap = AREAS[area]
        light = c["hair"] in LIGHT_HAIR and line == "hair_removal"
        dark = c["fitz"] in ("IV", "V", "VI")
        done, last, tbook, reacted = 0, None, at_hour(tpkg + D(days=ri(0, 3)), 9, 22), False
        no_result = light and chance(0.7)
        refund = None
        while done < n:
            if tbook > END:
                break
            wait = self.slot_wait(clinic, tbook)
            appt = at_hour(tbook + D(days=wait), 10, 20)
            reminder = not (clinic == "BJ01" and BJ_SMS_OUTAGE[0] <= appt < BJ_SMS_OUTAGE[1] and chance(0.9))
            bch = ("mini_program" if r == "CN" else pick({"web": 0.6, "phone": 0.4})) if chance(0.8) else "store"
            self.ev(c, tbook, "tp_session_booking", "booked", bch, "", treatment_area=area, treatment_area_zh=zh,
                    session_no=done + 1, appointment_at=iso(appt), slot_wait_days=wait, reminder_sent=reminder)
            if wait >= 20 and chance(0.16):
                self.fb(c, tbook + D(hours=ri(1, 48)), "tp_session_booking", "ticket", "slot_wait", rated=False,
                        platform="whatsapp" if chance(0.5) else "email")
                self.ev(c, tbook + D(hours=ri(1, 48)), "tp_cs_contact", "message", "other", cs_reason="slot_availability",
                        cs_reason_zh=CS_REASON_ZH["slot_availability"])
            if wait >= 20 and chance(0.09):   # London: gives up waiting, asks for the rest of the money back
                refund = ("cannot_book", tbook + D(days=ri(1, 6), hours=ri(1, 8)))
                break
            if appt > END:
                break
            p_ns = 0.07 if r == "CN" else 0.055
            if not reminder:
                p_ns = 0.27
            if chance(p_ns):
                self.ev(c, appt, "tp_no_show", "no_show", "store", "", treatment_area=area, session_no=done + 1,
                        reminder_sent=reminder)
                if r != "CN":
                    fee = NO_SHOW_FEE[CLINICS[clinic]["cur"]]
                    waived = chance(0.2)
                    self.order(c, appt + D(hours=3), "no_show_fee", fee * 1.0, status="cancelled" if waived else "paid",
                               payment_method="card")
                    if not waived and chance(0.12):
                        self.fb(c, appt + D(hours=ri(4, 48)), "tp_no_show", "ticket", "no_show_fee", rated=False,
                                platform="email")
                if not reminder and chance(0.35):
                    tt = appt + D(hours=ri(2, 30))
                    self.ev(c, tt, "tp_cs_contact", "message", "other", cs_reason="missed_reminder",
                            cs_reason_zh=CS_REASON_ZH["missed_reminder"])
                    self.fb(c, tt, "tp_session_booking", "ticket", "missed_reminder", rated=False, platform="wechat")
                elif not reminder and chance(0.08):
                    self.fb(c, appt + D(days=ri(1, 5)), "tp_session_booking", "dianping", "missed_reminder")
                tbook = at_hour(appt + D(days=ri(1, 12)), 9, 22)
                continue
            v = self.visit()
            if line == "skin":
                device = "ipl" if area == "ipl_photofacial" else "picosecond"
            elif clinic == "SY01":
                if SY_ALEX[0] <= appt < SY_ALEX[1]:
                    device = "alexandrite_755"
                elif appt >= SY_ALEX[1]:
                    device = "ndyag_1064" if dark else "alexandrite_755"
                else:
                    device = "diode_808"
            elif clinic == "LD01":
                device = "ndyag_1064" if dark else "alexandrite_755"
            else:
                device = "diode_808"
            therapist = THERAPISTS[clinic][ri(0, 4)]
            pain = ri(2, 8) if line == "hair_removal" else ri(1, 5)
            self.ev(c, appt, "tp_session", "completed", "store", "", v, treatment_area=area, treatment_area_zh=zh,
                    service_line=line, session_no=done + 1, therapist_id=therapist, laser_device=device,
                    fluence_j_cm2=round(float(rng.normal(18 if device != "alexandrite_755" else 22, 2.5)), 1)
                    if line == "hair_removal" else "", pain_score=pain)
            done += 1
            last = appt
            # skin reactions
            p_re = 0.012 + (0.012 if dark else 0)
            if device == "alexandrite_755" and dark:
                p_re = 0.30 if clinic == "SY01" and appt < SY_ALEX[1] else 0.03
            bad = False
            if chance(p_re):
                severe = device == "alexandrite_755" and dark and clinic == "SY01"
                rtype = pick({"burn": 0.4, "blister": 0.35, "hyperpigmentation": 0.25}) if severe else \
                    pick({"redness": 0.8, "burn": 0.1, "hyperpigmentation": 0.1})
                sev = pick({"moderate": 0.6, "severe": 0.4}) if severe else pick({"mild": 0.85, "moderate": 0.15})
                tr = appt + D(days=ri(1, 3), hours=ri(0, 6))
                self.ev(c, tr, "tp_skin_reaction", "reported", "phone" if chance(0.4) else "other", "",
                        treatment_area=area, reaction_type=rtype, reaction_type_zh=REACTION_ZH[rtype], severity=sev,
                        session_no=done, laser_device=device, therapist_id=therapist)
                bad = rtype != "redness"
                reacted = True
                if bad and chance(0.7):
                    self.fb(c, tr + D(hours=ri(1, 20)), "tp_skin_reaction", "ticket", "burn", rated=False, area=area,
                            platform="wechat" if r == "CN" else pick({"whatsapp": 0.5, "email": 0.5}))
                if bad and chance(0.35):
                    self.fb(c, tr + D(days=ri(2, 10)), "tp_session", "dianping" if r == "CN" else "google_review",
                            "burn", area=area, no_ts_p=0.0 if r == "CN" else 0.25)
                if bad and chance(0.45 if severe else 0.2):
                    refund = ("skin_reaction", tr + D(days=ri(3, 20)))
                    break
            # post-session survey
            if chance(0.15):
                if bad:
                    topic = "burn"
                elif no_result and done >= 3:
                    topic = "no_result" if chance(0.7) else "neutral"
                else:
                    topic = pick({"therapist_good": 0.24, "good_result": 0.22 if done >= 3 else 0.04, "clean_env": 0.1,
                                  "pain": 0.15 if line == "hair_removal" else 0.03, "neutral": 0.18, "price_ok": 0.06})
                self.fb(c, appt + D(hours=ri(2, 26)), "tp_session", "survey", topic, nps_p=0.4, area=area, n=done,
                        therapist_id=therapist)
            # drop outs
            if no_result and done >= 3 and chance(0.45):
                refund = ("no_result", at_hour(appt + D(days=ri(10, 40))))
                if chance(0.3):
                    self.fb(c, refund[1] - D(days=1), "tp_session", "dianping" if r == "CN" else "google_review",
                            "no_result", area=area, n=done, no_ts_p=0.0 if r == "CN" else 0.25)
                break
            if done < n and chance(0.025):
                if chance(0.5):
                    refund = (pick({"relocation": 0.5, "financial": 0.25, "schedule": 0.25}),
                              at_hour(appt + D(days=ri(20, 90))))
                break
            pause = ri(25, 40) if (bad and not refund) else 0
            tbook = at_hour(appt + D(days=ri(*gap) - ri(0, 6) + pause), 9, 22)
        c["sessions_left"] += n - done
        if refund and refund[1] <= END and done < n:
            reason, tr = refund
            self.ev(c, tr, "tp_refund_request", "submit", "phone" if chance(0.5) else "other", "",
                    refund_reason=reason, refund_reason_zh=REFUND_ZH[reason], remaining_sessions=n - done,
                    treatment_area=area)
            proc = ri(3, 8) if r == "CN" else ri(5, 14)
            o["status"] = "refunded"
            o["refunded_at"] = tr + D(days=proc, hours=ri(0, 8))
            if o["refunded_at"] > END:
                o["refunded_at"] = None   # approved, payout after the extract
            o["sessions_used"] = done
            o["refund_amount_local"] = round(o["amount_local"] * (n - done) / n * 0.9, 2)
            o["refund_amount"] = round(o["refund_amount_local"] * CLINICS[clinic]["fx"], 2)
            o["refund_reason"] = reason
            o["refund_reason_zh"] = REFUND_ZH[reason]
            c["spend"] -= o["amount"]
            c["refunded"] = True
            if chance(0.3):   # refund CSAT survey
                self.fb(c, o["refunded_at"] + D(hours=ri(2, 48)) if o["refunded_at"] else tr + D(days=ri(9, 12)),
                        "tp_refund_request", "survey", "refund_slow" if proc >= 8 or reason == "cannot_book" else
                        ("refund_ok" if chance(0.6) else "neutral"), nps_p=0.3)
            if proc >= 11 and chance(0.4):
                self.fb(c, tr + D(days=ri(9, 12)), "tp_refund_request", "ticket", "refund_slow", rated=False,
                        platform="email" if r != "CN" else "wechat")
            elif chance(0.06):
                self.fb(c, tr + D(days=ri(1, 5)), "tp_refund_request", "ticket", "refund_slow", rated=False,
                        platform="email" if r != "CN" else "wechat")
            return
        if done == n:
            c["state"] = "completed"
            tend = last
            if line == "hair_removal" and chance(0.3):
                tt = at_hour(tend + D(days=ri(40, 150)))
                self.ev(c, tt, "tp_touch_up", "done", "store", "", self.visit(), treatment_area=area,
                        treatment_area_zh=zh, touch_up_type="free", therapist_id=THERAPISTS[clinic][ri(0, 4)])
            if chance(0.16):
                tn = at_hour(tend + D(days=ri(20, 120)))
                if tn <= END:
                    self.package(c, tn, first=False)
            if chance(0.07) and not reacted:
                self.fb(c, at_hour(tend + D(days=ri(5, 60))), "tp_session", "dianping" if r == "CN" else "google_review",
                        "good_result", area=area, n=n, no_ts_p=0.0 if r == "CN" else 0.25)

    def renewals(self, c, expiry):
        clinic = c["clinic_id"]
        cl, r = CLINICS[clinic], reg(clinic)
        while True:
            trem = at_hour(expiry - D(30), 9, 11)
            if trem > END:
                return
            if trem < START:
                expiry += D(365)
                continue
            rch = {"CN": "wechat", "SG": "whatsapp", "AU": "email", "UK": "email"}[r]
            self.ev(c, trem, "tp_renewal_reminder", "sent", "mini_program" if r == "CN" else "email", "",
                    reminder_channel=rch, membership_expiry=iso(expiry))
            variant = ""
            if EXP_WINDOW[0] <= trem < EXP_WINDOW[1]:
                variant = "consultant_call" if chance(0.5) else "control"
                self.exps.append(dict(experiment_id="renewal_call_2025", variant=variant, customer_id=c["customer_id"],
                                      assigned_at=trem))
            fee = MEMBER_FEE[cl["cur"]] * 1.0
            if clinic == "SG01" and expiry >= SG_FEE_RISE + D(14):
                fee = 388.0
            p = 0.56 + (0.08 if c["state"] == "in_course" else 0)
            if variant == "consultant_call":
                p += 0.14
            if clinic == "SG01" and fee > 300:
                p = 0.26 + (0.08 if variant == "consultant_call" else 0)
            if chance(p):
                tr = at_hour(trem + D(days=ri(1, 40)))
                if tr > END:
                    return
                rch2 = "mini_program" if r == "CN" and chance(0.7) else ("web" if r != "CN" and chance(0.5) else "store")
                self.ev(c, tr, "tp_membership_renewal", "paid", rch2, "", membership_fee_local=fee,
                        currency=cl["cur"])
                self.order(c, tr, "membership_renewal", fee, channel=rch2, payment_method=self.paymethod(c))
                expiry += D(365)
                continue
            if clinic == "SG01" and fee > 300 and chance(0.35):
                tt = trem + D(days=ri(3, 40))
                self.ev(c, tt, "tp_cs_contact", "message", "other", cs_reason="membership",
                        cs_reason_zh=CS_REASON_ZH["membership"])
                self.fb(c, tt, "tp_membership_renewal", "ticket", "membership_price", rated=False, platform="whatsapp")
            elif chance(0.03):
                self.fb(c, trem + D(days=ri(3, 40)), "tp_membership_renewal", "ticket", "membership_price",
                        rated=False, platform="wechat" if r == "CN" else "email")
            c["member_lapsed"] = True
            return

    def social_notes(self):
        for _ in range(210):
            clinic = pick({"SH01": 0.4, "BJ01": 0.3, "SZ01": 0.3})
            topic = pick({"good_result": 0.3, "pain": 0.18, "upsell": 0.12, "price_ok": 0.12, "clean_env": 0.1,
                          "no_result": 0.08, "neutral": 0.1})
            ts = at_hour(sample_day("CN", START, datetime(2026, 6, 30)), 8, 23)
            area = pick({"underarm": 0.4, "upper_lip": 0.2, "full_legs": 0.2, "bikini": 0.1, "full_arms": 0.1})
            tp = {"upsell": "tp_consultation"}.get(topic, "tp_session" if topic != "price_ok" else "tp_package_purchase")
            self.fb(None, ts, tp if chance(0.7) else "", "xiaohongshu", topic, rated=False, area=area, n=ri(2, 5),
                    no_ts_p=0.3, lang="zh", clinic=clinic if chance(0.6) else "")
        for _ in range(22):   # LUCKY99 trial-goers posting about the hard sell
            ts = at_hour(datetime(2025, 3, 12) + D(ri(0, 38)), 8, 23)
            self.fb(None, ts, "tp_consultation", "xiaohongshu", "upsell", rated=False, no_ts_p=0.2, lang="zh",
                    clinic=pick({"SH01": 0.55, "BJ01": 0.45}))
        for _ in range(60):   # instagram comments overseas
            clinic = pick({"SG01": 0.3, "SY01": 0.35, "LD01": 0.35})
            topic = pick({"good_result": 0.35, "pain": 0.15, "clean_env": 0.15, "neutral": 0.15, "no_result": 0.2})
            ts = at_hour(sample_day("UK", START, datetime(2026, 6, 30)), 8, 23)
            area = pick({"underarm": 0.3, "bikini": 0.3, "full_legs": 0.3, "upper_lip": 0.1})
            self.fb(None, ts, "tp_session" if chance(0.6) else "", "instagram", topic, rated=False, area=area,
                    n=ri(2, 5), no_ts_p=0.4, lang="en", clinic=clinic)

    # ---- background CS contacts (reschedules, billing)
    def background_cs(self):
        by = {}
        for e in self.events:
            if e["touchpoint_id"] == "tp_session_booking":
                by.setdefault(e["customer_id"], []).append(e)
        cust = {c["customer_id"]: c for c in self.customers}
        for cid, evs in by.items():
            for e in evs:
                if chance(0.06):
                    c = cust[cid]
                    self.ev(c, e["ts"] + D(days=ri(0, 3), hours=ri(1, 8)), "tp_cs_contact", "message",
                            "phone" if chance(0.3) else "other", cs_reason=pick({"reschedule": 0.7, "billing": 0.15,
                                                                                  "other": 0.15}))
                    self.events[-1]["cs_reason_zh"] = CS_REASON_ZH[self.events[-1]["cs_reason"]]


def write(out: Path, name: str, rows: list[dict], cols: list[str]):
    with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([iso(v) if isinstance(v, datetime) else ("true" if v is True else "false" if v is False else v)
                        for v in (r.get(k, "") for k in cols)])


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.run()
    g.background_cs()

    write(out, "touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                                    kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out, "journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                 step=i + 1, touchpoint_id=tp, window_days=j[4])
                            for j in JOURNEYS for i, tp in enumerate(j[3])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])

    ccols = ["customer_id", "signup_at", "segment", "segment_zh", "region", "acquisition_channel",
             "acquisition_channel_zh", "tier", "tier_zh", "clinic_id", "clinic_zh", "clinic_en", "city", "city_zh",
             "country", "currency", "gender", "age_band", "fitzpatrick_type", "hair_colour", "hair_colour_zh",
             "preferred_language", "influencer_code", "is_member", "marketing_opt_in"]
    seg_zh = {"lead": "线索", "consulted": "已面诊", "in_course": "疗程中", "completed": "已完成疗程", "refunded": "已退款",
              "returning": "老会员"}
    crow = []
    for c in g.customers:
        cl = CLINICS[c["clinic_id"]]
        seg = "refunded" if c["refunded"] else c["state"]
        if seg == "in_course" and c["sessions_left"] == 0:
            seg = "completed"
        tier = "vip" if c["spend"] >= 12000 else ("member" if c["member"] and not c.get("member_lapsed") else "standard")
        crow.append(dict(customer_id=c["customer_id"], signup_at=c["signup_at"], segment=seg, segment_zh=seg_zh[seg],
                         region=cl["region"], acquisition_channel=c["channel"],
                         acquisition_channel_zh=CHANNEL_ZH[c["channel"]], tier=tier,
                         tier_zh={"vip": "VIP", "member": "会员", "standard": "普通"}[tier], clinic_id=c["clinic_id"],
                         clinic_zh=cl["zh"], clinic_en=cl["en"], city=cl["city"], city_zh=cl["city_zh"],
                         country=cl["country"], currency=cl["cur"], gender=c["gender"], age_band=c["age_band"],
                         fitzpatrick_type=c["fitz"], hair_colour=c["hair"], hair_colour_zh=HAIR_ZH[c["hair"]],
                         preferred_language=c["lang"], influencer_code=c["code"],
                         is_member=c["member"] and not c.get("member_lapsed"),
                         marketing_opt_in=chance(0.7)))
    write(out, "customers", crow, ccols)

    g.events.sort(key=lambda e: (e["ts"], e["customer_id"]))
    for i, e in enumerate(g.events, 1):
        e["event_id"] = f"E{i:06d}"
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
             "clinic_id", "utm_source", "campaign_id", "influencer_code", "booking_source", "consultant_id",
             "trial_done", "patch_result", "treatment_area", "treatment_area_zh", "service_line", "package_sessions",
             "session_no", "appointment_at", "slot_wait_days", "reminder_sent", "therapist_id", "laser_device",
             "fluence_j_cm2", "pain_score", "reaction_type", "reaction_type_zh", "severity", "touch_up_type",
             "refund_reason", "refund_reason_zh", "remaining_sessions", "reminder_channel", "membership_expiry",
             "membership_fee_local", "currency", "cs_reason", "cs_reason_zh"]
    write(out, "events", g.events, ecols)

    g.orders.sort(key=lambda o: (o["ts"], o["customer_id"]))
    otype_zh = {"package": "疗程卡", "membership": "会员费", "membership_renewal": "会员续费", "trial": "体验",
                "touch_up": "补打", "no_show_fee": "爽约费"}
    for i, o in enumerate(g.orders, 1):
        o["order_id"] = f"O{i:06d}"
        o["order_type_zh"] = otype_zh[o["order_type"]]
        if o.get("service_line"):
            o["service_line_zh"] = LINE_ZH[o["service_line"]]
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "order_type_zh",
             "clinic_id", "city", "city_zh", "currency", "amount_local", "list_price_local", "treatment_area", "treatment_area_zh",
             "service_line", "service_line_zh", "package_sessions", "is_first_package", "discount_code",
             "payment_method", "sessions_used", "refund_amount", "refund_amount_local", "refunded_at", "refund_reason",
             "refund_reason_zh"]
    write(out, "orders", g.orders, ocols)

    idx = sorted(range(len(g.feedback)), key=lambda i: (g.feedback[i]["ts"] or datetime(2099, 1, 1), i))
    fb, tr = [], []
    for k, i in enumerate(idx, 1):
        f = dict(g.feedback[i], feedback_id=f"FB{k:05d}")
        fb.append(f)
        tr.append(dict(g.truth[i], feedback_id=f["feedback_id"]))
    write(out, "feedback", fb, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                                "clinic_id", "language", "platform", "therapist_id"])
    write(out / "_truth", "feedback_truth", tr, ["feedback_id", "topic", "sentiment"])
    write(out, "experiments", g.exps, ["experiment_id", "variant", "customer_id", "assigned_at"])
    print(f"customers {len(crow)}, events {len(g.events)}, orders {len(g.orders)}, feedback {len(fb)}, "
          f"experiments {len(g.exps)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
