"""驰通ETC ChiTong Pass: an online highway electronic toll (ETC) account provider in East China (synthetic).

驰通智行科技有限公司 (ChiTong Smart Mobility) issues post-paid ETC accounts (记账卡) online in 江苏 Jiangsu, 浙江
Zhejiang, 安徽 Anhui, 山东 Shandong and 河南 Henan through its app and WeChat mini program: a driver starts an
application, passes ID verification (身份核验: ID card + face check), vehicle verification (车辆核验: 行驶证 OCR, for
trucks also the 道路运输证 and axle count), binds a bank card for auto-debit (绑卡签约, SMS code from the bank), gets
the OBU device (车载电子标签) mailed by SF / EMS / JD, activates it in the app over Bluetooth after sticking it to the
windscreen (自助安装激活), then drives through ETC lanes. Tolls of a month are billed on the 2nd of the next month
(出账, ETC 5 % discount already applied), a notice goes out by push / SMS, and the bound card is debited on the 5th
(自动代扣). A failed debit puts the card into arrears status (欠费, the card stops working at ETC lanes = 黑名单):
overdue reminders, manual repayment (补缴) and status restored (恢复通行). Drivers dispute wrong charges (通行费争议:
duplicate charge with ETC + QR/无感支付, longest-route charge when the entry record is missing, wrong vehicle class,
charged during toll-free holidays, never travelled), the road operator reviews, the dispute is upheld or rejected and
refunds paid. Broken OBUs (flat battery, tamper-triggered after a windscreen change, no response, card read errors)
are replaced by mail. Accounts can be closed (注销).
Data 2025-01-01 .. 2026-06-30 (extract taken in July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback, experiments (CSV, DATA.md) and
OUTDIR/_truth/feedback_truth.csv (the generator's topic per comment; not a DATA.md table).
Seed 20261207, numpy + stdlib, a few seconds.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
CCB_OUTAGE = (datetime(2026, 3, 3), datetime(2026, 3, 28, 23, 59, 59))  # CCB signing SMS not delivered
AB_START, AB_END = datetime(2026, 1, 1), datetime(2026, 6, 15, 23, 59, 59)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_apply_start", "开始办理", "Application started", "consideration", "app", "digital", "growth",
     "申办|在线办理|办ETC|申请ETC|办理入口|apply|application|sign up for ETC|start application"),
    ("tp_id_verify", "身份核验", "ID verification", "purchase", "app", "digital", "risk",
     "实名认证|身份证|人脸识别|刷脸|ID check|identity check|face check|KYC"),
    ("tp_vehicle_verify", "车辆核验", "Vehicle verification", "purchase", "app", "digital", "risk",
     "行驶证|车辆信息|车牌核验|道路运输证|vehicle check|vehicle licence|plate check"),
    ("tp_bank_bind", "绑卡签约", "Bank card binding", "purchase", "app", "digital", "payments",
     "绑定银行卡|签约代扣|绑卡|银行签约|card binding|bind card|direct debit mandate"),
    ("tp_obu_ship", "设备发货", "OBU shipped", "purchase", "other", "physical", "logistics",
     "发货|寄出|OBU发货|快递寄出|shipped|dispatch|device shipped"),
    ("tp_obu_receive", "设备签收", "OBU delivered", "purchase", "other", "physical", "logistics",
     "签收|收到设备|到货|delivered|device received"),
    ("tp_obu_activate", "设备激活", "OBU activation", "purchase", "app", "digital", "device",
     "激活|自助激活|安装激活|蓝牙激活|OBU激活|activation|activate OBU|self-install"),
    ("tp_first_trip", "首次通行", "First toll trip", "service", "other", "physical", "operations",
     "第一次走高速|首次使用|首次过ETC车道|first trip|first use|first toll"),
    ("tp_bill_issued", "账单出账", "Monthly bill issued", "service", "other", "digital", "billing",
     "月账单|出账|通行费账单|账单生成|monthly bill|statement|toll bill"),
    ("tp_bill_notice", "账单通知", "Bill notice sent", "service", "app", "digital", "billing",
     "账单提醒|账单推送|账单短信|bill notice|bill reminder|statement notice"),
    ("tp_debit", "发起代扣", "Auto-debit attempt", "service", "other", "digital", "payments",
     "代扣|自动扣款|扣款|auto-debit|direct debit|debit attempt"),
    ("tp_debit_ok", "扣款成功", "Auto-debit succeeded", "service", "other", "digital", "payments",
     "扣款成功|代扣成功|debit success|paid"),
    ("tp_debit_fail", "扣款失败", "Auto-debit failed", "service", "other", "digital", "payments",
     "扣款失败|代扣失败|余额不足|debit failed|failed payment|insufficient funds"),
    ("tp_overdue_notice", "欠费提醒", "Overdue reminder", "service", "phone", "digital", "collections",
     "欠费通知|催缴|欠费短信|overdue notice|arrears reminder|payment reminder"),
    ("tp_repay", "补缴欠费", "Manual repayment", "service", "app", "digital", "collections",
     "补缴|还款|缴清欠费|手动缴费|repay|pay arrears|manual payment"),
    ("tp_unblock", "恢复通行", "Card status restored", "service", "other", "digital", "collections",
     "解除黑名单|状态恢复|解封|恢复正常|unblock|status restored|blacklist removed"),
    ("tp_bill_view", "查看账单明细", "Bill details viewed", "service", "app", "digital", "billing",
     "账单明细|通行记录|查账单|bill details|trip records|view bill"),
    ("tp_dispute_submit", "提交争议", "Dispute filed", "service", "app", "digital", "customer_service",
     "通行费争议|申诉|投诉扣费|争议工单|dispute|wrong charge|charge dispute|appeal"),
    ("tp_dispute_review", "争议核查", "Dispute under review", "service", "other", "digital", "customer_service",
     "路方核查|核查|审核|dispute review|investigation"),
    ("tp_dispute_resolved", "争议结果", "Dispute decided", "service", "other", "digital", "customer_service",
     "争议处理结果|申诉结果|处理完成|dispute outcome|dispute resolved|decision"),
    ("tp_dispute_refund", "争议退款", "Dispute refund paid", "service", "other", "digital", "payments",
     "退款到账|退费|争议退款|refund|refund paid|money back"),
    ("tp_device_fault", "设备报修", "Device fault reported", "service", "app", "digital", "device",
     "报修|设备坏了|OBU故障|电子标签失效|device fault|broken OBU|repair request"),
    ("tp_replace_apply", "换新申请", "Replacement requested", "service", "app", "digital", "device",
     "换设备|更换OBU|换新|replacement request|replace device"),
    ("tp_replace_ship", "新设备寄出", "Replacement shipped", "service", "other", "physical", "logistics",
     "换新发货|新设备发货|replacement shipped"),
    ("tp_replace_activate", "新设备激活", "Replacement activated", "service", "app", "digital", "device",
     "新设备激活|换新激活|replacement activated"),
    ("tp_card_change", "更换扣款卡", "Debit card changed", "loyalty", "app", "digital", "payments",
     "换绑|更换银行卡|改扣款卡|change card|switch debit card"),
    ("tp_cancel", "注销ETC", "Account closed", "loyalty", "app", "digital", "customer_service",
     "注销|销户|退ETC|close account|cancel ETC|account closure"),
]

JOURNEYS = [  # id, zh, en, window, steps
    ("apply", "线上办理ETC", "Online ETC application", 30,
     ["tp_apply_start", "tp_id_verify", "tp_vehicle_verify", "tp_bank_bind", "tp_obu_ship", "tp_obu_receive",
      "tp_obu_activate", "tp_first_trip"]),
    ("billing", "月度账单扣款", "Monthly bill & auto-debit", 10,
     ["tp_bill_issued", "tp_bill_notice", "tp_debit", "tp_debit_ok"]),
    ("arrears", "欠费补缴恢复", "Arrears recovery", 30,
     ["tp_debit_fail", "tp_overdue_notice", "tp_repay", "tp_unblock"]),
    ("dispute", "通行费争议处理", "Toll charge dispute", 30,
     ["tp_dispute_submit", "tp_dispute_review", "tp_dispute_resolved", "tp_dispute_refund"]),
    ("replacement", "设备故障换新", "Device replacement", 30,
     ["tp_device_fault", "tp_replace_apply", "tp_replace_ship", "tp_replace_activate"]),
]

PROVINCES = {"jiangsu": ("江苏", 0.30, "苏"), "zhejiang": ("浙江", 0.26, "浙"), "anhui": ("安徽", 0.16, "皖"),
             "shandong": ("山东", 0.16, "鲁"), "henan": ("河南", 0.12, "豫")}
SEGMENTS = {"private": ("个人车主", 0.70), "ride_hailing": ("网约车司机", 0.12), "truck": ("货车车主", 0.12),
            "fleet": ("企业车队", 0.06)}
CHANNELS = {"app_store": ("应用商店", 0.22), "wechat_mini": ("微信小程序", 0.30), "bank_partner": ("银行网点推荐", 0.16),
            "car_dealer": ("4S店推荐", 0.12), "douyin_ads": ("抖音广告", 0.12), "referral": ("老带新", 0.08)}
BANKS = {"ICBC": ("工商银行", 0.24), "CCB": ("建设银行", 0.30), "ABC": ("农业银行", 0.15), "CMB": ("招商银行", 0.13),
         "BOC": ("中国银行", 0.09), "BOCOM": ("交通银行", 0.09)}
CARRIERS = {"sf": ("顺丰速运", 0.55, 1.6), "ems": ("中国邮政EMS", 0.28, 4.2), "jd": ("京东物流", 0.17, 1.4)}
VEHICLES = {"private": [("sedan", "轿车", 0.55), ("suv", "SUV", 0.37), ("mpv", "MPV", 0.08)],
            "ride_hailing": [("sedan", "轿车", 0.8), ("mpv", "MPV", 0.2)],
            "truck": [("truck_2axle", "两轴货车", 0.45), ("truck_4axle", "四轴货车", 0.2), ("truck_6axle", "六轴货车", 0.35)],
            "fleet": [("sedan", "轿车", 0.4), ("van", "厢式货车", 0.35), ("mpv", "MPV", 0.25)]}
HIGHWAYS = {"jiangsu": [("G2", "G2京沪高速"), ("G42", "G42沪蓉高速"), ("G15", "G15沈海高速")],
            "zhejiang": [("G60", "G60沪昆高速"), ("G92", "G92杭州湾环线"), ("G25", "G25长深高速")],
            "anhui": [("G3", "G3京台高速"), ("G40", "G40沪陕高速")],
            "shandong": [("G20", "G20青银高速"), ("G2", "G2京沪高速")],
            "henan": [("G4", "G4京港澳高速"), ("G30", "G30连霍高速")]}
ID_FAIL = [("face_mismatch", "人脸比对不一致", 0.55), ("id_expired", "身份证过期", 0.25), ("info_mismatch", "证件信息不一致", 0.20)]
VEH_FAIL = [("licence_ocr", "行驶证识别失败", 0.45), ("plate_has_etc", "车牌已办理ETC", 0.30),
            ("owner_mismatch", "车主信息不一致", 0.25)]
TRUCK_FAIL = [("transport_permit_missing", "道路运输证缺失", 0.45), ("axle_mismatch", "轴数核验不符", 0.35),
              ("licence_ocr", "行驶证识别失败", 0.20)]
BIND_FAIL = [("sms_code_timeout", "签约验证码超时", 0.5), ("card_not_supported", "卡片不支持代扣", 0.25),
             ("name_mismatch", "持卡人与车主不一致", 0.25)]
ACT_FAIL = [("bluetooth_fail", "蓝牙连接失败", 0.6), ("tamper_triggered", "防拆触发", 0.25), ("card_read_error", "卡片读取失败", 0.15)]
DEBIT_FAIL = [("insufficient_balance", "余额不足", 0.75), ("card_frozen", "卡片冻结", 0.10), ("card_expired", "卡片过期", 0.15)]
DISPUTES = {  # reason: zh, days to decision (median), upheld prob, share of amount refunded
    "duplicate_charge": ("重复扣费", 2.5, 0.92, 1.0),
    "max_toll": ("入口信息缺失按最远路径收费", 13.0, 0.55, 0.7),
    "wrong_class": ("车型收费错误", 7.0, 0.6, 1.0),
    "holiday_free": ("节假日免费期间被收费", 4.5, 0.94, 1.0),
    "not_travelled": ("未通行被扣费", 8.0, 0.35, 1.0),
}
FAULTS = {"battery": "电池没电", "no_response": "设备无响应", "tamper": "拆卸失效", "card_error": "卡片读取失败"}
CANCEL = {"sold_car": "卖车换车", "wrong_charges": "乱扣费太多", "switch_bank_etc": "改办银行ETC", "rarely_use": "很少走高速"}
OBU = {"ST-100": ("ST-100标准款", 79.0), "ST-200": ("ST-200太阳能款", 129.0)}
APP_VERSIONS = [(datetime(2025, 1, 1), "3.2.0"), (datetime(2025, 4, 15), "3.3.0"), (datetime(2025, 8, 1), "3.4.0"),
                (datetime(2025, 11, 10), "3.5.0"), (datetime(2026, 2, 20), "3.6.0"), (datetime(2026, 4, 10), "3.6.2")]
HOLIDAY_MONTHS = {(2025, 10), (2026, 2)}  # 国庆 2025, 春节 2026: toll-free for small passenger cars


def choice(items, p=None):
    """one item of a short list (faster than rng.choice on lists of strings)."""
    if p is None:
        return items[int(rng.random() * len(items))]
    r, acc = rng.random() * sum(p), 0.0
    for it, w in zip(items, p):
        acc += w
        if r < acc:
            return it
    return items[-1]


def pick(d: dict, key=1):
    ks = list(d)
    return choice(ks, [d[k][key] for k in ks])


def pick_list(rows, w=2):
    return choice(rows, [r[w] for r in rows])


def fmt(t: datetime) -> str:
    return t.isoformat(sep=" ", timespec="seconds")


def app_version(t):
    v = APP_VERSIONS[0][1]
    for s, name in APP_VERSIONS:
        if t >= s:
            v = name
    return v


def month_start(y, m):
    return datetime(y, m, 1)


def next_month(y, m):
    return (y + 1, 1) if m == 12 else (y, m + 1)


def rand_time_in_day(day: datetime, lo=8, hi=22):
    return day + D(hours=float(rng.uniform(lo, hi)))


# ----------------------------------------------------------------- feedback text
TEXT = {
    "double_charge": {
        "zh": ["ETC已经扣过了，出口又被无感支付扣了一次，重复扣费！{hw}这种情况第{n}次了",
               "{hw}一次通行扣了两次钱，账单上同一时间两笔，赶紧给我退",
               "重复扣费越来越多，ETC和微信都扣，你们对账到底有没有做",
               "同一趟高速扣了两次，客服说要等路方核查，太离谱",
               "上个月账单又出现重复扣费，{amt}元被扣两遍"],
        "en": ["I was charged twice for one trip on {hw} - ETC and the QR payment both took money.",
               "Double charge again on my bill, same exit same minute. Please fix your reconciliation.",
               "Got charged twice for the same toll ({amt} CNY). Third time this year."]},
    "max_toll": {
        "zh": ["入口信息没识别到，直接按最远路径收了我{amt}元，明明只走了两个收费站",
               "出口说入口信息缺失，按最远路径扣费，申诉了还要提供行程截图",
               "{hw}入口信息缺失，被收了全程费用，太坑"],
        "en": ["The entry record was missing so I was billed the longest route, {amt} CNY for a 30 km drive.",
               "Charged for the longest route because the gantry didn't log my entry record."]},
    "wrong_class": {
        "zh": ["我是7座车，被按二类车型收费，每次都多扣", "车型识别错了，按货车收费，差价要退",
               "车型收费错误，一类车按三类收，投诉好几次了"],
        "en": ["My car is billed as the wrong vehicle class, every trip costs more than it should.",
               "Vehicle class is wrong on my account, I'm paying the truck rate."]},
    "holiday_free": {
        "zh": ["国庆节假日免费通行期间居然还扣了我{amt}元", "春节免费通行的时候还被扣费，小车不是免费吗",
               "节假日明明免费通行，账单上还是有通行费"],
        "en": ["The holiday should be toll-free for cars, but I was still billed {amt} CNY.",
               "Charged during the Spring Festival toll-free period, please refund."]},
    "not_travelled": {
        "zh": ["那天我根本没走高速，账单上却有一笔{hw}的扣费", "车一直停在小区，未通行却被扣费，是不是别人套牌"],
        "en": ["I never drove on that highway that day but there is a toll on my bill.",
               "There's a charge for {hw} but my car wasn't on the highway - cloned plate?"]},
    "dispute_slow": {
        "zh": ["申诉提交{n}天了，争议处理太慢，一直说路方在核查", "争议提交半个月还没退，客服只会让等",
               "投诉扣费问题处理太慢，钱到现在还没退"],
        "en": ["My dispute has been open for weeks, it is taking forever.",
               "Filed a dispute {n} days ago and still no refund. Nobody calls back."]},
    "bank_bind": {
        "zh": ["{bank}绑卡一直失败，签约验证码根本收不到", "绑卡那一步卡住了，{bank}的签约短信没来，办不下去",
               "签约代扣总是超时，换了两次卡才绑卡成功", "绑卡失败三次，放弃了"],
        "en": ["Card binding keeps failing, the {bank} SMS code never arrives.",
               "Stuck at card binding for days, can't finish the application."]},
    "vehicle_verify": {
        "zh": ["货车办ETC要道路运输证，上传了还是核验不通过", "行驶证拍了好几次都识别不了",
               "行驶证上的轴数和系统对不上，审核一直不过", "我的道路运输证在年审，只能放弃"],
        "en": ["The app can't read my vehicle licence, tried five times.",
               "Truck application rejected again, they want a transport permit and the registration certificate photo again."]},
    "activation": {
        "zh": ["设备激活失败，蓝牙一直连不上", "贴好了但激活不了，提示防拆触发", "激活步骤太复杂，试了好多次才成功",
               "{obu}激活一直失败，只能打客服"],
        "en": ["Activation failed three times, Bluetooth pairing never finishes.",
               "Can't activate the device, it says tamper triggered even though I just stuck it on."]},
    "shipping": {
        "zh": ["申请一周了还没发货", "快递太慢了，EMS走了{n}天", "发货太慢，说好的两天到结果等了一周"],
        "en": ["Shipping took {n} days, way too slow.", "Still waiting for delivery of the device after a week."]},
    "blacklist": {
        "zh": ["就晚了两天还款，卡就被拉黑了，过收费站被拦", "扣款失败没有提醒，直接进黑名单，高速口排了半天",
               "补缴完了黑名单还没解除"],
        "en": ["My card got blacklisted because the debit failed, nobody told me.",
               "Paid the arrears yesterday, still on the blacklist at the toll gate."]},
    "device_fault": {
        "zh": ["{obu}用了半年就没电了，太阳能根本充不进去", "设备故障，过ETC车道不抬杆", "电子标签又没电了，第二次了",
               "换了前挡风玻璃后设备故障，要重新换"],
        "en": ["The {obu} battery died after six months.", "Device stopped working, the ETC lane won't open for me."]},
    "bill_confusing": {
        "zh": ["账单看不懂，每一笔的明细都找不到", "账单明细太乱了，不知道哪段路扣了多少", "月账单看不懂，折扣体现在哪"],
        "en": ["Confusing bill, I can't tell which trip is which.", "The bill breakdown is missing entry and exit names."]},
    "app_crash": {
        "zh": ["App经常闪退，查个账单都打不开", "更新后一直闪退"],
        "en": ["App crashes every time I open the bill page.", "Constant crash after the update."]},
    "praise_convenient": {
        "zh": ["过收费站不用排队，很方便", "手机上就办完了，很方便", "不用停车不用排队，比人工通道快多了"],
        "en": ["So convenient, no queue at the toll gates anymore.", "Applied on my phone in ten minutes, so convenient."]},
    "praise_discount": {
        "zh": ["通行费95折，跑长途省不少", "九五折挺实在的，每月能省几十块"],
        "en": ["5% off every toll adds up for my commute.", "Nice that tolls are 5% off automatically."]},
    "praise_service": {
        "zh": ["客服很耐心，一步步教我安装", "处理投诉的小姐姐很耐心，点赞"],
        "en": ["The agent was very patient and walked me through it.", "Patient and friendly hotline staff."]},
}
MARKERS = {
    "double_charge": ["重复扣费", "扣了两次", "charged twice", "double charge"],
    "max_toll": ["最远路径", "入口信息", "longest route", "entry record"],
    "wrong_class": ["车型", "vehicle class"],
    "holiday_free": ["免费通行", "toll-free"],
    "not_travelled": ["没走高速", "未通行", "never drove", "wasn't on the highway"],
    "dispute_slow": ["处理太慢", "还没退", "taking forever", "still no refund"],
    "bank_bind": ["绑卡", "签约", "card binding"],
    "vehicle_verify": ["行驶证", "道路运输证", "vehicle licence", "transport permit"],
    "activation": ["激活", "activat"],
    "shipping": ["发货", "快递", "shipping", "delivery"],
    "blacklist": ["黑名单", "拉黑", "blacklist"],
    "device_fault": ["没电", "设备故障", "battery", "stopped working"],
    "bill_confusing": ["账单看不懂", "明细", "confusing bill", "bill breakdown"],
    "app_crash": ["闪退", "crash"],
    "praise_convenient": ["很方便", "不用排队", "so convenient", "no queue"],
    "praise_discount": ["95折", "九五折", "5% off"],
    "praise_service": ["耐心", "patient"],
}
NEGATIVE = {"double_charge", "max_toll", "wrong_class", "holiday_free", "not_travelled", "dispute_slow", "bank_bind",
            "vehicle_verify", "activation", "shipping", "blacklist", "device_fault", "bill_confusing", "app_crash"}
TOPIC_TP = {"double_charge": "tp_dispute_submit", "max_toll": "tp_dispute_submit", "wrong_class": "tp_dispute_submit",
            "holiday_free": "tp_dispute_submit", "not_travelled": "tp_dispute_submit",
            "dispute_slow": "tp_dispute_resolved", "bank_bind": "tp_bank_bind", "vehicle_verify": "tp_vehicle_verify",
            "activation": "tp_obu_activate", "shipping": "tp_obu_receive", "blacklist": "tp_unblock",
            "device_fault": "tp_device_fault", "bill_confusing": "tp_bill_view", "app_crash": "tp_bill_view",
            "praise_convenient": "tp_first_trip", "praise_discount": "tp_bill_issued",
            "praise_service": "tp_dispute_resolved"}


class Gen:
    def __init__(self):
        self.customers, self.events, self.orders, self.feedback, self.truth, self.exps = [], [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = 0
        self.sess = {"A": 0, "B": 0, "D": 0, "R": 0, "X": 0}

    def sid(self, k):
        self.sess[k] += 1
        return f"{k}{self.sess[k]:06d}"

    def ev(self, c, t, tp, sess=None, action=None, device=None, channel=None, **extra):
        if t > END:
            return None
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp,
                   session_id=sess, action=action, device=device, channel=channel,
                   province=c["region"], 省份=c["省份"], vehicle_type=c["vehicle_type"])
        if device in ("ios", "android"):
            row["app_version"] = app_version(t) if channel == "app" else None
        row.update(extra)
        self.events.append(row)
        return t

    def order(self, c, t, otype, amount, status, **extra):
        if t > END:
            return
        self.n_ord += 1
        zh = {"obu_device": "设备费", "toll_bill": "通行费账单", "replacement_fee": "换新费"}[otype]
        row = dict(order_id=f"O{self.n_ord:07d}", customer_id=c["customer_id"], ts=fmt(t), amount=round(amount, 2),
                   status=status, order_type=otype, 订单类型=zh, province=c["region"], 省份=c["省份"],
                   segment=c["segment"], currency="CNY")
        row.update(extra)
        self.orders.append(row)

    def fb(self, t, topic, lang, channel, c=None, rating=None, nps=None, undated=False, tp=None, **fmtargs):
        if t is not None and t > END:
            return
        self.n_fb += 1
        tpl = TEXT[topic][lang]
        text = tpl[int(rng.integers(len(tpl)))]
        args = dict(hw="G60沪昆高速", n=int(rng.integers(2, 9)), amt=int(rng.integers(20, 300)), bank="建设银行",
                    obu="ST-200")
        args.update(fmtargs)
        text = text.format(**args)
        fid = f"F{self.n_fb:05d}"
        row = dict(feedback_id=fid, text=text, ts=None if undated or t is None else fmt(t),
                   customer_id=c["customer_id"] if c else None, touchpoint_id=tp or TOPIC_TP[topic], channel=channel,
                   rating=rating, nps=nps, language=lang, province=c["region"] if c else None,
                   省份=c["省份"] if c else None, obu_model=c.get("obu_model") if c else None,
                   device=c["phone_os"] if c and channel in ("app_review", "app_rating") else None,
                   reply_status=choice(["replied", "pending", "no_reply"], [0.6, 0.15, 0.25]))
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics=topic,
                               sentiment="negative" if topic in NEGATIVE else "positive"))


def neg_rating():
    return choice([1, 2, 3], [0.6, 0.32, 0.08])


def pos_rating():
    return choice([3, 4, 5], [0.08, 0.37, 0.55])


def monthly_applicants():
    out = []
    y, m = 2025, 1
    i = 0
    while (y, m) <= (2026, 6):
        base = 165 + 7 * i
        f = {9: 1.3, 1: 1.3, 2: 0.7, 8: 1.1, 12: 1.1}.get(m, 1.0)
        out.append(((y, m), int(rng.poisson(base * f))))
        y, m = next_month(y, m)
        i += 1
    return out


def make_customer(g: Gen, idx, t0):
    seg = pick(SEGMENTS)
    prov = pick(PROVINCES)
    ch = pick(CHANNELS)
    if seg == "truck":
        ch = choice(["app_store", "wechat_mini", "bank_partner", "douyin_ads"], [0.25, 0.35, 0.25, 0.15])
    veh = pick_list(VEHICLES[seg])
    bank = pick(BANKS)
    if ch == "bank_partner":
        bank = choice(["ICBC", "CCB", "ABC"], [0.35, 0.45, 0.2])
    os_ = "ios" if rng.random() < (0.45 if seg == "private" else 0.3) else "android"
    en = rng.random() < (0.15 if prov in ("jiangsu", "zhejiang") and seg in ("private", "fleet") else 0.03)
    c = dict(customer_id=f"C{idx:06d}", signup_at=fmt(t0 - D(minutes=float(rng.uniform(1, 600)))), segment=seg,
             客户类型=SEGMENTS[seg][0], region=prov, 省份=PROVINCES[prov][0], acquisition_channel=ch,
             获客渠道=CHANNELS[ch][0], vehicle_type=veh[0], 车辆类型=veh[1],
             plate_prefix=PROVINCES[prov][2] + "ABCDEFGH"[int(rng.integers(8))],
             phone_os=os_, age_band=str(rng.choice(["18-25", "26-35", "36-45", "46-55", "56+"],
                                                   p=[0.08, 0.34, 0.3, 0.18, 0.1])),
             gender=choice(["male", "female"], [0.72, 0.28]), bank=bank, 银行=BANKS[bank][0],
             card_type=choice(["debit", "credit"], [0.68, 0.32]),
             preferred_language="en" if en else "zh", obu_model=None, account_status="application_incomplete",
             activated_at=None, cancelled_at=None)
    c["卡类型"] = {"debit": "借记卡", "credit": "信用卡"}[c["card_type"]]
    if seg in ("truck", "fleet"):
        c["card_type"], c["卡类型"] = "debit", "借记卡"
    return c


def lang_of(c):
    return c["preferred_language"]


def simulate_application(g: Gen, c, t0):
    """the 8-step application; returns the first-trip time or None."""
    seg, os_ = c["segment"], c["phone_os"]
    appch = "mini_program" if c["acquisition_channel"] in ("wechat_mini", "referral") or rng.random() < 0.25 else "app"
    dev = os_
    sess = g.sid("A")
    base = dict(sess=sess, device=dev, channel=appch)
    g.ev(c, t0, "tp_apply_start", action="start", **base)
    lang = lang_of(c)
    # ID verification
    if rng.random() > 0.87:
        return None
    t = t0 + D(minutes=float(rng.uniform(1, 30)))
    ok = False
    for att in range(1, 4):
        fail = rng.random() < 0.09
        if fail:
            r = pick_list(ID_FAIL)
            g.ev(c, t, "tp_id_verify", action="fail", attempt_no=att, fail_reason=r[0], 失败原因=r[1], **base)
            if rng.random() > 0.6:
                break
            t += D(minutes=float(rng.uniform(2, 600)))
        else:
            g.ev(c, t, "tp_id_verify", action="pass", attempt_no=att, **base)
            ok = True
            break
    if not ok:
        return None
    # vehicle verification
    if rng.random() > 0.95:
        return None
    t += D(minutes=float(rng.uniform(2, 120)))
    p_fail = {"private": 0.09, "ride_hailing": 0.14, "fleet": 0.12, "truck": 0.45}[seg]
    p_retry = 0.45 if seg == "truck" else 0.65
    ok = False
    for att in range(1, 4):
        if rng.random() < p_fail:
            r = pick_list(TRUCK_FAIL if seg == "truck" else VEH_FAIL)
            g.ev(c, t, "tp_vehicle_verify", action="fail", attempt_no=att, fail_reason=r[0], 失败原因=r[1], **base)
            if rng.random() > p_retry:
                if rng.random() < (0.35 if seg == "truck" else 0.15):
                    g.fb(t + D(hours=float(rng.uniform(1, 48))), "vehicle_verify", lang,
                         choice(["ticket", "call_note"]), c)
                break
            t += D(hours=float(rng.uniform(0.1, 48)))
        else:
            g.ev(c, t, "tp_vehicle_verify", action="pass", attempt_no=att, **base)
            ok = True
            break
    if not ok:
        return None
    # bank card binding
    if rng.random() > 0.96:
        return None
    t += D(minutes=float(rng.uniform(2, 240)))
    ok = False
    bank = c["bank"]
    complained = False
    for att in range(1, 4):
        outage = bank == "CCB" and CCB_OUTAGE[0] <= t <= CCB_OUTAGE[1]
        p = 0.9 if outage else 0.06
        if rng.random() < p:
            r = ("sms_code_timeout", "签约验证码超时") if outage else pick_list(BIND_FAIL)[:2]
            g.ev(c, t, "tp_bank_bind", action="fail", attempt_no=att, bank=bank, 银行=c["银行"],
                 card_type=c["card_type"], fail_reason=r[0], 失败原因=r[1], **base)
            if not complained and rng.random() < (0.3 if outage else 0.12):
                complained = True
                ch = choice(["app_review", "ticket", "call_note"], [0.4, 0.35, 0.25])
                g.fb(t + D(hours=float(rng.uniform(0.2, 30))), "bank_bind", lang, ch, c,
                     rating=neg_rating() if ch == "app_review" else None, bank=c["银行"])
            if rng.random() > (0.35 if outage else 0.7):
                break
            t += D(hours=float(rng.uniform(0.05, 30)))
        else:
            g.ev(c, t, "tp_bank_bind", action="success", attempt_no=att, bank=bank, 银行=c["银行"],
                 card_type=c["card_type"], **base)
            ok = True
            break
    if not ok:
        return None
    # the device order
    model = "ST-200" if rng.random() < (0.35 if t < datetime(2025, 7, 1) else 0.45) else "ST-100"
    c["obu_model"], c["设备型号"] = model, OBU[model][0]
    price = 0.0 if c["acquisition_channel"] == "bank_partner" else OBU[model][1]
    order_t = t + D(seconds=float(rng.uniform(5, 60)))
    c["account_status"] = "not_activated"
    if rng.random() < 0.03:  # cancelled before shipping
        g.order(c, order_t, "obu_device", price, "cancelled", obu_model=model, 设备型号=OBU[model][0],
                session_id=sess, channel=appch, device=dev, paid_at=None)
        return None
    carrier = pick(CARRIERS)
    ship_t = t + D(hours=float(rng.uniform(4, 40)))
    if ship_t.month == 2 and ship_t.year == 2026 and 12 <= ship_t.day <= 22:
        ship_t += D(days=float(rng.uniform(3, 7)))  # Spring Festival backlog
    days = float(rng.lognormal(np.log(CARRIERS[carrier][2]), 0.35))
    recv_t = ship_t + D(days=days)
    returned = rng.random() < 0.012
    g.order(c, order_t, "obu_device", price, "refunded" if returned else "paid", obu_model=model,
            设备型号=OBU[model][0], session_id=sess, channel=appch, device=dev, paid_at=fmt(order_t),
            carrier=carrier)
    tracking = f"{carrier.upper()}{int(rng.integers(10**9, 10**10))}"
    g.ev(c, ship_t, "tp_obu_ship", sess=sess, action="shipped", channel="logistics", carrier=carrier,
         快递公司=CARRIERS[carrier][0], obu_model=model, 设备型号=OBU[model][0], tracking_no=tracking)
    if returned:
        return None
    g.ev(c, recv_t, "tp_obu_receive", sess=sess, action="delivered", channel="logistics", carrier=carrier,
         快递公司=CARRIERS[carrier][0], obu_model=model, 设备型号=OBU[model][0], tracking_no=tracking,
         delivery_days=round(days, 2))
    if recv_t > END:
        return None
    if days > 4.5 and rng.random() < 0.12:
        g.fb(recv_t + D(hours=float(rng.uniform(1, 24))), "shipping", lang,
             choice(["app_review", "ticket"]), c, n=int(round(days)))
    # activation, with the A/B test on the video guide
    variant = None
    if AB_START <= recv_t <= AB_END:
        variant = "video_guide" if rng.random() < 0.5 else "control"
        g.exps.append(dict(experiment_id="activation_guide_2026", variant=variant, customer_id=c["customer_id"],
                           assigned_at=fmt(recv_t + D(minutes=float(rng.uniform(1, 120)))),
                           experiment_name="激活视频指引 Activation video guide", unit="customer"))
    if rng.random() > (0.975 if variant == "video_guide" else 0.95):
        return None
    t = recv_t + D(days=float(rng.exponential(1.3)) + 0.05)
    if model == "ST-200":
        pf = 0.30 if os_ == "android" else 0.13
    else:
        pf = 0.07
    if variant == "video_guide":
        pf *= 0.55
    act_ok, had_fail = False, False
    for att in range(1, 5):
        if rng.random() < pf:
            had_fail = True
            r = pick_list(ACT_FAIL)
            g.ev(c, t, "tp_obu_activate", action="fail", attempt_no=att, obu_model=model, 设备型号=OBU[model][0],
                 fail_reason=r[0], 失败原因=r[1], sess=sess, device=dev, channel="app")
            if rng.random() > 0.8:
                break
            t += D(hours=float(rng.uniform(0.1, 30)))
        else:
            g.ev(c, t, "tp_obu_activate", action="success", attempt_no=att, obu_model=model,
                 设备型号=OBU[model][0], sess=sess, device=dev, channel="app")
            act_ok = True
            break
    if had_fail and rng.random() < 0.25:
        g.fb(t + D(hours=float(rng.uniform(0.5, 24))), "activation", lang, "ticket", c, obu=model)
    if not act_ok:
        return None
    c["activated_at"] = fmt(t)
    c["account_status"] = "active"
    if t <= END and rng.random() < 0.33:  # in-app rating after activation
        if had_fail and rng.random() < 0.7:
            topic, r = "activation", neg_rating()
        elif days > 4.5 and rng.random() < 0.5:
            topic, r = "shipping", choice([2, 3], [0.6, 0.4])
        elif rng.random() < 0.04:
            topic, r = "app_crash", neg_rating()
        else:
            topic = choice(["praise_convenient", "praise_discount", "praise_service"], [0.6, 0.25, 0.15])
            r = pos_rating()
        g.fb(t + D(minutes=float(rng.uniform(2, 600))), topic, lang, "app_rating", c, rating=r, obu=model,
             n=int(round(days)))
    if rng.random() > 0.94:
        return None
    ft = t + D(days=float(rng.exponential(4.0)) + 0.1)
    hw = HIGHWAYS[c["region"]][int(rng.integers(len(HIGHWAYS[c["region"]])))]
    g.ev(c, ft, "tp_first_trip", sess=sess, action="pass", channel="etc_lane", highway=hw[0], 高速路段=hw[1])
    return ft if ft <= END else None


def dup_rate(prov, y, m):
    """duplicate-charge disputes per bill: grows from late 2025, worst in Zhejiang."""
    k = (y - 2025) * 12 + m  # 1 .. 18
    if k <= 9:
        base = 0.002
    else:
        base = 0.002 + 0.0024 * (k - 9)
    return base * (3.0 if prov == "zhejiang" else 1.0)


def simulate_account(g: Gen, c, ft: datetime):
    seg, prov, lang = c["segment"], c["region"], lang_of(c)
    act = datetime.strptime(c["activated_at"], "%Y-%m-%d %H:%M:%S")
    model = c["obu_model"]
    y, m = ft.year, ft.month
    p_trip = {"private": 0.8, "ride_hailing": 0.97, "truck": 0.95, "fleet": 0.93}[seg]
    trips_mu = {"private": 6, "ride_hailing": 28, "truck": 36, "fleet": 18}[seg]
    toll_mu = {"private": 38, "ride_hailing": 22, "truck": 95, "fleet": 48}[seg]
    pdebit = (0.085 if c["card_type"] == "debit" else 0.02) * (2.3 if seg == "ride_hailing" else 1.0)
    cancelled = False
    fault_open_until = None
    while True:
        bill_t = datetime(*next_month(y, m), 2) + D(hours=float(rng.uniform(1, 5)))
        if bill_t > END:
            break
        # faults happen during the month
        age_m = (y - act.year) * 12 + (m - act.month)
        pf = 0.004 if model == "ST-100" else (0.004 if age_m < 5 else 0.03)
        if rng.random() < pf and (fault_open_until is None or fault_open_until < month_start(y, m)):
            ft_t = month_start(y, m) + D(days=float(rng.uniform(0, 27)), hours=float(rng.uniform(7, 21)))
            fault_open_until = simulate_fault(g, c, ft_t, act, age_m)
        # cancellation
        pc = 0.004 + (0.01 if c.get("_bad_dispute") else 0.0)
        if rng.random() < pc:
            ct = month_start(y, m) + D(days=float(rng.uniform(0, 27)), hours=float(rng.uniform(8, 22)))
            if ct > ft:
                reason = "wrong_charges" if c.get("_bad_dispute") and rng.random() < 0.6 else \
                    choice(["sold_car", "switch_bank_etc", "rarely_use"], [0.5, 0.25, 0.25])
                g.ev(c, ct, "tp_cancel", action="submit", device=c["phone_os"], channel="app", cancel_reason=reason,
                     注销原因=CANCEL[reason])
                if ct <= END:
                    c["account_status"], c["cancelled_at"] = "closed", fmt(ct)
                    cancelled = True
                    break
        if rng.random() < p_trip:
            trips = int(rng.poisson(trips_mu * (1.6 if seg == "private" and (y, m) in HOLIDAY_MONTHS else 1.0))) + 1
            toll = float(np.sum(rng.lognormal(np.log(toll_mu), 0.5, trips)))
            amount = round(toll * 0.95, 2)
            simulate_bill(g, c, y, m, bill_t, trips, toll, amount, pdebit)
        y, m = next_month(y, m)
    if not cancelled and c["account_status"] == "active" and c.get("_arrears"):
        c["account_status"] = "in_arrears"


def simulate_bill(g: Gen, c, y, m, bill_t, trips, toll, amount, pdebit):
    lang = lang_of(c)
    sess = g.sid("B")
    bm = f"{y}-{m:02d}"
    common = dict(sess=sess, bill_month=bm)
    g.ev(c, bill_t, "tp_bill_issued", action="issued", channel="system", trip_count=trips,
         toll_amount=round(toll, 2), bill_amount=amount, **common)
    nt = bill_t + D(minutes=float(rng.uniform(5, 90)))
    g.ev(c, nt, "tp_bill_notice", action="sent", channel=choice(["push", "sms"], [0.6, 0.4]),
         bill_amount=amount, **common)
    viewed = rng.random() < 0.22
    if viewed:
        vt = nt + D(hours=float(rng.uniform(0.2, 60)))
        g.ev(c, vt, "tp_bill_view", action="view", device=c["phone_os"],
             channel="app" if rng.random() < 0.7 else "mini_program", **common)
    dt = datetime(bill_t.year, bill_t.month, 5) + D(hours=float(rng.uniform(9, 12)))
    g.ev(c, dt, "tp_debit", action="attempt", channel="bank", bank=c["bank"], 银行=c["银行"], card_type=c["card_type"],
         bill_amount=amount, **common)
    status, paid_via, paid_at = "paid", "auto_debit", None
    if rng.random() < pdebit:
        r = pick_list(DEBIT_FAIL)
        ft = dt + D(seconds=float(rng.uniform(3, 40)))
        g.ev(c, ft, "tp_debit_fail", action="fail", channel="bank", bank=c["bank"], 银行=c["银行"],
             card_type=c["card_type"], fail_reason=r[0], 失败原因=r[1], bill_amount=amount, **common)
        on = ft + D(hours=float(rng.uniform(0.5, 20)))
        g.ev(c, on, "tp_overdue_notice", action="sent", channel=choice(["sms", "phone_call"], [0.8, 0.2]),
             **common)
        p_rep = 0.86 if c["segment"] != "ride_hailing" else 0.78
        if rng.random() < p_rep:
            rt = on + D(days=float(rng.exponential(2.5)) + 0.02)
            if rt - on > D(days=28):
                rt = on + D(days=float(rng.uniform(10, 28)))
            g.ev(c, rt, "tp_repay", action="paid", device=c["phone_os"], channel="app",
                 repay_channel=choice(["wechat_pay", "alipay", "bank_card"], [0.5, 0.3, 0.2]),
                 bill_amount=amount, overdue_days=round((rt - ft).total_seconds() / 86400, 2), **common)
            ut = rt + D(hours=float(rng.lognormal(np.log(6), 0.9)))
            g.ev(c, ut, "tp_unblock", action="restored", channel="system", **common)
            paid_via, paid_at = "manual_repay", rt
            if rt > END:
                status, paid_via, paid_at = "unpaid", None, None
            if (rt - ft).days >= 3 and rng.random() < 0.25:
                g.fb(rt + D(hours=float(rng.uniform(1, 30))), "blacklist", lang, "call_note", c)
            if rng.random() < 0.3:
                g.ev(c, rt + D(minutes=float(rng.uniform(2, 60))), "tp_card_change", action="submit",
                     device=c["phone_os"], channel="app")
        else:
            status, paid_via = "unpaid", None
            c["_arrears"] = True
            if rng.random() < 0.2:
                g.fb(on + D(days=float(rng.uniform(1, 10))), "blacklist", lang, "call_note", c)
    else:
        ok_t = dt + D(seconds=float(rng.uniform(3, 40)))
        g.ev(c, ok_t, "tp_debit_ok", action="success", channel="bank", bank=c["bank"], 银行=c["银行"],
             card_type=c["card_type"], bill_amount=amount, **common)
        paid_at = ok_t
    g.order(c, bill_t, "toll_bill", amount, status, bill_month=bm, trip_count=trips, toll_amount=round(toll, 2),
            discount_amount=round(toll - amount, 2), paid_via=paid_via, paid_at=fmt(paid_at) if paid_at else None,
            session_id=sess, channel="auto_debit", bank=c["bank"], 银行=c["银行"])
    # disputes (filed after looking at the bill details)
    seg, prov = c["segment"], c["region"]
    rates = {"duplicate_charge": dup_rate(prov, y, m),
             "max_toll": 0.006 * (1.5 if seg in ("truck", "ride_hailing") else 1.0),
             "wrong_class": 0.025 if seg == "truck" else 0.002,
             "holiday_free": 0.035 if (y, m) in HOLIDAY_MONTHS and seg == "private" else 0.0,
             "not_travelled": 0.003}
    for reason, p in rates.items():
        if rng.random() < p * min(1.0, trips / 5 + 0.5):
            simulate_dispute(g, c, nt, viewed, sess, bm, reason, amount)
            break


def simulate_dispute(g: Gen, c, nt, viewed, bsess, bm, reason, amount):
    lang = lang_of(c)
    vt = nt + D(hours=float(rng.uniform(1, 72)))
    if not viewed:
        g.ev(c, vt, "tp_bill_view", sess=bsess, action="view", device=c["phone_os"], channel="app", bill_month=bm)
    st = vt + D(minutes=float(rng.uniform(3, 180)))
    sess = g.sid("D")
    hw = HIGHWAYS[c["region"]][int(rng.integers(len(HIGHWAYS[c["region"]])))]
    if reason == "duplicate_charge" and c["region"] == "zhejiang" and rng.random() < 0.65:
        hw = ("G60", "G60沪昆高速")
    damt = {"duplicate_charge": float(rng.uniform(15, 90)), "max_toll": float(rng.uniform(80, 420)),
            "wrong_class": float(rng.uniform(20, 150)), "holiday_free": float(rng.uniform(30, 200)),
            "not_travelled": float(rng.uniform(20, 120))}[reason]
    damt = round(min(damt, amount), 2) if amount > 5 else round(damt, 2)
    common = dict(sess=sess, bill_month=bm, dispute_reason=reason, 争议原因=DISPUTES[reason][0], highway=hw[0],
                  高速路段=hw[1])
    chan = "app" if rng.random() < 0.75 else "hotline"
    g.ev(c, st, "tp_dispute_submit", action="submit", device=c["phone_os"] if chan == "app" else None, channel=chan,
         dispute_amount=damt, **common)
    if rng.random() < 0.55:
        fch = choice(["ticket", "call_note", "weibo"], [0.55, 0.3, 0.15])
        topic = {"duplicate_charge": "double_charge"}.get(reason, reason)
        if fch == "weibo":
            g.fb(st + D(hours=float(rng.uniform(0.5, 48))), topic, lang, "weibo", None, undated=rng.random() < 0.4,
                 hw=hw[1], amt=int(damt))
        else:
            g.fb(st + D(minutes=float(rng.uniform(5, 300))), topic, lang, fch, c, hw=hw[1], amt=int(damt))
    if rng.random() < 0.03:  # withdrawn
        return
    rv = st + D(hours=float(rng.uniform(4, 60)))
    g.ev(c, rv, "tp_dispute_review", action="review", channel="road_operator", **common)
    med = DISPUTES[reason][1] * (1.4 if c["region"] == "henan" else 1.0)
    dd = float(rng.lognormal(np.log(med), 0.4))
    dt = st + D(days=max(dd, (rv - st).total_seconds() / 86400 + 0.2))
    upheld = rng.random() < DISPUTES[reason][2]
    g.ev(c, dt, "tp_dispute_resolved", action="upheld" if upheld else "rejected", channel="customer_service",
         result="upheld" if upheld else "rejected", 处理结果="支持" if upheld else "驳回", **common)
    if (dt - st).days >= 10 and rng.random() < 0.35:
        g.fb(dt - D(days=float(rng.uniform(0.5, 3))), "dispute_slow", lang,
             choice(["call_note", "hotline_12328"], [0.6, 0.4]), c, n=int((dt - st).days))
    if not upheld:
        if reason == "duplicate_charge" or rng.random() < 0.3:
            c["_bad_dispute"] = True
        return
    rt = dt + D(days=float(rng.uniform(0.5, 3.5)))
    refund = round(damt * (DISPUTES[reason][3] if reason != "max_toll" else float(rng.uniform(0.5, 0.9))), 2)
    g.ev(c, rt, "tp_dispute_refund", action="refunded", channel="bank", refund_amount=refund, **common)
    if dt <= END and rng.random() < 0.05:
        g.fb(dt + D(hours=float(rng.uniform(1, 48))), "praise_service", lang, "call_note", c)


def simulate_fault(g: Gen, c, t, act, age_m):
    lang = lang_of(c)
    model = c["obu_model"]
    if model == "ST-200" and age_m >= 5:
        ftype = choice(["battery", "no_response", "tamper", "card_error"], [0.75, 0.1, 0.1, 0.05])
    else:
        ftype = choice(["battery", "no_response", "tamper", "card_error"], [0.1, 0.35, 0.35, 0.2])
    sess = g.sid("R")
    common = dict(sess=sess, obu_model=model, 设备型号=OBU[model][0], fault_type=ftype, 故障类型=FAULTS[ftype])
    g.ev(c, t, "tp_device_fault", action="report", device=c["phone_os"], channel="app", **common)
    if rng.random() < 0.35:
        ch = choice(["ticket", "app_review"], [0.6, 0.4])
        g.fb(t + D(hours=float(rng.uniform(0.5, 30))), "device_fault", lang, ch, c,
             rating=neg_rating() if ch == "app_review" else None, obu=model)
    if rng.random() > 0.88:
        return t + D(days=30)
    at = t + D(hours=float(rng.uniform(0.2, 72)))
    warranty = (t - act).days <= 365 and ftype != "tamper"
    fee = 0.0 if warranty else (69.0 if ftype == "tamper" else 49.0)
    g.ev(c, at, "tp_replace_apply", action="submit", device=c["phone_os"], channel="app", in_warranty=warranty,
         fee=fee, **common)
    if fee > 0:
        g.order(c, at + D(seconds=30), "replacement_fee", fee, "paid", session_id=sess, obu_model=model,
                设备型号=OBU[model][0], fault_type=ftype, paid_at=fmt(at + D(seconds=30)), channel="app")
    carrier = pick(CARRIERS)
    st = at + D(hours=float(rng.uniform(6, 60)))
    g.ev(c, st, "tp_replace_ship", action="shipped", channel="logistics", carrier=carrier,
         快递公司=CARRIERS[carrier][0], **common)
    if rng.random() > 0.93:
        return st + D(days=20)
    days = float(rng.lognormal(np.log(CARRIERS[carrier][2]), 0.35))
    vt = st + D(days=days + float(rng.exponential(1.2)))
    g.ev(c, vt, "tp_replace_activate", action="success", device=c["phone_os"], channel="app", **common)
    return vt


def background_feedback(g: Gen, custs_active):
    """app-store reviews, weibo posts, quarterly NPS surveys not tied to one journey event."""
    y, m = 2025, 1
    while (y, m) <= (2026, 6):
        k = (y - 2025) * 12 + m
        ms = month_start(y, m)
        # app store reviews
        for _ in range(int(rng.poisson(22 + k))):
            t = ms + D(days=float(rng.uniform(0, 28)), hours=float(rng.uniform(0, 23)))
            topic = choice(["praise_convenient", "praise_discount", "bill_confusing", "app_crash", "activation",
                                    "shipping"], [0.34, 0.12, 0.2, 0.14, 0.12, 0.08])
            r = neg_rating() if topic in NEGATIVE else pos_rating()
            lang = "en" if rng.random() < 0.2 else "zh"
            c = custs_active[int(rng.integers(len(custs_active)))] if rng.random() < 0.3 and custs_active else None
            if c is not None:
                lang = lang_of(c)
            g.fb(t, topic, lang, "app_review", c, rating=r, undated=rng.random() < 0.15)
        # weibo: duplicate charges grow (the 无感支付 rollout), holiday charges spike
        n_dup = int(rng.poisson(max(0.5, 1.2 * (k - 8)) if k > 8 else 0.6))
        for _ in range(n_dup):
            t = ms + D(days=float(rng.uniform(0, 28)), hours=float(rng.uniform(0, 23)))
            g.fb(t, "double_charge", "zh", "weibo", None, undated=rng.random() < 0.4,
                 hw=choice(["G60沪昆高速", "G92杭州湾环线", "G2京沪高速"], [0.6, 0.25, 0.15]))
        if (y, m) in {(2025, 10), (2026, 2), (2026, 3), (2025, 11)}:
            for _ in range(int(rng.poisson(6))):
                t = ms + D(days=float(rng.uniform(0, 20)), hours=float(rng.uniform(0, 23)))
                g.fb(t, "holiday_free", "zh", "weibo", None, undated=rng.random() < 0.4)
        for _ in range(int(rng.poisson(4))):
            t = ms + D(days=float(rng.uniform(0, 28)), hours=float(rng.uniform(0, 23)))
            g.fb(t, choice(["praise_convenient", "bill_confusing", "max_toll"]), "zh", "weibo", None,
                 undated=rng.random() < 0.4)
        # quarterly NPS survey in the last month of each quarter
        if m in (3, 6, 9, 12) and custs_active:
            act = [c for c in custs_active if c["activated_at"] and c["activated_at"] < fmt(ms)
                   and (c["cancelled_at"] is None or c["cancelled_at"] > fmt(ms))]
            n = int(len(act) * 0.07)
            idx = rng.choice(len(act), size=min(n, len(act)), replace=False) if act else []
            for i in idx:
                c = act[int(i)]
                t = ms + D(days=float(rng.uniform(5, 25)), hours=float(rng.uniform(8, 22)))
                bad = c.get("_bad_dispute") or c.get("_arrears")
                if bad:
                    topic = choice(["double_charge", "blacklist", "bill_confusing"], [0.5, 0.2, 0.3])
                    nps = choice([0, 1, 2, 3, 4, 5, 6], [0.15, 0.1, 0.15, 0.2, 0.15, 0.15, 0.1])
                else:
                    r = rng.random()
                    if r < 0.62:
                        topic = str(rng.choice(["praise_convenient", "praise_discount", "praise_service"],
                                               p=[0.6, 0.3, 0.1]))
                        nps = choice([7, 8, 9, 10], [0.15, 0.25, 0.3, 0.3])
                    else:
                        topic = choice(["bill_confusing", "app_crash", "max_toll"], [0.55, 0.2, 0.25])
                        nps = choice([3, 4, 5, 6, 7, 8], [0.1, 0.15, 0.2, 0.25, 0.2, 0.1])
                if (y, m) >= (2026, 3) and rng.random() < 0.12 and c["region"] == "zhejiang":
                    topic, nps = "double_charge", choice([2, 3, 4, 5])
                g.fb(t, topic, lang_of(c), "survey", c, nps=nps)
        y, m = next_month(y, m)


def write(path: Path, rows, cols=None):
    if cols is None:
        cols = []
        for r in rows:
            for k in r:
                if k not in cols:
                    cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        w.writerows([[r.get(k) for k in cols] for r in rows])  # None is written as an empty field


def main(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    g = Gen()
    idx = 0
    active = []
    for (y, m), n in monthly_applicants():
        last = (datetime(*next_month(y, m), 1) - month_start(y, m)).days
        for _ in range(n):
            idx += 1
            t0 = month_start(y, m) + D(days=float(rng.uniform(0, last)))
            t0 = t0.replace(hour=0, minute=0, second=0, microsecond=0) + D(hours=float(rng.uniform(7, 23.9)))
            c = make_customer(g, idx, t0)
            g.customers.append(c)
            ft = simulate_application(g, c, t0)
            if ft is not None:
                simulate_account(g, c, ft)
                active.append(c)
    background_feedback(g, active)
    # a tracker re-sends a few events (exact duplicates)
    dups = [dict(g.events[int(i)]) for i in rng.choice(len(g.events), size=22, replace=False)]
    g.events.extend(dups)
    g.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    g.orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write(out / "touchpoints.csv", tps)
    js = []
    for jid, zh, en, win, steps in JOURNEYS:
        for i, tp in enumerate(steps, 1):
            js.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=i,
                           touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", js)
    ccols = ["customer_id", "signup_at", "segment", "客户类型", "region", "省份", "acquisition_channel", "获客渠道",
             "vehicle_type", "车辆类型", "plate_prefix", "phone_os", "age_band", "gender", "bank", "银行", "card_type",
             "卡类型", "obu_model", "设备型号", "preferred_language", "account_status", "activated_at", "cancelled_at"]
    write(out / "customers.csv", g.customers, ccols)
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
             "app_version", "province", "省份", "vehicle_type", "attempt_no", "fail_reason", "失败原因", "bank", "银行",
             "card_type", "obu_model", "设备型号", "carrier", "快递公司", "tracking_no", "delivery_days", "bill_month",
             "trip_count", "toll_amount", "bill_amount", "repay_channel", "overdue_days", "dispute_reason", "争议原因",
             "highway", "高速路段", "dispute_amount", "result", "处理结果", "refund_amount", "fault_type", "故障类型",
             "in_warranty", "fee", "cancel_reason", "注销原因"]
    write(out / "events.csv", g.events, ecols)
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "order_type", "订单类型", "channel", "device",
             "session_id", "province", "省份", "segment", "obu_model", "设备型号", "carrier", "bill_month", "trip_count",
             "toll_amount", "discount_amount", "paid_via", "paid_at", "bank", "银行", "fault_type", "currency"]
    write(out / "orders.csv", g.orders, ocols)
    fcols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
             "province", "省份", "obu_model", "device", "reply_status"]
    write(out / "feedback.csv", g.feedback, fcols)
    write(out / "experiments.csv", g.exps, ["experiment_id", "variant", "customer_id", "assigned_at",
                                            "experiment_name", "unit"])
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", g.truth)
    print(f"customers {len(g.customers)} events {len(g.events)} orders {len(g.orders)} feedback {len(g.feedback)} "
          f"experiments {len(g.exps)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
