"""鲜运通 FreshLink: B2B cold-chain logistics (chilled / frozen trucking) for restaurants, supermarkets and bakeries
in Shanghai, Beijing, Guangzhou and Wuhan, 2025-01-01 .. 2026-08-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment; not a DATA.md table, read by
gold.py only). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260831
N_LEGACY = 380
LEGACY_FROM = datetime(2024, 1, 2)
START = datetime(2025, 1, 1)
END = datetime(2026, 8, 31, 23, 59, 59)
D = timedelta
H = lambda x: timedelta(hours=float(x))  # noqa: E731

CITIES = ["Shanghai", "Beijing", "Guangzhou", "Wuhan"]
CITY_W = [0.32, 0.27, 0.23, 0.18]
CITY_ZH = {"Shanghai": "上海", "Beijing": "北京", "Guangzhou": "广州", "Wuhan": "武汉"}
REGION = {"Shanghai": "华东", "Beijing": "华北", "Guangzhou": "华南", "Wuhan": "华中"}
CITY_PRICE = {"Shanghai": 1.10, "Beijing": 1.05, "Guangzhou": 1.0, "Wuhan": 0.9}
EN_SHARE = {"Shanghai": 0.14, "Beijing": 0.10, "Guangzhou": 0.08, "Wuhan": 0.02}

BIZ = ["restaurant", "supermarket", "bakery"]
BIZ_W = [0.55, 0.25, 0.20]
BIZ_ZH = {"restaurant": "餐厅", "supermarket": "超市", "bakery": "烘焙店"}
SOURCES = ["sales_rep", "referral", "trade_show", "web"]
SOURCE_W = [0.30, 0.14, 0.10, 0.46]
SOURCE_ZH = {"sales_rep": "销售拜访", "referral": "客户推荐", "trade_show": "展会", "web": "官网注册"}
FIRST_P = {"sales_rep": 0.86, "referral": 0.91, "trade_show": 0.60, "web": 0.35}   # first booking within 30 days
TIER_ZH = {"key_account": "大客户", "standard": "标准客户", "basic": "小微客户"}
TIER_P = {"restaurant": [0.06, 0.52, 0.42], "supermarket": [0.38, 0.50, 0.12], "bakery": [0.04, 0.46, 0.50]}
RATE = {"restaurant": 1.0, "supermarket": 1.9, "bakery": 1.2}          # shipments per 30 days
TIER_RATE = {"key_account": 1.6, "standard": 1.0, "basic": 0.7}
FROZEN_P = {"restaurant": 0.38, "supermarket": 0.45, "bakery": 0.18}
RENEW_P = {"key_account": 0.95, "standard": 0.84, "basic": 0.64}
PAY_DAYS = {"restaurant": 11.0, "supermarket": 33.0, "bakery": 14.0}
CREDIT = {"key_account": 45, "standard": 30, "basic": 15}

REPS = {"Shanghai": [("S01", "陈静"), ("S02", "王磊"), ("S03", "周敏")],
        "Beijing": [("S04", "刘洋"), ("S05", "赵雪"), ("S06", "孙浩")],
        "Guangzhou": [("S07", "黄伟"), ("S08", "林小燕"), ("S09", "吴俊")],
        "Wuhan": [("S10", "胡斌"), ("S11", "郭婷"), ("S12", "何勇")]}
STAR_REP = "S03"       # best renewal rate
NEW_REP = ("S13", "杨帆", "Wuhan", datetime(2026, 5, 1))   # joined May 2026, handful of customers

# drivers by city and carrier
CARRIERS = ["自有车队", "冷捷物流", "速冷达"]
CARRIER_EN = {"自有车队": "own_fleet", "冷捷物流": "lengjie", "速冷达": "sulengda"}
CARRIER_W = [0.72, 0.18, 0.10]
DRIVER_NAMES = ["王师傅", "李师傅", "张师傅", "刘师傅", "陈师傅", "杨师傅", "黄师傅", "赵师傅", "周师傅", "吴师傅",
                "徐师傅", "孙师傅", "马师傅", "朱师傅", "胡师傅", "郭师傅", "何师傅", "高师傅", "林师傅", "罗师傅",
                "郑师傅", "梁师傅", "谢师傅", "宋师傅", "唐师傅", "许师傅", "韩师傅", "冯师傅", "邓师傅", "曹师傅",
                "彭师傅", "曾师傅", "肖师傅", "田师傅", "董师傅", "袁师傅", "潘师傅", "于师傅", "蒋师傅", "蔡师傅",
                "余师傅", "杜师傅", "叶师傅", "程师傅", "苏师傅", "魏师傅"]
DRIVERS: dict[tuple[str, str], list[str]] = {}
_n = {"自有车队": 0, "冷捷物流": 0, "速冷达": 0}
_pref = {"自有车队": "D", "冷捷物流": "LJ", "速冷达": "SL"}
_cnt = {"自有车队": 8, "冷捷物流": 3, "速冷达": 2}
for _city in CITIES:
    for _car in CARRIERS:
        ids = []
        for _ in range(_cnt[_car]):
            _n[_car] += 1
            ids.append(f"{_pref[_car]}{_n[_car]:02d}")
        DRIVERS[(_city, _car)] = ids
ALL_DRIVERS = [d for v in DRIVERS.values() for d in v]
DRIVER_NAME = {d: DRIVER_NAMES[i % len(DRIVER_NAMES)] for i, d in enumerate(ALL_DRIVERS)}
RUDE_DRIVER = "D12"        # Beijing own fleet
STAR_DRIVER = "D21"        # Guangzhou own fleet
NEW_DRIVER = "D33"         # Guangzhou, from 2026-08-10
NEW_DRIVER_FROM = datetime(2026, 8, 10)
DRIVER_NAME[NEW_DRIVER] = "蒋小军"
PLATE = {"Shanghai": "沪A", "Beijing": "京A", "Guangzhou": "粤A", "Wuhan": "鄂A"}
DRIVER_NAME[RUDE_DRIVER] = "郑师傅"
DRIVER_NAME[STAR_DRIVER] = "梁师傅"

WEIGHT_BANDS = [(50, "0-50kg", 120.0), (200, "50-200kg", 260.0), (500, "200-500kg", 520.0), (1e9, "500kg+", 980.0)]
FUEL_FROM = datetime(2025, 10, 1)
FUEL_RATE = 0.08
EARLY_FEE = 50.0

BJ_CRUNCH = (datetime(2026, 1, 1), datetime(2026, 3, 31, 23, 59, 59))
WH_HEAT = (datetime(2025, 7, 1), datetime(2025, 8, 31, 23, 59, 59))
APP_BUG = (datetime(2026, 3, 1), datetime(2026, 4, 30, 23, 59, 59))
CLAIM_BACKLOG = (datetime(2026, 4, 1), datetime(2026, 6, 30, 23, 59, 59))
DISPUTE_INV = (datetime(2025, 11, 1), datetime(2026, 1, 1, 23, 59, 59))   # invoices with the new fuel surcharge
EXPO = (datetime(2025, 3, 4), datetime(2025, 3, 6, 23, 59, 59))   # show days, week of 3 March
EXPO_NAME = "2025上海国际冷链展"
CNY = [datetime(2025, 1, 29), datetime(2026, 2, 17)]

TOUCHPOINTS = [
    ("tp_signup", "开户签约", "Account sign-up", "consideration", "other", "digital", "sales",
     "开户|签约|注册|新客户开户|签合同|sign-up|signup|onboarding|new account|account opening"),
    ("tp_booking", "下单订车", "Shipment booking", "purchase", "app", "digital", "customer_service",
     "下单|订车|叫车|预约运输|运单|booking|book a truck|shipment order|order placed"),
    ("tp_cancel", "取消订单", "Booking cancelled", "purchase", "other", "digital", "dispatch",
     "取消|取消订单|撤单|cancel|cancellation|cancelled booking"),
    ("tp_pickup_sched", "安排提货", "Pickup scheduled", "service", "other", "digital", "dispatch",
     "派车|调度|排车|安排提货|pickup scheduled|dispatch|truck assigned|scheduling"),
    ("tp_pickup", "司机提货", "Picked up", "service", "other", "physical", "fleet",
     "提货|装车|揽收|pickup|picked up|loading|collection"),
    ("tp_temp_alert", "在途温度告警", "In-transit temperature alert", "service", "other", "physical", "fleet",
     "温度告警|温控报警|超温|断链|temperature alert|temp alarm|temperature excursion|reefer alarm"),
    ("tp_delivery", "送达", "Delivered", "service", "other", "physical", "fleet",
     "送达|配送|到货|妥投|delivery|delivered|drop-off at store"),
    ("tp_pod", "签收回单", "Proof of delivery signed", "service", "app", "digital", "fleet",
     "签收|回单|电子回单|POD|proof of delivery|signed receipt|e-POD"),
    ("tp_claim_filed", "货损理赔申请", "Damage claim filed", "service", "other", "digital", "claims",
     "理赔|报损|货损|索赔|claim|damage claim|claim filed|cargo claim"),
    ("tp_claim_review", "理赔审核", "Claim review", "service", "other", "digital", "claims",
     "理赔审核|定损|审核|claim review|claim assessment|approved or rejected"),
    ("tp_claim_settled", "理赔结案", "Claim settled", "service", "other", "digital", "claims",
     "结案|赔付|理赔到账|claim settled|claim paid|payout|settlement"),
    ("tp_invoice", "月结账单", "Monthly invoice issued", "service", "email", "digital", "finance",
     "账单|月结|对账单|出账|invoice|monthly bill|statement|billing"),
    ("tp_payment", "账单付款", "Invoice paid", "service", "other", "digital", "finance",
     "付款|回款|结款|打款|payment|invoice paid|paid the bill|collections"),
    ("tp_renewal_notice", "续约提醒", "Contract renewal reminder", "loyalty", "email", "digital", "sales",
     "续约提醒|合同到期提醒|到期提醒|renewal reminder|contract expiry notice|renewal notice"),
    ("tp_renewal", "合同续签", "Contract renewed", "loyalty", "other", "digital", "sales",
     "续约|续签|续合同|renewal|contract renewal|renewed|re-sign"),
]
JOURNEYS = [
    ("onboarding", "开户到首单送达", "Sign-up to first delivery", 30,
     ["tp_signup", "tp_booking", "tp_pickup", "tp_delivery"]),
    ("shipment", "运单履约", "Shipment fulfilment", 7,
     ["tp_booking", "tp_pickup_sched", "tp_pickup", "tp_delivery", "tp_pod"]),
    ("claim", "货损理赔", "Damage claim", 30, ["tp_claim_filed", "tp_claim_review", "tp_claim_settled"]),
    ("renewal", "合同续签", "Contract renewal", 30, ["tp_renewal_notice", "tp_renewal"]),
]

# ---------------------------------------------------------------- feedback text
# marker words per topic (gold.py counts by them; no template of another topic contains them):
# late_delivery 迟到/晚到/late; temp_breach 温度/化冻/temperature/thawed; rude_driver 态度/rude;
# reliable_praise 靠谱/reliable; billing_dispute 账单/invoice; claim_complaint 理赔/claim; app_crash 闪退/crash;
# pod_issue 回单/POD; price_high 太贵/涨价/expensive.
T_ZH = {
    "late_delivery": ["说好早上六点前到，结果九点才送到，迟到太严重了", "又晚到了两个多小时，中午备菜全被耽误",
                      "司机迟到也不提前说一声，门店等了一上午", "这周第三次迟到了，厨房开不了工", "货晚到一个半小时，冷库的人都下班了",
                      "配送总是迟到，打客服电话也只说在路上", "早市的货晚到，损失了一上午的生意"],
    "temp_breach": ["冻品到店已经化冻了，整箱虾仁都软了", "冷藏车温度明显不够，奶油全塌了", "到货的时候肉都化冻了，只能拒收一部分",
                    "温度记录显示中途超温，货品质量没法保证", "冰淇淋到的时候都化冻变形了", "车厢温度太高，蔬菜到店就蔫了"],
    "rude_driver": ["司机态度很差，卸货的时候还骂骂咧咧", "送货司机态度恶劣，让我们自己搬货", "司机态度太差了，说两句就甩脸色",
                    "这个司机态度有问题，催一下就发脾气"],
    "reliable_praise": ["合作一年了，一直很靠谱，从没出过岔子", "每次都按时到，很靠谱", "鲜运通很靠谱，冻品到店都是硬的",
                        "司机准点，货品完好，靠谱", "比之前用的物流靠谱多了"],
    "general_pos": ["服务不错，会继续合作", "司机师傅很专业，包装完好", "整体满意，下单也方便", "客服响应快，问题当天解决",
                    "货物完好，交接清楚"],
    "neutral": ["能不能增加周日的提货时段", "想问一下有没有更大的冷冻车型", "请帮忙把发票抬头改一下", "希望下单后能看到车辆实时位置",
                "一般吧，和别家差不多"],
    "billing_dispute": ["这个月账单多收了燃油附加费，之前没通知", "账单和我们的签收记录对不上，多了好几单",
                        "账单金额不对，请财务重新核对", "燃油附加费是怎么算的？账单比上月贵了一截", "对账对了三次账单还是不对"],
    "claim_complaint": ["理赔拖了快一个月还没结案", "货损理赔一直在审核，没人回复", "理赔被拒了，理由说不清楚",
                        "报了理赔两个星期，进度一点没动", "理赔金额只赔了一半，不合理"],
    "app_crash": ["安卓App下单一提交就闪退", "更新之后App闪退，只能打电话下单", "App闪退好几次，订车订不了",
                  "新版本一直闪退，麻烦尽快修复"],
    "pod_issue": ["电子回单一直没上传，财务没法对账", "回单丢了，签收记录查不到", "司机没拍回单，说是系统问题"],
    "price_high": ["运费太贵了，比同行高", "今年又涨价了，小店扛不住", "报价太贵，考虑换一家"],
}
T_EN = {
    "late_delivery": ["Delivery was two hours late again, our kitchen prep was ruined.", "Truck came late, nobody warned us.",
                      "Third late delivery this week.", "Goods arrived late and the morning service suffered."],
    "temp_breach": ["Frozen shrimp arrived thawed.", "The temperature in the truck was clearly too high, cream collapsed.",
                    "Ice cream arrived thawed and deformed.", "Temperature log shows the cargo was too warm."],
    "rude_driver": ["The driver was rude and refused to help unload.", "Very rude driver, shouted at my staff."],
    "reliable_praise": ["Reliable as always, cargo arrived cold and on schedule.", "Very reliable partner for our stores.",
                        "Best cold chain provider we've used, reliable."],
    "general_pos": ["Good service, will keep working with you.", "Professional driver, packaging intact.",
                    "Customer service solved it the same day."],
    "neutral": ["Could you add Sunday pickups?", "Do you have a bigger freezer truck?", "Please update our company name on the receipts."],
    "billing_dispute": ["Our invoice includes a fuel surcharge we never agreed to.", "The invoice doesn't match our delivery records.",
                        "Invoice amount is wrong, please check again."],
    "claim_complaint": ["Our damage claim has been open for a month.", "Claim rejected with no clear reason.",
                        "Still waiting on the claim payout."],
    "app_crash": ["The Android app crashes when I submit a booking.", "App crash after the update, had to call instead."],
    "pod_issue": ["The POD was never uploaded.", "Missing POD again, finance can't reconcile."],
    "price_high": ["Rates are too expensive compared to others.", "Too expensive after the new surcharge."],
}
SENT = {"late_delivery": "neg", "temp_breach": "neg", "rude_driver": "neg", "billing_dispute": "neg",
        "claim_complaint": "neg", "app_crash": "neg", "pod_issue": "neg", "price_high": "neg",
        "reliable_praise": "pos", "general_pos": "pos", "neutral": "neu"}
RATING = {"late_delivery": ([1, 2, 3], [0.2, 0.45, 0.35]), "temp_breach": ([1, 2, 3], [0.45, 0.4, 0.15]),
          "rude_driver": ([1, 2, 3], [0.5, 0.4, 0.1]), "billing_dispute": ([1, 2, 3], [0.3, 0.4, 0.3]),
          "claim_complaint": ([1, 2, 3], [0.4, 0.4, 0.2]), "app_crash": ([1, 2], [0.55, 0.45]),
          "pod_issue": ([2, 3], [0.4, 0.6]), "price_high": ([2, 3, 4], [0.3, 0.6, 0.1]),
          "reliable_praise": ([4, 5], [0.2, 0.8]), "general_pos": ([4, 5], [0.55, 0.45]), "neutral": ([3, 4], [0.6, 0.4])}

ZH_CO = {"restaurant": (["老王", "蜀香", "粤海", "湘味", "渔港", "和风", "鼎盛", "江南", "金沙", "红馆", "小满", "福满楼"],
                        ["川菜馆", "火锅", "酒家", "海鲜餐厅", "料理", "烧烤", "面馆", "私房菜", "茶餐厅"]),
         "supermarket": (["鲜丰", "佳惠", "百佳", "家乐", "联华", "盒鲜", "一鲜", "优果"], ["生鲜超市", "便利店", "超市", "鲜食店"]),
         "bakery": (["麦香", "85度", "甜心", "米兰", "可颂", "面包", "焙乐", "糖果"], ["烘焙", "蛋糕店", "西点", "面包坊"])}
EN_CO = {"restaurant": (["Blue Harbor", "Olive", "Saffron", "Bistro 21", "The Grill", "Nomad", "Sakura"], ["Kitchen", "Bistro", "Grill", "Dining"]),
         "supermarket": (["Fresh", "Green", "City"], ["Mart", "Market", "Grocer"]),
         "bakery": (["Butter", "Crumb", "Golden"], ["Bakery", "Patisserie"])}


class Gen:
    def __init__(self) -> None:
        self.rng = np.random.default_rng(SEED)
        self.customers: list[dict] = []
        self.events: list[dict] = []
        self.orders: list[dict] = []
        self.feedback: list[dict] = []
        self.truth: list[dict] = []
        self.n = dict(ev=0, ord=0, fb=0, ship=0, claim=0, sess=0, renew_fb=0)
        self.cust_month: dict[tuple[str, str], list] = {}    # (customer, yyyy-mm) -> [amounts]
        self.driver_deliveries: dict[str, int] = {}

    # ---- helpers
    def u(self, a=0.0, b=1.0) -> float:
        return float(self.rng.uniform(a, b))

    def p(self, x: float) -> bool:
        return bool(self.rng.random() < x)

    def pick(self, items, w=None):
        return items[int(self.rng.choice(len(items), p=None if w is None else np.asarray(w, float) / np.sum(w)))]

    def lognorm(self, median: float, sigma: float) -> float:
        return float(median * np.exp(self.rng.normal(0, sigma)))

    def nid(self, k: str) -> int:
        self.n[k] += 1
        return self.n[k]

    def ev(self, c: dict, ts: datetime, tp: str, action: str, **kw) -> bool:
        if ts > END:
            return False
        row = dict(event_id=f"E{self.nid('ev'):07d}", customer_id=c["customer_id"], ts=ts, touchpoint_id=tp,
                   action=action, city=c["city"], city_zh=c["city_zh"])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c: dict, ts: datetime, amount: float, **kw) -> dict | None:
        if ts > END:
            return None
        row = dict(order_id=f"O{self.nid('ord'):06d}", customer_id=c["customer_id"], ts=ts, amount=round(amount, 2),
                   status="paid", city=c["city"], city_zh=c["city_zh"], business_type=c["business_type"],
                   currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, topic: str, ts: datetime | None, tp: str, channel: str, c: dict | None, rated: bool,
           nps: bool = False, rating: int | None = None, **kw) -> None:
        if ts is not None and ts > END:
            return
        lang = c["language"] if c else "zh"
        text = self.pick(T_EN[topic] if lang == "en" else T_ZH[topic])
        fid = f"FB{self.nid('fb'):05d}"
        row = dict(feedback_id=fid, text=text, ts=ts, customer_id=c["customer_id"] if c else None, touchpoint_id=tp,
                   channel=channel, language=lang, city=c["city"] if c else None,
                   business_type=c["business_type"] if c else None)
        if rated:
            if rating is None:
                vals, w = RATING[topic]
                rating = int(self.pick(vals, w))
            row["rating"] = rating
            if nps:
                base = {1: 2, 2: 4, 3: 6, 4: 8, 5: 9}[rating]
                row["nps"] = int(min(10, max(0, base + self.pick([-1, 0, 0, 1]))))
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))

    @staticmethod
    def season(t: datetime, biz: str) -> float:
        f = 1.0
        for cny in CNY:
            d = (cny - t).days
            if 0 < d <= 7:
                f *= 1.8            # last stocking week before Spring Festival
            elif 7 < d <= 21:
                f *= 1.3
            elif -7 <= d <= 0:
                f *= 0.45
        if t.month in (7, 8):
            f *= 1.15
        if biz == "bakery" and datetime(2025, 9, 1) <= t < datetime(2025, 10, 6):
            f *= 1.8            # mooncakes
        if t.month == 12 and t.day >= 10:
            f *= {"bakery": 1.7, "restaurant": 1.2}.get(biz, 1.0)    # Christmas cakes, year-end banquets
        return f

    # ---- customers
    def new_customer(self, t: datetime, source: str | None = None, city: str | None = None) -> dict:
        i = len(self.customers) + 1
        city = city or self.pick(CITIES, CITY_W)
        biz = self.pick(BIZ, BIZ_W)
        source = source or self.pick(SOURCES, SOURCE_W)
        tier = self.pick(["key_account", "standard", "basic"], TIER_P[biz])
        if source == "web" and tier == "key_account":
            tier = "standard"
        lang = "en" if self.p(EN_SHARE[city] * (1.3 if biz == "restaurant" else 0.6)) else "zh"
        reps = REPS[city]
        rep = self.pick(reps)
        if city == NEW_REP[2] and t >= NEW_REP[3] and self.p(0.15):
            rep = (NEW_REP[0], NEW_REP[1])
        if lang == "en":
            a, b = EN_CO[biz]
            name = f"{self.pick(a)} {self.pick(b)}"
        else:
            a, b = ZH_CO[biz]
            name = f"{self.pick(a)}{self.pick(b)}"
        c = dict(customer_id=f"C{i:05d}", signup_at=t, segment=None, region=REGION[city], acquisition_channel=source,
                 tier=tier, company_name=name, business_type=biz, business_type_zh=BIZ_ZH[biz], city=city,
                 city_zh=CITY_ZH[city], source_zh=SOURCE_ZH[source], tier_zh=TIER_ZH[tier], sales_rep_id=rep[0],
                 sales_rep_name=rep[1], credit_terms_days=CREDIT[tier], language=lang,
                 outlets=int(1 + self.rng.poisson({"restaurant": 0.6, "supermarket": 3.0, "bakery": 1.0}[biz]
                                                  * (2.5 if tier == "key_account" else 1))),
                 contract_end=None, _shipped=False, _last_ship=None, _claims_rejected=0, _alerts=0, _renewed=False, _n_ship=0)
        # preferred booking channel / device
        ch = self.pick(["app", "mini_program", "web", "phone"], [0.45, 0.25, 0.18, 0.12])
        dev = {"app": self.pick(["ios", "android"]), "mini_program": self.pick(["ios", "android"]),
               "web": "pc", "phone": None}[ch]
        c["_ch"], c["_dev"] = ch, dev
        self.customers.append(c)
        return c

    def run(self) -> None:
        # accounts signed in 2024, before this extract's history: their sign-up is kept, shipments start 2025
        for _ in range(N_LEGACY):
            t = LEGACY_FROM + D(days=self.u(0, 364)) + H(self.u(8.5, 19))
            c = self.new_customer(t, self.pick(SOURCES, [0.5, 0.22, 0.14, 0.14]))
            self.lifecycle(c, legacy=True)
        day = START
        while day <= END:
            frac = (day - START).days / (END - START).days
            lam = (3.9 + 1.9 * frac) * (1.0 if day.weekday() < 5 else 0.3)
            for _ in range(int(self.rng.poisson(lam))):
                t = day + H(self.u(8.5, 19))
                self.lifecycle(self.new_customer(t))
            if EXPO[0] <= day <= EXPO[1]:
                for _ in range(int(self.rng.poisson(36))):
                    t = day + H(self.u(9, 18))
                    city = self.pick(CITIES, [0.6, 0.15, 0.13, 0.12])
                    c = self.new_customer(t, "trade_show", city)
                    c["_expo"] = True
                    self.lifecycle(c)
            day += D(days=1)
        self.invoices()
        self.side_feedback()
        self.segments()

    # ---- one customer's life
    def lifecycle(self, c: dict, legacy: bool = False) -> None:
        t0 = c["signup_at"]
        kw = dict(channel={"sales_rep": "other", "referral": "other", "trade_show": "other", "web": "web"}[
            c["acquisition_channel"]], device="pc" if c["acquisition_channel"] == "web" else None,
                  sales_rep_id=c["sales_rep_id"], campaign=EXPO_NAME if c.get("_expo") else None)
        self.ev(c, t0, "tp_signup", "signed", **kw)
        if not legacy and self.p(0.12):
            topic = self.pick(["general_pos", "neutral", "price_high"], [0.62, 0.28, 0.10])
            self.fb(topic, t0 + D(days=self.u(1, 6)), "tp_signup", "survey", c, True, nps=self.p(0.5))
        if legacy:
            first = START + D(days=self.u(0, 20))
        elif self.p(FIRST_P[c["acquisition_channel"]]):
            first = t0 + D(days=min(29.5, float(self.rng.gamma(1.5, 4.5 if c["acquisition_channel"] != "web" else 6.5))))
        elif self.p(0.07):
            first = t0 + D(days=self.u(31, 80))
        else:
            return
        c["contract_end"] = t0 + D(days=365)
        quiet = t0 + D(days=float(self.rng.exponential(30 / 0.006)))   # goes quiet mid-contract
        rate = RATE[c["business_type"]] * TIER_RATE[c["tier"]] * float(self.rng.gamma(4, 0.25))
        t = self.ship_until(c, first, min(quiet, c["contract_end"]), rate)
        while self.renewal(c, quiet):
            t = self.ship_until(c, t, min(quiet, c["contract_end"]), rate)

    def ship_until(self, c: dict, t: datetime, stop: datetime, rate: float) -> datetime:
        while t <= END and t <= stop:
            t = self.shipment(c, t)
            while True:     # next booking: thinning of a Poisson process with seasonal intensity (max factor 2)
                t = t + D(days=float(self.rng.exponential(30 / (2 * rate))))
                if t > END or self.rng.random() < self.season(t, c["business_type"]) / 2:
                    break
        return t

    def renewal(self, c: dict, quiet: datetime) -> bool:
        if not c["_shipped"] or c["contract_end"] is None:
            return False
        notice = c["contract_end"] - D(days=30) + H(self.u(9, 11))
        if notice > END:
            return False
        self.ev(c, notice, "tp_renewal_notice", "sent", channel="email", sales_rep_id=c["sales_rep_id"])
        p = RENEW_P[c["tier"]]
        if c["_claims_rejected"] > 0:
            p -= 0.15 if c["tier"] == "key_account" else 0.4
        elif c["_alerts"] >= 2 and c["_alerts"] >= 0.1 * c["_n_ship"]:
            p -= 0.2
        if c["sales_rep_id"] == STAR_REP:
            p = max(p, 0.97)
        if quiet < c["contract_end"]:
            p = 0.5 if c["sales_rep_id"] == STAR_REP else 0.06     # S03 wins back accounts that went quiet
        c["_claims_rejected"] = c["_alerts"] = c["_n_ship"] = 0      # next contract year starts afresh
        if not self.p(p):
            return False
        when = notice + D(days=self.u(1, 29) if self.p(0.95) else self.u(32, 45))
        if when > END:
            return False
        self.ev(c, when, "tp_renewal", "renewed", channel="other", sales_rep_id=c["sales_rep_id"],
                contract_months=12)
        c["_renewed"] = True
        c["contract_end"] = c["contract_end"] + D(days=365)
        if self.n["renew_fb"] < 4 and self.p(0.05):
            self.n["renew_fb"] += 1
            self.fb(self.pick(["general_pos", "reliable_praise"]), when + D(days=2), "tp_renewal", "survey", c, True,
                    rating=5)
        return True

    # ---- one shipment; returns the time after which the next booking may come
    def shipment(self, c: dict, t: datetime) -> datetime:
        city, biz = c["city"], c["business_type"]
        hour = self.pick([7, 9, 10, 11, 14, 15, 16, 17, 20, 21], [4, 10, 12, 10, 12, 12, 10, 10, 6, 4])
        tb = datetime(t.year, t.month, t.day) + H(hour + self.u(0, 1))
        if tb > END:
            return tb
        ch, dev = (c["_ch"], c["_dev"]) if self.p(0.85) else (
            lambda ch: (ch, {"app": self.pick(["ios", "android"]), "mini_program": self.pick(["ios", "android"]),
                             "web": "pc", "phone": None}[ch]))(self.pick(["app", "mini_program", "web", "phone"]))
        appv = None
        if ch == "app":
            if dev == "android":
                appv = "5.1.3" if tb < APP_BUG[0] else ("5.2.0" if tb <= APP_BUG[1] else "5.2.1")
            else:
                appv = "5.1.2" if tb < APP_BUG[0] else "5.2.0"
        fail_p = 0.33 if (ch == "app" and dev == "android" and APP_BUG[0] <= tb <= APP_BUG[1]) else 0.015
        sess = f"SS{self.nid('sess'):06d}"
        if self.p(fail_p):
            self.ev(c, tb, "tp_booking", "fail", channel=ch, device=dev, app_version=appv, session_id=sess)
            if appv == "5.2.0" and dev == "android" and self.p(0.22):
                self.fb("app_crash", tb + H(self.u(0.2, 30)), "tp_booking", "app_review", c, True, device="android",
                        app_version=appv)
            tb = tb + D(minutes=self.u(10, 90))
            ch, dev, appv = "phone", None, None
            sess = f"SS{self.nid('sess'):06d}"
        elif ch == "app" and self.p(0.015):
            self.fb(self.pick(["general_pos", "neutral", "app_crash"], [0.66, 0.30, 0.04]), tb + H(self.u(0.5, 48)),
                    "tp_booking", "app_review", c, True, device=dev, app_version=appv)
        ship = f"FL{self.nid('ship'):07d}"
        c["_shipped"] = True
        c["_last_ship"] = tb
        c["_n_ship"] += 1
        frozen = self.p(FROZEN_P[biz])
        mode, mode_zh = ("frozen", "冷冻") if frozen else ("chilled", "冷藏")
        kg = round(self.lognorm({"restaurant": 70, "supermarket": 260, "bakery": 45}[biz]
                                * (1.5 if c["tier"] == "key_account" else 1), 0.7), 1)
        band, base = next((b, f) for lim, b, f in WEIGHT_BANDS if kg < lim)
        base = round(base * (1.25 if frozen else 1.0) * CITY_PRICE[city], 2)
        fuel = round(base * FUEL_RATE, 2) if tb >= FUEL_FROM else 0.0
        early = biz == "restaurant" and self.p(0.4) or biz == "bakery" and self.p(0.3)
        other = EARLY_FEE if early else 0.0
        stype = "|".join(x for x, on in (("fuel", fuel > 0), ("early_morning", early)) if on)
        common = dict(shipment_id=ship, temp_mode=mode, temp_mode_zh=mode_zh, weight_kg=kg)
        self.ev(c, tb, "tp_booking", "submit", channel=ch, device=dev, app_version=appv, session_id=sess, **common)
        crunch = city == "Beijing" and BJ_CRUNCH[0] <= tb <= BJ_CRUNCH[1]
        okw = dict(order_type="shipment", order_type_zh="运费", shipment_id=ship, temp_mode=mode, temp_mode_zh=mode_zh,
                   weight_kg=kg, weight_band=band, base_fee=base, fuel_surcharge=fuel, other_surcharge=other,
                   surcharge_type=stype or None, channel=ch, device=dev, payment_method="monthly_invoice")
        # cancellation before a truck is scheduled
        cancel_reason = None
        if crunch and self.p(0.10):
            cancel_reason = "no_capacity"
        elif self.p(0.025):
            cancel_reason = "customer_change"
        if cancel_reason:
            tc = tb + H(self.u(1, 10))
            self.ev(c, tc, "tp_cancel", "cancelled", cancel_reason=cancel_reason, **common)
            self.order(c, tb, base + fuel + other, status="cancelled", **okw)
            return tc
        # scheduling, pickup
        sched = tb + H(self.lognorm(7.0 if crunch else 1.2, 0.5))
        carrier = self.pick(CARRIERS, [0.35, 0.55, 0.10] if (city == "Wuhan" and WH_HEAT[0] <= tb <= WH_HEAT[1])
                            else CARRIER_W)
        pool = list(DRIVERS[(city, carrier)])
        if city == "Guangzhou" and carrier == "自有车队" and tb >= NEW_DRIVER_FROM:
            pool.append(NEW_DRIVER)
        driver = self.pick(pool)
        if driver == NEW_DRIVER and self.driver_deliveries.get(NEW_DRIVER, 0) >= 4:
            driver = pool[0]
        vehicle = f"{PLATE[city]}{(ALL_DRIVERS.index(driver) + 1) if driver in ALL_DRIVERS else 99:03d}冷"
        req = max(sched + H(1), tb + H(self.lognorm(16, 0.45)))
        self.ev(c, sched, "tp_pickup_sched", "assigned", channel="other", driver_id=driver, carrier=carrier,
                carrier_en=CARRIER_EN[carrier], vehicle_no=vehicle, pickup_requested_at=req, **common)
        tp = req + D(minutes=self.lognorm(40 if crunch else 10, 0.6))
        self.ev(c, tp, "tp_pickup", "picked_up", channel="other", driver_id=driver, carrier=carrier,
                carrier_en=CARRIER_EN[carrier], **common)
        promised = req + H(6)
        star = driver == STAR_DRIVER
        transit = self.lognorm(4.5 * (0.9 if star else 1.0), 0.22)
        if self.p((0.12 if crunch else 0.03) * (0.3 if star else 1.0)):       # breakdown, traffic, waiting at dock
            transit += self.u(1, 4)
        td = tp + H(transit)
        delay = round((td - promised).total_seconds() / 60, 1)
        late = delay > 30
        # temperature alert
        heat = city == "Wuhan" and WH_HEAT[0] <= tb <= WH_HEAT[1]
        pa = {"自有车队": 0.028, "冷捷物流": 0.065, "速冷达": 0.04}[carrier]
        if heat:
            pa = {"自有车队": 0.12, "冷捷物流": 0.36, "速冷达": 0.15}[carrier]
        if frozen:
            pa *= 1.3
        if driver == STAR_DRIVER:
            pa *= 0.3
        alert = self.p(pa)
        if alert:
            c["_alerts"] += 1
            ta = tp + (td - tp) * self.u(0.2, 0.9)
            peak = round(self.u(-11, -3) if frozen else self.u(8.5, 15), 1)
            self.ev(c, ta, "tp_temp_alert", "alert", channel="other", driver_id=driver, carrier=carrier,
                    carrier_en=CARRIER_EN[carrier], max_temp_c=peak, alert_minutes=int(self.u(10, 120)), **common)
        if td > END:
            return td
        self.ev(c, td, "tp_delivery", "late" if late else "on_time", channel="other", driver_id=driver, carrier=carrier,
                carrier_en=CARRIER_EN[carrier], promised_at=promised, delay_minutes=delay, **common)
        self.driver_deliveries[driver] = self.driver_deliveries.get(driver, 0) + 1
        # proof of delivery
        pod_missing = self.p(0.12 if carrier == "速冷达" else 0.025)
        exception = alert and self.p(0.5) or delay > 120 and self.p(0.35)
        if not pod_missing:
            self.ev(c, td + D(minutes=self.u(2, 25)), "tp_pod", "signed_exception" if exception else "signed",
                    channel="app", driver_id=driver, **common)
        # order (refund: on-time guarantee > 120 min late, or exception signed after a temperature alert)
        refund_reason = "late_guarantee" if delay > 120 else ("temperature_exception" if exception and alert else None)
        if refund_reason:
            o = self.order(c, tb, base + fuel + other, status="refunded", refund_reason=refund_reason,
                           refunded_at=td + D(days=self.u(3, 10)), **okw)
        else:
            o = self.order(c, tb, base + fuel + other, **okw)
            self.cust_month.setdefault((c["customer_id"], tb.strftime("%Y-%m")), []).append(o["amount"])
        # survey after delivery
        forced = driver == NEW_DRIVER and self.driver_deliveries[driver] <= 3
        if forced or self.p(0.15):
            if forced:
                topic, rating = "reliable_praise", 5
            else:
                rating = None
                if alert and self.p(0.85):
                    topic = "temp_breach"
                elif late and self.p(0.8):
                    topic = "late_delivery"
                elif self.p(0.6 if driver == RUDE_DRIVER else 0.008):
                    topic = "rude_driver"
                elif pod_missing and self.p(0.5):
                    topic = "pod_issue"
                else:
                    praise = 0.70 if city == "Guangzhou" else 0.42
                    if driver == STAR_DRIVER:
                        praise = 0.9
                    ph = 0.16 if tb >= FUEL_FROM else 0.07
                    w = [0.85, 0.13, 0.02, 0.0] if driver == STAR_DRIVER else [praise, 0.30, 0.13, ph]
                    topic = self.pick(["reliable_praise", "general_pos", "neutral", "price_high"], w)
                    if driver == STAR_DRIVER and topic in ("reliable_praise", "general_pos"):
                        rating = 5 if self.p(0.92) else 4
            self.fb(topic, td + H(self.u(2, 60)), "tp_delivery", "survey", c, True, nps=self.p(0.5), rating=rating,
                    driver_id=driver, shipment_id=ship)
        elif late and crunch and self.p(0.35):
            self.fb("late_delivery", td + H(self.u(0.1, 3)), "tp_delivery",
                    "email" if c["language"] == "en" else "call_note", c, False, driver_id=driver, shipment_id=ship)
        elif alert and self.p(0.15):
            self.fb("temp_breach", td + H(self.u(0.1, 5)), "tp_temp_alert",
                    "email" if c["language"] == "en" else "call_note", c, False, driver_id=driver, shipment_id=ship)
        elif driver == RUDE_DRIVER and self.p(0.02):
            self.fb("rude_driver", td + H(self.u(0.1, 5)), "tp_delivery", "call_note", c, False, driver_id=driver,
                    shipment_id=ship)
        elif pod_missing and self.p(0.06):
            self.fb("pod_issue", td + D(days=self.u(1, 20)), "tp_pod", "ticket", c, False, shipment_id=ship)
        # claims
        pc = 0.40 if alert else 0.010
        if biz == "bakery":
            pc *= 2.5
        if delay > 120:
            pc += 0.05
        if self.p(pc):
            self.claim(c, td, ship, mode, mode_zh, kg, alert, delay)
        return td + H(6)

    def claim(self, c, td, ship, mode, mode_zh, kg, alert, delay) -> None:
        if alert:
            reason = "temperature"
        elif c["business_type"] == "bakery" and self.p(0.7):
            reason = "damaged_packaging"
        elif delay > 120:
            reason = "spoilage"
        else:
            reason = self.pick(["damaged_packaging", "shortage", "spoilage"], [0.5, 0.3, 0.2])
        reason_zh = {"temperature": "温控异常", "damaged_packaging": "包装破损", "shortage": "少货", "spoilage": "变质"}[reason]
        cid = f"CL{self.nid('claim'):05d}"
        value = round(kg * (22 if mode == "frozen" else 15) * self.u(0.1, 0.6), 0)
        tf = td + D(days=self.u(0.2, 4))
        common = dict(shipment_id=ship, claim_id=cid, claim_reason=reason, claim_reason_zh=reason_zh, temp_mode=mode,
                      temp_mode_zh=mode_zh)
        if not self.ev(c, tf, "tp_claim_filed", "filed", channel="app", claim_amount=value, **common):
            return
        backlog = CLAIM_BACKLOG[0] <= tf <= CLAIM_BACKLOG[1]
        tr = tf + D(days=float(self.rng.gamma(3, 4.8 if backlog else 1.0)) + 0.3)
        approve = self.p({"temperature": 0.9, "damaged_packaging": 0.7, "shortage": 0.6, "spoilage": 0.62}[reason])
        if backlog and tr > tf + D(days=10) and self.p(0.45):
            self.fb("claim_complaint", tf + D(days=self.u(8, 14)), "tp_claim_review",
                    "email" if c["language"] == "en" else "call_note", c, False, claim_id=cid)
        if not self.ev(c, tr, "tp_claim_review", "approved" if approve else "rejected", channel="other", **common):
            return
        if not approve:
            c["_claims_rejected"] += 1
            if self.p(0.3):
                self.fb("claim_complaint", tr + D(days=self.u(0.5, 5)), "tp_claim_review", "ticket", c, False,
                        claim_id=cid)
            return
        ts = tr + D(days=float(self.rng.gamma(2, 5.0 if backlog else 1.6)) + 0.2)
        payout = round(value * self.u(0.7, 1.0), 0)
        if not self.ev(c, ts, "tp_claim_settled", "paid", channel="other", payout_amount=payout, **common):
            return
        self.order(c, ts, -payout, order_type="claim_payout", order_type_zh="理赔赔付", shipment_id=ship, claim_id=cid,
                   temp_mode=mode, temp_mode_zh=mode_zh, payment_method="invoice_credit")
        self.cust_month.setdefault((c["customer_id"], ts.strftime("%Y-%m")), []).append(-payout)
        if self.p(0.5):
            days = (ts - tf).days
            if days > 20 and self.p(0.9):
                topic = "claim_complaint"
            else:
                topic = self.pick(["general_pos", "claim_complaint", "neutral"], [0.30, 0.42, 0.28])
            self.fb(topic, ts + D(days=self.u(0.5, 4)), "tp_claim_settled", "survey", c, True, nps=self.p(0.5),
                    claim_id=cid)

    # ---- monthly invoices and payments
    def invoices(self) -> None:
        by_id = {c["customer_id"]: c for c in self.customers}
        for (cid, ym), amounts in sorted(self.cust_month.items()):
            c = by_id[cid]
            y, m = int(ym[:4]), int(ym[5:])
            issued = datetime(y + (m == 12), m % 12 + 1, 1, 9, 0)
            if issued > END:
                continue
            amt = round(sum(amounts), 2)
            inv = f"INV-{cid}-{ym.replace('-', '')}"
            self.ev(c, issued, "tp_invoice", "issued", channel="email", invoice_id=inv, invoice_amount=amt)
            dispute = DISPUTE_INV[0] <= issued <= DISPUTE_INV[1]
            mean = PAY_DAYS[c["business_type"]] * (1.25 if c["tier"] == "key_account" else 1.0)
            if dispute:
                mean += 9
            days = max(1.0, float(self.rng.gamma(4, mean / 4)))
            tpay = issued + D(days=days)
            pd = round(days, 1)
            if (dispute and self.p(0.07 if c["business_type"] != "supermarket" else 0.12)) or self.p(0.008):
                self.fb("billing_dispute", issued + D(days=self.u(1, 10)), "tp_invoice",
                        "email" if c["language"] == "en" else self.pick(["ticket", "call_note"]), c, False,
                        invoice_id=inv)
            self.ev(c, tpay, "tp_payment", "paid", channel="other", invoice_id=inv, invoice_amount=amt, days_to_pay=pd)

    # ---- WeChat service-group messages (some exported without a time)
    def side_feedback(self) -> None:
        shipped = [c for c in self.customers if c["_shipped"]]
        for _ in range(300):
            c = shipped[int(self.rng.integers(len(shipped)))]
            topic = self.pick(["reliable_praise", "general_pos", "neutral", "late_delivery", "temp_breach",
                               "billing_dispute", "price_high"], [0.22, 0.2, 0.18, 0.14, 0.1, 0.08, 0.08])
            tp = {"late_delivery": "tp_delivery", "temp_breach": "tp_temp_alert", "billing_dispute": "tp_invoice",
                  "price_high": "tp_booking"}.get(topic, "tp_delivery")
            lo = max(c["signup_at"], START)
            ts = lo + (END - lo) * self.u(0.05, 1)
            self.fb(topic, None if self.p(0.3) else ts, tp, "wechat_group", c, False)
        self.feedback.sort(key=lambda r: (r["ts"] is None, r["ts"] or END))
        ids = {}
        for i, r in enumerate(self.feedback, 1):
            ids[r["feedback_id"]] = f"FB{i:05d}"
            r["feedback_id"] = ids[r["feedback_id"]]
        for t in self.truth:
            t["feedback_id"] = ids[t["feedback_id"]]
        self.truth.sort(key=lambda t: t["feedback_id"])

    def segments(self) -> None:
        for c in self.customers:
            if not c["_shipped"]:
                c["segment"] = "prospect"
            elif c["contract_end"] < END:
                c["segment"] = "churned"
            elif c["signup_at"] > END - D(days=90):
                c["segment"] = "new"
            elif c["_last_ship"] > END - D(days=60):
                c["segment"] = "active"
            else:
                c["segment"] = "at_risk"


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float):
        return str(int(v)) if v == int(v) else f"{v:.4f}".rstrip("0").rstrip(".")
    return str(v)


def write(path: Path, rows: list[dict], cols: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k)) for k in cols])


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.run()
    g.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    for i, r in enumerate(g.events, 1):
        r["event_id"] = f"E{i:07d}"
    g.orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    for i, r in enumerate(g.orders, 1):
        r["order_id"] = f"O{i:06d}"
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write(out / "touchpoints.csv", tps, ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind",
                                         "owner", "aliases"])
    jr = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k,
               touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4], 1)]
    write(out / "journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customers,
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "company_name",
           "business_type", "business_type_zh", "city", "city_zh", "source_zh", "tier_zh", "sales_rep_id",
           "sales_rep_name", "credit_terms_days", "outlets", "language", "contract_end"])
    write(out / "events.csv", g.events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "action", "session_id", "device", "channel", "city",
           "city_zh", "shipment_id", "temp_mode", "temp_mode_zh", "weight_kg", "driver_id", "carrier", "carrier_en",
           "vehicle_no", "pickup_requested_at", "promised_at", "delay_minutes", "max_temp_c", "alert_minutes",
           "cancel_reason", "claim_id", "claim_reason", "claim_reason_zh", "claim_amount", "payout_amount",
           "invoice_id", "invoice_amount", "days_to_pay", "app_version", "sales_rep_id", "campaign",
           "contract_months"])
    write(out / "orders.csv", g.orders,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "order_type_zh",
           "shipment_id", "claim_id", "city", "city_zh", "business_type", "temp_mode", "temp_mode_zh", "weight_kg",
           "weight_band", "base_fee", "fuel_surcharge", "other_surcharge", "surcharge_type", "payment_method",
           "refund_reason", "refunded_at", "currency"])
    write(out / "feedback.csv", g.feedback,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language", "city",
           "business_type", "driver_id", "shipment_id", "claim_id", "invoice_id", "device", "app_version"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment"])
    print(f"{len(g.customers)} customers, {len(g.events)} events, {len(g.orders)} orders, {len(g.feedback)} feedback")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
