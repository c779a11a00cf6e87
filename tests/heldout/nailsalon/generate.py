"""甲艺 NailArt Studio: a chain of 8 nail & lash salons (上海 3, 杭州 2, 成都 2, 南京 1 opened 2026-05-01) with app
booking. A client discovers us (大众点评 / 小红书 / a 美团团购 deal / walking in), books an appointment with a
technician (app, Dianping, Meituan, phone or at the counter), pays a deposit when one is required (lash, bridal,
and every app booking from 2026-03-01), checks in (some late, some never come), picks a design from the catalogue,
gets the service (基础美甲 manicure / 光疗甲 gel / 足部美甲 pedicure / 美睫嫁接 lash extension), pays the bill (may buy
a prepaid card), rates the technician in the app, maybe comes back within 30 days for a fix (free within 14 days)
and rebooks. Data covers 2025-01-01 .. 2026-08-31 (today is 2026-12-01).

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

SEED = 20261201
START = datetime(2025, 1, 1)
END = datetime(2026, 8, 31, 21, 30)
N = 3200
D = timedelta

STORES = {  # id: zh, en, city_en, city_zh, weight, share of students, share of brides
    "N1": ("上海静安店", "Shanghai Jing'an", "Shanghai", "上海", 1.3, 0.18, 0.10),
    "N2": ("上海徐汇店", "Shanghai Xuhui", "Shanghai", "上海", 1.1, 0.25, 0.08),
    "N3": ("上海五角场店", "Shanghai Wujiaochang", "Shanghai", "上海", 1.0, 0.55, 0.05),
    "N4": ("杭州湖滨店", "Hangzhou Hubin", "Hangzhou", "杭州", 1.0, 0.25, 0.10),
    "N5": ("杭州未来科技城店", "Hangzhou Future Sci-Tech City", "Hangzhou", "杭州", 0.9, 0.15, 0.07),
    "N6": ("成都太古里店", "Chengdu Taikoo Li", "Chengdu", "成都", 1.1, 0.30, 0.09),
    "N7": ("成都高新店", "Chengdu Hi-Tech Zone", "Chengdu", "成都", 1.0, 0.22, 0.08),
    "N8": ("南京新街口店", "Nanjing Xinjiekou", "Nanjing", "南京", 0.55, 0.28, 0.08),
}
N8_OPEN = datetime(2026, 5, 1)
N8_PROMO_END = datetime(2026, 6, 30, 23, 59)            # opening offer on prepaid cards
JINGAN_SHORT = (datetime(2025, 12, 1), datetime(2026, 2, 28, 23, 59))   # senior tech left, long waits
HITECH_GEL = (datetime(2025, 9, 1), datetime(2026, 4, 30, 23, 59))     # new gel supplier, chipping / lifting
DEPOSIT_POLICY = datetime(2026, 3, 1)                   # every app booking needs a deposit from then on
ANDROID_BUG = (datetime(2026, 6, 15), datetime(2026, 7, 31, 23, 59))    # deposit payment fails on Android
ART_PRICE_UP = datetime(2026, 4, 1)                     # nail-art add-on 60 -> 98
CNY_CLOSED = [(datetime(2025, 1, 28), datetime(2025, 2, 2, 23, 59)), (datetime(2026, 2, 15), datetime(2026, 2, 21, 23, 59))]
CNY_RUSH = [(datetime(2025, 1, 6), datetime(2025, 1, 27)), (datetime(2026, 1, 25), datetime(2026, 2, 14))]
MONTH_W = {1: 1.15, 2: 0.75, 3: 1.0, 4: 1.05, 5: 1.15, 6: 1.2, 7: 1.25, 8: 1.15, 9: 1.0, 10: 1.1, 11: 0.9, 12: 1.15}

CLIENT = {  # en: zh, P(rebook after a paid visit), mean days to the next booking
    "student": ("学生", 0.56, 34),
    "office_worker": ("上班族", 0.72, 24),
    "bride": ("准新娘", 0.24, 30),
}
SOURCES = {  # en: zh, weight for student / office / bride, P(book), first booking channel
    "dianping": ("大众点评", (0.15, 0.33, 0.38), 0.80, "dianping"),
    "xiaohongshu": ("小红书", (0.35, 0.27, 0.55), 0.64, "app"),
    "meituan_deal": ("美团团购", (0.40, 0.18, 0.02), 0.92, "meituan"),
    "walk_in": ("路过进店", (0.10, 0.22, 0.05), 0.96, "walk_in"),
}
AGE = {"student": {"18-24": 0.95, "25-34": 0.05},
       "office_worker": {"18-24": 0.08, "25-34": 0.52, "35-44": 0.28, "45+": 0.12},
       "bride": {"18-24": 0.08, "25-34": 0.80, "35-44": 0.12}}
SERVICES = {"manicure": ("基础美甲", 128), "gel": ("光疗甲", 268), "pedicure": ("足部美甲", 198), "lash": ("美睫嫁接", 298)}
PREF = {"student": {"manicure": 0.40, "gel": 0.30, "pedicure": 0.10, "lash": 0.20},
        "office_worker": {"manicure": 0.24, "gel": 0.42, "pedicure": 0.14, "lash": 0.20},
        "bride": {"manicure": 0.05, "gel": 0.55, "pedicure": 0.05, "lash": 0.35}}
DESIGNS = {  # en: zh, weight, is a nail-art design (add-on)
    "solid": ("纯色", 0.36, False), "french": ("法式", 0.16, False), "cat_eye": ("猫眼", 0.20, False),
    "hand_painted": ("手绘", 0.15, True), "rhinestone": ("贴钻", 0.13, True)}
LASH_DESIGNS = {"natural": ("自然款", 0.5), "dense": ("浓密款", 0.3), "curl": ("卷翘款", 0.2)}
ADDONS = {"nail_art": "手绘/贴钻加价", "removal": "卸甲", "bridal": "新娘定制"}
CARDS = {"silver": ("银卡", 1000, 0.90, 0.7), "gold": ("金卡", 3000, 0.85, 0.3)}   # zh, price, discount, weight
TIER_ZH = {"none": "无卡", "silver": "银卡", "gold": "金卡"}
PAYS = {"wechat_pay": ("微信支付", 0.6), "alipay": ("支付宝", 0.3), "bank_card": ("银行卡", 0.1)}
PAY_ZH = {**{k: v[0] for k, v in PAYS.items()}, "prepaid_card": "储值卡", "meituan_voucher": "美团团购券"}
REPAIR_REASON = {"lifting": "起翘", "chipped": "崩甲", "lash_loss": "掉睫毛"}
LEVEL = {"senior": "高级技师", "junior": "初级技师"}
TECHS = [  # id, zh, en, store, level, mean rating, praise prob, from, to
    ("T01", "林可", "Lin Ke", "N1", "senior", 4.5, 0.14, None, datetime(2025, 11, 30)),
    ("T02", "王悦", "Wang Yue", "N1", "junior", 4.2, 0.06, None, None),
    ("T03", "陈曦", "Chen Xi", "N1", "senior", 4.5, 0.12, None, None),
    ("T04", "赵婷", "Zhao Ting", "N1", "junior", 4.3, 0.07, None, None),
    ("T05", "刘佳", "Liu Jia", "N1", "senior", 4.5, 0.12, datetime(2026, 3, 1), None),
    ("T06", "张敏", "Zhang Min", "N2", "senior", 4.55, 0.13, None, None),
    ("T07", "孙丽", "Sun Li", "N2", "junior", 4.25, 0.06, None, None),
    ("T08", "黄雯", "Huang Wen", "N2", "senior", 4.5, 0.12, None, None),
    ("T09", "吴倩", "Wu Qian", "N2", "junior", 4.2, 0.06, None, None),
    ("T10", "周洁", "Zhou Jie", "N3", "senior", 4.45, 0.12, None, None),
    ("T11", "郑瑶", "Zheng Yao", "N3", "junior", 4.2, 0.06, None, None),
    ("T12", "冯蕾", "Feng Lei", "N3", "junior", 4.3, 0.07, None, None),
    ("T13", "苏晴", "Su Qing", "N4", "senior", 4.85, 0.50, None, None),        # star: patient, skilled
    ("T14", "何露", "He Lu", "N4", "junior", 4.3, 0.07, None, None),
    ("T15", "许萌", "Xu Meng", "N4", "senior", 4.5, 0.12, None, None),
    ("T16", "韩雪", "Han Xue", "N5", "senior", 4.5, 0.12, None, None),
    ("T17", "曹颖", "Cao Ying", "N5", "junior", 4.25, 0.06, None, None),
    ("T18", "邓洁", "Deng Jie", "N5", "junior", 4.2, 0.06, None, None),
    ("T19", "杨柳", "Yang Liu", "N6", "senior", 4.55, 0.13, None, None),
    ("T20", "罗佳", "Luo Jia", "N6", "junior", 4.25, 0.06, None, None),
    ("T21", "唐甜", "Tang Tian", "N6", "senior", 4.5, 0.12, None, None),
    ("T22", "彭丽", "Peng Li", "N7", "senior", 4.45, 0.12, None, None),
    ("T23", "蒋雨", "Jiang Yu", "N7", "junior", 4.2, 0.06, None, None),
    ("T24", "谢静", "Xie Jing", "N7", "junior", 4.2, 0.06, None, None),
    ("T25", "周一诺", "Zhou Yinuo", "N8", "senior", 5.6, 0.30, N8_OPEN, None),   # new store: a handful, all 5 stars
    ("T26", "钱甜", "Qian Tian", "N8", "junior", 4.3, 0.07, N8_OPEN, None),
]
STAR = "T13"

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现我们", "Discovered us", "awareness", "social", "digital", "marketing",
     "大众点评|点评|小红书|种草|美团|团购|路过|获客|首次接触|discovery|found us|dianping|xiaohongshu|meituan deal|walk-in|lead"),
    ("tp_booked", "预约", "Appointment booked", "consideration", "app", "digital", "front_desk",
     "预约|约|订位|下单|复购预约|约技师|booking|appointment|book|reservation|rebooking"),
    ("tp_deposit", "付定金", "Deposit paid", "purchase", "app", "digital", "front_desk",
     "定金|订金|预付|押金|deposit|prepay|prepayment"),
    ("tp_cancel", "取消预约", "Booking cancelled", "consideration", "app", "digital", "front_desk",
     "取消|取消预约|退订|cancel|cancellation|cancelled booking"),
    ("tp_checkin", "到店签到", "Checked in", "service", "store", "physical", "store_ops",
     "到店|签到|迟到|等位|等候|前台|check-in|check in|arrival|arrive|waiting"),
    ("tp_design", "选款", "Design picked", "service", "store", "physical", "store_ops",
     "选款|款式|图册|选图|手绘|贴钻|design|catalogue|pick a design|nail art"),
    ("tp_service_done", "服务完成", "Service done", "service", "store", "physical", "technicians",
     "做完|美甲|美睫|光疗|光疗甲|基础美甲|足部|修手|嫁接|manicure|pedicure|gel|gel nails|lash|lash extension|service"),
    ("tp_paid", "结账", "Bill paid", "purchase", "store", "physical", "front_desk",
     "结账|买单|付款|支付|消费|checkout|bill|payment|pay"),
    ("tp_card_topup", "办卡/充值", "Prepaid card top-up", "loyalty", "store", "physical", "front_desk",
     "储值卡|会员卡|办卡|充值|开卡|银卡|金卡|prepaid card|membership card|top-up|top up|card"),
    ("tp_rating", "技师评分", "Technician rated", "loyalty", "app", "digital", "technicians",
     "评分|打分|评价技师|星级|rating|rate the technician|stars"),
    ("tp_repair", "返修", "Repair visit", "service", "store", "physical", "technicians",
     "返修|补甲|修补|免费返修|补睫毛|掉甲|repair|fix|touch-up|refill"),
]
JOURNEYS = [
    ("acquire", "获客到首单", "Discovery to first visit", 30, ["tp_discover", "tp_booked", "tp_checkin", "tp_paid"]),
    ("visit", "预约到结账", "Booking to checkout", 7,
     ["tp_booked", "tp_checkin", "tp_design", "tp_service_done", "tp_paid"]),
    ("card", "结账到办卡", "Checkout to prepaid card", 30, ["tp_paid", "tp_card_topup"]),
    ("rebook", "结账到复购", "Checkout to rebooking", 45, ["tp_paid", "tp_booked"]),
]

# ---- feedback texts. Each topic's texts carry its markers (README); markers are not reused by other topics.
ZH = {
    "wait": ["约好了时间到店签到，结果又等了{n}分钟才有技师。",
             "周末去等太久了，前台也不解释，体验很差。",
             "签到之后等了{n}分钟，技师一直在忙前面的客人。",
             "等太久了，约了等于白约。",
             "明明预约了还要干等，等了快{n}分钟。"],
    "chipped": ["光疗甲做完第{d}天就起翘了，只能回去返修。",
                "才{d}天就崩甲了，这个质量真的不行。",
                "指甲第{d}天开始翘边，返修还要再跑一趟。",
                "掉甲太快了，一周不到掉了两个。",
                "甲面起翘，虽然免费补了但还是很闹心。"],
    "lash": ["嫁接完第{d}天睫毛掉了一大片，只能回去补。",
             "睫毛掉得太快了，十天就稀了一半。",
             "睫毛掉了好多，感觉胶不行。"],
    "patient": ["{t}老师特别耐心，细节处理得很好。",
                "技师手艺好又耐心，选款的时候给了很多建议。",
                "{t}手艺真的好，做得很精致，人也很耐心。",
                "很耐心地帮我修甲型，手艺没得说。",
                "指定{t}老师，手艺稳定，每次都很耐心。"],
    "pricey_old": ["手绘要另外加钱，加完比基础款贵不少。",
                   "图稍微复杂一点就加价，加购项目有点坑。",
                   "卸甲也要加钱，加购项目越加越贵。"],
    "pricey_new": ["手绘加价从60涨到98，学生党表示消费不起。",
                   "加购项目太贵了，手绘加价比光疗本身还离谱。",
                   "一看手绘要加钱98，果断换了纯色。",
                   "加价项目又涨价了，贴个钻就要加98。"],
    "clean": ["店里很干净，工具都是一客一消毒。",
              "环境干净卫生，坐着很舒服。",
              "卫生做得很好，工具都是当面拆封的。"],
    "design": ["图册里款式很多，猫眼很好看。",
               "选款的时候可选的款式很丰富，每次都挑花眼。"],
    "deposit_fail": ["安卓手机在小程序上付定金一直失败，预约直接被取消了。",
                     "定金付不了，页面一直转圈，最后预约也没了。",
                     "付定金报错好几次，只能打电话重新约。"],
    "deposit_lost": ["临时有事没去成，定金就不退了，有点不近人情。",
                     "没赶上预约，定金直接扣了。"],
    "upsell": ["结账的时候一直推销办卡，有点烦。",
               "每次买单都被推销储值卡，体验打折扣。"],
    "generic_pos": ["做得很好看，很满意。", "美美哒，下次还来。", "效果很自然，朋友都说好看。",
                    "整体满意，五星。", "颜色很显白，喜欢。"],
    "generic_neu": ["还行吧，中规中矩。", "一般般，没有特别惊艳。", "停车不太方便，其他还好。",
                    "位置有点难找，商场里绕了一圈。"],
    "generic_neg": ["做出来和图片差距有点大。", "颜色和我选的不太一样，有点失望。", "甲型修得不对称。"],
}
EN = {
    "wait": ["Had an appointment and still waited {n} minutes after check-in before anyone started on me.",
             "Waited forever on a Saturday, nobody even apologised.",
             "Booked a slot, waited almost {n} min at the front desk. What's the point of booking?"],
    "chipped": ["Gel chipped after {d} days. Had to go back for a fix.",
                "My gel started lifting on day {d}, really disappointing.",
                "Two nails were peeling within a week. Not what I expect at this price."],
    "lash": ["Half my lashes fell out within {d} days, had to get a refill.",
             "Lashes fell off way too fast."],
    "patient": ["{t} was so patient and skilled, best manicure I've had in ages.",
                "Very skilled technician, patient with all my questions about designs.",
                "Skilled hands and super patient. Will ask for {t} again."],
    "pricey_old": ["Add-ons are pricey - nail art costs nearly as much as the base gel.",
                   "Base price is fine but every add-on adds up. Pricey."],
    "pricey_new": ["The nail art add-on went up to 98, way too pricey now.",
                   "Add-on prices are crazy since April, skipped the art this time."],
    "clean": ["Very clean salon, tools sterilised in front of me.",
              "Clean and calm place, nice music."],
    "design": ["Loads of designs in the catalogue, loved the cat-eye."],
    "deposit_fail": ["Couldn't pay the deposit in the app on my Android phone, the booking got cancelled.",
                     "Deposit payment keeps failing in the app, super annoying."],
    "deposit_lost": ["Missed my slot and they kept the deposit. Harsh."],
    "upsell": ["Hard sell on the prepaid card at checkout, felt pressured."],
    "generic_pos": ["Love my nails!", "Lovely result, will be back.", "Really happy with how they turned out."],
    "generic_neu": ["It was okay.", "Fine, nothing special.", "Hard to find parking nearby, otherwise fine."],
    "generic_neg": ["Didn't look like the picture.", "Colour wasn't the one I picked."],
}
TOPIC_TP = {"wait": "tp_checkin", "chipped": "tp_repair", "lash": "tp_repair", "patient": "tp_service_done",
            "pricey_old": "tp_design", "pricey_new": "tp_design", "clean": "tp_checkin", "design": "tp_design",
            "deposit_fail": "tp_deposit", "deposit_lost": "tp_deposit", "upsell": "tp_paid",
            "generic_pos": "tp_service_done", "generic_neu": "tp_service_done", "generic_neg": "tp_service_done"}
SENT = {"wait": "neg", "chipped": "neg", "lash": "neg", "patient": "pos", "pricey_old": "neg", "pricey_new": "neg",
        "clean": "pos", "design": "pos", "deposit_fail": "neg", "deposit_lost": "neg", "upsell": "neg",
        "generic_pos": "pos", "generic_neu": "neu", "generic_neg": "neg"}
RATING = {"wait": (1, 3), "chipped": (1, 2), "lash": (1, 2), "patient": (5, 5), "pricey_old": (3, 4),
          "pricey_new": (2, 3), "clean": (4, 5), "design": (4, 5), "deposit_fail": (1, 2), "deposit_lost": (2, 3),
          "upsell": (3, 3), "generic_pos": (4, 5), "generic_neu": (3, 3), "generic_neg": (2, 3)}


def closed(t: datetime) -> bool:
    return any(a <= t <= b for a, b in CNY_CLOSED)


def rush(t: datetime) -> bool:
    return any(a <= t <= b for a, b in CNY_RUSH)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    last = END - D(days=10)
    days = (last.date() - START.date()).days + 1
    day0 = [START + D(days=i) for i in range(days)]
    dw = np.array([MONTH_W[d.month] * (0.15 if closed(d + D(hours=12)) else 1.0) * (1.5 if rush(d) else 1.0)
                   for d in day0])
    dcum = np.cumsum(dw) / dw.sum()
    events, orders, feedback, customers = [], [], [], []
    cnt = {"e": 0, "o": 0, "f": 0, "v": 0, "r": 0}

    def pick(d: dict, idx=None):
        keys = list(d)
        w = np.array([d[k] if idx is None else d[k][idx] for k in keys], dtype=float)
        return keys[int(np.searchsorted(np.cumsum(w) / w.sum(), rng.random(), side="right"))]

    def nid(kind, prefix, width):
        cnt[kind] += 1
        return f"{prefix}{cnt[kind]:0{width}d}"

    def u(a, b):
        return a + (b - a) * rng.random()

    def techs_at(store, t):
        return [x for x in TECHS if x[3] == store and (x[7] is None or x[7] <= t) and (x[8] is None or t <= x[8])]

    def open_day(t: datetime) -> datetime:
        while closed(t):
            t += D(days=1)
        return t

    def slot_from(t: datetime) -> datetime:
        """an appointment slot 0..6 days after t, weekends preferred, 10:00 .. 20:00 on the half hour."""
        base = datetime(t.year, t.month, t.day)
        w = np.array([(1.8 if (base + D(days=k)).weekday() >= 5 else 1.0) * (0.6 if k == 0 else 1.0) * 0.8 ** k
                      for k in range(7)])
        k = int(np.searchsorted(np.cumsum(w) / w.sum(), rng.random(), side="right"))
        s = base + D(days=k, minutes=int(rng.integers(20, 41)) * 30)
        if s <= t + D(minutes=40):
            s = base + D(days=k + 1, minutes=int(rng.integers(20, 41)) * 30)
        if closed(s):
            s = open_day(s) + D(days=int(rng.integers(0, 4)))
        return s

    for i in range(N):
        cid = f"C{i + 1:05d}"
        t0 = START + D(days=int(np.searchsorted(dcum, rng.random(), side="right")), hours=float(u(8, 23)))
        t0 = t0.replace(microsecond=0)
        sw = {s: v[4] for s, v in STORES.items() if s != "N8" or t0 >= N8_OPEN - D(days=7)}
        store = pick(sw)
        sv = STORES[store]
        ct = pick({"student": sv[5], "bride": sv[6], "office_worker": 1 - sv[5] - sv[6]})
        if ct == "bride" and t0.month in (4, 5, 9, 10):
            pass
        elif ct == "bride" and rng.random() < 0.35:      # brides cluster in the wedding seasons
            ct = "office_worker"
        ci = ["student", "office_worker", "bride"].index(ct)
        src = pick({k: v[1][ci] for k, v in SOURCES.items()})
        age = pick(AGE[ct])
        os_ = "android" if rng.random() < (0.5 if ct == "student" else 0.38) else "ios"
        lang = "en" if rng.random() < (0.18 if store == "N1" else 0.06 if sv[2] == "Shanghai" else 0.025) else "zh"
        city, city_zh = sv[2], sv[3]
        cust = dict(customer_id=cid, signup_at=t0, segment="lead", region=city_zh, acquisition_channel=src,
                    tier="none", client_type=ct, 客户类型=CLIENT[ct][0], source=src, 来源渠道=SOURCES[src][0],
                    age_band=age, city=city, 城市=city_zh, card_level="none", 储值卡等级="无卡",
                    home_store_id=store, home_store=sv[0], home_store_en=sv[1], phone_os=os_,
                    preferred_language=lang)
        st = dict(card=None, paid=0, last_paid=None, first_paid=None, last_service=None)
        pref = PREF[ct]

        def loc_of(sid):
            s = STORES[sid]
            return dict(store_id=sid, store=s[0], store_en=s[1], city=s[2], 城市=s[3])

        def ev(tp, t, loc, **kw):
            if t > END:
                return None
            row = dict(event_id=nid("e", "E", 7), customer_id=cid, ts=t.replace(microsecond=0), touchpoint_id=tp,
                       **loc)
            row.update(kw)
            events.append(row)
            return row

        def order(t, amount, otype, otype_zh, loc, status="paid", pm="", **kw):
            if t > END:
                return
            row = dict(order_id=nid("o", "O", 6), customer_id=cid, ts=t.replace(microsecond=0),
                       amount=round(float(amount), 2), status=status, order_type=otype, 订单类型=otype_zh,
                       payment_method=pm, 支付方式=PAY_ZH.get(pm, ""), currency="CNY", **loc)
            row.update(kw)
            orders.append(row)

        def fb(topic, t, channel, loc, rating=True, dated=True, tech=None, service=None, sid="", cust_known=True,
               rate=None, tp=None):
            if t is not None and t > END:
                return
            en = lang == "en" or rng.random() < 0.03
            texts = (EN if en else ZH)[topic]
            txt = texts[int(rng.integers(len(texts)))]
            tname = (tech[2] if en else tech[1]) if tech else ("Su Qing" if en else "苏晴")
            txt = txt.format(n=int(rng.integers(30, 61)), d=int(rng.integers(2, 6)), t=tname)
            if rating:
                lo, hi = RATING[topic]
                r = rate if rate is not None else int(rng.integers(lo, hi + 1))
            else:
                r = ""
            row = dict(feedback_id=nid("f", "F", 5), text=txt, ts=(t.replace(microsecond=0) if dated else ""),
                       customer_id=cid if cust_known else "", touchpoint_id=tp or TOPIC_TP[topic], channel=channel,
                       rating=r, language="en" if en else "zh", sentiment_label=SENT[topic], session_id=sid,
                       tech_id=tech[0] if tech else "", tech_name=tech[1] if tech else "", tech_en=tech[2] if tech else "",
                       tech_level=tech[4] if tech else "", service_type=service or "",
                       服务项目=SERVICES[service][0] if service else "", client_type=ct if cust_known else "",
                       客户类型=CLIENT[ct][0] if cust_known else "", **loc)
            feedback.append(row)

        # ---- discovery
        dloc = loc_of(store)
        dch = {"dianping": "dianping", "xiaohongshu": "xiaohongshu", "meituan_deal": "meituan", "walk_in": "store"}[src]
        ev("tp_discover", t0, dloc, action="view", channel=dch, source=src, 来源渠道=SOURCES[src][0])
        p_book = SOURCES[src][2] * (1.05 if ct == "bride" else 1.0)
        if rng.random() > p_book:
            customers.append(cust)
            continue
        if src == "walk_in":
            tb = t0 + D(minutes=float(u(2, 10)))
        else:
            tb = t0 + D(hours=float(min(rng.exponential(30.0), 400)))
        first = True
        channel = SOURCES[src][3]
        n_visits = 0
        while tb <= END and n_visits < 40:
            n_visits += 1
            vid = nid("v", "A", 6)
            vstore = store if (rng.random() < 0.9 or first) else pick(
                {s: 1.0 for s, v in STORES.items() if v[2] == city and (s != "N8" or tb >= N8_OPEN)})
            loc = loc_of(vstore)
            walk = channel == "walk_in"
            slot = tb + D(minutes=float(u(3, 8))) if walk else slot_from(tb)
            if walk and closed(tb):
                tb = open_day(tb) + D(hours=11)
                slot = tb + D(minutes=5)
            m = slot.month
            w = {k: v * (2.4 if (k == "pedicure" and m in (6, 7, 8)) else 1.0) for k, v in pref.items()}
            svc = pick(w)
            tlist = techs_at(vstore, slot)
            tech = tlist[int(rng.integers(len(tlist)))]
            if vstore == "N4" and rng.random() < 0.25:
                tech = [x for x in TECHS if x[0] == STAR][0]
            device = (os_ if channel == "app" else "")
            dep_req = (not walk) and (svc == "lash" or ct == "bride" or (channel == "app" and tb >= DEPOSIT_POLICY))
            dep_amt = (200 if ct == "bride" else 100 if svc == "lash" else 50) if dep_req else 0
            vinfo = dict(session_id=vid, service_type=svc, 服务项目=SERVICES[svc][0], tech_id=tech[0],
                         tech_name=tech[1], tech_en=tech[2], tech_level=tech[4], 技师级别=LEVEL[tech[4]])
            btype = "first" if first else "repeat"
            ev("tp_booked", tb, loc, action="submit", channel=channel, device=device, booking_type=btype,
               预约类型="首次预约" if first else "复购预约", slot_at=slot.replace(microsecond=0),
               deposit_required=str(dep_req).lower(), deposit_amount=dep_amt, **vinfo)
            outcome = "show"
            dep_paid = False
            if dep_req:
                td = tb + D(minutes=float(u(1, 12)))
                fail_p = 0.03
                if device == "android" and ANDROID_BUG[0] <= tb <= ANDROID_BUG[1]:
                    fail_p = 0.45
                if rng.random() < fail_p:
                    order(td, dep_amt, "deposit", "定金", loc, status="cancelled", pm="wechat_pay", session_id=vid,
                          channel=channel, device=device)
                    ev("tp_cancel", td + D(hours=2), loc, action="cancel", channel=channel, device=device,
                       cancel_reason="deposit_unpaid", 取消原因="定金未付", **vinfo)
                    if rng.random() < 0.4:
                        fb("deposit_fail", td + D(minutes=float(u(5, 90))), "wechat_service", loc, rating=False,
                           sid=vid, service=svc)
                    outcome = "auto_cancel"
                else:
                    dep_paid = True
                    ev("tp_deposit", td, loc, action="success", channel=channel, device=device, amount=dep_amt, **vinfo)
                    order(td, dep_amt, "deposit", "定金", loc, pm="wechat_pay" if rng.random() < 0.7 else "alipay",
                          session_id=vid, channel=channel, device=device)
            if outcome == "show" and not walk:
                p_cancel = 0.05
                p_ns = 0.05 + (0.03 if ct == "student" else 0.0) + (0.035 if channel == "app" else 0.0)
                if src == "meituan_deal":
                    p_ns = 0.28 if first else 0.17
                if dep_paid:
                    p_ns *= 0.3
                x = rng.random()
                if x < p_cancel:
                    outcome = "cancel"
                    tc = tb + (slot - tb) * float(u(0.2, 0.9))
                    ev("tp_cancel", tc, loc, action="cancel", channel=channel, device=device, cancel_reason="client",
                       取消原因="客户取消", **vinfo)
                    if dep_paid:
                        orders[-1]["status"] = "refunded"
                        orders[-1]["refund_reason"] = "deposit_refund"
                        orders[-1]["退款原因"] = "定金退还"
                elif x < p_cancel + p_ns:
                    outcome = "noshow"
                    if dep_paid and rng.random() < 0.15:
                        fb("deposit_lost", slot + D(hours=float(u(2, 30))), "wechat_service", loc, rating=False,
                           sid=vid, service=svc)
            if outcome != "show":
                if outcome == "auto_cancel" and rng.random() < 0.5:
                    tb = tb + D(hours=float(u(3, 30)))
                    channel = "phone"
                    continue
                if rng.random() < (0.35 if outcome == "noshow" else 0.6):
                    tb = slot + D(days=float(rng.gamma(2.0, 5.0)))
                    channel = "app" if rng.random() < 0.6 else "phone"
                    continue
                break
            # ---- visit
            late = 0 if rng.random() < 0.7 or walk else int(min(45, rng.exponential(11.0)) + 1)
            tci = slot + D(minutes=late)
            if tci > END:
                break
            wk = tci.weekday() >= 5
            med = 7.0 * (1.4 if wk else 1.0)
            if vstore == "N1" and JINGAN_SHORT[0] <= tci <= JINGAN_SHORT[1]:
                med = 40.0 if wk else 28.0
            wait = float(np.exp(np.log(med) + 0.45 * rng.normal()))
            ev("tp_checkin", tci, loc, action="arrive", channel="store", late_min=late, **vinfo)
            tdes = tci + D(minutes=wait)
            art_price = 98 if tdes >= ART_PRICE_UP else 60
            if svc == "lash":
                dsn = pick(LASH_DESIGNS, 1)
                dzh, art = LASH_DESIGNS[dsn][0], False
            elif ct == "bride":
                dsn, dzh, art = "bridal", "新娘款", False
            else:
                dw_ = {k: v[1] for k, v in DESIGNS.items()}
                if tdes >= ART_PRICE_UP:
                    f = 0.35 if ct == "student" else 0.65
                    dw_["hand_painted"] *= f
                    dw_["rhinestone"] *= f
                elif ct == "student":
                    dw_["hand_painted"] *= 0.8
                dsn = pick(dw_)
                dzh, art = DESIGNS[dsn][0], DESIGNS[dsn][2]
            ev("tp_design", tdes, loc, action="select", channel="store", design_style=dsn, 款式=dzh, **vinfo)
            addons = []
            if art:
                addons.append(("nail_art", art_price))
            if ct == "bride" and svc != "lash":
                addons.append(("bridal", 200))
            if svc in ("gel", "manicure"):
                p_rm = 0.6 if st["last_service"] == "gel" else 0.25
                if rng.random() < p_rm:
                    addons.append(("removal", 40))
            dur = {"manicure": 42, "gel": 72, "pedicure": 55, "lash": 105}[svc] + (20 if art else 0)
            tdone = tdes + D(minutes=max(20.0, dur + 10 * rng.normal()))
            ev("tp_service_done", tdone, loc, action="complete", channel="store",
               addons="|".join(a for a, _ in addons), **vinfo)
            tpay = tdone + D(minutes=float(u(2, 9)))
            if tpay > END:
                break
            price = SERVICES[svc][1]
            if st["card"]:
                pm = "prepaid_card" if rng.random() < 0.85 else "wechat_pay"
                disc = CARDS[st["card"]][2]
            elif first and src == "meituan_deal":
                pm, disc = "meituan_voucher", 0.7
            else:
                pm = pick({k: (v[1] * (2.5 if (k == "bank_card" and lang == "en") else 1.0)) for k, v in PAYS.items()})
                disc = 1.0
            svc_amt = round(price * disc - (dep_amt if dep_paid else 0), 2)
            total = svc_amt + sum(p for _, p in addons)
            ev("tp_paid", tpay, loc, action="success", channel="store", amount=round(total, 2), payment_method=pm,
               支付方式=PAY_ZH[pm], **vinfo)
            order(tpay, svc_amt, "service", "服务", loc, pm=pm, session_id=vid, service_type=svc,
                  服务项目=SERVICES[svc][0], deposit_applied=dep_amt if dep_paid else 0, channel="store",
                  tech_id=tech[0])
            for a, p in addons:
                order(tpay, p, "addon", "加购", loc, pm=pm, session_id=vid, service_type=svc, 服务项目=SERVICES[svc][0],
                      addon=a, 加购项目=ADDONS[a], channel="store", tech_id=tech[0])
            if st["first_paid"] is None:
                st["first_paid"] = tpay
            st["paid"] += 1
            st["last_paid"] = tpay
            st["last_service"] = svc
            # ---- prepaid card
            if st["card"] is None:
                p_card = 0.07
                if vstore == "N4":
                    p_card = 0.19
                if vstore == "N8" and tpay <= N8_PROMO_END:
                    p_card = 0.7
                p_card *= {"student": 0.5, "office_worker": 1.25, "bride": 0.25}[ct] * (1.8 if age == "35-44" else 1.0)
            else:
                p_card = 0.10
            if rng.random() < p_card:
                lvl = st["card"] or pick(CARDS, 3)
                if st["card"] == "silver" and rng.random() < 0.2:
                    lvl = "gold"
                tt = tpay + D(minutes=float(u(1, 6)))
                if rng.random() < 0.03:
                    order(tt, CARDS[lvl][1], "card_topup", "储值卡充值", loc, status="cancelled", pm="wechat_pay",
                          card_level=lvl, 卡种=CARDS[lvl][0], channel="store")
                else:
                    ev("tp_card_topup", tt, loc, action="success", channel="store", card_level=lvl,
                       卡种=CARDS[lvl][0], amount=CARDS[lvl][1], session_id=vid)
                    order(tt, CARDS[lvl][1], "card_topup", "储值卡充值", loc, pm=pick(PAYS, 1), card_level=lvl,
                          卡种=CARDS[lvl][0], channel="store", session_id=vid)
                    if st["card"] != "gold":
                        st["card"] = lvl
            # ---- technician rating (app) and reviews
            long_wait = wait > 25
            praise_p = tech[6]
            if channel == "app" or rng.random() < 0.35:
                tr = tpay + D(hours=float(u(0.5, 20)))
                if long_wait and rng.random() < 0.7:
                    topic = "wait"
                elif rng.random() < praise_p:
                    topic = "patient"
                elif art and tdes >= ART_PRICE_UP and rng.random() < (0.45 if ct == "student" else 0.2):
                    topic = "pricey_new"
                elif art and rng.random() < (0.12 if ct == "student" else 0.04):
                    topic = "pricey_old"
                elif rng.random() < 0.08:
                    topic = "clean"
                elif rng.random() < 0.06:
                    topic = "design"
                else:
                    topic = None
                if topic is None:
                    r = int(np.clip(round(tech[5] + 0.7 * rng.normal()), 1, 5))
                    topic = "generic_pos" if r >= 4 else "generic_neu" if r == 3 else "generic_neg"
                else:
                    lo, hi = RATING[topic]
                    r = int(rng.integers(lo, hi + 1))
                if tech[0] == "T25":
                    r = 5
                    topic = topic if SENT[topic] == "pos" else "generic_pos"
                ev("tp_rating", tr, loc, action="submit", channel="app", device=os_, rating=r, **vinfo)
                fb(topic, tr, "app_rating", loc, rate=r, tech=tech, service=svc, sid=vid,
                   tp="tp_service_done" if topic.startswith("generic") else None)
            if rng.random() < (0.2 if src == "dianping" else 0.09):
                trv = tpay + D(hours=float(u(1, 60)))
                if long_wait and rng.random() < 0.75:
                    topic = "wait"
                elif art and tdes >= ART_PRICE_UP and rng.random() < (0.5 if ct == "student" else 0.25):
                    topic = "pricey_new"
                else:
                    topic = pick({"patient": praise_p * 1.5, "clean": 0.12, "design": 0.08, "upsell": 0.05,
                                  "generic_pos": 0.35, "generic_neu": 0.12, "generic_neg": 0.08,
                                  "pricey_old": 0.05 if art else 0.0})
                fb(topic, trv, "dianping", loc, dated=rng.random() > 0.08, tech=tech, service=svc, sid=vid)
            if rng.random() < 0.035:
                topic = pick({"design": 0.4, "generic_pos": 0.3, "clean": 0.15,
                              "pricey_new" if tdes >= ART_PRICE_UP else "pricey_old": 0.15 if art else 0.0})
                fb(topic, tpay + D(hours=float(u(2, 72))), "xiaohongshu", loc, rating=False,
                   dated=rng.random() > 0.15, service=svc, cust_known=rng.random() > 0.3)
            # ---- repair within 30 days
            p_rep = {"gel": 0.055, "manicure": 0.035, "pedicure": 0.02, "lash": 0.08}[svc]
            if svc == "gel" and vstore == "N7" and HITECH_GEL[0] <= tdone <= HITECH_GEL[1]:
                p_rep = 0.28
            if tech[4] == "junior":
                p_rep += 0.015
            repaired = False
            if rng.random() < p_rep:
                days_r = float(min(29, rng.gamma(2.2, 2.0) + 1)) if svc != "lash" else float(u(4, 20))
                trp = tdone + D(days=days_r)
                trp = datetime(trp.year, trp.month, trp.day) + D(hours=float(u(11, 20)))
                if not closed(trp) and trp <= END:
                    repaired = True
                    reason = "lash_loss" if svc == "lash" else ("lifting" if rng.random() < 0.62 else "chipped")
                    free = days_r <= 14
                    rt = tlist[int(rng.integers(len(tlist)))] if rng.random() < 0.4 else tech
                    rid = nid("r", "R", 5)
                    ev("tp_repair", trp, loc, action="complete", channel="store", session_id=rid, repair_of=vid,
                       service_type=svc, 服务项目=SERVICES[svc][0], tech_id=rt[0], tech_name=rt[1], tech_en=rt[2],
                       tech_level=rt[4], 技师级别=LEVEL[rt[4]], repair_type="free" if free else "paid",
                       返修类型="免费返修" if free else "付费返修", repair_reason=reason, 返修原因=REPAIR_REASON[reason])
                    if not free:
                        order(trp, 50, "repair", "付费返修", loc, pm=pick(PAYS, 1), session_id=rid, service_type=svc,
                              服务项目=SERVICES[svc][0], channel="store")
                    topic = "lash" if svc == "lash" else "chipped"
                    if rng.random() < 0.5:
                        fb(topic, trp + D(minutes=float(u(5, 120))), "wechat_service", loc, rating=False, tech=tech,
                           service=svc, sid=vid)
                    if rng.random() < 0.35:
                        fb(topic, trp + D(hours=float(u(2, 48))), "dianping", loc, dated=rng.random() > 0.08,
                           tech=tech, service=svc, sid=vid)
                    if rng.random() < 0.12:
                        order(trp + D(hours=float(u(1, 24))), round(price * disc * 0.5, 2), "refund", "退款", loc,
                              status="refunded", pm=pm, session_id=vid, service_type=svc, 服务项目=SERVICES[svc][0],
                              refund_reason="complaint", 退款原因="投诉补偿", channel="store")
            # ---- rebooking
            p_re = CLIENT[ct][1] + (0.18 if st["card"] else 0.0) - (0.22 if repaired else 0.0) + (0.05 if age == "35-44" else 0.0)
            if long_wait:
                p_re -= 0.12
            if rng.random() >= min(0.93, p_re):
                break
            mean_days = 21 if svc == "lash" else CLIENT[ct][2]
            tb = tpay + D(days=float(max(3.0, rng.gamma(4.0, mean_days / 4.0))), hours=float(u(-6, 6)))
            if closed(tb):
                tb = open_day(tb) + D(hours=float(u(0, 6)))
            r = rng.random()
            channel = ("app" if r < (0.72 if st["card"] else 0.55) else "phone" if r < 0.70 else
                       "dianping" if r < 0.84 else "walk_in")
            first = False
        # ---- customer status at the end of the data
        if st["card"]:
            cust.update(tier=st["card"], card_level=st["card"], 储值卡等级=TIER_ZH[st["card"]])
        if st["paid"] == 0:
            seg = "lead"
        elif st["card"] == "gold" or st["paid"] >= 8:
            seg = "vip"
        elif st["last_paid"] < END - D(days=90):
            seg = "at_risk"
        elif st["paid"] >= 2:
            seg = "returning"
        else:
            seg = "new"
        cust["segment"] = seg
        customers.append(cust)

    # a few exact duplicate event rows, as a real export has
    for k in rng.choice(len(events), 12, replace=False):
        events.append(dict(events[int(k)]))
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    orders.sort(key=lambda r: (r["ts"], r["order_id"]))

    write(out / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner",
                                    "aliases"],
          [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                 "touchpoint_id", "window_days"],
          [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4])])
    write(out / "customers.csv", list(customers[0]), customers)
    write(out / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "channel",
                               "device", "store_id", "store", "store_en", "city", "城市", "source", "来源渠道",
                               "booking_type", "预约类型", "slot_at", "deposit_required", "deposit_amount",
                               "service_type", "服务项目", "tech_id", "tech_name", "tech_en", "tech_level", "技师级别",
                               "late_min", "design_style", "款式", "addons", "amount", "payment_method", "支付方式",
                               "card_level", "卡种", "rating", "repair_of", "repair_type", "返修类型", "repair_reason",
                               "返修原因", "cancel_reason", "取消原因"], events)
    write(out / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type", "订单类型",
                               "service_type", "服务项目", "addon", "加购项目", "card_level", "卡种", "deposit_applied",
                               "refund_reason", "退款原因", "payment_method", "支付方式", "channel", "device",
                               "session_id", "tech_id", "store_id", "store", "store_en", "city", "城市", "currency"],
          orders)
    write(out / "feedback.csv", ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                 "language", "sentiment_label", "session_id", "store_id", "store", "store_en", "city",
                                 "城市", "tech_id", "tech_name", "tech_en", "tech_level", "service_type", "服务项目",
                                 "client_type", "客户类型"], feedback)


def write(path: Path, cols, rows) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({c: fmt(r.get(c, "")) for c in cols})


def fmt(v):
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if v is None:
        return ""
    return v


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "nailsalon_data"))
