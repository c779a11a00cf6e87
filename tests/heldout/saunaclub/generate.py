"""燃冰社 Ember & Ice: a chain of sauna and cold-plunge wellness clubs in Shanghai, Beijing, Shenzhen, Chengdu and
Hangzhou, 2024-10-01 .. 2026-07-31 (synthetic, written blind).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (the generator's topic / sentiment / language per comment; not a DATA.md table).
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261221
START = datetime(2024, 10, 1)
END = datetime(2026, 7, 31, 23, 59, 59)
D = timedelta
CHILLER = (datetime(2025, 7, 5), datetime(2025, 9, 1))      # Nanshan cold-plunge chiller broken
TOWEL = (datetime(2025, 11, 1), datetime(2026, 3, 16))      # Jing'an: new laundry vendor, towels short at weekends
PRICE_HIKE = datetime(2026, 1, 1)                           # annual card 6,800 -> 7,800
PENALTY = datetime(2026, 1, 15)                             # no-show fee / pass deduction
CRASH = (datetime(2026, 3, 10), datetime(2026, 4, 21))      # Android app 5.2.0 payment crash
FACE = datetime(2026, 4, 1)                                 # face-recognition gates at every club
HZ_OPEN = datetime(2026, 3, 1)                              # Hangzhou Binjiang opens
AB = (datetime(2026, 2, 1), datetime(2026, 7, 1))           # renew_earlybird_2026: renewal notices in this range
N_LEGACY = 760

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_social", "小红书/抖音种草", "Social post / ad click", "awareness", "social", "digital", "brand marketing",
     "种草|小红书|抖音|点评|笔记|探店视频|投放|广告|social|xiaohongshu|douyin|dianping listing|ad click|RED note"),
    ("tp_club_page", "门店主页浏览", "Club page view", "awareness", "app", "digital", "growth",
     "门店主页|店铺页|小程序门店页|看门店|club page|store page|app club page|location page"),
    ("tp_trial_book", "新人体验课预约", "Trial session booked", "consideration", "app", "digital", "growth",
     "体验课|新人体验|预约体验|99元体验|trial|intro session|first-timer session|trial booking"),
    ("tp_trial_visit", "体验课到店", "Trial session attended", "consideration", "store", "physical", "club ops",
     "体验到店|上体验课|体验课出席|trial visit|attended trial|intro ritual"),
    ("tp_daypass", "购买单次票", "Day pass purchase", "purchase", "app", "digital", "growth",
     "单次票|次票|散客票|日票|门票|买票|day pass|single visit|drop-in ticket|day ticket"),
    ("tp_join", "办理会员", "Membership sign-up", "purchase", "store", "physical", "membership sales",
     "入会|办卡|开卡|办会员|月卡|年卡|企业卡|join|membership sign-up|new member|became a member"),
    ("tp_classpack", "购买次卡", "Class pass purchase", "purchase", "app", "digital", "membership sales",
     "次卡|十次卡|10次卡|课时包|class pass|10-visit pass|punch card|visit pack"),
    ("tp_session_book", "课程/时段预约", "Session booking", "service", "app", "digital", "club ops",
     "约课|预约|订场|约时段|香薰仪式预约|呼吸课预约|booking|session booking|slot booking|class booking"),
    ("tp_waitlist", "候补排队", "Waitlist", "service", "app", "digital", "club ops",
     "候补|排队候补|满员|约不上|waitlist|wait list|fully booked|class full"),
    ("tp_noshow", "预约爽约", "Booking no-show", "service", "app", "digital", "club ops",
     "爽约|放鸽子|没来|未到店|缺席|no-show|no show|missed booking|didn't turn up"),
    ("tp_checkin", "前台签到", "Front-desk check-in", "service", "store", "physical", "front desk",
     "签到|入场|到店|前台|核销|刷脸|扫码入场|check-in|checkin|arrival|front desk|entry|visit"),
    ("tp_locker", "更衣柜与毛巾", "Locker & towel service", "service", "store", "physical", "front desk",
     "更衣柜|柜子|毛巾|浴巾|浴袍|布草|更衣室|locker|towel|towels|robe|changing room"),
    ("tp_sauna", "桑拿与香薰仪式", "Sauna & Aufguss session", "service", "store", "physical", "sauna masters",
     "桑拿|汗蒸|香薰仪式|毛巾舞|扇浪|芬兰浴|sauna|aufguss|sauna ritual|steam|sauna session"),
    ("tp_coldplunge", "冷水池", "Cold plunge", "service", "store", "physical", "facilities",
     "冷水池|冰池|冷泡|冰浴|冷水浴|cold plunge|ice bath|plunge pool|cold tub"),
    ("tp_survey", "到店后评价", "Post-visit survey", "loyalty", "app", "digital", "customer experience",
     "评价|问卷|打分|满意度|回访|survey|rating|feedback form|CSAT|NPS"),
    ("tp_freeze", "会员冻结", "Membership freeze", "loyalty", "app", "digital", "membership",
     "冻结|停卡|暂停会籍|请假|freeze|pause membership|membership hold"),
    ("tp_renew_notice", "续费提醒", "Renewal reminder", "loyalty", "app", "digital", "membership",
     "续费提醒|到期提醒|续卡通知|renewal reminder|renewal notice|expiry reminder"),
    ("tp_renew", "年卡续费", "Annual renewal", "loyalty", "app", "digital", "membership",
     "续费|续卡|续年卡|续会|renewal|renew|renewed|membership renewal"),
    ("tp_cancel", "取消连续包月", "Monthly membership cancellation", "loyalty", "app", "digital", "membership",
     "退卡|取消会员|取消包月|取消自动续费|解约|cancel|cancellation|cancelled membership|churn"),
    ("tp_referral", "推荐好友", "Friend referral", "loyalty", "app", "digital", "growth",
     "推荐好友|老带新|邀请好友|带朋友|referral|refer a friend|invite"),
]
TP_ZH = {t[0]: t[1] for t in TOUCHPOINTS}

JOURNEYS = [
    ("discover_to_visit", "种草到首次到店", "Social discovery to first visit",
     ["tp_social", "tp_club_page", "tp_daypass", "tp_checkin"], 14),
    ("trial_to_member", "体验课转会员", "Trial to membership", ["tp_trial_book", "tp_trial_visit", "tp_join"], 30),
    ("daypass_to_member", "单次票转会员", "Day pass to membership", ["tp_daypass", "tp_checkin", "tp_join"], 60),
    ("annual_renewal", "年卡续费", "Annual renewal", ["tp_renew_notice", "tp_renew"], 30),
]

# id, zh, en, city, 城市, weight, price multiplier, sauna masters [(zh, en)], en-speaking share
CLUBS = [
    ("SH-JA", "上海静安店", "Shanghai Jing'an", "Shanghai", "上海", 0.19, 1.0,
     [("沈一帆", "Yifan Shen"), ("米娅", "Mia Koch")], 0.14),
    ("SH-XH", "上海徐汇滨江店", "Shanghai Xuhui Riverside", "Shanghai", "上海", 0.14, 1.0,
     [("顾晨", "Chen Gu"), ("罗琳", "Lin Luo")], 0.09),
    ("BJ-SLT", "北京三里屯店", "Beijing Sanlitun", "Beijing", "北京", 0.17, 1.0,
     [("赵磊", "Lei Zhao"), ("安娜", "Anna Berg")], 0.16),
    ("BJ-WJ", "北京望京店", "Beijing Wangjing", "Beijing", "北京", 0.11, 0.95,
     [("金敏", "Min Jin"), ("许航", "Hang Xu")], 0.05),
    ("SZ-NS", "深圳南山店", "Shenzhen Nanshan", "Shenzhen", "深圳", 0.15, 0.95,
     [("邓可", "Ke Deng"), ("梁伟", "Wei Liang")], 0.08),
    ("CD-TGL", "成都太古里店", "Chengdu Taikoo Li", "Chengdu", "成都", 0.13, 0.78,
     [("唐凯", "Kai Tang"), ("何苗", "Miao He")], 0.03),
    ("HZ-BJ", "杭州滨江店", "Hangzhou Binjiang", "Hangzhou", "杭州", 0.20, 0.9,
     [("苏青", "Qing Su"), ("陆远", "Yuan Lu")], 0.03),
]
CLUB = {c[0]: c for c in CLUBS}
SAME_CITY = {"SH-JA": "SH-XH", "SH-XH": "SH-JA", "BJ-SLT": "BJ-WJ", "BJ-WJ": "BJ-SLT"}
STAR_MASTER = "唐凯"
MONTH_W = [1.2, 0.95, 1.0, 0.9, 0.85, 0.8, 0.82, 0.84, 0.95, 1.1, 1.2, 1.38]   # winter is sauna season
DOW_W = [0.8, 0.85, 0.9, 1.0, 1.15, 1.35, 1.2]

CHANNEL_ZH = {"xiaohongshu": "小红书", "douyin": "抖音", "dianping": "大众点评", "friend_referral": "老带新",
              "walk_in": "路过进店", "corporate": "企业福利"}
PLAN_ZH = {"monthly": "月卡", "annual": "年卡", "corporate": "企业卡", "ten_pass": "十次卡", "none": "非会员"}
OTYPE_ZH = {"trial": "体验课", "day_pass": "单次票", "class_pack": "十次卡", "monthly_fee": "月卡月费",
            "annual_new": "年卡新办", "annual_renewal": "年卡续费", "corporate_seat": "企业卡席位",
            "noshow_fee": "爽约费", "retail": "水吧零售"}
SESSION_ZH = {"aufguss": "香薰仪式", "breathwork": "冷热呼吸课", "open_sauna": "自由时段"}
FREEZE_ZH = {"travel": "出差旅行", "injury": "受伤生病", "pregnancy": "怀孕", "busy": "工作太忙"}
CANCEL_ZH = {"moving": "搬家", "too_expensive": "太贵", "not_using": "去得少", "service_issue": "服务问题",
             "switched_gym": "换了别家"}
PAY_ZH = {"wechat_pay": "微信支付", "alipay": "支付宝", "apple_pay": "Apple Pay", "card": "银行卡",
          "corporate_invoice": "企业月结", "wallet": "会员钱包"}
GENDER_ZH = {"female": "女", "male": "男"}
CORP = [("星河科技", "Xinghe Tech", "SH-JA", 0.36), ("云帆证券", "Yunfan Securities", "SH-XH", 0.16),
        ("北辰律师事务所", "Beichen Law", "BJ-SLT", 0.15), ("蓝鲸互娱", "BlueWhale Games", "SZ-NS", 0.17),
        ("锦城银行", "Jincheng Bank", "CD-TGL", 0.16)]
FB_CH_ZH = {"survey": "到店问卷", "app_review": "应用商店评价", "dianping": "大众点评", "xiaohongshu": "小红书笔记",
            "tripadvisor": "Tripadvisor", "front_desk_ticket": "前台工单", "wechat_cs": "微信客服"}
SLOTS_WD = [(7, 30), (12, 30), (17, 30), (19, 0), (20, 30)]
SLOTS_WE = [(10, 0), (12, 30), (15, 0), (17, 30), (19, 0), (20, 30)]


def price(base, club, unit=10):
    """list price in a club: CNY, x the club's price level, rounded (day passes end in 8)."""
    if base < 100:
        return float(base)
    return float(round(base * CLUB[club][6] / unit) * unit - (2 if unit == 10 else 0))


