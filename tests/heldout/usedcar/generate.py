"""优车 UCar: a used-car trading platform in Beijing, Shanghai, Chengdu and Guangzhou. Buyers browse listings in the app,
book and do a test drive at a UCar store, read the inspection report, pay a deposit, optionally apply for a car loan
(approved / rejected), sign the contract, take the car (交车) and wait for the ownership transfer (过户). Sellers get an
online valuation, book an inspection, have the car inspected, list it in the dealer auction and either sell or withdraw.
Money through the platform: deposits, service fees (buyer and seller) and loan (financing) fees, in CNY.
History: 2024-10-01 .. 2026-07-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md, plus the generator's
truth for the feedback comments (topic, sentiment) in OUTDIR/_truth/ (not a DATA.md table; gold.py only).
Deterministic (fixed seed), plain Python + numpy, about a second. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 8_2026_1201
START = datetime(2024, 10, 1)
END = datetime(2026, 7, 31, 22, 0, 0)
D = timedelta
N_BUYERS = 4600
N_SELLERS = 1500
N_CAMPAIGN = 230                                     # extra Douyin live-stream leads, week of 2025-03-03
CAMPAIGN = (datetime(2025, 3, 3), datetime(2025, 3, 9, 23, 0))
GZ_SLOW = datetime(2025, 9, 1)                       # Guangzhou: transfers handled by a new DMV agent, much slower
CD_LOAN_PUSH = datetime(2025, 7, 1)                  # Chengdu: loan-penetration KPI for store sales staff

CITIES = [  # city, city_zh, region, weight, en-speaking share, ios share, stores
    ("Beijing", "北京", "华北", 0.28, 0.06, 0.55, ["BJ01", "BJ02"]),
    ("Shanghai", "上海", "华东", 0.30, 0.12, 0.62, ["SH01", "SH02"]),
    ("Chengdu", "成都", "西南", 0.22, 0.02, 0.45, ["CD01"]),
    ("Guangzhou", "广州", "华南", 0.20, 0.05, 0.50, ["GZ01", "GZ02"]),
]
CITY = {c[0]: c for c in CITIES}
CHANNELS = ["app_store", "baidu_sem", "douyin_ads", "dongchedi", "referral", "offline_store"]
CHANNEL_ZH = {"app_store": "应用商店", "baidu_sem": "百度搜索", "douyin_ads": "抖音广告", "dongchedi": "懂车帝",
              "referral": "老客推荐", "offline_store": "线下门店"}
CHANNEL_W_BUYER = [0.22, 0.18, 0.22, 0.16, 0.10, 0.12]
CHANNEL_W_SELLER = [0.30, 0.22, 0.16, 0.14, 0.10, 0.08]
P_BOOK_TD = {"app_store": 0.50, "baidu_sem": 0.46, "douyin_ads": 0.24, "dongchedi": 0.68, "referral": 0.66,
             "offline_store": 0.78}
AGE_BANDS = ["18-25", "26-35", "36-45", "46-55", "56+"]
AGE_W = [0.12, 0.42, 0.28, 0.13, 0.05]
BRANDS = [  # zh, en, buyer weight, seller weight, NEV share, new price (CNY)
    ("大众", "Volkswagen", 0.18, 0.18, 0.05, 180_000),
    ("丰田", "Toyota", 0.16, 0.16, 0.05, 185_000),
    ("本田", "Honda", 0.13, 0.13, 0.03, 165_000),
    ("别克", "Buick", 0.08, 0.08, 0.0, 170_000),
    ("宝马", "BMW", 0.10, 0.10, 0.03, 400_000),
    ("奔驰", "Mercedes-Benz", 0.09, 0.09, 0.02, 450_000),
    ("奥迪", "Audi", 0.08, 0.08, 0.02, 380_000),
    ("比亚迪", "BYD", 0.11, 0.12, 1.0, 160_000),
    ("特斯拉", "Tesla", 0.06, 0.055, 1.0, 280_000),
    ("保时捷", "Porsche", 0.01, 0.012, 0.0, 900_000),
]
AGE_CAR = ["under_3y", "3_5y", "5_8y", "over_8y"]
AGE_CAR_ZH = {"under_3y": "3年以内", "3_5y": "3-5年", "5_8y": "5-8年", "over_8y": "8年以上"}
AGE_CAR_YEARS = {"under_3y": (1, 3), "3_5y": (3, 5), "5_8y": (5, 8), "over_8y": (8, 13)}
PRICE_BANDS = [(100_000, "under_100k", "10万以下"), (200_000, "100k_200k", "10-20万"),
               (300_000, "200k_300k", "20-30万"), (10 ** 9, "over_300k", "30万以上")]
FUEL_EN = {"燃油": "petrol", "新能源": "NEV"}
PAY = ["wechat_pay", "alipay", "bank_card", "bank_transfer"]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_browse", "浏览车源", "Browse listings", "awareness", "app", "digital", "产品部",
     "看车|逛车源|刷车|车源详情|浏览|browse|listing view|car listing|view a car"),
    ("tp_td_booked", "预约试驾", "Test drive booked", "consideration", "app", "digital", "销售部",
     "约试驾|预约看车|约看车|试驾预约|book a test drive|test drive booking|appointment"),
    ("tp_td_done", "到店试驾", "Test drive done", "consideration", "store", "physical", "销售部",
     "试驾|看车|到店|试车|test drive|test-drive|showed up|store visit"),
    ("tp_report_viewed", "查看检测报告", "Inspection report viewed", "consideration", "app", "digital", "检测中心",
     "检测报告|车况报告|看报告|验车报告|inspection report|condition report|report"),
    ("tp_deposit", "支付定金", "Deposit paid", "purchase", "app", "digital", "销售部",
     "交定金|付定金|下定|订车|锁车|deposit|put a deposit|reserve the car"),
    ("tp_loan_apply", "贷款申请", "Loan application", "purchase", "app", "digital", "金融部",
     "贷款|分期|按揭|车贷|申请贷款|金融方案|loan|car loan|financing|finance application"),
    ("tp_loan_approved", "贷款审批通过", "Loan approved", "purchase", "app", "digital", "金融部",
     "批贷|贷款通过|审批通过|放款|loan approved|approval|financing approved"),
    ("tp_loan_rejected", "贷款被拒", "Loan rejected", "purchase", "app", "digital", "金融部",
     "拒贷|贷款被拒|没批下来|审批拒绝|loan rejected|declined|loan denied"),
    ("tp_contract", "签订合同", "Contract signed", "purchase", "store", "physical", "销售部",
     "签合同|签约|成交|买下|contract|signed|deal closed|purchase contract"),
    ("tp_handover", "交车", "Car handover", "service", "store", "physical", "交付部",
     "交车|提车|取车|拿车|handover|delivery|pick up the car|collect the car"),
    ("tp_transfer_done", "过户完成", "Ownership transfer done", "service", "other", "physical", "交付部",
     "过户|转籍|换证|产权转移|ownership transfer|title transfer|registration transfer|transfer"),
    ("tp_deposit_refund", "退定金", "Deposit refunded", "service", "app", "digital", "客服部",
     "退定|退订金|退定金|取消订车|deposit refund|cancel reservation|refund"),
    ("tp_valuation", "在线估价", "Online valuation", "awareness", "app", "digital", "车源部",
     "估价|评估|卖车估价|查价|问价|valuation|price estimate|quote|how much is my car worth"),
    ("tp_inspect_booked", "预约检测", "Inspection booked", "consideration", "app", "digital", "车源部",
     "约检测|预约验车|上门检测预约|book inspection|inspection appointment"),
    ("tp_inspection", "车辆检测", "Car inspected", "consideration", "store", "physical", "检测中心",
     "验车|检测|车况检测|上门检测|inspection|car check|inspected"),
    ("tp_auction_listed", "上拍", "Listed for auction", "purchase", "web", "digital", "拍卖部",
     "上拍|挂拍|拍卖|竞拍|listed|auction|put up for auction|listing"),
    ("tp_sold", "拍卖成交", "Sold at auction", "purchase", "web", "digital", "拍卖部",
     "卖掉|成交|拍出|卖车成功|sold|deal|auction sold"),
    ("tp_withdrawn", "撤拍", "Withdrawn from auction", "service", "app", "digital", "拍卖部",
     "撤拍|不卖了|下架|流拍|withdrawn|withdraw|pulled the car|no sale"),
    ("tp_survey", "满意度回访", "Satisfaction survey", "loyalty", "app", "digital", "客服部",
     "回访|问卷|满意度|评价|survey|feedback|review"),
    ("tp_complaint", "客诉", "Complaint", "service", "phone", "digital", "客服部",
     "投诉|客诉|工单|维权|complaint|ticket|escalation"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("buyer", "买车旅程", "Buyer journey", 60,
     ["tp_browse", "tp_td_booked", "tp_td_done", "tp_report_viewed", "tp_deposit", "tp_contract", "tp_handover",
      "tp_transfer_done"]),
    ("seller", "卖车旅程", "Seller journey", 30,
     ["tp_valuation", "tp_inspect_booked", "tp_inspection", "tp_auction_listed", "tp_sold"]),
    ("loan", "贷款审批", "Loan approval", 7, ["tp_loan_apply", "tp_loan_approved"]),
]

TOPICS = {  # topic: sentiment, zh templates, en templates (markers per topic are checked in gold.py)
    "hidden_accident": ("neg", [
        "提车{m}个月去4S店保养，才知道这车出过大事故，检测报告上一个字都没写",
        "买到事故车了！纵梁有切割修复痕迹，你们的检测报告写的无重大事故，这不是骗人吗",
        "检测报告说车况优秀，结果修理厂说是泡水加事故车，要求退车",
        "隐瞒事故记录，保险查出来出过两次险，前后都换过，平台必须给说法",
        "车子有事故史却没告诉我们，{brand}开了不到一个月就发现气囊换过",
    ], [
        "Found out at the dealer that the car had a major accident - the inspection report said nothing about it.",
        "The {brand_en} I bought has hidden accident damage, frame was repaired. Want a refund.",
        "Your 'certified' report hid the accident history. Insurance records show two claims.",
        "Hidden accident history, the airbags had been replaced. Very disappointed.",
    ]),
    "slow_transfer": ("neg", [
        "交车都{d}天了过户还没办完，太慢了，车都不敢开远",
        "过户太慢了，每次问都说车管所在排队，没有一个准确时间",
        "过户拖了快一个月，临牌都快到期了，办事效率太慢",
        "钱早就付清了，过户进度慢得离谱，客服只会说再等等",
        "过户流程慢，说好一周，结果等了{d}天",
    ], [
        "Ownership transfer is painfully slow - {d} days after handover and still not done.",
        "Why is the transfer so slow? Nobody can tell me when the registration will be finished.",
        "Slow title transfer, my temporary plate is about to expire.",
    ]),
    "pushy_loan": ("neg", [
        "销售一直推贷款，说全款就不给这个价，感觉被绑架了",
        "我明明要全款，销售硬推分期贷款，说不贷款车就卖给别人了",
        "强推贷款，金融服务费好几千，还说是必须的",
        "贷款被推销得很烦，审批没过还耽误了我好几天",
        "交完定金就开始推贷款方案，一天打三个电话",
    ], [
        "The sales guy kept pushing the loan, said the price only applies if I finance through you.",
        "Very pushy about the car loan, I wanted to pay cash.",
        "They pushed me into a loan application that got rejected and wasted a week.",
    ]),
    "price_gap": ("neg", [
        "线上估价{v}万，上拍最高才出{b}万，差价太大了，感觉被套路",
        "估价虚高，验完车就各种压价，最后只好撤拍",
        "估价和拍卖价差了好几万，新能源车就这么不值钱吗",
        "先给个高估价把人骗来，检测完再砍价，估价根本没参考意义",
    ], [
        "The online valuation said {vk}, best bid at auction was {bk}. Huge gap.",
        "Valuation was way too optimistic, then they knocked the price down after inspection.",
        "The valuation is just bait - the auction price was far below it, so I withdrew.",
    ]),
    "deposit_refund": ("neg", [
        "不买了申请退定金，拖了两周才到账",
        "退定金要走好几个审批，客服态度也一般",
    ], [
        "Getting my deposit back took over two weeks.",
    ]),
    "smooth_deal": ("pos", [
        "从看车到提车一周搞定，销售很专业，推荐",
        "整体流程很顺，车况和描述一致，满意",
        "顾问很耐心，没有乱推销，价格也透明",
    ], [
        "Smooth process from test drive to handover, car exactly as described.",
        "Great experience, transparent pricing and no pressure.",
    ]),
    "quick_transfer": ("pos", [
        "过户很顺利，三天就办好了",
        "过户全程代办，很省心",
    ], [
        "Ownership transfer was done in a few days, very convenient.",
    ]),
    "fast_sale": ("pos", [
        "上拍第二天就卖掉了，价格也满意",
        "检测师很专业，拍卖很快成交，钱第二天到账",
    ], [
        "Sold the car within two days of listing, happy with the price.",
    ]),
}
GENERIC = {  # touchpoint: {pos|neu|neg: (zh list, en list)}
    "tp_td_done": {
        "pos": (["试驾安排得很好，销售讲解很细", "到店就有车，试驾路线也合理", "门店环境不错，试驾体验很好"],
                ["Test drive was well organised, the salesperson knew the car.", "Nice store, easy test drive."]),
        "neu": (["试驾还行，再对比一下别的车", "车况一般，还在考虑"], ["Test drive was ok, still comparing."]),
        "neg": (["到店等了四十分钟才试上车", "约好的车被别人试走了，白跑一趟", "试驾时间太短，只绕了一圈"],
                ["Waited 40 minutes for the car at the store.", "The car I booked wasn't even there."]),
    },
    "tp_handover": {
        "pos": (["交车仪式很用心，车也洗得很干净", "提车很顺利，手续都讲得很清楚"],
                ["Handover was quick and the car was spotless.", "Picked up the car, everything explained clearly."]),
        "neu": (["提车流程正常", "交车还可以，等了一会儿"], ["Handover was fine."]),
        "neg": (["提车时发现有划痕，说好的整备没做", "交车当天备用钥匙找不到"],
                ["Found scratches at pickup that weren't in the photos."]),
    },
    "tp_transfer_done": {
        "pos": (["手续齐全，新证已经拿到", "代办服务不错，省了很多事"], ["Got the new registration, all good."]),
        "neu": (["手续办完了", "证件收到了"], ["Paperwork is done."]),
        "neg": (["过户后寄回的材料少了一份", "行驶证上的信息写错了，还得再跑一趟"],
                ["They mailed back the wrong documents after registration."]),
    },
    "tp_loan_apply": {
        "pos": (["贷款审批挺快的，利率也能接受", "金融顾问讲得清楚，方案可选"], ["Loan approval was quick, fair rate."]),
        "neu": (["贷款材料有点多", "贷款还在审"], ["Loan paperwork is a bit much."]),
        "neg": (["贷款利率比银行高不少", "贷款材料要求反复补交"], ["Interest rate is higher than my bank's."]),
    },
    "tp_sold": {
        "pos": (["卖车流程很快，检测师态度好", "到账很快，省心"], ["Fast payout after the auction."]),
        "neu": (["价格一般，也就这样了", "卖掉了，流程正常"], ["Sold, price was ok."]),
        "neg": (["过了好几天钱才到账", "检测师迟到了一个小时"], ["Inspector showed up an hour late."]),
    },
    "tp_withdrawn": {
        "pos": (["撤拍很方便，没收任何费用"], ["Withdrawing was easy, no fee."]),
        "neu": (["价格不合适，先不卖了", "再等等看吧"], ["Price wasn't right, keeping the car for now."]),
        "neg": (["撤拍还要打好几个电话", "检测了半天最后白折腾"], ["Wasted a whole morning on the inspection for nothing."]),
    },
    "tp_valuation": {
        "pos": (["估个价挺方便的，一分钟就出结果"], ["Getting a quote in the app was easy."]),
        "neu": (["估了个价，先看看"], ["Checked the quote, will think about it."]),
        "neg": (["填完信息就一直有电话打过来", "要留手机号才给价格，很烦"], ["Got spam calls right after asking for a quote."]),
    },
    "tp_browse": {
        "pos": (["车源挺多的，图片也清楚", "App筛选很好用"], ["Lots of cars and clear photos.", "Filters in the app work well."]),
        "neu": (["车源还行", "价格和别的平台差不多"], ["Listings are ok.", "Prices similar to other sites."]),
        "neg": (["很多车点进去已经卖了还挂着", "App老是闪退", "图片和实车差别很大"],
                ["Half the cars I clicked were already sold.", "App keeps crashing."]),
    },
}


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    customers, events, orders, feedback, truth = [], [], [], [], []
    counters = {"e": 0, "o": 0, "f": 0, "l": 0}

    def nid(kind, prefix, width=6):
        counters[kind] += 1
        return f"{prefix}{counters[kind]:0{width}d}"

    def pick(seq, p=None):
        return seq[int(rng.choice(len(seq), p=p))]

    def at_hour(day: datetime, lo=9, hi=21) -> datetime:
        return day.replace(hour=0, minute=0, second=0) + D(hours=int(rng.integers(lo, hi)),
                                                           minutes=int(rng.integers(0, 60)),
                                                           seconds=int(rng.integers(0, 60)))

    # ---------- signup days with seasonality ----------
    month_w = {1: 0.8, 2: 0.6, 3: 1.3, 4: 1.2, 5: 1.1, 6: 1.0, 7: 0.9, 8: 0.9, 9: 1.2, 10: 1.3, 11: 1.0, 12: 0.9}
    days = [START + D(days=k) for k in range((END - START).days)]
    growth = np.array([1.0 + 0.35 * k / len(days) for k in range(len(days))])
    w = np.array([month_w[d.month] for d in days]) * growth
    w = w / w.sum()

    def new_car(role, brand_idx=None):
        bw = np.array([b[2] if role == "buyer" else b[3] for b in BRANDS])
        bi = brand_idx if brand_idx is not None else int(rng.choice(len(BRANDS), p=bw / bw.sum()))
        zh, en, _, _, nev_share, base = BRANDS[bi]
        fuel = "新能源" if rng.random() < nev_share else "燃油"
        age_w = [0.36, 0.36, 0.22, 0.06] if fuel == "新能源" else [0.22, 0.29, 0.30, 0.19]
        age = pick(AGE_CAR, age_w)
        lo, hi = AGE_CAR_YEARS[age]
        years = float(rng.uniform(lo, hi))
        price = base * (0.78 if fuel == "新能源" else 0.86) ** years * float(rng.lognormal(0, 0.12))
        price = max(18_000, round(price, -2))
        band = next(b for b in PRICE_BANDS if price < b[0])
        return {"listing_id": nid("l", "L", 6), "brand_zh": zh, "brand_en": en, "fuel_type": fuel,
                "fuel_type_en": FUEL_EN[fuel], "car_age_band": AGE_CAR_ZH[age], "car_age_band_en": age,
                "price_band": band[2], "price_band_en": band[1], "car_price": price, "_age": age}

    def car_cols(car):
        return {k: v for k, v in car.items() if not k.startswith("_") and k != "car_price"}

    def new_customer(role, signup, channel=None):
        city = pick(CITIES, [c[3] for c in CITIES])
        ch = channel or pick(CHANNELS, CHANNEL_W_BUYER if role == "buyer" else CHANNEL_W_SELLER)
        dev = pick(["ios", "android", "pc"], [city[5] * 0.85, (1 - city[5]) * 0.85, 0.15])
        cid = f"{'B' if role == 'buyer' else 'S'}{len(customers) + 1:05d}"
        c = {"customer_id": cid, "signup_at": signup, "segment": role, "role_zh": "买家" if role == "buyer" else "卖家",
             "region": city[2], "acquisition_channel": ch, "channel_zh": CHANNEL_ZH[ch], "city": city[0],
             "city_zh": city[1], "store_id": pick(city[6]), "age_band": pick(AGE_BANDS, AGE_W), "primary_device": dev,
             "language": "en" if rng.random() < city[4] else "zh"}
        customers.append(c)
        return c

    def add_event(c, car, ts, tp, action, **extra):
        if ts > END:
            return None
        digital = tp not in ("tp_td_done", "tp_contract", "tp_handover", "tp_transfer_done", "tp_inspection",
                             "tp_complaint")
        dev = c["primary_device"] if digital else None
        ch = extra.pop("channel", None) or (("web" if dev == "pc" else "app") if digital else
                                            ("other" if tp == "tp_transfer_done" else "store"))
        row = {"event_id": nid("e", "E", 7), "customer_id": c["customer_id"], "ts": ts, "touchpoint_id": tp,
               "action": action, "device": dev, "channel": ch, "session_id": extra.pop("session_id", None),
               "city": c["city"], "city_zh": c["city_zh"], "store_id": c["store_id"]}
        if car is not None:
            row.update(car_cols(car))
        row.update(extra)
        events.append(row)
        return row

    def add_order(c, car, ts, otype, amount, status="paid", **extra):
        if ts > END:
            return None
        row = {"order_id": nid("o", "O", 6), "customer_id": c["customer_id"], "ts": ts, "amount": round(amount, 2),
               "status": status, "channel": "app" if otype == "deposit" else "store",
               "device": c["primary_device"] if otype == "deposit" else None, "order_type": otype,
               "order_type_zh": {"deposit": "定金", "service_fee": "服务费", "loan_fee": "金融服务费"}[otype],
               "payer_role": c["segment"], "city": c["city"], "city_zh": c["city_zh"], "store_id": c["store_id"],
               "payment_method": pick(PAY, [0.45, 0.3, 0.15, 0.1])}
        row.update(car_cols(car))
        row["car_price"] = car["car_price"]
        row.update(extra)
        orders.append(row)
        return row

    def add_fb(c, car, ts, tp, channel, topic, sentiment, text, rating=None, nps=None, **extra):
        if ts is not None and ts > END:
            return
        fid = nid("f", "FB", 5)
        row = {"feedback_id": fid, "text": text, "ts": ts, "customer_id": c["customer_id"] if c else None,
               "touchpoint_id": tp, "channel": channel, "rating": rating, "nps": nps,
               "city": extra.pop("city", c["city"] if c else None),
               "city_zh": extra.pop("city_zh", c["city_zh"] if c else None),
               "listing_id": car["listing_id"] if car else None, "brand_zh": car["brand_zh"] if car else None,
               "brand_en": car["brand_en"] if car else None, "car_age_band": car["car_age_band"] if car else None,
               "fuel_type": car["fuel_type"] if car else None,
               "language": extra.pop("language", c["language"] if c else "zh")}
        row.update(extra)
        feedback.append(row)
        truth.append({"feedback_id": fid, "topic": topic, "sentiment": sentiment})

    def topic_text(topic, lang, **fmt):
        sent, zh, en = TOPICS[topic]
        return sent, pick(zh if lang == "zh" else en).format(**fmt)

    def generic_text(tp, bucket, lang):
        zh, en = GENERIC[tp][bucket]
        return pick(zh if lang == "zh" else en)

    def rating_from(mean):
        return int(np.clip(round(rng.normal(mean, 0.8)), 1, 5))

    def survey(c, car, ts, tp, mean, topic=None, p_topic=0.0, nps_p=0.0, channel="survey", **fmt):
        """A survey answer at tp: a planted topic with probability p_topic, else a generic comment by rating."""
        if ts > END:
            return
        lang = c["language"]
        add_event(c, car, ts - D(minutes=3), "tp_survey", "submit")
        if topic and rng.random() < p_topic:
            sent, text = topic_text(topic, lang, **fmt)
            r = int(rng.choice([1, 2, 2])) if sent == "neg" else int(rng.choice([4, 5, 5]))
        else:
            r = rating_from(mean)
            b = "pos" if r >= 4 else ("neu" if r == 3 else "neg")
            if tp == "tp_transfer_done" and b == "pos" and rng.random() < 0.4:
                sent, text, topic = topic_text("quick_transfer", lang) + ("quick_transfer",)
            elif tp in ("tp_handover",) and b == "pos" and rng.random() < 0.35:
                sent, text, topic = topic_text("smooth_deal", lang) + ("smooth_deal",)
            elif tp == "tp_sold" and b == "pos" and rng.random() < 0.4:
                sent, text, topic = topic_text("fast_sale", lang) + ("fast_sale",)
            else:
                text, sent, topic = generic_text(tp, b, lang), b, "generic_" + b
        nps = None
        if rng.random() < nps_p:
            nps = int(np.clip(round(rng.normal({1: 1, 2: 3, 3: 6, 4: 8, 5: 9.3}[r], 1.2)), 0, 10))
        add_fb(c, car, ts, tp, channel, topic, sent, text, rating=r, nps=nps)

    def app_feedback(c, car, ts, tp, mean):
        r = rating_from(mean)
        b = "pos" if r >= 4 else ("neu" if r == 3 else "neg")
        add_fb(c, car, ts, tp, "app_feedback", "generic_" + b, b, generic_text(tp, b, c["language"]), rating=r)

    # ---------- buyers ----------
    signups = [(d, None) for d in rng.choice(days, size=N_BUYERS, p=w)]
    signups += [(CAMPAIGN[0] + D(days=int(rng.integers(0, 7))), "douyin_ads") for _ in range(N_CAMPAIGN)]
    signups.sort(key=lambda x: x[0])
    for day, forced in signups:
        t0 = at_hour(day, 8, 23)
        c = new_customer("buyer", t0, forced)
        campaign = forced is not None
        car = new_car("buyer")
        city, ch = c["city"], c["acquisition_channel"]
        sess = 0
        n_browse = 1 + int(rng.poisson(0.8 if campaign else 1.6))
        tb = t0
        for k in range(n_browse):
            sess += 1
            add_event(c, car, tb, "tp_browse", "view", session_id=f"{c['customer_id']}-{sess}")
            tb = tb + D(hours=float(rng.uniform(3, 96)))
        if rng.random() < 0.03:
            app_feedback(c, car, at_hour(t0 + D(days=float(rng.uniform(0, 20)))), "tp_browse", 3.4)
        p_td = P_BOOK_TD[ch] * (0.55 if campaign else 1.0)
        if car["_age"] == "over_8y":
            p_td *= 0.9
        if rng.random() >= p_td:
            continue
        t_book = t0 + D(hours=float(rng.uniform(1, 12 * 24)))
        if add_event(c, car, t_book, "tp_td_booked", "submit") is None:
            continue
        if rng.random() >= 0.8:
            continue
        t_td = at_hour(t_book + D(days=int(rng.integers(1, 6))), 10, 19)
        if add_event(c, car, t_td, "tp_td_done", "visit") is None:
            continue
        if rng.random() < 0.35:
            survey(c, car, t_td + D(hours=float(rng.uniform(2, 30))), "tp_td_done", 4.05)
        if rng.random() >= 0.9:
            continue
        t_rep = t_td + D(hours=float(rng.uniform(0.5, 60)))
        if add_event(c, car, t_rep, "tp_report_viewed", "view") is None:
            continue
        p_dep = {"under_100k": 0.64, "100k_200k": 0.62, "200k_300k": 0.55, "over_300k": 0.42}[car["price_band_en"]]
        if rng.random() >= p_dep:
            continue
        t_dep = t_rep + D(hours=float(rng.uniform(1, 7 * 24)))
        dep_amt = 2000 if car["car_price"] < 100_000 else (5000 if car["car_price"] < 300_000 else 10000)
        if add_event(c, car, t_dep, "tp_deposit", "pay", car_price=car["car_price"]) is None:
            continue
        dep_order = add_order(c, car, t_dep, "deposit", dep_amt)
        push = city == "Chengdu" and t_dep >= CD_LOAN_PUSH
        p_loan = 0.74 if push else 0.36
        if car["price_band_en"] == "under_100k":
            p_loan -= 0.08
        loan_amount, approved, t_ready = None, False, t_dep
        if rng.random() < p_loan:
            t_la = t_dep + D(hours=float(rng.uniform(0.5, 40)))
            loan_amount = round(car["car_price"] * float(rng.uniform(0.4, 0.7)), -2)
            if add_event(c, car, t_la, "tp_loan_apply", "submit", loan_amount=loan_amount) is None:
                continue
            if rng.random() < (0.32 if push else 0.025):
                t = t_la + D(hours=float(rng.uniform(6, 72)))
                survey(c, car, t, "tp_loan_apply", 2.0, topic="pushy_loan", p_topic=1.0)
            elif rng.random() < 0.1:
                survey(c, car, t_la + D(hours=float(rng.uniform(6, 72))), "tp_loan_apply", 3.8)
            t_dec = t_la + D(hours=float(rng.uniform(4, 72)))
            approved = rng.random() < (0.56 if push else 0.84)
            if add_event(c, car, t_dec, "tp_loan_approved" if approved else "tp_loan_rejected",
                         "approve" if approved else "reject", loan_amount=loan_amount) is None:
                continue
            t_ready = t_dec
            if not approved and rng.random() < 0.5:
                t_ref = t_dec + D(days=float(rng.uniform(1, 6)))
                if t_ref <= END:
                    dep_order["status"] = "refunded"
                    add_event(c, car, t_ref, "tp_deposit_refund", "refund", refund_reason="loan_rejected")
                continue
        p_con = 0.95 if approved else 0.89
        if rng.random() >= p_con:
            t_ref = t_ready + D(days=float(rng.uniform(2, 12)))
            if t_ref <= END:
                dep_order["status"] = "refunded"
                add_event(c, car, t_ref, "tp_deposit_refund", "refund", refund_reason="changed_mind")
                if rng.random() < 0.2:
                    sent, text = topic_text("deposit_refund", c["language"])
                    add_fb(c, car, t_ref + D(days=float(rng.uniform(3, 14))), "tp_deposit_refund", "call_note",
                           "deposit_refund", sent, text)
            continue
        t_con = at_hour(t_ready + D(days=int(rng.integers(1, 7))), 10, 20)
        if add_event(c, car, t_con, "tp_contract", "sign", car_price=car["car_price"],
                     payment_plan="loan" if approved else "full") is None:
            continue
        fee = float(min(9000, max(1500, round(car["car_price"] * 0.03, -1))))
        svc_order = add_order(c, car, t_con, "service_fee", fee)
        if approved:
            add_order(c, car, t_con, "loan_fee", round(loan_amount * 0.03, -1), loan_amount=loan_amount)
        if rng.random() >= 0.985:
            continue
        t_ho = at_hour(t_con + D(days=int(rng.integers(1, 6))), 10, 19)
        if add_event(c, car, t_ho, "tp_handover", "deliver") is None:
            continue
        if rng.random() < 0.3:
            survey(c, car, t_ho + D(hours=float(rng.uniform(2, 48))), "tp_handover", 4.2)
        # hidden accident history, discovered after the handover
        p_acc = {"under_3y": 0.01, "3_5y": 0.025, "5_8y": 0.06, "over_8y": 0.17}[car["_age"]]
        if rng.random() < p_acc:
            t_acc = t_ho + D(days=float(rng.uniform(5, 75)))
            if t_acc <= END:
                add_event(c, car, t_acc - D(minutes=20), "tp_complaint", "submit", channel="phone",
                          complaint_topic="hidden_accident")
                sent, text = topic_text("hidden_accident", c["language"], m=max(1, int((t_acc - t_ho).days // 30)),
                                        brand=car["brand_zh"], brand_en=car["brand_en"])
                add_fb(c, car, t_acc, "tp_handover", "call_note", "hidden_accident", sent, text)
                if rng.random() < 0.4 and svc_order is not None:
                    svc_order["status"] = "refunded"
        # ownership transfer
        slow = city == "Guangzhou" and t_ho >= GZ_SLOW
        tr_days = float(rng.uniform(13, 38)) if slow else float(rng.uniform(2.5, 9.5) if rng.random() < 0.95
                                                                  else rng.uniform(10, 18))
        t_tr = at_hour(t_ho + D(days=tr_days), 9, 17)
        if tr_days > 14 and rng.random() < 0.4:
            t_cs = t_ho + D(days=float(rng.uniform(12, min(tr_days, 25))))
            if t_cs <= END:
                add_event(c, car, t_cs - D(minutes=15), "tp_complaint", "submit", channel="phone",
                          complaint_topic="slow_transfer")
                sent, text = topic_text("slow_transfer", c["language"], d=int((t_cs - t_ho).days))
                add_fb(c, car, t_cs, "tp_transfer_done", "call_note", "slow_transfer", sent, text)
        if add_event(c, car, t_tr, "tp_transfer_done", "complete", transfer_days=round(tr_days, 1)) is None:
            continue
        if rng.random() < 0.45:
            mean = 4.35 if tr_days <= 10 else (3.4 if tr_days <= 15 else 2.5)
            survey(c, car, t_tr + D(hours=float(rng.uniform(4, 96))), "tp_transfer_done", mean,
                   topic="slow_transfer", p_topic=0.55 if tr_days > 15 else 0.0, nps_p=0.6, d=int(tr_days))

    # ---------- sellers ----------
    for day in sorted(rng.choice(days, size=N_SELLERS, p=w)):
        t0 = at_hour(day, 8, 23)
        c = new_customer("seller", t0)
        car = new_car("seller")
        val = round(car["car_price"] * float(rng.uniform(0.86, 0.94)), -2)
        for k in range(1 + int(rng.random() < 0.3)):
            add_event(c, car, t0 + D(hours=30 * k), "tp_valuation", "quote", valuation_price=val)
        if rng.random() < 0.02:
            app_feedback(c, car, t0 + D(hours=float(rng.uniform(1, 48))), "tp_valuation", 3.2)
        if rng.random() >= 0.56:
            continue
        t_ib = t0 + D(hours=float(rng.uniform(2, 6 * 24)))
        if add_event(c, car, t_ib, "tp_inspect_booked", "submit") is None:
            continue
        if rng.random() >= 0.87:
            continue
        t_in = at_hour(t_ib + D(days=int(rng.integers(1, 5))), 9, 18)
        if add_event(c, car, t_in, "tp_inspection", "inspect", inspector_id=f"I{int(rng.integers(1, 13)):02d}",
                     valuation_price=val) is None:
            continue
        if rng.random() >= 0.93:
            continue
        t_li = t_in + D(hours=float(rng.uniform(3, 48)))
        if add_event(c, car, t_li, "tp_auction_listed", "list", valuation_price=val) is None:
            continue
        if car["fuel_type"] == "新能源":
            ratio = rng.normal(0.82 if car["brand_en"] == "Tesla" else 0.85, 0.05)
        elif car["brand_en"] == "Porsche":
            ratio = rng.normal(0.78, 0.04)
        else:
            ratio = rng.normal(0.925, 0.04)
        bid = round(val * float(ratio), -2)
        reserve = float(rng.uniform(0.80, 0.9))
        t_res = t_li + D(hours=float(rng.uniform(20, 72)))
        sold = ratio >= reserve
        if add_event(c, car, t_res, "tp_sold" if sold else "tp_withdrawn", "sell" if sold else "withdraw",
                     valuation_price=val, final_bid=bid) is None:
            continue
        if sold:
            add_order(c, car, t_res, "service_fee", float(min(6000, max(800, round(bid * 0.015, -1)))),
                      final_price=bid)
        p_gap = 0.5 if ratio < 0.86 else 0.04
        if rng.random() < p_gap:
            t = t_res + D(hours=float(rng.uniform(2, 72)))
            ch = pick(["survey", "call_note"], [0.6, 0.4])
            sent, text = topic_text("price_gap", c["language"], v=f"{val / 10000:.1f}", b=f"{bid / 10000:.1f}",
                                    vk=f"{val / 1000:.0f}k", bk=f"{bid / 1000:.0f}k")
            if ch == "survey":
                add_event(c, car, t - D(minutes=3), "tp_survey", "submit")
            else:
                add_event(c, car, t - D(minutes=10), "tp_complaint", "submit", channel="phone",
                          complaint_topic="price_gap")
            add_fb(c, car, t, "tp_sold" if sold else "tp_withdrawn", ch, "price_gap", sent, text,
                   rating=int(rng.choice([1, 2, 2])) if ch == "survey" else None)
        elif rng.random() < 0.3:
            survey(c, car, t_res + D(hours=float(rng.uniform(2, 72))), "tp_sold" if sold else "tp_withdrawn",
                   4.2 if sold else 3.1)

    # ---------- public posts (app-store reviews, 懂车帝 / Weibo posts), no customer, some without a date ----------
    for k in range(340):
        city = pick(CITIES, [c[3] for c in CITIES])
        day = START + D(days=int(rng.integers(20, (END - START).days)))
        ts = at_hour(day, 7, 23)
        lang = "en" if rng.random() < city[4] * 1.5 else "zh"
        if city[0] == "Guangzhou" and day >= GZ_SLOW + D(days=20) and rng.random() < 0.45:
            topic = "slow_transfer"
        elif city[0] == "Chengdu" and day >= CD_LOAN_PUSH and rng.random() < 0.4:
            topic = "pushy_loan"
        else:
            topic = pick(["hidden_accident", "price_gap", "smooth_deal", "generic"], [0.15, 0.12, 0.33, 0.40])
        car = None
        if topic == "generic":
            tp = pick(["tp_browse", "tp_td_done", "tp_handover"])
            b = pick(["pos", "neu", "neg"], [0.45, 0.25, 0.30])
            text, sent, topic = generic_text(tp, b, lang), b, "generic_" + b
        else:
            tp = {"slow_transfer": "tp_transfer_done", "pushy_loan": "tp_loan_apply", "hidden_accident": "tp_handover",
                  "price_gap": "tp_withdrawn", "smooth_deal": "tp_handover"}[topic]
            bz = BRANDS[int(rng.integers(0, 9))]
            sent, text = topic_text(topic, lang, d=int(rng.integers(20, 40)), m=2, brand=bz[0], brand_en=bz[1],
                                    v="12.5", b="9.8", vk="125k", bk="98k")
        channel = pick(["app_review", "social"], [0.5, 0.5])
        rating = None
        if channel == "app_review":
            rating = {"pos": int(rng.choice([4, 5, 5])), "neu": 3, "neg": int(rng.choice([1, 1, 2]))}[sent]
        if rng.random() < 0.22:
            ts = None
        add_fb(None, None, ts, tp, channel, topic, sent, text, rating=rating, city=city[0], city_zh=city[1],
               language=lang)

    write_all(out, customers, events, orders, feedback, truth)


def write_all(out, customers, events, orders, feedback, truth):
    def fmt(v):
        if v is None:
            return ""
        if isinstance(v, datetime):
            return v.strftime("%Y-%m-%d %H:%M:%S")
        return v

    def write(path, rows, cols):
        with open(path, "w", newline="", encoding="utf-8") as fh:
            wr = csv.writer(fh)
            wr.writerow(cols)
            for r in rows:
                wr.writerow([fmt(r.get(k)) for k in cols])

    car_cols = ["listing_id", "brand_zh", "brand_en", "fuel_type", "fuel_type_en", "car_age_band", "car_age_band_en",
                "price_band", "price_band_en"]
    write(out / "touchpoints.csv",
          [dict(zip(["touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"], t),
                name=f"{t[1]} / {t[2]}") for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv",
          [{"journey_id": j, "journey_name": f"{zh} / {en}", "journey_name_zh": zh, "journey_name_en": en,
            "step": k, "touchpoint_id": tp, "window_days": win}
           for j, zh, en, win, steps in JOURNEYS for k, tp in enumerate(steps, 1)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", customers,
          ["customer_id", "signup_at", "segment", "role_zh", "region", "acquisition_channel", "channel_zh", "city",
           "city_zh", "store_id", "age_band", "primary_device", "language"])
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    write(out / "events.csv", events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "session_id", "city",
           "city_zh", "store_id"] + car_cols +
          ["car_price", "loan_amount", "payment_plan", "valuation_price", "final_bid", "inspector_id",
           "transfer_days", "refund_reason", "complaint_topic"])
    orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    write(out / "orders.csv", orders,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "order_type_zh",
           "payer_role", "city", "city_zh", "store_id"] + car_cols +
          ["car_price", "loan_amount", "final_price", "payment_method"])
    write(out / "feedback.csv", feedback,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "city", "city_zh",
           "listing_id", "brand_zh", "brand_en", "car_age_band", "fuel_type", "language"])
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
