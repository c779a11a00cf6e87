"""毛孩子粮仓 PawPantry: a pet food subscription box service for cats and dogs, shipped monthly from two warehouses
(华东仓 上海嘉定 / 华南仓 广州白云). An owner discovers us (小红书 / a partner vet clinic / a Douyin live stream / a
friend's referral code, plus one small pet-expo booth), takes the pet quiz, orders a discounted trial box, the trial
box is delivered (some late or crushed), the pet tries the food (some picky pets refuse), the owner starts a monthly
subscription (standard / grain-free / senior plan), skips or pauses some months, contacts support (allergy, delivery,
billing), cancels or keeps renewing, and refers friends. Data covers 2024-10-01 .. 2026-06-30 (today is 2026-12-01).

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

SEED = 20261204
START = datetime(2024, 10, 1)
END = datetime(2026, 6, 30, 22, 0, 0)
N = 4000
D = timedelta

WAREHOUSES = {"WH_E": ("华东仓（上海嘉定）", "East China (Shanghai Jiading)"),
              "WH_S": ("华南仓（广州白云）", "South China (Guangzhou Baiyun)")}
CITIES = {  # en: zh, region zh, region en, warehouse, weight, base delivery days, P(english-speaking owner)
    "Shanghai": ("上海", "华东", "East", "WH_E", 0.27, 1.0, 0.16),
    "Hangzhou": ("杭州", "华东", "East", "WH_E", 0.12, 1.3, 0.05),
    "Suzhou": ("苏州", "华东", "East", "WH_E", 0.08, 1.2, 0.05),
    "Nanjing": ("南京", "华东", "East", "WH_E", 0.08, 1.6, 0.04),
    "Beijing": ("北京", "华北", "North", "WH_E", 0.12, 1.7, 0.12),
    "Guangzhou": ("广州", "华南", "South", "WH_S", 0.15, 0.9, 0.06),
    "Shenzhen": ("深圳", "华南", "South", "WH_S", 0.12, 1.2, 0.14),
    "Chengdu": ("成都", "西南", "Southwest", "WH_S", 0.06, 1.8, 0.04),
}
COURIERS = {"sf": ("顺丰速运", "SF Express"), "zto": ("中通快递", "ZTO Express")}
ZTO = (datetime(2025, 6, 1), datetime(2025, 9, 30, 23, 59))          # South China switched to a cheaper courier
CNY_DELAY = [(datetime(2025, 1, 18), datetime(2025, 2, 8)), (datetime(2026, 2, 5), datetime(2026, 2, 26))]
PRICE_UP = datetime(2026, 1, 1)                                        # standard plan 199 -> 219
ALLERGY_BATCH = (datetime(2025, 12, 1), datetime(2026, 2, 28, 23, 59))  # new supplier batch of the standard recipe
BILLING_BUG = (datetime(2026, 4, 1), datetime(2026, 4, 20, 23, 59))   # renewals charged twice
QUIZ_BUG = (datetime(2025, 8, 1), datetime(2025, 9, 30, 23, 59))      # Android app update broke the pet quiz
SALMON = datetime(2026, 3, 1)                                          # new salmon recipe in the cat trial box
EXPO = (datetime(2025, 10, 18, 9), datetime(2025, 10, 19, 18))        # pet expo booth in Shanghai
DOUBLE11 = [(datetime(2024, 11, 1), datetime(2024, 11, 11, 23)), (datetime(2025, 11, 1), datetime(2025, 11, 11, 23))]

SOURCES = {  # en: zh, weight, P(quiz), P(trial | quiz), subscription multiplier, churn multiplier, event channel
    "xiaohongshu": ("小红书种草", 0.33, 0.70, 0.55, 1.00, 1.0, "xiaohongshu"),
    "vet_clinic": ("宠物医院合作", 0.17, 0.86, 0.76, 1.42, 0.6, "vet_clinic"),
    "douyin_live": ("抖音直播", 0.30, 0.80, 0.86, 0.42, 1.7, "douyin"),
    "referral": ("好友推荐码", 0.20, 0.82, 0.72, 0.98, 0.85, "referral_link"),
    "pet_expo": ("宠物展会", 0.0, 0.97, 0.92, 2.10, 0.8, "offline_event"),
}
PET = {"cat": ("猫", 0.55), "dog": ("狗", 0.45)}
AGE = {"young": ("幼年", 0.22), "adult": ("成年", 0.56), "senior": ("老年", 0.22)}
SIZE = {"small": "小型", "medium": "中型", "large": "大型"}
SIZE_W = {"cat": {"small": 0.55, "medium": 0.40, "large": 0.05}, "dog": {"small": 0.45, "medium": 0.30, "large": 0.25}}
BREEDS = {  # (pet, size): [(zh, en)]
    ("cat", "small"): [("中华田园猫", "Chinese Domestic"), ("加菲", "Exotic Shorthair"), ("暹罗", "Siamese")],
    ("cat", "medium"): [("英短", "British Shorthair"), ("布偶", "Ragdoll"), ("美短", "American Shorthair")],
    ("cat", "large"): [("缅因", "Maine Coon")],
    ("dog", "small"): [("泰迪", "Toy Poodle"), ("比熊", "Bichon Frise"), ("博美", "Pomeranian"), ("雪纳瑞", "Schnauzer")],
    ("dog", "medium"): [("柯基", "Corgi"), ("柴犬", "Shiba Inu"), ("边牧", "Border Collie")],
    ("dog", "large"): [("金毛", "Golden Retriever"), ("拉布拉多", "Labrador"), ("萨摩耶", "Samoyed")],
}
PLANS = {"standard": "标准粮", "grain_free": "无谷粮", "senior": "老年粮"}
REACTION = {"loved": "爱吃", "ok": "一般", "refused": "拒食"}
SUPPORT = {"allergy": "过敏咨询", "delivery": "配送问题", "billing": "扣费问题", "plan_change": "换粮咨询"}
CANCEL = {"price": "太贵", "pet_refused": "宠物不爱吃", "allergy": "过敏担忧", "delivery": "配送问题",
          "billing": "扣费问题", "other": "其他原因"}
SKIP = {"skip": "跳过一期", "pause": "暂停两期"}
ORDER_T = {"trial_box": "体验装", "subscription": "订阅盒", "addon": "加购零食", "shipping": "运费", "refund": "退款"}
REFUND = {"damaged": "包裹破损", "duplicate_charge": "重复扣款"}
ADDON = {"freeze_dried": ("冻干零食", 39.0), "dental_chew": ("洁齿骨", 29.0)}
TIER = {"regular": "普通会员", "silver": "银卡会员", "gold": "金卡会员"}
SEGMENT = ["lead", "trial", "active", "churned"]


def plan_price(plan: str, t: datetime) -> float:
    if plan == "standard":
        return 219.0 if t >= PRICE_UP else 199.0
    return 269.0 if plan == "grain_free" else 239.0


TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "种草发现", "Discovered us", "awareness", "social", "digital", "marketing",
     "发现我们|种草|小红书|抖音直播|直播间|宠物医院|兽医推荐|好友推荐|推荐码|宠物展会|获客|found us|discovery|xiaohongshu|"
     "douyin|live stream|vet clinic|referral code|pet expo|lead"),
    ("tp_quiz", "宠物测评", "Pet quiz", "consideration", "app", "digital", "growth",
     "测评|宠物测评|问卷测评|做测评|口味测评|pet quiz|quiz|questionnaire|pet profile"),
    ("tp_trial_order", "下单体验装", "Trial box ordered", "purchase", "app", "digital", "growth",
     "体验装|试吃装|下单体验装|买体验装|首单|trial box|trial order|starter box|taster box"),
    ("tp_trial_delivered", "体验装签收", "Trial box delivered", "service", "other", "physical", "logistics",
     "体验装签收|体验装到货|体验装配送|收到体验装|trial delivered|trial delivery|trial box arrived"),
    ("tp_tasting", "试吃反馈", "Tasting check-in", "consideration", "app", "digital", "nutrition",
     "试吃|试吃反馈|试吃回访|适口性|爱不爱吃|拒食|tasting|taste test|tasting check-in|pet tried the food"),
    ("tp_subscribe", "开通月度订阅", "Subscription started", "purchase", "app", "digital", "growth",
     "开通订阅|订阅|转订阅|包月|成为订阅用户|subscribe|subscription start|converted|sign up for the plan"),
    ("tp_renew", "月度续费", "Monthly renewal", "loyalty", "app", "digital", "billing",
     "续费|续订|自动续费|月度扣款|renewal|renew|monthly charge|rebill"),
    ("tp_box_delivered", "订阅盒签收", "Subscription box delivered", "service", "other", "physical", "logistics",
     "订阅盒|月度盒子|订阅盒签收|到货|配送|monthly box|box delivered|subscription box|delivery"),
    ("tp_skip", "跳过/暂停一期", "Skipped / paused a month", "service", "app", "digital", "growth",
     "跳过|暂停|跳过一期|暂停订阅|skip|pause|skipped a month|paused"),
    ("tp_support", "联系客服", "Contacted support", "service", "phone", "digital", "customer_service",
     "客服|联系客服|人工客服|投诉|工单|support|customer service|contact us|ticket|helpdesk"),
    ("tp_cancel", "取消订阅", "Subscription cancelled", "loyalty", "app", "digital", "growth",
     "取消订阅|退订|流失|不订了|cancel|cancellation|churn|unsubscribe"),
    ("tp_referral", "推荐好友", "Referred a friend", "loyalty", "social", "digital", "marketing",
     "推荐好友|分享推荐码|邀请好友|老带新|refer a friend|referral|invite|share code"),
]
JOURNEYS = [
    ("acquire", "种草到下单体验装", "Discovery to trial order", 14, ["tp_discover", "tp_quiz", "tp_trial_order"]),
    ("trial", "体验装到订阅", "Trial to subscription", 30,
     ["tp_trial_order", "tp_trial_delivered", "tp_tasting", "tp_subscribe"]),
    ("renewal", "订阅到首次续费", "Subscription to first renewal", 45, ["tp_subscribe", "tp_renew"]),
    ("referral", "订阅到推荐好友", "Subscription to referral", 90, ["tp_subscribe", "tp_referral"]),
]

# ---- feedback texts. Each topic's texts carry its markers (README); no text carries another topic's markers.
MARKERS = {
    "crushed": ["压扁", "压坏", "破损", "crushed", "damaged box"],
    "late": ["物流太慢", "迟到", "晚到", "arrived late", "days late", "delivery was late"],
    "loves": ["爱吃", "抢着吃", "loves it", "gobbled"],
    "picky": ["不吃", "挑食", "没动", "不肯吃", "refuses", "won't touch", "picky"],
    "price": ["太贵", "偏贵", "涨价", "贵了", "too expensive", "price went up", "pricey"],
    "allergy": ["过敏", "软便", "挠痒", "allerg", "itchy", "soft stool"],
    "double": ["扣了两次", "重复扣款", "charged twice", "double charge"],
    "autorenew": ["自动续费", "auto-renew"],
    "cs_good": ["耐心", "很快就解决", "态度超好", "helpful", "sorted it out"],
    "cs_slow": ["回复太慢", "排队", "slow to respond", "no one replied"],
    "quiz": ["测评", "quiz"],
    "skip": ["暂停", "跳过", "skip a month", "pause"],
}
ZH = {
    "crushed": ["箱子到的时候被压扁了，粮袋都破了个口。", "快递盒压坏了一个角，罐头都凹进去了。",
                "包裹破损得厉害，猫粮撒了一箱子。", "又收到一个压扁的箱子，冻干零食碎成渣了。",
                "外箱破损，里面的袋子漏了，很影响心情。", "这已经是第二次收到压坏的盒子了，快递能不能换一家？"],
    "late": ["物流太慢了，说好三天到结果等了快一周。", "快递迟到好几天，家里的粮都快断顿了。",
             "这个月的订阅盒又晚到了三天。", "过年这段时间物流太慢，狗粮差点接不上。"],
    "loves": ["我家猫超爱吃，每次都吃得干干净净。", "狗狗抢着吃，碗都舔亮了。", "开袋就围着转，主子特别爱吃这个口味。",
              "毛孩子很爱吃，吃了一个月毛色都亮了。", "老狗牙口不好也爱吃，泡软了吃得很香。"],
    "picky": ["闻了闻就走开了，一口都不吃。", "我家主子太挑食了，体验装基本没动。", "猫咪完全不肯吃，只能送给邻居了。",
              "换了两种口味还是不吃，白花钱。"],
    "price": ["涨价以后标准粮一个月219，有点太贵了。", "价格偏贵，多猫家庭实在养不起。", "比网上买同款贵了一倍，性价比不高。",
              "又涨价了，考虑换回超市粮。"],
    "allergy": ["换了新一批粮以后狗狗一直挠痒，是不是过敏了？", "吃了一周软便，担心是过敏。",
                "我家狗对鸡肉过敏，成分里有没有鸡肉？", "最近这批标准粮吃了以后一直挠痒，有点担心。"],
    "double": ["这个月续费被扣了两次钱！", "重复扣款了，麻烦尽快退给我。", "银行卡显示扣了两次，你们系统是不是出问题了？"],
    "autorenew": ["忘了取消就自动续费了，能退吗？", "自动续费之前都不提醒一下。"],
    "cs_good": ["客服小姐姐很耐心，帮我换了配方。", "客服回复及时，问题很快就解决了。", "客服态度超好，主动给补发了一盒。",
                "客服很耐心地一步步教我改配送地址。"],
    "cs_slow": ["客服回复太慢了，等了一整天。", "在线客服排队排了四十分钟。", "问了三次都是机器人，人工客服回复太慢。"],
    "quiz": ["宠物测评问得很细，推荐的配方挺准。", "做完测评直接推荐了无谷粮，省心。", "测评题目不多，两分钟搞定。"],
    "skip": ["出差一个月，暂停订阅很方便。", "可以跳过一期，这点很人性化。", "粮还没吃完就跳过了这期，操作简单。"],
    "neutral": ["纸箱能不能回收再利用？", "希望出个小包装的试吃装。", "请问老年粮和标准粮的区别是什么？", "还行吧，再观察一段时间。"],
    "praise": ["整体不错，会继续订。", "包装很用心，还有手写卡片。", "每个月按时送到，省得自己去买了。"],
    "other": ["狗狗送回老家了，暂时不需要了。", "搬家去外地了，以后有需要再回来。", "家里的猫去喵星了，谢谢这段时间的照顾。"],
}
EN = {
    "crushed": ["The box arrived crushed and the kibble bag was torn.", "Box was crushed again, two cans dented.",
                "Damaged box, food spilled all over the doorstep.", "Third crushed box this summer. Please change courier."],
    "late": ["Delivery was late again, almost a week.", "The box arrived late, we nearly ran out of food.",
             "Came 4 days late, not great for a subscription."],
    "loves": ["My cat loves it, licks the bowl clean!", "Our dog gobbled it up in seconds.",
              "She loves it, best food we've tried."],
    "picky": ["My cat refuses to eat it, just sniffs and walks away.", "Picky eater here - he won't touch it.",
              "Dog refuses the new kibble."],
    "price": ["Too expensive for what it is.", "The price went up and I can't justify it anymore.",
              "A bit pricey compared to buying bags online."],
    "allergy": ["My dog has been itchy since the new batch, could it be an allergy?",
                "Soft stool for a week after switching, worried about allergies.",
                "Does the grain-free recipe contain chicken? He's allergic."],
    "double": ["I was charged twice this month!", "Double charge on my card for the April box.",
               "Got charged twice, please refund one."],
    "autorenew": ["It auto-renewed without any reminder.", "Didn't realise it would auto-renew."],
    "cs_good": ["Customer service was super helpful.", "The support agent sorted it out in minutes.",
                "Very helpful team, they re-sent the box right away."],
    "cs_slow": ["Support was slow to respond, took a day.", "Messaged twice and no one replied for hours."],
    "quiz": ["The pet quiz was quick and the recommendation made sense.", "Liked the quiz, very tailored."],
    "skip": ["Love that I can skip a month easily.", "Being able to pause while we travel is great."],
    "neutral": ["Could you offer smaller bags?", "Is the box recyclable?", "It's okay so far, still watching."],
    "praise": ["Good overall, will keep the subscription.", "Nice packaging and a handwritten note!"],
    "other": ["Moving abroad, nothing wrong with the service.", "The dog went to live with my parents."],
}
SENT = {"crushed": "neg", "late": "neg", "loves": "pos", "picky": "neg", "price": "neg", "allergy": "neg",
        "double": "neg", "autorenew": "neg", "cs_good": "pos", "cs_slow": "neg", "quiz": "pos", "skip": "pos",
        "neutral": "neu", "praise": "pos", "other": "neu"}
RATING = {"crushed": (1, 2), "late": (2, 3), "loves": (5, 5), "picky": (2, 3), "price": (2, 3), "allergy": (2, 3),
          "double": (1, 1), "autorenew": (2, 2), "cs_good": (4, 5), "cs_slow": (1, 2), "quiz": (4, 5), "skip": (4, 5),
          "neutral": (3, 4), "praise": (4, 5), "other": (3, 3)}


def _check_texts() -> None:
    for lang in (ZH, EN):
        for topic, texts in lang.items():
            for tx in texts:
                hits = {k for k, ws in MARKERS.items() if any(w in tx.lower() for w in ws)}
                want = {topic} if topic in MARKERS else set()
                assert hits == want, (topic, tx, hits)


def in_win(t: datetime, w) -> bool:
    return w[0] <= t <= w[1]


def main(out: Path) -> None:
    _check_texts()
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    last = END - D(days=10)
    ndays = (last.date() - START.date()).days + 1
    dw = []
    for i in range(ndays):
        d = START + D(days=i, hours=12)
        w = 1.0 + 0.55 * i / ndays                          # growth
        w *= {1: 0.9, 2: 0.7, 6: 1.1, 11: 1.25, 12: 1.0}.get(d.month, 1.0)
        if any(in_win(d, x) for x in DOUBLE11):
            w *= 2.4
        if any(in_win(d, x) for x in CNY_DELAY):
            w *= 0.6
        dw.append(w)
    dw = np.array(dw)
    dcum = np.cumsum(dw) / dw.sum()
    events, orders, feedback, customers = [], [], [], []
    cnt = {"e": 0, "o": 0, "f": 0, "b": 0}
    referrers: list[tuple[datetime, str]] = []

    def u(a, b):
        return a + (b - a) * rng.random()

    def pick(d: dict, idx=None):
        keys = list(d)
        w = np.array([d[k] if idx is None else d[k][idx] for k in keys], dtype=float)
        return keys[int(np.searchsorted(np.cumsum(w) / w.sum(), rng.random(), side="right"))]

    def nid(kind, prefix, width):
        cnt[kind] += 1
        return f"{prefix}{cnt[kind]:0{width}d}"

    def daytime(t: datetime) -> datetime:
        """move a time into 8:00-23:00 of the same day."""
        if t.hour < 8:
            t = t.replace(hour=8 + int(rng.integers(0, 4)))
        return t

    for i in range(N):
        cid = f"C{i + 1:05d}"
        if i < 36:   # the expo booth
            src = "pet_expo"
            t0 = EXPO[0] + D(hours=float(u(0, 33)))
            if t0.hour > 18 or t0.hour < 9:
                t0 = t0.replace(hour=int(rng.integers(10, 18)))
            city = "Shanghai"
        else:
            src = pick({k: v[1] for k, v in SOURCES.items()})
            t0 = START + D(days=int(np.searchsorted(dcum, rng.random(), side="right")), hours=float(u(8, 23.5)))
            if any(in_win(t0, x) for x in DOUBLE11) and rng.random() < 0.5:
                src = "douyin_live"
            city = pick({k: v[4] for k, v in CITIES.items()})
        t0 = t0.replace(microsecond=0)
        cz, reg_zh, reg_en, wh, _, base_days, p_en = CITIES[city]
        pet = pick({k: v[1] for k, v in PET.items()})
        size = pick(SIZE_W[pet])
        br = BREEDS[(pet, size)][int(rng.integers(0, len(BREEDS[(pet, size)])))]
        age = pick({k: v[1] for k, v in AGE.items()})
        os_ = "ios" if rng.random() < (0.52 if city in ("Shanghai", "Beijing", "Shenzhen") else 0.40) else "android"
        lang = "en" if rng.random() < p_en else "zh"
        cust = dict(customer_id=cid, signup_at=t0, segment="lead", region=reg_zh, region_en=reg_en,
                    acquisition_channel=src, tier="regular", 会员等级=TIER["regular"], source=src,
                    来源渠道=SOURCES[src][0], pet_type=pet, 宠物类型=PET[pet][0], pet_age_band=age, 年龄段=AGE[age][0],
                    breed_size=size, 体型=SIZE[size], breed=br[1], 品种=br[0], city=city, 城市=cz, warehouse_id=wh,
                    phone_os=os_, preferred_language=lang, referrer_id="", current_plan="", 订阅方案="")
        if src == "referral":
            cands = [r for r in referrers if r[0] < t0 - D(days=1)]
            if cands:
                cust["referrer_id"] = cands[int(rng.integers(0, len(cands)))][1]
        customers.append(cust)
        loc = dict(city=city, 城市=cz)
        whcols = dict(warehouse_id=wh, warehouse=WAREHOUSES[wh][0], warehouse_en=WAREHOUSES[wh][1])

        def ev(tp, t, **kw):
            if t > END:
                return None
            row = dict(event_id=nid("e", "E", 7), customer_id=cid, ts=t.replace(microsecond=0), touchpoint_id=tp,
                       session_id="", action="", device="", channel="", **loc)
            row.update(kw)
            events.append(row)
            return row

        def order(t, amount, otype, status="paid", **kw):
            if t > END:
                return None
            row = dict(order_id=nid("o", "O", 6), customer_id=cid, ts=t.replace(microsecond=0),
                       amount=round(float(amount), 2), status=status, order_type=otype, 订单类型=ORDER_T[otype],
                       channel="app", device=os_, currency="CNY", **loc, **whcols)
            row.update(kw)
            orders.append(row)
            return row

        def fb(t, topic, tp, channel, rated, nots=0.0, **kw):
            if t is not None and t > END:
                return
            texts = (EN if lang == "en" else ZH)[topic]
            text = texts[int(rng.integers(0, len(texts)))]
            lo, hi = RATING[topic]
            row = dict(feedback_id=nid("f", "F", 5), text=text,
                       ts="" if (t is None or rng.random() < nots) else t.replace(microsecond=0),
                       customer_id=cid, touchpoint_id=tp, channel=channel,
                       rating=int(rng.integers(lo, hi + 1)) if rated else "", language=lang,
                       sentiment_label=SENT[topic], pet_type=pet, 宠物类型=PET[pet][0], plan=cust["current_plan"],
                       warehouse_id=wh, city=city, 城市=cz)
            row.update(kw)
            feedback.append(row)

        def deliver(t_ship: datetime):
            """courier, condition and delivery time of a box shipped at t_ship."""
            courier = "zto" if (wh == "WH_S" and in_win(t_ship, ZTO)) else "sf"
            days = base_days + rng.gamma(2.0, 0.35)
            if courier == "zto":
                days += rng.gamma(2.0, 0.6)
            if any(in_win(t_ship, x) for x in CNY_DELAY):
                days += 2.0 + rng.gamma(2.0, 0.5)
            p_dmg = 0.17 if courier == "zto" else 0.025
            dmg = rng.random() < p_dmg
            t_del = t_ship + D(days=float(days))
            t_del = daytime(t_del)
            return courier, dmg, t_del

        def dcols(courier, dmg, t_ship, t_del):
            dd = round((t_del - t_ship).total_seconds() / 86400.0, 2)
            return dict(courier=courier, 快递公司=COURIERS[courier][0], box_condition="damaged" if dmg else "intact",
                        包裹状况="破损" if dmg else "完好", delivery_days=dd, on_time="no" if dd > 3 else "yes", **whcols)

        # ---- discovery
        ev("tp_discover", t0, action="view", channel=SOURCES[src][6], source=src, 来源渠道=SOURCES[src][0],
           live_room="PawPantry官方直播间" if src == "douyin_live" else "")
        app_ch = "app" if rng.random() < 0.6 else "mini_program"
        p_quiz = SOURCES[src][2] * (0.55 if (os_ == "android" and in_win(t0, QUIZ_BUG)) else 1.0)
        if rng.random() >= p_quiz:
            continue
        t_quiz = t0 + D(hours=float(rng.gamma(1.2, 14.0)))
        if t_quiz - t0 > D(days=13):
            t_quiz = t0 + D(days=float(u(1, 12)))
        plan_rec = "senior" if age == "senior" and rng.random() < 0.75 else (
            "grain_free" if rng.random() < (0.42 if pet == "cat" else 0.28) else "standard")
        if ev("tp_quiz", t_quiz, action="submit", device=os_, channel=app_ch, plan=plan_rec, 订阅方案=PLANS[plan_rec]) is None:
            continue
        if rng.random() < 0.025:
            fb(t_quiz + D(hours=2), "quiz", "tp_quiz", "app_review", True, nots=0.05)
        if rng.random() >= SOURCES[src][3]:
            continue
        t_tr = t_quiz + D(hours=float(rng.gamma(1.0, 20.0)))
        if t_tr - t0 > D(days=13.5):
            t_tr = t_quiz + D(hours=float(u(1, 10)))
        if t_tr > END:
            continue
        cust["segment"] = "trial"
        sess = nid("b", "B", 6)
        live = src == "douyin_live"
        tr_amt = 9.9 if live else 29.9
        if rng.random() < 0.03:   # cancelled before shipping
            order(t_tr, tr_amt, "trial_box", status="cancelled", plan=plan_rec, 订阅方案=PLANS[plan_rec], box_id=sess)
            ev("tp_trial_order", t_tr, session_id=sess, action="submit", device=os_, channel=app_ch, plan=plan_rec,
               订阅方案=PLANS[plan_rec])
            continue
        order(t_tr, tr_amt, "trial_box", plan=plan_rec, 订阅方案=PLANS[plan_rec], box_id=sess)
        if not live:
            order(t_tr, 8.0, "shipping", box_id=sess)
        ev("tp_trial_order", t_tr, session_id=sess, action="submit", device=os_, channel=app_ch, plan=plan_rec,
           订阅方案=PLANS[plan_rec], price=tr_amt)
        courier, dmg, t_del = deliver(t_tr)
        dc = dcols(courier, dmg, t_tr, t_del)
        if ev("tp_trial_delivered", t_del, session_id=sess, action="success", channel="courier", **dc) is None:
            continue
        late = dc["delivery_days"] > 3
        if dmg:
            order(t_del + D(hours=float(u(2, 48))), tr_amt, "refund", status="refunded", refund_reason="damaged",
                  退款原因=REFUND["damaged"], box_id=sess)
        if rng.random() < (0.85 if dmg else 0.42 if late else 0.30):
            topic = "crushed" if dmg else ("late" if late and rng.random() < 0.8 else
                                           ("praise" if rng.random() < 0.7 else "neutral"))
            fb(t_del + D(hours=float(u(3, 60))), topic, "tp_trial_delivered", "delivery_survey", True)
        if rng.random() < (0.5 if dmg else 0.2 if late else 0.0):
            tsup = t_del + D(hours=float(u(1, 30)))
            ev("tp_support", tsup, action="contact", channel=pick({"app_chat": 0.6, "phone": 0.2, "wechat": 0.2}),
               device=os_, support_reason="delivery", 咨询类型=SUPPORT["delivery"], session_id=sess)
            if rng.random() < 0.6:
                fb(tsup + D(hours=1), "crushed" if dmg else "late", "tp_support", "cs_ticket", False, nots=0.08)

        # ---- tasting
        if pet == "cat":
            pr = (0.42, 0.28, 0.30) if t_del < SALMON else (0.55, 0.31, 0.14)
        else:
            pr = {"small": (0.55, 0.31, 0.14), "medium": (0.58, 0.30, 0.12), "large": (0.80, 0.14, 0.06)}[size]
        if age == "senior":
            pr = (pr[0] - 0.04, pr[1], pr[2] + 0.04)
        if src == "pet_expo":      # the pet already tasted the food at the booth
            pr = (0.78, 0.19, 0.03)
        reaction = ["loved", "ok", "refused"][int(np.searchsorted(np.cumsum(pr), rng.random() * sum(pr), side="right"))]
        p_sub = {"loved": 0.74, "ok": 0.46, "refused": 0.10}[reaction] * SOURCES[src][4] * (0.45 if dmg else 1.0)
        subscribed = rng.random() < min(p_sub, 0.95)
        t_taste = t_del + D(days=float(u(1.5, 7)))
        t_taste = daytime(t_taste)
        if subscribed or rng.random() < 0.7:
            if ev("tp_tasting", t_taste, session_id=sess, action="submit", device=os_, channel=app_ch,
                  pet_reaction=reaction, 试吃反应=REACTION[reaction]) is None:
                continue
            if rng.random() < 0.3:
                topic = {"loved": "loves", "refused": "picky"}.get(reaction, "neutral" if rng.random() < 0.6 else "praise")
                fb(t_taste + D(hours=float(u(0.1, 2))), topic, "tp_tasting", "tasting_survey", True)
        else:
            subscribed = False
        if not subscribed:
            continue

        # ---- subscription
        plan = plan_rec if rng.random() < 0.85 else ("grain_free" if plan_rec != "grain_free" else "standard")
        gap = rng.gamma(1.6, 3.5) if rng.random() < 0.93 else u(25, 50)
        t_sub = daytime(t_taste + D(days=float(gap), hours=float(u(0.2, 3))))
        if t_sub > END:
            continue
        cust.update(segment="active", current_plan=plan, 订阅方案=PLANS[plan])
        box_n = 0
        skipped = False
        pause_left = 0
        recent_dmg = -10
        allergy_hit = False
        double_hit = False
        k = 0
        referred = 0
        while True:
            t_charge = t_sub + D(days=30 * k)
            if t_charge > END:
                break
            if k > 0:
                if pause_left > 0:
                    pause_left -= 1
                    k += 1
                    continue
                # cancel before the charge?
                h = 0.13 if box_n == 1 else 0.06
                h *= SOURCES[src][5]
                drivers = {"other": 1.0, "pet_refused": 0.8 if reaction == "ok" else 0.3, "price": 1.0}
                if plan == "senior":
                    h *= 0.7
                if k - recent_dmg <= 2:
                    h *= 2.0
                    drivers["delivery"] = 4.0
                if allergy_hit:
                    h *= 2.5
                    drivers["allergy"] = 5.0
                if double_hit:
                    h *= 2.2
                    drivers["billing"] = 5.0
                if plan == "standard" and PRICE_UP <= t_charge <= datetime(2026, 3, 31, 23):
                    h *= 2.0
                    drivers["price"] = 7.0
                if skipped:
                    h *= 1.4
                if rng.random() < h:
                    t_c = daytime(t_charge - D(days=float(u(1, 9))))
                    reason = pick(drivers)
                    if ev("tp_cancel", t_c, action="submit", device=os_, channel=app_ch, cancel_reason=reason,
                          取消原因=CANCEL[reason], plan=plan, 订阅方案=PLANS[plan], boxes_received=box_n):
                        cust["segment"] = "churned"
                        if rng.random() < 0.5:
                            topic = {"price": "price", "pet_refused": "picky", "allergy": "allergy",
                                     "delivery": "crushed" if k - recent_dmg <= 2 else "late",
                                     "billing": "double" if double_hit else "autorenew", "other": "other"}[reason]
                            fb(t_c + D(minutes=float(u(1, 20))), topic, "tp_cancel", "cancel_survey", False)
                    break
                p_skip = 0.12 if plan == "senior" else 0.07
                if rng.random() < p_skip:
                    st = "pause" if rng.random() < 0.25 else "skip"
                    ev("tp_skip", daytime(t_charge - D(days=float(u(1, 6)))), action="submit", device=os_,
                       channel=app_ch, skip_type=st, 跳过类型=SKIP[st], plan=plan, 订阅方案=PLANS[plan])
                    if rng.random() < 0.05:
                        fb(t_charge - D(hours=20), "skip", "tp_skip", "app_review", True, nots=0.05)
                    skipped = True
                    pause_left = 1 if st == "pause" else 0
                    k += 1
                    continue
            # ---- charge and ship a box
            bid = nid("b", "B", 6)
            price = plan_price(plan, t_charge)
            if k == 0:
                ev("tp_subscribe", t_sub, session_id=bid, action="success", device=os_, channel=app_ch, plan=plan,
                   订阅方案=PLANS[plan], price=price)
            else:
                ev("tp_renew", t_charge, session_id=bid, action="success", channel="auto_billing", plan=plan,
                   订阅方案=PLANS[plan], price=price, box_seq=box_n + 1)
            order(t_charge, price, "subscription", plan=plan, 订阅方案=PLANS[plan], box_id=bid, box_seq=box_n + 1)
            if plan == "standard":
                order(t_charge, 10.0, "shipping", box_id=bid)
            if rng.random() < (0.24 if pet == "dog" else 0.14):
                a = "dental_chew" if (pet == "dog" and rng.random() < 0.4) else "freeze_dried"
                order(t_charge + D(minutes=2), ADDON[a][1], "addon", item=a, 商品=ADDON[a][0], box_id=bid)
            box_n += 1
            dup = k > 0 and in_win(t_charge, BILLING_BUG) and rng.random() < 0.30
            if dup:
                double_hit = True
                order(t_charge + D(days=float(u(3, 9))), price, "refund", status="refunded",
                      refund_reason="duplicate_charge", 退款原因=REFUND["duplicate_charge"], box_id=bid)
            courier, dmg, t_del = deliver(t_charge + D(hours=float(u(4, 20))))
            dc = dcols(courier, dmg, t_charge, t_del)
            if ev("tp_box_delivered", t_del, session_id=bid, action="success", channel="courier", plan=plan,
                  订阅方案=PLANS[plan], box_seq=box_n, **dc) is None:
                break
            late = dc["delivery_days"] > 3
            if dmg:
                recent_dmg = k
                order(t_del + D(hours=float(u(2, 48))), price, "refund", status="refunded", refund_reason="damaged",
                      退款原因=REFUND["damaged"], box_id=bid)
            if rng.random() < (0.5 if dmg else 0.15 if late else 0.035):
                topic = "crushed" if dmg else ("late" if late else ("praise" if rng.random() < 0.55 else "loves"))
                fb(t_del + D(hours=float(u(3, 60))), topic, "tp_box_delivered", "delivery_survey", True)
            # ---- support contacts about this box
            contacts = []
            if dmg and rng.random() < 0.6 or late and rng.random() < 0.25:
                contacts.append(("delivery", t_del + D(hours=float(u(1, 20)))))
            p_all = 0.012
            if plan == "standard" and in_win(t_charge, ALLERGY_BATCH):
                p_all = 0.15 if pet == "dog" else 0.05
            if rng.random() < p_all:
                contacts.append(("allergy", t_del + D(days=float(u(3, 20)))))
                allergy_hit = allergy_hit or rng.random() < 0.6
            if dup and rng.random() < 0.85 or rng.random() < 0.01:
                contacts.append(("billing", t_charge + D(hours=float(u(2, 40)))))
            if rng.random() < 0.02:
                contacts.append(("plan_change", t_del + D(days=float(u(2, 20)))))
            for reason, tsup in contacts:
                tsup = daytime(tsup)
                ch = pick({"app_chat": 0.6, "phone": 0.2, "wechat": 0.2})
                if ev("tp_support", tsup, session_id=bid, action="contact", channel=ch, device=os_ if ch == "app_chat" else "",
                      support_reason=reason, 咨询类型=SUPPORT[reason], plan=plan, 订阅方案=PLANS[plan]) is None:
                    continue
                if rng.random() < 0.7:
                    topic = {"delivery": "crushed" if dmg else "late", "allergy": "allergy",
                             "billing": "double" if dup else "autorenew", "plan_change": "neutral"}[reason]
                    fb(tsup + D(minutes=float(u(5, 90))), topic, "tp_support", "cs_ticket", False, nots=0.08,
                       support_reason=reason)
                if rng.random() < 0.4:
                    busy = in_win(tsup, BILLING_BUG) or in_win(tsup, ALLERGY_BATCH)
                    topic = "cs_slow" if rng.random() < (0.55 if busy else 0.18) else "cs_good"
                    fb(tsup + D(hours=float(u(2, 30))), topic, "tp_support", "csat_survey", True,
                       support_reason=reason)
            # ---- referral
            p_ref = min(0.02 + 0.006 * box_n, 0.08)
            if rng.random() < p_ref:
                tref = daytime(t_charge + D(days=float(u(3, 27))))
                if ev("tp_referral", tref, action="share", device=os_, channel=pick({"wechat": 0.8, "xiaohongshu": 0.2}),
                      referral_code=f"PAW{cid[1:]}"):
                    referrers.append((tref, cid))
                    referred += 1
            # social posts
            if rng.random() < 0.04:
                topic = pick({"loves": 0.5, "price": 0.5 if t_charge >= PRICE_UP else 0.15, "quiz": 0.1,
                              "crushed": 0.6 if dmg else 0.0})
                tp = {"loves": "tp_tasting", "price": "tp_renew", "quiz": "tp_quiz", "crushed": "tp_box_delivered"}[topic]
                fb(t_charge + D(days=float(u(1, 20))), topic, tp, "xiaohongshu", False, nots=0.15)
            k += 1
        tier = "gold" if box_n >= 10 else "silver" if box_n >= 5 else "regular"
        cust.update(tier=tier, 会员等级=TIER[tier])

    # ---- CRM ids follow sign-up order; event / order ids follow time
    order_c = sorted(customers, key=lambda r: (r["signup_at"], r["customer_id"]))
    newid = {r["customer_id"]: f"C{k + 1:05d}" for k, r in enumerate(order_c)}
    for r in order_c:
        r["customer_id"] = newid[r["customer_id"]]
        if r["referrer_id"]:
            r["referrer_id"] = newid[r["referrer_id"]]
    customers = order_c
    for rows in (events, orders, feedback):
        for r in rows:
            r["customer_id"] = newid[r["customer_id"]]
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    for k, r in enumerate(events):
        r["event_id"] = f"E{k + 1:07d}"
        if r.get("referral_code"):
            r["referral_code"] = "PAW" + r["customer_id"][1:]
    for k, r in enumerate(orders):
        r["order_id"] = f"O{k + 1:06d}"
    # ---- a few exact duplicate event rows (re-sent by the app), loaded once
    for j in rng.choice(len(events), size=14, replace=False):
        events.append(dict(events[int(j)]))

    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    jrs = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=s + 1,
                touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for s, tp in enumerate(j[4])]
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    write(out / "touchpoints.csv", tps)
    write(out / "journeys.csv", jrs)
    write(out / "customers.csv", customers)
    write(out / "events.csv", events)
    write(out / "orders.csv", orders)
    write(out / "feedback.csv", feedback)


def write(path: Path, rows: list[dict]) -> None:
    cols: list[str] = []
    for r in rows:
        for c in r:
            if c not in cols:
                cols.append(c)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, restval="")
        w.writeheader()
        for r in rows:
            w.writerow({k: (v.isoformat(sep=" ") if isinstance(v, datetime) else v) for k, v in r.items()})


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "petfood_data"))
