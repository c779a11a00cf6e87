"""Synthetic 明眸眼镜 ClearSight Optical dataset (eyewear retail, 30 stores + app / web shop), DATA.md layout.

    python generate.py OUTDIR

Fixed seed, numpy only, deterministic, a few seconds. Data covers 2025-01-01 .. 2026-06-30 (local time, naive).
Writes touchpoints, customers, events, journeys, orders, feedback, experiments (CSV) and the generator's truth for the
feedback (topic, sentiment) in OUTDIR/_truth/feedback_truth.csv (not a DATA.md table; used by gold.py only).
"""
from __future__ import annotations

import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20250917
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
N_CUSTOMERS = 7400
N_PROSPECTS = 400

# store_id, name_zh, name_en, city_zh, city_en, region_zh, weight
STORES = [
    ("ST01", "南京西路店", "West Nanjing Road", "上海", "Shanghai", "华东", 2.1),
    ("ST02", "徐家汇店", "Xujiahui", "上海", "Shanghai", "华东", 1.7),
    ("ST03", "陆家嘴店", "Lujiazui", "上海", "Shanghai", "华东", 1.5),
    ("ST04", "五角场店", "Wujiaochang", "上海", "Shanghai", "华东", 1.0),
    ("ST05", "静安寺店", "Jing'an Temple", "上海", "Shanghai", "华东", 1.1),
    ("ST06", "虹桥店", "Hongqiao", "上海", "Shanghai", "华东", 0.9),
    ("ST07", "望京店", "Wangjing", "北京", "Beijing", "华北", 1.8),
    ("ST08", "国贸店", "Guomao", "北京", "Beijing", "华北", 1.3),
    ("ST09", "中关村店", "Zhongguancun", "北京", "Beijing", "华北", 1.1),
    ("ST10", "西单店", "Xidan", "北京", "Beijing", "华北", 1.0),
    ("ST11", "三里屯店", "Sanlitun", "北京", "Beijing", "华北", 0.9),
    ("ST12", "五道口店", "Wudaokou", "北京", "Beijing", "华北", 0.8),
    ("ST13", "天河城店", "Tianhe City", "广州", "Guangzhou", "华南", 1.2),
    ("ST14", "北京路店", "Beijing Road", "广州", "Guangzhou", "华南", 1.0),
    ("ST15", "珠江新城店", "Zhujiang New Town", "广州", "Guangzhou", "华南", 0.9),
    ("ST16", "番禺店", "Panyu", "广州", "Guangzhou", "华南", 0.7),
    ("ST17", "琶洲店", "Pazhou", "广州", "Guangzhou", "华南", 0.6),
    ("ST18", "福田店", "Futian", "深圳", "Shenzhen", "华南", 1.2),
    ("ST19", "南山店", "Nanshan", "深圳", "Shenzhen", "华南", 1.2),
    ("ST20", "宝安店", "Bao'an", "深圳", "Shenzhen", "华南", 0.8),
    ("ST21", "罗湖店", "Luohu", "深圳", "Shenzhen", "华南", 0.8),
    ("ST22", "龙华店", "Longhua", "深圳", "Shenzhen", "华南", 0.7),
    ("ST23", "湖滨店", "Hubin", "杭州", "Hangzhou", "华东", 1.0),
    ("ST24", "西溪店", "Xixi", "杭州", "Hangzhou", "华东", 0.8),
    ("ST25", "滨江店", "Binjiang", "杭州", "Hangzhou", "华东", 0.8),
    ("ST26", "武林店", "Wulin", "杭州", "Hangzhou", "华东", 0.7),
    ("ST27", "春熙路店", "Chunxi Road", "成都", "Chengdu", "西南", 1.1),
    ("ST28", "太古里店", "Taikoo Li", "成都", "Chengdu", "西南", 0.9),
    ("ST29", "高新店", "Hi-Tech Zone", "成都", "Chengdu", "西南", 0.8),
    ("ST30", "双流店", "Shuangliu", "成都", "Chengdu", "西南", 0.8),  # opened 2026-04-01
]
ST30_OPEN = datetime(2026, 4, 1)
STORE = {s[0]: s for s in STORES}

TOUCHPOINTS = [
    # id, name_zh, name_en, stage, channel, kind, owner, aliases
    ("tp_ad", "广告投放", "Paid ads", "awareness", "ads", "digital", "marketing", "信息流广告|抖音广告|ads"),
    ("tp_xhs", "小红书种草", "Xiaohongshu post", "awareness", "social", "digital", "marketing",
     "种草|小红书|RED post|XHS"),
    ("tp_browse_frames", "在线浏览镜框", "Browse frames online", "consideration", "app", "digital", "ecommerce",
     "逛镜框|看镜架|browse|frame catalogue"),
    ("tp_try_on", "虚拟试戴", "Virtual try-on", "consideration", "app", "digital", "ecommerce",
     "AR试戴|在线试戴|try on|AR try-on"),
    ("tp_book_exam", "预约验光", "Book eye exam", "consideration", "app", "digital", "ecommerce",
     "约验光|验光预约|exam booking|book an eye test"),
    ("tp_exam_done", "验光完成", "Eye exam", "purchase", "store", "physical", "optometry",
     "验光|查视力|eye test|optometry|refraction"),
    ("tp_order", "下单配镜", "Order glasses", "purchase", "store", "physical", "retail",
     "配镜下单|开单|place order|buy glasses"),
    ("tp_lens_processing", "镜片加工", "Lens processing", "service", "other", "physical", "supply_chain",
     "磨片|加工|lab|lens lab|edging"),
    ("tp_lens_ready", "配镜完成通知", "Glasses ready", "service", "app", "digital", "supply_chain",
     "取镜通知|做好了|glasses ready|ready notice"),
    ("tp_pickup", "门店取镜", "Store pickup", "service", "store", "physical", "retail",
     "到店取镜|自提|pick up|collect"),
    ("tp_delivery", "送货上门", "Home delivery", "service", "other", "physical", "supply_chain",
     "快递到家|配送|delivery|shipping"),
    ("tp_adjust", "售后调校", "After-sales adjustment", "service", "store", "physical", "retail",
     "调镜架|调整|adjustment|refit|fitting"),
    ("tp_remake", "重新配镜", "Remake", "service", "store", "physical", "optometry",
     "重做|返工|重配|remake|redo"),
    ("tp_cs_call", "客服热线", "Customer service hotline", "service", "phone", "digital", "customer_service",
     "客服|投诉电话|hotline|call centre"),
    ("tp_cl_reminder", "隐形眼镜续订提醒", "Contact-lens refill reminder", "loyalty", "app", "digital", "crm",
     "续订提醒|补货提醒|refill reminder"),
    ("tp_cl_reorder", "隐形眼镜复购", "Contact-lens reorder", "loyalty", "app", "digital", "ecommerce",
     "隐形复购|续订|refill order|reorder contacts"),
]

