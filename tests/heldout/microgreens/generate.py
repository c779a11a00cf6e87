"""翠芽农场 Jade Sprout Farms: a B2B microgreens and herbs grower (synthetic, written blind).

Jade Sprout grows microgreens in a vertical farm at 从化 Conghua (Guangzhou: pea shoots, sunflower shoots, radish,
red amaranth, micro coriander) and herbs and edible flowers in a greenhouse at 光明 Guangming (Shenzhen: micro basil,
shiso, mint, edible flowers). It supplies restaurants, hotels, cafés, cocktail bars and caterers in 广州 Guangzhou,
深圳 Shenzhen and 香港 Hong Kong (cross-border cold vans via the Shenzhen Bay port).

Prospects enquire (询盘), get a paid trial box (试用盒), give chef tasting feedback (主厨试吃反馈), get a price quote
(报价), open an account (开户) and sign a weekly standing order (固定周订单签约) for a 6- or 12-month term. Standing
orders are delivered on fixed weekdays (送达签收: accepted / part_rejected / rejected at the kitchen door), with ad-hoc
top-up orders (临时加单) on top. Quality complaints (质量投诉) go through a QC check (质检核查), a remedy (补救处理:
replacement or credit note) and are closed (投诉结案). Deliveries are billed on a monthly statement (月结账单) and paid
(回款). A month before a term ends the account gets a renewal notice (续约提醒), a renewal review with the chef
(续约回访), a renewal quote (续约报价) and signs (续约签署) - or is marked churned (客户流失登记).

Data 2025-01-01 .. 2026-08-31 (CRM + order system + finance extract taken early September 2026). Times are naive
local times (UTC+8 everywhere). Money: orders.amount and every *_cny column are CNY; Hong Kong accounts are billed in
HKD (currency, amount_local).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260905), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260905


class Rng:
    """numpy's Generator, with scalar draws served from pre-drawn buffers (scalar numpy calls are slow)."""

    def __init__(self, seed: int, n: int = 1 << 19):
        self.g = np.random.default_rng(seed)
        self.n = n
        self._fill()

    def _fill(self):
        self.u = self.g.random(self.n).tolist()
        self.z = self.g.standard_normal(self.n).tolist()
        self.x = self.g.standard_exponential(self.n).tolist()
        self.iu = self.iz = self.ix = 0

    def random(self) -> float:
        if self.iu == self.n:
            self._fill()
        self.iu += 1
        return self.u[self.iu - 1]

    def uniform(self, a: float, b: float) -> float:
        return a + (b - a) * self.random()

    def integers(self, lo: int, hi: int | None = None) -> int:
        if hi is None:
            lo, hi = 0, lo
        return lo + min(int(self.random() * (hi - lo)), hi - lo - 1)

    def normal(self, mu: float, sd: float) -> float:
        if self.iz == self.n:
            self._fill()
        self.iz += 1
        return mu + sd * self.z[self.iz - 1]

    def exponential(self, scale: float) -> float:
        if self.ix == self.n:
            self._fill()
        self.ix += 1
        return scale * self.x[self.ix - 1]

    def poisson(self, lam: float) -> int:
        return int(self.g.poisson(lam))

    def choice(self, *a, **k):
        return self.g.choice(*a, **k)


rng = Rng(SEED)
D0 = date(2025, 1, 1)
LAST = (date(2026, 8, 31) - D0).days          # day index of the last day in the data
HKD_CNY = 0.92                                # CNY per HKD

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_enquiry", "询盘", "Enquiry", "awareness", "other", "digital", "sales",
     "咨询|留资|新线索|加微信|展会名片|enquiry|inquiry|lead|new lead|prospect"),
    ("tp_trial_box", "试用盒", "Trial box", "consideration", "other", "physical", "sales",
     "试吃盒|样品盒|试用装|送样|trial box|sample box|tasting box|samples"),
    ("tp_tasting", "主厨试吃反馈", "Chef tasting feedback", "consideration", "phone", "physical", "sales",
     "试吃|试菜|主厨反馈|厨师试吃|tasting|chef tasting|tasting feedback|chef feedback"),
    ("tp_quote", "报价", "Price quote", "consideration", "email", "digital", "sales",
     "报价单|价格单|报个价|quote|quotation|price list|pricing"),
    ("tp_account_open", "开户", "Account opening", "purchase", "other", "digital", "finance",
     "开户建档|建档|签约开户|供应商准入|account opening|onboarding|new account|account setup"),
    ("tp_standing_order", "固定周订单签约", "Standing order signed", "purchase", "other", "digital", "sales",
     "周订单|固定单|长期订单|订阅|包月|standing order|weekly order|recurring order|subscription"),
    ("tp_adhoc_order", "临时加单", "Ad-hoc top-up order", "purchase", "mini_program", "digital", "order_desk",
     "加单|补单|临时订单|急单|top-up|ad-hoc order|extra order|rush order"),
    ("tp_delivery", "送达签收", "Delivery and receiving check", "service", "other", "physical", "logistics",
     "送货|配送|到货|签收|验收|拒收|delivery|drop|drop-off|receiving|rejection at the door"),
    ("tp_complaint", "质量投诉", "Quality complaint", "service", "phone", "digital", "customer_service",
     "投诉|客诉|品质投诉|售后|complaint|quality complaint|claim|ticket"),
    ("tp_qc_check", "质检核查", "QC check", "service", "other", "physical", "quality",
     "质检|品控核查|追溯|QC|quality check|investigation|root cause"),
    ("tp_remedy", "补救处理", "Remedy (replacement or credit)", "service", "other", "physical", "customer_service",
     "补货|换货|退款|抵扣|折让|remedy|replacement|credit note|refund|make-good"),
    ("tp_case_closed", "投诉结案", "Complaint closed", "service", "other", "digital", "customer_service",
     "结案|关单|处理完毕|case closed|closed|resolved"),
    ("tp_invoice", "月结账单", "Monthly statement", "service", "email", "digital", "finance",
     "对账单|月结单|发票|开票|statement|monthly statement|invoice|billing"),
    ("tp_payment", "回款", "Payment received", "service", "other", "digital", "finance",
     "收款|付款|到账|结款|应收|payment|collections|receivables"),
    ("tp_renewal_notice", "续约提醒", "Renewal notice", "loyalty", "email", "digital", "sales",
     "合同到期提醒|到期提醒|renewal reminder|renewal notice|contract expiry"),
    ("tp_renewal_review", "续约回访", "Renewal review", "loyalty", "other", "physical", "sales",
     "回访|续约拜访|试菜会|客户回访|renewal review|account review|renewal visit|renewal meeting"),
    ("tp_renewal_quote", "续约报价", "Renewal quote", "loyalty", "email", "digital", "sales",
     "续约价格|新合同报价|renewal quote|renewal pricing|renewal offer"),
    ("tp_renewal_signed", "续约签署", "Renewal signed", "loyalty", "other", "digital", "sales",
     "续约|续签|续合同|renewal|renewed|contract renewed|re-signed"),
    ("tp_churn", "客户流失登记", "Account churned", "loyalty", "other", "digital", "sales",
     "流失|丢客|断约|停单|不续约|churn|churned|lost account|cancelled account"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("trial_to_standing", "试用到固定周订单", "Trial to standing order",
     ["tp_enquiry", "tp_trial_box", "tp_tasting", "tp_quote", "tp_account_open", "tp_standing_order"], 45),
    ("complaint_resolution", "投诉处理", "Complaint resolution",
     ["tp_complaint", "tp_qc_check", "tp_remedy", "tp_case_closed"], 14),
    ("contract_renewal", "合同续约", "Contract renewal",
     ["tp_renewal_notice", "tp_renewal_review", "tp_renewal_quote", "tp_renewal_signed"], 45),
]

