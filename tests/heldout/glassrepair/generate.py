"""明窗 ClearPane: residential window and glass repair in Guangzhou and Shenzhen (synthetic, written blind).

A household (or a small shop) hears of us (大众点评, 抖音, 小红书, 百度, a property-management referral 物业推荐,
an insurer referral 保险公司转介, word of mouth), asks for an online quote in the mini program / on the website
(在线估价) and uploads photos of the broken pane (上传照片), or phones the hotline (电话咨询). A surveyor is booked
(预约上门测量) and measures on site (上门测量); a formal quote follows (正式报价). Self-paid customers accept (确认下单)
or decline (放弃报价; a 120 CNY call-out fee is charged). Insurer-paid jobs are submitted to the insurer
(提交保险审核) and approved (保险核准) before the customer confirms; the insurer settles the job minus the excess, which
the customer pays. Glass is ordered from a supplier (向玻璃厂下单 → 玻璃到货), the installation is booked (预约安装,
rebooked after a technician no-show) and done (上门安装), the customer signs off (验收签字). Rework visits (返工上门) fix
leaks, scratches, misfits and hardware; sealed double-glazing units carry a warranty (质保报修, e.g. fogging between the
panes). Complaints (投诉), the ClearCare care plan (开通安心保) and reviews (服务评价) close the loop.

Data 2025-01-01 .. 2026-07-31 (extract taken 2026-08-03). Times are naive Asia/Shanghai local time. Money in CNY.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topics and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260803), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260803
rng = np.random.default_rng(SEED)
T0 = datetime(2025, 1, 1)
TEND = datetime(2026, 7, 31, 23, 59, 59)


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


def within(t, a, b):
    return dt(a) <= t < dt(b) + timedelta(days=1)


def biz(t: datetime, h0=9, h1=19) -> datetime:
    return t.replace(hour=ri(h0, h1 - 1), minute=ri(0, 59), second=ri(0, 59))


def later(t: datetime, d0: float, d1: float, h0=9, h1=19) -> datetime:
    x = t + timedelta(days=u(d0, d1))
    x = biz(x, h0, h1)
    return x if x > t else t + timedelta(minutes=ri(20, 180))


# ---------------------------------------------------------------- reference data
BRANCHES = {
    "GZ01": dict(zh="广州天河服务站", en="Guangzhou Tianhe Depot", city="Guangzhou", city_zh="广州", w=.32),
    "GZ02": dict(zh="广州番禺服务站", en="Guangzhou Panyu Depot", city="Guangzhou", city_zh="广州", w=.20),
    "SZ01": dict(zh="深圳南山服务站", en="Shenzhen Nanshan Depot", city="Shenzhen", city_zh="深圳", w=.27),
    "SZ02": dict(zh="深圳宝安服务站", en="Shenzhen Bao'an Depot", city="Shenzhen", city_zh="深圳", w=.21),
}
DISTRICTS = {  # branch -> {district_en: (zh, weight)}
    "GZ01": {"Tianhe": ("天河区", .40), "Yuexiu": ("越秀区", .22), "Haizhu": ("海珠区", .24), "Baiyun": ("白云区", .14)},
    "GZ02": {"Panyu": ("番禺区", 1.0)},
    "SZ01": {"Nanshan": ("南山区", .48), "Futian": ("福田区", .34), "Luohu": ("罗湖区", .18)},
    "SZ02": {"Bao'an": ("宝安区", .68), "Longhua": ("龙华区", .32)},
}
EXPAT = {"GZ01": .14, "GZ02": .05, "SZ01": .30, "SZ02": .08}
JOBS = {  # job type -> zh, weight, price per sqm, area range, fixed labour, insurer share, glass?
    "double_glazing": ("中空玻璃更换", .36, 780, (1.0, 5.5), 350, .26, True),
    "shower_screen": ("淋浴房玻璃", .24, 620, (1.6, 3.6), 300, .05, True),
    "sliding_door": ("推拉门玻璃", .20, 560, (2.0, 6.0), 280, .20, True),
    "shopfront": ("商铺门面玻璃", .10, 950, (5.0, 18.0), 900, .45, True),
    "window_seal": ("窗户密封五金维修", .10, 0, (0.0, 0.0), 0, .0, False),
}
CHAN = {"dianping": .21, "douyin": .13, "xiaohongshu": .12, "property_referral": .14, "insurer_referral": .11,
        "baidu": .11, "word_of_mouth": .18}
CHAN_ZH = {"dianping": "大众点评", "douyin": "抖音", "xiaohongshu": "小红书", "property_referral": "物业推荐",
           "insurer_referral": "保险公司转介", "baidu": "百度搜索", "word_of_mouth": "老客户介绍"}
CHAN_ACCEPT = {"word_of_mouth": .12, "property_referral": .08, "insurer_referral": .04, "dianping": .0,
               "baidu": -.05, "xiaohongshu": -.08, "douyin": -.20}
INSURERS = {  # insurer -> zh, weight, excess CNY, approval days
    "Ping An": ("平安产险", .45, 500, (2, 6)),
    "CPIC": ("太平洋产险", .30, 800, (3, 8)),
    "PICC": ("人保财险", .25, 1000, (8, 19)),
}
SUPPLIERS = {  # supplier -> zh, lead days range
    "Xinyi Glass": ("信义玻璃", (7, 11)),
    "CSG": ("南玻", (6, 10)),
    "Foshan Huasheng": ("佛山华盛", (3, 6)),
}
SUPPLIER_MIX = {"double_glazing": {"Xinyi Glass": .48, "CSG": .34, "Foshan Huasheng": .18},
                "shower_screen": {"Foshan Huasheng": .62, "CSG": .38},
                "sliding_door": {"Foshan Huasheng": .48, "Xinyi Glass": .32, "CSG": .20},
                "shopfront": {"CSG": .52, "Xinyi Glass": .48}}
GLASS_SPEC = {"double_glazing": ["5+12A+5 Low-E", "6+12A+6 中空", "5+9A+5 中空"],
              "shower_screen": ["8mm 钢化", "10mm 钢化"], "sliding_door": ["6mm 钢化", "5+9A+5 中空"],
              "shopfront": ["12mm 钢化", "6+6 夹胶"]}
TECHS = {"GZ01": ["陈志明", "李海峰", "黄伟强", "何家俊"], "GZ02": ["梁国华", "冯少杰"],
         "SZ01": ["刘建军", "吴俊宇", "郑永康"], "SZ02": ["邓卫东", "罗志勇", "谢文斌"]}
SURVEYORS = {"GZ01": ["周雅婷", "林浩"], "GZ02": ["苏建平"], "SZ01": ["杨帆", "钟晓明"], "SZ02": ["蔡俊"]}
DECLINE = {"price_too_high": .48, "found_cheaper": .20, "too_slow": .17, "landlord_handles": .15}
DECLINE_ZH = {"price_too_high": "价格太高", "found_cheaper": "找到更便宜的", "too_slow": "工期太长",
              "landlord_handles": "房东自己处理", "insurer_rejected": "保险拒赔"}
REWORK_ZH = {"leak": "渗漏水", "scratch": "玻璃划伤", "misfit": "尺寸不符", "hardware": "五金松动"}
PLANS = {"care": ("安心保", 299), "care_plus": ("安心保Plus", 599)}
CALLOUT_FEE = 120

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad", "内容种草", "Social content seen", "awareness", "social", "digital", "marketing",
     "抖音视频|小红书笔记|广告|ad|social post"),
    ("tp_quote_request", "在线估价", "Online quote request", "consideration", "mini_program", "digital", "digital",
     "线上询价|小程序估价|网上报价|online estimate|quote form"),
    ("tp_photo_upload", "上传破损照片", "Damage photo upload", "consideration", "mini_program", "digital", "digital",
     "传照片|拍照|photos|upload pictures"),
    ("tp_phone_enquiry", "电话咨询", "Hotline enquiry", "consideration", "phone", "digital", "call_centre",
     "打电话|热线|400电话|phone call|hotline"),
    ("tp_measure_booked", "预约上门测量", "Site survey booked", "consideration", "mini_program", "digital",
     "dispatch", "约测量|预约量尺|survey booking|measure appointment"),
    ("tp_site_measure", "上门测量", "Site measurement", "consideration", "other", "physical", "survey_team",
     "量尺|测量|现场勘察|site survey|measure-up"),
    ("tp_quote_sent", "正式报价", "Formal quote sent", "consideration", "mini_program", "digital", "sales",
     "报价单|出报价|quotation|estimate"),
    ("tp_insurer_submit", "提交保险审核", "Sent to insurer", "purchase", "other", "digital", "claims_desk",
     "报保险|保险报案|insurer submission|claim lodged"),
    ("tp_insurer_approve", "保险核准", "Insurer approval", "purchase", "other", "digital", "claims_desk",
     "保险批了|核赔通过|insurer OK|claim approved"),
    ("tp_quote_accept", "确认下单", "Quote accepted", "purchase", "mini_program", "digital", "sales",
     "下单|签单|成交|go-ahead|booked the job"),
    ("tp_quote_reject", "放弃报价", "Quote declined", "purchase", "mini_program", "digital", "sales",
     "不做了|拒绝报价|declined|lost quote"),
    ("tp_glass_order", "向玻璃厂下单", "Glass ordered from supplier", "service", "other", "physical", "procurement",
     "订玻璃|下料|采购玻璃|glass PO|supplier order"),
    ("tp_glass_arrive", "玻璃到货", "Glass delivered", "service", "other", "physical", "procurement",
     "玻璃到了|到料|glass in|delivery from supplier"),
    ("tp_install_booked", "预约安装", "Installation booked", "service", "phone", "digital", "dispatch",
     "约安装|排期|install appointment|scheduling"),
    ("tp_install", "上门安装", "Installation visit", "service", "other", "physical", "install_team",
     "安装|装玻璃|fitting|install day"),
    ("tp_signoff", "验收签字", "Customer sign-off", "service", "mini_program", "digital", "install_team",
     "验收|完工确认|sign-off|job completion"),
    ("tp_rework", "返工上门", "Rework visit", "service", "other", "physical", "install_team",
     "返工|二次上门|callback|redo visit"),
    ("tp_warranty_claim", "质保报修", "Warranty claim", "service", "phone", "digital", "customer_care",
     "保修|质保|warranty|guarantee claim"),
    ("tp_complaint", "投诉", "Complaint", "service", "phone", "digital", "customer_care",
     "客诉|投诉电话|complaint|escalation"),
    ("tp_plan_join", "开通安心保", "ClearCare plan sign-up", "loyalty", "mini_program", "digital", "crm",
     "安心保|年度保养计划|ClearCare|care plan"),
    ("tp_review", "服务评价", "Service review", "loyalty", "mini_program", "digital", "crm",
     "评价|打分|review|rating"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("online_quote", "在线估价到下单", "Online quote to order", 30,
     ["tp_quote_request", "tp_photo_upload", "tp_measure_booked", "tp_site_measure", "tp_quote_sent",
      "tp_quote_accept"]),
    ("hotline_quote", "电话咨询到下单", "Hotline to order", 30,
     ["tp_phone_enquiry", "tp_measure_booked", "tp_site_measure", "tp_quote_sent", "tp_quote_accept"]),
    ("fulfilment", "下单到验收", "Order to sign-off", 45,
     ["tp_quote_accept", "tp_glass_order", "tp_glass_arrive", "tp_install", "tp_signoff"]),
    ("insurer_approval", "保险审批", "Insurer approval", 21, ["tp_insurer_submit", "tp_insurer_approve"]),
    ("care_plan", "验收后开通安心保", "Sign-off to care plan", 30, ["tp_signoff", "tp_plan_join"]),
]

# ---------------------------------------------------------------- feedback templates (topic markers: MARKERS)
T = {
    "leak": {"zh": ["换完玻璃一下雨窗边就漏水，地板都泡了", "新装的推拉门下雨还是漏水", "台风天窗框漏水，返工了两次",
                    "打胶没打好，阳台门一直漏水"],
             "en": ["The new window started to leak at the first heavy rain", "Water leaks in around the frame "
                    "every time it rains", "Still leaking after the rework visit, very disappointed"]},
    "scratch": {"zh": ["淋浴房新玻璃上有明显划痕", "安装的时候把窗框刮出划痕了", "玻璃到货就带着划痕，还硬要装"],
                "en": ["The new shower screen has a long scratch across it", "They left a scratch on my window "
                       "frame during fitting", "Glass arrived with a scratch and they installed it anyway"]},
    "glass_wait": {"zh": ["下单后等玻璃等了快一个月", "一直说在等玻璃，工厂那边没消息", "等玻璃的时间太长，窗户用纸板挡了三周"],
                   "en": ["Three weeks waiting for the glass to come from the factory", "Kept waiting for the "
                          "glass, no date given", "Weeks of waiting for the glass with a boarded window"]},
    "no_show": {"zh": ["约好的安装时间被放鸽子，请了一天假白等", "测量员放鸽子也不提前说", "第二次被放鸽子了，太不靠谱"],
                "en": ["Installer was a no-show, I took a day off for nothing", "Another no-show from the survey "
                       "team, no call", "Two no-shows in a row before they finally came"]},
    "pricey": {"zh": ["报价太贵了，比楼下玻璃店贵一倍", "换一块淋浴房玻璃要三千多，太贵", "测量完报价太贵，最后没做"],
               "en": ["Way too expensive for one pane of glass", "The quote was expensive compared to local glass "
                      "shops", "Expensive call-out fee and an even more expensive quote"]},
    "insurer": {"zh": ["理赔流程太慢了，等保险公司批了半个月", "理赔材料要交好几遍", "走理赔比自己付钱还麻烦"],
                "en": ["The insurer took ages to approve and nobody chased them", "Insurer paperwork went back "
                       "and forth for weeks", "Going through my insurer added two weeks to the job"]},
    "debris": {"zh": ["装完地上全是玻璃渣，还得自己扫", "阳台留了一地玻璃渣，孩子差点踩到", "旧玻璃拆了没清理，到处是玻璃渣"],
               "en": ["They left glass debris all over the balcony", "Broken glass debris left in the shower tray",
                      "Had to clean up the debris myself after they left"]},
    "upload": {"zh": ["小程序上传照片一直失败", "照片传不上去，转圈转半天，上传不了", "安卓手机上传照片老是报错"],
               "en": ["The app kept failing when I tried to upload photos", "Could not upload pictures of the "
                      "crack, gave up and called", "Photo upload is broken on my Android phone"]},
    "fog": {"zh": ["中空玻璃才装一年夹层就起雾了", "双层玻璃里面起雾，看不清外面", "玻璃夹层起雾发白，要走质保"],
            "en": ["The double glazing is fogging up between the panes", "Fog inside the sealed unit after a "
                   "year", "Condensation fog between the two panes, needs a warranty swap"]},
    "technician": {"zh": ["安装师傅很专业，密封胶打得很漂亮", "陈师傅手艺好，尺寸分毫不差", "师傅耐心讲解了保养方法"],
                   "en": ["The technician was professional and careful", "Great technician, fitted the big pane "
                          "in no time", "Our technician explained how to look after the seals"]},
    "tidy": {"zh": ["装完把现场收拾得很干净", "走之前打扫干净了，很贴心", "施工干净利落，满意"],
             "en": ["Left the place tidy, even hoovered", "Very tidy work and a tidy crew", "Neat and tidy "
                    "install, no fuss"]},
    "punctual": {"zh": ["测量和安装都很准时", "工程队准时到，效率高", "约的时间准时上门，点赞"],
                 "en": ["Arrived on time both for the survey and the install", "Crew came on time and finished "
                        "early", "Everyone was on time, rare for trades here"]},
    "transparent": {"zh": ["报价清楚透明，没有隐藏收费", "价格透明，照片估价和最终报价差不多", "收费透明，值得推荐"],
                    "en": ["Transparent pricing, the final bill matched the quote", "Clear and transparent "
                           "quote with every item listed", "Pricing was transparent from the photo estimate on"]},
}
NEG = {"leak", "scratch", "glass_wait", "no_show", "pricey", "insurer", "debris", "upload", "fog"}
NEUTRAL = {"zh": ["整体还可以，没什么特别的", "一般，按流程走完了", "请问安心保每年怎么续费？"],
           "en": ["It was ok overall", "Average experience, job got done", "How do I renew the care plan?"]}
MARKERS = {"leak": ["漏水", "leak"], "scratch": ["划痕", "scratch"], "glass_wait": ["等玻璃", "waiting for the glass"],
           "no_show": ["放鸽子", "no-show"], "pricey": ["太贵", "expensive"], "insurer": ["理赔", "insurer"],
           "debris": ["玻璃渣", "debris"], "upload": ["上传", "upload"], "fog": ["起雾", "fog"],
           "technician": ["师傅", "technician"], "tidy": ["干净", "tidy"], "punctual": ["准时", "on time"],
           "transparent": ["透明", "transparent"]}


def _check_templates():
    for topic, langs in T.items():
        for lang, texts in langs.items():
            for text in texts:
                for other, ms in MARKERS.items():
                    hit = any(m.lower() in text.lower() for m in ms)
                    assert hit == (other == topic), (topic, other, text)
    for lang, texts in NEUTRAL.items():
        for text in texts:
            assert not any(m.lower() in text.lower() for ms in MARKERS.values() for m in ms), text


# ---------------------------------------------------------------- writer state
class W:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.exps = [], [], [], [], []
        self.n = {}

    def nid(self, p):
        self.n[p] = self.n.get(p, 0) + 1
        return f"{p}{self.n[p]:06d}"

    def ev(self, c, t, tp, action, job=None, **kw):
        if t > TEND:
            return None
        row = dict(event_id=self.nid("E"), customer_id=c["customer_id"], ts=t, touchpoint_id=tp, action=action,
                   session_id=job["job_id"] if job else None, device=None, channel=None)
        if job:
            for k in ("branch_id", "branch", "branch_en", "city", "城市", "district", "区", "job_type", "工单类型",
                      "payer", "insurer", "保险公司"):
                row[k] = job.get(k)
        row.update(kw)
        self.events.append(row)
        return row

    def order(self, c, t, amount, order_type, status="paid", job=None, **kw):
        if t > TEND:
            return
        row = dict(order_id=self.nid("ORD"), customer_id=c["customer_id"], ts=t, amount=round(amount, 2),
                   status=status, order_type=order_type, 订单类型=ORDER_ZH[order_type])
        row["amount_ex_vat"] = round(amount / 1.13, 2) if order_type != "care_plan" else round(amount / 1.06, 2)
        if job:
            row.update(job_id=job["job_id"], branch_id=job["branch_id"], branch=job["branch"],
                       branch_en=job["branch_en"], city=job["city"], 城市=job["城市"], job_type=job["job_type"],
                       工单类型=job["工单类型"])
        row.update(kw)
        self.orders.append(row)

    def fb(self, c, t, topics, channel, lang, tp=None, rating=None, nps=None, job=None, sentiment=None, text=None):
        if t is not None and t > TEND:
            return
        if text is None:
            parts = [T[k][lang][ri(0, len(T[k][lang]) - 1)] for k in topics]
            if not parts:
                parts = [NEUTRAL[lang][ri(0, 2)]]
            text = ("，" if lang == "zh" else ". ").join(parts)
        if sentiment is None:
            neg = any(k in NEG for k in topics)
            pos = any(k not in NEG for k in topics)
            sentiment = "mixed" if neg and pos else "negative" if neg else "positive" if pos else "neutral"
        if channel not in ("dianping", "app_review"):
            rating = None
        fid = self.nid("FB")
        self.feedback.append(dict(feedback_id=fid, customer_id=c["customer_id"] if c else None, ts=t,
                                  touchpoint_id=tp, channel=channel, rating=rating, nps=nps, text=text,
                                  language=lang, branch_id=job["branch_id"] if job else (c or {}).get("home_branch_id"),
                                  branch=job["branch"] if job else None,
                                  branch_en=job["branch_en"] if job else None,
                                  job_type=job["job_type"] if job else None))
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics), sentiment=sentiment))


ORDER_ZH = {"job": "自费工单", "insurer_settlement": "保险结算", "excess": "免赔额", "callout_fee": "上门测量费",
            "care_plan": "安心保年费"}


# ---------------------------------------------------------------- customers
def make_customers(n=9000):
    out = []
    for i in range(1, n + 1):
        b = pickd({k: v["w"] for k, v in BRANCHES.items()})
        d = pickd({k: v[1] for k, v in DISTRICTS[b].items()})
        ch = pickd(CHAN)
        prop = pick(["apartment", "villa", "shop"], [.78, .10, .12])
        ins = None
        if ch == "insurer_referral" or chance(.12):
            ins = pickd({k: v[1] for k, v in INSURERS.items()})
        signup = T0 + timedelta(days=u(-5, (TEND - T0).days - 20))
        os_ = pick(["ios", "android"], [.46, .54])
        lang = "en" if chance(EXPAT[b]) else "zh"
        out.append(dict(customer_id=f"C{i:05d}", signup_at=biz(signup, 8, 22), home_branch_id=b,
                        home_branch=BRANCHES[b]["zh"], home_branch_en=BRANCHES[b]["en"],
                        region=BRANCHES[b]["city"], 城市=BRANCHES[b]["city_zh"], district=d,
                        区=DISTRICTS[b][d][0], acquisition_channel=ch, 获客渠道=CHAN_ZH[ch], property_type=prop,
                        物业类型={"apartment": "住宅公寓", "villa": "别墅", "shop": "商铺"}[prop],
                        home_insurer=ins, phone_os=os_, preferred_language=lang, tier="standard",
                        _bad=False, _last=None))
    return out


def season(t: datetime) -> float:
    m = t.month
    return {1: .8, 2: .6, 3: .9, 4: 1.1, 5: 1.25, 6: 1.3, 7: 1.2, 8: 1.25, 9: 1.3, 10: 1.0, 11: .85, 12: .8}[m]


def job_start():
    while True:
        t = T0 + timedelta(days=u(0, (TEND - T0).days + 0.99))
        if rng.random() < season(t) / 1.3:
            return biz(t, 8, 23)


# ---------------------------------------------------------------- one job
def run_job(w: W, c, t, jid, exp_done):
    b = c["home_branch_id"]
    jt = pickd({k: v[1] for k, v in JOBS.items()}) if c["property_type"] != "shop" else \
        pick(["shopfront", "sliding_door", "window_seal"], [.7, .2, .1])
    if c["property_type"] != "shop" and jt == "shopfront":
        jt = "double_glazing"
    zh, _, ppsqm, (a0, a1), labour, ins_share, has_glass = JOBS[jt]
    payer = "insurer" if c["home_insurer"] and (chance(.85) if c["acquisition_channel"] == "insurer_referral"
                                                  else chance(ins_share * 1.5)) and jt != "window_seal" else "self"
    ins = c["home_insurer"] if payer == "insurer" else None
    job = dict(job_id=jid, branch_id=b, branch=BRANCHES[b]["zh"], branch_en=BRANCHES[b]["en"],
               city=BRANCHES[b]["city"], 城市=BRANCHES[b]["city_zh"], district=c["district"], 区=c["区"],
               job_type=jt, 工单类型=zh, payer=payer, insurer=ins, 保险公司=INSURERS[ins][0] if ins else None)
    dev = c["phone_os"] if chance(.8) else "pc"
    online = chance(.74) if c["acquisition_channel"] != "insurer_referral" else chance(.35)
    booked_p = .72
    if online:
        w.ev(c, t, "tp_quote_request", "submit", job, device=dev, channel="mini_program" if dev != "pc" else "web",
             utm_source=c["acquisition_channel"], est_low=None)
        # A/B: estimate range on the quote page, first online quote request in the window
        if within(t, "2026-02-02", "2026-06-28") and c["customer_id"] not in exp_done:
            var = "show_range" if chance(.5) else "callback_only"
            exp_done[c["customer_id"]] = var
            w.exps.append(dict(experiment_id="estimate_range_2026", variant=var, customer_id=c["customer_id"],
                               assigned_at=t))
        var = exp_done.get(c["customer_id"])
        bug = dev == "android" and within(t, "2026-03-09", "2026-04-19")
        up_p = .32 if bug else .80
        photo = chance(up_p)
        if photo:
            w.ev(c, t + timedelta(minutes=ri(1, 25)), "tp_photo_upload", "success", job, device=dev,
                 channel="mini_program" if dev != "pc" else "web", photo_count=ri(1, 6))
        elif chance(.7):
            w.ev(c, t + timedelta(minutes=ri(1, 10)), "tp_photo_upload", "fail", job, device=dev,
                 channel="mini_program" if dev != "pc" else "web", photo_count=0)
        if bug and not photo and chance(.10):
            w.fb(c, t + timedelta(hours=u(1, 30)), ["upload"], "app_review", c["preferred_language"],
                 "tp_photo_upload", rating=ri(1, 2), job=job)
        booked_p = (.70 if photo else .42) + (.10 if var == "show_range" else 0) - (.0 if var else 0)
    else:
        w.ev(c, t, "tp_phone_enquiry", "call", job, channel="phone", call_minutes=round(u(2, 14), 1))
    if not chance(booked_p):
        if chance(.05):
            w.fb(c, t + timedelta(days=u(0, 3)), ["pricey"], "wechat", c["preferred_language"], "tp_quote_request",
                 job=job)
        return
    tb = t + timedelta(minutes=ri(5, 600)) if online else t + timedelta(minutes=ri(2, 30))
    w.ev(c, tb, "tp_measure_booked", "booked", job, device=dev if online else None,
         channel="mini_program" if online else "phone")
    panyu_crunch = b == "GZ02" and within(tb, "2025-10-01", "2025-12-31")
    gap = (5, 11) if panyu_crunch else (0.6, 3.5)
    no_show = chance(.22 if panyu_crunch else .05)
    if no_show:
        w.ev(c, later(tb, *gap), "tp_measure_booked", "rebooked", job, channel="phone", reason="surveyor_no_show")
        gap = (gap[0] + 2, gap[1] + 4)
        if chance(.35):
            w.fb(c, later(tb, gap[0], gap[1]), ["no_show"], pick(["ticket", "call_note", "wechat"], [.4, .4, .2]),
                 c["preferred_language"], "tp_site_measure", job=job)
    if not chance(.86 if panyu_crunch else .94):
        return
    tm = later(tb, *gap)
    area = round(u(a0, a1), 2) if has_glass else 0.0
    w.ev(c, tm, "tp_site_measure", "measured", job, surveyor=SURVEYORS[b][ri(0, len(SURVEYORS[b]) - 1)],
         area_sqm=area, days_booked_to_measure=round((tm - tb).total_seconds() / 86400, 2))
    if not chance(.97):
        return
    tq = later(tm, 0.2, 2.2)
    price = (area * ppsqm * u(.9, 1.15) + labour) if has_glass else u(380, 1150)
    if jt == "shopfront":
        price *= u(1.0, 1.3)
    price = round(price / 10) * 10
    spec = GLASS_SPEC[jt][ri(0, len(GLASS_SPEC[jt]) - 1)] if has_glass else None
    w.ev(c, tq, "tp_quote_sent", "quoted", job, quote_amount=price, glass_spec=spec, area_sqm=area,
         channel="mini_program")
    accept_at = None
    if payer == "insurer":
        ts_ = tq + timedelta(minutes=ri(30, 300))
        w.ev(c, ts_, "tp_insurer_submit", "submitted", job, quote_amount=price, excess=INSURERS[ins][2])
        d0, d1 = INSURERS[ins][3]
        if chance(.87):
            ta = later(ts_, d0, d1)
            w.ev(c, ta, "tp_insurer_approve", "approved", job, approved_amount=price,
                 days_to_approve=round((ta - ts_).total_seconds() / 86400, 2))
            if (ta - ts_).days >= 10 and chance(.25):
                w.fb(c, ta + timedelta(days=u(0, 2)), ["insurer"], pick(["call_note", "wechat", "ticket"], [.5, .3, .2]),
                     c["preferred_language"], "tp_insurer_approve", job=job)
                if chance(.5):
                    w.ev(c, ta + timedelta(hours=u(2, 40)), "tp_complaint", "complaint", job, channel="phone",
                         complaint_topic="insurer_delay")
            if chance(.96):
                accept_at = later(ta, 0, 2)
        else:
            w.ev(c, later(ts_, d0, d1), "tp_quote_reject", "declined", job, decline_reason="insurer_rejected",
                 放弃原因=DECLINE_ZH["insurer_rejected"], quote_amount=price)
    else:
        p = .64 + CHAN_ACCEPT[c["acquisition_channel"]] - (.06 if jt == "shopfront" else 0)
        if chance(p):
            accept_at = later(tq, 0.1, 5)
        elif chance(.72):
            why = pickd(DECLINE)
            tr = later(tq, 0.5, 8)
            w.ev(c, tr, "tp_quote_reject", "declined", job, decline_reason=why, 放弃原因=DECLINE_ZH[why],
                 quote_amount=price)
            w.order(c, tr, CALLOUT_FEE, "callout_fee", job=job, payer="self", payment_method=pickd(
                {"wechat_pay": .7, "alipay": .3}))
            if why == "price_too_high" and chance(.18):
                w.fb(c, tr + timedelta(hours=u(1, 48)), ["pricey"], pick(["dianping", "wechat"], [.6, .4]),
                     c["preferred_language"], "tp_quote_sent", rating=ri(1, 2) if chance(.6) else None, job=job)
        else:
            w.ev(c, later(tq, 14, 15), "tp_quote_reject", "expired", job, decline_reason="no_response",
                 放弃原因="未回复", quote_amount=price)
    if accept_at is None or accept_at > TEND:
        return
    w.ev(c, accept_at, "tp_quote_accept", "accepted", job, quote_amount=price, device=dev if online else None,
         channel="mini_program" if online else "phone")
    if payer == "insurer":
        exc = INSURERS[ins][2]
        w.order(c, accept_at, exc, "excess", job=job, payer="self", payment_method="wechat_pay")
    else:
        status = "refunded" if chance(.025) else "paid"
        w.order(c, accept_at, price, "job", status=status, job=job, payer="self",
                payment_method=pickd({"wechat_pay": .62, "alipay": .28, "bank_transfer": .10}),
                refunded_at=later(accept_at, 3, 20) if status == "refunded" else None)
        if status == "refunded":
            return
    # glass
    tcur = accept_at
    lead = 0
    supplier = None
    if has_glass:
        supplier = pickd(SUPPLIER_MIX[jt])
        tg = later(accept_at, 0.1, 1.5)
        l0, l1 = SUPPLIERS[supplier][1]
        if supplier == "Xinyi Glass" and within(tg, "2026-01-05", "2026-03-31"):
            l0, l1 = 17, 31
        if jt == "double_glazing":
            l0, l1 = l0 + 1, l1 + 2
        w.ev(c, tg, "tp_glass_order", "ordered", job, supplier=supplier, 供应商=SUPPLIERS[supplier][0],
             glass_spec=spec, area_sqm=area, po_no=f"PO{jid[3:]}")
        tar = later(tg, l0, l1, 7, 17)
        lead = (tar - tg).total_seconds() / 86400
        r = w.ev(c, tar, "tp_glass_arrive", "received", job, supplier=supplier, 供应商=SUPPLIERS[supplier][0],
                 lead_days=round(lead, 2), po_no=f"PO{jid[3:]}")
        if r is not None and chance(.008):
            w.events.append(dict(r))  # the supplier portal webhook fired twice
        if lead > 15 and chance(.22):
            w.fb(c, tar + timedelta(days=u(-3, 3)), ["glass_wait"], pick(["wechat", "call_note", "ticket"],
                                                                           [.4, .3, .3]),
                 c["preferred_language"], "tp_glass_arrive", job=job)
            c["_bad"] = True
        tcur = tar
    tbk = later(tcur, 0, 1)
    w.ev(c, tbk, "tp_install_booked", "booked", job, channel="phone")
    tin = later(tbk, 1, 5)
    tech_no_show = chance(.07 if b == "GZ01" and within(tbk, "2026-05-01", "2026-07-31") else .025)
    if tech_no_show:
        w.ev(c, tin, "tp_install_booked", "rebooked", job, channel="phone", reason="technician_no_show")
        tin = later(tin, 1, 4)
        if chance(.4):
            w.fb(c, tin - timedelta(hours=u(2, 40)), ["no_show"], pick(["ticket", "call_note", "dianping"],
                                                                       [.4, .3, .3]),
                 c["preferred_language"], "tp_install", rating=1 if chance(.4) else None, job=job)
            c["_bad"] = True
    tech = TECHS[b][ri(0, len(TECHS[b]) - 1)]
    w.ev(c, tin, "tp_install", "completed", job, technician=tech, crew_size=2 if area > 4 or jt == "shopfront" else 1,
         onsite_hours=round(u(1, 3) if jt != "shopfront" else u(3, 7), 1), supplier=supplier)
    if payer == "insurer":
        w.order(c, tin, price - INSURERS[ins][2], "insurer_settlement", job=job, payer=INSURERS[ins][0],
                payer_en=ins, payment_method="bank_transfer", settled_at=later(tin, 10, 45))
    signed = chance(.95)
    tsg = tin + timedelta(minutes=ri(10, 90))
    if signed:
        w.ev(c, tsg, "tp_signoff", "signed", job, technician=tech, device=dev if dev != "pc" else None)
    # rework
    leak_p = .01
    if jt in ("double_glazing", "sliding_door"):
        leak_p = .24 if b == "SZ02" and within(tin, "2025-05-01", "2025-08-31") else .02
    scratch_p = .085 if jt == "shower_screen" else .015
    problems = []
    if chance(leak_p):
        problems.append(("leak", later(tin, 3, 40)))
    if chance(scratch_p):
        problems.append(("scratch", later(tin, 1, 6)))
    if chance(.015):
        problems.append(("misfit", later(tin, 0.5, 3)))
    if chance(.01):
        problems.append(("hardware", later(tin, 5, 60)))
    for reason, tr in problems:
        w.ev(c, tr, "tp_rework", "rework_visit", job, rework_reason=reason, 返工原因=REWORK_ZH[reason],
             technician=TECHS[b][ri(0, len(TECHS[b]) - 1)], days_since_install=round((tr - tin).total_seconds() / 86400, 1))
        c["_bad"] = True
        if reason in ("leak", "scratch") and chance(.42):
            ch = pick(["dianping", "wechat", "ticket", "call_note"], [.35, .25, .2, .2])
            w.fb(c, tr + timedelta(hours=u(-20, 48)) if ch != "wechat" or chance(.5) else None, [reason], ch,
                 c["preferred_language"], "tp_rework" if reason == "leak" else "tp_install",
                 rating=ri(1, 2) if ch == "dianping" else None, job=job)
            if chance(.5):
                w.ev(c, tr + timedelta(hours=u(1, 30)), "tp_complaint", "complaint", job, channel="phone",
                     complaint_topic=reason)
    if jt == "double_glazing" and chance(.03):
        tw = later(tin, 90, 330)
        w.ev(c, tw, "tp_warranty_claim", "claim_opened", job, claim_reason="seal_fog", channel="phone",
             days_since_install=round((tw - tin).total_seconds() / 86400, 1))
        if chance(.5):
            w.fb(c, tw + timedelta(days=u(0, 2)), ["fog"], pick(["call_note", "wechat"], [.6, .4]),
                 c["preferred_language"], "tp_warranty_claim", job=job)
    if tech_no_show and chance(.3):
        w.ev(c, tin + timedelta(hours=u(1, 20)), "tp_complaint", "complaint", job, channel="phone",
             complaint_topic="no_show")
    if not signed:
        return
    # debris complaint, care plan, review, survey
    if chance(.02):
        w.fb(c, tsg + timedelta(hours=u(1, 20)), ["debris"], pick(["dianping", "wechat"], [.6, .4]),
             c["preferred_language"], "tp_install", rating=2 if chance(.5) else None, job=job)
        c["_bad"] = True
    if chance(.11 if not problems else .04):
        plan = "care_plus" if chance(.3) else "care"
        tp_ = later(tsg, 0, 25)
        w.ev(c, tp_, "tp_plan_join", "joined", job, plan=plan, 方案=PLANS[plan][0], device=dev if dev != "pc" else None)
        w.order(c, tp_, PLANS[plan][1], "care_plan", job=job, payer="self", plan=plan,
                payment_method="wechat_pay")
        if tp_ <= TEND:
            c["tier"] = plan
    lang = c["preferred_language"]
    if chance(.34):
        tr = later(tsg, 0, 6)
        bad = bool(problems) or tech_no_show or lead > 15
        if bad:
            stars = pick([1, 2, 3], [.45, .35, .2])
            topics = [pick(["leak", "scratch", "no_show", "glass_wait"],
                           [.4 if any(p[0] == "leak" for p in problems) else .05,
                            .4 if any(p[0] == "scratch" for p in problems) else .05,
                            .5 if tech_no_show else .05, .5 if lead > 15 else .05])]
        else:
            stars = pick([3, 4, 5], [.10, .30, .60])
            topics = []
            if stars >= 4:
                pr = {"technician": .42, "tidy": .22, "punctual": .18, "transparent": .18}
                topics = [pickd(pr)]
                if chance(.25):
                    k2 = pickd(pr)
                    if k2 not in topics:
                        topics.append(k2)
                if jt == "shower_screen" and chance(.05):
                    topics = ["technician", "pricey"]
            elif chance(.5):
                topics = ["pricey"]
        ch = "dianping" if chance(.55) else "app_review"
        w.ev(c, tr, "tp_review", "review", job, stars=stars, review_channel=ch)
        w.fb(c, tr, topics, ch, lang, "tp_review", rating=stars, job=job)
    if chance(.22):
        tr = later(tsg, 2, 10)
        bad = bool(problems) or tech_no_show or lead > 15
        nps = pick(list(range(0, 11)), [3, 3, 4, 5, 6, 7, 8, 6, 4, 2, 1] if bad else [0, 0, 0, 1, 1, 3, 5, 14, 20, 28, 28])
        topics = []
        if nps >= 9 and chance(.5):
            topics = [pickd({"technician": .4, "punctual": .3, "transparent": .3})]
        elif nps <= 6 and chance(.5):
            topics = [pick(["leak", "scratch", "glass_wait", "pricey", "no_show"],
                           [.3 if problems else .02, .2 if problems else .02, .3 if lead > 15 else .05, .3, .1])]
        w.fb(c, tr if chance(.93) else None, topics, "survey", lang, "tp_signoff", nps=nps, job=job)


# ---------------------------------------------------------------- main
def generate():
    _check_templates()
    w = W()
    customers = make_customers()
    exp_done: dict = {}
    jobs = []
    for c in customers:
        k = 1 + (chance(.16)) + (chance(.03))
        for _ in range(k):
            jobs.append((job_start(), c))
    jobs.sort(key=lambda x: x[0])
    for i, (t, c) in enumerate(jobs, 1):
        if c["_last"] is None and chance(.25):
            w.ev(c, max(t - timedelta(days=u(0.2, 6)), T0 + timedelta(hours=u(8, 20))), "tp_ad", "view", None, channel="social",
                 platform={"douyin": "douyin", "xiaohongshu": "xiaohongshu"}.get(c["acquisition_channel"], "douyin"),
                 campaign=pick(["typhoon_season_2025", "summer_shower_2025", "cny_2026", "always_on"],
                               [.3, .2, .15, .35]))
        c["_last"] = t
        run_job(w, c, t, f"JOB{i:06d}", exp_done)
    # loose comments: hotline notes without a customer, general posts without ts
    for _ in range(160):
        c = customers[ri(0, len(customers) - 1)]
        lang = c["preferred_language"]
        topics = [pickd({"pricey": .30, "upload": .05, "technician": .25, "transparent": .15, "debris": .05,
                         "leak": .10, "insurer": .10})]
        t = None if chance(.4) else biz(T0 + timedelta(days=u(0, (TEND - T0).days)))
        ch = pick(["wechat", "social", "call_note"], [.4, .35, .25])
        w.fb(None if ch == "call_note" and chance(.5) else c, t, topics, ch, lang, None, job=None)
    for _ in range(60):
        c = customers[ri(0, len(customers) - 1)]
        w.fb(c, None if chance(.5) else biz(T0 + timedelta(days=u(0, (TEND - T0).days))), [], "wechat",
             c["preferred_language"], None)
    # customer segment
    ends = {}
    for e in w.events:
        ends[e["customer_id"]] = max(ends.get(e["customer_id"], T0), e["ts"])
    njobs = {}
    for e in w.events:
        if e["touchpoint_id"] == "tp_quote_accept":
            njobs[e["customer_id"]] = njobs.get(e["customer_id"], 0) + 1
    for c in customers:
        last = ends.get(c["customer_id"])
        if c["_bad"] and (last is None or last < dt("2026-03-01")):
            seg = "at_risk"
        elif njobs.get(c["customer_id"], 0) >= 2 or c["tier"] != "standard":
            seg = "vip" if c["tier"] == "care_plus" else "returning"
        elif njobs.get(c["customer_id"], 0) == 1:
            seg = "returning" if chance(.3) else "new"
        else:
            seg = "new"
        c["segment"] = seg
        c["会员等级"] = {"standard": "普通", "care": "安心保", "care_plus": "安心保Plus"}[c["tier"]]
    return w, customers


def fmt(v):
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if v is None:
        return ""
    return v


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        wr = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        wr.writeheader()
        for r in rows:
            wr.writerow({k: fmt(r.get(k)) for k in cols})


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    w, customers = generate()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"])
    write(out / "customers.csv", customers,
          ["customer_id", "signup_at", "segment", "region", "城市", "district", "区", "acquisition_channel", "获客渠道",
           "tier", "会员等级", "home_branch_id", "home_branch", "home_branch_en", "property_type", "物业类型",
           "home_insurer", "phone_os", "preferred_language"])
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
               "branch_id", "branch", "branch_en", "city", "城市", "district", "区", "job_type", "工单类型", "payer",
               "insurer", "保险公司", "utm_source", "platform", "campaign", "photo_count", "call_minutes", "reason",
               "surveyor", "area_sqm", "days_booked_to_measure", "quote_amount", "glass_spec", "excess",
               "approved_amount", "days_to_approve", "decline_reason", "放弃原因", "supplier", "供应商", "po_no",
               "lead_days", "technician", "crew_size", "onsite_hours", "rework_reason", "返工原因",
               "days_since_install", "claim_reason", "complaint_topic", "plan", "方案", "stars", "review_channel"]
    events = sorted(w.events, key=lambda r: (r["ts"], r["event_id"]))
    write(out / "events.csv", events, ev_cols)
    write(out / "orders.csv", sorted(w.orders, key=lambda r: r["ts"]),
          ["order_id", "customer_id", "ts", "amount", "amount_ex_vat", "status", "order_type", "订单类型", "payer",
           "payer_en", "payment_method", "job_id", "branch_id", "branch", "branch_en", "city", "城市", "job_type",
           "工单类型", "plan",
           "refunded_at", "settled_at"])
    write(out / "feedback.csv", w.feedback, ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "rating",
                                             "nps", "text", "language", "branch_id", "branch", "branch_en",
                                             "job_type"])
    write(out / "experiments.csv", w.exps, ["experiment_id", "variant", "customer_id", "assigned_at"])
    write(out / "_truth" / "feedback_truth.csv", w.truth, ["feedback_id", "topics", "sentiment"])
    print({k: len(v) for k, v in dict(events=w.events, orders=w.orders, feedback=w.feedback, customers=customers,
                                      experiments=w.exps).items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
