"""Generate the NestLease 蜗居公寓 (branded long-term rental apartments) held-out dataset.

    python generate.py OUTDIR

Writes a DATA.md folder (touchpoints, customers, events, journeys, orders, feedback as CSV) plus
OUTDIR/_truth/feedback_truth.csv (the generator's topic and sentiment of each comment; not a DATA.md table,
used only by gold.py to check its text markers). Fixed seed, numpy, deterministic, ~2 s.
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

RNG = np.random.default_rng(20260831)
START = datetime(2025, 1, 1)
END = datetime(2026, 8, 31, 23, 59, 59)

# ---------------------------------------------------------------- reference data
BUILDINGS = {
    # code: (name, city, rent multiplier, repair rate multiplier, slow repairs?, noise ticket rate)
    "SH01": ("张江公寓", "上海", 1.00, 1.0, False, 0.010),
    "SH02": ("七宝公寓", "上海", 0.92, 1.0, False, 0.010),
    "BJ01": ("望京公寓", "北京", 1.05, 1.0, False, 0.045),
    "BJ02": ("回龙观公寓", "北京", 0.86, 1.25, True, 0.010),
    "HZ01": ("滨江公寓", "杭州", 1.00, 1.0, False, 0.010),
    "HZ02": ("未来科技城公寓", "杭州", 0.90, 1.0, False, 0.010),
    "SZ01": ("科技园公寓", "深圳", 1.05, 1.0, False, 0.010),
    "SZ02": ("龙华公寓", "深圳", 0.90, 1.0, False, 0.010),
}
CITY_BUILDINGS = {}
for code, b in BUILDINGS.items():
    CITY_BUILDINGS.setdefault(b[1], []).append(code)
CITIES = ["上海", "北京", "杭州", "深圳"]
CITY_P = [0.30, 0.28, 0.20, 0.22]
BASE_RENT = {  # studio, 1BR, 2BR
    "上海": (4200, 5800, 8200), "北京": (4000, 5600, 7800), "杭州": (2800, 3800, 5200), "深圳": (3800, 5200, 7200)}
ROOM_TYPES = ["studio", "1BR", "2BR"]
ROOM_P = [0.46, 0.34, 0.20]
SERVICE_FEE = {"studio": 150, "1BR": 200, "2BR": 280}
RENEW_P = {"studio": 0.40, "1BR": 0.63, "2BR": 0.68}
REFERRALS = ["xiaohongshu", "beike", "58tongcheng", "douyin", "tenant_referral", "corporate", "walk_in", "organic"]
REFERRAL_P = [0.20, 0.16, 0.14, 0.11, 0.10, 0.07, 0.07, 0.15]
ACQ = {"xiaohongshu": "social", "douyin": "social", "beike": "platform", "58tongcheng": "platform",
       "tenant_referral": "referral", "corporate": "corporate", "walk_in": "offline", "organic": "organic"}
CREDIT_FAIL = {"58tongcheng": 0.46}
CREDIT_FAIL_DEFAULT = 0.08
AGE_BANDS = ["18-22", "23-27", "28-32", "33-40", "41+"]
AGE_P = [0.16, 0.38, 0.26, 0.14, 0.06]
PAY_METHODS = ["alipay", "wechat_pay", "bank_card", "credit_card"]
PAY_P = [0.40, 0.34, 0.20, 0.06]
PAY_FAIL = {"alipay": 0.015, "wechat_pay": 0.02, "bank_card": 0.09, "credit_card": 0.03}
REPAIR_CATS = ["plumbing", "electric", "appliance", "door_lock"]
REPAIR_P = [0.38, 0.22, 0.26, 0.14]
MOVEOUT_REASONS = ["relocation", "price", "space_too_small", "buy_home", "noise", "repair_issues", "other"]
MONTH_W = [0.7, 0.8, 1.2, 1.0, 1.0, 1.4, 1.5, 1.3, 1.0, 0.9, 0.8, 0.7]

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_listing_view", "房源浏览", "Listing view", "consideration", "app", "digital", "growth",
     "看房源|房源详情|listing|listing page"),
    ("tp_viewing_appt", "预约看房", "Viewing appointment", "consideration", "app", "digital", "leasing",
     "约看|带看预约|viewing|book a viewing"),
    ("tp_application", "租房申请", "Rental application", "purchase", "app", "digital", "leasing",
     "申请|提交申请|application|apply"),
    ("tp_credit_check", "信用审核", "Credit check", "purchase", "other", "digital", "risk",
     "征信|资质审核|信审|credit check|screening"),
    ("tp_contract_sign", "签约", "Contract signed", "purchase", "app", "digital", "leasing",
     "签合同|电子签约|lease signing|sign the lease"),
    ("tp_deposit_pay", "支付押金", "Deposit paid", "purchase", "app", "digital", "finance",
     "交押金|付押金|pay deposit"),
    ("tp_move_in", "入住", "Move-in", "service", "store", "physical", "operations",
     "办理入住|交房|move in|check-in"),
    ("tp_rent_pay", "交租", "Rent payment", "service", "app", "digital", "finance",
     "付房租|缴租|房租支付|pay rent"),
    ("tp_repair_request", "报修", "Maintenance request", "service", "app", "digital", "maintenance",
     "维修申请|提交报修|repair request|maintenance ticket"),
    ("tp_tech_assigned", "派单给师傅", "Technician assigned", "service", "other", "digital", "maintenance",
     "派单|派师傅|dispatch|technician dispatched"),
    ("tp_repair_done", "维修完成", "Repair completed", "service", "store", "physical", "maintenance",
     "修好|维修结束|repair done|fixed"),
    ("tp_repair_rating", "维修评价", "Repair rating", "service", "app", "digital", "maintenance",
     "维修打分|评价师傅|rate the repair"),
    ("tp_housekeeping", "管家保洁服务", "Housekeeper service", "service", "store", "physical", "operations",
     "管家|保洁|打扫|housekeeper|cleaning"),
    ("tp_complaint", "投诉工单", "Complaint ticket", "service", "phone", "digital", "customer_service",
     "投诉|工单|客服|complaint|support ticket"),
    ("tp_renewal_offer", "续租邀约", "Renewal offer", "loyalty", "app", "digital", "leasing",
     "续租提醒|续约通知|renewal notice|renewal reminder"),
    ("tp_renew_sign", "续租签约", "Lease renewed", "loyalty", "app", "digital", "leasing",
     "续租|续约|renewal|renew"),
    ("tp_moveout_notice", "退租申请", "Move-out notice", "loyalty", "app", "digital", "leasing",
     "提出退租|退租通知|notice to vacate|give notice"),
    ("tp_moveout_inspection", "退房验房", "Move-out inspection", "loyalty", "store", "physical", "operations",
     "验房|退房检查|checkout inspection|inspection"),
    ("tp_deposit_refund", "押金退还", "Deposit refund", "loyalty", "app", "digital", "finance",
     "退押金|押金退款|deposit return|refund of deposit"),
]

JOURNEYS = [
    ("leasing", "租房签约", "Leasing", 30, ["tp_listing_view", "tp_viewing_appt", "tp_application", "tp_credit_check",
                                           "tp_contract_sign", "tp_deposit_pay", "tp_move_in"]),
    ("repair", "报修维修", "Maintenance", 14, ["tp_repair_request", "tp_tech_assigned", "tp_repair_done",
                                              "tp_repair_rating"]),
    ("renewal", "续租", "Renewal", 45, ["tp_renewal_offer", "tp_renew_sign"]),
    ("move_out", "退租退押", "Move-out", 60, ["tp_moveout_notice", "tp_moveout_inspection", "tp_deposit_refund"]),
]

# ---------------------------------------------------------------- helpers
EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
CUSTOMERS: list[dict] = []
_seq = {"e": 0, "o": 0, "f": 0, "l": 0, "r": 0, "t": 0}


def nid(kind: str, prefix: str, width: int = 6) -> str:
    _seq[kind] += 1
    return f"{prefix}{_seq[kind]:0{width}d}"


def pick(options, p=None):
    return options[RNG.choice(len(options), p=p)]


def add_months(d: datetime, n: int) -> datetime:
    m = d.month - 1 + n
    y = d.year + m // 12
    return d.replace(year=y, month=m % 12 + 1, day=min(d.day, 28))


def hours(h: float) -> timedelta:
    return timedelta(hours=float(h))


def day_time(d: datetime, lo=8, hi=23) -> datetime:
    return d.replace(hour=0, minute=0, second=0) + timedelta(seconds=int(RNG.integers(lo * 3600, hi * 3600)))


def ev(cust, ts, tp, **kw):
    if ts < START or ts > END:
        return None
    row = dict(event_id=nid("e", "E", 7), customer_id=cust, ts=ts, touchpoint_id=tp)
    row.update(kw)
    EVENTS.append(row)
    return row


def order(cust, ts, amount, status, otype, **kw):
    if ts > END:
        return None
    row = dict(order_id=nid("o", "O", 7), customer_id=cust, ts=ts, amount=round(float(amount), 2), status=status,
               order_type=otype)
    row.update(kw)
    ORDERS.append(row)
    return row


def fb(cust, ts, tp, channel, text, topic, sentiment, rating=None, nps=None, **kw):
    if ts is not None and (ts < START or ts > END):
        return
    FEEDBACK.append(dict(feedback_id=nid("f", "FB", 5), customer_id=cust, ts=ts, touchpoint_id=tp, channel=channel,
                         rating=rating, nps=nps, text=text, _topic=topic, _sentiment=sentiment, **kw))


def lang_of(cust_lang: str) -> str:
    return cust_lang


# ---------------------------------------------------------------- feedback texts
CAT_ZH = {"plumbing": ["卫生间水管漏水", "下水道堵了", "马桶漏水"], "electric": ["房间跳闸", "插座没电", "灯不亮"],
          "appliance": ["空调不制冷", "洗衣机坏了", "热水器不出热水"], "door_lock": ["密码锁失灵", "门锁坏了", "门禁刷不开"]}
CAT_EN = {"plumbing": ["the leaking pipe", "the blocked drain", "the toilet leak"],
          "electric": ["the tripped breaker", "the dead socket", "the lights"],
          "appliance": ["the AC", "the washing machine", "the water heater"],
          "door_lock": ["the smart lock", "the door lock", "the entry card reader"]}


def repair_text(cat, days, lang):
    i = RNG.integers(3)
    if lang == "zh":
        thing = CAT_ZH[cat][i]
        if days <= 2:
            return pick([f"{thing}，师傅当天就上门修好了，很专业", f"{thing}报修后第二天就处理好了，效率高",
                         f"{thing}，维修师傅态度很好，修得也快"]), "repair_fast", "pos"
        if days <= 4:
            return pick([f"{thing}，等了三天才修好，还行吧", f"{thing}修好了，就是多等了两天"]), "repair_ok", "neu"
        return pick([f"{thing}报修一个礼拜了才来人，维修太慢了", f"{thing}，催了好几次师傅才上门，拖了好多天",
                     f"{thing}拖了{int(days)}天才修好，效率太低", f"维修太慢！{thing}等了快一周"]), "repair_slow", "neg"
    thing = CAT_EN[cat][i]
    if days <= 2:
        return pick([f"Technician fixed {thing} the same day, very professional.",
                     f"Quick repair of {thing}, thanks!"]), "repair_fast", "pos"
    if days <= 4:
        return pick([f"They fixed {thing} but it took a few days.", f"Fixed {thing} after some waiting, ok."]), \
            "repair_ok", "neu"
    return pick([f"Took over a week to fix {thing}, way too slow.",
                 f"Repair of {thing} was so slow, I chased them three times.",
                 f"Waited {int(days)} days for {thing} to be repaired. Unacceptable."]), "repair_slow", "neg"


def deposit_complaint(lang, deduction):
    if lang == "zh":
        return pick([f"退房验房扣了我{deduction}元押金，说墙面有污渍，太不合理了",
                     f"押金被扣了{deduction}块，正常使用的磨损也要扣钱", "验房吹毛求疵，押金扣款没有任何明细",
                     f"押金扣了{deduction}元清洁费，退的钱还拖了很久才到账"])
    return pick([f"They deducted {deduction} yuan from my deposit for normal wear and tear.",
                 "Deposit deduction at move-out was unfair, no itemised list.",
                 f"Lost {deduction} of my deposit for 'cleaning'. Ridiculous."])


# ---------------------------------------------------------------- customers
def make_customer(cid, signup, city, lang, existing=False):
    ref = pick(REFERRALS, REFERRAL_P)
    row = dict(customer_id=cid, signup_at=signup, segment="prospect", region=city, acquisition_channel=ACQ[ref],
               referral_source=ref, age_band=pick(AGE_BANDS, AGE_P), preferred_language=lang)
    CUSTOMERS.append(row)
    return row


def listing_for(building, room):
    return f"{building}-{room[0].upper()}{int(RNG.integers(1, 31)):02d}"


def rent_for(building, room):
    name, city, mult = BUILDINGS[building][:3]
    base = BASE_RENT[city][ROOM_TYPES.index(room)] * mult * RNG.uniform(0.93, 1.07)
    return int(round(base / 10) * 10)


# ---------------------------------------------------------------- tenancy life
def live(c, lease):
    """Simulate one lease and what follows it (rent, repairs, housekeeping, tickets, renewal or move-out)."""
    cid, b, room = c["customer_id"], lease["building"], lease["room_type"]
    name, city = BUILDINGS[b][:2]
    slow, noise_rate = BUILDINGS[b][4], BUILDINGS[b][5]
    pay = lease["payment_method"]
    lang = c["preferred_language"]
    common = dict(city=city, building=name, room_type=room)
    start, term = lease["start"], lease["term"]
    end = add_months(start, term)
    rent = lease["rent"]
    # monthly bills (rent + service fee)
    for k in range(term):
        due = add_months(start, k)
        if due > END:
            break
        if due < START:
            continue
        t = day_time(due, 7, 22)
        month = due.strftime("%Y-%m")
        ok = dict(payment_method=pay, lease_id=lease["id"], bill_month=month, channel="app", **common)
        if RNG.random() < PAY_FAIL[pay]:
            order(cid, t, rent, "failed", "rent", **ok)
            ev(cid, t, "tp_rent_pay", action="fail", channel="app", device=c["device"], payment_method=pay,
               lease_id=lease["id"], **common)
            t = t + timedelta(days=int(RNG.integers(1, 6)), hours=int(RNG.integers(0, 10)))
            if t > END:
                continue
        order(cid, t, rent, "paid", "rent", **ok)
        fee_status = "refunded" if RNG.random() < 0.012 else "paid"
        order(cid, t + timedelta(minutes=1), SERVICE_FEE[room], fee_status, "service_fee", **ok)
        ev(cid, t, "tp_rent_pay", action="success", channel="app", device=c["device"], payment_method=pay,
           lease_id=lease["id"], **common)
        # repairs this month
        if RNG.random() < 0.085 * BUILDINGS[b][3]:
            repair(c, lease, due + timedelta(days=int(RNG.integers(0, 28))), common, slow)
        if RNG.random() < 0.28:
            hk = day_time(due + timedelta(days=int(RNG.integers(0, 28))), 9, 18)
            ev(cid, hk, "tp_housekeeping", action="complete", channel="store", device=None, **common)
            if RNG.random() < 0.07:
                if RNG.random() < 0.85:
                    txt = pick(["管家小王很热情，有问题随叫随到", "保洁阿姨打扫得很细心，管家也很友好",
                                "管家服务很贴心，住得很舒服"]) if lang == "zh" else pick(
                        ["Our housekeeper is super friendly and helpful.", "Friendly housekeeper, room always clean.",
                         "The housekeeper is lovely and always responsive."])
                    fb(cid, hk + hours(RNG.uniform(2, 30)), "tp_housekeeping", "survey", txt, "housekeeper_praise",
                       "pos", rating=int(pick([5, 4], [0.7, 0.3])), **common)
                else:
                    txt = "保洁打扫得很敷衍，角落都没擦" if lang == "zh" else "Cleaning was sloppy this time."
                    fb(cid, hk + hours(RNG.uniform(2, 30)), "tp_housekeeping", "survey", txt, "cleaning_poor", "neg",
                       rating=int(pick([2, 3])), **common)
        # complaint tickets
        if RNG.random() < noise_rate + 0.012:
            tk = day_time(due + timedelta(days=int(RNG.integers(0, 28))), 7, 24)
            is_noise = RNG.random() < (0.85 if noise_rate > 0.02 else 0.4)
            topic = "noise" if is_noise else pick(["wifi", "hot_water", "billing", "neighbor"])
            tid = nid("t", "TK", 5)
            ev(cid, tk, "tp_complaint", action="submit", channel="phone", device=None, ticket_id=tid,
               ticket_topic=topic, **common)
            if topic == "noise":
                txt = pick(["楼上半夜还在拖椅子，噪音太大睡不着", "隔音太差了，隔壁说话都听得清清楚楚",
                            "楼下工地一早就施工，噪音吵死了"]) if lang == "zh" else pick(
                    ["Noise from upstairs every night, can't sleep.", "Walls are paper thin, the noise is unbearable.",
                     "Construction noise next door starts at 6am."])
                sent = "neg"
            else:
                txt = {"wifi": ("宽带老掉线", "WiFi keeps dropping."),
                       "hot_water": ("早上没有热水", "No hot water in the morning."),
                       "billing": ("账单金额和合同对不上", "My bill does not match the contract."),
                       "neighbor": ("邻居在走廊堆杂物", "Neighbour leaves bags in the corridor.")}[topic]
                txt, sent = (txt[0] if lang == "zh" else txt[1]), "neg"
            fb(cid, tk + hours(RNG.uniform(0.2, 3)), "tp_complaint", "ticket", txt, topic, sent, ticket_id=tid,
               **common)
    # end of lease
    offer_t = day_time(end - timedelta(days=45), 9, 20)
    if end > END + timedelta(days=45):
        return "tenant", None
    renew = RNG.random() < RENEW_P[room] - (0.06 if slow else 0)
    ev(c["customer_id"], offer_t, "tp_renewal_offer", action="view", channel="app", device=c["device"],
       lease_id=lease["id"], lease_term_months=term, monthly_rent=rent, **common)
    if renew:
        st = day_time(offer_t + timedelta(days=int(RNG.integers(2, 31))), 9, 22)
        new = dict(id=nid("l", "L", 5), building=b, room_type=room, start=end,
                   term=int(pick([12, 6, 24], [0.75, 0.18, 0.07])), rent=int(round(rent * 1.03 / 10) * 10),
                   payment_method=pay, deposit=lease["deposit"], deposit_order=lease["deposit_order"])
        ev(cid, st, "tp_renew_sign", action="success", channel="app", device=c["device"], lease_id=new["id"],
           previous_lease_id=lease["id"], lease_term_months=new["term"], monthly_rent=new["rent"], **common)
        if RNG.random() < 0.3:
            if lang == "zh":
                txt = pick(["管家很热情，住得舒心，果断续租", "住得挺好的，续租流程也方便", "续租涨价了一点，能接受"])
            else:
                txt = pick(["Happy to renew, the housekeeper is really friendly.", "Renewal was easy, nice place."])
            topic = "housekeeper_praise" if ("管家" in txt or "housekeeper" in txt) else "renewal_ok"
            fb(cid, st + hours(RNG.uniform(1, 48)), "tp_renew_sign", "survey", txt, topic, "pos",
               rating=int(pick([5, 4], [0.6, 0.4])), nps=int(pick([10, 9, 8], [0.4, 0.4, 0.2])), **common)
        if st > END:
            return "tenant", None
        return "renew", new
    # move out
    reason_p = np.array([0.26, 0.20, 0.10, 0.10, 0.08, 0.08, 0.18])
    if room == "studio":
        reason_p[2] = 0.45
    if slow:
        reason_p[5] = 0.30
    if BUILDINGS[b][5] > 0.02:
        reason_p[4] = 0.30
    reason = pick(MOVEOUT_REASONS, reason_p / reason_p.sum())
    nt = day_time(offer_t + timedelta(days=int(RNG.integers(1, 30))), 9, 22)
    ev(cid, nt, "tp_moveout_notice", action="submit", channel="app", device=c["device"], lease_id=lease["id"],
       moveout_reason=reason, **common)
    it = day_time(end, 9, 18)
    deduction = int(RNG.choice([200, 300, 400, 500, 600, 800, 1000, 1500, 2000])) if RNG.random() < 0.48 else 0
    ev(cid, it, "tp_moveout_inspection", action="complete", channel="store", device=None, lease_id=lease["id"],
       deduction_amount=deduction, **common)
    rt = day_time(it + timedelta(days=int(RNG.integers(3, 21))), 9, 20)
    refund = lease["deposit"] - deduction
    ev(cid, rt, "tp_deposit_refund", action="success", channel="app", device=c["device"], lease_id=lease["id"],
       deduction_amount=deduction, refund_amount=refund, **common)
    if rt <= END and lease["deposit_order"] is not None:
        lease["deposit_order"]["status"] = "refunded"
        lease["deposit_order"]["refund_amount"] = refund
        lease["deposit_order"]["deduction_amount"] = deduction
    # move-out survey
    if RNG.random() < 0.62:
        where, wt = ("tp_deposit_refund", rt) if RNG.random() < 0.68 else ("tp_moveout_inspection", it)
        if deduction > 0 and RNG.random() < 0.85:
            txt, topic, sent = deposit_complaint(lang, deduction), "deposit_deduction", "neg"
            rating, nps = int(pick([1, 2, 3], [0.5, 0.35, 0.15])), int(RNG.integers(0, 6))
        elif reason == "space_too_small" and RNG.random() < 0.6:
            txt = "开间太小了，东西放不下，只能换个大点的" if lang == "zh" else "The studio is just too small for me."
            topic, sent, rating, nps = "too_small", "neu", int(pick([3, 4])), int(RNG.integers(5, 9))
        elif reason == "noise" and RNG.random() < 0.6:
            txt = "住得还行，就是噪音太大才搬走" if lang == "zh" else "Moving out mainly because of the noise."
            topic, sent, rating, nps = "noise", "neg", int(pick([2, 3])), int(RNG.integers(2, 7))
        else:
            txt = pick(["退房很顺利，押金全额退了", "验房很快，押金按时到账，好评", "管家很热情，退房手续也简单"]) \
                if lang == "zh" else pick(["Smooth move-out, full deposit back.", "Easy checkout, deposit returned on time."])
            topic = "housekeeper_praise" if "管家" in txt else "moveout_smooth"
            sent, rating, nps = "pos", int(pick([5, 4], [0.6, 0.4])), int(RNG.integers(8, 11))
        fb(cid, wt + hours(RNG.uniform(1, 72)), where, "survey", txt, topic, sent, rating=rating, nps=nps, **common)
    if deduction > 0 and RNG.random() < 0.08:
        tk = rt + hours(RNG.uniform(2, 96))
        tid = nid("t", "TK", 5)
        ev(cid, tk, "tp_complaint", action="submit", channel="phone", device=None, ticket_id=tid,
           ticket_topic="deposit", **common)
        fb(cid, tk + hours(0.5), "tp_complaint", "ticket", deposit_complaint(lang, deduction), "deposit_deduction",
           "neg", ticket_id=tid, **common)
    return ("former_tenant" if it <= END else "tenant"), None


def repair(c, lease, day, common, slow):
    cid = c["customer_id"]
    cat = pick(REPAIR_CATS, REPAIR_P)
    rid = nid("r", "R", 5)
    t0 = day_time(day, 7, 23)
    if slow:
        assign_h = RNG.uniform(20, 80)
        days = float(np.clip(RNG.gamma(4.0, 1.6), 2.0, 16))
    else:
        assign_h = RNG.uniform(1, 8)
        days = float(np.clip(RNG.gamma(2.2, 0.7), 0.2, 9))
    tech = f"T{list(BUILDINGS).index(lease['building']) + 1}{int(RNG.integers(1, 6)):02d}"
    kw = dict(repair_id=rid, repair_category=cat, **common)
    ev(cid, t0, "tp_repair_request", action="submit", channel="app", device=c["device"], **kw)
    ta = t0 + hours(assign_h)
    ev(cid, ta, "tp_tech_assigned", action="assign", channel="other", device=None, technician_id=tech, **kw)
    td = t0 + timedelta(days=days)
    if td < ta:
        td = ta + hours(2)
    days = round((td - t0).total_seconds() / 86400, 1)
    ev(cid, td, "tp_repair_done", action="complete", channel="store", device=None, technician_id=tech,
       repair_days=days, **kw)
    if RNG.random() < 0.7:
        tr = td + hours(RNG.uniform(1, 48))
        txt, topic, sent = repair_text(cat, days, c["preferred_language"])
        if topic == "repair_fast":
            rating = int(pick([5, 4, 3], [0.6, 0.32, 0.08]))
        elif topic == "repair_ok":
            rating = int(pick([4, 3, 2], [0.35, 0.45, 0.2]))
        else:
            rating = int(pick([1, 2, 3], [0.45, 0.4, 0.15]))
        ev(cid, tr, "tp_repair_rating", action="submit", channel="app", device=c["device"], rating=rating, **kw)
        fb(cid, tr, "tp_repair_rating", "repair_review", txt, topic, sent, rating=rating,
           repair_category=cat, repair_id=rid, **common)


def start_tenancy(c, lease):
    status = "tenant"
    while lease is not None:
        status, lease = live(c, lease)
    c["segment"] = status


# ---------------------------------------------------------------- prospects (signed up inside the data)
def prospects():
    months = []
    d = START
    while d <= END:
        months.append(d)
        d = add_months(d, 1)
    w = np.array([MONTH_W[m.month - 1] * (1.15 if m.year == 2026 else 1.0) for m in months])
    n_per = RNG.multinomial(4600, w / w.sum())
    k = 0
    for m, n in zip(months, n_per):
        for _ in range(n):
            k += 1
            cid = f"C{k:05d}"
            city = pick(CITIES, CITY_P)
            lang = "en" if RNG.random() < 0.13 else "zh"
            signup = day_time(m + timedelta(days=int(RNG.integers(0, 28))), 8, 23)
            c = make_customer(cid, signup, city, lang)
            c["device"] = pick(["ios", "android", "pc"], [0.46, 0.40, 0.14])
            prospect(c, signup)


def prospect(c, t):
    cid, city, dev = c["customer_id"], c["region"], c["device"]
    ch = "web" if dev == "pc" else pick(["app", "mini_program"], [0.75, 0.25])
    b = pick(CITY_BUILDINGS[city])
    room = pick(ROOM_TYPES, ROOM_P)
    listing = listing_for(b, room)
    rent = rent_for(b, room)
    name = BUILDINGS[b][0]
    common = dict(city=city, building=name, room_type=room)
    sess = f"S{cid}-1"
    for i in range(1 + int(RNG.poisson(1.3))):
        lt = t + hours(RNG.uniform(0, 72) * i) if i else t + timedelta(minutes=int(RNG.integers(1, 30)))
        ev(cid, lt, "tp_listing_view", action="view", device=dev, channel=ch, session_id=sess, listing_id=listing,
           monthly_rent=rent, **common)
    t = lt
    p_appt = 0.45 if dev != "pc" else 0.36
    if RNG.random() > p_appt:
        return
    t = t + hours(RNG.uniform(0.5, 96))
    ev(cid, t, "tp_viewing_appt", action="submit", device=dev, channel=pick([ch, "phone"], [0.8, 0.2]),
       session_id=sess, listing_id=listing, **common)
    if RNG.random() < 0.10:
        fb(cid, t + hours(RNG.uniform(24, 80)), "tp_viewing_appt", "viewing_review",
           *viewing_text(c["preferred_language"]), **common)
    if RNG.random() > 0.56:
        return
    t = t + hours(RNG.uniform(20, 120))
    ref = c["referral_source"]
    ev(cid, t, "tp_application", action="submit", device=dev, channel="app", listing_id=listing,
       referral_source=ref, **common)
    if RNG.random() > 0.97:
        return
    t = t + hours(RNG.uniform(2, 40))
    fail = RNG.random() < CREDIT_FAIL.get(ref, CREDIT_FAIL_DEFAULT)
    ev(cid, t, "tp_credit_check", action="fail" if fail else "pass", device=None, channel="other",
       referral_source=ref, **common)
    if fail:
        if RNG.random() < 0.25:
            txt = pick(["信用审核没通过，也不告诉原因", "征信审核卡住了，客服说不清楚为什么被拒"]) \
                if c["preferred_language"] == "zh" else "Rejected at the credit check with no explanation."
            fb(cid, t + hours(RNG.uniform(1, 48)), "tp_credit_check", "app_review", txt, "credit_rejected", "neg",
               rating=int(pick([1, 2])), **common)
        return
    if RNG.random() > 0.86:
        return
    t = t + hours(RNG.uniform(12, 110))
    term = int(pick([6, 12, 24], [0.27, 0.63, 0.10]))
    lid = nid("l", "L", 5)
    pay = pick(PAY_METHODS, PAY_P)
    ev(cid, t, "tp_contract_sign", action="success", device=dev, channel="app", listing_id=listing, lease_id=lid,
       lease_term_months=term, monthly_rent=rent, **common)
    if RNG.random() > 0.96:
        return
    t = t + hours(RNG.uniform(0.2, 60))
    dep = order(cid, t, rent, "paid", "deposit", payment_method=pay, lease_id=lid, channel="app", **common)
    ev(cid, t, "tp_deposit_pay", action="success", device=dev, channel="app", lease_id=lid, payment_method=pay,
       **common)
    if RNG.random() > 0.975:
        return
    mi = day_time(t + timedelta(days=int(RNG.integers(2, 15))), 9, 19)
    ev(cid, mi, "tp_move_in", action="complete", device=None, channel="store", lease_id=lid, listing_id=listing,
       lease_term_months=term, monthly_rent=rent, **common)
    if mi > END:
        return
    lease = dict(id=lid, building=b, room_type=room, start=mi, term=term, rent=rent, payment_method=pay, deposit=rent,
                 deposit_order=dep)
    start_tenancy(c, lease)


def viewing_text(lang):
    r = RNG.random()
    if r < 0.55:
        t = pick(["带看的管家很耐心，讲得很清楚", "看房体验不错，管家很热情"]) if lang == "zh" else \
            "The housekeeper who showed us around was really friendly."
        return t, "housekeeper_praise", "pos", int(pick([5, 4], [0.6, 0.4]))
    if r < 0.85:
        t = "房间比图片上小很多" if lang == "zh" else "The room was much smaller than in the photos."
        return t, "smaller_than_photos", "neg", int(pick([2, 3]))
    t = "预约的时间到了没人接待，等了半小时" if lang == "zh" else "Nobody was there at the booked time, waited 30 minutes."
    return t, "viewing_wait", "neg", int(pick([1, 2]))


# ---------------------------------------------------------------- tenants who moved in during 2024
def existing():
    for k in range(1, 901):
        cid = f"C9{k:04d}"
        city = pick(CITIES, CITY_P)
        lang = "en" if RNG.random() < 0.13 else "zh"
        b = pick(CITY_BUILDINGS[city])
        room = pick(ROOM_TYPES, ROOM_P)
        term = int(pick([6, 12, 24], [0.25, 0.65, 0.10]))
        end = datetime(2025, 2, 20) + timedelta(days=int(RNG.integers(0, 300)))
        start = add_months(end, -term)
        if start.year > 2024:
            start = datetime(2024, 12, int(RNG.integers(1, 29)))
        start = day_time(start, 9, 19)
        signup = start - timedelta(days=int(RNG.integers(5, 40)))
        c = make_customer(cid, signup, city, lang, existing=True)
        c["device"] = pick(["ios", "android"], [0.55, 0.45])
        rent = rent_for(b, room)
        lid = nid("l", "L", 5)
        pay = pick(PAY_METHODS, PAY_P)
        dep = order(cid, start - timedelta(days=int(RNG.integers(2, 10))), rent, "paid", "deposit",
                    payment_method=pay, lease_id=lid, channel="app", city=city, building=BUILDINGS[b][0],
                    room_type=room)
        lease = dict(id=lid, building=b, room_type=room, start=start, term=term, rent=rent, payment_method=pay,
                     deposit=rent, deposit_order=dep)
        start_tenancy(c, lease)


# ---------------------------------------------------------------- app reviews (some without a date or customer)
def app_reviews():
    pos_zh = ["App交房租很方便，一键支付", "在App上报修很方便"]
    neg_zh = ["App经常闪退，交租的时候卡住", "App里的房源图片和实际不符"]
    pos_en = ["Paying rent in the app is easy.", "Love that I can log repairs in the app."]
    neg_en = ["App keeps crashing when I pay rent.", "Listing photos in the app don't match the real rooms."]
    ids = [c["customer_id"] for c in CUSTOMERS]
    for i in range(260):
        en = RNG.random() < 0.25
        good = RNG.random() < 0.55
        txt = pick(pos_en if good else neg_en) if en else pick(pos_zh if good else neg_zh)
        topic = "app_good" if good else ("app_crash" if ("闪退" in txt or "crash" in txt) else "smaller_than_photos")
        ts = None if RNG.random() < 0.35 else START + timedelta(seconds=int(RNG.integers(0, int((END - START).total_seconds()))))
        cust = pick(ids) if RNG.random() < 0.6 else None
        tp = "tp_rent_pay" if ("租" in txt or "rent" in txt) else ("tp_repair_request" if ("报修" in txt or "repair" in txt)
                                                                 else "tp_listing_view")
        fb(cust, ts, tp if RNG.random() < 0.7 else None, "app_review", txt, topic, "pos" if good else "neg",
           rating=int(pick([5, 4], [0.6, 0.4]) if good else pick([1, 2], [0.5, 0.5])))


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    prospects()
    existing()
    app_reviews()
    tps = pd.DataFrame([dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                             kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    tps.to_csv(out / "touchpoints.csv", index=False)
    jr = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=i + 1,
               touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for i, tp in enumerate(j[4])]
    pd.DataFrame(jr).to_csv(out / "journeys.csv", index=False)
    cu = pd.DataFrame(CUSTOMERS).drop(columns=["device"])
    cu["signup_at"] = pd.to_datetime(cu["signup_at"]).dt.strftime("%Y-%m-%d %H:%M:%S")
    cu.to_csv(out / "customers.csv", index=False)
    e = pd.DataFrame(EVENTS).sort_values(["ts", "event_id"])
    e["ts"] = e["ts"].dt.strftime("%Y-%m-%d %H:%M:%S")
    for col in ("lease_term_months", "monthly_rent", "deduction_amount", "refund_amount", "rating"):
        e[col] = e[col].astype("Int64")
    dup = e.sample(45, random_state=7)
    e = pd.concat([e, dup]).sort_values(["ts", "event_id"])
    e.to_csv(out / "events.csv", index=False)
    o = pd.DataFrame(ORDERS).sort_values(["ts", "order_id"])
    o["ts"] = o["ts"].dt.strftime("%Y-%m-%d %H:%M:%S")
    for col in ("refund_amount", "deduction_amount"):
        o[col] = o[col].astype("Int64")
    o["currency"] = "CNY"
    o.to_csv(out / "orders.csv", index=False)
    f = pd.DataFrame(FEEDBACK)
    f["ts"] = f["ts"].map(lambda x: x.strftime("%Y-%m-%d %H:%M:%S") if x is not None and not pd.isna(x) else None)
    for col in ("rating", "nps"):
        f[col] = f[col].astype("Int64")
    f[["feedback_id", "_topic", "_sentiment"]].rename(columns={"_topic": "topic", "_sentiment": "sentiment"}).to_csv(
        out / "_truth" / "feedback_truth.csv", index=False)
    f = f.drop(columns=["_topic", "_sentiment"])
    f.to_csv(out / "feedback.csv", index=False)
    print(f"customers {len(cu)}, events {len(e)}, orders {len(o)}, feedback {len(f)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
