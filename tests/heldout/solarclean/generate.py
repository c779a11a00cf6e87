"""晶亮 PanelBright: solar-panel cleaning and drone inspection in five Chinese provinces and three Australian states
(synthetic, written blind).

Home rooftops (户用), farms (农场: agrivoltaic greenhouses, sheds, pumping stations) and factory roofs (工厂屋顶, C&I)
find us (installer referrals, Douyin, WeChat, village agents, sales visits, Google / Facebook ads, word of mouth),
use the online quote tool, farms and factories get a roof safety assessment, then pay a one-off visit (clean,
drone thermal inspection, or both) or a yearly plan (basic / standard / premium). Crews are scheduled, visits are
moved for weather (dust storms, rain, typhoons, storms, heat), the crew cleans (pure water, robot dry-brush or soft
brush) and / or flies a thermal drone, an efficiency report follows, defects are referred to a repair partner,
complaints are logged, yearly plans get a reminder 30 days before they end and are renewed (or not).
Events 2025-01-01 .. 2026-07-31 (CRM + field-app extract taken early August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topics of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260731
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
AUD_CNY = 4.70                                                   # fixed reporting rate, 1 AUD = 4.70 CNY
REPORT_MIGRATION = (datetime(2025, 10, 13), datetime(2025, 12, 13))  # new report platform: reports stuck
BNE2_MIDDAY = (datetime(2025, 12, 1), datetime(2026, 2, 16))     # Brisbane Crew 2 washing at midday (2nd round)
PER2_START = datetime(2026, 6, 1)                                # Perth Crew 2 starts
AB = ("quote_page_2025", datetime(2025, 9, 1), datetime(2026, 4, 1))
CNY_BREAKS = [(datetime(2025, 1, 26), datetime(2025, 2, 5)), (datetime(2026, 2, 14), datetime(2026, 2, 24))]
N_NEW, N_LEGACY = 8400, 480
SEASON_CN = [.6, .45, .9, 1.2, 1.6, 1.1, .9, .9, 1.0, 1.2, .8, .6]    # enquiries by month, China (pre-summer peak)
SEASON_AU = [.8, .8, .8, .7, .6, .6, .7, 1.0, 1.3, 1.8, 1.3, .9]       # Australia (spring peak)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_enquiry", "咨询留资", "Enquiry", "awareness", "ads", "digital", "marketing",
     "咨询|留资|线索|询价|看到广告|刷到|lead|enquiry|inquiry|first contact"),
    ("tp_quote", "在线报价", "Online quote", "consideration", "web", "digital", "sales",
     "报价|估价|算价格|报价器|quote|quotation|price estimate|quote tool"),
    ("tp_assess", "屋顶安全评估", "Roof safety assessment", "consideration", "other", "physical", "sales_engineering",
     "勘察|踏勘|看屋顶|安全评估|site assessment|roof survey|site survey|safety check"),
    ("tp_pay", "下单付款", "Order paid", "purchase", "mini_program", "digital", "finance",
     "下单|付款|成交|买套餐|签单|paid|payment|order|booking paid|sign up|purchase"),
    ("tp_cancel", "取消订单", "Order cancelled", "purchase", "mini_program", "digital", "customer_service",
     "取消|退单|不做了|cancel|cancellation"),
    ("tp_refund", "退款", "Refund", "purchase", "other", "digital", "finance", "退款|退钱|refund|money back"),
    ("tp_schedule", "排期派单", "Crew scheduled", "service", "phone", "digital", "dispatch",
     "排期|派单|约时间|预约上门|scheduling|dispatch|booking date"),
    ("tp_weather", "天气改期", "Weather reschedule", "service", "phone", "digital", "dispatch",
     "改期|延期|天气改期|推迟|reschedule|rain delay|weather delay|postponed"),
    ("tp_visit", "上门清洗", "Crew visit", "service", "other", "physical", "operations",
     "上门|清洗|洗板|作业|师傅上门|crew visit|clean|cleaning|panel wash|wash"),
    ("tp_drone", "无人机巡检", "Drone inspection", "service", "other", "physical", "operations",
     "巡检|热成像|无人机|红外检测|drone|thermal scan|inspection|thermal imaging"),
    ("tp_report", "效率报告", "Efficiency report", "service", "app", "digital", "operations",
     "报告|发电报告|清洗报告|巡检报告|report|performance report|efficiency report"),
    ("tp_complaint", "投诉", "Complaint", "service", "phone", "digital", "customer_service",
     "投诉|客诉|售后|complaint|complaint ticket|grievance"),
    ("tp_repair_ref", "维修转介", "Repair referral", "service", "phone", "digital", "partnerships",
     "转介|转维修|介绍维修|referral|repair referral|referred to installer"),
    ("tp_repair_done", "维修完成", "Repair completed", "service", "other", "physical", "partnerships",
     "修好|维修完成|换板|repair done|repaired|fixed"),
    ("tp_renew_reminder", "续费提醒", "Renewal reminder", "loyalty", "email", "digital", "customer_success",
     "续费提醒|到期提醒|renewal reminder|renewal notice|expiry reminder"),
    ("tp_renew", "套餐续约", "Plan renewal", "loyalty", "mini_program", "digital", "customer_success",
     "续约|续费|续签|renewal|renewed|renew"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("sales", "询价下单", "Enquiry to order", 30, ["tp_enquiry", "tp_quote", "tp_pay"]),
    ("delivery", "服务交付", "Service delivery", 45, ["tp_pay", "tp_schedule", "tp_visit", "tp_report"]),
    ("repair", "维修转介", "Repair referral", 60, ["tp_repair_ref", "tp_repair_done"]),
    ("renewal", "套餐续约", "Plan renewal", 60, ["tp_renew_reminder", "tp_renew"]),
]

REGIONS = {  # en: zh, country, weight, cities [(en, zh)], type mix (home, farm, factory)
    "Shandong": ("山东", "CN", 0.22, [("Jinan", "济南"), ("Weifang", "潍坊"), ("Dezhou", "德州")], (0.60, 0.25, 0.15)),
    "Hebei": ("河北", "CN", 0.13, [("Shijiazhuang", "石家庄"), ("Baoding", "保定")], (0.66, 0.20, 0.14)),
    "Jiangsu": ("江苏", "CN", 0.14, [("Suzhou", "苏州"), ("Changzhou", "常州")], (0.55, 0.08, 0.37)),
    "Zhejiang": ("浙江", "CN", 0.12, [("Hangzhou", "杭州"), ("Jiaxing", "嘉兴")], (0.66, 0.08, 0.26)),
    "Ningxia": ("宁夏", "CN", 0.08, [("Yinchuan", "银川"), ("Zhongwei", "中卫")], (0.45, 0.45, 0.10)),
    "Queensland": ("昆士兰", "AU", 0.13, [("Brisbane", "布里斯班"), ("Toowoomba", "图文巴")], (0.80, 0.17, 0.03)),
    "New South Wales": ("新南威尔士", "AU", 0.11, [("Sydney", "悉尼"), ("Wagga Wagga", "沃加沃加")], (0.78, 0.18, 0.04)),
    "Western Australia": ("西澳", "AU", 0.07, [("Perth", "珀斯"), ("Geraldton", "杰拉尔顿")], (0.75, 0.20, 0.05)),
}
TYPE_ZH = {"home": "户用屋顶", "farm": "农场", "factory": "工厂屋顶"}
CREWS = {  # city: [(crew_id, zh, en)]
    "Jinan": [("JN-1", "济南一队", "Jinan Crew 1")], "Weifang": [("WF-1", "潍坊一队", "Weifang Crew 1")],
    "Dezhou": [("DZ-1", "德州一队", "Dezhou Crew 1")], "Shijiazhuang": [("SJZ-1", "石家庄一队", "Shijiazhuang Crew 1")],
    "Baoding": [("BD-1", "保定一队", "Baoding Crew 1")],
    "Suzhou": [("SZ-1", "苏州一队", "Suzhou Crew 1"), ("SZ-2", "苏州二队", "Suzhou Crew 2")],
    "Changzhou": [("CZ-1", "常州一队", "Changzhou Crew 1")], "Hangzhou": [("HZ-1", "杭州一队", "Hangzhou Crew 1")],
    "Jiaxing": [("JX-1", "嘉兴一队", "Jiaxing Crew 1")], "Yinchuan": [("YC-1", "银川一队", "Yinchuan Crew 1")],
    "Zhongwei": [("ZW-1", "中卫一队", "Zhongwei Crew 1")],
    "Brisbane": [("BNE-1", "布里斯班一队", "Brisbane Crew 1"), ("BNE-2", "布里斯班二队", "Brisbane Crew 2")],
    "Toowoomba": [("TWB-1", "图文巴队", "Toowoomba Crew")],
    "Sydney": [("SYD-1", "悉尼一队", "Sydney Crew 1"), ("SYD-2", "悉尼二队", "Sydney Crew 2")],
    "Wagga Wagga": [("WGA-1", "沃加队", "Wagga Crew")],
    "Perth": [("PER-1", "珀斯一队", "Perth Crew 1"), ("PER-2", "珀斯二队", "Perth Crew 2")],
    "Geraldton": [("PER-1", "珀斯一队", "Perth Crew 1")],
}
PARTNERS = {  # region: (zh, en, slow)
    "Shandong": ("齐鲁光服", "Qilu Solar Service", False), "Hebei": ("冀电维修", "JiDian Repair", False),
    "Jiangsu": ("江南光伏", "Jiangnan PV Care", True), "Zhejiang": ("江南光伏", "Jiangnan PV Care", True),
    "Ningxia": ("塞上光电", "Saishang PV", False), "Queensland": ("阳光修", "SunFix QLD", False),
    "New South Wales": ("亮火电气", "BrightSpark Electrical", False),
    "Western Australia": ("西部光伏服务", "WestPV Services", False),
}
CHANNEL_ZH = {"installer_referral": "安装商推荐", "douyin": "抖音", "wechat": "微信公众号", "word_of_mouth": "老客介绍",
              "website": "官网", "village_agent": "村级代理", "sales_visit": "地推拜访", "google_ads": "谷歌广告",
              "facebook": "Facebook广告"}
CHANNEL_MIX = {
    ("CN", "home"): {"douyin": .26, "wechat": .15, "installer_referral": .25, "word_of_mouth": .16, "website": .18},
    ("CN", "farm"): {"village_agent": .45, "installer_referral": .25, "douyin": .10, "wechat": .10,
                     "word_of_mouth": .10},
    ("CN", "factory"): {"sales_visit": .45, "installer_referral": .25, "website": .20, "word_of_mouth": .10},
    ("AU", "home"): {"google_ads": .30, "facebook": .20, "installer_referral": .25, "word_of_mouth": .15,
                     "website": .10},
    ("AU", "farm"): {"installer_referral": .35, "word_of_mouth": .30, "google_ads": .15, "facebook": .10,
                     "website": .10},
    ("AU", "factory"): {"website": .40, "installer_referral": .40, "google_ads": .20},
}
PAY_GIVEN_QUOTE = {"installer_referral": .74, "word_of_mouth": .66, "village_agent": .56, "sales_visit": .48,
                   "website": .40, "wechat": .37, "google_ads": .36, "facebook": .27, "douyin": .17}
METHOD_ZH = {"pure_water": "纯水冲洗", "robot_dry": "机器人干洗", "soft_brush": "人工软刷"}
REASON_ZH = {"rain": "降雨", "dust_storm": "沙尘暴", "high_wind": "大风", "typhoon": "台风", "storm": "雷暴",
             "heat": "高温"}
DEFECT_ZH = {"bird_droppings": "鸟粪遮挡", "cracked_cell": "电池片隐裂", "diode_failure": "二极管故障",
             "pid_degradation": "PID衰减", "shading": "阴影遮挡", "loose_connector": "接头松动", "bird_nest": "鸟窝"}
COMPLAINT_ZH = {"panel_damage": "面板损坏", "streaks": "水渍残留", "missed_panels": "漏洗", "late_crew": "迟到",
                "report_delay": "报告延迟", "reschedule_notice": "改期通知晚", "repair_delay": "维修慢"}
RESOLUTION_ZH = {"compensation": "赔偿", "free_reclean": "免费返工", "coupon": "优惠券", "escalated": "升级处理"}
TIER_ZH = {"basic": "基础版", "standard": "标准版", "premium": "尊享版"}
ORDER_TYPE_ZH = {"one_off_clean": "单次清洗", "drone_inspection": "无人机巡检", "clean_and_inspect": "清洗+巡检",
                 "yearly_plan": "年度套餐", "plan_renewal": "套餐续约", "add_on": "加购"}
SERVICE_ZH = {"clean": "清洗", "inspect": "巡检", "clean_inspect": "清洗+巡检"}
CANCEL_ZH = {"changed_mind": "不需要了", "found_cheaper": "找到更便宜的", "sold_house": "卖房搬家", "self_cleaned": "自己洗了"}
PLAN_VISITS = {  # month offset -> service
    "basic": {0: "clean", 6: "clean"},
    "standard": {0: "clean_inspect", 3: "clean", 6: "clean", 9: "clean"},
    "premium": {0: "clean_inspect", 2: "clean", 4: "clean", 6: "clean_inspect", 8: "clean", 10: "clean"},
}

# ---------------------------------------------------------------- feedback texts (topic markers: see README)
T = {
    "crack": {
        "zh": ["洗完第二天发现有块板子裂了，要求赔偿", "师傅大中午用冷水冲，面板玻璃直接裂了一块",
               "清洗后屋顶有两块组件出现裂纹，太不小心了", "板子被踩裂了，谁来负责？", "组件玻璃裂了，等你们给说法"],
        "en": ["Found a cracked panel the day after the clean - not happy.",
               "They hosed the panels with cold water in the midday heat and one cracked.",
               "Two modules have cracks since your crew was on the roof.",
               "Cracked glass on a panel after the wash, waiting on compensation."]},
    "report_slow": {
        "zh": ["洗完一个多星期了效率报告还没发过来", "说好的清洗报告迟迟没收到", "报告拖了快十天，客服也说不清楚",
               "发电效率报告什么时候能出？等好久了", "巡检报告到现在都没看到"],
        "en": ["Still no efficiency report, ten days after the clean.", "Where is my report? You promised 48 hours.",
               "The performance report took nearly two weeks to arrive.", "Waiting on the report for over a week now."]},
    "reschedule": {
        "zh": ["又改期了，已经是第二次了", "因为天气改期我理解，但能不能提前通知一下", "改期通知太晚了，我都请好假在家等着",
               "临时改期，害我白等一上午"],
        "en": ["Rescheduled again because of the weather - second time now.",
               "I get the rain, but please tell us earlier when you reschedule.",
               "Got rescheduled the night before, I had taken the day off.",
               "The visit keeps getting rescheduled, frustrating."]},
    "dust": {
        "zh": ["沙尘暴一来又改期，板子脏得不行", "沙尘天气改期了两次，什么时候能洗上", "刚约好又说有沙尘要改期",
               "春天沙尘大，改期可以理解，就是等太久"],
        "en": ["Dust storm again, so the visit was rescheduled.", "Rescheduled twice for the dust storms this spring."]},
    "price": {
        "zh": ["价格有点贵，比村里找的人贵不少", "清洗一次这个价太贵了", "套餐价格偏贵，希望老客户有优惠"],
        "en": ["A bit pricey for a 20-panel roof.", "Too expensive compared to the guy down the road.",
               "The plan is expensive, would love a loyalty discount."]},
    "streaks": {
        "zh": ["洗完板子上全是水渍", "玻璃上留了一道道水渍，等于白洗", "水渍很明显，要求返工"],
        "en": ["Left streaks all over the glass.", "Panels look streaky after the wash."]},
    "missed": {
        "zh": ["后排有几块板子漏洗了", "边上一排漏掉没洗", "有漏洗的地方，拍照发给客服了"],
        "en": ["They missed the back row of panels.", "A few panels were missed near the gutter."]},
    "late": {
        "zh": ["师傅迟到了一个多小时", "约的8点，迟到快两小时才来", "清洗队迟到也不打个电话"],
        "en": ["Crew turned up two hours late without a call.", "Booked for 8am, they arrived late."]},
    "gain": {
        "zh": ["洗完以后发电量明显上来了", "清洗后发电量涨了一成多，值", "发电量提升很明显，明年继续"],
        "en": ["Output jumped noticeably after the clean.", "Our output is up about 10% since the wash, worth it.",
               "Noticeably more output on the inverter app."]},
    "hotspot": {
        "zh": ["无人机热成像查出了热斑，早发现早处理", "巡检发现几个热斑，及时通知了我们", "热斑图片拍得很清楚"],
        "en": ["The drone thermal scan picked up a hotspot we never knew about.", "Hotspots found early, great value."]},
    "repair_slow": {
        "zh": ["转介的维修商一直不上门，问题拖了一个月", "说好维修师傅来换二极管，等了三周还没来", "维修转介以后就没人管了"],
        "en": ["The installer you referred us to for the repair never showed up.",
               "Waiting three weeks for the repair you arranged."]},
    "pro": {
        "zh": ["师傅很专业，洗得很干净", "清洗队专业又细心，推荐", "专业，准时，满意"],
        "en": ["Very professional crew, panels spotless.", "Professional and friendly, highly recommend."]},
    "bird": {
        "zh": ["大棚上的鸟粪太多，洗完没几天又脏了", "鸟粪遮挡问题严重，想装防鸟网", "鸟粪把板子糊住了，幸亏巡检发现"],
        "en": ["Bird droppings everywhere on the shed panels, cleaned up nicely.",
               "Bird mess comes back within weeks, we need mesh."]},
    "generic_pos": {
        "zh": ["服务不错，下次还找你们", "整体满意", "挺好的，板子干干净净", "小程序下单很方便"],
        "en": ["Great service, will book again.", "Easy booking and a good job.", "All good, thanks team."]},
    "generic_neu": {
        "zh": ["还行吧", "一般般，没什么特别的", "清洗效果还可以"],
        "en": ["It was fine.", "Okay job, nothing special."]},
}
TOPIC_TP = {"crack": "tp_visit", "report_slow": "tp_report", "reschedule": "tp_weather", "dust": "tp_weather",
            "price": "tp_quote", "streaks": "tp_visit", "missed": "tp_visit", "late": "tp_visit", "gain": "tp_visit",
            "hotspot": "tp_drone", "repair_slow": "tp_repair_done", "pro": "tp_visit", "bird": "tp_drone",
            "generic_pos": "tp_visit", "generic_neu": "tp_visit"}
TOPIC_TRUTH = {"dust": "dust_storm|reschedule"}   # dust comments carry both topics


def pick(seq, p=None):
    if p is None:
        return seq[int(rng.integers(len(seq)))]
    p = np.asarray(p, dtype=float)
    return seq[int(rng.choice(len(seq), p=p / p.sum()))]


def chance(p):
    return rng.random() < p


def lognorm(median, sigma):
    return float(median * np.exp(rng.normal(0, sigma)))


def at_hour(d: datetime, lo=8, hi=20):
    return datetime(d.year, d.month, d.day) + D(seconds=int(rng.integers(lo * 3600, hi * 3600)))


def daytime(ts: datetime) -> datetime:
    """people write and call between 08:00 and 22:00."""
    if 8 <= ts.hour < 22:
        return ts
    return datetime(ts.year, ts.month, ts.day) + D(seconds=int(rng.integers(8 * 3600, 22 * 3600)))


def add_months(d: datetime, k: int) -> datetime:
    m = d.month - 1 + k
    y, m = d.year + m // 12, m % 12 + 1
    return d.replace(year=y, month=m, day=min(d.day, 28))


class Gen:
    def __init__(self):
        self.customers, self.events, self.orders, self.feedback, self.truth, self.experiments = [], [], [], [], [], []
        self.n = {"WO": 0, "PL": 0, "OR": 0, "FB": 0}
        self.cust = {}

    def nid(self, k, width=6):
        self.n[k] += 1
        return f"{k}{self.n[k]:0{width}d}"

    # ------------------------------------------------------------ rows
    def ev(self, c, ts, tp, action, session=None, **kw):
        if ts < START or ts > END:
            return
        base = {"customer_id": c["customer_id"], "ts": ts, "touchpoint_id": tp, "session_id": session,
                "action": action, "customer_type": c["customer_type"], "客户类型": TYPE_ZH[c["customer_type"]],
                "region": c["region"], "区域": c["区域"], "city": c["city"], "城市": c["城市"], "country": c["country"]}
        base.update(kw)
        self.events.append(base)

    def order(self, c, ts, order_type, local_amount, status="paid", **kw):
        if ts < START or ts > END:
            return None
        cur = "AUD" if c["country"] == "AU" else "CNY"
        amount = round(local_amount * (AUD_CNY if cur == "AUD" else 1.0), 2)
        oid = self.nid("OR")
        pm = (pick(["card", "direct_debit"], [.7, .3]) if cur == "AUD" else
              ("bank_transfer" if c["customer_type"] == "factory" else pick(["wechat_pay", "alipay"], [.7, .3])))
        row = {"order_id": oid, "customer_id": c["customer_id"], "ts": ts, "amount": amount, "status": status,
               "channel": "web" if cur == "AUD" else "mini_program", "device": c["device"],
               "order_type": order_type, "订单类型": ORDER_TYPE_ZH[order_type], "customer_type": c["customer_type"],
               "客户类型": TYPE_ZH[c["customer_type"]], "region": c["region"], "区域": c["区域"], "city": c["city"],
               "城市": c["城市"], "country": c["country"], "currency": cur, "amount_local": round(local_amount, 2),
               "payment_method": pm, "panels": c["panels"], "system_kw": c["system_kw"]}
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, ts, topic, channel, rating=None, nps=None, lang=None, undated=False, no_customer=False, **kw):
        if ts is not None:
            ts = daytime(ts)
            if ts < START or ts > END:
                return
        lang = lang or c["language"]
        text = pick(T[topic][lang])
        if channel == "call_note":
            text = ("客户来电反映：" if lang == "zh" else "Customer called: ") + text
        fid = self.nid("FB", 5)
        row = {"feedback_id": fid, "text": text, "ts": None if undated else ts,
               "customer_id": None if no_customer else c["customer_id"], "touchpoint_id": TOPIC_TP[topic],
               "channel": channel, "rating": rating, "nps": nps, "language": lang,
               "customer_type": c["customer_type"], "客户类型": TYPE_ZH[c["customer_type"]], "region": c["region"],
               "区域": c["区域"], "city": c["city"]}
        row.update(kw)
        self.feedback.append(row)
        self.truth.append({"feedback_id": fid, "topics": TOPIC_TRUTH.get(topic, topic)})

    # ------------------------------------------------------------ customers
    def make_customer(self, cid, signup, legacy=False):
        region = pick(list(REGIONS), [v[2] for v in REGIONS.values()])
        zh, country, _, cities, mix = REGIONS[region]
        ctype = pick(["home", "farm", "factory"], mix)
        city, city_zh = pick(cities, [.7, .3] if len(cities) == 2 else [.5, .3, .2])
        if legacy:
            ctype = pick(["home", "farm", "factory"], [.25, .35, .40] if country == "CN" else [.5, .4, .1])
        if ctype == "home":
            kw = round(float(rng.uniform(12, 36) if country == "CN" else rng.uniform(5, 13.3)), 1)
        elif ctype == "farm":
            kw = round(float(rng.uniform(60, 600) if country == "CN" else rng.uniform(30, 300)), 0)
        elif country == "CN":   # Suzhou / Changzhou industrial parks have the big roofs
            lo, hi = (500, 6000) if region == "Jiangsu" else (200, 3000)
            kw = round(float(np.exp(rng.uniform(np.log(lo), np.log(hi)))), 0)
        else:
            kw = round(float(np.exp(rng.uniform(np.log(100), np.log(800)))), 0)
        panels = max(8, int(round(kw * 1000 / (550 if country == "CN" else 420))))
        chan = pick(list(CHANNEL_MIX[(country, ctype)]), list(CHANNEL_MIX[(country, ctype)].values()))
        if country == "CN":
            lang = "en" if (region == "Jiangsu" and ctype == "factory" and chance(.3)) or chance(.02) else "zh"
            device = pick(["android", "ios", "pc"], [.55, .33, .12] if ctype == "home" else [.35, .25, .40])
        else:
            lang = "zh" if chance(.07) else "en"
            device = pick(["ios", "android", "pc"], [.5, .3, .2])
        roof = {"home": pick(["tiled", "flat_concrete", "metal"], [.5, .3, .2]) if country == "CN" else
                pick(["tiled", "metal"], [.55, .45]),
                "farm": pick(["greenhouse", "ground_mount", "metal"], [.45, .35, .2]) if country == "CN" else
                pick(["ground_mount", "metal"], [.5, .5]),
                "factory": pick(["metal", "flat_concrete"], [.75, .25])}[ctype]
        c = {"customer_id": cid, "signup_at": signup, "segment": None, "region": region, "区域": zh,
             "country": country, "city": city, "城市": city_zh, "acquisition_channel": chan,
             "获客渠道": CHANNEL_ZH[chan],
             "tier": "key_account" if (ctype == "factory" and kw >= 1000) or (ctype == "farm" and kw >= 400)
             else "standard",
             "customer_type": ctype, "客户类型": TYPE_ZH[ctype], "system_kw": kw, "panels": panels,
             "roof_type": roof, "install_year": int(rng.integers(2016, 2025)), "preferred_language": lang,
             "language": lang, "device": device}
        return c

    # ------------------------------------------------------------ prices (local currency)
    def price(self, c, service):
        p, au = c["panels"], c["country"] == "AU"
        if c["customer_type"] == "home":
            clean = max(179.0, p * 8.5) if au else max(200.0, p * 6.0)
            insp = max(249.0, p * 2.0) if au else max(380.0, p * 0.9)
        else:
            clean = max(450.0, p * 3.0) if au else max(600.0, p * 2.0)
            insp = max(400.0, p * 1.2) if au else max(800.0, p * 0.6)
        if service == "clean":
            return round(clean, 0)
        if service == "inspect":
            return round(insp, 0)
        return round((clean + insp) * 0.9, 0)

    def plan_price(self, c, tier):
        visits = PLAN_VISITS[tier]
        tot = 0.0
        for s in visits.values():
            tot += self.price(c, s)
        return round(tot * {"basic": .92, "standard": .85, "premium": .82}[tier], 0)

    # ------------------------------------------------------------ jobs
    def crew_for(self, c, day):
        crews = CREWS[c["city"]]
        if c["city"] == "Perth" and day < PER2_START:
            crews = crews[:1]
        if c["city"] == "Brisbane" and BNE2_MIDDAY[0] <= day < BNE2_MIDDAY[1]:
            return pick(crews, [.35, .65])      # crew 2 takes a second (midday) round in the summer rush
        return pick(crews)

    def resched(self, c, day):
        r, m = c["region"], day.month
        p, reasons = .035, (["rain", "high_wind"], [.6, .4]) if c["country"] == "CN" else (["rain", "high_wind"], [.7, .3])
        if r == "Ningxia" and m in (3, 4):
            p, reasons = .46, (["dust_storm", "high_wind"], [.9, .1])
        elif r == "Ningxia" and m == 5:
            p, reasons = .14, (["dust_storm", "high_wind"], [.7, .3])
        elif r == "Hebei" and m in (3, 4):
            p, reasons = .22, (["dust_storm", "high_wind", "rain"], [.7, .2, .1])
        elif r in ("Jiangsu", "Zhejiang") and m in (6, 7):
            p, reasons = .22, (["rain"], [1])
        elif r == "Zhejiang" and m in (8, 9):
            p, reasons = .16, (["typhoon", "rain"], [.6, .4])
        elif r == "Queensland" and m in (12, 1, 2):
            p, reasons = .18, (["storm", "rain"], [.7, .3])
        elif r == "Western Australia" and m in (1, 2):
            p, reasons = .14, (["heat"], [1])
        elif r == "New South Wales" and m in (1, 2):
            p, reasons = .08, (["heat", "storm"], [.5, .5])
        return p, reasons

    def cny_shift(self, c, day):
        if c["country"] != "CN":
            return day
        for a, b in CNY_BREAKS:
            if a <= day < b:
                return b + D(days=int(rng.integers(0, 4)))
        return day

    def job(self, c, session, service, paid_at, visit_target=None, plan=None, visit_no=None, not_before=None):
        """one crew visit (clean / inspect / both): schedule, weather moves, visit, drone, report, defects,
        complaints, reviews. Returns a dict of what happened (for renewal and NPS)."""
        out = {"damage": False, "report_late": False, "resched": 0, "happened": False, "topics": []}
        ctype, country = c["customer_type"], c["country"]
        peak = (country == "CN" and paid_at.month in (5, 10)) or (country == "AU" and paid_at.month in (10, 11))
        if visit_target is None:
            sched_ts = paid_at + D(hours=float(rng.uniform(2, 60)))
            lead = int(rng.integers(2, 7) if country == "CN" else rng.integers(3, 9)) + (3 if peak else 0)
            target = sched_ts + D(days=lead)
        else:
            target = visit_target
            sched_ts = target - D(days=float(rng.uniform(4, 10)))
            if not_before is not None and sched_ts <= not_before:
                sched_ts = not_before + D(hours=float(rng.uniform(1, 30)))
                target = max(target, sched_ts + D(days=2))
        target = self.cny_shift(c, target)
        extra = {"work_order": session, "plan_id": plan, "service": service, "服务类型": SERVICE_ZH[service],
                 "visit_no": visit_no, "panels": c["panels"], "system_kw": c["system_kw"]}
        self.ev(c, sched_ts, "tp_schedule", "scheduled", session, scheduled_for=target.date().isoformat(), **extra)
        # weather
        day = target
        p, (reasons, rp) = self.resched(c, day)
        n_res = 0
        while chance(p) and n_res < 3:
            reason = pick(reasons, rp)
            ts = datetime(day.year, day.month, day.day) - D(hours=float(rng.uniform(4, 30)))
            shift = int(rng.integers(4, 11) if reason == "dust_storm" else rng.integers(2, 8))
            day = self.cny_shift(c, day + D(days=shift))
            self.ev(c, ts, "tp_weather", "rescheduled", session, reschedule_reason=reason,
                    改期原因=REASON_ZH[reason], new_date=day.date().isoformat(), **extra)
            n_res += 1
            if chance(.12):
                self.complaint(c, ts + D(hours=float(rng.uniform(1, 20))), "reschedule_notice", session, extra,
                               dust=reason == "dust_storm")
            p = p * .6
        out["resched"] = n_res
        # the visit
        crew_id, crew_zh, crew_en = self.crew_for(c, day)
        hot_season = country == "AU" and day.month in (12, 1, 2)
        if crew_id == "BNE-2" and BNE2_MIDDAY[0] <= day < BNE2_MIDDAY[1]:
            start_h = float(rng.uniform(10.5, 14.5))
        elif hot_season:
            start_h = float(rng.uniform(6, 10))
        else:
            start_h = float(rng.uniform(7, 15))
        visit_ts = datetime(day.year, day.month, day.day) + D(hours=start_h)
        if visit_ts > END:
            return out
        out["happened"] = True
        temp = {"Ningxia": 18, "Hebei": 20, "Shandong": 21, "Jiangsu": 22, "Zhejiang": 23, "Queensland": 26,
                "New South Wales": 22, "Western Australia": 25}[c["region"]]
        season = np.cos((day.month - (7 if country == "CN" else 1)) / 12 * 2 * np.pi)
        temp = round(temp + 10 * season + (start_h - 9) * 0.9 + float(rng.normal(0, 2.5)), 1)
        if service == "inspect":
            method = None
        elif c["region"] in ("Ningxia", "Western Australia") or (ctype == "factory" and c["panels"] > 2500):
            method = pick(["robot_dry", "pure_water"], [.75, .25])
        elif ctype == "farm":
            method = pick(["soft_brush", "pure_water", "robot_dry"], [.45, .35, .2])
        else:
            method = pick(["pure_water", "soft_brush"], [.7, .3])
        late_min = int(rng.integers(35, 150)) if chance(.05) else 0
        hours = round(max(0.8, c["panels"] / (90 if method == "robot_dry" else 60) * float(rng.uniform(.8, 1.3))
                          if method else float(rng.uniform(.6, 1.5))), 1)
        water = (0 if method in (None, "robot_dry") else round(c["panels"] * float(rng.uniform(1.2, 2.0)), 0))
        vextra = dict(extra, crew_id=crew_id, crew=crew_zh, crew_en=crew_en, method=method,
                      清洗方式=METHOD_ZH.get(method), start_time=f"{int(start_h):02d}:{int(start_h % 1 * 60):02d}",
                      ambient_temp_c=temp, late_minutes=late_min or None, duration_hours=hours,
                      water_litres=water if method else None,
                      panels_cleaned=c["panels"] if method else 0)
        self.ev(c, visit_ts, "tp_visit", "visit_done", session, **vextra)
        crew = dict(crew_id=crew_id, crew=crew_zh, crew_en=crew_en)
        # soiling and output gain
        soil = {"Ningxia": 11, "Hebei": 8, "Shandong": 7, "Jiangsu": 5, "Zhejiang": 4, "Queensland": 5,
                "New South Wales": 6, "Western Australia": 9}[c["region"]]
        if c["region"] == "Ningxia" and day.month in (3, 4, 5):
            soil += 8
        if c["region"] == "Hebei" and day.month in (3, 4, 5):
            soil += 4
        if ctype == "farm":
            soil += 4
        soil = round(max(1.0, soil * float(rng.uniform(.7, 1.3))), 1)
        gain = round(max(0.3, soil * .85 + float(rng.normal(0, 1.0))), 1) if method else None
        # drone
        defect = None
        hotspots = 0
        if service in ("inspect", "clean_inspect"):
            p_hot = {"farm": .38, "factory": .18, "home": .12}[ctype]
            if chance(p_hot):
                hotspots = int(rng.integers(1, 4 if ctype == "home" else 12))
                dd = {"farm": (["bird_droppings", "cracked_cell", "diode_failure", "pid_degradation", "shading"],
                               [.55, .10, .10, .10, .15]),
                      "home": (["shading", "bird_droppings", "cracked_cell", "diode_failure", "pid_degradation"],
                               [.35, .20, .20, .15, .10]),
                      "factory": (["pid_degradation", "diode_failure", "cracked_cell", "bird_droppings", "shading"],
                                  [.30, .25, .20, .15, .10])}[ctype]
                defect = pick(*dd)
            self.ev(c, visit_ts + D(hours=float(rng.uniform(.8, 2.5))), "tp_drone", "thermal_scan", session,
                    pilot_id=f"{crew_id}-P", hotspots=hotspots, hotspot_found="yes" if hotspots else "no",
                    defect_type=defect, 缺陷类型=DEFECT_ZH.get(defect), soiling_loss_pct=soil, **extra, **crew)
        elif chance(.035 if ctype == "home" else .05):
            defect = pick(["loose_connector", "bird_nest", "cracked_cell"], [.4, .35, .25])
        # report
        if REPORT_MIGRATION[0] <= visit_ts < REPORT_MIGRATION[1]:
            rdays = lognorm(8.5, .3)
        else:
            rdays = lognorm(1.4, .45)
        rep_ts = visit_ts + D(days=rdays)
        self.ev(c, rep_ts, "tp_report", "report_sent", session, report_days=round(rdays, 1),
                soiling_loss_pct=soil if method else None, gain_pct=gain,
                report_channel="email" if country == "AU" else pick(["mini_program", "wechat"], [.7, .3]),
                **extra, **crew)
        out["report_late"] = rdays > 5
        # complaints at the visit
        if crew_id == "BNE-2" and BNE2_MIDDAY[0] <= day < BNE2_MIDDAY[1] and method:
            p_dmg = .22
        elif crew_id == "PER-2" and method:
            p_dmg = .24
        else:
            p_dmg = .006 if method else 0
        if chance(p_dmg):
            out["damage"] = True
            self.complaint(c, visit_ts + D(hours=float(rng.uniform(3, 40))), "panel_damage", session, extra, crew)
        if method == "soft_brush" and chance(.05) or method and chance(.01):
            out["topics"].append("streaks")
            self.complaint(c, visit_ts + D(hours=float(rng.uniform(5, 60))), "streaks", session, extra, crew)
        if method and chance(.015):
            out["topics"].append("missed")
            self.complaint(c, visit_ts + D(hours=float(rng.uniform(5, 60))), "missed_panels", session, extra, crew)
        if late_min and chance(.4):
            out["topics"].append("late")
            self.complaint(c, visit_ts + D(hours=float(rng.uniform(.2, 3))), "late_crew", session, extra, crew)
        if rdays > 5.5 and chance(.35):
            self.complaint(c, visit_ts + D(days=float(rng.uniform(5, min(rdays, 7)))), "report_delay", session,
                           extra, crew)
        # defects -> repair referral, bird mesh add-on
        if defect == "bird_droppings" and ctype == "farm" and chance(.35):
            ts = rep_ts + D(days=float(rng.uniform(1, 10)))
            self.order(c, ts, "add_on", max(800.0, c["panels"] * 6.0) if country == "CN" else
                       max(450.0, c["panels"] * 4.0), add_on_item="bird_mesh", work_order=session, plan_id=plan)
        if defect and defect not in ("bird_droppings", "shading") and chance(.8):
            self.referral(c, rep_ts + D(hours=float(rng.uniform(2, 48))), session, defect, extra)
        elif defect and defect != "shading" and chance(.06):
            self.referral(c, rep_ts + D(hours=float(rng.uniform(2, 48))), session, defect, extra)
        if method and chance(.04):
            ts = visit_ts + D(hours=2)
            self.order(c, ts, "add_on", max(150.0, c["panels"] * 3.0) if country == "CN" else
                       max(120.0, c["panels"] * 3.0), add_on_item="anti_soiling_coating", work_order=session,
                       plan_id=plan)
        # reviews
        self.review(c, rep_ts, out, rdays, method, hotspots, defect, gain, extra, crew, n_res,
                    bool(late_min), day)
        out["visit_ts"] = visit_ts
        return out

    def referral(self, c, ts, session, defect, extra):
        pz, pe, slow = PARTNERS[c["region"]]
        kw = dict(extra, partner=pz, partner_en=pe, defect_type=defect, 缺陷类型=DEFECT_ZH[defect])
        self.ev(c, ts, "tp_repair_ref", "referred", session, **kw)
        done = chance(.58 if slow else .93)
        days = lognorm(24 if slow else 5.5, .45)
        if done:
            cost = {"loose_connector": 300, "bird_nest": 400, "bird_droppings": 500, "cracked_cell": 1400, "diode_failure": 650,
                    "pid_degradation": 5200}[defect] * float(rng.uniform(.8, 1.4))
            if c["customer_type"] != "home":
                cost *= 2.5
            self.ev(c, ts + D(days=days), "tp_repair_done", "repaired", session, repair_cost_cny=round(cost, 0),
                    referral_fee_cny=round(cost * .08, 0), days_to_repair=round(days, 1), **kw)
        if (not done or days > 20) and chance(.55):
            cts = ts + D(days=float(rng.uniform(16, 30)))
            self.complaint(c, cts, "repair_delay", session, extra, partner=dict(partner=pz, partner_en=pe))
            if chance(.5):
                self.fb(c, cts + D(hours=1), "repair_slow", "call_note", partner=pz, partner_en=pe,
                        work_order=session)

    def complaint(self, c, ts, ctype, session, extra, crew=None, partner=None, dust=False):
        ts = daytime(ts)
        res = {"panel_damage": "compensation", "streaks": "free_reclean", "missed_panels": "free_reclean",
               "late_crew": "coupon", "report_delay": "coupon", "reschedule_notice": "coupon",
               "repair_delay": "escalated"}[ctype]
        comp = None
        if res == "compensation":
            comp = round((1100 if c["country"] == "CN" else 380 * AUD_CNY) * float(rng.uniform(.9, 2.2)), 0)
        elif res == "coupon":
            comp = 50.0 if c["country"] == "CN" else round(25 * AUD_CNY, 0)
        self.ev(c, ts, "tp_complaint", "complaint_logged", session, complaint_type=ctype,
                投诉类型=COMPLAINT_ZH[ctype], resolution=res, 处理方式=RESOLUTION_ZH[res], compensation_cny=comp,
                **extra, **(crew or {}), **(partner or {}))
        topic = {"panel_damage": "crack", "streaks": "streaks", "missed_panels": "missed", "late_crew": "late",
                 "report_delay": "report_slow", "reschedule_notice": "dust" if dust else "reschedule",
                 "repair_delay": "repair_slow"}[ctype]
        if chance(.8):
            self.fb(c, ts, topic, "ticket", work_order=session, **(crew or {}), **(partner or {}))

    def review(self, c, ts, out, rdays, method, hotspots, defect, gain, extra, crew, n_res, late, day):
        au = c["country"] == "AU"
        if not chance(.27 if au else .24):
            return
        ts = ts + D(hours=float(rng.uniform(2, 96)))
        if out["damage"]:
            topic, r = "crack", pick([1, 2], [.8, .2])
        elif rdays > 5 and chance(.75):
            topic, r = "report_slow", pick([1, 2, 3], [.35, .5, .15])
        elif n_res and chance(.6):
            dusty = c["region"] in ("Ningxia", "Hebei") and day.month in (3, 4, 5)
            topic, r = ("dust" if dusty and chance(.7) else "reschedule"), pick([2, 3, 4], [.45, .4, .15])
        elif "streaks" in out["topics"]:
            topic, r = "streaks", pick([1, 2, 3], [.3, .5, .2])
        elif "missed" in out["topics"]:
            topic, r = "missed", pick([2, 3], [.6, .4])
        elif late and chance(.7):
            topic, r = "late", pick([2, 3, 4], [.4, .4, .2])
        elif hotspots and chance(.5):
            topic, r = "hotspot", pick([4, 5], [.3, .7])
        elif defect == "bird_droppings" and chance(.5):
            topic, r = "bird", pick([3, 4, 5], [.3, .4, .3])
        elif gain and gain > 9 and chance(.55):
            topic, r = "gain", pick([4, 5], [.25, .75])
        else:
            topic = pick(["pro", "price", "generic_pos", "generic_neu"], [.3, .15, .38, .17])
            r = {"pro": pick([4, 5], [.3, .7]), "price": pick([2, 3, 4], [.3, .5, .2]),
                 "generic_pos": pick([4, 5], [.5, .5]), "generic_neu": pick([3, 4], [.6, .4])}[topic]
        if topic not in out["topics"]:
            out["topics"].append(topic)
        channel = "google_review" if au else "app_review"
        if au and c["language"] == "zh":
            channel = "app_review"
        self.fb(c, ts, topic, channel, rating=r, undated=channel == "google_review" and chance(.3),
                work_order=extra["work_order"], **crew)

    # ------------------------------------------------------------ plans
    def run_plan(self, c, plan_id, tier, start, history, not_before=None):
        """visits of one plan year, a reminder 30 days before the end and maybe a renewal (recursively)."""
        end = add_months(start, 12)
        bad = False
        for off, service in sorted(PLAN_VISITS[tier].items()):
            target = add_months(start, off) + D(days=int(rng.integers(3, 15)), hours=0)
            if target > END + D(days=10):
                break
            wo = self.nid("WO")
            res = self.job(c, wo, service, target, visit_target=target, plan=plan_id, visit_no=off,
                           not_before=not_before if off == 0 else None)
            bad = bad or res["damage"] or res["report_late"]
            history.append(res)
        rem = at_hour(end - D(days=30), 9, 11)
        if rem > END:
            return
        self.ev(c, rem, "tp_renew_reminder", "reminder_sent", plan_id, plan_tier=tier, 套餐档次=TIER_ZH[tier],
                plan_end=end.date().isoformat(),
                reminder_channel="email" if c["country"] == "AU" else pick(["wechat", "sms"], [.7, .3]))
        p = {"basic": .42, "standard": .70, "premium": .90}[tier]
        if bad:     # a damaged panel or a late report in the plan year; premium has an account manager
            p *= .88 if tier == "premium" else .6
        if c["country"] == "AU" and c["customer_type"] == "home":
            p *= .85
        if not chance(p):
            return
        rts = daytime(rem + D(days=float(rng.uniform(6, 52))))
        if rts > END:
            return
        new_tier = tier
        if tier == "basic" and chance(.2):
            new_tier = "standard"
        elif tier == "standard" and chance(.1):
            new_tier = "premium"
        new_id = self.nid("PL")
        new_start = end
        amount = self.plan_price(c, new_tier) * 1.03
        self.ev(c, rts, "tp_renew", "renewed", new_id, renews_plan=plan_id, plan_id=new_id, plan_tier=new_tier,
                套餐档次=TIER_ZH[new_tier], plan_start=new_start.date().isoformat(),
                plan_end=add_months(new_start, 12).date().isoformat(), amount_local=round(amount, 0),
                currency="AUD" if c["country"] == "AU" else "CNY")
        self.order(c, rts, "plan_renewal", amount, plan_id=new_id, plan_tier=new_tier, 套餐档次=TIER_ZH[new_tier],
                   renews_plan=plan_id)
        c["plan_until"] = add_months(new_start, 12)
        self.run_plan(c, new_id, new_tier, new_start, history, not_before=rts)

    # ------------------------------------------------------------ a new customer
    def choose_product(self, c):
        t = c["customer_type"]
        if t == "home":
            if chance(.18):
                return "plan", pick(["basic", "standard"], [.8, .2])
            return "one_off", pick(["clean", "clean_inspect", "inspect"], [.72, .18, .10])
        if t == "farm":
            if chance(.55):
                return "plan", pick(["basic", "standard", "premium"], [.25, .6, .15])
            return "one_off", pick(["clean", "clean_inspect", "inspect"], [.55, .3, .15])
        if chance(.7):
            return "plan", pick(["basic", "standard", "premium"], [.15, .5, .35])
        return "one_off", pick(["clean", "clean_inspect", "inspect"], [.45, .35, .2])

    def sale(self, c, t0, first=True):
        """quote (+ assessment) -> pay -> jobs / plan. Returns True when paid."""
        kind, what = self.choose_product(c)
        session = self.nid("PL" if kind == "plan" else "WO")
        qts = t0 + D(hours=float(rng.uniform(.1, 72 if first else 2)))
        local = self.plan_price(c, what) if kind == "plan" else self.price(c, what)
        cur = "AUD" if c["country"] == "AU" else "CNY"
        qkw = dict(quote_type="yearly_plan" if kind == "plan" else
                   {"clean": "one_off_clean", "inspect": "drone_inspection", "clean_inspect": "clean_and_inspect"}[what],
                   plan_tier=what if kind == "plan" else None, 套餐档次=TIER_ZH.get(what) if kind == "plan" else None,
                   panels=c["panels"], system_kw=c["system_kw"], roof_type=c["roof_type"], quote_amount=local,
                   currency=cur, quote_cny=round(local * (AUD_CNY if cur == "AUD" else 1), 2))
        self.ev(c, qts, "tp_quote", "quote_submitted", session, channel="web" if c["country"] == "AU" or
                c["device"] == "pc" else "mini_program", device=c["device"], **qkw)
        p = PAY_GIVEN_QUOTE[c["acquisition_channel"]] * {"home": 1.0, "farm": .95, "factory": .85}[c["customer_type"]]
        if not first:
            p = .8
        if first and AB[1] <= qts < AB[2]:
            variant = pick(["roi_estimate", "standard"])
            self.experiments.append({"experiment_id": AB[0], "variant": variant, "customer_id": c["customer_id"],
                                     "assigned_at": qts - D(minutes=float(rng.uniform(1, 15)))})
            if variant == "roi_estimate":
                p = min(.95, p * 1.32)
        if c["customer_type"] != "home" and chance(.85):
            ats = qts + D(days=float(rng.uniform(2, 9)))
            access = pick(["ladder", "scaffold", "boom_lift", "ground"],
                          [.2, .4, .3, .1] if c["customer_type"] == "factory" else [.3, .1, .1, .5])
            self.ev(c, ats, "tp_assess", "assessment_done", session, roof_access=access,
                    anchors_ok=pick(["yes", "no"], [.8, .2]), panels=c["panels"], system_kw=c["system_kw"])
            qts = ats
        if not chance(p):
            return False
        delay = {"home": lognorm(3, .7), "farm": lognorm(7, .6), "factory": lognorm(13, .55)}[c["customer_type"]]
        pts = qts + D(days=delay)
        if pts > END:
            return False
        pay_kw = dict(channel="web" if c["country"] == "AU" else ("bank" if c["customer_type"] == "factory"
                                                                   else "mini_program"), device=c["device"])
        if kind == "plan":
            start = pts + D(days=float(rng.uniform(3, 10)))
            self.ev(c, pts, "tp_pay", "plan_paid", session, plan_id=session, plan_tier=what,
                    套餐档次=TIER_ZH[what], plan_start=start.date().isoformat(),
                    plan_end=add_months(start, 12).date().isoformat(), amount_local=local, currency=cur, **pay_kw)
            self.order(c, pts, "yearly_plan", local, plan_id=session, plan_tier=what, 套餐档次=TIER_ZH[what])
            c["plans"] += 1
            c["plan_until"] = add_months(start, 12)
            self.run_plan(c, session, what, start, c["history"], not_before=pts)
        else:
            otype = {"clean": "one_off_clean", "inspect": "drone_inspection", "clean_inspect": "clean_and_inspect"}[what]
            self.ev(c, pts, "tp_pay", "order_paid", session, work_order=session, service=what,
                    服务类型=SERVICE_ZH[what], amount_local=local, currency=cur, **pay_kw)
            cancel_p = .06 if c["customer_type"] == "home" else .02
            if chance(cancel_p):
                cts = pts + D(days=float(rng.uniform(.2, 4)))
                reason = pick(list(CANCEL_ZH), [.35, .3, .15, .2])
                self.ev(c, cts, "tp_cancel", "cancelled", session, cancel_reason=reason, 取消原因=CANCEL_ZH[reason],
                        work_order=session)
                rts = cts + D(days=float(rng.uniform(.5, 3.5)))
                self.ev(c, rts, "tp_refund", "refunded", session, work_order=session,
                        refund_cny=round(local * (AUD_CNY if cur == "AUD" else 1), 2))
                o = self.order(c, pts, otype, local, status="refunded", work_order=session, service=what)
                if o is not None:
                    o["refunded_at"] = rts
                return True
            self.order(c, pts, otype, local, work_order=session, service=what)
            c["one_offs"] += 1
            res = self.job(c, session, what, pts)
            c["history"].append(res)
        return True

    def new_customer(self, i):
        c = self.make_customer(f"C{i:05d}", None)
        season = SEASON_CN if c["country"] == "CN" else SEASON_AU
        span = (datetime(2026, 7, 25) - START).days
        while True:     # enquiry date: the country's season and growth in 2026
            d = START + D(days=float(rng.uniform(0, span)))
            if rng.random() < season[d.month - 1] * (1.25 if d.year == 2026 else 1.0) / 2.3:
                break
        d = at_hour(d, 7, 23)
        c["signup_at"] = d
        c.update(plans=0, one_offs=0, history=[], plan_until=None, first_pay=None)
        self.customers.append(c)
        self.cust[c["customer_id"]] = c
        ch = c["acquisition_channel"]
        self.ev(c, d, "tp_enquiry", "enquiry", None, channel=ch, 获客渠道=CHANNEL_ZH[ch], device=c["device"])
        p_quote = {"home": .70, "farm": .72, "factory": .80}[c["customer_type"]]
        if not chance(p_quote):
            if chance(.05):
                self.fb(c, d + D(hours=2), "price", "call_note")
            return
        paid = self.sale(c, d + D(hours=float(rng.uniform(.05, 30))))
        if paid and c["plans"] == 0 and c["customer_type"] == "home" and chance(.3):
            t2 = d + D(days=float(rng.uniform(110, 280)))
            if t2 < END:
                self.sale(c, t2, first=False)

    def legacy_customer(self, i):
        signup = datetime(2022, 3, 1) + D(days=float(rng.uniform(0, 900)))
        c = self.make_customer(f"A{i:04d}", at_hour(signup), legacy=True)
        c.update(plans=1, one_offs=0, history=[], plan_until=None, first_pay=None)
        self.customers.append(c)
        self.cust[c["customer_id"]] = c
        tier = pick(["basic", "standard", "premium"], [.25, .5, .25] if c["customer_type"] != "home" else [.7, .3, 0])
        start = datetime(2024, 1, 20) + D(days=float(rng.uniform(0, 340)))
        plan = self.nid("PL")
        c["plan_until"] = add_months(start, 12)
        self.run_plan(c, plan, tier, start, c["history"])

    # ------------------------------------------------------------ surveys and groups
    def surveys(self):
        for wave, ts0 in (("2025-07", datetime(2025, 7, 8)), ("2026-01", datetime(2026, 1, 12)),
                          ("2026-07", datetime(2026, 7, 6))):
            for c in self.customers:
                if c["plan_until"] is None or c["plan_until"] < ts0 or not chance(.42):
                    continue
                hist = [h for h in c["history"] if h.get("visit_ts") and h["visit_ts"] < ts0]
                if not hist:
                    continue
                base = {"factory": 8.9, "farm": 8.0, "home": 7.6}[c["customer_type"]]
                if c["country"] == "AU" and c["customer_type"] == "home":
                    base -= .8
                topic = None
                if any(h["damage"] for h in hist[-4:]):
                    base -= 4.5
                    topic = "crack"
                elif any(h["report_late"] for h in hist[-3:]):
                    base -= 2.6
                    topic = "report_slow"
                elif any(h["resched"] for h in hist[-2:]):
                    base -= 1.2
                    topic = "reschedule"
                score = int(np.clip(round(base + float(rng.normal(0, 1.3))), 0, 10))
                if topic is None:
                    topic = (pick(["pro", "gain", "generic_pos"], [.35, .3, .35]) if score >= 9 else
                             pick(["price", "generic_neu", "generic_pos"], [.45, .35, .2]))
                ts = ts0 + D(days=float(rng.uniform(0, 12)), hours=float(rng.uniform(8, 20)))
                self.fb(c, ts, topic, "nps_survey", nps=score, survey_wave=wave)

    def wechat_groups(self):
        farms = [c for c in self.customers if c["customer_type"] == "farm" and c["country"] == "CN"]
        for _ in range(150):
            c = pick(farms)
            topic = pick(["bird", "dust", "reschedule", "gain", "price", "generic_pos", "generic_neu"],
                         [.22, .14, .12, .16, .16, .1, .1])
            if topic == "dust" and c["region"] not in ("Ningxia", "Hebei"):
                topic = "reschedule"
            self.fb(c, None, topic, "wechat_group", lang="zh", undated=True, no_customer=chance(.3))

    # ------------------------------------------------------------ segments
    def segments(self):
        paid = {}
        for o in self.orders:
            if o["status"] == "paid" and o["order_type"] != "add_on":
                paid.setdefault(o["customer_id"], []).append(o)
        for c in self.customers:
            os_ = paid.get(c["customer_id"], [])
            if c["customer_id"].startswith("A") or c["plans"]:
                seg = "plan_active" if c["plan_until"] and c["plan_until"] > END else "plan_lapsed"
            elif not os_:
                seg = "prospect"
            elif len(os_) >= 2:
                seg = "repeat"
            else:
                seg = "one_time"
            if os_ and min(o["ts"] for o in os_) >= datetime(2026, 5, 1) and not c["customer_id"].startswith("A"):
                seg = "new"
            c["segment"] = seg


def write(path: Path, rows, fields=None):
    if fields is None:
        fields = []
        for r in rows:
            for k in r:
                if k not in fields:
                    fields.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        for r in rows:
            row = {}
            for k in fields:
                v = r.get(k)
                if isinstance(v, datetime):
                    v = v.strftime("%Y-%m-%d %H:%M:%S")
                row[k] = "" if v is None else v
            w.writerow(row)


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    for i in range(1, N_LEGACY + 1):
        g.legacy_customer(i)
    for i in range(1, N_NEW + 1):
        g.new_customer(i)
    g.surveys()
    g.wechat_groups()
    g.segments()
    # events: order by time, ids, a few exact duplicates re-sent by the field app
    g.events.sort(key=lambda e: (e["ts"], e["customer_id"], e["touchpoint_id"]))
    for k, e in enumerate(g.events, 1):
        e["event_id"] = f"E{k:07d}"
    visits = [e for e in g.events if e["touchpoint_id"] == "tp_visit"]
    dup = [visits[int(j)] for j in rng.choice(len(visits), 24, replace=False)]
    events = g.events + [dict(e) for e in dup]
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    first = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel"]
    write(out / "events.csv", events, first + [k for k in dict.fromkeys(k for e in events for k in e)
                                               if k not in first])
    write(out / "touchpoints.csv", [
        {"touchpoint_id": t[0], "name": t[1], "name_zh": t[1], "name_en": t[2], "stage": t[3], "channel": t[4],
         "kind": t[5], "owner": t[6], "aliases": t[7]} for t in TOUCHPOINTS])
    write(out / "journeys.csv", [
        {"journey_id": j[0], "journey_name": j[1], "journey_name_zh": j[1], "journey_name_en": j[2], "step": k,
         "touchpoint_id": tp, "window_days": j[3]} for j in JOURNEYS for k, tp in enumerate(j[4], 1)])
    cust_fields = ["customer_id", "signup_at", "segment", "region", "区域", "country", "city", "城市",
                   "acquisition_channel", "获客渠道", "tier", "customer_type", "客户类型", "system_kw", "panels",
                   "roof_type", "install_year", "preferred_language"]
    write(out / "customers.csv", g.customers, cust_fields)
    g.orders.sort(key=lambda o: o["ts"])
    write(out / "orders.csv", g.orders)
    g.feedback.sort(key=lambda f: (f["ts"] is None, f["ts"] or START, f["feedback_id"]))
    fb_first = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps"]
    write(out / "feedback.csv", g.feedback, fb_first + [k for k in dict.fromkeys(k for f in g.feedback for k in f)
                                                        if k not in fb_first])
    write(out / "experiments.csv", sorted(g.experiments, key=lambda x: x["assigned_at"]))
    write(out / "_truth" / "feedback_truth.csv", g.truth)
    print(f"customers {len(g.customers)}, events {len(events)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}, experiments {len(g.experiments)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
