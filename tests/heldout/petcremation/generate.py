"""念宠 PawMemory: a pet cremation and memorial service with six memorial centres in the Yangtze delta (Shanghai x2,
Hangzhou, Suzhou, Nanjing, and Hefei opened 2026-05-01). A grieving owner finds us (vet clinic referral,
Xiaohongshu, Baidu search, Dianping, a friend), calls the 24h hotline or messages us on WeChat, books a service
(individual 单独火化 or communal 集体火化 cremation, a package 基础 / 温馨 / 尊享告别, home pickup 上门接宠 or drop-off
自行送达), pays, the pet is picked up, a farewell ceremony is held for the two upper packages, the pet is cremated,
ashes are returned (individual only: delivered by hand or collected at the centre), the owner may buy an urn or
keepsakes (paw print, fur vial, ash crystal, photo frame), our grief-care team makes a condolence call about a week
later, the owner rates the service and may visit the online memorial hall (anniversaries, Qingming). Paid services
may be cancelled before pickup and are refunded.
Events 2025-01-01 .. 2026-08-31 (the extract was taken at the start of September 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, about 2 s. Planted patterns: README.md.
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
N_CUST = 4300
NIGHT_GAP = (datetime(2025, 10, 1), datetime(2026, 1, 1))      # Shanghai night hotline down to one operator
SUZHOU_VENDOR = datetime(2025, 7, 1)                              # Suzhou pickups outsourced to 安途宠物转运
NANJING_CREMATOR = (datetime(2026, 3, 1), datetime(2026, 4, 13))  # one of Nanjing's two cremators under repair
HEFEI_OPEN = datetime(2026, 5, 1)
LOST = []   # night callers whose call was missed and who never booked

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "了解念宠", "Discover PawMemory", "awareness", "social", "digital", "marketing",
     "了解|搜到|刷到|看到|医院推荐|朋友介绍|第一次接触|discover|found us|first touch|heard of us"),
    ("tp_hotline", "热线咨询", "Hotline enquiry", "consideration", "phone", "digital", "care_center",
     "热线|24小时热线|咨询|打电话|微信咨询|客服|hotline|call|enquiry|inquiry|24h line"),
    ("tp_book", "预约服务", "Service booked", "consideration", "mini_program", "digital", "care_center",
     "预约|下单|订服务|选套餐|book|booking|reserve|arrange"),
    ("tp_pay", "支付", "Payment", "purchase", "mini_program", "digital", "finance",
     "支付|付款|付钱|交费|pay|payment|paid"),
    ("tp_cancel", "取消服务", "Service cancelled", "service", "mini_program", "digital", "care_center",
     "取消|不做了|退订|cancel|cancellation|cancelled"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|refund|money back|refunded"),
    ("tp_pickup", "上门接宠", "Home pickup", "service", "other", "physical", "transport",
     "接宠|上门接|接送|接走|司机|接宠车|pickup|pick-up|collection|van|driver"),
    ("tp_farewell", "告别仪式", "Farewell ceremony", "service", "store", "physical", "ceremony",
     "告别|告别仪式|追思|送别会|仪式|farewell|ceremony|memorial service|goodbye"),
    ("tp_cremation", "火化", "Cremation", "service", "store", "physical", "cremation",
     "火化|焚化|单独火化|集体火化|cremation|cremate|cremated"),
    ("tp_ash_return", "骨灰交付", "Ashes returned", "service", "other", "physical", "logistics",
     "骨灰|送骨灰|领骨灰|交付|骨灰送回|ashes|ash return|ashes delivered|collect the ashes"),
    ("tp_keepsake", "骨灰盒与纪念品", "Urns & keepsakes", "purchase", "mini_program", "digital", "retail",
     "骨灰盒|纪念品|爪印|毛发|晶石|相框|urn|keepsake|paw print|memorial jewellery"),
    ("tp_condolence", "关怀回访", "Condolence follow-up", "loyalty", "phone", "digital", "grief_care",
     "回访|关怀|慰问|哀伤辅导|condolence|follow-up call|check-in call|grief care"),
    ("tp_rate", "服务评价", "Service rating", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|评分|rate|rating|review|stars"),
    ("tp_memorial", "云纪念馆", "Online memorial hall", "loyalty", "mini_program", "digital", "crm",
     "纪念馆|云纪念|祭扫|清明|周年|memorial hall|online memorial|anniversary|remembrance"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("consult", "咨询下单", "Enquiry to payment", ["tp_discover", "tp_hotline", "tp_book", "tp_pay"], 7),
    ("farewell", "送别服务", "Farewell service", ["tp_pay", "tp_cremation", "tp_ash_return"], 14),
    ("aftercare", "关怀回访", "Aftercare", ["tp_cremation", "tp_condolence", "tp_rate"], 30),
    ("remembrance", "纪念复访", "Remembrance", ["tp_ash_return", "tp_memorial"], 180),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 30),
]
CITIES = {"Shanghai": ("上海", 0.37), "Hangzhou": ("杭州", 0.22), "Suzhou": ("苏州", 0.18),
          "Nanjing": ("南京", 0.21), "Hefei": ("合肥", 0.02)}
CENTERS = [  # id, city, zh, en
    ("C01", "Shanghai", "上海闵行纪念中心", "Shanghai Minhang Centre"),
    ("C02", "Shanghai", "上海浦东纪念中心", "Shanghai Pudong Centre"),
    ("C03", "Hangzhou", "杭州余杭纪念中心", "Hangzhou Yuhang Centre"),
    ("C04", "Suzhou", "苏州吴中纪念中心", "Suzhou Wuzhong Centre"),
    ("C05", "Nanjing", "南京江宁纪念中心", "Nanjing Jiangning Centre"),
    ("C06", "Hefei", "合肥蜀山纪念中心", "Hefei Shushan Centre"),
]
CH = {"vet_referral": ("宠物医院推荐", 0.30, 0.86), "xiaohongshu": ("小红书", 0.20, 0.62),
      "baidu": ("百度搜索", 0.18, 0.40), "dianping": ("大众点评", 0.17, 0.66), "friend": ("朋友推荐", 0.15, 0.80)}
PET = {"cat": ("猫", 0.50), "dog": ("狗", 0.40), "small_pet": ("小宠(兔/仓鼠)", 0.07), "bird": ("鸟", 0.03)}
BANDS = [(5, "<5kg", "5公斤以下"), (15, "5-15kg", "5-15公斤"), (30, "15-30kg", "15-30公斤"), (999, "30kg+", "30公斤以上")]
FEE = {"individual": [800, 1200, 1600, 2200], "communal": [300, 450, 600, 800]}
CT_ZH = {"individual": "单独火化", "communal": "集体火化"}
PKG_ZH = {"basic": "基础告别", "standard": "温馨告别", "premium": "尊享告别"}
PKG_FEE = {"basic": 0, "standard": 600, "premium": 1500}
PM_ZH = {"home_pickup": "上门接宠", "drop_off": "自行送达"}
PAY_ZH = {"wechat_pay": "微信支付", "alipay": "支付宝", "card": "银行卡"}
SHIFT_ZH = {"day": "白班", "night": "夜班"}
ASH_ZH = {"hand_delivery": "专人送达", "self_collect": "到店领取"}
COND_ZH = {"reached": "已接通", "no_answer": "未接通", "declined": "婉拒回访"}
OT_ZH = {"cremation": "火化费", "pickup_fee": "接送费", "ceremony": "告别仪式费", "urn": "骨灰盒", "keepsake": "纪念品",
         "memorial_plan": "云纪念馆年费"}
KEEPSAKES = [("paw_print", "爪印纪念", 99, 0.40), ("fur_vial", "毛发纪念瓶", 168, 0.25),
             ("photo_frame", "纪念相框", 268, 0.20), ("ash_crystal", "骨灰晶石", 1280, 0.15)]
URNS = [("wooden_urn", "实木骨灰盒", 380, 0.5), ("ceramic_urn", "陶瓷骨灰坛", 580, 0.3), ("crystal_urn", "水晶骨灰盒", 980, 0.2)]

# ---- feedback phrases; every phrase of a topic holds one of its markers (gold.py counts topics by these markers)
PH = {
    "night_missed": (["半夜打24小时热线没人接，只能干等到天亮", "凌晨打热线一直没人接，心里特别崩溃", "说是24小时热线，夜里打了三次都没人接"],
                     ["Called the 24h hotline at 2am and nobody picked up.", "The so-called 24-hour line: nobody picked up all night."]),
    "pickup_late": (["约好的上门接宠等了{h}个小时才来", "接宠车迟迟不来，我们抱着它在家干等", "上门接宠来晚了快{h}个小时"],
                    ["We waited {h} hours for the pickup van.", "The pickup was so late, we sat with her body for hours."]),
    "ash_delay": (["骨灰一直没送回来，问了好几次都说在排队", "骨灰拖了一个多星期才拿到", "说好三天，结果骨灰拖到十来天才送到"],
                  ["The ashes took over a week to come back.", "Still chasing the ashes ten days later, far too long."]),
    "communal_confusion": (["集体火化不能领回骨灰，当时没人说清楚", "选了集体火化才知道拿不回骨灰，很后悔"],
                           ["Nobody explained that communal cremation means no ashes back.",
                            "Didn't realise communal cremation meant we couldn't keep the ashes."]),
    "upsell": (["一直推销贵的骨灰盒，这种时候很反感", "推销升级套餐太用力了"],
               ["The urn upsell felt pushy at such a sad time.", "Too much upselling when we were grieving."]),
    "ceremony_warm": (["告别仪式很温馨，让我们好好说了再见", "告别仪式布置得很用心，鲜花和照片都很好"],
                      ["The farewell ceremony was beautiful and calm.", "Lovely farewell ceremony, we could say goodbye properly."]),
    "gentle_staff": (["接宠的师傅很温柔，用小毯子包着它", "师傅对毛孩子特别尊重，还鞠了躬"],
                     ["The driver was so gentle with him.", "Staff were respectful and kind with our old girl."]),
    "condolence_warm": (["一周后的关怀回访很暖心", "回访电话聊了很久，谢谢你们的关心"],
                        ["The follow-up call a week later meant a lot.", "Kind follow-up call from the grief care team."]),
    "keepsake_nice": (["爪印纪念做得很精致，一直放在床头", "做的骨灰晶石很漂亮"],
                      ["The paw print keepsake is perfect.", "Beautiful keepsake, we treasure it."]),
}
GENERIC = {"pos": (["整体服务很好，谢谢你们照顾它最后一程", "流程很顺，谢谢念宠", "服务专业，推荐给有需要的朋友"],
                   ["Thank you for taking care of our boy.", "Professional and kind, thank you.", "Everything went smoothly."]),
           "neu": (["流程还行，就是价格偏高", "服务中规中矩"], ["It was okay overall.", "Fine, a bit expensive."]),
           "neg": (["整体体验不太好，希望改进", "不太满意，沟通很乱"], ["Not a good experience overall.", "Disappointing, poor communication."])}


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(d):
    keys = list(d)
    w = np.array([d[k][1] for k in keys], float)
    return keys[rng.choice(len(keys), p=w / w.sum())]


def choice(items):
    return items[rng.integers(len(items))]


def day_weights():
    days = [START + D(days=i) for i in range((END - START).days + 1)]
    w = []
    for d in days:
        g = 1.0 + 0.55 * (d - START).days / 600
        s = 1.25 if d.month in (7, 8) else 1.12 if d.month in (1, 12) else 1.0
        w.append(g * s)
    w = np.array(w)
    return days, w / w.sum()


DAYS, DAYW = day_weights()


def sample_t0(city):
    while True:
        d = DAYS[rng.choice(len(DAYS), p=DAYW)]
        if city != "Hefei" or d >= HEFEI_OPEN:
            break
    # pets die at any hour: ~30 % of first contacts at night (22:00-06:00)
    hw = np.array([4, 3.5, 3, 2.5, 2, 2, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4.5, 4])
    h = int(rng.choice(24, p=hw / hw.sum()))
    return d + D(hours=h, minutes=int(rng.integers(60)), seconds=int(rng.integers(60)))


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    customers, events, orders, feedback = [], [], [], []
    cases = []
    ev_n = [0]
    case_n = [0]

    def ev(cid, t, tp, sess=None, action=None, device=None, channel=None, **extra):
        if t > END:
            return False
        ev_n[0] += 1
        events.append(dict(event_id=f"E{ev_n[0]:07d}", customer_id=cid, ts=fmt(t), touchpoint_id=tp,
                           session_id=sess or "", action=action or "", device=device or "", channel=channel or "",
                           **extra))
        return True

    ord_n = [0]

    def order(cid, t, amount, otype, status="paid", refunded_at=None, **extra):
        ord_n[0] += 1
        orders.append(dict(order_id=f"O{ord_n[0]:06d}", customer_id=cid, ts=fmt(t), amount=amount, status=status,
                           order_type=otype, 订单类型=OT_ZH[otype], refunded_at=fmt(refunded_at) if refunded_at else "",
                           currency="CNY", **extra))
        return orders[-1]

    for i in range(N_CUST):
        cid = f"U{i + 1:05d}"
        city = pick(CITIES)
        ch = pick(CH)
        t0 = sample_t0(city)
        center = CENTERS[0 if rng.random() < 0.55 else 1] if city == "Shanghai" else next(c for c in CENTERS if c[1] == city)
        pet = pick(PET)
        if pet == "cat":
            kg = float(rng.uniform(2.5, 7.5))
        elif pet == "dog":
            kg = float(choice([rng.uniform(3, 10), rng.uniform(10, 25), rng.uniform(20, 45)]))
        elif pet == "small_pet":
            kg = float(rng.uniform(0.1, 2.5))
        else:
            kg = float(rng.uniform(0.05, 0.6))
        band = next(k for k, b in enumerate(BANDS) if kg < b[0])
        lang = "en" if rng.random() < (0.22 if city == "Shanghai" else 0.05) else "zh"
        dev = choice(["ios", "ios", "android", "android", "pc"]) if rng.random() < 0.97 else "ios"
        cust = dict(customer_id=cid, signup_at=fmt(t0), segment="", region=city, 城市=CITIES[city][0],
                    acquisition_channel=ch, 获客渠道=CH[ch][0], tier="standard", 会员类型="普通",
                    pet_type=pet, 宠物类型=PET[pet][0], pet_weight_kg=round(kg, 1), weight_band=BANDS[band][1],
                    体重档=BANDS[band][2], pet_age_years=int(np.clip(rng.normal(13 if pet in ("cat", "dog") else 4, 3), 1, 22)),
                    owner_age_band=choice(["18-25", "26-35", "26-35", "36-45", "36-45", "46-55", "56+"]),
                    home_center_id=center[0], preferred_language=lang)
        customers.append(cust)
        ev(cid, t0, "tp_discover", action="view", device=dev, channel=ch)
        n_paid = 0
        mine = []
        t_start = t0
        first = True
        while True:
            r = run_case(cid, cust, center, ch, pet, band, lang, dev, t_start, first, ev, order, case_n)
            if r is None:
                break
            cases.append(r)
            mine.append(r)
            n_paid += r["paid"] and not r["cancelled"]
            # a second pet later (rare)
            if rng.random() < 0.05 and r["paid"]:
                t_start = r["t_pay"] + D(days=float(rng.uniform(60, 420)))
                first = False
                if t_start > END:
                    break
                continue
            break
        has_mem = any(c.get("memorial_member") for c in mine)
        if n_paid == 0:
            cust["segment"] = "prospect"
        elif has_mem:
            cust["segment"] = "memorial_member"
        elif n_paid >= 2:
            cust["segment"] = "returning"
        else:
            cust["segment"] = "served"
        if has_mem:
            cust["tier"], cust["会员类型"] = "memorial_member", "纪念馆会员"

    # exact duplicate events re-sent by the mini program tracker
    for k in rng.choice(len(events), 22, replace=False):
        events.append(dict(events[k]))

    # ---- feedback
    fid = [0]
    truth = []

    def fb(text, topics, t, cid, tp, channel, rating=None, nps=None, c=None, lang="zh"):
        fid[0] += 1
        f = dict(feedback_id=f"F{fid[0]:06d}", text=text, ts=fmt(t) if t else "", customer_id=cid or "",
                 touchpoint_id=tp, channel=channel, rating=rating if rating is not None else "",
                 nps=nps if nps is not None else "", language=lang,
                 case_id=c["case"] if c else "", center_id=c["center"][0] if c else "",
                 center=c["center"][2] if c else "", center_en=c["center"][3] if c else "",
                 center_city=c["center"][1] if c else "", 服务城市=CITIES[c["center"][1]][0] if c else "",
                 cremation_type=c["ctype"] if c else "", 火化方式=CT_ZH[c["ctype"]] if c else "")
        feedback.append(f)
        truth.append(dict(feedback_id=f["feedback_id"], topics="|".join(topics)))

    def compose(topics, lang, sentiment, c):
        parts = []
        for tp in topics:
            zh, en = PH[tp]
            s = choice(zh if lang == "zh" else en)
            parts.append(s.format(h=int(max(3, round(c.get("pickup_h", 4))))))
        if not parts:
            zh, en = GENERIC[sentiment]
            parts.append(choice(zh if lang == "zh" else en))
        return ("，" if lang == "zh" else " ").join(parts) + ("。" if lang == "zh" and not parts[-1].endswith("。") else "")

    TOPIC_TP = {"night_missed": "tp_hotline", "pickup_late": "tp_pickup", "ash_delay": "tp_ash_return",
                "communal_confusion": "tp_cremation", "upsell": "tp_keepsake", "ceremony_warm": "tp_farewell",
                "gentle_staff": "tp_pickup", "condolence_warm": "tp_condolence", "keepsake_nice": "tp_keepsake"}

    for c in cases:
        if not c["paid"] or c["cancelled"]:
            continue
        neg, pos = [], []
        if c["night_missed"] and rng.random() < 0.65:
            neg.append("night_missed")
        if c.get("pickup_h", 0) > 3.0 and rng.random() < 0.7:
            neg.append("pickup_late")
        if c.get("ash_delay") and rng.random() < 0.85:
            neg.append("ash_delay")
        if c["ctype"] == "communal" and rng.random() < 0.22:
            neg.append("communal_confusion")
        if (c["urn"] or c["pkg"] == "premium") and rng.random() < 0.12:
            neg.append("upsell")
        if c["ceremony"] and rng.random() < 0.40:
            pos.append("ceremony_warm")
        if c["pickup_mode"] == "home_pickup" and c.get("pickup_h", 9) <= 3.0 and rng.random() < 0.25:
            pos.append("gentle_staff")
        if c["cond"] == "reached" and rng.random() < (0.45 if c["center"][0] == "C03" else 0.18):
            pos.append("condolence_warm")
        if c["keepsake"] and rng.random() < 0.2:
            pos.append("keepsake_nice")
        score = 4.2 - 1.3 * len(neg) + 0.25 * len(pos) + (0.25 if c["pkg"] == "premium" else 0) \
            + (-0.5 if c["center"][0] == "C06" else 0) + float(rng.normal(0, 0.85))
        stars = int(np.clip(round(score), 1, 5))
        sentiment = "pos" if stars >= 4 else "neu" if stars == 3 else "neg"
        # positives only mentioned when the owner is not unhappy
        topics = neg + (pos if stars >= 3 else [])
        if c["t_rate"] is not None:
            fb(compose(topics, c["lang"], sentiment, c), topics, c["t_rate"], c["cid"], topic_tp(topics, TOPIC_TP),
               "wechat_review", rating=stars, c=c, lang=c["lang"])
        if c["ch"] == "dianping" and rng.random() < 0.45:
            t = c["t_end"] + D(days=float(rng.uniform(1, 20)))
            if t <= END:
                tps = [x for x in topics if rng.random() < 0.8]
                s2 = int(np.clip(stars + rng.integers(-1, 1), 1, 5))
                fb(compose(tps, c["lang"], sentiment, c), tps, None if rng.random() < 0.33 else t, c["cid"],
                   topic_tp(tps, TOPIC_TP), "dianping_review", rating=s2, c=c, lang=c["lang"])
        if c["cond"] == "reached" and rng.random() < 0.5 and c["t_cond"] is not None:
            t = c["t_cond"] + D(hours=float(rng.uniform(1, 48)))
            if t <= END:
                nps = int(np.clip(round(stars * 2 + rng.normal(-0.6, 1.2) + (0.8 if c["center"][0] == "C03" else 0)), 0, 10))
                tps = [x for x in topics if x in ("condolence_warm", "ceremony_warm", "ash_delay", "pickup_late")]
                fb(compose(tps, c["lang"], sentiment, c), tps, t, c["cid"], topic_tp(tps, TOPIC_TP, "tp_condolence"),
                   "survey", nps=nps, c=c, lang=c["lang"])
        # complaint tickets and hotline notes (no rating)
        for tp in neg:
            if tp in ("ash_delay", "communal_confusion", "pickup_late") and rng.random() < (0.6 if tp == "ash_delay" else 0.35):
                t = c["t_end"] + D(hours=float(rng.uniform(2, 72)))
                if t <= END:
                    fb(compose([tp], c["lang"], "neg", c), [tp], t, c["cid"], TOPIC_TP[tp], "ticket", c=c, lang=c["lang"])
            if tp in ("night_missed",) and rng.random() < 0.5:
                t = c["t_pay"] + D(hours=float(rng.uniform(1, 10)))
                if t <= END:
                    fb("来电备注：" + compose([tp], "zh", "neg", c) if c["lang"] == "zh" else
                       "Call note: " + compose([tp], "en", "neg", c), [tp],
                       None if rng.random() < 0.3 else t, c["cid"], "tp_hotline", "call_note", c=c, lang=c["lang"])
        # Xiaohongshu posts: mostly praise, half exported without a date
        if rng.random() < 0.08 and pos:
            tps = pos[:1]
            t = c["t_end"] + D(days=float(rng.uniform(2, 30)))
            if t <= END:
                nots = rng.random() < 0.5
                fb(compose(tps, c["lang"], "pos", c), tps, None if nots else t, "" if nots and rng.random() < 0.5 else c["cid"],
                   TOPIC_TP[tps[0]], "xiaohongshu", c=c, lang=c["lang"])

    # people lost after an unanswered night call vent on Xiaohongshu / Dianping or call again to complain
    for cid, t, lang, center in LOST:
        u = rng.random()
        if u < 0.45:
            c = dict(case="", center=center, ctype=None, pickup_h=0)
            ch = "xiaohongshu" if u < 0.25 else "call_note"
            txt = compose(["night_missed"], lang, "neg", c)
            if ch == "call_note":
                txt = ("来电备注：" if lang == "zh" else "Call note: ") + txt
            tt = t + D(hours=float(rng.uniform(6, 72)))
            if tt <= END:
                fb(txt, ["night_missed"], None if ch == "xiaohongshu" and rng.random() < 0.5 else tt, cid,
                   "tp_hotline", ch, c=None, lang=lang)
                feedback[-1].update(center_id=center[0], center=center[2], center_en=center[3], center_city=center[1],
                                    服务城市=CITIES[center[1]][0])

    # ---- write
    cols_tp = ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"]
    write(out / "touchpoints.csv", cols_tp, [dict(zip(cols_tp, (t[0], t[1], t[1], t[2], *t[3:]))) for t in TOUCHPOINTS])
    jr = []
    for jid, zh, en, steps, w in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=w))
    write(out / "journeys.csv", list(jr[0]), jr)
    write(out / "customers.csv", list(customers[0]), customers)
    ecols = []
    for e in events:
        for k in e:
            if k not in ecols:
                ecols.append(k)
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    write(out / "events.csv", ecols, events)
    ocols = []
    for o in orders:
        for k in o:
            if k not in ocols:
                ocols.append(k)
    write(out / "orders.csv", ocols, orders)
    write(out / "feedback.csv", list(feedback[0]), feedback)
    write(out / "_truth" / "feedback_truth.csv", ["feedback_id", "topics"], truth)
    print(f"customers {len(customers)} events {len(events)} orders {len(orders)} feedback {len(feedback)} "
          f"cases {len(cases)}")
    return 0


def topic_tp(topics, m, default="tp_rate"):
    neg_first = [t for t in topics if t in ("night_missed", "pickup_late", "ash_delay", "communal_confusion", "upsell")]
    t = (neg_first or topics)
    return m[t[0]] if t else default


def write(path, cols, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise", restval="")
        w.writeheader()
        for r in rows:
            w.writerow(r)


def run_case(cid, cust, center, ch, pet, band, lang, dev, t_start, first, ev, order, case_n):
    """one enquiry (and, when booked, one service case). Returns the case dict or None when nothing was booked."""
    city = center[1]
    t = t_start + D(minutes=float(rng.uniform(2, 40)))
    night = t.hour >= 22 or t.hour < 6
    missed = False
    consulted = rng.random() < 0.9 or not first
    case_n[0] += 1
    sess = f"PM{case_n[0]:06d}"
    base = dict(center_id=center[0], center=center[2], center_en=center[3], center_city=city, 服务城市=CITIES[city][0])
    if consulted:
        via = "phone" if rng.random() < 0.72 else "wechat"
        p_miss = 0.03
        if via == "phone" and night:
            p_miss = 0.6 if (city == "Shanghai" and NIGHT_GAP[0] <= t < NIGHT_GAP[1]) else 0.06
        missed = via == "phone" and rng.random() < p_miss
        shift = "night" if night else "day"
        ev(cid, t, "tp_hotline", sess, "missed" if missed else "answered", None, via, **base,
           hotline_shift=shift, 班次=SHIFT_ZH[shift], wait_sec="" if missed else int(rng.gamma(2, 12)))
        if missed:
            # morning call-back
            nxt = t.replace(hour=8, minute=0) + (D(days=1) if t.hour >= 22 else D(0)) + D(minutes=float(rng.uniform(0, 150)))
            if rng.random() < 0.7:
                ev(cid, nxt, "tp_hotline", sess, "callback", None, "phone", **base, hotline_shift="day", 班次="白班",
                   wait_sec="")
                t = nxt
    p_book = CH[ch][2] if first else 0.9
    if not consulted:
        p_book *= 0.9
    if missed:
        p_book *= 0.5
    if rng.random() >= p_book:
        if missed and night:
            LOST.append((cid, t, lang, center))
        return None
    t_book = t + D(minutes=float(rng.uniform(5, 120)))
    p_ind = {"vet_referral": 0.82, "friend": 0.75, "xiaohongshu": 0.75, "dianping": 0.68, "baidu": 0.52}[ch]
    if pet in ("small_pet", "bird"):
        p_ind += 0.1
    ctype = "individual" if rng.random() < p_ind else "communal"
    pkg = (choice(["basic"] * 40 + ["standard"] * 42 + ["premium"] * 18) if ctype == "individual"
           else ("basic" if rng.random() < 0.85 else "standard"))
    pmode = "home_pickup" if rng.random() < (0.8 if city == "Shanghai" else 0.68) else "drop_off"
    paym = choice(["wechat_pay"] * 6 + ["alipay"] * 3 + ["card"])
    attrs = dict(base, cremation_type=ctype, 火化方式=CT_ZH[ctype], package=pkg, 套餐=PKG_ZH[pkg], pickup_mode=pmode,
                 接送方式=PM_ZH[pmode], pet_type=pet, 宠物类型=PET[pet][0], weight_band=BANDS[band][1], 体重档=BANDS[band][2])
    if not ev(cid, t_book, "tp_book", sess, "submit", dev, "mini_program", **attrs):
        return None
    c = dict(cid=cid, case=sess, center=center, ch=ch, lang=lang, ctype=ctype, pkg=pkg, pickup_mode=pmode,
             paid=False, cancelled=False, night_missed=missed and night, ceremony=pkg != "basic", urn=False,
             keepsake=False, cond=None, t_cond=None, t_rate=None, t_pay=t_book, t_end=t_book)
    if rng.random() >= 0.93:
        return c
    t_pay = t_book + D(minutes=float(rng.uniform(2, 60)))
    oattrs = dict(case_id=sess, channel="mini_program", device=dev, **base, cremation_type=ctype, 火化方式=CT_ZH[ctype],
                  package=pkg, 套餐=PKG_ZH[pkg], pet_type=pet, 宠物类型=PET[pet][0], weight_band=BANDS[band][1],
                  payment_method=paym, 支付方式=PAY_ZH[paym], item="", 品名="")
    amt_pay = FEE[ctype][band] + (300 if city == "Shanghai" else 200 if pmode == "home_pickup" else 0) * (pmode == "home_pickup") \
        + PKG_FEE[pkg]
    if not ev(cid, t_pay, "tp_pay", sess, "success", dev, "mini_program", **attrs, payment_method=paym,
              支付方式=PAY_ZH[paym], amount=amt_pay):
        return c
    c.update(paid=True, t_pay=t_pay, t_end=t_pay)
    pay_orders = [order(cid, t_pay, FEE[ctype][band], "cremation", **oattrs)]
    if pmode == "home_pickup":
        pay_orders.append(order(cid, t_pay, 300 if city == "Shanghai" else 200, "pickup_fee", **oattrs))
    if pkg != "basic":
        pay_orders.append(order(cid, t_pay, PKG_FEE[pkg], "ceremony", **oattrs))
    # pickup delay (hours)
    if pmode == "home_pickup":
        med = 1.5
        if city == "Suzhou" and t_pay >= SUZHOU_VENDOR:
            med = 4.4
        if city == "Hefei":
            med = 5.5
        pickup_h = float(med * np.exp(rng.normal(0, 0.35)))
        c["pickup_h"] = pickup_h
    p_cancel = 0.04 + (0.08 if c.get("pickup_h", 0) > 3.5 else 0)
    if rng.random() < p_cancel:
        t_c = t_pay + D(hours=float(rng.uniform(0.3, min(3.0, c.get("pickup_h", 3.0)))))
        reason = "waited_too_long" if c.get("pickup_h", 0) > 3.5 else choice(["family_decision", "chose_other_provider",
                                                                               "price", "burial_instead"])
        rz = {"waited_too_long": "等待太久", "family_decision": "家人意见不一", "chose_other_provider": "选择了其他机构",
              "price": "价格原因", "burial_instead": "改为土葬"}[reason]
        if ev(cid, t_c, "tp_cancel", sess, "cancel", dev, "mini_program", **attrs, payment_method=paym,
              支付方式=PAY_ZH[paym], cancel_reason=reason, 取消原因=rz):
            t_r = t_c + (D(days=float(rng.uniform(2, 5))) if paym == "card" else D(hours=float(rng.uniform(0.2, 8))))
            if ev(cid, t_r, "tp_refund", sess, "refund", None, paym, **attrs, payment_method=paym, 支付方式=PAY_ZH[paym],
                  refund_amount=amt_pay, cancel_reason=reason, 取消原因=rz):
                for o in pay_orders:
                    o["status"], o["refunded_at"] = "refunded", fmt(t_r)
            c.update(cancelled=True, t_end=t_c)
            return c
    # service
    if pmode == "home_pickup":
        t_pk = t_pay + D(hours=c["pickup_h"])
        vendor = "安途宠物转运" if city == "Suzhou" and t_pay >= SUZHOU_VENDOR else "念宠自营车队"
        if not ev(cid, t_pk, "tp_pickup", sess, "picked_up", None, "other", **attrs, pickup_vendor=vendor):
            return c
        t_in = t_pk + D(hours=float(rng.uniform(0.5, 1.5)))
    else:
        t_in = t_pay + D(hours=float(rng.uniform(2, 20)))
    t_cr = t_in + D(hours=float(rng.uniform(1, 8)))
    if c["ceremony"]:
        t_f = t_in + D(hours=float(rng.uniform(2, 20)))
        if not ev(cid, t_f, "tp_farewell", sess, "held", None, "store", **attrs):
            return c
        t_cr = t_f + D(hours=float(rng.uniform(0.5, 3)))
    if ctype == "communal":
        t_cr += D(days=float(rng.uniform(0, 3)))
    if city == "Nanjing" and NANJING_CREMATOR[0] <= t_cr < NANJING_CREMATOR[1]:
        t_cr += D(days=float(rng.uniform(3, 7)))
        c["ash_delay"] = ctype == "individual"
    if not ev(cid, t_cr, "tp_cremation", sess, "done", None, "store", **attrs):
        return c
    c["t_end"] = t_cr
    t_last = t_cr
    if ctype == "individual":
        how = "hand_delivery" if rng.random() < 0.65 else "self_collect"
        dd = float(rng.uniform(0.5, 2.5)) if how == "hand_delivery" else float(rng.uniform(1, 5))
        if c.get("ash_delay"):
            dd += float(rng.uniform(1, 3))
        elif how == "hand_delivery" and rng.random() < 0.03:     # courier mix-up, anywhere
            dd += float(rng.uniform(4, 8))
            c["ash_delay"] = True
        t_ash = t_cr + D(days=dd)
        if not ev(cid, t_ash, "tp_ash_return", sess, how, None, "other", **attrs, ash_delivery=how, 交付方式=ASH_ZH[how]):
            return c
        c["t_end"] = t_last = t_ash
        c["t_ash"] = t_ash
    # urns & keepsakes
    p_k = {"individual": {"basic": 0.35, "standard": 0.5, "premium": 0.7}, "communal": {"basic": 0.12, "standard": 0.2}}[ctype][pkg]
    if rng.random() < p_k:
        t_k = t_cr + D(hours=float(rng.uniform(2, 48)))
        items = []
        if ctype == "individual" and rng.random() < 0.45:
            u = URNS[rng.choice(3, p=[x[3] for x in URNS])]
            items.append(("urn", u))
            c["urn"] = True
        k = KEEPSAKES[rng.choice(4, p=[x[3] for x in KEEPSAKES])] if ctype == "individual" else KEEPSAKES[0]
        if rng.random() < 0.8 or not items:
            items.append(("keepsake", k))
            c["keepsake"] = True
        if ev(cid, t_k, "tp_keepsake", sess, "order", dev, "mini_program", **attrs, keepsake_item=";".join(x[1][0] for x in items),
              纪念品=";".join(x[1][1] for x in items), amount=sum(x[1][2] for x in items)):
            for ot, it in items:
                o = order(cid, t_k, it[2], ot, **dict(oattrs, item=it[0], 品名=it[1]))
    # condolence call ~ a week later
    if rng.random() < 0.9:
        t_cd = t_last + D(days=float(rng.uniform(6, 9)))
        p_reach = 0.85 if center[0] == "C03" else 0.66
        u = rng.random()
        res = "reached" if u < p_reach else "declined" if u > 0.96 else "no_answer"
        if ev(cid, t_cd, "tp_condolence", sess, res, None, "phone", **attrs, condolence_result=res, 回访结果=COND_ZH[res]):
            c["cond"], c["t_cond"] = res, t_cd
            t_last = t_cd
    p_rate = 0.62 if c["cond"] == "reached" else 0.4
    if rng.random() < p_rate:
        t_rt = t_last + D(hours=float(rng.uniform(1, 72)))
        if ev(cid, t_rt, "tp_rate", sess, "rate", dev, "mini_program", **attrs):
            c["t_rate"] = t_rt
    # online memorial hall: anniversaries / Qingming
    if ctype == "individual" and "t_ash" in c:
        visits = []
        if rng.random() < (0.42 if c["cond"] == "reached" else 0.25):
            visits.append((c["t_ash"] + D(days=float(rng.uniform(3, 150))), "online_hall"))
        for qm in (datetime(2025, 4, 1), datetime(2026, 4, 1)):
            if c["t_ash"] < qm - D(days=10) and rng.random() < 0.3:
                visits.append((qm + D(days=float(rng.uniform(0, 6))), "qingming"))
        ann = c["t_ash"] + D(days=365)
        if rng.random() < 0.35:
            visits.append((ann + D(hours=float(rng.uniform(-24, 24))), "anniversary"))
        joined = False
        for tv, kind in sorted(visits):
            if ev(cid, tv, "tp_memorial", sess, kind, dev, "mini_program", **attrs):
                if not joined and rng.random() < 0.3:
                    joined = True
                    order(cid, tv, 199, "memorial_plan", **dict(oattrs, item="memorial_plan_1y", 品名="云纪念馆年费"))
                    c["memorial_member"] = True
    return c


if __name__ == "__main__":
    raise SystemExit(main())
