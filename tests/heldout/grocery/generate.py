"""鲜到家 FreshDash: fresh-grocery e-commerce in Shanghai with six dark stores (前置仓), 30-minute express
delivery, scheduled slots, community group buying (团长自提) and a paid Plus membership, 2025-09-01 .. 2026-08-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus the generator's truth for the feedback comments (topic, sentiment) in OUTDIR/_truth/ for gold.py.
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260831
START = datetime(2025, 9, 1)
END = datetime(2026, 8, 31, 23, 59, 0)
NDAYS = (END.date() - START.date()).days + 1
N_OLD, N_NEW = 700, 1800
D = timedelta

RIDER_SHORTAGE = datetime(2026, 3, 20)      # W03 Zhangjiang: rider contractor switch, too few riders
COUPON_BUG = (datetime(2026, 4, 10), datetime(2026, 4, 23, 23, 59))   # Android app 6.4.0: coupons not applied
FRUIT_HEAT = (datetime(2026, 7, 1), datetime(2026, 7, 31, 23, 59))    # fruit supplier cold-chain failure + heat
PLUS_PROMO = (datetime(2025, 11, 1), datetime(2025, 11, 30, 23, 59))  # Plus first month for 1 yuan (双11)
LEADER_BAD = (datetime(2026, 4, 1), datetime(2026, 6, 30, 23, 59))    # leader L07 often absent at pickup

WAREHOUSES = [  # id, name zh, name en, district, weight
    ("W01", "漕河泾仓", "Caohejing", "徐汇区", 0.17),
    ("W02", "大宁仓", "Daning", "静安区", 0.14),
    ("W03", "张江仓", "Zhangjiang", "浦东新区", 0.25),
    ("W04", "莘庄仓", "Xinzhuang", "闵行区", 0.17),
    ("W05", "五角场仓", "Wujiaochang", "杨浦区", 0.15),
    ("W06", "中山公园仓", "Zhongshan Park", "长宁区", 0.12),
]
LEADERS = {w[0]: [f"L{2 * i + 1:02d}", f"L{2 * i + 2:02d}"] for i, w in enumerate(WAREHOUSES)}
CATS = ["蔬菜", "水果", "肉禽", "乳品", "水产", "粮油零食"]
CAT_W = np.array([0.28, 0.22, 0.17, 0.13, 0.08, 0.12])
CAT_PRICE = {"蔬菜": 55, "水果": 70, "肉禽": 95, "乳品": 60, "水产": 120, "粮油零食": 65}
SPOIL = {"蔬菜": 0.02, "水果": 0.03, "肉禽": 0.015, "乳品": 0.01, "水产": 0.02, "粮油零食": 0.003}
ACQ = ["app_store", "douyin_ads", "wechat_group", "referral", "offline_flyer"]
ACQ_W = [0.25, 0.25, 0.2, 0.15, 0.15]
ACQ_LIFE = {"app_store": 300, "douyin_ads": 70, "wechat_group": 320, "referral": 380, "offline_flyer": 220}
ACQ_INTENT = {"app_store": 1.0, "douyin_ads": 0.65, "wechat_group": 1.0, "referral": 1.45, "offline_flyer": 0.9}

TOUCHPOINTS = [
    ("tp_push", "推送通知", "Push notification", "awareness", "app", "digital", "用户增长",
     "推送|消息推送|push|push notification"),
    ("tp_leader_share", "团长分享链接", "Group leader share link", "awareness", "social", "digital", "社区团购",
     "团长链接|社群分享|群接龙|group link|leader link|share link"),
    ("tp_home_feed", "首页推荐", "Home feed", "consideration", "app", "digital", "推荐算法",
     "首页|首页信息流|打开app|home|home page|feed|homepage"),
    ("tp_search", "搜索", "Search", "consideration", "app", "digital", "搜索",
     "搜索|搜商品|search|search bar"),
    ("tp_product", "商品详情页", "Product page", "consideration", "app", "digital", "商品",
     "商详|商品页|详情页|product page|PDP|product detail"),
    ("tp_signup", "注册", "Sign-up", "consideration", "app", "digital", "用户增长",
     "注册|新用户注册|sign up|signup|registration"),
    ("tp_cart", "购物车", "Cart", "purchase", "app", "digital", "交易",
     "加购|加入购物车|cart|basket|add to cart"),
    ("tp_coupon", "选券用券", "Coupon selection", "purchase", "app", "digital", "营销",
     "优惠券|用券|领券|满减券|coupon|voucher"),
    ("tp_checkout", "结算页", "Checkout", "purchase", "app", "digital", "交易",
     "结算|提交订单|下单页|checkout|place order"),
    ("tp_payment", "支付成功", "Payment success", "purchase", "app", "digital", "支付",
     "支付|付款|支付成功|payment|paid"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "支付",
     "支付失败|付款失败|payment failed|payment failure"),
    ("tp_group_join", "参团下单", "Join group buy", "purchase", "mini_program", "digital", "社区团购",
     "参团|拼团下单|团购下单|join group|group order"),
    ("tp_group_success", "成团", "Group formed", "purchase", "mini_program", "digital", "社区团购",
     "成团|拼团成功|group formed|group success"),
    ("tp_cancel", "取消订单", "Order cancelled", "service", "app", "digital", "交易",
     "取消|取消订单|cancel|cancellation"),
    ("tp_picking", "前置仓拣货", "Dark-store picking", "service", "other", "physical", "仓储运营",
     "拣货|打包|分拣|前置仓|picking|packing|dark store"),
    ("tp_rider_pickup", "骑手取货", "Rider pickup", "service", "other", "physical", "配送",
     "骑手取货|取件|rider pickup|handover to rider"),
    ("tp_delivered", "送达", "Delivered", "service", "other", "physical", "配送",
     "送达|配送|送货|骑手送达|到家|delivery|delivered|rider"),
    ("tp_quality_check", "签收验货", "Receipt & quality check", "service", "app", "digital", "品控",
     "验货|签收|收货检查|品质检查|quality check|receipt check|unboxing"),
    ("tp_leader_pickup", "团长点自提", "Leader pickup point", "service", "other", "physical", "社区团购",
     "自提|自提点|团长取货|取货点|pickup point|leader pickup|collect"),
    ("tp_aftersales", "售后申请", "After-sales request", "service", "app", "digital", "客服中心",
     "售后|申请售后|申请退款|退货|after-sales|after sales|refund request|complaint"),
    ("tp_aftersales_photo", "上传凭证", "Upload photo evidence", "service", "app", "digital", "客服中心",
     "上传照片|拍照凭证|凭证|photo evidence|upload photo"),
    ("tp_refund", "退款到账", "Refund credited", "service", "app", "digital", "客服中心",
     "退款|退款到账|refund|refunded|money back"),
    ("tp_cs_chat", "在线客服", "Customer service chat", "service", "app", "digital", "客服中心",
     "客服|在线客服|人工客服|customer service|CS chat|support chat"),
    ("tp_plus_page", "Plus会员页", "Plus membership page", "loyalty", "app", "digital", "会员",
     "会员页|Plus页|开通页|plus page|membership page"),
    ("tp_plus_join", "开通Plus会员", "Plus sign-up", "loyalty", "app", "digital", "会员",
     "开通会员|入会|开Plus|join plus|plus signup|membership signup"),
    ("tp_plus_renew", "Plus续费", "Plus renewal", "loyalty", "app", "digital", "会员",
     "续费|自动续费|renewal|renew"),
    ("tp_review", "评价晒单", "Review & photo post", "loyalty", "app", "digital", "内容",
     "评价|晒单|打分|review|rating"),
]

JOURNEYS = [  # id, zh, en, window, steps
    ("order", "到家下单", "Home delivery order", 1,
     ["tp_home_feed", "tp_product", "tp_cart", "tp_checkout", "tp_payment"]),
    ("new_user", "新客首单", "New user first order", 7, ["tp_signup", "tp_payment"]),
    ("group_buy", "社区团购", "Community group buy", 3,
     ["tp_leader_share", "tp_group_join", "tp_group_success", "tp_leader_pickup"]),
    ("plus", "Plus会员开通", "Plus membership sign-up", 7, ["tp_plus_page", "tp_plus_join"]),
    ("after_sales", "售后退款", "After-sales refund", 3, ["tp_aftersales", "tp_aftersales_photo", "tp_refund"]),
]

HOURS = np.array([1, 0.5, 0.3, 0.2, 0.2, 0.5, 2, 5, 7, 6, 5, 5, 6, 4, 3, 3, 5, 8, 9, 8, 6, 4, 3, 2], float)
HOURS /= HOURS.sum()

# ---------- feedback texts: (topic, sentiment) -> zh / en / mixed templates ----------
FRUITS_ZH = ["芒果", "草莓", "葡萄", "水蜜桃", "西瓜", "蓝莓", "荔枝", "香蕉"]
FRUITS_EN = ["mangoes", "strawberries", "grapes", "peaches", "watermelon", "blueberries", "lychees", "bananas"]
TEXTS = {
    "spoiled_fruit": dict(
        zh=["买的{fz}送到就烂了，一股酸味，验货直接拍照申请退款", "{fz}一半都坏了，还有霉点，太失望了",
            "{fz}捂烂了，根本没法吃，这么热的天冷链呢？", "收到的{fz}是烂的，已经第二次了", "{fz}发霉了，退款吧"],
        en=["The {fe} were rotten when they arrived, had to ask for a refund",
            "Half of the {fe} were moldy. Really disappointed.", "Got mushy, rotten {fe} again. Where is the cold chain?"],
        mix=["{fz} totally rotten 了，要退款", "买的 {fe} 全烂了, 客服快处理"]),
    "spoiled_other": dict(
        zh=["牛奶送来就过期了", "猪肉有异味，不敢吃", "鸡胸肉包装漏了还有味道", "青菜叶子全黄了蔫了", "虾不新鲜，有臭味"],
        en=["The milk was already expired on delivery", "Chicken breast smelled off, package was leaking",
            "Spinach was wilted and yellow"],
        mix=["牛奶 expired 了，差评"]),
    "late_rider": dict(
        zh=["说好30分钟达，结果等了快一个小时", "骑手超时40多分钟，冰淇淋都化了", "配送太慢了，又迟到了",
            "骑手迟到半小时，打电话也不接", "30分钟达成了60分钟达，超时太严重"],
        en=["Rider was 25 minutes late, the 30-minute promise is a joke", "Delivery took almost an hour, way too slow",
            "Late again, the rider took over 50 minutes"],
        mix=["骑手 late 了40分钟，30分钟达 is fake", "delivery 超时 again, 等了一个小时"]),
    "missing_items": dict(
        zh=["少送了一盒鸡蛋，付了钱没收到", "漏发了两样东西，客服说要核实", "订单里的牛奶没送，少了一件",
            "缺了一袋青菜，少送了"],
        en=["Missing a bag of spinach I paid for", "Two items were missing from my order",
            "The eggs were missing from the bag"],
        mix=["少送了 yogurt, missing item 又来了"]),
    "substitution": dict(
        zh=["缺货直接给我换成了别的牌子，也不问一下", "燕麦奶被替换成普通牛奶了，没经过我同意", "替换的商品根本不是我要的"],
        en=["They substituted my oat milk with regular milk without asking", "Got a substitute product I never agreed to",
            "Replaced my organic eggs with a cheaper brand, no call"],
        mix=["缺货 substitute 了也不问我"]),
    "coupon_not_applied": dict(
        zh=["满99减20的券结算时用不了，一直提示不可用", "优惠券没抵扣，白领了", "结算页优惠券选不上，安卓更新后就这样",
            "券明明在有效期，下单时没减钱"],
        en=["Coupon didn't apply at checkout, the discount never showed", "My voucher was not applied after the update",
            "Checkout ignores my coupon, tried three times"],
        mix=["coupon 用不了, 满减没生效"]),
    "leader_pickup": dict(
        zh=["去团长那取货，自提点关门了", "团长不在家，白跑一趟", "自提点找不到人，东西放外面被晒了",
            "团长联系不上，货都取不到"],
        en=["The group leader wasn't there when I came to pick up", "Pickup point was closed, wasted a trip"],
        mix=["团长 not there again, 取不到货"]),
    "plus_fee": dict(
        zh=["Plus会员自动续费没有提醒就扣了15块", "会员续费扣款不通知，想退"],
        en=["Charged for Plus renewal without any notice", "Plus membership auto-renewed without telling me"],
        mix=[]),
    "search": dict(
        zh=["搜索不好用，搜车厘子出来一堆无关的", "搜不到想要的东西，搜索结果很乱"],
        en=["Search is useless, typing cherries shows random stuff"], mix=[]),
    "price": dict(
        zh=["价格比楼下菜市场贵不少", "最近涨价了，性价比一般偏低"],
        en=["Prices are higher than the wet market downstairs"], mix=[]),
    "praise_fresh": dict(
        zh=["菜很新鲜，比菜市场还好", "水果很甜很新鲜，会回购", "肉品质不错，包装也干净", "东西新鲜，满意"],
        en=["Super fresh veggies, love it", "Fruit was sweet and fresh, will order again", "Great quality meat, clean packaging"],
        mix=["很新鲜 very fresh, 好评"]),
    "praise_fast": dict(
        zh=["20分钟就送到了，太快了", "骑手小哥很快很有礼貌", "下单后一刻钟就到了，给力"],
        en=["Arrived in 18 minutes, amazing", "Super quick delivery and a polite rider"],
        mix=["送得很快 super quick, 点赞"]),
    "praise_leader": dict(
        zh=["团长很热心，取货很方便", "团购价格实惠，自提也方便"],
        en=["Group buy prices are great and pickup is easy"], mix=[]),
    "praise_plus": dict(
        zh=["开了Plus免运费，很划算", "Plus会员每周的券很实用"],
        en=["Plus membership pays for itself with free delivery"], mix=[]),
    "neutral": dict(
        zh=["还行吧，一般", "东西正常，没什么特别的", "和别家差不多"],
        en=["It's ok, nothing special", "Average experience"], mix=["还行 ok"]),
}
SUFFIX = {"neg": dict(zh=["", "", "。", "！", "，希望改进", "，下次不买了", "，太影响心情了", "…"],
                      en=["", "", ".", "!", " Please fix this.", " Not happy.", " Disappointed."]),
          "pos": dict(zh=["", "", "！", "，点赞", "，继续保持", "👍"], en=["", "", "!", " Thanks!", " Keep it up."]),
          "neu": dict(zh=["", "", "。"], en=["", "."])}
SENT = {"spoiled_fruit": "neg", "spoiled_other": "neg", "late_rider": "neg", "missing_items": "neg",
        "substitution": "neg", "coupon_not_applied": "neg", "leader_pickup": "neg", "plus_fee": "neg",
        "search": "neg", "price": "neg", "praise_fresh": "pos", "praise_fast": "pos", "praise_leader": "pos",
        "praise_plus": "pos", "neutral": "neu"}


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, customers, truth = [], [], [], [], []
    counters = {"ev": 0, "o": 0, "fb": 0, "s": 0}

    # weather per day
    weather = {}
    for i in range(NDAYS):
        d = (START + D(days=i)).date()
        m = d.month
        p = {"sunny": 0.42, "cloudy": 0.33, "rainy": 0.2, "hot": 0.05}
        if m in (6,):
            p = {"sunny": 0.2, "cloudy": 0.3, "rainy": 0.45, "hot": 0.05}
        if m in (7, 8):
            p = {"sunny": 0.25, "cloudy": 0.15, "rainy": 0.2, "hot": 0.4}
        if m in (12, 1, 2):
            p = {"sunny": 0.45, "cloudy": 0.35, "rainy": 0.2, "hot": 0.0}
        weather[d] = rng.choice(list(p), p=np.array(list(p.values())) / sum(p.values()))

    def new_id(k, prefix, width):
        counters[k] += 1
        return f"{prefix}{counters[k]:0{width}d}"

    def ev(cid, ts, tp, action, cust, sess="", **extra):
        digital = tp not in ("tp_picking", "tp_rider_pickup", "tp_delivered", "tp_leader_pickup")
        ch = "social" if tp == "tp_leader_share" else (
            "mini_program" if tp in ("tp_group_join", "tp_group_success") else cust["channel"])
        ch = ch if digital else "other"
        events.append(dict(event_id=new_id("ev", "E", 7), customer_id=cid, ts=ts, touchpoint_id=tp,
                           session_id=sess, action=action, device=cust["device"] if digital else "",
                           channel=ch, **extra))

    def fb(cust, ts, tp, channel, topic, rating=None, nps=None, **extra):
        lang = cust["lang"]
        t = TEXTS[topic]
        r = rng.random()
        if t["mix"] and r < 0.12:
            tpl = t["mix"][rng.integers(len(t["mix"]))]
        elif lang == "en" and t["en"]:
            tpl = t["en"][rng.integers(len(t["en"]))]
        else:
            tpl = t["zh"][rng.integers(len(t["zh"]))]
        k = rng.integers(len(FRUITS_ZH))
        text = tpl.format(fz=FRUITS_ZH[k], fe=FRUITS_EN[k])
        if topic == "late_rider" and rng.random() < 0.3:
            area = cust["district"][:2]
            text = (f"{area}这边最近配送越来越慢，" + text) if not text.isascii() else (text + f" ({area} area)")
        sfx = SUFFIX[SENT[topic]]["en" if text.isascii() else "zh"]
        text += sfx[rng.integers(len(sfx))]
        fid = new_id("fb", "F", 5)
        feedback.append(dict(feedback_id=fid, text=text, ts=ts, customer_id=cust["id"], touchpoint_id=tp,
                             channel=channel, rating=rating, nps=nps, device=cust["device"],
                             warehouse_id=extra.get("warehouse_id", cust["wh"]), order_id=extra.get("order_id", ""),
                             category=extra.get("category", ""), app_version=extra.get("app_version", "")))
        truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))

    def rating_for(topic):
        s = SENT[topic]
        if s == "neg":
            return int(rng.choice([1, 2, 3], p=[0.55, 0.37, 0.08]))
        if s == "pos":
            return int(rng.choice([4, 5], p=[0.3, 0.7]))
        return 3

    def app_version(t):
        if t < datetime(2026, 1, 15):
            return "6.2.0"
        if t < datetime(2026, 4, 8):
            return "6.3.0" if rng.random() < 0.9 else "6.2.0"
        if t < datetime(2026, 4, 24):
            return "6.4.0" if rng.random() < 0.88 else "6.3.0"
        return "6.4.1" if rng.random() < 0.9 else "6.4.0"

    # ---------- customers ----------
    wh_w = np.array([w[4] for w in WAREHOUSES])
    span = NDAYS
    signup_days = np.sort(rng.choice(span - 3, size=N_NEW, p=None))
    custs = []
    for i in range(N_OLD + N_NEW):
        cid = f"C{i + 1:05d}"
        wi = rng.choice(6, p=wh_w / wh_w.sum())
        acq = str(rng.choice(ACQ, p=ACQ_W))
        if i < N_OLD:
            signup = START - D(days=int(rng.integers(30, 700)), hours=int(rng.integers(8, 22)))
        else:
            signup = START + D(days=int(signup_days[i - N_OLD]), hours=int(rng.choice(24, p=HOURS)),
                               minutes=int(rng.integers(60)))
        ch = "mini_program" if rng.random() < (0.8 if acq == "wechat_group" else 0.32) else "app"
        c = dict(id=cid, wh=WAREHOUSES[wi][0], district=WAREHOUSES[wi][3], acq=acq, signup=signup, channel=ch,
                 device="ios" if rng.random() < 0.45 else "android", lang="en" if rng.random() < 0.12 else "zh",
                 old=i < N_OLD, rate=float(rng.gamma(2.0, 0.045)), intent=ACQ_INTENT[acq] * float(rng.uniform(0.85, 1.15)),
                 group=rng.random() < (0.75 if acq == "wechat_group" else 0.2), plus=[], first_order=None,
                 paid_ts=[])
        life = float(rng.exponential(ACQ_LIFE[acq]))
        c["start"] = max(signup, START)
        c["end"] = min(c["start"] + D(days=life), END)
        if c["old"] and rng.random() < 0.12:  # annual Plus bought before the data
            st = START - D(days=int(rng.integers(10, 330)))
            c["plus"].append([st, st + D(days=365), "annual", False])
        custs.append(c)

    def is_plus(c, t):
        return any(a <= t < b for a, b, _, _ in c["plus"])

    def plus_join(c, t, sess):
        promo = PLUS_PROMO[0] <= t <= PLUS_PROMO[1]
        plan = "trial_1yuan" if promo else ("annual" if rng.random() < 0.3 else "monthly")
        fee = {"trial_1yuan": 1, "monthly": 15, "annual": 128}[plan]
        ev(c["id"], t, "tp_plus_join", "success", c, sess, plan=plan, fee=fee)
        if plan == "annual":
            c["plus"].append([t, t + D(days=365), plan, False])
            return
        end = t + D(days=30)
        k = 0
        while end < END:
            p = (0.30 if plan == "trial_1yuan" else 0.78) if k == 0 else 0.82
            if rng.random() >= p:
                break
            ev(c["id"], end, "tp_plus_renew", "success", c, "", plan="monthly", fee=15)
            end += D(days=30)
            k += 1
        c["plus"].append([t, end, plan, True])

    # ---------- one home-delivery order after payment ----------
    def make_order(c, t, sess, coupon, ver):
        if t > END:
            return None
        plus = is_plus(c, t)
        mo = t.month
        cw = CAT_W.copy()
        if mo in (6, 7, 8):
            cw[1] += 0.08
        cat = str(rng.choice(CATS, p=cw / cw.sum()))
        items = int(rng.integers(3, 16))
        subtotal = round(float(rng.lognormal(np.log(CAT_PRICE[cat]), 0.35)) * (1.2 if plus else 1.0), 2)
        fee = 0.0 if (plus or subtotal >= 49) else 6.0
        disc = {"": 0, "FULL49-5": 5, "FULL99-20": 20, "NEWUSER15": 15, "FRUIT10": 10}[coupon]
        if coupon == "FULL99-20" and subtotal < 99:
            subtotal = round(subtotal + 99 - subtotal + float(rng.uniform(0, 30)), 2)
        amount = round(subtotal + fee - disc, 2)
        day = t.date()
        w = weather[day]
        express = rng.random() < 0.74
        wh = c["wh"]
        pick = float(rng.normal(5.5 if wh == "W06" else 8.5, 1.8))
        pick = round(max(3.0, pick), 1)
        oid = new_id("o", "O", 6)
        user_type = "new" if (c["first_order"] is None and not c["old"]) else "returning"
        if c["first_order"] is None:
            c["first_order"] = t
        row = dict(order_id=oid, customer_id=c["id"], ts=t, amount=amount, status="paid", channel=c["channel"],
                   device=c["device"], warehouse_id=wh, warehouse_name=[x[1] for x in WAREHOUSES if x[0] == wh][0],
                   district=c["district"], order_type="to_home", category=cat, items_count=items, subtotal=subtotal,
                   delivery_fee=fee, discount=disc, coupon_code=coupon,
                   delivery_type="express_30min" if express else "scheduled", delivery_slot="",
                   picking_minutes=pick, delivery_minutes=None, missing_items=0, substituted_items=0,
                   member_tier="plus" if plus else "regular", user_type=user_type, weather=w, app_version=ver,
                   leader_id="", cancel_reason="", refund_reason="")
        orders.append(row)
        # cancellation before picking
        r = rng.random()
        if r < 0.035:
            row["status"] = "cancelled"
            row["cancel_reason"] = "customer_cancelled" if r < 0.025 else "out_of_stock"
            row["picking_minutes"] = None
            ev(c["id"], t + D(minutes=float(rng.uniform(1, 6))), "tp_cancel", "submit", c, sess, order_id=oid)
            return row
        c["paid_ts"].append(t)
        t_pick = t + D(minutes=float(rng.uniform(0.5, 2.0)))
        ev(c["id"], t_pick, "tp_picking", "complete", c, "", order_id=oid, warehouse_id=wh)
        if express:
            base = float(rng.normal(22.0, 4.0))
            if w == "rainy":
                base += 7
            if t.hour in (17, 18, 19):
                base += 3
            if wh == "W03" and t >= RIDER_SHORTAGE:
                base += float(rng.normal(14, 6))
            dm = round(max(pick + 6, base), 1)
            row["delivery_minutes"] = dm
            t_del = t + D(minutes=dm)
            row["delivery_slot"] = "30min"
        else:
            slot_start = int(rng.choice([8, 10, 16, 18, 20]))
            row["delivery_slot"] = f"{slot_start:02d}:00-{slot_start + 2:02d}:00"
            t_del = datetime(t.year, t.month, t.day) + D(days=1, hours=slot_start, minutes=float(rng.uniform(0, 115)))
        ev(c["id"], t + D(minutes=pick + 1), "tp_rider_pickup", "complete", c, "", order_id=oid, warehouse_id=wh)
        ev(c["id"], t_del, "tp_delivered", "complete", c, "", order_id=oid, warehouse_id=wh)
        miss = int(rng.poisson(0.14 if wh == "W05" else 0.03))
        row["missing_items"] = miss
        sub = int(rng.random() < 0.06)
        row["substituted_items"] = sub
        # quality problems
        sp = SPOIL[cat] * (1.3 if w == "hot" else 1.0)
        if cat == "水果" and FRUIT_HEAT[0] <= t <= FRUIT_HEAT[1]:
            sp = 0.30
        spoiled = rng.random() < sp
        late = row["delivery_minutes"] is not None and row["delivery_minutes"] > 30
        very_late = row["delivery_minutes"] is not None and row["delivery_minutes"] > 45
        if rng.random() < (0.75 if (spoiled or miss) else 0.35):
            ev(c["id"], t_del + D(minutes=float(rng.uniform(2, 50))), "tp_quality_check", "view", c, "", order_id=oid)
        reason = ""
        if spoiled and rng.random() < 0.85:
            reason = "spoiled"
        elif miss and rng.random() < 0.6:
            reason = "missing_item"
        elif sub and rng.random() < 0.15:
            reason = "substitution"
        elif very_late and rng.random() < 0.2:
            reason = "late_delivery"
        if reason:
            ta = t_del + D(minutes=float(rng.uniform(10, 600)))
            ev(c["id"], ta, "tp_aftersales", "submit", c, "", order_id=oid, reason=reason)
            if rng.random() < 0.35:
                tc = ta + D(minutes=float(rng.uniform(1, 30)))
                ev(c["id"], tc, "tp_cs_chat", "submit", c, "", order_id=oid)
                ctopic = {"spoiled": "spoiled_fruit" if cat == "水果" else "spoiled_other", "missing_item": "missing_items",
                          "substitution": "substitution", "late_delivery": "late_rider"}[reason]
                if rng.random() < 0.5 and tc <= END:
                    fb(c, tc, "tp_cs_chat", "cs_ticket", ctopic,
                       rating=rating_for(ctopic) if rng.random() < 0.5 else None,
                       warehouse_id=wh, order_id=oid, category=cat)
            if rng.random() < (0.9 if reason in ("spoiled", "substitution") else 0.8):
                tp_ = ta + D(minutes=float(rng.uniform(1, 40)))
                ev(c["id"], tp_, "tp_aftersales_photo", "submit", c, "", order_id=oid)
                tr = tp_ + D(hours=float(rng.uniform(0.5, 40)))
                if rng.random() < 0.9 and tr <= END:
                    ev(c["id"], tr, "tp_refund", "success", c, "", order_id=oid)
                    row["status"] = "refunded"
                    row["refund_reason"] = reason
        # feedback about this order
        topic = None
        if spoiled:
            topic = ("spoiled_fruit" if cat == "水果" else "spoiled_other") if rng.random() < 0.5 else None
        elif miss:
            topic = "missing_items" if rng.random() < 0.4 else None
        elif sub and rng.random() < 0.22:
            topic = "substitution"
        elif late and rng.random() < (0.3 if very_late else 0.1):
            topic = "late_rider"
        elif rng.random() < 0.12:
            topic = str(rng.choice(["praise_fresh", "praise_fast", "neutral", "price"], p=[0.45, 0.3, 0.15, 0.1]))
            if topic == "praise_fast" and late:
                topic = "praise_fresh"
        if topic:
            tp = "tp_delivered" if topic in ("late_rider", "praise_fast") else "tp_quality_check"
            tf = t_del + D(minutes=float(rng.uniform(5, 300)))
            if tf <= END:
                ev(c["id"], tf, "tp_review", "submit", c, "", order_id=oid)
                fb(c, tf, tp, "order_rating", topic, rating=rating_for(topic), warehouse_id=wh, order_id=oid,
                   category=cat)
        return row

    # ---------- sessions ----------
    def session(c, t):
        sess = new_id("s", "S", 6)
        app = c["channel"] == "app"
        ver = app_version(t) if app else ""
        plus = is_plus(c, t)
        x = dict(app_version=ver) if app else {}
        if app and rng.random() < 0.15:
            ev(c["id"], t - D(seconds=20), "tp_push", "click", c, sess, **x)
        ev(c["id"], t, "tp_home_feed", "view", c, sess, **x)
        tt = t
        paid = False
        if rng.random() < min(0.95, (0.80 if app else 0.72)):
            if rng.random() < 0.4:
                tt += D(seconds=float(rng.uniform(5, 60)))
                ev(c["id"], tt, "tp_search", "submit", c, sess, **x)
                if rng.random() < 0.006:
                    tt2 = tt + D(seconds=30)
                    fb(c, tt2, "tp_search", "app_review", "search", rating=rating_for("search"), app_version=ver)
            tt += D(seconds=float(rng.uniform(10, 120)))
            ev(c["id"], tt, "tp_product", "view", c, sess, **x)
            p2 = (0.55 if app else 0.44) * c["intent"] * (1.1 if plus else 1.0)
            if rng.random() < min(0.95, p2):
                tt += D(seconds=float(rng.uniform(10, 200)))
                ev(c["id"], tt, "tp_cart", "click", c, sess, **x)
                if rng.random() < (0.80 if app else 0.70):
                    coupon = ""
                    if c["first_order"] is None and not c["old"]:
                        coupon = "NEWUSER15" if rng.random() < 0.7 else ""
                    elif rng.random() < 0.33:
                        coupon = str(rng.choice(["FULL49-5", "FULL99-20", "FRUIT10"], p=[0.55, 0.35, 0.1]))
                    bug = (app and c["device"] == "android" and ver == "6.4.0"
                           and COUPON_BUG[0] <= t <= COUPON_BUG[1])
                    if coupon or bug:
                        tt += D(seconds=float(rng.uniform(5, 40)))
                        ev(c["id"], tt, "tp_coupon", "click", c, sess, coupon_code=coupon or "FULL49-5", **x)
                        if bug and not coupon:
                            coupon = "FULL49-5"
                    tt += D(seconds=float(rng.uniform(10, 90)))
                    ev(c["id"], tt, "tp_checkout", "submit", c, sess, **x)
                    p4 = 0.93
                    if bug:
                        p4 = 0.40   # the coupon silently drops at checkout; most abandon
                        if rng.random() < 0.17:
                            fb(c, tt + D(minutes=float(rng.uniform(1, 120))), "tp_checkout",
                               "cs_ticket" if rng.random() < 0.5 else "app_review", "coupon_not_applied",
                               rating=rating_for("coupon_not_applied"), app_version=ver)
                        coupon = ""
                    if rng.random() < p4:
                        if rng.random() < 0.04:
                            ev(c["id"], tt + D(seconds=20), "tp_pay_fail", "fail", c, sess, **x)
                            tt += D(seconds=70)
                        tt += D(seconds=float(rng.uniform(10, 60)))
                        ev(c["id"], tt, "tp_payment", "success", c, sess, **x)
                        make_order(c, tt, sess, coupon, ver)
                        paid = True
                    elif rng.random() < 0.3:
                        ev(c["id"], tt + D(seconds=25), "tp_pay_fail", "fail", c, sess, **x)
        # Plus upsell
        if app and not is_plus(c, tt):
            pview = 0.25 if paid else 0.04
            if rng.random() < pview:
                tp = tt + D(seconds=float(rng.uniform(20, 90)))
                ev(c["id"], tp, "tp_plus_page", "view", c, sess, **x)
                promo = PLUS_PROMO[0] <= tp <= PLUS_PROMO[1]
                if rng.random() < (0.45 if promo else 0.14):
                    tj = tp + (D(seconds=float(rng.uniform(20, 200))) if rng.random() < 0.75
                               else D(days=float(rng.uniform(0.5, 6.5))))
                    if tj <= END:
                        plus_join(c, tj, sess)
                        if rng.random() < 0.04:
                            fb(c, tj + D(days=float(rng.uniform(1, 20))), "tp_plus_page", "app_review",
                               "praise_plus", rating=rating_for("praise_plus"), app_version=ver)

    def group_session(c, t):
        sess = new_id("s", "S", 6)
        wh = c["wh"]
        leader = LEADERS[wh][int(rng.random() < 0.5)]
        ev(c["id"], t, "tp_leader_share", "click", c, sess, leader_id=leader)
        if rng.random() >= 0.45 * min(1.2, c["intent"]):
            return
        tj = t + D(minutes=float(rng.uniform(1, 20)))
        if tj > END:
            return
        ev(c["id"], tj, "tp_group_join", "submit", c, sess, leader_id=leader)
        cat = str(rng.choice(CATS, p=[0.3, 0.4, 0.1, 0.1, 0.02, 0.08]))
        subtotal = round(float(rng.lognormal(np.log(32), 0.35)), 2)
        oid = new_id("o", "O", 6)
        user_type = "new" if (c["first_order"] is None and not c["old"]) else "returning"
        if c["first_order"] is None:
            c["first_order"] = tj
        row = dict(order_id=oid, customer_id=c["id"], ts=tj, amount=subtotal, status="paid", channel="mini_program",
                   device=c["device"], warehouse_id=wh, warehouse_name=[x[1] for x in WAREHOUSES if x[0] == wh][0],
                   district=c["district"], order_type="group_buy", category=cat, items_count=int(rng.integers(1, 5)),
                   subtotal=subtotal, delivery_fee=0.0, discount=0, coupon_code="", delivery_type="leader_pickup",
                   delivery_slot="", picking_minutes=None, delivery_minutes=None, missing_items=0, substituted_items=0,
                   member_tier="plus" if is_plus(c, tj) else "regular", user_type=user_type, weather=weather[tj.date()],
                   app_version="", leader_id=leader, cancel_reason="", refund_reason="")
        orders.append(row)
        ts_ = datetime(tj.year, tj.month, tj.day) + D(days=1, hours=10, minutes=float(rng.uniform(0, 60)))
        if rng.random() >= 0.86:
            row["status"] = "cancelled"
            row["cancel_reason"] = "group_failed"
            ev(c["id"], ts_, "tp_cancel", "submit", c, "", order_id=oid)
            return
        c["paid_ts"].append(tj)
        ev(c["id"], ts_, "tp_group_success", "success", c, "", order_id=oid, leader_id=leader)
        ev(c["id"], ts_ + D(hours=2), "tp_picking", "complete", c, "", order_id=oid, warehouse_id=wh)
        bad = leader == "L07" and LEADER_BAD[0] <= tj <= LEADER_BAD[1]
        if rng.random() < (0.55 if bad else 0.95):
            tpk = ts_ + D(hours=float(rng.uniform(6, 30)))
            ev(c["id"], tpk, "tp_leader_pickup", "complete", c, "", order_id=oid, leader_id=leader)
            if rng.random() < 0.04:
                fb(c, tpk + D(hours=2), "tp_leader_pickup", "wechat_group", "praise_leader",
                   rating=rating_for("praise_leader"), warehouse_id=wh, order_id=oid, category=cat)
        else:
            tf = ts_ + D(hours=float(rng.uniform(8, 40)))
            if rng.random() < (0.6 if bad else 0.25) and tf <= END:
                fb(c, tf, "tp_leader_pickup", "wechat_group", "leader_pickup", rating=rating_for("leader_pickup"),
                   warehouse_id=wh, order_id=oid, category=cat)

    for c in custs:
        if not c["old"]:
            ev(c["id"], c["signup"], "tp_signup", "success", c, "")
            first = c["signup"] + D(minutes=float(rng.uniform(1, 10)))
            if rng.random() < 0.85:
                session(c, first)
        t = c["start"]
        while True:
            rate = c["rate"] * (1.5 if is_plus(c, t) else 1.0)
            t = t + D(days=float(rng.exponential(1 / rate)))
            if t > c["end"]:
                break
            hour = int(rng.choice(24, p=HOURS))
            t = datetime(t.year, t.month, t.day, hour, int(rng.integers(60)), int(rng.integers(60)))
            if t < c["start"] or t > END:
                continue
            if c["group"] and rng.random() < 0.35:
                group_session(c, t)
            else:
                session(c, t)

    # app reviews / CS chats / surveys not tied to one order
    for c in custs:
        n = rng.poisson(0.18)
        for _ in range(n):
            t = c["start"] + D(days=float(rng.uniform(0, max(1.0, (c["end"] - c["start"]).days))))
            if t > END:
                continue
            topic = str(rng.choice(["praise_fresh", "praise_fast", "price", "neutral", "search", "plus_fee"],
                                   p=[0.34, 0.2, 0.14, 0.14, 0.1, 0.08]))
            if topic == "plus_fee" and not any(pl[3] for pl in c["plus"]):
                topic = "price"
            tp = {"praise_fresh": "tp_home_feed", "praise_fast": "tp_delivered", "price": "tp_product",
                  "neutral": "tp_home_feed", "search": "tp_search", "plus_fee": "tp_plus_renew"}[topic]
            ch = "cs_ticket" if topic == "plus_fee" else "app_review"
            fb(c, t, tp, ch, topic, rating=rating_for(topic) if (ch == "app_review" or rng.random() < 0.5) else None)
    # NPS survey: monthly sample of customers active that month
    for mi in range(12):
        m0 = datetime(2025 + (8 + mi) // 12, (8 + mi) % 12 + 1, 1)
        pool = [c for c in custs if c["start"] <= m0 + D(days=20) and c["end"] >= m0]
        for c in rng.choice(pool, size=min(55, len(pool)), replace=False):
            t = m0 + D(days=float(rng.uniform(0, 27)), hours=float(rng.uniform(0, 12)))
            bad = c["wh"] == "W03" and t >= RIDER_SHORTAGE
            mu = 6.4 if bad else 8.3
            score = int(np.clip(round(rng.normal(mu, 1.8)), 0, 10))
            if score >= 9:
                topic = str(rng.choice(["praise_fresh", "praise_fast"])) if not bad else "praise_fresh"
            elif score >= 7:
                topic = "neutral"
            else:
                topic = "late_rider" if (bad or rng.random() < 0.3) else str(rng.choice(["price", "spoiled_other"]))
            rating = 5 if score >= 9 else 4 if score >= 7 else 3 if score >= 5 else 2 if score >= 3 else 1
            if SENT[topic] == "neu":
                rating = 3 if score < 8 else 4
            tp = "tp_delivered" if topic in ("late_rider", "praise_fast") else ""
            fb(c, t, tp, "survey", topic, rating=rating, nps=score)

    # ---------- customers table ----------
    def plus_active(c, t):
        return any(a <= t < b for a, b, _, _ in c["plus"])

    for c in custs:
        last = max(c["paid_ts"]) if c["paid_ts"] else None
        if last is None:
            seg = "never_ordered"
        elif c["signup"] >= END - D(days=60):
            seg = "new"
        elif last < END - D(days=90):
            seg = "churned"
        elif last < END - D(days=45):
            seg = "at_risk"
        else:
            seg = "returning"
        plan = c["plus"][-1][2] if c["plus"] else ""
        customers.append(dict(customer_id=c["id"], signup_at=c["signup"], segment=seg, region=c["district"],
                              acquisition_channel=c["acq"], tier="plus" if plus_active(c, END) else "regular",
                              warehouse_id=c["wh"], primary_channel=c["channel"], primary_device=c["device"],
                              plus_plan=plan, language=c["lang"]))

    # app reviews exported without a date (older export): drop ts for 70 app reviews
    app_rev = [i for i, f in enumerate(feedback) if f["channel"] == "app_review"]
    for i in rng.choice(app_rev, size=70, replace=False):
        feedback[i]["ts"] = None
    feedback.sort(key=lambda f: f["feedback_id"])

    # SDK re-sends: some events arrive twice with the same event_id (identical rows)
    dup_idx = rng.choice(len(events), size=180, replace=False)
    events.extend(dict(events[i]) for i in dup_idx)
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    events = [e for e in events if e["ts"] <= END]
    keep = {e["event_id"] for e in events}
    orders = [o for o in orders if o["ts"] <= END]
    feedback_ = [f for f in feedback if f["ts"] is None or f["ts"] <= END]
    ids = {f["feedback_id"] for f in feedback_}
    truth = [t for t in truth if t["feedback_id"] in ids]
    del keep

    # ---------- write ----------
    def fmt(v):
        if v is None:
            return ""
        if isinstance(v, datetime):
            return v.strftime("%Y-%m-%d %H:%M:%S")
        if isinstance(v, float):
            return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v)) if abs(v) < 1e12 else str(v)
        return str(v)

    def write(path, rows, cols):
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for r in rows:
                w.writerow([fmt(r.get(c)) for c in cols])

    write(out / "touchpoints.csv",
          [dict(zip(["touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"], t),
                name=t[1]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k + 1, touchpoint_id=tp,
               window_days=win) for j, zh, en, win, steps in JOURNEYS for k, tp in enumerate(steps)]
    write(out / "journeys.csv", jr,
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", customers,
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "warehouse_id",
           "primary_channel", "primary_device", "plus_plan", "language"])
    write(out / "events.csv", events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "order_id", "warehouse_id", "leader_id", "coupon_code", "reason", "plan", "fee"])
    write(out / "orders.csv", orders,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "warehouse_id",
           "warehouse_name", "district", "category", "items_count", "subtotal", "delivery_fee", "discount",
           "coupon_code", "delivery_type", "delivery_slot", "picking_minutes", "delivery_minutes", "missing_items",
           "substituted_items", "member_tier", "user_type", "weather", "app_version", "leader_id", "cancel_reason",
           "refund_reason"])
    write(out / "feedback.csv", feedback_,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "order_id",
           "warehouse_id", "category", "device", "app_version"])
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback_)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
