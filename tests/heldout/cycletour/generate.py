"""踏行 PedalWays: a guided and self-guided cycling-holiday operator selling tours in Europe, China and New Zealand,
2024-07-01 .. 2026-06-30 (synthetic, written blind).

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

SEED = 20260704
START = datetime(2024, 7, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
D = timedelta
N_LEADS = 15000                     # people who first touch PedalWays inside the window
N_PAST = 700                        # travellers from 2022-2024 (no acquisition events)
FORM_V2 = datetime(2025, 10, 15)    # the new bike-fitting form (frame geometry measurements) goes live
AB = (datetime(2026, 3, 1), datetime(2026, 6, 1))   # deposit-page A/B test: control vs flex_deposit
CONTENT_PUSH = datetime(2025, 9, 1)  # the 小红书 / 公众号 content push starts
PUGLIA_SWITCH = datetime(2025, 1, 1)  # Puglia e-bike supplier: Apulia Bike Co -> Bici Sud from the 2025 season

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_search", "搜索广告点击", "Search ad click", "awareness", "ads", "digital", "growth marketing",
     "搜索广告|百度推广|SEM|关键词广告|点广告|search ad|Google ads|paid search|PPC"),
    ("tp_blog", "骑行攻略文章", "Cycling guide article", "awareness", "social", "digital", "content marketing",
     "攻略文章|内容营销|公众号文章|小红书笔记|知乎回答|种草|blog|article|content|travel guide post"),
    ("tp_brochure", "下载行程手册", "Brochure download", "consideration", "web", "digital", "content marketing",
     "行程手册|手册下载|下载手册|PDF行程|线路手册|brochure|brochure download|trip notes|itinerary PDF"),
    ("tp_enquiry", "线路咨询", "Tour enquiry", "consideration", "other", "digital", "travel consultants",
     "咨询|询价|问客服|留资|顾问|enquiry|inquiry|asked a consultant|sales question"),
    ("tp_deposit_page", "订金页面", "Deposit page", "purchase", "web", "digital", "e-commerce",
     "订金页|预订页|下单页|付款页|定金页面|deposit page|booking page|checkout page"),
    ("tp_deposit", "支付订金", "Deposit paid", "purchase", "web", "digital", "finance",
     "付订金|交定金|定金|订金|下定|预订成功|deposit|booking deposit|booked|reservation"),
    ("tp_cancel", "取消预订", "Booking cancelled", "purchase", "web", "digital", "travel consultants",
     "取消|退订|退团|冷静期取消|cancel|cancellation|cancelled booking|pulled out"),
    ("tp_bikefit", "提交车辆尺寸表", "Bike fitting form submitted", "service", "web", "digital", "operations",
     "尺寸表|车辆尺寸|身高表|车架尺码|选车表|bike fit|fitting form|bike size form|frame size"),
    ("tp_balance", "支付尾款", "Balance paid", "purchase", "web", "digital", "finance",
     "尾款|余款|补尾款|付清|balance|final payment|balance payment|pay in full"),
    ("tp_briefing", "行前说明会", "Pre-trip briefing", "service", "other", "digital", "operations",
     "行前会|行前说明|出行说明会|线上说明会|briefing|pre-departure briefing|pre-trip call"),
    ("tp_tour_start", "出发开骑", "Tour started", "service", "other", "physical", "tour operations",
     "出发|开骑|到达集合地|发团|departure|tour start|day one|arrival"),
    ("tp_support_call", "途中救援电话", "On-tour support call", "service", "phone", "physical", "on-tour support",
     "救援|救援电话|故障求助|爆胎|坏车|途中支持|breakdown|support call|roadside help|mechanical|flat tyre"),
    ("tp_tour_end", "完成行程", "Tour completed", "service", "other", "physical", "tour operations",
     "完骑|骑完|行程结束|收官|tour finished|completed the tour|last day"),
    ("tp_review", "骑后评价", "Post-trip review", "loyalty", "email", "digital", "customer experience",
     "评价|回访|问卷|打分|点评|review|post-trip survey|feedback survey|rating"),
    ("tp_rebook", "再次预订", "Rebooked", "loyalty", "web", "digital", "travel consultants",
     "复购|再订|回头客|再次报名|二刷|rebook|repeat booking|came back|booked again"),
]

JOURNEYS = [
    ("lead_to_deposit", "手册到订金", "Brochure to deposit", ["tp_brochure", "tp_enquiry", "tp_deposit_page",
                                                           "tp_deposit"], 30),
    ("pre_trip", "订金到出发", "Deposit to departure", ["tp_deposit", "tp_bikefit", "tp_balance", "tp_briefing",
                                                       "tp_tour_start"], 300),
    ("ride_again", "骑完到复购", "Finish to rebooking", ["tp_tour_end", "tp_review", "tp_rebook"], 365),
]

# code, zh, en, destination, style, difficulty, days, price per person (CNY), season months, guides [(en, zh, bonus)],
# support partner (before, after Puglia switch), call rate, response median minutes, popularity
TOURS = [
    ("EU-DAN", "多瑙河单车之路", "Danube Cycle Path", "europe", "self_guided", "leisure", 8, 12800,
     range(4, 11), [], "Donau Rad Service", 0.25, 40, 1.3),
    ("EU-LOI", "卢瓦尔河谷城堡骑行", "Loire Valley Chateaux", "europe", "guided", "leisure", 7, 16800,
     range(4, 11), [("Julien", "于连", 0.0), ("Claire", "克莱尔", 0.45)], "Loire Velo", 0.12, 35, 1.1),
    ("EU-PUG", "普利亚海岸电助力骑行", "Puglia Coast E-bike", "europe", "self_guided", "moderate", 7, 13900,
     [4, 5, 6, 9, 10], [], "Bici Sud", 0.25, 40, 0.9),
    ("EU-DOL", "多洛米蒂山口挑战", "Dolomites Passes Challenge", "europe", "guided", "challenging", 8, 22800,
     [6, 7, 8, 9], [("Luca", "卢卡", 0.0)], "Dolomiti Bike Support", 0.15, 35, 0.5),
    ("EU-MAL", "马略卡环岛骑行", "Mallorca Island Loop", "europe", "guided", "moderate", 7, 15600,
     [3, 4, 5, 9, 10, 11], [("Marta", "玛尔塔", 0.0)], "Mallorca Cycle Hub", 0.12, 35, 0.8),
    ("CN-GUI", "桂林阳朔山水骑行", "Guilin & Yangshuo Karst Ride", "china", "guided", "leisure", 5, 5980,
     [3, 4, 5, 9, 10, 11], [("Qiang", "阿强", 0.0), ("Wei", "小韦", 0.0)], "PedalWays Guilin Crew", 0.12, 25, 1.9),
    ("CN-QHL", "环青海湖骑行", "Qinghai Lake Loop", "china", "guided", "moderate", 6, 6880,
     [6, 7, 8, 9], [("Ma", "老马", 0.0)], "PedalWays Xining Crew", 0.15, 30, 1.0),
    ("CN-HAI", "海南东线环岛", "Hainan East Coast", "china", "self_guided", "leisure", 5, 4580,
     [11, 12, 1, 2, 3], [], "Haikou Bike Rescue", 0.22, 40, 0.9),
    ("CN-DAL", "大理洱海环湖", "Dali Erhai Lake", "china", "self_guided", "leisure", 4, 3680,
     range(1, 13), [], "Dali Bike House", 0.2, 35, 1.2),
    ("CN-318", "川藏线骑行", "Sichuan-Tibet Highway 318", "china", "guided", "challenging", 18, 19800,
     [5, 6, 7, 8, 9], [("Liu", "大刘", 0.0)], "PedalWays 318 Support Van", 0.3, 20, 0.4),
    ("NZ-OTG", "中奥塔哥铁路步道", "Otago Central Rail Trail", "nz", "self_guided", "leisure", 5, 11800,
     [10, 11, 12, 1, 2, 3, 4], [], "Otago Trail Services", 0.25, 70, 0.8),
    ("NZ-A2O", "阿尔卑斯到海洋", "Alps 2 Ocean Trail", "nz", "guided", "moderate", 7, 18600,
     [10, 11, 12, 1, 2, 3, 4], [("Hemi", "赫米", 0.0)], "Waitaki Cycle Support", 0.15, 55, 0.7),
]
TOUR = {t[0]: t for t in TOURS}
DEST_ZH = {"europe": "欧洲", "china": "中国", "nz": "新西兰"}
STYLE_ZH = {"guided": "领骑团", "self_guided": "自助骑行"}
DIFF_ZH = {"leisure": "休闲", "moderate": "中等", "challenging": "挑战"}
CHANNELS = ["search_ads", "content", "referral", "cycling_club", "travel_fair"]
CHANNEL_ZH = {"search_ads": "搜索广告", "content": "内容营销", "referral": "老客推荐", "cycling_club": "车友会合作",
              "travel_fair": "旅游展会"}
REGIONS = ["east_china", "north_china", "south_china", "southwest", "overseas"]
REGION_ZH = {"east_china": "华东", "north_china": "华北", "south_china": "华南", "southwest": "西南", "overseas": "海外"}
CITIES = {"east_china": ["上海", "杭州", "南京", "苏州"], "north_china": ["北京", "天津"], "south_china": ["广州", "深圳"],
          "southwest": ["成都", "重庆", "昆明"], "overseas": ["Singapore", "Sydney", "London", "Vancouver"]}
ENQ_ZH = {"wechat": "微信", "email": "邮件", "phone": "电话", "web_form": "官网表单"}
LEVEL_ZH = {"beginner": "入门", "intermediate": "进阶", "advanced": "资深"}
ISSUES = ["puncture", "chain", "gears", "ebike_battery", "lost_route", "luggage", "bike_fit", "medical"]
ISSUE_ZH = {"puncture": "爆胎", "chain": "掉链断链", "gears": "变速故障", "ebike_battery": "电池没电",
            "lost_route": "迷路", "luggage": "行李没到", "bike_fit": "车不合身", "medical": "身体不适"}
CANCEL_ZH = {"changed_plans": "计划有变", "found_cheaper": "找到更便宜的", "health": "身体原因", "work": "工作原因",
             "visa": "签证问题", "holding_spot": "先占位后不去了"}


class G:
    def __init__(self) -> None:
        self.rng = np.random.default_rng(SEED)
        self.customers: dict[str, dict] = {}
        self.events: list[dict] = []
        self.orders: list[dict] = []
        self.feedback: list[dict] = []
        self.truth: list[dict] = []
        self.experiments: list[dict] = []
        self.n_ev = self.n_ord = self.n_fb = self.n_bk = 0
        self.bookings: list[dict] = []

    # ---------- helpers ----------
    def r(self) -> float:
        return float(self.rng.random())

    def pick(self, items, p=None):
        if p is not None:
            p = np.asarray(p, dtype=float)
            p = p / p.sum()
        return items[int(self.rng.choice(len(items), p=p))]

    def at_hour(self, day: datetime, lo=8, hi=23) -> datetime:
        base = datetime(day.year, day.month, day.day)
        return base + D(seconds=int(self.rng.integers(lo * 3600, hi * 3600)))

    def ev(self, cust, ts, tp, **kw):
        if ts > END:
            return None
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=cust["customer_id"], ts=ts, touchpoint_id=tp, **kw)
        self.events.append(row)
        return row

    def order(self, cust, ts, amount, status, order_type, bk, **kw):
        if ts > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"PW{self.n_ord:06d}", customer_id=cust["customer_id"], ts=ts, amount=round(amount, 2),
                   status=status, order_type=order_type, booking_id=bk["booking_id"], **self.tour_cols(bk), **kw)
        self.orders.append(row)
        return row

    def tour_cols(self, bk) -> dict:
        t = TOUR[bk["tour"]]
        return dict(tour_code=t[0], tour=t[1], tour_en=t[2], destination=t[3], 目的地=DEST_ZH[t[3]], style=t[4],
                    形式=STYLE_ZH[t[4]], difficulty=t[5], 难度=DIFF_ZH[t[5]])

    def lead_cols(self, tour) -> dict:
        t = TOUR[tour]
        return dict(tour_code=t[0], tour=t[1], tour_en=t[2], destination=t[3], 目的地=DEST_ZH[t[3]], style=t[4],
                    形式=STYLE_ZH[t[4]], difficulty=t[5], 难度=DIFF_ZH[t[5]])

    # ---------- customers ----------
    def new_customer(self, cid, channel, lang, region, past=False):
        level = self.pick(["beginner", "intermediate", "advanced"], [0.4, 0.45, 0.15])
        c = dict(customer_id=cid, signup_at=None, segment=None, region=region, 地区=REGION_ZH[region],
                 acquisition_channel=channel, 获客渠道=CHANNEL_ZH[channel], tier=None, 会员等级=None,
                 city=self.pick(CITIES[region]), age_band=self.pick(["18-29", "30-39", "40-49", "50-59", "60+"],
                                                                     [0.12, 0.3, 0.28, 0.2, 0.1]),
                 gender=self.pick(["female", "male"], [0.46, 0.54]), language=lang, riding_level=level,
                 骑行水平=LEVEL_ZH[level], device_pref=self.pick(["pc", "ios", "android"], [0.38, 0.40, 0.22]),
                 past=past, bookings=0)
        self.customers[cid] = c
        return c

    def choose_tour(self, c) -> str:
        w = []
        for t in TOURS:
            x = t[13]
            if c["riding_level"] == "advanced" and t[5] == "challenging":
                x *= 3
            if c["riding_level"] == "beginner" and t[5] == "challenging":
                x *= 0.2
            if c["language"] == "en" and t[3] == "china":
                x *= 1.4
            w.append(x)
        return self.pick([t[0] for t in TOURS], w)

    # ---------- leads ----------
    def lead_day(self, n):
        days = [START + D(days=i) for i in range((END - START).days + 1)]
        mw = {1: 1.7, 2: 1.5, 3: 1.25, 4: 1.0, 5: 0.9, 6: 0.75, 7: 0.7, 8: 0.8, 9: 1.0, 10: 0.95, 11: 1.0, 12: 1.15}
        w = np.array([mw[d.month] * (1 + 0.18 * (d - START).days / 365) for d in days])
        idx = self.rng.choice(len(days), size=n, p=w / w.sum())
        return sorted(days[i] for i in idx)

    def run_leads(self):
        for i, day in enumerate(self.lead_day(N_LEADS)):
            cw = [0.36, 0.2 if day < CONTENT_PUSH else 0.42, 0.1, 0.12, 0.08]
            ch = self.pick(CHANNELS, cw)
            lang = "en" if self.r() < 0.13 else "zh"
            region = "overseas" if lang == "en" else self.pick(REGIONS[:4], [0.42, 0.25, 0.18, 0.15])
            c = self.new_customer(f"C{i + 1:06d}", ch, lang, region)
            self.lead(c, day)

    def lead(self, c, day):
        r = self.r
        dev = c["device_pref"]
        tour = self.choose_tour(c)
        t0 = self.at_hour(day)
        sess = f"WS{c['customer_id'][1:]}"
        ch = c["acquisition_channel"]
        if ch == "search_ads":
            kw = self.pick(["骑行旅游", "欧洲骑行", "自行车旅行团", "cycling holiday", "多瑙河骑行", "新西兰骑行",
                            "环青海湖骑行团", "e-bike tour"])
            self.ev(c, t0, "tp_search", session_id=sess, action="click", device=dev, channel="ads", keyword=kw,
                    **self.lead_cols(tour))
        elif ch == "content":
            plat = self.pick(["xiaohongshu", "wechat_article", "zhihu"], [0.55, 0.3, 0.15])
            self.ev(c, t0, "tp_blog", session_id=sess, action="view", device=dev, channel="social", platform=plat,
                    **self.lead_cols(tour))
        p_bro = {"search_ads": 0.42, "content": 0.36, "referral": 0.85, "cycling_club": 0.75, "travel_fair": 0.8}[ch]
        t = t0
        got_bro = r() < p_bro
        if got_bro:
            t = t + D(hours=float(self.rng.exponential(10))) if ch in ("search_ads", "content") else t0
            self.ev(c, t, "tp_brochure", session_id=sess, action="download", device=dev, channel="web",
                    **self.lead_cols(tour))
            c["signup_at"] = t
            p_enq = {"search_ads": 0.5, "content": 0.3, "referral": 0.76, "cycling_club": 0.6,
                     "travel_fair": 0.56}[ch]
            direct_page = False
            if r() < p_enq:
                enq = True
            else:
                enq = False
                direct_page = r() < 0.08
        else:
            enq = r() < 0.05
            direct_page = False
        reply = 0.0
        if enq:
            t = t + D(days=float(self.rng.gamma(1.5, 2.0)))
            t = self.at_hour(t, 8, 23)
            if c["signup_at"] is None:
                c["signup_at"] = t
            if c["language"] == "en":
                ech = self.pick(["email", "web_form", "phone"], [0.6, 0.3, 0.1])
            else:
                ech = self.pick(["wechat", "email", "phone", "web_form"], [0.45, 0.25, 0.12, 0.18])
            reply = {"wechat": float(self.rng.lognormal(np.log(1.2), 0.8)), "phone": 0.0,
                     "email": float(self.rng.lognormal(np.log(18), 0.7)),
                     "web_form": float(self.rng.lognormal(np.log(30), 0.6))}[ech]
            evch = {"wechat": "social", "email": "email", "phone": "phone", "web_form": "web"}[ech]
            self.ev(c, t, "tp_enquiry", session_id=sess, action="submit", device=dev if ech != "phone" else None,
                    channel=evch, enquiry_channel=ech, 咨询渠道=ENQ_ZH[ech], reply_hours=round(reply, 1),
                    **self.lead_cols(tour))
            if reply > 24 and r() < 0.14:
                self.fb_reply_slow(c, t + D(hours=reply), tour, ech)
            page = r() < 0.78 * (0.62 if reply > 24 else 1.0)
        else:
            page = direct_page
            if page:
                t = t + D(days=float(self.rng.gamma(1.2, 2.0)))
        if not page:
            return
        t = self.at_hour(t + D(hours=reply) + D(days=float(self.rng.exponential(3.5))), 7, 24)
        if t > END:
            return
        variant = None
        if AB[0] <= t < AB[1]:
            variant = "flex_deposit" if r() < 0.5 else "control"
            self.experiments.append(dict(experiment_id="deposit_page_2026", variant=variant,
                                         customer_id=c["customer_id"], assigned_at=t, page_version={
                                             "control": "v1_30pct", "flex_deposit": "v2_flex_1000"}[variant]))
        self.ev(c, t, "tp_deposit_page", session_id=sess, action="view", device=dev, channel="web",
                experiment_variant=variant, **self.lead_cols(tour))
        p_dep = {"search_ads": 0.33, "content": 0.25, "referral": 0.53, "cycling_club": 0.42,
                 "travel_fair": 0.38}[ch] * (0.8 if not enq else 1.0)
        if variant == "flex_deposit":
            p_dep *= 1.45
        if r() < p_dep:
            td = t + D(minutes=float(self.rng.exponential(600)))
            self.booking(c, tour, td, dev, variant)
        elif r() < 0.05:
            self.fb_simple(c, t + D(hours=2), "tp_deposit_page", "price_high", tour=tour, channel="wechat_cs")

    # ---------- bookings ----------
    def departure(self, tour, td):
        t = TOUR[tour]
        d = datetime(td.year, td.month, td.day) + D(days=int(self.rng.integers(40, 200)))
        for _ in range(800):
            if d.month in t[8]:
                if t[4] != "guided" or d.weekday() == 5:
                    break
            d += D(days=1)
        return d

    def booking(self, c, tour, td, dev, variant, rebook=False):
        if td > END:
            return
        r = self.r
        self.n_bk += 1
        t = TOUR[tour]
        c["bookings"] += 1
        pax = self.pick([1, 2, 3, 4], [0.33, 0.52, 0.1, 0.05])
        dep = self.departure(tour, td)
        guide = None
        if t[9]:
            gi = int(self.rng.choice(len(t[9]), p=[0.35, 0.65])) if len(t[9]) == 2 and tour == "EU-LOI" \
                else int(self.rng.integers(len(t[9])))
            guide = t[9][gi]
        partner = t[10]
        if tour == "EU-PUG" and dep < PUGLIA_SWITCH:
            partner = "Apulia Bike Co"
        price = t[7] * (1.08 if dep.year >= 2026 and t[3] == "europe" else 1.0)
        total = price * pax
        flex = variant == "flex_deposit"
        dep_amt = 1000.0 * pax if flex else round(total * 0.3, -1)
        bk = dict(booking_id=f"BK{self.n_bk:05d}", tour=tour, customer=c, departure=dep, pax=pax, guide=guide,
                  partner=partner, variant=variant, rebook=rebook)
        self.bookings.append(bk)
        bcols = dict(session_id=bk["booking_id"], **self.tour_cols(bk), departure_date=dep.date().isoformat(),
                     guide=guide[0] if guide else None, 领队=guide[1] if guide else None, pax=pax)
        if rebook:
            self.ev(c, td - D(seconds=40), "tp_rebook", action="submit", device=dev, channel="web", **bcols)
        self.ev(c, td, "tp_deposit", action="success", device=dev, channel="web", deposit_type="flex" if flex
                else "standard", **bcols)
        pm = self.pick(["alipay", "wechat_pay", "card", "bank_transfer"], [0.35, 0.35, 0.2, 0.1]) \
            if c["language"] == "zh" else self.pick(["card", "bank_transfer"], [0.8, 0.2])
        o_dep = self.order(c, td, dep_amt, "paid", "deposit", bk, channel="web", device=dev, payment_method=pm,
                           departure_date=dep.date().isoformat(), pax=pax, refunded_at=None, refund_amount=None)
        # cooling-off cancellation (14 days; deposit refunded)
        if r() < (0.27 if flex else 0.04):
            tc = self.at_hour(td + D(days=float(self.rng.uniform(0.5, 13.5))), 8, 23)
            reason = self.pick(["holding_spot", "changed_plans", "found_cheaper", "work"], [0.7, 0.15, 0.1, 0.05]) \
                if flex else self.pick(["changed_plans", "found_cheaper", "health", "work", "visa"],
                                       [0.35, 0.2, 0.15, 0.2, 0.1])
            self.ev(c, tc, "tp_cancel", action="submit", device=dev, channel="web", cancel_reason=reason,
                    取消原因=CANCEL_ZH[reason], cooling_off=True, **bcols)
            if o_dep is not None and tc <= END:
                o_dep["status"] = "refunded"
                o_dep["refunded_at"] = tc + D(days=float(self.rng.uniform(1, 6)))
                o_dep["refund_amount"] = dep_amt
                if o_dep["refunded_at"] > END:
                    o_dep["refunded_at"], o_dep["refund_amount"], o_dep["status"] = None, None, "paid"
            return
        # bike fitting form
        fdev = self.pick(["pc", dev], [0.35, 0.65]) if dev != "pc" else "pc"
        if td >= FORM_V2:
            p_fit = 0.86 if fdev == "pc" else 0.55
        else:
            p_fit = 0.94
        fitted = r() < p_fit
        form = "v2_geometry" if td >= FORM_V2 else "v1_height"
        tf = None
        if fitted:
            tf = self.at_hour(td + D(days=float(self.rng.gamma(1.6, 4.0))), 7, 24)
            size = self.pick(["S", "M", "L", "XL"], [0.2, 0.38, 0.3, 0.12])
            self.ev(c, tf, "tp_bikefit", action="submit", device=fdev, channel="web", form_version=form,
                    frame_size=size, height_cm=int(self.rng.normal(170, 9)), **bcols)
        if td >= FORM_V2:
            if r() < (0.45 if not fitted else 0.15):
                self.fb_simple(c, td + D(days=float(self.rng.uniform(2, 20))), "tp_bikefit", "fit_form_confusing",
                               tour=tour, bk=bk, channel="wechat_cs")
        elif r() < 0.02:
            self.fb_simple(c, td + D(days=float(self.rng.uniform(2, 20))), "tp_bikefit", "fit_form_confusing",
                           tour=tour, bk=bk, channel="wechat_cs")
        # balance (due 60 days before departure)
        due = dep - D(days=60)
        bal_amt = total - dep_amt
        if r() < 0.05:
            tc = self.at_hour(max(td + D(days=15), due - D(days=float(self.rng.uniform(0, 20)))), 8, 23)
            reason = self.pick(["changed_plans", "health", "work", "visa"], [0.4, 0.25, 0.25, 0.1])
            self.ev(c, tc, "tp_cancel", action="submit", device=dev, channel="web", cancel_reason=reason,
                    取消原因=CANCEL_ZH[reason], cooling_off=False, **bcols)
            self.order(c, max(due, tc), bal_amt, "cancelled", "balance", bk, channel="web", device=None,
                       payment_method=None, departure_date=dep.date().isoformat(), pax=pax, refunded_at=None,
                       refund_amount=None)
            return
        tb = due - D(days=float(self.rng.uniform(-4, 14)))
        tb = max(tb, td + D(days=float(self.rng.uniform(1, 4))))
        if tf is not None and tb <= tf:     # late bookers pay the balance once the fitting form is in
            tb = tf + D(days=float(self.rng.uniform(0.5, 3)))
        tb = self.at_hour(tb, 8, 23)
        bdev = dev if pm != "bank_transfer" else None
        self.ev(c, tb, "tp_balance", action="success", device=bdev, channel="web" if bdev else "other", **bcols)
        self.order(c, tb, bal_amt, "paid", "balance", bk, channel="web" if bdev else "other", device=bdev,
                   payment_method=pm, departure_date=dep.date().isoformat(), pax=pax, refunded_at=None,
                   refund_amount=None)
        ebike = False
        if tour != "EU-PUG":
            pe = {"leisure": 0.32, "moderate": 0.22, "challenging": 0.04}[t[5]]
            if c["age_band"] in ("50-59", "60+"):
                pe *= 1.5
            if r() < pe:
                ebike = True
                self.order(c, tb + D(minutes=3), 1200.0 * pax, "paid", "ebike_upgrade", bk, channel="web",
                           device=bdev, payment_method=pm, departure_date=dep.date().isoformat(), pax=pax,
                           refunded_at=None, refund_amount=None)
        else:
            ebike = True
        if pax == 1 and r() < 0.55:
            self.order(c, tb + D(minutes=5), 2500.0 if t[3] != "china" else 900.0, "paid", "single_room", bk,
                       channel="web", device=bdev, payment_method=pm, departure_date=dep.date().isoformat(), pax=pax,
                       refunded_at=None, refund_amount=None)
        # briefing
        if r() < (0.92 if t[4] == "guided" else 0.68):
            tbr = datetime(dep.year, dep.month, dep.day, 20, 0) - D(days=int(self.rng.integers(5, 15)))
            fmt = "wechat_live" if c["language"] == "zh" else "zoom"
            self.ev(c, tbr, "tp_briefing", action="attend", device=self.pick(["pc", dev]), channel="other",
                    briefing_format=fmt, **bcols)
            if r() < 0.05:
                self.fb_simple(c, tbr + D(hours=2), "tp_briefing", "briefing_helpful", tour=tour, bk=bk,
                               channel="wechat_cs")
        if r() > 0.985:
            return
        ts = self.at_hour(dep, 8, 11)
        self.ev(c, ts, "tp_tour_start", action="check_in", channel="other", ebike=ebike, **bcols)
        # on-tour support calls
        lam = t[11]
        resp_med = t[12]
        if tour == "EU-PUG" and dep >= PUGLIA_SWITCH:
            lam, resp_med = 1.15, 135
        if not fitted:
            lam += 0.3
        calls = []
        for _ in range(int(self.rng.poisson(lam * (1 + 0.3 * (pax > 1))))):
            w = {"puncture": 0.36, "chain": 0.14, "gears": 0.15, "ebike_battery": 0.18 if ebike else 0.0,
                 "lost_route": 0.1 if t[4] == "self_guided" else 0.01, "luggage": 0.05 if t[4] == "self_guided"
                 else 0.01, "bike_fit": 0.0 if fitted else 0.5, "medical": 0.03}
            if tour == "EU-PUG" and dep >= PUGLIA_SWITCH:
                w["ebike_battery"] = 1.3
            issue = self.pick(list(w), list(w.values()))
            day = dep + D(days=int(self.rng.integers(0, t[6])))
            tcall = self.at_hour(day, 8, 18)
            resp = float(self.rng.lognormal(np.log(resp_med), 0.45))
            self.ev(c, tcall, "tp_support_call", action="call", channel="phone", issue_type=issue,
                    故障类型=ISSUE_ZH[issue], response_min=int(round(resp)), support_partner=partner, **bcols)
            calls.append((issue, resp, tcall))
            if r() < 0.5:
                self.fb_call_note(c, tcall + D(minutes=resp + 20), bk, issue, resp)
        if r() > 0.99:
            return
        te = self.at_hour(dep + D(days=t[6] - 1), 16, 19)
        self.ev(c, te, "tp_tour_end", action="complete", channel="other", **bcols)
        # review
        rating = None
        if r() < 0.62:
            trv = self.at_hour(te + D(days=float(self.rng.uniform(1, 7))), 8, 23)
            rating = self.review(c, trv, bk, calls, fitted, ebike)
            self.ev(c, trv, "tp_review", action="submit", device=dev, channel="email", stars=rating, **bcols)
        # rebook later
        p_re = 0.32 if t[4] == "guided" else 0.1
        if rating is not None and rating <= 2:
            p_re *= 0.4
        if r() < p_re:
            td2 = self.at_hour(te + D(days=float(self.rng.uniform(20, 330))), 9, 23)
            if td2 <= END:
                self.pending.append((td2, c, dev))

    # ---------- feedback ----------
    def add_fb(self, ts, topic, lang, channel, cust=None, tp=None, tour=None, bk=None, rating=None, nps=None,
               text=None):
        if ts is not None and ts > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        row = dict(feedback_id=fid, text=text, ts=ts, customer_id=cust["customer_id"] if cust else None,
                   touchpoint_id=tp, channel=channel, rating=rating, nps=nps,
                   booking_id=bk["booking_id"] if bk else None)
        if tour:
            row.update(self.lead_cols(tour))
            g = bk["guide"] if bk else None
            row.update(guide=g[0] if g else None, 领队=g[1] if g else None)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic], language=lang))

    def text(self, topic, lang, tour=None, bk=None, **kw):
        t = TOUR[tour] if tour else None
        opts = TEXTS[topic][lang]
        s = opts[int(self.rng.integers(len(opts)))]
        g = bk["guide"] if bk and bk["guide"] else (None, None)
        fill = dict(tour=(t[1] if lang == "zh" else t[2]) if t else ("这条线" if lang == "zh" else "the tour"),
                    guide=(g[1] if lang == "zh" else g[0]) or ("领队" if lang == "zh" else "our guide"),
                    partner=bk["partner"] if bk else "the local partner", **kw)
        s = s.format(**fill)
        if topic.startswith("note_"):
            return s
        if self.r() < 0.45:
            s = self.pick(PREFIX[lang]).format(**fill) + s
        if self.r() < 0.4:
            s = s.rstrip("。！.!") + self.pick(SUFFIX[SENT[topic]][lang])
        return s

    def fb_simple(self, c, ts, tp, topic, tour=None, bk=None, channel="wechat_cs"):
        lang = c["language"]
        if channel == "wechat_cs" and lang == "en":
            channel = "email"
        self.add_fb(ts, topic, lang, channel, cust=c, tp=tp, tour=tour, bk=bk, text=self.text(topic, lang, tour, bk))

    def fb_reply_slow(self, c, ts, tour, ech):
        lang = c["language"]
        ch = "email" if ech in ("email", "web_form") else "wechat_cs"
        self.add_fb(ts, "reply_slow", lang, ch, cust=c, tp="tp_enquiry", tour=tour,
                    text=self.text("reply_slow", lang, tour))

    def fb_call_note(self, c, ts, bk, issue, resp):
        lang = c["language"]
        if resp > 120:
            topic = "slow_rescue"
        elif issue == "ebike_battery":
            topic = "battery_died"
        else:
            topic = "breakdown_fixed"
        key = "note_" + topic
        s = self.text(key, lang, bk["tour"], bk, issue=ISSUE_ZH[issue] if lang == "zh" else issue.replace("_", " "),
                      mins=int(resp))
        self.add_fb(None if self.r() < 0.1 else ts, topic, lang, "call_note", cust=c, tp="tp_support_call",
                    tour=bk["tour"], bk=bk, text=s)

    def review(self, c, ts, bk, calls, fitted, ebike):
        r = self.r
        tour = bk["tour"]
        t = TOUR[tour]
        lang = c["language"]
        slow = any(x[1] > 120 for x in calls)
        battery = any(x[0] == "ebike_battery" for x in calls)
        topic = None
        if tour == "EU-PUG" and battery and r() < 0.75:
            topic = "battery_died"
        elif slow and r() < 0.7:
            topic = "slow_rescue"
        elif not fitted and r() < 0.45:
            topic = "bike_wrong_size"
        elif tour == "CN-QHL" and r() < 0.55:
            topic = "hotel_basic"
        elif t[5] == "challenging" and r() < 0.22:
            topic = "too_hard"
        if topic is None:
            x = r()
            if bk["guide"] and bk["guide"][2] > 0.3:    # a standout guide: few lukewarm reviews
                x = 0.2 + 0.8 * x
            if x < 0.05:
                topic = "price_high"
            elif x < 0.2:
                topic = "neutral"
            elif x < 0.62:
                topic = "scenery"
            else:
                topic = "guide_great" if t[4] == "guided" else "smooth_logistics"
        base = {"positive": 4.6, "neutral": 3.6, "negative": 2.2}[SENT[topic]]
        if topic == "battery_died":
            base = 1.6
        if topic == "hotel_basic":
            base = 2.9
        if bk["guide"] and SENT[topic] != "negative":
            base += bk["guide"][2]
        if bk["guide"] and bk["guide"][2] > 0.3 and topic in ("scenery", "guide_great", "neutral"):
            base += 0.3
        rating = int(np.clip(round(base + self.rng.normal(0, 0.55)), 1, 5))
        nps = int(np.clip(round(rating * 2 + self.rng.normal(-0.5, 1.3)), 0, 10))
        txt = self.text(topic, lang, tour, bk)
        self.add_fb(ts, topic, lang, "post_trip_review", cust=c, tp=REVIEW_TP[topic], tour=tour, bk=bk,
                    rating=rating, nps=nps, text=txt)
        return rating

    def public_notes(self):
        """小红书 notes (zh) and TripAdvisor reviews (en) with no customer; many undated."""
        for i in range(330):
            lang = "zh" if self.r() < 0.75 else "en"
            ch = "xiaohongshu" if lang == "zh" else "tripadvisor"
            tour = self.pick([t[0] for t in TOURS], [t[13] for t in TOURS])
            w = {"scenery": 0.5, "price_high": 0.16, "too_hard": 0.0, "hotel_basic": 0.0, "battery_died": 0.0,
                 "neutral": 0.12, "guide_great": 0.12 if TOUR[tour][4] == "guided" else 0.0,
                 "smooth_logistics": 0.12 if TOUR[tour][4] == "self_guided" else 0.0}
            if TOUR[tour][5] == "challenging":
                w["too_hard"] = 0.3
            if tour == "CN-QHL":
                w["hotel_basic"] = 0.5
            if tour == "EU-PUG":
                w["battery_died"] = 0.6
            topic = self.pick(list(w), list(w.values()))
            day = START + D(days=int(self.rng.integers(0, (END - START).days)))
            if tour == "EU-PUG" and topic == "battery_died":
                day = datetime(2025, 4, 1) + D(days=int(self.rng.integers(0, (END - datetime(2025, 4, 1)).days)))
            ts = None if self.r() < 0.4 else self.at_hour(day)
            tp = REVIEW_TP[topic] if topic != "price_high" else "tp_deposit_page"
            self.add_fb(ts, topic, lang, ch, tp=tp, tour=tour,
                        rating=None if ch == "xiaohongshu" else int(np.clip(round(
                            {"positive": 4.6, "neutral": 3.5, "negative": 2.0}[SENT[topic]]
                            + self.rng.normal(0, 0.5)), 1, 5)),
                        text=self.text(topic, lang, tour, None))

    # ---------- run ----------
    def run(self):
        self.pending: list = []
        self.run_leads()
        # travellers from before the window
        for i in range(N_PAST):
            lang = "en" if self.r() < 0.1 else "zh"
            region = "overseas" if lang == "en" else self.pick(REGIONS[:4], [0.42, 0.25, 0.18, 0.15])
            ch = self.pick(CHANNELS, [0.4, 0.12, 0.15, 0.2, 0.13])
            c = self.new_customer(f"P{i + 1:05d}", ch, lang, region, past=True)
            c["signup_at"] = datetime(2022, 1, 1) + D(days=int(self.rng.integers(0, 900)),
                                                       seconds=int(self.rng.integers(8 * 3600, 22 * 3600)))
            if self.r() < 0.4:
                day = START + D(days=int(self.rng.integers(0, (END - START).days)))
                self.pending.append((self.at_hour(day, 9, 23), c, c["device_pref"]))
        # rebookings (may chain)
        while self.pending:
            self.pending.sort(key=lambda x: x[0])
            td, c, dev = self.pending.pop(0)
            tour = self.choose_tour(c)
            self.booking(c, tour, td, dev, None, rebook=True)
        self.public_notes()
        # segments and tiers
        spend: dict[str, float] = {}
        for o in self.orders:
            if o["status"] == "paid":
                spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + o["amount"]
        for c in self.customers.values():
            nb = c["bookings"]
            if c["past"]:
                c["segment"] = "returning" if nb else "lapsed"
            else:
                c["segment"] = "prospect" if nb == 0 else ("new" if nb == 1 else "returning")
            s = spend.get(c["customer_id"], 0)
            if c["past"] or nb:
                c["tier"] = "gold" if s >= 50000 else ("silver" if s >= 20000 else "standard")
                c["会员等级"] = {"gold": "金卡", "silver": "银卡", "standard": "普通"}[c["tier"]]


SENT = {"scenery": "positive", "guide_great": "positive", "smooth_logistics": "positive",
        "briefing_helpful": "positive", "neutral": "neutral", "breakdown_fixed": "neutral",
        "battery_died": "negative", "slow_rescue": "negative", "fit_form_confusing": "negative",
        "bike_wrong_size": "negative", "hotel_basic": "negative", "reply_slow": "negative", "price_high": "negative",
        "too_hard": "negative"}
REVIEW_TP = {"scenery": "tp_tour_end", "guide_great": "tp_tour_end", "smooth_logistics": "tp_tour_end",
             "neutral": "tp_review", "price_high": "tp_review", "battery_died": "tp_support_call",
             "slow_rescue": "tp_support_call", "bike_wrong_size": "tp_tour_start", "hotel_basic": "tp_tour_end",
             "too_hard": "tp_tour_end"}

PREFIX = {"zh": ["说实话，", "第一次跟踏行出来，", "和老公一起去的，", "带爸妈去的，", "{tour}：", "五一假期去的，",
                 "作为骑了十年的老车友，", "跟公司同事组团去的，"],
          "en": ["Honestly, ", "First trip with PedalWays. ", "Went with my wife. ", "{tour}: ", "Travelled solo. ",
                 "Long-time cyclist here. "]}
SUFFIX = {"positive": {"zh": ["！", "，下次还报踏行", " 👍", "，五星", "，已经推荐给朋友了"],
                       "en": ["!", ". Highly recommend.", " 5 stars.", ". Will book again."]},
          "neutral": {"zh": ["。", "，就这样吧", "，看下次吧"], "en": [".", ". Nothing more to add."]},
          "negative": {"zh": ["，希望改进", "，很失望", " 😤", "，不会再推荐了", "，请给个说法"],
                       "en": [". Please fix this.", ". Very disappointed.", ". Not good enough.",
                              ". Would not recommend."]}}

TEXTS = {
    "scenery": {
        "zh": ["{tour}的风景太美了，每天骑在画里一样，强烈推荐！", "沿途风光绝了，{tour}值回票价，下次还来",
               "路线设计得很好，风景一天比一天好看，拍照拍到手机没电", "第一次出国骑行选了{tour}，景色比想象中还漂亮",
               "骑行节奏刚好，有时间停下来看风景喝咖啡，非常享受", "{tour}这条线的风景真的是一绝，朋友圈点赞爆了"],
        "en": ["The scenery on the {tour} was stunning, every day felt like a postcard.",
               "Absolutely beautiful route, loved every kilometre of the {tour}.",
               "Fantastic views and quiet roads, the {tour} exceeded my expectations.",
               "Gorgeous landscapes and a relaxed pace, would do it again."]},
    "guide_great": {
        "zh": ["领队{guide}超级专业，照顾每个人的节奏，讲解也有趣", "{guide}人太好了，修车讲解样样行，全团都喜欢他",
               "跟着{guide}骑很安心，路线安排和补给都很到位", "领队和保障车配合得很好，{guide}值得五星"],
        "en": ["Our guide {guide} was brilliant, patient with the slower riders and full of stories.",
               "{guide} made the trip, great local knowledge and always cheerful.",
               "Superb guiding from {guide}, safety briefings and lunch stops were spot on."]},
    "smooth_logistics": {
        "zh": ["自助骑行的路书很清楚，行李每天都准时送到酒店，很省心", "导航轨迹和路书都很准，一次都没迷路，行李转运也准时",
               "虽然是自助骑，但安排得井井有条，酒店和行李都没出问题", "{tour}自助线安排很顺，取车还车都方便"],
        "en": ["Route notes and GPS tracks were clear and our luggage was always waiting at the hotel.",
               "Self-guided but everything just worked, hotels, bags and bikes all on time.",
               "Smooth logistics on the {tour}, easy bike pick-up and great route notes."]},
    "briefing_helpful": {
        "zh": ["行前说明会讲得很细，装备清单和注意事项都清楚了", "说明会解答了我所有问题，出发前心里有底了"],
        "en": ["The pre-trip briefing was really useful, all my questions answered.",
               "Helpful briefing call, the kit list and route overview were clear."]},
    "neutral": {
        "zh": ["整体还行，按计划骑完了，没什么特别的", "行程基本和手册一致，中规中矩", "还可以吧，有好有坏，总体一般",
               "骑完了，体验正常，下次再看看别的线路"],
        "en": ["It was fine overall, things went as planned.", "Decent trip, nothing special either way.",
               "Okay experience, roughly what the brochure promised."]},
    "battery_died": {
        "zh": ["电助力车电池半路就没电了，最后十几公里硬是推上坡，太崩溃", "租的电助力车电池不行，一天要换两次，打电话等了好久",
               "{tour}的电助力车续航太差，电池老化严重，体验很差", "电池没电被困在路边，这家合作车行的车况真的不行"],
        "en": ["The e-bike battery died halfway every single day, we ended up pushing uphill.",
               "E-bike batteries on the {tour} were worn out, range was nowhere near what was promised.",
               "Dead battery again on day three, the rental bikes from {partner} are not fit for purpose."]},
    "slow_rescue": {
        "zh": ["车坏了打救援电话，等了两个多小时才有人来，晒得要中暑", "救援太慢了，在路边干等了快三个小时",
               "出故障后救援响应很慢，当地合作方完全靠不住", "爆胎打电话求助，等了好久没人来，最后自己搭车回酒店"],
        "en": ["Waited over two hours by the roadside for the support van after a breakdown.",
               "Support response was far too slow, nobody came for ages after we called.",
               "The local support team took forever to reach us, very stressful."]},
    "fit_form_confusing": {
        "zh": ["车辆尺寸表太复杂了，什么臂展、跨高、座管长度，根本不知道怎么量", "新版尺寸表在手机上填不了，提交一直报错",
               "尺寸表要填的数据太多了，量了半天也不确定对不对，能不能简单点", "选车表格看不懂，客服也说不清要量哪里"],
        "en": ["The new bike fitting form is far too complicated, I have no idea how to measure reach or inseam.",
               "Could not submit the fitting form on my phone, it kept throwing an error.",
               "Too many measurements on the bike size form, please simplify it."]},
    "bike_wrong_size": {
        "zh": ["给我的车明显偏小，骑了三天膝盖疼", "车架尺寸不合适，座椅调到最高还是太矮",
               "到了才发现车不合身，换车又折腾半天"],
        "en": ["The bike I got was clearly the wrong size, knees hurt by day two.",
               "Frame far too big for me, could barely reach the bars.",
               "Bike did not fit at all, took half a day to swap it."]},
    "hotel_basic": {
        "zh": ["环湖路上住宿条件太差了，热水时有时无，跟宣传的不一样", "青海湖沿线酒店很简陋，床单都不干净",
               "骑行本身不错，但住的地方太差了，价格不匹配", "住宿是最大短板，隔音差还没暖气"],
        "en": ["Hotels on the Qinghai Lake loop were very basic, no hot water two nights.",
               "Accommodation was the weak point, rooms were cold and shabby.",
               "Loved the riding, hated the hotels, not what the brochure showed."]},
    "too_hard": {
        "zh": ["强度比描述的大太多了，爬坡爬到怀疑人生", "{tour}对新手太难了，每天都在掉队", "海拔和坡度都低估了，太累了"],
        "en": ["Much harder than advertised, the climbs were brutal.", "The {tour} was too tough for my level, "
               "I was always at the back.", "Daily distances and climbing were more than the grading suggested."]},
    "price_high": {
        "zh": ["价格有点贵，同样的线路别家便宜不少", "订金比例太高了，一下要交三成", "性价比一般，尾款加单房差算下来太贵了"],
        "en": ["Pricey compared with similar tours.", "The deposit is a big chunk up front, too expensive for me.",
               "Good trip but hard to justify the price."]},
    "reply_slow": {
        "zh": ["留了咨询两天都没人回复，等得花儿都谢了", "邮件问了行程细节，隔了一天多才回", "在线表单提交后好久才有顾问联系我"],
        "en": ["Sent an enquiry and heard nothing back for two days.", "Slow reply to my email about dates, "
               "I almost booked elsewhere.", "Took more than a day for anyone to answer my web form."]},
    "note_breakdown_fixed": {
        "zh": ["客户来电：{issue}。{partner}技师{mins}分钟到达，已处理，客户继续骑行", "途中来电报{issue}，{mins}分钟内解决，客户满意",
               "客户反映{issue}，已远程指导+现场处理，用时{mins}分钟"],
        "en": ["Call: {issue}. {partner} mechanic on site after {mins} min, fixed, guest continued.",
               "Guest reported {issue}; resolved within {mins} minutes."]},
    "note_battery_died": {
        "zh": ["客户来电：电助力车电池没电，{partner}送备用电池，{mins}分钟到，客户抱怨电池续航差",
               "电池又没电了，客户不满，要求换车，{mins}分钟后换电池"],
        "en": ["Guest called: e-bike battery flat again, spare battery delivered by {partner} after {mins} min, "
               "guest unhappy about range.", "Battery died mid-route, swap after {mins} min, complaint logged."]},
    "note_slow_rescue": {
        "zh": ["客户来电：{issue}。{partner}{mins}分钟后才到，客户等待时间过长，情绪激动", "救援迟到，{issue}，客户等了{mins}分钟，要求补偿"],
        "en": ["Guest reported {issue}; {partner} took {mins} min to arrive, guest very upset about the wait.",
               "Slow response: {issue}, guest waited {mins} minutes by the road, asked for compensation."]},
}
TEXTS["breakdown_fixed"] = {"zh": TEXTS["note_breakdown_fixed"]["zh"], "en": TEXTS["note_breakdown_fixed"]["en"]}


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
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(cols)
            for row in rows:
                w.writerow([fmt(row.get(k)) for k in cols])

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
         ["customer_id", "signup_at", "segment", "region", "地区", "acquisition_channel", "获客渠道", "tier", "会员等级",
          "city", "age_band", "gender", "language", "riding_level", "骑行水平"])
    ev = sorted(g.events, key=lambda e: (e["ts"], e["event_id"]))
    # a few exact duplicate rows (re-sent by the tracking pipeline)
    idx = g.rng.choice(len(ev), size=24, replace=False)
    ev = ev + [ev[i] for i in idx]
    dump("events.csv", ev,
         ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
          "tour_code", "tour", "tour_en", "destination", "目的地", "style", "形式", "difficulty", "难度",
          "departure_date", "guide", "领队", "pax", "keyword", "platform", "enquiry_channel", "咨询渠道", "reply_hours",
          "experiment_variant", "deposit_type", "cancel_reason", "取消原因", "cooling_off", "form_version",
          "frame_size", "height_cm", "briefing_format", "ebike", "issue_type", "故障类型", "response_min",
          "support_partner", "stars"])
    dump("orders.csv", sorted(g.orders, key=lambda o: o["order_id"]),
         ["order_id", "customer_id", "ts", "amount", "status", "order_type", "booking_id", "channel", "device",
          "payment_method", "tour_code", "tour", "tour_en", "destination", "目的地", "style", "形式", "difficulty",
          "难度", "departure_date", "pax", "refunded_at", "refund_amount"])
    fb = g.feedback
    order = g.rng.permutation(len(fb))
    dump("feedback.csv", [fb[i] for i in order],
         ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "booking_id",
          "tour_code", "tour", "tour_en", "destination", "目的地", "style", "形式", "guide", "领队"])
    dump("experiments.csv", g.experiments, ["experiment_id", "variant", "customer_id", "assigned_at", "page_version"])
    dump("_truth/feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment", "language"])
    print(f"customers {len(g.customers)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(fb)}, "
          f"experiments {len(g.experiments)}, bookings {len(g.bookings)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
