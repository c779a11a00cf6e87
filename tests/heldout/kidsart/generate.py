"""童画 LittleCanvas: children's art classes — eight studios in five cities plus an online classroom. A parent finds
us (Xiaohongshu / Dianping / Douyin / a friend's referral / a school-gate flyer / a mall event), talks to a course
consultant, books a trial class (试听课) for the child and pays the trial fee, brings the child to the trial, enrols
in a 16-lesson term package (学期课包) with a teacher in the child's age group, the child attends weekly classes (the
teacher pushes an artwork review 作品点评 to the parent after most lessons), asks for leave (请假) and books makeup
lessons (补课), buys art kits (画材包) in the mini-program shop, buys tickets for the studio exhibitions (画展), and
renews (续费) the next term near the end of the current one — or drops out and asks for a refund (退费).
Data 2025-01-01 .. 2026-06-30 (the extract was taken at the start of July 2026).

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

SEED = 20261215
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 5200
PRICE_UP = datetime(2026, 3, 1)                               # term prices +10 %
KIT_DELAY = (datetime(2025, 11, 10), datetime(2025, 12, 21))   # new courier 速达 for the kit shop: late deliveries
LI_LEAVES = datetime(2026, 3, 1)                              # Li Qiang (Shenzhen Nanshan) leaves, Chen Lu takes over
REFUND_SLOW = (datetime(2025, 10, 1), datetime(2026, 1, 1))   # finance system migration: refunds take ~2-3 weeks
SUZHOU_OPEN = datetime(2026, 3, 1)
EXHIBITIONS = [  # id, zh, en, ticket sales from, to
    ("EX2025S", "2025夏季童画展", "Summer Kids' Art Show 2025", datetime(2025, 7, 20), datetime(2025, 8, 17)),
    ("EX2026N", "2026新春童画展", "New Year Kids' Art Show 2026", datetime(2025, 12, 20), datetime(2026, 1, 18)),
    ("EX2026S", "2026六一童画展", "Children's Day Art Show 2026", datetime(2026, 5, 16), datetime(2026, 6, 1)),
]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "了解童画", "Discover LittleCanvas", "awareness", "social", "digital", "marketing",
     "了解|刷到|看到广告|小红书看到|朋友推荐|传单|discover|found us|first touch|lead"),
    ("tp_consult", "家长咨询", "Parent consultation", "consideration", "phone", "digital", "sales",
     "咨询|课程顾问|问价|电话咨询|加微信|consult|consultation|enquiry|course advisor"),
    ("tp_trial_book", "预约试听课", "Trial class booked", "consideration", "mini_program", "digital", "sales",
     "试听预约|约试听|预约体验课|trial booking|book a trial|demo class booking"),
    ("tp_trial_pay", "支付试听费", "Trial fee paid", "purchase", "mini_program", "digital", "finance",
     "试听费|体验课费用|trial fee|trial payment"),
    ("tp_trial_attend", "上试听课", "Trial class attended", "consideration", "store", "physical", "teaching",
     "试听|体验课|上试听|trial class|trial lesson|demo class"),
    ("tp_enrol", "报名学期课", "Term enrolment", "purchase", "mini_program", "digital", "sales",
     "报名|报课|签约|买课包|学期课|enrol|enroll|enrolment|sign up for a term|term package"),
    ("tp_class", "常规上课", "Weekly class", "service", "store", "physical", "teaching",
     "上课|正课|常规课|每周课|class|lesson|weekly class"),
    ("tp_absent", "请假", "Leave request", "service", "mini_program", "digital", "teaching",
     "请假|缺课|不来上课|leave|absence|skip a class|missed class"),
    ("tp_makeup", "补课", "Makeup lesson", "service", "store", "physical", "teaching",
     "补课|调课|补一节|makeup|make-up|makeup lesson|make-up class"),
    ("tp_artwork_review", "作品点评", "Artwork review", "service", "mini_program", "digital", "teaching",
     "作品点评|课后反馈|老师点评|作品照片|artwork review|teacher feedback|class report"),
    ("tp_kit_order", "画材商城下单", "Art-kit order", "purchase", "mini_program", "digital", "shop",
     "画材|画材包|商城|买画具|art kit|kit shop|art supplies"),
    ("tp_kit_delivered", "画材签收", "Art kit delivered", "service", "other", "physical", "shop",
     "收货|签收|快递|物流|delivery|delivered|shipping"),
    ("tp_exhibition", "画展购票", "Exhibition ticket", "loyalty", "mini_program", "digital", "marketing",
     "画展|作品展|展览|门票|exhibition|art show|show tickets"),
    ("tp_refund_request", "申请退费", "Refund request", "service", "phone", "digital", "finance",
     "申请退费|退课|要退钱|refund request|drop out|quit the class"),
    ("tp_refund", "退费到账", "Refund paid", "service", "other", "digital", "finance",
     "退费|退款|退钱到账|refund|refunded|money back"),
    ("tp_renew", "续费下学期", "Term renewal", "loyalty", "mini_program", "digital", "sales",
     "续费|续课|续报|下学期|renew|renewal|re-enrol|next term"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("acquisition", "获客咨询", "Lead to trial booking", ["tp_discover", "tp_consult", "tp_trial_book"], 14),
    ("trial", "试听转化", "Trial conversion", ["tp_trial_book", "tp_trial_attend", "tp_enrol"], 21),
    ("makeup", "请假补课", "Leave and makeup", ["tp_absent", "tp_makeup"], 30),
    ("kit", "画材配送", "Art-kit delivery", ["tp_kit_order", "tp_kit_delivered"], 14),
    ("refund", "退费", "Refund", ["tp_refund_request", "tp_refund"], 60),
    ("renewal", "续费", "Term renewal", ["tp_enrol", "tp_renew"], 130),
]
CITIES = {  # en: zh, weight, en-comment share
    "Shanghai": ("上海", 0.30, 0.22), "Beijing": ("北京", 0.22, 0.08), "Shenzhen": ("深圳", 0.18, 0.15),
    "Hangzhou": ("杭州", 0.12, 0.06), "Suzhou": ("苏州", 0.05, 0.05), "Other": ("其他城市", 0.13, 0.05),
}
STUDIOS = [  # id, city, zh, en, opened
    ("S01", "Shanghai", "上海静安店", "Shanghai Jing'an", None), ("S02", "Shanghai", "上海徐汇店", "Shanghai Xuhui", None),
    ("S03", "Shanghai", "上海浦东店", "Shanghai Pudong", None), ("S04", "Beijing", "北京朝阳店", "Beijing Chaoyang", None),
    ("S05", "Beijing", "北京海淀店", "Beijing Haidian", None), ("S06", "Shenzhen", "深圳南山店", "Shenzhen Nanshan", None),
    ("S07", "Shenzhen", "深圳福田店", "Shenzhen Futian", None), ("S08", "Hangzhou", "杭州西湖店", "Hangzhou Xihu", None),
    ("S09", "Suzhou", "苏州金鸡湖店", "Suzhou Jinji Lake", SUZHOU_OPEN),
    ("ON", "Online", "线上网课", "Online classroom", None),
]
STUDIO = {s[0]: s for s in STUDIOS}
CITY_ZH = {**{k: v[0] for k, v in CITIES.items()}, "Online": "线上"}
TEACHERS = {  # studio: [(zh, en, trial->enrol multiplier)]
    "S01": [("周敏", "Zhou Min", 1.6), ("王芳", "Wang Fang", 1.0)],
    "S02": [("刘洋", "Liu Yang", 1.0), ("孙悦", "Sun Yue", 1.0)],
    "S03": [("赵婷", "Zhao Ting", 1.0), ("黄磊", "Huang Lei", 0.95)],
    "S04": [("吴倩", "Wu Qian", 1.0), ("郑浩", "Zheng Hao", 1.0)],
    "S05": [("何静", "He Jing", 1.05), ("高远", "Gao Yuan", 1.0)],
    "S06": [("李强", "Li Qiang", 0.5), ("林晓", "Lin Xiao", 1.0)],
    "S07": [("许诺", "Xu Nuo", 1.0), ("马丽", "Ma Li", 1.0)],
    "S08": [("杨帆", "Yang Fan", 1.0), ("朱琳", "Zhu Lin", 1.0)],
    "S09": [("沈佳", "Shen Jia", 1.75)],
    "ON": [("韩雪", "Han Xue", 1.0), ("冯涛", "Feng Tao", 1.0), ("曹颖", "Cao Ying", 1.0)],
}
CHEN_LU = ("陈露", "Chen Lu", 1.05)
CHANNELS = {  # en: zh, weight, p consult, p trial booking after consult
    "xiaohongshu": ("小红书", 0.30, 0.42, 0.42), "dianping": ("大众点评", 0.18, 0.62, 0.62),
    "douyin": ("抖音", 0.14, 0.45, 0.45), "referral": ("老带新", 0.14, 0.85, 0.85),
    "school_flyer": ("地推传单", 0.13, 0.50, 0.55), "mall_event": ("商场活动", 0.11, 0.66, 0.62),
}
AGE_GROUPS = {  # en: zh, weight, courses, renew prob, absence prob
    "4-6": ("4-6岁启蒙班", 0.38, ["creative_art", "clay"], 0.80, 0.07),
    "7-9": ("7-9岁基础班", 0.38, ["cartoon", "watercolor", "chinese_painting"], 0.70, 0.07),
    "10-12": ("10-12岁进阶班", 0.24, ["sketch", "watercolor", "chinese_painting"], 0.44, 0.13),
}
COURSES = {"creative_art": "创意美术", "clay": "黏土手工", "cartoon": "卡通漫画", "watercolor": "水彩",
           "chinese_painting": "国画", "sketch": "素描"}
KITS = [("starter", "启蒙画材包", 89), ("watercolor", "水彩套装", 159), ("chinese_painting", "国画文房套装", 299),
        ("premium", "大师画材礼盒", 399)]
TIERS = {"regular": "普通会员", "silver": "银卡", "gold": "金卡", "diamond": "钻石卡"}
SEGMENTS = {"prospect": "潜在家长", "trial_only": "仅试听", "active": "在读", "lapsed": "已停课", "refunded": "已退费"}
ROLES = {"mother": "妈妈", "father": "爸爸", "grandparent": "祖辈"}
MODES = {"offline": "线下", "online": "线上"}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "impatient": (["老师有点不耐烦，孩子回来说不想上了", "老师对孩子很凶，孩子被吓哭了", "上课老师态度不耐烦，问两遍就甩脸色"],
                  ["the teacher was impatient with my daughter", "the teacher snapped at the kids twice",
                   "teacher seemed impatient and my son came out upset"]),
    "gentle": (["老师特别温柔，孩子很喜欢", "老师很会鼓励孩子，每次都夸他", "温柔又专业的老师，孩子天天盼着上课"],
               ["the teacher is so gentle and encouraging", "very encouraging teacher, my kid loves her",
                "gentle teacher who really gets the little ones"]),
    "makeup_hard": (["补课约不上，名额总是满的", "请假以后补课约不上，课时白白浪费", "想约补课名额根本抢不到"],
                    ["impossible to book a makeup class, every slot is full",
                     "we missed one lesson and still can't get a makeup slot"]),
    "kit_late": (["画材包下单一周了还没到", "物流太慢了，画材包还没到孩子上课都没法用", "买的画材一直没发货，物流信息不动"],
                 ["the art kit still hasn't arrived after a week", "kit not delivered yet, courier tracking is stuck"]),
    "online_lag": (["网课一直卡顿，老师声音断断续续", "上网课老是卡住，孩子都没法跟着画", "网课画面卡顿严重，还掉线了两次"],
                   ["the online class kept freezing", "online lesson was laggy, the video froze every few minutes"]),
    "price_high": (["学费太贵了，一节课快两百", "续费又涨价了，有点吃不消", "课包价格太贵，比别家贵不少"],
                   ["tuition is too expensive for what it is", "another price hike at renewal, really?"]),
    "progress": (["孩子进步很大，画画越来越有想法", "半年下来孩子进步明显，构图好多了", "看到孩子的进步很开心"],
                 ["my kid has improved so much", "huge progress in just one term", "we can really see the progress in her drawings"]),
    "exhibition": (["画展办得太用心了，孩子的画挂在墙上特别骄傲", "带爷爷奶奶去看了画展，全家都很开心", "画展很有仪式感"],
                   ["the exhibition was lovely, she was so proud to see her painting on the wall",
                    "great exhibition, the whole family came"]),
    "refund_slow": (["申请退费三周了还没退回来", "退费流程太慢，一直说在走审批", "退费拖了好久，客服只会让等"],
                    ["still waiting for the refund after three weeks", "the refund took forever, finance kept saying it's in review"]),
}
GEN = {
    "pos": (["整体很满意，会继续上", "环境很好，孩子很开心", "课程安排合理，推荐给朋友了", "服务很周到"],
            ["really happy with the classes", "lovely studio, my kid enjoys every lesson", "well organised, would recommend"]),
    "neu": (["还可以吧，再看看", "一般般，没什么特别", "中规中矩"],
            ["it's ok", "average, nothing special"]),
    "neg": (["不太满意，有点失望", "体验不好，考虑换一家", "和宣传的不太一样"],
            ["not happy with it", "disappointing, thinking about switching"]),
}
TOPIC_TP = [("refund_slow", "tp_refund"), ("kit_late", "tp_kit_delivered"), ("makeup_hard", "tp_makeup"),
            ("online_lag", "tp_class"), ("impatient", "tp_class"), ("price_high", "tp_renew"),
            ("exhibition", "tp_exhibition"), ("gentle", "tp_class"), ("progress", "tp_artwork_review")]
NEG_TOPICS = {"impatient", "makeup_hard", "kit_late", "online_lag", "price_high", "refund_slow"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    if d.month == 7:
        return 1.7                                   # summer holiday classes
    if d.month == 8:
        return 1.35
    if d.month == 9:
        return 1.2
    if datetime(2025, 1, 25) <= d < datetime(2025, 2, 8) or datetime(2026, 2, 12) <= d < datetime(2026, 2, 26):
        return 0.45                                  # Spring Festival
    if d.month in (1, 6):
        return 0.85                                  # exam season
    return 1.0


def term_price(mode: str, city: str, t: datetime) -> float:
    p = 1980 if mode == "online" else (3980 if city in ("Shanghai", "Beijing") else 3680)
    return float(round(p * 1.1)) if t >= PRICE_UP else float(p)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_tr = self.n_en = self.n_kit = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, ctx=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"], channel="mini_program")
        if ctx:
            row.update(ctx)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, ref, ctx=None, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"term": "学期课包", "trial": "试听课", "kit": "画材包", "exhibition_ticket": "画展门票"}[otype]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="mini_program", device=c["device"], order_type=otype, 订单类型=zh, ref_id=ref)
        if ctx:
            for k in ("studio_id", "studio", "studio_en", "studio_city", "校区城市", "mode", "上课方式", "course", "课程",
                      "age_group", "年龄段", "teacher", "teacher_en"):
                if k in ctx:
                    row[k] = ctx[k]
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, ctx=None, tp=None, rating=None, nps=None, gen=None, undated=False,
           no_customer=False):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_class")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if (gen == "pos" or {"gentle", "progress", "exhibition"} & set(topics)) else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang)
        if ctx and ctx.get("mode") == "online":
            row["device"] = c["tablet"]                  # the device the online class runs on
        if ctx:
            for k in ("studio_id", "studio", "studio_en", "studio_city", "校区城市", "mode", "上课方式", "teacher",
                      "teacher_en", "age_group", "年龄段"):
                if k in ctx:
                    row[k] = ctx[k]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 6, 20):
            days.append((d, (0.7 + 0.6 * (d - START).days / 535) * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        cities = list(CITIES)
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 22.5)))
            city = pick(cities, [CITIES[x][1] for x in cities])
            if city == "Suzhou" and t < SUZHOU_OPEN - D(days=14):
                city = "Other"
            mode = "online" if city == "Other" or rng.random() < 0.12 else "offline"
            studios = [s for s in STUDIOS if s[1] == city] if mode == "offline" else [STUDIO["ON"]]
            home = studios[int(rng.integers(len(studios)))]
            age = pick(list(AGE_GROUPS), [a[1] for a in AGE_GROUPS.values()])
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            en_share = CITIES[city][2]
            self.cust.append(dict(
                customer_id=f"P{i + 1:05d}", discover=t, city=city, mode=mode, home=home[0], age=age, channel=ch,
                role=pick(list(ROLES), [0.68, 0.24, 0.08]), child_gender=pick(["girl", "boy"], [0.55, 0.45]),
                device=pick(["ios", "android"], [0.55, 0.45]),
                tablet=pick(["ipad", "android_tablet", "pc"], [0.45, 0.30, 0.25]),
                en_share=en_share, lang="en" if rng.random() < en_share else "zh", spend=0.0, enrolled=False,
                trialed=False, refunded=False, active_until=None))

    def teacher(self, studio_id, t):
        ts_ = TEACHERS[studio_id]
        tz = ts_[int(rng.integers(len(ts_)))]
        if tz[0] == "李强" and t >= LI_LEAVES:
            tz = CHEN_LU
        return tz

    def ctx(self, c, studio_id, tz, course):
        s = STUDIO[studio_id]
        return dict(studio_id=s[0], studio=s[2], studio_en=s[3], studio_city=s[1], 校区城市=CITY_ZH[s[1]],
                    mode=c["mode"], 上课方式=MODES[c["mode"]], course=course, 课程=COURSES[course],
                    age_group=c["age"], 年龄段=AGE_GROUPS[c["age"]][0], teacher=tz[0], teacher_en=tz[1])

    # ---------- trial ----------
    def trial(self, c, t):
        """books and maybe attends a trial; returns (attended, ctx, time) or None."""
        self.n_tr += 1
        tid = f"TR{self.n_tr:05d}"
        course = str(rng.choice(AGE_GROUPS[c["age"]][2]))
        tz = self.teacher(c["home"], t)
        cx = self.ctx(c, c["home"], tz, course)
        self.ev(c, t, "tp_trial_book", tid, "submit", cx)
        fee = 49.0 if c["mode"] == "online" else 99.0
        tp_ = t + D(minutes=float(rng.uniform(1, 30)))
        self.ev(c, tp_, "tp_trial_pay", tid, "success", cx, amount=fee)
        self.order(c, tp_, fee, "trial", tid, cx)
        c["spend"] += fee
        t_class = datetime(t.year, t.month, t.day) + D(days=int(rng.integers(1, 8)), hours=float(pick(
            [10, 14, 16, 19], [0.3, 0.3, 0.2, 0.2])))
        p_show = 0.60 if c["mode"] == "online" else 0.89
        if rng.random() > p_show:
            return None, cx, t_class
        self.ev(c, t_class, "tp_trial_attend", tid, "attend", cx, device=c["tablet"] if c["mode"] == "online" else None,
                channel="online" if c["mode"] == "online" else "store")
        c["trialed"] = True
        topics = []
        if tz[0] == "李强" and rng.random() < 0.35:
            topics.append("impatient")
        elif tz[0] in ("周敏", "沈佳") and rng.random() < 0.4:
            topics.append("gentle")
        elif rng.random() < 0.06:
            topics.append("gentle")
        if c["mode"] == "online" and rng.random() < (0.3 if c["tablet"] == "android_tablet" else 0.05):
            topics.append("online_lag")
        if rng.random() < 0.18:
            stars = float(pick([5, 4, 3], [0.5, 0.35, 0.15]))
            stars -= 2.2 * ("impatient" in topics) + 1.8 * ("online_lag" in topics)
            stars = float(min(5, max(1, round(stars + 0.6 * ("gentle" in topics)))))
            self.fb(c, t_class + D(hours=float(rng.uniform(3, 72))), topics, "dianping_review", cx,
                    tp="tp_trial_attend" if not topics else None, rating=stars,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"), undated=rng.random() < 0.3)
        return True, cx, t_class

    # ---------- one term ----------
    def term(self, c, t_enrol, cx, renewal, eid):
        price = term_price(c["mode"], c["city"], t_enrol)
        studio = cx["studio_id"]
        if not renewal:
            self.ev(c, t_enrol, "tp_enrol", eid, "success", cx, amount=price)
        order = self.order(c, t_enrol, price, "term", eid, cx, term_kind="renewal" if renewal else "new",
                           报名类型="续费" if renewal else "新报", lessons=16)
        c["spend"] += price
        c["enrolled"] = True
        # kit with the first term
        if not renewal and rng.random() < 0.45:
            self.kit(c, t_enrol + D(minutes=float(rng.uniform(2, 40))), cx)
        start = datetime(t_enrol.year, t_enrol.month, t_enrol.day) + D(days=int(rng.integers(2, 9)),
                                                                        hours=float(pick([9, 10, 14, 16, 19],
                                                                                         [0.2, 0.25, 0.2, 0.2, 0.15])))
        tz = (cx["teacher"], cx["teacher_en"])
        p_abs = AGE_GROUPS[c["age"]][4]
        impatient_t = False
        dropout_at = None
        p_drop = 0.05
        if cx["teacher"] == "李强":
            p_drop = 0.16
        if rng.random() < p_drop:
            dropout_at = int(rng.integers(3, 10))
        lag_n = 0
        for k in range(16):
            t = start + D(days=7 * k)
            if t > END:
                c["active_until"] = END
                return None
            if cx["teacher"] == "李强" and t >= LI_LEAVES:
                cx = dict(cx, teacher=CHEN_LU[0], teacher_en=CHEN_LU[1])
            if dropout_at is not None and k == dropout_at:
                t_req = t - D(days=float(rng.uniform(1, 5)))
                self.ev(c, t_req, "tp_refund_request", eid, "request", cx, channel="phone",
                        refund_reason="dropout", 退费原因="中途退课", lessons_left=16 - k)
                slow = REFUND_SLOW[0] <= t_req < REFUND_SLOW[1]
                delay = float(rng.lognormal(np.log(17.0 if slow else 4.0), 0.35))
                t_ref = t_req + D(days=delay)
                amt = round(price * (16 - k) / 16, 2)
                if self.ev(c, t_ref, "tp_refund", eid, "refund", cx, channel="bank", refund_amount=amt,
                           refund_reason="dropout", 退费原因="中途退课", device=None) and order is not None:
                    order["status"] = "refunded"
                    order["refunded_at"] = ts(t_ref)
                    order["refund_amount"] = amt
                    c["spend"] -= price
                    c["refunded"] = True
                if delay > 10 and rng.random() < 0.55:
                    self.fb(c, t_req + D(days=float(rng.uniform(9, min(delay, 25)))), ["refund_slow"], "wechat_service", cx)
                topics = ["impatient"] if cx["teacher"] == "李强" else []
                if rng.random() < 0.3:
                    self.fb(c, t_req + D(hours=2), topics, "call_note", cx, tp="tp_refund_request", gen="neg",
                            undated=rng.random() < 0.4)
                c["active_until"] = t
                return None
            if rng.random() < p_abs:
                t_leave = t - D(hours=float(rng.uniform(3, 48)))
                self.ev(c, t_leave, "tp_absent", eid, "leave", cx, lesson_no=k + 1)
                p_mk = 0.40 if studio == "S04" else 0.86
                if rng.random() < p_mk:
                    t_mk = t + D(days=float(rng.uniform(2, 25)))
                    t_mk = datetime(t_mk.year, t_mk.month, t_mk.day) + D(hours=float(pick([10, 15, 18], [1, 1, 1])))
                    self.ev(c, t_mk, "tp_makeup", eid, "attend", cx, channel="online" if c["mode"] == "online" else "store",
                            device=None, lesson_no=k + 1)
                elif studio == "S04" and rng.random() < 0.3:
                    t_mk = t + D(days=float(rng.uniform(32, 60)))
                    self.ev(c, t_mk, "tp_makeup", eid, "attend", cx, channel="store", device=None, lesson_no=k + 1)
                if studio == "S04" and rng.random() < 0.16:
                    chan = pick(["wechat_service", "dianping_review"], [0.6, 0.4])
                    self.fb(c, t + D(days=float(rng.uniform(3, 12))), ["makeup_hard"], chan, cx,
                            rating=float(pick([1, 2], [0.5, 0.5])) if chan == "dianping_review" else None,
                            undated=chan == "dianping_review" and rng.random() < 0.3)
                elif rng.random() < 0.01:
                    self.fb(c, t + D(days=float(rng.uniform(3, 12))), ["makeup_hard"], "wechat_service", cx)
                continue
            self.ev(c, t, "tp_class", eid, "attend", cx, channel="online" if c["mode"] == "online" else "store",
                    device=c["tablet"] if c["mode"] == "online" else None, lesson_no=k + 1)
            if rng.random() < 0.66:
                self.ev(c, t + D(hours=float(rng.lognormal(np.log(4), 0.6))), "tp_artwork_review", eid, "view", cx,
                        lesson_no=k + 1)
            topics = []
            if (cx["teacher"] == "李强" and rng.random() < 0.4) or rng.random() < 0.003:
                topics.append("impatient")
            elif cx["teacher"] in ("周敏", "沈佳") and rng.random() < 0.35:
                topics.append("gentle")
            elif rng.random() < 0.05:
                topics.append("gentle")
            if c["mode"] == "online" and rng.random() < (0.22 if c["tablet"] == "android_tablet" else 0.03):
                topics.append("online_lag")
                lag_n += 1
            if k >= 8 and rng.random() < 0.12:
                topics.append("progress")
            if rng.random() < 0.07:
                stars = float(pick([5, 4, 3, 2], [0.55, 0.32, 0.1, 0.03]))
                stars -= 2.3 * ("impatient" in topics) + 1.9 * ("online_lag" in topics)
                if "gentle" in topics or "progress" in topics:
                    stars = max(stars, 4.0) + (0.6 if stars < 5 else 0)
                stars = float(min(5, max(1, round(stars))))
                self.fb(c, t + D(hours=float(rng.uniform(1, 30))), topics, "class_rating", cx, rating=stars,
                        gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"))
            elif topics and rng.random() < 0.04:
                self.fb(c, t + D(hours=float(rng.uniform(1, 72))), topics, "xiaohongshu_note", cx,
                        undated=rng.random() < 0.5, no_customer=rng.random() < 0.3)
            if "impatient" in topics and rng.random() < 0.15:
                self.fb(c, t + D(hours=float(rng.uniform(1, 24))), ["impatient"], "wechat_service", cx)
            if lag_n and "online_lag" in topics and rng.random() < 0.08:
                self.fb(c, t + D(hours=1), ["online_lag"], "wechat_service", cx)
        # term finished
        t_end = start + D(days=7 * 15)
        c["active_until"] = t_end
        if rng.random() < 0.22:
            nps = int(np.clip(round(rng.normal(8.4 - 3.5 * (cx["teacher"] == "李强") - 1.5 * (lag_n > 0), 1.5)), 0, 10))
            self.fb(c, t_end + D(days=float(rng.uniform(1, 6))), [], "parent_survey", cx, tp="tp_renew", nps=nps,
                    gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        p_ren = AGE_GROUPS[c["age"]][3]
        if cx["teacher"] in ("周敏", "沈佳"):
            p_ren = min(0.95, p_ren + 0.1)
        if lag_n >= 2:
            p_ren *= 0.7
        if t_enrol >= PRICE_UP - D(days=120) and t_end >= PRICE_UP:
            p_ren *= 0.92
        if rng.random() < p_ren:
            t_ren = start + D(days=7 * 13 + float(rng.uniform(0, 14)))
            if t_ren <= END:
                self.ev(c, t_ren, "tp_renew", eid, "success", cx, amount=term_price(c["mode"], c["city"], t_ren))
                if t_ren >= PRICE_UP and rng.random() < 0.1:
                    self.fb(c, t_ren + D(hours=3), ["price_high"], "wechat_service", cx)
                return t_ren
        elif rng.random() < 0.15:
            self.fb(c, t_end + D(days=2), ["price_high"] if rng.random() < 0.4 else [], "call_note", cx,
                    tp="tp_renew", gen="neu", undated=rng.random() < 0.4)
        return None

    def kit(self, c, t, cx):
        self.n_kit += 1
        kid = f"KT{self.n_kit:05d}"
        k = KITS[int(rng.choice(4, p=[0.4, 0.3, 0.15, 0.15]))]
        self.ev(c, t, "tp_kit_order", kid, "submit", None, amount=k[2], kit=k[0], 画材包=k[1], studio_id=cx["studio_id"])
        late = KIT_DELAY[0] <= t < KIT_DELAY[1]
        courier = "速达快递" if late else "顺丰"
        o = self.order(c, t, k[2], "kit", kid, None, kit=k[0], 画材包=k[1], courier=courier, studio_id=cx["studio_id"])
        c["spend"] += k[2]
        if late and rng.random() < 0.1:
            t_r = t + D(days=float(rng.uniform(8, 14)))
            if o is not None and t_r <= END:
                o["status"] = "refunded"
                o["refunded_at"] = ts(t_r)
                o["refund_amount"] = k[2]
                c["spend"] -= k[2]
            self.fb(c, t + D(days=float(rng.uniform(5, 8))), ["kit_late"], "wechat_service", cx)
            return
        days = float(rng.lognormal(np.log(6.5 if late else 2.2), 0.3))
        self.ev(c, t + D(days=days), "tp_kit_delivered", kid, "delivered", None, device=None, channel="courier",
                courier=courier, kit=k[0], 画材包=k[1], studio_id=cx["studio_id"])
        if (late and rng.random() < 0.32) or (not late and rng.random() < 0.01):
            chan = pick(["wechat_service", "class_rating"], [0.8, 0.2]) if late else "wechat_service"
            self.fb(c, t + D(days=min(days, 5) * float(rng.uniform(0.6, 1.0))), ["kit_late"], chan, cx,
                    rating=float(pick([1, 2], [0.6, 0.4])) if chan == "class_rating" else None)

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            dev = "pc" if rng.random() < 0.1 else c["device"]
            self.ev(c, c["discover"], "tp_discover", None, "view", None, device=dev, channel=c["channel"])
            ch = CHANNELS[c["channel"]]
            if rng.random() > ch[2]:
                continue
            t = c["discover"] + D(hours=float(min(300, rng.exponential(30) + 0.3)))
            self.ev(c, t, "tp_consult", None, "consult", None, channel=pick(["phone", "wechat"], [0.4, 0.6]),
                    consultant=f"顾问{int(rng.integers(1, 9))}号")
            if rng.random() > ch[3]:
                continue
            t = t + D(hours=float(min(320, rng.exponential(40) + 0.5)))
            attended, cx, t_cl = self.trial(c, t)
            if not attended and rng.random() < 0.35:          # rebooks the trial once
                t = t_cl + D(days=float(rng.uniform(1, 10)))
                attended, cx, t_cl = self.trial(c, t)
            if not attended:
                continue
            tz_mult = next((x[2] for x in TEACHERS[cx["studio_id"]] + [CHEN_LU] if x[0] == cx["teacher"]), 1.0)
            p_en = 0.52 * tz_mult * (1.15 if c["channel"] == "referral" else 1.0) * (0.9 if t_cl >= PRICE_UP else 1.0)
            if c["mode"] == "online":
                p_en *= 0.85
            if rng.random() > min(0.93, p_en):
                continue
            t_en = t_cl + D(hours=float(min(400, rng.exponential(50) + 0.5)))
            self.n_en += 1
            eid = f"EN{self.n_en:05d}"
            if self.ev(c, t_en, "tp_enrol", eid, "success", cx, amount=term_price(c["mode"], c["city"], t_en)):
                self.events.pop()
                self.n_ev -= 1
            else:
                continue
            renewal = False
            while True:
                t_ren = self.term(c, t_en, cx, renewal, eid)
                if t_ren is None:
                    break
                renewal, t_en = True, t_ren
                self.n_en += 1
                eid = f"EN{self.n_en:05d}"
                if cx["teacher"] == "李强" and t_en >= LI_LEAVES:
                    cx = dict(cx, teacher=CHEN_LU[0], teacher_en=CHEN_LU[1])
        # second pass: exhibitions and extra kits while enrolled
        self.index()
        for c in self.cust:
            if not c["enrolled"]:
                continue
            first = min(datetime.strptime(o["ts"], "%Y-%m-%d %H:%M:%S") for o in self._orders_of(c))
            last = c["active_until"] or END
            cx0 = self._last_ctx(c)
            for ex in EXHIBITIONS:
                if first <= ex[4] and last >= ex[3] and rng.random() < 0.45:
                    t = ex[3] + (ex[4] - ex[3]) * float(rng.uniform(0, 1))
                    n = int(pick([1, 2, 3, 4], [0.15, 0.45, 0.3, 0.1]))
                    self.ev(c, t, "tp_exhibition", ex[0], "ticket", None, amount=40.0 * n, tickets=n,
                            exhibition=ex[0], 画展=ex[1], studio_id=cx0["studio_id"])
                    self.order(c, t, 40.0 * n, "exhibition_ticket", ex[0], None, exhibition=ex[0], 画展=ex[1],
                               tickets=n, studio_id=cx0["studio_id"])
                    c["spend"] += 40.0 * n
                    if rng.random() < 0.12:
                        chan = pick(["xiaohongshu_note", "class_rating"], [0.6, 0.4])
                        app = chan == "class_rating"
                        self.fb(c, t + D(days=float(rng.uniform(0, 5))), ["exhibition"], chan, cx0,
                                rating=float(pick([5, 4], [0.8, 0.2])) if app else None,
                                undated=not app and rng.random() < 0.4, no_customer=not app and rng.random() < 0.3)
            n_extra = int(rng.poisson(0.35 * max(1.0, (last - first).days / 120)))
            for _ in range(n_extra):
                t = first + (last - first) * float(rng.uniform(0.05, 1.0))
                self.kit(c, t, cx0)

    def _orders_of(self, c):
        return [o for o in self._by_cust.get(c["customer_id"], [])]

    def _last_ctx(self, c):
        return self._ctx_of[c["customer_id"]]

    def index(self):
        self._by_cust, self._ctx_of = {}, {}
        for o in self.orders:
            self._by_cust.setdefault(o["customer_id"], []).append(o)
        for e in self.events:
            if e.get("studio") and e["touchpoint_id"] in ("tp_enrol", "tp_class", "tp_renew"):
                self._ctx_of[e["customer_id"]] = {k: e[k] for k in ("studio_id", "studio", "studio_en", "studio_city",
                                                                      "校区城市", "mode", "上课方式", "teacher",
                                                                      "teacher_en", "age_group", "年龄段")}

    def customer_rows(self):
        rows = []
        paid = {}
        for o in self.orders:
            if o["status"] == "paid":
                paid[o["customer_id"]] = paid.get(o["customer_id"], 0.0) + o["amount"]
        for c in self.cust:
            spend = paid.get(c["customer_id"], 0.0)
            tier = "diamond" if spend >= 12000 else "gold" if spend >= 7000 else "silver" if spend >= 3000 else "regular"
            if not c["enrolled"]:
                seg = "trial_only" if c["trialed"] else "prospect"
            elif c["refunded"] and (c["active_until"] or END) < END:
                seg = "refunded"
            elif c["active_until"] is not None and c["active_until"] >= datetime(2026, 6, 1):
                seg = "active"
            else:
                seg = "lapsed"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg,
                             家长状态=SEGMENTS[seg], region=c["city"], 城市=CITIES[c["city"]][0],
                             acquisition_channel=c["channel"], 获客渠道=CHANNELS[c["channel"]][0], tier=tier,
                             会员等级=TIERS[tier], child_age_group=c["age"], 年龄段=AGE_GROUPS[c["age"]][0],
                             child_gender=c["child_gender"], parent_role=c["role"], 家长身份=ROLES[c["role"]],
                             preferred_mode=c["mode"], 上课方式=MODES[c["mode"]], home_studio_id=c["home"],
                             phone_os=c["device"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "studio_id", "studio", "studio_en", "studio_city", "校区城市", "mode", "上课方式", "course", "课程",
           "age_group", "年龄段", "teacher", "teacher_en", "consultant", "lesson_no", "amount", "kit", "画材包",
           "courier", "exhibition", "画展", "tickets", "refund_amount", "refund_reason", "退费原因", "lessons_left"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "ref_id", "term_kind", "报名类型", "lessons", "studio_id", "studio", "studio_en", "studio_city", "校区城市",
            "mode", "上课方式", "course", "课程", "age_group", "年龄段", "teacher", "teacher_en", "kit", "画材包",
            "courier", "exhibition", "画展", "tickets", "refunded_at", "refund_amount", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language", "device",
           "studio_id", "studio", "studio_en", "studio_city", "校区城市", "mode", "上课方式", "teacher", "teacher_en",
           "age_group", "年龄段"]
CUST_COLS = ["customer_id", "signup_at", "segment", "家长状态", "region", "城市", "acquisition_channel", "获客渠道",
             "tier", "会员等级", "child_age_group", "年龄段", "child_gender", "parent_role", "家长身份", "preferred_mode",
             "上课方式", "home_studio_id", "phone_os", "preferred_language"]


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
    dup_idx = rng.choice(len(ev), size=15, replace=False)            # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, trials {g.n_tr}, terms {g.n_en}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
