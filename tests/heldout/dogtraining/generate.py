"""汪学堂 PawAcademy: a dog-training school with 5 training centres in 3 cities (上海, 杭州, 南京) plus home
visits. An owner sees a post (小红书 / 抖音), finds us on 大众点评, is referred by a vet clinic or by a friend, books
a free behaviour assessment (mini-program, Dianping, the vet clinic or phone), brings the dog (or gets a home
visit), a trainer recommends a course (puppy basics / obedience / behaviour correction / board-and-train), the
owner pays a deposit, then the balance, the dog attends lessons (attended / missed, some rescheduled by us), we send
progress videos, the dog takes a graduation test (pass / fail), the owner may book a refresher lesson and refer a
friend. Treats & gear and holiday boarding are sold on the side. Data covers 2024-09-01 .. 2026-06-30 (today is
2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments).
Deterministic (fixed seed), plain Python + numpy, a couple of seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
START = datetime(2024, 9, 1)
END = datetime(2026, 6, 30, 21, 0, 0)
N = 3700
D = timedelta

CENTRES = {  # id: zh, en, city, city_zh, weight
    "C1": ("上海徐汇中心", "Shanghai Xuhui", "Shanghai", "上海", 1.25),
    "C2": ("上海浦东中心", "Shanghai Pudong", "Shanghai", "上海", 1.2),
    "C3": ("杭州西湖中心", "Hangzhou Xihu", "Hangzhou", "杭州", 0.95),
    "C4": ("杭州滨江中心", "Hangzhou Binjiang", "Hangzhou", "杭州", 0.95),
    "C5": ("南京建邺中心", "Nanjing Jianye", "Nanjing", "南京", 0.3),
}
C5_OPEN = datetime(2026, 4, 1)            # newest centre: few customers, very high conversion (small-group trap)
BEST_CENTRE = "C1"                        # best assessment -> purchase conversion among the real-sized centres
WAIT_CENTRE = "C2"                        # assessments only on weekends by the one senior trainer: long wait
RESCHED_CENTRE = "C4"                     # trainer shortage from 2025-09-01: lessons rescheduled by us
RESCHED_FROM = datetime(2025, 9, 1)
BT_PRICE_UP = datetime(2025, 10, 1)       # board-and-train nightly boarding fee 180 -> 260
ANDROID_BUG = (datetime(2026, 3, 1), datetime(2026, 4, 30, 23, 59))   # mini-program balance payment broken on Android
CNY_CLOSED = [(datetime(2025, 1, 26), datetime(2025, 2, 4, 23, 59)), (datetime(2026, 2, 14), datetime(2026, 2, 23, 23, 59))]

SOURCES = {  # en: zh, weight, P(book), P(show), P(buy | recommended)
    "xiaohongshu": ("小红书", 0.28, 0.72, 0.82, 0.50),
    "douyin": ("抖音", 0.26, 0.78, 0.47, 0.44),
    "dianping": ("大众点评", 0.19, 0.80, 0.85, 0.54),
    "vet_referral": ("宠物医院转介", 0.16, 0.90, 0.93, 0.68),
    "friend_referral": ("老客推荐", 0.11, 0.86, 0.90, 0.66),
}
OWNER = {"first_time": ("新手主人", 0.58), "experienced": ("有经验主人", 0.42)}
SIZE = {"small": ("小型犬", 0.45), "medium": ("中型犬", 0.33), "large": ("大型犬", 0.22)}
GROUPS = {"toy": "玩具犬", "terrier": "梗犬", "herding": "牧羊犬", "sporting": "运动犬", "working": "工作犬",
          "hound": "猎犬", "mixed": "混血/田园犬"}
BREEDS = {  # size: [(breed_zh, breed_en, group, weight)]
    "small": [("泰迪", "Toy Poodle", "toy", 0.30), ("比熊", "Bichon Frise", "toy", 0.22), ("博美", "Pomeranian", "toy", 0.13),
              ("约克夏", "Yorkshire Terrier", "terrier", 0.10), ("雪纳瑞", "Schnauzer", "terrier", 0.12),
              ("杰克罗素梗", "Jack Russell Terrier", "terrier", 0.08), ("腊肠犬", "Dachshund", "hound", 0.02)],
    "medium": [("柯基", "Corgi", "herding", 0.30), ("柴犬", "Shiba Inu", "working", 0.18), ("边牧", "Border Collie", "herding", 0.18),
               ("中华田园犬", "Chinese Rural Dog", "mixed", 0.18), ("比格", "Beagle", "hound", 0.02),
               ("斗牛梗", "Bull Terrier", "terrier", 0.05), ("可卡", "Cocker Spaniel", "sporting", 0.06)],
    "large": [("金毛", "Golden Retriever", "sporting", 0.32), ("拉布拉多", "Labrador", "sporting", 0.24),
              ("哈士奇", "Husky", "working", 0.16), ("萨摩耶", "Samoyed", "working", 0.12), ("德牧", "German Shepherd", "herding", 0.10),
              ("阿拉斯加", "Alaskan Malamute", "working", 0.06)],
}
BC_BY_GROUP = {"toy": 0.22, "terrier": 0.50, "herding": 0.30, "sporting": 0.18, "working": 0.30, "hound": 0.85,
               "mixed": 0.30}      # P(behaviour correction | not a puppy)
COURSES = {  # en: zh, lessons, fee (deposit + balance), deposit
    "puppy_basics": ("幼犬基础课", 6, 1980, 500),
    "obedience": ("服从训练课", 10, 3800, 1000),
    "behaviour_correction": ("行为矫正课", 8, 4800, 1500),
    "board_and_train": ("寄养训练", 3, 4200, 1200),
}
MODE = {"in_centre": ("到店", 0.78), "home_visit": ("上门", 0.22)}
LEVEL = {"senior": "高级训练师", "junior": "初级训练师"}
TRAINERS = [  # id, name, en, centre, level, from, to
    ("T01", "王浩", "Wang Hao", "C1", "senior", None, None),
    ("T02", "陈思雨", "Chen Siyu", "C1", "senior", None, None),        # star: patient, dogs pass far more often
    ("T03", "李娜", "Li Na", "C1", "junior", None, None),
    ("T04", "张强", "Zhang Qiang", "C2", "senior", None, None),
    ("T05", "刘婷", "Liu Ting", "C2", "junior", None, None),
    ("T06", "赵阳", "Zhao Yang", "C2", "junior", None, None),
    ("T15", "胡蓉", "Hu Rong", "C2", "junior", datetime(2026, 3, 1), None),   # new: a handful of tests, all passed
    ("T07", "孙悦", "Sun Yue", "C3", "senior", None, None),
    ("T08", "周杰", "Zhou Jie", "C3", "junior", None, None),
    ("T09", "吴倩", "Wu Qian", "C3", "senior", None, None),
    ("T10", "郑磊", "Zheng Lei", "C4", "senior", None, None),
    ("T11", "黄敏", "Huang Min", "C4", "junior", None, None),
    ("T12", "徐鹏", "Xu Peng", "C4", "junior", None, datetime(2025, 8, 31)),  # left: Binjiang short of trainers
    ("T13", "马丽", "Ma Li", "C5", "senior", None, None),
    ("T14", "朱峰", "Zhu Feng", "C5", "junior", None, None),
]
STAR, NEWBIE = "T02", "T15"
GEAR = {"treats": ("训练零食", 49, 0.44), "clicker": ("响片", 19, 0.15), "leash": ("牵引绳", 89, 0.18),
        "harness": ("胸背带", 159, 0.15), "crate": ("航空箱", 399, 0.08)}
PAYS = {"wechat_pay": ("微信支付", 0.68), "alipay": ("支付宝", 0.22), "bank_card": ("银行卡", 0.10)}
REFUND_REASON = {"balance_not_paid": "未付尾款退定金", "moved_away": "搬家", "dog_health": "狗狗生病",
                 "unhappy_with_schedule": "上课时间总变动"}

TOUCHPOINTS = [
    ("tp_discover", "看到推广/转介", "Saw a post / referred", "awareness", "social", "digital", "marketing",
     "看到帖子|刷到|小红书|抖音|兽医推荐|宠物医院推荐|转介|首次接触|获客|post|vet referral|first contact|lead"),
    ("tp_assess_booked", "预约免费评估", "Free assessment booked", "consideration", "mini_program", "digital", "sales",
     "约评估|预约评估|预约测评|免费评估预约|book an assessment|assessment booking|booked assessment"),
    ("tp_assess_attended", "到场行为评估", "Behaviour assessment attended", "consideration", "store", "physical", "training",
     "评估|行为评估|测评|到场评估|来评估|assessment|behaviour assessment|evaluation|attended assessment"),
    ("tp_course_recommended", "推荐课程", "Course recommended", "consideration", "store", "physical", "training",
     "推荐课程|课程方案|报价|训练方案|course recommendation|recommended course|training plan|quote"),
    ("tp_deposit_paid", "付定金购课", "Deposit paid (course purchased)", "purchase", "mini_program", "digital", "sales",
     "定金|订金|购课|报名|买课|下单|deposit|course purchase|sign up|enrol"),
    ("tp_balance_paid", "付尾款", "Balance paid", "purchase", "mini_program", "digital", "sales",
     "尾款|付清|补齐余款|balance|final payment|pay the rest"),
    ("tp_lesson", "上课", "Training lesson", "service", "store", "physical", "training",
     "上课|训练课|课时|出勤|缺课|lesson|class|session|training session|attendance"),
    ("tp_progress_video", "发送进度视频", "Progress video sent", "service", "app", "digital", "training",
     "进度视频|训练视频|视频反馈|progress video|training video|video update"),
    ("tp_graduation_test", "结业考核", "Graduation test", "service", "store", "physical", "training",
     "结业|毕业考核|结业考试|考核|graduation|final test|graduation test|exam"),
    ("tp_refresher_booked", "预约复训课", "Refresher lesson booked", "loyalty", "mini_program", "digital", "training",
     "复训|巩固课|回炉|refresher|top-up lesson|refresher lesson"),
    ("tp_friend_referral", "推荐好友", "Referred a friend", "loyalty", "social", "digital", "marketing",
     "转介绍|推荐朋友|老带新|介绍朋友|referral|refer a friend|referred a friend"),
]
JOURNEYS = [
    ("acquire", "获客到购课", "Lead to course purchase", 30,
     ["tp_discover", "tp_assess_booked", "tp_assess_attended", "tp_course_recommended", "tp_deposit_paid"]),
    ("payment", "定金到尾款", "Deposit to balance", 21, ["tp_deposit_paid", "tp_balance_paid"]),
    ("training", "上课到结业", "Training to graduation", 120,
     ["tp_balance_paid", "tp_lesson", "tp_progress_video", "tp_graduation_test"]),
    ("referral", "结业到转介绍", "Graduation to referral", 180, ["tp_graduation_test", "tp_friend_referral"]),
    ("refresher", "结业到复训", "Graduation to refresher", 90, ["tp_graduation_test", "tp_refresher_booked"]),
]

ZH = {
    "calmer": ["狗狗安静多了，出门不再乱冲乱叫", "上完课狗狗安静多了，邻居都说变化好大", "结业以后家里狗狗安静多了，太感谢了",
               "现在见到陌生人也安静多了，不扑人了", "狗狗比以前安静多了，晚上也不拆家了"],
    "patient": ["训练师特别有耐心，一点点教我们怎么做", "老师很有耐心，狗狗也很喜欢她", "训练师耐心又专业，推荐",
                "陈老师超级有耐心，我家笨狗都学会了", "训练师很耐心地纠正我的牵引手法"],
    "resched": ["又改课了，这个月已经第三次改期", "老是临时调课，根本没法安排时间", "改课太频繁了，上课时间总在变",
                "课程一再改期，体验很差", "周末的课又被调课了，说是训练师排不开", "说好的时间又改期，请假都白请了"],
    "expensive": ["寄养训练太贵了，涨价后根本下不去手", "寄养费一晚涨了这么多，太贵", "寄养训练价格太贵，不如自己在家练",
                  "寄养训练加住宿费算下来一万多，太贵了", "问了寄养训练的报价，太贵了，考虑别家"],
    "video": ["进度视频太少了，根本不知道练得怎么样", "上门课结束后很少发视频，说好的进度反馈呢", "一个月了才收到一次进度视频",
              "进度视频基本没有，只能干等", "希望多发点训练视频，现在几乎看不到"],
    "failed": ["结业考核没过，感觉效果一般", "练了两个月还是扑人，考核也没通过", "考核没通过，有点失望",
               "花了钱效果不明显，结业考核挂了"],
    "assess": ["评估很专业，分析了狗狗的问题", "免费评估挺有收获，知道了狗狗为什么护食", "评估环境不错，讲得很清楚",
               "评估做得很细，给了训练建议"],
    "wait": ["评估排了一个多星期才排上", "约评估要等好久，只有周末有时间", "等评估等了十来天"],
    "good": ["课程安排合理，狗狗进步明显", "环境干净，狗狗很喜欢来上课", "整体满意，会继续来", "上课内容很实用"],
    "neutral": ["停车不太方便", "中心有点难找，导航绕了一圈", "前台态度还行", "价格中规中矩", "还可以吧，再看看效果"],
}
EN = {
    "calmer": ["My dog is so much calmer now, thank you!", "Much calmer on walks after the course.",
               "She's a lot calmer around other dogs now."],
    "patient": ["The trainer was incredibly patient with us.", "Very patient trainer, explained everything twice.",
                "Patient and kind trainer, our puppy loves her."],
    "resched": ["Lessons got rescheduled way too often.", "They keep rescheduling our sessions at the last minute.",
                "Third rescheduled lesson this month, very frustrating."],
    "expensive": ["Board-and-train is way too expensive now.", "The board and train price went up a lot, too expensive for us.",
                  "Board-and-train quote was too expensive."],
    "video": ["Progress videos are rare, we have no idea how training is going.", "Barely got any progress videos.",
              "Promised weekly videos, got one video in a month."],
    "failed": ["Failed the graduation test, not much improvement.", "Still jumps on people, didn't pass the final test."],
    "assess": ["The assessment was thorough and useful.", "Great free assessment, explained the resource guarding."],
    "wait": ["Had to wait over a week for the assessment slot."],
    "good": ["Good classes, clear progress.", "Clean place and friendly staff."],
    "neutral": ["Parking was a bit tricky.", "OK overall.", "Centre is a bit hard to find."],
}
SENT = {"calmer": "pos", "patient": "pos", "resched": "neg", "expensive": "neg", "video": "neg", "failed": "neg",
        "assess": "pos", "wait": "neg", "good": "pos", "neutral": "neu"}
RATING = {"calmer": (5, 5), "patient": (5, 5), "resched": (1, 2), "expensive": (2, 3), "video": (1, 3),
          "failed": (2, 3), "assess": (4, 5), "wait": (2, 3), "good": (4, 5), "neutral": (3, 4)}
TOPIC_TP = {"calmer": "tp_graduation_test", "patient": "tp_lesson", "resched": "tp_lesson",
            "expensive": "tp_course_recommended", "video": "tp_progress_video", "failed": "tp_graduation_test",
            "assess": "tp_assess_attended", "wait": "tp_assess_booked", "good": "tp_lesson", "neutral": "tp_lesson"}
MONTH_W = {1: 0.8, 2: 0.7, 3: 1.25, 4: 1.35, 5: 1.25, 6: 1.0, 7: 1.1, 8: 1.1, 9: 1.0, 10: 0.95, 11: 0.9, 12: 0.85}


def closed(t: datetime) -> bool:
    return any(a <= t <= b for a, b in CNY_CLOSED)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    days = (END.date() - START.date()).days + 1
    dw = np.array([MONTH_W[(START + D(days=i)).month] * (1.25 if (START + D(days=i)).weekday() >= 5 else 1.0)
                   * (0.5 if closed(START + D(days=i, hours=12)) else 1.0) for i in range(days)])
    dcum = np.cumsum(dw) / dw.sum()
    events, orders, feedback, customers = [], [], [], []
    cnt = {"e": 0, "o": 0, "f": 0, "a": 0, "k": 0, "l": 0}

    def pick(d: dict, idx=None):
        keys = list(d)
        w = np.array([d[k] if idx is None else d[k][idx] for k in keys], dtype=float)
        return keys[int(np.searchsorted(np.cumsum(w) / w.sum(), rng.random(), side="right"))]

    def nid(kind, prefix, width):
        cnt[kind] += 1
        return f"{prefix}{cnt[kind]:0{width}d}"

    def u(a, b):
        return a + (b - a) * rng.random()

    def daytime(t: datetime) -> datetime:
        """move t to business hours (9:00-20:00) on its day, keeping the date."""
        if 9 <= t.hour < 20:
            return t
        return t.replace(hour=int(rng.integers(9, 20)), minute=int(rng.integers(0, 60)))

    def reopen(t: datetime) -> datetime:
        for a, b in CNY_CLOSED:
            if a <= t <= b:
                return daytime(datetime(b.year, b.month, b.day) + D(days=1 + int(rng.integers(0, 3))))
        return t

    def trainers_at(c, t, level=None):
        return [tr for tr in TRAINERS if tr[3] == c and (tr[5] is None or tr[5] <= t) and (tr[6] is None or t <= tr[6])
                and (level is None or tr[4] == level)]

    def tcols(tr):
        return dict(trainer_id=tr[0], trainer_name=tr[1], trainer_en=tr[2], trainer_level=tr[4],
                    训练师级别=LEVEL[tr[4]])

    for i in range(N):
        cid = f"U{i + 1:05d}"
        t0 = START + D(days=int(np.searchsorted(dcum, rng.random(), side="right")),
                       hours=float(u(8, 23)))
        t0 = t0.replace(microsecond=0)
        cw = {c: (v[4] if (c != "C5" or t0 >= C5_OPEN) else 0.0) for c, v in CENTRES.items()}
        centre = pick(cw)
        cz, cen, city, city_zh, _ = CENTRES[centre]
        src = pick(SOURCES, 1)
        owner = pick(OWNER, 1)
        size = pick(SIZE, 1)
        b = BREEDS[size]
        bi = int(np.searchsorted(np.cumsum([x[3] for x in b]) / sum(x[3] for x in b), rng.random(), side="right"))
        breed_zh, breed_en, group, _ = b[bi]
        age_m = int(rng.integers(2, 9)) if rng.random() < 0.35 else int(rng.integers(9, 96))
        mode = pick(MODE, 1)
        os_ = "ios" if rng.random() < (0.58 if city == "Shanghai" else 0.45) else "android"
        lang = "en" if rng.random() < (0.16 if city == "Shanghai" else 0.05) else "zh"
        loc = dict(centre_id=centre, centre=cz, centre_en=cen, city=city, 城市=city_zh, training_mode=mode,
                   上课方式=MODE[mode][0])
        cust = dict(customer_id=cid, signup_at=t0, segment="lead", region=city_zh, acquisition_channel=src,
                    tier="", source=src, 来源渠道=SOURCES[src][0], owner_type=owner, 主人类型=OWNER[owner][0],
                    dog_size=size, 犬只体型=SIZE[size][0], breed_group=group, 犬种类别=GROUPS[group],
                    dog_breed=breed_en, 犬种=breed_zh, dog_age_months=age_m, **loc, phone_os=os_,
                    preferred_language=lang)
        spend = 0.0
        refunded = False
        state = dict(resched=0, videos=0, trainer=None, course=None, lessons=0)

        def ev(tp, t, **kw):
            if t > END:
                return None
            row = dict(event_id=nid("e", "E", 7), customer_id=cid, ts=t.replace(microsecond=0), touchpoint_id=tp,
                       session_id="", action="", device="", channel="", **loc)
            row.update(kw)
            events.append(row)
            return row

        def order(t, amount, otype, otype_zh, status="paid", **kw):
            nonlocal spend
            if t > END:
                return
            row = dict(order_id=nid("o", "O", 6), customer_id=cid, ts=t.replace(microsecond=0),
                       amount=round(float(amount), 2), status=status, order_type=otype, 订单类型=otype_zh,
                       channel="mini_program", device=os_, payment_method="", 支付方式="", **loc)
            pm = pick(PAYS, 1)
            row["payment_method"], row["支付方式"] = pm, PAYS[pm][0]
            row.update(kw)
            orders.append(row)
            if status == "paid":
                spend += amount

        def fb(topic, t, channel, tp=None, trainer=None, rating=True, undated_p=0.0, nps=None):
            if t > END:
                return
            texts = (EN if lang == "en" else ZH)[topic]
            lo, hi = RATING[topic]
            r = int(rng.integers(lo, hi + 1)) if rating else ""
            row = dict(feedback_id=nid("f", "F", 5), text=texts[int(rng.integers(len(texts)))],
                       ts="" if rng.random() < undated_p else t.replace(microsecond=0),
                       customer_id=cid, touchpoint_id=tp or TOPIC_TP[topic], channel=channel, rating=r,
                       nps="" if nps is None else nps, language=lang, sentiment_label=SENT[topic], topic_hint="",
                       trainer_id=trainer[0] if trainer else "", trainer_name=trainer[1] if trainer else "", **loc,
                       dog_size=size)
            row.pop("topic_hint")
            feedback.append(row)

        # ---- first contact
        dchan = {"xiaohongshu": "social", "douyin": "social", "dianping": "dianping", "vet_referral": "vet_clinic",
                 "friend_referral": "referral"}[src]
        ev("tp_discover", t0, action="referral" if src.endswith("referral") else "view", channel=dchan,
           source=src, 来源渠道=SOURCES[src][0])
        _, _, p_book, p_show, p_buy = SOURCES[src]
        if rng.random() > p_book:
            customers.append(cust)
            continue
        # ---- free behaviour assessment booked
        tb = t0 + D(hours=float(rng.exponential(30)) + 0.2)
        tb = tb.replace(microsecond=0)
        if src == "vet_referral" and rng.random() < 0.6:
            bchan, dev = "vet_clinic", ""
        elif src == "dianping" and rng.random() < 0.7:
            bchan, dev = "dianping", ""
        elif rng.random() < 0.85:
            bchan, dev = "mini_program", os_
        else:
            bchan, dev = "phone", ""
        if centre == WAIT_CENTRE:
            wait = 3.5 + rng.exponential(5.0)
        else:
            wait = 0.3 + rng.exponential(2.6)
        ta = daytime(tb + D(days=float(wait)))
        ta = reopen(ta)
        aid = nid("a", "A", 5)
        if tb > END:
            customers.append(cust)
            continue
        ev("tp_assess_booked", tb, session_id=aid, action="book", device=dev, channel=bchan,
           assessment_at=ta.replace(microsecond=0, second=0))
        show = p_show - (0.06 if centre == WAIT_CENTRE else 0.0)
        if rng.random() > show or ta > END:
            customers.append(cust)
            continue
        sen = trainers_at(centre, ta, "senior")
        atr = sen[int(rng.integers(len(sen)))]
        ev("tp_assess_attended", ta, session_id=aid, action="check_in", channel="home" if mode == "home_visit" else "store",
           **tcols(atr))
        if rng.random() < 0.2:
            fb("assess", ta + D(hours=float(u(2, 30))), "mini_program_survey", trainer=atr)
        if centre == WAIT_CENTRE and wait > 7 and rng.random() < 0.25:
            fb("wait", ta + D(hours=float(u(2, 48))), "dianping", undated_p=0.1)
        if rng.random() > 0.96:
            customers.append(cust)
            continue
        # ---- course recommended
        if age_m <= 8 and rng.random() < 0.85:
            course = "puppy_basics"
        else:
            r = rng.random()
            bc = BC_BY_GROUP[group] + (0.1 if size == "large" else 0.0)
            bt_p = 0.0 if mode == "home_visit" else 0.24
            if r < bt_p:
                course = "board_and_train"
            elif r < bt_p + (1 - bt_p) * bc:
                course = "behaviour_correction"
            else:
                course = "obedience"
        tr_ = ta + D(minutes=float(u(30, 90)))
        ev("tp_course_recommended", tr_, session_id=aid, action="recommend", course_type=course,
           课程类型=COURSES[course][0], channel="home" if mode == "home_visit" else "store", **tcols(atr))
        buy = p_buy * {"C1": 1.3, "C2": 0.98, "C3": 0.97, "C4": 0.95, "C5": 2.1}[centre]
        if centre == RESCHED_CENTRE and ta >= RESCHED_FROM:
            buy *= 0.9
        if course == "board_and_train":
            buy *= 1.05 if ta < BT_PRICE_UP else 0.42
        buy = min(buy, 0.97)
        if rng.random() > buy:
            if course == "board_and_train" and ta >= BT_PRICE_UP and rng.random() < 0.5:
                fb("expensive", tr_ + D(days=float(u(0.5, 6))), "wechat_service", rating=False, undated_p=0.08)
            customers.append(cust)
            continue
        # ---- deposit
        if rng.random() < 0.55:
            td = tr_ + D(minutes=float(u(5, 120)))
        else:
            td = daytime(tr_ + D(days=float(rng.exponential(6.0)) + 0.5))
        if td > END:
            customers.append(cust)
            continue
        cz_, n_less, fee, dep = COURSES[course]
        kid = nid("k", "K", 5)
        cust["segment"] = "new"
        if rng.random() < 0.05:
            order(td - D(minutes=float(u(3, 30))), dep, "deposit", "定金", status="cancelled", course_id=kid,
                  course_type=course, 课程类型=cz_)
        ev("tp_deposit_paid", td, session_id=kid, action="pay", device=os_, channel="mini_program",
           course_type=course, 课程类型=cz_, amount=dep)
        order(td, dep, "deposit", "定金", course_id=kid, course_type=course, 课程类型=cz_)
        if course == "board_and_train" and td >= BT_PRICE_UP and rng.random() < 0.4:
            chan = "dianping" if rng.random() < 0.5 else "wechat_service"
            fb("expensive", td + D(days=float(u(1, 20))), chan, rating=chan == "dianping", undated_p=0.1)
        # trainer for the course
        avail = trainers_at(centre, td)
        if centre == "C2" and NEWBIE in [x[0] for x in avail] and rng.random() < 0.3:
            avail = [x for x in avail if x[0] != NEWBIE]          # the new trainer gets few dogs
        trn = avail[int(rng.integers(len(avail)))]
        # ---- balance
        if rng.random() > 0.935:
            if rng.random() < 0.6:
                order(td + D(days=float(u(8, 25))), dep, "refund", "退款", status="refunded", course_id=kid,
                      course_type=course, 课程类型=cz_, refund_reason="balance_not_paid",
                      退款原因=REFUND_REASON["balance_not_paid"])
                refunded = True
            cust["segment"] = "at_risk"
            customers.append(cust)
            continue
        slow = os_ == "android" and ANDROID_BUG[0] <= td <= ANDROID_BUG[1]
        delay = float(rng.lognormal(np.log(10.0 if slow else 2.2), 0.55))
        tbal = daytime(td + D(days=delay))
        if tbal > END:
            customers.append(cust)
            continue
        ev("tp_balance_paid", tbal, session_id=kid, action="pay", device=os_, channel="mini_program",
           course_type=course, 课程类型=cz_, amount=fee - dep)
        order(tbal, fee - dep, "balance", "尾款", course_id=kid, course_type=course, 课程类型=cz_)
        # ---- board-and-train: boarding first, then 3 handover lessons
        t = tbal + D(days=float(u(2, 8)))
        if course == "board_and_train":
            nights = int(rng.choice([14, 21, 28], p=[0.45, 0.35, 0.20]))
            rate = 180 if td < BT_PRICE_UP else 260
            tstart = daytime(t)
            order(tstart, nights * rate, "board_nights", "寄养住宿", course_id=kid, course_type=course, 课程类型=cz_,
                  nights=nights, boarding_type="board_and_train")
            for dday in range(5, nights, 7):
                if rng.random() < 0.9:
                    state["videos"] += 1
                    ev("tp_progress_video", daytime(tstart + D(days=dday, hours=float(u(0, 8)))), session_id=kid,
                       action="send", channel="wechat", course_type=course, 课程类型=cz_, **tcols(trn))
            t = tstart + D(days=nights)
        quit_at = None
        q_p = 0.05 + (0.06 if centre == RESCHED_CENTRE and t >= RESCHED_FROM else 0.0)
        if rng.random() < q_p:
            quit_at = int(rng.integers(2, n_less))
        last = None
        resched_p = 0.33 if (centre == RESCHED_CENTRE and t >= RESCHED_FROM) else 0.035
        miss_p = 0.06 + (0.02 if owner == "first_time" else 0) + (0.05 if centre == RESCHED_CENTRE and t >= RESCHED_FROM else 0)
        for ln in range(1, n_less + 1):
            t = daytime(t + D(days=float(u(5, 9)) if ln > 1 else 0))
            res = rng.random() < resched_p
            if res:
                t = daytime(t + D(days=float(u(2, 6))))
            t = reopen(t)
            if t > END:
                break
            att = "missed" if rng.random() < miss_p else "attended"
            state["resched"] += int(res)
            ev("tp_lesson", t, session_id=f"{kid}-{ln:02d}", action="attend" if att == "attended" else "no_show",
               channel="home" if mode == "home_visit" else "store", course_type=course, 课程类型=cz_, lesson_no=ln,
               attendance=att, 出勤情况="出勤" if att == "attended" else "缺课", rescheduled=str(res).lower(), **tcols(trn))
            last = t
            if course != "board_and_train" and ln in (3, 6) and ln < n_less + 1:
                pv = 0.2 if mode == "home_visit" else 0.86
                if rng.random() < pv:
                    state["videos"] += 1
                    ev("tp_progress_video", daytime(t + D(days=float(u(0.3, 2.5)))), session_id=kid, action="send",
                       channel="wechat", course_type=course, 课程类型=cz_, **tcols(trn))
            if quit_at is not None and ln == quit_at:
                break
        if last is None:
            customers.append(cust)
            continue
        # in-course feedback
        if rng.random() < 0.55:
            tf = last + D(days=float(u(0.2, 3)))
            chan = "mini_program_survey" if rng.random() < 0.75 else "dianping"
            undated = 0.1 if chan == "dianping" else 0.0
            if state["resched"] >= 2 and rng.random() < 0.75:
                fb("resched", tf, chan, trainer=trn, undated_p=undated)
            elif mode == "home_visit" and state["videos"] < 2 and rng.random() < 0.6:
                fb("video", tf, chan, trainer=trn, undated_p=undated)
            elif trn[0] == STAR and rng.random() < 0.65:
                fb("patient", tf, chan, trainer=trn, undated_p=undated)
            elif rng.random() < 0.12:
                fb("patient", tf, chan, trainer=trn, undated_p=undated)
            else:
                fb("good" if rng.random() < 0.6 else "neutral", tf, chan, trainer=trn, undated_p=undated)
        if state["resched"] >= 2 and rng.random() < 0.18:
            fb("resched", last + D(days=float(u(0.1, 2))), "wechat_service", trainer=trn, rating=False, undated_p=0.08)
        if mode == "home_visit" and state["videos"] == 0 and rng.random() < 0.15:
            fb("video", last + D(days=float(u(0.1, 2))), "wechat_service", trainer=trn, rating=False, undated_p=0.08)
        if quit_at is not None:
            if rng.random() < 0.7:
                per = fee / n_less
                why = ("unhappy_with_schedule" if state["resched"] >= 2 else
                       "moved_away" if rng.random() < 0.5 else "dog_health")
                order(last + D(days=float(u(3, 12))), round(per * (n_less - quit_at), 0), "refund", "退款",
                      status="refunded", course_id=kid, course_type=course, 课程类型=cz_, refund_reason=why,
                      退款原因=REFUND_REASON[why])
                refunded = True
            cust["segment"] = "at_risk"
            customers.append(cust)
            continue
        # ---- graduation test
        if rng.random() > 0.92:
            customers.append(cust)
            continue
        tt = daytime(last + D(days=float(u(2, 8))))
        tt = reopen(tt)
        if tt > END:
            customers.append(cust)
            continue
        pp = 0.88 - {"small": 0.0, "medium": 0.08, "large": 0.27}[size]
        pp -= 0.07 if course == "behaviour_correction" else 0.0
        pp -= 0.08 if trn[4] == "junior" else 0.0
        if trn[0] == STAR:
            pp = 0.965
        if trn[0] == NEWBIE:
            pp = 1.0
        passed = rng.random() < pp
        ev("tp_graduation_test", tt, session_id=kid, action="result", course_type=course, 课程类型=cz_,
           test_result="pass" if passed else "fail", 考核结果="通过" if passed else "未通过", **tcols(trn))
        if passed and rng.random() < 0.42:
            fb("calmer", tt + D(days=float(u(0.5, 10))), "mini_program_survey" if rng.random() < 0.8 else "dianping",
               trainer=trn, undated_p=0.05)
        if not passed and rng.random() < 0.5:
            fb("failed", tt + D(days=float(u(0.5, 6))), "mini_program_survey", trainer=trn)
        # ---- refresher and referral
        if rng.random() < (0.18 if passed else 0.55):
            trf = daytime(tt + D(days=float(rng.exponential(55 if passed else 20)) + 1))
            if trf <= END:
                ev("tp_refresher_booked", trf, session_id=kid, action="book", device=os_, channel="mini_program",
                   course_type=course, 课程类型=cz_)
                order(trf, 300, "refresher", "复训课", course_id=kid, course_type=course, 课程类型=cz_)
                cust["segment"] = "returning"
        if rng.random() < (0.34 if passed else 0.05):
            trr = daytime(tt + D(days=float(rng.exponential(40)) + 1))
            ev("tp_friend_referral", trr, action="refer", channel="wechat")
        # NPS survey for course customers (once, after the test)
        if rng.random() < 0.35:
            tn = tt + D(days=float(u(10, 40)))
            nps = int(np.clip(round(rng.normal(8.6 if passed else 5.5, 1.3)), 0, 10))
            if centre == RESCHED_CENTRE and tt >= RESCHED_FROM:
                nps = max(0, nps - 2)
            if tn <= END:
                txt = ({"zh": "会推荐给身边养狗的朋友", "en": "Would recommend to other dog owners"} if nps >= 9 else
                       {"zh": "整体还可以", "en": "Fine overall"} if nps >= 7 else
                       {"zh": "一般般吧", "en": "Not great"})[lang]
                feedback.append(dict(feedback_id=nid("f", "F", 5), text=txt, ts=tn.replace(microsecond=0),
                                     customer_id=cid, touchpoint_id="tp_graduation_test", channel="nps_survey",
                                     rating="", nps=nps, language=lang,
                                     sentiment_label="pos" if nps >= 9 else "neu" if nps >= 7 else "neg",
                                     trainer_id=trn[0], trainer_name=trn[1], **loc, dog_size=size))
        customers.append(cust)
        cust["_spend_course"] = True

    # ---- side sales: treats & gear, holiday boarding (for customers who bought a course)
    buyers = [c for c in customers if c.get("_spend_course")]
    for c in customers:
        c.pop("_spend_course", None)
    by_id = {c["customer_id"]: c for c in customers}
    first_dep = {}
    for e in events:
        if e["touchpoint_id"] == "tp_deposit_paid":
            first_dep.setdefault(e["customer_id"], e["ts"])
    for c in buyers:
        cid = c["customer_id"]
        loc = {k: c[k] for k in ("centre_id", "centre", "centre_en", "city", "城市", "training_mode", "上课方式")}
        t_from = first_dep[cid]
        for _ in range(int(rng.poisson(1.1))):
            t = daytime(t_from + D(days=float(u(0, 240))))
            if t > END:
                continue
            item = pick(GEAR, 2)
            qty = int(rng.integers(1, 4)) if item == "treats" else 1
            pm = pick(PAYS, 1)
            orders.append(dict(order_id=nid("o", "O", 6), customer_id=cid, ts=t, amount=float(GEAR[item][1] * qty),
                               status="paid", order_type="treats_gear", 订单类型="零食装备",
                               channel="store" if rng.random() < 0.4 else "mini_program",
                               device="" if rng.random() < 0.4 else c["phone_os"], payment_method=pm,
                               支付方式=PAYS[pm][0], **loc, item=item, 商品=GEAR[item][0], quantity=qty))
        for hs, he in [(datetime(2025, 1, 18), datetime(2025, 2, 8)), (datetime(2025, 7, 5), datetime(2025, 8, 25)),
                       (datetime(2026, 2, 5), datetime(2026, 2, 26))]:
            if t_from < hs - D(days=20) and c["training_mode"] == "in_centre" and rng.random() < 0.16:
                t = daytime(hs + D(days=float(u(0, (he - hs).days))))
                nights = int(rng.integers(3, 11))
                rate = 180 if t < BT_PRICE_UP else 260
                pm = pick(PAYS, 1)
                orders.append(dict(order_id=nid("o", "O", 6), customer_id=cid, ts=t, amount=float(nights * rate),
                                   status="paid", order_type="board_nights", 订单类型="寄养住宿", channel="mini_program",
                                   device=c["phone_os"], payment_method=pm, 支付方式=PAYS[pm][0], **loc, nights=nights,
                                   boarding_type="holiday"))
    # segments / tier by spend
    paid = {}
    refunded_ids = set()
    for o in orders:
        if o["status"] == "paid":
            paid[o["customer_id"]] = paid.get(o["customer_id"], 0) + o["amount"]
        if o["status"] == "refunded":
            refunded_ids.add(o["customer_id"])
    for c in customers:
        s = paid.get(c["customer_id"], 0)
        if s > 0:
            c["tier"] = "gold" if s >= 8000 else "silver" if s >= 4000 else "standard"
            if s >= 9000 and c["segment"] in ("new", "returning"):
                c["segment"] = "vip"
        if c["customer_id"] in refunded_ids:
            c["segment"] = "at_risk"
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    # exact duplicates of a few event rows (mini-program retries), loaded once
    for j in rng.choice(len(events), 18, replace=False):
        events.append(dict(events[int(j)]))
    feedback.sort(key=lambda f: f["feedback_id"])

    write(out / "touchpoints.csv", [dict(touchpoint_id=a, name=b, name_zh=b, name_en=c, stage=s, channel=ch, kind=k,
                                         owner=o, aliases=al) for a, b, c, s, ch, k, o, al in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k + 1,
                                      touchpoint_id=tp, window_days=w)
                                 for j, zh, en, w, steps in JOURNEYS for k, tp in enumerate(steps)])
    write(out / "customers.csv", customers)
    write(out / "events.csv", events)
    write(out / "orders.csv", orders)
    write(out / "feedback.csv", feedback)


def write(path: Path, rows: list[dict]) -> None:
    cols: list[str] = []
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            vals = []
            for k in cols:
                v = r.get(k, "")
                if isinstance(v, datetime):
                    v = v.strftime("%Y-%m-%d %H:%M:%S")
                vals.append(v)
            w.writerow(vals)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
