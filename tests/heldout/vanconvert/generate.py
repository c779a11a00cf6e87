"""游牧匠 NomadCraft: campervan conversion workshops in Chengdu, Hangzhou and Qingdao (synthetic, written blind).

A customer sees us on Xiaohongshu, Douyin, at a caravan show, in search results or (abroad) on Instagram / YouTube
(广告/内容触达, tp_ad), sends an enquiry (在线咨询), may visit the showroom for a demo van (展厅看车), books a design
consultation (设计方案沟通, in person or by video, with a designer), gets a build quote (报价单) for a standard layout —
轻旅版 Weekender, 全能版 Explorer, 越野版 Overland — or a 全定制 Bespoke build, on a van base (福特全顺 Ford Transit,
奔驰斯宾特 Mercedes Sprinter, 上汽大通V90 Maxus V90, 依维柯 Iveco Daily) with a lithium battery pack (200/400/600 Ah).
The customer pays a deposit (付定金, 20 % standard / 30 % bespoke) or the quote is lost (丢单, with a reason). A build
slot is booked (预约排产), the van is dropped off at the workshop on the slot date (交车入厂; some vans are sourced by us),
the build goes through five stages (施工节点: strip & insulation, electrics, plumbing & gas, furniture, finishing),
sometimes with a delay notice (延期通知, a reason and days), variation orders for extras (加装变更), the final payment
(付尾款) and the handover inspection (交车验收: passed or snag list). Export customers (Australia, Germany) pay in AUD /
EUR and their van is shipped ro-ro (出口海运). Owners file warranty claims (保修报修: electrics, water leak, heater,
furniture rattle, door/window, gas) that are repaired (保修维修完成), and refer friends (老车主推荐). Some customers cancel
after the deposit (取消订单, deposit refunded).

Data 2024-07-01 .. 2026-07-31 (extract taken 2026-08-04). Times are naive local time (Asia/Shanghai). Money: `amount`
in CNY; export lines also carry `currency` (AUD / EUR) and `amount_local` (1 AUD = 4.70 CNY, 1 EUR = 7.80 CNY).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topics and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260804), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260804
rng = np.random.default_rng(SEED)
T0 = datetime(2024, 7, 1)
TEND = datetime(2026, 7, 31, 23, 59, 59)
RATE = {"AUD": 4.70, "EUR": 7.80}


def u(a, b):
    return float(rng.uniform(a, b))


def ri(a, b):
    return int(rng.integers(a, b + 1))


def chance(p):
    return bool(rng.random() < p)


def pick(items, weights=None):
    if weights is None:
        return items[int(rng.integers(len(items)))]
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def pickd(d: dict):
    return pick(list(d), list(d.values()))


def at_hour(day: datetime, lo=9, hi=19) -> datetime:
    d = datetime(day.year, day.month, day.day)
    return d + timedelta(seconds=ri(lo * 3600, hi * 3600 - 1))


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


# ---------------------------------------------------------------- reference data
TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad", "广告/内容触达", "Ad / content reach", "awareness", "social", "digital", "marketing",
     "小红书笔记|抖音视频|房车展|ad click|Instagram|YouTube"),
    ("tp_enquiry", "在线咨询", "Enquiry", "consideration", "web", "digital", "sales",
     "询价|留资|enquiry form|lead|inquiry"),
    ("tp_showroom", "展厅看车", "Showroom visit", "consideration", "store", "physical", "sales",
     "看样车|到店|demo van tour|open day"),
    ("tp_design_consult", "设计方案沟通", "Design consultation", "consideration", "store", "physical", "design",
     "设计沟通|布局设计|design meeting|layout consult"),
    ("tp_quote", "报价单", "Build quote", "consideration", "email", "digital", "sales",
     "报价|方案报价|quote|proposal"),
    ("tp_quote_lost", "丢单", "Quote lost", "consideration", "other", "digital", "sales",
     "未成交|放弃|lost deal|closed lost"),
    ("tp_deposit", "付定金", "Deposit paid", "purchase", "web", "digital", "finance",
     "定金|下定|deposit|booking fee"),
    ("tp_slot_booking", "预约排产", "Build slot booking", "purchase", "phone", "digital", "production",
     "排产|排期|build slot|slot booked"),
    ("tp_cancel", "取消订单", "Order cancelled", "purchase", "phone", "digital", "sales",
     "退定|取消|cancellation|refund of deposit"),
    ("tp_van_dropoff", "交车入厂", "Van drop-off", "purchase", "store", "physical", "production",
     "送车进厂|入厂|drop-off|van check-in"),
    ("tp_build_stage", "施工节点", "Build stage", "service", "store", "physical", "production",
     "施工进度|工序|build milestone|build progress"),
    ("tp_delay_notice", "延期通知", "Build delay notice", "service", "mini_program", "digital", "production",
     "延期|推迟交车|delay notice|late build"),
    ("tp_variation", "加装变更", "Variation order", "purchase", "store", "physical", "sales",
     "变更单|加装|add-on|change order"),
    ("tp_final_payment", "付尾款", "Final payment", "purchase", "web", "digital", "finance",
     "尾款|结清|balance payment|final invoice"),
    ("tp_handover", "交车验收", "Handover inspection", "service", "store", "physical", "production",
     "提车|验收|handover|PDI|delivery inspection"),
    ("tp_export_shipping", "出口海运", "Export shipping", "service", "other", "physical", "logistics",
     "海运|滚装船|ro-ro|export shipment"),
    ("tp_warranty_claim", "保修报修", "Warranty claim", "service", "mini_program", "digital", "after_sales",
     "报修|售后|保修|warranty|claim"),
    ("tp_warranty_repair", "保修维修完成", "Warranty repair done", "service", "store", "physical", "after_sales",
     "维修完成|修好|repair completed|fixed"),
    ("tp_referral", "老车主推荐", "Owner referral", "loyalty", "mini_program", "digital", "marketing",
     "转介绍|推荐|refer a friend|referral"),
    ("tp_review", "车主评价", "Owner review", "loyalty", "social", "digital", "marketing",
     "点评|口碑|review|rating"),
]

JOURNEYS = [
    ("enquiry_to_deposit", "咨询到下定", "Enquiry to deposit", 60,
     ["tp_enquiry", "tp_design_consult", "tp_quote", "tp_deposit"]),
    ("deposit_to_handover", "下定到交车", "Deposit to handover", 240,
     ["tp_deposit", "tp_slot_booking", "tp_van_dropoff", "tp_handover"]),
    ("warranty_fix", "保修闭环", "Warranty claim to repair", 30, ["tp_warranty_claim", "tp_warranty_repair"]),
    ("showroom_to_quote", "看车到报价", "Showroom to quote", 45, ["tp_showroom", "tp_design_consult", "tp_quote"]),
]

WORKSHOP_ZH = {"Chengdu": "成都", "Hangzhou": "杭州", "Qingdao": "青岛"}
REGIONS = {  # region: (zh, weight, workshops)
    "Sichuan": ("四川", 0.14, {"Chengdu": 1}),
    "Chongqing": ("重庆", 0.07, {"Chengdu": 1}),
    "Guangdong": ("广东", 0.11, {"Chengdu": 0.5, "Hangzhou": 0.5}),
    "Zhejiang": ("浙江", 0.13, {"Hangzhou": 1}),
    "Shanghai": ("上海", 0.12, {"Hangzhou": 1}),
    "Jiangsu": ("江苏", 0.08, {"Hangzhou": 0.6, "Qingdao": 0.4}),
    "Shandong": ("山东", 0.09, {"Qingdao": 1}),
    "Beijing": ("北京", 0.10, {"Qingdao": 1}),
    "Australia": ("澳大利亚", 0.10, {"Qingdao": 0.7, "Hangzhou": 0.3}),
    "Germany": ("德国", 0.07, {"Hangzhou": 0.6, "Qingdao": 0.4}),
}
EXPORT = {"Australia": "AUD", "Germany": "EUR"}
CH_DOM = {"xiaohongshu": 0.30, "douyin": 0.22, "van_show": 0.12, "search": 0.10, "referral": 0.14,
          "wechat_official": 0.12}
CH_EXP = {"instagram": 0.35, "youtube": 0.30, "search": 0.15, "referral": 0.12, "van_show": 0.08}
CH_ZH = {"xiaohongshu": "小红书", "douyin": "抖音", "van_show": "房车展", "search": "搜索引擎", "referral": "老车主推荐",
         "wechat_official": "公众号", "instagram": "Instagram", "youtube": "YouTube"}
DEP_P = {"referral": 0.66, "van_show": 0.50, "xiaohongshu": 0.42, "wechat_official": 0.40, "search": 0.36,
         "douyin": 0.22, "instagram": 0.40, "youtube": 0.44}
BUILD_ZH = {"weekender": "轻旅版", "explorer": "全能版", "overland": "越野版", "bespoke": "全定制"}
BUILD_PRICE = {"weekender": (88000, 108000), "explorer": (148000, 178000), "overland": (208000, 248000),
               "bespoke": (260000, 460000)}
BUILD_DAYS = {"weekender": 16, "explorer": 24, "overland": 32, "bespoke": 50}
VAN_ZH = {"Ford Transit": "福特全顺", "Mercedes Sprinter": "奔驰斯宾特", "Maxus V90": "上汽大通V90",
          "Iveco Daily": "依维柯Daily"}
VAN_PRICE = {"Ford Transit": 210000, "Mercedes Sprinter": 380000, "Maxus V90": 185000, "Iveco Daily": 240000}
LOST_ZH = {"price": "价格太高", "lead_time": "工期太长", "competitor": "选了别家", "bought_ready_made": "买了成品房车",
           "postponed": "计划推迟"}
DELAY_ZH = {"furniture_supplier": "木作供应商延误", "parts_shortage": "配件缺货", "rework": "返工",
            "chassis_issue": "底盘问题", "staff_shortage": "人手不足"}
STAGES = [("strip_insulation", "拆内饰保温"), ("electrics", "电路"), ("plumbing_gas", "水路燃气"),
          ("furniture", "木作家具"), ("finishing", "收尾")]
FAULT_ZH = {"electrics": "电路故障", "water_leak": "漏水", "heater": "暖风故障", "furniture_rattle": "家具异响",
            "door_window": "门窗问题", "gas": "燃气问题"}
CANCEL_ZH = {"changed_mind": "改变主意", "finance": "资金问题", "lead_time": "等不及工期", "relocation": "工作调动"}
ORDER_ZH = {"deposit": "定金", "final_payment": "尾款", "variation": "加装变更", "van_sourcing": "底盘代购",
            "shipping_fee": "海运费", "warranty_charge": "保外维修费"}
DESIGNERS = {"Chengdu": ["Li Na", "Zhou Yu", "He Jun"], "Hangzhou": ["Chen Jing", "Wang Hao", "Xu Lin"],
             "Qingdao": ["Sun Tao", "Liu Yang"]}
SALES = {"Chengdu": ["Tang Wei", "Luo Min"], "Hangzhou": ["Shen Yi", "Gu Fang", "Mia Lu"],
         "Qingdao": ["Zhao Lei", "Kevin Qiao"]}
INSPECTORS = {"Chengdu": ["Deng Qiang"], "Hangzhou": ["Fang Rui", "Ye Chen"], "Qingdao": ["Cui Bo"]}

# ---------------------------------------------------------------- feedback texts
# every topic's marker words appear only in that topic's sentences (gold.py counts by markers)
TXT = {
    "electrics": {
        "zh": ["交车才两个月电路就出问题了，锂电池明明显示有电，逆变器一开就断电。",
               "露营第二晚电路又跳闸，冰箱里的东西全坏了。",
               "电路故障修了两次还没好，到底有没有换电池管理板？",
               "电路时好时坏，USB口和灯带一起罢工。"],
        "en": ["Two months after pickup the electrics started cutting out - battery shows full but the inverter dies.",
               "The electrics tripped again on our second night off-grid, lost a fridge full of food.",
               "Electrics fault is back after the first repair. Was the BMS actually replaced?",
               "Flaky electrics: lights and USB ports all drop out together."],
    },
    "leak": {
        "zh": ["下大雨顶棚风扇那里漏水，床垫都湿透了。", "侧窗密封条漏水，刚交车一个月。",
               "车顶天窗漏水，希望尽快安排上门。", "洗车之后后门上方又漏水了。"],
        "en": ["Heavy rain and the roof fan started to leak onto the bed.", "The side window seal leaks, one month in.",
               "Water leak around the skylight, please send someone quickly.", "Rear door top leaks after every wash."],
    },
    "delay": {
        "zh": ["说好六周交车，结果延期了三周，假期全打乱了。", "又收到延期通知，说木作在等料。",
               "一再延期，到底哪天能提车？", "延期也就算了，至少给个准确日期。"],
        "en": ["Promised six weeks, then a three-week delay. Our holiday plans are ruined.",
               "Another delay notice, apparently the cabinetry is waiting on materials.",
               "Delay after delay, when can we actually pick the van up?",
               "I can live with a delay but give me a firm date."],
    },
    "updates": {
        "zh": ["施工进度完全不知道，群里问了两天没人回。", "希望每周能主动同步一下进度和照片。",
               "进度更新太少，只能自己打电话去问。"],
        "en": ["No progress update for two weeks, nobody answers in the group chat.",
               "Would love a weekly progress update with photos.",
               "I had to chase every progress update myself by phone."],
    },
    "exchange": {
        "zh": ["尾款按汇率换算后比当初多了不少，希望能锁定汇率。", "定金和尾款用的汇率不一样，差了好几千。"],
        "en": ["The final payment in AUD came out higher because of the exchange rate, please let us lock it.",
               "Deposit and balance used a different exchange rate, cost us a lot more than quoted.",
               "Paying in euros was fine but the exchange rate you used was worse than the bank's."],
    },
    "extra": {
        "zh": ["中途加的太阳能板加价太狠，报价单上没写清楚。", "报价说包含的东西最后又加价。",
               "变更单加价没有提前确认就直接做了。"],
        "en": ["The solar upgrade was an extra charge nobody mentioned at quote stage.",
               "Got an extra charge on the final invoice for things I thought were included.",
               "Variation came with an extra charge we never signed off."],
    },
    "shipping": {
        "zh": ["海运等了快两个月，船期一直在变。", "海运到港后清关又拖了两周。"],
        "en": ["Shipping took almost two months and the vessel kept changing.",
               "Shipping to Melbourne was slow and customs held the van two more weeks.",
               "Shipping updates were vague, we never knew which ship the van was on."],
    },
    "heater": {
        "zh": ["冬天暖风打不着火，在川西冻了一夜。", "驻车暖风噪音大，还老报故障码。"],
        "en": ["Diesel heater won't fire up in the cold, froze overnight.", "The heater throws error codes and is loud."],
    },
    "price": {
        "zh": ["方案挺好，就是太贵了，再考虑一下。", "同样配置别家便宜三万，你们太贵。"],
        "en": ["Great layout but too expensive for us right now.", "Honestly too expensive compared to other builders."],
    },
    "craft": {
        "zh": ["做工很扎实，木作细节比看过的几家都好。", "整车做工精细，走线和封边都很整齐。",
               "做工没得说，开了一万公里没有一点异响。"],
        "en": ["Beautiful craftsmanship, the cabinetry is better than anything else we looked at.",
               "Craftsmanship is top notch, the wiring and finishing are so neat.",
               "Ten thousand km in and the craftsmanship still shows, not a single squeak."],
    },
    "designer": {
        "zh": ["设计师很专业，按我们一家四口的习惯改了布局。", "设计师沟通耐心，效果图很直观。"],
        "en": ["Our designer really listened and reworked the layout for the dog.",
               "The designer was patient and the renders made it easy to decide."],
    },
}
GENERIC = {
    ("pos", "zh"): ["整体很满意，已经开去川西跑了一圈。", "提车很顺利，推荐给朋友了。", "服务态度好，值得信赖。",
                    "第一次房车旅行非常完美，谢谢团队！"],
    ("pos", "en"): ["Absolutely love our van, already did a month on the road.", "Smooth experience overall, would recommend.",
                    "Great team, thank you for building our home on wheels!"],
    ("neu", "zh"): ["还在考虑预算，先看看方案。", "请问底盘可以帮忙代购吗？", "想了解一下越野版的离地间隙。",
                    "车已收到，还没来得及出去用。"],
    ("neu", "en"): ["Still weighing up our budget.", "Can you source the base van for us?",
                    "Van arrived, have not taken it out yet."],
    ("neg", "zh"): ["售后电话总是打不通。", "交车时车里很脏，没清理干净。"],
    ("neg", "en"): ["Hard to reach after-sales by phone.", "The van was dirty inside when we collected it."],
}
NEG_TOPICS = {"electrics", "leak", "delay", "updates", "exchange", "extra", "shipping", "heater", "price"}


class World:
    def __init__(self):
        self.customers, self.events, self.orders, self.feedback, self.truth, self.exp = [], [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_sess = 0

    def ev(self, cid, ts, tp, action, session=None, **kw):
        if ts > TEND:
            return None
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=cid, ts=fmt(ts), touchpoint_id=tp, session_id=session,
                   action=action, **kw)
        self.events.append(row)
        return row

    def order(self, cid, ts, otype, amount_cny, c, status="paid", **kw):
        if ts > TEND:
            return None
        self.n_ord += 1
        cur = c["currency"]
        if cur == "CNY":
            local, amt = round(amount_cny, 2), round(amount_cny, 2)
        else:
            local = round(amount_cny / RATE[cur], 2)
            amt = round(local * RATE[cur], 2)
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=cid, ts=fmt(ts), amount=f"{amt:.2f}", status=status,
                   channel="bank_transfer" if cur != "CNY" else pick(["wechat_pay", "alipay", "bank_transfer"],
                                                                     [0.45, 0.25, 0.30]),
                   order_type=otype, 订单类型=ORDER_ZH[otype], currency=cur, amount_local=f"{local:.2f}",
                   workshop=c["workshop"], 工坊=WORKSHOP_ZH[c["workshop"]], build_type=c.get("build_type"), **kw)
        self.orders.append(row)
        return row

    def fb(self, c, ts, tp, channel, topics, sentiment, rating=None, nps=None, lang=None, no_cust=False):
        if ts is not None and ts > TEND:
            return
        lang = lang or c["lang"]
        parts = [pick(TXT[t][lang]) for t in topics]
        if not parts:
            parts = [pick(GENERIC[(sentiment, lang)])]
        text = ("" if lang == "zh" else " ").join(parts)
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        self.feedback.append(dict(feedback_id=fid, text=text, ts=fmt(ts) if ts else None,
                                  customer_id=None if no_cust else c["customer_id"], touchpoint_id=tp,
                                  channel=channel, rating=rating, nps=nps, language=lang, workshop=c.get("workshop"),
                                  工坊=WORKSHOP_ZH.get(c.get("workshop")), build_type=c.get("build_type"),
                                  van_base=c.get("van_base"), region=c["region"]))
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics), sentiment=sentiment))

    def sess(self, prefix):
        self.n_sess += 1
        return f"{prefix}{self.n_sess:06d}"


def stars(sent):
    return {"pos": pick([4, 5], [0.35, 0.65]), "neu": pick([3, 4], [0.6, 0.4]), "neg": pick([1, 2, 3], [0.4, 0.45, 0.15])}[sent]


def nps_for(sent):
    return {"pos": pick([8, 9, 10], [0.2, 0.35, 0.45]), "neu": pick([6, 7, 8], [0.3, 0.4, 0.3]),
            "neg": pick([0, 2, 3, 4, 5, 6], [0.1, 0.15, 0.2, 0.2, 0.2, 0.15])}[sent]


# ---------------------------------------------------------------- simulation
def simulate(w: World):
    n = 5200
    days = (TEND - T0).days
    # enquiries grow a little over time, with a spring and autumn peak
    starts = []
    while len(starts) < n:
        d = ri(0, days)
        t = T0 + timedelta(days=d)
        seasonal = 1.0 + 0.25 * (t.month in (3, 4, 5, 9, 10)) - 0.2 * (t.month in (1, 2))
        growth = 0.8 + 0.4 * d / days
        if rng.random() < seasonal * growth / 1.6:
            starts.append(t)
    starts.sort()
    for i, t_enq in enumerate(starts):
        region = pick(list(REGIONS), [v[1] for v in REGIONS.values()])
        workshop = pickd(REGIONS[region][2])
        export = region in EXPORT
        chan = pickd(CH_EXP if export else CH_DOM)
        lang = ("zh" if chance(0.2) and region == "Australia" else "en") if export else ("en" if chance(0.03) else "zh")
        cid = f"C{i + 1:05d}"
        c = dict(customer_id=cid, region=region, workshop=workshop, export=export, currency=EXPORT.get(region, "CNY"),
                 channel=chan, lang=lang, build_type=None, van_base=None)
        simulate_customer(w, c, at_hour(t_enq, 8, 23))
        w.customers.append(c)


def simulate_customer(w: World, c: dict, t_enq: datetime):
    cid, ws = c["customer_id"], c["workshop"]
    c["signup_at"] = t_enq
    c["sales"] = pick(SALES[ws])
    c["state"] = "prospect"
    c["claims"] = []
    c["referrals"] = 0
    # ads
    if c["channel"] != "referral" and chance(0.65):
        for _ in range(ri(1, 3)):
            ta = t_enq - timedelta(days=u(0.1, 20))
            if ta >= T0:
                src = c["channel"] if c["channel"] not in ("search", "van_show") else pick(["baidu", "google"]) \
                    if c["channel"] == "search" else "van_show"
                w.ev(cid, ta, "tp_ad", "booth_scan" if c["channel"] == "van_show" else pick(["view", "click"]),
                     channel="ads" if c["channel"] == "search" else "social", utm_source=src,
                     campaign=pick(["spring_roadtrip", "family_van", "overland_ready", "weekend_escape"]),
                     device=pick(["ios", "android", "pc"], [0.5, 0.35, 0.15]))
    lead = w.sess("LEAD")
    dev = pick(["ios", "android", "pc"], [0.45, 0.3, 0.25])
    w.ev(cid, t_enq, "tp_enquiry", "submit", lead, device=dev,
         channel=pick(["web", "mini_program", "phone"], [0.4, 0.45, 0.15]) if not c["export"] else
         pick(["web", "email"], [0.7, 0.3]), workshop=ws, 工坊=WORKSHOP_ZH[ws], sales_consultant=c["sales"])
    t = t_enq
    if not c["export"] and chance(0.38):
        t = at_hour(t + timedelta(days=u(2, 14)), 10, 18)
        w.ev(cid, t, "tp_showroom", "visited", lead, channel="store", workshop=ws, 工坊=WORKSHOP_ZH[ws],
             demo_van=pick(["Explorer demo", "Overland demo", "Weekender demo"]))
        p_consult = 0.90
    else:
        p_consult = 0.74
    if not chance(p_consult):
        if chance(0.15):
            w.fb(c, t + timedelta(days=u(1, 10)), "tp_enquiry", "call_note", [], "neu")
        return
    t = at_hour(t + timedelta(days=u(2, 12)), 9, 20)
    if t > TEND:
        return
    mode = "video" if c["export"] else pick(["in_person", "video"], [0.6, 0.4])
    designer = pick(DESIGNERS[ws])
    variant = None
    if datetime(2026, 1, 5) <= t <= datetime(2026, 6, 28, 23, 59):
        variant = pick(["render_3d", "sketch"])
        w.exp.append(dict(experiment_id="render3d_2026", variant=variant, customer_id=cid, assigned_at=fmt(t)))
    w.ev(cid, t, "tp_design_consult", "held", lead, channel="store" if mode == "in_person" else "other",
         workshop=ws, 工坊=WORKSHOP_ZH[ws], consult_mode=mode, designer=designer, design_format=variant)
    if chance(0.35):
        sent = pick(["pos", "neu", "neg"], [0.6, 0.3, 0.1] if variant != "render_3d" else [0.75, 0.2, 0.05])
        topics = ["designer"] if sent == "pos" and chance(0.7) else (["price"] if sent == "neg" and chance(0.6) else [])
        w.fb(c, t + timedelta(hours=u(2, 48)), "tp_design_consult", "consult_survey", topics, sent,
             rating=stars(sent))
    if not chance(0.86):
        return
    # quote
    t = at_hour(t + timedelta(days=u(3, 10)), 9, 19)
    bt = pick(list(BUILD_ZH), [0.28, 0.32, 0.15, 0.25])
    if c["export"]:
        van = pick(["Mercedes Sprinter", "Ford Transit", "Iveco Daily"], [0.45, 0.35, 0.2])
    else:
        van = pick(list(VAN_ZH), [0.26, 0.20, 0.40, 0.14])
    batt = pick(["200Ah", "400Ah", "600Ah"], {"weekender": [0.7, 0.3, 0], "explorer": [0.3, 0.6, 0.1],
                                             "overland": [0, 0.6, 0.4], "bespoke": [0.05, 0.5, 0.45]}[bt])
    price = round(u(*BUILD_PRICE[bt]) / 100) * 100
    c.update(build_type=bt, van_base=van, battery=batt, price=price)
    w.ev(cid, t, "tp_quote", "sent", lead, channel="email", workshop=ws, 工坊=WORKSHOP_ZH[ws], build_type=bt,
         车型方案=BUILD_ZH[bt], van_base=van, 底盘车型=VAN_ZH[van], battery_pack=batt, quote_amount_cny=price,
         currency=c["currency"],
         quote_amount_local=price if c["currency"] == "CNY" else round(price / RATE[c["currency"]], 2))
    c["quoted"] = True
    p = DEP_P[c["channel"]] + (0.20 if variant == "render_3d" else 0.0) - (0.06 if bt == "bespoke" else 0)
    chengdu_squeeze = ws == "Chengdu" and datetime(2026, 1, 1) <= t <= datetime(2026, 6, 30)
    if chengdu_squeeze:
        p -= 0.08
    if not chance(p):
        if chance(0.82):
            tl = at_hour(t + timedelta(days=u(5, 35)), 9, 19)
            reason = pickd({"price": 0.38, "lead_time": 0.14 + (0.5 if chengdu_squeeze else 0), "competitor": 0.16,
                            "bought_ready_made": 0.12, "postponed": 0.16})
            if w.ev(cid, tl, "tp_quote_lost", "lost", lead, workshop=ws, 工坊=WORKSHOP_ZH[ws], lost_reason=reason,
                    丢单原因=LOST_ZH[reason], build_type=bt, 车型方案=BUILD_ZH[bt]):
                c["state"] = "lost"
                if reason == "price" and chance(0.3):
                    w.fb(c, None if chance(0.5) else tl, "tp_quote", "call_note", ["price"], "neg")
        return
    # deposit
    t = at_hour(t + timedelta(days=float(rng.gamma(2.0, 4.5)) + 1), 9, 22)
    if t > TEND:
        return
    dep = round(price * (0.3 if bt == "bespoke" else 0.2), 2)
    bld = w.sess("BLD")
    c["build"] = bld
    w.ev(cid, t, "tp_deposit", "paid", bld, device=pick(["ios", "android", "pc"], [0.45, 0.3, 0.25]),
         channel="web", workshop=ws, 工坊=WORKSHOP_ZH[ws], build_type=bt, 车型方案=BUILD_ZH[bt], currency=c["currency"])
    c["state"] = "in_build"
    c["deposit_at"] = t
    cancel = chance(0.06)
    dep_row = w.order(cid, t, "deposit", dep, c, status="refunded" if cancel else "paid", build_id=bld)
    # slot booking
    t_slot = at_hour(t + timedelta(days=u(1, 9)), 9, 18)
    queue = {"Chengdu": (35, 75), "Hangzhou": (25, 55), "Qingdao": (20, 45)}[ws]
    slot_date = at_hour(t + timedelta(days=u(*queue)), 9, 11)
    w.ev(cid, t_slot, "tp_slot_booking", "booked", bld, channel="phone", workshop=ws, 工坊=WORKSHOP_ZH[ws],
         slot_date=slot_date.strftime("%Y-%m-%d"), queue_days=(slot_date - t).days)
    if cancel:
        tc = at_hour(t_slot + timedelta(days=u(3, (slot_date - t_slot).days - 1 if (slot_date - t_slot).days > 4 else 4)))
        reason = pickd({"changed_mind": 0.35, "finance": 0.25, "lead_time": 0.25, "relocation": 0.15})
        if w.ev(cid, tc, "tp_cancel", "cancelled", bld, channel="phone", workshop=ws, 工坊=WORKSHOP_ZH[ws],
                cancel_reason=reason, 取消原因=CANCEL_ZH[reason]):
            c["state"] = "cancelled"
            if dep_row:
                dep_row["refunded_at"] = fmt(tc + timedelta(days=ri(2, 10)))
        else:
            # cancellation would fall after the extract: the deposit is still paid at the cut
            if dep_row:
                dep_row["status"] = "paid"
        return
    # van sourcing
    sourced = chance(0.22) and not c["export"]
    if sourced:
        w.order(cid, t_slot + timedelta(days=ri(1, 5)), "van_sourcing", VAN_PRICE[van] * u(0.97, 1.03), c, build_id=bld)
    # drop-off
    t = slot_date + timedelta(hours=u(-48, 48))
    if t > TEND:
        return
    w.ev(cid, t, "tp_van_dropoff", "checked_in", bld, channel="store", workshop=ws, 工坊=WORKSHOP_ZH[ws],
         van_base=van, 底盘车型=VAN_ZH[van], van_sourced="yes" if sourced else "no")
    t_drop = t
    c["dropoff_at"] = t
    base = BUILD_DAYS[bt] * u(0.85, 1.25)
    cd26 = ws == "Chengdu" and datetime(2026, 1, 1) <= t_drop <= datetime(2026, 6, 30, 23, 59)
    delay_days = 0
    if chance(0.60 if cd26 else 0.11):
        reason = "furniture_supplier" if cd26 and chance(0.8) else pickd(
            {"parts_shortage": 0.35, "rework": 0.2, "chassis_issue": 0.15, "staff_shortage": 0.15,
             "furniture_supplier": 0.15})
        delay_days = ri(14, 40) if cd26 else ri(5, 21)
        t_n = at_hour(t_drop + timedelta(days=base * u(0.4, 0.7)), 9, 18)
        w.ev(cid, t_n, "tp_delay_notice", "sent", bld, channel="mini_program", workshop=ws, 工坊=WORKSHOP_ZH[ws],
             delay_reason=reason, 延期原因=DELAY_ZH[reason], delay_days=delay_days)
        c["delayed"] = True
    total = base + delay_days
    voltmax = False
    for k, (st, stz) in enumerate(STAGES):
        ts = at_hour(t_drop + timedelta(days=total * (k + 1) / 5.6), 9, 19)
        extra = {}
        if st == "electrics":
            supplier = "VoltMax" if datetime(2025, 9, 15) <= ts <= datetime(2026, 2, 20) and batt != "200Ah" \
                else pick(["Pylontech", "EVE Power"])
            extra = dict(battery_supplier=supplier, battery_pack=batt)
            voltmax = supplier == "VoltMax"
            c["supplier"] = supplier
        row = w.ev(cid, ts, "tp_build_stage", "completed", bld, channel="store", workshop=ws, 工坊=WORKSHOP_ZH[ws],
                   build_stage=st, 施工阶段=stz, build_lead=pick(INSPECTORS[ws]), **extra)
        if row and chance(0.012):
            w.events.append(dict(row))  # exact duplicate from the stage-tracker app
    c["voltmax"] = voltmax
    # build chat messages
    if c.get("delayed") and chance(0.75):
        topics = pick([["delay"], ["delay", "updates"], ["updates"]], [0.5, 0.3, 0.2])
        tm = t_drop + timedelta(days=total * u(0.5, 0.9))
        w.fb(c, None if chance(0.3) else tm, "tp_delay_notice" if "delay" in topics else "tp_build_stage",
             "wechat_group", topics, "neg")
    elif chance(0.08):
        w.fb(c, None if chance(0.3) else t_drop + timedelta(days=total * u(0.3, 0.9)), "tp_build_stage",
             "wechat_group", ["updates"], "neg")
    # variations
    n_var = 0
    pv = {"weekender": 0.1, "explorer": 0.25, "overland": 0.3, "bespoke": 0.6}[bt]
    var_total = 0.0
    while chance(pv) and n_var < 2:
        n_var += 1
        tv = at_hour(t_drop + timedelta(days=total * u(0.2, 0.7)), 9, 18)
        amt = round(u(6000, 38000) / 100) * 100
        item = pick(["solar_400w", "awning", "extra_battery", "roof_rack", "diesel_heater_upgrade", "outdoor_shower"])
        w.ev(cid, tv, "tp_variation", "approved", bld, channel="store", workshop=ws, 工坊=WORKSHOP_ZH[ws],
             variation_item=item, variation_amount_cny=amt)
        var_total += amt
    c["variation"] = n_var > 0
    # final payment and handover
    t_h = at_hour(t_drop + timedelta(days=total), 10, 17)
    t_fp = t_h - timedelta(days=u(0.5, 4))
    if t_fp > TEND:
        return
    fp_row = w.ev(cid, t_fp, "tp_final_payment", "paid", bld, channel="web", workshop=ws, 工坊=WORKSHOP_ZH[ws],
                  currency=c["currency"], device=pick(["ios", "android", "pc"], [0.4, 0.3, 0.3]))
    w.order(cid, t_fp, "final_payment", price - dep + var_total, c, build_id=bld)
    if t_h > TEND:
        return
    snag = chance(0.17 + (0.1 if bt == "bespoke" else 0))
    w.ev(cid, t_h, "tp_handover", "snag_list" if snag else "passed", bld, channel="store", workshop=ws,
         工坊=WORKSHOP_ZH[ws], handover_result="snag_list" if snag else "passed", snag_items=ri(1, 6) if snag else 0,
         inspector=pick(INSPECTORS[ws]), build_days=round((t_h - t_drop).total_seconds() / 86400, 1))
    c["state"] = "owner"
    c["handover_at"] = t_h
    if c["export"]:
        ts = at_hour(t_h + timedelta(days=u(5, 16)), 9, 17)
        port = "Qingdao" if ws == "Qingdao" else "Ningbo"
        w.ev(cid, ts, "tp_export_shipping", "shipped", bld, channel="other", workshop=ws, 工坊=WORKSHOP_ZH[ws],
             ship_port=port, destination=pick(["Melbourne", "Brisbane", "Sydney"]) if c["region"] == "Australia"
             else pick(["Bremerhaven", "Hamburg"]), transit_days=ri(28, 52))
        w.order(cid, ts, "shipping_fee", u(16000, 26000), c, build_id=bld)
    # handover survey
    if chance(0.68):
        topics = []
        if c.get("delayed") and chance(0.55):
            topics.append("delay")
        if c["variation"] and chance(0.3):
            topics.append("extra")
        if c["export"] and chance(0.6):
            topics.append("exchange")
        if c["export"] and chance(0.25):
            topics.append("shipping")
        if not topics and chance(0.55):
            topics.append("craft")
        elif topics and chance(0.15):
            topics.insert(0, "craft")
        neg = [x for x in topics if x in NEG_TOPICS]
        sent = "neg" if neg and "craft" not in topics else ("neu" if neg else ("pos" if topics or chance(0.6) else "neu"))
        if snag and not neg and chance(0.4):
            sent = "neu"
        tp = "tp_handover"
        if "exchange" in topics and len(topics) == 1:
            tp = "tp_final_payment"
        w.fb(c, t_h + timedelta(days=u(1, 7)), tp, "handover_survey", topics, sent, rating=stars(sent),
             nps=nps_for(sent))
    # warranty claims
    owned_end = TEND
    years = (owned_end - t_h).days / 365.0
    if years <= 0:
        return
    rates = {"electrics": 0.08, "water_leak": 0.05, "heater": 0.07, "furniture_rattle": 0.06, "door_window": 0.04,
             "gas": 0.02}
    if van == "Maxus V90":
        rates["water_leak"] = 0.42
    claims = []
    for fault, r in rates.items():
        k = int(rng.poisson(r * years * (1.6 if fault == "water_leak" else 1)))
        for _ in range(k):
            tc = t_h + timedelta(days=u(3, years * 365))
            if fault == "water_leak" and tc.month not in (5, 6, 7, 8, 9) and chance(0.65):
                continue
            if fault == "heater" and tc.month not in (11, 12, 1, 2, 3) and chance(0.8):
                continue
            claims.append((tc, fault))
    if voltmax and chance(0.7):
        claims.append((t_h + timedelta(days=u(10, 120)), "electrics"))
    for tc, fault in sorted(claims):
        if tc > TEND:
            continue
        wc = w.sess("WC")
        tc = at_hour(tc, 7, 23)
        covered = (tc - t_h).days <= 730 and chance(0.9)
        w.ev(cid, tc, "tp_warranty_claim", "reported", wc, channel=pick(["mini_program", "phone", "email"],
                                                                          [0.6, 0.25, 0.15]) if not c["export"]
             else "email", workshop=ws, 工坊=WORKSHOP_ZH[ws], fault_type=fault, 故障类型=FAULT_ZH[fault],
             covered="yes" if covered else "no", van_base=van, 底盘车型=VAN_ZH[van], build_type=bt,
             battery_supplier=c.get("supplier"), device=pick(["ios", "android"], [0.6, 0.4]))
        c["claims"].append(tc)
        if c["export"]:
            rd, mode = u(8, 35), "partner_garage"
        elif fault == "electrics" and voltmax:
            rd, mode = u(6, 24), "workshop"
        else:
            rd, mode = float(rng.gamma(2.0, 2.2)) + 0.5, pick(["workshop", "mobile_tech"], [0.55, 0.45])
        if chance(0.04):
            rd += 40  # part from overseas, beyond the journey window
        tr = at_hour(tc + timedelta(days=rd), 9, 18)
        w.ev(cid, tr, "tp_warranty_repair", "fixed", wc, channel="store", workshop=ws, 工坊=WORKSHOP_ZH[ws],
             fault_type=fault, 故障类型=FAULT_ZH[fault], repair_mode=mode,
             repair_days=round((tr - tc).total_seconds() / 86400, 1))
        if not covered and tr <= TEND:
            w.order(cid, tr, "warranty_charge", round(u(800, 6500)), c, build_id=bld, claim_id=wc)
        if chance(0.55):
            topic = {"electrics": ["electrics"], "water_leak": ["leak"], "heater": ["heater"]}.get(fault, [])
            slow = rd > 12
            sent = "neg" if topic and (slow or chance(0.6)) else pick(["pos", "neu", "neg"], [0.45, 0.35, 0.2])
            if not topic and sent == "neg":
                topic = []
            if sent == "pos" and topic:
                sent = "neu"
            w.fb(c, None if chance(0.15) else tr + timedelta(days=u(0.2, 3)), "tp_warranty_claim", "warranty_ticket",
                 topic, sent, rating=stars(sent))
    # referrals and public reviews
    if chance(0.28 if not c.get("delayed") else 0.12):
        for _ in range(ri(1, 2)):
            w.ev(cid, at_hour(t_h + timedelta(days=u(15, 240)), 8, 23), "tp_referral", "shared", None,
                 channel="mini_program", referral_code=f"NC{cid[1:]}", device=pick(["ios", "android"]))
            c["referrals"] += 1
    if chance(0.3):
        topics = []
        bad = c.get("delayed") or (c["claims"] and (c["claims"][0] - t_h).days < 120)
        if bad and chance(0.6):
            topics = ["delay"] if c.get("delayed") and chance(0.5) else (["electrics"] if voltmax else ["leak"]
                                                                          if van == "Maxus V90" else [])
        elif chance(0.5):
            topics = [pick(["craft", "designer", "craft"])]
        sent = "neg" if topics and topics[0] in NEG_TOPICS else ("neg" if bad and chance(0.3) else
                                                                  ("pos" if chance(0.8) else "neu"))
        w.fb(c, t_h + timedelta(days=u(10, 200)), "tp_review",
             "google_review" if c["export"] else pick(["xiaohongshu", "dianping"], [0.7, 0.3]), topics, sent,
             rating=stars(sent), no_cust=chance(0.12))


def finish_customers(w: World):
    rows = []
    for c in w.customers:
        st = c["state"]
        if st == "owner":
            recent = [t for t in c["claims"] if (TEND - t).days <= 180]
            if len(recent) >= 2:
                seg = "at_risk"
            elif c["build_type"] == "bespoke" or c["referrals"] >= 1:
                seg = "vip"
            else:
                seg = "owner"
        else:
            seg = st
        has_build = st in ("in_build", "owner", "cancelled")
        bt = c["build_type"] if has_build else None
        van = c["van_base"] if has_build else None
        rows.append(dict(customer_id=c["customer_id"], signup_at=fmt(c["signup_at"]), segment=seg,
                         region=c["region"], 地区=REGIONS[c["region"]][0], acquisition_channel=c["channel"],
                         获客渠道=CH_ZH[c["channel"]], tier=bt, 车型方案=BUILD_ZH.get(bt), van_base=van,
                         底盘车型=VAN_ZH.get(van), battery_pack=c.get("battery") if has_build else None,
                         workshop=c["workshop"], 工坊=WORKSHOP_ZH[c["workshop"]],
                         export="yes" if c["export"] else "no", currency=c["currency"],
                         sales_consultant=c["sales"], language=c["lang"]))
    return rows


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    w = World()
    simulate(w)
    # a few social posts without a customer
    customers = finish_customers(w)
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    jr = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=win))
    w.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    w.orders.sort(key=lambda r: r["ts"])
    order = rng.permutation(len(w.feedback))
    fb = [w.feedback[i] for i in order]

    def write(path, rows, cols=None):
        if cols is None:
            cols = []
            for r in rows:
                for k in r:
                    if k not in cols:
                        cols.append(k)
        with open(path, "w", newline="", encoding="utf-8") as f:
            wr = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            wr.writeheader()
            for r in rows:
                wr.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})

    write(out / "touchpoints.csv", tps)
    write(out / "journeys.csv", jr)
    write(out / "customers.csv", customers)
    write(out / "events.csv", w.events)
    write(out / "orders.csv", w.orders)
    write(out / "feedback.csv", fb)
    write(out / "experiments.csv", w.exp)
    write(out / "_truth" / "feedback_truth.csv", w.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(customers)} events {len(w.events)} orders {len(w.orders)} feedback {len(fb)} "
          f"experiments {len(w.exp)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
