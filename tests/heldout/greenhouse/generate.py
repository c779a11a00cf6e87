"""青穹温室工程 Skyfield Greenhouse Systems: a B2B contractor that designs and builds commercial greenhouses for farms,
and maintains them afterwards (synthetic, written blind).

Skyfield builds 塑料大棚 plastic tunnels, 日光温室 Chinese solar greenhouses (brick back wall, north China only),
连栋薄膜温室 multi-span film greenhouses, 阳光板温室 polycarbonate (PC) greenhouses and 文洛式玻璃温室 Venlo glass
greenhouses for family farms, farmer cooperatives, agri companies, research institutes and government agri parks in 12
Chinese provinces, and for clients in Kazakhstan, Uzbekistan, Mongolia, Saudi Arabia and the UAE.

A farm comes in as a lead (线索: trade show — the Shouguang vegetable expo 寿光菜博会 every April–May and HortiExpo
Beijing every August —, website, referral, government tender, WeChat, Douyin ads, a sales visit), gets a site survey
(现场勘察, rescheduled when it rains), a layout design (方案设计, one row per design round), a quote (报价, revised
quotes are rows too) and signs a build contract (签约). It pays a deposit (首付款), and the build is tracked by
milestones (基础施工 foundation, 钢结构安装 steel structure, 覆盖安装 cladding, 环控系统安装 climate / heating /
irrigation systems, 调试 commissioning: pass / fail, 竣工验收 handover: accepted or accepted with a punch list), then the
final payment (尾款, due 30 days after handover). Clients may sign a yearly maintenance contract (维保合同: basic,
standard, premium), get quarterly inspections (定期巡检), file service tickets (报修) that a technician fixes (维修完成),
and renew the maintenance contract or let it lapse (续约). 240 older clients (K…, built 2019–2023) are in the service
data only (233 of them have rows in the extract).

Data 2024-01-01 .. 2026-06-30 (CRM + project + service-desk extract taken 2026-07-03). Times are naive China local
times (UTC+8), overseas sites included. Money: CNY (orders.amount and every *_cny column).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260703), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260703
rng = np.random.default_rng(SEED)
T0 = datetime(2024, 1, 1)
TEND = datetime(2026, 6, 30, 23, 59)
D0 = date(2024, 1, 1)
DEND = date(2026, 6, 30)
LEAD0 = date(2023, 9, 1)  # leads of the last months of 2023 are simulated; only their 2024+ rows are in the extract


def u(a, b):
    return float(rng.uniform(a, b))


def ri(a, b):
    return int(rng.integers(a, b + 1))


def chance(p):
    return bool(rng.random() < p)


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def pickd(d: dict):
    return pick(list(d), list(d.values()))


def dt(s: str) -> datetime:
    return datetime.fromisoformat(s)


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def work(t: datetime, days: float = 0.0) -> datetime:
    """a working-hours time `days` after t (date part), 8:00–18:30"""
    d = (t + timedelta(days=days)).replace(hour=0, minute=0, second=0)
    return d + timedelta(minutes=int(u(8 * 60, 18.5 * 60)))


def inside(t: datetime) -> bool:
    return t <= TEND


def between(t: datetime, a: str, b: str) -> bool:
    return dt(a) <= t < dt(b) + timedelta(days=1)


# ---------------------------------------------------------------- reference data
TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_lead", "线索登记", "Lead captured", "awareness", "other", "digital", "sales",
     "线索|询盘|咨询|留资|商机|展会名片|lead|enquiry|inquiry|prospect|new lead"),
    ("tp_site_survey", "现场勘察", "Site survey", "consideration", "other", "physical", "engineering",
     "勘察|踏勘|看场地|实地勘测|测量|site visit|survey|site assessment|site inspection"),
    ("tp_design", "方案设计", "Layout design", "consideration", "email", "digital", "design",
     "设计|出方案|方案|图纸|效果图|改方案|design|layout|proposal|drawings|design round"),
    ("tp_quote", "报价", "Quote sent", "consideration", "email", "digital", "sales",
     "报价单|报个价|预算|造价|quote|quotation|price offer|estimate|bid"),
    ("tp_contract", "签约", "Contract signed", "purchase", "other", "physical", "sales",
     "签合同|合同|成交|中标|下单|contract|signed|deal|closed won|award"),
    ("tp_deposit", "首付款", "Deposit paid", "purchase", "other", "digital", "finance",
     "预付款|定金|首款|开工款|deposit|down payment|advance payment"),
    ("tp_foundation", "基础施工", "Foundation done", "service", "other", "physical", "engineering",
     "打基础|地基|基础|预埋件|浇筑|foundation|footings|groundwork|concrete"),
    ("tp_steel", "钢结构安装", "Steel structure erected", "service", "other", "physical", "engineering",
     "主体|骨架|钢架|立柱|钢材|热镀锌|steel|frame|structure|steelwork|superstructure"),
    ("tp_cladding", "覆盖安装", "Cladding installed", "service", "other", "physical", "engineering",
     "盖膜|上膜|装玻璃|装阳光板|覆盖材料|cladding|glazing|covering|film install|roofing"),
    ("tp_systems", "环控系统安装", "Systems installed", "service", "other", "physical", "engineering",
     "环控|内外遮阳|湿帘风机|供暖系统|水肥一体化|灌溉|控制柜|climate system|heating|irrigation|fit-out|MEP"),
    ("tp_commissioning", "系统调试", "Commissioning", "service", "other", "physical", "engineering",
     "调试|试运行|联调|commissioning|testing|test run|start-up"),
    ("tp_handover", "竣工验收", "Handover", "service", "other", "physical", "engineering",
     "验收|交付|交工|竣工|移交|整改|punch list|handover|hand-over|acceptance|completion|snag list"),
    ("tp_final_payment", "尾款", "Final payment", "service", "other", "digital", "finance",
     "结算|尾款回收|回款|结清|final payment|balance payment|retention|collection"),
    ("tp_maint_contract", "维保合同", "Maintenance contract", "loyalty", "other", "digital", "service",
     "维保|维护合同|托管|年保|售后服务合同|maintenance contract|service contract|service plan|SLA"),
    ("tp_maint_visit", "定期巡检", "Scheduled inspection", "loyalty", "other", "physical", "service",
     "巡检|保养|例行检查|上门检查|inspection|routine visit|preventive maintenance|PM visit"),
    ("tp_ticket", "报修", "Service ticket", "service", "phone", "digital", "service",
     "报障|故障|投诉|售后|工单|报修单|ticket|breakdown|fault report|service call|callout"),
    ("tp_repair", "维修完成", "Repair done", "service", "other", "physical", "service",
     "维修|修好|上门维修|处理完|repair|fix|fixed|resolved|call closed"),
    ("tp_renewal", "维保续约", "Maintenance renewal", "loyalty", "other", "digital", "service",
     "续约|续签|续费|到期|不续了|renewal|renew|lapse|churn|contract expiry"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("lead_to_contract", "线索到签约", "Lead to contract",
     ["tp_lead", "tp_site_survey", "tp_design", "tp_quote", "tp_contract"], 120),
    ("project_delivery", "建设交付", "Project delivery",
     ["tp_contract", "tp_deposit", "tp_foundation", "tp_steel", "tp_cladding", "tp_systems", "tp_commissioning",
      "tp_handover"], 365),
    ("repair", "报修到修复", "Ticket to repair", ["tp_ticket", "tp_repair"], 7),
]

# province: zh, region, region_zh, country, country_zh, weight, cold winter
PROVINCES = {
    "Shandong": ("山东", "east", "华东", "China", "中国", 0.23, False),
    "Hebei": ("河北", "north", "华北", "China", "中国", 0.11, True),
    "Henan": ("河南", "central", "华中", "China", "中国", 0.08, False),
    "Jiangsu": ("江苏", "east", "华东", "China", "中国", 0.08, False),
    "Liaoning": ("辽宁", "northeast", "东北", "China", "中国", 0.06, True),
    "Inner Mongolia": ("内蒙古", "north", "华北", "China", "中国", 0.05, True),
    "Xinjiang": ("新疆", "northwest", "西北", "China", "中国", 0.06, True),
    "Yunnan": ("云南", "southwest", "西南", "China", "中国", 0.08, False),
    "Sichuan": ("四川", "southwest", "西南", "China", "中国", 0.06, False),
    "Shaanxi": ("陕西", "northwest", "西北", "China", "中国", 0.05, False),
    "Beijing": ("北京", "north", "华北", "China", "中国", 0.04, True),
    "Zhejiang": ("浙江", "east", "华东", "China", "中国", 0.04, False),
    "Almaty": ("阿拉木图", "overseas", "海外", "Kazakhstan", "哈萨克斯坦", 0.035, True),
    "Tashkent": ("塔什干", "overseas", "海外", "Uzbekistan", "乌兹别克斯坦", 0.03, True),
    "Ulaanbaatar": ("乌兰巴托", "overseas", "海外", "Mongolia", "蒙古", 0.015, True),
    "Riyadh": ("利雅得", "overseas", "海外", "Saudi Arabia", "沙特阿拉伯", 0.014, False),
    "Abu Dhabi": ("阿布扎比", "overseas", "海外", "United Arab Emirates", "阿联酋", 0.009, False),
}
SOUTH = {"Yunnan", "Sichuan", "Zhejiang", "Jiangsu"}
GULF = {"Riyadh", "Abu Dhabi"}
HAIL_PROV = {"Hebei", "Shandong"}
CLIENT_TYPES = {  # zh, weight domestic, weight overseas, gh mix
    "family_farm": ("家庭农场", 0.38, 0.05, {"tunnel": 0.35, "solar": 0.35, "film": 0.30}),
    "cooperative": ("合作社", 0.22, 0.05, {"solar": 0.30, "film": 0.45, "tunnel": 0.25}),
    "agri_company": ("农业企业", 0.25, 0.80, {"film": 0.42, "glass": 0.33, "pc": 0.10, "solar": 0.15}),
    "research_institute": ("科研院所", 0.05, 0.05, {"pc": 0.5, "glass": 0.5}),
    "government_park": ("农业园区", 0.10, 0.05, {"glass": 0.55, "film": 0.30, "pc": 0.15}),
}
GH = {  # type: zh, CNY per m2 range, area range, extra design rounds (mean), milestone days (fdn, steel, clad, sys, comm)
    "tunnel": ("塑料大棚", (60, 95), (2000, 8000), 0.3, ((5, 10), (7, 14), (3, 7), (2, 5), (1, 3))),
    "solar": ("日光温室", (320, 480), (2000, 10000), 0.6, ((15, 25), (10, 20), (5, 10), (3, 8), (2, 4))),
    "film": ("连栋薄膜温室", (260, 380), (3000, 20000), 1.0, ((12, 22), (18, 35), (8, 15), (10, 20), (3, 6))),
    "pc": ("阳光板温室", (480, 680), (1500, 8000), 1.3, ((12, 20), (15, 25), (10, 18), (10, 20), (3, 6))),
    "glass": ("文洛式玻璃温室", (850, 1300), (5000, 30000), 2.0, ((20, 35), (30, 55), (20, 40), (20, 35), (5, 10))),
}
CROPS = {  # gh type -> crop mix
    "tunnel": {"leafy_greens": 0.4, "strawberry": 0.3, "cucumber": 0.3},
    "solar": {"tomato": 0.4, "cucumber": 0.3, "strawberry": 0.3},
    "film": {"tomato": 0.35, "cucumber": 0.2, "seedlings": 0.25, "flowers": 0.2},
    "pc": {"seedlings": 0.5, "flowers": 0.3, "medicinal_herbs": 0.2},
    "glass": {"tomato": 0.45, "flowers": 0.3, "seedlings": 0.15, "leafy_greens": 0.1},
}
CROP_ZH = {"leafy_greens": "叶菜", "strawberry": "草莓", "cucumber": "黄瓜", "tomato": "番茄", "seedlings": "育苗",
           "flowers": "花卉", "medicinal_herbs": "中药材"}
SOURCES = {  # channel: zh, p(survey), p(contract | quote)
    "trade_show": ("展会", 0.78, 0.36),
    "website": ("官网", 0.66, 0.30),
    "referral": ("老客户介绍", 0.90, 0.58),
    "tender": ("政府招标", 0.92, 0.48),
    "wechat": ("微信", 0.72, 0.32),
    "online_ads": ("抖音广告", 0.45, 0.14),
    "sales_visit": ("地推拜访", 0.85, 0.38),
}
SHOWS = [  # name, zh, first day, last day, leads
    ("Shouguang Vegetable Expo 2024", "2024寿光菜博会", "2024-04-20", "2024-05-30", 80),
    ("HortiExpo Beijing 2024", "2024北京国际设施园艺展", "2024-08-21", "2024-08-23", 22),
    ("Shouguang Vegetable Expo 2025", "2025寿光菜博会", "2025-04-20", "2025-05-30", 110),
    ("HortiExpo Beijing 2025", "2025北京国际设施园艺展", "2025-08-20", "2025-08-22", 24),
    ("Shouguang Vegetable Expo 2026", "2026寿光菜博会", "2026-04-20", "2026-05-30", 110),
]
REPS = {"east": ["Zhang Wei", "Li Na", "Chen Jie"], "north": ["Wang Lei"], "northeast": ["Wang Lei"],
        "central": ["Liu Yang"], "northwest": ["Zhao Min", "Liu Yang"], "southwest": ["Zhao Min"],
        "overseas": ["Sun Hao", "Daniyar Abenov"]}
DESIGNERS = ["Gao Yu", "Ma Lin", "Xu Qing", "Peter van Dijk"]
SURVEYORS = ["Han Bo", "Qiao Feng", "Tian Rui", "Song Kai", "Lu Ming"]
MANAGERS = ["Guo Qiang", "Yan Tao", "Feng Jun", "He Dong", "Jiang Bin", "Ruslan Tokayev"]
TECHS = ["Wu Gang", "Zheng Hai", "Lin Feng", "Cao Yong", "Deng Liang", "Xie Peng", "Pan Hui", "Du Wei",
         "Bekzod Rakhimov", "Ye Sheng"]
CREW_ZH = {"crew_1": "一队", "crew_2": "二队", "crew_3": "三队(外包)", "crew_intl": "国际项目队"}
SUPPLIER_ZH = {"hengda": "恒达钢构", "beichen": "北辰钢构", "huaye": "华冶钢材"}
ISSUE_ZH = {"heating_failure": "供暖故障", "film_tear": "棚膜破损", "glass_breakage": "玻璃破损",
            "gutter_leak": "天沟漏水", "irrigation_leak": "灌溉漏水", "vent_motor": "开窗电机故障",
            "controller_fault": "控制器故障", "shading_system": "遮阳系统故障"}
LAPSE_ZH = {"slow_service": "售后响应慢", "price": "嫌贵", "own_staff": "自己维护", "business_closed": "停止经营"}
PLAN_ZH = {"basic": "基础版", "standard": "标准版", "premium": "全包版"}
PLAN_FEE = {"basic": 1.2, "standard": 2.5, "premium": 4.5}  # CNY per m2 per year
LOST_ZH = {"price": "价格太高", "competitor": "选了竞争对手", "financing": "资金没落实", "land_permit": "用地手续",
           "postponed": "项目推迟", "no_response": "联系不上", "site_unsuitable": "场地不合适"}

HAIL = (dt("2025-06-14"), dt("2025-06-16"))          # hail storm over Hebei and Shandong
COLD_WAVE = (dt("2026-01-18"), dt("2026-01-28"))     # cold wave, north China / Central Asia
C5_BUGGY = (dt("2025-08-01"), dt("2026-01-20"))       # ClimaLink C5 firmware 2.3 (fixed by 2.4 on 2026-01-20)
HENGDA_JAM = (dt("2025-04-01"), dt("2025-08-15"))    # Hengda galvanizing line shut, steel deliveries late
SD_SUBSIDY = dt("2025-03-01")                        # Shandong facility-agriculture subsidy starts
EXP = (dt("2025-03-01"), dt("2025-12-31 23:59"))     # proposal_3d_2025: first design round in this window
APP_LIVE = dt("2025-05-01")                           # service app for tickets
CREW3_FROM = dt("2025-01-01")                         # subcontracted crew 3 takes projects

# ---------------------------------------------------------------- state
events: list[dict] = []
orders: list[dict] = []
customers: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
experiments: list[dict] = []
_n = {"e": 0, "f": 0, "t": 0, "q": 0}


def nxt(k):
    _n[k] += 1
    return _n[k]


def ev(c, tp, t: datetime, action, **kw):
    assert inside(t), (tp, t)
    if t < T0:  # before the CRM migration: not in the extract
        return {}
    e = dict(event_id=f"E{nxt('e'):07d}", customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp, action=action,
             province=c["province"], 省份=c["省份"], country=c["country"], 国家=c["国家"],
             client_type=c["client_type"], 客户类型=c["客户类型"], sales_rep=c["sales_rep"])
    e.update(kw)
    events.append(e)
    return e


# ---------------------------------------------------------------- feedback texts
# topic -> (zh templates, en templates, sentiment). The marker words of the topics that questions count (README) are
# in every template of their topic and in no template of another topic (gold.py checks this against _truth).
TEXTS = {
    "price": ([
        "客户觉得报价太贵了，一亩地的造价超出预算一大截",
        "老板嫌太贵，说隔壁县的大棚便宜三成",
        "报价太贵，客户想先建一半面积",
        "价格太贵了，今年菜价不好，资金压力大"], [
        "Client says the quote is too expensive per square metre for their budget.",
        "Too expensive compared to what they paid for their last project.",
        "They like the layout but find it too expensive, may phase the build.",
        "The price came in too expensive after shipping and duties were added."], "negative"),
    "competitor": ([
        "客户在比竞品的方案，对方承诺四十天交付",
        "竞品报价低了一成，还送三年维保",
        "客户最后选了竞品，说人家是本地的好沟通",
        "竞品拿出了他们在寿光的样板棚，客户被说动了"], [
        "They are comparing us with a competitor that promises delivery in 40 days.",
        "A competitor came in 10% lower and threw in three years of maintenance.",
        "Client went with a local competitor, easier to communicate they say.",
        "The competitor showed them a reference site nearby and that sealed it."], "neutral"),
    "financing": ([
        "客户贷款还没批下来，项目先放一放",
        "合作社在等银行贷款，资金到位再签",
        "贷款额度不够，想分两期建",
        "农商行贷款审批卡住了"], [
        "Client's bank loan has not been approved yet, project on hold.",
        "Waiting for the loan to come through before signing.",
        "Loan amount too small, they want to build in two phases.",
        "The agricultural loan application is stuck at the bank."], "neutral"),
    "land": ([
        "设施农业用地备案还没办下来，暂时不能动工",
        "用地性质有问题，基本农田不能建温室",
        "乡镇还在审用地手续，客户说等通知"], [
        "The land use permit for the greenhouse site is still pending.",
        "Land use classification problem, the plot is protected farmland.",
        "Local authority still reviewing the land use filing, client waiting."], "neutral"),
    "subsidy": ([
        "山东的设施农业补贴下来了，客户决定扩大面积",
        "有补贴以后客户积极多了，想尽快签",
        "补贴申请要附合同，客户催着签约",
        "在等补贴资金拨付，尾款要晚一点给",
        "补贴款还没到账，尾款想缓一个月"], [
        "With the provincial subsidy approved the client wants to go bigger.",
        "The subsidy makes the numbers work for them, keen to sign soon.",
        "They need a signed contract to apply for the subsidy.",
        "Final payment will be late, they are still waiting for the subsidy to be paid out.",
        "Subsidy money has not arrived yet, asking to delay the balance."], "neutral"),
    "postponed": ([
        "客户说今年不建了，明年再说",
        "项目推迟，老板身体原因",
        "种植计划变了，先观望一季"], [
        "Client postponed the project to next year.",
        "Project pushed back, owner wants to see one more season.",
        "Plans changed, they will revisit in spring."], "neutral"),
    "delay": ([
        "工期比合同晚了快一个月，错过了秋茬定植",
        "整体工期拖得太久，钢材迟迟不到",
        "工期一拖再拖，我们的育苗计划全乱了",
        "冬天施工停了好几次，工期延后很多",
        "工期延误没有提前通知，很被动"], [
        "The build ran a month behind schedule and we missed the autumn planting.",
        "Project was behind schedule for weeks waiting for steel.",
        "We were behind schedule the whole way, seedling plans are a mess.",
        "Winter stoppages put the build far behind schedule.",
        "Nobody warned us we were behind schedule until the last minute."], "negative"),
    "crew": ([
        "施工队现场管理太乱，垃圾到处扔，验收时一堆整改",
        "施工队干活粗糙，螺栓没拧紧，验收返工好几次",
        "外包的施工队不专业，沟通也困难",
        "施工队走的时候没清场，还压坏了我们的田埂"], [
        "The site crew left a mess and the punch list was long.",
        "Sloppy work by the crew, loose bolts everywhere at handover.",
        "The subcontracted crew was unprofessional and hard to talk to.",
        "The crew did not clean up the site and damaged our field edges."], "negative"),
    "customs": ([
        "玻璃在口岸清关等了三周，施工只能停",
        "清关手续太慢，钢材压在霍尔果斯",
        "清关资料反复补，耽误了很多时间"], [
        "The glass sat in customs for three weeks and the site stood still.",
        "Steel was held in customs at the border and the site stood idle.",
        "Customs paperwork kept bouncing back and cost us weeks."], "negative"),
    "praise_build": ([
        "温室建得很漂亮，结构结实，验收一次通过",
        "整体质量不错，通风效果比老棚好多了",
        "交付很顺利，项目经理很专业",
        "新棚用起来很满意，种的番茄长势很好"], [
        "Beautiful greenhouse, solid structure, passed handover first time.",
        "Build quality is excellent and ventilation is much better than our old houses.",
        "Smooth delivery, the project manager was very professional.",
        "Very happy with the new greenhouse, the tomatoes are doing great."], "positive"),
    "controller": ([
        "控制器老是死机，半夜天窗自己打开，苗差点冻坏",
        "新装的控制器数据乱跳，温度显示不准",
        "控制器连不上网，手机上看不到数据",
        "控制器又重启了，这个月第三次"], [
        "The controller keeps freezing and opened the roof vents at night.",
        "New climate controller shows jumping temperature readings.",
        "Controller drops offline, we can't see anything on the phone.",
        "The controller rebooted itself again, third time this month."], "negative"),
    "heating": ([
        "供暖锅炉半夜停了，棚里温度掉到五度",
        "供暖管道有一段不热，靠边的苗长得差",
        "寒潮来了供暖跟不上，急需上门",
        "供暖系统点不着火，报警一直响"], [
        "The heating boiler stopped overnight and the house dropped to 5 degrees.",
        "One heating loop stays cold, plants on that side are suffering.",
        "Heating can't keep up with the cold snap, need someone today.",
        "Heating system won't ignite and the alarm keeps going off."], "negative"),
    "leak": ([
        "下雨天沟漏水，滴到苗床上",
        "滴灌主管漏水，一晚上浪费好多水",
        "天沟接口漏水，地面全是积水",
        "灌溉管道接头漏水，压力上不去"], [
        "The gutter leaks every time it rains, dripping on the benches.",
        "Main irrigation line has a leak, lost a lot of water overnight.",
        "Gutter joint leak, water pooling on the floor.",
        "Leak at the irrigation manifold, pressure won't build."], "negative"),
    "torn": ([
        "大风把棚膜撕开一个大口子",
        "棚膜老化破了几处，要换膜",
        "卷帘的时候棚膜被刮破了",
        "棚膜压膜线松了，膜被风掀起来"], [
        "Strong wind left the roof film torn along two spans.",
        "The film is torn in several places, needs replacing.",
        "Film got torn by the roll-up bar.",
        "Film came loose and is torn at the edge."], "negative"),
    "hail": ([
        "冰雹把顶上砸了好多洞，整棚都得检修",
        "昨天下冰雹，玻璃碎了一片，请尽快来人",
        "冰雹过后好几天都排不上维修"], [
        "Hail punched holes all over the roof, please inspect everything.",
        "Yesterday's hail broke a whole section of glass, send someone asap.",
        "Days after the hail we still can't get a repair slot."], "negative"),
    "glass": ([
        "有两块玻璃裂了，怕掉下来伤人",
        "侧墙玻璃碎了一块，需要更换"], [
        "Two glass panes are cracked, worried they will fall.",
        "One side wall pane is broken, needs replacing."], "negative"),
    "vent": ([
        "开窗电机不转了，天窗关不上",
        "开窗电机异响，齿条卡住了"], [
        "The vent motor stopped, roof vents won't close.",
        "Vent motor grinding noise, the rack is stuck."], "negative"),
    "shading": ([
        "遮阳网拉不开，卡在中间",
        "内遮阳幕布跑偏了"], [
        "Shade screen is stuck halfway.",
        "The internal shade cloth runs crooked."], "negative"),
    "slow": ([
        "报修后响应慢，等了三天才有人来",
        "响应慢得离谱，电话打了好几遍",
        "售后响应慢，损失谁来负责",
        "每次报修都响应慢，维保费白交了"], [
        "Slow response, it took three days for anyone to show up.",
        "Very slow response, I called again and again.",
        "Slow response from service cost us part of the crop.",
        "Slow response every time, what are we paying the maintenance fee for."], "negative"),
    "technician": ([
        "维修师傅很专业，一个小时就搞定了",
        "师傅来得很快，顺便把别的小问题也看了",
        "师傅态度好，讲得很清楚",
        "感谢师傅冒雨过来修"], [
        "The technician was fast and fixed it within an hour.",
        "Great technician, also checked the other vents while here.",
        "Friendly technician who explained everything clearly.",
        "Thanks to the technician who came out in the rain."], "positive"),
    "render3d": ([
        "方案里的3D效果图很直观，老板一看就懂",
        "3D效果图把采光和通风都讲清楚了，很有帮助",
        "有了3D漫游，合作社开会很快就定了"], [
        "The 3D walkthrough made the layout easy to understand for the owner.",
        "The 3D rendering showed light and airflow clearly, very helpful.",
        "With the 3D model the board approved the layout in one meeting."], "positive"),
    "design_generic": ([
        "方案收到了，跨度和开间再调整一下",
        "图纸看了，过道想再宽一点",
        "方案基本可以，等老板确认",
        "希望把育苗区和生产区分开"], [
        "Got the layout, please adjust the span and bay width.",
        "Drawings reviewed, we want a wider central aisle.",
        "Layout looks fine, waiting for the owner's sign-off.",
        "Please separate the propagation area from production."], "neutral"),
    "expo": ([
        "展会上看了样板棚，想了解一下连栋的价格",
        "对日光温室感兴趣，想来公司看看",
        "想做育苗棚，请联系我",
        "留个电话，想了解补光和水肥一体化"], [
        "Saw your demo greenhouse at the show, interested in pricing.",
        "Interested in a glasshouse for tomatoes, please call.",
        "Looking for a propagation greenhouse, contact me.",
        "Want to know more about lighting and fertigation options."], "neutral"),
    "visit_ok": ([
        "巡检很认真，提前发现了问题",
        "例行保养做得不错，报告很详细"], [
        "The routine inspection caught an issue early, good job.",
        "Preventive visit was thorough, nice detailed report."], "positive"),
    "nps_pos": ([
        "整体满意，会推荐给合作社的朋友",
        "用了几年了，质量靠得住",
        "服务很到位，值得推荐"], [
        "Overall very satisfied, would recommend to other growers.",
        "Reliable greenhouses, years without major problems.",
        "Good service all round, happy to recommend."], "positive"),
    "nps_neu": ([
        "还行吧，有问题都能解决",
        "一般，看后面的服务",
        "中规中矩"], [
        "It's fine, problems do get solved.",
        "Average, let's see how service holds up.",
        "Okay overall."], "neutral"),
    "nps_neg": ([
        "售后不太行，不会推荐",
        "问题太多了，很失望",
        "建完就不管了的感觉"], [
        "After-sales is poor, would not recommend.",
        "Too many problems, disappointed.",
        "Feels like they forget you once the build is done."], "negative"),
}
RATING = {"negative": (1, 2), "neutral": (3, 3), "positive": (4, 5)}


def add_fb(text_topic, t: datetime | None, channel, c=None, tp="", lang=None, rating=None, nps=None, **kw):
    if t is not None and t < T0:
        return {}
    zh, en, sent = TEXTS[text_topic]
    lang = lang or (c["preferred_language"] if c else "zh")
    text = (zh if lang == "zh" else en)[int(rng.integers(len(zh if lang == "zh" else en)))]
    fid = f"F{nxt('f'):06d}"
    row = dict(feedback_id=fid, text=text, ts=fmt(t) if t else "", customer_id=c["customer_id"] if c else "",
               touchpoint_id=tp, channel=channel, rating=rating if rating is not None else "",
               nps=nps if nps is not None else "", language=lang,
               province=c["province"] if c else "", 省份=c["省份"] if c else "",
               country=c["country"] if c else "", client_type=c["client_type"] if c else "")
    row.update(kw)
    feedback.append(row)
    truth.append(dict(feedback_id=fid, topic=text_topic, sentiment=sent))
    return row


def rate_for(topic):
    lo, hi = RATING[TEXTS[topic][2]]
    return ri(lo, hi)


# ---------------------------------------------------------------- customers
def new_customer(cid, overseas_share=0.16, signup=None, legacy=False):
    overseas = chance(overseas_share)
    provs = [p for p, v in PROVINCES.items() if (v[1] == "overseas") == overseas]
    prov = pick(provs, [PROVINCES[p][5] for p in provs])
    zh, region, region_zh, country, country_zh, _, cold = PROVINCES[prov]
    ct = pick(list(CLIENT_TYPES), [v[2 if overseas else 1] for v in CLIENT_TYPES.values()])
    mix = dict(CLIENT_TYPES[ct][3])
    if prov in SOUTH or overseas:  # solar greenhouses are a north China design
        mix.pop("solar", None)
        if overseas:
            mix.pop("tunnel", None)
    gh = pickd(mix) if mix else "film"
    lang = "en" if overseas else ("en" if ct == "agri_company" and chance(0.35) else "zh")
    c = dict(customer_id=cid, signup_at=fmt(signup) if signup else "", province=prov, 省份=zh, region=region,
             区域=region_zh, country=country, 国家=country_zh, client_type=ct, 客户类型=CLIENT_TYPES[ct][0],
             gh_type=gh, 温室类型=GH[gh][0], crop="", 作物="", preferred_language=lang,
             sales_rep=REPS[region][int(rng.integers(len(REPS[region])))], cold=cold, overseas=overseas,
             legacy=legacy)
    crop = pickd(CROPS[gh])
    c["crop"], c["作物"] = crop, CROP_ZH[crop]
    lo, hi = GH[gh][2]
    c["area_m2"] = int(round(u(lo, hi) * (1.3 if ct in ("government_park", "agri_company") else 1.0), -2))
    if ct == "research_institute":
        c["area_m2"] = int(round(u(1500, 6000), -2))
    c["farm_size_mu"] = int(round(c["area_m2"] / 666.7 * u(1.5, 4)))
    c["company_name"] = company_name(c)
    return c


FARM_WORDS = ["丰禾", "绿源", "金穗", "润田", "鑫农", "兴农", "沃土", "青禾", "瑞丰", "田园", "嘉禾", "富民"]


def company_name(c):
    if c["overseas"]:
        return f"{['Green', 'Steppe', 'Oasis', 'Sun', 'Silk Road', 'Desert'][int(rng.integers(6))]} " \
               f"{['Agro', 'Farms', 'Harvest', 'Greens', 'Fresh'][int(rng.integers(5))]} " \
               f"{['LLP', 'LLC', 'JSC', 'Co.'][int(rng.integers(4))]}"
    w = FARM_WORDS[int(rng.integers(len(FARM_WORDS)))]
    return {"family_farm": f"{c['省份']}{w}家庭农场", "cooperative": f"{c['省份']}{w}蔬菜专业合作社",
            "agri_company": f"{c['省份']}{w}农业科技有限公司", "research_institute": f"{c['省份']}农业科学院{w}试验站",
            "government_park": f"{c['省份']}{w}现代农业产业园"}[c["client_type"]]


# ---------------------------------------------------------------- leads → contract
def lead_times():
    """lead dates: ~45 a month, the expos add their own, Chinese New Year is quiet, slow growth"""
    out = []
    d = LEAD0
    while d <= DEND:
        lam = 1.45 * (1 + 0.12 * (d.year - 2024))
        if d.month == 2:
            lam *= 0.5
        if d.month in (3, 9, 10):
            lam *= 1.2
        for _ in range(int(rng.poisson(lam))):
            out.append((datetime.combine(d, datetime.min.time()) + timedelta(minutes=int(u(7 * 60, 21 * 60))),
                        None))
        d += timedelta(days=1)
    for name, zh, a, b, n in SHOWS:
        span = (dt(b) - dt(a)).days + 1
        for _ in range(n):
            k = min(int(rng.exponential(span / 6)), span - 1) if span > 5 else ri(0, span - 1)
            t = dt(a) + timedelta(days=k, minutes=int(u(9 * 60, 17 * 60)))
            if t <= TEND:
                out.append((t, (name, zh)))
    out.sort(key=lambda x: x[0])
    return out


def lead_channel(c, show):
    if show:
        return "trade_show"
    ct = c["client_type"]
    if ct in ("government_park", "research_institute"):
        return pickd({"tender": 0.7, "referral": 0.1, "website": 0.1, "sales_visit": 0.1})
    if c["overseas"]:
        return pickd({"website": 0.5, "referral": 0.3, "sales_visit": 0.2})
    if ct == "agri_company":
        return pickd({"website": 0.3, "sales_visit": 0.3, "referral": 0.2, "wechat": 0.1, "online_ads": 0.1})
    return pickd({"wechat": 0.28, "online_ads": 0.27, "referral": 0.2, "sales_visit": 0.15, "website": 0.1})


def run_lead(c, t0, show):
    ch = lead_channel(c, show)
    c["acquisition_channel"], c["获客渠道"] = ch, SOURCES[ch][0]
    c["signup_at"] = fmt(t0)
    gh, area = c["gh_type"], c["area_m2"]
    budget = "<0.5M" if area * GH[gh][1][0] < 5e5 else ("0.5-3M" if area * GH[gh][1][0] < 3e6 else ">3M")
    ev(c, "tp_lead", t0, "submit", channel=ch, lead_source=show[0] if show else "", 展会=show[1] if show else "",
       gh_type=gh, 温室类型=GH[gh][0], est_area_m2=area, budget_band=budget)
    if show and chance(0.33) and t0 >= T0:  # expo lead cards typed in later, without a date
        add_fb("expo", None, "expo_card", c, tp="tp_lead")
    c["lost_reason"] = ""
    # survey
    if not chance(SOURCES[ch][1] * (0.9 if c["overseas"] else 1.0)):
        c["lost_reason"] = "no_response" if chance(0.7) else "postponed"
        c["last_touch"] = t0
        return None
    t = work(t0, ri(3, 21) + (10 if c["overseas"] else 0))
    if not inside(t):
        return None
    wet = t.month in (6, 7, 8)
    if chance(0.24 if wet else 0.08):
        ev(c, "tp_site_survey", t, "rescheduled", channel="onsite", surveyor=SURVEYORS[ri(0, 4)],
           reschedule_reason=pick(["rain", "client_unavailable", "road_access"], [0.7, 0.2, 0.1]))
        t = work(t, ri(3, 10))
        if not inside(t):
            return None
    snow = round(u(0.35, 0.6), 2) if c["cold"] else round(u(0.1, 0.3), 2)
    ev(c, "tp_site_survey", t, "completed", channel="onsite", surveyor=SURVEYORS[ri(0, 4)],
       soil_type=pick(["loam", "clay", "sandy", "saline"], [0.45, 0.25, 0.2, 0.1]),
       wind_zone=pick(["I", "II", "III"], [0.3, 0.5, 0.2]), snow_load_kn_m2=snow, survey_hours=round(u(2, 7), 1))
    if not chance(0.93 if ch == "online_ads" else 0.88):
        if chance(0.5):
            c["lost_reason"] = "site_unsuitable"
        else:
            c["lost_reason"] = "no_response"
        c["last_touch"] = t
        return None
    # design rounds
    t1 = t + timedelta(days=ri(2, 8))
    if EXP[0] <= t1 <= EXP[1]:
        variant = "render_3d" if chance(0.5) else "drawings_2d"
        experiments.append(dict(experiment_id="proposal_3d_2025", variant=variant, customer_id=c["customer_id"],
                                assigned_at=fmt(t1)))
        with3d = variant == "render_3d"
    else:
        with3d = t1 >= dt("2026-01-01")  # 3D walkthroughs for every proposal from 2026
    extra = GH[gh][3] * (0.6 if with3d else 1.0)
    rounds = 1 + int(rng.poisson(extra))
    designer = DESIGNERS[3] if c["overseas"] else DESIGNERS[ri(0, 2)]
    t = t1
    for k in range(1, rounds + 1):
        days = round(u(6, 14) if gh == "glass" else u(3, 10), 1)
        t = work(t + timedelta(days=days))
        if not inside(t):
            return None
        ev(c, "tp_design", t, "approved" if k == rounds else "revision_requested", channel="email",
           design_round=k, days_in_round=days, designer=designer, with_3d="yes" if with3d else "no",
           gh_type=gh, 温室类型=GH[gh][0])
        if k == rounds and chance(0.3):
            add_fb("render3d" if with3d and chance(0.6) else "design_generic", t + timedelta(hours=u(2, 30)),
                   "design_comment", c, tp="tp_design")
    # quote
    if not chance(0.93):
        c["lost_reason"], c["last_touch"] = "postponed", t
        return None
    t = work(t, ri(3, 10))
    if not inside(t):
        return None
    ppm = u(*GH[gh][1])
    if t >= dt("2025-07-01"):
        ppm *= 1.06  # steel price rise passed on from July 2025
    if c["overseas"]:
        ppm *= 1.25  # freight, duties, supervision
    qno = f"Q{nxt('q'):05d}"
    nrev = pick([0, 1, 2], [0.6, 0.3, 0.1])
    for k in range(nrev + 1):
        if k:
            t = work(t, ri(4, 14))
            ppm *= u(0.93, 0.98)
            if not inside(t):
                return None
        ev(c, "tp_quote", t, "sent" if k == 0 else "revised", channel="email", quote_no=qno, quote_version=k + 1,
           gh_type=gh, 温室类型=GH[gh][0], area_m2=area, quote_per_m2_cny=round(ppm, 1),
           quote_cny=round(ppm * area, -2))
    c["quote_ppm"] = ppm
    # contract
    p = SOURCES[ch][2]
    if c["province"] == "Shandong":
        p *= 1.7 if t0 >= SD_SUBSIDY else 0.75
    if with3d:
        p *= 1.45
    if c["overseas"]:
        p *= 0.9
    p = min(p, 0.92)
    signs = chance(p)
    lag = ri(7, 60) if not chance(0.22) else ri(61, 140)
    if signs:
        tc = work(t, lag)
        if not inside(tc):
            return None
        return tc
    reason = pickd({"price": 0.42, "competitor": 0.25, "financing": 0.15, "land_permit": 0.08, "postponed": 0.10})
    if c["province"] == "Shandong" and t0 < SD_SUBSIDY and chance(0.3):
        reason = "financing"
    c["lost_reason"], c["last_touch"] = reason, work(t, lag)
    tn = work(t, ri(10, 45))
    if inside(tn) and chance(0.75):
        topic = {"price": "price", "competitor": "competitor", "financing": "financing", "land_permit": "land",
                 "postponed": "postponed"}[reason]
        add_fb(topic, tn, "sales_note", c, tp="tp_quote", lang="en" if c["overseas"] else "zh")
    if c["province"] == "Shandong" and t0 >= SD_SUBSIDY and chance(0.25):
        t2 = work(t, ri(3, 20))
        if inside(t2):
            add_fb("subsidy", t2, "sales_note", c, tp="tp_quote", lang="zh")
    return None


# ---------------------------------------------------------------- projects
def crew_for(c, t):
    if c["overseas"]:
        return "crew_intl"
    if t < CREW3_FROM:
        return pick(["crew_1", "crew_2"], [0.5, 0.5])
    return pick(["crew_1", "crew_2", "crew_3"], [0.33, 0.32, 0.35])


def controller_for(gh, t):
    if gh == "tunnel":
        return "none"
    if gh == "solar":
        return pick(["none", "GreenBrain GB2"], [0.6, 0.4])
    if t >= C5_BUGGY[0]:
        return pick(["ClimaLink C5", "GreenBrain GB2"], [0.75, 0.25])
    return pick(["ClimaLink C3", "GreenBrain GB2"], [0.7, 0.3])


def heating_for(gh, prov):
    if prov in GULF:
        return "none"
    return pickd({"glass": {"gas_boiler": 0.6, "heat_pump": 0.2, "biomass_boiler": 0.2},
                  "pc": {"gas_boiler": 0.5, "heat_pump": 0.5},
                  "film": {"none": 0.5, "gas_boiler": 0.3, "biomass_boiler": 0.2},
                  "solar": {"none": 1.0}, "tunnel": {"none": 1.0}}[gh])


def winterish(t):
    return t.month in (12, 1, 2)


sites: list[dict] = []  # installed greenhouses (service base)


def run_project(c, tc):
    gh, area = c["gh_type"], c["area_m2"]
    pno = f"P{tc.year % 100}{nxt('t'):04d}"
    value = round(c["quote_ppm"] * area * u(0.97, 1.0), -2)
    financing = "subsidy" if (c["province"] == "Shandong" and tc >= SD_SUBSIDY and chance(0.6)) else \
        pickd({"self_funded": 0.55, "bank_loan": 0.35, "subsidy": 0.10})
    dep_pct = 0.4 if c["overseas"] else 0.3
    common = dict(project_no=pno, gh_type=gh, 温室类型=GH[gh][0], area_m2=area)
    ev(c, "tp_contract", tc, "signed", channel="tender" if c["acquisition_channel"] == "tender" else "sales_rep",
       contract_cny=value, deposit_pct=dep_pct, financing=financing, **common)
    c["first_contract_at"] = fmt(tc)
    o = dict(order_id=pno, customer_id=c["customer_id"], ts=fmt(tc), amount=value, status="in_progress",
             order_type="build_contract", channel="tender" if c["acquisition_channel"] == "tender" else "sales_rep",
             gh_type=gh, 温室类型=GH[gh][0], area_m2=area, province=c["province"], 省份=c["省份"],
             country=c["country"], 国家=c["国家"], client_type=c["client_type"], 客户类型=c["客户类型"],
             sales_rep=c["sales_rep"], financing=financing, deposit_cny=round(value * dep_pct, 2),
             collected_cny=0.0, handover_at="", final_due_date="", final_paid_at="", cancel_reason="")
    orders.append(o)
    c["segment"] = "building"
    # deposit
    t = work(tc, ri(2, 20))
    if not inside(t):
        return
    if chance(0.035):  # contract terminated before the build starts
        o["status"] = "cancelled"
        o["cancel_reason"] = pick(["land_permit_refused", "financing_fell_through", "client_withdrew"],
                                  [0.4, 0.4, 0.2])
        c["segment"] = "cancelled"
        return
    ev(c, "tp_deposit", t, "paid", channel="bank_transfer", deposit_cny=round(value * dep_pct, 2), **common)
    o["collected_cny"] = round(value * dep_pct, 2)
    crew = crew_for(c, t)
    manager = MANAGERS[5] if c["overseas"] else MANAGERS[ri(0, 4)]
    scale = 0.75 + 0.25 * area / np.mean(GH[gh][2])
    durs = GH[gh][4]
    steel_sup = pick(list(SUPPLIER_ZH), [0.42, 0.34, 0.24])
    controller = controller_for(gh, t + timedelta(days=90))
    heating = heating_for(gh, c["province"])
    t = t + timedelta(days=ri(7, 25))  # mobilisation
    total_delay = 0
    names = ["tp_foundation", "tp_steel", "tp_cladding", "tp_systems"]
    for k, tp in enumerate(names):
        planned = max(1, int(round(u(*durs[k]) * scale)))
        plan_end = t + timedelta(days=planned)
        weather = 0
        wait = 0
        if tp in ("tp_foundation", "tp_cladding"):
            if c["cold"] and (winterish(t) or winterish(plan_end)):
                weather = ri(6, 20) if tp == "tp_foundation" else ri(2, 9)
            elif t.month in (6, 7, 8) and chance(0.4):
                weather = ri(1, 4)
            else:
                weather = ri(0, 2) if chance(0.3) else 0
        customs = 0
        if tp == "tp_steel":
            if steel_sup == "hengda" and HENGDA_JAM[0] <= t <= HENGDA_JAM[1]:
                wait = ri(12, 30)
            else:
                wait = ri(0, 4)
            if c["overseas"]:
                customs = ri(10, 35)
        if tp == "tp_cladding" and c["overseas"] and gh in ("glass", "pc"):
            customs = ri(5, 20)
        slack = ri(-2, 2)
        delay = max(0, weather + wait + customs + slack)
        end = work(plan_end, delay)
        if not inside(end):
            return
        kw = dict(channel="site", planned_date=plan_end.date().isoformat(), delay_days=delay,
                  crew=crew, 施工队=CREW_ZH[crew], site_manager=manager, **common)
        if tp in ("tp_foundation", "tp_cladding"):
            kw["weather_delay_days"] = weather
        if tp == "tp_steel":
            kw.update(steel_supplier=steel_sup, 钢材供应商=SUPPLIER_ZH[steel_sup], material_wait_days=wait,
                      customs_wait_days=customs,
                      steel_tonnes=round(area * u(0.012, 0.02) * (1.6 if gh == "glass" else 1.0), 1))
        if tp == "tp_cladding":
            kw["customs_wait_days"] = customs
            kw["cladding_material"] = {"tunnel": "po_film", "solar": "po_film", "film": "po_film_double",
                                       "pc": "pc_twinwall", "glass": "float_glass_4mm"}[gh]
        if tp == "tp_systems":
            kw.update(controller_model=controller, heating_type=heating)
        ev(c, tp, end, "on_schedule" if delay <= 3 else "late", **kw)
        if tp == "tp_steel":
            o["progress_collected_cny"] = round(value * (1 - dep_pct - 0.3), 2)
            o["collected_cny"] = round(value * (1 - 0.3), 2)
        total_delay += delay
        t = end
    # commissioning
    buggy = controller == "ClimaLink C5" and t < C5_BUGGY[1]
    t = work(t, ri(*durs[4]))
    if not inside(t):
        return
    fails = 0
    while chance(0.38 if buggy else 0.09) and fails < 2:
        reason = "controller_fault" if buggy and chance(0.8) else pick(
            ["sensor_calibration", "heating_pressure", "irrigation_pressure", "controller_fault"], [0.4, 0.2, 0.3, 0.1])
        if heating == "none" and reason == "heating_pressure":
            reason = "sensor_calibration"
        ev(c, "tp_commissioning", t, "fail", channel="site", fail_reason=reason, controller_model=controller,
           crew=crew, 施工队=CREW_ZH[crew], **common)
        fails += 1
        t = work(t, ri(3, 8))
        if not inside(t):
            return
    ev(c, "tp_commissioning", t, "pass", channel="site", fail_reason="", controller_model=controller, crew=crew,
       施工队=CREW_ZH[crew], **common)
    # handover
    t = work(t, ri(2, 8))
    if not inside(t):
        return
    p_punch = {"crew_1": 0.10, "crew_2": 0.13, "crew_3": 0.46, "crew_intl": 0.22}[crew]
    punch = chance(p_punch)
    build_days = (t - tc).days
    ev(c, "tp_handover", t, "punch_list" if punch else "accepted", channel="site", crew=crew, 施工队=CREW_ZH[crew],
       punch_items=ri(4, 16) if punch else ri(0, 2), build_days=build_days, total_delay_days=total_delay,
       site_manager=manager, **common)
    o["handover_at"] = fmt(t)
    c["segment"] = "client"
    # change orders (billed with the final payment)
    co = None
    if chance(0.25):
        tco = tc + timedelta(days=int(u(0.3, 0.8) * build_days))
        co = dict(order_id=f"{pno}-CO1", customer_id=c["customer_id"], ts=fmt(work(tco)),
                           amount=round(value * u(0.03, 0.12), -2), status="in_progress", order_type="change_order",
                           channel="sales_rep", gh_type=gh, 温室类型=GH[gh][0], area_m2=area, province=c["province"],
                           省份=c["省份"], country=c["country"], 国家=c["国家"], client_type=c["client_type"],
                           客户类型=c["客户类型"], sales_rep=c["sales_rep"], financing=financing,
                           change_reason=pick(["add_heating", "extra_span", "shading_upgrade", "fertigation",
                                               "grow_lights"], [0.2, 0.2, 0.2, 0.25, 0.15]),
                           parent_project=pno)
        orders.append(co)
    # handover survey
    site = dict(c=c, gh=gh, area=area, since=t, warranty_end=t + timedelta(days=365), controller=controller,
                heating=heating, plan=None, plan_start=None, plan_end=None, crew=crew, punch=punch, slow=0,
                project_no=pno, controller_fixed=False)
    sites.append(site)
    ts = t + timedelta(days=u(3, 14))
    if inside(ts) and chance(0.75):
        if c["overseas"] and total_delay > 20 and chance(0.6):
            topic = "customs"
        elif punch and chance(0.7):
            topic = "crew"
        elif total_delay > 15 and chance(0.7):
            topic = "delay"
        elif buggy and fails and chance(0.6):
            topic = "controller"
        else:
            topic = "praise_build" if chance(0.85) else "design_generic"
        r = rate_for(topic)
        if topic == "design_generic":
            r = 4
        add_fb(topic, ts, "handover_survey", c, tp="tp_handover", rating=r, project_no=pno)
    # final payment
    due = t + timedelta(days=30)
    o["final_due_date"] = due.date().isoformat()
    ct = c["client_type"]
    p_late = {"cooperative": 0.62, "family_farm": 0.2, "agri_company": 0.10, "research_institute": 0.3,
              "government_park": 0.3}[ct]
    if c["overseas"]:
        p_late = 0.2
    late = chance(p_late)
    days = ri(35, 120) if late and ct == "cooperative" else (ri(35, 80) if late else ri(5, 30))
    tp_ = work(t, days)
    if inside(tp_):
        ev(c, "tp_final_payment", tp_, "late" if days > 30 else "on_time", channel="bank_transfer",
           final_cny=round(value * 0.3, 2), due_date=due.date().isoformat(), days_to_pay=days,
           days_late=max(0, days - 30), **common)
        o["status"], o["final_paid_at"], o["collected_cny"] = "paid", fmt(tp_), value
        if co:
            co["status"] = "paid"
        if late and ct == "cooperative" and chance(0.35):
            ts2 = due + timedelta(days=u(2, 10))
            if inside(ts2):
                add_fb("subsidy", ts2, "finance_note", c, tp="tp_final_payment", lang=c["preferred_language"])
    else:
        o["status"] = "overdue" if due < TEND else "in_progress"
        if co:
            co["status"] = o["status"]
    # maintenance contract offer
    take = {"glass": 0.8, "pc": 0.7, "film": 0.55, "solar": 0.3, "tunnel": 0.15}[gh]
    if chance(take):
        plan = pickd({"premium": 0.5, "standard": 0.4, "basic": 0.1} if gh == "glass" else
                     {"premium": 0.1, "standard": 0.4, "basic": 0.5})
        tm = work(t, ri(0, 20))
        if inside(tm):
            sign_maint(site, tm, plan, "signed")


def sign_maint(site, t, plan, action):
    c = site["c"]
    fee = round(max(3000, site["area"] * PLAN_FEE[plan]), -1)
    tp = "tp_maint_contract" if action == "signed" else "tp_renewal"
    ev(c, tp, t, action, channel="sales_rep", plan=plan, 维保套餐=PLAN_ZH[plan], annual_fee_cny=fee,
       start_date=t.date().isoformat(), end_date=(t + timedelta(days=365)).date().isoformat(),
       gh_type=site["gh"], 温室类型=GH[site["gh"]][0], area_m2=site["area"])
    orders.append(dict(order_id=f"M{nxt('t'):05d}", customer_id=c["customer_id"], ts=fmt(t), amount=fee,
                       status="paid", order_type="maintenance", channel="sales_rep", gh_type=site["gh"],
                       温室类型=GH[site["gh"]][0], area_m2=site["area"], province=c["province"], 省份=c["省份"],
                       country=c["country"], 国家=c["国家"], client_type=c["client_type"], 客户类型=c["客户类型"],
                       sales_rep=c["sales_rep"], plan=plan, 维保套餐=PLAN_ZH[plan]))
    site["plan"], site["plan_start"], site["plan_end"] = plan, t, t + timedelta(days=365)
    site["slow"] = 0
    site["_vis"] = t
    c["segment"] = "maintenance_client"


# ---------------------------------------------------------------- legacy clients
def legacy_clients(n=240):
    out = []
    for i in range(1, n + 1):
        c = new_customer(f"K{i:04d}", overseas_share=0.08, legacy=True)
        built = datetime(2019, 1, 1) + timedelta(days=ri(0, 5 * 365 - 30))
        gap = ri(60, 200)  # lead → contract
        c["acquisition_channel"] = lead_channel(c, None)
        c["获客渠道"] = SOURCES[c["acquisition_channel"]][0]
        signed = built - timedelta(days=ri(90, 200))
        c["first_contract_at"] = fmt(signed)
        c["signup_at"] = fmt(signed - timedelta(days=gap))
        c["lost_reason"] = ""
        c["segment"] = "client"
        ctrl = "none" if c["gh_type"] in ("tunnel",) else (
            pick(["ClimaLink C3", "GreenBrain GB2"], [0.7, 0.3]) if c["gh_type"] != "solar" else
            pick(["none", "GreenBrain GB2"], [0.6, 0.4]))
        site = dict(c=c, gh=c["gh_type"], area=c["area_m2"], since=T0, warranty_end=built + timedelta(days=365),
                    controller=ctrl, heating=heating_for(c["gh_type"], c["province"]), plan=None, plan_start=None,
                    plan_end=None, crew="", punch=False, slow=0, project_no=f"L{i:04d}", controller_fixed=False)
        take = {"glass": 0.85, "pc": 0.75, "film": 0.6, "solar": 0.35, "tunnel": 0.2}[c["gh_type"]]
        if chance(take):
            plan = pickd({"premium": 0.45, "standard": 0.4, "basic": 0.15} if c["gh_type"] == "glass" else
                         {"premium": 0.1, "standard": 0.4, "basic": 0.5})
            start = T0 - timedelta(days=ri(0, 364))
            site["plan"], site["plan_start"], site["plan_end"] = plan, start, start + timedelta(days=365)
            c["segment"] = "maintenance_client"
        sites.append(site)
        out.append(c)
    return out


# ---------------------------------------------------------------- service: tickets, repairs, visits, renewals
BASE_RATE = {  # monthly tickets per site of 10,000 m2
    "heating_failure": 0.0, "film_tear": 0.03, "glass_breakage": 0.012, "gutter_leak": 0.018,
    "irrigation_leak": 0.022, "vent_motor": 0.02, "controller_fault": 0.008, "shading_system": 0.012}
ISSUE_TOPIC = {"heating_failure": "heating", "film_tear": "torn", "glass_breakage": "glass", "gutter_leak": "leak",
               "irrigation_leak": "leak", "vent_motor": "vent", "controller_fault": "controller",
               "shading_system": "shading"}


def issue_rates(site, day: datetime):
    gh = site["gh"]
    r = dict(BASE_RATE)
    f = (site["area"] / 10000) ** 0.5
    if gh in ("tunnel", "solar"):
        r["glass_breakage"] = r["gutter_leak"] = r["shading_system"] = 0.0
        r["film_tear"] *= 1.6
    if gh in ("glass", "pc"):
        r["film_tear"] = 0.0
    if gh == "film":
        r["glass_breakage"] = 0.0
    if gh == "tunnel":
        r["vent_motor"] = 0.0
    if ctrl_at(site, day) == "none":
        r["controller_fault"] = 0.0
    m = day.month
    if site["heating"] != "none":
        r["heating_failure"] = 0.1 if m in (11, 12, 1, 2, 3) else 0.004
    if m in (3, 4, 5):
        r["film_tear"] *= 2.0
    if m in (6, 7, 8):
        r["gutter_leak"] *= 2.5
    if site["c5_from"] and site["c5_from"] + timedelta(days=20) <= day < C5_BUGGY[1]:
        r["controller_fault"] = 0.35
    return {k: v * f / 30.0 for k, v in r.items()}  # per day


def coverage(site, t):
    if site["plan"] and site["plan_start"] <= t < site["plan_end"]:
        return "contract"
    if t < site["warranty_end"]:
        return "warranty"
    return "paid"


def response_hours(site, cov, issue, t):
    if cov == "contract":
        h = {"premium": u(3, 10), "standard": u(8, 26), "basic": u(16, 44)}[site["plan"]]
    elif cov == "warranty":
        h = u(10, 36)
    else:
        h = u(24, 90)
    if HAIL[0] <= t < HAIL[1] + timedelta(days=10):
        h += u(30, 80)
    if COLD_WAVE[0] <= t <= COLD_WAVE[1] and issue == "heating_failure":
        h += u(8, 30)
    if site["c"]["overseas"]:
        h += u(12, 48)
    return round(h, 1)


def file_ticket(site, t, issue):
    c = site["c"]
    cov = coverage(site, t)
    ch = pickd({"phone": 0.5, "wechat": 0.4, "app": 0.1} if t < APP_LIVE else
               {"phone": 0.3, "wechat": 0.35, "app": 0.35})
    dev = pick(["android", "ios"], [0.65, 0.35]) if ch == "app" else ""
    tno = f"T{nxt('t'):06d}"
    hail = issue in ("film_tear", "glass_breakage") and HAIL[0] <= t <= HAIL[1] + timedelta(days=1) and \
        c["province"] in HAIL_PROV
    e = ev(c, "tp_ticket", t, "opened", channel=ch, device=dev, ticket_no=tno, issue_type=issue,
           故障类型=ISSUE_ZH[issue], urgency="high" if issue in ("heating_failure", "glass_breakage") or hail else
           "normal", coverage=cov, plan=site["plan"] if cov == "contract" else "", gh_type=site["gh"],
           温室类型=GH[site["gh"]][0], controller_model=ctrl_at(site, t), project_no=site["project_no"],
           cause="hail" if hail else "")
    if ch == "app" and between(t, "2026-05-01", "2026-05-31") and chance(0.5):
        dup_rows.append(dict(e))  # the app re-sent the ticket (same event_id)
    if chance(0.35):  # the hotline / WeChat note of the ticket
        topic = "hail" if hail else ISSUE_TOPIC[issue]
        add_fb(topic, t + timedelta(minutes=ri(1, 30)), "ticket_note", c, tp="tp_ticket", ticket_no=tno)
    rh = response_hours(site, cov, issue, t)
    if rh > 36:
        site["slow"] += 1
    parts = issue in ("heating_failure", "controller_fault", "vent_motor", "glass_breakage") and chance(0.45)
    # contract clients' spare parts are stocked at the regional depot; others wait for the factory
    fix_days = rh / 24 + ((u(1.5, 5) if cov == "contract" else u(3, 12)) if parts else u(0.05, 0.6))
    if issue == "controller_fault" and ctrl_at(site, t) == "ClimaLink C5" and t < C5_BUGGY[1]:
        fix_days = rh / 24 + u(0.1, 0.5)  # a reboot, the fault comes back
    tr = t + timedelta(days=fix_days)
    if not inside(tr):
        return
    nff = chance(0.04)
    ev(c, "tp_repair", tr, "no_fault_found" if nff else "fixed", channel="onsite", ticket_no=tno, issue_type=issue,
       故障类型=ISSUE_ZH[issue], response_hours=rh, days_to_fix=round(fix_days, 2), technician=TECHS[
           8 if c["overseas"] else ri(0, 7)], parts_ordered="yes" if parts else "no",
       part_cost_cny=round(u(200, 6000), -1) if parts else 0, coverage=cov, gh_type=site["gh"],
       温室类型=GH[site["gh"]][0], project_no=site["project_no"])
    if cov == "paid":
        orders.append(dict(order_id=f"R{tno[1:]}", customer_id=c["customer_id"], ts=fmt(tr),
                           amount=round(u(600, 1800) + (u(300, 8000) if parts else 0), -1),
                           status="paid" if chance(0.9) or tr < TEND - timedelta(days=45) else "unpaid",
                           order_type="repair", channel="technician", gh_type=site["gh"], 温室类型=GH[site["gh"]][0],
                           area_m2=site["area"], province=c["province"], 省份=c["省份"], country=c["country"],
                           国家=c["国家"], client_type=c["client_type"], 客户类型=c["客户类型"],
                           sales_rep=c["sales_rep"], issue_type=issue, 故障类型=ISSUE_ZH[issue], ticket_no=tno))
    if chance(0.45):
        ts = tr + timedelta(hours=u(2, 72))
        if inside(ts):
            if rh > 36 and chance(0.75):
                topic = "slow"
            elif rh <= 24 and chance(0.7):
                topic = "technician"
            elif chance(0.4):
                topic = "hail" if hail else ISSUE_TOPIC[issue]
            else:
                topic = "technician" if rh <= 36 else "slow"
            r = rate_for(topic)
            if topic in ("leak", "torn", "heating", "controller", "glass", "vent", "shading", "hail"):
                r = ri(2, 4)
            add_fb(topic, ts, "repair_survey", c, tp="tp_repair", rating=r, ticket_no=tno)


dup_rows: list[dict] = []


def segments(site):
    """[a, b) spans with constant ticket rates: month starts, the cold wave, the C5 firmware window, 20 days in"""
    cuts = {max(site["since"], T0), TEND}
    d = date(2024, 1, 1)
    while d <= DEND:
        cuts.add(datetime.combine(d, datetime.min.time()))
        d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    for x in (COLD_WAVE[0], COLD_WAVE[1] + timedelta(days=1), C5_BUGGY[0], C5_BUGGY[1],
              site["since"] + timedelta(days=20)) + ((site["c5_from"], site["c5_from"] + timedelta(days=20))
                                                     if site["c5_from"] else ()):
        cuts.add(x)
    cuts = sorted(x for x in cuts if max(site["since"], T0) <= x <= TEND)
    return list(zip(cuts[:-1], cuts[1:]))


def ticket_plan(site):
    c = site["c"]
    out = []
    issues = list(BASE_RATE)
    for a, b in segments(site):
        days = (b - a).total_seconds() / 86400
        rates = issue_rates(site, a)
        if COLD_WAVE[0] <= a <= COLD_WAVE[1] and c["cold"]:
            rates["heating_failure"] *= 7
        for k in issues:
            for _ in range(int(rng.poisson(rates[k] * days)) if rates[k] > 0 else 0):
                t = a + timedelta(days=u(0, days))
                if k == "heating_failure" and chance(0.5):
                    t = t.replace(hour=ri(0, 6))
                elif t.hour < 7 or t.hour > 21:
                    t = t.replace(hour=ri(7, 20))
                if inside(t):
                    out.append((t, k))
    if site["since"] < HAIL[0] and c["province"] in HAIL_PROV:
        if site["gh"] in ("film", "tunnel", "solar") and chance(0.35):
            out.append((HAIL[0] + timedelta(hours=u(14, 40)), "film_tear"))
        if site["gh"] in ("glass", "pc") and chance(0.5):
            out.append((HAIL[0] + timedelta(hours=u(14, 40)), "glass_breakage"))
    return sorted(out)


def visits(site, a: datetime, b: datetime):
    """quarterly inspections of the plan period [plan_start, plan_end) that fall in [a, b)"""
    c = site["c"]
    k = 0
    while True:
        day = site["plan_start"] + timedelta(days=45 + 91 * k)
        k += 1
        if day >= site["plan_end"] or day >= b:
            return
        if day < a or day < T0:
            continue
        missed = chance(0.3 if day.month == 2 else 0.06)
        tv = work(day)
        if not inside(tv):
            return
        ev(c, "tp_maint_visit", tv, "missed" if missed else "done", channel="onsite",
           technician=TECHS[8 if c["overseas"] else ri(0, 7)], plan=site["plan"], 维保套餐=PLAN_ZH[site["plan"]],
           findings="" if missed else pick(["ok", "minor_adjustment", "parts_recommended"], [0.6, 0.3, 0.1]),
           gh_type=site["gh"], 温室类型=GH[site["gh"]][0])
        if not missed and chance(0.06):
            tf = tv + timedelta(hours=u(3, 48))
            if inside(tf):
                add_fb("visit_ok", tf, "visit_note", c, tp="tp_maint_visit", rating=ri(4, 5))


def expire(site, until: datetime):
    """plan periods ending before `until`: their inspections, then the renewal decision"""
    c = site["c"]
    while site["plan"] and site["plan_end"] <= until:
        end, plan = site["plan_end"], site["plan"]
        visits(site, site["_vis"], end)
        p = {"basic": 0.62, "standard": 0.82, "premium": 0.92}[plan]
        if site["slow"] >= 1:
            p -= 0.32
        tr = max(work(end, -ri(0, 10)), work(T0, ri(0, 3)))
        site["_vis"] = end
        if chance(p):
            sign_maint(site, tr, plan, "renewed")
        else:
            lr = pick(["slow_service", "price", "own_staff", "business_closed"], [0.55, 0.25, 0.12, 0.08]) \
                if site["slow"] else pick(["price", "own_staff", "business_closed"], [0.5, 0.35, 0.15])
            ev(c, "tp_renewal", tr, "lapsed", channel="sales_rep", plan=plan, 维保套餐=PLAN_ZH[plan],
               annual_fee_cny=0, gh_type=site["gh"], 温室类型=GH[site["gh"]][0], area_m2=site["area"],
               lapse_reason=lr, 不续约原因=LAPSE_ZH[lr])
            site["plan"] = None
            c["segment"] = "client"


def ctrl_at(site, t):
    return "ClimaLink C5" if site["c5_from"] and t >= site["c5_from"] else site["controller"]


def upgrade_campaign():
    """Aug–Sep 2025: sites on the old ClimaLink C3 are offered a free upgrade to the C5 controller (60 % take it)"""
    for site in sites:
        site["c5_from"] = site["since"] if site["controller"] == "ClimaLink C5" else None
        if site["controller"] == "ClimaLink C3" and site["since"] < dt("2025-07-15") and chance(0.6):
            site["c5_from"] = work(dt("2025-08-01"), ri(0, 60))
            site["upgrade_pending"] = True


def run_service():
    upgrade_campaign()
    for site in sites:
        site["_vis"] = T0
        if site["plan"]:
            site["_vis"] = site["plan_start"]
        if site.get("upgrade_pending"):
            c = site["c"]
            ev(c, "tp_maint_visit", site["c5_from"], "done", channel="onsite", technician=TECHS[ri(0, 7)],
               plan="", 维保套餐="", findings="controller_upgrade_c5",
               gh_type=site["gh"], 温室类型=GH[site["gh"]][0], controller_model="ClimaLink C5")
        for t, issue in ticket_plan(site):
            expire(site, t)
            file_ticket(site, t, issue)
        expire(site, TEND)
        if site["plan"]:
            visits(site, site["_vis"], TEND)


# ---------------------------------------------------------------- NPS waves and WeChat group
WAVES = [("2024-12", "2024-12-02", "2024-12-20"), ("2025-06", "2025-06-02", "2025-06-20"),
         ("2025-12", "2025-12-01", "2025-12-19"), ("2026-06", "2026-06-01", "2026-06-19")]


def run_nps():
    for wave, a, b in WAVES:
        ta = dt(a)
        for site in sites:
            if site["since"] > ta or not chance(0.32):
                continue
            c = site["c"]
            t = ta + timedelta(days=u(0, (dt(b) - ta).days), hours=u(8, 20))
            c5 = bool(site["c5_from"]) and site["c5_from"] <= ta and ta <= C5_BUGGY[1] + timedelta(days=20)
            base = 8.7
            if c5:
                base -= 3.6
            if site["slow"]:
                base -= 2.0
            if site["punch"]:
                base -= 1.0
            if site["plan"] == "premium":
                base += 0.6
            score = int(np.clip(round(rng.normal(base, 1.6)), 0, 10))
            if c5 and chance(0.55):
                topic = "controller"
            elif site["slow"] and chance(0.5):
                topic = "slow"
            elif score >= 9:
                topic = "nps_pos" if chance(0.7) else "technician"
            elif score >= 7:
                topic = "nps_neu"
            else:
                topic = "nps_neg"
            add_fb(topic, t, "nps_survey", c, nps=score, survey_wave=wave)


def run_wechat(n=170):
    topics = {"heating": 0.12, "leak": 0.12, "torn": 0.12, "controller": 0.1, "technician": 0.14, "slow": 0.1,
              "nps_pos": 0.1, "nps_neu": 0.1, "subsidy": 0.1}
    for _ in range(n):
        add_fb(pickd(topics), None, "wechat_group", None, lang="zh")


# ---------------------------------------------------------------- main
def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    legacy = legacy_clients()
    leads = []
    for i, (t0, show) in enumerate(lead_times(), 1):
        c = new_customer(f"C{i:05d}")
        c["segment"] = "lead"
        tc = run_lead(c, t0, show)
        if tc:
            run_project(c, tc)
        else:
            if not c.get("lost_reason"):
                c["segment"] = "prospect"
            else:
                lt = c.get("last_touch", t0)
                if c["lost_reason"] and lt > TEND - timedelta(days=45) and c["lost_reason"] in (
                        "financing", "land_permit", "postponed"):
                    c["segment"], c["lost_reason"] = "prospect", ""
                else:
                    c["segment"] = "lost_lead"
        leads.append(c)
    run_service()
    run_nps()
    run_wechat()
    # customers
    cust = []
    seen = {e["customer_id"] for e in events}
    for c in legacy + leads:
        if c["customer_id"] not in seen:
            continue
        cust.append(dict(customer_id=c["customer_id"], signup_at=c["signup_at"], segment=c["segment"],
                         region=c["region"], 区域=c["区域"], province=c["province"], 省份=c["省份"],
                         country=c["country"], 国家=c["国家"], acquisition_channel=c["acquisition_channel"],
                         获客渠道=c["获客渠道"],
                         tier="key_account" if c["area_m2"] >= 20000 else ("standard" if c["area_m2"] >= 6000
                                                                            else "small"),
                         company_name=c["company_name"], client_type=c["client_type"], 客户类型=c["客户类型"],
                         crop=c["crop"], 作物=c["作物"], gh_type=c["gh_type"], 温室类型=c["温室类型"],
                         planned_area_m2=c["area_m2"], farm_size_mu=c["farm_size_mu"], sales_rep=c["sales_rep"],
                         preferred_language=c["preferred_language"], first_contract_at=c.get("first_contract_at", ""),
                         lost_reason=c.get("lost_reason", ""), 流失原因=LOST_ZH.get(c.get("lost_reason", ""), "")))
    ev_rows = sorted(events + dup_rows, key=lambda e: (e["ts"], e["event_id"]))
    tps = [dict(touchpoint_id=a, name=b, name_zh=b, name_en=cc, stage=d, channel=e, kind=f, owner=g, aliases=h)
           for a, b, cc, d, e, f, g, h in TOUCHPOINTS]
    js = [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k, touchpoint_id=tp,
               window_days=w) for j, zh, en, steps, w in JOURNEYS for k, tp in enumerate(steps, 1)]
    write(out / "touchpoints.csv", tps)
    write(out / "journeys.csv", js)
    write(out / "customers.csv", cust)
    write(out / "events.csv", ev_rows)
    write(out / "orders.csv", sorted((o for o in orders if o["ts"] >= fmt(T0)), key=lambda o: (o["ts"], o["order_id"])))
    fb = sorted(feedback, key=lambda f: (f["ts"] or "9999", f["feedback_id"]))
    write(out / "feedback.csv", fb)
    write(out / "experiments.csv", experiments)
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])


def write(path: Path, rows, cols=None):
    if cols is None:
        cols = []
        for r in rows:
            for k in r:
                if k not in cols:
                    cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k, "")) for k in cols})


if __name__ == "__main__":
    main(Path(sys.argv[1]))
