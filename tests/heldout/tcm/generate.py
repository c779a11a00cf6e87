"""岐黄 HerbWell: a chain of traditional Chinese medicine clinics (中医馆) with 12 branches in 4 cities (北京, 上海, 广州,
成都) and an app / WeChat mini-program. A patient comes in through the app's symptom self-check (症状自测), a Douyin ad,
大众点评 / 美团, a referral (老带新) or walks in; books an appointment with a doctor (expert 专家 / attending 主治 /
resident 住院医), checks in at the branch, has the consultation (望闻问切: pulse, tongue -> constitution type), gets a
prescription (herbal decoction 汤药代煎 / granules 配方颗粒 / acupuncture 针灸 / cupping 拔罐 / tuina 推拿), pays, gets the
decoction prepared and delivered (or picks it up), books a follow-up visit, attends it and may renew the course (up to
three cycles). Data covers 2024-08-01 .. 2026-07-31 (new patients until 2026-06-30; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments).
Deterministic (fixed seed), plain Python + numpy, about 2 s. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261204
START = datetime(2024, 8, 1)
NEW_END = datetime(2026, 6, 30, 23, 59)
END = datetime(2026, 7, 31, 23, 59, 59)
N = 5200
D = timedelta

CITIES = {  # en: (zh, province, weight)
    "Beijing": ("北京", "北京市", 0.28), "Shanghai": ("上海", "上海市", 0.32),
    "Guangzhou": ("广州", "广东省", 0.22), "Chengdu": ("成都", "四川省", 0.18)}
_BR = {
    "Beijing": [("BJ01", "东城", "Dongcheng"), ("BJ02", "海淀", "Haidian"), ("BJ03", "朝阳", "Chaoyang")],
    "Shanghai": [("SH01", "静安", "Jing'an"), ("SH02", "徐汇", "Xuhui"), ("SH03", "浦东", "Pudong")],
    "Guangzhou": [("GZ01", "天河", "Tianhe"), ("GZ02", "越秀", "Yuexiu"), ("GZ03", "海珠", "Haizhu")],
    "Chengdu": [("CD01", "锦江", "Jinjiang"), ("CD02", "武侯", "Wuhou"), ("CD03", "高新", "Gaoxin")],
}
BRANCHES = {}  # id -> (zh, en, city)
for _c, _l in _BR.items():
    for _bid, _zh, _en in _l:
        BRANCHES[_bid] = (f"岐黄{CITIES[_c][0]}{_zh}馆", f"HerbWell {_c} {_en}", _c)
SLOW_BRANCH, SLOW_FROM = "GZ01", datetime(2025, 7, 1)          # a famous expert joined, overbooked: long waits
LATE_CITY, LATE_FROM, LATE_TO = "Shanghai", datetime(2025, 10, 1), datetime(2026, 1, 19)  # new courier: late deliveries
STAR_BRANCH, STAR_DOC = "CD01", ("陈素芬", "Chen Sufen")       # very patient expert: best follow-up and renewal
NEW_BRANCH, NEW_DOC, NEW_FROM = "CD02", ("林小雨", "Lin Xiaoyu"), datetime(2026, 4, 1)  # new resident, tiny numbers
APP46, APP47 = datetime(2025, 11, 5), datetime(2025, 12, 20)    # app 4.6: self-check crashes on Android

LEVELS = {"expert": ("专家", 300), "attending": ("主治", 100), "resident": ("住院医", 50)}
_SUR = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("杨", "Yang"), ("赵", "Zhao"), ("黄", "Huang"),
        ("周", "Zhou"), ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo"),
        ("何", "He"), ("高", "Gao"), ("罗", "Luo")]
_GIV = [("建国", "Jianguo"), ("淑华", "Shuhua"), ("志明", "Zhiming"), ("丽萍", "Liping"), ("德林", "Delin"),
        ("秀英", "Xiuying"), ("文博", "Wenbo"), ("海燕", "Haiyan"), ("振华", "Zhenhua"), ("晓梅", "Xiaomei"),
        ("国栋", "Guodong"), ("春兰", "Chunlan"), ("明远", "Mingyuan"), ("静怡", "Jingyi"), ("子轩", "Zixuan"),
        ("思源", "Siyuan"), ("雨桐", "Yutong")]
DOCS = {}  # branch -> {level: (zh, en)}
_k = 0
for _bid in BRANCHES:
    DOCS[_bid] = {}
    for _lv in LEVELS:
        s, g = _SUR[_k % len(_SUR)], _GIV[(_k * 7) % len(_GIV)]
        _k += 1
        DOCS[_bid][_lv] = (s[0] + g[0], f"{s[1]} {g[1]}")
DOCS[STAR_BRANCH]["expert"] = STAR_DOC
DOCS[SLOW_BRANCH]["expert"] = ("黄国栋", "Huang Guodong")

CHANNELS = {"selfcheck_tool": ("症状自测", 0.22), "douyin_ads": ("抖音广告", 0.30), "dianping": ("大众点评", 0.14),
            "referral": ("老带新", 0.16), "walk_in": ("自然到店", 0.18)}
NOSHOW = {"selfcheck_tool": 0.12, "douyin_ads": 0.46, "dianping": 0.15, "referral": 0.05, "walk_in": 0.0}
AGES = {"18-29": ("18-29岁", 0.18), "30-44": ("30-44岁", 0.34), "45-59": ("45-59岁", 0.28), "60+": ("60岁及以上", 0.20)}
INS_BY_AGE = {"18-29": 0.35, "30-44": 0.55, "45-59": 0.65, "60+": 0.80}
INS = {"self_pay": "自费", "medical_insurance": "医保"}
CONST = {  # en: (zh, weight)
    "balanced": ("平和质", 0.08), "qi_deficiency": ("气虚质", 0.15), "yang_deficiency": ("阳虚质", 0.12),
    "yin_deficiency": ("阴虚质", 0.11), "phlegm_dampness": ("痰湿质", 0.21), "damp_heat": ("湿热质", 0.10),
    "blood_stasis": ("血瘀质", 0.08), "qi_stagnation": ("气郁质", 0.11), "special": ("特禀质", 0.04)}
COMPLAINT = {  # en: (zh, weight female, weight male)
    "insomnia": ("失眠", 0.18, 0.16), "digestive": ("脾胃不适", 0.16, 0.22), "menstrual": ("月经不调", 0.20, 0.0),
    "fatigue": ("疲劳乏力", 0.12, 0.16), "cough": ("咳嗽", 0.08, 0.10), "pain": ("颈肩腰腿痛", 0.16, 0.26),
    "skin": ("皮肤问题", 0.10, 0.10)}
RX = {"decoction": "汤药代煎", "granules": "配方颗粒", "acupuncture": "针灸", "cupping": "拔罐", "tuina": "推拿"}
RX_BY_COMPLAINT = {  # decoction, granules, acupuncture, cupping, tuina
    "pain": [0.10, 0.05, 0.40, 0.15, 0.30], "insomnia": [0.50, 0.25, 0.20, 0.0, 0.05],
    "default": [0.58, 0.32, 0.06, 0.02, 0.02]}
FULFIL = {"delivery": "快递配送", "pickup": "到院自取"}
PULSE = ["弦脉", "滑脉", "细脉", "沉脉", "浮脉", "数脉", "缓脉"]
TONGUE = ["淡红舌薄白苔", "舌淡苔白腻", "舌红少苔", "舌暗有瘀点", "舌红苔黄腻", "舌胖有齿痕"]
CAMPAIGNS = ["sanfu_tie_2025", "winter_gaofang", "insomnia_care", "spleen_stomach", "women_health"]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "市场部",
     "抖音广告|广告|ad|douyin ad"),
    ("tp_selfcheck", "症状自测", "Symptom self-check", "awareness", "app", "digital", "数字化部",
     "自测|体质自测|在线自测|self-check|symptom checker"),
    ("tp_booked", "预约挂号", "Appointment booked", "consideration", "mini_program", "digital", "客服中心",
     "预约|挂号|约号|booking|appointment"),
    ("tp_checkin", "到馆签到", "Arrival & check-in", "purchase", "store", "physical", "门店运营",
     "签到|到院|到馆|报到|arrival|registration|check-in"),
    ("tp_consult", "面诊", "Consultation", "purchase", "store", "physical", "医务部",
     "看诊|问诊|把脉|望闻问切|诊疗|consult|consultation|doctor visit"),
    ("tp_rx", "开方", "Prescription issued", "purchase", "store", "physical", "医务部",
     "处方|开药|开方子|prescription"),
    ("tp_pay", "缴费", "Payment (herbs / therapy)", "purchase", "store", "physical", "门店运营",
     "付款|交钱|药费支付|付药费|herbs paid|payment"),
    ("tp_dispense", "煎药配送/取药", "Decoction & delivery / pickup", "service", "other", "physical", "药房",
     "代煎|配送|送药|取药|发药|delivery|pickup|dispensing"),
    ("tp_therapy", "理疗治疗", "Therapy session", "service", "store", "physical", "理疗部",
     "针灸治疗|推拿治疗|拔罐治疗|理疗|therapy session|treatment session"),
    ("tp_callback", "回访电话", "Follow-up call", "service", "phone", "digital", "客服中心",
     "回访|电话回访|callback|follow-up call"),
    ("tp_followup_booked", "预约复诊", "Follow-up booked", "loyalty", "mini_program", "digital", "客服中心",
     "约复诊|复诊预约|follow-up booking"),
    ("tp_followup", "复诊", "Follow-up visit", "loyalty", "store", "physical", "医务部",
     "复诊到诊|二诊|回诊|follow-up|revisit"),
    ("tp_renewal", "续疗程", "Course renewed", "loyalty", "store", "physical", "门店运营",
     "续方|续疗程|续药|renewal|renew course"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("first_visit", "初诊转化", "First visit", 14, ["tp_booked", "tp_checkin", "tp_consult", "tp_rx", "tp_pay"]),
    ("course", "复诊续疗程", "Follow-up & renewal", 60, ["tp_pay", "tp_followup_booked", "tp_followup", "tp_renewal"]),
    ("selfcheck", "自测到预约", "Self-check to booking", 7, ["tp_selfcheck", "tp_booked"]),
]

# ---------------- feedback text ----------------
T = {
    "wait": (["明明预约了十点，到了还要等一个多小时才看上", "挂了号还得排队等很久，预约有什么用", "签到以后等了快两个小时，老人根本坐不住",
              "约好的时间过了一个小时还没叫到号，等得心烦", "等太久了，最后没看就走了", "预约制形同虚设，每次都要等很久",
              "人太多了，约了号还是等了一上午"],
             ["Booked a 10am slot and still had to wait over an hour.", "Long wait despite having an appointment.",
              "Waited almost two hours after check-in, unacceptable.",
              "The booking system is pointless if you still wait this long."]),
    "bitter": (["药太苦了，实在喝不下去", "汤药苦得难以下咽，孩子根本不肯喝", "中药味道太苦，能不能换成颗粒",
                "每次喝药都想吐，太苦了", "药很苦，坚持不下去了"],
               ["The decoction tastes so bitter I can barely drink it.",
                "Herbs are far too bitter, can I switch to granules?", "Really bitter taste, hard to keep up with the course."]),
    "late": (["代煎的药三天了还没送到", "煎好的药送得太慢了，断了两天药", "快递配送太慢，说好第二天到结果拖了好几天",
              "药送晚了，汤药都不新鲜了", "催了好几次，代煎药还是迟迟不到"],
             ["Decoction delivery was late again, three days after paying.", "My herbs still hadn't arrived after 4 days.",
              "Delivery is so slow, I missed two days of medicine."]),
    "patient": (["{doc}医生特别耐心，问得很细", "{doc}大夫很耐心，把脉看舌苔讲得明明白白", "医生很耐心地解释了我的体质问题",
                 "{doc}医生态度好又耐心，推荐"],
                ["Dr. {doc_en} was very patient and explained everything.", "Very patient doctor, listened to all my concerns.",
                 "Dr. {doc_en} is so patient and thorough."]),
    "expensive": (["太贵了，一副药要六七十", "自费的话价格太高了，吃不起", "诊金加药费太贵，比公立医院贵多了", "价格偏高，希望能走医保"],
                  ["Too expensive for self-paying customers.", "The herbs are really expensive.",
                   "Price is too high compared with the public hospital."]),
    "noeffect": (["吃了两周药，一点效果都没有", "调理了一个疗程，症状没有改善", "针灸做了几次没什么效果，不想续了",
                  "感觉没效果，失眠还是老样子"],
                 ["No improvement after two weeks of herbs.", "Did a full course and nothing changed.",
                  "Acupuncture didn't help my back at all."]),
    "effect": (["调理了一个月，睡眠好多了", "喝了两个疗程，胃舒服多了", "针灸后腰不疼了，效果很好", "月经终于规律了，感谢医生",
                "整个人精神多了，准备继续调理"],
               ["Sleeping much better after a month of herbs.", "Acupuncture really helped my neck pain.",
                "Feel much more energetic after the course."]),
    "deliv_ok": (["代煎药第二天就送到了，包装很好", "配送很快，药包密封得好", "取药很方便，药房的人很热情"],
                 ["Herbs arrived the next day, well packed.", "Fast delivery, very convenient."]),
    "neutral": (["请问可以用医保卡支付吗？", "周末几点开门？", "颗粒剂和汤药有什么区别？", "复诊需要重新挂号吗？", "能开发票吗？"],
                ["Can I use my medical insurance card?", "What are the opening hours on Sunday?",
                 "Is there an English-speaking doctor?"]),
    "crash": (["体质自测做到一半就闪退，安卓手机", "App自测页面一直闪退，根本做不完", "更新后自测功能打不开，闪退"],
              ["The self-check crashes halfway on my Android phone.", "App keeps crashing during the symptom check."]),
    "app_ok": (["自测挺方便的，结果也准", "App做体质自测很简单"], ["Self-check was quick and useful."]),
    "service": (["环境干净，前台服务很好", "馆里环境很舒服，很有中医氛围", "前台小姐姐很热情，流程清楚"],
                ["Clean clinic and friendly front desk.", "Lovely calm clinic, smooth registration."]),
    "rx_ok": (["医生开方前讲得很清楚，知道每味药的作用", "方子开得很细致，还教了饮食禁忌"],
              ["The doctor explained what each herb in the prescription does.", "Clear prescription with diet advice."]),
}
SENT = {"wait": "neg", "bitter": "neg", "late": "neg", "patient": "pos", "expensive": "neg", "noeffect": "neg",
        "effect": "pos", "deliv_ok": "pos", "neutral": "neu", "crash": "neg", "app_ok": "pos", "service": "pos",
        "rx_ok": "pos"}
RATING = {"neg": (1, 2), "neu": (3, 4), "pos": (4, 5)}


def day_weights():
    n = (NEW_END.date() - START.date()).days + 1
    w = np.ones(n)
    for i in range(n):
        d = START + D(days=i)
        g = 1.0 + 0.45 * i / n                                   # growth
        if d.year == 2025 and d.month == 7:
            g *= 1.9                                             # 三伏贴 booking season (campaign)
            if 14 <= d.day <= 20:
                g *= 1.5                                         # the week before 头伏 (2025-07-20)
        elif d.month == 7 or (d.month == 8 and d.day <= 15):
            g *= 1.3
        if d.month in (11, 12):
            g *= 1.25                                            # 冬令膏方
        for c in (datetime(2025, 1, 29), datetime(2026, 2, 17)):  # 春节 dip
            if -7 <= (d - c).days <= 8:
                g *= 0.35
        if d.weekday() >= 5:
            g *= 1.2
        w[i] = g
    return w / w.sum()


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, customers = [], [], [], []
    cnt = {"e": 0, "o": 0, "f": 0}

    def pick(keys, probs):
        keys = list(keys)
        return keys[int(rng.choice(len(keys), p=np.array(probs, dtype=float) / np.sum(probs)))]

    def ev(cid, ts, tp, **kw):
        if ts > END:
            return None
        cnt["e"] += 1
        row = dict(event_id=f"E{cnt['e']:06d}", customer_id=cid, ts=ts, touchpoint_id=tp, **kw)
        events.append(row)
        return row

    def order(cid, ts, amount, status, otype, **kw):
        if ts > END:
            return None
        cnt["o"] += 1
        zh = {"consultation": "诊金", "herbs": "药费", "therapy": "治疗费", "delivery": "配送费"}[otype]
        row = dict(order_id=f"O{cnt['o']:06d}", customer_id=cid, ts=ts, amount=round(amount, 2), status=status,
                   order_type=otype, 订单类型=zh, currency="CNY", **kw)
        orders.append(row)
        return row

    def fb(cid, ts, tp, channel, topic, lang, rating=True, nps=None, undated_p=0.0, **kw):
        if ts is not None and ts > END:
            return
        zh, en = T[topic]
        pool = en if lang == "en" else zh
        text = pool[int(rng.integers(len(pool)))].format(doc=kw.get("doctor") or "", doc_en=kw.get("doctor_en") or "")
        text = text.replace("Dr.  ", "Dr. ")
        s = SENT[topic]
        r = None
        if rating:
            lo, hi = RATING[s]
            r = int(rng.integers(lo, hi + 1))
        if undated_p and rng.random() < undated_p:
            ts = None
        cnt["f"] += 1
        feedback.append(dict(feedback_id=f"F{cnt['f']:05d}", text=text, ts=ts, customer_id=cid, touchpoint_id=tp,
                             channel=channel, rating=r, nps=nps, language=lang, sentiment_label=s, **kw))

    def clinic_time(d: datetime, lo=8.5, hi=17.0):
        return datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(lo, hi)))

    def lognorm(median, sigma, lo, hi):
        return float(np.clip(median * np.exp(rng.normal(0, sigma)), lo, hi))

    def app_version(t):
        return "4.3" if t < datetime(2025, 3, 1) else ("4.4" if t < datetime(2025, 7, 1) else
                                                         ("4.5" if t < APP46 else ("4.6" if t < APP47 else "4.7")))

    dw = day_weights()
    days = np.sort(rng.choice(len(dw), size=N, p=dw))
    br_ids = list(BRANCHES)

    for i, di in enumerate(days):
        cid = f"C{i + 1:05d}"
        day = START + D(days=int(di))
        t0 = day + D(hours=float(rng.uniform(7, 23)))
        city = pick(CITIES, [v[2] for v in CITIES.values()])
        cbr = [b for b in br_ids if BRANCHES[b][2] == city]
        br = pick(cbr, [1.4 if b in (SLOW_BRANCH, STAR_BRANCH) else 1.0 for b in cbr])
        bzh, ben, _ = BRANCHES[br]
        age = pick(AGES, [v[1] for v in AGES.values()])
        gender = pick(["female", "male"], [0.64, 0.36])
        ins = "medical_insurance" if rng.random() < INS_BY_AGE[age] else "self_pay"
        chw = [v[1] for v in CHANNELS.values()]
        if day.year == 2025 and day.month == 7:
            chw[1] *= 1.6                                        # 三伏贴 Douyin campaign
        ch = pick(CHANNELS, chw)
        if ch == "walk_in":
            t0 = clinic_time(day)
        lang = "en" if (city != "Chengdu" and rng.random() < 0.07) else "zh"
        phone_os = pick(["ios", "android"], [0.42, 0.58])
        comp = pick(COMPLAINT, [v[1] if gender == "female" else v[2] for v in COMPLAINT.values()])
        cust = dict(customer_id=cid, signup_at=t0, segment="prospect", region=CITIES[city][1], acquisition_channel=ch,
                    tier="", 获客渠道=CHANNELS[ch][0], city=city, 城市=CITIES[city][0], age_band=age, 年龄段=AGES[age][0],
                    gender=gender, 性别={"female": "女", "male": "男"}[gender], insurance_type=ins, 医保类型=INS[ins],
                    constitution="", 体质="", chief_complaint=comp, 主诉=COMPLAINT[comp][0], home_branch_id=br,
                    branch=bzh, branch_en=ben, phone_os=phone_os, language=lang, member_since="")
        customers.append(cust)
        bc = dict(branch_id=br, branch=bzh, branch_en=ben, city=city, 城市=CITIES[city][0])

        # ---- ad click / self-check
        t = t0
        p_book = {"selfcheck_tool": 0.70, "douyin_ads": 0.60, "dianping": 0.90, "referral": 0.95, "walk_in": 1.0}[ch]
        if ch == "douyin_ads":
            camp = "sanfu_tie_2025" if (day.year == 2025 and day.month == 7) else \
                CAMPAIGNS[1 + int(rng.integers(len(CAMPAIGNS) - 1))]
            ev(cid, t, "tp_ad_click", action="click", device=phone_os, channel="ads", campaign=camp, platform="douyin")
            t += D(minutes=float(rng.uniform(1, 20)))
        if ch == "selfcheck_tool" or (ch == "douyin_ads" and rng.random() < 0.35):
            done = False
            for attempt in range(3):
                ver = app_version(t)
                crash = rng.random() < (0.40 if (phone_os == "android" and ver == "4.6") else 0.04)
                ev(cid, t, "tp_selfcheck", action="fail" if crash else "complete", device=phone_os, channel="app",
                   app_version=ver, error_code="APP_CRASH" if crash else "", attempt=attempt + 1)
                if crash and attempt == 0 and rng.random() < (0.5 if ver == "4.6" else 0.1):
                    fb(cid, t + D(minutes=float(rng.uniform(5, 300))), "tp_selfcheck", "app_review", "crash", lang,
                       device=phone_os, app_version=ver,
                       platform="App Store" if phone_os == "ios" else "华为应用市场")
                if not crash:
                    done = True
                    if rng.random() < 0.07:
                        fb(cid, t + D(hours=float(rng.uniform(1, 30))), "tp_selfcheck", "app_review", "app_ok", lang,
                           device=phone_os, app_version=ver,
                           platform="App Store" if phone_os == "ios" else "华为应用市场")
                    break
                if rng.random() > 0.45:
                    break
                t += D(minutes=float(rng.uniform(2, 40)))
            if not done:
                p_book = 0.15
        if rng.random() >= p_book:
            continue

        # ---- booking
        if ch == "walk_in":
            tb, bch, dev = t + D(minutes=2), "store", ""
        else:
            if ch in ("selfcheck_tool", "douyin_ads"):
                tb = t + D(hours=lognorm(6, 1.0, 0.05, 140))
                bch = pick(["app", "mini_program", "phone"], [0.55, 0.35, 0.10])
            elif ch == "dianping":
                tb, bch = t + D(minutes=float(rng.uniform(1, 30))), "other"
            else:
                tb = t + D(hours=float(rng.uniform(0.1, 48)))
                bch = pick(["mini_program", "phone", "app"], [0.55, 0.30, 0.15])
            dev = phone_os if bch in ("app", "mini_program") else ""
        if tb > NEW_END + D(days=3):
            continue
        lv = pick(LEVELS, [0.45, 0.35, 0.20] if br == STAR_BRANCH else [0.28, 0.47, 0.25])
        doc = DOCS[br][lv]
        if br == NEW_BRANCH and lv == "resident" and tb >= NEW_FROM:
            doc = NEW_DOC
        dc = dict(doctor=doc[0], doctor_en=doc[1], doctor_level=lv, 医生级别=LEVELS[lv][0])
        if ch == "walk_in":
            appt = tb + D(minutes=5)
        else:
            lead = {"expert": (1.5, 10), "attending": (0.4, 4), "resident": (0.2, 3)}[lv]
            appt = clinic_time(tb + D(days=float(rng.uniform(*lead))))
            if appt < tb:
                appt = tb + D(hours=2)
        ev(cid, tb, "tp_booked", action="submit", device=dev, channel=bch, appointment_at=appt,
           booking_platform={"other": "美团/大众点评"}.get(bch, ""), **bc, **dc)
        cust["segment"] = "booked"
        if rng.random() < NOSHOW[ch] - (0.04 if lv == "expert" else 0):
            continue

        # ---- check-in, wait, consultation
        tc = max(appt - D(minutes=float(rng.uniform(0, 15))), tb + D(minutes=float(rng.uniform(1, 4))))
        if tc > END:
            continue
        ev(cid, tc, "tp_checkin", action="success", channel="store", registration="self_kiosk" if rng.random() < 0.5
           else "front_desk", **bc, **dc)
        fee = LEVELS[lv][1]
        cov = round(fee * 0.5, 2) if ins == "medical_insurance" else 0
        slow = br == SLOW_BRANCH and tc >= SLOW_FROM
        wait = lognorm(72 if slow else 17, 0.35 if slow else 0.45, 3, 240)
        walked = rng.random() < (0.15 if slow else 0.02)
        pay_kw = dict(payment_method=pick(["wechat_pay", "alipay", "insurance_card", "cash"], [0.45, 0.25, 0.2, 0.1])
                      if ins == "medical_insurance" else pick(["wechat_pay", "alipay", "cash"], [0.6, 0.3, 0.1]))
        order(cid, tc + D(minutes=1), fee, "refunded" if walked else "paid", "consultation", channel="store",
              insurance_type=ins, 医保类型=INS[ins], insurance_covered=cov, doctor_level=lv, 医生级别=LEVELS[lv][0],
              refunded_at=tc + D(minutes=wait) if walked else None, **bc, **pay_kw)
        if walked:
            if rng.random() < 0.5:
                fb(cid, tc + D(hours=float(rng.uniform(2, 30))), "tp_checkin", "survey", "wait", lang, **bc, **dc)
            continue
        tcon = tc + D(minutes=wait)
        const = pick(CONST, [v[1] for v in CONST.values()])
        cust["constitution"], cust["体质"] = const, CONST[const][0]
        ev(cid, tcon, "tp_consult", action="success", channel="store", constitution=const, 体质=CONST[const][0],
           pulse=PULSE[int(rng.integers(len(PULSE)))],
           tongue=TONGUE[int(rng.integers(len(TONGUE)))], chief_complaint=comp, 主诉=COMPLAINT[comp][0], **bc, **dc)
        cust["segment"] = "consulted"
        if rng.random() < (0.40 if (doc == STAR_DOC or (slow and wait > 45)) else 0.22):
            if slow and wait > 45 and rng.random() < 0.75:
                topic = "wait"
            elif wait > 60 and rng.random() < 0.5:
                topic = "wait"
            elif rng.random() < (0.75 if doc == STAR_DOC else 0.28):
                topic = "patient"
            else:
                topic = pick(["neutral", "service", "rx_ok"], [0.3, 0.4, 0.3])
            fb(cid, tcon + D(hours=float(rng.uniform(1, 24))), "tp_consult", "survey", topic, lang, **bc, **dc)

        # ---- prescription
        if rng.random() >= 0.94:
            continue
        trx = tcon + D(minutes=float(rng.uniform(8, 25)))
        rxw = RX_BY_COMPLAINT.get(comp, RX_BY_COMPLAINT["default"])
        if day.month == 7 or (day.month == 8 and day.day <= 15):
            rxw = [rxw[0], rxw[1], rxw[2] * 1.5, rxw[3] * 2.0 + 0.05, rxw[4]]
        rx = pick(RX, rxw)
        herbal = rx in ("decoction", "granules")
        qty = int(pick([7, 14], [0.6, 0.4])) if herbal else int(pick([5, 10], [0.5, 0.5]))
        rc = dict(rx_type=rx, 处方类型=RX[rx])
        ev(cid, trx, "tp_rx", action="success", channel="store", doses=qty if herbal else None,
           sessions=None if herbal else qty, **rc, **bc, **dc)
        cust["segment"] = "prescribed"

        # ---- payment
        p_pay = 0.94 if ins == "medical_insurance" else (0.80 - (0.05 if age == "18-29" else 0)
                                                         - (0.04 if lv == "expert" else 0))
        if rng.random() >= p_pay:
            if rng.random() < (0.35 if ins == "self_pay" else 0.10):
                fb(cid, trx + D(hours=float(rng.uniform(1, 48))), "tp_rx", "survey", "expensive", lang, **bc, **dc, **rc)
            elif rng.random() < 0.15:
                fb(cid, trx + D(hours=float(rng.uniform(1, 48))), "tp_rx", "survey", "rx_ok", lang, **bc, **dc, **rc)
            if rng.random() < 0.12:
                order(cid, trx + D(minutes=5), 0.0, "cancelled", "herbs" if herbal else "therapy", **rc, **bc,
                      insurance_type=ins, 医保类型=INS[ins], insurance_covered=0, quantity=qty)
            continue
        if rng.random() < 0.10:
            fb(cid, trx + D(hours=float(rng.uniform(1, 48))), "tp_rx", "survey",
               "expensive" if ins == "self_pay" and rng.random() < 0.5 else "rx_ok", lang, **bc, **dc, **rc)

        def course_price(rx, qty):
            if rx == "decoction":
                per = float(rng.uniform(38, 68)) * (1.25 if lv == "expert" else 1.0) + 3
            elif rx == "granules":
                per = float(rng.uniform(45, 80)) * (1.25 if lv == "expert" else 1.0)
            else:
                per = {"acupuncture": 150, "cupping": 90, "tuina": 180}[rx]
            return round(per * qty, 2)

        star = doc == STAR_DOC
        newdoc = doc == NEW_DOC
        cycle_t = trx
        renew_p = {"decoction": 0.40, "granules": 0.55, "acupuncture": 0.63, "cupping": 0.45, "tuina": 0.58}[rx]
        if star:
            renew_p = 0.84
        if newdoc:
            renew_p = 0.97
        for cycle in range(3):
            # pay (cycle 0 = tp_pay; later cycles are the renewal at the follow-up visit)
            pch = pick(["store", "app", "mini_program"], [0.6, 0.25, 0.15]) if cycle == 0 else "store"
            tpay = cycle_t + (D(minutes=float(rng.uniform(3, 30))) if pch == "store"
                              else D(hours=lognorm(2, 1.0, 0.1, 40)))
            if tpay > END:
                break
            amt = course_price(rx, qty)
            if cycle == 0:
                ev(cid, tpay, "tp_pay", action="success", channel=pch, device=phone_os if pch != "store" else "",
                   amount=amt, **rc, **bc, **dc, insurance_type=ins, 医保类型=INS[ins])
                cust["segment"] = "patient"
                cust["member_since"] = tpay.date().isoformat()
            else:
                ev(cid, tpay, "tp_renewal", action="success", channel="store", amount=amt, course_no=cycle + 1,
                   **rc, **bc, **dc)
                cust["segment"] = "renewed"
            late_period = city == LATE_CITY and LATE_FROM <= tpay <= LATE_TO
            fulfil = None
            if herbal:
                fulfil = "delivery" if rng.random() < (0.75 if rx == "decoction" else 0.5) else "pickup"
            late = False
            if fulfil == "delivery":
                dd = lognorm(3.5, 0.3, 1.5, 9) if late_period else lognorm(1.2, 0.35, 0.4, 4)
                late = dd > 3
            elif fulfil == "pickup":
                dd = float(rng.uniform(0.8, 2.5)) if rx == "decoction" else float(rng.uniform(0.05, 1.0))
            refunded = rng.random() < (0.20 if late else 0.02)
            courier = ("dada" if late_period else pick(["sf_express", "jd_logistics"], [0.7, 0.3])) \
                if fulfil == "delivery" else ""
            ocol = dict(**rc, **bc, insurance_type=ins, 医保类型=INS[ins], doctor_level=lv, 医生级别=LEVELS[lv][0],
                        fulfil=fulfil or "", 取药方式=FULFIL.get(fulfil, ""), quantity=qty, course_no=cycle + 1)
            o = order(cid, tpay, amt, "refunded" if refunded else "paid", "herbs" if herbal else "therapy",
                      insurance_covered=round(amt * (0.6 if herbal else 0.5), 2) if ins == "medical_insurance" else 0,
                      refunded_at=tpay + D(days=float(rng.uniform(3, 10))) if refunded else None, **ocol,
                      channel=pch, **pay_kw)
            if fulfil == "delivery":
                order(cid, tpay + D(minutes=1), 15.0, "paid", "delivery", linked_order_id=o["order_id"],
                      courier=courier, **bc, channel=pch, payment_method=pay_kw["payment_method"]
                      if pay_kw["payment_method"] != "insurance_card" else "wechat_pay")
            stop = END
            if herbal:
                tdis = tpay + D(days=dd)
                ev(cid, tdis, "tp_dispense", action="delivered" if fulfil == "delivery" else "picked_up",
                   channel="other" if fulfil == "delivery" else "store", fulfil=fulfil, 取药方式=FULFIL[fulfil],
                   courier=courier, **rc, **bc)
                if rng.random() < 0.25:
                    if late and rng.random() < 0.8:
                        topic = "late"
                    elif rx == "decoction" and rng.random() < 0.30:
                        topic = "bitter"
                    elif rx == "granules" and rng.random() < 0.04:
                        topic = "bitter"
                    else:
                        topic = pick(["deliv_ok", "neutral"], [0.7, 0.3])
                    fb(cid, tdis + D(hours=float(rng.uniform(1, 30))), "tp_dispense", "survey", topic, lang,
                       **rc, **bc, courier=courier)
                if late and rng.random() < 0.3:
                    fb(cid, tpay + D(days=float(rng.uniform(2, 3))), "tp_dispense", "ticket", "late", lang,
                       rating=False, undated_p=0.08, **rc, **bc, courier=courier)
                base_t = tdis
            else:
                k = 0
                ts_ = tpay + D(days=float(rng.uniform(0.5, 3)))
                for s in range(qty):
                    if rng.random() < 0.88:
                        ev(cid, clinic_time(ts_), "tp_therapy", action="success", channel="store", session_no=s + 1,
                           **rc, **bc, **dc)
                        k += 1
                    ts_ += D(days=float(rng.uniform(2, 4)))
                base_t = tpay + D(days=float(rng.uniform(2, 6)))
            # call back ~2 weeks after paying
            if cycle == 0 and rng.random() < 0.55:
                tcb = clinic_time(tpay + D(days=float(rng.uniform(10, 16))), 10, 18)
                reached = rng.random() < 0.8
                ev(cid, tcb, "tp_callback", action="reached" if reached else "no_answer", channel="phone",
                   agent=f"KF{int(rng.integers(1, 16)):02d}", **bc)
                if reached and rng.random() < 0.45:
                    r = rng.random()
                    if rx == "decoction" and r < 0.3:
                        topic = "bitter"
                    elif late and r < 0.6:
                        topic = "late"
                    else:
                        topic = pick(["effect", "noeffect", "neutral"], [0.5, 0.25, 0.25])
                    nps = int(np.clip(rng.normal({"pos": 9, "neu": 7, "neg": 4}[SENT[topic]], 1.2), 0, 10))
                    fb(cid, tcb + D(minutes=8), "tp_callback", "call_note", topic, lang, rating=False, nps=nps,
                       undated_p=0.05, **rc, **bc, **dc)
            # follow-up booking and visit
            p_fb = 0.74 - (0.10 if rx == "decoction" else 0) - (0.12 if late else 0) + (0.15 if star else 0) \
                - (0.08 if (br == SLOW_BRANCH and tpay >= SLOW_FROM) else 0) - 0.12 * cycle
            if newdoc:
                p_fb = 0.97
            if rng.random() >= p_fb:
                if rng.random() < 0.12:
                    topic = "noeffect" if rng.random() < 0.5 else ("bitter" if rx == "decoction" else "expensive")
                    fb(cid, base_t + D(days=float(rng.uniform(5, 15))), "tp_followup_booked", "ticket", topic, lang,
                       rating=False, undated_p=0.08, **rc, **bc, **dc)
                break
            tfb = base_t + D(days=float(rng.uniform(3, 9)))
            fbch = pick(["mini_program", "app", "phone"], [0.5, 0.3, 0.2])
            fu = clinic_time(tfb + D(days=float(rng.uniform(1, 6))))
            if tfb > END:
                break
            ev(cid, tfb, "tp_followup_booked", action="submit", channel=fbch, device=phone_os if fbch != "phone" else "",
               appointment_at=fu, visit_no=cycle + 2, **bc, **dc)
            if rng.random() >= (0.97 if newdoc else 0.87) or fu > END:
                continue_flag = False
            else:
                continue_flag = True
            if not continue_flag:
                break
            ev(cid, fu, "tp_followup", action="success", channel="store", visit_no=cycle + 2, **rc, **bc, **dc)
            rp = renew_p * (0.7 if late else 1.0) * (0.85 ** cycle)
            renews = rng.random() < rp
            if rng.random() < 0.30:
                if renews:
                    topic = "patient" if rng.random() < (0.6 if star else 0.25) else "effect"
                else:
                    r = rng.random()
                    topic = "noeffect" if r < 0.5 else ("bitter" if (rx == "decoction" and r < 0.75) else
                                                        ("expensive" if ins == "self_pay" and r < 0.9 else "neutral"))
                fb(cid, fu + D(hours=float(rng.uniform(1, 24))), "tp_followup", "survey", topic, lang, **rc, **bc, **dc)
            if not renews:
                break
            cycle_t = fu + D(minutes=float(rng.uniform(5, 20)))

    # 大众点评 / 美团 reviews, a fifth undated (scraped without a date)
    seen = [c for c in customers if c["segment"] not in ("prospect", "booked")]
    for j in rng.choice(len(seen), size=320, replace=False):
        c = seen[int(j)]
        b = c["home_branch_id"]
        lv = pick(LEVELS, [0.4, 0.4, 0.2])
        d = DOCS[b][lv]
        if b == STAR_BRANCH and rng.random() < 0.5:
            d, lv = STAR_DOC, "expert"
        t = c["signup_at"] + D(days=float(rng.uniform(3, 40)))
        if t > END:
            continue
        slow = b == SLOW_BRANCH and t >= SLOW_FROM
        r = rng.random()
        if slow and r < 0.5:
            topic, tp_ = "wait", "tp_consult"
        elif r < 0.30:
            topic, tp_ = ("patient" if (d == STAR_DOC or rng.random() < 0.5) else "effect"), "tp_consult"
        elif r < 0.45:
            topic, tp_ = "expensive", "tp_pay"
        elif r < 0.55:
            topic, tp_ = "wait", "tp_checkin"
        elif r < 0.80:
            topic, tp_ = "service", "tp_checkin"
        else:
            topic, tp_ = "effect", None
        cz = CITIES[BRANCHES[b][2]][0]
        fb(c["customer_id"], t, tp_, "review", topic, c["language"], undated_p=0.2, branch_id=b, branch=BRANCHES[b][0],
           branch_en=BRANCHES[b][1], city=BRANCHES[b][2], 城市=cz, doctor=d[0], doctor_en=d[1], doctor_level=lv,
           医生级别=LEVELS[lv][0], platform=pick(["大众点评", "美团"], [0.7, 0.3]))

    # membership tier by paid spend
    spend = {}
    for o in orders:
        if o["status"] == "paid":
            spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + o["amount"]
    for c in customers:
        s = spend.get(c["customer_id"], 0)
        c["tier"] = "" if s == 0 else ("gold" if s >= 3000 else ("silver" if s >= 1200 else "standard"))

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
