"""ClearFlow Drains (通渠快修): drain and sewer cleaning for homes, restaurants and property managers in London,
Sydney, Vancouver, Guangzhou (广州) and Chengdu (成都), 2024-09-01 .. 2026-05-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table, used by
gold.py only). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import heapq
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 5170926
START = datetime(2024, 9, 1)
END = datetime(2026, 5, 31, 23, 59, 59)
D = timedelta

CITIES = ["London", "Sydney", "Vancouver", "Guangzhou", "Chengdu"]
CITY_RATE = {"London": 1.85, "Sydney": 1.45, "Vancouver": 1.1, "Guangzhou": 1.5, "Chengdu": 1.25}   # new customers / day
CITY_ZH = {"London": "伦敦", "Sydney": "悉尼", "Vancouver": "温哥华", "Guangzhou": "广州", "Chengdu": "成都"}
COUNTRY = {"London": "GB", "Sydney": "AU", "Vancouver": "CA", "Guangzhou": "CN", "Chengdu": "CN"}
REGION = {"London": "uk", "Sydney": "australia", "Vancouver": "canada", "Guangzhou": "china", "Chengdu": "china"}
CURRENCY = {"London": "GBP", "Sydney": "AUD", "Vancouver": "CAD", "Guangzhou": "CNY", "Chengdu": "CNY"}
FX = {"GBP": 1.27, "AUD": 0.66, "CAD": 0.73, "CNY": 0.14}          # local -> USD (group reporting currency)
PRICE_LVL = {"London": 1.15, "Sydney": 1.05, "Vancouver": 1.0, "Guangzhou": 0.45, "Chengdu": 0.40}
CHINA = {"Guangzhou", "Chengdu"}
DISTRICTS = {"London": ["Camden", "Hackney", "Croydon", "Ealing", "Islington", "Lewisham"],
             "Sydney": ["Parramatta", "Bondi", "Chatswood", "Newtown", "Penrith", "Manly"],
             "Vancouver": ["Kitsilano", "Burnaby", "Richmond", "Mount Pleasant", "North Vancouver"],
             "Guangzhou": ["天河", "越秀", "海珠", "番禺", "白云"],
             "Chengdu": ["武侯", "锦江", "青羊", "高新", "成华"]}
SEASON = {"London": [1.25, 1.0, 0.95, 0.9, 0.85, 0.85, 0.85, 0.9, 0.95, 1.05, 1.15, 1.35],
          "Sydney": [1.2, 1.3, 1.2, 1.0, 0.9, 0.85, 0.8, 0.8, 0.85, 0.9, 1.0, 1.15],
          "Vancouver": [1.2, 1.1, 1.0, 0.9, 0.8, 0.75, 0.7, 0.7, 0.85, 1.1, 1.3, 1.25],
          "Guangzhou": [0.8, 0.6, 0.95, 1.15, 1.35, 1.45, 1.1, 1.2, 1.15, 0.9, 0.85, 0.9],
          "Chengdu": [0.85, 0.65, 1.0, 1.0, 1.05, 1.15, 1.2, 1.15, 1.0, 0.95, 0.95, 1.05]}
SEG_W = {"London": [0.72, 0.19, 0.09], "Sydney": [0.74, 0.17, 0.09], "Vancouver": [0.73, 0.17, 0.10],
         "Guangzhou": [0.62, 0.28, 0.10], "Chengdu": [0.58, 0.34, 0.08]}
SEGS = ["residential", "restaurant", "property_manager"]
SEG_ZH = {"residential": "住宅", "restaurant": "餐厅", "property_manager": "物业公司"}
CUISINE_EN = ["pub", "cafe", "pizza", "indian", "chinese_takeaway", "fish_and_chips", "burger", "thai"]
CUISINE_ZH = ["火锅", "川菜", "粤菜", "茶餐厅", "烧烤", "快餐", "面馆"]
PM_NAMES_EN = ["Harbour Strata Services", "Northgate Block Management", "Crescent Property Co", "Maple Strata Group",
               "Riverside Estates", "Cityline Lettings", "Westbrook Residential", "Oakfield Facilities"]
PM_NAMES_ZH = ["锦城物业", "珠江悦居物业", "天府置业服务", "羊城安居物业", "蓉欣物业", "岭南城市服务"]

TECHS = {"London": ["T01", "T02", "T03", "T04"], "Sydney": ["T05", "T06", "T07", "T08"],
         "Vancouver": ["T09", "T10", "T11", "T12"], "Guangzhou": ["T13", "T14", "T15", "T16"],
         "Chengdu": ["T17", "T18", "T19", "T20"]}
TECH_NAME = {"T01": "Gary Walsh", "T02": "Aisha Khan", "T03": "Tom Reilly", "T04": "Marek Nowak",
             "T05": "Liam Nguyen", "T06": "Josh Taylor", "T07": "Mitch Cooper", "T08": "Sam Patel",
             "T09": "Ryan Chow", "T10": "Derek Olsen", "T11": "Manpreet Gill", "T12": "Kyle Fraser",
             "T13": "黄志强", "T14": "梁伟", "T15": "陈家豪", "T16": "何振华",
             "T17": "张勇", "T18": "李建", "T19": "王磊", "T20": "刘涛", "T21": "Ben Carter"}
TECH_SKILL = {t: 0.0 for t in TECH_NAME}
TECH_SKILL.update({"T11": 0.45, "T06": 0.06, "T15": 0.0, "T03": -0.14, "T18": -0.12})
NEW_TECH, NEW_TECH_FROM = "T21", datetime(2026, 4, 13)

IVR_BAD = (datetime(2025, 8, 1), datetime(2025, 8, 31, 23, 59, 59))        # new IVR menu: callers hang up
STORM = (datetime(2026, 2, 1), datetime(2026, 2, 28, 23, 59, 59))          # Sydney storms: surge, slow response

FINDINGS = ["grease_buildup", "wet_wipes_blockage", "root_intrusion", "displaced_joint", "cracked_pipe",
            "collapsed_pipe", "scale_buildup", "no_defect"]
FINDING_ZH = {"grease_buildup": "油脂堆积", "wet_wipes_blockage": "湿巾杂物堵塞", "root_intrusion": "树根侵入",
              "displaced_joint": "接口错位", "cracked_pipe": "管道破裂", "collapsed_pipe": "管道塌陷",
              "scale_buildup": "水垢结垢", "no_defect": "未发现缺陷"}
FIND_W = {"residential": [0.06, 0.25, 0.22, 0.12, 0.12, 0.06, 0.05, 0.12],
          "restaurant": [0.58, 0.06, 0.05, 0.06, 0.05, 0.02, 0.08, 0.10],
          "property_manager": [0.15, 0.22, 0.18, 0.10, 0.12, 0.05, 0.06, 0.12]}
QTYPE_ZH = {"jetting": "高压射流清洗", "relining": "管道内衬修复", "excavation": "开挖更换"}
MATERIALS = ["clay", "pvc", "cast_iron", "concrete"]
MAT_W = {"London": [0.45, 0.30, 0.20, 0.05], "Sydney": [0.40, 0.40, 0.08, 0.12], "Vancouver": [0.30, 0.45, 0.15, 0.10],
         "Guangzhou": [0.05, 0.55, 0.15, 0.25], "Chengdu": [0.05, 0.60, 0.10, 0.25]}
LEGACY = {"London": (120, 30), "Sydney": (90, 22), "Vancouver": (70, 18), "Guangzhou": (100, 22), "Chengdu": (110, 16)}
LEGACY_FROM = datetime(2019, 3, 1)
CANCEL_APP = ["slot_too_late", "found_another_plumber", "fixed_it_myself", "price_concern"]


def growth(d: datetime) -> float:
    return {2024: 0.9, 2025: 1.0, 2026: 1.14}[d.year]


# ---------------------------------------------------------------- feedback texts (markers: gold.py MARK)
TEXTS = {
    "hotline_unreachable": {
        "en": ["Sewage coming up in the yard and I couldn't get through to your emergency number, the menu kept "
               "looping.", "Tried four times and could not get through to the hotline. Ended up calling someone else.",
               "Your 24/7 line is a joke, couldn't get through after 20 minutes of the press-1-press-2 menu.",
               "Impossible to get through on the emergency number tonight, toilet overflowing."],
        "zh": ["下水道返水，热线一直打不通，语音菜单绕来绕去。", "打了好几次报修电话都打不通，最后找了别家。",
               "24小时热线根本打不通，按了半天键也没人接。", "半夜厨房下水堵了，急修电话打不通，太耽误事了。"]},
    "callout_fee": {
        "en": ["Nobody mentioned a call-out fee on the phone, then the tech charged it the moment he walked in.",
               "Hidden call-out fee on arrival. Should be told when booking.",
               "Paid a call-out fee before he even looked at the drain, that was never mentioned.",
               "Fine job but the surprise call-out fee left a bad taste."],
        "zh": ["电话里没说有上门费，师傅一进门就先收钱。", "上门费事先完全没提，到了才说要收，感觉被坑。",
               "还没开始看管道就要先交上门费，客服报修时根本没讲。", "活干得还可以，就是那个上门费来了才告诉我。"]},
    "tech_late": {
        "en": ["Told two hours, the tech turned up nearly four hours late with water all over the floor.",
               "Emergency callout and they were hours late. Not much of an emergency service.",
               "Technician arrived late and didn't call ahead.",
               "Waited all evening, plumber came very late."],
        "zh": ["说好两小时内到，结果师傅迟到了快四个小时，地上全是水。", "紧急报修还迟到这么久，算什么急修。",
               "师傅迟到了也不提前打个电话。", "等了一晚上，师傅迟到太多了。"]},
    "slot_wait": {
        "en": ["The app only offered a slot two days out for a blocked toilet. Cancelled.",
               "Earliest slot in the app was Thursday, no good for a backed-up sink.",
               "Booking in the app is easy but the slot choices are useless when it's urgent.",
               "App gave me a slot for the day after tomorrow, I needed someone today."],
        "zh": ["App里最早的时段要后天，马桶堵了等不了，只好取消。", "小程序上预约只能选两天后的时段，太慢了。",
               "预约很方便，但是可选时段太少了，急的时候没用。", "App上没有当天的时段，只能找别人。"]},
    "price_high": {
        "en": ["Relining quote was far too expensive for a few metres of pipe.",
               "The quote to reline was way more expensive than I expected, got a second opinion.",
               "Expensive. Over three grand to fix the drain under the patio.",
               "Camera survey was fine but the repair quote is just too expensive."],
        "zh": ["内衬修复的报价太贵了，几米管子要这么多钱。", "报价太贵，比我预想的高太多，找别家再问问。",
               "修个下水管报价上万，太贵了。", "检测没问题，就是维修报价太贵。"]},
    "mess_smell": {
        "en": ["They dug up the drive and left a terrible smell and mud everywhere.",
               "Job done but the smell in the yard lasted days, clean-up was poor.",
               "Crew left sewage smell in the basement after the excavation.",
               "Pipe is fixed, but the smell and the mess they left behind were awful."],
        "zh": ["开挖完院子里一股臭味，泥巴也没清理。", "活干完了但是臭味好几天都散不掉，收尾太差。",
               "施工后地下室全是臭味，工人也不收拾。", "管子是修好了，留下的臭味和脏乱太离谱。"]},
    "blocked_again": {
        "en": ["Paid for jetting last month and it's blocked again already.",
               "Drain blocked again within weeks of your visit, roots are back.",
               "Same drain blocked again, second callout in two months.",
               "You cleared it and three weeks on it's blocked again. Not impressed."],
        "zh": ["上个月刚做的高压清洗，现在又堵了。", "才过几周下水道又堵了，树根又长回来了。",
               "同一个下水口又堵了，两个月叫了两次。", "通完没多久又堵了，很失望。"]},
    "sales_pitch": {
        "en": ["The follow-up call was just a sales pitch for a maintenance contract.",
               "Called to 'check in' but it turned into a sales pitch.",
               "Don't need a sales pitch every time you ring me."],
        "zh": ["回访电话就是推销维保合同。", "说是回访，其实一直在推销年度保养。", "每次回访都推销，有点烦。"]},
    "praise_professional": {
        "en": ["Very professional technician, explained everything and cleaned up.",
               "Professional from start to finish, drain flowing perfectly.",
               "Tech was professional and polite, would use again."],
        "zh": ["师傅很专业，讲解清楚，走之前还收拾干净了。", "从头到尾都很专业，下水现在很通畅。",
               "技师专业又有礼貌，下次还找你们。"]},
    "praise_camera": {
        "en": ["Loved that he showed me the camera footage of the pipe before quoting.",
               "The CCTV footage made it clear what was wrong, great service.",
               "Got the footage emailed to me, very transparent."],
        "zh": ["师傅先给我看了管道内窥视频再报价，很透明。", "内窥视频一看就明白问题在哪，服务很好。",
               "检测视频发给我了，心里有数。"]},
    "praise_fast": {
        "en": ["Came quick on a Sunday night, sorted in an hour.", "Really quick response, thank you.",
               "Booked in the morning, fixed by lunch. Quick and tidy."],
        "zh": ["周日晚上也来得很快，一个小时就搞定了。", "响应很快，谢谢师傅。", "上午报修中午就修好了，很快。"]},
    "neutral_ok": {
        "en": ["Job done, drain working. Nothing special.", "Okay service, price as quoted.",
               "Tech came, unblocked the sink, left.", "Average experience overall."],
        "zh": ["疏通好了，没什么特别的。", "服务一般，价格跟报的一样。", "师傅来了把水槽通了就走了。", "整体还行吧。"]},
    "rude_staff": {
        "en": ["The technician was rude when I asked questions.", "Dispatcher was rude on the phone."],
        "zh": ["师傅态度很差，问两句就不耐烦。", "调度员电话里态度不好。"]},
}
SENT = {"hotline_unreachable": "neg", "callout_fee": "neg", "tech_late": "neg", "slot_wait": "neg",
        "price_high": "neg", "mess_smell": "neg", "blocked_again": "neg", "sales_pitch": "neg", "rude_staff": "neg",
        "praise_professional": "pos", "praise_camera": "pos", "praise_fast": "pos", "neutral_ok": "neu"}
MARKERS = {"hotline_unreachable": ("打不通", "get through"), "callout_fee": ("上门费", "call-out fee"),
           "tech_late": ("迟到", "late"), "slot_wait": ("时段", "slot"), "price_high": ("太贵", "expensive"),
           "mess_smell": ("臭味", "smell"), "blocked_again": ("又堵", "blocked again"),
           "sales_pitch": ("推销", "sales pitch"), "praise_professional": ("专业", "professional"),
           "praise_camera": ("视频", "footage"), "praise_fast": ("很快", "quick")}
TAILS = {"neg": {"en": ["", "", " Please sort this out.", " Very disappointed."],
                 "zh": ["", "", "希望改进。", "很失望。"]},
         "pos": {"en": ["", "", " Thanks!", " Will recommend."], "zh": ["", "", "谢谢！", "会推荐给朋友。"]},
         "neu": {"en": ["", "", " Thanks."], "zh": ["", "", "谢谢。"]}}


def _check_texts() -> None:
    for topic, (mz, me) in MARKERS.items():
        for t2, by_lang in TEXTS.items():
            for lang, opts in by_lang.items():
                for s in opts:
                    tails = [x for v in TAILS.values() for x in v[lang]]
                    has = (mz in s) if lang == "zh" else (me in s.lower())
                    if t2 == topic:
                        assert has, (topic, s)
                    else:
                        assert not has, (topic, t2, s)
                    for tl in tails:
                        assert mz not in tl and me not in tl.lower(), tl


class Gen:
    def __init__(self) -> None:
        self.r = np.random.default_rng(SEED)
        self.customers: dict[str, dict] = {}
        self.events: list[dict] = []
        self.orders: list[dict] = []
        self.feedback: list[dict] = []
        self.truth: list[dict] = []
        self.n_job = 0
        self.n_sess = 0
        self.contract_until: dict[str, datetime] = {}
        self.contract_from: dict[str, datetime] = {}
        self.t21_ratings = 0

    # ------------------------------------------------------------------ helpers
    def p(self, x: float) -> bool:
        return bool(self.r.random() < x)

    def pick(self, xs, w=None):
        if w is None:
            return xs[int(self.r.integers(len(xs)))]
        w = np.asarray(w, dtype=float)
        return xs[int(self.r.choice(len(xs), p=w / w.sum()))]

    def day_time(self, d: datetime, lo=8, hi=18) -> datetime:
        base = datetime(d.year, d.month, d.day)
        return base + D(hours=int(self.r.integers(lo, hi)), minutes=int(self.r.integers(60)),
                        seconds=int(self.r.integers(60)))

    def call_time(self, d: datetime) -> datetime:
        h = int(self.pick(list(range(24)), [0.5, 0.3, 0.2, 0.2, 0.2, 0.3, 0.8, 1.5, 2.2, 2.4, 2.3, 2.2, 2.1, 2.0,
                                             2.0, 2.0, 2.1, 2.4, 2.8, 3.0, 2.8, 2.2, 1.5, 0.9]))
        base = datetime(d.year, d.month, d.day)
        return base + D(hours=h, minutes=int(self.r.integers(60)), seconds=int(self.r.integers(60)))

    def in_contract(self, cid: str, t: datetime) -> bool:
        return cid in self.contract_from and self.contract_from[cid] <= t <= self.contract_until[cid]

    def ev(self, c: dict, ts: datetime, tp: str, action: str, **kw) -> dict | None:
        if ts > END:
            return None
        e = dict(customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, action=action, city=c["city"],
                 customer_type=c["segment"])
        e.update(kw)
        self.events.append(e)
        return e

    def local_price(self, c: dict, usd: float, step: float) -> float:
        cur = CURRENCY[c["city"]]
        return max(step, round(usd / FX[cur] / step) * step)

    def order(self, c: dict, ts: datetime, otype: str, local: float, status="paid", **kw) -> str | None:
        if ts > END:
            return None
        cur = CURRENCY[c["city"]]
        oid = f"O{len(self.orders) + 1:06d}"
        zh = {"callout": "上门费", "job": "施工", "maintenance_contract": "维保合同"}[otype]
        if status == "cancelled":
            pay = ""
        elif c["segment"] == "property_manager":
            pay = "invoice"
        elif cur == "CNY":
            pay = self.pick(["wechat_pay", "alipay", "bank_transfer"], [0.6, 0.3, 0.1])
        else:
            pay = self.pick(["card", "card", "apple_pay", "bank_transfer"])
        o = dict(order_id=oid, customer_id=c["customer_id"], ts=ts, amount=round(local * FX[cur], 2), status=status,
                 order_type=otype, order_type_zh=zh, currency=cur, amount_local=round(local, 2), city=c["city"],
                 customer_type=c["segment"], payment_method=pay)
        o.update(kw)
        self.orders.append(o)
        return oid

    def tech(self, city: str, ts: datetime) -> str:
        pool = list(TECHS[city])
        if city == "Sydney" and ts >= NEW_TECH_FROM:
            pool.append(NEW_TECH)
        return self.pick(pool)

    def fb(self, c: dict | None, ts: datetime | None, tp: str | None, channel: str, topic: str,
           rating=None, nps=None, **kw) -> None:
        if ts is not None and ts > END:
            return
        if kw.get("technician_id") == NEW_TECH and not kw.pop("planted", False):
            return                       # the new hire's only feedback so far: three 5-star surveys
        lang = kw.pop("lang", None) or ("zh" if c and c["city"] in CHINA else "en")
        opts = TEXTS[topic][lang]
        text = opts[int(self.r.integers(len(opts)))]
        tails = TAILS[SENT[topic]][lang]
        text = (text + tails[int(self.r.integers(len(tails)))]).strip()
        fid = f"FB{len(self.feedback) + 1:05d}"
        platform = kw.pop("platform", "")
        row = dict(feedback_id=fid, text=text, ts=ts, customer_id=c["customer_id"] if c else "",
                   touchpoint_id=tp or "", channel=channel, rating=rating, nps=nps, language=lang,
                   city=kw.pop("city", c["city"] if c else ""), platform=platform)
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))

    def rating_for(self, topic: str, skill: float = 0.0) -> int:
        s = SENT[topic]
        if s == "neg":
            return int(self.pick([1, 2, 3], [0.5, 0.37, 0.13]))
        if s == "pos":
            return int(self.pick([4, 5], [max(0.05, 0.38 - skill), 0.62 + skill]))
        return int(self.pick([3, 4, 5], [0.45 - skill / 2, 0.42, 0.13 + skill / 2]))

    def nps_of(self, rating: int) -> int:
        lo, hi = {1: (0, 3), 2: (1, 5), 3: (4, 7), 4: (7, 9), 5: (8, 10)}[rating]
        return int(self.r.integers(lo, hi + 1))

    def review_channel(self, c: dict) -> tuple[str, str]:
        return ("dianping", "大众点评") if c["city"] in CHINA else ("google_review", "Google")

    # ------------------------------------------------------------------ customers
    def new_customer(self, city: str, t: datetime, seg: str) -> dict:
        cid = f"C{len(self.customers) + 1:05d}"
        china = city in CHINA
        mat = self.pick(MATERIALS, MAT_W[city])
        if seg == "residential":
            ptype = self.pick(["apartment", "townhouse"], [0.7, 0.3]) if china else \
                self.pick(["house", "terrace", "apartment"], [0.5, 0.3, 0.2])
        elif seg == "restaurant":
            ptype = "restaurant"
        else:
            ptype = self.pick(["apartment_block", "commercial"], [0.75, 0.25])
        era = self.pick(["pre_1950", "1950_1980", "1980_2000", "post_2000"],
                        [0.02, 0.13, 0.35, 0.50] if china else [0.30, 0.30, 0.20, 0.20])
        if era == "pre_1950" and mat == "pvc":
            mat = "clay"
        c = dict(customer_id=cid, signup_at=t, segment=seg, region=REGION[city], acquisition_channel="",
                 tier="standard", customer_type_zh=SEG_ZH[seg], city=city, city_zh=CITY_ZH[city],
                 country=COUNTRY[city], district=self.pick(DISTRICTS[city]), property_type=ptype,
                 pipe_material=mat, building_era=era,
                 cuisine=(self.pick(CUISINE_ZH) if china else self.pick(CUISINE_EN)) if seg == "restaurant" else "",
                 company_name=(self.pick(PM_NAMES_ZH) if china else self.pick(PM_NAMES_EN))
                 if seg == "property_manager" else "",
                 sites_managed=int(self.r.integers(3, 40)) if seg == "property_manager" else None,
                 preferred_language="zh" if china else "en", lifecycle="prospect", n_jobs=0)
        self.customers[cid] = c
        return c

    # ------------------------------------------------------------------ requests
    def pick_channel(self, c: dict, t: datetime, repeat: bool) -> str:
        seg = c["segment"]
        if seg == "property_manager":
            return "work_order" if self.p(0.88 if t.hour in range(8, 18) else 0.45) else "hotline"
        if seg == "restaurant":
            return self.pick(["hotline", "app"], [0.68, 0.32])
        p_app = 0.42 if c["city"] in CHINA else 0.38
        if repeat:
            p_app *= 0.6
        return self.pick(["hotline", "app"], [1 - p_app, p_app])

    def request(self, c: dict, t: datetime, channel: str, prev_job: str | None, prev_tp: str = "tp_job_done",
                not_before: datetime | None = None) -> tuple[datetime | None, dict]:
        """One problem reported; returns (time the visit chain closed or None, info for the recurrence model)."""
        self.n_job += 1
        job = f"J{self.n_job:06d}"
        info: dict = {"job": job, "kind": "lost"}
        city = c["city"]
        rep = dict(job_id=job, request_channel=channel, repeat_callout=1 if prev_job else 0,
                   previous_job_id=prev_job or "")
        contract = self.in_contract(c["customer_id"], t)
        storm = city == "Sydney" and STORM[0] <= t <= STORM[1]
        if channel == "hotline":
            t = self.call_time(t)
            if not_before is not None and t <= not_before:
                t = not_before + D(hours=float(self.r.uniform(1, 10)))
            after = t.hour < 8 or t.hour >= 18 or t.weekday() >= 5
            bad = IVR_BAD[0] <= t <= IVR_BAD[1]
            got = False
            tc = t
            for attempt in range(3):
                hold = float(self.r.gamma(2.0, 95 if bad else (60 if storm else 22)))
                p_ans = 0.54 if bad else (0.84 if storm else 0.935)
                ans = self.p(p_ans)
                disclosed = int(self.p(0.82 if city in CHINA else 0.68))
                e = self.ev(c, tc, "tp_hotline", "answered" if ans else "abandoned", channel="phone",
                            hold_seconds=round(hold), ivr_menu="v2" if bad else "v1", after_hours=int(after),
                            priority="emergency", fee_disclosed=disclosed if ans else None, **rep)
                if e is None:
                    return None, info
                if ans:
                    got = True
                    break
                if not self.p(0.42 if attempt == 0 else 0.25):
                    break
                tc = tc + D(minutes=float(self.r.uniform(5, 90)))
            if not got:
                if self.p(0.30 if bad else 0.22):
                    ch = self.pick(["social", "email", "wechat"] if city in CHINA else ["social", "email", "app_review"],
                                   [0.35, 0.35, 0.3])
                    self.fb(c, tc + D(hours=float(self.r.uniform(0.5, 20))), "tp_hotline", ch, "hotline_unreachable",
                            rating=1 if ch == "app_review" else None)
                return None, info
            if self.p(0.055):        # price enquiry only, no dispatch
                e["action"] = "enquiry"
                return None, info
            if self.p(0.005):
                self.fb(c, tc + D(hours=2), "tp_hotline", "call_note", "rude_staff")
            t_req, prio = tc, "emergency"
            fee_disclosed = e["fee_disclosed"]
            t_disp = t_req + D(minutes=float(self.r.uniform(4, 25)))
            if storm:
                t_disp += D(minutes=float(self.r.uniform(5, 50)))
            resp_mu = {"London": 72, "Sydney": 66, "Vancouver": 70, "Guangzhou": 55, "Chengdu": 52}[city]
            if storm:
                resp_mu = 175
            resp = max(25.0, float(self.r.gamma(6.0, resp_mu / 6.0)))
            t_arr = t_req + D(minutes=resp)
            sla = 120
            dev = ""
        elif channel == "app":
            t = self.day_time(t, 7, 23)
            if not_before is not None and t <= not_before:
                t = not_before + D(hours=float(self.r.uniform(1, 10)))
            after = False
            self.n_sess += 1
            sess = f"S{self.n_sess:07d}"
            dev = self.pick(["ios", "android"], [0.55, 0.45])
            plat = "wechat_mini_program" if city in CHINA else "own_app"
            for k in range(int(self.pick([1, 2, 3], [0.6, 0.3, 0.1]))):
                self.ev(c, t + D(minutes=2 * k), "tp_app_browse", "view", channel="app", device=dev,
                        session_id=sess, app_platform=plat,
                        service_page=self.pick(["blocked_drain", "toilet_blockage", "cctv_survey", "kitchen_sink",
                                                "sewer_smell"]))
            if not self.p(0.58 if prev_job else 0.50):
                return None, info
            t_req = t + D(minutes=float(self.r.uniform(4, 15)))
            wait = float(self.r.gamma(2.2, 6.0 if city in CHINA else 13.0)) + 2
            slot = t_req + D(hours=wait)
            if slot.hour < 8:
                slot = slot.replace(hour=8, minute=0)
            elif slot.hour >= 19:
                slot = datetime(slot.year, slot.month, slot.day, 8) + D(days=1)
            wait = (slot - t_req).total_seconds() / 3600
            e = self.ev(c, t_req, "tp_app_booking", "submitted", channel="app", device=dev, session_id=sess,
                        app_platform=plat, slot_at=slot, slot_wait_hours=round(wait, 1), priority="scheduled", **rep)
            if e is None:
                return None, info
            p_cancel = min(0.6, 0.12 + 0.0065 * wait)
            if self.p(p_cancel):
                reason = self.pick(CANCEL_APP, [0.35 + min(0.35, wait / 150), 0.3, 0.2, 0.1])
                tcan = t_req + (slot - t_req) * float(self.r.uniform(0.05, 0.8))
                self.ev(c, tcan, "tp_cancel", "cancelled", channel="app", device=dev, cancel_reason=reason,
                        cancel_stage="before_dispatch", **rep)
                if reason == "slot_too_late" and self.p(0.22):
                    self.fb(c, tcan + D(minutes=30), "tp_app_booking", "app_review", "slot_wait",
                            rating=int(self.pick([1, 2], [0.6, 0.4])), platform=plat)
                return None, info
            if self.p(0.06):
                topic = "slot_wait" if wait > 30 else self.pick(["praise_fast", "neutral_ok"])
                self.fb(c, t_req + D(hours=1), "tp_app_booking", "app_review", topic,
                        rating=self.rating_for(topic), platform=plat)
            t_disp = slot - D(minutes=float(self.r.uniform(40, 180)))
            if t_disp <= t_req:
                t_disp = t_req + D(minutes=10)
            late = float(self.r.normal(8, 22))
            t_arr = slot + D(minutes=max(-20.0, late))
            prio = "scheduled"
            sla = wait * 60 + 60
            fee_disclosed = 1
            if self.p(0.05):         # nobody home
                tcan = t_arr
                self.ev(c, tcan, "tp_cancel", "cancelled", channel="phone", cancel_reason="no_access",
                        cancel_stage="after_dispatch", **rep)
                self.ev(c, t_disp, "tp_dispatch", "assigned", channel="other", technician_id=self.tech(city, t_disp),
                        priority=prio, **rep)
                return None, info
        else:  # work_order
            t = self.day_time(t, 8, 18)
            if not_before is not None and t <= not_before:
                t = not_before + D(hours=float(self.r.uniform(1, 10)))
            after = False
            prio = self.pick(["P1", "P2", "P3"], [0.3, 0.5, 0.2])
            site = f"{c['customer_id']}-S{int(self.r.integers(1, (c['sites_managed'] or 3) + 1)):02d}"
            e = self.ev(c, t, "tp_work_order", "submitted", channel="web", device="pc", priority=prio, site_id=site,
                        portal_ref=f"WO-{int(self.r.integers(100000, 999999))}", **rep)
            if e is None:
                return None, info
            if self.p(0.075):
                tcan = t + D(hours=float(self.r.uniform(0.5, 20)))
                self.ev(c, tcan, "tp_cancel", "cancelled", channel="web", site_id=site,
                        cancel_reason=self.pick(["duplicate_work_order", "tenant_resolved"], [0.55, 0.45]),
                        cancel_stage="before_dispatch", **rep)
                return None, info
            t_req = t
            fee_disclosed = 1
            dev = "pc"
            if prio == "P1":
                t_disp = t_req + D(minutes=float(self.r.uniform(8, 40)))
                resp = max(30.0, float(self.r.gamma(5.0, (160 if storm else 85) / 5.0)))
                sla = 240
            else:
                t_disp = t_req + D(hours=float(self.r.uniform(1, 20 if prio == "P2" else 50)))
                resp = (t_disp - t_req).total_seconds() / 60 + float(self.r.uniform(60, 400))
                sla = 1440 if prio == "P2" else 4320
            t_arr = t_req + D(minutes=resp)
            rep["site_id"] = site
        # ---------------- dispatch and arrival
        tech = self.tech(city, t_disp)
        self.ev(c, t_disp, "tp_dispatch", "assigned", channel="other", technician_id=tech, priority=prio,
                van_id=f"V{int(tech[1:]):02d}", **rep)
        resp_min = round((t_arr - t_req).total_seconds() / 60)
        sla_met = int(resp_min <= sla)
        waived = contract
        ea = self.ev(c, t_arr, "tp_arrival", "arrived", channel="onsite", technician_id=tech, priority=prio,
                     response_minutes=resp_min, sla_minutes=round(sla), sla_met=sla_met,
                     callout_fee_waived=int(waived), after_hours=int(after), **rep)
        if ea is None:
            return None, info
        c["n_jobs"] += 1
        if c["lifecycle"] == "prospect":
            c["lifecycle"] = "one_off"
        elif c["lifecycle"] == "one_off":
            c["lifecycle"] = "repeat"
        info["kind"] = "callout"
        if not waived:
            fee_usd = (180 if after else 120) * PRICE_LVL[city]
            oid = self.order(c, t_arr + D(minutes=5), "callout", self.local_price(c, fee_usd, 5), job_id=job,
                             technician_id=tech, channel=channel, after_hours=int(after), is_renewal=None)
            ea["order_id"] = oid or ""
        skill = TECH_SKILL[tech]
        late = resp_min > sla
        fee_surprise = (not waived) and fee_disclosed == 0
        # reviews / complaints about the visit itself
        if storm and late and self.p(0.3):
            ch, plat = self.review_channel(c) if self.p(0.5) else ("call_note", "")
            self.fb(c, t_arr + D(hours=float(self.r.uniform(1, 30))), "tp_arrival", ch, "tech_late",
                    rating=int(self.pick([1, 2], [0.6, 0.4])) if ch != "call_note" else None, technician_id=tech,
                    job_id=job, platform=plat)
        elif fee_surprise and self.p(0.17):
            ch, plat = self.review_channel(c) if self.p(0.5) else ("survey", "")
            self.fb(c, t_arr + D(hours=float(self.r.uniform(1, 30))), "tp_arrival", ch, "callout_fee",
                    rating=int(self.pick([1, 2, 3], [0.4, 0.45, 0.15])), technician_id=tech, job_id=job,
                    platform=plat)
        elif late and prio == "emergency" and self.p(0.09):
            ch, plat = self.review_channel(c) if self.p(0.5) else ("call_note", "")
            self.fb(c, t_arr + D(hours=float(self.r.uniform(1, 30))), "tp_arrival", ch, "tech_late",
                    rating=int(self.pick([1, 2], [0.6, 0.4])) if ch != "call_note" else None, technician_id=tech,
                    job_id=job, platform=plat)
        elif prev_job and self.p(0.28):
            ch = self.pick(["call_note", "survey", "email"], [0.5, 0.3, 0.2])
            self.fb(c, t_arr + D(hours=float(self.r.uniform(1, 48))), prev_tp, ch,
                    "blocked_again", rating=int(self.pick([1, 2], [0.5, 0.5])) if ch == "survey" else None,
                    technician_id=tech, job_id=prev_job)
        elif tech == NEW_TECH and self.t21_ratings < 3:
            self.t21_ratings += 1
            self.fb(c, t_arr + D(hours=6), "tp_arrival", "survey", "praise_professional", rating=5, nps=10,
                    technician_id=tech, job_id=job, planted=True)
        elif tech != NEW_TECH and self.p(0.06):
            if self.p(0.5 + skill):
                topic = self.pick(["praise_professional", "praise_fast", "praise_camera"], [0.45, 0.35, 0.2])
            else:
                topic = self.pick(["neutral_ok", "rude_staff", "callout_fee", "tech_late"], [0.8, 0.08, 0.06, 0.06])
            ch, plat = self.review_channel(c) if self.p(0.45) else ("survey", "")
            rating = self.rating_for(topic, skill)
            self.fb(c, t_arr + D(hours=float(self.r.uniform(2, 40))), "tp_arrival", ch, topic, rating=rating,
                    nps=self.nps_of(rating) if ch == "survey" and self.p(0.5) else None, technician_id=tech,
                    job_id=job, platform=plat)
        # ---------------- CCTV survey
        seg = c["segment"]
        info.update(tech=tech, t_end=t_arr)
        if not self.p(0.84 if seg != "residential" else 0.80):
            info["kind"] = "no_cctv"
            self.maybe_followup(c, t_arr, job, tech, channel, p=0.3, had_job=False)
            return t_arr, info
        w = np.array(FIND_W[seg], dtype=float)
        mat = c["pipe_material"]
        w[2] *= {"clay": 2.6, "pvc": 0.35, "cast_iron": 0.8, "concrete": 1.0}[mat]
        w[4] *= {"clay": 1.4, "pvc": 0.6, "cast_iron": 1.6, "concrete": 1.0}[mat]
        if c["building_era"] in ("pre_1950", "1950_1980"):
            w[5] *= 1.8
        finding = self.pick(FINDINGS, w)
        t_cctv = t_arr + D(minutes=float(self.r.uniform(25, 70)))
        grade = 0 if finding == "no_defect" else int(self.pick([1, 2, 3, 4, 5], [0.15, 0.25, 0.3, 0.2, 0.1]))
        if finding == "collapsed_pipe":
            grade = 5
        self.ev(c, t_cctv, "tp_cctv", "no_defect" if finding == "no_defect" else "defect_found", channel="onsite",
                technician_id=tech, finding=finding, finding_zh=FINDING_ZH[finding], defect_grade=grade,
                pipe_material=mat, pipe_diameter_mm=int(self.pick([100, 150, 225], [0.6, 0.3, 0.1])),
                footage_minutes=int(self.r.integers(6, 40)), **rep)
        info.update(finding=finding, t_end=t_cctv)
        if finding == "no_defect" or (finding == "wet_wipes_blockage" and not self.p(0.35)):
            info["kind"] = "cleared"
            self.maybe_followup(c, t_cctv, job, tech, channel, p=0.35, had_job=False)
            return t_cctv, info
        # ---------------- quote
        if finding in ("grease_buildup", "scale_buildup", "wet_wipes_blockage"):
            qtype = "jetting"
        elif finding == "root_intrusion":
            qtype = self.pick(["relining", "jetting"], [0.6, 0.4])
        elif finding in ("displaced_joint", "cracked_pipe"):
            qtype = self.pick(["relining", "excavation"], [0.85, 0.15])
        else:
            qtype = "excavation"
        lvl = PRICE_LVL[city]
        metres = None
        if qtype == "jetting":
            usd = float(self.r.normal(520 if seg == "restaurant" else 380, 110))
            t_q = t_cctv + D(hours=float(self.r.uniform(0.2, 4)))
        elif qtype == "relining":
            metres = int(self.r.integers(3, 22))
            usd = metres * float(self.r.normal(330, 45)) + 900
            t_q = t_cctv + D(hours=float(self.r.uniform(4, 72)))
        else:
            metres = int(self.r.integers(2, 10))
            usd = float(self.r.normal(5600, 1500))
            t_q = t_cctv + D(hours=float(self.r.uniform(24, 120)))
        usd = max(180.0, usd) * lvl
        local = self.local_price(c, usd, 10)
        q_usd = round(local * FX[CURRENCY[city]], 2)
        eq = self.ev(c, t_q, "tp_quote", "sent", channel=self.pick(["email", "onsite"], [0.6, 0.4]) if
                     qtype == "jetting" else "email", technician_id=tech, quote_type=qtype,
                     quote_type_zh=QTYPE_ZH[qtype], quote_amount=q_usd, quote_amount_local=local, metres=metres,
                     finding=finding, **rep)
        if eq is None:
            return None, info
        info.update(kind="declined", qtype=qtype, t_end=t_q)
        p_acc = {"jetting": 0.55 if finding == "wet_wipes_blockage" else 0.80, "relining": {"residential": 0.37, "restaurant": 0.55, "property_manager": 0.70}[seg],
                 "excavation": {"residential": 0.50, "restaurant": 0.58, "property_manager": 0.72}[seg]}[qtype]
        if city in CHINA and qtype == "relining":
            p_acc *= 0.9
        if not self.p(p_acc):
            if qtype != "jetting" and self.p(0.25):
                ch = self.pick(["call_note", "email", self.review_channel(c)[0]], [0.5, 0.25, 0.25])
                self.fb(c, t_q + D(days=float(self.r.uniform(1, 10))), "tp_quote", ch, "price_high",
                        rating=int(self.pick([1, 2, 3], [0.45, 0.45, 0.1])) if ch in ("google_review", "dianping")
                        else None, job_id=job, quote_type=qtype)
            elif self.p(0.02):
                self.fb(c, t_q + D(days=2), "tp_quote", "call_note", "price_high", job_id=job, quote_type=qtype)
            self.maybe_followup(c, t_q + D(days=3), job, tech, channel, p=0.25, had_job=False)
            return t_q, info
        t_acc = t_q + D(hours=float(self.r.uniform(1, 48) if qtype == "jetting" else self.r.uniform(12, 240)))
        if self.ev(c, t_acc, "tp_quote_accept", "accepted", channel=self.pick(["email", "phone", "app"]),
                   quote_type=qtype, quote_amount=q_usd, deposit_paid=int(qtype != "jetting"), **rep) is None:
            return None, info
        lead_days = {"jetting": (0.2, 5), "relining": (4, 20), "excavation": (8, 30)}[qtype]
        t_done = t_acc + D(days=float(self.r.uniform(*lead_days)))
        t_done = self.day_time(t_done, 8, 17) if qtype != "jetting" else t_done
        if t_done <= t_acc:
            t_done = t_acc + D(hours=3)
        if self.p(0.04):
            tcan = t_acc + (t_done - t_acc) * float(self.r.uniform(0.1, 0.9))
            reason = self.pick(["customer_postponed", "went_with_competitor", "access_issue"], [0.5, 0.3, 0.2])
            if self.ev(c, tcan, "tp_cancel", "cancelled", channel="phone", cancel_reason=reason,
                       cancel_stage="before_job", **rep):
                self.order(c, tcan, "job", local, status="cancelled", job_id=job, job_type=qtype, channel=channel,
                           technician_id=tech, cancel_reason=reason, is_renewal=None)
            return tcan, info
        crew = 1 if qtype == "jetting" else int(self.pick([2, 3, 4], [0.5, 0.35, 0.15]))
        dur = {"jetting": (1, 4), "relining": (4, 10), "excavation": (8, 30)}[qtype]
        ed = self.ev(c, t_done, "tp_job_done", "completed", channel="onsite", technician_id=tech, quote_type=qtype,
                     quote_type_zh=QTYPE_ZH[qtype], crew_size=crew, metres=metres,
                     duration_hours=round(float(self.r.uniform(*dur)), 1), **rep)
        if ed is None:
            return None, info
        oid = self.order(c, t_done + D(minutes=30), "job", local, job_id=job, job_type=qtype, channel=channel,
                         technician_id=tech, is_renewal=None)
        ed["order_id"] = oid or ""
        info.update(kind="done", t_end=t_done, order_id=oid)
        # feedback on the job
        p_mess = {"jetting": 0.02, "relining": 0.05, "excavation": 0.34}[qtype]
        if self.p(p_mess):
            ch = self.pick(["survey", "call_note", self.review_channel(c)[0]], [0.5, 0.25, 0.25])
            self.fb(c, t_done + D(hours=float(self.r.uniform(4, 72))), "tp_job_done", ch, "mess_smell",
                    rating=int(self.pick([1, 2, 3], [0.3, 0.5, 0.2])) if ch != "call_note" else None,
                    technician_id=tech, job_id=job, quote_type=qtype)
        elif qtype != "jetting" and self.p(0.02):
            self.fb(c, t_done + D(hours=12), "tp_job_done", "survey", "price_high", rating=2, technician_id=tech,
                    job_id=job, quote_type=qtype)
        elif tech != NEW_TECH and self.p(0.26):
            if late and self.p(0.4):
                topic = "tech_late"
            elif fee_surprise and self.p(0.15):
                topic = "callout_fee"
            elif self.p(0.6 + skill):
                topic = self.pick(["praise_professional", "praise_camera", "praise_fast"], [0.45, 0.35, 0.2])
            else:
                topic = self.pick(["neutral_ok", "rude_staff"], [0.9, 0.1])
            ch = "survey" if self.p(0.8) else self.review_channel(c)[0]
            rating = self.rating_for(topic, skill)
            self.fb(c, t_done + D(hours=float(self.r.uniform(2, 60))), "tp_job_done", ch, topic, rating=rating,
                    nps=self.nps_of(rating) if ch == "survey" and self.p(0.5) else None, technician_id=tech,
                    job_id=job, quote_type=qtype)
        # refunds (problem came straight back) are decided in run() once the recurrence is known
        self.maybe_followup(c, t_done, job, tech, channel, p=0.86, had_job=True, qtype=qtype, finding=finding)
        return t_done, info

    def maybe_followup(self, c, t, job, tech, channel, p, had_job, qtype=None, finding=None) -> None:
        if not self.p(p):
            return
        tf = self.day_time(t + D(days=float(self.r.uniform(3, 10))), 9, 18)
        reached = self.p(0.78)
        cid = c["customer_id"]
        seg = c["segment"]
        under = self.in_contract(cid, tf)
        offered = reached and not under and (seg != "residential" or had_job)
        e = self.ev(c, tf, "tp_followup_call", "reached" if reached else "no_answer", channel="phone", job_id=job,
                    agent_team="aftercare", contract_offered=int(offered))
        if e is None:
            return
        if reached and self.p(0.11):
            if offered and seg == "residential" and self.p(0.45):
                topic = "sales_pitch"
            else:
                topic = self.pick(["neutral_ok", "praise_professional", "sales_pitch"], [0.6, 0.3, 0.1])
            self.fb(c, tf + D(minutes=10), "tp_followup_call", "call_note", topic, job_id=job)
        if not offered:
            return
        p_sign = {"residential": 0.075, "restaurant": 0.50, "property_manager": 0.30}[seg]
        if finding == "grease_buildup":
            p_sign *= 1.15
        if not self.p(p_sign):
            return
        ts = tf + D(days=float(self.r.uniform(0.5, 25)))
        plan = {"residential": "annual_cctv_check", "restaurant": "quarterly_grease_jetting",
                "property_manager": "biannual_block_jetting"}[seg]
        fee_usd = {"residential": 320, "restaurant": 2400, "property_manager": 5200}[seg] * PRICE_LVL[c["city"]]
        if seg == "property_manager":
            fee_usd *= 0.6 + (c["sites_managed"] or 5) / 25
        local = self.local_price(c, fee_usd, 10)
        oid = self.order(c, ts, "maintenance_contract", local, job_id="", channel="phone", contract_plan=plan,
                         is_renewal=0, technician_id="")
        if oid is None:
            return
        self.ev(c, ts, "tp_contract_signup", "signed", channel=self.pick(["phone", "email"], [0.4, 0.6]),
                contract_plan=plan, order_id=oid, contract_value=round(local * FX[CURRENCY[c["city"]]], 2))
        # whole contract life decided now: visits and renewals
        start, end = ts, ts + D(days=365)
        interval = {"residential": 365, "restaurant": 91, "property_manager": 182}[seg]
        p_renew = {"residential": 0.55, "restaurant": 0.78, "property_manager": 0.74}[seg]
        self.contract_from[cid] = start
        visit_no = 0
        while True:
            if seg == "residential":
                times = [start + D(days=200)]
            else:
                times = [start + D(days=interval * k) for k in range(1, 6) if start + D(days=interval * k) < end]
            for tv in times:
                if tv > END:
                    break
                visit_no += 1
                vtech = self.tech(c["city"], tv)
                tvt = self.day_time(tv, 6 if seg == "restaurant" else 9, 11 if seg == "restaurant" else 17)
                self.ev(c, tvt, "tp_contract_visit", "completed", channel="onsite", technician_id=vtech,
                        contract_plan=plan, visit_no=visit_no,
                        service={"residential": "cctv_check", "restaurant": "grease_line_jetting",
                                 "property_manager": "block_jetting"}[seg])
                if self.p(0.08):
                    topic = self.pick(["praise_professional", "neutral_ok", "praise_fast"], [0.5, 0.35, 0.15])
                    rt = self.rating_for(topic, TECH_SKILL[vtech])
                    self.fb(c, tvt + D(hours=5), "tp_contract_visit", "survey", topic, rating=rt,
                            nps=self.nps_of(rt) if self.p(0.5) else None, technician_id=vtech)
            if end > END:
                break
            if not self.p(p_renew):
                break
            tr = end - D(days=float(self.r.uniform(0, 14)))
            oid = self.order(c, tr, "maintenance_contract", local, job_id="", channel="phone", contract_plan=plan,
                             is_renewal=1, technician_id="")
            if oid is None:
                break
            self.ev(c, tr, "tp_contract_renewal", "renewed", channel=self.pick(["email", "phone"]),
                    contract_plan=plan, order_id=oid)
            start, end = end, end + D(days=365)
        self.contract_until[cid] = end
        c["lifecycle"] = "contract" if end > END else "lapsed_contract"
        if end > END:
            c["tier"] = "contract"

    # ------------------------------------------------------------------ recurrence
    def recur_p(self, c: dict, info: dict, t: datetime) -> float:
        kind = info["kind"]
        seg = c["segment"]
        contract = self.in_contract(c["customer_id"], t)
        if kind == "lost":
            return 0.0
        if kind == "no_cctv":
            return 0.15
        if kind == "cleared":
            return 0.12 if info.get("finding") == "wet_wipes_blockage" else 0.06
        if kind == "declined":
            return 0.28
        if info.get("qtype") == "jetting":
            if info.get("finding") == "root_intrusion":
                return 0.42
            if info.get("finding") == "grease_buildup":
                return 0.05 if contract else (0.20 if seg == "restaurant" else 0.10)
            return 0.10
        return 0.03

    def run(self) -> None:
        days = (END - START).days + 1
        heap: list = []
        seq = 0
        for city in CITIES:
            for d in range(days):
                day = START + D(days=d)
                lam = CITY_RATE[city] * SEASON[city][day.month - 1] * growth(day)
                n = int(self.r.poisson(lam))
                storm = city == "Sydney" and STORM[0] <= day <= STORM[1]
                extra = int(self.r.poisson(lam * 1.3)) if storm else 0
                for i in range(n + extra):
                    seg = self.pick(SEGS, SEG_W[city])
                    if i >= n:
                        seg = "residential"
                    seq += 1
                    heapq.heappush(heap, (day, seq, city, seg))
        # accounts migrated from the old system (restaurants and property managers on our books before Sep 2024)
        for city in CITIES:
            for seg, n in (("restaurant", LEGACY[city][0]), ("property_manager", LEGACY[city][1])):
                for _ in range(n):
                    signup = LEGACY_FROM + D(days=float(self.r.uniform(0, (START - LEGACY_FROM).days - 1)))
                    c = self.new_customer(city, signup, seg)
                    c["legacy"] = True
                    c["acquisition_channel"] = "legacy_account"
                    c["lifecycle"] = "one_off"
                    rate = 1 / 110 if seg == "restaurant" else 1 / 45
                    self.customer_life(c, START + D(days=float(self.r.exponential(1 / rate))))
        # new customers, in time order
        arrivals = [heapq.heappop(heap) for _ in range(len(heap))]
        for day, _, city, seg in arrivals:
            c = self.new_customer(city, day, seg)
            self.customer_life(c, day)

    def customer_life(self, c: dict, first: datetime) -> None:
        t = first
        prev = None
        prev_tp = "tp_job_done"
        base_prev = None
        repeat = False
        first_req = True
        while t <= END:
            ch = self.pick_channel(c, t, repeat)
            n_ev = len(self.events)
            t_end, info = self.request(c, t, ch, prev if repeat else None, prev_tp, base_prev)
            if first_req:
                first_req = False
                if c.get("legacy"):
                    c["acquisition_channel"] = "legacy_account"
                elif len(self.events) > n_ev:
                    ev0 = self.events[n_ev]
                    c["signup_at"] = ev0["ts"]
                    c["acquisition_channel"] = ch
                else:
                    c["signup_at"] = None
            if c["segment"] == "residential" and c["n_jobs"] == 0 and info["kind"] == "lost":
                # an app browser who never booked / a caller who went elsewhere: maybe back later
                if not self.p(0.12):
                    return
            base = t_end or t
            # recurrence of the same problem
            pr = self.recur_p(c, info, base)
            nxt = None
            if self.p(pr):
                nxt = base + D(days=float(self.r.uniform(4, 88)))
                prev = info["job"]
                prev_tp = "tp_job_done" if info["kind"] == "done" else "tp_arrival"
                repeat = True
                if info.get("order_id") and nxt - base < D(days=30) and self.p(0.6):
                    o = next(o for o in self.orders if o["order_id"] == info["order_id"])
                    o["status"] = "refunded"
                    o["refund_reason"] = self.pick(["problem_recurred", "goodwill"], [0.8, 0.2])
            elif info.get("order_id") and self.p(0.012):
                o = next(o for o in self.orders if o["order_id"] == info["order_id"])
                o["status"] = "refunded"
                o["refund_reason"] = self.pick(["damage_claim", "goodwill", "billing_error"], [0.3, 0.4, 0.3])
            # independent new problems
            seg = c["segment"]
            contract = self.in_contract(c["customer_id"], base)
            if nxt is None and seg != "residential" and not contract and self.p(0.13):
                return                   # the account moved to another contractor
            rate = {"residential": 1 / 900, "restaurant": (1 / 320 if contract else 1 / 110),
                    "property_manager": (1 / 75 if contract else 1 / 45)}[seg]
            bg = base + D(days=float(self.r.exponential(1 / rate)))
            if nxt is None or bg < nxt:
                nxt, repeat = bg, False
            t = nxt
            base_prev = base

    # ------------------------------------------------------------------ social posts
    def social(self) -> None:
        topics = ["praise_professional", "callout_fee", "hotline_unreachable", "mess_smell", "neutral_ok",
                  "tech_late", "praise_fast", "price_high"]
        w = [0.2, 0.16, 0.1, 0.08, 0.18, 0.1, 0.1, 0.08]
        for i in range(170):
            topic = self.pick(topics, w)
            city = self.pick(CITIES)
            lang = "zh" if city in CHINA else "en"
            ts = None if self.p(0.45) else START + D(days=float(self.r.uniform(0, (END - START).days)))
            plat = self.pick(["小红书", "微博"]) if lang == "zh" else self.pick(["facebook", "x", "reddit"])
            self.fb(None, ts, None, "social", topic, city=city, lang=lang, platform=plat)

    # ------------------------------------------------------------------ write
    def write(self, out: Path) -> None:
        out.mkdir(parents=True, exist_ok=True)
        (out / "_truth").mkdir(exist_ok=True)
        tps = [
            ("tp_app_browse", "App服务页浏览 / App service page", "App服务页浏览", "App service page view",
             "consideration", "app", "digital", "digital", "service page|app browse|App浏览|服务页"),
            ("tp_hotline", "24小时紧急热线 / 24-7 emergency hotline", "24小时紧急热线", "24/7 emergency hotline",
             "purchase", "phone", "digital", "contact_centre",
             "emergency line|hotline|call centre|热线|报修电话|急修电话|400电话"),
            ("tp_app_booking", "App预约 / App booking", "App预约", "App booking", "purchase", "app", "digital",
             "digital", "app booking|book online|online booking|小程序预约|在线预约|App下单"),
            ("tp_work_order", "物业工单 / Property-manager work order", "物业工单", "Property-manager work order",
             "purchase", "web", "digital", "key_accounts",
             "work order|PM portal|property work order|工单|物业报修|物业平台派单"),
            ("tp_dispatch", "派单调度 / Dispatch", "派单调度", "Dispatch", "service", "other", "digital",
             "dispatch", "dispatch|job assignment|派单|调度|分配师傅"),
            ("tp_arrival", "技师到场 / Technician arrival", "技师到场", "Technician arrival", "service", "other",
             "physical", "field_ops", "arrival|tech on site|callout visit|到场|上门|师傅上门"),
            ("tp_cctv", "CCTV管道内窥检测 / CCTV drain survey", "CCTV管道内窥检测", "CCTV drain survey", "service",
             "other", "physical", "field_ops",
             "camera inspection|CCTV survey|drain camera|管道内窥|摄像检测|管道CCTV|内窥检测"),
            ("tp_quote", "维修报价 / Repair quote", "维修报价", "Repair quote", "consideration", "email", "digital",
             "estimating", "quote|estimate|quotation|报价|报价单|估价"),
            ("tp_quote_accept", "报价确认 / Quote accepted", "报价确认", "Quote accepted", "purchase", "other",
             "digital", "estimating", "quote acceptance|accepted quote|确认报价|接受报价"),
            ("tp_job_done", "施工完工 / Job completed", "施工完工", "Job completed", "service", "other", "physical",
             "field_ops", "job completion|job done|completed job|完工|施工完成|修好"),
            ("tp_followup_call", "回访电话 / Follow-up call", "回访电话", "Follow-up call", "loyalty", "phone",
             "digital", "aftercare", "follow-up call|aftercare call|check-in call|回访|售后回访"),
            ("tp_contract_signup", "维保合同签约 / Maintenance contract signed", "维保合同签约",
             "Maintenance contract signed", "loyalty", "other", "digital", "key_accounts",
             "maintenance contract|service contract|PPM contract|维保合同|保养合同|年度维保"),
            ("tp_contract_visit", "维保定期上门 / Contract maintenance visit", "维保定期上门",
             "Contract maintenance visit", "loyalty", "other", "physical", "field_ops",
             "scheduled maintenance|planned visit|PPM visit|定期清洗|维保上门|隔油池清洗"),
            ("tp_contract_renewal", "维保续约 / Contract renewal", "维保续约", "Contract renewal", "loyalty", "other",
             "digital", "key_accounts", "renewal|contract renewal|续约|续签"),
            ("tp_cancel", "取消 / Cancellation", "取消", "Cancellation", "service", "other", "digital", "dispatch",
             "cancellation|cancelled booking|取消预约|取消订单|取消"),
        ]
        with open(out / "touchpoints.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
            for tp, name, zh, en, stage, ch, kind, owner, al in tps:
                w.writerow([tp, name, zh, en, stage, ch, kind, owner, al])
        journeys = [
            ("hotline_callout", "热线报修到上门 / Hotline call to on-site", "热线报修到上门", "Hotline call to on-site",
             ["tp_hotline", "tp_dispatch", "tp_arrival"], 2),
            ("app_booking", "App预约到上门 / App booking to on-site", "App预约到上门", "App booking to on-site",
             ["tp_app_browse", "tp_app_booking", "tp_dispatch", "tp_arrival"], 14),
            ("work_order", "物业工单到上门 / Work order to on-site", "物业工单到上门", "Work order to on-site",
             ["tp_work_order", "tp_dispatch", "tp_arrival"], 14),
            ("survey_to_job", "内窥检测到完工 / CCTV survey to completed job", "内窥检测到完工",
             "CCTV survey to completed job", ["tp_cctv", "tp_quote", "tp_quote_accept", "tp_job_done"], 45),
            ("aftercare", "回访到签约 / Follow-up call to contract", "回访到签约", "Follow-up call to contract",
             ["tp_followup_call", "tp_contract_signup"], 30),
        ]
        with open(out / "journeys.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
                        "window_days"])
            for jid, name, zh, en, steps, win in journeys:
                for k, tp in enumerate(steps, 1):
                    w.writerow([jid, name, zh, en, k, tp, win])

        def fmt(v):
            if v is None:
                return ""
            if isinstance(v, datetime):
                return v.strftime("%Y-%m-%d %H:%M:%S")
            if isinstance(v, float):
                return f"{v:.2f}" if abs(v - round(v)) > 1e-9 else str(int(round(v)))
            return v

        def dump(name, rows, cols, sub=""):
            with open(out / sub / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                w.writerow(cols)
                for r in rows:
                    w.writerow([fmt(r.get(k)) for k in cols])

        custs = [c for c in self.customers.values() if c["signup_at"] is not None]
        dump("customers", custs, ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier",
                                  "customer_type_zh", "city", "city_zh", "country", "district", "property_type",
                                  "pipe_material", "building_era", "cuisine", "company_name", "sites_managed",
                                  "preferred_language", "lifecycle"])
        self.events.sort(key=lambda e: (e["ts"], e["customer_id"]))
        for i, e in enumerate(self.events, 1):
            e["event_id"] = f"E{i:07d}"
        dump("events", self.events,
             ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "job_id",
              "city", "customer_type", "request_channel", "repeat_callout", "previous_job_id", "priority", "site_id",
              "portal_ref", "app_platform", "service_page", "slot_at", "slot_wait_hours", "ivr_menu", "hold_seconds",
              "fee_disclosed", "after_hours", "technician_id", "van_id", "response_minutes", "sla_minutes",
              "sla_met", "callout_fee_waived", "finding", "finding_zh", "defect_grade", "pipe_material",
              "pipe_diameter_mm", "footage_minutes", "quote_type", "quote_type_zh", "quote_amount",
              "quote_amount_local", "metres", "deposit_paid", "crew_size", "duration_hours", "cancel_reason",
              "cancel_stage", "agent_team", "contract_offered", "contract_plan", "contract_value", "visit_no",
              "service", "order_id"])
        self.orders.sort(key=lambda o: o["order_id"])
        dump("orders", self.orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "order_type",
                                     "order_type_zh", "job_type", "currency", "amount_local", "city",
                                     "customer_type", "job_id", "technician_id", "payment_method", "after_hours",
                                     "contract_plan", "is_renewal", "refund_reason", "cancel_reason"])
        dump("feedback", self.feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel",
                                         "rating", "nps", "language", "city", "platform", "technician_id", "job_id",
                                         "quote_type"])
        dump("feedback_truth", self.truth, ["feedback_id", "topic", "sentiment"], sub="_truth")
        with open(out / "_truth" / "technicians.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["technician_id", "name"])
            for k, v in TECH_NAME.items():
                w.writerow([k, v])


def main() -> int:
    out = Path(sys.argv[1])
    _check_texts()
    g = Gen()
    g.run()
    g.social()
    g.write(out)
    print(f"customers {sum(1 for c in g.customers.values() if c['signup_at'])}, events {len(g.events)}, "
          f"orders {len(g.orders)}, feedback {len(g.feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
