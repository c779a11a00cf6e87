"""好食光 GoodBite: a casual-dining chain (8 stores in 6 Chinese cities) with QR-code table ordering in a WeChat
mini program (scan the table QR, browse the menu, add dishes, place the order, pay at the table) and a membership
(silver / gold / platinum), 2025-06-01 .. 2026-05-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
Set GOODBITE_TRUTH=FILE to also write the generator's feedback topics (for checking gold.py's text markers; never
part of the dataset).
"""
from __future__ import annotations

import csv
import os
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20250601
START = datetime(2025, 6, 1)
END = datetime(2026, 5, 31, 23, 59, 59)
XIDAN_SLOW = datetime(2025, 11, 1)        # BJ02 Xidan: delivery-platform orders swamp the kitchen at dinner peak
UNIONPAY_SDK = datetime(2026, 2, 1)       # new UnionPay SDK in the mini program: table payments fail far more
N_CUSTOMERS = 2300
D = timedelta

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_promo_push", "公众号推送", "WeChat promo push", "awareness", "social", "digital", "marketing",
     "推送|推文|公众号消息|活动推送|promo push|push message|wechat push"),
    ("tp_queue", "排队取号", "Queue ticket", "consideration", "store", "physical", "front_of_house",
     "排队|取号|等位|queue|waitlist|queue number"),
    ("tp_seated", "入座", "Seated at table", "consideration", "store", "physical", "front_of_house",
     "带位|领位|就座|用餐环境|seating|seated|dining room"),
    ("tp_scan_qr", "扫码点餐", "Scan table QR", "consideration", "mini_program", "digital", "digital_team",
     "扫码|扫桌码|扫二维码|到店|QR scan|scan the QR|table QR|visit"),
    ("tp_browse_menu", "浏览菜单", "Browse menu", "consideration", "mini_program", "digital", "digital_team",
     "看菜单|菜单页|点菜页|menu|browse|menu page"),
    ("tp_add_dish", "加菜", "Add dish to cart", "consideration", "mini_program", "digital", "digital_team",
     "加购|点菜|加入购物车|add dish|add to cart|cart"),
    ("tp_coupon_use", "使用优惠券", "Apply coupon", "purchase", "mini_program", "digital", "marketing",
     "用券|核销|团购券|代金券|coupon|voucher|redeem coupon"),
    ("tp_place_order", "提交订单", "Place order", "purchase", "mini_program", "digital", "digital_team",
     "下单|下单成功|提交|place order|submit order|order placed"),
    ("tp_kitchen_start", "后厨开做", "Kitchen starts", "service", "store", "physical", "kitchen",
     "后厨接单|开始做菜|出单|kitchen|kitchen starts|cooking starts"),
    ("tp_dish_served", "上菜", "Dish served", "service", "store", "physical", "front_of_house",
     "上第一道菜|首菜|出菜|上菜速度|first dish|dish served|serving|food arrives"),
    ("tp_call_waiter", "呼叫服务员", "Call waiter", "service", "mini_program", "digital", "front_of_house",
     "叫服务员|呼叫|催菜|服务铃|call waiter|call staff|service bell"),
    ("tp_wrong_dish", "上错菜", "Wrong dish served", "service", "store", "physical", "kitchen",
     "送错菜|上错|错单|wrong dish|wrong order|incorrect dish"),
    ("tp_pay", "桌边买单", "Pay at table", "purchase", "mini_program", "digital", "finance",
     "买单|结账|埋单|扫码付款|支付成功|pay|checkout|pay the bill|payment"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "mini_program", "digital", "finance",
     "付款失败|付不了|扣款失败|payment failed|payment failure|declined"),
    ("tp_refund", "退款", "Refund", "service", "store", "physical", "store_manager",
     "退菜|退单|退钱|refund|money back|comped"),
    ("tp_join_member", "加入会员", "Join membership", "loyalty", "mini_program", "digital", "crm",
     "入会|注册会员|开卡|办会员|join membership|sign up|become a member"),
    ("tp_review", "用餐评价", "Leave a review", "loyalty", "mini_program", "digital", "crm",
     "评价|打分|问卷|点评|review|rating|survey"),
]
JOURNEYS = [  # id, zh, en, window days, steps
    ("qr_order", "扫码点餐", "QR table ordering", 1,
     ["tp_scan_qr", "tp_browse_menu", "tp_add_dish", "tp_place_order", "tp_pay"]),
    ("member_return", "入会到回访", "Join to return visit", 30, ["tp_join_member", "tp_scan_qr"]),
    ("push_to_visit", "推送到店", "Promo push to visit", 7, ["tp_promo_push", "tp_scan_qr"]),
]
STORES = [  # en, zh, city, 城市, region, weight, opened, noise factor, unionpay share
    ("Xujiahui", "徐家汇店", "Shanghai", "上海", "华东", 1.45, START, 1.6, 0.08),
    ("Wujiaochang", "五角场店", "Shanghai", "上海", "华东", 1.0, START, 1.0, 0.08),
    ("Wangjing", "望京店", "Beijing", "北京", "华北", 1.0, START, 1.0, 0.13),
    ("Xidan", "西单店", "Beijing", "北京", "华北", 1.2, START, 1.0, 0.13),
    ("Tianhe", "天河店", "Guangzhou", "广州", "华南", 1.0, START, 1.0, 0.08),
    ("Futian", "福田店", "Shenzhen", "深圳", "华南", 0.9, START, 0.8, 0.08),
    ("Chunxi Road", "春熙路店", "Chengdu", "成都", "西南", 1.05, START, 1.7, 0.08),
    ("Hubin", "湖滨店", "Hangzhou", "杭州", "华东", 0.75, datetime(2025, 10, 1), 0.8, 0.08),
]
CATEGORIES = {  # en: (zh, weight, wrong-dish rate, [(zh, en, price)])
    "signature": ("招牌菜", 0.15, 0.007, [("招牌烤鱼", "signature grilled fish", 98), ("酸菜鱼", "pickled cabbage fish", 78),
                                       ("红烧肉", "braised pork belly", 68), ("白切鸡", "poached chicken", 72)]),
    "stir_fry": ("小炒", 0.24, 0.007, [("小炒黄牛肉", "stir-fried beef", 58), ("宫保鸡丁", "kung pao chicken", 42),
                                    ("鱼香肉丝", "yu-xiang pork", 38), ("干煸豆角", "dry-fried green beans", 32),
                                    ("蒜蓉西兰花", "garlic broccoli", 28)]),
    "noodles": ("粉面", 0.18, 0.05, [("牛肉面", "beef noodles", 36), ("番茄鸡蛋面", "tomato egg noodles", 28),
                                   ("酸辣粉", "hot and sour glass noodles", 26), ("炒河粉", "fried rice noodles", 32),
                                   ("担担面", "dan dan noodles", 30), ("炸酱面", "zhajiang noodles", 30)]),
    "rice_bowl": ("盖饭", 0.11, 0.007, [("卤肉饭", "braised pork rice", 32), ("咖喱鸡饭", "chicken curry rice", 34),
                                      ("扬州炒饭", "Yangzhou fried rice", 28)]),
    "soup": ("汤煲", 0.08, 0.007, [("玉米排骨汤", "corn and rib soup", 48), ("番茄牛腩煲", "tomato beef brisket pot", 58),
                                 ("菌菇汤", "mushroom soup", 38)]),
    "dessert": ("甜品", 0.08, 0.005, [("杨枝甘露", "mango pomelo sago", 22), ("双皮奶", "double-skin milk pudding", 18),
                                    ("红豆糕", "red bean cake", 16)]),
    "drinks": ("饮品", 0.14, 0.004, [("柠檬茶", "lemon tea", 16), ("酸梅汤", "sour plum drink", 12),
                                   ("椰子水", "coconut water", 18), ("奶茶", "milk tea", 15)]),
    "seasonal": ("时令菜", 0.02, 0.09, [("时令鲜笋", "seasonal bamboo shoots", 48), ("清蒸鲥鱼", "steamed shad", 68)]),
}
CAT_NAMES = list(CATEGORIES)
PAY = {"wechat_pay": "微信支付", "alipay": "支付宝", "unionpay": "云闪付", "member_balance": "会员储值", "counter": "前台收银"}
TIER_ZH = {"non_member": "非会员", "silver": "银卡", "gold": "金卡", "platinum": "铂金卡"}
MEAL_ZH = {"lunch": "午市", "afternoon": "下午茶", "dinner": "晚市", "late_night": "夜宵"}
CALL_ZH = {"hurry": "催菜", "water": "加水", "cutlery": "加餐具", "bill": "结账", "other": "其他"}
PUSH_DATES = [datetime(2025, 6, 20), datetime(2025, 7, 18), datetime(2025, 8, 22), datetime(2025, 9, 26),
              datetime(2025, 10, 24), datetime(2025, 11, 21), datetime(2025, 12, 19), datetime(2026, 1, 16),
              datetime(2026, 2, 27), datetime(2026, 3, 20), datetime(2026, 4, 24), datetime(2026, 5, 22)]
