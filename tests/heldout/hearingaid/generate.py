"""听见 ClearSound: a hearing-aid retail chain with 30 stores in 5 cities (上海, 北京, 杭州, 南京, 成都). A lead comes in
(online ad, ENT doctor referral, community hearing-screening event, walk-in), books a free hearing test, takes it at a
store, borrows a device for a 7-day home trial, buys (basic / mid / premium, one ear or a pair), comes back for 1-3
fitting adjustment visits, gets a 30-day follow-up call, pairs the companion app (Bluetooth models), rebuys batteries
and accessories, and may need a warranty repair. Customers are mostly elderly; an adult child often pays.
Data covers 2024-07-01 .. 2026-06-30 (leads until 2026-05-31; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments).
Deterministic (fixed seed), plain Python + numpy, about 2 s. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261203
START = datetime(2024, 7, 1)
LEAD_END = datetime(2026, 5, 31)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 6000
D = timedelta

CITIES = {  # en: (zh, province, weight)
    "Shanghai": ("上海", "上海市", 0.32), "Beijing": ("北京", "北京市", 0.23), "Hangzhou": ("杭州", "浙江省", 0.15),
    "Nanjing": ("南京", "江苏省", 0.15), "Chengdu": ("成都", "四川省", 0.15)}
_DIST = {
    "Shanghai": [("SH01", "静安", "Jing'an"), ("SH02", "徐汇", "Xuhui"), ("SH03", "浦东", "Pudong"),
                 ("SH04", "长宁", "Changning"), ("SH05", "杨浦", "Yangpu"), ("SH06", "闵行", "Minhang"),
                 ("SH07", "普陀", "Putuo"), ("SH08", "虹口", "Hongkou")],
    "Beijing": [("BJ01", "朝阳", "Chaoyang"), ("BJ02", "海淀", "Haidian"), ("BJ03", "西城", "Xicheng"),
                ("BJ04", "东城", "Dongcheng"), ("BJ05", "丰台", "Fengtai"), ("BJ06", "通州", "Tongzhou"),
                ("BJ07", "昌平", "Changping")],
    "Hangzhou": [("HZ01", "西湖", "Xihu"), ("HZ02", "拱墅", "Gongshu"), ("HZ03", "上城", "Shangcheng"),
                 ("HZ04", "滨江", "Binjiang"), ("HZ05", "萧山", "Xiaoshan")],
    "Nanjing": [("NJ01", "鼓楼", "Gulou"), ("NJ02", "玄武", "Xuanwu"), ("NJ03", "秦淮", "Qinhuai"),
                ("NJ04", "建邺", "Jianye"), ("NJ05", "江宁", "Jiangning")],
    "Chengdu": [("CD01", "锦江", "Jinjiang"), ("CD02", "武侯", "Wuhou"), ("CD03", "青羊", "Qingyang"),
                ("CD04", "成华", "Chenghua"), ("CD05", "高新", "Gaoxin")],
}
STORES = {}   # store_id -> (zh name, en name, city en)
for _c, _l in _DIST.items():
    for _sid, _zh, _en in _l:
        STORES[_sid] = (f"{CITIES[_c][0]}{_zh}店", f"{_c} {_en} Store", _c)
NEW_STORE, NEW_OPEN = "CD05", datetime(2026, 3, 1)         # tiny new store: nearly every trial buys (small-group trap)
STAR_STORE, STAR_AUD = "BJ02", ("刘敏", "Liu Min")          # patient audiologist: best trial -> purchase, most praise
SLOW_STORE, SLOW_FROM = "SH02", datetime(2025, 7, 1)        # an audiologist left: adjustment appointments wait ~16 d
SUBSIDY_CITY, SUBSIDY_FROM = "Hangzhou", datetime(2025, 7, 1)   # 残联助听器补贴: ¥3,000 off, trial -> purchase up
APP32, APP33 = datetime(2025, 9, 15), datetime(2025, 12, 20)      # app v3.2: Android Bluetooth pairing broken
CALL_GAP = (datetime(2026, 3, 1), datetime(2026, 4, 30, 23, 59))  # call centre short-staffed: follow-up calls missed

_SUR = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("陈", "Chen"), ("杨", "Yang"), ("赵", "Zhao"), ("黄", "Huang"),
        ("周", "Zhou"), ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo")]
_GIV = [("静", "Jing"), ("磊", "Lei"), ("婷", "Ting"), ("强", "Qiang"), ("芳", "Fang"), ("军", "Jun"), ("丽", "Li"),
        ("涛", "Tao"), ("燕", "Yan"), ("杰", "Jie"), ("霞", "Xia"), ("勇", "Yong"), ("娜", "Na"), ("超", "Chao")]
AUDS = {}     # store_id -> [(zh, en), ...]
_k = 0
for _sid in STORES:
    lst = []
    for _j in range(2):
        s, g = _SUR[_k % len(_SUR)], _GIV[(_k * 5 + _j) % len(_GIV)]
        _k += 1
        lst.append((s[0] + g[0], f"{s[1]} {g[1]}"))
    AUDS[_sid] = lst
AUDS[STAR_STORE] = [STAR_AUD, AUDS[STAR_STORE][1]]
AUDS[NEW_STORE] = [AUDS[NEW_STORE][0]]

CHANNELS = {"online_ad": ("网络广告", 0.40), "ent_referral": ("医生转介", 0.15),
            "community_screening": ("社区筛查", 0.25), "walk_in": ("自然到店", 0.20)}
AGES = {"55-64": ("55-64岁", 0.18), "65-74": ("65-74岁", 0.40), "75-84": ("75-84岁", 0.32), "85+": ("85岁及以上", 0.10)}
PAYER = {"self": "本人", "adult_child": "子女", "spouse": "配偶", "other": "其他"}
PAYER_BY_AGE = {"55-64": [0.70, 0.12, 0.15, 0.03], "65-74": [0.45, 0.38, 0.14, 0.03],
                "75-84": [0.28, 0.58, 0.11, 0.03], "85+": [0.12, 0.80, 0.04, 0.04]}
LOSS = {"mild": "轻度", "moderate": "中度", "severe": "重度"}
LOSS_BY_AGE = {"55-64": [0.55, 0.35, 0.10], "65-74": [0.38, 0.46, 0.16], "75-84": [0.28, 0.49, 0.23],
               "85+": [0.15, 0.47, 0.38]}
TIERS = {"basic": ("基础款", 3980, "CS-Basic 2"), "mid": ("中端款", 8980, "CS-Mid 5"),
         "premium": ("高端款", 15980, "CS-Premium 7R")}
TIER_BY_PAYER = {"self": [0.52, 0.34, 0.14], "adult_child": [0.18, 0.40, 0.42], "spouse": [0.38, 0.42, 0.20],
                 "other": [0.45, 0.40, 0.15]}
BUY_BY_PAYER = {"self": 0.40, "adult_child": 0.66, "spouse": 0.50, "other": 0.45}
RETURN_P = {"basic": 0.10, "mid": 0.04, "premium": 0.03}
REPAIR_P = {"basic": 0.30, "mid": 0.12, "premium": 0.07}
REPAIR_REASONS = {"whistling": "啸叫", "no_sound": "无声", "moisture": "受潮", "shell_crack": "外壳破损",
                  "bluetooth": "蓝牙断连"}
ISSUES = {"whistling": "啸叫", "too_loud": "声音太大", "background_noise": "环境噪音", "comfort": "佩戴不适",
          "routine": "常规调试"}
HOSPITALS = ["市第六人民医院耳鼻喉科", "市中医院耳鼻喉科", "省人民医院听力中心", "市第一人民医院耳鼻喉科", "区人民医院耳鼻喉科"]
CAMPAIGNS = ["baidu_search", "douyin_feed", "wechat_moments", "toutiao_feed"]

TOUCHPOINTS = [
    ("tp_lead", "线索登记", "Lead captured", "awareness", "other", "digital", "marketing",
     "线索|留资|咨询|登记|新客|lead|leads|enquiry|inquiry|sign-up"),
    ("tp_test_booked", "预约免费听力检测", "Free hearing test booked", "consideration", "phone", "digital", "customer_service",
     "预约检测|约检测|预约听力检测|约测听|book a test|test booking|booked test|appointment booked"),
    ("tp_test_done", "完成听力检测", "Hearing test done", "consideration", "store", "physical", "audiology",
     "听力检测|测听|检测|做检测|到店检测|hearing test|test done|tested|audiogram"),
    ("tp_trial", "7天居家试戴", "7-day home trial fitting", "consideration", "store", "physical", "audiology",
     "试戴|试听|居家试戴|试用|home trial|trial|trial fitting|try at home"),
    ("tp_purchase", "购买助听器", "Hearing aid purchase", "purchase", "store", "physical", "sales",
     "购买|成交|下单|配助听器|买助听器|purchase|buy|bought|sale|sales"),
    ("tp_adjust", "调机复诊", "Fitting adjustment visit", "service", "store", "physical", "audiology",
     "调机|调试|复诊|验配调整|调音|adjustment|fitting adjustment|fine-tuning|tune-up"),
    ("tp_followup_call", "30天回访电话", "30-day follow-up call", "service", "phone", "digital", "customer_service",
     "回访|回访电话|电话回访|30天回访|follow-up call|follow up call|callback|check-in call"),
    ("tp_app_pair", "App蓝牙配对", "App Bluetooth pairing", "service", "app", "digital", "digital_product",
     "App配对|配对|蓝牙|连App|app pairing|pairing|bluetooth|app"),
    ("tp_battery", "电池/配件复购", "Battery & accessory repurchase", "loyalty", "store", "physical", "retail",
     "电池|配件|复购|买电池|battery|batteries|accessories|repurchase|refill"),
    ("tp_repair", "保修维修", "Warranty repair", "service", "store", "physical", "after_sales",
     "维修|保修|送修|修理|repair|warranty|warranty repair|fix"),
]
JOURNEYS = [
    ("acquire", "获客到成交", "Lead to purchase", 60,
     ["tp_lead", "tp_test_booked", "tp_test_done", "tp_trial", "tp_purchase"]),
    ("trial_to_buy", "检测到成交", "Hearing test to purchase", 30, ["tp_test_done", "tp_trial", "tp_purchase"]),
    ("aftercare", "售后关怀", "After-sales care", 120,
     ["tp_purchase", "tp_adjust", "tp_followup_call", "tp_battery"]),
]

# feedback templates: topic -> (zh list, en list); {aud} / {aud_en} = audiologist
T = {
    "patient": (["{aud}老师非常耐心，一遍遍给我爸解释检测结果", "听力师{aud}很耐心，老人家听不清她就慢慢说", "检测做得很仔细，{aud}态度特别耐心",
                 "{aud}耐心又专业，我妈说终于听清孙子说话了", "调机的时候{aud}很耐心，一点点试到合适为止", "感谢{aud}的耐心，老爷子很满意"],
                ["{aud_en} was so patient with my father and explained every result",
                 "Our audiologist {aud_en} was very patient, took her time with mum",
                 "Very patient and professional audiologist ({aud_en}), highly recommend"]),
    "price": (["太贵了，一对要好几万，老人舍不得", "效果是好，但价格太贵，再考虑考虑", "试戴挺满意，就是价格接受不了", "价格比网上贵不少，先不买了",
               "退休金买不起，太贵了", "价格能不能再优惠点？太贵了"],
              ["Too expensive for a pensioner, we will think about it", "Works well but the price is far too high",
               "Price is hard to justify, very expensive"]),
    "whistle": (["戴着老是啸叫，吱吱响", "在饭馆里背景杂音太大，听不清人说话", "一打电话就啸叫，很烦", "杂音很大，人多的地方基本没用",
                 "调了几次还是有啸叫", "风一吹就有杂音，老人不愿意戴了"],
                ["It keeps whistling whenever I put my hand near it", "Background noise in restaurants is unbearable",
                 "Constant whistling, dad had to take it out"]),
    "wait": (["调机要等两个多星期才约上", "买完想调一下，电话约不上，说排到半个月后", "第一次调机等了十几天，老人天天戴着难受",
              "预约调机太难了，要等好久", "调机约不上号，只能干等"],
             ["Had to wait over two weeks for an adjustment appointment",
              "Could not get an adjustment slot, the wait is far too long"]),
    "app": (["App一直配对失败，蓝牙连不上", "手机App连不上助听器，试了好多次", "更新App以后就配对不了了", "安卓手机蓝牙配对老失败，只能去店里",
             "App连不上，调不了音量"],
            ["The app won't pair with the hearing aids", "Bluetooth pairing fails every time since the update",
             "App keeps failing to pair, a nightmare for my parents"]),
    "app_ok": (["用手机调音量很方便", "手机上切换场景模式很好用"], ["Changing the volume from the phone is handy"]),
    "battery_ok": (["电池买得很方便，店里随时有货", "送电池上门很贴心", "电池小程序下单，第二天就到了"],
                   ["Batteries are easy to get at the store", "Battery delivery was quick"]),
    "battery_bad": (["电池用得太快了，一周就要换", "电池又涨价了"], ["Batteries drain too fast"]),
    "call_ok": (["回访电话很贴心，问得很仔细", "客服打电话回访，问老人戴得习惯不", "回访的小姑娘很有礼貌，还提醒按时调机"],
                ["Nice follow-up call checking how dad is doing", "Appreciated the follow-up call"]),
    "call_meh": (["回访电话没什么用，问题也没解决", "接到回访，一般般吧"], ["The follow-up call was fine, nothing special"]),
    "repair_slow": (["送修两个星期还没修好", "维修太慢了，老人没法用"], ["The repair took two weeks, far too long"]),
    "repair_ok": (["维修很快，三天就拿回来了", "保修期内免费修好了，不错"], ["Repair was quick and free under warranty"]),
    "test_ok": (["检测环境很安静，流程清楚", "免费检测很专业，报告讲得很明白", "检测很快，预约也方便"],
                ["The hearing test was thorough and clear", "Quick and professional hearing test"]),
    "trial_ok": (["试戴一周效果很好，终于能听清电视了", "居家试戴很方便，决定买了", "试戴几天老人说话都大声了，效果明显"],
                 ["The home trial convinced us, mum can hear the TV again", "Seven-day trial was a great idea"]),
    "subsidy": (["有残联补贴，省了三千，很划算", "补贴直接抵扣，手续简单", "补贴政策很好，老人少花不少钱"],
                ["The subsidy was deducted on the spot, very convenient"]),
    "comfort": (["戴着耳朵不舒服，不习惯", "感觉声音很怪，还在适应"], ["Feels uncomfortable in the ear, still adjusting"]),
    "neutral": (["请问周末营业吗？", "可以用医保卡吗？", "能上门检测吗？", "想问下试戴期间弄丢了怎么办", "一般吧"],
                ["Do you open on weekends?", "Can you do the test at home?", "It is okay I guess"]),
}
SENT = {"patient": "pos", "price": "neg", "whistle": "neg", "wait": "neg", "app": "neg", "app_ok": "pos",
        "battery_ok": "pos", "battery_bad": "neg", "call_ok": "pos", "call_meh": "neu", "repair_slow": "neg",
        "repair_ok": "pos", "test_ok": "pos", "trial_ok": "pos", "subsidy": "pos", "comfort": "neg", "neutral": "neu"}
RATING = {"neg": (1, 3), "neu": (3, 3), "pos": (4, 5)}


def day_weights():
    days = (LEAD_END.date() - START.date()).days + 1
    w = np.ones(days)
    for i in range(days):
        d = START + D(days=i)
        w[i] *= [1.0, 1.0, 1.0, 1.05, 1.05, 1.2, 0.9][d.weekday()]
        for cny in (datetime(2025, 1, 29), datetime(2026, 2, 17)):
            if -7 <= (d - cny).days <= 6:
                w[i] *= 0.4                              # 春节
            if -35 <= (d - cny).days < -7:
                w[i] *= 1.25                             # adult children bring parents before the holiday
        w[i] *= 1 + 0.25 * (d - START).days / 365        # growth
        w[i] *= 1 + 0.3 * (screening_boost(d) - 1)       # extra leads from community screening days
    return w / w.sum()


def screening_boost(d: datetime) -> float:
    """community screenings cluster around 重阳节 (Double Ninth: 2024-10-11, 2025-10-29) and 爱耳日 (Mar 3)."""
    for c in (datetime(2024, 10, 11), datetime(2025, 10, 29)):
        if -21 <= (d - c).days <= 10:
            return 4.0
    if d.month == 3 and d.day <= 10:
        return 2.5
    return 1.0


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, customers = [], [], [], []
    cnt = {"e": 0, "o": 0, "f": 0}

    def pick(keys, probs):
        keys = list(keys)
        return keys[int(rng.choice(len(keys), p=np.array(probs) / np.sum(probs)))]

    def ev(cid, ts, tp, **kw):
        if ts > END:
            return None
        cnt["e"] += 1
        row = dict(event_id=f"E{cnt['e']:06d}", customer_id=cid, ts=ts, touchpoint_id=tp, **kw)
        events.append(row)
        return row

    def order(cid, ts, amount, status, otype, **kw):
        if ts > END:
            return None
        cnt["o"] += 1
        zh = {"device": "助听器", "battery": "电池", "accessory": "配件", "repair": "维修", "subsidy": "补贴"}[otype]
        row = dict(order_id=f"O{cnt['o']:06d}", customer_id=cid, ts=ts, amount=round(amount, 2), status=status,
                   order_type=otype, 订单类型=zh, currency="CNY", **kw)
        orders.append(row)
        return row

    def fb(cid, ts, tp, channel, topic, lang, rating=True, nps=None, undated_p=0.0, **kw):
        if ts is not None and ts > END:
            return
        zh, en = T[topic]
        pool = en if lang == "en" else zh
        text = pool[int(rng.integers(len(pool)))]
        aud = kw.get("audiologist") or ""
        aud_en = kw.get("audiologist_en") or ""
        text = text.format(aud=aud, aud_en=aud_en)
        s = SENT[topic]
        r = None
        if rating:
            lo, hi = RATING[s]
            r = int(rng.integers(lo, hi + 1))
            if topic == "app":
                r = int(rng.choice([1, 1, 2]))
        if undated_p and rng.random() < undated_p:
            ts = None
        cnt["f"] += 1
        feedback.append(dict(feedback_id=f"FB{cnt['f']:05d}", text=text, ts=ts, customer_id=cid, touchpoint_id=tp,
                             channel=channel, rating=r, nps=nps, language=lang, sentiment_label=s, **kw))

    def shop_time(d: datetime, lo=9, hi=18):
        return datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(lo, hi)))

    def lognorm_days(median, sigma, lo, hi):
        return float(np.clip(median * np.exp(rng.normal(0, sigma)), lo, hi))

    dw = day_weights()
    n_days = len(dw)
    lead_days = np.sort(rng.choice(n_days, size=N, p=dw))
    store_ids = list(STORES)

    for i, di in enumerate(lead_days):
        cid = f"C{i + 1:05d}"
        day = START + D(days=int(di))
        t0 = day + D(hours=float(rng.uniform(7, 22)))
        # --- who
        city = pick(CITIES, [v[2] for v in CITIES.values()])
        cstores = [s for s in store_ids if STORES[s][2] == city and (s != NEW_STORE or day >= NEW_OPEN)]
        sw = [0.35 if s == NEW_STORE else (1.5 if s in (STAR_STORE, SLOW_STORE) else 1.0) for s in cstores]
        store = pick(cstores, sw)
        szh, sen, _ = STORES[store]
        age = pick(AGES, [v[1] for v in AGES.values()])
        payer = pick(PAYER, PAYER_BY_AGE[age])
        gender = pick(["female", "male"], [0.54, 0.46])
        chw = [v[1] for v in CHANNELS.values()]
        chw[2] *= screening_boost(day)
        if payer == "adult_child":
            chw[0] *= 1.3
        ch = pick(CHANNELS, chw)
        lang = "en" if (city in ("Shanghai", "Beijing") and rng.random() < 0.08) else "zh"
        phone_os = pick(["ios", "android"], [0.55, 0.45] if payer == "adult_child" else [0.30, 0.70])
        loss = pick(LOSS, LOSS_BY_AGE[age])
        cust = dict(customer_id=cid, signup_at=t0, segment="prospect", region=CITIES[city][1], acquisition_channel=ch,
                    tier="", 获客渠道=CHANNELS[ch][0], city=city, 城市=CITIES[city][0], age_band=age,
                    年龄段=AGES[age][0], gender=gender, 性别={"female": "女", "male": "男"}[gender],
                    payer_relation=payer, 付款人关系=PAYER[payer], hearing_loss="", 听损程度="",
                    home_store_id=store, store=szh, store_en=sen, phone_os=phone_os, language=lang)
        customers.append(cust)
        aud, aud_en = AUDS[store][int(rng.integers(len(AUDS[store])))]
        if store == STAR_STORE and rng.random() < 0.7:
            aud, aud_en = STAR_AUD
        sc = dict(store_id=store, store=szh, store_en=sen, city=city, 城市=CITIES[city][0])
        ac = dict(audiologist=aud, audiologist_en=aud_en)

        lead_kw = dict(action="submit", channel={"online_ad": "ads", "ent_referral": "other",
                                                 "community_screening": "other", "walk_in": "store"}[ch],
                       lead_source=ch, 线索来源=CHANNELS[ch][0], store_id=store, store_en=sen, city=city,
                       城市=CITIES[city][0])
        if ch == "online_ad":
            lead_kw.update(campaign=CAMPAIGNS[int(rng.integers(4))],
                           device=pick(["android", "ios", "pc"], [0.45, 0.35, 0.20]))
        elif ch == "ent_referral":
            lead_kw.update(referring_hospital=CITIES[city][0] + HOSPITALS[int(rng.integers(len(HOSPITALS)))])
        elif ch == "community_screening":
            lead_kw.update(screening_site=f"{CITIES[city][0]}社区筛查点{int(rng.integers(1, 40)):02d}")
        ev(cid, t0, "tp_lead", **lead_kw)

        # --- booking and test
        p_book = {"online_ad": 0.42, "ent_referral": 0.92, "community_screening": 0.72, "walk_in": 0.88}[ch]
        if rng.random() > p_book:
            if rng.random() < 0.05 and ch == "online_ad":
                fb(cid, t0 + D(hours=2), "tp_lead", "ticket", "neutral", lang, rating=False, undated_p=0.1)
            continue
        if ch == "walk_in":
            tb = t0 + D(minutes=float(rng.uniform(5, 40)))
        else:
            tb = t0 + D(days=lognorm_days({"online_ad": 1.5, "ent_referral": 1.0, "community_screening": 3.0}[ch],
                                          0.7, 0.05, 20))
        if tb > END:
            continue
        ev(cid, tb, "tp_test_booked", action="submit", channel="phone" if ch != "walk_in" else "store", **sc)
        p_show = {"online_ad": 0.74, "ent_referral": 0.93, "community_screening": 0.82, "walk_in": 0.97}[ch]
        if rng.random() > p_show:
            continue
        if ch == "walk_in":
            tt = tb + D(minutes=float(rng.uniform(20, 90)))
        else:
            tt = shop_time(tb + D(days=lognorm_days(4.0, 0.6, 1, 25)))
        cust["hearing_loss"], cust["听损程度"] = loss, LOSS[loss]
        cust["segment"] = "tested"
        pta = {"mild": (26, 40), "moderate": (41, 60), "severe": (61, 85)}[loss]
        if ev(cid, tt, "tp_test_done", action="success", channel="store", hearing_loss=loss, 听损程度=LOSS[loss],
              pta_db=int(rng.integers(pta[0], pta[1] + 1)), **sc, **ac) is None:
            continue
        if rng.random() < 0.22:
            topic = "patient" if rng.random() < (0.85 if aud == STAR_AUD[0] else 0.30) else "test_ok"
            fb(cid, tt + D(hours=float(rng.uniform(1, 30))), "tp_test_done", "survey", topic, lang, **sc, **ac)

        # --- trial
        p_trial = {"mild": 0.48, "moderate": 0.80, "severe": 0.90}[loss]
        if rng.random() > p_trial:
            continue
        if rng.random() < 0.6:
            ttr = tt + D(minutes=float(rng.uniform(30, 120)))
        else:
            ttr = shop_time(tt + D(days=lognorm_days(3.0, 0.6, 1, 20)))
        tier_try = pick(TIERS, TIER_BY_PAYER[payer])
        if ev(cid, ttr, "tp_trial", action="success", channel="store", trial_model=TIERS[tier_try][2], tier=tier_try,
              型号档次=TIERS[tier_try][0], **sc, **ac) is None:
            continue
        cust["segment"] = "trial_no_buy"
        p_buy = BUY_BY_PAYER[payer] * (1.12 if ch == "ent_referral" else 1.0)
        subsidy = city == SUBSIDY_CITY and ttr >= SUBSIDY_FROM and loss != "mild" and age != "55-64"
        if subsidy:
            p_buy += 0.28
        if store == STAR_STORE:
            p_buy = 0.92
        if store == NEW_STORE:
            p_buy = 0.97
        buys = rng.random() < p_buy
        if not buys:
            r = rng.random()
            if payer == "self":
                topic = "price" if r < 0.55 else ("whistle" if r < 0.75 else ("comfort" if r < 0.9 else "neutral"))
            else:
                topic = "price" if r < 0.30 else ("whistle" if r < 0.60 else ("comfort" if r < 0.85 else "neutral"))
            if rng.random() < 0.45:
                fb(cid, ttr + D(days=float(rng.uniform(6, 9))), "tp_trial", "survey", topic, lang,
                   tier=tier_try, 型号档次=TIERS[tier_try][0], **sc, **ac)
            if rng.random() < 0.04:   # placed an order, then cancelled it
                order(cid, ttr + D(days=7, hours=1), TIERS[tier_try][1], "cancelled", "device", tier=tier_try,
                      型号档次=TIERS[tier_try][0], ear_config="single", 单双耳="单耳", model=TIERS[tier_try][2],
                      ears=1, list_price=TIERS[tier_try][1], payer_relation=payer, 付款人关系=PAYER[payer],
                      channel="store", store_id=store, store_en=sen, city=city, 城市=CITIES[city][0])
            continue
        # --- purchase
        tier = tier_try if rng.random() < 0.8 else pick(TIERS, TIER_BY_PAYER[payer])
        if loss == "severe" and tier == "basic" and rng.random() < 0.4:
            tier = "mid"
        paired = rng.random() < {"self": 0.48, "adult_child": 0.72, "spouse": 0.55, "other": 0.5}[payer]
        tp = shop_time(ttr + D(days=7 + lognorm_days(1.5, 0.8, 0.2, 15)))
        if tp > END:
            continue
        tzh, price, model = TIERS[tier]
        ears = 2 if paired else 1
        amount = price * ears * (0.9 if paired else 1.0)
        returned = rng.random() < RETURN_P[tier]
        pay = pick(["wechat", "alipay", "card", "cash"], [0.45, 0.25, 0.22, 0.08])
        ok = dict(tier=tier, 型号档次=tzh, model=model, payer_relation=payer, 付款人关系=PAYER[payer],
                  channel="store", store_id=store, store_en=sen, city=city, 城市=CITIES[city][0])
        t_ret = tp + D(days=float(rng.uniform(8, 28))) if returned else None
        dev = order(cid, tp, amount, "refunded" if returned else "paid", "device", ear_config="paired" if paired
                    else "single", 单双耳="双耳" if paired else "单耳", ears=ears, list_price=price * ears,
                    payment_method=pay, refunded_at=t_ret, **ok)
        ev(cid, tp, "tp_purchase", action="success", channel="store", amount=amount, tier=tier, 型号档次=tzh,
           ear_config="paired" if paired else "single", 单双耳="双耳" if paired else "单耳", payer_relation=payer,
           付款人关系=PAYER[payer], **sc, **ac)
        cust["tier"] = tier
        cust["segment"] = "returned" if returned else "owner"
        sub_amt, sub_src = 0, None
        if subsidy:
            sub_amt, sub_src = 3000, "disability_federation"
        elif rng.random() < 0.07:
            sub_amt, sub_src = float(rng.choice([1000, 1500, 2000, 2500])), "commercial_insurance"
        if sub_amt:
            order(cid, tp + D(minutes=2), -sub_amt, "refunded" if returned else "paid", "subsidy",
                  subsidy_source=sub_src, 补贴来源={"disability_federation": "残联补贴",
                                                  "commercial_insurance": "商业保险"}[sub_src],
                  linked_order_id=dev["order_id"], payment_method="insurance", refunded_at=t_ret, **ok)
            if rng.random() < 0.25:
                fb(cid, tp + D(days=1), "tp_purchase", "survey", "subsidy", lang, tier=tier, 型号档次=tzh, **sc, **ac)
        elif payer == "self" and rng.random() < 0.12:
            fb(cid, tp + D(days=1), "tp_purchase", "survey", "price", lang, tier=tier, 型号档次=tzh, **sc, **ac)
        elif rng.random() < 0.12:
            fb(cid, tp + D(days=1), "tp_purchase", "survey", "trial_ok", lang, tier=tier, 型号档次=tzh, **sc, **ac)
        stop = t_ret or END
        tk = dict(tier=tier, 型号档次=tzh)

        # --- adjustment visits
        slow = store == SLOW_STORE and tp >= SLOW_FROM
        nvis = pick([1, 2, 3], [0.25, 0.40, 0.35] if tier == "basic" else [0.40, 0.40, 0.20])
        ta = shop_time(tp + D(days=lognorm_days(16.0 if slow else 6.0, 0.35, 2, 45)))
        for v in range(1, nvis + 1):
            if ta > stop:
                break
            issue = pick(ISSUES, [0.45, 0.1, 0.2, 0.1, 0.15] if tier == "basic" else [0.12, 0.15, 0.25, 0.15, 0.33])
            ev(cid, ta, "tp_adjust", action="success", channel="store", visit_no=v, issue=issue, 调机原因=ISSUES[issue],
               **sc, **ac, **tk)
            if rng.random() < (0.6 if slow else 0.25):
                r = rng.random()
                if slow and r < (0.7 if v == 1 else 0.3):
                    topic = "wait"
                elif r < 0.04:
                    topic = "wait"
                elif issue == "whistling" and r < 0.6:
                    topic = "whistle"
                else:
                    topic = "patient" if rng.random() < (0.7 if aud == STAR_AUD[0] else 0.35) else "neutral"
                fb(cid, ta + D(hours=float(rng.uniform(2, 48))), "tp_adjust", "survey", topic, lang, **sc, **ac, **tk)
            ta = shop_time(ta + D(days=lognorm_days(18 if slow else 12, 0.5, 4, 60)))

        # --- 30-day follow-up call
        gap = CALL_GAP[0] <= tp <= CALL_GAP[1]
        if rng.random() < (0.50 if gap else 0.94):
            tc = shop_time(tp + D(days=float(rng.uniform(27, 34))), 10, 17)
            if tc <= stop:
                reached = rng.random() < 0.82
                ev(cid, tc, "tp_followup_call", action="reached" if reached else "no_answer", channel="phone",
                   call_result="reached" if reached else "no_answer", call_agent=f"CS{int(rng.integers(1, 13)):02d}",
                   **tk)
                if reached and rng.random() < 0.5:
                    r = rng.random()
                    topic = "call_ok" if r < 0.55 else ("whistle" if (tier == "basic" and r < 0.8) else
                                                       ("call_meh" if r < 0.9 else "comfort"))
                    if slow and rng.random() < 0.3:
                        topic = "wait"
                    nps = int(np.clip(rng.normal({"pos": 9, "neu": 7, "neg": 4}[SENT[topic]], 1.2), 0, 10))
                    fb(cid, tc + D(minutes=10), "tp_followup_call", "call_note", topic, lang, nps=nps,
                       undated_p=0.06, **sc, **tk)

        # --- app pairing (Bluetooth models only)
        if tier in ("mid", "premium"):
            tpair = tp + D(hours=float(rng.uniform(1, 72)))
            for attempt in range(3):
                if tpair > stop:
                    break
                ver = "3.0" if tpair < datetime(2025, 3, 1) else ("3.1" if tpair < APP32 else
                                                                   ("3.2" if tpair < APP33 else "3.3"))
                pf = 0.08 if phone_os == "ios" else (0.55 if ver == "3.2" else 0.11)
                fail = rng.random() < pf
                ev(cid, tpair, "tp_app_pair", action="fail" if fail else "success", channel="app", device=phone_os,
                   app_version=ver, error_code="BT_TIMEOUT" if fail else "", **tk)
                if fail and rng.random() < (0.5 if ver == "3.2" else 0.25):
                    fb(cid, tpair + D(hours=float(rng.uniform(1, 24))), "tp_app_pair", "app_review", "app", lang,
                       device=phone_os, app_version=ver, platform="App Store" if phone_os == "ios" else "应用商店",
                       **tk)
                if not fail:
                    if rng.random() < 0.10:
                        fb(cid, tpair + D(days=float(rng.uniform(1, 30))), "tp_app_pair", "app_review", "app_ok",
                           lang, device=phone_os, app_version=ver,
                           platform="App Store" if phone_os == "ios" else "应用商店", **tk)
                    break
                tpair += D(hours=float(rng.uniform(2, 48)))

        # --- batteries (basic / mid use zinc-air cells) and accessories (premium is rechargeable)
        if tier in ("basic", "mid") and rng.random() < 0.75:
            tbt = tp + D(days=lognorm_days(55, 0.35, 20, 150))
            while tbt <= stop:
                packs = pick([1, 2, 3], [0.45, 0.35, 0.20])
                bch = pick(["store", "mini_program"], [0.6, 0.4])
                tbt = shop_time(tbt) if bch == "store" else tbt + D(hours=float(rng.uniform(8, 22)))
                if tbt > stop:
                    break
                ev(cid, tbt, "tp_battery", action="success", channel=bch, item="battery", 商品="电池",
                   packs=packs, **sc, **tk)
                order(cid, tbt, {1: 58, 2: 108, 3: 150}[packs], "paid", "battery", channel=bch, item="battery",
                      packs=packs, store_id=store, store_en=sen, city=city, 城市=CITIES[city][0], tier=tier,
                      型号档次=tzh, payer_relation=payer, 付款人关系=PAYER[payer],
                      payment_method=pick(["wechat", "alipay", "cash"], [0.6, 0.25, 0.15]))
                if rng.random() < 0.06:
                    fb(cid, tbt + D(days=2), "tp_battery", "ticket", pick(["battery_ok", "battery_bad"], [0.7, 0.3]),
                       lang, rating=False, undated_p=0.08, **sc, **tk)
                tbt = tbt + D(days=lognorm_days(75, 0.3, 30, 200))
        elif tier == "premium" and rng.random() < 0.35:
            tbt = shop_time(tp + D(days=lognorm_days(90, 0.5, 20, 300)))
            if tbt <= stop:
                item, amt = pick([("drying_box", 198), ("charging_case", 680)], [0.6, 0.4])
                ev(cid, tbt, "tp_battery", action="success", channel="store", item=item,
                   商品={"drying_box": "干燥盒", "charging_case": "充电盒"}[item], packs=None, **sc, **tk)
                order(cid, tbt, amt, "paid", "accessory", channel="store", item=item, store_id=store, store_en=sen,
                      city=city, 城市=CITIES[city][0], tier=tier, 型号档次=tzh, payer_relation=payer,
                      付款人关系=PAYER[payer], payment_method="wechat")

        # --- warranty repair (within a year)
        if rng.random() < REPAIR_P[tier]:
            trp = shop_time(tp + D(days=lognorm_days(140, 0.5, 30, 365)))
            if trp <= stop:
                reason = pick(REPAIR_REASONS, [0.60, 0.18, 0.12, 0.10, 0.0] if tier == "basic" else
                              [0.18, 0.30, 0.22, 0.12, 0.18])
                covered = reason not in ("moisture", "shell_crack")
                ev(cid, trp, "tp_repair", action="submit", channel="store", repair_reason=reason,
                   维修原因=REPAIR_REASONS[reason], in_warranty="yes" if covered else "no", **sc, **tk)
                if not covered:
                    order(cid, trp, 380.0, "paid", "repair", channel="store", repair_reason=reason, store_id=store,
                          store_en=sen, city=city, 城市=CITIES[city][0], tier=tier, 型号档次=tzh,
                          payer_relation=payer, 付款人关系=PAYER[payer], payment_method="wechat")
                if rng.random() < 0.35:
                    topic = "whistle" if reason == "whistling" and rng.random() < 0.5 else \
                        pick(["repair_slow", "repair_ok"], [0.45, 0.55])
                    fb(cid, trp + D(days=float(rng.uniform(3, 15))), "tp_repair", "ticket", topic, lang,
                       rating=False, undated_p=0.08, **sc, **tk)

    # dianping-style store reviews (social), a fifth undated (scraped without a date)
    owners = [c for c in customers if c["segment"] in ("owner", "returned", "trial_no_buy")]
    for j in rng.choice(len(owners), size=260, replace=False):
        c = owners[int(j)]
        s = c["home_store_id"]
        a = AUDS[s][int(rng.integers(len(AUDS[s])))]
        if s == STAR_STORE and rng.random() < 0.6:
            a = STAR_AUD
        t = c["signup_at"] + D(days=float(rng.uniform(10, 60)))
        if t > END:
            continue
        slow = s == SLOW_STORE and t >= SLOW_FROM
        r = rng.random()
        if slow and r < 0.45:
            topic, tp_ = "wait", "tp_adjust"
        elif r < 0.40:
            topic, tp_ = ("patient" if (a == STAR_AUD or rng.random() < 0.6) else "test_ok"), "tp_test_done"
        elif r < 0.60:
            topic, tp_ = "price", "tp_purchase"
        elif r < 0.75:
            topic, tp_ = "whistle", "tp_adjust"
        else:
            topic, tp_ = "neutral", None
        fb(c["customer_id"], t, tp_, "review", topic, c["language"], undated_p=0.2, store_id=s,
           store=STORES[s][0], store_en=STORES[s][1], city=STORES[s][2], 城市=CITIES[STORES[s][2]][0],
           audiologist=a[0], audiologist_en=a[1], platform="大众点评")

    # a few exact duplicate event rows (re-sent by the store system)
    for j in rng.choice(len(events), size=12, replace=False):
        events.append(dict(events[int(j)]))
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    feedback.sort(key=lambda r: r["feedback_id"])

    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4])])
    write(out / "customers.csv", customers)
    write(out / "events.csv", events, first=["event_id", "customer_id", "ts", "touchpoint_id", "action", "device",
                                             "channel"])
    write(out / "orders.csv", orders, first=["order_id", "customer_id", "ts", "amount", "status", "channel"])
    write(out / "feedback.csv", feedback, first=["feedback_id", "text", "ts", "customer_id", "touchpoint_id",
                                                 "channel", "rating", "nps"])
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float) and v.is_integer():
        return str(int(v)) if abs(v) < 1e15 else v
    return v


def write(path: Path, rows: list[dict], first: list[str] | None = None) -> None:
    cols = list(first or [])
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(c)) for c in cols])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
