"""StepUp 舞步: a chain of 11 dance studios (舞蹈工作室) for adults and kids in Shanghai, Hangzhou, Shenzhen and Chengdu.
A student (or a kid's parent) finds us on Xiaohongshu, Dianping, Douyin or through a friend, books a trial class
(体验课: a Douyin / Dianping group-buy voucher or a mini-program order), comes to it (or not), buys a class pack
(10次卡 / 20次卡) or a kids' term course (学期课, 16 weekly classes), books weekly classes in the mini program
(sometimes the class is already full), checks in at the studio, sits grading exams (中国舞 / 芭蕾考级), rents a
costume and performs at the twice-yearly recital (汇演), and renews. Refunds: 7-day cooling-off refunds of packs,
expired trial vouchers.
Data 2025-01-01 .. 2026-08-31 (the extract was taken at the end of August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a DATA.md
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
N_CUST = 5000
FLOOR = (datetime(2025, 10, 8), datetime(2026, 1, 20))       # Binjiang: new vinyl floor too slippery until re-laid
TERM_RUSH = (datetime(2025, 9, 1), datetime(2025, 10, 1))     # autumn term start: kids' weekend classes full
TAIKOO_OPEN = datetime(2026, 3, 1)

CITIES = {"Shanghai": ("上海", 0.40), "Hangzhou": ("杭州", 0.22), "Shenzhen": ("深圳", 0.26), "Chengdu": ("成都", 0.12)}
# id, zh, en, city, weight in city, trial->buy multiplier, teachers (A: jazz/kpop, B: hiphop/latin, C: chinese/ballet)
STUDIOS = [
    ("SH01", "上海静安店", "Shanghai Jingan", "Shanghai", 0.32, 1.0, ("Yuki", "Jay", "Lily")),
    ("SH02", "上海徐汇店", "Shanghai Xuhui", "Shanghai", 0.26, 0.55, ("Coco", "Jason", "Nina")),
    ("SH03", "上海陆家嘴店", "Shanghai Lujiazui", "Shanghai", 0.24, 1.3, ("Mia", "Leo", "Vivi")),
    ("SH04", "上海五角场店", "Shanghai Wujiaochang", "Shanghai", 0.18, 1.0, ("Ivy", "Ray", "Sunny")),
    ("HZ01", "杭州滨江店", "Hangzhou Binjiang", "Hangzhou", 0.55, 1.0, ("Jojo", "Eric", "Kiki")),
    ("HZ02", "杭州武林店", "Hangzhou Wulin", "Hangzhou", 0.45, 1.0, ("Tina", "Max", "Momo")),
    ("SZ01", "深圳南山店", "Shenzhen Nanshan", "Shenzhen", 0.40, 1.0, ("Zoe", "Sam", "Ada")),
    ("SZ02", "深圳福田店", "Shenzhen Futian", "Shenzhen", 0.35, 0.95, ("Kevin", "Bella", "Grace")),
    ("SZ03", "深圳宝安店", "Shenzhen Baoan", "Shenzhen", 0.25, 1.0, ("Cici", "Tony", "Luna")),
    ("CD01", "成都春熙路店", "Chengdu Chunxi Rd", "Chengdu", 1.0, 1.0, ("Ruby", "Alex", "Elsa")),
    ("CD02", "成都太古里店", "Chengdu Taikoo Li", "Chengdu", 0.0, 1.8, ("Dora", "Ken", "Fay")),
]
SBY = {s[0]: s for s in STUDIOS}
STYLES = {"jazz": ("爵士", 0), "kpop": ("韩舞", 0), "hiphop": ("街舞", 1), "latin": ("拉丁", 1),
          "chinese": ("中国舞", 2), "ballet": ("芭蕾", 2)}
ADULT_STYLES = (["jazz", "kpop", "hiphop", "latin", "ballet", "chinese"], [0.28, 0.26, 0.16, 0.10, 0.12, 0.08])
KID_STYLES = (["chinese", "ballet", "hiphop", "kpop", "jazz"], [0.38, 0.26, 0.18, 0.12, 0.06])
CHANNELS = {"xiaohongshu": "小红书", "dianping": "大众点评", "douyin": "抖音", "referral": "朋友推荐"}
P_TRIAL = {"xiaohongshu": 0.50, "dianping": 0.60, "douyin": 0.62, "referral": 0.78}
P_SHOW = {"xiaohongshu": 0.84, "dianping": 0.86, "douyin": 0.52, "referral": 0.93}
SLOTS = {"weekday_evening": "工作日晚上", "weekday_day": "工作日白天", "weekend_morning": "周末上午",
         "weekend_afternoon": "周末下午"}
PRODUCTS = {  # id: zh, order_type, order_type zh, price, credits, validity days
    "trial": ("体验课", "trial", "体验课", None, 0, 0),
    "pack10": ("10次卡", "class_pack", "次卡", 1680, 10, 90),
    "pack20": ("20次卡", "class_pack", "次卡", 2980, 20, 180),
    "term16": ("少儿学期课(16节)", "term", "学期课", 3680, 16, 140),
}
EXAMS = [(datetime(2025, 6, 5), datetime(2025, 7, 12)), (datetime(2025, 12, 5), datetime(2026, 1, 17)),
         (datetime(2026, 6, 5), datetime(2026, 7, 11))]
RECITALS = [(datetime(2025, 7, 19, 14), "夏日汇演2025", "Summer Showcase 2025"),
            (datetime(2026, 1, 10, 14), "新年汇演2026", "New Year Showcase 2026"),
            (datetime(2026, 7, 18, 14), "夏日汇演2026", "Summer Showcase 2026")]
TIERS = {"regular": "普通会员", "silver": "银卡", "gold": "金卡"}
REFUND_REASONS = {"voucher_expired": "团购券过期自动退", "no_show": "体验课未到退款", "floor_injury": "地板太滑受伤",
                  "schedule": "时间排不开", "moved": "搬家", "changed_mind": "不想学了"}
SEG = {"prospect": "潜在客户", "trial_only": "只上过体验课", "new": "新学员", "active": "在读学员", "lapsed": "流失学员"}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现舞步", "Discover StepUp", "awareness", "social", "digital", "marketing",
     "发现|种草|刷到|看到笔记|小红书|抖音|点评|朋友推荐|discover|found us|first touch"),
    ("tp_trial_book", "预约体验课", "Trial class booked", "consideration", "mini_program", "digital", "sales",
     "约体验课|预约试课|买体验课|团购体验课|trial booking|book a trial|trial voucher"),
    ("tp_trial_attend", "上体验课", "Trial class attended", "consideration", "store", "physical", "sales",
     "体验课|试课|上体验课|到店试课|trial class|trial|taster class"),
    ("tp_buy", "首次购课", "First pack / term purchase", "purchase", "mini_program", "digital", "sales",
     "购课|办卡|买课|报名|买次卡|报学期课|buy a pack|sign up|purchase|enrol"),
    ("tp_class_book", "约课", "Class booking", "service", "mini_program", "digital", "studio_ops",
     "约课|预约上课|排课|抢课|候补|book a class|class booking|schedule"),
    ("tp_class_cancel", "取消约课", "Class booking cancelled", "service", "mini_program", "digital", "studio_ops",
     "取消约课|请假|cancel class|cancellation"),
    ("tp_checkin", "签到上课", "Class check-in", "service", "store", "physical", "studio_ops",
     "签到|上课|到店上课|课堂|check-in|class|attend class|in class"),
    ("tp_refund", "退费", "Refund", "service", "other", "digital", "finance",
     "退费|退款|退卡|退钱|refund|money back"),
    ("tp_exam_signup", "报名考级", "Grading exam sign-up", "loyalty", "mini_program", "digital", "teaching",
     "报名考级|考级报名|exam sign-up|grading sign-up"),
    ("tp_exam", "参加考级", "Grading exam", "loyalty", "store", "physical", "teaching",
     "考级|考试|中国舞考级|芭蕾考级|grading|grade exam|exam"),
    ("tp_costume", "租演出服", "Costume rental", "loyalty", "store", "physical", "events",
     "演出服|服装租赁|租衣服|costume|costume rental"),
    ("tp_recital", "汇演演出", "Recital performance", "loyalty", "store", "physical", "events",
     "汇演|演出|上台|年终汇演|recital|showcase|performance"),
    ("tp_renew", "续费", "Renewal", "loyalty", "mini_program", "digital", "sales",
     "续费|续卡|续课|再买一张卡|renew|renewal|top up"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("trial", "试课转化", "Trial to purchase", ["tp_discover", "tp_trial_book", "tp_trial_attend", "tp_buy"], 21),
    ("class", "约课上课", "Book and attend a class", ["tp_class_book", "tp_checkin"], 7),
    ("exam", "考级", "Grading exam", ["tp_exam_signup", "tp_exam"], 60),
    ("recital", "汇演", "Recital", ["tp_costume", "tp_recital"], 45),
    ("renew", "续费", "Renewal", ["tp_buy", "tp_renew"], 180),
]

T = {  # topic: (sentiment, touchpoint, zh templates, en templates)
    "crowded": ("neg", "tp_checkin",
                ["晚上的课人太多了，教室挤得转个身都会碰到人", "一节课快三十个人，太挤了，老师根本看不过来",
                 "人太多，站后排根本看不到镜子"],
                ["The evening class was way too crowded, almost 30 people in one room",
                 "Too many people in class, I couldn't even see myself in the mirror",
                 "Class is so packed the teacher can't give anyone feedback"]),
    "floor": ("neg", "tp_checkin",
              ["新铺的地胶太滑了，转圈的时候差点滑倒", "地板太滑，跳街舞不敢发力", "教室地胶很滑，我同学上周滑倒扭了脚"],
              ["The new floor is really slippery, I nearly fell during turns",
               "Slippery floor in studio 2, someone slipped and twisted an ankle",
               "Floor is too slippery to do any footwork safely"]),
    "changing": ("neg", "tp_checkin",
                 ["更衣室太小了，下课十几个人挤着换衣服", "更衣室没有淋浴，柜子也不够用", "更衣室有点脏，地上都是水"],
                 ["The changing room is tiny and there are never enough lockers",
                  "No shower in the changing room, really inconvenient after an evening class",
                  "Changing room was dirty and wet"]),
    "teacher_late": ("neg", "tp_checkin",
                     ["老师又迟到了十几分钟，课也没补", "临时换老师也不提前通知，白跑一趟", "老师经常迟到，下课还提前走"],
                     ["The teacher showed up 15 minutes late again and didn't make up the time",
                      "Last-minute teacher swap with no notice, not what I signed up for",
                      "Teacher is often late and ends class early"]),
    "praise": ("pos", "tp_checkin",
               ["{t}老师很专业，动作拆解得特别细", "{t}老师超有耐心，一个八拍一个八拍地抠", "{t}老师教得特别好，跟着学进步很快"],
               ["{t} is a great teacher, breaks every move down clearly", "{t} is so patient with beginners like me",
                "Amazing teacher ({t}), I've improved so much in a month"]),
    "vibe": ("pos", "tp_checkin",
             ["氛围很好，下班来跳一跳特别解压", "教室很漂亮，音响效果也不错", "孩子很喜欢来上课，每周都盼着"],
             ["Great vibe, my favourite way to unwind after work", "Beautiful studio and the sound system is great",
              "My kid loves coming here every week"]),
    "schedule_full": ("neg", "tp_class_book",
                      ["周末的课一放出来就满了，根本约不上", "想约的课全满了，排队候补也没用", "开学这周课都抢不到，买了卡上不了课"],
                      ["Weekend classes are fully booked the minute they open",
                       "Couldn't get a spot in any class this week, all full",
                       "Paid for a term and I can't even book a class, everything is full"]),
    "refund_hard": ("neg", "tp_refund",
                    ["申请退费一个多星期了还没处理", "退费要填一堆表，还要扣手续费", "说好七天内可以退费，结果一直拖"],
                    ["Asked for a refund over a week ago and still nothing",
                     "The refund process is a nightmare, so many forms and a handling fee",
                     "They promised a 7-day refund but keep stalling"]),
    "pushy": ("neg", "tp_trial_attend",
              ["体验课一结束就被拉去推销，一直让我办卡", "试课体验还行，就是销售推销太猛了", "上完体验课被顾问缠了半小时，非要我当场办卡"],
              ["Right after the trial class they did a hard sell on a 20-class pack",
               "Trial was fine but the sales pitch afterwards was super pushy",
               "Got cornered for 30 minutes after the trial to sign up on the spot, way too pushy"]),
    "costume": ("neg", "tp_costume",
                ["租的演出服有股味道，像没洗过", "演出服尺码不对，临上台才发现", "演出服租金不便宜，质量一般还掉亮片"],
                ["The rented costume smelled like it hadn't been washed",
                 "Costume was the wrong size and we only found out on show day",
                 "Costume rental isn't cheap and the sequins kept falling off"]),
    "price": ("neg", "tp_buy",
              ["课程价格偏高，比周边贵不少", "二十次卡太贵了，能不能多点优惠", "学期课太贵，对工薪家庭压力不小"],
              ["Classes are quite expensive compared to other studios",
               "The 20-class pack is pricey, wish there were more discounts", "Term fee is too expensive for us"]),
    "recital": ("pos", "tp_recital",
                ["汇演办得很成功，孩子第一次上台特别兴奋", "看了汇演真的很感动，老师们辛苦了", "汇演舞台效果很棒，明年还要参加"],
                ["The showcase recital was amazing, so proud of my kid", "Loved performing at the recital, great experience",
                 "The recital was so well organised, thank you all"]),
    "exam_pass": ("pos", "tp_exam",
                  ["考级顺利通过了，感谢老师", "孩子考级通过了，全家都很开心", "考级通过，老师考前加课很用心"],
                  ["Passed the grading exam, thanks to the teachers", "My son passed his grade exam!",
                   "Passed my ballet grade, the extra prep class really helped"]),
    "exam_fail": ("neg", "tp_exam",
                  ["考级没过，考前练得太少了", "孩子考级没通过，有点失落", "考级没过，希望考前能多安排几节集训课"],
                  ["Didn't pass the grading exam this time", "My daughter failed her grade exam, she's quite upset",
                   "Failed the exam, wish there had been more prep classes"]),
}
NEG_TOPICS = {k for k, v in T.items() if v[0] == "neg"}
PEN = {"crowded": 1.5, "floor": 2.3, "changing": 1.2, "teacher_late": 2.2, "schedule_full": 1.6, "pushy": 2.0,
       "refund_hard": 2.5, "costume": 1.5, "price": 1.0, "exam_fail": 1.5}


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(vals, p):
    return vals[int(rng.choice(len(vals), p=np.array(p) / sum(p)))]


def next_slot(t: datetime, slot: str, kid: bool) -> datetime:
    days = [0, 1, 2, 3, 4] if slot.startswith("weekday") else [5, 6]
    hours = {"weekday_evening": [18.0] if kid else [19.0, 20.5], "weekday_day": [10.0, 12.5],
             "weekend_morning": [9.5, 10.75], "weekend_afternoon": [14.0, 15.5]}[slot]
    h = float(rng.choice(hours))
    d = datetime(t.year, t.month, t.day)
    for k in range(8):
        cand = d + D(days=k, hours=h)
        if cand.weekday() in days and cand > t:
            return cand
    return d + D(days=8, hours=h)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_sess = 0

    def sid(self, prefix):
        self.n_sess += 1
        return f"{prefix}{self.n_sess:06d}"

    def ctx(self, c, style=None, teacher_slot=None):
        s = SBY[c["studio"]]
        style = style or c["style"]
        tn = s[6][STYLES[style][1]]
        return dict(studio_id=s[0], studio=s[1], studio_en=s[2], studio_city=s[3], 门店城市=CITIES[s[3]][0],
                    style=style, 舞种=STYLES[style][0], teacher=tn, 老师=f"{tn}老师")

    def ev(self, c, t, tp, sess, action, ctx=None, device="app", channel="mini_program", **kw):
        if t > END:
            return
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["id"], ts=ts(t), touchpoint_id=tp, session_id=sess,
                   action=action, device=c["device"] if device == "app" else device, channel=channel)
        row.update(ctx or {})
        row.update(kw)
        self.events.append(row)

    def order(self, c, t, amount, prod, ctx, channel="mini_program", **kw):
        if t > END:
            return None
        self.n_ord += 1
        pz = PRODUCTS[prod] if prod in PRODUCTS else None
        row = dict(order_id=f"O{self.n_ord:07d}", customer_id=c["id"], ts=ts(t), amount=amount, status="paid",
                   channel=channel, device=c["device"] if channel == "mini_program" else None, currency="CNY",
                   studio_id=ctx["studio_id"], studio=ctx["studio"], studio_en=ctx["studio_en"],
                   studio_city=ctx["studio_city"], 门店城市=ctx["门店城市"], style=ctx.get("style"), 舞种=ctx.get("舞种"))
        if pz:
            row.update(order_type=pz[1], 订单类型=pz[2], product=prod, 课程产品=pz[0])
        row.update(kw)
        self.orders.append(row)
        c["paid_total"] += amount
        return row

    def refund(self, c, t, row, sess, reason, ctx):
        if t > END or row is None:
            return
        row["status"] = "refunded"
        row["refunded_at"] = ts(t)
        c["paid_total"] -= row["amount"]
        self.ev(c, t, "tp_refund", sess, "refund", ctx, device=None, channel=row["channel"],
                amount=row["amount"], refund_reason=reason, 退费原因=REFUND_REASONS[reason])

    def fb(self, c, t, topics, channel, ctx, rating=None, nps=None, undated=False, no_customer=False, sent=None):
        if t > END:
            return
        lang = c["lang"]
        topics = list(dict.fromkeys(topics)) or ["vibe"]
        parts = []
        for k in topics:
            tmpl = T[k][2 if lang == "zh" else 3]
            parts.append(str(rng.choice(tmpl)).replace("{t}", ctx.get("teacher") or "The teacher"))
        text = ("；" if lang == "zh" else ". ").join(parts)
        neg = [k for k in topics if k in NEG_TOPICS]
        tp = T[neg[0]][1] if neg else T[topics[0]][1]
        if sent is None:
            sent = "negative" if neg else "positive"
        fid = f"FB{len(self.feedback) + 1:06d}"
        self.feedback.append(dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                                  customer_id=None if no_customer else c["id"], touchpoint_id=tp, channel=channel,
                                  rating=rating, nps=nps, language=lang, studio_id=ctx["studio_id"],
                                  studio=ctx["studio"], studio_en=ctx["studio_en"], studio_city=ctx["studio_city"],
                                  门店城市=ctx["门店城市"], teacher=ctx.get("teacher"), 老师=ctx.get("老师"),
                                  style=ctx.get("style"), 舞种=ctx.get("舞种")))
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics), sentiment=sent))

    @staticmethod
    def stars(topics, base_p=(0.55, 0.35, 0.10)):
        s = float(pick([5, 4, 3], list(base_p)))
        for k in topics:
            s -= PEN.get(k, 0.0)
        if not (set(topics) & NEG_TOPICS) and "praise" in topics:
            s = 5.0 if rng.random() < 0.85 else 4.0
        return float(min(5, max(1, round(s))))

    # ---------- customers ----------
    def customers(self):
        months = []
        m = datetime(2025, 1, 1)
        while m <= datetime(2026, 8, 1):
            months.append(m)
            m = datetime(m.year + (m.month == 12), m.month % 12 + 1, 1)
        season = {1: 0.8, 2: 0.7, 3: 1.1, 4: 1.0, 5: 1.0, 6: 1.0, 7: 1.35, 8: 1.3, 9: 1.25, 10: 0.9, 11: 0.95, 12: 0.9}
        w = np.array([season[x.month] * (1 + 0.045 * i) for i, x in enumerate(months)])
        idx = rng.choice(len(months), size=N_CUST, p=w / w.sum())
        cities = list(CITIES)
        self.cust = []
        for i in range(N_CUST):
            m0 = months[int(idx[i])]
            nd = ((datetime(m0.year + (m0.month == 12), m0.month % 12 + 1, 1)) - m0).days
            t0 = m0 + D(days=float(rng.uniform(0, nd)))
            t0 = datetime(t0.year, t0.month, t0.day) + D(hours=float(rng.uniform(8, 23.9)))
            city = pick(cities, [CITIES[x][1] for x in cities])
            cand = [s for s in STUDIOS if s[3] == city]
            ws = [s[4] for s in cand]
            if city == "Chengdu" and t0 >= TAIKOO_OPEN:
                ws = [0.78, 0.22]
            studio = pick(cand, ws)[0]
            kid = rng.random() < 0.40
            if kid:
                ch = pick(list(CHANNELS), [0.25, 0.35, 0.20, 0.20])
                style = pick(*KID_STYLES)
                age = pick(["4-6", "7-9", "10-12"], [0.35, 0.40, 0.25])
                slot = pick(["weekend_morning", "weekend_afternoon", "weekday_evening"], [0.45, 0.35, 0.20])
                lang = "en" if rng.random() < 0.05 else "zh"
                gender = "F" if rng.random() < 0.78 else "M"
            else:
                ch = pick(list(CHANNELS), [0.42, 0.18, 0.28, 0.12])
                style = pick(*ADULT_STYLES)
                age = pick(["18-24", "25-30", "31-40", "41+"], [0.30, 0.35, 0.25, 0.10])
                slot = pick(["weekday_evening", "weekend_afternoon", "weekday_day"], [0.70, 0.20, 0.10])
                lang = "en" if rng.random() < (0.14 if city in ("Shanghai", "Shenzhen") else 0.04) else "zh"
                gender = "F" if rng.random() < 0.82 else "M"
            self.cust.append(dict(id=f"C{i + 1:05d}", t0=t0, city=city, studio=studio, kid=kid, ch=ch, style=style,
                                  age=age, slot=slot, lang=lang, gender=gender,
                                  device="ios" if rng.random() < 0.56 else "android", paid_total=0.0, trial=False,
                                  bought=None, checkins=[], last=None))
        self.cust.sort(key=lambda c: c["t0"])
        for i, c in enumerate(self.cust):
            c["id"] = f"C{i + 1:05d}"

    # ---------- one customer's life ----------
    def life(self, c):
        ctx = self.ctx(c)
        self.ev(c, c["t0"], "tp_discover", None, "view", None, channel=c["ch"])
        if rng.random() > P_TRIAL[c["ch"]]:
            return
        if rng.random() < 0.06:
            t_tb = c["t0"] + D(days=float(rng.uniform(22, 60)))
        else:
            t_tb = c["t0"] + D(hours=float(min(400, rng.exponential(40) + 0.3)))
        voucher = c["ch"] in ("douyin", "dianping") and rng.random() < 0.8
        och = c["ch"] if voucher else "mini_program"
        price = {"douyin": 19.9, "dianping": 39.9}.get(och, 69.0)
        tr = self.sid("TR")
        t_trial = next_slot(t_tb + D(days=float(rng.uniform(0.5, 7))), c["slot"], c["kid"])
        c["trial"] = t_tb <= END
        self.ev(c, t_tb, "tp_trial_book", tr, "booked", ctx, device=c["device"], channel=och, amount=price,
                product="trial", 课程产品="体验课", time_slot=c["slot"], 时段=SLOTS[c["slot"]])
        orow = self.order(c, t_tb, price, "trial", ctx, channel=och, session_id=tr)
        if rng.random() > P_SHOW[c["ch"]]:
            if voucher and rng.random() < 0.6:
                self.refund(c, t_tb + D(days=float(rng.uniform(15, 30))), orow, tr, "voucher_expired", ctx)
            elif not voucher and rng.random() < 0.3:
                self.refund(c, t_trial - D(hours=float(rng.uniform(2, 30))), orow, tr, "no_show", ctx)
            return
        size = self.class_size(c, t_trial)
        self.ev(c, t_trial, "tp_trial_attend", tr, "attended", ctx, device=None, channel="store", class_size=size,
                time_slot=c["slot"], 时段=SLOTS[c["slot"]], level="beginner")
        s = SBY[c["studio"]]
        p_buy = (0.58 if c["kid"] else 0.45) * s[5] * {"referral": 1.2, "douyin": 0.85}.get(c["ch"], 1.0)
        if ctx["teacher"] == "Kevin":
            p_buy *= 0.7
        buy = rng.random() < min(0.95, p_buy)
        topics = []
        if c["studio"] == "SH02" and rng.random() < (0.45 if not buy else 0.15):
            topics.append("pushy")
        elif rng.random() < 0.03:
            topics.append("pushy")
        if rng.random() < (0.06 if not buy else 0.02):
            topics.append("price")
        if not topics and rng.random() < 0.5:
            topics.append("praise" if rng.random() < 0.5 else "vibe")
        p_rev = (0.30 if c["ch"] == "dianping" else 0.06) + (0.15 if "pushy" in topics else 0.0)
        if rng.random() < p_rev:
            self.fb(c, t_trial + D(hours=float(rng.uniform(2, 60))), topics, "dianping_review", ctx,
                    rating=self.stars(topics), undated=rng.random() < 0.3)
        elif topics and set(topics) & NEG_TOPICS and rng.random() < 0.2:
            self.fb(c, t_trial + D(hours=float(rng.uniform(3, 90))), topics, "xiaohongshu_note", ctx)
        if not buy:
            return
        t_buy = t_trial + (D(minutes=float(rng.uniform(15, 70))) if rng.random() < 0.7 else
                           D(days=float(rng.uniform(1, 16))))
        first = True
        t = t_buy
        while t <= END:
            t = self.pack(c, t, first, ctx)
            first = False
            if t is None:
                break

    def class_size(self, c, t):
        if c["studio"] == "SH01" and c["slot"] == "weekday_evening" and not c["kid"]:
            return int(np.clip(round(rng.normal(30, 3)), 24, 38))
        if c["kid"] and c["slot"].startswith("weekend") and TERM_RUSH[0] <= t < TERM_RUSH[1]:
            return int(np.clip(round(rng.normal(20, 2)), 15, 26))
        return int(np.clip(round(rng.normal(13, 3)), 5, 22))

    def pack(self, c, t_buy, first, ctx):
        if c["kid"]:
            prod = "term16" if rng.random() < 0.8 else "pack10"
        else:
            prod = "pack20" if rng.random() < 0.35 else "pack10"
        pz = PRODUCTS[prod]
        pk = self.sid("PK")
        tp = "tp_buy" if first else "tp_renew"
        self.ev(c, t_buy, tp, pk, "purchase" if first else "renew", ctx, amount=pz[3], product=prod, 课程产品=pz[0],
                credits_left=pz[4], time_slot=c["slot"], 时段=SLOTS[c["slot"]])
        orow = self.order(c, t_buy, pz[3], prod, ctx, session_id=pk)
        if c["bought"] is None:
            c["bought"] = t_buy
        if first and rng.random() < 0.03:
            self.fb(c, t_buy + D(hours=float(rng.uniform(1, 48))), ["price"], "dianping_review", ctx,
                    rating=self.stars(["price"]), undated=rng.random() < 0.3)
        # 7-day cooling-off refund
        p_ref = 0.03
        floor_now = c["studio"] == "HZ01" and FLOOR[0] <= t_buy < FLOOR[1]
        if floor_now:
            p_ref = 0.14
        if rng.random() < p_ref:
            reason = "floor_injury" if floor_now and rng.random() < 0.7 else pick(
                ["schedule", "moved", "changed_mind"], [0.45, 0.2, 0.35])
            t_r = t_buy + D(days=float(rng.uniform(1, 7)))
            self.refund(c, t_r, orow, pk, reason, ctx)
            if rng.random() < 0.35:
                self.fb(c, t_r + D(hours=float(rng.uniform(1, 72))), ["refund_hard"], "ticket", ctx)
            return None
        credits, expiry = pz[4], t_buy + D(days=pz[5])
        t = t_buy + D(days=float(rng.uniform(0.5, 6)))
        bad = 0
        seen = []
        while credits > 0 and t < expiry and t <= END:
            cls_t = next_slot(t, c["slot"], c["kid"])
            t_bk = max(t + D(minutes=1), cls_t - D(hours=float(rng.uniform(3, 60))))
            cb = self.sid("CB")
            p_full = 0.03
            if c["kid"] and c["slot"].startswith("weekend") and TERM_RUSH[0] <= t_bk < TERM_RUSH[1]:
                p_full = 0.38
            elif c["studio"] == "SH01" and c["slot"] == "weekday_evening":
                p_full = 0.12
            slot_kw = dict(time_slot=c["slot"], 时段=SLOTS[c["slot"]], class_start=ts(cls_t))
            if rng.random() < p_full:
                self.ev(c, t_bk, "tp_class_book", cb, "full", ctx, **slot_kw)
                if rng.random() < 0.10:
                    ch = "wechat_group" if c["kid"] and rng.random() < 0.5 else "ticket"
                    self.fb(c, t_bk + D(hours=float(rng.uniform(0.2, 30))), ["schedule_full"], ch, ctx,
                            undated=ch == "wechat_group" and rng.random() < 0.5,
                            no_customer=ch == "wechat_group" and rng.random() < 0.3)
                bad += 0.5
                t = cls_t + D(hours=1)
                continue
            self.ev(c, t_bk, "tp_class_book", cb, "booked", ctx, **slot_kw)
            r = rng.random()
            if r < 0.07:
                self.ev(c, t_bk + (cls_t - t_bk) * float(rng.uniform(0.2, 0.9)), "tp_class_cancel", cb, "cancel",
                        ctx, **slot_kw)
                t = cls_t + D(days=float(rng.uniform(0.5, 3)))
                continue
            credits -= 1
            if r < 0.11:                                   # no-show: the credit is used up
                t = cls_t + D(days=float(rng.uniform(1, 6)))
                continue
            size = self.class_size(c, cls_t)
            t_in = cls_t - D(minutes=float(rng.uniform(0, 15)))
            self.ev(c, t_in, "tp_checkin", cb, "checkin", ctx, device=None, channel="store", class_size=size,
                    credits_left=credits, level=pick(["beginner", "elementary", "intermediate"], [0.5, 0.35, 0.15]),
                    **slot_kw)
            c["checkins"].append(cls_t)
            topics = []
            if size >= 25 and rng.random() < 0.35:
                topics.append("crowded")
            if c["studio"] == "HZ01" and FLOOR[0] <= cls_t < FLOOR[1]:
                if rng.random() < 0.30:
                    topics.append("floor")
            elif rng.random() < 0.004:
                topics.append("floor")
            if rng.random() < (0.15 if c["studio"] == "SZ01" else 0.01):
                topics.append("changing")
            if rng.random() < (0.25 if ctx["teacher"] == "Kevin" else 0.005):
                topics.append("teacher_late")
            negs = bool(topics)
            if not negs and rng.random() < (0.6 if ctx["teacher"] == "Mia" else 0.25):
                topics.append("praise")
            bad += negs
            seen += [k for k in topics if k in NEG_TOPICS]
            p_rv = 0.2 if negs else 0.08
            if rng.random() < p_rv:
                self.fb(c, cls_t + D(hours=float(rng.lognormal(np.log(3), 0.8))), topics, "mini_program_review", ctx,
                        rating=self.stars(topics))
            if rng.random() < (0.025 if negs else 0.008):
                self.fb(c, cls_t + D(hours=float(rng.uniform(2, 72))), topics, "xiaohongshu_note", ctx)
            if c["kid"] and rng.random() < (0.03 if negs else 0.008):
                self.fb(c, cls_t + D(hours=float(rng.uniform(1, 48))), topics, "wechat_group", ctx,
                        undated=rng.random() < 0.5, no_customer=rng.random() < 0.3)
            if rng.random() < 0.012 + 0.05 * negs:
                return None                                 # drops out
            if c["kid"]:
                t = cls_t + D(days=float(rng.uniform(5.5, 6.5)))
            else:
                t = cls_t + D(days=float(rng.exponential(4.5) + 1.5))
        t_end = min(t, expiry)
        if t_end > END:
            return None
        if rng.random() < 0.3:
            nps = int(np.clip(round(rng.normal(8.7 - 1.4 * min(bad, 3), 1.4)), 0, 10))
            if nps <= 6:
                topics = [seen[-1]] if seen else ["price"]
            else:
                topics = ["praise"] if rng.random() < 0.3 else ["vibe"]
            self.fb(c, t_end + D(days=float(rng.uniform(0.5, 3))), topics, "survey", ctx, nps=nps,
                    sent="positive" if nps >= 9 else ("neutral" if nps >= 7 else "negative"))
        p_ren = 0.72 if c["kid"] else 0.52
        if bad >= 2:
            p_ren *= 0.6
        if ctx["teacher"] == "Kevin":
            p_ren *= 0.6
        if rng.random() > p_ren:
            return None
        return t_end + D(days=float(rng.exponential(4) + 0.2))

    # ---------- exams and recitals ----------
    def extras(self, c):
        if not c["checkins"]:
            return
        ctx = self.ctx(c)
        ck = np.array([x.timestamp() for x in c["checkins"]])
        for s_open, exam_t in EXAMS:
            if c["style"] not in ("chinese", "ballet"):
                break
            recent = ((ck >= (s_open - D(days=35)).timestamp()) & (ck < s_open.timestamp())).sum()
            if recent == 0 or len(ck[ck < s_open.timestamp()]) < 4:
                continue
            if rng.random() > (0.6 if c["kid"] else 0.08):
                continue
            t_s = s_open + D(days=float(rng.uniform(0, 15)), hours=float(rng.uniform(9, 22)))
            fee = 380 if c["style"] == "chinese" else 560
            ex = self.sid("EX")
            board = ("中国舞考级(北舞)", "chinese_dance_board") if c["style"] == "chinese" else ("芭蕾考级(RAD)", "rad_ballet")
            lvl = f"{int(rng.integers(1, 7))}级"
            kw = dict(exam_board=board[1], 考级类别=board[0], exam_level=lvl)
            self.ev(c, t_s, "tp_exam_signup", ex, "signup", ctx, amount=fee, **kw)
            self.order(c, t_s, fee, "exam", ctx, order_type="exam_fee", 订单类型="考级费", product="exam_fee",
                       课程产品=board[0], session_id=ex)
            if rng.random() < 0.05:
                continue
            t_e = exam_t + D(hours=float(rng.uniform(9, 16)))
            n90 = ((ck >= (exam_t - D(days=90)).timestamp()) & (ck < exam_t.timestamp())).sum()
            if c["style"] == "chinese":
                p_pass = 0.95 if n90 >= 9 else 0.74
            else:
                p_pass = 0.86 if n90 >= 9 else 0.55
            ok = rng.random() < p_pass
            self.ev(c, t_e, "tp_exam", ex, "sat", ctx, device=None, channel="store", exam_result="pass" if ok else "fail",
                    考级结果="通过" if ok else "未通过", **kw)
            if rng.random() < (0.25 if not ok else 0.10):
                ch = "wechat_group" if c["kid"] else "xiaohongshu_note"
                self.fb(c, t_e + D(days=float(rng.uniform(3, 20))), ["exam_pass" if ok else "exam_fail"], ch, ctx,
                        undated=ch == "wechat_group" and rng.random() < 0.5)
        for r_t, zh, en in RECITALS:
            active = ((ck >= (r_t - D(days=45)).timestamp()) & (ck < r_t.timestamp())).sum()
            if active == 0 or rng.random() > (0.55 if c["kid"] else 0.22):
                continue
            rc = self.sid("RC")
            kw = dict(show_name=en, 汇演名称=zh)
            if rng.random() < 0.8:
                amt = float(rng.choice([120, 160])) if c["kid"] else float(rng.choice([200, 260]))
                t_c = r_t - D(days=float(rng.uniform(7, 25)))
                self.ev(c, t_c, "tp_costume", rc, "rent", ctx, amount=amt, **kw)
                self.order(c, t_c, amt, "costume", ctx, order_type="costume_rental", 订单类型="服装租赁",
                           product="costume_rental", 课程产品="演出服租赁", session_id=rc)
                if rng.random() < 0.09:
                    ch = "wechat_group" if c["kid"] else "ticket"
                    self.fb(c, r_t + D(days=float(rng.uniform(0.2, 5))), ["costume"], ch, ctx,
                            undated=ch == "wechat_group" and rng.random() < 0.5, no_customer=rng.random() < 0.2)
            self.ev(c, r_t + D(minutes=float(rng.uniform(0, 150))), "tp_recital", rc, "perform", ctx, device=None,
                    channel="store", **kw)
            if rng.random() < 0.12:
                ch = "wechat_group" if c["kid"] else "xiaohongshu_note"
                self.fb(c, r_t + D(hours=float(rng.uniform(3, 72))), ["recital"], ch, ctx,
                        undated=ch == "wechat_group" and rng.random() < 0.5)

    def run(self):
        self.customers()
        for c in self.cust:
            self.life(c)
            self.extras(c)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            tier = "gold" if c["paid_total"] >= 6000 else "silver" if c["paid_total"] >= 3000 else "regular"
            last = c["checkins"][-1] if c["checkins"] else None
            if not c["trial"]:
                seg = "prospect"
            elif c["bought"] is None:
                seg = "trial_only"
            elif c["bought"] >= datetime(2026, 7, 1):
                seg = "new"
            elif last is not None and last >= END - D(days=60):
                seg = "active"
            else:
                seg = "lapsed"
            s = SBY[c["studio"]]
            rows.append(dict(customer_id=c["id"], signup_at=ts(c["t0"]), segment=seg, 客户分层=SEG[seg],
                             region=c["city"], 城市=CITIES[c["city"]][0], acquisition_channel=c["ch"],
                             获客渠道=CHANNELS[c["ch"]], tier=tier, 会员等级=TIERS[tier],
                             student_type="kid" if c["kid"] else "adult", 学员类型="少儿" if c["kid"] else "成人",
                             age_band=c["age"], gender=c["gender"], preferred_style=c["style"],
                             舞种偏好=STYLES[c["style"]][0], home_studio_id=s[0], home_studio=s[1],
                             home_studio_en=s[2], preferred_slot=c["slot"], phone_os=c["device"],
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "studio_id", "studio", "studio_en", "studio_city", "门店城市", "style", "舞种", "teacher", "老师",
           "time_slot", "时段", "class_start", "class_size", "level", "product", "课程产品", "amount", "credits_left",
           "exam_board", "考级类别", "exam_level", "exam_result", "考级结果", "show_name", "汇演名称", "refund_reason",
           "退费原因"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "product", "课程产品", "session_id", "studio_id", "studio", "studio_en", "studio_city", "门店城市", "style",
            "舞种", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "studio_id", "studio", "studio_en", "studio_city", "门店城市", "teacher", "老师", "style", "舞种"]
CUST_COLS = ["customer_id", "signup_at", "segment", "客户分层", "region", "城市", "acquisition_channel", "获客渠道",
             "tier", "会员等级", "student_type", "学员类型", "age_band", "gender", "preferred_style", "舞种偏好",
             "home_studio_id", "home_studio", "home_studio_en", "preferred_slot", "phone_os", "preferred_language"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k, touchpoint_id=tp,
                  window_days=win) for j, zh, en, steps, win in JOURNEYS for k, tp in enumerate(steps, 1)]
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customer_rows(), CUST_COLS)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = g.feedback
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(fb)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
