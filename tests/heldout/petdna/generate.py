"""宠基因 PawCode Pet DNA: at-home DNA test kits for dogs and cats, sold online in Shanghai / Guangzhou (CNY, WeChat
mini program + official site) and the UK (GBP, London / Manchester, web + app). A pet owner lands on a product page,
takes the breed quiz, checks out and pays; the kit ships; the owner activates it in the PawCode app (scan the tube QR),
swabs the pet's cheek, mails the swab back; the lab (广州实验室 Guangzhou for China, Cambridge for the UK) receives
it, processes it, and either releases the report or fails the sample (low DNA, contamination) and sends a free
re-test swab kit. After the report: a paid vet consultation with a partner vet (upsell) and, for breed-only kits,
an upgrade to the health panel. Events 2025-01-01 .. 2026-06-30 (extract taken early July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topics of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
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
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 12000
ACT_BUG = (datetime(2025, 10, 8), datetime(2025, 10, 29))    # app 4.2.0 Android: kit QR scan fails
UK_PRICE_UP = datetime(2026, 2, 1)                            # UK breed kit 69 -> 79 GBP, health 99 -> 109
AB = (datetime(2026, 1, 12), datetime(2026, 4, 13))           # quiz-end bundle offer A/B test
FX = {"CNY": 1.0, "GBP": 9.1}
PRICE = {("CN", "breed"): 399, ("CN", "health"): 699, ("UK", "breed"): 69, ("UK", "health"): 99}
UPGRADE = {"CN": 349, "UK": 45}
CONSULT = {"CN": 199, "UK": 35}
APP_VERSIONS = [(datetime(2025, 1, 1), "4.0.2"), (datetime(2025, 6, 3), "4.1.0"), (datetime(2025, 10, 8), "4.2.0"),
                (datetime(2025, 10, 29), "4.2.1"), (datetime(2026, 3, 2), "4.3.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_landing", "产品落地页", "Landing page", "awareness", "web", "digital", "growth",
     "落地页|首页|产品页|详情页|种草页|landing|product page|homepage|first visit"),
    ("tp_quiz", "品种小测试", "Breed quiz", "consideration", "web", "digital", "growth",
     "品种测试|测一测|小测验|问卷|breed quiz|quiz|pet quiz"),
    ("tp_checkout", "结算页", "Checkout", "purchase", "web", "digital", "ecommerce",
     "结算|结账|购物车|填地址|checkout|basket|cart"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "web", "digital", "ecommerce",
     "付款失败|支付没成功|payment failed|card declined"),
    ("tp_payment", "支付成功", "Payment completed", "purchase", "web", "digital", "ecommerce",
     "下单|付款|买盒子|成交|购买|order placed|purchase|paid|bought a kit"),
    ("tp_shipped", "试剂盒发货", "Kit shipped", "purchase", "other", "physical", "logistics",
     "发货|寄出试剂盒|出库|shipping|dispatch|kit dispatched|kit shipped"),
    ("tp_activate_fail", "激活失败", "Activation failed", "service", "app", "digital", "app_team",
     "激活不了|扫码失败|activation error|QR scan failed|can't activate"),
    ("tp_activate", "激活试剂盒", "Kit activated", "service", "app", "digital", "app_team",
     "激活|绑定试剂盒|扫码绑定|activate|activation|register the kit"),
    ("tp_swab", "口腔拭子采样", "Cheek swab taken", "service", "app", "physical", "customer_care",
     "采样|刷口腔|拭子|棉签采样|swab|swabbing|cheek swab|sampling"),
    ("tp_mailback", "寄回样本", "Swab mailed back", "service", "other", "physical", "logistics",
     "回寄|寄回|寄样本|预约取件|mail back|post the swab|return the sample|send it back"),
    ("tp_lab_received", "实验室收样", "Lab received", "service", "other", "physical", "lab",
     "收样|到实验室|实验室签收|lab received|arrived at the lab|sample received"),
    ("tp_lab_processing", "实验室检测中", "Lab processing", "service", "other", "physical", "lab",
     "检测中|上机|提取DNA|在测|lab processing|in the lab|being analysed|genotyping"),
    ("tp_sample_fail", "样本不合格", "Sample failed", "service", "other", "physical", "lab",
     "样本失败|检测失败|DNA不够|不合格|sample failed|failed sample|low DNA|insufficient DNA"),
    ("tp_retest", "补寄重测试剂盒", "Re-test kit sent", "service", "other", "physical", "customer_care",
     "重测|重新采样|补寄拭子|复测|re-test|retest|replacement swab|re-swab"),
    ("tp_report_ready", "报告已出", "Report ready", "service", "app", "digital", "lab",
     "出报告|报告出来|结果出了|report ready|results ready|results released"),
    ("tp_report_view", "查看报告", "Report viewed", "service", "app", "digital", "product",
     "看报告|打开报告|报告页|view report|read the results|opened the report"),
    ("tp_vet_consult", "兽医咨询", "Vet consultation", "loyalty", "app", "digital", "vet_partnerships",
     "兽医解读|兽医咨询|约兽医|问诊|vet consult|vet call|vet consultation|talk to a vet"),
    ("tp_health_upgrade", "升级健康筛查", "Health panel upgrade", "loyalty", "app", "digital", "product",
     "升级|健康版升级|加购健康筛查|遗传病筛查|upgrade|health panel|health upgrade|add health screening"),
]

JOURNEYS = [
    ("purchase", "购买转化", "Kit purchase", ["tp_landing", "tp_quiz", "tp_checkout", "tp_payment", "tp_shipped"], 14),
    ("sampling", "激活与采样", "Activation & sampling",
     ["tp_activate", "tp_swab", "tp_mailback", "tp_lab_received", "tp_lab_processing", "tp_report_ready"], 60),
    ("vet_upsell", "兽医咨询转化", "Vet consultation upsell", ["tp_report_view", "tp_vet_consult"], 30),
    ("health_upgrade", "健康筛查升级", "Health panel upgrade", ["tp_report_view", "tp_health_upgrade"], 60),
]

CITY = {"Shanghai": ("上海", "CN"), "Guangzhou": ("广州", "CN"), "London": ("伦敦", "UK"), "Manchester": ("曼彻斯特", "UK")}
ACQ = {"CN": (["xiaohongshu", "douyin", "wechat", "partner_vet", "breeder_club"], [0.34, 0.26, 0.18, 0.12, 0.10]),
       "UK": (["google", "instagram", "tiktok", "partner_vet", "breeder_club"], [0.34, 0.24, 0.14, 0.16, 0.12])}
ACQ_ZH = {"xiaohongshu": "小红书", "douyin": "抖音", "wechat": "微信", "partner_vet": "合作兽医院",
          "breeder_club": "繁育者社群", "google": "谷歌", "instagram": "Instagram", "tiktok": "TikTok"}
SEG_ZH = {"pet_parent": "宠物家长", "breeder": "繁育者"}
SPECIES_ZH = {"dog": "狗", "cat": "猫"}
KIT_ZH = {"breed": "品种鉴定版", "health": "品种+健康版"}
FAIL_ZH = {"low_dna": "DNA量不足", "contaminated": "样本污染", "degraded": "运输降解"}
COURIER_ZH = {"sf": "顺丰", "zto": "中通", "royal_mail": "Royal Mail", "dpd": "DPD"}
LAB_ZH = {"guangzhou": "广州实验室", "cambridge": "剑桥实验室"}
VETS = {"CN": ["瑞派宠物医院", "新瑞鹏宠物医院", "芭比堂动物医院"], "UK": ["Medivet", "Vets4Pets", "Village Vet"]}

# feedback templates per topic: (zh list, en list). Markers used by gold.py are unique to their topic.
TOPICS = {
    "slow_report": (["报告等了快一个月还没出，客服只会说在排队", "寄回去三周了报告还没出，急死了", "报告等了太久，说好两周结果拖到四周",
                     "实验室也太慢了吧，报告还没出"],
                    ["Still waiting for the report after four weeks, support just says it's queued",
                     "Results are taking forever, it was meant to be two weeks", "Still waiting for my dog's results, very slow lab",
                     "Three weeks since the lab got it and results are taking forever"]),
    "activation": (["App扫码激活一直失败，试了好多次", "安卓手机激活不了试剂盒，闪退", "激活页面卡住，二维码扫不出来"],
                    ["Could not activate the kit, the app kept crashing on my Android", "The QR code would not scan to activate the kit",
                     "Activate button spins forever, tried five times"]),
    "swab_hard": (["猫根本不配合，棉签塞不进嘴里", "采样说明太简单了，猫不配合刷了好几次", "狗一直咬棉签，采样很难"],
                  ["My cat would not let me near her with the swab", "Swab instructions are too vague, the cat fought me the whole time",
                   "Really hard to get a proper swab from a wriggly puppy"]),
    "sample_fail": (["样本不合格要重新采，白等了两周", "通知我样本不合格，重测又要等", "第二次样本不合格，想退款"],
                    ["Sample failed and I had to redo it, lost two weeks", "Got an email saying the sample failed, so annoying",
                     "Second time the sample failed, I want a refund"]),
    "breed_wrong": (["品种结果明显不对，我家是纯种柯基", "品种结果说有25%哈士奇，完全不像", "血统证书写的和品种结果对不上"],
                    ["Breed result is clearly wrong, she is a pedigree spaniel", "The breed result says 30% husky, no way",
                     "Breed result doesn't match his pedigree papers"]),
    "price": (["有点太贵了，几百块就出个品种", "涨价以后太贵了", "健康版太贵了，能便宜点吗"],
              ["Bit too expensive for what you get", "Pricey compared with last year", "Far too expensive after the price rise"]),
    "vet_good": (["兽医解读很专业，讲得很清楚", "约了兽医咨询，医生很耐心", "兽医给了很实用的喂养建议"],
                 ["The vet call was really helpful and clear", "Lovely vet, explained the health markers patiently",
                  "Booked the vet consultation, worth every penny"]),
    "fun": (["看报告很好玩，原来我家串串有柴犬血统", "报告做得很漂亮，全家一起看很好玩", "结果很有意思，推荐给朋友了"],
            ["Such a fun report, turns out our rescue is part whippet", "Loved reading the results with the kids, great fun",
             "Really fun report, beautifully designed"]),
}
NEUTRAL = (["总体还行", "一般般吧", "还可以，没什么特别的", "流程正常"], ["It was okay overall", "Fine, nothing special",
                                                                     "Process was as expected", "Average experience"])
NEG = {"slow_report", "activation", "swab_hard", "sample_fail", "breed_wrong", "price"}


def pick(xs, p=None):
    return xs[rng.choice(len(xs), p=p)]


def app_version(t):
    v = APP_VERSIONS[0][1]
    for s, name in APP_VERSIONS:
        if t >= s:
            v = name
    return v


def iso(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def landing_time():
    # growth over time + Double 11 (CN) / Black Friday & Christmas (UK) peaks
    while True:
        t = START + D(seconds=float(rng.uniform(0, (END - START).total_seconds() - 30 * 86400)))
        w = 0.55 + 0.45 * (t - START).days / 530
        if t.month == 11:
            w *= 1.5
        if w / 1.6 > rng.random():
            return t.replace(microsecond=0)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    events, orders, feedback, truth, customers, experiments = [], [], [], [], [], []
    ev_n = [0]
    fb_n = [0]

    def ev(c, t, tp, action, kit=None, **extra):
        ev_n[0] += 1
        row = dict(event_id=f"E{ev_n[0]:07d}", customer_id=c["customer_id"], ts=iso(t), touchpoint_id=tp,
                   session_id=kit or c["sess"], action=action, device=c["device"], channel=extra.pop("channel", c["ch"]),
                   app_version=app_version(t) if c["device"] in ("ios", "android") else "",
                   market=c["market"], city=c["region"], 城市=c["城市"], species=c["species"],
                   宠物类型=SPECIES_ZH[c["species"]], kit_id=kit or "")
        row.update(extra)
        events.append(row)

    def fb(c, t, tp, topic, channel, rating=None, nps=None, no_ts=False, with_cust=True):
        fb_n[0] += 1
        zh = c["market"] == "CN"
        if topic is None:
            text = pick(NEUTRAL[0] if zh else NEUTRAL[1])
        else:
            text = pick(TOPICS[topic][0] if zh else TOPICS[topic][1])
        if channel == "app_review" and rating is None:
            rating = int(pick([1, 2], [0.6, 0.4])) if topic in NEG else 3
        if channel in ("ticket", "social", "nps_survey"):
            rating = None
        fid = f"FB{fb_n[0]:05d}"
        feedback.append(dict(feedback_id=fid, text=text, ts="" if no_ts else iso(t),
                             customer_id=c["customer_id"] if with_cust else "", touchpoint_id=tp, channel=channel,
                             rating="" if rating is None else int(rating), nps="" if nps is None else int(nps),
                             language="zh" if zh else "en", market=c["market"], city=c["region"], 城市=c["城市"],
                             species=c["species"], 宠物类型=SPECIES_ZH[c["species"]], segment=c["segment"]))
        truth.append(dict(feedback_id=fid, topics=topic or "", sentiment=("negative" if topic in NEG else
                                                                           "neutral" if topic is None else "positive")))

    order_n = [0]
    kit_n = [0]
    for i in range(N_CUST):
        region = pick(["Shanghai", "Guangzhou", "London", "Manchester"], [0.33, 0.27, 0.24, 0.16])
        zh_city, market = CITY[region]
        segment = "breeder" if rng.random() < 0.11 else "pet_parent"
        species = "dog" if rng.random() < 0.62 else "cat"
        acq = pick(*ACQ[market]) if segment == "pet_parent" else ("breeder_club" if rng.random() < 0.6 else
                                                                   pick(*ACQ[market]))
        if market == "CN":
            device = pick(["ios", "android", "pc"], [0.46, 0.44, 0.10])
            ch = "mini_program" if device != "pc" and rng.random() < 0.55 else "web"
        else:
            device = pick(["ios", "android", "pc"], [0.52, 0.30, 0.18])
            ch = "web"
        t0 = landing_time()
        c = dict(customer_id=f"C{i + 1:05d}", region=region, 城市=zh_city, market=market, segment=segment,
                 species=species, device=device, ch=ch, sess=f"S{i + 1:05d}")
        cust = dict(customer_id=c["customer_id"], signup_at=iso(t0), segment=segment, region=region, 城市=zh_city,
                    market=market, acquisition_channel=acq, 获客渠道=ACQ_ZH[acq], tier="", species=species,
                    宠物类型=SPECIES_ZH[species], 客户类型=SEG_ZH[segment], currency="CNY" if market == "CN" else "GBP",
                    pet_age_band=pick(["puppy_kitten", "adult", "senior"], [0.35, 0.5, 0.15]),
                    marketing_opt_in=bool(rng.random() < 0.6))
        customers.append(cust)
        ev(c, t0, "tp_landing", "view", utm_source=acq)
        # breed quiz
        p_quiz = 0.66 if species == "dog" else 0.57
        if rng.random() > p_quiz:
            continue
        t = t0 + D(minutes=float(rng.uniform(1, 25)))
        ev(c, t, "tp_quiz", "submit", quiz_result_group=pick(["mixed", "pedigree", "unsure"], [0.5, 0.3, 0.2]))
        variant = None
        if AB[0] <= t < AB[1]:
            variant = "bundle_offer" if rng.random() < 0.5 else "control"
            experiments.append(dict(experiment_id="quiz_bundle_2026", variant=variant, customer_id=c["customer_id"],
                                    assigned_at=iso(t), 实验名称="测试结尾套餐优惠"))
        p_co = 0.56 if species == "dog" else 0.36
        if segment == "breeder":
            p_co = 0.78
        if variant == "bundle_offer":
            p_co += 0.10
        if rng.random() > p_co:
            continue
        t += D(minutes=float(rng.uniform(2, 60))) + (D(days=float(rng.integers(1, 6))) if rng.random() < 0.25 else D())
        kit_type = "health" if rng.random() < (0.38 + (0.2 if variant == "bundle_offer" else 0)
                                                + (0.1 if segment == "breeder" else 0)) else "breed"
        qty = int(rng.integers(2, 6)) if segment == "breeder" else 1
        uk_new_price = market == "UK" and t >= UK_PRICE_UP
        price = PRICE[(market, kit_type)] + (10 if uk_new_price else 0)
        ev(c, t, "tp_checkout", "view", kit_type=kit_type, 套餐类型=KIT_ZH[kit_type], quantity=qty,
           unit_price=price, currency=cust["currency"])
        p_pay = 0.82
        if uk_new_price:
            p_pay = 0.66
        if segment == "breeder":
            p_pay = 0.9
        if rng.random() > p_pay:
            if rng.random() < 0.3:
                ev(c, t + D(minutes=3), "tp_pay_fail", "fail", error_code=pick(["CARD_DECLINED", "TIMEOUT", "USER_CANCEL"]))
            if rng.random() < 0.15:
                fb(c, t + D(days=1), "tp_checkout", "price", "social" if market == "CN" else "trustpilot",
                   rating=2 if market == "UK" else None, no_ts=rng.random() < 0.4, with_cust=False)
            continue
        t += D(minutes=float(rng.uniform(1, 10)))
        order_n[0] += 1
        oid = f"O{order_n[0]:06d}"
        discount = 0.85 if qty >= 3 else 1.0
        amount = round(price * qty * discount, 2)
        refunded = rng.random() < 0.03
        ev(c, t, "tp_payment", "success", kit_type=kit_type, 套餐类型=KIT_ZH[kit_type], quantity=qty,
           unit_price=price, currency=cust["currency"], amount=amount, order_id=oid)
        orders.append(dict(order_id=oid, customer_id=c["customer_id"], ts=iso(t), amount=amount,
                           status="refunded" if refunded else "paid", channel=ch, device=device,
                           currency=cust["currency"], amount_cny=round(amount * FX[cust["currency"]], 2),
                           order_type="kit", 订单类型="试剂盒", kit_type=kit_type, 套餐类型=KIT_ZH[kit_type],
                           quantity=qty, market=market, price_list="2026-02" if uk_new_price else "2025-01"))
        if refunded:
            continue
        if rng.random() < 0.04 and market == "UK" and uk_new_price:
            fb(c, t + D(days=2), "tp_payment", "price", "trustpilot", rating=2)
        ship_t = t + D(hours=float(rng.uniform(8, 40 if market == "CN" else 80)))
        courier_out = pick(["sf", "zto"], [0.6, 0.4]) if market == "CN" else pick(["royal_mail", "dpd"], [0.7, 0.3])
        kits = []
        for _ in range(qty):
            kit_n[0] += 1
            kits.append(f"PK{kit_n[0]:06d}")
        for kit in kits:
            ev(c, ship_t, "tp_shipped", "shipped", kit=kit, kit_type=kit_type, 套餐类型=KIT_ZH[kit_type],
               courier=courier_out, 快递公司=COURIER_ZH[courier_out], channel="logistics")
        viewed_any = False
        for kit in kits:
            kx = dict(kit_type=kit_type, 套餐类型=KIT_ZH[kit_type])
            if ship_t > END or rng.random() > (0.95 if segment == "breeder" else 0.88):
                continue
            ta = ship_t + D(days=float(rng.gamma(2.0, 4.0)) + 2)
            if ta > END:
                continue
            if device == "android" and ACT_BUG[0] <= ta < ACT_BUG[1] and rng.random() < 0.75:
                ev(c, ta, "tp_activate_fail", "fail", kit=kit, error_code="QR_SCAN_CRASH_420", channel="app", **kx)
                if kit == kits[0] and rng.random() < 0.6:
                    fb(c, ta + D(hours=2), "tp_activate", "activation", pick(["ticket", "app_review"], [0.6, 0.4]),
                       rating=None)
                if rng.random() < 0.38:
                    continue
                ta += D(days=float(rng.uniform(1, 8)))
                if ta > END:
                    continue
            ev(c, ta, "tp_activate", "activated", kit=kit, channel="app", **kx)
            attempt, tsw = 1, ta + D(hours=float(rng.uniform(0.1, 72)))
            lab = "guangzhou" if market == "CN" else "cambridge"
            while True:
                if tsw > END or rng.random() > 0.95:
                    break
                ev(c, tsw, "tp_swab", "swab_taken", kit=kit, attempt=attempt, channel="app", **kx)
                if rng.random() < (0.07 if species == "cat" else 0.02) and kit == kits[0]:
                    fb(c, tsw + D(hours=1), "tp_swab", "swab_hard", pick(["app_review", "ticket"], [0.5, 0.5]),
                       rating=int(pick([1, 2, 3], [0.3, 0.5, 0.2])))
                tm = tsw + D(days=float(rng.gamma(1.5, 1.5)))
                if tm > END or rng.random() > 0.86:
                    break
                courier = pick(["sf", "zto"], [0.7, 0.3]) if market == "CN" else "royal_mail"
                ev(c, tm, "tp_mailback", "posted", kit=kit, attempt=attempt, courier=courier,
                   快递公司=COURIER_ZH[courier], channel="logistics", **kx)
                transit = float(rng.uniform(1.5, 4)) if market == "CN" else float(rng.uniform(2.5, 7))
                tr = tm + D(days=transit)
                if tr > END or rng.random() > 0.985:
                    break
                ev(c, tr, "tp_lab_received", "received", kit=kit, attempt=attempt, lab_site=lab,
                   实验室=LAB_ZH[lab], transit_days=round(transit, 1), channel="lab", **kx)
                tp_ = tr + D(hours=float(rng.uniform(6, 48)))
                if tp_ > END:
                    break
                ev(c, tp_, "tp_lab_processing", "processing", kit=kit, attempt=attempt, lab_site=lab,
                   实验室=LAB_ZH[lab], channel="lab", **kx)
                p_fail = (0.16 if species == "cat" else 0.06) * (0.6 if attempt > 1 else 1)
                if rng.random() < p_fail:
                    reason = pick(["low_dna", "contaminated", "degraded"], [0.65, 0.2, 0.15])
                    tf = tp_ + D(days=float(rng.uniform(2, 5)))
                    if tf > END:
                        break
                    ev(c, tf, "tp_sample_fail", "failed", kit=kit, attempt=attempt, lab_site=lab, 实验室=LAB_ZH[lab],
                       fail_reason=reason, 不合格原因=FAIL_ZH[reason], channel="lab", **kx)
                    if kit == kits[0] and rng.random() < 0.35:
                        fb(c, tf + D(days=1), "tp_sample_fail", "sample_fail",
                           pick(["ticket", "app_review"], [0.6, 0.4]), rating=None)
                    if attempt >= 2:
                        break
                    tt = tf + D(hours=float(rng.uniform(4, 48)))
                    if tt > END:
                        break
                    ev(c, tt, "tp_retest", "replacement_sent", kit=kit, attempt=attempt + 1, fee=0,
                       channel="logistics", **kx)
                    attempt += 1
                    tsw = tt + D(days=float(rng.uniform(3, 10)))
                    continue
                # turnaround: Cambridge steady; Guangzhou backlog grows through 2026
                base = 11.0 if lab == "cambridge" else 10.0
                if lab == "guangzhou" and tr >= datetime(2026, 1, 1):
                    base += 3.2 * (tr.month + (tr.day / 31))
                if kit_type == "health":
                    base += 3
                tat = max(3.0, float(rng.normal(base, 2.5)))
                trr = tp_ + D(days=tat)
                wait = (trr - tr).total_seconds() / 86400
                if kit == kits[0] and wait > 20 and rng.random() < 0.4:
                    tcomp = tr + D(days=float(rng.uniform(19, wait)))
                    if tcomp <= END:
                        fb(c, tcomp, "tp_report_ready", "slow_report", pick(["ticket", "app_review"], [0.55, 0.45]))
                if trr > END:
                    break
                ev(c, trr, "tp_report_ready", "released", kit=kit, attempt=attempt, lab_site=lab,
                   实验室=LAB_ZH[lab], tat_days=round(wait, 2), channel="app", **kx)
                if rng.random() > 0.9:
                    break
                tv = trr + D(hours=float(rng.gamma(1.2, 20)))
                if tv > END:
                    break
                ev(c, tv, "tp_report_view", "view", kit=kit, channel="app", **kx)
                if kit == kits[0]:
                    viewed_any = True
                    r = rng.random()
                    if r < 0.055:
                        fb(c, tv + D(hours=3), "tp_report_view", "breed_wrong", "app_review",
                           rating=int(pick([1, 2], [0.5, 0.5])))
                    elif r < 0.18:
                        fb(c, tv + D(hours=3), "tp_report_view", "fun", "app_review", rating=int(pick([4, 5], [0.3, 0.7])))
                    elif r < 0.40:
                        fb(c, tv + D(days=7), "tp_report_view", None, "nps_survey",
                           nps=int(rng.choice(11, p=[.02, .02, .03, .03, .04, .06, .08, .14, .2, .2, .18])))
                    elif r < 0.43:
                        fb(c, tv + D(days=2), "tp_report_view", None, "app_review", rating=3)
                    # upsells
                    p_vet = 0.17 if kit_type == "health" else 0.06
                    if segment == "breeder":
                        p_vet = 0.02
                    if rng.random() < p_vet:
                        tc = tv + D(days=float(rng.gamma(1.5, 4)))
                        if tc <= END:
                            vet = pick(VETS[market])
                            order_n[0] += 1
                            oid = f"O{order_n[0]:06d}"
                            amt = CONSULT[market]
                            ev(c, tc, "tp_vet_consult", "booked", kit=kit, partner_vet=vet, 合作兽医院=vet,
                               amount=amt, currency=cust["currency"], order_id=oid, channel="app", **kx)
                            orders.append(dict(order_id=oid, customer_id=c["customer_id"], ts=iso(tc), amount=amt,
                                               status="paid", channel="app", device=device, currency=cust["currency"],
                                               amount_cny=round(amt * FX[cust["currency"]], 2),
                                               order_type="vet_consult", 订单类型="兽医咨询", kit_type=kit_type,
                                               套餐类型=KIT_ZH[kit_type], quantity=1, market=market, price_list="2025-01"))
                            if rng.random() < 0.35:
                                fb(c, tc + D(days=1), "tp_vet_consult", "vet_good", "consult_survey",
                                   rating=int(pick([4, 5], [0.25, 0.75])))
                    if kit_type == "breed":
                        p_up = (0.15 if species == "dog" else 0.07) * (1.4 if segment == "breeder" else 1)
                        if rng.random() < p_up:
                            tu = tv + D(days=float(rng.gamma(1.3, 8)))
                            if tu <= END:
                                order_n[0] += 1
                                oid = f"O{order_n[0]:06d}"
                                amt = UPGRADE[market]
                                ev(c, tu, "tp_health_upgrade", "upgraded", kit=kit, amount=amt,
                                   currency=cust["currency"], order_id=oid, channel="app", **kx)
                                orders.append(dict(order_id=oid, customer_id=c["customer_id"], ts=iso(tu), amount=amt,
                                                   status="paid", channel="app", device=device,
                                                   currency=cust["currency"],
                                                   amount_cny=round(amt * FX[cust["currency"]], 2),
                                                   order_type="health_upgrade", 订单类型="健康筛查升级",
                                                   kit_type="breed", 套餐类型=KIT_ZH["breed"], quantity=1,
                                                   market=market, price_list="2025-01"))
                break
        if viewed_any and rng.random() < 0.05:
            fb(c, END - D(days=1), "tp_report_view", "fun", "social", no_ts=True, with_cust=False)

    # a few exact duplicate events re-sent by the tracker
    dup_idx = rng.choice(len(events), size=15, replace=False)
    events.extend(dict(events[j]) for j in sorted(dup_idx))
    events.sort(key=lambda r: (r["ts"], r["event_id"]))

    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
               "app_version", "market", "city", "城市", "species", "宠物类型", "kit_id", "kit_type", "套餐类型",
               "quantity", "unit_price", "currency", "amount", "order_id", "utm_source", "quiz_result_group",
               "error_code", "courier", "快递公司", "attempt", "lab_site", "实验室", "transit_days", "fail_reason",
               "不合格原因", "fee", "tat_days", "partner_vet", "合作兽医院"]

    def write(name, rows, cols):
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
            w.writeheader()
            for r in rows:
                w.writerow({k: r.get(k, "") for k in cols})

    write("touchpoints.csv", [dict(touchpoint_id=a, name=en, name_zh=zh, name_en=en, stage=st, channel=ch, kind=k,
                                   owner=o, aliases=al) for a, zh, en, st, ch, k, o, al in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write("journeys.csv", [dict(journey_id=j, journey_name=f"{zh} {en}", journey_name_zh=zh, journey_name_en=en,
                                step=k + 1, touchpoint_id=tp, window_days=w)
                           for j, zh, en, tps, w in JOURNEYS for k, tp in enumerate(tps)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write("customers.csv", customers, list(customers[0]))
    write("events.csv", events, ev_cols)
    write("orders.csv", orders, list(orders[0]))
    write("feedback.csv", feedback, list(feedback[0]))
    write("experiments.csv", experiments, list(experiments[0]))
    write("_truth/feedback_truth.csv", truth, ["feedback_id", "topics", "sentiment"])
    print({"customers": len(customers), "events": len(events), "orders": len(orders), "feedback": len(feedback),
           "experiments": len(experiments)})


if __name__ == "__main__":
    main(Path(sys.argv[1]))
