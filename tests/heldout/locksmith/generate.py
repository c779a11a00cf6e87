"""安锁 KeyGuard: a locksmith and smart-lock installation service in the Yangtze River Delta (Shanghai, Hangzhou,
Suzhou, Nanjing, Hefei; Wuxi opened 2026-03-01). Two kinds of customers meet us:
- emergency lockouts (紧急开锁): someone locked out finds us on Meituan / Baidu / through a friend and calls the
  hotline; dispatch assigns a technician (师傅), who travels to the door, checks the caller's ID and proof of residence
  (身份核验: ID card + property deed or rental contract), opens the lock and is paid on site; a caller who waits too
  long may cancel; a caller who cannot prove residence is not let in and pays only the 50 CNY call-out fee;
- smart-lock buyers (智能锁): they find us on Douyin / Baidu / a friend or in a partner building-materials store
  (合作门店), browse the online shop, add to cart and pay (or buy in the partner store), book a home installation
  (上门安装), the installer comes, fits the lock (fire doors often need re-drilling: a second visit), and later some
  report after-sales problems (battery, fingerprint, app connection, jammed lock), some file warranty claims.
Events 2025-01-01 .. 2026-07-31 (the extract was taken at the start of August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments),
plus OUTDIR/_truth/feedback_truth.csv (topics of each comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261288
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
N_CUST = 6000
WUXI_OPEN = datetime(2026, 3, 1)
FW_BUG = (datetime(2025, 11, 10), datetime(2026, 1, 20))   # V5 firmware 3.2.0: the peephole camera drains the battery
FIRMWARE = [(datetime(2025, 1, 1), "3.0.4"), (datetime(2025, 6, 20), "3.1.0"), (datetime(2025, 11, 10), "3.2.0"),
            (datetime(2026, 1, 20), "3.2.1"), (datetime(2026, 5, 6), "3.3.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现安锁", "Found KeyGuard", "awareness", "ads", "digital", "marketing",
     "发现|看到广告|搜到|刷到抖音|美团搜开锁|百度搜开锁|朋友推荐|first touch|found us|saw the ad"),
    ("tp_product_view", "浏览锁具", "Lock product page", "consideration", "app", "digital", "ecommerce",
     "浏览|看商品|商品详情|看锁|选锁|product page|browse|viewed the lock"),
    ("tp_cart", "加入购物车", "Added to cart", "consideration", "app", "digital", "ecommerce",
     "加购|购物车|加入购物车|cart|add to cart|basket"),
    ("tp_store_visit", "合作门店体验", "Partner store visit", "consideration", "store", "physical", "channel_sales",
     "门店|合作门店|建材店|到店体验|看样锁|partner store|showroom|store visit"),
    ("tp_pay", "下单支付", "Lock purchase paid", "purchase", "app", "digital", "ecommerce",
     "下单|付款|支付|买锁|购买|成交|pay|paid|purchase|checkout|bought a lock"),
    ("tp_return", "退货退款", "Return & refund", "service", "app", "digital", "ecommerce",
     "退货|退款|七天无理由|退钱|return|refund|money back"),
    ("tp_install_book", "预约安装", "Installation booked", "service", "app", "digital", "install_ops",
     "预约安装|约师傅|约安装|安装预约|book installation|installation appointment|schedule install"),
    ("tp_install_arrive", "安装师傅上门", "Installer on site", "service", "other", "physical", "install_ops",
     "上门|师傅到了|安装上门|到场|installer arrived|technician visit|on site"),
    ("tp_install_fail", "安装未完成", "Installation not finished", "service", "other", "physical", "install_ops",
     "装不上|改孔|开孔|二次上门|安装失败|跑两趟|needs re-drilling|install failed|second visit"),
    ("tp_install_done", "安装完成", "Installation done", "service", "other", "physical", "install_ops",
     "装好了|安装完成|装完|验收|installed|installation complete|fitted"),
    ("tp_lockout_call", "紧急开锁来电", "Lockout call", "service", "phone", "digital", "dispatch",
     "开锁电话|报单|来电|紧急开锁|被锁门外|钥匙丢了|lockout|locked out|emergency call|call-in"),
    ("tp_dispatch", "派单接单", "Job dispatched", "service", "other", "digital", "dispatch",
     "派单|接单|抢单|调度|dispatch|job accepted|assigned"),
    ("tp_lockout_arrive", "开锁师傅到场", "Locksmith on site", "service", "other", "physical", "dispatch",
     "师傅到场|到达|上门开锁|开锁师傅到了|arrival|locksmith arrived|on the scene"),
    ("tp_lockout_cancel", "取消开锁", "Lockout cancelled", "service", "phone", "digital", "dispatch",
     "取消|不等了|撤单|cancel|cancelled the job|gave up waiting"),
    ("tp_id_verify", "身份核验", "ID & residence check", "service", "other", "physical", "compliance",
     "身份核验|验证身份|查身份证|房产证|租房合同|登记|ID check|verification|proof of residence|KYC"),
    ("tp_unlock_done", "开锁完成", "Door opened", "service", "other", "physical", "dispatch",
     "开锁成功|门开了|开好了|开锁完成|unlocked|door opened|job done"),
    ("tp_aftersales", "售后报修", "After-sales report", "service", "app", "digital", "aftersales",
     "售后|报修|故障|坏了|没电|指纹不灵|after-sales|repair request|fault|issue report"),
    ("tp_aftersales_fixed", "售后解决", "After-sales resolved", "service", "other", "digital", "aftersales",
     "修好|解决|售后完成|处理完|fixed|resolved|repaired"),
    ("tp_warranty_claim", "保修申请", "Warranty claim", "service", "app", "digital", "aftersales",
     "保修|质保|换新|保修申请|warranty|claim|replacement request"),
    ("tp_warranty_decision", "保修审核结果", "Warranty decision", "service", "other", "digital", "aftersales",
     "审核|保修通过|保修被拒|人为损坏|approved|rejected|claim decision"),
    ("tp_review", "评价", "Review", "loyalty", "app", "digital", "marketing",
     "评价|打分|点评|评分|review|rating|stars"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("online_purchase", "线上购锁", "Online lock purchase", ["tp_discover", "tp_product_view", "tp_cart", "tp_pay"], 14),
    ("installation", "上门安装", "Home installation", ["tp_pay", "tp_install_book", "tp_install_arrive",
                                                     "tp_install_done"], 30),
    ("lockout", "紧急开锁", "Emergency lockout", ["tp_lockout_call", "tp_dispatch", "tp_lockout_arrive", "tp_id_verify",
                                               "tp_unlock_done"], 1),
    ("aftersales", "售后维修", "After-sales repair", ["tp_aftersales", "tp_aftersales_fixed"], 14),
    ("warranty", "保修理赔", "Warranty claim", ["tp_warranty_claim", "tp_warranty_decision"], 30),
    ("lockout_to_lock", "开锁转购锁", "Lockout to smart lock", ["tp_unlock_done", "tp_pay"], 90),
]
CITIES = {  # en: zh, weight, median lockout arrival minutes (daytime), teams
    "Shanghai": ("上海", 0.34, 24.0, ["SH-A", "SH-B", "SH-C"]),
    "Hangzhou": ("杭州", 0.21, 25.0, ["HZ-A", "HZ-B"]),
    "Suzhou": ("苏州", 0.17, 26.0, ["SZ-A", "SZ-B"]),
    "Nanjing": ("南京", 0.16, 27.0, ["NJ-A", "NJ-B"]),
    "Hefei": ("合肥", 0.12, 41.0, ["HF-A"]),
    "Wuxi": ("无锡", 0.0, 66.0, ["WX-A"]),
}
GOUGE_TEAM = "SZ-B"             # Suzhou team B adds on-site surcharges above the quote
PARTNER_STORES = {
    "Shanghai": ["上海宜家居建材·徐汇店", "上海美居广场·浦东店"], "Hangzhou": ["杭州宜家居建材·滨江店"],
    "Suzhou": ["苏州美居广场·园区店"], "Nanjing": ["南京宜家居建材·河西店"], "Hefei": ["合肥美居广场·政务区店"],
    "Wuxi": ["无锡美居广场·梁溪店"]}
PRODUCTS = {  # model: zh, en, price, weight, install fee
    "KG-S1": ("安锁S1指纹锁", "S1 fingerprint lock", 1299, 0.40, 150),
    "KG-F3": ("安锁F3人脸锁", "F3 face-ID lock", 2399, 0.30, 150),
    "KG-V5": ("安锁V5猫眼可视锁", "V5 video peephole lock", 3299, 0.20, 150),
    "KG-C2": ("超C级防盗锁芯", "C-grade security cylinder", 299, 0.10, 60),
}
LOCK_TYPES = {  # en: zh, weight, price
    "ordinary": ("普通门锁", 0.30, 150), "security_door": ("防盗门", 0.40, 250), "smart_lock": ("智能锁", 0.12, 350),
    "car": ("汽车锁", 0.10, 300), "safe": ("保险柜", 0.08, 400)}
DOORS = {"security_door": ("防盗门", 0.60), "fire_door": ("防火门", 0.15), "wooden": ("木门", 0.25)}
HOUSING = {"owner": "业主", "tenant": "租户"}
ACQ = {"meituan": "美团", "baidu": "百度搜索", "douyin": "抖音", "partner_store": "合作门店", "referral": "老客推荐"}
ISSUES = {"battery": "电池耗电", "fingerprint": "指纹识别", "app_connect": "App连接", "jammed": "锁体卡滞"}
ORDER_TYPES = {"product": "锁具商品", "installation": "安装费", "lockout": "紧急开锁", "callout_fee": "上门费",
               "parts": "售后配件"}
AGES = ["18-25", "26-35", "36-45", "46-60", "60+"]

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "slow_arrival": (["师傅来得太慢了，在门口等了一个多小时", "半夜被锁门外，等了快一个小时师傅才到", "说二十分钟到，结果等了一个多小时",
                      "等师傅等得腿都站麻了，太慢了"],
                     ["the locksmith took over an hour to arrive", "waited ages outside my flat for the locksmith",
                      "they said 20 minutes and it took over an hour"]),
    "price_gouge": (["到了现场临时加价，电话里报的价根本不算数", "乱收费，说是特殊锁芯又多收了150", "报价250，开完要400，坐地起价"],
                    ["the locksmith charged way more than the quote on the phone",
                     "hidden extra charge on site, not the price we agreed"]),
    "id_hassle": (["身份核验太麻烦了，要房产证还要租房合同", "租的房子没带合同，师傅不给开，白跑一趟还收上门费",
                   "核验身份折腾了半天"],
                  ["the ID check was a hassle, they wanted my rental contract",
                   "they wouldn't open the door without proof of residence"]),
    "battery": (["电池没几天就没电了，太耗电", "猫眼一直亮着，电池两周就耗光", "换了新电池一个月又没电了，耗电太快"],
                ["the battery drains in two weeks", "battery dies way too fast since the update",
                 "had to change the batteries again, battery drain is crazy"]),
    "fingerprint": (["指纹识别不了，天一冷手指一干就打不开", "指纹经常识别失败，要按好几次", "冬天指纹识别太差了"],
                     ["fingerprint not recognised half the time", "the fingerprint reader fails when my hands are dry"]),
    "install_fail": (["防火门装不上，说要改孔，跑了两趟才装好", "师傅第一次来没带工具改孔，又约了第二次", "门要重新开孔，安装拖了好几天"],
                     ["the installer had to come back because the door needed re-drilling",
                      "two visits to fit one lock, the fire door needed re-drilling"]),
    "app_connect": (["App老是连不上门锁", "蓝牙连不上，远程开门用不了"],
                    ["the app keeps losing connection to the lock", "can't connect the app to the lock"]),
    "warranty_reject": (["保修被拒了，说是人为损坏，明明是自己坏的", "申请保修说不在保修范围，很无语"],
                        ["warranty claim rejected, they said it was user damage", "they refused the warranty claim"]),
    "fast_pro": (["师傅来得很快，开锁很专业，没有破坏门锁", "十几分钟就到了，很专业，价格透明", "半夜打电话也很快就到，师傅态度好"],
                 ["the locksmith was quick and professional", "arrived in 15 minutes, quick and professional, fair price"]),
    "lock_good": (["锁很好用，人脸识别一秒开门", "装完很满意，指纹开门很方便，师傅装得很仔细", "质量不错，颜值高，推荐"],
                  ["love the lock, face unlock is instant", "great lock and a neat installation"]),
}
GEN = {
    "pos": (["整体满意", "服务不错，推荐给朋友了"], ["good service overall", "would recommend"]),
    "neu": (["还行吧", "一般，没什么特别的"], ["it was ok", "average, nothing special"]),
    "neg": (["体验很差", "不会再用了"], ["bad experience", "won't use them again"]),
}
TOPIC_TP = {"slow_arrival": "tp_lockout_arrive", "price_gouge": "tp_unlock_done", "id_hassle": "tp_id_verify",
            "battery": "tp_aftersales", "fingerprint": "tp_aftersales", "install_fail": "tp_install_fail",
            "app_connect": "tp_aftersales", "warranty_reject": "tp_warranty_decision", "fast_pro": "tp_unlock_done",
            "lock_good": "tp_install_done"}
NEG = {"slow_arrival", "price_gouge", "id_hassle", "battery", "fingerprint", "install_fail", "app_connect",
       "warranty_reject"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def firmware(t: datetime) -> str:
    v = FIRMWARE[0][1]
    for s, ver in FIRMWARE:
        if t >= s:
            v = ver
    return v


def promo(t: datetime) -> float:
    if datetime(t.year, 11, 1) <= t < datetime(t.year, 11, 12):
        return 0.85                                   # Double 11
    if datetime(t.year, 6, 1) <= t < datetime(t.year, 6, 19):
        return 0.90                                   # 618
    return 1.0


def shop_season(d: datetime) -> float:
    return 3.0 if promo(d) == 0.85 else (2.0 if promo(d) == 0.90 else (0.6 if d.month == 2 else 1.0))


def lockout_season(d: datetime) -> float:
    return 1.3 if d.month in (7, 8) else (0.75 if d.month == 2 else 1.0)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n = dict(ev=0, ord=0, fb=0, job=0, po=0, case=0)

    def nid(self, k):
        self.n[k] += 1
        return self.n[k]

    def ev(self, c, t, tp, sid, action, **kw):
        if t > END:
            return False
        row = dict(event_id=f"E{self.nid('ev'):07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, city=c["city"], 城市=CITIES[c["city"]][0])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, sid, status="paid", **kw):
        if t > END:
            return None
        row = dict(order_id=f"O{self.nid('ord'):06d}", customer_id=c["customer_id"], ts=ts(t),
                   amount=round(float(amount), 2), status=status, order_type=otype, 订单类型=ORDER_TYPES[otype],
                   job_id=sid, city=c["city"], 城市=CITIES[c["city"]][0], device=c["os"], currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, sid=None, tp=None, undated=False, anon=False,
           gen=None, **kw):
        if t > END:
            return
        fid = f"F{self.nid('fb'):06d}"
        lang = "en" if rng.random() < c["en"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if set(topics) & NEG else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = TOPIC_TP[topics[0]] if topics else "tp_review"
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if anon else c["customer_id"], touchpoint_id=tp, channel=channel, rating=rating,
                   nps=nps, language=lang, job_id=sid, city=c["city"], 城市=CITIES[c["city"]][0])
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics))))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 7, 28):
            days.append(d)
            d += D(days=1)
        self.cust = []
        kinds = ["lockout" if rng.random() < 0.42 else "shop" for _ in range(N_CUST)]
        wts = {}
        for kind, f in (("lockout", lockout_season), ("shop", shop_season)):
            w = np.array([(0.6 + 0.8 * (x - START).days / 574) * f(x) for x in days])
            wts[kind] = w / w.sum()
        for i, kind in enumerate(kinds):
            x = days[int(rng.choice(len(days), p=wts[kind]))]
            if kind == "lockout":
                h = float(pick(list(range(24)), [3, 2.5, 2, 1.5, 1, 1, 1.5, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3.5, 4,
                                                  5, 6, 6, 5.5, 5, 4]))
                t = x + D(hours=h, minutes=float(rng.uniform(0, 60)))
            else:
                t = x + D(hours=float(rng.uniform(8, 23.5)))
            city = pick(list(CITIES)[:5], [v[1] for v in list(CITIES.values())[:5]])
            if t >= WUXI_OPEN and rng.random() < 0.035:
                city = "Wuxi"
            if kind == "lockout":
                ch = pick(["meituan", "baidu", "referral"], [0.45, 0.35, 0.20])
                housing = "tenant" if rng.random() < 0.5 else "owner"
            else:
                ch = pick(["douyin", "partner_store", "baidu", "referral"], [0.35, 0.33, 0.17, 0.15])
                housing = "tenant" if rng.random() < 0.2 else "owner"
            age = pick(AGES, [0.16, 0.38, 0.26, 0.15, 0.05] if kind == "lockout" else [0.06, 0.34, 0.34, 0.2, 0.06])
            self.cust.append(dict(
                customer_id=f"K{i + 1:05d}", t0=t, kind=kind, city=city, channel=ch, housing=housing, age=age,
                door=pick(list(DOORS), [v[1] for v in DOORS.values()]), os=pick(["ios", "android"], [0.48, 0.52]),
                en=0.18 if city == "Shanghai" else 0.07, spend=0.0, locks=[], jobs=0, lock_buys=0))

    # ---------- emergency lockout ----------
    def lockout(self, c, t):
        jid = f"J{self.nid('job'):06d}"
        c["jobs"] += 1
        night = t.hour >= 22 or t.hour < 6
        lt = pick(list(LOCK_TYPES), [v[1] for v in LOCK_TYPES.values()])
        team = str(rng.choice(CITIES[c["city"]][3]))
        tech = f"{team}-{int(rng.integers(1, 7)):02d}"
        base = dict(device=c["os"], lock_type=lt, 锁类型=LOCK_TYPES[lt][0], is_night=int(night),
                    时段="夜间" if night else "白天")
        self.ev(c, t, "tp_lockout_call", jid, "call", channel="phone", **base)
        t_d = t + D(minutes=float(rng.lognormal(np.log(3.0), 0.5)))
        self.ev(c, t_d, "tp_dispatch", jid, "accepted", channel="dispatch_app", technician_team=team,
                technician_id=tech, **base)
        med = CITIES[c["city"]][2] * (1.9 if night else 1.0)
        wait = float(rng.lognormal(np.log(med), 0.42))
        quote = LOCK_TYPES[lt][2] + (100 if night else 0)
        p_cancel = min(0.5, 0.03 + 0.006 * max(0.0, wait - 35))
        if rng.random() < p_cancel:
            t_c = t + D(minutes=float(rng.uniform(0.5, 0.95)) * wait)
            self.ev(c, t_c, "tp_lockout_cancel", jid, "cancel", channel="phone", technician_team=team,
                    cancel_reason="waited_too_long" if wait > 40 else "found_key",
                    取消原因="等待太久" if wait > 40 else "找到钥匙", **base)
            if wait > 40 and rng.random() < 0.35:
                self.fb(c, t_c + D(minutes=30), ["slow_arrival"], "call_note", sid=jid, undated=rng.random() < 0.4,
                        technician_team=team)
            return None
        t_a = t + D(minutes=wait)
        self.ev(c, t_a, "tp_lockout_arrive", jid, "arrived", channel="onsite", technician_team=team,
                technician_id=tech, quoted_price=quote, **base)
        t_v = t_a + D(minutes=float(rng.uniform(2, 9)))
        p_fail = (0.20 if c["housing"] == "tenant" else 0.04) if lt not in ("car",) else 0.03
        ok = rng.random() >= p_fail
        self.ev(c, t_v, "tp_id_verify", jid, "pass" if ok else "fail", channel="onsite", technician_team=team,
                technician_id=tech, id_doc=pick(["id_card+deed", "id_card+rental_contract", "id_card+property_bill"],
                                                [0.5, 0.3, 0.2]) if ok else "missing_proof", **base)
        topics = []
        if wait > 60 and rng.random() < 0.55:
            topics.append("slow_arrival")
        if not ok:
            self.order(c, t_v + D(minutes=5), 50, "callout_fee", jid, channel="onsite", lock_type=lt,
                       锁类型=LOCK_TYPES[lt][0], is_night=int(night), technician_team=team)
            c["spend"] += 50
            if rng.random() < 0.5:
                topics.append("id_hassle")
            if topics:
                self.fb(c, t_v + D(hours=float(rng.uniform(0.5, 30))), topics, "call_note", sid=jid,
                        undated=rng.random() < 0.4, anon=rng.random() < 0.15, technician_team=team)
            return None
        t_u = t_v + D(minutes=float(rng.lognormal(np.log(25 if lt in ("smart_lock", "safe") else 10), 0.5)))
        extra = 0
        if team == GOUGE_TEAM and rng.random() < 0.30:
            extra = int(rng.choice([100, 150, 200]))
        elif rng.random() < 0.02:
            extra = 50
        amount = quote + extra
        self.ev(c, t_u, "tp_unlock_done", jid, "unlocked", channel="onsite", technician_team=team,
                technician_id=tech, amount=amount, **base)
        o = self.order(c, t_u + D(minutes=2), amount, "lockout", jid, channel="onsite", lock_type=lt,
                       锁类型=LOCK_TYPES[lt][0], is_night=int(night), technician_team=team, quoted_price=quote,
                       extra_charge=extra)
        c["spend"] += amount
        if extra >= 100 and rng.random() < 0.55:
            topics.append("price_gouge")
        if c["housing"] == "tenant" and rng.random() < 0.04:
            topics.append("id_hassle")
        if o is not None and (extra >= 100 and rng.random() < 0.25 or rng.random() < 0.015):
            t_r = t_u + D(days=float(rng.uniform(1, 6)))
            if t_r <= END:
                o["status"], o["refunded_at"] = "refunded", ts(t_r)
                c["spend"] -= amount
        if not topics and wait < 25 and rng.random() < 0.45:
            topics.append("fast_pro")
        if c["channel"] == "meituan" and rng.random() < 0.45:
            stars = float(pick([5, 4, 3], [0.62, 0.3, 0.08]))
            for k in topics:
                stars -= {"slow_arrival": 2.0, "price_gouge": 2.6, "id_hassle": 1.2}.get(k, 0.0)
            stars = float(min(5, max(1, round(stars))))
            self.fb(c, t_u + D(hours=float(rng.uniform(0.3, 20))), topics, "meituan_review", rating=stars, sid=jid,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"), technician_team=team)
        elif topics and rng.random() < 0.3:
            self.fb(c, t_u + D(hours=float(rng.uniform(0.3, 20))), topics, "call_note", sid=jid,
                    undated=rng.random() < 0.4, anon=rng.random() < 0.15, technician_team=team)
        return t_u

    # ---------- smart-lock purchase ----------
    def purchase(self, c, t, cross=False):
        po = f"P{self.nid('po'):06d}"
        model = pick(list(PRODUCTS), [v[3] for v in PRODUCTS.values()])
        if cross:
            model = pick(list(PRODUCTS), [0.45, 0.3, 0.15, 0.10])
        pz, pe, price, _, fee = PRODUCTS[model]
        pinfo = dict(product_model=model, product_name=pz, product_en=pe, list_price=price)
        store = c["channel"] == "partner_store" and not cross
        if store:
            sname = str(rng.choice(PARTNER_STORES[c["city"]]))
            t_s = t + D(minutes=float(rng.uniform(5, 40)))
            self.ev(c, t_s, "tp_store_visit", po, "visit", channel="store", partner_store=sname, **pinfo)
            if rng.random() > 0.58:
                return
            t_p = t_s + D(minutes=float(rng.uniform(10, 50)))
            pch = "partner_store"
        else:
            t_v = t + D(minutes=float(rng.uniform(1, 30))) if not cross else t
            if rng.random() > (0.66 if c["channel"] != "douyin" else 0.52) and not cross:
                return
            self.ev(c, t_v, "tp_product_view", po, "view", channel=pick(["app", "mini_program"], [0.55, 0.45]),
                    device=c["os"], **pinfo)
            if rng.random() > (0.55 if not cross else 0.7):
                return
            t_c = t_v + D(minutes=float(rng.lognormal(np.log(6), 0.8)))
            self.ev(c, t_c, "tp_cart", po, "add", channel="app", device=c["os"], **pinfo)
            if rng.random() > 0.62:
                return
            t_p = t_c + D(hours=float(min(240, rng.exponential(14) + 0.05)))
            pch = pick(["app", "mini_program"], [0.55, 0.45])
            sname = None
        amount = round(price * promo(t_p))
        if not self.ev(c, t_p, "tp_pay", po, "paid", channel=pch, device=c["os"], amount=amount,
                       partner_store=sname, promo="双11" if promo(t_p) == 0.85 else ("618" if promo(t_p) == 0.9 else None),
                       **pinfo):
            return
        o = self.order(c, t_p, amount, "product", po, channel=pch, partner_store=sname, **pinfo)
        c["spend"] += amount
        c["lock_buys"] += 1
        # 7-day returns (no questions asked)
        if rng.random() < (0.025 if store else 0.075):
            t_r = t_p + D(days=float(rng.uniform(1.5, 7)))
            if self.ev(c, t_r, "tp_return", po, "refund", channel=pch, refund_amount=amount,
                       return_reason=pick(["changed_mind", "not_compatible", "cheaper_elsewhere"], [0.5, 0.3, 0.2]),
                       **pinfo):
                o["status"], o["refunded_at"] = "refunded", ts(t_r)
                c["spend"] -= amount
            return
        # installation
        if rng.random() > (0.9 if model == "KG-C2" else 0.96):
            return
        d_book = float(rng.lognormal(np.log(2.6 if store else 0.5), 0.6))
        t_b = t_p + D(days=d_book)
        team = str(rng.choice(CITIES[c["city"]][3]))
        tech = f"{team}-{int(rng.integers(1, 7)):02d}"
        dinfo = dict(door_type=c["door"], 门类型=DOORS[c["door"]][0], technician_team=team, **pinfo)
        if not self.ev(c, t_b, "tp_install_book", po, "booked", channel=pick(["app", "phone"], [0.7, 0.3]),
                       device=c["os"], **dinfo):
            return
        slot = t_b + D(days=float(rng.integers(1, 5)))
        t_a = datetime(slot.year, slot.month, slot.day) + D(hours=float(rng.integers(9, 18)),
                                                            minutes=float(rng.uniform(-15, 45)))
        self.ev(c, t_a, "tp_install_arrive", po, "arrived", channel="onsite", technician_id=tech, visit_no=1, **dinfo)
        topics = []
        failed = rng.random() < (0.36 if c["door"] == "fire_door" and model != "KG-C2" else 0.05)
        if failed:
            t_f = t_a + D(minutes=float(rng.uniform(20, 60)))
            self.ev(c, t_f, "tp_install_fail", po, "needs_rework", channel="onsite", technician_id=tech,
                    fail_reason="needs_redrilling" if c["door"] == "fire_door" else "missing_parts",
                    未完成原因="需改孔" if c["door"] == "fire_door" else "缺配件", **dinfo)
            if rng.random() < 0.5:
                topics.append("install_fail")
            elif rng.random() < 0.4:
                self.fb(c, t_f + D(hours=float(rng.uniform(1, 20))), ["install_fail"], "call_note", sid=po,
                        undated=rng.random() < 0.4, product_model=model)
            if rng.random() < 0.15:              # gives up: lock returned
                t_r = t_f + D(days=float(rng.uniform(1, 4)))
                if self.ev(c, t_r, "tp_return", po, "refund", channel=pch, refund_amount=amount,
                           return_reason="not_compatible", **pinfo):
                    o["status"], o["refunded_at"] = "refunded", ts(t_r)
                    c["spend"] -= amount
                if topics:
                    self.fb(c, t_r, topics, "ticket", sid=po, product_model=model)
                return
            t_a = t_f + D(days=float(rng.uniform(2, 6)))
            self.ev(c, t_a, "tp_install_arrive", po, "arrived", channel="onsite", technician_id=tech, visit_no=2,
                    **dinfo)
        t_done = t_a + D(minutes=float(rng.lognormal(np.log(70), 0.3)))
        if not self.ev(c, t_done, "tp_install_done", po, "installed", channel="onsite", technician_id=tech,
                       visits=2 if failed else 1, firmware_version=firmware(t_done) if model != "KG-C2" else None,
                       **dinfo):
            return
        ifee = fee + (100 if failed and c["door"] == "fire_door" else 0)
        self.order(c, t_done + D(minutes=5), ifee, "installation", po, channel=pch if store else "app",
                   partner_store=sname, product_model=model, door_type=c["door"], 门类型=DOORS[c["door"]][0])
        c["spend"] += ifee
        if model != "KG-C2":
            c["locks"].append(dict(model=model, t=t_done, po=po))
        if not topics and rng.random() < 0.35:
            topics.append("lock_good")
        if rng.random() < (0.3 if not store else 0.12):
            stars = float(pick([5, 4, 3], [0.55, 0.35, 0.10]))
            if "install_fail" in topics:
                stars -= 1.8
            stars = float(min(5, max(1, round(stars))))
            self.fb(c, t_done + D(days=float(rng.uniform(0.2, 5))), topics, "shop_review", rating=stars, sid=po,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"), product_model=model)
        if rng.random() < 0.15:
            nps = int(np.clip(round(rng.normal(8.4 - (2.8 if failed else 0.0), 1.5)), 0, 10))
            self.fb(c, t_done + D(days=float(rng.uniform(1, 3))), topics if rng.random() < 0.5 else [], "survey",
                    nps=nps, sid=po, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"), product_model=model,
                    tp="tp_install_done")

    # ---------- after-sales over the lock's life ----------
    def aftersales(self, c):
        for lock in c["locks"]:
            m = lock["model"]
            t = lock["t"] + D(days=float(rng.uniform(5, 25)))
            while t <= END:
                fw_bug = m == "KG-V5" and FW_BUG[0] <= t < FW_BUG[1] and lock["t"] < FW_BUG[1]
                winter = t.month in (12, 1, 2)
                rates = {"battery": 0.38 if fw_bug else 0.012,
                         "fingerprint": (0.075 if winter else 0.008) if m == "KG-S1" else 0.004,
                         "app_connect": 0.006, "jammed": 0.003}
                for issue, r in rates.items():
                    if rng.random() < r:
                        self.case(c, lock, issue, t + D(days=float(rng.uniform(0, 30)), hours=float(rng.uniform(8, 22))))
                t += D(days=30)

    def case(self, c, lock, issue, t):
        cid = f"AS{self.nid('case'):06d}"
        m = lock["model"]
        info = dict(product_model=m, product_name=PRODUCTS[m][0], product_en=PRODUCTS[m][1], issue_type=issue,
                    问题类型=ISSUES[issue], firmware_version=firmware(t), purchase_id=lock["po"])
        if not self.ev(c, t, "tp_aftersales", cid, "report", channel=pick(["app", "phone"], [0.6, 0.4]),
                       device=c["os"], **info):
            return
        med = {"battery": 0.8, "fingerprint": 2.2, "app_connect": 1.0, "jammed": 1.6}[issue]
        t_f = t + D(days=float(rng.lognormal(np.log(med), 0.7)))
        if rng.random() > 0.08:
            self.ev(c, t_f, "tp_aftersales_fixed", cid, "resolved", channel=pick(["remote", "onsite"], [0.6, 0.4]),
                    **info)
        topic = issue if issue in ("battery", "fingerprint", "app_connect") else None
        if topic and rng.random() < 0.3:
            self.fb(c, t + D(hours=float(rng.uniform(0.1, 4))), [topic], "ticket", sid=cid, product_model=m)
        if topic and rng.random() < 0.15:
            stars = float(pick([1, 2, 3], [0.4, 0.4, 0.2]))
            self.fb(c, t + D(days=float(rng.uniform(0.5, 6))), [topic], "shop_review", rating=stars, sid=cid,
                    product_model=m)
        p_claim = {"battery": 0.25 if m == "KG-V5" else 0.03, "fingerprint": 0.3, "app_connect": 0.15,
                   "jammed": 0.5}[issue]
        if rng.random() < p_claim:
            t_w = t + D(days=float(rng.uniform(0.5, 3)))
            if not self.ev(c, t_w, "tp_warranty_claim", cid, "claim", channel="app", device=c["os"], **info):
                return
            t_d = t_w + D(days=float(rng.lognormal(np.log(3.5), 0.5)))
            approve = rng.random() < (0.92 if issue == "battery" else 0.74)
            self.ev(c, t_d, "tp_warranty_decision", cid, "approved" if approve else "rejected", channel="other",
                    reject_reason=None if approve else "user_damage", 拒赔原因=None if approve else "人为损坏", **info)
            if not approve:
                if rng.random() < 0.5:
                    self.order(c, t_d + D(days=1), 299 if issue != "jammed" else 399, "parts", cid, channel="app",
                               product_model=m)
                    c["spend"] += 299 if issue != "jammed" else 399
                if rng.random() < 0.5:
                    self.fb(c, t_d + D(hours=5), ["warranty_reject"], "ticket", sid=cid, product_model=m)

    def run(self):
        self.customers()
        for c in self.cust:
            if c["kind"] == "lockout":
                t0 = c["t0"] - D(minutes=float(rng.uniform(1, 8)))
                self.ev(c, t0, "tp_discover", None, "search", channel=c["channel"], device=c["os"])
                t_u = self.lockout(c, c["t0"])
                if rng.random() < 0.06:
                    t2 = c["t0"] + D(days=float(rng.uniform(20, 300)))
                    t2 = datetime(t2.year, t2.month, t2.day) + D(hours=float(rng.choice([8, 12, 19, 21, 23, 1])),
                                                                 minutes=float(rng.uniform(0, 59)))
                    if t2 <= END:
                        self.lockout(c, t2)
                if t_u is not None and rng.random() < (0.16 if c["housing"] == "owner" else 0.04):
                    t_x = t_u + D(days=float(rng.uniform(2, 85)))
                    self.purchase(c, t_x, cross=True)
            else:
                self.ev(c, c["t0"], "tp_discover", None, "view" if c["channel"] != "partner_store" else "walk_in",
                        channel=c["channel"], device=c["os"])
                self.purchase(c, c["t0"])
                if c["lock_buys"] and rng.random() < 0.05:
                    self.purchase(c, c["t0"] + D(days=float(rng.uniform(30, 200))), cross=True)
            self.aftersales(c)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            if c["lock_buys"] and c["jobs"]:
                seg = "lockout_to_buyer"
            elif c["lock_buys"]:
                seg = "lock_owner" if c["locks"] else "buyer_no_install"
            elif c["jobs"]:
                seg = "lockout_only"
            else:
                seg = "prospect"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["t0"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"], 获客渠道=ACQ[c["channel"]],
                             housing=c["housing"], 住房类型=HOUSING[c["housing"]], door_type=c["door"],
                             门类型=DOORS[c["door"]][0], age_band=c["age"], phone_os=c["os"],
                             first_need="lockout" if c["kind"] == "lockout" else "smart_lock",
                             首次需求="紧急开锁" if c["kind"] == "lockout" else "购买智能锁"))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "city",
           "城市", "lock_type", "锁类型", "is_night", "时段", "technician_team", "technician_id", "quoted_price", "amount",
           "cancel_reason", "取消原因", "id_doc", "product_model", "product_name", "product_en", "list_price",
           "partner_store", "promo", "refund_amount", "return_reason", "door_type", "门类型", "visit_no", "visits",
           "fail_reason", "未完成原因", "firmware_version", "issue_type", "问题类型", "purchase_id", "reject_reason",
           "拒赔原因"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型", "job_id",
            "city", "城市", "product_model", "product_name", "product_en", "list_price", "partner_store", "door_type",
            "门类型", "lock_type", "锁类型", "is_night", "technician_team", "quoted_price", "extra_charge", "refunded_at",
            "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "job_id", "city", "城市", "product_model", "technician_team"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "housing",
             "住房类型", "door_type", "门类型", "age_band", "phone_os", "first_need", "首次需求"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k, touchpoint_id=tp,
                  window_days=win) for j, zh, en, steps, win in JOURNEYS for k, tp in enumerate(steps, 1)]
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customer_rows(), CUST_COLS)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup = rng.choice(len(ev), size=18, replace=False)           # the dispatch system re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics"])
    print(f"customers {len(g.cust)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(g.feedback)}, "
          f"jobs {g.n['job']}, purchases {g.n['po']}, cases {g.n['case']}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
