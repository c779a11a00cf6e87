"""田园盒子 FarmBox: a weekly vegetable box from partner farms around Shanghai, Hangzhou, Suzhou and Nanjing.

People find the WeChat mini program (小程序首页) through Xiaohongshu notes, Douyin videos, WeChat Moments ads, a friend's
referral link (老带新), a community group-buy leader (社区团购团长) or a stall at a weekend farmers' market (市集摊位).
Most order a 39-CNY trial box (体验盒, 29.9 in the March 2026 "春季尝鲜" promotion), receive it by cold delivery, look at
the plans page and may subscribe: weekly (每周) or biweekly (双周), a small box (小份盒, 2 people, 138 CNY) or a family
box (家庭盒, 218 CNY). Each delivery week the box is charged on Monday (one order per box, add-ons such as eggs or
free-range chicken on the same order), subscribers may customise it before the cutoff (定制菜盒: swap items, add-ons)
or skip the week (跳过本周). When a farm's harvest falls short the packer swaps items and the customer gets a
substitution notice (缺货替换通知) the evening before delivery. Boxes leave one of four cold hubs (上海青浦仓,
杭州余杭仓, 苏州吴中仓, 南京江宁仓) and are delivered (菜盒签收: on time / late, box temperature at hand-over).
Customers report problems (售后问题上报: missing item 缺件, wilted 不新鲜, crushed 压坏, warm box 冰袋融化) and get store
credit or a refusal (补偿处理). They can book a visit to a partner farm (农场参观报名 → 到场), pause the subscription
(暂停订阅 → 恢复订阅) or ask to cancel (申请退订 → 挽留回访 → 退订生效).

The extract covers 2025-01-01 .. 2026-07-31 (taken at the start of August 2026); subscribers who joined in 2024 are in
`customers` (signup_at in 2024) and appear with their boxes from January 2025 on.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20260803), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260803
NP = np.random.default_rng(SEED)
R = random.Random(int(NP.integers(1 << 30)))
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
N_LEGACY = 380
HEAT = (datetime(2025, 7, 14), datetime(2025, 8, 25))              # heat wave: leafy greens fail, esp. on Chongming
COURIER_SWITCH = datetime(2026, 5, 1)                              # Suzhou hub moves to the cheaper 鲜速达 courier
PACKERS = (datetime(2025, 11, 1), datetime(2026, 1, 1))            # Hangzhou hub: seasonal packers, items left out
PROMO = (datetime(2026, 3, 1), datetime(2026, 4, 1))               # 29.9 trial box promotion
SWAP_FEATURE = datetime(2025, 6, 1)                                # mini program 3.0: swap items in the box

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_landing", "小程序首页浏览", "Mini program landing", "awareness", "mini_program", "digital", "growth",
     "首页|落地页|进小程序|访问|landing page|home page|visit"),
    ("tp_trial_order", "体验盒下单", "Trial box ordered", "purchase", "mini_program", "digital", "growth",
     "体验盒|试吃盒|尝鲜盒|首单|trial box|trial order|taster box"),
    ("tp_trial_deliver", "体验盒签收", "Trial box delivered", "consideration", "other", "physical", "logistics",
     "体验盒到货|体验盒收货|trial delivered|trial box arrived"),
    ("tp_plan_view", "查看订阅方案", "Plans page viewed", "consideration", "mini_program", "digital", "growth",
     "订阅方案|价格页|套餐页|plans page|pricing page"),
    ("tp_subscribe", "开通订阅", "Subscription started", "purchase", "mini_program", "digital", "growth",
     "订阅|开通会员|包周|周配送|双周配送|subscribe|subscription|sign-up"),
    ("tp_customize", "定制菜盒", "Box customised", "loyalty", "mini_program", "digital", "product",
     "换菜|定制|自选|加购|加鸡蛋|customise|customize|swap items|add-on"),
    ("tp_skip", "跳过本周", "Week skipped", "loyalty", "mini_program", "digital", "product",
     "跳过|暂停一周|本周不送|skip|skip a week|skipped delivery"),
    ("tp_substitution", "缺货替换通知", "Substitution notice", "service", "mini_program", "digital", "farm_ops",
     "缺货|替换|换菜通知|减产|harvest shortfall|substitution|swap notice|out of stock"),
    ("tp_box_deliver", "菜盒签收", "Box delivered", "service", "other", "physical", "logistics",
     "配送|冷链|送达|签收|快递|delivery|cold chain|box arrived"),
    ("tp_issue_report", "售后问题上报", "Issue reported", "service", "mini_program", "digital", "customer_service",
     "售后|投诉|缺件|少发|坏了|不新鲜|issue|complaint|missing item|damaged"),
    ("tp_compensation", "补偿处理", "Compensation decided", "service", "mini_program", "digital", "customer_service",
     "补偿|退款|赔付|余额补偿|credit|refund|compensation"),
    ("tp_visit_book", "农场参观报名", "Farm visit booked", "loyalty", "mini_program", "digital", "community",
     "农场参观|农场开放日|采摘|farm visit|farm day|farm tour"),
    ("tp_visit_attend", "农场参观到场", "Farm visit attended", "loyalty", "store", "physical", "community",
     "参观签到|到场|farm visit check-in|attended"),
    ("tp_pause", "暂停订阅", "Subscription paused", "loyalty", "mini_program", "digital", "customer_service",
     "暂停|停几周|pause|hold"),
    ("tp_resume", "恢复订阅", "Subscription resumed", "loyalty", "mini_program", "digital", "customer_service",
     "恢复|重新开始|resume|restart"),
    ("tp_cancel_request", "申请退订", "Cancellation requested", "loyalty", "mini_program", "digital",
     "customer_service", "退订|不订了|取消订阅|cancel|unsubscribe"),
    ("tp_retention_call", "挽留回访", "Retention call", "loyalty", "phone", "physical", "customer_service",
     "挽留|回访|挽留电话|retention|save call"),
    ("tp_cancel", "退订生效", "Subscription cancelled", "loyalty", "mini_program", "digital", "customer_service",
     "流失|退订成功|已取消|churn|cancelled"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("acquire", "获客下单", "Landing to trial order", ["tp_landing", "tp_trial_order"], 14),
    ("trial", "体验盒转化", "Trial box to subscription",
     ["tp_trial_order", "tp_trial_deliver", "tp_plan_view", "tp_subscribe"], 21),
    ("issue", "售后补偿", "Issue to compensation", ["tp_issue_report", "tp_compensation"], 7),
    ("visit", "农场参观", "Farm visit", ["tp_visit_book", "tp_visit_attend"], 45),
    ("pause", "暂停恢复", "Pause and resume", ["tp_pause", "tp_resume"], 90),
    ("cancel", "退订挽留", "Cancellation and retention", ["tp_cancel_request", "tp_retention_call", "tp_cancel"], 14),
]
CITIES = {  # en: zh, region, region zh, hub, hub zh, weight, share of English speakers
    "shanghai": ("上海", "shanghai", "上海", "HUB_QP", "上海青浦仓", 0.38, 0.16),
    "hangzhou": ("杭州", "zhejiang", "浙江", "HUB_YH", "杭州余杭仓", 0.24, 0.05),
    "suzhou": ("苏州", "jiangsu", "江苏", "HUB_WZ", "苏州吴中仓", 0.18, 0.05),
    "nanjing": ("南京", "jiangsu", "江苏", "HUB_JN", "南京江宁仓", 0.20, 0.03),
}
HUB_ZH = {v[3]: v[4] for v in CITIES.values()}
TP_CH = {t[0]: t[4] for t in TOUCHPOINTS}
COURIERS = {"own_fleet": "自有车队", "sf_cold": "顺丰冷运", "jd_cold": "京东冷链", "xiansuda": "鲜速达"}
FARMS = {  # id: zh, en
    "F_CM": ("崇明生态农场", "Chongming Eco Farm"),
    "F_MGS": ("莫干山有机农场", "Moganshan Organic Farm"),
    "F_AJ": ("安吉竹林农场", "Anji Bamboo Grove Farm"),
    "F_TH": ("太湖湾农场", "Taihu Bay Farm"),
    "F_LY": ("溧阳天目湖农场", "Liyang Tianmu Lake Farm"),
}
BOX_FARM = {"HUB_QP": {"F_CM": .6, "F_AJ": .2, "F_TH": .2}, "HUB_YH": {"F_MGS": .65, "F_AJ": .35},
            "HUB_WZ": {"F_TH": .8, "F_CM": .2}, "HUB_JN": {"F_LY": .85, "F_TH": .15}}
VISIT_FARM = {"HUB_QP": {"F_CM": .45, "F_MGS": .2, "F_AJ": .2, "F_TH": .15},
              "HUB_YH": {"F_MGS": .8, "F_AJ": .2}, "HUB_WZ": {"F_TH": .55, "F_MGS": .45},
              "HUB_JN": {"F_LY": .7, "F_MGS": .3}}
ATTEND = {"F_CM": .82, "F_MGS": .84, "F_AJ": .46, "F_TH": .78, "F_LY": .76}
ACQ = {  # en: zh, landing weight, p(trial | landing), p(subscribe | trial delivered), p(direct subscribe)
    "xiaohongshu": ("小红书", .30, .52, .30, .05),
    "douyin": ("抖音", .20, .42, .15, .03),
    "wechat_ads": ("朋友圈广告", .16, .46, .24, .04),
    "friend_referral": ("老带新", .14, .80, .56, .10),
    "community_groupbuy": ("社区团购", .12, .62, .055, .02),
    "farmers_market": ("市集摊位", .08, .68, .44, .08),
}
LANDING_CH = {"xiaohongshu": "xiaohongshu", "douyin": "douyin", "wechat_ads": "ads", "friend_referral": "social",
              "community_groupbuy": "social", "farmers_market": "store"}
PLAN_ZH = {"weekly": "每周", "biweekly": "双周"}
BOX_ZH = {"small": "小份盒", "family": "家庭盒"}
PRICE = {"small": 138.0, "family": 218.0}
ADDONS = {"eggs": ("土鸡蛋", 28.0, .45), "chicken": ("散养土鸡", 98.0, .12), "fruit": ("时令水果", 45.0, .25),
          "tofu": ("手工豆腐", 18.0, .18)}
ISSUE_ZH = {"missing_item": "缺件", "wilted": "不新鲜", "crushed": "压坏", "warm_box": "冰袋融化"}
MISSING = {"eggs": ("土鸡蛋", "eggs", .36), "corn": ("玉米", "corn", .14), "tomato": ("番茄", "tomatoes", .15),
           "tofu": ("手工豆腐", "tofu", .13), "fruit": ("时令水果", "fruit", .12), "mushroom": ("香菇", "mushrooms", .10)}
GREENS = {"lettuce": ("生菜", .34), "spinach": ("菠菜", .18), "bok_choy": ("小青菜", .2), "water_spinach": ("空心菜", .14),
          "cucumber": ("黄瓜", .14)}
GREENS_WINTER = {"spinach": ("菠菜", .45), "bok_choy": ("小青菜", .25), "lettuce": ("生菜", .15), "cucumber": ("黄瓜", .15)}
FILLERS = {"potato": ("土豆", .42), "pumpkin": ("南瓜", .22), "onion": ("洋葱", .18), "carrot": ("胡萝卜", .18)}
REASONS = {"too_much": "吃不完", "price": "价格太贵", "variety": "品种单一", "delivery": "配送问题", "moving": "搬家",
           "other": "其他"}
SAVE = {"too_much": .55, "price": .30, "variety": .22, "delivery": .07, "moving": .03, "other": .15}
OFFER = {"too_much": "downsize", "price": "coupon", "variety": "free_addon", "delivery": "coupon", "moving": "none",
         "other": "coupon"}
OFFER_ZH = {"downsize": "改小份或双周", "coupon": "满减券", "free_addon": "免费加购", "none": "无"}
SEG_ZH = {"prospect": "潜在客户", "trial_only": "体验未转化", "active": "订阅中", "paused": "暂停中", "churned": "已退订"}
OTYPE_ZH = {"trial_box": "体验盒", "box": "周配菜盒", "farm_visit": "农场参观门票"}

# ---------- comment snippets: topic -> (zh, en). Each topic's markers appear in its own snippets only. ----------
MARKERS = {
    "fresh": (["很新鲜"], ["so fresh"]),
    "taste": (["小时候的味道", "脆甜"], ["taste like", "crisp and sweet"]),
    "substitution": (["换成了"], ["swapped"]),
    "warm_box": (["冰袋都化了"], ["ice packs had melted"]),
    "late": (["送晚了"], ["arrived late"]),
    "missing": (["缺了", "少发了"], ["was missing", "were missing"]),
    "wilted": (["蔫了"], ["wilted"]),
    "crushed": (["压坏"], ["crushed"]),
    "too_much": (["吃不完"], ["too much food", "can't finish"]),
    "variety": (["品种太单一"], ["same vegetables every week"]),
    "price": (["太贵"], ["too expensive"]),
    "farm_visit": (["农场参观"], ["farm visit"]),
    "trial": (["体验盒"], ["trial box"]),
    "comp_slow": (["还没处理"], ["still waiting for the credit"]),
    "comp_fast": (["秒到账"], ["within the hour"]),
    "moving": (["搬家"], ["moving out"]),
}
TXT = {
    "fresh": (["菜很新鲜，叶子上还带着露水", "这周的菜很新鲜，娃都抢着吃", "收到就很新鲜，比菜场的强", "根根都很新鲜，放一周也不坏"],
              ["Veg was so fresh, there was still soil on the carrots", "Everything arrived so fresh this week",
               "so fresh compared with the supermarket"]),
    "taste": (["番茄有小时候的味道", "黄瓜特别脆甜，老人说像自家种的", "玉米脆甜，孩子啃了两根"],
              ["The tomatoes actually taste like tomatoes", "Cucumbers were crisp and sweet"]),
    "substitution": (["说好的生菜又换成了土豆", "绿叶菜一半都换成了根茎类，没提前商量", "这周三样菜被换成了南瓜和洋葱",
                      "菠菜换成了胡萝卜，家里已经堆了一堆胡萝卜"],
                     ["Lettuce got swapped for potatoes again", "Half the greens were swapped for root veg",
                      "They swapped the spinach out for onions without asking"]),
    "warm_box": (["打开箱子冰袋都化了，菜是温的", "冰袋都化了，肉和鸡蛋一点都不凉", "天这么热，到手冰袋都化了"],
                 ["The ice packs had melted and the box was warm", "By the time I got it the ice packs had melted"]),
    "late": (["又送晚了，说好上午到结果下午五点才来", "配送送晚了好几个小时，也没人打电话", "这周送晚了，菜在门口放了半天"],
             ["The box arrived late again, way past the window", "Delivery arrived late and nobody called"]),
    "missing": (["这周菜盒里缺了{item}", "订的{item}缺了，没送来", "少发了{item}，单子上明明有"],
                ["The {item} was missing from my box", "My {item} was missing again", "Two items were missing, incl. the {item}"]),
    "wilted": (["叶子菜都蔫了，还有点烂", "小青菜蔫了，拍了照片", "生菜蔫了不能吃"],
               ["The greens were wilted", "The spinach arrived wilted and slimy"]),
    "crushed": (["番茄压坏了好几个", "鸡蛋压坏了两个，箱子都湿了"],
                ["Tomatoes were crushed at the bottom", "A couple of eggs were crushed"]),
    "too_much": (["两个人根本吃不完，很多菜浪费了", "家庭盒太多了吃不完，冰箱塞满", "每周都吃不完，心疼"],
                 ["Way too much food for the two of us", "We just can't finish the box every week"]),
    "variety": (["冬天品种太单一了，天天萝卜白菜", "品种太单一，连着三周都差不多", "品种太单一，想要点新鲜花样"],
                ["Same vegetables every week, so many turnips", "It's the same vegetables every week in winter"]),
    "price": (["一周一百多，有点太贵了", "价格太贵，菜场买便宜一半", "说实话太贵了"],
              ["A bit too expensive for what you get", "Too expensive compared with the wet market"]),
    "farm_visit": (["带娃去农场参观，摘了草莓，很开心", "农场参观安排得很好，见到了种菜的师傅", "农场参观的午饭很好吃，下次还去"],
                   ["Loved the farm visit, the kids picked strawberries", "The farm visit was the highlight of our month"]),
    "trial": (["体验盒很惊喜，准备订了", "体验盒分量挺足的", "体验盒包装很用心"],
              ["The trial box was a nice surprise", "Trial box was generous for the price"]),
    "comp_slow": (["申请补偿三天了还没处理", "上传了照片，到现在还没处理"],
                  ["Still waiting for the credit after three days", "Uploaded photos and I'm still waiting for the credit"]),
    "comp_fast": (["补偿秒到账，客服很给力", "缺的东西报了一下，余额秒到账"],
                  ["Reported it and the credit landed within the hour", "Credit came through within the hour"]),
    "moving": (["下个月搬家去外地了，只能先退", "要搬家了，新地址不在配送范围"],
               ["We're moving out of the city next month", "Moving out of Shanghai, sadly"]),
}
NEG = {"substitution", "warm_box", "late", "missing", "wilted", "crushed", "too_much", "variety", "price", "comp_slow",
       "moving"}
POS = {"fresh", "taste", "farm_visit", "trial", "comp_fast"}
FILL_ZH = ["", "", "麻烦处理一下。", "希望改进。", "第一次遇到。", "客服态度还行。"]
FILL_EN = ["", "", "Please sort it out.", "Hope this gets better.", "First time this happened."]
CALL_ZH = {True: ["已同意继续订阅", "客户接受方案，保留订阅"], False: ["客户坚持退订", "劝了没用，按流程退订"]}
CALL_EN = {True: ["customer agreed to stay", "accepted the offer, keeps the subscription"],
           False: ["customer insists on cancelling", "could not save, processing the cancellation"]}


def _check_markers():
    for topic, (zh, en) in TXT.items():
        for lang, texts in ((0, zh), (1, en)):
            for t in texts:
                for other, mk in MARKERS.items():
                    hit = any(m.lower() in t.lower() for m in mk[lang])
                    assert hit == (other == topic), (topic, other, t)
    for lang, fills in ((0, FILL_ZH + sum(CALL_ZH.values(), [])), (1, FILL_EN + sum(CALL_EN.values(), []))):
        for t in fills:
            assert not any(m.lower() in t.lower() for mk in MARKERS.values() for m in mk[lang]), t


def pick(d: dict):
    keys = list(d)
    w = [v[-1] if isinstance(v, tuple) else v for v in d.values()]
    return R.choices(keys, weights=w)[0]


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def monday(t: datetime) -> datetime:
    d = datetime(t.year, t.month, t.day)
    return d - D(days=d.weekday())


def holiday_skip(w: datetime) -> float:
    """probability of skipping the delivery week starting Monday w."""
    for a, b, p in ((datetime(2025, 1, 27), datetime(2025, 2, 9), .42), (datetime(2026, 2, 16), datetime(2026, 3, 1), .46),
                    (datetime(2025, 9, 29), datetime(2025, 10, 5), .33), (datetime(2025, 4, 28), datetime(2025, 5, 4), .15),
                    (datetime(2026, 4, 27), datetime(2026, 5, 3), .15)):
        if a <= w <= b:
            return p
    return .07 if w.month in (7, 8) else .035


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.customers = [], [], [], [], []
        self.n_ev = self.n_or = self.n_fb = self.n_box = 0
        self.cases = {"IS": 0, "VB": 0, "PA": 0, "CX": 0}

    # ----- writers
    def ev(self, c, t, tp, action="", **kw):
        if t > END:
            return False
        self.n_ev += 1
        dev = c["device"] if tp not in ("tp_trial_deliver", "tp_box_deliver", "tp_visit_attend",
                                        "tp_retention_call") else ""
        ch = kw.pop("channel", None) or TP_CH[tp]
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, action=action,
                   device=dev, channel=ch, **kw)
        if ch in ("mini_program",):
            row["app_version"] = "3.0.%d" % min(9, max(0, (t - SWAP_FEATURE).days // 60)) if t >= SWAP_FEATURE \
                else "2.8.%d" % (t.month % 4)
        self.events.append(row)
        return True

    def case(self, kind):
        self.cases[kind] += 1
        return f"{kind}{self.cases[kind]:05d}"

    def order(self, c, t, amount, otype, status="paid", **kw):
        if t > END:
            return None
        self.n_or += 1
        oid = f"O{self.n_or:07d}"
        row = dict(order_id=oid, customer_id=c["id"], ts=fmt(t), amount=f"{amount:.2f}", status=status,
                   channel="mini_program", device=c["device"], order_type=otype, 订单类型=OTYPE_ZH[otype],
                   city=c["city"], 城市=CITIES[c["city"]][0], hub=c["hub"], 配送仓=HUB_ZH[c["hub"]],
                   payment_method=R.choices(["wechat_pay", "alipay"], [.82, .18])[0], currency="CNY", **kw)
        self.orders.append(row)
        return row

    def comment(self, c, t, channel, topics, tp, rating=None, nps=None, dated=True, extra_zh="", extra_en="",
                **kw):
        if t is not None and t > END:
            return
        en = c["lang"] == "en"
        parts = []
        for tpc in topics:
            s = R.choice(TXT[tpc][1 if en else 0])
            if "{item}" in s:
                it = kw.pop("item", None) or "eggs"
                s = s.format(item=MISSING[it][1] if en else MISSING[it][0])
            parts.append(s)
        kw.pop("item", None)
        if en:
            text = ". ".join(parts) + ("." if parts else "")
            text = (text + " " + (extra_en or R.choice(FILL_EN))).strip()
        else:
            text = "，".join(parts) + ("。" if parts else "")
            text = (text + (extra_zh or R.choice(FILL_ZH))).strip()
        if not text:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        neg = any(x in NEG for x in topics)
        pos = any(x in POS for x in topics)
        sent = "negative" if neg and not pos else "positive" if pos and not neg else "mixed" if topics else "neutral"
        self.feedback.append(dict(feedback_id=fid, text=text, ts=fmt(t) if (t is not None and dated) else "",
                                  customer_id=c["id"], touchpoint_id=tp, channel=channel,
                                  rating="" if rating is None else rating, nps="" if nps is None else nps,
                                  language="en" if en else "zh", city=c["city"], 城市=CITIES[c["city"]][0],
                                  hub=c["hub"], 配送仓=HUB_ZH[c["hub"]], **kw))
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(set(topics))), sentiment=sent))

    # ----- people
    def new_customer(self, cid, t0, source, legacy=False):
        city = R.choices(list(CITIES), [v[5] for v in CITIES.values()])[0]
        cz = CITIES[city]
        c = dict(id=cid, t0=t0, source=source, city=city, hub=cz[3], lang="en" if R.random() < cz[6] else "zh",
                 device="ios" if R.random() < .58 else "android", visited=False, seg="prospect", legacy=legacy,
                 plan="", box="", hh=R.choices([1, 2, 3, 4, 5], [.08, .34, .3, .2, .08])[0],
                 day=R.choice([2, 5]))
        self.customers.append(c)
        return c

    def prospect(self, c):
        t0, src = c["t0"], c["source"]
        a = ACQ[src]
        self.ev(c, t0, "tp_landing", "view", channel=LANDING_CH[src], utm_source=src, 获客渠道=a[0])
        for _ in range(R.choices([0, 1, 2], [.6, .3, .1])[0]):
            self.ev(c, t0 + D(days=R.uniform(.1, 20)), "tp_landing", "view", channel=LANDING_CH[src], utm_source=src,
                    获客渠道=a[0])
        promo_t = PROMO[0] <= t0 < PROMO[1]
        p_trial = min(.95, a[2] + (.2 if promo_t else 0))
        r = R.random()
        if r < p_trial:
            to = t0 + D(days=R.expovariate(1 / 2.5) % 13 + R.uniform(.01, .9))
            promo = PROMO[0] <= to < PROMO[1]
            if to > END:
                return
            if not self.ev(c, to, "tp_trial_order", "submit", 获客渠道=a[0], price=29.9 if promo else 39.0):
                return
            c["seg"] = "trial_only"
            tdl = datetime(to.year, to.month, to.day) + D(days=R.choice([1, 2, 2, 3]), hours=R.uniform(9, 20))
            delivered = R.random() < .97
            self.order(c, to, 29.9 if promo else 39.0, "trial_box", "paid" if delivered else "refunded",
                       refunded_at=fmt(to + D(days=4)) if not delivered else "", promo="春季尝鲜" if promo else "")
            if not delivered:
                return
            self.ev(c, tdl, "tp_trial_deliver", "delivered", hub=c["hub"], 配送仓=HUB_ZH[c["hub"]])
            conv = a[3] * (.55 if promo else 1) * (1.15 if c["hh"] >= 3 else 1)
            if R.random() < .1:
                self.comment(c, tdl + D(hours=R.uniform(3, 60)), "mini_program_review",
                             ["trial"] + (["fresh"] if R.random() < .5 else []), "tp_trial_deliver",
                             rating=R.choice([4, 5, 5]))
            pv = min(.95, .25 + conv)
            if R.random() < pv:
                tv = tdl + D(days=R.uniform(.1, 9))
                self.ev(c, tv, "tp_plan_view", "view")
                if R.random() < conv / pv:
                    self.subscribe(c, tv + D(days=R.uniform(.01, 6)))
                    return
            if R.random() < .04:  # late converter, outside the window
                ts = tdl + D(days=R.uniform(25, 70))
                self.ev(c, ts - D(hours=R.uniform(.2, 5)), "tp_plan_view", "view")
                self.subscribe(c, ts)
            elif R.random() < .15 and src == "xiaohongshu":
                self.comment(c, tdl + D(days=R.uniform(1, 10)), "xiaohongshu_note", ["trial"], "tp_trial_deliver",
                             dated=R.random() > .3)
        elif r < p_trial + a[4]:
            tv = t0 + D(days=R.uniform(.01, 4))
            self.ev(c, tv, "tp_plan_view", "view")
            self.subscribe(c, tv + D(hours=R.uniform(.2, 30)))

    def subscribe(self, c, ts):
        if ts > END:
            return
        c["plan"] = "weekly" if R.random() < (.5 if c["hh"] <= 2 else .62) else "biweekly"
        c["box"] = "family" if R.random() < (.25 if c["hh"] <= 2 else .7) else "small"
        self.ev(c, ts, "tp_subscribe", "success", plan=c["plan"], 配送频次=PLAN_ZH[c["plan"]], box_size=c["box"],
                盒型=BOX_ZH[c["box"]], 获客渠道=ACQ[c["source"]][0])
        c["seg"] = "active"
        c["sub_t"] = ts
        self.life(c, monday(ts + D(days=2)) + D(days=7 if ts.weekday() >= 4 else 0))

    # ----- subscription life
    def life(self, c, w):
        hub = c["hub"]
        nps_t = c.get("sub_t", START) + D(days=28)
        if not c["legacy"] and R.random() < .38:
            self.survey(c, nps_t)
        visited_at = None
        while w <= END:
            # cancellation hazard
            comp = {"too_much": .0095 if (c["box"] == "family" and c["hh"] <= 3) or c["hh"] == 1 else .0015,
                    "price": .0022, "variety": .005 if w.month in (1, 2) else .0008,
                    "delivery": .032 if hub == "HUB_WZ" and w >= COURIER_SWITCH else .0012,
                    "moving": .0018, "other": .0015}
            if c["plan"] == "biweekly":
                comp = {k: v * 1.5 for k, v in comp.items()}
            h = sum(comp.values()) * (.3 if visited_at and w > visited_at else 1) * (.8 if c["legacy"] else 1)
            if R.random() < h:
                reason = pick(comp)
                if self.cancel_flow(c, w + D(days=R.uniform(0, 5), hours=R.uniform(7, 22)), reason):
                    return
            if R.random() < (.02 if w.month in (7, 8) else .0045):
                k = R.choice([2, 3, 4, 4, 6, 8])
                tp = w + D(days=R.uniform(0, 4), hours=R.uniform(8, 22))
                cid = self.case("PA")
                if not self.ev(c, tp, "tp_pause", "submit", session_id=cid, pause_weeks=k):
                    return
                c["seg"] = "paused"
                back = w + D(days=7 * k)
                if R.random() < (.9 if w.month in (7, 8) else .62):
                    if back > END:
                        return
                    self.ev(c, back - D(days=R.uniform(1, 4)), "tp_resume", "success", session_id=cid,
                            pause_weeks=k)
                    c["seg"] = "active"
                    w = back
                    continue
                if back > END:
                    return
                if self.cancel_flow(c, back + D(days=R.uniform(0, 6)), R.choice(["moving", "price", "other"])):
                    return
                c["seg"] = "active"
                w = back + D(days=7)
                continue
            if R.random() < holiday_skip(w):
                self.ev(c, w - D(days=R.uniform(1, 4), hours=R.uniform(0, 12)), "tp_skip", "submit",
                        skip_week=w.strftime("%Y-%m-%d"))
            else:
                self.box(c, w)
            if not visited_at and w.month in (3, 4, 5, 6, 9, 10, 11) and R.random() < .02:
                visited_at = self.visit(c, w + D(days=R.uniform(0, 6), hours=R.uniform(8, 22)))
            w += D(days=7 if c["plan"] == "weekly" else 14)

    def survey(self, c, t):
        base = {"friend_referral": 8.6, "farmers_market": 8.2}.get(c["source"], 7.2)
        nps = int(min(10, max(0, round(R.gauss(base, 2.0)))))
        topics = []
        if R.random() < .65:
            if nps >= 9:
                topics = [R.choice(["fresh", "taste", "fresh"])]
            elif nps >= 7:
                topics = [R.choice(["price", "variety", "fresh"])]
            else:
                topics = [R.choice(["price", "substitution", "late", "too_much"])]
        self.comment(c, t, "survey", topics, "tp_subscribe", nps=nps, extra_zh="" if topics else "还行",
                     extra_en="" if topics else "It's fine")

    def box(self, c, w):
        hub = c["hub"]
        self.n_box += 1
        bid = f"B{self.n_box:06d}"
        farm = pick(BOX_FARM[hub])
        dl = w + D(days=c["day"])
        box_kw = dict(box_id=bid, plan=c["plan"], 配送频次=PLAN_ZH[c["plan"]], box_size=c["box"],
                      盒型=BOX_ZH[c["box"]])
        # customisation before the cutoff
        addons = []
        if R.random() < (.36 if w >= SWAP_FEATURE else .16):
            addons = [k for k, v in ADDONS.items() if R.random() < v[2]]
            self.ev(c, w - D(days=R.uniform(.5, 3), hours=R.uniform(0, 10)), "tp_customize", "submit",
                    swaps=R.choice([0, 1, 1, 2, 3]) if w >= SWAP_FEATURE else 0, addons="|".join(addons),
                    **box_kw)
        elif R.random() < .08:
            addons = ["eggs"]
        amt_add = sum(ADDONS[a][1] for a in addons)
        price = PRICE[c["box"]]
        okw = dict(box_id=bid, box_size=c["box"], 盒型=BOX_ZH[c["box"]], plan=c["plan"], 配送频次=PLAN_ZH[c["plan"]],
                   addons="|".join(addons), addon_amount=f"{amt_add:.2f}", farm_id=farm)
        ot = w + D(hours=R.uniform(2, 4))
        if R.random() < .015:
            self.order(c, ot, price + amt_add, "box", "cancelled", failure="payment_declined", **okw)
            ot += D(days=1)
        order = self.order(c, ot, price + amt_add, "box", "paid", **okw)
        if order is None:
            return
        # substitution
        if HEAT[0] <= dl < HEAT[1]:
            ps = {"F_CM": .62, "F_TH": .30}.get(farm, .22)
        elif dl.month in (12, 1, 2):
            ps = .14
        else:
            ps = .09
        sub = R.random() < ps
        if sub:
            g = GREENS_WINTER if dl.month in (12, 1, 2) else GREENS
            out = pick(g) if not (HEAT[0] <= dl < HEAT[1]) or R.random() < .4 else "lettuce"
            fin = pick(FILLERS)
            self.ev(c, dl - D(days=1) + D(hours=R.uniform(17, 22)), "tp_substitution", "notified", farm_id=farm,
                    farm=FARMS[farm][0], farm_en=FARMS[farm][1], item_out=out, 缺货品=g.get(out, GREENS[out])[0],
                    item_in=fin, 替换品=FILLERS[fin][0], reason="harvest_shortfall", **box_kw)
        # delivery
        if hub == "HUB_WZ":
            courier = "xiansuda" if dl >= COURIER_SWITCH else "sf_cold"
        else:
            courier = {"HUB_QP": "own_fleet", "HUB_YH": "sf_cold", "HUB_JN": "jd_cold"}[hub]
        bad = courier == "xiansuda"
        late = R.random() < (.31 if bad else .05)
        summer = dl.month in (6, 7, 8)
        if bad and R.random() < .3 or late and R.random() < .35:
            temp = R.gauss(10.5 + (1.5 if summer else 0), 2.0)
        else:
            temp = R.gauss(4.0 + (.8 if summer else 0), 1.1)
        temp = round(max(1.0, temp), 1)
        td = dl + D(hours=R.uniform(8, 12) + (R.uniform(3, 8) if late else 0))
        if td > END:
            return
        self.ev(c, td, "tp_box_deliver", "late" if late else "on_time", courier=courier, 配送商=COURIERS[courier],
                delivery_temp_c=temp, late_minutes=int(R.uniform(40, 420)) if late else 0, hub=hub,
                配送仓=HUB_ZH[hub], farm_id=farm, farm=FARMS[farm][0], farm_en=FARMS[farm][1], **box_kw)
        # issues
        issues = []
        p_miss = .085 if hub == "HUB_YH" and PACKERS[0] <= dl < PACKERS[1] else .014
        if R.random() < p_miss:
            issues.append("missing_item")
        if R.random() < (.03 if summer else .011):
            issues.append("wilted")
        if R.random() < .006:
            issues.append("crushed")
        if temp > 8 and R.random() < .42:
            issues.append("warm_box")
        topics_box = []
        miss_item = None
        for it in issues[:2]:
            item = pick(MISSING) if it == "missing_item" else ""
            if it == "missing_item" and "eggs" in addons and R.random() < .5:
                item = "eggs"
            miss_item = miss_item or item or None
            self.issue(c, td + D(hours=R.uniform(.5, 30)), it, item, bid, price)
            topics_box.append({"missing_item": "missing", "wilted": "wilted", "crushed": "crushed",
                               "warm_box": "warm_box"}[it])
        # box review
        if late:
            topics_box.append("late")
        if sub:
            topics_box.append("substitution")
        p_rev = .22 if topics_box else .035
        if R.random() < p_rev:
            if not topics_box:
                tps = [R.choice(["fresh", "fresh", "taste"])]
                if dl.month in (1, 2) and R.random() < .5:
                    tps = ["variety"]
                rating = 3 if tps == ["variety"] else R.choice([4, 5, 5, 5])
            else:
                tps = topics_box[:2]
                rating = {"warm_box": 1, "missing": 2, "wilted": 2, "crushed": 2, "late": 2, "substitution": 3}[tps[0]]
                if tps[0] == "substitution" and HEAT[0] <= dl < HEAT[1]:
                    rating = R.choice([2, 3])
                if R.random() < .25:
                    rating = min(5, rating + 1)
            tpmap = {"warm_box": "tp_box_deliver", "late": "tp_box_deliver", "missing": "tp_issue_report",
                     "wilted": "tp_issue_report", "crushed": "tp_issue_report", "substitution": "tp_substitution",
                     "fresh": "tp_box_deliver", "taste": "tp_box_deliver", "variety": "tp_customize"}
            self.comment(c, td + D(hours=R.uniform(2, 48)), "mini_program_review", tps, tpmap[tps[0]],
                         rating=rating, farm=FARMS[farm][0], farm_en=FARMS[farm][1], box_size=c["box"],
                         item=miss_item)
        # community chat
        if R.random() < .006:
            t = [R.choice(["fresh", "taste", "too_much", "price"])]
            if dl.month in (1, 2) and R.random() < .5:
                t = ["variety"]
            if sub and R.random() < .7:
                t = ["substitution"]
            tpm = {"fresh": "tp_box_deliver", "taste": "tp_box_deliver", "too_much": "tp_subscribe",
                   "price": "tp_subscribe", "variety": "tp_customize", "substitution": "tp_substitution"}
            self.comment(c, td + D(hours=R.uniform(2, 72)), "wechat_group", t, tpm[t[0]], dated=R.random() > .25)

    def issue(self, c, t, kind, item, bid, price):
        cid = self.case("IS")
        kw = dict(session_id=cid, box_id=bid, issue_type=kind, 问题类型=ISSUE_ZH[kind])
        if item:
            kw.update(item=item, 缺件商品=MISSING[item][0])
        if not self.ev(c, t, "tp_issue_report", "submit", **kw):
            return
        if R.random() < .45:
            self.comment(c, t + D(minutes=R.uniform(1, 20)), "ticket",
                         [{"missing_item": "missing", "wilted": "wilted", "crushed": "crushed",
                           "warm_box": "warm_box"}[kind]], "tp_issue_report", item=item or None)
        if R.random() < .02:
            return
        if kind == "missing_item":
            dt, rej, credit = R.uniform(.05, .8), .04, {"eggs": 28, "tofu": 18, "fruit": 45}.get(item, 12)
        elif kind == "wilted":
            dt, rej, credit = R.uniform(2.0, 6.5), .32, 30
        elif kind == "crushed":
            dt, rej, credit = R.uniform(.8, 3.5), .12, 20
        else:
            dt, rej, credit = R.uniform(1.0, 3.5), .06, round(price * .5)
        rejected = R.random() < rej
        tc = t + D(days=dt)
        self.ev(c, tc, "tp_compensation", "rejected" if rejected else "credited", session_id=cid, box_id=bid,
                issue_type=kind, 问题类型=ISSUE_ZH[kind], credit_amount=0 if rejected else credit)
        if not rejected and R.random() < .08:
            self.comment(c, tc + D(hours=R.uniform(.1, 5)), "mini_program_review",
                         ["comp_fast" if dt < 1 else "comp_slow"], "tp_compensation",
                         rating=5 if dt < 1 else 2)
        elif dt > 3 and R.random() < .3:
            self.comment(c, t + D(days=3, hours=R.uniform(0, 10)), "ticket", ["comp_slow"], "tp_compensation")

    def visit(self, c, tb):
        farm = pick(VISIT_FARM[c["hub"]])
        vd = datetime(tb.year, tb.month, tb.day) + D(days=R.randint(7, 30))
        vd += D(days=(5 - vd.weekday()) % 7, hours=R.uniform(9.5, 10.5))
        party = R.choices([1, 2, 3, 4, 5], [.1, .3, .3, .22, .08])[0]
        cid = self.case("VB")
        kw = dict(session_id=cid, farm_id=farm, farm=FARMS[farm][0], farm_en=FARMS[farm][1], party_size=party,
                  visit_date=vd.strftime("%Y-%m-%d"))
        if not self.ev(c, tb, "tp_visit_book", "submit", **kw):
            return None
        self.order(c, tb + D(minutes=2), 58.0 * party, "farm_visit", "paid", farm_id=farm, party_size=party)
        if R.random() < ATTEND[farm] and vd <= END:
            self.ev(c, vd, "tp_visit_attend", "attended", **kw)
            c["visited"] = True
            if R.random() < .3:
                self.comment(c, vd + D(hours=R.uniform(6, 50)), R.choice(["xiaohongshu_note", "mini_program_review"]),
                             ["farm_visit"] + (["taste"] if R.random() < .3 else []), "tp_visit_attend",
                             rating=5, dated=R.random() > .3, farm=FARMS[farm][0], farm_en=FARMS[farm][1])
            return vd
        return None

    def cancel_flow(self, c, t, reason):
        cid = self.case("CX")
        kw = dict(session_id=cid, cancel_reason=reason, 退订原因=REASONS[reason])
        if not self.ev(c, t, "tp_cancel_request", "submit", **kw):
            return True
        topic = {"too_much": "too_much", "price": "price", "variety": "variety", "delivery": R.choice(["late", "warm_box"]),
                 "moving": "moving", "other": None}[reason]
        saved = False
        if R.random() < .88:
            tc = t + D(days=R.uniform(.2, 3))
            saved = R.random() < SAVE[reason]
            if not self.ev(c, tc, "tp_retention_call", "saved" if saved else "not_saved",
                           retention_offer=OFFER[reason], 挽留方案=OFFER_ZH[OFFER[reason]], call_minutes=R.randint(2, 15),
                           **kw):
                return True
            if R.random() < .6:
                en = c["lang"] == "en"
                self.comment(c, tc + D(minutes=R.randint(5, 40)), "call_note", [topic] if topic else [],
                             "tp_retention_call", extra_zh=R.choice(CALL_ZH[saved]), extra_en=R.choice(CALL_EN[saved]))
            if saved:
                if reason == "too_much":
                    if c["box"] == "family":
                        c["box"] = "small"
                    else:
                        c["plan"] = "biweekly"
                return False
            tx = tc + D(days=R.uniform(.5, 8))
        else:
            tx = t + D(days=R.uniform(1, 7))
        if self.ev(c, tx, "tp_cancel", "success", **kw):
            c["seg"] = "churned"
        return True


def write(path: Path, rows, cols):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, restval="", extrasaction="raise")
        w.writeheader()
        w.writerows(rows)


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    _check_markers()
    g = Gen()
    # legacy subscribers (joined 2024)
    n = 0
    for _ in range(N_LEGACY):
        n += 1
        src = R.choices(list(ACQ), [.22, .1, .12, .3, .06, .2])[0]
        c = g.new_customer(f"C{n:06d}", datetime(2024, 1, 1) + D(days=R.uniform(0, 360)), src, legacy=True)
        c["plan"] = "weekly" if R.random() < .6 else "biweekly"
        c["box"] = "family" if R.random() < (.3 if c["hh"] <= 2 else .7) else "small"
        c["seg"] = "active"
        g.life(c, datetime(2025, 1, 6) + D(days=7 * R.choice([0, 0, 1])))
    # new prospects: monthly volume grows, spring and autumn peaks, March 2026 promotion
    m = datetime(2025, 1, 1)
    while m <= END:
        nxt = datetime(m.year + (m.month == 12), m.month % 12 + 1, 1)
        k = (m.year - 2025) * 12 + m.month - 1
        vol = 260 + 9 * k + (70 if m.month in (3, 4, 9, 10) else 0) - (60 if m.month in (1, 2) else 0)
        for _ in range(int(vol)):
            n += 1
            t0 = m + D(seconds=R.uniform(0, (nxt - m).total_seconds()))
            t0 = t0.replace(hour=int(R.choices(range(24), [1] * 7 + [3] * 5 + [4] * 6 + [6] * 5 + [2])[0]))
            src = R.choices(list(ACQ), [v[1] for v in ACQ.values()])[0]
            c = g.new_customer(f"C{n:06d}", t0, src)
            g.prospect(c)
        m = nxt
    # customers
    crow = []
    for c in g.customers:
        cz = CITIES[c["city"]]
        crow.append(dict(customer_id=c["id"], signup_at=fmt(c["t0"]), segment=c["seg"], 客户状态=SEG_ZH[c["seg"]],
                         region=cz[1], 地区=cz[2], acquisition_channel=c["source"], 获客渠道=ACQ[c["source"]][0],
                         tier=c["box"], 盒型=BOX_ZH.get(c["box"], ""), plan=c["plan"], 配送频次=PLAN_ZH.get(c["plan"], ""),
                         city=c["city"], 城市=cz[0], hub=c["hub"], 配送仓=cz[4], household_size=c["hh"],
                         delivery_day={2: "wed", 5: "sat"}[c["day"]], 配送日={2: "周三", 5: "周六"}[c["day"]],
                         device_os=c["device"], preferred_language=c["lang"],
                         visited_farm=int(c["visited"])))
    write(out / "customers.csv", crow, list(crow[0]))
    write(out / "touchpoints.csv",
          [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv",
          [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=i + 1,
                touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for i, tp in enumerate(j[3])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    # the CRM re-sent a handful of events: exact duplicates (same event_id, same content)
    dup = [dict(ev[i]) for i in sorted(R.sample(range(len(ev)), 16))]
    ev = sorted(ev + dup, key=lambda r: (r["ts"], r["event_id"]))
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
             "app_version", "utm_source", "获客渠道", "price", "plan", "配送频次", "box_size", "盒型", "box_id", "swaps",
             "addons", "skip_week", "farm_id", "farm", "farm_en", "item_out", "缺货品", "item_in", "替换品", "reason",
             "courier", "配送商", "delivery_temp_c", "late_minutes", "hub", "配送仓", "issue_type", "问题类型", "item",
             "缺件商品", "credit_amount", "party_size", "visit_date", "pause_weeks", "cancel_reason", "退订原因",
             "retention_offer", "挽留方案", "call_minutes"]
    write(out / "events.csv", ev, ecols)
    orows = sorted(g.orders, key=lambda r: (r["ts"], r["order_id"]))
    write(out / "orders.csv", orows,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
           "box_id", "box_size", "盒型", "plan", "配送频次", "addons", "addon_amount", "farm_id", "party_size", "promo",
           "city", "城市", "hub", "配送仓", "payment_method", "currency", "refunded_at", "failure"])
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language", "city",
           "城市", "hub", "配送仓", "farm", "farm_en", "box_size"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(crow)}, events {len(ev)}, orders {len(orows)}, feedback {len(fb)}, boxes {g.n_box}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
