"""浪花 WaveKids: a children's swimming school chain with 12 pools in 深圳, 广州 and 成都. A parent sees an ad
(抖音 / 朋友圈) or hears from a friend, leaves an enquiry, books a free trial lesson, brings the child to it, the
child gets a level assessment, the parent buys a lesson package (10 / 20 / 40 lessons, small group or private),
the child attends weekly lessons (attended / absent / leave; a leave can be made up), takes a level test at the
end of the package and the parent renews (or asks for a refund of unused lessons). Holiday camps and swim gear are
sold on the side. Data covers 2024-07-01 .. 2026-06-30 (today is 2026-12-01).

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

SEED = 20260707
START = datetime(2024, 7, 1)
END = datetime(2026, 6, 30, 21, 0, 0)
N = 4600
D = timedelta

POOLS = {  # id: zh, en, city, city_zh, weight
    "P01": ("深圳南山店", "Shenzhen Nanshan", "Shenzhen", "深圳", 1.2),
    "P02": ("深圳福田店", "Shenzhen Futian", "Shenzhen", "深圳", 1.1),
    "P03": ("深圳宝安店", "Shenzhen Baoan", "Shenzhen", "深圳", 1.0),
    "P04": ("深圳龙华店", "Shenzhen Longhua", "Shenzhen", "深圳", 0.9),
    "P05": ("广州天河店", "Guangzhou Tianhe", "Guangzhou", "广州", 1.2),
    "P06": ("广州海珠店", "Guangzhou Haizhu", "Guangzhou", "广州", 1.0),
    "P07": ("广州番禺店", "Guangzhou Panyu", "Guangzhou", "广州", 0.9),
    "P08": ("广州白云店", "Guangzhou Baiyun", "Guangzhou", "广州", 0.8),
    "P09": ("成都高新店", "Chengdu Hi-Tech Zone", "Chengdu", "成都", 1.1),
    "P10": ("成都锦江店", "Chengdu Jinjiang", "Chengdu", "成都", 1.0),
    "P11": ("成都武侯店", "Chengdu Wuhou", "Chengdu", "成都", 0.9),
    "P12": ("成都天府新区店", "Chengdu Tianfu New Area", "Chengdu", "成都", 0.9),
}
P12_OPEN = datetime(2026, 4, 1)           # newest pool: few trials, very high conversion (small-group trap)
COLD_POOL = "P10"                         # water heater broken: water too cold Dec 2025 .. Feb 2026
COLD = (datetime(2025, 12, 1), datetime(2026, 2, 28, 23, 59))
DIRTY_POOL = "P03"                        # changing rooms dirty all the time
MAKEUP_CITY = "Shenzhen"                  # new make-up policy (weekday slots only) from 2025-09-01
MAKEUP_POLICY = datetime(2025, 9, 1)
ASSESS_CITY = "Guangzhou"                 # assessment only by the head coach at weekends: long wait
BEST_POOL = "P09"                         # best trial conversion among pools with a real number of trials
PROMO_40 = datetime(2026, 1, 1)           # 40-lesson package discounted: its share jumps in 2026
CNY_CLOSED = [(datetime(2025, 1, 27), datetime(2025, 2, 5)), (datetime(2026, 2, 15), datetime(2026, 2, 24))]

SOURCES = {"douyin": ("抖音", 0.34), "wechat_ad": ("朋友圈广告", 0.14), "dianping": ("大众点评", 0.22),
           "referral": ("老带新", 0.18), "community": ("社区地推", 0.12)}
BOOK_P = {"douyin": 0.78, "wechat_ad": 0.70, "dianping": 0.72, "referral": 0.86, "community": 0.62}
SHOW_P = {"douyin": 0.50, "wechat_ad": 0.80, "dianping": 0.84, "referral": 0.92, "community": 0.80}
BUY_P = {"douyin": 0.48, "wechat_ad": 0.55, "dianping": 0.57, "referral": 0.76, "community": 0.55}
AGES = {"3-5": ("3-5岁", 0.34), "6-8": ("6-8岁", 0.43), "9-12": ("9-12岁", 0.23)}
LEVELS = {"beginner": "初级", "intermediate": "中级", "advanced": "高级"}
LEVEL_BY_AGE = {"3-5": (0.9, 0.1, 0.0), "6-8": (0.62, 0.32, 0.06), "9-12": (0.38, 0.42, 0.20)}
CLASS = {"group": ("小班课", 0.78), "private": ("私教课", 0.22)}
COACH_LEVEL = {"head": "主教练", "senior": "高级教练", "junior": "初级教练"}
PAYS = {"wechat_pay": ("微信支付", 0.56), "alipay": ("支付宝", 0.24), "bank_card": ("银行卡", 0.11),
        "meituan": ("美团核销", 0.09)}
PRICE = {("group", 10): 1980, ("group", 20): 3680, ("group", 40): 6880,
         ("private", 10): 3800, ("private", 20): 7200, ("private", 40): 13600}
PROMO_PRICE = {("group", 40): 6180, ("private", 40): 12200}
GEAR = {"goggles": ("泳镜", 89, 0.42), "swimsuit": ("泳衣", 169, 0.24), "swim_cap": ("泳帽", 39, 0.20),
        "kickboard": ("浮板", 59, 0.14)}
ATTEND = {"attended": "出勤", "absent": "缺勤", "leave": "请假"}
RESULT = {"pass": "通过", "fail": "未通过"}
REFUND_REASON = {"moving": "搬家", "child_lost_interest": "孩子不想学了", "water_too_cold": "水太冷",
                 "schedule": "时间排不开"}
NAMES = ["王海涛", "李静", "张伟", "刘洋", "陈晨", "周敏", "赵磊", "黄丽", "杨帆", "吴昊", "徐婷", "孙浩",
         "胡杰", "朱琳", "高鹏", "林峰", "何欣", "郭强", "马超", "罗娟", "梁宇", "宋佳", "郑凯", "谢芳",
         "韩冰", "唐军", "冯雪", "于洋", "董斌", "萧然", "程亮", "曹颖", "袁野", "邓超", "许诺", "傅红",
         "沈阳", "曾毅", "彭博", "吕薇", "苏航", "卢越", "蒋涛", "蔡琴", "贾明", "丁宁", "魏来", "薛松",
         "叶青", "阎鑫"]
STAR_COACH = "K06"                        # 周敏 at 深圳福田店: patient, kids pass her tests far more often
NEW_COACH = "K49"                         # 叶青 joins 广州天河店 2025-11-15: a handful of tests, all passed

TOUCHPOINTS = [
    ("tp_enquiry", "咨询留资", "Enquiry", "awareness", "ads", "digital", "marketing",
     "留资|咨询|线索|留电话|加微信|看到广告|enquiry|inquiry|lead|sign-up form"),
    ("tp_trial_booked", "预约体验课", "Free trial booked", "consideration", "mini_program", "digital", "sales",
     "约体验课|预约体验|约试课|免费体验课预约|book a trial|trial booking|free trial booked"),
    ("tp_trial_attended", "体验课到场", "Free trial attended", "consideration", "store", "physical", "sales",
     "体验课|试课|试游|上体验课|trial lesson|trial class|free trial"),
    ("tp_assessment", "水平测评", "Level assessment", "consideration", "store", "physical", "coaching",
     "测评|水平测试|入学测评|分级|assessment|level check|swim assessment"),
    ("tp_package_bought", "购买课包", "Package bought", "purchase", "store", "physical", "sales",
     "买课|报名|签约|购课|买课包|交学费|enrol|sign up|buy a package|package purchase"),
    ("tp_lesson", "上课", "Swim lesson", "service", "store", "physical", "coaching",
     "上课|课程|游泳课|签到|出勤|lesson|class|swim class|attendance"),
    ("tp_makeup_request", "申请补课", "Make-up lesson requested", "service", "mini_program", "digital", "coaching",
     "申请补课|补课申请|请假补课|make-up request|request a make-up|makeup request"),
    ("tp_makeup_booked", "补课预约成功", "Make-up lesson booked", "service", "mini_program", "digital", "coaching",
     "约上补课|补课预约|补课成功|make-up booked|makeup booked|book a make-up"),
    ("tp_level_test", "等级考核", "Level test", "service", "store", "physical", "coaching",
     "考核|升级考试|等级测试|考级|level test|grading|level-up test"),
    ("tp_renewal", "续费", "Package renewed", "loyalty", "mini_program", "digital", "sales",
     "续费|续课|续报|再买课包|renew|renewal|top up"),
]
JOURNEYS = [
    ("trial", "体验课转化", "Trial to package", 30,
     ["tp_enquiry", "tp_trial_booked", "tp_trial_attended", "tp_assessment", "tp_package_bought"]),
    ("makeup", "补课预约", "Make-up booking", 14, ["tp_makeup_request", "tp_makeup_booked"]),
    ("progress", "学习进阶", "Learning progress", 365, ["tp_package_bought", "tp_level_test", "tp_renewal"]),
    ("renewal", "续费", "Renewal", 365, ["tp_package_bought", "tp_renewal"]),
]

ZH = {
    "cold": ["水太凉了，孩子一下水就发抖", "这几次去水温明显很低，孩子冻得嘴唇发紫", "水好冰啊，上完课孩子就感冒了",
             "冬天水温太低，孩子都不愿意下水了", "水太凉，说是锅炉坏了，到现在也没修好", "池水太凉了，小朋友受不了",
             "水温低得离谱，请假了好几次"],
    "dirty": ["更衣室太脏了，地上全是头发", "更衣室又湿又脏，还有异味", "淋浴间很脏，出水也不稳定",
              "更衣室的柜子坏了好几个，卫生也差", "更衣室卫生堪忧，希望多打扫", "淋浴间地面滑还脏，小孩容易摔"],
    "patient": ["教练特别耐心，孩子从怕水到能自己游了", "周教练很耐心，一个动作教很多遍", "教练很有耐心，孩子每周都盼着来",
                "感谢教练的耐心，孩子现在敢把头埋进水里了", "教练耐心又专业，推荐", "教练对小朋友非常耐心，鼓励为主"],
    "makeup": ["请假后补课根本约不上，小程序上全是满的", "补课太难约了，只给工作日白天的时间", "补课约不上，课时白白浪费",
               "补课名额太少了，抢不到", "想补课一直约不到，客服说只能等", "补课时间只有工作日，上班族根本约不上"],
    "slow": ["学了一整期了还是不会换气，进步太慢", "孩子进步慢，考核又没过", "上了二十节课还是不会漂浮，没什么进步",
             "感觉进步太慢了，是不是班上人太多", "进步很慢，有点怀疑教学方法", "孩子学了很久还是不会游"],
    "trial_good": ["体验课孩子玩得很开心，环境也不错", "体验课安排得很好，孩子不怕水了", "体验课很专业，测评也讲得很清楚"],
    "pass": ["考核通过了，孩子特别有成就感", "顺利升到中级班，谢谢教练", "考核过了，准备续费"],
    "refund": ["退剩下的课时退了好久才到账", "申请退课，扣的手续费太多了", "退费流程太复杂"],
    "neutral": ["停车不太方便", "家长等候区有点小", "还行吧，再上几节看看", "前台小姐姐态度还可以", "价格中规中矩"],
}
EN = {
    "cold": ["The water is far too cold, my son was shivering", "Water was freezing again this week",
             "Pool water too cold in winter, kids don't want to get in"],
    "dirty": ["The changing room is dirty, hair everywhere", "Changing rooms are filthy and the showers barely work",
              "Dirty changing room, please clean it more often"],
    "patient": ["Our coach is so patient with my daughter", "Very patient coach, my son is no longer afraid of water",
                "Patient and encouraging coach, highly recommend"],
    "makeup": ["Impossible to book a make-up lesson, everything is full", "Make-up lessons only on weekdays, we can "
               "never book one", "Missed a class and still cannot book the make-up"],
    "slow": ["Progress is slow, after 20 lessons she still can't float", "Slow progress, he failed the level test again",
             "Not much progress this term"],
    "trial_good": ["Nice trial lesson, the kids had fun", "The trial class was well organised"],
    "pass": ["Passed the level test, very proud", "Moved up to the next level, thanks coach"],
    "refund": ["Refund of the unused lessons took weeks", "The refund process is slow"],
    "neutral": ["Parking is a bit difficult", "Waiting area for parents is small", "It's ok so far"],
}
SENT = {"cold": "neg", "dirty": "neg", "patient": "pos", "makeup": "neg", "slow": "neg", "trial_good": "pos",
        "pass": "pos", "refund": "neg", "neutral": "neu"}
RATING = {"cold": (1, 2), "dirty": (2, 3), "patient": (5, 5), "makeup": (1, 2), "slow": (2, 3), "trial_good": (4, 5),
          "pass": (4, 5), "refund": (1, 2), "neutral": (3, 4)}


def day_weights():
    days = (END.date() - START.date()).days + 1
    w = np.ones(days)
    for i in range(days):
        d = START + D(days=i)
        w[i] *= {1: 0.8, 2: 0.55, 3: 0.9, 4: 1.0, 5: 1.1, 6: 1.25, 7: 1.8, 8: 1.6, 9: 0.9, 10: 0.8, 11: 0.7,
                 12: 0.7}[d.month]                     # summer peak, Spring Festival dip
        w[i] *= [0.9, 0.9, 0.9, 0.95, 1.0, 1.3, 1.25][d.weekday()]
        w[i] *= 1 + 0.3 * (d - START).days / 365     # the chain grows
        if any(a <= d <= b for a, b in CNY_CLOSED):
            w[i] *= 0.4
    return w


def closed(t: datetime) -> bool:
    return any(a <= t <= b + D(hours=23) for a, b in CNY_CLOSED)


def cold(pool: str, t: datetime) -> bool:
    return pool == COLD_POOL and COLD[0] <= t <= COLD[1]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    W = day_weights()
    CW = np.cumsum(W) / W.sum()
    events, orders, feedback, customers = [], [], [], []
    cnt = {"e": 0, "o": 0, "f": 0, "l": 0, "t": 0, "p": 0}

    def pick(d: dict, idx=None):
        keys = list(d)
        w = np.array([d[k] if idx is None else d[k][idx] for k in keys], dtype=float)
        return keys[int(np.searchsorted(np.cumsum(w) / w.sum(), rng.random(), side="right"))]

    def nid(kind, prefix, width):
        cnt[kind] += 1
        return f"{prefix}{cnt[kind]:0{width}d}"

    def u(a, b):
        return a + (b - a) * rng.random()

    # ---- coaches: 4 per pool (head, senior, two juniors); plus a new junior at 广州天河店 from 2025-11-15
    coaches = {}
    k = 0
    for p in POOLS:
        for lvl in ("head", "senior", "junior", "junior"):
            k += 1
            cid = f"K{k:02d}"
            coaches[cid] = dict(id=cid, name=NAMES[k - 1], pool=p, level=lvl,
                                start=P12_OPEN if p == "P12" else START - D(days=300), end=None)
    coaches["K19"]["end"] = datetime(2025, 11, 14)          # a 广州天河店 junior leaves ...
    coaches[NEW_COACH] = dict(id=NEW_COACH, name=NAMES[48], pool="P05", level="junior",
                              start=datetime(2025, 11, 15), end=None)   # ... and is replaced
    assert coaches[STAR_COACH]["pool"] == "P02" and coaches[STAR_COACH]["level"] == "senior"

    def coach_for(pool, t, lvl=None):
        cs = [c for c in coaches.values() if c["pool"] == pool and c["start"] <= t
              and (c["end"] is None or t <= c["end"]) and (lvl is None or c["level"] == lvl)]
        w = np.array([0.6 if c["level"] == "head" else (1.8 if c["id"] == STAR_COACH else 1.0) for c in cs])
        return cs[int(np.searchsorted(np.cumsum(w) / w.sum(), rng.random(), side="right"))]

    def base(cust, t, tp, **kw):
        p = POOLS[cust["pool_id"]]
        r = dict(event_id=nid("e", "E", 7), customer_id=cust["customer_id"], ts=t.strftime("%Y-%m-%d %H:%M:%S"),
                 touchpoint_id=tp, session_id=None, action=None, device=None, channel=None,
                 pool_id=cust["pool_id"], pool=p[0], pool_en=p[1], city=p[2], 城市=p[3])
        for key in ("coach", "package"):
            obj = kw.pop(key, None)
            if obj is None:
                continue
            if key == "coach":
                r.update(coach_id=obj["id"], coach_name=obj["name"], coach_level=obj["level"],
                         教练级别=COACH_LEVEL[obj["level"]])
            else:
                r.update(package_id=obj["id"], package_size=obj["size"], class_type=obj["cls"],
                         班型=CLASS[obj["cls"]][0])
        r.update(kw)
        events.append(r)
        return r

    def order(cust, t, amount, otype, otype_zh, status="paid", **kw):
        p = POOLS[cust["pool_id"]]
        pay = pick(PAYS, 1)
        r = dict(order_id=nid("o", "O", 6), customer_id=cust["customer_id"], ts=t.strftime("%Y-%m-%d %H:%M:%S"),
                 amount=f"{amount:.2f}", status=status, channel=kw.pop("channel", "store"),
                 device=kw.pop("device", None), order_type=otype, 订单类型=otype_zh,
                 payment_method=pay, 支付方式=PAYS[pay][0], pool_id=cust["pool_id"], pool=p[0], pool_en=p[1],
                 city=p[2])
        r.update(kw)
        orders.append(r)
        return r

    def camp(cust, t):
        """A holiday camp bought around t: summer camp (bought June - mid July) or winter camp (mid Dec - mid Jan)."""
        if t.month in (4, 5, 6, 7, 8):
            ts = datetime(t.year, 6, 1) + D(days=float(u(0, 48)), hours=float(u(9, 21)))
            name, zh, amt = f"summer_camp_{t.year}", f"{t.year}暑期游泳训练营", 2680
        elif t.month in (11, 12, 1, 2):
            y = t.year if t.month >= 11 else t.year - 1
            ts = datetime(y, 12, 12) + D(days=float(u(0, 34)), hours=float(u(9, 21)))
            name, zh, amt = f"winter_camp_{y + 1}", f"{y + 1}寒假游泳训练营", 1880
        else:
            return 0
        if ts < START or ts > END:
            return 0
        if rng.random() < 0.06:
            order(cust, ts - D(minutes=float(u(3, 60))), amt, "camp", "假期训练营", status="cancelled",
                  channel="mini_program", device=cust["phone_os"], item=name, 商品=zh)
        order(cust, ts, amt, "camp", "假期训练营", channel="mini_program", device=cust["phone_os"], item=name, 商品=zh)
        return amt

    def fb(cust, t, topic, tp, channel, dated=True, rating=True, nps=None, lang=None, coach=None):
        if lang is None:
            lang = "en" if rng.random() < (0.2 if POOLS[cust["pool_id"]][2] == "Shenzhen" else 0.06) else "zh"
        texts = (EN if lang == "en" else ZH)[topic]
        text = texts[int(rng.integers(len(texts)))]
        if topic == "patient" and lang == "zh" and "周教练" in text and (coach is None or coach["id"] != STAR_COACH):
            text = "教练很有耐心，孩子每周都盼着来"
        lo, hi = RATING[topic]
        p = POOLS[cust["pool_id"]]
        feedback.append(dict(feedback_id=nid("f", "F", 5), text=text,
                             ts=t.strftime("%Y-%m-%d %H:%M:%S") if dated else None,
                             customer_id=cust["customer_id"], touchpoint_id=tp, channel=channel,
                             rating=int(lo + rng.integers(hi - lo + 1)) if rating else None, nps=nps,
                             language=lang, sentiment_label=SENT[topic], pool_id=cust["pool_id"], pool=p[0],
                             pool_en=p[1], city=p[2], coach_id=coach["id"] if coach else None,
                             child_age_band=cust["child_age_band"]))

    def lesson_slot(t: datetime, weekend: bool) -> datetime:
        # next weekly slot on or after t: weekend morning/afternoon or weekday evening
        while True:
            if weekend and t.weekday() >= 5 or not weekend and t.weekday() < 5:
                break
            t += D(days=1)
        hour = int(rng.choice([9, 10, 11, 14, 15, 16])) if weekend else int(rng.choice([17, 18, 19]))
        return t.replace(hour=hour, minute=int(rng.choice([0, 30])), second=0)

    def skip_closed(t):
        while closed(t):
            t += D(days=7)
        return t

    def topic_at_pool(pool, t):
        """What a lesson-time comment at this pool and date is about."""
        w = {"patient": 0.30, "trial_good": 0.0, "dirty": 0.07, "cold": 0.03 if t.month in (12, 1, 2) else 0.0,
             "slow": 0.08, "neutral": 0.16, "pass": 0.0, "makeup": 0.04, "refund": 0.0}
        if pool == DIRTY_POOL:
            w["dirty"] = 0.8
        if cold(pool, t):
            w["cold"] = 1.1
        if POOLS[pool][2] == MAKEUP_CITY and t >= MAKEUP_POLICY:
            w["makeup"] = 0.25
        return pick(w)

    # ---- customers (one child each; the parent is the customer)
    days = np.searchsorted(CW, rng.random(N), side="right")
    for i in range(N):
        t0 = START + D(days=int(days[i]), hours=float(u(8, 22)))
        if t0 > END - D(hours=2):
            t0 = END - D(days=1)
        src = pick(SOURCES, 1)
        pw = {p: v[4] for p, v in POOLS.items() if p != "P12" or t0 >= P12_OPEN - D(days=20)}
        pool = pick(pw)
        age = pick(AGES, 1)
        cust = dict(customer_id=f"C{i + 1:05d}", signup_at=t0.strftime("%Y-%m-%d %H:%M:%S"), segment=None,
                    region=POOLS[pool][3], acquisition_channel=src, tier=None, source=src, 来源渠道=SOURCES[src][0],
                    child_age_band=age, 孩子年龄段=AGES[age][0], child_level=None, 孩子水平=None,
                    city=POOLS[pool][2], 城市=POOLS[pool][3], pool_id=pool, pool=POOLS[pool][0],
                    pool_en=POOLS[pool][1], child_gender="boy" if rng.random() < 0.52 else "girl",
                    parent_role=pick({"mother": 0.62, "father": 0.28, "grandparent": 0.10}),
                    phone_os="ios" if rng.random() < 0.52 else "android",
                    preferred_slot="weekend" if rng.random() < 0.68 else "weekday_evening")
        customers.append(cust)
        spent, packages, refunded = 0.0, 0, False
        base(cust, t0, "tp_enquiry", action="submit", channel=src, source=src, 来源渠道=SOURCES[src][0])
        # summer / winter camp for some enquiries that never go further
        if rng.random() > BOOK_P[src]:
            cust["segment"] = "lead"
            continue
        tb = t0 + D(hours=float(rng.exponential(30)) + 0.2)
        if tb > END:
            cust["segment"] = "lead"
            continue
        trial_id = nid("t", "TR", 5)
        bch = pick({"mini_program": 0.6, "phone": 0.25, "store": 0.15})
        dev = cust["phone_os"] if bch == "mini_program" else None
        trial_at = lesson_slot(tb + D(days=float(u(1, 8))), cust["preferred_slot"] == "weekend")
        if cust["pool_id"] == "P12" and trial_at < P12_OPEN:
            trial_at = lesson_slot(P12_OPEN + D(days=float(u(0, 5))), True)
        base(cust, tb, "tp_trial_booked", session_id=trial_id, action="book", channel=bch, device=dev,
             trial_at=trial_at.strftime("%Y-%m-%d %H:%M:%S"))
        if rng.random() > SHOW_P[src] or trial_at > END or closed(trial_at):
            cust["segment"] = "lead"
            continue
        tcoach = coach_for(pool, trial_at)
        base(cust, trial_at, "tp_trial_attended", session_id=trial_id, action="check_in", channel="store",
             coach=tcoach)
        if rng.random() < 0.25:
            topic = pick({"trial_good": 0.55, "patient": 0.2, "dirty": 0.5 if pool == DIRTY_POOL else 0.05,
                          "cold": 0.6 if cold(pool, trial_at) else 0.0, "neutral": 0.15})
            fb(cust, trial_at + D(hours=float(u(2, 30))), topic, "tp_trial_attended", "wechat_survey", coach=tcoach)
        if rng.random() > 0.93:
            cust["segment"] = "lead"
            continue
        # level assessment: same day after the trial, except 广州 (head coach, weekends only)
        if POOLS[pool][2] == ASSESS_CITY and rng.random() < 0.65:
            ta = lesson_slot(trial_at + D(days=float(u(1, 9))), True)
            acoach = coach_for(pool, ta, "head")
        elif POOLS[pool][2] == ASSESS_CITY:     # the head coach happened to be on site
            ta = trial_at + D(minutes=float(u(45, 80)))
            acoach = coach_for(pool, ta, "head")
        else:
            ta = trial_at + D(minutes=float(u(45, 80))) if rng.random() < 0.85 else \
                trial_at + D(days=float(u(1, 3.5)))
            acoach = tcoach
        if ta > END:
            cust["segment"] = "lead"
            continue
        lvl = ["beginner", "intermediate", "advanced"][int(np.searchsorted(np.cumsum(LEVEL_BY_AGE[age]),
                                                                            rng.random(), side="right"))]
        cust["child_level"], cust["孩子水平"] = lvl, LEVELS[lvl]
        base(cust, ta, "tp_assessment", session_id=trial_id, action="assess", channel="store", coach=acoach,
             assessed_level=lvl, 测评水平=LEVELS[lvl])
        pbuy = BUY_P[src] * {BEST_POOL: 1.5, "P12": 1.75}.get(pool, 1.0)
        if POOLS[pool][2] == ASSESS_CITY:
            pbuy *= 0.82
        if cold(pool, ta):
            pbuy *= 0.6
        if rng.random() > min(pbuy, 0.95):
            cust["segment"] = "lead"
            if rng.random() < 0.04:      # a few non-students buy a holiday camp
                m = ta.month
                if m in (6, 7) or m == 1:
                    camp(cust, ta)
            continue
        tp_ = ta + D(minutes=float(u(10, 50))) if rng.random() < 0.5 else ta + D(days=float(rng.exponential(2.5)) + 0.3)
        if tp_ > END:
            cust["segment"] = "lead"
            continue

        # ---- packages: first purchase then renewals
        cur_t, first, coach = tp_, True, None
        while True:
            cls = pick(CLASS, 1)
            sizes = {10: 0.35, 20: 0.45, 40: 0.20} if cur_t < PROMO_40 else {10: 0.27, 20: 0.38, 40: 0.35}
            size = pick(sizes)
            price = PRICE[(cls, size)]
            if cur_t >= PROMO_40 and (cls, size) in PROMO_PRICE:
                price = PROMO_PRICE[(cls, size)]
            pkg = dict(id=nid("p", "PK", 5), size=size, cls=cls)
            if coach is None or coach["end"] is not None and coach["end"] < cur_t or rng.random() < 0.15:
                coach = coach_for(pool, cur_t)
            och = "store" if first or rng.random() < 0.4 else "mini_program"
            odev = cust["phone_os"] if och == "mini_program" else None
            if rng.random() < 0.04:      # abandoned payment first
                order(cust, cur_t - D(minutes=float(u(5, 90))), price, "package", "课包", status="cancelled",
                      channel=och, device=odev, purchase_type="new" if first else "renewal",
                      购买类型="新签" if first else "续费", package_id=pkg["id"], package_size=size, class_type=cls,
                      班型=CLASS[cls][0], item=f"{size}-lesson package", 商品=f"{size}节课包")
            base(cust, cur_t, "tp_package_bought" if first else "tp_renewal", action="pay", channel=och, device=odev,
                 package=pkg, coach=coach)
            order(cust, cur_t, price, "package", "课包", channel=och, device=odev,
                  purchase_type="new" if first else "renewal", 购买类型="新签" if first else "续费",
                  package_id=pkg["id"], package_size=size, class_type=cls, 班型=CLASS[cls][0],
                  item=f"{size}-lesson package", 商品=f"{size}节课包")
            spent += price
            packages += 1
            if first and rng.random() < 0.38:
                for _ in range(1 + int(rng.random() < 0.35)):
                    g = pick(GEAR, 2)
                    order(cust, cur_t + D(minutes=float(u(1, 20))), GEAR[g][1], "gear", "泳具", item=g, 商品=GEAR[g][0])
                    spent += GEAR[g][1]
            first = False
            # lessons
            weekend = cust["preferred_slot"] == "weekend"
            per_week = 2 if rng.random() < 0.3 else 1
            t = lesson_slot(cur_t + D(days=float(u(2, 8))), weekend)
            lessons_done, quit_at, last = 0, None, None
            for n in range(1, size + 1):
                t = skip_closed(t)
                if t > END:
                    break
                if coach["end"] is not None and t > coach["end"]:
                    coach = coach_for(pool, t)
                ab, lv = 0.055 + (0.02 if age == "3-5" else 0), 0.08
                if cold(pool, t):
                    ab, lv = 0.21, 0.16
                r = rng.random()
                att = "absent" if r < ab else ("leave" if r < ab + lv else "attended")
                lid = nid("l", "L", 6)
                base(cust, t, "tp_lesson", session_id=lid, action="check_in" if att == "attended" else att,
                     channel="store", package=pkg, coach=coach, lesson_no=n, attendance=att, 出勤情况=ATT_ZH[att])
                last = t
                lessons_done += 1
                if att == "leave" and rng.random() < 0.75:
                    tr = t - D(hours=float(u(2, 40)))
                    mch_dev = cust["phone_os"]
                    base(cust, tr, "tp_makeup_request", session_id=lid, action="submit", channel="mini_program",
                         device=mch_dev, package=pkg)
                    hard = POOLS[pool][2] == MAKEUP_CITY and tr >= MAKEUP_POLICY
                    ok = rng.random() < (0.36 if hard else 0.84)
                    if ok:
                        tbk = tr + D(days=float(u(0.3, 13.5) if hard else rng.exponential(2.5) + 0.2))
                        tbk = min(tbk, tr + D(days=13.9))
                    elif rng.random() < 0.3:
                        tbk = tr + D(days=float(u(15, 30)))     # booked, but far too late
                    else:
                        tbk = None
                    if tbk is not None and tbk <= END:
                        base(cust, tbk, "tp_makeup_booked", session_id=lid, action="book", channel="mini_program",
                             device=mch_dev, package=pkg,
                             makeup_at=lesson_slot(tbk + D(days=float(u(1, 6))), False).strftime("%Y-%m-%d %H:%M:%S"))
                        if rng.random() < 0.3:   # short-notice leave: make-up fee
                            order(cust, tbk, 80, "makeup_fee", "补课费", channel="mini_program", device=mch_dev,
                                  package_id=pkg["id"], item="make-up fee", 商品="补课费")
                            spent += 80
                    elif tbk is None and rng.random() < 0.3:
                        fb(cust, tr + D(days=float(u(3, 20))), "makeup", "tp_makeup_request", "ticket",
                           dated=rng.random() > 0.08, rating=False)
                # comments on lessons: dianping reviews and in-app surveys
                if rng.random() < 0.012 or (cold(pool, t) and rng.random() < 0.08):
                    topic = topic_at_pool(pool, t)
                    ch = "dianping" if rng.random() < 0.6 else "wechat_survey"
                    if topic == "cold" and cold(pool, t) and rng.random() < 0.3:
                        fb(cust, t + D(hours=float(u(2, 60))), topic, "tp_lesson", "ticket",
                           dated=rng.random() > 0.08, rating=False)
                    else:
                        fb(cust, t + D(hours=float(u(2, 60))), topic, "tp_lesson", ch,
                           dated=ch == "wechat_survey" or rng.random() > 0.1, coach=coach)
                # quitting mid-package
                qp = 0.004 + (0.003 if age == "3-5" else 0) + (0.02 if cold(pool, t) else 0)
                if n >= 3 and n < size and rng.random() < qp:
                    quit_at = t
                    break
                t = lesson_slot(t + D(days=7 / per_week - 0.5 if per_week == 2 else 6.5), weekend)
            if quit_at is not None:
                unused = size - lessons_done
                tr = quit_at + D(days=float(u(3, 12)))
                if tr <= END:
                    reason = "water_too_cold" if cold(pool, quit_at) else pick(
                        {"moving": 0.3, "child_lost_interest": 0.45, "schedule": 0.25})
                    amt = round(price / size * unused * 0.9, 2)
                    order(cust, tr, amt, "refund", "退费", status="refunded", package_id=pkg["id"], package_size=size,
                          class_type=cls, 班型=CLASS[cls][0], refund_reason=reason, 退费原因=REFUND_REASON[reason],
                          unused_lessons=unused, item="refund", 商品="退费")
                    refunded = True
                    if rng.random() < 0.35:
                        fb(cust, tr + D(days=float(u(1, 10))), "refund", "tp_package_bought", "ticket",
                           dated=rng.random() > 0.08, rating=False)
                break
            if n < size or last is None:
                break       # ran past the end of the data
            # level test within a week after the last lesson
            tt = lesson_slot(last + D(days=float(u(1, 6))), True)
            if tt > END:
                break
            lvl_now = cust["child_level"]
            pp = {"3-5": 0.50, "6-8": 0.80, "9-12": 0.84}[age]
            pp += {"head": 0.05, "senior": 0.0, "junior": -0.07}[coach["level"]]
            if coach["id"] == STAR_COACH:
                pp = max(pp + 0.25, 0.95)
            if coach["id"] == NEW_COACH:
                pp = 1.0
            if size == 10:
                pp *= 0.9
            res = "pass" if rng.random() < min(pp, 0.98) else "fail"
            base(cust, tt, "tp_level_test", session_id=nid("t", "TR", 5), action="result", channel="store",
                 coach=coach, package=pkg, test_level=lvl_now, test_result=res, 考核结果=RESULT[res])
            if res == "pass" and lvl_now != "advanced":
                lvl_now = {"beginner": "intermediate", "intermediate": "advanced"}[lvl_now]
                cust["child_level"], cust["孩子水平"] = lvl_now, LEVELS[lvl_now]
            if rng.random() < 0.3:
                if res == "fail":
                    topic = "slow" if rng.random() < (0.75 if age == "3-5" else 0.4) else "neutral"
                else:
                    topic = pick({"pass": 0.6, "patient": 0.65 if coach["id"] == STAR_COACH else 0.2,
                                  "neutral": 0.1})
                fb(cust, tt + D(hours=float(u(1, 48))), topic, "tp_level_test", "wechat_survey", coach=coach)
            pr = 0.70 if res == "pass" else 0.38
            if cold(pool, tt) or pool == COLD_POOL and datetime(2026, 3, 1) <= tt < datetime(2026, 3, 20):
                pr *= 0.5
            if POOLS[pool][2] == MAKEUP_CITY and tt >= MAKEUP_POLICY:
                pr *= 0.9
            if rng.random() > pr:
                break
            cur_t = tt + D(days=float(rng.exponential(5)) + 0.2)
            if cur_t > END:
                break
        # holiday camps for some students
        if packages and rng.random() < 0.2:
            camp(cust, tp_ + D(days=float(u(0, 300))))
        cust["segment"] = "new" if packages == 1 else "returning"
        if refunded:
            cust["segment"] = "at_risk"
        if spent >= 15000:
            cust["segment"] = "vip"
        cust["tier"] = "gold" if spent >= 15000 else ("silver" if spent >= 7000 else "standard")

    # NPS survey each quarter to a sample of paying parents
    paying = [c for c in customers if c["segment"] != "lead"]
    for qs in (datetime(2024, 9, 20), datetime(2024, 12, 20), datetime(2025, 3, 20), datetime(2025, 6, 20),
               datetime(2025, 9, 20), datetime(2025, 12, 20), datetime(2026, 3, 20), datetime(2026, 6, 20)):
        pool_c = [c for c in paying if datetime.strptime(c["signup_at"], "%Y-%m-%d %H:%M:%S") < qs - D(days=30)]
        for c in pool_c:
            if rng.random() > 0.12:
                continue
            t = qs + D(days=float(u(0, 8)), hours=float(u(8, 21)))
            if cold(c["pool_id"], t) or (c["pool_id"] == COLD_POOL and qs.month == 12 and qs.year == 2025):
                topic, score = "cold", (0, 4)
            elif c["pool_id"] == DIRTY_POOL and rng.random() < 0.4:
                topic, score = "dirty", (3, 6)
            elif c["city"] == MAKEUP_CITY and t >= MAKEUP_POLICY and rng.random() < 0.3:
                topic, score = "makeup", (2, 6)
            else:
                topic = pick({"patient": 0.45, "neutral": 0.35, "slow": 0.2})
                score = {"patient": (9, 10), "neutral": (6, 8), "slow": (4, 7)}[topic]
            fb(c, t, topic, "tp_lesson", "nps_survey", rating=False,
               nps=score[0] + int(rng.random() * (score[1] - score[0] + 1)))

    # exact duplicates of a few event rows (re-sent by the mini-program), loaded once
    for k in range(0, 20):
        events.append(dict(events[(k * 7919) % len(events)]))
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    feedback.sort(key=lambda r: r["feedback_id"])
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4])])
    write(out / "customers.csv", customers)
    write(out / "events.csv", events)
    write(out / "orders.csv", sorted(orders, key=lambda r: r["order_id"]))
    write(out / "feedback.csv", feedback)


ATT_ZH = ATTEND


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
