"""驰轮 TyrePro: a chain of 9 tyre and quick-service car-care centres (广州, 深圳, 佛山, 东莞) with an app and a WeChat
mini-program. A driver finds us (百度地图 Baidu map, 保险公司券 insurer voucher, 微信小程序 WeChat mini-program, 路过进店
walk-by, and from May 2026 a 抖音团购 Douyin group-buy pilot), books a service (换轮胎 tyre change, 四轮定位 wheel
alignment, 轮胎换位 tyre rotation, 保养换机油 oil change, 更换电瓶 battery), the slot is confirmed, the driver arrives
(some late, some never come), the car is inspected and a quote given (often with extra items), the driver accepts the
quote (some decline the extras, a few walk away), the job is done, paid, the car picked up; tyre jobs get a
tyre-rotation reminder about 90 days later and some drivers come back. Tyres carry a warranty (claims: noise, bulge,
puncture). Data covers 2024-10-01 .. 2026-07-31 (today is 2026-12-01).

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

SEED = 20261207
START = datetime(2024, 10, 1)
END = datetime(2026, 7, 31, 21, 0, 0)
N_NEW = 5200          # drivers who find us inside the data window
N_OLD = 1300          # customers from before the window (no discovery event)
D = timedelta

CITIES = {"Guangzhou": ("广州", 0.38), "Shenzhen": ("深圳", 0.37), "Foshan": ("佛山", 0.25)}
STORES = {  # id: zh, en, city, weight within the city
    "S1": ("广州天河店", "Guangzhou Tianhe", "Guangzhou", 0.50),
    "S2": ("广州白云店", "Guangzhou Baiyun", "Guangzhou", 0.28),
    "S3": ("广州番禺店", "Guangzhou Panyu", "Guangzhou", 0.22),
    "S4": ("深圳南山店", "Shenzhen Nanshan", "Shenzhen", 0.33),
    "S5": ("深圳宝安店", "Shenzhen Baoan", "Shenzhen", 0.40),
    "S6": ("深圳龙岗店", "Shenzhen Longgang", "Shenzhen", 0.27),
    "S7": ("佛山禅城店", "Foshan Chancheng", "Foshan", 0.5),
    "S8": ("佛山顺德店", "Foshan Shunde", "Foshan", 0.5),
    "S9": ("东莞南城店", "Dongguan Nancheng", "Dongguan", 0.0),
}
CITY_ZH = {"Guangzhou": "广州", "Shenzhen": "深圳", "Foshan": "佛山", "Dongguan": "东莞"}
DG_OPEN = datetime(2026, 4, 1)                 # Dongguan store opens (few customers)
N_DG = 110
GZ_UPSELL = datetime(2025, 7, 1)               # Guangzhou stores: commission on extras -> heavy upselling
BA_SLOW = (datetime(2025, 11, 1), datetime(2026, 1, 31, 23, 59))   # Bao'an: alignment rig broken + a technician short
ROADMAX = datetime(2025, 5, 1)                 # new budget supplier: RoadMax 路马仕 tyres (noisy)
ANDROID_BUG = (datetime(2026, 3, 2), datetime(2026, 3, 29, 23, 59))  # mini-program confirmations fail on Android
DOUYIN = datetime(2026, 5, 1)                  # Douyin group-buy pilot
CNY_CLOSED = [(datetime(2025, 1, 28), datetime(2025, 2, 4, 23, 59)), (datetime(2026, 2, 16), datetime(2026, 2, 22, 23, 59))]

TECHS = [  # id, zh, en, store, from, to, explain propensity
    ("T01", "何伟明", "He Weiming", "S1", None, None, 0.12), ("T02", "梁家豪", "Liang Jiahao", "S1", None, None, 0.10),
    ("T03", "邓志强", "Deng Zhiqiang", "S1", None, None, 0.12), ("T04", "冯嘉俊", "Feng Jiajun", "S1", None, None, 0.10),
    ("T05", "罗建新", "Luo Jianxin", "S2", None, None, 0.12), ("T06", "叶永康", "Ye Yongkang", "S2", None, None, 0.10),
    ("T07", "钟伟", "Zhong Wei", "S2", None, None, 0.12),
    ("T08", "谭国栋", "Tan Guodong", "S3", None, None, 0.12), ("T09", "卢志明", "Lu Zhiming", "S3", None, None, 0.10),
    ("T10", "潘文杰", "Pan Wenjie", "S3", None, None, 0.12),
    ("T11", "林俊杰", "Lin Junjie", "S4", None, None, 0.12), ("T12", "苏海", "Su Hai", "S4", None, None, 0.12),
    ("T13", "曾德华", "Zeng Dehua", "S4", None, None, 0.10),
    ("T14", "刘国强", "Liu Guoqiang", "S5", None, None, 0.12), ("T15", "蔡明", "Cai Ming", "S5", None, None, 0.10),
    ("T16", "许斌", "Xu Bin", "S5", None, datetime(2025, 10, 31, 23, 59), 0.12),
    ("T28", "何勇", "He Yong", "S5", datetime(2026, 2, 1), None, 0.12),
    ("T17", "杨帆", "Yang Fan", "S6", None, None, 0.12), ("T18", "郑浩", "Zheng Hao", "S6", None, None, 0.10),
    ("T19", "吴亮", "Wu Liang", "S6", None, None, 0.12),
    ("T20", "关志伟", "Guan Zhiwei", "S7", None, None, 0.12), ("T21", "莫家乐", "Mo Jiale", "S7", None, None, 0.10),
    ("T22", "区永", "Ou Yong", "S7", None, None, 0.12),
    ("T23", "陈志华", "Chen Zhihua", "S8", None, None, 0.62), ("T24", "黎明", "Li Ming", "S8", None, None, 0.10),
    ("T25", "麦浩", "Mai Hao", "S8", None, None, 0.12),
    ("T26", "黄俊", "Huang Jun", "S9", DG_OPEN, None, 1.0), ("T27", "袁伟", "Yuan Wei", "S9", DG_OPEN, None, 0.12),
]
SOURCES = {  # source: zh, P(book after finding us), events.channel
    "baidu_map": ("百度地图", 0.34, "map"), "insurer_voucher": ("保险公司券", 0.74, "partner"),
    "wechat_mini": ("微信小程序", 0.56, "mini_program"), "walk_by": ("路过进店", 0.50, "store"),
    "douyin": ("抖音团购", 0.90, "social")}
VTYPE = {"sedan": ("轿车", 1.0), "suv": ("SUV", 1.35), "ev": ("新能源车", 1.3), "van": ("面包车", 1.1)}
AGE = {"0-3y": "0-3年", "4-7y": "4-7年", "8-12y": "8-12年", "12y+": "12年以上"}
AGE_W = {"sedan": (0.2, 0.35, 0.3, 0.15), "suv": (0.25, 0.4, 0.25, 0.1), "ev": (0.6, 0.4, 0.0, 0.0),
         "van": (0.15, 0.3, 0.3, 0.25)}
TIER = {"regular": ("普通会员", 0.68, 1.0, 0.26), "silver": ("银卡会员", 0.22, 0.95, 0.38), "gold": ("金卡会员", 0.10, 0.9, 0.64)}
SERVICE = {"tyre_change": "换轮胎", "alignment": "四轮定位", "rotation": "轮胎换位", "oil_change": "保养换机油",
           "battery": "更换电瓶"}
BASE_MIN = {"tyre_change": 45, "alignment": 50, "rotation": 28, "oil_change": 35, "battery": 20}
BOOK_CH = {"mini_program": 0.45, "app": 0.30, "phone": 0.25}
TYRES = {  # brand: zh, tier, price per tyre (sedan), weight within the tier
    "Michelin": ("米其林", "premium", 880, 0.45), "Bridgestone": ("普利司通", "premium", 820, 0.30),
    "Continental": ("马牌", "premium", 800, 0.25),
    "Hankook": ("韩泰", "mid", 540, 0.40), "Giti": ("佳通", "mid", 500, 0.35), "Kumho": ("锦湖", "mid", 520, 0.25),
    "Linglong": ("玲珑", "budget", 340, 0.55), "Triangle": ("三角", "budget", 320, 0.45), "RoadMax": ("路马仕", "budget", 280, 0.0),
}
TIER_ZH = {"premium": "进口高端", "mid": "中端", "budget": "经济型"}
EXTRAS = {"wiper": ("雨刮", 88), "cabin_filter": ("空调滤芯", 128), "nitrogen": ("充氮气", 40),
          "brake_fluid": ("刹车油更换", 198), "tyre_protection": ("轮胎保障", 120)}
OTYPE = {"tyres": "轮胎", "labour": "工时费", "alignment": "四轮定位", "rotation": "轮胎换位", "oil_change": "机油保养",
         "battery": "电瓶", "extras": "附加项目", "warranty_claim": "质保理赔"}
CLAIM = {"noise": "胎噪异响", "bulge": "鼓包", "puncture": "扎胎"}
REM_CH = {"wechat": ("微信服务号", 0.5, 1.2), "sms": ("短信", 0.3, 0.62), "app_push": ("APP推送", 0.2, 0.95)}
PAYS = {"wechat_pay": ("微信支付", 0.58), "alipay": ("支付宝", 0.3), "bank_card": ("银行卡", 0.12)}
BRANDS = {"sedan": ["丰田", "本田", "大众", "日产", "别克"], "suv": ["丰田", "本田", "哈弗", "大众", "吉利"],
          "ev": ["比亚迪", "特斯拉", "小鹏", "广汽埃安", "理想"], "van": ["五菱", "金杯", "江铃", "福田"]}
INSURERS = {"ping_an": "平安保险", "picc": "人保财险", "cpic": "太平洋保险"}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现门店", "Found us", "awareness", "other", "digital", "市场部",
     "找到我们|获客|线索|搜到门店|discovery|lead|found the store"),
    ("tp_booked", "预约服务", "Service booked", "consideration", "mini_program", "digital", "客服中心",
     "预约|下单|约时间|booking|book a service"),
    ("tp_confirmed", "确认时段", "Slot confirmed", "consideration", "mini_program", "digital", "客服中心",
     "确认|预约确认|confirmation|slot confirmation"),
    ("tp_noshow", "爽约未到店", "No-show", "purchase", "store", "physical", "门店运营", "爽约|没来|no-show|no show"),
    ("tp_arrived", "到店", "Arrived at store", "purchase", "store", "physical", "门店运营",
     "到店|进店|签到|check-in|arrival"),
    ("tp_inspected", "车辆检查报价", "Inspection & quote", "purchase", "store", "physical", "技术部",
     "检查|报价|检测|inspection|quote"),
    ("tp_quote_accepted", "接受报价", "Quote accepted", "purchase", "store", "physical", "门店运营",
     "同意报价|确认施工|accept quote|approve"),
    ("tp_service_done", "施工完成", "Service completed", "service", "store", "physical", "技术部",
     "完工|施工|做完|job done|service done|completed"),
    ("tp_paid", "付款", "Payment", "purchase", "store", "physical", "财务", "付款|结账|买单|payment|checkout|pay"),
    ("tp_pickup", "取车", "Car picked up", "service", "store", "physical", "门店运营", "取车|提车|交车|pickup|collect"),
    ("tp_warranty", "质保理赔", "Warranty claim", "service", "store", "physical", "售后",
     "质保|理赔|保修|warranty|claim"),
    ("tp_reminder", "轮胎换位提醒", "Tyre-rotation reminder", "loyalty", "app", "digital", "会员运营",
     "换位提醒|提醒|保养提醒|reminder|rotation reminder"),
]
JOURNEYS = [  # id, zh, en, window days, steps
    ("acquire", "发现到到店", "Discovery to first visit", 14, ["tp_discover", "tp_booked", "tp_arrived"]),
    ("booking", "预约到到店", "Booking to arrival", 14, ["tp_booked", "tp_confirmed", "tp_arrived"]),
    ("store_visit", "到店到取车", "In-store visit", 2,
     ["tp_arrived", "tp_inspected", "tp_quote_accepted", "tp_service_done", "tp_paid", "tp_pickup"]),
    ("comeback", "提醒回店", "Reminder to comeback", 30, ["tp_reminder", "tp_booked"]),
]

ZH = {
    "wait": ["等了将近两个小时车才弄好", "预约了还要等这么久，前面排了好几台车", "说一个小时，结果等了两个半小时",
             "四轮定位的机器坏了，白等一下午", "休息区等到手机都没电了，效率太低", "等太久了，下次不来了"],
    "upsell": ["师傅一直推销加项目，换个胎非要我换刹车油", "报价单上一堆加项，推销得太厉害了", "每次来都推销轮胎保障，很烦",
               "明明只做四轮定位，被推销了雨刮和空调滤芯", "推销太多了，感觉在被宰"],
    "noise": ["换了新胎以后胎噪特别大，高速上嗡嗡响", "新轮胎跑起来噪音很大，是不是质量有问题", "换完轮胎车里噪音明显变大了",
              "这批轮胎太吵了，胎噪受不了"],
    "explain": ["师傅讲解得很清楚，哪里要换哪里不用换都说明白了", "技师给我讲了轮胎磨损的情况，很专业", "检查完师傅拍照讲解，放心",
                "师傅很耐心讲解，不懂车也能听明白"],
    "fair": ["价格公道，比4S店实惠多了", "收费公道，没有乱加钱", "轮胎价格实惠，还送了气门芯", "这个价格很公道，会介绍朋友来"],
    "quick": ["换胎很快，半小时就搞定了", "师傅手脚麻利，效率高", "到店就做，很快就好了"],
    "confirm": ["小程序预约了一直没收到确认，到店说没有我的预约", "预约后迟迟没有确认短信，不知道约上没有", "安卓手机上约了好几次都没确认成功",
                "没收到确认就没去，结果算我爽约"],
    "grease": ["取车发现方向盘和座椅上有油污", "车门把手上全是油污手印"],
    "invoice": ["麻烦开一下发票，抬头写公司", "电子发票在哪里下载？", "请问发票什么时候能开"],
    "ok": ["整体还行吧", "一般，中规中矩", "还可以，没什么特别的"],
}
EN = {
    "wait": ["Waited over two hours for a simple alignment.", "Booked a slot and still had a long wait in the lounge.",
             "They said one hour, I waited nearly three.", "The wait was ridiculous, the alignment machine was down."],
    "upsell": ["Too much upselling, I only came for tyres.", "The technician was pushy about extras I didn't need.",
               "Constant upsell on wipers and cabin filters, annoying."],
    "noise": ["New tyres are really noisy on the highway.", "Loud road noise since the tyre change.",
              "Noise from the new tyres is unbearable."],
    "explain": ["Technician explained everything clearly with photos.", "Great tech, explained what needed doing and what didn't.",
                "He took time to explain the tyre wear, very helpful."],
    "fair": ["Fair price, much cheaper than the dealer.", "Good value for money, no hidden fees."],
    "quick": ["Quick and easy, done in 30 minutes.", "Fast service, in and out."],
    "confirm": ["Booked in the mini-program but never got a confirmation.", "No confirmation message after booking, had to call the store."],
    "grease": ["Grease marks on my steering wheel after the service."],
    "invoice": ["How do I get a VAT invoice?", "Please email me the invoice."],
    "ok": ["It was fine.", "Average, nothing special."],
}
MARKERS = {"wait": ["等", "wait"], "upsell": ["推销", "upsell", "pushy"], "noise": ["噪", "吵", "nois"],
           "explain": ["讲", "explain"], "fair": ["公道", "实惠", "fair price", "good value"],
           "quick": ["很快", "麻利", "quick", "fast"], "confirm": ["确认", "confirm"], "grease": ["油污", "grease"],
           "invoice": ["发票", "invoice"], "ok": []}
TOPIC_TP = {"wait": "tp_service_done", "upsell": "tp_inspected", "noise": "tp_pickup", "explain": "tp_inspected",
            "fair": "tp_paid", "quick": "tp_service_done", "confirm": "tp_confirmed", "grease": "tp_pickup",
            "invoice": "tp_paid", "ok": "tp_pickup"}
SENT = {"wait": "neg", "upsell": "neg", "noise": "neg", "confirm": "neg", "grease": "neg", "explain": "pos", "fair": "pos",
        "quick": "pos", "invoice": "neu", "ok": "neu"}
RATING = {"wait": (1, 2), "upsell": (1, 3), "noise": (1, 2), "confirm": (1, 2), "grease": (2, 3), "explain": (5, 5),
          "fair": (4, 5), "quick": (4, 5), "invoice": (3, 4), "ok": (3, 4)}


def _check_markers() -> None:
    """every topic's text markers match its own texts only (gold.py counts topics by these markers)."""
    for pools in (ZH, EN):
        for topic, texts in pools.items():
            for t in texts:
                for other, ms in MARKERS.items():
                    hit = any(m.lower() in t.lower() for m in ms)
                    if other == topic and topic != "ok":
                        assert hit, (topic, t)
                    elif other != topic:
                        assert not hit, (topic, other, t)