class G:
    def __init__(self):
        self.rng = np.random.default_rng(SEED)
        self.customers: dict[str, dict] = {}
        self.events: list[dict] = []
        self.orders: list[dict] = []
        self.feedback: list[dict] = []
        self.truth: list[dict] = []
        self.experiments: list[dict] = []
        self.n_ev = self.n_ord = self.n_visit = self.n_app = self.n_bk = self.n_fb = 0
        self.days = [START + D(days=i) for i in range((END - START).days + 1)]
        self.day_w = np.array([MONTH_W[d.month - 1] * DOW_W[d.weekday()] for d in self.days])

    # ---------- helpers ----------
    def r(self) -> float:
        return float(self.rng.random())

    def pick(self, items, w=None):
        if w is None:
            return items[int(self.rng.integers(len(items)))]
        x = float(self.rng.random()) * sum(w)
        for item, wi in zip(items, w):
            x -= wi
            if x < 0:
                return item
        return items[-1]

    def at(self, day, lo, hi):
        base = datetime(day.year, day.month, day.day)
        return base + D(seconds=int(self.rng.integers(int(lo * 3600), int(hi * 3600))))

    def club_cols(self, k):
        c = CLUB[k]
        return dict(club_id=k, club=c[1], club_en=c[2], city=c[3], 城市=c[4])

    def app_sid(self):
        self.n_app += 1
        return f"A{self.n_app:06d}"

    def ev(self, c, ts, tp, **kw):
        if ts > END or ts < START:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts, touchpoint_id=tp)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, ts, amount, otype, club, status="paid", channel="app", pay=None, **kw):
        if ts > END or ts < START:
            return None
        self.n_ord += 1
        if pay is None:
            pay = self.pick(["wechat_pay", "alipay", "apple_pay", "card"],
                            [0.55, 0.3, 0.1, 0.05] if c["language"] == "zh" else [0.35, 0.15, 0.3, 0.2])
        o = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts, amount=round(float(amount), 2),
                 status=status, order_type=otype, 订单类型=OTYPE_ZH[otype], channel=channel,
                 device=c["phone_os"] if channel == "app" else None, payment_method=pay, 支付方式=PAY_ZH[pay],
                 **self.club_cols(club))
        o.update(kw)
        self.orders.append(o)
        c["paid"] = True
        return o

    def app_version(self, ts):
        if ts < datetime(2025, 6, 1):
            return "5.0.3"
        if ts < datetime(2025, 12, 1):
            return "5.1.2"
        if ts < CRASH[0]:
            return "5.1.6"
        if ts < CRASH[1]:
            return "5.2.0"
        return "5.2.1"

    # ---------- customers ----------
    def new_customer(self, k, ch, signup=None):
        cid = f"C{len(self.customers) + 1:05d}"
        lang = "en" if self.r() < CLUB[k][8] else "zh"
        os_ = self.pick(["ios", "android"], [0.58, 0.42] if lang == "zh" else [0.78, 0.22])
        g = self.pick(["female", "male"], [0.54, 0.46])
        c = dict(customer_id=cid, signup_at=signup, segment=None, region=CLUB[k][3], 城市=CLUB[k][4],
                 acquisition_channel=ch, 获客渠道=CHANNEL_ZH[ch], tier="none", 会员等级=PLAN_ZH["none"],
                 gender=g, 性别=GENDER_ZH[g], age_band=self.pick(["18-24", "25-34", "35-44", "45+"],
                                                                  [0.18, 0.47, 0.25, 0.1]),
                 phone_os=os_, language=lang, home_club_id=k, home_club=CLUB[k][1], home_club_en=CLUB[k][2],
                 corporate_account=None, corporate_account_en=None, referred_by=None,
                 k=k, paid=False, plans=[], joined=None, member_until=None, fac=float(self.rng.gamma(2.2, 1 / 2.2)))
        self.customers[cid] = c
        return c

    def sign(self, c, ts):
        if c["signup_at"] is None and ts <= END:
            c["signup_at"] = ts

    # ---------- the run ----------
    def run(self):
        # new prospects: per club and day
        base = 11.5
        for di, day in enumerate(self.days):
            growth = 1 + 0.18 * di / 365
            for k, *_rest in CLUBS:
                if k == "HZ-BJ" and day < HZ_OPEN:
                    continue
                lam = base * CLUB[k][5] * self.day_w[di] * growth / 1.05
                if k == "HZ-BJ" and day < HZ_OPEN + D(days=45):
                    lam *= 1.6       # opening buzz
                for _ in range(int(self.rng.poisson(lam))):
                    ch = self.pick(["xiaohongshu", "douyin", "dianping", "friend_referral", "walk_in"],
                                   [0.36, 0.24, 0.19, 0.11, 0.10])
                    c = self.new_customer(k, ch)
                    self.prospect(c, day)
            # corporate seats
            for name, name_en, k, w in CORP:
                if self.r() < 0.36 * w:
                    c = self.new_customer(k, "corporate")
                    c["corporate_account"], c["corporate_account_en"] = name, name_en
                    t = self.at(day, 11, 19)
                    self.sign(c, t)
                    self.join(c, t, "corporate", channel="store")
        # legacy members (joined before the extract starts)
        for i in range(N_LEGACY):
            k = self.pick([c[0] for c in CLUBS[:6]], [c[5] for c in CLUBS[:6]])
            ch = self.pick(["xiaohongshu", "douyin", "dianping", "friend_referral", "walk_in", "corporate"],
                           [0.3, 0.16, 0.16, 0.16, 0.12, 0.1])
            c = self.new_customer(k, ch)
            t0 = datetime(2023, 10, 1) + D(days=int(self.rng.integers(0, 366)), hours=int(self.rng.integers(10, 21)),
                                                minutes=int(self.rng.integers(0, 60)))
            c["signup_at"] = t0
            if ch == "corporate":
                name, name_en, kk, _ = self.pick(CORP, [x[3] for x in CORP])
                c["corporate_account"], c["corporate_account_en"] = name, name_en
                plan = "corporate"
            else:
                plan = self.pick(["monthly", "annual"], [0.35, 0.65])
            self.membership(c, t0, plan, legacy=True)
        self.referrals()
        self.public_reviews()
        self.app_reviews()
        self.finish_customers()

    def prospect(self, c, day):
        r = self.r
        k, ch = c["k"], c["acquisition_channel"]
        if ch == "walk_in":
            t = self.at(day, 11, 21.5)
            self.sign(c, t)
            self.daypass(c, t, store=True)
            return
        sid = self.app_sid()
        t = self.at(day, 8, 23.5)
        if ch in ("xiaohongshu", "douyin", "dianping"):
            self.ev(c, t, "tp_social", session_id=sid, action="click", device=c["phone_os"], channel="social",
                    platform=ch, content_type=self.pick(["note", "video", "listing"],
                                                        [0.6, 0.3, 0.1] if ch == "xiaohongshu" else
                                                        ([0.15, 0.8, 0.05] if ch == "douyin" else [0.2, 0.0, 0.8])),
                    **self.club_cols(k))
            if r() < 0.38:
                return
            t = t + D(minutes=float(self.rng.exponential(25)) + 0.5)
        self.ev(c, t, "tp_club_page", session_id=sid, action="view", device=c["phone_os"], channel="app",
                app_version=self.app_version(t), **self.club_cols(k))
        p_trial, p_day = (0.62, 0.3) if ch == "friend_referral" else (0.28, 0.42)
        x = r()
        if x < p_trial:
            self.trial(c, t + D(minutes=int(self.rng.integers(1, 30))), sid)
        elif x < p_trial + p_day:
            self.daypass(c, t + D(minutes=int(self.rng.integers(1, 40))), sid=sid)

    # ---------- trial ----------
    def trial(self, c, t, sid):
        r = self.r
        k = c["k"]
        self.sign(c, t)
        visit_day = t + D(days=int(self.pick([1, 2, 3, 4, 5, 6, 7], [0.2, 0.2, 0.15, 0.15, 0.1, 0.1, 0.1])))
        slot = self.slot(visit_day)
        bid = self.bid()
        self.ev(c, t, "tp_trial_book", session_id=sid, action="submit", device=c["phone_os"], channel="app",
                app_version=self.app_version(t), booking_id=bid, slot_time=slot,
                lead_days=(slot.date() - t.date()).days, price=price(99, k, 1) if k != "CD-TGL" else 79.0,
                **self.club_cols(k))
        self.order(c, t, 79.0 if k == "CD-TGL" else 99.0, "trial", k, booking_id=bid, plan="trial")
        if r() > 0.8:
            self.ev(c, slot + D(minutes=30), "tp_noshow", session_id=sid, action="no_show", channel="app",
                    booking_id=bid, booking_kind="trial", session_type="trial_ritual", 课程类型="新人体验课",
                    slot_time=slot, **self.club_cols(k))
            if r() < 0.15:
                self.daypass(c, self.at(slot + D(days=int(self.rng.integers(3, 30))), 9, 21))
            return
        master = self.pick(CLUB[k][7])
        ctx = self.visit(c, slot - D(minutes=int(self.rng.integers(3, 20))), k, "trial", booking_id=bid,
                         master=master)
        if ctx is None:
            return
        p = {"friend_referral": 0.5, "xiaohongshu": 0.33, "dianping": 0.3, "douyin": 0.17}.get(
            c["acquisition_channel"], 0.3)
        if master[0] == STAR_MASTER:
            p = min(0.85, p * 2.0)
        if r() < p:
            if r() < 0.55:
                tj = ctx["end"] + D(minutes=int(self.rng.integers(5, 30)))
                chn = "store"
            else:
                tj = self.at(ctx["end"] + D(days=int(self.rng.integers(1, 27))), 9, 22)
                chn = self.pick(["app", "store"], [0.6, 0.4])
            self.join(c, tj, self.pick(["monthly", "annual"], [0.48, 0.52]), channel=chn, via="trial")
        elif r() < 0.12:
            self.classpack(c, self.at(ctx["end"] + D(days=int(self.rng.integers(2, 40))), 9, 22))
        elif r() < 0.15:
            self.daypass(c, self.at(ctx["end"] + D(days=int(self.rng.integers(7, 60))), 9, 21))

    # ---------- day pass ----------
    def daypass(self, c, t, sid=None, store=False, repeat=0):
        r = self.r
        k = c["k"]
        if t > END:
            return
        if k == "HZ-BJ" and t < HZ_OPEN:
            t = HZ_OPEN + D(hours=15)
        self.sign(c, t)
        sid = sid or self.app_sid()
        same_day = store or (r() < 0.6 and 8 <= t.hour < 20)
        vday = t if same_day else t + D(days=int(self.rng.integers(1, 8)))
        wkend = vday.weekday() >= 5
        pr = price(198 if wkend else 168, k)
        if not store:
            ver = self.app_version(t)
            if c["phone_os"] == "android" and ver == "5.2.0" and r() < 0.7:
                self.ev(c, t, "tp_daypass", session_id=sid, action="fail", device="android", channel="app",
                        app_version=ver, error_code="PAY_SDK_CRASH", price=pr, **self.club_cols(k))
                if r() < 0.08:
                    self.cs(c, t + D(hours=int(self.rng.integers(1, 30))), "app_crash", "tp_daypass")
                if r() > 0.3:
                    return
                t = t + D(minutes=int(self.rng.integers(5, 90)))
            self.ev(c, t, "tp_daypass", session_id=sid, action="success", device=c["phone_os"], channel="app",
                    app_version=ver, price=pr, pass_date=vday.date(), **self.club_cols(k))
        else:
            self.ev(c, t, "tp_daypass", session_id=None, action="success", channel="store", price=pr,
                    pass_date=vday.date(), **self.club_cols(k))
        o = self.order(c, t, pr, "day_pass", k, channel="store" if store else "app", plan="day_pass")
        if not store and r() < 0.06:
            refund_at = datetime(vday.year, vday.month, vday.day, 23, 50) + D(days=7)
            if o is not None and refund_at <= END:
                o["status"] = "refunded"
                o["refunded_at"] = refund_at
                o["refund_reason"], o["退款原因"] = "unused_auto_refund", "未使用自动退款"
            return
        if store:
            tv = t + D(minutes=int(self.rng.integers(1, 6)))
        elif same_day:
            tv = min(t + D(minutes=int(self.rng.integers(30, 240))),
                     datetime(t.year, t.month, t.day, 21, 30) + D(minutes=int(self.rng.integers(0, 30))))
        else:
            tv = self.at(vday, 10, 21.5)
        ctx = self.visit(c, tv, k, "day_pass", book=(not store and r() < 0.3))
        if ctx is None:
            return
        x = r()
        pj = 0.11 if repeat == 0 else 0.16
        if x < pj:
            self.join(c, self.at(ctx["end"] + D(days=int(self.rng.integers(0, 50))), 9, 22),
                      self.pick(["monthly", "annual"], [0.65, 0.35]), channel=self.pick(["app", "store"]),
                      via="day_pass")
        elif x < pj + 0.08:
            self.classpack(c, self.at(ctx["end"] + D(days=int(self.rng.integers(0, 40))), 9, 22))
        elif x < pj + 0.08 + 0.24 / (1 + repeat):
            self.daypass(c, self.at(ctx["end"] + D(days=int(self.rng.integers(10, 70))), 9, 21), repeat=repeat + 1)

    # ---------- class pass ----------
    def classpack(self, c, t):
        k = c["k"]
        if t > END:
            return
        self.sign(c, t)
        pr = price(1380, k)
        self.ev(c, t, "tp_classpack", session_id=self.app_sid(), action="success", device=c["phone_os"],
                channel="app", app_version=self.app_version(t), price=pr, visits_included=10,
                valid_until=(t + D(days=180)).date(), **self.club_cols(k))
        self.order(c, t, pr, "class_pack", k, plan="ten_pass")
        c["plans"].append("ten_pass")
        used = int(min(10, self.rng.binomial(10, 0.86)))
        days = self.pick_days(t + D(days=1), t + D(days=180), used)
        for d in days:
            self.member_visit(c, d, "class_pack")

    # ---------- membership ----------
    def join(self, c, t, plan, channel="store", via=None):
        if t > END:
            return
        self.sign(c, t)
        self.membership(c, t, plan, channel=channel, via=via)

    def annual_price(self, k, t):
        return price(7800 if t >= PRICE_HIKE else 6800, k, 100)

    def membership(self, c, t0, plan, channel="store", via=None, legacy=False):
        r = self.r
        k = c["k"]
        c["plans"].append(plan)
        if c["joined"] is None:
            c["joined"] = t0
        if plan == "monthly":
            pr = price(899, k)
        elif plan == "annual":
            pr = self.annual_price(k, t0)
        else:
            pr = price(5200, k, 100)
        if not legacy:
            self.ev(c, t0, "tp_join", session_id=None if channel == "store" else self.app_sid(), action="success",
                    device=c["phone_os"] if channel == "app" else None, channel=channel, plan=plan,
                    会员方案=PLAN_ZH[plan], price=pr, join_via=via or ("corporate" if plan == "corporate" else "direct"),
                    corporate_account=c["corporate_account"], **self.club_cols(k))
        if plan == "corporate":
            self.order(c, t0, pr, "corporate_seat", k, channel="corporate", pay="corporate_invoice", plan=plan,
                       corporate_account=c["corporate_account"])
        elif plan == "annual":
            self.order(c, t0, pr, "annual_new", k, channel=channel, plan=plan, list_price=pr, discount=0.0)
        rate = {"monthly": 0.3, "annual": 0.27, "corporate": 0.14}[plan] * c["fac"]
        if plan == "monthly":
            t = t0
            m = 0
            while t <= END:
                # monthly fee charged at the start of each month of membership
                frozen = False
                pf = 0.02 + (0.05 if t.month in (7, 8) else 0) + (0.04 if t.month == 2 else 0)
                if m > 0 and r() < pf:
                    frozen = True
                    fd = int(self.rng.integers(14, 31))
                    self.freeze(c, t + D(hours=int(self.rng.integers(-30, -2))), fd)
                elif not (legacy and t < START):
                    self.order(c, t, pr, "monthly_fee", k, channel="app", plan="monthly",
                               pay=self.pick(["wechat_pay", "alipay", "apple_pay"], [0.6, 0.3, 0.1]),
                               billing_month=t.strftime("%Y-%m"))
                t_next = t + D(days=30)
                if not frozen:
                    self.visits(c, max(t, START), min(t_next, END), rate)
                pc = 0.065 if t >= START else 0.0
                if k == "SZ-NS" and datetime(2025, 7, 20) <= t < datetime(2025, 10, 15):
                    pc = 0.2
                if r() < pc:
                    tc = self.at(t + D(days=int(self.rng.integers(3, 28))), 9, 23)
                    if START <= tc <= END:
                        reason = ("service_issue" if pc > 0.1 and r() < 0.6 else
                                  self.pick(list(CANCEL_ZH), [0.38, 0.22, 0.25, 0.05, 0.1]))
                        self.ev(c, tc, "tp_cancel", session_id=self.app_sid(), action="submit",
                                device=c["phone_os"], channel="app", plan="monthly", cancel_reason=reason,
                                退卡原因=CANCEL_ZH[reason], months_active=m + 1, **self.club_cols(k))
                        if r() < 0.1:
                            self.cs(c, tc + D(hours=2), "cancel_hard", "tp_cancel")
                    c["member_until"] = t_next
                    return
                t, m = t_next, m + 1
            c["member_until"] = END + D(days=1)
            return
        # annual / corporate
        start = t0
        while True:
            expiry = start + D(days=365)
            # one freeze at most per year
            if plan == "annual" and r() < 0.2:
                mw = np.ones(12)   # freezes cluster in summer and around Spring Festival
                mw[[6, 7]] = 3.5
                mw[1] = 2.5
                fday = self.pick_days(start + D(days=20), expiry - D(days=40), 1, weights_month=mw)
                if fday:
                    fd = int(self.rng.integers(14, 31))
                    self.freeze(c, self.at(fday[0], 8, 23), fd)
                    self.visits(c, max(start, START), min(fday[0], END), rate)
                    self.visits(c, max(fday[0] + D(days=fd), START), min(expiry + D(days=fd), END), rate)
                    expiry = expiry + D(days=fd)
                else:
                    self.visits(c, max(start, START), min(expiry, END), rate)
            else:
                self.visits(c, max(start, START), min(expiry, END), rate)
            if expiry > END + D(days=1):
                c["member_until"] = expiry
                return
            if plan == "corporate":
                if r() < 0.85:
                    start = expiry
                    self.order(c, start, price(5200, k, 100), "corporate_seat", k, channel="corporate",
                               pay="corporate_invoice", plan=plan, corporate_account=c["corporate_account"])
                    continue
                c["member_until"] = expiry
                return
            notice = self.at(expiry - D(days=14), 10, 11)
            if notice > END:
                c["member_until"] = expiry
                return
            sid = self.app_sid()
            arm = None
            if AB[0] <= notice < AB[1]:
                arm = "early_bird" if r() < 0.5 else "control"
                self.experiments.append(dict(experiment_id="renew_earlybird_2026", variant=arm,
                                             customer_id=c["customer_id"], assigned_at=notice, club_id=k,
                                             expires_on=expiry.date()))
            list_pr = self.annual_price(k, expiry)
            offer = round(list_pr * 0.9, 0) if arm == "early_bird" else list_pr
            self.ev(c, notice, "tp_renew_notice", session_id=sid, action="sent", device=c["phone_os"],
                    channel=self.pick(["app", "sms"], [0.7, 0.3]), notice_type=arm or "standard",
                    expires_on=expiry.date(), renew_price=offer, **self.club_cols(k))
            if expiry < PRICE_HIKE:
                p = 0.64
            else:
                p = 0.45 if arm != "early_bird" else 0.68
            if k == "SZ-NS" and datetime(2025, 7, 15) <= expiry < datetime(2025, 10, 15):
                p -= 0.2
            if r() < p:
                if arm == "early_bird":
                    dd = int(self.rng.integers(0, 14))
                else:
                    dd = int(min(29, max(0, self.rng.normal(13, 7))))
                tr = self.at(notice + D(days=dd), 9, 23)
                if tr <= notice:
                    tr = notice + D(hours=3)
                self.ev(c, tr, "tp_renew", session_id=self.app_sid(), action="success", device=c["phone_os"],
                        channel="app", plan="annual", 会员方案=PLAN_ZH["annual"], renew_price=offer,
                        list_price=list_pr, notice_type=arm or "standard", **self.club_cols(k))
                self.order(c, tr, offer, "annual_renewal", k, plan="annual", list_price=list_pr,
                           discount=round(list_pr - offer, 2))
                if expiry >= PRICE_HIKE and r() < 0.06:
                    self.cs(c, tr + D(hours=5), "price_increase", "tp_renew")
                start = expiry
                continue
            if expiry >= PRICE_HIKE and r() < 0.16:
                self.cs(c, notice + D(days=int(self.rng.integers(1, 20))), "price_increase", "tp_renew")
            c["member_until"] = expiry
            return

    def freeze(self, c, t, days):
        k = c["k"]
        holiday = t.month in (1, 2, 7, 8)       # summer holidays and Spring Festival: people travel
        reason = self.pick(list(FREEZE_ZH), [0.68, 0.15, 0.04, 0.13] if holiday else [0.34, 0.32, 0.07, 0.27])
        self.ev(c, t, "tp_freeze", session_id=self.app_sid(), action="submit", device=c["phone_os"], channel="app",
                freeze_days=days, freeze_reason=reason, 冻结原因=FREEZE_ZH[reason], **self.club_cols(k))

    def pick_days(self, a, b, n, weights_month=None):
        if n <= 0 or b <= a:
            return []
        i0 = max(0, (a - START).days)
        i1 = min(len(self.days), (b - START).days)
        if i1 <= i0:
            return []
        w = self.day_w[i0:i1].copy()
        if weights_month is not None:
            w = w * np.array([weights_month[self.days[i].month - 1] for i in range(i0, i1)])
        idx = self.rng.choice(i1 - i0, size=n, replace=True, p=w / w.sum())
        return [self.days[i0 + int(i)] for i in sorted(idx)]

    def visits(self, c, a, b, rate_week):
        if b <= a:
            return
        i0, i1 = max(0, (a - START).days), min(len(self.days), (b - START).days)
        if i1 <= i0:
            return
        w = self.day_w[i0:i1]
        n = int(self.rng.poisson(rate_week / 7 * w.sum() / self.day_w.mean()))
        kind = "corporate" if c["corporate_account"] else "member"
        for d in self.pick_days(a, b, n):
            if c["k"] == "HZ-BJ" and d < HZ_OPEN:
                continue
            self.member_visit(c, d, kind)

    def slot(self, day):
        s = self.pick(SLOTS_WE, [0.12, 0.16, 0.2, 0.2, 0.18, 0.14]) if day.weekday() >= 5 else \
            self.pick(SLOTS_WD, [0.14, 0.1, 0.2, 0.32, 0.24])
        return datetime(day.year, day.month, day.day, s[0], s[1])

    def bid(self):
        self.n_bk += 1
        return f"B{self.n_bk:06d}"

    def member_visit(self, c, day, kind):
        """a visit of a member / pass holder, usually booked in the app first."""
        r = self.r
        k = c["k"]
        if k in SAME_CITY and r() < 0.1:
            k = SAME_CITY[k]
        if r() < 0.62:
            slot = self.slot(day)
            st = self.pick(list(SESSION_ZH), [0.42, 0.14, 0.44])
            lead = int(self.pick([0, 1, 2, 3, 4, 5, 6], [0.34, 0.24, 0.16, 0.1, 0.07, 0.05, 0.04]))
            tb = self.at(slot - D(days=lead), 7.5, 23.5)
            if tb > slot - D(minutes=45):
                tb = slot - D(minutes=float(self.rng.uniform(45, 300)))
                if tb.hour < 7:
                    tb = self.at(slot - D(days=1), 20, 23.5)
            lead = (slot.date() - tb.date()).days
            sid = self.app_sid()
            evening = slot.hour >= 19 and (slot.weekday() in (3, 4, 5))
            p_full = 0.0
            if st == "aufguss" and evening:
                p_full = {"BJ-SLT": 0.45, "SH-JA": 0.22}.get(k, 0.07)
            bid = self.bid()
            cols = dict(session_type=st, 课程类型=SESSION_ZH[st], slot_time=slot, **self.club_cols(k))
            waitlisted = False
            if r() < p_full:
                waitlisted = True
                self.ev(c, tb, "tp_waitlist", session_id=sid, action="join_waitlist", device=c["phone_os"],
                        channel="app", booking_id=bid, app_version=self.app_version(tb), **cols)
                if r() > 0.42:
                    if r() < 0.04:
                        self.cs(c, tb + D(hours=1), "booking_full", "tp_waitlist")
                    return
                tb = tb + (slot - tb) * float(self.rng.uniform(0.3, 0.9))
                lead = (slot.date() - tb.date()).days
            self.ev(c, tb, "tp_session_book", session_id=sid, action="submit", device=c["phone_os"], channel="app",
                    booking_id=bid, lead_days=lead, from_waitlist=waitlisted, app_version=self.app_version(tb),
                    **cols)
            p_ns = 0.26 if lead >= 3 else 0.12
            p_ns *= {"aufguss": 1.0, "breathwork": 1.45, "open_sauna": 0.8}[st]
            if slot >= PENALTY:
                p_ns *= 0.4
            if r() < p_ns:
                fee = slot >= PENALTY and kind != "class_pack"
                self.ev(c, slot + D(minutes=30), "tp_noshow", session_id=sid, action="no_show", channel="app",
                        booking_id=bid, booking_kind="session", penalty=("fee_30" if fee else
                                                                         ("pass_deducted" if slot >= PENALTY
                                                                          else "none")), **cols)
                if fee:
                    self.order(c, slot + D(minutes=31), 30.0, "noshow_fee", k, plan=c["plans"][-1] if c["plans"]
                               else None, booking_id=bid, pay="wallet")
                    if r() < 0.1:
                        self.cs(c, slot + D(hours=int(self.rng.integers(2, 30))), "noshow_penalty", "tp_noshow")
                return
            self.visit(c, slot - D(minutes=int(self.rng.integers(2, 25))), k, kind, booking_id=bid, session=st,
                       waitlisted=waitlisted)
        else:
            if day.weekday() >= 5:
                t = self.at(day, 10, 21)
            else:
                t = self.at(day, 17.5, 22) if r() < 0.7 else self.at(day, 7, 17.5)
            self.visit(c, t, k, kind)

    def visit(self, c, t, k, kind, booking_id=None, master=None, session=None, waitlisted=False, book=False):
        """one club visit: check-in, locker & towel, sauna (or the trial ritual), cold plunge, maybe a survey."""
        r = self.r
        if t > END or t < START:
            return None
        if k == "HZ-BJ" and t < HZ_OPEN:
            return None
        if book and booking_id is None:
            st = self.pick(list(SESSION_ZH), [0.5, 0.1, 0.4])
            slot = self.slot(t)
            if slot < t:
                slot = t + D(minutes=20)
            bid = self.bid()
            self.ev(c, t - D(minutes=int(self.rng.integers(20, 200))), "tp_session_book", session_id=self.app_sid(),
                    action="submit", device=c["phone_os"], channel="app", booking_id=bid, lead_days=0,
                    from_waitlist=False, app_version=self.app_version(t), session_type=st, 课程类型=SESSION_ZH[st],
                    slot_time=slot, **self.club_cols(k))
            booking_id, session, t = bid, st, slot - D(minutes=int(self.rng.integers(2, 20)))
        self.n_visit += 1
        vid = f"V{self.n_visit:06d}"
        cc = self.club_cols(k)
        wk = t.weekday()
        h = t.hour + t.minute / 60
        peak = (wk < 5 and 18 <= h < 21.5) or (wk >= 5 and 14 <= h < 19)
        face = t >= FACE or k == "HZ-BJ"
        if face:
            method = "face_gate"
            wait = float(self.rng.lognormal(np.log(0.8), 0.45)) * (1.5 if peak else 1.0)
        else:
            method = self.pick(["qr_code", "member_card"], [0.88, 0.12])
            wait = float(self.rng.lognormal(np.log(2.6), 0.5)) * (2.2 if peak else 1.0)
            if k == "BJ-SLT" and peak:
                wait *= 2.1
        wait = round(min(wait, 45.0), 1)
        self.ev(c, t, "tp_checkin", session_id=vid, action="check_in", channel="store", visit_type=kind,
                到店类型={"trial": "体验课", "day_pass": "单次票", "member": "会员", "class_pack": "次卡",
                       "corporate": "企业卡"}[kind], checkin_method=method, wait_minutes=wait, booking_id=booking_id,
                **cc)
        t1 = t + D(minutes=wait + float(self.rng.uniform(1, 4)))
        p_no_towel = 0.02
        if k == "SH-JA" and TOWEL[0] <= t < TOWEL[1]:
            p_no_towel = 0.3 if wk >= 5 else 0.07
        towel = r() >= p_no_towel
        locker_issue = "none" if r() > 0.004 else "broken_lock"
        self.ev(c, t1, "tp_locker", session_id=vid, action="issue", channel="store",
                locker_no=f"{self.pick(['A', 'B', 'C'])}{int(self.rng.integers(1, 121)):03d}", towel_issued=towel,
                robe_issued=towel or r() < 0.5, locker_issue=locker_issue, **cc)
        t2 = t1 + D(minutes=float(self.rng.uniform(6, 15)))
        if kind == "trial":
            self.ev(c, t2, "tp_trial_visit", session_id=vid, action="attend", channel="store", booking_id=booking_id,
                    sauna_master=master[0], sauna_master_en=master[1], session_type="trial_ritual",
                    课程类型="新人体验课", **cc)
            session = "aufguss"
        else:
            session = session or "open_sauna"
            m = self.pick(CLUB[k][7]) if session != "open_sauna" else (None, None)
            if session != "open_sauna":   # only guided sessions are logged (attendance taken by the sauna master)
                self.ev(c, t2, "tp_sauna", session_id=vid, action="attend", channel="store", session_type=session,
                        课程类型=SESSION_ZH[session], sauna_master=m[0], sauna_master_en=m[1],
                        sauna_temp_c=round(float(self.rng.normal(88 if session != "breathwork" else 75, 3)), 1),
                        booking_id=booking_id, **cc)
        t3 = t2 + D(minutes=float(self.rng.uniform(20, 45)))
        m = t.month
        p_plunge = 0.8 if m in (6, 7, 8, 9) else (0.6 if m in (12, 1, 2) else 0.7)
        warm = k == "SZ-NS" and CHILLER[0] <= t < CHILLER[1]
        if warm:
            p_plunge = 0.42
        if kind == "trial":
            p_plunge = max(p_plunge, 0.85) if not warm else 0.5
        plunged = r() < p_plunge
        if plunged:
            temp = float(self.rng.normal(14.6, 0.9)) if warm else float(
                self.rng.normal(8.4 if k == "SZ-NS" else 7.2, 0.7))
            self.ev(c, t3, "tp_coldplunge", session_id=vid, action="plunge", channel="store",
                    water_temp_c=round(temp, 1), plunge_minutes=round(float(self.rng.uniform(1, 4)), 1), **cc)
        end = t3 + D(minutes=float(self.rng.uniform(20, 70)))
        if r() < 0.2:
            pr = float(self.pick([28, 32, 38, 48, 68]))
            self.order(c, end, pr, "retail", k, channel="store", visit_id=vid, plan=None,
                       pay=self.pick(["wechat_pay", "alipay", "wallet"], [0.5, 0.3, 0.2]),
                       item=self.pick(["电解质水", "冷萃茶", "椰子水", "精油小样", "蛋白奶昔"]))
        ctx = dict(vid=vid, end=end, towel=towel, warm=warm, wait=wait, peak=peak, waitlisted=waitlisted,
                   k=k, kind=kind, locker_issue=locker_issue, session=session, master=master)
        # front-desk tickets
        if not towel and r() < 0.1:
            self.fb_ticket(c, end - D(minutes=30), "towel_shortage", "tp_locker", ctx)
        elif warm and r() < 0.15:
            self.fb_ticket(c, t3 + D(minutes=5), "plunge_not_cold", "tp_coldplunge", ctx)
        elif wait >= 12 and r() < 0.08:
            self.fb_ticket(c, t + D(minutes=wait), "checkin_queue", "tp_checkin", ctx)
        elif locker_issue != "none" and r() < 0.5:
            self.fb_ticket(c, t1 + D(minutes=3), "locker_broken", "tp_locker", ctx)
        # post-visit survey
        p_s = 0.08 if kind != "trial" else 0.2
        if r() < p_s:
            ts = end + D(hours=float(self.rng.uniform(1, 20)))
            if ts.hour < 7:
                ts += D(hours=7)
            if ts <= END:
                self.ev(c, ts, "tp_survey", session_id=vid, action="submit", device=c["phone_os"], channel="app",
                        **cc)
                self.fb_survey(c, ts, ctx)
        return ctx

    # ---------- referrals ----------
    def referrals(self):
        by_club: dict[str, list] = {}
        for m in self.customers.values():
            if m["joined"] is not None and m["acquisition_channel"] != "corporate":
                by_club.setdefault(m["k"], []).append(m)
        for c in self.customers.values():
            if c["acquisition_channel"] != "friend_referral" or c["signup_at"] is None:
                continue
            cands = [m for m in by_club.get(c["k"], []) if m["joined"] < c["signup_at"] - D(days=3) and m is not c]
            if not cands:
                continue
            m = cands[int(self.rng.integers(len(cands)))]
            c["referred_by"] = m["customer_id"]
            t = c["signup_at"] - D(hours=float(self.rng.uniform(2, 72)))
            if t.hour < 7:
                t -= D(hours=6)
            self.ev(m, t, "tp_referral", session_id=self.app_sid(), action="share", device=m["phone_os"],
                    channel="app", referred_customer_id=c["customer_id"], **self.club_cols(m["k"]))

    def finish_customers(self):
        for c in self.customers.values():
            plans = [p for p in c["plans"]]
            active = c["member_until"] is not None and c["member_until"] > END
            mem = [p for p in plans if p != "ten_pass"]
            if active:
                c["segment"] = "member"
                c["tier"] = mem[-1]
            elif mem:
                c["segment"] = "lapsed"
                c["tier"] = "none"
            elif "ten_pass" in plans:
                c["segment"] = "pass_holder"
                c["tier"] = "ten_pass"
            elif c["paid"]:
                c["segment"] = "day_visitor"
            else:
                c["segment"] = "prospect"
            c["会员等级"] = PLAN_ZH[c["tier"]]

    # ---------- feedback ----------
    def add_fb(self, ts, topic, lang, channel, tp, c=None, k=None, rating=None, nps=None, vid=None, **kw):
        if ts is not None and ts > END:
            return
        self.n_fb += 1
        fid = f"F{self.n_fb:05d}"
        text = self.text(topic, lang, k, kw.pop("master", None))
        row = dict(feedback_id=fid, text=text, ts=ts, customer_id=c["customer_id"] if c else None, touchpoint_id=tp,
                   channel=channel, 渠道=FB_CH_ZH[channel], rating=rating, nps=nps, visit_id=vid, language=lang)
        if k:
            row.update(self.club_cols(k))
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic], language=lang))

    def text(self, topic, lang, k, master):
        tpl = self.pick(TEXTS[topic][lang])
        club = CLUB[k][1] if k else "你们店"
        club_en = CLUB[k][2] if k else "your club"
        m = master or self.pick(CLUB[k][7] if k else [("桑拿师", "the sauna master")])
        s = tpl.format(club=club, club_en=club_en, m=m[0], m_en=m[1])
        sent = SENT[topic]
        if self.r() < 0.35:
            s = self.pick(OPENERS[lang]) + s
        if self.r() < 0.4:
            s += self.pick(CLOSERS[lang][sent])
        return s

    def stars(self, topic):
        s = SENT[topic]
        if s == "positive":
            return float(self.pick([4, 5], [0.3, 0.7]))
        if s == "neutral":
            return float(self.pick([3, 4], [0.6, 0.4]))
        return float(self.pick([1, 2, 3], [0.35, 0.45, 0.2]))

    def nps_of(self, topic):
        s = SENT[topic]
        lo, hi = {"positive": (8, 11), "neutral": (6, 9), "negative": (0, 7)}[s]
        return int(self.rng.integers(lo, hi))

    def fb_survey(self, c, ts, ctx):
        w = dict(aufguss_great=2.6, plunge_great=1.5, clean_calm=1.5, staff_friendly=1.2, app_easy=0.5, neutral=2.2,
                 crowded_sauna=0.3, booking_full=0.2)
        if ctx["peak"]:
            w["crowded_sauna"] = 0.6
        if not ctx["towel"]:
            w["towel_shortage"] = 9.0
        if ctx["k"] == "SH-JA" and TOWEL[0] <= ts < TOWEL[1]:
            w["clean_calm"] = 0.3
            w["towel_shortage"] = w.get("towel_shortage", 0) + 4.0
        if ctx["warm"]:
            w["plunge_not_cold"] = 16.0
            w["plunge_great"] = 0.0
        if ctx["wait"] >= 10:
            w["checkin_queue"] = 3.0
        if ctx["waitlisted"]:
            w["booking_full"] = 2.0
        if ctx["kind"] == "trial":
            w["aufguss_great"] = 4.0 if ctx["master"] and ctx["master"][0] == STAR_MASTER else 2.6
        topic = self.pick(list(w), list(w.values()))
        tp = TOPIC_TP[topic] or "tp_survey"
        if ctx["kind"] == "trial" and topic == "aufguss_great":
            tp = "tp_trial_visit"
        self.add_fb(ts, topic, c["language"], "survey", tp, c=c, k=ctx["k"], rating=self.stars(topic),
                    nps=self.nps_of(topic), vid=ctx["vid"], master=ctx["master"])

    def fb_ticket(self, c, ts, topic, tp, ctx):
        self.add_fb(ts, topic, c["language"], "front_desk_ticket", tp, c=c, k=ctx["k"], vid=ctx["vid"])

    def cs(self, c, ts, topic, tp):
        if ts > END:
            return
        self.add_fb(ts, topic, c["language"], "wechat_cs", tp, c=c, k=c["k"])

    def public_reviews(self):
        for day in self.days:
            for k, *_ in CLUBS:
                if k == "HZ-BJ" and day < HZ_OPEN:
                    continue
                n = int(self.rng.poisson(0.3 * CLUB[k][5] / 0.16 * MONTH_W[day.month - 1]))
                for _ in range(n):
                    w = dict(aufguss_great=3.0, plunge_great=1.6, clean_calm=1.6, staff_friendly=1.0, neutral=2.0,
                             crowded_sauna=0.5, booking_full=0.3, checkin_queue=0.4)
                    if k == "BJ-SLT":
                        w["booking_full"] = 1.4
                        if day < FACE:
                            w["checkin_queue"] = 1.3
                    if k == "SH-JA" and TOWEL[0] <= day < TOWEL[1]:
                        w["towel_shortage"] = 3.2
                        w["clean_calm"] = 0.5
                    if k == "SZ-NS" and CHILLER[0] <= day < CHILLER[1] + D(days=10):
                        w["plunge_not_cold"] = 8.0
                        w["plunge_great"] = 0.0
                    if day >= PRICE_HIKE:
                        w["price_increase"] = 0.5
                    if k == "CD-TGL":
                        w["aufguss_great"] = 4.2
                    topic = self.pick(list(w), list(w.values()))
                    en = self.r() < CLUB[k][8] * 0.9
                    if en:
                        ch, lang = "tripadvisor", "en"
                    else:
                        ch, lang = self.pick(["dianping", "xiaohongshu"], [0.62, 0.38]), "zh"
                    ts = self.at(day, 9, 23.9)
                    p_undated = {"dianping": 0.28, "xiaohongshu": 0.4, "tripadvisor": 0.35}[ch]
                    if self.r() < p_undated:
                        ts = None
                    rating = None if ch == "xiaohongshu" else self.stars(topic)
                    self.add_fb(ts, topic, lang, ch, TOPIC_TP[topic], k=k, rating=rating)

    def app_reviews(self):
        for day in self.days:
            n = int(self.rng.poisson(0.7))
            crash = CRASH[0] <= day < CRASH[1]
            for _ in range(n + (int(self.rng.poisson(1.6)) if crash else 0)):
                dev = self.pick(["ios", "android"], [0.5, 0.5])
                w = dict(app_easy=2.0, neutral=1.4, booking_full=0.9, app_crash=0.25)
                if day >= PENALTY:
                    w["noshow_penalty"] = 0.8
                if crash and dev == "android":
                    w["app_crash"] = 9.0
                topic = self.pick(list(w), list(w.values()))
                if topic == "app_crash" and not crash:
                    dev = "android" if self.r() < 0.5 else "ios"
                lang = "en" if self.r() < 0.08 else "zh"
                ts = self.at(day, 7, 23.9)
                self.add_fb(ts, topic, lang, "app_review", TOPIC_TP[topic], rating=self.stars(topic),
                            device=dev, app_version=self.app_version(ts),
                            store=("App Store" if dev == "ios" else self.pick(["华为应用市场", "小米应用商店", "Google Play"],
                                                                               [0.5, 0.4, 0.1])))


