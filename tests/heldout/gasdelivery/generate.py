"""安焰瓶装气 AnYan Gas: bottled LPG cylinder delivery for households and restaurants in 广州 Guangzhou, 佛山 Foshan
and 吉隆坡 Kuala Lumpur (synthetic, written blind).

New customers ask about opening an account (咨询开户: hotline, WeChat, app), register with their real name (实名开户, a
legal requirement for bottled gas in China), pay the cylinder deposit (缴纳押金) and order (下单订气: phone 电话, app,
WeChat mini program 微信小程序, or a refill subscription 定期送). Online orders are paid online (在线支付: 微信支付 /
支付宝 in China, FPX / Touch 'n Go eWallet / card in KL), phone orders pay at the door. A depot (配送站) dispatches a
courier (派单, 送气工), who delivers the cylinder and takes the empty back (送气上门, with failures: 无人在家, 地址错误,
门禁/保安拦截, 电梯停用, 缺货) and does the in-home safety check that company policy requires at every drop (入户安检:
hose, regulator, alarm, ventilation, valve). Subscribers get a refill reminder (续气提醒) and confirm it (确认续气).
Gas-leak reports (漏气报警) go to the 24 h hotline: emergency dispatch (应急派单) → on-site inspection (上门检修) →
case closed (安全结案). Other complaints are tickets (投诉工单). Leaving customers ask to return their cylinders
(申请退瓶) → empty pickup (空瓶回收) → cylinder inspection (钢瓶验收) → deposit refund (退还押金).

Data 2025-01-01 .. 2026-06-30 (extract taken early July 2026). Naive local time (UTC+8 in both countries).
Money in local currency: CNY in Guangzhou / Foshan, MYR in Kuala Lumpur (orders.currency).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260630), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import bisect
import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260630
rng = np.random.default_rng(SEED)
T0 = datetime(2025, 1, 1)
END = datetime(2026, 7, 1)
DAY = 1440.0
END_M = (END - T0).total_seconds() / 60

# planted periods (minutes since T0)


def M(y, m, d=1, h=0):
    return (datetime(y, m, d, h) - T0).total_seconds() / 60


FS_SUBCONTRACT = (M(2025, 8, 1), M(2025, 9, 1))         # all Foshan deliveries by an outside fleet; checks skipped
BAD_VALVES_FROM = M(2025, 9, 15)                        # re-valved cylinder batch ZJ-V2509 enters GZ/FS circulation
PRICE_RISE = M(2026, 1, 1)                              # GZ/FS cylinder price up
SUB_SHOCK = (M(2026, 1, 1), M(2026, 2, 1))              # subscribers hesitate to confirm at the new price
SPRING = (M(2026, 2, 12), M(2026, 2, 24))               # 春节 2026: couriers home, depots short of gas
KL_PAY_OUTAGE = (M(2026, 3, 3), M(2026, 3, 27))         # e-wallet / FPX gateway trouble in KL

CITY = {
    "guangzhou": dict(zh="广州", cur="CNY", w=0.45, depots=["GZ-TH", "GZ-HZ", "GZ-BY", "GZ-PY"],
                      dw=[0.30, 0.25, 0.25, 0.20], rest=0.16),
    "foshan": dict(zh="佛山", cur="CNY", w=0.30, depots=["FS-CC", "FS-NH", "FS-SD"], dw=[0.35, 0.35, 0.30], rest=0.16),
    "kuala_lumpur": dict(zh="吉隆坡", cur="MYR", w=0.25, depots=["KL-CH", "KL-KP", "KL-PJ"], dw=[0.4, 0.3, 0.3],
                         rest=0.20),
}
DEPOT = {"GZ-TH": ("广州天河站", "Tianhe"), "GZ-HZ": ("广州海珠站", "Haizhu"), "GZ-BY": ("广州白云站", "Baiyun"),
         "GZ-PY": ("广州番禺站", "Panyu"), "FS-CC": ("佛山禅城站", "Chancheng"), "FS-NH": ("佛山南海站", "Nanhai"),
         "FS-SD": ("佛山顺德站", "Shunde"), "KL-CH": ("吉隆坡蕉赖站", "Cheras"), "KL-KP": ("吉隆坡甲洞站", "Kepong"),
         "KL-PJ": ("八打灵再也站", "Petaling Jaya")}
ACQ_ZH = {"wechat_ad": "朋友圈广告", "flyer": "小区地推", "referral": "老客推荐", "property": "物业合作",
          "search_ads": "搜索广告", "facebook": "Facebook广告", "supplier_partner": "餐饮供应商合作"}
ACQ_W = {
    "cn_household": {"wechat_ad": 0.30, "flyer": 0.22, "referral": 0.20, "property": 0.18, "search_ads": 0.10},
    "cn_restaurant": {"wechat_ad": 0.22, "flyer": 0.10, "referral": 0.20, "search_ads": 0.13, "supplier_partner": 0.35},
    "kl_household": {"wechat_ad": 0.07, "flyer": 0.22, "referral": 0.25, "property": 0.10, "search_ads": 0.18,
                     "facebook": 0.18},
    "kl_restaurant": {"wechat_ad": 0.05, "flyer": 0.12, "referral": 0.25, "search_ads": 0.15, "facebook": 0.13,
                      "supplier_partner": 0.30},
}
BUILDING_ZH = {"elevator": "电梯楼", "walk_up": "步梯楼", "urban_village": "城中村", "condo": "公寓",
               "landed": "有地住宅", "shop": "商铺"}
CHANNEL_ZH = {"phone": "电话", "app": "APP", "wechat": "微信小程序", "subscription": "定期送"}
PAY_ZH = {"wechat_pay": "微信支付", "alipay": "支付宝", "cash": "现金", "fpx": "FPX网银", "tng_ewallet": "TNG电子钱包",
          "card": "银行卡", "duitnow_qr": "DuitNow扫码"}
FAIL_ZH = {"no_one_home": "无人在家", "wrong_address": "地址错误", "access_denied": "门禁/保安拦截",
           "elevator_out": "电梯停用", "out_of_stock": "缺货"}
PAYFAIL_ZH = {"gateway_timeout": "支付通道超时", "insufficient_balance": "余额不足", "bank_declined": "银行拒绝"}
HAZARD_ZH = {"hose_aged": "软管老化", "no_alarm": "未装报警器", "regulator_fault": "减压阀故障",
             "poor_ventilation": "通风不良", "valve_leak": "瓶阀漏气", "illegal_storage": "违规存放"}
COMPLAINT_ZH = {"late": "送气超时", "underfill": "缺斤短两", "attitude": "服务态度", "billing": "收费争议",
                "deposit": "押金纠纷", "leak": "漏气隐患", "no_check": "未做安检", "damage": "钢瓶破损",
                "payment": "支付问题"}
RETURN_ZH = {"piped_gas": "改用管道气", "moved": "搬家", "switched": "换供应商", "price": "嫌贵",
             "closed": "餐厅停业"}
SUBCANCEL_ZH = {"price": "嫌贵", "timing": "送气时间不合适", "moved": "搬家", "piped_gas": "改用管道气",
                "prefer_manual": "想自己下单", "switched": "换供应商"}
FINDING_ZH = {"valve_leak": "瓶阀漏气", "hose_leak": "软管漏气", "regulator_leak": "减压阀漏气",
              "no_leak_found": "未发现漏气"}
TYPE_ZH = {"household": "家庭", "restaurant": "餐饮"}
TIER_ZH = {"standard": "普通", "business": "商户", "key_account": "大客户"}
N_OLD, N_NEW = 1000, 2550

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_inquiry", "咨询开户", "New customer inquiry", "awareness", "phone", "digital", "sales",
     "咨询|开户咨询|新客咨询|问价|留资|inquiry|enquiry|lead|new lead"),
    ("tp_register", "实名开户", "Real-name registration", "consideration", "app", "digital", "sales",
     "开户|实名登记|实名认证|建档|注册|sign up|signup|registration|open an account"),
    ("tp_deposit", "缴纳押金", "Cylinder deposit", "purchase", "app", "digital", "finance",
     "押金|瓶押金|交押金|钢瓶押金|deposit|cylinder deposit|pay deposit"),
    ("tp_order", "下单订气", "Place order", "purchase", "app", "digital", "customer_service",
     "订气|叫气|下单|订单|买气|换气下单|order|place an order|gas order|refill order"),
    ("tp_online_pay", "在线支付", "Online payment", "purchase", "app", "digital", "finance",
     "支付|付款|线上付款|微信支付|支付宝|payment|pay online|FPX|eWallet|TNG"),
    ("tp_dispatch", "派单", "Dispatch to courier", "service", "other", "physical", "logistics",
     "派单|接单|调度|分单|dispatch|assign courier|driver assigned"),
    ("tp_delivery", "送气上门", "Doorstep delivery", "service", "other", "physical", "logistics",
     "送气|送达|配送|上门送气|换瓶|送货|delivery|drop-off|delivered|cylinder swap"),
    ("tp_safety_check", "入户安检", "In-home safety check", "service", "other", "physical", "safety",
     "安检|入户检查|每送必检|安全检查|燃气安检|safety check|safety inspection|home check"),
    ("tp_cs_call", "客服热线", "Customer hotline", "service", "phone", "digital", "customer_service",
     "热线|客服电话|催单|打客服|400电话|hotline|call centre|call center|customer service call"),
    ("tp_complaint", "投诉工单", "Complaint ticket", "service", "phone", "digital", "customer_service",
     "投诉|工单|客诉|complaint|ticket|complaint ticket"),
    ("tp_safety_report", "漏气报警", "Gas leak report", "service", "phone", "digital", "safety",
     "漏气报修|燃气报警|漏气|应急热线|闻到煤气味|leak report|gas leak|emergency call|gas smell report"),
    ("tp_emergency_dispatch", "应急派单", "Emergency dispatch", "service", "other", "physical", "safety",
     "应急|抢修派单|应急出车|emergency dispatch|emergency crew"),
    ("tp_onsite_inspect", "上门检修", "On-site leak inspection", "service", "other", "physical", "safety",
     "上门检查|抢修|上门检修|到场|on-site inspection|callout|site visit"),
    ("tp_case_closed", "安全结案", "Safety case closed", "service", "other", "digital", "safety",
     "结案|关单|case closed|closed"),
    ("tp_sub_signup", "开通定期送", "Subscription sign-up", "loyalty", "app", "digital", "growth",
     "定期送|开通订阅|自动续气|订阅|subscription|subscribe|auto refill|refill plan"),
    ("tp_sub_reminder", "续气提醒", "Refill reminder", "loyalty", "app", "digital", "growth",
     "提醒|续气提醒|短信提醒|reminder|refill reminder"),
    ("tp_sub_confirm", "确认续气", "Refill confirmed", "loyalty", "app", "digital", "growth",
     "确认续气|确认送气|confirm refill|refill confirmed"),
    ("tp_sub_cancel", "取消定期送", "Subscription cancelled", "loyalty", "app", "digital", "growth",
     "退订|取消订阅|取消定期送|cancel subscription|unsubscribe"),
    ("tp_return_request", "申请退瓶", "Cylinder return request", "loyalty", "phone", "digital", "customer_service",
     "退瓶|销户|退户|不用了|return cylinders|close account|account closure"),
    ("tp_empty_pickup", "空瓶回收", "Empty cylinder pickup", "loyalty", "other", "physical", "logistics",
     "回收空瓶|收瓶|上门收瓶|empty pickup|empty return|collect empties"),
    ("tp_cylinder_inspect", "钢瓶验收", "Cylinder inspection", "loyalty", "other", "physical", "safety",
     "验瓶|钢瓶检验|验收|cylinder check|cylinder inspection"),
    ("tp_deposit_refund", "退还押金", "Deposit refund", "loyalty", "app", "digital", "finance",
     "退押金|押金退还|押金到账|refund deposit|deposit refund|deposit back"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("onboarding", "新客开户到首次送气", "New customer onboarding",
     ["tp_inquiry", "tp_register", "tp_deposit", "tp_order", "tp_delivery", "tp_safety_check"], 14),
    ("order_fulfil", "订气到送达安检", "Order to delivery and safety check",
     ["tp_order", "tp_dispatch", "tp_delivery", "tp_safety_check"], 2),
    ("sub_refill", "定期送续气", "Subscription refill", ["tp_sub_reminder", "tp_sub_confirm", "tp_dispatch", "tp_delivery"],
     5),
    ("leak_case", "漏气应急处置", "Gas leak emergency",
     ["tp_safety_report", "tp_emergency_dispatch", "tp_onsite_inspect", "tp_case_closed"], 3),
    ("deposit_return", "退瓶退押", "Cylinder return and deposit refund",
     ["tp_return_request", "tp_empty_pickup", "tp_cylinder_inspect", "tp_deposit_refund"], 14),
]

# ---------------- feedback texts ----------------
# every comment of a topic carries one of the topic's markers (gold.py counts by them; checked against _truth)
TEXT = {
    ("leak", "zh"): ["刚换的气瓶阀门那里有股煤气味，吓得我赶紧关阀开窗，你们的瓶子要好好查查",
                     "新送来的这瓶漏气，用肥皂水一抹就冒泡，太危险了",
                     "厨房一直有煤气味，家里有老人小孩，真的很担心",
                     "瓶阀漏气，已经是第二次了，希望公司给个说法",
                     "后厨闻到很重的煤气味，晚市都不敢开火，损失谁来负责？",
                     "换气之后接口那里漏气，师傅来了说是瓶阀的问题",
                     "这批气瓶是不是有问题？隔壁邻居家也说漏气"],
    ("leak", "en"): ["The new cylinder started to leak at the valve within a day. Scary with kids at home.",
                     "Strong gas smell in the kitchen right after the swap. Please check your cylinders properly!",
                     "Second leak this month from your cylinders, our kitchen had to stop cooking for two hours.",
                     "Valve was leaking, we could hear a hiss. This should never happen.",
                     "There is a gas smell every time we open the cabinet, the cylinder you delivered is faulty."],
    ("leak_call", "zh"): ["客户来电反映厨房有煤气味，已指导关闭角阀、开窗通风，安排应急人员上门",
                          "来电称新换气瓶漏气，已登记应急工单，提醒客户不要开关电器",
                          "餐厅来电后厨有煤气味，已通知最近站点抢修人员出发",
                          "客户称瓶阀处有嘶嘶声疑似漏气，已远程指导关阀并派人"],
    ("leak_call", "en"): ["Customer called about a gas smell near the cylinder. Advised to close the valve and open "
                          "windows, emergency team dispatched.",
                          "Caller reports the cylinder valve is leaking. Logged emergency case, told customer not to "
                          "touch any switches.",
                          "Restaurant reports gas smell in the back kitchen, crew from nearest depot on the way."],
    ("underfill", "zh"): ["这瓶气用了不到三周就没了，怀疑缺斤短两",
                          "自己拿秤称了一下，分量不足，差了快两斤",
                          "最近送的气感觉不够秤，以前一瓶能用一个多月",
                          "餐厅每天记录用气量，这几瓶明显缺斤短两，要求补偿"],
    ("underfill", "en"): ["Cylinder felt light, weighed it and it's underweight by almost a kilo.",
                          "Pretty sure these cylinders are underfilled, ours ran out in three weeks.",
                          "We keep getting cylinders that are short on gas. Not acceptable for a restaurant."],
    ("late", "zh"): ["下单后等了两个多小时才送到，送气慢得离谱",
                     "说好一小时内送到，结果迟到了一个半小时，饭都煮不了",
                     "催了三次单还是送气慢，客服只会说在路上了",
                     "中午高峰期送得慢，餐厅差点停火",
                     "送气慢，早上下的单下午才到"],
    ("late_cny", "zh"): ["过年期间送得慢可以理解，但等一上午也太夸张了",
                         "春节送气慢，打电话说师傅都回老家了",
                         "年初几天订气迟到了大半天，年夜饭差点做不成"],
    ("late", "en"): ["Delivery was late again, waited almost two hours with no update.",
                     "Slow delivery, I was told 45 minutes but it took forever.",
                     "Driver came really late and we had to delay opening the restaurant."],
    ("attitude", "zh"): ["送气师傅态度很差，问两句就不耐烦",
                         "客服态度敷衍，投诉了也没人跟进",
                         "师傅态度恶劣，空瓶随手扔在门口"],
    ("attitude", "en"): ["The delivery guy was rude and left the empty cylinder at the door.",
                         "Customer service attitude was terrible when I called about my order.",
                         "Rude driver, refused to carry the cylinder into the kitchen."],
    ("floor_fee", "zh"): ["步梯{floor}楼收了{fee}块上楼费，下单时没说清楚",
                          "上楼费每次收的都不一样，能不能明码标价",
                          "住城中村没电梯，上楼费比气还心疼"],
    ("floor_fee", "en"): ["Charged a stairs fee for floor {floor} without telling me first.",
                          "The floor fee should be shown when ordering, not at the door."],
    ("check_neg", "zh"): ["师傅放下瓶子就走了，根本没做安检，以前都会检查软管的",
                          "这次没有安检也没让签字，感觉不太规范",
                          "换了个新面孔的师傅，安检都省了，不放心"],
    ("check_neg", "en"): ["Guy just dropped the cylinder and left, no safety check this time.",
                          "No safety check and no signature, this is not how it used to be."],
    ("check_pos", "zh"): ["师傅安检很仔细，还提醒我们软管该换了，点赞",
                          "安检做得很专业，帮忙查了减压阀和报警器"],
    ("check_pos", "en"): ["Technician did a thorough safety check and spotted our old hose. Very reassuring.",
                          "Appreciate the safety check every time, feels professional."],
    ("deposit_signup", "zh"): ["广告上说免押金，结果开户还要交押金，感觉被坑了",
                               "一个瓶押金要{dep}，不是说新客免押吗？不开了",
                               "朋友圈广告写的免押金开户，客服说活动名额满了，不厚道"],
    ("deposit_signup", "en"): ["Your ad said no deposit, but I had to pay a deposit before the first delivery.",
                               "Deposit is way too high for one cylinder, not what the ad promised."],
    ("deposit_refund", "zh"): ["退瓶一个多月了押金还没退回来",
                               "空瓶早就收走了，押金迟迟没到账，打电话也没人给准话"],
    ("deposit_refund", "en"): ["Returned my cylinders three weeks ago and still waiting for my deposit refund.",
                               "Deposit refund is taking forever, nobody can tell me when I get my money back."],
    ("price", "zh"): ["一月份又涨价了，一瓶贵了十块",
                      "气价涨得太快，在考虑装管道气了",
                      "涨价也不提前通知一声，太不尊重老客户"],
    ("price", "en"): ["Why did the price go up in January? Not happy.",
                      "The price keeps going up, thinking of switching to piped gas."],
    ("app", "zh"): ["小程序下单老是卡在支付页面",
                    "APP更新后找不到历史订单了",
                    "小程序上看不到师傅位置，只能打电话问",
                    "APP付款失败好几次，最后只能货到付款"],
    ("app", "en"): ["Payment keeps failing in the app, had to pay cash in the end.",
                    "The app logged me out again and I had to re-enter my address.",
                    "Tried to pay by e-wallet in the app three times, failed every time."],
    ("app_pos", "zh"): ["小程序下单很方便，几步就搞定", "APP能看到师傅到哪了，很方便"],
    ("app_pos", "en"): ["Ordering in the app takes a minute, love it.", "Paying in the app is smooth and quick."],
    ("sub_pos", "zh"): ["开了定期送之后再也不用担心做饭做到一半没气了", "定期送挺省心的，到点就送来"],
    ("sub_pos", "en"): ["The subscription is super convenient, we never run out now."],
    ("sub_neg", "zh"): ["自动续气的提醒太早了，瓶里还有不少气", "定期送的时间总跟我上班冲突，只好取消"],
    ("sub_neg", "en"): ["Cancelled my subscription, the reminders came at the wrong time."],
    ("good", "zh"): ["师傅很准时，服务好", "送气很快，半小时就到了", "一直用你们家的气，放心",
                     "师傅人很好，帮忙装好还试了火", "电话一打就有人接，效率高", "下雨天也按时送到，辛苦了",
                     "换瓶干净利落，还把旧瓶带走了", "老顾客了，一直挺满意"],
    ("good", "en"): ["Quick and friendly, cylinder installed in minutes.", "Reliable service as always.",
                     "On time and polite, thank you!", "Fast swap, friendly driver, no complaints.",
                     "Been ordering for years, never had an issue."],
    ("meh", "zh"): ["还行吧，跟别家差不多", "一般，没什么特别的", "中规中矩"],
    ("meh", "en"): ["It's okay, nothing special.", "Average service.", "Fine, does the job."],
}
TOPIC_OF = {"leak": "leak", "leak_call": "leak", "underfill": "underfill", "late": "late", "late_cny": "late",
            "attitude": "attitude", "floor_fee": "floor_fee", "check_neg": "safety_check",
            "check_pos": "safety_check", "deposit_signup": "deposit", "deposit_refund": "deposit", "price": "price",
            "app": "app", "app_pos": "app", "sub_pos": "subscription", "sub_neg": "subscription", "good": "none",
            "meh": "none"}
SENT_OF = {"check_pos": "positive", "app_pos": "positive", "sub_pos": "positive", "good": "positive",
           "meh": "neutral"}


def fmt(m: float) -> str:
    return (T0 + timedelta(minutes=float(m))).strftime("%Y-%m-%d %H:%M:%S")


def u(a=0.0, b=1.0):
    return a + (b - a) * rng.random()


def pick(d: dict):
    r = rng.random() * sum(d.values())
    acc = 0.0
    for k, w in d.items():
        acc += w
        if r < acc and w > 0:
            return k
    return k


def lognorm(median, sigma):
    return median * math.exp(sigma * rng.standard_normal())


def month_of(m: float) -> tuple[int, int]:
    t = T0 + timedelta(minutes=float(m))
    return t.year, t.month


def at_hour(day_m: float, hours: dict) -> float:
    """a time on the day of day_m at an hour drawn from `hours`."""
    d0 = day_m - (day_m % DAY)
    return d0 + pick(hours) * 60 + u(0, 59)


H_HOUSE = {7: 2, 8: 4, 9: 7, 10: 8, 11: 7, 12: 4, 13: 3, 14: 4, 15: 5, 16: 7, 17: 8, 18: 6, 19: 4, 20: 2}
H_REST = {7: 3, 8: 8, 9: 10, 10: 10, 11: 5, 12: 1, 13: 3, 14: 8, 15: 8, 16: 5, 17: 2, 18: 1}
H_ANY = {h: (3 if 8 <= h <= 21 else 1) for h in range(24)}


def bad_valve_share(m: float, city: str) -> float:
    if city == "kuala_lumpur" or m < BAD_VALVES_FROM:
        return 0.0
    months = (m - BAD_VALVES_FROM) / (30.4 * DAY)
    return min(0.7, 0.03 + 0.065 * months)


def unit_price(city: str, size: str, m: float) -> float:
    if city == "kuala_lumpur":
        return 26.60 if size == "14kg" else 185.0
    if size == "15kg":
        return 128.0 if m >= PRICE_RISE else 118.0
    return 430.0 if m >= PRICE_RISE else 395.0


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.customers = []
        self.n_order = self.n_ticket = self.n_case = 0

    # ---------- rows ----------
    def ev(self, c, m, tp, action, **kw):
        if m >= END_M or m < 0:
            return
        row = dict(customer_id=c["customer_id"], ts=m, touchpoint_id=tp, action=action, city=c["city"],
                   城市=CITY[c["city"]]["zh"], depot=c["depot"], 配送站=DEPOT[c["depot"]][0])
        row.update({k: v for k, v in kw.items() if v is not None})
        self.events.append(row)

    def fb(self, m, channel, key, c=None, tp=None, rating=None, nps=None, lang=None, **kw):
        if m is not None and m >= END_M:
            return
        city = c["city"] if c else kw.pop("city", "guangzhou")
        if lang is None:
            lang = c["lang"] if c else ("en" if city == "kuala_lumpur" else "zh")
            if rng.random() < 0.12:  # bilingual customers write in the other language sometimes
                lang = "en" if lang == "zh" else "zh"
        if (key, lang) not in TEXT:
            lang = "zh" if lang == "en" else "en"
        pool = TEXT[(key, lang)]
        text = pool[int(rng.integers(len(pool)))]
        text = text.format(floor=(c or {}).get("floor", 6), fee=max(2, 2 * ((c or {}).get("floor", 6) - 2)),
                           dep=("150元" if lang == "zh" else "RM60") if city != "kuala_lumpur" else "RM60")
        topic = TOPIC_OF[key]
        sent = SENT_OF.get(key, "negative")
        if rating == "auto":
            if sent == "positive":
                rating = int(rng.choice([4, 5], p=[0.3, 0.7]))
            elif sent == "neutral":
                rating = 3
            else:
                rating = int(rng.choice([1, 2, 3], p=[0.55, 0.35, 0.10]))
        fid = f"FB{len(self.feedback) + 100001}"
        row = dict(feedback_id=fid, text=text, ts=m, customer_id=c["customer_id"] if c else None,
                   touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang, city=city,
                   城市=CITY[city]["zh"], depot=c["depot"] if c else None)
        row.update({k: v for k, v in kw.items() if v is not None})
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))

    # ---------- customers ----------
    def make_customer(self, k, signup_m, city=None, ctype=None):
        city = city or pick({c: CITY[c]["w"] for c in CITY})
        info = CITY[city]
        ctype = ctype or ("restaurant" if rng.random() < info["rest"] else "household")
        depot = info["depots"][bisect.bisect_right(np.cumsum(info["dw"]), rng.random())]
        kl = city == "kuala_lumpur"
        acq = pick(ACQ_W[("kl_" if kl else "cn_") + ctype])
        if ctype == "restaurant":
            building, floor = "shop", 1
            size = "50kg"
            cyl = int(rng.integers(3, 11))
        else:
            building = pick({"condo": 0.45, "landed": 0.35, "walk_up": 0.20} if kl else
                            {"elevator": 0.5, "walk_up": 0.3, "urban_village": 0.2})
            floor = {"elevator": int(rng.integers(3, 31)), "condo": int(rng.integers(3, 31)), "landed": 1,
                     "walk_up": int(rng.integers(1, 9)), "urban_village": int(rng.integers(1, 8))}[building]
            size = "14kg" if kl else "15kg"
            cyl = 1 if rng.random() < 0.7 else 2
        if kl:
            pref = pick({"phone": 0.45, "app": 0.45, "wechat": 0.10} if ctype == "household" else
                        {"phone": 0.6, "app": 0.35, "wechat": 0.05})
            lang = "en" if rng.random() < 0.62 else "zh"
            device = "android" if rng.random() < 0.68 else "ios"
        else:
            pref = pick({"phone": 0.32, "app": 0.20, "wechat": 0.48} if ctype == "household" else
                        {"phone": 0.55, "app": 0.15, "wechat": 0.30})
            lang = "zh" if rng.random() < 0.94 else "en"
            device = "android" if rng.random() < 0.62 else "ios"
        if ctype == "restaurant":
            interval = u(12, 30)
            qty_rng = (2, 7)
        else:
            interval = u(35, 75)
            qty_rng = (1, 2)
        c = dict(k=k, customer_id=None, city=city, depot=depot, ctype=ctype, acq=acq, building=building, floor=floor,
                 size=size, cyl=cyl, pref=pref, lang=lang, device=device, interval=interval, qty_rng=qty_rng,
                 signup=signup_m, sub=False, sub_since=None, orders=[], closed=None, has_alarm=rng.random() < 0.55,
                 cuisine=None, first_order=None, last_order=None, deposit_paid=0.0, verified=signup_m is not None)
        if ctype == "restaurant":
            c["cuisine"] = pick({"mamak": 0.25, "chinese": 0.3, "malay": 0.2, "western": 0.1, "hawker": 0.15} if kl else
                                {"cantonese": 0.25, "cha_chaan_teng": 0.15, "roast_meat": 0.15, "hotpot": 0.15,
                                 "fast_food": 0.15, "noodles": 0.15})
        self.customers.append(c)
        return c

    def deposit_per(self, c):
        if c["city"] == "kuala_lumpur":
            return 60.0 if c["size"] == "14kg" else 200.0
        return 150.0 if c["size"] == "15kg" else 400.0

    # ---------- onboarding ----------
    def onboarding(self, c, m0):
        """inquiry → register → deposit → first order (→ delivery → check via order())."""
        ch = pick({"phone": 0.4, "wechat": 0.35, "app": 0.25} if c["city"] != "kuala_lumpur" else
                  {"phone": 0.45, "app": 0.4, "wechat": 0.15})
        self.ev(c, m0, "tp_inquiry", "submit", channel=ch, acquisition_channel=c["acq"],
                获客渠道=ACQ_ZH[c["acq"]], device=c["device"] if ch != "phone" else None)
        if rng.random() > 0.64:
            c["signup"] = None
            return None
        m1 = m0 + (u(10, 3 * DAY) if rng.random() < 0.92 else u(16 * DAY, 40 * DAY))
        c["signup"] = m1
        c["verified"] = True
        self.ev(c, m1, "tp_register", "success", channel=ch if ch != "phone" else "app", id_type=pick(
            {"id_card": 0.9, "passport": 0.1} if c["city"] != "kuala_lumpur" else {"mykad": 0.85, "passport": 0.15}))
        p_dep = 0.36 if c["acq"] == "wechat_ad" else 0.90
        if rng.random() > p_dep:
            if rng.random() < (0.22 if c["acq"] == "wechat_ad" else 0.08):
                self.fb(m1 + u(60, 2 * DAY), pick({"chat": 0.6, "social": 0.4}), "deposit_signup", c,
                        tp="tp_deposit", platform=None)
            return None
        m2 = m1 + u(5, 2 * DAY)
        dep = self.deposit_per(c) * c["cyl"]
        c["deposit_paid"] = dep
        self.ev(c, m2, "tp_deposit", "paid", deposit_amount=dep, currency=CITY[c["city"]]["cur"],
                cylinders=c["cyl"], payment_method=self.pay_method(c, online=True))
        if rng.random() < 0.03 and c["acq"] == "wechat_ad":
            self.fb(m2 + u(60, DAY), "chat", "deposit_signup", c, tp="tp_deposit")
        if rng.random() > 0.93:
            return None
        return m2 + u(5, 3 * DAY)

    def pay_method(self, c, online):
        if c["city"] == "kuala_lumpur":
            if not online:
                return pick({"cash": 0.7, "duitnow_qr": 0.3})
            return pick({"fpx": 0.35, "tng_ewallet": 0.45, "card": 0.2})
        if not online:
            return pick({"cash": 0.35, "wechat_pay": 0.5, "alipay": 0.15})
        return pick({"wechat_pay": 0.72, "alipay": 0.28})

    # ---------- orders ----------
    def order(self, c, m, channel, first=False):
        """one order from placement to safety check; returns the delivery time or None."""
        self.n_order += 1
        oid = f"O{self.n_order + 300000}"
        city, kl = c["city"], c["city"] == "kuala_lumpur"
        cur = CITY[city]["cur"]
        qty = int(rng.integers(*c["qty_rng"]))
        price = unit_price(city, c["size"], m)
        floor_fee = 0.0
        if c["building"] in ("walk_up", "urban_village") and c["floor"] > 2:
            floor_fee = (2.0 if not kl else 1.0) * (c["floor"] - 2) * qty
        delivery_fee = 4.0 if kl and c["ctype"] == "household" else 0.0
        discount = 0.0
        if first:
            discount = 10.0 if not kl else 3.0
        elif channel == "subscription":
            discount = round(price * qty * 0.03, 2)
        amount = round(price * qty + floor_fee + delivery_fee - discount, 2)
        sess = f"S{oid[1:]}"
        dev = c["device"] if channel in ("app", "wechat") else None
        online = channel in ("app", "wechat", "subscription")
        pm = self.pay_method(c, online)
        o = dict(order_id=oid, customer_id=c["customer_id"], ts=m, amount=amount, status="paid", channel=channel,
                 下单渠道=CHANNEL_ZH[channel], device=dev, order_type="first" if first else "refill",
                 订单类型="首单" if first else "换气", currency=cur, city=city, 城市=CITY[city]["zh"], depot=c["depot"],
                 配送站=DEPOT[c["depot"]][0], customer_type=c["ctype"], cylinder_size=c["size"], qty=qty,
                 unit_price=price, delivery_fee=delivery_fee, floor_fee=floor_fee, discount=discount,
                 payment_method=pm, 支付方式=PAY_ZH[pm], cancel_reason=None, refunded_at=None)
        self.orders.append(o)
        if channel != "subscription":
            self.ev(c, m, "tp_order", "submit", channel=channel, 下单渠道=CHANNEL_ZH[channel], device=dev,
                    session_id=sess if dev else None, order_id=oid, cylinder_size=c["size"], qty=qty,
                    order_type=o["order_type"])
        t = m
        if channel in ("app", "wechat"):
            outage = kl and KL_PAY_OUTAGE[0] <= m < KL_PAY_OUTAGE[1] and pm in ("tng_ewallet", "fpx")
            pfail = 0.30 if outage else 0.035
            paid_ok = False
            for _attempt in range(3):
                t += u(0.3, 3)
                if rng.random() < pfail:
                    reason = "gateway_timeout" if outage or rng.random() < 0.4 else pick(
                        {"insufficient_balance": 0.6, "bank_declined": 0.4})
                    self.ev(c, t, "tp_online_pay", "fail", channel=channel, device=dev, session_id=sess, order_id=oid,
                            payment_method=pm, 支付方式=PAY_ZH[pm], pay_fail_reason=reason,
                            支付失败原因=PAYFAIL_ZH[reason], amount=amount, currency=cur)
                    if outage and rng.random() < 0.04:
                        self.fb(t + u(2, 120), "app_review", "app", c, tp="tp_online_pay", rating="auto",
                                platform="google_play" if c["device"] == "android" else "app_store")
                    if outage and rng.random() < 0.02:
                        self.complaint(c, t + u(5, 180), "payment", o)
                    if rng.random() < 0.3:
                        break
                    continue
                self.ev(c, t, "tp_online_pay", "success", channel=channel, device=dev, session_id=sess, order_id=oid,
                        payment_method=pm, 支付方式=PAY_ZH[pm], amount=amount, currency=cur)
                paid_ok = True
                break
            if not paid_ok:
                if rng.random() < 0.5:
                    o["status"], o["cancel_reason"] = "cancelled", "payment_failed"
                    return None
                pm = self.pay_method(c, online=False)
                o["payment_method"], o["支付方式"] = pm, PAY_ZH[pm]
        if channel != "subscription" and rng.random() < 0.012:
            o["status"], o["cancel_reason"] = "cancelled", "customer_cancelled"
            return None
        spring = SPRING[0] <= m < SPRING[1] and not kl
        # dispatch
        if channel == "subscription":
            tdisp = at_hour(m + DAY, {7: 3, 8: 4, 9: 2})
            if tdisp < m:
                tdisp = m + u(30, 120)
        else:
            tdisp = t + (u(3, 15) if not spring else u(20, 120))
        subc = c["city"] == "foshan" and FS_SUBCONTRACT[0] <= m < FS_SUBCONTRACT[1]
        courier = f"{c['depot'].replace('-', '')}-{'W' if subc else ''}{int(rng.integers(1, 13 if not subc else 9)):02d}"
        self.ev(c, tdisp, "tp_dispatch", "assigned", order_id=oid, courier_id=courier,
                courier_type="subcontract" if subc else "in_house")
        # delivery attempts
        med = {"guangzhou": 40, "foshan": 46, "kuala_lumpur": 72}[city] * (0.9 if c["ctype"] == "restaurant" else 1)
        if spring:
            med *= 3.2
        tries = 0
        tdel = tdisp
        while True:
            tries += 1
            dm = min(lognorm(med, 0.45), 20 * 60)
            if channel == "subscription":
                tdel = tdel + u(20, 150)
            else:
                tdel = (t if tries == 1 else tdel) + dm
            pfail = 0.035 + (0.06 if spring else 0.0)
            if rng.random() < pfail:
                reason = pick({"no_one_home": 0.45, "wrong_address": 0.15, "access_denied": 0.2,
                               "elevator_out": 0.1 if c["building"] in ("elevator", "condo") else 0.0,
                               "out_of_stock": 0.1 + (0.8 if spring else 0.0)})
                self.ev(c, tdel, "tp_delivery", "fail", order_id=oid, courier_id=courier, fail_reason=reason,
                        失败原因=FAIL_ZH[reason], attempt=tries)
                if tries >= 2 or rng.random() < 0.25:
                    o["status"], o["cancel_reason"] = "cancelled", "delivery_failed"
                    return None
                tdel = at_hour(tdel + DAY, H_REST if c["ctype"] == "restaurant" else H_HOUSE)
                t = tdel - dm
                continue
            break
        bad = rng.random() < bad_valve_share(tdel, city)
        batch = "ZJ-V2509" if bad else pick({"GD-V2019": 0.4, "GD-V2021": 0.35, "GD-V2023": 0.25} if not kl else
                                            {"MY-V2020": 0.5, "MY-V2022": 0.5})
        on_demand = channel != "subscription"
        total_min = (tdel - m) if on_demand else None
        self.ev(c, tdel, "tp_delivery", "success", order_id=oid, courier_id=courier, attempt=tries,
                delivery_minutes=round(total_min, 1) if on_demand else None, valve_batch=batch, cylinder_size=c["size"],
                qty=qty, floor=c["floor"], floor_fee=floor_fee if floor_fee else None, empties_collected=qty)
        if tdel >= END_M:
            pass
        c["last_order"] = m
        # safety check
        skipped = False
        pcheck = 0.42 if subc else 0.975
        if rng.random() < pcheck:
            tc = tdel + u(4, 15)
            hz = None
            if rng.random() < (0.14 if c["ctype"] == "restaurant" else 0.09):
                hz = pick({"hose_aged": 0.38, "no_alarm": 0.22 if not c["has_alarm"] else 0.02,
                           "regulator_fault": 0.15, "poor_ventilation": 0.1, "valve_leak": 0.05 + (0.6 if bad else 0),
                           "illegal_storage": 0.12 if c["ctype"] == "restaurant" else 0.0})
            self.ev(c, tc, "tp_safety_check", "hazard" if hz else "pass", order_id=oid, courier_id=courier,
                    hazard_type=hz, 隐患类型=HAZARD_ZH.get(hz), check_minutes=round(u(4, 14), 1))
        else:
            skipped = True
        # leak
        if rng.random() < (0.05 if bad else (0.0025 if kl else 0.0015)):
            self.leak_case(c, tdel + u(60, 10 * DAY), batch)
        # complaints and ratings
        cats = {}
        if on_demand and total_min and total_min > 120:
            cats["late"] = 0.07
        if c["building"] in ("walk_up", "urban_village") and floor_fee >= 6:
            cats["billing_floor"] = 0.004
        if not kl and PRICE_RISE <= m < PRICE_RISE + 45 * DAY:
            cats["billing_price"] = 0.004
        if skipped:
            cats["no_check"] = 0.03 if subc else 0.003
        cats["underfill"] = 0.0025 if c["ctype"] == "household" else 0.004
        cats["attitude"] = 0.0015
        cats["damage"] = 0.0008
        for cat, p in cats.items():
            if rng.random() < p:
                self.complaint(c, tdel + u(30, 2 * DAY), cat, o)
        if rng.random() < 0.13:
            self.rate_delivery(c, tdel + u(10, 600), o, total_min, skipped, floor_fee, m, spring)
        if rng.random() < 0.008:
            self.cs_call(c, m + u(60, 3 * DAY), pick({"billing": 0.3, "safety_advice": 0.3, "other": 0.4}))
        if on_demand and total_min and total_min > 90 and rng.random() < 0.4:
            self.cs_call(c, m + min(total_min - 5, u(60, 100)), "order_status")
        return tdel

    def rate_delivery(self, c, m, o, total_min, skipped, floor_fee, m_order, spring):
        keys = {"good": 0.70, "meh": 0.10, "check_pos": 0.05, "underfill": 0.015, "attitude": 0.015}
        if total_min and total_min > 120:
            keys["late_cny" if spring else "late"] = 4.0
        if skipped and FS_SUBCONTRACT[0] <= m_order < FS_SUBCONTRACT[1] and c["city"] == "foshan":
            keys["check_neg"] = 1.6
        if floor_fee >= 6:
            keys["floor_fee"] = 0.12
        if c["city"] != "kuala_lumpur" and PRICE_RISE <= m_order < PRICE_RISE + 60 * DAY:
            keys["price"] = 0.18
        if o["channel"] == "subscription":
            keys["sub_pos"] = 0.06
        if o["channel"] in ("app", "wechat"):
            keys["app_pos"] = 0.03
        key = pick(keys)
        self.fb(m, "delivery_rating", key, c, tp={"price": "tp_order", "sub_pos": "tp_sub_confirm",
                                                  "app_pos": "tp_order", "check_pos": "tp_safety_check",
                                                  "check_neg": "tp_safety_check"}.get(key, "tp_delivery"),
                rating="auto", order_id=o["order_id"])

    def complaint(self, c, m, cat, o=None):
        self.n_ticket += 1
        tno = f"T{self.n_ticket + 50000}"
        base = cat.split("_")[0]
        hours = {"late": 8, "underfill": 40, "attitude": 22, "billing": 30, "deposit": 70, "leak": 5, "no": 26,
                 "damage": 30, "payment": 12}[base]
        ccat = "no_check" if cat == "no_check" else base
        res = round(lognorm(hours * (1.6 if c["city"] == "kuala_lumpur" else 1.0), 0.5), 1)
        ch = pick({"hotline": 0.6, "app": 0.2, "wechat": 0.2})
        self.ev(c, m, "tp_complaint", "opened", ticket_no=tno, complaint_category=ccat, 投诉类别=COMPLAINT_ZH[ccat],
                channel=ch, resolution_hours=res, order_id=o["order_id"] if o else None,
                priority="urgent" if ccat == "leak" else ("high" if ccat in ("no_check", "underfill") else "normal"))
        key = {"late": "late", "underfill": "underfill", "attitude": "attitude", "billing_floor": "floor_fee",
               "billing_price": "price", "deposit_refund": "deposit_refund", "deposit_signup": "deposit_signup",
               "leak": "leak", "no_check": "check_neg", "damage": None, "payment": "app"}[cat]
        tp = {"late": "tp_delivery", "underfill": "tp_delivery", "attitude": "tp_delivery", "floor_fee": "tp_delivery",
              "price": "tp_order", "deposit_refund": "tp_deposit_refund", "deposit_signup": "tp_deposit",
              "leak": "tp_delivery", "check_neg": "tp_safety_check", "app": "tp_online_pay"}
        if key is None:
            self.fb_damage(c, m, tno)
            return
        self.fb(m, "ticket", key, c, tp=tp[key], ticket_no=tno, complaint_category=ccat)
        if cat == "underfill" and o is not None and rng.random() < 0.4:
            o["status"], o["refunded_at"] = "refunded", fmt(m + res * 60)

    def fb_damage(self, c, m, tno):
        lang = c["lang"]
        text = "送来的钢瓶锈迹斑斑，瓶身还有凹痕，看着就不放心" if lang == "zh" else \
            "The cylinder we got was rusty and dented, please send a better one."
        fid = f"FB{len(self.feedback) + 100001}"
        if m >= END_M:
            return
        self.feedback.append(dict(feedback_id=fid, text=text, ts=m, customer_id=c["customer_id"],
                                  touchpoint_id="tp_delivery", channel="ticket", rating=None, nps=None, language=lang,
                                  city=c["city"], 城市=CITY[c["city"]]["zh"], depot=c["depot"], ticket_no=tno,
                                  complaint_category="damage"))
        self.truth.append(dict(feedback_id=fid, topic="damage", sentiment="negative"))

    def cs_call(self, c, m, reason):
        zh = {"order_status": "催单", "billing": "费用咨询", "safety_advice": "安全咨询", "other": "其他",
              "price_inquiry": "问价"}
        self.ev(c, m, "tp_cs_call", "answered", channel="phone", call_reason=reason, 来电原因=zh[reason],
                wait_seconds=int(lognorm(35, 0.7)))

    def leak_case(self, c, m, batch):
        self.n_case += 1
        case = f"L{self.n_case + 7000}"
        ch = pick({"hotline": 0.8, "app": 0.1, "wechat": 0.1})
        self.ev(c, m, "tp_safety_report", "reported", case_no=case, channel=ch, valve_batch=batch)
        if rng.random() < 0.8:
            self.fb(m, "call_note", "leak_call", c, tp="tp_safety_report", case_no=case)
        if rng.random() < 0.35:
            self.complaint(c, m + u(60, DAY), "leak")
        if rng.random() < 0.06:  # handled by phone: a loose connector, no crew needed
            self.ev(c, m + u(15, 60), "tp_case_closed", "closed", case_no=case, finding="no_leak_found",
                    检查结果=FINDING_ZH["no_leak_found"], closed_by="phone")
            return
        t1 = m + u(2, 9)
        self.ev(c, t1, "tp_emergency_dispatch", "assigned", case_no=case,
                crew_id=f"{c['depot'].replace('-', '')}-E{int(rng.integers(1, 4))}")
        resp = lognorm({"guangzhou": 27, "foshan": 31, "kuala_lumpur": 68}[c["city"]], 0.4)
        if rng.random() < 0.02:
            return
        t2 = t1 + resp
        finding = pick({"valve_leak": 0.75 if batch == "ZJ-V2509" else 0.25, "hose_leak": 0.3, "regulator_leak": 0.15,
                        "no_leak_found": 0.3 if batch != "ZJ-V2509" else 0.05})
        self.ev(c, t2, "tp_onsite_inspect", "inspected", case_no=case, response_minutes=round(t2 - m, 1),
                finding=finding, 检查结果=FINDING_ZH[finding], valve_batch=batch)
        if rng.random() < 0.03:
            return
        self.ev(c, t2 + u(30, 30 * 60), "tp_case_closed", "closed", case_no=case, finding=finding,
                检查结果=FINDING_ZH[finding], closed_by="crew")

    # ---------- subscription, churn, returns ----------
    def sub_signup(self, c, m):
        c["sub"], c["sub_since"] = True, m
        self.ev(c, m, "tp_sub_signup", "success", channel="app" if c["pref"] == "phone" else c["pref"],
                reminder_channel=c.setdefault("rem_ch", pick({"sms": 0.4, "wechat": 0.35, "app_push": 0.25}
                                                             if c["city"] != "kuala_lumpur" else
                                                             {"sms": 0.5, "whatsapp": 0.3, "app_push": 0.2})))

    def sub_cancel(self, c, m, reason):
        c["sub"] = False
        self.ev(c, m, "tp_sub_cancel", "success", cancel_reason=reason, 取消原因=SUBCANCEL_ZH[reason])
        if reason == "timing" and rng.random() < 0.2:
            self.fb(m, "in_app", "sub_neg", c, tp="tp_sub_cancel", rating="auto")

    def return_cylinders(self, c, m, reason):
        if m >= END_M:
            return
        c["closed"] = m
        kl = c["city"] == "kuala_lumpur"
        self.ev(c, m, "tp_return_request", "submit", return_reason=reason, 退瓶原因=RETURN_ZH[reason],
                cylinders=c["cyl"], channel=pick({"phone": 0.6, "app": 0.25, "wechat": 0.15}))
        if rng.random() > 0.95:
            return
        t1 = at_hour(m + (u(1, 3) if not kl else u(2, 8)) * DAY, H_ANY)
        self.ev(c, t1, "tp_empty_pickup", "collected", cylinders=c["cyl"])
        if rng.random() > 0.97:
            return
        t2 = t1 + (u(60, 20 * 60) if not kl else u(1 * DAY, 10 * DAY))
        damaged = rng.random() < 0.08
        deduct = round(self.deposit_per(c) * (0.3 if damaged else 0.0), 2)
        self.ev(c, t2, "tp_cylinder_inspect", "damaged" if damaged else "pass", deduction=deduct or None,
                cylinders=c["cyl"])
        t3 = t2 + (u(1, 4) if not kl else u(2, 8)) * DAY
        dep = c["deposit_paid"] or self.deposit_per(c) * c["cyl"]
        self.ev(c, t3, "tp_deposit_refund", "refunded", refund_amount=round(dep - deduct, 2),
                currency=CITY[c["city"]]["cur"], refund_days=round((t3 - m) / DAY, 1))
        if (t3 - m) / DAY > 12 and rng.random() < 0.35:
            self.fb(t3 - u(1, 4) * DAY, pick({"chat": 0.4, "social": 0.3, "call_note": 0.3}), "deposit_refund", c,
                    tp="tp_deposit_refund", rating=None)
            if rng.random() < 0.3:
                self.complaint(c, t3 - u(1, 3) * DAY, "deposit_refund")

    def life(self, c, first_m, first=False):
        """orders from first_m until churn or the end of the data."""
        kl = c["city"] == "kuala_lumpur"
        hazard = (0.016 if c["ctype"] == "restaurant" else 0.013) / (30.4 * DAY)
        churn_m = first_m + rng.exponential(1 / hazard)
        m = first_m
        channel = c["pref"]
        if first:
            d = self.order(c, m, channel, first=True)
            c["first_order"] = m
            m = m + c["interval"] * DAY * u(0.7, 1.3)
        misses = 0
        while m < min(churn_m, END_M):
            season = 0.8 if (not kl and month_of(m)[1] in (12, 1, 2)) else 1.0
            step = c["interval"] * DAY * season * float(rng.gamma(8, 1 / 8))
            if c["sub"]:
                rem = at_hour(m - DAY, {9: 3, 10: 2, 18: 1})
                self.ev(c, rem, "tp_sub_reminder", "sent", reminder_channel=c["rem_ch"])
                pc = 0.86
                if not kl and SUB_SHOCK[0] <= rem < SUB_SHOCK[1]:
                    pc = 0.50
                if rng.random() < pc:
                    tconf = rem + lognorm(90, 1.0)
                    tconf = min(tconf, rem + 30 * 60)
                    self.ev(c, tconf, "tp_sub_confirm", "confirmed", reminder_channel=c["rem_ch"])
                    self.order(c, tconf, "subscription")
                    misses = 0
                else:
                    misses += 1
                    if not kl and SUB_SHOCK[0] <= rem < SUB_SHOCK[1] and rng.random() < 0.1:
                        self.fb(rem + u(60, 2 * DAY), "in_app", "price", c, tp="tp_sub_reminder", rating="auto")
                    if rng.random() < 0.7:
                        self.order(c, at_hour(m + u(0, 2) * DAY, H_HOUSE), c["pref"])
                    if misses >= 2 and rng.random() < 0.35:
                        reason = "price" if (not kl and SUB_SHOCK[0] <= rem < SUB_SHOCK[1] + 30 * DAY) else pick(
                            {"timing": 0.5, "prefer_manual": 0.5})
                        self.sub_cancel(c, rem + u(60, 2 * DAY), reason)
                        misses = 0
            else:
                ch = channel if rng.random() < 0.85 else pick({"phone": 1, "app": 1, "wechat": 1})
                self.order(c, at_hour(m, H_REST if c["ctype"] == "restaurant" else H_HOUSE), ch)
                p_sub = 0.016 if c["ctype"] == "household" else 0.012
                if rng.random() < p_sub:
                    self.sub_signup(c, m + u(30, 5 * DAY))
            m += step
        if churn_m < END_M:
            if c["sub"]:
                reason = pick({"moved": 0.4, "piped_gas": 0.3, "switched": 0.3} if not kl else
                              {"moved": 0.6, "switched": 0.4})
                self.sub_cancel(c, churn_m - u(0, 5) * DAY, reason)
            if c["ctype"] == "restaurant":
                reason = pick({"closed": 0.55, "switched": 0.3, "piped_gas": 0.15 if not kl else 0.0})
            else:
                reason = pick({"piped_gas": 0.5 if c["city"] == "guangzhou" else 0.3, "moved": 0.25, "switched": 0.15,
                               "price": 0.1} if not kl else {"moved": 0.5, "switched": 0.4, "price": 0.1})
            if rng.random() < (0.8 if reason == "closed" else 0.6):
                self.return_cylinders(c, churn_m + u(0, 20) * DAY, reason)

    # ---------- extra feedback ----------
    def extra_feedback(self):
        custs = [c for c in self.customers if c["first_order"] is not None or c["last_order"] is not None]
        # NPS waves: first half of Mar / Jun / Sep / Dec
        for (y, mth) in [(2025, 3), (2025, 6), (2025, 9), (2025, 12), (2026, 3), (2026, 6)]:
            wave = f"{y}Q{(mth - 1) // 3 + 1}"
            start = M(y, mth, 1)
            idx = rng.choice(len(custs), 130, replace=False)
            for i in idx:
                c = custs[int(i)]
                m = start + u(0, 15 * DAY)
                leaky = (not c["city"] == "kuala_lumpur") and m > BAD_VALVES_FROM
                grow = bad_valve_share(m, c["city"])
                r = rng.random()
                if r < 0.02 + grow * 0.25 and leaky:
                    key, score = "leak", int(rng.integers(0, 6))
                elif r < 0.14 + grow * 0.25:
                    key = pick({"late": 1, "price": 1 if y == 2026 else 0.3, "underfill": 0.6, "attitude": 0.4})
                    score = int(rng.integers(0, 7))
                elif r < 0.27 + grow * 0.25:
                    key, score = "meh", int(rng.integers(6, 9))
                else:
                    key, score = pick({"good": 5, "check_pos": 1, "sub_pos": 0.6}), int(rng.choice([8, 9, 10],
                                                                                                   p=[0.25, 0.4, 0.35]))
                self.fb(m, "nps_survey", key, c, tp=None, nps=score, survey_wave=wave)
        # app-store reviews
        for _ in range(330):
            c = custs[int(rng.integers(len(custs)))]
            m = u(0, END_M)
            key = pick({"app": 0.35, "app_pos": 0.35, "good": 0.2, "meh": 0.1})
            self.fb(m, "app_review", key, c, tp="tp_order", rating="auto",
                    platform=pick({"app_store": 0.35, "google_play": 0.3, "huawei": 0.2, "xiaomi": 0.15}
                                  if c["city"] != "kuala_lumpur" else {"app_store": 0.4, "google_play": 0.6}))
        # social / review sites; a third scraped without a date
        for _ in range(520):
            c = custs[int(rng.integers(len(custs)))]
            kl = c["city"] == "kuala_lumpur"
            m = u(0, END_M)
            grow = bad_valve_share(m, c["city"])
            key = pick({"good": 0.4, "meh": 0.1, "late": 0.1, "attitude": 0.06, "underfill": 0.06, "leak": 0.04 + grow,
                        "price": 0.03 + (0.2 if (not kl and PRICE_RISE <= m < PRICE_RISE + 60 * DAY) else 0),
                        "check_pos": 0.05, "floor_fee": 0.03 if not kl else 0.01})
            platform = pick({"dianping": 0.5, "xiaohongshu": 0.3, "douyin": 0.2} if not kl else
                            {"google_maps": 0.6, "facebook": 0.4})
            undated = rng.random() < 0.33
            rated = platform in ("dianping", "google_maps")
            self.fb(None if undated else m, "social", key, c, tp="tp_delivery" if key not in ("price",) else "tp_order",
                    rating="auto" if rated else None, platform=platform)
        # a few undated call notes from the old call system (before the CRM migration)
        for _ in range(60):
            c = custs[int(rng.integers(len(custs)))]
            key = pick({"late": 0.4, "underfill": 0.2, "attitude": 0.2, "meh": 0.2})
            self.fb(None, "call_note", key, c, tp="tp_delivery")

    # ---------- run ----------
    def run(self):
        # existing customers (signed up 2019-2024)
        for k in range(N_OLD):
            s = M(2019, 3) + u(0, M(2025, 1) - M(2019, 3))
            c = self.make_customer(k, s)
            c["deposit_paid"] = self.deposit_per(c) * c["cyl"]
            if rng.random() < (0.2 if c["ctype"] == "household" else 0.22):
                c["sub"], c["sub_since"] = True, None
                c["rem_ch"] = pick({"sms": 0.4, "wechat": 0.35, "app_push": 0.25} if c["city"] != "kuala_lumpur"
                                   else {"sms": 0.5, "whatsapp": 0.3, "app_push": 0.2})
            c["first_order"] = None
            c["existing"] = True
        # new prospects over the window, growing
        months = [(2025, i) for i in range(1, 13)] + [(2026, i) for i in range(1, 7)]
        n_new = N_NEW
        w = np.array([1.0 + 0.03 * i for i in range(len(months))])
        w[months.index((2026, 2))] *= 0.6   # 春节
        counts = rng.multinomial(n_new, w / w.sum())
        new = []
        for (y, mth), n in zip(months, counts):
            a = M(y, mth)
            b = M(y + (mth == 12), mth % 12 + 1)
            for _ in range(int(n)):
                new.append(u(a, b))
        new.sort()
        ids = rng.permutation(np.arange(100000, 999999))[: N_OLD + n_new]
        for c, cid in zip(self.customers, ids[:N_OLD]):
            c["customer_id"] = f"C{cid}"
        starts = []
        for k, m0 in enumerate(new):
            c = self.make_customer(N_OLD + k, None)
            c["customer_id"] = f"C{ids[N_OLD + k]}"
            starts.append((c, m0))
        for c in self.customers[:N_OLD]:
            m0 = at_hour(u(1.5, c["interval"] + 1.5) * DAY, H_REST if c["ctype"] == "restaurant" else H_HOUSE)
            c["last_order"] = m0 - c["interval"] * DAY
            self.life(c, m0)
        for c, m0 in starts:
            m0 = at_hour(m0, H_ANY)
            first = self.onboarding(c, m0)
            if first is not None and first < END_M:
                self.life(c, at_hour(first, H_REST if c["ctype"] == "restaurant" else H_HOUSE), first=True)
        self.extra_feedback()

    # ---------- output ----------
    def customer_rows(self):
        rows = []
        for c in self.customers:
            last = c["last_order"]
            if c["first_order"] is None and last is None:
                seg = "prospect"
            elif c["closed"] is not None:
                seg = "churned"
            else:
                days = (END_M - last) / DAY if last is not None else 999
                a, b = (30, 90) if c["ctype"] == "restaurant" else (75, 150)
                if c["first_order"] is not None and c["first_order"] >= M(2026, 5):
                    seg = "new"
                elif days <= a:
                    seg = "active"
                elif days <= b:
                    seg = "at_risk"
                else:
                    seg = "churned"
            if c["ctype"] == "restaurant":
                tier = "key_account" if c["cyl"] >= 7 and seg != "prospect" else "business"
            else:
                tier = "standard"
            rows.append(dict(customer_id=c["customer_id"], signup_at=fmt(c["signup"]) if c["signup"] is not None
                             else None, segment=seg, region=c["city"], acquisition_channel=c["acq"], tier=tier,
                             城市=CITY[c["city"]]["zh"], 获客渠道=ACQ_ZH[c["acq"]], 客户等级=TIER_ZH[tier],
                             customer_type=c["ctype"], 客户类型=TYPE_ZH[c["ctype"]], home_depot=c["depot"],
                             配送站=DEPOT[c["depot"]][0], building_type=c["building"], 楼型=BUILDING_ZH[c["building"]],
                             floor=c["floor"], cylinder_size=c["size"], cylinders_held=c["cyl"]
                             if c["first_order"] is not None or c["last_order"] is not None else 0,
                             deposit_paid=c["deposit_paid"] or None, currency=CITY[c["city"]]["cur"],
                             is_subscriber=bool(c["sub"]), preferred_channel=c["pref"],
                             preferred_language=c["lang"], has_gas_alarm=bool(c["has_alarm"]),
                             real_name_verified=bool(c["signup"] is not None), cuisine=c["cuisine"],
                             account_closed_at=fmt(c["closed"]) if c["closed"] is not None else None))
        return rows


MONEY_COLS = {"amount", "unit_price", "deposit_amount", "refund_amount", "delivery_fee", "floor_fee", "discount",
              "deposit_paid"}


def write(path: Path, rows, cols):
    pos = {k: i for i, k in enumerate(cols)}
    n = len(cols)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            out = [""] * n
            for k, v in r.items():
                i = pos.get(k)
                if i is None or v is None:
                    continue
                if v is True or v is False:
                    v = "true" if v else "false"
                elif isinstance(v, float) and v.is_integer() and k not in MONEY_COLS:
                    v = int(v)
                out[i] = v
            w.writerow(out)


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.run()
    # touchpoints, journeys
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=i + 1,
                  touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for i, tp in enumerate(j[3])]
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customer_rows(),
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "城市", "获客渠道", "客户等级",
           "customer_type", "客户类型", "home_depot", "配送站", "building_type", "楼型", "floor", "cylinder_size",
           "cylinders_held", "deposit_paid", "currency", "is_subscriber", "preferred_channel", "preferred_language",
           "has_gas_alarm", "real_name_verified", "cuisine", "account_closed_at"])
    # events: sorted, ids, a few re-sent duplicates
    ev = sorted((e for e in g.events if e["ts"] < END_M), key=lambda e: (e["ts"], e["customer_id"]))
    for i, e in enumerate(ev):
        e["event_id"] = f"E{i + 1000001}"
        e["ts"] = fmt(e["ts"])
    dup_idx = sorted(int(i) for i in rng.choice(len(ev), 40, replace=False))
    ev_out = list(ev)
    for i in dup_idx:
        ev_out.append(dict(ev[i]))
    ev_out.sort(key=lambda e: e["event_id"])
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "session_id", "device", "channel", "city",
             "城市", "depot", "配送站", "order_id", "下单渠道", "order_type", "cylinder_size", "qty", "payment_method",
             "支付方式", "amount", "currency", "pay_fail_reason", "支付失败原因", "courier_id", "courier_type", "attempt",
             "delivery_minutes", "fail_reason", "失败原因", "valve_batch", "floor", "floor_fee", "empties_collected",
             "hazard_type", "隐患类型", "check_minutes", "acquisition_channel", "获客渠道", "id_type", "deposit_amount",
             "cylinders", "ticket_no", "complaint_category", "投诉类别", "priority", "resolution_hours", "call_reason",
             "来电原因", "wait_seconds", "case_no", "crew_id", "response_minutes", "finding", "检查结果", "closed_by",
             "reminder_channel", "cancel_reason", "取消原因", "return_reason", "退瓶原因", "deduction", "refund_amount",
             "refund_days"]
    extra = {k for e in ev for k in e} - set(ecols)
    assert not extra, extra
    write(out / "events.csv", ev_out, ecols)
    orders = sorted((o for o in g.orders if 0 <= o["ts"] < END_M), key=lambda o: o["ts"])
    for o in orders:
        o["ts"] = fmt(o["ts"])
    write(out / "orders.csv", orders,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "下单渠道", "order_type", "订单类型",
           "currency", "city", "城市", "depot", "配送站", "customer_type", "cylinder_size", "qty", "unit_price",
           "delivery_fee", "floor_fee", "discount", "payment_method", "支付方式", "cancel_reason", "refunded_at"])
    fb = g.feedback
    for f in fb:
        f["ts"] = fmt(f["ts"]) if f["ts"] is not None else None
    fb.sort(key=lambda f: (f["ts"] or "9999", f["feedback_id"]))
    write(out / "feedback.csv", fb,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language", "city",
           "城市", "depot", "platform", "order_id", "ticket_no", "complaint_category", "case_no", "survey_wave"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(g.customers)}, events {len(ev_out)}, orders {len(orders)}, feedback {len(fb)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