MONTH_W = {6: .85, 7: .9, 8: .9, 9: .8, 10: .95, 11: .8, 12: 1.0, 1: 1.0, 2: .8, 3: .82, 4: .88, 5: .95}
ACQ = ["walk_in", "dianping", "douyin", "friend_referral", "wechat_ads"]

rng = np.random.default_rng(SEED)


def pick(options, p=None):
    return options[int(rng.choice(len(options), p=p))]


def fmt(t: datetime | None) -> str:
    return "" if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


# ---------------------------------------------------------------- feedback text
def fb_text(topic: str, lang: str, ctx: dict) -> str:
    m, dish_zh, dish_en = ctx.get("m", 30), ctx.get("dish_zh", "牛肉面"), ctx.get("dish_en", "beef noodles")
    store_zh, store_en = ctx.get("store_zh", ""), ctx.get("store_en", "")
    meth_zh, meth_en = ctx.get("meth_zh", "云闪付"), ctx.get("meth_en", "UnionPay")
    if lang == "zh":
        t = {
            "slow": [f"下单后等了{m}分钟才上第一道菜，太慢了", f"上菜太慢了，{m}分钟了一个菜都没上，催了两次",
                     f"晚上来吃饭，菜上得特别慢，等了快{m}分钟", f"{store_zh}出菜速度太慢，饿着肚子干等{m}分钟",
                     f"上菜慢得离谱，第一个菜等了{m}分钟"],
            "left": [f"等了{m}分钟还没上菜，太慢了，直接走了", f"上菜实在太慢，{m}分钟一个菜没有，退单走人"],
            "cold": [f"菜端上来都是凉的，{dish_zh}一点热气都没有", f"上来的{dish_zh}是凉的，让人很失望",
                     "菜都凉了，汤也是温的"],
            "wrong": [f"点的是{dish_zh}，结果上错菜了", f"上错菜，我们点的{dish_zh}被换成了别的，还得等重新做",
                      f"又上错菜了，{dish_zh}送到别桌去了"],
            "payfail": [f"用{meth_zh}买单一直支付失败，试了三次", f"桌上扫码付款支付失败，最后只能去前台结账",
                        f"买单的时候{meth_zh}付不了，一直报错", f"{meth_zh}支付失败好几次，结个账折腾半天"],
            "noisy": ["店里太吵了，说话都听不见", "环境很吵，周末中午人太多", f"{store_zh}太吵了，隔壁桌声音很大"],
            "value": [f"性价比很高，{ctx.get('n', 2)}个人才花了{ctx.get('amt', 150)}元", "价格实惠分量足，性价比不错",
                      "用了会员券很划算，性价比高"],
            "tasty": [f"{dish_zh}很好吃，下次还来", f"味道不错，{dish_zh}必点", "菜品味道很赞，推荐"],
            "friendly": ["服务员很热情，叫一下马上就来", "服务很周到，态度好"],
        }[topic]
    else:
        t = {
            "slow": [f"Really slow food, waited {m} minutes for the first dish", f"Slow service, {m} min before anything arrived",
                     f"Kitchen is so slow at dinner time, {m} minutes for the first plate",
                     f"Painfully slow serving at {store_en}, {m} minutes"],
            "left": [f"Waited {m} minutes and nothing came, so slow we left", f"Too slow, no food after {m} minutes, we walked out"],
            "cold": [f"Food arrived cold, the {dish_en} was lukewarm", "Dishes were cold when served",
                     f"My {dish_en} came out cold"],
            "wrong": [f"Got the wrong dish, ordered {dish_en} but got something else", "Wrong dish served, had to wait for a remake",
                      f"They brought the wrong dish again instead of the {dish_en}"],
            "payfail": [f"Payment failed three times with {meth_en}", "Couldn't pay at the table, payment kept failing",
                        f"{meth_en} payment failed, had to go to the counter"],
            "noisy": ["Way too noisy, couldn't hear each other", "Very noisy at lunch, packed and loud",
                      f"Noisy dining room at {store_en}"],
            "value": ["Great value for money", "Good value, generous portions", "Good value with the member coupon"],
            "tasty": [f"The {dish_en} was delicious", "Tasty food, will come back", f"Loved the {dish_en}"],
            "friendly": ["Friendly staff, quick to respond", "Staff were friendly and attentive"],
        }[topic]
    return pick(t)


