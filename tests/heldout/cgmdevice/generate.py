"""糖知 GlucoSense: a continuous glucose monitor (CGM, 动态血糖仪) sold as 14-day sensors with an app subscription.

People come in three ways: they request a 19.9-CNY trial kit (申领体验装) from a Douyin / Xiaohongshu ad or a
diabetes community (糖友社群), an endocrinologist refers them (医院转介, six partner hospitals; the patient then
registers and buys a starter kit in the app), or they buy a starter kit on JD / Tmall / in a pharmacy chain
(购买入门套装). They register in the app (注册), pair the sensor over Bluetooth (传感器配对, one event per attempt,
success or fail), get their first reading after the warm-up (首次出数) and may subscribe (开通订阅): the auto-refill plan
(连续包月, one sensor order every 14 days, 249 CNY, 279 from 2026-04-01) or the annual card (年卡, 5,980 / 6,580 a year,
sensors shipped every 14 days). Each sensor is ordered (传感器续订), shipped from the customer's regional warehouse
(发货仓) and delivered (签收), then paired. Sensors can fail (故障上报: fell off, signal loss, wrong readings, warm-up
error) and get a free replacement (补发审批 → 补发签收). The app raises glucose alerts (血糖警报: urgent low / low /
high; acknowledged or missed) and lets people share the AGP report with their doctor (报告分享). People with
commercial health insurance or a city Huiminbao plan claim the sensor cost every quarter (报销申请 → 报销结果). People
who ask to cancel (申请退订) get a retention call (挽留回访, some accept a coupon and stay) before the cancellation takes
effect (退订生效).

The extract covers 2025-01-01 .. 2026-08-31 (taken at the start of September 2026); subscribers who joined in 2024
are in `customers` (signup_at in 2024) and appear with their refills from 2025 on.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics per comment; not a DATA.md table).
Deterministic (seed 20261201), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_NEW, N_LEGACY = 4800, 360
PRICE_UP = datetime(2026, 4, 1)                                   # refill 249 -> 279, annual 5,980 -> 6,580
HW_BUG = (datetime(2026, 3, 10), datetime(2026, 6, 1))             # app 5.2.0 breaks Bluetooth pairing on Huawei
IOS_BUG = (datetime(2025, 9, 16), datetime(2025, 11, 20))          # iOS 26 resets critical-alert permission
LOT_BAD = (datetime(2025, 12, 1), datetime(2026, 2, 1))            # lot L2511B (weak antenna glue) shipped

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_trial_apply", "申领体验装", "Trial kit requested", "awareness", "mini_program", "digital", "growth",
     "体验装|免费试用|试用装|申领|领体验装|trial kit|free trial|trial request"),
    ("tp_trial_deliver", "体验装签收", "Trial kit delivered", "consideration", "other", "physical", "logistics",
     "体验装到货|试用装签收|trial delivered|trial kit arrived"),
    ("tp_starter_buy", "购买入门套装", "Starter kit purchased", "purchase", "web", "digital", "ecommerce",
     "入门套装|首购|京东下单|天猫下单|药房购买|starter kit|first purchase"),
    ("tp_referral", "医院转介", "Hospital referral", "awareness", "store", "physical", "medical_affairs",
     "医生推荐|转介|内分泌科|医院推荐|doctor referral|referral|endocrinologist"),
    ("tp_register", "注册App", "App registration", "consideration", "app", "digital", "product",
     "注册|开户|下载App|建档|sign up|register|account"),
    ("tp_pair", "传感器配对", "Sensor pairing", "service", "app", "digital", "product",
     "配对|绑定|蓝牙连接|扫码激活|pairing|bluetooth|connect sensor|activate sensor"),
    ("tp_first_reading", "首次出数", "First glucose reading", "consideration", "app", "digital", "product",
     "预热|首个读数|第一次出数|warm-up|first reading"),
    ("tp_subscribe", "开通订阅", "Subscription started", "purchase", "app", "digital", "growth",
     "订阅|包月|年卡|会员|开通会员|subscribe|subscription|plan"),
    ("tp_sensor_order", "传感器续订", "Sensor reorder", "loyalty", "app", "digital", "supply_chain",
     "续订|自动续费|复购|两周一单|refill|reorder|auto-ship|sensor order"),
    ("tp_sensor_deliver", "传感器签收", "Sensor delivered", "service", "other", "physical", "logistics",
     "发货|快递|到货|签收|delivery|shipping|shipment"),
    ("tp_alert", "血糖警报", "Glucose alert", "service", "app", "digital", "product",
     "报警|警报|低血糖提醒|高血糖提醒|alarm|alert|urgent low"),
    ("tp_report_share", "报告分享", "Doctor report shared", "loyalty", "app", "digital", "medical_affairs",
     "血糖报告|AGP报告|分享给医生|复诊报告|doctor report|AGP|share report"),
    ("tp_sensor_fail", "故障上报", "Sensor failure reported", "service", "app", "digital", "customer_service",
     "故障|传感器坏了|掉了|信号丢失|报修|sensor failure|faulty sensor|sensor error"),
    ("tp_replace_approve", "补发审批", "Replacement approved", "service", "phone", "digital", "customer_service",
     "补发审核|换新审批|replacement approval"),
    ("tp_replace_deliver", "补发签收", "Replacement delivered", "service", "other", "physical", "logistics",
     "补发|换新|补寄|replacement|replacement sensor"),
    ("tp_claim_submit", "报销申请", "Insurance claim submitted", "service", "app", "digital", "insurance",
     "报销|理赔|商保|惠民保|claim|reimbursement|insurance claim"),
    ("tp_claim_result", "报销结果", "Claim decision", "service", "email", "digital", "insurance",
     "理赔结果|拒赔|赔付|报销到账|claim approved|claim rejected|claim decision"),
    ("tp_cancel_request", "申请退订", "Cancellation requested", "loyalty", "app", "digital", "customer_service",
     "退订|取消订阅|不续了|停订|cancel|unsubscribe"),
    ("tp_retention_call", "挽留回访", "Retention call", "loyalty", "phone", "physical", "customer_service",
     "挽留|回访电话|挽留电话|retention|save call|win-back call"),
    ("tp_cancel", "退订生效", "Subscription cancelled", "loyalty", "app", "digital", "customer_service",
     "流失|退订成功|已取消|churn|cancelled|lost subscriber"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("trial", "体验装转化", "Trial kit to subscription",
     ["tp_trial_apply", "tp_trial_deliver", "tp_register", "tp_pair", "tp_first_reading", "tp_subscribe"], 30),
    ("referral", "医院转介激活", "Hospital referral activation",
     ["tp_referral", "tp_register", "tp_pair", "tp_first_reading", "tp_subscribe"], 30),
    ("retail", "电商首购激活", "Retail starter kit activation",
     ["tp_starter_buy", "tp_register", "tp_pair", "tp_first_reading", "tp_subscribe"], 30),
    ("replacement", "故障补发", "Sensor replacement", ["tp_sensor_fail", "tp_replace_approve", "tp_replace_deliver"], 14),
    ("claim", "保险报销", "Insurance claim", ["tp_claim_submit", "tp_claim_result"], 60),
    ("cancel", "退订挽留", "Cancellation and retention", ["tp_cancel_request", "tp_retention_call", "tp_cancel"], 14),
]
REGIONS = {  # en: zh, warehouse id, warehouse zh, warehouse en, regular delivery days (lo, hi), replacement days
    "east": ("华东", "WH_SH", "上海仓", "Shanghai DC", (1, 2), (1.0, 2.5)),
    "north": ("华北", "WH_BJ", "北京仓", "Beijing DC", (1, 2), (1.0, 2.5)),
    "south": ("华南", "WH_GZ", "广州仓", "Guangzhou DC", (1, 2), (1.0, 2.5)),
    "central": ("华中", "WH_WH", "武汉仓", "Wuhan DC", (1, 3), (1.5, 3.0)),
    "west": ("西南", "WH_CD", "成都仓", "Chengdu DC", (2, 3), (5.0, 9.0)),
}
CITIES = [  # en, zh, region, weight
    ("Shanghai", "上海", "east", 0.18), ("Hangzhou", "杭州", "east", 0.08), ("Nanjing", "南京", "east", 0.06),
    ("Beijing", "北京", "north", 0.14), ("Tianjin", "天津", "north", 0.05), ("Guangzhou", "广州", "south", 0.09),
    ("Shenzhen", "深圳", "south", 0.09), ("Chengdu", "成都", "west", 0.09), ("Chongqing", "重庆", "west", 0.06),
    ("Wuhan", "武汉", "central", 0.10), ("Changsha", "长沙", "central", 0.06),
]
HOSPITALS = [  # id, zh, en, city, weight, p(register)
    ("H01", "上海瑞金医院", "Ruijin Hospital", "Shanghai", 0.27, 0.86),
    ("H02", "北京协和医院", "Peking Union Medical College Hospital", "Beijing", 0.20, 0.84),
    ("H03", "中山大学附属第三医院", "Third Affiliated Hospital of Sun Yat-sen University", "Guangzhou", 0.14, 0.82),
    ("H04", "四川大学华西医院", "West China Hospital", "Chengdu", 0.14, 0.80),
    ("H05", "华中科技大学同济医院", "Tongji Hospital", "Wuhan", 0.13, 0.46),
    ("H06", "浙江大学邵逸夫医院", "Sir Run Run Shaw Hospital", "Hangzhou", 0.12, 0.85),
]
ACQ = {  # en: zh, path, weight within path, p(subscribe) base
    "douyin": ("抖音广告", "trial", 0.45, 0.15),
    "xiaohongshu": ("小红书", "trial", 0.35, 0.30),
    "diabetes_community": ("糖友社群", "trial", 0.20, 0.50),
    "hospital_referral": ("医院转介", "referral", 1.0, 0.74),
    "jd": ("京东", "retail", 0.45, 0.46),
    "tmall": ("天猫", "retail", 0.35, 0.46),
    "pharmacy": ("连锁药房", "retail", 0.20, 0.52),
}
PATH_W = {"trial": 0.48, "referral": 0.24, "retail": 0.28}
DTYPES = {"T1": "1型糖尿病", "T2": "2型糖尿病", "prediabetes": "糖尿病前期"}
DTYPE_MIX = {"trial": (0.12, 0.46, 0.42), "referral": (0.36, 0.59, 0.05), "retail": (0.18, 0.55, 0.27)}
DTYPE_SUB = {"T1": 1.3, "T2": 1.0, "prediabetes": 0.62}
BRANDS = [  # en, zh, os, device, weight
    ("Apple", "苹果", "iOS", "ios", 0.37), ("Huawei", "华为", "HarmonyOS", "android", 0.23),
    ("Xiaomi", "小米", "Android", "android", 0.13), ("OPPO", "OPPO", "Android", "android", 0.09),
    ("vivo", "vivo", "Android", "android", 0.09), ("Honor", "荣耀", "Android", "android", 0.06),
    ("Samsung", "三星", "Android", "android", 0.03),
]
BR = {b[0]: b for b in BRANDS}
INSURERS = {  # en: zh, en display, weight among subscribers, p(approve) base, coverage, decision days
    "": ("", "", 0.60, 0, 0, (0, 0)),
    "pingan": ("平安健康", "Ping An Health", 0.12, 0.74, 0.8, (6, 14)),
    "zhongan": ("众安保险", "ZhongAn Insurance", 0.11, 0.66, 0.7, (2, 5)),
    "cpic": ("太平洋保险", "CPIC", 0.09, 0.34, 0.6, (12, 28)),
    "huiminbao": ("惠民保", "Huiminbao (city plan)", 0.08, 0.52, 0.5, (15, 30)),
}
REJECT = {"missing_diagnosis": "缺少诊断证明", "not_covered": "不在保障范围", "invoice_mismatch": "发票信息不符"}
FAIL_ZH = {"fell_off": "脱落", "signal_loss": "信号丢失", "inaccurate": "读数异常", "warmup_error": "预热失败"}
ALERT_ZH = {"urgent_low": "紧急低血糖", "low": "低血糖", "high": "高血糖"}
CANCEL_ZH = {"price": "价格太贵", "accuracy": "读数不准", "skin": "皮肤过敏", "no_longer_needed": "不再需要",
             "switch_brand": "换用其他品牌", "insurance": "报销不了"}
PLAN_ZH = {"monthly": "连续包月", "annual": "年卡"}
OTYPE_ZH = {"trial_kit": "体验装", "starter_kit": "入门套装", "sensor_refill": "传感器续订", "annual_plan": "年卡"}
SEG_ZH = {"prospect": "未激活", "trial_lapsed": "体验未转化", "active": "订阅中", "churned": "已退订"}
COURIER = {"sf": "顺丰", "jd": "京东物流", "zto": "中通"}

# ---------- comment texts: topic -> (zh list, en list); gold.py's markers are noted per topic ----------
TXT = {
    # 配对失败 | pairing failed / won't pair
    "pairing_fail": (["华为手机一直配对失败，试了三次都不行", "升级新版App后配对失败，传感器白白浪费一个",
                      "扫码后蓝牙配对失败，客服让我重装App也没用", "配对失败好几次，最后换了老婆的手机才连上"],
                     ["Sensor pairing failed three times on my Huawei phone", "The app won't pair with the new sensor since the update",
                      "Pairing failed again and support just told me to reinstall"]),
    # 信号丢失 | lost signal / signal loss
    "signal_loss": (["戴了两天就信号丢失，数据全断了", "传感器频繁信号丢失，夜里一大段空白", "这批传感器老是信号丢失"],
                    ["Lost signal on day two and it never came back", "Constant signal loss, the graph is full of gaps"]),
    # 脱落 | fell off / came off
    "fell_off": (["洗完澡传感器就脱落了", "贴片不牢，第三天就脱落了"],
                 ["The sensor fell off after a shower", "The patch came off on day three"]),
    # 误差 / 不准 | way off / inaccurate
    "inaccurate": (["读数和指尖血差了两个多，误差太大", "数值不准，半夜报低其实根本没低"],
                   ["Readings were way off compared to my meter", "Inaccurate numbers for the whole first day"]),
    # 补发等了 / 补发太慢 | replacement took
    "replace_slow": (["补发等了一个星期才到，中间断了好几天数据", "补发太慢了，成都这边等了六七天", "传感器坏了申请补发，补发等了快十天"],
                     ["The replacement took a week to arrive", "Replacement took forever, days without any readings"]),
    # 换新 | new sensor next day
    "replace_fast": (["传感器坏了客服马上给换新，第二天就到了", "换新很快，点赞"],
                     ["Support sent a new sensor next day, great service"]),
    # 没响 | didn't sound / no alarm went off
    "alarm_missed": (["半夜低血糖警报没响，差点出事", "升级系统后低血糖提醒没响，家里人吓坏了", "手机静音时警报完全没响"],
                     ["The urgent low alarm didn't sound at night", "No alarm went off during a low at 3am"]),
    # 警报太多 / 太频繁 | too many alarms
    "alarm_fatigue": (["警报太多了，半夜一直响，睡不好", "高血糖提醒太频繁，烦得想关掉"],
                      ["Too many alarms, I'm getting alarm fatigue", "Way too many alarms every night"]),
    # 涨价 / 太贵 | too expensive / price increase / price hike
    "price": (["传感器涨价了，一个月多花六十块，负担不起", "太贵了，两周就要两百多", "四月份涨价以后真的用不起了"],
              ["Too expensive for something I need every two weeks", "The April price increase made it unaffordable",
               "Another price hike, I can't keep paying this"]),
    # 报销被拒 / 拒赔 | claim was rejected / claim denied
    "claim_rejected": (["报销被拒，说缺少诊断证明", "保险拒赔了，材料交了三次", "商保报销被拒，理由都说不清"],
                       ["My insurance claim was rejected for missing paperwork", "Claim denied again with no clear reason"]),
    # 报销很顺利 | reimbursement came through
    "claim_ok": (["商保报销很顺利，钱已经到账了", "报销很顺利，上传发票就行"],
                 ["Insurance reimbursement came through smoothly"]),
    # 分享给医生 | with my doctor
    "doctor_report": (["血糖报告一键分享给医生，复诊方便多了", "把AGP报告分享给医生，医生调药更有依据"],
                      ["Sharing the AGP report with my doctor is so easy", "My endocrinologist reviews the report with my doctor login"]),
    # 扎手指 | finger pricks
    "no_prick": (["终于不用天天扎手指了", "再也不用扎手指，孩子上学也放心"],
                 ["No more finger pricks, total life changer", "Finally free of finger pricks"]),
    # 过敏 | rash
    "skin": (["贴片过敏，皮肤起红疹", "胶布过敏，每次取下来都红一片"], ["The adhesive gives me a rash every time"]),
    # 耐心 | patient and helpful
    "support_good": (["客服很耐心，一步步教我操作", "客服小姐姐特别耐心"], ["Customer service was patient and helpful"]),
    # 趋势箭头 | trend arrows
    "app_good": (["App界面清楚，趋势箭头很实用", "趋势箭头一看就懂，家人也能远程看"],
                 ["The app is clean and the trend arrows are really useful"]),
    # 不需要了 | don't need it anymore
    "no_need": (["血糖控制好了，暂时不需要了", "医生说饮食控制住了，不需要了"], ["Sugar is under control, I don't need it anymore"]),
    # 其他品牌 | another brand
    "switch_brand": (["打算换用其他品牌，医院那边推荐的", "朋友推荐了其他品牌，便宜一些"],
                     ["Switching to another brand my hospital supplies"]),
    # 体验装 | trial kit
    "trial_good": (["体验装很快就收到了，包装也专业", "体验装戴了两周，挺惊喜"], ["The trial kit arrived fast and was easy to apply"]),
}
GEN = {
    "pos": (["整体满意", "会继续用", "推荐给糖友了"], ["Overall happy", "Will keep using it", "Recommended it to friends"]),
    "neu": (["还行吧", "一般般", "中规中矩"], ["It's okay", "Average", "Nothing special"]),
    "neg": (["体验很差", "有点失望", "不太推荐"], ["Disappointed", "Would not recommend", "Poor experience"]),
}
NEG_TOPICS = {"pairing_fail", "signal_loss", "fell_off", "inaccurate", "replace_slow", "alarm_missed", "alarm_fatigue",
              "price", "claim_rejected", "skin"}
NEUTRAL_TOPICS = {"no_need", "switch_brand"}
TOPIC_TP = [("pairing_fail", "tp_pair"), ("replace_slow", "tp_replace_deliver"), ("replace_fast", "tp_replace_deliver"),
            ("signal_loss", "tp_sensor_fail"), ("fell_off", "tp_sensor_fail"), ("inaccurate", "tp_sensor_fail"),
            ("alarm_missed", "tp_alert"), ("alarm_fatigue", "tp_alert"), ("claim_rejected", "tp_claim_result"),
            ("claim_ok", "tp_claim_result"), ("doctor_report", "tp_report_share"), ("price", "tp_sensor_order"),
            ("skin", "tp_sensor_fail"), ("trial_good", "tp_trial_deliver"), ("no_prick", "tp_first_reading"),
            ("app_good", "tp_first_reading"), ("support_good", "tp_replace_approve"), ("no_need", "tp_cancel_request"),
            ("switch_brand", "tp_cancel_request")]


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


def day_time(t: datetime, lo=8.0, hi=22.0) -> datetime:
    return datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(lo, hi)))


def app_version(t):
    for cut, v in ((datetime(2025, 7, 1), "5.0.8"), (IOS_BUG[1], "5.1.2"), (HW_BUG[0], "5.1.6"), (HW_BUG[1], "5.2.0")):
        if t < cut:
            return v
    return "5.2.3"


def refill_price(t):
    return 279.0 if t >= PRICE_UP else 249.0


def annual_price(t):
    return 6580.0 if t >= PRICE_UP else 5980.0


MONTHS = [(y, m) for y in (2025, 2026) for m in range(1, 13) if (y, m) <= (2026, 8)]


def entry_time(path):
    w = []
    for i, (y, m) in enumerate(MONTHS):
        base = 1.0 + 0.04 * i
        if path == "retail":
            base *= {11: 2.6, 6: 1.9, 12: 1.2}.get(m, 1.0)
        if path == "trial":
            base *= {3: 1.3, 4: 1.2, 2: 0.7}.get(m, 1.0)
        w.append(base)
    y, m = pick(MONTHS, w)
    days = 31 if m in (1, 3, 5, 7, 8, 10, 12) else (30 if m != 2 else 28)
    return day_time(datetime(y, m, int(rng.integers(1, days + 1))))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n = dict(ev=0, ord=0, fb=0, sensor=0, rp=0, cl=0, cx=0)

    def nid(self, k):
        self.n[k] += 1
        return self.n[k]

    # ---------- writers ----------
    def ev(self, c, t, tp, action, app=True, sid=None, **kw):
        if t > END or t < START:
            return t <= END
        row = dict(event_id=f"E{self.nid('ev'):07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"] if app else None,
                   channel=kw.pop("channel", "app" if app else None))
        if app:
            row.update(app_version=app_version(t), phone_brand=c["phone_brand"], 手机品牌=BR[c["phone_brand"]][1],
                       os_name=BR[c["phone_brand"]][2])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, status="paid", channel="app", **kw):
        if t > END or t < START:
            return None
        row = dict(order_id=f"GS{self.nid('ord'):07d}", customer_id=c["customer_id"], ts=ts(t),
                   amount=round(float(amount), 2), status=status, channel=channel,
                   device=c["device"] if channel == "app" else None, order_type=otype, 订单类型=OTYPE_ZH[otype],
                   plan=c.get("plan"), 会员方案=PLAN_ZH.get(c.get("plan"), None), currency="CNY",
                   payment_method=pick(["wechat_pay", "alipay", "bank_card"], [0.55, 0.35, 0.10]),
                   region=c["region"], warehouse=c["warehouse"], 发货仓=c["发货仓"])
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, undated=False, gen=None, tp=None, extra_neg=False):
        if t is None or t > END or t < START:
            return
        fid = f"FB{self.nid('fb'):05d}"
        lang = "en" if c["lang"] == "en" and rng.random() < 0.85 else "zh"
        li = 1 if lang == "en" else 0
        topics = list(dict.fromkeys(topics))
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS or extra_neg) else (
                "neu" if (not topics or set(topics) <= NEUTRAL_TOPICS) else "pos")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_subscribe")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t), customer_id=c["customer_id"],
                   touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang,
                   diabetes_type=c["diabetes_type"], phone_brand=c["phone_brand"], region=c["region"],
                   地区=REGIONS[c["region"]][0], warehouse=c["warehouse"], 发货仓=c["发货仓"])
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=gen))

    @staticmethod
    def stars(bad: bool, mild=False):
        if bad:
            return float(pick([1, 2, 3], [0.55, 0.35, 0.10] if not mild else [0.25, 0.45, 0.30]))
        return float(pick([3, 4, 5], [0.08, 0.32, 0.60]))

    # ---------- customers ----------
    def make_customer(self, i, legacy=False):
        path = pick(list(PATH_W), list(PATH_W.values())) if not legacy else pick(
            ["trial", "referral", "retail"], [0.25, 0.45, 0.30])
        acq = pick([k for k, v in ACQ.items() if v[1] == path], [v[2] for v in ACQ.values() if v[1] == path])
        hosp = None
        if path == "referral":
            hosp = pick(HOSPITALS, [h[4] for h in HOSPITALS])
            city = next(cc for cc in CITIES if cc[0] == hosp[3]) if rng.random() < 0.85 else pick(
                CITIES, [cc[3] for cc in CITIES])
        else:
            city = pick(CITIES, [cc[3] for cc in CITIES])
        dtype = pick(list(DTYPES), DTYPE_MIX[path] if not legacy else (0.36, 0.59, 0.05))
        age = {"T1": lambda: rng.integers(12, 46), "T2": lambda: rng.integers(38, 78),
               "prediabetes": lambda: rng.integers(26, 58)}[dtype]()
        brand = pick(BRANDS, [b[4] * (1.4 if b[0] == "Huawei" and age >= 50 else 1.0) for b in BRANDS])
        reg = city[2]
        c = dict(customer_id=f"C{i:05d}", path=path, acquisition_channel=acq, 获客渠道=ACQ[acq][0], city=city[0],
                 城市=city[1], region=reg, 地区=REGIONS[reg][0], warehouse=REGIONS[reg][1], 发货仓=REGIONS[reg][2],
                 warehouse_en=REGIONS[reg][3], diabetes_type=dtype, 糖尿病类型=DTYPES[dtype], age=int(age),
                 gender=pick(["F", "M"], [0.47, 0.53]), phone_brand=brand[0], 手机品牌=brand[1], device_os=brand[2],
                 device=brand[3], hospital=hosp[1] if hosp else None, hospital_en=hosp[2] if hosp else None,
                 hospital_id=hosp[0] if hosp else None, _hosp=hosp,
                 lang="en" if (city[0] in ("Shanghai", "Beijing", "Shenzhen") and rng.random() < 0.16) else "zh",
                 plan=None, segment="prospect", reports=[], subscribed_at=None)
        ins = pick(list(INSURERS), [v[2] for v in INSURERS.values()])
        c["insurer"] = ins or None
        c["保险公司"] = INSURERS[ins][0] or None
        return c

    def pair(self, c, t, sensor_id, onboarding):
        """pairing attempts over Bluetooth; returns the time of success or None (gave up)."""
        brand = c["phone_brand"]
        tries = fails = 0
        for session in range(2 if onboarding else 3):
            for k in range(3):
                tries += 1
                if brand == "Huawei" and HW_BUG[0] <= t < HW_BUG[1]:
                    pf = 0.40
                else:
                    pf = 0.04 if brand == "Apple" else 0.07
                ok = rng.random() >= pf or (not onboarding and session == 2 and k == 2)
                self.ev(c, t, "tp_pair", "success" if ok else "fail", sensor_id=sensor_id, attempt=tries,
                        error_code=None if ok else pick(["BLE_TIMEOUT", "NFC_READ_ERR", "SENSOR_NOT_FOUND"],
                                                        [0.6, 0.25, 0.15]))
                if ok:
                    self.pair_complaint(c, t, fails)
                    return t
                fails += 1
                if rng.random() > (0.85 if k == 0 else 0.65):
                    break
                t += D(minutes=float(rng.uniform(2, 25)))
            if onboarding and rng.random() > 0.5:
                self.pair_complaint(c, t, fails + 2)
                return None
            t = day_time(t + D(days=float(rng.uniform(0.5, 2.5))))
        return None

    def pair_complaint(self, c, t, fails):
        if fails >= 2 and rng.random() < (0.22 if fails < 4 else 0.45):
            ch = pick(["app_review", "ticket", "ecommerce_review"], [0.55, 0.35, 0.10])
            self.fb(c, t + D(hours=float(rng.uniform(0.5, 6))), ["pairing_fail"], ch,
                    rating=None if ch == "ticket" else float(pick([1, 2], [0.7, 0.3])), tp="tp_pair",
                    undated=ch == "ecommerce_review" and rng.random() < 0.25)

    def onboard(self, c):
        path = c["path"]
        t0 = entry_time(path)
        c["signup_at"] = t0
        dev = c["device"]
        if path == "trial":
            self.ev(c, t0, "tp_trial_apply", "submit", channel=c["acquisition_channel"])
            delivered = rng.random() < 0.93
            self.order(c, t0, 19.9, "trial_kit", status="paid" if delivered else "refunded", channel="mini_program",
                       refunded_at=None if delivered else ts(t0 + D(days=8)))
            if not delivered:
                return None
            t = day_time(t0 + D(days=float(rng.uniform(1.5, 4.5))))
            self.ev(c, t, "tp_trial_deliver", "delivered", app=False, channel="other",
                    courier=pick(["sf", "jd"], [0.6, 0.4]), warehouse=c["warehouse"], 发货仓=c["发货仓"])
            if rng.random() < 0.12:
                self.fb(c, t + D(days=1), ["trial_good"], "app_review", rating=self.stars(False))
            p_reg = 0.85
        elif path == "referral":
            h = c["_hosp"]
            self.ev(c, t0, "tp_referral", "referred", app=False, channel="store", hospital_id=h[0], hospital=h[1],
                    hospital_en=h[2], department="内分泌科", doctor_id=f"D{h[0][1:]}{int(rng.integers(1, 7)):02d}")
            t = t0
            p_reg = h[5]
        else:
            ch = {"jd": "jd", "tmall": "tmall", "pharmacy": "store"}[c["acquisition_channel"]]
            self.ev(c, t0, "tp_starter_buy", "paid", app=False, channel=ch)
            c["_starter"] = self.order(c, t0, 399.0, "starter_kit", channel=ch)
            t = t0
            p_reg = 0.88
        if rng.random() >= p_reg:
            if path == "retail" and c["_starter"] is not None and rng.random() < 0.3:
                c["_starter"]["status"] = "returned"
            return None
        lag = {"trial": (0.1, 3), "referral": (0.1, 6), "retail": (2, 6)}[path]
        t = day_time(t + D(days=float(rng.uniform(*lag))))
        self.ev(c, t, "tp_register", "registered")
        c["segment"] = "prospect"
        if path == "referral":
            self.order(c, t, 399.0, "starter_kit", channel="app")
            t = day_time(t + D(days=float(rng.uniform(2, 4))))
        elif path == "retail" and rng.random() < 0.3:
            t = day_time(t + D(days=float(rng.uniform(0.5, 2))))
        else:
            t = t + D(minutes=float(rng.uniform(3, 40)))
        sid = self.new_sensor()
        t_ok = self.pair(c, t, sid, onboarding=True)
        if t_ok is None:
            return None
        tr = t_ok + D(minutes=float(rng.uniform(55, 75)))
        if rng.random() < 0.03:
            self.ev(c, tr, "tp_first_reading", "warmup_error", sensor_id=sid)
            return None
        self.ev(c, tr, "tp_first_reading", "reading", sensor_id=sid, glucose_mmol=round(float(rng.uniform(4.5, 11)), 1))
        c["segment"] = "trial_lapsed"
        if rng.random() < 0.10:
            self.fb(c, tr + D(days=float(rng.uniform(1, 10))), [pick(["no_prick", "app_good"], [0.6, 0.4])],
                    "app_review", rating=self.stars(False))
        if rng.random() < 0.03:
            self.fb(c, tr + D(days=2), ["inaccurate"], "app_review", rating=self.stars(True), tp="tp_first_reading")
        p_sub = min(0.92, ACQ[c["acquisition_channel"]][3] * DTYPE_SUB[c["diabetes_type"]])
        if rng.random() >= p_sub:
            return None
        if rng.random() < 0.9:
            t_sub = day_time(tr + D(days=float(rng.uniform(6, 16))))
        else:
            t_sub = day_time(tr + D(days=float(rng.uniform(25, 45))))
        return t_sub

    def new_sensor(self):
        return f"S{self.nid('sensor'):06d}"

    # ---------- the subscription life ----------
    def subscribe(self, c, t_sub, legacy=False):
        p_annual = {"T1": 0.40, "T2": 0.22, "prediabetes": 0.08}[c["diabetes_type"]]
        plan = "annual" if rng.random() < p_annual else "monthly"
        c["plan"] = plan
        c["subscribed_at"] = t_sub
        c["segment"] = "active"
        if not legacy:
            self.ev(c, t_sub, "tp_subscribe", "subscribed", plan=plan, 会员方案=PLAN_ZH[plan],
                    price=refill_price(t_sub) if plan == "monthly" else annual_price(t_sub))
            if rng.random() < 0.35:
                good = rng.random() < 0.8
                score = int(pick(list(range(11)), [1, 1, 1, 1, 1, 2, 3, 6, 14, 18, 16] if good
                                 else [4, 4, 5, 6, 7, 8, 8, 6, 3, 1, 1]))
                tops = [pick(["no_prick", "app_good", "doctor_report"], [0.5, 0.3, 0.2])] if score >= 9 and \
                    rng.random() < 0.6 else ([pick(["price", "inaccurate", "alarm_fatigue"], [0.5, 0.3, 0.2])]
                                             if score <= 6 and rng.random() < 0.6 else [])
                self.fb(c, t_sub + D(days=30, hours=float(rng.uniform(0, 10))), tops, "survey", nps=score,
                        tp="tp_subscribe", gen="pos" if score >= 9 else ("neg" if score <= 6 else "neu"))
        # cycles
        t = t_sub if not legacy else day_time(START + D(days=float(rng.uniform(0, 14))))
        anniversary = t_sub + D(days=365)
        coupon_left = 0
        requests = 0
        next_claim = t + D(days=float(rng.uniform(80, 100)))
        hazard = {"T1": 0.6, "T2": 1.0, "prediabetes": 2.2}[c["diabetes_type"]]
        fatigue_said = False
        cyc = 0
        while t <= END:
            cyc += 1
            sid = self.new_sensor()
            # --- order
            if plan == "monthly":
                price = refill_price(t)
                coupon = None
                if coupon_left > 0:
                    price = round(price * 0.8, 2)
                    coupon_left -= 1
                    coupon = "RET20"
                if rng.random() < 0.015:
                    self.order(c, t - D(days=1), price, "sensor_refill", status="cancelled", sensor_id=sid,
                               coupon=coupon, failure="payment_declined")
                self.order(c, t, price, "sensor_refill", sensor_id=sid, coupon=coupon)
            elif cyc == 1 and not legacy:
                self.order(c, t, annual_price(t), "annual_plan")
            elif t >= anniversary:
                self.order(c, t, annual_price(t), "annual_plan")
                anniversary += D(days=365)
            self.ev(c, t + D(minutes=1), "tp_sensor_order", "auto_renew" if cyc > 1 or legacy else "first_order",
                    sensor_id=sid, plan=plan, 会员方案=PLAN_ZH[plan],
                    amount=(refill_price(t) if plan == "monthly" else 0.0))
            # --- ship & deliver
            lot = self.lot(t)
            lo, hi = REGIONS[c["region"]][4]
            td = day_time(t + D(days=float(rng.uniform(lo, hi + 0.8))), 9, 20)
            self.ev(c, td, "tp_sensor_deliver", "delivered", app=False, channel="other", sensor_id=sid, sensor_lot=lot,
                    warehouse=c["warehouse"], 发货仓=c["发货仓"], courier=pick(["sf", "jd"], [0.6, 0.4]))
            # --- pair (when the old sensor runs out)
            tpair = day_time(max(td, t + D(days=float(rng.uniform(1.5, 3.0)))))
            tok = self.pair(c, tpair, sid, onboarding=False)
            if tok is None:
                tok = tpair
            # --- failure
            pfail = 0.22 if lot == "L2511B" else 0.055
            if rng.random() < pfail:
                self.failure(c, tok, sid, lot)
            # --- alerts
            self.alerts(c, tok)
            if c["diabetes_type"] == "T1" and not fatigue_said and rng.random() < 0.012:
                fatigue_said = True
                self.fb(c, tok + D(days=5), ["alarm_fatigue"], "app_review", rating=self.stars(True, mild=True))
            # --- report share
            p_rep = (0.24 if c["path"] == "referral" else 0.06) * (1.3 if c["diabetes_type"] == "T1" else 1.0)
            if rng.random() < p_rep:
                tr = day_time(tok + D(days=float(rng.uniform(2, 13))))
                if self.ev(c, tr, "tp_report_share", "shared", report_type="AGP 14天",
                           hospital=c["hospital"], hospital_en=c["hospital_en"]):
                    c["reports"].append(tr)
                    if rng.random() < 0.05:
                        self.fb(c, tr + D(days=1), ["doctor_report"], "app_review", rating=self.stars(False))
            # --- claims every quarter
            if c["insurer"] and t >= next_claim:
                self.claim(c, day_time(t + D(days=float(rng.uniform(0, 5)))))
                next_claim = t + D(days=float(rng.uniform(85, 100)))
            # --- cancellation
            h = (0.021 if plan == "monthly" else 0.004) * hazard
            reasons = {"price": 0.28, "accuracy": 0.15, "skin": 0.12, "no_longer_needed": 0.18, "switch_brand": 0.12,
                       "insurance": 0.15}
            if c["diabetes_type"] == "prediabetes":
                reasons["no_longer_needed"] = 0.6
            if plan == "monthly" and PRICE_UP <= t < datetime(2026, 6, 1):
                h += 0.035
                reasons["price"] = 1.6
            if requests < 2 and rng.random() < h:
                requests += 1
                tq = day_time(t + D(days=float(rng.uniform(3, 13))))
                res = self.cancel(c, tq, pick(list(reasons), list(reasons.values())))
                if res == "saved":
                    coupon_left = 2 if plan == "monthly" else 0
                elif res == "cancelled":
                    c["segment"] = "churned"
                    return
                elif res == "end":
                    return
            t = t + D(days=14, hours=float(rng.uniform(-3, 3)))

    def lot(self, t):
        if LOT_BAD[0] <= t < LOT_BAD[1] and rng.random() < 0.55:
            return "L2511B"
        p = t - D(days=35)
        return f"L{p:%y%m}A"

    def failure(self, c, tok, sid, lot):
        if lot == "L2511B":
            ftype = pick(list(FAIL_ZH), [0.12, 0.72, 0.10, 0.06])
            day = int(rng.integers(1, 5))
        else:
            ftype = pick(list(FAIL_ZH), [0.40, 0.22, 0.22, 0.16])
            day = 0 if ftype == "warmup_error" else int(rng.integers(1, 14))
        tf = tok + D(days=day, hours=float(rng.uniform(1, 20)))
        self.n["rp"] += 1
        rp = f"RP{self.n['rp']:05d}"
        if not self.ev(c, tf, "tp_sensor_fail", "reported", sid=rp, replacement_id=rp, sensor_id=sid, sensor_lot=lot,
                       failure_type=ftype, 故障类型=FAIL_ZH[ftype], day_of_wear=day):
            return
        ta = tf + D(hours=float(rng.uniform(1, 30)))
        approved = rng.random() < 0.95
        self.ev(c, ta, "tp_replace_approve", "approved" if approved else "rejected", app=False, channel="phone",
                sid=rp, replacement_id=rp, sensor_id=sid, failure_type=ftype, 故障类型=FAIL_ZH[ftype],
                reject_reason=None if approved else "no_photo_evidence")
        topic = {"fell_off": "fell_off", "signal_loss": "signal_loss", "inaccurate": "inaccurate",
                 "warmup_error": None}[ftype]
        slow = None
        if approved:
            lo, hi = REGIONS[c["region"]][5]
            tdl = ta + D(days=float(rng.uniform(lo, hi)))
            tdl = tdl if tdl.hour >= 8 else tdl + D(hours=9)
            new_sid = self.new_sensor()
            self.ev(c, tdl, "tp_replace_deliver", "delivered", app=False, channel="other", sid=rp, replacement_id=rp,
                    sensor_id=new_sid, replaced_sensor_id=sid, warehouse=c["warehouse"], 发货仓=c["发货仓"],
                    courier="zto" if c["region"] == "west" else "sf")
            self.pair(c, tdl + D(hours=float(rng.uniform(0.5, 6))), new_sid, onboarding=False)
            slow = (tdl - tf).days >= 5
        if rng.random() < (0.33 if lot == "L2511B" else 0.22) or (slow and rng.random() < 0.4):
            topics = [topic] if topic else []
            if slow and rng.random() < 0.75:
                topics.append("replace_slow")
            elif approved and slow is False and rng.random() < 0.15:
                topics.append("replace_fast")
            elif rng.random() < 0.1:
                topics.append("support_good")
            if not topics:
                return
            ch = pick(["ticket", "app_review", "ecommerce_review"], [0.5, 0.4, 0.1])
            neg = bool(set(topics) & NEG_TOPICS)
            t_fb = tf + D(hours=3) if "replace_slow" not in topics and "replace_fast" not in topics else tdl + D(hours=4)
            self.fb(c, t_fb, topics, ch, rating=None if ch == "ticket" else self.stars(neg),
                    undated=(ch == "ecommerce_review" and rng.random() < 0.25))
        elif rng.random() < 0.01:
            self.fb(c, tf + D(days=1), ["skin"], "app_review", rating=self.stars(True, mild=True))

    def alerts(self, c, tok):
        rate = {"T1": 1.4, "T2": 0.45, "prediabetes": 0.1}[c["diabetes_type"]]
        mix = {"T1": (0.35, 0.35, 0.30), "T2": (0.15, 0.30, 0.55), "prediabetes": (0.05, 0.25, 0.70)}[c["diabetes_type"]]
        said = False
        for _ in range(int(rng.poisson(rate))):
            kind = pick(list(ALERT_ZH), mix)
            hour = float(rng.uniform(0, 7)) if kind != "high" and rng.random() < 0.6 else float(rng.uniform(7, 24))
            ta = datetime(tok.year, tok.month, tok.day) + D(days=int(rng.integers(1, 14)), hours=hour)
            if c["device"] == "ios" and IOS_BUG[0] <= ta < IOS_BUG[1]:
                pm = 0.34
            else:
                pm = 0.06 if c["device"] == "ios" else 0.09
            missed = rng.random() < pm
            g = {"urgent_low": (2.2, 3.0), "low": (3.1, 3.9), "high": (13.9, 22.0)}[kind]
            self.ev(c, ta, "tp_alert", "missed" if missed else "acknowledged", alert_type=kind,
                    警报类型=ALERT_ZH[kind], glucose_mmol=round(float(rng.uniform(*g)), 1))
            p_say = 0.30 if c["device"] == "ios" and IOS_BUG[0] <= ta < IOS_BUG[1] else 0.07
            if missed and kind != "high" and not said and rng.random() < p_say:
                said = True
                ch = pick(["app_review", "ticket"], [0.6, 0.4])
                self.fb(c, ta + D(hours=float(rng.uniform(4, 30))), ["alarm_missed"], ch,
                        rating=None if ch == "ticket" else float(pick([1, 2], [0.8, 0.2])))

    def claim(self, c, t):
        ins = c["insurer"]
        z, en, _, p, cover, days = INSURERS[ins]
        self.n["cl"] += 1
        cl = f"CL{self.n['cl']:05d}"
        amount = refill_price(t) * 6 if c["plan"] == "monthly" else annual_price(t) / 4
        if not self.ev(c, t, "tp_claim_submit", "submitted", sid=cl, claim_id=cl, insurer=ins, 保险公司=z,
                       insurer_en=en, claim_amount=round(amount, 2)):
            return
        has_report = any(t - D(days=90) <= r <= t for r in c["reports"])
        ok = rng.random() < min(0.95, p + (0.18 if has_report else 0))
        tr = day_time(t + D(days=float(rng.uniform(*days))), 9, 19)
        reason = None if ok else pick(list(REJECT), [0.45, 0.30, 0.25] if has_report else [0.72, 0.16, 0.12])
        if not self.ev(c, tr, "tp_claim_result", "approved" if ok else "rejected", app=False, channel="email", sid=cl,
                       claim_id=cl, insurer=ins, 保险公司=z, insurer_en=en, claim_amount=round(amount, 2),
                       approved_amount=round(amount * cover, 2) if ok else 0.0, reject_reason=reason,
                       拒赔原因=REJECT.get(reason), decision_days=(tr - t).days):
            return
        if not ok and rng.random() < 0.38:
            ch = pick(["ticket", "app_review"], [0.5, 0.5])
            self.fb(c, tr + D(days=1), ["claim_rejected"], ch, rating=None if ch == "ticket" else self.stars(True))
        elif ok and rng.random() < 0.05:
            self.fb(c, tr + D(days=1), ["claim_ok"], "app_review", rating=self.stars(False))

    def cancel(self, c, t, reason):
        self.n["cx"] += 1
        cx = f"CX{self.n['cx']:05d}"
        if not self.ev(c, t, "tp_cancel_request", "requested", sid=cx, cancel_id=cx, cancel_reason=reason,
                       退订原因=CANCEL_ZH[reason], plan=c["plan"], 会员方案=PLAN_ZH[c["plan"]]):
            return "end"
        topic = {"price": "price", "accuracy": "inaccurate", "skin": "skin", "no_longer_needed": "no_need",
                 "switch_brand": "switch_brand", "insurance": None}[reason]
        if reason == "price" and rng.random() < 0.25:
            ch = pick(["app_review", "xiaohongshu_note"], [0.6, 0.4])
            self.fb(c, t + D(hours=2), ["price"], ch, rating=self.stars(True, mild=True) if ch == "app_review" else None,
                    undated=ch == "xiaohongshu_note" and rng.random() < 0.3)
        called = rng.random() < 0.82
        tc = day_time(t + D(days=float(rng.uniform(0.5, 3))), 9, 20)
        if called:
            save_p = 0.45 if reason == "price" else (0.10 if reason == "no_longer_needed" else 0.25)
            if c["plan"] == "annual":
                save_p += 0.1
            saved = rng.random() < save_p
            if not self.ev(c, tc, "tp_retention_call", "saved" if saved else "not_saved", app=False, channel="phone",
                           sid=cx, cancel_id=cx, cancel_reason=reason, 退订原因=CANCEL_ZH[reason],
                           retention_offer="RET20 两期八折" if reason == "price" and c["plan"] == "monthly" else
                           "免费补发一片", call_minutes=round(float(rng.uniform(3, 15)), 1)):
                return "end"
            if rng.random() < 0.30 and topic:
                self.fb(c, tc, [topic], "call_note", tp="tp_retention_call",
                        gen="neg" if topic in NEG_TOPICS else "neu")
            if saved:
                return "saved"
            tx = tc + D(hours=float(rng.uniform(1, 30)))
        else:
            tx = day_time(t + D(days=float(rng.uniform(3, 5))))
        if not self.ev(c, tx, "tp_cancel", "cancelled", sid=cx, cancel_id=cx, cancel_reason=reason,
                       退订原因=CANCEL_ZH[reason], plan=c["plan"], 会员方案=PLAN_ZH[c["plan"]]):
            return "end"
        return "cancelled"


def random_notes(g, customers):
    """Xiaohongshu notes and app-store reviews not tied to one event (about 30 % of the notes carry no date)."""
    subs = [c for c in customers if c["subscribed_at"] is not None]
    for _ in range(520):
        c = subs[int(rng.integers(0, len(subs)))]
        t = c["subscribed_at"] + D(days=float(rng.uniform(3, 300)))
        if t < START:
            t = START + D(days=float(rng.uniform(0, 500)))
        topics = [pick(["no_prick", "app_good", "doctor_report", "price", "fell_off", "alarm_fatigue", "skin"],
                       [0.30, 0.20, 0.08, 0.16, 0.10, 0.10, 0.06])]
        neg = bool(set(topics) & NEG_TOPICS)
        ch = pick(["xiaohongshu_note", "app_review"], [0.55, 0.45])
        g.fb(c, t, topics, ch, rating=None if ch == "xiaohongshu_note" else g.stars(neg),
             undated=(ch == "xiaohongshu_note" and rng.random() < 0.3))
    # JD / Tmall reviews of the starter kit (rated; some exported without a date)
    for c in customers:
        if c["path"] == "retail" and c["acquisition_channel"] in ("jd", "tmall") and rng.random() < 0.22 and \
                c.get("signup_at") and c["signup_at"] >= START:
            good = c["segment"] in ("active", "trial_lapsed", "churned")
            topics = [pick(["no_prick", "app_good"], [0.6, 0.4])] if good else (
                ["pairing_fail"] if c["segment"] == "prospect" and rng.random() < 0.5 else [])
            g.fb(c, c["signup_at"] + D(days=float(rng.uniform(4, 12))), topics, "ecommerce_review",
                 rating=g.stars(not good, mild=not topics), tp="tp_starter_buy", gen=None if topics else
                 ("pos" if good else "neg"), undated=rng.random() < 0.2, extra_neg=not good)


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            assert len(r) <= len(cols)
            w.writerow(["" if (v := r.get(k)) is None else v for k in cols])


def cols_of(rows, first):
    seen = dict.fromkeys(first)
    for r in rows:
        if len(r) > 8 or any(k not in seen for k in r):
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
        c = g.make_customer(i, legacy=True)
        c["signup_at"] = day_time(datetime(2024, 1, 1) + D(days=float(rng.uniform(0, 360))))
        customers.append(c)
        g.subscribe(c, c["signup_at"] + D(days=float(rng.uniform(10, 25))), legacy=True)
    for i in range(N_LEGACY + 1, N_LEGACY + N_NEW + 1):
        c = g.make_customer(i)
        customers.append(c)
        t_sub = g.onboard(c)
        if t_sub is not None and t_sub <= END:
            g.subscribe(c, t_sub)
    random_notes(g, customers)
    # the CRM re-sends a few events (exact duplicates)
    for k in rng.choice(len(g.events), size=18, replace=False):
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
    crow = []
    for c in customers:
        crow.append(dict(customer_id=c["customer_id"], signup_at=ts(c["signup_at"]), segment=c["segment"],
                         region=c["region"], acquisition_channel=c["acquisition_channel"], tier=c["plan"],
                         客户状态=SEG_ZH[c["segment"]], 地区=c["地区"], 获客渠道=c["获客渠道"],
                         会员方案=PLAN_ZH.get(c["plan"]), city=c["city"], 城市=c["城市"],
                         diabetes_type=c["diabetes_type"], 糖尿病类型=c["糖尿病类型"], age=c["age"], gender=c["gender"],
                         phone_brand=c["phone_brand"], 手机品牌=c["手机品牌"], device_os=c["device_os"],
                         warehouse=c["warehouse"], 发货仓=c["发货仓"], warehouse_en=c["warehouse_en"],
                         insurer=c["insurer"], 保险公司=c["保险公司"], hospital_id=c["hospital_id"],
                         hospital=c["hospital"], hospital_en=c["hospital_en"], preferred_language=c["lang"]))
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
