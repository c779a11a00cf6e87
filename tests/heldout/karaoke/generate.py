"""唱吧KTV SingBox: karaoke-room chain in Changsha, Chongqing, Taipei, Kuala Lumpur and Manila,
2024-10-01 .. 2026-08-31 (synthetic, written blind).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (the generator's topic / sentiment / language per comment; not a DATA.md table).
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import bisect
import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
START = datetime(2024, 10, 1)
END = datetime(2026, 8, 31, 23, 59, 59)
D = timedelta

GYQ_FAULT = (datetime(2025, 7, 1), datetime(2025, 10, 8))      # 观音桥: new SoundKing SK-M8 mixers fail
GYQ_MIXER_IN = datetime(2025, 6, 20)                            # installed here; replaced from GYQ_FAULT[1]
TP_BILLING = datetime(2025, 10, 1)                              # Taipei: overtime billed per started 30 min
KL_PAY_BUG = (datetime(2026, 3, 2), datetime(2026, 4, 24))      # KL Android app 3.8.0: FPX redirect timeout
JFX_CLOSED = (datetime(2026, 1, 10), datetime(2026, 3, 16))     # 解放西店 closed for renovation
JFX_ANNOUNCED = datetime(2026, 1, 3)
MN_XMAS = (datetime(2025, 11, 10), datetime(2026, 1, 1))        # Manila party rooms fully booked
AB = (datetime(2026, 1, 5), datetime(2026, 5, 1))               # topup_bonus_2026: members joining in this range
KL_MV_OPEN = datetime(2025, 6, 1)
CNY_DAY = [datetime(2025, 1, 29), datetime(2026, 2, 17)]
RAMADAN = [(datetime(2025, 3, 1), datetime(2025, 3, 31)), (datetime(2026, 2, 18), datetime(2026, 3, 20))]

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "marketing",
     "广告|抖音广告|小红书广告|投流|信息流|ad|Facebook ad|Instagram ad|TikTok ad|paid social"),
    ("tp_listing_view", "平台门店页浏览", "Listing page view", "awareness", "other", "digital", "marketing",
     "美团|大众点评|点评|门店页|店铺页|Google Maps|谷歌地图|地图|listing|store page|Maps listing"),
    ("tp_room_browse", "查看房态选房", "Room availability browse", "consideration", "mini_program", "digital",
     "digital product", "选房|房态|查房|订房页|小程序|App订房|看房型|room availability|browse rooms|booking page|"
     "room search"),
    ("tp_package_view", "套餐详情", "Package deal view", "consideration", "mini_program", "digital", "digital product",
     "套餐|团购|团购券|优惠套餐|学生票|通宵套餐|package|package deal|happy hour deal|promo|bundle"),
    ("tp_party_inquiry", "派对包场咨询", "Party enquiry", "consideration", "phone", "digital", "events team",
     "派对咨询|团建咨询|生日派对|包场|公司年会|大包预订|party enquiry|party inquiry|group booking|team building|"
     "birthday party|company party|Christmas party"),
    ("tp_party_quote", "派对方案报价", "Party quote", "consideration", "phone", "digital", "events team",
     "报价|派对方案|团建方案|套餐方案|quote|party quote|proposal|party package offer"),
    ("tp_party_deposit", "派对定金", "Party deposit paid", "purchase", "mini_program", "digital", "events team",
     "定金|派对定金|付定金|订金|deposit|party deposit|downpayment|down payment"),
    ("tp_booking_submit", "提交预订", "Booking submitted", "purchase", "mini_program", "digital", "digital product",
     "下单|提交订单|预订|订房|booking|reservation|book a room|place booking"),
    ("tp_booking_pay", "预订支付成功", "Booking paid", "purchase", "mini_program", "digital", "payments",
     "付款|支付|预付|付房费|payment|paid booking|pay|checkout payment"),
    ("tp_payment_error", "支付失败", "Payment failed", "purchase", "mini_program", "digital", "payments",
     "支付失败|付款失败|扣款失败|付不了款|payment failed|payment error|failed payment|declined|FPX error"),
    ("tp_booking_cancel", "取消预订", "Booking cancelled", "purchase", "mini_program", "digital", "digital product",
     "取消|退订|取消订单|cancel|cancellation|cancelled booking"),
    ("tp_checkin", "到店签到", "Front-desk check-in", "service", "store", "physical", "store ops",
     "到店|签到|前台|开房|散客|walk-in|check in|check-in|arrival|front desk"),
    ("tp_room_session", "开台欢唱", "Room session", "service", "store", "physical", "store ops",
     "开台|开唱|包厢|包房|唱歌|欢唱|room|karaoke room|session|singing"),
    ("tp_fnb_order", "包厢点单", "In-room food & drinks order", "service", "store", "physical", "F&B",
     "点单|酒水|小吃|果盘|啤酒|扫码点单|F&B|food and drinks|drinks order|beer bucket|bar order"),
    ("tp_room_fault", "包厢故障报修", "Room fault report", "service", "store", "physical", "engineering",
     "报修|故障|音响坏|麦克风|话筒|没声音|点歌机|空调|room fault|mic broken|sound problem|equipment fault"),
    ("tp_overtime", "超时续钟", "Overtime / extension", "service", "store", "physical", "store ops",
     "超时|续钟|加钟|续唱|超时费|overtime|extension|extend|extra time|overtime charge"),
    ("tp_checkout", "结账离店", "Checkout", "service", "store", "physical", "store ops",
     "结账|买单|埋单|离店|check out|checkout|bill|settle the bill"),
    ("tp_refund", "退款", "Refund", "service", "phone", "digital", "customer service",
     "退款|退钱|退费|储值退款|refund|money back|reimbursement"),
    ("tp_member_join", "办理会员", "Membership sign-up", "loyalty", "mini_program", "digital", "CRM",
     "入会|办会员|会员卡|开卡|注册会员|membership|member sign-up|join membership|loyalty card"),
    ("tp_topup", "储值充值", "Stored-value top-up", "loyalty", "store", "physical", "CRM",
     "充值|储值|充卡|充钱|会员充值|top-up|top up|reload|stored value|load wallet"),
    ("tp_sv_payment", "储值消费", "Paid with stored value", "loyalty", "store", "physical", "CRM",
     "储值支付|会员卡扣款|余额支付|用储值|pay with balance|stored-value payment|card balance"),
    ("tp_review", "发布评价", "Review posted", "loyalty", "other", "digital", "brand",
     "评价|点评|写评价|好评|差评|Google review|review|rating|star rating"),
]

JOURNEYS = [
    ("online_booking", "线上订房到店", "Online booking to check-in",
     ["tp_room_browse", "tp_booking_submit", "tp_booking_pay", "tp_checkin"], 7),
    ("party_booking", "派对包场预订", "Party booking",
     ["tp_party_inquiry", "tp_party_quote", "tp_party_deposit", "tp_checkin"], 30),
    ("member_stored_value", "会员储值", "Membership & stored value",
     ["tp_member_join", "tp_topup", "tp_sv_payment"], 60),
]

# id, zh, en, city, 城市, country, currency, usd, base visits/day, walk-in share, party inquiries/day
VENUES = [
    ("CS-JFX", "长沙解放西店", "Changsha Jiefang West", "changsha", "长沙", "CN", "CNY", 0.14, 1.9, 0.22, 0.26),
    ("CS-IFS", "长沙国金中心店", "Changsha IFS", "changsha", "长沙", "CN", "CNY", 0.14, 1.5, 0.18, 0.24),
    ("CQ-JFB", "重庆解放碑店", "Chongqing Jiefangbei", "chongqing", "重庆", "CN", "CNY", 0.14, 1.7, 0.22, 0.25),
    ("CQ-GYQ", "重庆观音桥店", "Chongqing Guanyinqiao", "chongqing", "重庆", "CN", "CNY", 0.14, 1.8, 0.20, 0.25),
    ("TP-XMD", "台北西门町店", "Taipei Ximending", "taipei", "台北", "TW", "TWD", 0.031, 1.5, 0.30, 0.22),
    ("TP-XY", "台北信义店", "Taipei Xinyi", "taipei", "台北", "TW", "TWD", 0.031, 1.2, 0.28, 0.24),
    ("KL-BB", "吉隆坡武吉免登店", "Kuala Lumpur Bukit Bintang", "kuala_lumpur", "吉隆坡", "MY", "MYR", 0.22, 1.6, 0.25,
     0.22),
    ("KL-MV", "吉隆坡谷中城店", "Kuala Lumpur Mid Valley", "kuala_lumpur", "吉隆坡", "MY", "MYR", 0.22, 1.4, 0.25, 0.20),
    ("MN-BGC", "马尼拉BGC店", "Manila BGC", "manila", "马尼拉", "PH", "PHP", 0.018, 1.3, 0.32, 0.36),
    ("MN-MOA", "马尼拉亚洲商场店", "Manila Mall of Asia", "manila", "马尼拉", "PH", "PHP", 0.018, 1.5, 0.36, 0.38),
]
V = {v[0]: v for v in VENUES}
CITY_VENUES = {}
for _v in VENUES:
    CITY_VENUES.setdefault(_v[3], []).append(_v[0])
CITY_EN = dict(changsha="Changsha", chongqing="Chongqing", taipei="Taipei", kuala_lumpur="Kuala Lumpur",
               manila="Manila")

# evening hourly room rate in local currency by room size
RATE = dict(CNY=dict(mini=48, small=78, medium=118, large=168, party=268),
            TWD=dict(mini=280, small=420, medium=620, large=880, party=1400),
            MYR=dict(mini=28, small=45, medium=70, large=100, party=160),
            PHP=dict(mini=350, small=550, medium=850, large=1200, party=2000))
DAYPART_MULT = dict(afternoon=0.55, evening=1.0, late_night=0.8)
FNB_AVG = dict(CNY=150, TWD=850, MYR=85, PHP=1200)
TOPUP_TIERS = dict(CNY=[300, 500, 1000, 2000], TWD=[2000, 3000, 5000, 10000], MYR=[200, 300, 500, 1000],
                   PHP=[3000, 5000, 8000, 15000])
OT_UNIT = dict(CN=15, TW=15, MY=30, PH=30)
ROOM_ZH = dict(mini="迷你包", small="小包", medium="中包", large="大包", party="派对房")
DAYPART_ZH = dict(afternoon="下午场", evening="黄金场", late_night="深夜场")
OCC_ZH = dict(friends="朋友聚会", birthday="生日", team_building="团建", date="约会", family="家庭聚会", solo="一人K歌",
              company_party="公司派对")
CHANNEL_ZH = dict(meituan="美团/大众点评", wechat_mini_program="微信小程序", douyin="抖音", walk_in="到店散客",
                  referral="朋友推荐", google_maps="谷歌地图", facebook="Facebook", instagram="Instagram")
TIER_ZH = dict(non_member="非会员", silver="银卡", gold="金卡", diamond="钻石卡")
FAULT_ZH = dict(sound="音响/麦克风", screen="点歌屏", song_system="点歌系统", aircon="空调", lighting="灯光")
RES_ZH = dict(fixed="现场修复", room_changed="换包厢", unresolved="未解决")
REFUND_ZH = dict(customer_cancel="顾客取消", room_fault="包厢故障", store_closure="门店装修停业", duplicate_charge="重复扣款",
                 party_cancel="派对取消")
PAY_ZH = dict(wechat_pay="微信支付", alipay="支付宝", meituan_voucher="美团券", cash="现金", card="银行卡",
              line_pay="LINE Pay", jkopay="街口支付", fpx="FPX网银", touch_n_go="Touch 'n Go", gcash="GCash",
              maya="Maya", stored_value="储值卡")
ORDER_ZH = dict(room_fee="包厢费", package="套餐", party_deposit="派对定金", party_balance="派对尾款", fnb="酒水小食",
                overtime="超时费", topup="会员储值", sv_refund="储值退款")
GENDER_ZH = dict(female="女", male="男")
# package code -> (zh, en, daypart, hours, price factor vs hours x rate, includes drinks)
PACKAGES = {
    "AFT3": ("午间欢唱3小时", "Afternoon 3-hour deal", "afternoon", 3, 0.80, False),
    "STU": ("学生特惠", "Student deal", "afternoon", 3, 0.60, False),
    "GOLD4": ("黄金档4小时含酒水", "Prime-time 4 hours + drinks", "evening", 4, 1.25, True),
    "NIGHT": ("通宵畅唱", "Sing-all-night", "late_night", 6, 0.55, False),
    "BDAY": ("生日派对套餐", "Birthday party package", None, 4, 1.45, True),
    "TEAM": ("团建套餐", "Team party package", None, 4, 1.40, True),
}


class Gen:
    def __init__(self):
        self.rng = np.random.default_rng(SEED)
        self.events: list[dict] = []
        self.orders: list[dict] = []
        self.feedback: list[dict] = []
        self.truth: list[tuple] = []
        self.customers: dict[str, dict] = {}
        self.cust_order: list[str] = []
        self.pool: dict[str, list] = {v[0]: [] for v in VENUES}       # customer ids
        self.cum: dict[str, list] = {v[0]: [] for v in VENUES}        # cumulative weights
        self.n_ev = self.n_ord = self.n_fb = self.n_book = 0
        self.experiments: list[dict] = []

    # ---------- helpers ----------
    def r(self):
        return self.rng.random()

    def pick(self, opts, p=None):
        if p is None:
            return opts[int(self.r() * len(opts))]
        x = self.r() * sum(p)
        for o, w in zip(opts, p):
            x -= w
            if x < 0:
                return o
        return opts[-1]

    def vcols(self, vid):
        v = V[vid]
        return dict(venue_id=vid, venue=v[1], venue_en=v[2], city=v[3], 城市=v[4], country=v[5])

    def ev(self, cid, ts, tp, action, vid, **kw):
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=cid, ts=ts, touchpoint_id=tp, action=action)
        if vid:
            row.update(self.vcols(vid))
        row.update({k: v for k, v in kw.items() if v is not None})
        self.events.append(row)
        return row

    def order(self, cid, ts, amount, otype, vid, status="paid", **kw):
        self.n_ord += 1
        cur = V[vid][6]
        row = dict(order_id=f"O{self.n_ord:07d}", customer_id=cid, ts=ts, amount=round(float(amount), 2),
                   status=status, order_type=otype, 订单类型=ORDER_ZH[otype], currency=cur,
                   amount_usd=round(float(amount) * V[vid][7], 2))
        row.update(self.vcols(vid))
        row.update({k: v for k, v in kw.items() if v is not None})
        if "pay_method" in row:
            row["支付方式"] = PAY_ZH[row["pay_method"]]
        self.orders.append(row)
        return row

    # ---------- customers ----------
    def new_customer(self, vid, ts, how):
        v = V[vid]
        cid = f"C{len(self.cust_order) + 1:06d}"
        country = v[5]
        if country == "CN":
            acq = how if how in ("meituan", "wechat_mini_program", "walk_in") else None
            if acq is None or self.r() < 0.3:
                acq = self.pick(["meituan", "wechat_mini_program", "douyin", "walk_in", "referral"],
                                [0.34, 0.24, 0.17, 0.14, 0.11])
            lang = "zh-CN"
        else:
            acq = how if how in ("google_maps", "walk_in") else None
            if acq is None or self.r() < 0.35:
                fb = 0.48 if country == "PH" else 0.18
                acq = self.pick(["google_maps", "facebook", "instagram", "walk_in", "referral"],
                                [0.32, fb, 0.12, 0.24, 0.14])
            lang = dict(TW=self.pick(["zh-TW", "en"], [0.85, 0.15]), MY=self.pick(["en", "zh-CN", "ms"], [0.5, 0.3, 0.2]),
                        PH=self.pick(["en", "tl"], [0.7, 0.3]))[country]
        gender = self.pick(["female", "male"], [0.54, 0.46])
        age = self.pick(["18-24", "25-34", "35-44", "45+"], [0.38, 0.36, 0.17, 0.09])
        student = age == "18-24" and self.r() < 0.55
        os_ = self.pick(["ios", "android"], [0.45, 0.55] if country in ("CN", "TW") else [0.35, 0.65])
        c = dict(customer_id=cid, signup_at=ts if how != "walk_in" or self.r() < 0.55 else None,
                 acquisition_channel=acq, 获客渠道=CHANNEL_ZH[acq], region=CITY_EN[v[3]], 城市=v[4], country=country,
                 home_venue_id=vid, home_venue=v[1], home_venue_en=v[2], gender=gender, 性别=GENDER_ZH[gender],
                 age_band=age, student=student, language=lang, phone_os=os_,
                 birthday_month=int(self.rng.integers(1, 13)), wechat_bound=(country == "CN" and self.r() < 0.8) or None,
                 # state
                 member=False, joined_at=None, balance=0.0, topped=0.0, visits=0, first_visit=None, last_visit=None,
                 variant=None, weight=float(self.rng.lognormal(0, 1.0)), ab_assigned=None, tier_pts=0)
        self.customers[cid] = c
        self.cust_order.append(cid)
        self.add_pool(vid, cid, c["weight"])
        return cid

    def add_pool(self, vid, cid, w):
        self.pool[vid].append(cid)
        prev = self.cum[vid][-1] if self.cum[vid] else 0.0
        self.cum[vid].append(prev + w)

    def boost(self, cid, factor):
        c = self.customers[cid]
        add = c["weight"] * (factor - 1)
        c["weight"] *= factor
        self.add_pool(c["home_venue_id"], cid, add)   # extra ticket in the pool

    def choose_customer(self, vid, ts, how, p_new):
        pool = self.pool[vid]
        if len(pool) < 30 or self.r() < p_new:
            return self.new_customer(vid, ts, how)
        if self.r() < 0.08:
            sib = [x for x in CITY_VENUES[V[vid][3]] if x != vid and self.pool[x]]
            if sib:
                vid = sib[0]
        cum = self.cum[vid]
        i = bisect.bisect_left(cum, self.r() * cum[-1])
        return self.pool[vid][min(i, len(cum) - 1)]

    # ---------- demand ----------
    def factor(self, vid, d):
        v = V[vid]
        if vid == "KL-MV" and d < KL_MV_OPEN:
            return 0.0
        if vid == "CS-JFX" and JFX_CLOSED[0] <= d < JFX_CLOSED[1]:
            return 0.0
        f = [0.75, 0.75, 0.8, 0.9, 1.35, 1.7, 1.15][d.weekday()]
        f *= 1.0 + 0.25 * (d - START).days / (END - START).days
        country = v[5]
        for cny in CNY_DAY:
            if -2 <= (d - cny).days <= 8:
                f *= dict(CN=2.0, TW=1.4, MY=1.3, PH=1.0)[country]
        if country == "CN" and d.month in (7, 8):
            f *= 1.35
        if country == "TW" and d.month in (7, 8):
            f *= 1.1
        if country == "PH":
            f *= {12: 1.9, 11: 1.35, 9: 1.15, 10: 1.15, 1: 0.9}.get(d.month, 1.0)
        if country == "MY":
            for a, b in RAMADAN:
                if a <= d <= b:
                    f *= 0.85
            if d.month == 12:
                f *= 1.2
        if vid == "KL-MV" and d < KL_MV_OPEN + D(days=60):
            f *= 0.7
        if vid == "CS-JFX" and JFX_CLOSED[1] <= d < JFX_CLOSED[1] + D(days=45):
            f *= 1.3   # re-opening promotion
        return f

    # ---------- visit attributes ----------
    def visit_shape(self, vid, d, party=False):
        country = V[vid][5]
        if party:
            occ = self.pick(["birthday", "team_building", "company_party"], [0.5, 0.3, 0.2])
            size = int(self.rng.integers(8, 31))
        else:
            occ = self.pick(["friends", "birthday", "team_building", "date", "family", "solo"],
                            [0.47, 0.11, 0.07, 0.09, 0.17 if d.month in (1, 2) else 0.12, 0.09])
            size = dict(friends=self.rng.integers(3, 9), birthday=self.rng.integers(4, 12),
                        team_building=self.rng.integers(6, 16), date=2, family=self.rng.integers(3, 8),
                        solo=1)[occ]
            size = int(size)
        room = "mini" if size <= 2 else "small" if size <= 4 else "medium" if size <= 8 else \
            "large" if size <= 15 else "party"
        if party:
            dp = self.pick(["afternoon", "evening", "late_night"], [0.15, 0.75, 0.10])
        else:
            late = 0.3 if country == "PH" else 0.2
            aft = 0.36 if d.weekday() >= 5 else 0.30
            if V[vid][3] == "changsha" and d.month in (7, 8):
                aft = 0.45
            dp = self.pick(["afternoon", "evening", "late_night"], [aft, 1 - aft - late, late])
        pkg = None
        if party:
            pkg = "BDAY" if occ == "birthday" else "TEAM"
        else:
            r = self.r()
            if dp == "afternoon":
                stud = 0.0 if country in ("MY", "PH") else (0.7 if V[vid][3] == "changsha" and d.month in (7, 8)
                                                           else 0.16)
                if r < stud:
                    pkg = "STU"
                elif r < stud + 0.40:
                    pkg = "AFT3"
            elif dp == "evening":
                if r < 0.28:
                    pkg = "GOLD4"
                elif occ == "birthday" and r < 0.55:
                    pkg = "BDAY"
            else:
                if r < 0.55:
                    pkg = "NIGHT"
        hours = PACKAGES[pkg][3] if pkg else int(self.pick([2, 3, 4], [0.35, 0.45, 0.20]))
        if dp == "afternoon":
            hour = int(self.rng.integers(12, 17))
        elif dp == "evening":
            hour = int(self.rng.integers(18, 23))
        else:
            hour = 23
        start = d.replace(hour=hour, minute=int(self.pick([0, 15, 30, 45])))
        if dp == "late_night" and self.r() < 0.5:
            start += D(minutes=60)
        return dict(occasion=occ, party_size=size, room_size=room, daypart=dp, package=pkg, hours=hours,
                    slot=start)

    def room_price(self, vid, shape):
        cur = V[vid][6]
        rate = RATE[cur][shape["room_size"]] * DAYPART_MULT[shape["daypart"]]
        pkg = shape["package"]
        if pkg:
            p = rate * shape["hours"] * PACKAGES[pkg][4]
        else:
            p = rate * shape["hours"]
        return round(p / (1 if cur in ("CNY", "MYR") else 10)) * (1 if cur in ("CNY", "MYR") else 10)

    def shape_cols(self, shape):
        pkg = shape["package"]
        return dict(room_size=shape["room_size"], 包厢类型=ROOM_ZH[shape["room_size"]], daypart=shape["daypart"],
                    时段=DAYPART_ZH[shape["daypart"]], party_size=shape["party_size"], occasion=shape["occasion"],
                    场合=OCC_ZH[shape["occasion"]], hours_booked=shape["hours"], package_code=pkg,
                    package=PACKAGES[pkg][1] if pkg else None, 套餐=PACKAGES[pkg][0] if pkg else None)

    def online_channel(self, vid, cid):
        country = V[vid][5]
        c = self.customers[cid]
        if country == "CN":
            ch = self.pick(["mini_program", "meituan"], [0.6, 0.4])
        else:
            ch = self.pick(["app", "web", "google"], [0.58, 0.24, 0.18])
        if ch == "web":
            dev = self.pick(["pc", c["phone_os"]], [0.4, 0.6])
        else:
            dev = c["phone_os"]
        return ch, dev

    def app_version(self, ts, ch):
        if ch == "app":
            if ts < datetime(2025, 5, 12):
                return "3.6.2"
            if ts < datetime(2025, 11, 3):
                return "3.7.0"
            if ts < KL_PAY_BUG[0]:
                return "3.7.4"
            if ts < KL_PAY_BUG[1]:
                return "3.8.0"
            return "3.8.1"
        if ch == "mini_program":
            return "5.2" if ts < datetime(2025, 9, 1) else "5.3"
        return None

    def pay_method_online(self, vid, ch):
        country = V[vid][5]
        if ch == "meituan":
            return "meituan_voucher"
        if country == "CN":
            return self.pick(["wechat_pay", "alipay"], [0.8, 0.2])
        if country == "TW":
            return self.pick(["card", "line_pay", "jkopay"], [0.5, 0.35, 0.15])
        if country == "MY":
            return self.pick(["fpx", "card", "touch_n_go"], [0.6, 0.25, 0.15])
        return self.pick(["gcash", "maya", "card"], [0.6, 0.2, 0.2])

    def pay_method_store(self, vid):
        country = V[vid][5]
        if country == "CN":
            return self.pick(["wechat_pay", "alipay", "cash"], [0.7, 0.25, 0.05])
        if country == "TW":
            return self.pick(["card", "line_pay", "cash"], [0.45, 0.3, 0.25])
        if country == "MY":
            return self.pick(["card", "touch_n_go", "cash"], [0.5, 0.3, 0.2])
        return self.pick(["gcash", "card", "cash"], [0.45, 0.3, 0.25])

    # ---------- simulation ----------
    def run(self):
        d = START
        while d <= END:
            for v in VENUES:
                vid = v[0]
                f = self.factor(vid, d)
                if f <= 0:
                    continue
                lam = v[8] * f
                n_online = self.rng.poisson(lam * (1 - v[9]) * 2.55)
                n_walk = self.rng.poisson(lam * v[9])
                for _ in range(n_online):
                    self.online_intent(vid, d)
                for _ in range(n_walk):
                    self.walk_in(vid, d)
                pf = v[10] * (3.0 if v[5] == "PH" and d.month == 12 else 1.8 if v[5] == "PH" and d.month == 11
                              else 1.0) * (1.0 + 0.4 * (d.weekday() >= 5))
                for _ in range(self.rng.poisson(pf)):
                    self.party_inquiry(vid, d)
            d += D(days=1)
        self.closure_refunds()
        self.unlinked_feedback()

    def online_intent(self, vid, d):
        shape = self.visit_shape(vid, d)
        slot = shape["slot"]
        r = self.r()
        lead = D(hours=float(self.rng.uniform(0.5, 8))) if r < 0.6 else \
            D(hours=float(self.rng.uniform(20, 72))) if r < 0.9 else D(hours=float(self.rng.uniform(80, 140)))
        t = slot - lead
        if t < START:
            return
        cid = self.choose_customer(vid, t, "intent", 0.38)
        c = self.customers[cid]
        if c["signup_at"] is None:
            c["signup_at"] = t
        ch, dev = self.online_channel(vid, cid)
        self.n_book += 1
        bk = f"BK{self.n_book:07d}"
        country = V[vid][5]
        base = dict(session_id=bk, channel=ch, device=dev, app_version=self.app_version(t, ch))
        if self.r() < 0.16:
            plat = "douyin" if country == "CN" else self.pick(["facebook", "instagram", "tiktok"], [0.5, 0.3, 0.2])
            self.ev(cid, t - D(minutes=float(self.rng.uniform(3, 600))), "tp_ad_click", "click", vid,
                    channel="ads", device=dev, ad_platform=plat,
                    campaign=self.pick(["summer_sing", "weekday_afternoon", "birthday_month", "new_store"]))
        if ch in ("meituan", "google") or self.r() < 0.12:
            plat = ("dianping" if self.r() < 0.35 else "meituan") if country == "CN" else "google_maps"
            self.ev(cid, t - D(minutes=float(self.rng.uniform(1, 30))), "tp_listing_view", "view", vid,
                    channel=ch if ch in ("meituan", "google") else "other", device=dev, platform=plat)
        n_b = 1 + (self.r() < 0.35) + (self.r() < 0.12)
        for i in range(n_b):
            self.ev(cid, t + D(minutes=2 * i), "tp_room_browse", "view", vid, **base,
                    room_size=shape["room_size"], 包厢类型=ROOM_ZH[shape["room_size"]], slot_date=slot.date().isoformat())
        t += D(minutes=2 * n_b)
        if shape["package"] or self.r() < 0.25:
            self.ev(cid, t + D(seconds=40), "tp_package_view", "view", vid, **base,
                    package_code=shape["package"] or self.pick(["AFT3", "GOLD4", "NIGHT"]),
                    package=PACKAGES[shape["package"] or "AFT3"][1])
            t += D(minutes=1)
        p_sub = 0.40 if c["visits"] == 0 else 0.58
        if self.r() >= p_sub:
            return
        t += D(minutes=float(self.rng.uniform(1, 6)))
        price = self.room_price(vid, shape)
        self.ev(cid, t, "tp_booking_submit", "submit", vid, **base, **self.shape_cols(shape),
                slot_start=slot, amount=price, currency=V[vid][6])
        pm = self.pay_method_online(vid, ch)
        bug = country == "MY" and ch == "app" and dev == "android" and KL_PAY_BUG[0] <= t < KL_PAY_BUG[1]
        p_fail = 0.78 if bug else 0.035 if pm != "fpx" else 0.06
        paid_at = None
        if self.r() < 0.05:
            return   # left at the payment page
        for attempt in range(3):
            t += D(minutes=float(self.rng.uniform(0.5, 3)))
            if self.r() < p_fail:
                err = "PAY_SDK_REDIRECT_TIMEOUT" if bug else self.pick(
                    ["BANK_DECLINED", "USER_CANCELLED", "NETWORK_ERROR"], [0.4, 0.35, 0.25])
                self.ev(cid, t, "tp_payment_error", "fail", vid, **base, pay_method=pm, 支付方式=PAY_ZH[pm],
                        error_code=err, attempt=attempt + 1, amount=price, currency=V[vid][6])
                if self.r() < (0.4 if bug else 0.6):
                    continue
                if bug:
                    c["pay_fail_kl"] = t
                return
            paid_at = t
            break
        if paid_at is None:
            if bug:
                c["pay_fail_kl"] = t
            return
        self.ev(cid, paid_at, "tp_booking_pay", "success", vid, **base, pay_method=pm, 支付方式=PAY_ZH[pm],
                amount=price, currency=V[vid][6], attempt=attempt + 1)
        otype = "package" if shape["package"] else "room_fee"
        o = self.order(cid, paid_at, price, otype, vid, channel=ch, device=dev, booking_id=bk, pay_method=pm,
                       package_code=shape["package"], room_size=shape["room_size"], hours=shape["hours"],
                       daypart=shape["daypart"])
        closed = vid == "CS-JFX" and JFX_CLOSED[0] <= slot < JFX_CLOSED[1]
        r = self.r()
        if closed or r < 0.055:
            tc = min(slot - D(hours=float(self.rng.uniform(1, 20))), END)
            tc = max(tc, paid_at + D(minutes=5))
            reason = "store_closure" if closed else "customer_cancel"
            self.ev(cid, tc, "tp_booking_cancel", "cancel", vid, session_id=bk, channel=ch, device=dev,
                    cancel_reason=reason)
            self.refund(cid, vid, tc, price, reason, o, bk, ch)
            return
        if r < 0.095:
            return   # no-show, prepayment forfeited
        self.visit(cid, vid, shape, bk, ch, dev, prepaid=price)

    def refund(self, cid, vid, ts, amount, reason, order, bk, ch):
        slow = vid == "CS-JFX" and JFX_CLOSED[0] - D(days=10) <= ts < JFX_CLOSED[1] + D(days=20)
        days = float(self.rng.uniform(8, 22)) if slow else float(self.rng.gamma(2.0, 1.2))
        days = round(days, 1)
        done = ts + D(days=days)
        self.ev(cid, ts + D(minutes=2), "tp_refund", "requested", vid, session_id=bk, channel=ch,
                refund_reason=reason, 退款原因=REFUND_ZH[reason], refund_amount=round(amount, 2),
                currency=V[vid][6], refund_days=days, refund_type="booking" if reason != "store_closure" or bk
                else "stored_value")
        if order is not None:
            order["status"] = "refunded"
            order["refunded_at"] = done
            order["refund_reason"] = reason
            order["退款原因"] = REFUND_ZH[reason]
        return days

    def walk_in(self, vid, d):
        shape = self.visit_shape(vid, d)
        cid = self.choose_customer(vid, shape["slot"], "walk_in", 0.42)
        self.n_book += 1
        self.visit(cid, vid, shape, f"WI{self.n_book:07d}", "walk_in", None, prepaid=None)

    def party_inquiry(self, vid, d):
        country = V[vid][5]
        t = d.replace(hour=int(self.rng.integers(10, 22)), minute=int(self.rng.integers(0, 60)))
        cid = self.choose_customer(vid, t, "intent", 0.45)
        c = self.customers[cid]
        if c["signup_at"] is None:
            c["signup_at"] = t
        self.n_book += 1
        pt = f"PT{self.n_book:07d}"
        ch = self.pick(["phone", "mini_program", "social"], [0.4, 0.45, 0.15]) if country == "CN" else \
            self.pick(["phone", "app", "social"], [0.3, 0.25, 0.45] if country == "PH" else [0.45, 0.3, 0.25])
        lead = int(self.rng.integers(3, 24))
        party_day = (d + D(days=lead)).replace(hour=0, minute=0)
        shape = self.visit_shape(vid, party_day, party=True)
        self.ev(cid, t, "tp_party_inquiry", "submit", vid, session_id=pt, channel=ch, occasion=shape["occasion"],
                场合=OCC_ZH[shape["occasion"]], party_size=shape["party_size"], party_date=party_day.date().isoformat())
        if self.r() > 0.82:
            return
        tq = t + D(hours=float(self.rng.uniform(1, 30)))
        full = country == "PH" and MN_XMAS[0] <= party_day < MN_XMAS[1]
        closed = vid == "CS-JFX" and JFX_CLOSED[0] <= party_day < JFX_CLOSED[1] and t >= JFX_ANNOUNCED
        if closed:
            return
        price = self.room_price(vid, shape)
        avail = "waitlist" if full and self.r() < 0.9 else "available"
        self.ev(cid, tq, "tp_party_quote", "sent", vid, session_id=pt, channel=ch, **self.shape_cols(shape),
                quoted_amount=price, currency=V[vid][6], availability=avail, party_date=party_day.date().isoformat())
        p_dep = 0.56 if avail == "available" else 0.12
        if self.r() > p_dep:
            return
        td = tq + D(hours=float(self.rng.uniform(2, 60)))
        if td >= shape["slot"] - D(hours=3):
            td = shape["slot"] - D(hours=3)
        if td <= tq:
            td = tq + D(minutes=30)
        dep = round(price * 0.3, 0)
        pm = self.pay_method_online(vid, "mini_program" if country == "CN" else "app")
        self.ev(cid, td, "tp_party_deposit", "success", vid, session_id=pt, channel=ch, amount=dep,
                currency=V[vid][6], pay_method=pm, 支付方式=PAY_ZH[pm], package_code=shape["package"])
        o = self.order(cid, td, dep, "party_deposit", vid, channel=ch, booking_id=pt, pay_method=pm,
                       package_code=shape["package"], room_size=shape["room_size"], hours=shape["hours"],
                       daypart=shape["daypart"])
        if vid == "CS-JFX" and JFX_CLOSED[0] <= shape["slot"] < JFX_CLOSED[1]:
            tc = max(JFX_ANNOUNCED + D(hours=float(self.rng.uniform(1, 48))), td + D(hours=1))
            self.ev(cid, tc, "tp_booking_cancel", "cancel", vid, session_id=pt, channel=ch,
                    cancel_reason="store_closure")
            self.refund(cid, vid, tc, dep, "store_closure", o, pt, ch)
            return
        if self.r() < 0.05:
            tc = td + D(hours=float(self.rng.uniform(2, 48)))
            self.ev(cid, tc, "tp_booking_cancel", "cancel", vid, session_id=pt, channel=ch,
                    cancel_reason="party_cancel")
            self.refund(cid, vid, tc, dep, "party_cancel", o, pt, ch)
            return
        if shape["slot"] > END:
            return
        self.visit(cid, vid, shape, pt, ch, None, prepaid=None, party_price=price, deposit=dep)

    def visit(self, cid, vid, shape, vis, ch, dev, prepaid=None, party_price=None, deposit=None):
        c = self.customers[cid]
        v = V[vid]
        country, cur = v[5], v[6]
        t0 = shape["slot"] + D(minutes=float(self.rng.uniform(-15, 25)))
        if t0 > END - D(hours=12):
            return
        if c["first_visit"] is None:
            c["first_visit"] = t0
        c["visits"] += 1
        c["last_visit"] = t0
        c["tier_pts"] += 1
        sc = self.shape_cols(shape)
        booking_channel = ch if ch != "walk_in" else "walk_in"
        wait = 0.0
        if prepaid is not None and shape["daypart"] == "evening" and shape["slot"].weekday() >= 4 and self.r() < 0.3:
            wait = float(self.rng.uniform(10, 35))
        room_no = f"{int(self.rng.integers(1, 4))}{int(self.rng.integers(1, 19)):02d}"
        if vid == "CQ-GYQ" and GYQ_MIXER_IN <= t0 < GYQ_FAULT[1]:
            mixer = "SoundKing SK-M8"
        else:
            mixer = self.pick(["Yamaha MG12", "Behringer X32", "SoundKing SK-M6"], [0.45, 0.3, 0.25])
        self.ev(cid, t0, "tp_checkin", "check_in", vid, session_id=vis, channel="store", booking_channel=booking_channel,
                预订渠道=dict(mini_program="微信小程序", meituan="美团/大众点评", app="App", web="官网", google="Google预订",
                          walk_in="到店散客", phone="电话", social="社交媒体").get(booking_channel, booking_channel),
                wait_minutes=round(wait, 1), **sc)
        ts = t0 + D(minutes=wait + float(self.rng.uniform(2, 6)))
        self.ev(cid, ts, "tp_room_session", "open", vid, session_id=vis, channel="store", room_no=room_no,
                mixer_model=mixer, room_size=shape["room_size"], 包厢类型=ROOM_ZH[shape["room_size"]],
                daypart=shape["daypart"], 时段=DAYPART_ZH[shape["daypart"]], party_size=shape["party_size"])
        end = ts + D(hours=shape["hours"])
        # --- fault
        fault = None
        p_fault = 0.033
        if vid == "CQ-GYQ" and GYQ_FAULT[0] <= ts < GYQ_FAULT[1]:
            p_fault = 0.19
        if self.r() < p_fault:
            if p_fault > 0.1:
                ft = self.pick(["sound", "screen", "song_system", "aircon", "lighting"], [0.84, 0.05, 0.05, 0.04, 0.02])
            else:
                summer = ts.month in (6, 7, 8, 9)
                ft = self.pick(["sound", "screen", "song_system", "aircon", "lighting"],
                               [0.34, 0.18, 0.22, 0.18 if summer else 0.10, 0.08])
            res = self.pick(["fixed", "room_changed", "unresolved"],
                            [0.45, 0.27, 0.28] if p_fault > 0.1 else [0.72, 0.2, 0.08])
            tf = ts + D(minutes=float(self.rng.uniform(5, shape["hours"] * 50)))
            fix = round(float(self.rng.uniform(5, 25) if res == "fixed" else self.rng.uniform(15, 45)), 0)
            self.ev(cid, tf, "tp_room_fault", "report", vid, session_id=vis, channel="store", fault_type=ft,
                    故障类型=FAULT_ZH[ft], resolution=res, 处理结果=RES_ZH[res], fix_minutes=fix, room_no=room_no,
                    mixer_model=mixer)
            fault = (ft, res)
        # --- F&B
        cur_avg = FNB_AVG[cur]
        incl = bool(shape["package"] and PACKAGES[shape["package"]][5])
        mu = 0.8 + 0.08 * min(shape["party_size"], 15)
        if shape["daypart"] == "late_night":
            mu *= 1.5
        if incl:
            mu *= 0.5
        if v[3] == "chongqing":
            mu *= 1.15
        fnb_total = 0.0
        fnb_rows = []
        for k in range(self.rng.poisson(mu)):
            tf = ts + D(minutes=float(self.rng.uniform(3, shape["hours"] * 55)))
            amt = cur_avg * float(self.rng.lognormal(-0.1, 0.45)) * (1 + 0.04 * min(shape["party_size"], 15))
            amt = round(amt / (1 if cur in ("CNY", "MYR") else 10)) * (1 if cur in ("CNY", "MYR") else 10)
            items = int(self.rng.integers(1, 7))
            self.ev(cid, tf, "tp_fnb_order", "order", vid, session_id=vis, channel="store", amount=amt,
                    currency=cur, items=items, order_method=self.pick(["qr_code", "staff"], [0.7, 0.3]),
                    beer_included=self.r() < (0.75 if shape["daypart"] != "afternoon" else 0.3))
            fnb_total += amt
            fnb_rows.append((tf, amt))
        # --- overtime
        p_ot = dict(afternoon=0.18, evening=0.28, late_night=0.08)[shape["daypart"]]
        if v[3] == "chongqing":
            p_ot *= 1.25
        ot_fee = 0.0
        ot_row = None
        if (fault is None or fault[1] != "unresolved") and self.r() < p_ot:
            mins = int(min(120, max(3, self.rng.gamma(1.6, 18))))
            unit = OT_UNIT[country]
            if country == "TW" and end >= TP_BILLING:
                unit = 30
            blocks = math.ceil(mins / unit)
            rate = RATE[cur][shape["room_size"]] * DAYPART_MULT[shape["daypart"]]
            ot_fee = round(rate * blocks * unit / 60, 0)
            self.ev(cid, end, "tp_overtime", "extend", vid, session_id=vis, channel="store", overtime_minutes=mins,
                    billing_unit_min=unit, billed_minutes=blocks * unit, overtime_fee=ot_fee, currency=cur,
                    room_size=shape["room_size"], daypart=shape["daypart"], 时段=DAYPART_ZH[shape["daypart"]])
            end = end + D(minutes=mins)
            ot_row = (end, ot_fee, mins, unit)
        tco = end + D(minutes=float(self.rng.uniform(2, 9)))
        # --- money at checkout
        room_fee = 0.0
        room_type = None
        if prepaid is None and party_price is None:
            room_fee = self.room_price(vid, shape)
            room_type = "package" if shape["package"] else "room_fee"
        if party_price is not None:
            room_fee = party_price - deposit
            room_type = "party_balance"
        bill = room_fee + fnb_total + ot_fee
        use_sv = c["member"] and c["balance"] > 0 and self.r() < 0.8
        pm = "stored_value" if use_sv else self.pay_method_store(vid)
        if use_sv and c["balance"] < bill:
            pm = "stored_value"  # partly topped up at the desk below or overdrawn; keep simple
        # member join / top-up at checkout
        joined_now = False
        if not c["member"]:
            p_join = 0.11 + (0.10 if shape["occasion"] == "birthday" else 0.0)
            if AB[0] <= tco < AB[1]:
                p_join += 0.09
            if vid == "CS-JFX" and JFX_CLOSED[0] - D(days=30) <= tco < JFX_CLOSED[0]:
                p_join *= 0.3
            if self.r() < p_join:
                joined_now = True
                self.join(cid, vid, tco - D(minutes=1), bill)
        pay_sv_now = joined_now and c["balance"] > 0 and c.get("sv_at_join")
        if pay_sv_now:
            pm = "stored_value"
        elif joined_now:
            pm = self.pay_method_store(vid)
        elif c["member"] and c["balance"] < bill and self.r() < (0.3 if c["topped"] > 0 else 0.06) and tco < END:
            self.topup(cid, vid, tco - D(minutes=1), "repeat")
            if self.r() < 0.7:
                pm = "stored_value"
        if room_type:
            fee_ts = tco
            ro = self.order(cid, fee_ts, room_fee, room_type, vid, channel="store", booking_id=vis, pay_method=pm,
                            package_code=shape["package"], room_size=shape["room_size"], hours=shape["hours"],
                            daypart=shape["daypart"])
        else:
            ro = None
        for tf, amt in fnb_rows:
            self.order(cid, tco, amt, "fnb", vid, channel="store", booking_id=vis, pay_method=pm,
                       daypart=shape["daypart"], room_size=shape["room_size"], ordered_at=tf)
        if ot_row:
            self.order(cid, tco, ot_row[1], "overtime", vid, channel="store", booking_id=vis, pay_method=pm,
                       daypart=shape["daypart"], room_size=shape["room_size"], overtime_minutes=ot_row[2],
                       billing_unit_min=ot_row[3])
        self.ev(cid, tco, "tp_checkout", "pay", vid, session_id=vis, channel="store", bill_total=round(bill, 2),
                currency=cur, pay_method=pm, 支付方式=PAY_ZH[pm], room_size=shape["room_size"],
                daypart=shape["daypart"], 时段=DAYPART_ZH[shape["daypart"]], hours_sung=round(
                    (end - ts).total_seconds() / 3600, 2))
        if pm == "stored_value" and bill > 0:
            self.ev(cid, tco + D(seconds=20), "tp_sv_payment", "pay", vid, session_id=vis, channel="store",
                    amount=round(bill, 2), currency=cur, balance_before=round(c["balance"], 2))
            c["balance"] = max(0.0, c["balance"] - bill)
        # fault refund
        refund_days = None
        if fault and fault[1] == "unresolved":
            target = ro
            if target is None:
                # prepaid room: refund the booking order
                for o in reversed(self.orders):
                    if o.get("booking_id") == vis and o["order_type"] in ("room_fee", "package", "party_deposit"):
                        target = o
                        break
            amt = target["amount"] if target else room_fee
            refund_days = self.refund(cid, vid, tco + D(minutes=5), amt, "room_fault", target, vis, "store")
        # duplicate charge, rare
        if self.r() < 0.004 and fnb_rows:
            o = self.order(cid, tco + D(seconds=30), fnb_rows[0][1], "fnb", vid, channel="store", booking_id=vis,
                           pay_method=pm, daypart=shape["daypart"], room_size=shape["room_size"])
            self.refund(cid, vid, tco + D(hours=20), o["amount"], "duplicate_charge", o, vis, "phone")
        # future member journey
        if joined_now:
            self.after_join(cid, vid, tco)
        # feedback about this visit
        ctx = dict(vid=vid, ts=tco, fault=fault, ot=ot_row, shape=shape, wait=wait, refund_days=refund_days,
                   cid=cid, vis=vis, fnb=fnb_total)
        self.visit_feedback(ctx)
        self.visit_ticket(ctx)
        if ot_row and country == "TW":
            self.boost(cid, 1.0)

    def join(self, cid, vid, ts, bill):
        c = self.customers[cid]
        c["member"] = True
        c["joined_at"] = ts
        if c["signup_at"] is None:
            c["signup_at"] = ts
        country = V[vid][5]
        ch = "mini_program" if country == "CN" else self.pick(["app", "store"], [0.6, 0.4])
        variant = None
        if AB[0] <= ts < AB[1]:
            variant = self.pick(["control", "double_bonus"])
            self.experiments.append(dict(experiment_id="topup_bonus_2026", variant=variant, customer_id=cid,
                                         assigned_at=ts, venue_id=vid, city=V[vid][3],
                                         bonus_rate=0.2 if variant == "double_bonus" else 0.1))
        c["variant"] = variant
        c["bonus"] = 0.2 if variant == "double_bonus" else 0.1
        self.ev(cid, ts, "tp_member_join", "join", vid, channel=ch, member_no=f"M{cid[1:]}",
                offer="充值送20%" if variant == "double_bonus" else "充值送10%",
                offer_en="top-up bonus 20%" if variant == "double_bonus" else "top-up bonus 10%")
        self.boost(cid, 2.5)
        # first top-up decision
        p30 = 0.38 if variant == "double_bonus" else 0.22 if variant == "control" else 0.27
        r = self.r()
        c["sv_at_join"] = False
        if r < p30:
            if self.r() < 0.5:
                self.topup(cid, vid, ts + D(seconds=40), "first")
                c["sv_at_join"] = self.r() < 0.7
            else:
                c["pending_topup"] = ts + D(days=float(self.rng.uniform(1, 29)))
        elif r < p30 + 0.06:
            c["pending_topup"] = ts + D(days=float(self.rng.uniform(31, 58)))

    def after_join(self, cid, vid, tco):
        c = self.customers[cid]
        when = c.pop("pending_topup", None)
        if when is not None and when < END:
            self.topup(cid, vid, when, "first")

    def topup(self, cid, vid, ts, kind):
        c = self.customers[cid]
        cur = V[vid][6]
        tiers = TOPUP_TIERS[cur]
        amt = float(self.pick(tiers, [0.3, 0.4, 0.22, 0.08]))
        bonus = round(amt * c.get("bonus", 0.1), 2)
        country = V[vid][5]
        ch = "store" if self.r() < 0.6 else ("mini_program" if country == "CN" else "app")
        pm = self.pay_method_store(vid)
        self.ev(cid, ts, "tp_topup", "success", vid, channel=ch, topup_amount=amt, bonus_amount=bonus, currency=cur,
                pay_method=pm, 支付方式=PAY_ZH[pm], topup_kind=kind)
        self.order(cid, ts, amt, "topup", vid, channel=ch, pay_method=pm, bonus_amount=bonus)
        c["balance"] += amt + bonus
        c["topped"] += amt * V[vid][7]

    def closure_refunds(self):
        """CS-JFX closed for renovation: members with stored value ask for their money back (slow)."""
        for cid in self.cust_order:
            c = self.customers[cid]
            if c["home_venue_id"] != "CS-JFX" or not c["member"] or c["balance"] <= 0:
                continue
            if c["joined_at"] is None or c["joined_at"] >= JFX_CLOSED[0]:
                continue
            if self.r() < 0.85:
                ts = JFX_ANNOUNCED + D(days=float(self.rng.uniform(0, 50)))
                amt = round(c["balance"], 2)
                o = self.order(cid, ts, amt, "sv_refund", "CS-JFX", status="refunded", channel="phone",
                               pay_method="stored_value")
                self.ev(cid, ts - D(minutes=3), "tp_refund", "requested", "CS-JFX", channel="phone",
                        refund_reason="store_closure", 退款原因=REFUND_ZH["store_closure"], refund_amount=amt,
                        currency="CNY", refund_days=None, refund_type="stored_value")
                days = round(float(self.rng.uniform(8, 24)), 1)
                self.events[-1]["refund_days"] = days
                o["refunded_at"] = ts + D(days=days)
                o["refund_reason"] = "store_closure"
                o["退款原因"] = REFUND_ZH["store_closure"]
                c["balance"] = 0.0
                if self.r() < 0.7:
                    self.add_fb(dict(vid="CS-JFX", ts=ts + D(days=float(self.rng.uniform(3, 12))), cid=cid,
                                     vis=None), "refund_slow", channel=self.pick(["ticket", "meituan_review"], [0.6, 0.4]))

    # ---------- feedback ----------
    def visit_feedback(self, x):
        vid = x["vid"]
        country = V[vid][5]
        ts = x["ts"]
        topic = None
        if x["fault"] and x["fault"][0] == "sound" and self.r() < 0.55:
            topic = "sound_fault"
        elif x["fault"] and x["fault"][1] == "unresolved" and self.r() < 0.35:
            topic = "sound_fault" if x["fault"][0] == "sound" else None
        elif x["ot"] and country == "TW" and ts >= TP_BILLING and self.r() < 0.45:
            topic = "overtime_fee"
        elif x["ot"] and self.r() < 0.05:
            topic = "overtime_fee"
        elif x["wait"] > 15 and self.r() < 0.25:
            topic = "wait_room"
        p_any = 0.34 if topic else 0.26
        if self.r() >= p_any:
            return
        if topic is None:
            topic = self.base_topic(vid, ts, x["shape"])
        ch = self.pick(["survey", "review"], [0.6, 0.4])
        if x["fault"] and x["fault"][1] == "unresolved" and topic == "sound_fault" and self.r() < 0.4:
            ch = "ticket"
        if ch == "review":
            ch = "meituan_review" if country == "CN" else "google_review"
        self.add_fb(x, topic, channel=ch)

    def visit_ticket(self, x):
        """customer-service tickets (客服工单): faults, overtime disputes, refunds, lost items."""
        vid = x["vid"]
        country = V[vid][5]
        topic = None
        if x["fault"]:
            if self.r() < (0.45 if x["fault"][1] == "unresolved" else 0.12):
                topic = "sound_fault" if x["fault"][0] == "sound" else "equipment_fault"
        elif x["ot"] and self.r() < (0.14 if country == "TW" and x["ts"] >= TP_BILLING else 0.02):
            topic = "overtime_fee"
        elif self.r() < 0.012:
            topic = self.pick(["lost_item", "invoice_request", "wait_room", "room_dirty"], [0.35, 0.35, 0.15, 0.15])
        if topic:
            self.add_fb(x, topic, channel="ticket")

    def base_topic(self, vid, ts, shape=None):
        country = V[vid][5]
        w = dict(sound_great=0.14, staff_friendly=0.17, package_value=0.12, clean_room=0.08, party_setup=0.02,
                 neutral=0.20, room_dirty=0.06, wait_room=0.04, fnb_pricey=0.08, old_songs=0.05, sound_fault=0.02,
                 overtime_fee=0.015)
        if shape and shape["occasion"] in ("birthday", "company_party", "team_building"):
            w["party_setup"] = 0.12
        if vid == "MN-MOA" and shape is None:
            w["room_dirty"] = 0.17
        elif vid == "MN-MOA" and shape["daypart"] == "late_night":
            w["room_dirty"] = 0.35
        if country in ("TW", "MY"):
            w["fnb_pricey"] = 0.13
        if country == "MY" or country == "PH":
            w["old_songs"] = 0.08
        if vid == "CQ-GYQ" and GYQ_FAULT[0] <= ts < GYQ_FAULT[1]:
            w["sound_fault"] = 0.75
            w["sound_great"] = 0.03
            w["staff_friendly"] = 0.10
        if country == "TW" and ts >= TP_BILLING:
            w["overtime_fee"] = 0.16
        keys = list(w)
        return self.pick(keys, [w[k] for k in keys])

    def add_fb(self, x, topic, channel, undated_ok=True):
        vid = x["vid"]
        v = V[vid]
        country = v[5]
        c = self.customers.get(x.get("cid")) if x.get("cid") else None
        if country == "CN":
            lang = "zh-CN"
        elif country == "TW":
            lang = "zh-TW" if self.r() < 0.72 else "en"
        elif country == "MY":
            lang = "zh-CN" if self.r() < 0.3 else "en"
        else:
            lang = "en"
        if c is not None and country != "CN" and c["language"] in ("zh-TW", "zh-CN", "en") and self.r() < 0.6:
            lang = c["language"] if not (country == "PH" and c["language"] != "en") else lang
        text = self.text(topic, lang, vid, x["ts"])
        sent = SENT[topic]
        rating = None
        nps = None
        if channel in ("survey", "meituan_review", "google_review", "app_review"):
            rating = int(self.pick([1, 2, 3, 4, 5], RATING_P[sent]))
        if channel == "survey":
            nps = int(min(10, max(0, round(self.rng.normal(dict(negative=3.5, neutral=7, positive=9.2)[sent], 1.4)))))
        ts = x["ts"]
        if channel == "survey":
            ts = ts + D(hours=float(self.rng.uniform(1, 40)))
        elif channel in ("meituan_review", "google_review"):
            ts = ts + D(hours=float(self.rng.uniform(0.5, 72)))
        elif channel == "ticket":
            ts = ts + D(hours=float(self.rng.uniform(0.2, 30)))
        if ts > END:
            return
        rel = None
        dated = True
        if undated_ok:
            if channel == "google_review" and self.r() < 0.28:
                dated = False
                months = max(1, (END - ts).days // 30)
                rel = f"{months} months ago" if months < 12 else ("a year ago" if months < 24 else "2 years ago")
            elif channel == "meituan_review" and self.r() < 0.08:
                dated = False
            elif channel == "ticket" and self.r() < 0.05:
                dated = False
            elif channel == "social" and self.r() < 0.2:
                dated = False
        tp = TOPIC_TP[topic]
        if topic == "neutral":
            tp = self.pick(["tp_room_session", "tp_checkin", None], [0.5, 0.2, 0.3])
        if topic == "staff_friendly":
            tp = self.pick(["tp_checkin", "tp_checkout", "tp_room_session"], [0.4, 0.3, 0.3])
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        row = dict(feedback_id=fid, text=text, ts=ts if dated else None,
                   customer_id=x.get("cid") if channel in ("survey", "ticket", "meituan_review", "google_review")
                   and x.get("cid") else None,
                   touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang,
                   platform=dict(meituan_review=self.pick(["meituan", "dianping"], [0.55, 0.45]),
                                 google_review="google", survey="mini_program" if country == "CN" else "app",
                                 ticket="crm", social="facebook" if country in ("PH", "MY") else
                                 ("xiaohongshu" if country == "CN" else "instagram"),
                                 app_review=self.pick(["google_play", "app_store"], [0.7, 0.3]))[channel],
                   渠道=dict(meituan_review="美团/点评评价", google_review="Google评论", survey="满意度问卷",
                           ticket="客服工单", social="社交媒体", app_review="应用商店评论")[channel],
                   relative_date=rel, visit_id=x.get("vis"), device=x.get("device"),
                   app_version=x.get("app_version"))
        row.update(self.vcols(vid))
        if channel == "google_review" and x.get("cid") and self.r() < 0.5:
            row["customer_id"] = None    # most Google reviewers cannot be matched to a member
        self.feedback.append(row)
        self.truth.append((fid, topic, sent, lang))
        if channel in ("meituan_review", "google_review") and row["customer_id"] and dated:
            self.ev(row["customer_id"], ts, "tp_review", "submit", vid, channel="other", platform=row["platform"],
                    stars=rating, session_id=x.get("vis"))

    def unlinked_feedback(self):
        """Anonymous platform reviews, social posts and app-store reviews, month by month."""
        m = START
        while m <= END:
            nxt = (m.replace(day=28) + D(days=4)).replace(day=1)
            days = (nxt - m).days
            for v in VENUES:
                vid = v[0]
                country = v[5]
                if vid == "KL-MV" and m < KL_MV_OPEN:
                    continue
                closed = vid == "CS-JFX" and JFX_CLOSED[0] <= m < JFX_CLOSED[1]
                n_rev = self.rng.poisson(7.0 if not closed else 4.0)
                if vid == "CQ-GYQ" and GYQ_FAULT[0] <= m < GYQ_FAULT[1]:
                    n_rev = self.rng.poisson(16.0)
                if country == "PH" and m.month == 12:
                    n_rev = int(n_rev * 1.6)
                for _ in range(n_rev):
                    ts = m + D(days=float(self.rng.uniform(0, days)))
                    if ts > END:
                        continue
                    topic = self.base_topic(vid, ts)
                    if closed:
                        topic = self.pick(["refund_slow", "neutral"], [0.8, 0.2])
                    ch = "meituan_review" if country == "CN" else "google_review"
                    self.add_fb(dict(vid=vid, ts=ts), topic, channel=ch)
                for _ in range(self.rng.poisson(1.4)):
                    ts = m + D(days=float(self.rng.uniform(0, days)))
                    if ts > END:
                        continue
                    topic = self.base_topic(vid, ts)
                    if country == "PH" and m.month in (11, 12) and self.r() < 0.4:
                        topic = "party_full"
                    self.add_fb(dict(vid=vid, ts=ts), topic, channel="social")
                if country != "CN":
                    for _ in range(self.rng.poisson(0.8)):
                        ts = m + D(days=float(self.rng.uniform(0, days)))
                        if ts > END:
                            continue
                        dev = self.pick(["android", "ios"], [0.6, 0.4])
                        ver = self.app_version(ts, "app")
                        topic = self.pick(["easy_booking", "neutral", "pay_failed", "app_crash"], [0.45, 0.25, 0.15, 0.15])
                        self.add_fb(dict(vid=vid, ts=ts, device=dev, app_version=ver), topic, channel="app_review",
                                    undated_ok=False)
            m = nxt
        # KL Android payment failures: people who gave up write app reviews / tickets
        for cid in self.cust_order:
            c = self.customers[cid]
            t = c.get("pay_fail_kl")
            if t is None or self.r() > 0.45:
                continue
            ch = self.pick(["app_review", "ticket"], [0.6, 0.4])
            x = dict(vid=c["home_venue_id"] if c["home_venue_id"].startswith("KL") else "KL-BB",
                     ts=t + D(hours=float(self.rng.uniform(0.1, 20))), cid=cid, device="android",
                     app_version=self.app_version(t, "app"))
            if ch == "ticket":
                x["device"] = None
                x["app_version"] = None
            self.add_fb(x, "pay_failed", channel=ch, undated_ok=ch != "app_review")

    def text(self, topic, lang, vid, ts):
        key = "zh" if lang == "zh-CN" else "tw" if lang == "zh-TW" else "en"
        v = V[vid]
        if topic == "overtime_fee" and (v[5] == "CN" or (v[5] == "TW" and ts < TP_BILLING)):
            topic = "overtime_fee_15"   # 15-minute billing: no "half an hour" complaints
        tpls = TEXTS[topic][key]
        s = tpls[int(self.rng.integers(len(tpls)))]
        pre = PREFIX[key]
        if self.r() < 0.45:
            s = pre[int(self.rng.integers(len(pre)))] + s
        city = v[4] if key != "en" else CITY_EN[v[3]]
        cur_sym = dict(CNY="元", TWD="元", MYR="RM", PHP="pesos")[v[6]]
        return s.format(city=city, n=int(self.rng.integers(2, 6)), m=int(self.rng.integers(5, 12)),
                        w=int(self.rng.integers(15, 45)), d=int(self.rng.integers(10, 21)), cur=cur_sym,
                        store=v[1] if key != "en" else v[2])

    # ---------- output ----------
    def finish(self, out: Path):
        # customers: segment / tier
        rows = []
        for cid in self.cust_order:
            c = self.customers[cid]
            if c["visits"] == 0:
                seg = "prospect"
            elif c["first_visit"] >= END - D(days=90):
                seg = "new"
            elif c["last_visit"] < END - D(days=150):
                seg = "at_risk" if c["visits"] >= 2 else "one_time"
            elif c["visits"] >= 8 or c["topped"] >= 300:
                seg = "vip"
            else:
                seg = "returning"
            if not c["member"]:
                tier = "non_member"
            elif c["topped"] >= 300:
                tier = "diamond"
            elif c["topped"] >= 60:
                tier = "gold"
            else:
                tier = "silver"
            rows.append(dict(customer_id=cid, signup_at=c["signup_at"], segment=seg, region=c["region"],
                             acquisition_channel=c["acquisition_channel"], tier=tier, 获客渠道=c["获客渠道"],
                             城市=c["城市"], 会员等级=TIER_ZH[tier], country=c["country"],
                             home_venue_id=c["home_venue_id"], home_venue=c["home_venue"],
                             home_venue_en=c["home_venue_en"], gender=c["gender"], 性别=c["性别"],
                             age_band=c["age_band"], student=c["student"], language=c["language"],
                             phone_os=c["phone_os"], birthday_month=c["birthday_month"],
                             wechat_bound=c["wechat_bound"], member_no=f"M{cid[1:]}" if c["member"] else None,
                             joined_at=c["joined_at"], stored_value_balance=round(c["balance"], 2) if c["member"]
                             else None))
        out.mkdir(parents=True, exist_ok=True)
        (out / "_truth").mkdir(exist_ok=True)
        write(out / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind",
                                        "owner", "aliases"],
              [dict(touchpoint_id=t[0], name=f"{t[1]} / {t[2]}", name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                    kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
        jr = []
        for jid, zh, en, steps, win in JOURNEYS:
            for i, tp in enumerate(steps, 1):
                jr.append(dict(journey_id=jid, journey_name=f"{zh} / {en}", journey_name_zh=zh, journey_name_en=en,
                               step=i, touchpoint_id=tp, window_days=win))
        write(out / "journeys.csv", ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"], jr)
        write(out / "customers.csv", list(rows[0].keys()), rows)
        ev = sorted(self.events, key=lambda e: (e["ts"], e["event_id"]))
        ev = [e for e in ev if START <= e["ts"] <= END]
        # the POS re-sends some check-ins: exact duplicates (same event_id)
        cand = [i for i, e in enumerate(ev) if e["touchpoint_id"] == "tp_checkin"]
        dup_idx = set(int(i) for i in self.rng.choice(cand, 31, replace=False))
        dups = [ev[i] for i in sorted(dup_idx)]
        ev2 = []
        for i, e in enumerate(ev):
            ev2.append(e)
            if i in dup_idx:
                ev2.append(dict(e))
        ev = ev2
        ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "session_id", "device", "channel",
                 "venue_id", "venue", "venue_en", "city", "城市", "country"]
        extra = []
        for e in self.events:
            for k in e:
                if k not in ecols and k not in extra:
                    extra.append(k)
        write(out / "events.csv", ecols + extra, ev)
        orders = sorted([o for o in self.orders if o["ts"] <= END], key=lambda o: o["order_id"])
        ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
                 "currency", "amount_usd", "venue_id", "venue", "venue_en", "city", "城市", "country", "booking_id",
                 "package_code", "pay_method", "支付方式", "room_size", "hours", "daypart", "refunded_at",
                 "refund_reason", "退款原因", "bonus_amount", "ordered_at", "overtime_minutes", "billing_unit_min"]
        for o in orders:
            if o.get("refunded_at") and o["refunded_at"] > END:
                o["refunded_at"] = None   # refund still in process at extract time
        write(out / "orders.csv", ocols, orders)
        fcols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "渠道",
                 "platform", "language", "venue_id", "venue", "venue_en", "city", "城市", "country", "visit_id",
                 "relative_date", "device", "app_version"]
        write(out / "feedback.csv", fcols, self.feedback)
        write(out / "_truth" / "feedback_truth.csv", ["feedback_id", "topic", "sentiment", "language"],
              [dict(zip(["feedback_id", "topic", "sentiment", "language"], t)) for t in self.truth])
        write(out / "experiments.csv", ["experiment_id", "variant", "customer_id", "assigned_at", "venue_id", "city",
                                        "bonus_rate"], self.experiments)
        print(f"customers {len(rows)}, events {len(ev)} ({len(dups)} dup), orders {len(orders)}, "
              f"feedback {len(self.feedback)}, experiments {len(self.experiments)}")


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))
    return str(v)


def write(path: Path, cols, rows):
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        idx = {c: i for i, c in enumerate(cols)}
        n = len(cols)
        for r in rows:
            line = [""] * n
            for k, v in r.items():
                i = idx.get(k)
                if i is not None and v is not None:
                    line[i] = fmt(v)
            w.writerow(line)


SENT = dict(sound_fault="negative", overtime_fee="negative", refund_slow="negative", pay_failed="negative",
            room_dirty="negative", wait_room="negative", fnb_pricey="negative", old_songs="negative",
            party_full="negative", app_crash="negative", equipment_fault="negative", lost_item="neutral",
            invoice_request="neutral",
            sound_great="positive", staff_friendly="positive", package_value="positive", clean_room="positive",
            party_setup="positive", easy_booking="positive", neutral="neutral")
RATING_P = dict(negative=[0.42, 0.34, 0.18, 0.06, 0.0], neutral=[0.01, 0.06, 0.45, 0.40, 0.08],
                positive=[0.0, 0.0, 0.03, 0.27, 0.70])
TOPIC_TP = dict(sound_fault="tp_room_fault", overtime_fee="tp_overtime", refund_slow="tp_refund",
                pay_failed="tp_booking_pay", room_dirty="tp_room_session", wait_room="tp_checkin",
                fnb_pricey="tp_fnb_order", old_songs="tp_room_session", party_full="tp_party_quote",
                app_crash="tp_room_browse", sound_great="tp_room_session", staff_friendly="tp_checkin",
                package_value="tp_package_view", clean_room="tp_room_session", party_setup="tp_room_session",
                easy_booking="tp_room_browse", neutral=None, equipment_fault="tp_room_fault", lost_item="tp_checkout",
                invoice_request="tp_checkout")

PREFIX = dict(
    zh=["周末和朋友来唱歌，", "公司团建来的，", "第二次来了，", "和室友一起来，", "带家人来过年唱歌，", "闺蜜生日来的，",
        "晚上十点多到的，", "下午场来的，", ""],
    tw=["週末跟朋友來唱歌，", "公司聚餐續攤來的，", "第二次來了，", "跟同學一起來，", "幫朋友慶生，", "下班後來的，", ""],
    en=["Came here with friends on a Saturday. ", "Office team night. ", "Second visit. ", "Birthday celebration. ",
        "Went after dinner. ", "Came with the barkada. ", ""],
)

TEXTS = {
    "sound_fault": dict(
        zh=["麦克风一直有电流声，叫了{n}次服务员才来修，唱得很扫兴", "音响破音严重，低音一开就炸，根本没法唱",
            "话筒时有时无，后来换了个包厢才好，浪费了半小时", "唱了不到一小时音响就没声了，修了{w}分钟，体验太差",
            "包厢音响坏了，前台说设备是新换的还在调试，那为什么要开给我们", "无线麦克风老断，一首歌要重唱好几遍",
            "音响一直嗡嗡响，耳朵都疼了，申请退房费还要等", "话筒没声音报修了两次，最后也没修好，房费也没全退"],
        tw=["麥克風一直斷訊，音響還會爆音，體驗很差", "唱到一半音響完全沒聲音，等了{w}分鐘才修好",
            "無線麥克風雜音超大，換了兩支都一樣"],
        en=["Mic kept cutting out and the speakers crackled all night", "Sound system died about 40 minutes in, we had to "
            "move rooms", "Constant buzzing from the speakers, staff took {w} minutes to fix it",
            "Both microphones were faulty, really ruined the night"]),
    "overtime_fee": dict(
        tw=["才超過{m}分鐘就收我們半小時的超時費，太誇張了", "超時費改成每30分鐘計算根本是變相漲價",
            "續唱沒有事先告知計費方式，結帳嚇一跳，多了好幾百", "服務生沒提醒時間到了，結果被收超時費，感覺很不舒服",
            "以前超時是15分鐘一個單位，現在改成半小時，多唱幾分鐘就要付半小時的錢", "超時計費很不合理，{m}分鐘算半小時"],
        zh=["超时几分钟就按一刻钟收费，有点抠", "到点没人提醒，结账多了一笔超时费", "续钟价格比正常时段还贵，不太合理"],
        en=["They charged us a full 30 minutes for going {m} minutes over", "Overtime billing is a rip-off, half an hour "
            "charged for a few minutes", "Nobody told us our time was up and then we got hit with an overtime fee",
            "The new overtime rule is ridiculous, {m} minutes late and we paid for 30"]),
    "overtime_fee_15": dict(
        zh=["超时几分钟就按一刻钟收费，有点抠", "到点没人提醒，结账多了一笔超时费", "续钟价格比正常时段还贵，不太合理"],
        tw=["時間到了沒人提醒，結帳才發現多了超時費", "續唱的價格比一般時段還貴，不太合理"],
        en=["Nobody told us our time was up and then we got hit with an overtime fee", "Overtime is pricier than the "
            "normal hourly rate, not great"]),
    "refund_slow": dict(
        zh=["门店装修关了，储值卡里的钱申请退款{d}天了还没到账", "解放西店说关就关，退款流程太慢，客服一直说在审核",
            "装修停业也不提前通知，卡里还有几百块，退款要等两三周", "申请储值退款打了{n}次电话都说在处理，太拖了",
            "订好的生日派对因为门店装修被取消，定金到现在还没退回来", "关店退款慢得离谱，再也不办会员卡了"],
        tw=["退款等了{d}天還沒收到，客服一直說在處理"],
        en=["Still waiting for my refund after {d} days", "Refund process is painfully slow"]),
    "pay_failed": dict(
        en=["FPX payment keeps failing on the Android app, tried {n} times and gave up",
            "App payment page times out after redirecting to my bank, couldn't book", "Online banking payment doesn't "
            "go through on the app, had to walk in instead", "Payment failed but my bank was still debited?? Fix your app",
            "Booking is impossible on Android, FPX just spins and times out"],
        zh=["用安卓App付款一直失败，跳到银行页面就卡住", "FPX网银付款失败了{n}次，只好放弃预订",
            "手机App付不了款，银行那边显示超时"],
        tw=["App付款一直失敗，只好到現場排隊"]),
    "room_dirty": dict(
        zh=["包厢有很重的烟味，沙发黏黏的", "桌上还有上一桌留下的瓶子和果皮，进去就不想坐", "厕所很脏，垃圾桶都满了",
            "空调一股霉味，地毯也很脏"],
        tw=["包廂菸味很重，沙發黏黏的", "桌上還有上一組客人的杯子，清潔太隨便"],
        en=["Room smelled of smoke and the table was sticky", "Couches were stained and there were leftover cups from "
            "the last group", "Late night the rooms are not cleaned properly between groups, bathroom was gross",
            "Dirty mics and sticky floor, not cleaned after the previous guests"]),
    "wait_room": dict(
        zh=["明明提前订好了，到店还让我们等了{w}分钟", "订的八点，结果八点半才有房，前台说上一桌超时了",
            "预订了还要排队等房，那预订有什么用"],
        tw=["明明有預約，到了還要等{w}分鐘才有包廂"],
        en=["Booked for 8pm, room wasn't ready until 8:{w}", "Had a reservation but still waited {w} minutes at the "
            "front desk"]),
    "fnb_pricey": dict(
        zh=["一打啤酒要两百多，比外面贵太多", "果盘分量很少还要{d}8元，性价比低", "酒水价格偏贵，小吃也一般"],
        tw=["酒水超貴，一手啤酒比便利商店貴三倍", "餐點價格偏高，份量又少"],
        en=["Drinks are really overpriced, a bucket of beer costs a fortune", "Food portions are tiny for the price",
            "Love the rooms but the food and drinks are way too expensive"]),
    "old_songs": dict(
        zh=["新歌更新太慢，想唱的都搜不到", "曲库好久没更新了，抖音上火的歌都没有"],
        tw=["新歌更新太慢，很多想唱的都找不到"],
        en=["Song list is outdated, couldn't find any recent OPM hits", "Not many new Cantopop or Malay songs",
            "Song library needs an update, half the K-pop songs were missing"]),
    "party_full": dict(
        en=["Tried to book a party room for our Christmas party but everything was fully booked until January",
            "Asked for a party package quote for 20 pax, they said only waitlist for December", "No party rooms "
            "available for the whole holiday season, so we went elsewhere"],
        zh=["想订圣诞派对房，全部满了"], tw=["聖誕節派對房全部客滿，只能候補"]),
    "app_crash": dict(
        en=["App crashes when I open the room list", "The app keeps logging me out"],
        zh=["App打开选房页面就闪退"], tw=["App一直閃退，沒辦法訂房"]),
    "equipment_fault": dict(
        zh=["点歌屏点不动，报修后等了{w}分钟", "包厢空调不制冷，热得唱不下去，要求换房", "点歌系统一直卡死重启",
            "灯光控制坏了，一直闪，很晃眼"],
        tw=["點歌螢幕一直當機，叫人來修很久", "冷氣不冷，包廂很悶熱"],
        en=["The song screen froze every few minutes", "Aircon wasn't working, room was boiling",
            "Touch screen for song selection was broken, staff took {w} minutes"]),
    "lost_item": dict(
        zh=["昨晚在{store}包厢落了一个耳机，请帮忙找一下", "朋友的外套忘在包厢了，能帮忙留一下吗"],
        tw=["手機好像掉在包廂裡，麻煩幫忙找找"],
        en=["Left my jacket in room {n}0{m} last night, can you check?", "I think I left my wallet in the room"]),
    "invoice_request": dict(
        zh=["公司团建需要开发票，抬头已发给前台，请尽快开具", "请问储值充值可以开发票吗"],
        tw=["請問可以開統編發票嗎？公司要報帳"],
        en=["Need an official receipt for our company party for reimbursement", "Can you send the OR for last "
            "night's booking?"]),
    "sound_great": dict(
        zh=["音响效果很好，混响调得很舒服", "话筒音质不错，唱起来很有感觉", "设备很新，音效一流", "低音很足，氛围感拉满"],
        tw=["音響效果很好，麥克風也很清楚", "設備很新，音效很棒"],
        en=["Great sound system, best mics in town", "Audio quality is excellent, felt like a concert",
            "Sound is crisp and the mics are clear"]),
    "staff_friendly": dict(
        zh=["服务员小哥很热情，还帮我们调音", "前台小姐姐态度很好，很快就安排好包厢", "服务很周到，叫一下马上就来"],
        tw=["服務生很親切，反應很快", "櫃檯人員很熱心幫我們安排"],
        en=["Staff were super friendly and quick", "Front desk was very helpful and got us a bigger room",
            "Service was attentive, they checked on us without being annoying"]),
    "package_value": dict(
        zh=["下午场三小时团购很划算，学生党友好", "通宵套餐性价比很高", "美团买的套餐很值，含果盘和饮料",
            "学生特惠太香了，{n}个人才几十块"],
        tw=["午場優惠很划算", "學生方案很便宜，推薦"],
        en=["The afternoon 3-hour deal is great value", "Sing-all-night package is cheap for what you get",
            "Good value package, drinks included"]),
    "clean_room": dict(
        zh=["包厢很干净，没有烟味", "环境整洁，卫生间也很干净"],
        tw=["包廂很乾淨，沒有菸味"],
        en=["Rooms are spotless", "Very clean room and clean bathrooms"]),
    "party_setup": dict(
        zh=["生日布置很用心，还送了蛋糕和气球", "团建包场安排得很好，流程顺畅", "大包厢很适合公司聚会，还有小舞台"],
        tw=["慶生布置很用心，還有送蛋糕"],
        en=["They decorated the room for my daughter's birthday, lovely touch", "Company party went smoothly, the "
            "party room is huge", "Great for a big group, the birthday setup was amazing"]),
    "easy_booking": dict(
        en=["Booking a room on the app takes a minute, love it", "Easy to book and pay in the app"],
        zh=["App订房很方便"], tw=["用App訂房很方便"]),
    "neutral": dict(
        zh=["还行吧，中规中矩", "一般般，价格正常", "和别家差不多，停车有点麻烦", "{city}这家店位置好找，其他一般"],
        tw=["還可以，普普通通", "跟其他家差不多"],
        en=["It was okay, nothing special", "Average place, parking is a bit hard to find", "Decent, would maybe come "
            "back", "Normal karaoke place in {city}"]),
}


def main() -> int:
    out = Path(sys.argv[1])
    g = Gen()
    g.run()
    g.finish(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