CITIES = ["Guangzhou", "Shenzhen", "Hong Kong"]
CITY_ZH = {"Guangzhou": "广州", "Shenzhen": "深圳", "Hong Kong": "香港"}
CITY_W = [0.41, 0.36, 0.23]
DISTRICTS = {
    "Guangzhou": ["Tianhe", "Yuexiu", "Haizhu", "Panyu", "Liwan"],
    "Shenzhen": ["Nanshan", "Futian", "Luohu", "Bao'an", "Longhua"],
    "Hong Kong": ["Central", "Tsim Sha Tsui", "Wan Chai", "Causeway Bay", "Sai Kung"],
}
REPS = {"Guangzhou": ["陈晓琳", "黄志豪", "李嘉欣"], "Shenzhen": ["王磊", "刘婷"],
        "Hong Kong": ["Karen Wong", "Jason Lau"]}
BTYPES = ["restaurant", "hotel", "cafe", "bar", "caterer"]
BTYPE_ZH = {"restaurant": "餐厅", "hotel": "酒店", "cafe": "咖啡馆", "bar": "酒吧", "caterer": "宴会团餐"}
BTYPE_W = [0.42, 0.12, 0.22, 0.12, 0.12]
CUISINES = {"restaurant": ["cantonese", "western", "japanese", "fusion", "french", "italian"],
            "hotel": ["hotel_kitchen"], "cafe": ["brunch"], "bar": ["cocktail"], "caterer": ["banquet"]}
TIER_W = {"restaurant": [0.18, 0.55, 0.27], "hotel": [0.55, 0.40, 0.05], "cafe": [0.0, 0.30, 0.70],
          "bar": [0.0, 0.45, 0.55], "caterer": [0.25, 0.55, 0.20]}          # key_account, standard, small
TIERS = ["key_account", "standard", "small"]
CHANNELS_MAIN = ["xiaohongshu", "wechat", "website", "sales_visit", "referral"]
CHANNELS_MAIN_W = [0.30, 0.20, 0.15, 0.20, 0.15]
CHANNELS_HK = ["instagram", "website", "sales_visit", "referral"]
CHANNELS_HK_W = [0.33, 0.25, 0.20, 0.22]
CHANNEL_ZH = {"xiaohongshu": "小红书", "wechat": "微信", "website": "官网", "sales_visit": "地推拜访",
              "referral": "老客推荐", "instagram": "Instagram", "trade_show": "展会"}
SHOWS = [("HOFEX 2025", "Hong Kong", date(2025, 5, 7), 4, 26.0),
         ("深圳国际餐饮展 2025", "Shenzhen", date(2025, 11, 12), 3, 22.0),
         ("广州酒店餐饮博览会 2026", "Guangzhou", date(2026, 3, 18), 3, 24.0)]
# product: zh, en display, farm, farm_zh, CNY per punnet
PRODUCTS = {
    "pea_shoots": ("豌豆苗", "pea shoots", "Conghua", "从化基地", 10.0),
    "sunflower_shoots": ("向日葵苗", "sunflower shoots", "Conghua", "从化基地", 11.0),
    "radish_micro": ("萝卜苗", "radish micros", "Conghua", "从化基地", 12.0),
    "red_amaranth": ("红苋菜苗", "red amaranth", "Conghua", "从化基地", 14.0),
    "micro_coriander": ("香菜苗", "micro coriander", "Conghua", "从化基地", 13.0),
    "micro_basil": ("罗勒苗", "micro basil", "Guangming", "光明基地", 15.0),
    "shiso": ("紫苏苗", "shiso", "Guangming", "光明基地", 16.0),
    "mint": ("薄荷苗", "mint tips", "Guangming", "光明基地", 12.0),
    "edible_flowers": ("食用花", "edible flowers", "Guangming", "光明基地", 28.0),
}
PNAMES = list(PRODUCTS)
PROD_W = {  # by business type
    "restaurant": [0.22, 0.10, 0.14, 0.12, 0.14, 0.10, 0.10, 0.03, 0.05],
    "hotel": [0.16, 0.10, 0.12, 0.10, 0.10, 0.12, 0.08, 0.08, 0.14],
    "cafe": [0.26, 0.28, 0.14, 0.06, 0.04, 0.12, 0.02, 0.04, 0.04],
    "bar": [0.00, 0.00, 0.04, 0.04, 0.02, 0.14, 0.16, 0.34, 0.26],
    "caterer": [0.30, 0.16, 0.12, 0.12, 0.10, 0.06, 0.04, 0.04, 0.06],
}
REJ_REASONS = ["wilted", "yellowing", "mould", "wrong_item", "short_count", "crushed", "temperature"]
REJ_ZH = {"wilted": "蔫萎", "yellowing": "发黄", "mould": "霉变", "wrong_item": "送错品种", "short_count": "少送",
          "crushed": "压坏", "temperature": "温度超标", "late": "送达太晚"}
REJ_W = [0.22, 0.20, 0.08, 0.14, 0.18, 0.06, 0.12]
PAY_METHODS_MAIN = (["bank_transfer", "wechat_pay", "alipay"], [0.60, 0.25, 0.15])
PAY_METHODS_HK = (["fps", "cheque", "bank_transfer"], [0.50, 0.30, 0.20])
CHURN_ZH = {"quality": "品质问题", "price": "价格", "switched_supplier": "换供应商", "closed": "门店关闭",
            "minimum_order": "起送量", "border_delays": "过关延误", "packaging": "包装问题"}
CNY_HOLIDAYS = [(date(2025, 1, 28), date(2025, 2, 4)), (date(2026, 2, 15), date(2026, 2, 23))]
TYPHOON = [date(2025, 9, 23), date(2025, 9, 24)]   # Super Typhoon Ragasa: no deliveries
PULP_SWITCH = date(2026, 3, 1)                 # compostable pulp punnets replace PET clamshells
PULP_EXTRA = {3: 0.012, 4: 0.024, 5: 0.036, 6: 0.048, 7: 0.058, 8: 0.072}   # extra crushed rejections / delivery
PULP_SURVEY = {3: 0.04, 4: 0.08, 5: 0.12, 6: 0.16, 7: 0.21, 8: 0.28}      # accepted-delivery surveys on soggy boxes
PRICE_RISE = date(2026, 4, 1)                  # price list +8 %
QUOTE_GAP = (date(2025, 10, 1), date(2025, 10, 31))   # the pricing specialist left; quotes stalled


DAYS = [D0 + timedelta(days=i) for i in range(-1, LAST + 400)]          # DAYS[i + 1] = day i
MIDNIGHT = [datetime.combine(d, datetime.min.time()) for d in DAYS]


def dt(day: int, hour: float) -> datetime:
    return MIDNIGHT[int(day) + 1] + timedelta(hours=float(hour))


def day_of(d: date) -> int:
    return (d - D0).days


def iso(t: datetime) -> str:
    return t.isoformat(sep=" ", timespec="seconds")


def widx(weights) -> int:
    """index drawn with the given (unnormalised) weights; one uniform draw."""
    u = rng.random() * sum(weights)
    acc = 0.0
    for i, w in enumerate(weights):
        acc += w
        if u < acc:
            return i
    return len(weights) - 1


def pick(options, weights=None):
    if weights is None:
        return options[int(rng.integers(len(options)))]
    return options[widx(weights)]


CLOSED = {a + timedelta(days=i) for a, b in CNY_HOLIDAYS for i in range((b - a).days + 1)}


def closed_day(d: date) -> bool:
    return d in CLOSED


