"""爪心之家 PawHeart Rescue: an animal shelter and pet adoption charity (流浪动物救助与领养中心) with four sites in two
cities — Chengdu 成都 (温江救助基地 Wenjiang Shelter, 锦江猫咖领养点 Jinjiang Cat Café) and Hangzhou 杭州 (余杭救助基地
Yuhang Shelter, 西湖领养站 West Lake Adoption Hub).

Adoption journey: someone browses the animals waiting for a home on the website / mini program (浏览待领养信息), submits
an adoption application for one animal (提交领养申请), gets a phone screening call from a volunteer (电话初筛), a home
visit (家访), meets the animal (见面互动), signs the adoption contract and pays the adoption fee (签约缴费), picks the
animal up (接宠回家), gets a 30-day follow-up check (30天回访), and sometimes brings the animal back (退回).
Second journeys: donations (捐赠页 → 完成捐赠, one-off or monthly giving 月捐) and volunteers (志愿者报名 → 培训 → 上岗).
Data 2025-01-01 .. 2026-08-31 (the extract was taken in early September 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261301), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261301
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_SEEK, N_DONOR, N_VOL = 15000, 2600, 850
BACKLOG = (datetime(2026, 3, 1), datetime(2026, 6, 1))        # Yuhang: screening volunteers left, calls pile up
RINGWORM = (datetime(2025, 8, 1), datetime(2025, 12, 1))      # Wenjiang cattery ringworm outbreak (pickup dates)
RECEIPT_BUG = (datetime(2026, 1, 1), datetime(2026, 3, 1))    # e-receipt system migration: no donation receipts
GIVING_DAY = (datetime(2025, 9, 7), datetime(2025, 9, 10))    # 99公益日 (Tencent 99 Giving Day), matched gifts
MEDICAL = (datetime(2026, 4, 10), datetime(2026, 5, 1))       # fundraiser for a hit-by-car dog's surgery

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_listing_view", "浏览待领养信息", "Adoptable animal listing viewed", "awareness", "web", "digital", "adoption",
     "浏览|看领养信息|待领养|领养列表|看猫看狗|listing|browse|adoptable animals|pet profile"),
    ("tp_apply", "提交领养申请", "Adoption application submitted", "consideration", "web", "digital", "adoption",
     "申请|领养申请|填申请表|apply|application|adoption form"),
    ("tp_phone_screen", "电话初筛", "Phone screening", "consideration", "phone", "digital", "adoption",
     "初筛|电话初筛|电话回访申请人|电话面试|phone screen|screening call|phone interview"),
    ("tp_home_visit", "家访", "Home visit", "consideration", "other", "physical", "volunteers",
     "家访|上门家访|上门考察|home visit|home check|house visit"),
    ("tp_meet", "见面互动", "Meet-and-greet", "purchase", "store", "physical", "adoption",
     "见面|见面互动|相亲|看猫|看狗|meet and greet|meet-and-greet|meeting the animal"),
    ("tp_contract", "签约缴费", "Contract signed & fee paid", "purchase", "store", "physical", "adoption",
     "签约|领养协议|领养合同|缴费|领养费|contract|adoption agreement|adoption fee"),
    ("tp_pickup", "接宠回家", "Pickup (goes home)", "purchase", "store", "physical", "adoption",
     "接回家|接宠|领回家|到家|pickup|go home|taken home|adopted"),
    ("tp_followup", "30天回访", "30-day follow-up check", "service", "phone", "digital", "adoption",
     "回访|30天回访|领养回访|follow-up|follow up|check-in|30-day check"),
    ("tp_return", "退回", "Animal returned", "service", "store", "physical", "adoption",
     "退回|弃养退回|送回来|退养|return|returned|brought back|surrender"),
    ("tp_donate_view", "捐赠页浏览", "Donation page viewed", "awareness", "web", "digital", "fundraising",
     "捐赠页|捐款页面|打开捐款|donation page|donate page"),
    ("tp_donate", "完成捐赠", "Donation made", "loyalty", "web", "digital", "fundraising",
     "捐款|捐赠|月捐|爱心捐|donate|donation|gift|monthly giving"),
    ("tp_vol_signup", "志愿者报名", "Volunteer sign-up", "awareness", "mini_program", "digital", "volunteers",
     "志愿者报名|报名做志愿者|义工报名|volunteer sign-up|volunteer application|sign up to volunteer"),
    ("tp_vol_training", "志愿者培训", "Volunteer orientation", "consideration", "store", "physical", "volunteers",
     "志愿者培训|入职培训|岗前培训|orientation|volunteer training"),
    ("tp_vol_shift", "志愿者上岗", "Volunteer shift", "loyalty", "store", "physical", "volunteers",
     "上岗|值班|志愿服务|排班|遛狗|铲屎|volunteer shift|shift|volunteering"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("adoption", "领养流程", "Adoption", ["tp_listing_view", "tp_apply", "tp_phone_screen", "tp_home_visit", "tp_meet",
                                          "tp_contract", "tp_pickup"], 60),
    ("aftercare", "领养后回访", "Post-adoption follow-up", ["tp_pickup", "tp_followup"], 45),
    ("donation", "捐赠", "Donation", ["tp_donate_view", "tp_donate"], 7),
    ("volunteer", "志愿者招募", "Volunteer onboarding", ["tp_vol_signup", "tp_vol_training", "tp_vol_shift"], 30),
]
SITES = [  # id, city, zh, en, weight in city, species kept
    ("S1", "Chengdu", "成都温江救助基地", "Chengdu Wenjiang Shelter", 0.62, ("dog", "cat", "rabbit")),
    ("S2", "Chengdu", "成都锦江猫咖领养点", "Chengdu Jinjiang Cat Café", 0.38, ("cat", "rabbit")),
    ("S3", "Hangzhou", "杭州余杭救助基地", "Hangzhou Yuhang Shelter", 0.60, ("dog", "cat", "rabbit")),
    ("S4", "Hangzhou", "杭州西湖领养站", "Hangzhou West Lake Adoption Hub", 0.40, ("dog", "cat")),
]
SITE = {s[0]: s for s in SITES}
CITIES = {"Chengdu": ("成都", 0.55), "Hangzhou": ("杭州", 0.45)}
SPECIES = {"dog": ("狗", 0.46), "cat": ("猫", 0.45), "rabbit": ("兔", 0.09)}
AGES = {"baby": ("幼年", 0.30), "young": ("青年", 0.31), "adult": ("成年", 0.27), "senior": ("老年", 0.12)}
BREEDS = {"dog": [("chinese_rural_dog", "中华田园犬"), ("golden_mix", "金毛串串"), ("corgi_mix", "柯基串串"),
                  ("lab_mix", "拉布拉多串串")],
          "cat": [("orange_tabby", "橘猫"), ("li_hua", "狸花猫"), ("calico", "三花猫"), ("tuxedo", "奶牛猫")],
          "rabbit": [("lop", "垂耳兔"), ("dwarf", "侏儒兔")]}
FEE = {"dog": 600, "cat": 400, "rabbit": 200}
SEEK_CH = {  # en: zh, weight, p(apply)
    "xiaohongshu": ("小红书", 0.30, 0.16), "douyin": ("抖音", 0.18, 0.13), "weibo": ("微博", 0.12, 0.22),
    "website": ("官网", 0.16, 0.33), "friend": ("朋友推荐", 0.14, 0.48), "adoption_day": ("线下领养日", 0.10, 0.72)}
DON_CH = {"tencent_charity": ("腾讯公益", 0.34), "wechat": ("公众号", 0.26), "weibo": ("微博", 0.16),
          "friend": ("朋友推荐", 0.14), "douyin": ("抖音", 0.10)}
VOL_CH = {"university": ("高校社团", 0.30), "wechat": ("公众号", 0.25), "friend": ("朋友推荐", 0.25),
          "xiaohongshu": ("小红书", 0.20)}
CH_ZH = {k: v[0] for d in (SEEK_CH, DON_CH, VOL_CH) for k, v in d.items()}
HOUSING = {"owned_apartment": ("自有住房", 0.46), "rental": ("租房", 0.40), "house_with_yard": ("带院住宅", 0.14)}
VOLUNTEERS = {  # name zh: (en, city, role in screening/visits)
    "Chengdu": [("王磊", "Wang Lei"), ("李娜", "Li Na"), ("张伟", "Zhang Wei"), ("刘洋", "Liu Yang")],
    "Hangzhou": [("陈静", "Chen Jing"), ("杨帆", "Yang Fan"), ("赵敏", "Zhao Min"), ("黄婷", "Huang Ting")],
}
VOL_ROLES = {"dog_walking": ("遛狗", 0.30), "cat_care": ("猫舍照护", 0.28), "foster_family": ("寄养家庭", 0.12),
             "events": ("活动支持", 0.18), "transport": ("救助运输", 0.12)}
RETURN_R = {"behaviour": "行为问题", "allergy": "过敏", "landlord": "房东不允许", "health": "健康问题",
            "moving": "搬家", "other": "其他"}
FU_RES = {"good": "适应良好", "minor_issue": "小问题", "health_issue": "健康问题", "behaviour_issue": "行为问题"}
CAMPAIGN = {"daily": "日常捐赠", "giving_day_99": "99公益日", "year_end": "年终感恩", "medical_fund": "医疗救助专项",
            "monthly_giving": "月捐计划"}
OTYPE = {"adoption_fee": "领养费", "donation": "捐款", "merch": "义卖周边"}
TIERS = {"none": "无", "supporter": "爱心之友", "guardian": "守护者", "angel": "天使"}
NAMES = ["豆豆", "咪咪", "旺财", "大黄", "小白", "球球", "花花", "糯米", "汤圆", "可乐", "奶茶", "橘子", "小黑", "团子",
         "年糕", "芝麻", "馒头", "布丁", "毛毛", "元宝"]

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "slow_screen": (["提交申请一个多星期都没人打电话", "申请石沉大海，等了好久才有人联系", "电话初筛排了十几天"],
                    ["applied and waited over a week for a call", "nobody called me back about my application for ages"]),
    "strict_visit": (["家访问得像查户口", "家访要求太苛刻了，连窗户都要封", "家访的志愿者态度太强硬"],
                     ["the home visit felt like an interrogation", "home visit rules were far too strict"]),
    "stale_listing": (["网上看中的猫早就被领走了，信息也没更新", "小程序上的资料早就过期了"],
                      ["the listing was out of date, that animal was already adopted"]),
    "ringworm": (["领回来一周发现有猫癣", "猫癣传染给家里另一只猫了", "身上一块块掉毛，医生说是猫癣"],
                 ["the kitten turned out to have ringworm", "ringworm spread to my other cat"]),
    "sick": (["领回来就一直拉肚子", "到家第三天开始打喷嚏流鼻涕"],
             ["had diarrhoea the whole first week", "started sneezing a few days after we took her home"]),
    "behaviour": (["狗狗分离焦虑，一出门就叫", "晚上一直叫，邻居投诉了好几次", "会护食咬人，我们实在搞不定"],
                  ["separation anxiety, he howls whenever we leave", "she bites when guarding food and we couldn't cope"]),
    "fee": (["领养还要交这么多钱，有点不理解", "领养费有点高了"], ["the adoption fee felt too high"]),
    "vol_chaos": (["志愿者排班太乱了", "到了基地没人带，干站了一上午"],
                  ["volunteer scheduling is a mess", "showed up for my shift and nobody was there to guide me"]),
    "receipt": (["捐款后一直没收到电子收据", "捐赠票据一直开不出来"], ["never got a receipt for my donation"]),
    "patient_staff": (["志愿者特别耐心，讲了好多养宠知识", "工作人员很用心，见面时一直陪着"],
                      ["the volunteers were so patient and kind", "staff were really caring at the meet-and-greet"]),
    "followup_good": (["30天回访很贴心", "回访问得很细，感觉被关心"], ["the 30-day check-in call was really thoughtful"]),
    "happy_pet": (["到家适应得很好", "现在是家里的开心果"], ["she settled in beautifully", "he is the joy of the house"]),
}
GEN = {
    "pos": (["谢谢你们", "推荐大家领养代替购买", "整体很满意"], ["thank you all", "adopt don't shop", "very happy overall"]),
    "neu": (["还行吧", "一般般"], ["it was ok", "nothing special"]),
    "neg": (["体验很差", "太失望了"], ["really disappointed", "poor experience"]),
}
NEG_TOPICS = {"slow_screen", "strict_visit", "stale_listing", "ringworm", "sick", "behaviour", "fee", "vol_chaos",
              "receipt"}
POS_TOPICS = {"patient_staff", "followup_good", "happy_pet"}
TOPIC_TP = [("ringworm", "tp_followup"), ("sick", "tp_followup"), ("behaviour", "tp_followup"),
            ("slow_screen", "tp_phone_screen"), ("strict_visit", "tp_home_visit"), ("stale_listing", "tp_listing_view"),
            ("fee", "tp_contract"), ("vol_chaos", "tp_vol_shift"), ("receipt", "tp_donate"),
            ("patient_staff", "tp_meet"), ("followup_good", "tp_followup"), ("happy_pet", "tp_followup")]


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, w):
    w = np.asarray(w, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    if datetime(2025, 1, 20) <= d < datetime(2025, 2, 10) or datetime(2026, 2, 8) <= d < datetime(2026, 2, 28):
        return 0.55                                  # Spring Festival: nobody adopts while travelling home
    if d.month in (4, 5, 6, 7):
        return 1.3                                   # kitten season: shelters full, lots of posts
    return 1.0


def day_at(t: datetime, h0=9.0, h1=20.0) -> datetime:
    return datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(h0, h1)))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_app = self.n_animal = self.n_ws = self.n_don = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, common=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action)
        if tp in ("tp_listing_view", "tp_apply", "tp_donate_view", "tp_donate", "tp_vol_signup"):
            row["device"] = c["device"]
            row["channel"] = "web" if c["device"] == "pc" else "mini_program"
        elif tp in ("tp_phone_screen", "tp_followup"):
            row["channel"] = "phone"
        else:
            row["channel"] = "store" if tp != "tp_home_visit" else "other"
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(float(amount), 2),
                   status=status, channel=kw.pop("channel", "web" if c["device"] == "pc" else "mini_program"),
                   device=c["device"], order_type=otype, 订单类型=OTYPE[otype], city=c["city"],
                   城市=CITIES[c["city"]][0], currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, common=None, undated=False, gen=None, no_customer=False,
           sid=None, tp=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_followup")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if (gen == "pos" or set(topics) & POS_TOPICS) else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, application_id=sid)
        cm = common or {}
        site = SITE.get(cm.get("site_id") or c.get("site_id") or "")
        if site:
            row.update(site_id=site[0], site=site[2], site_en=site[3], site_city=site[1], 所在城市=CITIES[site[1]][0])
        if cm.get("species"):
            row.update(species=cm["species"], 物种=cm["物种"])
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- people ----------
    def people(self):
        days, d = [], START
        while d <= datetime(2026, 8, 25):
            days.append(d)
            d += D(days=1)
        w_seek = np.array([(0.75 + 0.5 * (x - START).days / 600) * season(x) for x in days])
        w_don = np.array([(0.8 + 0.4 * (x - START).days / 600) * (
            35.0 if GIVING_DAY[0] <= x < GIVING_DAY[1] else 2.2 if x.month == 12 else
            2.5 if MEDICAL[0] <= x < MEDICAL[1] else 1.0) for x in days])
        w_vol = np.array([1.0 + (1.2 if x.month in (3, 9, 10) else 0.0) for x in days])   # university terms
        ppl = []
        for role, n, w in (("seek", N_SEEK, w_seek), ("donor", N_DONOR, w_don), ("vol", N_VOL, w_vol)):
            idx = rng.choice(len(days), size=n, p=w / w.sum())
            for k in idx:
                ppl.append(dict(role=role, t0=days[int(k)] + D(hours=float(rng.uniform(8, 23.5)))))
        ppl.sort(key=lambda p: p["t0"])
        self.cust = []
        for i, p in enumerate(ppl):
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            chans = SEEK_CH if p["role"] == "seek" else DON_CH if p["role"] == "donor" else VOL_CH
            ch = pick(list(chans), [v[1] for v in chans.values()])
            en_share = 0.14 if city == "Chengdu" else 0.10
            self.cust.append(dict(
                customer_id=f"C{i + 1:05d}", t0=p["t0"], role=p["role"], city=city, channel=ch,
                device=pick(["ios", "android", "pc"], [0.44, 0.38, 0.18]),
                housing=pick(list(HOUSING), [v[1] for v in HOUSING.values()]),
                has_other_pets=bool(rng.random() < 0.32),
                age=pick(["18-24", "25-34", "35-44", "45-54", "55+"], [0.22, 0.40, 0.21, 0.11, 0.06]),
                gender=pick(["female", "male"], [0.68, 0.32]), en_share=en_share,
                lang="en" if rng.random() < en_share else "zh", pref=pick(list(SPECIES), [v[1] for v in SPECIES.values()]),
                adopted=0, applied=0, donated=0.0, volunteered=False, site_id=None))

    # ---------- adoption ----------
    def listing_view(self, c, t, species=None):
        self.n_ws += 1
        sp = species or pick(list(SPECIES), [v[1] for v in SPECIES.values()])
        sites = [s for s in SITES if s[1] == c["city"] and sp in s[5]]
        site = pick(sites, [s[4] for s in sites])
        age = pick(list(AGES), [v[1] for v in AGES.values()])
        self.ev(c, t, "tp_listing_view", f"WS{self.n_ws:06d}", "view", species=sp, 物种=SPECIES[sp][0], age_band=age,
                年龄段=AGES[age][0], site_id=site[0], site=site[2], site_en=site[3], site_city=site[1],
                所在城市=CITIES[site[1]][0])

    def application(self, c, t_app):
        """one adoption application for one animal; returns 'adopted' or 'lost'."""
        self.n_app += 1
        self.n_animal += 1
        aid = f"AP{self.n_app:06d}"
        sp = c["pref"]
        sites = [s for s in SITES if s[1] == c["city"] and sp in s[5]]
        site = pick(sites, [s[4] for s in sites])
        c["site_id"] = site[0]
        age = pick(list(AGES), [v[1] for v in AGES.values()])
        foster = bool(rng.random() < (0.45 if age == "baby" else 0.22))
        br = BREEDS[sp][int(rng.integers(len(BREEDS[sp])))]
        stay = float(rng.lognormal(np.log({"baby": 28, "young": 50, "adult": 95, "senior": 230}[age]), 0.55))
        if sp == "rabbit":
            stay *= 1.6
        common = dict(animal_id=f"AN{self.n_animal:05d}", animal_name=str(rng.choice(NAMES)), species=sp,
                      物种=SPECIES[sp][0], age_band=age, 年龄段=AGES[age][0], breed=br[0], 品种=br[1], site_id=site[0],
                      site=site[2], site_en=site[3], site_city=site[1], 所在城市=CITIES[site[1]][0], foster_flag=foster,
                      安置方式="寄养家庭" if foster else "基地笼舍")
        if not self.ev(c, t_app, "tp_apply", aid, "submit", common):
            return "lost"
        c["applied"] += 1
        vols = VOLUNTEERS[site[1]]
        backlog = site[0] == "S3" and BACKLOG[0] <= t_app < BACKLOG[1]
        stale = rng.random() < 0.05
        bad = set()
        if stale:
            bad.add("stale_listing")
        # ---- phone screening
        p_giveup = 0.38 if backlog else (0.55 if stale else 0.07)
        wait = float(rng.lognormal(np.log(10.0 if backlog else 1.4), 0.45))
        if wait > 6:
            bad.add("slow_screen")
        if rng.random() < p_giveup:
            return self.lost_fb(c, t_app + D(days=wait), bad, aid, common)
        t_s = day_at(t_app + D(days=wait))
        if t_s <= t_app:
            t_s = t_app + D(hours=float(rng.uniform(1, 6)))
        passed = rng.random() < 0.76
        sv = vols[int(rng.integers(len(vols)))]
        if not self.ev(c, t_s, "tp_phone_screen", aid, "pass" if passed else "fail", common, volunteer_name=sv[0],
                       volunteer_name_en=sv[1], screen_result="pass" if passed else "fail",
                       初筛结果="通过" if passed else "未通过"):
            return "lost"
        if not passed or rng.random() < 0.09:
            return self.lost_fb(c, t_s, bad, aid, common)
        # ---- home visit
        if site[1] == "Chengdu":
            hv = vols[0] if rng.random() < 0.36 else vols[1 + int(rng.integers(3))]
        else:
            hv = vols[int(rng.integers(len(vols)))]
        t_h = day_at(t_s + D(days=float(rng.uniform(2, 8))), 9, 19)
        p_fail = 0.46 if hv[0] == "王磊" else 0.11
        if c["housing"] == "rental":
            p_fail += 0.05
        ok = rng.random() >= p_fail
        if not self.ev(c, t_h, "tp_home_visit", aid, "pass" if ok else "fail", common, volunteer_name=hv[0],
                       volunteer_name_en=hv[1], visit_result="pass" if ok else "fail", 家访结果="通过" if ok else "未通过",
                       visit_minutes=int(rng.integers(35, 110) + (30 if hv[0] == "王磊" else 0))):
            return "lost"
        if not ok:
            if rng.random() < 0.45:
                bad.add("strict_visit")
            return self.lost_fb(c, t_h, bad, aid, common)
        if hv[0] == "王磊" and rng.random() < 0.07:
            bad.add("strict_visit")
        if rng.random() < 0.05:
            return self.lost_fb(c, t_h, bad, aid, common)
        # ---- meet-and-greet
        t_m = day_at(t_h + D(days=float(rng.uniform(1.5, 7))), 10, 18)
        match = rng.random() < 0.90
        if not self.ev(c, t_m, "tp_meet", aid, "match" if match else "no_match", common):
            return "lost"
        good = set()
        if rng.random() < (0.55 if site[0] == "S2" else 0.06):
            good.add("patient_staff")
        if not match or rng.random() < 0.05:
            return self.lost_fb(c, t_m, bad, aid, common)
        # ---- contract + fee
        t_c = t_m + D(hours=float(rng.uniform(0.3, 60)))
        fee = FEE[sp] // (2 if age == "senior" else 1)
        if not self.ev(c, t_c, "tp_contract", aid, "signed", common, adoption_fee=fee):
            return "lost"
        fee_order = self.order(c, t_c, fee, "adoption_fee", channel="store", application_id=aid, site_id=site[0],
                               site=site[2], site_en=site[3], species=sp, 物种=SPECIES[sp][0])
        if rng.random() < (0.06 if sp == "dog" else 0.025):
            bad.add("fee")
        if rng.random() < 0.01:
            return "lost"
        # ---- pickup
        t_p = day_at(t_c + D(days=float(rng.uniform(0, 5))), 10, 18)
        if t_p <= t_c:
            t_p = t_c + D(hours=2)
        intake = t_p - D(days=stay)
        common["intake_date"] = intake.strftime("%Y-%m-%d")
        if not self.ev(c, t_p, "tp_pickup", aid, "picked_up", common, days_in_shelter=int(round(stay))):
            return "adopted"
        c["adopted"] += 1
        # ---- what happens at home
        ring = sp == "cat" and site[0] == "S1" and RINGWORM[0] <= t_p < RINGWORM[1]
        p_ret = {"dog": 0.13, "cat": 0.05, "rabbit": 0.06}[sp]
        if sp == "dog" and age in ("young", "adult"):
            p_ret *= 1.35
        if age == "senior":
            p_ret *= 0.6
        if foster:
            p_ret *= 0.35
        if c["housing"] == "rental":
            p_ret *= 2.3
        if ring:
            p_ret += 0.16
        ret = rng.random() < p_ret
        t_ret = t_p + D(days=float(rng.exponential(24) + 3)) if ret else None
        if ret:
            if ring and rng.random() < 0.75:
                reason = "health"
            elif c["housing"] == "rental" and rng.random() < 0.45:
                reason = "landlord"
            elif sp == "dog":
                reason = pick(["behaviour", "allergy", "health", "moving", "other"], [0.62, 0.08, 0.08, 0.12, 0.10])
            else:
                reason = pick(["behaviour", "allergy", "health", "moving", "other"], [0.26, 0.30, 0.16, 0.16, 0.12])
        # 30-day follow-up
        p_h = 0.55 if ring else 0.06
        p_b = (0.14 if sp == "dog" else 0.05) * (0.5 if foster else 1.0)
        fu = None
        t_f = day_at(t_p + D(days=float(rng.uniform(28, 34))), 9, 20)
        if (t_ret is None or t_ret > t_f) and rng.random() < 0.9:
            r = rng.random()
            fu = "health_issue" if r < p_h else ("behaviour_issue" if r < p_h + p_b else
                                                 ("minor_issue" if r < p_h + p_b + 0.12 else "good"))
            if ret and reason == "behaviour" and fu == "good":
                fu = "behaviour_issue"
            fv = VOLUNTEERS[site[1]][int(rng.integers(4))]
            if self.ev(c, t_f, "tp_followup", aid, "done", common, volunteer_name=fv[0], volunteer_name_en=fv[1],
                       followup_result=fu, 回访结果=FU_RES[fu]):
                topics = sorted(bad)
                if fu == "health_issue":
                    topics.append("ringworm" if ring else "sick")
                elif fu == "behaviour_issue":
                    topics.append("behaviour")
                pos = []
                if fu in ("good", "minor_issue"):
                    if rng.random() < 0.35:
                        pos.append("happy_pet")
                    if rng.random() < 0.18:
                        pos.append("followup_good")
                if "patient_staff" in good and not (set(topics) & NEG_TOPICS):
                    pos.append("patient_staff")
                if rng.random() < (0.7 if fu == "health_issue" else 0.5):
                    stars = float(pick([5, 4, 3, 2], [0.46, 0.34, 0.14, 0.06]))
                    pen = {"slow_screen": 1.6, "strict_visit": 1.4, "stale_listing": 0.8, "ringworm": 2.4,
                           "sick": 1.6, "behaviour": 1.2, "fee": 1.0}
                    for x in topics:
                        stars -= pen.get(x, 0)
                    if pos and not topics:
                        stars = 5.0 if rng.random() < 0.8 else 4.0
                    stars = float(min(5, max(1, round(stars))))
                    nps = None
                    if rng.random() < 0.6:
                        nps = int(np.clip(round(rng.normal(6.2 + 0.8 * stars - 0.4, 1.2)), 0, 10))
                    gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                    self.fb(c, t_f + D(hours=float(rng.uniform(1, 48))), topics + pos, "followup_survey",
                            rating=stars, nps=nps, common=common, gen=gen, sid=aid)
                elif (topics or pos) and rng.random() < (0.45 if ring and fu == "health_issue" else 0.12):
                    self.fb(c, t_f + D(days=float(rng.uniform(1, 20))), topics + pos,
                            "xiaohongshu_note" if rng.random() < 0.6 else "weibo_post", common=common,
                            undated=rng.random() < 0.45, no_customer=rng.random() < 0.3, sid=aid)
        if ret:
            if self.ev(c, t_ret, "tp_return", aid, "returned", common, return_reason=reason,
                       退回原因=RETURN_R[reason], days_since_pickup=round((t_ret - t_p).total_seconds() / 86400, 1)):
                if fee_order is not None and (t_ret - t_p).days < 14:
                    fee_order["status"] = "refunded"
                    fee_order["refunded_at"] = ts(t_ret + D(hours=float(rng.uniform(1, 30))))
                if rng.random() < 0.6:
                    tps = {"behaviour": ["behaviour"], "health": ["ringworm" if ring else "sick"]}.get(reason, [])
                    self.fb(c, t_ret + D(hours=float(rng.uniform(0.2, 3))), tps, "call_note", common=common,
                            gen="neg", sid=aid, tp="tp_return")
        elif bad and rng.random() < 0.10:
            self.fb(c, t_p + D(days=float(rng.uniform(1, 10))), sorted(bad), "wechat_ticket", common=common, sid=aid)
        return "adopted"

    def lost_fb(self, c, t, bad, aid, common):
        """feedback from applicants who did not get an animal."""
        if bad and rng.random() < 0.40:
            self.fb(c, t + D(hours=float(rng.uniform(2, 72))), sorted(bad), "wechat_ticket", common=common, sid=aid)
        elif bad and rng.random() < 0.15:
            self.fb(c, t + D(days=float(rng.uniform(1, 10))), sorted(bad),
                    "xiaohongshu_note" if rng.random() < 0.6 else "weibo_post", common=common,
                    undated=rng.random() < 0.45, no_customer=rng.random() < 0.3, sid=aid)
        if rng.random() < 0.22:
            stars = float(pick([5, 4, 3, 2], [0.25, 0.35, 0.25, 0.15]))
            for x in bad:
                stars -= 1.8
            stars = float(min(5, max(1, round(stars))))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            tp = next((t_ for k, t_ in TOPIC_TP if k in bad), "tp_apply")
            self.fb(c, t + D(days=float(rng.uniform(1, 5))), sorted(bad), "application_survey", rating=stars,
                    common=common, gen=gen, sid=aid, tp=tp)
        return "lost"

    def seeker(self, c):
        ch = SEEK_CH[c["channel"]]
        t = c["t0"]
        n_views = int(rng.geometric(0.45)) + (1 if rng.random() < 0.3 else 0)
        for _ in range(max(1, n_views)):
            self.listing_view(c, t, species=c["pref"] if rng.random() < 0.7 else None)
            t += D(hours=float(rng.exponential(30) + 0.2))
        if rng.random() > ch[2]:
            return
        t_app = c["t0"] + D(hours=float(rng.exponential(60) + 0.5))
        if c["channel"] == "adoption_day":
            t_app = c["t0"] + D(hours=float(rng.uniform(0.5, 5)))
        for attempt in range(3):
            res = self.application(c, t_app)
            if res == "adopted" or rng.random() > 0.22:
                break
            t_app += D(days=float(rng.uniform(10, 40)))
            self.listing_view(c, t_app - D(hours=float(rng.uniform(0.2, 6))), species=c["pref"])
        if rng.random() < 0.05:
            self.order(c, day_at(c["t0"] + D(days=float(rng.uniform(0, 120)))), float(rng.choice([39, 59, 79, 129])),
                       "merch", channel="store" if c["channel"] == "adoption_day" else "mini_program")
        if c["adopted"] and rng.random() < 0.15:
            self.donor(c, c["t0"] + D(days=float(rng.uniform(40, 200))))

    # ---------- donations ----------
    def campaign(self, t):
        if GIVING_DAY[0] <= t < GIVING_DAY[1]:
            return "giving_day_99"
        if MEDICAL[0] <= t < MEDICAL[1]:
            return "medical_fund"
        if t.month == 12:
            return "year_end"
        return "daily"

    def donor(self, c, t):
        if t > END:
            return
        tries = 0
        while t <= END and tries < 4:
            tries += 1
            self.n_don += 1
            sid = f"DN{self.n_don:06d}"
            self.ev(c, t, "tp_donate_view", sid, "view", campaign=self.campaign(t), 活动=CAMPAIGN[self.campaign(t)])
            p_give = 0.78 if GIVING_DAY[0] <= t < GIVING_DAY[1] else 0.55
            if rng.random() > p_give:
                t += D(days=float(rng.exponential(60) + 3))
                if rng.random() < 0.5:
                    return
                continue
            t_d = t + D(minutes=float(rng.uniform(1, 25)))
            camp = self.campaign(t)
            monthly = camp == "daily" and rng.random() < 0.28
            if monthly:
                amt = float(rng.choice([30, 50, 100, 200], p=[0.3, 0.35, 0.28, 0.07]))
                camp = "monthly_giving"
            else:
                amt = float(np.clip(round(rng.lognormal(np.log(165 if c["city"] == "Hangzhou" else 110), 0.85), 0),
                                    5, 20000))                       # Hangzhou: tech-company employees give more
                if camp == "giving_day_99":
                    amt = float(round(amt * 0.9 + 9.9, 1))
                if camp == "medical_fund":
                    amt = float(round(amt * 1.3, 0))
            dtype = "monthly" if monthly else "one_off"
            if not self.ev(c, t_d, "tp_donate", sid, "success", campaign=camp, 活动=CAMPAIGN[camp], donation_type=dtype,
                           捐款类型="月捐" if monthly else "单次捐", donation_amount=amt):
                return
            self.order(c, t_d, amt, "donation", donation_id=sid, campaign=camp, 活动=CAMPAIGN[camp],
                       donation_type=dtype, 捐款类型="月捐" if monthly else "单次捐")
            c["donated"] += amt
            late_receipt = RECEIPT_BUG[0] <= t_d < RECEIPT_BUG[1]
            if rng.random() < (0.24 if late_receipt else 0.012):
                self.fb(c, t_d + D(days=float(rng.uniform(2, 12))), ["receipt"],
                        "wechat_ticket", gen="neg", tp="tp_donate")
            elif rng.random() < 0.08:
                nps = int(np.clip(round(rng.normal(8.3, 1.4)), 0, 10))
                self.fb(c, t_d + D(days=float(rng.uniform(1, 7))), [], "donor_survey", nps=nps,
                        gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"), tp="tp_donate")
            if monthly:
                tm = t_d
                while True:
                    tm += D(days=30)
                    if tm > END or rng.random() < 0.055:
                        break
                    failed = rng.random() < 0.045
                    self.order(c, tm, amt, "donation", status="cancelled" if failed else "paid", donation_id=sid,
                               campaign=camp, 活动=CAMPAIGN[camp], donation_type=dtype, 捐款类型="月捐",
                               recurring=True)
                    if not failed:
                        c["donated"] += amt
                return
            if rng.random() < 0.45:
                return
            t = t_d + D(days=float(rng.exponential(120) + 20))

    # ---------- volunteers ----------
    def volunteer(self, c):
        role = pick(list(VOL_ROLES), [v[1] for v in VOL_ROLES.values()])
        sites = [s for s in SITES if s[1] == c["city"]]
        site = pick(sites, [s[4] for s in sites])
        c["site_id"] = site[0]
        vc = dict(site_id=site[0], site=site[2], site_en=site[3], site_city=site[1], 所在城市=CITIES[site[1]][0],
                  vol_role=role, 志愿岗位=VOL_ROLES[role][0])
        sid = f"VL{int(c['customer_id'][1:]):05d}"
        t = c["t0"]
        self.ev(c, t, "tp_vol_signup", sid, "submit", vc)
        hz = site[1] == "Hangzhou"
        if rng.random() > (0.80 if hz else 0.86):
            return
        t_tr = day_at(t + D(days=float(rng.uniform(3, 14))), 9, 17)
        if not self.ev(c, t_tr, "tp_vol_training", sid, "attended", vc):
            return
        chaos = hz and rng.random() < 0.45
        if rng.random() < 0.35:
            topics = ["vol_chaos"] if (chaos or (not hz and rng.random() < 0.03)) else []
            stars = float(pick([5, 4, 3], [0.5, 0.35, 0.15]))
            if topics:
                stars = float(pick([1, 2, 3], [0.35, 0.45, 0.2]))
            self.fb(c, t_tr + D(days=float(rng.uniform(0.5, 6))), topics, "volunteer_survey", rating=stars, common=vc,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"),
                    tp="tp_vol_shift" if topics else "tp_vol_training")
        if rng.random() > (0.50 if hz else 0.88) or (chaos and rng.random() < 0.5):
            return
        c["volunteered"] = True
        ts_ = day_at(t_tr + D(days=float(rng.uniform(2, 14))), 8, 16)
        n = 0
        while ts_ <= END:
            n += 1
            hrs = float(round(rng.uniform(2, 6) * 2) / 2)
            self.ev(c, ts_, "tp_vol_shift", sid, "done", vc, shift_no=n, shift_hours=hrs)
            if rng.random() < 0.11:
                break
            ts_ = day_at(ts_ + D(days=float(rng.uniform(5, 21))), 8, 16)

    def run(self):
        self.people()
        for c in self.cust:
            if c["role"] == "seek":
                self.seeker(c)
            elif c["role"] == "donor":
                self.donor(c, c["t0"])
            else:
                self.volunteer(c)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            s = c["donated"]
            tier = "angel" if s >= 2000 else "guardian" if s >= 500 else "supporter" if s > 0 else "none"
            seg = ("adopter" if c["adopted"] else "volunteer" if c["volunteered"] else
                   "donor" if s > 0 else "applicant" if c["applied"] else
                   "browser" if c["role"] == "seek" else "prospect")
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["t0"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"], 获客渠道=CH_ZH[c["channel"]],
                             tier=tier, 捐赠等级=TIERS[tier], housing=c["housing"], 住房类型=HOUSING[c["housing"]][0],
                             has_other_pets=c["has_other_pets"], age_group=c["age"], gender=c["gender"],
                             device=c["device"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "animal_id",
           "animal_name", "species", "物种", "age_band", "年龄段", "breed", "品种", "site_id", "site", "site_en",
           "site_city", "所在城市", "foster_flag", "安置方式", "intake_date", "volunteer_name", "volunteer_name_en",
           "screen_result", "初筛结果", "visit_result", "家访结果", "visit_minutes", "adoption_fee", "days_in_shelter",
           "followup_result", "回访结果", "return_reason", "退回原因", "days_since_pickup", "campaign", "活动",
           "donation_type", "捐款类型", "donation_amount", "vol_role", "志愿岗位", "shift_no", "shift_hours"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "application_id", "site_id", "site", "site_en", "species", "物种", "donation_id", "campaign", "活动",
            "donation_type", "捐款类型", "recurring", "city", "城市", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "application_id", "site_id", "site", "site_en", "site_city", "所在城市", "species", "物种"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "捐赠等级", "housing", "住房类型", "has_other_pets", "age_group", "gender", "device", "preferred_language"]


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
    dup = rng.choice(len(ev), size=16, replace=False)             # the mini program tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, applications {g.n_app}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
