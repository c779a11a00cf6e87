"""车检通 AutoCheck: a vehicle annual-inspection agency (年检代办) in 上海, 杭州, 成都 and 武汉. An owner is reminded that
the car's inspection is due (短信 SMS, APP推送 app push, an insurer partner or — a pilot from March 2026 — a 4S dealer),
books a slot, pays the service fee, a driver picks the car up (some late), takes it through the official inspection
at a partner station (some cars fail: lights, emissions, brakes), gets it repaired at a partner garage and
re-inspected when it failed, the sticker / e-certificate is issued, the car is returned, the owner may review and may
pre-book next year's inspection. Data covers 2024-07-01 .. 2026-06-30 (today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments).
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261205
START = datetime(2024, 7, 1)
END = datetime(2026, 6, 30, 21, 0, 0)
N = 5000
D = timedelta

CITIES = {  # en: zh, weight, plate prefix, p(suburb home)
    "Shanghai": ("上海", 0.32, "沪", 0.30),
    "Hangzhou": ("杭州", 0.25, "浙A", 0.28),
    "Chengdu": ("成都", 0.23, "川A", 0.25),
    "Wuhan": ("武汉", 0.20, "鄂A", 0.30),
}
STATIONS = {  # id: zh, en, city, weight within the city
    "ST1": ("上海闵行检测站", "Shanghai Minhang Station", "Shanghai", 0.55),
    "ST2": ("上海宝山检测站", "Shanghai Baoshan Station", "Shanghai", 0.45),
    "ST3": ("杭州余杭检测站", "Hangzhou Yuhang Station", "Hangzhou", 0.5),
    "ST4": ("杭州萧山检测站", "Hangzhou Xiaoshan Station", "Hangzhou", 0.5),
    "ST5": ("成都武侯检测站", "Chengdu Wuhou Station", "Chengdu", 0.55),
    "ST6": ("成都新都检测站", "Chengdu Xindu Station", "Chengdu", 0.45),
    "ST7": ("武汉东西湖检测站", "Wuhan Dongxihu Station", "Wuhan", 0.5),
    "ST8": ("武汉洪山检测站", "Wuhan Hongshan Station", "Wuhan", 0.5),
}
CD_OUTSOURCE = datetime(2025, 9, 1)         # Chengdu pickups handed to an outsourced driver partner
WH_EMISSIONS = datetime(2025, 7, 1)         # Wuhan Dongxihu: new emissions test line, stricter
SH_RUSH = (datetime(2025, 12, 1), datetime(2026, 1, 31, 23, 59))   # Shanghai stations overbooked: slots cancelled
SH_NO_WASH = datetime(2026, 3, 1)           # Shanghai car-wash partner contract ended: cars returned unwashed
HZ_REPORT = datetime(2025, 1, 1)            # Hangzhou stations stopped sending fail reports (photos) to owners
DEALER_PILOT = datetime(2026, 3, 1)         # 4S dealer reminder pilot
CNY_CLOSED = [(datetime(2025, 1, 27), datetime(2025, 2, 4, 23, 59)), (datetime(2026, 2, 15), datetime(2026, 2, 23, 23, 59))]
DRIVERS = [  # id, zh, en, city, vendor, from, to, (p late, mean late minutes)
    ("D01", "王磊", "Wang Lei", "Shanghai", "in_house", None, None, (0.22, 10)),
    ("D02", "陈刚", "Chen Gang", "Shanghai", "in_house", None, None, (0.25, 11)),
    ("D03", "刘洋", "Liu Yang", "Shanghai", "in_house", None, None, (0.20, 9)),
    ("D04", "张伟", "Zhang Wei", "Shanghai", "in_house", None, None, (0.24, 10)),
    ("D05", "周杰", "Zhou Jie", "Hangzhou", "in_house", None, None, (0.22, 10)),
    ("D06", "吴昊", "Wu Hao", "Hangzhou", "in_house", None, None, (0.25, 12)),
    ("D07", "徐斌", "Xu Bin", "Hangzhou", "in_house", None, None, (0.20, 9)),
    ("D08", "李勇", "Li Yong", "Chengdu", "in_house", None, None, (0.22, 10)),
    ("D09", "杨帆", "Yang Fan", "Chengdu", "in_house", None, datetime(2025, 8, 31, 23, 59), (0.24, 10)),
    ("D10", "黄涛", "Huang Tao", "Chengdu", "in_house", None, datetime(2025, 8, 31, 23, 59), (0.22, 11)),
    ("D11", "赵强", "Zhao Qiang", "Chengdu", "outsourced", CD_OUTSOURCE, None, (0.82, 48)),
    ("D12", "孙浩", "Sun Hao", "Chengdu", "outsourced", CD_OUTSOURCE, None, (0.58, 26)),
    ("D13", "马超", "Ma Chao", "Chengdu", "outsourced", CD_OUTSOURCE, None, (0.55, 24)),
    ("D14", "郭亮", "Guo Liang", "Wuhan", "in_house", None, None, (0.22, 10)),
    ("D15", "罗斌", "Luo Bin", "Wuhan", "in_house", None, None, (0.24, 11)),
    ("D16", "谢鹏", "Xie Peng", "Wuhan", "in_house", None, None, (0.20, 9)),
    ("D17", "冯磊", "Feng Lei", "Wuhan", "in_house", datetime(2026, 5, 1), None, (0.85, 45)),   # new, few pickups
]
VENDOR = {"in_house": "自营司机", "outsourced": "外包司机"}
VTYPE = {"sedan": ("轿车", 198), "suv": ("SUV", 228), "ev": ("新能源车", 168), "commercial": ("商用车", 298)}
AGE = {"0-5y": "0-5年", "6-10y": "6-10年", "11-15y": "11-15年", "15y+": "15年以上"}
AGE_W = {"sedan": (0.08, 0.42, 0.32, 0.18), "suv": (0.08, 0.45, 0.32, 0.15), "ev": (0.3, 0.7, 0.0, 0.0),
         "commercial": (0.4, 0.3, 0.2, 0.1)}
FAIL_P = {"0-5y": 0.05, "6-10y": 0.09, "11-15y": 0.18, "15y+": 0.34}
ITEMS = {"lights": "灯光", "emissions": "尾气排放", "brakes": "制动"}
PARTS = {"lights": (60, 180), "emissions": (450, 1600), "brakes": (280, 820)}
REMIND = {  # channel: zh, P(book within the reminder cycle), booking lag scale (days)
    "sms": ("短信", 0.30, 6.0), "app_push": ("APP推送", 0.45, 3.0), "insurer": ("保险公司合作", 0.62, 3.5),
    "dealer": ("4S店合作", 0.74, 2.5)}
BOOK_CH = {"app": 0.5, "mini_program": 0.3, "phone": 0.2}
TIER = {"regular": ("普通会员", 0.65, 1.0, 0.22), "silver": ("银卡会员", 0.25, 0.95, 0.36), "gold": ("金卡会员", 0.10, 0.9, 0.62)}
CANCEL = {"station_full": "检测站排满", "customer_reschedule": "客户改期", "weather": "恶劣天气"}
PAYS = {"wechat_pay": ("微信支付", 0.6), "alipay": ("支付宝", 0.32), "bank_card": ("银行卡", 0.08)}
OTYPE = {"service": "代办服务费", "pickup_surcharge": "上门取车附加费", "reinspect_fee": "复检费", "repair_parts": "维修配件"}
BRANDS = {"sedan": ["大众", "丰田", "本田", "日产", "别克"], "suv": ["大众", "丰田", "哈弗", "本田", "吉利"],
          "ev": ["比亚迪", "特斯拉", "蔚来", "小鹏"], "commercial": ["五菱", "福田", "江铃", "依维柯"]}
INSURERS = {"ping_an": "平安保险", "picc": "人保财险", "cpic": "太平洋保险"}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_reminder", "年检到期提醒", "Inspection reminder", "awareness", "other", "digital", "增长运营",
     "提醒|到期提醒|年检提醒|reminder|due reminder"),
    ("tp_booked", "预约检测时段", "Slot booked", "consideration", "app", "digital", "客服中心",
     "预约|下单|booking|book a slot"),
    ("tp_paid", "支付服务费", "Service fee paid", "purchase", "app", "digital", "财务",
     "付款|支付|payment|pay"),
    ("tp_cancelled", "预约取消", "Booking cancelled", "purchase", "app", "digital", "客服中心",
     "取消|退款|cancellation|refund"),
    ("tp_pickup", "司机上门取车", "Driver pickup", "service", "other", "physical", "司机调度",
     "取车|接车|代驾取车|pickup|collection"),
    ("tp_inspected", "上线检测", "Station inspection", "service", "store", "physical", "检测站合作",
     "检测|上线|年检检测|inspection|test"),
    ("tp_repair", "维修", "Repair", "service", "store", "physical", "维修合作",
     "修车|维修|换件|repair|fix"),
    ("tp_reinspected", "复检", "Re-inspection", "service", "store", "physical", "检测站合作",
     "复检|二次上线|re-inspection|retest"),
    ("tp_certificate", "发放检验标志", "Sticker / e-certificate issued", "service", "app", "digital", "检测站合作",
     "年检标志|电子标志|检验合格标志|sticker|e-certificate"),
    ("tp_returned", "还车", "Car returned", "service", "other", "physical", "司机调度",
     "送车|交车|还车|car returned|drop back"),
    ("tp_review", "评价", "Review", "loyalty", "app", "digital", "客服中心", "评价|打分|review|rating"),
    ("tp_prebook", "预约明年年检", "Next year's inspection pre-booked", "loyalty", "app", "digital", "增长运营",
     "续约|预约明年|pre-book|renewal"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("acquire", "提醒到付款", "Reminder to payment", 30, ["tp_reminder", "tp_booked", "tp_paid"]),
    ("service", "预约到还车", "Booking to car returned", 21,
     ["tp_booked", "tp_paid", "tp_pickup", "tp_inspected", "tp_certificate", "tp_returned"]),
    ("repair", "维修到取标", "Repair to certificate", 7, ["tp_repair", "tp_reinspected", "tp_certificate"]),
    ("loyalty", "还车到预约明年", "Return to next-year pre-booking", 30, ["tp_returned", "tp_prebook"]),
]

ZH = {
    "late": ["司机迟到了{m}分钟，也没提前打个电话", "约的上午取车，司机迟到快一个小时", "取车司机迟到，害我上班也迟到了",
             "司机又迟到了，换了外包以后就没准时过", "说好的时间司机迟到了，打客服也没人管", "师傅迟到{m}分钟，等得我很着急"],
    "dirty": ["车还回来比送去的时候还脏", "脚垫上全是泥，车里很脏", "还车的时候车身脏兮兮的，以前都会顺手洗一下的",
              "车内被弄脏了，方向盘上都是手印", "交车时车很脏，座椅上还有泥点"],
    "explain": ["说我车不合格，但没解释是哪里的问题", "检测没过，原因也没给个解释就让我掏钱修", "不合格的原因没人解释，只发了个维修报价",
                "没通过检测，也没有任何解释和照片，让人怎么信", "复检前能不能先解释一下到底哪项不合格"],
    "pricey": ["维修配件太贵了，外面修便宜一半", "换个刹车片收这么多钱，太贵", "尾气那块的维修费贵得离谱",
               "修车报价比4S店还贵"],
    "cancel": ["临时通知检测站排满了，预约被取消", "付了钱又被取消，退款还要等好几天", "年底约个检测这么难，被取消两次了",
               "前一天晚上才说取消，白请了假"],
    "hassle": ["全程不用自己跑，太省心了", "年检交给他们很省事，下次还找", "手机上下单，车开走又开回来，省心",
               "又快又省心，一上午就搞定了", "比自己排队检测省事多了"],
    "fair": ["价格公道，比自己跑划算", "服务费合理，透明没有乱收费", "这个价格很公道，时间成本省了", "收费合理，会推荐给朋友"],
    "praise": ["司机很专业，开车很稳", "取车师傅很专业，还帮我检查了胎压", "师傅专业又有礼貌"],
    "invoice": ["麻烦开一下发票，抬头是公司", "请问电子发票在哪里下载", "发票什么时候能开好"],
    "ecert": ["电子标志在12123上过了两天才查到", "合格了但12123里一直没显示"],
    "ok": ["整体还行", "一般般吧，没什么特别的", "还可以，中规中矩"],
}
EN = {
    "late": ["The driver was late by {m} minutes and didn't call.", "Driver showed up late for the pickup, I missed a meeting.",
             "Pickup driver came late again.", "Booked 9am, the driver arrived almost an hour late."],
    "dirty": ["Car came back dirtier than when it left.", "Floor mats covered in mud, the car was dirty inside.",
              "Returned with a dirty interior, they used to wash it."],
    "explain": ["Failed the inspection but nobody explained why.", "No one could explain what exactly failed on my car.",
                "They asked me to pay for repairs without explaining the fail."],
    "pricey": ["Repair parts were way too expensive.", "Overpriced brake pads, I could get it done for half."],
    "cancel": ["They cancelled my slot the day before because the station was full.", "Paid and then got cancelled, refund took ages."],
    "hassle": ["Totally hassle-free, didn't have to take a day off.", "Fast and hassle free, will use again.",
               "So hassle-free, car picked up and back the same day."],
    "fair": ["Fair price for the convenience.", "Reasonable fee, no hidden charges."],
    "praise": ["Driver was very professional and polite.", "Professional driver, handled my car with care."],
    "invoice": ["How do I get an invoice for the service fee?", "Please send the invoice to my company email."],
    "ecert": ["The e-sticker took two days to show in the 12123 app."],
    "ok": ["It was fine.", "Average service, nothing special."],
}
TOPIC_TP = {"late": "tp_pickup", "dirty": "tp_returned", "explain": "tp_inspected", "pricey": "tp_repair",
            "cancel": "tp_cancelled", "hassle": "tp_returned", "fair": "tp_paid", "praise": "tp_pickup",
            "invoice": "tp_paid", "ecert": "tp_certificate", "ok": "tp_returned"}
SENT = {"late": "neg", "dirty": "neg", "explain": "neg", "pricey": "neg", "cancel": "neg", "hassle": "pos",
        "fair": "pos", "praise": "pos", "invoice": "neu", "ecert": "neg", "ok": "neu"}
RATING = {"late": (1, 3), "dirty": (1, 3), "explain": (1, 2), "pricey": (2, 3), "cancel": (1, 1), "hassle": (4, 5),
          "fair": (4, 5), "praise": (5, 5), "invoice": (3, 4), "ecert": (2, 3), "ok": (3, 4)}


def closed(t: datetime) -> bool:
    return any(a <= t <= b for a, b in CNY_CLOSED)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    events, orders, feedback, customers = [], [], [], []
    cnt = {"e": 0, "o": 0, "f": 0, "j": 0}

    def pick(d: dict, idx=None):
        keys = list(d)
        w = np.array([d[k] if idx is None else d[k][idx] for k in keys], dtype=float)
        return keys[int(np.searchsorted(np.cumsum(w) / w.sum(), rng.random(), side="right"))]

    def nid(kind, prefix, width):
        cnt[kind] += 1
        return f"{prefix}{cnt[kind]:0{width}d}"

    def u(a, b):
        return a + (b - a) * rng.random()

    def slot_on(day: datetime) -> datetime:
        t = datetime(day.year, day.month, day.day)
        while closed(t + D(hours=12)):
            t += D(days=1)
        return t + D(minutes=int(round(u(8, 15.5) * 2)) * 30)

    def drivers_at(city, t):
        return [d for d in DRIVERS if d[3] == city and (d[5] is None or d[5] <= t) and (d[6] is None or t <= d[6])]

    for i in range(N):
        cid = f"C{i + 1:05d}"
        city = pick(CITIES, 1)
        city_zh = CITIES[city][0]
        cohort_b = rng.random() < 0.45
        due = (datetime(2025, 8, 1) if cohort_b else datetime(2024, 8, 1)) + D(days=float(u(0, 358)), hours=float(u(0, 12)))
        vt = pick({"sedan": 0.46, "suv": 0.27, "ev": 0.19, "commercial": 0.08} if cohort_b else
                  {"sedan": 0.55, "suv": 0.28, "ev": 0.09, "commercial": 0.08})
        age = list(AGE)[int(np.searchsorted(np.cumsum(AGE_W[vt]) / sum(AGE_W[vt]), rng.random(), side="right"))]
        first_rem = due - D(days=30)
        acq = pick({"sms": 0.36, "app_push": 0.26, "insurer": 0.38})
        if cohort_b and first_rem >= DEALER_PILOT and rng.random() < 0.08:
            acq = "dealer"
        tier = pick(TIER, 1)
        os_ = "ios" if rng.random() < (0.55 if city == "Shanghai" else 0.42) else "android"
        lang = "en" if rng.random() < (0.14 if city == "Shanghai" else 0.04) else "zh"
        suburb = rng.random() < CITIES[city][3]
        brand = BRANDS[vt][int(rng.integers(len(BRANDS[vt])))]
        ins = list(INSURERS)[int(rng.integers(3))] if acq == "insurer" else ""
        cust = dict(customer_id=cid, signup_at=first_rem.replace(microsecond=0), segment="lead", region=city_zh,
                    acquisition_channel=acq, tier=tier, 会员等级=TIER[tier][0], 获客渠道=REMIND[acq][0],
                    city=city, 城市=city_zh, vehicle_type=vt, 车型=VTYPE[vt][0], car_age_band=age, 车龄段=AGE[age],
                    car_brand=brand, plate_prefix=CITIES[city][2], home_zone="suburb" if suburb else "urban",
                    住址区域="郊区" if suburb else "市区", insurer=ins, 保险公司=INSURERS.get(ins, ""),
                    phone_os=os_, preferred_language=lang)
        st = dict(paid=0, bad=False, prebooked=False, cycles_paid=0)

        def ev(tp, t, **kw):
            if t > END:
                return None
            row = dict(event_id=nid("e", "E", 7), customer_id=cid, ts=t.replace(microsecond=0), touchpoint_id=tp,
                       session_id="", action="", device="", channel="", city=city, 城市=city_zh)
            row.update(kw)
            events.append(row)
            return row

        def order(t, amount, otype, job, loc, status="paid", ch="app", dev="", pm=None, **kw):
            if t > END:
                return None
            pm = pm or pick(PAYS, 1)
            row = dict(order_id=nid("o", "O", 6), customer_id=cid, ts=t.replace(microsecond=0),
                       amount=round(float(amount), 2), status=status, channel=ch, device=dev, order_type=otype,
                       订单类型=OTYPE[otype], job_id=job, city=city, 城市=city_zh, **loc, vehicle_type=vt,
                       车型=VTYPE[vt][0], payment_method=pm, 支付方式=PAYS[pm][0], currency="CNY")
            row.update(kw)
            orders.append(row)
            return row

        def fb(topic, t, channel, job="", loc=None, drv=None, rating=True, undated_p=0.0, m=0):
            if t > END:
                return
            texts = (EN if lang == "en" else ZH)[topic]
            text = texts[int(rng.integers(len(texts)))].replace("{m}", str(max(m, 35)))
            lo, hi = RATING[topic]
            loc = loc or {}
            feedback.append(dict(
                feedback_id=nid("f", "F", 5), text=text, ts="" if rng.random() < undated_p else t.replace(microsecond=0),
                customer_id=cid, touchpoint_id=TOPIC_TP[topic], channel=channel,
                rating=int(rng.integers(lo, hi + 1)) if channel in ("app_review", "survey") else "", language=lang, sentiment_label=SENT[topic],
                job_id=job, city=city, 城市=city_zh, station_id=loc.get("station_id", ""), station=loc.get("station", ""),
                station_en=loc.get("station_en", ""), driver_id=drv[0] if drv else "", driver_name=drv[1] if drv else "",
                vehicle_type=vt, 车型=VTYPE[vt][0]))

        def job(book_t: datetime, first: bool, rebook: bool = False) -> None:
            jid = nid("j", "J", 6)
            sid = pick({s: v[3] for s, v in STATIONS.items() if v[2] == city})
            loc = dict(station_id=sid, station=STATIONS[sid][0], station_en=STATIONS[sid][1])
            bch = pick(BOOK_CH)
            dev = os_ if bch in ("app", "mini_program") else ""
            slot = slot_on(book_t + D(days=float(1 + rng.gamma(2.0, 1.6))))
            btype = "first" if first else "repeat"
            ev("tp_booked", book_t, session_id=jid, action="submit", channel=bch, device=dev, **loc,
               slot_at=slot, booking_type=btype, 预约类型="首次预约" if first else "再次预约",
               rebooked_after_cancel="yes" if rebook else "no")
            fee = VTYPE[vt][1] * TIER[tier][2]
            if rng.random() < 0.085:   # never paid: the unpaid order is closed
                order(book_t + D(minutes=30), fee, "service", jid, loc, status="cancelled", ch=bch, dev=dev)
                return
            pay_t = book_t + D(minutes=float(u(1, 90)))
            pm = pick(PAYS, 1)
            ev("tp_paid", pay_t, session_id=jid, action="success", channel=bch, device=dev, **loc, amount=round(fee, 2),
               payment_method=pm)
            o1 = order(pay_t, fee, "service", jid, loc, ch=bch, dev=dev, pm=pm)
            o2 = order(pay_t, 40, "pickup_surcharge", jid, loc, ch=bch, dev=dev, pm=pm) if suburb else None
            rush = city == "Shanghai" and SH_RUSH[0] <= slot <= SH_RUSH[1]
            p_station = 0.30 if rush else 0.012
            r = rng.random()
            reason = "station_full" if r < p_station else ("customer_reschedule" if r < p_station + 0.03 else
                                                           ("weather" if r < p_station + 0.036 else None))
            if reason:
                c_t = min(slot - D(hours=float(u(2, 20))), pay_t + D(hours=float(u(2, 60))))
                c_t = max(c_t, pay_t + D(minutes=20))
                ev("tp_cancelled", c_t, session_id=jid, action="cancel", channel=bch, device=dev, **loc,
                   cancel_reason=reason, 取消原因=CANCEL[reason])
                for o in (o1, o2):
                    if o is not None:
                        o["status"] = "refunded"
                if reason == "station_full":
                    if rng.random() < 0.55:
                        fb("cancel", c_t + D(hours=float(u(0.5, 30))), pick({"call_note": 0.6, "app_review": 0.25, "social": 0.15}),
                           jid, loc, rating=False, undated_p=0.08)
                    st["bad"] = True
                    if rng.random() < 0.28:
                        job(c_t + D(days=float(u(0.5, 4))), first, rebook=True)
                elif rng.random() < (0.55 if reason == "customer_reschedule" else 0.7):
                    job(c_t + D(days=float(u(1, 12))), first, rebook=True)
                return
            st["paid"] += 1
            # ---- pickup
            drv_list = drivers_at(city, slot)
            if city == "Chengdu" and slot >= CD_OUTSOURCE:
                w = np.array([0.2 if d[4] == "in_house" else 1.0 for d in drv_list])
            elif city == "Wuhan" and slot >= datetime(2026, 5, 1):
                w = np.array([0.6 if d[0] == "D17" else 1.0 for d in drv_list])
            else:
                w = np.ones(len(drv_list))
            drv = drv_list[int(np.searchsorted(np.cumsum(w) / w.sum(), rng.random(), side="right"))]
            p_late, m_late = drv[7]
            late = int(round(1 + rng.exponential(m_late))) if rng.random() < p_late else 0
            pk_t = slot + D(minutes=late)
            zone = "suburb" if suburb else "urban"
            dcols = dict(driver_id=drv[0], driver_name=drv[1], driver_en=drv[2], driver_vendor=drv[4], 司机来源=VENDOR[drv[4]])
            ev("tp_pickup", pk_t, session_id=jid, action="success", channel="driver_app", **loc, **dcols, late_min=late,
               pickup_zone=zone, 取车区域="郊区" if suburb else "市区")
            # ---- inspection
            queue = u(3.6, 6.4) if rush else u(1.2, 3.0)
            in_t = pk_t + D(hours=float(queue))
            p_fail = FAIL_P[age] * (1.25 if vt == "commercial" else 1.0)
            wh_strict = sid == "ST7" and in_t >= WH_EMISSIONS and vt != "ev"
            if wh_strict:
                p_fail += 0.13
            failed = rng.random() < p_fail
            item = ""
            if failed:
                if wh_strict and rng.random() < 0.13 / p_fail:
                    item = "emissions"
                elif vt == "ev":
                    item = pick({"lights": 0.6, "brakes": 0.4})
                elif age == "15y+":
                    item = pick({"lights": 0.25, "emissions": 0.55, "brakes": 0.20})
                else:
                    item = pick({"lights": 0.56, "emissions": 0.19, "brakes": 0.25})
            hz_noreport = city == "Hangzhou" and in_t >= HZ_REPORT
            report = ("no" if rng.random() < 0.72 else "yes") if (failed and hz_noreport) else \
                (("yes" if rng.random() < 0.92 else "no") if failed else "")
            ev("tp_inspected", in_t, session_id=jid, action="fail" if failed else "pass", channel="station", **loc,
               **dcols, result="fail" if failed else "pass", 检测结果="不合格" if failed else "合格",
               fail_item=item, 不合格项目=ITEMS.get(item, ""), fail_report_sent=report)
            bad = late > 30
            got_cert = False
            ret_after = in_t
            pass_t = in_t if not failed else None
            if failed:
                if report == "no" and rng.random() < 0.5:
                    fb("explain", in_t + D(hours=float(u(1, 40))), pick({"call_note": 0.55, "survey": 0.3, "social": 0.15}),
                       jid, loc, rating=False, undated_p=0.1)
                    bad = True
                elif report == "yes" and rng.random() < 0.04:
                    fb("explain", in_t + D(hours=float(u(1, 40))), "call_note", jid, loc, rating=False, undated_p=0.1)
                approve = rng.random() < (0.60 if report == "no" else 0.93)
                if approve:
                    rp_t = in_t + D(hours=float(u(2, 20)))
                    parts = round(float(u(*PARTS[item])), 2)
                    ev("tp_repair", rp_t, session_id=jid, action="success", channel="garage", **loc, repair_item=item,
                       维修项目=ITEMS[item], parts_amount=parts)
                    order(rp_t, parts, "repair_parts", jid, loc, ch="app", dev="", repair_item=item, 维修项目=ITEMS[item])
                    if parts > 600 and rng.random() < 0.3:
                        fb("pricey", rp_t + D(hours=float(u(2, 48))), pick({"call_note": 0.5, "app_review": 0.3, "social": 0.2}),
                           jid, loc, rating=False, undated_p=0.1)
                    ri_t = rp_t + D(hours=float(u(1, 5)))
                    ok2 = rng.random() < 0.93
                    ev("tp_reinspected", ri_t, session_id=jid, action="pass" if ok2 else "fail", channel="station", **loc,
                       result="pass" if ok2 else "fail", 检测结果="合格" if ok2 else "不合格", fail_item="" if ok2 else item,
                       不合格项目="" if ok2 else ITEMS[item])
                    order(ri_t, 50, "reinspect_fee", jid, loc, ch="app", dev="")
                    ret_after = ri_t
                    pass_t = ri_t if ok2 else None
                else:
                    ret_after = in_t
            if pass_t is not None:
                c_t = pass_t + D(hours=float(u(0.2, 1.0)))
                slow = rng.random() < 0.04
                ev("tp_certificate", c_t, session_id=jid, action="success", channel="12123", **loc,
                   cert_type="e_cert", 标志类型="电子检验标志")
                if slow and rng.random() < 0.5:
                    fb("ecert", c_t + D(days=float(u(1, 3))), "call_note", jid, loc, rating=False, undated_p=0.1)
                got_cert = True
                ret_after = c_t
            ret_t = ret_after + D(hours=float(u(0.8, 2.4)))
            washed = not (city == "Shanghai" and ret_t >= SH_NO_WASH and rng.random() < 0.88) and rng.random() < 0.96
            ev("tp_returned", ret_t, session_id=jid, action="success", channel="driver_app", **loc, **dcols,
               car_washed="yes" if washed else "no", 是否洗车="是" if washed else "否",
               certificate_issued="yes" if got_cert else "no")
            # ---- feedback about this job
            if late > 30 and rng.random() < 0.5:
                fb("late", pk_t + D(hours=float(u(0.2, 30))), pick({"call_note": 0.5, "survey": 0.3, "social": 0.2}),
                   jid, loc, drv, rating=False, undated_p=0.1, m=late)
            if not washed:
                bad = True
                if rng.random() < (0.45 if city == "Shanghai" else 0.25):
                    fb("dirty", ret_t + D(hours=float(u(0.5, 30))), pick({"call_note": 0.4, "survey": 0.4, "social": 0.2}),
                       jid, loc, drv, rating=False, undated_p=0.1)
            review = rng.random() < 0.33
            if review:
                rv_t = ret_t + D(hours=float(u(1, 72)))
                ev("tp_review", rv_t, session_id=jid, action="submit", channel="app", device=os_, **loc)
                if bad:
                    topic = "late" if late > 30 else ("dirty" if not washed else ("explain" if failed else "ok"))
                else:
                    topic = pick({"hassle": 0.42, "fair": 0.22, "praise": 0.18, "ok": 0.18})
                fb(topic, rv_t, "app_review", jid, loc, drv, rating=True, undated_p=0.06, m=late)
            if not bad and rng.random() < 0.22:
                topic = pick({"hassle": 0.45, "fair": 0.25, "praise": 0.1, "ok": 0.1, "invoice": 0.1})
                fb(topic, ret_t + D(hours=float(u(1, 48))), "survey", jid, loc, drv, rating=True, undated_p=0.0)
            elif bad and rng.random() < 0.35:
                topic = "late" if late > 30 else ("dirty" if not washed else "explain" if failed else "ok")
                fb(topic, ret_t + D(hours=float(u(1, 48))), "survey", jid, loc, drv, rating=True, m=late)
            # ---- next year
            p_pre = TIER[tier][3] * (0.45 if bad else 1.0) * (1.1 if got_cert else 0.7)
            st["prebooked"] = rng.random() < p_pre
            if st["prebooked"]:
                ev("tp_prebook", ret_t + D(hours=float(u(1, 300))), session_id=jid, action="submit", channel="app",
                   device=os_)
            st["bad"] = bad
            st["cycles_paid"] += 1

        # ---- yearly cycles
        cyc = 0
        while True:
            rem_t = due - D(days=30) + D(hours=float(u(-12, 12)))
            rem_t = datetime(rem_t.year, rem_t.month, rem_t.day, 10) + D(minutes=int(rng.integers(0, 120)))
            if rem_t > END:
                break
            if cyc == 0:
                ch = acq
                p_book = REMIND[ch][1]
            else:
                if st["cycles_paid"] == 0 and rng.random() < 0.5:
                    break
                ch = "app_push" if st["cycles_paid"] > 0 and rng.random() < 0.7 else "sms"
                p_book = 0.88 if st["prebooked"] else (0.30 if st["bad"] else 0.50)
                if st["cycles_paid"] == 0:
                    p_book = 0.15
            ev("tp_reminder", rem_t, action="sent", channel=ch, reminder_channel=ch, 提醒渠道=REMIND[ch][0],
               due_date=due.date().isoformat(), insurer=ins if ch == "insurer" else "")
            if rng.random() < p_book:
                lag = rng.gamma(1.5, REMIND[ch][2] if not st["prebooked"] or cyc == 0 else 1.5)
                if rng.random() < 0.06:
                    lag += u(25, 45)      # booked late, outside the reminder window
                job(rem_t + D(days=float(lag), hours=float(u(0, 10))), st["cycles_paid"] == 0)
            due += D(days=365)
            cyc += 1

        seg = "lead" if st["cycles_paid"] == 0 else ("returning" if st["cycles_paid"] > 1 else "new")
        if st["cycles_paid"] > 0 and st["bad"]:
            seg = "at_risk"
        cust["segment"] = seg
        customers.append(cust)

    # a few general comments not about one job (social posts, hotline), some undated
    for k in range(60):
        c = customers[int(rng.integers(len(customers)))]
        t = START + D(days=float(u(30, 725)))
        lang = c["preferred_language"]
        topic = pick({"hassle": 0.4, "fair": 0.3, "invoice": 0.3})
        texts = (EN if lang == "en" else ZH)[topic]
        feedback.append(dict(feedback_id=nid("f", "F", 5), text=texts[int(rng.integers(len(texts)))],
                             ts="" if rng.random() < 0.2 else t.replace(microsecond=0), customer_id=c["customer_id"],
                             touchpoint_id=TOPIC_TP[topic], channel="social", rating="", language=lang,
                             sentiment_label=SENT[topic], job_id="", city=c["city"], 城市=c["城市"],
                             vehicle_type=c["vehicle_type"], 车型=c["车型"]))

    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    for j in rng.choice(len(events), 12, replace=False):      # app retries: exact duplicate rows, loaded once
        events.append(dict(events[int(j)]))
    feedback.sort(key=lambda f: f["feedback_id"])

    write(out / "touchpoints.csv", [dict(touchpoint_id=a, name=b, name_zh=b, name_en=c, stage=s, channel=ch, kind=k,
                                         owner=o, aliases=al) for a, b, c, s, ch, k, o, al in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k + 1,
                                      touchpoint_id=tp, window_days=w)
                                 for j, zh, en, w, steps in JOURNEYS for k, tp in enumerate(steps)])
    write(out / "customers.csv", customers)
    write(out / "events.csv", events)
    write(out / "orders.csv", orders)
    write(out / "feedback.csv", feedback)


def write(path: Path, rows: list[dict]) -> None:
    cols: list[str] = []
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            vals = []
            for k in cols:
                v = r.get(k, "")
                if isinstance(v, datetime):
                    v = v.strftime("%Y-%m-%d %H:%M:%S")
                vals.append(v)
            w.writerow(vals)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
