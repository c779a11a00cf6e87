"""冰点 FrostWell: whole-body cryotherapy, infrared sauna and compression-boot recovery studios in Shenzhen, Xiamen,
Dubai and Los Angeles. Synthetic, written blind.

A prospect sees a post or ad (小红书 / 抖音 / 大众点评 / Instagram / Google / TikTok), opens the intro-offer page in
the FrostWell app, books a first session (paid in the app at the intro price), signs the first-visit waiver (in the
app, or on paper at the desk), checks in, and does a 3-minute cryo chamber session (or infrared sauna). At check-in
the desk may offer compression boots as an add-on. After the first visit people may take a monthly membership
(unlimited or 8 credits a month, billed every 30 days until cancelled), a 10-session class pack (credits valid 90
days), single sessions, or nothing. Members book in the app; they cancel (late cancellations forfeit the credit or
cost a fee), get wait-listed at busy studios, meet faulty chambers and technicians who never turn up, ask for
refunds, answer surveys, write reviews and cancel their memberships.

Data 2024-07-01 .. 2026-06-30 (extract taken 2026-07-05, five months before "today" 2026-12-01). Naive local
time of each studio.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topic / sentiment / language per comment; not a DATA.md table).
Deterministic (seed 20260705), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260705
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 6, 30, 23, 59, 59)
WAIVER_BUG = (datetime(2025, 10, 8), datetime(2025, 11, 20))      # app 4.2.0 signature pad crash on Android
AB = (datetime(2025, 9, 1), datetime(2025, 11, 30, 23, 59, 59))   # boots bundle test
DXB_HEAT = (datetime(2025, 6, 1), datetime(2025, 9, 15))           # Dubai chamber C2 overheating
XMN_STAFF = (datetime(2026, 2, 1), datetime(2026, 3, 31, 23, 59))   # Xiamen technicians quitting after Spring Festival
LATE_POLICY = datetime(2026, 1, 15)                                 # late cancellation window 4 h -> 12 h
LA_PRICE = datetime(2025, 7, 1)                                     # LA unlimited USD 349 -> 399
DUP = (datetime(2026, 3, 2), datetime(2026, 3, 8, 23, 59))          # Nanshan front desk re-sent check-ins

USD = {"CNY": 0.14, "AED": 0.2723, "USD": 1.0}
STUDIOS = {
    "SZN": dict(zh="深圳南山店", en="Shenzhen Nanshan", city_zh="深圳", city="Shenzhen", cur="CNY", base=62,
                chambers=["SZN-C1", "SZN-C2"], staff=["李娜", "王强", "赵敏", "黄俊"], ios=0.45),
    "SZF": dict(zh="深圳福田店", en="Shenzhen Futian", city_zh="深圳", city="Shenzhen", cur="CNY", base=44,
                chambers=["SZF-C1"], staff=["陈晨", "林涛", "吴静"], ios=0.45),
    "XMN": dict(zh="厦门思明店", en="Xiamen Siming", city_zh="厦门", city="Xiamen", cur="CNY", base=36,
                chambers=["XMN-C1"], staff=["郑凯", "蔡琳", "许飞"], ios=0.4),
    "DXB": dict(zh="迪拜码头店", en="Dubai Marina", city_zh="迪拜", city="Dubai", cur="AED", base=40,
                chambers=["DXB-C1", "DXB-C2"], staff=["Omar Haddad", "Priya Nair", "Lena Petrova"], ios=0.62),
    "LAX": dict(zh="洛杉矶圣莫尼卡店", en="LA Santa Monica", city_zh="洛杉矶", city="Los Angeles", cur="USD", base=48,
                chambers=["LAX-C1"], staff=["Jake Turner", "Maria Lopez", "Kevin Cho"], ios=0.7),
}
PRICE = {  # local prices
    "CNY": dict(intro=99, single_cryo=198, single_sauna=128, pack10=1580, unlimited=1680, eight=1080, boots=88,
                boots_bundle=49, late_fee=50),
    "AED": dict(intro=75, single_cryo=150, single_sauna=95, pack10=1200, unlimited=1290, eight=850, boots=65,
                boots_bundle=35, late_fee=40),
    "USD": dict(intro=39, single_cryo=55, single_sauna=40, pack10=450, unlimited=349, eight=259, boots=25,
                boots_bundle=15, late_fee=15),
}
SEASON = {  # month multipliers of new prospects
    "SZN": [1.0, 0.6, 1.0, 1.05, 1.1, 1.15, 1.2, 1.2, 1.0, 1.0, 1.0, 1.0],
    "SZF": [1.0, 0.6, 1.0, 1.05, 1.1, 1.15, 1.2, 1.2, 1.0, 1.0, 1.0, 1.0],
    "XMN": [1.0, 0.65, 1.0, 1.05, 1.1, 1.1, 1.25, 1.25, 1.0, 1.0, 1.0, 0.95],
    "DXB": [1.25, 1.2, 1.15, 1.1, 0.9, 0.6, 0.45, 0.5, 0.9, 1.15, 1.25, 1.3],
    "LAX": [1.7, 1.25, 1.1, 1.0, 1.0, 0.95, 0.9, 0.85, 0.95, 0.95, 0.9, 0.8],
}
ACQ_CN = {"xiaohongshu": 0.33, "douyin": 0.24, "dianping": 0.16, "referral": 0.1, "walk_in": 0.1, "wechat": 0.07}
ACQ_INT = {"instagram": 0.34, "google": 0.24, "tiktok": 0.1, "referral": 0.14, "walk_in": 0.1, "gym_partner": 0.08}
ACQ_ZH = {"xiaohongshu": "小红书", "douyin": "抖音", "dianping": "大众点评", "referral": "朋友推荐", "walk_in": "路过进店",
          "wechat": "微信", "instagram": "Instagram", "google": "谷歌", "tiktok": "TikTok", "gym_partner": "健身房合作"}
SESSION_ZH = {"cryo": "全身冷冻", "infrared_sauna": "红外桑拿", "combo": "冷热组合"}
PLAN_ZH = {"unlimited": "无限次月卡", "eight": "8次月卡", "pack10": "10次卡", "none": "无"}
CANCEL_ZH = {"price": "价格太高", "moved_away": "搬走/离开城市", "not_using": "去得少", "service": "服务问题",
             "injury": "身体原因", "chamber_down": "设备老坏"}
REFUND_ZH = {"chamber_fault": "冷冻舱故障", "staff_noshow": "技师缺勤", "app_issue": "App问题", "moved_away": "搬走",
             "not_satisfied": "不满意", "double_charge": "重复扣款"}
ORDER_ZH = {"intro": "首次体验", "single": "单次疗程", "pack10": "10次卡", "membership_new": "新开会员",
            "membership_renewal": "会员续费", "boots_addon": "压力靴加购", "late_cancel_fee": "迟取消费"}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_social", "社媒种草", "Social post / ad", "awareness", "social", "digital", "marketing",
     "小红书|抖音|点评|Instagram|TikTok|种草|广告|ads|social"),
    ("tp_intro_page", "新客体验页", "Intro offer page", "consideration", "app", "digital", "growth",
     "首单体验页|新人价|落地页|intro offer|first session offer|landing page"),
    ("tp_waitlist", "候补排队", "Waitlist", "consideration", "app", "digital", "studio_ops",
     "约满候补|排队|候补|waitlist|fully booked"),
    ("tp_booking", "预约下单", "Session booking", "purchase", "app", "digital", "studio_ops",
     "约课|预约|订位|booking|book a session|reservation"),
    ("tp_waiver", "首访免责声明", "First-visit waiver", "purchase", "app", "digital", "studio_ops",
     "免责协议|健康声明|签字|waiver|consent form|liability form"),
    ("tp_checkin", "到店签到", "Studio check-in", "service", "store", "physical", "studio_ops",
     "签到|前台|到店|check-in|front desk|arrival"),
    ("tp_cryo", "冷冻舱疗程", "Cryo chamber session", "service", "store", "physical", "studio_ops",
     "冷冻|冷疗|全身冷冻|冰舱|cryo|cryotherapy|freeze chamber|chamber"),
    ("tp_sauna", "红外桑拿", "Infrared sauna session", "service", "store", "physical", "studio_ops",
     "桑拿|红外|汗蒸|sauna|infrared"),
    ("tp_upsell_offer", "压力靴加购推荐", "Compression boots offer", "purchase", "store", "physical", "studio_ops",
     "加购|推荐加项|upsell|add-on offer|boots offer"),
    ("tp_boots", "压力靴疗程", "Compression boots session", "service", "store", "physical", "studio_ops",
     "压力靴|气压腿套|空气波|compression boots|normatec|boots"),
    ("tp_chamber_fault", "冷冻舱故障", "Chamber fault", "service", "store", "physical", "maintenance",
     "设备故障|舱坏了|停机|chamber down|machine broke|fault|breakdown"),
    ("tp_staff_noshow", "技师缺勤取消", "Technician no-show", "service", "store", "physical", "studio_ops",
     "技师没来|门店取消|放鸽子|staff no-show|studio cancelled|no staff"),
    ("tp_cancel", "取消预约", "Booking cancellation", "service", "app", "digital", "studio_ops",
     "退约|取消|迟取消|late cancel|cancellation|cancel booking"),
    ("tp_membership", "开通会员", "Membership sign-up", "purchase", "app", "digital", "membership",
     "办卡|开会员|月卡|包月|membership|join|sign up"),
    ("tp_pack", "购买次卡", "Class pack purchase", "purchase", "app", "digital", "membership",
     "次卡|十次卡|课包|class pack|session pack|10-pack"),
    ("tp_credit_expire", "次数过期", "Credits expired", "loyalty", "app", "digital", "membership",
     "过期|次数作废|credits expired|pack expired|expiry"),
    ("tp_member_cancel", "取消会员", "Membership cancellation", "loyalty", "app", "digital", "membership",
     "退会|停卡|不续了|cancel membership|churn|quit"),
    ("tp_refund_request", "申请退款", "Refund request", "service", "app", "digital", "customer_service",
     "退款申请|要求退钱|refund request|money back"),
    ("tp_refund_paid", "退款到账", "Refund paid", "service", "app", "digital", "finance",
     "退款完成|钱退回来了|refund paid|refund issued"),
    ("tp_survey", "疗后问卷", "Post-session survey", "loyalty", "app", "digital", "customer_service",
     "回访|满意度|问卷|NPS|survey|CSAT"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("first_visit", "新客首访", "First visit", ["tp_intro_page", "tp_booking", "tp_waiver", "tp_checkin"], 14),
    ("trial_to_member", "首访转会员", "First visit to membership", ["tp_waiver", "tp_checkin", "tp_membership"], 30),
    ("boots_upsell", "压力靴加购", "Boots upsell", ["tp_upsell_offer", "tp_boots"], 1),
    ("refund", "退款处理", "Refund handling", ["tp_refund_request", "tp_refund_paid"], 14),
]


class G:
    def __init__(self):
        self.rng = np.random.default_rng(SEED)
        self.events, self.orders, self.feedback, self.truth, self.exps, self.customers = [], [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_bk = self.n_vis = self.n_app = 0

    # ---------------------------------------------------------------- helpers
    def r(self):
        return float(self.rng.random())

    def pick(self, d):
        keys = list(d)
        p = np.array(list(d.values()), dtype=float)
        return keys[int(self.rng.choice(len(keys), p=p / p.sum()))]

    def ev(self, c, ts, tp, action, **kw):
        self.n_ev += 1
        st = STUDIOS[c["studio"]]
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["id"], ts=ts, touchpoint_id=tp, action=action,
                   studio_id=c["studio"], studio_en=st["en"], 门店=st["zh"], city_en=st["city"], 城市=st["city_zh"])
        row.update(kw)
        self.events.append(row)
        return row

    def app_kw(self, c, ts):
        self.n_app += 1
        return dict(session_id=f"A{self.n_app:07d}", device=c["os"], channel="app", app_version=app_version(ts))

    def order(self, c, ts, otype, amount, status="paid", **kw):
        self.n_ord += 1
        st = STUDIOS[c["studio"]]
        cur = st["cur"]
        row = dict(order_id=f"O{self.n_ord:07d}", customer_id=c["id"], ts=ts, amount=round(float(amount), 2),
                   currency=cur, amount_usd=round(float(amount) * USD[cur], 2), status=status, order_type=otype,
                   订单类型=ORDER_ZH[otype], studio_id=c["studio"], studio_en=st["en"], 门店=st["zh"],
                   city_en=st["city"], 城市=st["city_zh"])
        row.update(kw)
        self.orders.append(row)
        return row

    def price(self, c, key, ts):
        cur = STUDIOS[c["studio"]]["cur"]
        p = PRICE[cur][key]
        if key == "unlimited" and cur == "USD" and ts >= LA_PRICE:
            p = 399
        return p

    # ---------------------------------------------------------------- customers
    def run(self):
        for sid, st in STUDIOS.items():
            m = datetime(START.year, START.month, 1)
            while m <= END:
                lam = st["base"] * SEASON[sid][m.month - 1]
                nxt = datetime(m.year + (m.month == 12), m.month % 12 + 1, 1)
                days = (nxt - m).days
                for _ in range(int(self.rng.poisson(lam))):
                    t0 = m + D(days=int(self.rng.integers(days)), hours=int(self.rng.integers(8, 22)),
                               minutes=int(self.rng.integers(60)))
                    self.prospect(sid, t0)
                m = nxt
        self.public_feedback()

    def new_customer(self, sid, t0):
        st = STUDIOS[sid]
        cn = st["cur"] == "CNY"
        acq = self.pick(ACQ_CN if cn else ACQ_INT)
        lang = "zh" if cn else ("zh" if self.r() < (0.12 if sid == "DXB" else 0.1) else "en")
        c = dict(id=f"C{len(self.customers) + 100001}", studio=sid, acq=acq, lang=lang, t0=t0,
                 os="ios" if self.r() < st["ios"] else "android", signup=None, plan="none", segment="prospect",
                 gender=self.pick({"female": 0.52, "male": 0.46, "other": 0.02}),
                 age=self.pick({"18-24": 0.12, "25-34": 0.4, "35-44": 0.3, "45-54": 0.13, "55+": 0.05}),
                 goal=self.pick({"sports_recovery": 0.38, "pain_relief": 0.18, "wellness": 0.26, "weight_loss": 0.1,
                                 "skin": 0.08}),
                 visits=0, spend_usd=0.0, last_visit=None)
        self.customers.append(c)
        return c

    def prospect(self, sid, t0):
        c = self.new_customer(sid, t0)
        if c["acq"] in ("xiaohongshu", "douyin", "dianping", "wechat", "instagram", "google", "tiktok"):
            self.ev(c, t0, "tp_social", "click", channel="social", platform=c["acq"])
        if c["acq"] == "walk_in":
            self.first_booking(c, t0 + D(minutes=5), walk_in=True)
            return
        tv = t0 + D(minutes=int(self.rng.integers(1, 240)))
        self.ev(c, tv, "tp_intro_page", "view", **self.app_kw(c, tv))
        p_book = {"SZN": 0.52, "SZF": 0.5, "XMN": 0.48, "DXB": 0.5, "LAX": 0.46}[sid]
        if self.r() < p_book:
            self.first_booking(c, tv + D(hours=float(self.rng.exponential(20))))

    def slot_after(self, c, t, lead_days):
        s = t + D(days=lead_days)
        hr = int(self.rng.choice([7, 8, 9, 10, 12, 13, 17, 18, 19, 20]))
        return datetime(s.year, s.month, s.day, hr, int(self.rng.choice([0, 30])))

    def first_booking(self, c, tb, walk_in=False):
        if tb > END - D(days=3):
            return
        sid = c["studio"]
        c["signup"] = tb
        c["segment"] = "intro_only"
        self.n_bk += 1
        bk = f"B{self.n_bk:07d}"
        slot = tb + D(minutes=10) if walk_in else self.slot_after(c, tb, int(self.rng.integers(1, 7)))
        stype = "cryo" if self.r() < 0.82 else "infrared_sauna"
        kw = dict(channel="store") if walk_in else self.app_kw(c, tb)
        self.ev(c, tb, "tp_booking", "booked", booking_id=bk, session_type=stype, 疗程类型=SESSION_ZH[stype],
                slot_at=slot, **kw)
        intro = self.order(c, tb, "intro", self.price(c, "intro", tb), channel="store" if walk_in else "app",
                           device=None if walk_in else c["os"], payment_method=self.paymethod(c),
                           booking_id=bk, plan="none", 会员方案=PLAN_ZH["none"])
        ctx = dict(fault=False, staff=False, waiver_crash=False, boots=False, late=False)
        # ---- waiver
        if walk_in:
            self.ev(c, slot - D(minutes=2), "tp_waiver", "signed", channel="store", waiver_method="paper",
                    booking_id=bk)
        else:
            tw = tb + D(minutes=int(self.rng.integers(2, 90)))
            tw = min(tw, slot - D(minutes=30))
            crash = c["os"] == "android" and WAIVER_BUG[0] <= tw < WAIVER_BUG[1] and self.r() < 0.68
            if crash:
                ctx["waiver_crash"] = True
                self.ev(c, tw, "tp_waiver", "fail", error_code="SIGNATURE_PAD_CRASH", booking_id=bk,
                        waiver_method="app", **self.app_kw(c, tw))
                if self.r() < 0.48:  # gives up
                    if self.r() < 0.5:
                        self.refund(c, slot + D(hours=3), intro, "app_issue")
                    if self.r() < 0.35:
                        self.ticket(c, slot + D(hours=5), "waiver", "tp_waiver")
                    return
                self.ev(c, slot - D(minutes=3), "tp_waiver", "signed", channel="store", waiver_method="paper",
                        booking_id=bk)
            else:
                if self.r() < 0.04:
                    return  # never signs, never comes
                self.ev(c, tw, "tp_waiver", "signed", booking_id=bk, waiver_method="app", **self.app_kw(c, tw))
        # ---- customer cancellation / no-show of a first visit
        if self.r() < 0.05:
            tc = slot - D(hours=float(self.rng.uniform(6, 72)))
            tc = max(tc, tb + D(minutes=20))
            self.ev(c, tc, "tp_cancel", "cancelled", booking_id=bk, lead_hours=round((slot - tc).total_seconds() / 3600, 1),
                    late_cancel=False, credit_forfeited=False, **self.app_kw(c, tc))
            intro["status"] = "cancelled"
            return
        if self.r() < 0.05:
            return
        if self.staff_noshow(c, slot, bk):
            ctx["staff"] = True
            if self.r() < 0.45:
                self.refund(c, slot + D(hours=2), intro, "staff_noshow")
                if self.r() < 0.5:
                    self.survey(c, slot + D(hours=4), "staff_noshow", None)
                return
            slot = self.slot_after(c, slot, int(self.rng.integers(2, 6)))
            self.n_bk += 1
            bk = f"B{self.n_bk:07d}"
            self.ev(c, slot - D(days=1), "tp_booking", "booked", booking_id=bk, session_type=stype,
                    疗程类型=SESSION_ZH[stype], slot_at=slot, rebooked=True, **self.app_kw(c, slot - D(days=1)))
        res = self.visit(c, slot, stype, first=True, bk=bk)
        ctx.update(res)
        if ctx["fault"] and self.r() < 0.3:
            self.refund(c, slot + D(hours=2), intro, "chamber_fault")
        elif self.r() < 0.025:
            self.refund(c, slot + D(hours=float(self.rng.uniform(2, 48))), intro, "not_satisfied")
        # ---- first-visit survey
        if self.r() < 0.42:
            self.survey(c, slot + D(hours=float(self.rng.uniform(1, 20))), self.visit_topic(c, ctx, first=True), ctx)
        # ---- what next
        p = {"SZN": 0.25, "SZF": 0.23, "XMN": 0.22, "DXB": 0.26, "LAX": 0.28}[c["studio"]]
        if ctx["fault"]:
            p *= 0.35
        if ctx["staff"]:
            p *= 0.5
        if ctx["boots"]:
            p *= 1.35
        if c["acq"] == "referral":
            p *= 1.3
        u = self.r()
        if u < p:
            tj = slot + D(days=float(self.rng.exponential(6)) if self.r() < 0.82 else float(self.rng.uniform(31, 60)))
            plan = self.pick({"unlimited": 0.45, "eight": 0.55})
            self.membership(c, tj, plan)
        elif u < p + 0.12:
            tj = slot + D(days=float(self.rng.exponential(8)))
            self.pack(c, tj)
        elif u < p + 0.32:
            t = slot
            for _ in range(int(self.rng.integers(1, 4))):
                t = t + D(days=float(self.rng.exponential(25)) + 2)
                if t > END:
                    break
                self.single(c, t)

    def paymethod(self, c):
        cur = STUDIOS[c["studio"]]["cur"]
        if cur == "CNY":
            return self.pick({"wechat_pay": 0.6, "alipay": 0.38, "card": 0.02})
        return self.pick({"card": 0.62, "apple_pay": 0.33 if c["os"] == "ios" else 0.05, "google_pay": 0.05})

    def staff_noshow(self, c, slot, bk):
        p = 0.13 if c["studio"] == "XMN" and XMN_STAFF[0] <= slot <= XMN_STAFF[1] else 0.007
        if self.r() < p:
            st = STUDIOS[c["studio"]]
            self.ev(c, slot - D(minutes=int(self.rng.integers(0, 25))), "tp_staff_noshow", "studio_cancelled",
                    booking_id=bk, staff=st["staff"][int(self.rng.integers(len(st["staff"])))],
                    channel="store")
            return True
        return False

    def visit(self, c, slot, stype, first=False, bk=None):
        """check-in, session, maybe a chamber fault, maybe the boots offer. Returns the experience flags."""
        st = STUDIOS[c["studio"]]
        self.n_vis += 1
        vid = f"V{self.n_vis:07d}"
        res = dict(fault=False, boots=False, pushy=False)
        row = self.ev(c, slot - D(minutes=int(self.rng.integers(0, 12))), "tp_checkin", "check_in", session_id=vid,
                      channel="store", booking_id=bk, visit_type="first_visit" if first else "repeat",
                      checkin_method=self.pick({"qr": 0.8, "front_desk": 0.2}))
        if c["studio"] == "SZN" and DUP[0] <= row["ts"] <= DUP[1]:
            self.events.append(dict(row))
        c["visits"] += 1
        c["last_visit"] = slot
        tech = st["staff"][int(self.rng.integers(len(st["staff"])))]
        t = slot + D(minutes=5)
        if stype in ("cryo", "combo"):
            ch = st["chambers"][int(self.rng.integers(len(st["chambers"])))]
            if self.r() < fault_p(ch, t):
                res["fault"] = True
                code = fault_code(self, ch, t)
                self.ev(c, t, "tp_chamber_fault", "session_aborted", session_id=vid, chamber_id=ch, fault_code=code,
                        staff=tech, channel="store")
                if self.r() < 0.5:
                    self.ev(c, t + D(minutes=10), "tp_sauna", "completed", session_id=vid, minutes=30,
                            staff=tech, channel="store", substitute=True)
            else:
                self.ev(c, t, "tp_cryo", "completed", session_id=vid, chamber_id=ch,
                        temp_c=int(self.rng.choice([-110, -120, -130])), minutes=3, staff=tech, channel="store")
            t += D(minutes=10)
        if stype in ("infrared_sauna", "combo"):
            self.ev(c, t, "tp_sauna", "completed", session_id=vid, minutes=int(self.rng.choice([30, 45])),
                    staff=tech, channel="store")
            t += D(minutes=40)
        # ---- compression boots offer
        in_test = AB[0] <= slot <= AB[1]
        if in_test and "variant" not in c:
            c["variant"] = "bundle_price" if self.r() < 0.5 else "control"
            self.exps.append(dict(experiment_id="boots_bundle_2025", variant=c["variant"], customer_id=c["id"],
                                  assigned_at=slot, studio_id=c["studio"], visit_id=vid))
        p_offer = 1.0 if in_test else (0.55 if first else 0.25)
        if self.r() < p_offer:
            bundle = in_test and c.get("variant") == "bundle_price"
            offer = self.price(c, "boots_bundle" if bundle else "boots", slot)
            self.ev(c, t, "tp_upsell_offer", "offered", session_id=vid, offer_price=offer, staff=tech,
                    channel="store", offer="bundle" if bundle else "standard")
            if in_test:
                p_acc = 0.33 if bundle else 0.15
                if bundle and self.r() < 0.06:
                    res["pushy"] = True
            else:
                p_acc = 0.2 if first else 0.17
            if self.r() < p_acc:
                res["boots"] = True
                self.ev(c, t + D(minutes=3), "tp_boots", "completed", session_id=vid, minutes=20, staff=tech,
                        channel="store")
                self.order(c, t + D(minutes=3), "boots_addon", offer, channel="store", device=None,
                           payment_method=self.paymethod(c), visit_id=vid, plan=c["plan"], 会员方案=PLAN_ZH[c["plan"]])
        return res

    def visit_topic(self, c, ctx, first):
        if ctx.get("fault"):
            return "fault"
        if ctx.get("staff"):
            return "staff_noshow"
        if ctx.get("waiver_crash"):
            return "waiver" if self.r() < 0.7 else "ok"
        if ctx.get("late"):
            return "late_cancel" if self.r() < 0.6 else "ok"
        if ctx.get("pushy"):
            return "pushy"
        if ctx.get("boots") and self.r() < 0.45:
            return "boots"
        sid = c["studio"]
        w = {"recovery": 0.3, "friendly": 0.14, "ok": 0.3, "towel": 0.05, "price": 0.06, "booked_out": 0.02}
        if sid == "SZN":
            w["booked_out"] = 0.12
        if sid == "XMN":
            w["towel"] = 0.11
        if sid == "LAX":
            w["price"] = 0.09 if c["t0"] < LA_PRICE else 0.16
        if sid == "DXB" and DXB_HEAT[0] <= (c["last_visit"] or c["t0"]) <= DXB_HEAT[1]:
            w["ok"] = 0.4
        return self.pick(w)

    # ---------------------------------------------------------------- products
    def membership(self, c, tj, plan):
        if tj > END:
            return
        c["plan"] = plan
        c["segment"] = "member"
        kw = self.app_kw(c, tj)
        self.ev(c, tj, "tp_membership", "joined", plan=plan, 会员方案=PLAN_ZH[plan],
                price=self.price(c, plan, tj), **kw)
        t = tj
        months = 0
        sid = c["studio"]
        while t <= END:
            months += 1
            self.order(c, t, "membership_new" if months == 1 else "membership_renewal", self.price(c, plan, t),
                       channel="app", device=c["os"], payment_method=self.paymethod(c), plan=plan,
                       会员方案=PLAN_ZH[plan], billing_month=t.strftime("%Y-%m"))
            if self.r() < 0.0035:
                o = self.order(c, t + D(minutes=1), "membership_renewal", self.price(c, plan, t), channel="app",
                               device=c["os"], payment_method=self.paymethod(c), plan=plan, 会员方案=PLAN_ZH[plan],
                               billing_month=t.strftime("%Y-%m"), duplicate_charge=True)
                self.refund(c, t + D(days=2), o, "double_charge")
            # visits this month
            nxt = t + D(days=30)
            lam = (4.8 if plan == "unlimited" else 3.6) * (0.8 if sid == "LAX" else 1.0)
            nv = int(self.rng.poisson(lam))
            if plan == "eight":
                nv = min(nv, 8)
            ctx_month = dict(fault=False, staff=False, late=False)
            for vt in sorted(t + D(days=float(x)) for x in self.rng.uniform(0, 30, nv)):
                if vt > END:
                    break
                f = self.member_visit(c, vt, plan)
                for k in ctx_month:
                    ctx_month[k] = ctx_month[k] or f.get(k, False)
            # churn
            hz = 0.065
            reason = self.pick({"not_using": 0.35, "price": 0.22, "moved_away": 0.2, "injury": 0.08,
                                "service": 0.15})
            if sid == "LAX" and plan == "unlimited" and LA_PRICE <= nxt <= datetime(2025, 10, 15):
                hz = 0.2
                reason = "price" if self.r() < 0.75 else reason
            if sid == "DXB" and nxt.month in (6, 7, 8):
                hz = 0.11
                reason = "moved_away" if self.r() < 0.6 else reason
            if sid == "DXB" and DXB_HEAT[0] <= nxt <= DXB_HEAT[1] + D(days=20) and ctx_month["fault"]:
                hz = 0.22
                reason = "chamber_down" if self.r() < 0.7 else reason
            if sid == "XMN" and XMN_STAFF[0] <= nxt <= XMN_STAFF[1] + D(days=15):
                hz = 0.14
                reason = "service" if self.r() < 0.7 else reason
            if self.r() < hz and nxt <= END:
                tc = nxt - D(days=float(self.rng.uniform(0.5, 5)))
                self.ev(c, tc, "tp_member_cancel", "cancelled", plan=plan, 会员方案=PLAN_ZH[plan],
                        cancel_reason=reason, 退会原因=CANCEL_ZH[reason], months_active=months, **self.app_kw(c, tc))
                c["segment"] = "lapsed"
                c["plan_end"] = plan
                c["plan"] = "none"
                if months == 1 and reason in ("service", "chamber_down") and self.r() < 0.5:
                    o = [x for x in self.orders if x["customer_id"] == c["id"] and x["order_type"] == "membership_new"]
                    self.refund(c, tc + D(hours=1), o[-1], "not_satisfied")
                if self.r() < 0.12:
                    self.ticket(c, tc + D(hours=2), {"price": "price", "service": "staff_noshow" if sid == "XMN"
                                                     else "ok", "chamber_down": "fault"}.get(reason, "ok"),
                                "tp_member_cancel")
                return
            t = nxt

    def member_visit(self, c, vt, plan, pack=False):
        sid = c["studio"]
        flags = {}
        bt = vt - D(hours=float(self.rng.uniform(2, 96)))
        # wait-list at busy Nanshan slots (weekend mornings) and elsewhere rarely
        busy = sid == "SZN" and (bt.weekday() >= 5 or self.r() < 0.3)
        if self.r() < (0.32 if busy else 0.03):
            self.ev(c, bt, "tp_waitlist", "waitlisted", **self.app_kw(c, bt))
            if self.r() < 0.45:
                if self.r() < 0.04:
                    self.survey(c, bt + D(hours=3), "booked_out", None)
                return flags
            bt = bt + D(hours=float(self.rng.uniform(1, 10)))
            vt = max(vt, bt + D(hours=2))
        slot = datetime(vt.year, vt.month, vt.day, int(self.rng.choice([7, 8, 9, 12, 17, 18, 19, 20])),
                        int(self.rng.choice([0, 30])))
        if slot <= bt:
            slot = bt + D(hours=3)
        stype = self.pick({"cryo": 0.6, "infrared_sauna": 0.28, "combo": 0.12})
        self.n_bk += 1
        bk = f"B{self.n_bk:07d}"
        self.ev(c, bt, "tp_booking", "booked", booking_id=bk, session_type=stype, 疗程类型=SESSION_ZH[stype],
                slot_at=slot, plan=plan, 会员方案=PLAN_ZH[plan], **self.app_kw(c, bt))
        if self.r() < 0.1:
            lead_max = (slot - bt).total_seconds() / 3600
            lead = float(min(lead_max - 0.2, self.rng.exponential(22)))
            lead = max(lead, 0.2)
            tc = slot - D(hours=lead)
            limit = 12 if tc >= LATE_POLICY else 4
            late = lead < limit
            forfeit = late and plan != "unlimited"
            self.ev(c, tc, "tp_cancel", "cancelled", booking_id=bk, lead_hours=round(lead, 1), late_cancel=late,
                    credit_forfeited=forfeit, plan=plan, 会员方案=PLAN_ZH[plan], **self.app_kw(c, tc))
            if late:
                flags["late"] = True
                flags["used"] = forfeit
                if plan == "unlimited":
                    self.order(c, tc, "late_cancel_fee", self.price(c, "late_fee", tc), channel="app", device=c["os"],
                               payment_method=self.paymethod(c), plan=plan, 会员方案=PLAN_ZH[plan], booking_id=bk)
                p_c = 0.1 if tc >= LATE_POLICY else 0.03
                if self.r() < p_c:
                    self.ticket(c, tc + D(hours=1), "late_cancel", "tp_cancel")
            return flags
        if self.r() < 0.03:
            flags["used"] = True
            return flags
        if self.staff_noshow(c, slot, bk):
            flags["staff"] = True
            if self.r() < 0.18:
                self.survey(c, slot + D(hours=3), "staff_noshow", None)
            elif self.r() < 0.1:
                self.ticket(c, slot + D(hours=2), "staff_noshow", "tp_staff_noshow")
            return flags
        res = self.visit(c, slot, stype, bk=bk)
        flags.update(res)
        flags["used"] = True
        if self.r() < 0.045 or (res["fault"] and self.r() < 0.25):
            self.survey(c, slot + D(hours=float(self.rng.uniform(1, 30))), self.visit_topic(c, flags, first=False),
                        flags)
        return flags

    def pack(self, c, tj):
        if tj > END:
            return
        c["plan"] = "pack10"
        c["segment"] = "pack_holder"
        self.ev(c, tj, "tp_pack", "purchased", plan="pack10", 会员方案=PLAN_ZH["pack10"], credits=10,
                valid_until=(tj + D(days=90)).date(), price=self.price(c, "pack10", tj), **self.app_kw(c, tj))
        o = self.order(c, tj, "pack10", self.price(c, "pack10", tj), channel="app", device=c["os"],
                       payment_method=self.paymethod(c), plan="pack10", 会员方案=PLAN_ZH["pack10"])
        sid = c["studio"]
        rate = {"LAX": 5.0, "DXB": 6.8, "SZN": 8.2, "SZF": 8.0, "XMN": 7.6}[sid]  # expected visits in 90 days
        n = min(10, int(self.rng.poisson(rate)))
        used = 0
        for vt in sorted(tj + D(days=float(x)) for x in self.rng.uniform(1, 89, n)):
            if vt > END:
                return
            f = self.member_visit(c, vt, "pack10", pack=True)
            if f.get("used"):
                used += 1
        if self.r() < (0.06 if sid == "DXB" else 0.025):
            self.refund(c, tj + D(days=40), o, "moved_away")
            return
        exp = tj + D(days=90)
        if exp > END:
            return
        if used < 10:
            self.ev(c, exp, "tp_credit_expire", "expired", plan="pack10", 会员方案=PLAN_ZH["pack10"],
                    credits_lost=10 - used, channel="app")
            if self.r() < (0.2 if 10 - used >= 4 else 0.06):
                self.ticket(c, exp + D(days=float(self.rng.uniform(0.2, 5))), "expiry", "tp_credit_expire")
        if self.r() < (0.45 if used >= 8 else 0.12):
            self.pack(c, exp - D(days=float(self.rng.uniform(0, 10))))
        else:
            c["segment"] = "lapsed"
            c["plan_end"] = "pack10"
            c["plan"] = "none"

    def single(self, c, t):
        stype = self.pick({"cryo": 0.7, "infrared_sauna": 0.3})
        self.n_bk += 1
        bk = f"B{self.n_bk:07d}"
        bt = t - D(hours=float(self.rng.uniform(3, 72)))
        self.ev(c, bt, "tp_booking", "booked", booking_id=bk, session_type=stype, 疗程类型=SESSION_ZH[stype], slot_at=t,
                plan="none", 会员方案=PLAN_ZH["none"], **self.app_kw(c, bt))
        self.order(c, bt, "single", self.price(c, "single_cryo" if stype == "cryo" else "single_sauna", bt),
                   channel="app", device=c["os"], payment_method=self.paymethod(c), booking_id=bk, plan="none",
                   会员方案=PLAN_ZH["none"])
        if self.staff_noshow(c, t, bk):
            return
        res = self.visit(c, t, stype, bk=bk)
        if self.r() < 0.1:
            self.survey(c, t + D(hours=5), self.visit_topic(c, res, first=False), res)

    def refund(self, c, t, order, reason):
        if t > END:
            return
        kw = self.app_kw(c, t)
        self.ev(c, t, "tp_refund_request", "submitted", refund_reason=reason, 退款原因=REFUND_ZH[reason],
                order_no=order["order_id"], refund_amount=order["amount"], refund_amount_usd=order["amount_usd"], **kw)
        if reason == "not_satisfied" and self.r() < 0.45:
            self.ev(c, t + D(days=2), "tp_refund_request", "rejected", refund_reason=reason, 退款原因=REFUND_ZH[reason],
                    order_no=order["order_id"], channel="app")
            return
        days = max(0.3, float(self.rng.normal(9.5, 3.5)) if c["studio"] == "DXB" else float(self.rng.normal(2.4, 1.2)))
        tp = t + D(days=days)
        if tp > END:
            return
        self.ev(c, tp, "tp_refund_paid", "paid", refund_reason=reason, 退款原因=REFUND_ZH[reason],
                order_no=order["order_id"], refund_amount=order["amount"], refund_amount_usd=order["amount_usd"],
                days_to_refund=round(days, 1), channel="app")
        order["status"] = "refunded"
        order["refunded_at"] = tp
        if c["studio"] == "DXB" and days > 8 and self.r() < 0.35:
            self.ticket(c, t + D(days=7), "refund_slow", "tp_refund_request")

    # ---------------------------------------------------------------- feedback
    def add_fb(self, text, lang, topic, sentiment, channel, ts=None, c=None, sid=None, tp=None, rating=None, nps=None,
               **kw):
        self.n_fb += 1
        sid = sid or (c["studio"] if c else None)
        st = STUDIOS[sid]
        fid = f"F{self.n_fb:06d}"
        self.feedback.append(dict(feedback_id=fid, text=text, ts=ts, customer_id=c["id"] if c else None,
                                  touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang,
                                  studio_id=sid, studio_en=st["en"], 门店=st["zh"], city_en=st["city"],
                                  城市=st["city_zh"], **kw))
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sentiment, language=lang))

    def survey(self, c, ts, topic, ctx):
        if ts > END:
            return
        lang = c["lang"]
        text, sent = self.text(topic, lang, c["studio"])
        if sent == "negative":
            rating, nps = int(self.rng.choice([1, 2, 2, 3])), int(self.rng.choice([0, 1, 2, 3, 4, 5, 6]))
        elif sent == "positive":
            rating, nps = int(self.rng.choice([4, 5, 5, 5])), int(self.rng.choice([8, 9, 9, 10, 10]))
        else:
            rating, nps = int(self.rng.choice([3, 4, 4])), int(self.rng.choice([6, 7, 7, 8, 8, 9]))
        self.ev(c, ts, "tp_survey", "submitted", rating=rating, **self.app_kw(c, ts))
        tp = {"fault": "tp_chamber_fault", "staff_noshow": "tp_staff_noshow", "waiver": "tp_waiver",
              "late_cancel": "tp_cancel", "boots": "tp_boots", "pushy": "tp_upsell_offer", "booked_out": "tp_waitlist",
              "towel": "tp_checkin", "recovery": "tp_cryo", "friendly": "tp_checkin"}.get(topic)
        self.add_fb(text, lang, topic, sent, "post_session_survey", ts=ts, c=c, tp=tp, rating=rating, nps=nps,
                    plan=c["plan"])

    def ticket(self, c, ts, topic, tp):
        if ts > END:
            return
        sid = c["studio"]
        lang = c["lang"]
        ch = "wechat_cs" if STUDIOS[sid]["cur"] == "CNY" else ("whatsapp" if sid == "DXB" else "email")
        text, sent = self.text(topic, lang, sid)
        self.add_fb(text, lang, topic, sent, ch, ts=ts, c=c, tp=tp, plan=c["plan"])

    def public_feedback(self):
        """public reviews, app-store reviews and desk call notes (many undated)."""
        for sid, st in STUDIOS.items():
            cn = st["cur"] == "CNY"
            m = datetime(START.year, START.month, 1)
            while m <= END:
                nxt = datetime(m.year + (m.month == 12), m.month % 12 + 1, 1)
                lam = 9 if sid == "SZN" else 6
                if sid == "DXB" and DXB_HEAT[0] <= m <= DXB_HEAT[1]:
                    lam = 11  # angry reviews while the chamber overheats
                n = int(self.rng.poisson(lam))
                for _ in range(n):
                    ts = m + D(days=float(self.rng.uniform(0, (nxt - m).days)))
                    topic = self.public_topic(sid, ts)
                    lang = "zh" if cn or self.r() < 0.1 else "en"
                    text, sent = self.text(topic, lang, sid)
                    rating = self.stars(sent)
                    ch = "dianping" if cn else "google_review"
                    undated = (not cn) and self.r() < 0.18
                    self.add_fb(text, lang, topic, sent, ch, ts=None if undated else ts, sid=sid,
                                tp=None, rating=rating, likes=int(self.rng.poisson(4)))
                m = nxt
            # desk call notes, never dated
            for _ in range(int(self.rng.poisson(30))):
                topic = self.pick({"fault": 0.2, "staff_noshow": 0.15, "late_cancel": 0.15, "expiry": 0.15,
                                   "refund_slow": 0.1, "ok": 0.25})
                if topic == "staff_noshow" and sid != "XMN" and self.r() < 0.7:
                    topic = "ok"
                if topic == "fault" and sid != "DXB" and self.r() < 0.6:
                    topic = "ok"
                lang = "zh" if cn else "en"
                text, sent = self.text(topic, lang, sid)
                self.add_fb(text, lang, topic, sent, "call_note", ts=None, sid=sid)
        # app-store reviews (no customer; device and version)
        m = datetime(START.year, START.month, 1)
        while m <= END:
            nxt = datetime(m.year + (m.month == 12), m.month % 12 + 1, 1)
            bug = WAIVER_BUG[0] <= m + D(days=15) <= WAIVER_BUG[1] + D(days=10)
            for _ in range(int(self.rng.poisson(10 + (26 if bug else 0)))):
                ts = m + D(days=float(self.rng.uniform(0, (nxt - m).days)))
                dev = "android" if self.r() < 0.5 else "ios"
                if bug and WAIVER_BUG[0] <= ts < WAIVER_BUG[1] and dev == "android" and self.r() < 0.75:
                    topic = "waiver"
                else:
                    topic = self.pick({"app_ok": 0.35, "expiry": 0.15, "booked_out": 0.15, "late_cancel": 0.15,
                                       "ok": 0.2})
                    if topic == "late_cancel" and ts < LATE_POLICY and self.r() < 0.6:
                        topic = "app_ok"
                sid = self.pick({"SZN": 0.28, "SZF": 0.2, "XMN": 0.16, "DXB": 0.16, "LAX": 0.2})
                lang = "zh" if STUDIOS[sid]["cur"] == "CNY" else "en"
                text, sent = self.text(topic, lang, sid)
                self.add_fb(text, lang, topic, sent, "app_review", ts=ts, sid=sid, tp=None, rating=self.stars(sent),
                            device=dev, app_version=app_version(ts))
            m = nxt

    def public_topic(self, sid, ts):
        w = {"recovery": 0.22, "friendly": 0.14, "ok": 0.14, "boots": 0.06, "price": 0.08, "towel": 0.05,
             "booked_out": 0.03, "fault": 0.03, "staff_noshow": 0.02, "refund_slow": 0.01}
        if sid == "SZN":
            w["booked_out"] = 0.14
        if sid == "XMN":
            w["towel"] = 0.12
            if XMN_STAFF[0] <= ts <= XMN_STAFF[1] + D(days=10):
                w["staff_noshow"] = 0.5
        if sid == "DXB":
            w["refund_slow"] = 0.06
            if DXB_HEAT[0] <= ts <= DXB_HEAT[1]:
                w["fault"] = 1.1
        if sid == "LAX":
            w["price"] = 0.12 if ts < LA_PRICE else 0.26
        return self.pick(w)

    def stars(self, sent):
        if sent == "negative":
            return int(self.rng.choice([1, 1, 2, 2, 3]))
        if sent == "positive":
            return int(self.rng.choice([4, 5, 5, 5]))
        return int(self.rng.choice([3, 3, 4]))

    def text(self, topic, lang, sid):
        st = STUDIOS[sid]
        name = st["zh"] if lang == "zh" else st["en"]
        opts = TEXTS[topic][lang]
        s = opts[int(self.rng.integers(len(opts)))].format(s=name)
        return s, SENT[topic]

    # ---------------------------------------------------------------- write
    def write(self, out: Path):
        out.mkdir(parents=True, exist_ok=True)
        (out / "_truth").mkdir(exist_ok=True)
        wcsv(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                            channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
        wcsv(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                         step=k, touchpoint_id=tp, window_days=j[4])
                                    for j in JOURNEYS for k, tp in enumerate(j[3], 1)])
        cust = []
        spend = {}
        for o in self.orders:
            if o["status"] == "paid":
                spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + o["amount_usd"]
        for c in self.customers:
            st = STUDIOS[c["studio"]]
            seg = c["segment"]
            if seg == "intro_only" and c["visits"] == 0:
                seg = "booked_no_visit"
            cust.append(dict(customer_id=c["id"], signup_at=c["signup"], segment=seg, region=st["city_zh"],
                             city_en=st["city"], acquisition_channel=c["acq"], 获客渠道=ACQ_ZH[c["acq"]],
                             tier=c["plan"], 会员方案=PLAN_ZH[c["plan"]], home_studio_id=c["studio"],
                             home_studio=st["en"], 门店=st["zh"], gender=c["gender"], age_band=c["age"],
                             goal=c["goal"], phone_os=c["os"], language=c["lang"], visits=c["visits"],
                             last_visit_at=c["last_visit"], lifetime_usd=round(spend.get(c["id"], 0.0), 2)))
        wcsv(out / "customers.csv", cust)
        self.events.sort(key=lambda e: (e["ts"], e["event_id"]))
        wcsv(out / "events.csv", self.events, first=["event_id", "customer_id", "ts", "touchpoint_id", "action",
                                                     "session_id", "device", "channel"])
        self.orders.sort(key=lambda o: o["order_id"])
        wcsv(out / "orders.csv", self.orders, first=["order_id", "customer_id", "ts", "amount", "currency",
                                                     "amount_usd", "status", "order_type"])
        wcsv(out / "feedback.csv", self.feedback)
        wcsv(out / "_truth" / "feedback_truth.csv", self.truth)
        wcsv(out / "experiments.csv", self.exps)


def app_version(ts):
    if ts < datetime(2025, 3, 1):
        return "3.8.2"
    if ts < WAIVER_BUG[0]:
        return "4.1.5"
    if ts < WAIVER_BUG[1]:
        return "4.2.0"
    return "4.2.3" if ts < datetime(2026, 3, 1) else "4.3.1"


def fault_p(ch, t):
    if ch == "DXB-C2" and DXB_HEAT[0] <= t <= DXB_HEAT[1]:
        return 0.24
    if ch == "DXB-C1" and DXB_HEAT[0] <= t <= DXB_HEAT[1]:
        return 0.04
    return 0.008


def fault_code(g, ch, t):
    if ch.startswith("DXB") and DXB_HEAT[0] <= t <= DXB_HEAT[1]:
        return g.pick({"COMPRESSOR_OVERHEAT": 0.72, "N2_SUPPLY_LOW": 0.18, "DOOR_SEAL": 0.1})
    return g.pick({"N2_SUPPLY_LOW": 0.34, "DOOR_SEAL": 0.3, "SENSOR_ERROR": 0.36})


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, bool):
        return "true" if v else "false"
    return v


def wcsv(path, rows, first=()):
    cols = list(first)
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k)) for k in cols])


SENT = {"fault": "negative", "staff_noshow": "negative", "waiver": "negative", "late_cancel": "negative",
        "expiry": "negative", "refund_slow": "negative", "booked_out": "negative", "price": "negative",
        "towel": "negative", "pushy": "negative", "recovery": "positive", "boots": "positive",
        "friendly": "positive", "ok": "neutral", "app_ok": "positive"}
# topic markers (zh / en), each only in its own topic: 故障 / out of order; 技师没来 / therapist never showed;
# 免责 / waiver; 取消政策 / cancellation policy; 过期 / expired; 退款 / refund; 约不上 / fully booked; 太贵 / too expensive;
# 毛巾 / towel; 推销 / pushy; 恢复 / recovery; 压力靴 / compression boots; 热情 / friendly
TEXTS = {
    "fault": {
        "zh": ["到了{s}才说冷冻舱故障，白跑一趟。", "冷冻舱又故障了，换成桑拿也不是我想要的。",
               "这个月第三次碰到冷冻舱故障，设备能不能好好维护？", "舱门一直报错，前台说是故障要等工程师，体验很差。",
               "{s}的冷冻舱老是故障，夏天基本用不了。"],
        "en": ["Showed up at {s} and the chamber was out of order again.",
               "Chamber out of order for the third time this month. Fix your machines.",
               "Drove 30 minutes just to hear the cryo chamber is out of order. Not ok.",
               "The freeze chamber keeps going out of order in the heat, they offered sauna instead.",
               "Booked cryo, chamber out of order, nobody told me in advance."]},
    "staff_noshow": {
        "zh": ["到店了技师没来，前台说只能改约。", "约好的时间技师没来，等了二十分钟被取消。",
               "{s}最近老是技师没来，预约形同虚设。", "第二次遇到技师没来了，人手这么缺吗？"],
        "en": ["Got there on time and the therapist never showed. Session cancelled on the spot.",
               "Second time the therapist never showed at {s}. Are you short staffed?",
               "Waited 20 min, therapist never showed, front desk just shrugged."]},
    "waiver": {
        "zh": ["App里签免责声明一直闪退，签不了名。", "免责声明签名那一页卡死，安卓手机根本过不去。",
               "首次到店要签免责，App崩了好几次，最后只能到前台填纸质的。", "新版本免责协议签不了，白白浪费体验名额。"],
        "en": ["App crashes on the waiver signature page. Android, latest version.",
               "Couldn't sign the waiver in the app, kept crashing, gave up.",
               "The first-visit waiver screen freezes every time I try to sign. Fix it.",
               "Waiver page broken on my Pixel, had to do paper at the desk."]},
    "late_cancel": {
        "zh": ["新的取消政策太苛刻了，提前十小时取消也算迟取消扣次数。", "取消政策改成12小时都没通知，莫名其妙被扣了一次。",
               "临时加班取消，按取消政策被扣费，不太合理。", "取消政策能不能人性化一点？"],
        "en": ["The new cancellation policy is ridiculous, 12 hours notice for a 3 minute session?",
               "Got charged a late fee because of the cancellation policy change nobody told me about.",
               "Lost a credit for cancelling 8 hours ahead. The cancellation policy is too strict.",
               "Cancellation policy is way too harsh for people with real jobs."]},
    "expiry": {
        "zh": ["十次卡90天就过期，还剩4次全作废了。", "次数过期前没有任何提醒，太坑了。",
               "课包过期太快了，出差一个月回来就没了。", "剩下的次数过期了，能不能延期？"],
        "en": ["My pack expired with 4 sessions left. No reminder at all.",
               "90 days is too short, credits expired while I was travelling.",
               "Class pack expired before I could use it, please extend.",
               "Credits expired without a single notification, why?"]},
    "refund_slow": {
        "zh": ["申请退款快两周了还没到账。", "退款一直显示处理中，客服也不回。", "退款流程太慢了，{s}能不能快点？"],
        "en": ["Still waiting on my refund after 12 days.", "Refund takes forever at {s}, bank transfer my foot.",
               "Asked for a refund two weeks ago, nothing yet. WhatsApp replies are copy paste."]},
    "booked_out": {
        "zh": ["周末早上根本约不上，永远在候补。", "{s}会员太多了，晚上七点的时段约不上。", "办了月卡却总是约不上，有什么意义？",
               "约不上就算了，候补也从来轮不到。"],
        "en": ["Weekend mornings are always fully booked.", "Evening slots fully booked days ahead at {s}.",
               "Paying for unlimited but everything is fully booked."]},
    "price": {
        "zh": ["效果还行，就是太贵了。", "单次198有点太贵了，办卡也不便宜。", "涨价之后太贵了，考虑退了。"],
        "en": ["Great place but too expensive for what it is.", "Too expensive after the price hike.",
               "Love it but honestly too expensive to keep going weekly."]},
    "towel": {
        "zh": ["更衣室的毛巾有味道，洗得不干净。", "毛巾不够用，前台说洗衣房没送来。", "{s}毛巾又湿又旧，该换了。"],
        "en": ["Towels smelled musty in the changing room.", "Ran out of towels again at {s}.",
               "Towel situation needs work, damp and thin."]},
    "pushy": {
        "zh": ["每次来都被推销压力腿套，有点烦。", "前台推销太频繁了，我只想安静做完冷疗。"],
        "en": ["Staff are a bit pushy with the add-on every single visit.", "Felt pushy, I said no twice to the upsell."]},
    "recovery": {
        "zh": ["跑完马拉松第二天来做，恢复得特别快。", "冷疗对肌肉恢复真的有用，腿不酸了。", "练完腿来一次，恢复效果明显，推荐。",
               "{s}环境不错，恢复效果很好。"],
        "en": ["Recovery after long runs is noticeably faster.", "Huge help for recovery after CrossFit.",
               "Three minutes of cold and my recovery is so much better.", "Best recovery spot on the west side, {s} rocks."]},
    "boots": {
        "zh": ["加了压力靴，腿一下子轻松了，值得。", "压力靴太舒服了，下次还加。", "冷疗+压力靴的组合绝了。"],
        "en": ["Added the compression boots, legs felt brand new.", "The compression boots are worth every cent.",
               "Compression boots after cryo is my new ritual."]},
    "friendly": {
        "zh": ["技师很热情，第一次来讲解得很清楚。", "前台小姐姐很热情，全程都很照顾。", "{s}的服务很热情，环境干净。"],
        "en": ["Super friendly team, explained everything on my first visit.", "Friendly staff at {s}, clean studio.",
               "Front desk was friendly and quick."]},
    "ok": {
        "zh": ["还可以，没有特别的感觉。", "体验一般，再观察看看。", "整体不错，就是停车不太方便。", "第一次来，感觉挺新奇的。"],
        "en": ["It was fine.", "Interesting experience, not sure yet.", "Decent, parking is a pain though.",
               "Okay overall, nothing special."]},
    "app_ok": {
        "zh": ["App约课很方便，界面清楚。", "用App预约挺顺手的。"],
        "en": ["Booking in the app is quick and easy.", "Clean app, booking takes seconds."]},
}


def main() -> int:
    out = Path(sys.argv[1])
    g = G()
    g.run()
    g.write(out)
    print(f"customers {len(g.customers)}, events {len(g.events)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}, experiments {len(g.exps)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
