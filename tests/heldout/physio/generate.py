"""康复家 PhysioPlus: physiotherapy and sports-rehab clinics (康复理疗) in Shanghai, Hangzhou and Suzhou.

A patient finds us (hospital referral, Dianping, Xiaohongshu, an insurance partner, a friend), books an initial
assessment (初诊评估) with a therapist (治疗师, levels junior / senior / principal), is assessed (pain score 0-10),
gets a treatment plan (方案: 颈肩腰腿痛 neck & back pain, 运动损伤 sports injury, 术后康复 post-surgery rehab, 产后修复
postpartum recovery), buys a session pack (疗程卡 5 / 10 / 20 sessions; a few pay per session), checks in and attends
sessions (手法治疗 manual therapy, 冲击波 shockwave, 运动疗法 exercise therapy, 干针 dry needling), sometimes misses
(no-show) or cancels, is reassessed every fifth session (pain score recorded), may change therapist, renews the pack
when it runs out, claims the cost from their commercial insurer (approved / rejected), finishes the plan or drops out
(and may ask for a refund of the unused sessions), and rates us.

The extract holds 2025-01-01 .. 2026-06-30 (taken at the end of June 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topics of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261223
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 4200
PT09_LEAVES = datetime(2025, 9, 1)                   # senior therapist at Pudong resigns; patients reassigned
CLAIM_RULE = (datetime(2025, 10, 1), datetime(2026, 1, 1))   # insurers demand a hospital diagnosis certificate
GUSU_OPEN = datetime(2026, 3, 2)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "了解康复家", "Discover PhysioPlus", "awareness", "social", "digital", "marketing",
     "发现|了解|看到|刷到小红书|点评搜到|医生推荐|转诊|朋友介绍|discover|found us|referral|first touch"),
    ("tp_book_assess", "预约初诊评估", "Assessment booked", "consideration", "mini_program", "digital", "front_desk",
     "预约初诊|约评估|约号|挂号|预约|book assessment|booking|appointment request"),
    ("tp_assess", "初诊评估", "Initial assessment", "consideration", "store", "physical", "clinical",
     "初诊|评估|首诊|面诊|初次评估|assessment|initial assessment|first visit|evaluation"),
    ("tp_plan", "制定康复方案", "Treatment plan issued", "consideration", "store", "physical", "clinical",
     "康复方案|治疗方案|方案|计划|treatment plan|rehab plan|plan"),
    ("tp_buy_pack", "购买疗程卡", "Session pack bought", "purchase", "store", "physical", "finance",
     "买卡|办卡|疗程卡|次卡|购买疗程|付款|buy pack|session pack|package|purchase"),
    ("tp_checkin", "到店签到", "Clinic check-in", "service", "store", "physical", "front_desk",
     "签到|到店|前台|候诊|排队|check-in|arrival|front desk|waiting room"),
    ("tp_session", "治疗课程", "Treatment session", "service", "store", "physical", "clinical",
     "治疗|上课|做理疗|手法|冲击波|干针|运动疗法|session|treatment|therapy|manual therapy|shockwave|dry needling"),
    ("tp_noshow", "爽约未到", "No-show", "service", "store", "physical", "front_desk",
     "爽约|没来|未到|放鸽子|no-show|no show|missed appointment"),
    ("tp_cancel", "取消预约", "Appointment cancelled", "service", "mini_program", "digital", "front_desk",
     "取消|改约|取消预约|cancel|cancellation|reschedule"),
    ("tp_therapist_change", "更换治疗师", "Therapist changed", "service", "store", "physical", "clinical",
     "换治疗师|更换治疗师|换老师|therapist change|new therapist|switch therapist"),
    ("tp_reassess", "阶段复评", "Reassessment", "service", "store", "physical", "clinical",
     "复评|复查|疼痛评分|阶段评估|reassessment|re-evaluation|pain score|progress check"),
    ("tp_pack_used_up", "疗程卡用完", "Pack used up", "service", "store", "physical", "front_desk",
     "卡用完|次数用完|余次为零|pack used up|pack finished|no sessions left"),
    ("tp_renew", "续卡", "Pack renewed", "purchase", "store", "physical", "finance",
     "续卡|续费|再买一张卡|renew|renewal|top up|repeat purchase"),
    ("tp_refund_request", "申请退卡", "Refund requested", "service", "phone", "digital", "finance",
     "申请退卡|退卡申请|要求退款|refund request|asked for refund"),
    ("tp_refund", "退卡退款", "Pack refunded", "service", "other", "digital", "finance",
     "退卡|退款|退钱|refund|refunded|money back"),
    ("tp_claim_submit", "提交理赔", "Insurance claim submitted", "service", "other", "digital", "insurance_desk",
     "理赔|报销|提交理赔|保险|claim|insurance claim|reimbursement"),
    ("tp_claim_approved", "理赔通过", "Claim approved", "service", "other", "digital", "insurance_desk",
     "理赔通过|报销成功|赔付|claim approved|claim paid"),
    ("tp_claim_rejected", "理赔被拒", "Claim rejected", "service", "other", "digital", "insurance_desk",
     "拒赔|理赔被拒|报销失败|claim rejected|claim denied"),
    ("tp_complete", "疗程结束", "Plan completed", "loyalty", "store", "physical", "clinical",
     "结疗|疗程结束|康复出院|毕业|plan completed|discharged|finished treatment|graduated"),
    ("tp_rate", "评价", "Rating", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|评分|点评|rate|rating|review|stars"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("intake", "初诊转化", "Intake", ["tp_discover", "tp_book_assess", "tp_assess", "tp_plan", "tp_buy_pack"], 30),
    ("course", "疗程完成", "Treatment course", ["tp_buy_pack", "tp_checkin", "tp_reassess", "tp_complete"], 180),
    ("claim", "保险理赔", "Insurance claim", ["tp_claim_submit", "tp_claim_approved"], 60),
    ("renew", "续卡", "Pack renewal", ["tp_pack_used_up", "tp_renew"], 30),
    ("refund", "退卡", "Pack refund", ["tp_refund_request", "tp_refund"], 30),
]
CITIES = {"Shanghai": ("上海", 0.5), "Hangzhou": ("杭州", 0.3), "Suzhou": ("苏州", 0.2)}
CLINICS = [  # id, city, zh, en, opened, base median wait (min)
    ("SH01", "Shanghai", "上海静安店", "Shanghai Jing'an", None, 19.0),
    ("SH02", "Shanghai", "上海徐汇店", "Shanghai Xuhui", None, 7.0),
    ("SH03", "Shanghai", "上海浦东店", "Shanghai Pudong", None, 8.0),
    ("HZ01", "Hangzhou", "杭州西湖店", "Hangzhou Xihu", None, 6.0),
    ("HZ02", "Hangzhou", "杭州滨江店", "Hangzhou Binjiang", None, 7.0),
    ("SZ01", "Suzhou", "苏州园区店", "Suzhou SIP", None, 6.0),
    ("SZ02", "Suzhou", "苏州姑苏店", "Suzhou Gusu", GUSU_OPEN, 5.0),
]
CLINIC = {c[0]: c for c in CLINICS}
LEVELS = {"junior": ("初级治疗师", 380), "senior": ("中级治疗师", 480), "principal": ("高级治疗师", 620)}
THERAPISTS = [  # id, clinic, level, from, until
    ("PT01", "SH01", "principal", None, None), ("PT02", "SH01", "senior", None, None), ("PT03", "SH01", "junior", None, None),
    ("PT04", "SH02", "principal", None, None), ("PT05", "SH02", "senior", None, None), ("PT06", "SH02", "junior", None, None),
    ("PT07", "SH03", "principal", None, None), ("PT08", "SH03", "junior", None, None),
    ("PT09", "SH03", "senior", None, PT09_LEAVES),
    ("PT10", "HZ01", "principal", None, None), ("PT11", "HZ01", "senior", None, None), ("PT12", "HZ01", "junior", None, None),
    ("PT13", "HZ02", "senior", None, None), ("PT14", "HZ02", "junior", None, None),
    ("PT15", "SZ01", "principal", None, None), ("PT16", "SZ01", "senior", None, None), ("PT17", "SZ01", "junior", None, None),
    ("PT18", "SZ02", "senior", GUSU_OPEN, None), ("PT19", "SZ02", "junior", GUSU_OPEN, None),
    ("PT20", "SH03", "junior", datetime(2025, 8, 25), None),
]
CHANNELS = {  # id: zh, weight, p(book assessment), p(buy pack | plan)
    "hospital_referral": ("医院转诊", 0.22, 0.82, 0.80),
    "dianping": ("大众点评", 0.26, 0.52, 0.55),
    "xiaohongshu": ("小红书", 0.24, 0.33, 0.45),
    "insurance_partner": ("保险合作", 0.12, 0.70, 0.72),
    "friend": ("朋友推荐", 0.16, 0.74, 0.70),
}
PLANS = {  # id: zh, en, pain mean, recommended sessions, treatment weights (manual, shockwave, exercise, dry_needling)
    "neck_back": ("颈肩腰腿痛", "neck & back pain", 6.0, 10, [0.45, 0.10, 0.20, 0.25]),
    "sports_injury": ("运动损伤", "sports injury", 6.4, 10, [0.15, 0.38, 0.32, 0.15]),
    "post_surgery": ("术后康复", "post-surgery rehab", 5.6, 20, [0.30, 0.00, 0.70, 0.00]),
    "postpartum": ("产后修复", "postpartum recovery", 4.6, 10, [0.40, 0.00, 0.60, 0.00]),
}
PLAN_BY_CHANNEL = {
    "hospital_referral": [0.30, 0.22, 0.40, 0.08], "dianping": [0.50, 0.25, 0.07, 0.18],
    "xiaohongshu": [0.30, 0.18, 0.02, 0.50], "insurance_partner": [0.50, 0.25, 0.15, 0.10],
    "friend": [0.45, 0.30, 0.10, 0.15],
}
TREAT = {"manual_therapy": "手法治疗", "shockwave": "冲击波", "exercise_therapy": "运动疗法", "dry_needling": "干针"}
TREAT_IDS = list(TREAT)
SLOTS = {"morning": ("上午", 0.38, 0.04), "lunch": ("午间", 0.17, 0.13), "afternoon": ("下午", 0.25, 0.04),
         "evening": ("晚上", 0.20, 0.06)}
PACK_DISCOUNT = {5: 1.0, 10: 0.92, 20: 0.85}
INSURERS = ["安心健康保险", "众康保", "泰平人寿"]
REJECT = {"missing_diagnosis": "缺少医院诊断证明", "not_covered": "不在保障范围", "invoice_issue": "发票信息有误"}
REFUND_REASON = {"no_improvement": "效果不明显", "moved_away": "搬家/工作变动", "schedule": "时间安排不过来",
                 "therapist_left": "治疗师离职"}
PRODUCTS = [("kinesio_tape", "肌效贴", 68), ("foam_roller", "泡沫轴", 129), ("knee_brace", "护膝", 199),
            ("pelvic_belt", "骨盆带", 259)]
ORDER_ZH = {"assessment": "初诊评估费", "pack": "疗程卡", "single_session": "单次治疗", "product": "康复用品"}
PAY = {"wechat_pay": "微信支付", "alipay": "支付宝", "card": "银行卡"}
TIERS = {"regular": "普通会员", "silver": "银卡会员", "gold": "金卡会员"}
SEG_ZH = {"prospect": "潜在客户", "assessed_only": "仅评估", "in_treatment": "治疗中", "completed": "已结疗",
          "dropped": "中途流失"}
AGE_BANDS = ["18-29", "30-39", "40-49", "50-59", "60+"]

TXT = {  # topic: (zh texts, en texts)
    "wait": (["前台排队等了快半小时才轮到我", "约的是十点，结果等了四十分钟", "候诊时间太长了，每次都等太久",
              "预约了还要等很久，不知道预约有什么用"],
             ["Waited almost 40 minutes past my appointment time", "Packed waiting room, waited ages to be seen",
              "Too much waiting even though I had booked"]),
    "pain_after": (["干针扎完腿一直酸胀，走路都难受", "做完治疗反而更疼了，睡不好觉", "针完之后酸痛了两三天"],
                   ["I was sore for three days after the dry needling", "My back hurt more after the session than before",
                    "Really sore after treatment and nobody warned me"]),
    "therapist_change": (["做了一半突然换治疗师，新的不了解我的情况", "原来的治疗师离职了也没人提前通知",
                          "换了治疗师又得从头讲一遍病史"],
                         ["Halfway through they gave me a new therapist who didn't know my case",
                          "My therapist left and nobody told me", "They changed my therapist without asking me"]),
    "refund": (["退疗程卡要扣10%手续费，太坑了", "申请退卡两周了钱还没到账", "剩下的次数想退掉，流程特别麻烦"],
               ["They charged a 10% fee to refund my unused sessions", "Asked for a refund two weeks ago and still nothing",
                "Getting a refund for the rest of the pack is a hassle"]),
    "insurance": (["理赔被拒了，说缺医院的诊断证明", "保险报销材料要了一大堆，跑了三趟", "发票格式不对，理赔一直卡着"],
                  ["My insurance claim got rejected for missing a hospital diagnosis",
                   "So much paperwork for the insurance claim", "The claim is stuck because the invoice format was wrong"]),
    "improved": (["做完一个疗程腰基本不疼了", "膝盖恢复得很好，现在又能跑步了", "效果明显，疼痛减轻了很多"],
                 ["After the course my back pain is gone", "Knee recovered well, I'm back to running",
                  "I feel so much better than before"]),
    "professional": (["治疗师很专业，讲解也很耐心", "手法很到位，老师很专业"],
                     ["Very professional therapist, explained everything", "The therapist really knows her stuff"]),
    "price": (["疗程卡价格有点贵，再考虑一下", "一次四五百，太贵了"],
              ["The session packs are quite expensive", "A bit pricey for what you get"]),
}
GEN = {"pos": (["整体体验不错", "环境舒服，会推荐给朋友"], ["Good experience overall", "Nice clinic, would recommend"]),
       "neu": (["还行吧", "一般般，再观察看看"], ["It was okay", "Average, will see how it goes"]),
       "neg": (["体验不太好", "不太满意"], ["Not a great experience", "Not happy with it"])}
NEG_TOPICS = {"wait", "pain_after", "therapist_change", "refund", "insurance", "price"}
TOPIC_TP = [("insurance", "tp_claim_rejected"), ("refund", "tp_refund"), ("therapist_change", "tp_therapist_change"),
            ("pain_after", "tp_session"), ("wait", "tp_checkin"), ("price", "tp_buy_pack"),
            ("improved", "tp_complete"), ("professional", "tp_session")]


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    r = rng.random() * sum(weights)
    acc = 0.0
    for it, w in zip(items, weights):
        acc += w
        if r < acc:
            return it
    return items[-1]


def season(d: datetime) -> float:
    m = 1.0
    if datetime(2025, 1, 25) <= d < datetime(2025, 2, 8) or datetime(2026, 2, 14) <= d < datetime(2026, 2, 26):
        m = 0.35                                    # Spring Festival: clinics half closed
    elif d.month in (11, 12):
        m = 1.25                                    # after the autumn marathons
    elif d.month in (7, 8):
        m = 1.1
    return m


def therapists_at(clinic: str, t: datetime):
    return [p for p in THERAPISTS if p[1] == clinic and (p[3] is None or p[3] <= t) and (p[4] is None or t < p[4])]


def slot_time(day: datetime, slot: str) -> datetime:
    h = {"morning": (8, 12), "lunch": (12, 14), "afternoon": (14, 18), "evening": (18, 21)}[slot]
    return day + D(hours=float(rng.integers(h[0], h[1])), minutes=float(rng.choice([0, 15, 30, 45])))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_case = self.n_appt = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, case, action, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=case["id"] if case else None, action=action,
                   device=c["device"] if tp in ("tp_discover", "tp_book_assess", "tp_cancel", "tp_rate") else None,
                   channel="mini_program" if tp in ("tp_book_assess", "tp_cancel", "tp_rate") else "store")
        if case:
            row.update(case["common"])
            th = case["th"]
            row.update(therapist_id=th[0], therapist_level=th[2], 治疗师级别=LEVELS[th[2]][0])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, case, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="front_desk", device=None, order_type=otype, 订单类型=ORDER_ZH[otype],
                   case_id=case["id"], currency="CNY")
        for k in ("clinic_id", "clinic", "clinic_en", "clinic_city", "门店城市", "plan_type", "方案类型"):
            row[k] = case["common"].get(k)
        pm = pick(list(PAY), [0.55, 0.35, 0.10])
        row.update(payment_method=pm, 支付方式=PAY[pm])
        row.update(kw)
        self.orders.append(row)
        case.setdefault("orders", []).append(row)
        return row

    def fb(self, c, t, topics, channel, case=None, rating=None, nps=None, undated=False, gen=None, tp=None,
           no_customer=False, extra=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, case_id=case["id"] if case else None)
        if case:
            for k in ("clinic_id", "clinic", "clinic_en", "clinic_city", "门店城市", "plan_type", "方案类型"):
                row[k] = case["common"].get(k)
            row["therapist_id"] = case["th"][0]
        if extra:
            row.update(extra)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=gen))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 6, 20):
            growth = 0.6 + 0.8 * (d - START).days / 535
            days.append((d, growth * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23)))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            clinics = [cl for cl in CLINICS if cl[1] == city and (cl[4] is None or cl[4] <= t)]
            if city == "Suzhou" and len(clinics) == 2:
                home = clinics[1] if rng.random() < 0.35 else clinics[0]
            else:
                home = clinics[int(rng.integers(len(clinics)))]
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            plan = pick(list(PLANS), PLAN_BY_CHANNEL[ch])
            gender = "female" if plan == "postpartum" else pick(["female", "male"], [0.5, 0.5])
            if plan == "postpartum":
                age = pick(AGE_BANDS, [0.3, 0.6, 0.1, 0, 0])
            elif plan == "post_surgery":
                age = pick(AGE_BANDS, [0.1, 0.15, 0.25, 0.25, 0.25])
            elif plan == "sports_injury":
                age = pick(AGE_BANDS, [0.35, 0.35, 0.2, 0.08, 0.02])
            else:
                age = pick(AGE_BANDS, [0.12, 0.3, 0.3, 0.18, 0.1])
            insured = ch == "insurance_partner" or rng.random() < 0.18
            en_share = 0.18 if city == "Shanghai" else 0.06
            self.cust.append(dict(
                customer_id=f"P{i + 1:05d}", discover=t, city=city, home=home[0], channel=ch, plan=plan, age=age,
                gender=gender, device=pick(["ios", "android"], [0.52, 0.48]), insured=insured,
                insurer=(pick(INSURERS, [0.5, 0.3, 0.2]) if insured else None), en_share=en_share,
                lang="en" if rng.random() < en_share else "zh", spend=0.0, state="prospect"))

    # ---------- one episode of care ----------
    def case(self, c, t0):
        self.n_case += 1
        clinic = CLINIC[c["home"]]
        ths = therapists_at(clinic[0], t0)
        th = pick(ths, [{"principal": 0.25, "senior": 0.45, "junior": 0.3}[p[2]] for p in ths])
        plan = c["plan"]
        pz = PLANS[plan]
        case = dict(id=f"CASE{self.n_case:05d}", th=th, common=dict(
            clinic_id=clinic[0], clinic=clinic[2], clinic_en=clinic[3], clinic_city=clinic[1],
            门店城市=CITIES[clinic[1]][0], plan_type=plan, 方案类型=pz[0]))
        topics = set()
        # booking the assessment
        t = t0 + D(hours=float(rng.exponential(30) + 0.3))
        self.ev(c, t, "tp_book_assess", case, "submit")
        day = datetime(t.year, t.month, t.day) + D(days=int(pick([1, 2, 3, 4, 6], [0.3, 0.3, 0.2, 0.1, 0.1])))
        slot = pick(list(SLOTS), [v[1] for v in SLOTS.values()])
        t_as = slot_time(day, slot)
        c["state"] = "assessed_only"
        if rng.random() < 0.10:                                   # missed the assessment
            self.ev(c, t_as + D(minutes=20), "tp_noshow", case, "no_show", appointment_type="assessment",
                    time_slot=slot, 时段=SLOTS[slot][0])
            c["state"] = "prospect"
            return
        pain = int(np.clip(round(rng.normal(pz[2], 1.4)), 2, 10))
        wait = self.wait(clinic, t_as)
        self.ev(c, t_as - D(minutes=float(rng.uniform(2, 10))), "tp_checkin", case, "check_in",
                appointment_type="assessment", wait_min=round(wait, 1), time_slot=slot, 时段=SLOTS[slot][0])
        t_as += D(minutes=wait)
        self.ev(c, t_as, "tp_assess", case, "assessed", pain_score=pain, appointment_type="assessment")
        self.order(c, t_as, 198, "assessment", case)
        c["spend"] += 198
        t = t_as + D(minutes=float(rng.uniform(30, 50)))
        if rng.random() < 0.04:
            return
        rec = pz[3]
        self.ev(c, t, "tp_plan", case, "plan_issued", recommended_sessions=rec)
        p_buy = CHANNELS[c["channel"]][3] * (1.15 if plan == "post_surgery" else 1.0)
        if rng.random() > p_buy:
            if rng.random() < 0.35:
                self.order(c, t + D(minutes=5), rec * LEVELS[th[2]][1] * 0.92, "pack", case, status="cancelled",
                           pack_size=10, unit_price=LEVELS[th[2]][1])
            if rng.random() < 0.12:
                ch = pick(["dianping_review", "xiaohongshu"], [0.6, 0.4])
                self.fb(c, t + D(hours=float(rng.uniform(2, 72))), ["price"], ch, case,
                        rating=float(pick([2, 3], [0.6, 0.4])) if ch == "dianping_review" else None, gen="neg")
            if rng.random() < 0.25:                              # pays for one or two single sessions only
                tt = t + D(days=float(rng.uniform(2, 9)))
                for _ in range(int(rng.integers(1, 3))):
                    r = self.visit(c, case, tt, None, topics, single=True)
                    if r is None:
                        break
                    tt = (tt if r == "missed" else r[0]) + D(days=float(rng.uniform(3, 8)))
            return
        # buying packs, attending sessions
        t_buy = t + (D(minutes=float(rng.uniform(5, 25))) if rng.random() < 0.7 else D(days=float(rng.uniform(1, 20))))
        size = int(pick([5, 10, 20], [0.15, 0.35, 0.5] if plan == "post_surgery" else [0.35, 0.47, 0.18]))
        latent = float(pain)
        done, changed, forced = 0, False, False
        renewals = 0
        tp_buy = "tp_buy_pack"
        c["state"] = "in_treatment"
        while True:
            price = LEVELS[case["th"][2]][1]
            amt = round(size * price * PACK_DISCOUNT[size])
            if not self.ev(c, t_buy, tp_buy, case, "purchase" if tp_buy == "tp_buy_pack" else "renew", pack_size=size,
                           amount=amt):
                return
            pack = self.order(c, t_buy, amt, "pack", case, pack_size=size, unit_price=price)
            c["spend"] += amt
            left = size
            t = t_buy + D(days=float(rng.uniform(1, 6)))
            t_last = t
            while left > 0:
                # a forced change when the Pudong senior therapist resigns
                if case["th"][0] == "PT09" and t >= PT09_LEAVES:
                    t_ch = max(PT09_LEAVES + D(days=float(rng.uniform(0, 6)), hours=float(rng.uniform(9, 18))),
                               t_last + D(hours=1))
                    t = max(t, t_ch + D(hours=2))
                    new = pick(["PT20", "PT08", "PT07"], [0.6, 0.3, 0.1])
                    self.ev(c, t_ch, "tp_therapist_change", case, "reassigned", change_reason="therapist_left",
                            new_therapist_id=new)
                    case["th"] = next(p for p in THERAPISTS if p[0] == new)
                    changed, forced = True, True
                    if rng.random() < 0.55:
                        topics.add("therapist_change")
                elif rng.random() < (0.02 if case["th"][2] == "junior" else 0.006):
                    ths = [p for p in therapists_at(clinic[0], t) if p[0] != case["th"][0]]
                    if ths:
                        new = ths[int(rng.integers(len(ths)))]
                        self.ev(c, t - D(hours=3), "tp_therapist_change", case, "patient_request",
                                change_reason="patient_request", new_therapist_id=new[0])
                        case["th"] = new
                        changed = True
                        if rng.random() < 0.2:
                            topics.add("therapist_change")
                # drop-out before this session?
                p_drop = 0.022 + (0.05 if forced else 0.0) + (0.02 if c["channel"] == "xiaohongshu" else 0.0)
                if latent > pain - 0.5 and done >= 3:
                    p_drop += 0.05
                if rng.random() < p_drop:
                    self.dropout(c, case, t, left, pack, topics, forced)
                    return
                r = self.visit(c, case, t, pack, topics)
                if r is None:
                    return
                if r == "missed":
                    t += D(days=float(rng.uniform(2, 6)))
                    continue
                t_last, delta = r
                latent = max(0.0, latent - delta)
                done += 1
                left -= 1
                if done % 5 == 0 and left > 0:
                    self.ev(c, t_last + D(minutes=50), "tp_reassess", case, "reassessed",
                            pain_score=int(np.clip(round(latent + rng.normal(0, 0.6)), 0, 10)), sessions_done=done)
                t = t_last + D(days=float(rng.exponential(3.5) + 1.5))
                if t > END:
                    return
            # pack used up
            final = int(np.clip(round(latent + rng.normal(0, 0.6)), 0, 10))
            if done >= rec or final <= 1:
                t_c = t_last + D(minutes=55)
                self.ev(c, t_c, "tp_reassess", case, "reassessed", pain_score=final, sessions_done=done)
                self.ev(c, t_c + D(minutes=10), "tp_complete", case, "discharged", pain_score=final,
                        sessions_done=done, initial_pain=pain)
                c["state"] = "completed"
                self.claims(c, case, t_c, topics)
                self.after(c, case, t_c, topics, completed=True, improved=pain - final >= 3, changed=changed)
                return
            self.ev(c, t_last + D(minutes=50), "tp_pack_used_up", case, "pack_used_up", pack_size=size, sessions_done=done)
            if renewals < 2 and rng.random() < (0.62 if not forced else 0.4):
                renewals += 1
                t_buy = t_last + D(days=float(rng.uniform(0.02, 12)))
                tp_buy = "tp_renew"
                size = int(pick([5, 10, 20], [0.45, 0.45, 0.1]))
                continue
            c["state"] = "dropped"
            self.claims(c, case, t_last, topics)
            self.after(c, case, t_last + D(days=1), topics, completed=False, improved=False, changed=changed)
            return

    def wait(self, clinic, t):
        med = clinic[5]
        if clinic[0] == "SH01" and t.weekday() == 5:
            med = 30.0
        return float(max(0.0, rng.lognormal(np.log(med), 0.45)))

    def visit(self, c, case, t, pack, topics, single=False):
        """one treatment appointment; returns (end time, pain relief) or 'missed' or None past the end."""
        slot = pick(list(SLOTS), [v[1] for v in SLOTS.values()])
        day = datetime(t.year, t.month, t.day)
        t_ap = slot_time(day, slot)
        if t_ap > END:
            return None
        self.n_appt += 1
        ap = f"AP{self.n_appt:06d}"
        common = dict(appointment_id=ap, time_slot=slot, 时段=SLOTS[slot][0], appointment_type="treatment")
        r = rng.random()
        if r < 0.05:
            self.ev(c, t_ap - D(hours=float(rng.uniform(2, 30))), "tp_cancel", case, "cancel", **common)
            return "missed"
        if r < 0.05 + SLOTS[slot][2]:
            self.ev(c, t_ap + D(minutes=20), "tp_noshow", case, "no_show", **common)
            return "missed"
        clinic = CLINIC[case["common"]["clinic_id"]]
        wait = self.wait(clinic, t_ap)
        self.ev(c, t_ap - D(minutes=float(rng.uniform(2, 10))), "tp_checkin", case, "check_in", wait_min=round(wait, 1),
                **common)
        if wait > 25 and rng.random() < 0.3:
            topics.add("wait")
        plan = case["common"]["plan_type"]
        tt = pick(TREAT_IDS, PLANS[plan][4])
        t_s = t_ap + D(minutes=wait)
        delta = 0.33
        if tt == "shockwave" and plan == "sports_injury":
            delta = 0.62
        elif tt == "dry_needling":
            delta = 0.38
        elif plan == "postpartum":
            delta = 0.28
        delta = float(max(0.0, rng.normal(delta, 0.15)))
        if rng.random() < (0.07 if tt == "dry_needling" else 0.012):
            topics.add("pain_after")
        self.ev(c, t_s, "tp_session", case, "treated", treatment_type=tt, 治疗项目=TREAT[tt], duration_min=45,
                pack_size=pack["pack_size"] if pack else None, single_session=single, **common)
        if single:
            price = LEVELS[case["th"][2]][1]
            self.order(c, t_s, price, "single_session", case, unit_price=price)
            c["spend"] += price
        if rng.random() < 0.05:
            pr = PRODUCTS[int(rng.integers(4 if plan == "postpartum" else 3))]
            self.order(c, t_s + D(minutes=50), pr[2], "product", case, product=pr[0], 商品=pr[1])
            c["spend"] += pr[2]
        return t_s + D(minutes=45), delta

    def dropout(self, c, case, t, left, pack, topics, forced):
        c["state"] = "dropped"
        if left >= 2 and rng.random() < (0.75 if forced else 0.45) * (1.3 if pack["pack_size"] == 20 else 1.0):
            t_rq = t + D(days=float(rng.uniform(1, 20)))
            reason = "therapist_left" if forced else pick(["no_improvement", "moved_away", "schedule"], [0.45, 0.2, 0.35])
            if self.ev(c, t_rq, "tp_refund_request", case, "request", refund_reason=reason,
                       退款原因=REFUND_REASON[reason], sessions_left=left):
                amt = round(left * pack["unit_price"] * PACK_DISCOUNT[pack["pack_size"]] * 0.9, 2)
                t_rf = t_rq + D(days=float(rng.lognormal(np.log(6), 0.5)))
                if self.ev(c, t_rf, "tp_refund", case, "refunded", refund_amount=amt, refund_reason=reason,
                           退款原因=REFUND_REASON[reason], sessions_left=left, pack_size=pack["pack_size"]):
                    pack["status"] = "refunded"
                    pack["refunded_at"] = ts(t_rf)
                    pack["refund_amount"] = amt
                    c["spend"] -= amt
                if rng.random() < 0.45:
                    self.fb(c, t_rq + D(days=float(rng.uniform(2, 12))), ["refund"], "ticket", case)
        self.claims(c, case, t, topics)
        self.after(c, case, t + D(days=2), topics, completed=False, improved=False, changed=forced)

    def claims(self, c, case, t_end, topics):
        if not c["insured"]:
            return
        t_sub = t_end + D(days=float(rng.uniform(1, 15)))
        amt = sum(o["amount"] for o in case["orders"] if o["status"] == "paid")
        if amt <= 0 or not self.ev(c, t_sub, "tp_claim_submit", case, "submit", insurer=c["insurer"],
                                   claim_amount=amt):
            return
        p_rej, why = 0.10, None
        if CLAIM_RULE[0] <= t_sub < CLAIM_RULE[1] and c["channel"] != "hospital_referral":
            p_rej, why = 0.48, "missing_diagnosis"
        if c["channel"] == "insurance_partner":
            t_res = t_sub + D(days=float(rng.uniform(2, 8)))
        else:
            t_res = t_sub + D(days=float(rng.uniform(7, 25)))
        if rng.random() < p_rej:
            why = why or pick(["not_covered", "invoice_issue", "missing_diagnosis"], [0.45, 0.4, 0.15])
            if self.ev(c, t_res, "tp_claim_rejected", case, "rejected", insurer=c["insurer"], claim_amount=amt,
                       reject_reason=why, 拒赔原因=REJECT[why]):
                topics.add("insurance")
                if rng.random() < 0.5:
                    self.fb(c, t_res + D(days=float(rng.uniform(0.5, 5))), ["insurance"], "ticket", case)
        else:
            self.ev(c, t_res, "tp_claim_approved", case, "approved", insurer=c["insurer"], claim_amount=amt,
                    paid_amount=round(amt * 0.8, 2))

    def after(self, c, case, t, topics, completed, improved, changed):
        tops = sorted(topics - {"insurance"} if rng.random() < 0.6 else topics)
        if completed and improved:
            tops.append("improved")
        if rng.random() < (0.35 if completed else 0.08) and case["th"][2] != "junior":
            tops.append("professional")
        bad = bool(set(tops) & NEG_TOPICS)
        plan = case["common"]["plan_type"]
        p_rate = 0.5 if completed else 0.22
        if rng.random() < p_rate:
            stars = float(pick([5, 4, 3], [0.55, 0.35, 0.10]))
            if plan == "postpartum":
                stars += 0.3
            pen = {"wait": 1.4, "pain_after": 1.6, "therapist_change": 1.8, "refund": 1.5, "insurance": 1.2}
            for k in tops:
                stars -= pen.get(k, 0.0)
            if not completed:
                stars -= 1.0
            if case["common"]["clinic_id"] == "SZ02":
                stars += 1.0
            stars = float(min(5, max(1, round(stars))))
            t_r = t + D(hours=float(rng.uniform(1, 48)))
            if self.ev(c, t_r, "tp_rate", case, "rate", stars=stars):
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                self.fb(c, t_r, tops, "mini_program_review", case, rating=stars, gen=gen)
        if rng.random() < 0.18:
            stars = float(pick([5, 4, 3, 2], [0.45, 0.35, 0.12, 0.08]))
            for k in tops:
                stars -= {"wait": 1.5, "pain_after": 1.5, "therapist_change": 1.5, "refund": 1.5}.get(k, 0.0)
            stars = float(min(5, max(1, round(stars))))
            self.fb(c, t + D(days=float(rng.uniform(1, 10))), tops, "dianping_review", case, rating=stars,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"), undated=rng.random() < 0.3)
        if tops and rng.random() < (0.15 if c["channel"] == "xiaohongshu" else 0.04):
            self.fb(c, t + D(days=float(rng.uniform(1, 15))), tops, "xiaohongshu", case, undated=rng.random() < 0.5,
                    no_customer=rng.random() < 0.5)
        if rng.random() < 0.25:
            nps = int(np.clip(round(rng.normal(8.6 - 3.2 * bad - (1.5 if not completed else 0), 1.5)), 0, 10))
            self.fb(c, t + D(days=float(rng.uniform(1, 4))), tops if rng.random() < 0.5 else [], "survey", case, nps=nps,
                    gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if not completed and rng.random() < 0.2:
            self.fb(c, t + D(days=float(rng.uniform(2, 20))), [k for k in tops if k in NEG_TOPICS] or tops,
                    "call_note", case, undated=rng.random() < 0.4,
                    gen="neg" if set(tops) & NEG_TOPICS else "neu")

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            self.ev(c, c["discover"], "tp_discover", None, "view", channel=c["channel"])
            if rng.random() > CHANNELS[c["channel"]][2]:
                continue
            self.case(c, c["discover"])

    def customer_rows(self):
        rows = []
        for c in self.cust:
            spend = c["spend"]
            tier = "gold" if spend >= 8000 else "silver" if spend >= 3000 else "regular"
            rows.append(dict(
                customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=c["state"], 客户状态=SEG_ZH[c["state"]],
                region=c["city"], 城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员等级=TIERS[tier], main_plan_type=c["plan"],
                主要方案=PLANS[c["plan"]][0], age_band=c["age"], gender=c["gender"], has_insurance=c["insured"],
                insurer=c["insurer"], home_clinic_id=c["home"], phone_os=c["device"],
                preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        known = set(cols)
        for r in rows:
            assert known.issuperset(r), set(r) - known
            w.writerow(["" if r.get(k) is None else r[k] for k in cols])


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "clinic_id", "clinic", "clinic_en", "clinic_city", "门店城市", "plan_type", "方案类型", "therapist_id",
           "therapist_level", "治疗师级别", "appointment_id", "appointment_type", "time_slot", "时段", "wait_min",
           "treatment_type", "治疗项目", "duration_min", "single_session", "pain_score", "initial_pain",
           "sessions_done", "recommended_sessions", "pack_size", "amount", "sessions_left", "change_reason",
           "new_therapist_id", "refund_amount", "refund_reason", "退款原因", "insurer", "claim_amount", "paid_amount",
           "reject_reason", "拒赔原因", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "case_id", "clinic_id", "clinic", "clinic_en", "clinic_city", "门店城市", "plan_type", "方案类型",
            "pack_size", "unit_price", "product", "商品", "payment_method", "支付方式", "refunded_at", "refund_amount",
            "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "case_id", "clinic_id", "clinic", "clinic_en", "clinic_city", "门店城市", "plan_type", "方案类型",
           "therapist_id"]
CUST_COLS = ["customer_id", "signup_at", "segment", "客户状态", "region", "城市", "acquisition_channel", "获客渠道",
             "tier", "会员等级", "main_plan_type", "主要方案", "age_band", "gender", "has_insurance", "insurer",
             "home_clinic_id", "phone_os", "preferred_language"]


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
    dup_idx = rng.choice(len(ev), size=15, replace=False)            # the clinic system re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, cases {g.n_case}, appointments {g.n_appt}, events {len(ev)}, "
          f"orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
