"""宴境 VenueVista: an event-venue rental company (场地租赁) with five venues and ten halls in Shanghai, Beijing, Hangzhou
and Chengdu, rented for weddings (婚礼), company annual parties (年会), product launches (发布会), conferences (会议论坛)
and private parties (私宴派对: birthdays, 百日宴).

A client finds us on the website (官网: organic search, Baidu ads, Xiaohongshu, a wedding fair QR code, a referral or a
partner event agency), sends an enquiry (询档: date, hall, guest count), gets a quote (报价), comes to see the venue
(实地看场 / 踩点), puts a soft hold on the date (锁档, 7 days), signs the contract and pays the deposit (签约付定金),
has a menu tasting for banquets (试菜), pays the balance about two weeks before (付尾款), holds the event (活动当天),
gets the post-event settlement invoice (活动后结算: overtime, damage, extra drinks, credits) and reviews us; some
cancel; corporate clients come back next year (复订).
Extract 2025-01-01 .. 2026-07-31 (taken early August 2026); bookings that started in 2024 appear from their later
steps only.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261231), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261231
rng = np.random.default_rng(SEED)
D = timedelta
GEN_START = datetime(2024, 5, 1)                       # bookings start before the extract
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
LAST_T0 = datetime(2026, 7, 28)
N_CUST = 15500
SLOW_QUOTE = (datetime(2025, 7, 1), datetime(2026, 1, 1))     # Beijing sales manager left: enquiries wait days
AV_BROKEN = (datetime(2025, 11, 20), datetime(2026, 2, 1))    # Grand Ballroom sound / LED system failing
DEPOSIT_UP = datetime(2026, 3, 1)                              # deposit raised from 20 % to 30 %
CHENGDU_OPEN = datetime(2025, 9, 1)
CHENGDU_PRESALE = datetime(2025, 6, 1)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_web_visit", "官网浏览", "Website visit", "awareness", "web", "digital", "marketing",
     "官网|网站|浏览官网|看场地介绍|website|landing page|web visit|browsing the site"),
    ("tp_enquiry", "提交询档", "Enquiry", "consideration", "web", "digital", "sales",
     "询档|询价|咨询|留资|问档期|enquiry|inquiry|lead|RFP|ask for a date"),
    ("tp_quote", "发送报价", "Quote sent", "consideration", "email", "digital", "sales",
     "报价|报价单|方案报价|quote|quotation|proposal|pricing sent"),
    ("tp_site_visit", "实地看场", "Site visit", "consideration", "store", "physical", "sales",
     "看场|踩点|实地考察|带看|site visit|venue tour|walkthrough|viewing"),
    ("tp_hold", "锁档", "Date hold", "purchase", "phone", "digital", "sales",
     "锁档|保留档期|占档|hold|date hold|pencil booking|tentative hold"),
    ("tp_contract", "签约付定金", "Contract & deposit", "purchase", "other", "digital", "sales",
     "签约|签合同|付定金|定金|contract|deposit|signed|booking confirmed"),
    ("tp_tasting", "试菜", "Menu tasting", "service", "store", "physical", "catering",
     "试菜|试吃|菜单确认|tasting|menu tasting|food tasting"),
    ("tp_balance", "付尾款", "Balance payment", "purchase", "other", "digital", "finance",
     "尾款|付尾款|结清|balance|final payment|balance due"),
    ("tp_event_day", "活动当天", "Event day", "service", "store", "physical", "operations",
     "活动当天|办活动|婚礼当天|年会现场|执行|event day|on the day|the event|show day"),
    ("tp_invoice", "活动后结算", "Post-event invoice", "service", "email", "digital", "finance",
     "结算|开票|发票|账单|超时费|增项|invoice|final bill|settlement|extra charges"),
    ("tp_review", "活动评价", "Review", "loyalty", "email", "digital", "marketing",
     "评价|回访|满意度|打分|review|rating|survey|feedback"),
    ("tp_cancel", "取消预订", "Booking cancelled", "service", "phone", "digital", "sales",
     "取消|退订|退定|撤档|cancel|cancellation|called off"),
    ("tp_rebook", "再次预订", "Repeat booking", "loyalty", "phone", "digital", "sales",
     "复订|续订|明年再办|回头客|rebook|repeat booking|came back|book again"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("booking", "预订转化", "Booking conversion",
     ["tp_web_visit", "tp_enquiry", "tp_site_visit", "tp_hold", "tp_contract"], 60),
    ("enquiry", "询档跟进", "Enquiry follow-up", ["tp_enquiry", "tp_quote", "tp_site_visit"], 21),
    ("post_event", "活动后服务", "After the event", ["tp_event_day", "tp_invoice", "tp_review"], 30),
    ("repeat", "复订", "Repeat booking", ["tp_event_day", "tp_rebook"], 365),
]
VENUES = {  # id: city, zh, en, opened
    "V01": ("Shanghai", "上海外滩江景会所", "Bund Riverside Club", None),
    "V02": ("Shanghai", "上海虹桥国际会议中心", "Hongqiao Convention Centre", None),
    "V03": ("Beijing", "北京798艺术空间", "798 Art Space Beijing", None),
    "V04": ("Hangzhou", "杭州西溪湖畔庄园", "Xixi Lakeside Manor", None),
    "V05": ("Chengdu", "成都锦江宴会中心", "Jinjiang Banquet Centre", CHENGDU_OPEN),
}
HALLS = {  # id: venue, zh, en, capacity, outdoor, rental
    "H01": ("V01", "江景厅", "River View Hall", 280, False, 38000),
    "H02": ("V01", "星空露台", "Sky Terrace", 120, True, 28000),
    "H03": ("V02", "大宴会厅", "Grand Ballroom", 800, False, 68000),
    "H04": ("V02", "多功能厅", "Function Room", 200, False, 18000),
    "H05": ("V03", "白盒子展厅", "White Box Gallery", 300, False, 30000),
    "H06": ("V03", "锅炉房", "Boiler House", 500, False, 55000),
    "H07": ("V04", "湖畔草坪", "Lakeside Lawn", 300, True, 32000),
    "H08": ("V04", "玻璃花房", "Glass House", 160, False, 20000),
    "H09": ("V05", "锦绣厅", "Jinxiu Hall", 600, False, 36000),
    "H10": ("V05", "芙蓉厅", "Furong Hall", 220, False, 15000),
}
CITY = {"Shanghai": ("上海", 0.38), "Beijing": ("北京", 0.24), "Hangzhou": ("杭州", 0.20), "Chengdu": ("成都", 0.18)}
TYPES = {  # en: zh, individual?, start hour, catering per head
    "wedding": ("婚礼", True, 17.5, 688), "annual_party": ("年会", False, 18.0, 498),
    "product_launch": ("发布会", False, 14.0, 168), "conference": ("会议论坛", False, 9.0, 198),
    "private_party": ("私宴派对", True, 18.5, 588)}
CITY_TYPES = {  # wedding, annual, launch, conference, private
    "Shanghai": (0.30, 0.22, 0.18, 0.18, 0.12), "Beijing": (0.18, 0.25, 0.32, 0.15, 0.10),
    "Hangzhou": (0.50, 0.12, 0.10, 0.08, 0.20), "Chengdu": (0.45, 0.25, 0.06, 0.10, 0.14)}
SH_VENUE = {"wedding": 0.7, "annual_party": 0.2, "product_launch": 0.45, "conference": 0.1, "private_party": 0.8}  # V01
HALL_PICK = {  # (venue, type): (hall, hall), p(first)
    "V01": {"*": ("H01", "H02", 0.75), "private_party": ("H02", "H01", 0.6), "wedding": ("H01", "H02", 0.7)},
    "V02": {"*": ("H03", "H04", 0.6), "annual_party": ("H03", "H04", 0.85), "conference": ("H04", "H03", 0.6),
            "wedding": ("H03", "H04", 0.5)},
    "V03": {"*": ("H05", "H06", 0.6), "product_launch": ("H06", "H05", 0.5), "annual_party": ("H06", "H05", 0.8)},
    "V04": {"*": ("H08", "H07", 0.7), "wedding": ("H07", "H08", 0.75), "product_launch": ("H07", "H08", 0.5)},
    "V05": {"*": ("H10", "H09", 0.6), "wedding": ("H09", "H10", 0.6), "annual_party": ("H09", "H10", 0.85)},
}
CATERING_VENUE = {"V01": 1.3, "V02": 1.0, "V03": 1.0, "V04": 1.06, "V05": 0.66}
CHANNELS = {  # en: zh, p(enquiry | visit), p(site visit | quote), p(hold | site visit)
    "website": ("官网自然搜索", 0.30, 0.62, 0.62), "baidu_sem": ("百度竞价", 0.16, 0.42, 0.50),
    "xiaohongshu": ("小红书", 0.24, 0.56, 0.60), "wedding_fair": ("婚博会", 0.55, 0.72, 0.66),
    "referral": ("老客户推荐", 0.68, 0.80, 0.74), "planner_partner": ("合作策划公司", 0.72, 0.78, 0.70)}
CH_IND = (0.22, 0.15, 0.30, 0.15, 0.10, 0.08)
CH_CORP = (0.30, 0.25, 0.00, 0.00, 0.20, 0.25)
INDUSTRY = {"tech": "互联网科技", "finance": "金融", "pharma": "医药", "auto": "汽车", "fmcg": "快消", "education": "教育"}
PLANNERS = {"V01": [("周婷", "Zhou Ting"), ("陈昊", "Chen Hao")],
            "V02": [("王磊", "Wang Lei"), ("刘佳", "Liu Jia"), ("孙鹏", "Sun Peng")],
            "V03": [("赵宇", "Zhao Yu"), ("何静", "He Jing")],
            "V04": [("林晓", "Lin Xiao"), ("郑凯", "Zheng Kai")],
            "V05": [("杨帆", "Yang Fan"), ("吴倩", "Wu Qian")]}
CANCEL_P = {"wedding": 0.05, "annual_party": 0.06, "product_launch": 0.17, "conference": 0.10, "private_party": 0.08}
CANCEL_R = {"budget_cut": "预算削减", "date_change": "改期改到别家", "product_delay": "产品延期", "personal": "个人原因",
            "chose_competitor": "选了别家场地"}
OTYPE_ZH = {"deposit": "定金", "balance": "尾款", "extras": "结算增项"}
TIERS = {"standard": "普通客户", "silver": "银卡客户", "gold": "金卡客户", "platinum": "铂金客户"}
SEG = ["prospect", "new", "repeat", "one_time", "lost"]

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "rain": (["婚礼当天下雨，草坪根本没法用", "突然下雨只能挤进室内，太挤了", "雨天备案太差，宾客都淋雨了"],
             ["it started to rain and there was no real rain plan", "guests got soaked in the rain",
              "the rain backup room was far too small for our guests"]),
    "slow_reply": (["询档之后回复太慢，等了好几天", "报价等了一个星期", "留了资料没人回复"],
                   ["sales were so slow to reply", "waited days for a quote", "left my details and nobody replied"]),
    "av": (["年会音响一直啸叫", "麦克风没声音，领导讲话被打断", "投影黑屏好几次，大屏也闪"],
           ["the sound system kept squealing", "the microphones cut out during the CEO speech",
            "the projector went black twice during the show"]),
    "fee": (["结账时多了一笔超时费，事先没说清楚", "隐形消费太多", "活动后的账单比合同贵了一大截"],
            ["a surprise overtime fee on the final bill", "too many hidden charges",
             "the invoice came in way above the contract"]),
    "food": (["菜凉了才端上来", "上菜太慢，客人等得不耐烦"], ["the food was cold", "the staff were slow to serve the food"]),
    "deposit": (["定金太高了，要30%", "定金比例涨了，预算压力太大"],
                ["the deposit is too high now", "a 30 percent deposit upfront is too much for us"]),
    "parking": (["停车太难找", "宾客停车绕了半小时"], ["parking was a nightmare", "no parking nearby for guests"]),
    "planner": (["策划师特别贴心，流程安排得明明白白", "策划很细心，每个细节都想到了"],
                ["our planner was so attentive", "a really thoughtful planner who handled every detail"]),
    "view": (["江景太美了，拍照超出片", "夜景绝了，宾客都在拍"],
             ["the riverside view was stunning", "guests loved the night skyline view"]),
}
GEN = {
    "pos": (["整体很满意", "强烈推荐", "下次还选这里"], ["overall very happy", "highly recommend", "would book again"]),
    "neu": (["还可以", "中规中矩", "没什么特别的"], ["it was fine", "average overall", "nothing special"]),
    "neg": (["不会再选了", "体验很差", "太失望了"], ["would not book again", "very disappointed", "poor experience"]),
}
NEG_TOPICS = {"rain", "slow_reply", "av", "fee", "food", "deposit", "parking"}
POS_TOPICS = {"planner", "view"}
TOPIC_TP = [("slow_reply", "tp_quote"), ("deposit", "tp_contract"), ("fee", "tp_invoice"), ("rain", "tp_event_day"),
            ("av", "tp_event_day"), ("food", "tp_event_day"), ("parking", "tp_event_day"),
            ("planner", "tp_event_day"), ("view", "tp_event_day")]


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, w):
    w = np.asarray(w, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def day(t: datetime) -> datetime:
    return datetime(t.year, t.month, t.day)


def work_hours(t: datetime) -> datetime:
    """move a time into 9:00-20:00."""
    h = t.hour + t.minute / 60
    if 9 <= h < 20:
        return t
    base = day(t) + (D(days=1) if h >= 20 else D())
    return base + D(hours=float(rng.uniform(9, 11.5)))


def weekend(d: datetime) -> datetime:
    while d.weekday() < 5:
        d += D(days=1)
    return d


def weekday(d: datetime) -> datetime:
    while d.weekday() >= 5:
        d += D(days=1)
    return d


def event_date(etype: str, t_enq: datetime, venue: str) -> datetime:
    if etype == "annual_party":                            # 年会 season: 5 Dec .. 25 Jan
        t = day(t_enq + D(days=float(max(20, rng.lognormal(np.log(55), 0.4)))))
        for y in (t.year - 1, t.year, t.year + 1):
            lo, hi = datetime(y, 12, 5), datetime(y + 1, 1, 25)
            if t <= hi:
                d = t if t >= lo else lo + D(days=int(rng.integers(0, 52)))
                break
        if rng.random() < 0.5:
            while d.weekday() != 4:                        # Friday nights
                d += D(days=1)
        return d
    if etype == "wedding":
        t_min = day(t_enq + D(days=45))
        d = day(t_enq + D(days=float(np.clip(rng.lognormal(np.log(190), 0.4), 45, 420))))
        if rng.random() < 0.3:                             # the lucky months: May and October
            m = datetime(t_min.year, t_min.month, 1)
            while m.month not in (5, 10) or m + D(days=29) < t_min:
                m = datetime(m.year + (m.month == 12), m.month % 12 + 1, 1)
            d = max(t_min, m + D(days=int(rng.integers(0, 30))))
        if d.month in (7, 8) and rng.random() < 0.75:      # nobody wants a July wedding
            d += D(days=int(rng.integers(45, 75)))
        return weekend(d) if rng.random() < 0.85 else d
    lead = {"product_launch": (40, 10, 150), "conference": (70, 20, 200), "private_party": (28, 7, 120)}[etype]
    d = day(t_enq + D(days=float(np.clip(rng.lognormal(np.log(lead[0]), 0.5), lead[1], lead[2]))))
    if etype == "private_party":
        return weekend(d) if rng.random() < 0.6 else d
    return weekday(d)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_bk = self.n_web = 0

    # ---- writers (rows before the extract start or after its end are dropped) ----
    def ev(self, c, t, tp, sid, action, common=None, **kw):
        if t > END or t < START:
            return
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action,
                   device=c["device"] if tp in ("tp_web_visit", "tp_enquiry", "tp_review") else None)
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)

    def order(self, c, t, amount, otype, bid, common, status="paid", **kw):
        if t > END or t < START:
            return None
        self.n_ord += 1
        row = dict(order_id=f"VO{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t),
                   amount=round(float(amount), 2), status=status, channel="offline" if c["corporate"] else "online",
                   device=None if c["corporate"] else c["device"], order_type=otype, 订单类型=OTYPE_ZH[otype],
                   booking_id=bid, payment_method="bank_transfer" if c["corporate"] else pick(
                       ["wechat_pay", "alipay", "bank_transfer"], [0.55, 0.25, 0.20]), currency="CNY")
        for k in ("venue_id", "venue", "venue_en", "venue_city", "场地城市", "hall", "宴会厅", "event_type", "活动类型"):
            row[k] = common.get(k)
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, common=None, undated=False, gen=None,
           no_customer=False, sid=None):
        if t > END or t < START:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.35:
            parts.append(str(rng.choice(GEN[gen][li])))
        if lang == "en":
            parts = [x[0].upper() + x[1:] for x in parts]
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_review")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if (gen == "pos" or set(topics) & POS_TOPICS) else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, booking_id=sid)
        if common:
            for k in ("venue_id", "venue", "venue_en", "venue_city", "场地城市", "hall", "宴会厅", "event_type",
                      "活动类型", "planner", "策划师"):
                row[k] = common.get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days, d = [], GEN_START
        while d <= LAST_T0:
            g = 0.75 + 0.55 * max(0.0, (d - START).days) / 576
            days.append((d, g * (1.15 if d.month in (3, 9, 10, 11) else 1.0)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t0 = days[k][0] + D(hours=float(rng.uniform(8, 23.5)))
            city = pick(list(CITY), [v[1] for v in CITY.values()])
            if city == "Chengdu" and t0 < CHENGDU_PRESALE:
                city = pick(["Shanghai", "Beijing", "Hangzhou"], [0.45, 0.3, 0.25])
            tw = np.array(CITY_TYPES[city], dtype=float)
            if t0.month in (8, 9, 10, 11):
                tw[1] *= 2.6                                # annual-party venue hunting season
            elif t0.month in (2, 3, 4, 5, 6):
                tw[1] *= 0.12
            etype = pick(list(TYPES), tw)
            corp = not TYPES[etype][1]
            ch = pick(list(CHANNELS), CH_CORP if corp else CH_IND)
            if ch == "wedding_fair" and etype != "wedding":
                ch = "xiaohongshu"
            en_share = {"Shanghai": 0.24, "Beijing": 0.2, "Hangzhou": 0.08, "Chengdu": 0.05}[city] + (0.1 if corp else 0)
            dev = pick(["pc", "ios", "android"], [0.7, 0.17, 0.13] if corp else [0.2, 0.45, 0.35])
            self.cust.append(dict(customer_id=f"VC{i + 1:05d}", t0=t0, city=city, etype=etype, corporate=corp,
                                  channel=ch, device=dev, en_share=en_share, lang="en" if rng.random() < en_share
                                  else "zh", industry=pick(list(INDUSTRY), [0.3, 0.18, 0.14, 0.12, 0.16, 0.1])
                                  if corp else None, contracts=0, first_contract=None, spend=0.0, cancelled=0,
                                  size=pick(["1-50", "51-200", "201-1000", "1000+"], [0.15, 0.35, 0.32, 0.18])
                                  if corp else None))

    def venue_for(self, c, etype):
        if c["city"] == "Shanghai":
            return "V01" if rng.random() < SH_VENUE[etype] else "V02"
        return {"Beijing": "V03", "Hangzhou": "V04", "Chengdu": "V05"}[c["city"]]

    def common(self, vid, hid, etype, guests, edate):
        v, h = VENUES[vid], HALLS[hid]
        return dict(venue_id=vid, venue=v[1], venue_en=v[2], venue_city=v[0], 场地城市=CITY[v[0]][0], hall_id=hid,
                    hall=h[2], 宴会厅=h[1], event_type=etype, 活动类型=TYPES[etype][0], guest_count=guests,
                    event_date=edate.strftime("%Y-%m-%d"))

    # ---------- one booking, from the enquiry on ----------
    def booking(self, c, t_enq, etype, rebook=False):
        vid = self.venue_for(c, etype)
        if rebook and c.get("last_venue"):
            vid = c["last_venue"]
        hp = HALL_PICK[vid].get(etype, HALL_PICK[vid]["*"])
        hid = hp[0] if rng.random() < hp[2] else hp[1]
        guests = {"wedding": rng.normal(200, 60), "annual_party": rng.lognormal(np.log(300), 0.45),
                  "product_launch": rng.lognormal(np.log(180), 0.4), "conference": rng.lognormal(np.log(150), 0.5),
                  "private_party": rng.lognormal(np.log(50), 0.4)}[etype]
        guests = int(max(16, round(float(guests))))
        if guests > HALLS[hid][3]:
            other = hp[1] if hid == hp[0] else hp[0]
            hid = other if HALLS[other][3] >= guests else hid
            guests = min(guests, HALLS[hid][3])
        edate = event_date(etype, t_enq, vid)
        if vid == "V05" and edate < CHENGDU_OPEN:
            edate = weekend(CHENGDU_OPEN + D(days=int(rng.integers(0, 40))))
        self.n_bk += 1
        bid = f"BK{self.n_bk:05d}"
        cm = self.common(vid, hid, etype, guests, edate)
        h = HALLS[hid]
        promo = vid == "V05" and t_enq < datetime(2026, 1, 1)
        value = h[5] * (0.85 if promo else 1.0) + guests * TYPES[etype][3] * CATERING_VENUE[vid]
        value = float(round(value * rng.uniform(0.92, 1.1), -2))
        t_ev = edate + D(hours=TYPES[etype][2])
        if rebook:
            self.ev(c, t_enq, "tp_rebook", bid, "rebook", cm)
            t_enq += D(minutes=float(rng.uniform(2, 30)))
        self.ev(c, t_enq, "tp_enquiry", bid, "submit", cm, channel=pick(["web_form", "phone", "wechat"],
                                                                         [0.55, 0.2, 0.25]))
        # ---- quote
        slow = vid == "V03" and SLOW_QUOTE[0] <= t_enq < SLOW_QUOTE[1]
        if rng.random() > (0.86 if slow else 0.97):
            if slow and rng.random() < 0.35:
                self.fb(c, t_enq + D(days=float(rng.uniform(3, 9))), ["slow_reply"],
                        "xiaohongshu_note" if not c["corporate"] else "call_note", common=cm, sid=bid)
            return
        hours = float(rng.lognormal(np.log(50 if slow else 4.5), 0.45 if slow else 0.6))
        t_q = t_enq + D(hours=hours)
        self.ev(c, t_q, "tp_quote", bid, "sent", cm, response_hours=round(hours, 1), quote_amount=value,
                sales_rep=f"{vid}-S{int(rng.integers(1, 3 if not slow else 2))}")
        if hours > 24 and rng.random() < 0.3:
            self.fb(c, t_q + D(hours=float(rng.uniform(1, 24))), ["slow_reply"],
                    "xiaohongshu_note" if not c["corporate"] and rng.random() < 0.6 else "call_note",
                    common=cm, sid=bid, undated=rng.random() < 0.3)
        ch = CHANNELS[c["channel"]]
        p_visit = 0.85 if rebook else ch[2] * (0.55 if hours > 24 else 1.0)
        if rng.random() > p_visit:
            return
        limit = t_ev - D(days=5)
        t_v = min(work_hours(t_q + D(days=float(rng.exponential(4) + 0.3))), limit)
        self.ev(c, t_v, "tp_site_visit", bid, "visited", cm, visitors=int(rng.integers(1, 5)))
        if rng.random() > (0.85 if rebook else ch[3]):
            return
        t_h = min(t_v + D(days=float(rng.exponential(2.5) + 0.05)), t_ev - D(days=4))
        self.ev(c, t_h, "tp_hold", bid, "hold", cm, hold_days=7)
        dep_rate = 0.3 if t_h >= DEPOSIT_UP else 0.2
        if c["corporate"]:
            p_sign = 0.74 if dep_rate > 0.2 else 0.86
        else:
            p_sign = 0.50 if dep_rate > 0.2 else 0.82
        if rebook:
            p_sign = 0.95
        if rng.random() > p_sign:              # the hold lapses: the pending deposit order is cancelled
            self.order(c, t_h, value * dep_rate, "deposit", bid, cm, status="cancelled",
                       cancelled_at=ts(t_h + D(days=7)))
            if dep_rate > 0.2 and rng.random() < 0.4:
                self.fb(c, t_h + D(days=float(rng.uniform(2, 7))), ["deposit"], "call_note", common=cm, sid=bid)
            return
        t_c = min(t_h + D(days=float(rng.uniform(0.3, 7))), t_ev - D(days=3))
        pl = PLANNERS[vid]
        if vid == "V04":
            planner = pl[0] if rng.random() < 0.5 else pl[1]
        else:
            planner = pl[int(rng.integers(len(pl)))]
        cm = dict(cm, planner=planner[1], 策划师=planner[0])
        dep = round(value * dep_rate, 2)
        self.ev(c, t_c, "tp_contract", bid, "signed", cm, contract_value=value, deposit_rate=dep_rate,
                deposit_amount=dep, promo="opening_15off" if promo else None)
        dep_order = self.order(c, t_c, dep, "deposit", bid, cm)
        c["contracts"] += 1
        c["last_venue"] = vid
        if c["first_contract"] is None:
            c["first_contract"] = t_c
        if dep_rate > 0.2 and not c["corporate"] and rng.random() < 0.05:
            self.fb(c, t_c + D(days=2), ["deposit"], "call_note", common=cm, sid=bid)
        c["spend"] += dep
        # ---- cancellation
        if rng.random() < CANCEL_P[etype]:
            t_x = t_c + (t_ev - t_c) * float(rng.uniform(0.05, 0.95))
            before = (t_ev - t_x).days
            reason = pick(list(CANCEL_R), {"wedding": [0.2, 0.3, 0, 0.35, 0.15],
                                           "product_launch": [0.3, 0.1, 0.5, 0, 0.1]}.get(etype, [0.45, 0.2, 0, 0.1,
                                                                                                  0.25]))
            self.ev(c, t_x, "tp_cancel", bid, "cancel", cm, cancel_reason=reason, 取消原因=CANCEL_R[reason],
                    days_before_event=before)
            c["cancelled"] += 1
            if before >= 180 and dep_order is not None and t_x + D(days=7) <= END:
                dep_order["status"] = "refunded"
                dep_order["refunded_at"] = ts(t_x + D(days=7))
                c["spend"] -= dep
            return
        # ---- tasting, balance
        if etype in ("wedding", "annual_party", "private_party") and rng.random() < 0.85:
            t_t = work_hours(t_ev - D(days=float(rng.uniform(20, 45))))
            self.ev(c, max(t_t, t_c + D(hours=2)), "tp_tasting", bid, "done", cm,
                    menu=pick(["classic", "premium", "deluxe"], [0.45, 0.4, 0.15]))
        t_b = max(t_c + D(hours=3), work_hours(t_ev - D(days=float(rng.uniform(10, 20)))))
        self.ev(c, t_b, "tp_balance", bid, "paid", cm, amount=round(value - dep, 2))
        self.order(c, t_b, value - dep, "balance", bid, cm)
        c["spend"] += value - dep
        # ---- event day
        h = HALLS[hid]
        rain = False
        moved = False
        if h[4]:
            m = (t_ev.month, t_ev.day)
            p_rain = 0.55 if (6, 10) <= m <= (7, 20) else (0.18 if t_ev.month in (4, 5, 8, 9) else 0.08)
            rain = rng.random() < p_rain
            moved = rain and rng.random() < 0.9
        av = rng.random() < (0.46 if hid == "H03" and AV_BROKEN[0] <= t_ev < AV_BROKEN[1] else
                             (0.06 if hid == "H06" else 0.035))
        ratio = {"annual_party": (0.86, 0.06), "conference": (0.8, 0.1), "product_launch": (0.9, 0.08),
                 "wedding": (0.97, 0.03), "private_party": (0.95, 0.05)}[etype]
        actual = int(round(guests * float(np.clip(rng.normal(*ratio), 0.5, 1.08))))
        p_ot = 0.62 if (vid == "V01" and etype == "wedding") else {"wedding": 0.18, "annual_party": 0.12}.get(etype,
                                                                                                          0.04)
        ot = int(30 * rng.integers(1, 5)) if rng.random() < p_ot else 0
        self.ev(c, t_ev, "tp_event_day", bid, "held", cm, actual_guests=actual, rain=rain, moved_indoors=moved,
                av_issue=av, overtime_minutes=ot)
        # ---- invoice
        t_i = work_hours(t_ev + D(days=float(rng.uniform(1, 5))))
        ot_fee = ot / 30 * (3000 if vid == "V01" else 1500)
        damage = float(round(rng.uniform(2000, 20000), -2)) if rng.random() < 0.03 else 0.0
        drinks = float(round(rng.uniform(1000, 12000), -2)) if (etype in ("wedding", "annual_party", "private_party")
                                                                and rng.random() < 0.3) else 0.0
        credit = float(round(value * 0.05, -2)) if av else 0.0
        p_disp = (0.45 if vid == "V01" else 0.12) if ot else 0.03
        disputed = rng.random() < p_disp
        extras = ot_fee + damage + drinks - credit
        self.ev(c, t_i, "tp_invoice", bid, "disputed" if disputed else "issued", cm, overtime_fee=ot_fee,
                damage_fee=damage, extra_drinks=drinks, av_credit=credit, extra_charges=round(extras, 2),
                invoice_total=round(value + extras, 2))
        if extras > 0:
            t_p = t_i + D(days=float(rng.uniform(10, 30) if disputed else rng.uniform(1, 14)))
            amt = extras * (0.8 if disputed and rng.random() < 0.5 else 1.0)
            self.order(c, t_p, amt, "extras", bid, cm)
            c["spend"] += amt
        # ---- experience and feedback
        topics = []
        if rain:
            topics.append("rain")
        if av:
            topics.append("av")
        if disputed or (ot and rng.random() < 0.25):
            topics.append("fee")
        if rng.random() < (0.15 if hid == "H03" else 0.04) and etype in ("wedding", "annual_party", "private_party"):
            topics.append("food")
        if rng.random() < (0.14 if vid == "V03" else 0.01):
            topics.append("parking")
        good = []
        if not (set(topics) & {"rain", "av", "fee"}):
            if rng.random() < (0.55 if planner[1] == "Lin Xiao" else 0.07):
                good.append("planner")
            if vid == "V01" and rng.random() < 0.28:
                good.append("view")
        stars = float(pick([5, 4, 3, 2], [0.42, 0.38, 0.14, 0.06]))
        pen = {"rain": 2.2 if hid == "H07" else 0.8, "av": 2.0, "fee": 1.5 if disputed else 0.6, "food": 1.2,
               "parking": 0.5}
        for x in topics:
            stars -= pen[x]
        if hid == "H07" and rain and actual > 160:
            stars -= 0.6
        if planner[1] == "Lin Xiao":
            stars += 0.9
        if good:
            stars = max(stars, 4.0 + (rng.random() < 0.75))
        stars = float(min(5, max(1, round(stars))))
        gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
        t_r = t_i + D(days=float(rng.uniform(1, 10)))
        if rng.random() < (0.45 if c["corporate"] else 0.58):
            self.ev(c, t_r, "tp_review", bid, "rate", cm, stars=stars)
            nps = int(np.clip(round(rng.normal(2.1 * stars - 0.6, 1.0)), 0, 10))
            self.fb(c, t_r, topics + good, "post_event_survey", rating=stars, nps=nps, common=cm, gen=gen, sid=bid)
        if not c["corporate"] and rng.random() < 0.14:
            s2 = float(min(5, max(1, stars + pick([0, 0, -1, 1], [0.5, 0.2, 0.15, 0.15]))))
            self.fb(c, t_r + D(days=float(rng.uniform(0, 20))), topics + good, "dianping_review", rating=s2, common=cm,
                    gen="pos" if s2 >= 4 else ("neu" if s2 == 3 else "neg"), undated=rng.random() < 0.3, sid=bid)
        if etype == "wedding" and rng.random() < 0.22:
            self.fb(c, t_r + D(days=float(rng.uniform(3, 40))), topics + good, "hunliji_review", rating=stars,
                    common=cm, gen=gen, undated=rng.random() < 0.2, sid=bid)
        if not c["corporate"] and (topics or good) and rng.random() < 0.2:
            self.fb(c, t_ev + D(days=float(rng.uniform(1, 15))), topics + good, "xiaohongshu_note", common=cm,
                    gen=gen, undated=rng.random() < 0.5, no_customer=rng.random() < 0.4, sid=bid)
        if c["corporate"] and topics and rng.random() < 0.35:
            self.fb(c, t_i + D(days=float(rng.uniform(0, 5))), topics, "call_note", common=cm, sid=bid)
        # ---- comes back
        p_rb = {"annual_party": 0.6, "product_launch": 0.3, "conference": 0.4, "private_party": 0.08,
                "wedding": 0.02}[etype]
        if av or (disputed and etype != "wedding"):
            p_rb *= 0.45
        if c["depth"] < 2 and rng.random() < p_rb:
            gap = float(rng.uniform(230, 320) if etype == "annual_party" else rng.uniform(60, 330))
            c["depth"] += 1
            nxt = etype if etype != "wedding" else "private_party"
            self.booking(c, work_hours(t_ev + D(days=gap)), nxt, rebook=True)

    def run(self):
        self.customers()
        for c in self.cust:
            c["depth"] = 0
            ch = CHANNELS[c["channel"]]
            enq = rng.random() < ch[1] * (1.15 if c["corporate"] else 1.0)
            n_visits = int(rng.integers(1, 5)) if enq else int(pick([1, 2, 3], [0.6, 0.3, 0.1]))
            t = c["t0"]
            self.n_web += 1
            for k in range(n_visits):
                self.ev(c, t, "tp_web_visit", f"WS{self.n_web:06d}", "view", channel=c["channel"] if k == 0 else
                        pick(["direct", c["channel"]], [0.6, 0.4]),
                        page=pick(["home", "venues", "gallery", "pricing", "weddings", "corporate"],
                                  [0.25, 0.25, 0.15, 0.15, 0.1, 0.1]))
                t += D(hours=float(rng.exponential(30) + 0.2))
                self.n_web += 1
            if not enq:
                continue
            self.booking(c, t + D(minutes=float(rng.uniform(1, 30))), c["etype"])

    def customer_rows(self):
        rows = []
        for c in self.cust:
            s = c["spend"]
            tier = "platinum" if s >= 400000 else "gold" if s >= 150000 else "silver" if s > 0 else "standard"
            if c["contracts"] == 0:
                seg = "prospect"
            elif c["first_contract"] >= datetime(2026, 4, 1):
                seg = "new"
            elif c["contracts"] >= 2:
                seg = "repeat"
            elif c["cancelled"] >= c["contracts"]:
                seg = "lost"
            else:
                seg = "one_time"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["t0"]), segment=seg, region=c["city"],
                             城市=CITY[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 客户等级=TIERS[tier],
                             customer_type="corporate" if c["corporate"] else "individual",
                             客户类型="企业客户" if c["corporate"] else "个人客户", industry=c["industry"],
                             行业=INDUSTRY.get(c["industry"]) if c["industry"] else None, company_size=c["size"],
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "page",
           "venue_id", "venue", "venue_en", "venue_city", "场地城市", "hall_id", "hall", "宴会厅", "event_type", "活动类型",
           "guest_count", "event_date", "planner", "策划师", "response_hours", "quote_amount", "sales_rep", "visitors",
           "hold_days", "contract_value", "deposit_rate", "deposit_amount", "promo", "cancel_reason", "取消原因",
           "days_before_event", "menu", "amount", "actual_guests", "rain", "moved_indoors", "av_issue",
           "overtime_minutes", "overtime_fee", "damage_fee", "extra_drinks", "av_credit", "extra_charges",
           "invoice_total", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "booking_id", "venue_id", "venue", "venue_en", "venue_city", "场地城市", "hall", "宴会厅", "event_type",
            "活动类型", "payment_method", "refunded_at", "cancelled_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "booking_id", "venue_id", "venue", "venue_en", "venue_city", "场地城市", "hall", "宴会厅", "event_type",
           "活动类型", "planner", "策划师"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "客户等级", "customer_type", "客户类型", "industry", "行业", "company_size", "preferred_language"]


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
    seen = {r["customer_id"] for r in g.events}
    write(out / "customers.csv", [r for r in g.customer_rows() if r["customer_id"] in seen], CUST_COLS)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup = rng.choice(len(ev), size=16, replace=False)             # the web tracker / CRM re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, bookings {g.n_bk}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
