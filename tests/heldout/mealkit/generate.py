"""FreshBox 鲜盒 — synthetic weekly meal-kit subscription (written blind).

    python generate.py OUTDIR

Fixed seed, numpy + stdlib only, deterministic, a few seconds. Writes touchpoints, customers, events, journeys,
orders, feedback and experiments as CSV (DATA.md). Data covers 2025-09-01 .. 2026-08-31. See README.md for the
planted patterns.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260831
START = datetime(2025, 9, 1)
END = datetime(2026, 8, 31, 23, 59, 59)

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_social_ad", "信息流广告", "Social ad", "awareness", "social", "digital", "growth",
     "小红书广告|抖音广告|朋友圈广告|social ad|paid social"),
    ("tp_search", "搜索", "Search", "awareness", "web", "digital", "growth", "百度|搜索广告|SEM|search"),
    ("tp_influencer", "达人种草", "Influencer post", "awareness", "social", "digital", "growth",
     "KOL|达人|种草|博主|influencer|creator"),
    ("tp_referral_link", "好友邀请链接", "Referral link", "awareness", "social", "digital", "growth",
     "邀请链接|好友推荐|referral link|invite link"),
    ("tp_popup", "线下试吃快闪", "Pop-up tasting", "awareness", "store", "physical", "growth",
     "快闪店|试吃|地推|pop-up|tasting booth|popup"),
    ("tp_landing", "落地页", "Landing page", "consideration", "web", "digital", "growth",
     "首页|活动页|landing|homepage"),
    ("tp_menu_preview", "菜单预览", "Menu preview", "consideration", "app", "digital", "product",
     "看菜单|本周菜单|menu preview|browse menu"),
    ("tp_plan_select", "选择套餐", "Choose plan", "consideration", "app", "digital", "product",
     "选套餐|套餐选择|选份量|choose plan|plan picker|plan selection"),
    ("tp_checkout", "结算", "Checkout", "purchase", "app", "digital", "product", "结算页|填写地址|支付页|checkout"),
    ("tp_first_box_paid", "首盒支付成功", "First box paid", "purchase", "app", "digital", "product",
     "首盒|首单|开通订阅|first box|first order|subscription start"),
    ("tp_menu_pick", "每周选菜", "Weekly menu selection", "service", "app", "digital", "product",
     "选菜|挑菜谱|本周选餐|menu selection|pick meals|choose recipes"),
    ("tp_skip_week", "跳过一周", "Skip a week", "service", "app", "digital", "subscription",
     "跳过|这周不要|skip week|skip a delivery"),
    ("tp_pause", "暂停订阅", "Pause subscription", "service", "app", "digital", "subscription",
     "暂停|停几周|pause|pause plan"),
    ("tp_box_shipped", "餐盒发货", "Box shipped", "service", "other", "physical", "fulfilment",
     "发货|出库|shipped|dispatch"),
    ("tp_box_delivered", "餐盒送达", "Box delivered", "service", "other", "physical", "logistics",
     "送达|签收|到货|delivered|delivery"),
    ("tp_missing_item", "缺件申报", "Missing ingredient report", "service", "app", "digital", "customer_care",
     "缺件|少发|漏发|少了食材|missing item|missing ingredient"),
    ("tp_damaged_box", "破损/变质申报", "Damaged or warm box claim", "service", "app", "digital", "customer_care",
     "破损|变质|冰袋化了|不冰|damaged box|spoiled|warm box"),
    ("tp_credit_issued", "补偿到账", "Credit issued", "service", "app", "digital", "customer_care",
     "补偿|赔付|余额补偿|credit|compensation"),
    ("tp_refund", "退款", "Refund", "service", "app", "digital", "customer_care", "退款|退钱|refund"),
    ("tp_support_chat", "在线客服", "Support chat", "service", "app", "digital", "customer_care",
     "客服|人工客服|support|customer service|chat"),
    ("tp_recipe_rating", "菜谱评分", "Recipe rating", "loyalty", "app", "digital", "culinary",
     "评分|打分|菜品评价|rate recipe|recipe review"),
    ("tp_addon", "加购", "Add-on purchase", "loyalty", "app", "digital", "product",
     "加购|水果盒|甜品|早餐包|add-on|extras"),
    ("tp_cancel_start", "发起取消", "Cancel flow started", "loyalty", "app", "digital", "subscription",
     "想退订|点了取消|cancel flow|start cancellation"),
    ("tp_save_offer", "挽留优惠", "Save offer shown", "loyalty", "app", "digital", "subscription",
     "挽留|挽回优惠|save offer|retention offer"),
    ("tp_offer_accepted", "接受挽留", "Save offer accepted", "loyalty", "app", "digital", "subscription",
     "挽留成功|留下来了|offer accepted|saved"),
    ("tp_cancelled", "取消订阅成功", "Subscription cancelled", "loyalty", "app", "digital", "subscription",
     "退订|取消成功|流失|cancelled|churned"),
    ("tp_refer_friend", "推荐好友", "Refer a friend", "loyalty", "app", "digital", "growth",
     "邀请好友|拉新|refer a friend|referral"),
]

JOURNEYS = [
    ("signup", "注册到首盒", "Signup to first box",
     ["tp_landing", "tp_plan_select", "tp_checkout", "tp_first_box_paid"], 7),
    ("weekly_cycle", "每周配送周期", "Weekly box cycle",
     ["tp_menu_pick", "tp_box_shipped", "tp_box_delivered", "tp_recipe_rating"], 10),
    ("cancel_flow", "取消流程", "Cancellation flow", ["tp_cancel_start", "tp_save_offer", "tp_cancelled"], 2),
    ("claim_credit", "缺件到补偿", "Missing item to credit", ["tp_missing_item", "tp_credit_issued"], 3),
]

CITIES = [  # city, region, fulfilment centre, weight, courier mix
    ("Shanghai", "华东", "FC_SH", 0.24, {"SF": 0.45, "Dada": 0.55}),
    ("Hangzhou", "华东", "FC_SH", 0.10, {"SF": 0.6, "JD": 0.4}),
    ("Suzhou", "华东", "FC_SH", 0.07, {"SF": 0.6, "JD": 0.4}),
    ("Nanjing", "华东", "FC_SH", 0.06, {"SF": 0.5, "JD": 0.5}),
    ("Beijing", "华北", "FC_BJ", 0.18, {"JD": 0.7, "SF": 0.3}),
    ("Guangzhou", "华南", "FC_GZ", 0.10, {"SF": 0.4, "Dada": 0.6}),
    ("Shenzhen", "华南", "FC_GZ", 0.13, {"SF": 0.4, "Dada": 0.6}),
    ("Chengdu", "西南", "FC_CD", 0.12, {"JD": 0.5, "SF": 0.5}),
]

PLAN_PRICE = {("2_person", 3): 228.0, ("2_person", 4): 288.0, ("2_person", 5): 340.0,
              ("4_person", 3): 398.0, ("4_person", 4): 498.0}

RECIPES = {  # diet line -> (zh, en, base rating)
    "classic": [("宫保鸡丁", "Kung Pao Chicken", 4.3), ("红烧牛腩", "Braised Beef Brisket", 4.5),
                ("照烧三文鱼", "Teriyaki Salmon", 4.4), ("番茄肥牛", "Tomato Beef Pot", 4.2)],
    "vegetarian": [("麻婆豆腐", "Mapo Tofu", 4.6), ("奶油蘑菇意面", "Creamy Mushroom Pasta", 4.4),
                   ("咖喱鹰嘴豆", "Chickpea Curry", 4.3)],
    "low_carb": [("花椰菜炒饭", "Cauliflower Fried Rice", 2.8), ("鸡胸肉藜麦沙拉", "Chicken Quinoa Salad", 3.6),
                 ("西葫芦面", "Zucchini Noodles", 3.6)],
    "family": [("可乐鸡翅", "Cola Chicken Wings", 4.5), ("番茄牛肉意面", "Beef Bolognese", 4.3),
               ("糖醋排骨", "Sweet and Sour Ribs", 4.4)],
}

ADDONS = [("fruit_box", "水果盒", 59.0, 0.35), ("dessert", "甜品", 39.0, 0.25), ("breakfast_pack", "早餐包", 69.0, 0.25),
          ("extra_steak", "加购牛排", 89.0, 0.15)]

TEXT = {
    "warm": {"zh": ["冰袋都化了，肉拿到手是温的，不敢吃", "箱子打开一点都不冰，三文鱼都软了", "送到的时候冰袋已经成水了，保温太差",
                    "到货温度太高，蔬菜都蔫了，牛肉有味道", "这么热的天冰袋就一个，打开全是温的"],
             "en": ["Ice packs were completely melted and the chicken was warm", "Box arrived warm, the fish didn't feel safe to eat",
                    "The cooler bag wasn't cold at all when it arrived", "Ice packs turned to water, meat was lukewarm"]},
    "missing": {"zh": ["少了一包酱料，菜没法做", "配料缺了鸡蛋和葱", "这周的盒子里少了牛肉，只能临时去买", "又缺件了，清单上的香菜没有",
                       "食材少发了两样，做到一半才发现"],
                "en": ["Missing the sauce packet for the curry", "The beef was missing from my box this week",
                       "Two ingredients were missing from the kit", "No eggs in the box even though the recipe needs them"]},
    "damaged": {"zh": ["箱子压坏了，鸡蛋碎了两个", "包装破了，汤汁漏得到处都是", "外箱被压扁，里面的番茄都烂了"],
                "en": ["Box was crushed and the eggs were broken", "A sauce pouch burst and leaked everywhere"]},
    "portion": {"zh": ["份量太少了，两个人根本吃不饱", "低碳餐的量太小，吃完还饿", "肉的份量越来越少", "分量不够，还得自己加个菜"],
                "en": ["Portions are too small for two adults", "Still hungry after the low-carb meal, portion is tiny",
                       "Portion size has shrunk, not enough protein"]},
    "recipe_bad": {"zh": ["太咸了", "味道很一般，调料包不够", "步骤写得不清楚，做出来不好吃", "口感奇怪，不会再点"],
                   "en": ["Too salty", "Bland, the seasoning wasn't enough", "Recipe steps were confusing and it tasted meh"]},
    "recipe_ok": {"zh": ["还行吧", "中规中矩", "一般般，能吃"], "en": ["It was okay", "Fine, nothing special"]},
    "recipe_good": {"zh": ["好吃！全家都爱", "很下饭，做法简单", "餐厅级别的味道，推荐", "食材很新鲜，做出来很香", "孩子吃光了，下次还点"],
                    "en": ["Delicious, the whole family loved it", "Easy to cook and tasty", "Restaurant quality, will order again",
                           "Very fresh ingredients, great flavour"]},
    "price": {"zh": ["太贵了，优惠结束后一周要三百多", "首盒优惠过了就不划算了", "比自己买菜贵太多", "原价续费太贵，不续了"],
              "en": ["Too expensive once the promo ended", "Not worth the full price", "Much pricier than buying groceries myself"]},
    "time": {"zh": ["做一顿要一个小时，工作日根本没时间", "备菜太花时间了", "说是30分钟，实际要做一个多小时"],
             "en": ["Takes way longer than 30 minutes to cook", "Too much prep work on weeknights"]},
    "variety": {"zh": ["菜单老是那几样，吃腻了", "菜品重复太多，想要新菜"],
                "en": ["Menu keeps repeating the same dishes", "Got bored of the recipes, not enough variety"]},
    "moving": {"zh": ["要搬家了，新地址不在配送范围", "出国一段时间，先退了"],
               "en": ["Moving to a city you don't deliver to", "Going abroad for a few months"]},
    "late": {"zh": ["说好晚上六点到十点送，十一点多才到", "配送时段不准，等了一晚上", "快递员没按约定时间送"],
             "en": ["Delivery came hours outside my window", "Courier was late again, waited all evening"]},
    "delivery_good": {"zh": ["准时送达，冰袋还很冰", "配送很准时，包装很好", "食材新鲜，送货小哥很客气", "每周准时到，很省心"],
                      "en": ["On time and everything was still cold", "Great packaging, arrived fresh",
                             "Reliable weekly delivery, love it"]},
    "credit_fast": {"zh": ["客服很快给了补偿，点赞", "申报后第二天就到账了补偿，处理很快"],
                    "en": ["Support credited me within a day, thanks", "Quick compensation, happy with how it was handled"]},
    "credit_slow": {"zh": ["申报了三天都没人处理", "补偿迟迟不到账，客服也不回"],
                    "en": ["Reported it days ago and still no credit", "No response from support about my claim"]},
    "app_pay_fail": {"zh": ["小程序付款一直失败，提示支付超时", "微信小程序下单付不了钱，转了半天"],
                     "en": ["Payment keeps failing in the WeChat mini program", "Mini program checkout times out every time"]},
    "app_good": {"zh": ["选菜界面很好用，跳过一周也很方便", "App很清爽，菜谱视频很有用"],
                 "en": ["Love how easy it is to pick meals and skip weeks", "Great app, the recipe videos help a lot"]},
    "nps_good": {"zh": ["省去买菜的麻烦，会推荐给同事", "工作日晚餐的救星", "素食选择很多，很满意"],
                 "en": ["Saves me grocery runs, would recommend", "A lifesaver for weeknight dinners",
                        "Great vegetarian options"]},
}
NEG = {"warm", "missing", "damaged", "portion", "recipe_bad", "price", "time", "variety", "late", "credit_slow",
       "app_pay_fail"}
NEU = {"recipe_ok", "moving"}


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, customers, experiments = [], [], [], [], []
    cnt = {"o": 0, "f": 0, "s": 0}

    def nid(k, prefix, width):
        cnt[k] += 1
        return f"{prefix}{cnt[k]:0{width}d}"

    def r():
        return float(rng.random())

    def choice(seq, p=None):
        if p is not None:
            p = np.asarray(p, dtype=float)
            p = p / p.sum()
        return seq[int(rng.choice(len(seq), p=p))]

    def ev(c, ts, tp, action, session=None, **extra):
        if ts > END:
            return False
        physical = tp in ("tp_box_shipped", "tp_box_delivered", "tp_popup")
        row = dict(customer_id=c["id"], ts=ts, touchpoint_id=tp, session_id=session or nid("s", "s", 7),
                   action=action, device=c["device"], channel="other" if physical else c["channel"], city=c["city"])
        row.update(extra)
        events.append(row)
        return True

    def fb(c, ts, tp, channel, topic, rating=None, nps=None, **extra):
        if ts is not None and ts > END:
            return
        lang = c["lang"]
        row = dict(feedback_id=nid("f", "FB", 5), text=choice(TEXT[topic][lang]), ts=ts, customer_id=c["id"],
                   touchpoint_id=tp, channel=channel, rating=rating, nps=nps, city=c["city"], language=lang,
                   plan_size=c.get("plan_size"), diet_preference=c.get("diet"), topic=topic,
                   sentiment_label="neg" if topic in NEG else ("neu" if topic in NEU else "pos"))
        row.update(extra)
        feedback.append(row)

    # ---------- customers ----------
    days_total = (datetime(2026, 8, 24) - START).days
    w = np.ones(days_total)
    for d in range(days_total):
        dt = START + timedelta(days=d)
        w[d] = 1.0 + 0.3 * d / days_total
        if datetime(2025, 11, 1) <= dt < datetime(2025, 12, 1):
            w[d] *= 2.4  # FIRST60 influencer campaign
        if datetime(2026, 1, 25) <= dt < datetime(2026, 2, 25):
            w[d] *= 0.7  # Spring festival lull
    w /= w.sum()
    n_new, n_legacy = 2700, 260
    cities_p = [x[3] for x in CITIES]

    clist = []
    for i in range(n_new + n_legacy):
        legacy = i >= n_new
        city, region, fc, _, cmix = choice(CITIES, cities_p)
        device = choice(["ios", "android", "pc"], [0.47, 0.40, 0.13])
        channel = "web" if device == "pc" else ("mini_program" if r() < 0.38 else "app")
        lang = "en" if r() < (0.2 if city in ("Shanghai", "Beijing", "Shenzhen") else 0.06) else "zh"
        if legacy:
            t0 = datetime(2024, 9, 1) + timedelta(days=float(rng.uniform(0, 350)))
            acq = choice(["social_ad", "search", "referral", "influencer", "offline_popup"], [0.35, 0.3, 0.15, 0.1, 0.1])
        else:
            d = int(rng.choice(days_total, p=w))
            t0 = START + timedelta(days=d, hours=float(rng.uniform(8, 23.5)))
            if datetime(2025, 11, 1) <= t0 < datetime(2025, 12, 1) and r() < 0.6:
                acq = "influencer"
            else:
                acq = choice(["social_ad", "search", "referral", "influencer", "offline_popup"],
                             [0.34, 0.22, 0.13, 0.15, 0.16])
        src = {"social_ad": ["xiaohongshu", "douyin", "wechat_moments"], "search": ["baidu", "bing", "app_store"],
               "referral": ["friend_code", "colleague_code"], "influencer": ["xiaohongshu_kol", "douyin_live", "bilibili"],
               "offline_popup": ["mall_popup", "office_tasting"]}[acq]
        diet = choice(["classic", "vegetarian", "low_carb", "family"], [0.45, 0.18, 0.17, 0.20])
        plan_size = "4_person" if (diet == "family" and r() < 0.85) or (diet != "family" and r() < 0.15) else "2_person"
        meals = int(choice([3, 4, 5], [0.5, 0.35, 0.15])) if plan_size == "2_person" else int(choice([3, 4], [0.6, 0.4]))
        courier = choice(list(cmix), list(cmix.values()))
        c = dict(id=f"FBX{i + 1:05d}", city=city, region=region, fc=fc, device=device, channel=channel, lang=lang,
                 acq=acq, ref_src=choice(src), legacy=legacy, t0=t0, diet=diet, plan_size=plan_size, meals=meals,
                 courier=courier, window=choice(["morning", "afternoon", "evening"], [0.25, 0.25, 0.5]),
                 dday=int(choice([1, 3, 5], [0.35, 0.4, 0.25])), promo="", boxes=0, skips=0, segment="prospect",
                 first_box_at=None, cancelled_at=None, paused_until=None, plan_chosen=False)
        clist.append(c)

    def recipe_for(c):
        line = c["diet"] if r() < 0.8 else choice(list(RECIPES))
        zh, en, base = choice(RECIPES[line])
        return line, zh, en, base

    # ---------- one delivered week ----------
    def box_week(c, ws, k, promo, disc_pct, save_weeks, charge=None):
        """Process the delivery week starting Monday ws (k = box number). Returns (issue, warm, order_id) or None."""
        if charge is None:
            charge = ws - timedelta(days=3) + timedelta(hours=float(rng.uniform(2, 6)))
        if charge > END:
            return None
        gross = PLAN_PRICE[(c["plan_size"], c["meals"])]
        disc = round(gross * disc_pct / 100.0, 2)
        code = promo
        if save_weeks > 0:
            disc, code = round(gross * 0.40, 2), "SAVE40"
        status = "paid" if (k == 1 or r() > 0.03) else "payment_failed"
        oid = nid("o", "FO", 6)
        ddate = ws + timedelta(days=c["dday"])
        lo, hi = {"morning": (8, 12), "afternoon": (12, 18), "evening": (18, 22)}[c["window"]]
        late = r() < 0.04
        t_del = ddate + timedelta(hours=float(rng.uniform(lo, hi)) + (float(rng.uniform(1.2, 3)) if late else 0))
        summer = ddate.month in (6, 7, 8, 9)
        heat = c["courier"] == "Dada" and datetime(2026, 7, 1) <= ddate < datetime(2026, 9, 1)
        if heat:
            temp = float(rng.normal(8.9, 2.3))
        else:
            temp = float(rng.normal(4.6 if summer else 3.4, 1.3))
        temp = round(max(0.5, temp), 1)
        o = dict(order_id=oid, customer_id=c["id"], ts=charge, amount=round(gross - disc, 2), status=status,
                 channel=c["channel"], device=c["device"], order_type="first_box" if k == 1 else "weekly_box",
                 product="meal_kit", plan_size=c["plan_size"], meals_per_week=c["meals"],
                 servings=c["meals"] * (2 if c["plan_size"] == "2_person" else 4), diet_preference=c["diet"],
                 promo_code=code, gross_amount=gross, discount_cny=disc, credit_cny=0.0, courier=c["courier"],
                 fulfilment_center=c["fc"], delivery_window=c["window"], city=c["city"], week_start=ws.date().isoformat(),
                 delivered_at="", box_temp_c="", refund_reason="")
        orders.append(o)
        if status == "payment_failed":
            return "failed", False, oid
        common = dict(order_id=oid, courier=c["courier"], fulfilment_center=c["fc"], week_start=ws.date().isoformat(),
                      plan_size=c["plan_size"], diet_preference=c["diet"])
        # add-on
        if r() < 0.11:
            a = choice(ADDONS, [x[3] for x in ADDONS])
            if summer and a[0] != "fruit_box" and r() < 0.3:
                a = ADDONS[0]
            aid = nid("o", "FO", 6)
            orders.append(dict(order_id=aid, customer_id=c["id"], ts=charge + timedelta(minutes=1), amount=a[2],
                               status="paid", channel=c["channel"], device=c["device"], order_type="addon",
                               product=a[0], plan_size=c["plan_size"], meals_per_week="", servings="",
                               diet_preference=c["diet"], promo_code="", gross_amount=a[2], discount_cny=0.0,
                               credit_cny=0.0, courier=c["courier"], fulfilment_center=c["fc"],
                               delivery_window=c["window"], city=c["city"], week_start=ws.date().isoformat(),
                               delivered_at="", box_temp_c="", refund_reason=""))
            ev(c, charge - timedelta(hours=float(rng.uniform(1, 40))), "tp_addon", "submit", order_id=aid, product=a[0])
        if t_del > END:
            return "undelivered", False, oid
        ev(c, ddate - timedelta(days=1) + timedelta(hours=float(rng.uniform(14, 20))), "tp_box_shipped", "shipped",
           **common)
        ev(c, t_del, "tp_box_delivered", "delivered", delivery_window=c["window"], box_temp_c=temp, **common)
        o["delivered_at"] = t_del
        o["box_temp_c"] = temp
        c["boxes"] += 1
        # issues
        issue = None
        p_missing = 0.15 if (c["fc"] == "FC_SH" and datetime(2026, 3, 1) <= ddate < datetime(2026, 4, 1)) else 0.025
        warm = temp > 8.0
        t_claim = t_del + timedelta(hours=float(rng.uniform(0.3, 6)))
        if warm and r() < 0.55:
            issue = "warm"
        elif r() < 0.012:
            issue = "damaged"
        elif r() < p_missing:
            issue = "missing"
        if issue and t_claim <= END:
            tp = "tp_missing_item" if issue == "missing" else "tp_damaged_box"
            claim_type = {"missing": "missing_ingredient", "warm": "warm_box", "damaged": "crushed_box"}[issue]
            ev(c, t_claim, tp, "submit", claim_type=claim_type, **common)
            if r() < 0.3:
                fb(c, t_claim + timedelta(minutes=2), tp, "support_ticket", issue, order_id=oid,
                   courier=c["courier"], fulfilment_center=c["fc"], claim_type=claim_type)
            refund = issue == "warm" and r() < 0.5 or issue == "damaged" and r() < 0.3
            t_res = t_claim + timedelta(hours=float(rng.uniform(3, 30)))
            slow = r() < 0.08
            if slow:
                t_res += timedelta(days=float(rng.uniform(3, 6)))
            if t_res <= END:
                if refund:
                    o["status"], o["refund_reason"] = "refunded", {"warm": "spoiled_warm", "damaged": "damaged"}[issue]
                    ev(c, t_res, "tp_refund", "success", refund_cny=o["amount"], **common)
                else:
                    credit = float(choice([30, 40, 50, 60])) if issue == "missing" else round(o["gross_amount"] * 0.3, 0)
                    o["credit_cny"] = credit
                    ev(c, t_res, "tp_credit_issued", "success", credit_cny=credit, claim_type=claim_type, **common)
                if r() < 0.12:
                    fb(c, t_res + timedelta(hours=2), "tp_credit_issued", "support_ticket",
                       "credit_slow" if slow else "credit_fast", rating=int(choice([1, 2])) if slow else int(choice([4, 5, 5])),
                       order_id=oid, fulfilment_center=c["fc"], courier=c["courier"])
        if late and r() < 0.15:
            ev(c, t_del - timedelta(hours=0.5), "tp_support_chat", "start", **common)
            fb(c, t_del - timedelta(minutes=20), "tp_support_chat", "support_ticket", "late", order_id=oid,
               courier=c["courier"], rating=int(choice([2, 3])))
        # delivery survey
        if r() < 0.024:
            t_s = t_del + timedelta(hours=float(rng.uniform(2, 20)))
            if issue == "warm" or (warm and r() < 0.6):
                topic, rating, nps_v = "warm", int(choice([1, 1, 2])), int(rng.integers(0, 6))
            elif issue == "missing":
                topic, rating, nps_v = "missing", int(choice([2, 2, 3])), int(rng.integers(2, 8))
            elif issue == "damaged":
                topic, rating, nps_v = "damaged", int(choice([1, 2])), int(rng.integers(0, 7))
            elif late:
                topic, rating, nps_v = "late", int(choice([2, 3])), int(rng.integers(3, 8))
            else:
                topic, rating = "delivery_good", int(choice([4, 5, 5]))
                nps_v = int(choice([7, 8, 9, 9, 10, 10] if c["diet"] != "vegetarian" else [8, 9, 10, 10, 10]))
            if c["diet"] == "vegetarian" and nps_v < 10 and r() < 0.3:
                nps_v += 1
            fb(c, t_s, "tp_box_delivered", "delivery_survey", topic, rating=rating, nps=nps_v if r() < 0.8 else None,
               order_id=oid, courier=c["courier"], fulfilment_center=c["fc"], box_temp_c=temp)
        # recipe rating (with the app's quick comment)
        if r() < 0.045:
            line, zh, en, base = recipe_for(c)
            mu = base - (0.9 if warm else 0) - (0.5 if issue == "missing" else 0)
            rating = int(min(5, max(1, round(rng.normal(mu, 0.8)))))
            t_r = t_del + timedelta(days=float(rng.uniform(0.2, 3)))
            if rating >= 4:
                topic = "recipe_good"
            elif rating == 3:
                topic = "portion" if line == "low_carb" and r() < 0.5 else "recipe_ok"
            else:
                topic = "portion" if line == "low_carb" and r() < 0.6 else ("warm" if warm else "recipe_bad")
            if ev(c, t_r, "tp_recipe_rating", "submit", recipe=zh, recipe_en=en, recipe_line=line, rating=rating,
                  order_id=oid):
                no_ts = r() < 0.06
                fb(c, None if no_ts else t_r, "tp_recipe_rating", "recipe_rating", topic, rating=rating,
                   order_id=oid, recipe=zh, recipe_en=en, recipe_line=line)
        return issue, warm, oid

    # ---------- life of each customer ----------
    for c in clist:
        first_t = None
        if c["legacy"]:
            first_t = c["t0"] + timedelta(days=float(rng.uniform(1, 10)))
            c["plan_chosen"] = True
            c["promo"] = ""
        else:
            t = c["t0"]
            s = nid("s", "s", 7)
            aw = {"social_ad": "tp_social_ad", "search": "tp_search", "influencer": "tp_influencer",
                  "referral": "tp_referral_link", "offline_popup": "tp_popup"}[c["acq"]]
            ev(c, t, aw, "view" if aw == "tp_popup" else "click", session=s, referral_source=c["ref_src"])
            t += timedelta(minutes=float(rng.uniform(0.2, 5)))
            ev(c, t, "tp_landing", "view", session=s, referral_source=c["ref_src"])
            if r() < 0.45:
                t += timedelta(minutes=float(rng.uniform(1, 8)))
                ev(c, t, "tp_menu_preview", "view", session=s)
            p_plan = {"referral": 0.74, "influencer": 0.52, "social_ad": 0.46, "search": 0.58, "offline_popup": 0.62}[c["acq"]]
            if c["t0"] >= datetime(2025, 11, 1) and c["t0"] < datetime(2025, 12, 1) and c["acq"] == "influencer":
                p_plan = 0.66
            if r() < p_plan:
                late_step = r() < 0.06
                t += timedelta(days=float(rng.uniform(7.5, 15))) if late_step else timedelta(minutes=float(rng.uniform(1, 30)))
                ev(c, t, "tp_plan_select", "submit", plan_size=c["plan_size"], meals_per_week=c["meals"],
                   diet_preference=c["diet"])
                c["plan_chosen"] = True
                if r() < (0.82 if c["acq"] == "referral" else 0.7):
                    t += timedelta(minutes=float(rng.uniform(2, 40))) if r() < 0.85 else timedelta(days=float(rng.uniform(1, 9)))
                    ev(c, t, "tp_checkout", "view", plan_size=c["plan_size"], meals_per_week=c["meals"])
                    bug = c["channel"] == "mini_program" and datetime(2026, 1, 5) <= t < datetime(2026, 2, 9)
                    p_pay = 0.42 if bug else (0.9 if c["acq"] == "referral" else 0.83)
                    if r() < p_pay:
                        t += timedelta(minutes=float(rng.uniform(1, 12)))
                        if c["acq"] == "referral":
                            promo = "FRIEND100"
                        elif c["acq"] == "influencer" and datetime(2025, 11, 1) <= t < datetime(2025, 12, 1):
                            promo = "FIRST60"
                        elif datetime(2025, 11, 1) <= t < datetime(2025, 12, 1) and r() < 0.4:
                            promo = "FIRST60"
                        elif r() < 0.45:
                            promo = "WELCOME30"
                        else:
                            promo = ""
                        c["promo"] = promo
                        first_t = t
                    elif bug:
                        ev(c, t + timedelta(minutes=2), "tp_checkout", "fail", error="payment_timeout")
                        if r() < 0.22:
                            fb(c, None if r() < 0.15 else t + timedelta(minutes=6), "tp_checkout", "app_review",
                               "app_pay_fail", rating=1)
        if first_t is None or first_t > END:
            continue
        # weekly subscription
        c["first_box_at"] = first_t
        ws = (first_t + timedelta(days=4)).replace(hour=0, minute=0, second=0, microsecond=0)
        ws -= timedelta(days=ws.weekday())  # first delivery week: the Monday after >= 4 days
        if ws - timedelta(days=3) < first_t:
            ws += timedelta(days=7)
        if c["legacy"]:
            ws = START + timedelta(days=7 + (7 - START.weekday()) % 7)  # 2nd Monday: all its events inside the data
            k = 10 + int(rng.integers(0, 30))
            c["boxes_before"] = k
        else:
            k = 0
            c["boxes_before"] = 0
        save_weeks, boost, pause_left, accepted_times = 0, 0, 0, 0
        while True:
            if ws - timedelta(days=3) > END:
                break
            wk = ws - timedelta(days=7)
            if pause_left > 0:
                pause_left -= 1
                ws += timedelta(days=7)
                if pause_left == 0:
                    c["paused_until"] = None
                continue
            first_box = k == 0 and not c["legacy"]
            if not first_box:
                # pause?
                if r() < 0.012:
                    pause_left = int(rng.integers(2, 7))
                    pt = ws - timedelta(days=6) + timedelta(hours=float(rng.uniform(8, 22)))
                    ev(c, pt, "tp_pause", "submit", weeks=pause_left)
                    c["paused_until"] = ws + timedelta(days=7 * pause_left)
                    pause_left -= 1
                    ws += timedelta(days=7)
                    if pause_left == 0:
                        c["paused_until"] = None
                    continue
                # skip?
                p_skip = 0.10
                if ws in (datetime(2026, 2, 9), datetime(2026, 2, 16)):
                    p_skip = 0.55
                elif ws in (datetime(2025, 9, 29), datetime(2025, 10, 6)):
                    p_skip = 0.35
                elif ws.month in (7, 8):
                    p_skip = 0.14
                if r() < p_skip:
                    st = ws - timedelta(days=6) + timedelta(hours=float(rng.uniform(8, 23)))
                    if ev(c, st, "tp_skip_week", "submit", week_start=ws.date().isoformat()):
                        c["skips"] += 1
                    ws += timedelta(days=7)
                    continue
                # menu pick
                if r() < 0.72:
                    ev(c, ws - timedelta(days=5) + timedelta(hours=float(rng.uniform(8, 23))), "tp_menu_pick", "submit",
                       week_start=ws.date().isoformat(), meals_per_week=c["meals"], diet_preference=c["diet"])
            else:
                # first box is charged at signup
                pass
            k += 1
            if first_box:
                gross = PLAN_PRICE[(c["plan_size"], c["meals"])]
                disc_pct = {"FIRST60": 60, "WELCOME30": 30, "": 0}.get(c["promo"])
                if c["promo"] == "FRIEND100":
                    disc_pct = 100.0 / gross * 100
                res = box_week(c, ws, k, c["promo"], disc_pct, 0, charge=first_t)
                ev(c, first_t, "tp_first_box_paid", "success", order_id=res[2], plan_size=c["plan_size"],
                   meals_per_week=c["meals"], diet_preference=c["diet"], promo_code=c["promo"])
            else:
                res = box_week(c, ws, k, "", 0, save_weeks)
            if res is None:
                break
            if save_weeks > 0:
                save_weeks -= 1
            issue, warm, _ = res
            # refer a friend
            if c["boxes"] >= 3 and r() < 0.01:
                ev(c, ws + timedelta(days=c["dday"], hours=21), "tp_refer_friend", "share")
            # cancellation hazard for this week (decided before the next charge)
            kk = k if not c["legacy"] else 99
            if kk <= 4:
                h = {"FIRST60": 0.34, "WELCOME30": 0.075, "FRIEND100": 0.045}.get(c["promo"], 0.055)
            else:
                h = 0.032
            if c["acq"] == "influencer":
                h *= 1.3
            if c["plan_size"] == "4_person":
                h *= 0.55
            if c["diet"] == "vegetarian":
                h *= 0.8
            if c["diet"] == "low_carb":
                h *= 1.35
            if issue in ("warm", "missing", "damaged"):
                h *= 3.0 if issue == "warm" else 2.2
            if boost > 0:
                h *= 1.8
                boost -= 1
            if r() < h:
                t_c = ws + timedelta(days=c["dday"] + float(rng.uniform(1, 3.5)), hours=float(rng.uniform(8, 22)))
                if t_c > END:
                    ws += timedelta(days=7)
                    continue
                s = nid("s", "s", 7)
                ev(c, t_c, "tp_cancel_start", "click", session=s)
                if "variant" not in c:
                    c["variant"] = choice(["pct_off_40", "free_dessert"])
                    experiments.append(dict(experiment_id="save_offer_test", variant=c["variant"], customer_id=c["id"],
                                            assigned_at=t_c))
                if r() < 0.09:  # closed the flow before the offer; stays subscribed
                    ws += timedelta(days=7)
                    continue
                t_o = t_c + timedelta(seconds=float(rng.uniform(5, 60)))
                ev(c, t_o, "tp_save_offer", "view", session=s, offer_variant=c["variant"])
                p_acc = {"pct_off_40": 0.34, "free_dessert": 0.16}[c["variant"]] * (0.6 if accepted_times else 1.0)
                if r() < p_acc:
                    ev(c, t_o + timedelta(seconds=float(rng.uniform(5, 90))), "tp_offer_accepted", "click", session=s,
                       offer_variant=c["variant"])
                    accepted_times += 1
                    if c["variant"] == "pct_off_40":
                        save_weeks = 2
                    boost = 4
                else:
                    t_x = t_o + timedelta(seconds=float(rng.uniform(10, 120)))
                    reason = choice(["price", "time", "portion", "variety", "moving", "quality"],
                                    [0.34, 0.2, 0.12 + (0.2 if c["diet"] == "low_carb" else 0), 0.14, 0.08, 0.12])
                    if c["promo"] == "FIRST60" and kk <= 4 and r() < 0.6:
                        reason = "price"
                    if issue in ("warm", "missing", "damaged") and r() < 0.7:
                        reason = "quality"
                    ev(c, t_x, "tp_cancelled", "success", session=s, cancel_reason=reason)
                    c["cancelled_at"] = t_x
                    if r() < 0.5:
                        topic = {"price": "price", "time": "time", "portion": "portion", "variety": "variety",
                                 "moving": "moving", "quality": issue if issue in ("warm", "missing", "damaged")
                                 else choice(["recipe_bad", "missing", "warm"])}[reason]
                        fb(c, t_x + timedelta(minutes=3), "tp_cancelled", "cancel_survey", topic,
                           rating=int(choice([1, 2, 2, 3])) if reason != "moving" else 3, cancel_reason=reason)
                    break
            ws += timedelta(days=7)

    # ---------- segment / tier ----------
    for c in clist:
        if c["first_box_at"] is None:
            c["segment"] = "prospect"
        elif c["cancelled_at"] is not None:
            c["segment"] = "cancelled"
        elif c["paused_until"] is not None and c["paused_until"] > END:
            c["segment"] = "paused"
        else:
            c["segment"] = "active"
        total = c["boxes"] + c.get("boxes_before", 0)
        c["tier"] = "" if c["first_box_at"] is None else ("gold" if total >= 30 else ("silver" if total >= 10 else "bronze"))

    # NPS pulse survey: every quarter to a sample of subscribers who had a box before it
    for qd in (datetime(2025, 11, 20), datetime(2026, 2, 25), datetime(2026, 5, 20), datetime(2026, 8, 20)):
        for c in clist:
            if c["first_box_at"] is None or c["first_box_at"] > qd - timedelta(days=14):
                continue
            if c["cancelled_at"] is not None and c["cancelled_at"] < qd:
                continue
            if r() > 0.13:
                continue
            base = {"vegetarian": [8, 9, 9, 10, 10, 10], "family": [7, 8, 9, 9, 10],
                    "classic": [6, 7, 8, 9, 9, 10], "low_carb": [3, 5, 6, 7, 8, 9]}[c["diet"]]
            nps_v = int(choice(base))
            if nps_v >= 9:
                topic = "nps_good"
            elif nps_v >= 7:
                topic = choice(["recipe_ok", "nps_good", "variety"])
            else:
                topic = choice(["price", "portion", "time", "variety"], [0.35, 0.3 if c["diet"] == "low_carb" else 0.1, 0.2, 0.2])
            t_s = qd + timedelta(days=float(rng.uniform(0, 6)), hours=float(rng.uniform(8, 22)))
            fb(c, t_s, None, "nps_survey", topic, nps=nps_v)

    # app store reviews (general)
    pool = [c for c in clist if c["first_box_at"] is not None]
    for _ in range(90):
        c = choice(pool)
        t_a = c["first_box_at"] + timedelta(days=float(rng.uniform(3, 120)))
        if t_a > END or t_a < START:
            continue
        good = r() < 0.7
        fb(c, None if r() < 0.1 else t_a, "tp_menu_pick" if good else None, "app_review",
           "app_good" if good else choice(["variety", "price", "late"]), rating=int(choice([4, 5, 5])) if good else int(choice([1, 2, 3])))

    # ---------- write ----------
    events.sort(key=lambda e: (e["ts"], e["customer_id"], e["touchpoint_id"]))
    for i, e in enumerate(events, 1):
        e["event_id"] = f"E{i:07d}"
    feedback.sort(key=lambda f: f["feedback_id"])

    def fmt(v):
        if isinstance(v, datetime):
            return v.strftime("%Y-%m-%d %H:%M:%S")
        if v is None:
            return ""
        if isinstance(v, float):
            return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else f"{v:.1f}"
        return v

    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            wr = csv.writer(fh)
            wr.writerow(cols)
            for row in rows:
                wr.writerow([fmt(row.get(k)) for k in cols])

    write("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                               kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write("journeys", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                              "touchpoint_id", "window_days"])
    crow = []
    for c in clist:
        crow.append(dict(customer_id=c["id"], signup_at=c["t0"], segment=c["segment"], region=c["region"],
                         acquisition_channel=c["acq"], tier=c["tier"], city=c["city"], referral_source=c["ref_src"],
                         primary_device=c["device"], primary_channel=c["channel"], language=c["lang"],
                         plan_size=c["plan_size"] if c["plan_chosen"] else "",
                         meals_per_week=c["meals"] if c["plan_chosen"] else "",
                         diet_preference=c["diet"] if c["plan_chosen"] else "",
                         promo_code=c["promo"], delivery_window=c["window"] if c["first_box_at"] else "",
                         delivery_day={1: "Tue", 3: "Thu", 5: "Sat"}[c["dday"]] if c["first_box_at"] else "",
                         courier=c["courier"] if c["first_box_at"] else "", fulfilment_center=c["fc"],
                         first_box_at=c["first_box_at"], cancelled_at=c["cancelled_at"],
                         boxes_received=(c["boxes"] + c.get("boxes_before", 0)) if c["first_box_at"] else "",
                         skipped_weeks_count=c["skips"] if c["first_box_at"] else ""))
    write("customers", crow, list(crow[0]))
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "city",
             "referral_source", "plan_size", "meals_per_week", "diet_preference", "promo_code", "week_start", "order_id", "product",
             "courier", "fulfilment_center", "delivery_window", "box_temp_c", "claim_type", "credit_cny", "refund_cny",
             "recipe", "recipe_en", "recipe_line", "rating", "offer_variant", "cancel_reason", "weeks", "error"]
    write("events", events, ecols)
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "product",
             "plan_size", "meals_per_week", "servings", "diet_preference", "promo_code", "gross_amount", "discount_cny",
             "credit_cny", "courier", "fulfilment_center", "delivery_window", "city", "week_start", "delivered_at",
             "box_temp_c", "refund_reason"]
    write("orders", orders, ocols)
    fcols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language", "city",
             "plan_size", "diet_preference", "order_id", "courier", "fulfilment_center", "box_temp_c", "claim_type",
             "recipe", "recipe_en", "recipe_line", "cancel_reason", "topic", "sentiment_label"]
    write("feedback", feedback, fcols)
    write("experiments", experiments, ["experiment_id", "variant", "customer_id", "assigned_at"])
    print(f"customers {len(crow)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"experiments {len(experiments)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