def closed(t: datetime) -> bool:
    return any(a <= t <= b for a, b in CNY_CLOSED)


def main(out: Path) -> None:
    _check_markers()
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
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

    def slot_on(t: datetime) -> datetime:
        day = datetime(t.year, t.month, t.day)
        while closed(day + D(hours=12)):
            day += D(days=1)
        s = day + D(minutes=int(round(u(9, 17.5) * 2)) * 30)
        if s < t + D(hours=1):
            s = slot_on(datetime(day.year, day.month, day.day) + D(days=1))
        return s

    def techs_at(store, t):
        return [x for x in TECHS if x[3] == store and (x[4] is None or x[4] <= t) and (x[5] is None or t <= x[5])]

    for i in range(N_NEW + N_OLD + N_DG):
        cid = f"C{i + 1:05d}"
        legacy = N_NEW <= i < N_NEW + N_OLD
        if i >= N_NEW + N_OLD:
            city, store = "Dongguan", "S9"
            t0 = DG_OPEN + D(days=float(u(0, 110)))
        else:
            city = pick(CITIES, 1)
            store = pick({s: v[3] for s, v in STORES.items() if v[2] == city})
            if legacy:
                t0 = START + D(days=float(u(0, 200)))
            else:   # growing: more new drivers later
                t0 = START + D(days=float(668 * np.sqrt(rng.random())))
        t0 = t0.replace(microsecond=0)
        frac = max(0.0, (t0 - START).days / 668)
        p_ev = 0.06 if legacy else 0.08 + 0.16 * frac
        vt = pick({"sedan": 0.56 * (1 - p_ev), "suv": 0.33 * (1 - p_ev), "ev": p_ev, "van": 0.11 * (1 - p_ev)})
        age = list(AGE)[int(np.searchsorted(np.cumsum(AGE_W[vt]) / sum(AGE_W[vt]), rng.random(), side="right"))]
        src = pick({"baidu_map": 0.34, "insurer_voucher": 0.20, "wechat_mini": 0.28, "walk_by": 0.18})
        if not legacy and t0 >= DOUYIN and rng.random() < 0.09:
            src = "douyin"
        tier = pick(TIER, 1)
        os_ = "ios" if rng.random() < (0.5 if city == "Shenzhen" else 0.42) else "android"
        lang = "en" if rng.random() < (0.10 if city == "Shenzhen" else 0.04) else "zh"
        ins = list(INSURERS)[int(rng.integers(3))] if src == "insurer_voucher" else ""
        signup = (datetime(2021, 3, 1) + D(days=float(u(0, 1300)))) if legacy else t0
        cust = dict(customer_id=cid, signup_at=signup.replace(microsecond=0), segment="lead", region=CITY_ZH[city],
                    acquisition_channel=src, tier=tier, 获客渠道=SOURCES[src][0], 会员等级=TIER[tier][0],
                    city=city, 城市=CITY_ZH[city], home_store_id=store, vehicle_type=vt, 车型=VTYPE[vt][0],
                    car_age_band=age, 车龄段=AGE[age], car_brand=BRANDS[vt][int(rng.integers(len(BRANDS[vt])))],
                    phone_os=os_, preferred_language=lang, insurer=ins, 保险公司=INSURERS.get(ins, ""))
        st = dict(visits=0, bad=False, voucher=src == "insurer_voucher" and not legacy)
        queue: list = []    # pending (time, kind, payload)

        def ev(tp, t, **kw):
            if t > END:
                return None
            row = dict(event_id=nid("e", "E", 7), customer_id=cid, ts=t.replace(microsecond=0), touchpoint_id=tp,
                       session_id="", action="", device="", channel="", city=city, 城市=CITY_ZH[city])
            row.update(kw)
            events.append(row)
            return row

        def order(t, amount, otype, loc, status="paid", **kw):
            if t > END:
                return None
            pm = kw.pop("pm", None) or pick(PAYS, 1)
            row = dict(order_id=nid("o", "O", 6), customer_id=cid, ts=t.replace(microsecond=0),
                       amount=round(float(amount), 2), status=status, channel="store", device="", order_type=otype,
                       订单类型=OTYPE[otype], city=city, 城市=CITY_ZH[city], **loc, vehicle_type=vt, 车型=VTYPE[vt][0],
                       payment_method=pm if status != "warranty" else "", 支付方式=PAYS[pm][0] if status != "warranty" else "",
                       currency="CNY")
            row.update(kw)
            orders.append(row)
            return row

        def fb(topic, t, channel, loc=None, extra=None, undated_p=0.0):
            if t > END:
                return
            loc = loc or {}
            pools = EN if lang == "en" else ZH
            texts = pools[topic]
            lo, hi = RATING[topic]
            rated = channel in ("survey", "app_review", "dianping")
            row = dict(feedback_id=nid("f", "F", 5), text=texts[int(rng.integers(len(texts)))],
                       ts="" if rng.random() < undated_p else t.replace(microsecond=0), customer_id=cid,
                       touchpoint_id=TOPIC_TP[topic], channel=channel,
                       rating=int(rng.integers(lo, hi + 1)) if rated else "", language=lang,
                       sentiment_label=SENT[topic], visit_id=loc.get("session_id", ""), store_id=loc.get("store_id", ""),
                       store=loc.get("store", ""), store_en=loc.get("store_en", ""), city=city, 城市=CITY_ZH[city],
                       vehicle_type=vt, 车型=VTYPE[vt][0])
            row.update(extra or {})
            feedback.append(row)

        def visit(book_t: datetime, via: str, first: bool) -> None:
            if book_t > END:
                return
            if via != "walk_in" and not 8 <= book_t.hour < 22:     # bookings happen in the daytime / evening
                book_t = datetime(book_t.year, book_t.month, book_t.day, 8 + book_t.hour % 14, book_t.minute, book_t.second)
            vid = nid("v", "V", 6)
            sid = store if (rng.random() < 0.9 or city == "Dongguan") else \
                pick({s: v[3] for s, v in STORES.items() if v[2] == city})
            # service mix
            mo = book_t.month
            if via == "reminder":
                svc = pick({"rotation": 0.45, "alignment": 0.2, "oil_change": 0.25, "tyre_change": 0.1})
            else:
                svc = pick({"tyre_change": 0.42, "oil_change": 0.28, "alignment": 0.12,
                            "battery": 0.12 * (3.0 if mo in (12, 1) else 1.0), "rotation": 0.06})
            if vt == "ev" and svc == "oil_change":
                svc = "rotation" if rng.random() < 0.5 else "tyre_change"
            if vt == "ev" and svc != "tyre_change" and rng.random() < 0.3:    # heavy EVs wear tyres out faster
                svc = "tyre_change"
            if via == "walk_in":
                bch = "walk_in"
            elif src == "douyin" and first:
                bch = "mini_program"
            else:
                bch = pick(BOOK_CH)
            dev = os_ if bch in ("app", "mini_program") else ""
            loc = dict(session_id=vid, store_id=sid, store=STORES[sid][0], store_en=STORES[sid][1])
            base = dict(**loc, service_type=svc, 服务项目=SERVICE[svc], booking_channel=bch)
            if bch == "walk_in":
                slot = book_t + D(minutes=10)
            else:
                slot = slot_on(book_t + D(days=float(rng.gamma(1.6, 1.6))))
            lead_d = (slot - book_t).total_seconds() / 86400
            ev("tp_booked", book_t, action="submit", channel=bch, device=dev, slot_at=slot.replace(microsecond=0), **base)
            if bch == "walk_in":
                confirmed = True
                conf_t = book_t + D(minutes=1)
            else:
                bug = bch == "mini_program" and os_ == "android" and ANDROID_BUG[0] <= book_t <= ANDROID_BUG[1]
                confirmed = rng.random() < (0.46 if bug else 0.975)
                conf_t = book_t + D(minutes=float(u(1, 40)))
            if confirmed:
                ev("tp_confirmed", conf_t, action="success", channel=bch, device=dev, **base)
            else:
                if rng.random() < 0.4:
                    fb("confirm", book_t + D(hours=float(u(2, 60))), pick({"call_note": 0.45, "app_review": 0.55}),
                       loc, dict(service_type=svc, 服务项目=SERVICE[svc]), undated_p=0.08)
            # no-show
            if bch == "walk_in":
                p_ns = 0.0
            elif not confirmed:
                p_ns = 0.55
            else:
                p_ns = 0.035 + (0.09 if lead_d > 7 else 0.0) + (0.08 if src == "baidu_map" else 0.0)
            if rng.random() < p_ns:
                ev("tp_noshow", slot + D(hours=2), action="no_show", channel="store", **base,
                   slot_at=slot.replace(microsecond=0))
                if rng.random() < 0.35:
                    visit(slot + D(days=float(u(1, 10)), hours=float(u(0, 6))), "rebook", first)
                return
            # arrival
            if bch == "walk_in":
                late, arr_t = 0, slot
            elif rng.random() < 0.22:
                late = int(round(1 + rng.exponential(14)))
                arr_t = slot + D(minutes=late)
            else:
                late, arr_t = 0, slot - D(minutes=float(u(0, 12)))
            drop = rng.random() < 0.35
            ev("tp_arrived", arr_t, action="check_in", channel="store", **base, late_min=late, slot_at=slot.replace(microsecond=0),
               drop_off="yes" if drop else "no")
            # inspection and quote
            tl = techs_at(sid, arr_t)
            w = np.array([1.0 for _ in tl])
            tech = tl[int(np.searchsorted(np.cumsum(w) / w.sum(), rng.random(), side="right"))]
            tcols = dict(technician_id=tech[0], technician_name=tech[1], technician_en=tech[2])
            in_t = arr_t + D(minutes=float(u(5, 20)))
            gz_up = city == "Guangzhou" and in_t >= GZ_UPSELL
            extras_q = rng.random() < (0.86 if gz_up else 0.34)
            ex_items = []
            if extras_q:
                pool = [k for k in EXTRAS if k != "tyre_protection" or svc == "tyre_change"]
                k_n = 1 + int(rng.random() < (0.55 if gz_up else 0.25))
                ex_items = list(rng.choice(pool, k_n, replace=False))
            # main lines
            mult = VTYPE[vt][1]
            lines = []
            tyre = None
            if svc == "tyre_change":
                ttier = pick({"premium": 0.45 if vt == "ev" else 0.24, "mid": 0.40, "budget": 0.2 if vt == "ev" else 0.36})
                brands = {b: v[3] for b, v in TYRES.items() if v[1] == ttier}
                if ttier == "budget" and in_t >= ROADMAX:
                    brands = {"Linglong": 0.22, "Triangle": 0.18, "RoadMax": 0.60}
                brand = pick(brands)
                qty = int(pick({4: 0.35, 2: 0.5, 1: 0.15}))
                unit = TYRES[brand][2] * mult * u(0.92, 1.08)
                tyre = dict(tyre_brand=brand, 轮胎品牌=TYRES[brand][0], tyre_tier=ttier, 轮胎档次=TIER_ZH[ttier], tyre_qty=qty)
                lines.append(("tyres", qty * unit, tyre))
                lines.append(("labour", 50 * qty, {}))
            elif svc == "alignment":
                lines.append(("alignment", 238 if vt in ("suv", "van") else 198, {}))
            elif svc == "rotation":
                lines.append(("rotation", 80, {}))
            elif svc == "oil_change":
                lines.append(("oil_change", {"sedan": 368, "suv": 458, "van": 428}[vt] * u(0.85, 1.3), {}))
            else:
                lines.append(("battery", (420 if vt == "ev" else 520 * mult) * u(0.9, 1.2), {}))
            quote = sum(a for _, a, _ in lines) + sum(EXTRAS[k][1] for k in ex_items)
            ev("tp_inspected", in_t, action="quote", channel="store", **base, **tcols, quote_amount=round(quote, 2),
               extras_quoted="yes" if extras_q else "no", extras_items="|".join(ex_items),
               加项=("、".join(EXTRAS[k][0] for k in ex_items)), **(tyre or {}))
            pushed = extras_q and rng.random() < (0.30 if gz_up else 0.07)
            if pushed and rng.random() < 0.45:
                fb("upsell", in_t + D(hours=float(u(1, 50))), pick({"call_note": 0.4, "dianping": 0.4, "app_review": 0.2}),
                   loc, dict(technician_id=tech[0], technician_name=tech[1], technician_en=tech[2], service_type=svc,
                             服务项目=SERVICE[svc]), undated_p=0.08)
            # whole-quote decline: the driver leaves
            if rng.random() < (0.075 if gz_up else 0.045):
                for ot, amt, kw in lines:
                    order(in_t + D(minutes=10), amt, ot, loc, status="cancelled", visit_id=vid, service_type=svc,
                          服务项目=SERVICE[svc], **kw)
                st["bad"] = True
                return
            acc_t = in_t + D(minutes=float(u(3, 25)))
            ex_ok = extras_q and rng.random() < (0.32 if gz_up else 0.56)
            ev("tp_quote_accepted", acc_t, action="accept", channel="store", **base, **tcols,
               extras_accepted=("yes" if ex_ok else "no") if extras_q else "")
            # the job
            dur = BASE_MIN[svc] * u(0.8, 1.25) + rng.exponential(14) + (10 if ex_ok else 0)
            slow = sid == "S5" and BA_SLOW[0] <= arr_t <= BA_SLOW[1]
            if slow:
                dur += rng.gamma(3.0, 30.0) + (60 if svc == "alignment" else 0)
            done_t = acc_t + D(minutes=float(dur))
            wait = (done_t - arr_t).total_seconds() / 60
            ev("tp_service_done", done_t, action="success", channel="store", **base, **tcols, bay_minutes=round(dur, 1))
            pay_t = done_t + D(minutes=float(u(2, 12)))
            disc = TIER[tier][2]
            voucher = 100 if (st["voucher"] and first) else 0
            pm = pick(PAYS, 1)
            total = 0.0
            made = []
            for k, (ot, amt, kw) in enumerate(lines):
                a = amt * disc - (voucher if k == 0 else 0)
                o = order(pay_t, a, ot, loc, pm=pm, visit_id=vid, service_type=svc, 服务项目=SERVICE[svc],
                          voucher_amount=voucher if k == 0 else 0, **kw)
                made.append(o)
                total += a
            if ex_ok:
                for k in ex_items:
                    o = order(pay_t, EXTRAS[k][1] * disc, "extras", loc, pm=pm, visit_id=vid, service_type=svc,
                              服务项目=SERVICE[svc], extra_item=k, 附加项目名称=EXTRAS[k][0])
                    total += EXTRAS[k][1] * disc
                    if o is not None and rng.random() < (0.16 if gz_up else 0.04):
                        o["status"] = "refunded"
                        o["refunded_at"] = (pay_t + D(days=float(u(1, 10)))).replace(microsecond=0)
            if svc == "battery" and made[0] is not None and rng.random() < 0.03:
                made[0]["status"] = "refunded"
                made[0]["refunded_at"] = (pay_t + D(days=float(u(1, 10)))).replace(microsecond=0)
            ev("tp_paid", pay_t, action="success", channel="store", **base, amount=round(total, 2), payment_method=pm)
            pk_t = pay_t + (D(hours=float(u(1, 7))) if drop else D(minutes=float(u(1, 6))))
            ev("tp_pickup", pk_t, action="success", channel="store", **base)
            st["visits"] += 1
            # feedback about this visit
            fx = dict(technician_id=tech[0], technician_name=tech[1], technician_en=tech[2], service_type=svc,
                      服务项目=SERVICE[svc], **({"tyre_brand": tyre["tyre_brand"], "轮胎品牌": tyre["轮胎品牌"]} if tyre else {}))
            long_wait = wait > 120
            bad = long_wait or pushed
            noisy = tyre is not None and (rng.random() < (0.16 if tyre["tyre_brand"] == "RoadMax" else 0.01))
            if long_wait and rng.random() < 0.4:
                fb("wait", done_t + D(minutes=float(u(10, 600))), pick({"call_note": 0.4, "dianping": 0.35, "app_review": 0.25}),
                   loc, fx, undated_p=0.08)
            if noisy:
                fb("noise", pk_t + D(days=float(u(2, 30))), pick({"call_note": 0.55, "app_review": 0.25, "dianping": 0.2}),
                   loc, fx, undated_p=0.1)
            if rng.random() < 0.008:
                fb("grease", pk_t + D(hours=float(u(1, 24))), "call_note", loc, fx, undated_p=0.1)
            if rng.random() < 0.26:      # post-visit survey (CSAT)
                if long_wait:
                    topic = "wait"
                elif pushed:
                    topic = "upsell"
                elif tech[0] == "T26":
                    topic = "explain"
                elif rng.random() < tech[6]:
                    topic = "explain"
                else:
                    topic = pick({"fair": 0.34, "quick": 0.3 if wait < 60 else 0.05, "ok": 0.3, "invoice": 0.06})
                fb(topic, pk_t + D(hours=float(u(1, 30))), "survey", loc, fx)
            elif rng.random() < 0.05:
                topic = "wait" if long_wait else ("upsell" if pushed else pick({"fair": 0.4, "quick": 0.3, "ok": 0.3}))
                fb(topic, pk_t + D(hours=float(u(1, 72))), "dianping", loc, fx, undated_p=0.08)
            st["bad"] = bad
            # warranty
            if tyre is not None:
                p_claim = {"premium": 0.015, "mid": 0.03, "budget": 0.04}[tyre["tyre_tier"]]
                if tyre["tyre_brand"] == "RoadMax":
                    p_claim = 0.15
                if rng.random() < p_claim:
                    c_t = pk_t + D(days=float(u(7, 120)))
                    reason = pick({"noise": 0.72, "bulge": 0.14, "puncture": 0.14}) if tyre["tyre_brand"] == "RoadMax" \
                        else pick({"noise": 0.2, "bulge": 0.35, "puncture": 0.45})
                    c_t = datetime(c_t.year, c_t.month, c_t.day, 10) + D(minutes=int(rng.integers(0, 480)))
                    wid = nid("v", "V", 6)
                    wloc = dict(session_id=wid, store_id=sid, store=STORES[sid][0], store_en=STORES[sid][1])
                    if ev("tp_warranty", c_t, action="claim", channel="store", **wloc, original_visit_id=vid,
                          claim_reason=reason, 理赔原因=CLAIM[reason], **tyre) is not None:
                        unit = [o for o in made if o is not None and o["order_type"] == "tyres"]
                        cv = round(unit[0]["amount"] / tyre["tyre_qty"], 2) if unit else 0
                        order(c_t, 0, "warranty_claim", wloc, status="warranty", visit_id=wid, original_visit_id=vid,
                              claim_reason=reason, 理赔原因=CLAIM[reason], claim_value=cv, **tyre)
                        if reason == "noise" and rng.random() < 0.45:
                            fb("noise", c_t + D(hours=float(u(0, 6))), "call_note", wloc, fx, undated_p=0.1)
            # what happens next
            if svc in ("tyre_change", "alignment", "rotation"):
                queue.append((pk_t + D(days=float(u(87, 93))), "reminder", sid))
            elif rng.random() < 0.6:
                queue.append((pk_t + D(days=float(u(90, 240))), "spont", None))

        # ---- life cycle
        if legacy:
            if rng.random() < 0.5:
                queue.append((t0, "reminder", store))
            else:
                queue.append((t0, "spont", None))
        else:
            ev("tp_discover", t0, action="view", channel=SOURCES[src][2], device=os_ if src in ("wechat_mini", "douyin") else "",
               source=src, 来源渠道=SOURCES[src][0], store_id=store, store=STORES[store][0], store_en=STORES[store][1],
               insurer=ins)
            if rng.random() < SOURCES[src][1]:
                if src == "walk_by":
                    visit(t0 + D(minutes=float(u(2, 20))), "walk_in", True)
                else:
                    lag = rng.gamma(1.2, 1.4)
                    if rng.random() < 0.05:
                        lag += u(14, 30)
                    visit(t0 + D(days=float(lag)), "new", True)
        guard = 0
        while queue and guard < 30:
            guard += 1
            queue.sort(key=lambda x: x[0])
            t, kind, sid = queue.pop(0)
            if t > END:
                break
            if kind == "reminder":
                t = datetime(t.year, t.month, t.day, 10) + D(minutes=int(rng.integers(0, 90)))
                rch = pick(REM_CH, 1)
                ev("tp_reminder", t, session_id=nid("r", "R", 6), action="sent", channel=rch, reminder_channel=rch,
                   提醒渠道=REM_CH[rch][0], store_id=sid, store=STORES[sid][0], store_en=STORES[sid][1],
                   reminder_type="tyre_rotation", 提醒类型="轮胎换位")
                p = TIER[tier][3] * REM_CH[rch][2] * (0.6 if st["bad"] else 1.0)
                if rng.random() < min(p, 0.95):
                    lag = rng.gamma(1.5, 4.0) + (u(30, 60) if rng.random() < 0.07 else 0)
                    visit(t + D(days=float(lag), hours=float(u(0, 9))), "reminder", st["visits"] == 0)
                elif rng.random() < 0.45:
                    queue.append((t + D(days=float(u(60, 250))), "spont", None))
            else:
                visit(t + D(hours=float(u(0, 10))), "spont", st["visits"] == 0)

        if st["visits"] == 0:
            seg = "lead"
        elif st["bad"]:
            seg = "at_risk"
        else:
            seg = "returning" if st["visits"] > 1 else "new"
        cust["segment"] = seg
        customers.append(cust)

    # general comments not about one visit (social posts), some undated
    for _ in range(70):
        c = customers[int(rng.integers(len(customers)))]
        t = START + D(days=float(u(20, 660)))
        lang_c = c["preferred_language"]
        topic = pick({"fair": 0.4, "quick": 0.3, "invoice": 0.3})
        texts = (EN if lang_c == "en" else ZH)[topic]
        feedback.append(dict(feedback_id=nid("f", "F", 5), text=texts[int(rng.integers(len(texts)))],
                             ts="" if rng.random() < 0.2 else t.replace(microsecond=0), customer_id=c["customer_id"],
                             touchpoint_id=TOPIC_TP[topic], channel="social", rating="", language=lang_c,
                             sentiment_label=SENT[topic], city=c["city"], 城市=c["城市"],
                             vehicle_type=c["vehicle_type"], 车型=c["车型"]))

    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    for j in rng.choice(len(events), 10, replace=False):      # POS retries: exact duplicate rows, loaded once
        events.append(dict(events[int(j)]))
    feedback.sort(key=lambda f: (str(f["ts"]) if f["ts"] != "" else "9999", f["feedback_id"]))

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
                elif isinstance(v, (np.integer,)):
                    v = int(v)
                elif isinstance(v, (np.floating,)):
                    v = round(float(v), 2)
                elif isinstance(v, np.str_):
                    v = str(v)
                vals.append(v)
            w.writerow(vals)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
