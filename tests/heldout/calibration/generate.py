"""衡准 TrueGauge Calibration: an ISO/IEC 17025 instrument calibration laboratory group serving factories, hospitals
and third-party test labs in China. Synthetic, written blind.

Customer accounts (a factory site, a hospital, a test lab) keep a fleet of instruments (pressure gauges, torque
wrenches, calipers, multimeters, temperature probes, balances, pipettes, and in hospitals infusion pumps, blood
pressure monitors and defibrillators), each due for calibration every 6 or 12 months. Before an instrument falls due
the lab sends a recall reminder (e-mail; from Nov 2025 also 企业微信, 60 days ahead). The account books a calibration
request online (customer portal) or through its sales rep; a courier picks the instruments up (or the customer drops
them off); the lab logs them in, calibrates them (as found: in / out of tolerance); an out-of-tolerance (OOT) finding
is notified with an adjustment quote, the customer approves or declines it, the lab adjusts; the certificate
(CNAS-accredited or traceable) is e-mailed; the instruments are shipped back and signed for. Rush service (3 working
days, +50 %) or standard (7 days). Prospects find the lab on the web, at trade shows or through sales visits and
request a quote first.

Data 2024-07-01 .. 2026-06-30 (extract taken in July 2026, five months before "today" 2026-12-01). Naive local
times (Asia/Shanghai). Money: CNY, excluding VAT.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table). Deterministic
(seed 20261208), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import heapq
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261208
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 6, 30, 23, 59, 59)
N_ACC = 1300
CHENGDU_OPEN = datetime(2025, 3, 3)                                      # west China lab opens
BACKLOG = (datetime(2025, 7, 1), datetime(2025, 9, 30, 23, 59, 59))      # Suzhou: reference standards out + turnover
DEPPON = (datetime(2025, 4, 1), datetime(2025, 9, 30, 23, 59, 59))       # cheaper return courier from Suzhou
EXP = (datetime(2025, 8, 1), datetime(2025, 10, 31, 23, 59, 59))         # reminder lead-time A/B test
ROLLOUT = datetime(2025, 11, 3)                                          # 60-day e-mail + 企业微信 reminders for all
PORTAL_V2 = (datetime(2026, 1, 12), datetime(2026, 3, 31, 23, 59, 59))   # mandatory asset-list upload on requests
LIMS = (datetime(2025, 11, 1), datetime(2025, 12, 31, 23, 59, 59))       # Shenzhen LIMS migration: cert errors
CNY_HOLIDAY = [(datetime(2025, 1, 22), datetime(2025, 2, 9)), (datetime(2026, 2, 10), datetime(2026, 2, 27))]
TRADE_SHOWS = [("ciif_2024", datetime(2024, 9, 24)), ("sz_measure_2025", datetime(2025, 4, 16)),
               ("ciif_2025", datetime(2025, 9, 23)), ("sz_measure_2026", datetime(2026, 4, 15))]

REGIONS = {  # region: weight, cities (first = lab city), zh
    "east": (0.45, ["suzhou", "shanghai", "wuxi", "hangzhou", "ningbo"], "华东"),
    "south": (0.29, ["shenzhen", "dongguan", "guangzhou", "xiamen"], "华南"),
    "west": (0.13, ["chengdu", "chongqing", "xian"], "西部"),
    "north": (0.13, ["beijing", "tianjin", "qingdao"], "华北"),
}
LAB_CITY = {"suzhou": "suzhou", "shenzhen": "shenzhen", "chengdu": "chengdu"}
REPS = {"east": {"王磊": 0.46, "李娜": 0.30, "周婷": 0.24}, "south": {"陈静": 0.55, "黄志强": 0.45},
        "west": {"刘洋": 1.0}, "north": {"赵敏": 1.0}}
TECHS = {"suzhou": [f"SZ-T{i:02d}" for i in range(1, 13)], "shenzhen": [f"SH-T{i:02d}" for i in range(1, 9)],
         "chengdu": [f"CD-T{i:02d}" for i in range(1, 5)]}

ITYPES = {  # id: zh, en, discipline, CNY traceable, CNY accredited, OOT rate, adjustment fee, fragile, value
    "pressure_gauge": ("压力表", "pressure gauge", "pressure", 90, 150, 0.07, 180, False, 900),
    "torque_wrench": ("扭力扳手", "torque wrench", "torque", 120, 200, 0.11, 220, False, 2200),
    "caliper": ("游标卡尺", "caliper", "dimensional", 60, 100, 0.04, 80, False, 700),
    "multimeter": ("数字万用表", "multimeter", "electrical", 150, 240, 0.03, 260, True, 3500),
    "thermocouple": ("温度传感器", "temperature probe", "temperature", 130, 210, 0.06, 150, False, 1200),
    "balance": ("电子天平", "analytical balance", "mass", 200, 320, 0.05, 300, True, 9000),
    "pipette": ("移液器", "pipette", "volume", 80, 130, 0.09, 120, True, 2400),
    "infusion_pump": ("输液泵", "infusion pump", "medical", 260, 380, 0.24, 650, True, 12000),
    "bp_monitor": ("血压计", "blood pressure monitor", "medical", 120, 180, 0.10, 200, True, 1800),
    "defibrillator": ("除颤仪", "defibrillator", "medical", 380, 520, 0.08, 900, True, 30000),
}
FLEET_MIX = {
    "automotive": {"torque_wrench": 0.34, "pressure_gauge": 0.2, "caliper": 0.24, "multimeter": 0.1,
                   "thermocouple": 0.12},
    "electronics": {"multimeter": 0.34, "caliper": 0.2, "thermocouple": 0.16, "torque_wrench": 0.12,
                    "pressure_gauge": 0.08, "balance": 0.1},
    "pharma": {"balance": 0.28, "pipette": 0.22, "thermocouple": 0.22, "pressure_gauge": 0.2, "caliper": 0.04,
               "multimeter": 0.04},
    "food": {"thermocouple": 0.34, "pressure_gauge": 0.26, "balance": 0.24, "caliper": 0.08, "multimeter": 0.08},
    "machinery": {"caliper": 0.32, "pressure_gauge": 0.26, "torque_wrench": 0.2, "multimeter": 0.1,
                  "thermocouple": 0.12},
    "healthcare": {"infusion_pump": 0.3, "bp_monitor": 0.24, "defibrillator": 0.1, "thermocouple": 0.1,
                   "balance": 0.08, "pipette": 0.12, "pressure_gauge": 0.06},
    "testing": {"pipette": 0.3, "balance": 0.26, "thermocouple": 0.2, "multimeter": 0.14, "caliper": 0.1},
}
ACCREDITED_P = {"automotive": 0.7, "electronics": 0.45, "pharma": 0.88, "food": 0.4, "machinery": 0.35,
                "healthcare": 0.3, "testing": 0.92}
RUSH_P = {"automotive": 0.2, "electronics": 0.12, "pharma": 0.1, "food": 0.07, "machinery": 0.08,
          "healthcare": 0.05, "testing": 0.1}
ACQ = {"factory": {"sales_rep": 0.33, "website": 0.25, "referral": 0.14, "trade_show": 0.22, "baidu_search": 0.06},
       "hospital": {"tender": 0.55, "sales_rep": 0.25, "referral": 0.1, "website": 0.1},
       "third_party_lab": {"website": 0.45, "referral": 0.25, "sales_rep": 0.2, "trade_show": 0.1}}
LOYAL = {"sales_rep": 0.0, "website": -0.03, "referral": 0.08, "trade_show": -0.16, "baidu_search": -0.08,
         "tender": 0.05}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_web_visit", "官网访问", "Website visit", "awareness", "web", "digital", "marketing",
     "website|homepage|官网|网站|landing page|百度进来"),
    ("tp_trade_show", "展会", "Trade show", "awareness", "other", "physical", "marketing",
     "expo|exhibition|booth|工博会|展台|CIIF"),
    ("tp_sales_visit", "销售拜访", "Sales visit", "awareness", "other", "physical", "sales",
     "rep visit|account visit|customer visit|上门拜访|拜访客户"),
    ("tp_quote_request", "在线询价", "Online quote request", "consideration", "web", "digital", "sales",
     "RFQ|quote|quotation request|request for quote|询价|报价申请"),
    ("tp_quote_sent", "报价单发送", "Quote sent", "consideration", "email", "digital", "sales",
     "quotation|price quote|报价单|发报价"),
    ("tp_request_online", "在线送校申请", "Online calibration request", "purchase", "web", "digital", "customer_service",
     "portal order|online booking|web request|网上下单|在线下单|送校申请|门户下单"),
    ("tp_rep_order", "销售代下单", "Order via sales rep", "purchase", "other", "physical", "sales",
     "rep order|sales order|业务员下单|销售下单|代下单"),
    ("tp_pickup", "快递上门取件", "Courier pickup", "service", "other", "physical", "logistics",
     "pickup|collection|courier collection|取件|上门取件|揽收"),
    ("tp_lab_intake", "实验室收样登记", "Lab intake", "service", "other", "physical", "lab_ops",
     "receiving|check-in|goods in|收样|入库登记|到样"),
    ("tp_calibration", "校准检测", "Calibration", "service", "other", "physical", "lab",
     "calibration|as-found test|measurement|校准|检定|检测"),
    ("tp_oot_found", "超差通知", "Out-of-tolerance notice", "service", "email", "digital", "lab",
     "OOT|out of tolerance|as-found fail|超差|不合格|超差通知"),
    ("tp_adjust_decision", "调整方案确认", "Adjustment approval", "service", "email", "digital", "customer_service",
     "adjustment approval|repair approval|approve adjustment|确认调整|维修确认|调整审批"),
    ("tp_adjustment", "调整维修", "Adjustment / repair", "service", "other", "physical", "lab",
     "adjustment|repair|as-left|调整|维修|修复"),
    ("tp_certificate", "证书签发", "Certificate issued", "service", "email", "digital", "quality",
     "certificate|cal cert|calibration report|证书|校准证书|出证"),
    ("tp_cert_reissue", "证书更正重发", "Certificate reissued", "service", "email", "digital", "quality",
     "corrected certificate|reissue|amended certificate|证书更正|重新出证|改证书"),
    ("tp_return_ship", "回寄发货", "Return shipment", "service", "other", "physical", "logistics",
     "return shipping|ship back|dispatch|回寄|寄回|发回"),
    ("tp_delivered", "客户签收", "Instruments returned", "service", "other", "physical", "logistics",
     "delivered|signed for|received back|签收|收到仪器|到货"),
    ("tp_damage_claim", "运输损坏理赔", "Transit damage claim", "service", "phone", "digital", "customer_service",
     "damage claim|broken in transit|transport damage|运输损坏|摔坏|理赔"),
    ("tp_support_call", "客服热线", "Support hotline", "service", "phone", "digital", "customer_service",
     "hotline|call center|customer service|客服|热线|400电话"),
    ("tp_cert_download", "门户下载证书", "Certificate download", "loyalty", "web", "digital", "customer_service",
     "download cert|portal download|证书下载|下载证书"),
    ("tp_recall_reminder", "到期复校提醒", "Recall reminder", "loyalty", "email", "digital", "customer_success",
     "recall notice|due reminder|calibration due|复校提醒|到期提醒|周检提醒"),
    ("tp_reminder_click", "点击复校提醒", "Reminder clicked", "loyalty", "email", "digital", "customer_success",
     "reminder click|opened reminder|点提醒|点击提醒链接"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("quote_to_order", "询价到在线下单", "Quote to online request",
     ["tp_quote_request", "tp_quote_sent", "tp_request_online"], 30),
    ("online_pickup", "在线申请到上门取件", "Online request to courier pickup", ["tp_request_online", "tp_pickup"], 3),
    ("pickup_to_cert", "取件到出证", "Pickup to certificate",
     ["tp_pickup", "tp_lab_intake", "tp_calibration", "tp_certificate"], 14),
    ("oot_to_adjust", "超差到调整完成", "Out-of-tolerance to adjustment",
     ["tp_oot_found", "tp_adjust_decision", "tp_adjustment"], 10),
    ("cert_to_return", "出证到回寄签收", "Certificate to instruments returned",
     ["tp_certificate", "tp_return_ship", "tp_delivered"], 7),
    ("reminder_rebook", "复校提醒到再次送校", "Recall reminder to rebooking",
     ["tp_recall_reminder", "tp_reminder_click", "tp_request_online"], 45),
    ("rep_visit_order", "销售拜访到下单", "Sales visit to rep order", ["tp_sales_visit", "tp_rep_order"], 60),
]

EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "region",
           "order_id", "instrument_id", "instrument_type", "discipline", "lab", "turnaround", "cert_type", "courier",
           "technician", "as_found", "deviation_pct", "decision", "approval_days", "adjust_fee", "tat_days", "on_time",
           "cert_no", "reissue_reason", "door_to_door_days", "damaged_type", "compensation_cny", "reminder_channel",
           "lead_days", "due_date", "utm_source", "landing_page", "quote_id", "instruments_quoted", "visit_purpose",
           "call_topic", "wait_min", "show_name", "sales_rep"]


class Rand:
    """numpy Generator with buffered uniforms (scalar numpy calls are slow)."""

    def __init__(self, seed):
        self.g = np.random.default_rng(seed)
        self._u, self._i = self.g.random(1 << 18), 0

    def u(self) -> float:
        if self._i >= len(self._u):
            self._u, self._i = self.g.random(1 << 18), 0
        v = self._u[self._i]
        self._i += 1
        return float(v)


R = Rand(SEED)
events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
customers: list[dict] = []
experiments: list[dict] = []
_n: dict[str, int] = {}


def nid(kind, width):
    _n[kind] = _n.get(kind, 0) + 1
    return f"{kind}{_n[kind]:0{width}d}"


def U(a, b):
    return a + (b - a) * R.u()


def chance(p):
    return R.u() < p


def pick(p: dict):
    tot = sum(p.values())
    x = R.u() * tot
    for k, w in p.items():
        x -= w
        if x < 0:
            return k
    return k


def choice(items):
    return items[min(int(R.u() * len(items)), len(items) - 1)]


def expo(mean):
    return -mean * float(np.log(max(R.u(), 1e-12)))


def lognorm(mu, sigma):
    u1, u2 = max(R.u(), 1e-12), R.u()
    return float(np.exp(mu + sigma * np.sqrt(-2 * np.log(u1)) * np.cos(2 * np.pi * u2)))


def in_(t, span):
    return span[0] <= t <= span[1]


def office(t: datetime, h0=8.5, h1=18.0) -> datetime:
    """the same day at a random office hour; weekends move to Monday."""
    d = datetime(t.year, t.month, t.day)
    if d.weekday() >= 5:
        d += D(days=7 - d.weekday())
    return d + D(hours=U(h0, h1))


def after(t: datetime, days: float, h0=8.5, h1=18.0) -> datetime:
    """an office-hour time `days` after t (never before t)."""
    x = office(t + D(days=days), h0, h1)
    return x if x > t else t + D(minutes=U(20, 90))


def holiday(t):
    for a, b in CNY_HOLIDAY:
        if a <= t <= b:
            return b
    return None


def ev(cust, ts, tp, **kw):
    if ts < START or ts > END:
        return None                                       # outside the extract
    row = {"event_id": nid("E", 7), "customer_id": cust["customer_id"], "ts": ts, "touchpoint_id": tp,
           "region": cust["region"]}
    row.update({k: v for k, v in kw.items() if v is not None})
    events.append(row)
    return row


# ---------------------------------------------------------------- feedback text

TEXT = {
    "cert_late": {
        "zh": ["{itype}送去校准两个多星期了，证书迟迟没有出来，审核下周就到了",
               "证书迟迟不发，打客服电话也只说在排队，{lab}实验室到底积压了多少",
               "这次周期太长，证书迟迟拿不到，产线的{itype}只能先停用",
               "说好7个工作日，结果证书迟迟没动静，客户审核差点不过",
               "证书迟迟出不来，只好又花钱加急了另外一批"],
        "en": ["Still waiting for the certificate on our {itype}s, it's been over two weeks. Our IATF audit is next "
               "week.",
               "We are still waiting for the certs - the {lab} lab said 7 days and it's now day 15.",
               "Turnaround has become unacceptable, still waiting for the certificate and no one can give a date.",
               "Had to pay for rush on the next batch because we were still waiting for the certificates from the "
               "last one."],
    },
    "transit_damage": {
        "zh": ["寄回来的{itype}运输损坏了，外箱都压扁了，包装太简陋",
               "仪器在回寄途中运输损坏，{itype}屏幕碎了，要求赔偿",
               "这次换的快递不行，{itype}运输损坏，拆开就是坏的",
               "运输损坏第二次了，校准完好好的仪器寄回来就不能用了"],
        "en": ["Our {itype} was damaged in transit on the way back - the box was crushed.",
               "Instrument arrived damaged in transit, the {itype} display is cracked. We need compensation.",
               "Second {itype} damaged in transit this year. The new courier clearly doesn't handle lab equipment "
               "with care.",
               "Calibrated fine, then damaged in transit. What is the point of the certificate now?"],
    },
    "portal_upload": {
        "zh": ["新版门户下单必须上传设备清单，格式还老报错，最后只能找销售代下单",
               "在线送校现在要先上传设备清单Excel，模板又不对，太麻烦了",
               "每次下单都要传设备清单，几十台仪器一台台填，放弃了",
               "设备清单上传一直失败，系统提示序列号格式不对"],
        "en": ["The new portal forces us to upload an asset list before we can book - the template keeps failing "
               "validation.",
               "Why do I need to upload the full asset list for a single pressure gauge? Gave up and emailed our rep.",
               "Asset list upload is broken, it rejects our serial numbers. Please make it optional."],
    },
    "pickup_noshow": {
        "zh": ["约好上门取件，快递没来取件，白等了一天",
               "快递没来取件，改约了两次才收走，{itype}的周检都要过期了",
               "又是快递没来取件，客服说这边运力不够"],
        "en": ["Courier was a no-show for the pickup we booked, twice.",
               "Booked a pickup for Tuesday, courier no-show, instruments sat at our gate all day.",
               "Another courier no-show. Our {itype}s are now overdue."],
    },
    "cert_error": {
        "zh": ["证书信息有误，序列号和我们的{itype}对不上，审核员当场指出来了",
               "证书信息有误，公司名称打错了，只能退回去重开",
               "又收到证书信息有误的报告，出证前不核对吗"],
        "en": ["Certificate error: the serial number doesn't match our {itype}. Auditor flagged it.",
               "There's a certificate error again - wrong company name, please reissue.",
               "Got a certificate error on half the batch, customer name and asset tag mixed up."],
    },
    "adjust_quote": {
        "zh": ["超差后发来的调整报价太贵了，一台{itype}修一下要{fee}元",
               "调整报价要走设备科审批，流程太长，仪器在你们那放了十几天",
               "调整报价没有明细，不知道换了什么零件，院里审批不了",
               "{itype}超差的调整报价比买新的还贵"],
        "en": ["The adjustment quote for the out-of-tolerance {itype} is far too high - CNY {fee}.",
               "Adjustment quote came with no breakdown, our biomedical department couldn't sign it off.",
               "The adjustment quote took days to arrive and then needed three signatures on our side."],
    },
    "price": {
        "zh": ["价格偏高，CNAS证书比别家贵不少", "整体价格偏高，能不能给年度协议价",
               "加急费太贵了，价格偏高"],
        "en": ["Pricing is on the high side compared with other labs, especially for accredited certs.",
               "A bit pricey - the rush surcharge adds up fast.", "Service is fine but pricing is on the high side."],
    },
    "engineer_praise": {
        "zh": ["工程师很专业，{itype}超差的原因解释得很清楚", "实验室工程师很专业，还给了使用建议",
               "工程师很专业，打电话问不确定度马上就答复了", "现场沟通的工程师很专业，点赞"],
        "en": ["Your technician explained the as-found data on our {itype} really clearly.",
               "Very knowledgeable technician, answered our uncertainty questions in minutes.",
               "The technician flagged a worn part before it became a problem - great job."],
    },
    "fast_turnaround": {
        "zh": ["出证很快，三天就收到了证书", "这次出证很快，比预期早", "加急出证很快，审核前赶上了"],
        "en": ["Quick turnaround, certificates in three days.", "Really quick turnaround this time, thank you.",
               "Rush service delivered, quick turnaround before our audit."],
    },
    "reminder_praise": {
        "zh": ["复校提醒很及时，企业微信直接点进去就能下单", "提醒很及时，再也没有过期的仪器了",
               "到期提醒很及时，省了我们建台账的功夫"],
        "en": ["The recall reminder came in good time and the link pre-filled the request.",
               "Love the recall reminder on WeCom, nothing goes overdue any more.",
               "Recall reminder saved us - we had forgotten the {itype}s were due."],
    },
    "general_pos": {
        "zh": ["服务不错，下次还找你们", "整体满意，沟通顺畅", "仪器包装很好，服务周到", "挺好的，一直合作",
               "服务态度好，证书规范"],
        "en": ["Good service overall, will use again.", "Smooth process from booking to return.",
               "Everything went as expected, thanks.", "Professional service, certificates look good."],
    },
    "neutral": {
        "zh": ["还行，中规中矩", "一般吧，没什么特别的", "流程正常，没遇到问题也没有惊喜"],
        "en": ["It was ok.", "Nothing special, the job got done.", "Average experience, no complaints."],
    },
}
SENT = {"cert_late": "neg", "transit_damage": "neg", "portal_upload": "neg", "pickup_noshow": "neg",
        "cert_error": "neg", "adjust_quote": "neg", "price": "neg", "engineer_praise": "pos",
        "fast_turnaround": "pos", "reminder_praise": "pos", "general_pos": "pos", "neutral": "neu"}
TOPIC_TP = {"cert_late": "tp_certificate", "transit_damage": "tp_damage_claim", "portal_upload": "tp_request_online",
            "pickup_noshow": "tp_pickup", "cert_error": "tp_cert_reissue", "adjust_quote": "tp_adjust_decision",
            "price": "tp_quote_sent", "engineer_praise": "tp_calibration", "fast_turnaround": "tp_certificate",
            "reminder_praise": "tp_recall_reminder", "general_pos": "tp_delivered", "neutral": "tp_delivered"}
LAB_ZH = {"suzhou": "苏州", "shenzhen": "深圳", "chengdu": "成都"}
LAB_EN = {"suzhou": "Suzhou", "shenzhen": "Shenzhen", "chengdu": "Chengdu"}


def rating_for(topic):
    s = SENT[topic]
    if topic == "price":
        return pick({2: 0.45, 3: 0.5, 4: 0.05})
    if s == "neg":
        return pick({1: 0.5, 2: 0.38, 3: 0.12})
    if s == "pos":
        return pick({4: 0.35, 5: 0.65})
    return pick({3: 0.7, 4: 0.3})


def nps_for(rating):
    base = {1: (0, 4), 2: (1, 6), 3: (4, 8), 4: (6, 10), 5: (8, 10)}[rating]
    return int(base[0] + int(R.u() * (base[1] - base[0] + 1)))


def add_feedback(cust, topic, channel, ts, touchpoint=None, rated=False, with_nps=False, itype=None, lab=None,
                 fee=None, order_id=None, lang=None):
    lang = lang or cust["preferred_language"]
    tmpl = choice(TEXT[topic][lang])
    it = itype or "pressure_gauge"
    text = tmpl.format(itype=ITYPES[it][0] if lang == "zh" else ITYPES[it][1], lab=(LAB_ZH if lang == "zh" else
                       LAB_EN)[lab or "suzhou"], fee=fee or 600)
    fid = nid("FB", 6)
    row = {"feedback_id": fid, "text": text, "ts": ts, "customer_id": cust["customer_id"],
           "touchpoint_id": touchpoint or TOPIC_TP[topic], "channel": channel, "rating": None, "nps": None,
           "language": lang, "region": cust["region"], "customer_type": cust["customer_type"], "lab": lab,
           "instrument_type": itype, "order_id": order_id}
    if rated:
        row["rating"] = rating_for(topic)
        if with_nps:
            row["nps"] = nps_for(row["rating"])
    feedback.append(row)
    truth.append({"feedback_id": fid, "topic": topic, "sentiment": SENT[topic]})


# ---------------------------------------------------------------- accounts

ZH_NAMES_F = ["精密机械", "汽车零部件", "电子科技", "制药", "食品", "精工", "新材料", "电气", "智能装备", "生物医药"]
EN_NAMES_F = ["Precision", "Automotive Systems", "Electronics", "Pharma", "Foods", "Components", "Technologies"]


def make_account(i):
    region = pick({k: v[0] for k, v in REGIONS.items()})
    city = choice(REGIONS[region][1])
    ctype = pick({"factory": 0.7, "hospital": 0.2, "third_party_lab": 0.1})
    industry = (pick({"automotive": 0.3, "electronics": 0.28, "pharma": 0.14, "food": 0.1, "machinery": 0.18})
                if ctype == "factory" else "healthcare" if ctype == "hospital" else "testing")
    foreign = chance({"factory": 0.35, "hospital": 0.04, "third_party_lab": 0.2}[ctype])
    lang = "en" if chance(0.72 if foreign else 0.02) else "zh"
    pre = chance(0.6)
    signup = (datetime(2019, 3, 1) + D(days=U(0, (START - datetime(2019, 3, 1)).days - 1)) if pre
              else START + D(days=U(0, (END - START).days - 20)))
    signup = office(signup)
    acq = pick(ACQ[ctype])
    if acq == "trade_show" and not pre:
        name, show = min(((n, s) for n, s in TRADE_SHOWS if s + D(days=25) > signup), key=lambda x: x[1],
                         default=TRADE_SHOWS[-1])
        signup = office(show + D(days=U(3, 20)))
    annual = chance({"factory": 0.15, "hospital": 0.18, "third_party_lab": 0.2}[ctype] + (0.05 if pre else -0.05))
    fleet = int(np.clip(lognorm(np.log(42) if annual else np.log(8), 0.45), 3, 160))
    rep = pick(REPS[region])
    if region == "east" and annual and chance(0.35):
        rep = "王磊"                                # the east key-account rep
    if ctype == "hospital":
        name = f"{city}市第{int(U(1, 9))}人民医院" if not foreign else f"{city.title()} International Hospital"
    elif ctype == "third_party_lab":
        name = f"{city}检测技术有限公司" if lang == "zh" else f"{city.title()} Testing Services Ltd"
    else:
        name = (f"{city}{choice(ZH_NAMES_F)}有限公司" if lang == "zh"
                else f"{city.title()} {choice(EN_NAMES_F)} Co., Ltd.")
    cid = f"AC{10000 + i}"
    online = {"factory": 0.55, "hospital": 0.22, "third_party_lab": 0.75}[ctype] + (0.15 if foreign else 0)
    loyal = (0.93 if annual else 0.72) + LOYAL[acq]
    churn = None
    if not annual and chance(0.2):
        churn = START + D(days=U(60, (END - START).days))
    return {"customer_id": cid, "company_name": name, "signup_at": signup, "region": region, "city": city,
            "customer_type": ctype, "industry": industry,
            "ownership": "foreign_invested" if foreign else "domestic", "preferred_language": lang,
            "acquisition_channel": acq, "contract_type": "annual_agreement" if annual else "pay_per_job",
            "account_manager": rep, "fleet_size": fleet, "_pre": pre, "_online": min(online, 0.92),
            "_loyal": min(loyal, 0.97), "_churn": churn, "_orders": [], "_spend25": 0.0, "_reminders": 0,
            "quality_system": {"automotive": "IATF 16949", "electronics": "ISO 9001", "pharma": "GMP",
                               "food": "ISO 22000", "machinery": "ISO 9001", "healthcare": "ISO 13485",
                               "testing": "ISO/IEC 17025"}[industry]}


def lab_for(cust, itype, t):
    if cust["region"] == "south":
        return "shenzhen"
    if cust["region"] == "west" and t >= CHENGDU_OPEN and ITYPES[itype][2] != "medical":
        return "chengdu"
    return "suzhou"


# ---------------------------------------------------------------- one calibration request (委托单)

def request(cust, ts, channel, insts, source, quote_id=None):
    """books a request of instruments [(instrument_id, itype)], runs it through the lab; returns cal dates."""
    if ts > END:
        return {}
    h = holiday(ts)
    if h and chance(0.8):
        ts = office(h + D(days=U(1, 6)))
        if ts > END:
            return {}
    oid = f"WO{ts:%y%m}{nid('WO', 5)[2:]}"
    ind = cust["industry"]
    lab0 = lab_for(cust, insts[0][1], ts)
    rush_p = RUSH_P[ind] + (0.2 if lab0 == "suzhou" and in_(ts, BACKLOG) else 0)
    rush = chance(rush_p)
    accredited = chance(ACCREDITED_P[ind])
    cert_type = "cnas_accredited" if accredited else "traceable"
    lab_city = {"suzhou": "suzhou", "shenzhen": "shenzhen", "chengdu": "chengdu"}
    local = cust["city"] == lab_city[lab0]
    dropoff = chance(0.12 if local else 0.02)
    rep = cust["account_manager"]
    tp = "tp_request_online" if channel == "web" else "tp_rep_order"
    ev(cust, ts, tp, order_id=oid, channel="web" if channel == "web" else "sales_rep", action="submit",
       device=("pc" if chance(0.86) else "mobile") if channel == "web" else None,
       session_id=nid("S", 7) if channel == "web" else None, turnaround="rush" if rush else "standard",
       cert_type=cert_type, sales_rep=rep if channel != "web" else None, quote_id=quote_id)
    order = {"order_id": oid, "customer_id": cust["customer_id"], "ts": ts, "amount": 0.0, "status": "paid",
             "channel": "web" if channel == "web" else "sales_rep", "source": source,
             "customer_type": cust["customer_type"], "region": cust["region"], "lab": lab0,
             "turnaround": "rush" if rush else "standard", "cert_type": cert_type, "instrument_count": len(insts),
             "logistics": "customer_dropoff" if dropoff else "courier_pickup", "courier_in": None,
             "courier_out": None, "sales_rep": rep, "calibration_fee": 0.0, "rush_fee": 0.0, "adjustment_fee": 0.0,
             "discount_pct": 12 if cust["contract_type"] == "annual_agreement" else 0,
             "payment_terms": "net_60" if cust["customer_type"] == "hospital" else
             "net_30" if cust["contract_type"] == "annual_agreement" else "prepaid",
             "invoice_no": None, "refund_reason": None, "cancel_reason": None}
    orders.append(order)
    cust["_orders"].append(ts)
    # cancelled before pickup
    if chance(0.035):
        order["status"] = "cancelled"
        order["cancel_reason"] = choice(["instrument_scrapped", "budget_freeze", "used_other_lab", "duplicate_request",
                                         "instrument_in_use"])
        order["instrument_count"] = len(insts)
        return {}
    # pickup
    if dropoff:
        arrive = after(ts, U(0.5, 4))
    else:
        if channel == "web":
            delay = expo(2.6) + 0.6 if cust["region"] == "west" else expo(0.9) + 0.2
        else:
            delay = expo(1.8) + 0.3 if cust["region"] == "west" else expo(1.0) + 0.3
        courier = "own_van" if local else pick({"sf_express": 0.74, "jd_logistics": 0.26})
        order["courier_in"] = courier
        t_pick = after(ts, delay, 9, 17.5)
        if t_pick > END:
            order["status"] = "in_progress"
            return {}
        if delay > 3 and chance(0.35):
            add_feedback(cust, "pickup_noshow", choice(["ticket", "survey", "call_note"]), office(t_pick),
                         itype=insts[0][1], order_id=oid)
            feedback[-1]["rating"] = None
            if feedback[-1]["channel"] == "survey":
                feedback[-1]["rating"] = rating_for("pickup_noshow")
        ev(cust, t_pick, "tp_pickup", order_id=oid, courier=courier, channel="courier",
           action="collected")
        far = lab0 == "suzhou" and cust["region"] in ("west",)
        transit = U(0.1, 0.5) if local else U(2.5, 4.0) if far else U(0.8, 2.0)
        arrive = after(t_pick, transit)
    # lab work per instrument
    certs, cal_dates = [], {}
    late_any, error_any, oot_hosp = False, False, None
    cal_fee = adj_fee = 0.0
    n_tech = TECHS
    for iid, it in insts:
        lab = lab_for(cust, it, ts)
        t_intake = arrive + D(minutes=U(5, 240))
        h = holiday(t_intake)
        if h:
            t_intake = office(h + D(days=U(0.5, 2)))
        if t_intake > END:
            continue
        disc = ITYPES[it][2]
        ev(cust, t_intake, "tp_lab_intake", order_id=oid, instrument_id=iid, instrument_type=it, discipline=disc,
           lab=lab, channel="lab", action="received")
        # queue before calibration
        if rush:
            q = U(0.3, 1.8)
            if lab == "suzhou" and in_(t_intake, BACKLOG):
                q = U(1.0, 3.2)
        else:
            q = U(1.5, 5.5)
            if lab == "suzhou" and in_(t_intake, BACKLOG):
                q = U(8.5, 15.5)
            if lab == "chengdu" and t_intake < CHENGDU_OPEN + D(days=75):
                q = U(2.5, 6.5)
        t_cal = after(t_intake, q)
        h = holiday(t_cal)
        if h:
            t_cal = office(h + D(days=U(0.5, 3)))
        if t_cal > END:
            continue
        oot_p = ITYPES[it][5] * (1.25 if cust["customer_type"] == "hospital" and disc != "medical" else 1.0)
        oot = chance(oot_p)
        dev = round(U(105, 260) if oot else U(5, 92), 1)
        ev(cust, t_cal, "tp_calibration", order_id=oid, instrument_id=iid, instrument_type=it, discipline=disc,
           lab=lab, technician=choice(n_tech[lab]), as_found="out_of_tolerance" if oot else "in_tolerance",
           deviation_pct=dev, channel="lab", action="measured", turnaround="rush" if rush else "standard",
           cert_type=cert_type)
        price = ITYPES[it][4] if accredited else ITYPES[it][3]
        cal_fee += price
        t_ready = t_cal + D(hours=U(1, 6))
        if oot:
            t_oot = t_cal + D(minutes=U(20, 240))
            fee = ITYPES[it][6] * U(0.8, 1.3)
            fee = round(fee / 10) * 10
            ev(cust, t_oot, "tp_oot_found", order_id=oid, instrument_id=iid, instrument_type=it, discipline=disc,
               lab=lab, adjust_fee=fee, channel="email", action="notified", deviation_pct=dev)
            ctype = cust["customer_type"]
            wait = (U(2.0, 4.5) + expo(4.0) if ctype == "hospital" else expo(1.2) + 0.1 if ctype == "factory"
                    else expo(0.8) + 0.1)
            no_reply = chance(0.05)
            approved = chance({"factory": 0.86, "hospital": 0.76, "third_party_lab": 0.9}[ctype])
            if no_reply:
                t_ready = t_oot + D(days=14)
            else:
                t_dec = t_oot + D(days=wait)
                t_dec = office(t_dec) if office(t_dec) > t_oot else t_dec
                ev(cust, t_dec, "tp_adjust_decision", order_id=oid, instrument_id=iid, instrument_type=it,
                   lab=lab, decision="approved" if approved else "declined",
                   approval_days=round((t_dec - t_oot).total_seconds() / 86400, 2), adjust_fee=fee,
                   channel="email", action="approved" if approved else "declined")
                if approved:
                    t_adj = after(t_dec, U(1.5, 4.5) if disc == "medical" else U(0.3, 2.2))
                    ev(cust, t_adj, "tp_adjustment", order_id=oid, instrument_id=iid, instrument_type=it, lab=lab,
                       technician=choice(n_tech[lab]), channel="lab", action="adjusted", adjust_fee=fee,
                       deviation_pct=round(U(5, 60), 1))
                    adj_fee += fee
                    t_ready = t_adj + D(hours=U(1, 8))
                else:
                    t_ready = t_dec + D(hours=U(2, 20))
                if ctype == "hospital" and (wait > 5 or chance(0.12)):
                    oot_hosp = (it, fee)
        t_cert = t_ready if t_ready.weekday() < 5 else office(t_ready)
        if t_cert > END:
            continue
        tat = round((t_cert - t_intake).total_seconds() / 86400, 2)
        promised = 3 if rush else 7
        if tat > promised + 2 and not oot:
            late_any = True
        cno = f"{lab[:2].upper()}{t_cert:%y}-{nid('CERT', 6)[4:]}"
        ev(cust, t_cert, "tp_certificate", order_id=oid, instrument_id=iid, instrument_type=it, discipline=disc,
           lab=lab, cert_type=cert_type, turnaround="rush" if rush else "standard", tat_days=tat,
           on_time=str(tat <= promised).lower(), cert_no=cno, channel="email", action="issued")
        err_p = 0.12 if lab == "shenzhen" and in_(t_cert, LIMS) else 0.005
        if chance(err_p):
            error_any = True
            t_re = after(t_cert, U(1, 8))
            if t_re <= END:
                ev(cust, t_re, "tp_cert_reissue", order_id=oid, instrument_id=iid, instrument_type=it, lab=lab,
                   reissue_reason=pick({"wrong_serial_no": 0.5, "wrong_customer_name": 0.3,
                                        "missing_cnas_mark": 0.2}), cert_no=cno + "R", channel="email",
                   action="reissued")
        certs.append((t_cert, iid, it, lab))
        cal_dates[iid] = t_cert
    # fees
    mult = 1 - order["discount_pct"] / 100
    order["calibration_fee"] = round(cal_fee * mult, 2)
    order["rush_fee"] = round(0.5 * cal_fee * mult, 2) if rush else 0.0
    order["adjustment_fee"] = round(adj_fee, 2)
    order["amount"] = round(order["calibration_fee"] + order["rush_fee"] + order["adjustment_fee"], 2)
    if len(certs) < len(insts) or not certs:
        order["status"] = "in_progress"
        return cal_dates
    order["invoice_no"] = f"INV{certs[-1][0]:%y%m}{nid('INV', 6)[3:]}"
    if ts.year == 2025:
        cust["_spend25"] += order["amount"]
    # return shipping (all instruments of the request together)
    t_last = max(c[0] for c in certs)
    lab = lab0
    t_ship = after(t_last, U(0.2, 1.6), 10, 17.5)
    if t_ship > END:
        return cal_dates
    local = cust["city"] == lab_city[lab]
    if local:
        courier = "own_van"
    elif lab == "suzhou" and in_(t_ship, DEPPON) and cust["region"] in ("east", "north"):
        courier = pick({"deppon": 0.82, "sf_express": 0.18})
    else:
        courier = pick({"sf_express": 0.74, "jd_logistics": 0.26})
    order["courier_out"] = courier
    ev(cust, t_ship, "tp_return_ship", order_id=oid, courier=courier, lab=lab, channel="courier",
       action="shipped")
    far = lab == "suzhou" and cust["region"] == "west"
    t_del = after(t_ship, U(0.1, 0.6) if local else U(2.5, 4.0) if far else U(0.9, 2.2))
    if t_del > END:
        return cal_dates
    d2d = round((t_del - ts).total_seconds() / 86400, 2)
    ev(cust, t_del, "tp_delivered", order_id=oid, courier=courier, channel="courier", action="signed",
       door_to_door_days=d2d, lab=lab)
    if chance(0.004):
        events.append(dict(events[-1]))                   # courier webhook sent twice
    damaged = chance({"deppon": 0.07, "own_van": 0.002}.get(courier, 0.007))
    dmg_type = None
    if damaged:
        fragile = [c[2] for c in certs if ITYPES[c[2]][7]] or [c[2] for c in certs]
        dmg_type = max(fragile, key=lambda x: ITYPES[x][8] * U(0.5, 1.5))
        t_claim = min(after(t_del, U(0.1, 3)), END)
        comp = round(ITYPES[dmg_type][8] * U(0.3, 1.0) / 10) * 10
        ev(cust, t_claim, "tp_damage_claim", order_id=oid, courier=courier, damaged_type=dmg_type,
           instrument_type=dmg_type, compensation_cny=comp, channel="phone", action="claim_filed")
        if chance(0.6):
            order["status"] = "refunded"
            order["refund_reason"] = "transit_damage"
        if chance(0.7):
            add_feedback(cust, "transit_damage", "ticket", t_claim + D(minutes=U(5, 120)), itype=dmg_type,
                         lab=lab, order_id=oid)
    # post-job touches
    if chance(0.42 if cust["_online"] > 0.5 else 0.2):
        t_dl = after(t_last, expo(6))
        if t_dl <= END:
            ev(cust, t_dl, "tp_cert_download", order_id=oid, channel="web", action="download",
               device="pc" if chance(0.9) else "mobile", session_id=nid("S", 7))
    if late_any and chance(0.5):
        t_call = t_last - D(days=U(1, 5))
        ev(cust, min(max(t_call, ts + D(days=2)), t_last), "tp_support_call", order_id=oid, call_topic="certificate_status",
           wait_min=round(U(4, 22) if in_(t_call, BACKLOG) else U(0.5, 6), 1), channel="phone", action="call")
    elif chance(0.06):
        ev(cust, min(after(ts, U(1, 10)), END), "tp_support_call", order_id=oid,
           call_topic=pick({"pickup_booking": 0.35, "invoice": 0.3, "certificate_status": 0.15, "pricing": 0.2}),
           wait_min=round(U(0.5, 6), 1), channel="phone", action="call")
    if error_any and chance(0.45):
        add_feedback(cust, "cert_error", choice(["ticket", "email"]), after(t_last, U(1, 6)),
                     itype=insts[0][1], lab=lab, order_id=oid)
    if late_any and chance(0.22):
        add_feedback(cust, "cert_late", choice(["ticket", "call_note", "email"]), t_last - D(days=U(0.5, 4)),
                     itype=insts[0][1], lab=lab, order_id=oid)
    # post-delivery survey
    if chance(0.34):
        t_s = t_del + D(days=U(1, 6), hours=U(0, 8))
        if t_s <= END:
            if damaged and chance(0.8):
                topic = "transit_damage"
            elif late_any and chance(0.6):
                topic = "cert_late"
            elif error_any and chance(0.6):
                topic = "cert_error"
            elif oot_hosp and chance(0.45):
                topic = "adjust_quote"
            elif channel == "web" and in_(ts, PORTAL_V2) and chance(0.4):
                topic = "portal_upload"
            else:
                fast = all((c[0] - ts).days <= 6 for c in certs)
                w = {"engineer_praise": 0.17, "general_pos": 0.33, "neutral": 0.15, "price": 0.1,
                     "fast_turnaround": 0.2 if fast else 0.03, "reminder_praise": 0.22 if source == "reminder"
                     else 0.0}
                topic = pick(w)
            it = insts[0][1]
            fee = None
            if topic == "adjust_quote":
                it, fee = oot_hosp
            if topic == "transit_damage":
                it = dmg_type
            add_feedback(cust, topic, "survey", t_s, rated=True, with_nps=chance(0.72), itype=it, lab=lab,
                         fee=fee, order_id=oid)
    return cal_dates


# ---------------------------------------------------------------- acquisition and reminders

def quote_flow(cust, t, insts, new):
    """a quote request (prospect or existing account with new instruments); returns True when converted."""
    qid = nid("Q", 6)
    ev(cust, t, "tp_quote_request", quote_id=qid, instruments_quoted=len(insts), channel="web", action="submit",
       device="pc" if chance(0.85) else "mobile", session_id=nid("S", 7),
       utm_source=pick({"baidu": 0.4, "direct": 0.3, "wechat": 0.15, "linkedin": 0.15}) if new else "portal")
    t_q = after(t, U(0.05, 1.8))
    if t_q > END:
        return
    ev(cust, t_q, "tp_quote_sent", quote_id=qid, channel="email", action="sent", sales_rep=cust["account_manager"])
    v2 = in_(t, PORTAL_V2)
    p_online = (0.27 if v2 else 0.53) * (1.0 if new else 1.1)
    if chance(p_online):
        t_o = t_q + D(days=min(expo(6) + 0.3, 28))
        request(cust, office(t_o), "web", insts, "quote", quote_id=qid)
        return True
    if chance(0.42 if v2 else 0.22) or cust["acquisition_channel"] == "trade_show" and chance(0.3):
        t_o = after(t_q, U(4, 35))
        ev(cust, after(t_q, U(1, 3)), "tp_sales_visit", visit_purpose="quote_follow_up", channel="sales_rep",
           sales_rep=cust["account_manager"])
        request(cust, t_o, "rep", insts, "quote", quote_id=qid)
        return True
    if v2 and chance(0.3):
        add_feedback(cust, "portal_upload", choice(["portal_feedback", "portal_feedback", "email"]),
                     after(t, U(0, 2)), rated=True)
        if feedback[-1]["channel"] == "email":
            feedback[-1]["rating"] = None
    return False


def new_instruments(cust, n):
    mix = FLEET_MIX[cust["industry"]]
    out = []
    for _ in range(n):
        it = pick(mix)
        iid = nid("IN", 6)
        interval = 6 if it in ("torque_wrench", "pipette") and chance(0.5) else 12
        cust["_fleet"][iid] = (it, interval)
        out.append((iid, it))
    return out


def due_weight_month(ctype):
    if ctype == "hospital":
        return {m: (1.9 if m in (3, 4) else 1.0) for m in range(1, 13)}
    return {m: (1.7 if m in (11, 12) else 0.6 if m == 2 else 1.0) for m in range(1, 13)}


def first_due(cust, interval):
    w = due_weight_month(cust["customer_type"])
    for _ in range(20):
        d = START + D(days=U(0, interval * 30.4))
        if R.u() < w[d.month] / 1.9:
            return d
    return d


def reminder_policy(cust, due):
    """(send time, lead days, channel) of the recall reminder for a due date."""
    if cust.get("_variant") == "lead_60d_wecom":
        if in_(due - D(days=60), EXP):
            return due - D(days=60), 60, "email+wecom"
        if due - D(days=60) < EXP[0] <= due - D(days=30):
            return EXP[0] + D(days=U(0, 2)), None, "email+wecom"
    if due - D(days=60) >= ROLLOUT:
        return due - D(days=60), 60, "email+wecom"
    if due - D(days=30) >= ROLLOUT:
        return ROLLOUT + D(days=U(0, 2)), None, "email+wecom"
    return due - D(days=30), 30, "email"


def run_account(cust):
    cust["_fleet"] = {}
    heap = []
    ctype = cust["customer_type"]
    if cust["_pre"]:
        for iid, it in new_instruments(cust, cust["fleet_size"]):
            heapq.heappush(heap, (first_due(cust, cust["_fleet"][iid][1]), iid))
    else:
        s = cust["signup_at"]
        acq = cust["acquisition_channel"]
        n0 = max(1, int(cust["fleet_size"] * U(0.5, 1.0)))
        insts = new_instruments(cust, n0)
        if acq in ("website", "baidu_search", "trade_show"):
            if acq == "trade_show":
                show = max((x for x in TRADE_SHOWS if x[1] <= s), key=lambda x: x[1], default=TRADE_SHOWS[0])
                ev(cust, office(show[1], 9, 17), "tp_trade_show", show_name=show[0], channel="event",
                   action="booth_visit")
            else:
                for _ in range(1 + int(U(0, 3))):
                    ev(cust, s - D(days=U(0.1, 20)), "tp_web_visit", channel="web", action="view",
                       device="pc" if chance(0.8) else "mobile", session_id=nid("S", 7),
                       utm_source="baidu" if acq == "baidu_search" else pick({"direct": 0.5, "baidu": 0.3,
                                                                                "linkedin": 0.2}),
                       landing_page=pick({"/services": 0.4, "/pricing": 0.25, "/accreditation": 0.2, "/": 0.15}))
            cust["_lost"] = not quote_flow(cust, s, insts, True)
        elif acq == "referral" and chance(0.5):
            request(cust, after(s, U(0.5, 10)), "web", insts, "new_account")
        else:
            for k in range(1 + int(U(0, 2))):
                ev(cust, s - D(days=U(3, 40) + 25 * k), "tp_sales_visit", channel="sales_rep",
                   visit_purpose="tender_meeting" if acq == "tender" else "prospecting",
                   sales_rep=cust["account_manager"])
            request(cust, after(s, U(3, 25)), "rep", insts, "new_account")
        if not cust.get("_lost"):
            for iid, (it, interval) in cust["_fleet"].items():
                heapq.heappush(heap, (s + D(days=interval * 30.4 + U(-10, 25)), iid))
    # quote requests from existing accounts for new instruments
    t = max(START, cust["signup_at"]) + D(days=expo(700))
    while t < END:
        if not cust["_churn"] or t < cust["_churn"]:
            quote_flow(cust, office(t), new_instruments(cust, 1 + int(U(0, 3))), False)
        t += D(days=expo(700) + 30)
    # periodic key-account visits
    if cust["contract_type"] == "annual_agreement":
        t = START + D(days=U(0, 90))
        while t < END:
            if t > cust["signup_at"]:
                ev(cust, office(t), "tp_sales_visit", channel="sales_rep", visit_purpose="account_review",
                   sales_rep=cust["account_manager"])
            t += D(days=U(75, 110))
    # due cycle
    horizon = END + D(days=62)
    while heap:
        due, iid = heapq.heappop(heap)
        if due > horizon:
            break
        batch = [(due, iid)]
        while heap and heap[0][0].year == due.year and heap[0][0].month == due.month:
            batch.append(heapq.heappop(heap))
        due0 = min(b[0] for b in batch)
        insts = [(b[1], cust["_fleet"][b[1]][0]) for b in batch]
        churned = cust["_churn"] is not None and due0 > cust["_churn"]
        t_rem, lead, rch = reminder_policy(cust, due0)
        t_rem = office(t_rem, 7.5, 9.5)
        reminded = t_rem >= START and t_rem <= END and t_rem >= cust["signup_at"] and cust["_reminders_on"]
        ordered = None
        if reminded:
            ev(cust, t_rem, "tp_recall_reminder", reminder_channel=rch, lead_days=lead or (due0 - t_rem).days,
               due_date=due0.strftime("%Y-%m-%d"), channel="email" if rch == "email" else "wecom",
               action="sent", instruments_quoted=len(insts))
            p_click = 0.55 if rch != "email" else 0.34
            if churned:
                p_click *= 0.15
            if chance(p_click):
                t_c = t_rem + D(days=min(expo(2.5), 30), hours=U(0, 3))
                ev(cust, t_c, "tp_reminder_click", channel="email" if rch == "email" else "wecom", action="click",
                   device="pc" if chance(0.7) else "mobile", due_date=due0.strftime("%Y-%m-%d"))
                p_book = (0.66 if rch != "email" else 0.52) * (0.62 if in_(t_c, PORTAL_V2) else 1.0)
                if not churned and chance(p_book):
                    lag = min(expo(9 if rch != "email" else 5) + 0.5, 40)
                    ordered = ("web", office(t_c + D(days=lag)), "reminder")
        if ordered is None and not churned:
            p = cust["_loyal"] * (0.82 if reminded else 1.0)
            if chance(p):
                ch = "web" if chance(cust["_online"]) else "rep"
                if ch == "web" and chance(0.35):
                    ch = "rep"
                if ch == "web" and in_(due0, PORTAL_V2) and chance(0.4):
                    ch = "rep"
                t_o = office(due0 + D(days=U(-20, 15)))
                if ch == "rep":
                    ev(cust, after(t_o - D(days=U(5, 30)), 0), "tp_sales_visit", channel="sales_rep",
                       visit_purpose="recall_follow_up", sales_rep=cust["account_manager"])
                ordered = (ch, t_o, "recall")
        nxt = {}
        if ordered:
            nxt = request(cust, ordered[1], ordered[0], insts, ordered[2])
        for d, i in batch:
            interval = cust["_fleet"][i][1]
            base = nxt.get(i, d)
            heapq.heappush(heap, (base + D(days=interval * 30.4 + U(-6, 6)), i))


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    accs = [make_account(i) for i in range(N_ACC)]
    accs.sort(key=lambda a: a["signup_at"])
    for i, a in enumerate(accs):
        a["customer_id"] = f"AC{10001 + i}"
        a["_reminders_on"] = chance(0.9)
        active = a["signup_at"] < EXP[0] and (a["_churn"] is None or a["_churn"] > EXP[0])
        if active and a["_reminders_on"]:
            a["_variant"] = "lead_30d_email" if chance(0.5) else "lead_60d_wecom"
            experiments.append({"experiment_id": "recall_reminder_lead", "variant": a["_variant"],
                                "customer_id": a["customer_id"], "assigned_at": office(EXP[0], 0.1, 1.0),
                                "variant_desc": "email 30 days before due" if a["_variant"] == "lead_30d_email"
                                else "email + WeCom 60 days before due"})
    for a in accs:
        run_account(a)
    # extra feedback: rep call notes, e-mails and unprompted price remarks, some without dates
    for a in accs:
        n = int(expo(0.9)) if a["contract_type"] == "annual_agreement" else (1 if chance(0.25) else 0)
        for _ in range(n):
            t = START + D(days=U(0, (END - START).days))
            if t < a["signup_at"]:
                continue
            topic = pick({"price": 0.3, "general_pos": 0.3, "engineer_praise": 0.15, "neutral": 0.15,
                          "cert_late": 0.1 if not in_(t, BACKLOG) else 0.6})
            if topic == "cert_late" and a["region"] == "south":
                topic = "price"
            lang = a["preferred_language"] if chance(0.6) else "zh"
            add_feedback(a, topic, "call_note", office(t), lang=lang,
                         lab="shenzhen" if a["region"] == "south" else "suzhou")
            if chance(0.3):
                feedback[-1]["ts"] = None
    for f in feedback:
        if f["channel"] == "email" and chance(0.25):
            f["ts"] = None
    # segments at the end of the data
    for a in accs:
        last = max(a["_orders"]) if a["_orders"] else None
        if not a["_orders"]:
            seg = "prospect"
        elif a["contract_type"] == "annual_agreement":
            seg = "key_account"
        elif (END - last).days > 240:
            seg = "at_risk"
        elif a["signup_at"] >= datetime(2026, 1, 1):
            seg = "new"
        else:
            seg = "returning"
        a["segment"] = seg
        s = a["_spend25"]
        a["tier"] = "platinum" if s >= 30000 else "gold" if s >= 10000 else "silver" if s >= 3000 else "standard"
        a["last_order_at"] = last
    write(out, accs)


def fmt(v):
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if v is None:
        return ""
    return v


def write_csv(path, cols, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(c)) for c in cols])


def write(out: Path, accs):
    global feedback, truth
    late = [e for e in events if e["ts"] > END or e["ts"] < START]
    assert not late, late[:3]
    keep = {f["feedback_id"] for f in feedback if f["ts"] is None or START <= f["ts"] <= END}
    feedback = [f for f in feedback if f["feedback_id"] in keep]
    truth = [t for t in truth if t["feedback_id"] in keep]
    write_csv(out / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind",
                                        "owner", "aliases"],
              [dict(zip(["touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"], t),
                    name=t[1]) for t in TOUCHPOINTS])
    jr = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append({"journey_id": jid, "journey_name": zh, "journey_name_zh": zh, "journey_name_en": en,
                       "step": k, "touchpoint_id": tp, "window_days": win})
    write_csv(out / "journeys.csv", ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"], jr)
    write_csv(out / "customers.csv", ["customer_id", "company_name", "signup_at", "segment", "region", "city",
                                      "acquisition_channel", "tier", "customer_type", "industry", "ownership",
                                      "preferred_language", "contract_type", "account_manager", "fleet_size",
                                      "quality_system", "last_order_at"], accs)
    evs = sorted(events, key=lambda e: e["ts"])
    write_csv(out / "events.csv", EV_COLS, evs)
    ords = sorted(orders, key=lambda o: o["ts"])
    write_csv(out / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "channel", "source",
                                   "customer_type", "region", "lab", "turnaround", "cert_type", "instrument_count",
                                   "logistics", "courier_in", "courier_out", "sales_rep", "calibration_fee",
                                   "rush_fee", "adjustment_fee", "discount_pct", "payment_terms", "invoice_no",
                                   "cancel_reason", "refund_reason"], ords)
    fb = sorted(feedback, key=lambda f: f["feedback_id"])
    write_csv(out / "feedback.csv", ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                     "nps", "language", "region", "customer_type", "lab", "instrument_type",
                                     "order_id"], fb)
    write_csv(out / "experiments.csv", ["experiment_id", "variant", "customer_id", "assigned_at", "variant_desc"],
              experiments)
    (out / "_truth").mkdir(exist_ok=True)
    write_csv(out / "_truth" / "feedback_truth.csv", ["feedback_id", "topic", "sentiment"], truth)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
