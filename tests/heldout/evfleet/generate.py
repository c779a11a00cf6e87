"""电驹 VoltRide: leases electric cars to ride-hailing drivers (网约车司机租车) from five pickup depots in Shenzhen,
Guangzhou, Hangzhou and Chengdu (the Chengdu depot opened 2025-09-01).

A driver applies in the app (在线申请), uploads the driving licence and ride-hailing permit for the licence check
(驾照与网约车资格审核), passes a credit check (征信审核), e-signs the lease (电子签约: 纯租 rent only, 以租代购
rent-to-own, 短租体验 short-term trial), pays the deposit (押金), books a pickup slot and collects the car at a depot
(到店提车). Weekly rent is taken by autopay (周租自动扣款: WeChat Pay / Alipay / bank card); a failed debit may be paid
by hand in the app, two unpaid weeks in a row trigger an arrears notice and a collection call (欠租催缴) and, if still
unpaid, the car is recovered (车辆收回). Drivers top up a charging card (充电卡充值), report accidents (出险报案), bring
cars in for accident repair, breakdown repair and maintenance (维修保养), return the car at lease end (退租还车) and get
the deposit back minus traffic fines and damage (押金退还) or, on rent-to-own, buy the car out (买断过户).

The extract covers 2025-01-01 .. 2026-08-31 for events and feedback (taken at the start of September 2026). Drivers who
applied from March 2024 on are in `customers` and their orders are in `orders` (the billing export is complete since
the app went live in March 2024), but their 2024 events are not in the extract, so leases picked up in 2024 appear
mid-way (weekly debits, repairs, returns, buy-outs from 2025 on).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261207), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
APP_START = datetime(2024, 3, 1)                  # the app (and the billing export) goes live
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_APP = 6600
CD_OPEN = datetime(2025, 9, 1)                    # Chengdu Shuangliu depot opens (applications from 2025-08-01)
CD_SHORT = (datetime(2025, 8, 1), datetime(2026, 4, 1))        # Chengdu car shortage (deposits paid in this window)
INCIDENT = (datetime(2026, 3, 9), datetime(2026, 3, 16))        # autopay system upgrade week
HZ_SLUMP = (datetime(2026, 4, 1), datetime(2026, 7, 1))         # Hangzhou platform fare war: drivers short of rides
GZ_BACKLOG = datetime(2026, 1, 1)                               # Guangzhou deposit-refund backlog (returns from)
TOPUP_SWITCH = (datetime(2025, 7, 1), datetime(2025, 9, 1))     # new charging-card partner, delayed top-ups

_BUF = rng.random(6_000_000)
_I = [0]


def U() -> float:
    i = _I[0]
    _I[0] = i + 1
    return float(_BUF[i])


def pick(items, w):
    tot = sum(w)
    x = U() * tot
    for it, wi in zip(items, w):
        x -= wi
        if x < 0:
            return it
    return items[-1]


def logn(median, sigma):
    return float(median * np.exp(sigma * rng.standard_normal()))


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def at_hours(t: datetime, lo=9.0, hi=20.0) -> datetime:
    return datetime(t.year, t.month, t.day) + D(hours=lo + U() * (hi - lo))


TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_apply", "在线申请", "Application submitted", "consideration", "app", "digital", "growth",
     "申请|报名|租车申请|进件|apply|application|sign-up"),
    ("tp_licence_check", "驾照资格审核", "Licence & permit check", "consideration", "app", "digital", "risk",
     "驾照审核|资格审核|网约车证审核|双证审核|证件审核|licence check|license check|permit check|document check"),
    ("tp_credit_check", "征信审核", "Credit check", "consideration", "other", "digital", "risk",
     "征信|信用审核|风控审核|credit check|credit review|risk check"),
    ("tp_contract", "电子签约", "Lease signed", "purchase", "app", "digital", "sales",
     "签约|签合同|电子合同|租约|sign lease|contract|lease signed"),
    ("tp_deposit", "缴纳押金", "Deposit paid", "purchase", "app", "digital", "finance",
     "押金|交押金|保证金|deposit|security deposit"),
    ("tp_pickup_book", "预约提车", "Pickup booked", "purchase", "app", "digital", "depot ops",
     "预约提车|约提车|提车预约|book pickup|pickup slot"),
    ("tp_pickup", "到店提车", "Car picked up", "purchase", "store", "physical", "depot ops",
     "提车|交车|取车|pickup|car handover|collect the car"),
    ("tp_rent_debit", "周租自动扣款", "Weekly rent autopay", "service", "other", "digital", "finance",
     "扣款|周租|租金|代扣|自动扣费|autopay|rent debit|weekly rent|direct debit"),
    ("tp_charge_topup", "充电卡充值", "Charging card top-up", "service", "app", "digital", "energy",
     "充电卡|充值|充电|charging card|top-up|topup|charging"),
    ("tp_accident", "出险报案", "Accident reported", "service", "phone", "physical", "claims",
     "出险|事故|报案|理赔|剐蹭|accident|claim|crash|collision"),
    ("tp_repair", "维修保养", "Repair & maintenance", "service", "store", "physical", "fleet maintenance",
     "维修|修车|保养|故障|趴窝|repair|maintenance|breakdown|service"),
    ("tp_arrears", "欠租催缴", "Arrears notice", "service", "phone", "digital", "collections",
     "欠租|逾期|催缴|催收|arrears|overdue rent|collections|late rent"),
    ("tp_recovery", "车辆收回", "Car recovered", "service", "other", "physical", "collections",
     "收车|收回车辆|强制收车|回收|recovery|repossession|repossessed"),
    ("tp_return", "退租还车", "Car returned", "loyalty", "store", "physical", "depot ops",
     "退租|还车|退车|lease end|return|car returned|hand back"),
    ("tp_deposit_refund", "押金退还", "Deposit refunded", "loyalty", "other", "digital", "finance",
     "退押金|押金退还|退押|deposit refund|deposit back"),
    ("tp_buyout", "买断过户", "Buy-out & transfer", "loyalty", "store", "physical", "sales",
     "买断|过户|以租代购尾款|buy-out|buyout|ownership transfer"),
]
JOURNEYS = [  # id, zh, en, steps, window_days
    ("onboarding", "入职提车", "Driver onboarding",
     ["tp_apply", "tp_licence_check", "tp_credit_check", "tp_contract", "tp_deposit", "tp_pickup"], 30),
    ("pickup", "押金到提车", "Deposit to pickup", ["tp_deposit", "tp_pickup_book", "tp_pickup"], 30),
    ("claims", "出险维修", "Accident to repair", ["tp_accident", "tp_repair"], 30),
    ("arrears", "欠租处置", "Arrears to recovery", ["tp_arrears", "tp_recovery"], 21),
    ("exit", "退租退押", "Return and deposit refund", ["tp_return", "tp_deposit_refund"], 60),
]
DEPOTS = {  # id: (zh, en, city, plate prefix, weight)
    "D01": ("深圳龙华提车点", "Shenzhen Longhua", "Shenzhen", "粤B", 0.30),
    "D02": ("深圳宝安提车点", "Shenzhen Bao'an", "Shenzhen", "粤B", 0.15),
    "D03": ("广州白云提车点", "Guangzhou Baiyun", "Guangzhou", "粤A", 0.22),
    "D04": ("杭州萧山提车点", "Hangzhou Xiaoshan", "Hangzhou", "浙A", 0.18),
    "D05": ("成都双流提车点", "Chengdu Shuangliu", "Chengdu", "川A", 0.17),
}
CITY_ZH = {"Shenzhen": "深圳", "Guangzhou": "广州", "Hangzhou": "杭州", "Chengdu": "成都"}
MODELS = {  # code: (zh, en, weekly rent, buy-out price at term, breakdown hazard per week, repair median days)
    "qin": ("比亚迪秦PLUS EV", "BYD Qin PLUS EV", 1050, 42000, 0.0035, 2.5),
    "aion": ("广汽埃安S", "GAC Aion S", 980, 38000, 0.0035, 2.5),
    "geo": ("吉利几何A", "Geely Geometry A", 920, 35000, 0.0040, 2.8),
    "ei5": ("荣威Ei5", "Roewe Ei5", 760, 18000, 0.0180, 5.0),
}
PLANS = {  # code: (zh, deposit, weekly surcharge)
    "rent_only": ("纯租", 5000, 0),
    "rent_to_own": ("以租代购", 8000, 250),
    "short_term": ("短租体验", 3000, 150),
}
CHANNELS = {  # code: (zh, weight, p upload docs, p licence pass, p credit pass)
    "didi_group": ("滴滴司机群", 0.22, 0.86, 0.88, 0.62),
    "douyin": ("抖音", 0.20, 0.80, 0.85, 0.40),
    "tongcheng58": ("58同城", 0.18, 0.85, 0.52, 0.60),
    "referral": ("老司机推荐", 0.15, 0.92, 0.94, 0.80),
    "street_promo": ("线下地推", 0.12, 0.84, 0.82, 0.60),
    "baidu": ("百度", 0.13, 0.83, 0.86, 0.62),
}
PLATFORMS = {"didi": ("滴滴", 0.55), "amap": ("高德", 0.18), "t3": ("T3出行", 0.15), "caocao": ("曹操出行", 0.12)}
SHIFTS = {"day": ("白班", 0.52), "night": ("夜班", 0.30), "double": ("双班", 0.18)}
ACC_HAZ = {"day": 0.0040, "night": 0.0160, "double": 0.0065}
PAY = {"wechat_pay": ("微信代扣", 0.50, 0.025), "alipay": ("支付宝代扣", 0.30, 0.030), "bank_card": ("银行卡代扣", 0.20, 0.090)}
LIC_FAIL = {"no_permit": "无网约车驾驶员证", "driving_years": "驾龄不足3年", "points": "驾照记分过多", "mismatch": "证件信息不符"}
CREDIT_FAIL = {"high_debt": "负债过高", "overdue": "征信逾期", "court": "失信被执行", "thin_file": "征信空白"}
DEBIT_FAIL = {"insufficient_funds": "余额不足", "mandate_expired": "代扣授权失效", "system_error": "系统故障"}
ACC_TYPE = {"scrape": "剐蹭", "rear_end": "追尾", "single": "单方事故", "other": "其他"}
REPAIR_ZH = {"accident": "事故维修", "breakdown": "故障维修", "maintenance": "常规保养"}
RETURN_ZH = {"low_income": "收入不够", "back_home": "回老家", "change_job": "转行", "too_expensive": "租金太贵",
             "buy_own_car": "自己买车", "trial_end": "短租到期"}
SEG_ZH = {"applicant": "申请中", "rejected": "审核未通过", "dropped": "未提车", "active": "在租", "returned": "已退租",
          "recovered": "已收车", "bought_out": "已买断"}
MONTH_W = [0.7, 1.25, 1.6, 1.2, 1.0, 0.9, 0.95, 1.0, 1.05, 0.95, 0.9, 0.8]

# ---------- comment texts: (zh list, en list); markers used by gold.py are noted per topic ----------
TXT = {
    # 没车提 / 等车 | no car available / waiting for a car
    "wait_car": (["交完钱等了快两周还没车提", "提车点一直说没车提，让我再等等", "等车等得太久了，耽误跑单挣钱"],
                 ["Paid up and there is still no car available", "Been waiting for a car for two weeks"]),
    # 趴窝 / 又坏了 | broke down
    "breakdown": (["车开到一半趴窝了，耽误一天收入", "这车三天两头又坏了，修好没几天", "电机故障趴窝，拖车来了半天"],
                  ["The car broke down in the middle of a shift", "Car broke down again, lost two days of work"]),
    # 续航 | battery range
    "range": (["续航太虚了，标400公里实际跑不到250", "冬天续航掉得厉害，一天要充三次电"],
              ["Battery range is terrible, I charge three times a day", "Real battery range is half of what they said"]),
    # 扣款失败 / 扣了两次 / 重复扣款 | debit failed / charged twice
    "debit_fail": (["租金扣款失败还被算逾期，明明卡里有钱", "这周租金扣了两次，客服说要等退回", "自动扣款失败，又被收了滞纳金",
                    "系统重复扣款，到现在还没处理"],
                   ["Rent debit failed even though I had money in the account", "I was charged twice for this week's rent"]),
    # 押金 | deposit
    "deposit_slow": (["还车一个多月了押金还没退", "押金退得太慢，打客服只说在查违章", "押金拖着不退，扣的钱也没说明"],
                     ["Returned the car five weeks ago and still no deposit", "Deposit refund is painfully slow"]),
    # 没到账 / 不到账 | not credited / hasn't arrived
    "topup_missing": (["充电卡充了500一直没到账", "充值不到账，充电站刷不了卡", "新充电卡充值半天不到账，只能自己垫钱充电"],
                      ["Charging card top-up not credited for two days", "My top-up hasn't arrived on the card"]),
    # 跑不到单 / 单量少 | not enough rides / orders dried up
    "low_orders": (["司机称最近跑不到单，收入不够交租，申请缓几天", "司机反映平台单量少，这周租金凑不齐", "司机说平台降价后跑不到单，考虑退车"],
                   ["Driver says orders dried up since the platform cut fares",
                    "Driver reports not enough rides to cover the rent this week"]),
    # 补交 / 补缴 | promised to pay
    "promise_pay": (["已联系司机，承诺周五前补交租金", "司机答应明天补缴，已发还款链接"],
                    ["Driver promised to pay by Friday", "Reached the driver, promised to pay tomorrow"]),
    # 未接通 / 关机 | no answer / phone off  (collection calls that reached nobody)
    "no_answer": (["已电话联系司机，未接通", "司机电话关机，已发短信提醒"],
                  ["Called the driver, no answer", "Phone off, SMS reminder sent"]),
    # 收车 | repossess
    "recovery_harsh": (["才欠了两周就来收车，一点不通融", "收车的人态度很差，车里东西都不让拿"],
                       ["They repossessed my car after two missed weeks", "Repossession was handled rudely"]),
    # 定损 / 理赔 | claim
    "claims_slow": (["出险后定损拖了一个星期", "理赔太慢，车在修理厂躺了半个月"],
                    ["The insurance claim took forever, the car sat in the garage", "Claim handling was slow"]),
    # 征信 | credit check
    "credit_reject": (["征信查得太严，有点网贷就不给租", "征信没过也不说具体原因"],
                      ["Failed the credit check with no explanation"]),
    # 网约车证 | ride-hailing permit
    "licence_reject": (["没有网约车证就不给租，广告上也没写清楚", "网约车证还在办，审核直接拒了"],
                       ["Rejected because I don't have a ride-hailing permit yet"]),
    # 车况 | great condition
    "car_good": (["车况很好，几乎是新车", "提的车车况不错，内饰也干净"], ["Car was in great condition, almost new"]),
    # 修得快 | fixed quickly
    "quick_repair": (["维修站修得快，当天就能开走", "保养修得快，不耽误跑车"], ["Got it fixed quickly, back on the road the same day"]),
    # 热情 | helpful
    "helpful": (["提车点的工作人员很热情，讲得很细", "客服很热情，问题很快解决"], ["Staff at the depot were really helpful"]),
    # 划算 | good value
    "cheap_rent": (["周租比别家划算", "以租代购挺划算，两年后车就是自己的"], ["Weekly rent is good value compared with other fleets"]),
}
GEN = {
    "pos": (["整体满意", "挺好的，推荐给车友了", "流程简单，省心"], ["Happy overall", "Good service", "Smooth process"]),
    "neu": (["还行吧", "一般般", "中规中矩"], ["It's okay", "Average", "Nothing special"]),
    "neg": (["体验不太好", "有点失望", "不推荐"], ["Disappointed", "Would not recommend", "Not great"]),
}
NEG_TOPICS = {"wait_car", "breakdown", "range", "debit_fail", "deposit_slow", "topup_missing", "low_orders",
              "recovery_harsh", "claims_slow", "credit_reject", "licence_reject"}
TOPIC_TP = [("deposit_slow", "tp_deposit_refund"), ("wait_car", "tp_pickup"), ("breakdown", "tp_repair"),
            ("claims_slow", "tp_accident"), ("debit_fail", "tp_rent_debit"), ("topup_missing", "tp_charge_topup"),
            ("recovery_harsh", "tp_recovery"), ("low_orders", "tp_arrears"), ("promise_pay", "tp_arrears"),
            ("no_answer", "tp_arrears"),
            ("range", "tp_repair"), ("credit_reject", "tp_credit_check"), ("licence_reject", "tp_licence_check"),
            ("quick_repair", "tp_repair"), ("car_good", "tp_pickup"), ("helpful", "tp_pickup"),
            ("cheap_rent", "tp_contract")]
PEN = {"wait_car": 1.5, "breakdown": 1.4, "range": 0.8, "debit_fail": 1.0, "deposit_slow": 2.3, "topup_missing": 1.0,
       "recovery_harsh": 2.5, "claims_slow": 1.2, "credit_reject": 2.5, "licence_reject": 2.0}
BONUS = {"car_good": 0.4, "quick_repair": 0.4, "helpful": 0.4, "cheap_rent": 0.3}


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n = dict(ev=0, ord=0, fb=0, ls=0, ar=0, ac=0, rp=0, veh=0)
        self.pool = {}

    def nid(self, k):
        self.n[k] += 1
        return self.n[k]

    # ---------- writers ----------
    def ev(self, c, t, tp, sid, action, common=None, digital=False, channel="other", **kw):
        if t > END:
            return False
        if t < START:
            return True                      # happened, but before the extract
        row = dict(event_id=f"E{self.nid('ev'):07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["os"] if digital else None, channel=channel)
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, common, status="paid", **kw):
        if t > END:
            return None
        row = dict(order_id=f"VR{self.nid('ord'):07d}", customer_id=c["customer_id"], ts=ts(t),
                   amount=round(float(amount), 2), status=status, channel="autopay" if otype == "weekly_rent"
                   else "app", device=c["os"], order_type=otype, 订单类型=OTYPE_ZH[otype], currency="CNY")
        for k in ("lease_id", "plan", "租赁方案", "depot_id", "depot", "depot_en", "depot_city", "提车点城市", "model",
                  "车型", "payment_method", "扣款方式"):
            row[k] = common.get(k)
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, common=None, undated=False, gen=None,
           no_customer=False):
        if t > END or t < START:
            return
        if channel not in ("app_review", "service_rating"):
            rating = None                      # only app reviews and service ratings carry stars
        fid = f"FB{self.nid('fb'):05d}"
        lang = "en" if U() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        topics = list(dict.fromkeys(topics))
        if set(topics) & NEG_TOPICS:
            topics = [x for x in topics if x not in BONUS]
        parts = [TXT[k][li][int(U() * len(TXT[k][li]))] for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if (not topics or U() < 0.3) and channel != "call_note":
            g = GEN[gen][li]
            parts.append(g[int(U() * len(g))])
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), None)
        if tp is None and common is not None:
            tp = common.get("_tp")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "negative" if neg else ("positive" if (gen == "pos" or set(topics) & set(BONUS)) else "neutral")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang)
        if common:
            for k in ("lease_id", "depot_id", "depot", "depot_en", "depot_city", "提车点城市", "model", "车型"):
                row[k] = common.get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    def stars(self, topics, good, base=4.3):
        s = base + 0.6 * rng.standard_normal()
        for x in topics:
            s -= PEN.get(x, 0)
        for x in good:
            s += BONUS.get(x, 0)
        return float(min(5, max(1, round(s))))

    def rate(self, c, t, tp, topics, good, common):
        """a service rating in the app after a step (rated 1-5)."""
        st = self.stars(topics, good)
        gen = "pos" if st >= 4 else ("neu" if st == 3 else "neg")
        shown = [x for x in topics if U() < 0.85] + [g for g in good if U() < 0.8]
        self.fb(c, t, shown, "service_rating", rating=st, common=dict(common, _tp=tp), gen=gen)

    # ---------- drivers ----------
    def customers(self):
        days, d = [], APP_START
        span = (END - APP_START).days
        while d <= datetime(2026, 8, 28):
            cd = 0.17 / 0.83 if d >= datetime(2025, 8, 1) else 0.0          # Chengdu adds its own demand
            days.append((d, (0.7 + 0.6 * (d - APP_START).days / span) * MONTH_W[d.month - 1] * (1 + cd)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_APP, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=7 + U() * 16)
            dw = {d_: v[4] for d_, v in DEPOTS.items()}
            if t < datetime(2025, 8, 1):
                dw["D05"] = 0.0
            depot = pick(list(dw), list(dw.values()))
            city = DEPOTS[depot][2]
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            shift = pick(list(SHIFTS), [v[1] for v in SHIFTS.values()])
            plat = pick(list(PLATFORMS), [v[1] for v in PLATFORMS.values()])
            en_share = 0.10 if city == "Shenzhen" else 0.04
            self.cust.append(dict(
                customer_id=f"DR{i + 1:05d}", apply=t, depot=depot, city=city, channel=ch, shift=shift,
                platform=plat, os=pick(["android", "ios"], [0.72, 0.28]), en_share=en_share,
                lang="en" if U() < en_share else "zh", gender=pick(["male", "female"], [0.93, 0.07]),
                age=int(22 + U() * 33), driving_years=int(1 + U() * 19),
                credit_band=pick(["A", "B", "C"], [0.45, 0.40, 0.15]),
                plan=None, model=None, stage="applicant"))

    def dcommon(self, c):
        b = DEPOTS[c["depot"]]
        return dict(depot_id=c["depot"], depot=b[0], depot_en=b[1], depot_city=b[2], 提车点城市=CITY_ZH[b[2]])

    # ---------- one application ----------
    def apply(self, c):
        ch = CHANNELS[c["channel"]]
        aid = f"AP{int(c['customer_id'][2:]):05d}"
        ac = dict(application_id=aid, lead_source=c["channel"], 获客渠道=ch[0], shift=c["shift"],
                  班次=SHIFTS[c["shift"]][0], ride_platform=c["platform"], 接单平台=PLATFORMS[c["platform"]][0])
        self.ev(c, c["apply"], "tp_apply", aid, "submit", ac, digital=True, channel="app")
        if U() > ch[2]:
            return
        t = c["apply"] + D(hours=2 + U() * 46)
        p_lic = ch[3] * (0.8 if c["driving_years"] < 3 else 1.0)
        if U() > p_lic:
            reason = ("no_permit" if c["channel"] == "tongcheng58" and U() < 0.8 else
                      pick(list(LIC_FAIL), [0.35, 0.3, 0.2, 0.15]))
            self.ev(c, t, "tp_licence_check", aid, "fail", ac, digital=True, channel="app", fail_reason=reason,
                    不通过原因=LIC_FAIL[reason])
            c["stage"] = "rejected"
            if U() < 0.08:
                self.fb(c, t + D(hours=1 + U() * 48), ["licence_reject"], pick(["app_review", "ticket"], [0.6, 0.4]),
                        rating=float(pick([1, 2], [0.7, 0.3])) if U() < 0.6 else None,
                        common=dict(self.dcommon(c), _tp="tp_licence_check"), undated=U() < 0.2)
            return
        self.ev(c, t, "tp_licence_check", aid, "pass", ac, digital=True, channel="app")
        t = t + D(hours=0.5 + U() * 20)
        p_cr = ch[4] * {"A": 1.25, "B": 0.95, "C": 0.45}[c["credit_band"]]
        if U() > p_cr:
            reason = pick(list(CREDIT_FAIL), [0.55, 0.25, 0.08, 0.12] if c["channel"] == "douyin"
                          else [0.42, 0.33, 0.10, 0.15])
            self.ev(c, t, "tp_credit_check", aid, "fail", ac, fail_reason=reason, 不通过原因=CREDIT_FAIL[reason],
                    credit_band=c["credit_band"])
            c["stage"] = "rejected"
            if U() < 0.08:
                self.fb(c, t + D(hours=1 + U() * 48), ["credit_reject"], pick(["app_review", "ticket"], [0.6, 0.4]),
                        rating=float(pick([1, 2], [0.7, 0.3])) if U() < 0.6 else None,
                        common=dict(self.dcommon(c), _tp="tp_credit_check"), undated=U() < 0.2)
            return
        self.ev(c, t, "tp_credit_check", aid, "pass", ac, credit_band=c["credit_band"])
        if U() > 0.88:
            c["stage"] = "dropped"
            return
        # ---- lease
        plan = pick(list(PLANS), [0.55, 0.30, 0.15])
        mw = {"qin": 0.35, "aion": 0.28, "geo": 0.17, "ei5": 0.20 if plan != "short_term" else 0.55}
        if c["depot"] == "D05":
            mw["ei5"] = 0.0                                  # the new Chengdu depot only has new cars
        model = pick(list(mw), list(mw.values()))
        pay = pick(list(PAY), [v[1] for v in PAY.values()])
        c["plan"], c["model"] = plan, model
        lid = f"LS{self.nid('ls'):05d}"
        M = MODELS[model]
        rent = M[2] + PLANS[plan][2]
        lc = dict(self.dcommon(c), lease_id=lid, plan=plan, 租赁方案=PLANS[plan][0], model=M[1], 车型=M[0],
                  payment_method=pay, 扣款方式=PAY[pay][0], weekly_rent=rent, shift=c["shift"],
                  班次=SHIFTS[c["shift"]][0])
        t_c = at_hours(t + D(days=0.3 + U() * 4), 8, 23)
        self.ev(c, t_c, "tp_contract", lid, "signed", lc, digital=True, channel="app",
                deposit_amount=PLANS[plan][1])
        if U() > 0.93:
            c["stage"] = "dropped"
            return
        t_d = t_c + D(hours=0.2 + U() * 30)
        self.ev(c, t_d, "tp_deposit", lid, "paid", lc, digital=True, channel="app", amount=PLANS[plan][1])
        dep_row = self.order(c, t_d, PLANS[plan][1], "deposit", lc)
        if U() > 0.975:
            c["stage"] = "dropped"
            if dep_row is not None:
                dep_row["status"], dep_row["refunded_at"] = "refunded", ts(t_d + D(days=3 + U() * 5))
            return
        t_b = t_d + D(hours=0.1 + U() * 20)
        short = c["depot"] == "D05" and CD_SHORT[0] <= t_d < CD_SHORT[1]
        wait = logn(12.0, 0.35) if short else logn(2.3, 0.5)
        t_p = at_hours(max(t_b + D(days=wait), CD_OPEN if c["depot"] == "D05" else t_b), 9, 19)
        self.ev(c, t_b, "tp_pickup_book", lid, "booked", lc, digital=True, channel="app",
                slot_date=t_p.strftime("%Y-%m-%d"))
        key = (c["depot"], model)
        pool = self.pool.setdefault(key, [])
        veh = pool.pop(0) if pool and U() < 0.7 else f"V{self.nid('veh'):05d}"
        plate = f"{DEPOTS[c['depot']][3]}·D{int(U() * 90000) + 10000}"
        lc = dict(lc, vehicle_id=veh, plate=plate)
        if not self.ev(c, t_p, "tp_pickup", lid, "picked_up", lc, channel="store",
                       days_waited=round((t_p - t_d).total_seconds() / 86400, 1)):
            c["stage"] = "dropped"
            return
        c["stage"] = "active"
        topics, good = [], []
        if short and (t_p - t_d).days >= 7 and U() < 0.45:
            topics.append("wait_car")
            if U() < 0.6:
                self.fb(c, t_d + D(days=6 + U() * 4), ["wait_car"], pick(["ticket", "app_review", "driver_group"],
                        [0.5, 0.3, 0.2]), common=dict(lc, _tp="tp_pickup"), undated=U() < 0.2)
        if U() < 0.25 and model != "ei5":
            good.append("car_good")
        if U() < 0.15:
            good.append("helpful")
        if U() < 0.35:
            self.rate(c, t_p + D(hours=2 + U() * 30), "tp_pickup", topics, good, lc)
        self.lease(c, t_p, lc, dep_row)

    # ---------- the lease, week by week ----------
    def lease(self, c, t0, lc, dep_row):
        plan, model = c["plan"], c["model"]
        M = MODELS[model]
        rent = lc["weekly_rent"]
        pay = lc["payment_method"]
        lid = lc["lease_id"]
        hz = c["depot"] == "D04"
        unpaid, owed = 0, []
        last_maint = t0
        w = 0
        experienced = []
        ret_haz = {"rent_only": 0.022 if c["channel"] != "referral" else 0.013, "rent_to_own": 0.006,
                   "short_term": 0.03}[plan]
        next_topup = t0 + D(days=U() * 6)
        while True:
            w += 1
            t = at_hours(t0 + D(days=7 * w), 2, 5)            # debits run overnight
            if t > END:
                return
            # ---- charging top-ups during the week
            while next_topup < t:
                amt = pick([200, 300, 500, 800, 1000], [0.15, 0.25, 0.35, 0.15, 0.10])
                delayed = TOPUP_SWITCH[0] <= next_topup < TOPUP_SWITCH[1] and U() < 0.15
                self.ev(c, next_topup, "tp_charge_topup", lid, "delayed" if delayed else "success", lc, digital=True,
                        channel="app", amount=amt, card_partner="快电" if next_topup >= TOPUP_SWITCH[0] else "星星充电")
                self.order(c, next_topup, amt, "charging_topup", lc)
                if delayed and U() < 0.45:
                    self.fb(c, next_topup + D(hours=3 + U() * 40), ["topup_missing"],
                            pick(["ticket", "app_review", "driver_group"], [0.6, 0.25, 0.15]),
                            rating=float(pick([1, 2, 3], [0.5, 0.35, 0.15])) if U() < 0.3 else None,
                            common=dict(lc, _tp="tp_charge_topup"), undated=U() < 0.15)
                    experienced.append("topup_missing")
                next_topup = at_hours(next_topup + D(days=logn(13, 0.35)), 7, 23.5)
            # ---- accidents and breakdowns in the week before the debit
            if U() < ACC_HAZ[c["shift"]]:
                self.accident(c, t - D(days=1 + U() * 5), lc, experienced)
            if U() < M[4]:
                self.breakdown(c, t - D(days=1 + U() * 5), lc, experienced)
            if (t - last_maint).days >= 91:
                last_maint = t
                rid = f"RP{self.nid('rp'):06d}"
                self.ev(c, at_hours(t + D(days=U() * 3), 9, 17), "tp_repair", lid, "completed", lc, channel="store",
                        repair_id=rid, repair_type="maintenance", 维修类型=REPAIR_ZH["maintenance"],
                        repair_days=round(0.2 + U() * 0.6, 1), repair_cost=pick([280, 350, 420], [1, 1, 1]))
            # ---- the weekly debit
            incident = INCIDENT[0] <= t < INCIDENT[1]
            slump = hz and HZ_SLUMP[0] <= t < HZ_SLUMP[1]
            p_fail = PAY[pay][2] + {"A": 0.0, "B": 0.008, "C": 0.03}[c["credit_band"]] + (0.10 if slump else 0.0)
            if unpaid:
                p_fail = 0.6
            if incident and U() < 0.30:
                reason = "system_error"
            elif U() < p_fail:
                reason = "mandate_expired" if (pay == "bank_card" and U() < 0.35) else "insufficient_funds"
            else:
                reason = None
            if reason is None:
                self.ev(c, t, "tp_rent_debit", lid, "success", lc, amount=rent, week_no=w)
                self.order(c, t, rent, "weekly_rent", lc, week_no=w, paid_via="autopay")
                unpaid = 0
            else:
                self.ev(c, t, "tp_rent_debit", lid, "fail", lc, amount=rent, week_no=w, fail_reason=reason,
                        扣款失败原因=DEBIT_FAIL[reason])
                if reason == "system_error":
                    p_manual = 0.97
                    if U() < 0.35:
                        experienced.append("debit_fail")
                        self.fb(c, t + D(hours=4 + U() * 60), ["debit_fail"],
                                pick(["ticket", "app_review", "driver_group"], [0.55, 0.3, 0.15]),
                                rating=1.0 if U() < 0.3 else None, common=dict(lc, _tp="tp_rent_debit"),
                                undated=U() < 0.1)
                else:
                    p_manual = 0.55 if slump else (0.45 if unpaid else 0.72)
                    if pay == "bank_card" and U() < 0.06:
                        experienced.append("debit_fail")
                        self.fb(c, t + D(hours=4 + U() * 60), ["debit_fail"], pick(["ticket", "app_review"], [0.7, 0.3]),
                                common=dict(lc, _tp="tp_rent_debit"))
                if U() < p_manual:
                    tm = t + D(hours=6 + U() * 60)
                    self.order(c, tm, rent, "weekly_rent", lc, week_no=w, paid_via="manual")
                    if reason != "system_error":
                        self.order(c, tm, 50, "late_fee", lc, week_no=w)
                    unpaid = 0
                else:
                    unpaid += 1
                    owed.append(w)
                    if unpaid >= 2:
                        if self.arrears(c, t, lc, owed, rent, slump, dep_row, experienced):
                            return
                        unpaid, owed = 0, []
            if w == 8 and U() < 0.25:
                neg = bool(set(experienced) & NEG_TOPICS)
                nps = int(np.clip(round(8.4 - 3.2 * neg + 1.5 * rng.standard_normal()), 0, 10))
                self.fb(c, t + D(days=1 + U() * 3), list(experienced) if U() < 0.5 else [], "survey", nps=nps,
                        common=dict(lc, _tp=None), gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
            if U() < 0.004:
                gd = ["cheap_rent"] if U() < 0.5 else []
                self.fb(c, t + D(days=U() * 6), experienced[-1:] + gd, "app_review",
                        rating=self.stars(experienced[-1:], gd, 4.0), common=dict(lc, _tp=None), undated=U() < 0.25)
            if model == "ei5" and U() < 0.004:
                self.fb(c, t + D(days=U() * 6), ["range"], pick(["app_review", "driver_group"], [0.5, 0.5]),
                        rating=float(pick([1, 2, 3], [0.3, 0.4, 0.3])) if U() < 0.5 else None,
                        common=dict(lc, _tp="tp_repair"), undated=U() < 0.3, no_customer=U() < 0.3)
            # ---- lease end
            if plan == "rent_to_own":
                if w >= 104:
                    if U() < 0.85:
                        self.buyout(c, t, lc, w)
                    else:
                        self.give_back(c, t, lc, dep_row, "buy_own_car", experienced)
                    return
                if w >= 52 and U() < 0.007:
                    self.buyout(c, t, lc, w)
                    return
            if plan == "short_term" and w == 4:
                if U() < 0.5:
                    self.give_back(c, t, lc, dep_row, "trial_end", experienced)
                    return
                continue
            h = ret_haz * (1.8 if slump else 1.0)
            if w >= 8 and U() < h:
                if slump:
                    r = pick(list(RETURN_ZH)[:5], [0.6, 0.12, 0.12, 0.1, 0.06])
                elif w >= 52:
                    r = pick(list(RETURN_ZH)[:5], [0.2, 0.2, 0.15, 0.1, 0.35])
                else:
                    r = pick(list(RETURN_ZH)[:5], [0.33, 0.22, 0.18, 0.17, 0.10])
                self.give_back(c, t, lc, dep_row, r, experienced)
                return

    def accident(self, c, t, lc, experienced):
        t = at_hours(t, 6, 23.5) if c["shift"] == "day" else at_hours(t, 0, 24)
        aid = f"AC{self.nid('ac'):05d}"
        at_fault = U() < 0.55
        kind = pick(list(ACC_TYPE), [0.45, 0.3, 0.15, 0.1])
        ac = dict(lc, accident_id=aid, accident_type=kind, 事故类型=ACC_TYPE[kind], at_fault=at_fault,
                  责任="有责" if at_fault else "无责")
        if not self.ev(c, t, "tp_accident", lc["lease_id"], "reported", ac, channel="phone"):
            return
        days = logn(9.0 if c["model"] == "ei5" else 6.0, 0.4)
        t_r = at_hours(t + D(days=0.5 + U() * 1.5 + days), 9, 18)
        rid = f"RP{self.nid('rp'):06d}"
        cost = round(800 + U() * 9000, -1)
        if not self.ev(c, t_r, "tp_repair", lc["lease_id"], "completed", ac, channel="store", repair_id=rid,
                       repair_type="accident", 维修类型=REPAIR_ZH["accident"], repair_days=round(days, 1),
                       repair_cost=cost):
            return
        if at_fault:
            self.order(c, t_r, 1500 if cost < 6000 else 3000, "damage_fee", lc, accident_id=aid)
        topics = []
        if days > 10 and U() < 0.45:
            topics.append("claims_slow")
            experienced.append("claims_slow")
            if U() < 0.6:
                self.fb(c, t_r - D(days=2 + U() * 3), ["claims_slow"], "ticket", common=dict(ac, _tp="tp_accident"))
        good = ["quick_repair"] if days < 4 and U() < 0.4 else []
        if U() < 0.3:
            self.rate(c, t_r + D(hours=2 + U() * 30), "tp_repair", topics, good, lc)

    def breakdown(self, c, t, lc, experienced):
        t = at_hours(t, 7, 22)
        days = logn(MODELS[c["model"]][5], 0.4)
        rid = f"RP{self.nid('rp'):06d}"
        t_r = at_hours(t + D(days=days), 9, 19)
        if not self.ev(c, t_r, "tp_repair", lc["lease_id"], "completed", lc, channel="store", repair_id=rid,
                       repair_type="breakdown", 维修类型=REPAIR_ZH["breakdown"], repair_days=round(days, 1),
                       repair_cost=round(300 + U() * 3000, -1), breakdown_at=ts(t)):
            return
        topics, good = [], []
        if U() < 0.35:
            topics.append("breakdown")
            experienced.append("breakdown")
            if U() < 0.5:
                self.fb(c, t + D(hours=2 + U() * 30), ["breakdown"], pick(["ticket", "app_review", "driver_group"],
                        [0.5, 0.3, 0.2]), common=dict(lc, _tp="tp_repair"), undated=U() < 0.2,
                        rating=float(pick([1, 2], [0.6, 0.4])) if U() < 0.3 else None)
        elif days < 2 and U() < 0.4:
            good.append("quick_repair")
        if U() < 0.3:
            self.rate(c, t_r + D(hours=2 + U() * 30), "tp_repair", topics, good, lc)

    def arrears(self, c, t, lc, owed, rent, slump, dep_row, experienced):
        """two unpaid weeks in a row: arrears notice + collection call; True when the car is recovered."""
        arid = f"AR{self.nid('ar'):05d}"
        amount = rent * len(owed)
        ac = dict(lc, arrears_id=arid)
        t_n = at_hours(t + D(hours=6), 9, 18)
        self.ev(c, t_n, "tp_arrears", lc["lease_id"], "notice_sent", ac, channel="phone", overdue_weeks=len(owed),
                arrears_amount=amount)
        note = []
        if slump and U() < 0.75:
            note = ["low_orders"]
        elif U() < 0.12:
            note = ["low_orders"]
        elif U() < 0.55:
            note = ["promise_pay"]
        else:
            note = ["no_answer"]
        if U() < 0.6:
            self.fb(c, t_n + D(hours=1 + U() * 5), note, "call_note", common=dict(ac, _tp="tp_arrears"),
                    gen="neu")
        p_recover = 0.55 if slump else 0.33
        if U() < p_recover:
            t_r = at_hours(t_n + D(days=5 + U() * 6), 8, 20)
            self.ev(c, t_r, "tp_recovery", lc["lease_id"], "recovered", ac, channel="other", arrears_amount=amount,
                    deposit_applied=min(amount, PLANS[c["plan"]][1]))
            c["stage"] = "recovered"
            if dep_row is not None:
                dep_row["deposit_applied"] = min(amount, PLANS[c["plan"]][1])
            if U() < 0.25:
                self.fb(c, t_r + D(hours=2 + U() * 48), ["recovery_harsh"], pick(["ticket", "app_review",
                        "driver_group"], [0.4, 0.4, 0.2]), common=dict(ac, _tp="tp_recovery"), undated=U() < 0.2,
                        rating=1.0 if U() < 0.5 else None)
            self.pool.setdefault((c["depot"], c["model"]), []).append(lc["vehicle_id"])
            return True
        t_p = t_n + D(hours=12 + U() * 100)
        for wk in owed:
            self.order(c, t_p, rent, "weekly_rent", lc, week_no=wk, paid_via="manual")
        self.order(c, t_p, 50 * len(owed), "late_fee", lc, week_no=owed[-1])
        return False

    def give_back(self, c, t, lc, dep_row, reason, experienced):
        t_r = at_hours(t + D(days=U() * 4), 9, 19)
        if not self.ev(c, t_r, "tp_return", lc["lease_id"], "returned", lc, channel="store", return_reason=reason,
                       退租原因=RETURN_ZH[reason]):
            return
        c["stage"] = "returned"
        self.pool.setdefault((c["depot"], c["model"]), []).append(lc["vehicle_id"])
        gz = c["depot"] == "D03" and t_r >= GZ_BACKLOG
        days = logn(38.0, 0.25) if gz else logn(16.0, 0.2)
        t_x = at_hours(t_r + D(days=days), 10, 18)
        dep = PLANS[c["plan"]][1]
        ded = 0 if U() < 0.6 else round(200 + U() * 900, -1)
        if not self.ev(c, t_x, "tp_deposit_refund", lc["lease_id"], "refunded", lc, channel="other",
                       refund_amount=dep - ded, deduction=ded, refund_days=round(days, 1)):
            return
        if dep_row is not None:
            dep_row["status"], dep_row["refunded_at"], dep_row["refund_amount"] = "refunded", ts(t_x), dep - ded
        topics = []
        if days > 25 and U() < 0.55:
            topics.append("deposit_slow")
            if U() < 0.6:
                self.fb(c, t_r + D(days=20 + U() * (days - 21)), ["deposit_slow"], pick(["ticket", "app_review", "driver_group"],
                        [0.55, 0.3, 0.15]), common=dict(lc, _tp="tp_deposit_refund"), undated=U() < 0.2)
        if U() < 0.45:
            self.rate(c, t_x + D(hours=2 + U() * 40), "tp_deposit_refund", topics, [], lc)
        if U() < 0.3:
            neg = bool(topics) or bool(set(experienced) & NEG_TOPICS)
            nps = int(np.clip(round(8.2 - 3.0 * neg + 1.5 * rng.standard_normal()), 0, 10))
            self.fb(c, t_x + D(days=1 + U() * 3), topics if U() < 0.6 else [], "survey", nps=nps,
                    common=dict(lc, _tp=None), gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))

    def buyout(self, c, t, lc, w):
        price = MODELS[c["model"]][3] * (1 + 0.4 * max(0, 104 - w) / 52)
        price = round(price, -2)
        t_b = at_hours(t + D(days=1 + U() * 6), 9, 18)
        if not self.ev(c, t_b, "tp_buyout", lc["lease_id"], "completed", lc, channel="store", amount=price,
                       weeks_leased=w, early_buyout=w < 104):
            return
        self.order(c, t_b, price, "buyout", lc)
        c["stage"] = "bought_out"
        if U() < 0.3:
            self.fb(c, t_b + D(days=1 + U() * 5), ["cheap_rent"] if U() < 0.6 else [], "app_review",
                    rating=float(pick([5, 4], [0.7, 0.3])), common=dict(lc, _tp="tp_buyout"), gen="pos",
                    undated=U() < 0.25)

    def run(self):
        self.customers()
        for c in self.cust:
            self.apply(c)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            b = DEPOTS[c["depot"]]
            rows.append(dict(
                customer_id=c["customer_id"], signup_at=ts(c["apply"]), segment=c["stage"], 司机状态=SEG_ZH[c["stage"]],
                region=c["city"], 城市=CITY_ZH[c["city"]], acquisition_channel=c["channel"],
                获客渠道=CHANNELS[c["channel"]][0], tier=c["plan"], 租赁方案=PLANS[c["plan"]][0] if c["plan"] else None,
                home_depot_id=c["depot"], depot=b[0], depot_en=b[1],
                model=MODELS[c["model"]][1] if c["model"] else None, 车型=MODELS[c["model"]][0] if c["model"] else None,
                shift=c["shift"], 班次=SHIFTS[c["shift"]][0], ride_platform=c["platform"],
                接单平台=PLATFORMS[c["platform"]][0], driving_years=c["driving_years"], credit_band=c["credit_band"],
                gender=c["gender"], age=c["age"], phone_os=c["os"], preferred_language=c["lang"]))
        return rows

    def extra_feedback(self):
        """app-store reviews and driver-group posts not tied to one step (some undated, some anonymous)."""
        for c in self.cust:
            if U() < 0.025:
                t = c["apply"] + D(days=U() * 200)
                gd = [pick(["helpful", "cheap_rent", "car_good"], [1, 1, 1])] if U() < 0.5 else []
                self.fb(c, t, gd, pick(["app_review", "driver_group"], [0.6, 0.4]),
                        rating=float(pick([5, 4, 3, 2], [0.35, 0.35, 0.2, 0.1])) if U() < 0.7 else None,
                        common=dict(self.dcommon(c), _tp=None), undated=U() < 0.35, no_customer=U() < 0.3,
                        gen=None if gd else pick(["pos", "neu", "neg"], [0.4, 0.35, 0.25]))


OTYPE_ZH = {"deposit": "押金", "weekly_rent": "周租金", "charging_topup": "充电卡充值", "late_fee": "滞纳金",
            "damage_fee": "事故自付", "buyout": "买断尾款"}


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "application_id", "lead_source", "获客渠道", "shift", "班次", "ride_platform", "接单平台", "fail_reason",
           "不通过原因", "credit_band", "lease_id", "plan", "租赁方案", "depot_id", "depot", "depot_en", "depot_city",
           "提车点城市", "model", "车型", "vehicle_id", "plate", "payment_method", "扣款方式", "weekly_rent",
           "deposit_amount", "amount", "slot_date", "days_waited", "week_no", "扣款失败原因", "card_partner",
           "accident_id", "accident_type", "事故类型", "at_fault", "责任", "repair_id", "repair_type", "维修类型",
           "repair_days", "repair_cost", "breakdown_at", "arrears_id", "overdue_weeks", "arrears_amount",
           "deposit_applied", "return_reason", "退租原因", "refund_amount", "deduction", "refund_days", "weeks_leased",
           "early_buyout"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "lease_id", "plan", "租赁方案", "depot_id", "depot", "depot_en", "depot_city", "提车点城市", "model", "车型",
            "payment_method", "扣款方式", "week_no", "paid_via", "accident_id", "refunded_at", "refund_amount",
            "deposit_applied", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "lease_id", "depot_id", "depot", "depot_en", "depot_city", "提车点城市", "model", "车型"]
CUST_COLS = ["customer_id", "signup_at", "segment", "司机状态", "region", "城市", "acquisition_channel", "获客渠道",
             "tier", "租赁方案", "home_depot_id", "depot", "depot_en", "model", "车型", "shift", "班次", "ride_platform",
             "接单平台", "driving_years", "credit_band", "gender", "age", "phone_os", "preferred_language"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    g.extra_feedback()
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
    write(out / "customers.csv", g.customer_rows(), CUST_COLS)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup = rng.choice(len(ev), size=20, replace=False)              # the billing system re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"drivers {len(g.cust)}, leases {g.n['ls']}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(fb)}, accidents {g.n['ac']}, arrears {g.n['ar']}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