# ---------------------------------------------------------------- feedback texts (markers: README.md)
TEXTS = {
    "soggy": (["新换的纸浆盒一到就受潮变软，下面几盒{p}都压扁了", "可降解盒子是环保，可是受潮以后整箱塌了，{p}没法用",
               "这周{p}的盒子又受潮了，厨房同事说像泡过水一样", "纸盒受潮太严重，能不能换回原来的塑料盒？",
               "盒子受潮发软，{p}叠在下面的全压扁了，请尽快处理"],
              ["The new pulp punnets arrive soggy and the {p} at the bottom is squashed.",
               "Compostable boxes are nice in theory but they go soggy in the van and collapse.",
               "Soggy packaging again this week, half the {p} was unusable.",
               "Boxes were soggy on arrival, please bring back the old clamshells.",
               "Punnets soggy and falling apart, the {p} inside got squashed."]),
    "wilted": (["{p}送到的时候已经蔫了，没法上菜", "这批{p}有点蔫，叶子都软了", "{p}蔫得厉害，只能挑出一半用",
                "天气热，{p}到店就蔫了"],
               ["The {p} was wilted when it arrived, couldn't plate it.", "{p} looked wilted and limp this morning.",
                "Half the {p} was wilted, we had to pick through it.", "Hot day and the {p} came wilted."]),
    "yellowing": (["{p}叶子发黄，保鲜期明显变短", "好几盒{p}发黄了", "{p}边缘发黄，客人看得出来"],
                  ["The {p} is yellowing already, shelf life is too short.", "Several punnets of {p} showing yellowing.",
                   "Yellowing leaves on the {p}, not acceptable for fine dining."]),
    "mould": (["{p}根部发霉，整盒扔掉了", "发现一盒{p}发霉，请检查一下"],
              ["Found mould at the roots of the {p}.", "One punnet of {p} had mould, please check your batch."]),
    "wrong_item": (["订的是{p}，结果送错了品种", "又送错了，我们要的是{p}"],
                   ["We ordered {p} and got the wrong item.", "Wrong item delivered again, we need {p}."]),
    "short_count": (["少送了几盒{p}，单上写的数量不对", "{p}少送了两盒"],
                    ["Missing punnets of {p} compared with the delivery note.", "Two missing punnets of {p} today."]),
    "crushed": (["运输中{p}压坏了几盒", "{p}整盒压坏，叶子都碎了"],
                ["A few punnets of {p} crushed in transit.", "The {p} came crushed, leaves all broken."]),
    "temperature": (["到货温度偏高，{p}摸上去是热的", "车里温度不够低，{p}到店温度太高"],
                    ["The {p} arrived warm, cold chain not working?", "Van was not cold, {p} arrived warm."]),
    "late": (["今天又送晚了，午市都开始了才到", "送晚了一个多小时，厨房等不了", "最近经常送晚，请安排早一点的车"],
             ["Another late delivery, it came after lunch service started.", "Late delivery again, over an hour after the window.",
              "Too many late delivery days recently, please fix the route."]),
    "border": (["过关排队太久，货到香港已经中午", "深圳湾过关又卡了，今天的货很晚才到"],
               ["The van got stuck at the border again, arrived at noon.", "Border queues mean our greens come too late for lunch prep."]),
    "quote": (["试吃完两个礼拜了还在等报价，没人跟进", "主厨很满意，但报价一直没发过来", "催了几次报价都没回复"],
              ["Chef liked the trial box but we are still waiting for the quote.", "Two weeks after tasting and no quote yet.",
               "Asked for a quote three times, nobody got back to us."]),
    "price": (["四月份开始涨价，比别家贵了不少", "这次涨价幅度太大，老板有意见", "涨价以后成本压力大，考虑换供应商"],
              ["The April price increase makes you more expensive than others.", "Price increase is too steep for a small kitchen.",
               "After the price increase we are looking at other suppliers."]),
    "invoice": (["账单金额和签收单对不上", "上个月账单多算了两次配送", "账单里折让没扣，麻烦重开"],
                ["The invoice does not match our delivery notes.", "Invoice charged two deliveries twice last month.",
                 "Credit was not deducted on the invoice, please reissue."]),
    "min_order": (["起送量太高了，我们咖啡馆一周用不了那么多", "能不能降低起送量？小店用量少", "起送量是最大的问题"],
                  ["Your minimum order is too high for a small cafe.", "Could you lower the minimum order? We only need a few punnets.",
                   "The minimum order is the main blocker for us."]),
    "flavour": (["{p}口感很好，主厨很喜欢", "口感清甜，客人反馈不错", "{p}的口感比之前供应商好多了"],
                ["The {p} has great flavour, chef is very happy.", "Lovely fresh flavour, guests noticed.",
                 "Much better flavour than our previous supplier."]),
    "driver": (["司机很准时，还帮忙搬进冷库", "送货司机态度很好", "司机每次都提前到，点赞"],
               ["The driver is always on time and helpful.", "Friendly driver, carried everything into the walk-in.",
                "Great driver, early every single time."]),
    "plating": (["试用盒里的{p}摆盘效果很好", "主厨说摆盘很出彩，想长期用", "颜色漂亮，摆盘用正合适"],
                ["The {p} in the trial box looks stunning for plating.", "Chef loved it for plating, very photogenic.",
                 "Great colours, perfect for plating our desserts."]),
    "generic_pos": (["一直很稳定，继续保持", "品质不错，厨师很满意", "合作愉快，谢谢", "整体满意"],
                    ["Consistent as always, thanks team.", "Good quality this week.", "Happy with everything so far.",
                     "Very reliable supplier."]),
    "generic_neg": (["这周整体一般", "品质有点不稳定", "希望能改进一下", "不太满意"],
                    ["Not great this week.", "Quality has been a bit inconsistent lately.", "Expected better.",
                     "Disappointed overall."]),
    "neutral": (["收到，暂无意见", "正常", "还可以"], ["Received, no comments.", "All fine.", "OK."]),
    "renew_ok": (["续约没问题，明年继续合作", "主厨想继续用，续约", "条件合适就续签"],
                 ["Happy to renew for another term.", "Chef wants to keep you on, we will renew.",
                  "Renewing, same schedule please."]),
}
NEG_TOPICS = {"soggy", "wilted", "yellowing", "mould", "wrong_item", "short_count", "crushed", "temperature", "late",
              "border", "quote", "price", "invoice", "min_order", "generic_neg"}
POS_TOPICS = {"flavour", "driver", "plating", "generic_pos", "renew_ok"}


class Out:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.experiments = [], [], [], [], []
        self.n_ev = 0
        self.n_fb = 0
        self.n_case = 0

    def ev(self, cust, tp, t, action, channel, **extra):
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=cust["customer_id"], ts=iso(t), touchpoint_id=tp,
                   action=action, channel=channel, city=cust["city"], sales_rep=cust["sales_rep"])
        row.update(extra)
        self.events.append(row)
        return row

    def fb(self, cust, t, tp, channel, topic, rating=None, nps=None, product=None, lang=None, **extra):
        self.n_fb += 1
        lang = lang or (cust["preferred_language"] if cust else "zh")
        zh, en = TEXTS[topic]
        txt = pick(zh if lang == "zh" else en)
        if "{p}" in txt:
            p = product or "pea_shoots"
            txt = txt.replace("{p}", PRODUCTS[p][0] if lang == "zh" else PRODUCTS[p][1])
        fid = f"F{self.n_fb:06d}"
        row = dict(feedback_id=fid, ts=iso(t) if t is not None else "", customer_id=cust["customer_id"] if cust else "",
                   touchpoint_id=tp or "", channel=channel, rating="" if rating is None else int(rating),
                   nps="" if nps is None else int(nps), text=txt, language=lang,
                   city=cust["city"] if cust else extra.pop("city", ""),
                   business_type=cust["business_type"] if cust else "")
        row.update(extra)
        self.feedback.append(row)
        sent = "negative" if topic in NEG_TOPICS else "positive" if topic in POS_TOPICS else "neutral"
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))


