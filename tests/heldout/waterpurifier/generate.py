"""泉立方 SpringCube home water purifiers (synthetic, written blind).

A home water-purifier brand selling under-sink reverse-osmosis purifiers (R600 / R800 / R1000) and a countertop
purifier that needs no installation (T3) through its Tmall and JD flagship stores, Douyin live-stream shop, its own
WeChat mini program (also used for friend referrals) and 12 offline stores (brand experience stores and counters in
appliance malls) in ten cities. After payment the unit is shipped; the customer books an installation appointment, a
local service partner (服务商) installs it and tests the water on the spot (TDS before/after); the Wi-Fi models
(R800 / R1000) are paired with the app (配网). Every ~180 days the customer gets a filter-change reminder (SMS or app
push) and may reorder filters (or gets them shipped automatically with the 滤芯无忧 filter subscription, 399 CNY /
year) and replace them (DIY or by a technician). Owners open service tickets (leaks, noise, low flow, ...) that may
lead to a repair visit. Reviews come from the e-commerce platforms, the app store, post-install surveys (NPS),
service tickets, hotline call notes and Xiaohongshu posts.
Data 2025-01-01 .. 2026-07-31 (the extract was taken in early August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261205
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
N_CUST = 11000
BACKLOG_26 = (datetime(2026, 6, 1), datetime(2026, 7, 1))      # 618 2026: installation backlog
BIND_BUG = (datetime(2026, 3, 3), datetime(2026, 3, 28))        # app 5.2.0: Android Wi-Fi pairing times out
AB = (datetime(2026, 4, 1), datetime(2026, 7, 1))               # filter-reminder coupon test
APP_VERSIONS = [(datetime(2025, 1, 1), "5.0.3"), (datetime(2025, 9, 2), "5.1.0"), (datetime(2026, 3, 3), "5.2.0"),
                (datetime(2026, 3, 28), "5.2.1"), (datetime(2026, 6, 15), "5.3.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_browse", "商品页浏览", "Product page browse", "consideration", "web", "digital", "ecommerce",
     "浏览|看商品|商品详情|详情页|逛店铺|browse|product page|PDP|listing"),
    ("tp_consult", "在线咨询", "Pre-sales chat", "consideration", "web", "digital", "customer_service",
     "咨询|售前咨询|问客服|在线客服|chat|pre-sales|ask an agent"),
    ("tp_store_visit", "门店体验", "Store visit", "consideration", "store", "physical", "retail",
     "进店|到店|门店|体验店|专柜|逛门店|store visit|walk-in|showroom|counter"),
    ("tp_order_submit", "提交订单", "Order submitted", "purchase", "web", "digital", "ecommerce",
     "下单|提交订单|拍下|checkout|place order|order placed"),
    ("tp_pay", "支付成功", "Order paid", "purchase", "web", "digital", "finance",
     "付款|支付|成交|买单|paid|payment|purchase"),
    ("tp_delivery", "物流签收", "Delivered", "purchase", "other", "physical", "logistics",
     "签收|到货|收货|物流|快递|delivery|delivered|shipping"),
    ("tp_return", "退货", "Return", "service", "other", "digital", "customer_service",
     "退货|七天无理由|退款退货|return|returned|send back"),
    ("tp_install_book", "预约安装", "Installation booked", "service", "app", "digital", "install_ops",
     "预约安装|约安装|安装预约|排期|book installation|installation appointment|install booking"),
    ("tp_install_visit", "上门安装", "Installation visit", "service", "other", "physical", "install_ops",
     "上门安装|安装|装机|师傅上门|install|installation|installer visit"),
    ("tp_water_test", "水质检测", "Water test", "service", "other", "physical", "install_ops",
     "水质检测|测水|TDS检测|TDS|water test|water quality test"),
    ("tp_app_bind", "APP配网", "App Wi-Fi pairing", "service", "app", "digital", "iot",
     "配网|绑定设备|连WiFi|联网|app pairing|wifi pairing|bind device|connect to wifi"),
    ("tp_review", "订单评价", "Order review", "loyalty", "web", "digital", "ecommerce",
     "评价|晒单|好评|差评|review|rating"),
    ("tp_filter_reminder", "滤芯更换提醒", "Filter-change reminder", "loyalty", "other", "digital", "crm",
     "滤芯提醒|换芯提醒|提醒|filter reminder|replacement reminder"),
    ("tp_filter_order", "滤芯下单", "Filter reorder", "loyalty", "mini_program", "digital", "crm",
     "买滤芯|滤芯复购|复购|滤芯订单|filter order|filter reorder|buy filters"),
    ("tp_filter_replace", "滤芯更换", "Filter replaced", "loyalty", "other", "physical", "install_ops",
     "换滤芯|更换滤芯|换芯|filter change|filter replacement|replace filter"),
    ("tp_subscription", "开通滤芯订阅", "Filter subscription", "loyalty", "mini_program", "digital", "crm",
     "滤芯订阅|滤芯无忧|订阅|包年|filter subscription|subscribe|filter plan"),
    ("tp_service_ticket", "报修工单", "Service ticket", "service", "phone", "digital", "customer_service",
     "报修|工单|售后|故障|service ticket|repair request|support ticket"),
    ("tp_repair_visit", "维修上门", "Repair visit", "service", "other", "physical", "install_ops",
     "维修|上门维修|修理|repair|repair visit|technician visit"),
]

JOURNEYS = [  # id, zh, en, steps, window
    ("online_buy", "线上购买", "Online purchase", ["tp_browse", "tp_order_submit", "tp_pay"], 7),
    ("store_buy", "门店成交", "Store purchase", ["tp_store_visit", "tp_pay"], 14),
    ("install", "安装履约", "Installation", ["tp_install_book", "tp_install_visit", "tp_water_test"], 7),
    ("filter_renewal", "滤芯续购", "Filter renewal", ["tp_filter_reminder", "tp_filter_order", "tp_filter_replace"], 30),
    ("repair", "报修处理", "Repair", ["tp_service_ticket", "tp_repair_visit"], 7),
]

CITIES = {  # code: en, zh, region en, region zh, weight, raw TDS mean, sd
    "SH": ("Shanghai", "上海", "East China", "华东", 0.17, 170, 35),
    "HZ": ("Hangzhou", "杭州", "East China", "华东", 0.10, 120, 30),
    "NJ": ("Nanjing", "南京", "East China", "华东", 0.08, 210, 40),
    "GZ": ("Guangzhou", "广州", "South China", "华南", 0.11, 95, 25),
    "SZ": ("Shenzhen", "深圳", "South China", "华南", 0.11, 75, 20),
    "BJ": ("Beijing", "北京", "North China", "华北", 0.14, 390, 70),
    "TJ": ("Tianjin", "天津", "North China", "华北", 0.07, 460, 80),
    "JN": ("Jinan", "济南", "North China", "华北", 0.05, 560, 90),
    "CD": ("Chengdu", "成都", "Southwest China", "西南", 0.09, 165, 35),
    "WH": ("Wuhan", "武汉", "Central China", "华中", 0.08, 200, 40),
}
CITY_CODES = list(CITIES)
PARTNERS = {  # code: en, zh, cities, installers
    "HA": ("HuAn Home Service", "沪安家电服务", ["SH"], 8),
    "HJ": ("HangJing Tong", "杭净通", ["HZ"], 5),
    "NJ": ("NingJia Service", "宁家服务", ["NJ"], 4),
    "SA": ("SuAnDa", "速安达", ["GZ", "SZ"], 9),
    "PC": ("PengCheng Water Care", "鹏城净修", ["SZ"], 4),
    "JS": ("JingShifu", "京师傅", ["BJ"], 7),
    "BF": ("Beifang Water Service", "北方净水服务", ["TJ", "JN"], 6),
    "RA": ("RongAn Install", "蓉安装", ["CD"], 4),
    "JC": ("JiangCheng Service", "江城服务", ["WH"], 4),
}
STORES = {  # id: city, zh, en, type, opened, p(buy within 14 d)
    "S01": ("SH", "上海徐汇体验店", "Shanghai Xuhui Experience Store", "experience", datetime(2024, 5, 1), 0.40),
    "S02": ("SH", "上海五角场苏宁专柜", "Shanghai Wujiaochang Suning Counter", "counter", datetime(2024, 5, 1), 0.25),
    "S03": ("HZ", "杭州湖滨体验店", "Hangzhou Hubin Experience Store", "experience", datetime(2024, 5, 1), 0.38),
    "S04": ("NJ", "南京新街口专柜", "Nanjing Xinjiekou Counter", "counter", datetime(2024, 5, 1), 0.24),
    "S05": ("GZ", "广州天河体验店", "Guangzhou Tianhe Experience Store", "experience", datetime(2024, 5, 1), 0.37),
    "S06": ("SZ", "深圳南山专柜", "Shenzhen Nanshan Counter", "counter", datetime(2024, 5, 1), 0.23),
    "S07": ("BJ", "北京朝阳体验店", "Beijing Chaoyang Experience Store", "experience", datetime(2024, 5, 1), 0.58),
    "S08": ("BJ", "北京双井国美专柜", "Beijing Shuangjing Gome Counter", "counter", datetime(2024, 5, 1), 0.26),
    "S09": ("TJ", "天津滨江道专柜", "Tianjin Binjiang Rd Counter", "counter", datetime(2024, 5, 1), 0.27),
    "S10": ("CD", "成都太古里体验店", "Chengdu Taikoo Li Experience Store", "experience", datetime(2026, 5, 1), 0.82),
    "S11": ("WH", "武汉光谷专柜", "Wuhan Optics Valley Counter", "counter", datetime(2024, 5, 1), 0.22),
    "S12": ("JN", "济南泉城路专柜", "Jinan Quancheng Rd Counter", "counter", datetime(2024, 5, 1), 0.25),
}
MODELS = {  # code: zh name, en name, price, needs install, wifi, filter price
    "R600": ("R600 反渗透净水器 600G", "R600 RO purifier 600G", 1999, True, False, 199),
    "R800": ("R800 智能反渗透净水器 800G", "R800 smart RO purifier 800G", 2699, True, True, 239),
    "R1000": ("R1000 智能反渗透净水器 1000G", "R1000 smart RO purifier 1000G", 3499, True, True, 269),
    "T3": ("T3 台式免安装净水器", "T3 countertop purifier (no install)", 1599, False, False, 159),
}
ACQ = {"tmall": 0.26, "jd": 0.21, "douyin": 0.18, "mini_program": 0.10, "store": 0.17, "referral": 0.08}
ACQ_ZH = {"tmall": "天猫", "jd": "京东", "douyin": "抖音", "mini_program": "小程序", "store": "门店", "referral": "老带新"}
CH_ZH = {"tmall": "天猫", "jd": "京东", "douyin": "抖音", "mini_program": "小程序", "store": "门店"}
P_SUBMIT = {"tmall": 0.41, "jd": 0.43, "douyin": 0.17, "mini_program": 0.37, "referral": 0.56}
P_PAY = {"tmall": 0.90, "jd": 0.92, "douyin": 0.76, "mini_program": 0.88, "referral": 0.92}
FAIL_REASONS = {"low_pressure": ("水压不足", 0.36), "no_space": ("橱柜空间不够", 0.22),
                "customer_absent": ("客户不在家", 0.24), "missing_parts": ("缺配件", 0.18)}
RETURN_REASONS = {"not_as_described": "与描述不符", "changed_mind": "不想要了", "damaged": "运输破损",
                  "no_space": "装不下"}
TICKET_TYPES = {"leak": "漏水", "noise": "噪音", "low_flow": "出水小", "water_quality": "水质异常",
                "app": "APP连接", "other": "其他"}
COURIERS = {"tmall": ["sf", "zto"], "jd": ["jd_logistics"], "douyin": ["zto", "yto"], "mini_program": ["sf"],
            "store": ["store_van"]}

# ---------- feedback texts: topic -> (sentiment, zh templates, en templates) ----------
TEXTS = {
    "extra_fee": ("negative", [
        "说好的免费安装，师傅来了又收了{fee}元辅材费，感觉被坑了",
        "安装师傅乱收费，三通和龙头都要另外加钱，还不给收据",
        "上门安装还要加钱{fee}块，说不交就装不了，太不地道了",
        "辅材费收了{fee}，问品牌方说是服务商自己定的？？",
        "装机的时候被乱收费，一根管子要{fee}"], [
        "Installation was supposed to be free but the technician added an extra charge of {fee} yuan for 'materials'.",
        "Hidden fee at install - had to pay {fee} for a faucet adapter nobody mentioned.",
        "The installer charged me extra ({fee} RMB) and had no receipt."]),
    "install_wait": ("negative", [
        "付完款等安装等了{d}天，净水器一直堆在厨房",
        "预约的安装排期一拖再拖，{d}天后才来人",
        "活动期间买的，迟迟没人上门，打电话也只说在排队",
        "约不上安装，最早的时间要{d}天以后"], [
        "Paid on day one, then had to wait for installation for {d} days.",
        "The earliest installation slot was {d} days away, ridiculous.",
        "I waited over a week and no one came to install it."]),
    "install_praise": ("positive", [
        "安装师傅很专业，走管整齐，还帮忙把柜子收拾干净",
        "师傅很细心，装完讲解了怎么看滤芯寿命",
        "上门安装很专业，半小时搞定，点赞",
        "师傅准时到，做事很细心，鞋套都穿好了"], [
        "Installer was very professional, neat piping and he cleaned up after himself.",
        "Quick, tidy installation and a clear explanation of how it works."]),
    "leak": ("negative", [
        "用了没多久接头处漏水，橱柜底板都泡了",
        "换完滤芯以后一直渗水，赶紧报修",
        "净水器下面有一滩水，漏水了，麻烦尽快上门",
        "进水管接口渗水，地板都湿了"], [
        "Found a leak under the sink, the cabinet floor is soaked.",
        "It started leaking after the filter change."]),
    "app_bind": ("negative", [
        "APP配网一直失败，路由器重启了好几次也连不上WiFi",
        "安卓手机配网转圈圈然后超时，这APP能不能靠谱点",
        "配网失败，净水器联网功能等于白买",
        "更新APP以后配网就没成功过"], [
        "The app keeps failing to connect the purifier to Wi-Fi.",
        "Stuck at the Wi-Fi pairing screen on my Android phone, times out every time."]),
    "noise": ("negative", [
        "制水的时候噪音特别大，晚上在卧室都能听到",
        "增压泵嗡嗡响，半夜自己启动",
        "噪音太大了，跟冰箱坏了似的",
        "机器一直嗡嗡的，吵得睡不着"], [
        "The pump is really noisy when it makes water, we can hear it from the bedroom.",
        "Constant humming from under the sink at night."]),
    "waste_water": ("negative", [
        "废水比有点高，洗碗池那边一直在排水",
        "感觉废水太多了，不太环保",
        "出一杯水要排好多废水，心疼水费"], [
        "It dumps a lot of waste water for every litre it makes."]),
    "taste": ("positive", [
        "水的口感明显变好了，泡茶很香",
        "装了以后直接喝，挺好喝的，家里人都说甜",
        "煮饭泡茶口感都不一样了，值",
        "比桶装水好喝，也省事"], [
        "Water tastes so much better, great for tea and coffee.",
        "Finally tap water that tastes clean."]),
    "tds": ("positive", [
        "师傅现场测了TDS，从{raw}降到{pure}，很直观",
        "水质检测做得很清楚，TDS笔一测就知道效果",
        "自来水TDS有{raw}，过滤完只有{pure}，放心了"], [
        "The technician tested the TDS on the spot: {raw} down to {pure}. Impressive."]),
    "delivery": ("negative", [
        "快递送到的时候箱子破了一个角，包装太简单",
        "物流太慢，说好两天到结果拖了五天",
        "外包装压扁了，担心里面有问题"], [
        "The courier left the box outside and it was dented.",
        "Shipping took forever and the box was crushed."]),
    "livestream": ("negative", [
        "直播间说的是不用插电的那款，到手才发现不一样，退了",
        "主播说能直接接水龙头，实际跟直播讲的不一样",
        "冲着直播间的低价买的，收到发现和介绍的不符，申请退货"], [
        "Not what the livestream said - returned it."]),
    "filter_price": ("negative", [
        "滤芯太贵了，一年下来比买桶装水还贵",
        "滤芯价格能不能亲民一点，{price}块一根",
        "机器便宜滤芯太贵，套路"], [
        "Replacement filters are way too expensive for what they are.",
        "The filter price is a rip-off at {price} yuan."]),
    "reminder": ("negative", [
        "滤芯提醒太早了，水还好好的就催我换",
        "一天发好几条换芯提醒短信，烦",
        "提醒说要换滤芯，结果师傅说还能用三个月"], [
        "The filter reminder came way too early, the water was still fine.",
        "Too many reminder texts about changing the filter."]),
    "cs_slow": ("negative", [
        "在线客服半天不回，问个安装尺寸都问不清楚",
        "客服回复太慢了，机器人答非所问"], [
        "Customer service chat took forever to reply."]),
    "low_flow": ("negative", [
        "出水小得可怜，接一壶水要好几分钟",
        "最近出水很慢，是不是滤芯堵了",
        "出水小，按了半天才接满一杯"], [
        "Water flow is down to a trickle.",
        "Low flow from the faucet since last week."]),
    "water_quality": ("negative", [
        "净水器出来的水有怪味，不敢喝了",
        "APP显示水质异常，是不是坏了",
        "最近水有怪味，像塑料味"], [
        "The purified water has a strange smell since yesterday."]),
    "generic_pos": ("positive", [
        "整体挺满意的，推荐", "东西不错，值这个价", "用了一个月，挺好的", "颜值高，厨房放着好看"], [
        "Overall happy with it, would recommend.", "Good product, worth the money."]),
    "generic_neg": ("negative", [
        "一般般吧，没有想象中好", "不太满意，性价比不高"], [
        "Meh, not as good as I expected."]),
}
TOPIC_TP = {"extra_fee": "tp_install_visit", "install_wait": "tp_install_book", "install_praise": "tp_install_visit",
            "leak": "tp_service_ticket", "app_bind": "tp_app_bind", "noise": "tp_service_ticket",
            "waste_water": "tp_review", "taste": "tp_review", "tds": "tp_water_test", "delivery": "tp_delivery",
            "livestream": "tp_return", "filter_price": "tp_filter_order", "reminder": "tp_filter_reminder",
            "cs_slow": "tp_consult", "low_flow": "tp_service_ticket", "water_quality": "tp_service_ticket",
            "generic_pos": "tp_review", "generic_neg": "tp_review"}


def pzone(p: str) -> dict:
    return {"service_partner": PARTNERS[p][0], "service_partner_id": p, "服务商": PARTNERS[p][1]}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def app_version(t: datetime) -> str:
    v = APP_VERSIONS[0][1]
    for d, ver in APP_VERSIONS:
        if t >= d:
            v = ver
    return v


def in_(t, win):
    return win[0] <= t < win[1]


def day_time(d: datetime, lo=9, hi=22) -> datetime:
    return datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(lo, hi)))


def promo(t: datetime) -> float:
    md = (t.month, t.day)
    if (6, 1) <= md <= (6, 18):
        return 0.12
    if (11, 1) <= md <= (11, 11):
        return 0.15
    return 0.0


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.exps, self.custs = [], [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_sess = self.n_tk = self.n_rm = 0
        self.installers = {p: [f"{p}{i:02d}" for i in range(1, v[3] + 1)] for p, v in PARTNERS.items()}
        days = (END - START).days + 1
        self.days = [START + D(days=i) for i in range(days)]
        w = []
        for i, d in enumerate(self.days):
            x = 1.0 + 0.45 * i / days
            md = (d.month, d.day)
            if (5, 25) <= md <= (6, 18):
                x *= 2.3
            if (10, 20) <= md <= (11, 11):
                x *= 2.5
            if datetime(2025, 1, 25) <= d <= datetime(2025, 2, 5) or datetime(2026, 2, 13) <= d <= datetime(2026, 2, 24):
                x *= 0.45
            w.append(x)
        self.day_w = np.asarray(w) / sum(w)

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = {"event_id": f"E{self.n_ev:07d}", "customer_id": c["customer_id"], "ts": ts(t), "touchpoint_id": tp,
               "session_id": sid, "action": action, "city": c["city"], "城市": c["城市"]}
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, status, **kw):
        self.n_ord += 1
        oid = f"WP{self.n_ord:07d}"
        row = {"order_id": oid, "customer_id": c["customer_id"], "ts": ts(t), "amount": round(amount, 2),
               "status": status, "city": c["city"], "城市": c["城市"], "currency": "CNY"}
        row.update(kw)
        self.orders.append(row)
        return oid, row

    def fb(self, c, t, topic, channel, tp=None, rating=None, nps=None, undated=False, anon=False, **kw):
        sent, zh, en = TEXTS[topic]
        lang = c["preferred_language"] if c else ("en" if rng.random() < 0.05 else "zh")
        tpl = zh if lang == "zh" else en
        text = tpl[int(rng.integers(len(tpl)))]
        text = text.format(fee=kw.pop("fee", None) or int(pick([60, 80, 120, 150], [1, 1, 1, 1])),
                           d=kw.pop("d", None) or int(rng.integers(6, 12)), raw=kw.pop("raw", None) or 300,
                           pure=kw.pop("pure", None) or 12, price=kw.pop("price", None) or 239)
        if channel == "call_note":
            text = ("来电：" if lang == "zh" else "Caller: ") + text
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        row = {"feedback_id": fid, "text": text, "ts": "" if (undated or t is None) else ts(t),
               "customer_id": "" if (anon or not c) else c["customer_id"],
               "touchpoint_id": tp or TOPIC_TP[topic], "channel": channel,
               "rating": "" if rating is None else rating, "nps": "" if nps is None else nps, "language": lang,
               "city": c["city"] if c else "", "城市": c["城市"] if c else ""}
        row.update(kw)
        self.feedback.append(row)
        self.truth.append({"feedback_id": fid, "topic": topic, "sentiment": sent})
        return fid

    @staticmethod
    def rating_for(topic):
        sent = TEXTS[topic][0]
        if sent == "positive":
            return int(pick([5, 4, 3], [0.62, 0.33, 0.05]))
        if topic == "generic_neg":
            return int(pick([3, 2, 1], [0.45, 0.4, 0.15]))
        return int(pick([1, 2, 3], [0.5, 0.38, 0.12]))

    @staticmethod
    def nps_for(topic):
        if TEXTS[topic][0] == "positive":
            return int(pick([10, 9, 8, 7], [0.35, 0.35, 0.2, 0.1]))
        return int(pick([0, 1, 2, 3, 4, 5, 6, 7], [0.08, 0.08, 0.12, 0.15, 0.17, 0.18, 0.14, 0.08]))

    # ---------- customers ----------
    def new_customer(self, i):
        acq = pick(list(ACQ), list(ACQ.values()))
        day = self.days[int(rng.choice(len(self.days), p=self.day_w))]
        store = None
        if acq == "store":
            opts = [s for s, v in STORES.items() if v[4] <= day]
            w = [1.6 if STORES[s][3] == "experience" else 1.0 for s in opts]
            w = [x * (0.5 if s == "S10" else 1.0) * (1.4 if s in ("S07", "S01") else 1.0) for x, s in zip(w, opts)]
            store = pick(opts, w)
            city = STORES[store][0]
        else:
            city = pick(CITY_CODES, [v[4] for v in CITIES.values()])
        cv = CITIES[city]
        t = day_time(day, 9, 23)
        en_p = 0.12 if city in ("SH", "SZ", "BJ") else 0.04
        c = {"customer_id": f"C{i:06d}", "signup_at": t, "acq": acq, "city": cv[0], "城市": cv[1], "ccode": city,
             "region": cv[2], "区域": cv[3], "preferred_language": "en" if rng.random() < en_p else "zh",
             "store": store, "spend": 0.0, "subscriber": False, "device_bought": None, "last_activity": t,
             "owned": False, "returned": False, "filter_orders": 0, "ignored_reminder": False}
        c["phone_os"] = pick(["ios", "android"], [0.45, 0.55])
        c["housing_type"] = pick(["owned_apartment", "rented_apartment", "house"], [0.62, 0.28, 0.10])
        c["住房类型"] = {"owned_apartment": "自有住房", "rented_apartment": "租房", "house": "别墅"}[c["housing_type"]]
        c["household_size"] = int(pick([1, 2, 3, 4, 5], [0.12, 0.28, 0.33, 0.19, 0.08]))
        c["age_band"] = pick(["18-24", "25-34", "35-44", "45-54", "55+"], [0.08, 0.38, 0.30, 0.15, 0.09])
        c["gender"] = pick(["female", "male"], [0.56, 0.44])
        self.custs.append(c)
        return c

    # ---------- purchase ----------
    def online(self, c):
        plat = "mini_program" if c["acq"] == "referral" else c["acq"]
        c["platform"] = plat
        if plat in ("tmall", "jd"):
            dev = pick(["pc", "ios", "android"], [0.28, 0.34, 0.38])
        else:
            dev = c["phone_os"]
        t0 = c["signup_at"]
        buy = rng.random() < P_SUBMIT[c["acq"]]
        delay = min(float(rng.gamma(1.1, 1.9)), 40.0) if buy else None
        span = delay if buy else float(rng.uniform(0, 12))
        n_sess = 1 + int(rng.poisson(1.2 if buy else 0.6))
        times = sorted([t0] + [t0 + D(days=float(rng.uniform(0, span))) for _ in range(n_sess - 1)])
        if buy:
            times = [x for x in times if x < t0 + D(days=delay)] or [t0]
        for x in times:
            self.n_sess += 1
            sid = f"BS{self.n_sess:07d}"
            n_pages = 1 + int(rng.poisson(2))
            self.ev(c, x, "tp_browse", sid, "view", channel=plat, device=dev, pages_viewed=n_pages,
                    model=pick(list(MODELS), [0.3, 0.3, 0.2, 0.2]),
                    app_version=app_version(x) if plat == "mini_program" else "")
            if rng.random() < 0.18:
                wsec = int(rng.gamma(2, 40))
                self.ev(c, x + D(minutes=float(rng.uniform(2, 15))), "tp_consult", sid, "chat", channel=plat,
                        device=dev, wait_seconds=wsec)
                if rng.random() < (0.08 if wsec > 120 else 0.01):
                    if rng.random() < 0.3:
                        self.fb(c, x + D(minutes=30), "cs_slow", "ecommerce_review", rating=self.rating_for("cs_slow"),
                                platform=plat)
                    else:
                        self.fb(c, x + D(minutes=30), "cs_slow", "survey", nps=self.nps_for("cs_slow"), platform=plat)
        if not buy:
            return
        t = t0 + D(days=delay) + D(minutes=float(rng.uniform(1, 60)))
        model = self.choose_model(plat)
        while True:
            paid = rng.random() < P_PAY[c["acq"]]
            ok = self.device_order(c, t, model, plat, dev, paid)
            if paid or not ok or rng.random() > 0.25:
                break
            t = t + D(days=float(rng.uniform(0.2, 3)))

    def choose_model(self, plat):
        if plat == "douyin":
            return pick(list(MODELS), [0.35, 0.18, 0.07, 0.40])
        if plat == "store":
            return pick(list(MODELS), [0.30, 0.34, 0.22, 0.14])
        return pick(list(MODELS), [0.34, 0.32, 0.16, 0.18])

    def device_order(self, c, t, model, plat, dev, paid, store=None):
        if t > END:
            return False
        m = MODELS[model]
        gross = float(m[2])
        disc = round(gross * promo(t), 0)
        if plat == "douyin":
            disc += round(gross * 0.08, 0)
        elif rng.random() < 0.35:
            disc += float(pick([100, 200], [0.7, 0.3]))
        amount = gross - disc
        common = {"model": model, "产品": m[0]}
        st = {}
        if store:
            sv = STORES[store]
            st = {"store_id": store, "门店": sv[1], "store": sv[2]}
        oid, row = self.order(c, t, amount, "paid" if paid else "cancelled", order_type="device", 订单类型="整机",
                              channel=plat, 渠道=CH_ZH[plat], device=dev if plat != "store" else "",
                              gross_amount=gross, discount=disc, **common, **st)
        if plat != "store":
            self.ev(c, t, "tp_order_submit", oid, "submit", channel=plat, device=dev, order_id=oid, amount=amount,
                    app_version=app_version(t) if plat == "mini_program" else "", **common)
        if not paid:
            row["cancel_reason"] = "unpaid_timeout"
            return True
        tp = t + D(minutes=float(rng.uniform(0.5, 25))) if plat != "store" else t
        row["paid_at"] = ts(tp)
        self.ev(c, tp, "tp_pay", oid, "paid", channel=plat, device=dev if plat != "store" else "", order_id=oid,
                amount=amount, payment_method=pick(["alipay", "wechat_pay", "card"], [0.5, 0.42, 0.08]),
                **common, **st)
        c["spend"] += amount
        c["device_bought"] = model
        c["bought_at"] = tp
        c["platform"] = plat
        c["last_activity"] = tp
        self.fulfil(c, tp, oid, row, model, plat, dev)
        return True

    def store_path(self, c):
        s = c["store"]
        sv = STORES[s]
        c["platform"] = "store"
        t0 = c["signup_at"]
        st = {"store_id": s, "门店": sv[1], "store": sv[2]}
        self.n_sess += 1
        self.ev(c, t0, "tp_store_visit", f"SV{self.n_sess:07d}", "visit", channel="store",
                demo_tds_test=rng.random() < 0.7, **st)
        if rng.random() >= sv[5]:
            # some come back much later
            if rng.random() < 0.04:
                t = t0 + D(days=float(rng.uniform(16, 60)))
                self.n_sess += 1
                if self.ev(c, t, "tp_store_visit", f"SV{self.n_sess:07d}", "visit", channel="store", **st):
                    self.device_order(c, t + D(minutes=40), self.choose_model("store"), "store", "", True, s)
            return
        if rng.random() < 0.6:
            t = t0 + D(minutes=float(rng.uniform(20, 90)))
        else:
            t = day_time(t0 + D(days=float(rng.uniform(1, 13))), 10, 21)
            self.n_sess += 1
            self.ev(c, t - D(minutes=35), "tp_store_visit", f"SV{self.n_sess:07d}", "visit", channel="store", **st)
        self.device_order(c, t, self.choose_model("store"), "store", "", True, s)

    # ---------- after purchase ----------
    def fulfil(self, c, tp, oid, row, model, plat, dev):
        m = MODELS[model]
        common = {"model": model, "产品": m[0]}
        courier = pick(COURIERS[plat], [1] * len(COURIERS[plat]))
        t_del = day_time(tp + D(days=float(rng.uniform(0.8, 3.2)) if plat != "store" else float(rng.uniform(0.5, 2))),
                         9, 20)
        damaged = rng.random() < 0.025
        if not self.ev(c, t_del, "tp_delivery", oid, "signed", channel=plat, order_id=oid, courier=courier,
                       package_damaged=damaged, **common):
            return
        if damaged and rng.random() < 0.55:
            self.fb(c, t_del + D(hours=5), "delivery", "ecommerce_review", rating=self.rating_for("delivery"),
                    platform=plat, order_id=oid, model=model)
        p_ret = 0.15 if plat == "douyin" else (0.02 if plat == "store" else 0.035)
        if damaged:
            p_ret += 0.3
        if rng.random() < p_ret:
            reason = ("damaged" if damaged else pick(["not_as_described", "changed_mind", "no_space"], [0.75, 0.15, 0.1])
                      if plat == "douyin" else pick(["not_as_described", "changed_mind", "no_space"], [0.15, 0.55, 0.3]))
            t_r = t_del + D(days=float(rng.uniform(0.3, 6.5)))
            if self.ev(c, t_r, "tp_return", oid, "returned", channel=plat, order_id=oid, return_reason=reason,
                       退货原因=RETURN_REASONS[reason], refund_amount=row["amount"], **common):
                row["status"] = "returned"
                row["returned_at"] = ts(t_r)
                row["return_reason"] = reason
                c["spend"] -= row["amount"]
                c["returned"] = True
                if reason == "not_as_described" and plat == "douyin" and rng.random() < 0.5:
                    self.fb(c, t_r + D(hours=3), "livestream", "ecommerce_review", rating=1, platform=plat,
                            order_id=oid, model=model)
                return
        c["owned"] = True
        c["owned_at"] = t_del
        sub_p = 0.2 if plat == "store" else 0.12
        if not m[3]:       # countertop: no installation
            if rng.random() < 0.3:
                self.review(c, t_del + D(days=float(rng.uniform(2, 15))), oid, plat, model, None)
            if rng.random() < sub_p * 0.6:
                self.subscribe(c, t_del + D(days=float(rng.uniform(0, 5))))
            self.ownership(c, t_del, None, model, False)
            return
        # ---- installation
        partner = self.partner(c)
        pz = pzone(partner)
        if rng.random() > 0.97:
            return
        t_b = tp + D(minutes=float(rng.uniform(5, 60))) if rng.random() < 0.3 else \
            t_del + D(hours=float(rng.uniform(1, 40)))
        bch = pick(["app", "mini_program", "hotline", "platform"], [0.3, 0.3, 0.2, 0.2])
        if in_(t_b, BACKLOG_26):
            lead = 4 + int(rng.poisson(3.6))
        elif in_(t_b, (datetime(2025, 6, 1), datetime(2025, 7, 1))) or in_(t_b, (datetime(2025, 11, 1),
                                                                                   datetime(2025, 12, 1))):
            lead = 1 + int(rng.poisson(1.6))
        else:
            lead = 1 + int(rng.poisson(0.9))
        if rng.random() < 0.03:           # the customer asks for a later date (travel, renovation)
            lead = int(rng.integers(8, 21))
        t_v = day_time(t_b + D(days=lead), 9, 18)
        if t_v < t_del:
            t_v = t_del + D(hours=float(rng.uniform(2, 6)))
        if not self.ev(c, t_b, "tp_install_book", oid, "booked", channel=bch, order_id=oid, lead_days=lead,
                       appointment_at=ts(t_v), **pz, **common):
            return
        inst = pick(self.installers[partner], [1] * len(self.installers[partner]))
        first_ok = rng.random() < 0.91
        if not first_ok:
            r = pick(list(FAIL_REASONS), [v[1] for v in FAIL_REASONS.values()])
            self.ev(c, t_v, "tp_install_visit", oid, "failed", channel="onsite", order_id=oid, installer_id=inst,
                    fail_reason=r, 失败原因=FAIL_REASONS[r][0], visit_no=1, extra_fee=0, **pz, **common)
            t_v = day_time(t_v + D(days=float(rng.uniform(1.5, 4.5))), 9, 18)
        fee = 0
        if rng.random() < (0.41 if partner == "SA" else 0.045):
            fee = int(pick([60, 80, 120, 150, 180], [2, 2, 2, 1, 1]) if partner == "SA" else pick([30, 50, 80],
                                                                                                    [1, 1, 1]))
        if not self.ev(c, t_v, "tp_install_visit", oid, "installed", channel="onsite", order_id=oid, installer_id=inst,
                       visit_no=1 if first_ok else 2, extra_fee=fee, **pz, **common):
            return
        cv = CITIES[c["ccode"]]
        raw = int(max(25, rng.normal(cv[5], cv[6])))
        pure = int(max(2, min(40, 3 + rng.gamma(2.0, 3.5))))
        if rng.random() < 0.975:
            self.ev(c, t_v + D(minutes=float(rng.uniform(15, 45))), "tp_water_test", oid, "tested", channel="onsite",
                    order_id=oid, installer_id=inst, raw_tds=raw, pure_tds=pure, **pz, **common)
        wait = (t_v - tp).days
        c["last_activity"] = t_v
        bound = False
        if m[4] and rng.random() < 0.84:
            bound = self.bind(c, t_v + D(hours=float(rng.uniform(0.3, 60))), oid, model)
        if rng.random() < sub_p:
            self.subscribe(c, t_v + D(days=float(rng.uniform(0, 4))))
        exp = {"fee": fee, "wait": wait, "lead": lead, "raw": raw, "pure": pure, "partner": partner, "pz": pz, "oid": oid}
        # hotline complaints
        if fee and rng.random() < 0.22:
            self.fb(c, t_v + D(hours=float(rng.uniform(2, 30))), "extra_fee", "call_note", fee=fee, order_id=oid,
                    model=model, **pz)
        if lead >= 5 and rng.random() < 0.2:
            self.fb(c, t_b + D(days=float(rng.uniform(1, max(2, min(lead, 6))))), "install_wait", "call_note", d=lead,
                    order_id=oid, model=model, **pz)
        if rng.random() < 0.34:
            self.review(c, t_v + D(days=float(rng.uniform(2, 18))), oid, plat, model, exp)
        if rng.random() < 0.33:
            self.survey(c, t_v + D(days=float(rng.uniform(2, 6))), oid, model, exp)
        self.ownership(c, t_v, partner, model, bound)

    def partner(self, c):
        if c["ccode"] == "SZ":
            return pick(["SA", "PC"], [0.5, 0.5])
        return [p for p, v in PARTNERS.items() if c["ccode"] in v[2]][0]

    def bind(self, c, t, oid, model):
        os_ = c["phone_os"]
        for attempt in range(1, 4):
            if t > END:
                return False
            ver = app_version(t)
            bug = os_ == "android" and ver == "5.2.0"
            p_fail = 0.6 if bug else (0.07 if os_ == "android" else 0.05)
            fail = rng.random() < p_fail
            err = ""
            if fail:
                err = "WIFI_HANDSHAKE_TIMEOUT" if bug else pick(["WRONG_PASSWORD", "WIFI_5G_UNSUPPORTED",
                                                                 "ROUTER_NOT_FOUND"], [0.5, 0.35, 0.15])
            self.ev(c, t, "tp_app_bind", oid, "fail" if fail else "success", channel="app", device=os_,
                    app_version=ver, error_code=err, order_id=oid, model=model, attempt_no=attempt)
            if not fail:
                return True
            if attempt == 1 and rng.random() < (0.6 if bug else 0.12):
                if rng.random() < 0.6:
                    self.fb(c, t + D(hours=float(rng.uniform(0.2, 20))), "app_bind", "app_review", rating=1,
                            anon=rng.random() < 0.4, app_version=ver, device=os_)
                else:
                    self.fb(c, t + D(hours=float(rng.uniform(0.2, 20))), "app_bind", "service_ticket",
                            order_id=oid, model=model, app_version=ver, device=os_)
            if rng.random() < 0.25:
                return False
            t = t + (D(hours=float(rng.uniform(0.1, 30))) if rng.random() < 0.6 else D(days=float(rng.uniform(2, 20))))
        return False

    def subscribe(self, c, t):
        if c["subscriber"] or t > END:
            return
        c["subscriber"] = True
        oid, row = self.order(c, t, 399.0, "paid", order_type="subscription", 订单类型="滤芯订阅",
                              channel="mini_program", 渠道="小程序", device=c["phone_os"], gross_amount=399.0, discount=0,
                              model=c["device_bought"], 产品=MODELS[c["device_bought"]][0], paid_at=ts(t))
        self.ev(c, t, "tp_subscription", oid, "subscribed", channel="mini_program", device=c["phone_os"],
                order_id=oid, plan="filter_care_annual", amount=399.0, model=c["device_bought"])
        c["spend"] += 399.0
        c["sub_since"] = t
        # yearly renewals
        r = t + D(days=365)
        while r <= END:
            if rng.random() < 0.84:
                self.order(c, r, 399.0, "paid", order_type="subscription", 订单类型="滤芯订阅", channel="mini_program",
                           渠道="小程序", device=c["phone_os"], gross_amount=399.0, discount=0, model=c["device_bought"],
                           产品=MODELS[c["device_bought"]][0], paid_at=ts(r), renewal=True)
                c["spend"] += 399.0
                r += D(days=365)
            else:
                c["subscriber"] = False
                break

    def review(self, c, t, oid, plat, model, exp):
        if t > END:
            return
        self.ev(c, t, "tp_review", oid, "review", channel=plat, order_id=oid, model=model)
        cands = {"generic_pos": 1.0, "taste": 1.2, "generic_neg": 0.2, "cs_slow": 0.06,
                 "waste_water": 0.35 if model != "T3" else 0.0, "noise": 0.35 if model == "R1000" else 0.03}
        extra = {}
        if exp:
            cands.update({"install_praise": 1.0 if not exp["fee"] else 0.1, "tds": 0.6})
            if exp["fee"]:
                cands["extra_fee"] = 3.2
            if exp["lead"] >= 5:
                cands["install_wait"] = 2.6
            extra = dict(exp["pz"])
        topic = pick(list(cands), list(cands.values()))
        kw = {}
        if exp:
            kw = {"fee": exp["fee"] or None, "d": exp["wait"] or None, "raw": exp["raw"], "pure": exp["pure"]}
        tp = "tp_review" if topic in ("generic_pos", "generic_neg", "taste", "waste_water", "noise") else None
        self.fb(c, t, topic, "ecommerce_review", tp=tp, rating=self.rating_for(topic), platform=plat, order_id=oid,
                model=model, **extra, **kw)

    def survey(self, c, t, oid, model, exp):
        if t > END:
            return
        cands = {"generic_pos": 1.0, "taste": 0.8, "install_praise": 1.3 if not exp["fee"] else 0.1, "tds": 0.9,
                 "generic_neg": 0.25, "waste_water": 0.2}
        if exp["fee"]:
            cands["extra_fee"] = 3.0
        if exp["lead"] >= 5:
            cands["install_wait"] = 2.4
        topic = pick(list(cands), list(cands.values()))
        self.fb(c, t, topic, "survey", nps=self.nps_for(topic), order_id=oid, model=model, fee=exp["fee"] or None,
                d=exp["wait"] or None, raw=exp["raw"], pure=exp["pure"], **exp["pz"])

    # ---------- ownership: filters and tickets ----------
    def ownership(self, c, t0, partner, model, bound):
        m = MODELS[model]
        # service tickets, month by month
        t = t0
        month_i = 0
        while t < END:
            t_next = t + D(days=30)
            h = 0.011
            if model == "R1000" and month_i < 9:
                h += 0.03
            if rng.random() < h and m[3] or (not m[3] and rng.random() < 0.005):
                tt = t + D(days=float(rng.uniform(0, 30)))
                if tt <= END:
                    if model == "R1000" and month_i < 9 and rng.random() < 0.75:
                        kind = "noise"
                    else:
                        kind = pick(list(TICKET_TYPES), [0.3, 0.08, 0.25, 0.15, 0.1, 0.12])
                    self.ticket(c, tt, kind, partner or self.partner(c), model)
            t = t_next
            month_i += 1
            # filter cycle events are generated separately below
        self.filters(c, t0, partner, model, bound)

    def ticket(self, c, t, kind, partner, model):
        self.n_tk += 1
        sid = f"TK{self.n_tk:06d}"
        ch = pick(["hotline", "mini_program", "app"], [0.5, 0.3, 0.2])
        pz = pzone(partner)
        self.ev(c, t, "tp_service_ticket", sid, "opened", channel=ch, ticket_type=kind, 工单类型=TICKET_TYPES[kind],
                model=model, **pz)
        c["last_activity"] = max(c["last_activity"], t)
        topic = {"leak": "leak", "noise": "noise", "low_flow": "low_flow", "water_quality": "water_quality",
                 "app": "app_bind", "other": None}[kind]
        if topic and rng.random() < 0.8:
            self.fb(c, t + D(minutes=2), topic, "service_ticket", ticket_id=sid, model=model, **pz)
        p_visit = {"leak": 0.95, "noise": 0.82, "low_flow": 0.75, "water_quality": 0.8, "app": 0.15, "other": 0.5}[kind]
        if rng.random() < p_visit:
            hrs = float(rng.gamma(2.0, 9.0)) if kind == "leak" else float(rng.gamma(2.2, 26.0))
            if partner == "SA":
                hrs *= 1.15
            tv = t + D(hours=hrs)
            self.ev(c, tv, "tp_repair_visit", sid, pick(["fixed", "parts_replaced", "unresolved"], [0.8, 0.14, 0.06]),
                    channel="onsite", ticket_type=kind, 工单类型=TICKET_TYPES[kind], model=model,
                    installer_id=pick(self.installers[partner], [1] * len(self.installers[partner])), **pz)

    def filters(self, c, t0, partner, model, bound):
        m = MODELS[model]
        due = t0 + D(days=180)
        first = True
        while True:
            tr = day_time(due - D(days=7), 10, 20)
            if tr > END:
                break
            self.n_rm += 1
            sid = f"RM{self.n_rm:06d}"
            ch = "app_push" if bound else "sms"
            self.ev(c, tr, "tp_filter_reminder", sid, "sent", channel=ch, filter_type="composite", model=model,
                    days_in_use=(due - t0).days if first else 180)
            if first and not c["subscriber"] and rng.random() < 0.08:
                self.subscribe(c, tr + D(days=float(rng.uniform(0, 6))))
            if rng.random() < 0.03:
                chx = pick(["app_review", "survey", "social"], [0.4, 0.3, 0.3])
                self.fb(c, tr + D(hours=float(rng.uniform(1, 48))), "reminder", chx,
                        rating=2 if chx == "app_review" else None,
                        nps=self.nps_for("reminder") if chx == "survey" else None,
                        model=model)
            first = False
            nxt = None
            if c["subscriber"]:
                if rng.random() < 0.97:
                    to = tr + D(days=float(rng.uniform(0.5, 3)))
                    if self.ev(c, to, "tp_filter_order", sid, "auto_ship", channel="subscription", order_id="",
                               filter_type="composite", model=model, amount=0):
                        c["filter_orders"] += 1
                        tx = to + D(days=float(rng.uniform(3, 12)))
                        if rng.random() < 0.92 and m[3]:
                            self.replace(c, tx, sid, "onsite", partner, model)
                        elif rng.random() < 0.8:
                            self.replace(c, tx, sid, "diy_confirmed", partner, model)
                        nxt = tx
            else:
                variant = None
                if in_(tr, AB):
                    variant = "control" if rng.random() < 0.5 else "coupon_30"
                    self.exps.append({"experiment_id": "filter_reminder_coupon_2026q2", "variant": variant,
                                      "customer_id": c["customer_id"], "assigned_at": ts(tr),
                                      "reminder_id": sid, "channel": ch})
                p = {None: 0.40 if tr.year == 2025 else 0.37, "control": 0.37, "coupon_30": 0.56}[variant]
                if bound:
                    p += 0.06
                if rng.random() < p:
                    lag = min(float(rng.exponential(7.0)), 70.0)
                    to = tr + D(days=lag)
                    price = float(m[5]) - (30.0 if variant == "coupon_30" else 0.0)
                    if to <= END:
                        plat = pick(["mini_program", "tmall", "jd"], [0.5, 0.27, 0.23])
                        oid, _ = self.order(c, to, price, "paid", order_type="filter", 订单类型="滤芯", channel=plat,
                                            渠道=CH_ZH[plat], device=c["phone_os"], gross_amount=float(m[5]),
                                            discount=float(m[5]) - price, model=model, 产品=m[0], paid_at=ts(to),
                                            coupon="coupon_30" if variant == "coupon_30" else "")
                        self.ev(c, to, "tp_filter_order", sid, "paid", channel=plat, order_id=oid,
                                filter_type="composite", model=model, amount=price)
                        c["spend"] += price
                        c["filter_orders"] += 1
                        c["last_activity"] = max(c["last_activity"], to)
                        if rng.random() < 0.09:
                            self.fb(c, to + D(days=float(rng.uniform(1, 8))), "filter_price", "ecommerce_review",
                                    rating=self.rating_for("filter_price"), platform=plat, order_id=oid, model=model,
                                    price=int(price))
                        tx = to + D(days=float(rng.uniform(2, 9)))
                        u = rng.random()
                        if u < 0.4 and m[3]:
                            self.replace(c, tx, sid, "onsite", partner, model)
                        elif u < 0.88:
                            self.replace(c, tx, sid, "diy_confirmed", partner, model)
                            if m[3] and rng.random() < 0.09:
                                self.ticket(c, tx + D(days=float(rng.uniform(0.2, 10))), "leak", partner, model)
                        nxt = tx
                else:
                    c["ignored_reminder"] = True
                    if rng.random() < 0.012:
                        self.fb(None, tr + D(days=3), "filter_price", "social", undated=rng.random() < 0.4)
            due = (nxt or due) + D(days=180)

    def replace(self, c, t, sid, how, partner, model):
        kw = {}
        if how == "onsite":
            partner = partner or self.partner(c)
            kw = pzone(partner)
        self.ev(c, t, "tp_filter_replace", sid, how, channel="onsite" if how == "onsite" else "app",
                filter_type="composite", model=model, **kw)

    # ---------- social / app-store noise ----------
    def social(self):
        for _ in range(260):
            t = self.days[int(rng.integers(len(self.days)))] + D(hours=float(rng.uniform(8, 23)))
            topic = pick(["taste", "waste_water", "extra_fee", "livestream", "tds", "generic_pos", "filter_price"],
                         [0.3, 0.18, 0.1, 0.08, 0.14, 0.14, 0.06])
            city = pick(CITY_CODES, [v[4] for v in CITIES.values()])
            if topic == "extra_fee":
                city = pick(["GZ", "SZ", "SH", "BJ"], [0.5, 0.35, 0.08, 0.07])
            fake = {"preferred_language": "zh", "city": CITIES[city][0], "城市": CITIES[city][1], "customer_id": ""}
            self.fb(fake, t, topic, "social", undated=rng.random() < 0.42, anon=True, platform="xiaohongshu")
        for _ in range(150):
            t = self.days[int(rng.integers(len(self.days)))] + D(hours=float(rng.uniform(8, 23)))
            topic = pick(["generic_pos", "generic_neg", "reminder"], [0.6, 0.25, 0.15])
            fake = {"preferred_language": "en" if rng.random() < 0.08 else "zh", "city": "", "城市": "",
                    "customer_id": ""}
            os_ = pick(["ios", "android"], [0.45, 0.55])
            self.fb(fake, t, topic, "app_review", tp="tp_app_bind" if topic.startswith("generic") else None,
                    rating=self.rating_for(topic), anon=True, app_version=app_version(t), device=os_)

    def run(self):
        for i in range(1, N_CUST + 1):
            c = self.new_customer(i)
            if c["acq"] == "store":
                self.store_path(c)
            else:
                self.online(c)
        self.social()

    def customer_rows(self):
        out = []
        for c in self.custs:
            if not c["device_bought"] or (c["returned"] and not c["owned"]):
                seg = "prospect"
            elif c.get("bought_at") and (END - c["bought_at"]).days <= 90:
                seg = "new"
            elif c["subscriber"] or c["filter_orders"] >= 2:
                seg = "loyal"
            elif c["ignored_reminder"] and c["filter_orders"] == 0:
                seg = "at_risk"
            else:
                seg = "active"
            sp = c["spend"]
            tier = "platinum" if sp >= 4500 else "gold" if sp >= 3000 else "silver" if sp >= 2000 else "basic"
            out.append({
                "customer_id": c["customer_id"], "signup_at": ts(c["signup_at"]), "segment": seg,
                "region": c["region"], "acquisition_channel": c["acq"], "tier": tier, "city": c["city"],
                "城市": c["城市"], "区域": c["区域"], "获客渠道": ACQ_ZH[c["acq"]],
                "会员等级": {"basic": "普通会员", "silver": "银卡会员", "gold": "金卡会员", "platinum": "铂金会员"}[tier],
                "is_subscriber": c["subscriber"], "滤芯订阅": "是" if c["subscriber"] else "否",
                "device_model": c["device_bought"] if c["owned"] else "", "housing_type": c["housing_type"],
                "住房类型": c["住房类型"], "household_size": c["household_size"], "age_band": c["age_band"],
                "gender": c["gender"], "phone_os": c["phone_os"], "preferred_language": c["preferred_language"],
                "home_store_id": c["store"] or ""})
        return out


def cols(rows, first=()):
    out = list(first)
    seen = set(out)
    for r in rows:
        for k in r:
            if k not in seen:
                seen.add(k)
                out.append(k)
    return out


def write(path: Path, rows, columns=None):
    columns = columns or cols(rows)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in columns})


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    tps = [{"touchpoint_id": t[0], "name": t[1], "name_zh": t[1], "name_en": t[2], "stage": t[3], "channel": t[4],
            "kind": t[5], "owner": t[6], "aliases": t[7]} for t in TOUCHPOINTS]
    write(out / "touchpoints.csv", tps)
    js = [{"journey_id": j[0], "journey_name": j[1], "journey_name_zh": j[1], "journey_name_en": j[2], "step": k,
           "touchpoint_id": tp, "window_days": j[4]} for j in JOURNEYS for k, tp in enumerate(j[3], 1)]
    write(out / "journeys.csv", js)
    write(out / "customers.csv", g.customer_rows())
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup_idx = rng.choice(len(ev), 28, replace=False)          # the tracker re-sends a few events
    ev = ev + [dict(ev[int(i)]) for i in dup_idx]
    ev.sort(key=lambda r: (r["ts"], r["event_id"]))
    write(out / "events.csv", ev, cols(ev, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action",
                                            "device", "channel"]))
    od = sorted(g.orders, key=lambda r: r["ts"])
    write(out / "orders.csv", od, cols(od, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device"]))
    write(out / "feedback.csv", g.feedback, cols(g.feedback, ["feedback_id", "text", "ts", "customer_id",
                                                              "touchpoint_id", "channel", "rating", "nps"]))
    write(out / "experiments.csv", g.exps)
    write(out / "_truth" / "feedback_truth.csv", g.truth)
    print(f"customers {len(g.custs)}, events {len(ev)}, orders {len(od)}, feedback {len(g.feedback)}, "
          f"experiments {len(g.exps)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
