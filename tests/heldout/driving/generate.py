"""安途驾校 AnTu Driving School: a driving-school chain with six campuses in 成都, 重庆 and 西安,
2024-07-01 .. 2026-06-30 (synthetic, written blind).

    python generate.py OUTDIR

Writes touchpoints, customers (leads and students), events, journeys, orders and feedback as CSV following
DATA.md (no experiments table). Deterministic (fixed seed), plain Python + numpy, a couple of seconds.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20240701
START = datetime(2024, 7, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
LEAD_END = datetime(2026, 6, 20)
N_LEADS = 4400          # non-referral leads; referral leads are added on top
D = timedelta

# campus zh, campus en, city zh, city en, code, weight within the city
CAMPUSES = [("高新校区", "Gaoxin", "成都", "Chengdu", "GX", 0.56), ("龙泉驿校区", "Longquanyi", "成都", "Chengdu", "LQ", 0.44),
            ("渝北校区", "Yubei", "重庆", "Chongqing", "YB", 0.55), ("南岸校区", "Nanan", "重庆", "Chongqing", "NA", 0.45),
            ("雁塔校区", "Yanta", "西安", "Xi'an", "YT", 0.5), ("未央校区", "Weiyang", "西安", "Xi'an", "WY", 0.5)]
CITY_W = {"成都": 0.42, "重庆": 0.34, "西安": 0.24}
CITY_PRICE = {"成都": 1.0, "重庆": 0.95, "西安": 0.9}
SLOW_CAMPUS = "LQ"        # long wait from sign-up to the first road lesson
BAD_GROUP = "YB-2"        # coach group with many attitude complaints
COURSES = [("C1_manual", "C1手动", 4600, 0.44), ("C2_auto", "C2自动", 4980, 0.45), ("VIP_C2", "VIP", 8800, 0.11)]
S2_PASS = {"C1_manual": 0.46, "C2_auto": 0.56, "VIP_C2": 0.66}
RETAKE_FEE = {1: 50, 2: 200, 3: 200, 4: 50}
ACQ = ["douyin", "wechat", "meituan", "baidu", "walk_in", "campus_rep"]
ACQ_W = [0.34, 0.19, 0.16, 0.11, 0.11, 0.09]
P_TRIAL = {"douyin": 0.36, "wechat": 0.45, "meituan": 0.5, "baidu": 0.45, "walk_in": 0.66, "campus_rep": 0.55,
           "referral": 0.72}
P_SIGN = {"douyin": 0.48, "wechat": 0.55, "meituan": 0.55, "baidu": 0.5, "walk_in": 0.7, "campus_rep": 0.6,
          "referral": 0.82}
MONTH_W = {1: 1.0, 2: 0.65, 3: 0.9, 4: 0.9, 5: 0.85, 6: 1.0, 7: 1.65, 8: 1.5, 9: 0.9, 10: 0.95, 11: 0.95, 12: 1.1}
OUTAGE = (datetime(2025, 11, 3), datetime(2025, 11, 28))   # mini-program payment outage

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "市场部",
     "抖音广告|信息流广告|ad|ads"),
    ("tp_mp_visit", "小程序浏览", "Mini-program visit", "consideration", "mini_program", "digital", "线上运营",
     "小程序|看小程序|mini program|MP visit"),
    ("tp_consult", "到店咨询", "Campus consultation", "consideration", "store", "physical", "招生部",
     "咨询|门店咨询|walk-in consultation|consultation"),
    ("tp_trial_lesson", "免费试学", "Free trial lesson", "consideration", "store", "physical", "招生部",
     "试学|体验课|试驾|trial|trial drive"),
    ("tp_pay_error", "支付失败页", "Payment error page", "purchase", "mini_program", "digital", "线上运营",
     "支付失败|付款失败|payment failure|payment error"),
    ("tp_signup", "报名缴费", "Sign-up & payment", "purchase", "mini_program", "digital", "招生部",
     "报名|报名缴费|交学费|enrolment|enrollment|sign-up|sign up"),
    ("tp_health_check", "体检", "Medical check", "service", "store", "physical", "教务部",
     "驾考体检|medical|health check"),
    ("tp_theory_class", "理论课", "Theory class", "service", "mini_program", "digital", "教务部",
     "理论学习|网课|theory lesson|theory course"),
    ("tp_subject1", "科目一考试", "Subject 1 exam", "service", "store", "physical", "考务部",
     "科目一|科一|理论考试|subject one|theory test|S1"),
    ("tp_simulator", "模拟器练车", "Simulator practice", "service", "store", "physical", "教务部",
     "模拟器|模拟机|simulator"),
    ("tp_first_lesson", "首次上车", "First road lesson", "service", "store", "physical", "教练部",
     "第一次练车|首次练车|首课|first lesson|first driving lesson"),
    ("tp_road_lesson", "上车练车", "Road lesson", "service", "store", "physical", "教练部",
     "练车|学车|路训|driving lesson|lesson|road training"),
    ("tp_subject2", "科目二考试", "Subject 2 exam", "service", "store", "physical", "考务部",
     "科目二|科二|场地考|倒库|subject two|S2|yard test|parking test"),
    ("tp_subject3", "科目三考试", "Subject 3 exam", "service", "store", "physical", "考务部",
     "科目三|科三|路考|大路考|subject three|S3|road test"),
    ("tp_subject4", "科目四考试", "Subject 4 exam", "service", "store", "physical", "考务部",
     "科目四|科四|安全文明|subject four|S4|safety test"),
    ("tp_licence", "领取驾照", "Licence issued", "service", "store", "physical", "考务部",
     "拿证|领证|驾驶证|驾照|licence|license|driving licence|driver's license"),
    ("tp_complaint", "投诉热线", "Complaint hotline", "service", "phone", "physical", "客服部",
     "投诉|客服电话|400热线|complaint|hotline"),
    ("tp_refund_request", "退费申请", "Refund request", "service", "mini_program", "digital", "客服部",
     "申请退费|退学|refund application|refund request"),
    ("tp_refund_done", "退费到账", "Refund paid out", "service", "mini_program", "digital", "财务部",
     "退款到账|退费完成|refund paid|refund completed"),
    ("tp_referral", "推荐好友", "Refer a friend", "loyalty", "mini_program", "digital", "市场部",
     "老带新|转介绍|推荐|referral|refer a friend"),
    ("tp_post_practice", "拿证后陪驾", "Post-licence practice", "loyalty", "store", "physical", "教练部",
     "陪驾|陪练|新手陪驾|accompanied driving|post-licence coaching"),
]
JOURNEYS = [
    ("enrol", "招生报名", "Enrolment", ["tp_mp_visit", "tp_trial_lesson", "tp_signup"], 30),
    ("licence", "学车拿证", "Learn to licence",
     ["tp_signup", "tp_subject1", "tp_subject2", "tp_subject3", "tp_subject4", "tp_licence"], 365),
    ("refund", "退费", "Refund", ["tp_refund_request", "tp_refund_done"], 30),
]

# feedback texts: topic -> (zh list, en list, sentiment)
TEXTS = {
    "attitude": (["教练态度太差了，练车的时候一直骂人", "教练脾气很凶，多问两句就不耐烦", "教练上课玩手机还在车里抽烟，态度恶劣",
                  "教练暗示要送烟送红包，感觉很不舒服", "被教练吼了好几次，真的不想去练车了", "教练说话难听，动不动就骂笨"],
                 ["The coach was rude and kept yelling at me during practice", "My coach smokes in the car and is really impatient",
                  "Coach hinted that I should give him a red envelope, very uncomfortable",
                  "The instructor shouted at me and called me stupid, terrible attitude"], "neg"),
    "praise": (["教练很耐心，讲得特别细", "教练人很好，一步一步教，很有耐心", "教练教得好，点位讲得很清楚", "教练负责任，每次都准时"],
               ["The coach was very patient and explained everything clearly", "Great instructor, patient and always on time",
                "My coach was patient and gave really useful tips"], "pos"),
    "schedule": (["报名快一个月了还约不到车", "排课太难了，每次小程序上都约满了", "等了好久才安排第一次上车，太慢了",
                  "一直排不上练车，问客服就说等通知"],
                 ["Signed up weeks ago and still can't book a lesson", "Impossible to get a lesson slot, always fully booked",
                  "Waited far too long for my first driving lesson"], "neg"),
    "subject2": (["科目二倒车入库怎么都练不好，挂了两次", "科目二侧方停车压线又挂了，补考费还要200", "科目二考场太难了，坡道起步熄火",
                  "科目二又没过，心态崩了"],
                 ["Failed subject 2 twice on reverse parking", "Side parking in subject 2 is so hard, failed again",
                  "Subject 2 exam is brutal, stalled on the hill start"], "neg"),
    "refund": (["申请退费拖了三个星期还没到账", "退费要扣好多钱，太坑了", "退费流程太麻烦，一直让等审核"],
               ["My refund request has been pending for weeks", "They deducted way too much from my refund",
                "The refund process is slow and nobody answers"], "neg"),
    "payment": (["小程序付款一直失败，报不了名", "支付失败了好几次，钱扣了名没报上", "小程序交学费一直提示支付异常"],
                ["Payment kept failing in the mini program, could not sign up",
                 "Tried to pay the fee several times, payment error every time"], "neg"),
    "price": (["学费有点贵，还有各种补考费", "隐形收费太多了，补考费加时费都要另交"],
              ["Fees are high and there are hidden retake fees", "Too many extra charges on top of the course fee"], "neg"),
    "car": (["教练车车况一般，空调不制冷", "练车的车离合有问题"],
            ["The training car's air conditioning doesn't work", "The practice car's clutch is worn out"], "neg"),
    "simulator": (["模拟器练习挺有用的，上车前心里有底", "模拟器课很实用"],
                  ["The simulator practice helped a lot before the real car", "Simulator sessions were really useful"], "pos"),
    "theory": (["理论课讲得清楚，科目一一次就过了", "小程序刷题很方便，科一98分"],
               ["Theory classes were clear, passed subject 1 first time", "The question bank in the app is very handy"], "pos"),
    "licence": (["终于拿证了，整体体验不错，会推荐朋友来", "从报名到拿证挺顺利的，推荐安途", "拿到驾照了，谢谢各位教练"],
                ["Finally got my licence, overall a good experience, will recommend to friends",
                 "Smooth from sign-up to licence, would recommend AnTu"], "pos"),
    "neutral": (["还行吧，中规中矩", "练车场地有点远，别的还可以", "一般般，没什么特别的"],
                ["It's ok, nothing special", "Campus is a bit far from the metro, otherwise fine"], "neu"),
}


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, customers = [], [], [], []
    counters = {"ev": 0, "ord": 0, "fb": 0}
    coaches = {c[4]: {g: [f"{c[4]}{g}-{k:02d}" for k in range(1, 5)] for g in (1, 2)} for c in CAMPUSES}
    by_code = {c[4]: c for c in CAMPUSES}

    def ts_fmt(t):
        return t.strftime("%Y-%m-%d %H:%M:%S")

    def daytime(day: datetime, lo=8, hi=19):
        return day.replace(hour=0, minute=0, second=0) + D(hours=int(rng.integers(lo, hi)),
                                                             minutes=int(rng.integers(0, 60)),
                                                             seconds=int(rng.integers(0, 60)))

    def ev(c, t, tp, action, channel, device="", session=None, **extra):
        if t > END or t < START:
            return
        counters["ev"] += 1
        row = dict(event_id=f"E{counters['ev']:07d}", customer_id=c["customer_id"], ts=ts_fmt(t), touchpoint_id=tp,
                   session_id=session or f"S-{c['customer_id']}", action=action, device=device, channel=channel,
                   campus=c["campus"], campus_en=c["campus_en"], coach_id="", coach_group="", attempt_no="",
                   exam_score="", lesson_hours="", exam_site="")
        row.update({k: v for k, v in extra.items()})
        events.append(row)

    def order(c, t, amount, otype, product_zh, product_en, status="paid", channel="store", device="", refund=""):
        if t > END:
            return None
        counters["ord"] += 1
        row = dict(order_id=f"AT{counters['ord']:06d}", customer_id=c["customer_id"], ts=ts_fmt(t),
                   amount=f"{amount:.2f}", status=status, channel=channel, device=device, order_type=otype,
                   product=product_zh, product_en=product_en, course_type=c["course_type"], campus=c["campus"],
                   campus_en=c["campus_en"], payment_method=rng.choice(["wechat_pay", "alipay", "bank_card"], p=[0.7, 0.22, 0.08])
                   if channel == "mini_program" else rng.choice(["wechat_pay", "alipay", "bank_card", "cash"],
                                                                  p=[0.5, 0.2, 0.2, 0.1]),
                   currency="CNY", refund_amount=refund)
        orders.append(row)
        return row

    def comment(c, t, topic, channel, tp="", rating=None, nps=None, dated=True, coach="", group=""):
        if t is not None and t > END:
            return
        zh, en, senti = TEXTS[topic]
        pool = en if c["language"] == "en" else zh
        counters["fb"] += 1
        feedback.append(dict(feedback_id=f"FB{counters['fb']:05d}", text=pool[int(rng.integers(len(pool)))],
                             ts=ts_fmt(t) if (dated and t is not None) else "", customer_id=c["customer_id"],
                             touchpoint_id=tp, channel=channel, rating="" if rating is None else int(rating),
                             nps="" if nps is None else int(nps), campus=c["campus"],
                             campus_en=c["campus_en"], coach_id=coach,
                             coach_group=group, language=c["language"], sentiment_label=senti))

    # ---------------- leads ----------------
    days = (LEAD_END - START).days
    day_w = np.array([MONTH_W[(START + D(i)).month] * (1 + 0.25 * i / days) for i in range(days)])
    day_w /= day_w.sum()

    def new_customer(idx, first_visit, acq, referrer=""):
        city = rng.choice(list(CITY_W), p=list(CITY_W.values()))
        opts = [c for c in CAMPUSES if c[2] == city]
        camp = opts[int(rng.choice(len(opts), p=[o[5] for o in opts]))]
        course = COURSES[int(rng.choice(3, p=[x[3] for x in COURSES]))]
        age = int(np.clip(rng.gamma(2.0, 5.0) + 18, 18, 55))
        occ = "university_student" if age <= 22 and rng.random() < 0.8 else rng.choice(
            ["office_worker", "self_employed", "other"], p=[0.65, 0.2, 0.15])
        return dict(customer_id=f"AT{idx:05d}", signup_at="", segment="lead", region=city_en(city), 城市=city,
                    acquisition_channel=acq, campus=camp[0], campus_en=camp[1], course_type=course[0], 班型=course[1],
                    gender=rng.choice(["F", "M"], p=[0.47, 0.53]), age=age, occupation=occ,
                    language="en" if rng.random() < 0.13 else "zh", first_visit_at=ts_fmt(first_visit),
                    referrer_id=referrer, _code=camp[4], _price=course[2] * CITY_PRICE[city],
                    _device=rng.choice(["ios", "android"], p=[0.48, 0.52]))

    def city_en(city):
        return {"成都": "Chengdu", "重庆": "Chongqing", "西安": "Xi'an"}[city]

    students = []     # (customer, licence time or None)

    def run_lead(c, fv):
        dev = c["_device"]
        acq = c["acquisition_channel"]
        sess = f"L-{c['customer_id']}"
        if acq in ("douyin", "wechat", "baidu"):
            ev(c, fv - D(minutes=int(rng.integers(1, 30))), "tp_ad_click", "click", "ads", dev, sess)
        ev(c, fv, "tp_mp_visit", "view", "mini_program", dev, sess)
        t = fv
        for _ in range(int(rng.poisson(1.2))):
            t = t + D(hours=float(rng.uniform(3, 96)))
            ev(c, t, "tp_mp_visit", "view", "mini_program", dev, sess)
        trial_t = None
        if rng.random() < P_TRIAL[acq]:
            if acq == "walk_in" or rng.random() < 0.3:
                ev(c, fv + D(hours=float(rng.uniform(2, 72))), "tp_consult", "visit", "store", "", sess)
            trial_t = daytime(fv + D(days=int(rng.integers(1, 11))), 9, 18)
            ev(c, trial_t, "tp_trial_lesson", "attend", "store", "", sess)
            signs = rng.random() < P_SIGN[acq]
            base = trial_t
        else:
            signs = rng.random() < (0.2 if acq == "referral" else 0.07)
            base = fv
        if not signs:
            return
        gap = float(rng.uniform(31, 55)) if rng.random() < 0.1 else float(rng.gamma(1.5, 3.0))
        st = base + D(days=gap, hours=float(rng.uniform(1, 8)))
        sign_ch = "store" if (acq == "walk_in" or rng.random() < 0.28) else "mini_program"
        if sign_ch == "mini_program":
            fail_p = 0.95 if OUTAGE[0] <= st <= OUTAGE[1] else 0.025
            if rng.random() < fail_p:
                ev(c, st, "tp_pay_error", "fail", "mini_program", dev, sess)
                order(c, st, c["_price"], "course_package", c["班型"] + "学车套餐", c["course_type"] + " course package",
                      status="cancelled", channel="mini_program", device=dev)
                if OUTAGE[0] <= st <= OUTAGE[1]:
                    if rng.random() < 0.35:
                        comment(c, st + D(hours=float(rng.uniform(1, 30))), "payment",
                                "complaint_ticket", "tp_pay_error")
                    if rng.random() < 0.85:
                        return          # gave up (or went to a competitor)
                    st = st + D(days=float(rng.uniform(26, 40)))
                    sign_ch = "store" if rng.random() < 0.5 else "mini_program"
                else:
                    st = st + D(minutes=int(rng.integers(3, 40)))
        if st > END:
            return
        ev(c, st, "tp_signup", "success", sign_ch, dev if sign_ch == "mini_program" else "", sess)
        order(c, st + D(seconds=20), c["_price"], "course_package", c["班型"] + "学车套餐",
              c["course_type"] + " course package", channel=sign_ch, device=dev if sign_ch == "mini_program" else "")
        c["signup_at"] = ts_fmt(st)
        c["segment"] = "learning"
        c["_signup"] = st
        run_student(c, st)

    # ---------------- students ----------------
    def run_student(c, st):
        code = c["_code"]
        pkg = orders[-1] if orders[-1]["customer_id"] == c["customer_id"] else None
        group = int(rng.choice([1, 2]))
        coach = coaches[code][group][int(rng.integers(4))]
        gname = f"{code}-{group}"
        c["coach_id"], c["coach_group"] = coach, gname
        dev = c["_device"]
        ev(c, daytime(st + D(days=int(rng.integers(1, 6))), 8, 12), "tp_health_check", "done", "store")
        t = st
        for _ in range(int(rng.integers(1, 5))):
            t = t + D(days=float(rng.uniform(0.5, 4)))
            ev(c, t, "tp_theory_class", "complete", "mini_program", dev)
        # wait for the first road lesson
        if code == SLOW_CAMPUS:
            wait = float(rng.gamma(6.0, 4.0))            # ~24 days
        else:
            wait = float(rng.gamma(3.0, 2.3))            # ~7 days
        wait = max(wait, 1.0)
        first_t = daytime(st + D(days=wait))
        # quit before the first lesson (refund) - more likely when waiting long
        p_quit = 0.025 + 0.012 * max(0.0, wait - 14)
        if rng.random() < min(p_quit, 0.35):
            req = st + D(days=min(wait, float(rng.uniform(10, 30))), hours=float(rng.uniform(0, 8)))
            if c["_code"] == SLOW_CAMPUS and rng.random() < 0.6 or rng.random() < 0.3:
                comment(c, req - D(hours=float(rng.uniform(2, 48))), "schedule", "complaint_ticket", "tp_complaint")
                ev(c, req - D(hours=float(rng.uniform(2, 48))), "tp_complaint", "call", "phone")
            refund_flow(c, req, pkg, early=True)
            return
        if first_t > END:
            return
        ev(c, first_t, "tp_first_lesson", "attend", "store", coach_id=coach, coach_group=gname, lesson_hours=2)
        if wait > 14 and rng.random() < (0.45 if code == SLOW_CAMPUS else 0.25):
            tt = st + D(days=float(rng.uniform(10, wait)))
            ch = rng.choice(["complaint_ticket", "mp_review"], p=[0.55, 0.45])
            comment(c, tt, "schedule", ch, "tp_first_lesson", rating=None if ch == "complaint_ticket" else
                    int(rng.integers(1, 3)))
            if ch == "complaint_ticket":
                ev(c, tt, "tp_complaint", "call", "phone")
        # attitude complaint tendency
        bad = gname == BAD_GROUP
        if rng.random() < (0.3 if bad else 0.035):
            tt = first_t + D(days=float(rng.uniform(3, 30)))
            comment(c, tt, "attitude", "complaint_ticket", "tp_road_lesson", coach=coach, group=gname)
            ev(c, tt, "tp_complaint", "call", "phone", coach_id=coach, coach_group=gname)
        # subject 1
        s1_t = daytime(st + D(days=float(rng.uniform(12, 30))), 9, 16)
        passed1, s1_t = exam(c, 1, s1_t, [0.88, 0.9], 0.12, pkg)
        if passed1 is None:
            return
        if not passed1:
            c["segment"] = "dropped" if c["segment"] == "learning" else c["segment"]
            return
        # road lessons and simulator until subject 2
        n_sim = int(rng.choice([0, 0, 1, 2, 3, 4, 5]))
        s2_t = daytime(max(s1_t + D(days=float(rng.uniform(8, 20))), first_t + D(days=float(rng.uniform(20, 38)))), 8, 16)
        lessons_before = int(rng.integers(5, 11))
        lesson_times = sorted(first_t + D(days=float(x)) for x in rng.uniform(1, max(2.0, (s2_t - first_t).days - 1),
                                                                                 lessons_before))
        for lt in lesson_times:
            road_lesson(c, lt, coach, gname)
        for x in sorted(rng.uniform(0.5, max(1.0, (s2_t - first_t).days - 1), n_sim)):
            ev(c, daytime(first_t + D(days=float(x))), "tp_simulator", "practice", "store", lesson_hours=1)
        if n_sim >= 3 and rng.random() < 0.12:
            comment(c, s2_t - D(days=2), "simulator", "mp_review", "tp_simulator", rating=int(rng.integers(4, 6)))
        if rng.random() < 0.2:
            order(c, first_t + D(days=float(rng.uniform(2, 10))), 300 if code != "WY" else 280, "simulator_pack",
                  "模拟器课时包", "simulator hour pack", channel="mini_program", device=dev)
        p2 = S2_PASS[c["course_type"]]
        passed2, s2_end = exam(c, 2, s2_t, [p2, p2 + 0.08], 0.3, pkg, coach=coach, group=gname)
        if passed2 is None:
            return
        if not passed2:
            c["segment"] = "dropped" if c["segment"] == "learning" else c["segment"]
            return
        # subject 3
        s3_t = daytime(s2_end + D(days=float(rng.uniform(15, 35))), 8, 16)
        for x in sorted(rng.uniform(1, max(2.0, (s3_t - s2_end).days - 1), int(rng.integers(4, 9)))):
            road_lesson(c, s2_end + D(days=float(x)), coach, gname)
        if rng.random() < 0.1:
            order(c, s2_end + D(days=3), 600, "extra_hours", "加时练车包", "extra lesson hours",
                  channel="mini_program", device=dev)
        passed3, s3_end = exam(c, 3, s3_t, [0.78, 0.82], 0.1, pkg, coach=coach, group=gname)
        if passed3 is None:
            return
        if not passed3:
            c["segment"] = "dropped" if c["segment"] == "learning" else c["segment"]
            return
        s4_t = daytime(s3_end + D(days=float(rng.uniform(0, 6))), 9, 12) + D(hours=3)
        passed4, s4_end = exam(c, 4, s4_t, [0.92, 0.95], 0.04, pkg)
        if passed4 is None:
            return
        if not passed4:
            c["segment"] = "dropped" if c["segment"] == "learning" else c["segment"]
            return
        lic = s4_end + D(hours=float(rng.uniform(1, 5)), days=int(rng.choice([0, 0, 1, 2])))
        if lic > END:
            return
        ev(c, lic, "tp_licence", "issued", "store")
        c["segment"] = "licensed"
        c["_licence"] = lic
        students.append(c)
        # post-licence survey
        if rng.random() < 0.62:
            tt = lic + D(days=float(rng.uniform(1, 10)))
            nps = int(np.clip(rng.normal(8.3 if not bad else 6.0, 1.6), 0, 10))
            topic = "licence" if nps >= 8 else rng.choice(["price", "neutral", "car"], p=[0.45, 0.35, 0.2])
            if bad and rng.random() < 0.4:
                topic = "attitude"
            rating = {"licence": rng.integers(4, 6), "neutral": rng.integers(3, 5)}.get(topic, rng.integers(1, 4))
            comment(c, tt, topic, "licence_survey", "tp_licence", rating=rating, nps=nps, coach=coach, group=gname)
        # loyalty: post-licence practice add-on
        if rng.random() < 0.14:
            pt = daytime(lic + D(days=float(rng.uniform(5, 60))))
            if pt <= END:
                ev(c, pt, "tp_post_practice", "attend", "store", coach_id=coach, coach_group=gname, lesson_hours=2)
                order(c, pt - D(hours=2), 680, "post_licence_practice", "拿证后陪驾", "post-licence practice",
                      channel="mini_program", device=dev)

    def road_lesson(c, t, coach, gname):
        t = daytime(t)
        hours = int(rng.choice([1, 2], p=[0.35, 0.65]))
        ev(c, t, "tp_road_lesson", "attend", "store", coach_id=coach, coach_group=gname, lesson_hours=hours)
        if rng.random() < 0.14:
            bad = gname == BAD_GROUP
            u = rng.random()
            if bad:
                topic = "attitude" if u < 0.42 else ("praise" if u < 0.62 else ("neutral" if u < 0.85 else "car"))
            else:
                topic = "attitude" if u < 0.04 else ("praise" if u < 0.58 else ("neutral" if u < 0.86 else "car"))
            if c["_code"] == SLOW_CAMPUS and rng.random() < 0.15:
                topic = "schedule"
            rating = {"attitude": rng.integers(1, 3), "praise": rng.integers(4, 6), "neutral": rng.integers(3, 5),
                      "car": rng.integers(2, 4), "schedule": rng.integers(1, 3)}[topic]
            comment(c, t + D(hours=float(rng.uniform(2, 30))), topic, "lesson_survey", "tp_road_lesson",
                    rating=rating, coach=coach, group=gname)

    def exam(c, subj, t, pass_p, quit_p, pkg, coach="", group=""):
        tp = f"tp_subject{subj}"
        site = {1: "车管所理论考场", 2: "场地考场", 3: "道路考场", 4: "车管所理论考场"}[subj]
        site = f"{c['城市']}{site}"
        for attempt in range(1, 6):
            p = pass_p[0] if attempt == 1 else pass_p[1]
            ok = rng.random() < p
            if subj in (1, 4):
                score = int(rng.integers(90, 101)) if ok else int(rng.integers(60, 90))
            else:
                score = int(rng.choice([100, 90, 80], p=[0.6, 0.25, 0.15])) if ok else int(rng.choice([0, 70, 60]))
            if t > END:
                return None, t          # still learning when the data ends
            ev(c, t, tp, "pass" if ok else "fail", "store", attempt_no=attempt, exam_score=score, exam_site=site,
               coach_id=coach, coach_group=group)
            if ok:
                return True, t
            if subj == 2 and rng.random() < 0.22:
                comment(c, t + D(hours=float(rng.uniform(2, 48))), "subject2",
                        rng.choice(["mp_review", "dianping"], p=[0.6, 0.4]), "tp_subject2",
                        rating=int(rng.integers(1, 4)), dated=rng.random() < 0.7)
            if attempt == 5 or rng.random() < quit_p:
                if rng.random() < (0.35 if subj >= 2 else 0.5):
                    refund_flow(c, t + D(days=float(rng.uniform(2, 20))), pkg, early=False)
                return False, t
            nt = daytime(t + D(days=float(rng.uniform(8, 22))), 8, 16)
            order(c, nt - D(days=3), RETAKE_FEE[subj], "retake_fee", f"科目{'一二三四'[subj - 1]}补考费",
                  f"subject {subj} retake fee", channel="mini_program", device=c["_device"])
            if subj >= 2 and coach:
                for x in sorted(rng.uniform(1, max(2.0, (nt - t).days - 1), int(rng.integers(1, 4)))):
                    road_lesson(c, t + D(days=float(x)), coach, group)
            t = nt
        return False, t

    def refund_flow(c, req, pkg, early):
        if req > END:
            return
        sess = f"R-{c['customer_id']}"
        ev(c, req, "tp_refund_request", "submit", "mini_program", c["_device"], sess)
        c["segment"] = "refund_requested"
        if rng.random() < 0.86:
            slow = req.year == 2026 and req.month in (1, 2)
            done = req + D(days=float(rng.gamma(4.0, 2.5 if not slow else 6.0)) + 1)
            if done <= END:
                ev(c, done, "tp_refund_done", "paid", "mini_program", "", sess)
                c["segment"] = "refunded"
                if pkg is not None:
                    share = 0.9 if early else 0.45
                    pkg["status"] = "refunded"
                    pkg["refund_amount"] = f"{float(pkg['amount']) * share:.2f}"
            if (done - req).days > 14 and rng.random() < 0.5:
                comment(c, req + D(days=float(rng.uniform(10, 20))), "refund", "complaint_ticket", "tp_refund_request")
        elif rng.random() < 0.5:
            comment(c, req + D(days=float(rng.uniform(3, 10))), "refund", "complaint_ticket", "tp_refund_request")

    # non-referral leads, in time order
    fvs = sorted(START + D(days=int(d), hours=float(rng.uniform(7, 23))) for d in rng.choice(days, N_LEADS, p=day_w))
    acqs = rng.choice(ACQ, N_LEADS, p=ACQ_W)
    idx = 0
    pending = []
    for fv, acq in zip(fvs, acqs):
        idx += 1
        c = new_customer(idx, fv, str(acq))
        customers.append(c)
        pending.append((fv, c))
    # referral leads: friends of licensed students, generated after the fact (time order kept by sorting later)
    for fv, c in pending:
        run_lead(c, fv)
    refs = []
    for s in list(students):
        if rng.random() < 0.34:
            for _ in range(int(rng.choice([1, 1, 1, 2]))):
                rt = s["_licence"] + D(days=float(rng.uniform(3, 120)))
                if rt <= LEAD_END:
                    refs.append((rt, s))
    refs.sort(key=lambda x: x[0])
    for rt, s in refs:
        idx += 1
        ev(s, rt, "tp_referral", "share", "mini_program", s["_device"], f"F-{s['customer_id']}")
        fv = rt + D(hours=float(rng.uniform(1, 72)))
        c = new_customer(idx, fv, "referral", referrer=s["customer_id"])
        c["城市"], c["region"] = s["城市"], s["region"]
        c["campus"], c["campus_en"], c["_code"] = s["campus"], s["campus_en"], s["_code"]
        c["_price"] = [x[2] for x in COURSES if x[0] == c["course_type"]][0] * CITY_PRICE[c["城市"]]
        customers.append(c)
        run_lead(c, fv)

    # dianping reviews not tied to a step (many without a date)
    for c in rng.choice([c for c in customers if c["segment"] != "lead"], 260, replace=False):
        w = {"praise": 0.26, "licence": 0.18, "neutral": 0.18, "price": 0.12,
             "attitude": 0.3 if c.get("coach_group") == BAD_GROUP else 0.06,
             "schedule": 0.2 if c["_code"] == SLOW_CAMPUS else 0.06, "car": 0.08}
        topic = rng.choice(list(w), p=np.array(list(w.values())) / sum(w.values()))
        rating = {"praise": 5, "licence": 5, "neutral": 3}.get(topic, int(rng.integers(1, 3)))
        t = datetime.strptime(c["signup_at"], "%Y-%m-%d %H:%M:%S") + D(days=float(rng.uniform(5, 150)))
        if t > END:
            continue
        comment(c, t, str(topic), "dianping", "", rating=rating, dated=rng.random() < 0.55,
                coach=c.get("coach_id", "") if topic == "attitude" else "",
                group=c.get("coach_group", "") if topic == "attitude" else "")

    # a few exact duplicate event rows (export glitch)
    for i in rng.choice(len(events), 24, replace=False):
        events.append(dict(events[int(i)]))
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    orders.sort(key=lambda r: r["ts"])
    feedback.sort(key=lambda r: (r["ts"] == "", r["ts"], r["feedback_id"]))

    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3], 1)])
    ccols = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "campus", "campus_en",
             "course_type", "班型", "coach_id", "coach_group", "gender", "age", "occupation", "language",
             "first_visit_at", "referrer_id"]
    write(out / "customers.csv", [{k: c.get(k, "") for k in ccols} for c in customers], ccols)
    write(out / "events.csv", events)
    write(out / "orders.csv", orders)
    write(out / "feedback.csv", feedback)
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


def write(path: Path, rows: list[dict], cols: list[str] | None = None) -> None:
    cols = cols or list(rows[0])
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
