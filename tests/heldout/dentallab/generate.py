"""铂瓷义齿 PlatiCera Dental Lab: a B2B dental laboratory (义齿加工厂) in Shenzhen making crowns, bridges, implant
crowns, veneers, inlays and clear aligners for dental clinics in the Pearl River Delta, Hong Kong and Macau.

A clinic that is new to us makes an enquiry (新诊所咨询), sends a free trial case (试做单) and, if the dentist likes it,
opens a monthly-statement account (签约开户). Then its cases flow: the case is received (收件: a digital intra-oral scan
uploaded on the portal / mini program, or a silicone impression sent by courier), the impression / scan is checked
(模型口扫检查; a bad one is sent back for a retake 重新取模), a CAD designer designs it (CAD设计), it is milled / printed
/ pressed / layered (切削/打印制作) at the Shenzhen Bao'an HQ or, from April 2025, the Dongguan Songshan Lake plant,
checked (质检; a failed piece is made again), shipped (发货: lab van, Shansong same-day courier, SF Express, JD Logistics,
SF cross-border for Hong Kong / Macau), delivered to the clinic (诊所签收) and fitted in the patient's mouth (临床试戴).
A piece that does not fit gets a remake request (返工申请: seat, high bite, shade, open contact, chipping) and a remake
case. Clear-aligner cases get a 3D treatment plan (矫治方案, revised until the dentist approves it 医生确认方案, or the
patient declines) before production. Clinics get a monthly statement (月结对账单) and pay it (回款) on their own
schedule; customer service calls some clinics after a case (客服回访, 1-5 stars), clinics vent in the customer-service
WeChat groups, write a note with each remake request, answer a half-yearly NPS survey, and sales reps note why a lead
was lost.

Data 2025-01-01 .. 2026-08-31 (extract taken in early September 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics per comment; not a DATA.md table).
Deterministic (seed 20261215), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261215
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
NDAYS = (END.date() - START.date()).days + 1
CLOSURES = [(datetime(2025, 1, 25), datetime(2025, 2, 6)), (datetime(2026, 2, 13), datetime(2026, 2, 25))]  # 春节放假
DG_OPEN = datetime(2025, 4, 1)                                  # Dongguan plant starts milling
DG_DRIFT = (datetime(2025, 10, 1), datetime(2026, 1, 1))        # Dongguan 5-axis mills out of calibration
CUSTOMS = (datetime(2026, 2, 25), datetime(2026, 4, 16))        # new cross-border declaration rules for medical devices
EXPOS = [(datetime(2025, 3, 3), 4), (datetime(2025, 9, 17), 3), (datetime(2026, 3, 2), 4)]
PRICE_CUT = datetime(2026, 3, 1)                                # zirconia list price 420 -> 390
OCC_DESIGNER = "陈志强"

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_lead", "新诊所咨询", "New clinic enquiry", "awareness", "phone", "digital", "sales",
     "咨询|新客户|线索|潜在客户|新诊所|lead|enquiry|inquiry|prospect|new clinic"),
    ("tp_trial_case", "试做单", "Trial case", "consideration", "other", "physical", "sales",
     "试做|免费试做|样冠|试戴样品|trial case|test crown|sample case|trial"),
    ("tp_contract", "签约开户", "Account opened", "purchase", "other", "digital", "sales",
     "签约|开户|月结协议|合作协议|成交|account opened|signed up|contract|new account"),
    ("tp_case_received", "收件登记", "Case received", "purchase", "web", "digital", "customer_service",
     "收件|接单|来件|下单|收模型|口扫上传|新病例|case received|new case|case in|scan uploaded|impression received|order"),
    ("tp_scan_check", "模型口扫检查", "Impression & scan check", "service", "other", "physical", "model_room",
     "模型检查|口扫检查|印模检查|退模|重新取模|重取|scan check|impression check|model check|rejected impression|retake"),
    ("tp_design", "CAD设计", "CAD design", "service", "other", "digital", "design",
     "设计|CAD|排牙|设计师|design|CAD design|designer"),
    ("tp_plan", "矫治方案", "Aligner treatment plan", "service", "web", "digital", "aligner_planning",
     "方案|矫治方案|3D方案|排牙方案|treatment plan|setup|aligner plan|3D plan"),
    ("tp_plan_approved", "医生确认方案", "Plan approved by dentist", "purchase", "web", "digital", "aligner_planning",
     "确认方案|方案确认|医生签字|方案通过|plan approved|approval|sign-off|doctor approval"),
    ("tp_production", "切削打印制作", "Milling & printing", "service", "other", "physical", "production",
     "生产|制作|切削|打印|上瓷|铸造|压铸|压膜|milling|printing|fabrication|production|layering|pressing"),
    ("tp_qc", "质检", "Quality check", "service", "other", "physical", "quality",
     "质检|QC|检验|出厂检查|不合格|quality check|quality control|inspection"),
    ("tp_shipped", "发货", "Shipped", "service", "other", "physical", "logistics",
     "发货|出件|寄出|快递|物流|shipped|dispatch|sent out|courier|shipping"),
    ("tp_delivered", "诊所签收", "Delivered to clinic", "service", "other", "physical", "logistics",
     "签收|送达|到货|收到|delivered|delivery|received by clinic|arrival|on time"),
    ("tp_fitting", "临床试戴", "Chairside fitting", "service", "store", "physical", "clinic",
     "试戴|戴牙|粘接|就位|椅旁调改|try-in|fitting|seat|cementation|chairside"),
    ("tp_remake", "返工申请", "Remake request", "service", "web", "digital", "customer_service",
     "返工|重做|返修|返工单|remake|redo|re-do|remake request"),
    ("tp_cancel", "取消病例", "Case cancelled", "purchase", "web", "digital", "customer_service",
     "取消|撤单|放弃|cancel|cancelled case|withdrawn"),
    ("tp_statement", "月结对账单", "Monthly statement", "loyalty", "email", "digital", "finance",
     "对账|对账单|月结|账单|statement|monthly bill|invoice|billing"),
    ("tp_payment", "回款", "Payment received", "loyalty", "other", "digital", "finance",
     "回款|付款|收款|结款|打款|payment|paid|collection|receivables"),
    ("tp_followup", "客服回访", "Follow-up call", "loyalty", "phone", "digital", "customer_service",
     "回访|满意度|打分|评价|follow-up call|CSAT|rating|satisfaction call"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("onboarding", "新诊所开发", "New clinic onboarding", ["tp_lead", "tp_trial_case", "tp_contract"], 60),
    ("production", "冠桥生产交付", "Crown & bridge production",
     ["tp_case_received", "tp_scan_check", "tp_design", "tp_production", "tp_qc", "tp_shipped", "tp_delivered",
      "tp_fitting"], 30),
    ("aligner", "隐形矫治方案到发货", "Aligner plan to shipment",
     ["tp_plan", "tp_plan_approved", "tp_production", "tp_shipped"], 60),
    ("billing", "月结回款", "Statement to payment", ["tp_statement", "tp_payment"], 180),
]
SITES = {"S1": ("深圳宝安总厂", "Shenzhen Bao'an HQ"), "S2": ("东莞松山湖分厂", "Dongguan Songshan Lake")}
CTYPES = {  # en: zh, cases / month (median), aligner share, payment lag median days
    "private_clinic": ("个体诊所", 0.85, 0.06, 22),
    "chain_clinic": ("连锁口腔", 2.6, 0.14, 48),
    "hospital": ("公立医院口腔科", 3.4, 0.05, 150),
    "overseas": ("港澳诊所", 1.4, 0.10, 12),
}
REGIONS = {"Shenzhen": "深圳", "Guangzhou": "广州", "Dongguan": "东莞", "Foshan": "佛山", "Huizhou": "惠州",
           "Hong Kong": "香港", "Macau": "澳门"}
MAINLAND_W = {"Shenzhen": 0.42, "Guangzhou": 0.22, "Dongguan": 0.14, "Foshan": 0.12, "Huizhou": 0.10}
DISTRICTS = {
    "Shenzhen": [("南山", "Nanshan"), ("福田", "Futian"), ("宝安", "Bao'an"), ("龙岗", "Longgang"), ("罗湖", "Luohu"),
                 ("龙华", "Longhua")],
    "Guangzhou": [("天河", "Tianhe"), ("海珠", "Haizhu"), ("越秀", "Yuexiu"), ("番禺", "Panyu"), ("白云", "Baiyun")],
    "Dongguan": [("南城", "Nancheng"), ("东城", "Dongcheng"), ("长安", "Chang'an"), ("虎门", "Humen")],
    "Foshan": [("禅城", "Chancheng"), ("南海", "Nanhai"), ("顺德", "Shunde")],
    "Huizhou": [("惠城", "Huicheng"), ("惠阳", "Huiyang")],
    "Hong Kong": [("尖沙咀", "Tsim Sha Tsui"), ("铜锣湾", "Causeway Bay"), ("旺角", "Mong Kok"), ("中环", "Central"),
                  ("沙田", "Sha Tin")],
    "Macau": [("氹仔", "Taipa"), ("新口岸", "NAPE")],
}
CHANNELS = {  # en: zh, p(trial | lead), p(contract | trial)
    "sales_visit": ("业务拜访", 0.60, 0.65), "dental_expo": ("口腔展会", 0.50, 0.58),
    "referral": ("同行介绍", 0.82, 0.80), "online": ("线上推广", 0.28, 0.45),
    "distributor": ("材料经销商", 0.48, 0.55)}
PRODUCTS = {"single_crown": "单冠", "bridge": "固定桥", "implant_crown": "种植牙冠", "veneer": "贴面", "inlay": "嵌体",
            "aligner": "隐形矫治器"}
MATERIALS = {"zirconia": "氧化锆", "PFM": "烤瓷", "e.max": "铸瓷", "metal": "全金属", "PET-G": "膜片"}
UNIT_PRICE = {"zirconia": 420, "PFM": 180, "e.max": 680, "metal": 110}
PROCESS = {"zirconia": ("milling", "切削"), "metal": ("SLM printing", "金属打印"), "PFM": ("casting & layering", "铸造上瓷"),
           "e.max": ("pressing", "压铸"), "PET-G": ("printing & thermoforming", "打印压膜")}
TYPE_MULT = {"private_clinic": 1.0, "chain_clinic": 0.9, "hospital": 0.95, "overseas": 1.35}
IMP = {"digital_scan": "口扫", "physical_impression": "硅橡胶印模"}
REJECT = {"bubbles": "印模气泡", "unclear_margin": "边缘不清", "distorted": "模型变形", "missing_bite": "咬合记录缺失",
          "incomplete_scan": "扫描不全"}
QCFAIL = {"marginal_gap": "边缘不密合", "shade_deviation": "颜色偏差", "porcelain_crack": "瓷层裂纹",
          "occlusal_interference": "咬合干扰"}
REMAKE = {"fit": "就位不良", "occlusion": "咬合高", "shade": "颜色不符", "contact": "邻接松紧", "chipping": "崩瓷"}
CANCELR = {"impression_rejected": "印模不合格放弃", "patient_no_show": "患者未复诊", "patient_declined": "患者放弃矫治"}
COURIERS = {"shansong": ("闪送", "Shansong same-day"), "lab_van": ("自营专车", "lab van"), "sf": ("顺丰", "SF Express"),
            "jd": ("京东物流", "JD Logistics"), "sf_cross": ("顺丰跨境", "SF cross-border")}
DESIGNERS = [("陈志强", "Chen Zhiqiang", 0.20, None), ("李婷", "Li Ting", 0.20, None), ("黄伟", "Huang Wei", 0.18, None),
             ("刘洋", "Liu Yang", 0.18, None), ("周敏", "Zhou Min", 0.14, None),
             ("吴昊", "Wu Hao", 0.12, datetime(2025, 9, 1))]
PLANNERS = [("林晓", "Lin Xiao"), ("郑雪", "Zheng Xue"), ("何嘉", "He Jia")]
REPS = {"Shenzhen": ("张磊", "Zhang Lei"), "Guangzhou": ("王芳", "Wang Fang"), "Foshan": ("王芳", "Wang Fang"),
        "Dongguan": ("赵勇", "Zhao Yong"), "Huizhou": ("赵勇", "Zhao Yong"), "Hong Kong": ("陈家豪", "Kelvin Chan"),
        "Macau": ("陈家豪", "Kelvin Chan")}
KEY_REP = ("孙颖", "Sun Ying")                                  # chains and hospitals
PAYMETH = {"bank_transfer": "银行转账", "wechat_pay": "微信支付", "cheque": "支票"}
CHAINS = [("美伢口腔", "MeiYa Dental"), ("悦笑齿科", "YueXiao Smile"), ("博雅口腔", "BoYa Dental"),
          ("佳禾口腔", "JiaHe Dental"), ("星河齿科", "Xinghe Dental"), ("德馨口腔", "Dexin Dental")]
NAME_A = [("康", "Kang"), ("美", "Mei"), ("德", "De"), ("雅", "Ya"), ("皓", "Hao"), ("贝", "Bei"), ("瑞", "Rui"),
          ("欣", "Xin"), ("安", "An"), ("华", "Hua"), ("恒", "Heng"), ("仁", "Ren"), ("嘉", "Jia"), ("明", "Ming")]
NAME_B = [("齿", "chi"), ("笑", "xiao"), ("洁", "jie"), ("和", "he"), ("泰", "tai"), ("诺", "nuo"), ("悦", "yue"),
          ("晨", "chen"), ("康", "kang"), ("宁", "ning"), ("怡", "yi"), ("达", "da")]
SEASON = {1: 1.1, 2: 0.75, 3: 1.05, 4: 1.0, 5: 0.95, 6: 1.0, 7: 1.05, 8: 1.05, 9: 1.0, 10: 0.85, 11: 1.05, 12: 1.1}
TEETH = ["11", "21", "14", "15", "16", "24", "25", "26", "36", "37", "46", "47", "45", "35"]

# ---- feedback phrases: every topic has its own marker words; no phrase carries another topic's marker
ZH = {
    "fit": ["{tooth}牙位的冠戴不进去，就位不良，麻烦返工", "冠就位不了，边缘翘起来，医生很不满意",
            "这颗全瓷冠试了半天还是就位困难，请重做", "就位不良，患者白跑一趟", "桥体就位不了，请核查一下模型"],
    "occlusion": ["{tooth}咬合高，调了二十分钟还是不行", "咬合高得厉害，患者合不上嘴", "最近的冠老是咬合高，椅旁调磨很久",
                  "咬合高了点，磨了一会儿才好"],
    "shade": ["颜色偏黄，和邻牙不协调", "比色A2，做出来像A3", "颜色太白了，患者不接受", "比色不准，前牙很明显"],
    "contact": ["邻接松，患者说塞牙", "邻接太紧，戴不到位", "邻接点不对，食物嵌塞"],
    "chipping": ["才戴了一周就崩瓷了", "切端崩瓷，请重做", "崩瓷了，患者很生气"],
    "late": ["说好周五到的，周一才到，晚了三天", "这个件又延误了，病人都约好了", "出件超时，能不能靠谱点",
             "没按时到，患者只好改约", "件到晚了，医生很被动"],
    "customs": ["香港件卡在清关好几天", "海关查验，件压了一个星期", "清关太慢了，患者一直在等",
                "又被海关扣了，能不能换个渠道"],
    "retake": ["又让我们重新取模，患者很不耐烦", "模型退回来要重取，能不能先和医生沟通", "重新取模太麻烦了，患者要再跑一趟"],
    "plan": ["矫治方案等了十天还没出", "方案出得太慢了，患者一直催", "方案改了两版还是不满意", "方案什么时候能出来？"],
    "price": ["价格比别家贵不少", "氧化锆价格能不能再降点", "太贵了，别家报价低一截", "你们的价格没有优势"],
    "statement": ["这个月对账单金额对不上", "账单里多算了一颗冠", "对账单能不能早点发", "账单明细看不懂"],
    "quality": ["做工很精细，医生很满意", "做工不错，边缘很密合", "这批冠做工很好，患者很喜欢"],
    "fast": ["出件速度快，点赞", "加急件第二天就到了，速度快", "出件快，医生很满意"],
    "general": ["整体还可以，继续保持", "没什么问题", "挺好的，谢谢", "还行"],
    "other_lab": ["已有合作的技工所，暂时不换", "和原来的技工所合作多年，不考虑更换", "老板说原来的技工所用得顺手"],
    "turnaround": ["嫌我们出件周期长", "对出件周期要求高，我们做不到三天", "出件周期比他们现在用的长"],
    "trial": ["试做单效果一般，医生不太满意", "试做的冠医生觉得一般，没有下文", "试做反馈不好，暂不合作"],
}
EN = {
    "fit": ["Crown on {tooth} would not seat, please remake", "Could not seat the bridge, margins open",
            "The crown didn't seat fully, patient had to come back", "Seating problem again, third one this month"],
    "occlusion": ["High bite again, spent 20 min adjusting", "High bite on {tooth}, needs a remake",
                  "Occlusion way off, patient couldn't close properly", "Slightly high bite, adjusted chairside"],
    "shade": ["Shade doesn't match the adjacent teeth", "Colour too opaque, patient unhappy",
              "Asked for A2, the shade looks like A3"],
    "contact": ["Open contact with the neighbouring tooth, food trap", "Contacts too tight, could not get it in",
                "Contact point is off, please check"],
    "chipping": ["Porcelain chipped after a week", "Chipping on the incisal edge", "It chipped during try-in"],
    "late": ["Case arrived 2 days late, patient had to be rebooked", "Another overdue case, what is going on?",
             "Delivery was late again", "Came in late, we had to reschedule the patient"],
    "customs": ["Parcel stuck in customs for 5 days", "Customs clearance is killing us, patients waiting",
                "Held at customs again, can you use another route?", "Still waiting on customs for our crowns"],
    "retake": ["You asked for a retake again, patient annoyed", "Why do we need a new impression? It looked fine to us",
               "Another retake request, please call the dentist first"],
    "plan": ["Still waiting for the treatment plan, it's been 10 days", "The aligner setup took too long",
             "Treatment plan revisions are slow"],
    "price": ["Your price is higher than other labs", "Too expensive for zirconia these days",
              "Pricey compared with other labs"],
    "statement": ["The monthly statement has a wrong amount", "Invoice charged one unit too many",
                  "Please send the statement earlier"],
    "quality": ["Beautiful work, the dentist loved it", "Great workmanship, margins are perfect",
                "Beautiful crowns as always"],
    "fast": ["Rush case came back really quick, thanks", "Fast service as always", "Quick delivery, much appreciated"],
    "general": ["All good, thanks", "No issues this time", "Fine, nothing to add"],
    "other_lab": ["Happy with their current lab", "Loyal to their existing lab for years"],
    "turnaround": ["Our turnaround is too long for them", "They need a 3-day turnaround, we quote 6"],
    "trial": ["Trial case didn't impress the dentist", "Dentist unhappy with the trial case"],
}
SALES_PRICE = {"zh": ["嫌我们价格高，没谈下来", "对方觉得我们太贵，选了别家", "价格谈不拢，暂时搁置", "老板嫌氧化锆价格贵"],
               "en": ["Price too high for them, lost it", "They found us too expensive", "Lost on price to another lab"]}
SENT = {"quality": "positive", "fast": "positive", "general": "neutral", "other_lab": "neutral",
        "turnaround": "negative", "trial": "negative"}
FB_TP = {"fit": "tp_fitting", "occlusion": "tp_fitting", "shade": "tp_fitting", "contact": "tp_fitting",
         "chipping": "tp_fitting", "late": "tp_delivered", "customs": "tp_delivered", "retake": "tp_scan_check",
         "plan": "tp_plan", "price": "tp_statement", "statement": "tp_statement", "quality": "tp_production",
         "fast": "tp_shipped", "general": "tp_followup", "other_lab": "tp_lead", "turnaround": "tp_lead",
         "trial": "tp_trial_case"}


def u(a, b):
    return float(rng.uniform(a, b))


def pick(opts, w=None):
    if w is None:
        return opts[int(rng.integers(len(opts)))]
    w = np.asarray(w, dtype=float)
    return opts[int(rng.choice(len(opts), p=w / w.sum()))]


def pickd(d):
    keys = list(d)
    return pick(keys, [d[k] for k in keys])


def ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def closed(t):
    for a, b in CLOSURES:
        if a <= t < b:
            return b
    return None


def work(t):
    """move t into lab working hours (8:00-21:00) outside the Spring Festival closure."""
    for _ in range(3):
        b = closed(t)
        if b is not None:
            t = b + D(hours=8.5 + u(0, 2))
        if t.hour < 8:
            t = t.replace(hour=8, minute=0, second=0) + D(minutes=u(0, 90))
        elif t.hour >= 21:
            t = (t + D(days=1)).replace(hour=8, minute=0, second=0) + D(minutes=u(0, 90))
    return t


def frac(t):
    """0 at START .. 1 at END"""
    return (t - START).total_seconds() / (END - START).total_seconds()


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.cust = [], [], [], [], []
        self.n_ev = 0
        self.n_case = 0
        self.names = set()
        self.billable = []          # (customer index, month key, order row)

    # ---------- rows
    def ev(self, c, t, tp, sid, action, **kw):
        self.n_ev += 1
        r = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                 session_id=sid, action=action)
        r.update(kw)
        self.events.append(r)
        return r

    def fb(self, c, t, topic, channel, rating=None, nps=None, undated=False, no_customer=False, lang=None, **kw):
        if t is not None and t > END:
            return None                     # after the extract was taken
        lang = lang or (c["lang"] if c is not None else "zh")
        pool = (ZH if lang == "zh" else EN)[topic]
        if channel == "sales_note" and topic == "price":      # written by our sales rep, not by the clinic
            pool = SALES_PRICE[lang]
        text = pick(pool).replace("{tooth}", pick(TEETH))
        fid = f"FB{len(self.feedback) + 1:05d}"
        r = dict(feedback_id=fid, text=text, ts=None if undated or t is None else ts(t),
                 customer_id=None if no_customer or c is None else c["customer_id"],
                 touchpoint_id=kw.pop("tp", FB_TP[topic]), channel=channel, rating=rating, nps=nps, language=lang)
        if c is not None:
            r.update(region=c["region"], 区域=REGIONS[c["region"]], customer_type=c["ctype"])
        r.update(kw)
        self.feedback.append(r)
        self.truth.append(dict(feedback_id=fid, topics=topic, sentiment=SENT.get(topic, "negative")))
        return r

    # ---------- customers
    def name(self, ctype, region):
        for _ in range(200):
            dz, de = pick(DISTRICTS[region])
            if ctype == "chain_clinic":
                bz, be = pick(CHAINS)
                zh, en = f"{bz}({dz}店)", f"{be} ({de})"
            elif ctype == "hospital":
                k = int(rng.integers(1, 9))
                cz, ce = REGIONS[region], region
                if rng.random() < 0.5:
                    zh, en = f"{cz}市第{k}人民医院口腔科", f"{ce} No.{k} People's Hospital, Stomatology"
                else:
                    zh, en = f"{dz}区人民医院口腔科", f"{de} District People's Hospital, Stomatology"
            else:
                (az, ae), (bz2, be2) = pick(NAME_A), pick(NAME_B)
                if ctype == "overseas":
                    zh, en = f"{az}{bz2}牙科中心({dz})", f"{ae}{be2} Dental Centre ({de})"
                else:
                    suf = pick([("口腔诊所", "Dental Clinic"), ("口腔门诊部", "Dental Practice")])
                    zh, en = f"{dz}{az}{bz2}{suf[0]}", f"{ae}{be2} {suf[1]} ({de})"
            if _ >= 40:
                zh, en = (zh[:-2] + f"{_ % 9 + 2}号店)", en[:-1] + f" {_ % 9 + 2})") if ctype == "chain_clinic" else \
                    (zh + f"({_ % 9 + 2}院区)", en + f" (Campus {_ % 9 + 2})")
            if zh not in self.names:
                self.names.add(zh)
                return zh, en, (bz if ctype == "chain_clinic" else None), (be if ctype == "chain_clinic" else None)
        raise RuntimeError("names")

    def new_customer(self, ctype, ch, t0, pre):
        region = pick(["Hong Kong", "Macau"], [0.8, 0.2]) if ctype == "overseas" else pickd(MAINLAND_W)
        zh, en, brand, brand_en = self.name(ctype, region)
        lang = "en" if (ctype == "overseas" and rng.random() < 0.85) or (region == "Shenzhen" and rng.random() < 0.04) \
            else "zh"
        lam = CTYPES[ctype][1] * float(rng.lognormal(0, 0.55))
        rep = KEY_REP if ctype in ("chain_clinic", "hospital") else REPS[region]
        c = dict(customer_id=f"C{len(self.cust) + 1:04d}", name=zh, name_en=en, brand=brand, brand_en=brand_en,
                 ctype=ctype, region=region, ch=ch, t0=t0, pre=pre, lang=lang, lam=lam, rep=rep,
                 chairs=int(rng.integers(2, 7)) if ctype in ("private_clinic", "overseas")
                 else int(rng.integers(6, 16)) if ctype == "chain_clinic" else int(rng.integers(12, 40)),
                 active_from=None, active_to=END, default_at=None, cases=0, remakes=0, last_case=None,
                 contract_at=None, billed12=0.0)
        self.cust.append(c)
        return c

    def customers(self):
        # accounts already with us before 2025
        for ctype, n in (("private_clinic", 140), ("chain_clinic", 62), ("hospital", 30), ("overseas", 28)):
            for _ in range(n):
                ch = pickd({"sales_visit": 0.35, "dental_expo": 0.2, "referral": 0.25, "online": 0.08,
                            "distributor": 0.12})
                t0 = datetime(2021, 3, 1) + D(days=u(0, 1380))
                c = self.new_customer(ctype, ch, t0, True)
                c["contract_at"] = t0 + D(days=u(10, 40))
                c["active_from"] = START
                if rng.random() < 0.08:
                    c["active_to"] = datetime(2025, 3, 1) + D(days=u(0, 480))
        # new leads in the extract
        leads = []
        for _ in range(330):
            ctype = pickd({"private_clinic": 0.6, "chain_clinic": 0.2, "hospital": 0.05, "overseas": 0.15})
            ch = pickd({"sales_visit": 0.28, "dental_expo": 0.22, "referral": 0.15, "online": 0.25, "distributor": 0.10})
            if ch == "dental_expo":
                d0, nd = pick(EXPOS)
                t = d0 + D(days=int(rng.integers(nd)), hours=u(9.5, 17.5))
            else:
                while True:   # more leads later (marketing grows)
                    f = u(0, 1)
                    if rng.random() < 0.7 + 0.3 * f:
                        break
                t = START + D(days=f * (NDAYS - 1)) + D(hours=u(9, 19))
                t = t.replace(hour=min(t.hour, 20))
                if closed(t):
                    t = closed(t) + D(days=u(0, 5), hours=10)
            leads.append((t, ctype, ch))
        leads.sort(key=lambda x: x[0])
        for t, ctype, ch in leads:
            c = self.new_customer(ctype, ch, t, False)
            sid = f"LD{len(self.cust):04d}"
            self.ev(c, t, "tp_lead", sid, "enquiry", channel=pick(["phone", "wechat", "other"]), lead_channel=ch,
                    获客渠道=CHANNELS[ch][0])
            _, p_trial, p_con = CHANNELS[ch]
            trial_t = contract_t = None
            if rng.random() < p_trial:
                trial_t = work(t + D(days=u(3, 21)))
                if trial_t <= END:
                    happy = rng.random() < p_con
                    self.ev(c, trial_t, "tp_trial_case", sid, "delivered", trial_result="satisfied" if happy
                            else "not_satisfied", product_type="single_crown", 产品类型="单冠",
                            material="zirconia", 材料="氧化锆")
                    if happy:
                        contract_t = work(trial_t + D(days=u(5, 30)))
                        if contract_t <= END:
                            self.ev(c, contract_t, "tp_contract", sid, "signed", billing_terms="monthly")
                            c["contract_at"] = contract_t
                            c["active_from"] = contract_t + D(days=u(0, 10))
                            if rng.random() < 0.10:
                                c["active_to"] = c["active_from"] + D(days=u(60, 220))
                        else:
                            contract_t = None
                else:
                    trial_t = None
            if contract_t is None and t < END - D(days=45) and rng.random() < 0.8:
                if trial_t is not None:
                    topic = pickd({"trial": 0.55, "price": 0.25, "other_lab": 0.2})
                else:
                    topic = pickd({"price": 0.45 if ch == "online" else 0.35, "other_lab": 0.35, "turnaround": 0.2})
                nt = min((trial_t or t) + D(days=u(20, 45)), END - D(days=u(0, 3)))
                self.fb(c, nt.replace(hour=18) + D(minutes=u(0, 60)), topic, "sales_note", session_id=sid,
                        tp="tp_trial_case" if topic == "trial" else "tp_lead")
        # a few clinics stop paying (closed or in dispute)
        for c in self.cust:
            if c["active_from"] is not None and c["ctype"] == "private_clinic" and rng.random() < 0.045:
                c["default_at"] = max(c["active_from"] + D(days=60), START + D(days=u(120, 560)))
                c["active_to"] = min(c["active_to"], c["default_at"] + D(days=u(20, 60)))

    # ---------- cases
    def day_weights(self):
        w = np.zeros(NDAYS)
        for i in range(NDAYS):
            d = START + D(days=i)
            x = SEASON[d.month] * (1 + 0.14 * frac(d))
            if d.weekday() == 6:
                x *= 0.5
            if closed(d + D(hours=12)):
                x = 0.0
            for a, _ in CLOSURES:
                if a - D(days=14) <= d < a:
                    x *= 1.45
            w[i] = x
        return w

    def run_cases(self):
        w = self.day_weights()
        for c in self.cust:
            if c["active_from"] is None or c["active_from"] > END:
                continue
            i0 = max(0, (c["active_from"].date() - START.date()).days)
            i1 = min(NDAYS - 1, (c["active_to"].date() - START.date()).days)
            lam = np.zeros(NDAYS)
            lam[i0:i1 + 1] = c["lam"] / 30.4 * w[i0:i1 + 1]
            counts = rng.poisson(lam)
            for i in np.nonzero(counts)[0]:
                for _ in range(int(counts[i])):
                    d = START + D(days=int(i))
                    self.case(c, d)

    def case_attrs(self, c, t):
        f = frac(t)
        p_al = CTYPES[c["ctype"]][2] * (2.0 if t.month in (7, 8) else 1.0)
        if rng.random() < p_al:
            pkg = pick(["comprehensive", "lite"], [0.6, 0.4])
            return dict(product="aligner", material="PET-G", units=1, package=pkg,
                        imp="digital_scan" if rng.random() < 0.92 else "physical_impression", rush=False)
        prod = pickd({"single_crown": 0.56, "bridge": 0.12, "implant_crown": 0.11 + 0.09 * f, "veneer": 0.07,
                      "inlay": 0.05})
        if prod in ("single_crown", "bridge"):
            mw = {"zirconia": 0.46 + 0.26 * f, "PFM": 0.38 - 0.30 * f, "e.max": 0.10 + 0.02 * f,
                  "metal": 0.08 - 0.02 * f}
            if c["ctype"] == "hospital":
                mw["PFM"] += 0.12 * (1 - f)
                mw["metal"] += 0.05
            mat = pickd(mw)
        elif prod == "implant_crown":
            mat = pick(["zirconia", "PFM"], [0.85, 0.15])
        elif prod == "veneer":
            mat = "e.max"
        else:
            mat = pick(["e.max", "zirconia"], [0.6, 0.4])
        units = {"single_crown": pick([1, 2, 3], [0.8, 0.15, 0.05]), "bridge": pick([3, 4], [0.7, 0.3]),
                 "implant_crown": pick([1, 2], [0.85, 0.15]), "veneer": int(rng.integers(2, 7)), "inlay": 1}[prod]
        p_dig = {"overseas": 0.85, "hospital": 0.30}.get(c["ctype"], 0.42 + 0.32 * f)
        imp = "digital_scan" if rng.random() < p_dig else "physical_impression"
        return dict(product=prod, material=mat, units=units, package=None, imp=imp, rush=bool(rng.random() < 0.14))

    def case(self, c, day, remake_of=None):
        self.n_case += 1
        if remake_of is None:
            a = self.case_attrs(c, day)
            cid = f"CS{day:%y%m}-{self.n_case:05d}"
        else:
            a = dict(remake_of["a"])
            a["rush"] = False
            if a["imp"] == "physical_impression" and rng.random() < 0.5:
                a["imp"] = "digital_scan"
            cid = remake_of["cid"] + "R"
        aligner = a["product"] == "aligner"
        # arrival time
        if remake_of is not None:
            t0 = work(day)
        elif a["imp"] == "digital_scan":
            t0 = day + D(hours=u(8, 23))
        else:
            t0 = day + D(hours=u(9, 18))
        if t0 > END:
            return
        c["cases"] += 1
        c["last_case"] = t0
        promised = 2 if a["rush"] else {"single_crown": 6, "inlay": 6, "bridge": 7, "implant_crown": 8,
                                         "veneer": 8}.get(a["product"])
        due = (t0 + D(days=promised)).date() if promised else None
        base = dict(product_type=a["product"], 产品类型=PRODUCTS[a["product"]], material=a["material"],
                    材料=MATERIALS[a["material"]], units=a["units"], rush=str(a["rush"]).lower(),
                    is_remake=str(remake_of is not None).lower(), impression_type=a["imp"], 取模方式=IMP[a["imp"]])
        k = dict(cid=cid, a=a, c=c)
        chan = "courier" if a["imp"] == "physical_impression" else pick(["portal", "mini_program"], [0.7, 0.3])
        dev = None if chan == "courier" else "pc" if chan == "portal" else pick(["ios", "android"], [0.45, 0.55])
        self.ev(c, t0, "tp_case_received", cid, "received", channel=chan, device=dev, **base,
                original_case_id=remake_of["cid"] if remake_of else None, due_date=str(due) if due else None,
                shade=pick(["A1", "A2", "A2", "A3", "A3.5", "B1", "B2"]) if a["material"] in ("zirconia", "PFM", "e.max")
                else None, aligner_package=a["package"])
        # order (remakes are free unless the clinic was responsible)
        order = None
        if remake_of is None or remake_of.get("charged"):
            order = self.order(c, t0, cid, a, chan, dev, remake=remake_of is not None)
        # impression / scan check
        t = work(t0 + D(hours=u(0.5, 3)))
        summer = t.month in (6, 7, 8)
        p_rej = 0.02 if a["imp"] == "digital_scan" else (0.22 if summer else 0.085)
        attempt = 1
        while True:
            if t > END:
                return
            if attempt <= 2 and rng.random() < (p_rej if attempt == 1 else 0.04):
                if a["imp"] == "digital_scan":
                    rr = pick(["missing_bite", "incomplete_scan"])
                else:
                    rr = "distorted" if summer and rng.random() < 0.6 else pick(["bubbles", "unclear_margin"])
                self.ev(c, t, "tp_scan_check", cid, "rejected", **base, attempt=attempt, reject_reason=rr,
                        退回原因=REJECT[rr])
                if remake_of is None and rng.random() < 0.12:
                    self.fb(c, t + D(hours=u(1, 30)), "retake", "wechat", session_id=cid)
                if rng.random() < 0.13:
                    tc = t + D(days=u(1, 6))
                    if tc <= END:
                        self.ev(c, tc, "tp_cancel", cid, "cancelled", **base, cancel_reason="impression_rejected",
                                取消原因=CANCELR["impression_rejected"])
                        self.cancel(order, tc)
                    return
                t = work(t + D(days=u(1.5, 5)))
                attempt += 1
                continue
            self.ev(c, t, "tp_scan_check", cid, "passed", **base, attempt=attempt)
            if attempt > 1 and promised:         # the promised date runs from the usable impression
                due = (t + D(days=promised)).date()
            break
        if remake_of is None and rng.random() < 0.01:
            tc = t + D(days=u(0.5, 2))
            if tc <= END:
                self.ev(c, tc, "tp_cancel", cid, "cancelled", **base, cancel_reason="patient_no_show",
                        取消原因=CANCELR["patient_no_show"])
                self.cancel(order, tc)
            return
        t_check = t
        if aligner:
            if remake_of is None:
                t = self.plan(c, k, base, t, order)
                if t is None:
                    return
            site = "S1"
            designer = None
        else:
            # CAD design
            surge = any(a0 - D(days=16) <= t < a0 for a0, _ in CLOSURES)
            dsg = [x for x in DESIGNERS if x[3] is None or t >= x[3]]
            designer = pick(dsg, [x[2] for x in dsg])
            k["designer"] = designer
            if a["rush"]:
                t = work(t + D(hours=u(2, 6)))
            else:
                t = work(t + D(hours=u(18, 50) + (u(24, 70) if surge else 0)))
            if t > END:
                return
            self.ev(c, t, "tp_design", cid, "designed", **base, designer=designer[0], designer_en=designer[1],
                    design_minutes=int(rng.integers(12, 45) * a["units"] ** 0.6))
            dg_ok = a["material"] in ("zirconia", "metal") and a["product"] != "veneer" and t >= DG_OPEN
            site = "S2" if dg_ok and rng.random() < 0.45 else "S1"
        k["site"] = site
        sx = dict(site=site, site_en=SITES[site][1], 生产基地=SITES[site][0])
        dx = dict(designer=designer[0], designer_en=designer[1]) if designer else {}
        proc = PROCESS[a["material"]]
        drift = site == "S2" and a["material"] == "zirconia" and DG_DRIFT[0] <= t < DG_DRIFT[1]
        p_fail = 0.02 if aligner else 0.17 if drift else 0.045 * (2.3 if a["rush"] else 1.0)
        qa = 1
        while True:
            if aligner:
                t = work(t + D(days=u(2, 4.5)))
            elif a["rush"]:
                t = work(t + D(hours=u(3, 8)))
            else:
                t = work(t + D(hours=u(20, 48)))
            if t > END:
                return
            self.ev(c, t, "tp_production", cid, "made", **base, **sx, process=proc[0], 工艺=proc[1], attempt=qa)
            t = work(t + D(hours=u(1, 5)))
            if t > END:
                return
            if rng.random() < (p_fail if qa == 1 else 0.03):
                fr = pickd({"marginal_gap": 0.5 if not drift else 0.85, "shade_deviation": 0.15,
                            "porcelain_crack": 0.15, "occlusal_interference": 0.2})
                self.ev(c, t, "tp_qc", cid, "failed", **base, **sx, **dx, attempt=qa, qc_issue=fr, 质检问题=QCFAIL[fr])
                qa += 1
                continue
            self.ev(c, t, "tp_qc", cid, "passed", **base, **sx, **dx, attempt=qa)
            break
        # ship
        region = c["region"]
        if region in ("Hong Kong", "Macau"):
            cour = "sf_cross"
        elif region == "Shenzhen":
            cour = "shansong" if a["rush"] else pick(["lab_van", "sf"], [0.55, 0.45])
        else:
            cour = pick(["sf", "jd"], [0.7, 0.3])
        t = work(t + D(hours=u(0.3, 2) if a["rush"] else u(0.5, 8)))
        if t > END:
            return
        t_ship = t
        cx = dict(courier=cour, 快递=COURIERS[cour][0], courier_en=COURIERS[cour][1])
        self.ev(c, t, "tp_shipped", cid, "shipped", **base, **sx, **dx, **cx,
                tracking_no=f"{'SF' if cour.startswith('sf') else 'JD' if cour == 'jd' else 'LS'}"
                            f"{int(rng.integers(10**9, 10**10))}")
        hrs = {"shansong": u(1, 3), "lab_van": u(2, 7), "sf": u(16, 30), "jd": u(22, 46), "sf_cross": u(24, 46)}[cour]
        customs = cour == "sf_cross" and CUSTOMS[0] <= t < CUSTOMS[1]
        if customs:
            hrs += u(50, 130)
        t = t + D(hours=hrs)
        if t.hour >= 20:
            t = (t + D(days=1)).replace(hour=9) + D(minutes=u(0, 120))
        elif t.hour < 9:
            t = t.replace(hour=9) + D(minutes=u(0, 120))
        if t > END:
            return
        on_time = None if due is None else t.date() <= due
        self.ev(c, t, "tp_delivered", cid, "delivered", **base, **sx, **dx, **cx,
                on_time=None if on_time is None else str(on_time).lower(), due_date=str(due) if due else None,
                transit_hours=round((t - t_ship).total_seconds() / 3600, 1))
        late = on_time is False
        t_del = t
        # fitting
        fitted = rng.random() < (0.8 if aligner else 0.9)
        outcome, reason = "ok", None
        if fitted:
            t = t_del + D(days=u(1, 10))
            t = t.replace(hour=int(rng.integers(9, 19)))
            if t > END:
                return
            if remake_of is not None:
                rp = {"fit": 0.008, "occlusion": 0.006, "shade": 0.004, "contact": 0.004, "chipping": 0.003}
            elif aligner:
                rp = {"fit": 0.012}
            else:
                rp = {"fit": 0.012, "occlusion": 0.007, "shade": 0.005, "contact": 0.007, "chipping": 0.004}
                if drift:
                    rp["fit"] += 0.16
                if a["imp"] == "physical_impression":
                    rp["fit"] += 0.012
                if designer and designer[0] == OCC_DESIGNER:
                    rp["occlusion"] += 0.085
                if a["material"] == "e.max":
                    rp["shade"] += 0.05
                if a["material"] == "PFM":
                    rp["chipping"] += 0.01
            x = rng.random()
            acc = 0.0
            for r_, p_ in rp.items():
                acc += p_
                if x < acc:
                    outcome, reason = "remake", r_
                    break
            if outcome == "ok" and not aligner:
                p_adj = 0.10 + (0.12 if designer and designer[0] == OCC_DESIGNER else 0)
                if rng.random() < p_adj:
                    outcome = "adjusted"
                    reason = "occlusion" if rng.random() < (0.8 if designer[0] == OCC_DESIGNER else 0.55) else "contact"
            self.ev(c, t, "tp_fitting", cid, {"ok": "fitted", "adjusted": "adjusted_chairside", "remake": "remake_needed"}
                    [outcome], **base, **sx, **dx, adjust_reason=reason if outcome == "adjusted" else None)
            t_fit = t
            if outcome == "remake":
                t = t + D(hours=u(0.2, 3))
                if t > END:
                    return
                charged = rng.random() < 0.22 and not drift and not (reason == "occlusion" and designer and
                                                                      designer[0] == OCC_DESIGNER)
                resp = "clinic" if charged else "lab"
                self.ev(c, t, "tp_remake", cid, "requested", **base, **sx, **dx, remake_reason=reason,
                        返工原因=REMAKE[reason], responsibility=resp)
                c["remakes"] += 1
                self.fb(c, t, reason, "remake_note", session_id=cid, tp="tp_remake", site=site,
                        site_en=SITES[site][1], 生产基地=SITES[site][0], material=a["material"],
                        材料=MATERIALS[a["material"]], **dx)
                if remake_of is None:
                    k["charged"] = charged
                    self.case(c, t + D(days=u(0.5, 3)), remake_of=k)
        else:
            t_fit = t_del + D(days=u(3, 8))
        # follow-up call by customer service
        turnaround = (t_ship - t0).total_seconds() / 86400
        p_call = 0.07 + (0.38 if outcome == "remake" else 0) + (0.15 if late else 0) + (0.1 if customs else 0) \
            + (0.05 if outcome == "adjusted" else 0)
        if remake_of is None and rng.random() < p_call:
            tc = t_fit + D(days=u(1, 4))
            tc = tc.replace(hour=int(rng.integers(10, 18)), minute=int(rng.integers(60)))
            if tc <= END:
                if outcome == "remake":
                    topic, stars = reason, pick([1, 2, 2, 3])
                elif customs and rng.random() < 0.75:
                    topic, stars = "customs", pick([1, 2, 2, 3])
                elif late and rng.random() < 0.7:
                    topic, stars = "late", pick([2, 3, 3, 4])
                elif outcome == "adjusted":
                    topic, stars = reason, pick([3, 3, 4, 4])
                else:
                    topic = pickd({"quality": 0.42, "fast": 0.3 if turnaround < promised_or(promised) - 1 else 0.05,
                                   "general": 0.28})
                    stars = pick([5, 5, 4, 4, 4, 3])
                self.ev(c, tc, "tp_followup", cid, "called", stars=stars, **base, **sx, **dx)
                self.fb(c, tc, topic, "followup_call", rating=stars, session_id=cid, site=site,
                        site_en=SITES[site][1], 生产基地=SITES[site][0], material=a["material"],
                        材料=MATERIALS[a["material"]], **dx)
        # WeChat complaints
        if remake_of is None:
            if customs and rng.random() < 0.3:
                self.fb(c, t_del - D(hours=u(2, 40)), "customs", "wechat", session_id=cid)
            elif late and rng.random() < 0.12:
                self.fb(c, t_del + D(hours=u(0.2, 6)), "late", "wechat", session_id=cid)
            elif a["rush"] and not late and rng.random() < 0.02:
                self.fb(c, t_del + D(hours=u(0.2, 6)), "fast", "wechat", session_id=cid)
        _ = t_check

    def plan(self, c, k, base, t, order):
        """aligner: treatment plan versions until the dentist approves or the patient declines."""
        if t.year == 2026 and t.month in (7, 8):
            q = u(6, 11)
        elif t.month in (7, 8):
            q = u(3, 6)
        else:
            q = u(2, 5)
        t = work(t + D(days=q))
        if q > 7 and rng.random() < 0.3:
            self.fb(c, t - D(days=u(0.5, 2)), "plan", "wechat", session_id=k["cid"])
        planner = pick(PLANNERS)
        med = {"private_clinic": 4, "chain_clinic": 2.5, "hospital": 12, "overseas": 5}[c["ctype"]]
        for v in (1, 2, 3):
            if t > END:
                return None
            self.ev(c, t, "tp_plan", k["cid"], "plan_sent", **base, plan_version=v, planner=planner[0],
                    planner_en=planner[1], aligner_steps=int(rng.integers(14, 40)))
            t = t + D(days=med * float(rng.lognormal(0, 0.45)))
            t = t.replace(hour=int(rng.integers(9, 21)))
            if t > END:
                return None
            x = rng.random()
            p_dec = 0.15 if c["ctype"] == "hospital" else 0.10
            if x < p_dec:
                self.ev(c, t, "tp_cancel", k["cid"], "cancelled", **base, cancel_reason="patient_declined",
                        取消原因=CANCELR["patient_declined"], plan_version=v)
                self.cancel(order, t)
                return None
            if v < 3 and x < p_dec + (0.38 if v == 1 else 0.22):
                t = work(t + D(days=u(2, 4)))
                continue
            self.ev(c, t, "tp_plan_approved", k["cid"], "approved", **base, plan_version=v)
            return work(t + D(days=u(0.5, 2)))
        return None

    # ---------- money
    def order(self, c, t, cid, a, chan, dev, remake):
        if a["product"] == "aligner":
            unit = 5800 if a["package"] == "comprehensive" else 3200
        else:
            unit = UNIT_PRICE[a["material"]]
            if a["material"] == "zirconia" and t >= PRICE_CUT:
                unit = 390
            if a["product"] == "implant_crown":
                unit += 520
            elif a["product"] == "veneer":
                unit = 720
            elif a["product"] == "inlay":
                unit = 480 if a["material"] == "e.max" else 400
        unit = round(unit * TYPE_MULT[c["ctype"]], 0)
        base_amt = unit * a["units"] * (0.5 if remake else 1.0)
        rush_fee = round(base_amt * 0.5, 2) if a["rush"] else 0.0
        r = dict(order_id=f"OD{cid[2:]}", customer_id=c["customer_id"], ts=ts(t), amount=round(base_amt + rush_fee, 2),
                 status="unpaid", channel=chan, device=dev, case_id=cid,
                 order_type="remake_charged" if remake else "new_case", product_type=a["product"],
                 产品类型=PRODUCTS[a["product"]], material=a["material"], 材料=MATERIALS[a["material"]],
                 units=a["units"], unit_price=unit, rush=str(a["rush"]).lower(), rush_fee=rush_fee,
                 aligner_package=a["package"], statement_id=None, paid_at=None, cancelled_at=None, currency="CNY")
        self.orders.append(r)
        self.billable.append((c, t.year * 100 + t.month, r))
        return r

    @staticmethod
    def cancel(order, t):
        if order is not None:
            order["status"] = "cancelled"
            order["cancelled_at"] = ts(t)

    def statements(self):
        groups = {}
        for c, m, r in self.billable:
            if r["status"] == "cancelled":
                continue
            groups.setdefault((c["customer_id"], m), (c, []))[1].append(r)
        for (cidx, m), (c, rows) in sorted(groups.items()):
            y, mo = divmod(m, 100)
            st = datetime(y + (mo == 12), mo % 12 + 1, 3, 10) + D(minutes=u(0, 240))
            if st > END:
                continue
            sid = f"ST{m}-{cidx}"
            amt = round(sum(r["amount"] for r in rows), 2)
            for r in rows:
                r["statement_id"] = sid
            self.ev(c, st, "tp_statement", sid, "issued", statement_id=sid, statement_amount=amt,
                    statement_month=f"{y}-{mo:02d}", order_count=len(rows))
            if rng.random() < 0.025:
                self.fb(c, st + D(days=u(0.5, 6)), "statement", "wechat", session_id=sid)
            if c["default_at"] is not None and st >= c["default_at"] - D(days=45):
                continue
            lag = CTYPES[c["ctype"]][3] * float(rng.lognormal(0, 0.35 if c["ctype"] == "hospital" else 0.5))
            pt = st + D(days=lag)
            pt = pt.replace(hour=int(rng.integers(9, 18)))
            if pt > END:
                continue
            pm = "cheque" if c["ctype"] == "overseas" and rng.random() < 0.4 else \
                "wechat_pay" if c["ctype"] == "private_clinic" and rng.random() < 0.5 else "bank_transfer"
            self.ev(c, pt, "tp_payment", sid, "paid", statement_id=sid, payment_amount=amt, payment_method=pm,
                    付款方式=PAYMETH[pm])
            for r in rows:
                r["status"] = "paid"
                r["paid_at"] = ts(pt)

    # ---------- surveys
    def surveys(self):
        for sdate in (datetime(2025, 6, 16), datetime(2025, 12, 15), datetime(2026, 6, 15)):
            for c in self.cust:
                if c["active_from"] is None or c["active_from"] > sdate - D(days=60) or c["active_to"] < sdate - D(days=90):
                    continue
                if rng.random() > 0.3:
                    continue
                base = {"chain_clinic": 8.9, "private_clinic": 8.1, "hospital": 7.3, "overseas": 7.9}[c["ctype"]]
                rr = c["remakes"] / max(c["cases"], 1)
                if c["ctype"] == "overseas" and sdate.year == 2026:
                    base -= 2.8
                nps = int(np.clip(round(rng.normal(base - 15 * rr, 1.5)), 0, 10))
                if nps >= 9:
                    topic = pick(["quality", "fast"], [0.6, 0.4])
                elif nps >= 7:
                    topic = pick(["general", "price"], [0.65, 0.35])
                elif c["ctype"] == "overseas" and sdate.year == 2026:
                    topic = pick(["customs", "price"], [0.75, 0.25])
                else:
                    topic = pick(["fit", "late", "price", "statement", "retake"], [0.3, 0.25, 0.25, 0.1, 0.1])
                t = sdate + D(days=int(rng.integers(0, 12)), hours=u(9, 21))
                self.fb(c, t, topic, "survey", nps=nps, source="online_survey",
                        tp=None if topic == "general" else FB_TP[topic])
        # paper forms filled in at our booth at the March 2026 expo: no date, half without a clinic
        for _ in range(30):
            nps = int(np.clip(round(rng.normal(7.6, 1.6)), 0, 10))
            topic = pick(["quality", "fast"]) if nps >= 9 else pick(["general", "price"]) if nps >= 7 else \
                pick(["late", "price", "fit"])
            anon = rng.random() < 0.5
            act = [c for c in self.cust if c["active_from"] is not None and c["region"] in MAINLAND_W]
            c = pick(act)
            self.fb(None if anon else c, None, topic, "survey", nps=nps, undated=True, lang="zh",
                    source="expo_paper_form", tp=None if topic == "general" else FB_TP[topic])

    def run(self):
        self.customers()
        self.run_cases()
        self.statements()
        self.surveys()
        # WeChat group export without dates: drop ts of some WeChat messages
        wc = [i for i, r in enumerate(self.feedback) if r["channel"] == "wechat"]
        for i in rng.choice(len(wc), size=55, replace=False):
            self.feedback[wc[int(i)]]["ts"] = None
        # feedback in time order, ids re-numbered
        order = sorted(range(len(self.feedback)), key=lambda i: (self.feedback[i]["ts"] is None,
                                                                 self.feedback[i]["ts"] or "", i))
        fb, tr = [], []
        for n, i in enumerate(order, 1):
            r, x = dict(self.feedback[i]), dict(self.truth[i])
            r["feedback_id"] = x["feedback_id"] = f"FB{n:05d}"
            fb.append(r)
            tr.append(x)
        self.feedback, self.truth = fb, tr

    def customer_rows(self):
        rows = []
        last12 = END - D(days=365)
        billed = {}
        for c, _, r in self.billable:
            if r["status"] != "cancelled" and r["ts"] >= ts(last12):
                billed[c["customer_id"]] = billed.get(c["customer_id"], 0.0) + r["amount"]
        for c in self.cust:
            b = billed.get(c["customer_id"], 0.0)
            tier = "key" if b >= 60000 else "regular" if b >= 20000 else "small" if b > 0 else "inactive"
            if c["contract_at"] is None:
                seg = "prospect"
            elif c["default_at"] is not None:
                seg = "at_risk"
            elif c["last_case"] is None or c["last_case"] < END - D(days=150):
                seg = "dormant"
            elif not c["pre"] and c["contract_at"] >= datetime(2026, 3, 1):
                seg = "new"
            elif c["last_case"] < END - D(days=60):
                seg = "at_risk"
            elif tier == "key":
                seg = "vip"
            else:
                seg = "returning"
            rows.append(dict(customer_id=c["customer_id"], clinic_name=c["name"], clinic_name_en=c["name_en"],
                             signup_at=ts(c["t0"]), segment=seg, region=c["region"], 区域=REGIONS[c["region"]],
                             acquisition_channel=c["ch"], 获客渠道=CHANNELS[c["ch"]][0], tier=tier,
                             客户等级={"key": "重点客户", "regular": "普通客户", "small": "小客户", "inactive": "未下单"}[tier],
                             customer_type=c["ctype"], 客户类型=CTYPES[c["ctype"]][0], chain_brand=c["brand"],
                             chain_brand_en=c["brand_en"], dental_chairs=c["chairs"],
                             account_opened_at=ts(c["contract_at"]) if c["contract_at"] else None,
                             sales_rep=c["rep"][0], sales_rep_en=c["rep"][1], preferred_language=c["lang"]))
        return rows


def renumber(g):
    """case numbers in order of arrival (CS + yymm + running number); remakes are cases of their own."""
    got = sorted((r["ts"], r["session_id"]) for r in g.events if r["touchpoint_id"] == "tp_case_received")
    m = {old: f"CS{t[2:4]}{t[5:7]}{n:05d}" for n, (t, old) in enumerate(got, 1)}
    for r in g.events:
        if r["session_id"] in m:
            r["session_id"] = m[r["session_id"]]
        if r.get("original_case_id"):
            r["original_case_id"] = m[r["original_case_id"]]
    for r in g.orders:
        r["case_id"] = m[r["case_id"]]
        r["order_id"] = "OD" + r["case_id"][2:]
    for r in g.feedback:
        if r.get("session_id") in m:
            r["session_id"] = m[r["session_id"]]


def promised_or(p):
    return p if p is not None else 30


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


BASE = ["product_type", "产品类型", "material", "材料", "units", "rush", "is_remake", "impression_type", "取模方式"]
EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "channel", "device"] + BASE + [
    "original_case_id", "due_date", "shade", "aligner_package", "attempt", "reject_reason", "退回原因", "designer",
    "designer_en", "design_minutes", "site", "site_en", "生产基地", "process", "工艺", "qc_issue", "质检问题", "courier",
    "快递", "courier_en", "tracking_no", "on_time", "transit_hours", "adjust_reason", "remake_reason", "返工原因",
    "responsibility", "plan_version", "planner", "planner_en", "aligner_steps", "cancel_reason", "取消原因",
    "lead_channel", "获客渠道", "trial_result", "billing_terms", "statement_id", "statement_month", "statement_amount",
    "order_count", "payment_amount", "payment_method", "付款方式", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "case_id", "order_type",
            "product_type", "产品类型", "material", "材料", "units", "unit_price", "rush", "rush_fee", "aligner_package",
            "statement_id", "paid_at", "cancelled_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "region", "区域", "customer_type", "session_id", "site", "site_en", "生产基地", "designer", "designer_en",
           "material", "材料", "source"]
CUST_COLS = ["customer_id", "clinic_name", "clinic_name_en", "signup_at", "segment", "region", "区域",
             "acquisition_channel", "获客渠道", "tier", "客户等级", "customer_type", "客户类型", "chain_brand",
             "chain_brand_en", "dental_chairs", "account_opened_at", "sales_rep", "sales_rep_en", "preferred_language"]


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
    renumber(g)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    ships = [i for i, r in enumerate(ev) if r["touchpoint_id"] in ("tp_shipped", "tp_delivered")]
    dup = rng.choice(len(ships), size=30, replace=False)      # the courier API pushes a few status events twice
    ev = ev + [ev[ships[int(i)]] for i in sorted(dup)]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, cases {g.n_case}, orders {len(g.orders)}, events {len(ev)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