OUT = Out()


# ---------------------------------------------------------------- customers
def company_name(city, btype, i):
    if city == "Hong Kong":
        a = pick(["Harbour", "Jade", "Lantern", "Peak", "Kowloon", "Pearl", "Bamboo", "Copper", "Tide", "Orchid"])
        b = {"restaurant": pick(["Kitchen", "Bistro", "Dining Room", "Table"]), "hotel": pick(["Hotel", "Suites"]),
             "cafe": pick(["Café", "Coffee", "Espresso Bar"]), "bar": pick(["Bar", "Lounge", "Cocktail Club"]),
             "caterer": pick(["Catering", "Events Kitchen"])}[btype]
        return f"{a} {b} #{i}"
    a = pick(["悦", "锦", "云", "海", "星", "和", "江", "玉", "金", "山", "禾", "木"])
    b = pick(["味", "庭", "岸", "舍", "轩", "园", "川", "里", "野", "间"])
    c = {"restaurant": pick(["餐厅", "酒家", "小馆", "料理"]), "hotel": pick(["酒店", "大酒店", "度假酒店"]),
         "cafe": pick(["咖啡", "咖啡馆", "Brunch"]), "bar": pick(["酒吧", "Bar", "小酒馆"]),
         "caterer": pick(["宴会中心", "团餐", "餐饮管理"])}[btype]
    return f"{a}{b}{c}#{i}"


def new_customer(cid, city, btype, signup: datetime, channel, legacy=False):
    tier = pick(TIERS, TIER_W[btype])
    if city == "Hong Kong":
        lang = "en" if rng.random() < (0.85 if btype == "hotel" else 0.62) else "zh"
        pm = pick(*PAY_METHODS_HK)
    else:
        lang = "en" if rng.random() < (0.35 if btype == "hotel" else 0.08) else "zh"
        pm = pick(*PAY_METHODS_MAIN)
    rep = pick(REPS[city])
    if legacy and rep == "黄志豪":
        rep = "陈晓琳"
    return dict(customer_id=cid, company_name="", signup_at=signup, segment="", region=city, city=city,
                城市=CITY_ZH[city], district=pick(DISTRICTS[city]), acquisition_channel=channel,
                获客渠道=CHANNEL_ZH.get(channel, channel), tier=tier, business_type=btype, 客户类型=BTYPE_ZH[btype],
                cuisine=pick(CUISINES[btype]), outlets=int(1 + rng.poisson(0.4 if btype != "hotel" else 1.2)),
                sales_rep=rep, payment_terms="net30", payment_method=pm, currency="HKD" if city == "Hong Kong" else "CNY",
                preferred_language=lang, account_opened="", standing_order="no", contract_months="",
                deliveries_per_week="", churned_at="", churn_reason="", 流失原因="",
                _legacy=legacy, _complaints=[], _churn_day=None, _so_day=None, _first_day=None, _adhoc_only=False,
                _last_delivery=None)


def price_of(prod, day, city):
    p = PRODUCTS[prod][4] * (1.08 if D0 + timedelta(days=day) >= PRICE_RISE else 1.0)
    return p * (1.3 if city == "Hong Kong" else 1.0)


# ---------------------------------------------------------------- accounts: deliveries, complaints, renewals
def schedule_days(n, city):
    allowed = [0, 2, 4] if city == "Hong Kong" else [0, 1, 2, 3, 4, 5]
    n = min(n, len(allowed))
    return sorted(rng.choice(allowed, size=n, replace=False).tolist())


def punnets_for(tier):
    lo, hi = {"key_account": (40, 90), "standard": (18, 40), "small": (8, 18)}[tier]
    return int(rng.integers(lo, hi + 1))


def complaint_case(cust, day, t_deliv, reason, product, order_no):
    """tp_complaint -> tp_qc_check -> tp_remedy -> tp_case_closed."""
    OUT.n_case += 1
    case = f"QC{OUT.n_case:06d}"
    hk = cust["city"] == "Hong Kong"
    ch = "whatsapp" if hk else pick(["wechat", "phone", "mini_program"], [0.6, 0.25, 0.15])
    t = t_deliv + timedelta(hours=float(rng.uniform(0.5, 20)))
    if t.date() > D0 + timedelta(days=LAST):
        return
    OUT.ev(cust, "tp_complaint", t, "logged", ch, case_no=case, complaint_type=reason, order_no=order_no,
           product=product, 品名=PRODUCTS[product][0])
    cust["_complaints"].append(day)
    topic = {"crushed": "soggy" if t.date() >= PULP_SWITCH else "crushed"}.get(reason, reason)
    if rng.random() < 0.8:
        OUT.fb(cust, t + timedelta(minutes=float(rng.uniform(1, 30))), "tp_delivery", "complaint_ticket", topic,
               rating=pick([1, 2], [0.6, 0.4]), product=product, order_no=order_no, case_no=case)
    steps = [("tp_qc_check", 0.94, (0.2, 2.0)),
             ("tp_remedy", 0.70 if hk else 0.88, (2.0, 8.0) if hk else (0.4, 3.0)),
             ("tp_case_closed", 0.93, (0.5, 3.5))]
    opened = t
    for tp, p, (lo, hi) in steps:
        if rng.random() > p:
            break
        t = t + timedelta(days=float(rng.uniform(lo, hi)))
        if t.date() > D0 + timedelta(days=LAST):
            return
        if tp == "tp_qc_check":
            OUT.ev(cust, tp, t, pick(["confirmed", "not_confirmed"], [0.85, 0.15]), "internal", case_no=case,
                   root_cause=pick(["packaging", "cold_chain", "harvest", "picking", "route"]))
        elif tp == "tp_remedy":
            kind = "replacement" if rng.random() < 0.55 else "credit_note"
            OUT.ev(cust, tp, t, kind, "internal", case_no=case, remedy_type=kind,
                   credit_cny=round(float(rng.uniform(40, 400)), 2) if kind == "credit_note" else "")
        else:
            OUT.ev(cust, tp, t, "resolved", "internal", case_no=case, days_open=round((t - opened).total_seconds() / 86400, 1))


