"""云鸽 SkyPigeon: drone parcel delivery to mountain villages (synthetic, written blind).

Five drone hubs (起降站) in Yunnan, Guizhou, Sichuan, Zhejiang and Fujian fly parcels between the county town and 18
village pickup points (村级投放点), each run by a village agent (村代 / 代办员) who receives the drop and hands it over.
Villagers, village shops (小卖部), homestays (民宿), farm co-ops (合作社) and village clinics (村卫生室) sign up in the
app / WeChat mini program or through their village agent (注册), check the fee (运费估算), place a delivery order
(下单: 快递进村 parcel, 生鲜食品 fresh food, 药品急送 medicine, 农产品出村 farm produce flown out, 小店补货 shop restock)
and pay (支付, one event per attempt, success / fail). Ops schedules the flight (航班排期); weather can ground it
(天气停飞: rain, fog, wind, snow, thunderstorm, typhoon); long routes swap batteries at a relay station (中继换电);
the drone takes off (起飞) and drops the parcel at the pickup point (投放, success / fail: blocked pad, wind abort,
GPS drift, obstacle). A failed drop is flown again (重新投递) or the parcel goes back (退回, order refunded). The
customer picks the parcel up from the agent (取件签收). Damaged parcels are reported in the app (破损上报) and the claim
is decided (理赔审核: approved with a payout / rejected). From 2025-04-01 a monthly pass (月卡, 19.9 CNY a month, 29.9
from 2026-06-01) covers all delivery fees: people see the pass page (月卡介绍页), buy it (开通月卡), and every 30 days
renew it (月卡续费) or let it lapse (月卡到期未续).

The extract covers 2025-01-01 .. 2026-07-31 (taken at the start of August 2026); customers who signed up in 2024 are in
`customers` (signup_at in 2024) and appear with their orders from 2025 on.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics per comment; not a DATA.md table).
Deterministic (seed 20261202), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261202
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
N_NEW, N_LEGACY = 3000, 260
PASS_LAUNCH = datetime(2025, 4, 1)
PASS_UP = datetime(2026, 6, 1)                                     # monthly pass 19.9 -> 29.9
PAY_BUG = (datetime(2025, 11, 3), datetime(2025, 11, 28))          # app 4.3.0: WeChat Pay callback fails on Android
FW_BUG = (datetime(2026, 2, 10), datetime(2026, 4, 1))             # SP-6 firmware 3.2.0: GPS drift at the drop
PAD_BLOCK = (datetime(2025, 10, 1), datetime(2026, 1, 1))          # Baoshan Stone Village pad taken by a new market
SP6_FROM = datetime(2025, 6, 1)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_signup", "注册账号", "Account sign-up", "awareness", "app", "digital", "growth",
     "注册|开户|下载App|新用户|sign up|signup|register|new account"),
    ("tp_quote", "运费估算", "Fee quote", "consideration", "app", "digital", "product",
     "查运费|询价|估价|运费查询|价格页|quote|price check|fee estimate"),
    ("tp_order", "提交订单", "Order placed", "purchase", "app", "digital", "product",
     "下单|寄件|提交配送单|配送单|place order|order|booking"),
    ("tp_pay", "支付", "Payment", "purchase", "app", "digital", "payments",
     "付款|支付|微信支付|付运费|pay|payment|checkout"),
    ("tp_schedule", "航班排期", "Flight scheduled", "service", "other", "digital", "flight_ops",
     "排期|排班|航班|派单|调度|flight slot|scheduling|dispatch"),
    ("tp_weather_hold", "天气停飞", "Weather grounding", "service", "other", "physical", "flight_ops",
     "停飞|气象停飞|天气延误|禁飞|大风停飞|grounded|weather hold|weather delay|grounding"),
    ("tp_battery_swap", "中继换电", "Battery swap", "service", "other", "physical", "flight_ops",
     "换电|换电池|中继站|电池更换|battery swap|relay station|battery change"),
    ("tp_takeoff", "起飞", "Take-off", "service", "other", "physical", "flight_ops",
     "起飞|出发|飞行|take off|takeoff|departure|flight"),
    ("tp_drop", "投放", "Parcel drop", "service", "other", "physical", "flight_ops",
     "投放|投递|降落|空投|落点|drop|drop-off|delivery drop|landing"),
    ("tp_redelivery", "重新投递", "Re-delivery", "service", "other", "physical", "flight_ops",
     "二次投递|补投|再次配送|重新配送|redelivery|re-delivery|second attempt"),
    ("tp_pickup", "取件签收", "Parcel pickup", "service", "store", "physical", "village_network",
     "取件|签收|代办点取件|村代交件|pickup|collect parcel|handover"),
    ("tp_damage_report", "破损上报", "Damage report", "service", "app", "digital", "customer_service",
     "破损|损坏|包裹坏了|报损|damage report|damaged parcel|broken parcel"),
    ("tp_claim_decision", "理赔审核", "Claim decision", "service", "phone", "digital", "customer_service",
     "理赔|赔付|赔偿|拒赔|claim|compensation|payout"),
    ("tp_pass_view", "月卡介绍页", "Monthly pass page", "consideration", "app", "digital", "growth",
     "月卡页面|包月介绍|月卡详情|pass page|monthly pass info"),
    ("tp_pass_buy", "开通月卡", "Monthly pass purchase", "loyalty", "app", "digital", "growth",
     "买月卡|办月卡|开月卡|包月|monthly pass|buy pass|subscription"),
    ("tp_pass_renew", "月卡续费", "Monthly pass renewal", "loyalty", "app", "digital", "growth",
     "续费|续月卡|自动续费|renew|renewal|pass renewal"),
    ("tp_pass_lapse", "月卡到期未续", "Monthly pass lapsed", "loyalty", "app", "digital", "growth",
     "月卡过期|没续费|流失|lapse|pass expired|not renewed|churn"),
]

JOURNEYS = [  # id, zh, en, steps, window
    ("activation", "新用户首单", "New user first order",
     ["tp_signup", "tp_quote", "tp_order", "tp_pay"], 14),
    ("delivery", "配送履约", "Delivery fulfilment",
     ["tp_order", "tp_pay", "tp_takeoff", "tp_drop", "tp_pickup"], 7),
    ("pass", "月卡开通续费", "Monthly pass conversion",
     ["tp_pass_view", "tp_pass_buy", "tp_pass_renew"], 45),
    ("claim", "破损理赔", "Damage claim", ["tp_damage_report", "tp_claim_decision"], 14),
]

HUBS = {  # id: zh, en, region, 省份, weight, county
    "HUB_LJ": ("丽江玉龙起降站", "Lijiang Yulong Hub", "yunnan", "云南", 0.22),
    "HUB_LS": ("雷山起降站", "Leishan Hub", "guizhou", "贵州", 0.22),
    "HUB_LX": ("理县起降站", "Lixian Hub", "sichuan", "四川", 0.12),
    "HUB_AJ": ("安吉起降站", "Anji Hub", "zhejiang", "浙江", 0.30),
    "HUB_WY": ("武夷山起降站", "Wuyishan Hub", "fujian", "福建", 0.14),
}
STATIONS = {  # id: zh, en
    "ST_YL": ("玉龙雪山中继站", "Yulong Snow Mountain Relay"),
    "ST_LSH": ("拉市海中继站", "Lashihai Relay"),
    "ST_XJ": ("西江中继站", "Xijiang Relay"),
    "ST_TP": ("桃坪中继站", "Taoping Relay"),
    "ST_THP": ("天荒坪中继站", "Tianhuangping Relay"),
    "ST_XC": ("星村中继站", "Xingcun Relay"),
}
POINTS = [  # id, hub, zh, en, agent zh, agent en, km, relay, altitude, weight in hub
    ("PP_LJ01", "HUB_LJ", "宝山石头城村", "Baoshan Stone Village", "和丽华", "He Lihua", 18, "ST_YL", 2350, 0.30),
    ("PP_LJ02", "HUB_LJ", "玉湖村", "Yuhu Village", "木新春", "Mu Xinchun", 9, None, 2740, 0.25),
    ("PP_LJ03", "HUB_LJ", "拉市村", "Lashi Village", "杨秀英", "Yang Xiuying", 14, "ST_LSH", 2440, 0.25),
    ("PP_LJ04", "HUB_LJ", "鸣音村", "Mingyin Village", "和建国", "He Jianguo", 22, "ST_YL", 2900, 0.20),
    ("PP_LS01", "HUB_LS", "西江千户苗寨", "Xijiang Miao Village", "杨阿妹", "Yang Amei", 15, "ST_XJ", 830, 0.32),
    ("PP_LS02", "HUB_LS", "郎德上寨", "Langde Upper Village", "吴金花", "Wu Jinhua", 8, None, 760, 0.22),
    ("PP_LS03", "HUB_LS", "格头村", "Getou Village", "潘正华", "Pan Zhenghua", 20, "ST_XJ", 1150, 0.20),
    ("PP_LS04", "HUB_LS", "乌东村", "Wudong Village", "李桂芳", "Li Guifang", 11, None, 1280, 0.26),
    ("PP_LX01", "HUB_LX", "桃坪羌寨", "Taoping Qiang Village", "王小兰", "Wang Xiaolan", 13, "ST_TP", 1560, 0.40),
    ("PP_LX02", "HUB_LX", "甘堡藏寨", "Ganbao Tibetan Village", "泽仁卓玛", "Zeren Zhuoma", 7, None, 1700, 0.35),
    ("PP_LX03", "HUB_LX", "木卡村", "Muka Village", "余永刚", "Yu Yonggang", 19, "ST_TP", 2100, 0.25),
    ("PP_AJ01", "HUB_AJ", "大竹园村", "Dazhuyuan Village", "沈美娟", "Shen Meijuan", 6, None, 420, 0.28),
    ("PP_AJ02", "HUB_AJ", "山川村", "Shanchuan Village", "钱卫东", "Qian Weidong", 14, "ST_THP", 560, 0.27),
    ("PP_AJ03", "HUB_AJ", "高家堂村", "Gaojiatang Village", "陈雪琴", "Chen Xueqin", 10, None, 380, 0.25),
    ("PP_AJ04", "HUB_AJ", "大溪村", "Daxi Village", "朱建新", "Zhu Jianxin", 16, "ST_THP", 610, 0.20),
    ("PP_WY01", "HUB_WY", "桐木村", "Tongmu Village", "江月兰", "Jiang Yuelan", 21, "ST_XC", 1100, 0.38),
    ("PP_WY02", "HUB_WY", "黄村", "Huangcun Village", "刘德发", "Liu Defa", 12, "ST_XC", 640, 0.30),
    ("PP_WY03", "HUB_WY", "黄柏村", "Huangbai Village", "邱春生", "Qiu Chunsheng", 8, None, 520, 0.32),
]
PP = {p[0]: p for p in POINTS}

CTYPES = {  # type: zh, share, orders per month, parcel-type mix (parcel, fresh, medicine, farm_produce, restock)
    "villager": ("村民", 0.68, 0.9, (0.70, 0.08, 0.14, 0.08, 0.0)),
    "shop": ("小卖部", 0.12, 4.0, (0.25, 0.15, 0.0, 0.0, 0.60)),
    "homestay": ("民宿", 0.10, 3.2, (0.30, 0.55, 0.0, 0.0, 0.15)),
    "coop": ("合作社", 0.07, 1.8, (0.20, 0.0, 0.0, 0.80, 0.0)),
    "clinic": ("村卫生室", 0.03, 3.0, (0.10, 0.0, 0.90, 0.0, 0.0)),
}
PTYPES = ["parcel", "fresh", "medicine", "farm_produce", "restock"]
PTYPE_ZH = {"parcel": "快递进村", "fresh": "生鲜食品", "medicine": "药品急送", "farm_produce": "农产品出村",
            "restock": "小店补货"}
HARVEST = {"HUB_LJ": (7, 8, 9), "HUB_WY": (4, 5), "HUB_AJ": (3, 4), "HUB_LS": (9, 10), "HUB_LX": (6, 10)}
ACQ = {  # channel: zh, share, activation
    "village_agent": ("村代推广", 0.35, 0.70),
    "wechat_group": ("村微信群", 0.20, 0.38),
    "douyin": ("抖音", 0.20, 0.16),
    "township_gov": ("乡镇合作", 0.10, 0.50),
    "word_of_mouth": ("熟人推荐", 0.15, 0.50),
}
HOLD_ZH = {"rain": "降雨", "fog": "大雾", "wind": "大风", "snow": "降雪", "thunderstorm": "雷暴", "typhoon": "台风"}
HOLD_HOURS = {"rain": (4, 30), "fog": (2, 9), "wind": (3, 18), "snow": (8, 36), "thunderstorm": (1, 5),
              "typhoon": (24, 60)}
FAIL_ZH = {"blocked_pad": "落点被占用", "wind_abort": "大风中止", "gps_drift": "定位偏差", "obstacle": "障碍物遮挡"}
DAMAGE_ZH = {"box_crushed": "外包装压坏", "leaked": "液体渗漏", "spoiled": "生鲜变质", "item_broken": "物品损坏"}
DAMAGE_MIX = {"fresh": (0.10, 0.30, 0.60, 0.0), "farm_produce": (0.40, 0.0, 0.50, 0.10),
              "restock": (0.50, 0.20, 0.0, 0.30), "parcel": (0.50, 0.10, 0.0, 0.40),
              "medicine": (0.60, 0.40, 0.0, 0.0)}
REJECT_ZH = {"not_insured": "未保价", "no_photo": "缺少照片", "late_report": "超时上报"}
PAY_ZH = {"wechat_pay": "微信支付", "alipay": "支付宝", "cash_at_agent": "村代代收", "monthly_pass": "月卡抵扣"}
CANCEL_ZH = {"unpaid": "未支付", "weather_delay": "天气延误取消"}
SEG_ZH = {"new": "新用户", "active": "活跃", "dormant": "沉睡", "never_ordered": "未下单"}
TIER_ZH = {"monthly_pass": "月卡会员", "pay_per_order": "按单付费"}

# ---------- comment texts: topic -> (zh list, en list); gold.py's markers are noted per topic ----------
TXT = {
    # 停飞 | grounded
    "weather_delay": (["下雨停飞，包裹晚了整整两天", "连着几天大雾停飞，老人的药都快断了", "天气不好又停飞了，什么时候送到也没人说",
                       "一到雨季就停飞，急用的东西根本指望不上"],
                      ["Flights were grounded by the rain and my parcel was two days late",
                       "Grounded again because of the weather and nobody told me when it would come"]),
    # 村代不在 / 代办点关门 | pickup point was closed / agent wasn't there
    "agent_away": (["去取件村代不在，白跑了两趟", "代办点关门了，打电话也没人接", "包裹早就投下来了，村代不在，第二天才拿到"],
                   ["The pickup point was closed when I got there", "Walked over twice and the agent wasn't there"]),
    # 没投下来 / 又飞回去了 | couldn't drop / flew back
    "drop_failed": (["无人机到了村口没投下来，又飞回去了", "说落点被占了没投下来，晚了半天", "第一次没投下来，第二天才补送"],
                    ["The drone couldn't drop my parcel and had to try again the next day",
                     "It hovered over the pad and flew back with my parcel"]),
    # 压坏 / 破损 | crushed / damaged box
    "damaged": (["箱子压坏了，里面的碗碎了两个", "外包装破损，蜂蜜漏了一箱子", "包裹破损严重，东西摔坏了"],
                ["The box arrived crushed", "Damaged box and a broken jar inside"]),
    # 变质 | spoiled / gone off
    "spoiled": (["松茸到了已经变质了，客户要求退钱", "买的肉送到时已经变质", "生鲜在路上耽误了一天，到手全变质了"],
                ["The fish had spoiled by the time it arrived", "The vegetables had gone off after the delay"]),
    # 理赔被拒 / 不给赔 | claim was rejected / claim denied
    "claim_rejected": (["理赔被拒，说我没保价", "东西坏了申请理赔被拒，客服态度也不好", "超过48小时就不给赔，太不合理"],
                       ["My claim was rejected because I had not insured it", "Claim denied, they said the photos were missing"]),
    # 赔付很快 | paid out quickly
    "claim_ok": (["理赔赔付很快，两天就到账了", "客服回访说赔付很快，确实第二天就到了"],
                 ["The claim was paid out quickly"]),
    # 不用下山 | trip down the mountain
    "no_trek": (["以前取快递要走两个小时山路，现在不用下山了", "老人不用下山也能收到东西，太方便了", "不用下山跑镇上，省了一天工夫"],
                ["No more two-hour trip down the mountain for a parcel", "Saves me a trip down the mountain every week"]),
    # 送得及时 | medicine arrived in time
    "medicine_fast": (["老人的降压药送得及时，谢谢云鸽", "卫生室的药送得及时，急用很管用"],
                      ["The medicine arrived in time for my father"]),
    # 很热心 | super helpful
    "agent_good": (["村代阿姨很热心，还帮我把包裹送到家", "代办员很热心，教老人用小程序"],
                   ["The village agent is super helpful"]),
    # 29.9
    "pass_price": (["月卡从19.9涨到29.9，不划算了", "月卡突然涨到29.9，不续了"],
                   ["The monthly pass went up to 29.9, not worth it anymore"]),
    # 月卡很划算 | pays for itself
    "pass_good": (["月卡很划算，寄多少都不用再付钱", "开了月卡很划算，小店补货省了不少"],
                  ["The monthly pass pays for itself"]),
    # 运费太贵 / 运费比 | fee is too high / too pricey
    "fee_high": (["运费太贵了，比东西本身还贵", "一个小包裹运费比镇上快递贵一倍"],
                 ["The delivery fee is too high for small parcels", "A bit too pricey for a small parcel"]),
    # 支付失败 / 付不了款 | payment kept failing / payment failed
    "pay_fail": (["微信支付失败了好几次，订单都取消了", "更新App后付不了款", "安卓手机一直支付失败"],
                 ["Payment kept failing with WeChat Pay", "WeChat payment failed three times"]),
    # 太吵 | noisy
    "noise": (["无人机飞过太吵，鸡都吓得不下蛋了", "每天好几趟，声音太吵"], ["The drones are noisy over the village"]),
}
GEN = {
    "pos": (["很满意", "点赞", "会一直用"], ["Very happy", "Thumbs up", "Will keep using it"]),
    "neu": (["还可以", "一般", "凑合"], ["It's okay", "Average", "Nothing special"]),
    "neg": (["体验很差", "有点失望", "不推荐"], ["Disappointed", "Would not recommend", "Poor experience"]),
}
NEG_TOPICS = {"weather_delay", "agent_away", "drop_failed", "damaged", "spoiled", "claim_rejected", "pass_price",
              "fee_high", "pay_fail", "noise"}
TOPIC_TP = {"weather_delay": "tp_weather_hold", "agent_away": "tp_pickup", "drop_failed": "tp_drop",
            "damaged": "tp_damage_report", "spoiled": "tp_damage_report", "claim_rejected": "tp_claim_decision",
            "claim_ok": "tp_claim_decision", "no_trek": "tp_pickup", "medicine_fast": "tp_pickup",
            "agent_good": "tp_pickup", "pass_price": "tp_pass_renew", "pass_good": "tp_pass_buy",
            "fee_high": "tp_quote", "pay_fail": "tp_pay", "noise": "tp_takeoff"}


def pick(items, w):
    w = list(w)
    r = float(rng.random()) * sum(w)
    for it, x in zip(items, w):
        r -= x
        if r < 0:
            return it
    return items[-1]


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def day_time(t: datetime, lo=7.0, hi=22.0) -> datetime:
    return datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(lo, hi)))


def flying(t: datetime) -> datetime:
    """flights run 07:00-19:00; later requests go out the next morning."""
    if 7 <= t.hour < 19:
        return t
    base = datetime(t.year, t.month, t.day) + (D(days=1) if t.hour >= 19 else D())
    return base + D(hours=7, minutes=float(rng.uniform(0, 90)))


def app_version(t):
    for cut, v in ((datetime(2025, 5, 1), "4.1.2"), (datetime(2025, 9, 1), "4.2.0"), (PAY_BUG[0], "4.2.5"),
                   (PAY_BUG[1], "4.3.0"), (datetime(2026, 4, 1), "4.3.1")):
        if t < cut:
            return v
    return "4.4.0"


def firmware(model, t):
    if model == "SP-4":
        return "2.8.6"
    if t < FW_BUG[0]:
        return "3.1.4"
    return "3.2.0" if t < FW_BUG[1] else "3.2.2"


def pass_price(t):
    return 29.9 if t >= PASS_UP else 19.9


def hold_p(hub, t):
    m = t.month
    if hub == "HUB_LS":
        return (0.38, {"rain": .6, "fog": .3, "thunderstorm": .1}) if m in (5, 6, 7) else \
            (0.07, {"fog": .6, "rain": .3, "wind": .1})
    if hub == "HUB_LX":
        return (0.42, {"wind": .85, "snow": .15}) if m in (12, 1, 2) else (0.06, {"wind": .5, "rain": .3, "fog": .2})
    if hub == "HUB_LJ":
        if m in (12, 1, 2):
            return 0.06, {"wind": .7, "fog": .3}
        return (0.12, {"wind": .8, "fog": .2}) if m in (3, 4) else (0.05, {"wind": .4, "rain": .4, "fog": .2})
    if hub == "HUB_AJ":
        return (0.10, {"typhoon": .5, "thunderstorm": .3, "rain": .2}) if m in (8, 9) else \
            (0.04, {"rain": .6, "fog": .4})
    return (0.12, {"fog": .8, "rain": .2}) if m in (3, 4) else (0.05, {"rain": .5, "fog": .5})


MONTHS = [(y, m) for y in (2025, 2026) for m in range(1, 13) if (y, m) <= (2026, 7)]


def month_days(y, m):
    return 31 if m in (1, 3, 5, 7, 8, 10, 12) else (30 if m != 2 else 28)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n = dict(ev=0, ord=0, fb=0, ps=0, fl=0)

    def nid(self, k):
        self.n[k] += 1
        return self.n[k]

    # ---------- writers ----------
    def ev(self, c, t, tp, action, app=True, sid=None, channel=None, **kw):
        if t > END or t < START:
            return t <= END
        dev = c["phone_os"] if app and channel != "store" else None
        row = dict(event_id=f"E{self.nid('ev'):07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=dev,
                   channel=channel or (c["app_channel"] if app else "other"))
        if dev:
            row["app_version"] = app_version(t)
        row.update(hub=HUBS[c["hub_id"]][1], 起降站=HUBS[c["hub_id"]][0], pickup_point_id=c["pp"],
                   pickup_point=PP[c["pp"]][3], 投放点=PP[c["pp"]][2])
        row.update(kw)
        self.events.append(row)
        return True

    def fb(self, c, t, topics, channel, rating=None, nps=None, undated=False, gen=None, tp=None, order_id=None,
           lang=None):
        if t is None or t > END or t < START:
            return
        fid = f"FB{self.nid('fb'):05d}"
        if lang is None:
            lang = "en" if c["lang"] == "en" and rng.random() < 0.85 else "zh"
        li = 1 if lang == "en" else 0
        topics = list(dict.fromkeys(topics))
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if set(topics) & NEG_TOPICS else ("neu" if not topics else "pos")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((TOPIC_TP[k] for k in topics), None)
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t), customer_id=c["customer_id"],
                   touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang, order_id=order_id,
                   customer_type=c["customer_type"], 客户类型=c["客户类型"], hub=HUBS[c["hub_id"]][1],
                   起降站=HUBS[c["hub_id"]][0], pickup_point_id=c["pp"], pickup_point=PP[c["pp"]][3],
                   投放点=PP[c["pp"]][2], region=c["region"], 省份=c["省份"])
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=gen))

    @staticmethod
    def stars(bad: bool, mild=False):
        if bad:
            return float(pick([1, 2, 3], [0.45, 0.40, 0.15] if not mild else [0.20, 0.45, 0.35]))
        return float(pick([3, 4, 5], [0.08, 0.30, 0.62]))

    # ---------- customers ----------
    def make_customer(self, i):
        hub = pick(list(HUBS), [h[4] for h in HUBS.values()])
        pts = [p for p in POINTS if p[1] == hub]
        pp = pick(pts, [p[9] for p in pts])
        ctype = pick(list(CTYPES), [v[1] for v in CTYPES.values()])
        acq = pick(list(ACQ), [v[1] for v in ACQ.values()])
        age = int(rng.integers(22, 78)) if ctype == "villager" else int(rng.integers(25, 62))
        if ctype == "homestay":
            os_ = pick(["ios", "android"], [0.45, 0.55])
        elif ctype == "villager" and age >= 62:
            os_ = pick(["android", "ios", None], [0.55, 0.05, 0.40])
        else:
            os_ = pick(["android", "ios", None], [0.76, 0.20, 0.04])
        assisted = os_ is None or (age >= 60 and rng.random() < 0.5)
        lang = "en" if (ctype == "homestay" and hub in ("HUB_LJ", "HUB_AJ") and rng.random() < 0.5) or \
            rng.random() < 0.03 else "zh"
        h = HUBS[hub]
        return dict(customer_id=f"SP{i:05d}", hub_id=hub, pp=pp[0], customer_type=ctype, 客户类型=CTYPES[ctype][0],
                    acquisition_channel=acq, 获客渠道=ACQ[acq][0], region=h[2], 省份=h[3], age=age,
                    gender=pick(["F", "M"], [0.52, 0.48]), phone_os=os_, assisted=assisted, lang=lang,
                    app_channel=pick(["app", "mini_program"], [0.55, 0.45]), rate=CTYPES[ctype][2] *
                    float(rng.lognormal(0, 0.35)), passes=[], issues=[], last_paid=None, first_paid=None,
                    signup_at=None)

    def signup_time(self):
        w = [1.0 + 0.06 * k for k in range(len(MONTHS))]
        y, m = pick(MONTHS, w)
        return day_time(datetime(y, m, int(rng.integers(1, month_days(y, m) + 1))))

    def onboard(self, c):
        """sign-up -> fee quote -> first order; returns the time of the first order or None."""
        t0 = c["signup_at"]
        via_agent = c["assisted"] or (c["acquisition_channel"] == "village_agent" and rng.random() < 0.5)
        ch = "store" if via_agent else c["app_channel"]
        self.ev(c, t0, "tp_signup", "submit", channel=ch, acquisition_channel=c["acquisition_channel"],
                获客渠道=c["获客渠道"])
        a = ACQ[c["acquisition_channel"]][2]
        p_q = 0.8 + 0.15 * a
        if rng.random() >= p_q:
            return None
        tq = t0 + D(hours=float(rng.exponential(20)))
        self.quote(c, tq, ch)
        if rng.random() >= a / (p_q * 0.96):
            if rng.random() < 0.4:
                self.quote(c, tq + D(days=float(rng.uniform(1, 20))), ch)
            return None
        if rng.random() < 0.9:
            return tq + D(hours=float(rng.exponential(30)), minutes=3)
        return tq + D(days=float(rng.uniform(15, 45)))

    def quote(self, c, t, ch):
        self.ev(c, t, "tp_quote", "view", channel=ch)

    # ---------- one delivery order ----------
    def parcel_type(self, c, t):
        mix = list(CTYPES[c["customer_type"]][3])
        if t.month in HARVEST[c["hub_id"]]:
            mix[3] *= 3
        if t.year == 2025 and t.month < 6:
            mix[4] *= 0.8
        return pick(PTYPES, mix)

    def delivery(self, c, t, first=False):
        pt = self.parcel_type(c, t)
        w = {"parcel": (0.3, 4), "fresh": (1, 5), "medicine": (0.1, 1), "farm_produce": (2, 8), "restock": (3, 8)}[pt]
        weight = round(float(rng.uniform(*w)), 1)
        if t < SP6_FROM:
            weight = min(weight, 5.0)
        fee = {"parcel": 3 + 1.0 * weight, "fresh": 6 + 1.5 * weight, "medicine": 5.0,
               "farm_produce": 8 + 2 * weight, "restock": 12 + 1.5 * weight}[pt]
        fee = round(fee * 2) / 2
        insured = rng.random() < {"parcel": .15, "fresh": .35, "medicine": .05, "farm_produce": .5, "restock": .3}[pt]
        if insured:
            fee += 2
        value = round(float(rng.uniform(40, 600 if pt != "medicine" else 200)), 0)
        on_pass = any(a <= t < b for a, b in c["passes"])
        agent_order = c["assisted"]
        ch = "store" if agent_order else c["app_channel"]
        if on_pass:
            paym = "monthly_pass"
        elif agent_order:
            paym = pick(["cash_at_agent", "wechat_pay"], [0.6, 0.4])
        else:
            paym = pick(["wechat_pay", "alipay"], [0.75, 0.25])
        oid = f"DD{self.nid('ord'):07d}"
        p = PP[c["pp"]]
        common = dict(order_id=oid, parcel_type=pt, 业务类型=PTYPE_ZH[pt])
        row = dict(order_id=oid, customer_id=c["customer_id"], ts=ts(t), amount=0.0 if on_pass else float(fee),
                   status="paid", channel=ch, device=c["phone_os"] if ch != "store" else None,
                   order_type="delivery", 订单类型="配送单", parcel_type=pt, 业务类型=PTYPE_ZH[pt], weight_kg=weight,
                   insured=insured, declared_value=value, payment_method=paym, 支付方式=PAY_ZH[paym],
                   list_fee=float(fee), hub_id=c["hub_id"], hub=HUBS[c["hub_id"]][1], 起降站=HUBS[c["hub_id"]][0],
                   pickup_point_id=c["pp"], pickup_point=p[3], 投放点=p[2], agent_id=f"AG{c['pp'][2:]}" if agent_order
                   else None, region=c["region"], 省份=c["省份"], currency="CNY")
        if not first and ch != "store" and not on_pass and rng.random() < 0.2:
            self.quote(c, t - D(minutes=float(rng.uniform(1, 90))), ch)
        self.ev(c, t, "tp_order", "submit", sid=oid, channel=ch, weight_kg=weight, amount=row["amount"],
                insured=insured, **common)
        # payment attempts
        tp_ = t + D(minutes=float(rng.uniform(0.3, 4)))
        paid = False
        if rng.random() < 0.025:
            pass
        else:
            for k in range(1, 4):
                if paym == "monthly_pass":
                    pf = 0.0
                elif paym == "wechat_pay" and ch != "store" and c["phone_os"] == "android" and \
                        PAY_BUG[0] <= tp_ < PAY_BUG[1]:
                    pf = 0.33
                else:
                    pf = {"wechat_pay": 0.035, "alipay": 0.02, "cash_at_agent": 0.0}[paym]
                ok = rng.random() >= pf
                self.ev(c, tp_, "tp_pay", "success" if ok else "fail", sid=oid, channel=ch, attempt=k,
                        payment_method=paym, 支付方式=PAY_ZH[paym], amount=row["amount"],
                        error_code=None if ok else pick(["WX_CALLBACK_TIMEOUT", "NETWORK_ERROR"], [0.8, 0.2])
                        if paym == "wechat_pay" else "NETWORK_ERROR", **common)
                if ok:
                    paid = True
                    break
                if k >= 2 and rng.random() < 0.3:
                    fch = pick(["app_review", "ticket"], [0.6, 0.4])
                    self.fb(c, tp_ + D(minutes=20), ["pay_fail"], fch, tp="tp_pay", order_id=oid,
                            rating=self.stars(True, mild=True) if fch == "app_review" else None)
                if rng.random() > 0.75:
                    break
                tp_ += D(minutes=float(rng.uniform(1, 10)))
        if not paid:
            row.update(status="cancelled", cancel_reason="unpaid", 取消原因=CANCEL_ZH["unpaid"])
            self.orders.append(row) if t <= END else None
            return None
        if c["first_paid"] is None:
            c["first_paid"] = tp_
        # flight
        model = "SP-4" if tp_ < SP6_FROM else ("SP-6" if weight > 5 or rng.random() < 0.55 else "SP-4")
        fw = firmware(model, tp_)
        fl = f"FL{self.nid('fl'):07d}"
        tsch = tp_ + D(minutes=float(rng.uniform(5, 40)))
        tgo = flying(tsch + D(minutes=float(rng.uniform(10, 80))))
        self.ev(c, tsch, "tp_schedule", "scheduled", app=False, sid=oid, flight_id=fl, drone_model=model,
                firmware=fw, slot=ts(tgo), **common)
        ph, mix = hold_p(c["hub_id"], tgo)
        hold_h = 0.0
        if rng.random() < ph:
            reason = pick(list(mix), list(mix.values()))
            hold_h = round(float(rng.uniform(*HOLD_HOURS[reason])), 1)
            self.ev(c, tgo, "tp_weather_hold", "grounded", app=False, sid=oid, flight_id=fl, hold_reason=reason,
                    停飞原因=HOLD_ZH[reason], hold_hours=hold_h, drone_model=model, **common)
            if hold_h > 24 and rng.random() < 0.3:
                row.update(status="cancelled", cancel_reason="weather_delay", 取消原因=CANCEL_ZH["weather_delay"])
                self.orders.append(row) if t <= END else None
                return None
            tgo = flying(tgo + D(hours=hold_h))
        row["drone_model"] = model
        self.orders.append(row) if t <= END else None
        c["last_paid"] = tp_
        p = PP[c["pp"]]
        fmin = p[6] / 60 * 60 * float(rng.uniform(0.9, 1.3))

        def fly(t_start, attempt):
            self.ev(c, t_start, "tp_takeoff" if attempt == 1 else "tp_redelivery",
                    "departed" if attempt == 1 else "redelivery", app=False, sid=oid, flight_id=fl,
                    drone_model=model, firmware=fw, attempt=attempt, distance_km=p[6], **common)
            t_at = t_start + D(minutes=fmin)
            if p[7]:
                st = p[7]
                winter = t_start.month in (11, 12, 1, 2, 3)
                med = 15.0 if st == "ST_YL" and winter else (7.5 if st == "ST_YL" else 6.0)
                sm = round(float(med * rng.lognormal(0, 0.28)), 1)
                self.ev(c, t_start + D(minutes=fmin / 2), "tp_battery_swap", "swapped", app=False, sid=oid,
                        flight_id=fl, station_id=st, swap_station=STATIONS[st][1], 换电站=STATIONS[st][0],
                        swap_minutes=sm, battery_id=f"BT{int(rng.integers(100, 460)):04d}", drone_model=model,
                        **common)
                t_at += D(minutes=sm)
            # drop
            causes = []
            if c["pp"] == "PP_LJ01" and PAD_BLOCK[0] <= t_at < PAD_BLOCK[1]:
                causes.append(("blocked_pad", 0.32 if attempt == 1 else 0.10))
            if model == "SP-6" and fw == "3.2.0":
                causes.append(("gps_drift", 0.16 if attempt == 1 else 0.08))
            windy = c["hub_id"] == "HUB_LX" and t_at.month in (12, 1, 2)
            causes += [("wind_abort", 0.06 if windy else 0.012), ("obstacle", 0.010), ("gps_drift", 0.006),
                       ("blocked_pad", 0.008)]
            fail = None
            for r, pr in causes:
                if rng.random() < (pr if attempt == 1 else pr * 0.6):
                    fail = r
                    break
            self.ev(c, t_at, "tp_drop", "fail" if fail else "success", app=False, sid=oid, flight_id=fl,
                    drone_model=model, firmware=fw, attempt=attempt, fail_reason=fail,
                    失败原因=FAIL_ZH.get(fail), **common)
            return t_at, fail

        t_drop, fail = fly(tgo, 1)
        dropped_fail = bool(fail)
        if fail:
            if rng.random() < 0.93:
                t_re = flying(t_drop + D(hours=float(rng.uniform(2, 20))))
                t_drop, fail = fly(t_re, 2)
            if fail or t_drop > END:
                if fail:
                    row.update(status="refunded", refund_reason="returned_to_hub", 退款原因="投递失败退回")
                    c["issues"].append("drop_failed")
                return None
        # pickup
        if pt == "farm_produce":
            wait = float(rng.uniform(0.3, 2.0))
        elif pt == "medicine":
            wait = float(rng.lognormal(math.log(0.7), 0.5))
        elif c["pp"] == "PP_LS04":
            wait = float(rng.lognormal(math.log(20), 0.55))
        else:
            wait = float(rng.lognormal(math.log(2.5), 0.8))
        t_pick = t_drop + D(hours=wait)
        if t_pick.hour < 7:
            t_pick = datetime(t_pick.year, t_pick.month, t_pick.day) + D(hours=float(rng.uniform(7, 9)))
        ag = f"AG{c['pp'][2:]}"
        if not self.ev(c, t_pick, "tp_pickup", "picked_up", app=False, sid=oid, channel="store", agent_id=ag,
                       village_agent=p[5], 村代=p[4], wait_hours=round((t_pick - t_drop).total_seconds() / 3600, 2),
                       **common):
            return None
        wait_h = (t_pick - t_drop).total_seconds() / 3600
        # damage
        pd = {"fresh": 0.05, "farm_produce": 0.04, "restock": 0.03, "parcel": 0.01, "medicine": 0.004}[pt]
        if hold_h > 12 and pt in ("fresh", "farm_produce"):
            pd += 0.10
        damaged = rng.random() < pd
        if damaged:
            dt = pick(list(DAMAGE_ZH), DAMAGE_MIX[pt])
            late = rng.random() < 0.06
            t_dr = t_pick + D(hours=float(rng.uniform(50, 120)) if late else float(rng.uniform(0.3, 30)))
            photo = rng.random() >= 0.10
            if self.ev(c, t_dr, "tp_damage_report", "reported", sid=oid, channel="app" if not c["assisted"]
                       else "store", damage_type=dt, 破损类型=DAMAGE_ZH[dt], insured=insured, declared_value=value,
                       has_photo=photo, **common):
                c["issues"].append("damaged")
                topic = "spoiled" if dt == "spoiled" else "damaged"
                if rng.random() < 0.5:
                    self.fb(c, t_dr + D(minutes=30), [topic], "ticket", tp="tp_damage_report", order_id=oid)
                if late:
                    ok, rr = False, "late_report"
                elif not photo:
                    ok, rr = False, "no_photo"
                elif insured:
                    ok, rr = rng.random() < 0.9, "no_photo"
                else:
                    ok, rr = rng.random() < 0.25, "not_insured"
                payout = (value if insured else min(value, 50.0 + fee)) if ok else 0.0
                t_cd = day_time(t_dr + D(days=float(rng.uniform(0.5, 5.5))), 9, 19)
                if self.ev(c, t_cd, "tp_claim_decision", "approved" if ok else "rejected", app=False, sid=oid,
                           channel="phone", damage_type=dt, 破损类型=DAMAGE_ZH[dt], insured=insured,
                           declared_value=value, payout=round(payout, 2), reject_reason=None if ok else rr,
                           拒赔原因=None if ok else REJECT_ZH[rr], **common):
                    if not ok and rng.random() < 0.45:
                        ch = pick(["app_review", "ticket"], [0.5, 0.5])
                        self.fb(c, t_cd + D(hours=float(rng.uniform(1, 30))), ["claim_rejected"], ch,
                                rating=float(pick([1, 2], [0.75, 0.25])) if ch == "app_review" else None,
                                order_id=oid)
                    elif ok and rng.random() < 0.15:
                        self.fb(c, t_cd + D(days=2), ["claim_ok"], "call_note", order_id=oid)
        # in-app order rating
        topics = []
        if hold_h >= 8 and rng.random() < 0.22:
            topics.append("weather_delay")
        if dropped_fail and rng.random() < 0.30:
            topics.append("drop_failed")
        if wait_h >= 12 and rng.random() < (0.18 if c["pp"] == "PP_LS04" else 0.04):
            topics.append("agent_away")
        c["issues"] += topics
        if topics:
            self.fb(c, t_pick + D(hours=float(rng.uniform(0.2, 6))), topics, "order_rating",
                    rating=self.stars(True), order_id=oid)
        elif not damaged and rng.random() < 0.08:
            opts = ["no_trek", "agent_good", "fee_high", None] + (["medicine_fast"] if pt == "medicine" else [])
            w = [0.40, 0.15, 0.12, 0.33] + ([0.6] if pt == "medicine" else [])
            k = pick(opts, w)
            self.fb(c, t_pick + D(hours=float(rng.uniform(0.2, 6))), [k] if k else [], "order_rating",
                    rating=self.stars(k == "fee_high", mild=True) if k == "fee_high" else
                    self.stars(False), order_id=oid, tp=None if k else "tp_pickup",
                    gen=None if k else pick(["pos", "neu"], [0.7, 0.3]))
        return t_pick

    # ---------- monthly pass ----------
    def passes(self, c, t_first, t_stop):
        t = max(PASS_LAUNCH, t_first + D(days=7)) + D(days=float(rng.uniform(0, 20)))
        heavy = c["rate"] >= 2.0
        while t <= min(t_stop, END):
            if rng.random() < (0.30 if heavy else 0.08):
                tv = day_time(t)
                ch = "store" if c["assisted"] else c["app_channel"]
                self.ev(c, tv, "tp_pass_view", "view", channel=ch)
                p_buy = (0.55 if heavy else 0.18) * (0.7 if tv >= PASS_UP else 1.0)
                if rng.random() < p_buy:
                    self.n["ps"] += 1
                    ps = f"PS{self.n['ps']:05d}"
                    tb = tv + D(hours=float(rng.uniform(0.1, 72)))
                    if tb > END:
                        return
                    self.ev(c, tb, "tp_pass_buy", "purchased", sid=ps, channel=ch, pass_id=ps, cycle=1,
                            price=pass_price(tb))
                    self.pass_order(c, tb, ps, 1, ch)
                    if rng.random() < 0.03:
                        fch = pick(["app_review", "douyin_comment"], [.6, .4])
                        self.fb(c, tb + D(days=10), ["pass_good"], fch,
                                rating=self.stars(False) if fch == "app_review" else None)
                    start, cyc = tb, 1
                    due = tb + D(days=30)
                    while True:
                        if due > END:
                            c["passes"].append((start, due))
                            return
                        if due > t_stop:
                            p_renew = 0.1
                        else:
                            p_renew = 0.55 if due >= PASS_UP else 0.84
                        if rng.random() < p_renew:
                            cyc += 1
                            tr = due - D(minutes=float(rng.uniform(1, 600)))
                            self.ev(c, tr, "tp_pass_renew", "renewed", sid=ps, channel=ch, pass_id=ps, cycle=cyc,
                                    price=pass_price(due))
                            self.pass_order(c, tr, ps, cyc, ch)
                            if due >= PASS_UP and rng.random() < 0.04:
                                self.fb(c, tr + D(days=1), ["pass_price"], "app_review",
                                        rating=self.stars(True, mild=True))
                            due += D(days=30)
                            continue
                        self.ev(c, due, "tp_pass_lapse", "lapsed", sid=ps, channel=ch, pass_id=ps, cycle=cyc)
                        if due >= PASS_UP and rng.random() < 0.3:
                            ch2 = pick(["app_review", "douyin_comment"], [0.7, 0.3])
                            self.fb(c, due + D(hours=float(rng.uniform(1, 48))), ["pass_price"], ch2,
                                    rating=self.stars(True, mild=True) if ch2 == "app_review" else None,
                                    undated=ch2 == "douyin_comment" and rng.random() < 0.3)
                        c["passes"].append((start, due))
                        return
            t += D(days=30)

    def pass_order(self, c, t, ps, cyc, ch):
        oid = f"DD{self.nid('ord'):07d}"
        paym = "cash_at_agent" if ch == "store" else pick(["wechat_pay", "alipay"], [0.75, 0.25])
        self.orders.append(dict(order_id=oid, customer_id=c["customer_id"], ts=ts(t), amount=pass_price(t),
                                status="paid", channel=ch, device=c["phone_os"] if ch != "store" else None,
                                order_type="monthly_pass", 订单类型="月卡", pass_id=ps, pass_cycle=cyc,
                                payment_method=paym, 支付方式=PAY_ZH[paym], list_fee=pass_price(t),
                                hub_id=c["hub_id"], hub=HUBS[c["hub_id"]][1], 起降站=HUBS[c["hub_id"]][0],
                                pickup_point_id=c["pp"], pickup_point=PP[c["pp"]][3], 投放点=PP[c["pp"]][2],
                                region=c["region"], 省份=c["省份"], currency="CNY"))

    # ---------- a customer's life ----------
    def life(self, c, t_first):
        churn_at = t_first + D(days=float(rng.exponential(700)))
        t_stop = min(churn_at, END)
        self.passes(c, t_first, t_stop)
        t = t_first
        first = True
        while t <= t_stop:
            self.delivery(c, t, first=first)
            first = False
            r = c["rate"]
            while True:
                gap = float(rng.exponential(30.0 / (r * 1.6)))
                t = t + D(days=gap)
                mult = 1.0
                if t.month == 11:
                    mult = 1.5
                elif t.month == 1:
                    mult = 1.25
                elif t.month == 2:
                    mult = 0.8
                if c["customer_type"] == "coop" and t.month in HARVEST[c["hub_id"]]:
                    mult *= 2.5
                if any(a <= t < b for a, b in c["passes"]):
                    mult *= 1.3
                if rng.random() < min(1.0, mult / 1.6 * 1.0):
                    break
            t = day_time(t)


def general_feedback(g, customers):
    """village agents' paper notebooks (mostly undated), Douyin comments, app reviews, quarterly NPS surveys."""
    active = [c for c in customers if c["first_paid"] is not None]
    for y, m in MONTHS:
        for _ in range(int(rng.poisson(17))):          # 村代意见簿
            c = active[int(rng.integers(0, len(active)))]
            k = pick(["agent_good", "no_trek", "fee_high", "noise", "weather_delay", None],
                     [0.25, 0.25, 0.15, 0.15, 0.10, 0.10])
            t = day_time(datetime(y, m, int(rng.integers(1, month_days(y, m) + 1))))
            g.fb(c, t, [k] if k else [], "agent_notebook", undated=rng.random() < 0.55, lang="zh",
                 tp=None if k else "tp_pickup", gen=None if k else pick(["pos", "neu", "neg"], [.5, .3, .2]))
        for _ in range(int(rng.poisson(13))):          # Douyin comments
            c = customers[int(rng.integers(0, len(customers)))]
            k = pick(["no_trek", "noise", "fee_high", "pass_good", None], [0.35, 0.2, 0.15, 0.1, 0.2])
            if k == "pass_good" and (y, m) < (2025, 4):
                k = "no_trek"
            t = day_time(datetime(y, m, int(rng.integers(1, month_days(y, m) + 1))))
            g.fb(c, t, [k] if k else [], "douyin_comment", undated=rng.random() < 0.3, lang="zh",
                 gen=None if k else pick(["pos", "neu"], [.6, .4]))
        for _ in range(int(rng.poisson(12))):          # app store reviews
            c = active[int(rng.integers(0, len(active)))]
            k = pick(["no_trek", "fee_high", "pass_good", "noise", None], [0.35, 0.2, 0.1, 0.1, 0.25])
            if k == "pass_good" and (y, m) < (2025, 4):
                k = None
            t = day_time(datetime(y, m, int(rng.integers(1, month_days(y, m) + 1))))
            bad = k in ("fee_high", "noise")
            gen = None if k else pick(["pos", "neu", "neg"], [.55, .25, .2])
            rating = g.stars(bad, mild=True) if k else {"pos": g.stars(False), "neu": 3.0,
                                                        "neg": g.stars(True)}[gen]
            g.fb(c, t, [k] if k else [], "app_review", rating=rating, undated=rng.random() < 0.12, gen=gen)
        if m in (3, 6, 9, 12):                          # quarterly NPS survey
            lo = datetime(y, m - 2, 1)
            hi = datetime(y, m, month_days(y, m), 23, 59)
            pool = [c for c in active if c["last_paid"] is not None and c["first_paid"] <= hi and
                    c["last_paid"] >= lo]
            for c in pool:
                if rng.random() >= 0.12:
                    continue
                bad = len(c["issues"])
                base = 9.2 - 1.3 * min(bad, 2) - (0.8 if c["customer_type"] == "villager" and c["rate"] < 0.6 else 0)
                nps = int(min(10, max(0, round(float(rng.normal(base, 1.5))))))
                if nps >= 9:
                    k = pick(["no_trek", "agent_good", "medicine_fast", None], [.4, .2, .1, .3])
                elif nps <= 6:
                    k = c["issues"][-1] if c["issues"] and rng.random() < 0.6 else pick(["fee_high", "noise", None],
                                                                                         [.4, .2, .4])
                else:
                    k = None
                t = day_time(hi + D(days=float(rng.uniform(1, 10))))
                if t > END:
                    continue
                g.fb(c, t, [k] if k else [], "survey", nps=nps, tp=None,
                     gen=None if k else ("pos" if nps >= 9 else ("neu" if nps >= 7 else "neg")))


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if (v := r.get(k)) is None else v for k in cols])