JOURNEYS = [
    ("online_exam", "线上预约验光", "Online to eye exam", ["tp_browse_frames", "tp_try_on", "tp_book_exam", "tp_exam_done"], 14),
    ("exam_to_glasses", "验光到配镜", "Exam to glasses", ["tp_exam_done", "tp_order", "tp_lens_processing", "tp_lens_ready"], 30),
    ("cl_refill", "隐形眼镜复购", "Contact-lens refill", ["tp_cl_reminder", "tp_cl_reorder"], 14),
    ("discover", "种草到浏览", "Discover to browse", ["tp_xhs", "tp_browse_frames"], 7),
]

RX_ZH = {"single_vision": "单光", "progressive": "渐进多焦点", "myopia_control": "儿童近视管理"}
LENS_ZH = dict(RX_ZH, contact_lens="隐形眼镜")
TIER_ZH = {"regular": "普通会员", "silver": "银卡", "gold": "金卡", "platinum": "铂金卡"}
FULFIL_ZH = {"pickup": "到店自取", "delivery": "送货上门"}

FRAMES = [  # brand, lo, hi, weight
    ("ClearSight", 199, 499, 0.345), ("VistaLite", 99, 199, 0.12), ("Parim", 499, 899, 0.18),
    ("Helen Keller", 599, 1099, 0.15), ("Ray-Ban", 899, 1599, 0.13), ("Oakley", 999, 1699, 0.065),
    ("Lindberg", 3800, 6200, 0.01),
]
LENSES = {  # lens_type -> [(brand, lo, hi, weight_regular, weight_premium)]
    "single_vision": [("Mingyue", 300, 500, 0.40, 0.15), ("Essilor", 600, 1200, 0.25, 0.35),
                      ("Zeiss", 800, 1600, 0.15, 0.35), ("Hoya", 600, 1100, 0.20, 0.15)],
    "progressive": [("Mingyue", 1500, 2200, 0.30, 0.10), ("Essilor", 2500, 4500, 0.30, 0.40),
                    ("Zeiss", 3000, 5000, 0.15, 0.35), ("Hoya", 2200, 3800, 0.25, 0.15)],
    "myopia_control": [("Hoya", 2800, 3400, 0.55, 0.45), ("Essilor", 3200, 3800, 0.45, 0.55)],
}
DISCOUNT = {"regular": 0.0, "silver": 0.05, "gold": 0.10, "platinum": 0.15}

LAB_B = (datetime(2025, 9, 1), datetime(2025, 11, 30, 23, 59, 59))      # new external lab, slow
OPT07C = (datetime(2025, 9, 1), datetime(2026, 1, 31, 23, 59, 59))     # new optometrist at Wangjing
TRYON_BUG = (datetime(2026, 3, 2), datetime(2026, 3, 29, 23, 59, 59))  # try-on SDK crashes on Android (app + mini program)
QUICKSHIP_FROM = datetime(2026, 1, 1)                                   # cheaper courier for home delivery
EXP_FROM = datetime(2025, 10, 1)                                        # refill reminder A/B test