def deliver(cust, day, order_type, punnets, product, ch, placed: datetime, device=""):
    """one order: orders row + tp_delivery event (or a cancelled order)."""
    city, d = cust["city"], DAYS[day + 1]
    order_no = f"SO{len(OUT.orders) + 1:07d}"
    price = price_of(product, day, city) * float(rng.uniform(0.92, 1.08))
    gross = round(punnets * price, 2)
    row = dict(order_id=order_no, customer_id=cust["customer_id"], ts=iso(placed), amount=gross, status="",
               channel=ch, device=device, order_type=order_type, city=city, business_type=cust["business_type"],
               main_product=product, 品名=PRODUCTS[product][0], punnets=punnets, gross_cny=gross, rejected_cny=0.0,
               currency=cust["currency"], amount_local="", delivery_date=d.isoformat(), statement_no="", due_date="",
               paid_at="", payment_method="", cancel_reason="")
    OUT.orders.append(row)
    if d in TYPHOON or (order_type != "trial" and rng.random() < 0.008):
        row["status"] = "cancelled"
        row["cancel_reason"] = "typhoon" if d in TYPHOON else pick(["kitchen_closed", "customer_request", "duplicate"])
        return row
    hk = city == "Hong Kong"
    hour = float(rng.uniform(6.0, 9.5)) if not hk else float(rng.uniform(7.5, 10.5))
    late_p = 0.12 if hk else 0.05
    minutes_late = int(rng.integers(0, 12))
    if rng.random() < late_p:
        minutes_late = int(16 + rng.exponential(38))
    t = dt(day, hour) + timedelta(minutes=minutes_late)
    summer = d.month in (7, 8)
    w = list(REJ_W)
    if hk and summer:
        w[0] *= 3
        w[6] *= 2
    p_part, p_rej = 0.028, 0.006
    pulp = d >= PULP_SWITCH
    extra = PULP_EXTRA.get(d.month, 0.0) if pulp else 0.0
    u = rng.random()
    action, reason = "accepted", ""
    if u < extra:
        action, reason = "part_rejected", "crushed"
    elif u < extra + p_rej:
        action, reason = "rejected", REJ_REASONS[widx(w)]
    elif u < extra + p_rej + p_part:
        action, reason = "part_rejected", REJ_REASONS[widx(w)]
    if action == "accepted" and minutes_late > 75 and rng.random() < 0.35:
        action, reason = "rejected", "late"
    rej_p = punnets if action == "rejected" else int(max(1, round(punnets * rng.uniform(0.1, 0.4)))) \
        if action == "part_rejected" else 0
    rej_cny = round(rej_p * gross / punnets, 2)
    row["rejected_cny"] = rej_cny
    row["amount"] = round(gross - rej_cny, 2) if action != "rejected" else gross
    if action == "rejected":
        row["status"] = "returned"
    temp = round(float(rng.normal(4.5 if not summer else 6.0, 1.2)) + (3.0 if reason == "temperature" else 0.0), 1)
    OUT.ev(cust, "tp_delivery", t, action, "cross_border_van" if hk else "own_van", order_no=order_no,
           order_type=order_type, product=product, 品名=PRODUCTS[product][0], farm=PRODUCTS[product][2],
           punnets=punnets, order_cny=gross,
           packaging="pulp_punnet" if pulp else "pet_clamshell",
           carrier="gs_coldlink" if hk else "own_fleet", minutes_late=minutes_late,
           on_time="yes" if minutes_late <= 15 else "no", arrival_temp_c=temp, reject_reason=reason,
           拒收原因=REJ_ZH.get(reason, ""), rejected_cny=rej_cny)
    cust["_last_delivery"] = day
    if order_type == "trial":
        return row
    # complaints and surveys
    if action != "accepted" and rng.random() < 0.7:
        complaint_case(cust, day, t, reason, product, order_no)
    elif action == "accepted" and minutes_late > 30 and rng.random() < 0.2:
        complaint_case(cust, day, t, "late", product, order_no)
    if rng.random() < (0.11 if hk else 0.055):
        st = t + timedelta(hours=float(rng.uniform(1, 30)))
        if st.date() <= D0 + timedelta(days=LAST):
            if action != "accepted":
                topic = {"crushed": "soggy" if pulp else "crushed"}.get(reason, reason) if rng.random() < 0.75 \
                    else "generic_neg"
                rating = pick([1, 2, 3], [0.4, 0.4, 0.2])
            elif minutes_late > 15:
                topic = ("border" if hk and rng.random() < 0.5 else "late") if rng.random() < 0.7 else "generic_neg"
                rating = pick([2, 3], [0.5, 0.5])
            elif pulp and rng.random() < PULP_SURVEY[d.month]:
                topic, rating = "soggy", pick([2, 3], [0.4, 0.6])
            else:
                topic = pick(["flavour", "driver", "generic_pos", "neutral"], [0.25, 0.15, 0.40, 0.20])
                rating = pick([3, 4, 5], [0.1, 0.35, 0.55]) if topic != "neutral" else int(
                    rng.choice([3, 4], p=[0.5, 0.5]))
            OUT.fb(cust, st, "tp_delivery", "delivery_survey", topic, rating=rating, product=product,
                   order_no=order_no)
    return row


def run_account(cust, start_day, term_months, term_start_day):
    """deliveries from start_day until churn / the end of the data; renewals at each term end."""
    city, tier = cust["city"], cust["tier"]
    dpw = {"key_account": rng.integers(3, 5), "standard": 2, "small": 1}[tier]
    sched = schedule_days(dpw, city)
    cust["deliveries_per_week"] = len(sched)
    base_p = punnets_for(tier)
    prods = PROD_W[cust["business_type"]]
    main_prods = list(rng.choice(len(PNAMES), size=3, replace=False, p=np.array(prods) / sum(prods)))
    hk = city == "Hong Kong"
    term_end = term_start_day + int(round(term_months * 30.44))
    contract_no = f"CT{cust['customer_id'][1:]}-{int(rng.integers(100, 999))}"
    term_no = 1
    complaints_at_term_start = 0
    churn_day, churn_reason = None, None
    day = start_day
    while day <= LAST:
        d = DAYS[day + 1]
        # renewal around term end
        if day == term_end - 30:
            n_c = len([c for c in cust["_complaints"] if c >= term_start_day])
            soggy_2026 = d >= date(2026, 3, 15)
            p_sign = 0.93 - 0.07 * min(n_c, 4) - (0.08 if hk else 0.0) - (0.07 * min(n_c, 3) if soggy_2026 else 0.0)
            p_sign = max(p_sign, 0.2)
            notice = dt(day, float(rng.uniform(9, 11)))
            OUT.ev(cust, "tp_renewal_notice", notice, "sent", "email", contract_no=contract_no,
                   contract_end=(D0 + timedelta(days=term_end)).isoformat())
            signed = False
            t = notice
            reviewed = rng.random() < 0.86
            if reviewed:
                t = t + timedelta(days=float(rng.uniform(2, 10)))
                will = rng.random() < min(1.0, p_sign / (0.86 * 0.97))
                OUT.ev(cust, "tp_renewal_review", t, "held", "visit", contract_no=contract_no, complaints_in_term=n_c)
                if rng.random() < 0.6 and t.date() <= D0 + timedelta(days=LAST):
                    if will:
                        topic = pick(["renew_ok", "flavour", "generic_pos"], [0.6, 0.2, 0.2])
                    else:
                        opts = ["price", "generic_neg"] + (["soggy"] if soggy_2026 else []) + \
                               (["border"] if hk else []) + (["min_order"] if cust["business_type"] == "cafe" else []) + \
                               (["wilted", "late"] if n_c else [])
                        topic = pick(opts)
                    OUT.fb(cust, t + timedelta(hours=2), "tp_renewal_review", "renewal_call", topic,
                           rating=int(rng.integers(4, 6)) if will else int(rng.integers(1, 4)),
                           product=PNAMES[main_prods[0]])
                if will and rng.random() < 0.97:
                    t = t + timedelta(days=float(rng.uniform(1, 5)))
                    OUT.ev(cust, "tp_renewal_quote", t, "sent", "email", contract_no=contract_no,
                           price_change_pct=8 if t.date() >= date(2026, 2, 1) else 0)
                    t = t + timedelta(days=float(rng.uniform(1, 8)))
                    OUT.ev(cust, "tp_renewal_signed", t, "signed", "e_sign", contract_no=contract_no,
                )
                    signed = True
            if not signed:
                n_recent = n_c
                if n_c >= 2 and soggy_2026:
                    reason = pick(["packaging", "quality"], [0.6, 0.4])
                elif n_c >= 2:
                    reason = "quality"
                elif hk and rng.random() < 0.35:
                    reason = "border_delays"
                elif cust["business_type"] == "cafe" and rng.random() < 0.4:
                    reason = "minimum_order"
                else:
                    reason = pick(["price", "switched_supplier", "closed", "quality"],
                                  [0.45 if d >= PRICE_RISE else 0.3, 0.3, 0.2, 0.1 + 0.1 * n_recent])
                churn_day, churn_reason = term_end + int(rng.integers(0, 12)), reason
        if day == term_end:
            if churn_day is not None:
                break
            term_no += 1
            term_start_day = term_end
            term_end = term_start_day + int(round(term_months * 30.44))
        # mid-term churn (closures, switching)
        if d.weekday() == 0 and churn_day is None:
            recent = len([c for c in cust["_complaints"] if day - 30 <= c < day])
            if rng.random() < 0.0016 + 0.004 * recent:
                churn_day = day + int(rng.integers(0, 5))
                churn_reason = pick(["closed", "switched_supplier", "quality"],
                                    [0.55, 0.25, 0.2]) if recent == 0 else pick(["quality", "switched_supplier"])
                break
        if not closed_day(d):
            if d.weekday() in sched:
                vol = base_p * (1.6 if d.month == 12 and cust["business_type"] in ("hotel", "caterer") else 1.0)
                punnets = max(4, int(rng.normal(vol, vol * 0.12)))
                prod = PNAMES[main_prods[widx((0.5, 0.3, 0.2))]]
                placed = dt(day - 1, float(rng.uniform(13.0, 15.0)))
                deliver(cust, day, "standing", punnets, prod, "standing_order", placed)
            if rng.random() < 0.045:
                prod = PNAMES[main_prods[int(rng.integers(3))]] if rng.random() < 0.7 else pick(PNAMES)
                ch = pick(["whatsapp", "phone", "email"], [0.6, 0.3, 0.1]) if hk else \
                    pick(["mini_program", "wechat", "phone"], [0.55, 0.35, 0.10])
                dev = pick(["ios", "android"], [0.55, 0.45]) if ch == "mini_program" else ""
                placed = dt(day, float(rng.uniform(8, 20)))
                n = max(3, int(base_p * rng.uniform(0.2, 0.5)))
                OUT.ev(cust, "tp_adhoc_order", placed, "placed", ch, device=dev, order_no=f"SO{len(OUT.orders) + 1:07d}",
                       product=prod, 品名=PRODUCTS[prod][0], punnets=n)
                if day + 1 <= LAST:
                    deliver(cust, day + 1, "adhoc", n, prod, ch, placed, dev)
                else:
                    OUT.orders.append(dict(order_id=f"SO{len(OUT.orders) + 1:07d}", customer_id=cust["customer_id"],
                                           ts=iso(placed), amount=round(n * price_of(prod, day, cust["city"]), 2),
                                           status="unbilled", channel=ch, device=dev, order_type="adhoc",
                                           city=cust["city"], business_type=cust["business_type"], main_product=prod,
                                           品名=PRODUCTS[prod][0], punnets=n, currency=cust["currency"],
                                           delivery_date=(D0 + timedelta(days=day + 1)).isoformat()))
        day += 1
    if churn_day is not None and churn_day <= LAST:
        t = dt(churn_day, float(rng.uniform(10, 17)))
        OUT.ev(cust, "tp_churn", t, "churned", "crm", churn_reason=churn_reason, 流失原因=CHURN_ZH[churn_reason],
               last_delivery_date=(D0 + timedelta(days=cust["_last_delivery"])).isoformat()
               if cust["_last_delivery"] is not None else "")
        cust["churned_at"] = iso(t)
        cust["churn_reason"] = churn_reason
        cust["流失原因"] = CHURN_ZH[churn_reason]
        cust["_churn_day"] = churn_day
        if rng.random() < 0.5:
            topic = {"quality": pick(["wilted", "yellowing", "generic_neg"]), "price": "price",
                     "switched_supplier": pick(["price", "generic_neg"]), "closed": "neutral",
                     "minimum_order": "min_order", "border_delays": "border", "packaging": "soggy"}[churn_reason]
            OUT.fb(cust, t + timedelta(days=float(rng.uniform(1, 6))), None, "exit_interview", topic,
                   rating=int(rng.integers(1, 3)) if topic != "neutral" else 3, product=PNAMES[main_prods[0]])


