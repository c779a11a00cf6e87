"""学霸帮 TutorMatch: an online 1-on-1 tutoring marketplace for K-12 maths, English and physics. A parent finds us
(Douyin ad, a school WeChat parents' group, a search engine or a friend's referral), registers the child in the app,
books a trial lesson (free; ¥9.9 for Douyin families from 2025-11-01), the child attends it (or not), the family is
matched with a tutor, buys a lesson package (10 / 20 / 40 lessons), attends weekly online lessons (some missed, some
rescheduled), may ask for a different tutor, rates lessons, and renews the package when it runs out (or quits and
gets the unused lessons refunded). Data covers 2024-01-01 .. 2026-05-31 (today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments).
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
START = datetime(2024, 1, 1)
END = datetime(2026, 5, 31, 23, 59, 59)
N = 4600
D = timedelta

PAID_TRIAL = datetime(2025, 11, 1)     # Douyin trials cost ¥9.9 from here: no-shows fall
PRICE_RISE = datetime(2025, 9, 1)      # per-lesson price +10 % for the autumn term
APP_BUG = datetime(2026, 3, 1)         # Android app 5.2: video lessons lag and drop
HIRING = (datetime(2025, 7, 1), datetime(2025, 10, 31))   # summer hiring wave: many novice tutors matched
CNY = [(datetime(2024, 2, 8), datetime(2024, 2, 17)), (datetime(2025, 1, 27), datetime(2025, 2, 4)),
       (datetime(2026, 2, 15), datetime(2026, 2, 23))]

CHANNELS = {"douyin": ("抖音广告", 0.38), "wechat_group": ("学校家长群", 0.24), "search": ("搜索引擎", 0.23),
            "referral": ("老带新转介绍", 0.15)}
BANDS = {"primary": ("小学", 0.36), "junior": ("初中", 0.40), "senior": ("高中", 0.24)}
SUBJECTS = {"math": "数学", "english": "英语", "physics": "物理"}
SUBJ_P = {"primary": {"math": 0.6, "english": 0.4}, "junior": {"math": 0.45, "english": 0.3, "physics": 0.25},
          "senior": {"math": 0.40, "english": 0.22, "physics": 0.38}}
TIERS = {"tier1": ("一线城市", 0.30, ["北京", "上海", "广州", "深圳"], ["Beijing", "Shanghai", "Guangzhou", "Shenzhen"]),
         "new_tier1": ("新一线城市", 0.30, ["成都", "杭州", "武汉", "西安", "南京"],
                       ["Chengdu", "Hangzhou", "Wuhan", "Xi'an", "Nanjing"]),
         "tier2": ("二线城市", 0.25, ["合肥", "济南", "福州", "昆明"], ["Hefei", "Jinan", "Fuzhou", "Kunming"]),
         "tier3": ("三线及以下", 0.15, ["洛阳", "赣州", "绵阳", "湛江"], ["Luoyang", "Ganzhou", "Mianyang", "Zhanjiang"])}
MEMBER = {"regular": "普通会员", "silver": "银卡会员", "gold": "金卡会员"}
LEVELS = {"novice": "新手老师", "standard": "骨干老师", "senior": "金牌老师"}
PAYS = {"wechat_pay": "微信支付", "alipay": "支付宝", "installment": "花呗分期"}
ORDER_TYPES = {"package": "课包", "trial_fee": "试听费", "materials": "教辅资料包", "refund": "退费"}
REASONS = {"not_patient": "老师不够耐心", "teaching_style": "讲课方式不适应", "schedule_conflict": "上课时间对不上",
           "other": "其他原因"}

BOOK_P = {"douyin": 0.70, "wechat_group": 0.85, "search": 0.80, "referral": 0.90}
MATCH_P = {"douyin": 0.30, "wechat_group": 0.50, "search": 0.45, "referral": 0.72}
TIER_MULT = {"tier1": 1.25, "new_tier1": 1.0, "tier2": 0.93, "tier3": 0.80}
PRICE = {"primary": 150, "junior": 190, "senior": 230}
DISC = {10: 1.0, 20: 0.95, 40: 0.90}
CHANGE_P = {"novice": 0.26, "standard": 0.08, "senior": 0.04}

SURNAMES = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
            ("赵", "Zhao"), ("黄", "Huang"), ("周", "Zhou"), ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun"), ("胡", "Hu"),
            ("朱", "Zhu"), ("高", "Gao"), ("林", "Lin"), ("何", "He"), ("郭", "Guo"), ("马", "Ma"), ("罗", "Luo")]
GIVEN = [("思远", "Siyuan"), ("佳怡", "Jiayi"), ("子涵", "Zihan"), ("雨桐", "Yutong"), ("浩然", "Haoran"),
         ("欣妍", "Xinyan"), ("梓萱", "Zixuan"), ("俊杰", "Junjie"), ("诗雨", "Shiyu"), ("文博", "Wenbo"),
         ("晓彤", "Xiaotong"), ("一鸣", "Yiming"), ("婉清", "Wanqing"), ("立成", "Licheng"), ("明轩", "Mingxuan"),
         ("可馨", "Kexin"), ("天宇", "Tianyu"), ("静怡", "Jingyi"), ("嘉豪", "Jiahao"), ("若曦", "Ruoxi")]

TOUCHPOINTS = [
    ("tp_register", "注册建档", "Child registered", "awareness", "app", "digital", "growth",
     "注册|建档|留资|新用户|开户|sign up|signup|registration|register|new family"),
    ("tp_trial_booked", "预约试听课", "Trial lesson booked", "consideration", "app", "digital", "sales",
     "约试听|预约试听|约体验课|试听预约|book a trial|trial booking|free trial"),
    ("tp_trial_attended", "试听课出席", "Trial lesson attended", "consideration", "app", "digital", "sales",
     "试听|上试听|体验课|试听课|trial lesson|trial class|demo class"),
    ("tp_trial_noshow", "试听缺席", "Trial no-show", "consideration", "app", "digital", "sales",
     "试听没来|试听爽约|试听缺席|放鸽子|trial no-show|missed trial|no show"),
    ("tp_tutor_matched", "匹配老师", "Tutor matched", "consideration", "app", "digital", "academic",
     "匹配老师|分配老师|配老师|排老师|tutor matching|matched with a tutor|tutor assigned"),
    ("tp_purchase", "购买课包", "Package purchased", "purchase", "app", "digital", "sales",
     "买课|购课|报名|成交|签单|课包|buy a package|package purchase|enrol|sign up for lessons"),
    ("tp_lesson_attended", "上课", "Lesson attended", "service", "app", "digital", "academic",
     "上课|出勤|到课|正课|一对一课|lesson|class|attended lesson|tutoring session"),
    ("tp_lesson_missed", "缺课", "Lesson missed", "service", "app", "digital", "academic",
     "缺课|旷课|没来上课|爽约|missed lesson|no-show|absent"),
    ("tp_lesson_rescheduled", "调课", "Lesson rescheduled", "service", "app", "digital", "academic",
     "调课|改时间|约课|排课|换时间|reschedule|rescheduling|move a lesson|booking a slot"),
    ("tp_tutor_change", "申请换老师", "Tutor change requested", "service", "app", "digital", "academic",
     "换老师|更换老师|换师|tutor change|change tutor|switch tutor|new tutor"),
    ("tp_refund", "申请退费", "Refund requested", "service", "phone", "digital", "customer_service",
     "退费|退款|退课|refund|money back|cancel package"),
    ("tp_renewal", "续费", "Package renewed", "loyalty", "app", "digital", "sales",
     "续费|续课|续报|再买课包|renewal|renew|re-enrol|repurchase"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("acquisition", "注册到购课", "Registration to purchase", 30,
     ["tp_register", "tp_trial_booked", "tp_trial_attended", "tp_tutor_matched", "tp_purchase"]),
    ("onboarding", "购课到开课", "Purchase to first lesson", 14, ["tp_purchase", "tp_lesson_attended"]),
    ("renewal", "续费", "Renewal", 365, ["tp_purchase", "tp_renewal"]),
]

# ---------------- feedback texts (topic -> zh list, en list) ----------------
TXT = {
    "patient": (["老师特别有耐心，讲得很清楚，孩子说终于听懂了", "{t}讲题思路清晰，很有耐心，孩子很喜欢",
                 "老师耐心细致，每一步都讲得明明白白", "讲解清楚，老师很有耐心，孩子上课不走神了",
                 "{t}很有耐心，错题讲得很透，推荐", "老师讲得清楚又耐心，比学校老师讲得好懂"],
                ["The tutor was really patient and explained everything clearly.",
                 "{te} is so patient, my son finally gets it. Very clear explanations.",
                 "Clear explanations and a patient tutor, my daughter enjoys the lessons.",
                 "Patient tutor, very clear step-by-step explanations."]),
    "lag": (["上课视频一直卡顿，老师的声音断断续续", "这节课掉线了三次，孩子根本没法专心", "画面延迟很严重，白板写字要等好几秒",
             "安卓平板上课老是卡顿掉线，体验太差", "最近视频总是卡，连不上老师，浪费一节课", "网络没问题，就是app上课掉线"],
            ["The video connection lagged the whole lesson, audio kept cutting out.",
             "Connection dropped three times in one class, really frustrating.",
             "Terrible lag on the Android app since the update, the whiteboard freezes.",
             "Video keeps freezing and disconnecting, we lost half the lesson."]),
    "homework": (["作业太多了，孩子每天写到十一点", "课后作业量太大，学校作业都做不完了", "老师布置的作业太多，孩子有点抵触",
                  "希望少布置点作业，作业太多孩子吃不消"],
                 ["Too much homework after every lesson, my kid is overwhelmed.",
                  "The homework load is too much on top of school work.",
                  "Way too much homework, please cut it down."]),
    "price_fair": (["价格合理，性价比挺高的", "课时费不算贵，价格公道，效果也不错", "比线下机构便宜，价格很合理",
                    "性价比高，价格合理，会继续上"],
                   ["Price is fair for one-on-one tutoring.", "Good value for money, the price is fair.",
                    "Reasonable price compared to offline centres."]),
    "good": (["孩子成绩有进步，挺满意的", "上课氛围不错，孩子愿意上", "课程安排合理，挺好的", "整体不错，会推荐给同学家长"],
             ["Good lesson, my child is making progress.", "Happy with the lessons so far.",
              "Nice lesson, well structured."]),
    "neutral": (["还行吧，再观察一段时间", "一般般，希望能多讲些真题", "希望可以有课堂回放", "课程中规中矩"],
                ["It's okay, we'll see how it goes.", "Average lesson, would like more past-paper practice.",
                 "Would be nice to have lesson recordings."]),
    "bad_tutor": (["老师讲得太快，孩子跟不上", "老师经常迟到几分钟，不太专业", "讲课照本宣科，孩子听得没兴趣",
                   "老师讲题不在点子上，效果一般"],
                  ["The tutor talks too fast, my child can't follow.", "Tutor was late again, not professional.",
                   "Lessons feel scripted and boring."]),
    "tutor_change": (["想换老师，现在这个老师跟孩子不太合拍", "申请换老师，孩子说听不懂这个老师讲的", "要求换个老师，讲课方式孩子不适应",
                      "换老师折腾了好几次，还没有合适的"],
                     ["Asked to change tutor, the current one doesn't click with my son.",
                      "We want a different tutor, her teaching style doesn't work for us.",
                      "Requested a tutor change, my daughter can't follow him."]),
    "match_slow": (["试听完一个多星期了还没匹配到物理老师", "匹配老师太慢了，等了十来天", "高中物理老师一直排不上，匹配要等很久",
                    "说好两天内匹配老师，结果等了一周多"],
                   ["Still waiting to be matched with a physics tutor more than a week after the trial.",
                    "Tutor matching is way too slow, we waited ten days.",
                    "Why does it take so long to find a physics tutor?"]),
    "schedule": (["约课太难了，晚上的时间段都被约满了", "调课很麻烦，想换个时间总是没有空档", "孩子学校考试多，约课时间很难排",
                  "周末的时间段根本约不到，排课太难"],
                 ["Scheduling is hard, all the evening slots are taken.",
                  "Rescheduling a lesson is a pain, there are never free slots.",
                  "Hard to find a lesson slot that works around school exams."]),
    "pushy": (["试听完课程顾问一直打电话推销，有点烦", "刚试听完就催着买课包，体验不好", "销售电话太多了，逼单的感觉"],
              ["After the trial the sales advisor kept calling us to buy a package, too pushy.",
               "Pushy sales calls right after the trial lesson."]),
    "refund": (["退费流程太慢了，申请半个月还没到账", "退课退费要打好几次电话，效率很低", "剩下的课时退费拖了很久"],
               ["The refund for unused lessons took weeks.", "Refund process is slow, had to call three times."]),
    "price_up": (["续费发现涨价了，一节课贵了不少", "课时费涨价了，续费有点犹豫", "涨价太多了，考虑换别家"],
                 ["The price went up when we renewed, quite a jump.", "Lesson price increase at renewal, not happy."]),
    "app_ok": (["app用起来挺方便的", "预约上课、查课表都很方便", "界面清爽，操作简单"],
               ["The app is easy to use.", "Easy to book and see the timetable."]),
}


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, customers = [], [], [], []
    ctr = {"e": 0, "o": 0, "f": 0, "l": 0, "t": 0, "k": 0}

    def nid(k, p, w):
        ctr[k] += 1
        return f"{p}{ctr[k]:0{w}d}"

    def ch(d):
        keys = list(d)
        return keys[rng.choice(len(keys), p=np.array([d[k] for k in keys]) / sum(d[k] for k in keys))]

    def pick(lst):
        return lst[int(rng.integers(len(lst)))]

    # ---------------- tutors ----------------
    tutors = []
    used = set()
    plan = ([("math", "senior")] * 6 + [("math", "standard")] * 12 + [("math", "novice")] * 9
            + [("english", "senior")] * 4 + [("english", "standard")] * 8 + [("english", "novice")] * 7
            + [("physics", "senior")] * 2 + [("physics", "standard")] * 4 + [("physics", "novice")] * 3)
    for i, (subj, lvl) in enumerate(plan):
        while True:
            s, g = pick(SURNAMES), pick(GIVEN)
            if (s, g) not in used:
                used.add((s, g))
                break
        if lvl == "novice" and i % 4 != 0:
            start = HIRING[0] + D(days=int(rng.integers(0, 60)))
        else:
            start = START - D(days=int(rng.integers(30, 900)))
        q = {"senior": 4.45, "standard": 4.3, "novice": 3.95}[lvl] + rng.normal(0, 0.12)
        tutors.append(dict(id=f"T{i + 1:03d}", zh=f"{s[0]}{g[0]}", en=f"{s[1]} {g[1]}", subject=subj, level=lvl,
                           start=start, q=q, senior_ok=(subj != "physics" or lvl != "novice")))
    # planted: one star tutor, one weak tutor, one newcomer with a handful of perfect reviews
    tutors[0]["q"] = 5.6                      # math senior: best with enough reviews
    weak = next(t for t in tutors if t["subject"] == "math" and t["level"] == "standard")
    weak["q"] = 2.7
    tutors.append(dict(id="T099", zh="林可馨", en="Lin Kexin", subject="math", level="standard",
                       start=datetime(2025, 10, 20), q=6.0, senior_ok=True, rare=True))
    # several 王 tutors make "王老师" ambiguous
    for k, t in enumerate([t for t in tutors if t["id"] in ("T005", "T020", "T031")]):
        t["zh"] = "王" + t["zh"][1:]
        t["en"] = "Wang " + t["en"].split(" ", 1)[1]

    def choose_tutor(subj, band, when, avoid=None, prefer_better=False):
        pool = [t for t in tutors if t["subject"] == subj and t["start"] <= when and t is not avoid
                and (band != "senior" or t["senior_ok"])]
        w = []
        for t in pool:
            x = 1.0
            if t["level"] == "novice":
                x = 2.6 if HIRING[0] <= when <= HIRING[1] else 0.9
                if prefer_better:
                    x *= 0.25
            if t.get("rare"):
                x = 3.0
            w.append(x)
        w = np.array(w) / sum(w)
        return pool[rng.choice(len(pool), p=w)]

    # ---------------- registration times ----------------
    days = (END.date() - START.date()).days + 1
    season = {1: 0.8, 2: 0.85, 3: 1.1, 4: 0.9, 5: 0.9, 6: 1.0, 7: 1.3, 8: 1.45, 9: 1.35, 10: 0.9, 11: 0.9, 12: 0.8}
    wts = np.array([season[(START + D(days=i)).month] * (1 + 0.8 * i / days) for i in range(days)])
    for a, b in CNY:
        for i in range((a - START).days, (b - START).days + 1):
            if 0 <= i < days:
                wts[i] *= 0.35
    reg_days = np.sort(rng.choice(days, size=N, p=wts / wts.sum()))

    def evening(day: datetime) -> datetime:
        h = int(rng.choice([8, 10, 12, 13, 18, 19, 20, 21, 22], p=[.05, .07, .08, .08, .12, .18, .2, .14, .08]))
        return day.replace(hour=h, minute=int(rng.integers(60)), second=int(rng.integers(60)))

    def off_cny(t: datetime) -> datetime:
        for a, b in CNY:
            while a <= t <= b + D(days=1):
                t += D(days=7)
        return t

    for ci in range(N):
        cid = f"P{ci + 1:05d}"
        reg = evening(START + D(days=int(reg_days[ci])))
        chan = ch({k: v[1] for k, v in CHANNELS.items()})
        band = ch({k: v[1] for k, v in BANDS.items()})
        subj = ch(SUBJ_P[band])
        grade = {"primary": int(rng.choice([1, 2, 3, 4, 5, 6], p=[.08, .12, .18, .2, .22, .2])),
                 "junior": int(rng.integers(7, 10)), "senior": int(rng.choice([10, 11, 12], p=[.35, .38, .27]))}[band]
        if subj == "physics" and band == "junior":
            grade = int(rng.choice([8, 9]))
        tier = ch({k: v[1] for k, v in TIERS.items()})
        ci_idx = int(rng.integers(len(TIERS[tier][2])))
        school = ch({"public": 0.80, "private": 0.14, "international": 0.06})
        lang = "en" if rng.random() < (0.7 if school == "international" else 0.03) else "zh"
        device = ch({"ios": 0.42, "android": 0.40, "pc": 0.18})
        reg_ch = "web" if device == "pc" else ch({"app": 0.55, "mini_program": 0.45})
        cust = dict(customer_id=cid, signup_at=reg.isoformat(sep=" ", timespec="seconds"), segment=None, region=TIERS[tier][2][ci_idx],
                    acquisition_channel=chan, tier=None, 来源渠道=CHANNELS[chan][0], grade_band=band,
                    学段=BANDS[band][0], grade=grade, subject=subj, 科目=SUBJECTS[subj], city_tier=tier,
                    城市级别=TIERS[tier][0], city_en=TIERS[tier][3][ci_idx], school_type=school,
                    parent_role=ch({"mother": 0.68, "father": 0.27, "grandparent": 0.05}), device=device,
                    language=lang, 会员等级=None)
        customers.append(cust)
        base = dict(subject=subj, 科目=SUBJECTS[subj], grade_band=band, 学段=BANDS[band][0])

        def ev(ts, tp, action, **kw):
            if ts > END:
                return None
            r = dict(event_id=nid("e", "E", 7), customer_id=cid, ts=ts.isoformat(sep=" ", timespec="seconds"), touchpoint_id=tp,
                     session_id=None, action=action, device=device, channel=kw.pop("channel", "app"), **base)
            if device != "pc":
                r["app_version"] = ("5.2" if ts >= APP_BUG else "5.1") if ts >= datetime(2025, 6, 1) else "5.0"
            r.update(kw)
            events.append(r)
            return r

        def fb(ts, text_key, chan_, tp, sent, rating=None, nps=None, dated=True, extra=None, fmt=None):
            if ts is not None and ts > END:
                return
            zh, en = TXT[text_key]
            text = pick(en if lang == "en" else zh)
            if fmt:
                text = text.format(**fmt)
            elif "{" in text:
                text = text.replace("{t}", "老师").replace("{te}", "The tutor")
            r = dict(feedback_id=None, text=text, ts=ts.isoformat(sep=" ", timespec="seconds") if (ts and dated) else None,
                     customer_id=cid, touchpoint_id=tp, channel=chan_, rating=rating, nps=nps, language=lang,
                     sentiment_label=sent, **base, device=device)
            if extra:
                r.update(extra)
            feedback.append(r)

        def order(ts, amount, otype, status="paid", **kw):
            if ts > END:
                return
            r = dict(order_id=nid("o", "O", 6), customer_id=cid, ts=ts.isoformat(sep=" ", timespec="seconds"), amount=round(amount, 2),
                     status=status, channel="app" if device != "pc" else "web", device=device, order_type=otype,
                     订单类型=ORDER_TYPES[otype], subject=subj, 科目=SUBJECTS[subj])
            r.update(kw)
            orders.append(r)

        ev(reg, "tp_register", "submit", channel={"web": "web", "app": "app", "mini_program": "mini_program"}[reg_ch],
           source=chan)
        spend = 0.0
        packages = 0
        # ---- trial
        if rng.random() >= BOOK_P[chan]:
            cust["_spend"], cust["_pk"], cust["_last"] = 0, 0, reg
            continue
        booked = reg + D(hours=float(rng.exponential(30)) + 0.2)
        trial_at = off_cny(evening(booked + D(days=int(rng.integers(1, 7)))))
        tid = nid("t", "T", 5)
        paid_trial = chan == "douyin" and booked >= PAID_TRIAL
        if paid_trial:
            order(booked + D(minutes=1), 9.9, "trial_fee")
        ev(booked, "tp_trial_booked", "book", session_id=tid, trial_at=trial_at.isoformat(sep=" ", timespec="seconds"),
           trial_fee=9.9 if paid_trial else 0)
        show = {"douyin": 0.82 if paid_trial else 0.56, "wechat_group": 0.86, "search": 0.84, "referral": 0.9}[chan]
        if rng.random() >= show:
            ev(trial_at + D(minutes=15), "tp_trial_noshow", "absent", session_id=tid)
            cust["_spend"], cust["_pk"], cust["_last"] = 0, 0, trial_at
            continue
        ev(trial_at, "tp_trial_attended", "check_in", session_id=tid)
        trial_rating = None
        if rng.random() < 0.3:
            r = rng.random()
            if r < (0.32 if chan == "douyin" else 0.1):
                fb(trial_at + D(hours=2), "pushy", "trial_survey", "tp_trial_attended", "neg",
                   rating=int(rng.choice([1, 2, 3], p=[.3, .5, .2])))
            elif r < 0.68:
                fb(trial_at + D(hours=2), "patient", "trial_survey", "tp_trial_attended", "pos",
                   rating=int(rng.choice([4, 5], p=[.4, .6])))
            else:
                fb(trial_at + D(hours=2), "neutral", "trial_survey", "tp_trial_attended", "neu",
                   rating=int(rng.choice([3, 4], p=[.6, .4])))
        # ---- tutor matching
        if rng.random() >= min(0.95, MATCH_P[chan] * TIER_MULT[tier]):
            cust["_spend"], cust["_pk"], cust["_last"] = 0, 0, trial_at
            continue
        med = 9.0 if (subj == "physics" and band == "senior") else (3.0 if subj == "physics" else 1.3)
        delay = float(np.exp(np.log(med) + rng.normal(0, 0.45 if med > 5 else 0.6)))
        if delay > 6 and rng.random() < 0.45:
            fb(trial_at + D(days=float(rng.uniform(5, delay))), "match_slow", "ticket", "tp_tutor_matched", "neg",
               dated=rng.random() > 0.1)
        if delay > 10 and rng.random() < 0.4:
            cust["_spend"], cust["_pk"], cust["_last"] = 0, 0, trial_at
            continue
        matched = trial_at + D(days=delay)
        tut = choose_tutor(subj, band, matched)

        def tut_cols(t):
            return dict(tutor_id=t["id"], tutor_name=t["zh"] + "老师", tutor_name_en=t["en"], tutor_level=t["level"],
                        教师级别=LEVELS[t["level"]])

        ev(matched, "tp_tutor_matched", "assign", match_type="first", **tut_cols(tut))
        if rng.random() >= (0.88 if delay <= 7 else 0.72):
            cust["_spend"], cust["_pk"], cust["_last"] = 0, 0, matched
            continue
        # ---- packages and lessons
        t = matched + D(hours=float(rng.uniform(1, 72)))
        purchase_type = "new"
        quit_ = False
        lag_total = 0
        while t <= END and not quit_:
            size = int(rng.choice([10, 20, 40], p=[.35, .45, .20] if purchase_type == "new" else [.2, .5, .3]))
            per = PRICE[band] + (20 if subj == "physics" else 0)
            if t >= PRICE_RISE:
                per = round(per * 1.10)
            list_price = per * size
            amount = round(list_price * DISC[size], 2)
            pid = nid("k", "PK", 5)
            pay = ch({"wechat_pay": 0.6, "alipay": 0.3, "installment": 0.1 if size < 40 else 0.35})
            if rng.random() < 0.06:
                order(t - D(minutes=int(rng.integers(5, 600))), amount, "package", status="cancelled",
                      purchase_type=purchase_type, package_id=pid, package_size=size, list_price=list_price,
                      payment_method=pay, 支付方式=PAYS[pay])
            order(t, amount, "package", purchase_type=purchase_type, package_id=pid, package_size=size,
                  list_price=list_price, payment_method=pay, 支付方式=PAYS[pay])
            if t <= END:
                spend += amount
                packages += 1
            if rng.random() < 0.3:
                order(t + D(minutes=2), {"primary": 128, "junior": 168, "senior": 198}[band], "materials",
                      package_id=pid)
                if t <= END:
                    spend += {"primary": 128, "junior": 168, "senior": 198}[band]
            ev(t, "tp_purchase" if purchase_type == "new" else "tp_renewal", "pay", package_id=pid,
               package_size=size, payment_method=pay)
            if purchase_type == "renewal" and t >= PRICE_RISE and t < PRICE_RISE + D(days=150) and rng.random() < 0.12:
                fb(t + D(days=1), "price_up", "ticket", "tp_renewal", "neg", dated=rng.random() > 0.1)
            # lessons
            first = off_cny(evening(t + D(days=float(np.exp(np.log(3.5) + rng.normal(0, 0.5))))))
            twice = size == 40 and rng.random() < 0.4
            slot = first
            consumed = 0
            changed_in_pk = False
            change_at = int(rng.integers(2, 7)) if rng.random() < CHANGE_P[tut["level"]] else None
            lag_pk = 0
            quit_at = int(rng.integers(3, size)) if rng.random() < 0.035 else None
            lag_quit = False
            k = 0
            while consumed < size:
                k += 1
                slot = off_cny(slot)
                if slot > END:
                    break
                lid = nid("l", "L", 7)
                lno = consumed + 1
                cols = dict(session_id=lid, package_id=pid, package_size=size, lesson_no=lno, **tut_cols(tut))
                p_res = {"primary": 0.05, "junior": 0.08, "senior": 0.16}[band]
                if band == "senior" and slot.month in (1, 6, 12):
                    p_res += 0.08
                when = slot
                if rng.random() < p_res:
                    by = "parent" if rng.random() < 0.82 else "tutor"
                    new = when + D(days=int(rng.integers(1, 5)), hours=int(rng.integers(-2, 3)))
                    ev(when - D(hours=float(rng.uniform(2, 48))), "tp_lesson_rescheduled", "reschedule",
                       rescheduled_by=by, new_time=new.isoformat(sep=" ", timespec="seconds"), **cols)
                    if rng.random() < 0.07:
                        fb(when, "schedule", "ticket", "tp_lesson_rescheduled", "neg", dated=rng.random() > 0.1)
                    when = new
                if when > END:
                    break
                p_miss = 0.04 + (0.03 if chan == "douyin" else 0) + (0.02 if device == "android" and when >= APP_BUG else 0)
                consumed += 1
                if rng.random() < p_miss:
                    ev(when + D(minutes=20), "tp_lesson_missed", "absent", **cols)
                else:
                    bug = device == "android" and when >= APP_BUG
                    disc = int(rng.poisson(1.7 if bug else 0.12))
                    lag_pk += disc >= 2
                    if disc >= 2 and lag_pk == 3 and quit_at is None and rng.random() < 0.2:
                        quit_at, lag_quit = lno, True
                    ev(when, "tp_lesson_attended", "attend", duration_min=int(60 - min(disc * 3, 15)),
                       disconnects=disc, **cols)
                    if rng.random() < (0.25 if tut.get("rare") else 0.085):
                        if disc >= 2 and rng.random() < 0.8:
                            fb(when + D(hours=1), "lag", "lesson_review", "tp_lesson_attended", "neg",
                               rating=int(rng.choice([1, 2], p=[.55, .45])), extra=tut_cols(tut))
                        elif rng.random() < (0.3 if (subj == "english" and band == "junior") else 0.02):
                            fb(when + D(hours=1), "homework", "lesson_review", "tp_lesson_attended", "neg",
                               rating=int(rng.choice([2, 3], p=[.5, .5])), extra=tut_cols(tut))
                        else:
                            rt = int(np.clip(round(rng.normal(tut["q"], 0.65)), 1, 5))
                            if rt >= 4:
                                key = ch({"patient": 0.55, "price_fair": 0.15, "good": 0.30})
                                sent = "pos"
                            elif rt == 3:
                                key, sent = "neutral", "neu"
                            else:
                                key, sent = "bad_tutor", "neg"
                            fb(when + D(hours=1), key, "lesson_review", "tp_lesson_attended", sent, rating=rt,
                               extra=tut_cols(tut), fmt=dict(t=tut["zh"][0] + "老师", te=tut["en"]))
                if change_at is not None and lno == change_at and not changed_in_pk:
                    changed_in_pk = True
                    reason = ch({"not_patient": 0.35, "teaching_style": 0.40, "schedule_conflict": 0.12, "other": 0.13}
                                if tut["level"] == "novice" else
                                {"not_patient": 0.15, "teaching_style": 0.30, "schedule_conflict": 0.40, "other": 0.15})
                    tc = when + D(hours=float(rng.uniform(3, 60)))
                    ev(tc, "tp_tutor_change", "request", change_reason=reason, 换师原因=REASONS[reason],
                       **tut_cols(tut))
                    if rng.random() < 0.55:
                        via_review = rng.random() < 0.6
                        fb(tc + D(hours=1), "tutor_change", "lesson_review" if via_review else "ticket",
                           "tp_tutor_change", "neg", rating=int(rng.choice([1, 2, 3], p=[.35, .45, .2]))
                           if via_review else None, extra=tut_cols(tut), dated=via_review or rng.random() > 0.1)
                    old = tut
                    tut = choose_tutor(subj, band, tc, avoid=old, prefer_better=True)
                    ev(tc + D(days=float(rng.uniform(1, 5))), "tp_tutor_matched", "assign", match_type="rematch",
                       **tut_cols(tut))
                    slot = slot + D(days=4)
                    if rng.random() < 0.18:
                        quit_at = lno + 1
                if quit_at is not None and lno >= quit_at:
                    quit_ = True
                    break
                slot = slot + D(days=3 if (twice and k % 2 == 1) else (4 if twice else 7))
            lag_total += lag_pk
            if quit_:
                unused = size - consumed
                rt = slot + D(days=float(rng.uniform(1, 6)))
                if unused > 0 and rt <= END:
                    quit_ = True
                    reason = "tutor_change" if changed_in_pk else ("app_lag" if lag_quit else "other")
                    ev(rt, "tp_refund", "request", package_id=pid, refund_lessons=unused, refund_reason=reason)
                    ref = round(amount / size * unused, 2)
                    order(rt + D(days=float(rng.uniform(2, 15))), ref, "refund", status="refunded", package_id=pid,
                          package_size=size, refund_lessons=unused, refund_reason=reason)
                    spend -= ref
                    if rng.random() < 0.4:
                        fb(rt + D(days=10), "refund", "ticket", "tp_refund", "neg", dated=rng.random() > 0.1)
                break
            if consumed < size:
                break
            # renewal decision
            p = {"primary": 0.62, "junior": 0.58, "senior": 0.45}[band]
            if band == "senior" and grade == 12:
                p *= 0.5
            if changed_in_pk:
                p *= 0.6
            p *= {"novice": 0.8, "standard": 1.0, "senior": 1.12}[tut["level"]]
            if lag_pk >= 3:
                p *= 0.6
            if subj == "english" and band == "junior":
                p *= 0.85
            if rng.random() >= p:
                break
            t = slot + D(days=float(rng.uniform(0, 20)))
            purchase_type = "renewal"
        cust["_spend"], cust["_pk"], cust["_last"] = spend, packages, slot if packages else matched

    # ---------------- app store reviews and NPS ----------------
    by_id = {c["customer_id"]: c for c in customers}
    for k in range(420):
        day = START + D(days=int(rng.integers(0, days)))
        ts = evening(day)
        android = rng.random() < 0.5
        if android and ts >= APP_BUG and rng.random() < 0.7:
            key, sent, rt = "lag", "neg", int(rng.choice([1, 2], p=[.6, .4]))
        elif rng.random() < 0.12:
            key, sent, rt = "lag", "neg", int(rng.choice([1, 2, 3], p=[.4, .4, .2]))
        else:
            key, sent, rt = "app_ok", "pos", int(rng.choice([4, 5], p=[.4, .6]))
        lang = "en" if rng.random() < 0.1 else "zh"
        text = pick(TXT[key][1 if lang == "en" else 0])
        feedback.append(dict(feedback_id=None, text=text, ts=ts.isoformat(sep=" ", timespec="seconds") if rng.random() > 0.15 else None,
                             customer_id=None, touchpoint_id="tp_lesson_attended" if key == "lag" else None,
                             channel="app_review", rating=rt, nps=None, language=lang, sentiment_label=sent,
                             device="android" if android else "ios",
                             app_version=("5.2" if ts >= APP_BUG else "5.1") if ts >= datetime(2025, 6, 1) else "5.0"))
    for q_end in [datetime(2024, 3, 31), datetime(2024, 6, 30), datetime(2024, 9, 30), datetime(2024, 12, 31),
                  datetime(2025, 3, 31), datetime(2025, 6, 30), datetime(2025, 9, 30), datetime(2025, 12, 31),
                  datetime(2026, 3, 31)]:
        act = [c for c in customers if c["_pk"] > 0 and datetime.fromisoformat(c["signup_at"]) < q_end - D(days=30)
               and c["_last"] >= q_end - D(days=60)]
        for c in act:
            if rng.random() >= 0.3:
                continue
            base_n = 8.6 if q_end < APP_BUG else 8.0
            if c["device"] == "android" and q_end >= APP_BUG:
                base_n = 6.2
            n = int(np.clip(round(rng.normal(base_n, 1.6)), 0, 10))
            sent = "pos" if n >= 9 else ("neg" if n <= 6 else "neu")
            key = "good" if n >= 9 else ("neutral" if n >= 7 else ("lag" if c["device"] == "android"
                                                                      and q_end >= APP_BUG else "bad_tutor"))
            lang = c["language"]
            text = pick(TXT[key][1 if lang == "en" else 0])
            feedback.append(dict(feedback_id=None, text=text, ts=(q_end - D(days=int(rng.integers(0, 10)))).replace(
                hour=20).isoformat(sep=" ", timespec="seconds"), customer_id=c["customer_id"], touchpoint_id=None, channel="nps_survey",
                rating=None, nps=n, language=lang, sentiment_label=sent, subject=c["subject"], 科目=c["科目"],
                grade_band=c["grade_band"], 学段=c["学段"], device=c["device"]))

    # ---------------- customers: segment and member level ----------------
    for c in customers:
        spend, pk = c.pop("_spend"), c.pop("_pk")
        last = c.pop("_last")
        lvl = "gold" if spend >= 10000 else ("silver" if spend >= 3000 else "regular")
        c["tier"] = lvl
        c["会员等级"] = MEMBER[lvl]
        if pk == 0:
            c["segment"] = "new" if datetime.fromisoformat(c["signup_at"]) >= END - D(days=30) else "prospect"
        elif last >= END - D(days=30):
            c["segment"] = "vip" if pk >= 3 else "active"
        else:
            c["segment"] = "churned"
    _ = by_id

    feedback.sort(key=lambda r: (r["ts"] or "9999", r["text"]))
    for r in feedback:
        r["feedback_id"] = nid("f", "F", 5)
    for k in range(0, 18):   # the app re-sends a few events: exact duplicates, loaded once
        events.append(dict(events[(k * 7919) % len(events)]))
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4])])
    write(out / "customers.csv", customers)
    write(out / "events.csv", events)
    write(out / "orders.csv", sorted(orders, key=lambda r: r["order_id"]))
    write(out / "feedback.csv", feedback)


def write(path: Path, rows: list[dict]) -> None:
    cols: dict[str, None] = {}
    for r in rows:
        cols.update(dict.fromkeys(r))
    names = list(cols)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(names)
        w.writerows([["" if r.get(c) is None else r.get(c, "") for c in names] for r in rows])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
