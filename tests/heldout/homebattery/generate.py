"""驿能家储 EverNest: a home battery storage installer (户用储能) selling to homeowners in Jiangsu and Zhejiang.

A homeowner leaves their number online (线上留资: Douyin, Baidu, the WeChat account, a referral by an owner 老带新,
a rooftop-PV installer partner 光伏商转介, or a community roadshow), gets a phone consult (电话咨询), books a site survey
(预约勘测), an engineer surveys the house (现场勘测: suitable, meter box needs upgrading 需改造电表箱, or unsuitable), we
send a quote (方案报价: model EN-5 / EN-10 / EN-15 / EN-20 kWh), the customer pays a 2,000 CNY deposit (定金), we file
the grid-connection application with State Grid (并网申请) and wait for approval (并网批复), a crew installs the system
(上门安装), it is inspected (验收: a failed first inspection is redone), the customer pays the balance (尾款) and binds
the monitoring app (绑定App). Owners then open the app, get alerts (告警: over-temperature 过温, offline 通讯中断,
inverter fault 逆变器故障, low charge 电量过低), open service tickets (报修), get technician visits (上门维保: repairs and
annual inspections 年度巡检), buy maintenance plans (维保套餐) and expansion modules (扩容).
Local subsidies: Suzhou 苏州户储补贴 (deposits 2025-09-01 .. 2025-12-31, 300 CNY/kWh up to 4,500) and Jiaxing
嘉兴储能补贴 (200 CNY/kWh, deposits from 2025-03-01); the subsidy is paid by the government to the homeowner, so it is
recorded on the balance order (subsidy_amount / subsidy_status) and is not part of the order amount.
Data 2025-01-01 .. 2026-06-30 (the extract was taken at the start of July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261209), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261209
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_LEADS = 5900                     # incl. Q4 2024 leads whose projects run into the extract
LEAD_FROM = datetime(2024, 10, 1)
N_LEGACY = 650
HEAT = (datetime(2025, 7, 1), datetime(2025, 9, 1))                 # heat wave + 有序用电 power rationing
NINGBO_BACKLOG = (datetime(2025, 10, 20), datetime(2026, 3, 21))      # State Grid Ningbo asks for fire-safety papers
SUZHOU_SUB = (datetime(2025, 9, 1), datetime(2026, 1, 1))           # 苏州户储补贴 window (deposit date)
JIAXING_SUB_FROM = datetime(2025, 3, 1)
FW31 = (datetime(2026, 3, 10), datetime(2026, 4, 25))               # firmware 3.1 drops the 4G link; 3.1.1 fixes it
ANDROID_CRASH = (datetime(2026, 4, 8), datetime(2026, 5, 20))       # Android app 5.2 crashes; 5.2.1 fixes it
WENZHOU_OPEN = datetime(2025, 10, 1)
WUXI_SHORT = datetime(2026, 1, 1)                                   # two Wuxi technicians left
FESTIVALS = [(datetime(2025, 1, 24), datetime(2025, 2, 7)), (datetime(2026, 2, 10), datetime(2026, 2, 25))]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_lead", "线上留资", "Online lead", "awareness", "ads", "digital", "marketing",
     "留资|线索|留电话|表单|询价|lead|enquiry|sign-up form|inquiry"),
    ("tp_phone_consult", "电话咨询", "Phone consultation", "consideration", "phone", "digital", "sales",
     "电话咨询|回访电话|顾问电话|首次沟通|phone consult|consultation call|call back|sales call"),
    ("tp_survey_book", "预约勘测", "Site survey booked", "consideration", "phone", "digital", "sales",
     "预约勘测|约勘测|约上门|book survey|survey booking|appointment"),
    ("tp_site_survey", "现场勘测", "Site survey", "consideration", "other", "physical", "engineering",
     "勘测|上门勘测|踏勘|看现场|电表箱|site survey|site visit|home assessment|survey"),
    ("tp_quote", "方案报价", "Quote", "consideration", "email", "digital", "sales",
     "报价|方案|出方案|报价单|quote|proposal|quotation|pricing"),
    ("tp_deposit", "支付定金", "Deposit paid", "purchase", "web", "digital", "finance",
     "定金|下定|签约|订金|deposit|signed|down payment"),
    ("tp_grid_apply", "并网申请", "Grid application filed", "purchase", "other", "digital", "project",
     "并网申请|报装|国网申请|补件|grid application|grid connection request|permit application|utility application"),
    ("tp_grid_approved", "并网批复", "Grid approval", "purchase", "other", "digital", "project",
     "并网批复|并网审批|批下来|供电局批复|grid approval|permit approved|utility approval|grid permit"),
    ("tp_cancel", "取消订单", "Order cancelled", "purchase", "phone", "digital", "customer_service",
     "退定|退定金|取消订单|不装了|cancel|cancellation|deposit refund|backed out"),
    ("tp_install", "上门安装", "Installation", "service", "other", "physical", "installation",
     "安装|上门安装|装机|施工|走线|install|installation|install day|crew"),
    ("tp_acceptance", "交付验收", "Acceptance inspection", "service", "other", "physical", "quality",
     "验收|交付|质检|复验|acceptance|inspection|handover|commissioning"),
    ("tp_balance", "支付尾款", "Balance paid", "purchase", "web", "digital", "finance",
     "尾款|结清|付尾款|balance|final payment"),
    ("tp_app_bind", "绑定App", "App activated", "service", "app", "digital", "digital",
     "绑定App|激活|扫码绑定|app activation|app binding|bind the app|onboarding"),
    ("tp_app_open", "App查看", "App session", "loyalty", "app", "digital", "digital",
     "打开App|看App|监控|闪退|app open|monitoring|app session|app crash"),
    ("tp_app_alert", "设备告警", "Battery alert", "service", "app", "digital", "operations",
     "告警|报警|过温|离线|通讯中断|逆变器故障|alert|alarm|over-temperature|overheat|offline|inverter fault"),
    ("tp_service_ticket", "报修工单", "Service ticket", "service", "phone", "digital", "customer_service",
     "报修|工单|售后|投诉|service ticket|repair request|support ticket|complaint"),
    ("tp_ticket_closed", "工单关闭", "Ticket closed", "service", "phone", "digital", "customer_service",
     "结单|工单关闭|远程解决|ticket closed|resolved|closed"),
    ("tp_maint_visit", "上门维保", "Technician visit", "service", "other", "physical", "after_sales",
     "上门维修|维保|巡检|年检|师傅上门|technician visit|repair visit|maintenance visit|inspection visit"),
    ("tp_maint_plan", "购买维保套餐", "Maintenance plan bought", "loyalty", "app", "digital", "after_sales",
     "维保套餐|延保|买维保|maintenance plan|service plan|care plan"),
    ("tp_expansion", "扩容加购", "Capacity expansion", "loyalty", "phone", "digital", "sales",
     "扩容|加电池|加一块|expansion|add-on module|extra battery|upgrade capacity"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("sales", "获客签约", "Lead to deposit",
     ["tp_lead", "tp_phone_consult", "tp_survey_book", "tp_site_survey", "tp_quote", "tp_deposit"], 60),
    ("delivery", "并网安装交付", "Deposit to handover",
     ["tp_deposit", "tp_grid_apply", "tp_grid_approved", "tp_install", "tp_acceptance", "tp_balance"], 120),
    ("repair", "告警报修", "Alert to repair", ["tp_app_alert", "tp_service_ticket", "tp_maint_visit"], 7),
]
CITIES = {  # en: zh, province, 省份, lead share, teams [(id, zh, weight, first-pass rate)], en speaker share
    "Suzhou": ("苏州", "Jiangsu", "江苏", 0.18, [("SZ-1", "苏州一队", 0.5, 0.93), ("SZ-2", "苏州二队", 0.5, 0.94)], 0.12),
    "Wuxi": ("无锡", "Jiangsu", "江苏", 0.10, [("WX-1", "无锡一队", 1.0, 0.93)], 0.04),
    "Changzhou": ("常州", "Jiangsu", "江苏", 0.08, [("CZ-1", "常州一队", 1.0, 0.92)], 0.03),
    "Nanjing": ("南京", "Jiangsu", "江苏", 0.11, [("NJ-1", "南京一队", 1.0, 0.95)], 0.08),
    "Hangzhou": ("杭州", "Zhejiang", "浙江", 0.17, [("HZ-1", "杭州一队", 0.55, 0.93), ("HZ-2", "杭州二队", 0.45, 0.60)],
                 0.10),
    "Ningbo": ("宁波", "Zhejiang", "浙江", 0.16, [("NB-1", "宁波一队", 1.0, 0.92)], 0.05),
    "Jiaxing": ("嘉兴", "Zhejiang", "浙江", 0.10, [("JX-1", "嘉兴一队", 1.0, 0.93)], 0.03),
    "Wenzhou": ("温州", "Zhejiang", "浙江", 0.10, [("WZ-1", "温州一队", 1.0, 0.91)], 0.03),
}
CHANNELS = {  # en: zh, weight, p(consult), p(book | consult), deposit boost
    "douyin": ("抖音", 0.26, 0.72, 0.32, -0.14), "baidu": ("百度搜索", 0.16, 0.86, 0.50, 0.0),
    "wechat": ("微信公众号", 0.14, 0.86, 0.52, 0.0), "referral": ("老带新", 0.14, 0.96, 0.82, 0.18),
    "pv_partner": ("光伏商转介", 0.18, 0.93, 0.70, 0.06), "community": ("社区推广", 0.12, 0.82, 0.55, 0.0)}
HOUSES = {"villa": ("别墅", 0.28, 0.10), "townhouse": ("联排", 0.27, 0.12), "rural_selfbuilt": ("农村自建房", 0.45, 0.50)}
MOTIVES = {"backup": "停电备用", "peak_valley": "峰谷套利", "pv_self_use": "光伏自用"}
LOCS = {"outdoor": "户外", "garage": "车库", "utility_room": "设备间"}
MODELS = {5: ("EN-5", 15800), 10: ("EN-10", 27800), 15: ("EN-15", 38800), 20: ("EN-20", 49800)}
SURVEY_RES = {"suitable": "适合安装", "meter_upgrade": "需改造电表箱", "unsuitable": "不适合安装"}
ACC_ISSUE = {"messy_cabling": "走线不规范", "grounding": "接地不合格", "missing_label": "标识缺失"}
ALERTS = {"over_temp": "过温", "offline": "通讯中断", "inverter_fault": "逆变器故障", "soc_low": "电量过低"}
TICKET_R = {"over_temp": "过温", "offline": "通讯中断", "inverter_fault": "逆变器故障", "soc_low": "电量过低",
            "noise": "噪音"}
VISIT_T = {"repair": "维修", "annual": "年度巡检"}
CANCEL_R = {"grid_delay": "并网太慢", "changed_mind": "改变主意", "price": "价格原因"}
PLANS = {"care_1y": ("一年维保", 680), "care_3y": ("三年维保", 1680)}
OTYPE_ZH = {"deposit": "定金", "balance": "尾款", "meter_box": "电表箱改造", "maintenance_plan": "维保套餐",
            "expansion": "扩容模块"}
SUB_ZH = {"suzhou_2025": "苏州户储补贴", "jiaxing": "嘉兴储能补贴"}
SUB_ST = {"granted": "已发放", "pending": "审核中", "rejected": "已驳回"}
SEG_ZH = {"lead": "潜在客户", "in_progress": "安装中", "cancelled": "已取消", "owner": "已装机"}
TIER_ZH = {"none": "无维保", "care_1y": "一年维保", "care_3y": "三年维保"}
EXPANSION_PRICE = 11800
METER_BOX_FEE = 1800
DEPOSIT = 2000

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "grid_wait": (["并网批复等了一个多月", "供电局并网审批太慢了", "并网申请一直卡着，补了两次材料"],
                  ["the grid approval took over a month", "waited forever for the grid connection permit",
                   "grid permit stuck for weeks, they asked for more papers twice"]),
    "messy": (["走线乱七八糟", "墙上打孔灰没清理，走线不规范", "安装队走线太随意，验收还返工了"],
              ["the cabling was a mess", "messy cabling and drilling dust everywhere",
               "sloppy cabling, the inspection had to be redone"]),
    "pro_install": (["安装师傅很专业，干活利落", "师傅专业又细心，走完还把地扫了", "师傅很专业，讲解很清楚"],
                    ["the installers were very professional", "professional crew, neat and quick"]),
    "overheat": (["夏天电池柜晒得发烫，老是过温报警", "下午一晒就过温告警", "电池过温降功率，白天都充不进去"],
                 ["the battery overheats every afternoon in the sun", "constant over-temperature alarms in summer"]),
    "offline": (["升级固件后App一直显示设备离线", "设备离线好几天，数据都不刷新", "通讯中断，看不到电池状态"],
                ["the app shows the battery offline since the firmware update",
                 "battery has been offline for days, no data at all"]),
    "app_crash": (["App一打开就闪退", "更新以后安卓版一直闪退", "闪退，根本看不了电量"],
                  ["the app crashes as soon as I open it", "the android app keeps crashing since the update"]),
    "noise": (["风扇噪音太大，晚上睡不着", "电池柜一直嗡嗡响", "晚上风扇噪音有点吵"],
              ["the fan noise keeps us awake at night", "the battery cabinet hums loudly all evening"]),
    "slow_repair": (["报修三天了还没人上门", "报修后等了好久师傅才来", "维修师傅迟迟不来，报修电话打了好几次"],
                    ["reported the fault three days ago and still no technician",
                     "waited ages for a technician to turn up"]),
    "subsidy": (["补贴到现在还没到账", "补贴申请被驳回了，说材料不全", "补贴审核太慢"],
                ["the subsidy still hasn't arrived", "our subsidy application got rejected"]),
    "price": (["价格比别家贵不少", "报价偏高，犹豫了很久"],
              ["the price was higher than other installers", "the quote felt expensive"]),
    "fast_consult": (["顾问回电很快，讲得明明白白", "留完电话十分钟就有顾问打过来"],
                     ["the consultant called back within minutes and explained everything clearly"]),
    "backup": (["上次停电家里照常用电，太值了", "停电的时候冰箱空调都没停，很安心"],
               ["when the power went out the house kept running, totally worth it",
                "we had a blackout and didn't even notice"]),
}
GEN = {
    "pos": (["整体满意", "推荐给邻居了", "服务挺好", "值得"], ["overall happy", "recommended to the neighbours",
                                                         "good service"]),
    "neu": (["还行吧", "一般般", "中规中矩"], ["it was ok", "average experience", "nothing special"]),
    "neg": (["很失望", "体验很差", "不会推荐"], ["really disappointed", "poor experience", "would not recommend"]),
}
NOTE_GEN = {  # what a note says when the customer raised nothing in particular
    "installer_note": (["客户对安装位置没有异议", "已向客户讲解App使用方法", "客户询问峰谷时段怎么设置", "现场已清理，客户签字确认"],
                       ["walked the customer through the app", "customer asked how to set the peak/valley schedule",
                        "site cleaned up, customer signed off"]),
    "call_note": (["客户来电询问逆变器故障处理进度", "客户来电咨询电量过低提示", "客户来电确认上门时间", "客户来电问故障什么时候能处理好"],
                  ["customer called about the inverter fault", "customer called to confirm the visit time",
                   "customer asked about the low-charge warning"]),
}
NEG_TOPICS = {"grid_wait", "messy", "overheat", "offline", "app_crash", "noise", "slow_repair", "subsidy", "price"}
POS_TOPICS = {"pro_install", "fast_consult", "backup"}
TOPIC_TP = [("app_crash", "tp_app_open"), ("offline", "tp_app_alert"), ("overheat", "tp_app_alert"),
            ("grid_wait", "tp_grid_approved"), ("messy", "tp_install"), ("slow_repair", "tp_maint_visit"),
            ("noise", "tp_service_ticket"), ("subsidy", "tp_balance"), ("price", "tp_quote"),
            ("pro_install", "tp_install"), ("fast_consult", "tp_phone_consult"), ("backup", "tp_acceptance")]
PEN = {"grid_wait": 2.0, "messy": 2.0, "overheat": 1.6, "offline": 1.8, "app_crash": 2.8, "noise": 1.2,
       "slow_repair": 2.0, "subsidy": 1.4, "price": 0.6}


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, w):
    w = np.asarray(w, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def work_hours(t: datetime, h0=9.0, h1=18.0) -> datetime:
    """move t onto a working time of its day (or the next day when it is past h1)."""
    d = datetime(t.year, t.month, t.day)
    if t.hour + t.minute / 60 > h1:
        d += D(days=1)
    return d + D(hours=float(rng.uniform(h0, h1)))


def festival(t: datetime) -> bool:
    return any(a <= t < b for a, b in FESTIVALS)


def season(d: datetime) -> float:
    f = 0.75 + 0.5 * (d - START).days / 545
    if HEAT[0] <= d < HEAT[1]:
        f *= 1.6
    elif d.month == 6 and d.year == 2025:
        f *= 1.2
    if festival(d):
        f *= 0.45
    return f


def firmware(t: datetime) -> str:
    if t < datetime(2025, 6, 15):
        return "2.9"
    if t < FW31[0]:
        return "3.0"
    if t < FW31[1]:
        return "3.1"
    return "3.1.1"


def app_version(t: datetime, dev: str) -> str:
    if t < datetime(2025, 12, 1):
        return "5.0"
    if t < ANDROID_CRASH[0]:
        return "5.1"
    if dev == "android" and t >= ANDROID_CRASH[1]:
        return "5.2.1"
    return "5.2"


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_pj = self.n_tk = self.n_plan = 0
        self.cust = []

    # ---------- writers ----------
    def ev(self, c, t, tp, sid, action, device=None, channel=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=device, channel=channel, city=c["city"],
                   城市=CITIES[c["city"]][0], province=CITIES[c["city"]][1], 省份=CITIES[c["city"]][2])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, sid, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"OD{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t),
                   amount=round(float(amount), 2), status=status,
                   channel="app" if otype in ("maintenance_plan",) else "sales_rep",
                   device=c["device"] if otype == "maintenance_plan" else None, order_type=otype,
                   订单类型=OTYPE_ZH[otype], project_id=sid, city=c["city"], 城市=CITIES[c["city"]][0],
                   province=CITIES[c["city"]][1], 省份=CITIES[c["city"]][2], currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, undated=False, no_customer=False, sid=None,
           gen=None, **kw):
        if t > END or t < START:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics and channel in NOTE_GEN:
            parts.append(str(rng.choice(NOTE_GEN[channel][li])))
        elif not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if lang == "en":
            text = text[0].upper() + text[1:]
        tp_default = kw.pop("touchpoint_id", None) or {"survey": "tp_acceptance", "app_review": "tp_app_open"}.get(
            channel, "tp_acceptance")
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), tp_default)
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if (gen == "pos" or set(topics) & POS_TOPICS) else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, project_id=sid,
                   city=None if no_customer else c["city"], 城市=None if no_customer else CITIES[c["city"]][0])
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def new_customer(self, t, city, legacy=False):
        ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
        house = pick(list(HOUSES), [v[1] for v in HOUSES.values()])
        has_pv = ch == "pv_partner" or rng.random() < 0.38
        motive = pick(["backup", "peak_valley", "pv_self_use"], [0.36, 0.34, 0.30] if has_pv else [0.5, 0.5, 0.0])
        en_share = CITIES[city][5]
        return dict(city=city, t_lead=t, channel=ch, house=house, has_pv=has_pv, has_ev=bool(rng.random() < 0.3),
                    motive=motive, device=pick(["ios", "android"], [0.45, 0.55]), en_share=en_share,
                    lang="en" if rng.random() < en_share else "zh",
                    age=pick(["25-34", "35-44", "45-54", "55-64", "65+"], [0.14, 0.33, 0.29, 0.16, 0.08]),
                    legacy=legacy, seg="lead", kwh=None, model=None, loc=None, installed=None, bound=None,
                    plan=None, tier="none", team=None)

    def make_customers(self):
        days = [LEAD_FROM + D(days=i) for i in range((datetime(2026, 6, 24) - LEAD_FROM).days + 1)]
        base = np.array([season(d) for d in days])
        leads = []
        for city, v in CITIES.items():
            w = base.copy()
            for i, d in enumerate(days):
                if city == "Suzhou" and SUZHOU_SUB[0] <= d < SUZHOU_SUB[1]:
                    w[i] *= 2.0
                if city == "Wenzhou" and d < WENZHOU_OPEN:
                    w[i] = 0.0
            n = int(round(N_LEADS * v[3]))
            for k in rng.choice(len(days), size=n, p=w / w.sum()):
                leads.append((days[int(k)] + D(hours=float(rng.uniform(7, 23))), city))
        leads.sort()
        legacy = []
        for _ in range(N_LEGACY):
            city = pick([c for c in CITIES if c != "Wenzhou"], [v[3] for c, v in CITIES.items() if c != "Wenzhou"])
            t_inst = datetime(2023, 3, 1) + D(days=float(rng.uniform(0, 670)))
            legacy.append((t_inst - D(days=float(rng.uniform(40, 120))), city, t_inst))
        legacy.sort()
        for i, (t, city, t_inst) in enumerate(legacy):
            c = self.new_customer(t, city, legacy=True)
            c["customer_id"] = f"CU{i + 1:05d}"
            kwh = int(pick([5, 10, 15, 20], [0.2, 0.5, 0.22, 0.08]))
            c.update(seg="owner", kwh=kwh, model=MODELS[kwh][0], loc=pick(list(LOCS), [0.35, 0.4, 0.25]),
                     installed=work_hours(t_inst), bound=bool(rng.random() < 0.85), team=None)
            self.cust.append(c)
        for j, (t, city) in enumerate(leads):
            c = self.new_customer(t, city)
            c["customer_id"] = f"CU{N_LEGACY + j + 1:05d}"
            self.cust.append(c)

    # ---------- sales + project ----------
    def sales(self, c):
        ch = CHANNELS[c["channel"]]
        t = c["t_lead"]
        self.ev(c, t, "tp_lead", None, "submit", channel=c["channel"], lead_form=pick(
            ["price_enquiry", "backup_power", "free_survey"], [0.45, 0.3, 0.25]))
        if rng.random() > ch[2]:
            return
        delay = float(rng.lognormal(np.log(2.5), 1.0))
        if festival(t) or festival(t + D(hours=delay)):
            delay += float(rng.uniform(24, 130))
        t = t + D(hours=min(delay, 200.0))
        fast = delay < 1.0
        self.ev(c, t, "tp_phone_consult", None, "call", channel="phone",
                call_minutes=round(float(rng.lognormal(np.log(9), 0.5)), 1))
        c["fast"] = fast
        p_book = ch[3] * (1.1 if c["motive"] == "backup" else 1.0)
        if rng.random() > p_book:
            return
        self.n_pj += 1
        pid = f"PJ{self.n_pj:05d}"
        t = work_hours(t + D(hours=float(rng.uniform(1, 60))), 8, 21)
        self.ev(c, t, "tp_survey_book", pid, "book", channel="phone")
        if rng.random() > 0.93:
            return
        t = work_hours(t + D(days=float(rng.uniform(2, 10))))
        r = rng.random()
        p_uns = 0.08 if c["house"] == "rural_selfbuilt" else 0.03
        res = "unsuitable" if r < p_uns else ("meter_upgrade" if r < p_uns + HOUSES[c["house"]][2] else "suitable")
        loc = pick(list(LOCS), [0.34, 0.40, 0.26] if c["house"] != "rural_selfbuilt" else [0.5, 0.2, 0.3])
        c["loc"] = loc
        self.ev(c, t, "tp_site_survey", pid, "unsuitable" if res == "unsuitable" else "done",
                survey_result=res, 勘测结论=SURVEY_RES[res], meter_box_upgrade=res == "meter_upgrade",
                install_location=loc, 安装位置=LOCS[loc])
        if res == "unsuitable" or rng.random() > 0.96:
            return
        if c["has_ev"]:
            probs = [0.03, 0.30, 0.37, 0.30]
        elif c["house"] == "villa":
            probs = [0.06, 0.42, 0.34, 0.18]
        else:
            probs = [0.18, 0.55, 0.20, 0.07]
        kwh = int(pick([5, 10, 15, 20], probs))
        price = round(MODELS[kwh][1] * (1 - float(rng.uniform(0, 0.06))), -2)
        t_q = work_hours(t + D(days=float(rng.uniform(0.5, 4))), 9, 20)
        self.ev(c, t_q, "tp_quote", pid, "sent", channel="email", model=MODELS[kwh][0], capacity_kwh=kwh,
                quote_amount=price + (METER_BOX_FEE if res == "meter_upgrade" else 0))
        suz = c["city"] == "Suzhou" and SUZHOU_SUB[0] <= t_q < SUZHOU_SUB[1]
        p_dep = 0.40 + ch[4] + (0.30 if suz else 0.0) - (0.25 if res == "meter_upgrade" else 0.0) + \
            (0.05 if c["has_ev"] else 0.0)
        if rng.random() > min(0.95, max(0.05, p_dep)):
            if rng.random() < 0.25:
                self.order(c, t_q + D(days=float(rng.uniform(1, 5))), DEPOSIT, "deposit", pid, status="cancelled",
                           model=MODELS[kwh][0], capacity_kwh=kwh, list_price=price,
                           cancelled_at=ts(t_q + D(days=float(rng.uniform(8, 12)))))
            if rng.random() < 0.06:
                c["price_topic"] = True
            return
        t_d = t_q + D(days=float(min(40.0, rng.exponential(5) + 0.3)))
        if suz:                                            # subsidy deadline pulls deposits in
            t_d = min(t_d, datetime(2025, 12, 31, 18))
        pay = pick(["wechat_pay", "alipay", "bank_transfer"], [0.6, 0.25, 0.15])
        if not self.ev(c, t_d, "tp_deposit", pid, "paid", channel="web", model=MODELS[kwh][0], capacity_kwh=kwh,
                       amount=DEPOSIT, payment_method=pay):
            return
        c["seg"] = "in_progress"
        dep = self.order(c, t_d, DEPOSIT, "deposit", pid, model=MODELS[kwh][0], capacity_kwh=kwh, list_price=price,
                         payment_method=pay)
        c.update(kwh=kwh, model=MODELS[kwh][0])
        self.project(c, pid, t_d, dep, price, res == "meter_upgrade", pay)

    def project(self, c, pid, t_d, dep, price, upgrade, pay):
        city = c["city"]
        common = dict(model=c["model"], capacity_kwh=c["kwh"])
        if rng.random() < 0.025:
            t_c = t_d + D(days=float(rng.uniform(1, 5)))
            self.cancel(c, pid, t_c, dep, pick(["changed_mind", "price"], [0.6, 0.4]))
            return
        t_a = work_hours(t_d + D(days=float(rng.uniform(2, 6))))
        if not self.ev(c, t_a, "tp_grid_apply", pid, "submit", **common):
            return
        backlog = city == "Ningbo" and NINGBO_BACKLOG[0] <= t_a < NINGBO_BACKLOG[1]
        wait = float(rng.lognormal(np.log(38 if backlog else 11), 0.3 if backlog else 0.4))
        if rng.random() < (0.5 if backlog else 0.07):
            self.ev(c, work_hours(t_a + D(days=float(rng.uniform(0.25, 0.6) * wait))), "tp_grid_apply", pid,
                    "resubmit", **common)
        if wait > 25 and rng.random() < 0.6:                # the homeowner calls to chase the permit
            self.fb(c, work_hours(t_a + D(days=float(rng.uniform(18, wait)))), ["grid_wait"], "call_note", sid=pid)
        if wait > 28 and rng.random() < 0.5:
            t_c = t_a + D(days=float(rng.uniform(20, min(wait, 55))))
            self.cancel(c, pid, t_c, dep, "grid_delay")
            if rng.random() < 0.7:
                self.fb(c, t_c + D(minutes=float(rng.uniform(5, 30))), ["grid_wait"], "call_note", sid=pid,
                        touchpoint_id="tp_cancel")
            c["grid_wait_cancel"] = True
            return
        if rng.random() < 0.012:
            self.cancel(c, pid, t_a + D(days=float(rng.uniform(2, 8))), dep, "changed_mind")
            return
        t_g = work_hours(t_a + D(days=wait))
        if not self.ev(c, t_g, "tp_grid_approved", pid, "approved", **common):
            return
        c["grid_wait"] = wait
        t_i = t_g + D(days=float(rng.uniform(3, 12)))
        if festival(t_i):
            t_i += D(days=10)
        t_i = work_hours(t_i, 8, 12)
        teams = CITIES[city][4]
        team = teams[int(rng.choice(len(teams), p=np.array([x[2] for x in teams]) / sum(x[2] for x in teams)))]
        c["team"] = team
        loc = c["loc"]
        inst = dict(common, install_team=team[0], 安装队=team[1], install_location=loc, 安装位置=LOCS[loc])
        if not self.ev(c, t_i, "tp_install", pid, "installed", install_hours=round(float(rng.uniform(3, 7)), 1),
                       **inst):
            return
        if upgrade:
            self.order(c, t_i, METER_BOX_FEE, "meter_box", pid, payment_method=pay, **common)
        t_acc = t_i + D(hours=float(rng.uniform(4, 52)))
        first_pass = rng.random() < team[3]
        c["acc_fail"] = not first_pass
        if not first_pass:
            issue = pick(list(ACC_ISSUE), [0.7, 0.15, 0.15] if team[0] == "HZ-2" else [0.35, 0.35, 0.3])
            if not self.ev(c, t_acc, "tp_acceptance", pid, "fail", acceptance_result="fail", 验收结果="不通过",
                           acceptance_issue=issue, 验收问题=ACC_ISSUE[issue], **inst):
                return
            c["acc_issue"] = issue
            if issue == "messy_cabling" and rng.random() < 0.5:
                self.fb(c, t_acc + D(hours=float(rng.uniform(1, 20))), ["messy"], "call_note", sid=pid,
                        install_team=team[0], 安装队=team[1])
            t_acc = work_hours(t_acc + D(days=float(rng.uniform(2, 6))))
        if not self.ev(c, t_acc, "tp_acceptance", pid, "pass", acceptance_result="pass", 验收结果="通过", **inst):
            return
        c["seg"] = "owner"
        c["installed"] = t_acc
        t_b = t_acc + D(days=float(rng.uniform(0, 5)))
        sub = {}
        if city == "Suzhou" and SUZHOU_SUB[0] <= t_d < SUZHOU_SUB[1]:
            st = pick(["granted", "rejected"], [0.88, 0.12])
            sub = dict(subsidy_program="suzhou_2025", subsidy_amount=min(300 * c["kwh"], 4500))
        elif city == "Jiaxing" and t_d >= JIAXING_SUB_FROM:
            st = pick(["granted", "pending", "rejected"], [0.6, 0.25, 0.15])
            sub = dict(subsidy_program="jiaxing", subsidy_amount=200 * c["kwh"])
        if sub:
            sub.update(补贴项目=SUB_ZH[sub["subsidy_program"]], subsidy_status=st, 补贴状态=SUB_ST[st])
            c["sub_status"] = st
        if self.ev(c, t_b, "tp_balance", pid, "paid", channel="web", amount=price - DEPOSIT, payment_method=pay,
                   **common):
            self.order(c, t_b, price - DEPOSIT, "balance", pid, list_price=price, payment_method=pay, **common, **sub)
        if rng.random() < (0.78 if c["age"] == "65+" else 0.9):
            t_app = t_acc + D(hours=float(rng.uniform(1, 72)))
            if self.ev(c, t_app, "tp_app_bind", pid, "bind", device=c["device"], channel="app",
                       app_version=app_version(t_app, c["device"]), **common):
                c["bound"] = t_app
        self.install_feedback(c, pid, t_acc, inst)
        if rng.random() < 0.3:
            self.buy_plan(c, t_acc + D(days=float(rng.uniform(0, 30))))

    def cancel(self, c, pid, t, dep, reason):
        if not self.ev(c, t, "tp_cancel", pid, "cancel", channel="phone", cancel_reason=reason,
                       取消原因=CANCEL_R[reason]):
            return
        c["seg"] = "cancelled"
        t_r = t + D(days=float(rng.uniform(1, 6)))
        if dep is not None and t_r <= END:
            dep["status"] = "refunded"
            dep["refunded_at"] = ts(t_r)

    def buy_plan(self, c, t):
        plan = pick(list(PLANS), [0.65, 0.35])
        self.n_plan += 1
        mp = f"MP{self.n_plan:05d}"
        if not self.ev(c, t, "tp_maint_plan", mp, "buy", device=c["device"], channel="app", plan_type=plan,
                       维保套餐=PLANS[plan][0]):
            return
        self.order(c, t, PLANS[plan][1], "maintenance_plan", mp, plan_type=plan, 维保套餐=PLANS[plan][0],
                   payment_method="wechat_pay")
        c["plan"] = (mp, t, plan)
        c["tier"] = plan

    # ---------- feedback after install ----------
    def install_feedback(self, c, pid, t_acc, inst):
        team = inst["install_team"]
        topics, good = [], []
        if c.get("grid_wait", 0) > 25 and rng.random() < 0.7:
            topics.append("grid_wait")
        if (c.get("acc_fail") and c.get("acc_issue") == "messy_cabling" and rng.random() < 0.75) or \
                (team == "HZ-2" and not c.get("acc_fail") and rng.random() < 0.1):
            topics.append("messy")
        if c.get("sub_status") in ("pending", "rejected") and rng.random() < 0.6:
            topics.append("subsidy")
        if rng.random() < 0.05:
            topics.append("price")
        if "messy" not in topics and rng.random() < (0.35 if team == "NJ-1" else 0.07):
            good.append("pro_install")
        if c.get("fast") and rng.random() < 0.15:
            good.append("fast_consult")
        if c["motive"] == "backup" and rng.random() < 0.08:
            good.append("backup")
        fbx = dict(install_team=inst["install_team"], 安装队=inst["安装队"])
        t_s = t_acc + D(days=float(rng.uniform(2, 10)))
        if rng.random() < 0.5:
            stars = float(pick([5, 4, 3, 2], [0.5, 0.34, 0.12, 0.04]))
            for x in topics:
                stars -= PEN[x]
            if good and not topics:
                stars = 5.0 if rng.random() < 0.8 else 4.0
            stars = float(min(5, max(1, round(stars))))
            nps = int(np.clip(round(rng.normal(2 * stars - 0.6, 1.2)), 0, 10))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_s, topics + good, "survey", rating=stars, nps=nps, sid=pid, gen=gen,
                    survey_type="post_install", 问卷类型="安装回访", **fbx)
        if rng.random() < 0.25:
            itopics = [x for x in topics if x in ("subsidy", "price")]
            if c["loc"] != "outdoor" and rng.random() < 0.06:
                itopics.append("noise")
            if c["motive"] == "backup" and rng.random() < 0.1:
                itopics.append("backup")
            self.fb(c, t_acc + D(hours=float(rng.uniform(0.5, 3))), itopics, "installer_note", sid=pid,
                    undated=rng.random() < 0.3, touchpoint_id="tp_install", **fbx)
        if (topics or good) and rng.random() < 0.08:
            self.fb(c, t_s + D(days=float(rng.uniform(1, 20))), topics + good if topics else good,
                    pick(["xiaohongshu", "douyin"], [0.6, 0.4]), no_customer=True, undated=rng.random() < 0.5)

    # ---------- after-sales ----------
    def after_sales(self, c):
        if c["installed"] is None:
            return
        t0 = max(START, c["installed"] + D(days=1))
        if t0 >= END:
            return
        city = c["city"]
        n_days = (END - t0).days
        starts = [t0 + D(days=7 * i) for i in range(n_days // 7 + 1)]
        # app sessions
        bound = c["bound"] if not isinstance(c["bound"], bool) else (t0 if c["bound"] else None)
        if bound is not None:
            for s in starts:
                if s < bound:
                    continue
                for _ in range(int(rng.poisson(1.6 * 7 / 30))):
                    d = s + D(days=float(rng.uniform(0, 7)))
                    t = datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(6.5, 23.5)))
                    if t < bound:
                        continue
                    ver = app_version(t, c["device"])
                    crash = c["device"] == "android" and ver == "5.2" and rng.random() < 0.35
                    self.ev(c, t, "tp_app_open", None, "crash" if crash else "open", device=c["device"], channel="app",
                            app_version=ver)
            # app reviews
            for s in starts:
                if s < bound:
                    continue
                ver = app_version(s, c["device"])
                rate = 0.02
                crash = c["device"] == "android" and ver == "5.2" and ANDROID_CRASH[0] <= s < ANDROID_CRASH[1]
                if crash:
                    rate += 0.16
                off = FW31[0] <= s < FW31[1]
                if off:
                    rate += 0.06
                hot = c["loc"] == "outdoor" and HEAT[0] <= s < HEAT[1]
                if hot:
                    rate += 0.05
                if rng.random() < rate * 7 / 30:
                    d = s + D(days=float(rng.uniform(0, 7)))
                    t = datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(8, 23.5)))
                    topics = []
                    if crash and rng.random() < 0.85:
                        topics.append("app_crash")
                    if off and rng.random() < 0.6:
                        topics.append("offline")
                    if hot and rng.random() < 0.6:
                        topics.append("overheat")
                    if not topics and c["motive"] == "backup" and rng.random() < 0.25:
                        topics.append("backup")
                    stars = float(pick([5, 4, 3, 2], [0.45, 0.33, 0.15, 0.07]))
                    for x in topics:
                        stars -= PEN.get(x, 0)
                    if "backup" in topics:
                        stars = 5.0
                    stars = float(min(5, max(1, round(stars))))
                    gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                    self.fb(c, t, topics, "app_review", rating=stars, gen=gen, undated=rng.random() < 0.08,
                            no_customer=rng.random() < 0.25, device=c["device"], app_version=app_version(t, c["device"]))
        # alerts -> tickets -> visits
        slow_city = city == "Wuxi"
        for s in starts:
            hot = HEAT[0] <= s < HEAT[1]
            warm = s.month in (6, 9) and not hot
            rates = {
                "over_temp": (0.55 if hot else 0.10 if warm else 0.012) if c["loc"] == "outdoor" else
                             (0.05 if hot else 0.01),
                "offline": 0.45 if FW31[0] <= s < FW31[1] else 0.035,
                "inverter_fault": 0.03 if c["kwh"] == 20 else 0.012,
                "soc_low": 0.05,
            }
            for a_type, r in rates.items():
                for _ in range(int(rng.poisson(r * 7 / 30))):
                    t = s + D(days=float(rng.uniform(0, 7)))
                    if a_type == "over_temp":
                        t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(12, 17)))
                    self.alert(c, t, a_type, slow_city)
            if rng.random() < (0.012 if c["loc"] != "outdoor" else 0.003) * 7 / 30:
                self.ticket(c, s + D(days=float(rng.uniform(0, 7))), "noise", slow_city, None)
        # plans, annual inspections, expansions
        if c["legacy"] and c["plan"] is None and rng.random() < 0.22:
            self.buy_plan(c, t0 + D(days=float(rng.uniform(0, n_days))))
        if c["plan"] is not None:
            mp, t_p, _ = c["plan"]
            t_v = t_p + D(days=float(rng.uniform(300, 380))) if not c["legacy"] else \
                t_p + D(days=float(rng.uniform(20, 200)))
            t_v = work_hours(t_v)
            tech = f"{CITIES[city][4][0][0]}-T{int(rng.integers(1, 4))}"
            self.ev(c, t_v, "tp_maint_visit", mp, "inspect", visit_type="annual", 上门类型=VISIT_T["annual"],
                    technician=tech, fixed=None)
        if c["has_ev"] and c["kwh"] <= 15 and rng.random() < 0.08:
            t = work_hours(t0 + D(days=float(rng.uniform(30, max(31, n_days)))))
            if self.ev(c, t, "tp_expansion", None, "buy", channel="phone", model=c["model"], capacity_kwh=5):
                self.order(c, t, EXPANSION_PRICE, "expansion", None, model="EN-5", capacity_kwh=5,
                           list_price=EXPANSION_PRICE, payment_method="bank_transfer")

    def alert(self, c, t, a_type, slow_city):
        if not self.ev(c, t, "tp_app_alert", None, "alert", device=c["device"] if c["bound"] else None,
                       channel="app", alert_type=a_type, 告警类型=ALERTS[a_type], firmware=firmware(t), model=c["model"],
                       capacity_kwh=c["kwh"], install_location=c["loc"], 安装位置=LOCS[c["loc"]]):
            return
        p = {"over_temp": 0.30, "offline": 0.22, "inverter_fault": 0.85, "soc_low": 0.04}[a_type]
        if rng.random() < p:
            self.ticket(c, t + D(hours=float(rng.uniform(0.5, 20))), a_type, slow_city, t)

    def ticket(self, c, t, reason, slow_city, t_alert):
        self.n_tk += 1
        tk = f"TK{self.n_tk:05d}"
        if not self.ev(c, t, "tp_service_ticket", tk, "open", channel=pick(["phone", "app"], [0.6, 0.4]),
                       ticket_reason=reason, 报修原因=TICKET_R[reason], model=c["model"],
                       install_location=c["loc"], 安装位置=LOCS[c["loc"]]):
            return
        p_onsite = {"inverter_fault": 0.95, "over_temp": 0.6, "offline": 0.35, "soc_low": 0.3, "noise": 0.85}[reason]
        topics = {"over_temp": ["overheat"], "offline": ["offline"], "noise": ["noise"]}.get(reason, [])
        tech = f"{CITIES[c['city']][4][0][0]}-T{int(rng.integers(1, 4))}"
        if rng.random() < p_onsite:
            hrs = float(rng.lognormal(np.log(68 if slow_city and t >= WUXI_SHORT else 24), 0.45))
            t_v = t + D(hours=hrs)
            if t_v.hour < 8 or t_v.hour >= 19:
                t_v = work_hours(t_v, 8, 19)
            fixed = rng.random() < 0.86
            if not self.ev(c, t_v, "tp_maint_visit", tk, "repair", visit_type="repair", 上门类型=VISIT_T["repair"],
                           technician=tech, fixed=fixed, ticket_reason=reason, 报修原因=TICKET_R[reason]):
                return
            if not fixed:
                t_v = work_hours(t_v + D(days=float(rng.uniform(2, 6))))
                self.ev(c, t_v, "tp_maint_visit", tk, "repair", visit_type="repair", 上门类型=VISIT_T["repair"],
                        technician=tech, fixed=True, ticket_reason=reason, 报修原因=TICKET_R[reason])
            self.ev(c, t_v + D(hours=float(rng.uniform(0.5, 6))), "tp_ticket_closed", tk, "closed",
                    resolution="onsite", 处理方式="上门解决")
            slow = (t_v - t).total_seconds() / 3600 > 48
            ftopics = list(topics)
            if slow and rng.random() < 0.55:
                ftopics.append("slow_repair")
            if rng.random() < 0.35:
                self.fb(c, t_v + D(hours=float(rng.uniform(0.2, 2))), ftopics, "installer_note", sid=tk,
                        undated=rng.random() < 0.3, touchpoint_id="tp_maint_visit", technician=tech)
            if rng.random() < 0.3:
                stars = float(pick([5, 4, 3, 2], [0.45, 0.35, 0.14, 0.06]))
                for x in ftopics:
                    stars -= PEN.get(x, 0) * 0.8
                stars = float(min(5, max(1, round(stars))))
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                self.fb(c, t_v + D(days=float(rng.uniform(1, 4))), ftopics, "survey", rating=stars,
                        nps=int(np.clip(round(rng.normal(2 * stars - 0.6, 1.2)), 0, 10)), sid=tk, gen=gen,
                        survey_type="post_service", 问卷类型="维修回访", technician=tech)
        else:
            self.ev(c, t + D(hours=float(rng.uniform(1, 30))), "tp_ticket_closed", tk, "closed",
                    resolution="remote", 处理方式="远程解决")
        if rng.random() < 0.4:
            self.fb(c, t + D(minutes=float(rng.uniform(5, 40))), topics, "call_note", sid=tk,
                    touchpoint_id="tp_service_ticket")

    def run(self):
        self.make_customers()
        for c in self.cust:
            if not c["legacy"]:
                self.sales(c)
                if c.get("price_topic") and rng.random() < 0.5:
                    self.fb(c, c["t_lead"] + D(days=float(rng.uniform(10, 30))), ["price"],
                            pick(["xiaohongshu", "douyin"], [0.6, 0.4]), no_customer=True,
                            undated=rng.random() < 0.5)
            self.after_sales(c)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            city = CITIES[c["city"]]
            rows.append(dict(
                customer_id=c["customer_id"], signup_at=ts(c["t_lead"]), segment=c["seg"], 客户状态=SEG_ZH[c["seg"]],
                region=c["city"], 城市=city[0], province=city[1], 省份=city[2], acquisition_channel=c["channel"],
                获客渠道=CHANNELS[c["channel"]][0], tier=c["tier"], 维保等级=TIER_ZH[c["tier"]], house_type=c["house"],
                房屋类型=HOUSES[c["house"]][0], has_pv=c["has_pv"], has_ev=c["has_ev"], motivation=c["motive"],
                主要需求=MOTIVES[c["motive"]],
                installed_kwh=c["kwh"] if c["seg"] == "owner" else None,
                model=c["model"] if c["seg"] == "owner" else None,
                installed_at=ts(c["installed"]) if c["installed"] is not None else None,
                install_location=c["loc"] if c["seg"] == "owner" else None,
                安装位置=LOCS[c["loc"]] if c["seg"] == "owner" else None,
                phone_os=c["device"], age_band=c["age"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "city", "城市",
           "province", "省份", "lead_form", "call_minutes", "survey_result", "勘测结论", "meter_box_upgrade",
           "install_location", "安装位置", "model", "capacity_kwh", "quote_amount", "amount", "payment_method",
           "cancel_reason", "取消原因", "install_team", "安装队", "install_hours", "acceptance_result", "验收结果",
           "acceptance_issue", "验收问题", "app_version", "alert_type", "告警类型", "firmware", "ticket_reason",
           "报修原因", "visit_type", "上门类型", "technician", "fixed", "resolution", "处理方式", "plan_type", "维保套餐"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "project_id", "city", "城市", "province", "省份", "model", "capacity_kwh", "list_price", "subsidy_program",
            "补贴项目", "subsidy_amount", "subsidy_status", "补贴状态", "plan_type", "维保套餐", "payment_method",
            "refunded_at", "cancelled_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "survey_type", "问卷类型", "project_id", "city", "城市", "install_team", "安装队", "technician", "device",
           "app_version"]
CUST_COLS = ["customer_id", "signup_at", "segment", "客户状态", "region", "城市", "province", "省份",
             "acquisition_channel", "获客渠道", "tier", "维保等级", "house_type", "房屋类型", "has_pv", "has_ev",
             "motivation", "主要需求", "installed_kwh", "model", "installed_at", "install_location", "安装位置",
             "phone_os", "age_band", "preferred_language"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customer_rows(), CUST_COLS)
    ev = sorted((r for r in g.events if r["ts"] >= ts(START)), key=lambda r: (r["ts"], r["event_id"]))
    dup = rng.choice(len(ev), size=25, replace=False)             # the monitoring platform re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted((r for r in g.orders if r["ts"] >= ts(START)), key=lambda r: r["order_id"]),
          ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, projects {g.n_pj}, tickets {g.n_tk}, plans {g.n_plan}, events {len(ev)}, "
          f"orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