def adhoc_only(cust, start_day):
    """accounts that open but never sign a standing order: a few ad-hoc orders."""
    day = start_day
    n = int(rng.integers(1, 6))
    for _ in range(n):
        day += int(rng.integers(5, 40))
        if day > LAST - 1:
            break
        prod = pick(PNAMES, PROD_W[cust["business_type"]])
        hk = cust["city"] == "Hong Kong"
        ch = pick(["whatsapp", "phone"]) if hk else pick(["mini_program", "wechat"], [0.6, 0.4])
        dev = pick(["ios", "android"], [0.55, 0.45]) if ch == "mini_program" else ""
        placed = dt(day, float(rng.uniform(8, 20)))
        n_p = punnets_for("small")
        OUT.ev(cust, "tp_adhoc_order", placed, "placed", ch, device=dev, order_no=f"SO{len(OUT.orders) + 1:07d}",
               product=prod, 品名=PRODUCTS[prod][0], punnets=n_p)
        deliver(cust, day + 1, "adhoc", n_p, prod, ch, placed, dev)


# ---------------------------------------------------------------- leads and onboarding
def onboarding(cust, day0, exp_window):
    city, btype, chan = cust["city"], cust["business_type"], cust["acquisition_channel"]
    hk = city == "Hong Kong"
    t = cust["signup_at"]
    show = cust.pop("_show", "")
    OUT.ev(cust, "tp_enquiry", t, "submitted", chan, lead_source=show or chan,
           est_weekly_punnets=int(punnets_for(cust["tier"]) * rng.uniform(1, 4)))
    p_trial = {"xiaohongshu": 0.40, "instagram": 0.44, "wechat": 0.56, "website": 0.50, "sales_visit": 0.64,
               "referral": 0.80, "trade_show": 0.58}[chan]
    if rng.random() > p_trial:
        return
    t = t + timedelta(days=float(rng.uniform(1, 6)))
    d = t.date()
    variant = None
    if exp_window[0] <= d <= exp_window[1]:
        variant = "chef_video" if rng.random() < 0.5 else "box_only"
        OUT.experiments.append(dict(experiment_id="trial_box_2026", variant=variant,
                                    customer_id=cust["customer_id"],
                                    assigned_at=iso(t - timedelta(hours=float(rng.uniform(2, 20))))))
    wilt_p = (0.10 if hk else 0.05) * (2.2 if d.month in (7, 8) else 1.0)
    wilted = rng.random() < wilt_p
    box = "chef_pick_3" if variant == "chef_video" else "mixed_6"
    prod = pick(PNAMES, PROD_W[btype])
    OUT.ev(cust, "tp_trial_box", t, "delivered", "cross_border_van" if hk else "own_van",
           box_type=box, arrival_condition="wilted" if wilted else "fresh", product=prod, 品名=PRODUCTS[prod][0])
    tr = dict(order_id=f"SO{len(OUT.orders) + 1:07d}", customer_id=cust["customer_id"],
              ts=iso(t - timedelta(days=1)), amount=99.0 if hk else 88.0, status="paid", channel="trial",
              device="", order_type="trial", city=city, business_type=btype, main_product="trial_box",
              品名="试用盒", punnets=6, gross_cny=99.0 if hk else 88.0, rejected_cny=0.0, currency=cust["currency"],
              amount_local=round(99.0 / HKD_CNY, 2) if hk else 88.0, delivery_date=d.isoformat(), statement_no="",
              due_date="", paid_at=iso(t - timedelta(days=1)),
              payment_method="fps" if hk else "wechat_pay", cancel_reason="")
    OUT.orders.append(tr)
    p_taste = (0.52 if wilted else 0.87) + (0.06 if variant == "chef_video" else 0.0)
    if rng.random() > p_taste:
        return
    t = t + timedelta(days=float(rng.uniform(1, 4)))
    score = int(rng.choice([2, 3, 4, 5], p=[0.25, 0.25, 0.3, 0.2] if wilted else [0.06, 0.18, 0.42, 0.34]))
    if variant == "chef_video" and score < 5 and rng.random() < 0.2:
        score += 1
    OUT.ev(cust, "tp_tasting", t, "liked" if score >= 4 else "neutral" if score == 3 else "disliked",
           "whatsapp" if hk else "wechat", tasting_score=score, favourite_variety=prod, 品名=PRODUCTS[prod][0])
    if rng.random() < 0.75:
        if score >= 4:
            topic = pick(["flavour", "plating", "generic_pos"], [0.4, 0.4, 0.2])
        elif score == 3:
            topic = "min_order" if btype == "cafe" and rng.random() < 0.5 else pick(["neutral", "generic_neg"])
        else:
            topic = "wilted" if wilted else pick(["yellowing", "generic_neg"])
        OUT.fb(cust, t + timedelta(minutes=20), "tp_tasting", "chef_tasting", topic, rating=score, product=prod)
    p_quote = {5: 0.95, 4: 0.92, 3: 0.72, 2: 0.35}[score]
    gap = QUOTE_GAP[0] <= t.date() <= QUOTE_GAP[1]
    if gap:
        p_quote *= 0.45
    got_quote = rng.random() < p_quote
    if gap and (rng.random() < 0.55):
        OUT.fb(cust, t + timedelta(days=float(rng.uniform(6, 14))), "tp_quote", "call_note", "quote", product=prod)
    if not got_quote:
        return
    t = t + timedelta(days=float(rng.uniform(8, 22) if gap else rng.uniform(0.5, 4)))
    ppp = round(price_of(prod, day_of(t.date()), city) * float(rng.uniform(0.9, 1.0)), 2)
    OUT.ev(cust, "tp_quote", t, "sent", "email", price_per_punnet_cny=ppp, discount_pct=pick([0, 5, 10]),
           product=prod, 品名=PRODUCTS[prod][0])
    p_open = {"restaurant": 0.64, "hotel": 0.74, "cafe": 0.26, "bar": 0.54, "caterer": 0.60}[btype]
    p_open *= (0.68 if hk else 1.0) * (0.8 if chan in ("xiaohongshu", "instagram") else 1.0)
    p_open *= 1.3 if variant == "chef_video" else 1.0
    p_open *= 0.85 if t.date() >= PRICE_RISE else 1.0
    if btype == "cafe" and rng.random() < 0.3:
        OUT.fb(cust, t + timedelta(days=float(rng.uniform(1, 5))), "tp_quote", "call_note", "min_order", product=prod)
    if rng.random() > min(p_open, 0.95):
        return
    t = t + timedelta(days=float(rng.uniform(2, 9)))
    approved = rng.random() < 0.94
    OUT.ev(cust, "tp_account_open", t, "approved" if approved else "declined", "e_sign", payment_terms="net30",
           credit_limit_cny=pick([5000, 10000, 20000, 50000]) if approved else "",
           decline_reason="" if approved else pick(["credit_check", "incomplete_documents"]))
    if not approved:
        return
    cust["account_opened"] = iso(t)
    p_so = 0.55 if btype == "cafe" else 0.80
    if rng.random() > p_so:
        if rng.random() < 0.6:
            cust["_adhoc_only"] = True
            adhoc_only(cust, day_of(t.date()))
        return
    t = t + timedelta(days=float(rng.uniform(1, 8)))
    if t.date() > D0 + timedelta(days=LAST):
        return
    months = 6 if rng.random() < 0.6 else 12
    cust["contract_months"] = months
    cust["standing_order"] = "yes"
    so_day = day_of(t.date())
    cust["_so_day"] = so_day
    OUT.ev(cust, "tp_standing_order", t, "signed", "e_sign", contract_no=f"CT{cust['customer_id'][1:]}",
           contract_months=months, deliveries_per_week="")
    ev = OUT.events[-1]
    run_account(cust, so_day + 2, months, so_day + 2)
    ev["deliveries_per_week"] = cust["deliveries_per_week"]