RATING = {"slow": ([1, 2, 3], [.35, .45, .2]), "left": ([1, 2], [.7, .3]), "cold": ([2, 3], [.6, .4]),
          "wrong": ([1, 2, 3], [.45, .45, .1]), "payfail": ([1, 2, 3], [.25, .5, .25]), "noisy": ([2, 3, 4], [.3, .55, .15]),
          "value": ([4, 5], [.4, .6]), "tasty": ([4, 5], [.25, .75]), "friendly": ([4, 5], [.2, .8])}
FB_TP = {"slow": "tp_dish_served", "left": "tp_dish_served", "cold": "tp_dish_served", "wrong": "tp_wrong_dish",
         "payfail": "tp_pay_fail", "noisy": "tp_seated", "value": "tp_pay", "tasty": "tp_dish_served",
         "friendly": "tp_call_waiter"}


def nps_for(r: int) -> int:
    lo, hi = {1: (0, 3), 2: (2, 5), 3: (5, 7), 4: (7, 9), 5: (9, 10)}[r]
    return int(rng.integers(lo, hi + 1))


# ---------------------------------------------------------------- customers
def make_customers():
    cust = []
    w = np.array([s[5] for s in STORES])
    for i in range(N_CUSTOMERS):
        cid = f"C{100001 + i}"
        si = int(rng.choice(len(STORES), p=w / w.sum()))
        store = STORES[si]
        existing = rng.random() < 0.30 and store[6] == START
        acq = pick(ACQ, [.34, .24, .2, .13, .09])
        if existing:
            tier = pick(["silver", "gold", "platinum"], [.55, .32, .13])
            signup = datetime(2022, 1, 1) + D(days=int(rng.integers(0, 1240)), minutes=int(rng.integers(600, 1300)))
            first = START
        else:
            tier, signup = "non_member", None
            lo = max(START, store[6])
            first = lo + D(days=int(rng.integers(0, (END - lo).days - 3)))
        lang = "en" if rng.random() < (0.32 if store[2] in ("Shanghai", "Beijing", "Shenzhen") else 0.12) else "zh"
        cust.append(dict(customer_id=cid, store=si, existing=existing, tier0=tier, signup=signup, first=first,
                         acq=acq, device=pick(["ios", "android"], [.46, .54]), lang=lang,
                         age=pick(["18-24", "25-34", "35-44", "45-54", "55+"], [.2, .36, .24, .13, .07])))
    return cust


