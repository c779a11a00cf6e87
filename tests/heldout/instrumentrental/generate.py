"""悦音乐器租赁 YueYin Instrument Rentals: rental and rent-to-own of student instruments (小提琴 violin, 大提琴 cello,
吉他 guitar, 钢琴 piano: digital / upright) from six shops in Shanghai (徐汇, 浦东), Hangzhou, Nanjing, Suzhou and
Chengdu (成都高新店, opened 2025-09-01).

A parent (or an adult learner) finds us on the mini program / website (Douyin, Xiaohongshu, Dianping, a teacher's
referral code, a school music-week stall) or walks into a shop, books a trial (预约试琴), comes to try instruments
(到店试琴, a teacher checks the size), signs a rental contract and pays the deposit (签约交押金) plus the first month,
then pays rent monthly by autopay (微信 / 支付宝 / 银联代扣). During the rental the family asks for repairs (报修 →
维修完成), swaps to a bigger size when the child grows (换大一号, violins and cellos, free of charge), and finally buys
the instrument out (租转买: 80 % of the rent paid is credited, the deposit is applied) or returns it (退琴) and gets
the deposit back less any damage deduction (押金退还).
Data 2025-01-01 .. 2026-08-31 (the extract was taken in early September 2026); contracts signed before 2025 appear
through their rent payments, repairs, swaps, returns and buy-outs only.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261207), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import calendar
import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
CHENGDU_OPEN = datetime(2025, 9, 1)
CHENGDU_LUTHIER = datetime(2026, 3, 1)                     # Chengdu hires its own luthier (repairs no longer shipped)
CELLO_SHORT = (datetime(2025, 9, 1), datetime(2025, 12, 1))  # cello stock-out of bigger sizes
UNIONPAY_BUG = (datetime(2026, 3, 1), datetime(2026, 5, 1))  # UnionPay autopay gateway upgrade
PUDONG_BACKLOG = (datetime(2026, 4, 1), datetime(2026, 8, 1))  # Pudong deposit refunds backlog (finance clerk left)
N_LEADS, N_OLD = 9000, 900

STORES = {  # id: zh, en, city_en, city_zh, weight, opened
    "S01": ("上海徐汇店", "Shanghai Xuhui", "Shanghai", "上海", 1.35, START),
    "S02": ("上海浦东店", "Shanghai Pudong", "Shanghai", "上海", 1.0, START),
    "S03": ("杭州西湖店", "Hangzhou West Lake", "Hangzhou", "杭州", 0.9, START),
    "S04": ("南京鼓楼店", "Nanjing Gulou", "Nanjing", "南京", 0.8, START),
    "S05": ("苏州园区店", "Suzhou SIP", "Suzhou", "苏州", 0.6, START),
    "S06": ("成都高新店", "Chengdu Hi-Tech", "Chengdu", "成都", 0.9, CHENGDU_OPEN),
}
INSTR = {  # en: zh, weight, age-band weights (4-6, 7-9, 10-12, 13-17, adult)
    "violin": ("小提琴", 0.44, [0.3, 0.35, 0.25, 0.08, 0.02]),
    "cello": ("大提琴", 0.14, [0.08, 0.35, 0.35, 0.17, 0.05]),
    "guitar": ("吉他", 0.22, [0.0, 0.08, 0.25, 0.4, 0.27]),
    "piano": ("钢琴", 0.20, [0.3, 0.35, 0.2, 0.08, 0.07]),
}
AGES = ["4-6", "7-9", "10-12", "13-17", "adult"]
AGES_ZH = {"4-6": "4-6岁", "7-9": "7-9岁", "10-12": "10-12岁", "13-17": "13-17岁", "adult": "成人"}
SIZES = {"violin": ["1/10", "1/8", "1/4", "1/2", "3/4", "4/4"], "cello": ["1/8", "1/4", "1/2", "3/4", "4/4"],
         "guitar": ["34in", "36in", "39in"], "piano": ["digital", "upright"]}
SIZE_ZH = {"34in": "34寸", "36in": "36寸", "39in": "39寸", "digital": "数码钢琴", "upright": "立式钢琴"}
RENT = {"violin": {"1/10": 118, "1/8": 118, "1/4": 148, "1/2": 148, "3/4": 178, "4/4": 218},
        "cello": {"1/8": 268, "1/4": 268, "1/2": 318, "3/4": 358, "4/4": 418},
        "guitar": {"34in": 88, "36in": 98, "39in": 128}, "piano": {"digital": 268, "upright": 498}}
GRADES = {"A": ("九五新", 1.15), "B": ("九成新", 1.0), "C": ("八成新", 0.85)}
ACQ = {  # en: zh, weight, share entering online (else walk into a shop), p(book trial), p(show), p(sign)
    "douyin": ("抖音", 0.22, 1.0, 0.36, 0.55, 0.50),
    "xiaohongshu": ("小红书", 0.18, 1.0, 0.42, 0.85, 0.50),
    "dianping": ("大众点评", 0.15, 0.6, 0.45, 0.86, 0.52),
    "teacher_referral": ("老师推荐", 0.13, 0.55, 0.78, 0.93, 0.80),
    "school_event": ("校园推广", 0.12, 0.75, 0.40, 0.84, 0.48),
    "walk_in": ("路过到店", 0.20, 0.0, 0.0, 0.0, 0.50),
}
TEACHERS = [  # code, zh, en, city, instrument, weight
    ("TCH-LM08", "李敏老师", "Li Min", "Shanghai", "violin", 5.0),
    ("TCH-ZY03", "张悦老师", "Zhang Yue", "Shanghai", "cello", 1.4),
    ("TCH-WH11", "王浩老师", "Wang Hao", "Shanghai", "piano", 1.2),
    ("TCH-CX05", "陈曦老师", "Chen Xi", "Hangzhou", "violin", 1.5),
    ("TCH-LJ02", "刘洁老师", "Liu Jie", "Hangzhou", "piano", 1.0),
    ("TCH-ZQ07", "周琪老师", "Zhou Qi", "Nanjing", "violin", 1.3),
    ("TCH-SY04", "孙扬老师", "Sun Yang", "Nanjing", "guitar", 0.8),
    ("TCH-HM09", "何敏老师", "He Min", "Suzhou", "violin", 1.0),
    ("TCH-YL06", "杨柳老师", "Yang Liu", "Chengdu", "cello", 1.0),
    ("TCH-TF10", "唐帆老师", "Tang Fan", "Chengdu", "guitar", 0.8),
]
PAY = {"wechat_autopay": ("微信代扣", 0.55), "alipay_autopay": ("支付宝代扣", 0.25),
       "unionpay_autopay": ("银联代扣", 0.20)}
REPAIRS = {  # instrument: [(type en, zh, weight)]
    "violin": [("seams", "开胶", 0.3), ("bridge", "琴桥歪倒", 0.25), ("strings", "断弦换弦", 0.3), ("pegs", "弦轴打滑", 0.15)],
    "cello": [("seams", "开胶", 0.3), ("bridge", "琴桥歪倒", 0.25), ("strings", "断弦换弦", 0.25), ("endpin", "尾柱松动", 0.2)],
    "guitar": [("strings", "断弦换弦", 0.55), ("frets", "打品", 0.3), ("tuners", "弦钮松", 0.15)],
    "piano": [("tuning", "调音", 0.6), ("keys", "琴键卡键", 0.3), ("pedal", "踏板异响", 0.1)],
}
OTYPE = {"deposit": "押金", "monthly_rent": "月租", "delivery_fee": "送琴搬运费", "repair_fee": "维修费",
         "buyout": "买断款"}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_web_visit", "官网/小程序浏览", "Website / mini program visit", "awareness", "mini_program", "digital",
     "marketing", "官网|小程序|线上浏览|看琴|逛小程序|website|mini program|online visit|browsing"),
    ("tp_store_visit", "到店咨询", "Store visit", "awareness", "store", "physical", "store_ops",
     "到店|进店|门店咨询|walk-in|store visit|came into the shop"),
    ("tp_trial_book", "预约试琴", "Trial booked", "consideration", "mini_program", "digital", "store_ops",
     "约试琴|预约体验|试琴预约|book a trial|trial booking|appointment"),
    ("tp_trial", "到店试琴", "Trial / try-out", "consideration", "store", "physical", "store_ops",
     "试琴|试拉|试弹|体验课|量尺寸|try-out|trial lesson|fitting"),
    ("tp_contract", "签约取琴（交押金）", "Rental contract signed (deposit paid)", "purchase", "store", "physical",
     "store_ops", "签约|租琴|起租|交押金|取琴|开租|rental contract|sign up|rent start|deposit paid|new rental"),
    ("tp_rent_pay", "月租扣款", "Monthly rent payment", "purchase", "mini_program", "digital", "finance",
     "月租|租金|扣款|代扣|自动扣费|缴费|monthly rent|autopay|direct debit|rent payment"),
    ("tp_repair_req", "报修", "Repair request", "service", "mini_program", "digital", "workshop",
     "报修|维修申请|保养|修琴|repair request|maintenance request|fix"),
    ("tp_repair_done", "维修完成", "Repair completed", "service", "store", "physical", "workshop",
     "修好|维修完成|取回|repair done|repaired|fixed"),
    ("tp_swap_req", "申请换尺寸", "Size swap requested", "service", "mini_program", "digital", "store_ops",
     "换尺寸申请|换大一号|升尺寸|size swap request|upsize request|trade up"),
    ("tp_swap", "换琴完成", "Swapped to a bigger size", "service", "store", "physical", "store_ops",
     "换琴|换大琴|换尺寸|swap|size swap|upsize|trade-up done"),
    ("tp_buyout", "租转买（买断）", "Rent-to-own buy-out", "loyalty", "store", "physical", "store_ops",
     "租转买|买断|租购|转购买|rent to own|rent-to-own|buy-out|buyout|purchase the instrument"),
    ("tp_return", "退琴", "Instrument returned", "service", "store", "physical", "store_ops",
     "退琴|还琴|退租|不租了|return|end rental|cancel rental"),
    ("tp_deposit_refund", "押金退还", "Deposit refunded", "service", "mini_program", "digital", "finance",
     "退押金|押金退还|押金到账|deposit refund|deposit back|refund of deposit"),
    ("tp_review", "评价", "Review", "loyalty", "mini_program", "digital", "customer_service",
     "评价|打分|点评|review|rating|stars"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("web_signup", "线上预约签约", "Online booking to contract",
     ["tp_web_visit", "tp_trial_book", "tp_trial", "tp_contract"], 30),
    ("store_signup", "到店签约", "Walk-in to contract", ["tp_store_visit", "tp_trial", "tp_contract"], 14),
    ("repair", "报修维修", "Repair", ["tp_repair_req", "tp_repair_done"], 21),
    ("upsize", "换大尺寸", "Size swap", ["tp_swap_req", "tp_swap"], 30),
    ("return_refund", "退琴退押", "Return and deposit refund", ["tp_return", "tp_deposit_refund"], 30),
    ("rent_to_own", "租转买", "Rent to own", ["tp_contract", "tp_buyout"], 540),
]

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "quality": (["刚租的琴就开胶了", "琴况太差，音不准，调了也不稳", "琴桥是歪的，拿回家就发现了", "八成新的琴有点旧，音不准",
                 "琴况一般，面板还有开胶"],
                ["the violin was out of tune all the time", "seams were open on day one",
                 "the bridge was already leaning when we got it", "the instrument we got was out of tune and worn"]),
    "repair_slow": (["维修太慢了，等了快两个星期", "报修以后修了十来天才拿回来", "维修要寄到外地，孩子半个月没琴练",
                     "维修进度没人通知，一直在等"],
                    ["the repair took almost two weeks", "repair was slow, my kid couldn't practise",
                     "repair had to be shipped away, took forever"]),
    "swap_wait": (["换大一号的琴等了两个多星期", "说要换尺寸一直没货", "孩子长个了想换琴，门店说大提琴没货让等",
                   "换尺寸拖了很久"],
                  ["waited weeks to swap to a bigger size", "the size swap took ages, no stock",
                   "still waiting for the bigger cello, swap keeps getting pushed back"]),
    "autopay": (["月租扣款失败了还被催缴", "银联代扣老是失败，每个月都要手动交", "扣款失败也没人提前通知",
                 "这个月代扣扣了两次"],
                ["autopay failed and then we got a reminder call", "the monthly debit keeps failing",
                 "autopay failed again this month, had to pay by hand"]),
    "deposit_slow": (["退琴两周了押金还没退", "押金迟迟不到账，客服也说不清楚", "押金还没退，催了好几次",
                      "押金迟迟没退回来"],
                     ["the deposit refund is taking forever", "still waiting for the deposit two weeks after returning",
                      "deposit refund still not in my account"]),
    "deduction": (["押金被扣了三百说是划痕", "正常使用的磨损也扣了钱", "押金被扣得莫名其妙"],
                  ["they deducted money for normal wear", "part of my deposit was kept for a tiny scratch"]),
    "pricey": (["月租有点贵", "租金偏贵，比别家高", "立式钢琴月租太贵了"],
               ["rent is a bit pricey", "monthly rent is expensive compared to others"]),
    "trial_good": (["试琴的老师很耐心，孩子很喜欢", "试琴时帮孩子量了尺寸，讲解很专业", "试琴体验很好"],
                   ["the trial lesson was great, teacher very patient", "really helpful try-out before signing"]),
    "rto_good": (["租转买很划算，租金还能抵扣", "孩子坚持下来了，直接租转买", "租转买手续简单，租金抵扣了不少"],
                 ["rent-to-own was a great deal", "rent-to-own credit made buying it easy"]),
    "staff_nice": (["店员很热情，讲得很清楚", "门店店员很有耐心"],
                   ["staff were friendly and knowledgeable", "shop staff explained everything clearly"]),
}
GEN = {
    "pos": (["整体不错，会推荐给其他家长", "挺好的，孩子练得很开心", "服务不错"],
            ["good overall, would recommend to other parents", "happy with it"]),
    "neu": (["还行吧", "一般般，没什么特别的"], ["it was ok", "nothing special"]),
    "neg": (["体验不太好", "不太满意，考虑换一家"], ["not happy overall", "poor experience, might go elsewhere"]),
}
NEG_TOPICS = {"quality", "repair_slow", "swap_wait", "autopay", "deposit_slow", "deduction", "pricey"}
TOPIC_TP = [("deposit_slow", "tp_deposit_refund"), ("deduction", "tp_deposit_refund"), ("autopay", "tp_rent_pay"),
            ("repair_slow", "tp_repair_done"), ("swap_wait", "tp_swap"), ("quality", "tp_contract"),
            ("pricey", "tp_contract"), ("trial_good", "tp_trial"), ("rto_good", "tp_buyout"),
            ("staff_nice", "tp_store_visit")]
PENALTY = {"quality": 2.0, "repair_slow": 1.8, "swap_wait": 1.5, "autopay": 1.2, "deposit_slow": 2.6,
           "deduction": 2.0, "pricey": 0.8}


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, w):
    w = np.asarray(w, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def add_months(t: datetime, m: int) -> datetime:
    y, mo = divmod(t.month - 1 + m, 12)
    y += t.year
    mo += 1
    return t.replace(year=y, month=mo, day=min(t.day, calendar.monthrange(y, mo)[1]))


def shop_time(d: datetime, lo=10.0, hi=20.5) -> datetime:
    return datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(lo, hi)))


def awake(t: datetime) -> datetime:
    """people write, call and tap in the mini program between 8:00 and 23:00."""
    if t.hour < 8:
        return datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(8, 23)))
    return t


def season(d: date) -> float:
    return {1: 0.75, 2: 1.4, 3: 1.3, 4: 0.9, 5: 0.8, 6: 0.75, 7: 0.95, 8: 1.45, 9: 1.85, 10: 1.0, 11: 0.8,
            12: 0.7}[d.month] * (0.9 + 0.3 * (d - START.date()).days / 607)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.customers = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_ct = self.n_bk = self.n_tk = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, action, sid=None, ct=None, app=False, store=False, **kw):
        if t > END or t < START:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["os"] if app else None,
                   channel="mini_program" if app else ("store" if store else None))
        row.update(self.shop_cols(c["store"]))
        if ct:
            row.update(self.ct_cols(ct))
        row.update(kw)
        self.events.append(row)
        return True

    @staticmethod
    def shop_cols(sid):
        s = STORES[sid]
        return dict(store_id=sid, store=s[0], store_en=s[1], city=s[2], 城市=s[3])

    @staticmethod
    def ct_cols(ct):
        return dict(contract_id=ct["id"], instrument=ct["instr"], 乐器=INSTR[ct["instr"]][0], size=ct["size"],
                    尺寸=SIZE_ZH.get(ct["size"], ct["size"]), condition_grade=ct["grade"],
                    成色=GRADES[ct["grade"]][0], monthly_rent=ct["rent"], referral_code=ct["c"]["ref"])

    def order(self, c, t, amount, otype, ct, status="paid", channel="store", **kw):
        if t > END or t < START:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t),
                   amount=round(float(amount), 2), status=status, channel=channel,
                   device=c["os"] if channel == "mini_program" else None, order_type=otype, 订单类型=OTYPE[otype])
        row.update(self.shop_cols(c["store"]))
        row.update({k: v for k, v in self.ct_cols(ct).items() if k not in ("monthly_rent", "referral_code")})
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, undated=False, gen=None, no_customer=False, ct=None):
        t = awake(t)
        if t > END or t < START:
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
        if lang == "en":
            text = text[0].upper() + text[1:]
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_review")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if (gen == "pos" or topics) else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, contract_id=ct["id"] if ct else None)
        row.update(self.shop_cols(c["store"]))
        if ct:
            row.update(instrument=ct["instr"], 乐器=INSTR[ct["instr"]][0])
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    def review(self, c, t, topics, ct=None):
        """an in-app review: a tp_review event and a rated mini_program_review comment."""
        t = awake(t)
        stars = float(pick([5, 4, 3, 2], [0.45, 0.35, 0.14, 0.06]))
        for x in topics:
            stars -= PENALTY.get(x, 0)
        if topics and not set(topics) & NEG_TOPICS:
            stars = 5.0 if rng.random() < 0.8 else 4.0
        stars = float(min(5, max(1, round(stars))))
        if self.ev(c, t, "tp_review", "review", sid=ct["id"] if ct else None, ct=ct, app=True, stars=stars):
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t, topics, "mini_program_review", rating=stars, gen=gen, ct=ct)

    def voice(self, c, t, topics, ct, p_review):
        if rng.random() < p_review:
            self.review(c, t, topics, ct)
        if (set(topics) & NEG_TOPICS and rng.random() < 0.08) or rng.random() < 0.005:
            self.fb(c, t + D(hours=float(rng.uniform(1, 48))), topics, "wechat_group", ct=ct,
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.4)

    # ---------- people ----------
    def new_customer(self, t, store, acq, old=False):
        n = len(self.customers) + 1
        city = STORES[store][2]
        ref = None
        if acq == "teacher_referral":
            tl = [x for x in TEACHERS if x[3] == city]
            ref = pick(tl, [x[5] for x in tl])
        if ref is not None and rng.random() < 0.8:
            instr = ref[4]
        else:
            instr = pick(list(INSTR), [v[1] for v in INSTR.values()])
        age = pick(AGES, INSTR[instr][2])
        en = 0.2 if city == "Shanghai" else 0.05
        c = dict(customer_id=f"C{n:05d}", signup=t, store=store, acq=acq, ref=ref[0] if ref else None, refx=ref,
                 instr=instr, age=age, os=pick(["ios", "android"], [0.55, 0.45] if city == "Shanghai" else [0.4, 0.6]),
                 en_share=en, lang="en" if rng.random() < en * 0.7 else "zh", contracts=[], spend=0.0, old=old)
        self.customers.append(c)
        return c

    def lead_days(self):
        days, d = [], START
        while d <= datetime(2026, 8, 25):
            days.append((d, season(d.date())))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_LEADS, p=w / w.sum()))
        return [days[int(i)][0] for i in idx]

    def run(self):
        # contracts signed before the extract (only their 2025+ events appear)
        for _ in range(N_OLD):
            t = datetime(2023, 9, 1) + D(days=float(rng.uniform(0, 487)))
            store = pick([s for s in STORES if s != "S06"], [STORES[s][4] for s in STORES if s != "S06"])
            acq = pick(list(ACQ), [v[1] for v in ACQ.values()])
            c = self.new_customer(t, store, acq, old=True)
            self.contract(c, t + D(days=float(rng.uniform(1, 12))), trial=False)
        for day in self.lead_days():
            t = day + D(hours=float(rng.uniform(8, 22)))
            open_ = [s for s in STORES if STORES[s][5] <= t]
            w = [STORES[s][4] * (1.5 if s == "S06" and t < datetime(2025, 11, 1) else 1.0) for s in open_]
            store = pick(open_, w)
            acq = pick(list(ACQ), [v[1] for v in ACQ.values()])
            c = self.new_customer(t, store, acq)
            self.lead(c, t)
        self.customers.sort(key=lambda c: c["customer_id"])

    def lead(self, c, t):
        a = ACQ[c["acq"]]
        online = rng.random() < a[2]
        p_sign = a[5] * (1.1 if c["store"] == "S06" else 1.0) * (0.75 if c["instr"] == "piano" else 1.0)
        if online:
            dev = pick(["ios", "android", "pc"], [0.45, 0.4, 0.15])
            tv = t
            for k in range(int(1 + rng.poisson(0.6))):
                self.ev(c, tv, "tp_web_visit", "view", app=False, acquisition_channel=c["acq"],
                        device=dev if dev == "pc" else c["os"], channel="web" if dev == "pc" else "mini_program")
                tv += D(days=float(rng.exponential(2.0) + 0.05))
            if rng.random() >= a[3]:
                return
            t_b = t + D(hours=float(rng.exponential(40) + 0.2))
            self.n_bk += 1
            bk = f"BK{self.n_bk:05d}"
            self.ev(c, t_b, "tp_trial_book", "booked", sid=bk, app=True, instrument=c["instr"],
                    乐器=INSTR[c["instr"]][0], referral_code=c["ref"])
            if rng.random() >= a[4]:
                return
            t_tr = shop_time(t_b + D(days=float(rng.integers(1, 8))))
            self.ev(c, t_tr, "tp_trial", "attended", sid=bk, store=True, instrument=c["instr"],
                    乐器=INSTR[c["instr"]][0], referral_code=c["ref"])
        else:
            t_v = shop_time(t)
            self.ev(c, t_v, "tp_store_visit", "visit", store=True, acquisition_channel=c["acq"])
            if rng.random() >= (0.92 if c["ref"] else 0.75):
                return
            t_tr = t_v + D(minutes=float(rng.uniform(10, 60))) if rng.random() < 0.8 else \
                shop_time(t_v + D(days=float(rng.integers(1, 6))))
            self.ev(c, t_tr, "tp_trial", "attended", store=True, instrument=c["instr"], 乐器=INSTR[c["instr"]][0],
                    referral_code=c["ref"])
            p_sign *= 0.94
        if rng.random() >= p_sign:
            return
        if rng.random() < 0.6:
            t_c = t_tr + D(minutes=float(rng.uniform(20, 90)))
        else:
            t_c = shop_time(t_tr + D(days=float(rng.exponential(4) + 1)))
        if t_c - t_tr > D(days=28):
            return
        self.contract(c, t_c, trial=True)

    # ---------- the rental ----------
    def contract(self, c, t, trial):
        instr = c["instr"]
        sizes = SIZES[instr]
        ai = AGES.index(c["age"])
        if instr == "violin":
            size = [pick(["1/10", "1/8"], [0.4, 0.6]), pick(["1/4", "1/2"], [0.5, 0.5]),
                    pick(["1/2", "3/4"], [0.3, 0.7]), "4/4", "4/4"][ai]
        elif instr == "cello":
            size = ["1/8", "1/4", pick(["1/2", "3/4"], [0.5, 0.5]), "4/4", "4/4"][ai]
        elif instr == "guitar":
            size = ["34in", "34in", "36in", "39in", "39in"][ai]
        else:
            size = pick(["digital", "upright"], [0.6, 0.4])
        # Chengdu opened with a lot of refurbished instruments bought from a closing shop (mostly C grade)
        grade = pick(list(GRADES), [0.08, 0.22, 0.7] if c["store"] == "S06" else [0.3, 0.55, 0.15])
        self.n_ct += 1
        ct = dict(id=f"CT{self.n_ct:05d}", c=c, instr=instr, size=size, grade=grade, signed=t, ended=None,
                  end_kind=None, rent_paid=0.0)
        ct["rent"] = int(round(RENT[instr][size] * GRADES[grade][1]))
        big = size in ("4/4", "upright")
        ct["deposit"] = {"violin": 1500 if big else 1000, "cello": 2500, "guitar": 600,
                         "piano": 4000 if big else 1500}[instr]
        lp = {"violin": 4800 if big else 2800, "cello": 9800 if size == "4/4" else 7500, "guitar": 1680,
              "piano": 16800 if big else 5600}[instr]
        ct["list_price"] = lp * {"A": 1.1, "B": 1.0, "C": 0.8}[grade]
        ct["pay"] = pick(list(PAY), [v[1] for v in PAY.values()])
        c["contracts"].append(ct)
        mk = dict(payment_method=ct["pay"], 支付方式=PAY[ct["pay"]][0])
        self.ev(c, t, "tp_contract", "signed", sid=ct["id"], ct=ct, store=True, deposit=ct["deposit"], **mk)
        o = self.order(c, t, ct["deposit"], "deposit", ct)
        ct["deposit_order"] = o
        self.order(c, t + D(minutes=2), ct["rent"], "monthly_rent", ct, paid_at=ts(t + D(minutes=2)), days_late=0)
        if t >= START:
            c["spend"] += ct["rent"]
        ct["rent_paid"] += ct["rent"]
        if instr == "piano":
            fee = 300 if big else 100
            self.order(c, t + D(minutes=3), fee, "delivery_fee", ct)
            if t >= START:
                c["spend"] += fee
        self.rental(c, ct, trial)

    def rental(self, c, ct, trial):
        t0 = ct["signed"]
        instr = ct["instr"]
        teacher = c["ref"] is not None
        topics_so_far = []
        m = 1
        while True:
            prev, due = add_months(t0, m - 1), add_months(t0, m)
            if prev > END:
                break
            mid = prev + D(days=float(rng.uniform(3, 27)))
            # repairs
            h = {"A": (0.017, 0.008), "B": (0.035, 0.015), "C": (0.12, 0.03)}[ct["grade"]][0 if m <= 3 else 1]
            if ct["grade"] == "C" and c["store"] == "S06" and t0 < CHENGDU_LUTHIER and m <= 3:
                h = 0.2                     # the refurbished batch: glue, bridges and pegs give way
            if instr == "piano":
                h += 0.02
            if rng.random() < h:
                self.repair(c, ct, prev + D(days=float(rng.uniform(1, 28))), topics_so_far)
            # size swaps (children grow)
            sizes = SIZES[instr]
            if instr in ("violin", "cello") and ct["size"] != "4/4" and c["age"] in ("4-6", "7-9", "10-12") \
                    and m >= 2:
                hs = 1 / 15 * (2.0 if mid.month == 9 else 1.0)
                if rng.random() < hs:
                    self.swap(c, ct, mid)
            # return or buy-out
            hr = 0.03 * (3.0 if mid.month == 7 else 1.0) * (0.6 if teacher else 1.0) * \
                (1.3 if c["age"] == "adult" else 1.0)
            if instr == "guitar" and m <= 3:
                hr = 0.12
            hb = 0.0
            if m >= 6:
                hb = {"violin": 0.04 if ct["size"] == "4/4" else 0.004,
                      "cello": 0.03 if ct["size"] == "4/4" else 0.003, "guitar": 0.03,
                      "piano": 0.05 if ct["size"] == "digital" else 0.035}[instr] * (2.5 if teacher else 1.0)
            u = rng.random()
            if u < hr:
                self.end_return(c, ct, mid)
                break
            if u < hr + hb:
                self.end_buyout(c, ct, mid)
                break
            # rent for the next month
            if due > END:
                break
            t_pay = due.replace(hour=9) + D(minutes=float(rng.uniform(0, 90)))
            self.pay_rent(c, ct, t_pay)
            if m == 1 and rng.random() < 0.3:
                tp = []
                if (ct["grade"] == "C" and rng.random() < (0.4 if c["store"] == "S06" else 0.2)) \
                        or rng.random() < 0.015:
                    tp.append("quality")
                if rng.random() < (0.12 if ct["size"] == "upright" else 0.05):
                    tp.append("pricey")
                if trial and rng.random() < 0.12:
                    tp.append("trial_good")
                self.voice(c, due + D(days=float(rng.uniform(0, 5))), tp, ct, 1.0)
            if m == 3 and rng.random() < 0.15:
                neg = bool(set(topics_so_far) & NEG_TOPICS)
                nps = int(np.clip(round(rng.normal(8.3 - 2.8 * neg, 1.5)), 0, 10))
                tp = sorted(set(topics_so_far)) if rng.random() < 0.6 else []
                self.fb(c, due + D(days=float(rng.uniform(1, 6))), tp, "survey", nps=nps, ct=ct,
                        gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
            m += 1
        if trial and c["acq"] in ("walk_in", "dianping") and rng.random() < 0.1:
            tp = [x for x, p in (("trial_good", 0.3), ("staff_nice", 0.25), ("pricey", 0.08)) if rng.random() < p]
            stars = float(pick([5, 4, 3], [0.6, 0.3, 0.1])) if not set(tp) & NEG_TOPICS else float(pick([3, 2], [0.5, 0.5]))
            self.fb(c, t0 + D(days=float(rng.uniform(1, 10))), tp, "dianping_review", rating=stars, ct=ct,
                    undated=rng.random() < 0.33, gen="pos" if stars >= 4 else "neu")

    def pay_rent(self, c, ct, t):
        bug = ct["pay"] == "unionpay_autopay" and UNIONPAY_BUG[0] <= t < UNIONPAY_BUG[1]
        p_fail = 0.25 if bug else 0.015
        mk = dict(payment_method=ct["pay"], 支付方式=PAY[ct["pay"]][0])
        t_ok, late = t, 0.0
        failed = False
        while rng.random() < p_fail and late < 20:
            failed = True
            self.ev(c, t_ok, "tp_rent_pay", "fail", sid=ct["id"], ct=ct, app=True, channel="mini_program",
                    amount=ct["rent"], **mk)
            gap = float(rng.uniform(1, 6))
            t_ok += D(days=gap)
            late += gap
            p_fail = 0.3 if bug else 0.1
        if failed:
            if rng.random() < 0.35:
                self.fb(c, t + D(days=float(rng.uniform(0.5, 3))), ["autopay"], "call_note", ct=ct)
            self.voice(c, t + D(days=float(rng.uniform(1, 5))), ["autopay"], ct, 0.1)
        if t_ok > END:
            self.order(c, t, ct["rent"], "monthly_rent", ct, status="overdue", channel="mini_program",
                       days_late=None, **mk)
            return
        self.ev(c, t_ok, "tp_rent_pay", "success", sid=ct["id"], ct=ct, app=True, channel="mini_program",
                amount=ct["rent"], days_late=int(late), **mk)
        self.order(c, t, ct["rent"], "monthly_rent", ct, channel="mini_program", paid_at=ts(t_ok),
                   days_late=int(late), **mk)
        ct["rent_paid"] += ct["rent"]
        if t >= START:
            c["spend"] += ct["rent"]

    def repair(self, c, ct, t, topics_so_far):
        t = awake(t)
        if t > END or t < START:
            return
        instr = ct["instr"]
        w = [x[2] * (3.0 if x[0] == "seams" and ct["grade"] == "C" else 1.0) for x in REPAIRS[instr]]
        rt = pick(REPAIRS[instr], w)        # worn refurbished (C-grade) bodies come unglued
        self.n_tk += 1
        tk = f"RP{self.n_tk:05d}"
        kw = dict(ticket_id=tk, repair_type=rt[0], 维修类型=rt[1])
        self.ev(c, t, "tp_repair_req", "requested", sid=ct["id"], ct=ct, app=True, channel="mini_program", **kw)
        if instr == "piano":
            dur = rng.lognormal(np.log(2.0), 0.4)
        elif c["store"] == "S06" and t < CHENGDU_LUTHIER:
            dur = rng.lognormal(np.log(9.0), 0.3)
        else:
            dur = rng.lognormal(np.log(3.0), 0.45)
        t_d = t + D(days=float(dur))
        if not self.ev(c, t_d, "tp_repair_done", "repaired", sid=ct["id"], ct=ct, store=True, **kw):
            return
        if rng.random() < 0.2:
            fee = float(rng.choice([60, 120, 200, 350, 500]))
            if self.order(c, t_d, fee, "repair_fee", ct, ticket_id=tk):
                c["spend"] += fee
        tp = []
        if dur > 6 and rng.random() < 0.8:
            tp.append("repair_slow")
            if rng.random() < 0.35:
                self.fb(c, t + D(days=float(rng.uniform(5, 6))), ["repair_slow"], "ticket", ct=ct)
        if ct["grade"] == "C" and rng.random() < 0.4:
            tp.append("quality")
        topics_so_far.extend(tp)
        self.voice(c, t_d + D(days=float(rng.uniform(0.5, 4))), tp, ct, 0.45 if tp else 0.25)

    def swap(self, c, ct, t):
        t = awake(t)
        if t > END:
            return
        instr = ct["instr"]
        sizes = SIZES[instr]
        new = sizes[sizes.index(ct["size"]) + 1]
        if t < START:
            ct["size"] = new
            ct["rent"] = int(round(RENT[instr][new] * GRADES[ct["grade"]][1]))
            return
        self.n_tk += 1
        tk = f"SW{self.n_tk:05d}"
        kw = dict(ticket_id=tk, from_size=ct["size"], to_size=new)
        self.ev(c, t, "tp_swap_req", "swap_requested", sid=ct["id"], ct=ct, app=True, channel="mini_program", **kw)
        if instr == "cello" and CELLO_SHORT[0] <= t < CELLO_SHORT[1]:
            dur = rng.lognormal(np.log(14.0), 0.3)
        elif instr == "cello":
            dur = rng.lognormal(np.log(2.5), 0.5)
        else:
            dur = rng.lognormal(np.log(1.8), 0.5)
        t_s = shop_time(t + D(days=float(dur)))
        if t_s <= t:
            t_s = t + D(hours=2)
        ct["size"] = new
        ct["rent"] = int(round(RENT[instr][new] * GRADES[ct["grade"]][1]))
        if not self.ev(c, t_s, "tp_swap", "swapped", sid=ct["id"], ct=ct, store=True, **kw):
            return
        tp = []
        if (t_s - t).days >= 7 and rng.random() < 0.85:
            tp.append("swap_wait")
            if rng.random() < 0.45:
                self.fb(c, t + D(days=float(rng.uniform(5, 7))), ["swap_wait"], "call_note", ct=ct)
        self.voice(c, t_s + D(days=float(rng.uniform(0.5, 4))), tp, ct, 0.45 if tp else 0.2)

    def end_return(self, c, ct, t):
        if t > END:
            return
        ct["ended"], ct["end_kind"] = t, "returned"
        if t < START:
            return
        t = shop_time(t)
        self.ev(c, t, "tp_return", "returned", sid=ct["id"], ct=ct, store=True, deposit=ct["deposit"])
        deduct = 0.0
        if rng.random() < (0.2 if ct["grade"] == "A" else 0.12):
            deduct = float(min(ct["deposit"], rng.choice([100, 200, 300, 500, 800])))
        if c["store"] == "S02" and PUDONG_BACKLOG[0] <= t < PUDONG_BACKLOG[1]:
            delay = rng.lognormal(np.log(16.0), 0.3)
        else:
            delay = rng.lognormal(np.log(3.0), 0.4)
        t_r = t + D(days=float(delay))
        refund = ct["deposit"] - deduct
        if self.ev(c, t_r, "tp_deposit_refund", "refunded", sid=ct["id"], ct=ct, app=True, channel="mini_program",
                   deposit=ct["deposit"], deduction=deduct, refund_amount=refund):
            o = ct.get("deposit_order")
            if o is not None:
                o["status"] = "refunded"
                o["refunded_at"] = ts(t_r)
                o["refund_amount"] = refund
        tp = []
        if delay > 10 and rng.random() < 0.85:
            tp.append("deposit_slow")
            if rng.random() < 0.4:
                self.fb(c, t + D(days=float(rng.uniform(8, 10))), ["deposit_slow"], "ticket", ct=ct)
        if deduct > 0 and rng.random() < 0.6:
            tp.append("deduction")
            if rng.random() < 0.3:
                self.fb(c, t_r + D(hours=float(rng.uniform(2, 30))), ["deduction"], "ticket", ct=ct)
        self.voice(c, max(t_r, t) + D(days=float(rng.uniform(0.5, 3))), tp, ct, 0.55 if tp else 0.25)

    def end_buyout(self, c, ct, t):
        if t > END:
            return
        ct["ended"], ct["end_kind"] = t, "bought_out"
        if t < START:
            return
        t = shop_time(t)
        price = max(0.25 * ct["list_price"], ct["list_price"] - 0.8 * ct["rent_paid"])
        due = round(max(0.0, price - ct["deposit"]), 2)
        self.ev(c, t, "tp_buyout", "bought_out", sid=ct["id"], ct=ct, store=True, amount=due,
                deposit=ct["deposit"])
        if self.order(c, t, due, "buyout", ct, deposit_applied=ct["deposit"]):
            c["spend"] += due
        o = ct.get("deposit_order")
        if o is not None:
            o["status"] = "converted"
        tp = ["rto_good"] if rng.random() < 0.6 else []
        self.voice(c, t + D(days=float(rng.uniform(0.5, 5))), tp, ct, 0.35)

    # ---------- customers table ----------
    def customer_rows(self):
        rows = []
        for c in self.customers:
            cts = c["contracts"]
            if not cts:
                seg = "prospect"
            else:
                ct = cts[-1]
                if ct["end_kind"] == "bought_out":
                    seg = "bought_out"
                elif ct["end_kind"] == "returned":
                    seg = "returned"
                elif ct["signed"] >= datetime(2026, 6, 1):
                    seg = "new"
                else:
                    seg = "renting"
            v = c["spend"]
            tier = "gold" if v >= 6000 else "silver" if v >= 2500 else "regular"
            s = STORES[c["store"]]
            ref = c["refx"]
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["signup"]), segment=seg, region=s[2],
                             城市=s[3], acquisition_channel=c["acq"], 获客渠道=ACQ[c["acq"]][0], tier=tier,
                             会员等级={"regular": "普通会员", "silver": "银卡会员", "gold": "金卡会员"}[tier],
                             student_age_band=c["age"], 学员年龄段=AGES_ZH[c["age"]], instrument_interest=c["instr"],
                             意向乐器=INSTR[c["instr"]][0], referral_code=ref[0] if ref else None,
                             referral_teacher=ref[2] if ref else None, 推荐老师=ref[1] if ref else None,
                             home_store_id=c["store"], home_store=s[0], home_store_en=s[1], phone_os=c["os"],
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


SHOP = ["store_id", "store", "store_en", "city", "城市"]
CT = ["contract_id", "instrument", "乐器", "size", "尺寸", "condition_grade", "成色"]
EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "acquisition_channel"] + SHOP + CT + ["monthly_rent", "referral_code", "deposit", "payment_method", "支付方式",
                                                 "amount", "days_late", "ticket_id", "repair_type", "维修类型",
                                                 "from_size", "to_size", "deduction", "refund_amount", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型"] + SHOP + \
    CT + ["payment_method", "支付方式", "paid_at", "days_late", "refunded_at", "refund_amount", "deposit_applied",
          "ticket_id", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "contract_id"] + SHOP + ["instrument", "乐器"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier", "会员等级",
             "student_age_band", "学员年龄段", "instrument_interest", "意向乐器", "referral_code", "referral_teacher",
             "推荐老师", "home_store_id", "home_store", "home_store_en", "phone_os", "preferred_language"]


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
    dup = rng.choice(len(ev), size=22, replace=False)          # the mini program re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.customers)}, contracts {g.n_ct}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
