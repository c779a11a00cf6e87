"""亮点标识 BrightMark Signs & Wraps: shop signs and vehicle wraps for small businesses and fleets (synthetic, written
blind).

Six workshops: 广州 Guangzhou, 成都 Chengdu, 杭州 Hangzhou (China, CNY), Auckland (NZD), Manchester (GBP), Toronto
(CAD). One customer = one business (restaurant, shop, clinic, estate agent, gym, training centre, trades firm with vans,
delivery / logistics fleet).

A job starts with a walk-in at the workshop's front counter (到店咨询), a web quote form (网上报价单: website, WeChat
mini-program, social lead ads) or a referral passed on by a customer / landlord / business association (客户推荐).
A designer holds a design consultation (设计咨询: in the shop, on-site measure or video call), sends a proof
(发送设计稿), the customer asks for changes (修改意见) or approves it (设计稿确认 = the order: sign / vehicle_wrap).
Then production (生产制作: completed or reprinted), the installation appointment (安装预约: booked, rescheduled),
the installation (安装完工: completed or snag), the invoice (开票) and the payment (收款). Later: reorders (复购: fleets
adding vans, new branches, seasonal window graphics) and aftercare (售后报修: LED failures, wrap peeling, storm damage;
non-warranty repairs are `repair` orders). Business owners' feedback: Google reviews, 大众点评, WeChat chats, call
notes, emails, post-install surveys, NPS waves and paper comment cards from the front counter (no date).

Data 2024-11-01 .. 2026-06-30 (extract taken early July 2026). Naive local time of each workshop.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback as CSV (DATA.md) plus OUTDIR/_truth/
feedback_truth.csv (the generator's topic and sentiment per comment; not a DATA.md table). Deterministic
(seed 20260703), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260703
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 11, 1), datetime(2026, 6, 30, 23, 59, 59)
CNY_DAYS = [datetime(2025, 1, 29), datetime(2026, 2, 17)]          # Spring Festival
GZ_PRINTER = (datetime(2026, 2, 27), datetime(2026, 4, 3))          # new UV printer, colour profile off
MAN_SHORT = datetime(2025, 9, 1)                                     # Manchester: one designer left

WS = {  # id: zh, en, region zh, region en, currency, fx to CNY, price level, weight
    "GZ": ("广州", "Guangzhou", "华南", "South China", "CNY", 1.0, 1.0, 0.22),
    "CD": ("成都", "Chengdu", "西南", "Southwest China", "CNY", 1.0, 0.9, 0.17),
    "HZ": ("杭州", "Hangzhou", "华东", "East China", "CNY", 1.0, 1.05, 0.18),
    "AKL": ("奥克兰", "Auckland", "新西兰", "New Zealand", "NZD", 4.3, 1.7, 0.13),
    "MAN": ("曼彻斯特", "Manchester", "英格兰西北", "North West England", "GBP", 9.1, 1.9, 0.15),
    "YYZ": ("多伦多", "Toronto", "安大略省", "Ontario", "CAD", 5.2, 1.8, 0.15),
}
CN = {"GZ", "CD", "HZ"}
STAFF = {  # front counter / sales, designers, install crews, account managers
    "GZ": (["黄晓婷", "梁伟"], ["陈嘉欣", "李俊豪", "冯子健"], ["广州一组", "广州二组", "广州三组"], ["梁伟"]),
    "CD": (["王丽", "张川"], ["刘思雨", "杨帆"], ["成都一组", "成都二组"], ["张川"]),
    "HZ": (["沈佳", "周杰"], ["钱晓燕", "吴昊", "孙婷"], ["杭州一组", "杭州二组"], ["周杰"]),
    "AKL": (["Aroha Ngata", "Ben Walker"], ["Mei Tanaka", "Liam O'Brien"], ["AKL Crew A", "AKL Crew B"],
            ["Ben Walker"]),
    "MAN": (["Gemma Shaw", "Imran Hussain"], ["Owen Pritchard", "Sophie Lang"], ["MCR Crew 1", "MCR Crew 2"],
            ["Imran Hussain"]),
    "YYZ": (["Kevin Tran", "Nicole Bouchard"], ["Arjun Mehta", "Chloe Park"], ["TO Crew North", "TO Crew West"],
            ["Nicole Bouchard"]),
}

CTYPES = {  # id: zh, weight, fleet?
    "restaurant": ("餐饮", 0.19, False), "retail": ("零售门店", 0.16, False), "clinic": ("诊所医美", 0.07, False),
    "real_estate": ("地产中介", 0.07, False), "gym_studio": ("健身工作室", 0.06, False),
    "education": ("教育培训", 0.07, False), "trades": ("工程服务", 0.22, True), "logistics": ("物流配送", 0.16, True),
}
PRODUCTS = {  # id: zh, order_type, amount CNY lo..hi (per vehicle for wraps), production days lo..hi, install hours
    "shopfront_fascia": ("门头招牌", "sign", (6000, 26000), (6, 12), (4, 9)),
    "channel_letters": ("发光字", "sign", (12000, 46000), (8, 16), (5, 12)),
    "lightbox": ("灯箱", "sign", (3000, 12000), (5, 10), (2, 5)),
    "window_graphics": ("橱窗贴", "sign", (800, 4500), (2, 4), (1, 4)),
    "wayfinding": ("导视标牌", "sign", (5000, 30000), (8, 15), (3, 8)),
    "full_wrap": ("全车贴", "vehicle_wrap", (12000, 24000), (3, 6), (10, 18)),
    "partial_wrap": ("半车贴", "vehicle_wrap", (5000, 10000), (2, 4), (5, 9)),
    "fleet_decals": ("车队标识贴", "vehicle_wrap", (800, 2000), (1, 3), (1.5, 3)),
}
SIGNS = ["shopfront_fascia", "channel_letters", "lightbox", "window_graphics", "wayfinding"]
SIGN_P = [0.32, 0.22, 0.16, 0.22, 0.08]
WRAPS = ["full_wrap", "partial_wrap", "fleet_decals"]
WRAP_P = [0.28, 0.32, 0.40]
ORDER_TYPE_ZH = {"sign": "招牌", "vehicle_wrap": "车身贴", "repair": "维修"}
REVISION = {"wording": "文字内容", "colour": "颜色", "size": "尺寸", "logo": "标志", "layout": "版式"}
REVISION_P = [0.34, 0.22, 0.16, 0.12, 0.16]
REPRINT = {"colour_mismatch": "色差", "print_defect": "打印瑕疵", "wrong_size": "尺寸错误", "material_damage": "材料损坏"}
RESCHED = {"weather": "天气原因", "crew_shortage": "人手不足", "permit_pending": "审批未下", "customer_request": "客户要求",
           "material_delay": "材料未到"}
ISSUE = {"led_failure": "灯不亮", "wrap_peeling": "车贴起边", "storm_damage": "风雨损坏", "vandalism": "人为损坏",
         "fading": "褪色"}
REORDER = {"add_vehicles": "追加车辆", "new_location": "新开分店", "replace_signage": "更换招牌",
           "seasonal_graphics": "节日橱窗"}
VINYL = {"cast": "浇铸膜", "calendared": "压延膜"}
ACQ = {"walk_in": "到店", "web_form": "官网表单", "mini_program": "小程序", "social_ads": "社媒广告", "referral": "老客户推荐",
       "trade_show": "展会"}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_walk_in", "到店咨询", "Walk-in enquiry", "awareness", "store", "physical", "sales",
     "到店|进店咨询|门店咨询|前台咨询|walk-in|walk in|counter enquiry|front counter|drop-in"),
    ("tp_web_quote", "网上报价单", "Web quote form", "awareness", "web", "digital", "marketing",
     "在线询价|报价表单|询价单|小程序询价|网上询价|quote form|web enquiry|online quote|quote request|lead form"),
    ("tp_referral", "客户推荐", "Referral", "awareness", "phone", "digital", "sales",
     "转介绍|老客户推荐|朋友介绍|推荐客户|referral|referred lead|word of mouth|recommendation"),
    ("tp_design_consult", "设计咨询", "Design consultation", "consideration", "store", "physical", "design",
     "量尺|上门量尺|方案沟通|设计沟通|consultation|design consult|site measure|measure-up|design meeting"),
    ("tp_proof_sent", "发送设计稿", "Proof sent", "consideration", "email", "digital", "design",
     "出稿|设计稿|效果图|初稿|proof|artwork proof|mock-up|mockup|design proof|visual"),
    ("tp_proof_revision", "修改意见", "Proof revision request", "consideration", "email", "digital", "design",
     "改稿|修改|返稿|改图|revision|changes requested|amendments|artwork changes"),
    ("tp_proof_approved", "设计稿确认", "Proof approved", "purchase", "email", "digital", "sales",
     "定稿|确认稿|签稿|下单|proof approval|sign-off|artwork approved|go-ahead|order confirmed"),
    ("tp_production", "生产制作", "Production", "service", "other", "physical", "production",
     "制作|打印|喷绘|车间|生产|production|print|fabrication|workshop build"),
    ("tp_install_booking", "安装预约", "Installation appointment", "service", "phone", "digital", "operations",
     "约安装|预约安装|安装排期|进场预约|install booking|install date|fitting appointment|booking|scheduling"),
    ("tp_installation", "安装完工", "Installation", "service", "other", "physical", "operations",
     "安装|上墙|贴车|施工|完工|installation|install|fitting|wrap fitting|install day"),
    ("tp_invoice", "开票", "Invoice", "purchase", "email", "digital", "finance",
     "发票|账单|尾款单|结算单|invoice|bill|final invoice|statement"),
    ("tp_payment", "收款", "Payment received", "purchase", "other", "digital", "finance",
     "付款|收款|到账|尾款|payment|paid|remittance|settlement"),
    ("tp_reorder", "复购", "Reorder", "loyalty", "phone", "digital", "sales",
     "再次下单|加单|追加车辆|复购|reorder|repeat order|add vehicles|new branch"),
    ("tp_aftercare", "售后报修", "Aftercare / repair", "service", "phone", "physical", "operations",
     "报修|售后|维修|保修|aftercare|repair|warranty claim|service call|fix"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("walkin_to_approval", "到店到定稿", "Walk-in to approved proof",
     ["tp_walk_in", "tp_design_consult", "tp_proof_sent", "tp_proof_approved"], 30),
    ("web_to_approval", "网上报价到定稿", "Web quote to approved proof",
     ["tp_web_quote", "tp_design_consult", "tp_proof_sent", "tp_proof_approved"], 30),
    ("referral_to_approval", "推荐到定稿", "Referral to approved proof",
     ["tp_referral", "tp_design_consult", "tp_proof_sent", "tp_proof_approved"], 30),
    ("approval_to_install", "定稿到安装", "Approval to installation",
     ["tp_proof_approved", "tp_production", "tp_install_booking", "tp_installation"], 45),
    ("invoice_to_cash", "开票到收款", "Invoice to cash", ["tp_invoice", "tp_payment"], 60),
]


def pick(keys, p=None):
    keys = list(keys)
    if p is not None:
        p = np.asarray(p, dtype=float)
        p = p / p.sum()
    return keys[rng.choice(len(keys), p=p)]


def u(a, b):
    return float(rng.uniform(a, b))


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S")


def at_hour(t, lo=9, hi=18):
    return t.replace(hour=int(rng.integers(lo, hi)), minute=int(rng.integers(0, 60)), second=int(rng.integers(0, 60)))


def workday(t, sunday_ok=False):
    while t.weekday() == 6 and not sunday_ok:
        t += D(days=1)
    return t


def near_cny(t, before=14, after=8):
    return any(c - D(days=before) <= t <= c + D(days=after) for c in CNY_DAYS)


def season(ws, t):
    m = t.month
    if ws in CN:
        if near_cny(t, 6, 8):
            return 0.3
        if any(c - D(days=40) <= t < c - D(days=6) for c in CNY_DAYS):
            return 1.45          # new shopfronts before Spring Festival
        return {1: 1.0, 2: 0.9, 3: 1.25, 4: 1.15, 5: 1.05, 6: 1.0, 7: 0.9, 8: 0.9, 9: 1.1, 10: 0.95, 11: 1.05,
                12: 1.1}[m]
    if ws == "AKL":
        return {1: 0.7, 2: 1.05, 3: 1.15, 4: 1.0, 5: 0.95, 6: 0.85, 7: 0.85, 8: 0.95, 9: 1.1, 10: 1.15, 11: 1.15,
                12: 0.75}[m]
    return {1: 0.8, 2: 0.9, 3: 1.15, 4: 1.2, 5: 1.2, 6: 1.1, 7: 1.0, 8: 0.85, 9: 1.1, 10: 1.05, 11: 0.95,
            12: 0.65}[m]


def rand_time(ws, lo=START, hi=END - D(days=1)):
    span = (hi - lo).days
    while True:
        t = lo + D(days=u(0, span))
        if rng.random() < season(ws, t) / 1.5:
            return t


# ------------------------------------------------------------------ customers
CN_NAME = ["老陈", "好运", "金牌", "鲜味", "福满", "乐活", "优品", "鸿发", "小南", "聚点", "一品", "百味", "安心", "顺达",
           "蓝湾", "新城", "锦江", "西湖", "珠江", "天府"]
CN_SUF = {"restaurant": ["茶餐厅", "火锅店", "面馆", "烧烤"], "retail": ["便利店", "服装店", "水果店", "数码店"],
          "clinic": ["口腔诊所", "医美中心", "中医馆"], "real_estate": ["地产", "房产中介"], "gym_studio": ["健身房", "瑜伽馆"],
          "education": ["教育", "艺术培训"], "trades": ["装修工程", "水电安装", "空调维修"],
          "logistics": ["物流", "配送", "货运"]}
EN_NAME = ["Harbour", "Kiwi", "Northside", "Redbrick", "Maple", "Bluebird", "Golden", "Union", "Parkside", "Summit",
           "Riverside", "Oak & Ember", "Little", "Crown", "Fern", "Lakeshore", "Ironside", "Pennine", "Coastline",
           "Midtown"]
EN_SUF = {"restaurant": ["Kitchen", "Cafe", "Noodle Bar", "Grill"], "retail": ["Outfitters", "Convenience", "Florist",
                                                                         "Boutique"],
          "clinic": ["Dental", "Physio", "Skin Clinic"], "real_estate": ["Realty", "Estates"],
          "gym_studio": ["Fitness", "Yoga Studio"], "education": ["Tutoring", "Music School"],
          "trades": ["Plumbing", "Electrical", "Roofing", "Heating & Gas"],
          "logistics": ["Couriers", "Freight", "Deliveries"]}


def make_customers():
    custs = []
    ws_keys = list(WS)
    ws_w = [WS[w][7] for w in ws_keys]
    ct_keys = list(CTYPES)
    ct_w = [CTYPES[c][1] for c in ct_keys]
    n_exist, n_new = 800, 3900
    for i in range(n_exist + n_new):
        existing = i < n_exist
        ws = pick(ws_keys, ws_w)
        ct = pick(ct_keys, ct_w)
        fleet = CTYPES[ct][2]
        fleet_size = int(min(80, max(1, rng.lognormal(1.6 if ct == "logistics" else 1.1, 0.8)))) if fleet else None
        if existing:
            signup = datetime(2016, 1, 1) + D(days=u(0, (START - datetime(2016, 1, 1)).days - 1))
            acq = pick(["walk_in", "web_form", "referral", "trade_show", "mini_program"],
                       [0.35, 0.25, 0.28, 0.07, 0.05 if ws in CN else 0.0])
        else:
            signup = None   # set at first contact
            acq = None
        if fleet and fleet_size >= 5:
            tier = "fleet_account"
        elif existing and rng.random() < 0.12:
            tier = "key_account"
        else:
            tier = "standard"
        lang = "zh" if ws in CN else "en"
        if ws in ("AKL", "YYZ") and rng.random() < 0.11:
            lang = "zh"
        if ws in CN or lang == "zh":
            name = f"{CN_NAME[int(rng.integers(len(CN_NAME)))]}{pick(CN_SUF[ct])}"
            if ws in CN:
                name = WS[ws][0] + name
        else:
            name = f"{EN_NAME[int(rng.integers(len(EN_NAME)))]} {pick(EN_SUF[ct])}"
            name += pick(["", " Ltd", " Inc"], [0.5, 0.5 if ws in ("AKL", "MAN") else 0, 0.5 if ws == "YYZ" else 0])
        custs.append(dict(customer_id=f"C{i + 1:05d}", signup_at=signup, existing=existing, ws=ws, ctype=ct,
                          fleet=fleet, fleet_size=fleet_size, acq=acq, tier=tier, lang=lang, company=name,
                          account_manager=STAFF[ws][3][0] if tier != "standard" else None, jobs=0))
    return custs


# ------------------------------------------------------------------ the world
EVENTS, ORDERS, FEEDBACK, TRUTH = [], [], [], []
N = {"ev": 0, "fb": 0, "job": 0, "inv": 0, "proof": 0, "rep": 0}
INSTALLED = []   # (customer, job dict) for surveys


def ev(c, t, tp, action, channel=None, device=None, session=None, **extra):
    if t > END:
        return None
    N["ev"] += 1
    row = dict(event_id=f"EV{N['ev']:07d}", customer_id=c["customer_id"], ts=iso(t), touchpoint_id=tp,
               action=action, session_id=session, device=device, channel=channel,
               workshop=WS[c["ws"]][1], **{"门店": WS[c["ws"]][0]})
    row.update(extra)
    EVENTS.append(row)
    return row


def fb(c, t, tp, channel, topic, sentiment, text, rating=None, nps=None, ws=None, **extra):
    if t is not None and t > END:
        return
    N["fb"] += 1
    fid = f"FB{N['fb']:06d}"
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    ws = ws or (c["ws"] if c else None)
    FEEDBACK.append(dict(feedback_id=fid, customer_id=c["customer_id"] if c else None,
                         ts=iso(t) if t is not None else None, touchpoint_id=tp, channel=channel, rating=rating,
                         nps=nps, text=text, language=lang, workshop=WS[ws][1] if ws else None, **extra))
    TRUTH.append(dict(feedback_id=fid, topic=topic, sentiment=sentiment))


TEXT = {
    "install_reschedule": {
        "zh": ["安装改期了两次，开业只能先挂个横幅顶着，太耽误事了", "约好周六装门头，前一天晚上才说安装改期，理由是人手不够",
               "安装改期也不提前打招呼，我们特意跟物业申请了时间，白等一上午", "车辆约好周一进场贴膜，又安装改期，司机排班全乱了",
               "发光字做好了一直不来装，安装改期三次，客户都以为我们倒闭了", "安装改期能不能早点通知？店里为此停业半天"],
        "en": ["Install got rescheduled twice and nobody called us until the morning of.",
               "We closed early for the fitters and then it was rescheduled again. Not good enough.",
               "Our vans were booked in for Monday, rescheduled to Thursday, then again. Lost two days of work.",
               "Sign was ready for a week but the install was rescheduled three times because of the weather.",
               "Fitting date rescheduled the day before, we'd already told the landlord. Frustrating.",
               "Rescheduled with two hours' notice. We had staff in early for nothing."],
    },
    "colour_mismatch": {
        "zh": ["灯箱的红色跟设计稿有明显色差，和我们品牌色对不上", "车身贴出来色差很大，蓝色偏紫，只能返工",
               "门头颜色有色差，做了两次才对", "logo颜色色差严重，熟客都问我们是不是换了标志", "橱窗贴跟确认稿色差明显，绿色发灰"],
        "en": ["The colours were off — our brand orange came out almost red.",
               "Colours were off compared with the approved proof, they had to reprint.",
               "Print quality was fine but the colours were off on the van sides.",
               "The green in our logo was wrong, the colour was off from the proof entirely.",
               "Colour was off on the lightbox face, looked washed out next to the old one."],
    },
    "wrap_peeling": {
        "zh": ["车贴才三个月边角就起边了，洗车一冲就翘", "车门把手那里起边起泡，售后来看了说要重贴", "几台货车的车身贴都起边了，有点失望",
               "后尾门的贴纸起边了，风吹得哗哗响"],
        "en": ["Wrap started peeling at the wheel arches after two months.",
               "Peeling around the door handles on three of our vans already.",
               "The decals on the tailgate are peeling after the first winter.",
               "Edges peeling on the bonnet, not what we expect for the price."],
    },
    "slow_proof": {
        "zh": ["设计稿等了一个多星期才发过来，催了好几次", "设计稿等了太久，差点赶不上开业", "第一版设计稿等了十天，改稿又要等"],
        "en": ["The first proof took over a week, had to chase it twice.",
               "Proof took ages to come back, we nearly missed our opening date.",
               "Each proof took four or five days, the whole thing dragged on.",
               "The revised proof took another week. Lovely end result but so slow."],
    },
    "price_high": {
        "zh": ["报价太高了，比隔壁街那家贵了快一倍", "发光字报价太高，预算不够，先不做了", "整车贴报价太高，我们车队扛不住",
               "就一个灯箱，报价太高"],
        "en": ["Quote was way too pricey for a small cafe, went elsewhere.",
               "Too pricey for what it is, we'll do the window vinyl ourselves.",
               "Fleet decals came in too pricey per van for us.", "Nice ideas but too pricey for a start-up."],
    },
    "hidden_fees": {
        "zh": ["发票上多了一笔审批代办费，之前完全没说，这种额外收费很不舒服", "尾款里有额外收费，问了才知道是高空车费用",
               "报价没写清楚，最后额外收费好几百"],
        "en": ["Invoice had an extra charge for the council permit we were never told about.",
               "Got hit with an extra charge for the scissor lift on the final bill.",
               "An extra charge appeared on the invoice for 'access equipment'. Should have been in the quote."],
    },
    "designer_praise": {
        "zh": ["设计师很耐心，改了几处小细节都很快回复", "设计师很懂餐饮门头，给的方案比我们想的还好", "设计师很专业，一稿就定了"],
        "en": ["Our designer was brilliant, understood the brand straight away.",
               "The designer was patient with all our tweaks and really got our style.",
               "Designer was quick and creative, first proof was spot on."],
    },
    "installer_praise": {
        "zh": ["安装师傅很专业，装完还把现场打扫干净了", "安装师傅准时到，半天就装好了，很满意", "安装师傅贴车很细致，一个气泡都没有"],
        "en": ["Installers were on time, tidy and finished in half a day.",
               "Great install team, careful with the shopfront and cleaned up after.",
               "The install team did a meticulous job on the vans, not a single bubble."],
    },
    "result_praise": {
        "zh": ["新门头效果很棒，晚上亮灯特别显眼", "车队贴完效果很棒，路上经常有人拍照", "发光字效果很棒，生意都好了"],
        "en": ["The new sign looks fantastic at night.", "Vans look fantastic, we've had calls from people who saw "
               "them on the road.", "Window graphics look fantastic, customers keep commenting."],
    },
    "generic_pos": {
        "zh": ["整体服务不错，沟通顺畅", "价格合理，会推荐给朋友", "第二次合作了，一如既往靠谱", "开票很快，流程清楚",
               "前台小姐姐很热情"],
        "en": ["Good service overall, would use again.", "Happy with the result and the price was fair.",
               "Second job with them, consistent as always.", "Easy to deal with from start to finish.",
               "Friendly team at the front counter."],
    },
    "generic_neu": {
        "zh": ["还行，没什么特别的", "希望能有更多材质样板可以选", "希望可以线上查看订单进度"],
        "en": ["It was fine.", "Would be nice to track the job online.", "Average, nothing special either way."],
    },
    "generic_neg": {
        "zh": ["沟通效率一般，经常要反复确认", "电话经常没人接", "交付比预期晚了两天"],
        "en": ["Communication could be better.", "Hard to get hold of anyone on the phone.",
               "Job took longer than we were told."],
    },
    "blank": {"zh": ["（未填写）"], "en": ["(no comment)"]},
}
SENT = {"install_reschedule": "negative", "colour_mismatch": "negative", "wrap_peeling": "negative",
        "slow_proof": "negative", "price_high": "negative", "hidden_fees": "negative",
        "designer_praise": "positive", "installer_praise": "positive", "result_praise": "positive",
        "generic_pos": "positive", "generic_neu": "neutral", "generic_neg": "negative", "blank": "neutral"}


def text(topic, lang):
    return pick(TEXT[topic][lang])


def rating_for(topic):
    s = SENT[topic]
    if s == "negative":
        return int(pick([1, 2, 3], [0.45, 0.4, 0.15]))
    if s == "positive":
        return int(pick([4, 5], [0.3, 0.7]))
    return int(pick([3, 4, 5], [0.4, 0.4, 0.2]))


def review_channel(c, t):
    """where a business owner leaves an unsolicited comment."""
    if c["ws"] in CN:
        return pick(["dianping", "wechat", "call_note"], [0.4, 0.4, 0.2])
    return pick(["google_review", "email", "call_note"], [0.5, 0.3, 0.2])


def comment(c, t, tp, topic, channel=None, **extra):
    ch = channel or review_channel(c, t)
    lang = c["lang"]
    r = rating_for(topic) if ch in ("dianping", "google_review", "post_install_survey", "comment_card") else None
    role = ("fleet_manager" if c["fleet"] and rng.random() < 0.6 else pick(["owner", "store_manager", "office_admin"],
                                                                          [0.65, 0.2, 0.15]))
    fb(c, t, tp, ch, topic, SENT[topic], text(topic, lang), rating=r, respondent_role=role, **extra)


# ------------------------------------------------------------------ a job (after proof approval)
def price_local(c, product, vehicles):
    lo, hi = PRODUCTS[product][2]
    base = float(np.exp(rng.uniform(np.log(lo), np.log(hi))))
    if PRODUCTS[product][1] == "vehicle_wrap":
        base *= vehicles * (0.92 if vehicles >= 5 else 1.0)
    lvl = WS[c["ws"]][6]
    fx = WS[c["ws"]][5]
    return base * lvl / fx


def choose_product(c):
    if c["fleet"]:
        if c["ctype"] == "trades" and rng.random() < 0.22:
            return pick(SIGNS, [0.35, 0.1, 0.15, 0.3, 0.1])
        return pick(WRAPS, WRAP_P)
    return pick(SIGNS, SIGN_P)


def vehicles_for(c, product):
    if PRODUCTS[product][1] != "vehicle_wrap":
        return None
    fs = c["fleet_size"] or 1
    if product == "full_wrap":
        return int(max(1, min(fs, rng.integers(1, 4))))
    return int(max(1, min(fs, rng.integers(1, max(2, fs // 2 + 2)))))


def needs_permit(c, product):
    return product in ("shopfront_fascia", "channel_letters", "wayfinding") and rng.random() < (
        0.55 if c["ws"] in CN else 0.35)


def run_job(c, t_appr, source, product, designer, rounds, is_reorder, prev_job=None, first_days=0.0):
    if t_appr > END:
        return
    N["job"] += 1
    job = f"J{N['job']:05d}"
    c["jobs"] += 1
    otype = PRODUCTS[product][1]
    vehicles = vehicles_for(c, product)
    permit = needs_permit(c, product)
    vinyl = None
    if otype == "vehicle_wrap":
        vinyl = pick(["cast", "calendared"], [0.72, 0.28] if c["tier"] == "fleet_account" else [0.78, 0.22])
    local = price_local(c, product, vehicles)
    fx = WS[c["ws"]][5]
    permit_fee_local = 0.0
    if permit:
        permit_fee_local = (u(300, 900) if c["ws"] in CN else u(120, 450))
    access_fee_local = u(200, 600) * WS[c["ws"]][6] / fx if (product in ("channel_letters", "shopfront_fascia")
                                                            and rng.random() < 0.3) else 0.0
    local_total = round(local + permit_fee_local + access_fee_local, 2)
    amount = round(local_total * fx, 2)
    terms = "net_30" if c["tier"] in ("fleet_account", "key_account") else "on_completion"
    ev(c, t_appr, "tp_proof_approved", "approved", channel="wechat" if c["ws"] in CN else "email", job_no=job,
       product_type=product, **{"产品类型": PRODUCTS[product][0]}, order_type=otype, approved_round=rounds,
       designer=designer, quoted_amount_cny=amount, vehicles_count=vehicles, is_reorder="yes" if is_reorder else "no")
    order = dict(order_id=f"SO{N['job']:05d}", customer_id=c["customer_id"], ts=iso(t_appr), amount=amount,
                 status="unpaid", channel=source, order_type=otype, **{"订单类型": ORDER_TYPE_ZH[otype]},
                 product_type=product, **{"产品类型": PRODUCTS[product][0]}, workshop=WS[c["ws"]][1],
                 **{"门店": WS[c["ws"]][0]}, currency=WS[c["ws"]][4], amount_local=local_total, job_no=job,
                 vehicles_count=vehicles, vinyl_grade=vinyl, **{"膜类型": VINYL.get(vinyl)},
                 is_reorder="yes" if is_reorder else "no",
                 payment_terms=terms, permit_fee_local=round(permit_fee_local, 2) or None, paid_at=None,
                 cancelled_at=None)
    ORDERS.append(order)
    if rng.random() < 0.03:
        tc = t_appr + D(days=u(0.5, 5))
        if tc <= END:
            order["status"] = "cancelled"
            order["cancelled_at"] = iso(tc)
            return
    # production
    plo, phi = PRODUCTS[product][3]
    pdays = int(rng.integers(plo, phi + 1))
    t_prod = workday(at_hour(t_appr + D(days=pdays), 10, 19))
    reprint = None
    p_rep = 0.045
    if c["ws"] == "GZ" and GZ_PRINTER[0] <= t_prod <= GZ_PRINTER[1]:
        p_rep = 0.47
    if rng.random() < p_rep:
        if p_rep > 0.2:
            reprint = pick(list(REPRINT), [0.86, 0.06, 0.04, 0.04])
        else:
            reprint = pick(list(REPRINT), [0.30, 0.30, 0.2, 0.2])
        extra_days = int(rng.integers(2, 6))
        t_prod = workday(t_prod + D(days=extra_days))
        pdays += extra_days
    if c["ws"] == "GZ":
        printer = "Mimaki UJV100-160" if t_prod >= GZ_PRINTER[0] else "HP Latex 800W"
    else:
        printer = {"CD": "Epson SureColor R5030", "HZ": "HP Latex 800W", "AKL": "Roland TrueVIS VG3",
                   "MAN": "HP Latex 700W", "YYZ": "Roland TrueVIS VG3"}[c["ws"]]
    material = {"shopfront_fascia": "aluminium_composite", "channel_letters": "acrylic_led", "lightbox": "flex_face",
                "window_graphics": "perforated_vinyl", "wayfinding": "aluminium_composite"}.get(
        product, f"{vinyl}_vinyl")
    if ev(c, t_prod, "tp_production", "reprinted" if reprint else "completed", channel="other", job_no=job,
          product_type=product, **{"产品类型": PRODUCTS[product][0]}, production_days=pdays, printer=printer,
          material=material, vinyl_grade=vinyl, **{"膜类型": VINYL.get(vinyl)}, reprint_reason=reprint,
          **{"返工原因": REPRINT[reprint] if reprint else None}) is None:
        return
    if reprint == "colour_mismatch" and rng.random() < 0.42:
        comment(c, t_prod + D(days=u(3, 12)), "tp_production", "colour_mismatch")
    # installation appointment
    t_book = t_prod + D(hours=u(3, 40))
    t_book = at_hour(t_book, 9, 18)
    if t_book < t_prod:
        t_book = t_prod + D(hours=2)
    inst = workday(t_book + D(days=int(rng.integers(2, 9))))
    ev(c, t_book, "tp_install_booking", "booked", channel="phone", job_no=job, install_date=inst.date().isoformat(),
       install_location="bay" if otype == "vehicle_wrap" else "on_site")
    us_resched = 0
    t = t_book
    for _ in range(3):
        p_w = 0.04
        if c["ws"] == "YYZ" and inst.month in (12, 1, 2, 3) and otype == "sign":
            p_w = 0.62
        elif c["ws"] == "MAN" and inst.month in (11, 12, 1, 2) and otype == "sign":
            p_w = 0.12
        elif c["ws"] in ("GZ", "HZ") and inst.month in (6, 7, 8) and otype == "sign":
            p_w = 0.1      # plum rain / typhoons
        probs = {"weather": p_w, "crew_shortage": 0.22 if (c["ws"] in CN and near_cny(inst, 20, 3)) else 0.03,
                 "permit_pending": 0.18 if permit else 0.0, "customer_request": 0.05, "material_delay": 0.015}
        hit = [k for k, p in probs.items() if rng.random() < p]
        if not hit:
            break
        why = hit[0]
        tr = t + D(hours=u(4, max(5, (inst - t).total_seconds() / 3600 - 2)))
        if tr >= inst:
            tr = inst - D(hours=6)
        inst = workday(inst + D(days=int(rng.integers(3, 11))))
        if ev(c, tr, "tp_install_booking", "rescheduled", channel="phone", job_no=job,
              install_date=inst.date().isoformat(), reschedule_reason=why, **{"改期原因": RESCHED[why]},
              rescheduled_by="customer" if why == "customer_request" else "us",
              install_location="bay" if otype == "vehicle_wrap" else "on_site") is None:
            return
        if why != "customer_request":
            us_resched += 1
        t = tr
    if us_resched and rng.random() < 0.22 + 0.12 * us_resched:
        tp = "tp_install_booking" if rng.random() < 0.86 else "tp_installation"
        comment(c, t + D(hours=u(2, 60)), tp, "install_reschedule")
    t_inst = at_hour(inst, 8, 16)
    crew = pick(STAFF[c["ws"]][2])
    lo, hi = PRODUCTS[product][4]
    hours = round(u(lo, hi) * (vehicles if otype == "vehicle_wrap" and product != "full_wrap" else 1) ** 0.7, 1)
    snag = rng.random() < 0.055
    on_time = "yes" if rng.random() < 0.91 else "no"
    r = ev(c, t_inst, "tp_installation", "snag" if snag else "completed", channel="other", job_no=job,
           install_crew=crew,
           install_hours=hours, on_time=on_time, install_location="bay" if otype == "vehicle_wrap" else "on_site",
           snag_type=pick(["edge_lift", "misaligned", "wiring", "damaged_panel"]) if snag else None,
           access_equipment=("scissor_lift" if access_fee_local else ("ladder" if otype == "sign" else None)))
    if r is None:
        return
    if r and rng.random() < 0.006:
        EVENTS.append(dict(r))   # installer app synced the same record twice
    INSTALLED.append((c, dict(t=t_inst, job=job, resched=us_resched, reprint=reprint, product=product, snag=snag,
                                slow_proof=first_days >= 5)))
    if not us_resched and not snag and on_time == "yes" and rng.random() < 0.07:
        comment(c, t_inst + D(hours=u(3, 72)), "tp_installation", "installer_praise")
    if rng.random() < 0.035:
        comment(c, t_inst + D(days=u(1, 20)), "tp_installation" if rng.random() < 0.6 else None, "result_praise")
    # invoice and payment
    t_inv = at_hour(workday(t_inst + D(days=u(0, 3))), 9, 18)
    N["inv"] += 1
    inv_no = f"INV-{N['inv']:05d}"
    ev(c, t_inv, "tp_invoice", "invoiced", channel="wechat" if c["ws"] in CN else "email", job_no=job,
       invoice_no=inv_no, invoice_cny=amount, permit_fee_cny=round(permit_fee_local * fx, 2) or None,
       access_fee_cny=round(access_fee_local * fx, 2) or None, payment_terms=terms)
    if (permit_fee_local or access_fee_local) and rng.random() < 0.12:
        comment(c, t_inv + D(days=u(0.5, 6)), "tp_invoice", "hidden_fees")
    if rng.random() < 0.012:
        return   # never paid (bad debt / disputed, still open)
    if terms == "net_30":
        dtp = int(max(5, rng.normal(38 if c["tier"] == "fleet_account" else 27, 10)))
    else:
        dtp = int(rng.choice([0, 0, 1, 1, 2, 3, 5, 7, 10, 14, 21]))
    t_pay = at_hour(t_inv + D(days=dtp), 9, 18)
    if ev(c, t_pay, "tp_payment", "paid", channel="other", job_no=job, invoice_no=inv_no, days_to_pay=dtp,
          amount_paid_cny=amount, payment_method=pick(["wechat_pay", "alipay", "bank_transfer"], [0.45, 0.2, 0.35])
          if c["ws"] in CN else pick(["card", "bank_transfer", "cheque"], [0.45, 0.45, 0.1])) is None:
        return
    order["status"] = "paid"
    order["paid_at"] = iso(t_pay)
    if reprint == "colour_mismatch" and rng.random() < 0.06:
        order["status"] = "refunded"
    # aftercare of this job
    aftercare(c, t_inst, product, vinyl, job)
    # reorder
    p_re = 0.34 if c["fleet"] and otype == "vehicle_wrap" else 0.07
    if rng.random() < p_re:
        t_re = at_hour(workday(t_inst + D(days=u(40, 320))), 9, 18)
        reorder_flow(c, t_re, "add_vehicles" if c["fleet"] and otype == "vehicle_wrap" else
                     pick(["new_location", "replace_signage", "seasonal_graphics"]), job)


def aftercare(c, t_inst, product, vinyl, job, old=False):
    otype = PRODUCTS[product][1]
    issue = None
    if old:   # a job from before the data: the request itself falls in the period
        issue = (pick(["wrap_peeling", "fading"], [0.75 if vinyl == "calendared" else 0.25, 0.25 if vinyl ==
                                                    "calendared" else 0.75]) if otype == "vehicle_wrap" else
                 pick(["led_failure", "storm_damage", "vandalism", "fading"], [0.45, 0.3, 0.1, 0.15]))
        delay = (START - t_inst).days + u(0, (END - START).days)
    elif otype == "vehicle_wrap":
        if rng.random() < (0.30 if vinyl == "calendared" else 0.04):
            issue, delay = "wrap_peeling", u(40, 220) if vinyl == "calendared" else u(90, 420)
        elif rng.random() < 0.02:
            issue, delay = "fading", u(200, 500)
    else:
        if product in ("channel_letters", "lightbox") and rng.random() < 0.07:
            issue, delay = "led_failure", u(50, 420)
        elif product in ("shopfront_fascia", "wayfinding") and rng.random() < 0.03:
            issue, delay = "storm_damage", u(20, 400)
        elif product == "window_graphics" and rng.random() < 0.02:
            issue, delay = "vandalism", u(20, 300)
    if issue is None:
        return
    t_req = at_hour(t_inst + D(days=delay), 8, 19)
    if t_req > END or t_req < START:
        return
    age = (t_req - t_inst).days
    warranty = (issue == "wrap_peeling" and age <= 365) or (issue == "led_failure" and age <= 730)
    if old:
        warranty = warranty and rng.random() < 0.5
    ch = pick(["phone", "wechat"] if c["ws"] in CN else ["phone", "email"], [0.6, 0.4])
    N["rep"] += 1
    ref = f"R{N['rep']:05d}"
    ev(c, t_req, "tp_aftercare", "request", channel=ch, job_no=job, repair_ref=ref, issue_type=issue,
       **{"问题类型": ISSUE[issue]}, warranty="yes" if warranty else "no", product_type=product,
       **{"产品类型": PRODUCTS[product][0]}, vinyl_grade=vinyl, **{"膜类型": VINYL.get(vinyl)}, job_age_days=age)
    if issue == "wrap_peeling" and rng.random() < 0.38:
        comment(c, t_req + D(hours=u(1, 48)), "tp_aftercare", "wrap_peeling")
    t_fix = at_hour(workday(t_req + D(days=u(2, 12))), 8, 17)
    ev(c, t_fix, "tp_aftercare", "repaired", channel="other", job_no=job, repair_ref=ref, issue_type=issue,
       **{"问题类型": ISSUE[issue]}, warranty="yes" if warranty else "no", product_type=product,
       **{"产品类型": PRODUCTS[product][0]}, vinyl_grade=vinyl, **{"膜类型": VINYL.get(vinyl)}, job_age_days=age)
    if warranty:
        return
    fx = WS[c["ws"]][5]
    local = round(u(400, 4500) * WS[c["ws"]][6] / fx, 2)
    amount = round(local * fx, 2)
    rp = "repair_" + ("wrap" if otype == "vehicle_wrap" else "sign")
    order = dict(order_id=f"SR{N['rep']:05d}", customer_id=c["customer_id"], ts=iso(t_req), amount=amount,
                 status="unpaid", channel="aftercare", order_type="repair", **{"订单类型": "维修"},
                 product_type=rp, **{"产品类型": "车贴修补" if rp == "repair_wrap" else "招牌维修"},
                 workshop=WS[c["ws"]][1], **{"门店": WS[c["ws"]][0]}, currency=WS[c["ws"]][4], amount_local=local,
                 job_no=job, vehicles_count=None, vinyl_grade=vinyl, **{"膜类型": VINYL.get(vinyl)},
                 is_reorder="no",
                 payment_terms="net_30" if c["tier"] != "standard" else "on_completion",
                 permit_fee_local=None, paid_at=None, cancelled_at=None)
    ORDERS.append(order)
    if t_fix > END:
        return
    N["inv"] += 1
    inv_no = f"INV-{N['inv']:05d}"
    t_inv = t_fix + D(hours=u(1, 30))
    ev(c, t_inv, "tp_invoice", "invoiced", channel="wechat" if c["ws"] in CN else "email", job_no=job,
       invoice_no=inv_no, invoice_cny=amount, repair_ref=ref, payment_terms=order["payment_terms"])
    dtp = int(max(3, rng.normal(35, 9))) if order["payment_terms"] == "net_30" else int(rng.choice([0, 1, 2, 4, 7]))
    t_pay = at_hour(t_inv + D(days=dtp), 9, 18)
    if ev(c, t_pay, "tp_payment", "paid", channel="other", job_no=job, invoice_no=inv_no, days_to_pay=dtp,
          amount_paid_cny=amount, repair_ref=ref) is not None:
        order["status"] = "paid"
        order["paid_at"] = iso(t_pay)


def proof_days(c, t, first=True):
    base = float(rng.gamma(2.0, 1.1 if first else 0.7))
    if c["ws"] == "MAN" and t >= MAN_SHORT:
        base += u(3.5, 7.5)
    if c["ws"] == "CD":
        base *= 1.2
    return max(0.2, base)


def proofs(c, t0, designer, rev_p=(0.38, 0.22, 0.1)):
    """send proof, maybe revisions. returns (time of last proof, rounds, proof_days of round 1) or None."""
    t = t0
    rnd = 1
    first = None
    N["proof"] += 1
    pno = f"P{N['proof']:05d}"
    while True:
        d = proof_days(c, t, rnd == 1)
        first = d if first is None else first
        t = at_hour(workday(t + D(days=d)), 9, 20)
        if ev(c, t, "tp_proof_sent", "sent", channel="wechat" if c["ws"] in CN else "email", proof_no=pno,
              proof_round=rnd, designer=designer, proof_days=round(d, 1)) is None:
            return None
        if d >= 6 and rng.random() < 0.17:
            comment(c, t + D(hours=u(1, 40)), "tp_proof_sent", "slow_proof")
        if rnd <= len(rev_p) and rng.random() < rev_p[rnd - 1]:
            tr = t + D(hours=u(3, 70))
            why = pick(list(REVISION), REVISION_P)
            if ev(c, tr, "tp_proof_revision", "revision_requested", channel="wechat" if c["ws"] in CN else "email",
                  proof_no=pno, proof_round=rnd, revision_reason=why, **{"修改原因": REVISION[why]},
                  designer=designer) is None:
                return None
            t = tr
            rnd += 1
            continue
        return t, rnd, first


def lead_flow(c, t0, source, channel=None):
    ws = c["ws"]
    device = None
    session = None
    if source == "walk_in":
        ev(c, t0, "tp_walk_in", "enquiry", channel="store", staff=pick(STAFF[ws][0]),
           enquiry_type="vehicle_wrap" if c["fleet"] and rng.random() < 0.8 else "sign")
        p_consult = 0.72
    elif source == "web":
        device = pick(["pc", "ios", "android"], [0.5, 0.3, 0.2]) if channel == "web" else (
            pick(["ios", "android"], [0.55, 0.45]))
        session = f"S{int(rng.integers(10**8, 10**9))}"
        utm = {"web": pick(["baidu", "direct", "bing"], [0.55, 0.35, 0.1]) if ws in CN else
               pick(["google", "direct", "bing"], [0.6, 0.32, 0.08]),
               "mini_program": "wechat",
               "social": pick(["xiaohongshu", "douyin"]) if ws in CN else pick(["facebook", "instagram"])}[channel]
        budget = pick(["<5k", "5k-20k", "20k-50k", ">50k"], [0.35, 0.4, 0.18, 0.07]) if ws in CN else pick(
            ["<1k", "1k-5k", "5k-10k", ">10k"], [0.35, 0.4, 0.18, 0.07])
        ev(c, t0, "tp_web_quote", "submitted", channel=channel, device=device, session=session,
           utm_source=utm, budget_band=budget,
           form_product="vehicle_wrap" if c["fleet"] and rng.random() < 0.8 else "sign")
        if rng.random() < 0.05:   # submitted the form twice
            ev(c, t0 + D(minutes=u(2, 300)), "tp_web_quote", "submitted", channel=channel, device=device,
               session=session, utm_source=utm, budget_band=budget)
        p_consult = {"web": 0.56, "mini_program": 0.6, "social": 0.24}[channel]
    else:
        ref = pick(["existing_customer", "landlord", "business_association", "supplier"], [0.6, 0.15, 0.15, 0.1])
        ev(c, t0, "tp_referral", "referred", channel="phone" if rng.random() < 0.5 else (
            "wechat" if ws in CN else "email"), referral_source=ref, referred_by=c.get("referrer"),
           staff=pick(STAFF[ws][0]))
        p_consult = 0.86
    designer = pick(STAFF[ws][1])
    if rng.random() >= p_consult:
        if rng.random() < 0.05:
            comment(c, t0 + D(days=u(1, 10)), "tp_web_quote" if source == "web" else "tp_design_consult",
                    "price_high")
        return
    if source == "walk_in" and rng.random() < 0.4:
        tc = t0 + D(minutes=u(15, 80))
        kind = "in_store"
    else:
        tc = at_hour(workday(t0 + D(days=u(1, 9))), 9, 19)
        kind = pick(["on_site_measure", "in_store", "video_call"], [0.45, 0.25, 0.3] if source != "web" else
                    [0.35, 0.15, 0.5])
    est = round(price_local(c, choose_product(c), 1) * WS[ws][5], -2)
    if ev(c, tc, "tp_design_consult", kind, channel={"in_store": "store", "on_site_measure": "other",
                                                     "video_call": "video"}[kind], designer=designer,
          consult_minutes=int(rng.integers(20, 90)), estimate_cny=est) is None:
        return
    if rng.random() < 0.06:
        comment(c, tc + D(hours=u(2, 60)), "tp_design_consult", "designer_praise")
    if rng.random() >= 0.93:
        if rng.random() < 0.2:
            comment(c, tc + D(days=u(1, 10)), "tp_design_consult", "price_high")
        return
    res = proofs(c, tc, designer)
    if res is None:
        return
    t_last, rounds, d1 = res
    p_ok = {"walk_in": 0.74, "referral": 0.88, "web": {"web": 0.7, "mini_program": 0.72, "social": 0.46}.get(channel)}[
        source]
    if rng.random() >= p_ok:
        if rng.random() < 0.16:
            comment(c, t_last + D(days=u(1, 12)), "tp_proof_sent", "price_high")
        return
    t_ap = t_last + D(hours=u(2, 100))
    if rounds == 1 and rng.random() < 0.06:
        comment(c, t_ap + D(hours=u(1, 50)), "tp_proof_approved", "designer_praise")
    src = {"walk_in": "walk_in", "referral": "referral", "web": channel}[source]
    run_job(c, t_ap, src, choose_product(c), designer, rounds, False, first_days=d1)


def reorder_flow(c, t0, kind, prev_job):
    if t0 > END:
        return
    ch = pick(["phone", "wechat"] if c["ws"] in CN else ["phone", "email"])
    ev(c, t0, "tp_reorder", "requested", channel=ch, reorder_type=kind, **{"复购类型": REORDER[kind]},
       previous_job_no=prev_job,
       vehicles_added=int(rng.integers(1, 6)) if kind == "add_vehicles" else None)
    designer = pick(STAFF[c["ws"]][1])
    res = proofs(c, t0, designer, rev_p=(0.15, 0.05))
    if res is None or rng.random() >= 0.9:
        return
    t_last, rounds, d1 = res
    if kind == "add_vehicles":
        product = pick(WRAPS, [0.2, 0.3, 0.5])
    else:
        product = pick(SIGNS, SIGN_P) if kind != "seasonal_graphics" else "window_graphics"
    run_job(c, t_last + D(hours=u(2, 48)), "reorder", product, designer, rounds, True, prev_job, first_days=d1)


def world(custs):
    existing = [c for c in custs if c["existing"]]
    # new leads
    for c in custs:
        if c["existing"]:
            continue
        ws = c["ws"]
        src = pick(["walk_in", "web", "referral"], [0.3, 0.47, 0.23])
        channel = None
        if src == "web":
            channel = pick(["web", "mini_program", "social"], [0.45, 0.3, 0.25] if ws in CN else [0.68, 0.0, 0.32])
        if src == "referral":
            same = [e for e in existing if e["ws"] == ws]
            c["referrer"] = pick([e["customer_id"] for e in same]) if rng.random() < 0.6 else None
        t0 = rand_time(ws)
        t0 = at_hour(workday(t0), 9, 19) if src != "web" else t0.replace(
            hour=int(pick(range(24), [1, 1, 1, 1, 1, 1, 2, 3, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 5, 4, 2])),
            minute=int(rng.integers(60)), second=int(rng.integers(60)))
        c["signup_at"] = t0
        c["acq"] = {"walk_in": "walk_in", "referral": "referral",
                    "web": {"web": "web_form", "mini_program": "mini_program",
                            "social": "social_ads"}.get(channel)}[src]
        lead_flow(c, t0, src, channel)
    # existing accounts: reorders and aftercare of older jobs
    for c in existing:
        rate = 1.3 if c["fleet"] else 0.45
        for _ in range(int(rng.poisson(rate))):
            t = at_hour(workday(rand_time(c["ws"])), 9, 18)
            kind = "add_vehicles" if c["fleet"] and rng.random() < 0.8 else pick(
                ["new_location", "replace_signage", "seasonal_graphics"], [0.3, 0.45, 0.25])
            reorder_flow(c, t, kind, f"J-{int(rng.integers(2017, 2025))}-{int(rng.integers(100, 999))}")
        if rng.random() < 0.3:
            product = choose_product(c)
            vinyl = pick(["cast", "calendared"], [0.75, 0.25]) if PRODUCTS[product][1] == "vehicle_wrap" else None
            t_old = START - D(days=u(60, 1100))
            aftercare(c, t_old, product, vinyl, f"J-{t_old.year}-{int(rng.integers(100, 999))}", old=True)


def surveys(custs):
    # post-install survey (1-5), one in three answers
    for c, j in INSTALLED:
        if rng.random() >= 0.3:
            continue
        t = j["t"] + D(days=u(1, 6))
        if j["resched"] and rng.random() < 0.25:
            topic = "install_reschedule"
            tp = "tp_install_booking" if rng.random() < 0.8 else "tp_installation"
        elif j["reprint"] == "colour_mismatch" and rng.random() < 0.4:
            topic, tp = "colour_mismatch", "tp_production"
        elif j["snag"]:
            topic, tp = "generic_neg", "tp_installation"
        else:
            topic = pick(["generic_pos", "installer_praise", "result_praise", "generic_neu", "generic_neg"],
                         [0.45, 0.18, 0.12, 0.17, 0.08])
            tp = "tp_installation"
        comment(c, t, tp, topic, channel="post_install_survey", job_no=j["job"])
    # NPS waves (0-10): customers with an installation in the 6 months before the wave
    for wave, t_w in (("2025-06", datetime(2025, 6, 16)), ("2025-12", datetime(2025, 12, 8)),
                      ("2026-06", datetime(2026, 6, 15))):
        seen = set()
        for c, j in INSTALLED:
            if not (t_w - D(days=183) <= j["t"] < t_w) or c["customer_id"] in seen:
                continue
            seen.add(c["customer_id"])
            if rng.random() >= 0.4:
                continue
            p = [0.2, 0.28, 0.52]   # detractor, passive, promoter
            if j["resched"]:
                p = [0.5, 0.3, 0.2]
            if j["reprint"]:
                p = [0.6, 0.25, 0.15]
            if j["slow_proof"]:
                p = [0.55, 0.3, 0.15]
            g = pick([0, 1, 2], p)
            score = int(pick(range(0, 7), [0.05, 0.05, 0.08, 0.12, 0.15, 0.25, 0.3])) if g == 0 else (
                int(pick([7, 8])) if g == 1 else int(pick([9, 10], [0.45, 0.55])))
            if rng.random() < 0.55:
                topic = "blank"
            elif g == 0:
                topic = ("install_reschedule" if j["resched"] else "colour_mismatch" if j["reprint"] ==
                         "colour_mismatch" else "slow_proof" if j["slow_proof"] else "generic_neg")
            elif g == 1:
                topic = "generic_neu"
            else:
                topic = pick(["generic_pos", "result_praise", "installer_praise"], [0.6, 0.2, 0.2])
            tp = {"install_reschedule": "tp_install_booking", "colour_mismatch": "tp_production",
                  "slow_proof": "tp_proof_sent"}.get(topic)
            rt = at_hour(t_w + D(days=u(0, 12)), 7, 22)
            fb(c, rt, tp, "nps_survey", topic, SENT[topic], text(topic, c["lang"]), nps=score, survey_wave=wave,
               respondent_role="owner")
    # generic unsolicited comments
    for c, j in INSTALLED:
        if rng.random() < 0.08:
            topic = pick(["generic_pos", "generic_neu", "generic_neg"], [0.55, 0.25, 0.2])
            comment(c, j["t"] + D(days=u(2, 60)), None, topic)
    # paper comment cards at the front counter: no date, often anonymous
    for _ in range(170):
        ws = pick(list(WS), [WS[w][7] for w in WS])
        pool = [c for c in custs[::7] if c["ws"] == ws]
        c = pick(pool) if rng.random() < 0.55 else None
        lang = (c["lang"] if c else ("zh" if ws in CN else "en"))
        topic = pick(["generic_pos", "generic_neu", "generic_neg", "price_high", "designer_praise", "result_praise"],
                     [0.38, 0.2, 0.12, 0.12, 0.1, 0.08])
        tp = {"price_high": "tp_design_consult", "designer_praise": "tp_design_consult"}.get(topic, "tp_walk_in")
        fb(c, None, tp, "comment_card", topic, SENT[topic], text(topic, lang), rating=rating_for(topic), ws=ws,
           respondent_role=None)


def write_csv(path, rows, cols=None):
    cols = cols or list(dict.fromkeys(k for r in rows for k in r))
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


def main(out):
    out = Path(out)
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    custs = make_customers()
    world(custs)
    surveys(custs)
    write_csv(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                             channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write_csv(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1],
                                          journey_name_en=j[2],
                                          step=k, touchpoint_id=tp, window_days=j[4])
                                     for j in JOURNEYS for k, tp in enumerate(j[3], 1)])
    # segments at the end of the data
    ordered = {}
    for o in ORDERS:
        if o["order_type"] != "repair" and o["status"] != "cancelled":
            ordered[o["customer_id"]] = ordered.get(o["customer_id"], 0) + 1
    crow = []
    for c in custs:
        n = ordered.get(c["customer_id"], 0)
        if c["existing"]:
            seg = "repeat" if n else "lapsed"
        else:
            seg = "prospect" if n == 0 else ("new" if n == 1 else "repeat")
        if c["signup_at"] is None:
            continue
        ws = c["ws"]
        crow.append(dict(customer_id=c["customer_id"], signup_at=iso(c["signup_at"]), segment=seg,
                         region=WS[ws][3], **{"区域": WS[ws][2]}, city=WS[ws][1], **{"城市": WS[ws][0]},
                         acquisition_channel=c["acq"], **{"获客渠道": ACQ[c["acq"]]}, tier=c["tier"],
                         company_name=c["company"], customer_type=c["ctype"], **{"客户类型": CTYPES[c["ctype"]][0]},
                         fleet_size=c["fleet_size"], preferred_language=c["lang"],
                         account_manager=c["account_manager"]))
    write_csv(out / "customers.csv", crow)
    EVENTS.sort(key=lambda r: (r["ts"], r["event_id"]))
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "session_id", "device", "channel",
               "workshop", "门店"]
    ev_cols += [k for k in dict.fromkeys(k for r in EVENTS for k in r) if k not in ev_cols]
    write_csv(out / "events.csv", EVENTS, ev_cols)
    ORDERS.sort(key=lambda r: (r["ts"], r["order_id"]))
    write_csv(out / "orders.csv", ORDERS)
    order = np.argsort([r["ts"] or "9999" for r in FEEDBACK], kind="stable")
    fb_cols = ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "rating", "nps", "text", "language",
               "workshop", "respondent_role", "job_no", "survey_wave"]
    write_csv(out / "feedback.csv", [FEEDBACK[i] for i in order], fb_cols)
    write_csv(out / "_truth" / "feedback_truth.csv", TRUTH)
    print(f"customers {len(crow)}, events {len(EVENTS)}, orders {len(ORDERS)}, feedback {len(FEEDBACK)}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "signshop_data")