def next_day(t: datetime) -> datetime | None:
    """Accept/reject days by weekday and month weights (weekends busier)."""
    while t <= END:
        wd = t.weekday() >= 5
        p = (1.0 if wd else 0.55) * MONTH_W[t.month]
        if rng.random() < p:
            return t
        t += D(days=1)
    return None


def visit_time(day: datetime) -> tuple[datetime, str]:
    wk = day.weekday() >= 5
    meal = pick(["lunch", "afternoon", "dinner", "late_night"], [.56, .07, .32, .05] if wk else [.37, .07, .48, .08])
    if meal == "lunch":
        mins = 11 * 60 + int(np.clip(rng.normal(75, 38), 0, 179))
    elif meal == "afternoon":
        mins = 14 * 60 + int(rng.integers(0, 180))
    elif meal == "dinner":
        mins = (18 * 60 + int(rng.integers(0, 120))) if rng.random() < 0.62 else pick(
            [17 * 60 + int(rng.integers(0, 60)), 20 * 60 + int(rng.integers(0, 60))])
    else:
        mins = 21 * 60 + int(rng.integers(0, 110))
    return day.replace(hour=0, minute=0, second=0) + D(minutes=mins, seconds=int(rng.integers(0, 60))), meal


def plan_visits(c):
    """Pass 1: visit times, store, outcome kind and the visit at which a non-member joins."""
    visits = []
    member = c["tier0"] != "non_member"
    gap_mult = 2.6 if c["acq"] == "douyin" else 1.0
    stop_p = (0.07 if member else 0.2) * (1.5 if c["acq"] == "douyin" else 1.0)
    t = c["first"]
    if c["existing"]:   # already a regular: the first visit in the data comes after a usual gap
        mean0 = {"silver": 40, "gold": 30, "platinum": 18}[c["tier0"]] * gap_mult
        t = START + D(days=int(rng.exponential(mean0)))
    first = True
    joined_at = None
    while True:
        day = next_day(t) if not first or c["existing"] else (t if t <= END else None)
        if day is None:
            break
        ts, meal = visit_time(day)
        if ts > END:
            break
        si = c["store"] if rng.random() < 0.86 else int(rng.integers(0, len(STORES)))
        if STORES[si][6] > ts:
            si = c["store"]
        kind = pick(["order", "browse_only", "abandon", "scan_only"], [.77, .14, .06, .03])
        join = False
        if not member and kind == "order":
            pj = (0.26 if first else 0.12) * (0.55 if c["acq"] == "douyin" else 1.0)
            if rng.random() < pj:
                join, member, joined_at = True, True, ts
                stop_p = 0.07 * (1.5 if c["acq"] == "douyin" else 1.0)
        visits.append(dict(ts=ts, meal=meal, store=si, kind=kind, join=join, push=False))
        first = False
        if rng.random() < stop_p:
            break
        tier = c["tier0"] if c["tier0"] != "non_member" else ("silver" if member else "non_member")
        mean_gap = {"non_member": 70, "silver": 40, "gold": 30, "platinum": 18}[tier] * gap_mult
        t = ts + D(days=max(1, int(rng.exponential(mean_gap))))
    return visits, joined_at


