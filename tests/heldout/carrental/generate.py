"""RoadTrip 途驾租车 — synthetic traditional car rental (airport + city stores, app, web, OTAs), written blind.

    python generate.py OUTDIR

Fixed seed, numpy + stdlib only, deterministic, a few seconds. Writes touchpoints, customers, events, journeys,
orders and feedback as CSV (DATA.md). Data covers 2025-01-01 .. 2026-06-30. See README.md for the planted patterns.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260630
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
PVG_OUTSOURCED = datetime(2025, 7, 1)   # Pudong airport store hands return inspection to an outsourced team

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_promo", "优惠活动页", "Promotion page", "awareness", "app", "digital", "marketing",
     "活动页|优惠券|促销|promo|coupon|deal page"),
    ("tp_search", "搜索门店和日期", "Search (store & dates)", "consideration", "app", "digital", "product",
     "搜索|搜车|查询|search|look up cars"),
    ("tp_choose_class", "选择车型", "Choose car class", "consideration", "app", "digital", "product",
     "选车|选车型|车型选择|choose car|pick a car class|vehicle selection"),
    ("tp_add_extras", "选保险和附加服务", "Add insurance & extras", "consideration", "app", "digital", "product",
     "加购|保险|附加服务|儿童座椅|add-ons|extras|insurance add-on|upsell"),
    ("tp_pay_deposit", "支付租金和押金", "Pay rental & deposit", "purchase", "app", "digital", "finance",
     "付款|支付|付押金|预授权|pay|payment|deposit|checkout"),
    ("tp_booking_confirmed", "预订成功", "Booking confirmed", "purchase", "app", "digital", "product",
     "下单成功|订单确认|预订确认|booking confirmed|reservation confirmed|confirmation"),
    ("tp_cancel_booking", "取消预订", "Booking cancelled", "purchase", "app", "digital", "product",
     "取消订单|退订|cancel|cancellation"),
    ("tp_no_show", "未到店取车", "No-show", "service", "store", "physical", "store_ops",
     "爽约|没来取车|未取车|no show|no-show|didn't turn up"),
    ("tp_pickup_arrive", "到店取车", "Arrive for pickup", "service", "store", "physical", "store_ops",
     "到店|取车|柜台|自助机|自助取车|arrival|pickup|pick-up|counter|kiosk|desk"),
    ("tp_id_check", "证件核验", "ID & licence check", "service", "store", "physical", "store_ops",
     "验证件|身份证|驾照核验|驾驶证|ID check|licence check|license check|document check"),
    ("tp_contract_signed", "签署租车合同", "Rental contract signed", "service", "store", "physical", "store_ops",
     "签合同|租车合同|签约|contract|rental agreement|sign"),
    ("tp_car_handover", "交车", "Car handed over", "service", "store", "physical", "store_ops",
     "提车|拿钥匙|交车|handover|keys handed over|get the keys|collect the car"),
    ("tp_roadside", "道路救援", "Roadside assistance", "service", "phone", "physical", "fleet_ops",
     "救援|拖车|抛锚|爆胎|roadside|breakdown|tow|assistance"),
    ("tp_car_return", "还车", "Car return", "service", "store", "physical", "store_ops",
     "还车|交还车辆|return|drop-off|drop off|returning the car"),
    ("tp_damage_inspection", "验车", "Damage inspection", "service", "store", "physical", "store_ops",
     "验车|车损检查|定损|检车|inspection|damage check|vehicle check"),
    ("tp_deposit_refund", "押金退还", "Deposit refund", "service", "app", "digital", "finance",
     "退押金|押金返还|解冻|预授权撤销|deposit refund|deposit release|deposit back"),
    ("tp_invoice", "开具发票", "Invoice issued", "service", "app", "digital", "finance",
     "发票|开票|报销|invoice|receipt|fapiao"),
    ("tp_complaint", "投诉工单", "Complaint ticket", "service", "phone", "digital", "customer_service",
     "投诉|客诉|工单|complaint|ticket|customer service case"),
    ("tp_refund_dispute", "扣费争议", "Charge dispute", "service", "phone", "digital", "customer_service",
     "申诉|争议|拒付|扣费争议|退款争议|dispute|chargeback|refund dispute"),
    ("tp_rating", "租后评价", "Post-rental survey", "loyalty", "app", "digital", "cx",
     "评价|打分|满意度调查|问卷|survey|rating|review|CSAT"),
    ("tp_member_upgrade", "会员升级", "Loyalty tier upgrade", "loyalty", "app", "digital", "marketing",
     "升级|会员等级|升金卡|tier upgrade|loyalty upgrade|membership"),
]
STAGE_CH = {tp[0]: tp[4] for tp in TOUCHPOINTS}

JOURNEYS = [
    ("booking", "在线预订", "Online booking",
     ["tp_search", "tp_choose_class", "tp_add_extras", "tp_pay_deposit", "tp_booking_confirmed"], 2),
    ("pickup", "到店取车", "Pickup at the store",
     ["tp_pickup_arrive", "tp_id_check", "tp_contract_signed", "tp_car_handover"], 1),
    ("return", "还车结算", "Return & settlement",
     ["tp_car_return", "tp_damage_inspection", "tp_deposit_refund", "tp_invoice"], 30),
]

# store, city, type, share of the city's rentals, kiosk from
STORES = [
    ("上海浦东机场店", "Shanghai", "airport", 0.45, datetime(2025, 1, 1)),
    ("上海虹桥机场店", "Shanghai", "airport", 0.30, datetime(2025, 1, 1)),
    ("上海静安寺店", "Shanghai", "city", 0.25, datetime(2025, 9, 1)),
    ("北京首都机场T3店", "Beijing", "airport", 0.62, datetime(2025, 1, 1)),
    ("北京国贸店", "Beijing", "city", 0.38, datetime(2025, 9, 1)),
    ("成都天府机场店", "Chengdu", "airport", 0.55, datetime(2025, 1, 1)),
    ("成都春熙路店", "Chengdu", "city", 0.45, datetime(2025, 9, 1)),
    ("三亚凤凰机场店", "Sanya", "airport", 0.70, datetime(2025, 6, 1)),
    ("三亚大东海店", "Sanya", "city", 0.30, datetime(2025, 9, 1)),
    ("深圳宝安机场店", "Shenzhen", "airport", 0.60, datetime(2025, 1, 1)),
    ("深圳南山科技园店", "Shenzhen", "city", 0.40, datetime(2025, 9, 1)),
]
CITY_P = {"Shanghai": 0.30, "Beijing": 0.20, "Chengdu": 0.15, "Sanya": 0.17, "Shenzhen": 0.18}
CITY_PRICE = {"Shanghai": 1.10, "Beijing": 1.05, "Chengdu": 0.90, "Sanya": 1.20, "Shenzhen": 1.00}
COUNTER_MIN = {"上海浦东机场店": 27, "上海虹桥机场店": 22, "北京首都机场T3店": 36, "成都天府机场店": 21,
               "三亚凤凰机场店": 25, "深圳宝安机场店": 20}
CLASSES = ["economy", "compact", "SUV", "luxury", "EV"]
DAILY = {"economy": 168, "compact": 218, "SUV": 358, "luxury": 828, "EV": 238}
DEPOSIT = {"economy": 3000, "compact": 3000, "SUV": 5000, "luxury": 10000, "EV": 4000}
INS_DAY = {"basic": 0, "standard": 50, "premium": 110}
EXCESS = {"basic": 5000, "standard": 1500, "premium": 0}
PAY_METHODS = ["alipay", "wechat_pay", "credit_card", "unionpay"]
PAY_FAIL = {"alipay": 0.02, "wechat_pay": 0.025, "credit_card": 0.11, "unionpay": 0.035}
NOSHOW = {"app": 0.035, "web": 0.05, "ctrip": 0.18, "fliggy": 0.115}
ACQ = ["app_store", "search_ad", "ctrip", "fliggy", "referral", "corporate"]
ACQ_P = [0.29, 0.14, 0.19, 0.12, 0.12, 0.14]
REGIONS = ["Shanghai", "Beijing", "Hangzhou", "Guangzhou", "Chengdu", "Shenzhen", "Other"]
REGION_P = [0.22, 0.18, 0.12, 0.12, 0.10, 0.12, 0.14]
AGE = ["18-24", "25-34", "35-49", "50+"]
AGE_P = [0.14, 0.42, 0.32, 0.12]
SEASON = {1: 1.3, 2: 1.45, 3: 0.85, 4: 1.0, 5: 1.15, 6: 0.95, 7: 1.45, 8: 1.5, 9: 0.95, 10: 1.35, 11: 0.8, 12: 0.9}

TEXT = {
    "queue": {
        "zh": ["柜台排队排了四十多分钟才拿到车", "取车排队太久了，前面只有两个柜台在办", "机场店排队的人太多，等了快一个小时",
               "排队办手续太慢，差点误了行程", "柜台就一个人，排队等到崩溃"],
        "en": ["Waited over 40 minutes in the queue at the counter", "The counter queue was ridiculously long",
               "Long queue at the desk, only one agent working", "Queued for almost an hour to get the keys",
               "Huge queue at the airport counter, took forever"],
    },
    "hidden_fee": {
        "zh": ["到了柜台又加了一堆费用，隐形消费太多", "网上显示的价格和实际收的不一样，乱收费", "被强制加购保险，额外收费没提前说",
               "机场服务费、手续费都是到店才告诉我，隐形收费", "账单里多了好几项杂费，完全没提前告知"],
        "en": ["Hidden fees everywhere, the final price was much higher than quoted",
               "They added extra charges at the counter that were never shown online",
               "Pushed into buying insurance, plus a surprise service fee",
               "The Ctrip price did not include the hidden airport and service fees", "Lots of hidden charges on the final bill"],
    },
    "dirty": {
        "zh": ["车里很脏，座椅上还有沙子", "车内卫生太差，烟味很重", "车子脏得不行，垃圾都没清理", "后备箱里全是沙子和垃圾，太脏了",
               "车很脏，方向盘黏糊糊的"],
        "en": ["The car was dirty inside, sand all over the seats", "Filthy car, smelled of smoke",
               "Car was not cleaned, rubbish left from the previous renter", "Dirty interior and sticky steering wheel",
               "Very dirty car for the price"],
    },
    "damage_unfair": {
        "zh": ["还车验车说有划痕要扣2000，这划痕取车时就有", "车损扣费不合理，明明不是我刮的", "验车的人故意找茬，一个小划痕扣了我一千多",
               "浦东机场还车被说有车损，要求赔钱，完全不认可", "取车时没仔细登记车况，还车验车就说我撞的，太不公平"],
        "en": ["Charged 2000 yuan for a scratch that was already there at pickup", "Unfair damage charge, I did not cause that dent",
               "The inspection guy found a tiny scratch and billed me over 1000",
               "They claimed damage at return at Pudong airport, totally unfair",
               "Damage charge is a rip-off, the pre-rental check was never done properly"],
    },
    "ev_fee": {
        "zh": ["电车还车电量不够被收了充电服务费，太贵了", "还车时电量百分之四十，被收了一百多的补电费", "充电桩太难找，还车电量低又被罚钱",
               "补电费收得离谱，取车时电量都没满", "电动车续航虚标，还车电量不足还要交钱"],
        "en": ["Got a recharge fee because the EV battery was under 50 percent",
               "Charged a battery fee on return, the car was not full at pickup either",
               "Hard to find a charger and then billed for low battery", "The low-battery fee on the EV is outrageous",
               "EV range was way less than advertised, then I paid a charging fee"],
    },
    "roadside": {
        "zh": ["车在高速上爆胎，道路救援等了三个小时", "打救援电话一直没人接，等了好久", "半路抛锚，救援车很久才到", "道路救援响应太慢了"],
        "en": ["Flat tyre on the highway and roadside assistance took 3 hours",
               "Breakdown on the road and nobody answered the assistance hotline", "Roadside help was very slow to arrive"],
    },
    "app_bug": {
        "zh": ["APP付款一直失败，信用卡扣不了", "app老是闪退，订单提交不了", "用信用卡支付总是失败，只能换支付宝"],
        "en": ["Payment keeps failing in the app with my credit card", "App crashes when I try to book",
               "Credit card payment failed three times in the app"],
    },
    "smooth": {
        "zh": ["自助机取车几分钟就搞定，很方便", "取车很顺利，五分钟就开走了", "手续很快，拿车很顺畅", "用自助取车机扫码就能提车，体验很好"],
        "en": ["Smooth pickup, in and out in 5 minutes", "The kiosk was quick and easy, got the car in minutes",
               "Super fast pickup with the self-service kiosk", "Pickup was seamless"],
    },
    "staff": {
        "zh": ["工作人员态度很好，很热情", "店员很耐心，解释得很清楚"],
        "en": ["Friendly staff, very helpful", "The agent was patient and explained everything"],
    },
    "car_good": {
        "zh": ["车况很新，开起来很舒服", "车很干净，整体满意", "车型和预订的一样，车况不错"],
        "en": ["Car was clean and almost new", "Great car, very comfortable", "Got exactly the car class I booked, nice condition"],
    },
    "app_good": {
        "zh": ["APP订车很方便，价格透明", "在app上几步就订好了"],
        "en": ["Easy to book in the app", "Booking in the app took two minutes"],
    },
    "neutral": {
        "zh": ["整体还行，价格一般", "没什么特别的，正常租车", "还可以吧"],
        "en": ["It was ok, nothing special", "Average experience overall", "Fine."],
    },
}
PENALTY = {"damage_unfair": 1.9, "hidden_fee": 1.8, "dirty": 1.6, "ev_fee": 1.3, "queue": 1.5, "roadside": 1.2}
TICKET_TP = {"damage_unfair": "tp_damage_inspection", "ev_fee": "tp_car_return", "dirty": "tp_car_handover",
             "hidden_fee": "tp_contract_signed", "queue": "tp_pickup_arrive", "roadside": "tp_roadside"}
TICKET_CAT = {"damage_unfair": "damage_dispute", "ev_fee": "fee_dispute", "dirty": "vehicle_cleanliness",
              "hidden_fee": "billing", "queue": "wait_time", "roadside": "roadside"}
SURVEY_TP = {"damage_unfair": "tp_damage_inspection", "hidden_fee": "tp_contract_signed", "ev_fee": "tp_car_return",
             "dirty": "tp_car_handover", "queue": "tp_pickup_arrive", "roadside": "tp_roadside", "smooth": "tp_car_handover",
             "staff": "tp_pickup_arrive", "car_good": "tp_car_handover", "neutral": "tp_car_return"}


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    customers, events, orders, feedback = [], [], [], []
    cnt = {"e": 0, "o": 0, "f": 0, "s": 0, "b": 0}

    def nid(k, prefix, width):
        cnt[k] += 1
        return f"{prefix}{cnt[k]:0{width}d}"

    def r():
        return float(rng.random())

    def choice(seq, p=None):
        return seq[int(rng.choice(len(seq), p=p))]

    def iso(t):
        return t.strftime("%Y-%m-%d %H:%M:%S")

    def ev(c, t, tp, action, bk=None, session=None, device=None, **extra):
        if t > END or t < START:
            return None
        ch = STAGE_CH[tp]
        if bk is not None and ch == "app" and bk["bch"] == "web":
            ch = "web"
        if bk is not None and bk["bch"] in ("ctrip", "fliggy") and tp in ("tp_booking_confirmed", "tp_cancel_booking"):
            ch = "ota"
        row = {"event_id": nid("e", "E", 7), "customer_id": c["id"], "ts": iso(t), "touchpoint_id": tp,
               "session_id": session, "action": action, "device": device, "channel": ch}
        if bk is not None:
            row.update(booking_id=bk["id"], store=bk["store"], store_type=bk["stype"], city=bk["city"],
                       car_class=bk["cls"], rental_days=bk["days"], insurance_tier=bk["ins"],
                       booking_channel=bk["bch"], payment_method=bk["pay"])
        row.update(extra)
        events.append(row)
        return row

    def order(c, bk, t, kind, amount, status, **extra):
        if t > END:
            return None
        row = {"order_id": nid("o", "O", 6), "customer_id": c["id"], "ts": iso(t), "amount": round(float(amount), 2),
               "status": status, "channel": bk["bch"], "device": bk["device"], "order_type": kind, "booking_id": bk["id"],
               "store": bk["store"], "store_type": bk["stype"], "city": bk["city"], "car_class": bk["cls"],
               "rental_days": bk["days"], "insurance_tier": bk["ins"], "payment_method": bk["pay"],
               "driver_age_band": c["age"], "booking_status": None}
        row.update(extra)
        orders.append(row)
        return row

    def text(topic, lang):
        return choice(TEXT[topic][lang])

    def fb(c, t, tp, channel, topic, rating=None, nps=None, bk=None, no_ts=False, **extra):
        if t is not None and t > END:
            return
        row = {"feedback_id": nid("f", "FB", 5), "text": text(topic, c["lang"]), "ts": None if (no_ts or t is None) else iso(t),
               "customer_id": c["id"], "touchpoint_id": tp, "channel": channel, "rating": rating, "nps": nps,
               "language": c["lang"]}
        if bk is not None:
            row.update(booking_id=bk["id"], store=bk["store"], city=bk["city"], car_class=bk["cls"],
                       booking_channel=bk["bch"], pickup_mode=bk.get("mode"), insurance_tier=bk["ins"])
        row.update(extra)
        feedback.append(row)

    store_by_city = {}
    for s in STORES:
        store_by_city.setdefault(s[1], []).append(s)
    cities = list(CITY_P)
    city_p = [CITY_P[k] for k in cities]

    n_cust = 3000
    total_days = (END - START).days + 1
    for i in range(n_cust):
        legacy = i < 1100
        acq = choice(ACQ, ACQ_P)
        if legacy:
            signup = datetime(2022, 3, 1) + timedelta(days=int(rng.integers(0, 1000)), minutes=int(rng.integers(420, 1380)))
        else:
            frac = float(rng.beta(1.15, 1.0))
            signup = START + timedelta(days=int(frac * (total_days - 20)), minutes=int(rng.integers(420, 1380)))
        age = choice(AGE, AGE_P)
        c = {"id": f"C{i + 1:05d}", "signup": signup, "acq": acq, "age": age, "lang": "en" if r() < 0.22 else "zh",
             "device": "ios" if r() < 0.48 else "android", "region": choice(REGIONS, REGION_P),
             "completed": 0, "last_return": None, "tier": "member"}
        customers.append(c)
        if acq in ("ctrip", "fliggy"):
            pref = {"ctrip": ["ctrip", "app", "web"], "fliggy": ["fliggy", "app", "web"]}[acq]
            pref_p = [0.85, 0.1, 0.05]
        elif acq == "corporate":
            pref, pref_p = ["web", "app", "ctrip"], [0.55, 0.4, 0.05]
        else:
            pref, pref_p = ["app", "web", "ctrip", "fliggy"], [0.72, 0.18, 0.06, 0.04]
        rate = 0.0088 * float(rng.gamma(1.3, 1 / 1.3)) * (1.9 if acq == "corporate" else 0.55 if acq in ("ctrip", "fliggy") else 1.0)
        home_city = c["region"] if c["region"] in CITY_P else None
        # promo page views (awareness)
        for _ in range(int(rng.poisson(0.9))):
            tpv = START + timedelta(days=float(rng.uniform(0, total_days)))
            if tpv > signup:
                ev(c, tpv, "tp_promo", "view", device=c["device"])
        t = max(signup, START)
        while True:
            t = t + timedelta(days=float(rng.exponential(1 / (rate * 1.6))))
            if t > END:
                break
            boost = SEASON[t.month] * (1.12 if t.year == 2026 else 1.0)
            if r() > boost / 1.6 / 1.05:
                continue
            t = t.replace(hour=int(choice(list(range(7, 24)))), minute=int(rng.integers(0, 60)), second=int(rng.integers(0, 60)))
            if t > END - timedelta(hours=2):
                break
            bch = choice(pref, pref_p)
            # trip details
            city = home_city if (home_city and r() < 0.3) else choice(cities, city_p)
            if home_city == city and r() < 0.7:
                cands = [s for s in store_by_city[city] if s[2] == "city"]
                st = cands[0]
            else:
                opts = store_by_city[city]
                st = choice(opts, [s[3] for s in opts])
            cls_p = {"Sanya": [0.18, 0.2, 0.3, 0.08, 0.24], "Chengdu": [0.26, 0.24, 0.26, 0.04, 0.2]}.get(
                city, [0.3, 0.27, 0.16, 0.07, 0.2])
            cls = choice(CLASSES, cls_p)
            if age == "18-24" and cls == "luxury":
                cls = "compact"
            days = int(min(14, 1 + rng.geometric(0.3) - 1 + (1 if acq != "corporate" and r() < 0.4 else 0)))
            days = max(1, days)
            ins_p = [0.3, 0.48, 0.22] if cls not in ("luxury", "EV") else [0.2, 0.45, 0.35]
            ins = choice(["basic", "standard", "premium"], ins_p)
            pay = choice(PAY_METHODS, [0.36, 0.3, 0.25, 0.09] if c["lang"] == "zh" else [0.22, 0.18, 0.5, 0.1])
            dev = c["device"] if bch == "app" else ("pc" if bch == "web" else None)
            cnt["b"] += 1
            bk = {"id": f"B{cnt['b']:06d}", "store": st[0], "city": st[1], "stype": st[2], "kiosk_from": st[4], "cls": cls,
                  "days": days, "ins": ins, "bch": bch, "pay": pay, "device": dev}
            price_day = DAILY[cls] * CITY_PRICE[city] * (1.35 if city == "Sanya" and t.month in (1, 2) else 1.0)
            extras_day = 30 if r() < 0.25 else 0
            young = 40 if age == "18-24" else 0
            amount = days * (price_day + INS_DAY[ins] + extras_day + young) + (50 if st[2] == "airport" else 0)
            if bch in ("ctrip", "fliggy"):
                amount *= 0.95
            deposit = DEPOSIT[cls]
            confirmed_at = None
            rental_order = None
            dep_order = None
            if bch in ("app", "web"):
                sess = nid("s", "S", 7)
                tt = t
                ev(c, tt, "tp_search", "view", bk, sess, dev)
                if r() < 0.35:
                    tt += timedelta(minutes=float(rng.uniform(0.5, 4)))
                    ev(c, tt, "tp_search", "view", bk, sess, dev)
                p_choose = 0.7 if bch == "app" else 0.64
                if r() < p_choose:
                    tt += timedelta(minutes=float(rng.uniform(1, 8)))
                    ev(c, tt, "tp_choose_class", "click", bk, sess, dev)
                    if r() < 0.87:
                        tt += timedelta(minutes=float(rng.uniform(1, 6)))
                        ev(c, tt, "tp_add_extras", "click", bk, sess, dev, extras_selected=int(extras_day > 0))
                        if r() < (0.8 if bch == "app" else 0.74):
                            for attempt in range(3):
                                tt += timedelta(minutes=float(rng.uniform(0.5, 3)))
                                failed = r() < PAY_FAIL[pay] * (1.3 if bch == "web" else 1.0)
                                ev(c, tt, "tp_pay_deposit", "fail" if failed else "success", bk, sess, dev,
                                   amount=round(amount, 2), deposit_amount=deposit)
                                if not failed:
                                    rental_order = order(c, bk, tt, "rental", amount, "paid")
                                    dep_order = order(c, bk, tt, "deposit_hold", deposit, "paid")
                                    confirmed_at = tt + timedelta(seconds=int(rng.integers(5, 60)))
                                    ev(c, confirmed_at, "tp_booking_confirmed", "success", bk, sess, dev)
                                    break
                                order(c, bk, tt, "rental", amount, "failed", booking_status="payment_failed")
                                if r() < 0.06:
                                    fb(c, tt + timedelta(hours=1), "tp_pay_deposit", "app_review", "app_bug",
                                       rating=int(choice([1, 1, 2])), no_ts=r() < 0.2, device=c["device"])
                                if r() > 0.6:
                                    break
                                if pay == "credit_card" and r() < 0.5:
                                    pay = choice(["alipay", "wechat_pay"])
                                    bk["pay"] = pay
                if confirmed_at is None:
                    continue
            else:
                confirmed_at = t
                rental_order = order(c, bk, t, "rental", amount, "paid")
                ev(c, t, "tp_booking_confirmed", "success", bk, None, None)
            lead = float(rng.exponential(6)) + 0.1
            pickup = (confirmed_at + timedelta(days=lead)).replace(hour=int(choice(list(range(8, 22)))),
                                                                   minute=int(rng.integers(0, 60)))
            if pickup <= confirmed_at:
                pickup = confirmed_at + timedelta(hours=3)
            bk["pickup"] = pickup
            if pickup > END - timedelta(days=2):
                rental_order["booking_status"] = "upcoming"
                if dep_order:
                    dep_order["booking_status"] = "upcoming"
                continue
            status = None
            p_cancel = {"app": 0.08, "web": 0.08, "ctrip": 0.1, "fliggy": 0.09}[bch]
            if r() < p_cancel:
                tcn = confirmed_at + (pickup - confirmed_at) * float(rng.uniform(0.05, 0.95))
                ev(c, tcn, "tp_cancel_booking", "submit", bk, None, dev)
                status = "cancelled"
            elif r() < NOSHOW[bch] * (1.25 if t.month in (7, 8, 1, 2) else 1.0):
                ev(c, pickup + timedelta(hours=24), "tp_no_show", "mark", bk)
                status = "no_show"
            if status:
                rental_order["status"] = "refunded"
                rental_order["booking_status"] = status
                if dep_order:
                    dep_order["status"] = "refunded"
                    dep_order["booking_status"] = status
                continue
            # ---------- pickup ----------
            kiosk_ok = pickup >= bk["kiosk_from"]
            prog = (pickup - START).days / total_days
            p_kiosk = {"app": 0.62, "web": 0.42, "ctrip": 0.22, "fliggy": 0.25}[bch] * (0.55 + 0.6 * prog)
            mode = "kiosk" if (kiosk_ok and r() < p_kiosk) else "counter"
            bk["mode"] = mode
            peak = 1.3 if pickup.month in (1, 2, 7, 8, 10) else 1.0
            if mode == "kiosk":
                mins = float(rng.gamma(4, (6.5 if st[2] == "airport" else 5.0) / 4))
            else:
                base = COUNTER_MIN.get(st[0], 13)
                mins = float(rng.gamma(3.5, base * peak / 3.5))
            mins = max(2.0, mins)
            ev(c, pickup, "tp_pickup_arrive", "arrive", bk, pickup_mode=mode)
            t_id = pickup + timedelta(minutes=mins * (0.55 if mode == "counter" else 0.4))
            p_idfail = (0.03 if mode == "counter" else 0.06) + (0.05 if c["lang"] == "en" else 0.0)
            failed_out = False
            if r() < p_idfail:
                reason = "foreign_licence_no_translation" if (c["lang"] == "en" and r() < 0.6) else choice(
                    ["licence_expired", "name_mismatch", "id_missing"], [0.4, 0.3, 0.3])
                ev(c, t_id, "tp_id_check", "fail", bk, pickup_mode=mode, id_fail_reason=reason)
                if r() < 0.55:
                    extra_m = float(rng.uniform(5, 20))
                    mins += extra_m
                    t_id = t_id + timedelta(minutes=extra_m)
                    ev(c, t_id, "tp_id_check", "success", bk, pickup_mode=mode)
                else:
                    failed_out = True
            else:
                ev(c, t_id, "tp_id_check", "success", bk, pickup_mode=mode)
            hidden = False
            if not failed_out:
                p_hidden = (0.07 if mode == "counter" else 0.02) * (2.2 if bch in ("ctrip", "fliggy") else 1.0)
                hidden = r() < p_hidden
                if hidden and r() < 0.12:
                    failed_out = True  # walked away at the contract
            if failed_out:
                rental_order["status"] = "refunded"
                rental_order["booking_status"] = "pickup_failed"
                if dep_order:
                    dep_order["status"] = "refunded"
                    dep_order["booking_status"] = "pickup_failed"
                continue
            t_sign = pickup + timedelta(minutes=mins * 0.85)
            ev(c, t_sign, "tp_contract_signed", "sign", bk, pickup_mode=mode)
            if dep_order is None:
                dep_order = order(c, bk, t_sign, "deposit_hold", deposit, "paid")
            handover = pickup + timedelta(minutes=mins)
            ev(c, handover, "tp_car_handover", "handover", bk, pickup_mode=mode, pickup_minutes=round(mins, 1))
            dirty_p = 0.3 if st[0] == "三亚大东海店" else (0.06 if city == "Sanya" else 0.045)
            dirty = r() < dirty_p
            # ---------- during the rental ----------
            ret = handover + timedelta(days=days, hours=float(rng.normal(0, 2)))
            roadside = None
            if r() < (0.06 if cls == "EV" else 0.03) * (1 + days / 10):
                trs = handover + (ret - handover) * float(rng.uniform(0.1, 0.9))
                rs_reason = "ev_out_of_charge" if (cls == "EV" and r() < 0.55) else choice(
                    ["flat_tyre", "battery_dead", "accident", "lockout"], [0.45, 0.2, 0.2, 0.15])
                wait_h = float(rng.gamma(2, 0.6))
                ev(c, trs, "tp_roadside", "call", bk, roadside_reason=rs_reason, response_minutes=int(wait_h * 60))
                roadside = wait_h
            for o in (rental_order, dep_order):
                o["booking_status"] = "active"
            if ret > END:
                continue
            for o in (rental_order, dep_order):
                o["booking_status"] = "completed"
            batt = None
            if cls == "EV":
                batt = int(np.clip(rng.normal(60, 20), 8, 100))
            ev(c, ret, "tp_car_return", "return", bk, battery_pct_at_return=batt)
            ev_fee = None
            if batt is not None and batt < 50:
                fee = 50 + (80 - batt) * 2.5
                ev_fee = order(c, bk, ret + timedelta(minutes=5), "ev_charging_fee", fee,
                               "disputed" if r() < 0.09 else ("failed" if r() < 0.02 else "paid"), booking_status="completed")
            # inspection
            t_insp = ret + timedelta(minutes=float(rng.uniform(8, 35)))
            team = "outsourced" if (st[0] == "上海浦东机场店" and ret >= PVG_OUTSOURCED) else "in_house"
            p_dmg = 0.05 * (1.8 if age == "18-24" else 1.0) * (1.2 if cls in ("SUV", "luxury") else 1.0)
            if team == "outsourced":
                p_dmg = 0.16 * (1.3 if age == "18-24" else 1.0)
            dmg = r() < p_dmg
            cost = int(round(float(rng.lognormal(7.2, 0.6)), -1)) if dmg else 0
            ev(c, t_insp, "tp_damage_inspection", "inspect", bk, inspection_result="damage_found" if dmg else "no_damage",
               damage_cost=cost if dmg else None, inspection_team=team)
            dmg_order = None
            if dmg and EXCESS[ins] > 0:
                charge = min(cost, EXCESS[ins])
                p_disp = 0.55 if team == "outsourced" else (0.13 if st[0] == "上海浦东机场店" else 0.1)
                stt = "disputed" if r() < p_disp else ("failed" if r() < 0.03 else "paid")
                dmg_order = order(c, bk, t_insp + timedelta(hours=1), "damage_charge", charge, stt,
                                  booking_status="completed", inspection_team=team)
            disputes = []
            if dmg_order is not None and dmg_order["status"] == "disputed":
                disputes.append("damage_unfair")
            if ev_fee is not None and ev_fee["status"] == "disputed":
                disputes.append("ev_fee")
            for topic in disputes:
                td = ret + timedelta(days=float(rng.uniform(0.2, 6)))
                ev(c, td, "tp_refund_dispute", "open", bk, dispute_type="damage_charge" if topic == "damage_unfair" else
                   "ev_charging_fee")
            # deposit refund
            t_ref = ret + timedelta(days=float(rng.uniform(0.5, 4.5)))
            if "damage_unfair" in disputes:
                t_ref = ret + timedelta(days=float(rng.uniform(22, 60)))
            if t_ref <= END:
                ev(c, t_ref, "tp_deposit_refund", "refund", bk, deposit_amount=deposit)
                dep_order["status"] = "refunded"
            if r() < (0.85 if acq == "corporate" else 0.3):
                t_inv = max(t_ref, ret + timedelta(days=float(rng.uniform(0.5, 12))))
                if t_ref <= END:
                    ev(c, t_inv + timedelta(hours=2), "tp_invoice", "issue", bk)
            # loyalty tier
            c["completed"] += 1
            c["last_return"] = ret
            new_tier = "platinum" if c["completed"] >= 7 else "gold" if c["completed"] >= 4 else (
                "silver" if c["completed"] >= 2 else "member")
            if new_tier != c["tier"]:
                ev(c, ret + timedelta(hours=1), "tp_member_upgrade", "upgrade", None, device=c["device"],
                   new_tier=new_tier)
                c["tier"] = new_tier
            # experience → comments
            issues = []
            if dmg_order is not None:
                issues.append("damage_unfair")
            if hidden:
                issues.append("hidden_fee")
            if ev_fee is not None:
                issues.append("ev_fee")
            if dirty:
                issues.append("dirty")
            if mode == "counter" and mins > 30:
                issues.append("queue")
            if roadside is not None and roadside > 1.2:
                issues.append("roadside")
            # complaint tickets
            for topic in issues:
                p_t = {"damage_unfair": 0.85 if topic in disputes else 0.2, "ev_fee": 0.85 if topic in disputes else 0.05,
                       "dirty": 0.15, "hidden_fee": 0.12, "queue": 0.08 if mins > 40 else 0.0, "roadside": 0.4}[topic]
                if r() < p_t:
                    tt = ret + timedelta(days=float(rng.uniform(0.1, 5)))
                    if topic in ("queue", "dirty", "hidden_fee"):
                        tt = handover + timedelta(hours=float(rng.uniform(0.5, 20)))
                    if ev(c, tt, "tp_complaint", "submit", bk, ticket_category=TICKET_CAT[topic]):
                        fb(c, tt, TICKET_TP[topic], "ticket", topic, bk=bk, category=TICKET_CAT[topic])
            # post-rental survey (app/web customers) and OTA reviews
            score = 4.45 + (0.25 if mode == "kiosk" else 0.0)
            for topic in issues:
                score -= PENALTY[topic] * (1.3 if topic in disputes else 1.0)
            rating = int(np.clip(round(score + float(rng.normal(0, 0.6))), 1, 5))
            if issues:
                main_topic = max(issues, key=lambda k: PENALTY[k] * (1.3 if k in disputes else 1.0))
            elif rating >= 4:
                main_topic = "smooth" if (mins < 10 and r() < 0.75) else choice(["staff", "car_good"])
            else:
                main_topic = "neutral"
            if rating <= 2 and main_topic in ("smooth", "staff", "car_good"):
                main_topic = "neutral"
            if bch in ("app", "web"):
                if r() < (0.62 if issues else 0.45):
                    tsv = ret + timedelta(hours=float(rng.uniform(2, 72)))
                    nps = int(np.clip(round(rating * 2.2 - 1 + float(rng.normal(0, 1.0))), 0, 10))
                    if ev(c, tsv, "tp_rating", "submit", bk, device=c["device"], stars=rating):
                        fb(c, tsv, SURVEY_TP[main_topic], "survey", main_topic, rating=rating, nps=nps, bk=bk)
            else:
                if r() < (0.32 if issues else 0.2):
                    tsv = ret + timedelta(hours=float(rng.uniform(4, 120)))
                    fb(c, tsv, SURVEY_TP[main_topic], "ota_review", main_topic, rating=rating, bk=bk, no_ts=r() < 0.12,
                       platform=bch)
    # app-store reviews, not tied to a rental
    for _ in range(260):
        c = customers[int(rng.integers(0, n_cust))]
        tt = START + timedelta(days=float(rng.uniform(0, total_days - 1)))
        topic = choice(["app_good", "app_bug", "neutral", "hidden_fee", "queue"], [0.45, 0.25, 0.15, 0.1, 0.05])
        rating = {"app_good": choice([4, 5, 5]), "app_bug": choice([1, 1, 2]), "neutral": 3,
                  "hidden_fee": choice([1, 2]), "queue": choice([1, 2, 3])}[topic]
        tp = {"app_good": "tp_search", "app_bug": "tp_pay_deposit", "neutral": "tp_search", "hidden_fee": "tp_pay_deposit",
              "queue": "tp_pickup_arrive"}[topic]
        fb(c, tt, tp, "app_review", topic, rating=rating, no_ts=r() < 0.2, device=c["device"])

    # customers: tier and segment at the end of the data
    cust_rows = []
    for c in customers:
        if c["completed"] == 0:
            seg = "prospect"
        elif c["last_return"] < END - timedelta(days=180):
            seg = "dormant"
        elif c["completed"] >= 2:
            seg = "repeat"
        else:
            seg = "one_time"
        cust_rows.append({"customer_id": c["id"], "signup_at": iso(c["signup"]), "segment": seg, "region": c["region"],
                          "acquisition_channel": c["acq"], "tier": c["tier"], "driver_age_band": c["age"],
                          "language": c["lang"], "primary_device": c["device"], "completed_rentals": c["completed"]})

    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    feedback_sorted = sorted(feedback, key=lambda f: (f["ts"] or "9999", f["feedback_id"]))

    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for row in rows:
                w.writerow({k: ("" if row.get(k) is None else row.get(k)) for k in cols})

    write("touchpoints", [dict(zip(["touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"], tp))
                          | {"name": tp[1]} for tp in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append({"journey_id": jid, "journey_name": zh, "journey_name_zh": zh, "journey_name_en": en, "step": k,
                          "touchpoint_id": tp, "window_days": win})
    write("journeys", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
                              "window_days"])
    write("customers", cust_rows, list(cust_rows[0]))
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
                             "booking_id", "store", "store_type", "city", "car_class", "rental_days", "insurance_tier",
                             "booking_channel", "payment_method", "amount", "deposit_amount", "extras_selected",
                             "pickup_mode", "pickup_minutes", "id_fail_reason", "roadside_reason", "response_minutes",
                             "battery_pct_at_return", "inspection_result", "damage_cost", "inspection_team",
                             "dispute_type", "ticket_category", "stars", "new_tier"])
    write("orders", sorted(orders, key=lambda o: (o["ts"], o["order_id"])),
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "booking_id", "store",
           "store_type", "city", "car_class", "rental_days", "insurance_tier", "payment_method", "driver_age_band",
           "booking_status", "inspection_team"])
    write("feedback", feedback_sorted,
          ["feedback_id", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "text", "language", "booking_id",
           "store", "city", "car_class", "booking_channel", "pickup_mode", "insurance_tier", "platform", "category",
           "device"])
    print(f"customers {len(cust_rows)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "data"))
