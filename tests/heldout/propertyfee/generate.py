"""嘉园物业 JiaYuan Property Services: residential estates, fee bills, reminders, repairs and complaints
(synthetic, written blind).

A property-management company (物业公司) running seven housing estates (小区) in Suzhou and Wuxi. Owners (业主) move
in (入伙, a developer handover at the new Xinghe Bay estate or a resale transfer elsewhere), bind their flat in the
嘉园生活 app or WeChat mini program (房屋认证: submit documents, the front office approves or rejects), then get
property-fee bills every month or once a year (年缴, 5 % off when paid in January). Bills reach them by app push,
mini-program message, SMS or a paper slip under the door; unpaid bills get reminders (day 15 push / SMS / door notice,
day 35 a phone call, day 65 a door visit by the steward) and become arrears after 90 days. Payment goes through the
app, the mini program, the front desk or bank withholding. Owners report repairs (报修 → 派单 → 师傅上门 → 维修完成 →
评价) and complain (noise, parking, lifts, cleaning, fees, rude collection calls ...); car owners renew a quarterly
parking pass. Feedback comes from repair ratings, complaint tickets, hotline call notes, the annual satisfaction
survey (Nov 2025, a quarter of it on paper), app store reviews and posts in the owners' WeChat groups.
Data 2025-01-01 .. 2026-06-30 (the extract was taken in early July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261206
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
OUTSOURCE_CALLS = datetime(2025, 10, 1)            # day-35 collection calls outsourced to Xinda Collections
OUTSOURCE_REPAIR = datetime(2025, 7, 1)            # Jinxiu Huating + Canal New Village repairs -> QuickFix
GATEWAY = (datetime(2025, 11, 3), datetime(2025, 11, 25))   # mini-program payment gateway migration
CNY = (datetime(2026, 2, 1), datetime(2026, 3, 1))           # Spring Festival: technicians on leave
AB = (datetime(2026, 1, 1), datetime(2026, 4, 1))            # SMS reminder with a pay link, Q1 2026
APP_VERSIONS = [(datetime(2024, 1, 1), "3.8.2"), (datetime(2025, 4, 8), "3.9.0"), (datetime(2025, 10, 20), "4.0.0"),
                (datetime(2026, 3, 16), "4.1.1")]

ESTATES = {  # id: en, zh, city, 城市, households, built, fee CNY/m2/month, lifts, area range, parking pass / quarter
    "E01": ("Jinhu Garden", "金湖花园", "Suzhou", "苏州", 420, 2008, 1.8, True, (78, 126), 450),
    "E02": ("Cuizhu Court", "翠竹苑", "Suzhou", "苏州", 360, 2014, 2.2, True, (85, 135), 480),
    "E03": ("Maple Residence", "枫林雅居", "Suzhou", "苏州", 320, 2017, 2.6, True, (90, 150), 540),
    "E04": ("Xinghe Bay", "星河湾", "Suzhou", "苏州", 300, 2025, 3.0, True, (95, 140), 600),
    "E05": ("Taihu Mansion", "太湖名邸", "Wuxi", "无锡", 180, 2019, 4.8, True, (150, 260), 900),
    "E06": ("Jinxiu Huating", "锦绣华庭", "Wuxi", "无锡", 360, 2012, 2.0, True, (80, 130), 420),
    "E07": ("Canal New Village", "运河新村", "Wuxi", "无锡", 400, 2003, 1.2, False, (50, 86), 300),
}
TEAMS = {"T1": ("Suzhou Team 1", "苏州工程一班"), "T2": ("Suzhou Team 2", "苏州工程二班"),
         "T3": ("Wuxi Team", "无锡工程班"), "T4": ("QuickFix (outsourced)", "快修帮（外包）"),
         "T5": ("Aoli Lift Service", "奥立电梯维保")}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_move_in", "入伙办理", "Move-in handover", "purchase", "store", "physical", "客服中心",
     "入伙|交房|收房|过户入住|办理入住|move-in|handover|moving in|key handover"),
    ("tp_app_bind", "提交房屋认证", "Home verification submitted", "purchase", "app", "digital", "客服中心",
     "房屋认证|绑定房屋|绑房|认证房屋|app绑定|bind flat|verify home|home binding|app binding"),
    ("tp_bind_approved", "认证审核通过", "Verification approved", "purchase", "app", "digital", "客服中心",
     "审核通过|认证通过|绑定成功|verification approved|binding approved|verified"),
    ("tp_bill_issued", "账单出账", "Bill issued", "purchase", "other", "digital", "财务部",
     "出账|账单|缴费通知|物业费账单|bill|bill issued|fee notice|invoice issued"),
    ("tp_bill_view", "查看账单", "Bill viewed", "purchase", "app", "digital", "财务部",
     "看账单|查账单|账单详情|view bill|open bill"),
    ("tp_payment", "缴纳物业费", "Fee payment", "purchase", "app", "digital", "财务部",
     "缴费|交物业费|付物业费|支付|交费|代扣|pay|payment|pay fees|fee payment"),
    ("tp_reminder", "催缴提醒", "Payment reminder", "service", "phone", "digital", "财务部",
     "催缴|催费|催缴电话|欠费提醒|缴费提醒|reminder|dunning|collection call|payment reminder"),
    ("tp_arrears", "欠费逾期", "Arrears (90+ days overdue)", "service", "other", "digital", "财务部",
     "欠费|拖欠|逾期|欠缴|arrears|overdue|delinquent|unpaid 90 days"),
    ("tp_parking", "停车月卡续费", "Parking pass renewal", "loyalty", "app", "physical", "秩序部",
     "停车|车位|月卡|停车费|车库|道闸|parking|parking pass|car park|parking space"),
    ("tp_repair_request", "报修", "Repair request", "service", "app", "digital", "工程部",
     "报修|维修申请|报事|repair request|report a repair|maintenance request|fix request"),
    ("tp_dispatch", "派单", "Work order dispatched", "service", "other", "digital", "工程部",
     "派单|派工|接单|dispatch|work order|assign technician"),
    ("tp_repair_visit", "师傅上门", "Technician visit", "service", "other", "physical", "工程部",
     "上门|师傅上门|维修上门|technician visit|on-site visit|repairman"),
    ("tp_repair_done", "维修完成", "Repair completed", "service", "other", "physical", "工程部",
     "修好|维修完成|完工|repair done|repair completed|fixed"),
    ("tp_repair_rating", "维修评价", "Repair rating", "loyalty", "app", "digital", "品质部",
     "评价|打分|维修评价|五星|rating|review|repair rating|stars"),
    ("tp_complaint", "投诉受理", "Complaint logged", "service", "phone", "digital", "客服中心",
     "投诉|客诉|12345|热线投诉|complaint|grievance|file a complaint"),
    ("tp_complaint_reply", "投诉首次回复", "Complaint first response", "service", "phone", "digital", "客服中心",
     "回复|首次响应|回电|first response|reply|call back"),
    ("tp_complaint_closed", "投诉办结", "Complaint closed", "service", "phone", "digital", "客服中心",
     "办结|结案|关单|closed|resolved|complaint closed"),
    ("tp_lift", "电梯", "Lifts", "service", "other", "physical", "工程部",
     "电梯|困人|电梯故障|lift|elevator|lifts"),
    ("tp_public_area", "公区保洁", "Cleaning & common areas", "service", "other", "physical", "环境部",
     "保洁|卫生|垃圾清运|楼道|绿化|cleaning|rubbish|common areas|hallway"),
    ("tp_gate", "门岗与门禁", "Gate & access control", "service", "other", "physical", "秩序部",
     "门禁|门岗|保安|安保|gate|security|access control|guard"),
    ("tp_app", "嘉园生活APP", "JiaYuan Life app", "loyalty", "app", "digital", "数字化部",
     "APP|嘉园生活|小程序|app|mobile app|JiaYuan Life"),
    ("tp_survey", "年度满意度调查", "Annual satisfaction survey", "loyalty", "other", "digital", "品质部",
     "满意度调查|问卷|满意度|survey|satisfaction survey|questionnaire"),
]

JOURNEYS = [  # id, zh, en, steps, window days
    ("onboarding", "入伙开通", "Move-in onboarding", ["tp_move_in", "tp_app_bind", "tp_bind_approved"], 14),
    ("fee_payment", "账单缴费", "Bill to payment", ["tp_bill_issued", "tp_payment"], 30),
    ("collection", "催缴回款", "Reminder to payment", ["tp_reminder", "tp_payment"], 15),
    ("repair", "报修处理", "Repair handling", ["tp_repair_request", "tp_dispatch", "tp_repair_visit",
                                            "tp_repair_done"], 3),
    ("complaint", "投诉处理", "Complaint handling", ["tp_complaint", "tp_complaint_reply", "tp_complaint_closed"], 7),
]

CAT = {  # repair category: zh, base weight
    "plumbing": ("水管下水", 0.30), "electrical": ("电路", 0.18), "doors_windows": ("门窗", 0.14),
    "leak": ("渗漏", 0.14), "common_area": ("公区设施", 0.10), "access_control": ("门禁对讲", 0.06),
    "lift": ("电梯", 0.08)}
COMPLAINT = {  # type: zh, base weight
    "noise": ("噪音", 0.22), "parking": ("停车", 0.15), "lift": ("电梯", 0.08), "cleaning": ("保洁卫生", 0.18),
    "fee": ("收费", 0.10), "security": ("安保门禁", 0.09), "pets": ("宠物", 0.08)}
COMPLAINT_ZH = {**{k: v[0] for k, v in COMPLAINT.items()}, "dunning": "催缴方式"}
FAIL_ZH = {"insufficient_balance": "余额不足", "card_limit": "银行卡限额", "timeout": "支付超时",
           "gateway_error": "支付通道异常"}
METHOD_ZH = {"wechat_pay": "微信支付", "alipay": "支付宝", "bank_card": "银行卡", "cash": "现金",
             "bank_withhold": "银行代扣"}
REJECT_ZH = {"blurry_photo": "证件照片不清晰", "unit_mismatch": "房号信息不符", "not_owner": "非产权人本人"}
OCC_ZH = {"owner_occupied": "自住", "rented": "出租", "vacant": "空置"}
ACQ_ZH = {"developer_handover": "开发商交房", "resale": "二手房过户", "tenant": "租户登记"}

# ---------------------------------------------------------------- feedback texts (topic -> zh / en variants)
TEXTS = {
    "lift": (["{b}栋电梯这个月已经停了三次了，老人上下楼太难了", "电梯又困人了，按了半天应急按钮才有人回应",
              "电梯运行时异响很大，坐着心里发毛，什么时候大修？", "电梯停运维保也不提前通知，抱着孩子爬了十几层",
              "电梯老化严重，维修基金什么时候能用起来", "早高峰只有一部电梯能用，等了十几分钟"],
             ["The lift in building {b} has broken down three times this month.",
              "Got stuck in the elevator again, took 20 minutes for anyone to answer the alarm.",
              "The lifts are old and shake badly, when will they be replaced?",
              "Only one lift working in the morning rush, waited over ten minutes."]),
    "parking": (["小区车位根本不够，晚上回来只能停在消防通道", "外来车辆随便进出，业主反而没地方停车",
                 "停车月卡涨价了也没提前说一声", "道闸车牌识别老是失灵，每次停车都要排队等人工抬杆",
                 "地下车库的车位被人长期占用，物业不管", "车位线都看不清了，停车经常被剐蹭"],
                ["There are not enough parking spaces, people park on the fire lane every night.",
                 "Outside cars use our parking for free while owners can't find a spot.",
                 "The plate recognition at the parking barrier keeps failing.",
                 "Someone has been using my parking space for weeks."]),
    "noise": (["楼上装修噪音从早上七点就开始了，周末也不停", "隔壁装修电钻声太吵了，规定的施工时间根本没人管",
               "晚上广场舞音响太吵，孩子没法写作业", "楼下商铺半夜搬货噪音很大", "楼上每天深夜拖椅子，噪音反映了好几次"],
              ["Renovation noise from upstairs starts at 7am, even on weekends.",
               "The drilling next door is so noisy, nobody enforces the work hours.",
               "Square dancing music every evening, the noise is unbearable."]),
    "cleaning": (["垃圾桶满了两天都没人清运，味道很大", "楼道好几天没保洁了，地上全是灰", "保洁阿姨只扫表面，角落里垃圾一堆",
                  "装修垃圾堆在楼下一个星期没人清", "地下车库保洁太差了，到处是油污"],
                 ["The rubbish bins haven't been emptied for two days and it stinks.",
                  "Stairwell cleaning has clearly stopped, dust everywhere.",
                  "Renovation rubbish has been left downstairs for a week."]),
    "dunning": (["催缴电话一天打了五六个，还是上班时间，太骚扰了", "催费的人说话很难听，还威胁说要起诉我",
                 "我物业费只晚了几天，催缴的电话就不停地打", "外包的催费公司态度恶劣，我要投诉",
                 "催缴人员直接打到我单位去了，太过分了", "已经交过了还在打催缴电话，系统不同步吗"],
                ["The debt collector called me five times in one day, this is harassment.",
                 "Rude collection calls over a bill that was only a week late.",
                 "Your collector threatened to sue me, very aggressive.",
                 "I already paid and still get collection calls."]),
    "fee": (["物业费太贵了，服务却一年不如一年", "物业费太高，和隔壁小区比贵了一截", "收费不透明，公摊水电费每个月都不一样也没明细",
             "公摊费用怎么算的从来不公示", "物业费太贵，绿化也没见维护"],
            ["The service charge is too high for what we get.",
             "Fees are not transparent at all, we never see what we pay for.",
             "Common-area electricity charges are a mystery, please be transparent."]),
    "payment_fail": (["小程序交物业费一直提示支付失败，试了好几次", "交物业费扣了两次钱，到现在还没退",
                      "微信支付显示扣款失败但钱已经扣了", "重复扣款，客服说要等三到五个工作日", "代扣扣款失败也没通知我，结果被算成欠费"],
                     ["Payment failed three times in the mini program.", "I was charged twice for the same bill!",
                      "The payment keeps failing with a gateway error."]),
    "binding": (["房屋认证提交了三天还没审核通过", "上传了房产证还是认证不通过，理由都不写清楚", "绑定房屋一直显示审核中",
                 "认证被驳回说照片不清晰，明明很清楚", "家里老人不会用APP绑定房屋，只能跑前台"],
                ["Verification of my flat has been pending for a week.",
                 "My verification was rejected twice for a 'blurry photo'.",
                 "Can't verify my unit in the app, the form keeps resetting."]),
    "repair_slow": (["报修都两天了还没上门，到底有没有人管", "下午报的修，第二天晚上都没人来", "节假日报修没人来，水管一直滴水",
                     "维修拖了三天，师傅一直说在忙"],
                    ["Reported a leak two days ago and no one came.",
                     "Still waiting for the technician, this is the third day.",
                     "The repair took ages, the technician kept postponing."]),
    "repair_praise": (["师傅很专业，很快就找到问题了", "维修师傅耐心细致，还帮忙收拾干净了", "上门准时，师傅很专业，点赞",
                       "师傅耐心解释了原因，下次还找他"],
                      ["The technician was very professional and quick.", "Very patient technician, explained everything."]),
    "repair_poor": (["修完第二天又漏了，等于没修好", "师傅来了说没配件，白跑一趟", "修了两次还是修不好",
                     "外包的师傅水平太差，没修好还把墙弄脏了"],
                    ["The tap is still broken after the visit.", "Technician came without parts, problem not fixed."]),
    "security": (["门禁坏了一个星期，谁都能进来", "保安晚上经常不在岗", "外来人员随便进小区发广告也没人拦"],
                 ["The access card reader is broken, anyone can walk in.", "Security guards are never there at night."]),
    "pets": (["草坪上到处是狗屎，遛狗不拴绳", "楼上的狗整夜叫", "宠物在楼道里便溺没人管"],
             ["Dog owners never clean up after their dogs on the lawn."]),
    "invoice": (["询问物业费电子发票怎么开", "要求补开去年的发票", "咨询年缴的发票抬头能不能改"],
                ["Asked how to get an invoice for the annual fee."]),
    "app_slow": (["APP经常闪退，打开账单页面就卡顿", "更新后卡顿严重，点半天没反应"],
                 ["App crashes every time I open the bill page.", "Laggy after the last update."]),
    "pay_easy": (["在APP上交物业费很方便，一分钟搞定", "缴费很方便，还能开电子票据"],
                 ["Paying the fee in the app is really convenient."]),
    "steward_praise": (["我们楼的管家很负责，有事随叫随到", "管家服务热情，节日活动办得好"],
                       ["Our housekeeper is always responsive and kind."]),
    "generic_pos": (["服务不错，满意", "很满意，辛苦了", "挺好的，点赞", "维修及时，满意"],
                    ["Great service, thank you.", "Quick and tidy, thanks."]),
    "generic_neu": (["还行吧", "一般般", "凑合"], ["It was okay.", "Average."]),
}
SENT = {"repair_praise": "positive", "pay_easy": "positive", "steward_praise": "positive", "generic_pos": "positive",
        "invoice": "neutral", "generic_neu": "neutral"}
TOPIC_TP = {"lift": "tp_lift", "parking": "tp_parking", "noise": "tp_complaint", "cleaning": "tp_public_area",
            "dunning": "tp_reminder", "fee": "tp_bill_issued", "payment_fail": "tp_payment", "binding": "tp_app_bind",
            "repair_slow": "tp_repair_visit", "repair_praise": "tp_repair_visit", "repair_poor": "tp_repair_done",
            "security": "tp_gate", "pets": "tp_complaint", "invoice": "tp_bill_issued", "app_slow": "tp_app",
            "pay_easy": "tp_payment", "steward_praise": "tp_survey", "generic_pos": "tp_repair_rating",
            "generic_neu": "tp_repair_rating"}


def r() -> float:
    return float(rng.random())


def choice(items, p=None):
    if p is not None:
        p = np.asarray(p, dtype=float)
        p = p / p.sum()
    return items[int(rng.choice(len(items), p=p))]


def sigmoid(x):
    return 1 / (1 + math.exp(-x))


def logit(p):
    return math.log(p / (1 - p))


def app_version(ts):
    v = APP_VERSIONS[0][1]
    for t, name in APP_VERSIONS:
        if ts >= t:
            v = name
    return v


def month_starts():
    out, y, m = [], 2025, 1
    while (y, m) <= (2026, 6):
        out.append(datetime(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def daytime(day: datetime, lo=8.0, hi=21.0):
    return day.replace(hour=0, minute=0, second=0) + D(hours=lo + r() * (hi - lo))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.customers, self.exp = [], [], [], [], [], []
        self.n_bill = self.n_order = self.n_rep = self.n_cmp = 0
        self.ab_assigned = set()

    # ------------------------------------------------------------ helpers
    def ev(self, h, ts, tp, session, action, channel, device=None, **extra):
        if ts > END or ts < START:
            return False
        row = dict(customer_id=h["cid"], ts=ts, touchpoint_id=tp, session_id=session, action=action,
                   device=device, channel=channel, estate_id=h["estate_id"], estate=h["estate"], 小区=h["小区"])
        row.update(extra)
        self.events.append(row)
        return True

    def order(self, h, ts, amount, status, channel, device, otype, **extra):
        self.n_order += 1
        oid = f"PO{self.n_order:06d}"
        row = dict(order_id=oid, customer_id=h["cid"], ts=ts, amount=round(amount, 2), status=status,
                   channel=channel, device=device, order_type=otype,
                   费用类型={"property_fee": "物业费", "parking_fee": "停车费", "repair_charge": "有偿维修"}[otype],
                   estate_id=h["estate_id"], estate=h["estate"], 小区=h["小区"])
        row.update(extra)
        self.orders.append(row)
        return oid

    def fb(self, h, ts, topic, channel, tp=None, rating=None, nps=None, prefix=True, anon=False, **extra):
        lang = "en" if (h is not None and h["lang"] == "en") else "zh"
        zh, en = TEXTS[topic]
        b = h["building"] if h is not None else int(rng.integers(1, 20))
        text = choice(en if lang == "en" else zh).format(b=b)
        if prefix and h is not None and r() < 0.3:
            text = (f"{h['小区']}{b}栋业主：" if lang == "zh" else f"Owner, building {b}: ") + text
        if channel == "call_note":
            text = ("来电：" if lang == "zh" else "Caller: ") + text
        fid = f"FB{len(self.feedback) + 1:05d}"
        row = dict(feedback_id=fid, text=text, ts=ts, customer_id=None if anon or h is None else h["cid"],
                   touchpoint_id=tp or TOPIC_TP[topic], channel=channel, rating=rating, nps=nps, language=lang,
                   estate_id=h["estate_id"] if h is not None else extra.pop("estate_id", None),
                   estate=h["estate"] if h is not None else None,
                   小区=h["小区"] if h is not None else extra.pop("小区", None),
                   city=h["city"] if h is not None else extra.pop("city", None))
        row.update(extra)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT.get(topic, "negative")))

    # ------------------------------------------------------------ households
    def households(self):
        hh, idx = [], 0
        for eid, (en, zh, city, city_zh, n, built, rate, lifts, (a0, a1), park) in ESTATES.items():
            for i in range(n):
                idx += 1
                h = dict(cid=f"C{idx:05d}", estate_id=eid, estate=en, 小区=zh, city=city, 城市=city_zh,
                         building=int(rng.integers(1, 16 if eid != "E05" else 9)), rate=rate, lifts=lifts)
                h["unit"] = f"{h['building']}-{int(rng.integers(1, 4))}-{int(rng.integers(1, 28 if lifts else 7)):02d}" \
                            f"{int(rng.integers(1, 5)):02d}"
                h["area"] = round(float(rng.uniform(a0, a1)), 1)
                # who, since when
                if eid == "E04":
                    span = (datetime(2026, 3, 31) - datetime(2025, 9, 6)).days
                    day = int(min(span, rng.exponential(45)))
                    h["move_in"] = datetime(2025, 9, 6) + D(days=day)
                    h["acq"] = "developer_handover"
                elif r() < 0.075:
                    h["move_in"] = START + D(days=int(rng.integers(4, 537)))
                    h["acq"] = "resale"
                else:
                    h["move_in"] = None
                    h["acq"] = choice(["developer_handover", "resale", "tenant"], [0.55, 0.35, 0.10])
                occ_p = {"E04": [0.55, 0.10, 0.35], "E07": [0.55, 0.33, 0.12], "E05": [0.80, 0.08, 0.12]}.get(
                    eid, [0.72, 0.18, 0.10])
                h["occ"] = choice(["owner_occupied", "rented", "vacant"], occ_p)
                if h["acq"] == "tenant":
                    h["occ"] = "rented"
                age_p = {"E07": [0.10, 0.18, 0.27, 0.45], "E01": [0.15, 0.25, 0.32, 0.28],
                         "E04": [0.38, 0.37, 0.20, 0.05], "E05": [0.08, 0.32, 0.45, 0.15]}.get(
                    eid, [0.24, 0.34, 0.27, 0.15])
                h["age"] = choice(["25-34", "35-44", "45-59", "60+"], age_p)
                h["lang"] = "en" if r() < {"E03": 0.20, "E05": 0.25}.get(eid, 0.015) else "zh"
                h["os"] = "ios" if r() < (0.68 if eid == "E05" else 0.42) else "android"
                h["annual_choice"] = r() < {"E05": 0.70, "E07": 0.20}.get(eid, 0.35)
                h["withhold"] = False
                h["pay_u"] = float(rng.normal(0, 0.75))
                h["delinquent"] = r() < (0.05 + (0.07 if eid == "E07" else 0) + (0.08 if h["occ"] == "vacant" else 0))
                h["parking"] = r() < {"E05": 0.80, "E07": 0.28, "E04": 0.55}.get(eid, 0.48)
                h["park_price"] = park
                h["sign"] = h["move_in"] or datetime(2019, 5, 1) + D(days=int(rng.integers(0, 2040)),
                                                                      hours=float(rng.uniform(8, 20)))
                # existing owners: app binding already done before the data (or never)
                if h["move_in"] is None:
                    p = {"25-34": 0.90, "35-44": 0.84, "45-59": 0.68, "60+": 0.32}[h["age"]]
                    if eid == "E07":
                        p *= 0.85
                    h["bound_at"] = h["sign"] if r() < p else None
                    h["bind_via"] = choice(["app", "mini_program"], [0.6, 0.4])
                    h["paper"] = r() < (0.65 if h["age"] == "60+" else 0.30)
                else:
                    h["bound_at"] = None
                    h["bind_via"] = choice(["app", "mini_program"], [0.55, 0.45])
                    h["paper"] = r() < (0.55 if h["age"] == "60+" else 0.22)
                if h["bound_at"] is not None and r() < 0.15:
                    h["withhold"] = True
                hh.append(h)
        return hh

    # ------------------------------------------------------------ onboarding
    def onboarding(self, h):
        m = daytime(h["move_in"], 9, 17)
        sess = f"MI{h['cid'][1:]}"
        self.ev(h, m, "tp_move_in", sess, "completed", "front_desk",
                handover_type="交房" if h["acq"] == "developer_handover" else "过户")
        slow = h["age"] == "60+"
        x = r()
        if x < (0.50 if slow else 0.80):
            delay = float(rng.exponential(2.5)) if r() < 0.7 else float(rng.uniform(0.02, 0.3))
        elif x < (0.70 if slow else 0.90):
            delay = float(rng.uniform(14.5, 60))
        else:
            return
        assisted = r() < (0.45 if slow else 0.18)
        t = m + D(days=delay)
        if assisted:
            t = m + D(minutes=float(rng.uniform(10, 50)))
        channel = "front_desk" if assisted else h["bind_via"]
        device = None if assisted else h["os"]
        for attempt in (1, 2, 3):
            self.ev(h, t, "tp_app_bind", sess, "submit", channel, device, attempt_no=attempt,
                    app_version=app_version(t) if channel == "app" else None)
            p_rej = 0.05 if assisted else (0.26 if h["occ"] == "rented" else 0.17)
            # September/October 2025: the Xinghe Bay handover wave fills the review queue
            busy = datetime(2025, 9, 6) <= t < datetime(2025, 11, 1)
            review_h = float(rng.uniform(0.2, 1.5)) if assisted else float(rng.lognormal(math.log(20 if not busy
                                                                                              else 52), 0.6))
            t2 = t + D(hours=review_h)
            if r() < p_rej:
                reason = choice(list(REJECT_ZH), [0.48, 0.30, 0.22])
                self.ev(h, t2, "tp_app_bind", sess, "rejected", channel, device, attempt_no=attempt,
                        reject_reason=reason, 驳回原因=REJECT_ZH[reason])
                if r() < 0.30 and t2 < END:
                    src = choice(["app_review", "call_note"], [0.5, 0.5])
                    self.fb(h, t2 + D(hours=float(rng.uniform(1, 30))), "binding", src,
                            rating=float(choice([1, 2], [0.6, 0.4])) if src == "app_review" else None,
                            anon=src == "app_review" and r() < 0.8)
                if r() > 0.78:
                    return
                t = t2 + D(days=float(rng.exponential(1.5)) + 0.05)
                continue
            if self.ev(h, t2, "tp_bind_approved", sess, "approved", channel, device, attempt_no=attempt,
                       review_hours=round(review_h, 1)):
                h["bound_at"] = t2
            elif t2 > END:
                pass
            return

    # ------------------------------------------------------------ bills and payments
    def bill_channel(self, h, ts):
        if h["bound_at"] is not None and h["bound_at"] <= ts:
            return h["bind_via"]
        return "paper" if h["paper"] else "sms"

    def pay_delay(self, h, ch, annual):
        if h["withhold"] and ch in ("app", "mini_program"):
            return "withhold", float(rng.uniform(0.01, 0.2))
        base = {"app": 0.82, "mini_program": 0.76, "sms": 0.50, "paper": 0.38}[ch]
        z = logit(base) + h["pay_u"]
        z += {"vacant": -0.9, "rented": -0.3}.get(h["occ"], 0)
        z += {"E07": -0.35, "E05": 0.35, "E04": 0.25}.get(h["estate_id"], 0)
        if annual:
            z += 0.4
        p30 = 0.05 if h["delinquent"] else sigmoid(z)
        if r() < p30:
            d = float(rng.exponential(5.0))
            return "normal", d if d < 30 else float(rng.uniform(0.1, 30))
        x = r()
        never = 0.60 if h["delinquent"] else 0.008
        if x < never:
            return "normal", math.inf
        x = r()
        late = 0.45 if h["delinquent"] else 0.04
        if x < late:
            return "normal", 90 + float(rng.uniform(0.5, 150))
        if x < late + (1 - late) * 0.68:
            return "normal", 35 + min(29.9, float(rng.exponential(6)))
        return "normal", 65 + min(24.9, float(rng.exponential(8)))

    def pay_channel(self, h, ch):
        if ch == "app":
            return choice(["app", "front_desk"], [0.85, 0.15])
        if ch == "mini_program":
            return choice(["mini_program", "front_desk"], [0.85, 0.15])
        if ch == "sms":
            return choice(["mini_program", "front_desk"], [0.45, 0.55])
        return choice(["front_desk", "mini_program"], [0.80, 0.20])

    def bills(self, h):
        first = START if h["move_in"] is None else (h["move_in"].replace(day=1) + D(days=32)).replace(day=1)
        monthly_fee = round(h["area"] * h["rate"], 2)
        h["open_bills"] = []
        for ms in month_starts():
            if ms < first:
                continue
            annual_now = h["annual_choice"] and (h["move_in"] is None or h["move_in"] < datetime(ms.year, 1, 1))
            if annual_now and ms.month != 1:
                continue
            annual = annual_now
            issue = ms + D(days=1 if annual else 0, hours=8, seconds=float(rng.uniform(0, 3600)))
            self.n_bill += 1
            bid = f"B{ms:%y%m}-{self.n_bill:06d}"
            due = round(monthly_fee * 12, 2) if annual else monthly_fee
            ch = self.bill_channel(h, issue)
            period = f"{ms.year}" if annual else f"{ms:%Y-%m}"
            self.ev(h, issue, "tp_bill_issued", bid, "issued", ch, None, bill_period=period,
                    billing_cycle="annual" if annual else "monthly", amount_due=due)
            mode, d = self.pay_delay(h, ch, annual)
            # reminder A/B test (Q1 2026): the first day-15 SMS reminder of the quarter, with or without a pay link
            r1 = issue + D(days=15, hours=2)
            variant = None
            if mode == "normal" and d > 15 and ch == "sms" and AB[0] <= r1 < AB[1] and h["cid"] not in self.ab_assigned:
                self.ab_assigned.add(h["cid"])
                variant = choice(["standard", "pay_link"])
                self.exp.append(dict(experiment_id="reminder_sms_paylink_2026q1", variant=variant,
                                     customer_id=h["cid"], assigned_at=r1, bill_id=bid, reminder_channel="sms"))
                if r() < (0.50 if variant == "pay_link" else 0.29):
                    d = 15 + 2 / 24 + float(rng.uniform(0.02, 7))
                elif d <= 22.2:
                    d = 22.5 + float(rng.uniform(0, 40))
            pay_ts = issue + D(days=d) if d != math.inf else None
            if pay_ts is not None and pay_ts.hour < 7:
                pay_ts += D(hours=8)
            # reminders
            rounds = []
            if mode == "normal":
                m1 = {"app": "app_push", "mini_program": "app_push", "sms": "sms", "paper": "door_notice"}[ch]
                rounds = [(15, 1, m1), (35, 2, "phone_call"), (65, 3, "door_visit")]
            for day, rnd, method in rounds:
                t = issue + D(days=day, hours=2 + (float(rng.uniform(0, 8)) if rnd > 1 else 0))
                if pay_ts is not None and pay_ts <= t:
                    break
                collector = "in-house"
                if rnd == 2 and t >= OUTSOURCE_CALLS:
                    collector = "Xinda Collections"
                ok = self.ev(h, t, "tp_reminder", bid, "sent" if rnd != 2 else "called",
                             {"app_push": "app", "sms": "sms", "door_notice": "paper", "phone_call": "phone",
                              "door_visit": "onsite"}[method], None, reminder_round=rnd, reminder_method=method,
                             collector=collector, 催缴方="外包催收（信达）" if collector != "in-house" else "物业自催",
                             days_overdue=day, amount_due=due)
                if ok and rnd == 2:
                    self.dunning_feedback(h, t, collector)
            if pay_ts is None or pay_ts > issue + D(days=90, hours=3):
                self.ev(h, issue + D(days=90, hours=3), "tp_arrears", bid, "overdue_90", "system", None,
                        days_overdue=90, amount_due=due, billing_cycle="annual" if annual else "monthly")
            if pay_ts is None or pay_ts > END:
                if issue + D(days=90) <= END:
                    h["open_bills"].append(bid)
                continue
            # views
            if ch in ("app", "mini_program") and mode == "normal":
                if r() < 0.6:
                    self.ev(h, pay_ts - D(minutes=float(rng.uniform(1, 40))), "tp_bill_view", bid, "view", ch,
                            h["os"], app_version=app_version(pay_ts) if ch == "app" else None)
            # payment
            if mode == "withhold":
                pch, method, dev = "bank_withhold", "bank_withhold", None
                if r() < 0.04:
                    self.ev(h, pay_ts, "tp_payment", bid, "failed", pch, None, payment_method=method,
                            支付方式=METHOD_ZH[method], fail_reason="insufficient_balance", 失败原因="余额不足",
                            amount=due)
                    self.order(h, pay_ts, due, "cancelled", pch, None, "property_fee", bill_id=bid,
                               bill_period=period, billing_cycle="annual" if annual else "monthly",
                               payment_method=method, 支付方式=METHOD_ZH[method], fail_reason="insufficient_balance")
                    if r() < 0.25:
                        self.fb(h, pay_ts + D(days=float(rng.uniform(2, 20))), "payment_fail", "call_note")
                    pay_ts = pay_ts + D(days=float(rng.uniform(1, 12)))
                    pch, dev = h["bind_via"], h["os"]
                    method = "wechat_pay" if pch == "mini_program" else choice(["wechat_pay", "alipay"], [0.6, 0.4])
            else:
                pch = self.pay_channel(h, ch)
                dev = h["os"] if pch in ("app", "mini_program") else None
                if pch == "mini_program":
                    method = "wechat_pay"
                elif pch == "app":
                    method = choice(["wechat_pay", "alipay", "bank_card"], [0.55, 0.35, 0.10])
                else:
                    method = choice(["cash", "bank_card", "wechat_pay", "alipay"], [0.15, 0.35, 0.30, 0.20])
            if pay_ts > END:
                continue
            gross = due
            disc = round(due * 0.05, 2) if annual and pay_ts < datetime(pay_ts.year, 2, 1) else 0.0
            # failed attempts before the successful one
            in_gw = GATEWAY[0] <= pay_ts < GATEWAY[1] and pch == "mini_program"
            pf = 0.30 if in_gw else (0.035 if pch in ("app", "mini_program") else 0.0)
            k = 0
            while r() < pf and k < 3:
                k += 1
                reason = "gateway_error" if in_gw and r() < 0.85 else choice(
                    ["insufficient_balance", "card_limit", "timeout"], [0.45, 0.2, 0.35])
                ft = pay_ts - D(minutes=float(rng.uniform(1, 25)) * (4 - k))
                self.ev(h, ft, "tp_payment", bid, "failed", pch, dev, payment_method=method, 支付方式=METHOD_ZH[method],
                        fail_reason=reason, 失败原因=FAIL_ZH[reason], amount=round(gross - disc, 2), attempt_no=k,
                        app_version=app_version(ft) if pch == "app" else None)
                self.order(h, ft, gross - disc, "cancelled", pch, dev, "property_fee", bill_id=bid, bill_period=period,
                           billing_cycle="annual" if annual else "monthly", payment_method=method,
                           支付方式=METHOD_ZH[method], gross_amount=gross, discount=disc, fail_reason=reason)
            if k and in_gw and r() < 0.35:
                src = choice(["call_note", "app_review", "social"], [0.45, 0.35, 0.20])
                self.fb(h, pay_ts + D(hours=float(rng.uniform(0.1, 30))), "payment_fail", src,
                        rating=float(choice([1, 2], [0.8, 0.2])) if src == "app_review" else None,
                        anon=src != "call_note" and r() < 0.7)
            self.ev(h, pay_ts, "tp_payment", bid, "paid", pch, dev, payment_method=method, 支付方式=METHOD_ZH[method],
                    amount=round(gross - disc, 2), attempt_no=k + 1, discount=disc,
                    app_version=app_version(pay_ts) if pch == "app" else None)
            self.order(h, pay_ts, gross - disc, "paid", pch, dev, "property_fee", bill_id=bid, bill_period=period,
                       billing_cycle="annual" if annual else "monthly", payment_method=method,
                       支付方式=METHOD_ZH[method], gross_amount=gross, discount=disc)
            if in_gw and r() < 0.12:     # the gateway charged twice; the duplicate is refunded
                self.order(h, pay_ts + D(seconds=float(rng.uniform(2, 40))), gross - disc, "refunded", pch, dev,
                           "property_fee", bill_id=bid, bill_period=period,
                           billing_cycle="annual" if annual else "monthly", payment_method=method,
                           支付方式=METHOD_ZH[method], gross_amount=gross, discount=disc,
                           refunded_at=pay_ts + D(days=float(rng.uniform(2, 9))), refund_reason="重复扣款")
                if r() < 0.5:
                    self.fb(h, pay_ts + D(hours=float(rng.uniform(1, 48))), "payment_fail",
                            choice(["call_note", "social"], [0.6, 0.4]))

    def dunning_feedback(self, h, t, collector):
        p = 0.045 if collector != "in-house" else 0.006
        if r() >= p:
            return
        ct = t + D(hours=float(rng.uniform(0.5, 48)))
        if r() < 0.7:
            self.complaint(h, ct, "dunning", channel=choice(["phone", "app", "gov_hotline"], [0.6, 0.25, 0.15]))
        else:
            self.fb(h, ct, "dunning", choice(["call_note", "social"], [0.6, 0.4]),
                    collector=collector)

    # ------------------------------------------------------------ parking
    def parking(self, h):
        if not h["parking"]:
            return
        start = h["move_in"] or START
        for ms in month_starts():
            if ms.month not in (1, 4, 7, 10) or ms + D(days=20) < start:
                continue
            if r() < 0.035:
                break
            t = daytime(ms + D(days=min(25, float(rng.exponential(4)))), 8, 22)
            if t < start:
                t = start + D(days=2)
            ch = self.bill_channel(h, t)
            pch = ch if ch in ("app", "mini_program") else choice(["front_desk", "mini_program"], [0.7, 0.3])
            dev = h["os"] if pch != "front_desk" else None
            if t > END:
                continue
            if pch == "mini_program":
                method = "wechat_pay"
            elif pch == "app":
                method = choice(["wechat_pay", "alipay"], [0.7, 0.3])
            else:
                method = choice(["bank_card", "wechat_pay", "cash"], [0.5, 0.35, 0.15])
            oid = self.order(h, t, h["park_price"], "paid", pch, dev, "parking_fee", payment_method=method,
                             支付方式=METHOD_ZH[method], pass_quarter=f"{ms.year}Q{(ms.month - 1) // 3 + 1}")
            self.ev(h, t, "tp_parking", oid, "renewed", pch, dev, amount=h["park_price"],
                    pass_quarter=f"{ms.year}Q{(ms.month - 1) // 3 + 1}")

    # ------------------------------------------------------------ repairs
    def team(self, h, t, cat):
        if cat == "lift":
            return "T5"
        e = h["estate_id"]
        if e in ("E01", "E02"):
            return "T1"
        if e in ("E03", "E04"):
            return "T2"
        if e in ("E06", "E07") and t >= OUTSOURCE_REPAIR:
            return "T4"
        return "T3"

    def repairs(self, h):
        start = h["move_in"] or START
        years = (END - start).days / 365.0
        rate = {"E01": 1.45, "E02": 1.0, "E03": 0.9, "E04": 1.7, "E05": 0.8, "E06": 1.0, "E07": 1.3}[h["estate_id"]]
        n = int(rng.poisson(rate * years))
        for _ in range(n):
            t = start + D(days=float(rng.uniform(0, (END - start).days)))
            t = daytime(t, 7.5, 22.5)
            w = {k: v[1] for k, v in CAT.items()}
            if not h["lifts"]:
                w["lift"] = 0
            if h["estate_id"] == "E01":
                w["lift"] = 0.24
            if h["estate_id"] == "E04":
                w["leak"] = 0.28
            cat = choice(list(w), list(w.values()))
            self.repair(h, t, cat)

    def repair(self, h, t, cat):
        self.n_rep += 1
        sess = f"RP{self.n_rep:06d}"
        bound = h["bound_at"] is not None and h["bound_at"] <= t
        ch = choice(["app", "mini_program", "phone", "front_desk"],
                    [0.36, 0.22, 0.30, 0.12] if bound else [0, 0, 0.72, 0.28])
        dev = h["os"] if ch in ("app", "mini_program") else None
        urgent = cat in ("leak", "lift", "plumbing") and r() < 0.3
        team = self.team(h, t, cat)
        base = dict(repair_category=cat, 报修类别=CAT[cat][0], urgency="urgent" if urgent else "normal")
        if not self.ev(h, t, "tp_repair_request", sess, "submitted", ch, dev, **base,
                       app_version=app_version(t) if ch == "app" else None):
            return
        if r() < 0.04:
            return  # owner cancelled / fixed it themselves
        dt = t + D(hours=float(rng.exponential(0.6)) + 0.05)
        if dt.hour >= 22 or dt.hour < 7:
            dt = (dt if dt.hour < 7 else dt + D(days=1)).replace(hour=8, minute=int(rng.integers(0, 50)))
        tech = f"{team}-{int(rng.integers(1, 9)):02d}"
        extra = dict(base, team=TEAMS[team][0], 班组=TEAMS[team][1], technician_id=tech)
        if not self.ev(h, dt, "tp_dispatch", sess, "assigned", "system", None, **extra):
            return
        med = {"T1": 3.0, "T2": 3.4, "T3": 4.0, "T4": 9.0, "T5": 2.5}[team] * (0.5 if urgent else 1.0)
        if CNY[0] <= t < CNY[1]:
            med *= 14
        vh = float(rng.lognormal(math.log(med), 0.75))
        vt = dt + D(hours=vh)
        if not self.ev(h, vt, "tp_repair_visit", sess, "arrived", "onsite", None, visit_no=1, **extra):
            return
        p_fix = {"T4": 0.70}.get(team, 0.87)
        p_parts = 0.09 if team != "T4" else 0.12
        x = r()
        done = vt + D(hours=float(rng.uniform(0.4, 3)))
        outcome, revisit = "fixed", False
        if x < p_fix:
            pass
        elif x < p_fix + p_parts:
            revisit = True
            vt2 = done + D(days=float(rng.uniform(1, 4)))
            if not self.ev(h, vt2, "tp_repair_visit", sess, "arrived", "onsite", None, visit_no=2, **extra):
                return
            done = vt2 + D(hours=float(rng.uniform(0.4, 2)))
            outcome = "fixed" if r() < 0.9 else "unresolved"
        else:
            outcome = "unresolved"
        if not self.ev(h, done, "tp_repair_done", sess, outcome, "onsite", None, visits=2 if revisit else 1, **extra):
            return
        if cat in ("plumbing", "electrical", "doors_windows") and outcome == "fixed" and r() < 0.35:
            amt = round(float(min(600, max(40, rng.lognormal(math.log(120), 0.6)))), 0)
            pch = ch if ch in ("app", "mini_program") else "front_desk"
            self.order(h, done + D(minutes=float(rng.uniform(2, 30))), amt, "paid", pch,
                       h["os"] if pch != "front_desk" else None, "repair_charge", repair_id=sess,
                       repair_category=cat, payment_method="wechat_pay" if pch != "front_desk" else "cash",
                       支付方式="微信支付" if pch != "front_desk" else "现金", team=TEAMS[team][0])
        # rating
        wait_h = (vt - t).total_seconds() / 3600
        if r() < (0.62 if ch in ("app", "mini_program") else 0.42):
            mean = {"T1": 4.55, "T2": 4.45, "T3": 4.35, "T4": 3.05, "T5": 4.0}[team]
            if wait_h > 24:
                mean -= 1.3
            if outcome == "unresolved":
                mean -= 2.0
            elif revisit:
                mean -= 0.7
            stars = int(min(5, max(1, round(mean + float(rng.normal(0, 0.8))))))
            rt = done + D(hours=float(rng.uniform(0.2, 40)))
            if self.ev(h, rt, "tp_repair_rating", sess, "rated", ch if ch in ("app", "mini_program") else "sms",
                       dev, stars=stars, **extra):
                if stars >= 4:
                    topic = "repair_praise" if r() < 0.45 else "generic_pos"
                elif stars == 3:
                    topic = "generic_neu" if wait_h <= 24 else "repair_slow"
                elif cat == "lift":
                    topic = "lift"
                elif wait_h > 24:
                    topic = "repair_slow"
                else:
                    topic = "repair_poor"
                self.fb(h, rt, topic, "repair_rating", rating=float(stars), prefix=False, ticket_id=sess,
                        team=TEAMS[team][0], 班组=TEAMS[team][1], repair_category=cat)

    # ------------------------------------------------------------ complaints
    def complaints(self, h):
        start = h["move_in"] or START
        years = (END - start).days / 365.0
        rate = {"E04": 0.50, "E07": 0.36, "E01": 0.30}.get(h["estate_id"], 0.20)
        for _ in range(int(rng.poisson(rate * years))):
            t = daytime(start + D(days=float(rng.uniform(0, (END - start).days))), 7, 23)
            w = {k: v[1] for k, v in COMPLAINT.items()}
            e = h["estate_id"]
            if e == "E04":
                w["noise"] = 0.9 if t < datetime(2026, 4, 1) else 0.3
            if e == "E07":
                w["parking"], w["lift"] = 0.55, 0
            if e == "E01":
                w["lift"] = 0.40
            if e == "E05":
                w["parking"] = 0.04
            self.complaint(h, t, choice(list(w), list(w.values())))

    def complaint(self, h, t, ctype, channel=None):
        self.n_cmp += 1
        sess = f"CP{self.n_cmp:05d}"
        ch = channel or choice(["phone", "app", "mini_program", "front_desk", "gov_hotline"],
                               [0.45, 0.22, 0.08, 0.15, 0.10])
        if ch in ("app", "mini_program") and h["bound_at"] is None:
            ch = "phone"
        dev = h["os"] if ch in ("app", "mini_program") else None
        extra = dict(complaint_type=ctype, 投诉类型=COMPLAINT_ZH[ctype])
        if not self.ev(h, t, "tp_complaint", sess, "logged", ch, dev, **extra):
            return
        self.fb(h, t, ctype, "ticket", ticket_id=sess, complaint_type=ctype, 投诉类型=COMPLAINT_ZH[ctype],
                source_channel=ch)
        rep = t + D(hours=float(rng.lognormal(math.log(2.0 if ch == "gov_hotline" else 5.0), 0.7)))
        if not self.ev(h, rep, "tp_complaint_reply", sess, "replied", "phone", None, **extra):
            return
        med = {"parking": 6.0, "noise": 3.0, "lift": 2.5, "fee": 4.0, "dunning": 1.5}.get(ctype, 2.0)
        if r() < 0.08:
            return  # still open
        close = rep + D(days=float(rng.lognormal(math.log(med), 0.6)))
        self.ev(h, close, "tp_complaint_closed", sess, "resolved" if r() < 0.8 else "closed_unsatisfied", "phone",
                None, **extra)

    # ------------------------------------------------------------ other feedback sources
    def survey(self, hh):
        t0 = datetime(2025, 11, 10)
        for h in hh:
            if h["sign"] > datetime(2025, 11, 1) or r() > 0.30:
                continue
            e = h["estate_id"]
            w = {"fee": 0.14, "cleaning": 0.14, "steward_praise": 0.22, "generic_pos": 0.16, "generic_neu": 0.12,
                 "security": 0.06, "noise": 0.05, "parking": 0.06, "lift": 0.05}
            if e == "E01":
                w["lift"] = 0.30
            if e == "E07":
                w["parking"], w["lift"] = 0.30, 0
            if e == "E05":
                w["steward_praise"] = 0.40
            topic = choice(list(w), list(w.values()))
            sent = SENT.get(topic, "negative")
            nps = int(np.clip(round({"positive": 8.6, "neutral": 6.8, "negative": 4.2}[sent]
                                    + float(rng.normal(0, 1.4)) + (0.6 if e == "E05" else 0)
                                    - (0.7 if e == "E07" else 0)), 0, 10))
            rating = float(np.clip(round(nps / 2.2 + float(rng.normal(0.4, 0.5))), 1, 5))
            paper = r() < 0.25
            ts = None if paper else t0 + D(days=float(rng.uniform(0, 20)), hours=float(rng.uniform(0, 14)))
            tp = "tp_survey" if topic in ("generic_pos", "generic_neu", "steward_praise") else None
            self.fb(h, ts, topic, "survey", tp=tp, rating=rating, nps=nps, survey="2025年度满意度调查",
                    source="paper" if paper else "online")

    def call_notes(self, hh):
        for _ in range(260):
            h = hh[int(rng.integers(0, len(hh)))]
            t = START + D(days=float(rng.uniform(0, (END - START).days)))
            if t < h["sign"]:
                continue
            topic = choice(["invoice", "fee", "binding", "noise", "cleaning", "security", "parking"],
                           [0.32, 0.16, 0.10, 0.12, 0.12, 0.08, 0.10])
            if topic == "binding" and h["bound_at"] is not None and h["bound_at"] < t:
                topic = "invoice"
            self.fb(h, daytime(t, 8, 20), topic, "call_note")

    def app_reviews(self, hh):
        for _ in range(170):
            h = hh[int(rng.integers(0, len(hh)))]
            t = START + D(days=float(rng.uniform(0, (END - START).days)))
            topic = choice(["pay_easy", "app_slow", "binding", "generic_pos"], [0.40, 0.30, 0.12, 0.18])
            if topic == "binding" and h["bound_at"] is not None and h["bound_at"] < t:
                topic = "app_slow"
            rating = {"pay_easy": choice([4.0, 5.0], [0.3, 0.7]), "generic_pos": 5.0,
                      "app_slow": choice([1.0, 2.0, 3.0], [0.4, 0.4, 0.2]),
                      "binding": choice([1.0, 2.0], [0.6, 0.4])}[topic]
            self.fb(h, daytime(t, 7, 23), topic, "app_review", tp="tp_app" if topic == "generic_pos" else None,
                    rating=rating, app_version=app_version(t), device=h["os"], anon=r() < 0.8)

    def social(self, hh):
        for _ in range(330):
            h = hh[int(rng.integers(0, len(hh)))]
            e = h["estate_id"]
            w = {"noise": 0.18, "parking": 0.14, "pets": 0.14, "cleaning": 0.16, "lift": 0.08, "fee": 0.10,
                 "security": 0.08, "steward_praise": 0.12}
            if e == "E07":
                w["parking"], w["lift"] = 0.45, 0
            if e == "E01":
                w["lift"] = 0.35
            if e == "E04":
                w["noise"] = 0.45
            topic = choice(list(w), list(w.values()))
            t = h["sign"] if h["sign"] > START else START
            ts = daytime(t + D(days=float(rng.uniform(0, (END - t).days))), 7, 23.5)
            if r() < 0.33:
                ts = None   # screenshots of the owners' WeChat group, date not kept
            self.fb(h, ts, topic, "social", group=f"{h['小区']}业主群", anon=r() < 0.5)

    # ------------------------------------------------------------ customers
    def customer_rows(self, hh):
        rows = []
        for h in hh:
            if h["open_bills"]:
                seg = "at_risk"
            elif h["move_in"] is not None:
                seg = "new"
            elif h["estate_id"] == "E05":
                seg = "vip"
            else:
                seg = "regular"
            bound = h["bound_at"] is not None and h["bound_at"] <= END
            ch = self.bill_channel(h, END)
            rows.append(dict(
                customer_id=h["cid"], signup_at=h["sign"], segment=seg, region=h["city"],
                acquisition_channel=h["acq"], tier="premium" if h["estate_id"] == "E05" else "standard",
                estate_id=h["estate_id"], estate=h["estate"], 小区=h["小区"], 城市=h["城市"], building=h["building"],
                unit=h["unit"], area_sqm=h["area"], fee_rate=h["rate"],
                billing_cycle="annual" if h["annual_choice"] and (h["move_in"] is None or h["move_in"].year < 2026)
                else "monthly",
                app_bound=bound, bill_channel=ch,
                账单方式={"app": "APP推送", "mini_program": "小程序", "sms": "短信", "paper": "纸质通知单"}[ch],
                bank_withhold=h["withhold"], occupancy=h["occ"], 居住状态=OCC_ZH[h["occ"]], 业主来源=ACQ_ZH[h["acq"]],
                age_band=h["age"], phone_os=h["os"], preferred_language=h["lang"], has_parking_pass=h["parking"],
                move_in_date=h["move_in"].date() if h["move_in"] else None,
                unpaid_90d_bills=len(h["open_bills"])))
        return rows


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        if v != v:
            return ""
        return f"{v:.2f}".rstrip("0").rstrip(".") if abs(v - round(v)) > 1e-9 else str(int(round(v)))
    return str(v)


def write(path: Path, rows, columns=None):
    if columns is None:
        columns = []
        for row in rows:
            for k in row:
                if k not in columns:
                    columns.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(columns)
        for row in rows:
            w.writerow([fmt(row.get(c)) for c in columns])


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    hh = g.households()
    for h in hh:
        if h["move_in"] is not None:
            g.onboarding(h)
        g.bills(h)
        g.parking(h)
        g.repairs(h)
        g.complaints(h)
    g.survey(hh)
    g.call_notes(hh)
    g.app_reviews(hh)
    g.social(hh)

    # events: ordered by time, ids in that order, a few exact duplicates re-sent by the app tracker
    g.events.sort(key=lambda e: (e["ts"], e["customer_id"], e["touchpoint_id"]))
    for i, e in enumerate(g.events, 1):
        e["event_id"] = f"EV{i:07d}"
    dup_idx = sorted(int(i) for i in rng.choice(len(g.events), 40, replace=False))
    events = list(g.events)
    for i in reversed(dup_idx):
        events.insert(i + 1, dict(g.events[i]))
    base = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel"]
    extra = []
    for e in g.events:
        for k in e:
            if k not in base and k not in extra:
                extra.append(k)
    write(out / "events.csv", events, base + extra)

    g.orders.sort(key=lambda o: o["ts"])
    write(out / "orders.csv", g.orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device",
                                         "order_type", "费用类型", "bill_id", "bill_period", "billing_cycle",
                                         "gross_amount", "discount", "payment_method", "支付方式", "fail_reason",
                                         "refunded_at", "refund_reason", "pass_quarter", "repair_id",
                                         "repair_category", "team", "estate_id", "estate", "小区"])
    order = sorted(range(len(g.feedback)), key=lambda i: (g.feedback[i]["ts"] is None,
                                                         g.feedback[i]["ts"] or START, i))
    fb, truth = [], []
    for n, i in enumerate(order, 1):
        row, t = dict(g.feedback[i]), dict(g.truth[i])
        row["feedback_id"] = t["feedback_id"] = f"FB{n:05d}"
        fb.append(row)
        truth.append(t)
    write(out / "feedback.csv", fb, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                     "nps", "language", "estate_id", "estate", "小区", "city", "ticket_id", "complaint_type",
                                     "投诉类型", "source_channel", "team", "班组", "repair_category", "collector",
                                     "survey", "source", "app_version", "device", "group"])
    write(out / "_truth" / "feedback_truth.csv", truth)
    write(out / "customers.csv", g.customer_rows(hh))
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3], 1)])
    g.exp.sort(key=lambda x: x["assigned_at"])
    write(out / "experiments.csv", g.exp, ["experiment_id", "variant", "customer_id", "assigned_at", "bill_id",
                                           "reminder_channel"])
    print(f"customers {len(hh)}, events {len(events)}, orders {len(g.orders)}, feedback {len(fb)}, "
          f"experiments {len(g.exp)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