# ---------------------------------------------------------------- main simulation
def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    cust = make_customers()
    events, orders, feedback, truth = [], [], [], []
    ev_n = [0]

    def ev(c, ts, tp, action, sess, store, channel, **extra):
        ev_n[0] += 1
        st = STORES[store] if store is not None else None
        row = dict(event_id=f"E{ev_n[0]:07d}", customer_id=c["customer_id"], ts=fmt(ts), touchpoint_id=tp,
                   session_id=sess, action=action, device=c["device"] if channel in ("mini_program", "social") else "",
                   channel=channel, store=st[0] if st else "", 门店=st[1] if st else "", city=st[2] if st else "",
                   城市=st[3] if st else "")
        row.update(extra)
        events.append(row)

    sess_n = ord_n = fb_n = 0
    plans = []
    for c in cust:
        visits, joined_at = plan_visits(c)
        c["joined_at"] = joined_at
        plans.append(visits)
    # promo pushes to members (at push time), some trigger a visit within 7 days
    push_rows = []
    for c, visits in zip(cust, plans):
        member_from = c["signup"] if c["existing"] else c["joined_at"]
        if member_from is None:
            continue
        last_visit = max(v["ts"] for v in visits) if visits else START
        for pdt in PUSH_DATES:
            if pdt <= member_from or pdt > last_visit + D(days=60) or rng.random() > 0.7:
                continue
            pts = pdt + D(hours=11, minutes=int(rng.integers(0, 50)), seconds=int(rng.integers(0, 60)))
            push_rows.append((c, pts))
            if rng.random() < 0.16:
                day = pts.replace(hour=0, minute=0, second=0) + D(days=int(rng.integers(1, 7)))
                vts, meal = visit_time(day)
                if vts <= END:
                    visits.append(dict(ts=vts, meal=meal, store=c["store"], kind="order", join=False, push=True))
    for c, pts in push_rows:
        ev(c, pts, "tp_promo_push", "receive", "", None, "social", campaign=f"PUSH-{pts:%Y%m}")

    for c, visits in zip(cust, plans):
        visits.sort(key=lambda v: v["ts"])
        tier = c["tier0"]
        member_visits = {"non_member": 0, "silver": int(rng.integers(0, 8)), "gold": int(rng.integers(8, 20)),
                         "platinum": 20 + int(rng.integers(0, 15))}[tier]
        c["paid_ts"] = []
        for v in visits:
            sess_n += 1
            sess = f"S{sess_n:06d}"
            si, ts0 = v["store"], v["ts"]
            st = STORES[si]
            xidan_peak = st[0] == "Xidan" and v["meal"] == "dinner" and 18 <= ts0.hour < 20 and ts0 >= XIDAN_SLOW
            busy = (ts0.weekday() >= 5 and v["meal"] == "lunch" and 12 <= ts0.hour < 14) or \
                (v["meal"] == "dinner" and 18 <= ts0.hour < 20)
            wk = ts0.weekday() >= 5
            party = int(pick([1, 2, 3, 4, 5, 6, 7, 8, 10], [.12, .34, .18, .18, .06, .05, .03, .025, .015]
                             if not wk else [.07, .28, .18, .22, .08, .08, .04, .03, .02]))
            table = f"{'ABCD'[min(3, (party - 1) // 2)]}{int(rng.integers(1, 25)):02d}"
            t = ts0 - D(minutes=int(rng.integers(4, 9)))
            if busy and rng.random() < 0.55:
                qm = int(np.clip(rng.normal(22 if xidan_peak else 16, 8), 3, 60))
                ev(c, t - D(minutes=qm), "tp_queue", "queue", sess, si, "store", table_no=table, party_size=party,
                   queue_minutes=qm)
            ev(c, t, "tp_seated", "seat", sess, si, "store", table_no=table, party_size=party)
            t += D(minutes=1, seconds=int(rng.integers(0, 60)))
            ev(c, t, "tp_scan_qr", "scan", sess, si, "mini_program", table_no=table, party_size=party)
            if v["kind"] == "scan_only":
                if rng.random() < 0.5:
                    ev(c, t + D(minutes=2), "tp_call_waiter", "call", sess, si, "mini_program", table_no=table,
                       call_reason="other", 呼叫原因=CALL_ZH["other"])
                continue
            t += D(seconds=int(rng.integers(10, 60)))
            ev(c, t, "tp_browse_menu", "view", sess, si, "mini_program", table_no=table)
            if v["kind"] == "browse_only":
                continue
            level = tier if tier != "non_member" else "non_member"
            is_member = level != "non_member"
            n_dish = max(1, int(round(party * 1.05 + rng.poisson(1.0) + (1.2 if is_member else 0))))
            cw = np.array([CATEGORIES[k][1] for k in CAT_NAMES])
            if is_member:
                cw = cw * np.array([2.0, 1.1, 0.8, 0.8, 1.3, 1.2, 1, 1.3])
            cats = [CAT_NAMES[int(i)] for i in rng.choice(len(CAT_NAMES), size=n_dish, p=cw / cw.sum())]
            dishes = []
            t = ts0 - D(minutes=int(rng.integers(2, 5)))
            for k in cats:
                dz, de, price = CATEGORIES[k][3][int(rng.integers(0, len(CATEGORIES[k][3])))]
                t += D(seconds=int(rng.integers(15, 50)))
                dishes.append((k, dz, de, price))
                ev(c, t, "tp_add_dish", "add", sess, si, "mini_program", table_no=table, dish=de, 菜品=dz,
                   dish_category=k, 菜品类别=CATEGORIES[k][0], price=price)
            if v["kind"] == "abandon":
                continue
            # ---- the order
            ord_n += 1
            oid = f"O{ord_n:06d}"
            subtotal = sum(d[3] for d in dishes)
            first_visit_ever = not c["paid_ts"]
            coupon_type, coupon_amt = "", 0
            if c["acq"] == "douyin" and first_visit_ever and rng.random() < 0.75:
                coupon_type, coupon_amt = "douyin_voucher", float(min(80, round(subtotal * 0.3)))
            elif is_member and rng.random() < (0.45 if v["push"] else 0.28):
                coupon_type, coupon_amt = "member_coupon", float(pick([10, 20, 30], [.5, .35, .15]))
            elif rng.random() < 0.05:
                coupon_type, coupon_amt = "dianping_voucher", float(pick([15, 25]))
            coupon_amt = min(coupon_amt, subtotal - 5) if coupon_amt else 0.0
            if coupon_type:
                ev(c, ts0 - D(seconds=20), "tp_coupon_use", "redeem", sess, si, "mini_program", order_id=oid,
                   coupon_type=coupon_type, coupon_amount=coupon_amt)
            ev(c, ts0, "tp_place_order", "submit", sess, si, "mini_program", order_id=oid, table_no=table,
               party_size=party, dish_count=n_dish)
            # waits
            base = float(rng.lognormal(np.log(10.5), 0.33)) + 0.25 * n_dish + (2.5 if party >= 6 else 0)
            if busy:
                base *= 1.2
            if xidan_peak:
                base += float(rng.normal(17, 5))
            if st[0] == "Hubin" and ts0 < datetime(2025, 11, 1):
                base += 3
            wait_s = int(max(4.0, base) * 60)
            kitchen_s = int(min(wait_s - 90, rng.uniform(90, 330) + (420 if xidan_peak else 0)))
            ev(c, ts0 + D(seconds=kitchen_s), "tp_kitchen_start", "start", sess, si, "store", order_id=oid)
            wait_min = wait_s / 60
            status, reason = "paid", ""
            if wait_min > 35 and rng.random() < 0.22:
                status, reason = "cancelled", "left_waiting"
            elif rng.random() < 0.012:
                status, reason = "cancelled", "sold_out"
            calls = int(rng.poisson(0.25 + 0.05 * max(0.0, wait_min - 15)))
            for j in range(calls):
                hurry = wait_min > 18 and rng.random() < 0.75
                r = "hurry" if hurry else pick(["water", "cutlery", "other"], [.5, .3, .2])
                cts = ts0 + D(seconds=int(rng.uniform(0.4, 0.95) * wait_s)) if hurry else \
                    ts0 + D(seconds=wait_s + int(rng.integers(120, 1500)))
                ev(c, cts, "tp_call_waiter", "call", sess, si, "mini_program", order_id=oid, table_no=table,
                   call_reason=r, 呼叫原因=CALL_ZH[r])
            wrong = []
            served = None
            payfail_meth = None
            pay_method, paid_at = "", None
            if status == "paid":
                served = ts0 + D(seconds=wait_s)
                ev(c, served, "tp_dish_served", "serve", sess, si, "store", order_id=oid, table_no=table)
                for d in dishes:
                    p = CATEGORIES[d[0]][2] * (1.5 if xidan_peak else 1.0)
                    if rng.random() < p:
                        wrong.append(d)
                        ev(c, served + D(minutes=int(rng.integers(3, 20))), "tp_wrong_dish", "report", sess, si,
                           "store", order_id=oid, table_no=table, dish=d[2], 菜品=d[1], dish_category=d[0],
                           菜品类别=CATEGORIES[d[0]][0])
                # payment at the table
                t = served + D(minutes=int(28 + 3 * party + rng.integers(0, 30)))
                if is_member and rng.random() < 0.2:
                    meth = "member_balance"
                else:
                    up = st[8] * (0.8 if c["age"] in ("18-24", "25-34") else 1.4)
                    meth = pick(["wechat_pay", "alipay", "unionpay"], [0.70 - up, 0.30, up])
                for attempt in range(3):
                    pf = {"unionpay": 0.10 if t < UNIONPAY_SDK else 0.31, "member_balance": 0.01}.get(meth, 0.02)
                    if rng.random() < pf:
                        payfail_meth = payfail_meth or meth
                        ev(c, t, "tp_pay_fail", "fail", sess, si, "mini_program", order_id=oid, payment_method=meth,
                           支付方式=PAY[meth], fail_reason=pick(["sdk_error", "bank_timeout", "network"], [.5, .3, .2])
                           if meth == "unionpay" else pick(["bank_timeout", "network", "insufficient_balance"]))
                        t += D(seconds=int(rng.integers(40, 150)))
                        r = rng.random()
                        if meth == "unionpay":
                            meth = "unionpay" if r < 0.35 else ("wechat_pay" if r < 0.8 else "counter")
                        else:
                            meth = meth if r < 0.7 else ("counter" if r < 0.8 else "wechat_pay")
                        if meth == "counter":
                            break
                        continue
                    ev(c, t, "tp_pay", "success", sess, si, "mini_program", order_id=oid, payment_method=meth,
                       支付方式=PAY[meth], amount=round(subtotal - coupon_amt, 2))
                    break
                else:
                    meth = "counter"
                if meth == "counter":
                    t += D(minutes=3)
                pay_method, paid_at = meth, t
                cold = rng.random() < (0.10 if wait_min > 22 else 0.02)
                if (wrong and rng.random() < 0.3) or (cold and rng.random() < 0.2) or (wait_min > 30 and rng.random() < 0.04):
                    status = "refunded"
                    reason = "wrong_dish" if wrong else ("cold_food" if cold else "long_wait")
                    ev(c, t + D(minutes=int(rng.integers(5, 40))), "tp_refund", "refund", sess, si, "store",
                       order_id=oid, refund_reason=reason)
                # membership
                if v["join"]:
                    c["join_ts"] = t + D(minutes=1, seconds=int(rng.integers(0, 50)))
                    ev(c, c["join_ts"], "tp_join_member", "join", sess, si, "mini_program")
                    tier, member_visits = "silver", 0
                if status == "paid" and tier != "non_member":
                    member_visits += 1
                    if tier == "silver" and member_visits >= 8:
                        tier = "gold"
                    elif tier == "gold" and member_visits >= 20:
                        tier = "platinum"
                c["paid_ts"].append(ts0)
            else:
                cold = False
            orders.append(dict(order_id=oid, customer_id=c["customer_id"], ts=fmt(ts0),
                               amount=round(subtotal - coupon_amt, 2), status=status, channel="mini_program",
                               device=c["device"], store=st[0], 门店=st[1], city=st[2], 城市=st[3],
                               table_no=table, party_size=party, dish_count=n_dish,
                               subtotal=float(subtotal), coupon_type=coupon_type, coupon_amount=coupon_amt,
                               payment_method=pay_method, 支付方式=PAY.get(pay_method, ""),
                               member_level=level, 会员等级=TIER_ZH[level], meal_period=v["meal"], 餐段=MEAL_ZH[v["meal"]],
                               wait_minutes=round(wait_min, 1) if served else "",
                               paid_at=fmt(paid_at), cancel_or_refund_reason=reason))
            # ---- feedback for this visit
            slow = wait_min > 25
            if status == "cancelled":
                topic = "left" if reason == "left_waiting" else None
                p_fb = 0.3 if topic else 0
            else:
                noisy_p = (0.16 if busy else 0.03) * st[7]
                noisy = rng.random() < noisy_p
                topic = ("wrong" if wrong else "payfail" if payfail_meth else "slow" if slow else "cold" if cold
                         else "noisy" if noisy else None)
                p_fb = 0.58 if topic == "slow" else 0.45 if topic in ("wrong", "payfail") else 0.3 if topic else 0.16
                if status == "refunded":
                    p_fb = 0.7
                if topic is None:
                    good_value = coupon_type != "" or (subtotal - coupon_amt) / party < 55
                    topic = pick(["value", "tasty", "friendly"], [.55, .3, .15] if good_value else [.15, .55, .3])
            if topic is None or rng.random() > p_fb:
                continue
            neg = topic in ("slow", "left", "cold", "wrong", "payfail")
            ch = pick(["survey", "dianping", "call_note"], [.45, .3, .25] if neg and topic != "noisy" else [.6, .4, 0])
            if status == "cancelled" and ch == "survey":
                ch = "dianping"
            d = wrong[0] if wrong else dishes[int(rng.integers(0, len(dishes)))]
            ctx = dict(m=int(round(wait_min)) if topic != "left" else int(round(wait_min + rng.integers(3, 10))),
                       dish_zh=d[1], dish_en=d[2], store_zh=st[1], store_en=st[0], n=party,
                       amt=int(subtotal - coupon_amt), meth_zh=PAY.get(payfail_meth or "unionpay"),
                       meth_en={"unionpay": "UnionPay", "wechat_pay": "WeChat Pay", "alipay": "Alipay",
                                "member_balance": "member balance"}.get(payfail_meth or "unionpay"))
            text = fb_text(topic, c["lang"], ctx)
            base_t = paid_at or (ts0 + D(minutes=40))
            fb_ts = base_t + (D(minutes=int(rng.integers(3, 60))) if ch == "survey" else
                              D(hours=int(rng.integers(1, 48)), minutes=int(rng.integers(0, 60))))
            if fb_ts > END:
                continue
            rating = int(pick(*RATING[topic])) if ch != "call_note" else ""
            fb_n += 1
            fid = f"F{fb_n:05d}"
            if ch == "survey":
                ev(c, fb_ts, "tp_review", "review", sess, si, "mini_program", order_id=oid)
            feedback.append(dict(feedback_id=fid, text=text, ts=fmt(fb_ts), customer_id=c["customer_id"],
                                 touchpoint_id=FB_TP[topic], channel=ch, rating=rating,
                                 nps=nps_for(rating) if ch == "survey" else "", store=st[0], 门店=st[1],
                                 order_id=oid, dish_category=d[0] if topic in ("wrong", "cold", "tasty") else "",
                                 菜品类别=CATEGORIES[d[0]][0] if topic in ("wrong", "cold", "tasty") else ""))
            truth.append((fid, topic, c["lang"]))
        c["tier_end"] = tier
    # paper comment cards typed in later: no date, no customer
    for _ in range(140):
        si = int(rng.integers(0, len(STORES)))
        st = STORES[si]
        topic = pick(["slow", "cold", "wrong", "noisy", "value", "tasty", "friendly"],
                     [.16, .08, .1, .2, .2, .17, .09] if st[0] != "Xidan" else [.45, .08, .1, .1, .1, .12, .05])
        lang = "en" if rng.random() < 0.25 else "zh"
        k = "noodles" if topic == "wrong" and rng.random() < 0.7 else CAT_NAMES[int(rng.integers(0, 7))]
        dz, de, _ = CATEGORIES[k][3][int(rng.integers(0, len(CATEGORIES[k][3])))]
        text = fb_text(topic, lang, dict(m=int(rng.integers(22, 45)), dish_zh=dz, dish_en=de, store_zh=st[1],
                                         store_en=st[0], n=int(rng.integers(2, 5)), amt=int(rng.integers(90, 300))))
        fb_n += 1
        fid = f"F{fb_n:05d}"
        feedback.append(dict(feedback_id=fid, text=text, ts="", customer_id="", touchpoint_id=FB_TP[topic],
                             channel="comment_card", rating=int(pick(*RATING[topic])), nps="", store=st[0], 门店=st[1],
                             order_id="", dish_category=k if topic in ("wrong", "cold", "tasty") else "",
                             菜品类别=CATEGORIES[k][0] if topic in ("wrong", "cold", "tasty") else ""))
        truth.append((fid, topic, lang))

    # ---- customers table (facts at the end of the data)
    end_d = END.replace(hour=0, minute=0, second=0)
    crow = []
    for c in cust:
        paid = c["paid_ts"]
        tier = c.get("tier_end", c["tier0"])
        if not paid:
            seg = "never_ordered"
        elif min(paid) >= end_d - D(days=60):
            seg = "new"
        elif max(paid) < end_d - D(days=90):
            seg = "at_risk"
        elif tier in ("gold", "platinum"):
            seg = "vip"
        else:
            seg = "returning"
        signup = c["signup"] if c["existing"] else None
        if not c["existing"] and tier != "non_member":
            signup = c["join_ts"]
        st = STORES[c["store"]]
        crow.append(dict(customer_id=c["customer_id"], signup_at=fmt(signup), segment=seg, region=st[4],
                         acquisition_channel=c["acq"], tier=tier, 会员等级=TIER_ZH[tier], home_store=st[0],
                         常去门店=st[1], city=st[2], 城市=st[3], primary_device=c["device"], language=c["lang"],
                         age_band=c["age"]))

    def write(name, rows, cols=None):
        cols = cols or list(rows[0].keys())
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({k: r.get(k, "") for k in cols})

    write("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                               kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=i + 1,
                            touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for i, tp in enumerate(j[4])])
    write("customers", crow)
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                             "channel", "store", "门店", "city", "城市", "order_id", "table_no", "party_size",
                             "dish_count", "dish", "菜品", "dish_category", "菜品类别", "price", "coupon_type",
                             "coupon_amount", "payment_method", "支付方式", "amount", "fail_reason", "queue_minutes",
                             "call_reason", "呼叫原因", "refund_reason", "campaign"])
    write("orders", orders)
    fb_order = sorted(feedback, key=lambda r: r["feedback_id"])
    write("feedback", fb_order)
    if os.environ.get("GOODBITE_TRUTH"):
        with open(os.environ["GOODBITE_TRUTH"], "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["feedback_id", "topic", "lang"])
            w.writerows(truth)
    print(f"customers {len(crow)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