# ---------------- feedback templates: topic -> lang -> [(text, sentiment)] ----------------
T = {
    "wrong_rx": {
        "zh": [("新配的眼镜度数不对，戴上就头晕，只能回店重做", "neg"),
               ("验光的度数有问题，看东西一直是模糊的，白跑了好几趟", "neg"),
               ("渐进片度数配错了，看近处很吃力，要求重新配", "neg"),
               ("孩子的眼镜度数不准，戴了两天眼睛酸，又回去重新验光", "neg"),
               ("拿到眼镜发现度数和以前差很多，怀疑验光师没验准", "neg")],
        "en": [("The prescription on my new glasses is wrong - everything is blurry, had to go back for a remake.", "neg"),
               ("Got a headache from day one, turned out the prescription was off. Had to redo the whole thing.", "neg"),
               ("Wrong prescription, the optometrist clearly rushed the exam.", "neg")],
    },
    "long_wait": {
        "zh": [("配个眼镜等了两个多星期才通知取镜，太慢了", "neg"),
               ("说好一周取镜，结果拖了半个月，打电话催了好几次", "neg"),
               ("渐进片加工了快三周才能取镜，问就是工厂排期", "neg"),
               ("等取镜等得太久了，孩子上学都没眼镜戴", "neg")],
        "en": [("Waited over two weeks for my glasses to be ready. Way too slow.", "neg"),
               ("They promised 7 days but I waited almost three weeks and had to chase them twice.", "neg"),
               ("Still waiting for my progressive lenses, no update from the store.", "neg")],
    },
    "scratched": {
        "zh": [("快递送来的眼镜镜片有划痕，包装也太简陋了", "neg"),
               ("镜片上一道明显的划痕，送货上门还不如自己去店里拿", "neg"),
               ("刚收到镜片就划花了，只能返厂重做", "neg")],
        "en": [("Lenses arrived scratched, the box was barely padded.", "neg"),
               ("Home delivery left a scratch right in the middle of the left lens.", "neg")],
    },
    "friendly_optometrist": {
        "zh": [("验光师特别耐心，解释得很清楚", "pos"),
               ("给孩子验光的老师很耐心，孩子一点都不怕", "pos"),
               ("验光做得很细致，验光师专业又耐心", "pos")],
        "en": [("The optometrist was really friendly and patient, explained everything.", "pos"),
               ("Lovely optometrist, very patient with my kid.", "pos")],
    },
    "store_wait": {
        "zh": [("周末没预约去验光，排队排了四十多分钟", "neg"),
               ("店里人太多了，排队快一个小时才轮到验光", "neg"),
               ("排队时间太长，下次一定先在App上约好", "neg")],
        "en": [("Walked in on a Saturday and stood in the queue for almost an hour before the eye test.", "neg"),
               ("Huge queue at the store, 40 minutes before anyone saw me.", "neg")],
    },
    "tryon_bug": {
        "zh": [("安卓App的虚拟试戴一直闪退，根本用不了", "neg"),
               ("试戴功能打不开，点进去就黑屏", "neg"),
               ("更新以后虚拟试戴打不开了，华为手机", "neg")],
        "en": [("Virtual try-on keeps crashing on my Android phone.", "neg"),
               ("Try-on screen is just black, can't see any frames.", "neg")],
    },
    "tryon_pos": {
        "zh": [("在线试戴挺真实的，挑了好几副", "pos"), ("AR试戴很好玩，帮我选到了合适的镜框", "pos")],
        "en": [("Virtual try-on is fun and helped me pick frames.", "pos")],
    },
    "price": {
        "zh": [("渐进片价格太贵了，比别家贵不少", "neg"), ("镜片升级一下就要多加一千多，有点贵", "neu"),
               ("儿童近视管理镜片太贵了，一年换一副吃不消", "neg")],
        "en": [("Progressive lenses are very expensive here.", "neg"), ("Lens upgrades are pricey.", "neu")],
    },
    "fit": {
        "zh": [("镜腿有点夹头，回店调了两次才舒服", "neu"), ("鼻托压得难受，店员很快帮忙调好了", "pos"),
               ("镜框戴着往下滑，调了一次还是不行", "neg")],
        "en": [("Frames kept slipping down my nose, they adjusted them for free.", "pos"),
               ("Temples too tight, needed two visits to fix the fit.", "neu")],
    },
    "cl_refill": {
        "zh": [("隐形眼镜续订很方便，提醒也及时", "pos"), ("隐形眼镜到货很快，两天就收到了", "pos"),
               ("续订提醒太频繁了，有点烦", "neu")],
        "en": [("Contact lens refill arrived in two days, easy.", "pos"), ("Refill reminders are a bit too frequent.", "neu")],
    },
    "general_pos": {
        "zh": [("整体体验不错，店员很热情", "pos"), ("眼镜戴着很舒服，看得很清楚", "pos"),
               ("服务挺好的，会推荐给朋友", "pos"), ("镜框款式多，选到了喜欢的", "pos")],
        "en": [("Great service overall, the glasses look good.", "pos"),
               ("Smooth experience, happy with my new glasses.", "pos")],
    },
    "general_neu": {
        "zh": [("还行吧，中规中矩", "neu"), ("一般，没什么特别的", "neu"), ("流程有点繁琐，不过还可以", "neu")],
        "en": [("It was okay, nothing special.", "neu"), ("Fine, a bit slow at the counter.", "neu")],
    },
}


