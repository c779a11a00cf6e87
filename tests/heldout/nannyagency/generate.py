"""家和 HomeCare: a nanny and domestic-helper agency (家政公司) with branches in Beijing, Shanghai, Guangzhou, Shenzhen
and Chengdu. It places 育儿嫂 (infant nannies) and 住家保姆 (live-in housekeepers) with families on 6- or 12-month
contracts for an agency service fee (服务费), and sells 钟点工 (hourly cleaning) visits booked in the mini program.

A family finds us (58同城 / 小红书 / 大众点评 / 抖音 / an old customer's referral / a maternity-hospital partner), leaves
an enquiry (咨询), a consultant (顾问) does a needs assessment (需求评估), sends helper profiles (推荐阿姨), the family
interviews one or more helpers (in the branch or by video), takes one on a trial day (试工, pass / fail), signs the
contract (签约) and pays the service fee (支付服务费); the helper starts at the home (上户); customer service calls on
day 7 and day 30 (回访); unhappy families complain (投诉) and ask for a replacement (申请换人; three free replacements
within the contract); a replacement helper starts (换人上户) or, if none comes for weeks, the family terminates and gets
the rest of the fee back (退费); at the end of the contract many renew (续约). Families rate us in the mini program, on
Dianping, in an NPS survey or post Xiaohongshu notes. Hourly-cleaning customers book in the mini program (预约钟点工),
a cleaner comes (钟点工上门), they rate the visit and book again.
Data 2024-10-01 .. 2026-07-31 (the extract was taken in early August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261207), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 10, 1), datetime(2026, 7, 31, 23, 59, 59)
N_PLACE, N_HOURLY = 4300, 1900
SPRING = [datetime(2025, 1, 29), datetime(2026, 2, 17)]                    # 春节 (Chinese New Year)
SHORT = [(datetime(2025, 1, 22), datetime(2025, 3, 13)), (datetime(2026, 2, 10), datetime(2026, 4, 1))]  # 节后阿姨荒
HAIDIAN_GAP = (datetime(2025, 7, 1), datetime(2026, 1, 1))                   # Haidian lost two consultants
EXP = (datetime(2025, 7, 1), datetime(2026, 1, 1))                           # video-interview A/B test
CHENGDU_OPEN = datetime(2025, 10, 1)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_enquiry", "家庭咨询", "Family enquiry", "awareness", "phone", "digital", "sales",
     "咨询|问价|留资|找阿姨|打400|留电话|enquiry|inquiry|lead|first contact"),
    ("tp_assess", "需求评估", "Needs assessment", "consideration", "phone", "digital", "consultants",
     "需求评估|评估|上门评估|了解需求|顾问联系|needs assessment|assessment|intake call"),
    ("tp_match", "推荐阿姨", "Candidate matching", "consideration", "mini_program", "digital", "matching",
     "推荐阿姨|匹配|配对|发简历|推简历|matching|candidates|profiles sent|shortlist"),
    ("tp_interview", "面试阿姨", "Helper interview", "consideration", "store", "physical", "matching",
     "面试|见阿姨|视频面试|到店面试|interview|meet the nanny|video interview"),
    ("tp_trial", "试工", "Trial day", "purchase", "other", "physical", "matching",
     "试工|试岗|试用|trial|trial day|trial shift"),
    ("tp_contract", "签约", "Contract signed", "purchase", "store", "physical", "sales",
     "签约|签合同|合同|contract|signing"),
    ("tp_pay", "支付服务费", "Service fee paid", "purchase", "mini_program", "digital", "finance",
     "服务费|中介费|付款|交费|service fee|agency fee|payment"),
    ("tp_onboard", "阿姨上户", "Helper starts", "service", "other", "physical", "service",
     "上户|上岗|到岗|开始服务|placement start|start date|onboarding|helper starts"),
    ("tp_checkin", "客服回访", "Follow-up call", "service", "phone", "digital", "customer_service",
     "回访|电话回访|7天回访|30天回访|check-in call|follow-up call"),
    ("tp_complaint", "投诉", "Complaint", "service", "phone", "digital", "customer_service",
     "投诉|不满意|反映问题|complaint|unhappy family"),
    ("tp_replace_req", "申请换人", "Replacement requested", "service", "mini_program", "digital", "customer_service",
     "换人|换阿姨|更换阿姨|replacement request|swap nanny|change helper"),
    ("tp_replace_done", "换人上户", "Replacement helper starts", "service", "other", "physical", "matching",
     "新阿姨上户|换人完成|补人|replacement done|new helper started"),
    ("tp_refund", "退费", "Fee refund", "service", "mini_program", "digital", "finance",
     "退费|退款|退服务费|解约|refund|termination"),
    ("tp_renew", "续约", "Contract renewal", "loyalty", "store", "physical", "sales",
     "续约|续签|续费|renewal|renew|extend contract"),
    ("tp_hourly_book", "预约钟点工", "Hourly cleaning booked", "purchase", "mini_program", "digital", "hourly_ops",
     "约钟点工|预约保洁|下单保洁|book a cleaner|hourly booking|cleaning booking"),
    ("tp_hourly_visit", "钟点工上门", "Hourly cleaning visit", "service", "other", "physical", "hourly_ops",
     "钟点工上门|保洁上门|打扫|cleaning visit|cleaner visit|housekeeping visit"),
    ("tp_rate", "评价", "Rating", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|好评|差评|rating|review|stars"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("placement", "找阿姨签约", "Placement sign-up",
     ["tp_enquiry", "tp_assess", "tp_match", "tp_interview", "tp_trial", "tp_contract", "tp_pay"], 30),
    ("onboarding", "上户服务", "Onboarding", ["tp_pay", "tp_onboard", "tp_checkin"], 14),
    ("replacement", "换人服务", "Replacement", ["tp_replace_req", "tp_replace_done"], 30),
    ("hourly_service", "钟点工服务", "Hourly cleaning", ["tp_hourly_book", "tp_hourly_visit", "tp_rate"], 7),
    ("hourly_repeat", "钟点工复购", "Hourly repeat booking", ["tp_hourly_visit", "tp_hourly_book"], 30),
]
BRANCHES = [  # id, city, zh, en, opened, weight
    ("B01", "Beijing", "北京朝阳店", "Beijing Chaoyang", None, 1.2),
    ("B02", "Beijing", "北京海淀店", "Beijing Haidian", None, 1.0),
    ("B03", "Shanghai", "上海浦东店", "Shanghai Pudong", None, 1.3),
    ("B04", "Shanghai", "上海闵行店", "Shanghai Minhang", None, 0.9),
    ("B05", "Guangzhou", "广州天河店", "Guangzhou Tianhe", None, 1.0),
    ("B06", "Shenzhen", "深圳南山店", "Shenzhen Nanshan", None, 1.0),
    ("B07", "Chengdu", "成都高新店", "Chengdu Gaoxin", CHENGDU_OPEN, 1.0),
]
BR = {b[0]: b for b in BRANCHES}
CITIES = {"Beijing": ("北京", 0.28), "Shanghai": ("上海", 0.32), "Guangzhou": ("广州", 0.14),
          "Shenzhen": ("深圳", 0.14), "Chengdu": ("成都", 0.12)}
CHANNELS = {  # en: zh, weight (placement), weight (hourly), conversion factor
    "58tongcheng": ("58同城", 0.27, 0.30, 0.95), "xiaohongshu": ("小红书", 0.22, 0.25, 0.62),
    "dianping": ("大众点评", 0.15, 0.25, 1.0), "douyin": ("抖音", 0.12, 0.12, 0.8),
    "referral": ("老客户转介绍", 0.13, 0.08, 1.25), "hospital": ("医院合作", 0.11, 0.0, 1.1)}
SERVICES = {"infant_nanny": "育儿嫂", "live_in": "住家保姆", "hourly": "钟点工"}
FAMILY = {"newborn": ("新生儿家庭", 0.45), "dual_income": ("双职工家庭", 0.35), "elderly": ("有老人照护", 0.20),
          "young_professional": ("单身白领", 0.0)}
LEVELS = {"standard": ("普通阿姨", {"infant_nanny": 3800, "live_in": 2800}),
          "silver": ("银牌阿姨", {"infant_nanny": 5200, "live_in": 3800}),
          "gold": ("金牌阿姨", {"infant_nanny": 6800, "live_in": 4800})}
CERTS = {"none": "仅健康证", "yuying": "育婴师证", "senior_yuying": "高级育婴师证", "housekeeping": "家政服务员证"}
HOMETOWNS = ["安徽", "四川", "河南", "湖南", "江西", "甘肃", "山东"]
REASONS = {"phone": "玩手机", "hygiene": "卫生习惯差", "cooking": "做饭不合口味", "skills": "带娃不专业",
           "attitude": "态度不好", "no_return": "节后未返岗", "family": "家庭原因"}
OTYPE_ZH = {"service_fee": "服务费", "renewal_fee": "续约服务费", "insurance": "家政意外险", "hourly": "钟点工"}
TIERS = {"regular": "普通会员", "silver": "银卡会员", "gold": "金卡会员", "diamond": "钻石会员"}
HOURLY_RATE = {"Beijing": 55, "Shanghai": 58, "Guangzhou": 48, "Shenzhen": 55, "Chengdu": 42}
ITEMS = {"daily": ("日常保洁", 1.0), "deep": ("深度保洁", 1.3), "windows": ("擦玻璃", 1.2), "organise": ("收纳整理", 1.4)}
SEG_ZH = {"prospect": "潜在客户", "in_service": "服务中", "completed": "合同到期", "renewed": "已续约",
          "terminated": "已解约退费", "hourly_regular": "钟点工常客", "hourly_occasional": "钟点工偶尔用"}

# ---- feedback text: topic -> (zh phrases, en phrases). gold.py counts topics by marker words; keep them exclusive.
TXT = {
    "phone": (["阿姨带娃的时候一直玩手机", "孩子哭了阿姨还在玩手机刷视频", "监控里看到阿姨整天玩手机，孩子自己在地上爬",
               "阿姨玩手机的时间比陪孩子还多"],
              ["the nanny is on her phone all day while the baby cries", "caught our nanny on her phone for hours on the camera",
               "she was always on her phone instead of watching our son"]),
    "hygiene": (["阿姨卫生习惯很差，奶瓶都不好好消毒", "阿姨卫生习惯不好，上完厕所不洗手", "卫生习惯太差了，厨房油乎乎的"],
                ["her hygiene is poor, bottles were never sterilised", "poor personal hygiene, she does not wash her hands",
                 "hygiene standards were really bad in the kitchen"]),
    "cooking": (["阿姨做饭太咸，老人吃不惯", "做饭不合口味，天天都是一个样", "阿姨不太会做饭，老人经常吃不下"],
                ["her cooking is far too salty for grandpa", "the cooking is the same bland dish every day",
                 "she can barely do any cooking, my parents hardly eat"]),
    "skills": (["阿姨带娃不专业，辅食做得乱七八糟", "号称有经验，其实带娃不专业，连拍嗝都不会", "带娃方法很老旧，不科学"],
               ["she has no real infant-care skills, did not even know how to burp the baby",
                "weak infant-care skills, feeding schedule was a mess"]),
    "attitude": (["阿姨态度不好，说她两句就甩脸色", "阿姨脾气大，态度很差"],
                 ["her attitude was rude whenever we asked for anything", "bad attitude, she argues with my mother-in-law"]),
    "mismatch": (["推荐的阿姨都不合适，跟我们说的要求完全不一样", "试了两个阿姨都不合适，感觉顾问没认真看我们的需求",
                  "介绍来的阿姨根本不合适，经验和简历对不上"],
                 ["none of the helpers they sent were a fit for what we asked", "the nanny was a poor fit, her profile did not match reality",
                  "two trials and neither helper was a fit"]),
    "slow_response": (["留了电话三天都没人联系", "提交了需求一直没人联系我，太慢了", "咨询完等了好久才有顾问回电话，没人联系跟进"],
                      ["left my number and nobody called back for days", "nobody called back after my enquiry, had to chase them",
                       "waited ages and nobody called back"]),
    "no_return": (["阿姨过年回家就不回来了，节后临时找人特别难", "过年回老家后阿姨说不干了，家里一下子乱套",
                   "春节后阿姨没回来，也没提前说"],
                  ["our nanny went home for Spring Festival and never came back", "after Chinese New Year the helper just did not return",
                   "she left for Spring Festival and quit by text"]),
    "replace_slow": (["申请换人等了快三周才来新阿姨", "换人太慢了，一直说在找", "换阿姨等了二十多天，孩子没人带只能请假"],
                     ["the replacement took almost three weeks", "replacement took forever, we had to take leave",
                      "asked for a new nanny and the replacement took weeks"]),
    "late": (["钟点工又迟到了半个多小时", "保洁阿姨经常迟到，也不提前打招呼", "约的九点，迟到快一个小时才到"],
             ["the cleaner showed up late again", "cleaner arrived 40 minutes late with no message", "always late, I waited at home for ages"]),
    "not_clean": (["打扫得不干净，角落里都是灰", "卫生间没擦干净，还得自己返工", "擦完的玻璃还是不干净"],
                  ["the bathroom was still dirty after she left", "floors still dirty under the sofa", "windows still dirty, had to redo it"]),
    "refund": (["退费流程拖了一个多月", "解约后退费一直不到账，客服推来推去"],
               ["the refund took more than a month to arrive", "chasing the refund for weeks after we terminated"]),
    "fee_high": (["服务费太贵了，比别家高不少", "中介服务费太贵，阿姨工资另算"],
                 ["the agency fee is too expensive for what you get", "service fee too expensive compared to other agencies"]),
    "caring": (["阿姨特别细心，宝宝被照顾得很好", "阿姨很有耐心也很细心，孩子很喜欢她", "阿姨细心又勤快，家里井井有条"],
               ["our nanny is so caring and patient with the baby", "very caring helper, the kids adore her",
                "a caring and hard-working nanny"]),
    "consultant": (["顾问很负责，需求问得很细", "顾问小王特别负责，全程跟进", "顾问很负责，有问题第一时间处理"],
                   ["our consultant was super responsive and thorough", "the consultant was responsive and followed up every week"]),
    "punctual": (["钟点工很准时，打扫得很仔细", "每次都准时到，活干得利索"],
                 ["the cleaner is always on time and thorough", "on time every visit, very thorough"]),
}
GEN = {
    "pos": (["整体挺满意的", "会推荐给朋友", "服务不错"], ["overall quite happy", "would recommend to friends", "good service overall"]),
    "neu": (["还行吧", "一般般", "中规中矩"], ["it was ok", "average service", "nothing special"]),
    "neg": (["体验不太好", "有点失望", "不会再用了"], ["disappointing experience", "not great", "would not use again"]),
}
NEG_TOPICS = {"phone", "hygiene", "cooking", "skills", "attitude", "mismatch", "slow_response", "no_return",
              "replace_slow", "late", "not_clean", "refund", "fee_high"}
POS_TOPICS = {"caring", "consultant", "punctual"}
TOPIC_TP = [("no_return", "tp_replace_req"), ("replace_slow", "tp_replace_done"), ("refund", "tp_refund"),
            ("slow_response", "tp_assess"), ("mismatch", "tp_trial"), ("late", "tp_hourly_visit"),
            ("not_clean", "tp_hourly_visit"), ("punctual", "tp_hourly_visit"), ("phone", "tp_onboard"),
            ("hygiene", "tp_onboard"), ("cooking", "tp_onboard"), ("skills", "tp_onboard"), ("attitude", "tp_onboard"),
            ("caring", "tp_onboard"), ("fee_high", "tp_pay"), ("consultant", "tp_match")]


def ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(options, weights):
    w = np.asarray(weights, dtype=float)
    return options[int(rng.choice(len(options), p=w / w.sum()))]


def in_short(t):
    return any(a <= t < b for a, b in SHORT)


def workday(t, lo=9.0, hi=19.0):
    return datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(lo, hi)))


def season_place(d):
    f = 1.0
    for sf in SPRING:
        if sf - D(days=10) <= d < sf + D(days=5):
            f = 0.45
        elif sf + D(days=5) <= d < sf + D(days=45):
            f = 1.7
    if d.month in (7, 8):
        f *= 1.25
    return f


def season_hourly(d):
    for sf in SPRING:
        if sf - D(days=24) <= d < sf - D(days=2):
            return 2.4                          # 年前大扫除
        if sf - D(days=2) <= d < sf + D(days=8):
            return 0.3
    return 1.0


def open_branches(city, t):
    return [b for b in BRANCHES if b[1] == city and (b[4] is None or b[4] <= t)]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.exp = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_case = self.n_hb = self.n_helper = 0

    def ev(self, c, t, tp, sid, action, common=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        digital = tp in ("tp_match", "tp_pay", "tp_replace_req", "tp_refund", "tp_hourly_book", "tp_rate")
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"] if digital else None,
                   channel="mini_program" if digital else ("phone" if tp in ("tp_assess", "tp_checkin", "tp_complaint")
                                                           else ("store" if tp in ("tp_contract", "tp_renew") else "other")))
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, sid, common, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"ORD{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t),
                   amount=round(float(amount), 2), status=status,
                   channel="mini_program" if otype in ("hourly", "insurance") else "store", device=c["device"],
                   order_type=otype, 订单类型=OTYPE_ZH[otype], case_id=sid)
        for k in ("branch_id", "branch", "branch_en", "branch_city", "门店城市", "service_type", "服务类型",
                  "helper_level", "阿姨等级", "contract_months"):
            row[k] = common.get(k)
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        c["spend"] += amount if status == "paid" else 0
        if status == "paid" and c["first_pay"] is None:
            c["first_pay"] = t
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, common=None, undated=False, gen=None,
           no_customer=False, sid=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = c["lang"] if rng.random() < 0.9 else ("zh" if c["lang"] == "en" else ("en" if rng.random() < 0.05
                                                                                       else "zh"))
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if lang == "en":
            text = text[0].upper() + text[1:]
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "negative" if neg else ("positive" if (gen == "pos" or set(topics) & POS_TOPICS) else "neutral")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, case_id=sid)
        if common:
            for k in ("branch_id", "branch", "branch_en", "branch_city", "门店城市", "service_type", "服务类型",
                      "helper_level", "阿姨等级"):
                row[k] = common.get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def _days(self, season, growth_end=1.7):
        days, d = [], START
        while d <= datetime(2026, 7, 25):
            days.append((d, (1.0 + (growth_end - 1.0) * (d - START).days / 660) * season(d)))
            d += D(days=1)
        return days

    def customers(self):
        self.cust = []
        for kind, n, season in (("placement", N_PLACE, season_place), ("hourly", N_HOURLY, season_hourly)):
            days = self._days(season)
            w = np.array([x[1] for x in days])
            for k in rng.choice(len(days), size=n, p=w / w.sum()):
                t = days[k][0] + D(hours=float(rng.uniform(8, 22.5)))
                city = pick(list(CITIES), [v[1] for v in CITIES.values()])
                if city == "Chengdu" and t < CHENGDU_OPEN:
                    city = pick(["Beijing", "Shanghai", "Guangzhou", "Shenzhen"], [0.28, 0.32, 0.2, 0.2])
                brs = open_branches(city, t)
                home = pick(brs, [b[5] for b in brs])
                if kind == "placement":
                    fam = pick(["newborn", "dual_income", "elderly"], [0.45, 0.35, 0.20])
                    svc = ("infant_nanny" if rng.random() < 0.9 else "live_in") if fam == "newborn" else (
                        ("infant_nanny" if rng.random() < 0.55 else "live_in") if fam == "dual_income" else "live_in")
                    ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
                    if ch == "hospital" and fam != "newborn":
                        ch = "58tongcheng"
                else:
                    fam = pick(["young_professional", "dual_income", "elderly"], [0.5, 0.35, 0.15])
                    svc = "hourly"
                    ch = pick(list(CHANNELS), [v[2] for v in CHANNELS.values()])
                en_share = 0.16 if home[0] == "B03" else (0.06 if city in ("Shanghai", "Shenzhen", "Beijing") else 0.02)
                self.cust.append(dict(kind=kind, first=t, city=city, home=home[0], family=fam, service=svc, channel=ch,
                                      device=pick(["ios", "android"], [0.56, 0.44]),
                                      lang="en" if rng.random() < en_share else "zh",
                                      age=pick(["20-29", "30-39", "40-49", "50+"], [0.22, 0.52, 0.18, 0.08]),
                                      spend=0.0, first_pay=None, state=None, visits=0, last=None))
        self.cust.sort(key=lambda c: c["first"])
        for i, c in enumerate(self.cust):
            c["customer_id"] = f"F{i + 1:05d}"

    def helper(self, c, br, t, service):
        self.n_helper += 1
        short = in_short(t)
        p_tr = 0.42 if br[1] == "Chengdu" else (0.5 if short else 0.72)
        level = pick(["standard", "silver", "gold"], [0.5, 0.34, 0.16] if not short else [0.62, 0.3, 0.08])
        trained = rng.random() < p_tr
        cert = (pick(["yuying", "senior_yuying", "none"], [0.55, 0.25, 0.2]) if service == "infant_nanny"
                else pick(["housekeeping", "none"], [0.6, 0.4]))
        if level == "gold" and cert == "none":
            cert = "senior_yuying" if service == "infant_nanny" else "housekeeping"
        return dict(helper_id=f"H{self.n_helper:05d}", helper_level=level, 阿姨等级=LEVELS[level][0],
                    helper_trained=trained, 岗前培训="已培训" if trained else "未培训", helper_cert=cert,
                    证书=CERTS[cert], helper_hometown=str(rng.choice(HOMETOWNS)), helper_age=int(rng.integers(36, 56)))

    # ---------- one placement case ----------
    def case(self, c):
        br = BR[c["home"]]
        self.n_case += 1
        cid = f"HC{self.n_case:05d}"
        svc = c["service"]
        common = dict(branch_id=br[0], branch=br[2], branch_en=br[3], branch_city=br[1], 门店城市=CITIES[br[1]][0],
                      service_type=svc, 服务类型=SERVICES[svc])
        chf = CHANNELS[c["channel"]][3]
        t = c["first"]
        self.ev(c, t, "tp_enquiry", cid, "submit", common, channel=c["channel"], source_zh=CHANNELS[c["channel"]][0],
                enquiry_via=pick(["phone_400", "mini_program", "wechat"], [0.35, 0.45, 0.2]))
        c["state"] = "prospect"
        # needs assessment
        haidian = br[0] == "B02" and HAIDIAN_GAP[0] <= t < HAIDIAN_GAP[1]
        p_as = (0.55 if haidian else 0.88) * min(1.0, 0.6 + 0.4 * chf)
        slow_wait = False
        if rng.random() > p_as:
            if haidian and rng.random() < 0.18:
                self.fb(c, t + D(days=float(rng.uniform(3, 9))), ["slow_response"],
                        pick(["dianping_review", "xiaohongshu_note"], [0.6, 0.4]),
                        rating=float(pick([1, 2], [0.6, 0.4])), common=common, undated=rng.random() < 0.3, sid=cid)
                if self.feedback and self.feedback[-1]["channel"] == "xiaohongshu_note":
                    self.feedback[-1]["rating"] = None
            return
        h = float(rng.lognormal(np.log(40 if haidian else 4.0), 0.55))
        slow_wait = h > 24
        t += D(hours=h)
        consultant = f"{br[0]}-C{int(rng.integers(1, 5 if br[0] != 'B02' else 3))}"
        self.ev(c, t, "tp_assess", cid, "done", common, consultant_id=consultant,
                assess_mode=pick(["phone", "home_visit"], [0.6, 0.4]), wait_hours=round(h, 1))
        # matching
        short = in_short(t)
        chengdu = br[1] == "Chengdu"
        if rng.random() > (0.78 if short else 0.93):
            return
        dm = float(rng.lognormal(np.log(9.0 if short else (3.5 if chengdu else 2.0)), 0.45))
        t = workday(t + D(days=dm))
        variant = None
        if EXP[0] <= t < EXP[1]:
            variant = "video" if rng.random() < 0.5 else "in_person"
            self.exp.append(dict(experiment_id="exp_video_interview", variant=variant, customer_id=c["customer_id"],
                                 assigned_at=ts(t)))
        n_cand = int(rng.integers(1, 4) if short else rng.integers(3, 6))
        self.ev(c, t, "tp_match", cid, "sent", common, consultant_id=consultant, candidates_sent=n_cand,
                days_to_match=round(dm, 1))
        # interviews and trials (up to two rounds)
        p_int = 0.76 * min(1.15, chf) * (1.25 if variant == "video" else 1.0)
        trial_failed = False
        hired = None
        for rnd in range(2):
            if rng.random() > min(0.97, p_int):
                break
            n_int = int(pick([1, 2, 3], [0.5, 0.35, 0.15]))
            cands = []
            for j in range(n_int):
                t = workday(t + D(days=float(rng.uniform(0.5, 3))))
                hp = self.helper(c, br, t, svc)
                mode = variant if variant else ("video" if rng.random() < (0.45 if chengdu else 0.28) else "in_person")
                self.ev(c, t, "tp_interview", cid, "interviewed", common, interview_mode=mode,
                        面试方式="视频面试" if mode == "video" else "到店面试", **hp)
                cands.append((hp, mode))
            if rng.random() > 0.86:
                break
            hp, mode = cands[-1]
            t = workday(t + D(days=float(rng.uniform(1, 4))), 8, 10)
            p_pass = 0.45 if chengdu else 0.76
            p_pass *= (0.9 if mode == "video" else 1.0) * (1.0 if hp["helper_trained"] else 0.92)
            p_pass *= 1.08 if hp["helper_level"] == "gold" else 1.0
            ok = rng.random() < p_pass
            days = int(pick([1, 2, 3], [0.55, 0.3, 0.15]))
            self.ev(c, t, "tp_trial", cid, "pass" if ok else "fail", common, trial_days=days,
                    试工结果="通过" if ok else "未通过", interview_mode=mode, **hp)
            t += D(days=days - 1, hours=9)
            if ok:
                hired = hp
                break
            trial_failed = True
            if rng.random() > 0.55:
                break
        if hired is None:
            if trial_failed and rng.random() < (0.7 if chengdu else 0.2):
                self.fb(c, t + D(days=float(rng.uniform(0.5, 4))), ["mismatch"],
                        pick(["dianping_review", "xiaohongshu_note", "call_note"], [0.4, 0.3, 0.3]),
                        rating=None, common=common, sid=cid)
                fbr = self.feedback[-1]
                if fbr["channel"] == "dianping_review":
                    fbr["rating"] = float(pick([1, 2, 3], [0.3, 0.5, 0.2]))
                    if rng.random() < 0.3:
                        fbr["ts"] = None
            return
        # contract and fee
        if rng.random() > 0.93:
            return
        months = int(pick([12, 6], [0.7, 0.3] if svc == "infant_nanny" else [0.8, 0.2]))
        fee = LEVELS[hired["helper_level"]][1][svc] * (1.0 if months == 12 else 0.6)
        common.update(helper_level=hired["helper_level"], 阿姨等级=hired["阿姨等级"], contract_months=months)
        t = t + D(hours=float(rng.uniform(1, 6)))
        if not self.ev(c, t, "tp_contract", cid, "signed", common, helper_id=hired["helper_id"], service_fee=fee,
                       wage_settlement=pick(["family_direct", "via_agency"], [0.7, 0.3])):
            return
        if rng.random() > 0.94:
            self.order(c, t, fee, "service_fee", cid, common, status="cancelled",
                       cancelled_at=ts(t + D(days=float(rng.uniform(3, 10)))))
            return
        t_pay = t + D(hours=float(rng.exponential(14) + 0.2))
        if not self.ev(c, t_pay, "tp_pay", cid, "success", common, amount=fee,
                       payment_method=pick(["wechat_pay", "alipay", "bank_transfer"], [0.6, 0.25, 0.15])):
            return
        fee_order = self.order(c, t_pay, fee, "service_fee", cid, common)
        if rng.random() < 0.55:
            self.order(c, t_pay + D(minutes=2), 120 if months == 12 else 70, "insurance", cid, common)
        c["state"] = "in_service"
        # helper starts
        t_on = workday(t_pay + D(days=float(rng.uniform(1, 6) + (4 if in_short(t_pay) else 0))), 7, 10)
        if not self.ev(c, t_on, "tp_onboard", cid, "start", common, **hired):
            return
        end_c = t_on + D(days=months * 30.4)
        self.placement(c, cid, common, hired, t_on, end_c, fee, fee_order, slow_wait, trial_failed, months)

    def placement(self, c, cid, common, helper, t_on, end_c, fee, fee_order, slow_wait, trial_failed, months):
        t_cur, hp = t_on, helper
        replaced, terminated, slow_repl = 0, False, False
        reasons_seen = []
        checkins = [t_on + D(days=7), t_on + D(days=30)]
        issue_log = []
        while True:
            # next issue for the current helper
            p = (0.10 if hp["helper_trained"] else 0.32) * (0.55 if hp["helper_level"] == "gold" else 1.0)
            p *= 1.3 if common["branch_city"] == "Chengdu" else 1.0
            p *= 0.5 if replaced else 1.0
            cand = []
            if rng.random() < p:
                span = min(160.0, (end_c - t_cur).days - 5)
                if span > 6:
                    svc = common["service_type"]
                    if not hp["helper_trained"]:
                        r = pick(["phone", "hygiene", "skills", "attitude", "cooking"],
                                 [0.42, 0.2, 0.18, 0.1, 0.1] if svc == "infant_nanny" else [0.25, 0.25, 0.0, 0.15, 0.35])
                    else:
                        r = pick(["phone", "hygiene", "skills", "attitude", "cooking", "family"],
                                 [0.2, 0.1, 0.15, 0.15, 0.1, 0.3] if svc == "infant_nanny" else [0.12, 0.15, 0.0, 0.18, 0.3, 0.25])
                    cand.append((t_cur + D(days=float(rng.uniform(5, span))), r))
            for sf in SPRING:
                if t_cur < sf - D(days=10) and sf < end_c and rng.random() < 0.2:
                    cand.append((sf + D(days=float(rng.uniform(7, 16))), "no_return"))
            if not cand:
                break
            t_iss, reason = min(cand)
            if t_iss > END or t_iss >= end_c:
                break
            t_iss = workday(t_iss)
            issue_log.append((t_iss, reason))
            reasons_seen.append(reason)
            if reason not in ("family", "no_return"):
                self.ev(c, t_iss - D(hours=float(rng.uniform(2, 60))), "tp_complaint", cid, "complaint", common,
                        complaint_topic=reason, 投诉原因=REASONS[reason], helper_id=hp["helper_id"])
                if rng.random() < 0.55:
                    self.fb(c, t_iss - D(hours=float(rng.uniform(1, 2))), [reason], "complaint_ticket",
                            common=common, sid=cid)
            if replaced >= 3:
                break
            self.ev(c, t_iss, "tp_replace_req", cid, "request", common, replace_reason=reason,
                    换人原因=REASONS[reason], helper_id=hp["helper_id"], helper_trained=hp["helper_trained"],
                    岗前培训=hp["岗前培训"])
            wait = float(rng.lognormal(np.log(16.0 if in_short(t_iss) else 4.5), 0.45))
            if wait > 10:
                slow_repl = True
            if wait > 21 and rng.random() < 0.6:
                t_t = t_iss + D(days=21 + float(rng.uniform(0, 5)))
                if t_t <= END:
                    left = max(0.0, (end_c - t_t).days / (months * 30.4))
                    amt = round(fee * left / 100) * 100
                    self.ev(c, t_t, "tp_refund", cid, "refund", common, refund_amount=amt, refund_reason="no_replacement",
                            退费原因="未及时换人")
                    fee_order["status"] = "refunded"
                    fee_order["refunded_at"] = ts(t_t)
                    c["spend"] -= fee
                    c["state"] = "terminated"
                    terminated = True
                    if rng.random() < 0.5:
                        self.fb(c, t_t + D(days=float(rng.uniform(1, 20))), ["refund", "replace_slow"],
                                pick(["complaint_ticket", "xiaohongshu_note"], [0.6, 0.4]), common=common, sid=cid)
                    end_c = t_t
                break
            t_new = workday(t_iss + D(days=wait), 7, 10)
            if t_new > END:
                break
            hp = self.helper(c, BR[common["branch_id"]], t_iss, common["service_type"])
            replaced += 1
            self.ev(c, t_new, "tp_replace_done", cid, "start", common, wait_days=round(wait, 1), **hp)
            t_cur = t_new
        # follow-up calls
        for k, tc in enumerate(checkins):
            tc = workday(tc, 10, 18)
            if tc > END or tc > end_c:
                break
            near = [r for (ti, r) in issue_log if abs((ti - tc).days) <= 12]
            concern = bool(near) or rng.random() < 0.08
            self.ev(c, tc, "tp_checkin", cid, "concern" if concern else "satisfied", common, checkin_day=7 if k == 0 else 30,
                    回访结果="有顾虑" if concern else "满意")
            if concern and near and near[0] not in ("family",) and rng.random() < 0.35:
                r = near[0] if near[0] != "family" else "attitude"
                self.fb(c, tc + D(minutes=20), [r], "call_note", common=common, sid=cid)
        # rating after the first month
        t_r = t_on + D(days=float(rng.uniform(31, 45)))
        neg_topics = [r for r in reasons_seen if r not in ("family",)]
        if slow_wait:
            neg_topics.append("slow_response")
        if trial_failed and rng.random() < (0.9 if common["branch_city"] == "Chengdu" else 0.3):
            neg_topics.append("mismatch")
        if slow_repl and not terminated:
            neg_topics.append("replace_slow")
        neg_topics = list(dict.fromkeys(neg_topics))
        good = []
        lvl = common["helper_level"]
        if not neg_topics and rng.random() < (0.45 if lvl == "gold" else 0.14):
            good.append("caring")
        if rng.random() < (0.3 if common["branch_id"] == "B04" else 0.05) and "slow_response" not in neg_topics:
            good.append("consultant")
        if rng.random() < 0.04:
            neg_topics.append("fee_high")
        if t_r <= min(END, end_c + D(days=20)) and rng.random() < (0.5 if neg_topics else 0.33):
            base = {"gold": 4.85, "silver": 4.3, "standard": 3.9}[lvl]
            stars = base + rng.normal(0, 0.5)
            pen = {"phone": 1.6, "hygiene": 1.5, "cooking": 1.0, "skills": 1.6, "attitude": 1.4, "no_return": 1.2,
                   "slow_response": 0.8, "mismatch": 0.7, "replace_slow": 1.5, "refund": 1.0, "fee_high": 0.6}
            for x in neg_topics:
                stars -= pen.get(x, 0.5)
            stars = float(min(5, max(1, round(stars))))
            if self.ev(c, t_r, "tp_rate", cid, "rate", common, stars=stars):
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                self.fb(c, t_r, neg_topics + good, "mini_program_review", rating=stars, common=common, gen=gen, sid=cid)
        if c["channel"] in ("dianping", "58tongcheng") and rng.random() < 0.12:
            stars = {"gold": 4.6, "silver": 4.2, "standard": 3.9}[lvl] + rng.normal(0, 0.5) - 1.2 * len(neg_topics)
            stars = float(min(5, max(1, round(stars))))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_r + D(days=float(rng.uniform(1, 20))), neg_topics + good, "dianping_review", rating=stars,
                    common=common, gen=gen, undated=rng.random() < 0.3, sid=cid)
        if (c["channel"] == "xiaohongshu" and (neg_topics or good) and rng.random() < 0.3) or \
                (neg_topics and rng.random() < 0.03):
            self.fb(c, t_r + D(days=float(rng.uniform(0, 10))), neg_topics + good if neg_topics else good,
                    "xiaohongshu_note", common=common, undated=rng.random() < 0.5, no_customer=rng.random() < 0.4,
                    sid=cid)
        if rng.random() < 0.12:
            nps = int(np.clip(round(rng.normal(8.6 - 2.8 * bool(neg_topics) + 0.6 * bool(good), 1.4)), 0, 10))
            self.fb(c, t_on + D(days=31), neg_topics + good if rng.random() < 0.6 else [], "survey", nps=nps,
                    common=common, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"), sid=cid)
        # renewal
        if not terminated:
            c["state"] = "in_service" if end_c > END else "completed"
            if end_c <= END:
                p_ren = {"gold": 0.68, "silver": 0.5, "standard": 0.38}[hp["helper_level"]] * (0.75 if replaced else 1)
                if rng.random() < p_ren:
                    t_rn = workday(end_c - D(days=float(rng.uniform(2, 12))))
                    self.ev(c, t_rn, "tp_renew", cid, "renewed", common, renew_months=12, helper_id=hp["helper_id"],
                            helper_level_now=hp["helper_level"])
                    self.order(c, t_rn, round(fee * 0.5 * (12 / months) / 100) * 100, "renewal_fee", cid, common,
                               contract_months=12)
                    c["state"] = "renewed"

    # ---------- hourly cleaning ----------
    def hourly(self, c):
        br = BR[c["home"]]
        t = c["first"]
        city = br[1]
        cleaner_pool = [f"{br[0]}-K{k:02d}" for k in range(1, 13)]
        while t <= END:
            self.n_hb += 1
            sid = f"HB{self.n_hb:06d}"
            item = pick(list(ITEMS), [0.6, 0.18, 0.12, 0.1] if season_hourly(t) < 2 else [0.3, 0.5, 0.15, 0.05])
            hours = int(pick([2, 3, 4], [0.3, 0.45, 0.25])) + (2 if item == "deep" else 0)
            amt = hours * HOURLY_RATE[city] * ITEMS[item][1]
            common = dict(branch_id=br[0], branch=br[2], branch_en=br[3], branch_city=city, 门店城市=CITIES[city][0],
                          service_type="hourly", 服务类型="钟点工")
            self.ev(c, t, "tp_hourly_book", sid, "booked", common, service_item=item, 服务项目=ITEMS[item][0],
                    hours=hours, amount=round(amt, 2), channel=c["channel"] if c["visits"] == 0 else "mini_program")
            if rng.random() < 0.06:
                self.order(c, t, amt, "hourly", sid, common, status="cancelled", service_item=item,
                           服务项目=ITEMS[item][0], hours=hours, cancelled_at=ts(t + D(hours=float(rng.uniform(1, 20)))))
                t = t + D(days=float(rng.exponential(10) + 2))
                continue
            self.order(c, t, amt, "hourly", sid, common, service_item=item, 服务项目=ITEMS[item][0], hours=hours)
            tv = workday(t + D(days=float(rng.uniform(0.6, 3.5))), 8, 16)
            late = float(max(0.0, rng.normal(28, 20) if city == "Guangzhou" else rng.normal(3, 6)))
            cleaner = str(rng.choice(cleaner_pool))
            trained = int(cleaner[-2:]) % 3 != 0
            if not self.ev(c, tv, "tp_hourly_visit", sid, "done", common, service_item=item, 服务项目=ITEMS[item][0],
                           hours=hours, cleaner_id=cleaner, late_minutes=round(late), cleaner_trained=trained):
                break
            c["visits"] += 1
            c["last"] = tv
            topics, good = [], []
            if late > 30 and rng.random() < 0.55:
                topics.append("late")
            if rng.random() < (0.06 if trained else 0.16):
                topics.append("not_clean")
            if not topics and late < 10 and rng.random() < 0.12:
                good.append("punctual")
            if rng.random() < (0.42 if topics else 0.2):
                stars = float(pick([5, 4, 3], [0.55, 0.33, 0.12]))
                stars -= 2.0 * ("late" in topics) + 2.2 * ("not_clean" in topics)
                if late > 15 and "late" not in topics:
                    stars -= 1
                stars = float(min(5, max(1, stars)))
                tr = tv + D(hours=float(hours) + float(rng.uniform(0.3, 6)))
                if self.ev(c, tr, "tp_rate", sid, "rate", common, stars=stars):
                    gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                    self.fb(c, tr, topics + good, "mini_program_review", rating=stars, common=common, gen=gen, sid=sid)
            elif topics and rng.random() < 0.12:
                self.fb(c, tv + D(hours=float(rng.uniform(3, 48))), topics, "xiaohongshu_note", common=common,
                        undated=rng.random() < 0.5, no_customer=rng.random() < 0.4, sid=sid)
            if rng.random() < 0.03:
                nps = int(np.clip(round(rng.normal(8.3 - 3.0 * bool(topics), 1.5)), 0, 10))
                self.fb(c, tv + D(days=1), topics if rng.random() < 0.6 else [], "survey", nps=nps, common=common,
                        gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"), sid=sid)
            p_ret = (0.74 if city != "Guangzhou" else 0.5) * (0.6 if topics else 1.0)
            if rng.random() > p_ret:
                break
            gap = float(rng.exponential(12) + 3)
            nxt = tv + D(days=gap)
            if season_hourly(nxt) < 1:                   # nobody books over the holiday
                nxt += D(days=8)
            t = datetime(nxt.year, nxt.month, nxt.day) + D(hours=float(rng.uniform(8, 22)))

    def run(self):
        self.customers()
        for c in self.cust:
            if c["kind"] == "placement":
                self.case(c)
            else:
                self.hourly(c)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            s = c["spend"]
            tier = "diamond" if s >= 9000 else "gold" if s >= 4500 else "silver" if s >= 1500 else "regular"
            if c["kind"] == "placement":
                seg = c["state"] or "prospect"
            else:
                seg = "hourly_regular" if c["visits"] >= 4 else ("hourly_occasional" if c["visits"] else "prospect")
            br = BR[c["home"]]
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["first"]), segment=seg, 客户状态=SEG_ZH[seg],
                             region=c["city"], 城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员等级=TIERS[tier],
                             family_type=c["family"], 家庭类型=FAMILY[c["family"]][0], service_need=c["service"],
                             服务需求=SERVICES[c["service"]], home_branch_id=br[0], home_branch=br[2],
                             home_branch_en=br[3], parent_age_band=c["age"], phone_os=c["device"],
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "branch_id",
           "branch", "branch_en", "branch_city", "门店城市", "service_type", "服务类型", "source_zh", "enquiry_via",
           "consultant_id", "assess_mode", "wait_hours", "candidates_sent", "days_to_match", "interview_mode", "面试方式",
           "helper_id", "helper_level", "阿姨等级", "helper_trained", "岗前培训", "helper_cert", "证书", "helper_hometown",
           "helper_age", "trial_days", "试工结果", "contract_months", "service_fee", "wage_settlement", "amount",
           "payment_method", "checkin_day", "回访结果", "complaint_topic", "投诉原因", "replace_reason", "换人原因",
           "wait_days", "refund_amount", "refund_reason", "退费原因", "renew_months", "helper_level_now", "service_item",
           "服务项目", "hours", "cleaner_id", "cleaner_trained", "late_minutes", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型", "case_id",
            "branch_id", "branch", "branch_en", "branch_city", "门店城市", "service_type", "服务类型", "helper_level",
            "阿姨等级", "contract_months", "service_item", "服务项目", "hours", "refunded_at", "cancelled_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language", "case_id",
           "branch_id", "branch", "branch_en", "branch_city", "门店城市", "service_type", "服务类型", "helper_level", "阿姨等级"]
CUST_COLS = ["customer_id", "signup_at", "segment", "客户状态", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "family_type", "家庭类型", "service_need", "服务需求", "home_branch_id", "home_branch",
             "home_branch_en", "parent_age_band", "phone_os", "preferred_language"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customer_rows(), CUST_COLS)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup = rng.choice(len(ev), size=24, replace=False)             # the CRM sync re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "experiments.csv", g.exp, ["experiment_id", "variant", "customer_id", "assigned_at"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, cases {g.n_case}, hourly bookings {g.n_hb}, events {len(ev)}, "
          f"orders {len(g.orders)}, feedback {len(g.feedback)}, experiment rows {len(g.exp)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