SENT = dict(aufguss_great="positive", plunge_great="positive", clean_calm="positive", staff_friendly="positive",
            app_easy="positive", neutral="neutral", towel_shortage="negative", plunge_not_cold="negative",
            app_crash="negative", booking_full="negative", checkin_queue="negative", price_increase="negative",
            noshow_penalty="negative", crowded_sauna="negative", cancel_hard="negative", locker_broken="negative")
TOPIC_TP = dict(aufguss_great="tp_sauna", plunge_great="tp_coldplunge", clean_calm="tp_locker",
                staff_friendly="tp_checkin", app_easy="tp_session_book", neutral=None, towel_shortage="tp_locker",
                plunge_not_cold="tp_coldplunge", app_crash="tp_daypass", booking_full="tp_waitlist",
                checkin_queue="tp_checkin", price_increase="tp_renew", noshow_penalty="tp_noshow",
                crowded_sauna="tp_sauna", cancel_hard="tp_cancel", locker_broken="tp_locker")

OPENERS = {"zh": ["周末带朋友去的，", "第三次来了，", "下班过去放松一下，", "办卡两个月了，", "朋友推荐来的，",
                  "冬天必备，", "说实话，", "今天去的，"],
           "en": ["Went on a Friday night. ", "Third visit. ", "Member for a few months now. ",
                  "Came with a colleague. ", "Honest review: "]}