class Gen:
    def __init__(self) -> None:
        self.rng = np.random.default_rng(SEED)
        self.events: list[dict] = []
        self.orders: list[dict] = []
        self.feedback: list[dict] = []
        self.truth: list[dict] = []
        self.experiments: list[dict] = []
        self.n_sess = 0

    # ---------- helpers ----------
    def r(self) -> float:
        return float(self.rng.random())

    def pick(self, items, p=None):
        i = int(self.rng.choice(len(items), p=None if p is None else np.asarray(p) / np.sum(p)))
        return items[i]

    def at(self, d, h0=10, h1=21) -> datetime:
        d = d.date() if isinstance(d, datetime) else d
        minute = int(self.rng.integers(h0 * 60, h1 * 60))
        return datetime(d.year, d.month, d.day) + timedelta(minutes=minute, seconds=int(self.rng.integers(0, 60)))

    def session(self) -> str:
        self.n_sess += 1
        return f"S{self.n_sess:06d}"

    def ev(self, c, ts, tp, action, channel, device=None, session=None, **extra) -> None:
        if ts > END or ts < START:
            return
        row = dict(customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, action=action, channel=channel,
                   device=device, session_id=session)
        row.update(extra)
        self.events.append(row)

    def fb(self, topic, lang, ts, c=None, tp=None, channel="survey", rating=None, nps=None, store=None, order=None):
        text, sent = self.pick(T[topic][lang])
        if ts is not None and (ts > END or ts < START):
            return
        self.feedback.append(dict(text=text, ts=ts, customer_id=c["customer_id"] if c else None, touchpoint_id=tp,
                                  channel=channel, rating=rating, nps=nps, store_id=store, order_id=order,
                                  language=lang))
        self.truth.append(dict(topic=topic, sentiment=sent))

    def rating(self, mean: float) -> int:
        return int(np.clip(round(self.rng.normal(mean, 0.8)), 1, 5))

    def nps_for(self, rating: int):
        if self.r() > 0.4:
            return None
        lo, hi = {5: (8, 10), 4: (7, 9), 3: (4, 7), 2: (1, 5), 1: (0, 3)}[rating]
        return int(self.rng.integers(lo, hi + 1))

    def digital_channel(self, c) -> str:
        return "web" if c["primary_device"] == "pc" else ("mini_program" if self.r() < 0.3 else "app")

    # ---------- customers ----------
    def make_customers(self) -> list[dict]:
        custs = []
        store_ids = [s[0] for s in STORES]
        w_old = np.array([s[6] if s[0] != "ST30" else 0 for s in STORES])
        w_all = np.array([s[6] for s in STORES])
        days = pd.date_range(START, END.date(), freq="D")
        growth = np.linspace(1.0, 1.35, len(days))
        kid_season = np.array([{7: 3.8, 8: 2.6, 1: 1.6, 2: 1.6}.get(d.month, 1.0) for d in days])
        for i in range(N_CUSTOMERS + N_PROSPECTS):
            cid = f"C{i + 1:05d}"
            prospect = i >= N_CUSTOMERS
            age = self.pick(["<18", "18-29", "30-44", "45-59", "60+"], [0.14, 0.24, 0.30, 0.20, 0.12])
            if age == "<18":
                rx = "myopia_control" if self.r() < 0.88 else "single_vision"
            elif age in ("18-29", "30-44"):
                rx = "progressive" if self.r() < 0.04 else "single_vision"
            elif age == "45-59":
                rx = "progressive" if self.r() < 0.62 else "single_vision"
            else:
                rx = "progressive" if self.r() < 0.78 else "single_vision"
            existing = (not prospect) and self.r() < 0.40
            if prospect:
                signup = None
            elif existing:
                signup = datetime(2021, 6, 1) + timedelta(days=int(self.rng.integers(0, 1300)))
                signup = self.at(signup)
            else:
                w = growth * (kid_season if rx == "myopia_control" else 1.0)
                d = days[int(self.rng.choice(len(days), p=w / w.sum()))]
                signup = self.at(d.to_pydatetime())
            w = w_all if (signup is not None and signup >= ST30_OPEN) else w_old
            store = store_ids[int(self.rng.choice(len(store_ids), p=w / w.sum()))]
            st = STORE[store]
            if age == "60+":
                dev = self.pick(["android", "ios", "pc"], [0.55, 0.25, 0.20])
            else:
                dev = self.pick(["ios", "android", "pc"], [0.46, 0.40, 0.14])
            tier = self.pick(["regular", "silver", "gold", "platinum"],
                             [0.40, 0.30, 0.20, 0.10] if existing else [0.66, 0.24, 0.08, 0.02])
            if prospect:  # never examined: no prescription on file, no membership yet
                tier = "regular"
            lang = "en" if self.r() < (0.10 if st[4] in ("Shanghai", "Beijing", "Shenzhen") else 0.03) else "zh"
            acq = self.pick(["walk_in", "xiaohongshu", "douyin_ads", "search", "referral", "dianping"],
                            [0.30, 0.21, 0.15, 0.14, 0.12, 0.08])
            cl = (not prospect) and age != "<18" and self.r() < {"18-29": 0.22, "30-44": 0.17, "45-59": 0.07, "60+": 0.02}[age]
            custs.append(dict(customer_id=cid, signup_at=signup, segment=None, region=st[5], acquisition_channel=acq,
                              tier=tier, member_level_zh=TIER_ZH[tier], home_store_id=store, city=st[3],
                              city_en=st[4], age_band=age, gender=self.pick(["F", "M"], [0.56, 0.44]),
                              rx_type=None if prospect else rx, rx_type_zh=None if prospect else RX_ZH[rx],
                              primary_device=dev, language=lang,
                              cl_subscriber=int(cl), cl_plan=None, _existing=existing, _prospect=prospect,
                              _last=None))
        return custs

    # ---------- journeys ----------
    def awareness(self, c, t0):
        if self.r() < 0.32:
            self.ev(c, t0 - timedelta(days=float(self.rng.uniform(0.05, 5.5))), "tp_xhs", "view", "social")
        if self.r() < 0.22:
            self.ev(c, t0 - timedelta(days=float(self.rng.uniform(0.05, 6))), "tp_ad", "click", "ads",
                    device=None if c["primary_device"] == "pc" else c["primary_device"])

    def episode(self, c, t0: datetime):
        """One glasses purchase attempt starting at t0 (online browsing or a store walk-in)."""
        dev = c["primary_device"]
        p_online = {"60+": 0.32, "<18": 0.5}.get(c["age_band"], 0.6)
        store = c["home_store_id"]
        if self.r() < 0.08:
            same_city = [s[0] for s in STORES if s[4] == STORE[store][4] and (s[0] != "ST30" or t0 >= ST30_OPEN)]
            store = self.pick(same_city)
        booked = False
        if self.r() < p_online:
            self.awareness(c, t0)
            ch = self.digital_channel(c)
            sess = self.session()
            self.ev(c, t0, "tp_browse_frames", "view", ch, dev, sess)
            t = t0 + timedelta(minutes=float(self.rng.uniform(1, 12)))
            tried = self.r() < (0.6 if dev == "pc" else 0.78)
            p_book = 0.30
            if tried:
                bug = dev == "android" and TRYON_BUG[0] <= t <= TRYON_BUG[1]
                self.ev(c, t, "tp_try_on", "fail" if bug else "success", ch, dev, sess,
                        frames_tried=int(self.rng.integers(0, 2) if bug else self.rng.integers(1, 9)))
                if bug and self.r() < 0.3:
                    self.fb("tryon_bug", c["language"], t + timedelta(hours=float(self.rng.uniform(0.1, 30))), c,
                            "tp_try_on", "app_review", rating=int(self.pick([1, 2], [0.7, 0.3])))
                elif not bug and self.r() < 0.03:
                    self.fb("tryon_pos", c["language"], t + timedelta(hours=float(self.rng.uniform(0.1, 30))), c,
                            "tp_try_on", "app_review", rating=int(self.pick([4, 5], [0.4, 0.6])))
                p_book = 0.10 if bug else 0.52
                t += timedelta(minutes=float(self.rng.uniform(2, 20)))
            if self.r() >= p_book:
                return
            if self.r() < 0.35:  # came back another day to book
                t += timedelta(days=float(self.rng.uniform(0.5, 4)))
                sess = self.session()
            slot = self.at(t + timedelta(days=int(self.rng.choice([1, 2, 3, 4, 5, 6, 8, 10],
                                                                   p=[.22, .2, .16, .12, .1, .08, .07, .05]))), 10, 20)
            self.ev(c, t, "tp_book_exam", "submit", ch, dev, sess, store_id=store, exam_slot=slot)
            if self.r() > 0.86:
                return  # no-show
            t_exam = slot + timedelta(minutes=float(self.rng.uniform(-10, 20)))
            booked = True
        else:
            t_exam = self.at(t0, 10, 20)
        if t_exam > END or (store == "ST30" and t_exam < ST30_OPEN):
            return
        weekend = t_exam.weekday() >= 5
        if booked:
            wait = max(0.0, self.rng.normal(7, 4))
        else:
            wait = max(0.0, self.rng.normal(36 if weekend else 17, 11 if weekend else 7))
        wait = round(wait, 1)
        opt = f"OPT{store[2:]}{'A' if self.r() < 0.55 else 'B'}"
        if store == "ST07" and OPT07C[0] <= t_exam <= OPT07C[1] and self.r() < 0.75:
            opt = "OPT07C"
        vs = self.session()
        self.ev(c, t_exam, "tp_exam_done", "success", "store", None, vs, store_id=store, optometrist_id=opt,
                exam_type="booked" if booked else "walk_in", exam_type_zh="预约" if booked else "到店散客",
                wait_minutes=wait)
        c["_last"] = t_exam
        # exam survey
        if self.r() < 0.38:
            ts = t_exam + timedelta(hours=float(self.rng.uniform(1, 48)))
            if (not booked) and wait > 30 and self.r() < 0.6:
                rt = int(self.pick([1, 2, 3], [0.2, 0.5, 0.3]))
                self.fb("store_wait", c["language"], ts, c, "tp_exam_done", "survey", rt, self.nps_for(rt), store)
            elif self.r() < (0.55 if store == "ST27" else 0.14):
                rt = int(self.pick([4, 5], [0.15, 0.85]))
                self.fb("friendly_optometrist", c["language"], ts, c, "tp_exam_done", "survey", rt, self.nps_for(rt), store)
            else:
                rt = self.rating(4.75 if store == "ST27" else 4.05)
                topic = "general_pos" if rt >= 4 else "general_neu"
                self.fb(topic, c["language"], ts, c, "tp_exam_done", "survey", rt, self.nps_for(rt), store)
        # order
        rx = c["rx_type"]
        p_order = {"single_vision": 0.70, "progressive": 0.50, "myopia_control": 0.86}[rx]
        if self.r() >= p_order:
            if rx == "progressive" and self.r() < 0.06:
                self.fb("price", c["language"], t_exam + timedelta(hours=float(self.rng.uniform(1, 72))), c,
                        "tp_order", "survey", rating=int(self.pick([2, 3], [0.5, 0.5])), store=store)
            return
        if self.r() < 0.78:
            t_order = t_exam + timedelta(minutes=float(self.rng.uniform(10, 45)))
            och, odev = "store", None
        else:
            t_order = self.at(t_exam + timedelta(days=int(self.rng.integers(1, 12))), 9, 23)
            och = self.digital_channel(c)
            odev = c["primary_device"]
        if t_order > END:
            return
        self.order_glasses(c, t_order, och, odev, store, opt, rx, vs)

    def order_glasses(self, c, t_order, och, odev, store, opt, rx, vs):
        st = STORE[store]
        oid = f"O{len(self.orders) + 1:06d}"
        premium = c["tier"] in ("gold", "platinum")
        fb_ = self.pick(FRAMES, [f[3] for f in FRAMES])
        frame_price = float(self.rng.integers(fb_[1], fb_[2] + 1))
        lens_opts = LENSES[rx]
        lb = self.pick(lens_opts, [x[4] if premium else x[3] for x in lens_opts])
        lens_price = float(self.rng.integers(lb[1], lb[2] + 1))
        disc = DISCOUNT[c["tier"]]
        amount = round((frame_price + lens_price) * (1 - disc), 2)
        status = "paid"
        if self.r() < 0.025:
            status = "cancelled"
        p_deliv = (0.22 if t_order < QUICKSHIP_FROM else 0.36) if och == "store" else 0.8
        fulfil = "delivery" if self.r() < p_deliv else "pickup"
        courier = None
        if fulfil == "delivery":
            courier = "QuickShip" if (t_order >= QUICKSHIP_FROM and self.r() < 0.7) else "SF"
        if rx == "single_vision":
            lab = "in_house"
            days = int(self.pick([1, 2, 3], [0.4, 0.4, 0.2]))
        elif LAB_B[0] <= t_order <= LAB_B[1]:
            lab = "Lab-B"
            days = int(self.rng.integers(9, 19))
        else:
            lab = "Lab-A"
            days = int(self.rng.integers(4, 8))
        row = dict(order_id=oid, customer_id=c["customer_id"], ts=t_order, amount=amount, status=status,
                   channel=och, device=odev, order_type="glasses", store_id=store, store_name=st[1],
                   store_name_en=st[2], city=st[3], city_en=st[4], lens_type=rx, lens_type_zh=LENS_ZH[rx],
                   lens_brand=lb[0], frame_brand=fb_[0], frame_price=frame_price, lens_price=lens_price,
                   discount_rate=disc, fulfilment=fulfil, fulfilment_zh=FULFIL_ZH[fulfil], courier=courier,
                   lab=None if status == "cancelled" else lab, optometrist_id=opt, ready_at=None, received_at=None,
                   remake_reason=None, refunded_at=None)
        self.orders.append(row)
        self.ev(c, t_order, "tp_order", "submit", och, odev, vs if och == "store" else self.session(),
                store_id=store, order_id=oid, lens_type=rx)
        if status == "cancelled":
            return
        self.ev(c, t_order + timedelta(hours=float(self.rng.uniform(1, 5))), "tp_lens_processing", "submit", "other",
                store_id=store, order_id=oid, lens_type=rx, lab=lab)
        t_ready = self.at(t_order + timedelta(days=days), 12, 19)
        if t_ready > END:
            return
        row["ready_at"] = t_ready
        self.ev(c, t_ready, "tp_lens_ready", "success", "app", None, store_id=store, order_id=oid, lens_type=rx, lab=lab)
        if days >= 10:  # slow lab: complaints about waiting
            if self.r() < 0.42:
                rt = int(self.pick([1, 2, 3], [0.3, 0.5, 0.2]))
                self.fb("long_wait", c["language"], t_ready + timedelta(hours=float(self.rng.uniform(2, 60))), c,
                        "tp_lens_ready", "survey", rt, self.nps_for(rt), store, oid)
            if self.r() < 0.3:
                tcall = t_order + timedelta(days=float(self.rng.uniform(7, days)))
                self.ev(c, tcall, "tp_cs_call", "call", "phone", store_id=store, order_id=oid)
                self.fb("long_wait", c["language"], tcall, c, "tp_lens_ready", "call_note", store=store, order=oid)
        if fulfil == "pickup":
            t_recv = self.at(t_ready + timedelta(days=float(min(25, self.rng.gamma(1.3, 1.6)))), 10, 21)
            if t_recv < t_ready:
                t_recv = t_ready + timedelta(hours=float(self.rng.uniform(0.5, 3)))
            tp_recv = "tp_pickup"
            self.ev(c, t_recv, tp_recv, "success", "store", None, self.session(), store_id=store, order_id=oid)
        else:
            t_recv = self.at(t_ready + timedelta(days=int(self.rng.integers(1, 4))), 9, 20)
            tp_recv = "tp_delivery"
            self.ev(c, t_recv, tp_recv, "success", "other", store_id=store, order_id=oid, courier=courier)
        if t_recv > END:
            return
        row["received_at"] = t_recv
        c["_last"] = t_recv
        # after-sales
        p_scr = {"pickup": 0.01, "SF": 0.015, "QuickShip": 0.13}[courier or "pickup"]
        p_rx = {"single_vision": 0.02, "progressive": 0.07, "myopia_control": 0.03}[rx]
        if opt == "OPT07C":
            p_rx = 0.40
        remake = None
        if self.r() < p_scr:
            remake = ("scratched", t_recv + timedelta(days=float(self.rng.uniform(0.5, 5))))
            if self.r() < 0.75:
                tc = t_recv + timedelta(hours=float(self.rng.uniform(1, 30)))
                self.ev(c, tc, "tp_cs_call", "call", "phone", store_id=store, order_id=oid)
                self.fb("scratched", c["language"], tc, c, tp_recv, "cs_ticket",
                        rating=int(self.pick([1, 2], [0.6, 0.4])) if self.r() < 0.5 else None, store=store, order=oid)
        elif self.r() < p_rx:
            remake = ("wrong_rx", t_recv + timedelta(days=float(self.rng.uniform(2, 20))))
            if self.r() < 0.75:
                tc = remake[1] - timedelta(hours=float(self.rng.uniform(2, 30)))
                self.ev(c, tc, "tp_cs_call", "call", "phone", store_id=store, order_id=oid)
                self.fb("wrong_rx", c["language"], tc, c, "tp_remake", "cs_ticket",
                        rating=int(self.pick([1, 2], [0.6, 0.4])) if self.r() < 0.5 else None, store=store, order=oid)
        if remake and remake[1] <= END:
            row["remake_reason"] = remake[0]
            self.ev(c, self.at(remake[1]), "tp_remake", "submit", "store", None, self.session(), store_id=store,
                    order_id=oid, remake_reason=remake[0])
        # receipt survey
        if self.r() < 0.36:
            ts = t_recv + timedelta(hours=float(self.rng.uniform(2, 72)))
            if remake and remake[0] == "scratched":
                rt = int(self.pick([1, 2], [0.5, 0.5]))
                self.fb("scratched", c["language"], ts, c, tp_recv, "survey", rt, self.nps_for(rt), store, oid)
            else:
                rt = self.rating(4.2 if tp_recv == "tp_pickup" else 3.95)
                self.fb("general_pos" if rt >= 4 else "general_neu", c["language"], ts, c, tp_recv, "survey", rt,
                        self.nps_for(rt), store, oid)
        # adjustments
        if self.r() < 0.12:
            ta = self.at(t_recv + timedelta(days=float(self.rng.uniform(2, 40))))
            self.ev(c, ta, "tp_adjust", "success", "store", None, self.session(), store_id=store, order_id=oid)
            if self.r() < 0.3:
                rt = int(self.pick([2, 3, 4, 5], [0.15, 0.3, 0.3, 0.25]))
                self.fb("fit", c["language"], ta + timedelta(hours=float(self.rng.uniform(1, 24))), c, "tp_adjust",
                        "survey", rt, self.nps_for(rt), store, oid)
        # refunds (frame quality)
        p_ref = {"VistaLite": 0.11, "Lindberg": 0.45}.get(fb_[0], 0.02)
        if self.r() < p_ref:
            tr = t_recv + timedelta(days=float(self.rng.uniform(3, 25)))
            if tr <= END:
                row["status"] = "refunded"
                row["refunded_at"] = self.at(tr)

    def contact_lenses(self, c, experiment: dict):
        plan = self.pick(["monthly", "quarterly"], [0.4, 0.6])
        c["cl_plan"] = plan
        cycle = 30 if plan == "monthly" else 90
        base = max(c["signup_at"], START)
        t = self.at(base + timedelta(days=float(self.rng.uniform(3, cycle))), 9, 11)
        while t <= END:
            self.ev(c, t, "tp_cl_reminder", "send", "app", None if c["primary_device"] == "pc" else c["primary_device"],
                    variant=None)
            p = 0.45
            if t >= EXP_FROM:
                if c["customer_id"] not in experiment:
                    v = "A" if self.r() < 0.5 else "B"
                    experiment[c["customer_id"]] = (v, t)
                v = experiment[c["customer_id"]][0]
                self.events[-1]["variant"] = v
                p = 0.40 if v == "A" else 0.57
            nxt = t + timedelta(days=cycle)
            if self.r() < p:
                tr = t + timedelta(days=float(min(13.5, self.rng.exponential(2.5))), minutes=float(self.rng.uniform(5, 600)))
            elif self.r() < 0.3:
                tr = t + timedelta(days=float(self.rng.uniform(15, 40)))
            else:
                tr = None
            if tr is not None and tr <= END:
                ch = self.digital_channel(c)
                dev = None if ch == "web" and c["primary_device"] == "pc" else c["primary_device"]
                oid = f"O{len(self.orders) + 1:06d}"
                amount = float(self.rng.integers(180, 261) if plan == "monthly" else self.rng.integers(480, 681))
                amount = round(amount * (1 - DISCOUNT[c["tier"]] / 2), 2)
                st = STORE[c["home_store_id"]]
                self.orders.append(dict(order_id=oid, customer_id=c["customer_id"], ts=tr, amount=amount,
                                        status="paid" if self.r() < 0.985 else "cancelled", channel=ch, device=dev,
                                        order_type="contact_lens", store_id=st[0], store_name=st[1],
                                        store_name_en=st[2], city=st[3], city_en=st[4], lens_type="contact_lens",
                                        lens_type_zh="隐形眼镜", lens_brand=self.pick(["Acuvue", "Bausch+Lomb", "CooperVision"]),
                                        frame_brand=None, frame_price=None, lens_price=amount, discount_rate=DISCOUNT[c["tier"]] / 2,
                                        fulfilment="delivery", fulfilment_zh="送货上门", courier="SF", lab=None,
                                        optometrist_id=None, ready_at=None, received_at=None, remake_reason=None,
                                        refunded_at=None))
                self.ev(c, tr, "tp_cl_reorder", "submit", ch, dev, self.session(), order_id=oid, lens_type="contact_lens")
                c["_last"] = tr
                if self.r() < 0.07:
                    rt = self.rating(4.3)
                    self.fb("cl_refill", c["language"], tr + timedelta(days=float(self.rng.uniform(1, 4))), c,
                            "tp_cl_reorder", "survey", rt, self.nps_for(rt), None, oid)
                if tr > nxt - timedelta(days=5):
                    nxt = tr + timedelta(days=cycle)
            if self.r() < 0.05:
                break
            t = self.at(nxt, 9, 11)

    def run(self) -> dict:
        custs = self.make_customers()
        days = pd.date_range(START, END.date() - timedelta(days=12), freq="D")
        kid_w = np.array([{7: 3.6, 8: 2.2, 1: 1.5, 2: 1.5}.get(d.month, 1.0) for d in days])
        experiment: dict = {}
        for c in custs:
            if c["_prospect"]:
                for _ in range(int(self.rng.integers(1, 4))):
                    t = self.at(days[int(self.rng.integers(0, len(days)))].to_pydatetime())
                    self.awareness(c, t + timedelta(days=6))
                    if self.r() < 0.45:
                        ch = self.digital_channel(c)
                        sess = self.session()
                        self.ev(c, t + timedelta(days=6), "tp_browse_frames", "view", ch, c["primary_device"], sess)
                        if self.r() < 0.4:
                            self.ev(c, t + timedelta(days=6, minutes=5), "tp_try_on", "success", ch,
                                    c["primary_device"], sess, frames_tried=int(self.rng.integers(1, 6)))
                continue
            starts = []
            kid = c["rx_type"] == "myopia_control"
            if c["_existing"]:
                n = int(self.rng.poisson(1.5 if kid else 1.0))
                w = kid_w if kid else np.ones(len(days))
                starts = [days[int(self.rng.choice(len(days), p=w / w.sum()))].to_pydatetime() for _ in range(n)]
            else:
                starts = [c["signup_at"]]
                for _ in range(int(self.rng.poisson(0.35 if kid else 0.2))):
                    d = c["signup_at"] + timedelta(days=float(self.rng.uniform(60, 400)))
                    if d < END - timedelta(days=12):
                        starts.append(d)
            for s in sorted(starts):
                self.episode(c, self.at(s, 9, 22))
            if c["cl_subscriber"]:
                self.contact_lenses(c, experiment)
        # social posts (Dianping / Xiaohongshu notes), no customer; some undated
        for i in range(240):
            topic = self.pick(["friendly_optometrist", "store_wait", "price", "general_pos", "general_neu", "wrong_rx",
                               "scratched", "long_wait"], [0.22, 0.14, 0.16, 0.26, 0.10, 0.04, 0.04, 0.04])
            store = self.pick([s[0] for s in STORES[:29]])
            if topic == "friendly_optometrist" and self.r() < 0.35:
                store = "ST27"
            ts = None if i % 3 == 0 else self.at(START + timedelta(days=int(self.rng.integers(0, 545))))
            rt = {"friendly_optometrist": 5, "general_pos": int(self.pick([4, 5])), "general_neu": 3,
                  "price": int(self.pick([2, 3]))}.get(topic, int(self.pick([1, 2])))
            lang = "en" if self.r() < 0.15 else "zh"
            self.fb(topic, lang, ts, None, None, "social", rt, None, store)
            if topic in ("friendly_optometrist", "store_wait"):
                self.feedback[-1]["touchpoint_id"] = "tp_exam_done"
            elif topic == "price":
                self.feedback[-1]["touchpoint_id"] = "tp_order"
            elif topic == "wrong_rx":
                self.feedback[-1]["touchpoint_id"] = "tp_remake"
            elif topic == "scratched":
                self.feedback[-1]["touchpoint_id"] = "tp_delivery"
            elif topic == "long_wait":
                self.feedback[-1]["touchpoint_id"] = "tp_lens_ready"
        for cid, (v, t) in sorted(experiment.items()):
            self.experiments.append(dict(experiment_id="cl_reminder_copy", variant=v, customer_id=cid, assigned_at=t))
        # segments at the end of the data
        for c in custs:
            if c["_prospect"]:
                c["segment"] = "prospect"
            elif c["tier"] == "platinum":
                c["segment"] = "vip"
            elif c["signup_at"] >= datetime(2026, 4, 1):
                c["segment"] = "new"
            elif c["_last"] is None or c["_last"] < END - timedelta(days=365):
                c["segment"] = "dormant"
            elif c["_last"] < END - timedelta(days=180):
                c["segment"] = "at_risk"
            else:
                c["segment"] = "active"
        return dict(customers=custs)


