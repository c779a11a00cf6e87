"""洁绒到家 FluffyHome: carpet, rug, sofa and mattress cleaning at the customer's home, booked online (web, app, WeChat
mini-program) or by phone, in Shanghai, Hangzhou, Shenzhen, Chengdu and Guangzhou. Synthetic, written blind.

A customer asks for an online price estimate (or phones the hotline), books a visit slot, a two-person crew comes
to the home (hot-water extraction or low-moisture cleaning), the customer signs the job off or asks for a free
re-clean, pays the final bill (quote plus any on-site surcharge), and may file a damage claim (colour bleeding,
shrinkage, water marks, scratched furniture). After a paid job the customer is offered the annual care plan.
Customer-service chats, post-visit surveys, quarterly NPS waves, Dianping and app-store reviews and call notes.

Data 2024-07-01 .. 2026-05-31 (extract 2026-06-03, six months before "today" 2026-12-01). Naive local times
(Asia/Shanghai). Money in CNY (元).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topic / sentiment / language per comment; not a DATA.md table).
Deterministic (seed 20260603), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260603
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 5, 31, 23, 59, 59)

CITIES = {  # zh, en, weight, price factor, share of English-speaking customers, crews
    "SH": ("上海", "Shanghai", 0.27, 1.15, 0.35, 7),
    "HZ": ("杭州", "Hangzhou", 0.18, 1.0, 0.15, 5),
    "SZ": ("深圳", "Shenzhen", 0.21, 1.08, 0.30, 6),
    "CD": ("成都", "Chengdu", 0.15, 0.9, 0.10, 4),
    "GZ": ("广州", "Guangzhou", 0.19, 1.0, 0.20, 5),
}
SERVICES = {  # zh, weight, base price
    "wall_carpet": ("满铺地毯", 0.21, None),
    "area_rug": ("块毯", 0.20, None),
    "fabric_sofa": ("布艺沙发", 0.27, None),
    "mattress": ("床垫除螨", 0.20, None),
    "pet_odor": ("宠物除味深洁", 0.12, None),
}
SEASON = {1: 1.5, 2: 0.7, 3: 1.0, 4: 1.25, 5: 1.2, 6: 0.9, 7: 0.85, 8: 0.85, 9: 0.95, 10: 0.95, 11: 1.05, 12: 1.35}
ACQ = {"dianping": ("大众点评", 0.30), "xiaohongshu": ("小红书", 0.22), "search": ("搜索引擎", 0.19),
       "referral": ("老客推荐", 0.15), "property_partner": ("物业合作", 0.09), "douyin": ("抖音", 0.05)}
CLAIM = {"color_bleed": "褪色串色", "shrinkage": "缩水变形", "water_mark": "水渍印", "furniture_scratch": "家具刮花"}
OUTCOME = {"refund": "退款赔付", "reclean": "免费返工", "rejected": "不予赔付"}
REASON = {"reschedule": "改期", "price_question": "价格咨询", "damage": "损坏理赔", "late_tech": "师傅迟到",
          "invoice": "发票", "other": "其他"}
CANCEL = {"schedule_clash": "时间冲突", "price_too_high": "嫌贵", "found_other": "找了别家", "other": "其他"}
ORDER_ZH = {"cleaning": "上门清洗", "care_plan": "保养年卡", "damage_refund": "理赔退款"}
PLANS = {"care_basic": ("基础年卡", 499.0), "care_plus": ("尊享年卡", 899.0)}

SZ_SUMMER = (datetime(2025, 7, 1), datetime(2025, 9, 1))      # Shenzhen: two crews short in peak summer, late arrivals
SZ_BAD_CREW = "SZ-C03"                                        # the new Longgang crew, latest of all
HZ_LM2 = (datetime(2025, 9, 1), datetime(2026, 3, 1))         # Hangzhou pilot of the low-moisture solution LM-2
SH_SURCHARGE = datetime(2025, 11, 1)                          # Shanghai on-site "heavy soil / stain pre-treatment" fee
CD_PHONE = (datetime(2025, 12, 1), datetime(2026, 2, 1))      # Chengdu hotline migration: calls not answered
GZ_HUMID = (datetime(2026, 2, 1), datetime(2026, 5, 1))       # Guangzhou 回南天: slow drying, damp complaints
AB = (datetime(2026, 2, 1), datetime(2026, 5, 1))             # quote display test on online estimates

TEXT = {
    "late": {
        "zh": ["师傅迟到了一个多小时，也没提前打电话说一声。", "约的上午十点，迟到到快中午才来，请了半天假白等。",
               "第二次预约了，又迟到，时间观念太差。", "师傅迟到四十分钟，说前一单拖了，希望能提前通知。"],
        "en": ["The crew showed up over an hour late and nobody called ahead.",
               "Booked a 10am slot, they arrived late, close to noon. I had taken the morning off for this.",
               "Second booking and again the technicians were late.",
               "Came 45 minutes late, said the previous job overran. A heads-up text would have helped."]},
    "fade": {
        "zh": ["洗完以后地毯边上明显褪色了，红色都串到白色上。", "块毯洗完褪色发白，还有点缩，心疼死了。",
               "沙发套洗后褪色，颜色深浅不一，要求赔偿。", "羊毛地毯洗完褪色严重，之前从来没这样过。"],
        "en": ["After the clean the rug looks faded and the red has bled into the white fringe.",
               "Our wool rug came out faded and slightly shrunk. Really upset.",
               "The sofa covers are faded in patches after the visit, we want compensation.",
               "Never had this before: the carpet is faded where they used the new foam."]},
    "surcharge": {
        "zh": ["网上估价两百多，上门后又加价一百五，说是重污渍预处理费。", "现场临时加价，事先完全没说，感觉被套路。",
               "一口价说得好好的，到家就说要加价，体验很差。", "加价理由说不清楚，师傅只说公司规定。"],
        "en": ["The online estimate said 260 but they added an extra charge of 150 at the door for 'pre-treatment'.",
               "Surprise extra charge on site, nobody mentioned it when I booked.",
               "Felt like bait and switch, the extra charge was almost half the quote.",
               "Crew could not explain the extra charge, just said it is company policy."]},
    "phone": {
        "zh": ["客服电话一直打不通，打了五六次都没人接。", "想改个时间，热线打不通，只好在小程序里留言。",
               "电话打不通，最后在点评上私信才有人回。", "400电话根本打不通，等了十分钟自动挂断。"],
        "en": ["Could not get through to the hotline, tried five times.",
               "Wanted to reschedule but could not get through on the phone at all.",
               "The phone line rings out, I never get through to a person.",
               "Hotline kept dropping, took two days to get through to anyone."]},
    "damp": {
        "zh": ["床垫洗完两天了还没干，晚上都没法睡。", "地毯到第二天还没干，踩上去潮乎乎的。",
               "回南天洗沙发，三天了坐垫还没干，有点发霉味。", "师傅说四小时就好，结果一整天都没干。"],
        "en": ["Two days on and the mattress is still damp, we could not sleep on it.",
               "Carpet was still damp the next morning, squelchy underfoot.",
               "Sofa cushions stayed damp for three days in this humidity.",
               "They said four hours to dry, it was damp for a whole day."]},
    "stain": {
        "zh": ["咖啡渍洗完污渍还在，只淡了一点。", "师傅走了才发现沙发扶手的污渍还在，只能约返工。",
               "宠物尿渍那块污渍还在，钱白花了。", "地毯中间一大块污渍还在，感觉没认真洗。"],
        "en": ["The coffee stains still show after the clean, only slightly lighter.",
               "Noticed after they left that the stains still sit on the sofa arms, had to book a re-clean.",
               "Pet stains still visible in the middle of the rug.",
               "Paid for a deep clean but the stains still look the same."]},
    "scratch": {
        "zh": ["搬沙发的时候把木地板刮花了。", "机器把踢脚线刮花了一道，要求处理。", "茶几腿被刮花，师傅说不是他们弄的。"],
        "en": ["They scratched the wooden floor moving the sofa.", "The machine scratched our skirting board.",
               "Coffee table legs got scratched and the crew denied it."]},
    "pro": {
        "zh": ["师傅很专业，先测试了布料再上机器，洗完像新的一样。", "两位师傅专业又有礼貌，地毯焕然一新。",
               "很专业，讲清楚了每种污渍能洗到什么程度。", "专业！床垫除螨后孩子过敏好多了。"],
        "en": ["Very professional crew, they tested the fabric first and the sofa looks new.",
               "Professional and polite, the carpet looks brand new.",
               "Professional job, they explained up front what each stain would look like afterwards.",
               "Professional service, the mattress treatment really helped my son's allergies."]},
    "careful": {
        "zh": ["师傅很细心，家具都垫好了才搬。", "特别细心，连沙发底下都清理了。", "细心负责，走之前还把地面擦干净。"],
        "en": ["Very thorough, they covered the furniture feet before moving anything.",
               "Thorough job, even cleaned under the sofa.", "Thorough and tidy, they wiped the floor before leaving."]},
    "neutral": {
        "zh": ["整体还行，按约定时间完成。", "一般般吧，价格中等。", "第一次用，还要再观察一下效果。", "流程挺顺的，没什么特别的。"],
        "en": ["It was fine, job done as booked.", "Average experience, price is ok.",
               "First time using them, will see how the rug holds up.", "Booking process was smooth enough."]},
}
NEG = {"late", "fade", "surcharge", "phone", "damp", "stain", "scratch"}
POS = {"pro", "careful"}
TOPIC_TP = {"late": "tp_visit", "fade": "tp_visit", "surcharge": "tp_payment", "phone": "tp_phone_enquiry",
            "damp": "tp_visit", "stain": "tp_inspection", "scratch": "tp_visit", "pro": "tp_visit",
            "careful": "tp_visit", "neutral": "tp_visit"}


def in_(ts, span):
    return span[0] <= ts < span[1]


class Gen:
    def __init__(self):
        self.rng = np.random.default_rng(SEED)
        self.events, self.orders, self.feedback, self.truth, self.exps = [], [], [], [], []
        self.customers = {}
        self.pool = {c: [] for c in CITIES}
        self.n_ev = self.n_ord = self.n_fb = self.n_bk = self.n_cl = 0
        self.assigned = set()
        self.members = set()
        self.visits = []   # (customer, ts, experience dict) for NPS waves

    def r(self):
        return float(self.rng.random())

    def ri(self, a, b):
        return int(self.rng.integers(a, b + 1))

    def pick(self, seq, p=None):
        seq = list(seq)
        if p is not None:
            p = np.asarray(p, float) / sum(p)
        return seq[int(self.rng.choice(len(seq), p=p))]

    def at(self, day, h0=9, h1=21):
        return day.replace(hour=0, minute=0, second=0) + D(hours=self.ri(h0, h1 - 1), minutes=self.ri(0, 59),
                                                           seconds=self.ri(0, 59))

    # ------------------------------------------------------------------ rows
    def ev(self, cust, ts, tp, action=None, channel=None, device=None, session=None, svc=None, **extra):
        if ts > END or ts < START:
            return None
        c = self.customers[cust]
        zh, en = CITIES[c["city"]][:2]
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=cust, ts=ts, touchpoint_id=tp, session_id=session,
                   action=action, device=device, channel=channel, city=c["city"], city_en=en, 城市=zh)
        if svc:
            row.update(service_type=svc, 服务类型=SERVICES[svc][0])
        row.update(extra)
        self.events.append(row)
        return row

    def order(self, cust, ts, otype, amount, status="paid", svc=None, **extra):
        if ts > END:
            return
        c = self.customers[cust]
        zh, en = CITIES[c["city"]][:2]
        self.n_ord += 1
        self.orders.append(dict(order_id=f"OD{self.n_ord:06d}", customer_id=cust, ts=ts, amount=round(amount, 2),
                                status=status, order_type=otype, 订单类型=ORDER_ZH[otype], city=c["city"],
                                city_en=en, 城市=zh, service_type=svc, 服务类型=SERVICES[svc][0] if svc else None,
                                **extra))

    def fb(self, cust, ts, topic, channel, tp=None, rating=None, nps=None, lang=None, city=None, **extra):
        if ts is not None and (ts > END or ts < START):
            return
        if cust is not None:
            city = self.customers[cust]["city"]
            lang = lang or self.customers[cust]["language"]
        lang = lang or "zh"
        text = self.pick(TEXT[topic][lang])
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        zh, en = CITIES[city][:2]
        self.feedback.append(dict(feedback_id=fid, text=text, ts=ts, customer_id=cust,
                                  touchpoint_id=tp or TOPIC_TP[topic], channel=channel, rating=rating, nps=nps,
                                  city=city, city_en=en, 城市=zh, language=lang, **extra))
        sent = "negative" if topic in NEG else "positive" if topic in POS else "neutral"
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent, language=lang))

    # ------------------------------------------------------------------ customers
    def new_customer(self, city, signup, legacy=False):
        cid = f"CU{len(self.customers) + 1:05d}"
        acq = self.pick(ACQ, [v[1] for v in ACQ.values()])
        lang = "en" if self.r() < CITIES[city][4] else "zh"
        self.customers[cid] = dict(customer_id=cid, signup_at=signup, city=city, acquisition_channel=acq,
                                   language=lang, pet_owner=self.r() < 0.31,
                                   property_type=self.pick(["apartment", "villa", "serviced_apartment", "office"],
                                                           [0.72, 0.1, 0.1, 0.08]),
                                   jobs=0, claims=0, legacy=legacy, estimates=0)
        self.pool[city].append(cid)
        return cid

    def legacy(self):
        for city, v in CITIES.items():
            for _ in range(int(700 * v[2])):
                d = datetime(2021, 3, 1) + D(days=self.ri(0, 1200))
                self.new_customer(city, self.at(d), legacy=True)

    # ------------------------------------------------------------------ one job
    def price(self, city, svc, c):
        f = CITIES[city][3]
        if svc == "wall_carpet":
            area = self.ri(18, 90)
            return round(area * 11.5 * f, 0), dict(area_sqm=area)
        if svc == "area_rug":
            n = self.ri(1, 3)
            return round(n * self.ri(160, 360) * f, 0), dict(items=n)
        if svc == "fabric_sofa":
            n = self.ri(2, 6)
            return round(n * 110 * f, 0), dict(items=n)
        if svc == "mattress":
            n = self.ri(1, 3)
            return round(n * 240 * f, 0), dict(items=n)
        area = self.ri(20, 70)
        return round((480 + area * 6) * f, 0), dict(area_sqm=area)

    def entry(self, city, ts):
        pool = self.pool[city]
        if pool and self.r() < 0.3:
            cust = pool[self.ri(0, len(pool) - 1)]
        else:
            cust = self.new_customer(city, ts)
        c = self.customers[cust]
        svc = self.pick(SERVICES, [0.21, 0.20, 0.27, 0.20, 0.12 + (0.12 if c["pet_owner"] else 0)])
        quote, size = self.price(city, svc, c)
        sess = f"S{self.n_ev + 1:07d}"
        if self.r() < 0.7:   # online estimate
            ch = self.pick(["mini_program", "web", "app"], [0.46, 0.30, 0.24])
            dev = "pc" if ch == "web" and self.r() < 0.6 else self.pick(["ios", "android"], [0.55, 0.45])
            c["estimates"] += 1
            self.ev(cust, ts, "tp_estimate", "submit", ch, dev, sess, svc, quote_amount=quote, **size)
            p = 0.45
            variant = None
            if in_(ts, AB):
                if cust not in self.assigned:
                    self.assigned.add(cust)
                    variant = self.pick(["all_in_price", "from_price"])
                    self.exps.append(dict(experiment_id="quote_display_2026", variant=variant, customer_id=cust,
                                          assigned_at=ts))
                    c["variant"] = variant
                else:
                    variant = c.get("variant")
                p = 0.57 if variant == "all_in_price" else 0.44
            if self.r() > p:
                return
            bts = ts + D(minutes=self.ri(3, 50)) if self.r() < 0.6 else self.at(ts + D(days=self.ri(1, 4)))
            self.booking(cust, city, bts, svc, quote, size, ch, dev, sess, variant)
        else:   # hotline
            miss = 0.36 if (city == "CD" and in_(ts, CD_PHONE)) else 0.07
            t = ts
            for attempt in range(3):
                if self.r() < miss:
                    self.ev(cust, t, "tp_phone_enquiry", "missed", "phone", None, None, svc, wait_sec=self.ri(90, 600))
                    if self.r() > 0.5:
                        if city == "CD" and in_(ts, CD_PHONE) and self.r() < 0.3:
                            self.fb(cust, t + D(hours=self.ri(1, 30)), "phone",
                                    self.pick(["app_review", "wechat"], [0.5, 0.5]), rating=self.ri(1, 2))
                        return
                    t = t + D(hours=self.ri(1, 40))
                    continue
                agent = f"{city}-A{self.ri(1, 6):02d}"
                self.ev(cust, t, "tp_phone_enquiry", "answered", "phone", None, None, svc, agent=agent,
                        wait_sec=self.ri(5, 80), quote_amount=quote, **size)
                if attempt > 0 and self.r() < 0.35:
                    self.fb(cust, t + D(minutes=self.ri(5, 40)), "phone", "call_note", agent=agent,
                            no_ts=self.r() < 0.25)
                if self.r() < 0.62:
                    self.booking(cust, city, t + D(minutes=self.ri(2, 20)), svc, quote, size, "phone", None, None,
                                 None, agent=agent)
                return

    def booking(self, cust, city, ts, svc, quote, size, ch, dev, sess, variant, agent=None):
        c = self.customers[cust]
        self.n_bk += 1
        bid = f"BK{self.n_bk:06d}"
        slot = self.at(ts + D(days=self.ri(1, 6)), 9, 17)
        extra = dict(agent=agent) if agent else {}
        self.ev(cust, ts, "tp_booking", "submit", ch, dev, sess, svc, booking_id=bid, quote_amount=quote,
                slot_date=slot.date().isoformat(), **size, **extra)
        if self.r() < 0.15:
            reason = self.pick(REASON, [0.4, 0.2, 0, 0, 0.1, 0.3])
            self.ev(cust, ts + D(hours=self.ri(2, 40)), "tp_cs_chat", "resolved", self.pick(["app", "mini_program",
                    "web"]), None, None, svc, contact_reason=reason, 咨询原因=REASON[reason], booking_id=bid)
        if self.r() < 0.06:
            reason = self.pick(CANCEL, [0.45, 0.25, 0.15, 0.15])
            cts = ts + (slot - ts) * self.r()
            self.ev(cust, cts, "tp_cancel", "cancelled", ch, dev, None, svc, booking_id=bid, cancel_reason=reason,
                    取消原因=CANCEL[reason])
            self.order(cust, cts, "cleaning", quote, "cancelled", svc, booking_id=bid, channel=ch, device=dev)
            return
        self.visit(cust, city, slot, svc, quote, size, ch, dev, bid, variant)

    def visit(self, cust, city, slot, svc, quote, size, ch, dev, bid, variant):
        c = self.customers[cust]
        crew = f"{city}-C{self.ri(1, CITIES[city][5]):02d}"
        late_p = 0.08
        if city == "SZ" and in_(slot, SZ_SUMMER):
            late_p = 0.86 if crew == SZ_BAD_CREW else 0.34
        late = self.r() < late_p
        delay = self.ri(31, 140) if late else self.ri(0, 29) if self.r() < 0.5 else 0
        solution, method = "EcoFoam", "hot_water_extraction"
        if svc in ("area_rug", "fabric_sofa", "wall_carpet") and city == "HZ" and in_(slot, HZ_LM2) and self.r() < 0.8:
            solution, method = "LM-2", "low_moisture"
        elif svc in ("area_rug", "fabric_sofa") and self.r() < 0.3:
            method = "low_moisture"
        dry = {"wall_carpet": 5, "area_rug": 5, "fabric_sofa": 5, "mattress": 7, "pet_odor": 6}[svc]
        dry = dry * (0.6 if method == "low_moisture" else 1.0)
        humid = city == "GZ" and in_(slot, GZ_HUMID)
        dry = round(dry * (2.6 if humid else 1.0) * float(self.rng.uniform(0.8, 1.3)), 1)
        arrive = slot + D(minutes=delay)
        self.ev(cust, arrive, "tp_visit", "completed", "home_visit", None, None, svc, booking_id=bid, crew_id=crew,
                arrival_delay_min=delay, solution=solution, method=method, dry_hours=dry, **size)
        c["jobs"] += 1
        its = arrive + D(minutes=self.ri(70, 200))
        rec_p = 0.05 + (0.17 if solution == "LM-2" else 0) + (0.05 if svc == "pet_odor" else 0)
        reclean = self.r() < rec_p
        self.ev(cust, its, "tp_inspection", "reclean_requested" if reclean else "signed_off", "home_visit", None,
                None, svc, booking_id=bid, crew_id=crew)
        # on-site surcharge
        sp, lo, hi = 0.17, 50, 180
        if city == "SH" and slot >= SH_SURCHARGE:
            sp, lo, hi = 0.63, 120, 380
        if variant == "all_in_price":
            sp = 0.04
        sur = float(self.ri(lo, hi)) if self.r() < sp else 0.0
        final = quote + sur
        pts = its + D(minutes=self.ri(2, 30))
        pm = self.pick(["wechat_pay", "alipay", "card", "cash"], [0.52, 0.33, 0.1, 0.05])
        self.ev(cust, pts, "tp_payment", "paid", self.pick(["mini_program", "app"], [0.7, 0.3]), None, None, svc,
                booking_id=bid, quote_amount=quote, surcharge_amount=sur, final_amount=final, payment_method=pm)
        self.order(cust, pts, "cleaning", final, "paid", svc, booking_id=bid, channel=ch, device=dev,
                   payment_method=pm, surcharge_amount=sur)
        if reclean:
            self.ev(cust, self.at(its + D(days=self.ri(2, 6)), 9, 17), "tp_reclean", "completed", "home_visit", None,
                    None, svc, booking_id=bid, crew_id=f"{city}-C{self.ri(1, CITIES[city][5]):02d}")
        # damage claim
        cp = 0.012
        if solution == "LM-2":
            cp = {"area_rug": 0.22, "fabric_sofa": 0.12, "wall_carpet": 0.07}[svc]
        claim = None
        if self.r() < cp:
            if solution == "LM-2":
                claim = self.pick(CLAIM, [0.68, 0.26, 0.04, 0.02])
            else:
                claim = self.pick(CLAIM, [0.12, 0.10, 0.38, 0.40])
            self.n_cl += 1
            clid = f"CL{self.n_cl:05d}"
            cts = self.at(its + D(days=self.ri(1, 5)))
            self.ev(cust, cts, "tp_damage_claim", "filed", self.pick(["app", "mini_program", "phone"]), None, None, svc,
                    booking_id=bid, claim_id=clid, claim_type=claim, 理赔类型=CLAIM[claim], solution=solution)
            self.ev(cust, cts + D(hours=self.ri(1, 20)), "tp_cs_chat", "resolved", "app", None, None, svc,
                    contact_reason="damage", 咨询原因=REASON["damage"], booking_id=bid)
            close = cts + D(days=self.ri(4, 24) + (8 if city == "HZ" and solution == "LM-2" else 0),
                            hours=self.ri(0, 8))
            oc = self.pick(OUTCOME, [0.55, 0.3, 0.15])
            comp = round(final * float(self.rng.uniform(0.5, 1.2)), 0) if oc == "refund" else 0.0
            self.ev(cust, close, "tp_claim_closed", oc, "phone", None, None, svc, booking_id=bid, claim_id=clid,
                    claim_type=claim, 理赔类型=CLAIM[claim], outcome=oc, 处理结果=OUTCOME[oc], compensation=comp)
            if oc == "refund":
                self.order(cust, close, "damage_refund", comp, "refunded", svc, booking_id=bid, channel="phone")
            c["claims"] += 1
        if late and self.r() < 0.45:
            self.ev(cust, slot + D(minutes=self.ri(15, 40)), "tp_cs_chat", "resolved", self.pick(["app", "phone"]),
                    None, None, svc, contact_reason="late_tech", 咨询原因=REASON["late_tech"], booking_id=bid)
        exp = dict(late=late, claim=claim, reclean=reclean, sur=sur, shfee=city == "SH" and sur >= 120 and
                   slot >= SH_SURCHARGE, damp=dry >= 9, svc=svc)
        self.visits.append((cust, pts, exp))
        # post-visit survey
        if self.r() < 0.42:
            topic = self.topic_of(exp)
            neg = topic in NEG
            rating = self.ri(1, 2) if neg and self.r() < 0.7 else self.ri(2, 3) if neg else \
                self.ri(4, 5) if topic in POS else self.ri(3, 5)
            self.fb(cust, pts + D(hours=self.ri(3, 48)), topic, "post_visit_survey", rating=rating, booking_id=bid,
                    service_type=svc, 服务类型=SERVICES[svc][0])
        if claim and self.r() < 0.5:
            topic = "fade" if claim in ("color_bleed", "shrinkage") else "scratch" if claim == "furniture_scratch" \
                else "stain"
            self.fb(cust, cts + D(hours=self.ri(0, 5)), topic, "ticket", tp="tp_damage_claim", booking_id=bid,
                    service_type=svc, 服务类型=SERVICES[svc][0])
        # care plan
        if cust not in self.members and self.r() < 0.85:
            ots = self.at(pts + D(days=self.ri(1, 3)))
            self.ev(cust, ots, "tp_plan_offer", "sent", self.pick(["sms", "app"], [0.6, 0.4]), None, None, svc,
                    booking_id=bid)
            jp = 0.24 if svc == "pet_odor" else 0.07
            if claim:
                jp = 0.01
            if self.r() < jp:
                plan = self.pick(PLANS, [0.7, 0.3])
                jts = ots + D(days=self.ri(0, 27), hours=self.ri(0, 10))
                self.ev(cust, jts, "tp_plan_join", "subscribed", self.pick(["app", "mini_program"]), None, None,
                        None, plan=plan, 套餐=PLANS[plan][0])
                self.order(cust, jts, "care_plan", PLANS[plan][1], "paid", None, channel="app", plan=plan)
                if jts <= END:
                    self.members.add(cust)

    def topic_of(self, exp):
        if exp["claim"] in ("color_bleed", "shrinkage") and self.r() < 0.85:
            return "fade"
        if exp["claim"] == "furniture_scratch" and self.r() < 0.8:
            return "scratch"
        if exp["late"] and self.r() < 0.7:
            return "late"
        if exp["shfee"] and self.r() < 0.55:
            return "surcharge"
        if exp["sur"] > 0 and self.r() < 0.15:
            return "surcharge"
        if exp["reclean"] and self.r() < 0.6:
            return "stain"
        if exp["damp"] and self.r() < 0.6:
            return "damp"
        x = self.r()
        return "pro" if x < 0.27 else "careful" if x < 0.4 else "neutral" if x < 0.8 else \
            self.pick(["stain", "damp", "late", "scratch"], [0.4, 0.25, 0.25, 0.1])

    # ------------------------------------------------------------------ waves and public reviews
    def nps_waves(self):
        for y, m in [(2024, 9), (2024, 12), (2025, 3), (2025, 6), (2025, 9), (2025, 12), (2026, 3)]:
            wave = datetime(y, m, 20)
            seen = {}
            for cust, ts, exp in self.visits:
                if wave - D(days=92) <= ts < wave:
                    seen[cust] = exp
            for cust, exp in seen.items():
                if self.r() > 0.33:
                    continue
                bad = exp["late"] or exp["claim"] or exp["shfee"] or exp["reclean"] or exp["damp"]
                score = int(np.clip(round(self.rng.normal(5.2 if bad else 8.3, 1.8)), 0, 10))
                topic = self.topic_of(exp) if bad else ("pro" if score >= 9 and self.r() < 0.5 else "neutral")
                if topic in POS and score < 7:
                    topic = "neutral"
                self.fb(cust, self.at(wave + D(days=self.ri(0, 8))), topic, "nps_survey", nps=score,
                        survey_wave=f"{y}-{m:02d}")

    def public_reviews(self):
        for cust, ts, exp in self.visits:
            if self.r() < 0.06:
                c = self.customers[cust]
                topic = self.topic_of(exp)
                neg = topic in NEG
                rating = self.ri(1, 2) if neg else self.ri(4, 5) if topic in POS else self.ri(3, 4)
                self.fb(None, None if self.r() < 0.3 else ts + D(days=self.ri(1, 6)), topic, "dianping", rating=rating,
                        lang="zh", city=c["city"])
            elif self.r() < 0.025:
                c = self.customers[cust]
                topic = self.topic_of(exp)
                neg = topic in NEG
                rating = self.ri(1, 2) if neg else self.ri(4, 5) if topic in POS else self.ri(3, 4)
                self.fb(None, None if self.r() < 0.2 else ts + D(days=self.ri(1, 9)), topic, "app_review",
                        rating=rating, lang=c["language"], city=c["city"])

    def run(self):
        self.legacy()
        y, m = 2024, 7
        while (y, m) <= (2026, 5):
            growth = 1.0 + 0.012 * ((y - 2024) * 12 + m - 7)
            days = ((datetime(y + (m == 12), m % 12 + 1, 1)) - datetime(y, m, 1)).days
            for city, v in CITIES.items():
                n = int(self.rng.poisson(900 * v[2] * SEASON[m] * growth))
                for _ in range(n):
                    ts = self.at(datetime(y, m, 1) + D(days=self.ri(0, days - 1)), 7, 23)
                    self.entry(city, ts)
            y, m = (y + (m == 12), m % 12 + 1)
        self.nps_waves()
        self.public_reviews()
        # call notes keyed in later carry no timestamp
        for f in self.feedback:
            if f.pop("no_ts", False):
                f["ts"] = None


def segment(c, members):
    if c["customer_id"] in members:
        return "member"
    if c["jobs"] == 0:
        return "prospect"
    if c["claims"] > 0:
        return "at_risk"
    return "returning" if c["jobs"] >= 2 or c["legacy"] else "new"


def write_csv(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for r in rows:
            out = []
            for k in cols:
                v = r.get(k)
                if isinstance(v, datetime):
                    v = v.strftime("%Y-%m-%d %H:%M:%S")
                elif isinstance(v, bool):
                    v = "true" if v else "false"
                elif v is None:
                    v = ""
                out.append(v)
            w.writerow(out)


def cols_of(rows, first):
    seen = list(first)
    for r in rows:
        for k in r:
            if k not in seen:
                seen.append(k)
    return seen


def main(out: Path) -> None:
    g = Gen()
    g.run()
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    tps = [
        ("tp_estimate", "在线估价", "Online price estimate", "consideration", "web", "digital", "growth",
         "估价|报价|算价格|问价|price check|quote|estimate|instant quote"),
        ("tp_phone_enquiry", "热线咨询", "Hotline call", "consideration", "phone", "digital", "call_centre",
         "客服电话|400电话|打电话|热线|hotline|phone enquiry|call centre"),
        ("tp_booking", "预约下单", "Visit booked", "purchase", "mini_program", "digital", "growth",
         "下单|预约|约师傅|booking|book a clean|appointment"),
        ("tp_cancel", "取消预约", "Booking cancelled", "purchase", "mini_program", "digital", "ops",
         "退单|取消|cancellation|cancelled booking"),
        ("tp_visit", "上门清洗", "In-home cleaning visit", "service", "other", "physical", "field_ops",
         "上门|师傅上门|洗地毯|洗沙发|home visit|the clean|technician visit|crew visit"),
        ("tp_inspection", "完工验收", "Job sign-off", "service", "other", "physical", "field_ops",
         "验收|签收|sign-off|walkthrough|final check"),
        ("tp_payment", "尾款支付", "Final payment", "purchase", "mini_program", "digital", "finance",
         "付款|结账|尾款|账单|payment|final bill|checkout"),
        ("tp_reclean", "免费返工", "Free re-clean", "service", "other", "physical", "field_ops",
         "返工|复洗|重洗|re-clean|redo|return visit"),
        ("tp_damage_claim", "损坏理赔", "Damage claim", "service", "app", "digital", "cs",
         "理赔|索赔|投诉损坏|damage claim|claim|compensation request"),
        ("tp_claim_closed", "理赔结案", "Claim closed", "service", "phone", "digital", "cs",
         "结案|理赔结果|claim outcome|claim settled"),
        ("tp_cs_chat", "在线客服", "Customer service chat", "service", "app", "digital", "cs",
         "客服|在线咨询|人工客服|support chat|live chat|customer service"),
        ("tp_plan_offer", "年卡推荐", "Care plan offer", "loyalty", "other", "digital", "crm",
         "年卡推送|会员推荐|保养计划推荐|care plan offer|membership pitch"),
        ("tp_plan_join", "开通保养年卡", "Care plan sign-up", "loyalty", "app", "digital", "crm",
         "办年卡|开会员|保养套餐|care plan|membership|annual plan"),
    ]
    write_csv(out / "touchpoints.csv",
              [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                    owner=t[6], aliases=t[7]) for t in tps],
              ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    js = [("online_booking", "线上预约", "Online booking", ["tp_estimate", "tp_booking", "tp_visit"], 14),
          ("hotline_booking", "电话预约", "Hotline booking", ["tp_phone_enquiry", "tp_booking", "tp_visit"], 14),
          ("visit_to_pay", "上门到付款", "Visit to payment", ["tp_visit", "tp_inspection", "tp_payment"], 2),
          ("claim", "理赔处理", "Damage claim handling", ["tp_damage_claim", "tp_claim_closed"], 45),
          ("care_plan", "年卡转化", "Care plan conversion", ["tp_plan_offer", "tp_plan_join"], 30)]
    write_csv(out / "journeys.csv",
              [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=i + 1,
                    touchpoint_id=tp, window_days=w) for j, zh, en, steps, w in js for i, tp in enumerate(steps)],
              ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
               "window_days"])
    region = {"SH": "east", "HZ": "east", "SZ": "south", "GZ": "south", "CD": "west"}
    cust = []
    for c in g.customers.values():
        zh, en = CITIES[c["city"]][:2]
        tier = "gold" if c["jobs"] >= 3 else "silver" if c["jobs"] == 2 else "standard"
        cust.append(dict(customer_id=c["customer_id"], signup_at=c["signup_at"], segment=segment(c, g.members),
                         region=region[c["city"]], acquisition_channel=c["acquisition_channel"],
                         tier=tier, 获客渠道=ACQ[c["acquisition_channel"]][0], city=c["city"], city_en=en, 城市=zh,
                         language=c["language"], pet_owner=c["pet_owner"], property_type=c["property_type"],
                         jobs_done=c["jobs"]))
    write_csv(out / "customers.csv", cust, cols_of(cust, ["customer_id", "signup_at", "segment", "region",
                                                           "acquisition_channel", "tier"]))
    ev = sorted(g.events, key=lambda e: (e["ts"], e["event_id"]))
    # the Chengdu hotline log of January 2026 was exported twice by the new phone system (same event_id)
    dup = [e for e in ev if e["touchpoint_id"] == "tp_phone_enquiry" and e["city"] == "CD"
           and datetime(2026, 1, 1) <= e["ts"] < datetime(2026, 1, 8)]
    ev = sorted(ev + dup, key=lambda e: (e["ts"], e["event_id"]))
    write_csv(out / "events.csv", ev, cols_of(ev, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id",
                                                   "action", "device", "channel"]))
    od = sorted(g.orders, key=lambda o: o["ts"])
    write_csv(out / "orders.csv", od, cols_of(od, ["order_id", "customer_id", "ts", "amount", "status", "channel",
                                                   "device"]))
    fb = g.feedback
    write_csv(out / "feedback.csv", fb, cols_of(fb, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id",
                                                     "channel", "rating", "nps"]))
    write_csv(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment", "language"])
    write_csv(out / "experiments.csv", g.exps, ["experiment_id", "variant", "customer_id", "assigned_at"])
    print(f"customers {len(cust)}, events {len(ev)} ({len(dup)} duplicated), orders {len(od)}, feedback {len(fb)}, "
          f"experiments {len(g.exps)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
