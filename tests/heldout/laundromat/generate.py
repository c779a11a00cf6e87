"""Synthetic data for 泡泡转 BubbleSpin, a self-service laundromat chain with a laundry pickup-and-delivery app in
Guangzhou, Wuhan and Kuala Lumpur (company-run and franchised stores).

    python generate.py OUTDIR

Writes a DATA.md dataset folder (touchpoints, journeys, customers, events, orders, feedback, experiments as CSV) plus
OUTDIR/_truth/feedback_truth.csv (the topic and sentiment each comment was written from; not a DATA.md table).
Fixed seed, numpy + stdlib only, deterministic. Data covers 2025-01-01 .. 2026-06-30 (naive local store time; the
extract was taken in July 2026). See README.md for the planted patterns.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260714
rng = np.random.default_rng(SEED)

START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
FX_MYR = 1.55  # CNY per MYR, the fixed group-reporting rate

# planted windows
WH_FIRMWARE = (datetime(2026, 3, 3), datetime(2026, 3, 29, 23, 59, 59))  # IoT gateway firmware 3.8 in Wuhan stores
PRICE_RISE = datetime(2026, 1, 1)                                          # family plan price rise
AB_WINDOW = (datetime(2026, 2, 2), datetime(2026, 4, 30, 23, 59, 59))     # top-up bonus A/B test


def R() -> float:
    return float(rng.random())


def pick(options, weights=None):
    if weights is None:
        return options[int(R() * len(options))]
    r = R() * sum(weights)
    acc = 0.0
    for o, w in zip(options, weights):
        acc += w
        if r < acc:
            return o
    return options[-1]


def hours(x: float) -> timedelta:
    return timedelta(seconds=float(x) * 3600)


def mins(x: float) -> timedelta:
    return timedelta(seconds=float(x) * 60)


def secs(x: float) -> timedelta:
    return timedelta(seconds=float(x))


def fmt(t: datetime | None) -> str:
    return "" if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


# ------------------------------------------------------------------------------------------------ reference data
CITIES = {
    "Guangzhou": dict(zh="广州", country="China", currency="CNY", share=0.45),
    "Wuhan": dict(zh="武汉", country="China", currency="CNY", share=0.33),
    "Kuala Lumpur": dict(zh="吉隆坡", country="Malaysia", currency="MYR", share=0.22),
}
# store_id, city, zh, en, ownership, franchisee (zh, en), washers, dryers, weights by segment (student, family, prof, smb)
STORES = [
    ("GZ01", "Guangzhou", "天河华景店", "Tianhe Huajing", "company", "", "", 8, 6, (1, 3, 5, 3)),
    ("GZ02", "Guangzhou", "大学城南店", "University Town South", "franchise", "羊城净衣管理有限公司",
     "YangCheng Laundry Management", 12, 8, (9, 1, 1, 1)),
    ("GZ03", "Guangzhou", "海珠客村店", "Haizhu Kecun", "franchise", "羊城净衣管理有限公司",
     "YangCheng Laundry Management", 8, 5, (4, 2, 3, 2)),
    ("GZ04", "Guangzhou", "番禺祈福店", "Panyu Clifford", "company", "", "", 8, 6, (1, 6, 2, 2)),
    ("GZ05", "Guangzhou", "白云嘉禾店", "Baiyun Jiahe", "franchise", "嘉禾洗护服务部", "Jiahe Laundry Services",
     6, 4, (1, 4, 3, 3)),
    ("WH01", "Wuhan", "光谷广场店", "Optics Valley Plaza", "company", "", "", 10, 6, (4, 2, 5, 2)),
    ("WH02", "Wuhan", "街道口店", "Jiedaokou", "franchise", "江城洁净科技有限公司", "Jiangcheng Clean Tech",
     10, 6, (6, 1, 2, 1)),
    ("WH03", "Wuhan", "江汉路店", "Jianghan Road", "company", "", "", 6, 4, (1, 4, 3, 4)),
    ("WH04", "Wuhan", "南湖店", "Nanhu", "franchise", "江城洁净科技有限公司", "Jiangcheng Clean Tech",
     8, 5, (3, 4, 2, 1)),
    ("KL01", "Kuala Lumpur", "孟沙店", "Bangsar", "company", "", "", 8, 6, (1, 2, 6, 3)),
    ("KL02", "Kuala Lumpur", "梳邦SS15店", "SS15 Subang", "franchise", "Suds & Co 私人有限公司",
     "Suds & Co Sdn Bhd", 10, 6, (7, 1, 2, 1)),
    ("KL03", "Kuala Lumpur", "蕉赖店", "Cheras", "franchise", "Suds & Co 私人有限公司", "Suds & Co Sdn Bhd",
     8, 6, (1, 6, 2, 2)),
]
STORE = {s[0]: s for s in STORES}
DRYER_BAD = {"GZ02", "GZ03", "GZ05"}  # franchise stores in Guangzhou that stopped cleaning dryer lint filters / vents

SEGMENTS = ["student", "family", "young_professional", "small_business"]
SEG_ZH = {"student": "学生", "family": "家庭", "young_professional": "年轻白领", "small_business": "小商户"}
SEG_W = [0.41, 0.29, 0.24, 0.06]
UNIS = {"GZ02": ["华南理工大学", "广州大学"], "GZ03": ["中山大学"], "GZ01": ["暨南大学"], "WH01": ["华中科技大学"],
        "WH02": ["武汉大学", "华中师范大学"], "WH04": ["华中农业大学"], "KL02": ["Taylor's University", "Sunway University"],
        "KL01": ["Universiti Malaya"], "KL03": ["UCSI University"], "GZ04": ["广州大学"], "GZ05": ["广东财经大学"],
        "WH03": ["江汉大学"]}

# washer / dryer programs: code -> (zh, machine_type, price CNY, price MYR, minutes)
PROGRAMS = {
    "standard": ("标准洗", "washer", 6.0, 6.0, 45),
    "quick": ("快洗", "washer", 4.0, 5.0, 30),
    "heavy": ("大件/被子", "washer", 10.0, 9.0, 60),
    "wool": ("羊毛轻柔", "washer", 7.0, 7.0, 40),
    "dry_30": ("烘干30分钟", "dryer", 4.0, 5.0, 30),
    "dry_45": ("烘干45分钟", "dryer", 6.0, 7.0, 45),
    "extra_dry": ("加烘15分钟", "dryer", 2.0, 3.0, 15),
}
TOPUP_CN = [(30, 0), (50, 5), (100, 10), (200, 30)]
TOPUP_KL = [(20, 0), (50, 5), (100, 12)]

SERVICES = {  # code -> zh, promised hours
    "wash_fold": ("洗烘叠", 48), "dry_clean": ("干洗", 96), "shoes": ("洗鞋", 72), "bedding": ("床品清洗", 72)}
COURIERS = {"China": ["顺丰同城", "达达快送"], "Malaysia": ["Lalamove", "GrabExpress"]}

PLANS = {  # code -> zh, en, price before rise (local), price after rise (local), country
    "student_monthly": ("学生月卡", "Student monthly", 19.9, 19.9, "China"),
    "family_monthly": ("家庭月卡", "Family monthly", 99.0, 129.0, "China"),
    "student_pass": ("学生月卡(马来西亚)", "Student Pass", 15.0, 15.0, "Malaysia"),
    "family_pass": ("家庭月卡(马来西亚)", "Family Pass", 49.0, 59.0, "Malaysia"),
}

FAULTS = {  # code -> zh
    "iot_timeout": "启动无响应", "door_lock": "门锁故障", "no_drain": "不排水", "water_leak": "漏水",
    "dryer_no_heat": "烘干不热", "payment_not_recognised": "付款未识别"}

# ------------------------------------------------------------------------------------------------ touchpoints
TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_app_register", "注册账号", "Account sign-up", "awareness", "app", "digital", "growth", "注册|新用户注册|sign up|signup"),
    ("tp_phone_verify", "手机号验证", "Phone verification", "consideration", "app", "digital", "growth",
     "验证码|手机验证|OTP|SMS code"),
    ("tp_scan_qr", "扫码选机", "Scan machine QR", "purchase", "store", "physical", "store_ops",
     "扫码|扫二维码|scan|QR scan"),
    ("tp_select_program", "选择洗涤程序", "Choose wash program", "purchase", "app", "digital", "store_ops",
     "选程序|选模式|program|cycle choice"),
    ("tp_pay_cycle", "支付洗衣费", "Pay for cycle", "purchase", "app", "digital", "payments",
     "付款|支付|pay|payment"),
    ("tp_machine_start", "机器启动", "Machine started", "service", "store", "physical", "store_ops",
     "启动|开机|machine start|start"),
    ("tp_cycle_complete", "洗涤/烘干完成", "Cycle finished", "service", "store", "physical", "store_ops",
     "洗完|烘完|取衣|cycle done|finished"),
    ("tp_machine_start_failed", "机器启动失败", "Machine failed to start", "service", "store", "physical",
     "store_ops", "启动失败|没启动|start failure|didn't start"),
    ("tp_cycle_refund", "故障退款到钱包", "Refund to wallet", "service", "app", "digital", "payments",
     "退款|退回钱包|refund"),
    ("tp_wallet_page", "钱包页", "Wallet page", "consideration", "app", "digital", "payments",
     "钱包|余额|wallet|balance"),
    ("tp_topup_select", "选择充值金额", "Choose top-up amount", "purchase", "app", "digital", "payments",
     "充值档位|充值金额|top-up amount"),
    ("tp_topup_pay", "提交充值支付", "Submit top-up payment", "purchase", "app", "digital", "payments",
     "充值支付|top-up payment|reload payment"),
    ("tp_topup_success", "充值到账", "Top-up credited", "purchase", "app", "digital", "payments",
     "充值成功|到账|top-up success|reload"),
    ("tp_topup_failed", "充值失败", "Top-up failed", "purchase", "app", "digital", "payments",
     "充值失败|top-up failed|reload failed"),
    ("tp_delivery_home", "上门洗首页", "Pickup & delivery home", "consideration", "app", "digital", "delivery_ops",
     "上门洗|上门取送|到家洗|pickup and delivery|laundry delivery"),
    ("tp_delivery_book", "预约上门取件", "Book a pickup", "purchase", "app", "digital", "delivery_ops",
     "预约取件|下单|book pickup"),
    ("tp_delivery_checkout", "确认订单(含运费)", "Checkout with delivery fee", "purchase", "app", "digital",
     "delivery_ops", "确认订单|结算|checkout"),
    ("tp_delivery_pay", "上门订单支付成功", "Delivery order paid", "purchase", "app", "digital", "payments",
     "上门单支付|delivery payment"),
    ("tp_courier_pickup", "骑手上门取件", "Courier pickup", "service", "other", "physical", "delivery_ops",
     "取件|骑手取件|小哥取件|courier collected"),
    ("tp_laundry_processed", "中央洗护完成", "Cleaned at the plant", "service", "other", "physical",
     "delivery_ops", "洗护完成|工厂洗完|processed|cleaned"),
    ("tp_delivered", "送回签收", "Delivered back", "service", "other", "physical", "delivery_ops",
     "送达|签收|送回|delivered|drop-off"),
    ("tp_plan_page", "月卡介绍页", "Monthly plan page", "consideration", "app", "digital", "membership",
     "月卡|会员卡|plan page|membership"),
    ("tp_plan_select", "选择月卡", "Choose a plan", "purchase", "app", "digital", "membership",
     "选月卡|choose plan"),
    ("tp_plan_pay", "月卡支付", "Plan payment", "purchase", "app", "digital", "payments",
     "买月卡|plan payment"),
    ("tp_plan_activated", "月卡生效", "Plan activated", "purchase", "app", "digital", "membership",
     "开通月卡|月卡开通|plan active"),
    ("tp_plan_renew", "月卡续费", "Plan renewal", "loyalty", "app", "digital", "membership",
     "续费|续卡|renewal|renew"),
    ("tp_plan_cancel", "取消月卡自动续费", "Plan cancelled", "loyalty", "app", "digital", "membership",
     "退订|取消续费|cancel plan|churn"),
    ("tp_fault_report", "提交故障报修", "Fault report", "service", "app", "digital", "maintenance",
     "报修|故障|fault|breakdown report"),
    ("tp_fault_assigned", "报修派单", "Repair ticket assigned", "service", "other", "digital", "maintenance",
     "派单|assigned"),
    ("tp_technician_onsite", "维修师傅到店", "Technician on site", "service", "store", "physical", "maintenance",
     "师傅到店|上门维修|technician visit"),
    ("tp_fault_fixed", "故障修复完成", "Fault fixed", "service", "store", "physical", "maintenance",
     "修好|修复|fixed|repaired"),
    ("tp_fault_closed", "报修工单关闭", "Repair ticket closed", "service", "app", "digital", "maintenance",
     "结单|关闭工单|closed"),
]
JOURNEYS = [
    ("onboarding", "新用户首洗激活", "First-wash activation", 14,
     ["tp_app_register", "tp_phone_verify", "tp_scan_qr", "tp_pay_cycle", "tp_machine_start"]),
    ("self_wash", "自助洗衣", "Self-service wash", 1,
     ["tp_scan_qr", "tp_select_program", "tp_pay_cycle", "tp_machine_start", "tp_cycle_complete"]),
    ("wallet_topup", "钱包充值", "Wallet top-up", 1,
     ["tp_wallet_page", "tp_topup_select", "tp_topup_pay", "tp_topup_success"]),
    ("pickup_delivery", "上门取送洗护", "Pickup & delivery laundry", 7,
     ["tp_delivery_home", "tp_delivery_book", "tp_delivery_checkout", "tp_delivery_pay", "tp_courier_pickup",
      "tp_laundry_processed", "tp_delivered"]),
    ("monthly_plan", "月卡购买", "Monthly plan purchase", 3,
     ["tp_plan_page", "tp_plan_select", "tp_plan_pay", "tp_plan_activated"]),
    ("fault_repair", "故障报修处理", "Machine fault repair", 7,
     ["tp_fault_report", "tp_fault_assigned", "tp_technician_onsite", "tp_fault_fixed", "tp_fault_closed"]),
]

# ------------------------------------------------------------------------------------------------ feedback text
TOPICS = {
    "dryer": dict(sent="negative", zh=["烘了两轮还是烘不干，白花钱", "烘干机烘不干，衣服拿回家还是潮的", "又烘不干！{store}的烘干机该修修了",
                                       "每次都烘不干，只能再加钱加烘", "烘不干，滚筒摸着都不热"],
                  en=["The dryer didn't dry my clothes after 45 minutes", "Paid for a second round because the dryer didn't dry anything",
                      "dryer didn't dry again at {store_en}, please fix it", "Dryer didn't dry properly, towels still damp"]),
    "start_fail": dict(sent="negative", zh=["付了钱机器没启动，钱也没马上退", "扫码付了钱机器没启动，等了十分钟", "付了钱机器没启动，换了一台还是不行",
                                            "{store}付了钱机器没启动，客服电话打不通"],
                       en=["I paid but the machine didn't start", "Paid but the machine didn't start, tried two machines",
                           "paid but the machine didn't start and nobody at {store_en} could help"]),
    "refund_slow": dict(sent="negative", zh=["机器故障的退款还没到钱包，已经三天了", "退款还没到钱包，到底什么时候退", "说好自动退款，结果退款还没到钱包"],
                        en=["My refund hasn't reached my wallet after 3 days", "refund hasn't reached my wallet yet, what is going on"]),
    "smell": dict(sent="negative", zh=["洗完衣服有异味，像没漂干净", "衣服有异味，洗衣机该消毒了", "毛巾洗完衣服有异味"],
                  en=["My clothes smell musty after the wash", "clothes smell musty, please clean the drums"]),
    "busy": dict(sent="negative", zh=["晚上机器总是被占，排不上", "周末机器总是被占，App显示空闲其实有人", "机器总是被占，洗完的衣服也没人拿走"],
                 en=["Machines always taken in the evening", "machines always taken on weekends, the app says free but they're not"]),
    "lost_item": dict(sent="negative", zh=["上门洗送回来少了一件衬衫", "取回的袋子里少了一件，客服说要核查"],
                      en=["An item was missing from my delivery bag", "an item was missing, one shirt never came back"]),
    "late": dict(sent="negative", zh=["送回来太晚了，说好两天结果四天", "上门取送送回来太晚，周一要穿的衣服没赶上"],
                 en=["Delivery was late by two days", "delivery was late and nobody told me"]),
    "dc_damage": dict(sent="negative", zh=["干洗洗坏了我的羊毛大衣，起球变形", "西装干洗洗坏了，扣子也掉了"],
                      en=["Dry cleaning damaged my silk dress", "dry cleaning damaged the lining of my blazer"]),
    "fee": dict(sent="negative", zh=["运费太贵了，学生党伤不起", "上门洗运费太贵，不如自己去店里", "运费太贵，满99才免运费太难了"],
                en=["Delivery fee too high for students", "the delivery fee too high, I'll just walk to the shop"]),
    "crash": dict(sent="negative", zh=["App总是闪退，付款页面卡死", "更新后闪退，扫码扫不了"],
                  en=["App keeps crashing on the payment page", "the app keeps crashing after the update"]),
    "clean": dict(sent="positive", zh=["洗得很干净，价格也实惠", "洗得很干净，还有淡淡的香味", "{store}洗得很干净，环境也好"],
                  en=["Very clean wash and good price", "very clean wash, the store is tidy too"]),
    "courier": dict(sent="positive", zh=["小哥很准时，态度也好", "取件小哥很准时，衣服叠得整整齐齐"],
                    en=["Courier was on time and friendly", "the courier was on time both ways"]),
    "gen_pos": dict(sent="positive", zh=["挺方便的，楼下就有店", "用了半年了，整体满意", "月卡很划算，推荐", "比以前的投币洗衣房方便多了"],
                    en=["Convenient, the shop is right downstairs", "Happy with the service overall", "The plan is good value"]),
    "gen_neg": dict(sent="negative", zh=["体验一般，客服回复慢", "价格比去年贵了", "不太满意，下次不来了"],
                    en=["Customer service replies are slow", "Not great, prices went up", "meh, not worth it"]),
    "neutral": dict(sent="neutral", zh=["希望多开几家店", "能不能加个洗鞋机", "还行吧", "建议增加烘干机数量"],
                    en=["Please open a store near my condo", "Would be nice to have a shoe washer", "It's ok"]),
}
MARKERS = {"dryer": ["烘不干", "dryer didn't dry"], "start_fail": ["付了钱机器没启动", "paid but the machine didn't start"],
           "refund_slow": ["退款还没到钱包", "refund hasn't reached my wallet"], "smell": ["衣服有异味", "clothes smell musty"],
           "busy": ["机器总是被占", "machines always taken"], "lost_item": ["少了一件", "an item was missing"],
           "late": ["送回来太晚", "delivery was late"], "dc_damage": ["干洗洗坏了", "dry cleaning damaged"],
           "fee": ["运费太贵", "delivery fee too high"], "crash": ["闪退", "app keeps crashing"],
           "clean": ["洗得很干净", "very clean wash"], "courier": ["小哥很准时", "courier was on time"]}


# ------------------------------------------------------------------------------------------------ state
EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
TRUTH: list[dict] = []
EXPERIMENTS: list[dict] = []
COUNTER = {"e": 0, "s": 0, "W": 0, "T": 0, "D": 0, "P": 0, "F": 0, "fb": 0}


def nid(kind: str, width: int = 7) -> str:
    COUNTER[kind] += 1
    return f"{kind}{COUNTER[kind]:0{width}d}"


def app_version(t: datetime, device: str) -> str:
    if t < datetime(2025, 5, 1):
        v = "4.0.3"
    elif t < datetime(2025, 10, 15):
        v = "4.1.2"
    elif t < datetime(2026, 3, 20):
        v = "4.2.1"
    else:
        v = "4.3.0"
    return v


def ev(c: dict, t: datetime, tp: str, action: str, session: str, **extra) -> dict:
    row = dict(event_id=nid("e", 8), customer_id=c["customer_id"], ts=t, touchpoint_id=tp, session_id=session,
               action=action, device=c["device"], channel=c["first_channel"] if tp not in PHYSICAL else "store",
               app_version=app_version(t, c["device"]), city=c["region"])
    row.update(extra)
    if t <= END:
        EVENTS.append(row)
    return row


PHYSICAL = {"tp_scan_qr", "tp_machine_start", "tp_cycle_complete", "tp_machine_start_failed", "tp_technician_onsite",
            "tp_fault_fixed"}


def store_cols(sid: str) -> dict:
    s = STORE[sid]
    return dict(store_id=sid, store=s[2], store_en=s[3], ownership=s[4], franchisee=s[5], franchisee_en=s[6])


def fx(local: float, country: str) -> float:
    return round(local * FX_MYR, 2) if country == "Malaysia" else round(local, 2)


def add_order(c: dict, t: datetime, otype: str, local: float, status: str, **extra) -> dict:
    prefix = {"self_service": "W", "topup": "T", "delivery": "D", "plan": "P"}[otype]
    country = c["country"]
    row = dict(order_id=nid(prefix), customer_id=c["customer_id"], ts=t, amount=fx(local, country), status=status,
               channel=c["first_channel"], device=c["device"], order_type=otype, city=c["region"],
               currency=CITIES[c["region"]]["currency"], amount_local=round(local, 2))
    row.update(extra)
    if t <= END:
        ORDERS.append(row)
    return row


def text_for(topic: str, lang: str, sid: str | None) -> str:
    pool = TOPICS[topic][lang]
    s = pool[int(R() * len(pool))]
    st = STORE[sid] if sid else None
    return s.replace("{store}", st[2] if st else "店里").replace("{store_en}", st[3] if st else "the store")


def add_feedback(t: datetime | None, topic: str, lang: str, channel: str, c: dict | None = None, sid: str | None = None,
                 tp: str | None = None, rating=None, nps=None, **extra) -> None:
    if t is not None and (t > END or t < START):
        return
    fid = nid("fb", 6)
    city = c["region"] if c else (STORE[sid][1] if sid else extra.pop("city", None))
    row = dict(feedback_id=fid, text=text_for(topic, lang, sid), ts=t, customer_id=c["customer_id"] if c else None,
               touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang, city=city,
               segment=c["segment"] if c else None)
    if sid:
        row.update(store_cols(sid))
    row.update(extra)
    FEEDBACK.append(row)
    TRUTH.append(dict(feedback_id=fid, topic=topic, sentiment=TOPICS[topic]["sent"]))


def lang_of(c: dict | None, city: str | None = None) -> str:
    city = c["region"] if c else city
    if city == "Kuala Lumpur":
        return "en" if R() < 0.62 else "zh"
    return "en" if R() < 0.03 else "zh"


def rating_for(topic: str) -> int:
    s = TOPICS[topic]["sent"]
    if s == "positive":
        return pick([5, 4], [0.7, 0.3])
    if s == "neutral":
        return pick([3, 4], [0.7, 0.3])
    if topic in ("start_fail", "dc_damage", "lost_item", "refund_slow"):
        return pick([1, 2], [0.75, 0.25])
    return pick([1, 2, 3], [0.45, 0.4, 0.15])


# ------------------------------------------------------------------------------------------------ customers
def month_starts():
    out, y, m = [], START.year, START.month
    while datetime(y, m, 1) <= END:
        out.append(datetime(y, m, 1))
        y, m = (y + (m == 12), m % 12 + 1)
    return out


MONTHS = month_starts()


def season(seg: str, country: str, m: datetime) -> float:
    if seg != "student":
        return 1.0
    if country == "China":
        return {1: 0.6, 2: 0.25, 7: 0.2, 8: 0.15}.get(m.month, 1.0)
    return {8: 0.5, 9: 0.6}.get(m.month, 1.0)


def signup_weight(seg: str, m: datetime) -> float:
    base = 1.0 + 0.02 * MONTHS.index(m)  # slow growth
    if seg == "student":
        base *= {9: 3.6, 10: 1.4, 3: 1.8, 2: 0.4, 7: 0.3, 8: 0.6}.get(m.month, 1.0)
    return base


def make_customers() -> list[dict]:
    custs = []
    n_old, n_new = 1150, 2450
    for i in range(n_old + n_new):
        city = pick(list(CITIES), [v["share"] for v in CITIES.values()])
        seg = pick(SEGMENTS, SEG_W)
        stores = [s for s in STORES if s[1] == city]
        si = SEGMENTS.index(seg)
        home = pick([s[0] for s in stores], [s[9][si] for s in stores])
        country = CITIES[city]["country"]
        if i < n_old:
            signup = datetime(2023, 6, 1) + timedelta(days=int(R() * 580), minutes=int(R() * 1440))
        else:
            ws = [signup_weight(seg, m) for m in MONTHS]
            m = pick(MONTHS, ws)
            nxt = MONTHS[MONTHS.index(m) + 1] if m != MONTHS[-1] else END
            signup = m + secs(R() * (nxt - m).total_seconds())
            signup = signup.replace(hour=int(pick(range(24), HOUR_W)))
        device = pick(["ios", "android"], [0.45, 0.55] if country == "China" else [0.38, 0.62])
        first_channel = "app" if country == "Malaysia" or R() < 0.62 else "mini_program"
        acq = (pick(["store_qr_sticker", "campus_promo", "xiaohongshu", "douyin", "friend_referral", "meituan", "app_store"],
                    [30, 22 if seg == "student" else 3, 14, 12, 12, 6, 4]) if country == "China" else
               pick(["store_qr_sticker", "campus_promo", "facebook_ads", "google_maps", "friend_referral", "app_store"],
                    [30, 20 if seg == "student" else 2, 18, 14, 12, 4]))
        uni = pick(UNIS[home]) if seg == "student" else ""
        c = dict(customer_id=f"C{100001 + i}", signup_at=signup, segment=seg, segment_zh=SEG_ZH[seg], region=city,
                 region_zh=CITIES[city]["zh"], country=country, acquisition_channel=acq, tier="",
                 home_store_id=home, home_store=STORE[home][2], home_store_en=STORE[home][3],
                 home_store_ownership=STORE[home][4], university=uni,
                 gender=pick(["female", "male"], [0.56, 0.44]),
                 age_band=("18-24" if seg == "student" else pick(["25-34", "35-44", "45-54", "55+"],
                                                                  [0.5, 0.3, 0.14, 0.06] if seg != "family" else [0.25, 0.5, 0.2, 0.05])),
                 device=device, first_channel=first_channel,
                 app_language=("zh-CN" if country == "China" else pick(["en", "zh-CN", "ms"], [0.55, 0.35, 0.10])),
                 wallet_user=R() < (0.72 if country == "China" else 0.58),
                 marketing_opt_in=R() < 0.55, referral_code=(f"R{int(R() * 900000) + 100000}" if acq == "friend_referral" else ""),
                 old=i < n_old)
        custs.append(c)
    return custs


HOUR_W = [1, 0.5, 0.2, 0.1, 0.1, 0.2, 0.6, 1.5, 2.5, 3, 3, 3, 3.2, 3, 2.8, 2.8, 3, 3.5, 4.5, 5.5, 6, 5.5, 4, 2.2]


def at_hour(day: datetime) -> datetime:
    h = int(pick(range(24), HOUR_W))
    return day.replace(hour=h, minute=int(R() * 60), second=int(R() * 60))


# ------------------------------------------------------------------------------------------------ self-service
def start_fail_p(sid: str, t: datetime) -> tuple[float, str]:
    if STORE[sid][1] == "Wuhan" and WH_FIRMWARE[0] <= t <= WH_FIRMWARE[1]:
        return 0.42, "incident"
    return 0.022, "normal"


def not_dry_p(sid: str, t: datetime) -> float:
    if sid in DRYER_BAD:
        k = (t.year - 2025) * 12 + t.month - 1  # 0 .. 17
        return 0.02 + 0.0012 * k * k
    return 0.02


class Wallet:
    def __init__(self, c):
        self.bal = float(int(R() * 40)) if c["old"] else 0.0


def do_topup(c: dict, w: Wallet, t: datetime, session: str, need: float, reason: str) -> tuple[datetime, bool]:
    """top-up journey at t; returns (time after, success)."""
    country = c["country"]
    opts = TOPUP_CN if country == "China" else TOPUP_KL
    ev(c, t, "tp_wallet_page", "view", session, trigger=reason)
    t += secs(8 + R() * 40)
    cands = [o for o in opts if o[0] >= need] or [opts[-1]]
    amt, bonus = pick(cands, [3, 4, 2, 1][:len(cands)])
    if c.get("ab") == "bonus_15" and amt == 100 and country == "China":
        bonus = 15
    if c.get("ab") == "bonus_15" and amt == 100 and country == "Malaysia":
        bonus = 18
    ev(c, t, "tp_topup_select", "click", session, topup_amount_local=amt, bonus_local=bonus)
    for attempt in range(2):
        t += secs(5 + R() * 25)
        method = (pick(["wechat_pay", "alipay"], [0.7, 0.3]) if country == "China" else
                  pick(["fpx", "tng_ewallet", "card"], [0.45, 0.4, 0.15]))
        ev(c, t, "tp_topup_pay", "submit", session, topup_amount_local=amt, pay_method=method)
        p_fail = 0.035 if country == "China" else (0.2 if method == "fpx" else 0.05)
        t += secs(3 + R() * 20)
        if R() < p_fail:
            reason_f = (pick(["fpx_timeout", "bank_declined", "user_cancelled"], [0.7, 0.2, 0.1]) if method == "fpx" else
                        pick(["bank_declined", "user_cancelled", "network_error", "insufficient_funds"], [0.3, 0.3, 0.2, 0.2]))
            o = add_order(c, t, "topup", amt, "cancelled", pay_method=method, bonus_local=0, fail_reason=reason_f)
            ev(c, t, "tp_topup_failed", "fail", session, order_id=o["order_id"], pay_method=method, fail_reason=reason_f,
               topup_amount_local=amt)
            if R() < 0.55:
                continue
            return t, False
        o = add_order(c, t, "topup", amt, "paid", pay_method=method, bonus_local=bonus, fail_reason="")
        ev(c, t, "tp_topup_success", "success", session, order_id=o["order_id"], pay_method=method,
           topup_amount_local=amt, bonus_local=bonus, amount_local=amt, currency=CITIES[c["region"]]["currency"])
        w.bal += amt + bonus
        return t, True
    return t, False


def direct_method(c):
    return pick(["wechat_pay", "alipay"], [0.72, 0.28]) if c["country"] == "China" else pick(["tng_ewallet", "card"], [0.7, 0.3])


def machine_cycle(c: dict, w: Wallet, t: datetime, sid: str, program: str, session: str,
                  discount: float) -> tuple[datetime | None, str]:
    """one machine run: scan -> select -> pay -> start -> complete. returns (finish time or None, outcome)."""
    zh, mtype, p_cn, p_my, minutes = PROGRAMS[program]
    n_mach = STORE[sid][7] if mtype == "washer" else STORE[sid][8]
    machine = f"{sid}-{'W' if mtype == 'washer' else 'D'}{1 + int(R() * n_mach):02d}"
    sc = store_cols(sid)
    base = dict(store_id=sid, store=sc["store"], store_en=sc["store_en"], machine_id=machine, machine_type=mtype)
    ev(c, t, "tp_scan_qr", "click", session, **base)
    if R() < (0.06 if program != "extra_dry" else 0.01):
        return None, "abandon_scan"
    t += secs(10 + R() * 50)
    price = (p_cn if c["country"] == "China" else p_my) * (1 - discount)
    ev(c, t, "tp_select_program", "click", session, program=program, program_zh=zh, **base)
    if R() < (0.05 if program != "extra_dry" else 0.01):
        return None, "abandon_select"
    t += secs(8 + R() * 30)
    method = "wallet"
    if c["wallet_user"] and w.bal < price:
        t, ok = do_topup(c, w, t, session, price, "low_balance")
        t += secs(5 + R() * 20)
        if not ok:
            if R() < 0.5:
                return None, "abandon_topup"
            method = direct_method(c)
    elif not c["wallet_user"]:
        method = direct_method(c)
    if method == "wallet":
        w.bal -= price
    p_fail, mode = start_fail_p(sid, t)
    failed = R() < p_fail
    o = add_order(c, t, "self_service", price, "refunded" if failed else "paid", pay_method=method, program=program,
                  machine_type=mtype, machine_id=machine, plan_discount=discount, **sc)
    ev(c, t, "tp_pay_cycle", "submit", session, order_id=o["order_id"], pay_method=method, amount_local=round(price, 2),
       currency=CITIES[c["region"]]["currency"], program=program, program_zh=zh, **base)
    t += secs(5 + R() * 25)
    if failed:
        reason = ("iot_timeout" if mode == "incident" and R() < 0.88 else
                  pick(["iot_timeout", "door_not_closed", "machine_offline", "power_issue"], [0.3, 0.35, 0.25, 0.1]))
        t += secs(30 + R() * 60)
        ev(c, t, "tp_machine_start_failed", "fail", session, order_id=o["order_id"], fail_reason=reason, **base)
        rh = (24 + R() * 72) if mode == "incident" else (0.05 + R() * 0.6)
        if method != "wallet":
            rh += 0.5 + R() * 24
        ev(c, t + hours(rh), "tp_cycle_refund", "success", session, order_id=o["order_id"], refund_hours=round(rh, 2),
           amount_local=round(price, 2), currency=CITIES[c["region"]]["currency"], **base)
        if method == "wallet":
            w.bal += price
        o["refund_reason"] = "machine_start_failed"
        if R() < (0.3 if mode == "incident" else 0.4):
            fault(c, t + mins(1 + R() * 5), sid, machine, "iot_timeout" if reason == "iot_timeout" else
                  pick(["door_lock", "payment_not_recognised", "iot_timeout"]), o["order_id"])
        if R() < (0.18 if mode == "incident" else 0.1):
            add_feedback(t + mins(2 + R() * 20), "start_fail", lang_of(c), "in_app_rating", c, sid,
                         "tp_machine_start_failed", rating=rating_for("start_fail"), order_id=o["order_id"])
        if mode == "incident" and R() < 0.16:
            add_feedback(t + hours(rh * (0.4 + 0.5 * R())), "refund_slow", lang_of(c), "in_app_rating", c, sid,
                         "tp_cycle_refund", rating=rating_for("refund_slow"), order_id=o["order_id"])
        return t, "failed"
    ev(c, t, "tp_machine_start", "success", session, order_id=o["order_id"], program=program, **base)
    t += mins(minutes + R() * 2)
    ev(c, t, "tp_cycle_complete", "success", session, order_id=o["order_id"], program=program, **base)
    return t, "ok"


def visit(c: dict, w: Wallet, t: datetime, discount: float) -> None:
    sid = c["home_store_id"] if R() < 0.86 else pick([s[0] for s in STORES if s[1] == c["region"]])
    session = nid("s", 7)
    program = pick(["standard", "quick", "heavy", "wool"],
                   [0.55, 0.25, 0.12 if c["segment"] != "student" else 0.05, 0.06])
    tries = 0
    while True:
        end, outcome = machine_cycle(c, w, t, sid, program, session, discount)
        tries += 1
        if outcome == "failed" and tries < 3 and R() < 0.5:
            t = end + mins(1 + R() * 6)
            continue
        break
    if outcome != "ok":
        return
    if R() < 0.04:
        topic = pick(["clean", "gen_pos", "smell", "busy", "gen_neg", "neutral"], [0.34, 0.26, 0.08, 0.12, 0.08, 0.12])
        add_feedback(end + mins(5 + R() * 120), topic, lang_of(c), "in_app_rating", c, sid, "tp_cycle_complete",
                     rating=rating_for(topic))
    p_dry = {"Guangzhou": 0.55, "Wuhan": 0.45, "Kuala Lumpur": 0.5}[c["region"]]
    if R() < p_dry:
        t2 = end + mins(2 + R() * 10)
        dend, dout = machine_cycle(c, w, t2, sid, pick(["dry_30", "dry_45"], [0.55, 0.45]), session, discount)
        if dout == "ok" and R() < not_dry_p(sid, t2):
            if R() < 0.6:
                machine_cycle(c, w, dend + mins(2 + R() * 6), sid, "extra_dry", session, discount)
            if R() < 0.24:
                add_feedback(dend + mins(10 + R() * 300), "dryer", lang_of(c), "in_app_rating", c, sid,
                             "tp_cycle_complete", rating=rating_for("dryer"))
            if R() < 0.12:
                fault(c, dend + mins(3 + R() * 30), sid, f"{sid}-D{1 + int(R() * STORE[sid][8]):02d}", "dryer_no_heat", "")


# ------------------------------------------------------------------------------------------------ faults
def fault(c: dict, t: datetime, sid: str, machine: str, ftype: str, order_id: str) -> None:
    s = STORE[sid]
    fid = nid("F", 6)
    session = nid("s", 7)
    sc = store_cols(sid)
    base = dict(store_id=sid, store=sc["store"], store_en=sc["store_en"], machine_id=machine, fault_id=fid,
                fault_type=ftype, fault_type_zh=FAULTS[ftype], ownership=s[4], franchisee=s[5], franchisee_en=s[6],
                handled_by=("company_tech" if s[4] == "company" else "franchisee"))
    ev(c, t, "tp_fault_report", "submit", session, order_id=order_id, **base)
    if R() < 0.35:
        topic = "dryer" if ftype == "dryer_no_heat" else ("start_fail" if order_id else pick(["busy", "gen_neg", "smell"]))
        add_feedback(t + mins(1), topic, lang_of(c), "fault_ticket", c, sid, "tp_fault_report", fault_id=fid)
    if R() < 0.02:
        return
    t_report = t
    t += hours(0.2 + R() * 3)
    ev(c, t, "tp_fault_assigned", "success", session, **base)
    if s[4] == "company":
        onsite = 1.5 + R() * 10
    elif sid == "GZ05":
        onsite = 30 + R() * 120
    else:
        onsite = 10 + R() * 70
    if s[1] == "Wuhan" and WH_FIRMWARE[0] <= t <= WH_FIRMWARE[1]:
        onsite += 6 + R() * 30
    t += hours(onsite)
    ev(c, t, "tp_technician_onsite", "success", session, **base)
    work = 0.5 + R() * 2
    if R() < (0.12 if s[4] == "company" else 0.22):
        work += 48 + R() * 120  # waiting for a part
    t += hours(work)
    ev(c, t, "tp_fault_fixed", "success", session, repair_hours=round((t - t_report).total_seconds() / 3600, 2), **base)
    if R() < 0.82:
        ev(c, t + hours(1 + R() * 20), "tp_fault_closed", "success", session, **base)


# ------------------------------------------------------------------------------------------------ delivery
def delivery(c: dict, t: datetime, discount_fee: bool) -> None:
    session = nid("s", 7)
    country = c["country"]
    ev(c, t, "tp_delivery_home", "view", session)
    stu = c["segment"] == "student"
    if R() > (0.5 if stu else 0.56):
        return
    t += secs(40 + R() * 200)
    service = pick(list(SERVICES), [0.5, 0.22, 0.12, 0.16] if not stu else [0.6, 0.1, 0.22, 0.08])
    ev(c, t, "tp_delivery_book", "submit", session, service_type=service, service_type_zh=SERVICES[service][0])
    if R() > 0.86:
        return
    t += secs(30 + R() * 120)
    if service == "wash_fold":
        items = 1 + int(R() * 2)
        goods = items * (45.0 if country == "China" else 35.0)
    elif service == "dry_clean":
        items = 1 + int(R() * 5)
        goods = sum((30 + R() * 50) if country == "China" else (18 + R() * 30) for _ in range(items))
        goods = round(goods, 0)
    elif service == "shoes":
        items = 1 + int(R() * 3)
        goods = items * (30.0 if country == "China" else 25.0)
    else:
        items = 1 + int(R() * 2)
        goods = items * (69.0 if country == "China" else 45.0)
    free_at = 99 if country == "China" else 80
    fee = 0.0 if (goods >= free_at or discount_fee) else (10.0 if country == "China" else 8.0)
    ev(c, t, "tp_delivery_checkout", "click", session, service_type=service, service_type_zh=SERVICES[service][0],
       items_count=items, delivery_fee_local=fee, amount_local=goods + fee)
    p_pay = 0.28 if stu else 0.8
    if fee == 0 and stu:
        p_pay = 0.6
    if R() > p_pay:
        if stu and fee > 0 and R() < 0.06:
            add_feedback(t + mins(1 + R() * 30), "fee", lang_of(c), "app_feedback", c, None, "tp_delivery_checkout",
                         rating=pick([1, 2, 3], [0.3, 0.4, 0.3]))
        return
    t += secs(20 + R() * 60)
    method = (pick(["wechat_pay", "alipay", "wallet"], [0.55, 0.25, 0.2]) if country == "China" else
              pick(["tng_ewallet", "card", "fpx"], [0.5, 0.3, 0.2]))
    ccode = pick(COURIERS[country])
    o = add_order(c, t, "delivery", goods + fee, "paid", pay_method=method, service_type=service, items_count=items,
                  delivery_fee_local=fee, courier_partner=ccode, store_id=c["home_store_id"],
                  store=STORE[c["home_store_id"]][2], store_en=STORE[c["home_store_id"]][3])
    base = dict(order_id=o["order_id"], service_type=service, service_type_zh=SERVICES[service][0],
                courier_partner=ccode)
    ev(c, t, "tp_delivery_pay", "success", session, pay_method=method, amount_local=goods + fee, **base)
    t0 = t
    if R() < 0.04:
        o["status"] = "cancelled"
        o["cancel_reason"] = pick(["courier_no_show", "customer_cancelled"], [0.4, 0.6])
        return
    t = t.replace(hour=0, minute=0, second=0) + timedelta(days=int(R() < 0.5)) + hours(9 + R() * 11)
    if t < t0:
        t = t0 + hours(1 + R() * 3)
    ev(c, t, "tp_courier_pickup", "success", session, **base)
    promised = SERVICES[service][1]
    late_p = 0.08 if ccode != "Lalamove" else 0.22
    proc = promised * (0.45 + R() * 0.3)
    t += hours(proc)
    ev(c, t, "tp_laundry_processed", "success", session, **base)
    late = R() < late_p
    back = (promised * (0.15 + R() * 0.3)) if not late else (promised * 0.7 + 12 + R() * 60)
    t += hours(back)
    turnaround = round(proc + back, 1)
    ev(c, t, "tp_delivered", "success", session, turnaround_hours=turnaround, late=late, **base)
    damaged = service == "dry_clean" and R() < 0.03
    lost = R() < 0.012
    if damaged or lost:
        o["status"] = "refunded"
        o["refund_reason"] = "damaged" if damaged else "item_missing"
    if R() < 0.3 or damaged or lost or (late and R() < 0.4):
        if damaged:
            topic = "dc_damage"
        elif lost:
            topic = "lost_item"
        elif late:
            topic = "late"
        else:
            topic = pick(["courier", "clean", "gen_pos", "neutral", "gen_neg"], [0.35, 0.2, 0.25, 0.1, 0.1])
        add_feedback(t + hours(1 + R() * 30), topic, lang_of(c), "in_app_rating", c, None, "tp_delivered",
                     rating=rating_for(topic), order_id=o["order_id"], service_type=service)


# ------------------------------------------------------------------------------------------------ plans
def plan_journey(c: dict, t: datetime, churn_end: datetime) -> list[tuple[datetime, datetime]]:
    """returns the periods the plan is active."""
    session = nid("s", 7)
    country = c["country"]
    fam = c["segment"] in ("family", "small_business") or (c["segment"] == "young_professional" and R() < 0.3)
    code = ("family_monthly" if fam else "student_monthly") if country == "China" else ("family_pass" if fam else "student_pass")
    ev(c, t, "tp_plan_page", "view", session)
    if R() > 0.62:
        return []
    t += secs(20 + R() * 120)
    ev(c, t, "tp_plan_select", "click", session, plan_code=code, plan_name=PLANS[code][0], plan_name_en=PLANS[code][1])
    p_pay = 0.72 if t < PRICE_RISE or "family" not in code else 0.5
    if R() > p_pay:
        return []
    t += secs(20 + R() * 60)
    price = PLANS[code][2] if t < PRICE_RISE else PLANS[code][3]
    method = direct_method(c)
    o = add_order(c, t, "plan", price, "paid", pay_method=method, plan_code=code, plan_action="new")
    ev(c, t, "tp_plan_pay", "success", session, plan_code=code, order_id=o["order_id"], amount_local=price, pay_method=method)
    t += secs(2 + R() * 10)
    ev(c, t, "tp_plan_activated", "success", session, plan_code=code, order_id=o["order_id"])
    periods = []
    start = t
    while True:
        nxt = start + timedelta(days=30)
        periods.append((start, nxt))
        if nxt > END:
            c["plan_status"] = "active"
            c["plan_code"] = code
            break
        if "family" in code:
            p_renew = 0.9 if nxt < PRICE_RISE else 0.64
        else:
            p_renew = 0.83 if not (country == "China" and nxt.month in (7, 8, 1, 2)) else 0.3
        if nxt > churn_end:
            p_renew *= 0.4
        if R() < p_renew:
            price = PLANS[code][2] if nxt < PRICE_RISE else PLANS[code][3]
            o = add_order(c, nxt, "plan", price, "paid", pay_method=method, plan_code=code, plan_action="renew")
            ev(c, nxt, "tp_plan_renew", "success", nid("s", 7), plan_code=code, order_id=o["order_id"],
               amount_local=price)
            start = nxt
            continue
        if "family" in code and nxt >= PRICE_RISE:
            reason = pick(["price_increase", "not_using", "moved_away"], [0.72, 0.18, 0.1])
        elif "student" in code and nxt.month in (7, 8, 1, 2) and country == "China":
            reason = pick(["semester_end", "not_using", "price_increase"], [0.75, 0.2, 0.05])
        else:
            reason = pick(["not_using", "moved_away", "price_increase", "switched_competitor"], [0.45, 0.25, 0.1, 0.2])
        ev(c, nxt - hours(2 + R() * 72), "tp_plan_cancel", "submit", nid("s", 7), plan_code=code, cancel_reason=reason)
        c["plan_status"] = "lapsed"
        c["plan_code"] = code
        break
    return periods


# ------------------------------------------------------------------------------------------------ main simulation
def rate_per_month(seg: str) -> float:
    return {"student": 0.75, "family": 0.62, "young_professional": 0.48, "small_business": 1.2}[seg]


def simulate(custs: list[dict]) -> None:
    for c in custs:
        c["plan_status"] = "none"
        c["plan_code"] = ""
        w = Wallet(c)
        if c["old"]:
            active_from = START + secs(R() * 86400 * 20)
        else:
            t = c["signup_at"]
            s0 = nid("s", 7)
            ev(c, t, "tp_app_register", "submit", s0, acquisition_channel=c["acquisition_channel"])
            if R() > 0.86:
                c["active"] = False
                continue
            t += secs(30 + R() * 200) if R() < 0.9 else hours(2 + R() * 60)
            ev(c, t, "tp_phone_verify", "success", s0)
            r = R()
            if r < 0.58:
                delay = mins(2 + R() * 20)            # registered in front of the machine
            elif r < 0.76:
                delay = hours(6 + R() * 13 * 24)
            elif r < 0.86:
                delay = hours(15 * 24 + R() * 60 * 24)
            else:
                c["active"] = False
                continue
            active_from = t + delay
        life_m = rng.exponential({"student": 11, "family": 14, "young_professional": 9, "small_business": 16}[c["segment"]])
        churn_end = active_from + timedelta(days=30 * life_m)
        c["active"] = True
        # plans
        periods = []
        if R() < {"student": 0.32, "family": 0.3, "young_professional": 0.12, "small_business": 0.1}[c["segment"]]:
            life_end = min(END, churn_end)
            pt = active_from + secs(R() * max(0.0, (life_end - active_from).total_seconds()) * 0.9)
            if pt < min(END, churn_end):
                periods = plan_journey(c, at_hour(pt.replace(hour=0)), churn_end)

        def discount_at(t):
            for a, b in periods:
                if a <= t < b:
                    return 0.5 if c["plan_code"].startswith("student") else 0.4
            return 0.0

        # experiment push (wallet users active in the window)
        ab_t = None
        if c["wallet_user"] and active_from < AB_WINDOW[1] and churn_end > AB_WINDOW[0] and R() < 0.7:
            lo = max(active_from, AB_WINDOW[0])
            hi = min(churn_end, AB_WINDOW[1])
            if hi > lo:
                ab_t = at_hour((lo + secs(R() * (hi - lo).total_seconds())).replace(hour=0))
                if ab_t < lo:
                    ab_t = lo + mins(5)
        # visits
        times = []
        for m in MONTHS:
            nxt = MONTHS[MONTHS.index(m) + 1] if m != MONTHS[-1] else END
            lo, hi = max(m, active_from), min(nxt, churn_end, END)
            if hi <= lo:
                continue
            frac = (hi - lo).total_seconds() / (nxt - m).total_seconds()
            lam = rate_per_month(c["segment"]) * season(c["segment"], c["country"], m) * frac
            if periods and discount_at(lo + (hi - lo) / 2):
                lam *= 1.5
            for _ in range(rng.poisson(lam)):
                d = lo + secs(R() * (hi - lo).total_seconds())
                d = at_hour(d.replace(hour=0))
                times.append(d if d >= active_from else active_from + mins(30 + R() * 600))
        if not c["old"]:
            times.append(active_from)
        times = sorted(set(x for x in times if START <= x <= END))
        acts = [(t, "visit") for t in times]
        if ab_t:
            acts.append((ab_t, "ab"))
        acts.sort()
        for t, kind in acts:
            if kind == "visit":
                visit(c, w, t, discount_at(t))
            else:
                c["ab"] = "bonus_15" if R() < 0.5 else "control"
                EXPERIMENTS.append(dict(experiment_id="topup_bonus_2026", variant=c["ab"], customer_id=c["customer_id"],
                                        assigned_at=t, city=c["region"], device=c["device"]))
                s = nid("s", 7)
                p = 0.43 if c["ab"] == "bonus_15" else 0.27
                if R() < p:
                    t2 = t + hours(R() * 140) if R() < 0.6 else t + mins(1 + R() * 5)
                    do_topup(c, w, t2, s, 0, "promo_push")
                else:
                    ev(c, t, "tp_wallet_page", "view", s, trigger="promo_push")
                c["ab"] = None
        # delivery attempts
        for m in MONTHS:
            nxt = MONTHS[MONTHS.index(m) + 1] if m != MONTHS[-1] else END
            lo, hi = max(m, active_from), min(nxt, churn_end, END)
            if hi <= lo:
                continue
            frac = (hi - lo).total_seconds() / (nxt - m).total_seconds()
            lam = {"student": 0.16, "family": 0.3, "young_professional": 0.32, "small_business": 0.35}[c["segment"]] * frac
            for _ in range(rng.poisson(lam)):
                d = lo + secs(R() * (hi - lo).total_seconds())
                delivery(c, at_hour(d.replace(hour=0)), bool(discount_at(d)) and "family" in c["plan_code"])
        # browsing the wallet page without topping up
        for _ in range(rng.poisson(1.2 if c["wallet_user"] else 0.3)):
            d = active_from + secs(R() * max(1.0, (min(churn_end, END) - active_from).total_seconds()))
            if d <= END:
                s = nid("s", 7)
                d = at_hour(d.replace(hour=0))
                ev(c, d, "tp_wallet_page", "view", s, trigger="browse")
                if R() < 0.3:
                    ev(c, d + secs(10 + R() * 30), "tp_topup_select", "click", s)
        c["wallet_balance_local"] = round(max(w.bal, 0.0), 2)
        c["churn_end"] = churn_end


def random_faults() -> None:
    """faults reported by customers without a failed payment (leaks, drains, door locks, dryers)."""
    by_store: dict[str, list] = {}
    for e in EVENTS:
        if e["touchpoint_id"] == "tp_machine_start" and e.get("store_id"):
            by_store.setdefault(e["store_id"], []).append(e)
    custs = {c["customer_id"]: c for c in CUSTS}
    for sid, evs in by_store.items():
        n = int(len(evs) * 0.006)
        for _ in range(n):
            e = evs[int(R() * len(evs))]
            ftype = pick(["water_leak", "no_drain", "door_lock", "dryer_no_heat"], [0.3, 0.3, 0.25, 0.15])
            fault(custs[e["customer_id"]], e["ts"] + mins(5 + R() * 30), sid, e["machine_id"], ftype, "")


def nps_surveys() -> None:
    waves = [("2025-06", datetime(2025, 6, 16)), ("2025-12", datetime(2025, 12, 8)), ("2026-06", datetime(2026, 6, 8))]
    last_visit: dict[str, list] = {}
    for e in EVENTS:
        if e["touchpoint_id"] == "tp_machine_start":
            last_visit.setdefault(e["customer_id"], []).append(e["ts"])
    for wave, t0 in waves:
        pool = [c for c in CUSTS if any(t0 - timedelta(days=60) <= x < t0 for x in last_visit.get(c["customer_id"], []))]
        idx = rng.permutation(len(pool))[: 330]
        for i in idx:
            c = pool[int(i)]
            mu = 8.3
            if c["home_store_id"] in DRYER_BAD:
                mu = {"2025-06": 8.0, "2025-12": 7.1, "2026-06": 6.0}[wave]
            elif c["region"] == "Wuhan" and wave == "2026-06":
                mu = 7.6
            elif c["region"] == "Kuala Lumpur":
                mu = 8.5
            score = int(min(10, max(0, round(rng.normal(mu, 1.7)))))
            t = t0 + hours(R() * 24 * 9)
            if score <= 6:
                if c["home_store_id"] in DRYER_BAD and R() < 0.5:
                    topic = "dryer"
                else:
                    topic = pick(["busy", "smell", "gen_neg", "crash", "fee" if c["segment"] == "student" else "late"])
            elif score >= 9:
                topic = pick(["clean", "gen_pos", "courier"], [0.4, 0.45, 0.15])
            else:
                topic = pick(["neutral", "gen_pos", "busy"], [0.5, 0.3, 0.2])
            add_feedback(t, topic, lang_of(c), "nps_survey", c, c["home_store_id"], None, nps=score, survey_wave=wave)


def public_feedback() -> None:
    span = (END - START).total_seconds()
    for _ in range(260):  # app store reviews
        t = START + secs(R() * span)
        city = pick(list(CITIES), [0.45, 0.33, 0.22])
        topic = pick(["crash", "start_fail", "gen_pos", "clean", "gen_neg", "neutral", "busy"], [0.2, 0.12, 0.25, 0.12, 0.12, 0.1, 0.09])
        lang = "en" if (city == "Kuala Lumpur" and R() < 0.7) else "zh"
        store = pick(["app_store", "huawei_appgallery", "xiaomi"] if city != "Kuala Lumpur" else ["app_store", "google_play"])
        add_feedback(t, topic, lang, "app_store_review", None, None, "tp_app_register" if topic == "crash" else None,
                     rating=rating_for(topic), app_store=store, city=city)
    for _ in range(110):  # social
        t = START + secs(R() * span)
        city = pick(list(CITIES), [0.45, 0.33, 0.22])
        topic = pick(["clean", "gen_pos", "busy", "gen_neg", "neutral", "courier"])
        lang = "en" if (city == "Kuala Lumpur" and R() < 0.7) else "zh"
        add_feedback(t, topic, lang, "social", None, None, None,
                     platform=pick(["xiaohongshu", "weibo", "douyin"]) if lang == "zh" else pick(["facebook", "x"]), city=city)
    for _ in range(45):  # Wuhan pile-on in March 2026
        t = WH_FIRMWARE[0] + secs(R() * (WH_FIRMWARE[1] - WH_FIRMWARE[0]).total_seconds())
        add_feedback(t, pick(["start_fail", "refund_slow"], [0.7, 0.3]), "zh", "social", None,
                     pick(["WH01", "WH02", "WH03", "WH04"]), None, platform=pick(["weibo", "xiaohongshu", "douyin"]))
    for _ in range(130):  # paper comment cards, no date, transcribed June 2026
        sid = pick([s[0] for s in STORES])
        topics = ["clean", "gen_pos", "busy", "smell", "neutral", "gen_neg", "fee"]
        ws = [0.25, 0.2, 0.15, 0.1, 0.15, 0.1, 0.05]
        if sid in DRYER_BAD:
            topics.append("dryer")
            ws.append(0.5)
        topic = pick(topics, ws)
        lang = "en" if (STORE[sid][1] == "Kuala Lumpur" and R() < 0.6) else "zh"
        add_feedback(None, topic, lang, "comment_card", None, sid, None, rating=rating_for(topic),
                     export_batch="comment_cards_2026-06")


def finish_customers() -> None:
    spend: dict[str, float] = {}
    last: dict[str, datetime] = {}
    for o in ORDERS:
        if o["status"] == "paid" and o["order_type"] != "topup":
            spend[o["customer_id"]] = spend.get(o["customer_id"], 0.0) + o["amount"]
    for e in EVENTS:
        cid = e["customer_id"]
        if cid not in last or e["ts"] > last[cid]:
            last[cid] = e["ts"]
    for c in CUSTS:
        s = spend.get(c["customer_id"], 0.0) + (float(rng.gamma(2, 60)) if c["old"] else 0.0)
        c["tier"] = "gold" if s >= 600 else ("silver" if s >= 200 else "regular")
        c["lifetime_spend_cny"] = round(s, 2)
        c["last_active_at"] = last.get(c["customer_id"])
        c.setdefault("wallet_balance_local", 0.0)


# ------------------------------------------------------------------------------------------------ writing
def cell(v):
    if v is None:
        return ""
    t = type(v)
    if t is str:
        return v
    if t is datetime:
        return v.isoformat(sep=" ", timespec="seconds")
    if t is bool:
        return "true" if v else "false"
    if t is float:
        return f"{v:.2f}".rstrip("0").rstrip(".") if abs(v - round(v, 2)) < 1e-9 else f"{v:.4f}"
    return v


def write(path: Path, rows: list[dict], cols: list[str]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f)
        wr.writerow(cols)
        wr.writerows([cell(r.get(k)) for k in cols] for r in rows)


CUSTS: list[dict] = []


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    CUSTS.extend(make_customers())
    simulate(CUSTS)
    random_faults()
    nps_surveys()
    public_feedback()
    finish_customers()
    # touchpoints / journeys
    write(out / "touchpoints.csv",
          [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])
    write(out / "customers.csv", CUSTS,
          ["customer_id", "signup_at", "segment", "segment_zh", "region", "region_zh", "country", "acquisition_channel",
           "tier", "home_store_id", "home_store", "home_store_en", "home_store_ownership", "university", "gender",
           "age_band", "device", "first_channel", "app_language", "wallet_user", "wallet_balance_local", "plan_status",
           "plan_code", "lifetime_spend_cny", "marketing_opt_in", "referral_code", "last_active_at"])
    # events: sort, a few exact duplicates
    EVENTS.sort(key=lambda e: (e["ts"], e["event_id"]))
    dup_idx = set(int(i) for i in rng.choice(len(EVENTS), size=len(EVENTS) // 300, replace=False))
    rows = []
    for i, e in enumerate(EVENTS):
        rows.append(e)
        if i in dup_idx:
            rows.append(e)
    write(out / "events.csv", rows,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "app_version",
           "city", "store_id", "store", "store_en", "machine_id", "machine_type", "program", "program_zh", "order_id",
           "amount_local", "currency", "pay_method", "fail_reason", "refund_hours", "trigger", "topup_amount_local",
           "bonus_local", "service_type", "service_type_zh", "items_count", "delivery_fee_local", "courier_partner",
           "turnaround_hours", "late", "plan_code", "plan_name", "plan_name_en",
           "cancel_reason", "fault_id", "fault_type", "fault_type_zh", "ownership", "franchisee", "franchisee_en",
           "handled_by", "repair_hours", "acquisition_channel"])
    ORDERS.sort(key=lambda o: (o["ts"], o["order_id"]))
    write(out / "orders.csv", ORDERS,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "city", "currency",
           "amount_local", "pay_method", "store_id", "store", "store_en", "ownership", "franchisee", "franchisee_en",
           "machine_id", "machine_type", "program", "plan_discount", "bonus_local", "service_type", "items_count",
           "delivery_fee_local", "courier_partner", "plan_code", "plan_action", "fail_reason", "refund_reason",
           "cancel_reason"])
    FEEDBACK.sort(key=lambda f: (f["ts"] is None, f["ts"] or START, f["feedback_id"]))
    write(out / "feedback.csv", FEEDBACK,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language", "city",
           "segment", "store_id", "store", "store_en", "ownership", "franchisee", "franchisee_en", "order_id",
           "service_type", "fault_id", "survey_wave", "app_store", "platform", "export_batch"])
    write(out / "experiments.csv", EXPERIMENTS, ["experiment_id", "variant", "customer_id", "assigned_at", "city", "device"])
    write(out / "_truth" / "feedback_truth.csv", TRUTH, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(CUSTS)}, events {len(rows)} ({len(EVENTS)} distinct), orders {len(ORDERS)}, "
          f"feedback {len(FEEDBACK)}, experiments {len(EXPERIMENTS)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
