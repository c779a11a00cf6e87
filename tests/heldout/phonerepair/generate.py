"""机医生 PhoneMedic: a smartphone repair franchise with walk-in shops and mail-in repair centres in London,
Manchester, Toronto, Sydney, 上海 Shanghai, 广州 Guangzhou, 深圳 Shenzhen and 成都 Chengdu (synthetic, written blind).

People find a shop on a map app (Google Maps / Apple Maps / 高德 / 大众点评) or click a social ad (Facebook,
Instagram, TikTok, 抖音, 小红书, 微信朋友圈), get an online diagnosis and quote (web, WhatsApp, WeChat mini-program),
book a walk-in slot or a mail-in label (预约送修), drop the phone at a shop (门店收机; walk-ins without a booking too)
or post it to a repair centre (寄修收件). A technician diagnoses the device (检测), checks parts (备件核查: in stock,
backorder, unavailable), the customer approves the final price or declines (维修确认), the phone is repaired (维修)
and quality-tested (质检; a fail means rework), then collected at the shop (门店取机) or posted back (回寄). Repairs
carry a 90-day warranty (保修返修). Shops also buy old phones (以旧换新回收, payouts as orders) and sell accessories
(配件销售). Customer service answers phone / WhatsApp / WeChat contacts (客服咨询).

Data 2025-01-01 .. 2026-07-31 (POS + workshop extract taken in early August 2026). Times are naive local times of
each city. Money: orders.amount is CNY (the franchise's reporting currency, HQ in Shenzhen); currency +
amount_local keep what the shop charged (GBP, CAD, AUD, CNY).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260806), numpy + stdlib. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260806
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
N_DAYS = (END.date() - START.date()).days + 1
N_CUST = 15500
BAD_LOT = (datetime(2025, 11, 1), datetime(2025, 11, 30, 23, 59, 59))   # LumaGlass lot LG-2511 fitted in Nov 2025


class Rand:
    """buffered numpy draws; fixed seed, deterministic."""

    def __init__(self, seed):
        self.g = np.random.default_rng(seed)
        self._u, self.iu = [], 0
        self._n, self.inn = [], 0

    def u(self):
        if self.iu >= len(self._u):
            self._u, self.iu = self.g.random(1 << 18).tolist(), 0
        self.iu += 1
        return self._u[self.iu - 1]

    def n(self):
        if self.inn >= len(self._n):
            self._n, self.inn = self.g.standard_normal(1 << 16).tolist(), 0
        self.inn += 1
        return self._n[self.inn - 1]

    def p(self, prob):
        return self.u() < prob

    def pick(self, items, weights=None):
        if weights is None:
            return items[int(self.u() * len(items))]
        x, acc = self.u() * sum(weights), 0.0
        for it, w in zip(items, weights):
            acc += w
            if x < acc:
                return it
        return items[-1]

    def randint(self, a, b):
        return a + int(self.u() * (b - a + 1))

    def lognorm(self, median, sigma):
        return median * float(np.exp(sigma * self.n()))

    def exp(self, mean):
        return -mean * float(np.log(1.0 - self.u()))


R = Rand(SEED)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_map_listing", "地图店铺页", "Map listing", "awareness", "web", "digital", "local_marketing",
     "地图|高德|大众点评|店铺页|导航|Google Maps|Apple Maps|map listing|store listing|directions|local listing"),
    ("tp_social_ad", "社交广告", "Social ad", "awareness", "ads", "digital", "performance_marketing",
     "广告|抖音广告|小红书|朋友圈广告|投放|social ad|ad click|Facebook ad|Instagram ad|TikTok ad|paid social"),
    ("tp_online_quote", "在线诊断报价", "Online diagnosis & quote", "consideration", "web", "digital", "ecommerce",
     "在线报价|线上估价|报价|网上诊断|online quote|price check|quote tool|instant quote|online diagnosis"),
    ("tp_booking", "预约送修", "Repair booking", "purchase", "web", "digital", "ecommerce",
     "预约|预约到店|寄修下单|寄修单|booking|appointment|mail-in order|shipping label|book a repair"),
    ("tp_store_checkin", "门店收机", "Shop drop-off", "purchase", "store", "physical", "shops",
     "到店|收机|门店登记|送修|walk-in|drop-off|check-in|counter|front desk"),
    ("tp_mailin_receive", "寄修收件", "Mail-in receipt", "purchase", "other", "physical", "repair_centre",
     "寄修|收件|寄到中心|邮寄维修|mail-in|parcel received|repair centre intake|send-in"),
    ("tp_diagnosis", "检测", "Device diagnosis", "service", "store", "physical", "workshop",
     "检测|诊断|拆机检测|故障检测|diagnosis|diagnostic|inspection|bench test|assessment"),
    ("tp_parts_check", "备件核查", "Parts check", "service", "other", "digital", "parts_supply",
     "备件|配件库存|缺货|等配件|调货|parts check|parts|stock check|backorder|spare parts"),
    ("tp_quote_confirm", "维修确认", "Repair approval", "service", "store", "physical", "shops",
     "确认报价|最终报价|同意维修|拒绝维修|加价|repair approval|final quote|approve repair|sign-off|estimate"),
    ("tp_repair", "维修", "Repair", "service", "other", "physical", "workshop",
     "维修|换屏|换电池|修理|返工|repair|fix|screen replacement|battery replacement|rework"),
    ("tp_qc", "质检", "Quality test", "service", "other", "physical", "workshop",
     "质检|测试|出厂检测|QC|quality check|quality test|final test|QA"),
    ("tp_collection", "门店取机", "Shop collection", "service", "store", "physical", "shops",
     "取机|取手机|提机|collection|pick-up|pickup|collect my phone|handback"),
    ("tp_return_ship", "回寄", "Return shipping", "service", "other", "physical", "logistics",
     "回寄|寄回|快递|物流|return shipping|return delivery|courier|shipping back|parcel back"),
    ("tp_warranty_return", "保修返修", "Warranty return", "loyalty", "store", "physical", "shops",
     "保修|返修|二次维修|质保|warranty|warranty claim|comeback|redo|came back"),
    ("tp_tradein", "以旧换新回收", "Trade-in", "loyalty", "store", "physical", "trade_in",
     "回收|以旧换新|旧机回收|估价回收|trade-in|trade in|buyback|sell my phone|trade-in offer"),
    ("tp_accessory", "配件销售", "Accessory sale", "loyalty", "store", "physical", "retail",
     "配件|贴膜|手机壳|充电器|周边|accessories|screen protector|case|charger|add-on"),
    ("tp_support", "客服咨询", "Customer service contact", "service", "phone", "digital", "customer_service",
     "客服|咨询|投诉|热线|WhatsApp|微信客服|customer service|support|helpdesk|hotline|complaint"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("ad_to_booking", "广告到预约", "Social ad to booking", ["tp_social_ad", "tp_online_quote", "tp_booking"], 7),
    ("walkin_repair", "门店维修流程", "Walk-in repair",
     ["tp_store_checkin", "tp_diagnosis", "tp_parts_check", "tp_quote_confirm", "tp_repair", "tp_qc",
      "tp_collection"], 30),
    ("mailin_repair", "寄修流程", "Mail-in repair",
     ["tp_mailin_receive", "tp_diagnosis", "tp_parts_check", "tp_quote_confirm", "tp_repair", "tp_qc",
      "tp_return_ship"], 30),
]

# city: zh, region, currency, CNY per unit, price factor (vs China), weight, English-speaking
CITIES = {
    "London": ("伦敦", "UK", "GBP", 9.10, 1.45, 0.15, True),
    "Manchester": ("曼彻斯特", "UK", "GBP", 9.10, 1.35, 0.08, True),
    "Toronto": ("多伦多", "Canada", "CAD", 5.20, 1.40, 0.12, True),
    "Sydney": ("悉尼", "Australia", "AUD", 4.70, 1.45, 0.10, True),
    "Shanghai": ("上海", "China", "CNY", 1.0, 1.05, 0.17, False),
    "Guangzhou": ("广州", "China", "CNY", 1.0, 0.95, 0.10, False),
    "Shenzhen": ("深圳", "China", "CNY", 1.0, 0.95, 0.17, False),
    "Chengdu": ("成都", "China", "CNY", 1.0, 0.90, 0.11, False),
}
CITY_NAMES = list(CITIES)
CITY_W = [CITIES[c][5] for c in CITY_NAMES]
STORES = {
    "London": [("LDN-OXF", "London Oxford Street"), ("LDN-STR", "London Stratford")],
    "Manchester": [("MAN-PIC", "Manchester Piccadilly")],
    "Toronto": [("TOR-YDS", "Toronto Yonge-Dundas"), ("TOR-SCB", "Toronto Scarborough")],
    "Sydney": [("SYD-TWH", "Sydney Town Hall")],
    "Shanghai": [("SH-XJH", "上海徐家汇店"), ("SH-WJC", "上海五角场店")],
    "Guangzhou": [("GZ-TH", "广州天河店")],
    "Shenzhen": [("SZ-HQB", "深圳华强北店"), ("SZ-NS", "深圳南山店")],
    "Chengdu": [("CD-CXL", "成都春熙路店")],
}
CENTRE = {"UK": "UK Repair Centre Birmingham", "Canada": "Toronto Repair Centre", "Australia": "Sydney Repair Centre",
          "China": "深圳龙华维修中心"}
COURIERS = {"UK": (["Royal Mail", "DPD"], [0.6, 0.4]), "Canada": (["Canada Post", "Purolator"], [0.7, 0.3]),
            "Australia": (["Australia Post"], [1.0]), "China": (["顺丰速运", "京东物流"], [0.8, 0.2])}
# courier: promised days, median transit days, late probability
COURIER_SLA = {"Royal Mail": (2, 1.8, 0.09), "DPD": (1, 1.2, 0.06), "Canada Post": (3, 4.2, 0.38),
               "Purolator": (2, 2.0, 0.08), "Australia Post": (3, 2.8, 0.10), "顺丰速运": (2, 1.5, 0.04),
               "京东物流": (2, 1.8, 0.06)}
AD_CH = {True: (["facebook", "instagram", "tiktok"], [0.34, 0.36, 0.30]),
         False: (["douyin", "xiaohongshu", "wechat_moments"], [0.45, 0.35, 0.20])}
AD_CAMPAIGN = {"facebook": ["fb_screen_repair", "fb_battery_swap", "fb_tradein"],
               "instagram": ["ig_same_day_fix", "ig_screen_repair", "ig_accessories"],
               "tiktok": ["tt_screens_from_19", "tt_screens_from_19", "tt_battery_day"],
               "douyin": ["抖音_换屏特惠", "抖音_电池焕新", "抖音_以旧换新"],
               "xiaohongshu": ["小红书_原厂屏", "小红书_寄修包邮"], "wechat_moments": ["朋友圈_门店开业", "朋友圈_换电池"]}
QUOTE_P = {"facebook": 0.42, "instagram": 0.40, "tiktok": 0.40, "douyin": 0.41, "xiaohongshu": 0.46,
           "wechat_moments": 0.36}
BOOK_P = {"facebook": 0.60, "instagram": 0.63, "tiktok": 0.21, "douyin": 0.58, "xiaohongshu": 0.66,
          "wechat_moments": 0.57, "map": 0.64, "organic": 0.66, "repeat": 0.72}
MAP_CH = {True: (["google_maps", "apple_maps"], [0.78, 0.22]), False: (["amap", "dianping"], [0.55, 0.45])}

BRANDS = {True: (["Apple", "Samsung", "Google", "Xiaomi", "OPPO"], [0.54, 0.29, 0.09, 0.05, 0.03]),
          False: (["Apple", "Huawei", "Xiaomi", "OPPO", "vivo", "Samsung"], [0.40, 0.22, 0.15, 0.10, 0.10, 0.03])}
MODELS = {"Apple": (["iPhone 11", "iPhone 12", "iPhone 13", "iPhone 14", "iPhone 14 Pro", "iPhone 15", "iPhone 15 Pro",
                     "iPhone 16", "iPhone 16 Pro"], [0.07, 0.11, 0.17, 0.15, 0.09, 0.14, 0.10, 0.10, 0.07]),
          "Samsung": (["Galaxy S22", "Galaxy S23", "Galaxy S24", "Galaxy A54", "Galaxy A35"],
                      [0.16, 0.24, 0.22, 0.22, 0.16]),
          "Google": (["Pixel 7", "Pixel 8", "Pixel 8 Pro", "Pixel 9"], [0.3, 0.35, 0.15, 0.2]),
          "Huawei": (["Mate 60", "Mate 60 Pro", "P60", "nova 12"], [0.3, 0.25, 0.2, 0.25]),
          "Xiaomi": (["Xiaomi 14", "Redmi Note 13", "Redmi K70"], [0.35, 0.4, 0.25]),
          "OPPO": (["Reno 11", "Find X7", "A79"], [0.45, 0.25, 0.3]),
          "vivo": (["X100", "S18", "Y36"], [0.35, 0.4, 0.25])}
MODEL_TIER = {"iPhone 11": 0.7, "iPhone 12": 0.8, "iPhone 13": 0.9, "iPhone 14": 1.0, "iPhone 14 Pro": 1.25,
              "iPhone 15": 1.1, "iPhone 15 Pro": 1.35, "iPhone 16": 1.2, "iPhone 16 Pro": 1.45, "Galaxy S22": 0.95,
              "Galaxy S23": 1.05, "Galaxy S24": 1.2, "Galaxy A54": 0.6, "Galaxy A35": 0.5, "Pixel 7": 0.7,
              "Pixel 8": 0.8, "Pixel 8 Pro": 0.95, "Pixel 9": 0.95, "Mate 60": 1.05, "Mate 60 Pro": 1.25,
              "P60": 0.95, "nova 12": 0.6, "Xiaomi 14": 0.8, "Redmi Note 13": 0.45, "Redmi K70": 0.55,
              "Reno 11": 0.6, "Find X7": 0.85, "A79": 0.4, "X100": 0.85, "S18": 0.55, "Y36": 0.4}
FAULT = {"screen": "屏幕碎裂", "battery": "电池老化", "charging_port": "充电口故障", "back_glass": "后盖玻璃碎",
         "camera": "摄像头故障", "water_damage": "进水", "speaker_mic": "听筒/麦克风故障", "board": "主板故障",
         "software": "系统/软件故障"}
FAULT_W = {True: [0.40, 0.20, 0.08, 0.07, 0.05, 0.06, 0.05, 0.04, 0.05],
           False: [0.36, 0.26, 0.08, 0.05, 0.05, 0.05, 0.05, 0.04, 0.06]}
BASE_PRICE = {"screen": 1300, "battery": 420, "charging_port": 320, "back_glass": 650, "camera": 750,
              "water_damage": 550, "speaker_mic": 300, "board": 1200, "software": 220}
PART = {"screen": ("screen", "屏幕总成"), "battery": ("battery", "电池"), "charging_port": ("charging_port", "尾插排线"),
        "back_glass": ("back_glass", "后盖玻璃"), "camera": ("camera_module", "摄像头模组"),
        "water_damage": ("cleaning_kit", "清洗除锈"), "speaker_mic": ("speaker", "听筒喇叭"),
        "board": ("board_component", "主板元件"), "software": (None, None)}
GRADE = {"genuine": "原厂", "premium": "高品质", "standard": "标准"}
GRADE_F = {"genuine": 1.0, "premium": 0.78, "standard": 0.58}
SUPPLIER = {("screen", "genuine"): "OEM Genuine", ("screen", "premium"): "ClearView", ("screen", "standard"): "LumaGlass",
            ("battery", "genuine"): "OEM Genuine", ("battery", "premium"): "ClearView",
            ("battery", "standard"): "VoltCell"}
BACKORDER_P = {"Apple": 0.07, "Samsung": 0.30, "Google": 0.22, "Huawei": 0.20, "Xiaomi": 0.11, "OPPO": 0.13,
               "vivo": 0.12}
DECLINE = {"too_expensive": "太贵了", "not_worth_it": "不值得修", "will_buy_new": "打算换新机",
           "trade_in": "改为以旧换新", "wait_too_long": "等配件太久", "data_concern": "担心数据"}
QC_ISSUE = {"touch_unresponsive": "触控异常", "display_tint": "屏幕偏色", "face_id": "面容识别失效",
            "charging": "充电异常", "audio": "声音异常", "seal": "密封不良"}
WARRANTY = {"ghost_touch": "屏幕乱跳", "battery_drain": "掉电快", "face_id": "面容识别失效",
            "charging_loose": "充电口松动", "speaker_noise": "听筒杂音", "display_tint": "屏幕偏色"}
WARRANTY_REJECT = {"physical_damage": "人为损坏", "liquid_damage": "进水", "out_of_warranty": "超出保修期"}
ACCESSORY = {"screen_protector": ("钢化膜", 12, 59), "case": ("手机壳", 18, 79), "charger": ("充电器", 22, 99),
             "cable": ("数据线", 10, 39), "power_bank": ("充电宝", 30, 149)}
ACC_W = [0.42, 0.28, 0.12, 0.11, 0.07]
PAY = {"card": "银行卡", "apple_pay": "Apple Pay", "cash": "现金", "paypal": "PayPal", "wechat_pay": "微信支付",
       "alipay": "支付宝"}
PAY_W = {True: (["card", "apple_pay", "cash", "paypal"], [0.55, 0.28, 0.09, 0.08]),
         False: (["wechat_pay", "alipay", "card", "cash"], [0.58, 0.35, 0.05, 0.02])}
SUPPORT = {"status_update": "查询进度", "price_question": "价格咨询", "warranty": "保修咨询", "shipping": "物流查询",
           "complaint": "投诉", "booking_change": "改约"}
TI_GRADE = {"A": "成色好", "B": "有划痕", "C": "屏碎/有故障"}
DIAG_FEE_LOCAL = {"GBP": 20, "CAD": 35, "AUD": 39}
ORDER_TYPE = {"repair": "维修单", "diagnostic_fee": "检测费", "accessory": "配件销售", "tradein_payout": "回收付款"}

EV_COLS = [
    "event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device", "session_id", "city", "城市",
    "store_id", "store", "repair_centre", "service_mode", "case_id", "ad_campaign", "quote_source", "device_brand",
    "device_model", "fault_type", "故障类型", "quoted_price_local", "currency", "slot_time", "queue_min",
    "courier", "transit_days", "technician_id", "diag_minutes", "part_type", "配件", "part_grade", "part_supplier",
    "part_lot", "wait_days", "final_price_local", "price_change_local", "decline_reason", "拒绝原因",
    "repair_minutes", "rework", "qc_issue", "质检问题", "days_to_collect", "warranty_issue", "返修原因",
    "reject_reason", "days_since_repair", "resolution", "tradein_model", "condition_grade", "成色", "offer_local",
    "item", "商品", "contact_reason", "咨询原因",
]
EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
TRUTH: list[tuple] = []
CUSTOMERS: list[dict] = []
_eid = [0]
_oid = [0]
_case = [0]


def ev(cust, ts, tp, action, channel, **kw):
    if ts > END:
        return None
    _eid[0] += 1
    row = {"event_id": f"E{_eid[0]:07d}", "customer_id": cust["customer_id"], "ts": ts, "touchpoint_id": tp,
           "action": action, "channel": channel, "city": cust["city"], "城市": CITIES[cust["city"]][0]}
    row.update(kw)
    EVENTS.append(row)
    return row


def order(cust, ts, otype, local, status, **kw):
    if ts > END:
        return None
    _oid[0] += 1
    cur, fx = CITIES[cust["city"]][2], CITIES[cust["city"]][3]
    row = {"order_id": f"O{_oid[0]:06d}", "customer_id": cust["customer_id"], "ts": ts,
           "amount": round(local * fx, 2), "status": status, "order_type": otype, "订单类型": ORDER_TYPE[otype],
           "currency": cur, "amount_local": round(local, 2), "city": cust["city"]}
    row.update(kw)
    ORDERS.append(row)
    return row


def day_weights():
    w = np.empty(N_DAYS)
    for i in range(N_DAYS):
        d = START.date() + D(days=i)
        x = 1.0 + 0.32 * i / N_DAYS
        x *= {5: 1.35, 6: 1.12}.get(d.weekday(), 1.0)
        x *= {1: 1.08, 9: 1.15, 12: 1.1, 2: 0.92}.get(d.month, 1.0)
        w[i] = x
    return w / w.sum()


DAYW = day_weights()
DAY_CDF = np.cumsum(DAYW).tolist()


def draw_day():
    x, lo, hi = R.u(), 0, N_DAYS - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if DAY_CDF[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return START + D(days=lo)


def at_hour(day, lo=10.0, hi=20.0):
    h = lo + R.u() * (hi - lo)
    return day.replace(hour=0, minute=0, second=0) + D(hours=h, seconds=R.randint(0, 59))


def shop_time(t):
    """next moment the shop is open (10:00-20:00)."""
    if t.hour < 10:
        return t.replace(hour=10, minute=R.randint(0, 40))
    if t.hour >= 20:
        return (t + D(days=1)).replace(hour=10, minute=R.randint(0, 40))
    return t


def price_local(cust, fault, model, grade):
    c = CITIES[cust["city"]]
    cny = BASE_PRICE[fault] * (MODEL_TIER[model] if fault in ("screen", "back_glass", "camera", "board") else
                               0.6 + 0.4 * MODEL_TIER[model])
    if fault in ("screen", "battery"):
        cny *= GRADE_F[grade]
    cny *= c[4]
    local = cny / c[3]
    if c[2] == "CNY":
        return float(max(99, int(round(local / 10.0)) * 10 - 1))
    return float(max(19, int(round(local / 5.0)) * 5 - 1))


# ---------------------------------------------------------------- cases

def new_case(cust, t, channel_dev):
    """a device + fault chosen by the customer (on the quote tool or at the counter)."""
    en = CITIES[cust["city"]][6]
    brand = cust["device_brand"]
    model = R.pick(*MODELS[brand])
    fault = R.pick(list(FAULT), FAULT_W[en])
    if fault in ("screen", "battery"):
        grade = R.pick(["genuine", "premium", "standard"], [0.33, 0.27, 0.40] if en else [0.30, 0.22, 0.48])
    else:
        grade = "genuine" if R.p(0.5) else "standard"
    _case[0] += 1
    return {"case_id": f"R{_case[0]:06d}", "brand": brand, "model": model, "fault": fault, "grade": grade,
            "quote": None, "issues": set(), "dev": channel_dev}


def process(cust, case, mode, t_in, store):
    """from the device being received (shop or repair centre) to its return; returns the completion time or None."""
    c = CITIES[cust["city"]]
    en, region = c[6], c[1]
    common = {"case_id": case["case_id"], "service_mode": mode, "device_brand": case["brand"],
              "device_model": case["model"]}
    if mode == "walk_in":
        common.update(store_id=store[0], store=store[1])
        techs = [f"{store[0]}-T{k}" for k in range(1, 4)]
        ch = "store"
    else:
        common.update(repair_centre=CENTRE[region])
        techs = [f"{region[:2].upper()}C-T{k}" for k in range(1, 6)]
        ch = "mail_in"
    tech = R.pick(techs)
    # --- diagnosis
    t = t_in + (D(minutes=R.randint(15, 80)) if mode == "walk_in" else D(hours=R.randint(14, 40)))
    if mode == "mail_in":
        t = shop_time(t)
    fault = case["fault"]
    r = R.u()
    if fault == "water_damage":
        dx = "water_damage"
    elif r < 0.035:
        dx = "no_fault_found"
    elif r < 0.06 or (fault == "board" and r < 0.25):
        dx = "beyond_repair"
    elif r < 0.17:
        dx = "additional_fault"
    elif r < 0.21 and fault not in ("software",):
        dx = "water_damage"
        fault = "water_damage"
    else:
        dx = "confirmed"
    ev(cust, t, "tp_diagnosis", dx, ch, technician_id=tech, diag_minutes=R.randint(8, 55), fault_type=fault,
       故障类型=FAULT[fault], **common)
    case["fault_final"] = fault

    def hand_back(t, repaired):
        """collection at the shop or return parcel."""
        if mode == "walk_in":
            days = 0 if R.p(0.55 if repaired else 0.7) else R.randint(1, 6) if R.p(0.9) else R.randint(7, 30)
            tc = shop_time(t + D(hours=R.u() * 3 + 0.2) + D(days=days))
            ev(cust, tc, "tp_collection", "collected" if repaired else "collected_unrepaired", ch,
               days_to_collect=days, **common)
            return tc
        courier = R.pick(*COURIERS[region])
        promised, med, late_p = COURIER_SLA[courier]
        tc = shop_time(t + D(hours=R.randint(2, 20)))
        late = R.p(late_p)
        transit = promised + R.randint(1, 6) if late else max(1, min(promised, int(round(R.lognorm(med, 0.3)))))
        if courier == "Canada Post" and not late:
            transit = min(promised, transit)
        ev(cust, tc, "tp_return_ship", "delivered_late" if late else "delivered", ch, courier=courier,
           transit_days=transit, **common)
        if late:
            case["issues"].add("slow_return")
        return tc + D(days=transit)

    def diag_fee(t):
        if c[2] in DIAG_FEE_LOCAL:
            order(cust, t, "diagnostic_fee", DIAG_FEE_LOCAL[c[2]], "paid" if R.p(0.7) else "cancelled",
                  case_id=case["case_id"], service_mode=mode, store_id=common.get("store_id"),
                  payment_method=R.pick(*PAY_W[en]))

    if dx in ("no_fault_found", "beyond_repair"):
        if dx == "beyond_repair":
            case["tradein_offer"] = True
        diag_fee(t)
        return hand_back(t + D(minutes=20), False), False
    # --- parts check
    part, part_zh = PART[fault]
    t += D(minutes=R.randint(5, 30))
    grade = case["grade"] if fault in ("screen", "battery") else ("genuine" if fault != "water_damage" else "standard")
    supplier = SUPPLIER.get((fault, grade), "OEM Genuine" if grade == "genuine" else "PartsHub")
    wait = 0
    if part is None:
        pc = "no_part_needed"
    else:
        bp = BACKORDER_P[case["brand"]] * (1.4 if grade == "genuine" else 1.0)
        if MODEL_TIER[case["model"]] >= 1.35:
            bp *= 1.3
        r = R.u()
        if r < 0.02 + (0.03 if case["model"] in ("iPhone 11", "Galaxy S22", "Pixel 7") else 0.0):
            pc = "unavailable"
        elif r < 0.02 + bp:
            pc = "backorder"
            wait = max(2, int(round(R.lognorm(5.5, 0.45))))
            case["issues"].add("parts_wait")
        else:
            pc = "in_stock"
    ev(cust, t, "tp_parts_check", pc, ch, part_type=part, 配件=part_zh, part_grade=grade if part else None,
       part_supplier=supplier if part else None, wait_days=wait if pc == "backorder" else None,
       fault_type=fault, 故障类型=FAULT[fault], **common)
    if pc == "unavailable":
        diag_fee(t)
        case["tradein_offer"] = R.p(0.5)
        return hand_back(t + D(minutes=30), False), False
    # --- approval
    final = price_local(cust, case["fault"], case["model"], grade if case["fault"] in ("screen", "battery")
                        else case["grade"])
    if dx == "additional_fault":
        final = float(int(final * (1.3 + 0.5 * R.u())))
    if dx == "water_damage" and case["fault"] != "water_damage":
        final = float(int(final + price_local(cust, "water_damage", case["model"], "standard") * 0.8))
    q = case["quote"]
    change = round(final - q, 2) if q is not None else None
    up = change is not None and change > 0
    dp = 0.07 + (0.27 if up else 0.0) + (0.14 if pc == "backorder" and wait > 6 else 0.0) + \
        (0.08 if fault == "water_damage" else 0.0) - (0.02 if not en else 0.0)
    t_ap = t + (D(minutes=R.randint(5, 40)) if mode == "walk_in" else D(hours=R.randint(1, 30)))
    appr_via = "in_person" if mode == "walk_in" and R.p(0.8) else R.pick(["sms_link", "phone", "whatsapp"]
                                                                          if en else ["sms_link", "phone", "wechat"])
    if up:
        case["issues"].add("quote_up")
    if R.p(dp):
        reason = R.pick(list(DECLINE), [0.36, 0.16, 0.16, 0.08, 0.14 if pc == "backorder" else 0.01, 0.06]
                        if not up else [0.62, 0.12, 0.1, 0.06, 0.05, 0.05])
        ev(cust, t_ap, "tp_quote_confirm", "declined", ch, final_price_local=final, price_change_local=change,
           currency=c[2], decline_reason=reason, 拒绝原因=DECLINE[reason], approval_via=appr_via, **common)
        diag_fee(t_ap)
        if reason in ("will_buy_new", "trade_in") or R.p(0.15):
            case["tradein_offer"] = True
        return hand_back(t_ap + D(minutes=15), False), False
    ev(cust, t_ap, "tp_quote_confirm", "approved", ch, final_price_local=final, price_change_local=change,
       currency=c[2], approval_via=appr_via, **common)
    pay = R.pick(*PAY_W[en])
    rep_order = None
    if mode == "mail_in":
        rep_order = order(cust, t_ap, "repair", final, "paid", case_id=case["case_id"], service_mode=mode,
                          payment_method="card" if en and pay == "cash" else ("wechat_pay" if pay == "cash" else pay),
                          device_brand=case["brand"], fault_type=fault, 故障类型=FAULT[fault], part_grade=grade)
    # --- repair (+ rework loop)
    tr = t_ap + D(days=wait) if pc == "backorder" else t_ap
    tr = shop_time(tr + D(minutes=R.randint(10, 120)))
    lot = None
    if supplier == "LumaGlass":   # the lot fitted is the month's delivery; November's (LG-2511) was faulty
        lot = f"LG-{tr.strftime('%y%m')}"
    cnf_p = {"water_damage": 0.30, "board": 0.25}.get(fault, 0.02)
    ok = not R.p(cnf_p)
    mins = int(R.lognorm({"screen": 45, "battery": 35, "board": 150, "water_damage": 120}.get(fault, 50), 0.35))
    ev(cust, tr, "tp_repair", "completed" if ok else "could_not_fix", ch, technician_id=tech, repair_minutes=mins,
       part_type=part, 配件=part_zh, part_grade=grade if part else None, part_supplier=supplier if part else None,
       part_lot=lot, rework=False, fault_type=fault, 故障类型=FAULT[fault], **common)
    if fault in ("board", "software") and R.p(0.25):
        case["issues"].add("data_loss")
    if not ok:
        if rep_order:
            rep_order["status"] = "refunded"
        elif mode == "walk_in":
            pass
        case["tradein_offer"] = R.p(0.6)
        tb = hand_back(tr + D(minutes=mins), False)
        return tb, False
    tq = tr + D(minutes=mins + R.randint(10, 60))
    bad = lot == "LG-2511"
    fail_p = 0.8 if bad else (0.07 if supplier in ("LumaGlass", "VoltCell") else 0.04)
    n_rounds = 0
    while True:
        n_rounds += 1
        if n_rounds == 1 and R.p(fail_p) or (n_rounds > 1 and R.p(0.05)):
            issue = "touch_unresponsive" if bad else R.pick(list(QC_ISSUE), [0.22, 0.2, 0.12, 0.18, 0.16, 0.12])
            ev(cust, tq, "tp_qc", "fail", ch, technician_id=tech, qc_issue=issue, 质检问题=QC_ISSUE[issue],
               part_supplier=supplier if part else None, part_lot=lot, fault_type=fault, 故障类型=FAULT[fault],
               **common)
            if bad:
                case["issues"].add("ghost_touch")
            # rework with a replacement part (another supplier when the lot was bad)
            if bad:
                supplier, lot = "ClearView", None
            tr = shop_time(tq + D(minutes=R.randint(20, 240)) + (D(days=R.randint(1, 3)) if bad else D(0)))
            ev(cust, tr, "tp_repair", "completed", ch, technician_id=tech, repair_minutes=int(mins * 0.8),
               part_type=part, 配件=part_zh, part_grade=grade if part else None,
               part_supplier=supplier if part else None, part_lot=lot, rework=True, fault_type=fault,
               故障类型=FAULT[fault], **common)
            tq = tr + D(minutes=int(mins * 0.8) + R.randint(10, 50))
            if n_rounds >= 3:
                ev(cust, tq, "tp_qc", "pass", ch, technician_id=tech, part_supplier=supplier if part else None,
                   part_lot=lot, fault_type=fault, 故障类型=FAULT[fault], **common)
                break
            continue
        ev(cust, tq, "tp_qc", "pass", ch, technician_id=tech, part_supplier=supplier if part else None,
           part_lot=lot, fault_type=fault, 故障类型=FAULT[fault], **common)
        break
    case["supplier"], case["lot"], case["fault_final"], case["grade_final"] = supplier, lot, fault, grade
    tb = hand_back(tq + D(minutes=10), True)
    if mode == "walk_in":
        tcol = tb
        rep_order = order(cust, tcol, "repair", final, "paid", case_id=case["case_id"], service_mode=mode,
                          store_id=store[0], payment_method=pay, device_brand=case["brand"], fault_type=fault,
                          故障类型=FAULT[fault], part_grade=grade)
        # accessory upsell at the counter
        if R.p(0.21 if en else 0.32):
            sell_accessory(cust, tcol + D(minutes=3), store, "counter", case["case_id"])
    case["order"] = rep_order
    case["done_at"] = tb
    return tb, True


def sell_accessory(cust, t, store, where, case_id=None):
    en = CITIES[cust["city"]][6]
    item = R.pick(list(ACCESSORY), ACC_W)
    zh, p_en, p_cn = ACCESSORY[item]
    local = float(p_en + R.randint(0, 2) * 5) if en else float(p_cn + R.randint(0, 3) * 20)
    if en and CITIES[cust["city"]][2] != "GBP":
        local = float(round(local * 1.8))
    ev(cust, t, "tp_accessory", "purchased", "store" if where != "online" else "web", store_id=store[0] if store
       else None, store=store[1] if store else None, item=item, 商品=zh, case_id=case_id, currency=CITIES[cust["city"]][2])
    order(cust, t, "accessory", local, "paid" if R.p(0.96) else "returned", store_id=store[0] if store else None,
          item=item, 商品=zh, payment_method=R.pick(*PAY_W[en]), case_id=case_id)


def tradein(cust, t, store, case=None):
    en = CITIES[cust["city"]][6]
    c = CITIES[cust["city"]]
    if case:
        model = case["model"]
        grade = "C" if R.p(0.7) else "B"
    else:
        model = R.pick(*MODELS[cust["device_brand"]])
        grade = R.pick(["A", "B", "C"], [0.35, 0.45, 0.2])
    base = 2600 * MODEL_TIER[model] ** 2 * (1.0 if cust["device_brand"] == "Apple" else 0.65)
    base *= {"A": 1.0, "B": 0.72, "C": 0.35}[grade]
    local = float(int(base / c[3] / (1.0 if not en else 1.05)))
    acc = R.p(0.58 if grade != "C" else 0.5)
    ev(cust, t, "tp_tradein", "offer_accepted" if acc else "offer_declined", "store", store_id=store[0],
       store=store[1], tradein_model=model, condition_grade=grade, 成色=TI_GRADE[grade], offer_local=local,
       currency=c[2], case_id=case["case_id"] if case else None)
    if acc:
        order(cust, t + D(minutes=10), "tradein_payout", local, "paid", store_id=store[0], tradein_model=model,
              condition_grade=grade, payment_method="bank_transfer" if en else "wechat_pay",
              case_id=case["case_id"] if case else None)
    else:
        if R.p(0.35):
            case_issue(case, "tradein_low")
    return acc


def case_issue(case, k):
    if case is not None:
        case["issues"].add(k)


def support(cust, t, reason, case, mode):
    en = CITIES[cust["city"]][6]
    ch = R.pick(["phone", "whatsapp", "email"], [0.4, 0.45, 0.15]) if en else R.pick(["phone", "wechat"], [0.35, 0.65])
    ev(cust, t, "tp_support", "complaint" if reason == "complaint" else "enquiry", ch, contact_reason=reason,
       咨询原因=SUPPORT[reason], case_id=case["case_id"] if case else None, service_mode=mode)


def warranty(cust, case, t_done, mode, store):
    """90-day warranty comebacks."""
    fault, sup, lot = case.get("fault_final"), case.get("supplier"), case.get("lot")
    p, issue = 0.025, None
    if fault == "screen" and lot == "LG-2511":
        p, issue = 0.40, "ghost_touch"
    elif fault == "screen" and sup == "LumaGlass":
        p, issue = 0.05, "ghost_touch" if R.p(0.6) else "display_tint"
    elif fault == "battery" and sup == "VoltCell":
        p, issue = 0.09, "battery_drain"
    if not R.p(p):
        return
    if issue is None:
        issue = R.pick(list(WARRANTY), [0.15, 0.2, 0.15, 0.25, 0.15, 0.1])
    days = R.randint(4, 85)
    tw = shop_time(at_hour(t_done + D(days=days)))
    rej = R.p(0.14)
    rr = R.pick(list(WARRANTY_REJECT), [0.55, 0.3, 0.15]) if rej else None
    res = None if rej else ("re_repaired" if R.p(0.82) else "refunded")
    ch = "store" if mode == "walk_in" else "mail_in"
    kw = dict(store_id=store[0], store=store[1]) if mode == "walk_in" else dict(repair_centre=CENTRE[
        CITIES[cust["city"]][1]])
    row = ev(cust, tw, "tp_warranty_return", "rejected" if rej else "accepted", ch, warranty_issue=issue,
             返修原因=WARRANTY[issue], reject_reason=rr, days_since_repair=days, resolution=res,
             case_id=case["case_id"], service_mode=mode, device_brand=case["brand"], device_model=case["model"],
             part_supplier=sup, part_lot=lot, fault_type=fault, 故障类型=FAULT.get(fault), **kw)
    if row is None:
        return
    if issue == "ghost_touch":
        case["issues"].add("ghost_touch")
    elif issue == "battery_drain":
        case["issues"].add("battery_drain")
    if res == "refunded" and case.get("order") is not None:
        case["order"]["status"] = "refunded"
    case["warranty"] = row


# ---------------------------------------------------------------- customers and their paths

def make_customer(i):
    city = R.pick(CITY_NAMES, CITY_W)
    en = CITIES[city][6]
    lang = ("zh" if R.p(0.12) else "en") if en else "zh"
    brand = R.pick(*BRANDS[en])
    if en and lang == "zh" and R.p(0.3):
        brand = R.pick(["Huawei", "Xiaomi", "OPPO"])
    age = R.pick(["18-24", "25-34", "35-44", "45-54", "55+"], [0.22, 0.31, 0.22, 0.14, 0.11])
    return {"customer_id": f"C{i:06d}", "city": city, "lang": lang, "device_brand": brand, "age_band": age,
            "business": R.p(0.04), "member": False, "first": None, "repairs": 0, "cases": []}


def pick_store(cust):
    return R.pick(STORES[cust["city"]], [0.6, 0.4] if len(STORES[cust["city"]]) == 2 else None)


def run_case(cust, t0, path, ad_ch=None):
    """one repair intent starting at t0. path in ad / map / walkby / organic / repeat."""
    c = CITIES[cust["city"]]
    en = c[6]
    dev = R.pick(["ios", "android", "pc"], [0.5, 0.38, 0.12]) if cust["device_brand"] == "Apple" else \
        R.pick(["ios", "android", "pc"], [0.08, 0.8, 0.12])
    case = new_case(cust, t0, dev)
    cust["cases"].append(case)
    store = pick_store(cust)
    t = t0
    source = path
    if path == "ad":
        camp = R.pick(AD_CAMPAIGN[ad_ch])
        sess = f"S{cust['customer_id'][1:]}{len(cust['cases'])}"
        ev(cust, t, "tp_social_ad", "click", ad_ch, device=dev if dev != "pc" else "android", session_id=sess,
           ad_campaign=camp)
        if R.p(0.18):  # a second click a few days later
            ev(cust, t + D(days=R.randint(1, 4), hours=R.randint(0, 10)), "tp_social_ad", "click", ad_ch,
               device=dev if dev != "pc" else "android", ad_campaign=camp)
        if not R.p(QUOTE_P[ad_ch]):
            return
        source = ad_ch
        t = t + D(minutes=R.randint(1, 30)) if R.p(0.7) else t + D(days=R.randint(1, 5), hours=R.randint(0, 8))
        case["ad_ch"] = ad_ch
    if path == "map":
        mc = R.pick(*MAP_CH[en])
        act = R.pick(["view_listing", "call", "directions"], [0.5, 0.2, 0.3])
        ev(cust, t, "tp_map_listing", act, mc, device=dev if dev != "pc" else "ios", store_id=store[0],
           store=store[1])
        r = R.u()
        if r < 0.52:  # straight to the shop
            t_in = shop_time(t + D(hours=R.u() * 30))
            q = R.randint(0, 25) if not (store[0] == "SZ-HQB" and t_in.weekday() == 5) else R.randint(20, 75)
            case["quote"] = price_local(cust, case["fault"], case["model"], case["grade"])
            ev(cust, t_in, "tp_store_checkin", "walk_in", "store", store_id=store[0], store=store[1],
               case_id=case["case_id"], service_mode="walk_in", device_brand=case["brand"],
               device_model=case["model"], fault_type=case["fault"], 故障类型=FAULT[case["fault"]], queue_min=q,
               quoted_price_local=case["quote"], currency=c[2])
            if q >= 40:
                case["issues"].add("queue")
            finish(cust, case, "walk_in", t_in, store)
            return
        if r > 0.72:
            return
        t = t + D(minutes=R.randint(2, 120))
        source = "map"
    if path == "walkby":
        t_in = shop_time(t)
        q = R.randint(0, 25) if not (store[0] == "SZ-HQB" and t_in.weekday() == 5) else R.randint(20, 75)
        case["quote"] = price_local(cust, case["fault"], case["model"], case["grade"])
        ev(cust, t_in, "tp_store_checkin", "walk_in", "store", store_id=store[0], store=store[1],
           case_id=case["case_id"], service_mode="walk_in", device_brand=case["brand"], device_model=case["model"],
           fault_type=case["fault"], 故障类型=FAULT[case["fault"]], queue_min=q, quoted_price_local=case["quote"],
           currency=c[2])
        if q >= 40:
            case["issues"].add("queue")
        finish(cust, case, "walk_in", t_in, store)
        return
    # --- online quote
    qch = R.pick(["web", "whatsapp"], [0.7, 0.3]) if en else R.pick(["mini_program", "web"], [0.75, 0.25])
    listed = not R.p(0.04)
    ql = price_local(cust, case["fault"], case["model"], case["grade"]) if listed else None
    case["quote"] = ql
    case["t_quote"] = t
    ev(cust, t, "tp_online_quote", "quote_given" if listed else "model_not_listed", qch,
       device=dev if qch != "mini_program" else ("ios" if dev == "ios" else "android"), quote_source=source,
       device_brand=case["brand"], device_model=case["model"], fault_type=case["fault"], 故障类型=FAULT[case["fault"]],
       quoted_price_local=ql, currency=c[2], case_id=case["case_id"], part_grade=case["grade"])
    if source in ("tiktok",) and ql is not None:
        case["issues"].add("ad_price")
    bp = BOOK_P[source] * (0.6 if not listed else 1.0)
    if not R.p(bp):
        return
    tb = t + D(minutes=R.randint(2, 90)) if R.p(0.75) else t + D(days=R.randint(1, 4), hours=R.randint(0, 6))
    mail = R.p(0.48 if cust["city"] == "Toronto" else 0.30 if en else 0.42)
    if mail:
        ev(cust, tb, "tp_booking", "mail_in_label", qch, device=dev if qch != "mini_program" else None,
           service_mode="mail_in", repair_centre=CENTRE[c[1]], case_id=case["case_id"], device_brand=case["brand"],
           device_model=case["model"], fault_type=case["fault"], 故障类型=FAULT[case["fault"]])
        if not R.p(0.81):
            if R.p(0.2):
                support(cust, tb + D(days=R.randint(2, 6)), "shipping", case, "mail_in")
            return
        t_in = shop_time(tb + D(days=R.randint(2, 5), hours=R.randint(0, 8)))
        courier = R.pick(*COURIERS[c[1]])
        ev(cust, t_in, "tp_mailin_receive", "received" if R.p(0.97) else "received_damaged_box", "mail_in",
           repair_centre=CENTRE[c[1]], case_id=case["case_id"], service_mode="mail_in", courier=courier,
           device_brand=case["brand"], device_model=case["model"], fault_type=case["fault"],
           故障类型=FAULT[case["fault"]])
        if R.p(0.22):
            support(cust, t_in + D(days=R.randint(1, 3), hours=R.randint(0, 6)), "status_update", case, "mail_in")
        finish(cust, case, "mail_in", t_in, store)
    else:
        slot = shop_time(at_hour(tb + D(days=R.pick([0, 1, 1, 2, 2, 3, 4, 6])), 10, 19))
        ev(cust, tb, "tp_booking", "store_slot", qch, device=dev if qch != "mini_program" else None,
           service_mode="walk_in", store_id=store[0], store=store[1], slot_time=slot, case_id=case["case_id"],
           device_brand=case["brand"], device_model=case["model"], fault_type=case["fault"],
           故障类型=FAULT[case["fault"]])
        ns = 0.13 if qch != "whatsapp" else 0.09
        if R.p(ns):
            if R.p(0.15):
                support(cust, slot - D(hours=R.randint(2, 20)), "booking_change", case, "walk_in")
            return
        t_in = slot + D(minutes=R.randint(-10, 25))
        q = R.randint(0, 15)
        ev(cust, t_in, "tp_store_checkin", "booked_arrival", "store", store_id=store[0], store=store[1],
           case_id=case["case_id"], service_mode="walk_in", device_brand=case["brand"], device_model=case["model"],
           fault_type=case["fault"], 故障类型=FAULT[case["fault"]], queue_min=q)
        finish(cust, case, "walk_in", t_in, store)


def finish(cust, case, mode, t_in, store):
    done, repaired = process(cust, case, mode, t_in, store)
    case["mode"], case["store"], case["repaired"] = mode, store, repaired
    if done is None:
        return
    if repaired:
        cust["repairs"] += 1
        warranty(cust, case, done, mode, store)
    if "parts_wait" in case["issues"] and R.p(0.35):
        support(cust, done - D(days=2), "status_update", case, mode)
    if "quote_up" in case["issues"] and R.p(0.08):
        support(cust, done - D(hours=5), "complaint", case, mode)
    if case.get("tradein_offer") and mode == "walk_in":
        tradein(cust, done + D(minutes=5), store, case)
    elif case.get("tradein_offer") and R.p(0.3):
        tradein(cust, shop_time(at_hour(done + D(days=R.randint(2, 20)))), store, case)


def simulate():
    paths = ["ad", "map", "walkby", "organic", "tradein_only", "accessory_only"]
    pw = [0.38, 0.27, 0.18, 0.11, 0.03, 0.03]
    for i in range(1, N_CUST + 1):
        cust = make_customer(i)
        CUSTOMERS.append(cust)
        day = draw_day()
        t0 = at_hour(day, 7.5, 23.5)
        cust["first"] = t0
        path = R.pick(paths, pw)
        cust["path"] = path
        en = CITIES[cust["city"]][6]
        if path == "ad":
            ch = R.pick(*AD_CH[en])
            cust["ad_ch"] = ch
            run_case(cust, t0, "ad", ch)
        elif path in ("map", "walkby", "organic"):
            run_case(cust, t0 if path != "walkby" else at_hour(day), path)
        elif path == "tradein_only":
            store = pick_store(cust)
            tradein(cust, shop_time(at_hour(day)), store)
        else:
            if R.p(0.5):
                sell_accessory(cust, shop_time(at_hour(day)), pick_store(cust), "store")
            else:
                sell_accessory(cust, t0, None, "online")
        # repeat visits
        k = 0
        while cust["cases"] and R.p(0.13 if cust["repairs"] else 0.05) and k < 3:
            k += 1
            t0 = t0 + D(days=R.randint(25, 330))
            if t0 > END:
                break
            run_case(cust, at_hour(t0), R.pick(["repeat", "walkby"], [0.45, 0.55]))
        if cust["repairs"] >= 1 and R.p(0.18):
            t1 = cust["first"] + D(days=R.randint(20, 400))
            if t1 <= END:
                sell_accessory(cust, t1, None, "online")


# ---------------------------------------------------------------- feedback

TEXT = {
    "quote_up": (
        ["网上报价{a}，到店检测完临时加价到{b}，太坑了", "说好的价格，拆开之后临时加价，也不提前讲清楚",
         "临时加价一百多，理由是还有别的问题，感觉被套路了", "检测完临时加价，不修还要我自己拿回去，体验很差",
         "线上估价和最后价格差太多，临时加价让人很不爽"],
        ["The online quote said {a} but the price went up to {b} once they opened it up.",
         "Price went up after the diagnosis and nobody warned me before I dropped it off.",
         "Felt like bait and switch - the price went up at the counter.",
         "They found 'another issue' and the price went up by a lot. Not impressed.",
         "Quote online was fine, then the price went up when I came to approve it."]),
    "ghost_touch": (
        ["刚换的屏幕乱跳，自己乱点APP", "换屏没两周就屏幕乱跳，又跑了一趟", "取机的时候就发现屏幕乱跳，质检怎么过的",
         "修完屏幕乱跳，打字都打不了", "新屏幕乱跳 ghost touch，只能再送回去"],
        ["New screen has ghost touch, apps open by themselves.", "Ghost touch started two weeks after the screen repair.",
         "Got my phone back with ghost touch on the new screen, had to bring it in again.",
         "Replacement screen keeps registering phantom taps - ghost touch everywhere.",
         "They told me the first screen failed testing, second one still has ghost touch now and then."]),
    "parts_wait": (
        ["等配件等了{n}天，中间也没人通知", "说是缺货，等配件一周多", "等配件太久了，手机用不了很麻烦",
         "三星的屏等配件等了{n}天", "门店说要调货，等配件等到我都想换手机了"],
        ["Spent {n} days waiting for parts, no updates in between.", "Waiting for parts for my Galaxy took over a week.",
         "They had to order the screen in - {n} days waiting for parts is too long.",
         "Good repair in the end but waiting for parts took forever.",
         "Was told 2 days, ended up {n} days waiting for parts."]),
    "slow_return": (
        ["修得挺快，就是回寄太慢，{n}天才收到", "回寄太慢了，快递一直没更新", "寄修体验一般，回寄太慢",
         "中心修好了但回寄太慢，耽误工作"],
        ["Repair itself was quick but the courier took {n} days to bring it back.",
         "The courier took ages on the way back, tracking didn't update for days.",
         "Mail-in was fine, but the courier took a week to return my phone.",
         "Fixed fast, then the courier took {n} days. Won't mail in again."]),
    "data_loss": (
        ["修完主板数据丢失了，照片全没了", "没提醒备份，数据丢失，很生气", "刷机后数据丢失，早知道不修了"],
        ["Lost my data after the board repair, all my photos gone.", "Nobody told me to back up and I lost my data.",
         "They reflashed the phone and I lost my data. Should have been warned."]),
    "ad_price": (
        ["抖音上看到的广告价和实际报价差太多", "广告价只是噱头，实际要贵好几倍", "冲着广告价来的，结果根本不是这个价"],
        ["The advertised price on TikTok was nowhere near the real quote.",
         "Saw the 'screens from 19' ad - the advertised price only applies to ancient phones.",
         "Misleading ads. Advertised price vs actual quote is a joke.",
         "Clicked the ad for the advertised price, got quoted four times that."]),
    "battery_drain": (
        ["换的电池掉电快，一天要充三次", "新电池掉电快，比原来还差", "换电池两个月就掉电快，去返修了"],
        ["Replacement battery drains faster than the old one.", "New battery drains by lunchtime, had to take it back.",
         "Cheap battery - drains in half a day, warranty redo needed."]),
    "queue": (
        ["周六去华强北店排队排了一个小时", "门店排队太久，只有一个人接待", "排队等收机等了四十分钟"],
        ["Long queue at the counter on a Saturday, waited almost an hour.",
         "Only one person at the desk and a huge queue.", "The queue to drop off took 40 minutes."]),
    "tradein_low": (
        ["回收价太低了，比闲鱼低一大截", "旧机回收价太低，没卖", "回收价太低，不划算"],
        ["The trade-in offer was way below what I'd get online.", "Trade-in offer was insulting for a phone in that shape.",
         "Declined the trade-in offer, too low."]),
    "praise_fast": (
        ["修得快，一个小时就取了", "修得快，价格也透明", "换电池修得快，服务也好", "修得快，师傅还帮我贴了膜"],
        ["Super quick turnaround on my screen.", "Super quick and friendly, phone works perfectly.",
         "Battery replaced super quick, great value.", "Super quick service, will come back."]),
    "praise_staff": (
        ["师傅很专业，还讲解了故障原因", "师傅很专业，顺便帮我清理了充电口", "检测的师傅很专业，没有乱收费"],
        ["The technician explained everything clearly and showed me the old part.",
         "Really helpful - the technician talked me through my options.",
         "The technician was honest and didn't upsell me."]),
    "generic_pos": (
        ["服务不错，下次还来", "手机修好了跟新的一样", "价格公道，态度好", "整体满意", "挺好的，推荐"],
        ["Good service, would use again.", "Phone works like new, thanks!", "Friendly staff and fair pricing.",
         "All good, happy with the repair.", "Solid service, recommended."]),
    "generic_neg": (
        ["进度没人通知，一直要自己问", "电话一直打不通", "店里有点乱，体验一般", "收费偏贵"],
        ["Nobody updated me, I had to keep chasing.", "Couldn't get through on the phone.",
         "Shop was a bit messy, average experience.", "On the expensive side."]),
    "neutral": (["还行", "一般般", "正常维修，没什么特别"], ["OK.", "Fine, nothing special.", "Average."]),
    "blank": (["（未填写）"], ["(no comment)"]),
}
TOPIC_TP = {"quote_up": "tp_quote_confirm", "ghost_touch": None, "parts_wait": "tp_parts_check",
            "slow_return": "tp_return_ship", "data_loss": "tp_repair", "ad_price": "tp_online_quote",
            "battery_drain": "tp_warranty_return", "queue": "tp_store_checkin", "tradein_low": "tp_tradein",
            "praise_fast": "tp_collection", "praise_staff": "tp_diagnosis"}
SENT = {"quote_up": "negative", "ghost_touch": "negative", "parts_wait": "negative", "slow_return": "negative",
        "data_loss": "negative", "ad_price": "negative", "battery_drain": "negative", "queue": "negative",
        "tradein_low": "negative", "praise_fast": "positive", "praise_staff": "positive", "generic_pos": "positive",
        "generic_neg": "negative", "neutral": "neutral", "blank": "neutral"}
_fid = [0]


def money_txt(city, v):
    cur = CITIES[city][2]
    sym = {"GBP": "£", "CAD": "C$", "AUD": "A$", "CNY": "¥"}[cur]
    return f"{sym}{int(v)}"


def fb(cust, ts, topic, channel, tp, rating=None, nps=None, lang=None, extra=None):
    _fid[0] += 1
    lang = lang or (cust["lang"] if cust else "en")
    texts = TEXT[topic][0 if lang == "zh" else 1]
    txt = R.pick(texts)
    if "{a}" in txt:
        case = extra.get("case") if extra else None
        a = case["quote"] if case and case.get("quote") else 100
        city = cust["city"] if cust else extra["city"]
        a = a if case else {"GBP": 89, "CAD": 159, "AUD": 169, "CNY": 599}[CITIES[city][2]]
        txt = txt.replace("{a}", money_txt(city, a)).replace("{b}", money_txt(city, a * (1.3 + 0.5 * R.u())))
    if "{n}" in txt:
        txt = txt.replace("{n}", str(R.randint(5, 14)))
    if topic not in ("blank", "neutral") and R.p(0.25):
        txt += R.pick(["", "。" if lang == "zh" else "", "！" if lang == "zh" else "!",
                       " 🙁" if SENT[topic] == "negative" else " 👍"])
    fid = f"F{_fid[0]:06d}"
    row = {"feedback_id": fid, "text": txt, "ts": ts, "customer_id": cust["customer_id"] if cust else None,
           "touchpoint_id": tp, "channel": channel, "rating": rating, "nps": nps, "language": lang,
           "city": cust["city"] if cust else (extra or {}).get("city"),
           "store_id": (extra or {}).get("store_id"), "case_id": (extra or {}).get("case_id"),
           "platform": (extra or {}).get("platform")}
    FEEDBACK.append(row)
    TRUTH.append((fid, topic, SENT[topic]))


def rating_for(topic):
    s = SENT[topic]
    if s == "negative":
        return R.pick([1, 2, 3], [0.45, 0.4, 0.15])
    if s == "positive":
        return R.pick([4, 5], [0.3, 0.7])
    return R.pick([3, 4], [0.6, 0.4])


def nps_for(rating):
    return max(0, min(10, {1: 1, 2: 3, 3: 6, 4: 8, 5: 9}[rating] + R.randint(-1, 1) + (1 if rating == 5 and R.p(0.5)
                                                                                         else 0)))


def topic_tp(topic, case):
    tp = TOPIC_TP.get(topic)
    if topic == "praise_fast" and case and case.get("mode") == "mail_in":
        return "tp_return_ship"
    if topic == "ghost_touch":
        return "tp_warranty_return" if case and case.get("warranty") is not None else "tp_qc"
    if topic == "quote_up":
        return R.pick(["tp_quote_confirm", "tp_online_quote", "tp_collection"], [0.82, 0.1, 0.08])
    return tp


def gen_feedback():
    neg_order = ["ghost_touch", "quote_up", "data_loss", "parts_wait", "slow_return", "battery_drain", "queue",
                 "ad_price", "tradein_low"]
    for cust in CUSTOMERS:
        for case in cust["cases"]:
            mode = case.get("mode")
            if mode is None:
                # people who quoted and walked away: a few leave a social / chat comment
                if "ad_price" in case["issues"] and R.p(0.09):
                    t = case.get("t_quote") or cust["first"]
                    fb(cust, t + D(hours=R.randint(1, 48)), "ad_price", "social_comment", "tp_online_quote",
                       extra={"platform": cust.get("ad_ch"), "city": cust["city"]})
                continue
            store = case["store"]
            done = case.get("done_at")
            extra = {"case": case, "case_id": case["case_id"], "store_id": store[0] if mode == "walk_in" else None}
            issues = [k for k in neg_order if k in case["issues"]]
            final_tp = "tp_collection" if mode == "walk_in" else "tp_return_ship"
            # post-repair SMS survey (CSAT 1-5 + NPS)
            t_end = done or cust["first"]
            if case.get("repaired") is not None and R.p(0.42):
                if issues and R.p(0.62):
                    topic = R.pick(issues)
                elif case.get("repaired"):
                    topic = R.pick(["praise_fast", "praise_staff", "generic_pos", "neutral", "generic_neg", "blank"],
                                   [0.19, 0.13, 0.30, 0.10, 0.05, 0.23])
                else:
                    topic = R.pick(["generic_neg", "neutral", "blank", "generic_pos"], [0.35, 0.25, 0.3, 0.1])
                r = rating_for(topic if topic != "blank" else R.pick(["generic_pos", "neutral", "generic_neg"],
                                                                      [0.6, 0.25, 0.15]))
                tp = topic_tp(topic, case) if topic in TOPIC_TP else (final_tp if topic != "blank" else None)
                ts = at_hour(t_end + D(days=R.pick([0, 1, 1, 2, 3])), 9, 22)
                ts = ts if ts > t_end else t_end + D(hours=R.randint(1, 5))
                if ts <= END:
                    fb(cust, ts, topic, "sms_survey", tp, rating=r, nps=nps_for(r) if R.p(0.6) else None,
                       extra=extra)
            # chat / call notes for the painful ones
            for k in issues:
                if k in ("quote_up", "ghost_touch", "parts_wait", "slow_return", "data_loss") and R.p(0.12):
                    ts = (done or cust["first"]) - D(hours=R.randint(1, 40))
                    if ts <= END:
                        fb(cust, max(ts, cust["first"]), k, "chat_note", topic_tp(k, case), extra=extra)
            # public reviews
            if R.p(0.10):
                plat = R.pick(["google_review"] if CITIES[cust["city"]][6] else ["dianping_review"])
                if issues and R.p(0.7):
                    topic = issues[0]
                else:
                    topic = R.pick(["praise_fast", "praise_staff", "generic_pos", "generic_neg", "neutral"],
                                   [0.28, 0.2, 0.3, 0.14, 0.08])
                r = rating_for(topic)
                tp = topic_tp(topic, case) if topic in TOPIC_TP else None
                ts = t_end + D(days=R.randint(0, 10), hours=R.randint(1, 12))
                if ts <= END:
                    fb(cust, ts, topic, plat, tp, rating=r, extra=extra)
            # paper cards at the counter (typed in later, undated)
            if mode == "walk_in" and R.p(0.025):
                topic = R.pick(["generic_pos", "praise_fast", "praise_staff", "neutral", "generic_neg", "queue"],
                               [0.3, 0.2, 0.15, 0.15, 0.12, 0.08])
                fb(cust, None, topic, "store_card", topic_tp(topic, case) if topic in TOPIC_TP else None,
                   rating=rating_for(topic), extra=extra)
    # social posts without a customer (小红书 / 微博 / TikTok comments)
    for _ in range(260):
        city = R.pick(CITY_NAMES, CITY_W)
        en = CITIES[city][6]
        day = draw_day()
        topic = R.pick(["ad_price", "ghost_touch", "generic_pos", "generic_neg", "praise_fast", "quote_up"],
                       [0.25, 0.12, 0.25, 0.15, 0.13, 0.1])
        if topic == "ghost_touch":
            day = datetime(2025, 11, 10) + D(days=R.randint(0, 60))
        lang = "en" if en else "zh"
        plat = R.pick(["tiktok", "instagram"] if en else ["xiaohongshu", "weibo", "douyin"])
        if topic == "ad_price" and en:
            plat = "tiktok"
        fb(None, at_hour(day, 8, 23), topic, "social_post",
           topic_tp(topic, None) if topic in TOPIC_TP else None, lang=lang, extra={"city": city, "platform": plat})


# ---------------------------------------------------------------- output

def write(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "touchpoints.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
        for tp, zh, en, stage, ch, kind, owner, al in TOUCHPOINTS:
            w.writerow([tp, f"{zh} / {en}", zh, en, stage, ch, kind, owner, al])
    with open(out / "journeys.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
                    "window_days"])
        for jid, zh, en, steps, win in JOURNEYS:
            for k, tp in enumerate(steps, 1):
                w.writerow([jid, f"{zh} / {en}", zh, en, k, tp, win])
    # customers
    with open(out / "customers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "city", "城市",
                    "preferred_language", "device_brand", "age_band", "business_account"])
        for cu in CUSTOMERS:
            n = sum(1 for cs in cu["cases"] if cs.get("mode"))
            ti = cu["path"] == "tradein_only"
            seg = ("repeat" if n >= 2 else "one_time" if n == 1 else "trade_in_only" if ti else
                   "accessory_only" if cu["path"] == "accessory_only" else "lead")
            acq = {"ad": cu.get("ad_ch", "social_ads"), "map": "map_listing", "walkby": "walk_by",
                   "organic": R.pick(["organic_search", "referral", "direct"], [0.55, 0.3, 0.15]),
                   "tradein_only": "walk_by", "accessory_only": R.pick(["walk_by", "organic_search"])}[cu["path"]]
            tier = "member" if (n >= 2 and R.p(0.6)) or (n == 1 and R.p(0.12)) else "standard"
            w.writerow([cu["customer_id"], fmt(cu["first"]), seg, CITIES[cu["city"]][1], acq, tier, cu["city"],
                        CITIES[cu["city"]][0], cu["lang"], cu["device_brand"], cu["age_band"],
                        "yes" if cu["business"] else "no"])
    # events (sorted, a few exact POS re-sends)
    EVENTS.sort(key=lambda e: (e["ts"], e["event_id"]))
    dup = [EVENTS[int(R.u() * len(EVENTS))] for _ in range(41)]
    cols = EV_COLS + ["approval_via"]
    with open(out / "events.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for e in EVENTS + dup:
            w.writerow([cell(e.get(k)) for k in cols])
    ORDERS.sort(key=lambda o: (o["ts"], o["order_id"]))
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
             "currency", "amount_local", "city", "store_id", "service_mode", "case_id", "payment_method", "支付方式",
             "device_brand", "fault_type", "故障类型", "part_grade", "item", "商品", "tradein_model", "condition_grade"]
    with open(out / "orders.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(ocols)
        for o in ORDERS:
            o["channel"] = "store" if o.get("store_id") else ("mail_in" if o.get("service_mode") == "mail_in" else "web")
            o["支付方式"] = PAY.get(o.get("payment_method"), "银行转账" if o.get("payment_method") else None)
            w.writerow([cell(o.get(k)) for k in ocols])
    FEEDBACK.sort(key=lambda r: (r["ts"] is None, r["ts"] or START, r["feedback_id"]))
    fcols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
             "city", "store_id", "case_id", "platform"]
    with open(out / "feedback.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(fcols)
        for r in FEEDBACK:
            w.writerow([cell(r.get(k)) for k in fcols])
    (out / "_truth").mkdir(exist_ok=True)
    with open(out / "_truth" / "feedback_truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["feedback_id", "topic", "sentiment"])
        w.writerows(TRUTH)


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def cell(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return fmt(v)
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))
    return str(v)


def main() -> int:
    out = Path(sys.argv[1])
    simulate()
    gen_feedback()
    write(out)
    print(f"customers {len(CUSTOMERS)}, events {len(EVENTS)}, orders {len(ORDERS)}, feedback {len(FEEDBACK)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