def fmtcol(s: pd.Series) -> pd.Series:
    return pd.to_datetime(s).dt.strftime("%Y-%m-%d %H:%M:%S")


def fmt(v):
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    return v


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    res = g.run()
    tps = pd.DataFrame([dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                             kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    tps.to_csv(out / "touchpoints.csv", index=False)
    jr = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
               touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])]
    pd.DataFrame(jr).to_csv(out / "journeys.csv", index=False)
    cols = ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "member_level_zh",
            "home_store_id", "city", "city_en", "age_band", "gender", "rx_type", "rx_type_zh", "primary_device",
            "language", "cl_subscriber", "cl_plan"]
    cust = pd.DataFrame([{k: fmt(c[k]) for k in cols} for c in res["customers"]])
    cust.to_csv(out / "customers.csv", index=False)
    ev = pd.DataFrame(g.events).sort_values(["ts", "customer_id"], kind="stable").reset_index(drop=True)
    ev.insert(0, "event_id", [f"E{i + 1:07d}" for i in range(len(ev))])
    evcols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
              "store_id", "order_id", "optometrist_id", "exam_type", "exam_type_zh", "wait_minutes", "exam_slot",
              "frames_tried", "lens_type", "lab", "courier", "remake_reason", "variant"]
    ev = ev[evcols]
    for col in ("ts", "exam_slot"):
        ev[col] = fmtcol(ev[col])
    ev["frames_tried"] = ev["frames_tried"].astype("Int64")
    ev.to_csv(out / "events.csv", index=False)
    od = pd.DataFrame(g.orders)
    for col in ("ts", "ready_at", "received_at", "refunded_at"):
        od[col] = fmtcol(od[col])
    od.to_csv(out / "orders.csv", index=False)
    fb = pd.DataFrame(g.feedback)
    fb.insert(0, "feedback_id", [f"FB{i + 1:05d}" for i in range(len(fb))])
    fb["ts"] = fmtcol(fb["ts"])
    for col in ("rating", "nps"):
        fb[col] = fb[col].astype("Int64")
    fb = fb[["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "store_id",
             "order_id", "language"]]
    fb.to_csv(out / "feedback.csv", index=False)
    tr = pd.DataFrame(g.truth)
    tr.insert(0, "feedback_id", fb["feedback_id"])
    tr.to_csv(out / "_truth" / "feedback_truth.csv", index=False)
    ex = pd.DataFrame(g.experiments)
    ex["assigned_at"] = fmtcol(ex["assigned_at"])
    ex.to_csv(out / "experiments.csv", index=False)
    print(f"customers {len(cust)}, events {len(ev)}, orders {len(od)}, feedback {len(fb)}, "
          f"experiments {len(ex)} -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
