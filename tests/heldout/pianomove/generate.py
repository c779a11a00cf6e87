"""Generate the 琴途 PianoPath (piano moving and climate-controlled storage) held-out dataset.

    python generate.py OUTDIR

Writes a DATA.md folder (touchpoints, customers, events, journeys, orders, feedback, experiments as CSV) plus
OUTDIR/_truth/feedback_truth.csv (the generator's topic, sentiment and language of each comment; not a DATA.md
table, ingest ignores the folder; gold.py uses it to check its text markers and for the negative share).
Fixed seed, numpy + csv only; data covers 2025-01-01 .. 2026-06-30.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

RNG = np.random.default_rng(20261201)
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
PRICE_RISE = datetime(2026, 1, 1)  # stair surcharge per floor without lift: 50 -> 80 CNY
SGD = 5.3  # CNY per SGD

CITIES = [("上海", "Shanghai", 0.25), ("北京", "Beijing", 0.20), ("广州", "Guangzhou", 0.14),
          ("深圳", "Shenzhen", 0.15), ("成都", "Chengdu", 0.12), ("新加坡", "Singapore", 0.14)]
CITY_EN = {c[0]: c[1] for c in CITIES}
WAREHOUSES = {"上海": ("上海闵行恒温仓", "Shanghai Minhang"), "北京": ("北京顺义恒温仓", "Beijing Shunyi"),
              "广州": ("广州番禺恒温仓", "Guangzhou Panyu"), "深圳": ("广州番禺恒温仓", "Guangzhou Panyu"),
              "成都": ("成都双流恒温仓", "Chengdu Shuangliu"), "新加坡": ("新加坡裕廊恒温仓", "Singapore Jurong")}
CREWS = {"上海": ["SH-A 陈师傅组", "SH-B 李师傅组"], "北京": ["BJ-A 王师傅组", "BJ-B 赵师傅组"],
         "广州": ["GZ-A 黄师傅组", "GZ-B 梁师傅组"], "深圳": ["SZ-A 刘师傅组", "SZ-B 周师傅组"],
         "成都": ["CD-A 杨师傅组", "CD-B 何师傅组"], "新加坡": ["SG-A Tan's crew", "SG-B Kumar's crew"]}
BAD_CREW = "SZ-B 周师傅组"
SEGMENTS = [("family", "家庭用户", 0.58), ("teacher", "钢琴老师", 0.16), ("school", "学校/琴房", 0.10),
            ("dealer", "琴行经销商", 0.10), ("vip", "VIP会员", 0.06)]
CHANNELS_CN = [("xiaohongshu", "小红书", 0.24), ("dianping", "大众点评", 0.22), ("baidu", "百度搜索", 0.18),
               ("wechat", "微信公众号", 0.16), ("referral", "老客推荐", 0.20)]
CHANNELS_SG = [("google", "谷歌搜索", 0.45), ("referral", "老客推荐", 0.30), ("facebook", "Facebook", 0.25)]

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "市场部", "投放|ads"),
    ("tp_price_calc", "在线报价计算器", "Online quote calculator", "consideration", "web", "digital", "增长组",
     "报价器|估价|quote tool"),
    ("tp_quote_submit", "提交报价单", "Quote request submitted", "consideration", "web", "digital", "销售部",
     "询价|报价|quote request"),
    ("tp_hotline", "客服热线", "Customer hotline", "consideration", "phone", "physical", "客服中心", "400电话|call centre"),
    ("tp_site_check", "上门/视频勘察", "Site check", "consideration", "other", "physical", "调度部",
     "勘察|看现场|site survey"),
    ("tp_booking", "预约搬运", "Move booking", "purchase", "mini_program", "digital", "销售部", "下单|book a move"),
    ("tp_deposit", "支付定金", "Deposit payment", "purchase", "mini_program", "digital", "财务部", "订金|deposit"),
    ("tp_crew_assign", "派单师傅", "Crew assignment", "service", "other", "digital", "调度部", "派工|crew dispatch"),
    ("tp_truck_assign", "派车", "Truck assignment", "service", "other", "digital", "车队", "排车|truck"),
    ("tp_move_day", "搬运当天", "Move day", "service", "store", "physical", "搬运队", "搬琴|moving day"),
    ("tp_delivery_sign", "签收验琴", "Delivery sign-off", "service", "store", "physical", "搬运队",
     "验收|sign-off"),
    ("tp_storage_start", "恒温仓入库", "Storage check-in", "purchase", "store", "physical", "仓储部",
     "存琴|入仓|storage in"),
    ("tp_storage_renew", "仓储月租续费", "Storage monthly renewal", "loyalty", "mini_program", "digital", "仓储部",
     "续租|renewal"),
    ("tp_storage_out", "恒温仓出库", "Storage check-out", "service", "store", "physical", "仓储部", "取琴|出仓"),
    ("tp_tuning_book", "预约调音", "Tuning booking", "loyalty", "mini_program", "digital", "调律部",
     "约调音|tuning appointment"),
    ("tp_tuning_visit", "上门调音", "Tuning visit", "loyalty", "store", "physical", "调律部", "调律|piano tuning"),
    ("tp_damage_claim", "损坏理赔申请", "Damage claim filed", "service", "phone", "digital", "客服中心",
     "理赔|索赔|claim"),
    ("tp_claim_settled", "理赔结案", "Claim settled", "service", "other", "digital", "客服中心", "赔付|claim closed"),
    ("tp_invoice", "开具发票", "Invoice issued", "service", "email", "digital", "财务部", "发票|invoice"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "财务部", "退定金|refund"),
    ("tp_review", "服务评价", "Service review", "loyalty", "app", "digital", "客服中心", "评价|review"),
]


def pick(items, n=None):
    w = np.array([x[-1] for x in items], float)
    idx = RNG.choice(len(items), size=n, p=w / w.sum())
    return items[idx] if n is None else [items[i] for i in idx]


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def daytime(d: datetime, lo=8, hi=20) -> datetime:
    return d.replace(hour=0, minute=0, second=0) + timedelta(seconds=int(RNG.integers(lo * 3600, hi * 3600)))


FB = {
    "damage": ("negative", [
        "搬完发现琴腿和侧板有划痕，师傅当时也没说", "琴身磕掉一块漆，心疼死了", "搬运过程中把琴的踏板弄坏了，要求赔偿",
        "三角琴盖板被刮花了，验琴时才发现"], [
        "Found scratches on the side panel after the move", "The pedal was broken during the move, not happy",
        "A chunk of lacquer chipped off the lid, really upset"]),
    "late": ("negative", [
        "约好上午九点，师傅十一点多才到，等了一上午", "搬运队迟到两个小时，也没提前打电话", "车来晚了，耽误我们装修进场"], [
        "Crew arrived two hours late with no call", "Booked 9am slot, truck showed up after 11, wasted my morning"]),
    "surcharge": ("negative", [
        "楼层费太贵了，六楼没电梯加了好几百", "报价单上没写清楚楼梯费，勘察完突然加价", "爬楼费比搬运费还贵，不合理"], [
        "The stair surcharge was way more than expected", "Quote didn't show the stairs fee until after the site check"]),
    "humidity": ("negative", [
        "从恒温仓取回来琴有点受潮，键盘发涩", "仓库湿度控制不好，取琴时有霉味", "存了三个月琴弦生锈了，说好的恒温恒湿呢"], [
        "Piano came out of storage damp, keys sticking", "Musty smell when we collected it, humidity control is poor"]),
    "out_of_tune": ("negative", [
        "调音师傅来了半小时就走了，音还是不准", "调完没几天又跑音了"], [
        "Tuner left after half an hour and it's still out of tune", "Went flat again a week after the tuning"]),
    "claim_slow": ("negative", [
        "理赔拖了一个多月还没结果，一直让我等", "申请赔偿后客服踢皮球，迟迟不处理"], [
        "Still waiting on my damage claim after a month", "Claim process is painfully slow, nobody follows up"]),
    "careful_crew": ("positive", [
        "师傅很专业，包得严严实实，楼梯转角也很小心", "搬运队很细心，琴一点没磕碰，点赞", "王师傅他们很专业，效率高"], [
        "The crew were very careful and professional, wrapped everything", "Great team, not a scratch, highly recommend"]),
    "tuning_good": ("positive", [
        "搬完顺便约了调音，音色恢复得很好", "调律师很耐心，讲解也清楚"], [
        "Booked a tuning after the move, sounds great again", "Tuner was patient and explained everything"]),
    "neutral": ("neutral", [
        "整体还行，就是流程有点多", "价格中规中矩，服务一般", "客服回复速度一般"], [
        "It was okay overall, a few too many steps", "Average service, price is fair"]),
}


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    customers, events, orders, feedback, truth, exps = [], [], [], [], [], []
    ev_n = [0]
    ord_n = [0]

    def ev(cid, ts, tp, action, device="", channel="", session="", **extra):
        if ts > END:
            return False
        ev_n[0] += 1
        events.append(dict(event_id=f"e{ev_n[0]:06d}", customer_id=cid, ts=fmt(ts), touchpoint_id=tp, action=action,
                           device=device, channel=channel, session_id=session, **extra))
        return True

    def order(cid, ts, amount_cny, status, otype, city, channel="mini_program", device="", **extra):
        if ts > END:
            return
        ord_n[0] += 1
        cur = "SGD" if city == "新加坡" else "CNY"
        local = round(amount_cny / SGD, 2) if cur == "SGD" else round(amount_cny, 2)
        orders.append(dict(order_id=f"PO{ord_n[0]:06d}", customer_id=cid, ts=fmt(ts), amount=round(amount_cny, 2),
                           status=status, channel=channel, device=device, order_type=otype, city=city, currency=cur,
                           amount_local=local, city_en=CITY_EN[city], **extra))

    fb_n = [0]

    def fb(cid, ts, tp, topic, lang, channel, city, rating=None, nps=None, crew="", warehouse=""):
        sent, zh, en = FB[topic]
        text = str(RNG.choice(zh if lang == "zh" else en))
        fb_n[0] += 1
        fid = f"fb{fb_n[0]:05d}"
        if channel == "paper_form":
            ts = None
        feedback.append(dict(feedback_id=fid, text=text, ts=fmt(ts) if ts else "", customer_id=cid,
                             touchpoint_id=tp, channel=channel, rating="" if rating is None else rating,
                             nps="" if nps is None else nps, city=city, crew=crew, warehouse=warehouse, language=lang))
        truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent, language=lang))

    # monthly lead weights: growth + spring peak (school term, house moves before summer)
    days = (END - START).days + 1
    w = np.array([1.0 + 0.4 * d / days + (0.35 if (START + timedelta(d)).month in (3, 4, 8) else 0) for d in range(days)])
    w /= w.sum()
    n_cust = 5200
    day_idx = np.sort(RNG.choice(days, size=n_cust, p=w))
    for i in range(n_cust):
        cid = f"C{i + 1:05d}"
        city, city_en, _ = pick(CITIES)
        seg, seg_zh, _ = pick(SEGMENTS)
        ch, ch_zh, _ = pick(CHANNELS_SG if city == "新加坡" else CHANNELS_CN)
        t0 = daytime(START + timedelta(int(day_idx[i])))
        lang = "en" if city == "新加坡" and RNG.random() < 0.85 else ("en" if RNG.random() < 0.04 else "zh")
        device = str(RNG.choice(["ios", "android", "pc"], p=[0.42, 0.38, 0.20]))
        grand = RNG.random() < (0.45 if seg in ("school", "dealer", "vip") else 0.15)
        piano = "grand" if grand else "upright"
        floors = int(RNG.choice(range(1, 13), p=np.array([8, 8, 10, 10, 9, 9, 8, 8, 8, 8, 7, 7]) / 100))
        lift = RNG.random() < (0.55 if city in ("成都", "北京") else 0.75)
        brand = str(RNG.choice(["珠江 Pearl River", "雅马哈 Yamaha", "卡瓦依 Kawai", "星海 Xinghai", "施坦威 Steinway"],
                               p=[0.3, 0.3, 0.2, 0.15, 0.05]))
        intent = RNG.choice(["move", "move_store", "store", "tune"], p=[0.72, 0.12, 0.10, 0.06])
        customers.append(dict(customer_id=cid, signup_at=fmt(t0), segment=seg, segment_zh=seg_zh, region=city,
                              region_en=city_en, acquisition_channel=ch, acquisition_channel_zh=ch_zh,
                              tier="gold" if seg == "vip" else ("silver" if seg in ("dealer", "school") else "standard"),
                              piano_type=piano, piano_brand=brand, floor=floors, has_elevator=int(lift),
                              preferred_language=lang, wechat_bound=int(city != "新加坡" and RNG.random() < 0.7),
                              marketing_opt_in=int(RNG.random() < 0.5)))
        sess = f"s{i:05d}"
        camp = str(RNG.choice(["spring_move", "brand_search", "xhs_kol", "none"]))
        base = dict(city=city, city_en=city_en, piano_type=piano)
        if ch not in ("referral",) and RNG.random() < 0.6:
            ev(cid, t0 - timedelta(minutes=int(RNG.integers(2, 90))), "tp_ad_click", "click", device, "ads", sess,
               utm_campaign=camp, **base)
        variant = None
        if datetime(2025, 9, 1) <= t0 < datetime(2026, 3, 1) and city != "新加坡" and intent in ("move", "move_store"):
            variant = "all_in_price" if RNG.random() < 0.5 else "control"
            exps.append(dict(experiment_id="exp_quote_all_in", variant=variant, customer_id=cid, assigned_at=fmt(t0)))
        if intent == "tune":
            tb = t0
            ev(cid, tb, "tp_tuning_book", "submit", device, "mini_program", sess, **base)
            if RNG.random() < 0.9:
                tv = daytime(tb + timedelta(days=int(RNG.integers(2, 9))))
                ev(cid, tv, "tp_tuning_visit", "success", "", "store", tuner=str(RNG.choice(["T01", "T02", "T03", "T04"])),
                   **base)
                order(cid, tv, 380 if city != "新加坡" else 180 * SGD, "paid", "tuning", city, "mini_program", device)
                if RNG.random() < 0.3:
                    topic = "out_of_tune" if RNG.random() < 0.35 else "tuning_good"
                    fb(cid, tv + timedelta(days=1), "tp_tuning_visit", topic, lang, "survey", city,
                       rating=int(RNG.choice([1, 2, 3]) if topic == "out_of_tune" else RNG.choice([4, 5])),
                       nps=int(RNG.integers(0, 6) if topic == "out_of_tune" else RNG.integers(8, 11)))
            continue
        if intent == "store":
            wh, wh_en = WAREHOUSES[city]
            s1 = t0
            ev(cid, s1, "tp_quote_submit", "submit", device, "web", sess, service="storage", **base)
            if RNG.random() < 0.55:
                _storage(cid, daytime(s1 + timedelta(days=int(RNG.integers(2, 15)))), city, wh, wh_en, lang, device,
                         base, ev, order, fb, grand)
            continue
        # ---------------- move journey
        for k in range(int(RNG.integers(1, 4))):
            ev(cid, t0 - timedelta(minutes=int(RNG.integers(1, 40))) + timedelta(seconds=k), "tp_price_calc", "view",
               device, "web" if device == "pc" else "mini_program", sess, app_version=str(RNG.choice(["3.2.1", "3.3.0"])),
               **base)
        per_floor = 80 if t0 >= PRICE_RISE else 50
        stairs = 0 if lift else per_floor * max(0, floors - 1) * (2 if grand else 1)
        base_price = float(RNG.integers(1800, 3600) if grand else RNG.integers(600, 1200))
        dist_km = int(RNG.integers(3, 45))
        quote = base_price + stairs + 8 * dist_km
        if city == "新加坡":
            quote *= 1.6
        ev(cid, t0, "tp_quote_submit", "submit", device, "web" if device == "pc" else "mini_program", sess,
           service="move_store" if intent == "move_store" else "move", quote_amount=round(quote, 2),
           stair_surcharge=stairs * (1.6 if city == "新加坡" else 1), floors=floors, has_elevator=int(lift),
           distance_km=dist_km, **base)
        if RNG.random() < 0.12:
            ev(cid, t0 + timedelta(hours=int(RNG.integers(1, 30))), "tp_hotline", "call", "", "phone",
               call_reason=str(RNG.choice(["报价咨询", "改期", "其他"])), **base)
        if RNG.random() > 0.86:
            continue
        sc = daytime(t0 + timedelta(days=int(RNG.integers(1, 6))))
        mode = "video" if RNG.random() < (0.5 if city in ("上海", "新加坡") else 0.3) else "onsite"
        ev(cid, sc, "tp_site_check", "visit", "", "other", check_mode=mode, surveyor=f"S{int(RNG.integers(1, 13)):02d}",
           **base)
        # biggest drop: site check -> booking, worse with big stair fees, after the price rise, for xiaohongshu leads
        p = 0.66
        if stairs >= 300:
            p -= 0.22
        if t0 >= PRICE_RISE:
            p -= 0.08
        if ch == "xiaohongshu":
            p -= 0.2
        if seg in ("school", "dealer", "vip"):
            p += 0.1
        if variant == "all_in_price":
            p += 0.1
        if RNG.random() > p:
            if stairs >= 300 and RNG.random() < 0.25:
                fb(cid, sc + timedelta(hours=int(RNG.integers(2, 48))), "tp_site_check", "surcharge", lang,
                   str(RNG.choice(["ticket", "dianping" if city != "新加坡" else "google_review"])), city,
                   rating=int(RNG.choice([1, 2])))
            continue
        bk = sc + timedelta(hours=int(RNG.integers(2, 72)))
        move_date = daytime(bk + timedelta(days=int(RNG.integers(3, 15))), 8, 11)
        ev(cid, bk, "tp_booking", "submit", device, "mini_program" if device != "pc" else "web", sess,
           move_date=move_date.strftime("%Y-%m-%d"), **base)
        if RNG.random() > 0.9:
            continue
        dep = 200.0 if not grand else 500.0
        dep_cny = dep * (1.6 if city == "新加坡" else 1)
        dt = bk + timedelta(minutes=int(RNG.integers(5, 600)))
        ev(cid, dt, "tp_deposit", "success", device, "mini_program", pay_method=str(RNG.choice(["wechat_pay", "alipay", "card"]) if city != "新加坡" else "paynow"), **base)
        dep_idx = len(orders)
        order(cid, dt, dep_cny, "paid", "deposit", city, "mini_program", device, piano_type=piano)
        if RNG.random() < 0.06:  # cancelled before move day: deposit refunded
            rt = dt + timedelta(days=int(RNG.integers(1, 5)))
            if rt < END and dep_idx < len(orders):
                orders[dep_idx]["status"] = "refunded"
                ev(cid, rt, "tp_refund", "success", "", "other", refund_reason="客户取消", refund_amount=dep_cny, **base)
            continue
        crew = str(RNG.choice(CREWS[city]))
        truck = f"{city_en[:2].upper()}-T{int(RNG.integers(1, 7))}"
        ev(cid, move_date - timedelta(days=int(RNG.integers(1, 3))), "tp_crew_assign", "assign", "", "other",
           crew_id=crew, **base)
        ev(cid, move_date - timedelta(days=1, hours=2), "tp_truck_assign", "assign", "", "other", truck_id=truck, **base)
        # delays: Shenzhen worse; March 2026 truck shortage everywhere
        lam = 20 if city != "深圳" else 45
        if datetime(2026, 3, 1) <= move_date < datetime(2026, 4, 1):
            lam += 50
        delay = int(RNG.exponential(lam)) if RNG.random() < 0.55 else 0
        pdmg = 0.03 + (0.06 if grand else 0) + (0.04 if (not lift and floors >= 4) else 0) + (0.10 if crew == BAD_CREW else 0)
        damage = int(RNG.random() < pdmg)
        md = move_date + timedelta(minutes=delay)
        if not ev(cid, md, "tp_move_day", "fail" if damage else "success", "", "store", crew_id=crew, truck_id=truck,
                  delay_min=delay, damage=damage, floors=floors, has_elevator=int(lift),
                  weather=str(RNG.choice(["晴", "多云", "雨"], p=[0.5, 0.3, 0.2])), **base):
            continue
        balance = quote * (1 if city != "新加坡" else 1) - dep_cny
        order(cid, md + timedelta(hours=3), balance, "paid", "move_fee", city, "mini_program", device, piano_type=piano,
              crew_id=crew)
        ev(cid, md + timedelta(hours=int(RNG.integers(2, 6))), "tp_delivery_sign", "success", "", "store",
           crew_id=crew, **base)
        if RNG.random() < 0.4:
            ev(cid, md + timedelta(days=int(RNG.integers(1, 6))), "tp_invoice", "issued", "", "email",
               invoice_type=str(RNG.choice(["普票", "专票"]) if city != "新加坡" else "tax_invoice"), **base)
        # tuning after the move
        if RNG.random() < (0.55 if seg in ("teacher", "school") else 0.35):
            tb = md + timedelta(days=int(RNG.integers(1, 10)))
            ev(cid, tb, "tp_tuning_book", "submit", device, "mini_program", **base)
            if RNG.random() < 0.9:
                tv = daytime(tb + timedelta(days=int(RNG.integers(2, 8))))
                if ev(cid, tv, "tp_tuning_visit", "success", "", "store", tuner=str(RNG.choice(["T01", "T02", "T03", "T04"])),
                      **base):
                    order(cid, tv, 380 if city != "新加坡" else 180 * SGD, "paid", "tuning", city, "mini_program", device)
        crew_tag = crew
        if damage and RNG.random() < 0.85:
            cl = md + timedelta(days=int(RNG.integers(0, 4)), hours=int(RNG.integers(1, 10)))
            ev(cid, cl, "tp_damage_claim", "submit", "", "phone", claim_type=str(RNG.choice(["划痕", "部件损坏", "音准异常"])),
               crew_id=crew, **base)
            mean_days = 30 if city == "北京" else 12
            st = cl + timedelta(days=float(RNG.gamma(4, mean_days / 4)))
            if RNG.random() < 0.88 and ev(cid, st, "tp_claim_settled", "success", "", "other",
                                          payout=0, crew_id=crew, **base):
                pay = float(RNG.integers(200, 2500))
                order(cid, st, pay, "refunded", "claim_payout", city, "other", "", crew_id=crew)
                events[-1]["payout"] = pay
            if RNG.random() < 0.7:
                fb(cid, cl + timedelta(days=2), "tp_move_day", "damage", lang,
                   str(RNG.choice(["survey", "ticket", "app_review"])), city, rating=int(RNG.choice([1, 2])),
                   nps=int(RNG.integers(0, 5)), crew=crew_tag)
            if city == "北京" and RNG.random() < 0.9:
                fb(cid, cl + timedelta(days=25), "tp_damage_claim", "claim_slow", lang, "ticket", city,
                   rating=1, crew=crew_tag)
        # review
        if RNG.random() < 0.4:
            rv = md + timedelta(days=int(RNG.integers(1, 5)))
            ev(cid, rv, "tp_review", "submit", device, "app", **base)
            if delay >= 60:
                topic = "late"
            elif damage:
                topic = "damage"
            else:
                topic = "careful_crew" if RNG.random() < 0.7 else "neutral"
            ch_fb = str(RNG.choice(["survey", "app_review", "dianping" if city != "新加坡" else "google_review",
                                    "paper_form"], p=[0.45, 0.2, 0.25, 0.10]))
            r = {"late": [1, 2, 3], "damage": [1, 2], "careful_crew": [4, 5, 5], "neutral": [3, 3, 4]}[topic]
            n = {"late": (2, 7), "damage": (0, 5), "careful_crew": (8, 11), "neutral": (5, 9)}[topic]
            fb(cid, rv, "tp_move_day", topic, lang, ch_fb, city, rating=int(RNG.choice(r)),
               nps=int(RNG.integers(*n)) if ch_fb in ("survey", "paper_form") else None, crew=crew_tag)
        if intent == "move_store":
            wh, wh_en = WAREHOUSES[city]
            _storage(cid, md + timedelta(hours=6), city, wh, wh_en, lang, device, base, ev, order, fb, grand)

    # a few app-store style reviews without customer
    for k in range(120):
        t = START + timedelta(days=int(RNG.integers(0, days)))
        city = pick(CITIES)[0]
        topic = str(RNG.choice(["neutral", "careful_crew", "surcharge"], p=[0.5, 0.3, 0.2]))
        fb("", daytime(t), "tp_price_calc", topic, "en" if city == "新加坡" else "zh", "app_review", city,
           rating=int(RNG.choice([2, 3, 4]) if topic != "careful_crew" else 5))

    # duplicate webhook rows (same event_id, same content) - 30 rows
    for j in RNG.choice(len(events), size=30, replace=False):
        events.append(dict(events[j]))

    write(out, "touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                    channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out, "customers", customers)
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    write(out, "events", events)
    orders.sort(key=lambda o: o["ts"])
    write(out, "orders", orders)
    write(out, "feedback", feedback)
    write(out, "experiments", exps)
    write(out / "_truth", "feedback_truth", truth)
    journeys = []
    for jid, zh, en, steps, win in [
        ("move", "搬琴流程", "Piano move", ["tp_quote_submit", "tp_site_check", "tp_booking", "tp_deposit",
                                          "tp_move_day", "tp_delivery_sign"], 30),
        ("storage", "存琴流程", "Piano storage", ["tp_storage_start", "tp_storage_renew", "tp_storage_out"], 180),
        ("tuning", "调音服务", "Tuning", ["tp_tuning_book", "tp_tuning_visit"], 14),
        ("claim", "理赔流程", "Damage claim", ["tp_damage_claim", "tp_claim_settled"], 60)]:
        for k, tp in enumerate(steps, 1):
            journeys.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                                 touchpoint_id=tp, window_days=win))
    write(out, "journeys", journeys)


def _storage(cid, s1, city, wh, wh_en, lang, device, base, ev, order, fb, grand):
    months = int(RNG.choice([1, 2, 3, 4, 6, 9, 12], p=[0.15, 0.2, 0.25, 0.15, 0.13, 0.07, 0.05]))
    fee = (680.0 if grand else 380.0) * (1.5 if city == "新加坡" else 1)
    if not ev(cid, s1, "tp_storage_start", "success", "", "store", warehouse=wh, warehouse_en=wh_en, months=months,
              humidity_pct=round(float(RNG.normal(58 if wh_en == "Guangzhou Panyu" else 48, 4)), 1), **base):
        return
    order(cid, s1, fee, "paid", "storage", city, "store", "", warehouse=wh)
    t = s1
    for m in range(1, months):
        t = t + timedelta(days=30)
        if not ev(cid, t, "tp_storage_renew", "success", device, "mini_program", warehouse=wh, warehouse_en=wh_en,
                  **base):
            return
        order(cid, t, fee, "paid", "storage", city, "mini_program", device, warehouse=wh)
    to = daytime(t + timedelta(days=int(RNG.integers(5, 30))))
    if not ev(cid, to, "tp_storage_out", "success", "", "store", warehouse=wh, warehouse_en=wh_en, **base):
        return
    p_hum = 0.45 if wh_en == "Guangzhou Panyu" else 0.05
    if RNG.random() < p_hum:
        fb(cid, to + timedelta(days=1), "tp_storage_out", "humidity", lang, str(RNG.choice(["ticket", "survey", "paper_form"])),
           city, rating=int(RNG.choice([1, 2])), nps=int(RNG.integers(0, 5)), warehouse=wh)
    elif RNG.random() < 0.2:
        fb(cid, to + timedelta(days=1), "tp_storage_out", "neutral", lang, "survey", city, rating=int(RNG.choice([3, 4])),
           nps=int(RNG.integers(5, 9)), warehouse=wh)


def write(folder: Path, name: str, rows: list[dict]) -> None:
    cols: list[str] = []
    for r in rows:
        for c in r:
            if c not in cols:
                cols.append(c)
    with open(folder / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
        wr = csv.DictWriter(fh, fieldnames=cols, restval="")
        wr.writeheader()
        wr.writerows(rows)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
