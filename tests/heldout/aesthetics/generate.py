"""美妍 Glow Clinic: a chain of medical-aesthetics clinics (医美: laser & light, injectables, skin care) in Shanghai,
Shenzhen and Chengdu. Prospects click an ad / leave an inquiry (小红书, 美团, 抖音, 老客推荐), chat with an online
consultant, come in for a consultation with a doctor (面诊), get a treatment plan, pay a deposit, do their treatment
session(s), come back for a follow-up visit (复诊) and (some) buy another course card (次卡) / annual card later.
2024-07-01 .. 2026-05-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md, plus the generator's
truth for the feedback comments (topic, sentiment) in OUTDIR/_truth/ (not a DATA.md table; gold.py only).
Deterministic (fixed seed), plain Python + numpy, about a second. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261203
START = datetime(2024, 7, 1)
END = datetime(2026, 5, 31, 21, 30, 0)
D = timedelta
N_BASE = 4700
N_DY_LIVE = 260                                                       # extra Douyin leads from the live-stream deal
N_CD_PROMO = 230                                                      # extra Chengdu skin-booster leads (水光季)
CD_PROMO = (datetime(2026, 1, 5), datetime(2026, 3, 8, 22, 0))        # Chengdu "水光季" promotion
DY_LIVE = (datetime(2025, 9, 8), datetime(2025, 9, 21, 23, 0))        # 抖音直播 "199元水光体验", two weeks
SZ_PUSH = datetime(2025, 10, 1)       # Shenzhen: consultants get a card-sales KPI (推卡) from this date
SH_DOC_LEFT = datetime(2025, 11, 15)  # Shanghai: Dr. Li (D02) leaves; treatment appointments back up
CD_BATCH = (datetime(2026, 2, 1), datetime(2026, 3, 31, 23, 59))     # Chengdu: new skin-booster supplier batch
D09_START = datetime(2026, 3, 16)     # Chengdu hires Dr. Zhou (D09)

CLINICS = [  # id, city, city_zh, region, name_zh, name_en, weight, en-speaking share, ios share
    ("SH01", "Shanghai", "上海", "华东", "上海静安店", "Shanghai Jing'an", 0.40, 0.12, 0.66),
    ("SZ01", "Shenzhen", "深圳", "华南", "深圳南山店", "Shenzhen Nanshan", 0.33, 0.08, 0.55),
    ("CD01", "Chengdu", "成都", "西南", "成都太古里店", "Chengdu Taikoo Li", 0.27, 0.03, 0.48),
]
CL = {c[0]: c for c in CLINICS}
DOCTORS = {  # id: clinic, zh, en, mean treatment rating, share of that clinic's patients, from, until
    "D01": ("SH01", "王医生", "Dr. Wang", 4.15, 0.34, None, None),
    "D02": ("SH01", "李医生", "Dr. Li", 4.25, 0.33, None, SH_DOC_LEFT),
    "D03": ("SH01", "陈医生", "Dr. Chen", 4.1, 0.33, None, None),
    "D04": ("SZ01", "张医生", "Dr. Zhang", 3.35, 0.33, None, None),
    "D05": ("SZ01", "刘医生", "Dr. Liu", 4.95, 0.33, None, None),
    "D06": ("SZ01", "黄医生", "Dr. Huang", 4.1, 0.34, None, None),
    "D07": ("CD01", "杨医生", "Dr. Yang", 4.1, 0.48, None, None),
    "D08": ("CD01", "赵医生", "Dr. Zhao", 4.15, 0.48, None, None),
    "D09": ("CD01", "周医生", "Dr. Zhou", 5.0, 0.55, D09_START, None),
}
NURSES = {"SH01": ["小雨", "小敏", "阿珍"], "SZ01": ["小林", "小美", "阿芳"], "CD01": ["小唐", "小月", "阿琳"]}
SOURCES = ["xiaohongshu", "meituan", "douyin", "referral"]
SOURCE_ZH = {"xiaohongshu": "小红书", "meituan": "美团", "douyin": "抖音", "referral": "老客推荐"}
SOURCE_W = [0.33, 0.25, 0.27, 0.15]
P_ONLINE = {"xiaohongshu": 0.72, "meituan": 0.62, "douyin": 0.55, "referral": 0.86}
P_CLINIC = {"xiaohongshu": 0.60, "meituan": 0.74, "douyin": 0.38, "referral": 0.86}
P_DEPOSIT = {"xiaohongshu": 0.60, "meituan": 0.62, "douyin": 0.46, "referral": 0.80}
P_REPURCHASE = {"xiaohongshu": 0.30, "meituan": 0.16, "douyin": 0.22, "referral": 0.48}
CATS = ["光电", "注射", "皮肤管理"]
CAT_EN = {"光电": "laser", "注射": "injectables", "皮肤管理": "skincare"}
CAT_W = {"xiaohongshu": [0.40, 0.32, 0.28], "meituan": [0.20, 0.15, 0.65], "douyin": [0.25, 0.50, 0.25],
         "referral": [0.40, 0.35, 0.25]}
PROJECTS = {  # id: zh, en, category, single price, (course sessions, course price) or None, interval days, deposit
    "IPL": ("光子嫩肤", "IPL photofacial", "光电", 1280, (5, 4980), 28, 500),
    "PICO": ("超皮秒", "Picosecond laser", "光电", 2980, (3, 7800), 35, 1000),
    "THERMAGE": ("热玛吉", "Thermage", "光电", 12800, None, 0, 2000),
    "HA": ("玻尿酸填充", "Hyaluronic acid filler", "注射", 6800, None, 0, 2000),
    "BOTOX": ("肉毒素", "Botox", "注射", 2980, None, 0, 1000),
    "BOOSTER": ("水光针", "Skin booster", "注射", 1680, (3, 4500), 28, 500),
    "HYDRA": ("小气泡清洁", "HydraFacial", "皮肤管理", 298, (10, 2380), 14, 100),
    "PEEL": ("果酸焕肤", "Chemical peel", "皮肤管理", 480, (6, 2380), 21, 100),
}
PROJ_W = {"光电": (["IPL", "PICO", "THERMAGE"], [0.50, 0.36, 0.14]),
          "注射": (["HA", "BOTOX", "BOOSTER"], [0.25, 0.30, 0.45]),
          "皮肤管理": (["HYDRA", "PEEL"], [0.60, 0.40])}
ANNUAL = {"光电": 19800, "皮肤管理": 6800}   # annual cards (IPL/PICO; HYDRA/PEEL), sessions every interval for a year
PKG_ZH = {"single": "单次", "course_card": "次卡", "annual_card": "年卡"}
SKINS = ["oily", "dry", "combination", "sensitive"]
SKIN_ZH = {"oily": "油性", "dry": "干性", "combination": "混合性", "sensitive": "敏感性"}
SKIN_W = [0.27, 0.20, 0.36, 0.17]
AGES = ["18-24", "25-30", "31-35", "36-45", "46+"]
AGE_W = [0.18, 0.34, 0.24, 0.17, 0.07]
TIER_ZH = {"standard": "普通会员", "silver": "银卡", "gold": "金卡", "black": "黑金卡"}
PAY = ["wechat_pay", "alipay", "bank_card", "meituan_coupon"]
MONTH_W = {1: 0.9, 2: 0.7, 3: 1.0, 4: 1.0, 5: 1.0, 6: 0.9, 7: 0.8, 8: 0.8, 9: 1.0, 10: 1.15, 11: 1.35, 12: 1.1}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad_click", "广告点击/留资", "Ad click / inquiry", "awareness", "ads", "digital", "市场部",
     "广告|点广告|留资|询价|种草|团购|线索|ad click|lead|inquiry|enquiry|first contact"),
    ("tp_online_consult", "线上咨询", "Online consultation", "consideration", "app", "digital", "网络咨询部",
     "线上咨询|在线咨询|网咨|私信|微信咨询|online consultation|online chat|chat consult"),
    ("tp_clinic_consult", "到院面诊", "In-clinic consultation", "consideration", "store", "physical", "医务部",
     "面诊|到院|到店|医生面诊|看诊|in-clinic consultation|doctor consultation|clinic visit|face-to-face consult"),
    ("tp_plan", "治疗方案", "Treatment plan", "consideration", "store", "physical", "医务部",
     "方案|出方案|治疗方案|定方案|treatment plan|plan|quote"),
    ("tp_deposit", "交定金", "Deposit paid", "purchase", "store", "physical", "咨询部",
     "定金|下定|预约金|交定金|付定金|deposit|booking deposit"),
    ("tp_treatment", "治疗", "Treatment session", "service", "store", "physical", "医务部",
     "治疗|做项目|打针|做光电|操作|术中|treatment|session|procedure"),
    ("tp_followup", "复诊", "Follow-up visit", "service", "store", "physical", "医务部",
     "复诊|术后复查|复查|回访复诊|follow-up|follow up visit|check-up|review visit"),
    ("tp_repurchase", "复购次卡", "Card repurchase", "loyalty", "store", "physical", "咨询部",
     "复购|续卡|再买卡|办卡|回购|repurchase|renewal|buy another card|repeat purchase"),
    ("tp_refund", "退款申请", "Refund request", "service", "mini_program", "digital", "客服部",
     "退款|退卡|退定金|refund|card refund|money back"),
    ("tp_complaint", "客诉", "Complaint", "service", "phone", "digital", "客服部",
     "投诉|客诉|工单|维权|complaint|ticket|escalation"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("lead_to_consult", "获客到面诊", "Lead to consultation", 30, ["tp_ad_click", "tp_online_consult",
                                                                   "tp_clinic_consult"]),
    ("consult_to_deposit", "面诊到下定", "Consultation to deposit", 14, ["tp_clinic_consult", "tp_plan",
                                                                       "tp_deposit"]),
    ("treatment_followup", "治疗到复诊", "Treatment to follow-up", 30, ["tp_treatment", "tp_followup"]),
    ("repurchase", "复购", "Repurchase", 180, ["tp_treatment", "tp_repurchase"]),
]

TOPICS = {  # topic: sentiment, zh templates, en templates (markers per topic are checked in gold.py)
    "pain": ("neg", [
        "做{proj}的时候太疼了，敷了麻药还是疼得受不了",
        "{doc}下手太重了，全程很疼，做完脸又红又肿",
        "疼到哭，说好的不怎么疼呢？下次不敢再做{proj}了",
        "麻药时间太短，打的时候疼得我直冒冷汗",
        "很疼，操作的时候也没人提醒，体验很差",
    ], [
        "The {proj_en} was really painful, the numbing cream did nothing.",
        "{doc_en} was rough, it was painful the whole time.",
        "Way more painful than they told me it would be.",
    ]),
    "no_result": ("neg", [
        "做了{n}次{proj}了，完全看不到效果，感觉白花钱",
        "没效果，斑还是那些斑，咨询的时候说得天花乱坠",
        "团购做了一次，说实话没效果，不会再来了",
        "一个月过去了还是看不到效果，问医生只说要多做几次",
        "钱花了，看不到效果，有点后悔",
    ], [
        "No visible results after {n} sessions of {proj_en}, honestly feels like a waste of money.",
        "I can't see any results at all, the doctor just says I need more sessions.",
        "Did the deal once, no visible results.",
    ]),
    "upsell_pressure": ("neg", [
        "面诊的时候一直推销年卡，不办卡就不给好脸色",
        "本来只想做个{proj}，被推销了一个多小时，最后被说服办了卡，现在很后悔",
        "咨询师推销太狠了，一直说今天办卡才有优惠",
        "推销太多了，医生还没说几句话，咨询师就开始推卡",
        "每次来都被推销新项目，真的很烦",
    ], [
        "Way too much upselling - they spent an hour pushing an annual card on me.",
        "I came for a simple {proj_en} and got a hard sell for packages. Very pushy.",
        "The consultant was pushy about buying a card today 'for the discount'.",
    ]),
    "wait_time": ("neg", [
        "约了下午两点，结果排队等了{mins}分钟才轮到我",
        "现在约治疗要排两三周，等太久了",
        "每次来都要排队等很久，预约了跟没预约一样",
        "前台说医生在忙，等了快一个小时",
        "交了定金排了半个月才约上，等得心都凉了",
    ], [
        "Had an appointment but still waited {mins} minutes in the lobby.",
        "The wait to get a treatment slot is now almost three weeks.",
        "Long wait every single time, appointments mean nothing here.",
    ]),
    "allergy": ("neg", [
        "打完{proj}第二天脸上起了一片红疹，过敏了，痒得睡不着",
        "做完过敏了，脸又红又肿，去复诊医生说是个体差异",
        "皮肤过敏反应很严重，起了好多小疙瘩，要求给个说法",
        "水光打完过敏，现在还在吃抗过敏药",
    ], [
        "Allergic reaction after the {proj_en}: red bumps all over my cheeks for a week.",
        "I had an allergic reaction the next day, face swollen and itchy.",
    ]),
    "friendly_nurse": ("pos", [
        "护士{nurse}特别温柔，全程一直安慰我",
        "护士小姐姐很细心，术后注意事项讲得很清楚",
        "护士服务态度很好，还会提醒我涂修复霜",
        "给护士{nurse}点赞，很耐心",
    ], [
        "Nurse {nurse} was so kind and gentle, made me feel at ease.",
        "The nurses were lovely and explained the aftercare clearly.",
    ]),
    "good_result": ("pos", [
        "做完{proj}皮肤亮了好多，效果很明显，朋友都说气色好",
        "效果超出预期，斑淡了很多，会继续做",
        "{doc}技术很好，效果很自然",
        "第{n}次做完，毛孔细了不少，值了",
    ], [
        "Great result from the {proj_en}, my skin looks so much brighter.",
        "{doc_en} did a beautiful job, very natural look.",
        "Really happy with how my skin looks now.",
    ]),
    "doctor_professional": ("pos", [
        "{doc}面诊很专业，讲得很细，没有乱推项目",
        "医生很专业，根据我的肤质调整了方案",
        "面诊讲解很清楚，医生很有耐心",
    ], [
        "{doc_en} was very professional and explained everything carefully.",
        "The consultation was thorough and honest, no hard sell.",
    ]),
    "price": ("neg", [
        "价格比别家贵不少，{proj}要{price}，有点下不去手",
        "定价太高了，团购价和到院价差太多",
        "价格不透明，到院后报价比线上高",
    ], [
        "Prices are quite a bit higher than other clinics.",
        "The in-clinic price was higher than what the online consultant quoted.",
    ]),
    "refund_slow": ("neg", [
        "申请退卡两周了还没退款，客服一直拖",
        "退定金的流程太麻烦，来回跑了三次",
        "冷静下来想退卡，结果要扣一大笔手续费",
    ], [
        "Requested a card refund two weeks ago, still no money back.",
        "Getting my deposit back was a nightmare, three calls and nothing yet.",
    ]),
    "reply_slow": ("neg", [
        "线上咨询回复太慢了，问个价格半天才回",
        "网上客服回复慢，问了三遍都没回",
    ], [
        "The online chat replies were slow, took hours to answer a simple question.",
    ]),
    "consultant_good": ("pos", [
        "线上客服很耐心，帮我约好了面诊时间",
        "网咨小姐姐解答得很详细，推荐得也合适",
    ], [
        "The online consultant was helpful and booked my consultation quickly.",
    ]),
    "neutral": ("neu", [
        "整体还行，中规中矩",
        "体验一般，没什么特别的",
        "还可以，再观察一段时间看看",
        "环境不错，效果还要再看看",
    ], [
        "It was ok, nothing special.",
        "Decent experience overall, let's see how it goes.",
    ]),
}


class Gen:
    def __init__(self):
        self.rng = np.random.default_rng(SEED)
        self.customers, self.events, self.orders, self.feedback, self.truth = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = 0

    # ---------- helpers
    def r(self):
        return float(self.rng.random())

    def choice(self, items, w=None):
        if w is not None:
            w = np.asarray(w, dtype=float)
            w = w / w.sum()
        return items[int(self.rng.choice(len(items), p=w))]

    def clinic_time(self, day: datetime, lo=10, hi=20) -> datetime:
        base = datetime(day.year, day.month, day.day)
        return base + D(hours=lo) + D(seconds=int(self.rng.integers(0, (hi - lo) * 3600)))

    def online_time(self, t: datetime) -> datetime:
        return t

    def event(self, c, ts, tp, action="view", channel=None, device=None, **extra):
        if ts > END:
            return None
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:06d}", customer_id=c["customer_id"], ts=ts, touchpoint_id=tp,
                   session_id=f"S{self.n_ev:06d}" if device else "", action=action, device=device or "",
                   channel=channel or "", clinic_id=c["clinic_id"])
        row.update(extra)
        self.events.append(row)
        return row

    def order(self, c, ts, amount, order_type, status="paid", **extra):
        if ts > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts, amount=round(amount, 2),
                   status=status, order_type=order_type, clinic_id=c["clinic_id"], city=c["city"],
                   city_zh=c["city_zh"])
        row.update(extra)
        self.orders.append(row)
        return row

    def text(self, topic, lang, **kw):
        sent, zh, en = TOPICS[topic]
        tpl = self.choice(en if lang == "en" else zh)
        return tpl.format(**kw), sent

    def fb(self, ts, topic, lang, channel, tp, c=None, rating=None, nps=None, doctor="", **kw):
        if ts is not None and ts > END:
            return None
        text, sent = self.text(topic, lang, **kw)
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        self.feedback.append(dict(feedback_id=fid, text=text, ts=ts, customer_id=c["customer_id"] if c else "",
                                  touchpoint_id=tp, channel=channel, rating=rating, nps=nps,
                                  clinic_id=kw.get("clinic") or (c["clinic_id"] if c else ""), doctor_id=doctor,
                                  language=lang))
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))
        return fid

    def rating_for(self, topic):
        s = TOPICS[topic][0]
        if s == "pos":
            return int(self.choice([4, 5], [0.3, 0.7]))
        if s == "neu":
            return int(self.choice([3, 4], [0.6, 0.4]))
        return int(self.choice([1, 2, 3], [0.35, 0.45, 0.2]))

    def nps_for(self, rating):
        lo, hi = {5: (9, 10), 4: (7, 9), 3: (5, 7), 2: (1, 5), 1: (0, 3)}[rating]
        return int(self.rng.integers(lo, hi + 1))

    # ---------- customers
    def lead_time(self, campaign) -> datetime:
        if campaign:
            lo, hi = DY_LIVE if campaign == "dy" else CD_PROMO
            return lo + D(seconds=int(self.r() * (hi - lo).total_seconds()))
        while True:
            t = START + D(seconds=int(self.r() * (END - START).total_seconds()))
            growth = 0.85 + 0.3 * (t - START).days / (END - START).days
            if self.r() < MONTH_W[t.month] * growth / 1.6:
                return t

    def new_customer(self, i, campaign=None):
        cl = self.choice(CLINICS, [c[6] for c in CLINICS]) if campaign != "cd" else CL["CD01"]
        src = "douyin" if campaign == "dy" else self.choice(SOURCES, SOURCE_W)
        t0 = self.lead_time(campaign)
        t0 = datetime(t0.year, t0.month, t0.day) + D(hours=9) + D(seconds=int(self.rng.integers(0, 14 * 3600)))
        age = self.choice(AGES, AGE_W)
        cat = "注射" if campaign else self.choice(CATS, CAT_W[src])
        if age in ("36-45", "46+") and cat == "皮肤管理" and self.r() < 0.5:
            cat = "光电"
        projs, pw = PROJ_W[cat]
        proj = "BOOSTER" if campaign else self.choice(projs, pw)
        if proj == "THERMAGE" and age in ("18-24",):
            proj = "IPL"
        lang = "en" if self.r() < cl[7] else "zh"
        dev = "ios" if self.r() < cl[8] else "android"
        return dict(customer_id=f"C{i:05d}", signup_at=t0, segment="lead", region=cl[3], acquisition_channel=src,
                    source_zh=SOURCE_ZH[src], tier="standard", tier_zh=TIER_ZH["standard"], city=cl[1],
                    city_zh=cl[2], clinic_id=cl[0], age_band=age, gender="F" if self.r() < 0.88 else "M",
                    skin_type=(sk := self.choice(SKINS, SKIN_W)), skin_type_zh=SKIN_ZH[sk], treatment_category=cat,
                    treatment_category_en=CAT_EN[cat], doctor_id="", package_type="", package_type_zh="",
                    primary_device=dev, language=lang, wechat_bound="true" if self.r() < 0.8 else "false",
                    _proj=proj, _campaign=campaign)

    def pick_doctor(self, c, t):
        ids = [d for d, v in DOCTORS.items() if v[0] == c["clinic_id"] and (v[5] is None or t >= v[5])
               and (v[6] is None or t < v[6])]
        return self.choice(ids, [DOCTORS[d][4] for d in ids])

    # ---------- one customer's journey
    def run(self, c):
        src, cl, proj = c["acquisition_channel"], c["clinic_id"], c["_proj"]
        lang, dev = c["language"], c["primary_device"]
        pz, pe, cat, single, course, interval, dep = PROJECTS[proj]
        cat_cols = dict(treatment_category=cat, treatment_category_en=CAT_EN[cat], project=pz, project_en=pe)
        t = c["signup_at"]
        campaign_id = {"dy": "DY_LIVE_199", "cd": "CD_BOOSTER_SEASON"}.get(c["_campaign"]) or \
            ("MT_GROUPBUY" if src == "meituan" else "")
        self.event(c, t, "tp_ad_click", "click", src, dev, campaign_id=campaign_id, **cat_cols)
        # online consultation
        p_on = P_ONLINE[src] * (0.85 if c["_campaign"] == "dy" else 1.0)
        went_online = self.r() < p_on
        if went_online:
            t = t + D(minutes=int(self.rng.integers(3, 60))) + D(days=int(self.choice([0, 0, 0, 1, 2, 3, 5])))
            self.event(c, t, "tp_online_consult", "submit", self.choice(["wechat", "app"], [0.7, 0.3]), dev,
                       consultant_id=f"OC{int(self.rng.integers(1, 9)):02d}", **cat_cols)
            if self.r() < 0.12:
                top = "reply_slow" if self.r() < 0.62 else ("consultant_good" if self.r() < 0.7 else "neutral")
                rt = self.rating_for(top)
                self.fb(t + D(hours=2), top, lang, "chat_rating", "tp_online_consult", c, rating=rt)
            p_cl = P_CLINIC[src] * (0.6 if c["_campaign"] == "dy" else 1.0)
            if self.r() >= p_cl:
                return
        else:
            if not (src == "meituan" and self.r() < 0.30):  # Meituan group-buy customers may walk straight in
                return
        # in-clinic consultation (mostly within 30 days)
        gap = float(self.rng.lognormal(np.log(6), 0.8))
        if self.r() < 0.06:
            gap += 30
        t = self.clinic_time(t + D(days=max(1.0, gap)))
        doc = self.pick_doctor(c, t)
        c["doctor_id"] = doc
        wait = self.wait_minutes(cl, t)
        if self.event(c, t, "tp_clinic_consult", "visit", "store", None, doctor_id=doc, wait_minutes=wait,
                      **cat_cols) is None:
            return
        c["segment"] = "consulted"
        push = cl == "SZ01" and t >= SZ_PUSH
        self.consult_feedback(c, t, doc, push, wait, proj)
        if self.r() > 0.93:
            return
        t = t + D(minutes=int(self.rng.integers(20, 70)))
        # package offered in the plan
        pkg = "single"
        if course or cat in ANNUAL:
            p_course, p_annual = (0.50, 0.22) if push else (0.40, 0.07)
            if proj in ("IPL", "PICO", "HYDRA", "PEEL"):
                u = self.r()
                pkg = "annual_card" if u < p_annual else ("course_card" if u < p_annual + p_course else "single")
            elif course:
                pkg = "course_card" if self.r() < (0.75 if c["_campaign"] == "cd" else p_course) else "single"
        if pkg == "annual_card":
            price = ANNUAL[cat]
        elif pkg == "course_card":
            price = course[1]
        else:
            price = single
        price = price * float(self.choice([1.0, 0.9, 0.8], [0.6, 0.3, 0.1]))
        self.event(c, t, "tp_plan", "submit", "store", None, doctor_id=doc, package_type=pkg,
                   package_type_zh=PKG_ZH[pkg], plan_amount=round(price, 2), **cat_cols)
        p_dep = P_DEPOSIT[src] * (0.75 if c["_campaign"] == "dy" else 1.0) + (0.05 if push else 0.0)
        if self.r() >= p_dep:
            return
        t = t + D(minutes=int(self.rng.integers(10, 40))) if self.r() < 0.55 else \
            self.clinic_time(t + D(days=int(self.rng.integers(1, 13))))
        if self.r() < 0.03:  # an unpaid deposit order cancelled at the till
            self.order(c, t - D(minutes=5), dep, "deposit", "cancelled", **self.ocols(c, doc, pkg, cat_cols, "store"))
        dep_order = self.order(c, t, dep, "deposit", **self.ocols(c, doc, pkg, cat_cols, "store"))
        if dep_order is None:
            return
        c["segment"] = "booked"
        c["package_type"], c["package_type_zh"] = pkg, PKG_ZH[pkg]
        self.event(c, t, "tp_deposit", "success", "store", None, doctor_id=doc, package_type=pkg,
                   package_type_zh=PKG_ZH[pkg], **cat_cols)
        # wait for the first treatment slot
        backlog = cl == "SH01" and t >= SH_DOC_LEFT
        med = 15.0 if backlog else 5.0
        delay = float(self.rng.lognormal(np.log(med), 0.45))
        p_drop = 0.16 if backlog else 0.05
        if self.r() < p_drop:
            tr = self.clinic_time(t + D(days=int(self.rng.integers(3, 25))), 9, 22)
            if tr <= END:
                dep_order["status"] = "refunded"
                dep_order["refunded_at"] = tr
                dep_order["refund_reason"] = "等待时间太长" if backlog else self.choice(["个人原因", "改变主意", "时间冲突"])
                self.event(c, tr, "tp_refund", "submit", "mini_program", dev, refund_type="deposit")
                if self.r() < 0.35:
                    top = "wait_time" if backlog else "refund_slow"
                    self.fb(tr + D(hours=3), top, lang, "wechat_cs", "tp_refund", c, mins=int(wait))
            return
        t1 = self.clinic_time(t + D(days=max(1.0, delay)))
        if t1 > END:
            return
        doc1 = doc if DOCTORS[doc][6] is None or t1 < DOCTORS[doc][6] else self.pick_doctor(c, t1)
        bal = max(0.0, price - dep)
        otype = "treatment" if pkg == "single" else "card"
        bal_order = self.order(c, t1, bal, otype, **self.ocols(c, doc1, pkg, cat_cols, "store"))
        bal_order["list_price"] = round(price, 2)
        self.treatments(c, t1, doc1, proj, pkg, bal_order, push, cycle=1)

    def ocols(self, c, doc, pkg, cat_cols, channel):
        pay = "meituan_coupon" if c["acquisition_channel"] == "meituan" and self.r() < 0.5 else \
            self.choice(PAY[:3], [0.55, 0.35, 0.10])
        return dict(channel=channel, device="", doctor_id=doc, package_type=pkg, package_type_zh=PKG_ZH[pkg],
                    payment_method=pay, **cat_cols)

    def wait_minutes(self, cl, t):
        med = 12.0
        if cl == "SH01" and t >= SH_DOC_LEFT:
            med = 32.0
        if t.weekday() >= 5:
            med *= 1.4
        return int(round(float(self.rng.lognormal(np.log(med), 0.45))))

    def consult_feedback(self, c, t, doc, push, wait, proj):
        if self.r() >= 0.28:
            return
        lang = c["language"]
        backlog = c["clinic_id"] == "SH01" and t >= SH_DOC_LEFT
        w = {"upsell_pressure": 0.75 if push else 0.07, "doctor_professional": 0.30, "price": 0.12,
             "wait_time": 0.25 if (backlog and wait > 30) else 0.05, "neutral": 0.18}
        top = self.choice(list(w), list(w.values()))
        pz, pe = PROJECTS[proj][0], PROJECTS[proj][1]
        rt = self.rating_for(top)
        self.fb(t + D(hours=int(self.rng.integers(2, 30))), top, lang, "survey", "tp_clinic_consult", c, rating=rt,
                doctor=doc, doc=DOCTORS[doc][1], doc_en=DOCTORS[doc][2], proj=pz, proj_en=pe,
                price=PROJECTS[proj][3], mins=wait)
        if top == "upsell_pressure" and push and self.r() < 0.3:
            self.fb(t + D(days=int(self.rng.integers(1, 6))), "upsell_pressure", lang, "wechat_cs",
                    "tp_clinic_consult", c, proj=pz, proj_en=pe)
            self.event(c, t + D(days=1, hours=2), "tp_complaint", "submit", "phone", None,
                       complaint_topic="upsell_pressure")

    def treatments(self, c, t1, doc, proj, pkg, card_order, push, cycle):
        pz, pe, cat, single, course, interval, dep = PROJECTS[proj]
        cat_cols = dict(treatment_category=cat, treatment_category_en=CAT_EN[cat], project=pz, project_en=pe)
        n_total = 1 if pkg == "single" else (course[0] if pkg == "course_card" else 365 // max(interval, 14))
        lang, cl, src = c["language"], c["clinic_id"], c["acquisition_channel"]
        c["segment"] = "treated" if cycle == 1 else "repeat"
        t, last, n_done = t1, None, 0
        refund_after = None
        if pkg != "single" and cycle == 1:
            p_ref = 0.22 if push else 0.035
            if self.r() < p_ref:
                refund_after = 1 if self.r() < 0.7 else 2
        for k in range(1, n_total + 1):
            if k > 1:
                t = self.clinic_time(t + D(days=float(interval + self.rng.integers(-4, 9))))
                if DOCTORS[doc][6] is not None and t >= DOCTORS[doc][6]:
                    doc = self.pick_doctor(c, t)
            if t > END:
                break
            allergy = (proj == "BOOSTER" and cl == "CD01" and CD_BATCH[0] <= t <= CD_BATCH[1] and self.r() < 0.45) \
                or self.r() < (0.05 if c["skin_type"] == "sensitive" else 0.004)
            wait = self.wait_minutes(cl, t)
            nurse = self.choice(NURSES[cl])
            self.event(c, t, "tp_treatment", "success", "store", None, doctor_id=doc, session_no=k,
                       package_type=pkg, package_type_zh=PKG_ZH[pkg], wait_minutes=wait, nurse=nurse,
                       **cat_cols)
            n_done, last = k, t
            self.treatment_feedback(c, t, doc, proj, k, allergy, wait, nurse)
            if k == 1:
                # follow-up visit
                p_fu = {"光电": 0.75, "注射": 0.85, "皮肤管理": 0.35}[cat]
                if allergy:
                    tf = self.clinic_time(t + D(days=int(self.rng.integers(1, 4))))
                elif self.r() < p_fu:
                    tf = self.clinic_time(t + D(days=float(self.rng.lognormal(np.log(12), 0.35))))
                else:
                    tf = None
                if tf is not None:
                    self.event(c, tf, "tp_followup", "visit", "store", None, doctor_id=doc,
                               reason="adverse_reaction" if allergy else "routine", **cat_cols)
                    self.followup_feedback(c, tf, doc, proj, allergy, nurse)
            elif allergy:
                tf = self.clinic_time(t + D(days=int(self.rng.integers(1, 4))))
                self.event(c, tf, "tp_followup", "visit", "store", None, doctor_id=doc, reason="adverse_reaction",
                           **cat_cols)
                self.followup_feedback(c, tf, doc, proj, allergy, nurse)
            if allergy and self.r() < 0.6:
                self.event(c, t + D(days=1, hours=3), "tp_complaint", "submit", "phone", None,
                           complaint_topic="allergy")
                self.fb(t + D(days=1, hours=4), "allergy", lang, "wechat_cs", "tp_treatment", c, doctor=doc,
                        proj=pz, proj_en=pe)
            if refund_after == k:
                tr = self.clinic_time(t + D(days=int(self.rng.integers(3, 25))), 9, 22)
                if tr <= END:
                    card_order["status"] = "refunded"
                    card_order["refunded_at"] = tr
                    card_order["refund_reason"] = self.choice(["被推销办卡后悔", "不想继续做", "效果不满意"],
                                                              [0.6, 0.2, 0.2] if push else [0.1, 0.5, 0.4])
                    self.event(c, tr, "tp_refund", "submit", "mini_program", c["primary_device"],
                               refund_type="card")
                    if self.r() < 0.55:
                        top = "upsell_pressure" if (push and self.r() < 0.6) else "refund_slow"
                        self.fb(tr + D(hours=5), top, lang, "wechat_cs", "tp_refund", c, proj=pz, proj_en=pe)
                    return
                break
            if allergy or (k < n_total and self.r() > 0.94):
                break
        if last is None or cycle >= 2:
            return
        # repurchase
        p = P_REPURCHASE[src] + (0.10 if cat == "皮肤管理" else 0.0)
        if self.r() >= p:
            return
        tr = self.clinic_time(last + D(days=float(self.rng.uniform(20, 120))))
        if tr.month in (9, 10) or (tr.month == 12 and tr.day <= 20):
            if self.r() < 0.45:  # 双十一 card promotion pulls repurchases into 1-11 November
                tr = self.clinic_time(datetime(tr.year, 11, 1) + D(days=int(self.rng.integers(0, 11))))
        if tr > END or tr <= last:
            return
        npkg = "course_card" if course else ("annual_card" if cat in ANNUAL and self.r() < 0.3 else "single")
        if proj in ("IPL", "PICO", "HYDRA", "PEEL") and self.r() < 0.25:
            npkg = "annual_card"
        price = ANNUAL[cat] if npkg == "annual_card" else (course[1] if npkg == "course_card" else single)
        disc = 0.85 if (tr.month == 11 and tr.day <= 11) else 1.0
        otype = "treatment" if npkg == "single" else "card"
        ndoc = doc if DOCTORS[doc][6] is None or tr < DOCTORS[doc][6] else self.pick_doctor(c, tr)
        o = self.order(c, tr, price * disc, otype, **self.ocols(c, ndoc, npkg, cat_cols, "store"))
        o["list_price"] = price
        o["is_repurchase"] = "true"
        self.event(c, tr, "tp_repurchase", "success", "store", None, doctor_id=ndoc, package_type=npkg,
                   package_type_zh=PKG_ZH[npkg], **cat_cols)
        if self.r() < 0.04:  # a rare card-purchase survey (small group: few ratings, mostly about price)
            top = "price" if self.r() < 0.7 else "neutral"
            self.fb(tr + D(hours=6), top, c["language"], "survey", "tp_repurchase", c, rating=self.rating_for(top),
                    proj=pz, proj_en=pe, price=price)
        t2 = self.clinic_time(tr + D(days=int(self.rng.integers(0, 10)))) if self.r() < 0.5 else tr + D(minutes=30)
        self.treatments(c, t2, ndoc, proj, npkg, o, False, cycle=2)

    def treatment_feedback(self, c, t, doc, proj, k, allergy, wait, nurse):
        pz, pe, cat = PROJECTS[proj][:3]
        lang, cl = c["language"], c["clinic_id"]
        ch = "survey"
        if c["acquisition_channel"] == "meituan" and self.r() < 0.25:
            ch = "meituan_review"
        elif self.r() >= 0.30:
            return
        backlog = cl == "SH01" and t >= SH_DOC_LEFT
        if allergy:
            top, rt = "allergy", int(self.choice([1, 2], [0.6, 0.4]))
        else:
            mean = DOCTORS[doc][3]
            if doc == "D09":
                rt = 5
            else:
                mean -= 0.5 if c["skin_type"] == "sensitive" and cat != "注射" else 0.0
                rt = int(np.clip(round(float(self.rng.normal(mean, 0.75))), 1, 5))
            if rt >= 4:
                w = {"good_result": 0.45, "friendly_nurse": 0.30, "doctor_professional": 0.10, "neutral": 0.15}
            elif rt == 3:
                w = {"neutral": 0.45, "no_result": 0.25, "pain": 0.15, "price": 0.15}
            else:
                w = {"pain": 0.50 if (doc == "D04" or cat == "光电") else 0.15,
                     "no_result": 0.40 if cat == "皮肤管理" or c["acquisition_channel"] == "meituan" else 0.15,
                     "wait_time": 0.45 if backlog and wait > 30 else 0.06, "price": 0.12}
            top = self.choice(list(w), list(w.values()))
            if TOPICS[top][0] == "neu" and rt <= 2:
                rt = 3
        nps = self.nps_for(rt) if ch == "survey" and self.r() < 0.4 else None
        self.fb(t + D(hours=int(self.rng.integers(3, 40))), top, lang, ch, "tp_treatment", c, rating=rt, nps=nps,
                doctor=doc, doc=DOCTORS[doc][1], doc_en=DOCTORS[doc][2], proj=pz, proj_en=pe, n=k, nurse=nurse,
                mins=wait, price=PROJECTS[proj][3])

    def followup_feedback(self, c, t, doc, proj, allergy, nurse):
        if not allergy and self.r() >= 0.25:
            return
        pz, pe, cat = PROJECTS[proj][:3]
        if allergy:
            top = "allergy" if self.r() < 0.8 else "friendly_nurse"
        else:
            w = {"good_result": 0.40, "friendly_nurse": 0.25, "no_result": 0.30 if cat == "皮肤管理" else 0.12,
                 "neutral": 0.2}
            top = self.choice(list(w), list(w.values()))
        rt = self.rating_for(top)
        if allergy and top == "friendly_nurse":
            rt = 3
        self.fb(t + D(hours=int(self.rng.integers(2, 30))), top, c["language"], "survey", "tp_followup", c,
                rating=rt, doctor=doc, doc=DOCTORS[doc][1], doc_en=DOCTORS[doc][2], proj=pz, proj_en=pe, n=1,
                nurse=nurse)

    def social_posts(self):
        """Xiaohongshu notes (no customer, no rating; some without a date)."""
        tops = ["good_result", "pain", "no_result", "upsell_pressure", "friendly_nurse", "price", "allergy",
                "neutral", "wait_time"]
        for i in range(230):
            cl = self.choice(CLINICS, [c[6] for c in CLINICS])[0]
            w = [0.25, 0.12, 0.12, 0.10, 0.12, 0.10, 0.04, 0.10, 0.05]
            if cl == "SZ01":
                w[3] = 0.25
            if cl == "SH01":
                w[8] = 0.12
            top = self.choice(tops, w)
            ts = START + D(seconds=int(self.r() * (END - START).total_seconds()))
            if i % 4 == 0:
                ts = None
            proj = self.choice(list(PROJECTS))
            doc = self.choice([d for d, v in DOCTORS.items() if v[0] == cl and v[5] is None])
            tp = {"upsell_pressure": "tp_clinic_consult", "price": "tp_clinic_consult"}.get(top, "tp_treatment")
            lang = "en" if self.r() < 0.08 else "zh"
            self.fb(ts, top, lang, "xiaohongshu", tp, None, clinic=cl, proj=PROJECTS[proj][0],
                    proj_en=PROJECTS[proj][1], n=2, doc=DOCTORS[doc][1], doc_en=DOCTORS[doc][2],
                    nurse=self.choice(NURSES[cl]), mins=40, price=PROJECTS[proj][3])

    def finish_customers(self):
        spend = {}
        for o in self.orders:
            if o["status"] == "paid":
                spend[o["customer_id"]] = spend.get(o["customer_id"], 0.0) + o["amount"]
        for c in self.customers:
            s = spend.get(c["customer_id"], 0.0)
            tier = "black" if s >= 20000 else "gold" if s >= 8000 else "silver" if s >= 2000 else "standard"
            c["tier"], c["tier_zh"] = tier, TIER_ZH[tier]

    def build(self):
        n = 0
        for _ in range(N_BASE):
            n += 1
            self.customers.append(self.new_customer(n))
        for _ in range(N_DY_LIVE):
            n += 1
            self.customers.append(self.new_customer(n, campaign="dy"))
        for _ in range(N_CD_PROMO):
            n += 1
            self.customers.append(self.new_customer(n, campaign="cd"))
        self.customers.sort(key=lambda c: c["signup_at"])
        for i, c in enumerate(self.customers, 1):
            c["customer_id"] = f"C{i:05d}"
        for c in self.customers:
            self.run(c)
        self.social_posts()
        self.finish_customers()


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float):
        return f"{v:.2f}"
    return str(v)


def write_all(out: Path, g: Gen):
    out.mkdir(parents=True, exist_ok=True)

    def write(path, rows, cols):
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for r in rows:
                w.writerow([fmt(r.get(k)) for k in cols])

    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4], 1)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customers,
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "source_zh", "tier_zh",
           "city", "city_zh", "clinic_id", "age_band", "gender", "skin_type", "skin_type_zh", "treatment_category",
           "treatment_category_en", "doctor_id", "package_type", "package_type_zh", "primary_device", "language",
           "wechat_bound"])
    ev = sorted(g.events, key=lambda e: (e["ts"], e["event_id"]))
    write(out / "events.csv", ev,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "clinic_id", "doctor_id", "treatment_category", "treatment_category_en", "project", "project_en",
           "package_type", "package_type_zh", "plan_amount", "session_no", "wait_minutes", "nurse", "reason",
           "refund_type", "complaint_topic", "consultant_id", "campaign_id"])
    write(out / "orders.csv", sorted(g.orders, key=lambda o: (o["ts"], o["order_id"])),
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "clinic_id",
           "city", "city_zh", "doctor_id", "treatment_category", "treatment_category_en", "project", "project_en",
           "package_type", "package_type_zh", "list_price", "is_repurchase", "payment_method", "refunded_at",
           "refund_reason"])
    fb = sorted(g.feedback, key=lambda f: (f["ts"] is None, f["ts"] or START, f["feedback_id"]))
    write(out / "feedback.csv", fb,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "clinic_id",
           "doctor_id", "language"])
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment"])


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    g = Gen()
    g.build()
    write_all(Path(sys.argv[1]), g)
    print(f"customers {len(g.customers)}, events {len(g.events)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
