"""柜来了 BoxGo: a smart parcel-locker (快递柜) network and app in four cities (Shenzhen, Shanghai, Hangzhou, Nanjing).
Couriers drop parcels into lockers at residential compounds (小区), office towers (写字楼) and campuses (校园); the
recipient gets an SMS with a pickup code, picks the parcel up (scanning the QR code in the app or typing the pickup
code on the locker screen); parcels left longer than the free window (24 h; residential and campus sites cut it to
18 h on 2025-08-01) start an overdue storage fee (1 CNY per started 12 h, capped at 5 CNY) that is paid in the app
before the door opens; monthly pickup passes (月卡, 5 CNY, students 3 CNY) waive the fee; doors sometimes fail to
open (retry, remote open by customer service, or the site staff); a recipient can ask for redelivery to the door
(上门, 3 CNY) instead; parcels not picked up in 7 days go back to the sender (退回). Users also send parcels from
a locker (寄件): start an order, pay, drop the parcel in a door, the chosen courier collects it.

Events 2025-01-01 .. 2026-06-30 (the extract was taken at the start of July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import bisect
import itertools
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20261211
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_DAYS = (END.date() - START.date()).days + 1
N_CUST = 2400
FREE_CUT = datetime(2025, 8, 1)              # residential / campus free window 24 h -> 18 h
FW_BUG = (datetime(2025, 11, 10), datetime(2025, 12, 22))   # firmware 4.2.0: large doors of BX-300 jam
PRICE_UP = datetime(2026, 1, 15)             # send price +2 CNY
FIRMWARE = [(datetime(2025, 1, 1), "4.1.3"), (datetime(2025, 11, 10), "4.2.0"), (datetime(2025, 12, 22), "4.2.1"),
            (datetime(2026, 4, 8), "4.3.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_dropoff", "快递员投柜", "Courier drop-off", "service", "other", "physical", "courier_ops",
     "投柜|入柜|放柜|快递员放件|派件|drop-off|dropped|delivered to locker|courier drop"),
    ("tp_notify", "取件通知", "Pickup code sent", "service", "other", "digital", "platform",
     "取件码|取件通知|短信通知|取件短信|pickup code|pickup SMS|notification"),
    ("tp_door_fail", "开柜失败", "Door failed to open", "service", "other", "physical", "hardware",
     "开柜失败|柜门打不开|格口打不开|门没弹开|door failed|door stuck|door won't open|jammed door"),
    ("tp_overdue", "超时计费", "Overdue fee started", "service", "other", "digital", "pricing",
     "超时|滞留|超时费|保管费开始计费|overdue|overtime|storage fee started"),
    ("tp_fee_pay", "支付保管费", "Storage fee paid", "purchase", "app", "digital", "pricing",
     "缴费|付保管费|交超时费|storage fee|overdue fee paid|pay fee"),
    ("tp_pickup", "取件成功", "Parcel picked up", "service", "other", "physical", "platform",
     "取件|取快递|拿快递|扫码取件|输码取件|pickup|picked up|collect my parcel"),
    ("tp_redeliver", "申请上门派送", "Redelivery requested", "service", "app", "digital", "courier_ops",
     "改派|送货上门|上门派送|redelivery|deliver to door|re-delivery"),
    ("tp_redeliver_done", "上门送达", "Redelivered to door", "service", "other", "physical", "courier_ops",
     "上门送达|送到家|redelivered|delivered to door"),
    ("tp_return", "退回寄件人", "Returned to sender", "service", "other", "physical", "courier_ops",
     "退回|退件|超期退回|return to sender|returned|sent back"),
    ("tp_send_start", "寄件下单", "Send order started", "consideration", "app", "digital", "send_biz",
     "寄件|寄快递|下单寄件|填寄件单|send a parcel|shipping order|start sending"),
    ("tp_send_pay", "寄件支付", "Send order paid", "purchase", "app", "digital", "send_biz",
     "寄件付款|付运费|寄件支付|pay shipping|shipping paid"),
    ("tp_send_drop", "寄件投柜", "Parcel placed for sending", "service", "other", "physical", "send_biz",
     "寄件投柜|把件放进柜子|投递寄件|drop my parcel|placed in locker"),
    ("tp_send_collect", "快递员揽收", "Courier collected", "service", "other", "physical", "courier_ops",
     "揽收|揽件|取走|courier pickup|collected|collection"),
    ("tp_pass_view", "月卡页面", "Monthly pass page", "consideration", "app", "digital", "growth",
     "月卡|包月|看月卡|monthly pass page|pass offer"),
    ("tp_pass_buy", "购买月卡", "Monthly pass bought", "loyalty", "app", "digital", "growth",
     "买月卡|开月卡|续月卡|月卡续费|buy pass|monthly pass|subscription|renew pass"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("pickup", "收件取件", "Parcel pickup", ["tp_dropoff", "tp_notify", "tp_pickup"], 7),
    ("overdue", "超时缴费取件", "Overdue fee pickup", ["tp_overdue", "tp_fee_pay", "tp_pickup"], 7),
    ("send", "柜机寄件", "Send from locker", ["tp_send_start", "tp_send_pay", "tp_send_drop", "tp_send_collect"], 3),
    ("pass", "月卡购买", "Monthly pass purchase", ["tp_pass_view", "tp_pass_buy"], 7),
    ("redelivery", "上门派送", "Redelivery", ["tp_redeliver", "tp_redeliver_done"], 3),
]
CITIES = {"Shenzhen": "深圳", "Shanghai": "上海", "Hangzhou": "杭州", "Nanjing": "南京"}
SITE_TYPES = {"residential": "小区", "office": "写字楼", "campus": "校园"}
SITES = [  # id, city, type, zh, en, locker model, opened
    ("S01", "Shenzhen", "office", "深圳南山科技园柜点", "Shenzhen Nanshan Science Park", "BX-300", None),
    ("S02", "Shenzhen", "residential", "深圳龙华锦绣花园柜点", "Shenzhen Longhua Jinxiu Garden", "BX-300", None),
    ("S03", "Shenzhen", "residential", "深圳福田香蜜湖柜点", "Shenzhen Futian Xiangmihu", "BX-300", None),
    ("S04", "Shenzhen", "campus", "深圳大学城柜点", "Shenzhen University Town", "BX-300", None),
    ("S05", "Shanghai", "office", "上海陆家嘴金融城柜点", "Shanghai Lujiazui Tower", "BX-300", None),
    ("S06", "Shanghai", "residential", "上海莘庄春申小区柜点", "Shanghai Xinzhuang Chunshen", "BX-200", None),
    ("S07", "Shanghai", "campus", "上海闵行交大柜点", "Shanghai Minhang SJTU", "BX-300", None),
    ("S08", "Shanghai", "residential", "上海浦东碧云柜点", "Shanghai Pudong Biyun", "BX-300", None),
    ("S09", "Hangzhou", "residential", "杭州滨江星耀城柜点", "Hangzhou Binjiang Xingyao", "BX-300", None),
    ("S10", "Hangzhou", "campus", "杭州紫金港浙大柜点", "Hangzhou Zijingang ZJU", "BX-300", None),
    ("S11", "Hangzhou", "office", "杭州未来科技城柜点", "Hangzhou Future Sci-Tech City", "BX-300", None),
    ("S12", "Hangzhou", "residential", "杭州拱墅运河柜点", "Hangzhou Gongshu Canal", "BX-200", None),
    ("S13", "Nanjing", "campus", "南京仙林大学城柜点", "Nanjing Xianlin University Town", "BX-300", None),
    ("S14", "Nanjing", "residential", "南京河西万达柜点", "Nanjing Hexi Wanda", "BX-300", None),
    ("S15", "Nanjing", "office", "南京新街口柜点", "Nanjing Xinjiekou", "BX-300", None),
    ("S16", "Nanjing", "residential", "南京江宁九龙湖柜点", "Nanjing Jiangning Jiulong Lake", "BX-300",
     datetime(2026, 5, 1)),
]
SITE = {s[0]: s for s in SITES}
NEW_SITE = "S16"
CARRIERS = {  # en: zh, share of inbound parcels
    "zto": ("中通", 0.28), "yto": ("圆通", 0.20), "yunda": ("韵达", 0.18), "jt": ("极兔", 0.14),
    "sf": ("顺丰", 0.12), "jd": ("京东", 0.08)}
SEND_CARRIERS = {  # en: price premium, median collection hours
    "sf": (6, 2.5), "jd": (4, 3.0), "zto": (0, 4.5), "yunda": (0, 16.0)}
SIZES = {"small": "小格", "medium": "中格", "large": "大格"}
SEND_BASE = {"small": 10, "medium": 14, "large": 20}
USER_TYPES = {  # en: zh, weight, mean days between parcels, share who send
    "resident": ("住户", 0.55, 26.0, 0.45), "office_worker": ("上班族", 0.28, 20.0, 0.30),
    "student": ("学生", 0.17, 16.0, 0.60)}
ACQ = {"sms_link": "取件短信链接", "app_store": "应用商店", "property_promo": "物业推广", "campus_promo": "校园地推"}
OPENED_BY = {"self": "本人", "retry": "重试", "remote": "客服远程", "staff": "驻点人员"}

# ---- feedback texts: each topic's phrases carry its own markers (gold.py counts topics by these markers) ----
TXT = {
    "fee": (["才放了一天就收保管费，太坑了", "超时费收得莫名其妙，下班回来就要交钱", "保管费从24小时改成18小时，谁同意了？",
             "取个快递还要交超时费，离谱", "保管费涨得太狠了"],
            ["charged a storage fee after just one day, ridiculous", "why do I pay an overdue fee for my own parcel",
             "the storage fee kicks in way too early now"]),
    "door": (["柜门打不开，站在那等了半天", "格口打不开，客服电话也打不通", "扫码成功了但是门没弹开", "柜门打不开第二次了，什么破柜子"],
             ["the locker door didn't open after I scanned", "door wouldn't open, waited 20 minutes for support",
              "the locker door is stuck again"]),
    "wrong": (["打开柜子里面是别人的快递，我的不见了", "拿错了件，柜子里不是我的件", "快递员放错格口，我拿到别人的快递"],
              ["opened my door and found someone else's parcel", "got the wrong parcel, mine is missing"]),
    "slow_drop": (["快递到了站点好几天才放柜", "快递员不放柜，非要我去驿站拿", "物流显示已到两天了，放柜太慢"],
                  ["the courier took days to drop my parcel in the locker", "slow drop-off, the parcel sat at the depot"]),
    "collect": (["寄件放进去一整天都没人来揽收", "揽收太慢了，急件都被耽误了", "投柜寄件后没人来揽收，只好取消"],
                ["nobody collected my parcel for a whole day", "courier collection took forever, missed my deadline"]),
    "convenient": (["下班顺路就取了，很方便", "24小时随时能取，很方便", "柜子就在楼下，很方便"],
                   ["super convenient, I pick up on my way home", "convenient, 24/7 pickup right downstairs"]),
    "price": (["寄件比驿站贵，涨价了还不提醒", "寄件运费太贵了，下次去驿站寄"],
              ["sending from the locker is too expensive now", "shipping price went up again, too expensive"]),
}
GEN = {
    "pos": (["整体体验不错", "用着挺顺手的", "好评"], ["works well overall", "good service"]),
    "neu": (["还行吧", "一般般", "没什么特别的"], ["it's ok", "average, nothing special"]),
    "neg": (["体验很差", "不太满意", "希望改进"], ["poor experience", "not happy with it"]),
}
TOPIC_TP = {"fee": "tp_fee_pay", "door": "tp_door_fail", "wrong": "tp_pickup", "slow_drop": "tp_dropoff",
            "collect": "tp_send_collect", "convenient": "tp_pickup", "price": "tp_send_pay"}
NEG_TOPICS = {"fee", "door", "wrong", "slow_drop", "collect", "price"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


_CUM: dict = {}


def pick(items, weights):
    key = tuple(weights)
    cum = _CUM.get(key)
    if cum is None:
        tot = float(sum(weights))
        cum = _CUM[key] = list(itertools.accumulate(w / tot for w in weights))
    return items[min(bisect.bisect_right(cum, rng.random()), len(items) - 1)]


def firmware(site, t):
    if SITE[site][5] == "BX-200":
        return "3.9.8"
    v = FIRMWARE[0][1]
    for s, ver in FIRMWARE:
        if t >= s:
            v = ver
    return v


def day_rates():
    """daily parcel-rate multiplier per user type (seasons: 618, Double 11, Spring Festival, campus holidays)."""
    out = {}
    for ut in USER_TYPES:
        r = np.ones(N_DAYS)
        for i in range(N_DAYS):
            d = START + D(days=i)
            m = 1.0 + 0.25 * i / N_DAYS
            if (d.month == 11 and 11 <= d.day <= 20) or (d.month == 6 and 18 <= d.day <= 25):
                m *= 2.3
            if datetime(2025, 1, 25) <= d < datetime(2025, 2, 8) or datetime(2026, 2, 12) <= d < datetime(2026, 2, 26):
                m *= 0.35
            if ut == "student" and (d.month in (7, 8) or datetime(2026, 1, 15) <= d < datetime(2026, 2, 28)
                                    or datetime(2025, 1, 12) <= d < datetime(2025, 2, 20)):
                m *= 0.55
            r[i] = m
        out[ut] = r
    return out


def away(d):
    """students away from campus (holidays): their parcels sit."""
    return d.month in (7, 8) or datetime(2026, 1, 15) <= d < datetime(2026, 2, 28) \
        or datetime(2025, 1, 12) <= d < datetime(2025, 2, 20)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_pk = self.n_sd = 0

    def ev(self, c, t, tp, sid, action, common=None, **kw):
        if t > END:
            return
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action)
        if common:
            row.update(common)
        row.update(kw)
        row.setdefault("channel", "app" if row.get("device") else "locker")
        self.events.append(row)

    def order(self, c, t, amount, otype, ref, status="paid", refunded_at=None, device=None, common=None):
        if t > END:
            return
        self.n_ord += 1
        zh = {"storage_fee": "超时保管费", "send": "寄件运费", "pass": "月卡", "redelivery": "上门派送费"}[otype]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="app", device=device or c["device"], order_type=otype, 订单类型=zh,
                   ref_id=ref, refunded_at=ts(refunded_at) if refunded_at else None)
        for k in ("site_id", "site", "site_en", "city", "城市", "site_type", "柜点类型"):
            row[k] = (common or c["home_common"])[k]
        row["currency"] = "CNY"
        self.orders.append(row)

    def fb(self, c, t, topics, channel, rating=None, nps=None, common=None, carrier=None, undated=False, gen=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"F{self.n_fb:06d}"
        lang = c["lang"]
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        tp = TOPIC_TP[topics[0]] if topics else "tp_pickup"
        cm = common or c["home_common"]
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t), customer_id=c["customer_id"],
                   touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang,
                   site_id=cm["site_id"], site=cm["site"], site_en=cm["site_en"], city=cm["city"], 城市=cm["城市"],
                   site_type=cm["site_type"], 柜点类型=cm["柜点类型"], carrier=carrier,
                   快递公司=CARRIERS[carrier][0] if carrier else None)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), gen=gen))

    # ---------- customers ----------
    def customers(self):
        self.cust = []
        old_sites = [s for s in SITES if s[6] is None]
        for i in range(N_CUST):
            ut = pick(list(USER_TYPES), [u[1] for u in USER_TYPES.values()])
            want = {"resident": "residential", "office_worker": "office", "student": "campus"}[ut]
            if ut == "resident" and rng.random() < 0.06:
                site = SITE[NEW_SITE]
                signup = datetime(2026, 5, 1) + D(days=float(rng.uniform(0, 40)))
            else:
                cands = [s for s in old_sites if s[2] == want]
                site = cands[int(rng.integers(len(cands)))]
                if rng.random() < 0.45:
                    signup = datetime(2024, 1, 1) + D(days=float(rng.uniform(0, 365)))
                else:
                    signup = START + D(days=float(rng.uniform(0, N_DAYS - 20) ** 1.0))
            acq = ("campus_promo" if ut == "student" and rng.random() < 0.6 else
                   pick(["sms_link", "app_store", "property_promo"], [0.5, 0.25, 0.25 if ut == "resident" else 0.05]))
            city = site[1]
            en = 0.18 if (ut == "office_worker" and city in ("Shanghai", "Shenzhen")) else 0.04
            common = dict(site_id=site[0], site=site[3], site_en=site[4], city=city, 城市=CITIES[city],
                          site_type=site[2], 柜点类型=SITE_TYPES[site[2]])
            self.cust.append(dict(customer_id=f"U{i + 1:05d}", ut=ut, site=site[0], signup=signup, acq=acq,
                                  device=pick(["ios", "android"], [0.48, 0.52]),
                                  lang="en" if rng.random() < en else "zh", home_common=common,
                                  parcels=0, last=None, pass_until=None, ever_pass=False, gender=pick(["female", "male"], [0.55, 0.45])))

    # ---------- one inbound parcel ----------
    def parcel(self, c, t0):
        self.n_pk += 1
        sid = f"PK{self.n_pk:06d}"
        site = SITE[c["site"]]
        carrier = pick(list(CARRIERS), [v[1] for v in CARRIERS.values()])
        size = pick(list(SIZES), [0.5, 0.35, 0.15])
        common = dict(c["home_common"], carrier=carrier, 快递公司=CARRIERS[carrier][0], door_size=size,
                      格口尺寸=SIZES[size], locker_model=site[5], firmware=firmware(site[0], t0),
                      door_no=f"{site[0]}-{int(rng.integers(1, 9))}{int(rng.integers(1, 40)):02d}")
        self.ev(c, t0, "tp_dropoff", sid, "drop", common)
        tn = t0 + D(minutes=float(rng.uniform(0.5, 3)))
        self.ev(c, tn, "tp_notify", sid, "sms_sent", common, channel="sms")
        c["parcels"] += 1
        # pickup delay (hours)
        ut = c["ut"]
        if ut == "office_worker":
            wd = t0.weekday()
            if (wd == 4 and t0.hour >= 12) or wd >= 5:
                monday = (t0 + D(days=7 - wd)).replace(hour=9, minute=0, second=0)
                dh = (monday - t0).total_seconds() / 3600 + float(rng.lognormal(math.log(1.5), 0.6))
                if rng.random() < 0.25:
                    dh = float(rng.lognormal(math.log(5), 0.8))     # came in on the weekend anyway
            else:
                dh = float(rng.lognormal(math.log(3.5), 0.9))
        elif ut == "student":
            if away(t0) and rng.random() < 0.5:
                dh = float(rng.uniform(30, 260))
            else:
                dh = float(rng.lognormal(math.log(8), 0.95))
        else:
            dh = float(rng.lognormal(math.log(7), 0.9))
        free = 24.0 if (site[2] == "office" or t0 < FREE_CUT) else 18.0
        # redelivery instead of pickup
        if rng.random() < (0.03 if ut == "resident" else 0.012):
            tr = t0 + D(hours=float(rng.uniform(0.5, min(dh, 16) if dh > 0.5 else 1)))
            dev = c["device"]
            self.ev(c, tr, "tp_redeliver", sid, "request", common, device=dev)
            self.order(c, tr, 3.0, "redelivery", sid, device=dev)
            if rng.random() < 0.93:
                self.ev(c, tr + D(hours=float(rng.lognormal(math.log(4), 0.6))), "tp_redeliver_done", sid,
                        "delivered", common)
            return
        if dh > free:
            fee_started = t0 + D(hours=free)
            waived = c["pass_until"] is not None and c["pass_until"] > fee_started
            fee = 0.0 if waived else float(min(5, math.ceil((min(dh, 168) - free) / 12)))
            self.ev(c, fee_started, "tp_overdue", sid, "fee_waived" if waived else "fee_started", common,
                    free_hours=int(free))
        else:
            fee = 0.0
        if dh > 168:
            self.ev(c, t0 + D(hours=168), "tp_return", sid, "returned", common)
            return
        tp = t0 + D(hours=dh)
        method = "scan" if rng.random() < (0.8 if ut == "student" else 0.6) else "code"
        dev = c["device"] if method == "scan" else None
        if fee > 0:
            tfp = tp - D(minutes=float(rng.uniform(0.3, 2)))
            self.ev(c, tfp, "tp_fee_pay", sid, "paid", common, device=c["device"], fee_amount=fee)
            c["fee_paid"].append(tfp)
        # door failure
        p = 0.015
        if site[5] == "BX-200":
            p = 0.10 if site[0] == "S06" else 0.045
        elif FW_BUG[0] <= tp < FW_BUG[1] and size == "large":
            p = 0.34
        elif FW_BUG[0] <= tp < FW_BUG[1] and size == "medium":
            p = 0.04
        if site[0] == NEW_SITE and tp < datetime(2026, 7, 1):
            p = 0.22
        opened_by = "self"
        failed = False
        if rng.random() < p:
            failed = True
            code = "FW_LATCH" if (FW_BUG[0] <= tp < FW_BUG[1] and site[5] == "BX-300") else pick(
                ["LOCK_TIMEOUT", "DOOR_JAM", "NET_OFFLINE"], [0.5, 0.3, 0.2])
            self.ev(c, tp, "tp_door_fail", sid, "fail", common, device=dev, error_code=code)
            r = rng.random()
            if r < 0.62:
                opened_by, wait = "retry", float(rng.uniform(0.5, 3)) / 60
            elif r < 0.93:
                opened_by = "remote"
                wait = float(rng.lognormal(math.log(28 if site[5] == "BX-200" else 9), 0.5)) / 60
            else:
                opened_by, wait = "staff", float(rng.uniform(2, 30))
            tp = tp + D(hours=wait)
        if fee > 0:
            ref = None
            if failed and rng.random() < 0.4:
                ref = tp + D(days=float(rng.uniform(0.2, 3)))
            elif rng.random() < 0.03:
                ref = tp + D(days=float(rng.uniform(0.5, 5)))
            self.order(c, tfp, fee, "storage_fee", sid, status="refunded" if ref else "paid", refunded_at=ref,
                       common=c["home_common"])
        self.ev(c, tp, "tp_pickup", sid, method, common, device=dev, opened_by=opened_by, 开柜方式=OPENED_BY[opened_by],
                hours_waited=round(dh, 2))
        c["last"] = tp
        # feedback about this parcel
        if failed and rng.random() < 0.16:
            ch = pick(["app_rating", "ticket", "call_note"], [0.5, 0.3, 0.2])
            self.fb(c, tp + D(minutes=float(rng.uniform(5, 600))), ["door"], ch,
                    rating=int(pick([1, 2, 3], [0.6, 0.3, 0.1])) if ch == "app_rating" else None, common=common,
                    carrier=carrier, undated=(ch == "call_note" and rng.random() < 0.3))
        if fee > 0 and rng.random() < (0.09 if free == 18 else 0.05):
            ch = pick(["app_rating", "ticket", "weibo"], [0.5, 0.25, 0.25])
            self.fb(c, tp + D(minutes=float(rng.uniform(5, 900))), ["fee"], ch,
                    rating=int(pick([1, 2, 3], [0.55, 0.35, 0.1])) if ch == "app_rating" else None, common=common,
                    carrier=carrier, undated=(ch == "weibo" and rng.random() < 0.4))
        pw = 0.025 if (site[0] == "S09" and carrier == "zto" and tp >= datetime(2025, 9, 1)) else 0.0007
        if rng.random() < pw:
            ch = pick(["ticket", "call_note", "app_rating"], [0.5, 0.3, 0.2])
            self.fb(c, tp + D(minutes=float(rng.uniform(2, 120))), ["wrong"], ch,
                    rating=1 if ch == "app_rating" else None, common=common, carrier=carrier,
                    undated=(ch == "call_note" and rng.random() < 0.3))
        ps = 0.006 if carrier == "jt" else 0.0012
        if rng.random() < ps:
            ch = pick(["app_rating", "weibo", "ticket"], [0.4, 0.35, 0.25])
            self.fb(c, t0 + D(hours=float(rng.uniform(0.2, 6))), ["slow_drop"], ch,
                    rating=int(pick([1, 2], [0.6, 0.4])) if ch == "app_rating" else None, common=common,
                    carrier=carrier, undated=(ch == "weibo" and rng.random() < 0.4))
        if not failed and fee == 0 and rng.random() < 0.012:
            self.fb(c, tp + D(minutes=float(rng.uniform(1, 60))), ["convenient"], "app_rating",
                    rating=int(pick([4, 5], [0.35, 0.65])), common=common, carrier=carrier)
        elif not failed and rng.random() < 0.01:
            g = pick(["pos", "neu", "neg"], [0.45, 0.4, 0.15])
            rt = {"pos": pick([4, 5], [0.5, 0.5]), "neu": 3, "neg": pick([1, 2], [0.4, 0.6])}[g]
            self.fb(c, tp + D(minutes=float(rng.uniform(1, 60))), [], "app_rating", rating=int(rt), common=common,
                    carrier=carrier, gen=g)

    # ---------- one send order ----------
    def send(self, c, t0):
        self.n_sd += 1
        sid = f"SD{self.n_sd:06d}"
        carrier = pick(list(SEND_CARRIERS), [0.25, 0.2, 0.3, 0.25])
        size = pick(list(SIZES), [0.45, 0.4, 0.15])
        price = SEND_BASE[size] + SEND_CARRIERS[carrier][0] + (2 if t0 >= PRICE_UP else 0)
        site = SITE[c["site"]]
        common = dict(c["home_common"], carrier=carrier, 快递公司=CARRIERS[carrier][0], door_size=size,
                      格口尺寸=SIZES[size], locker_model=site[5], firmware=firmware(site[0], t0))
        dev = c["device"]
        self.ev(c, t0, "tp_send_start", sid, "submit", common, device=dev, quoted_price=price)
        p_pay = 0.66 if t0 < PRICE_UP else 0.50
        if rng.random() >= p_pay:
            if rng.random() < 0.35:
                self.order(c, t0 + D(minutes=float(rng.uniform(1, 10))), price, "send", sid, status="cancelled",
                           common=c["home_common"])
            if t0 >= PRICE_UP and rng.random() < 0.04:
                self.fb(c, t0 + D(minutes=float(rng.uniform(1, 60))), ["price"],
                        pick(["app_review", "weibo"], [0.6, 0.4]), rating=None, common=common, carrier=carrier)
            return
        tpay = t0 + D(minutes=float(rng.lognormal(math.log(3), 0.6)))
        self.ev(c, tpay, "tp_send_pay", sid, "success", common, device=dev, amount=price)
        r = rng.random()
        if r < 0.05:    # cancelled before dropping the parcel
            self.order(c, tpay, price, "send", sid, status="refunded",
                       refunded_at=tpay + D(hours=float(rng.uniform(1, 30))), common=c["home_common"])
            return
        tdrop = tpay + D(hours=float(rng.lognormal(math.log(1.2), 0.8)))
        self.ev(c, tdrop, "tp_send_drop", sid, "placed", common)
        med = SEND_CARRIERS[carrier][1]
        if carrier == "yunda" and c["home_common"]["city"] == "Nanjing":
            med = 26.0
        hc = float(rng.lognormal(math.log(med), 0.6))
        if hc > 72:
            self.order(c, tpay, price, "send", sid, status="refunded", refunded_at=tdrop + D(hours=72),
                       common=c["home_common"])
            if rng.random() < 0.5:
                self.fb(c, tdrop + D(hours=float(rng.uniform(24, 72))), ["collect"], "ticket", common=common,
                        carrier=carrier)
            return
        self.order(c, tpay, price, "send", sid, common=c["home_common"])
        self.ev(c, tdrop + D(hours=hc), "tp_send_collect", sid, "collected", common, collect_hours=round(hc, 2))
        if hc > 24 and rng.random() < 0.2:
            ch = pick(["app_rating", "ticket", "weibo"], [0.5, 0.3, 0.2])
            self.fb(c, tdrop + D(hours=hc + float(rng.uniform(0, 3))), ["collect"], ch,
                    rating=int(pick([1, 2], [0.5, 0.5])) if ch == "app_rating" else None, common=common,
                    carrier=carrier, undated=(ch == "weibo" and rng.random() < 0.4))

    # ---------- monthly pass ----------
    def pass_view(self, c, t, source):
        sid = f"MP{self.n_ev + 1:07d}"
        dev = c["device"]
        self.ev(c, t, "tp_pass_view", sid, "view", c["home_common"], device=dev, entry=source)
        p = (0.45 if c["ut"] == "student" else 0.22) * (1.4 if source == "after_fee" else 1.0)
        if c["pass_until"] and c["pass_until"] > t:
            return
        if rng.random() < p:
            tb = t + D(minutes=float(rng.lognormal(math.log(2), 0.7)))
            if rng.random() < 0.2:
                tb = t + D(days=float(rng.uniform(0.5, 5)))
            self.buy_pass(c, tb, sid, "buy")

    def buy_pass(self, c, t, sid, action):
        if t > END:
            return
        price = 3.0 if c["ut"] == "student" else 5.0
        self.ev(c, t, "tp_pass_buy", sid, action, c["home_common"], device=c["device"], amount=price)
        self.order(c, t, price, "pass", sid)
        c["pass_until"] = t + D(days=30)
        c["ever_pass"] = True
        c["pass_events"].append(t)

    # ---------- everything ----------
    def run(self):
        self.customers()
        rates = day_rates()
        for c in self.cust:
            ut = USER_TYPES[c["ut"]]
            c["fee_paid"], c["pass_events"] = [], []
            first = max(START, c["signup"])
            i0 = (first.date() - START.date()).days
            counts = rng.poisson(rates[c["ut"]][i0:] / ut[2] * (0.5 + rng.gamma(2.0, 0.25)))
            ks = np.repeat(np.nonzero(counts)[0], counts[counts > 0])
            hrs = rng.uniform(8.5, 20.5, size=len(ks))
            items = [(START + D(days=int(i0 + k), hours=float(h)), "parcel") for k, h in zip(ks, hrs)]
            if rng.random() < ut[3]:
                days = (END - first).days
                for _ in range(int(rng.poisson(days / 75))):
                    items.append((first + D(days=float(rng.uniform(0, days)), hours=0), "send"))
            for _ in range(int(rng.poisson((END - first).days / 240))):
                items.append((first + D(days=float(rng.uniform(0, (END - first).days))), "pass_random"))
            items.sort(key=lambda x: x[0])
            for t, kind in items:
                if t < first:
                    continue
                # pass renewals due before t
                while c["pass_until"] and c["pass_until"] <= t:
                    due = c["pass_until"]
                    if rng.random() < 0.68:
                        self.buy_pass(c, due + D(minutes=float(rng.uniform(-600, -5))), f"MR{self.n_ev + 1:07d}",
                                      "renew")
                        if c["pass_until"] == due or c["pass_until"] < due:
                            break
                    else:
                        c["pass_until"] = None
                        break
                if kind == "parcel":
                    nfee = len(c["fee_paid"])
                    self.parcel(c, t)
                    if len(c["fee_paid"]) > nfee and rng.random() < 0.3:
                        self.pass_view(c, c["fee_paid"][-1] + D(minutes=float(rng.uniform(3, 2880))), "after_fee")
                elif kind == "send":
                    self.send(c, t + D(hours=float(rng.uniform(8, 22))))
                else:
                    self.pass_view(c, t + D(hours=float(rng.uniform(8, 23))), "banner")
            while c["pass_until"] and c["pass_until"] <= END:
                due = c["pass_until"]
                if rng.random() < 0.68:
                    self.buy_pass(c, due - D(minutes=float(rng.uniform(5, 600))), f"MR{self.n_ev + 1:07d}", "renew")
                else:
                    c["pass_until"] = None
        self.survey()
        self.app_reviews()

    def survey(self):
        """quarterly NPS survey (no star rating) to a sample of active users."""
        for q0 in [datetime(2025, 3, 25), datetime(2025, 6, 24), datetime(2025, 9, 24), datetime(2025, 12, 22),
                   datetime(2026, 3, 24), datetime(2026, 6, 22)]:
            for c in self.cust:
                if c["signup"] > q0 or rng.random() > 0.07:
                    continue
                base = 8.0 if c["ut"] != "student" else 7.4
                if c["site"] == "S06":
                    base -= 2.0
                if q0.month == 9 and c["home_common"]["site_type"] != "office" and q0.year == 2025:
                    base -= 1.3          # right after the 18 h free-window cut
                nps = int(np.clip(round(rng.normal(base, 1.8)), 0, 10))
                topics = []
                if nps <= 6:
                    topics = [pick(["fee", "door", "slow_drop"], [0.5, 0.3, 0.2])] if rng.random() < 0.6 else []
                elif nps >= 9 and rng.random() < 0.5:
                    topics = ["convenient"]
                g = "neg" if nps <= 6 else ("pos" if nps >= 9 else "neu")
                self.fb(c, q0 + D(days=float(rng.uniform(0, 6)), hours=float(rng.uniform(9, 22))), topics, "survey",
                        nps=nps, gen=g)

    def app_reviews(self):
        """app-store reviews (stars), a steady trickle."""
        for c in self.cust:
            if rng.random() > 0.06:
                continue
            t = max(START, c["signup"]) + D(days=float(rng.uniform(5, 400)))
            topics = [pick(["fee", "door", "convenient", "price"], [0.35, 0.2, 0.35, 0.1])]
            if topics == ["price"] and t < PRICE_UP:
                topics = ["convenient"]
            r = int(pick([4, 5], [0.4, 0.6])) if topics == ["convenient"] else int(pick([1, 2, 3], [0.5, 0.35, 0.15]))
            self.fb(c, t, topics, "app_review", rating=r)


def write(path: Path, rows, cols):
    pd.DataFrame.from_records(rows, columns=cols).to_csv(path, index=False, encoding="utf-8")


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv",
          [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv",
          [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    cust = []
    for c in g.cust:
        if c["signup"] > END:
            continue
        last = c["last"]
        if c["signup"] >= datetime(2026, 4, 1):
            seg = "new"
        elif last is None or last < datetime(2026, 4, 1):
            seg = "at_risk"
        elif c["pass_until"] and c["pass_until"] > END:
            seg = "vip"
        else:
            seg = "returning"
        cm = c["home_common"]
        cust.append(dict(customer_id=c["customer_id"], signup_at=ts(c["signup"]), segment=seg, region=cm["city"],
                         城市=cm["城市"], acquisition_channel=c["acq"], 获客渠道=ACQ[c["acq"]],
                         tier="pass_holder" if c["ever_pass"] else "standard",
                         会员类型="月卡用户" if c["ever_pass"] else "普通用户", user_type=c["ut"],
                         用户类型=USER_TYPES[c["ut"]][0], home_site_id=cm["site_id"], home_site=cm["site"],
                         site_type=cm["site_type"], phone_os=c["device"], gender=c["gender"],
                         preferred_language=c["lang"]))
    write(out / "customers.csv", cust, list(cust[0]))
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dups = [ev[int(i)] for i in rng.choice(len(ev), size=18, replace=False)]
    ev = sorted(ev + dups, key=lambda r: (r["ts"], r["event_id"]))
    cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "site_id",
            "site", "site_en", "city", "城市", "site_type", "柜点类型", "carrier", "快递公司", "door_size", "格口尺寸",
            "door_no", "locker_model", "firmware", "error_code", "opened_by", "开柜方式", "hours_waited", "free_hours",
            "fee_amount", "quoted_price", "amount", "collect_hours", "entry"]
    write(out / "events.csv", ev, cols)
    orders = sorted(g.orders, key=lambda r: r["ts"])
    write(out / "orders.csv", orders, list(g.orders[0]))
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    for r in fb:
        for k in ("rating", "nps"):
            r[k] = None if r[k] is None else str(int(r[k]))
    write(out / "feedback.csv", fb, list(fb[0]))
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "gen"])
    print(f"customers {len(cust)} events {len(ev)} orders {len(orders)} feedback {len(fb)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
