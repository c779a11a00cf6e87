"""云医通 CloudClinic: an online medical consultation platform (互联网医院) whose doctors come from five partner hospitals
and who serve patients nationwide through an app and a WeChat mini-program.

A patient arrives (app store, WeChat search -> mini-program, an insurer's referral, or a QR code at a partner hospital),
registers, verifies their real name (face recognition), picks a department and a doctor, pays the consultation fee
(text 图文 / voice 电话 / video 视频; fee by the doctor's title), the doctor accepts (after 30 minutes without a reply the
consultation is reassigned to another doctor of the department; if nobody replies in 24 hours the fee is refunded),
the consultation is held, some get an e-prescription, order the medicine, get it delivered by courier, receive a
follow-up message, rate the doctor and come back for another consultation.
Data covers 2024-09-01 .. 2026-08-31 (new arrivals until 2026-08-15; today is 2026-12-01).

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

SEED = 20261215
START = datetime(2024, 9, 1)
NEW_END = datetime(2026, 8, 15, 23, 59)
END = datetime(2026, 8, 31, 23, 59, 59)
N = 7000
D = timedelta

INSURER_FROM = datetime(2025, 4, 1)                          # 安心保 partnership: insurer referrals start
FLU_FROM, FLU_TO = datetime(2025, 12, 1), datetime(2026, 1, 31, 23, 59)   # winter flu wave: pediatrics overloaded
APP52, APP522 = datetime(2025, 9, 8), datetime(2025, 12, 1)  # Android app 5.2.0: video calls drop
SPRING = (datetime(2026, 2, 5), datetime(2026, 2, 25))       # 春节 2026: couriers slow
STAR = "D13"                                                  # 许文静 Xu Wenjing: patient dermatologist
NEWDOC, NEWDOC_FROM = "D31", datetime(2026, 6, 1)             # 唐一鸣 Tang Yiming joined 2026-06, tiny numbers

CHANNELS = {  # en: (zh, weight before / after the insurer partnership)
    "app_store": ("应用商店", 0.42, 0.34), "wechat_search": ("微信搜一搜", 0.33, 0.28),
    "insurer_referral": ("保险公司转介", 0.0, 0.18), "hospital_qr": ("医院扫码", 0.25, 0.20)}
REG_P = {"app_store": 0.55, "wechat_search": 0.68, "insurer_referral": 0.88, "hospital_qr": 0.84}
PTYPE = {"self": ("本人", "Self"), "parent_for_child": ("为孩子问诊", "Parent for child"),
         "elderly_care": ("为老人问诊", "Elderly care")}
AGES = {"0-14": "0-14岁", "18-34": "18-34岁", "35-59": "35-59岁", "60+": "60岁及以上"}
INS = {"basic_medical": "医保", "commercial": "商业保险", "none": "无保险"}
PROV = [  # zh, en, weight, remote
    ("广东省", "Guangdong", 0.16, 0), ("浙江省", "Zhejiang", 0.11, 0), ("江苏省", "Jiangsu", 0.11, 0),
    ("上海市", "Shanghai", 0.09, 0), ("北京市", "Beijing", 0.08, 0), ("山东省", "Shandong", 0.08, 0),
    ("四川省", "Sichuan", 0.08, 0), ("湖北省", "Hubei", 0.07, 0), ("河南省", "Henan", 0.07, 0),
    ("福建省", "Fujian", 0.06, 0), ("云南省", "Yunnan", 0.04, 1), ("甘肃省", "Gansu", 0.03, 1),
    ("新疆维吾尔自治区", "Xinjiang", 0.02, 1)]
EN_PROV = {"Guangdong", "Shanghai", "Beijing", "Zhejiang"}

DEPTS = {"pediatrics": ("儿科", "Pediatrics"), "dermatology": ("皮肤科", "Dermatology"),
         "general_medicine": ("全科", "General medicine"), "gynecology": ("妇科", "Gynecology"),
         "psychology": ("心理科", "Psychology"), "tcm": ("中医科", "TCM")}
TITLES = {"chief": ("主任医师", 99), "associate_chief": ("副主任医师", 59), "attending": ("主治医师", 29),
          "resident": ("住院医师", 15)}
CTYPE = {"text": ("图文问诊", 1.0), "voice": ("电话问诊", 1.5), "video": ("视频问诊", 2.0)}
HOSP = {"H1": ("华东仁和医院", "Huadong Renhe Hospital"), "H2": ("京北协济医院", "Jingbei Xieji Hospital"),
        "H3": ("岭南妇儿医院", "Lingnan Women & Children's Hospital"), "H4": ("蜀都中医院", "Shudu TCM Hospital"),
        "H5": ("江城人民医院", "Jiangcheng People's Hospital")}
_DOCS = [  # id, zh, en, dept, title, hospital
    ("D01", "周慧敏", "Zhou Huimin", "pediatrics", "chief", "H3"),
    ("D02", "林海涛", "Lin Haitao", "pediatrics", "associate_chief", "H3"),
    ("D03", "陈晓燕", "Chen Xiaoyan", "pediatrics", "attending", "H2"),
    ("D04", "刘子健", "Liu Zijian", "pediatrics", "attending", "H3"),
    ("D05", "王佳琪", "Wang Jiaqi", "pediatrics", "resident", "H5"),
    ("D11", "赵振华", "Zhao Zhenhua", "dermatology", "chief", "H1"),
    ("D12", "孙丽萍", "Sun Liping", "dermatology", "attending", "H5"),
    ("D13", "许文静", "Xu Wenjing", "dermatology", "associate_chief", "H1"),
    ("D14", "马志远", "Ma Zhiyuan", "dermatology", "attending", "H2"),
    ("D15", "何雨桐", "He Yutong", "dermatology", "resident", "H5"),
    ("D31", "唐一鸣", "Tang Yiming", "dermatology", "attending", "H1"),
    ("D21", "杨建国", "Yang Jianguo", "general_medicine", "chief", "H2"),
    ("D22", "吴淑华", "Wu Shuhua", "general_medicine", "associate_chief", "H5"),
    ("D23", "郭明远", "Guo Mingyuan", "general_medicine", "attending", "H1"),
    ("D24", "高思源", "Gao Siyuan", "general_medicine", "attending", "H2"),
    ("D25", "罗晓梅", "Luo Xiaomei", "general_medicine", "resident", "H5"),
    ("D41", "黄春兰", "Huang Chunlan", "gynecology", "chief", "H3"),
    ("D42", "朱静怡", "Zhu Jingyi", "gynecology", "associate_chief", "H1"),
    ("D43", "胡海燕", "Hu Haiyan", "gynecology", "attending", "H3"),
    ("D51", "徐德林", "Xu Delin", "psychology", "chief", "H2"),
    ("D52", "李子轩", "Li Zixuan", "psychology", "attending", "H1"),
    ("D53", "张文博", "Zhang Wenbo", "psychology", "attending", "H5"),
    ("D61", "罗秀英", "Luo Xiuying", "tcm", "chief", "H4"),
    ("D62", "何国栋", "He Guodong", "tcm", "associate_chief", "H4"),
    ("D63", "周振宇", "Zhou Zhenyu", "tcm", "attending", "H4"),
]
DOCS = {d[0]: d for d in _DOCS}
BY_DEPT = {}
for _d in _DOCS:
    BY_DEPT.setdefault(_d[3], []).append(_d[0])
DEPT_P = {  # by patient type
    "parent_for_child": {"pediatrics": 0.86, "dermatology": 0.14},
    "elderly_care": {"general_medicine": 0.55, "tcm": 0.30, "dermatology": 0.15},
    "self_f": {"general_medicine": 0.22, "dermatology": 0.26, "gynecology": 0.26, "psychology": 0.14, "tcm": 0.12},
    "self_m": {"general_medicine": 0.34, "dermatology": 0.32, "psychology": 0.16, "tcm": 0.18}}
RX_P = {"pediatrics": 0.50, "dermatology": 0.62, "general_medicine": 0.58, "gynecology": 0.45, "psychology": 0.30,
        "tcm": 0.80}
COURIERS = {"sf_express": ("顺丰速运", 1.1), "jd_logistics": ("京东物流", 1.3), "ems": ("中国邮政EMS", 3.6)}
PHARM = ["云医通大药房(广州仓)", "云医通大药房(上海仓)", "云医通大药房(武汉仓)"]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_landing", "首次进入(下载/搜索/扫码)", "First visit (download / search / QR scan)", "awareness", "app", "digital",
     "增长部", "下载|首次打开|扫码进入|落地页|landing|first open|app download"),
    ("tp_register", "注册", "Sign-up", "consideration", "app", "digital", "增长部",
     "注册账号|手机号注册|sign up|registration|register"),
    ("tp_verify", "实名认证", "Real-name verification", "consideration", "app", "digital", "风控合规部",
     "实名|人脸识别|身份认证|刷脸|ID verification|face verification|KYC"),
    ("tp_choose", "选科室/医生", "Choose department & doctor", "consideration", "app", "digital", "医务运营部",
     "选医生|找医生|选科室|挂号|pick a doctor|choose doctor|doctor selection"),
    ("tp_pay", "支付问诊费", "Consultation fee paid", "purchase", "app", "digital", "支付中心",
     "付款|支付|付问诊费|下单问诊|payment|pay|checkout"),
    ("tp_reassign", "超时改派", "Timed out & reassigned", "service", "app", "digital", "医务运营部",
     "超时|改派|转派|换医生|timeout|reassigned"),
    ("tp_accept", "医生接诊", "Doctor accepts", "service", "app", "digital", "医务运营部",
     "接诊|医生接单|医生回复|响应|doctor response|accepted|doctor replied"),
    ("tp_consult", "问诊", "Consultation", "service", "app", "digital", "医务部",
     "看诊|在线问诊|视频问诊|图文问诊|电话问诊|consult|consultation|video visit"),
    ("tp_rx", "开具电子处方", "E-prescription issued", "service", "app", "digital", "医务部",
     "处方|开药|电子处方|e-prescription|prescription"),
    ("tp_med_order", "购药下单", "Medicine ordered", "purchase", "app", "digital", "药房事业部",
     "买药|购药|药品下单|medicine order|buy medicine"),
    ("tp_delivered", "药品送达", "Medicine delivered", "service", "other", "physical", "药房事业部",
     "送药|配送|快递|签收|delivery|shipping|medicine delivery"),
    ("tp_refund", "未接诊退款", "Refund (doctor never replied)", "service", "app", "digital", "客服中心",
     "退款|退费|refund"),
    ("tp_followup", "诊后随访", "Follow-up message", "loyalty", "app", "digital", "患者服务部",
     "随访|回访|诊后关怀|follow-up|follow up message"),
    ("tp_rate", "评价医生", "Doctor rated", "loyalty", "app", "digital", "患者服务部",
     "评价|打分|评分|好评|差评|rating|review the doctor"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("first_consult", "首次问诊转化", "First consultation", 14,
     ["tp_landing", "tp_register", "tp_verify", "tp_choose", "tp_pay", "tp_accept", "tp_consult"]),
    ("medicine", "处方购药配送", "Prescription to delivery", 10, ["tp_rx", "tp_med_order", "tp_delivered"]),
    ("aftercare", "诊后随访评价", "Aftercare & rating", 14, ["tp_consult", "tp_followup", "tp_rate"]),
]

# ---------------- feedback text ----------------
T = {
    "late": (["付完钱等了一个多小时医生才回复，孩子烧到39度，急死了", "半夜给孩子问诊，医生回复太慢了", "下单四十分钟都没人回复，最后被转给了别的医生",
              "医生一直没回复，只能申请退款", "回复太慢了，还不如直接去医院挂急诊", "儿科医生回复太慢，等得心慌", "等了两个小时医生才回复，问题都忘了"],
             ["Paid and the doctor took forever to reply, my son had a high fever.", "No reply for over an hour, then got reassigned.",
              "The doctor never replied and I had to ask for a refund.", "Way too slow to reply for a paid consultation."]),
    "drop": (["视频问诊掉线了好几次，医生的话都没听清", "视频看诊说到一半就掉线，重连了三次", "安卓手机视频问诊老掉线，体验很差",
              "视频一直卡然后掉线，白花了钱", "更新App以后视频问诊总掉线"],
             ["The video call kept dropping during the consultation.", "Video consult dropped three times on my Android phone.",
              "Call dropped halfway, had to reconnect again and again."]),
    "patient": (["{doc}医生特别耐心，讲得很清楚", "{doc}大夫很耐心，一条条解释用药", "医生非常耐心，讲解清楚明白",
                 "{doc}医生耐心细致，孩子的问题讲得很透"],
                ["Dr. {doc_en} was very patient and clear.", "Very patient doctor, explained everything clearly.",
                 "Dr. {doc_en} is so patient and clear, highly recommend."]),
    "price": (["视频问诊快两百块，太贵了", "问诊费太贵了，问几句话就要几十块", "主任医师的问诊费太贵，没有保险真用不起", "价格偏高，希望能用医保报销"],
              ["Too expensive for a ten-minute chat.", "The consultation fees are too high without insurance.",
               "Video consult with a chief doctor is way too expensive."]),
    "verify": (["人脸识别一直通不过，老人根本弄不了", "给我妈注册，实名认证刷了五六次脸都失败", "实名认证太麻烦了，老年人不会操作",
                "人脸识别老是失败，折腾半天放弃了", "实名认证一直提示失败，不知道怎么办"],
               ["Face verification failed again and again for my father.", "ID verification is too hard for elderly parents.",
                "Face verification kept failing, I gave up."]),
    "slowdel": (["药送得太慢了，五天才到", "快递太慢，药还没到病都快好了", "配送太慢了，过年期间等了一个星期", "下单四天了药还没到"],
                ["The medicine delivery was slow, took five days.", "Delivery was slow and the medicine still hasn't arrived.",
                 "Slow delivery, almost a week for a few boxes of pills."]),
    "fastdel": (["药第二天就送到了，包装也好", "送药很快，次日达", "顺丰送药很快，很方便"],
                ["Medicine arrived the next day, well packed.", "Fast delivery, very convenient."]),
    "good": (["医生很专业，建议很实用", "不用去医院排队，在线问诊很方便", "医生很专业，很快就知道问题在哪", "问诊体验很好，会推荐给家人"],
             ["Professional doctor, useful advice.", "So convenient, saved me a trip to the hospital.",
              "Great experience, will use again."]),
    "neutral": (["还行吧，一般般", "问诊结束了，先吃药看看", "可以用医保支付吗？", "能开发票吗？", "处方在哪里看？"],
                ["It was ok.", "Can I get an invoice for this?", "Where can I see my prescription?"]),
    "better": (["吃了药好多了，谢谢医生", "孩子退烧了，谢谢", "皮疹消了不少，谢谢", "睡眠好多了"],
               ["Feeling much better, thanks.", "The rash is almost gone, thank you."]),
    "notbetter": (["还是不舒服，没什么效果", "吃了三天药没什么效果", "症状没有好转"],
                  ["Still not feeling well, the medicine didn't help.", "No change after three days."]),
    "hesitate": (["先去线下医院看看再说", "再考虑一下", "还没想好选哪个医生", "先问问朋友"],
                 ["Will go to a hospital instead.", "Just comparing doctors for now."]),
    "app_ok": (["App挺好用，挂号很方便", "界面清楚，找医生很快"], ["Easy to use app, finding a doctor is quick."]),
}
SENT = {"late": "neg", "drop": "neg", "patient": "pos", "price": "neg", "verify": "neg", "slowdel": "neg",
        "fastdel": "pos", "good": "pos", "neutral": "neu", "better": "pos", "notbetter": "neg", "app_ok": "pos",
        "hesitate": "neu"}
RATING = {"neg": (1, 2), "neu": (3, 4), "pos": (4, 5)}
KID = ("孩子", "儿科", "son", "kid")           # templates only for parents of a sick child
OLD = ("老人", "老年人", "我妈", "father", "elderly")   # only for accounts of elderly patients


def day_weights():
    n = (NEW_END.date() - START.date()).days + 1
    w = np.ones(n)
    for i in range(n):
        d = START + D(days=i)
        g = 1.0 + 0.8 * i / n                                     # growth
        if d.month in (12, 1):
            g *= 1.35                                             # winter: colds and flu
        if d.year == 2025 and d.month == 12 or d.year == 2026 and d.month == 1:
            g *= 1.25                                             # the 2025/26 flu wave
        for c in (datetime(2025, 1, 29), datetime(2026, 2, 17)):  # 春节 dip
            if -5 <= (d - c).days <= 6:
                g *= 0.6
        w[i] = g
    return w / w.sum()


def app_version(t: datetime) -> str:
    if t < datetime(2025, 3, 17):
        return "5.0.3"
    if t < APP52:
        return "5.1.4"
    if t < APP522:
        return "5.2.0"
    if t < datetime(2026, 4, 13):
        return "5.2.2"
    return "5.3.1"


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)

    def pick(opts, p=None):
        if p is not None:
            p = np.asarray(p, dtype=float)
            p = p / p.sum()
        return opts[int(rng.choice(len(opts), p=p))]

    def minutes(med, sigma=0.7):
        return float(med * np.exp(rng.normal(0, sigma)))

    customers, events, orders, feedback = [], [], [], []
    OUT.update(events=events, feedback=feedback)
    nev = [0]
    nord = [0]
    nfb = [0]

    def ev(c, t, tp, action, **kw):
        if t > END:
            return False
        nev[0] += 1
        dev, chan = c["phone_os"], c["_chan"]
        row = dict(event_id=f"E{nev[0]:06d}", customer_id=c["customer_id"], ts=t, touchpoint_id=tp, action=action,
                   device=dev, channel=chan, session_id=kw.pop("session_id", ""))
        if chan == "app":
            row["app_version"] = app_version(t)
        row.update(kw)
        events.append(row)
        return True

    def order(c, t, amount, status, **kw):
        nord[0] += 1
        oid = f"O{nord[0]:06d}"
        orders.append(dict(order_id=oid, customer_id=c["customer_id"], ts=t, amount=round(amount, 2), status=status,
                           channel=c["_chan"], device=c["phone_os"], currency="CNY", **kw))
        return oid

    def fb(c, t, tp, channel, topic, undated_p=0.0, rating=True, nps=None, **kw):
        lang = c["language"]
        zh, en = T[topic]
        opts = [x for x in (en if lang == "en" else zh)
                if not (any(k in x for k in KID) and c["patient_type"] != "parent_for_child")
                and not (any(k in x for k in OLD) and c["patient_type"] != "elderly_care")]
        text = pick(opts or (en if lang == "en" else zh))
        doc = kw.get("doctor", "")
        text = text.replace("{doc}", doc[:1] if doc else "").replace("{doc_en}", kw.get("doctor_en", "").split(" ")[0]
                                                                  if kw.get("doctor_en") else "")
        sent = SENT[topic]
        r = int(rng.integers(RATING[sent][0], RATING[sent][1] + 1)) if rating else None
        if rating and topic == "price":
            r = int(rng.integers(2, 4))
        nfb[0] += 1
        row = dict(feedback_id=f"F{nfb[0]:05d}", text=text, ts=None if rng.random() < undated_p else t,
                   customer_id=c["customer_id"], touchpoint_id=tp, channel=channel, rating=r, nps=nps, language=lang,
                   sentiment_label=sent, device=c["phone_os"])
        row.update(kw)
        feedback.append(row)

    dw = day_weights()
    days = rng.choice(len(dw), size=N, p=dw)
    days.sort()
    for i in range(N):
        land = START + D(days=int(days[i]), seconds=int(rng.integers(7 * 3600, 24 * 3600)))
        if rng.random() < 0.12:
            land = land.replace(hour=int(rng.integers(0, 7)))      # night-time visits (sick kids)
        after = land >= INSURER_FROM
        chs = list(CHANNELS)
        ch = pick(chs, [CHANNELS[k][2 if after else 1] for k in chs])
        winter = land.month in (12, 1)
        if ch == "hospital_qr":
            pt = pick(list(PTYPE), [0.42, 0.20, 0.38])
        elif ch == "insurer_referral":
            pt = pick(list(PTYPE), [0.60, 0.28, 0.12])
        else:
            flu = FLU_FROM <= land <= FLU_TO
            pt = pick(list(PTYPE), [0.58, 0.48 if flu else (0.34 if winter else 0.26), 0.12])
        gender = pick(["female", "male"], [0.56, 0.44])
        if pt == "parent_for_child":
            age = "0-14"
        elif pt == "elderly_care":
            age = "60+"
        else:
            age = pick(["18-34", "35-59"], [0.58, 0.42])
        prov = PROV[int(rng.choice(len(PROV), p=np.array([p[2] for p in PROV]) / sum(p[2] for p in PROV)))]
        if ch == "insurer_referral":
            ins = "commercial"
        else:
            ins = pick(list(INS), [0.52, 0.16, 0.32] if pt != "elderly_care" else [0.78, 0.04, 0.18])
        os_ = pick(["ios", "android", "harmonyos"], [0.40, 0.50, 0.10] if pt != "elderly_care" else [0.25, 0.62, 0.13])
        lang = "en" if (prov[1] in EN_PROV and pt != "elderly_care" and rng.random() < 0.14) else "zh"
        chan = "mini_program" if ch == "wechat_search" else "app"
        c = dict(customer_id=f"C{i + 1:05d}", signup_at=None, segment="prospect", region=prov[0],
                 acquisition_channel=ch, 来源渠道=CHANNELS[ch][0], tier="", patient_type=pt,
                 就诊人类型=PTYPE[pt][0], age_band=age, 年龄段=AGES[age], gender=gender, province_en=prov[1],
                 insurance_type=ins, 保险类型=INS[ins], phone_os=os_, language=lang, first_seen_at=land,
                 _chan=chan, _remote=prov[3])
        customers.append(c)
        sess = f"S{i + 1:05d}a"
        ev(c, land, "tp_landing", "open", session_id=sess, source=ch, 来源渠道=CHANNELS[ch][0])
        if rng.random() > (min(0.93, REG_P[ch] + 0.08) if pt == "elderly_care" else REG_P[ch]):
            continue
        t = land + D(minutes=minutes(4, 0.6))
        if rng.random() < 0.18:
            t += D(hours=float(rng.uniform(2, 72)))
        if not ev(c, t, "tp_register", "success", session_id=sess):
            continue
        c["signup_at"] = t
        c["segment"] = "registered"
        # real-name verification: face recognition is hard for elderly-care accounts
        p_ver = 0.55 if pt == "elderly_care" else 0.93
        if rng.random() > p_ver:
            if rng.random() < 0.35:                               # gave up: a ticket or an app-store review
                tv = t + D(hours=float(rng.uniform(0.1, 30)))
                if rng.random() < 0.55 or chan != "app":
                    fb(c, tv, "tp_verify", "ticket", "verify", undated_p=0.06, rating=False)
                else:
                    fb(c, tv, "tp_verify", "app_review", "verify", undated_p=0.1, app_version=app_version(tv))
            continue
        attempts = int(1 + rng.poisson(1.6 if pt == "elderly_care" else 0.15))
        t += D(minutes=minutes(3 + 3 * attempts, 0.5))
        if rng.random() < 0.08:
            t += D(hours=float(rng.uniform(3, 48)))
        if not ev(c, t, "tp_verify", "success", session_id=sess, attempts=attempts, method="face"):
            continue
        if rng.random() < 0.22:                                   # verification survey
            topic = "verify" if attempts >= 2 and rng.random() < 0.85 else ("app_ok" if rng.random() < 0.6 else "neutral")
            fb(c, t + D(minutes=float(rng.uniform(1, 30))), "tp_verify", "survey", topic)
        if rng.random() > 0.86:
            continue
        # choose department, doctor and consultation type
        key = pt if pt != "self" else ("self_f" if gender == "female" else "self_m")
        dept = pick(list(DEPT_P[key]), list(DEPT_P[key].values()))
        t += D(minutes=minutes(5, 0.8))
        ds = [d for d in BY_DEPT[dept] if d != NEWDOC or t >= NEWDOC_FROM]
        wts = [2.2 if d == STAR else (0.6 if DOCS[d][4] == "chief" else 1.0) for d in ds]
        if NEWDOC in ds:
            wts[ds.index(NEWDOC)] = 0.35
        doc = pick(ds, wts)
        ctp = pick(list(CTYPE), [0.58, 0.20, 0.22] if pt != "elderly_care" else [0.30, 0.40, 0.30])
        if not ev(c, t, "tp_choose", "select", session_id=sess, **_docinfo(doc), consult_type=ctp,
                  问诊方式=CTYPE[ctp][0]):
            continue
        fee = round(TITLES[DOCS[doc][4]][1] * CTYPE[ctp][1])
        p_pay = {"none": 0.58, "basic_medical": 0.78, "commercial": 0.86}[ins]
        if ch == "insurer_referral":
            p_pay = 0.94
        if fee >= 150 and ins == "none":
            p_pay -= 0.15
        if rng.random() > p_pay:
            if rng.random() < 0.3:                                # exit survey on abandoned payment
                topic = "price" if (ins == "none" or fee >= 59) and rng.random() < 0.75 else "hesitate"
                fb(c, t + D(minutes=float(rng.uniform(1, 20))), "tp_pay", "exit_survey", topic, rating=False,
                   **_docinfo(doc), consult_type=ctp, 问诊方式=CTYPE[ctp][0], fee=fee)
            continue
        # consultations: the first one, then returns
        n_consult = 0
        while True:
            n_consult += 1
            t += D(minutes=minutes(2, 0.5))
            res = consult(rng, c, t, doc, dept, ctp, fee, n_consult, ch, ev, order, fb, pick)
            if res is None:
                break
            t, ok, p_ret = res
            if not ok or n_consult >= 4 or rng.random() > p_ret:
                break
            t += D(days=float(min(90.0, 6 + rng.exponential(24))), hours=float(rng.uniform(-6, 6)))
            if t > END:
                break
            if rng.random() > 0.75:                               # another doctor of the same department
                ds = [d for d in BY_DEPT[dept] if (d != NEWDOC or t >= NEWDOC_FROM) and d != doc]
                doc = pick(ds)
            if rng.random() < 0.15:
                ctp = pick(list(CTYPE), [0.6, 0.2, 0.2])
            fee = round(TITLES[DOCS[doc][4]][1] * CTYPE[ctp][1])
        c["segment"] = "repeat" if n_consult >= 2 and c.get("_paid", 0) >= 2 else (
            "one_time" if c.get("_paid", 0) >= 1 else "registered")

    # app-store reviews not tied to a step outcome (general praise / questions)
    for c in customers:
        if c["segment"] != "prospect" and c["_chan"] == "app" and rng.random() < 0.05:
            t = c["first_seen_at"] + D(days=float(rng.uniform(0, 30)))
            if t <= END:
                topic = pick(["app_ok", "good", "neutral"], [0.5, 0.3, 0.2])
                fb(c, t, "tp_consult" if topic == "good" and c["segment"] != "registered" else "tp_landing",
                   "app_review", topic, undated_p=0.1, app_version=app_version(t))

    # membership tier by paid spend
    spend = {}
    for o in orders:
        if o["status"] == "paid":
            spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + o["amount"]
    for c in customers:
        s = spend.get(c["customer_id"], 0)
        c["tier"] = "" if s == 0 else ("gold" if s >= 600 else ("silver" if s >= 200 else "standard"))
        for k in [k for k in c if k.startswith("_")]:
            del c[k]

    for j in rng.choice(len(events), size=8, replace=False):       # re-sent by the gateway
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
                                             "channel", "session_id"])
    write(out / "orders.csv", orders, first=["order_id", "customer_id", "ts", "amount", "status", "channel", "device"])
    write(out / "feedback.csv", feedback, first=["feedback_id", "text", "ts", "customer_id", "touchpoint_id",
                                                 "channel", "rating", "nps"])
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


OUT: dict = {}


def _docinfo(doc):
    d = DOCS[doc]
    return dict(doctor_id=d[0], doctor=d[1], doctor_en=d[2], department=DEPTS[d[3]][1], 科室=DEPTS[d[3]][0],
                doctor_title=d[4], 医生职称=TITLES[d[4]][0], hospital=HOSP[d[5]][0], hospital_en=HOSP[d[5]][1])


def consult(rng, c, t, doc, dept, ctp, fee, n, ch, ev, order, fb, pick):
    """one paid consultation from payment to rating; returns (time, held, return probability) or None."""
    events, feedback = OUT["events"], OUT["feedback"]
    sess = f"S{c['customer_id'][1:]}{'abcdefgh'[n]}"
    ptype = c["patient_type"]
    pay_method = "insurer_direct" if ch == "insurer_referral" else pick(["wechat_pay", "alipay"], [0.7, 0.3])
    info = dict(_docinfo(doc), consult_type=ctp, 问诊方式=CTYPE[ctp][0])
    if not ev(c, t, "tp_pay", "success", session_id=sess, amount=fee, consult_no=n, payment_method=pay_method, **info):
        return None
    # doctor response: minutes from payment to the doctor accepting
    flu = FLU_FROM <= t <= FLU_TO
    night = t.hour >= 22 or t.hour < 7
    med = {"pediatrics": 13.0, "general_medicine": 6.0}.get(dept, 9.0)
    if dept == "pediatrics" and flu:
        med = 48.0
    if night:
        med *= 1.7
    wait = float(med * np.exp(rng.normal(0, 0.75)))
    refund_p = 0.01
    if dept == "pediatrics":
        refund_p = 0.11 if flu else 0.025
    acc_doc, reassigned = doc, False
    if rng.random() < refund_p:
        wait = None
    elif wait > 30:
        reassigned = True
        ev(c, t + D(minutes=30), "tp_reassign", "timeout", session_id=sess, from_doctor=DOCS[doc][1],
           from_doctor_en=DOCS[doc][2], **{k: v for k, v in info.items() if k in ("department", "科室")})
        others = [d for d in BY_DEPT[dept] if d != doc and d != NEWDOC]
        acc_doc = pick(others)
        wait = 30 + float((med * 0.6) * np.exp(rng.normal(0, 0.6)))
    oid_status = "paid" if wait is not None else "refunded"
    extra = dict(refunded_at=t + D(hours=24) if wait is None else None,
                 refund_reason="doctor_no_reply" if wait is None else "")
    order(c, t, fee, oid_status, order_type="consultation", 订单类型="问诊费", consult_no=n, payment_method=pay_method,
          **info, **extra)
    if wait is None:
        if ev(c, t + D(hours=24), "tp_refund", "refunded", session_id=sess, amount=fee, reason="doctor_no_reply",
              **{k: v for k, v in info.items() if k in ("department", "科室")}):
            if rng.random() < 0.55:
                fb(c, t + D(hours=float(rng.uniform(2, 30))), "tp_refund", "ticket", "late", undated_p=0.06,
                   rating=False, **info)
        return (t, False, 0.0)
    c["_paid"] = c.get("_paid", 0) + 1
    ta = t + D(minutes=wait)
    ainfo = dict(info, **{k: v for k, v in _docinfo(acc_doc).items()})
    if not ev(c, ta, "tp_accept", "accepted", session_id=sess, wait_min=round(wait, 1), reassigned=int(reassigned),
              **ainfo):
        return None
    tc = ta + D(minutes=float(rng.uniform(0.5, 6)))
    dur = {"text": 18, "voice": 11, "video": 13}[ctp] * float(np.exp(rng.normal(0, 0.4)))
    dropped = False
    if ctp == "video":
        p = 0.04
        if c["phone_os"] == "android" and c["_chan"] == "app" and APP52 <= tc < APP522:
            p = 0.45
        dropped = rng.random() < p
    elif ctp == "voice":
        dropped = rng.random() < 0.03
    quality = "" if ctp == "text" else ("dropped" if dropped else "ok")
    if not ev(c, tc, "tp_consult", "completed", session_id=sess, consult_no=n, duration_min=round(dur, 1),
              call_quality=quality, **ainfo):
        return None
    t = tc + D(minutes=dur)
    slow = wait > 30
    # e-prescription -> medicine order -> delivery
    got_rx = rng.random() < RX_P[dept]
    slow_del = False
    if got_rx:
        tr = t + D(minutes=float(rng.uniform(1, 15)))
        items = int(1 + rng.poisson(1.2))
        if ev(c, tr, "tp_rx", "issued", session_id=sess, rx_items=items, **ainfo):
            p_buy = {"none": 0.66, "basic_medical": 0.74, "commercial": 0.86}[c["insurance_type"]]
            if rng.random() < p_buy:
                tm = tr + D(minutes=float(25 * np.exp(rng.normal(0, 1.0))))
                amount = round(float(35 * items * np.exp(rng.normal(0.4, 0.45))), 1)
                courier = pick(["ems", "sf_express", "jd_logistics"], [0.72, 0.16, 0.12] if c["_remote"] else
                               [0.12, 0.55, 0.33])
                pharm = pick(PHARM, [0.4, 0.35, 0.25])
                cancel = rng.random() < 0.035
                minfo = dict(courier=courier, 快递公司=COURIERS[courier][0], pharmacy=pharm, department=ainfo["department"],
                             科室=ainfo["科室"], province_en=c["province_en"], region=c["region"])
                if ev(c, tm, "tp_med_order", "ordered", session_id=sess, amount=amount, rx_items=items, **minfo):
                    oid = order(c, tm, amount, "cancelled" if cancel else "paid", order_type="medicine",
                                订单类型="药品", quantity=items, consult_no=n, **minfo)
                    if amount < 99:
                        order(c, tm, 10.0, "cancelled" if cancel else "paid", order_type="delivery_fee",
                              订单类型="配送费", linked_order_id=oid, **minfo)
                    if not cancel:
                        days = COURIERS[courier][1] * float(np.exp(rng.normal(0, 0.3)))
                        if SPRING[0] <= tm <= SPRING[1]:
                            days += float(rng.uniform(2.5, 5.0))
                        td = tm + D(days=days)
                        if ev(c, td, "tp_delivered", "signed", session_id=sess, **minfo):
                            slow_del = days > 3
                            if rng.random() < 0.30:
                                if slow_del:
                                    topic = "slowdel" if rng.random() < 0.8 else "neutral"
                                else:
                                    topic = "fastdel" if rng.random() < 0.7 else pick(["good", "neutral"])
                                fb(c, td + D(hours=float(rng.uniform(1, 48))), "tp_delivered", "survey", topic,
                                   **minfo)
                            elif slow_del and rng.random() < 0.12:
                                fb(c, td - D(days=1), "tp_delivered", "ticket", "slowdel", rating=False,
                                   undated_p=0.06, **minfo)
    # follow-up message, rating, return
    tf = t + D(days=float(rng.uniform(1, 3)))
    if rng.random() < 0.9 and ev(c, tf, "tp_followup", "sent", session_id=sess, replied=0, **ainfo):
        if rng.random() < 0.25:
            topic = pick(["better", "notbetter", "neutral"], [0.6, 0.15, 0.25] if not (slow or dropped) else
                         [0.35, 0.4, 0.25])
            nps = int(rng.integers(8, 11)) if topic == "better" else (int(rng.integers(0, 6)) if topic == "notbetter"
                                                                      else int(rng.integers(5, 9)))
            events[-1]["replied"] = 1
            fb(c, tf + D(hours=float(rng.uniform(0.5, 20))), "tp_followup", "followup_reply", topic, rating=False,
               nps=nps, **ainfo)
    star = acc_doc == STAR or acc_doc == NEWDOC
    p_rate = 0.55 + (0.15 if slow or dropped else 0.0) + (0.4 if acc_doc == NEWDOC else 0.0)
    if rng.random() < p_rate:
        tt = t + D(hours=float(rng.uniform(0.2, 40)))
        if acc_doc == NEWDOC:
            topic = pick(["patient", "good"])
        elif slow and rng.random() < 0.7:
            topic = "late"
        elif dropped and rng.random() < 0.75:
            topic = "drop"
        elif star and rng.random() < 0.85:
            topic = "patient"
        elif c["insurance_type"] == "none" and fee >= 59 and rng.random() < 0.45:
            topic = "price"
        else:
            topic = pick(["good", "patient", "neutral", "price", "notbetter"], [0.52, 0.12, 0.22, 0.06, 0.08])
        if ev(c, tt, "tp_rate", "rated", session_id=sess, **ainfo):
            fb(c, tt, "tp_rate", "doctor_review", topic, **ainfo, consult_no=n)
            if acc_doc == NEWDOC:
                feedback[-1]["rating"] = 5
            events[-1]["stars"] = feedback[-1]["rating"]
    elif dropped and rng.random() < 0.5 and c["_chan"] == "app":
        td = t + D(hours=float(rng.uniform(0.5, 48)))
        fb(c, td, "tp_consult", "app_review", "drop", undated_p=0.1, app_version=app_version(td), **info)
    p_ret = 0.30
    if acc_doc == STAR:
        p_ret = 0.58
    if acc_doc == NEWDOC:
        p_ret = 0.9
    if slow:
        p_ret *= 0.55
    if dropped:
        p_ret *= 0.6
    if slow_del:
        p_ret *= 0.8
    return (t, True, p_ret)


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
