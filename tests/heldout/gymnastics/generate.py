"""Synthetic data for 小跳跳 LittleLeap, a children's gymnastics and trampoline academy (held-out batch, written blind).

    python generate.py OUTDIR

Fixed seed (numpy); writes a DATA.md folder (touchpoints, customers, events, journeys, orders, feedback) plus
OUTDIR/_truth/feedback_truth.csv (generator topic and sentiment of each comment; not a DATA.md table, used by
gold.py only). Data runs 2024-09-01 .. 2026-06-30 (the CRM went live in September 2024; today is 2026-12-01).
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

RNG = np.random.default_rng(20240901)
START = datetime(2024, 9, 1)
END = datetime(2026, 6, 30, 21, 0)

# gym id: (zh, en, city, city_zh, opened)
GYMS = {
    "G1": ("上海徐汇馆", "Shanghai Xuhui", "Shanghai", "上海", START),
    "G2": ("上海浦东馆", "Shanghai Pudong", "Shanghai", "上海", START),
    "G3": ("上海闵行馆", "Shanghai Minhang", "Shanghai", "上海", START),
    "G4": ("杭州西湖馆", "Hangzhou Xihu", "Hangzhou", "杭州", START),
    "G5": ("杭州滨江馆", "Hangzhou Binjiang", "Hangzhou", "杭州", START),
    "G6": ("杭州萧山馆", "Hangzhou Xiaoshan", "Hangzhou", "杭州", datetime(2026, 3, 1)),
}
GYM_W = {"G1": 0.21, "G2": 0.21, "G3": 0.18, "G4": 0.2, "G5": 0.2, "G6": 0.08}

# coach id: (name, gym, level, from, to)
COACHES = {
    "K01": ("王乐乐", "G1", "senior", START, END),
    "K02": ("张伟", "G1", "head", START, END),
    "K03": ("Emily Zhou", "G1", "junior", START, END),
    "K04": ("李娜", "G2", "head", START, END),
    "K05": ("陈浩", "G2", "senior", START, datetime(2025, 8, 31)),
    "K06": ("刘洋", "G2", "junior", START, END),
    "K07": ("赵敏", "G3", "head", START, END),
    "K08": ("孙强", "G3", "junior", START, END),
    "K09": ("Kevin Wu", "G3", "senior", START, END),
    "K10": ("周婷", "G4", "head", START, END),
    "K11": ("吴磊", "G4", "senior", START, END),
    "K12": ("郑佳", "G4", "junior", START, END),
    "K13": ("钱多多", "G5", "head", START, END),
    "K14": ("冯雪", "G5", "senior", START, END),
    "K15": ("Coco 陈", "G6", "junior", datetime(2026, 3, 1), END),
    "K16": ("何平", "G6", "head", datetime(2026, 3, 1), END),
}
COACH_LEVEL_ZH = {"head": "总教练", "senior": "高级教练", "junior": "初级教练"}

SOURCES = ["douyin", "xiaohongshu", "school_flyer", "referral", "dianping"]
SOURCE_ZH = {"douyin": "抖音广告", "xiaohongshu": "小红书", "school_flyer": "校园传单", "referral": "朋友推荐",
             "dianping": "大众点评"}
SOURCE_P = [0.27, 0.2, 0.2, 0.17, 0.16]
BOOK_P = {"douyin": 0.8, "xiaohongshu": 0.78, "school_flyer": 0.4, "referral": 0.88, "dianping": 0.82}
SHOW_P = {"douyin": 0.58, "xiaohongshu": 0.8, "school_flyer": 0.86, "referral": 0.93, "dianping": 0.83}
BUY_ADJ = {"douyin": -0.08, "xiaohongshu": 0.0, "school_flyer": 0.08, "referral": 0.1, "dianping": 0.0}
GYM_BUY = {"G1": 0.62, "G2": 0.55, "G3": 0.38, "G4": 0.55, "G5": 0.55, "G6": 0.82}

AGE_ZH = {"3-5": "3-5岁", "6-8": "6-8岁", "9-12": "9-12岁"}
LEVELS = ["Starter", "Foundation", "Intermediate", "Elite"]
LEVEL_ZH = {"Starter": "启蒙班", "Foundation": "基础班", "Intermediate": "进阶班", "Elite": "精英班"}
BADGES = ["forward_roll", "cartwheel", "handstand", "bridge", "round_off", "tuck_jump", "back_walkover",
          "front_handspring"]
BADGE_ZH = {"forward_roll": "前滚翻", "cartwheel": "侧手翻", "handstand": "倒立", "bridge": "下桥",
            "round_off": "踺子", "tuck_jump": "蹦床团身跳", "back_walkover": "后软翻", "front_handspring": "前手翻"}
SHOWCASES = [datetime(2024, 12, 21, 10), datetime(2025, 6, 21, 10), datetime(2025, 12, 20, 10),
             datetime(2026, 6, 20, 10)]
TRYOUTS = [datetime(2025, 3, 15, 9), datetime(2025, 9, 13, 9), datetime(2026, 3, 14, 9)]
CLOSED = [(datetime(2025, 1, 27), datetime(2025, 2, 9)), (datetime(2026, 2, 14), datetime(2026, 2, 26))]
INCIDENT = datetime(2025, 11, 8)            # trampoline accident at 杭州西湖馆
INCIDENT_END = datetime(2026, 1, 15)
PUDONG_CROWD = datetime(2025, 9, 1)         # a coach left, classes merged
PRICE_RISE = datetime(2025, 9, 1)           # 12-class pack price up
MAKEUP_CUT = datetime(2025, 3, 1)           # 滨江馆 only one make-up slot a week
ANDROID_BUG = (datetime(2026, 4, 1), datetime(2026, 6, 30, 23))

PAY = ["wechat_pay", "alipay", "bank_card", "dianping_voucher"]
PAY_ZH = {"wechat_pay": "微信支付", "alipay": "支付宝", "bank_card": "银行卡", "dianping_voucher": "大众点评团购券"}
ITEMS = {"leotard": ("体操服", 199.0), "training_suit": ("训练服", 259.0), "grip_socks": ("防滑袜", 39.0),
         "trampoline_shoes": ("蹦床鞋", 129.0)}
REASON_ZH = {"class_too_crowded": "班级人数太多", "injury_concern": "担心受伤", "moving_house": "搬家",
             "schedule_conflict": "时间冲突"}

TOUCHPOINTS = [
    ("tp_lead", "留资咨询", "留资咨询", "Lead / enquiry", "awareness", "ads", "digital", "marketing",
     "咨询|留资|线索|新线索|leads|enquiry|inquiry"),
    ("tp_trial_booked", "预约体验课", "预约体验课", "Trial class booked", "consideration", "mini_program", "digital",
     "front_desk", "约体验课|体验课预约|book a trial|trial booking"),
    ("tp_trial_attended", "体验课到场", "体验课到场", "Trial class attended", "consideration", "store", "physical",
     "coaching", "上体验课|试课|体验课|trial class|trial lesson"),
    ("tp_assessment", "等级评估", "等级评估", "Level assessment", "consideration", "store", "physical", "coaching",
     "分级|定级|水平评估|测评|assessment|level test"),
    ("tp_term_purchase", "购买学期课包", "购买学期课包", "Term package purchase", "purchase", "store", "physical",
     "sales", "报名|买课|新签|课包|enrol|sign up|term package"),
    ("tp_class", "上课", "上课", "Class", "service", "store", "physical", "coaching",
     "常规课|出勤|class|lesson|attendance"),
    ("tp_makeup_request", "申请补课", "申请补课", "Make-up request", "service", "mini_program", "digital", "front_desk",
     "补课申请|请假补课|make-up request|makeup"),
    ("tp_makeup_booked", "补课预约成功", "补课预约成功", "Make-up class booked", "service", "mini_program", "digital",
     "front_desk", "约上补课|补课成功|make-up booked"),
    ("tp_badge", "技能徽章", "技能徽章", "Skill badge awarded", "service", "store", "physical", "coaching",
     "徽章|考章|拿章|badge|skill badge"),
    ("tp_showcase", "汇报演出", "汇报演出", "Showcase event", "loyalty", "store", "physical", "events",
     "汇演|期末展示|showcase|recital"),
    ("tp_renewal", "学期续费", "学期续费", "Term renewal", "loyalty", "store", "physical", "sales",
     "续费|续课|续报|renewal|re-enrol"),
    ("tp_team_tryout", "竞技队选拔", "竞技队选拔", "Competition team tryout", "loyalty", "store", "physical",
     "coaching", "校队选拔|竞技队|选拔赛|tryout|team trial"),
]

JOURNEYS = [
    ("trial", "体验课转化", "Trial to term package",
     ["tp_lead", "tp_trial_booked", "tp_trial_attended", "tp_assessment", "tp_term_purchase"], 30),
    ("makeup", "补课预约", "Make-up booking", ["tp_makeup_request", "tp_makeup_booked"], 14),
    ("renewal", "学期续费", "Term renewal", ["tp_term_purchase", "tp_renewal"], 365),
    ("progress", "成长路径", "Skill progress",
     ["tp_term_purchase", "tp_class", "tp_badge", "tp_showcase", "tp_renewal"], 365),
]

# ---------------------------------------------------------------- feedback texts (topic -> zh, en variants)
TEXTS = {
    "crowded": (["班上人太多了，一个教练带十几个孩子，轮一次要等好久", "最近班级太挤了，孩子一节课没练几次",
                 "人太多，垫子上排队排半天，感觉学费不值", "一个班塞了十五六个小朋友，教练根本顾不过来，太挤了",
                 "班里人太多了，希望能控制一下人数"],
                ["Class is way too crowded, my daughter waited in line most of the hour",
                 "Too many kids per coach now, the class feels crowded", "Overcrowded class, barely any turns on the beam"]),
    "encouraging": (["{coach}老师特别会鼓励孩子，孩子每次都很期待上课", "教练很有耐心，一直在鼓励，孩子不怕了",
                     "{coach}教练总是鼓励小朋友，孩子回家一直说喜欢老师", "老师很会鼓励人，动作做不好也不批评"],
                    ["Coach {coach} is so encouraging, my son loves her", "Very encouraging coaches, patient with the little ones",
                     "The coach kept encouraging her, she was beaming"]),
    "confidence": (["上了一学期，孩子明显更自信了，敢在别人面前表演", "孩子以前很胆小，现在自信多了",
                    "孩子变得自信开朗，身体协调性也好了", "汇报演出上孩子表现很棒，自信心提升很多"],
                   ["My kid is so much more confident now", "Huge boost in confidence since she started",
                    "He gained a lot of confidence, really happy with the progress"]),
    "injury": (["蹦床那边保护不到位，担心孩子受伤", "听说有小朋友在蹦床上摔伤了，有点担心安全问题",
                "孩子上课扭伤了脚踝，希望加强保护", "蹦床区的安全措施让人不放心，怕受伤"],
               ["Worried about injuries on the trampoline, spotting looked thin", "Heard a child got hurt on the trampoline, safety concern",
                "My son twisted his ankle, please improve spotting - injury risk"]),
    "parking": (["停车太难了，周末附近根本找不到车位", "停车位太少，每次接送都要绕好几圈", "馆是挺好，就是停车不方便"],
                ["Parking is a nightmare on weekends", "Hard to find parking near the gym", "Great classes but parking is difficult"]),
    "makeup_bad": (["补课根本约不上，小程序上永远没有名额", "请假了想补课，等了两周都约不到", "补课太难约了，课时白白浪费",
                    "补课名额太少了，客服也说没办法"],
                   ["Impossible to book a make-up class, no slots for weeks", "Make-up classes are never available",
                    "Tried to book a make-up for two weeks, nothing"]),
    "makeup_app": (["安卓手机小程序补课页面一直报错，提交不了", "小程序约补课一直卡住，换了苹果手机才约上"],
                   ["The mini-program crashes when I try to book a make-up on my Android phone"]),
    "makeup_ok": (["补课安排得挺快的，前台很配合", "补课很方便，第二天就约上了"],
                  ["Make-up class was easy to book", "Booked the make-up in a day, smooth"]),
    "trial_good": (["体验课孩子玩得很开心，蹦床太好玩了", "体验课安排得很好，老师很专业", "孩子试课后一直吵着还要来"],
                   ["Trial class was fun, she loved the trampoline", "Great trial lesson, very professional staff"]),
    "assess_wait": (["体验课完还要等到周六才能做评估，拖太久了", "评估要专门再跑一趟，等了快一周", "定级评估排不上，等好几天"],
                    ["Had to wait until Saturday for the assessment, annoying", "The level assessment took almost a week to schedule"]),
    "showcase": (["汇报演出组织得很好，孩子第一次上台很兴奋", "期末汇演很精彩，看到孩子的进步很感动"],
                 ["Loved the showcase, great to see what she learned", "The showcase was really well organised"]),
    "showcase_bad": (["汇演当天等太久了，流程有点乱"], ["Showcase day was chaotic and ran late"]),
    "refund_slow": (["退费流程太慢了，申请了半个月还没到账", "退款一直拖，打了好几次电话"],
                    ["Refund is taking forever", "Still waiting for my refund after two weeks"]),
    "neutral": (["课程还可以，价格有点贵", "环境干净，就是离家有点远", "还行吧，再观察一学期", "更衣区有点小"],
                ["It's ok, a bit pricey", "Decent classes, a little far from home", "Fine overall"]),
    "nps_pos": (["会推荐给朋友", "老师好，孩子喜欢"], ["Would recommend", "Kids love it"]),
    "nps_neg": (["性价比一般", "不太会推荐"], ["Not great value", "Probably not recommending"]),
}
SENT = {"crowded": "neg", "encouraging": "pos", "confidence": "pos", "injury": "neg", "parking": "neg",
        "makeup_bad": "neg", "makeup_app": "neg", "makeup_ok": "pos", "trial_good": "pos", "assess_wait": "neg",
        "showcase": "pos", "showcase_bad": "neg", "refund_slow": "neg", "neutral": "neu", "nps_pos": "pos",
        "nps_neg": "neg"}
RATING = {"crowded": [0.35, 0.4, 0.2, 0.05, 0], "encouraging": [0, 0, 0.03, 0.27, 0.7],
          "confidence": [0, 0, 0.02, 0.28, 0.7], "injury": [0.35, 0.4, 0.2, 0.05, 0], "parking": [0.05, 0.3, 0.45, 0.2, 0],
          "makeup_bad": [0.55, 0.35, 0.1, 0, 0], "makeup_app": [0.6, 0.3, 0.1, 0, 0], "makeup_ok": [0, 0, 0.1, 0.4, 0.5],
          "trial_good": [0, 0, 0.05, 0.3, 0.65], "assess_wait": [0.2, 0.45, 0.3, 0.05, 0],
          "showcase": [0, 0, 0.03, 0.27, 0.7], "showcase_bad": [0.2, 0.4, 0.35, 0.05, 0],
          "neutral": [0, 0.1, 0.5, 0.35, 0.05]}


def choice(items, p=None):
    return items[int(RNG.choice(len(items), p=p))]


def class_time(day: datetime, weekend: bool) -> datetime:
    if weekend:
        return day.replace(hour=int(choice([9, 10, 11, 14, 15, 16])), minute=choice([0, 30]))
    return day.replace(hour=int(choice([16, 17, 18])), minute=30)


def closed(d: datetime) -> bool:
    return any(a <= d <= b + timedelta(hours=23) for a, b in CLOSED)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    span = (END - START).days
    month_w = {1: 0.8, 2: 0.45, 3: 1.0, 4: 1.0, 5: 0.9, 6: 1.0, 7: 1.65, 8: 1.5, 9: 1.35, 10: 1.0, 11: 0.9, 12: 0.8}
    dw = np.array([month_w[(START + timedelta(days=i)).month] for i in range(span)])
    dw /= dw.sum()
    n = 4300

    cust, ev, orders, fb = [], [], [], []
    ids = {"e": 0, "o": 0, "f": 0, "c": 0, "p": 0, "t": 0}

    def nid(k, pref, width):
        ids[k] += 1
        return f"{pref}{ids[k]:0{width}d}"

    def gcols(g):
        z, e_, c, cz, _ = GYMS[g]
        return dict(gym_id=g, gym=z, gym_en=e_, city=c, 城市=cz)

    def ccols(k):
        if k is None:
            return dict(coach_id=None, coach_name=None, coach_level=None, 教练级别=None)
        nm, _, lv, _, _ = COACHES[k]
        return dict(coach_id=k, coach_name=nm, coach_level=lv, 教练级别=COACH_LEVEL_ZH[lv])

    def add_ev(cid, ts, tp, action, gym, channel="store", device=None, sess=None, coach=None, **kw):
        row = dict(event_id=nid("e", "E", 7), customer_id=cid, ts=ts, touchpoint_id=tp, session_id=sess,
                   action=action, device=device, channel=channel)
        row.update(gcols(gym))
        row.update(ccols(coach))
        row.update(kw)
        ev.append(row)
        return row

    def add_order(cid, ts, otype, amount, status, gym, channel="store", device=None, **kw):
        pm = kw.pop("payment_method", None) or choice(PAY[:3], p=[0.6, 0.3, 0.1])
        row = dict(order_id=nid("o", "O", 6), customer_id=cid, ts=ts, amount=round(amount, 2), status=status,
                   channel=channel, device=device, order_type=otype,
                   订单类型={"term_package": "学期课包", "trial_fee": "体验课费", "uniform": "服装装备",
                         "competition_fee": "比赛报名费", "refund": "退款"}[otype],
                   payment_method=pm, 支付方式=PAY_ZH[pm])
        row.update(gcols(gym))
        row.update(kw)
        orders.append(row)
        return row

    def add_fb(ts, cid, tp, channel, topic, lang, gym, rating=None, nps=None, coach=None, no_ts_p=0.0, age=None):
        zh, en = TEXTS[topic]
        txt = choice(zh if lang == "zh" else en)
        if "{coach}" in txt:
            nm = COACHES[coach][0] if coach else "王"
            txt = txt.replace("{coach}", nm)
        if RNG.random() < no_ts_p:
            ts = None
        fb.append(dict(feedback_id=nid("f", "F", 6), text=txt, ts=ts, customer_id=cid, touchpoint_id=tp,
                       channel=channel, rating=rating, nps=nps, language=lang, gym_id=gym,
                       gym=GYMS[gym][0] if gym else None, gym_en=GYMS[gym][1] if gym else None,
                       coach_id=coach, child_age_band=age, _topic=topic, sentiment_label=SENT[topic]))

    def rate(topic):
        return int(RNG.choice(5, p=RATING[topic])) + 1

    def coaches_at(g, t):
        return [k for k, v in COACHES.items() if v[1] == g and v[3] <= t <= v[4]]

    worried: set[str] = set()
    for i in range(n):
        cid = f"C{i + 1:05d}"
        day = START + timedelta(days=int(RNG.choice(span, p=dw)))
        lead_t = day.replace(hour=int(RNG.integers(8, 23)), minute=int(RNG.integers(0, 60)),
                             second=int(RNG.integers(0, 60)))
        gw = {g: w for g, w in GYM_W.items() if GYMS[g][4] <= lead_t}
        if "G4" in gw and INCIDENT <= lead_t <= INCIDENT_END:
            gw["G4"] *= 0.45
        gl = list(gw)
        pw = np.array([gw[g] for g in gl])
        gym = gl[int(RNG.choice(len(gl), p=pw / pw.sum()))]
        city = GYMS[gym][2]
        src = choice(SOURCES, p=SOURCE_P)
        age = choice(["3-5", "6-8", "9-12"], p=[0.38, 0.4, 0.22])
        gender = choice(["girl", "boy"], p=[0.62, 0.38])
        lang = "en" if RNG.random() < (0.16 if city == "Shanghai" else 0.05) else "zh"
        os_ = choice(["ios", "android"], p=[0.55, 0.45])
        role = choice(["mother", "father", "grandparent"], p=[0.66, 0.24, 0.1])
        slot = choice(["weekend", "weekday_after_school"], p=[0.6, 0.4])
        c = dict(customer_id=cid, signup_at=lead_t, segment="lead", region=GYMS[gym][3], acquisition_channel=src,
                 tier="", source=src, 来源渠道=SOURCE_ZH[src], child_age_band=age, 孩子年龄段=AGE_ZH[age],
                 child_gender=gender, 孩子性别="女" if gender == "girl" else "男", level="", 级别="",
                 gym_id=gym, gym=GYMS[gym][0], gym_en=GYMS[gym][1], city=city, 城市=GYMS[gym][3],
                 parent_role=role, preferred_language=lang, phone_os=os_, preferred_slot=slot)
        cust.append(c)
        add_ev(cid, lead_t, "tp_lead", "submit", gym, channel=src, device=os_ if src != "school_flyer" else None,
               source=src, 来源渠道=SOURCE_ZH[src])
        # ---- trial
        if RNG.random() >= BOOK_P[src]:
            continue
        bch = choice(["mini_program", "phone", "store"], p=[0.65, 0.25, 0.1])
        book_t = lead_t + timedelta(hours=float(RNG.uniform(0.2, 96)))
        if book_t > END:
            continue
        tday = book_t + timedelta(days=int(RNG.integers(1, 8)))
        trial_t = class_time(tday.replace(hour=0, minute=0, second=0), tday.weekday() >= 5)
        trial_id = nid("t", "TR", 5)
        tcoaches = coaches_at(gym, min(trial_t, END))
        tcoach = choice(tcoaches)
        add_ev(cid, book_t, "tp_trial_booked", "book", gym, channel=bch,
               device=os_ if bch == "mini_program" else None, sess=trial_id, trial_at=trial_t)
        if src in ("douyin", "xiaohongshu", "dianping"):
            add_order(cid, book_t, "trial_fee", 99.0, "paid" if RNG.random() > 0.03 else "cancelled", gym,
                      channel=bch, device=os_ if bch == "mini_program" else None,
                      payment_method="dianping_voucher" if src == "dianping" else None)
        show = SHOW_P[src] * (0.85 if age == "3-5" else 1.0)
        if trial_t > END or RNG.random() >= show:
            continue
        add_ev(cid, trial_t, "tp_trial_attended", "check_in", gym, sess=trial_id, coach=tcoach)
        if RNG.random() < 0.33 and trial_t < END - timedelta(days=2):
            if gym == "G3" and RNG.random() < 0.35:
                topic = "assess_wait"
            elif gym == "G1" and RNG.random() < 0.3:
                topic = "parking"
            elif tcoach == "K01" and RNG.random() < 0.5:
                topic = "encouraging"
            else:
                topic = choice(["trial_good", "encouraging", "neutral"], p=[0.6, 0.15, 0.25])
            add_fb(trial_t + timedelta(hours=float(RNG.uniform(3, 30))), cid, "tp_trial_attended", "wechat_survey",
                   topic, lang, gym, rating=rate(topic), coach=tcoach, age=age)
        # ---- assessment
        if RNG.random() >= (0.86 if gym == "G3" else 0.95):
            continue
        if gym == "G3":   # only the head coach assesses, Saturdays
            d = trial_t + timedelta(days=1)
            while d.weekday() != 5:
                d += timedelta(days=1)
            if RNG.random() < 0.3:
                d += timedelta(days=7)
            as_t = d.replace(hour=int(choice([9, 10, 11, 13])), minute=int(RNG.integers(0, 60)))
            acoach = "K07"
        else:
            as_t = trial_t + timedelta(minutes=int(RNG.integers(55, 110)))
            acoach = tcoach
        if as_t > END:
            continue
        lv_i = int(RNG.choice(4, p={"3-5": [0.88, 0.12, 0, 0], "6-8": [0.35, 0.5, 0.15, 0],
                                     "9-12": [0.05, 0.4, 0.42, 0.13]}[age]))
        add_ev(cid, as_t, "tp_assessment", "assess", gym, sess=trial_id, coach=acoach,
               assessed_level=LEVELS[lv_i], 评估级别=LEVEL_ZH[LEVELS[lv_i]])
        c["level"], c["级别"] = LEVELS[lv_i], LEVEL_ZH[LEVELS[lv_i]]
        # ---- purchase
        p = GYM_BUY[gym] + BUY_ADJ[src] + (0.16 if tcoach == "K01" else 0.0)
        if gym == "G3":
            p -= 0.05 * max(0, (as_t - trial_t).days - 3) / 4
        if RNG.random() >= min(p, 0.95):
            continue
        buy_t = as_t + timedelta(days=float(RNG.choice([RNG.uniform(0, 1), RNG.uniform(1, 8), RNG.uniform(8, 24)],
                                                       p=[0.45, 0.4, 0.15])))
        buy_t = buy_t.replace(hour=max(buy_t.hour, 9))
        if buy_t > END or (buy_t - trial_t).days >= 30:
            continue
        c["segment"] = "new"
        # ---- terms
        term_t, renewal, badges, n_attended = buy_t, False, 0, 0
        spent = 0.0
        terms = 0
        last_class = None
        dev_buy = None
        while True:
            terms += 1
            size = choice([12, 24, 48], p=[0.45, 0.4, 0.15] if term_t < PRICE_RISE else [0.22, 0.5, 0.28])
            price = {12: 2280.0 if term_t < PRICE_RISE else 2580.0, 24: 4080.0, 48: 7200.0}[size]
            pkg = nid("p", "PK", 5)
            och = choice(["store", "mini_program"], p=[0.55, 0.45])
            dev_buy = os_ if och == "mini_program" else None
            if RNG.random() < 0.06:
                add_order(cid, term_t - timedelta(minutes=int(RNG.integers(5, 300))), "term_package", price,
                          "cancelled", gym, channel=och, device=dev_buy, purchase_type="renewal" if renewal else "new",
                          购买类型="续费" if renewal else "新签", term_size=size, package_id=pkg)
            add_order(cid, term_t, "term_package", price, "paid", gym, channel=och, device=dev_buy,
                      purchase_type="renewal" if renewal else "new", 购买类型="续费" if renewal else "新签",
                      term_size=size, package_id=pkg)
            spent += price
            add_ev(cid, term_t, "tp_renewal" if renewal else "tp_term_purchase", "pay", gym, channel=och,
                   device=dev_buy, sess=pkg, package_id=pkg, term_size=size, level=LEVELS[lv_i],
                   级别=LEVEL_ZH[LEVELS[lv_i]])
            if not renewal:
                for _ in range(1 + int(RNG.random() < 0.25)):
                    if RNG.random() < 0.6:
                        it = choice(list(ITEMS), p=[0.5, 0.25, 0.15, 0.1])
                        add_order(cid, term_t + timedelta(minutes=int(RNG.integers(1, 30))), "uniform",
                                  ITEMS[it][1], "paid", gym, channel=och, device=dev_buy, item=it, 商品=ITEMS[it][0])
                        spent += ITEMS[it][1]
            # schedule
            cands = coaches_at(gym, term_t + timedelta(days=7)) or coaches_at(gym, term_t)
            coach = choice(cands)
            per_week = 2 if size == 48 or (size == 24 and RNG.random() < 0.3) else 1
            weekend = slot == "weekend"
            d = (term_t + timedelta(days=int(RNG.integers(2, 9)))).replace(hour=0, minute=0, second=0)
            dates = []
            while len(dates) < size:
                if closed(d):
                    d += timedelta(days=1)
                    continue
                wd = d.weekday()
                ok = (wd in (5, 6) and weekend and (per_week == 2 or wd == 5)) or \
                     (not weekend and (wd == 2 or (per_week == 2 and wd == 4)))
                if ok:
                    dates.append(class_time(d, weekend))
                d += timedelta(days=1)
            quit_at = None
            crowd = gym == "G2" and term_t >= PUDONG_CROWD - timedelta(days=20)
            hurt = gym == "G4" and INCIDENT - timedelta(days=60) <= term_t <= INCIDENT + timedelta(days=20)
            pq = 0.03 + (0.09 if crowd else 0) + (0.14 if hurt else 0)
            if RNG.random() < pq:
                quit_at = int(RNG.integers(3, max(4, size - 3)))
            showcase_att = False
            cls_rows = []
            for k, t in enumerate(dates, 1):
                if t > END:
                    break
                if quit_at and k > quit_at:
                    break
                if coach in COACHES and COACHES[coach][4] < t:   # coach left: merged into another class
                    coach = choice(coaches_at(gym, t))
                absent_p = (0.17 if age == "3-5" else 0.085) + (0.03 if crowd and t >= PUDONG_CROWD else 0)
                absent = RNG.random() < absent_p
                big = gym == "G2" and t >= PUDONG_CROWD
                csize = int(np.clip(round(RNG.normal(15 if big else 8, 1.8)), 4, 20))
                sess = nid("c", "CL", 6)
                lvn = LEVELS[lv_i]
                add_ev(cid, t, "tp_class", "absent" if absent else "check_in", gym, sess=sess, coach=coach,
                       attendance="absent" if absent else "attended", 出勤="缺勤" if absent else "出勤", class_no=k,
                       package_id=pkg, term_size=size, class_size=csize, level=lvn, 级别=LEVEL_ZH[lvn])
                last_class = t
                cls_rows.append(t)
                if absent:
                    if RNG.random() < 0.55:
                        rch = choice(["mini_program", "phone"], p=[0.8, 0.2])
                        rdev = os_ if rch == "mini_program" else None
                        rq_t = t + timedelta(hours=float(RNG.uniform(2, 60)))
                        if rq_t < END:
                            add_ev(cid, rq_t, "tp_makeup_request", "submit", gym, channel=rch, device=rdev, sess=sess)
                            pb = 0.86
                            if gym == "G5" and rq_t >= MAKEUP_CUT:
                                pb = 0.34
                            app_bug = rdev == "android" and ANDROID_BUG[0] <= rq_t <= ANDROID_BUG[1]
                            if app_bug:
                                pb *= 0.5
                            booked = RNG.random() < pb
                            if booked:
                                bk_t = rq_t + timedelta(hours=float(RNG.uniform(1, 13 * 24)))
                            elif RNG.random() < 0.25:
                                bk_t = rq_t + timedelta(days=float(RNG.uniform(15, 30)))
                            else:
                                bk_t = None
                            if bk_t and bk_t < END:
                                add_ev(cid, bk_t, "tp_makeup_booked", "book", gym, channel=rch, device=rdev, sess=sess,
                                       makeup_at=bk_t + timedelta(days=int(RNG.integers(1, 6))))
                            fb_t = rq_t + timedelta(days=float(RNG.uniform(14.2, 16)))
                            if fb_t < END and RNG.random() < (0.1 if booked else 0.45):
                                if booked:
                                    tpc = "makeup_ok"
                                elif app_bug and RNG.random() < 0.5:
                                    tpc = "makeup_app"
                                else:
                                    tpc = "makeup_bad"
                                add_fb(fb_t, cid, "tp_makeup_request", "wechat_survey", tpc, lang, gym,
                                       rating=rate(tpc), age=age)
                            if not booked and fb_t < END and RNG.random() < 0.22:
                                tpc = "makeup_app" if app_bug and RNG.random() < 0.6 else "makeup_bad"
                                add_fb(fb_t + timedelta(hours=3), cid, "tp_makeup_request", "ticket", tpc, lang, gym,
                                       no_ts_p=0.08, age=age)
                    continue
                n_attended += 1
                if gym == "G4" and INCIDENT <= t <= INCIDENT + timedelta(days=40) and cid not in worried:
                    worried.add(cid)
                    if RNG.random() < 0.3:
                        add_fb(t + timedelta(hours=float(RNG.uniform(2, 72))), cid, "tp_class", "ticket", "injury",
                               lang, gym, no_ts_p=0.08, age=age)
                # post-class survey
                if RNG.random() < 0.028:
                    w = {"crowded": 0.04, "injury": 0.015, "encouraging": 0.12, "confidence": 0.18, "parking": 0.02,
                         "neutral": 0.61}
                    if big:
                        w["crowded"] = 0.5
                    if gym == "G4" and INCIDENT <= t <= INCIDENT + timedelta(days=55):
                        w["injury"] = 0.55
                    if coach == "K01":
                        w["encouraging"] = 0.6
                    if gym == "G1":
                        w["parking"] = 0.14
                    keys = list(w)
                    pw = np.array([w[k_] for k_ in keys])
                    tpc = keys[int(RNG.choice(len(keys), p=pw / pw.sum()))]
                    add_fb(t + timedelta(hours=float(RNG.uniform(2, 48))), cid, "tp_class", "wechat_survey", tpc, lang,
                           gym, rating=rate(tpc), coach=coach, age=age)
                # skill badge check every 12 attended classes
                if n_attended % 12 == 0:
                    pbdg = {"3-5": 0.52, "6-8": 0.78, "9-12": 0.82}[age] + (0.08 if coach == "K01" else 0)
                    if RNG.random() < pbdg:
                        badges += 1
                        b = BADGES[min(badges - 1 + 2 * lv_i, len(BADGES) - 1)]
                        add_ev(cid, t + timedelta(minutes=50), "tp_badge", "award", gym, coach=coach,
                               badge=b, 徽章=BADGE_ZH[b], level=LEVELS[lv_i], 级别=LEVEL_ZH[LEVELS[lv_i]])
                        if badges % 2 == 0 and lv_i < 3:
                            lv_i += 1
                            c["level"], c["级别"] = LEVELS[lv_i], LEVEL_ZH[LEVELS[lv_i]]
            if not cls_rows:
                break
            # showcases during the term
            for sc in SHOWCASES:
                if cls_rows[0] - timedelta(days=5) <= sc <= cls_rows[-1] + timedelta(days=10) and sc <= END:
                    if any(sc - timedelta(days=45) <= x <= sc for x in cls_rows):
                        if RNG.random() < 0.45 + (0.2 if badges else 0):
                            showcase_att = True
                            st = sc + timedelta(hours=int(RNG.integers(0, 5)))
                            add_ev(cid, st, "tp_showcase", "attend", gym, coach=coach)
                            if RNG.random() < 0.3:
                                tpc = choice(["showcase", "confidence", "showcase_bad"], p=[0.55, 0.35, 0.1])
                                add_fb(st + timedelta(hours=float(RNG.uniform(4, 40))), cid, "tp_showcase",
                                       "wechat_survey", tpc, lang, gym, rating=rate(tpc), coach=coach, age=age)
            # competition team tryouts
            for tr in TRYOUTS:
                if age != "3-5" and lv_i >= 2 and any(tr - timedelta(days=60) <= x <= tr for x in cls_rows):
                    if RNG.random() < 0.35:
                        ok = RNG.random() < (0.5 if age == "9-12" else 0.38)
                        add_ev(cid, tr + timedelta(minutes=int(RNG.integers(0, 240))), "tp_team_tryout", "result",
                               gym, coach=choice(coaches_at(gym, tr)), tryout_result="pass" if ok else "fail",
                               选拔结果="通过" if ok else "未通过")
                        if ok:
                            add_order(cid, tr + timedelta(days=int(RNG.integers(1, 8)), hours=3), "competition_fee",
                                      1800.0, "paid", gym)
                            spent += 1800.0
            # quit -> refund
            if quit_at and len(cls_rows) == quit_at:
                if crowd:
                    reason = "class_too_crowded" if RNG.random() < 0.8 else "schedule_conflict"
                elif hurt:
                    reason = "injury_concern" if RNG.random() < 0.8 else "schedule_conflict"
                else:
                    reason = choice(["moving_house", "schedule_conflict", "class_too_crowded", "injury_concern"],
                                    p=[0.45, 0.4, 0.08, 0.07])
                unused = size - quit_at
                r_t = cls_rows[-1] + timedelta(days=float(RNG.uniform(1, 10)))
                if r_t < END:
                    add_order(cid, r_t, "refund", unused * price / size, "refunded", gym, package_id=pkg,
                              term_size=size, unused_classes=unused, refund_reason=reason, 退款原因=REASON_ZH[reason])
                    spent -= unused * price / size
                    if RNG.random() < 0.5:
                        if reason == "injury_concern":
                            tpc = "injury"
                        elif reason == "class_too_crowded":
                            tpc = "crowded"
                        else:
                            tpc = "refund_slow"
                        add_fb(r_t + timedelta(days=float(RNG.uniform(0.5, 12))), cid, "tp_term_purchase", "ticket",
                               tpc, lang, gym, no_ts_p=0.08, age=age)
                break
            # renewal decision at term end
            pr = 0.4 + (0.3 if showcase_att else 0) + (0.05 if age == "9-12" else 0)
            if gym == "G2" and cls_rows[-1] >= datetime(2025, 10, 1):
                pr -= 0.2
            if RNG.random() >= pr:
                break
            nt = cls_rows[-1] + timedelta(days=float(RNG.uniform(1, 24)), hours=float(RNG.uniform(0, 5)))
            if nt > END:
                break
            term_t, renewal = nt, True
        c["segment"] = "vip" if terms >= 3 else ("returning" if terms == 2 else "new")
        if last_class and last_class < END - timedelta(days=60) and c["segment"] != "vip":
            c["segment"] = "at_risk" if terms >= 1 and RNG.random() < 0.5 else c["segment"]
        c["tier"] = "gold" if spent >= 12000 else ("silver" if spent >= 5000 else "standard")
        # Dianping review
        if RNG.random() < 0.14:
            w = {"encouraging": 0.2, "confidence": 0.2, "neutral": 0.35, "parking": 0.05, "crowded": 0.05,
                 "injury": 0.03, "trial_good": 0.12}
            if gym == "G2":
                w["crowded"] = 0.45
            if gym == "G1":
                w["parking"] = 0.25
            if gym == "G4" and buy_t >= datetime(2025, 9, 1) and buy_t <= datetime(2025, 12, 31):
                w["injury"] = 0.4
            keys = list(w)
            pw = np.array([w[k_] for k_ in keys])
            tpc = keys[int(RNG.choice(len(keys), p=pw / pw.sum()))]
            rt = buy_t + timedelta(days=float(RNG.uniform(20, 90)))
            if gym == "G4" and tpc == "injury":
                rt = INCIDENT + timedelta(days=float(RNG.uniform(1, 50)))
            if rt < END:
                add_fb(rt, cid, "tp_class", "dianping", tpc, lang, gym, rating=rate(tpc), no_ts_p=0.1, age=age)

    # NPS survey, quarterly, to customers with a class in that quarter
    ev_df = pd.DataFrame(ev)
    cls = ev_df[ev_df.touchpoint_id == "tp_class"][["customer_id", "ts", "gym_id"]]
    cinfo = {c["customer_id"]: c for c in cust}
    for qs in pd.date_range("2024-10-01", "2026-04-01", freq="QS"):
        qe = qs + pd.offsets.QuarterEnd(0)
        act = cls[(cls.ts >= qs) & (cls.ts <= qe)].drop_duplicates("customer_id")
        for cid_, g in zip(act.customer_id, act.gym_id):
            if RNG.random() < 0.16:
                cc = cinfo[cid_]
                base = {"G1": 8.3, "G2": 6.4 if qs >= pd.Timestamp("2025-10-01") else 7.9, "G3": 7.6,
                        "G4": 6.2 if qs == pd.Timestamp("2025-10-01") else 7.9, "G5": 7.3, "G6": 8.4}[g]
                sc = int(np.clip(round(RNG.normal(base, 1.8)), 0, 10))
                tpc = "nps_pos" if sc >= 9 else ("nps_neg" if sc <= 6 else "neutral")
                add_fb(qe.to_pydatetime().replace(hour=12) - timedelta(days=int(RNG.integers(0, 20))), cid_, None,
                       "nps_survey", tpc, cc["preferred_language"], g, nps=sc, age=cc["child_age_band"])

    # ---- write
    pd.DataFrame(TOUCHPOINTS, columns=["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind",
                                       "owner", "aliases"]).to_csv(out / "touchpoints.csv", index=False)
    rows = []
    for jid, zh, en, steps, wnd in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            rows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                             touchpoint_id=tp, window_days=wnd))
    pd.DataFrame(rows).to_csv(out / "journeys.csv", index=False)
    cdf = pd.DataFrame(cust)
    cdf["signup_at"] = pd.to_datetime(cdf.signup_at).dt.strftime("%Y-%m-%d %H:%M:%S")
    cdf.to_csv(out / "customers.csv", index=False)
    edf = pd.DataFrame(ev)
    dup = edf.sample(18, random_state=7)          # export glitch: a few rows twice
    edf = pd.concat([edf, dup]).sort_values(["ts", "event_id"])
    for col in ("ts", "trial_at", "makeup_at"):
        edf[col] = pd.to_datetime(edf[col]).dt.strftime("%Y-%m-%d %H:%M:%S")
    for col in ("class_no", "term_size", "class_size"):
        edf[col] = edf[col].astype("Int64")
    edf.to_csv(out / "events.csv", index=False)
    odf = pd.DataFrame(orders).sort_values("ts")
    odf["ts"] = pd.to_datetime(odf.ts).dt.strftime("%Y-%m-%d %H:%M:%S")
    for col in ("term_size", "unused_classes"):
        odf[col] = odf[col].astype("Int64")
    odf.to_csv(out / "orders.csv", index=False)
    fdf = pd.DataFrame(fb)
    fdf["ts"] = pd.to_datetime(fdf.ts).dt.strftime("%Y-%m-%d %H:%M:%S")
    fdf["rating"] = fdf.rating.astype("Int64")
    fdf["nps"] = fdf.nps.astype("Int64")
    fdf[["feedback_id", "_topic", "sentiment_label"]].rename(columns={"_topic": "topic"}).to_csv(
        out / "_truth" / "feedback_truth.csv", index=False)
    fdf.drop(columns=["_topic", "sentiment_label"]).to_csv(out / "feedback.csv", index=False)
    print(f"customers {len(cdf)}, events {len(edf)}, orders {len(odf)}, feedback {len(fdf)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