def cols_of(rows, first):
    seen = dict.fromkeys(first)
    for r in rows:
        for k in r:
            seen.setdefault(k, None)
    return list(seen)


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    customers = []
    for i in range(1, N_LEGACY + 1):
        c = g.make_customer(i)
        c["signup_at"] = day_time(datetime(2024, 1, 1) + D(days=float(rng.uniform(0, 360))))
        customers.append(c)
        g.life(c, day_time(START + D(days=float(rng.uniform(0, 25)))))
    for i in range(N_LEGACY + 1, N_LEGACY + N_NEW + 1):
        c = g.make_customer(i)
        c["signup_at"] = g.signup_time()
        customers.append(c)
        t1 = g.onboard(c)
        if t1 is not None and t1 <= END:
            g.life(c, t1)
    general_feedback(g, customers)
    # the ops system re-sends a few events (exact duplicates)
    for k in rng.choice(len(g.events), size=24, replace=False):
        g.events.append(dict(g.events[int(k)]))
    g.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    g.orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    ordered = sorted(g.feedback, key=lambda r: (r["ts"] or "9999", r["feedback_id"]))

    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3], 1)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    end = END
    crow = []
    for c in customers:
        if c["first_paid"] is None and c["last_paid"] is None:
            seg = "new" if c["signup_at"] >= end - D(days=30) else "never_ordered"
        elif c["signup_at"] >= end - D(days=30):
            seg = "new"
        elif c["last_paid"] is not None and c["last_paid"] >= end - D(days=60):
            seg = "active"
        else:
            seg = "dormant"
        on_pass = any(a <= end < b for a, b in c["passes"])
        tier = "monthly_pass" if on_pass else ("pay_per_order" if c["last_paid"] is not None else None)
        p = PP[c["pp"]]
        crow.append(dict(customer_id=c["customer_id"], signup_at=ts(c["signup_at"]), segment=seg,
                         region=c["region"], acquisition_channel=c["acquisition_channel"], tier=tier,
                         客户状态=SEG_ZH[seg], 省份=c["省份"], 获客渠道=c["获客渠道"], 会员类型=TIER_ZH.get(tier),
                         customer_type=c["customer_type"], 客户类型=c["客户类型"], hub_id=c["hub_id"],
                         hub=HUBS[c["hub_id"]][1], 起降站=HUBS[c["hub_id"]][0], pickup_point_id=c["pp"],
                         pickup_point=p[3], 投放点=p[2], village_agent=p[5], 村代=p[4], altitude_m=p[8],
                         age=c["age"], gender=c["gender"], phone_os=c["phone_os"] or "none",
                         agent_assisted=c["assisted"], preferred_language=c["lang"]))
    write(out / "customers.csv", crow, list(crow[0]))
    ev_first = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel"]
    write(out / "events.csv", g.events, cols_of(g.events, ev_first))
    write(out / "orders.csv", g.orders, cols_of(g.orders, ["order_id", "customer_id", "ts", "amount", "status",
                                                           "channel", "device"]))
    write(out / "feedback.csv", ordered, cols_of(ordered, ["feedback_id", "text", "ts", "customer_id",
                                                           "touchpoint_id", "channel", "rating", "nps"]))
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(customers)}, events {len(g.events)}, orders {len(g.orders)}, feedback {len(g.feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
