"""架立方 ScaffoldCube Site Hire: scaffolding and site-equipment hire for builders in London, Manchester, Sydney,
Toronto, 上海 Shanghai, 广州 Guangzhou, 成都 Chengdu and 武汉 Wuhan (synthetic, written blind).

Builders find us at a trade fair (展会线索) or enquire (询价咨询: website form, WeChat mini-program, phone, email, or a
paid-search landing page). An estimator surveys the site (现场勘测: on site, remote from photos, or rescheduled),
sends a quotation (报价), the customer signs a hire contract (签订租赁合同; the erect-and-dismantle price is its
order), we deliver and erect (送货搭设: on time or late, with a delay reason), inspect and tag the scaffold every week
(安全检查挂牌: green tag pass / red tag defect), invoice hire weekly or monthly (租金账单), handle variations and
extensions (变更与延期), take the off-hire call (停租申请), dismantle and collect (拆除回收), check the returned kit in
the yard and charge damage and losses (损坏丢失结算), answer the hire desk (租赁客服) and take repeat bookings from
account customers (复租下单).

Data 2025-01-01 .. 2026-06-30 (extract taken early July 2026). Times are naive local times of each depot.
Money (orders.amount) is GBP, the group's reporting currency (head office London); currency + amount_local keep
what was invoiced locally (GBP, AUD, CAD, CNY).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic, sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260704), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260704
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
CREW_SHORT = (datetime(2025, 11, 1), datetime(2025, 12, 1))   # UK erection gangs lent to a rail job (Manchester most)
PRICE_2026 = datetime(2026, 1, 1)                             # 2026 price list: hire rates +5 %
N_LEADS = 6800
N_LEGACY = 1000

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_trade_fair", "展会线索", "Trade fair lead", "awareness", "other", "physical", "sales",
     "展会|展位|建博会|展会名片|trade fair|trade show|expo|stand lead|show lead"),
    ("tp_enquiry", "询价咨询", "Hire enquiry", "awareness", "web", "digital", "sales",
     "询价|咨询|留资|官网表单|小程序询价|enquiry|inquiry|web form|quote request|lead"),
    ("tp_site_survey", "现场勘测", "Site survey", "consideration", "other", "physical", "estimating",
     "勘测|勘察|看现场|踏勘|量尺寸|site survey|survey|site visit|measure up"),
    ("tp_quotation", "报价", "Quotation", "consideration", "email", "digital", "estimating",
     "报价单|报价|估价|出价|quote|quotation|pricing|estimate|tender"),
    ("tp_contract", "签订租赁合同", "Hire contract signed", "purchase", "other", "digital", "sales",
     "签约|合同|租赁合同|下单|成交|contract|hire agreement|order confirmed|signed|won job"),
    ("tp_delivery", "送货搭设", "Delivery and erection", "purchase", "other", "physical", "site_ops",
     "送货|搭设|进场|搭架子|安装|delivery|erection|erect|install|putting up|handover"),
    ("tp_inspection", "安全检查挂牌", "Safety inspection & tagging", "service", "other", "physical", "safety",
     "安全检查|巡检|挂牌|验收|红牌|绿牌|检查|inspection|scaftag|safety tag|weekly inspection|tagging"),
    ("tp_hire_charge", "租金账单", "Hire charges", "service", "email", "digital", "finance",
     "租金|账单|发票|计费|对账|月结|hire charge|invoice|billing|weekly hire|rental charge|statement"),
    ("tp_variation", "变更与延期", "Variation / extension", "service", "phone", "digital", "site_ops",
     "变更|延期|加高|改搭|续租|variation|extension|alteration|adaptation|extend hire"),
    ("tp_offhire", "停租申请", "Off-hire request", "service", "phone", "digital", "hire_desk",
     "停租|退租|报停|off-hire|offhire|off hire|call off|end hire"),
    ("tp_collection", "拆除回收", "Dismantle & collection", "service", "other", "physical", "site_ops",
     "拆除|拆架子|回收|收货|清场|退场|dismantle|strike|collection|collect|take down"),
    ("tp_damage", "损坏丢失结算", "Damage & loss charges", "service", "email", "digital", "finance",
     "赔偿|损坏|丢失|扣件丢失|定损|damage|loss|lost fittings|shortage|yard check"),
    ("tp_hire_desk", "租赁客服", "Hire desk", "service", "phone", "digital", "hire_desk",
     "客服|热线|投诉|工单|hire desk|helpdesk|customer service|complaint|ticket|call centre"),
    ("tp_repeat_hire", "复租下单", "Repeat hire booking", "loyalty", "phone", "digital", "account_mgmt",
     "复租|再次下单|老客户下单|返单|repeat hire|repeat order|rebook|call-off order|new job"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("enquiry_to_contract", "询价签约", "Enquiry to contract",
     ["tp_enquiry", "tp_site_survey", "tp_quotation", "tp_contract"], 30),
    ("fair_to_contract", "展会线索签约", "Trade fair lead to contract",
     ["tp_trade_fair", "tp_site_survey", "tp_quotation", "tp_contract"], 60),
    ("contract_to_erection", "签约到搭设", "Contract to erection", ["tp_contract", "tp_delivery"], 21),
    ("offhire_to_collection", "停租到回收", "Off-hire to collection", ["tp_offhire", "tp_collection"], 14),
    ("repeat_hire", "复租签约", "Repeat hire to contract", ["tp_repeat_hire", "tp_quotation", "tp_contract"], 21),
]

# depot: zh, region, region_zh, currency, GBP per unit, price multiplier, lead share, English-speaking, fair, season
DEPOTS = {
    "London": ("伦敦", "UK", "英国", "GBP", 1.0, 1.25, 0.17, True, ("UK Construction Week", 10, 7), "uk"),
    "Manchester": ("曼彻斯特", "UK", "英国", "GBP", 1.0, 1.0, 0.12, True, ("Northern Build Expo", 6, 11), "uk"),
    "Sydney": ("悉尼", "Australia", "澳大利亚", "AUD", 0.51, 1.1, 0.12, True, ("Sydney Build Expo", 5, 1), "south"),
    "Toronto": ("多伦多", "Canada", "加拿大", "CAD", 0.55, 1.1, 0.10, True, ("The Buildings Show", 12, 3), "canada"),
    "Shanghai": ("上海", "East China", "华东", "CNY", 0.105, 0.65, 0.15, False, ("上海国际建筑施工设备展", 4, 15),
                 "china"),
    "Guangzhou": ("广州", "South China", "华南", "CNY", 0.105, 0.6, 0.13, False, ("广州建博会", 7, 8), "china"),
    "Chengdu": ("成都", "Southwest China", "西南", "CNY", 0.105, 0.5, 0.11, False, ("成都国际建筑设备展", 3, 20),
                "china"),
    "Wuhan": ("武汉", "Central China", "华中", "CNY", 0.105, 0.5, 0.10, False, ("武汉建筑工业展", 9, 18), "china"),
}
DEPOT_NAMES = list(DEPOTS)
MONTHS = [(2025, m) for m in range(1, 13)] + [(2026, m) for m in range(1, 7)]
SEASON = {  # month weights 1..12 for new enquiries
    "uk": [0.7, 0.8, 1.1, 1.2, 1.2, 1.1, 1.0, 0.9, 1.1, 1.1, 0.9, 0.6],
    "south": [0.8, 1.1, 1.2, 1.1, 1.0, 0.9, 0.9, 1.0, 1.1, 1.1, 1.0, 0.7],
    "canada": [0.4, 0.5, 0.9, 1.3, 1.5, 1.4, 1.3, 1.2, 1.1, 0.9, 0.6, 0.4],
    "china": [0.8, 0.4, 1.2, 1.3, 1.2, 1.1, 1.0, 1.0, 1.1, 1.2, 1.1, 0.9],
}
SOURCES = {  # acquisition_channel: zh, enquiry channel, weight en, weight zh
    "website": ("官网", "web", 0.30, 0.12),
    "wechat_mini_program": ("微信小程序", "mini_program", 0.0, 0.26),
    "phone": ("电话", "phone", 0.22, 0.22),
    "email": ("邮件", "email", 0.10, 0.04),
    "paid_search": ("搜索广告", "ads", 0.17, 0.18),
    "trade_fair": ("展会", None, 0.15, 0.15),
    "referral": ("老客户推荐", "phone", 0.06, 0.03),
}
# step probabilities by first channel: survey | lead, quote | survey, contract | quote
STEP_P = {"web": (0.80, 0.92, 0.40), "mini_program": (0.78, 0.90, 0.37), "phone": (0.86, 0.93, 0.46),
          "email": (0.82, 0.93, 0.44), "ads": (0.38, 0.85, 0.14), "fair": (0.52, 0.90, 0.30)}
CTYPES = {  # type: zh, weight, weight for paid search, repeat probability after a hire
    "main_contractor": ("总包单位", 0.18, 0.05, 0.50),
    "subcontractor": ("分包单位", 0.28, 0.12, 0.45),
    "housebuilder": ("住宅开发商", 0.14, 0.05, 0.45),
    "roofing_facade": ("屋面幕墙公司", 0.20, 0.13, 0.40),
    "facilities": ("物业设施管理", 0.12, 0.10, 0.30),
    "homeowner": ("个人业主", 0.08, 0.55, 0.05),
}
EQUIP = {  # type: zh, unit, weight uk / south+canada / china, hire weeks (median, lo, hi), E&D fee per unit,
    #        weekly hire per unit, size (lo, hi, median)
    "tube_fitting": ("钢管扣件脚手架", "tonnes", (0.38, 0.12, 0.25), (11, 3, 40), 260, 10.5, (2, 40, 9)),
    "system_scaffold": ("系统脚手架", "tonnes", (0.25, 0.43, 0.50), (13, 4, 45), 210, 12.0, (3, 60, 14)),
    "mobile_tower": ("移动脚手架塔", "units", (0.20, 0.25, 0.10), (3, 1, 10), 75, 85, (1, 4, 1.5)),
    "edge_protection": ("临边防护", "metres", (0.12, 0.12, 0.07), (8, 3, 24), 4.5, 1.2, (20, 400, 120)),
    "hoist": ("施工升降机", "units", (0.05, 0.08, 0.08), (20, 8, 52), 3200, 650, (1, 2, 1)),
}
SYSTEM_BRAND = {"uk": "Cuplok", "south": "Kwikstage", "canada": "Ringlock", "china": "盘扣式"}
PROJECTS = {"new_build": "新建工程", "refurbishment": "翻新改造", "facade": "外立面", "roofing": "屋面工程",
            "commercial_fitout": "商业装修", "infrastructure": "基础设施", "residential_repair": "住宅维修"}
DELAYS = {  # reason: zh, weight
    "site_not_ready": ("现场未具备条件", 0.35), "weather": ("天气原因", 0.20), "transport": ("运输车辆问题", 0.15),
    "crane_unavailable": ("吊车未到位", 0.10), "permit_delay": ("占道许可延误", 0.10),
    "crew_shortage": ("搭设班组不足", 0.10)}
DEFECTS = {  # type: zh, weight, weight in Chengdu
    "missing_ties": ("连墙件缺失", 0.18, 0.50), "boards_displaced": ("脚手板缺失或移位", 0.32, 0.18),
    "guardrail_removed": ("护栏被拆", 0.25, 0.15), "base_unstable": ("立杆底座不稳", 0.10, 0.10),
    "unauthorised_alteration": ("擅自改动", 0.15, 0.07)}
DEFECT_P = {"London": 0.06, "Manchester": 0.055, "Sydney": 0.05, "Toronto": 0.065, "Shanghai": 0.07,
            "Guangzhou": 0.09, "Chengdu": 0.20, "Wuhan": 0.075}
VARIATIONS = {"extension": "延期", "alteration": "改搭", "extra_lift": "加高一步", "loading_bay": "加装卸料平台",
              "sheeting": "挂网围护"}
COLLECT_DELAY = {"permit_delay": "占道许可延误", "no_truck": "车辆不足", "crew_busy": "拆除班组排不开",
                 "site_access": "现场无法进入"}
TICKETS = {  # category: zh, weight, median resolution hours
    "billing": ("账单问题", 0.26, 30), "offhire_collection": ("停租回收", 0.18, 20), "delivery": ("送货搭设", 0.14, 8),
    "damage_dispute": ("损坏赔偿争议", 0.10, 72), "inspection": ("检查挂牌", 0.09, 12),
    "certificates": ("交接证书资料", 0.13, 16), "account_credit": ("账户信用额度", 0.10, 40)}
ORDER_ZH = {"hire_contract": "租赁合同", "hire_charge": "租金", "variation": "变更费", "damage_charge": "损坏费",
            "loss_charge": "丢失费"}
INSPECTORS = {d: [f"{d[:3].upper()}-INS-{i}" for i in range(1, 4 + (d in ("London", "Shanghai")))] for d in DEPOTS}
WAVES = [("2025-04", datetime(2025, 4, 7)), ("2025-10", datetime(2025, 10, 6)), ("2026-04", datetime(2026, 4, 8))]

events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
customers: list[dict] = []
hires: list[dict] = []
_n: dict[str, int] = {}


def nid(kind, width):
    _n[kind] = _n.get(kind, 0) + 1
    return f"{kind}{_n[kind]:0{width}d}"


def pick(items, p=None):
    if p is not None:
        p = np.asarray(p, float)
        p = p / p.sum()
    return items[rng.choice(len(items), p=p)]


def tfmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def dfmt(t):
    return t.strftime("%Y-%m-%d")


def work_time(day, lo=7, hi=18):
    t = datetime(day.year, day.month, day.day) + D(minutes=int(rng.integers(lo * 60, hi * 60)))
    return t


def later(t, lo, hi, hlo=7, hhi=18):
    """a working-hours time lo..hi days after t (never before t)."""
    d = int(rng.integers(lo, hi + 1))
    x = work_time(t + D(days=d), hlo, hhi)
    return x if x > t else t + D(minutes=int(rng.integers(20, 240)))


def ev(c, ts, tp, action, **kw):
    if ts < START or ts > END:
        return None
    row = dict(customer_id=c["customer_id"], ts=tfmt(ts), touchpoint_id=tp, event_id=nid("E", 7), action=action,
               depot=c["city"], 网点=DEPOTS[c["city"]][0], **kw)
    events.append(row)
    return row


def order(c, ts, kind, gbp, status="paid", **kw):
    if ts < START or ts > END:
        return None
    cur, fx = DEPOTS[c["city"]][3], DEPOTS[c["city"]][4]
    row = dict(order_id=nid("O", 6), customer_id=c["customer_id"], ts=tfmt(ts), amount=round(gbp, 2), status=status,
               order_type=kind, 订单类型=ORDER_ZH[kind], depot=c["city"], 网点=DEPOTS[c["city"]][0], currency=cur,
               amount_local=round(gbp / fx, 2), **kw)
    orders.append(row)
    return row


def price_mult(c, t):
    return DEPOTS[c["city"]][5] * (1.05 if t >= PRICE_2026 else 1.0)


# ---------------- feedback text ----------------
TOPIC_MARKERS = {
    "offhire_charge": ["停租后还在计费", "after off-hire"], "late_erection": ["迟到", "turned up late"],
    "crew_praise": ["搭设师傅", "scaffolders were"], "missing_parts": ["少配件", "short deliver"],
    "collection_delay": ["迟迟不来拆", "waiting for collection"], "damage_charge": ["赔偿费", "damage charge"],
    "inspection_tag": ["检查标签", "inspection tag"], "quote_slow": ["报价太慢", "quote took"],
    "price_high": ["价格偏高", "too expensive"], "hire_desk": ["电话打不通", "couldn't get through"],
}
POSITIVE_TOPICS = {"crew_praise"}
TEXTS = {
    "offhire_charge": {
        "zh": ["{d}号就报了停租，结果停租后还在计费，多收了{n}天租金。", "停租后还在计费是什么道理？架子没来拆是你们的问题。",
               "账单上停租后还在计费，对账对了半天才退回来。", "我们按流程报停了，停租后还在计费{n}天，请财务核查。",
               "停租单号都给了，停租后还在计费，这已经是第二次了。"],
        "en": ["We off-hired on the {d}th and were still charged after off-hire for another {n} days.",
               "Invoice shows {n} days charged after off-hire. Your crew hadn't collected, that's not on us.",
               "Billed again after off-hire. The credit note took weeks to come through.",
               "Charged hire after off-hire even though we had the off-hire number from the hire desk.",
               "Why are we paying {n} days of hire after off-hire? Sort your billing out."],
    },
    "late_erection": {
        "zh": ["搭设班组迟到了{n}天，整个工期都被拖后。", "说好周一进场，结果迟到到周四，分包都在现场干等。",
               "送货车迟到{n}天，吊车白租了一天。", "班组又迟到了，已经是这个月第二次。", "进场迟到，楼层浇筑计划全乱了。"],
        "en": ["Erection crew turned up late by {n} days, held up the brickies.",
               "The lorry turned up late and the crane hire was wasted.",
               "Scaffold gang turned up late again, second time this month.",
               "Promised Monday, the crew turned up late on Thursday. Programme slipped {n} days.",
               "Gang turned up late and half the kit was still at the yard."],
    },
    "crew_praise": {
        "zh": ["搭设师傅很专业，现场收拾得干干净净。", "这次的搭设师傅效率高，一天半就搭完了。", "搭设师傅安全意识强，交底很清楚。",
               "搭设师傅态度好，还帮我们调整了出入口。"],
        "en": ["The scaffolders were tidy and professional, left the site spotless.",
               "Scaffolders were quick and safety conscious, handover cert on the day.",
               "Great lads, the scaffolders were polite to the residents too.",
               "The scaffolders were spot on, sorted the loading bay without any fuss."],
    },
    "missing_parts": {
        "zh": ["到货少配件，缺了{n}块脚手板和一些扣件，又等了一天补货。", "送来的盘扣少配件，斜杆不够。", "又少配件，清单和实物对不上。",
               "移动架少配件，没有支腿没法用。"],
        "en": ["Load was short delivered, missing {n} boards and a bag of couplers.",
               "Tower arrived short delivered, no stabilisers.", "Short delivery again, the delivery note didn't match the load.",
               "Kit was short delivered so the gang stood around for half a day."],
    },
    "collection_delay": {
        "zh": ["报停{n}天了还迟迟不来拆，架子挡着我们交房。", "迟迟不来拆架子，业主天天催。", "打了好几次电话，还是迟迟不来拆。",
               "工程早完了，你们迟迟不来拆，占道罚款谁出？"],
        "en": ["Off-hired {n} days ago and still waiting for collection.",
               "Still waiting for collection, the scaffold is blocking the shop front.",
               "We've been waiting for collection for over a week, nobody calls back.",
               "Job finished, client furious, we're still waiting for collection."],
    },
    "damage_charge": {
        "zh": ["退场后收到一笔赔偿费，没有照片也没有清单。", "丢失扣件的赔偿费算得太高了。", "赔偿费不合理，这些板子进场时就是旧的。",
               "赔偿费单价比买新的还贵，要求重新核定。"],
        "en": ["Got a damage charge for {n} boards with no photos.", "The damage charge for lost fittings is way over the odds.",
               "Disputing the damage charge, those boards were already split when delivered.",
               "A damage charge weeks after collection with no evidence. Not paying it."],
    },
    "inspection_tag": {
        "zh": ["检查标签好几周没更新，安全员不让工人上架。", "检查员没按时来，检查标签过期了，现场停工半天。",
               "红牌挂了两天才有人来处理，检查标签流程太慢。", "检查标签上的日期都是上个月的，监理意见很大。"],
        "en": ["Inspection tags out of date for two weeks, our safety manager stopped work.",
               "Inspector missed the weekly visit, the inspection tag expired and the site was shut for a morning.",
               "Red inspection tag left up for days with no one coming back to sort it.",
               "Principal contractor flagged the inspection tag dates at the audit. Embarrassing."],
    },
    "quote_slow": {
        "zh": ["报价太慢了，勘测完等了{n}天才收到。", "报价太慢，项目等不起，最后找了别家。", "看完现场报价太慢，催了三次。"],
        "en": ["The quote took {n} days after the survey, we'd already gone elsewhere.",
               "Quote took far too long, the client wouldn't wait.",
               "Surveyor was great but the quote took over a week."],
    },
    "price_high": {
        "zh": ["价格偏高，比同行贵了一成多。", "租金价格偏高，尤其是延期以后。", "搭拆费价格偏高，小工程不划算。"],
        "en": ["Too expensive compared with local firms.", "Your weekly hire rate is too expensive for a small job.",
               "Erect and dismantle price was too expensive, went with a local firm."],
    },
    "hire_desk": {
        "zh": ["客服电话打不通，报停都报不了。", "电话打不通，微信也没人回。", "热线电话打不通，只好让项目经理去仓库找人。"],
        "en": ["Couldn't get through to the hire desk for two days.", "Rang the hire desk four times and couldn't get through.",
               "Couldn't get through on the phone so I emailed, still no answer."],
    },
}
GENERIC = {
    "erection": {
        "pos": {"zh": ["按时进场，搭得很规范。", "交接证书当天就给了，很省心。", "整体满意，下次还找你们。"],
                "en": ["On time and built to spec.", "Handover certificate on the day, no fuss.",
                       "Happy overall, will use again."]},
        "neu": {"zh": ["搭得还行，就是现场交底简单了点。", "正常水平。"],
                "en": ["Decent job, briefing could have been better.", "Fine, nothing special."]},
        "neg": {"zh": ["搭完现场留了很多垃圾。", "交接证书过了好几天才发过来。", "脚手架离墙太远，要返工。"],
                "en": ["Left a lot of rubbish on site after the build.", "Handover certificate took days to arrive.",
                       "Scaffold built too far off the wall, had to be adapted."]},
    },
    "collection": {
        "pos": {"zh": ["拆得很快，现场清理干净。", "按约定时间来拆的，没耽误交房。"],
                "en": ["Struck quickly and left the site clean.", "Collected when promised, no issues."]},
        "neu": {"zh": ["拆除还行。", "正常。"], "en": ["Collection was fine.", "OK overall."]},
        "neg": {"zh": ["拆除时把地面弄坏了。", "拆除班组不太注意安全。"],
                "en": ["Dismantle crew damaged the block paving.", "Strike crew were careless around the public."]},
    },
    "general": {
        "pos": {"zh": ["合作多年了，服务一直不错。", "客户经理很负责，有问题都能及时解决。", "材料新，质量可靠。",
                       "整体很满意，会推荐给同行。"],
                "en": ["Been using them for years, reliable service.", "Account manager is always on the ball.",
                       "Good clean kit, reliable firm.", "Would recommend to other contractors."]},
        "neu": {"zh": ["服务一般，价格还算合理。", "还可以，有进步空间。"],
                "en": ["Average service, fair prices.", "OK, room for improvement."]},
        "neg": {"zh": ["沟通效率低，一件事要说好几遍。", "材料有点旧，锈得厉害。", "合同条款太复杂，看不懂。"],
                "en": ["Communication is poor, have to chase everything.", "Some of the tube is rusty and tired.",
                       "Contract terms are hard to follow."]},
    },
    "lost": {
        "neu": {"zh": ["项目推迟了，暂时不需要。", "业主改方案了，先不租了。", "已经找了长期合作的单位。"],
                "en": ["Project got pushed back, no longer needed.", "Client changed the design, on hold.",
                       "Went with our usual supplier in the end."]},
    },
    "call": {
        "neu": {"zh": ["要一份上个月的对账单。", "发票抬头开错了，需要重开。", "需要补一份交接证书给监理。", "想把信用额度提高一些。",
                       "咨询一下延期的周租金怎么算。"],
                "en": ["Asked for a copy statement for last month.", "Invoice addressed to the wrong company, please reissue.",
                       "Need a copy of the handover certificate for the principal contractor.",
                       "Asking for a higher credit limit on the account.", "How is the weekly rate worked out on an extension?"]},
        "neg": {"zh": ["账单金额和合同对不上，请核对。", "现场说的变更没有体现在单据上。"],
                "en": ["Invoice doesn't match the contract rate, please check.",
                       "The variation agreed on site isn't on the paperwork."]},
    },
    "fair": {
        "pos": {"zh": ["展位讲解很专业，盘扣样架做得好。", "现场工程师解答很详细。"],
                "en": ["Great stand, the system scaffold demo was useful.", "Engineers on the stand really knew their stuff."]},
        "neu": {"zh": ["拿了资料，回去再看看。", "展位人太多了。"], "en": ["Picked up a brochure, will be in touch.",
                                                     "Busy stand, hard to talk to anyone."]},
    },
    "inspection": {
        "pos": {"zh": ["检查员很细心，发现问题当场整改。", "每周巡检很准时，报告也清楚。"],
                "en": ["Inspector was thorough and fixed things on the spot.", "Weekly inspections always on time, clear reports."]},
    },
}


def render(topic, lang, ctx):
    if topic == "generic":
        at = GENERIC[ctx.get("at", "general")]
        tone = ctx.get("tone", "pos")
        pool = (at.get(tone) or at[next(iter(at))])[lang]
    else:
        pool = TEXTS[topic][lang]
    s = pool[rng.integers(len(pool))]
    return s.format(d=ctx.get("d", 12), n=ctx.get("n", 3))


def fb(c, ts, channel, topic, lang, tp=None, rating=None, nps=None, sentiment=None, **kw):
    if ts is not None and (ts < START or ts > END):
        return
    ctx = kw.pop("ctx", {})
    depot = kw.pop("depot", "")
    if c:
        depot = c["city"]
    text = render(topic, lang, ctx)
    fid = nid("F", 5)
    row = dict(feedback_id=fid, text=text, ts=tfmt(ts) if ts else "", customer_id=c["customer_id"] if c else "",
               touchpoint_id=tp or "", channel=channel, rating=rating if rating is not None else "",
               nps=nps if nps is not None else "", language=lang, depot=depot, **kw)
    feedback.append(row)
    if sentiment is None:
        if topic == "generic":
            sentiment = {"pos": "positive", "neu": "neutral", "neg": "negative"}[ctx.get("tone", "neu")]
        else:
            sentiment = "positive" if topic in POSITIVE_TOPICS else "negative"
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=sentiment))


def stars(tone):
    if tone == "pos":
        return int(pick([4, 5], [0.4, 0.6]))
    if tone == "neu":
        return int(pick([3, 4], [0.7, 0.3]))
    return int(pick([1, 2, 3], [0.4, 0.45, 0.15]))


def tone_draw(p_pos=0.6, p_neu=0.25):
    u = rng.random()
    return "pos" if u < p_pos else "neu" if u < p_pos + p_neu else "neg"


def role(c):
    if c["customer_type"] == "homeowner":
        return "homeowner"
    return pick(["site_manager", "project_manager", "buyer", "safety_officer"], [0.55, 0.25, 0.12, 0.08])


# ---------------- customers ----------------
def make_customer(depot, source, signup, ctype=None):
    en = DEPOTS[depot][7]
    if ctype is None:
        ctype = pick(list(CTYPES), [v[2] if source == "paid_search" else v[1] for v in CTYPES.values()])
    if en:
        lang = "zh" if rng.random() < (0.10 if depot in ("Toronto", "Sydney") else 0.03) else "en"
    else:
        lang = "zh"
    size = "1-9" if ctype == "homeowner" else pick(["1-9", "10-49", "50-249", "250+"],
                                                     [0.25, 0.40, 0.25, 0.10] if ctype != "main_contractor"
                                                     else [0.02, 0.23, 0.45, 0.30])
    tier = "cash" if ctype == "homeowner" or (size == "1-9" and rng.random() < 0.6) else \
        ("key_account" if size == "250+" and rng.random() < 0.6 else "credit_account")
    limit = {"cash": 0, "credit_account": int(pick([5000, 10000, 25000, 50000])),
             "key_account": int(pick([100000, 250000, 500000]))}[tier]
    cid = f"C{len(customers) + 1:05d}"
    c = dict(customer_id=cid, signup_at=tfmt(signup), segment="lead", region=DEPOTS[depot][1], 区域=DEPOTS[depot][2],
             city=depot, 城市=DEPOTS[depot][0], acquisition_channel=source, 获客渠道=SOURCES[source][0], tier=tier,
             customer_type=ctype, 客户类型=CTYPES[ctype][0], company_size=size, credit_limit_gbp=limit,
             preferred_language=lang, account_manager=f"{depot[:3].upper()}-AM{int(rng.integers(1, 5))}",
             hires=0, _quoted=False, _on_hire=False)
    customers.append(c)
    return c


def draw_equipment(c):
    season = DEPOTS[c["city"]][9]
    k = 0 if season == "uk" else 2 if season == "china" else 1
    if c["customer_type"] == "homeowner":
        return pick(["mobile_tower", "tube_fitting", "edge_protection"], [0.5, 0.4, 0.1])
    return pick(list(EQUIP), [v[2][k] for v in EQUIP.values()])


def draw_size(eq):
    lo, hi, med = EQUIP[eq][6]
    if eq in ("mobile_tower", "hoist"):
        return int(min(hi, max(lo, round(rng.lognormal(np.log(med), 0.5)))))
    return round(float(np.clip(rng.lognormal(np.log(med), 0.6), lo, hi)), 1)


def draw_weeks(eq):
    med, lo, hi = EQUIP[eq][3]
    return int(np.clip(round(rng.lognormal(np.log(med), 0.55)), lo, hi))


def project_for(c, eq):
    if c["customer_type"] == "homeowner":
        return "residential_repair"
    if c["customer_type"] == "roofing_facade":
        return pick(["roofing", "facade"])
    if eq == "hoist":
        return pick(["new_build", "infrastructure"], [0.8, 0.2])
    return pick(["new_build", "refurbishment", "facade", "commercial_fitout", "infrastructure"],
                [0.35, 0.3, 0.12, 0.13, 0.1])


# ---------------- the sales funnel ----------------
def sell(c, t0, key, job, first_tp):
    """survey -> quotation -> contract from a lead (key: STEP_P row). Returns the contract time or None."""
    ps, pq, pcon = STEP_P[key]
    fair = key == "fair"
    depot = c["city"]
    lang = c["preferred_language"]
    if rng.random() > ps:
        return None
    # ---- site survey
    ts = later(t0, 3, 25) if fair else later(t0, 1, 6)
    mode = "remote" if job["equipment_type"] == "mobile_tower" or rng.random() < 0.12 else "on_site"
    if rng.random() < 0.08 and mode == "on_site":
        ev(c, ts, "tp_site_survey", "rescheduled", survey_type=mode, surveyor=f"{depot[:3].upper()}-EST{int(rng.integers(1, 4))}",
           reschedule_reason=pick(["site_locked", "client_cancelled", "surveyor_sick"]), enquiry_ref=job["enquiry_ref"])
        ts = later(ts, 1, 4)
    ev(c, ts, "tp_site_survey", mode, survey_type=mode, surveyor=f"{depot[:3].upper()}-EST{int(rng.integers(1, 4))}",
       equipment_type=job["equipment_type"], 设备类型=EQUIP[job["equipment_type"]][0], enquiry_ref=job["enquiry_ref"],
       est_weeks=job["weeks"])
    if rng.random() > pq:
        return None
    # ---- quotation (Toronto has one estimator: slow quotes)
    turn = int(rng.integers(4, 13)) if depot == "Toronto" else int(pick([0, 1, 2, 3, 4, 5, 6], [4, 10, 9, 6, 3, 2, 1]))
    tq = work_time(ts + D(days=turn), 8, 19)
    if tq <= ts:
        tq = ts + D(hours=3)
    c["_quoted"] = True
    return quote_and_sign(c, tq, job, pcon, fair=fair, first_tp=first_tp, turnaround=turn)


def quote_and_sign(c, tq, job, pcon, fair=False, first_tp="", turnaround=None, repeat=False):
    depot = c["city"]
    lang = c["preferred_language"]
    eq, size, weeks = job["equipment_type"], job["size"], job["weeks"]
    m = price_mult(c, tq)
    ed_fee = EQUIP[eq][4] * size * m
    weekly = EQUIP[eq][5] * size * m
    if eq == "hoist":
        ed_fee, weekly = EQUIP[eq][4] * size * m, EQUIP[eq][5] * size * m
    disc = 5 if fair else (3 if repeat and c["tier"] == "key_account" else 0)
    ed_fee *= (1 - disc / 100)
    weekly *= (1 - disc / 100)
    qid = nid("Q", 6)
    basis = "monthly" if (not DEPOTS[depot][7] or eq in ("system_scaffold", "tube_fitting", "hoist") and weeks >= 6) \
        else "weekly"
    qv = ed_fee + weekly * weeks
    ev(c, tq, "tp_quotation", "sent", quote_id=qid, quote_value_gbp=round(qv, 2), ed_fee_gbp=round(ed_fee, 2),
       weekly_rate_gbp=round(weekly, 2), est_weeks=weeks, hire_basis=basis, equipment_type=eq,
       设备类型=EQUIP[eq][0], size=size, size_unit=EQUIP[eq][1], discount_pct=disc,
       quote_turnaround_days=turnaround if turnaround is not None else "",
       estimator=f"{depot[:3].upper()}-EST{int(rng.integers(1, 4))}", repeat_customer="yes" if repeat else "no")
    if rng.random() > pcon:
        # lost quote: some answer the lost-quote survey
        if rng.random() < 0.16:
            lang_ = c["preferred_language"]
            u = rng.random()
            slow = depot == "Toronto" and (turnaround or 0) >= 6
            if slow and u < 0.6:
                topic, tp = "quote_slow", "tp_quotation"
            elif u < 0.45:
                topic, tp = "price_high", "tp_quotation"
            elif u < 0.48 and not slow:
                topic, tp = "quote_slow", "tp_quotation"
            else:
                topic, tp = "generic", "tp_quotation"
            fb(c, later(tq, 10, 25), "lost_quote_survey", topic, lang_, tp=tp, respondent_role=role(c),
               ctx=dict(at="lost", tone="neu", n=turnaround or 8))
        return None
    tcon = later(tq, 1, 12 if not fair else 18)
    return sign(c, tcon, job, qid, ed_fee, weekly, basis, disc)


def sign(c, tcon, job, qid, ed_fee, weekly, basis, disc, legacy=False):
    eq, size, weeks = job["equipment_type"], job["size"], job["weeks"]
    cid = nid("K", 6)
    cancelled = (not legacy) and rng.random() < 0.035
    h = dict(contract_id=cid, c=c, t=tcon, eq=eq, size=size, weeks=weeks, basis=basis, ed_fee=ed_fee, weekly=weekly,
             project=job["project_type"], cancelled=cancelled)
    c["hires"] += 1
    pay = "card" if c["tier"] == "cash" else ("bank_transfer" if DEPOTS[c["city"]][7] else "corporate_transfer")
    if DEPOTS[c["city"]][3] == "GBP" and pay == "bank_transfer" and rng.random() < 0.3:
        pay = "direct_debit"
    h["pay"] = pay
    ev(c, tcon, "tp_contract", "signed", contract_id=cid, quote_id=qid, equipment_type=eq, 设备类型=EQUIP[eq][0],
       system_brand=SYSTEM_BRAND[DEPOTS[c["city"]][9]] if eq == "system_scaffold" else "",
       size=size, size_unit=EQUIP[eq][1], est_weeks=weeks, hire_basis=basis, weekly_rate_gbp=round(weekly, 2),
       ed_fee_gbp=round(ed_fee, 2), project_type=job["project_type"], 工程类型=PROJECTS[job["project_type"]],
       payment_terms="prepaid" if pay == "card" else "30_days", contract_channel=pick(["e_sign", "paper", "email_po"],
                                                                                       [0.6, 0.15, 0.25]))
    order(c, tcon, "hire_contract", ed_fee, "cancelled" if cancelled else "paid", contract_id=cid,
          equipment_type=eq, hire_basis=basis, payment_method=pay)
    if cancelled:
        return None
    hires.append(h)
    run_hire(h)
    return tcon


# ---------------- a hire's life ----------------
def run_hire(h, t_erect=None):
    c = h["c"]
    depot = c["city"]
    lang = c["preferred_language"]
    eq = h["eq"]
    cid = h["contract_id"]
    if t_erect is None:
        lead = int(rng.integers(10, 21)) if eq == "hoist" else int(rng.integers(3, 13))
        promised = work_time(h["t"] + D(days=lead), 7, 9)
        pl = 0.08
        if depot == "Toronto" and promised.month in (12, 1, 2):
            pl = 0.18
        crew_short = depot in ("Manchester", "London") and CREW_SHORT[0] <= promised < CREW_SHORT[1]
        if crew_short:
            pl = 0.72 if depot == "Manchester" else 0.40
        late = rng.random() < pl
        days_late, reason = 0, ""
        if late:
            if crew_short:
                reason = "crew_shortage" if rng.random() < 0.85 else pick(["transport", "site_not_ready"])
                days_late = int(rng.integers(3, 13))
            else:
                reason = pick(list(DELAYS), [v[1] for v in DELAYS.values()])
                if depot == "Toronto" and promised.month in (12, 1, 2) and rng.random() < 0.6:
                    reason = "weather"
                days_late = int(rng.integers(1, 8))
        t_erect = promised + D(days=days_late, hours=int(rng.integers(0, 6)))
        short = rng.random() < 0.06
        row = ev(c, t_erect, "tp_delivery", "late" if late else "on_time", contract_id=cid, promised_date=dfmt(promised),
                 days_late=days_late, delay_reason=reason, 延误原因=DELAYS[reason][0] if reason else "",
                 equipment_type=eq, 设备类型=EQUIP[eq][0], size=h["size"], size_unit=EQUIP[eq][1],
                 crew=f"{depot[:3].upper()}-G{int(rng.integers(1, 7))}", short_delivered="yes" if short else "no",
                 handover_cert="yes" if eq != "mobile_tower" else "n/a")
        # site manager survey after erection
        if row is not None and rng.random() < 0.30:
            if late and rng.random() < 0.8:
                topic, tone = "late_erection", "neg"
            elif short and rng.random() < 0.7:
                topic, tone = "missing_parts", "neg"
            else:
                tone = tone_draw(0.62, 0.25) if not late else tone_draw(0.2, 0.3)
                topic = "crew_praise" if tone == "pos" and rng.random() < 0.4 else "generic"
            r = stars(tone)
            if topic == "late_erection":
                r = int(pick([1, 2, 3], [0.35, 0.45, 0.2]))
            fb(c, later(t_erect, 1, 5, 9, 20), "erection_survey", topic, lang, tp="tp_delivery", rating=r,
               respondent_role=role(c), contract_id=cid, ctx=dict(at="erection", tone=tone, n=max(days_late, 2)))
        # paper site forms at handover (no date)
        if row is not None and rng.random() < 0.05:
            tone = tone_draw(0.6, 0.25)
            topic = "crew_praise" if tone == "pos" and rng.random() < 0.4 else (
                "missing_parts" if short else "generic")
            fb(c, None, "site_form", topic, lang, tp="tp_delivery", rating=stars(tone if topic != "missing_parts"
                                                                                 else "neg"),
               respondent_role="site_manager", ctx=dict(at="erection", tone=tone, n=4))
    h["t_erect"] = t_erect
    weeks = h["weeks"]
    t_off = work_time(t_erect + D(days=7 * weeks + int(rng.integers(-2, 3))), 8, 17)
    # ---- variations and extensions
    if eq != "mobile_tower" and weeks >= 4:
        if rng.random() < 0.30:
            vt = pick(["alteration", "extra_lift", "loading_bay", "sheeting"], [0.4, 0.25, 0.15, 0.2])
            tv = later(t_erect, 7, max(8, 7 * weeks - 7))
            if tv < t_off:
                amt = float(rng.uniform(150, 2500)) * price_mult(c, tv)
                ev(c, tv, "tp_variation", "approved", contract_id=cid, variation_type=vt, 变更类型=VARIATIONS[vt],
                   weeks_added=0, variation_value_gbp=round(amt, 2), requested_by=role(c))
                order(c, tv, "variation", amt, contract_id=cid, variation_type=vt, payment_method=h["pay"])
        if rng.random() < 0.28:
            tv = t_off - D(days=int(rng.integers(3, 15)))
            if tv > t_erect:
                add = int(rng.integers(2, 13))
                ev(c, tv, "tp_variation", "approved", contract_id=cid, variation_type="extension",
                   变更类型=VARIATIONS["extension"], weeks_added=add, variation_value_gbp=round(h["weekly"] * add, 2),
                   requested_by=role(c))
                t_off = t_off + D(days=7 * add)
    # ---- weekly inspections (towers are inspected by the user)
    if eq != "mobile_tower":
        ti = t_erect + D(days=7)
        while ti < t_off and ti <= END:
            if ti >= START:
                bad = rng.random() < DEFECT_P[depot]
                dt = ""
                if bad:
                    dt = pick(list(DEFECTS), [v[2] if depot == "Chengdu" else v[1] for v in DEFECTS.values()])
                insp_t = work_time(ti, 7, 16)
                ev(c, insp_t, "tp_inspection", "defect" if bad else "pass", contract_id=cid,
                   inspector=pick(INSPECTORS[depot]), tag_status="red" if bad else "green",
                   挂牌="红牌" if bad else "绿牌", defect_type=dt, 缺陷类型=DEFECTS[dt][0] if dt else "",
                   hours_to_fix=int(rng.integers(2, 30)) if bad else "")
                if rng.random() < 0.012:
                    if rng.random() < 0.6:
                        fb(c, later(insp_t, 0, 3, 9, 20), "email", "inspection_tag", lang, tp="tp_inspection",
                           respondent_role="safety_officer", contract_id=cid, ctx=dict())
                    else:
                        fb(c, later(insp_t, 0, 3, 9, 20), "email", "generic", lang, tp="tp_inspection",
                           respondent_role="safety_officer", contract_id=cid, ctx=dict(at="inspection", tone="pos"))
            ti += D(days=7)
    # ---- off-hire and collection
    off_ch = pick(["phone", "email", "web" if DEPOTS[depot][7] else "mini_program"], [0.55, 0.2, 0.25])
    off_ref = nid("OH", 6)
    ev(c, t_off, "tp_offhire", "requested", contract_id=cid, offhire_ref=off_ref, channel=off_ch)
    if depot == "London":
        pl = 0.38
    elif depot in ("Sydney", "Wuhan"):
        pl = 0.12
    else:
        pl = 0.08
    late = rng.random() < pl
    if late:
        days = int(rng.integers(7, 22)) if depot == "London" else int(rng.integers(6, 13))
        why = "permit_delay" if depot == "London" and rng.random() < 0.6 else pick(list(COLLECT_DELAY))
    else:
        days, why = int(pick([1, 2, 3, 4, 5], [2, 4, 4, 3, 2])), ""
    t_col = work_time(t_off + D(days=days), 7, 16)
    h["t_col"] = t_col
    ev(c, t_col, "tp_collection", "collected_late" if late else "collected", contract_id=cid, offhire_ref=off_ref,
       days_to_collect=days, collect_delay_reason=why, 回收延误原因=COLLECT_DELAY[why] if why else "",
       crew=f"{depot[:3].upper()}-G{int(rng.integers(1, 7))}")
    overbilled = (late and rng.random() < 0.55) or rng.random() < 0.015
    billed_to = t_col if overbilled else t_off
    extra_days = (billed_to.date() - t_off.date()).days if overbilled else 0
    if overbilled and extra_days <= 0:
        billed_to, extra_days = t_off + D(days=3), 3
    # ---- invoices
    step = 7 if h["basis"] == "weekly" else 30
    p0 = t_erect
    last_inv = None
    while p0 < billed_to:
        p1 = min(p0 + D(days=step), billed_to)
        days_ = max(1, (p1.date() - p0.date()).days)
        final = p1 >= billed_to
        tinv = datetime(p1.year, p1.month, p1.day) + D(days=1, hours=6, minutes=int(rng.integers(0, 50)))
        amt = h["weekly"] * days_ / 7 * (1.05 if tinv >= PRICE_2026 and h["t"] < PRICE_2026 else 1.0)
        inv = nid("INV", 7)
        after = extra_days if final else 0
        if tinv <= END:
            status = "paid"
            if tinv > END - D(days=40):
                status = "unpaid" if rng.random() < 0.5 else "paid"
            elif rng.random() < 0.015:
                status = "unpaid"
            row = ev(c, tinv, "tp_hire_charge", "invoiced", contract_id=cid, invoice_no=inv, period_start=dfmt(p0),
                     period_end=dfmt(p1), hire_days=days_, invoice_gbp=round(amt, 2), hire_basis=h["basis"],
                     days_billed_after_offhire=after, channel="email")
            o = order(c, tinv, "hire_charge", amt, status, contract_id=cid, invoice_no=inv, hire_basis=h["basis"],
                      equipment_type=eq, period_start=dfmt(p0), period_end=dfmt(p1), payment_method=h["pay"],
                      days_billed_after_offhire=after)
            last_inv = (tinv, o, inv)
        p0 = p1
    lang = c["preferred_language"]
    if overbilled and last_inv is not None and last_inv[1] is not None:
        tinv, o, inv = last_inv
        if rng.random() < 0.6:
            td = later(tinv, 2, 10, 8, 18)
            if ev(c, td, "tp_hire_charge", "disputed", contract_id=cid, invoice_no=inv,
                  dispute_reason="charged_after_offhire", days_billed_after_offhire=extra_days, channel="email"):
                if rng.random() < 0.75:
                    o["status"] = "refunded"
                if rng.random() < 0.55:
                    fb(c, td, "email", "offhire_charge", lang, tp="tp_hire_charge", respondent_role="buyer",
                       contract_id=cid, ctx=dict(n=extra_days, d=t_off.day))
    # ---- yard check: damage and losses
    ty = later(t_col, 1, 4, 8, 17)
    p_charge = 0.50 if depot == "Guangzhou" else 0.28
    if eq == "mobile_tower":
        p_charge *= 0.5
    charged = rng.random() < p_charge
    dmg_o = None
    if charged:
        loss_share = 0.75 if depot == "Guangzhou" else 0.35
        kinds = []
        u = rng.random()
        if u < loss_share * 0.8:
            kinds = ["loss"]
        elif u < loss_share:
            kinds = ["damage", "loss"]
        else:
            kinds = ["damage"]
        photos = "no" if rng.random() < 0.3 else "yes"
        m = price_mult(c, ty)
        amts = {k: float(rng.lognormal(np.log(260 if k == "damage" else 180), 0.7)) * m for k in kinds}
        ct = "damage_and_loss" if len(kinds) == 2 else kinds[0]
        row = ev(c, ty, "tp_damage", "charged", contract_id=cid, charge_type=ct,
                 charge_type_zh={"damage": "损坏", "loss": "丢失", "damage_and_loss": "损坏和丢失"}[ct],
                 items_damaged=int(rng.integers(1, 25)) if "damage" in kinds else 0,
                 items_lost=int(rng.integers(2, 60)) if "loss" in kinds else 0,
                 charge_gbp=round(sum(amts.values()), 2), photos_attached=photos)
        if row is not None:
            ords = [order(c, ty, f"{k}_charge", a, contract_id=cid, payment_method=h["pay"], photos_attached=photos)
                    for k, a in amts.items()]
            if rng.random() < (0.35 if photos == "no" else 0.15):
                td = later(ty, 3, 14, 8, 18)
                if ev(c, td, "tp_damage", "disputed", contract_id=cid, charge_type=ct, photos_attached=photos):
                    if rng.random() < 0.5:
                        for o in ords:
                            if o is not None:
                                o["status"] = "refunded"
                    if rng.random() < 0.6:
                        fb(c, td, "email", "damage_charge", lang, tp="tp_damage", respondent_role="buyer",
                           contract_id=cid, ctx=dict(n=int(rng.integers(4, 30))))
            dmg_o = True
    else:
        ev(c, ty, "tp_damage", "clear", contract_id=cid, charge_type="", items_damaged=0, items_lost=0, charge_gbp=0)
    # ---- collection survey
    if t_col <= END and rng.random() < 0.25:
        ts = later(t_col, 2, 6, 9, 20)
        if overbilled and rng.random() < 0.7:
            topic, tone = "offhire_charge", "neg"
            tp = "tp_hire_charge" if rng.random() < 0.85 else "tp_offhire"
        elif late and rng.random() < 0.75:
            topic, tone, tp = "collection_delay", "neg", "tp_collection"
        elif dmg_o and rng.random() < 0.45:
            topic, tone, tp = "damage_charge", "neg", "tp_damage"
        else:
            tone = tone_draw(0.6, 0.28)
            topic, tp = "generic", "tp_collection"
        r = stars(tone)
        if topic == "offhire_charge":
            r = int(pick([1, 2], [0.6, 0.4]))
        fb(c, ts, "collection_survey", topic, lang, tp=tp, rating=r, respondent_role=role(c), contract_id=cid,
           ctx=dict(at="collection", tone=tone, n=max(days, extra_days, 2), d=t_off.day))
    # ---- hire desk tickets
    p_t = 0.22 + (0.5 if late else 0) + (0.5 if overbilled else 0) + (0.25 if charged else 0)
    n_t = int(rng.poisson(p_t))
    for _ in range(n_t):
        if overbilled and rng.random() < 0.5:
            cat = "billing"
        elif late and rng.random() < 0.5:
            cat = "offhire_collection"
        elif charged and rng.random() < 0.4:
            cat = "damage_dispute"
        else:
            cat = pick(list(TICKETS), [v[1] for v in TICKETS.values()])
        if cat in ("billing", "damage_dispute"):
            tt = later(ty if cat == "damage_dispute" else t_col, 1, 15)
        elif cat == "offhire_collection":
            tt = later(t_off, 2, max(3, days), 7, 18)
        else:
            tt = later(t_erect, 0, max(1, 7 * weeks - 1), 7, 18)
        hrs = round(float(rng.lognormal(np.log(TICKETS[cat][2]), 0.7)), 1)
        row = ev(c, tt, "tp_hire_desk", "resolved" if rng.random() < 0.9 else "escalated", contract_id=cid,
                 ticket_no=nid("T", 6), ticket_category=cat, 问题类别=TICKETS[cat][0], resolution_hours=hrs,
                 channel=pick(["phone", "email", "wechat" if not DEPOTS[depot][7] else "web_chat"], [0.6, 0.25, 0.15]))
        if row is None or rng.random() > 0.55:
            continue
        tp = {"billing": "tp_hire_charge", "offhire_collection": "tp_collection", "delivery": "tp_delivery",
              "damage_dispute": "tp_damage", "inspection": "tp_inspection", "certificates": "tp_hire_desk",
              "account_credit": "tp_hire_desk"}[cat]
        tone = "neu"
        if cat == "billing" and overbilled:
            topic, tone = "offhire_charge", "neg"
            tp = "tp_hire_charge" if rng.random() < 0.85 else "tp_offhire"
        elif cat == "offhire_collection" and late:
            topic, tone = "collection_delay", "neg"
        elif cat == "damage_dispute":
            topic, tone = "damage_charge", "neg"
        elif cat == "inspection" and rng.random() < 0.5:
            topic, tone = "inspection_tag", "neg"
        else:
            topic = "generic"
            tone = "neg" if cat == "billing" and rng.random() < 0.4 else "neu"
        fb(c, tt, "call_note", topic, lang, tp=tp, respondent_role=role(c), contract_id=cid,
           ticket_category=cat, ctx=dict(at="call", tone=tone, n=max(extra_days, days, 2), d=t_off.day))
    h["late_collect"], h["overbilled"], h["charged"] = late, overbilled, charged
    # ---- repeat hire
    if t_col < END and rng.random() < CTYPES[c["customer_type"]][3]:
        tr = later(t_col, 7, 120, 8, 17)
        if tr <= END:
            repeat_booking(c, tr)
    return h


def repeat_booking(c, tr):
    depot = c["city"]
    eq = draw_equipment(c)
    job = dict(equipment_type=eq, size=draw_size(eq), weeks=draw_weeks(eq), enquiry_ref=nid("RB", 6))
    job["project_type"] = project_for(c, eq)
    ev(c, tr, "tp_repeat_hire", "requested", booking_ref=job["enquiry_ref"], equipment_type=eq, 设备类型=EQUIP[eq][0],
       channel=pick(["phone", "email", "mini_program" if not DEPOTS[depot][7] else "web"], [0.5, 0.3, 0.2]),
       via_account_manager="yes" if c["tier"] == "key_account" or rng.random() < 0.3 else "no", est_weeks=job["weeks"])
    t = tr
    if rng.random() < 0.35:
        t = later(t, 1, 5)
        ev(c, t, "tp_site_survey", "on_site", survey_type="on_site", surveyor=f"{depot[:3].upper()}-EST{int(rng.integers(1, 4))}",
           equipment_type=eq, 设备类型=EQUIP[eq][0], enquiry_ref=job["enquiry_ref"], est_weeks=job["weeks"])
    if rng.random() > 0.9:
        return
    turn = int(rng.integers(3, 9)) if depot == "Toronto" else int(pick([0, 1, 2, 3], [4, 6, 3, 1]))
    tq = work_time(t + D(days=turn), 8, 19)
    if tq <= t:
        tq = t + D(hours=2)
    c["_quoted"] = True
    quote_and_sign(c, tq, job, 0.72, turnaround=turn, repeat=True)


# ---------------- lead generation ----------------
def lead_time(depot):
    w = np.array([SEASON[DEPOTS[depot][9]][m - 1] * (1 + 0.012 * i) for i, (y, m) in enumerate(MONTHS)])
    y, m = MONTHS[rng.choice(len(MONTHS), p=w / w.sum())]
    last = 31 if m in (1, 3, 5, 7, 8, 10, 12) else 30 if m != 2 else 28
    day = datetime(y, m, int(rng.integers(1, last + 1)))
    return work_time(day, 7, 20)


def fair_dates(depot):
    name, m, d = DEPOTS[depot][8]
    out = []
    for y in (2025, 2026):
        t = datetime(y, m, d)
        if START <= t <= END - D(days=3):
            out.append((name, t))
    return out


def new_lead():
    depot = pick(DEPOT_NAMES, [v[6] for v in DEPOTS.values()])
    en = DEPOTS[depot][7]
    src = pick(list(SOURCES), [v[2] if en else v[3] for v in SOURCES.values()])
    if src == "trade_fair":
        fairs = fair_dates(depot)
        name, fday = fairs[rng.integers(len(fairs))]
        t0 = work_time(fday + D(days=int(rng.integers(0, 3))), 9, 18)
    else:
        t0 = lead_time(depot)
    c = make_customer(depot, src, t0)
    eq = draw_equipment(c)
    job = dict(equipment_type=eq, size=draw_size(eq), weeks=draw_weeks(eq), enquiry_ref=nid("ENQ", 6))
    job["project_type"] = project_for(c, eq)
    if src == "trade_fair":
        ev(c, t0, "tp_trade_fair", "lead_captured", fair_name=name, badge_scanned=pick(["yes", "no"], [0.7, 0.3]),
           equipment_type=eq, 设备类型=EQUIP[eq][0], project_type=job["project_type"],
           工程类型=PROJECTS[job["project_type"]], enquiry_ref=job["enquiry_ref"])
        sell(c, t0, "fair", job, "tp_trade_fair")
    else:
        ch = SOURCES[src][1]
        device = pick(["pc", "ios", "android"], [0.55, 0.2, 0.25] if en else [0.3, 0.3, 0.4]) \
            if ch in ("web", "ads", "mini_program") else ""
        if ch == "mini_program":
            device = pick(["ios", "android"], [0.4, 0.6])
        ev(c, t0, "tp_enquiry", "submitted", channel=ch, device=device, enquiry_source=src,
           询价来源=SOURCES[src][0], ad_platform=("Google Ads" if en else "百度推广") if ch == "ads" else "",
           equipment_type=eq, 设备类型=EQUIP[eq][0], project_type=job["project_type"],
           工程类型=PROJECTS[job["project_type"]], est_weeks=job["weeks"], enquiry_ref=job["enquiry_ref"])
        sell(c, t0, ch, job, "tp_enquiry")


def legacy_accounts():
    for i in range(N_LEGACY):
        depot = pick(DEPOT_NAMES, [v[6] for v in DEPOTS.values()])
        en = DEPOTS[depot][7]
        src = pick(["website", "phone", "trade_fair", "referral", "email"], [0.25, 0.35, 0.2, 0.15, 0.05])
        signup = datetime(2018, 1, 1) + D(days=int(rng.integers(0, 2500)))
        ctype = pick(list(CTYPES), [0.25, 0.3, 0.15, 0.18, 0.1, 0.02])
        c = make_customer(depot, src, signup, ctype)
        c["_legacy"] = True
        # a hire running at the start of the data (contract and erection before 2025)
        if rng.random() < 0.5:
            eq = draw_equipment(c)
            if eq == "mobile_tower":
                eq = "tube_fitting" if en else "system_scaffold"
            size, weeks = draw_size(eq), draw_weeks(eq) + 6
            t_erect = START - D(days=int(rng.integers(7, 7 * (weeks - 1))))
            m = DEPOTS[depot][5]
            basis = "monthly" if (not en or weeks >= 6) else "weekly"
            h = dict(contract_id=nid("K", 6), c=c, t=t_erect - D(days=7), eq=eq, size=size, weeks=weeks, basis=basis,
                     ed_fee=EQUIP[eq][4] * size * m, weekly=EQUIP[eq][5] * size * m, project="new_build",
                     cancelled=False, pay="bank_transfer" if en else "corporate_transfer")
            c["hires"] += 1
            hires.append(h)
            run_hire(h, t_erect=t_erect)
        # repeat bookings through the period
        rate = {"main_contractor": 1.5, "subcontractor": 1.1, "housebuilder": 1.0, "roofing_facade": 0.9,
                "facilities": 0.6, "homeowner": 0.1}[ctype]
        for _ in range(int(rng.poisson(rate))):
            tr = START + D(days=float(rng.uniform(0, (END - START).days - 5)))
            repeat_booking(c, work_time(tr, 8, 17))


# ---------------- surveys and reviews ----------------
def nps_waves():
    for wave, wt in WAVES:
        for c in customers:
            if c["hires"] == 0 or c.get("_first_hire") is None or c["_first_hire"] > wt:
                continue
            if rng.random() > 0.3:
                continue
            exp = c.get("_exp", {})
            base = 8.7 - 3.0 * exp.get("overbilled", 0) - 2.0 * exp.get("late_erect", 0) \
                - 1.5 * exp.get("late_collect", 0) - 1.0 * exp.get("charged", 0)
            if c["city"] == "London" and wave == "2026-04":
                base -= 1.2
            score = int(np.clip(round(rng.normal(base, 1.8)), 0, 10))
            ts = work_time(wt + D(days=int(rng.integers(0, 14))), 8, 21)
            lang = c["preferred_language"]
            if score <= 6:
                if exp.get("overbilled") and rng.random() < 0.7:
                    topic, tp = "offhire_charge", "tp_hire_charge"
                elif exp.get("late_collect") and rng.random() < 0.7:
                    topic, tp = "collection_delay", "tp_collection"
                elif exp.get("charged") and rng.random() < 0.3:
                    topic, tp = "damage_charge", "tp_damage"
                else:
                    topic = pick(["generic", "price_high", "hire_desk"], [0.6, 0.25, 0.15])
                    tp = {"price_high": "tp_quotation", "hire_desk": "tp_hire_desk"}.get(topic, "")
                tone = "neg"
            else:
                tone = "pos" if score >= 9 else "neu"
                topic = "crew_praise" if tone == "pos" and rng.random() < 0.25 else "generic"
                tp = "tp_delivery" if topic == "crew_praise" else ""
            fb(c, ts, "nps_survey", topic, lang, tp=tp, nps=score, survey_wave=wave, respondent_role=role(c),
               ctx=dict(at="general", tone=tone, n=5, d=10))


def reviews():
    hirers = [c for c in customers if c["hires"] > 0]
    for i in range(520):
        c = hirers[rng.integers(len(hirers))]
        en = c["preferred_language"] == "en"
        lang = c["preferred_language"]
        ts = START + D(seconds=float(rng.random() * (END - START).total_seconds()))
        exp = c.get("_exp", {})
        tone = tone_draw(0.5, 0.15) if not (exp.get("overbilled") or exp.get("late_collect")) else tone_draw(0.2, 0.1)
        topic, tp = "generic", ""
        u = rng.random()
        if tone == "neg" and u < 0.65:
            topic = pick(["hire_desk", "price_high", "offhire_charge", "collection_delay", "damage_charge"],
                         [0.35, 0.25, 0.15 if exp.get("overbilled") else 0.02,
                          0.15 if exp.get("late_collect") else 0.03, 0.15])
            tp = {"hire_desk": "tp_hire_desk", "price_high": "tp_quotation", "offhire_charge": "tp_offhire",
                  "collection_delay": "tp_collection", "damage_charge": "tp_damage"}[topic]
        elif tone == "pos" and u < 0.3:
            topic, tp = "crew_praise", "tp_delivery"
        channel = "google_review" if c["city"] in ("London", "Manchester", "Sydney", "Toronto") and en else "wechat_work"
        fb(c, ts, channel, topic, lang, tp=tp, rating=stars(tone) if channel == "google_review" else None,
           respondent_role=role(c), ctx=dict(at="general", tone=tone, n=6, d=14))
    for i in range(130):   # trade-fair stand comment cards: no date, no customer
        depot = pick(DEPOT_NAMES, [v[6] for v in DEPOTS.values()])
        lang = "en" if DEPOTS[depot][7] else "zh"
        tone = tone_draw(0.55, 0.45)
        fb(None, None, "fair_card", "generic", lang, tp="tp_trade_fair", rating=stars(tone), depot=depot,
           ctx=dict(at="fair", tone=tone))


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for _ in range(N_LEADS):
        new_lead()
    legacy_accounts()
    # experience per customer (for NPS and reviews)
    for h in hires:
        c = h["c"]
        if "t_erect" not in h:
            continue
        c["_first_hire"] = min(c.get("_first_hire") or h["t_erect"], h["t_erect"])
        e = c.setdefault("_exp", {})
        for k in ("overbilled", "late_collect", "charged"):
            if h.get(k) and h.get("t_col", END) <= END:
                e[k] = 1
    late_erect = {e["customer_id"] for e in events if e["touchpoint_id"] == "tp_delivery" and e["action"] == "late"}
    for c in customers:
        if c["customer_id"] in late_erect:
            c.setdefault("_exp", {})["late_erect"] = 1
    nps_waves()
    reviews()
    # ---- exact re-sent duplicates of invoice events (the billing system re-exports)
    bills = [i for i, e in enumerate(events) if e["touchpoint_id"] == "tp_hire_charge"]
    for i in rng.choice(bills, 40, replace=False):
        events.append(dict(events[int(i)]))
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    for i, o in enumerate(orders, 1):
        o["order_id"] = f"O{i:06d}"
    feedback.sort(key=lambda f: (f["ts"] or "9999", f["feedback_id"]))

    # ---- sanity: markers match topics exactly
    tmap = {t["feedback_id"]: t["topic"] for t in truth}
    for f in feedback:
        low = f["text"].lower()
        hits = {k for k, ws in TOPIC_MARKERS.items() if any(w.lower() in low for w in ws)}
        topic = tmap[f["feedback_id"]]
        want = set() if topic in ("generic", "none") else {topic}
        assert hits == want, (f["text"], hits, want)

    # ---- customers: segment at the end of the data
    on_hire = {h["c"]["customer_id"] for h in hires if h.get("t_col", END + D(days=1)) > END and "t_erect" in h}
    for c in customers:
        if c["customer_id"] in on_hire:
            c["segment"] = "on_hire"
        elif c["hires"] > 0:
            c["segment"] = "off_hire"
        elif c.get("_legacy"):
            c["segment"] = "dormant"
        elif c["_quoted"]:
            c["segment"] = "quoted"
        else:
            c["segment"] = "lead"
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jrows)
    write(out / "customers.csv", customers)
    write(out / "events.csv", events)
    write(out / "orders.csv", orders)
    write(out / "feedback.csv", feedback)
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", truth)
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


def write(path: Path, rows: list[dict]) -> None:
    cols: list[str] = []
    seen = set()
    for r in rows:
        for k in r:
            if k not in seen and not k.startswith("_"):
                seen.add(k)
                cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow(r)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
