"""食舱 FoodPod: a shared / ghost kitchen operator (共享厨房) renting delivery-only kitchen stations (档口) to
restaurant brands at six sites in Shanghai, Hangzhou and Shenzhen.

A brand (the customer: a chain, an independent founder or a "virtual brand" of an existing restaurant) leaves a
leasing inquiry (招商咨询: Meituan BD referral, property broker, our website, Xiaohongshu, a tenant's referral, a
catering franchise expo), tours a site (实地看档), may run a paid trial week (试营业周, 1,980 CNY) in a spare
station, signs a lease (签约: station size S 8 m² / M 15 m² / L 25 m², 6 or 12 months, deposit, 5,000 CNY set-up fee),
moves in (进场), fits out and goes live on the delivery platforms (正式开业). Every trading day the platform
settlement gives one row per brand (外卖日结: orders, Meituan / Ele.me split, GMV, prep minutes). The brand gets a
monthly bill (月度账单: rent + utilities - credits, due in 10 days) and pays it, files maintenance tickets
(报修: exhaust hood 排烟, gas 燃气, cold room 冷库, electrical, plumbing / grease trap, pests, equipment → technician
dispatched → resolved), gets a renewal notice 45 days before the term ends and renews or moves out (退租).
Data 2024-09-01 .. 2026-07-31 (the extract was taken in August 2026); 90 tenants already in residence when the
extract starts have no inquiry / lease events before it.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics per comment; not a DATA.md table).
Deterministic (seed 20261211), Python + numpy, a few seconds. Planted patterns: README.md.
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
START, END = datetime(2024, 9, 1), datetime(2026, 7, 31, 23, 59, 59)
N_NEW = 2800                      # brands that inquire inside the extract
N_LEGACY = 90                     # tenants already in residence on 2024-09-01
FUTIAN_OPEN = datetime(2025, 9, 1)
FUTIAN_GAS = (datetime(2025, 9, 1), datetime(2026, 3, 1))     # gas hook-ups at the new site take weeks
EXHAUST = (datetime(2025, 7, 1), datetime(2025, 9, 1))        # Binjiang exhaust fans / ducts failing
COLD = (datetime(2026, 3, 9), datetime(2026, 3, 23))          # Hongqiao shared cold room compressor down
RENT_HIKE = datetime(2026, 1, 1)                              # Wujiaochang renewals +15 % from here
SPRING = [(datetime(2025, 1, 24), datetime(2025, 2, 6)), (datetime(2026, 2, 12), datetime(2026, 2, 25))]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_inquiry", "招商咨询", "Leasing inquiry", "awareness", "other", "digital", "leasing",
     "咨询|招商|留资|询价|线索|问档口|inquiry|lead|enquiry|leasing lead"),
    ("tp_tour", "实地看档", "Site tour", "consideration", "store", "physical", "leasing",
     "看档|看场地|参观|带看|踩点|tour|site visit|viewing|walkthrough"),
    ("tp_trial_start", "试营业开始", "Trial week start", "consideration", "store", "physical", "leasing",
     "试营业|试跑|试营业周|试用档口|trial|trial week|test run|pilot week"),
    ("tp_trial_end", "试营业结束", "Trial week end", "consideration", "store", "physical", "leasing",
     "试营业结束|试跑结果|试营业复盘|trial end|trial result|trial review"),
    ("tp_lease_signed", "签约", "Lease signed", "purchase", "store", "physical", "leasing",
     "签约|签合同|租约|下定|成交|lease|lease signed|contract|signing|deal"),
    ("tp_move_in", "进场入驻", "Move-in", "purchase", "store", "physical", "operations",
     "进场|入驻|装修|设备进场|交房|move-in|moving in|fit-out|handover"),
    ("tp_go_live", "正式开业", "Go-live", "service", "other", "digital", "operations",
     "开业|上线|开张|营业|出第一单|go-live|launch|opening|first order day"),
    ("tp_delivery_day", "外卖日结", "Daily delivery settlement", "service", "other", "digital", "operations",
     "外卖|外卖单|出单|单量|日结|流水|美团|饿了么|delivery orders|orders|daily orders|GMV|settlement"),
    ("tp_invoice", "月度账单", "Monthly bill issued", "service", "app", "digital", "finance",
     "账单|出账|月租|租金账单|催缴|invoice|bill|monthly bill|rent invoice"),
    ("tp_payment", "账单付款", "Bill paid", "service", "app", "digital", "finance",
     "付款|缴费|交租|回款|到账|payment|paid|pay rent|collection"),
    ("tp_ticket_open", "报修", "Maintenance ticket opened", "service", "app", "digital", "facilities",
     "报修|工单|维修申请|坏了|故障|maintenance ticket|repair request|work order|breakdown"),
    ("tp_ticket_dispatch", "维修派单", "Technician dispatched", "service", "store", "physical", "facilities",
     "派单|师傅上门|接单|到场维修|dispatch|technician assigned|on site"),
    ("tp_ticket_resolved", "维修完成", "Ticket resolved", "service", "store", "physical", "facilities",
     "修好|维修完成|结单|关单|resolved|fixed|closed ticket|repair done"),
    ("tp_renewal_notice", "续约提醒", "Renewal notice", "loyalty", "email", "digital", "leasing",
     "续约提醒|到期提醒|续租通知|renewal notice|lease expiry reminder|renewal offer"),
    ("tp_renewal", "续约签署", "Lease renewed", "loyalty", "store", "physical", "leasing",
     "续约|续租|续签|renewal|renewed|extend lease"),
    ("tp_churn", "退租", "Move-out", "loyalty", "store", "physical", "leasing",
     "退租|撤场|搬走|不续了|解约|流失|move-out|churn|terminated|left"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("leasing", "招商签约", "Leasing", ["tp_inquiry", "tp_tour", "tp_trial_start", "tp_lease_signed"], 60),
    ("onboarding", "入驻开业", "Onboarding", ["tp_lease_signed", "tp_move_in", "tp_go_live"], 45),
    ("maintenance", "报修处理", "Maintenance", ["tp_ticket_open", "tp_ticket_dispatch", "tp_ticket_resolved"], 7),
    ("billing", "账单回款", "Billing", ["tp_invoice", "tp_payment"], 30),
    ("renewal", "续约", "Renewal", ["tp_renewal_notice", "tp_renewal"], 60),
]
SITES = [  # id, city, zh, en, opened, weight within city, site rent factor, delivery factor, weekend factor
    ("HQ", "Shanghai", "上海虹桥站", "Shanghai Hongqiao", None, 0.62, 1.20, 1.10, 0.85),
    ("WJC", "Shanghai", "上海五角场站", "Shanghai Wujiaochang", None, 0.38, 1.10, 1.00, 1.10),
    ("BJ", "Hangzhou", "杭州滨江站", "Hangzhou Binjiang", None, 0.55, 0.90, 1.02, 0.80),
    ("CX", "Hangzhou", "杭州城西站", "Hangzhou Chengxi", None, 0.45, 0.85, 0.92, 1.10),
    ("KJY", "Shenzhen", "深圳科技园站", "Shenzhen Tech Park", None, 0.55, 1.05, 1.38, 0.75),
    ("FT", "Shenzhen", "深圳福田站", "Shenzhen Futian", FUTIAN_OPEN, 0.45, 1.00, 0.98, 1.00),
]
SITE = {s[0]: s for s in SITES}
CITIES = {"Shanghai": ("上海", 0.42), "Hangzhou": ("杭州", 0.28), "Shenzhen": ("深圳", 0.30)}
SOURCES = {  # en: zh, weight, p(tour), p(trial | tour), channel of the inquiry
    "meituan_bd": ("美团BD推荐", 0.20, 0.80, 0.44, "phone"),
    "broker": ("商铺中介", 0.16, 0.84, 0.19, "phone"),
    "website": ("官网留资", 0.20, 0.62, 0.33, "web"),
    "xiaohongshu": ("小红书", 0.18, 0.55, 0.12, "social"),
    "tenant_referral": ("老租户推荐", 0.12, 0.88, 0.58, "other"),
    "expo": ("餐饮加盟展", 0.14, 0.66, 0.30, "other"),
}
CUISINES = {  # en: zh, weight, base daily orders, avg order value, p(sign | trial), seasonal kind
    "sichuan_hunan": ("川湘小炒", 0.17, 62, 42, 0.72, "hot"),
    "fried_chicken": ("炸鸡汉堡", 0.13, 88, 38, 0.74, "flat"),
    "rice_bowl": ("米饭快餐", 0.15, 80, 30, 0.76, "flat"),
    "noodles": ("粉面", 0.12, 66, 28, 0.72, "hot"),
    "tea_drinks": ("奶茶饮品", 0.13, 70, 24, 0.36, "cold"),
    "salad": ("轻食沙拉", 0.08, 40, 36, 0.62, "cold"),
    "japanese": ("日料", 0.07, 42, 66, 0.66, "flat"),
    "bbq": ("烧烤夜宵", 0.08, 48, 78, 0.68, "bbq"),
    "western": ("西式简餐", 0.07, 45, 52, 0.66, "flat"),
}
BTYPES = {"chain": ("连锁品牌", 0.24), "independent": ("个体创业", 0.56), "virtual": ("虚拟品牌", 0.20)}
SIZES = {"S": ("小档口(8㎡)", 6800), "M": ("标准档口(15㎡)", 11800), "L": ("大档口(25㎡)", 18800)}
TICKET = {  # en: zh, base weight, median hours to resolve after dispatch, urgent
    "exhaust": ("排烟系统", 0.13, 4.0, False), "gas": ("燃气", 0.08, 2.5, True),
    "refrigeration": ("冷库冰箱", 0.15, 3.5, True), "electrical": ("电路", 0.20, 2.5, False),
    "plumbing": ("下水隔油池", 0.22, 3.0, False), "pest": ("虫害", 0.10, 5.0, False),
    "equipment": ("厨房设备", 0.12, 4.5, False)}
CHURN_R = {"rent_increase": "租金上涨", "low_orders": "单量不足", "facility_issues": "设施问题",
           "own_store": "自开门店", "brand_closed": "品牌停业", "cancelled_before_opening": "开业前解约",
           "other": "其他"}
OTYPE_ZH = {"rent": "月租账单", "trial_fee": "试营业费", "setup_fee": "入驻服务费"}
CH_ZH = {"tour_form": "看档反馈表", "ticket_rating": "工单评价", "survey": "租户满意度调研", "wechat_group": "租户群",
         "exit_interview": "退租访谈"}
VENDORS = {"in_house": "自有工程部", "vendor": "外包维修商"}

PRE = [("老王", "Lao Wang"), ("小蜀", "Little Shu"), ("阿婆", "Granny's"), ("大叔", "Uncle's"), ("一碗", "One Bowl"),
       ("饭研", "Rice Lab"), ("好食", "Good Eats"), ("街角", "Corner"), ("夜猫", "Night Owl"), ("三分", "Sanfen"),
       ("青禾", "Green Grain"), ("麦田", "Wheatfield"), ("火山", "Volcano"), ("云朵", "Cloud"), ("金牌", "Gold Medal"),
       ("橙心", "Orange Heart"), ("半山", "Halfway Hill"), ("南门", "South Gate"), ("东北", "Dongbei"),
       ("湘当", "Xiangdang"), ("蜀道", "Shudao"), ("巷子", "Alley"), ("阿飞", "Ah Fei"), ("胖哥", "Fat Bro"),
       ("小满", "Xiaoman"), ("晚风", "Evening Breeze"), ("拾味", "Shiwei"), ("有间", "Youjian"), ("熊猫", "Panda"),
       ("大口", "Big Bite"), ("一品", "Yipin"), ("鲜道", "Fresh Way"), ("森林", "Forest"), ("饭点", "Mealtime"),
       ("食分", "Shifen"), ("陈记", "Chen's"), ("李姐", "Sister Li"), ("码头", "Wharf"), ("星河", "Galaxy"),
       ("野火", "Wildfire"), ("福满", "Fuman"), ("烟火", "Yanhuo"), ("味道", "Weidao"), ("阿牛", "Ah Niu"),
       ("初见", "Chujian"), ("稻香", "Rice Fragrance"), ("辣妹", "Spice Girl"), ("白鹭", "Egret"), ("桥头", "Bridgehead"),
       ("好运", "Lucky"), ("大胃", "Big Belly"), ("江南", "Jiangnan"), ("岭南", "Lingnan"), ("西北", "Northwest"),
       ("口口", "Koukou"), ("悦食", "Yueshi"), ("元气", "Genki"), ("山野", "Wild Hills"), ("海盐", "Sea Salt"),
       ("暖胃", "Warm Belly")]
NOUN = {
    "sichuan_hunan": [("小炒", "Stir-fry"), ("川菜", "Sichuan"), ("湘菜馆", "Hunan House"), ("辣子鸡", "Spicy Chicken")],
    "fried_chicken": [("炸鸡", "Fried Chicken"), ("汉堡", "Burgers"), ("鸡排", "Chicken Cutlet"), ("鸡翅", "Wings")],
    "rice_bowl": [("盖饭", "Rice Bowls"), ("卤肉饭", "Braised Pork Rice"), ("煲仔饭", "Claypot Rice"),
                  ("便当", "Bento")],
    "noodles": [("牛肉面", "Beef Noodles"), ("米粉", "Rice Noodles"), ("拌面", "Mixed Noodles"), ("螺蛳粉", "Luosifen")],
    "tea_drinks": [("奶茶", "Milk Tea"), ("鲜果茶", "Fruit Tea"), ("咖啡", "Coffee"), ("柠檬茶", "Lemon Tea")],
    "salad": [("轻食", "Light Meals"), ("沙拉", "Salads"), ("能量碗", "Power Bowls")],
    "japanese": [("寿司", "Sushi"), ("日式丼", "Donburi"), ("拉面", "Ramen")],
    "bbq": [("烧烤", "BBQ"), ("串串", "Skewers"), ("小龙虾", "Crayfish")],
    "western": [("意面", "Pasta"), ("披萨", "Pizza"), ("牛排饭", "Steak Rice"), ("三明治", "Sandwiches")],
}
SUF = [("", ""), ("研究所", " Lab"), ("小馆", " Bistro"), ("工坊", " Workshop"), ("食堂", " Canteen")]
STAR = ("炸鸡研究所", "Crispy Lab")          # a chain's fried-chicken brand at Tech Park, by far the busiest kitchen

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "smoke": (["排烟不行，后厨全是油烟", "排烟罩一直坏，呛得师傅受不了", "油烟排不出去，厨房跟桑拿一样"],
              ["the exhaust hood keeps failing", "smoke everywhere, the exhaust can't cope",
               "exhaust fan broke again and the kitchen filled with smoke"]),
    "gas": (["燃气一直没开通，没法开火", "等燃气验收等了快三周", "燃气开通太慢，白交了半个月租金"],
            ["the gas still isn't connected", "we waited weeks for the gas hook-up",
             "gas connection took forever, paying rent with no fire"]),
    "cold": (["冷库坏了，一冷库的货全废了", "冷库温度上不去，食材都坏了", "冷库停了两天，损失好几千"],
             ["the cold room went down and we lost our stock", "cold room was warm for two days, food spoiled",
              "shared cold room failure cost us thousands"]),
    "rent_hike": (["续约涨租15%，实在扛不住", "涨租太狠了，利润全给房租了", "一续约就涨租，不厚道"],
                  ["a 15% rent increase at renewal is too much", "the rent hike kills our margin",
                   "rent increase on renewal, not fair"]),
    "pricey": (["租金偏贵，比周边档口高", "档口太贵了", "价格太贵，回本慢"],
               ["too expensive for the size", "station rent is expensive", "expensive compared with nearby kitchens"]),
    "slow_fix": (["报修两天了还没人管，修得太慢", "维修太慢，耽误出餐", "修得太慢了，等了一整天"],
                 ["maintenance was slow to fix it", "took two days to fix, far too slow",
                  "repairs are slow to fix anything"]),
    "fast_fix": (["师傅来得快，半小时就修好了", "维修师傅来得快，很专业"],
                 ["technician came fast and fixed it quickly", "fixed quickly, great service"]),
    "pickup": (["午高峰取餐区太乱，骑手找不到档口", "取餐口挤满骑手，经常拿错单", "骑手取餐排长队，超时被扣钱"],
               ["the rider pickup area is chaos at lunch", "riders can't find our counter at pickup",
                "pickup queue is so long our orders run late"]),
    "pests": (["后厨有蟑螂", "晚上看到老鼠了", "蟑螂太多，消杀不到位"],
              ["saw cockroaches in the shared corridor", "pests at night, please fix", "cockroaches again"]),
    "manager": (["驻场经理很负责，有事秒回", "驻场经理帮我们对接平台活动，很给力", "驻场经理人特别好"],
                ["the site manager is super helpful", "our site manager sorted everything in a day",
                 "great site manager, always responsive"]),
    "clean": (["场地很干净", "公共区域干净整洁", "后厨通道打扫得很干净"],
              ["spotless kitchen corridors", "the site is spotless", "spotless shared areas"]),
    "location": (["位置好，周边写字楼多", "配送范围覆盖很好，位置好"],
                 ["great location for lunch orders", "great location, lots of offices nearby"]),
    "low_orders": (["单量太少，撑不住租金", "试了几个月单量太少", "单量太少，平台流量给得不够"],
                   ["not enough orders to cover rent", "we just had not enough orders",
                    "not enough orders after months of trying"]),
}
GEN = {
    "pos": (["整体满意", "会推荐给朋友", "性价比不错", "挺好的"], ["overall happy", "would recommend",
                                                        "good value", "pretty good"]),
    "neu": (["还行", "一般", "中规中矩"], ["it's ok", "average", "nothing special"]),
    "neg": (["很失望", "体验很差", "考虑换地方"], ["very disappointed", "poor experience", "thinking of moving"]),
}
NEG_TOPICS = {"smoke", "gas", "cold", "rent_hike", "pricey", "slow_fix", "pickup", "pests", "low_orders"}
POS_TOPICS = {"fast_fix", "manager", "clean", "location"}
TOPIC_TP = [("gas", "tp_go_live"), ("rent_hike", "tp_renewal_notice"), ("low_orders", "tp_delivery_day"),
            ("pickup", "tp_delivery_day"), ("slow_fix", "tp_ticket_resolved"), ("fast_fix", "tp_ticket_resolved"),
            ("smoke", "tp_ticket_open"), ("cold", "tp_ticket_open"), ("pests", "tp_ticket_open"),
            ("pricey", "tp_tour"), ("clean", "tp_tour"), ("location", "tp_tour"), ("manager", "tp_move_in")]


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, w):
    w = np.asarray(w, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def office(d: datetime, lo=9.5, hi=18.5) -> datetime:
    return datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(lo, hi)))


def add_months(d: datetime, m: int) -> datetime:
    y, mo = d.year + (d.month - 1 + m) // 12, (d.month - 1 + m) % 12 + 1
    day = min(d.day, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1])
    return datetime(y, mo, day, d.hour, d.minute, d.second)


def open_sites(city, t):
    return [s for s in SITES if s[1] == city and (s[4] is None or s[4] <= t)]


def site_cols(st):
    return dict(site_id=st[0], site=st[2], site_en=st[3], site_city=st[1], 站点城市=CITIES[st[1]][0])


def season(kind: str, d: datetime) -> float:
    m = d.month
    f = 1.0
    if kind == "cold":
        f = 1.35 if m in (6, 7, 8) else (0.72 if m in (12, 1, 2) else 1.0)
    elif kind == "hot":
        f = 0.92 if m in (6, 7, 8) else (1.12 if m in (12, 1, 2) else 1.0)
    elif kind == "bbq":
        f = 1.25 if m in (5, 6, 7, 8, 9) else 0.9
    for a, b in SPRING:
        if a <= d < b:
            f *= 0.45
    return f


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_fb = self.n_lead = self.n_lease = self.n_inv = self.n_wo = 0
        self.used_names = set()

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, common=None, digital=False, **kw):
        if t > END or t < START:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"] if digital else None,
                   channel="app" if digital else "store")
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, oid, t, amount, otype, common, status="paid", **kw):
        if t > END or t < START:
            return None
        row = dict(order_id=oid, customer_id=c["customer_id"], ts=ts(t), amount=round(float(amount), 2),
                   status=status, channel="tenant_app", order_type=otype, 账单类型=OTYPE_ZH[otype])
        for k in ("site_id", "site", "site_en", "site_city", "站点城市", "station_size", "档口规格", "lease_id"):
            if k in common:
                row[k] = common[k]
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, common=None, undated=False, gen=None,
           no_customer=False, sid=None, tp=None, category=None):
        if t > END or t < START:
            return
        self.n_fb += 1
        fid = f"FK{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        if lang == "en":
            parts = [x[0].upper() + x[1:] for x in parts]
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        tp = tp or next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_delivery_day")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   渠道=CH_ZH[channel], rating=rating, nps=nps, language=lang, ref_id=sid,
                   brand=None if no_customer else c["brand"], brand_en=None if no_customer else c["brand_en"],
                   ticket_category=category, 工单类别=TICKET[category][0] if category else None)
        if common:
            for k in ("site_id", "site", "site_en", "site_city", "站点城市"):
                row[k] = common.get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=gen))

    # ---------- brands ----------
    def name(self, cuisine):
        for _ in range(200):
            p = PRE[int(rng.integers(len(PRE)))]
            n = NOUN[cuisine][int(rng.integers(len(NOUN[cuisine])))]
            s = SUF[int(rng.choice(len(SUF), p=[0.5, 0.12, 0.14, 0.12, 0.12]))]
            zh, en = p[0] + n[0] + s[0], f"{p[1]} {n[1]}{s[1]}"
            if zh not in self.used_names and zh != STAR[0]:
                self.used_names.add(zh)
                return zh, en
        raise RuntimeError("names exhausted")

    def brand(self, i, t, legacy=False):
        city = pick(list(CITIES), [v[1] for v in CITIES.values()])
        sites = open_sites(city, t if not legacy else START)
        if city == "Shenzhen" and t >= FUTIAN_OPEN and not legacy:
            site = pick(sites, [0.30, 0.70] if t < datetime(2026, 3, 1) else [0.5, 0.5])   # opening promo
        else:
            site = pick(sites, [s[5] for s in sites])
        cuisine = pick(list(CUISINES), [v[1] for v in CUISINES.values()])
        btype = pick(list(BTYPES), [v[1] for v in BTYPES.values()] if not legacy else [0.4, 0.45, 0.15])
        size = pick(["S", "M", "L"], {"chain": [0.15, 0.50, 0.35], "independent": [0.55, 0.38, 0.07],
                                     "virtual": [0.45, 0.45, 0.10]}[btype])
        src = pick(list(SOURCES), [v[1] for v in SOURCES.values()])
        zh, en = self.name(cuisine)
        en_share = {"Shanghai": 0.30, "Hangzhou": 0.10, "Shenzhen": 0.22}[city]
        if cuisine in ("western", "japanese"):
            en_share = min(0.8, en_share * 2.2)
        q = float(np.clip(rng.lognormal(0, 0.33), 0.35, 2.1))
        return dict(customer_id=f"B{i:05d}", brand=zh, brand_en=en, city=city, site=site[0], cuisine=cuisine,
                    btype=btype, size=size, source=src, en_share=en_share, quality=q, inquiry=t,
                    device=pick(["ios", "android", "pc"], [0.42, 0.33, 0.25]), seg="prospect", lease_start=None,
                    renewals=0, legacy=legacy, status_end=None)

    # ---------- leasing funnel ----------
    def lead(self, c):
        self.n_lead += 1
        lid = f"LD{self.n_lead:05d}"
        s = SOURCES[c["source"]]
        st = SITE[c["site"]]
        common = dict(site_cols(st), station_size=c["size"], 档口规格=SIZES[c["size"]][0], cuisine=c["cuisine"],
                      菜系=CUISINES[c["cuisine"]][0])
        t = c["inquiry"]
        self.ev(c, t, "tp_inquiry", lid, "submit", common, lead_source=c["source"], 线索来源=s[0])
        self.events[-1]["channel"] = s[4]
        if rng.random() > s[2]:
            return
        t = office(t + D(days=float(rng.exponential(4.0) + 0.6)))
        if not self.ev(c, t, "tp_tour", lid, "visited", common):
            return
        c["seg"] = "toured"
        exhaust = st[0] == "BJ" and EXHAUST[0] <= t < EXHAUST[1]
        if rng.random() < 0.32:
            topics = []
            if exhaust and rng.random() < 0.6:
                topics.append("smoke")
            if rng.random() < 0.22:
                topics.append("pricey")
            if rng.random() < 0.25 and not topics:
                topics.append("clean")
            if rng.random() < 0.15:
                topics.append("location")
            neg = bool(set(topics) & NEG_TOPICS)
            stars = float(np.clip(round(rng.normal(2.3 if neg else 4.2, 0.8)), 1, 5))
            paper = rng.random() < 0.45
            self.fb(c, t + D(hours=float(rng.uniform(0.2, 3))), topics, "tour_form", rating=stars, common=common,
                    undated=paper, no_customer=paper and rng.random() < 0.3, sid=lid, tp="tp_tour",
                    gen="neg" if stars <= 2 else ("neu" if stars == 3 else "pos"))
        p_trial = s[3] * (0.45 if exhaust else 1.0) * (1.15 if c["btype"] == "chain" else 1.0)
        if rng.random() > p_trial:
            return
        t = office(t + D(days=float(rng.uniform(3, 16))), 8, 10)
        exhaust = st[0] == "BJ" and EXHAUST[0] <= t < EXHAUST[1]
        if not self.ev(c, t, "tp_trial_start", lid, "started", common, trial_fee=1980):
            return
        c["seg"] = "trial_only"
        fee = self.order(c, f"TF{lid[2:]}", t, 1980, "trial_fee", common)
        k = CUISINES[c["cuisine"]]
        daily = k[2] * c["quality"] * SITE[c["site"]][7] * season(k[5], t) * 0.55 * (0.7 if exhaust else 1.0)
        tord = int(rng.poisson(max(1.0, daily * 7)))
        t_end = t + D(days=7, hours=float(rng.uniform(10, 13)))
        if not self.ev(c, t_end, "tp_trial_end", lid, "completed", common, trial_orders=tord,
                       trial_gmv=round(tord * k[3] * float(rng.uniform(0.9, 1.1)), 0)):
            return
        if exhaust and fee is not None and rng.random() < 0.6:
            fee["status"] = "refunded"
            fee["refunded_at"] = ts(t_end + D(days=2))
        p_sign = k[4] * (0.45 if exhaust else 1.0) * (1.1 if c["btype"] == "chain" else 1.0)
        p_sign *= 0.75 if tord < 7 * 25 else 1.0
        if rng.random() > min(0.95, p_sign):
            return
        late = rng.random() < 0.05
        t_sign = office(t_end + D(days=float(rng.uniform(35, 60) if late else rng.uniform(0.5, 9))))
        if t_sign > END:
            return
        self.lease(c, t_sign, lid)

    # ---------- lease and tenancy ----------
    def rent_of(self, c):
        return round(SIZES[c["size"]][1] * SITE[c["site"]][6] / 100) * 100

    def lease(self, c, t_sign, lid=None, legacy_start=None):
        self.n_lease += 1
        lease = f"LS{self.n_lease:05d}"
        st = SITE[c["site"]]
        rent = self.rent_of(c)
        term = 6 if (c["size"] == "S" and rng.random() < 0.45) else 12
        common = dict(site_cols(st), station_size=c["size"], 档口规格=SIZES[c["size"]][0], lease_id=lease,
                      station_no=f"{st[0]}-{int(rng.integers(1, 40)):02d}", cuisine=c["cuisine"],
                      菜系=CUISINES[c["cuisine"]][0])
        c["common"] = common
        if legacy_start is None:
            self.ev(c, t_sign, "tp_lease_signed", lease, "signed", common, term_months=term, monthly_rent=rent,
                    deposit=2 * rent, lead_id=lid)
            self.order(c, f"SF{lease[2:]}", t_sign, 5000, "setup_fee", common)
            c["seg"] = "signed"
            if rng.random() < 0.03:                  # backed out before moving in: deposit forfeited
                self.cancel_before_opening(c, t_sign + D(days=float(rng.uniform(5, 20))), lease, common, start=None)
                return
            t_in = office(t_sign + D(days=float(rng.uniform(2, 12))), 9, 12)
            if not self.ev(c, t_in, "tp_move_in", lease, "moved_in", common):
                return
            c["lease_start"] = t_in
            gas = st[0] == "FT" and FUTIAN_GAS[0] <= t_in < FUTIAN_GAS[1]
            fit = float(rng.lognormal(np.log(17.0 if gas else 5.0), 0.28 if gas else 0.4))
            t_live = office(t_in + D(days=fit), 10, 11)
            if rng.random() < (0.18 if gas else 0.035):   # gave up during fit-out
                self.cancel_before_opening(c, t_in + D(days=fit * float(rng.uniform(0.5, 0.9))), lease, common,
                                           start=t_in)
                if gas and rng.random() < 0.7:
                    self.fb(c, t_in + D(days=float(rng.uniform(4, 8))), ["gas"], "exit_interview", common=common,
                            sid=lease, tp="tp_go_live")
                return
            if gas and rng.random() < 0.75:
                self.fb(c, t_in + D(days=float(rng.uniform(6, fit))), ["gas"],
                        pick(["wechat_group", "survey"], [0.8, 0.2]), common=common, sid=lease, tp="tp_go_live")
            if rng.random() < (0.5 if st[0] == "CX" else 0.06):
                self.fb(c, t_in + D(days=float(rng.uniform(1, 5))), ["manager"], "wechat_group", common=common,
                        sid=lease, tp="tp_move_in")
            if not self.ev(c, t_live, "tp_go_live", lease, "live", common, fitout_days=round(fit, 1),
                           gas_connected=True):
                return
            start = t_in
        else:
            start = legacy_start
            t_live = legacy_start + D(days=6)
        c["lease_start"] = start
        c["seg"] = "active"
        self.tenancy(c, lease, start, t_live, term, rent)

    def cancel_before_opening(self, c, t, lease, common, start):
        t = office(t)
        if self.ev(c, t, "tp_churn", lease, "cancelled", common, churn_reason="cancelled_before_opening",
                   退租原因=CHURN_R["cancelled_before_opening"], early_termination=True, months_in_residence=
                   round((t - start).days / 30.4, 1) if start else 0.0, deposit_forfeited=True):
            c["seg"] = "churned"

    def tenancy(self, c, lease, start, t_live, term, rent):
        common = c["common"]
        st = SITE[c["site"]]
        k = CUISINES[c["cuisine"]]
        q = c["quality"] * (2.8 if c["brand"] == STAR[0] else 1.0)
        size_f = {"S": 0.8, "M": 1.0, "L": 1.3}[c["size"]] * (1.25 if c["btype"] == "chain" else 1.0)
        # --- trading days (buffered to END; cut at the move-out date below)
        t = datetime(t_live.year, t_live.month, t_live.day)
        days = []
        month_orders, month_days, months_live = 0, 0, 0
        cur_month = (t.year, t.month)
        daily_by_month = {}
        early_at = None
        while t <= END:
            if (t.year, t.month) != cur_month:
                avgm = month_orders / max(1, month_days)
                daily_by_month[cur_month] = avgm
                months_live += 1
                if early_at is None and months_live >= 4 and avgm < 24 and t >= START + D(days=20) and rng.random() < 0.25:
                    early_at = office(t + D(days=float(rng.uniform(3, 25))))
                cur_month, month_orders, month_days = (t.year, t.month), 0, 0
            closed = rng.random() < 0.06
            for a, b in SPRING:
                if a <= t < b and rng.random() < 0.45:
                    closed = True
            if not closed:
                ramp = min(1.0, 0.55 + 0.45 * (t - t_live).days / 45)
                wk = st[8] if t.weekday() >= 5 else 1.0
                f = k[2] * q * st[7] * size_f * ramp * wk * season(k[5], t) * (1 + 0.18 * (t - START).days / 700)
                if st[0] == "BJ" and EXHAUST[0] <= t < EXHAUST[1]:
                    f *= 0.8
                if st[0] == "HQ" and COLD[0] <= t < COLD[1]:
                    f *= 0.7
                n = int(rng.poisson(max(0.5, f)))
                month_orders += n
                month_days += 1
                if t >= START:
                    days.append((t, n))
            t += D(days=1)
        c["daily"] = daily_by_month
        # --- lease terms, renewals and the move-out date
        term_end = add_months(start, term)
        end_at, reason, early = None, None, False
        cur_rent = rent
        terms = []                                      # (from, to, rent)
        t0 = start
        avg = k[2] * q * st[7] * size_f
        while True:
            notice = office(term_end - D(days=45))
            hike = st[0] == "WJC" and notice >= RENT_HIKE
            new_rent = round(cur_rent * (1.15 if hike else 1.03) / 100) * 100
            terms.append((t0, term_end, cur_rent))
            if notice > END or (early_at and early_at <= notice):
                break
            p = {"S": 0.52, "M": 0.76, "L": 0.88}[c["size"]] * (1.06 if c["btype"] == "chain" else 1.0)
            if avg < 40:
                p *= 0.6
            facility = st[0] == "BJ" and datetime(2025, 7, 15) <= notice < datetime(2026, 1, 1)
            if facility:
                p *= 0.5
            if hike:
                p *= 0.2
            self.ev(c, notice, "tp_renewal_notice", lease, "sent", common, current_rent=cur_rent,
                    proposed_rent=new_rent, rent_change_pct=round(new_rent / cur_rent - 1, 3))
            self.events[-1]["channel"] = "email"
            if rng.random() < min(0.97, p):
                t_r = office(notice + D(days=float(rng.uniform(4, 40))))
                if early_at and early_at <= t_r:
                    break
                self.ev(c, t_r, "tp_renewal", lease, "renewed", common, term_months=12, monthly_rent=new_rent,
                        rent_change_pct=round(new_rent / cur_rent - 1, 3))
                if t_r <= END:
                    c["renewals"] += 1
                if hike and rng.random() < 0.35:
                    self.fb(c, notice + D(days=float(rng.uniform(1, 10))), ["rent_hike"],
                            pick(["wechat_group", "survey"], [0.6, 0.4]), common=common, sid=lease,
                            tp="tp_renewal_notice")
                cur_rent = new_rent
                t0, term_end = term_end, add_months(term_end, 12)
                continue
            end_at = term_end
            if hike and rng.random() < 0.9:
                reason = "rent_increase"
            elif facility and rng.random() < 0.7:
                reason = "facility_issues"
            elif avg < 40 and rng.random() < 0.7:
                reason = "low_orders"
            else:
                reason = pick(["own_store", "brand_closed", "low_orders", "rent_increase", "other"],
                              [0.22, 0.2, 0.35, 0.08, 0.15])
            if hike and reason == "rent_increase" and rng.random() < 0.5:
                self.fb(c, notice + D(days=float(rng.uniform(1, 10))), ["rent_hike"],
                        pick(["wechat_group", "survey"], [0.6, 0.4]), common=common, sid=lease,
                        tp="tp_renewal_notice")
            break
        if early_at and (end_at is None or early_at < end_at):
            end_at, reason, early = early_at, "low_orders", True
        stop = min(END, end_at) if end_at else END
        for t, n in days:
            if t >= stop:
                break
            mt = int(rng.binomial(n, 0.64)) if n else 0
            el = int(rng.binomial(n - mt, 0.85)) if n - mt else 0
            aov = k[3] * float(rng.uniform(0.92, 1.08))
            prep = float(rng.lognormal(np.log(11 + (5 if c["cuisine"] in ("bbq", "sichuan_hunan") else 0)), 0.15))
            self.ev(c, t + D(hours=23, minutes=float(rng.uniform(30, 59))), "tp_delivery_day", lease, "settled",
                    common, orders=n, meituan_orders=mt, eleme_orders=el, other_orders=n - mt - el,
                    gmv=round(n * aov, 2), avg_prep_minutes=round(prep, 1))
            self.events[-1]["channel"] = "other"
            if st[0] == "KJY" and t.weekday() < 5 and rng.random() < 0.004:
                self.fb(c, t + D(hours=float(rng.uniform(12.5, 14))), ["pickup"], "wechat_group", common=common,
                        sid=lease, tp="tp_delivery_day")
            elif rng.random() < 0.0004:
                self.fb(c, t + D(hours=float(rng.uniform(12.5, 14))), ["pickup"], "wechat_group", common=common,
                        sid=lease, tp="tp_delivery_day")
        # --- monthly bills
        m = datetime(start.year, start.month, 1)
        first = True
        while True:
            if first:
                issue = office(start, 10, 12)
                frac = (add_months(m, 1) - datetime(start.year, start.month, start.day)).days / \
                    (add_months(m, 1) - m).days
            else:
                issue = m + D(hours=9, minutes=float(rng.uniform(0, 30)))
                frac = 1.0
            if end_at and issue >= end_at:
                break
            if issue > END:
                break
            r = next((x[2] for x in terms if x[0] <= issue < x[1]), terms[-1][2])
            prev = daily_by_month.get(((m - D(days=1)).year, (m - D(days=1)).month), 50)
            util = round(600 * {"S": 1, "M": 1.5, "L": 2.2}[c["size"]] + 9 * prev, 0) * frac
            credit = 0.0
            if st[0] == "HQ" and (m.year, m.month) == (2026, 4) and start < COLD[0]:
                credit = round(0.2 * r, 0)
            amount = round(r * frac + util - credit, 0)
            if issue >= START:
                self.n_inv += 1
                iid = f"INV{self.n_inv:06d}"
                bm = f"{m.year}-{m.month:02d}"
                self.ev(c, issue, "tp_invoice", iid, "issued", common, billing_month=bm, invoice_amount=amount,
                        rent=round(r * frac, 0), utilities=util, credit=credit or None,
                        due_date=(issue + D(days=10)).strftime("%Y-%m-%d"))
                self.events[-1]["channel"] = "app"
                if c["btype"] == "chain":
                    d = float(rng.lognormal(np.log(3.5), 0.5))
                elif c["btype"] == "virtual":
                    d = float(rng.lognormal(np.log(5.5), 0.5))
                else:
                    d = float(rng.lognormal(np.log(17), 0.35)) if rng.random() < 0.34 else \
                        float(rng.lognormal(np.log(6), 0.45))
                if (m.year, m.month) == (2026, 2):
                    d += float(rng.uniform(3, 9))           # Spring Festival: finance away
                if end_at and issue + D(days=40) > end_at and c["btype"] == "independent" and rng.random() < 0.4:
                    d = 999.0                                # left without paying the last bill
                paid_at = issue + D(days=d)
                status = "paid" if paid_at <= END else "unpaid"
                due = datetime(issue.year, issue.month, issue.day) + D(days=10)
                late_days = max(0, (datetime(paid_at.year, paid_at.month, paid_at.day) - due).days)
                self.order(c, iid, issue, amount, "rent", common, status=status, billing_month=bm,
                           rent=round(r * frac, 0), utilities=util, credit=credit or None,
                           due_date=(issue + D(days=10)).strftime("%Y-%m-%d"),
                           paid_at=ts(paid_at) if status == "paid" else None,
                           days_late=late_days if status == "paid" else None)
                if status == "paid":
                    self.ev(c, paid_at, "tp_payment", iid, "paid", common, digital=True, billing_month=bm,
                            paid_amount=amount, days_late=late_days,
                            payment_method=pick(["bank_transfer", "wechat_pay", "alipay"], [0.5, 0.3, 0.2]))
            first = False
            m = add_months(m, 1)
        # --- maintenance tickets
        t = max(start, START)
        stop = min(END, end_at) if end_at else END
        while True:
            rate = 0.55 / 30.0
            if st[0] == "BJ" and EXHAUST[0] <= t < EXHAUST[1]:
                rate = 2.4 / 30.0
            if st[0] == "HQ" and COLD[0] - D(days=3) <= t < COLD[1]:
                rate = 1.6 / 30.0
            t += D(days=float(rng.exponential(1 / rate)))
            if t >= stop:
                break
            t_o = office(t, 8, 21)
            w = {x: v[1] for x, v in TICKET.items()}
            if st[0] == "BJ" and EXHAUST[0] <= t_o < EXHAUST[1]:
                w["exhaust"] *= 14
            if st[0] == "HQ" and COLD[0] <= t_o < COLD[1]:
                w["refrigeration"] *= 20
            if st[0] == "FT":
                w["gas"] *= 2.0
            cat = pick(list(w), list(w.values()))
            self.ticket(c, t_o, cat, common)
        # --- quarterly tenant survey
        for y, mo in ((2024, 9), (2024, 12), (2025, 3), (2025, 6), (2025, 9), (2025, 12), (2026, 3), (2026, 6)):
            sd = datetime(y, mo, 20)
            if not (t_live <= sd and (end_at is None or sd < end_at) and sd <= END):
                continue
            if rng.random() > 0.42:
                continue
            topics = []
            score = rng.normal(7.9, 1.5)
            if st[0] == "BJ" and (y, mo) == (2025, 9):
                score -= 3.0
                if rng.random() < 0.6:
                    topics.append("smoke")
            if st[0] == "HQ" and (y, mo) == (2026, 3):
                score -= 2.5
                if rng.random() < 0.55:
                    topics.append("cold")
            if st[0] == "WJC" and sd >= RENT_HIKE and any(x[0] <= sd < x[1] and x[2] > rent * 1.1 for x in terms):
                score -= 2.0
                topics.append("rent_hike")
            if st[0] == "KJY" and rng.random() < 0.3:
                score -= 1.0
                topics.append("pickup")
            if rng.random() < 0.06:
                score -= 1.5
                topics.append("pests")
            if daily_by_month and list(daily_by_month.values())[-1] < 28 and rng.random() < 0.35:
                score -= 1.5
                topics.append("low_orders")
            if st[0] == "CX" and not topics and rng.random() < 0.45:
                score += 1.0
                topics.append("manager")
            elif not topics and rng.random() < 0.10:
                topics.append(pick(["clean", "location", "manager"], [0.4, 0.4, 0.2]))
            nps = int(np.clip(round(score), 0, 10))
            self.fb(c, sd + D(hours=float(rng.uniform(9, 200))), topics, "survey", nps=nps, common=common,
                    sid=lease, tp=next((t_ for kk, t_ in TOPIC_TP if kk in topics), "tp_delivery_day"),
                    gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        # --- move-out
        if end_at and end_at <= END:
            self.ev(c, end_at, "tp_churn", lease, "moved_out", common, churn_reason=reason, 退租原因=CHURN_R[reason],
                    early_termination=early, months_in_residence=round((end_at - start).days / 30.4, 1))
            c["seg"] = "churned"
            if rng.random() < 0.55:
                topic = {"rent_increase": ["rent_hike"], "low_orders": ["low_orders"],
                         "facility_issues": ["smoke"] if st[0] == "BJ" else ["slow_fix"]}.get(reason, [])
                self.fb(c, end_at + D(days=float(rng.uniform(1, 8))), topic, "exit_interview", common=common,
                        sid=lease, tp="tp_churn", gen="neg" if topic else "neu")

    def ticket(self, c, t, cat, common):
        self.n_wo += 1
        wo = f"WO{self.n_wo:05d}"
        st = c["site"]
        kk = TICKET[cat]
        exhaust = st == "BJ" and cat == "exhaust" and EXHAUST[0] <= t < EXHAUST[1]
        cold = st == "HQ" and cat == "refrigeration" and COLD[0] <= t < COLD[1]
        vendor = "vendor" if (cat in ("exhaust", "refrigeration", "pest") or rng.random() < 0.2) else "in_house"
        tc = dict(common, ticket_category=cat, 工单类别=kk[0], priority="urgent" if kk[3] else "normal",
                  vendor=vendor, 维修方=VENDORS[vendor])
        self.ev(c, t, "tp_ticket_open", wo, "opened", tc, digital=True)
        disp = float(rng.lognormal(np.log(8.0 if exhaust else (3.0 if cold else 1.0)), 0.5))
        t_d = t + D(hours=disp)
        if not self.ev(c, t_d, "tp_ticket_dispatch", wo, "dispatched", tc):
            return
        fix = float(rng.lognormal(np.log(30.0 if exhaust else (16.0 if cold else kk[2])), 0.45))
        t_r = t_d + D(hours=fix)
        if not self.ev(c, t_r, "tp_ticket_resolved", wo, "resolved", tc, downtime_hours=round(disp + fix, 1)):
            return
        hours = disp + fix
        if rng.random() < 0.36:
            topics = []
            if hours > 24:
                topics.append("slow_fix")
            elif hours < 4 and rng.random() < 0.4:
                topics.append("fast_fix")
            extra = {"exhaust": "smoke", "refrigeration": "cold", "pest": "pests", "gas": "gas"}.get(cat)
            if extra and (exhaust or cold or rng.random() < 0.35) and rng.random() < 0.75:
                topics.append(extra)
            if st == "CX" and "slow_fix" not in topics and rng.random() < 0.25:
                topics.append("manager")
            neg = bool(set(topics) & NEG_TOPICS)
            stars = float(np.clip(round(rng.normal(2.0 if hours > 24 else (3.0 if neg else 4.4), 0.7)), 1, 5))
            self.fb(c, t_r + D(hours=float(rng.uniform(0.5, 30))), topics, "ticket_rating", rating=stars,
                    common=common, sid=wo, category=cat, tp="tp_ticket_resolved",
                    gen="neg" if stars <= 2 else ("neu" if stars == 3 else "pos"))

    def run(self):
        # legacy tenants: in residence on 2024-09-01
        self.cust = []
        for i in range(N_LEGACY):
            t_inq = datetime(2023, 6, 1) + D(days=float(rng.uniform(0, 360)))
            c = self.brand(i + 1, t_inq, legacy=True)
            if i == 0:
                c.update(brand=STAR[0], brand_en=STAR[1], city="Shenzhen", site="KJY", cuisine="fried_chicken",
                         btype="chain", size="L", quality=1.0, en_share=0.1)
            self.cust.append(c)
            start = datetime(2023, 9, 1) + D(days=float(rng.uniform(0, 360)))
            t_inq = start - D(days=float(rng.uniform(20, 60)))
            frac = (t_inq - datetime(t_inq.year, t_inq.month, t_inq.day)).total_seconds() / 86400
            c["inquiry"] = datetime(t_inq.year, t_inq.month, t_inq.day) + D(hours=9.5 + 9 * frac)   # office hours
            self.n_lease += 1
            lease = f"LS{self.n_lease:05d}"
            st = SITE[c["site"]]
            common = dict(site_cols(st), station_size=c["size"], 档口规格=SIZES[c["size"]][0], lease_id=lease,
                          station_no=f"{st[0]}-{int(rng.integers(1, 40)):02d}", cuisine=c["cuisine"],
                          菜系=CUISINES[c["cuisine"]][0])
            c["common"] = common
            c["lease_start"] = start
            c["seg"] = "active"
            rent = self.rent_of(c)
            # roll the lease forward to the term that covers 2024-09-01 (earlier renewals are before the extract)
            term = 12
            s0 = start
            while add_months(s0, term) - D(days=45) < START:
                s0 = add_months(s0, term)
                rent = round(rent * 1.03 / 100) * 100
            self.tenancy(c, lease, s0, s0 + D(days=6), term, rent)
        # new brands: inquiries grow over time
        days, d = [], START
        while d <= datetime(2026, 7, 28):
            days.append((d, 0.7 + 0.6 * (d - START).days / 700))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_NEW, p=w / w.sum()))
        for j, k in enumerate(idx):
            c = self.brand(N_LEGACY + j + 1, office(days[k][0], 8, 22))
            self.cust.append(c)
            self.lead(c)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            seg = {"prospect": "prospect", "toured": "prospect", "trial_only": "trial_only", "signed": "onboarding",
                   "active": "active", "churned": "churned"}[c["seg"]]
            st = SITE[c["site"]]
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["inquiry"]), segment=seg,
                             region=c["city"], 城市=CITIES[c["city"]][0], acquisition_channel=c["source"],
                             获客渠道=SOURCES[c["source"]][0], tier="key_account" if c["btype"] == "chain" else "standard",
                             brand=c["brand"], brand_en=c["brand_en"], cuisine=c["cuisine"],
                             菜系=CUISINES[c["cuisine"]][0], brand_type=c["btype"], 品牌类型=BTYPES[c["btype"]][0],
                             site_id=st[0], site=st[2], site_en=st[3], station_size=c["size"],
                             档口规格=SIZES[c["size"]][0],
                             lease_start=c["lease_start"].strftime("%Y-%m-%d") if c["lease_start"] else None,
                             renewals=c["renewals"], preferred_language="en" if c["en_share"] >= 0.5 else "zh"))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "site_id", "site", "site_en", "site_city", "站点城市", "station_size", "档口规格", "station_no", "cuisine",
           "菜系", "lease_id", "lead_source", "线索来源", "lead_id", "trial_fee", "trial_orders", "trial_gmv",
           "term_months", "monthly_rent", "deposit", "fitout_days", "gas_connected", "orders", "meituan_orders",
           "eleme_orders", "other_orders", "gmv", "avg_prep_minutes", "billing_month", "invoice_amount", "rent",
           "utilities", "credit", "due_date", "paid_amount", "days_late", "payment_method", "ticket_category",
           "工单类别", "priority", "vendor", "维修方", "downtime_hours", "current_rent", "proposed_rent",
           "rent_change_pct", "churn_reason", "退租原因", "early_termination", "months_in_residence",
           "deposit_forfeited"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "order_type", "账单类型", "site_id",
            "site", "site_en", "site_city", "站点城市", "station_size", "档口规格", "lease_id", "billing_month", "rent",
            "utilities", "credit", "due_date", "paid_at", "days_late", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "渠道", "rating", "nps",
           "language", "ref_id", "brand", "brand_en", "site_id", "site", "site_en", "site_city", "站点城市",
           "ticket_category", "工单类别"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "brand", "brand_en", "cuisine", "菜系", "brand_type", "品牌类型", "site_id", "site", "site_en",
             "station_size", "档口规格", "lease_start", "renewals", "preferred_language"]


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
    dup = rng.choice(len(ev), size=18, replace=False)              # the settlement feed re-sends a few rows
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: (r["ts"], r["order_id"])), ORD_COLS)
    write(out / "feedback.csv", sorted(g.feedback, key=lambda r: r["feedback_id"]), FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"brands {len(g.cust)}, leads {g.n_lead}, leases {g.n_lease}, tickets {g.n_wo}, invoices {g.n_inv}, "
          f"events {len(ev)}, orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
