"""明视 ClearSight Kids: a chain of children's myopia-control clinics (ortho-k lenses 角膜塑形镜, defocus glasses 离焦镜,
low-dose atropine drops 低浓度阿托品) with 6 clinics in Beijing, Shanghai, Hangzhou and Suzhou. A parent finds us (school
eye screening, Dianping, pediatrician referral, Xiaohongshu), books an eye exam, the child is examined (axial length,
refraction), a treatment plan is proposed, accepted and paid, lenses are fitted / glasses delivered / drops handed
over, a 1-week follow-up, a 3-month review (some missed) and an annual renewal. Ortho-k plans can be dropped and
refunded in the trial week. Data covers 2024-07-01 .. 2026-06-30 (enquiries until 2026-05-31; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments).
Deterministic (fixed seed), plain Python + numpy, about 1-2 s. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
START = datetime(2024, 7, 1)
LEAD_END = datetime(2026, 5, 31, 20, 0)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 4300
D = timedelta

CITIES = {"Beijing": ("北京", "北京市"), "Shanghai": ("上海", "上海市"), "Hangzhou": ("杭州", "浙江省"),
          "Suzhou": ("苏州", "江苏省")}
# clinic_id -> (zh, en, city, weight)
CLINICS = {
    "BJ-HD": ("北京海淀诊所", "Beijing Haidian Clinic", "Beijing", 0.19),
    "BJ-CY": ("北京朝阳诊所", "Beijing Chaoyang Clinic", "Beijing", 0.15),
    "SH-PD": ("上海浦东诊所", "Shanghai Pudong Clinic", "Shanghai", 0.26),
    "SH-XH": ("上海徐汇诊所", "Shanghai Xuhui Clinic", "Shanghai", 0.17),
    "HZ-BJ": ("杭州滨江诊所", "Hangzhou Binjiang Clinic", "Hangzhou", 0.20),
    "SZ-YQ": ("苏州园区诊所", "Suzhou SIP Clinic", "Suzhou", 0.006),
}
NEW_CLINIC, NEW_OPEN = "SZ-YQ", datetime(2026, 3, 2)       # tiny new clinic: every proposed plan is paid (small-group trap)
BUSY_CLINIC = "SH-PD"                                      # weekend exam queues are the longest here
STAR_DOC = ("周雯", "Zhou Wen")                             # BJ-CY: explains clearly, best exam -> paid conversion
OK_PRICE_UP = datetime(2025, 7, 1)                          # ortho-k package 11,800 -> 12,800: acceptance falls
LAB_SWITCH, LAB_FIXED = datetime(2026, 1, 1), datetime(2026, 4, 1)   # new lens lab: ortho-k lenses late in Q1 2026
REMINDER_FROM = datetime(2025, 9, 1)                        # WeChat reminders for the 3-month review: fewer missed

DOCTORS = {
    "BJ-HD": [("王立群", "Wang Liqun"), ("赵敏", "Zhao Min")],
    "BJ-CY": [STAR_DOC, ("孙浩", "Sun Hao")],
    "SH-PD": [("陈静", "Chen Jing"), ("黄磊", "Huang Lei")],
    "SH-XH": [("李娜", "Li Na"), ("吴涛", "Wu Tao")],
    "HZ-BJ": [("郑洁", "Zheng Jie"), ("钱明", "Qian Ming")],
    "SZ-YQ": [("何佳", "He Jia")],
}

CHANNELS = {"school_screening": ("校园筛查", 0.38), "dianping": ("大众点评", 0.24),
            "pediatrician_referral": ("儿科医生转介", 0.14), "xiaohongshu": ("小红书", 0.24)}
SEASON = {  # month -> weight; school screenings follow the school year, other channels the holidays
    "school_screening": {1: 0.3, 2: 0.2, 3: 1.8, 4: 1.2, 5: 0.8, 6: 0.5, 7: 0.1, 8: 0.1, 9: 3.8, 10: 2.1, 11: 1.0,
                         12: 0.6},
    "other": {1: 1.2, 2: 0.7, 3: 1.0, 4: 1.0, 5: 1.0, 6: 1.1, 7: 2.3, 8: 2.1, 9: 0.9, 10: 0.9, 11: 0.9, 12: 1.0}}
BOOK_P = {"school_screening": 0.42, "dianping": 0.80, "pediatrician_referral": 0.90, "xiaohongshu": 0.62}
PAY_P = {"school_screening": 0.38, "dianping": 0.52, "pediatrician_referral": 0.70, "xiaohongshu": 0.48}
AGES = {"6-8": ("6-8岁", 0.30), "9-11": ("9-11岁", 0.35), "12-14": ("12-14岁", 0.25), "15-17": ("15-17岁", 0.10)}
MYOPIA = {"pre_myopia": "近视前期", "low": "低度近视", "moderate": "中度近视", "high": "高度近视"}
MYOPIA_BY_AGE = {"6-8": [0.30, 0.50, 0.17, 0.03], "9-11": [0.14, 0.52, 0.28, 0.06],
                 "12-14": [0.08, 0.42, 0.37, 0.13], "15-17": [0.05, 0.35, 0.40, 0.20]}
TREAT = {"ortho_k": ("角膜塑形镜", "OK镜"), "defocus": ("离焦镜", "离焦眼镜"), "atropine": ("阿托品滴眼液", "低浓度阿托品")}
TREAT_BY_AGE = {"6-8": [0.36, 0.34, 0.30], "9-11": [0.50, 0.35, 0.15], "12-14": [0.55, 0.35, 0.10],
                "15-17": [0.45, 0.50, 0.05]}
MEMBER = {"standard": ("普通会员", 0.0), "silver": ("银卡会员", 0.05), "gold": ("金卡会员", 0.10)}
PRICE = {"ortho_k": 11800, "defocus": 3680, "atropine": 2280}
RENEW_PRICE = {"ortho_k": 7800, "defocus": 2980, "atropine": 1980}
REFUND_OK = {"6-8": 0.32, "9-11": 0.10, "12-14": 0.06, "15-17": 0.05}
REFUND_REASONS = {"discomfort": "戴着不舒服", "child_refuses": "孩子抗拒戴镜", "price": "觉得太贵", "moved": "搬家"}
BRANDS = {"euclid": "欧几里得", "dreamlite": "梦戴维", "alpha": "阿尔法"}

TOUCHPOINTS = [
    ("tp_enquiry", "家长咨询", "Parent enquiry", "awareness", "other", "digital", "marketing",
     "咨询|线索|留资|新客|了解|enquiry|inquiry|lead|leads|first contact"),
    ("tp_exam_booked", "预约眼科检查", "Eye exam booked", "consideration", "mini_program", "digital", "customer_service",
     "预约|约检查|预约检查|挂号|book|booking|booked|appointment"),
    ("tp_exam_done", "完成检查（眼轴+验光）", "Eye exam done (axial length + refraction)", "consideration", "store",
     "physical", "optometry", "检查|验光|眼轴|查眼睛|到店检查|exam|eye exam|eye test|refraction|axial length"),
    ("tp_plan_proposed", "提出矫控方案", "Treatment plan proposed", "consideration", "store", "physical", "optometry",
     "方案|出方案|推荐方案|矫控方案|面诊|plan proposed|treatment plan|proposal|recommendation"),
    ("tp_plan_paid", "确认方案并付款", "Plan accepted & paid", "purchase", "store", "physical", "sales",
     "付款|签约|成交|交钱|确认方案|接受方案|paid|purchase|accepted|sign-up|signed"),
    ("tp_fitting", "配镜/取镜/取药", "Lenses fitted / glasses delivered / drops handed over", "purchase", "store",
     "physical", "optometry", "配镜|取镜|戴镜|验配|取药|fitting|fitted|lens fitting|delivery|glasses delivered|pick-up"),
    ("tp_followup_1w", "1周复查", "1-week follow-up", "service", "store", "physical", "optometry",
     "一周复查|1周复查|首次复查|试戴期复查|1-week check|one-week follow-up|first follow-up|trial week check"),
    ("tp_review_3m", "3个月复查", "3-month review", "service", "store", "physical", "optometry",
     "三个月复查|3个月复查|季度复查|定期复查|复查|3-month review|three-month review|quarterly check|review visit"),
    ("tp_reminder", "复查提醒推送", "Review reminder (WeChat)", "service", "mini_program", "digital", "customer_service",
     "提醒|复查提醒|微信提醒|推送|reminder|reminders|notification|push"),
    ("tp_renewal", "年度续配", "Annual renewal", "loyalty", "store", "physical", "sales",
     "续配|续费|换片|年度续配|复购|renewal|renew|annual renewal|lens renewal|repurchase"),
]
JOURNEYS = [
    ("acquire", "咨询到付款", "Enquiry to paid plan", 60,
     ["tp_enquiry", "tp_exam_booked", "tp_exam_done", "tp_plan_proposed", "tp_plan_paid"]),
    ("exam_to_treatment", "检查到开始矫控", "Exam to treatment start", 30,
     ["tp_exam_done", "tp_plan_proposed", "tp_plan_paid", "tp_fitting"]),
    ("treatment_care", "矫控随访", "Treatment follow-up", 400,
     ["tp_fitting", "tp_followup_1w", "tp_review_3m", "tp_renewal"]),
]

# feedback templates: topic -> (zh list, en list); {doc} / {doc_en} = doctor
T = {
    "weekend_wait": (["周末带孩子来检查，排队排了一个多小时", "周末人太多了，等了快两个小时才轮到我们", "周六去的，候诊区挤满了人，排队太久",
                      "只有周末有空带孩子来，每次都要排很久", "周日上午排队一个半小时，孩子都等烦了", "周末号太难排，现场还要再等一个小时"],
                     ["Weekend visits are a nightmare, we queued for over an hour",
                      "Came on a Saturday and waited almost two hours to be seen",
                      "Sunday morning queue was ridiculous, my son got so bored"]),
    "uncomfortable": (["OK镜戴着眼睛疼，孩子每天晚上哭着不肯戴", "镜片有异物感，早上起来眼睛红红的", "孩子说戴着不舒服，磨眼睛",
                       "戴了几天眼睛疼，孩子抗拒得厉害", "晚上戴镜片很不舒服，孩子睡不好"],
                      ["The lenses hurt her eyes, she cries every night", "My son says the lenses are uncomfortable and itchy",
                       "Eyes are sore and red every morning after wearing the lenses"]),
    "explain": (["{doc}医生讲得特别清楚，眼轴和度数的关系一下就明白了", "{doc}医生解释得很清楚，几种方案的利弊都说到了",
                 "医生（{doc}）很有耐心，讲得清楚明白，不推销", "{doc}把检查结果讲得清清楚楚，家长很放心"],
                ["Dr. {doc_en} explained everything clearly, axial length finally makes sense to me",
                 "Dr. {doc_en} explained the options clearly and never pushed us",
                 "Very clear explanation from Dr. {doc_en}, we felt in good hands"]),
    "price": (["OK镜太贵了，一年一万多，还得每年换片", "价格太高了，普通家庭负担不起", "效果可能不错，但是价格太贵，先考虑一下",
               "比别家贵不少，再对比一下", "方案挺好，就是太贵了，舍不得", "涨价了？去年才一万一，现在又贵了一千"],
              ["Way too expensive for us, over ten thousand a year", "The price is very high compared with other clinics",
               "Good service but the ortho-k package is far too pricey"]),
    "reminder": (["复查提醒很及时，不然我们肯定忘了", "微信提醒挺好的，到点就提醒我们该复查了", "提醒很贴心，提前三天就通知了",
                  "有提醒方便多了，再也不会错过复查"],
                 ["The WeChat reminder was really helpful, we would have forgotten the review",
                  "Helpful reminders before each check-up, thank you"]),
    "lab_delay": (["付完款快三周了镜片还没到，一直说在定制", "镜片迟迟不到，问了几次都说工厂在排期", "定制镜片还没到，孩子度数又涨了，着急",
                   "说好十天拿镜片，结果拖了二十多天还没到"],
                  ["Paid three weeks ago and the lenses still haven't arrived", "Lens delivery delayed again, very frustrating",
                   "Still waiting for the custom lenses, nobody can give us a date"]),
    "effect": (["复查眼轴只长了0.1毫米，控制效果很好", "用了半年度数没怎么涨，很满意", "孩子白天不用戴眼镜了，效果明显",
                "眼轴增长慢下来了，坚持做下去"],
               ["Axial length barely grew in six months, very happy", "Her myopia has stabilised, great result"]),
    "dizzy": (["刚戴离焦镜有点头晕，不太舒服", "离焦镜看旁边有点晕，孩子说戴着不舒服", "离焦镜戴了两天还是不舒服，上楼梯发晕"],
              ["The defocus glasses feel uncomfortable, he gets a bit dizzy"]),
    "glasses_ok": (["离焦镜孩子很快就适应了，上课也方便", "眼镜做得很快，戴着挺合适", "取镜很顺利，验光师调整得很仔细"],
                   ["The defocus glasses were ready fast and fit well", "My daughter adapted to the glasses in two days"]),
    "photophobia": (["点了阿托品孩子有点怕光，出门要戴帽子", "阿托品点完瞳孔有点大，白天怕光", "点药以后看近处有点模糊，怕光"],
                    ["The drops make him sensitive to light outdoors", "Some light sensitivity after the atropine drops"]),
    "exam_ok": (["检查项目很全，眼轴、验光都做了", "检查流程顺畅，工作人员态度好", "设备很专业，检查很仔细", "检查挺快的，孩子也配合"],
                ["Thorough exam, they measured axial length and refraction", "Smooth exam and friendly staff"]),
    "neutral": (["请问阿托品要点多久？", "OK镜可以游泳的时候戴吗？", "想改一下复查时间，怎么操作", "发票在哪里开？", "可以用医保吗？"],
                ["How long should my child use the drops?", "Can we reschedule the review online?", "Do you issue invoices?"]),
}
SENT = {"weekend_wait": "neg", "uncomfortable": "neg", "explain": "pos", "price": "neg", "reminder": "pos",
        "lab_delay": "neg", "effect": "pos", "dizzy": "neg", "glasses_ok": "pos", "photophobia": "neg", "exam_ok": "pos",
        "neutral": "neu"}
RATING = {"neg": (2.0, 0.8), "neu": (3.4, 0.6), "pos": (4.6, 0.5)}


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)

    def pick(opts, p=None):
        keys = list(opts)
        if p is None:
            p = [opts[k][-1] if isinstance(opts[k], tuple) else opts[k] for k in keys]
        p = np.array(p, dtype=float)
        return keys[int(rng.choice(len(keys), p=p / p.sum()))]

    def lognorm_days(median, sigma, lo, hi):
        return float(np.clip(median * np.exp(rng.normal(0, sigma)), lo, hi))

    def clinic_time(t, weekend_p=None, lo=9, hi=18):
        """move t to opening hours; with weekend_p, a share of visits is moved to the next Saturday / Sunday."""
        if weekend_p is not None and rng.random() < weekend_p and t.weekday() < 5:
            t = t + D(days=5 - t.weekday() + int(rng.integers(0, 2)))
        return t.replace(hour=int(rng.integers(lo, hi)), minute=int(rng.integers(0, 60)), second=int(rng.integers(0, 60)))

    # day weights for enquiries
    days = [START + D(days=i) for i in range((LEAD_END - START).days + 1)]
    growth = np.array([1 + 0.30 * (d - START).days / 365 for d in days])
    dw = {ch: growth * np.array([SEASON["school_screening" if ch == "school_screening" else "other"][d.month] *
                                 (0.25 if (ch == "school_screening" and d.weekday() >= 5) else 1.0) for d in days])
          for ch in CHANNELS}

    customers, events, orders, feedback = [], [], [], []
    ev_n = [0]
    fb_n = [0]
    od_n = [0]

    def ev(cid, ts, tp, **kw):
        ev_n[0] += 1
        r = dict(event_id=f"E{ev_n[0]:06d}", customer_id=cid, ts=ts, touchpoint_id=tp)
        r.update(kw)
        events.append(r)
        return r

    def order(cid, ts, amount, status, otype, **kw):
        od_n[0] += 1
        r = dict(order_id=f"O{od_n[0]:06d}", customer_id=cid, ts=ts, amount=round(float(amount), 2), status=status,
                 order_type=otype, 订单类型={"exam_fee": "检查费", "package": "矫控套餐", "review_fee": "复查费",
                                          "lens_replacement": "镜片补配", "renewal": "年度续配"}[otype], currency="CNY")
        r.update(kw)
        orders.append(r)
        return r

    def fb(cid, ts, tp, channel, topic, lang, rating=True, undated_p=0.0, nps=None, **kw):
        if ts is not None and ts > END:
            return
        fb_n[0] += 1
        zh, en = T[topic]
        pool = en if lang == "en" else zh
        text = pool[int(rng.integers(len(pool)))]
        text = text.format(doc=kw.get("doctor", "") or "", doc_en=kw.get("doctor_en", "") or "")
        s = SENT[topic]
        rt = None
        if rating:
            mu, sd = RATING[s]
            rt = int(np.clip(round(rng.normal(mu, sd)), 1, 5))
        r = dict(feedback_id=f"FB{fb_n[0]:05d}", text=text, ts=None if rng.random() < undated_p else ts,
                 customer_id=cid, touchpoint_id=tp, channel=channel, rating=rt, nps=nps, language=lang,
                 sentiment_label=s)
        r.update(kw)
        feedback.append(r)

    for i in range(N):
        cid = f"K{i + 1:05d}"
        ch = pick(CHANNELS)
        # city / clinic
        clinic = pick(CLINICS, [v[3] for v in CLINICS.values()])
        w = dw[ch].copy()
        if clinic == NEW_CLINIC:
            w[[d < NEW_OPEN - D(days=20) for d in days]] = 0
        di = int(rng.choice(len(days), p=w / w.sum()))
        t0 = days[di] + D(hours=float(rng.uniform(8, 22)))
        city = CLINICS[clinic][2]
        czh, czn, cen = CLINICS[clinic][0], CITIES[city][0], CLINICS[clinic][1]
        cc = dict(clinic_id=clinic, clinic=czh, clinic_en=cen, city=city, 城市=czn)
        age = pick(AGES)
        gender = pick({"M": 0.52, "F": 0.48}, [0.52, 0.48])
        member = pick(MEMBER, [0.40, 0.38, 0.22] if city == "Shanghai" else [0.60, 0.28, 0.12])
        lang = "en" if (city in ("Shanghai", "Beijing") and rng.random() < 0.09) else "zh"
        phone_os = pick({"ios": 1, "android": 1}, [0.55, 0.45] if city == "Shanghai" else [0.45, 0.55])
        cust = dict(customer_id=cid, signup_at=t0, segment="prospect", region=CITIES[city][1], acquisition_channel=ch,
                    tier=member, 获客渠道=CHANNELS[ch][0], member_level=member, 会员等级=MEMBER[member][0], city=city,
                    城市=czn, age_band=age, 年龄段=AGES[age][0], gender=gender, 性别={"M": "男", "F": "女"}[gender],
                    treatment_type=None, 治疗方案=None, myopia_level=None, 近视程度=None, home_clinic_id=clinic,
                    clinic=czh, clinic_en=cen, parent_phone_os=phone_os, language=lang)
        customers.append(cust)
        new = clinic == NEW_CLINIC
        docs = DOCTORS[clinic]
        doc = docs[0] if (clinic == "BJ-CY" and rng.random() < 0.62) else docs[int(rng.integers(len(docs)))]
        dc = dict(doctor=doc[0], doctor_en=doc[1])

        lead_kw = dict(action="submit", lead_source=ch, 线索来源=CHANNELS[ch][0], **cc)
        if ch == "school_screening":
            lead_kw.update(channel="other", school=f"{czn}第{int(rng.integers(1, 40))}小学"
                           if age in ("6-8", "9-11") else f"{czn}第{int(rng.integers(1, 30))}中学")
        elif ch == "pediatrician_referral":
            lead_kw.update(channel="other", referring_hospital=pick(
                {"市儿童医院眼科": 1, "妇幼保健院儿科": 1, "区人民医院儿科": 1, "社区卫生服务中心": 1}))
        elif ch == "dianping":
            lead_kw.update(channel="social", device=phone_os)
        else:
            lead_kw.update(channel="social", device=phone_os)
        ev(cid, t0, "tp_enquiry", **lead_kw)

        # --- booking
        if rng.random() > (0.95 if new else BOOK_P[ch]):
            continue
        bch = pick({"mini_program": 1, "phone": 1, "dianping": 1}, [0.55, 0.25, 0.20])
        tb = t0 + D(hours=float(rng.uniform(0.5, 24 * lognorm_days(2.5, 0.8, 0.1, 20))))
        ev(cid, tb, "tp_exam_booked", action="submit", channel="mini_program" if bch != "phone" else "phone",
           device=phone_os if bch != "phone" else None, booking_channel=bch, **cc)
        cust["segment"] = "booked_no_show"
        # --- exam (no-show possible)
        if rng.random() < (0.02 if new else (0.20 if bch == "dianping" else 0.10)):
            continue
        te = clinic_time(tb + D(days=lognorm_days(5, 0.5, 1, 25)), weekend_p=0.35)
        if te > END:
            continue
        weekend = te.weekday() >= 5
        if weekend:
            wait = lognorm_days(78 if clinic == BUSY_CLINIC else 48, 0.35, 10, 200)
        else:
            wait = lognorm_days(16, 0.45, 3, 90)
        my = pick(MYOPIA, MYOPIA_BY_AGE[age])
        cust.update(myopia_level=my, 近视程度=MYOPIA[my], segment="examined")
        al = round(float(np.clip(rng.normal({"pre_myopia": 23.6, "low": 24.2, "moderate": 24.9, "high": 25.8}[my], 0.35),
                                 22.5, 27.5)), 2)
        sph = round(float({"pre_myopia": rng.uniform(-0.5, 0.5), "low": rng.uniform(-3.0, -0.5),
                           "moderate": rng.uniform(-6.0, -3.25), "high": rng.uniform(-9.0, -6.25)}[my]) * 4) / 4
        ev(cid, te, "tp_exam_done", action="success", channel="store", wait_minutes=int(round(wait)),
           axial_length_mm=al, sph=sph, myopia_level=my, 近视程度=MYOPIA[my], **cc, **dc)
        exam_fee = 100 if ch == "school_screening" else 300
        order(cid, te + D(minutes=5), exam_fee, "paid", "exam_fee", channel="store", list_price=300,
              payment_method=pick({"wechat": 1, "alipay": 1, "card": 1}, [0.65, 0.25, 0.10]),
              member_level=member, **cc)
        # exam survey
        if rng.random() < 0.30:
            r = rng.random()
            if weekend and wait > 45 and r < 0.55:
                topic = "weekend_wait"
            elif rng.random() < (0.55 if doc == STAR_DOC else 0.18):
                topic = "explain"
            elif r < 0.9:
                topic = "exam_ok"
            else:
                topic = "neutral"
            fb(cid, te + D(hours=float(rng.uniform(1, 30))), "tp_exam_done", "survey", topic, lang, **cc, **dc)

        # --- plan proposed
        if rng.random() < (0.80 if my == "pre_myopia" else 0.03) and not new:
            continue
        treat = pick(TREAT, TREAT_BY_AGE[age])
        if my == "pre_myopia":
            treat = pick(TREAT, [0.05, 0.35, 0.60])
        if my == "high" and treat == "ortho_k" and rng.random() < 0.5:
            treat = "defocus"
        tzh = TREAT[treat][0]
        tk = dict(treatment_type=treat, 治疗方案=tzh)
        tpp = te + D(minutes=float(rng.uniform(20, 70)))
        ev(cid, tpp, "tp_plan_proposed", action="proposed", channel="store", **tk, **cc, **dc)
        cust.update(segment="proposed_not_paid", **tk)

        # --- accepted and paid?
        p = PAY_P[ch] + {"standard": -0.06, "silver": 0.0, "gold": 0.18}[member]
        if doc == STAR_DOC:
            p += 0.32
        if treat == "ortho_k":
            p += 0.06 if tpp < OK_PRICE_UP else -0.16
        elif treat == "atropine":
            p += 0.05
        if new:
            p = 1.0
        paid = rng.random() < min(p, 0.97)
        list_price = PRICE[treat] + (1000 if (treat == "ortho_k" and tpp >= OK_PRICE_UP) else 0)
        if not paid:
            if rng.random() < 0.15:
                order(cid, tpp + D(hours=float(rng.uniform(1, 72))), list_price * (1 - MEMBER[member][1]), "cancelled",
                      "package", channel="mini_program", list_price=list_price, discount_rate=MEMBER[member][1],
                      payment_method="wechat", member_level=member, **tk, **cc)
            r = rng.random()
            if r < (0.40 if treat == "ortho_k" and tpp >= OK_PRICE_UP else 0.18):
                fch = pick({"survey": 1, "wechat": 1}, [0.6, 0.4])
                fb(cid, tpp + D(days=float(rng.uniform(0.2, 6))), "tp_plan_proposed", fch, "price", lang,
                   rating=fch == "survey", undated_p=0.05 if fch == "wechat" else 0.0, **tk, **cc, **dc)
            elif r < 0.5:
                fb(cid, tpp + D(days=float(rng.uniform(0.2, 6))), "tp_plan_proposed", "survey",
                   "explain" if doc == STAR_DOC else "neutral", lang, **tk, **cc, **dc)
            continue
        tpay = tpp + D(days=lognorm_days(1.5, 1.0, 0.01, 25))
        if tpay > END:
            continue
        tpay = clinic_time(tpay) if tpay.date() != tpp.date() else tpay
        ev(cid, tpay, "tp_plan_paid", action="success", channel="store", **tk, **cc, **dc)
        cust["segment"] = "in_treatment"
        pkg = order(cid, tpay, list_price * (1 - MEMBER[member][1]), "paid", "package", channel="store",
                    list_price=list_price, discount_rate=MEMBER[member][1],
                    payment_method=pick({"wechat": 1, "alipay": 1, "card": 1}, [0.55, 0.25, 0.20]),
                    member_level=member, **tk, **cc)
        if rng.random() < 0.08:
            topic = "price" if (treat == "ortho_k" and tpay >= OK_PRICE_UP and rng.random() < 0.4) else \
                pick({"explain": 1, "exam_ok": 1}, [0.5, 0.5])
            fb(cid, tpay + D(days=1), "tp_plan_paid", "survey", topic, lang, **tk, **cc, **dc)

        # --- fitting
        fit_kw = {}
        if treat == "ortho_k":
            lab = "lab_b" if tpay >= LAB_SWITCH else "lab_a"
            slow = LAB_SWITCH <= tpay < LAB_FIXED
            tf = clinic_time(tpay + D(days=lognorm_days(21 if slow else 8.5, 0.25, 5, 45)))
            brand = pick(BRANDS, [0.5, 0.3, 0.2])
            fit_kw = dict(lens_lab=lab, 镜片工厂={"lab_a": "A厂", "lab_b": "B厂"}[lab], lens_brand=brand,
                          镜片品牌=BRANDS[brand])
        elif treat == "defocus":
            slow = False
            tf = clinic_time(tpay + D(days=lognorm_days(5, 0.3, 2, 15)))
            fit_kw = dict(lens_brand="defocus_std", 镜片品牌="离焦镜片")
        else:
            slow = False
            tf = tpay + D(minutes=float(rng.uniform(5, 30)))
        if tf > END:
            continue
        ev(cid, tf, "tp_fitting", action="success", channel="store", **tk, **cc, **dc, **fit_kw)
        if rng.random() < (0.45 if slow else 0.28):
            if slow and rng.random() < 0.85:
                topic = "lab_delay"
            elif treat == "ortho_k":
                topic = pick({"uncomfortable": 1, "exam_ok": 1, "neutral": 1}, [0.3, 0.5, 0.2])
            elif treat == "defocus":
                topic = "glasses_ok"
            else:
                topic = pick({"photophobia": 1, "neutral": 1, "exam_ok": 1}, [0.3, 0.3, 0.4])
            fb(cid, tf + D(hours=float(rng.uniform(2, 48))), "tp_fitting", "survey", topic, lang, **tk, **cc, **dc)
        if slow and rng.random() < 0.55:
            fb(cid, tpay + D(days=float(rng.uniform(12, 18))), None, "wechat", "lab_delay", lang, rating=False,
               undated_p=0.05, **tk, **cc)

        # --- trial week and 1-week follow-up
        drop_p = REFUND_OK[age] if treat == "ortho_k" else (0.04 if treat == "defocus" else 0.03)
        dropped = rng.random() < drop_p
        if rng.random() < (0.97 if dropped else 0.93):
            t1 = clinic_time(tf + D(days=float(rng.uniform(5, 8))), weekend_p=0.3)
            if t1 <= END:
                ev(cid, t1, "tp_followup_1w", action="attended", channel="store", **tk, **cc, **dc)
                if rng.random() < (0.6 if dropped else 0.25):
                    if dropped:
                        topic = "uncomfortable" if treat == "ortho_k" else ("photophobia" if treat == "atropine"
                                                                           else "neutral")
                    elif treat == "ortho_k":
                        topic = pick({"uncomfortable": 1, "effect": 1, "neutral": 1}, [0.35, 0.35, 0.30])
                    elif treat == "atropine":
                        topic = pick({"photophobia": 1, "neutral": 1}, [0.5, 0.5])
                    else:
                        topic = pick({"glasses_ok": 1, "dizzy": 1, "neutral": 1}, [0.5, 0.2, 0.3])
                    fb(cid, t1 + D(hours=float(rng.uniform(1, 24))), "tp_followup_1w", "survey", topic, lang,
                       **tk, **cc, **dc)
        if dropped:
            tr = tf + D(days=float(rng.uniform(5, 8)), hours=2)
            if tr <= END:
                reason = pick(REFUND_REASONS, [0.55, 0.30, 0.10, 0.05] if treat == "ortho_k" else
                              [0.5, 0.1, 0.3, 0.1])
                pkg.update(status="refunded", refunded_at=tr, refund_reason=reason, 退费原因=REFUND_REASONS[reason])
                cust["segment"] = "dropped"
                continue

        # --- lens replacement (ortho-k lenses get lost / broken)
        if treat == "ortho_k" and rng.random() < 0.08:
            tl = clinic_time(tf + D(days=float(rng.uniform(30, 330))))
            if tl <= END:
                order(cid, tl, 1980, "paid", "lens_replacement", channel="store", list_price=1980,
                      payment_method="wechat", member_level=member, replace_reason=pick(
                          {"lost": 1, "broken": 1, "scratched": 1}, [0.5, 0.3, 0.2]), **tk, **cc)

        # --- 3-month review (WeChat reminders from 2025-09-01)
        due = tf + D(days=90)
        reminded = due - D(days=3) >= REMINDER_FROM
        if reminded and due - D(days=3) <= END:
            opened = rng.random() < (0.80 if phone_os == "ios" else 0.58)
            ev(cid, (due - D(days=3)).replace(hour=10, minute=0, second=0), "tp_reminder",
               action="opened" if opened else "sent", channel="mini_program", device=phone_os,
               reminder_type="review_3m", **tk, **cc)
        attend = rng.random() < (0.86 if reminded else 0.60)
        t3 = None
        if attend:
            t3 = clinic_time(due + D(days=float(rng.uniform(-8, 15))), weekend_p=0.45)
            if t3 <= END:
                grow = {"ortho_k": 0.05, "defocus": 0.07, "atropine": 0.08}[treat]
                ev(cid, t3, "tp_review_3m", action="attended", channel="store",
                   axial_length_mm=round(al + float(rng.normal(grow, 0.03)), 2), **tk, **cc, **dc)
                if treat != "ortho_k":
                    order(cid, t3 + D(minutes=3), 200, "paid", "review_fee", channel="store", list_price=200,
                          payment_method="wechat", member_level=member, **tk, **cc)
                if rng.random() < 0.35:
                    r = rng.random()
                    if reminded and r < 0.30:
                        topic = "reminder"
                    elif t3.weekday() >= 5 and r < 0.50:
                        topic = "weekend_wait"
                    elif r < 0.80:
                        topic = "effect"
                    else:
                        topic = "explain" if doc == STAR_DOC or rng.random() < 0.3 else "neutral"
                    nps = int(np.clip(rng.normal({"pos": 9, "neu": 7, "neg": 4}[SENT[topic]], 1.2), 0, 10))
                    fb(cid, t3 + D(hours=float(rng.uniform(20, 72))), "tp_review_3m", "call_note", topic, lang,
                       nps=nps, undated_p=0.05, **tk, **cc, **dc)
            else:
                t3 = None

        # --- annual renewal
        renew_p = {"ortho_k": 0.80, "defocus": 0.72, "atropine": 0.68}[treat] if t3 else 0.33
        if rng.random() < renew_p:
            tn = clinic_time(tf + D(days=float(rng.uniform(330, 385))))
            if tn <= END:
                ev(cid, tn, "tp_renewal", action="success", channel="store", **tk, **cc, **dc)
                order(cid, tn, RENEW_PRICE[treat] * (1 - MEMBER[member][1]), "paid", "renewal", channel="store",
                      list_price=RENEW_PRICE[treat], discount_rate=MEMBER[member][1],
                      payment_method=pick({"wechat": 1, "alipay": 1, "card": 1}, [0.55, 0.25, 0.20]),
                      member_level=member, **tk, **cc)
                cust["segment"] = "renewed"
            elif tf + D(days=385) <= END:
                cust["segment"] = "lapsed"
        elif tf + D(days=385) <= END:
            cust["segment"] = "lapsed"

    # Dianping reviews (a fifth scraped without a date) and Xiaohongshu posts (no rating, a quarter undated)
    examined = [c for c in customers if c["myopia_level"]]
    for j in rng.choice(len(examined), size=420, replace=False):
        c = examined[int(j)]
        s = c["home_clinic_id"]
        doc = DOCTORS[s][int(rng.integers(len(DOCTORS[s])))]
        t = c["signup_at"] + D(days=float(rng.uniform(8, 120)))
        if t > END:
            continue
        cc = dict(clinic_id=s, clinic=CLINICS[s][0], clinic_en=CLINICS[s][1], city=CLINICS[s][2],
                  城市=CITIES[CLINICS[s][2]][0])
        tk = dict(treatment_type=c["treatment_type"], 治疗方案=c["治疗方案"])
        r = rng.random()
        if r < (0.40 if s == BUSY_CLINIC else 0.16):
            topic, tp_ = "weekend_wait", "tp_exam_done"
        elif r < 0.45:
            topic, tp_ = "explain", "tp_exam_done"
            if s == "BJ-CY":
                doc = STAR_DOC
        elif r < 0.62:
            topic, tp_ = "price", "tp_plan_proposed"
        elif r < 0.72 and c["treatment_type"] == "ortho_k":
            topic, tp_ = "uncomfortable", "tp_followup_1w"
        elif r < 0.85:
            topic, tp_ = "exam_ok", "tp_exam_done"
        else:
            topic, tp_ = "neutral", None
        fb(c["customer_id"], t, tp_, "review", topic, c["language"], undated_p=0.2, platform="大众点评",
           doctor=doc[0], doctor_en=doc[1], **cc, **tk)
    for j in rng.choice(len(examined), size=220, replace=False):
        c = examined[int(j)]
        s = c["home_clinic_id"]
        t = c["signup_at"] + D(days=float(rng.uniform(20, 200)))
        if t > END:
            continue
        cc = dict(clinic_id=s, clinic=CLINICS[s][0], clinic_en=CLINICS[s][1], city=CLINICS[s][2],
                  城市=CITIES[CLINICS[s][2]][0])
        tk = dict(treatment_type=c["treatment_type"], 治疗方案=c["治疗方案"])
        if c["treatment_type"] == "ortho_k":
            topic = pick({"price": 1, "effect": 1, "uncomfortable": 1}, [0.4, 0.35, 0.25])
        else:
            topic = pick({"price": 1, "effect": 1, "neutral": 1}, [0.3, 0.4, 0.3])
        tp_ = {"price": "tp_plan_proposed", "effect": "tp_review_3m", "uncomfortable": "tp_followup_1w",
               "neutral": None}[topic]
        fb(c["customer_id"], t, tp_, "social", topic, c["language"], rating=False, undated_p=0.25,
           platform="小红书", **cc, **tk)

    # a few exact duplicate event rows (re-sent by the clinic system)
    for j in rng.choice(len(events), size=10, replace=False):
        events.append(dict(events[int(j)]))
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    feedback.sort(key=lambda r: r["feedback_id"])

    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4])])
    write(out / "customers.csv", customers)
    write(out / "events.csv", events, first=["event_id", "customer_id", "ts", "touchpoint_id", "action", "device",
                                             "channel"])
    write(out / "orders.csv", orders, first=["order_id", "customer_id", "ts", "amount", "status", "channel"])
    write(out / "feedback.csv", feedback, first=["feedback_id", "text", "ts", "customer_id", "touchpoint_id",
                                                 "channel", "rating", "nps"])
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return v


def write(path: Path, rows: list[dict], first: list[str] | None = None) -> None:
    cols = list(first or [])
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(c)) for c in cols])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
