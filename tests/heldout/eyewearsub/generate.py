"""镜界 ClearSight: online contact-lens and eyeglasses shop with subscription refills (synthetic, written blind).

A shopper finds us (Baidu/Tmall search, Xiaohongshu, Douyin, a friend's referral code, or a partner optical store),
opens the app / web shop, may try frames on with the virtual try-on (AR, app only), uploads a prescription photo
(验光单 / 处方), an optometrist reviews it (approved, or rejected: blurry photo, expired prescription, missing PD),
picks lenses and either starts a contact-lens subscription (daily 日抛 plan = a 30-day box every month, monthly 月抛
plan = a 3-month box every 90 days, auto-refill) or buys a pair of glasses (frame + lenses ground by one of two partner
labs). Orders are shipped and delivered by courier; glasses can be sent back for a remake (wrong prescription, bad
fit) or returned for a refund; subscriptions refill until cancelled. Some people first book an eye exam (验光) at a
partner store. Solution (护理液) add-ons go with monthly-lens refills.
Data 2025-01-01 .. 2026-06-30 (the extract was taken at the start of July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the topics of every comment: generator truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
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
N_CUST = 6000
DOUBLE11 = (datetime(2025, 10, 28), datetime(2025, 11, 25))       # optometrist review backlog
CAMERA_BUG = (datetime(2026, 3, 9), datetime(2026, 4, 13))        # app 6.4.0: Android prescription photos blurry
SPRING = (datetime(2026, 2, 5), datetime(2026, 2, 26))            # couriers slow around Spring Festival 2026
APP_VERSIONS = [(datetime(2025, 1, 1), "6.1.0"), (datetime(2025, 6, 16), "6.2.0"), (datetime(2025, 10, 13), "6.3.0"),
                (datetime(2026, 3, 9), "6.4.0"), (datetime(2026, 4, 13), "6.4.1")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_visit", "进店浏览", "Shop visit", "awareness", "app", "digital", "growth",
     "访问|进店|打开App|逛店|首页|visit|landing|browse|first visit"),
    ("tp_exam", "预约验光", "Eye exam booked", "consideration", "store", "physical", "partner_ops",
     "验光|眼睛检查|配镜检查|预约验光|eye exam|eye test|refraction"),
    ("tp_tryon", "虚拟试戴", "Virtual try-on", "consideration", "app", "digital", "product",
     "试戴|AR试戴|虚拟试戴|在线试戴|try-on|try on|virtual try-on|AR"),
    ("tp_rx_upload", "上传处方", "Prescription upload", "consideration", "app", "digital", "product",
     "上传处方|上传验光单|拍验光单|处方|验光单|prescription upload|upload rx|rx photo"),
    ("tp_rx_reject", "处方驳回", "Prescription rejected", "consideration", "app", "digital", "optometry",
     "处方驳回|审核不通过|被驳回|处方被拒|rx rejected|prescription rejected|rejected"),
    ("tp_rx_verify", "验光师审核通过", "Optometrist approval", "consideration", "app", "digital", "optometry",
     "处方审核|验光师审核|审核通过|审方|rx check|prescription review|optometrist review|verified"),
    ("tp_lens_select", "选择镜片", "Lens selection", "consideration", "app", "digital", "product",
     "选镜片|选款|选日抛|选月抛|镜片选择|lens selection|choose lenses|pick lenses"),
    ("tp_subscribe", "开通订阅", "Subscription started", "purchase", "app", "digital", "subscriptions",
     "开通订阅|订阅|下单订阅|自动续订开通|subscribe|subscription|sign up for refills"),
    ("tp_checkout", "配镜下单", "Glasses checkout", "purchase", "app", "digital", "ecommerce",
     "配镜下单|买眼镜|下单|付款|结账|checkout|order glasses|buy frames|payment"),
    ("tp_ship", "发货", "Shipped", "service", "other", "physical", "fulfilment",
     "发货|出库|寄出|快递|物流|shipped|dispatch|shipping"),
    ("tp_deliver", "签收", "Delivered", "service", "other", "physical", "fulfilment",
     "签收|收到货|到货|送达|delivered|delivery|received"),
    ("tp_return", "退换申请", "Return / remake request", "service", "app", "digital", "customer_care",
     "退货|退换|重做|返修|售后|return|remake|send back|exchange"),
    ("tp_remake", "重做寄回", "Remake shipped", "service", "other", "physical", "lab_ops",
     "重做寄回|重配|重新加工|remake shipped|remade|redo"),
    ("tp_refill", "续订补货", "Refill shipment", "loyalty", "app", "digital", "subscriptions",
     "续订|补货|自动续订|续费|复购|refill|auto-refill|renewal|reorder"),
    ("tp_cancel_sub", "取消订阅", "Subscription cancelled", "loyalty", "app", "digital", "subscriptions",
     "取消订阅|退订|停订|不续了|cancel subscription|unsubscribe|churn"),
    ("tp_support", "联系客服", "Customer service contact", "service", "phone", "digital", "customer_care",
     "客服|投诉|人工客服|打电话|support|customer service|complaint|hotline"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("lens_signup", "隐形眼镜订阅开通", "Contact-lens subscription signup",
     ["tp_visit", "tp_rx_upload", "tp_rx_verify", "tp_subscribe"], 14),
    ("glasses", "线上配镜", "Glasses purchase", ["tp_visit", "tp_tryon", "tp_checkout"], 14),
    ("delivery", "发货签收", "Shipping & delivery", ["tp_ship", "tp_deliver"], 14),
    ("refill", "订阅续订", "Subscription refill", ["tp_subscribe", "tp_refill"], 45),
    ("remake", "退换重做", "Return & remake", ["tp_return", "tp_remake"], 30),
]
CITIES = {  # en: zh, weight, median courier days
    "Shanghai": ("上海", 0.25, 1.6), "Beijing": ("北京", 0.19, 2.0), "Guangzhou": ("广州", 0.13, 2.0),
    "Shenzhen": ("深圳", 0.14, 1.9), "Hangzhou": ("杭州", 0.12, 1.7), "Chengdu": ("成都", 0.15, 4.6),
    "Lhasa": ("拉萨", 0.02, 7.5),
}
COURIER = {"Chengdu": "西运快递", "Lhasa": "高原速运"}
ACQ = {"search": ("搜索", 0.30), "xiaohongshu": ("小红书", 0.25), "douyin": ("抖音", 0.18),
       "referral": ("老客推荐", 0.15), "optical_partner": ("合作眼镜店", 0.12)}
BRANDS = {  # en: zh, plan, price per box
    "ClearDay": ("清透日抛", "daily", 189.0), "OceanMoist": ("海润日抛", "daily", 219.0),
    "AquaSoft": ("水润月抛", "monthly", 159.0), "BioFlex": ("柔韧月抛", "monthly", 179.0),
}
PLAN_ZH = {"daily": "日抛订阅", "monthly": "月抛订阅"}
LABS = {"LabA": "精工实验室", "LabB": "明视工厂"}
REJECT = {"blurry_photo": "照片模糊", "expired_rx": "处方过期", "missing_pd": "缺少瞳距"}
OTYPE_ZH = {"lens_subscription": "隐形订阅首单", "refill": "续订补货", "frames": "框架眼镜", "solution": "护理液",
            "eye_exam": "验光服务"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(d: dict):
    keys = list(d)
    w = np.asarray([d[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def app_version(t):
    v = APP_VERSIONS[0][1]
    for s, ver in APP_VERSIONS:
        if t >= s:
            v = ver
    return v


def hrs(h):
    return D(hours=float(h))


# ---------- comment templates: (topic, sentiment, zh list, en list) ----------
TPL = {
    "delay": (["物流太慢了，下单一个星期才到", "快递太慢，等了好多天还没到", "隐形眼镜都快断货了，物流太慢",
               "发货后物流太慢，显示一直在中转"],
              ["Delivery was so slow, took over a week", "Package delayed again, my lenses ran out",
               "Shipping is painfully slow, stuck in transit for days"]),
    "wrong_rx": (["收到的眼镜度数不对，戴着头晕", "散光轴位做错了，度数不对只能返厂重做", "度数不对！看东西都是歪的"],
                 ["The glasses came with the wrong prescription, headache all day",
                  "Wrong prescription on my lenses, the astigmatism axis is off", "wrong prescription, had to send them back"]),
    "discomfort": (["戴了两个小时眼睛干涩得不行", "这款月抛戴着眼睛干涩发红", "下午眼睛干涩，还有点刺痛"],
                   ["My eyes feel dry and irritated after a few hours", "These monthlies make my eyes dry and red",
                    "dry eyes by lunchtime, really uncomfortable lenses"]),
    "rx_reject": (["处方被驳回三次，说照片不清楚，可我拍得很清楚", "上传验光单老是被驳回，太折腾了",
                   "审核驳回理由看不懂，又得重新拍"],
                  ["My prescription got rejected twice for a blurry photo", "Prescription rejected again, so annoying",
                   "rejected my rx photo for no clear reason"]),
    "slow_review": (["验光师审核等了两天，急着用", "处方审核太久了，一天多还没通过"],
                    ["The optometrist review took two days", "Still waiting on the optometrist review after a day"]),
    "tryon": (["虚拟试戴很准，选到了很适合脸型的镜框", "AR试戴好玩又实用，戴上跟试戴的一样"],
              ["The virtual try-on was spot on, frames look exactly like in the app",
               "Loved the try-on feature, picked frames in minutes"]),
    "good": (["镜片很舒服，续订很方便，每个月自动寄到", "价格比眼镜店便宜，服务也好", "戴着很舒服，会一直订下去",
              "客服回复快，体验不错"],
             ["Comfortable lenses and the refills just show up, great", "Cheaper than my optician and easy to reorder",
              "Smooth experience, will keep my subscription"]),
    "billing": (["自动续订扣款没提醒我，想取消都来不及", "没通知就自动扣费续订了"],
                ["Auto-renewal charged me without any reminder", "they billed my refill before I could cancel"]),
}
MARKERS = {
    "delay": ["物流太慢", "快递太慢", "delivery was so slow", "delayed", "shipping is painfully slow"],
    "wrong_rx": ["度数不对", "wrong prescription"],
    "discomfort": ["干涩", "dry"],
    "rx_reject": ["驳回", "rejected"],
}


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = 0

    def ev(self, c, t, tp, sid, action, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"] if tp not in ("tp_ship", "tp_deliver",
                                                                                  "tp_remake", "tp_exam") else None,
                   channel=kw.pop("channel", c["device_channel"]), app_version=app_version(t) if c["device"] != "pc"
                   else None, city=c["city"], 城市=CITIES[c["city"]][0])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        oid = f"CS{self.n_ord:06d}"
        row = dict(order_id=oid, customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2), status=status,
                   channel=c["device_channel"], device=c["device"], order_type=otype, 订单类型=OTYPE_ZH[otype],
                   city=c["city"], 城市=CITIES[c["city"]][0], currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return oid

    def fb(self, c, t, topic, channel, rating=None, nps=None, tp=None, order_id=None, no_ts=False):
        if t is not None and t > END:
            return
        if not channel.endswith("_review"):
            rating = None                            # only app-store / Tmall reviews carry stars
        en = c["lang"] == "en"
        zh_l, en_l = TPL[topic]
        lst = en_l if en else zh_l
        text = lst[int(rng.integers(len(lst)))]
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        self.feedback.append(dict(feedback_id=fid, text=text, ts=None if no_ts else ts(t),
                                  customer_id=c["customer_id"], touchpoint_id=tp, channel=channel, rating=rating,
                                  nps=nps, language="en" if en else "zh", order_id=order_id, city=c["city"],
                                  城市=CITIES[c["city"]][0], plan=c.get("plan"), lens_brand=c.get("brand"),
                                  镜片品牌=BRANDS[c["brand"]][0] if c.get("brand") else None))
        self.truth.append(dict(feedback_id=fid, topics=topic, sentiment="positive" if topic in ("tryon", "good")
                               else "negative"))

    # ---------- one shipment ----------
    def ship(self, c, t, oid, lab_days=(0.3, 1.5)):
        t_ship = t + D(days=float(rng.uniform(*lab_days)))
        if not self.ev(c, t_ship, "tp_ship", oid, "shipped", courier=COURIER.get(c["city"], "顺达快递")):
            return None, None
        med = CITIES[c["city"]][2]
        if SPRING[0] <= t_ship < SPRING[1]:
            med += 4.0
        if DOUBLE11[0] <= t_ship < DOUBLE11[1]:
            med += 1.0
        days = float(med * np.exp(rng.normal(0, 0.3)))
        t_del = t_ship + D(days=days)
        self.ev(c, t_del, "tp_deliver", oid, "delivered", courier=COURIER.get(c["city"], "顺达快递"))
        if days > 5 and rng.random() < 0.45:
            self.ev(c, t_ship + D(days=5.2), "tp_support", oid, "ticket", channel="phone")
            if rng.random() < 0.5:
                self.fb(c, t_ship + D(days=5.3), "delay", "ticket", tp="tp_deliver", order_id=oid)
            else:
                self.fb(c, t_ship + D(days=5.3), "delay", "call_note", tp="tp_deliver", order_id=oid,
                        no_ts=rng.random() < 0.4)
        return t_del, days

    # ---------- prescription ----------
    def prescription(self, c, t):
        """upload -> review; returns approval time or None."""
        for attempt in range(3):
            self.ev(c, t, "tp_rx_upload", None, "submit")
            p_rej = 0.07
            if c["device"] == "android" and CAMERA_BUG[0] <= t < CAMERA_BUG[1]:
                p_rej = 0.42
            med = 28.0 if DOUBLE11[0] <= t < DOUBLE11[1] else 4.5
            wait = float(med * np.exp(rng.normal(0, 0.45)))
            t_rev = t + hrs(wait)
            if rng.random() < p_rej:
                reason = "blurry_photo" if p_rej > 0.3 and rng.random() < 0.85 else pick(
                    {"blurry_photo": 0.4, "expired_rx": 0.35, "missing_pd": 0.25})
                self.ev(c, t_rev, "tp_rx_reject", None, "fail", reject_reason=reason, 驳回原因=REJECT[reason],
                        optometrist=f"OD{int(rng.integers(1, 13)):02d}")
                if rng.random() < 0.2:
                    self.fb(c, t_rev + hrs(2), "rx_reject", pick({"ticket": 0.6, "app_review": 0.4}),
                            rating=1 if rng.random() < 0.5 else 2, tp="tp_rx_reject")
                if rng.random() > 0.55:
                    return None, wait
                t = t_rev + D(days=float(rng.uniform(0.1, 3)))
                continue
            self.ev(c, t_rev, "tp_rx_verify", None, "approved", optometrist=f"OD{int(rng.integers(1, 13)):02d}")
            if wait > 24 and rng.random() < 0.12:
                self.fb(c, t_rev + hrs(1), "slow_review", "app_review", rating=2, tp="tp_rx_verify")
            return t_rev, wait
        return None, None

    # ---------- journeys ----------
    def lens(self, c, t):
        p_up = {"referral": 0.75, "optical_partner": 0.72, "search": 0.62, "xiaohongshu": 0.55, "douyin": 0.45}
        if rng.random() > p_up[c["acq"]]:
            return
        t_up = t + hrs(rng.uniform(0.1, 48))
        t_ok, wait = self.prescription(c, t_up)
        if t_ok is None:
            return
        if rng.random() > 0.88:
            return
        t_sel = t_ok + hrs(rng.uniform(0.2, 20))
        brand = pick({"ClearDay": 0.33, "OceanMoist": 0.2, "AquaSoft": 0.3, "BioFlex": 0.17})
        zh, plan, price = BRANDS[brand]
        c["plan"], c["brand"] = plan, brand
        bk = dict(plan=plan, 套餐=PLAN_ZH[plan], lens_brand=brand, 镜片品牌=zh)
        self.ev(c, t_sel, "tp_lens_select", None, "select", **bk)
        p_sub = 0.55 if wait > 24 else 0.8
        if rng.random() > p_sub:
            return
        t_sub = t_sel + hrs(rng.uniform(0.1, 30))
        status = "refunded" if rng.random() < 0.03 else "paid"
        oid = self.order(c, t_sub, price, "lens_subscription", status, plan=plan, 套餐=PLAN_ZH[plan], lens_brand=brand,
                         镜片品牌=zh)
        if oid is None:
            return
        if status == "refunded":
            self.orders[-1]["refunded_at"] = ts(t_sub + D(days=1))
        self.ev(c, t_sub, "tp_subscribe", oid, "subscribe", amount=price, **bk)
        c["subscribed"] = True
        if status == "refunded":
            self.ev(c, t_sub + D(days=1), "tp_cancel_sub", oid, "cancel", cancel_reason="changed_mind",
                    取消原因="不想要了", **bk)
            return
        self.ship(c, t_sub, oid)
        cycle = 30 if plan == "daily" else 90
        churn = 0.10 if plan == "daily" else 0.14
        if brand == "AquaSoft":
            churn += 0.35
        if c["acq"] == "xiaohongshu":
            churn += 0.12
        if c["acq"] == "referral":
            churn -= 0.04
        t_cur, n = t_sub, 0
        while True:
            if brand == "AquaSoft" and rng.random() < 0.16:
                tf = t_cur + D(days=float(rng.uniform(3, 20)))
                ch = pick({"app_review": 0.45, "ticket": 0.2, "tmall_review": 0.2, "xiaohongshu": 0.15})
                self.fb(c, tf, "discomfort", ch, rating=int(rng.choice([1, 2, 2, 3])) if ch.endswith("review") else None,
                        tp="tp_deliver" if ch != "ticket" else "tp_support", no_ts=ch == "xiaohongshu" and rng.random() < 0.5)
            elif rng.random() < 0.1:
                tf = t_cur + D(days=float(rng.uniform(3, 20)))
                ch = pick({"app_review": 0.6, "tmall_review": 0.4})
                self.fb(c, tf, "good", ch, rating=int(rng.choice([4, 5, 5])), tp="tp_deliver")
            t_next = t_cur + D(days=cycle + float(rng.uniform(-1, 2)))
            if t_next > END:
                break
            if rng.random() < churn:
                t_c = t_next - D(days=float(rng.uniform(1, 6)))
                reason = pick({"discomfort": 0.6 if brand == "AquaSoft" else 0.05, "price": 0.5,
                               "switched_to_glasses": 0.15, "too_many_lenses": 0.2})
                rzh = {"discomfort": "戴着不舒服", "price": "价格", "switched_to_glasses": "改戴框架",
                       "too_many_lenses": "囤货太多"}[reason]
                self.ev(c, t_c, "tp_cancel_sub", None, "cancel", cancel_reason=reason, 取消原因=rzh, **bk)
                if rng.random() < 0.08:
                    self.fb(c, t_c, "billing", "ticket", tp="tp_refill")
                c["churned"] = True
                break
            n += 1
            oid = self.order(c, t_next, price, "refill", plan=plan, 套餐=PLAN_ZH[plan], lens_brand=brand, 镜片品牌=zh)
            self.ev(c, t_next, "tp_refill", oid, "auto_refill", amount=price, **bk)
            if plan == "monthly" and rng.random() < 0.55:
                self.order(c, t_next + D(minutes=2), 39.0, "solution", plan=plan, 套餐=PLAN_ZH[plan])
            self.ship(c, t_next, oid)
            t_cur = t_next

    def glasses(self, c, t):
        tried = False
        if c["device"] != "pc" and rng.random() < 0.62:
            tried = True
            self.ev(c, t + D(minutes=float(rng.uniform(2, 40))), "tp_tryon", None, "try_on",
                    frames_tried=int(rng.integers(2, 15)))
            if rng.random() < 0.1:
                self.fb(c, t + hrs(1), "tryon", pick({"app_review": 0.6, "xiaohongshu": 0.4}), rating=5,
                        tp="tp_tryon")
        if rng.random() > (0.72 if tried else 0.42):
            return
        t_up = t + hrs(rng.uniform(0.5, 36))
        t_ok, _ = self.prescription(c, t_up)
        if t_ok is None:
            return
        if rng.random() > (0.78 if tried else 0.55):
            return
        t_co = t_ok + hrs(rng.uniform(0.2, 48))
        lab = pick({"LabA": 0.6, "LabB": 0.4})
        frame = float(rng.choice([299, 399, 499, 699, 899]))
        lensp = float(rng.choice([199, 299, 499]))
        amount = frame + lensp
        refund = False
        p_remake = 0.15 if lab == "LabB" else 0.035
        remake = rng.random() < p_remake
        if not remake and rng.random() < 0.05:
            refund = True
        oid = self.order(c, t_co, amount, "frames", "refunded" if refund else "paid", lens_lab=lab, 加工厂=LABS[lab],
                         frame_price=frame, lens_package=lensp)
        if oid is None:
            return
        self.ev(c, t_co, "tp_checkout", oid, "paid", amount=amount, lens_lab=lab, 加工厂=LABS[lab])
        t_del, _ = self.ship(c, t_co, oid, lab_days=(2.5, 6))
        if t_del is None:
            return
        if remake or refund:
            t_r = t_del + D(days=float(rng.uniform(0.5, 6)))
            reason = "wrong_rx" if remake and rng.random() < 0.8 else ("fit" if remake else "style")
            rzh = {"wrong_rx": "度数不对", "fit": "佩戴不合适", "style": "款式不喜欢"}[reason]
            if self.ev(c, t_r, "tp_return", oid, "remake_request" if remake else "return_request",
                       return_reason=reason, 退换原因=rzh, lens_lab=lab, 加工厂=LABS[lab]):
                if reason == "wrong_rx" and rng.random() < 0.7:
                    ch = pick({"ticket": 0.4, "app_review": 0.35, "tmall_review": 0.25})
                    self.fb(c, t_r + hrs(3), "wrong_rx", ch, rating=1 if ch.endswith("review") else None,
                            tp="tp_return", order_id=oid)
                if remake:
                    t_m = t_r + D(days=float(rng.uniform(4, 11)))
                    self.ev(c, t_m, "tp_remake", oid, "remake_shipped", lens_lab=lab, 加工厂=LABS[lab])
                else:
                    self.orders[-1]["refunded_at"] = ts(t_r + D(days=3))
        elif rng.random() < 0.12:
            ch = pick({"app_review": 0.6, "tmall_review": 0.4})
            self.fb(c, t_del + D(days=2), "good", ch, rating=int(rng.choice([4, 5])), tp="tp_deliver", order_id=oid)

    def customer(self, i):
        c = dict(customer_id=f"C{i:05d}")
        # signups grow over time
        u = rng.random()
        day = int((u ** 0.8) * 540)
        t0 = START + D(days=day, hours=float(rng.uniform(8, 23.5)))
        c["signup"] = t0
        c["city"] = pick({k: v[1] for k, v in CITIES.items()})
        c["acq"] = pick({k: v[1] for k, v in ACQ.items()})
        c["device"] = pick({"ios": 0.48, "android": 0.4, "pc": 0.12})
        c["device_channel"] = "web" if c["device"] == "pc" else "app"
        c["lang"] = "en" if rng.random() < 0.12 else "zh"
        c["age"] = pick({"18-24": 0.3, "25-34": 0.38, "35-44": 0.2, "45+": 0.12})
        intent = pick({"lens": 0.55, "glasses": 0.35, "exam": 0.10})
        c["intent"] = intent
        self.ev(c, t0, "tp_visit", None, "view", channel=c["acq"])
        if intent == "exam":
            t_ex = t0 + D(days=float(rng.uniform(0.5, 5)))
            if self.ev(c, t_ex, "tp_exam", None, "booked", channel="store"):
                self.order(c, t_ex, 99.0 if rng.random() < 0.7 else 199.0, "eye_exam")
                if rng.random() < 0.55:
                    t1 = t_ex + D(days=float(rng.uniform(1, 10)))
                    self.ev(c, t1, "tp_visit", None, "view", channel="app")
                    self.lens(c, t1)
        elif intent == "lens":
            self.lens(c, t0)
        else:
            self.glasses(c, t0)
            if rng.random() < 0.08:
                t1 = t0 + D(days=float(rng.uniform(60, 200)))
                if t1 < END:
                    self.ev(c, t1, "tp_visit", None, "view", channel="app")
                    self.glasses(c, t1)
        return c


def nps_for(c, g):
    base = 8.3
    if c.get("brand") == "AquaSoft":
        base -= 2.2
    if c["city"] in ("Chengdu", "Lhasa"):
        base -= 1.6
    if c["acq"] == "referral":
        base += 0.7
    return int(np.clip(round(base + rng.normal(0, 1.6)), 0, 10))


def write(path, rows, cols):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    custs = []
    first_buy = {}
    for i in range(1, N_CUST + 1):
        n0 = len(g.orders)
        c = g.customer(i)
        mine = [o for o in g.orders[n0:] if o["status"] == "paid"]
        if mine:
            first_buy[c["customer_id"]] = mine[0]
        custs.append(c)
    # NPS survey: 40 days after the first paid order, 30 % answer
    for c in custs:
        o = first_buy.get(c["customer_id"])
        if o is None or rng.random() > 0.3:
            continue
        t = datetime.fromisoformat(o["ts"]) + D(days=40)
        if t > END:
            continue
        score = nps_for(c, g)
        topic = "good" if score >= 8 else ("discomfort" if c.get("brand") == "AquaSoft" else
                                           ("delay" if c["city"] in ("Chengdu", "Lhasa") else "good"))
        if score < 7 and topic == "good":
            topic = "billing"
        g.fb(c, t, topic, "nps_survey", nps=score, tp="tp_deliver")
    # customers table
    spend = {}
    for o in g.orders:
        if o["status"] == "paid":
            spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + o["amount"]
    rows = []
    for c in custs:
        s = spend.get(c["customer_id"], 0)
        if s == 0:
            seg = "prospect"
        elif c.get("subscribed") and not c.get("churned"):
            seg = "active_subscriber"
        elif c.get("churned"):
            seg = "churned"
        else:
            seg = "one_time"
        tier = "platinum" if s >= 2500 else ("gold" if s >= 1000 else ("silver" if s >= 300 else "basic"))
        wt = {"lens": "contacts", "glasses": "glasses", "exam": "contacts" if c.get("plan") else "undecided"}[c["intent"]]
        rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["signup"]), segment=seg, region=c["city"],
                         城市=CITIES[c["city"]][0], acquisition_channel=c["acq"], 获客渠道=ACQ[c["acq"]][0], tier=tier,
                         会员等级={"basic": "普通", "silver": "银卡", "gold": "金卡", "platinum": "白金"}[tier],
                         wearer_type=wt, 佩戴类型={"contacts": "隐形眼镜", "glasses": "框架眼镜", "undecided": "未定"}[wt],
                         age_band=c["age"], device=c["device"], preferred_language=c["lang"],
                         current_plan=c.get("plan") if c.get("subscribed") and not c.get("churned") else None))
    write(out / "customers.csv", rows, list(rows[0]))
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
               touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])]
    write(out / "journeys.csv", jr, list(jr[0]))
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dups = [ev[int(k)] for k in rng.choice(len(ev), 30, replace=False)]
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
             "app_version", "city", "城市", "plan", "套餐", "lens_brand", "镜片品牌", "lens_lab", "加工厂", "reject_reason",
             "驳回原因", "optometrist", "return_reason", "退换原因", "cancel_reason", "取消原因", "courier", "frames_tried",
             "amount"]
    write(out / "events.csv", ev + dups, ecols)
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型", "plan",
             "套餐", "lens_brand", "镜片品牌", "lens_lab", "加工厂", "frame_price", "lens_package", "city", "城市",
             "refunded_at", "currency"]
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["ts"]), ocols)
    fb = g.feedback
    # a third of Xiaohongshu posts lose their date in the export; a few rows lose the customer
    for r in fb:
        if r["channel"] == "xiaohongshu" and r["ts"] and rng.random() < 0.35:
            r["ts"] = None
        if r["channel"] == "call_note" and rng.random() < 0.3:
            r["customer_id"] = None
    write(out / "feedback.csv", fb, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                     "nps", "language", "order_id", "city", "城市", "plan", "lens_brand", "镜片品牌"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(rows)} events {len(ev)}+{len(dups)} dup orders {len(g.orders)} feedback {len(fb)}")


if __name__ == "__main__":
    main()
