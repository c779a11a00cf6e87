"""快搬 MoveMate: a home / office moving and storage service in seven Chinese cities, 2024-03-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md
(no experiments table). Deterministic (fixed seed), plain Python + numpy, a few seconds.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
START = datetime(2024, 3, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 4000
D = timedelta

CITIES = ["上海", "北京", "深圳", "广州", "杭州", "成都", "武汉"]
CITY_W = [0.22, 0.19, 0.16, 0.14, 0.12, 0.10, 0.07]
CODE = {"上海": "SH", "北京": "BJ", "深圳": "SZ", "广州": "GZ", "杭州": "HZ", "成都": "CD", "武汉": "WH"}
REGION = {"上海": "华东", "杭州": "华东", "北京": "华北", "深圳": "华南", "广州": "华南", "成都": "西南", "武汉": "华中"}
N_CREWS = {"上海": 5, "北京": 4, "深圳": 4, "广州": 4, "杭州": 3, "成都": 3, "武汉": 2}
BAD_CREWS = {"SH-C03", "GZ-C02"}               # careless crews: ~4x the damage claims
NEAR = {"上海": ["苏州", "杭州", "南京", "无锡"], "北京": ["天津", "廊坊", "石家庄"], "深圳": ["广州", "东莞", "惠州"],
        "广州": ["深圳", "佛山", "东莞"], "杭州": ["上海", "宁波", "绍兴"], "成都": ["重庆", "绵阳"], "武汉": ["长沙", "郑州"]}
SEG_ZH = {"family": "家庭", "student": "学生", "office": "公司"}
# deposit (定金) by the date the quote was accepted: raised to 500 on 2025-09-01, cut to 300 on 2026-01-01
DEP_HIKE, DEP_CUT = datetime(2025, 9, 1), datetime(2026, 1, 1)
GOLDEN_WEEK_25 = (datetime(2025, 10, 1), datetime(2025, 10, 9))

TOUCHPOINTS = [
    ("tp_ad_click", "广告/种草点击", "Ad click", "awareness", "ads", "digital", "marketing",
     "广告|抖音广告|小红书种草|信息流|ad|ads|advert|campaign"),
    ("tp_open_app", "打开App/小程序", "Open app", "consideration", "app", "digital", "product",
     "打开App|打开小程序|进入首页|启动|open app|app open|launch|visit"),
    ("tp_quote_request", "在线申请报价", "Quote request", "consideration", "app", "digital", "sales",
     "申请报价|在线估价|询价|要报价|提交需求|quote request|request a quote|get a quote|estimate request"),
    ("tp_site_survey", "上门/视频勘察", "Site survey", "consideration", "store", "physical", "sales",
     "勘察|上门勘察|视频勘察|看房估价|现场评估|出报价|site survey|survey|home survey|video survey|inspection"),
    ("tp_quote_accept", "确认报价", "Quote accepted", "purchase", "app", "digital", "sales",
     "确认报价|接受报价|同意报价|签约|成交|quote accepted|accept quote|accepted the quote|sign"),
    ("tp_deposit_paid", "支付定金", "Deposit paid", "purchase", "app", "digital", "payments",
     "付定金|交定金|定金|订金|下定|deposit|deposit paid|pay deposit|booking deposit"),
    ("tp_move_cancelled", "取消搬家", "Move cancelled", "service", "app", "digital", "customer_service",
     "取消|取消订单|不搬了|退定金|改期取消|cancel|cancellation|cancelled move"),
    ("tp_crew_assigned", "分配搬家师傅", "Crew assigned", "service", "other", "physical", "operations",
     "派单|分配师傅|排班|安排车辆|搬家队|crew assigned|crew assignment|dispatch|assign crew|movers assigned"),
    ("tp_truck_arrived", "车辆到场", "Truck arrived", "service", "store", "physical", "operations",
     "到场|车到了|师傅到了|上门|迟到|准时|truck arrived|arrival|movers arrived|late arrival|on time"),
    ("tp_loading_done", "装车完成", "Loading done", "service", "store", "physical", "operations",
     "装车|打包装车|搬运上车|拆装|loading|loaded|packing|loading done"),
    ("tp_delivered", "送达卸货", "Delivered", "service", "store", "physical", "operations",
     "送达|卸货|到新家|搬完|完工|delivered|unloaded|delivery|move completed|move done"),
    ("tp_final_payment", "支付尾款", "Final payment", "purchase", "app", "digital", "payments",
     "尾款|结清|付尾款|结账|结算|final payment|balance|pay the balance|settle"),
    ("tp_damage_claim", "提交损坏理赔", "Damage claim filed", "service", "app", "digital", "claims",
     "理赔|报损|索赔|损坏理赔|家具坏了|磕坏|damage claim|claim|file a claim|broken item claim"),
    ("tp_claim_reviewed", "理赔审核", "Claim reviewed", "service", "other", "digital", "claims",
     "理赔审核|审核结果|定损|核损|claim review|claim reviewed|assessment|claim decision"),
    ("tp_compensation_paid", "赔付到账", "Compensation paid", "service", "app", "digital", "claims",
     "赔付|赔偿到账|赔款|理赔到账|compensation|compensation paid|payout|reimbursed"),
    ("tp_storage_in", "仓储入库", "Storage check-in", "loyalty", "store", "physical", "storage",
     "入库|寄存|存东西|仓储|迷你仓|storage|store items|check-in to storage|self storage"),
    ("tp_storage_renewal", "仓储续租", "Storage renewal", "loyalty", "app", "digital", "storage",
     "续租|续费|续存|延长寄存|storage renewal|renew|extend storage|renewal"),
    ("tp_storage_out", "仓储出库", "Storage check-out", "loyalty", "store", "physical", "storage",
     "出库|取回|退仓|取件|storage check-out|retrieve|move out of storage|pick up stored items"),
]
JOURNEYS = [
    ("quote_flow", "报价到定金", "Quote to deposit", 14,
     ["tp_open_app", "tp_quote_request", "tp_site_survey", "tp_quote_accept", "tp_deposit_paid"]),
    ("moving_day", "搬家当天", "Moving day", 7,
     ["tp_crew_assigned", "tp_truck_arrived", "tp_loading_done", "tp_delivered", "tp_final_payment"]),
    ("damage_claim", "损坏理赔", "Damage claim", 30, ["tp_damage_claim", "tp_claim_reviewed", "tp_compensation_paid"]),
    ("storage_renewal", "仓储续租", "Storage renewal", 100, ["tp_storage_in", "tp_storage_renewal"]),
]

ZH = {
    "broken": ["衣柜搬的时候磕坏了一个角，很心疼", "餐桌腿断了，师傅说是本来就松的，不认", "电视屏幕碎了！！搬家公司太不小心",
               "书柜侧板被划了好长一道", "冰箱门被撞凹了，要求赔偿", "沙发皮面被划破了，家具损坏严重",
               "床头柜抽屉摔坏了，包装根本没做好"],
    "late": ["说好八点到，车九点多才到，等了一个多小时", "车辆迟到太久了，耽误了交房", "师傅迟到了快一个小时也没提前说",
             "货车堵在路上，比约定时间晚了很多", "远距离搬家车来得太晚，一整天都耗进去了"],
    "hidden_fee": ["报价的时候没说，结尾款时多收了楼层费", "隐形收费！搬完才说要加钱", "尾款比报价多了三百，说是爬楼费",
                   "最后结账多出来好几项费用，报价不透明", "视频勘察报的价，结果搬的时候临时加价"],
    "stairs": ["没电梯，师傅搬得很慢，还一直抱怨楼层高", "六楼没电梯，搬了一整天，体验很差", "老小区步梯房，大件只能手抬，磕磕碰碰"],
    "quote_high": ["报价太贵了，比别家高不少", "勘察完报价吓一跳，不考虑了", "一个一室一户要两千多，价格太高",
                   "报价高得离谱，还要先交定金", "定金涨到500了，有点犹豫"],
    "claim_slow": ["理赔提交一周多了还在审核", "赔付流程太慢，客服一直说在走流程"],
    "polite": ["师傅很客气，动作麻利，打包也仔细", "搬家师傅很专业，家具都包了保护膜", "准时到达，服务态度很好，点赞",
               "全程很顺利，师傅人很好", "性价比不错，下次还找快搬"],
    "neutral": ["还行吧，按时搬完了", "一般，没什么问题也没什么惊喜", "正常搬家，价格中规中矩"],
    "app": ["小程序下单挺方便的", "App估价页面有点卡", "在线报价流程简单"],
}
EN = {
    "broken": ["The movers broke the leg of our dining table", "Wardrobe got a big dent, clearly not wrapped properly",
               "TV screen cracked during the move, very disappointed", "Scratched the sofa and broke a lamp"],
    "late": ["Truck showed up over an hour late with no call", "Movers were very late, we almost missed the handover",
             "Late arrival again, the crew came 50 minutes after the booked slot"],
    "hidden_fee": ["Hidden fees! They charged a stairs fee that was never in the quote",
                   "Final bill was way higher than the quote, surprise charges", "Extra fees added at the end, not transparent"],
    "stairs": ["No elevator so it took forever and the crew kept complaining", "Walk-up building, the movers struggled a lot"],
    "quote_high": ["The quote was way too expensive", "Quote too high compared to other movers", "Price is too high for a small flat"],
    "claim_slow": ["Claim has been under review for ages"],
    "polite": ["Polite crew, fast and careful, highly recommend", "Very professional movers, everything wrapped well",
               "On time and friendly, great service"],
    "neutral": ["It was fine, nothing special", "OK move, average price"],
    "app": ["Booking in the app was easy", "The quote page in the app is a bit slow"],
}
NEG = {"broken", "late", "hidden_fee", "stairs", "quote_high", "claim_slow"}
POS = {"polite"}
TOPIC_TP = {"broken": "tp_delivered", "late": "tp_truck_arrived", "hidden_fee": "tp_final_payment",
            "stairs": "tp_loading_done", "quote_high": "tp_site_survey", "claim_slow": "tp_claim_reviewed",
            "polite": "tp_delivered", "neutral": "tp_delivered", "app": "tp_open_app"}


def day_weights(seg: str) -> tuple[list[datetime], np.ndarray]:
    days, w = [], []
    d = START
    total = (END - START).days
    while d < END - D(days=12):
        x = 0.7 + 0.6 * (d - START).days / total
        if d.weekday() >= 5:
            x *= 1.6 if seg == "office" else 1.25
        if d.day >= 25:
            x *= 1.2
        if (datetime(2025, 1, 15) <= d < datetime(2025, 2, 12)) or (datetime(2026, 2, 5) <= d < datetime(2026, 3, 3)):
            x *= 0.4                                          # spring festival
        if d.month == 10 and d.day <= 8:
            x *= 1.7                                          # 国庆 golden week
        if seg == "student":
            if (d.month == 6 and d.day >= 15) or d.month == 7:
                x *= 3.5                                      # graduation season
            elif (d.month == 8 and d.day >= 20) or (d.month == 9 and d.day <= 10):
                x *= 1.8
        days.append(d)
        w.append(x)
        d += D(days=1)
    w = np.array(w)
    return days, w / w.sum()


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, customers = [], [], [], []
    cnt = {"e": 0, "j": 0, "f": 0, "o": 0}

    def nid(k, prefix, width):
        cnt[k] += 1
        return f"{prefix}{cnt[k]:0{width}d}"

    def ev(c, t, tp, action, job="", **kw):
        if t > END or t < START:
            return False
        r = dict(event_id=nid("e", "E", 7), customer_id=c["id"], ts=t.strftime("%Y-%m-%d %H:%M:%S"),
                 touchpoint_id=tp, session_id=job, action=action, device=c["device"], channel=c["channel"],
                 city=c["city"])
        r.update(kw)
        events.append(r)
        return True

    def order(c, t, job, kind, amount, status="paid", **kw):
        r = dict(order_id=nid("o", "PO", 6), customer_id=c["id"], ts=t.strftime("%Y-%m-%d %H:%M:%S"),
                 amount=round(float(amount), 2), status=status, channel=c["channel"], device=c["device"], job_id=job,
                 order_type=kind, city=c["city"], coupon_code="", discount_amount=0, payment_method=c["pay"],
                 currency="CNY")
        r.update(kw)
        orders.append(r)
        return r

    def comment(c, t, topic, channel, rating=None, ts=True, **kw):
        if t > END:
            return
        bank = ZH if c["lang"] == "zh" else EN
        txt = bank[topic][int(rng.integers(len(bank[topic])))]
        if c["lang"] == "zh" and rng.random() < 0.3:
            txt += str(rng.choice(["。", "！", "，希望改进", "，失望" if topic in NEG else "，满意"]))
        label = "neg" if topic in NEG else ("pos" if topic in POS else "neu")
        r = dict(feedback_id=nid("f", "FB", 5), text=txt, ts=t.strftime("%Y-%m-%d %H:%M:%S") if ts else "",
                 customer_id=c["id"], touchpoint_id=TOPIC_TP[topic], channel=channel,
                 rating="" if rating is None else int(rating), language=c["lang"], city=c["city"],
                 sentiment_label=label)
        r.update(kw)
        feedback.append(r)

    # ---------------- customers
    weights = {s: day_weights(s) for s in ("family", "student", "office")}
    for i in range(N):
        seg = str(rng.choice(["family", "student", "office"], p=[0.58, 0.22, 0.20]))
        city = CITIES[int(rng.choice(len(CITIES), p=CITY_W))]
        if seg == "family":
            housing = str(rng.choice(["电梯房", "老小区步梯房", "别墅"], p=[0.55, 0.37, 0.08]))
            hh = int(rng.choice([2, 3, 4, 5, 6], p=[0.25, 0.35, 0.25, 0.1, 0.05]))
            acq = str(rng.choice(["dianping", "douyin", "baidu_search", "wechat_mini_program", "referral"],
                                 p=[0.18, 0.27, 0.15, 0.2, 0.2]))
            device = str(rng.choice(["ios", "android"], p=[0.45, 0.55]))
        elif seg == "student":
            housing = str(rng.choice(["合租房", "宿舍", "电梯房"], p=[0.45, 0.3, 0.25]))
            hh = 1
            acq = str(rng.choice(["douyin", "xiaohongshu", "referral", "wechat_mini_program"], p=[0.4, 0.3, 0.2, 0.1]))
            device = str(rng.choice(["ios", "android"], p=[0.5, 0.5]))
        else:
            housing = str(rng.choice(["写字楼", "园区厂房"], p=[0.85, 0.15]))
            hh = None
            acq = str(rng.choice(["baidu_search", "sales_team", "referral", "dianping"], p=[0.35, 0.35, 0.2, 0.1]))
            device = str(rng.choice(["pc", "ios", "android"], p=[0.5, 0.25, 0.25]))
        channel = "web" if device == "pc" else ("mini_program" if acq == "wechat_mini_program" else "app")
        p_en = 0.22 if city in ("上海", "北京", "深圳") else 0.06
        days, w = weights[seg]
        t0 = days[int(rng.choice(len(days), p=w))] + D(minutes=float(rng.uniform(7 * 60, 23 * 60)))
        signup = t0 - D(hours=float(rng.exponential(30))) if rng.random() < 0.6 else t0
        signup = max(signup, START)
        pay = ("corporate_transfer" if seg == "office" and rng.random() < 0.6 else
               str(rng.choice(["wechat_pay", "alipay"], p=[0.6, 0.4])))
        c = dict(id=f"C{i + 1:05d}", seg=seg, city=city, housing=housing, hh=hh, acq=acq, device=device,
                 channel=channel, lang="en" if rng.random() < p_en else "zh", t0=t0, signup=signup, pay=pay, jobs=0)
        customers.append(c)

    crews = {city: [f"{CODE[city]}-C{k + 1:02d}" for k in range(n)] for city, n in N_CREWS.items()}

    # ---------------- jobs
    for c in customers:
        if c["acq"] in ("douyin", "xiaohongshu", "baidu_search"):
            ev(c, c["signup"] - D(minutes=float(rng.uniform(5, 900))), "tp_ad_click", "click",
               ad_source=c["acq"])
        t = c["t0"]
        first = True
        while t < END:
            job(c, t, first, rng, ev, order, comment, nid, crews)
            first = False
            p_again = {"family": 0.1, "student": 0.3, "office": 0.35}[c["seg"]]
            if rng.random() > p_again:
                break
            t = t + D(days=float(rng.uniform(90, 500)))
        # browsing-only opens (no job)
        if rng.random() < 0.25:
            tb = c["signup"] + D(days=float(rng.uniform(30, 400)))
            ev(c, tb, "tp_open_app", "view")

    # app-store style reviews, not tied to a job (part without a date)
    for c in customers:
        if rng.random() < 0.07:
            tr = c["signup"] + D(days=float(rng.uniform(0, 60)))
            topic = str(rng.choice(["app", "polite", "quote_high", "neutral"], p=[0.45, 0.2, 0.2, 0.15]))
            rating = {"app": 4, "polite": 5, "quote_high": 2, "neutral": 3}[topic] - int(rng.random() < 0.3)
            comment(c, tr, topic, "app_review", rating=rating, ts=rng.random() > 0.25)

    # ---------------- write
    crow = [dict(customer_id=c["id"], signup_at=c["signup"].strftime("%Y-%m-%d %H:%M:%S"), segment=c["seg"],
                 客户类型=SEG_ZH[c["seg"]], region=REGION[c["city"]], city=c["city"], housing_type=c["housing"],
                 household_size="" if c["hh"] is None else c["hh"], acquisition_channel=c["acq"],
                 primary_device=c["device"], language=c["lang"]) for c in customers]
    dup = rng.choice(len(events), 60, replace=False)
    events.extend(dict(events[int(i)]) for i in dup)
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    orders.sort(key=lambda r: r["order_id"])
    feedback.sort(key=lambda r: r["feedback_id"])

    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            wr = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            wr.writeheader()
            for r in rows:
                wr.writerow(r)

    write("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                               kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                            touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write("customers", crow, ["customer_id", "signup_at", "segment", "客户类型", "region", "city", "housing_type",
                              "household_size", "acquisition_channel", "primary_device", "language"])
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                             "channel", "city", "dest_city", "move_type", "distance_km", "floor_count", "has_elevator",
                             "volume_m3", "truck_size", "survey_type", "quote_amount", "deposit_amount", "crew_id",
                             "minutes_late", "cancel_reason", "claim_item", "claim_result", "claim_amount",
                             "storage_months", "ad_source"])
    write("orders", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "job_id",
                             "order_type", "city", "crew_id", "truck_size", "coupon_code", "discount_amount",
                             "extra_fee", "payment_method", "currency"])
    write("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                 "language", "job_id", "city", "crew_id", "has_elevator", "sentiment_label"])
    print(f"customers {len(crow)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


def job(c, t0, first, rng, ev, order, comment, nid, crews):
    """one moving job: app open → quote → survey → accept → deposit → moving day → after-sales."""
    j = nid("j", "MV", 6)
    c["jobs"] += 1
    ev(c, t0, "tp_open_app", "view", j)
    if rng.random() > 0.8:
        return
    city, seg = c["city"], c["seg"]
    cross = rng.random() < {"family": 0.08, "student": 0.1, "office": 0.05}[seg]
    if cross:
        dest = str(rng.choice(NEAR[city]))
        dist = round(float(np.clip(rng.lognormal(np.log(220), 0.6), 60, 1300)), 1)
    else:
        dest = city
        dist = round(float(np.clip(rng.lognormal(np.log(14), 0.65), 1.5, 90)), 1)
    housing = c["housing"]
    if housing in ("电梯房", "写字楼"):
        elev, floor = True, int(rng.integers(2, 31))
    elif housing == "老小区步梯房":
        elev, floor = False, int(rng.integers(1, 8))
    elif housing == "合租房":
        elev = rng.random() < 0.3
        floor = int(rng.integers(2, 16)) if elev else int(rng.integers(1, 9))
    elif housing == "宿舍":
        elev, floor = False, int(rng.integers(1, 7))
    elif housing == "别墅":
        elev, floor = False, int(rng.integers(1, 4))
    else:                                                       # 园区厂房
        elev, floor = False, int(rng.integers(1, 3))
    vol = {"family": rng.uniform(8, 30), "student": rng.uniform(2, 6.5), "office": rng.uniform(15, 60)}[seg]
    vol = round(float(vol), 1)
    truck = "面包车" if vol <= 5 else ("4.2米厢货" if vol <= 16 else "7.6米厢货")
    move = dict(dest_city=dest, move_type="cross_city" if cross else "same_city", distance_km=dist,
                floor_count=floor, has_elevator="true" if elev else "false", volume_m3=vol, truck_size=truck)
    tq = t0 + D(minutes=float(rng.uniform(2, 25)))
    ev(c, tq, "tp_quote_request", "submit", j, **move)
    if rng.random() > 0.86:
        return
    ts_ = tq + D(hours=float(rng.uniform(10, 96)))
    survey = "onsite" if rng.random() < 0.68 else "video"
    base = {"面包车": 350, "4.2米厢货": 800, "7.6米厢货": 1600}[truck]
    per_km = {"面包车": 4, "4.2米厢货": 6, "7.6米厢货": 9}[truck]
    price = base + per_km * max(0.0, dist - 10) + 18 * vol
    price *= {"深圳": 1.3, "上海": 1.12, "北京": 1.12}.get(city, 1.0)
    stairs_fee = 0.0 if elev or floor <= 1 else round(12 * (floor - 1) * vol / 4, 0)
    fee_in_quote = survey == "onsite" and rng.random() < 0.6
    quote = round(price + (stairs_fee if fee_in_quote else 0), 0)
    ev(c, ts_, "tp_site_survey", "submit", j, survey_type=survey, quote_amount=quote, **move)
    p_acc = 0.72 + {"family": 0.0, "student": -0.06, "office": 0.06}[seg]
    if city == "深圳":
        p_acc = 0.36
    if rng.random() > p_acc:
        if rng.random() < (0.16 if city == "深圳" else 0.04):
            comment(c, ts_ + D(hours=float(rng.uniform(1, 48))), "quote_high",
                    str(rng.choice(["ticket", "app_review"])), rating=None, ts=rng.random() > 0.1, job_id=j)
        return
    ta = ts_ + D(hours=float(rng.uniform(2, 120)))
    if not ev(c, ta, "tp_quote_accept", "submit", j, quote_amount=quote, **move):
        return
    dep = 200 if ta < DEP_HIKE else (500 if ta < DEP_CUT else 300)
    p_dep = {200: 0.89, 500: 0.58, 300: 0.83}[dep]
    if rng.random() > p_dep:
        if dep == 500 and rng.random() < 0.08:
            comment(c, ta + D(hours=float(rng.uniform(1, 30))), "quote_high", "ticket", ts=True, job_id=j)
        return
    td = ta + D(hours=float(rng.uniform(0.2, 60)))
    if not ev(c, td, "tp_deposit_paid", "success", j, deposit_amount=dep, quote_amount=quote, **move):
        return
    dep_order = order(c, td, j, "deposit", dep)
    move_day = (td + D(days=float(rng.uniform(2, 18)))).replace(hour=int(rng.integers(8, 15)), minute=0, second=0)
    tc = move_day - D(hours=float(rng.uniform(20, 72)))
    crew = str(rng.choice(crews[city]))
    if rng.random() < 0.06:                                     # cancelled before the move: deposit refunded
        tx = td + D(hours=float(rng.uniform(12, (move_day - td).total_seconds() / 3600 - 2)))
        if tc < tx:
            ev(c, tc, "tp_crew_assigned", "assign", j, crew_id=crew, **move)
        if ev(c, tx, "tp_move_cancelled", "cancel", j,
              cancel_reason=str(rng.choice(["rescheduled_elsewhere", "plan_changed", "found_cheaper"]))):
            dep_order["status"] = "refunded"
        return
    ev(c, tc, "tp_crew_assigned", "assign", j, crew_id=crew, **move)
    late = max(0, int(round(rng.normal(0, 13))))
    if dist > 50:
        late += int(round(rng.gamma(3, 16)))
    tr = move_day + D(minutes=late)
    ev(c, tr, "tp_truck_arrived", "arrive", j, crew_id=crew, minutes_late=late, **move)
    load_min = 30 + vol * 6 + (0 if elev else floor * vol * 1.2) + rng.uniform(0, 40)
    tl = tr + D(minutes=float(load_min))
    ev(c, tl, "tp_loading_done", "success", j, crew_id=crew, **move)
    drive_h = dist / 35 if not cross else dist / 65 + 1
    tdl = tl + D(hours=float(drive_h + rng.uniform(0.5, 2.5)))
    if not ev(c, tdl, "tp_delivered", "success", j, crew_id=crew, **move):
        return
    # final payment (balance): quote - deposit + stairs fee not in the quote - coupon
    extra = 0.0 if fee_in_quote else stairs_fee
    coupon, disc = "", 0
    if GOLDEN_WEEK_25[0] <= move_day < GOLDEN_WEEK_25[1] and rng.random() < 0.45:
        coupon, disc = "GUOQING88", 88
    elif seg == "student" and rng.random() < 0.5:
        coupon, disc = "STUDENT50", 50
    elif first and seg == "family" and rng.random() < 0.22:
        coupon, disc = "NEWMOVE30", 30
    damaged = rng.random() < (0.19 if crew in BAD_CREWS else 0.045) + (0.0 if elev else 0.015)
    if rng.random() < 0.985:
        tf = tdl + D(minutes=float(rng.uniform(5, 90)))
        if ev(c, tf, "tp_final_payment", "success", j, crew_id=crew, **move):
            status = "refunded" if rng.random() < 0.015 else "paid"
            order(c, tf, j, "final", max(50.0, quote - dep + extra - disc), status=status, crew_id=crew,
                  truck_size=truck, coupon_code=coupon, discount_amount=disc, extra_fee=extra)
    # review after the move
    hidden = extra > 0
    fb = dict(job_id=j, crew_id=crew, has_elevator=move["has_elevator"])
    if rng.random() < 0.5:
        r = 4.6 - (1.2 if not elev else 0) - (0.9 if late > 30 else 0) - (1.6 if damaged else 0) \
            - (0.5 if hidden else 0) + rng.normal(0, 0.5)
        stars = int(np.clip(round(r), 1, 5))
        if damaged:
            topic = "broken"
        elif hidden and rng.random() < 0.6:
            topic = "hidden_fee"
        elif late > 30 and rng.random() < 0.7:
            topic = "late"
        elif not elev and stars <= 3 and rng.random() < 0.6:
            topic = "stairs"
        elif stars >= 4:
            topic = "polite"
        else:
            topic = "neutral"
        comment(c, tdl + D(hours=float(rng.uniform(2, 72))), topic, "review", rating=stars, **fb)
    if late > 30 and rng.random() < 0.2:
        comment(c, tr + D(minutes=float(rng.uniform(10, 120))), "late", "call_note", ts=rng.random() > 0.08, **fb)
    if hidden and rng.random() < 0.22:
        comment(c, tdl + D(hours=float(rng.uniform(1, 30))), "hidden_fee", "ticket", ts=rng.random() > 0.08, **fb)
    # damage claim
    if damaged:
        tcl = tdl + D(hours=float(rng.uniform(2, 120)))
        item = str(rng.choice(["furniture", "appliance", "wall_floor", "fragile"], p=[0.55, 0.2, 0.1, 0.15]))
        if ev(c, tcl, "tp_damage_claim", "submit", j, crew_id=crew, claim_item=item):
            if rng.random() < 0.5:
                comment(c, tcl + D(minutes=10), "broken", "ticket", ts=rng.random() > 0.1, **fb)
            trv = tcl + D(days=float(rng.uniform(1.5, 9)))
            ok = rng.random() < 0.75
            ev(c, trv, "tp_claim_reviewed", "review", j, crew_id=crew, claim_item=item,
               claim_result="approved" if ok else "rejected")
            if ok:
                amt = round(float(np.clip(rng.lognormal(np.log(450), 0.7), 80, 5000)), 0)
                tp = trv + D(days=float(rng.uniform(0.5, 7)))
                ev(c, tp, "tp_compensation_paid", "success", j, crew_id=crew, claim_item=item, claim_amount=amt)
            elif rng.random() < 0.3:
                comment(c, trv + D(hours=5), "claim_slow", "ticket", ts=True, **fb)
    # storage
    grad = (move_day.month == 6 and move_day.day >= 15) or move_day.month == 7
    p_store = (0.25 if grad else 0.06) if seg == "student" else (0.07 if seg == "family" else 0.05)
    if rng.random() < p_store:
        monthly = 199 if vol <= 5 else (399 if vol <= 16 else 699)
        months = int(rng.choice([1, 2, 3], p=[0.5, 0.3, 0.2]))
        tin = tdl + D(minutes=30)
        if ev(c, tin, "tp_storage_in", "check_in", j, storage_months=months, volume_m3=vol):
            order(c, tin, j, "storage", monthly * months)
            p_renew = {"family": 0.62, "student": 0.3, "office": 0.55}[seg]
            tend = tin + D(days=30 * months)
            while True:
                if rng.random() < p_renew:
                    tnew = tend - D(days=float(rng.uniform(0, 6)))
                    m2 = int(rng.choice([1, 2, 3], p=[0.5, 0.3, 0.2]))
                    if not ev(c, tnew, "tp_storage_renewal", "renew", j, storage_months=m2, volume_m3=vol):
                        break
                    order(c, tnew, j, "storage", monthly * m2)
                    tend = tend + D(days=30 * m2)
                    p_renew *= 0.8
                    continue
                ev(c, tend + D(days=float(rng.uniform(-3, 2))), "tp_storage_out", "check_out", j)
                break


if __name__ == "__main__":
    main(Path(sys.argv[1]))
