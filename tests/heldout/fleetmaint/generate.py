"""途修云 FleetMend: a fleet-maintenance SaaS for logistics companies in China (synthetic, written blind).

Customers are trucking / logistics companies (快递快运, 冷链物流, 城市配送, 干线运输, 危化品运输, 工程运输). A company starts a
30-day free trial (注册试用), imports its vehicles (车辆导入, Excel / API), links its telematics provider (车联网对接:
G7易流, 中交兴路, 锐明, 途强, Geotab), creates its first maintenance work order (首张工单) and buys a paid plan (开通付费:
基础版 / 专业版 / 旗舰版, per vehicle per month, billed monthly or annually). Paying accounts open work orders every month
(工单: preventive maintenance, repairs, tyres, annual inspections, accidents), technicians close them in the mechanic app
(工单完工), parts are bought through the built-in parts marketplace (配件下单 / 配件到货), subscription bills are invoiced
(开票: 普票 / 专票), annual contracts get a renewal notice 30 days before expiry (续约提醒) and are renewed (续约) or lost
(流失); monthly plans can cancel any month. Support tickets (客服工单) are about telematics sync, invoicing, the mobile
app, vehicle import, billing and how-to questions.

Data 2024-10-01 .. 2026-08-31 (extract taken in early September 2026). Naive Beijing time.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (the generator's topic and sentiment per comment; not a DATA.md table).
Deterministic (seed 20260905), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260905
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 10, 1), datetime(2026, 8, 31, 23, 59, 59)
G7_OUTAGE = (datetime(2025, 9, 2), datetime(2025, 10, 1))     # G7 open-API v3 migration broke token auth
APP_BUG = (datetime(2026, 3, 10), datetime(2026, 4, 22))      # Android app 5.2: crash on closing a job with photos
INVOICE_JAM = (datetime(2026, 1, 1), datetime(2026, 2, 1))    # switch to 数电票: special VAT invoices queued
PRICE_UP = datetime(2026, 1, 1)                               # list price +12 % for terms starting in 2026
SPRING = [(datetime(2025, 1, 25), datetime(2025, 2, 6)), (datetime(2026, 2, 14), datetime(2026, 2, 25))]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_trial_signup", "注册试用", "Trial sign-up", "awareness", "web", "digital", "growth",
     "注册|试用|免费试用|开通试用|申请试用|sign-up|signup|trial|free trial|registration"),
    ("tp_demo", "产品演示", "Product demo", "consideration", "phone", "digital", "sales",
     "演示|产品演示|线上演示|demo|product demo|walkthrough"),
    ("tp_vehicle_import", "车辆导入", "Vehicle import", "consideration", "web", "digital", "onboarding",
     "导入车辆|车辆导入|批量导入|上传车辆|建档|vehicle import|import vehicles|bulk upload|fleet upload"),
    ("tp_telematics_link", "车联网对接", "Telematics link", "consideration", "web", "digital", "integrations",
     "车联网|对接|GPS对接|绑定设备|北斗|telematics|telematics link|GPS integration|device link|ELD"),
    ("tp_first_wo", "首张工单", "First work order", "consideration", "web", "digital", "onboarding",
     "第一张工单|首单|首个工单|上线|激活|first work order|first job|activation|go-live"),
    ("tp_subscribe", "开通付费", "Paid plan started", "purchase", "web", "digital", "sales",
     "付费|转付费|签约|购买套餐|开通套餐|paid plan|subscription|upgrade|conversion|purchase"),
    ("tp_work_order", "维保工单", "Work order opened", "service", "web", "digital", "product",
     "工单|维修单|保养单|派工|报修|开单|work order|job card|maintenance job|repair order|WO"),
    ("tp_wo_close", "工单完工", "Work order closed", "service", "app", "digital", "product",
     "完工|关单|结单|完工提交|技师App|维修完成|close job|job completed|work order closed|mechanic app"),
    ("tp_parts_order", "配件下单", "Parts order", "purchase", "web", "digital", "parts_marketplace",
     "配件|买配件|下单配件|采购配件|配件商城|parts order|parts purchase|parts marketplace|spare parts"),
    ("tp_parts_delivery", "配件到货", "Parts delivery", "service", "other", "physical", "parts_marketplace",
     "到货|配件到货|送货|物流|收货|parts delivery|delivery|arrival|shipment"),
    ("tp_invoice", "开票", "Invoice issued", "service", "email", "digital", "finance",
     "发票|开票|专票|普票|数电票|invoice|VAT invoice|fapiao|billing document"),
    ("tp_ticket", "客服工单", "Support ticket", "service", "web", "digital", "support",
     "客服|提工单|报障|技术支持|投诉|support|ticket|support ticket|helpdesk|case"),
    ("tp_ticket_resolved", "工单解决", "Ticket resolved", "service", "web", "digital", "support",
     "解决|已解决|结案|问题关闭|resolved|ticket closed|case closed|fixed"),
    ("tp_renewal_notice", "续约提醒", "Renewal notice", "loyalty", "email", "digital", "customer_success",
     "续费提醒|到期提醒|续约通知|续费通知|renewal notice|renewal reminder|expiry notice"),
    ("tp_renewal", "续约", "Renewal", "loyalty", "phone", "digital", "customer_success",
     "续约|续费|续签|续订|renewal|renewed|renew|contract renewal"),
    ("tp_churn", "流失退订", "Churn / cancellation", "loyalty", "phone", "digital", "customer_success",
     "流失|退订|取消订阅|不续费|停用|churn|cancellation|cancelled|lost customer|non-renewal"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("onboarding", "试用上线", "Trial onboarding",
     ["tp_trial_signup", "tp_vehicle_import", "tp_telematics_link", "tp_first_wo", "tp_subscribe"], 30),
    ("renewal", "年度续约", "Annual renewal", ["tp_renewal_notice", "tp_renewal"], 60),
    ("support", "客服处理", "Support ticket handling", ["tp_ticket", "tp_ticket_resolved"], 7),
    ("parts", "配件采购", "Parts purchase", ["tp_parts_order", "tp_parts_delivery"], 10),
]
INDUSTRIES = {  # id: zh, weight, fleet multiplier, monthly churn multiplier
    "express": ("快递快运", 0.22, 1.4, 1.0), "cold_chain": ("冷链物流", 0.16, 0.9, 0.9),
    "city_delivery": ("城市配送", 0.26, 0.7, 1.6), "long_haul": ("干线运输", 0.18, 1.6, 0.9),
    "hazmat": ("危化品运输", 0.08, 1.0, 0.6), "construction": ("工程运输", 0.10, 0.8, 1.1),
}
REGIONS = {  # id: zh, weight, cities [(zh, en)]
    "east": ("华东", 0.31, [("上海", "Shanghai"), ("苏州", "Suzhou"), ("杭州", "Hangzhou"), ("宁波", "Ningbo"),
                          ("南京", "Nanjing")]),
    "south": ("华南", 0.24, [("深圳", "Shenzhen"), ("广州", "Guangzhou"), ("东莞", "Dongguan"), ("佛山", "Foshan")]),
    "north": ("华北", 0.17, [("北京", "Beijing"), ("天津", "Tianjin"), ("石家庄", "Shijiazhuang")]),
    "central": ("华中", 0.14, [("武汉", "Wuhan"), ("郑州", "Zhengzhou"), ("长沙", "Changsha")]),
    "southwest": ("西南", 0.14, [("成都", "Chengdu"), ("重庆", "Chongqing"), ("昆明", "Kunming")]),
}
ACQ = {  # id: zh, weight, pay multiplier, p(import)
    "search_ads": ("搜索广告", 0.27, 0.38, 0.74), "telematics_partner": ("车联网厂商推荐", 0.15, 1.3, 0.96),
    "referral": ("客户转介绍", 0.14, 1.2, 0.93), "trade_show": ("物流展会", 0.12, 1.05, 0.9),
    "wechat_content": ("公众号文章", 0.16, 0.9, 0.84), "outbound_sales": ("电销外呼", 0.16, 0.85, 0.82),
}
PROVIDERS = {  # id: zh, weight, p(link attempt succeeds)
    "g7": ("G7易流", 0.33, 0.9), "zjxl": ("中交兴路", 0.24, 0.88), "ruiming": ("锐明", 0.13, 0.85),
    "concox": ("途强", 0.12, 0.8), "geotab": ("Geotab", 0.06, 0.87), "none": ("未装车联网", 0.12, 0.0),
}
PLANS = {"basic": ("基础版", 30.0), "pro": ("专业版", 55.0), "enterprise": ("旗舰版", 85.0)}   # CNY / vehicle / month
TIERS = {"smb": "小微车队", "mid_market": "中型车队", "key_account": "大客户"}
CSMS = {  # en: zh, renewal multiplier
    "Zhou Min": ("周敏", 1.05), "Chen Hao": ("陈昊", 1.05), "Li Na": ("李娜", 1.0), "Wang Lei": ("王磊", 1.0),
    "Zhao Qian": ("赵倩", 1.02), "Sun Peng": ("孙鹏", 0.78),
}
IMPORT_ERR = {"template_mismatch": "模板不匹配", "plate_format": "车牌格式错误", "duplicate_vin": "VIN重复"}
LINK_ERR = {"auth_failed": "授权失败", "device_offline": "设备离线", "api_timeout": "接口超时"}
WO_TYPES = {  # id: zh, weight, median close hours, p(parts order)
    "preventive": ("定期保养", 0.38, 6.0, 0.30), "repair": ("故障维修", 0.30, 20.0, 0.38),
    "tire": ("轮胎更换", 0.14, 4.0, 0.62), "inspection": ("年审年检", 0.10, 30.0, 0.05),
    "accident": ("事故维修", 0.08, 96.0, 0.30),
}
SOURCES = {"pm_schedule": "保养计划", "telematics_alert": "车联网报警", "driver_report": "司机报修", "manual": "手工录入"}
SHOPS = {"in_house": "自有维修站", "external": "外协修理厂"}
PARTS = {  # id: zh, amount range CNY
    "tires": ("轮胎", (1600, 9600)), "filters_oil": ("滤芯机油", (280, 1300)), "brakes": ("刹车片", (600, 2600)),
    "batteries": ("电瓶", (700, 1700)), "electrical": ("电器件", (200, 3200)),
    "refrigeration": ("冷机配件", (1500, 12000)),
}
SUPPLIERS = {  # id: zh, en, p(late) normally, p(late) 2026
    "kayou": ("卡友配件", "KaYou Parts", 0.08, 0.08), "chiyuan": ("驰远汽配", "ChiYuan Auto Parts", 0.12, 0.31),
    "hualun": ("华轮轮胎", "HuaLun Tyres", 0.07, 0.07),
}
INVOICE_TYPES = {"e_normal": "电子普票", "vat_special": "增值税专票"}
TICKET_CAT = {  # id: zh, base weight, touchpoint the ticket is about, median resolution hours
    "telematics_sync": ("车联网同步", 0.27, "tp_telematics_link", 20.0), "invoicing": ("发票问题", 0.13, "tp_invoice", 26.0),
    "mobile_app": ("技师App", 0.17, "tp_wo_close", 14.0), "vehicle_import": ("车辆导入", 0.10, "tp_vehicle_import", 5.0),
    "billing": ("账单扣费", 0.11, "tp_subscribe", 10.0), "how_to": ("使用咨询", 0.22, "tp_work_order", 2.5),
}
CHURN = {"too_expensive": "价格太高", "low_usage": "使用率低", "switched_competitor": "转用竞品",
         "telematics_issues": "车联网对接问题", "fleet_downsized": "车队缩减", "built_inhouse": "自建系统"}
CO_A = ["顺捷", "通达", "安运", "恒通", "鑫路", "远航", "速邦", "华驰", "众联", "联运", "骏程", "宏达", "佳运", "盛通",
        "捷安", "畅行", "万里", "金马", "天驿", "中驰"]
CO_A_EN = ["Shunjie", "Tongda", "Anyun", "Hengtong", "Xinlu", "Yuanhang", "Subang", "Huachi", "Zhonglian", "Lianyun",
           "Juncheng", "Hongda", "Jiayun", "Shengtong", "Jiean", "Changxing", "Wanli", "Jinma", "Tianyi", "Zhongchi"]
CO_SUF = {"express": ("快运有限公司", "Express"), "cold_chain": ("冷链物流有限公司", "Cold Chain Logistics"),
          "city_delivery": ("城配物流有限公司", "City Logistics"), "long_haul": ("运输有限公司", "Transport"),
          "hazmat": ("危险品运输有限公司", "Hazmat Transport"), "construction": ("工程运输有限公司", "Engineering Haulage")}
PLATE = {"east": "沪苏浙", "south": "粤", "north": "京津冀", "central": "鄂豫湘", "southwest": "川渝云"}
MONTH_TRIALS = 58

# ---------- feedback text (each topic has its own marker words; generic texts have none) ----------
TOPIC_MARKERS = {
    "sync": ["同步", "sync"], "invoice": ["发票", "invoice"], "crash": ["闪退", "crash"], "import": ["导入", "import"],
    "price": ["太贵", "too expensive"], "parts_late": ["配件到货慢", "parts arrived late"],
    "support_slow": ["响应慢", "slow to respond"], "praise_pm": ["保养提醒", "maintenance reminders"],
    "praise_csm": ["客户成功经理", "customer success manager"],
}
TEXT = {
    ("sync", "zh"): [
        "{prov}的车辆数据一直同步不过来，里程和故障码都是空的", "对接{prov}以后里程不同步，保养计划全乱了",
        "GPS位置同步延迟好几个小时，调度根本没法用", "绑定{prov}一直提示授权失败，数据同步不了，重试了三次还是不行",
        "故障码同步不到系统里，车联网报警的工单一张都没生成", "数据同步老是断，隔几天就要重新绑定一次设备",
        "九月份开始{prov}的数据就同步不上了，客服说在等对方接口", "油耗和里程同步错乱，同一辆车一天跑了三千公里"],
    ("sync", "en"): [
        "Mileage from {prov} stopped syncing, the PM schedule is all off", "Telematics data won't sync since the "
        "API change, we reconnected three times", "Fault codes don't sync into work orders any more",
        "GPS sync lags several hours behind, dispatch can't rely on it", "Odometer readings sync wrong, one truck "
        "shows 3,000 km in a day"],
    ("invoice", "zh"): [
        "专票迟迟开不出来，财务月底没法入账，发票能不能快点", "发票抬头开错了，重开又等了一个星期",
        "切换数电票以后发票一直在排队，催了好几次", "申请的增值税专用发票半个月了还没收到", "发票上的税号填错了自己改不了，只能找客服",
        "年费付了二十天了还没见到发票，审计要用"],
    ("invoice", "en"): [
        "Still waiting for our VAT invoice, finance can't close the month", "The invoice had the wrong company name "
        "and the reissue took a week", "Why does an invoice take two weeks now?", "We paid the annual fee three "
        "weeks ago and there is still no invoice"],
    ("crash", "zh"): [
        "安卓版完工的时候一拍照上传就闪退，工单关不掉", "更新到5.2以后天天闪退，师傅都不愿意用了",
        "完工提交的时候闪退，填了半天的维修记录全没了", "App闪退太频繁了，用的是华为手机", "一上传维修照片就闪退，只能回办公室用电脑结单",
        "技师端闪退，签字那一步直接退出"],
    ("crash", "en"): [
        "The app crashes every time I attach photos to close a job", "Since the 5.2 update the app crashes on my "
        "Android phone when completing work orders", "Constant crashes, lost my repair notes twice",
        "Crash on the signature screen, have to finish jobs on the desktop"],
    ("import", "zh"): [
        "车辆导入模板太死板，一个车牌格式不对整批都失败", "Excel导入报错也不告诉是哪一行有问题", "批量导入提示VIN重复，看不懂是哪辆车",
        "导入车辆折腾了一下午才弄好", "挂车和牵引车分开导入太麻烦"],
    ("import", "en"): [
        "Vehicle import fails on the plate format with no hint which row", "The bulk import template is confusing",
        "Import keeps saying duplicate VIN but doesn't say which truck"],
    ("price", "zh"): [
        "续费涨了12%，按车收费对我们小车队来说太贵了", "明年价格上调，太贵了，在考虑换系统", "旗舰版太贵，很多功能用不上",
        "一辆车一个月几十块，车多了算下来太贵", "续约报价比去年高，老板觉得太贵不批"],
    ("price", "en"): [
        "The renewal with the 12% increase is too expensive for a small fleet", "Per-vehicle pricing gets too "
        "expensive once you pass 100 trucks", "Enterprise plan is too expensive for what we use"],
    ("parts_late", "zh"): [
        "配件到货慢，车趴窝了三天", "订的刹车片配件到货慢，说好两天结果等了五天", "配件到货慢，耽误出车，损失不小",
        "冷机配件到货慢，一车货差点坏掉"],
    ("parts_late", "en"): [
        "Parts arrived late again, the truck sat in the yard for three days", "Ordered brake pads, the parts "
        "arrived late by four days"],
    ("support_slow", "zh"): [
        "客服响应慢，提了工单两天没人理", "问题拖了好久，客服响应慢", "电话打不通，在线客服响应慢"],
    ("support_slow", "en"): [
        "Support is slow to respond, two days without a reply", "Helpdesk was slow to respond on an urgent issue"],
    ("praise_pm", "zh"): [
        "保养提醒很准时，年检再也没漏过", "按里程自动生成保养提醒，省了很多事", "保养提醒加上工单，车队故障率明显下来了"],
    ("praise_pm", "en"): [
        "The maintenance reminders are spot on, we haven't missed a service since", "Mileage-based maintenance "
        "reminders save our workshop a lot of time"],
    ("praise_csm", "zh"): [
        "客户成功经理{csm}很专业，上线培训做得很细", "有问题找客户成功经理{csm}，响应很及时", "客户成功经理帮我们把保养计划都配好了"],
    ("praise_csm", "en"): [
        "Our customer success manager {csm_en} walked the whole team through setup", "Great customer success "
        "manager, always picks up the phone"],
    ("generic_pos", "zh"): [
        "整体用着不错", "工单流程比以前纸质单方便多了", "报表功能不错，老板挺满意", "功能挺全的，性价比可以", "解决了，谢谢",
        "处理得挺快，满意", "配件质量可以，送货也准时", "师傅们已经习惯用手机结单了"],
    ("generic_pos", "en"): [
        "Works well overall", "Much better than paper job cards", "Reports are handy for the weekly meeting",
        "Sorted quickly, thanks", "Good value", "Parts were fine and on time"],
    ("generic_neu", "zh"): [
        "还行吧，一般般", "界面有点复杂，新人要学一阵", "希望能加个油耗分析", "能不能支持多个维修站分别统计", "用得不多，还在观望",
        "问题解决了，但是过程有点长"],
    ("generic_neu", "en"): [
        "It's ok", "The UI takes some getting used to", "Would love fuel analytics", "Still evaluating, usage is "
        "low", "Fixed in the end, took a while"],
    ("generic_neg", "zh"): [
        "App登录不上，提示账号异常", "客户说换了别家的车队管理系统", "车队缩减了一半，用不上这么多车位", "公司准备自己开发系统",
        "用的人太少，推不动", "扣费了但是套餐没生效"],
    ("generic_neg", "en"): [
        "Can't log in to the app, says account error", "They moved to another fleet system", "Fleet shrank, "
        "no longer need the seats", "Nobody on the team really uses it"],
}
CHANNEL_OF_DEVICE = {"pc": "web", "ios": "app", "android": "app"}


def pick(opts, w=None):
    if isinstance(opts, dict):
        keys = list(opts)
        w = [opts[k] for k in keys] if w is None else w
        opts = keys
    w = np.ones(len(opts)) if w is None else np.asarray(w, dtype=float)
    return opts[int(rng.choice(len(opts), p=w / w.sum()))]


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def workday(t, lo=8.0, hi=19.0):
    """move t to working hours of a day (Mon-Sat) at a random time."""
    t = datetime(t.year, t.month, t.day)
    while t.weekday() == 6:
        t += D(days=1)
    return t + D(hours=float(rng.uniform(lo, hi)))


def add_months(t, k):
    m = t.month - 1 + k
    y, m = t.year + m // 12, m % 12 + 1
    day = min(t.day, 28)
    return t.replace(year=y, month=m, day=day)


def spring(t):
    return any(a <= t < b for a, b in SPRING)


def inside(t):
    return START <= t <= END


class Gen:
    def __init__(self):
        self.events, self.orders, self.fb, self.truth, self.custs = [], [], [], [], []
        self.n_wo = self.n_tk = self.n_ord = self.n_inv = 0
        self.active_spans = {}     # customer -> (from, to) paying span inside the extract

    # ---------- writers
    def ev(self, c, t, tp, action, sid=None, device=None, channel=None, **kw):
        if not inside(t):
            return False
        row = dict(customer_id=c["customer_id"], ts=t, touchpoint_id=tp, session_id=sid, action=action,
                   device=device, channel=channel)
        row.update(kw)
        self.events.append(row)
        return True

    def feedback(self, c, t, topic, channel, tp=None, rating=None, nps=None, lang=None, extra=None, sentiment=None):
        if t is not None and not inside(t):
            return
        lang = lang or (c["preferred_language"] if c else "zh")
        key = topic if topic in TOPIC_MARKERS else topic
        opts = TEXT[(key, lang)]
        text = opts[int(rng.integers(len(opts)))]
        prov = PROVIDERS[c["provider"]][0] if c and c["provider"] != "none" else "G7易流"
        if lang == "en":
            prov = {"g7": "G7", "zjxl": "Sinoiov", "ruiming": "Streamax", "concox": "Concox", "geotab": "Geotab"}.get(
                c["provider"] if c else "g7", "G7")
        csm = c.get("csm") if c else None
        text = text.format(prov=prov, csm=CSMS[csm][0] if csm else "", csm_en=csm or "")
        if sentiment is None:
            sentiment = {"praise_pm": "positive", "praise_csm": "positive", "generic_pos": "positive",
                         "generic_neu": "neutral"}.get(topic, "negative")
        row = dict(feedback_id=None, ts=t, customer_id=c["customer_id"] if c else None, touchpoint_id=tp,
                   channel=channel, rating=rating, nps=nps, text=text, language=lang)
        if extra:
            row.update(extra)
        self.fb.append(row)
        self.truth.append(dict(topic=None if topic.startswith("generic") else topic, sentiment=sentiment))

    # ---------- customers
    def make_customer(self, i, signup, existing):
        ind = pick({k: v[1] for k, v in INDUSTRIES.items()})
        reg = pick({k: v[1] for k, v in REGIONS.items()})
        city = REGIONS[reg][2][int(rng.integers(len(REGIONS[reg][2])))]
        acq = pick({k: v[1] for k, v in ACQ.items()})
        fleet = int(np.clip(round(math.exp(rng.normal(math.log(26), 0.85)) * INDUSTRIES[ind][2]), 5, 900))
        prov = pick({k: v[1] for k, v in PROVIDERS.items()})
        if acq == "telematics_partner":
            prov = pick({"g7": 0.45, "zjxl": 0.35, "ruiming": 0.2})
        lang = "en" if rng.random() < 0.09 else "zh"
        if lang == "en" and prov in ("ruiming", "concox") and rng.random() < 0.5:
            prov = "geotab"
        tier = "smb" if fleet < 30 else ("mid_market" if fleet < 150 else "key_account")
        a = CO_A[int(rng.integers(len(CO_A)))]
        a_en = CO_A_EN[CO_A.index(a)]
        c = dict(customer_id=f"C{i:05d}", signup_at=signup, industry=ind, region=reg, city_zh=city[0], city_en=city[1],
                 acquisition_channel=acq, fleet_size=fleet, provider=prov, preferred_language=lang, tier=tier,
                 company_name=f"{city[0]}{a}{CO_SUF[ind][0]}", company_name_en=f"{city[1]} {a_en} {CO_SUF[ind][1]}",
                 existing=existing, plan=None, billing_cycle=None, csm=None, paid_at=None, churned_at=None,
                 usage=float(np.exp(rng.normal(0, 0.4))), linked=prov != "none" and existing,
                 vat_special=(tier != "smb" and rng.random() < 0.75) or rng.random() < 0.2,
                 last_activity=signup)
        self.custs.append(c)
        return c

    def choose_plan(self, c):
        plan = {"smb": pick({"basic": 0.7, "pro": 0.3}), "mid_market": pick({"basic": 0.3, "pro": 0.6,
                "enterprise": 0.1}), "key_account": pick({"pro": 0.4, "enterprise": 0.6})}[c["tier"]]
        billing = "annual" if rng.random() < {"smb": 0.3, "mid_market": 0.6, "key_account": 0.85}[c["tier"]] \
            else "monthly"
        if c["tier"] == "key_account":
            csm = pick({"Zhou Min": 0.5, "Chen Hao": 0.5})
        else:
            csm = pick({"Li Na": 1, "Wang Lei": 1, "Zhao Qian": 1, "Sun Peng": 1})
        c.update(plan=plan, billing_cycle=billing, csm=csm)

    # ---------- trial
    def trial(self, c):
        t0 = c["signup_at"]
        acq = ACQ[c["acquisition_channel"]]
        dev = pick({"pc": 0.86, "ios": 0.05, "android": 0.09})
        self.ev(c, t0, "tp_trial_signup", "submitted", device=dev, channel=CHANNEL_OF_DEVICE[dev],
                acquisition_channel=c["acquisition_channel"], fleet_size_declared=c["fleet_size"])
        if rng.random() < 0.38 + (0.2 if c["tier"] != "smb" else 0):
            self.ev(c, workday(t0 + D(days=float(rng.uniform(0.5, 6)))), "tp_demo", "attended", channel="phone",
                    sales_rep=pick(["Liu Yang", "He Jing", "Xu Bo"]))
        t = t0
        import_failed = linked = link_failed = False
        if rng.random() < acq[3]:
            t = t + D(hours=float(rng.exponential(26) + 0.3))
            method = pick({"excel": 0.8, "api": 0.08, "manual": 0.12})
            n_fail = 0
            while method == "excel" and n_fail < 2 and rng.random() < 0.24:
                err = pick({"template_mismatch": 0.45, "plate_format": 0.35, "duplicate_vin": 0.2})
                self.ev(c, t, "tp_vehicle_import", "failed", device="pc", channel="web", import_method=method,
                        import_error=err, 导入错误=IMPORT_ERR[err])
                n_fail += 1
                import_failed = True
                t = t + D(hours=float(rng.exponential(8) + 0.2))
            if n_fail and rng.random() < 0.12:
                return self.trial_end(c, t0, import_failed, False, False)
            n = c["fleet_size"] if rng.random() < 0.8 else max(2, int(c["fleet_size"] * rng.uniform(0.3, 0.9)))
            self.ev(c, t, "tp_vehicle_import", "succeeded", device="pc", channel="web", import_method=method,
                    vehicles_imported=n)
            # telematics link
            if c["provider"] != "none" and rng.random() < 0.93:
                t = t + D(hours=float(rng.exponential(30) + 0.5))
                for k in range(3):
                    p = PROVIDERS[c["provider"]][2]
                    if c["provider"] == "g7" and G7_OUTAGE[0] <= t < G7_OUTAGE[1]:
                        p = 0.08
                    if rng.random() < p:
                        self.ev(c, t, "tp_telematics_link", "succeeded", device="pc", channel="web",
                                provider=c["provider"], 车联网厂商=PROVIDERS[c["provider"]][0], attempt_no=k + 1)
                        linked = True
                        break
                    if c["provider"] == "g7" and G7_OUTAGE[0] <= t < G7_OUTAGE[1]:
                        err = "auth_failed" if rng.random() < 0.95 else "api_timeout"
                    else:
                        err = pick({"auth_failed": 0.3, "device_offline": 0.45, "api_timeout": 0.25})
                    self.ev(c, t, "tp_telematics_link", "failed", device="pc", channel="web", provider=c["provider"],
                            车联网厂商=PROVIDERS[c["provider"]][0], attempt_no=k + 1, link_error=err,
                            对接失败原因=LINK_ERR[err])
                    link_failed = True
                    if rng.random() < 0.5:
                        self.ticket(c, t + D(hours=float(rng.uniform(0.2, 5))), "telematics_sync")
                    t = t + D(hours=float(rng.exponential(30) + 2))
            c["linked"] = linked
            # first work order
            p_wo = 0.88 if linked else (0.32 if link_failed else 0.66)
            if rng.random() < p_wo:
                t = workday(t + D(hours=float(rng.exponential(70) + 3)))
                if inside(t):   # the milestone fires together with the work order itself
                    wo, wt, d2 = self.work_order(c, t)
                    self.ev(c, t, "tp_first_wo", "created", sid=wo, device=d2, channel=CHANNEL_OF_DEVICE[d2],
                            work_order_no=wo, wo_type=wt, 工单类型=WO_TYPES[wt][0])
                return self.trial_end(c, t0, import_failed, link_failed, True)
        return self.trial_end(c, t0, import_failed, link_failed, False)

    def trial_end(self, c, t0, import_failed, link_failed, first_wo):
        if rng.random() < 0.3 and inside(t0 + D(days=14)):
            tp = "tp_vehicle_import" if import_failed else ("tp_telematics_link" if link_failed else
                                                            ("tp_first_wo" if first_wo else None))
            if import_failed and rng.random() < 0.8:
                self.feedback(c, t0 + D(days=14, hours=10), "import", "survey", tp, rating=int(pick([1, 2, 3],
                              [0.3, 0.5, 0.2])))
            elif link_failed and rng.random() < 0.8:
                self.feedback(c, t0 + D(days=14, hours=10), "sync", "survey", tp, rating=int(pick([1, 2, 3],
                              [0.4, 0.45, 0.15])))
            elif first_wo:
                topic = pick({"praise_pm": 0.3, "praise_csm": 0.1, "generic_pos": 0.35, "generic_neu": 0.25})
                r = {"praise_pm": [4, 5], "praise_csm": [4, 5], "generic_pos": [4, 5], "generic_neu": [3, 4]}[topic]
                self.feedback(c, t0 + D(days=14, hours=10), topic, "survey", tp, rating=int(pick(r)))
            else:
                self.feedback(c, t0 + D(days=14, hours=10), "generic_neu", "survey", None, rating=int(pick([2, 3, 4])))
        if rng.random() < 0.12:
            self.ticket(c, t0 + D(days=float(rng.uniform(1, 20))), pick({"how_to": 0.6, "vehicle_import": 0.4}))
        p = (0.58 if first_wo else 0.07) * ACQ[c["acquisition_channel"]][2]
        p *= {"smb": 0.9, "mid_market": 1.1, "key_account": 1.2}[c["tier"]]
        if link_failed and not c["linked"]:
            p *= 0.5      # never got the trucks' data in: little reason to pay
        if rng.random() >= min(p, 0.95):
            c["last_activity"] = t0 + D(days=30)
            return
        late = rng.random() < 0.1
        tp = t0 + D(days=float(rng.uniform(31, 44) if late else rng.triangular(8, 27, 30)))
        tp = workday(tp)
        self.choose_plan(c)
        c["paid_at"] = tp
        self.ev(c, tp, "tp_subscribe", "paid", device="pc", channel="web", plan=c["plan"], 套餐=PLANS[c["plan"]][0],
                billing_cycle=c["billing_cycle"], vehicles=c["fleet_size"])
        self.paying(c, tp)

    # ---------- paying life
    def price(self, c, t_start, months):
        unit = PLANS[c["plan"]][1] * (1.12 if t_start >= PRICE_UP else 1.0)
        disc = 0.9 if months == 12 else 1.0
        return round(c["fleet_size"] * unit * months * disc, 2), unit

    def sub_order(self, c, t, months, first=False):
        amount, unit = self.price(c, t, months)
        status = "paid"
        r = rng.random()
        if months == 1 and r < 0.03:
            status = "cancelled"
        elif months == 12 and r < 0.015:
            status = "refunded"
        if not inside(t):
            return
        self.n_ord += 1
        oid = f"SO{self.n_ord:06d}"
        self.orders.append(dict(order_id=oid, customer_id=c["customer_id"], ts=t, amount=amount, status=status,
                                channel="web", device="pc", order_type="subscription", 订单类型="订阅",
                                plan=c["plan"], 套餐=PLANS[c["plan"]][0], billing_cycle=c["billing_cycle"],
                                vehicles=c["fleet_size"], unit_price=round(unit, 2),
                                period_start=t.date().isoformat(),
                                period_end=(add_months(t, months) - D(days=1)).date().isoformat(),
                                first_order=first))
        if status != "paid":
            return
        special = c["vat_special"]
        if special:
            delay = D(days=float(rng.uniform(6, 19))) if INVOICE_JAM[0] <= t < INVOICE_JAM[1] else \
                D(days=float(rng.uniform(0.8, 4.5)))
        else:
            delay = D(hours=float(rng.uniform(0.05, 20)))
        ti = t + delay
        itype = "vat_special" if special else "e_normal"
        self.n_inv += 1
        self.ev(c, ti, "tp_invoice", "issued", channel="email", invoice_no=f"INV{self.n_inv:06d}", order_id=oid,
                invoice_type=itype, 发票类型=INVOICE_TYPES[itype], invoice_amount=amount,
                days_after_payment=round((ti - t).total_seconds() / 86400, 2))
        if special and INVOICE_JAM[0] <= t < INVOICE_JAM[1] and rng.random() < 0.35:
            self.ticket(c, t + D(days=float(rng.uniform(5, 12))), "invoicing")
        elif rng.random() < 0.015:
            self.ticket(c, ti + D(days=float(rng.uniform(0.5, 5))), "invoicing")

    def paying(self, c, t_pay):
        """subscription cycles, work orders and tickets from t_pay until churn or the end of the extract."""
        months = 12 if c["billing_cycle"] == "annual" else 1
        t = t_pay
        first = not c["existing"]
        end = END
        while t <= END:
            self.sub_order(c, t, months, first=first)
            first = False
            nxt = add_months(t, months)
            if nxt > END:
                break
            if nxt < START:
                t = nxt
                continue
            # decide whether the next term happens
            g7_hit = c["provider"] == "g7" and c["linked"] and datetime(2025, 9, 15) <= nxt < datetime(2026, 1, 15)
            if months == 12:
                p = {"smb": 0.74, "mid_market": 0.86, "key_account": 0.93}[c["tier"]] * CSMS[c["csm"]][1]
                p *= 0.88 if c["industry"] == "city_delivery" else 1.0
                p *= 0.72 if g7_hit else 1.0
                p *= 0.93 if nxt >= PRICE_UP else 1.0
                tn = workday(nxt - D(days=30))
                self.ev(c, tn, "tp_renewal_notice", "sent", channel="email", plan=c["plan"], 套餐=PLANS[c["plan"]][0],
                        expires_on=nxt.date().isoformat(), csm=c["csm"], 客户成功经理=CSMS[c["csm"]][0],
                        new_unit_price=round(PLANS[c["plan"]][1] * (1.12 if nxt >= PRICE_UP else 1.0), 2))
                if nxt >= PRICE_UP and c["tier"] != "key_account" and rng.random() < 0.6:
                    self.feedback(c, tn + D(days=float(rng.uniform(1, 10))), "price", "call_note", "tp_renewal_notice",
                                  extra=dict(csm=c["csm"]))
                if rng.random() < min(p, 0.99):
                    tr = workday(nxt - D(days=float(rng.uniform(0, 22))))
                    self.ev(c, tr, "tp_renewal", "renewed", channel="phone", plan=c["plan"],
                            套餐=PLANS[c["plan"]][0], csm=c["csm"], 客户成功经理=CSMS[c["csm"]][0],
                            term_months=12)
                    t = nxt
                    continue
                tc = workday(nxt + D(days=float(rng.uniform(0, 6))))
            else:
                h = {"smb": 0.032, "mid_market": 0.018, "key_account": 0.008}[c["tier"]] * INDUSTRIES[c["industry"]][3]
                h *= 2.6 if g7_hit else 1.0
                h *= 1.3 if nxt >= PRICE_UP and nxt < datetime(2026, 4, 1) else 1.0
                if rng.random() >= h:
                    t = nxt
                    continue
                tc = workday(nxt - D(days=float(rng.uniform(0, 3))))
            # churn
            w = {"too_expensive": 0.26, "low_usage": 0.24, "switched_competitor": 0.18, "telematics_issues": 0.08,
                 "fleet_downsized": 0.16, "built_inhouse": 0.08 if c["tier"] == "key_account" else 0.02}
            if g7_hit:
                w["telematics_issues"] = 1.6
            if nxt >= PRICE_UP and nxt < datetime(2026, 4, 1):
                w["too_expensive"] = 0.45
            reason = pick(w)
            self.ev(c, tc, "tp_churn", "churned", channel="phone", churn_reason=reason, 流失原因=CHURN[reason],
                    plan=c["plan"], 套餐=PLANS[c["plan"]][0], csm=c["csm"], 客户成功经理=CSMS[c["csm"]][0],
                    billing_cycle=c["billing_cycle"])
            if rng.random() < 0.7:
                topic = {"too_expensive": "price" if rng.random() < 0.5 else "generic_neg",
                         "telematics_issues": "sync"}.get(reason, "generic_neg")
                self.feedback(c, tc + D(days=float(rng.uniform(0, 4))), topic, "call_note", "tp_churn",
                              extra=dict(csm=c["csm"]))
            c["churned_at"] = tc
            end = tc
            break
        self.active_spans[c["customer_id"]] = (max(t_pay, START), min(end, END))
        self.usage(c, max(t_pay, START), min(end, END))

    def usage(self, c, a, b):
        """work orders, parts, tickets and app reviews for each month of the paying span [a, b]."""
        m = datetime(a.year, a.month, 1)
        lam_base = c["fleet_size"] * 0.055 * c["usage"]
        while m <= b:
            nm = add_months(m, 1)
            lam = lam_base * (0.55 if m.month == 2 else 1.0)
            for _ in range(int(rng.poisson(lam))):
                t = workday(m + D(days=float(rng.uniform(0, (nm - m).days))))
                if a <= t <= b:
                    self.work_order(c, t)
            # tickets
            p = 0.09 + 0.03 * math.log(max(c["fleet_size"], 5) / 20 + 1)
            cats = {k: v[1] for k, v in TICKET_CAT.items()}
            if c["provider"] == "none" or not c["linked"]:
                cats["telematics_sync"] = 0.03
            for _ in range(int(rng.poisson(p * 1.2))):
                t = workday(m + D(days=float(rng.uniform(0, (nm - m).days))))
                if a <= t <= b:
                    self.ticket(c, t, pick(cats))
            if m in (datetime(2026, 3, 1), datetime(2026, 4, 1)) and rng.random() < 0.22:
                t = workday(APP_BUG[0] + D(days=float(rng.uniform(0, (APP_BUG[1] - APP_BUG[0]).days))))
                if a <= t <= b and m <= t < nm:
                    self.ticket(c, t, "mobile_app")
            if c["provider"] == "g7" and c["linked"] and m == datetime(2025, 9, 1) and rng.random() < 0.7:
                for _ in range(1 + int(rng.poisson(0.6))):
                    t = workday(datetime(2025, 9, 2) + D(days=float(rng.uniform(0, 27))))
                    if a <= t <= b:
                        self.ticket(c, t, "telematics_sync")
            m = nm

    def work_order(self, c, t):
        self.n_wo += 1
        wo = f"WO{self.n_wo:07d}"
        wt = pick({k: v[1] for k, v in WO_TYPES.items()})
        g7_down = c["provider"] == "g7" and G7_OUTAGE[0] <= t < G7_OUTAGE[1]
        alert_ok = c["linked"] and not g7_down
        if wt == "preventive":
            src = pick({"pm_schedule": 0.78, "manual": 0.22})
        elif wt == "repair":
            src = pick({"telematics_alert": 0.38 if alert_ok else 0.0, "driver_report": 0.45, "manual": 0.17})
        elif wt == "inspection":
            src = pick({"pm_schedule": 0.7, "manual": 0.3})
        else:
            src = pick({"driver_report": 0.7, "manual": 0.3})
        dev = pick({"pc": 0.55, "android": 0.33, "ios": 0.12})
        shop = "external" if rng.random() < {"accident": 0.75, "tire": 0.25}.get(wt, 0.35) else "in_house"
        pre = PLATE[c["region"]]
        plate = f"{pre[int(rng.integers(len(pre)))]}{chr(65 + int(rng.integers(20)))}{int(rng.integers(10000, 99999))}"
        self.ev(c, t, "tp_work_order", "created", sid=wo, device=dev, channel=CHANNEL_OF_DEVICE[dev], work_order_no=wo,
                wo_type=wt, 工单类型=WO_TYPES[wt][0], source=src, 工单来源=SOURCES[src], plate=plate, shop_type=shop,
                维修方式=SHOPS[shop])
        # parts
        if rng.random() < WO_TYPES[wt][3]:
            if wt == "tire":
                cat = "tires"
            elif wt == "preventive":
                cat = pick({"filters_oil": 0.75, "batteries": 0.25})
            else:
                w = {"brakes": 0.35, "electrical": 0.3, "batteries": 0.15, "refrigeration": 0.0}
                if c["industry"] == "cold_chain":
                    w["refrigeration"] = 0.45
                cat = pick(w)
            self.parts(c, t + D(hours=float(rng.uniform(0.3, 6))), wo, cat)
        # close
        if rng.random() >= 0.965:
            return wo, wt, dev
        tc = t + D(hours=float(WO_TYPES[wt][2] * math.exp(rng.normal(0, 0.6))))
        d = pick({"android": 0.62, "ios": 0.2, "pc": 0.18})
        ver = "5.2" if tc >= APP_BUG[0] else ("5.1" if tc >= datetime(2025, 11, 1) else "5.0")
        if tc >= APP_BUG[1]:
            ver = "5.2.1"
        if d == "android" and APP_BUG[0] <= tc < APP_BUG[1] and rng.random() < 0.42:
            self.ev(c, tc, "tp_wo_close", "app_crash", sid=wo, device=d, channel="app", work_order_no=wo,
                    app_version=ver)
            tc = tc + D(hours=float(rng.uniform(0.3, 8)))
            if rng.random() < 0.25:
                d = "pc"
            if rng.random() < 0.06:
                self.feedback(c, tc, "crash", "in_app", "tp_wo_close", extra=dict(app_version=ver))
        labor = round(float(rng.uniform(0.5, 1.5) * {"accident": 12, "repair": 4, "inspection": 2}.get(wt, 1.5)), 1)
        down = round((tc - t).total_seconds() / 3600 + float(rng.uniform(0, 3)), 1)
        self.ev(c, tc, "tp_wo_close", "completed", sid=wo, device=d, channel=CHANNEL_OF_DEVICE[d], work_order_no=wo,
                wo_type=wt, 工单类型=WO_TYPES[wt][0], labor_hours=labor, downtime_hours=down,
                app_version=ver if d != "pc" else None)
        return wo, wt, dev

    def parts(self, c, t, wo, cat):
        lo, hi = PARTS[cat][1]
        amount = round(float(rng.uniform(lo, hi)), 2)
        sup = "hualun" if cat == "tires" else pick({"kayou": 0.55, "chiyuan": 0.45})
        r = rng.random()
        status = "paid" if r < 0.93 else ("cancelled" if r < 0.975 else "returned")
        if not inside(t):
            return
        self.n_ord += 1
        oid = f"PO{self.n_ord:06d}"
        dev = pick({"pc": 0.7, "android": 0.22, "ios": 0.08})
        self.orders.append(dict(order_id=oid, customer_id=c["customer_id"], ts=t, amount=amount, status=status,
                                channel=CHANNEL_OF_DEVICE[dev], device=dev, order_type="parts", 订单类型="配件",
                                parts_category=cat, 配件类别=PARTS[cat][0], supplier=SUPPLIERS[sup][1],
                                供应商=SUPPLIERS[sup][0], work_order_no=wo))
        self.ev(c, t, "tp_parts_order", "ordered", sid=wo, device=dev, channel=CHANNEL_OF_DEVICE[dev], order_id=oid,
                parts_category=cat, 配件类别=PARTS[cat][0], supplier=SUPPLIERS[sup][1], 供应商=SUPPLIERS[sup][0],
                order_amount=amount)
        if status == "cancelled":
            return
        promised = t + D(days=2)
        p_late = SUPPLIERS[sup][3] if t >= datetime(2026, 1, 1) else SUPPLIERS[sup][2]
        late = rng.random() < p_late
        td = promised + D(hours=float(rng.uniform(6, 96))) if late else t + D(hours=float(rng.uniform(10, 46)))
        self.ev(c, td, "tp_parts_delivery", "delivered_late" if late else "delivered_on_time", sid=wo,
                channel="other", order_id=oid, supplier=SUPPLIERS[sup][1], 供应商=SUPPLIERS[sup][0],
                parts_category=cat, 配件类别=PARTS[cat][0], promised_at=fmt(promised),
                delay_days=round(max(0.0, (td - promised).total_seconds() / 86400), 2))
        if rng.random() < (0.2 if late else 0.07):
            if late:
                self.feedback(c, td + D(hours=float(rng.uniform(1, 30))), "parts_late", "order_review",
                              "tp_parts_delivery", rating=int(pick([1, 2, 3], [0.4, 0.45, 0.15])),
                              extra=dict(order_id=oid, supplier=SUPPLIERS[sup][1]))
            else:
                self.feedback(c, td + D(hours=float(rng.uniform(1, 30))), "generic_pos", "order_review",
                              "tp_parts_delivery", rating=int(pick([4, 5], [0.4, 0.6])),
                              extra=dict(order_id=oid, supplier=SUPPLIERS[sup][1]))

    def ticket(self, c, t, cat):
        if not inside(t):
            return
        self.n_tk += 1
        tk = f"TK{self.n_tk:06d}"
        ch = pick({"web": 0.4, "app": 0.25, "phone": 0.25, "email": 0.1})
        prio = pick({"p1": 0.12, "p2": 0.48, "p3": 0.4})
        if cat == "telematics_sync" and c["provider"] == "g7" and G7_OUTAGE[0] <= t < G7_OUTAGE[1]:
            prio = "p1" if rng.random() < 0.5 else "p2"
        self.ev(c, t, "tp_ticket", "opened", sid=tk, channel=ch, ticket_no=tk, ticket_category=cat,
                问题类别=TICKET_CAT[cat][0], priority=prio)
        med = TICKET_CAT[cat][3]
        if cat == "telematics_sync" and G7_OUTAGE[0] <= t < G7_OUTAGE[1] + D(days=5) and c["provider"] == "g7":
            med = 60.0
        if cat == "invoicing" and INVOICE_JAM[0] <= t < INVOICE_JAM[1] + D(days=10):
            med = 70.0
        if cat == "mobile_app" and APP_BUG[0] <= t < APP_BUG[1]:
            med = 40.0
        hours = float(med * math.exp(rng.normal(0, 0.8)))
        if rng.random() < 0.97:
            tr = t + D(hours=hours)
            sla = 8 if prio == "p1" else 24
            self.ev(c, tr, "tp_ticket_resolved", "resolved", sid=tk, channel=ch, ticket_no=tk, ticket_category=cat,
                    问题类别=TICKET_CAT[cat][0], priority=prio, resolution_hours=round(hours, 2),
                    sla_hours=sla, sla_met="yes" if hours <= sla else "no")
            if rng.random() < 0.42:
                if hours > 48:
                    topic = "support_slow" if rng.random() < 0.6 else "generic_neu"
                    rating = int(pick([1, 2, 3], [0.35, 0.45, 0.2]))
                else:
                    topic = pick({"generic_pos": 0.75, "praise_csm": 0.08, "generic_neu": 0.17})
                    rating = int(pick([3, 4, 5], [0.15, 0.35, 0.5])) if topic != "generic_neu" else int(pick([3, 4]))
                self.feedback(c, tr + D(hours=float(rng.uniform(0.5, 30))), topic, "csat", "tp_ticket_resolved",
                              rating=rating, extra=dict(ticket_no=tk, ticket_category=cat))
        if rng.random() < 0.55:
            tp = TICKET_CAT[cat][2]
            topic = {"telematics_sync": "sync", "invoicing": "invoice", "vehicle_import": "import"}.get(cat)
            if cat == "mobile_app":
                topic = "crash" if (APP_BUG[0] <= t < APP_BUG[1] and rng.random() < 0.9) or rng.random() < 0.3 \
                    else "generic_neg"
            elif cat == "billing":
                topic = "price" if rng.random() < 0.25 else "generic_neg"
            elif cat == "how_to":
                topic, tp = "generic_neu", None
            self.feedback(c, t + D(minutes=2), topic, "ticket", tp, extra=dict(ticket_no=tk, ticket_category=cat))

    # ---------- surveys, reviews, social
    def nps_waves(self):
        for (y, mth) in [(2025, 1), (2025, 4), (2025, 7), (2025, 10), (2026, 1), (2026, 4), (2026, 7)]:
            t0 = datetime(y, mth, 6)
            wave = f"{y}Q{(mth - 1) // 3 + 1}"
            for c in self.custs:
                span = self.active_spans.get(c["customer_id"])
                if not span or not (span[0] <= t0 <= span[1]) or rng.random() > 0.27:
                    continue
                bad = (wave == "2025Q4" and c["provider"] == "g7" and c["linked"])
                w = [0.62, 0.23, 0.15] if bad else [0.22, 0.36, 0.42]
                if wave == "2026Q1" and c["tier"] == "smb":
                    w = [0.32, 0.36, 0.32]
                grp = pick(["det", "pas", "pro"], w)
                score = int({"det": pick(range(0, 7), [1, 1, 1, 2, 3, 4, 5]), "pas": pick([7, 8]),
                             "pro": pick([9, 10])}[grp])
                if grp == "det":
                    topic = "sync" if bad and rng.random() < 0.6 else pick(
                        {"price": 0.3, "sync": 0.12, "support_slow": 0.15, "generic_neg": 0.25, "generic_neu": 0.18})
                elif grp == "pas":
                    topic = pick({"generic_neu": 0.6, "generic_pos": 0.3, "price": 0.1})
                else:
                    topic = pick({"praise_pm": 0.35, "praise_csm": 0.2, "generic_pos": 0.45})
                t = t0 + D(days=float(rng.uniform(0, 12)), hours=float(rng.uniform(8, 21)))
                self.feedback(c, t, topic, "nps_survey", None, nps=score, extra=dict(survey_wave=wave),
                              sentiment={"det": None, "pas": "neutral" if topic.startswith("generic") else None,
                                         "pro": "positive"}[grp])

    def app_reviews(self):
        paying = [c for c in self.custs if c["customer_id"] in self.active_spans]
        m = datetime(2024, 10, 1)
        while m <= END:
            nm = add_months(m, 1)
            n = int(rng.poisson(26 if m < APP_BUG[0] or m >= datetime(2026, 5, 1) else 70))
            for _ in range(n):
                t = m + D(days=float(rng.uniform(0, (nm - m).days)), hours=float(rng.uniform(7, 23)))
                if t > END:
                    continue
                dev = pick({"android": 0.7, "ios": 0.3})
                bug = dev == "android" and APP_BUG[0] <= t < APP_BUG[1] + D(days=6)
                if bug and rng.random() < 0.8:
                    topic, r, tp = "crash", int(pick([1, 2], [0.75, 0.25])), "tp_wo_close"
                else:
                    topic = pick({"crash": 0.07, "sync": 0.06, "praise_pm": 0.27, "generic_pos": 0.35,
                                  "generic_neu": 0.18, "generic_neg": 0.07})
                    r = int({"crash": pick([1, 2]), "sync": pick([1, 2, 3]), "praise_pm": pick([4, 5]),
                             "generic_pos": pick([4, 5]), "generic_neu": pick([3, 4]),
                             "generic_neg": pick([1, 2])}[topic])
                    tp = {"crash": "tp_wo_close", "sync": "tp_telematics_link", "praise_pm": "tp_work_order",
                          "generic_pos": "tp_work_order" if rng.random() < 0.5 else None}.get(topic)
                c = paying[int(rng.integers(len(paying)))] if rng.random() < 0.45 else None
                lang = c["preferred_language"] if c else ("en" if rng.random() < 0.08 else "zh")
                undated = rng.random() < 0.2
                self.feedback(c, None if undated else t, topic, "app_review", tp, rating=r, lang=lang,
                              extra=dict(device=dev, store="App Store" if dev == "ios" else pick(
                                  ["华为应用市场", "小米应用商店", "应用宝", "Google Play"], [0.4, 0.25, 0.3, 0.05])))
            m = nm

    def social(self):
        for _ in range(260):
            t = START + D(days=float(rng.uniform(0, (END - START).days)), hours=float(rng.uniform(7, 23)))
            topic = pick({"sync": 0.18, "crash": 0.1, "price": 0.16, "invoice": 0.06, "praise_pm": 0.15,
                          "generic_pos": 0.15, "generic_neu": 0.15, "parts_late": 0.05})
            if G7_OUTAGE[0] <= t < G7_OUTAGE[1] + D(days=20) and rng.random() < 0.6:
                topic = "sync"
            tp = {"sync": "tp_telematics_link", "crash": "tp_wo_close", "invoice": "tp_invoice",
                  "parts_late": "tp_parts_delivery"}.get(topic)
            lang = "en" if rng.random() < 0.15 else "zh"
            undated = rng.random() < 0.5
            self.feedback(None, None if undated else t, topic, "social", tp, lang=lang,
                          extra=dict(platform=pick(["微信群", "知乎", "抖音", "LinkedIn"], [0.5, 0.2, 0.2, 0.1])))

    # ---------- run
    def run(self):
        i = 0
        # the base that was already paying when the extract starts
        for _ in range(430):
            i += 1
            signup = datetime(2022, 6, 1) + D(days=float(rng.uniform(0, 800)))
            c = self.make_customer(i, signup, existing=True)
            self.choose_plan(c)
            tp = workday(signup + D(days=float(rng.uniform(12, 35))))
            c["paid_at"] = tp
            self.paying(c, tp)
        # trials inside the extract
        m = datetime(2024, 10, 1)
        k = 0
        while m <= END:
            nm = add_months(m, 1)
            lam = MONTH_TRIALS * (1 + 0.018 * k) * {2: 0.55, 1: 0.9, 10: 0.85}.get(m.month, 1.0)
            for _ in range(int(rng.poisson(lam))):
                t = m + D(days=float(rng.uniform(0, (nm - m).days)), hours=float(rng.uniform(8, 22)))
                if t > END:
                    continue
                i += 1
                c = self.make_customer(i, t, existing=False)
                self.trial(c)
            m, k = nm, k + 1
        self.nps_waves()
        self.app_reviews()
        self.social()

    def customer_rows(self):
        rows = []
        for c in self.custs:
            if c["churned_at"]:
                seg = "churned"
            elif c["paid_at"] is None:
                seg = "new" if c["signup_at"] >= datetime(2026, 6, 1) else "trial_lapsed"
            elif c["signup_at"] >= datetime(2026, 6, 1):
                seg = "new"
            else:
                seg = "active"
            rows.append(dict(customer_id=c["customer_id"], signup_at=fmt(c["signup_at"]), segment=seg,
                             region=c["region"], 区域=REGIONS[c["region"]][0], city=c["city_en"], 城市=c["city_zh"],
                             acquisition_channel=c["acquisition_channel"], 获客渠道=ACQ[c["acquisition_channel"]][0],
                             tier=c["tier"], 客户等级=TIERS[c["tier"]], company_name=c["company_name"],
                             company_name_en=c["company_name_en"], industry=c["industry"],
                             行业=INDUSTRIES[c["industry"]][0], fleet_size=c["fleet_size"],
                             telematics_provider=c["provider"], 车联网厂商=PROVIDERS[c["provider"]][0],
                             plan=c["plan"], 套餐=PLANS[c["plan"]][0] if c["plan"] else None,
                             billing_cycle=c["billing_cycle"], csm=c["csm"],
                             客户成功经理=CSMS[c["csm"]][0] if c["csm"] else None,
                             preferred_language=c["preferred_language"],
                             invoice_type="vat_special" if c["vat_special"] else "e_normal",
                             paid_since=fmt(c["paid_at"]) if c["paid_at"] else None,
                             churned_at=fmt(c["churned_at"]) if c["churned_at"] else None))
        return rows


def write(path: Path, rows, cols=None):
    if cols is None:
        cols = []
        for r in rows:
            for k in r:
                if k not in cols:
                    cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else (fmt(r[k]) if isinstance(r.get(k), datetime) else r[k]))
                        for k in cols})


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=a, name=b, name_zh=b, name_en=c, stage=d, channel=e, kind=f,
                                         owner=o, aliases=al) for a, b, c, d, e, f, o, al in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k + 1,
                                      touchpoint_id=tp, window_days=w)
                                 for j, zh, en, steps, w in JOURNEYS for k, tp in enumerate(steps)])
    write(out / "customers.csv", g.customer_rows())
    # events: sorted, ids, a few exact re-sent duplicates (webhook retries)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["customer_id"], r["touchpoint_id"]))
    for k, r in enumerate(ev, 1):
        r["event_id"] = f"E{k:07d}"
    dup_idx = sorted(int(x) for x in rng.choice(len(ev), 40, replace=False))
    rows = []
    for k, r in enumerate(ev):
        rows.append(r)
        if dup_idx and k == dup_idx[0]:
            rows.append(dict(r))
            dup_idx.pop(0)
    cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel"]
    for r in ev:
        for key in r:
            if key not in cols:
                cols.append(key)
    write(out / "events.csv", rows, cols)
    orders = sorted(g.orders, key=lambda r: r["ts"])
    write(out / "orders.csv", orders)
    # feedback: ids in time order, undated ones interleaved at a random place
    keyed = []
    for r, tr in zip(g.fb, g.truth):
        k = r["ts"] if r["ts"] is not None else START + D(days=float(rng.uniform(0, (END - START).days)))
        keyed.append((k, r, tr))
    keyed.sort(key=lambda x: x[0])
    fb_rows, truth = [], []
    for n, (_, r, tr) in enumerate(keyed, 1):
        r["feedback_id"] = f"FB{n:05d}"
        fb_rows.append(r)
        # every text carries exactly the markers of its own topic
        low = r["text"].lower()
        for topic, marks in TOPIC_MARKERS.items():
            hit = any(mk.lower() in low for mk in marks)
            assert hit == (tr["topic"] == topic), (r["text"], tr, topic)
        truth.append(dict(feedback_id=r["feedback_id"], topic=tr["topic"], sentiment=tr["sentiment"]))
    fcols = ["feedback_id", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "text", "language"]
    for r in fb_rows:
        for key in r:
            if key not in fcols:
                fcols.append(key)
    write(out / "feedback.csv", fb_rows, fcols)
    write(out / "_truth" / "feedback_truth.csv", truth)
    print(f"customers {len(g.custs)}, events {len(rows)}, orders {len(orders)}, feedback {len(fb_rows)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