def leads():
    custs = []
    n = 0
    exp_window = (date(2026, 1, 1), date(2026, 6, 30))
    for day in range(0, LAST - 5):
        d = D0 + timedelta(days=day)
        lam = 3.9 + 1.6 * day / LAST
        if closed_day(d):
            lam *= 0.3
        if d.weekday() == 6:
            lam *= 0.5
        k = int(rng.poisson(lam))
        show_today = [s for s in SHOWS if s[2] <= d < s[2] + timedelta(days=s[3])]
        kshow = int(rng.poisson(show_today[0][4])) if show_today else 0
        for j in range(k + kshow):
            n += 1
            if j >= k:
                name, city = show_today[0][0], show_today[0][1]
                chan = "trade_show"
                if rng.random() < 0.3:
                    city = pick(CITIES, CITY_W)
            else:
                name = ""
                city = pick(CITIES, CITY_W)
                chan = pick(CHANNELS_HK, CHANNELS_HK_W) if city == "Hong Kong" else pick(CHANNELS_MAIN,
                                                                                         CHANNELS_MAIN_W)
            btype = pick(BTYPES, BTYPE_W)
            cust = new_customer(f"C{n:05d}", city, btype, dt(day, float(rng.uniform(8.5, 22))), chan)
            cust["company_name"] = company_name(city, btype, n)
            cust["_show"] = name
            custs.append(cust)
    for cust in custs:
        onboarding(cust, None, exp_window)
    return custs


def legacy_accounts():
    custs = []
    for i in range(1, 131):
        city = pick(CITIES, [0.45, 0.35, 0.20])
        btype = pick(BTYPES, [0.45, 0.18, 0.12, 0.10, 0.15])
        opened = date(2022, 3, 1) + timedelta(days=int(rng.integers(0, 1000)))
        chan = pick(["sales_visit", "referral", "wechat", "website"])
        cust = new_customer(f"A{i:04d}", city, btype, datetime.combine(opened, datetime.min.time())
                            + timedelta(hours=10), chan, True)
        cust["company_name"] = company_name(city, btype, 9000 + i)
        cust["account_opened"] = iso(cust["signup_at"])
        months = 12 if rng.random() < 0.55 else 6
        cust["contract_months"] = months
        cust["standing_order"] = "yes"
        end = int(rng.integers(35, 35 + int(months * 30.44)))
        cust["_so_day"] = -1
        run_account(cust, 0, months, end - int(round(months * 30.44)))
        custs.append(cust)
    return custs


# ---------------------------------------------------------------- statements, payments, NPS, group chats
def statements(custs):
    byc = {c["customer_id"]: c for c in custs}
    groups = {}
    for o in OUT.orders:
        if o["order_type"] == "trial" or o["status"] in ("cancelled", "returned", "unbilled"):
            continue
        key = (o["customer_id"], o["delivery_date"][:7])
        groups.setdefault(key, []).append(o)
    late_p = {"restaurant": 0.14, "hotel": 0.38, "cafe": 0.10, "bar": 0.22, "caterer": 0.18}
    n = 0
    for (cid, ym), rows in sorted(groups.items()):
        cust = byc[cid]
        y, m = int(ym[:4]), int(ym[5:])
        first = date(y + (m == 12), m % 12 + 1, 1)
        issue = first + timedelta(days=int(rng.integers(0, 3)))
        if day_of(issue) > LAST:
            for o in rows:
                o["status"] = "unbilled"
            continue
        n += 1
        st_no = f"ST{ym.replace('-', '')}-{n:05d}"
        total = round(sum(o["amount"] for o in rows), 2)
        due = issue + timedelta(days=30)
        OUT.ev(cust, "tp_invoice", dt(day_of(issue), 10.0), "issued", "email", statement_no=st_no, statement_month=ym,
               statement_cny=total, due_date=due.isoformat())
        pm = cust["payment_method"]
        lp = late_p[cust["business_type"]] + (0.15 if pm == "cheque" else 0.0)
        late = rng.random() < lp
        days = int(rng.integers(31, 72)) if late else int(rng.integers(8, 31))
        paid = issue + timedelta(days=days)
        for o in rows:
            o["statement_no"] = st_no
            o["due_date"] = due.isoformat()
            o["payment_method"] = pm
        if cust["_churn_day"] is not None and rng.random() < 0.04:
            paid = None          # a churned account that never paid its last statement
        if paid is not None and day_of(paid) <= LAST:
            OUT.ev(cust, "tp_payment", dt(day_of(paid), float(rng.uniform(9, 17))), "late" if late else "on_time",
                   "bank" if pm in ("bank_transfer", "cheque") else pm, statement_no=st_no, paid_cny=total,
                   payment_method=pm, days_to_pay=days, days_late=max(0, days - 30))
            for o in rows:
                o["status"] = "paid"
                o["paid_at"] = paid.isoformat()
        else:
            for o in rows:
                o["status"] = "overdue" if day_of(due) < LAST else "billed"
    for o in OUT.orders:
        if not o.get("status"):
            o["status"] = "unbilled"
        if o.get("amount_local", "") == "":
            o["amount_local"] = round(o["amount"] / HKD_CNY, 2) if o["currency"] == "HKD" else o["amount"]