CLOSERS = {"zh": {"positive": ["，会再来", "，推荐！", "，五星", "～"], "neutral": ["。", "，再观察", ""],
                  "negative": ["，希望尽快改进", "，很失望", "，不会续了", "！！"]},
           "en": {"positive": [" Will be back.", " Highly recommend.", " 10/10."], "neutral": ["", " We'll see."],
                  "negative": [" Please fix this.", " Not impressed.", " Really disappointing."]}}

TEXTS = {
    "aufguss_great": {
        "zh": ["{m}老师的香薰仪式太绝了，毛巾扇浪一波接一波，出来整个人都通透了",
               "在{club}上了一场香薰仪式，音乐+精油+扇浪，氛围感拉满",
               "桑拿房温度刚好，{m}讲解很专业，第一次知道蒸完要怎么呼吸",
               "蒸完去冷池再回来，循环三轮，睡眠好了很多，仪式感很强",
               "{club}的芬兰桑拿是我在国内体验过最正宗的，木头香味很好闻",
               "香薰仪式每次都有新花样，{m}的毛巾舞超好看"],
        "en": ["{m_en}'s Aufguss session was incredible, proper towel waving and great music.",
               "Best sauna ritual I've had outside Finland. The heat at {club_en} is spot on.",
               "Loved the guided session, {m_en} explained the breathing between rounds really well.",
               "The sauna itself is beautiful, cedar smell and a real wood stove vibe."]},
    "plunge_great": {
        "zh": ["冷水池水温很稳，7度左右，冰一下神清气爽", "冰池干净又冷，蒸完跳进去爽翻了",
               "{club}的冷水池是我最喜欢的部分，夏天每周来三次", "冷热交替之后浑身轻松，冰浴水质也很好"],
        "en": ["The cold plunge is properly cold, around 7 degrees. Exactly what I want after the sauna.",
               "Great ice bath, clean water and a timer on the wall.", "Cold plunge at {club_en} is the highlight."]},
    "clean_calm": {
        "zh": ["更衣室很干净，吹风机、护肤品都齐全", "环境安静，浴巾浴袍都是香香的",
               "{club}整体很干净，淋浴间没有头发", "休息区很放松，布草干净，细节做得好"],
        "en": ["Spotless changing rooms and fluffy towels.", "Very clean and calm, the lounge area is lovely.",
               "Everything at {club_en} is clean and well kept."]},
    "staff_friendly": {
        "zh": ["前台小姐姐很热情，第一次来给我讲了整个流程", "工作人员服务很好，主动提醒补水",
               "前台签到很快，员工态度也好"],
        "en": ["Front desk staff were super friendly and walked me through everything.",
               "Staff at {club_en} are lovely, they remember my name."]},
    "app_easy": {
        "zh": ["小程序约课很方便，时段一目了然", "APP预约体验不错，提醒也及时", "约时段挺顺的，还能看剩余名额"],
        "en": ["Booking a slot in the app is quick and easy.", "App works well, reminders are handy."]},
    "neutral": {
        "zh": ["还可以吧，价格中等，环境中等", "第一次来，感觉一般般，还需要再体验几次",
               "请问{club}停车怎么收费？", "整体ok，没有特别惊艳的地方", "想问下年卡可以转让吗"],
        "en": ["It was fine. Nothing special but nothing wrong either.", "Decent place, a bit pricey.",
               "Is there parking near {club_en}?"]},
    "towel_shortage": {
        "zh": ["周末去{club}居然没有浴巾了，前台说洗涤厂还没送回来，只能等", "毛巾不够用！蒸完出来没有干毛巾，体验很差",
               "这两个月{club}老是缺毛巾缺浴袍，换了洗衣供应商之后就这样", "周六下午去的，浴巾发完了，让我用小方巾擦身体",
               "布草供应跟不上，毛巾还有点潮，有味道", "会员还要自己带毛巾？{club}的毛巾总是不够"],
        "en": ["No towels left on Saturday afternoon at {club_en}. Had to dry off with a hand towel.",
               "Towels ran out again this weekend. Front desk said the laundry hasn't come back.",
               "Robes and towels have been short for weeks, really not acceptable for the price."]},
    "plunge_not_cold": {
        "zh": ["冷水池一点都不冷，感觉有十四五度，跟泡温水一样", "{club}冰池坏了吗？水是温的，完全没效果",
               "夏天最想泡冷池结果制冷机坏了，一个多月都没修好", "冷泡池水温太高了，前台说在等配件",
               "来了三次冷水池都不冷，那还办什么冷热交替的卡"],
        "en": ["The cold plunge at {club_en} was lukewarm, maybe 15 degrees. Pointless.",
               "Chiller seems broken, the plunge pool is not cold at all.",
               "Came for the contrast therapy but the ice bath was warm. Very disappointing."]},
    "app_crash": {
        "zh": ["安卓版买单次票一付款就闪退，试了三次都不行", "更新到5.2之后支付页面直接崩溃，钱扣了没出票",
               "APP闪退！安卓手机根本买不了票", "付款时卡死然后闪退，只能去前台买"],
        "en": ["App crashes every time I try to pay for a day pass on Android.",
               "Since the 5.2 update the payment screen just closes. Can't buy anything.",
               "Payment crashed, money taken but no ticket. Fix your Android app."]},
    "booking_full": {
        "zh": ["周五晚上的香薰仪式永远约不上，候补了也没用", "会员约不到课，名额几秒钟就满了",
               "{club}晚上的仪式太难约了，建议加场次", "候补排了半天最后也没排上"],
        "en": ["The Friday evening Aufguss at {club_en} is always full, the waitlist never moves.",
               "Impossible to get an evening slot as a member. Add more sessions please."]},
    "checkin_queue": {
        "zh": ["下班去签到要排十几分钟队，前台就一个人", "{club}晚上入场排长队，扫码老是失败",
               "签到太慢了，高峰期前台忙不过来", "每次到店都要等很久才能拿到手环和柜子"],
        "en": ["Waited 15 minutes just to check in at {club_en} after work.",
               "Check-in queue is ridiculous in the evening, only one person at the desk."]},
    "price_increase": {
        "zh": ["年卡从6800涨到7800，老会员续费也不给优惠，不续了", "续费价格涨了一千，服务没变，觉得不值",
               "涨价太狠了，续卡提醒一看价格直接劝退", "老会员续费还要原价7800？太不厚道"],
        "en": ["Annual membership went up by 1,000 and no loyalty discount for renewals. Not renewing.",
               "The renewal price jumped to 7,800. Service is the same. Hard pass."]},
    "noshow_penalty": {
        "zh": ["就迟到了一会儿算爽约扣了30块，太不合理", "爽约扣费规则没提前说清楚", "临时加班没去就被扣次数，能不能宽限一下"],
        "en": ["Got charged a 30 yuan no-show fee even though I was stuck at work.",
               "The no-show penalty is too strict, should allow late cancellation."]},
    "crowded_sauna": {
        "zh": ["晚上人太多了，桑拿房挤得像沙丁鱼", "周末桑拿房坐不下，体验打折扣", "高峰时段太挤，建议限流"],
        "en": ["Way too crowded in the evening, no space on the benches.",
               "Weekend afternoons are packed, couldn't relax at all."]},
    "cancel_hard": {
        "zh": ["取消自动续费找了半天入口，客服还一直挽留", "想退月卡流程太麻烦，还要去前台签字",
               "取消包月为什么不能在APP里直接操作"],
        "en": ["Cancelling the monthly plan is way harder than signing up.",
               "Had to go to the front desk in person to cancel. Annoying."]},
    "locker_broken": {
        "zh": ["柜子锁坏了，手环刷不开，等了二十分钟", "更衣柜打不开，东西被锁在里面"],
        "en": ["My locker wouldn't open with the wristband, waited ages for staff."]},
}


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = G()
    g.run()

    def fmt(v):
        if v is None:
            return ""
        if isinstance(v, datetime):
            return v.strftime("%Y-%m-%d %H:%M:%S")
        if isinstance(v, bool):
            return "true" if v else "false"
        return v

    def dump(name, rows, cols):
        pos = {k: i for i, k in enumerate(cols)}
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(cols)
            for row in rows:
                line = [""] * len(cols)
                for k, v in row.items():
                    if k in pos:
                        line[pos[k]] = fmt(v)
                w.writerow(line)

    dump("touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                                  kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
         ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    dump("journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                 "touchpoint_id", "window_days"])
    dump("customers.csv", list(g.customers.values()),
         ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier", "会员等级",
          "gender", "性别", "age_band", "phone_os", "language", "home_club_id", "home_club", "home_club_en",
          "corporate_account", "corporate_account_en", "referred_by"])
    ev = sorted(g.events, key=lambda e: (e["ts"], e["event_id"]))
    chk = [i for i, e in enumerate(ev) if e["touchpoint_id"] == "tp_checkin"]
    idx = g.rng.choice(chk, size=26, replace=False)
    ev = ev + [ev[int(i)] for i in idx]      # the front-desk system re-sent a few check-ins
    dump("events.csv", ev,
         ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "club_id",
          "club", "club_en", "city", "城市", "platform", "content_type", "app_version", "error_code", "booking_id",
          "booking_kind", "slot_time", "lead_days", "from_waitlist", "session_type", "课程类型", "penalty", "price",
          "pass_date", "visits_included", "valid_until", "plan", "会员方案", "join_via", "corporate_account",
          "visit_type", "到店类型", "checkin_method", "wait_minutes", "locker_no", "towel_issued", "robe_issued",
          "locker_issue", "sauna_master", "sauna_master_en", "sauna_temp_c", "water_temp_c", "plunge_minutes",
          "freeze_days", "freeze_reason", "冻结原因", "notice_type", "expires_on", "renew_price", "list_price",
          "cancel_reason", "退卡原因", "months_active", "referred_customer_id"])
    dump("orders.csv", sorted(g.orders, key=lambda o: o["order_id"]),
         ["order_id", "customer_id", "ts", "amount", "status", "order_type", "订单类型", "plan", "channel", "device",
          "payment_method", "支付方式", "club_id", "club", "club_en", "city", "城市", "visit_id", "booking_id",
          "billing_month", "list_price", "discount", "corporate_account", "item", "refunded_at", "refund_reason",
          "退款原因"])
    fb = g.feedback
    order = g.rng.permutation(len(fb))
    dump("feedback.csv", [fb[i] for i in order],
         ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "渠道", "rating", "nps", "language",
          "visit_id", "club_id", "club", "club_en", "city", "城市", "device", "app_version", "store"])
    dump("experiments.csv", g.experiments, ["experiment_id", "variant", "customer_id", "assigned_at", "club_id",
                                            "expires_on"])
    dump("_truth/feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment", "language"])
    print(f"customers {len(g.customers)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(fb)}, "
          f"experiments {len(g.experiments)}, visits {g.n_visit}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
