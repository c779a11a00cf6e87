"""菌鲜 FungiFresh: a mushroom grower selling fresh and dried mushrooms wholesale (synthetic, written blind).

FungiFresh grows fresh mushrooms on its own bases (金针菇 enoki, 杏鲍菇 king oyster, 鲜香菇 shiitake, 蟹味菇 shimeji,
白玉菇 white beech, 平菇 oyster) and buys / dries others (干香菇 dried shiitake, 黑木耳 wood ear, 干牛肝菌 dried porcini,
羊肚菌 morel, wild 松茸 matsutake in season) and sells them to restaurants, hotpot chains, supermarkets, hotels and
caterers in 上海 Shanghai, 北京 Beijing, 成都 Chengdu, 广州 Guangzhou, 昆明 Kunming, 香港 Hong Kong and 新加坡 Singapore.

Leads (trade shows, sales-rep visits, website enquiries, WeChat / WhatsApp, referrals) get a cold-chain sample box
(样品箱), a price quote (报价), an account with 30- or 60-day terms (开户建档), a first order (首单), often a standing
order (固定订单: fixed delivery days each week) and repeat orders (补货下单). Every order is dispatched from a hub
before dawn (冷链出库) and checked by the kitchen or store at the door (到货签收: accepted / part_rejected /
rejected); part rejections are credited (质量折让单). Deliveries are billed on a monthly statement (月结对账单) paid
on the customer's terms (回款). Key accounts get a quarterly review (季度回访); accounts that stop buying are marked
lost in the CRM (客户流失登记) with a reason.

Data 2025-01-01 .. 2026-06-30 (CRM + WMS + ERP extract taken early July 2026). Times are naive local times (all
cities are UTC+8). Money: orders.amount and every *_cny column are CNY (the group's reporting currency); currency
and amount_local keep the billed currency (HKD in Hong Kong, SGD in Singapore).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260702), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260702
rng = np.random.default_rng(SEED)
D0 = date(2025, 1, 1)
NDAYS = (date(2026, 6, 30) - D0).days + 1          # 546 days, day index 0 .. 545
LAST = NDAYS - 1

# ---------------------------------------------------------------- reference data
TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_lead", "线索登记", "Lead captured", "awareness", "other", "physical", "sales",
     "新线索|展会名片|询盘|拜访登记|潜在客户|lead|enquiry|inquiry|prospect|trade show lead"),
    ("tp_sample_box", "样品箱寄送", "Sample box sent", "consideration", "other", "physical", "sales_support",
     "寄样|样品|试样|样品箱|送样|sample|sample box|samples|trial box"),
    ("tp_quote", "报价", "Price quote", "consideration", "email", "digital", "sales",
     "报价单|价格单|询价|报个价|quote|quotation|price list|pricing"),
    ("tp_account_setup", "开户建档", "Account setup and terms", "purchase", "other", "digital", "finance",
     "开户|建档|授信|签合同|账期审批|onboarding|account opening|credit terms|trade account"),
    ("tp_first_order", "首单下单", "First order", "purchase", "mini_program", "digital", "order_desk",
     "首单|第一单|开单|试单|first order|first PO|opening order|trial order"),
    ("tp_standing_order", "固定订单签约", "Standing order set up", "loyalty", "other", "digital", "sales",
     "固定单|长期订单|定期配送|周期订单|standing order|recurring order|fixed schedule|subscription order"),
    ("tp_reorder", "补货下单", "Repeat order", "loyalty", "mini_program", "digital", "order_desk",
     "返单|复购|补货|追单|加单|reorder|repeat order|top-up order|replenishment"),
    ("tp_dispatch", "冷链出库", "Cold-chain dispatch", "service", "other", "physical", "logistics",
     "出库|装车|发车|发货|冷库出货|dispatch|loading|outbound|pick and pack"),
    ("tp_delivery", "到货签收", "Delivery and receiving check", "service", "other", "physical", "logistics",
     "到货|签收|验收|收货|拒收|送货|delivery|drop|receiving|goods receipt|rejection at the door"),
    ("tp_credit_note", "质量折让单", "Quality credit note", "service", "email", "digital", "finance",
     "折让|红冲|退款|扣款|credit note|credit|refund|quality credit"),
    ("tp_invoice", "月结对账单", "Monthly statement", "service", "email", "digital", "finance",
     "对账单|月结单|账单|发票|开票|statement|monthly statement|invoice|billing"),
    ("tp_payment", "回款", "Payment received", "service", "other", "digital", "finance",
     "收款|付款|到账|结款|应收|payment|collections|receivables|remittance"),
    ("tp_account_review", "季度客户回访", "Quarterly account review", "loyalty", "other", "physical", "sales",
     "回访|季度会议|QBR|客户拜访|business review|account review|QBR meeting"),
    ("tp_account_lost", "客户流失登记", "Account marked lost", "loyalty", "other", "digital", "sales",
     "流失|丢客|掉单|断货客户|lost account|churn|churned|lost customer"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("lead_to_first_order", "线索到首单", "Lead to first order",
     ["tp_lead", "tp_sample_box", "tp_quote", "tp_account_setup", "tp_first_order"], 60),
    ("first_order_to_standing", "首单到固定订单", "First order to standing order",
     ["tp_first_order", "tp_standing_order"], 90),
    ("first_order_to_cash", "首单到回款", "First order to cash",
     ["tp_first_order", "tp_dispatch", "tp_delivery", "tp_invoice", "tp_payment"], 90),
]

# city: zh, region, region_zh, currency, CNY per unit, lead weight, hub, hub_zh, carrier, carrier_zh, price factor
CITIES = {
    "Shanghai": ("上海", "east_china", "华东", "CNY", 1.0, 0.22, "SH-Songjiang", "上海松江仓", "own_fleet", "自有车队", 1.0),
    "Beijing": ("北京", "north_china", "华北", "CNY", 1.0, 0.16, "BJ-Daxing", "北京大兴仓", "own_fleet", "自有车队", 1.0),
    "Chengdu": ("成都", "southwest", "西南", "CNY", 1.0, 0.17, "CD-Pidu", "成都郫都仓", "own_fleet", "自有车队", 0.97),
    "Guangzhou": ("广州", "south_china", "华南", "CNY", 1.0, 0.16, "GZ-Baiyun", "广州白云仓", "shunxian_coldchain",
                  "顺鲜冷链", 1.0),
    "Kunming": ("昆明", "southwest", "西南", "CNY", 1.0, 0.09, "KM-Chenggong", "昆明呈贡仓", "own_fleet", "自有车队",
                0.95),
    "Hong Kong": ("香港", "hk_macau", "港澳", "HKD", 0.92, 0.13, "GZ-Baiyun", "广州白云仓", "gangsui_reefer", "港穗冷运",
                  1.3),
    "Singapore": ("新加坡", "southeast_asia", "东南亚", "SGD", 5.35, 0.12, "KM-Chenggong", "昆明呈贡仓",
                  "airchill_sg", "冷翼航空冷链", 1.45),
}
MAINLAND = ["Shanghai", "Beijing", "Chengdu", "Guangzhou", "Kunming"]
CITY_NAMES = list(CITIES)
REPS = {
    "Shanghai": ["王磊", "陈静", "刘洋"], "Beijing": ["张伟", "李娜"], "Chengdu": ["杨帆", "何敏", "罗杰"],
    "Guangzhou": ["黄志强", "梁慧"], "Kunming": ["段云"], "Hong Kong": ["Kelvin Chan", "Mandy Lau"],
    "Singapore": ["Daniel Tan", "Priya Nair"],
}
BTYPES = ["restaurant", "hotpot_chain", "supermarket", "hotel", "caterer"]
BTYPE_ZH = {"restaurant": "餐厅", "hotpot_chain": "火锅连锁", "supermarket": "商超", "hotel": "酒店", "caterer": "团餐"}
BTYPE_W = {
    "Shanghai": [0.40, 0.14, 0.16, 0.16, 0.14], "Beijing": [0.38, 0.20, 0.14, 0.14, 0.14],
    "Chengdu": [0.35, 0.32, 0.12, 0.08, 0.13], "Guangzhou": [0.42, 0.12, 0.16, 0.14, 0.16],
    "Kunming": [0.45, 0.15, 0.12, 0.18, 0.10], "Hong Kong": [0.46, 0.14, 0.14, 0.20, 0.06],
    "Singapore": [0.42, 0.16, 0.14, 0.20, 0.08],
}
# product: zh, category, list price CNY/kg, base
PRODUCTS = {
    "enoki": ("金针菇", "fresh", 9.0, "Linyi"),
    "king_oyster": ("杏鲍菇", "fresh", 12.0, "Zhangzhou"),
    "shiitake": ("鲜香菇", "fresh", 16.0, None),
    "shimeji": ("蟹味菇", "fresh", 18.0, "Linyi"),
    "white_beech": ("白玉菇", "fresh", 18.0, "Linyi"),
    "oyster": ("平菇", "fresh", 8.0, "Pidu"),
    "dried_shiitake": ("干香菇", "dried", 68.0, "Gutian"),
    "wood_ear": ("黑木耳", "dried", 45.0, "Dongning"),
    "porcini": ("干牛肝菌", "dried", 190.0, "Chuxiong"),
    "morel": ("羊肚菌", "dried", 320.0, "Chuxiong"),
    "matsutake": ("松茸", "wild", 560.0, "Shangrila"),
}
PRODUCT_EN = {"enoki": "enoki", "king_oyster": "king oyster", "shiitake": "shiitake", "shimeji": "shimeji",
              "white_beech": "white beech", "oyster": "oyster mushrooms", "dried_shiitake": "dried shiitake",
              "wood_ear": "wood ear", "porcini": "dried porcini", "morel": "morels", "matsutake": "matsutake"}
CATEGORY_ZH = {"fresh": "鲜品", "dried": "干货", "wild": "野生菌"}
BASES = {"Linyi": "临沂工厂", "Zhangzhou": "漳州基地", "Gutian": "古田基地", "Pidu": "郫都基地", "Dongning": "东宁基地",
         "Chuxiong": "楚雄收购站", "Shangrila": "香格里拉收购站"}
PROD_W = {
    "hotpot_chain": {"enoki": .30, "king_oyster": .15, "shiitake": .15, "oyster": .15, "white_beech": .10,
                     "shimeji": .05, "wood_ear": .10},
    "restaurant": {"shiitake": .20, "king_oyster": .15, "enoki": .10, "shimeji": .10, "dried_shiitake": .15,
                   "wood_ear": .10, "porcini": .08, "morel": .05, "matsutake": .07},
    "supermarket": {"enoki": .25, "shiitake": .20, "king_oyster": .15, "shimeji": .10, "white_beech": .10,
                    "dried_shiitake": .12, "wood_ear": .08},
    "hotel": {"shiitake": .20, "shimeji": .15, "king_oyster": .10, "porcini": .12, "morel": .12, "matsutake": .12,
              "dried_shiitake": .10, "white_beech": .09},
    "caterer": {"oyster": .25, "enoki": .20, "king_oyster": .20, "wood_ear": .15, "dried_shiitake": .10,
                "shiitake": .10},
}
LEAD_CH_ZH = {"trade_show": "展会", "sales_rep": "销售拜访", "website": "官网询盘", "wechat": "微信咨询",
              "whatsapp": "WhatsApp咨询", "referral": "客户转介绍"}
SHOWS = [  # name, zh, start, days, n leads, city weights, hotpot share
    ("Hotelex Shanghai 2025", "上海国际酒店及餐饮业博览会2025", date(2025, 3, 31), 4, 170,
     {"Shanghai": .6, "Beijing": .12, "Guangzhou": .08, "Chengdu": .08, "Kunming": .04, "Hong Kong": .05,
      "Singapore": .03}, None),
    ("FHA Food & Beverage 2025", "新加坡国际食品与饮料展2025", date(2025, 4, 8), 4, 70,
     {"Singapore": .85, "Hong Kong": .10, "Guangzhou": .05}, None),
    ("HOFEX 2025", "香港国际食品及酒店设备展2025", date(2025, 5, 7), 3, 75,
     {"Hong Kong": .80, "Guangzhou": .15, "Singapore": .05}, None),
    ("China Hotpot Ingredients Expo 2025", "中国火锅食材博览会2025", date(2025, 9, 5), 3, 150,
     {"Chengdu": .6, "Kunming": .1, "Beijing": .1, "Shanghai": .1, "Guangzhou": .1}, 0.6),
    ("Beijing Catering Ingredients Expo 2025", "北京餐饮食材博览会2025", date(2025, 11, 12), 3, 90,
     {"Beijing": .8, "Shanghai": .1, "Chengdu": .1}, None),
    ("Hotelex Shanghai 2026", "上海国际酒店及餐饮业博览会2026", date(2026, 3, 30), 4, 190,
     {"Shanghai": .6, "Beijing": .12, "Guangzhou": .08, "Chengdu": .08, "Kunming": .04, "Hong Kong": .05,
      "Singapore": .03}, None),
    ("FHA Food & Beverage 2026", "新加坡国际食品与饮料展2026", date(2026, 4, 21), 4, 65,
     {"Singapore": .85, "Hong Kong": .10, "Guangzhou": .05}, None),
    ("Guangzhou Catering Expo 2026", "广州餐饮食材展2026", date(2026, 5, 19), 3, 110,
     {"Guangzhou": .7, "Hong Kong": .2, "Shanghai": .05, "Kunming": .05}, None),
]
ORGANIC = {"sales_rep": 0.85, "website": 0.95, "wechat": 0.65, "whatsapp": 0.15, "referral": 0.45}  # leads per day
P_SAMPLE = {"referral": 0.80, "sales_rep": 0.70, "trade_show": 0.45, "wechat": 0.50, "whatsapp": 0.55,
            "website": 0.30}
P_SETUP = {"referral": 0.82, "sales_rep": 0.80, "trade_show": 0.62, "wechat": 0.78, "whatsapp": 0.78,
           "website": 0.52}
P_STANDING = {"hotpot_chain": 0.86, "supermarket": 0.55, "caterer": 0.50, "hotel": 0.35, "restaurant": 0.22}
ADHOC_RATE = {"hotpot_chain": 1.3, "supermarket": 1.2, "restaurant": 0.9, "hotel": 0.7, "caterer": 1.0}  # per week
SCHEDULE = {"hotpot_chain": [(0, 3), (1, 4), (0, 2, 4)], "supermarket": [(0, 3), (1, 4), (0, 2, 5)],
            "restaurant": [(1, 4), (2, 5)], "hotel": [(0, 3), (1, 4)], "caterer": [(0, 3), (1, 4)]}
SEASON = {  # month factor
    "hotpot_chain": [1.35, 1.15, 1.0, 0.9, 0.8, 0.7, 0.65, 0.7, 0.9, 1.05, 1.25, 1.45],
    "supermarket": [1.3, 1.1, 0.95, 0.95, 0.95, 0.9, 0.9, 0.9, 1.0, 1.05, 1.05, 1.1],
    "restaurant": [1.0, 0.95, 1.0, 1.0, 1.0, 0.97, 0.95, 0.95, 1.0, 1.02, 1.02, 1.1],
    "hotel": [0.9, 1.0, 0.95, 0.95, 1.0, 0.95, 1.0, 1.0, 1.15, 1.2, 1.0, 1.25],
    "caterer": [1.05, 0.8, 1.05, 1.05, 1.05, 1.0, 0.7, 0.7, 1.05, 1.05, 1.05, 1.0],
}
KG_BASE = {"hotpot_chain": 9.0, "supermarket": 7.0, "restaurant": 14.0, "hotel": 18.0, "caterer": 35.0}
CNY_CLOSED = [(date(2025, 1, 27), date(2025, 2, 4)), (date(2026, 2, 15), date(2026, 2, 23))]
DRIED_RISE = date(2025, 10, 1)                                  # dried shiitake +22 %
MOULD = (date(2025, 10, 15), date(2025, 11, 30))                # Zhangzhou base green mould
CUSTOMS = (date(2026, 3, 9), date(2026, 4, 30))                 # Singapore import checks on enoki-type products
ERP = (date(2026, 3, 2), date(2026, 4, 19))                     # ERP cut-over: slow credit notes
COURIER_SWITCH = date(2025, 7, 1)                               # all mainland sample boxes by cold chain from here
EXPERIMENT = (date(2025, 8, 1), date(2026, 3, 31))
WAVES = {"2025-06": date(2025, 6, 9), "2025-12": date(2025, 12, 8), "2026-06": date(2026, 6, 8)}
REJECT_ZH = {"mould": "霉变", "slimy": "发粘", "open_caps": "开伞老化", "bruised": "碰伤", "short_weight": "缺重",
             "wrong_item": "错货", "temperature": "温度超标", "short_shelf_life": "保质期不足"}
LOST_ZH = {"price": "价格", "quality": "品质", "delivery_reliability": "配送不稳定", "business_closed": "关店",
           "payment_dispute": "账款纠纷", "menu_change": "菜单调整"}
PAY_ZH = {"bank_transfer": "对公转账", "bank_acceptance": "银行承兑汇票", "fps": "转数快FPS", "cheque": "支票",
          "giro": "GIRO", "paynow": "PayNow"}
TERMS_ZH = {"net30": "月结30天", "net60": "月结60天"}


def day_date(d: int) -> date:
    return D0 + timedelta(days=int(d))


_DAYSTR = [(D0 + timedelta(days=i)).isoformat() for i in range(NDAYS + 400)]


def stamp(d: int, hour: float) -> str:
    s = int(hour * 3600 + 0.5)
    d, s = int(d) + s // 86400, s % 86400
    return f"{_DAYSTR[d]} {s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def didx(x: date) -> int:
    return (x - D0).days


def pick(options, weights=None):
    if weights is None:
        return options[int(rng.integers(len(options)))]
    u = rng.random() * sum(weights)
    acc = 0.0
    for o, w in zip(options, weights):
        acc += w
        if u < acc:
            return o
    return options[-1]


def in_range(d: int, rng_pair) -> bool:
    return didx(rng_pair[0]) <= d <= didx(rng_pair[1])


# month factor per day, per business type; closure factors per city
DAY_MONTH = np.array([day_date(d).month - 1 for d in range(NDAYS)])
DAY_DOW = np.array([day_date(d).weekday() for d in range(NDAYS)])
SEASON_DAY = {b: np.array(SEASON[b])[DAY_MONTH] for b in BTYPES}
CLOSED = np.zeros(NDAYS, dtype=bool)
for a, b in CNY_CLOSED:
    CLOSED[didx(a):didx(b) + 1] = True

# ---------------------------------------------------------------- output rows
events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
customers: list[dict] = []
experiments: list[dict] = []
_eid = [0]


def ev(cid, d, hour, tp, action, channel=None, device=None, **extra):
    _eid[0] += 1
    row = dict(event_id=f"EV{_eid[0]:07d}", customer_id=cid, ts=stamp(d, hour), touchpoint_id=tp, action=action,
               channel=channel, device=device)
    row.update(extra)
    events.append(row)
    return row


# ---------------------------------------------------------------- feedback texts
# one topic per comment; markers (in README / gold.py) appear only in their topic's texts
TEXTS = {
    "mould": (["{p}到货就发霉了，根部一圈白毛，后厨直接拒收。", "这批{p}有好几盒发霉，{city}最近也不热，应该是基地那边的问题。",
               "又是发霉的{p}，上周也有一次，品控能不能上点心？", "打开箱子{p}表面有绿点，发霉很明显，只能退回去。",
               "{p}发霉了，厨师长很生气，说再这样就换供应商。"],
              ["Several trays of {p} had mould on the stems, the chef refused them.",
               "Mould again on the {p}. Second time in a fortnight.",
               "Green mould spots on the {p} - please check your farm.",
               "We found mould under the film on half a carton of {p}, had to send it back."]),
    "slimy": (["{p}摸上去发粘，还带水，一看就没冷透。", "今天的{p}发粘发黄，根本没法上桌。", "{p}包装里全是水汽，菇体发粘，退了两箱。",
               "天热了{p}就容易发粘，希望路上冷链再看紧点。"],
              ["The {p} were slimy and wet when we opened the box.", "{p} arrived slimy, not usable for service.",
               "Slimy {p} again, looks like they warmed up on the way."]),
    "open_caps": (["{p}开伞太多了，我们要的是小朵的，不能上桌。", "这批{p}基本都开伞了，明显是老菇。", "{p}开伞、颜色发暗，跟样品差太远。"],
                  ["Too many open caps in the {p}, they look old on the plate.",
                   "The {p} came with open caps, not the grade we ordered.",
                   "Half the {p} had open caps - please grade them properly."]),
    "bruised": (["{p}碰伤很多，估计装车的时候压了。", "箱子压扁了，里面的{p}都碰伤了。"],
                ["Lots of bruised {p}, the cartons looked like they had been stacked badly.",
                 "{p} bruised and broken, cartons crushed."]),
    "short_weight": (["称了一下缺斤少两，10公斤一箱只有9.2公斤。", "{p}又缺斤少两，每次都差几百克，麻烦核实一下。"],
                     ["Short weight again on the {p}, the 5 kg cartons weigh about 4.6.",
                      "We weighed the {p}: short weight by almost 8%."]),
    "wrong_item": (["发错货了，订的是{p}结果送来别的菇。", "又发错货，单子上写的{p}，箱子里不是。"],
                   ["Wrong item delivered - we ordered {p} and got something else.",
                    "Wrong item again, the {p} line was swapped."]),
    "temperature": (["到货测温11度，厨房按规定只能拒收。", "收货测温偏高，{p}摸着是温的。"],
                     ["The probe read 11 degrees at receiving, we had to reject.",
                      "Probe showed the {p} well above 5 degrees on arrival."]),
    "late": (["今天又送货晚了，中午都开餐了货还没到。", "送货晚了一个多小时，备料全乱了。", "最近经常送货晚，早上九点前能不能保证到？",
              "送货晚，打客服电话也没人接。"],
             ["Late delivery again, lunch prep had already started.", "Another late delivery this morning, over an hour.",
              "Late delivery twice this week - we need the goods before 9."]),
    "customs": (["新加坡这边清关卡了一天多，金针菇到手只剩三四天保质期。", "清关一直被抽检，货晚到不说，菇都不新鲜了。",
                 "最近清关太慢，我们只好临时找本地供应商补货。"],
                ["Shipment held at customs for over a day, the enoki arrived with barely any shelf life left.",
                 "Customs checks keep delaying our deliveries, this is the third time this month.",
                 "Goods stuck in customs again. We had to buy locally to cover the weekend.",
                 "Since the customs inspections started your deliveries are unreliable."]),
    "price": (["干香菇又涨价了，一公斤贵了十几块，我们得考虑换菜单了。", "这次报价涨价太猛，干货成本压不住。",
               "能不能别一直涨价？老客户也没个优惠。", "{p}涨价以后，门店那边意见很大。"],
              ["Another price increase on dried shiitake - hard to keep it on the menu.",
               "The price increase on {p} this quarter is too steep for us.",
               "A 20% price increase without notice is not how you treat a long-term customer."]),
    "cheaper": (["别家报价便宜一成多，老板决定换了。", "同样的菇，隔壁供应商便宜不少。", "找到更便宜的货源了，先不合作了。"],
                ["We found a cheaper supplier for the same mushrooms.",
                 "The other supplier is about 12% cheaper, management decided to switch.",
                 "Moved to a cheaper local grower."]),
    "quality_inconsistent": (["品质不稳定，这周好下周差，厨房没法用。", "你们品质不稳定，我们只能换一家。"],
                             ["Quality was inconsistent week to week, the chef lost confidence.",
                              "Too inconsistent, some deliveries great, others unusable."]),
    "closed": (["门店关店了，暂时不需要进货。", "我们这家店已经关店，后面有新店再联系。"],
               ["We are closing the restaurant at the end of the month.", "The outlet is closing down, no more orders."]),
    "credit_note": (["上个月拒收的那批货，折让单到现在还没下来。", "折让单拖了快三个星期了，财务一直说系统在切换。",
                     "拒收的货款什么时候出折让单？账一直平不了。", "折让单又晚了，请尽快处理。"],
                    ["Still waiting for the credit note for the rejected delivery from three weeks ago.",
                     "Where is our credit note? The rejection was signed off at our back door the same morning.",
                     "The credit note took almost a month this time."]),
    "statement": (["这个月的对账单又对不上，拒收的金额还算在里面。", "对账太麻烦了，每个月都要来回改好几次。",
                   "月底对账发现多算了一张送货单。"],
                  ["Our monthly statement doesn't match the delivery notes again.",
                   "The statement still includes the boxes we rejected.",
                   "Please fix the statement, two deliveries are counted twice."]),
    "sample_warm": (["寄来的样品箱冰袋都化了，菇有点软，不太敢下单。", "样品箱打开冰袋是温的，杏鲍菇都软了。",
                     "冰袋化完了，样品看着不新鲜，先不考虑。"],
                    ["The sample box turned up with the ice packs fully melted, the mushrooms were soft.",
                     "Ice packs were warm when the samples arrived, not a great first impression."]),
    "sample_good": (["样品很不错，{p}品相好，主厨说可以报价。", "试了样品，{p}口感很好，准备下个月开始用。", "样品箱包装很用心，还附了菜谱卡。"],
                    ["Chef liked the samples, the {p} looked great. Please send us prices.",
                     "Samples were excellent, especially the {p}.",
                     "Lovely sample box, the recipe cards were a nice touch."]),
    "driver": (["送货的司机师傅每次都很准时，还帮忙搬进冷库。", "司机很客气，放货位置每次都对。"],
               ["The driver is always polite and stacks everything in our cold room.",
                "Great driver, always on time and friendly."]),
    "rep": (["业务员很负责，有问题随叫随到。", "我们的业务员经常来店里看货，服务很到位。", "业务员帮我们调整了配送时间，很贴心。"],
            ["Our account manager is very responsive.", "Good support from our account manager, quick to sort issues.",
             "The account manager visits regularly and knows our menu."]),
    "terms": (["能不能把账期从30天放到60天？现金流有点紧。", "希望账期能再放宽一点，我们门店多周转慢。", "其他供应商都给60天账期，你们能不能也给？"],
              ["Could we move to 60-day payment terms? Cash flow is tight.",
               "We'd like longer payment terms, other suppliers give us 60 days."]),
    "good": (["菇很新鲜，厨房很满意。", "一直用你们家的货，稳定。", "品相好，客人反馈也不错。", "整体满意，继续合作。"],
             ["Good product, consistent, kitchen is happy.", "Very happy overall, keep it up.",
              "Solid supplier, no complaints this month."]),
    "neutral": (["还行，跟以前差不多。", "一般般，没什么特别的问题。", "正常，没什么意见。"],
                ["It's fine, nothing special.", "OK overall, no major issues.", "Average month."]),
}
SENTIMENT = {"mould": "negative", "slimy": "negative", "open_caps": "negative", "bruised": "negative",
             "short_weight": "negative", "wrong_item": "negative", "temperature": "negative", "late": "negative",
             "customs": "negative", "price": "negative", "cheaper": "negative", "quality_inconsistent": "negative",
             "closed": "neutral", "credit_note": "negative", "statement": "negative", "sample_warm": "negative",
             "sample_good": "positive", "driver": "positive", "rep": "positive", "terms": "neutral",
             "good": "positive", "neutral": "neutral"}
_fid = [0]


def fb(topic, lang, ts, cid, tp, channel, rating=None, nps=None, product=None, city=None, **extra):
    if ts is not None and ts > "2026-06-30 23:59:59":
        return None
    zh, en = TEXTS[topic]
    tmpl = pick(zh if lang == "zh" else en)
    p = product or "shiitake"
    text = tmpl.format(p=PRODUCTS[p][0] if lang == "zh" else PRODUCT_EN[p],
                       city=(CITIES[city][0] if lang == "zh" else city) if city else ("这边" if lang == "zh" else "here"))
    _fid[0] += 1
    fid = f"FB{_fid[0]:05d}"
    row = dict(feedback_id=fid, customer_id=cid, ts=ts, touchpoint_id=tp, channel=channel, rating=rating, nps=nps,
               text=text, language=lang, city=city)
    row.update(extra)
    feedback.append(row)
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENTIMENT[topic]))
    return row


# ---------------------------------------------------------------- customers
class Cust:
    pass


def new_customer(cid, city, btype, channel, lead_day, lead_source=None, old=False):
    c = Cust()
    c.id, c.city, c.btype, c.channel, c.lead_day, c.lead_source, c.old = cid, city, btype, channel, lead_day, \
        lead_source, old
    c.rep = pick(REPS[city])
    lo, hi = {"restaurant": (1, 3), "hotpot_chain": (5, 60), "supermarket": (3, 40), "hotel": (1, 4),
              "caterer": (1, 12)}[btype]
    c.outlets = int(min(hi, lo + rng.geometric(0.25 if hi > 10 else 0.6) - 1))
    big = c.outlets >= 15 or (btype == "hotel" and rng.random() < 0.35)
    c.tier = "key_account" if big or (old and rng.random() < 0.25) else ("small" if btype == "restaurant" and
                                                                          c.outlets == 1 else "standard")
    if city in MAINLAND:   # international hotel chains and Western restaurants write in English
        p_en = {"hotel": 0.55, "restaurant": 0.15 if city in ("Shanghai", "Beijing") else 0.05}.get(btype, 0.0)
        c.lang = "en" if rng.random() < p_en else "zh"
    elif city == "Hong Kong":
        c.lang = "zh" if rng.random() < 0.4 else "en"
    else:
        c.lang = "en" if rng.random() < 0.82 else "zh"
    pw = PROD_W[btype]
    names = list(pw)
    k = int(rng.integers(3, 6))
    idx = rng.choice(len(names), size=min(k, len(names)), replace=False, p=np.array(list(pw.values())) /
                     sum(pw.values()))
    c.products = [names[i] for i in idx]
    c.shiitake_base = "Zhangzhou" if rng.random() < 0.45 else "Gutian"
    p60 = {"supermarket": 0.85, "hotpot_chain": 0.6, "hotel": 0.4, "restaurant": 0.1, "caterer": 0.3}[btype]
    c.terms = "net60" if rng.random() < p60 else "net30"
    if city in MAINLAND:
        pa = {"supermarket": 0.45, "hotpot_chain": 0.35}.get(btype, 0.1)
        c.paymethod = "bank_acceptance" if rng.random() < pa else "bank_transfer"
    elif city == "Hong Kong":
        c.paymethod = "fps" if rng.random() < 0.55 else "cheque"
    else:
        c.paymethod = pick(["giro", "paynow", "cheque"], [0.6, 0.15, 0.25])
    c.discount = {"key_account": 0.92, "standard": 0.97, "small": 1.0}[c.tier]
    c.first_order = None
    c.standing_day = None
    c.schedule = None
    c.lost_day = None          # last active day
    c.lost_marked = None
    c.lost_reason = None
    c.setup = None
    c.name = company_name(city, btype)
    return c


ZH_NAME_A = ["蜀香", "聚福", "鲜味坊", "老码头", "云山", "禾丰", "品珍", "味道", "渝乡", "湘里", "金牌", "福满楼", "好邻居",
             "百味", "锦城", "南粤", "海悦", "滇味", "京味", "佳禾", "一品", "顺和", "汇鲜", "知味"]
ZH_NAME_B = {"restaurant": ["餐厅", "酒家", "私房菜", "小馆"], "hotpot_chain": ["火锅", "串串香", "牛肉火锅", "老火锅"],
             "supermarket": ["生鲜超市", "超市", "鲜生"], "hotel": ["大酒店", "酒店", "国际酒店"],
             "caterer": ["团餐", "餐饮管理", "食堂配送"]}
EN_NAME_A = ["Golden", "Jade", "Lion City", "Harbour", "Lucky", "Orchid", "Red Lantern", "Peak", "Bamboo", "Silver",
             "Dragon", "Pearl", "Kowloon", "Marina", "Tanjong", "Victoria"]
EN_NAME_B = {"restaurant": ["Kitchen", "Restaurant", "Bistro", "Dining"], "hotpot_chain": ["Hotpot", "Steamboat"],
             "supermarket": ["Mart", "FreshMart", "Supermarket"], "hotel": ["Hotel", "Grand Hotel", "Suites"],
             "caterer": ["Catering", "Food Services"]}


def company_name(city, btype):
    if city in MAINLAND or (city == "Hong Kong" and rng.random() < 0.5):
        return CITIES[city][0] + pick(ZH_NAME_A) + pick(ZH_NAME_B[btype])
    return pick(EN_NAME_A) + " " + pick(EN_NAME_B[btype])


def lead_growth(d):
    return 0.85 + 0.3 * d / LAST


all_cust: list[Cust] = []
n = 0
# trade-show leads
for name, name_zh, start, ndays, nleads, cw, hotpot in SHOWS:
    for _ in range(nleads):
        n += 1
        city = pick(list(cw), list(cw.values()))
        if hotpot and rng.random() < hotpot:
            btype = "hotpot_chain"
        else:
            btype = pick(BTYPES, BTYPE_W[city])
        d = didx(start) + int(rng.integers(ndays))
        c = new_customer(f"C{n:05d}", city, btype, "trade_show", d, name)
        c.lead_hour = float(rng.uniform(9.5, 17.5))
        c.show_zh = name_zh
        all_cust.append(c)
# organic leads
for d in range(0, LAST - 5):
    for ch, rate in ORGANIC.items():
        k = rng.poisson(rate * lead_growth(d) * (0.55 if DAY_DOW[d] >= 5 else 1.12) * (0.3 if CLOSED[d] else 1.0))
        for _ in range(k):
            n += 1
            if ch == "wechat":
                city = pick(MAINLAND, [CITIES[x][5] for x in MAINLAND])
            elif ch == "whatsapp":
                city = pick(["Hong Kong", "Singapore"], [0.55, 0.45])
            else:
                city = pick(CITY_NAMES, [CITIES[x][5] for x in CITY_NAMES])
            btype = pick(BTYPES, BTYPE_W[city])
            c = new_customer(f"C{n:05d}", city, btype, ch, d, {"sales_rep": "rep visit", "website": "website form",
                                                             "wechat": "WeChat official account",
                                                             "whatsapp": "WhatsApp Business",
                                                             "referral": "customer referral"}[ch])
            c.lead_hour = float(rng.uniform(8.5, 21.5))
            c.show_zh = None
            all_cust.append(c)
all_cust.sort(key=lambda c: (c.lead_day, c.lead_hour))
for i, c in enumerate(all_cust, 1):
    c.id = f"C{i:05d}"
N_LEAD = len(all_cust)
# pre-2025 accounts
old_cust: list[Cust] = []
for i in range(170):
    city = pick(CITY_NAMES, [0.22, 0.16, 0.19, 0.14, 0.08, 0.11, 0.10])
    btype = pick(BTYPES, [0.30, 0.26, 0.18, 0.14, 0.12])
    c = new_customer(f"A{i + 1:04d}", city, btype, pick(["trade_show", "sales_rep", "referral", "website"],
                                                        [0.3, 0.4, 0.2, 0.1]), None, None, old=True)
    c.opened = date(2018, 1, 1) + timedelta(days=int(rng.integers(0, 2555)))
    c.first_order = None
    if rng.random() < min(0.95, P_STANDING[btype] + 0.15):
        c.standing_day = 0
    old_cust.append(c)

# ---------------------------------------------------------------- lead funnel
QUOTE_DAYS = {}


def quote_price(c, prod, d):
    base = PRODUCTS[prod][2]
    if prod == "dried_shiitake" and d >= didx(DRIED_RISE):
        base *= 1.22
    return base * CITIES[c.city][10] * c.discount * float(rng.uniform(0.96, 1.04))


for c in all_cust:
    d = c.lead_day
    ev(c.id, d, c.lead_hour, "tp_lead", "captured", c.channel, None, city=c.city, sales_rep=c.rep,
       lead_source=c.lead_source, 展会=c.show_zh, business_type=c.btype,
       est_weekly_kg=int(KG_BASE[c.btype] * max(1, c.outlets) * float(rng.uniform(1.2, 3.0))))
    c.sample_day = None
    c.variant = None
    if rng.random() >= P_SAMPLE[c.channel]:
        continue
    sd = d + int(rng.integers(2, 11))
    if sd > LAST:
        continue
    c.sample_day = sd
    if c.city in MAINLAND:
        courier = "sf_standard" if sd < didx(COURIER_SWITCH) and rng.random() < 0.42 else "sf_coldchain"
    elif c.city == "Hong Kong":
        courier = "gangsui_reefer"
    else:
        courier = "air_coldchain"
    warm = rng.random() < (0.55 if courier == "sf_standard" else 0.05)
    if in_range(sd, EXPERIMENT):
        c.variant = "chef_kit" if rng.random() < 0.5 else "standard_box"
    box = c.variant or "standard_box"
    sh = float(rng.uniform(9, 18))
    sample_prods = [p for p in c.products if p != "matsutake" or DAY_MONTH[sd] in (6, 7, 8)][:3]
    ev(c.id, sd, sh, "tp_sample_box", "sent", None, None, city=c.city, sales_rep=c.rep, sample_no=f"SB{len(events):06d}",
       courier=courier, 快递=dict(sf_standard="顺丰标快", sf_coldchain="顺丰冷运", gangsui_reefer="港穗冷运",
                                air_coldchain="航空冷链")[courier], box_type=box,
       transit_hours=round(float(rng.uniform(30, 60) if courier == "sf_standard" else rng.uniform(14, 30)), 1),
       arrival_condition="warm" if warm else "good", sample_products="|".join(sample_prods))
    if c.variant:
        experiments.append(dict(experiment_id="sample_box_2025", variant=c.variant, customer_id=c.id,
                                assigned_at=stamp(sd, sh - 0.5)))
    pq = 0.33 if warm else (0.90 if c.variant == "chef_kit" else 0.66)
    # sample feedback from the chef
    if rng.random() < 0.42:
        fd = sd + int(rng.integers(2, 6))
        if fd <= LAST:
            if warm and rng.random() < 0.75:
                fb("sample_warm", c.lang, stamp(fd, float(rng.uniform(10, 20))), c.id, "tp_sample_box",
                   "sample_feedback", rating=int(pick([1, 2, 3], [0.3, 0.5, 0.2])), city=c.city,
                   business_type=c.btype)
            else:
                r = int(pick([3, 4, 5], [0.2, 0.45, 0.35]))
                fb("sample_good" if r >= 4 else "neutral", c.lang, stamp(fd, float(rng.uniform(10, 20))), c.id,
                   "tp_sample_box", "sample_feedback", rating=r, product=pick(sample_prods) if sample_prods else None,
                   city=c.city, business_type=c.btype)
    if rng.random() >= pq:
        continue
    qd = sd + int(rng.integers(3, 15))
    if qd > LAST:
        continue
    qprods = [p for p in c.products if p != "matsutake" or DAY_MONTH[qd] in (6, 7, 8)]
    main = qprods[0]
    cur, fx = CITIES[c.city][3], CITIES[c.city][4]
    qrows = [(qd, "sent")]
    if rng.random() < 0.25:
        qrows.append((qd + int(rng.integers(2, 7)), "revised"))
    for k, (qdd, act) in enumerate(qrows):
        if qdd > LAST:
            continue
        for prod in qprods[:3]:
            price = quote_price(c, prod, qdd) * (0.95 if act == "revised" else 1.0)
            ev(c.id, qdd, float(rng.uniform(10, 18)) + 0.01 * qprods.index(prod), "tp_quote", act, "email", None,
               city=c.city, sales_rep=c.rep, quote_no=f"Q{c.id[1:]}-{k + 1}", product=prod, 品名=PRODUCTS[prod][0],
               category=PRODUCTS[prod][1], 品类=CATEGORY_ZH[PRODUCTS[prod][1]], price_per_kg_cny=round(price, 2),
               currency=cur, price_per_kg_local=round(price / fx, 2), valid_days=int(pick([7, 14, 30])))
    QUOTE_DAYS[c.id] = qd
    # price complaints on the dried shiitake quotes after the rise
    if "dried_shiitake" in qprods[:3] and qd >= didx(DRIED_RISE) and rng.random() < 0.45:
        fd = qd + int(rng.integers(1, 5))
        if fd <= LAST:
            fb("price", c.lang, stamp(fd, float(rng.uniform(9, 19))), c.id, "tp_quote",
               pick(["call_note", "email"], [0.6, 0.4]), product="dried_shiitake", city=c.city,
               business_type=c.btype)
    if rng.random() >= P_SETUP[c.channel]:
        continue
    ud = qd + (int(rng.integers(5, 21)) if rng.random() < 0.8 else int(rng.integers(21, 56)))
    if ud > LAST:
        continue
    approved = rng.random() < 0.9
    c.setup = ud
    ev(c.id, ud, float(rng.uniform(10, 17)), "tp_account_setup", "approved" if approved else "declined", None, None,
       city=c.city, sales_rep=c.rep, payment_terms=c.terms if approved else None,
       账期=TERMS_ZH[c.terms] if approved else None,
       credit_limit_cny=int(round(KG_BASE[c.btype] * c.outlets * 12 * 30 * 4, -3)) if approved else None,
       decline_reason=None if approved else pick(["poor_credit_history", "incomplete_documents", "new_business"]))
    if approved and rng.random() < 0.3:
        fd = ud + int(rng.integers(0, 4))
        if fd <= LAST:
            fb("terms", c.lang, stamp(fd, float(rng.uniform(10, 18))), c.id, "tp_account_setup", "call_note",
               city=c.city, business_type=c.btype)
    if not approved or rng.random() >= 0.9:
        continue
    fo = ud + int(rng.integers(1, 11))
    if fo > LAST - 1:
        continue
    c.first_order = fo

# ---------------------------------------------------------------- accounts: standing orders, churn, orders
accounts = [c for c in all_cust if c.first_order is not None] + old_cust


def churn_hazard(c, days):
    h = np.full(len(days), 0.012 / 7)
    if c.standing_day is not None:
        h[days >= c.standing_day] = 0.0025 / 7
    h *= {"restaurant": 1.3, "hotel": 0.7, "hotpot_chain": 0.8, "supermarket": 0.6, "caterer": 1.0}[c.btype]
    if c.old:
        h *= 0.6
    else:
        early = days < c.first_order + 56
        h[early] *= 1.6
    if c.city == "Singapore":
        h[(days >= didx(CUSTOMS[0])) & (days <= LAST)] *= 8.0
    return h


for c in accounts:
    start = 0 if c.old else c.first_order
    if not c.old and rng.random() < P_STANDING[c.btype]:
        delay = int(rng.integers(7, 61)) if rng.random() < 0.85 else int(rng.integers(61, 121))
        if start + delay <= LAST - 3:
            c.standing_day = start + delay
    days = np.arange(start, NDAYS)
    h = churn_hazard(c, days)
    cum = np.cumsum(h)
    u = -np.log(rng.random())
    hit = np.nonzero(cum > u)[0]
    c.lost_day = int(days[hit[0]]) if len(hit) else None
    if c.standing_day is not None and c.lost_day is not None and c.standing_day > c.lost_day:
        c.standing_day = None
    if c.standing_day is not None:
        c.schedule = pick(SCHEDULE[c.btype])


def order_days(c):
    start = 0 if c.old else c.first_order + 1
    end = (c.lost_day if c.lost_day is not None else LAST) - 1   # delivery the next day within the data
    if end < start:
        return []
    days = np.arange(start, end + 1)
    season = SEASON_DAY[c.btype][days]
    closed = CLOSED[days]
    close_f = np.where(closed, 0.15 if c.city in MAINLAND else 0.5, 1.0)
    dow = DAY_DOW[days]
    p = np.full(len(days), ADHOC_RATE[c.btype] / 6.0) * season * close_f
    p[dow == 6] *= 0.2
    out = []
    standing = np.zeros(len(days), dtype=bool)
    if c.standing_day is not None:
        on = (days >= c.standing_day) & np.isin(dow, c.schedule)
        standing = on & (rng.random(len(days)) < np.where(closed, 0.1, 0.96))
        p = np.where(days >= c.standing_day, p * 0.25, p)
    adhoc = (rng.random(len(days)) < p) & ~standing
    for i in np.nonzero(standing | adhoc)[0]:
        out.append((int(days[i]), "standing" if standing[i] else "adhoc"))
    return out


_oid = [0]
_stmt = {}      # (cid, year, month) -> list of order dicts
ORDER_CH = {"restaurant": (["wechat", "mini_program", "phone"], [0.45, 0.4, 0.15]),
            "hotpot_chain": (["mini_program", "wechat", "email"], [0.55, 0.3, 0.15]),
            "supermarket": (["edi", "email", "mini_program"], [0.6, 0.25, 0.15]),
            "hotel": (["email", "phone", "mini_program"], [0.5, 0.2, 0.3]),
            "caterer": (["mini_program", "wechat", "phone"], [0.5, 0.35, 0.15])}
ORDER_CH_ABROAD = (["whatsapp", "email", "phone"], [0.55, 0.3, 0.15])


def make_order(c, d, otype):
    _oid[0] += 1
    oid = f"SO{_oid[0]:06d}"
    first = otype == "first"
    avail = [p for p in c.products if p != "matsutake" or DAY_MONTH[d] in (6, 7, 8)] or ["shiitake"]
    nlines = int(min(len(avail), 1 + rng.poisson(1.2)))
    idx = rng.permutation(len(avail))[:nlines]
    lines = []
    season = float(SEASON_DAY[c.btype][d]) if otype == "standing" else 1.0
    for i in sorted(idx):
        prod = avail[i]
        cat = PRODUCTS[prod][1]
        kg = KG_BASE[c.btype] * (c.outlets ** 0.8) * float(rng.lognormal(0, 0.35)) * season
        kg *= {"fresh": 1.0, "dried": 0.12, "wild": 0.05}[cat]
        if prod in ("porcini", "morel"):
            kg *= 0.3
        kg = max(0.5, round(kg, 1))
        price = quote_price(c, prod, d)
        base = c.shiitake_base if prod == "shiitake" else PRODUCTS[prod][3]
        lines.append((prod, kg, price, base))
    lines.sort(key=lambda x: -x[1] * x[2])
    gross = sum(k * p for _, k, p, _ in lines)
    kg_total = sum(k for _, k, _, _ in lines)
    main = lines[0][0]
    cur, fx = CITIES[c.city][3], CITIES[c.city][4]
    if c.city in MAINLAND:
        ch = pick(*ORDER_CH[c.btype])
    else:
        ch = pick(*ORDER_CH_ABROAD)
    if otype == "standing":
        ch = "standing_order"
    dev = pick(["ios", "android"], [0.45, 0.55]) if ch == "mini_program" else ("pc" if ch in ("edi", "email") else None)
    if otype == "standing":
        oh = 12.0
    elif c.city == "Singapore":
        oh = float(rng.uniform(8, 16))      # cut-off 16:00 for the evening flight
    else:
        oh = float(rng.uniform(14, 23.5))
    tp = "tp_first_order" if first else "tp_reorder"
    common = dict(city=c.city, order_no=oid)
    ev(c.id, d, oh, tp, "placed", ch, dev, order_type=otype, 订单类型={"first": "首单", "standing": "固定订单",
                                                                    "adhoc": "临时补货"}[otype],
       main_product=main, 主品名=PRODUCTS[main][0], order_kg=round(kg_total, 1), order_cny=round(gross, 2),
       lines=len(lines), sales_rep=c.rep, **common)
    o = dict(order_id=oid, customer_id=c.id, ts=stamp(d, oh), amount=round(gross, 2), status=None, channel=ch,
             device=dev, order_type=otype, 订单类型={"first": "首单", "standing": "固定订单", "adhoc": "临时补货"}[otype],
             city=c.city, 城市=CITIES[c.city][0], business_type=c.btype, 客户类型=BTYPE_ZH[c.btype],
             main_product=main, 主品名=PRODUCTS[main][0], category=PRODUCTS[main][1], order_kg=round(kg_total, 1),
             gross_cny=round(gross, 2), rejected_cny=0.0, credit_cny=0.0, currency=cur,
             amount_local=round(gross / fx, 2), delivered_at=None, statement_no=None, statement_month=None,
             payment_terms=c.terms, due_date=None, paid_at=None, days_late=None, payment_method=None,
             cancel_reason=None, reject_reason=None)
    orders.append(o)
    if rng.random() < 0.012:
        o["status"] = "cancelled"
        o["cancel_reason"] = pick(["customer_changed_plan", "duplicate_order", "out_of_stock", "kitchen_closed"])
        return o
    # dispatch and delivery
    hub, hub_zh, carrier, carrier_zh = CITIES[c.city][6:10]
    if c.city == "Singapore":
        dd_disp, dh = d, float(rng.uniform(19, 22))
    else:
        dd_disp, dh = d + 1, float(rng.uniform(3.0, 4.5))
    reefer = round(float(rng.normal(2.0, 0.6)), 1)
    ev(c.id, dd_disp, dh, "tp_dispatch", "dispatched", None, None, hub=hub, 发货仓=hub_zh, carrier=carrier,
       承运商=carrier_zh, truck_id=f"{hub[:2]}-{int(rng.integers(1, 40)):02d}", reefer_temp_c=reefer,
       cartons=int(max(1, round(kg_total / 5))), **common)
    window_end = {"restaurant": 10.0, "hotpot_chain": 10.5, "supermarket": 7.5, "hotel": 9.0, "caterer": 8.5}[c.btype]
    dd = d + 1
    p_late = {"own_fleet": 0.05, "shunxian_coldchain": 0.11, "gangsui_reefer": 0.07, "airchill_sg": 0.055}[carrier]
    customs_hold = None
    hold_h = 0.0
    linyi = any(l[0] in ("enoki", "shimeji", "white_beech") for l in lines)
    if c.city == "Singapore":
        customs_hold = "no"
        if in_range(dd, CUSTOMS) and linyi and rng.random() < 0.6:
            customs_hold = "yes"
            hold_h = float(rng.uniform(6, 30))
        elif rng.random() < 0.02:
            customs_hold = "yes"
            hold_h = float(rng.uniform(2, 8))
    if customs_hold == "yes":
        arr = window_end - float(rng.uniform(0.5, 2.5)) + hold_h
    elif rng.random() < p_late:
        arr = window_end + float(rng.uniform(0.6, 3.0))
    else:
        arr = window_end - float(rng.uniform(0.3, 2.5))
    if c.city != "Singapore":
        arr = max(arr, dh + 0.6)
    while arr >= 24:
        arr -= 24
        dd += 1
    minutes_late = max(0, int(round(((dd - d - 1) * 24 + arr - window_end) * 60)))
    on_time = "yes" if minutes_late <= 30 else "no"
    month = DAY_MONTH[dd]
    temp = float(rng.normal(3.4, 1.1))
    if c.city in ("Guangzhou", "Hong Kong") and month in (6, 7):
        temp += 1.6
    if customs_hold == "yes":
        temp += 2.0 + hold_h / 12
    temp = round(temp, 1)
    # rejections
    fresh_lines = [l for l in lines if PRODUCTS[l[0]][1] != "dried"] or lines
    probs = {"slimy": 0.006, "bruised": 0.005, "open_caps": 0.005, "short_weight": 0.004, "wrong_item": 0.003,
             "mould": 0.002, "temperature": 0.002, "short_shelf_life": 0.0}
    if month in (6, 7):
        probs["slimy"] *= 2.5 if c.city in ("Guangzhou", "Hong Kong") else 1.6
    if temp > 8:
        probs["temperature"] += 0.35
    outbreak_lines = [l for l in lines if l[3] == "Zhangzhou"]
    if in_range(dd, MOULD) and outbreak_lines:
        probs["mould"] += 0.10
    if customs_hold == "yes" and hold_h > 6:
        probs["short_shelf_life"] += 0.28
    tot = sum(probs.values())
    reason = None
    if rng.random() < tot:
        reason = pick(list(probs), list(probs.values()))
    action = "accepted"
    rej_line = None
    rejected_cny = 0.0
    rejected_kg = 0.0
    if reason:
        if reason == "mould" and in_range(dd, MOULD) and outbreak_lines:
            rej_line = outbreak_lines[int(rng.integers(len(outbreak_lines)))]
        elif reason == "short_shelf_life":
            cands = [l for l in lines if l[0] in ("enoki", "shimeji", "white_beech")] or fresh_lines
            rej_line = cands[int(rng.integers(len(cands)))]
        else:
            rej_line = fresh_lines[int(rng.integers(len(fresh_lines)))]
        full = rng.random() < (0.3 if reason in ("temperature", "mould") else 0.1)
        if full:
            action = "rejected"
            rejected_cny, rejected_kg = gross, kg_total
        else:
            action = "part_rejected"
            share = float(rng.uniform(0.2, 0.7))
            rejected_kg = round(rej_line[1] * share, 1)
            rejected_cny = round(rejected_kg * rej_line[2], 2)
    dh2 = arr
    drow = ev(c.id, dd, dh2, "tp_delivery", action, None, None, carrier=carrier, 承运商=carrier_zh, hub=hub,
              发货仓=hub_zh, arrival_temp_c=temp, on_time=on_time, minutes_late=minutes_late,
              customs_hold=customs_hold, hold_hours=round(hold_h, 1) if customs_hold == "yes" else None,
              reject_reason=reason, 拒收原因=REJECT_ZH[reason] if reason else None,
              reject_product=rej_line[0] if rej_line else None,
              拒收品名=PRODUCTS[rej_line[0]][0] if rej_line else None,
              base=rej_line[3] if rej_line else None, 种植基地=BASES[rej_line[3]] if rej_line else None,
              rejected_kg=rejected_kg if reason else None, rejected_cny=round(rejected_cny, 2) if reason else None,
              **common)
    o["delivered_at"] = drow["ts"]
    o["reject_reason"] = reason
    o["_dday"] = dd
    if action == "rejected":
        o["status"] = "returned"
        o["rejected_cny"] = round(gross, 2)
    else:
        o["rejected_cny"] = round(rejected_cny, 2)
        o["amount"] = round(gross - rejected_cny, 2)
        o["amount_local"] = round(o["amount"] / fx, 2)
    credit_days = None
    if action == "part_rejected" and rng.random() < 0.95:
        if in_range(dd, ERP):
            credit_days = int(rng.integers(11, 26))
        else:
            credit_days = int(min(9, 1 + rng.poisson(2.5)))
        cd = dd + credit_days
        if cd <= LAST:
            ev(c.id, cd, float(rng.uniform(10, 18)), "tp_credit_note", "issued", "email", None,
               credit_note_no=f"CN{oid[2:]}", credit_cny=round(rejected_cny, 2), days_to_credit=credit_days,
               reject_reason=reason, 拒收原因=REJECT_ZH[reason], **common)
            o["credit_cny"] = round(rejected_cny, 2)
    # feedback around the delivery
    lang, city = c.lang, c.city
    boost = 2.5 if city in ("Hong Kong", "Singapore") else 1.0   # e-mailed survey after every drop abroad
    fts = stamp(dd, min(23.9, arr + float(rng.uniform(1, 8))))
    if reason:
        topic = {"short_shelf_life": "customs"}.get(reason, reason)
        if rng.random() < 0.30 * (1.6 if boost > 1 else 1.0):
            fb(topic, lang, fts, c.id, "tp_delivery", "delivery_survey", rating=int(pick([1, 2], [0.55, 0.45])),
               product=rej_line[0], city=city, business_type=c.btype, order_no=oid)
        elif rng.random() < 0.4:
            fb(topic, lang, fts, c.id, "tp_delivery", "complaint_ticket", product=rej_line[0], city=city,
               business_type=c.btype, order_no=oid)
        if credit_days and credit_days > 10 and rng.random() < 0.35:
            fb("credit_note", lang, stamp(dd + 10, float(rng.uniform(9, 18))), c.id, "tp_credit_note",
               pick(["complaint_ticket", "email"], [0.6, 0.4]), city=city, business_type=c.btype, order_no=oid)
        elif credit_days and rng.random() < 0.015:
            fb("credit_note", lang, stamp(dd + credit_days, 15.0), c.id, "tp_credit_note", "email", city=city,
               business_type=c.btype, order_no=oid)
    elif customs_hold == "yes" and hold_h > 6 and rng.random() < 0.12:
        fb("customs", lang, fts, c.id, "tp_delivery", pick(["delivery_survey", "complaint_ticket"], [0.6, 0.4]),
           rating=int(pick([1, 2, 3], [0.3, 0.5, 0.2])), product=pick([l[0] for l in lines]), city=city,
           business_type=c.btype, order_no=oid)
    elif on_time == "no" and rng.random() < 0.08 * boost:
        fb("late", lang, fts, c.id, "tp_delivery", "delivery_survey", rating=int(pick([2, 3], [0.6, 0.4])),
           city=city, business_type=c.btype, order_no=oid)
    elif rng.random() < 0.022 * boost:
        topic = pick(["good", "driver", "neutral"], [0.5, 0.25, 0.25])
        r = int(pick([4, 5], [0.45, 0.55])) if topic != "neutral" else int(pick([3, 4], [0.6, 0.4]))
        fb(topic, lang, fts, c.id, "tp_delivery", "delivery_survey", rating=r, city=city, business_type=c.btype,
           order_no=oid)
    if action != "rejected" and dd <= LAST:
        key = (c.id, day_date(dd).year, day_date(dd).month)
        _stmt.setdefault(key, []).append(o)
    return o


for c in accounts:
    if not c.old:
        make_order(c, c.first_order, "first")
    if c.standing_day is not None and not c.old:
        sch = "|".join(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][i] for i in c.schedule)
        ev(c.id, c.standing_day, float(rng.uniform(10, 17)), "tp_standing_order", "created", None, None,
           city=c.city, sales_rep=c.rep, schedule=sch, deliveries_per_week=len(c.schedule),
           standing_kg_per_delivery=round(KG_BASE[c.btype] * c.outlets ** 0.8, 1))
    for d, kind in order_days(c):
        make_order(c, d, kind)

# ---------------------------------------------------------------- statements and payments
cust_by_id = {c.id: c for c in accounts}
LATE_BASE = {"supermarket": 0.40, "hotpot_chain": 0.22, "restaurant": 0.18, "caterer": 0.20, "hotel": 0.08}
METHOD_F = {"bank_acceptance": 1.5, "cheque": 1.3, "bank_transfer": 1.0, "fps": 0.5, "giro": 0.6, "paynow": 0.6}
for (cid, y, m), olist in sorted(_stmt.items(), key=lambda kv: (kv[0][1], kv[0][2], kv[0][0])):
    c = cust_by_id[cid]
    nm = date(y + (m == 12), m % 12 + 1, 1)
    issue = didx(nm) + int(rng.integers(0, 3))
    if issue > LAST:
        for o in olist:
            o["status"] = "unbilled"
        continue
    sno = f"ST{y}{m:02d}-{cid}"
    total = round(sum(o["amount"] for o in olist), 2)
    term_days = 30 if c.terms == "net30" else 60
    due = issue + term_days
    ev(cid, issue, float(rng.uniform(9, 12)), "tp_invoice", "issued", "email", None, statement_no=sno,
       statement_month=f"{y}-{m:02d}", statement_cny=total, orders_billed=len(olist), payment_terms=c.terms,
       账期=TERMS_ZH[c.terms], due_date=day_date(due).isoformat(), city=c.city)
    if (in_range(issue, (date(2026, 4, 1), date(2026, 5, 10))) and rng.random() < 0.06) or rng.random() < 0.006:
        fb("statement", c.lang, stamp(issue + int(rng.integers(1, 6)), float(rng.uniform(9, 18))), cid, "tp_invoice",
           pick(["complaint_ticket", "email"], [0.5, 0.5]), city=c.city, business_type=c.btype, statement_no=sno)
    p_late = LATE_BASE[c.btype] * METHOD_F[c.paymethod] * (0.7 if c.city == "Hong Kong" else 1.0) \
        * (0.8 if c.city == "Singapore" else 1.0)
    late = rng.random() < min(0.85, p_late)
    pay = due + (int(3 + rng.gamma(2.0, 8.0)) if late else -int(rng.integers(0, 16)))
    for o in olist:
        o["statement_no"] = sno
        o["statement_month"] = f"{y}-{m:02d}"
        o["due_date"] = day_date(due).isoformat()
    if pay > LAST:
        st = "overdue" if due < LAST else "billed"
        for o in olist:
            o["status"] = st
        continue
    days_late = max(0, pay - due)
    ph = float(rng.uniform(9, 17))
    ev(cid, pay, ph, "tp_payment", "late" if days_late > 0 else "on_time", None, None, statement_no=sno,
       paid_cny=total, payment_method=c.paymethod, 付款方式=PAY_ZH[c.paymethod], payment_terms=c.terms,
       账期=TERMS_ZH[c.terms], days_to_pay=pay - issue, days_late=days_late, city=c.city)
    for o in olist:
        o["status"] = "paid"
        o["paid_at"] = stamp(pay, ph)
        o["days_late"] = days_late
        o["payment_method"] = c.paymethod

# ---------------------------------------------------------------- lost accounts, reviews, NPS, notes
last_order = {}
for o in orders:
    last_order[o["customer_id"]] = max(last_order.get(o["customer_id"], ""), o["ts"])
for c in accounts:
    if c.lost_day is None:
        continue
    mark = c.lost_day + int(rng.integers(21, 42))
    if mark > LAST:
        continue
    c.lost_marked = mark
    if c.city == "Singapore" and c.lost_day >= didx(CUSTOMS[0]):
        w = {"delivery_reliability": .7, "price": .12, "quality": .1, "business_closed": .08}
    else:
        w = {"price": .36, "quality": .18, "business_closed": .3 if c.btype == "restaurant" else .15,
             "delivery_reliability": .08, "payment_dispute": .06, "menu_change": .12}
    c.lost_reason = pick(list(w), list(w.values()))
    ev(c.id, mark, float(rng.uniform(10, 18)), "tp_account_lost", "marked_lost", None, None, city=c.city,
       sales_rep=c.rep, lost_reason=c.lost_reason, 流失原因=LOST_ZH[c.lost_reason],
       last_order_date=last_order.get(c.id, "")[:10] or None,
       had_standing_order="yes" if c.standing_day is not None else "no")
    if rng.random() < 0.6:
        topic = {"price": "cheaper", "quality": "quality_inconsistent", "business_closed": "closed",
                 "delivery_reliability": "customs" if c.city == "Singapore" else "late",
                 "payment_dispute": "statement", "menu_change": "neutral"}[c.lost_reason]
        fb(topic, c.lang, stamp(mark + int(rng.integers(0, 5)), float(rng.uniform(10, 18))), c.id,
           "tp_account_lost", "lost_interview", city=c.city, business_type=c.btype)
# quarterly reviews for key accounts
for c in accounts:
    if c.tier != "key_account":
        continue
    start = 0 if c.old else c.first_order
    end = c.lost_day if c.lost_day is not None else LAST
    for qs in [date(2025, 1, 1), date(2025, 4, 1), date(2025, 7, 1), date(2025, 10, 1), date(2026, 1, 1),
               date(2026, 4, 1)]:
        d = didx(qs) + int(rng.integers(20, 70))
        if d < start + 30 or d > end or d > LAST:
            continue
        ev(c.id, d, float(rng.uniform(10, 17)), "tp_account_review", "completed", None, None, city=c.city,
           sales_rep=c.rep, quarter=f"{qs.year}Q{(qs.month - 1) // 3 + 1}")
        if rng.random() < 0.5:
            topic = pick(["rep", "good", "terms", "neutral", "price"], [0.35, 0.25, 0.15, 0.15, 0.1])
            r = {"rep": 5, "good": 4, "terms": 3, "neutral": 3, "price": 2}[topic]
            r = int(min(5, max(1, r + pick([-1, 0, 0, 1]))))
            undated = rng.random() < 0.3
            fb(topic, c.lang, None if undated else stamp(d + 1, 16.0), c.id, "tp_account_review", "qbr_form",
               rating=r, product="dried_shiitake" if topic == "price" else None, city=c.city,
               business_type=c.btype, quarter=f"{qs.year}Q{(qs.month - 1) // 3 + 1}")
# delivery stats per customer for NPS
rej_by_c = {}
late_by_c = {}
for e in events:
    if e["touchpoint_id"] == "tp_delivery":
        d = didx(date.fromisoformat(e["ts"][:10]))
        if e["action"] != "accepted":
            rej_by_c.setdefault(e["customer_id"], []).append((d, e["reject_reason"]))
        if e["on_time"] == "no":
            late_by_c.setdefault(e["customer_id"], []).append(d)
for wave, wd in WAVES.items():
    w0 = didx(wd)
    for c in accounts:
        start = 0 if c.old else c.first_order
        if start > w0 - 14 or (c.lost_day is not None and c.lost_day < w0):
            continue
        if rng.random() >= (0.75 if c.city in ("Hong Kong", "Singapore") else 0.5):
            continue
        d = w0 + int(rng.integers(0, 14))
        recent = [r for x, r in rej_by_c.get(c.id, []) if w0 - 90 <= x < w0]
        recent_rej = len(recent)
        recent_late = sum(1 for x in late_by_c.get(c.id, []) if w0 - 90 <= x < w0)
        dried = "dried_shiitake" in c.products and wave != "2025-06"
        sg_bad = c.city == "Singapore" and wave == "2026-06"
        pdet = 0.14 + 0.12 * min(recent_rej, 3) + (0.25 if dried else 0) + (0.45 if sg_bad else 0) \
            + 0.03 * min(recent_late, 5)
        pdet = min(pdet, 0.9)
        u = rng.random()
        if u < pdet:
            score = int(rng.integers(0, 7))
            if sg_bad and rng.random() < 0.7:
                topic = "customs"
            elif dried and rng.random() < 0.55:
                topic = "price"
            elif recent_rej and rng.random() < 0.6:   # the last rejection they had
                topic = {"short_shelf_life": "customs"}.get(recent[-1], recent[-1])
            else:
                topic = pick(["late", "statement", "neutral", "terms"], [0.35, 0.2, 0.3, 0.15])
        elif u < pdet + (1 - pdet) * 0.38:
            score = int(rng.integers(7, 9))
            topic = pick(["neutral", "terms", "good"], [0.6, 0.2, 0.2])
        else:
            score = int(rng.integers(9, 11))
            topic = pick(["good", "rep", "driver"], [0.5, 0.3, 0.2])
        prod = "dried_shiitake" if topic == "price" else (pick(c.products) if topic in REJECT_ZH else None)
        if prod == "matsutake" or (prod and PRODUCTS[prod][1] == "dried" and topic != "price"):
            prod = "shiitake"
        fb(topic, c.lang, stamp(d, float(rng.uniform(9, 21))), c.id, None, "nps_survey", nps=score, product=prod,
           city=c.city, business_type=c.btype, survey_wave=wave)
# rep visit notes
for _ in range(260):
    c = accounts[int(rng.integers(len(accounts)))]
    start = 0 if c.old else c.first_order
    end = c.lost_day if c.lost_day is not None else LAST
    if end - start < 10:
        continue
    d = int(rng.integers(start, end))
    topic = pick(["rep", "good", "terms", "neutral", "price", "late"], [0.15, 0.3, 0.15, 0.25, 0.08, 0.07])
    if topic == "price" and d < didx(DRIED_RISE):
        topic = "neutral"
    fb(topic, c.lang, stamp(d, float(rng.uniform(10, 18))), c.id, None, "call_note",
       product="dried_shiitake" if topic == "price" else None, city=c.city, business_type=c.btype)
# WeChat customer-group messages exported without time or customer
for _ in range(125):
    city = pick(MAINLAND + ["Hong Kong"], [0.22, 0.18, 0.2, 0.18, 0.1, 0.12])
    topic = pick(["late", "slimy", "good", "neutral", "statement", "terms", "driver", "open_caps"],
                 [0.15, 0.12, 0.2, 0.2, 0.08, 0.1, 0.08, 0.07])
    fb(topic, "zh", None, None, "tp_delivery" if topic in ("late", "slimy", "driver", "open_caps") else None,
       "wechat_group", product=pick(["enoki", "shiitake", "king_oyster", "oyster"]), city=city)

# ---------------------------------------------------------------- customers table
SEG_END = LAST
cust_rows = []
for c in all_cust + old_cust:
    lo = last_order.get(c.id)
    lo_day = didx(date.fromisoformat(lo[:10])) if lo else None
    if c.old or c.first_order is not None:
        if c.lost_marked is not None:
            seg = "lost"
        elif lo_day is None or SEG_END - lo_day > 30:
            seg = "lapsed"
        elif not c.old and SEG_END - c.first_order <= 90:
            seg = "new_account"
        else:
            seg = "active"
    else:
        seg = "prospect" if SEG_END - c.lead_day <= 60 and c.setup is None or (
            c.setup is not None and SEG_END - c.setup <= 30) else "lost_lead"
    cz, reg, reg_zh = CITIES[c.city][0:3]
    signup = datetime.combine(c.opened, datetime.min.time()) + timedelta(hours=10) if c.old else None
    cust_rows.append(dict(
        customer_id=c.id, company_name=c.name,
        signup_at=signup.strftime("%Y-%m-%d %H:%M:%S") if c.old else stamp(c.lead_day, c.lead_hour),
        segment=seg, region=reg, 区域=reg_zh, city=c.city, 城市=cz, acquisition_channel=c.channel,
        获客渠道=LEAD_CH_ZH[c.channel], tier=c.tier, business_type=c.btype, 客户类型=BTYPE_ZH[c.btype],
        outlets=c.outlets, sales_rep=c.rep,
        payment_terms=c.terms if (c.old or c.setup is not None) else None,
        账期=TERMS_ZH[c.terms] if (c.old or c.setup is not None) else None,
        payment_method=c.paymethod if (c.old or c.first_order is not None) else None,
        preferred_language=c.lang,
        account_opened=(c.opened.isoformat() if c.old else (day_date(c.first_order).isoformat()
                                                             if c.first_order is not None else None)),
        standing_order="yes" if c.standing_day is not None else "no",
        lost_reason=c.lost_reason, lost_at=day_date(c.lost_marked).isoformat() if c.lost_marked else None))

# ---------------------------------------------------------------- write
TP_COLS = ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"]


def write(path: Path, rows, cols=None):
    if cols is None:
        cols = []
        seen = set()
        for r in rows:
            for k in r:
                if k not in seen and not k.startswith("_"):
                    seen.add(k)
                    cols.append(k)
    pos = {k: i for i, k in enumerate(cols)}
    n = len(cols)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            row = [None] * n               # csv writes None as an empty field
            for k, v in r.items():
                i = pos.get(k)
                if i is not None:
                    row[i] = v
            w.writerow(row)


def main(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          TP_COLS)
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=i + 1, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for i, tp in enumerate(j[3])])
    write(out / "customers.csv", cust_rows)
    evs = sorted(events, key=lambda e: (e["ts"], e["event_id"]))
    # a WMS re-sync sent 24 dispatch scans twice (same event_id, same content)
    disp = [e for e in evs if e["touchpoint_id"] == "tp_dispatch" and e["ts"].startswith("2026-01")]
    dup = [disp[int(i)] for i in rng.choice(len(disp), size=24, replace=False)]
    evs = sorted(evs + dup, key=lambda e: (e["ts"], e["event_id"]))
    base = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device"]
    extra = []
    for e in evs:
        for k in e:
            if k not in base and k not in extra:
                extra.append(k)
    write(out / "events.csv", evs, base + extra)
    ocols = [k for k in orders[0] if not k.startswith("_")]
    write(out / "orders.csv", orders, ocols)
    fcols = ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "rating", "nps", "text", "language",
             "city", "business_type", "survey_wave", "order_no", "statement_no", "quarter"]
    fbs = sorted(feedback, key=lambda r: (r["ts"] or "9999", r["feedback_id"]))
    write(out / "feedback.csv", fbs, fcols)
    write(out / "experiments.csv", experiments, ["experiment_id", "variant", "customer_id", "assigned_at"])
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(cust_rows)}, events {len(evs)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"experiments {len(experiments)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