def active_on(cust, day):
    so = cust["_so_day"]
    if so is None or so > day:
        return False
    return cust["_churn_day"] is None or cust["_churn_day"] > day


def nps_waves(custs):
    for wave, d0 in (("2025-06", date(2025, 6, 9)), ("2025-12", date(2025, 12, 8)), ("2026-06", date(2026, 6, 8))):
        day0 = day_of(d0)
        for c in custs:
            if not active_on(c, day0) or rng.random() > 0.42:
                continue
            recent = len([x for x in c["_complaints"] if day0 - 90 <= x < day0])
            hk = c["city"] == "Hong Kong"
            mu = 8.3 - 1.1 * min(recent, 3) - (0.6 if hk else 0.0) - (0.9 if wave == "2026-06" and hk else 0.0) \
                - (0.5 if wave == "2026-06" else 0.0)
            score = int(np.clip(round(rng.normal(mu, 1.5)), 0, 10))
            if score >= 9:
                topic = pick(["flavour", "driver", "generic_pos"])
            elif score >= 7:
                topic = pick(["generic_pos", "neutral", "price"], [0.5, 0.3, 0.2])
            else:
                opts = ["generic_neg", "wilted", "late"] + (["border"] if hk else []) + \
                       (["soggy", "soggy", "price"] if wave == "2026-06" else []) + \
                       (["min_order"] if c["business_type"] == "cafe" else []) + ["invoice"]
                topic = pick(opts)
            t = dt(day0 + int(rng.integers(0, 11)), float(rng.uniform(9, 21)))
            OUT.fb(c, t, None, "nps_survey", topic, nps=score, survey_wave=wave)


def undated(custs):
    for i in range(95):           # WeChat customer-group messages exported without time or sender
        topic = pick(["generic_pos", "driver", "wilted", "late", "soggy", "neutral", "flavour"],
                     [0.2, 0.15, 0.15, 0.15, 0.15, 0.1, 0.1])
        OUT.fb(None, None, None, "wechat_group", topic, lang="zh", product=pick(PNAMES),
               city=pick(["Guangzhou", "Shenzhen"]))
    for i in range(50):           # WhatsApp group (Hong Kong)
        topic = pick(["generic_pos", "border", "wilted", "driver", "soggy", "neutral"], [0.2, 0.2, 0.15, 0.15, 0.15, 0.15])
        OUT.fb(None, None, None, "whatsapp_group", topic, lang="en", product=pick(PNAMES), city="Hong Kong")
    active = [c for c in custs if c["_so_day"] is not None]
    for i in range(48):           # paper delivery forms typed in later, without a date
        c = active[int(rng.integers(len(active)))]
        topic = pick(["generic_pos", "flavour", "wilted", "neutral", "late"], [0.35, 0.2, 0.15, 0.15, 0.15])
        rating = int(rng.integers(4, 6)) if topic in POS_TOPICS else int(rng.integers(2, 4))
        OUT.fb(c, None, "tp_delivery", "paper_form", topic, rating=rating, product=pick(PNAMES))


def segments(custs):
    for c in custs:
        if c["_so_day"] is None:
            c["segment"] = "occasional" if c["_adhoc_only"] else "prospect"
        elif c["_churn_day"] is not None and c["_churn_day"] <= LAST:
            c["segment"] = "churned"
        elif len([x for x in c["_complaints"] if x >= LAST - 60]) >= 2:
            c["segment"] = "at_risk"
        elif c["_so_day"] >= LAST - 90:
            c["segment"] = "new"
        else:
            c["segment"] = "active"


# ---------------------------------------------------------------- write
def write_csv(path: Path, rows, cols):
    """rows are dicts; keys not in cols are left out, missing ones are empty."""
    idx = {k: i for i, k in enumerate(cols)}
    cache: dict[tuple, list] = {}
    empty = [""] * len(cols)
    lines = []
    for r in rows:
        keys = tuple(r)
        pos = cache.get(keys)
        if pos is None:
            pos = cache[keys] = [idx.get(k) for k in keys]
        line = empty[:]
        for p, v in zip(pos, r.values()):
            if p is not None and v is not None:
                line[p] = v
        lines.append(line)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        w.writerows(lines)


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    custs = legacy_accounts() + leads()
    statements(custs)
    nps_waves(custs)
    undated(custs)
    segments(custs)
    end = D0 + timedelta(days=LAST)
    OUT.events = [e for e in OUT.events if e["ts"][:10] <= end.isoformat()]
    OUT.feedback = [f for f in OUT.feedback if f["ts"][:10] <= end.isoformat()]
    kept = {f["feedback_id"] for f in OUT.feedback}
    OUT.truth = [t for t in OUT.truth if t["feedback_id"] in kept]
    OUT.events.sort(key=lambda e: (e["ts"], e["event_id"]))
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write_csv(out / "touchpoints.csv", tps, list(tps[0]))
    jr = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=i + 1,
               touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for i, tp in enumerate(j[3])]
    write_csv(out / "journeys.csv", jr, list(jr[0]))
    for c in custs:
        c["signup_at"] = iso(c["signup_at"])
    ccols = ["customer_id", "company_name", "signup_at", "segment", "region", "city", "城市", "district",
             "acquisition_channel", "获客渠道", "tier", "business_type", "客户类型", "cuisine", "outlets", "sales_rep",
             "payment_terms", "payment_method", "currency", "preferred_language", "account_opened", "standing_order",
             "contract_months", "deliveries_per_week", "churned_at", "churn_reason", "流失原因"]
    write_csv(out / "customers.csv", custs, ccols)
    ecols: dict[str, None] = {}
    for keys in dict.fromkeys(tuple(e) for e in OUT.events):
        ecols.update(dict.fromkeys(keys))
    ecols = list(ecols)
    write_csv(out / "events.csv", OUT.events, ecols)
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "city",
             "business_type", "main_product", "品名", "punnets", "gross_cny", "rejected_cny", "currency",
             "amount_local", "delivery_date", "statement_no", "due_date", "paid_at", "payment_method", "cancel_reason"]
    OUT.orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    write_csv(out / "orders.csv", OUT.orders, ocols)
    fcols = ["feedback_id", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "text", "language",
             "city", "business_type", "survey_wave", "order_no", "case_no"]
    write_csv(out / "feedback.csv", OUT.feedback, fcols)
    write_csv(out / "experiments.csv", OUT.experiments, ["experiment_id", "variant", "customer_id", "assigned_at"])
    write_csv(out / "_truth" / "feedback_truth.csv", OUT.truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(custs)}, events {len(OUT.events)}, orders {len(OUT.orders)}, "
          f"feedback {len(OUT.feedback)}, experiments {len(OUT.experiments)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
