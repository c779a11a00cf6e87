"""萌宠造型 PawSpa: a pet grooming & spa chain with 8 salons (上海 4, 杭州 2, 苏州 1, 南京 1) and a mobile grooming
van (上门美容车, Shanghai and Hangzhou). An owner finds us (美团 / 大众点评 / walking by / a vet's referral), books a
grooming slot (salon or van), fills in a pre-visit health questionnaire (online, or on paper at drop-off), drops the
pet off (or the van arrives), the groomer finishes the bath / full groom / nail trim (or stops when the pet is too
stressed), sends photos, the owner picks the pet up and pays, may post a review, may buy a grooming package (季卡 /
年卡, a discount on every service) and rebooks. Data covers 2024-10-01 .. 2026-07-31 (today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments).
Deterministic (fixed seed), plain Python + numpy, about two seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261203
START = datetime(2024, 10, 1)
END = datetime(2026, 7, 31, 21, 0, 0)
N = 3300
D = timedelta

STORES = {  # id: zh, en, city_en, city_zh, weight
    "S1": ("上海静安店", "Shanghai Jing'an", "Shanghai", "上海", 1.25),
    "S2": ("上海徐汇店", "Shanghai Xuhui", "Shanghai", "上海", 1.1),
    "S3": ("上海浦东店", "Shanghai Pudong", "Shanghai", "上海", 1.1),
    "S8": ("上海闵行店", "Shanghai Minhang", "Shanghai", "上海", 0.5),
    "S4": ("杭州西湖店", "Hangzhou Xihu", "Hangzhou", "杭州", 1.0),
    "S5": ("杭州滨江店", "Hangzhou Binjiang", "Hangzhou", "杭州", 0.9),
    "S6": ("苏州园区店", "Suzhou SIP", "Suzhou", "苏州", 1.0),
    "S7": ("南京新街口店", "Nanjing Xinjiekou", "Nanjing", "南京", 1.0),
}
VAN = ("VAN", "上门美容车", "Mobile Van")
S8_OPEN = datetime(2026, 5, 1)                     # newest salon: tiny sample, very high package uptake
JINGAN_OVERLOAD = (datetime(2025, 11, 1), datetime(2026, 4, 30, 23, 59))   # senior groomer left, queue at pick-up
SUZHOU_NEW = datetime(2025, 9, 1)                  # senior groomer left, two new juniors: haircuts not as asked
VAN_FEE_UP = datetime(2026, 3, 1)                  # van surcharge 80 -> 120
FORM_BUG = (datetime(2026, 4, 1), datetime(2026, 5, 31, 23, 59))   # health questionnaire broken on Android
CNY_CLOSED = [(datetime(2025, 1, 28), datetime(2025, 2, 2, 23, 59)), (datetime(2026, 2, 16), datetime(2026, 2, 21, 23, 59))]
CNY_RUSH = [(datetime(2025, 1, 7), datetime(2025, 1, 27)), (datetime(2026, 1, 26), datetime(2026, 2, 15))]

SOURCES = {  # en: zh, weight, P(book), P(no-show of the first booking), first booking channel
    "meituan": ("美团", 0.34, 0.90, 0.25, "meituan"),
    "dianping": ("大众点评", 0.25, 0.80, 0.10, "dianping"),
    "walk_by": ("路过进店", 0.18, 0.70, 0.03, "store"),
    "vet_referral": ("宠物医院推荐", 0.23, 0.86, 0.04, "mini_program"),
}
OWNER = {"first_pet": ("新手主人", 0.45), "experienced": ("资深铲屎官", 0.40), "multi_pet": ("多宠家庭", 0.15)}
SPECIES = {"dog": ("狗", 0.72), "cat": ("猫", 0.28)}
SIZE_ZH = {"small": "小型", "medium": "中型", "large": "大型"}
DOG_BREEDS = [  # zh, en, size, weight
    ("泰迪", "Toy Poodle", "small", 0.22), ("比熊", "Bichon Frise", "small", 0.16), ("博美", "Pomeranian", "small", 0.08),
    ("雪纳瑞", "Schnauzer", "small", 0.07), ("柯基", "Corgi", "medium", 0.12), ("柴犬", "Shiba Inu", "medium", 0.07),
    ("边牧", "Border Collie", "medium", 0.06), ("金毛", "Golden Retriever", "large", 0.09),
    ("萨摩耶", "Samoyed", "large", 0.07), ("拉布拉多", "Labrador", "large", 0.06)]
CAT_BREEDS = [
    ("英短", "British Shorthair", "medium", 0.30), ("布偶", "Ragdoll", "medium", 0.22), ("美短", "American Shorthair", "medium", 0.16),
    ("中华田园猫", "Chinese Domestic", "small", 0.18), ("加菲", "Exotic Shorthair", "small", 0.08), ("缅因", "Maine Coon", "large", 0.06)]
SERVICES = {"bath": "基础洗护", "full_groom": "全套美容", "nail_trim": "修甲"}
PRICE = {  # (species, size) -> service -> CNY
    ("dog", "small"): {"bath": 98, "full_groom": 228, "nail_trim": 38},
    ("dog", "medium"): {"bath": 138, "full_groom": 298, "nail_trim": 38},
    ("dog", "large"): {"bath": 198, "full_groom": 398, "nail_trim": 48},
    ("cat", "small"): {"bath": 158, "full_groom": 328, "nail_trim": 48},
    ("cat", "medium"): {"bath": 158, "full_groom": 328, "nail_trim": 48},
    ("cat", "large"): {"bath": 198, "full_groom": 368, "nail_trim": 48},
}
ADDONS = {"teeth_cleaning": "刷牙洁齿", "de_shedding": "去浮毛"}
SHED_PRICE = {"small": 68, "medium": 98, "large": 138}
PACKAGES = {"quarterly": ("季卡", 599, 90, 0.85), "annual": ("年卡", 1999, 365, 0.75)}
MODE = {"salon": "到店", "van": "上门美容车"}
LEVEL = {"senior": "高级美容师", "junior": "初级美容师"}
STOP_REASON = {"stressed": ("宠物应激", 0.76), "aggressive": ("攻击行为", 0.14), "skin_issue": ("皮肤问题", 0.10)}
PAYS = {"wechat_pay": ("微信支付", 0.62), "alipay": ("支付宝", 0.30), "bank_card": ("银行卡", 0.08)}
GROOMERS = [  # id, zh, en, store, level, from, to
    ("G01", "周敏", "Zhou Min", "S1", "senior", None, datetime(2025, 10, 31)),
    ("G02", "陈浩", "Chen Hao", "S1", "junior", None, None),
    ("G03", "李想", "Li Xiang", "S1", "junior", None, None),
    ("G25", "孔悦", "Kong Yue", "S1", "senior", datetime(2026, 5, 1), None),
    ("G04", "王芳", "Wang Fang", "S2", "senior", None, None),
    ("G05", "刘洋", "Liu Yang", "S2", "junior", None, None),
    ("G06", "张婷", "Zhang Ting", "S2", "senior", None, None),
    ("G07", "赵磊", "Zhao Lei", "S3", "senior", None, None),
    ("G08", "孙琪", "Sun Qi", "S3", "junior", None, None),
    ("G09", "吴彤", "Wu Tong", "S3", "junior", None, None),
    ("G10", "林晓雯", "Lin Xiaowen", "S4", "senior", None, None),      # star: gentle, cats rarely stopped
    ("G11", "郑凯", "Zheng Kai", "S4", "junior", None, None),
    ("G12", "何静", "He Jing", "S4", "senior", None, None),
    ("G13", "黄磊", "Huang Lei", "S5", "senior", None, None),
    ("G14", "马超", "Ma Chao", "S5", "junior", None, None),
    ("G15", "沈佳", "Shen Jia", "S6", "senior", None, datetime(2025, 8, 31)),
    ("G16", "钱多多", "Qian Duoduo", "S6", "junior", None, None),
    ("G17", "蒋涛", "Jiang Tao", "S6", "junior", SUZHOU_NEW, None),
    ("G18", "韩雪", "Han Xue", "S6", "junior", SUZHOU_NEW, None),
    ("G19", "朱琳", "Zhu Lin", "S7", "senior", None, None),
    ("G20", "杨帆", "Yang Fan", "S7", "junior", None, None),
    ("G21", "许诺", "Xu Nuo", "S8", "senior", S8_OPEN, None),          # new salon: a handful of perfect visits
    ("G22", "罗敏", "Luo Min", "VAN", "senior", None, None),
    ("G23", "高峰", "Gao Feng", "VAN", "junior", None, None),
    ("G24", "唐悦", "Tang Yue", "VAN", "senior", None, None),
]
STAR = "G10"
MONTH_W = {1: 1.3, 2: 0.6, 3: 1.0, 4: 1.1, 5: 1.2, 6: 1.3, 7: 1.35, 8: 1.2, 9: 1.0, 10: 1.0, 11: 0.9, 12: 1.0}

TOUCHPOINTS = [
    ("tp_discover", "发现我们", "Found us", "awareness", "other", "digital", "marketing",
     "美团|大众点评|点评|路过|宠物医院推荐|兽医推荐|获客|首次接触|found us|discovery|meituan|dianping|walk-by|vet referral|lead"),
    ("tp_booked", "预约美容", "Grooming booked", "consideration", "mini_program", "digital", "front_desk",
     "预约|约美容|订位|下单预约|复购预约|booking|book a slot|appointment|reservation|rebooking"),
    ("tp_health_form", "健康问卷", "Health questionnaire", "consideration", "mini_program", "digital", "front_desk",
     "健康问卷|问卷|健康登记|体检问卷|health form|questionnaire|pre-visit form|health check form"),
    ("tp_dropoff", "交接宠物（到店/上门）", "Pet drop-off / van arrival", "service", "store", "physical", "grooming",
     "送宠|到店|交接|上门|美容车到达|drop-off|drop off|check-in|van arrival"),
    ("tp_groom_done", "美容完成", "Grooming completed", "service", "store", "physical", "grooming",
     "美容|洗澡|洗护|剪毛|造型|修剪|剪指甲|美容完成|grooming|groom|bath|haircut|nail trim|grooming done"),
    ("tp_groom_stopped", "美容中断（宠物应激）", "Grooming stopped (pet stressed)", "service", "store", "physical", "grooming",
     "中断|没做完|未完成|应激停止|美容中断|stopped|unfinished|incomplete session|too stressed"),
    ("tp_photos_sent", "发送美容照片", "Photos sent", "service", "app", "digital", "grooming",
     "照片|美容照片|发照片|返图|photos|after photos|photo update"),
    ("tp_pickup", "接宠", "Pet pick-up", "service", "store", "physical", "front_desk",
     "接宠|取宠|接回|领回|pick-up|pickup|collection|collect"),
    ("tp_paid", "结账付款", "Payment", "purchase", "store", "physical", "front_desk",
     "付款|结账|买单|支付|payment|checkout|pay"),
    ("tp_review", "发布评价", "Review posted", "loyalty", "app", "digital", "marketing",
     "评价|点评|写评价|好评|差评|review|rating|post a review"),
    ("tp_package", "购买美容套餐", "Grooming package bought", "loyalty", "store", "physical", "front_desk",
     "套餐|套餐卡|办卡|季卡|年卡|会员卡|package|membership card|grooming package|prepaid package"),
]
JOURNEYS = [
    ("acquire", "获客到首次消费", "Discovery to first paid visit", 30, ["tp_discover", "tp_booked", "tp_dropoff", "tp_paid"]),
    ("visit", "预约到接宠", "Booking to pick-up", 14,
     ["tp_booked", "tp_health_form", "tp_dropoff", "tp_groom_done", "tp_photos_sent", "tp_pickup"]),
    ("package", "消费到办卡", "Visit to package purchase", 30, ["tp_paid", "tp_package"]),
    ("rebook", "消费到复购", "Visit to rebooking", 60, ["tp_paid", "tp_booked"]),
]

# ---- feedback texts. Each topic's texts carry its markers (README); markers are not reused by other topics.
ZH = {
    "haircut": ["剪出来的造型根本不是我要的，说好的泰迪装变成了小平头。",
                "跟美容师说得很清楚要留长一点，结果剪得跟我说的不一样，太短了。",
                "造型不是我要的样子，给了参考图也没用。",
                "头部修得很奇怪，不是我要的圆脸造型，有点失望。",
                "说了只修脚底毛和屁屁，结果全身都剪短了，跟我说的不一样。"],
    "nick": ["回家发现耳朵边上被剪破了一个小口子，心疼死了。",
             "剪指甲剪到血线了，流了好多血。",
             "肚子上有两道划伤，美容师也没主动说。",
             "腿上被推子划伤了，红了一片。",
             "洗完发现脚垫边上被剪破了，走路一瘸一拐的。"],
    "stressed_stop": ["猫咪应激太严重，洗到一半就停了，白跑一趟。",
                      "狗狗一直发抖，美容师说没法继续做了，只能先接回家。",
                      "猫猫吓坏了，没做完就让我们来接，还好退了钱。",
                      "宝贝应激了，美容没做完。"],
    "stressed": ["接回来以后猫咪一直躲在床底，应激了两天。",
                 "狗狗回家后一直发抖，感觉被吓坏了。",
                 "回来就不吃东西，明显是应激了。",
                 "洗完澡猫咪吓坏了，一晚上都不让碰。"],
    "wait": ["按约好的时间去接，结果又等了四十分钟。",
             "接宠等了快一个小时，说是前面排得太满了。",
             "取宠的时候等太久了，店里人手明显不够。",
             "说好五点能接，六点才弄好，在店里等了一个小时。"],
    "gentle": ["美容师特别温柔，狗狗一点都不怕。",
               "{g}老师很温柔很有耐心，猫咪全程很乖。",
               "第一次带猫来洗，美容师动作很温柔，强烈推荐。",
               "{g}小姐姐很温柔，以后每次都指定她。"],
    "van_convenient": ["上门美容车太方便了，不用带着狗跑来跑去。",
                       "美容车直接开到小区楼下，省事又方便。",
                       "猫咪不用出门坐车，上门服务很方便，猫咪也放松多了。"],
    "van_price": ["上门费从80涨到120，有点贵了。",
                  "美容车上门费涨价了，考虑以后自己送到店里。",
                  "上门费太贵了，一下子涨这么多。"],
    "no_photo": ["说好的美容后照片一直没发给我，问了才补发。",
                 "这次没收到美容照片，有点失望。"],
    "photos": ["美容完发的照片好可爱，马上发朋友圈了。",
               "照片拍得很好看，一眼就能看到造型。"],
    "form_bug": ["小程序里的健康问卷一直打不开，安卓手机提交不了。",
                 "问卷填到一半提交失败，只好到店再填纸质的。",
                 "健康问卷页面卡住了，点提交没反应。"],
    "booking": ["周末很难约上，要提前一周才有位置。",
                "想约周六下午，结果全满了。"],
    "price": ["价格偏高，大狗全套要快四百。",
              "比小区里的宠物店贵不少。"],
    "praise": ["洗得很干净，香香的，下次还来。",
               "造型很满意，狗狗很精神。",
               "服务不错，价格也合理。",
               "店里很干净，前台小姐姐很热情。"],
    "neutral": ["停车位很难找，其他还行。",
                "还可以吧，中规中矩。",
                "整体一般，没什么特别的。"],
}
EN = {
    "haircut": ["The haircut was not what I asked for - I showed a photo and they cut it way too short.",
                "Asked for a light trim, got a full shave. Not what I asked for at all.",
                "The teddy cut looked nothing like the reference, not what I asked for."],
    "nick": ["Found a small nick near her ear after the groom.",
             "There was a nick on his belly from the clippers and nobody told me.",
             "They clipped the nails into the quick, lots of bleeding."],
    "stressed_stop": ["My cat was so stressed they had to stop halfway.",
                      "He got too stressed and they couldn't finish the groom."],
    "stressed": ["She came back stressed and hid under the bed for two days.",
                 "He was shaking when I picked him up, clearly stressed out."],
    "wait": ["Waited almost an hour at pick-up even though I came at the agreed time.",
             "Pick-up took forever, I waited 40 minutes - they were clearly understaffed."],
    "gentle": ["The groomer was so gentle with my nervous dog.",
               "{g} was very gentle and patient with my cat, will come back."],
    "van_convenient": ["The van is so convenient - they park right outside our building.",
                       "Mobile grooming is super convenient, no more car rides for the cat."],
    "van_price": ["The van surcharge went up to 120, that's too much.",
                  "Love the van but the new call-out fee (surcharge) is steep."],
    "no_photo": ["Never got the after photos they promised."],
    "photos": ["Loved the after photos!"],
    "form_bug": ["The health questionnaire wouldn't submit on my Android phone.",
                 "Questionnaire page kept freezing, had to fill a paper one at the counter."],
    "booking": ["Really hard to get a weekend slot."],
    "price": ["A bit pricey for a large dog."],
    "praise": ["Clean, fluffy and happy dog. Will be back.", "Great cut, exactly as requested.",
               "Friendly staff and a spotless salon."],
    "neutral": ["It was fine, nothing special.", "Parking is a pain, otherwise ok."],
}
TOPIC_TP = {"haircut": "tp_groom_done", "nick": "tp_groom_done", "stressed_stop": "tp_groom_stopped",
            "stressed": "tp_groom_done", "wait": "tp_pickup", "gentle": "tp_groom_done",
            "van_convenient": "tp_dropoff", "van_price": "tp_paid", "no_photo": "tp_photos_sent",
            "photos": "tp_photos_sent", "form_bug": "tp_health_form", "booking": "tp_booked", "price": "tp_paid",
            "praise": "tp_groom_done", "neutral": "tp_dropoff"}
SENT = {"haircut": "neg", "nick": "neg", "stressed_stop": "neg", "stressed": "neg", "wait": "neg", "gentle": "pos",
        "van_convenient": "pos", "van_price": "neg", "no_photo": "neg", "photos": "pos", "form_bug": "neg",
        "booking": "neg", "price": "neg", "praise": "pos", "neutral": "neu"}
RATING = {"haircut": (1, 2), "nick": (1, 2), "stressed_stop": (1, 2), "stressed": (1, 3), "wait": (2, 3),
          "gentle": (5, 5), "van_convenient": (4, 5), "van_price": (3, 4), "no_photo": (2, 3), "photos": (5, 5),
          "form_bug": (2, 3), "booking": (3, 4), "price": (3, 3), "praise": (4, 5), "neutral": (3, 4)}


def closed(t: datetime) -> bool:
    return any(a <= t <= b for a, b in CNY_CLOSED)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    last_signup = END - D(days=14)
    days = (last_signup.date() - START.date()).days + 1
    dw = np.array([MONTH_W[(START + D(days=i)).month] * (0.3 if closed(START + D(days=i, hours=12)) else 1.0)
                   for i in range(days)])
    dcum = np.cumsum(dw) / dw.sum()
    events, orders, feedback, customers = [], [], [], []
    cnt = {"e": 0, "o": 0, "f": 0, "v": 0}

    def pick(d: dict, idx=None):
        keys = list(d)
        w = np.array([d[k] if idx is None else d[k][idx] for k in keys], dtype=float)
        return keys[int(np.searchsorted(np.cumsum(w) / w.sum(), rng.random(), side="right"))]

    def pickw(items, wi):
        w = np.array([x[wi] for x in items], dtype=float)
        return items[int(np.searchsorted(np.cumsum(w) / w.sum(), rng.random(), side="right"))]

    def nid(kind, prefix, width):
        cnt[kind] += 1
        return f"{prefix}{cnt[kind]:0{width}d}"

    def u(a, b):
        return a + (b - a) * rng.random()

    def slot_on(day: datetime, van: bool) -> datetime:
        """a slot time on that day or the next open day (salons 10:00-17:30, the van 9:00-17:00)."""
        t = datetime(day.year, day.month, day.day)
        while closed(t + D(hours=12)):
            t += D(days=1)
        h0, h1 = (9, 17) if van else (10, 17.5)
        return t + D(minutes=int(round(u(h0, h1) * 2)) * 30)

    def groomers_at(store, t):
        return [g for g in GROOMERS if g[3] == store and (g[5] is None or g[5] <= t) and (g[6] is None or t <= g[6])]

    for i in range(N):
        cid = f"C{i + 1:05d}"
        t0 = START + D(days=int(np.searchsorted(dcum, rng.random(), side="right")), hours=float(u(8, 22.5)))
        t0 = t0.replace(microsecond=0)
        src = pick(SOURCES, 1)
        city_w = {"Shanghai": 0.45, "Hangzhou": 0.25, "Suzhou": 0.14, "Nanjing": 0.16}
        city = pick(city_w)
        sw = {s: v[4] for s, v in STORES.items() if v[2] == city and (s != "S8" or t0 >= S8_OPEN - D(days=10))}
        if "S8" in sw:
            sw["S8"] = 0.5
        store = pick(sw)
        city_zh = STORES[store][3]
        species = pick(SPECIES, 1)
        b = pickw(DOG_BREEDS if species == "dog" else CAT_BREEDS, 3)
        breed_zh, breed_en, size = b[0], b[1], b[2]
        owner = pick(OWNER, 1)
        os_ = "ios" if rng.random() < (0.6 if city == "Shanghai" else 0.48) else "android"
        lang = "en" if rng.random() < (0.15 if city == "Shanghai" else 0.04) else "zh"
        van_ok = city in ("Shanghai", "Hangzhou")
        p_van_pref = (0.22 if species == "cat" else 0.12) * (0.55 if t0 >= VAN_FEE_UP else 1.0)
        van_pref = van_ok and rng.random() < p_van_pref
        age = round(float(u(0.5, 13)), 1)
        cust = dict(customer_id=cid, signup_at=t0, segment="lead", region=city_zh, acquisition_channel=src, tier="regular",
                    会员等级="普通会员", source=src, 来源渠道=SOURCES[src][0], owner_type=owner, 主人类型=OWNER[owner][0],
                    pet_species=species, 宠物种类=SPECIES[species][0], pet_size=size, 体型=SIZE_ZH[size],
                    pet_breed=breed_en, 品种=breed_zh, pet_age_years=age, city=city, 城市=city_zh,
                    home_store_id=store, home_store=STORES[store][0], home_store_en=STORES[store][1],
                    phone_os=os_, preferred_language=lang)
        st = dict(spend=0.0, visits=0, pkg_until=None, pkg_disc=1.0, tier="regular", last=None, bad=False)

        def loc_of(sid):
            if sid == "VAN":
                return dict(store_id="VAN", store=VAN[1], store_en=VAN[2], city=city, 城市=city_zh)
            return dict(store_id=sid, store=STORES[sid][0], store_en=STORES[sid][1], city=city, 城市=city_zh)

        def ev(tp, t, loc, **kw):
            if t > END:
                return None
            row = dict(event_id=nid("e", "E", 7), customer_id=cid, ts=t.replace(microsecond=0), touchpoint_id=tp,
                       session_id="", action="", device="", channel="", **loc)
            row.update(kw)
            events.append(row)
            return row

        def order(t, amount, otype, otype_zh, loc, status="paid", pm=None, **kw):
            if t > END:
                return
            pm = pm or pick(PAYS, 1)
            row = dict(order_id=nid("o", "O", 6), customer_id=cid, ts=t.replace(microsecond=0),
                       amount=round(float(amount), 2), status=status, order_type=otype, 订单类型=otype_zh,
                       channel="", device="", payment_method=pm, 支付方式=PAYS[pm][0] if pm in PAYS else "美团团购券",
                       currency="CNY", **loc)
            row.update(kw)
            orders.append(row)
            if status == "paid":
                st["spend"] += amount

        def fb(topic, t, channel, loc, vid="", groomer=None, mode="salon", tp=None, rating=True, undated_p=0.0):
            if t > END:
                return
            texts = (EN if lang == "en" else ZH)[topic]
            text = texts[int(rng.integers(len(texts)))]
            if "{g}" in text:
                text = text.replace("{g}", groomer[1] if lang == "zh" else groomer[2].split()[1])
            lo, hi = RATING[topic]
            row = dict(feedback_id=nid("f", "F", 5), text=text,
                       ts="" if rng.random() < undated_p else t.replace(microsecond=0),
                       customer_id=cid, touchpoint_id=tp or TOPIC_TP[topic], channel=channel,
                       rating=int(rng.integers(lo, hi + 1)) if rating else "", language=lang,
                       sentiment_label=SENT[topic], visit_id=vid, **loc, service_mode=mode, 服务方式=MODE[mode],
                       groomer_id=groomer[0] if groomer else "", groomer_name=groomer[1] if groomer else "",
                       pet_species=species, 宠物种类=SPECIES[species][0])
            feedback.append(row)

        # ---- found us
        home = loc_of(store)
        dchan = {"meituan": "meituan", "dianping": "dianping", "walk_by": "store", "vet_referral": "vet_clinic"}[src]
        ev("tp_discover", t0, home, action="view" if src in ("meituan", "dianping") else "visit", channel=dchan,
           source=src, 来源渠道=SOURCES[src][0])
        if rng.random() > SOURCES[src][2]:
            customers.append(cust)
            continue
        # ---- bookings: the first one, then rebookings
        if src == "walk_by":
            tb = t0 + D(minutes=float(u(2, 30)))
        else:
            tb = t0 + D(hours=float(rng.exponential({"meituan": 20, "dianping": 50, "vet_referral": 90}[src])) + 0.1)
        first = True
        while tb <= END:
            tb = tb.replace(microsecond=0)
            if tb.hour < 8:
                tb = tb.replace(hour=int(rng.integers(8, 12)))
            # mode and store of this visit
            fee_up = tb >= VAN_FEE_UP
            if van_pref:
                is_van = rng.random() < (0.65 if fee_up else 0.92)
            else:
                is_van = van_ok and rng.random() < 0.03
            sid = "VAN" if is_van else store
            if sid == "S8" and tb < S8_OPEN:
                sid = "S1"
            loc = loc_of(sid)
            mode = "van" if is_van else "salon"
            # channel of the booking
            if first:
                bchan = SOURCES[src][4]
                if bchan == "mini_program" and rng.random() < 0.3:
                    bchan = "phone"
                if is_van:
                    bchan = "mini_program"
            else:
                r = rng.random()
                bchan = "mini_program" if (is_van or r < 0.68) else ("phone" if r < 0.84 else "wechat")
            dev = os_ if bchan == "mini_program" else ""
            # slot
            if first and src == "walk_by" and not is_van and rng.random() < 0.7:
                slot = tb + D(minutes=int(rng.integers(10, 40)))
                if slot.hour >= 18 or slot.hour < 10 or closed(slot):
                    slot = slot_on(tb + D(days=1), False)
            else:
                lead = float(rng.exponential(2.2)) + (0.5 if is_van else 0.0)
                slot = slot_on(tb + D(days=lead), is_van)
                if slot <= tb:
                    slot = slot_on(tb + D(days=1), is_van)
            # service type
            if species == "dog":
                summer = slot.month in (6, 7, 8)
                stype = pick({"bath": 0.48 - (0.12 if summer else 0), "full_groom": 0.38 + (0.12 if summer else 0),
                              "nail_trim": 0.14})
            else:
                stype = pick({"bath": 0.55, "full_groom": 0.25, "nail_trim": 0.20})
            vid = nid("v", "V", 6)
            btype = "first" if first else "repeat"
            ev("tp_booked", tb, loc, session_id=vid, action="book", device=dev, channel=bchan, service_mode=mode,
               服务方式=MODE[mode], service_type=stype, 服务项目=SERVICES[stype], booking_type=btype,
               预约类型="首次预约" if first else "复购预约", slot_at=slot)
            first_visit = first
            first = False
            # no-show?
            p_ns = SOURCES[src][3] if first_visit else 0.05
            show = rng.random() > p_ns and slot <= END
            # health questionnaire
            p_online = 0.9 if bchan == "mini_program" else 0.72
            bug = FORM_BUG[0] <= slot <= FORM_BUG[1] and os_ == "android"
            form_t = None
            if rng.random() < p_online:
                ft = tb + D(hours=float(rng.exponential(6)) + 0.1)
                if ft < slot - D(minutes=20):
                    if bug and rng.random() < 0.8:
                        if rng.random() < 0.10:   # complains about the broken form
                            fb("form_bug", ft + D(minutes=5), "wechat_service", loc, vid, mode=mode, rating=False,
                               undated_p=0.15)
                    else:
                        form_t = ft
                        ev("tp_health_form", ft, loc, session_id=vid, action="submit", device=os_,
                           channel="mini_program", form_channel="online", 填写方式="线上填写")
            if not show:
                if rng.random() < 0.35 and slot + D(days=2) < END:   # some book again after a no-show
                    tb = slot + D(days=float(u(1, 20)))
                    continue
                break
            tdrop = slot + D(minutes=float(u(-10, 15)))
            if form_t is None:
                ev("tp_health_form", tdrop - D(minutes=float(u(3, 8))), loc, session_id=vid, action="submit",
                   channel="store", form_channel="paper", 填写方式="纸质填写")
            gs = groomers_at(sid, tdrop)
            gr = gs[int(rng.integers(len(gs)))]
            gcols = dict(groomer_id=gr[0], groomer_name=gr[1], groomer_en=gr[2], groomer_level=gr[4],
                         美容师级别=LEVEL[gr[4]])
            common = dict(session_id=vid, service_mode=mode, 服务方式=MODE[mode], service_type=stype,
                          服务项目=SERVICES[stype])
            ev("tp_dropoff", tdrop, loc, action="check_in", channel="van" if is_van else "store", **common, **gcols)
            # grooming: done or stopped
            p_stop = 0.03 + (0.02 if size == "large" and species == "dog" else 0.0)
            if species == "cat":
                p_stop = 0.05 if is_van else 0.17
            if first_visit:
                p_stop *= 1.25
            if gr[4] == "junior":
                p_stop *= 1.25
            if gr[0] == STAR:
                p_stop *= 0.25
            if gr[0] == "G21":
                p_stop = 0.0
            base_h = {"bath": 1.3, "full_groom": 2.6, "nail_trim": 0.4}[stype] * \
                {"small": 0.9, "medium": 1.05, "large": 1.35}[size] * (1.15 if species == "cat" else 1.0)
            promised = tdrop + D(hours=base_h + 0.6)
            queue = 0.0
            if sid == "S1" and JINGAN_OVERLOAD[0] <= tdrop <= JINGAN_OVERLOAD[1]:
                queue = float(rng.gamma(4.0, 0.30))
            elif not is_van:
                queue = float(rng.exponential(0.15))
            if is_van:
                base_h *= 0.9
            stopped = rng.random() < p_stop
            nick = haircut = stressed_after = False
            if stopped:
                reason = pick(STOP_REASON, 1)
                tstop = tdrop + D(minutes=float(u(15, 70)) + queue * 60)
                ev("tp_groom_stopped", tstop, loc, action="fail", channel="van" if is_van else "store",
                   stop_reason=reason, 中断原因=STOP_REASON[reason][0], **common, **gcols)
                tdone = tstop
                if is_van:
                    tpick = tstop + D(minutes=float(u(2, 10)))
                    wait = int(u(0, 5))
                else:
                    tpick = tstop + D(minutes=float(u(30, 90)))
                    wait = int(u(2, 10))
            else:
                dur = base_h * float(rng.lognormal(0, 0.12)) + queue
                tdone = tdrop + D(hours=dur)
                addons = []
                if stype != "nail_trim":
                    if rng.random() < (0.16 if species == "dog" else 0.08):
                        addons.append("teeth_cleaning")
                    spring = tdone.month in (3, 4, 5)
                    fluffy = species == "cat" or size != "small"
                    if rng.random() < ((0.38 if spring else 0.10) if fluffy else 0.04):
                        addons.append("de_shedding")
                ev("tp_groom_done", tdone, loc, action="success", channel="van" if is_van else "store",
                   addons="|".join(addons), **common, **gcols)
                p_nick = 0.015 * (2.0 if gr[4] == "junior" else 1.0) * (2.0 if queue > 1.0 else 1.0)
                nick = rng.random() < p_nick
                if stype == "full_groom":
                    p_hc = 0.035 * (1.6 if gr[4] == "junior" else 1.0)
                    if gr[0] in ("G17", "G18"):
                        p_hc = 0.45
                    haircut = rng.random() < p_hc
                if species == "cat" and not is_van:
                    stressed_after = rng.random() < (0.03 if gr[0] == STAR else 0.10)
                # photos
                photo_t = None
                if rng.random() < (0.99 if is_van else 0.96):
                    photo_t = tdone + D(minutes=float(u(1, 4) if is_van else u(3, 25)))
                    ev("tp_photos_sent", photo_t, loc, action="send", channel="wechat", photo_count=int(rng.integers(2, 7)),
                       **common, **gcols)
                # pick-up
                if is_van:
                    tpick = tdone + D(minutes=float(u(2, 6)))
                    if photo_t is not None:
                        tpick = max(tpick, photo_t + D(minutes=float(u(1, 3))))
                    wait = int(u(0, 5))
                else:
                    arrive = promised + D(minutes=float(rng.normal(0, 12)))
                    ready = tdone if photo_t is None else max(tdone, photo_t)
                    if arrive >= ready:
                        wait = int(u(2, 8))
                        tpick = arrive + D(minutes=wait)
                    else:
                        wait = int((ready - arrive).total_seconds() // 60) + int(u(2, 8))
                        tpick = arrive + D(minutes=wait)
            ev("tp_pickup", tpick, loc, action="collect", channel="van" if is_van else "store", pickup_wait_min=wait,
               **common, **gcols)
            # payment
            tpay = tpick + D(minutes=float(u(1, 4)))
            if tpay > END:
                break
            disc = st["pkg_disc"] if st["pkg_until"] is not None and tpay <= st["pkg_until"] else 1.0
            price = PRICE[(species, size)][stype]
            amount = round(price * disc, 2)
            pm = "meituan_voucher" if (first_visit and src == "meituan") else pick(PAYS, 1)
            ev("tp_paid", tpay, loc, action="pay", channel="mini_program" if is_van else "store",
               device=os_ if is_van else "", amount=amount, payment_method=pm, **common)
            ocommon = dict(visit_id=vid, service_mode=mode, 服务方式=MODE[mode], service_type=stype,
                           服务项目=SERVICES[stype], pet_size=size, channel="mini_program" if is_van else "store",
                           device=os_ if is_van else "")
            order(tpay, amount, "service", "美容服务", loc, pm=pm, **ocommon)
            if not stopped:
                for a in addons:
                    ap = 58 if a == "teeth_cleaning" else SHED_PRICE[size]
                    order(tpay, ap, "addon", "加购项目", loc, addon=a, 加购项目=ADDONS[a], **ocommon)
            if is_van:
                order(tpay, 120 if tpay >= VAN_FEE_UP else 80, "van_surcharge", "上门费", loc, **ocommon)
            if stopped:
                frac = 1.0 if (tdone - tdrop) < D(minutes=35) else 0.5
                order(tpay + D(hours=float(u(0.2, 30))), round(amount * frac, 2), "refund", "退款", loc, status="refunded",
                      refund_reason="unfinished", 退款原因="美容未完成", **ocommon)
            elif (haircut or nick) and rng.random() < 0.25:
                order(tpay + D(days=float(u(0.5, 3))), round(amount * 0.5, 2), "refund", "退款", loc, status="refunded",
                      refund_reason="complaint", 退款原因="投诉补偿", **ocommon)
            st["visits"] += 1
            st["last"] = tpay
            # ---- feedback for this visit
            if stopped:
                topic = "stressed_stop" if reason == "stressed" and rng.random() < 0.85 else None
            elif nick:
                topic = "nick"
            elif haircut:
                topic = "haircut"
            elif wait >= 30 and rng.random() < 0.75:
                topic = "wait"
            elif stressed_after:
                topic = "stressed"
            elif photo_t is None and rng.random() < 0.4:
                topic = "no_photo"
            elif is_van and tpay >= VAN_FEE_UP and rng.random() < 0.45:
                topic = "van_price"
            elif gr[0] == STAR and rng.random() < 0.40:
                topic = "gentle"
            elif rng.random() < 0.05:
                topic = "gentle"
            elif is_van and rng.random() < 0.45:
                topic = "van_convenient"
            else:
                topic = pick({"praise": 0.55, "photos": 0.12, "neutral": 0.15, "booking": 0.08, "price": 0.10})
            problem = topic in ("stressed_stop", "nick", "haircut", "wait", "stressed", "no_photo", "van_price")
            if topic is not None and rng.random() < ((0.65 if topic in ("haircut", "nick") else 0.40) if problem else 0.35):
                tr = tpay + D(hours=float(rng.exponential(20)) + 0.5)
                if sid == "S8":
                    topic = "praise" if topic not in ("gentle",) else topic
                ch = pick({"dianping": 0.34, "meituan": 0.26 if src == "meituan" else 0.10, "mini_program_survey": 0.40})
                if tr <= END:
                    ev("tp_review", tr, loc, session_id=vid, action="submit", channel=ch,
                       device=os_ if ch != "dianping" else "")
                    fb(topic, tr, ch, loc, vid, groomer=gr, mode=mode,
                       tp="tp_groom_stopped" if topic == "stressed_stop" else None,
                       undated_p=0.08 if ch in ("dianping", "meituan") else 0.0)
            if problem and rng.random() < 0.30:   # a service note from the WeChat customer-service desk
                fb(topic, tpay + D(hours=float(u(1, 48))), "wechat_service", loc, vid, groomer=gr, mode=mode,
                   rating=False, undated_p=0.15)
            # ---- package purchase
            has_pkg = st["pkg_until"] is not None and tpay <= st["pkg_until"]
            if not has_pkg:
                if first_visit:
                    p_pkg = 0.10
                    if sid == "S4":
                        p_pkg = 0.26
                    elif sid == "S8":
                        p_pkg = 0.65
                    elif sid == "VAN":
                        p_pkg = 0.15
                    elif sid == "S6" and tpay >= SUZHOU_NEW:
                        p_pkg = 0.05
                    if stopped:
                        p_pkg = 0.02
                else:
                    p_pkg = 0.04
                if rng.random() < p_pkg:
                    tp_ = tpay + (D(minutes=float(u(2, 10))) if rng.random() < 0.6 else D(days=float(u(1, 28))))
                    ptype = "annual" if rng.random() < 0.3 else "quarterly"
                    pz, pprice, pdays, pdisc = PACKAGES[ptype]
                    if tp_ <= END:
                        ev("tp_package", tp_, loc, action="purchase", channel="store" if sid != "VAN" else "mini_program",
                           device=os_ if sid == "VAN" else "", package_type=ptype, 套餐类型=pz, amount=pprice)
                        order(tp_, pprice, "package", "套餐卡", loc, package_type=ptype, 套餐类型=pz,
                              channel="store" if sid != "VAN" else "mini_program")
                        st["pkg_until"], st["pkg_disc"] = tp_ + D(days=pdays), pdisc
                        if ptype == "annual" or st["tier"] != "gold":
                            st["tier"] = "gold" if ptype == "annual" else "silver"
                        has_pkg = True
                    if rng.random() < 0.03:    # an abandoned second card payment
                        order(tp_ + D(minutes=1), pprice, "package", "套餐卡", loc, status="cancelled",
                              package_type=ptype, 套餐类型=pz, channel="store")
            # ---- rebook?
            p_re = 0.62 if species == "dog" else 0.50
            if is_van:
                p_re = 0.78
            if has_pkg:
                p_re = 0.90
            if stopped:
                p_re = 0.30
            if haircut or nick:
                p_re = 0.25
            if topic == "wait":
                p_re = 0.45
            if sid == "S6" and tpay >= SUZHOU_NEW and stype == "full_groom" and not has_pkg:
                p_re = min(p_re, 0.45)
            if rng.random() > p_re:
                break
            gap = float(rng.gamma(6.0, (26 if is_van else 32) / 6.0 if species == "dog" else 58 / 6.0))
            tb = tpay + D(days=gap)
            for a, b in CNY_RUSH:   # owners want the pet groomed before Spring Festival
                if a - D(days=50) <= tpay < a and tb > a and rng.random() < 0.7:
                    tb = a - D(days=float(u(3, 8))) + D(days=float(u(0, (b - a).days)))
                    tb = max(tb, tpay + D(days=7))
            tb = tb.replace(hour=int(rng.integers(8, 22)), minute=int(rng.integers(0, 60)), second=int(rng.integers(0, 60)))
        # ---- customer attributes at the end of the data
        if st["visits"] == 0:
            cust["segment"] = "lead"
        elif st["last"] is not None and (END - st["last"]).days > 120:
            cust["segment"] = "at_risk"
        elif st["tier"] == "gold" or st["spend"] >= 3000:
            cust["segment"] = "vip"
        elif st["visits"] >= 2:
            cust["segment"] = "returning"
        else:
            cust["segment"] = "new"
        cust["tier"] = st["tier"]
        cust["会员等级"] = {"regular": "普通会员", "silver": "银卡会员", "gold": "金卡会员"}[st["tier"]]
        customers.append(cust)

    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    # exact duplicates of a few event rows (mini-program retries), loaded once
    for j in rng.choice(len(events), 14, replace=False):
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
