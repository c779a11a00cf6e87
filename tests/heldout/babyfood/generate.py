"""小禾 LittleSprout: organic baby-food subscription (frozen purees, finger foods and snacks) delivered weekly by cold
chain in Shanghai, Beijing and Shenzhen. A parent finds us (Xiaohongshu notes, Douyin ads, a friend's referral code,
a partner maternity store, WeChat Moments ads), registers with the baby's birth month (which sets the age stage:
6m+ smooth purees, 8m+ mashed with soft lumps, 10m+ small chunks, 12m+ finger foods), fills in an allergy profile,
pays a 49 CNY trial box, then gets a weekly box (small / standard / family) that can be customised in the app each
weekend, skipped for a week or paused. Boxes leave the Monday cold-chain run and arrive Tuesday-Wednesday in dry-ice
boxes; the courier records the box temperature at hand-over. Parents can chat with a nutritionist (营养师) in the
app and buy consult packages, share a referral code, rate boxes, and complain (thawed box, allergen reaction, wrong
age stage); complaints may be refunded.
Events 2025-01-01 .. 2026-06-30 (the app launched on 2025-01-01; the extract was taken at the start of July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261211
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 3600
FRESHGO = (datetime(2025, 6, 1), datetime(2025, 10, 1))        # Shenzhen switched to a cheaper cold-chain 3PL
STAGE_BUG = (datetime(2026, 3, 2), datetime(2026, 4, 13))      # app 2.6.0: stage auto-upgrade broken
EGG_BATCH = (datetime(2025, 11, 3), datetime(2025, 12, 1))     # pumpkin-chicken puree co-packed on an egg line
SPRING = [(datetime(2025, 1, 20), datetime(2025, 2, 10)), (datetime(2026, 2, 9), datetime(2026, 3, 2))]
APP_VERSIONS = [(datetime(2025, 1, 1), "2.1.0"), (datetime(2025, 6, 16), "2.3.0"), (datetime(2025, 11, 10), "2.5.0"),
                (datetime(2026, 3, 2), "2.6.0"), (datetime(2026, 4, 13), "2.6.1")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "了解小禾", "Discover LittleSprout", "awareness", "social", "digital", "growth",
     "发现|刷到|种草|看到广告|小红书|抖音|朋友推荐|discover|found us|first visit"),
    ("tp_signup", "注册建档", "Sign-up & baby profile", "consideration", "app", "digital", "growth",
     "注册|建档|填月龄|宝宝档案|sign up|signup|register|baby profile|age stage"),
    ("tp_allergy", "过敏档案", "Allergy profile", "consideration", "app", "digital", "nutrition",
     "过敏档案|过敏原|忌口|填过敏|allergy profile|allergies|allergens"),
    ("tp_first_box", "首盒体验", "Trial box purchase", "purchase", "app", "digital", "growth",
     "首盒|体验盒|试吃盒|开通订阅|首单|trial box|first box|subscribe|start subscription"),
    ("tp_customize", "每周定制", "Weekly box customisation", "service", "app", "digital", "product",
     "定制|选菜单|换口味|改盒子|加购|customise|customize|menu|swap flavours|edit box"),
    ("tp_skip", "跳过本周", "Skip a week", "service", "app", "digital", "product",
     "跳过|跳周|这周不要|skip|skip a week|skipped"),
    ("tp_ship", "冷链出库", "Cold-chain dispatch", "service", "other", "physical", "supply_chain",
     "出库|发货|打包|干冰|dispatch|shipped|packed"),
    ("tp_deliver", "冷链签收", "Box delivered", "service", "other", "physical", "logistics",
     "签收|到货|配送|送达|冷链|快递|delivery|delivered|courier|cold chain"),
    ("tp_complaint", "售后投诉", "After-sales complaint", "service", "phone", "digital", "customer_care",
     "投诉|售后|工单|化冻|过敏反应|发错月龄|complaint|ticket|thawed|wrong stage"),
    ("tp_refund", "退款", "Refund", "service", "app", "digital", "finance",
     "退款|退钱|赔付|refund|money back|refunded"),
    ("tp_consult_ask", "营养师咨询", "Nutritionist chat", "service", "app", "digital", "nutrition",
     "咨询|问营养师|营养师|在线咨询|辅食咨询|consult|nutritionist|ask a nutritionist|chat"),
    ("tp_consult_reply", "营养师回复", "Nutritionist reply", "service", "app", "digital", "nutrition",
     "回复|营养师回复|答复|reply|answered|response"),
    ("tp_consult_pkg", "购买咨询套餐", "Consult package purchase", "purchase", "app", "digital", "nutrition",
     "咨询套餐|营养套餐|买咨询|consult package|nutrition plan"),
    ("tp_rate", "评价", "Box rating", "loyalty", "app", "digital", "product",
     "评价|打分|评分|rate|rating|review"),
    ("tp_pause", "暂停订阅", "Pause subscription", "loyalty", "app", "digital", "retention",
     "暂停|停订|先不订了|pause|paused|on hold"),
    ("tp_resume", "恢复订阅", "Resume subscription", "loyalty", "app", "digital", "retention",
     "恢复|重新订|回来了|resume|resumed|reactivate"),
    ("tp_referral_share", "分享邀请码", "Referral code shared", "loyalty", "social", "digital", "growth",
     "分享|邀请|老带新|邀请码|refer|referral|invite|share code"),
    ("tp_referral_reward", "邀请奖励到账", "Referral reward issued", "loyalty", "app", "digital", "growth",
     "邀请奖励|返券|奖励到账|referral reward|reward|credit"),
]
JOURNEYS = [
    ("onboarding", "注册开通", "Onboarding", ["tp_discover", "tp_signup", "tp_allergy", "tp_first_box"], 14),
    ("weekly_box", "每周配送", "Weekly box delivery", ["tp_customize", "tp_ship", "tp_deliver"], 7),
    ("consult", "营养咨询", "Nutrition consult", ["tp_consult_ask", "tp_consult_reply", "tp_consult_pkg"], 14),
    ("referral", "老带新", "Referral", ["tp_referral_share", "tp_referral_reward"], 30),
    ("winback", "暂停恢复", "Pause & win-back", ["tp_pause", "tp_resume"], 60),
]
CITIES = {  # en: (zh, weight, courier before FreshGo)
    "Shanghai": ("上海", 0.45, "sf_cold"), "Beijing": ("北京", 0.30, "jd_cold"), "Shenzhen": ("深圳", 0.25, "sf_cold")}
COURIERS = {"sf_cold": "顺丰冷运", "jd_cold": "京东冷链", "freshgo": "鲜运达"}
CHANNELS = {  # en: (zh, weight, p signup, p allergy, p first box)
    "xiaohongshu": ("小红书", 0.33, 0.62, 0.86, 0.62),
    "douyin": ("抖音", 0.24, 0.42, 0.80, 0.42),
    "referral": ("老带新", 0.14, 0.88, 0.93, 0.86),
    "maternity_store": ("母婴店", 0.16, 0.74, 0.90, 0.70),
    "wechat_ads": ("朋友圈广告", 0.13, 0.52, 0.84, 0.55),
}
STAGES = {"s1_6m": ("6月+ 泥糊", 6), "s2_8m": ("8月+ 细颗粒", 8), "s3_10m": ("10月+ 小块", 10),
          "s4_12m": ("12月+ 手指食物", 12)}
STAGE_LIST = list(STAGES)
ALLERGY = {"none": ("无过敏", 0.62), "egg": ("鸡蛋", 0.12), "cow_milk": ("牛奶蛋白", 0.11), "fish_shrimp": ("鱼虾", 0.07),
           "peanut_nuts": ("花生坚果", 0.05), "multiple": ("多种过敏", 0.03)}
BOXES = {"small": ("小份盒", 129, 0.32), "standard": ("标准盒", 229, 0.53), "family": ("双宝家庭盒", 319, 0.15)}
ROLES = {"mom": ("妈妈", 0.68), "dad": ("爸爸", 0.2), "grandparent": ("祖辈", 0.12)}
SNACKS = [("rice_puffs", "米饼", 29), ("yogurt_melts", "酸奶溶豆", 35), ("teething_sticks", "磨牙棒", 25),
          ("fruit_bites", "果蔬软糖", 39), ("mini_noodles", "宝宝面", 19)]
ORDER_TYPES = {"trial_box": "首盒体验", "weekly_box": "周订阅盒", "addon_snack": "加购零食", "consult_package": "营养咨询套餐"}
REASONS = {"thawed": "到货化冻", "allergen": "过敏反应", "wrong_stage": "月龄段发错"}
ISSUES = {"thawed": "到货化冻", "allergen": "过敏反应", "wrong_stage": "月龄段发错"}
CONDITION = {"ok": "完好", "thawed": "化冻"}
CONSULT_TOPICS = {"starting_solids": "辅食添加", "allergy": "过敏", "picky_eating": "挑食", "constipation": "便秘",
                  "portion": "吃多少"}
SEGMENTS_END = datetime(2026, 6, 30)

TEXT = {  # topic -> (zh list, en list); the wording carries the topic marker gold.py counts
    "thawed": (["收到的时候冰袋全化了，果泥都化冻了，不敢给宝宝吃", "干冰没了，盒子里的泥都化冻了软塌塌的", "这周的箱子到货化冻了，摸着是温的",
                "夏天配送太差，果泥化冻还渗漏了", "快递放门口两小时，打开全化冻了"],
               ["The box arrived thawed, the ice packs were completely melted", "Purees were thawed and warm when the courier handed them over",
                "Second thawed box this month, dry ice all gone", "Everything was thawed and leaking in the bag"]),
    "allergen": (["吃了南瓜鸡肉泥之后宝宝起疹子了，明明档案写了鸡蛋过敏", "宝宝吃完嘴边一圈红疹，怀疑有过敏原", "过敏档案填了还给我们配含过敏原的，宝宝起疹子",
                  "吃了这周的泥宝宝吐了还起了疹子，你们到底有没有看过敏档案"],
                 ["My baby broke out in a rash after the pumpkin chicken puree, we listed an egg allergy",
                  "Allergic reaction after this week's box, hives around the mouth", "Rash again after eating the puree - are you checking the allergy profile?"]),
    "wrong_stage": (["宝宝已经10个月了，还给我发8月龄的细颗粒泥，月龄段发错了", "月龄段发错了，升阶之后还是老阶段的菜单", "系统没给升阶，收到的还是上个月龄段的",
                     "月龄段不对，宝宝都能吃小块了还发泥糊"],
                    ["Wrong stage again - she's 10 months and we still got the 8m+ purees", "The box was the wrong age stage, the app never moved us up",
                     "We got the wrong stage, smooth purees for a toddler who eats finger food"]),
    "consult_slow": (["周末问营养师问题等了快两个小时才回复", "营养师回复太慢了，周六问的到晚上才回", "咨询营养师要等好久，着急的时候根本等不起"],
                     ["Waited almost two hours for the nutritionist to reply on a Sunday", "Nutritionist reply was way too slow at the weekend",
                      "The nutritionist chat took forever to answer"]),
    "pricey": (["价格有点贵，一周两百多块，负担不小", "家庭盒太贵了，比自己做贵太多", "性价比一般，价格偏贵"],
               ["A bit pricey for what you get", "Too expensive compared to making it ourselves", "Pricey, we might downgrade to the small box"]),
    "tasty": (["宝宝超爱吃，每次都光盘", "口味很好，宝宝吃得很香，有机食材放心", "宝宝爱吃西兰花牛肉泥，光盘了", "菜单丰富，宝宝爱吃，妈妈省心"],
              ["My son loves it, clean plate every time", "She loves the broccoli beef puree, ingredients feel really wholesome",
               "Great variety, our baby loves every flavour", "Baby loves it and I finally have my evenings back"]),
    "generic_pos": (["整体不错，配送准时，会继续订", "挺好的，省了不少事", "服务不错，客服态度好"],
                    ["Good service overall, deliveries on time", "Happy with the subscription so far", "Works well for our family"]),
    "generic_neu": (["还行吧，有的口味宝宝不太吃", "一般般，看后面几周怎么样", "中规中矩"],
                    ["It's okay, some flavours don't go down well", "Average so far", "Fine, nothing special"]),
    "generic_neg": (["这次体验不太好", "有点失望，不太想续了", "不满意"],
                    ["Not a great experience this week", "Disappointed, thinking of cancelling", "Not happy with this box"]),
}


def ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") if t else None


def pick(opts, w):
    w = np.asarray(w, dtype=float)
    return opts[int(rng.choice(len(opts), p=w / w.sum()))]


def app_version(t):
    v = APP_VERSIONS[0][1]
    for d, name in APP_VERSIONS:
        if t >= d:
            v = name
    return v


def age_months(c, t):
    return (t - c["birth"]).days / 30.44


def stage_at(c, t):
    a = age_months(c, t)
    if a < 8:
        return "s1_6m"
    if a < 10:
        return "s2_8m"
    if a < 12:
        return "s3_10m"
    return "s4_12m"


def courier(c, t):
    if c["city"] == "Shenzhen" and FRESHGO[0] <= t < FRESHGO[1]:
        return "freshgo"
    return CITIES[c["city"]][2]


def in_spring(t):
    return any(a <= t < b for a, b in SPRING)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_box = self.n_cs = 0

    def ev(self, c, t, tp, sess=None, action="view", device="", channel="app", **kw):
        if t > END:
            return None
        row = dict(event_id=f"E{len(self.events) + 1:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sess, action=action, device=c["device"] if device == "" else device, channel=channel,
                   app_version=app_version(t), city=c["city"], 城市=CITIES[c["city"]][0])
        row.update(kw)
        self.events.append(row)
        return row

    def order(self, c, t, amount, otype, box=None, **kw):
        if t > END:
            return None
        row = dict(order_id=f"O{len(self.orders) + 1:06d}", customer_id=c["customer_id"], ts=ts(t), amount=amount,
                   status="paid", channel="app", device=c["device"], order_type=otype, 订单类型=ORDER_TYPES[otype],
                   box_id=box, city=c["city"], 城市=CITIES[c["city"]][0], currency="CNY")
        row.update(kw)
        self.orders.append(row)
        c["paid"] = True
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, tp=None, box=None, undated=False, no_customer=False,
           gen=None):
        if t > END:
            return
        lang = c["lang"]
        zh = lang == "zh"
        parts = []
        for k in topics:
            z, e = TEXT[k]
            parts.append(str(rng.choice(z if zh else e)))
        if not parts:
            gen = gen or "pos"
            k = {"pos": "generic_pos", "neu": "generic_neu", "neg": "generic_neg"}[gen]
            z, e = TEXT[k]
            parts.append(str(rng.choice(z if zh else e)))
        text = ("，" if zh else ". ").join(parts)
        if channel == "call_note":
            text = ("客服记录：" if zh else "Call note: ") + text
        fid = f"FB{len(self.feedback) + 1:06d}"
        if tp is None:
            tp = ("tp_deliver" if "thawed" in topics else "tp_complaint" if ("allergen" in topics or "wrong_stage" in topics)
                  else "tp_consult_reply" if "consult_slow" in topics else "tp_rate")
        self.feedback.append(dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                                  customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp,
                                  channel=channel, rating=rating, nps=nps, language=lang, box_id=box, city=c["city"],
                                  城市=CITIES[c["city"]][0], allergy=c["allergy"], 过敏原=ALLERGY[c["allergy"]][0]))
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics)))

    # ---------- customers ----------
    def customers(self):
        days = (END - START).days - 14
        x = np.arange(days)
        w = 1.0 + 1.6 * x / days
        w /= w.sum()
        self.cust = []
        for i in range(N_CUST):
            d0 = START + D(days=int(rng.choice(days, p=w)), hours=float(rng.uniform(7, 23.5)))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            age0 = float(rng.uniform(5.0, 7.5)) if rng.random() < 0.6 else float(rng.uniform(7.5, 14.0))
            c = dict(customer_id=f"C{i + 1:05d}", discover=d0, city=city, channel=ch,
                     birth=d0 - D(days=age0 * 30.44), allergy=pick(list(ALLERGY), [v[1] for v in ALLERGY.values()]),
                     role=pick(list(ROLES), [v[1] for v in ROLES.values()]),
                     device="ios" if rng.random() < (0.62 if city != "Shenzhen" else 0.48) else "android",
                     lang="en" if rng.random() < (0.13 if city != "Beijing" else 0.08) else "zh",
                     box=pick(list(BOXES), [v[2] for v in BOXES.values()]), paid=False, signup=None,
                     first_box=None, boxes=0, last_box=None, state="prospect", stage0=None)
            self.cust.append(c)

    # ---------- one customer's life ----------
    def life(self, c):
        ch = CHANNELS[c["channel"]]
        self.ev(c, c["discover"], "tp_discover", action="view", channel=c["channel"])
        if rng.random() > ch[2]:
            return
        t = c["discover"] + D(hours=float(min(200, rng.exponential(18) + 0.1)))
        if t > END:
            return
        c["signup"] = t
        c["stage0"] = stage_at(c, t)
        self.ev(c, t, "tp_signup", action="submit", baby_stage=c["stage0"], 宝宝月龄段=STAGES[c["stage0"]][0])
        if rng.random() > ch[3]:
            return
        t += D(minutes=float(rng.uniform(2, 30))) if rng.random() < 0.7 else D(days=float(rng.uniform(0.5, 6)))
        self.ev(c, t, "tp_allergy", action="submit", allergy=c["allergy"], 过敏原=ALLERGY[c["allergy"]][0])
        if rng.random() > ch[4]:
            return
        t += D(hours=float(min(300, rng.exponential(30) + 0.1)))
        if t > END:
            return
        st = stage_at(c, t)
        self.ev(c, t, "tp_first_box", action="pay", baby_stage=st, 宝宝月龄段=STAGES[st][0], amount=49)
        self.order(c, t, 49, "trial_box", baby_stage=st, 宝宝月龄段=STAGES[st][0], box_size="trial", 盒型="体验盒",
                   coupon="referral_30" if c["channel"] == "referral" else None)
        c["first_box"] = t
        c["state"] = "active"
        # weekly boxes: dispatched on Mondays from the week after the trial box
        wk = datetime(t.year, t.month, t.day) - D(days=t.weekday()) + D(days=7)
        wk = wk + D(days=7) if (wk - t).days < 3 else wk
        shared = False
        rewarded = False
        paused_until = None
        consult_bought = False
        while wk <= END:
            if paused_until is not None:
                if wk < paused_until:
                    wk += D(days=7)
                    continue
                paused_until = None
            if age_months(c, wk) >= 18:
                c["state"] = "graduated"
                break
            self.week(c, wk)
            r = c.pop("_wk")
            # consult chat
            if rng.random() < (0.05 if c["allergy"] == "none" else 0.09) * (2.5 if r.get("issue") == "allergen" else 1):
                consult_bought = self.consult(c, wk + D(days=float(rng.uniform(0, 6.9))), consult_bought)
            # referral after the 4th box
            if not shared and c["boxes"] >= 4 and rng.random() < 0.12 and r.get("delivered"):
                shared = True
                t_s = r["delivered"] + D(hours=float(rng.uniform(1, 72)))
                self.ev(c, t_s, "tp_referral_share", action="share", channel="wechat",
                        share_to=pick(["wechat_chat", "moments", "mom_group"], [0.5, 0.2, 0.3]))
                if rng.random() < (0.34 if c["city"] != "Shenzhen" else 0.26):
                    t_r = t_s + D(days=float(rng.uniform(1, 24)))
                    self.ev(c, t_r, "tp_referral_reward", action="credit", amount=30)
                    rewarded = True
            # pause / churn
            st = stage_at(c, wk)
            p_pause = {"s1_6m": 0.012, "s2_8m": 0.014, "s3_10m": 0.02, "s4_12m": 0.045}[st]
            if r.get("issue"):
                p_pause *= 4.0
            if c["box"] == "family":
                p_pause *= 1.3
            if rng.random() < p_pause:
                t_p = (r.get("delivered") or wk) + D(days=float(rng.uniform(0.3, 3)))
                reason = pick(["travel", "price", "quality_issue", "baby_eats_table_food", "other"],
                              [0.2, 0.25, 0.6 if r.get("issue") else 0.05, 0.35 if st == "s4_12m" else 0.05, 0.1])
                self.ev(c, t_p, "tp_pause", action="pause", pause_reason=reason, baby_stage=st, 宝宝月龄段=STAGES[st][0],
                        暂停原因={"travel": "出门旅行", "price": "价格", "quality_issue": "质量问题",
                              "baby_eats_table_food": "宝宝吃大人饭了", "other": "其他"}[reason])
                p_back = 0.45 if reason == "travel" else 0.30 if reason in ("price", "other") else 0.15
                if c["channel"] == "referral":
                    p_back += 0.1
                if rng.random() < p_back:
                    t_b = t_p + D(days=float(rng.uniform(10, 55)))
                    self.ev(c, t_b, "tp_resume", action="resume")
                    paused_until = t_b
                    wk = datetime(t_b.year, t_b.month, t_b.day) - D(days=t_b.weekday()) + D(days=7)
                    continue
                c["state"] = "paused"
                break
            wk += D(days=7)

    def week(self, c, wk):
        """one weekly box: wk = Monday dispatch."""
        self.n_box += 1
        bid = f"BX{self.n_box:06d}"
        c["_wk"] = r = {}
        st = stage_at(c, wk)
        common = dict(box_size=c["box"], 盒型=BOXES[c["box"]][0], baby_stage=st, 宝宝月龄段=STAGES[st][0])
        # skip (Spring Festival: families travel home)
        p_skip = 0.42 if in_spring(wk) else (0.09 if wk.month in (7, 8) else 0.06)
        t_c = wk - D(days=float(rng.uniform(1.2, 2.9)))
        if rng.random() < p_skip:
            self.ev(c, t_c, "tp_skip", bid, "skip", **common)
            return
        addons = []
        if rng.random() < (0.55 if c["lang"] == "zh" else 0.45):
            self.ev(c, t_c, "tp_customize", bid, "submit", **common)
            if rng.random() < 0.35:
                for _ in range(1 + int(rng.random() < 0.3)):
                    addons.append(SNACKS[int(rng.integers(len(SNACKS)))])
        t_ship = wk + D(hours=float(rng.uniform(5, 11)))
        # the stage shipped
        shipped = st
        if STAGE_BUG[0] <= wk < STAGE_BUG[1] and st != "s1_6m":
            prev = STAGE_LIST[STAGE_LIST.index(st) - 1]
            if stage_at(c, wk - D(days=28)) == prev:
                shipped = prev
        elif rng.random() < 0.006 and st != "s1_6m":
            shipped = STAGE_LIST[STAGE_LIST.index(st) - 1]
        cour = courier(c, wk)
        jars = {"small": 7, "standard": 14, "family": 21}[c["box"]]
        self.ev(c, t_ship, "tp_ship", bid, "dispatched", device=None, channel="warehouse", stage_shipped=shipped,
                jars=jars, courier=cour, 配送商=COURIERS[cour], **common)
        box_order = self.order(c, t_ship, BOXES[c["box"]][1], "weekly_box", bid, **common)
        for code, zh, price in addons:
            self.order(c, t_c + D(minutes=float(rng.uniform(1, 10))), price, "addon_snack", bid, snack=code, 零食=zh,
                       **common)
        c["boxes"] += 1
        c["last_box"] = t_ship
        # delivery
        slow = 1.0 if cour != "freshgo" else 1.6
        t_del = t_ship + D(hours=float(rng.uniform(18, 40) * slow))
        summer = t_del.month in (6, 7, 8, 9)
        if cour == "freshgo":
            p_thaw = 0.24 if summer else 0.09
        else:
            p_thaw = 0.03 if summer else 0.012
            if cour == "jd_cold":
                p_thaw *= 0.6
        thawed = rng.random() < p_thaw
        temp = round(float(rng.uniform(-3, 6)) if thawed else float(rng.uniform(-22, -12)), 1)
        self.ev(c, t_del, "tp_deliver", bid, "delivered", device=None, channel="courier", courier=cour,
                配送商=COURIERS[cour], box_condition="thawed" if thawed else "ok",
                箱况=CONDITION["thawed" if thawed else "ok"], arrival_temp_c=temp, stage_shipped=shipped, **common)
        r["delivered"] = t_del
        # allergen reaction
        allergen = False
        if EGG_BATCH[0] <= t_del < EGG_BATCH[1]:
            allergen = rng.random() < (0.16 if c["allergy"] == "egg" else 0.15 if c["allergy"] == "multiple" else 0.004)
        elif c["allergy"] != "none":
            allergen = rng.random() < 0.004
        wrong = shipped != st
        issue = "allergen" if allergen else ("thawed" if thawed else ("wrong_stage" if wrong else None))
        r["issue"] = issue
        topics = [k for k, f in (("thawed", thawed), ("allergen", allergen), ("wrong_stage", wrong)) if f]
        if issue:
            p_c = {"allergen": 0.9, "thawed": 0.7, "wrong_stage": 0.55}[issue]
            if rng.random() < p_c:
                t_cp = t_del + D(hours=float(rng.uniform(0.5, 30) if issue != "allergen" else rng.uniform(4, 48)))
                self.ev(c, t_cp, "tp_complaint", bid, "ticket", issue_type=issue, 问题类型=ISSUES[issue], **common)
                self.fb(c, t_cp + D(minutes=5), [issue], "ticket", box=bid,
                        tp="tp_deliver" if issue == "thawed" else "tp_complaint")
                p_ref = {"allergen": 1.0, "thawed": 0.8, "wrong_stage": 0.5}[issue]
                if rng.random() < p_ref and box_order is not None:
                    hrs = float(rng.lognormal(np.log(20 if issue != "wrong_stage" else 60), 0.5))
                    t_rf = t_cp + D(hours=hrs)
                    if t_rf <= END:
                        self.ev(c, t_rf, "tp_refund", bid, "refund", refund_amount=box_order["amount"],
                                refund_reason=issue, 退款原因=REASONS[issue], **common)
                        box_order["status"] = "refunded"
                        box_order["refunded_at"] = ts(t_rf)
                        box_order["refund_reason"] = issue
                        box_order["退款原因"] = REASONS[issue]
                if rng.random() < 0.06:
                    self.fb(c, t_cp + D(hours=float(rng.uniform(1, 48))), [issue], "call_note", box=bid,
                            undated=rng.random() < 0.4, tp="tp_complaint")
        # flavour praise / price grumbles
        if not issue and rng.random() < (0.14 if st in ("s1_6m", "s2_8m") else 0.08):
            topics.append("tasty")
        if rng.random() < (0.06 if c["box"] == "family" else 0.02):
            topics.append("pricey")
        # rating in the app
        p_rate = 0.45 if issue else 0.13
        if rng.random() < p_rate:
            stars = float(pick([5, 4, 3, 2], [0.52, 0.32, 0.11, 0.05]))
            pen = {"thawed": 2.7, "allergen": 3.2, "wrong_stage": 1.8, "pricey": 0.8}
            for k in topics:
                stars -= pen.get(k, 0)
            if "tasty" in topics:
                stars = 5.0 if rng.random() < 0.8 else 4.0
            if c["city"] == "Beijing" and not issue and stars < 5 and rng.random() < 0.3:
                stars += 1
            stars = float(min(5, max(1, round(stars))))
            t_r = t_del + D(hours=float(rng.lognormal(np.log(20), 0.8)))
            self.ev(c, t_r, "tp_rate", bid, "rate", stars=stars, **common)
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_r, topics, "app_review", rating=stars, box=bid, gen=gen,
                    tp="tp_deliver" if "thawed" in topics else ("tp_complaint" if issue else "tp_rate"))
        # Xiaohongshu notes (social, some undated, no rating)
        if rng.random() < (0.10 if issue else 0.012):
            self.fb(c, t_del + D(hours=float(rng.uniform(2, 96))), topics or ["tasty"], "xiaohongshu",
                    undated=rng.random() < 0.35, no_customer=rng.random() < 0.25)
        # quarterly-ish NPS survey
        if rng.random() < 0.025:
            nps = int(np.clip(round(rng.normal(8.4 - 3.2 * bool(issue) - (0.5 if c["city"] == "Shenzhen" else 0), 1.5)),
                              0, 10))
            self.fb(c, t_del + D(days=2, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.5 else [],
                    "survey", nps=nps, box=bid, tp="tp_rate",
                    gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))

    def consult(self, c, t, bought):
        self.n_cs += 1
        sid = f"CS{self.n_cs:05d}"
        topic = pick(list(CONSULT_TOPICS), [0.3, 0.35 if c["allergy"] != "none" else 0.08, 0.2, 0.12, 0.15])
        st = stage_at(c, t)
        self.ev(c, t, "tp_consult_ask", sid, "ask", consult_topic=topic, 咨询主题=CONSULT_TOPICS[topic], baby_stage=st,
                宝宝月龄段=STAGES[st][0])
        weekend = t.weekday() >= 5
        night = t.hour >= 21 or t.hour < 8
        med = 105.0 if weekend else 16.0
        if night:
            med *= 2.5
        wait = float(rng.lognormal(np.log(med), 0.6))
        t_r = t + D(minutes=wait)
        nutritionist = pick(["N01", "N02", "N03", "N04", "N05"], [1, 1, 1, 1, 1] if not weekend else [1, 1, 0, 0, 0])
        self.ev(c, t_r, "tp_consult_reply", sid, "reply", consult_topic=topic, 咨询主题=CONSULT_TOPICS[topic],
                nutritionist_id=nutritionist)
        if wait > 90 and rng.random() < 0.25:
            self.fb(c, t_r + D(minutes=float(rng.uniform(5, 120))), ["consult_slow"], "app_review",
                    rating=float(pick([1, 2, 3], [0.3, 0.5, 0.2])), tp="tp_consult_reply")
        if not bought and rng.random() < (0.30 if wait < 60 else 0.12) * (1.3 if c["allergy"] != "none" else 1.0):
            t_b = t_r + D(hours=float(rng.uniform(0.2, 96)))
            pkg = pick(["single", "pack4", "pack12"], [0.35, 0.5, 0.15])
            amt = {"single": 99, "pack4": 299, "pack12": 799}[pkg]
            self.ev(c, t_b, "tp_consult_pkg", sid, "pay", amount=amt, consult_package=pkg)
            self.order(c, t_b, amt, "consult_package", consult_package=pkg,
                       咨询套餐={"single": "单次咨询", "pack4": "4次套餐", "pack12": "12次季卡"}[pkg])
            return True
        return bought

    def run(self):
        self.customers()
        for c in self.cust:
            self.life(c)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            b = c["boxes"]
            tier = "tree" if b >= 25 else "seedling" if b >= 8 else "sprout"
            if not c["paid"]:
                seg = "prospect"
            elif c["first_box"] >= datetime(2026, 5, 1):
                seg = "new"
            elif c["state"] == "graduated":
                seg = "graduated"
            elif c["state"] == "paused" or (c["last_box"] and c["last_box"] < SEGMENTS_END - D(days=35)):
                seg = "lapsed"
            else:
                seg = "active"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["signup"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier if c["paid"] else None,
                             会员等级={"tree": "大树会员", "seedling": "小苗会员", "sprout": "新芽会员"}[tier] if c["paid"] else None,
                             baby_birth_month=c["birth"].strftime("%Y-%m"),
                             baby_stage_at_signup=c["stage0"], 注册时月龄段=STAGES[c["stage0"]][0] if c["stage0"] else None,
                             allergy=c["allergy"] if c["signup"] else None,
                             过敏原=ALLERGY[c["allergy"]][0] if c["signup"] else None,
                             box_plan=c["box"] if c["paid"] else None, 盒型=BOXES[c["box"]][0] if c["paid"] else None,
                             parent_role=c["role"], 下单人=ROLES[c["role"]][0], phone_os=c["device"],
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "city", "城市", "box_size", "盒型", "baby_stage", "宝宝月龄段", "stage_shipped", "allergy", "过敏原",
           "jars", "courier", "配送商", "box_condition", "箱况", "arrival_temp_c", "issue_type", "问题类型",
           "refund_amount", "refund_reason", "退款原因", "consult_topic", "咨询主题", "nutritionist_id", "consult_package",
           "amount", "stars", "share_to", "pause_reason", "暂停原因"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型", "box_id",
            "city", "城市", "box_size", "盒型", "baby_stage", "宝宝月龄段", "snack", "零食", "consult_package", "咨询套餐",
            "coupon", "refunded_at", "refund_reason", "退款原因", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language", "box_id",
           "city", "城市", "allergy", "过敏原"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier", "会员等级",
             "baby_birth_month", "baby_stage_at_signup", "注册时月龄段", "allergy", "过敏原", "box_plan", "盒型",
             "parent_role", "下单人", "phone_os", "preferred_language"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customer_rows(), CUST_COLS)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup_idx = rng.choice(len(ev), size=18, replace=False)            # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics"])
    print(f"customers {len(g.cust)}, boxes {g.n_box}, consults {g.n_cs}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
