"""租影 LensLend: camera and outdoor-gear rental, 3 warehouses shipping nationwide, 2025-01-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (the generator's topic / sentiment / language per comment; not a
DATA.md table). Deterministic (fixed seed), plain Python + numpy, a couple of seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260630
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 4200
D = timedelta
CHENGDU_SLOW = datetime(2025, 11, 1)      # 成都仓 loses two inspectors: deposit refunds slow from here
ZTO_FROM = datetime(2026, 3, 1)           # 苏州仓 switches its outbound courier from SF to ZTO (cheaper, slower)
ANDROID_BUG = (datetime(2026, 4, 1), datetime(2026, 5, 21))   # app 5.2 on Android: face check crashes
AVATA_LAUNCH = datetime(2026, 5, 18)      # DJI Avata 2 added to the catalogue (small group)

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_browse", "浏览器材详情", "Browse gear page", "awareness", "app", "digital", "growth",
     "浏览|逛|看器材|商品详情|详情页|browse|browsing|product page|gear page|looked at"),
    ("tp_cart", "加入租赁车", "Add to rental cart", "consideration", "app", "digital", "growth",
     "加购|加购物车|租赁车|购物车|add to cart|cart|basket|added to cart"),
    ("tp_credit_check", "身份与信用审核", "ID & credit check", "consideration", "app", "digital", "risk",
     "实名认证|信用审核|芝麻分|人脸识别|风控|免押审核|credit check|ID check|identity check|KYC|verification|face check"),
    ("tp_order_paid", "支付租金下单", "Rental order paid", "purchase", "app", "digital", "growth",
     "下单|付款|支付|租赁订单|付租金|order|paid|checkout|payment|rental order"),
    ("tp_shipped", "仓库发货", "Gear shipped", "service", "other", "physical", "warehouse",
     "发货|出库|寄出|快递发出|shipped|dispatch|dispatched|shipping|sent out"),
    ("tp_received", "客户签收", "Gear received", "service", "other", "physical", "logistics",
     "签收|收货|到货|收到器材|received|delivered|delivery|arrived"),
    ("tp_extend", "续租", "Rental extended", "service", "app", "digital", "growth",
     "续租|延期|延长租期|加天数|extend|extension|extended rental|renew"),
    ("tp_returned", "归还入库", "Gear returned", "service", "other", "physical", "warehouse",
     "归还|还机|寄回|退还器材|入库|return|returned|gear back|send back"),
    ("tp_inspection", "验机检测", "Inspection", "service", "other", "physical", "warehouse",
     "验机|检测|质检|检查器材|inspection|QC|check-in inspection|inspected"),
    ("tp_damage_charge", "损坏扣费", "Damage charged", "service", "app", "digital", "risk",
     "损坏|扣费|赔偿|定损|维修费|damage|damage charge|damage fee|repair charge|deduction"),
    ("tp_deposit_refund", "押金退还", "Deposit refunded", "service", "app", "digital", "finance",
     "退押金|押金退还|押金退款|退押|deposit refund|refund of deposit|deposit back|deposit returned"),
    ("tp_support", "客服咨询", "Customer support", "service", "phone", "digital", "customer_service",
     "客服|在线客服|热线|投诉|工单|support|customer service|hotline|ticket|complaint"),
]
JOURNEYS = [
    ("rent_checkout", "浏览到下单", "Browse to rental order", 7,
     ["tp_browse", "tp_cart", "tp_credit_check", "tp_order_paid"]),
    ("fulfilment", "发货签收", "Shipping & delivery", 7, ["tp_order_paid", "tp_shipped", "tp_received"]),
    ("rental_return", "归还验机", "Return & inspection", 45, ["tp_received", "tp_returned", "tp_inspection"]),
]
WAREHOUSES = {"tianjin": ("Tianjin DC", "天津仓"), "suzhou": ("Suzhou DC", "苏州仓"), "chengdu": ("Chengdu DC", "成都仓")}
# zh, en, weight, region, tier, warehouse
CITIES = [
    ("北京", "Beijing", 0.13, "华北", "tier1", "tianjin"), ("上海", "Shanghai", 0.14, "华东", "tier1", "suzhou"),
    ("广州", "Guangzhou", 0.06, "华南", "tier1", "suzhou"), ("深圳", "Shenzhen", 0.07, "华南", "tier1", "suzhou"),
    ("杭州", "Hangzhou", 0.07, "华东", "new_tier1", "suzhou"), ("成都", "Chengdu", 0.09, "西南", "new_tier1", "chengdu"),
    ("重庆", "Chongqing", 0.05, "西南", "new_tier1", "chengdu"), ("武汉", "Wuhan", 0.04, "华中", "new_tier1", "suzhou"),
    ("西安", "Xi'an", 0.04, "西北", "new_tier1", "chengdu"), ("南京", "Nanjing", 0.04, "华东", "new_tier1", "suzhou"),
    ("天津", "Tianjin", 0.03, "华北", "new_tier1", "tianjin"), ("昆明", "Kunming", 0.03, "西南", "tier2", "chengdu"),
    ("厦门", "Xiamen", 0.03, "华南", "tier2", "suzhou"), ("青岛", "Qingdao", 0.03, "华东", "tier2", "tianjin"),
    ("沈阳", "Shenyang", 0.02, "东北", "tier2", "tianjin"), ("贵阳", "Guiyang", 0.02, "西南", "tier2", "chengdu"),
    ("大理", "Dali", 0.02, "西南", "tier3", "chengdu"), ("桂林", "Guilin", 0.02, "华南", "tier3", "suzhou"),
    ("洛阳", "Luoyang", 0.02, "华中", "tier3", "tianjin"), ("保定", "Baoding", 0.02, "华北", "tier3", "tianjin"),
    ("拉萨", "Lhasa", 0.01, "西南", "tier3", "chengdu"), ("三亚", "Sanya", 0.02, "华南", "tier3", "suzhou"),
]
TIER_ZH = {"tier1": "一线", "new_tier1": "新一线", "tier2": "二线", "tier3": "三线及以下"}
CTYPE_ZH = {"hobbyist": "摄影爱好者", "pro": "职业摄影师", "studio": "工作室"}
ACQ = {"app_store": "应用商店", "wechat_mini_program": "微信小程序", "web_search": "搜索引擎",
       "photographer_referral": "摄影师推荐", "xiaohongshu": "小红书"}
CAT_ZH = {"camera_body": "相机机身", "lens": "镜头", "drone": "无人机", "tent": "帐篷", "action_cam": "运动相机"}
# item, category, daily rate, deposit, days (lo, hi), extension multiplier
ITEMS = [
    ("Sony A7M4", "camera_body", 180, 6000, (3, 6), 1.0), ("Canon EOS R5", "camera_body", 220, 8000, (3, 6), 1.0),
    ("Fujifilm X-T5", "camera_body", 120, 4500, (3, 6), 0.9), ("Sony FX3", "camera_body", 350, 9000, (3, 7), 2.1),
    ("Sony FE 24-70mm GM II", "lens", 110, 5000, (3, 6), 1.0), ("Canon RF 70-200mm F2.8", "lens", 130, 6000, (3, 6), 1.0),
    ("Sigma 35mm F1.4 DG", "lens", 60, 2500, (2, 5), 0.9),
    ("DJI Mini 4 Pro", "drone", 90, 3000, (3, 7), 1.0), ("DJI Air 3", "drone", 130, 4500, (3, 7), 1.0),
    ("DJI Mavic 3 Pro", "drone", 260, 9000, (3, 7), 1.1), ("DJI Avata 2", "drone", 150, 5000, (3, 7), 1.0),
    ("MobiGarden 冷山2 tent", "tent", 45, 600, (2, 4), 0.6), ("Naturehike Cloud Up 2", "tent", 35, 500, (2, 4), 0.6),
    ("Naturehike 露营套装 camping kit", "tent", 120, 1200, (2, 4), 0.6),
    ("GoPro HERO12", "action_cam", 50, 1500, (4, 10), 1.0), ("Insta360 X4", "action_cam", 60, 1800, (4, 10), 1.0),
    ("DJI Osmo Action 4", "action_cam", 50, 1500, (4, 10), 1.0),
]
ITEM = {it[0]: it for it in ITEMS}
CAT_W = {"hobbyist": {"camera_body": 0.24, "lens": 0.14, "drone": 0.20, "tent": 0.20, "action_cam": 0.22},
         "pro": {"camera_body": 0.40, "lens": 0.34, "drone": 0.16, "tent": 0.02, "action_cam": 0.08},
         "studio": {"camera_body": 0.38, "lens": 0.34, "drone": 0.20, "tent": 0.0, "action_cam": 0.08}}
DAMAGE_P = {"camera_body": 0.035, "lens": 0.045, "drone": 0.15, "tent": 0.05, "action_cam": 0.05}
DAMAGE_AMT = {"camera_body": (300, 2500), "lens": (200, 1800), "drone": (400, 3500), "tent": (50, 300),
              "action_cam": (150, 900)}
CREDIT = {"A": (0.82, 0.18, 0.0), "B": (0.55, 0.42, 0.03), "C": (0.22, 0.63, 0.15), "D": (0.05, 0.50, 0.45)}
CALL_REASONS = ["deposit_refund", "shipping_status", "damage_dispute", "app_issue", "rental_question", "extension"]


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def season(cat: str, t: datetime) -> float:
    m = t.month
    if cat in ("drone", "tent", "action_cam"):
        return {6: 1.6, 7: 1.8, 8: 1.8, 10: 3.2, 12: 0.5, 1: 0.5, 2: 0.6}.get(m, 1.0)
    return {12: 1.4, 1: 1.4, 4: 1.3, 5: 1.4, 2: 0.8}.get(m, 1.0)


# ---------------------------------------------------------------- feedback texts
TEXTS = {
    "great_condition": {
        "zh": ["{item}成色非常新，镜头干净，电池也是满的，好评！", "收到的{item}像新的一样，配件齐全，包装很用心。",
               "第二次租了，{item}状态一直很好，比买划算多了", "器材保养得很好，{item}拍了两天没任何问题，下次还租。",
               "开箱惊喜，{item}连贴膜都是新的，清洁得很到位", "器材很新很干净，说明书和充电器都配好了，推荐"],
        "en": ["The {item} arrived in great condition, clean sensor and fully charged batteries.",
               "Gear looked almost new, everything in the box. Will rent again.",
               "Really well maintained {item}, no issues at all during the shoot."]},
    "support_helpful": {
        "zh": ["客服小姐姐很耐心，教我怎么设置{item}，点赞", "半夜问问题客服也秒回，解决得很快",
               "客服帮我改了收货地址，还主动提醒归还时间，服务很好", "打电话咨询续租的事，客服讲得很清楚，很专业"],
        "en": ["Support was super helpful and walked me through the {item} settings.",
               "Customer service answered quickly and sorted out my address change. Great team."]},
    "smooth_return": {
        "zh": ["归还很方便，上门取件，验机也快", "寄回去第二天就验完了，流程很顺", "还机流程简单，顺丰上门取，省心"],
        "en": ["Returning was easy, courier picked it up and inspection was quick.",
               "Smooth return process, no hassle at all."]},
    "neutral": {
        "zh": ["还行吧，中规中矩", "东西可以，就是包装箱有点旧", "整体一般，没什么特别的", "能用，价格还算合理",
               "下次看情况再说"],
        "en": ["It was okay, nothing special.", "Decent service, packaging a bit worn.", "Fine overall."]},
    "gear_dirty_faulty": {
        "zh": ["收到的{item}很脏，上面还有泥和沙子，明显没清洁过", "{item}有故障，开机就报错，耽误我一整天拍摄",
               "帐篷有股霉味，地布上还有泥，上一个人用完根本没洗", "帐篷杆断了一根，营地里搭了半天搭不起来",
               "收到的帐篷里全是沙子和草屑，内帐还有一股味道", "{item}镜头里面有灰，拍出来有脏点，太影响了",
               "电池根本充不进电，{item}用一半就没电了，器材有问题", "器材脏兮兮的，{item}外壳黏糊糊的，体验很差",
               "{item}对焦有毛病，跟客服说了也只能换货，耽误事"],
        "en": ["The {item} was dirty, sand and mud all over it. Clearly not cleaned after the last renter.",
               "{item} was faulty, kept throwing an error. Ruined half my shoot.",
               "Tent smelled of mould and the groundsheet was muddy. Not acceptable.",
               "Tent arrived with a bent pole and sand all over the inner tent.",
               "Dust inside the lens, spots on every photo. Gear was not checked properly."]},
    "shipping_slow": {
        "zh": ["发货太慢了，下单三天才到，差点赶不上拍摄", "物流好慢，说好次日达结果等了四天", "快递一直卡在中转站，急死了，{item}到的时候活动都快结束了",
               "以前都是顺丰第二天到，这次换了中通，慢了好几天", "配送速度太慢，租期都浪费在路上了"],
        "en": ["Shipping was way too slow, took four days to arrive.",
               "Delivery took forever, I lost two rental days waiting for the {item}.",
               "Used to be next-day with SF, now the courier is much slower."]},
    "deposit_refund_slow": {
        "zh": ["押金退款太慢了，器材还回去一个多星期了押金还没到账", "还机都十天了押金还没退，客服只会说在处理",
               "押金迟迟不退，以后不敢租了", "{item}早就寄回去了，押金到现在还没退回来，催了三次",
               "退押金要等这么久？别家两天就退了", "押金什么时候退啊，验机说没问题了还是没到账"],
        "en": ["Still waiting for my deposit refund, it has been over a week since I returned the {item}.",
               "Deposit refund is painfully slow. Had to chase support three times.",
               "Why does it take 10 days to get my deposit back?"]},
    "damage_dispute": {
        "zh": ["说我把{item}摔坏了要赔钱，我寄回去的时候明明是好的", "定损太贵了，一点划痕扣了我八百",
               "损坏扣费不合理，没有给我看照片就直接扣押金", "无人机桨叶有点磨损就说要赔，太坑了"],
        "en": ["Charged me for damage on the {item} that was already there when I got it.",
               "The damage fee is ridiculous for a tiny scratch. No photos, no explanation."]},
    "id_verify_crash": {
        "zh": ["安卓版App人脸识别一直闪退，认证不了根本租不了", "更新之后实名认证那一步就崩溃，华为手机",
               "刷脸认证卡住然后闪退，试了五次，放弃了", "App一到信用审核就闪退，小米手机，赶紧修吧"],
        "en": ["The Android app crashes every time at the face verification step.",
               "Can't finish the ID check, app keeps crashing on my Samsung after the update."]},
    "credit_rejected": {
        "zh": ["信用审核没通过也不说原因，体验很差", "芝麻分不够就要交好几千押金，太高了", "审核要押金，算了不租了"],
        "en": ["Credit check rejected me with no explanation.", "They asked for a huge deposit after the credit check."]},
    "price_high": {
        "zh": ["租金有点贵，三天的钱快赶上买个二手镜头了", "价格偏高，节假日还涨价", "续租的价格比首租还贵，不合理"],
        "en": ["Rental prices are a bit high compared to other platforms.", "Holiday pricing is too expensive."]},
}
SENT = {"great_condition": "positive", "support_helpful": "positive", "smooth_return": "positive",
        "neutral": "neutral", "gear_dirty_faulty": "negative", "shipping_slow": "negative",
        "deposit_refund_slow": "negative", "damage_dispute": "negative", "id_verify_crash": "negative",
        "credit_rejected": "negative", "price_high": "negative"}
TOPIC_TP = {"great_condition": "tp_received", "support_helpful": "tp_support", "smooth_return": "tp_returned",
            "gear_dirty_faulty": "tp_received", "shipping_slow": "tp_shipped",
            "deposit_refund_slow": "tp_deposit_refund", "damage_dispute": "tp_damage_charge",
            "id_verify_crash": "tp_credit_check", "credit_rejected": "tp_credit_check", "price_high": "tp_cart"}


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.customers, self.events, self.orders, self.feedback, self.truth = [], [], [], [], []
        self.n_ev = self.n_fb = self.n_ord = self.n_sess = 0

    def pick(self, items, weights):
        w = np.asarray(weights, dtype=float)
        return items[int(self.r.choice(len(items), p=w / w.sum()))]

    def logn(self, median, sigma):
        return float(median * np.exp(self.r.normal(0, sigma)))

    def day_time(self, t, lo=8, hi=23):
        h = self.r.uniform(lo, hi)
        return datetime(t.year, t.month, t.day) + D(hours=h)

    def work_time(self, t):
        """next moment inside 9:00-19:00 at or after t."""
        base = datetime(t.year, t.month, t.day)
        if t.hour < 9:
            return base + D(hours=9 + self.r.uniform(0, 2))
        if t.hour >= 19:
            return base + D(days=1, hours=9 + self.r.uniform(0, 2))
        return t

    def ev(self, c, t, tp, action, channel, device, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp,
                   session_id=kw.pop("session_id", ""), action=action, device=device, channel=channel)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, kind, amount, status, **kw):
        self.n_ord += 1
        row = dict(order_id=f"{'RXED'['rental extension damage_charge deposit'.split().index(kind)]}{self.n_ord:06d}",
                   customer_id=c["customer_id"], ts=fmt(t), amount=f"{amount:.2f}", status=status, order_type=kind)
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topic, channel, tp=None, rating=None, nps=None, no_ts=False, lang=None, **extra):
        if t is not None and t > END:
            return
        extra["topic"] = topic
        lang = lang or (c["language"] if c else ("en" if self.r.random() < 0.1 else "zh"))
        tpl = [x for x in TEXTS[topic][lang] if self._fits(x, extra)]
        text = tpl[int(self.r.integers(len(tpl)))]
        text = text.format(item=extra.get("item") or "器材" if lang == "zh" else extra.get("item") or "gear")
        text = text[0].upper() + text[1:]
        sent = SENT[topic]
        if rating is None and channel in ("post_receipt_survey", "post_return_survey", "app_review", "call_note"):
            lo, hi = {"positive": (4, 5), "neutral": (3, 4), "negative": (1, 2)}[sent]
            rating = int(self.r.integers(lo, hi + 1))
            if sent == "negative" and self.r.random() < 0.15:
                rating = 3
        if nps is None and channel == "post_return_survey":
            lo, hi = {"positive": (8, 10), "neutral": (6, 8), "negative": (0, 5)}[sent]
            nps = int(self.r.integers(lo, hi + 1))
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        self.feedback.append(dict(
            feedback_id=fid, text=text, ts="" if (no_ts or t is None) else fmt(t),
            customer_id=c["customer_id"] if c else "", touchpoint_id=tp or TOPIC_TP.get(topic, ""),
            channel=channel, rating="" if rating is None else rating, nps="" if nps is None else nps,
            order_id=extra.get("order_id", ""), item=extra.get("item", ""),
            category=extra.get("cat", ""), 品类=CAT_ZH.get(extra.get("cat", ""), ""),
            warehouse=WAREHOUSES[extra["wh"]][0] if extra.get("wh") else "",
            仓库=WAREHOUSES[extra["wh"]][1] if extra.get("wh") else ""))
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent, language=lang))

    @staticmethod
    def _fits(text, extra):
        """templates naming tents, drones or the courier switch only for those rentals."""
        cat, courier = extra.get("cat"), extra.get("courier")
        tent, drone = ("帐篷" in text or "Tent" in text), ("无人机" in text)
        zto = ("中通" in text or "SF" in text)
        if cat == "tent" and extra.get("topic") == "gear_dirty_faulty":
            return tent
        return (not tent or cat == "tent") and (not drone or cat == "drone") and (not zto or courier == "ZTO")

    # ------------------------------------------------------------ customers
    def customer(self, i):
        r = self.r
        ctype = self.pick(["hobbyist", "pro", "studio"], [0.68, 0.22, 0.10])
        city = CITIES[self.pick(list(range(len(CITIES))), [x[2] for x in CITIES])]
        if r.random() < 0.16:
            signup = datetime(2024, 3, 1) + D(days=float(r.uniform(0, 300)))
        else:
            # growing sign-ups, with summer / golden-week bumps
            while True:
                t = START + D(days=float(r.uniform(0, (END - START).days - 3)))
                w = 0.55 + 0.45 * (t - START).days / 545
                w *= {7: 1.5, 8: 1.5, 9: 1.1, 10: 1.7, 2: 0.6}.get(t.month, 1.0)
                if r.random() < w / 1.8:
                    signup = t
                    break
        acq_w = {"hobbyist": [0.28, 0.27, 0.12, 0.08, 0.25], "pro": [0.22, 0.15, 0.15, 0.38, 0.10],
                 "studio": [0.18, 0.12, 0.25, 0.40, 0.05]}[ctype]
        acq = self.pick(list(ACQ), acq_w)
        band = self.pick(["A", "B", "C", "D"], [0.34, 0.36, 0.20, 0.10] if ctype == "hobbyist"
                         else [0.45, 0.35, 0.15, 0.05])
        lang = "en" if (city[4] in ("tier1", "new_tier1") and r.random() < 0.09) else "zh"
        c = dict(customer_id=f"C{i:05d}", signup_at=fmt(self.day_time(signup)), segment="", region=city[3],
                 acquisition_channel=acq, tier="", customer_type=ctype, 客户类型=CTYPE_ZH[ctype],
                 city=city[1], 城市=city[0], city_tier=city[4], 城市等级=TIER_ZH[city[4]], credit_band=band,
                 获客渠道=ACQ[acq], home_warehouse=WAREHOUSES[city[5]][0], language=lang,
                 age_band=self.pick(["18-24", "25-34", "35-44", "45+"], [0.22, 0.46, 0.22, 0.10]))
        c["_wh"], c["_signup"], c["_rentals"], c["_bad"] = city[5], signup, 0, 0
        c["_main_ch"] = {"app_store": "app", "wechat_mini_program": "mini_program", "web_search": "web",
                         "photographer_referral": "partner_referral",
                         "xiaohongshu": self.pick(["app", "mini_program"], [0.5, 0.5])}[acq]
        c["_os"] = self.pick(["ios", "android"], [0.52, 0.48])
        c["_member"] = r.random() < {"hobbyist": 0.08, "pro": 0.3, "studio": 0.45}[ctype]
        self.customers.append(c)
        return c

    def run(self, c):
        r = self.r
        t = max(c["_signup"], START) + D(days=float(r.exponential(4)))
        if c["_signup"] < START:
            t = START + D(days=float(r.uniform(0, 420)))
        n_intent = 0
        while t < END and n_intent < 14:
            n_intent += 1
            rented, t_back = self.intent(c, t)
            if rented:
                p_back = {"hobbyist": 0.50, "pro": 0.78, "studio": 0.82}[c["customer_type"]]
                if c["_bad"]:
                    p_back *= 0.55
                c["_bad"] = 0
                if r.random() > p_back:
                    break
                mean = {"hobbyist": 75, "pro": 30, "studio": 22}[c["customer_type"]]
                t = t_back + D(days=float(r.exponential(mean)) + 1)
            else:
                if r.random() > 0.38:
                    break
                t = t + D(days=float(r.exponential(35)) + 1)
        rentals = c["_rentals"]
        c["segment"] = "prospect" if rentals == 0 else "new" if rentals == 1 else "repeat" if rentals < 5 else "vip"
        c["tier"] = "plus" if c["_member"] and rentals > 0 else "standard"

    def intent(self, c, t0):
        """one shopping intent: browse → (cart → check → pay → ship → receive → return → inspect → settle)."""
        r = self.r
        ctype = c["customer_type"]
        t0 = self.day_time(t0)
        ch = c["_main_ch"] if r.random() < 0.8 else self.pick(["app", "mini_program", "web"], [0.5, 0.35, 0.15])
        dev = "pc" if (ch == "web" and r.random() < 0.8) or (ch == "partner_referral" and r.random() < 0.25) \
            else c["_os"]
        # item choice
        cats = list(CAT_W[ctype])
        cat = self.pick(cats, [CAT_W[ctype][k] * season(k, t0) for k in cats])
        items = [it for it in ITEMS if it[1] == cat and (it[0] != "DJI Avata 2" or t0 >= AVATA_LAUNCH)]
        iw = [0.25 if it[0] == "Sony FX3" and ctype == "hobbyist" else
              (2.5 if it[0] == "Sony FX3" and ctype != "hobbyist" else
               (0.6 if it[0] == "DJI Avata 2" else 1.0)) for it in items]
        item = self.pick(items, iw)
        name, _, rate, deposit, (dlo, dhi), ext_mult = item
        self.n_sess += 1
        sess = f"S{self.n_sess:06d}"
        common = dict(category=cat, 品类=CAT_ZH[cat], item=name)
        if not self.ev(c, t0, "tp_browse", "view", ch, dev, session_id=sess, **common):
            return False, t0
        if r.random() < 0.3:   # looks at a second item in the same session
            other = ITEMS[int(r.integers(len(ITEMS) - 1))]
            if other[0] != "DJI Avata 2":
                self.ev(c, t0 + D(minutes=float(r.uniform(1, 8))), "tp_browse", "view", ch, dev, session_id=sess,
                        category=other[1], 品类=CAT_ZH[other[1]], item=other[0])
        p_cart = {"app": 0.48, "mini_program": 0.45, "web": 0.40, "partner_referral": 0.72}[ch]
        if c["_rentals"] > 0:
            p_cart = min(0.9, p_cart + 0.25)
        if r.random() > p_cart:
            return False, t0
        t = t0 + D(minutes=float(r.uniform(2, 40)))
        self.ev(c, t, "tp_cart", "click", ch, dev, session_id=sess, **common)
        bug = ANDROID_BUG[0] <= t < ANDROID_BUG[1] and dev == "android" and ch == "app"
        p_check = 0.42 if bug else 0.88
        if r.random() > p_check:
            if bug and r.random() < 0.6:
                self.fb(c, t + D(hours=float(r.uniform(0.1, 30))), "id_verify_crash", "app_review")
            if bug and r.random() < 0.25:
                self.ev(c, t + D(minutes=float(r.uniform(5, 120))), "tp_support", "contact", "phone", dev,
                        call_reason="app_issue")
            return False, t0
        t = t + D(minutes=float(r.uniform(1, 25)))
        p = CREDIT[c["credit_band"]]
        res = "pass" if c["_rentals"] >= 3 and c["credit_band"] in "AB" else self.pick(
            ["pass", "deposit_required", "fail"], p)
        self.ev(c, t, "tp_credit_check", "fail" if res == "fail" else "success", ch, dev, session_id=sess,
                credit_result=res, **common)
        wh = c["_wh"]
        whc = dict(warehouse=WAREHOUSES[wh][0], 仓库=WAREHOUSES[wh][1])
        days = int(r.integers(dlo, dhi + 1)) + (2 if ctype != "hobbyist" and r.random() < 0.5 else 0)
        pay_m = self.pick(["alipay", "wechat_pay", "card"], [0.55, 0.38, 0.07])
        okw = dict(category=cat, 品类=CAT_ZH[cat], item=name, rental_days=days, channel=ch, device=dev,
                   payment_method=pay_m, **whc)
        if res == "fail":
            if r.random() < 0.12:
                self.fb(c, t + D(hours=float(r.uniform(0.2, 48))), "credit_rejected", "app_review")
            return False, t0
        p_pay = 0.9 if res == "pass" else (0.55 if ctype == "hobbyist" else 0.75)
        if r.random() > p_pay:
            self.order(c, t + D(minutes=2), "rental", rate * days, "cancelled", deposit_waived=res == "pass",
                       **okw)
            if res == "deposit_required" and r.random() < 0.1:
                self.fb(c, t + D(hours=float(r.uniform(0.2, 48))), "credit_rejected", "app_review")
            elif r.random() < 0.04:
                self.fb(c, t + D(hours=float(r.uniform(0.2, 48))), "price_high", "app_review")
            return False, t0
        t = t + D(minutes=float(r.uniform(2, 30))) + (D(hours=float(r.exponential(8))) if res != "pass" else D())
        if t > END:
            return False, t0
        self.ev(c, t, "tp_order_paid", "success", ch, dev, session_id=sess, **common, **whc)
        rental = self.order(c, t, "rental", rate * days, "paid", deposit_waived=res == "pass", **okw)
        oid = rental["order_id"]
        for e in self.events[-1:]:
            e["order_id"] = oid
        dep = None
        if res == "deposit_required":
            dep = self.order(c, t, "deposit", deposit, "paid", category=cat, 品类=CAT_ZH[cat], item=name,
                             channel=ch, device=dev, payment_method=pay_m, related_order_id=oid, **whc)
        c["_rentals"] += 1
        if r.random() < 0.03:    # cancelled before dispatch, fee refunded
            tr = t + D(hours=float(r.uniform(1, 20)))
            if tr <= END:
                rental["status"], rental["refunded_at"] = "refunded", fmt(tr)
                if dep:
                    dep["status"], dep["refunded_at"], dep["refund_amount"] = "refunded", fmt(tr), f"{deposit:.2f}"
            return True, t + D(days=1)
        okx = dict(order_id=oid, **common, **whc)
        # ship
        ship_h = {"tianjin": 14, "suzhou": 10, "chengdu": 16}[wh]
        ts = self.work_time(t + D(hours=self.logn(ship_h, 0.5)))
        courier = "SF" if wh != "suzhou" or ts < ZTO_FROM else "ZTO"
        if wh == "tianjin" and r.random() < 0.3:
            courier = "JD"
        if not self.ev(c, ts, "tp_shipped", "dispatch", "other", "", courier=courier, **okx):
            return True, END
        transit = {"SF": 1.3, "JD": 1.5, "ZTO": 3.4}[courier] * (1.25 if c["city_tier"] == "tier3" else 1.0)
        tr = ts + D(days=self.logn(transit, 0.3))
        tr = datetime(tr.year, tr.month, tr.day) + D(hours=float(r.uniform(9, 21)))
        if tr <= ts:
            tr = ts + D(hours=float(r.uniform(6, 20)))
        if not self.ev(c, tr, "tp_received", "signed", "other", "", courier=courier, **okx):
            return True, END
        transit_days = (tr - t).total_seconds() / 86400
        # quality on arrival
        dirty_p = {"tent": 0.16}.get(cat, 0.04)
        got_dirty = r.random() < dirty_p
        if got_dirty:
            c["_bad"] = 1
        if r.random() < 0.22 or got_dirty and r.random() < 0.55 or transit_days > 3.5 and r.random() < 0.3:
            tf = tr + D(hours=float(r.uniform(2, 60)))
            if got_dirty:
                topic = "gear_dirty_faulty"
            elif transit_days > 3.5 and r.random() < 0.75:
                topic = "shipping_slow"
            else:
                topic = self.pick(["great_condition", "neutral", "price_high"], [0.78, 0.17, 0.05])
            chn = "ticket" if topic == "gear_dirty_faulty" and r.random() < 0.3 else "post_receipt_survey"
            self.fb(c, tf, topic, chn, tp="tp_shipped" if topic == "shipping_slow" else "tp_received",
                    rating=None, order_id=oid, item=name, cat=cat, wh=wh, courier=courier)
        if got_dirty and r.random() < 0.4 or transit_days > 3.5 and r.random() < 0.15:
            self.support(c, tr + D(hours=float(r.uniform(0.5, 12))), "shipping_status" if not got_dirty
                         else "rental_question", dev, oid, name, cat, wh)
        # extension
        p_ext = {"hobbyist": 0.11, "pro": 0.32, "studio": 0.19}[ctype] * ext_mult
        if name == "DJI Avata 2":     # new FPV drone: renters extend right after trying it
            p_ext = 0.95
        ext = 0
        if r.random() < p_ext:
            ext = int(r.integers(1, 6))
            te = self.day_time(tr + D(days=1 if name == "DJI Avata 2" else max(0.5, days - 1)), 9, 23)
            if self.ev(c, te, "tp_extend", "submit", ch, dev, extend_days=ext, **okx):
                self.order(c, te, "extension", rate * ext * 1.1, "paid", category=cat, 品类=CAT_ZH[cat],
                           item=name, rental_days=ext, channel=ch, device=dev, payment_method=pay_m,
                           related_order_id=oid, **whc)
        # return
        back_transit = self.logn(1.4, 0.3)
        tb = tr + D(days=days + ext + back_transit)
        tb = self.work_time(datetime(tb.year, tb.month, tb.day) + D(hours=float(r.uniform(8, 20))))
        if not self.ev(c, tb, "tp_returned", "received", "other", "", **okx):
            return True, END
        if r.random() < 0.03:
            self.fb(c, tb + D(hours=float(r.uniform(2, 48))), "smooth_return", "post_return_survey",
                    order_id=oid, item=name, cat=cat, wh=wh)
        ti = self.work_time(tb + D(hours=self.logn(6, 0.6)))
        damaged = r.random() < DAMAGE_P[cat]
        res_i = "damage_found" if damaged else ("cleaning_needed" if cat == "tent" and r.random() < 0.2 else "ok")
        if not self.ev(c, ti, "tp_inspection", "inspected", "other", "", inspection_result=res_i, **okx):
            return True, END
        t_last = ti
        charge = 0.0
        if damaged:
            lo, hi = DAMAGE_AMT[cat]
            charge = float(round(r.uniform(lo, hi) / 10) * 10)
            td = self.work_time(ti + D(hours=self.logn(20, 0.5)))
            if self.ev(c, td, "tp_damage_charge", "charged", "app", "", damage_amount=charge, **okx):
                self.order(c, td, "damage_charge", charge, "paid", category=cat, 品类=CAT_ZH[cat], item=name,
                           related_order_id=oid, payment_method="deposit_deduction" if dep else pay_m, **whc)
                t_last = td
                if r.random() < 0.45:
                    self.fb(c, td + D(hours=float(r.uniform(1, 72))), "damage_dispute",
                            "ticket" if r.random() < 0.5 else "post_return_survey", order_id=oid, item=name,
                            cat=cat, wh=wh)
                    c["_bad"] = 1
                if r.random() < 0.5:
                    self.support(c, td + D(hours=float(r.uniform(1, 30))), "damage_dispute", c["_os"], oid, name,
                                 cat, wh)
        if dep:
            slow = wh == "chengdu" and ti >= CHENGDU_SLOW
            delay = self.logn(8.5, 0.35) if slow else self.logn(1.3, 0.45)
            tf = self.work_time(t_last + D(days=delay))
            refund = max(0.0, deposit - charge)
            if tf <= END:
                self.ev(c, tf, "tp_deposit_refund", "refunded", "app", "", refund_amount=refund, **okx)
                dep["status"], dep["refunded_at"], dep["refund_amount"] = "refunded", fmt(tf), f"{refund:.2f}"
            wait = (min(tf, END) - tb).total_seconds() / 86400
            if wait > 6:
                c["_bad"] = 1
                if r.random() < 0.55:
                    self.support(c, tb + D(days=float(r.uniform(4, min(wait, 9)))), "deposit_refund", c["_os"],
                                 oid, name, cat, wh)
                if r.random() < 0.6:
                    self.fb(c, min(tf, END) - D(hours=float(r.uniform(1, 30))), "deposit_refund_slow",
                            self.pick(["post_return_survey", "ticket", "app_review"], [0.5, 0.3, 0.2]),
                            order_id=oid, item=name, cat=cat, wh=wh)
                    return True, tf
            t_last = tf
        # post-return survey
        if r.random() < 0.16:
            topic = self.pick(["smooth_return", "great_condition", "neutral", "price_high"], [0.45, 0.2, 0.27, 0.08])
            self.fb(c, t_last + D(hours=float(r.uniform(1, 48))), topic, "post_return_survey",
                    tp="tp_returned" if topic in ("smooth_return", "neutral") else None,
                    order_id=oid, item=name, cat=cat, wh=wh)
        if r.random() < 0.03:
            self.support(c, t_last + D(hours=float(r.uniform(1, 200))), self.pick(CALL_REASONS, [1] * 6), c["_os"],
                         oid, name, cat, wh)
        return True, t_last

    def support(self, c, t, reason, dev, oid, item, cat, wh):
        if t > END:
            return
        chn = "phone" if self.r.random() < 0.4 else "app"
        self.ev(c, t, "tp_support", "contact", chn, dev if chn == "app" else "", call_reason=reason, order_id=oid,
                item=item, category=cat, 品类=CAT_ZH[cat], warehouse=WAREHOUSES[wh][0], 仓库=WAREHOUSES[wh][1])
        if self.r.random() < 0.28:
            self.fb(c, t + D(hours=float(self.r.uniform(0.5, 6))), "support_helpful", "call_note",
                    order_id=oid, item=item, cat=cat, wh=wh, no_ts=self.r.random() < 0.2)

    def extra_feedback(self):
        """social posts (小红书 notes, a third without date) and app-store reviews not tied to a customer."""
        r = self.r
        topics = ["great_condition", "shipping_slow", "gear_dirty_faulty", "deposit_refund_slow", "price_high",
                  "neutral", "support_helpful"]
        for _ in range(70):
            topic = self.pick(topics, [0.3, 0.12, 0.14, 0.12, 0.12, 0.1, 0.1])
            t = START + D(days=float(r.uniform(0, 545)), hours=float(r.uniform(8, 23)))
            self.fb(None, t, topic, "social", no_ts=r.random() < 0.35, rating=None)
        for _ in range(40):
            topic = self.pick(topics, [0.3, 0.1, 0.1, 0.1, 0.2, 0.2, 0.0])
            t = START + D(days=float(r.uniform(0, 545)), hours=float(r.uniform(8, 23)))
            self.fb(None, t, topic, "app_review", no_ts=r.random() < 0.2)
        for _ in range(14):     # store reviews from people who gave up at the crashing face check (no account id)
            t = ANDROID_BUG[0] + D(days=float(r.uniform(0, 50)), hours=float(r.uniform(8, 23)))
            self.fb(None, t, "id_verify_crash", "app_review", lang="zh" if r.random() < 0.85 else "en")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen(np.random.default_rng(SEED))
    for i in range(1, N + 1):
        c = g.customer(i)
        g.run(c)
    g.extra_feedback()
    # a few exact duplicate event rows (re-sent by the app's event queue): same event_id, same content
    dup_idx = g.r.choice(len(g.events), 30, replace=False)
    g.events.extend(dict(g.events[int(i)]) for i in dup_idx)
    g.events.sort(key=lambda e: (e["ts"], e["event_id"]))
    g.feedback.sort(key=lambda f: f["feedback_id"])
    write(out, g)


def write(out: Path, g: Gen) -> None:
    def dump(name, rows, cols):
        with open(out / name, "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for row in rows:
                w.writerow({k: row.get(k, "") for k in cols})

    dump("touchpoints.csv", [dict(zip(["touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind", "owner",
                                       "aliases"], tp)) | {"name": tp[1]} for tp in TOUCHPOINTS],
         ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=win))
    dump("journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                              "touchpoint_id", "window_days"])
    dump("customers.csv", g.customers,
         ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "customer_type", "客户类型",
          "city", "城市", "city_tier", "城市等级", "credit_band", "获客渠道", "home_warehouse", "language", "age_band"])
    dump("events.csv", g.events,
         ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "order_id",
          "category", "品类", "item", "warehouse", "仓库", "credit_result", "courier", "extend_days",
          "inspection_result", "damage_amount", "refund_amount", "call_reason"])
    dump("orders.csv", g.orders,
         ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "category", "品类",
          "item", "warehouse", "仓库", "rental_days", "deposit_waived", "payment_method", "related_order_id",
          "refunded_at", "refund_amount"])
    dump("feedback.csv", g.feedback,
         ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "order_id", "item",
          "category", "品类", "warehouse", "仓库"])
    dump("_truth/feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment", "language"])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
