"""宠保 PawShield: an online pet insurer (cats and dogs) selling through its app and WeChat mini program in six
cities. An owner reads the product page, gets a quote, fills in the health questionnaire (健康告知 / underwriting:
pass, pass with an exclusion, or decline), buys a policy (基础版 basic / 标准版 standard / 尊享版 premium, paid
monthly or annually, optional add-on riders), waits out the 30-day waiting period (等待期, 3 days for accidents),
takes the pet to a vet, and claims: at a partner clinic (合作医院) the clinic bills us directly (直付) and uploads the
invoice itself; elsewhere the owner uploads the invoice and medical record in the app (uploads can fail), submits the
claim, a claims handler reviews it (approved / rejected: waiting period, pre-existing condition, not covered, missing
documents) and the payout is made. Thirty days before the policy year ends a renewal reminder goes out; the owner
renews (premium re-priced; senior pets 8+ get a steep loading) or lets it lapse. Policies can be cancelled (退保):
within the 15-day cooling-off period (犹豫期) everything is refunded; annual payers get a pro-rata refund later on;
monthly payers simply stop paying.
Data 2025-01-01 .. 2026-08-31 (the extract was taken at the end of August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a DATA.md
table). Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261219
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_CUST = 11000
UPLOAD_BUG = (datetime(2025, 9, 8), datetime(2025, 10, 13))     # app 4.2.0: invoice OCR crashes on Android
BACKLOG = (datetime(2025, 11, 10), datetime(2026, 1, 1))        # Double-11 sales surge + two handlers left
APP_VERSIONS = [(datetime(2025, 1, 1), "4.0.3"), (datetime(2025, 4, 21), "4.1.0"), (datetime(2025, 9, 8), "4.2.0"),
                (datetime(2025, 10, 13), "4.2.1"), (datetime(2026, 3, 16), "4.3.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_visit", "产品页浏览", "Product page", "awareness", "app", "digital", "growth",
     "产品页|看保障|了解产品|宠物险介绍|landing page|product page|plan page|browse"),
    ("tp_quote", "获取报价", "Get a quote", "consideration", "app", "digital", "growth",
     "报价|测保费|算保费|询价|quote|price quote|get a price"),
    ("tp_underwrite", "健康告知核保", "Health questionnaire & underwriting", "consideration", "app", "digital",
     "underwriting", "健康告知|核保|问卷|智能核保|underwriting|health questionnaire|health declaration"),
    ("tp_pay", "投保支付", "Policy purchase", "purchase", "app", "digital", "finance",
     "投保|买保险|出单|支付保费|首期保费|buy policy|purchase|policy issued|pay premium|new policy"),
    ("tp_rider", "加购附加险", "Add-on rider", "purchase", "app", "digital", "product",
     "附加险|加购|附加保障|rider|add-on|add on cover"),
    ("tp_vet_visit", "宠物就诊", "Vet visit", "service", "store", "physical", "clinic_network",
     "就诊|看病|去医院|宠物医院|看兽医|vet visit|vet|clinic visit|hospital visit"),
    ("tp_upload_fail", "发票上传失败", "Invoice upload failed", "service", "app", "digital", "it",
     "上传失败|传不上去|发票传不了|upload failed|upload error|can't upload"),
    ("tp_invoice_upload", "上传发票病历", "Invoice & records upload", "service", "app", "digital", "claims",
     "上传发票|上传病历|传单据|提交材料|upload invoice|invoice upload|upload documents|receipts"),
    ("tp_claim_submit", "提交理赔", "Claim submitted", "service", "app", "digital", "claims",
     "报案|申请理赔|提交理赔|报销申请|file a claim|submit claim|claim submitted"),
    ("tp_claim_review", "理赔审核", "Claim review", "service", "other", "digital", "claims",
     "理赔审核|核赔|审核结果|拒赔|claim review|claim decision|adjudication|denied|approved"),
    ("tp_payout", "理赔到账", "Claim payout", "service", "other", "digital", "finance",
     "理赔到账|赔付|打款|报销到账|payout|claim paid|reimbursement|money received"),
    ("tp_renew_notice", "续保提醒", "Renewal reminder", "loyalty", "app", "digital", "crm",
     "续保提醒|到期提醒|续保通知|renewal reminder|renewal notice|expiry reminder"),
    ("tp_renew", "续保", "Policy renewed", "loyalty", "app", "digital", "crm",
     "续保|续费|续期|renew|renewal|renewed"),
    ("tp_cancel", "退保", "Policy cancelled", "service", "app", "digital", "service",
     "退保|解约|不保了|取消保单|cancel|cancellation|cancel policy|surrender"),
    ("tp_refund", "退保退款", "Cancellation refund", "service", "other", "digital", "finance",
     "退款|退保费|退钱|refund|premium refund|money back"),
    ("tp_hotline", "客服热线", "Service hotline", "service", "phone", "digital", "service",
     "客服|热线|打电话|400电话|hotline|call center|customer service|phone support"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("purchase", "投保", "Buy a policy", ["tp_visit", "tp_quote", "tp_underwrite", "tp_pay"], 14),
    ("claim", "理赔", "Claim", ["tp_vet_visit", "tp_invoice_upload", "tp_claim_submit", "tp_claim_review",
                                "tp_payout"], 30),
    ("renewal", "续保", "Renewal", ["tp_renew_notice", "tp_renew"], 45),
    ("cancellation", "退保退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 30),
]
CITIES = {  # en: zh, weight, english-speaking share
    "Shanghai": ("上海", 0.28, 0.30), "Beijing": ("北京", 0.22, 0.12), "Shenzhen": ("深圳", 0.15, 0.22),
    "Hangzhou": ("杭州", 0.13, 0.06), "Chengdu": ("成都", 0.12, 0.05), "Guangzhou": ("广州", 0.10, 0.08),
}
CLINICS = [  # id, city, zh, en, partner
    ("V01", "Shanghai", "上海静安爱宠动物医院", "Shanghai Jing'an AiChong Vet", True),
    ("V02", "Shanghai", "上海徐汇安安宠物医院", "Shanghai Xuhui Anan Pet Hospital", True),
    ("V03", "Shanghai", "上海浦东瑞宠诊所", "Shanghai Pudong RuiChong Clinic", False),
    ("V04", "Shanghai", "上海长宁小爪宠物医院", "Shanghai Changning Little Paw Vet", False),
    ("V05", "Beijing", "北京朝阳宠康动物医院", "Beijing Chaoyang PetCare Hospital", True),
    ("V06", "Beijing", "北京海淀萌宠诊所", "Beijing Haidian MengChong Clinic", False),
    ("V07", "Beijing", "北京东城伴侣动物医院", "Beijing Dongcheng Companion Vet", False),
    ("V08", "Shenzhen", "深圳南山毛孩子动物医院", "Shenzhen Nanshan Furkid Vet", True),
    ("V09", "Shenzhen", "深圳福田宠爱诊所", "Shenzhen Futian ChongAi Clinic", False),
    ("V10", "Hangzhou", "杭州西湖喵汪动物医院", "Hangzhou West Lake MiaoWang Vet", True),
    ("V11", "Hangzhou", "杭州滨江宠福诊所", "Hangzhou Binjiang ChongFu Clinic", False),
    ("V12", "Chengdu", "成都锦江萌爪动物医院", "Chengdu Jinjiang MengZhua Vet", True),
    ("V13", "Chengdu", "成都高新宠安诊所", "Chengdu Hi-Tech ChongAn Clinic", False),
    ("V14", "Guangzhou", "广州天河宠乐动物医院", "Guangzhou Tianhe ChongLe Vet", True),
    ("V15", "Guangzhou", "广州越秀毛毛诊所", "Guangzhou Yuexiu MaoMao Clinic", False),
]
CLINIC = {c[0]: c for c in CLINICS}
CHANNELS = {  # en: zh, weight, quote prob, pay prob (after passing underwriting)
    "app_store": ("应用商店", 0.17, 0.86, 0.62), "wechat": ("微信公众号", 0.22, 0.86, 0.58),
    "douyin": ("抖音直播", 0.21, 0.80, 0.44), "xiaohongshu": ("小红书", 0.15, 0.85, 0.52),
    "partner_clinic": ("合作医院推荐", 0.12, 0.92, 0.80), "referral": ("老带新", 0.13, 0.88, 0.72),
}
SPECIES = {"dog": "狗", "cat": "猫"}
BREEDS = {  # en: zh, species, weight within species, yearly vet-visit rate
    "corgi": ("柯基", "dog", 0.15, 1.1), "golden_retriever": ("金毛", "dog", 0.14, 1.2),
    "poodle": ("泰迪", "dog", 0.20, 1.0), "french_bulldog": ("法斗", "dog", 0.10, 2.3),
    "shiba_inu": ("柴犬", "dog", 0.10, 1.0), "bichon_frise": ("比熊", "dog", 0.12, 1.0),
    "border_collie": ("边牧", "dog", 0.09, 0.9), "mixed_dog": ("中华田园犬", "dog", 0.10, 0.7),
    "british_shorthair": ("英短", "cat", 0.30, 0.9), "ragdoll": ("布偶", "cat", 0.22, 1.1),
    "american_shorthair": ("美短", "cat", 0.16, 0.85), "mixed_cat": ("中华田园猫", "cat", 0.22, 0.65),
    "scottish_fold": ("苏格兰折耳", "cat", 0.03, 3.2), "siamese": ("暹罗", "cat", 0.07, 0.9),
}
PET_AGES = ["0-1", "2-4", "5-7", "8+"]
PLANS = {  # en: zh, annual dog premium, annual cat premium, reimbursement ratio, deductible, yearly limit
    "basic": ("基础版", 699, 499, 0.6, 300, 10000), "standard": ("标准版", 1199, 899, 0.8, 200, 20000),
    "premium": ("尊享版", 1899, 1399, 0.9, 0, 50000)}
AGE_LOAD = {"0-1": 1.0, "2-4": 1.0, "5-7": 1.3, "8+": 1.6}
RIDERS = {"dental": ("牙齿护理附加险", 199), "liability": ("第三者责任附加险", 99), "cancer": ("肿瘤特疾附加险", 299)}
FREQ = {"monthly": "月缴", "annual": "年缴"}
PAYM = {"wechat_pay": "微信支付", "alipay": "支付宝", "bank_card": "银行卡"}
DIAG = {  # en: zh, accident?, median invoice
    "gastro": ("肠胃炎", False, 900), "skin": ("皮肤病", False, 650), "urinary": ("泌尿系统疾病", False, 1900),
    "ear": ("耳道感染", False, 480), "respiratory": ("呼吸道疾病", False, 2400), "dental": ("牙科", False, 1500),
    "joint": ("关节病", False, 2800), "injury": ("外伤骨折", True, 3600), "foreign_body": ("误食异物", True, 4200)}
DIAG_MIX = {
    "dog": {"gastro": 0.30, "skin": 0.24, "ear": 0.12, "injury": 0.10, "foreign_body": 0.08, "dental": 0.08,
            "urinary": 0.04, "respiratory": 0.02, "joint": 0.02},
    "cat": {"urinary": 0.30, "gastro": 0.20, "skin": 0.14, "respiratory": 0.09, "ear": 0.05, "dental": 0.08,
            "injury": 0.05, "foreign_body": 0.07, "joint": 0.02},
}
REJECT = {"waiting_period": "等待期内", "pre_existing": "既往症", "not_covered": "不在保障范围", "missing_docs": "材料不全"}
CANCEL_R = {"cooling_off": "犹豫期退保", "claim_rejected": "理赔被拒", "too_expensive": "保费太贵",
            "pet_passed": "宠物离世", "switched": "转投其他公司", "other": "其他"}
ORDER_ZH = {"new_premium": "新单保费", "installment": "月缴续期保费", "renewal": "续保保费", "rider": "附加险保费"}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "upload_fail": (["上传发票一直失败，点了十几次", "发票上传老是报错，安卓手机根本传不上去", "上传病历照片一直转圈，最后还是失败",
                     "APP上传发票闪退，只能找客服"],
                    ["the invoice upload keeps failing", "the app crashes every time I try to upload the vet invoice",
                     "couldn't upload the invoice photos, tried five times"]),
    "waiting_period": (["刚买完狗狗就拉肚子，说在等待期内不赔", "等待期30天，刚好卡在等待期被拒，太坑了", "买的时候主播没说清楚等待期"],
                       ["claim denied because it was still in the waiting period",
                        "nobody told me about the 30-day waiting period, claim rejected"]),
    "pre_existing": (["说是既往症拒赔了，之前明明没看过这个病", "既往症的认定太随意，猫咪以前只是拉过一次肚子"],
                     ["they denied it as a pre-existing condition", "rejected as pre-existing, which is nonsense"]),
    "slow_claim": (["理赔太慢了，等了两个多星期", "一直审核中，问客服也说不清楚", "资料早就交齐了，还是一直审核中，理赔太慢"],
                   ["my claim has been under review for weeks", "still under review after two weeks, way too slow",
                    "they take too long to pay claims"]),
    "renewal_hike": (["续保涨价太狠了，老狗一下子涨了三成多", "猫咪九岁了，续保保费涨了这么多，不续了", "续保涨价也不提前说清楚"],
                     ["the renewal premium went up by more than 30%", "renewal premium went up a lot because my dog is old"]),
    "questionnaire": (["健康告知问题太多太绕，看不懂", "健康告知里好多专业名词，不知道怎么填"],
                      ["the health questionnaire is confusing", "too many questions in the health questionnaire"]),
    "refund_slow": (["退保的钱一个星期了还没退回来", "退保的钱迟迟不到，银行卡一直没收到"],
                    ["still waiting for my cancellation refund", "the cancellation refund is taking ages"]),
    "direct_billing": (["合作医院直付，不用自己垫钱，太方便了", "在合作医院直接结算，出院就走", "直付真的省心，医院帮忙传材料"],
                       ["direct billing at the partner clinic, no out-of-pocket", "love the direct billing, the vet handled everything"]),
    "fast_payout": (["理赔到账很快，第二天就收到了", "没想到到账很快，体验很好"],
                    ["claim paid out fast, next day", "paid out fast, very smooth"]),
}
GEN = {
    "pos": (["保障挺全的，推荐养宠的朋友买", "客服态度很好，解释得很清楚", "整体体验不错，会继续保", "价格合理，给毛孩子多一份保障"],
            ["good cover for the price", "helpful customer service", "overall a good experience, will keep the policy"]),
    "neu": (["还行吧，中规中矩", "一般般，没什么特别的", "条款有点长，其他还好"],
            ["it's ok", "average, nothing special"]),
    "neg": (["体验很差，不会再买了", "感觉被坑了，有点失望", "理赔流程太复杂了"],
            ["not happy with this insurer", "disappointing experience, won't renew"]),
}
TOPIC_TP = [("upload_fail", "tp_invoice_upload"), ("waiting_period", "tp_claim_review"),
            ("pre_existing", "tp_claim_review"), ("slow_claim", "tp_payout"), ("renewal_hike", "tp_renew"),
            ("questionnaire", "tp_underwrite"), ("refund_slow", "tp_refund"), ("direct_billing", "tp_vet_visit"),
            ("fast_payout", "tp_payout")]
NEG_TOPICS = {"upload_fail", "waiting_period", "pre_existing", "slow_claim", "renewal_hike", "questionnaire",
              "refund_slow"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    x = rng.random() * sum(weights)
    for item, w in zip(items, weights):
        x -= w
        if x < 0:
            return item
    return items[-1]


def season(d: datetime) -> float:
    if datetime(2025, 11, 1) <= d < datetime(2025, 11, 12):
        return 2.6                                   # Double 11 promotion
    if datetime(2025, 6, 1) <= d < datetime(2025, 6, 19) or datetime(2026, 6, 1) <= d < datetime(2026, 6, 19):
        return 1.6                                   # 618 promotion
    if datetime(2025, 1, 25) <= d < datetime(2025, 2, 8) or datetime(2026, 2, 13) <= d < datetime(2026, 2, 27):
        return 0.5                                   # Spring Festival
    return 1.0


def app_version(t: datetime) -> str:
    v = APP_VERSIONS[0][1]
    for start, ver in APP_VERSIONS:
        if t >= start:
            v = ver
    return v


def premium_of(plan, species, age):
    p = PLANS[plan]
    return round((p[1] if species == "dog" else p[2]) * AGE_LOAD[age])


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_q = self.n_pol = self.n_cl = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, common=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"], channel=c["app"], app_version=app_version(t))
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, pol, **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status="paid", channel=c["app"], device=c["device"], order_type=otype, 订单类型=ORDER_ZH[otype],
                   policy_id=pol["id"], plan=pol["plan"], 保障方案=PLANS[pol["plan"]][0], pet_species=c["species"],
                   宠物种类=SPECIES[c["species"]], payment_frequency=pol["freq"], 缴费方式=FREQ[pol["freq"]],
                   payment_method=pol["paym"], 支付方式=PAYM[pol["paym"]], currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, common=None, undated=False, gen=None,
           no_customer=False, tp=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"F{self.n_fb:06d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_claim_review")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        pos = not neg and (gen == "pos" or bool({"direct_billing", "fast_payout"} & set(topics)))
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, city=c["city"], 城市=CITIES[c["city"]][0],
                   pet_species=c["species"], 宠物种类=SPECIES[c["species"]])
        if common:
            for k in ("policy_id", "claim_id", "plan", "保障方案", "clinic_id", "clinic", "clinic_en"):
                if k in common:
                    row[k] = common[k]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)),
                               sentiment="neg" if neg else ("pos" if pos else "neu")))

    def stars(self, topics, base=(0.45, 0.38, 0.12, 0.05)):
        s = float(pick([5, 4, 3, 2], base))
        pen = {"upload_fail": 2.0, "waiting_period": 3.0, "pre_existing": 3.0, "slow_claim": 2.2,
               "renewal_hike": 2.0, "questionnaire": 1.0, "refund_slow": 1.8}
        for k in topics:
            s -= pen.get(k, 0.0)
        if {"direct_billing", "fast_payout"} & set(topics) and not set(topics) & NEG_TOPICS:
            s = 5.0 if rng.random() < 0.75 else 4.0
        return float(min(5, max(1, round(s))))

    # ---------- customers ----------
    def customers(self):
        days = []
        d = START
        while d <= datetime(2026, 8, 25):
            growth = 0.6 + 0.8 * (d - START).days / 600
            days.append((d, growth * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23.8)))
            city = pick(list(CITIES), [x[1] for x in CITIES.values()])
            species = pick(["dog", "cat"], [0.54, 0.46])
            breeds = [b for b, v in BREEDS.items() if v[1] == species]
            breed = pick(breeds, [BREEDS[b][2] for b in breeds])
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            age = pick(PET_AGES, [0.30, 0.36, 0.20, 0.14])
            en = CITIES[city][2]
            self.cust.append(dict(
                customer_id=f"C{i + 1:05d}", t0=t, city=city, species=species, breed=breed, age=age, channel=ch,
                owner_age=pick(["18-24", "25-30", "31-40", "41-50", "51+"], [0.16, 0.38, 0.30, 0.11, 0.05]),
                gender=pick(["female", "male"], [0.63, 0.37]), device=pick(["ios", "android"], [0.52, 0.48]),
                app=pick(["app", "mini_program"], [0.7, 0.3]), en_share=en,
                lang="en" if rng.random() < en else "zh", policies=[], paid=False))

    # ---------- purchase ----------
    def purchase(self, c):
        t = c["t0"]
        self.ev(c, t, "tp_visit", None, "view", channel=c["app"], acquisition_channel=c["channel"])
        chq = CHANNELS[c["channel"]]
        if rng.random() > chq[2]:
            return
        self.n_q += 1
        qid = f"Q{self.n_q:06d}"
        plan = pick(list(PLANS), [0.2, 0.45, 0.35] if c["channel"] in ("partner_clinic", "referral")
                    else [0.38, 0.45, 0.17])
        prem = premium_of(plan, c["species"], c["age"])
        common = dict(plan=plan, 保障方案=PLANS[plan][0], pet_species=c["species"], 宠物种类=SPECIES[c["species"]],
                      breed=c["breed"], 品种=BREEDS[c["breed"]][0], pet_age_band=c["age"])
        t += D(minutes=float(rng.uniform(1, 30)))
        self.ev(c, t, "tp_quote", qid, "quote", common, quote_amount=prem)
        if rng.random() > 0.86:
            return
        t += D(minutes=float(rng.uniform(2, 40))) if rng.random() < 0.85 else D(days=float(rng.uniform(0.5, 5)))
        p_dec = {"0-1": 0.02, "2-4": 0.03, "5-7": 0.10, "8+": 0.32}[c["age"]]
        r = rng.random()
        res = "decline" if r < p_dec else ("exclusion" if r < p_dec + 0.10 else "pass")
        zh = {"pass": "通过", "exclusion": "除外承保", "decline": "拒保"}[res]
        self.ev(c, t, "tp_underwrite", qid, {"decline": "fail"}.get(res, "success"), common, underwrite_result=res,
                核保结果=zh)
        if res == "decline":
            if rng.random() < 0.06:
                self.fb(c, t + D(hours=2), ["questionnaire"], "ticket", common=common)
            return
        p_pay = chq[3] * (0.8 if c["age"] == "8+" else 1.0) * (1.15 if season(t) > 2 else 1.0)
        if rng.random() > p_pay:
            if rng.random() < 0.012:
                self.fb(c, t + D(hours=1), ["questionnaire"], "survey", nps=int(rng.integers(2, 7)), common=common)
            return
        if rng.random() < 0.05:
            t += D(days=float(rng.uniform(9, 25)))                      # came back much later
        else:
            t += D(hours=float(min(200, rng.exponential(8) + 0.05)))
        if t > END:
            return
        freq = pick(["monthly", "annual"], [0.65, 0.35] if c["channel"] == "douyin" else [0.42, 0.58])
        self.n_pol += 1
        pol = dict(id=f"P{self.n_pol:06d}", plan=plan, freq=freq, paym=pick(list(PAYM), [0.52, 0.33, 0.15]),
                   start=t, prem=prem, riders=[], term=1, age=c["age"])
        common = dict(common, policy_id=pol["id"], payment_frequency=freq, 缴费方式=FREQ[freq],
                      payment_method=pol["paym"], 支付方式=PAYM[pol["paym"]])
        first = prem if freq == "annual" else round(prem / 12 * 1.08, 2)
        self.ev(c, t, "tp_pay", qid, "success", common, premium=first)
        pol["orders"] = [self.order(c, t, first, "new_premium", pol)]
        c["paid"] = True
        c["policies"].append(pol)
        p_r = {"dental": {"basic": 0.08, "standard": 0.18, "premium": 0.34}[plan],
               "liability": 0.28 if c["species"] == "dog" else 0.0,
               "cancer": 0.22 if c["age"] in ("5-7", "8+") else 0.07}
        for rd, p in p_r.items():
            if rng.random() < p:
                tr = t + D(minutes=float(rng.uniform(1, 5)))
                self.ev(c, tr, "tp_rider", pol["id"], "add", common, rider=rd, 附加险=RIDERS[rd][0],
                        premium=RIDERS[rd][1])
                pol["orders"].append(self.order(c, tr, RIDERS[rd][1], "rider", pol, rider=rd, 附加险=RIDERS[rd][0]))
                pol["riders"].append(rd)
        pol["common"] = common
        if rng.random() < 0.07:                                         # store review right after buying
            st = self.stars([], base=(0.5, 0.3, 0.14, 0.06))
            self.fb(c, t + D(hours=float(rng.uniform(0.2, 30))), [], "app_store_review", rating=st, common=common,
                    gen="pos" if st >= 4 else ("neu" if st == 3 else "neg"), tp="tp_pay")
        self.policy_life(c, pol)

    # ---------- a policy year, then renewals ----------
    def policy_life(self, c, pol):
        while True:
            start = pol["start"]
            expiry = start + D(days=365)
            common = pol["common"]
            # cancellation
            p_cancel = 0.22 if pol["freq"] == "monthly" else 0.07
            cancel_t = None
            reason = None
            if rng.random() < p_cancel:
                if pol["term"] == 1 and rng.random() < 0.28:
                    cancel_t = start + D(days=float(rng.uniform(0.5, 14.5)))
                    reason = "cooling_off"
                else:
                    cancel_t = start + D(days=float(rng.uniform(16, 355)))
                    reason = pick(["too_expensive", "pet_passed", "switched", "other"], [0.4, 0.15, 0.25, 0.2])
            # claims
            rej_any = False
            active_end = min(x for x in (expiry, cancel_t or expiry, END))
            visits = []
            lam = 1.4 * BREEDS[c["breed"]][3] * (1.5 if c["age"] == "8+" else (1.2 if c["age"] == "5-7" else 1.0))
            n = int(rng.poisson(lam * max(0.0, (active_end - start).days) / 365))
            visits += sorted(start + D(days=float(rng.uniform(0, max(0.1, (active_end - start).days)))) for _ in range(n))
            sick_buyer = c["channel"] == "douyin" and pol["term"] == 1 and rng.random() < 0.33
            if sick_buyer:
                visits.insert(0, start + D(days=float(rng.uniform(2, 27))))
            first_visit = visits[0] if visits else None
            for tv in sorted(visits):
                if tv >= active_end:
                    continue
                out, t_out = self.claim(c, pol, tv, sick=sick_buyer and tv == first_visit)
                if out == "rejected":
                    rej_any = True
                    if cancel_t is None and c["channel"] == "douyin" and rng.random() < 0.35:
                        tc = t_out + D(days=float(rng.uniform(0.5, 20)))
                        if tc < expiry:
                            cancel_t, reason = tc, "claim_rejected"
                            active_end = min(active_end, tc)
            # monthly installments
            if pol["freq"] == "monthly":
                m = 1
                while True:
                    tm = start + D(days=round(30.42 * m))
                    if tm >= expiry or (cancel_t and tm >= cancel_t) or tm > END:
                        break
                    self.order(c, tm, round(pol["prem"] / 12 * 1.08, 2), "installment", pol)
                    m += 1
            if cancel_t is not None:
                if cancel_t > END:
                    return
                self.ev(c, cancel_t, "tp_cancel", pol["id"], "cancel", common, cancel_reason=reason,
                        退保原因=CANCEL_R[reason])
                amt = None
                if reason == "cooling_off":
                    amt = sum(o["amount"] for o in pol["orders"] if o)
                elif pol["freq"] == "annual":
                    left = (expiry - cancel_t).days / 365
                    amt = round(pol["prem"] * left * 0.85, 2)
                if amt:
                    med = {"wechat_pay": 0.3, "alipay": 0.3, "bank_card": 4.0}[pol["paym"]]
                    tr = cancel_t + D(days=float(rng.lognormal(np.log(med), 0.4)))
                    if self.ev(c, tr, "tp_refund", pol["id"], "refund", common, refund_amount=amt,
                               cancel_reason=reason, 退保原因=CANCEL_R[reason]):
                        if reason == "cooling_off":
                            for o in pol["orders"]:
                                if o:
                                    o["status"] = "refunded"
                                    o["refunded_at"] = ts(tr)
                    if (tr - cancel_t).days >= 3 and rng.random() < 0.5:
                        self.fb(c, cancel_t + D(days=3, hours=float(rng.uniform(0, 20))), ["refund_slow"],
                                pick(["ticket", "call_note"], [0.6, 0.4]), common=common)
                pol["end"] = "cancelled"
                return
            # renewal
            t_n = expiry - D(days=30)
            if t_n > END:
                pol["end"] = "active"
                return
            self.ev(c, t_n, "tp_renew_notice", pol["id"], "sent", common, channel="app_push")
            senior = pol["age"] == "8+"
            new_prem = round(pol["prem"] * (1.35 if senior else 1.08))
            if senior and rng.random() < 0.35:
                ch = pick(["app_review", "call_note"], [0.5, 0.5])
                self.fb(c, t_n + D(days=float(rng.uniform(0.2, 6))), ["renewal_hike"], ch,
                        rating=self.stars(["renewal_hike"]) if ch == "app_review" else None, common=common)
            p_ren = 0.45 if senior else 0.80
            if rej_any:
                p_ren *= 0.7
            if c["channel"] == "douyin":
                p_ren *= 0.85
            if rng.random() > p_ren:
                pol["end"] = "lapsed" if expiry <= END else "active"
                return
            tr = expiry - D(days=float(rng.uniform(0, 29))) if rng.random() < 0.9 else expiry + D(
                days=float(rng.uniform(1, 15)))
            if tr > END:
                pol["end"] = "active" if expiry > END else "lapsed"
                return
            first = new_prem if pol["freq"] == "annual" else round(new_prem / 12 * 1.08, 2)
            self.ev(c, tr, "tp_renew", pol["id"], "renew", common, premium=first, renewal_premium=new_prem)
            pol["prem"] = new_prem
            pol["term"] += 1
            pol["start"] = max(expiry, tr)
            pol["orders"] = [self.order(c, tr, first, "renewal", pol)]
            for rd in pol["riders"]:
                pol["orders"].append(self.order(c, tr, RIDERS[rd][1], "rider", pol, rider=rd, 附加险=RIDERS[rd][0]))
            pol["age"] = {"0-1": "2-4", "2-4": "2-4", "5-7": "5-7" if rng.random() < 0.67 else "8+", "8+": "8+"}[
                pol["age"]]

    # ---------- one vet visit and its claim ----------
    def claim(self, c, pol, tv, sick=False):
        self.n_cl += 1
        cid = f"CL{self.n_cl:06d}"
        p_partner = 0.85 if c["channel"] == "partner_clinic" else 0.5
        clinics = [k for k in CLINICS if k[1] == c["city"]]
        partner = rng.random() < p_partner
        pool = [k for k in clinics if k[4] == partner]
        cl = pool[int(rng.integers(len(pool)))]
        mix = dict(DIAG_MIX[c["species"]])
        if c["breed"] == "french_bulldog":
            mix["respiratory"] = 0.25
            mix["skin"] += 0.1
        if c["breed"] == "scottish_fold":
            mix["joint"] = 0.45
        if 6 <= tv.month <= 9:
            mix["skin"] *= 1.8
        diag = pick(list(mix), list(mix.values()))
        if sick and DIAG[diag][1]:
            diag = "gastro" if c["species"] == "dog" else "urinary"
        inv = round(float(DIAG[diag][2] * rng.lognormal(0, 0.5)), 2)
        common = dict(pol["common"], claim_id=cid, clinic_id=cl[0], clinic=cl[2], clinic_en=cl[3],
                      clinic_city=cl[1], 医院城市=CITIES[cl[1]][0], is_partner_clinic=partner, diagnosis=diag,
                      病种=DIAG[diag][0])
        self.ev(c, tv, "tp_vet_visit", cid, "visit", common, device=None, channel="clinic", invoice_amount=inv)
        in_wait = pol["term"] == 1 and (tv - pol["start"]).days < (3 if DIAG[diag][1] else 30)
        if rng.random() > (0.6 if inv < 300 else 0.93) or (in_wait and not sick and rng.random() < 0.6):
            return "none", tv
        topics = []
        fails = 0
        if partner:
            t = tv + D(minutes=float(rng.uniform(20, 150)))
            self.ev(c, t, "tp_invoice_upload", cid, "clinic_upload", common, device=None, channel="clinic",
                    upload_method="clinic_direct")
            t += D(minutes=float(rng.uniform(1, 10)))
            self.ev(c, t, "tp_claim_submit", cid, "submit", common, device=None, channel="clinic",
                    claim_amount=inv)
        else:
            t = tv + D(hours=float(rng.lognormal(np.log(20), 0.8)))
            bug = c["device"] == "android" and UPLOAD_BUG[0] <= t < UPLOAD_BUG[1]
            p_fail, err = (0.48, "OCR_CRASH") if bug else (0.05, pick(["FILE_TOO_LARGE", "OCR_UNREADABLE"], [0.5, 0.5]))
            if rng.random() < p_fail:
                fails = int(rng.geometric(0.5))
                for _ in range(fails):
                    self.ev(c, t, "tp_upload_fail", cid, "fail", common, error_code=err)
                    t += D(minutes=float(rng.uniform(0.5, 4)))
                if rng.random() < 0.45:
                    self.ev(c, t + D(minutes=10), "tp_hotline", cid, "call", common, channel="phone",
                            call_reason="upload_failed", 来电原因="上传失败")
                if rng.random() < (0.25 if bug else 0.1):
                    ch = pick(["ticket", "app_store_review", "call_note"], [0.5, 0.3, 0.2])
                    self.fb(c, t + D(minutes=30), ["upload_fail"], ch, common=common,
                            rating=float(pick([1, 2], [0.7, 0.3])) if ch == "app_store_review" else None)
                if rng.random() < 0.15:
                    return "gave_up", t
                t += D(hours=float(rng.lognormal(np.log(30 if bug else 3), 0.7)))
                topics.append("upload_fail")
            self.ev(c, t, "tp_invoice_upload", cid, "upload", common, upload_method="app_ocr" if not fails else
                    ("web" if rng.random() < 0.3 else "app_ocr"))
            t += D(minutes=float(rng.uniform(2, 25)))
            self.ev(c, t, "tp_claim_submit", cid, "submit", common, claim_amount=inv)
        t_sub = t
        # decision
        wait_days = (tv - pol["start"]).total_seconds() / 86400
        acc = DIAG[diag][1]
        if pol["term"] == 1 and wait_days < (3 if acc else 30):
            res, why = "rejected", "waiting_period"
        elif diag == "dental" and "dental" not in pol["riders"]:
            res, why = "rejected", "not_covered"
        elif not acc and rng.random() < (0.25 if c["channel"] == "douyin" else 0.05):
            res, why = "rejected", "pre_existing"
        elif not partner and rng.random() < 0.05:
            res, why = "rejected", "missing_docs"
        else:
            res, why = "approved", None
        med = 0.7 if partner else 2.6
        if BACKLOG[0] <= t_sub < BACKLOG[1]:
            med *= 4.0
        t_dec = t_sub + D(days=float(rng.lognormal(np.log(med), 0.5)))
        kw = dict(review_result=res, 审核结果="通过" if res == "approved" else "拒赔")
        if why:
            kw.update(reject_reason=why, 拒赔原因=REJECT[why])
        self.ev(c, t_dec, "tp_claim_review", cid, res, common, device=None, channel="claims_system", **kw)
        if res == "rejected":
            if why in ("waiting_period", "pre_existing"):
                topics.append(why)
            if rng.random() < 0.25:
                self.ev(c, t_dec + D(hours=float(rng.uniform(1, 30))), "tp_hotline", cid, "call", common,
                        channel="phone", call_reason="claim_rejected", 来电原因="理赔被拒")
                if why in ("waiting_period", "pre_existing") and rng.random() < 0.5:
                    self.fb(c, t_dec + D(hours=float(rng.uniform(2, 32))), [why], "call_note", common=common)
            t_end = t_dec
        else:
            plan = PLANS[pol["plan"]]
            amt = round(min(plan[5], max(0.0, inv - plan[4]) * plan[3]), 2)
            t_end = t_dec + (D(hours=float(rng.uniform(0.5, 4))) if partner else
                             D(hours=float(rng.lognormal(np.log(20), 0.5))))
            self.ev(c, t_end, "tp_payout", cid, "paid", common, device=None, channel="bank",
                    payout_amount=amt, payout_method="direct_billing" if partner else "bank_transfer",
                    赔付方式="医院直付" if partner else "银行转账")
            if partner and rng.random() < 0.45:
                topics.append("direct_billing")
            elif not partner and (t_end - t_sub).days < 3 and rng.random() < 0.3:
                topics.append("fast_payout")
        if (t_end - t_sub).days >= 10 and rng.random() < 0.7:
            topics.append("slow_claim")
            if rng.random() < 0.3:
                self.fb(c, t_sub + D(days=9, hours=float(rng.uniform(0, 20))), ["slow_claim"],
                        pick(["ticket", "call_note"], [0.5, 0.5]), common=common)
        bad = bool(set(topics) & NEG_TOPICS)
        if rng.random() < (0.5 if bad else 0.3):
            st = self.stars(topics)
            self.fb(c, t_end + D(hours=float(rng.lognormal(np.log(10), 1.0))), topics, "app_review", rating=st,
                    common=common, gen="pos" if st >= 4 else ("neu" if st == 3 else "neg"))
        if res == "approved" and rng.random() < 0.1:
            nps = int(np.clip(round(rng.normal(8.3 - 3.0 * bad, 1.6)), 0, 10))
            self.fb(c, t_end + D(days=2), topics if rng.random() < 0.6 else [], "survey", nps=nps, common=common,
                    gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if topics and rng.random() < 0.05:
            self.fb(c, t_end + D(hours=float(rng.uniform(2, 96))), topics, "xiaohongshu", common=common,
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.3)
        return res, t_end

    def run(self):
        self.customers()
        for c in self.cust:
            self.purchase(c)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            pols = c["policies"]
            if not pols:
                seg, tier = "prospect", None
            else:
                last = pols[-1]
                tier = last["plan"]
                end = last.get("end", "active")
                if end == "active" and pols[0]["start"] >= datetime(2026, 6, 1):
                    seg = "new"
                else:
                    seg = end
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["t0"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 保障方案=PLANS[tier][0] if tier else None,
                             pet_species=c["species"], 宠物种类=SPECIES[c["species"]], breed=c["breed"],
                             品种=BREEDS[c["breed"]][0], pet_age_band=c["age"], owner_age_band=c["owner_age"],
                             gender=c["gender"], phone_os=c["device"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "acquisition_channel", "policy_id", "plan", "保障方案", "pet_species", "宠物种类", "breed",
           "品种", "pet_age_band", "payment_frequency", "缴费方式", "payment_method", "支付方式", "quote_amount",
           "underwrite_result", "核保结果", "premium", "rider", "附加险", "claim_id", "clinic_id", "clinic",
           "clinic_en", "clinic_city", "医院城市", "is_partner_clinic", "diagnosis", "病种", "invoice_amount",
           "upload_method", "error_code", "claim_amount", "review_result", "审核结果", "reject_reason", "拒赔原因",
           "payout_amount", "payout_method", "赔付方式", "call_reason", "来电原因", "cancel_reason", "退保原因",
           "refund_amount", "renewal_premium"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "policy_id", "plan", "保障方案", "pet_species", "宠物种类", "payment_frequency", "缴费方式", "payment_method",
            "支付方式", "rider", "附加险", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "city", "城市", "pet_species", "宠物种类", "policy_id", "claim_id", "plan", "保障方案", "clinic_id", "clinic",
           "clinic_en"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "保障方案", "pet_species", "宠物种类", "breed", "品种", "pet_age_band", "owner_age_band", "gender",
             "phone_os", "preferred_language"]


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
    dup_idx = rng.choice(len(ev), size=18, replace=False)            # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, policies {g.n_pol}, claims {g.n_cl}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
