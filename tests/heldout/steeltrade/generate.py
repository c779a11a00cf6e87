"""鑫钢链 XinSteel Link: a B2B steel trading platform in China (synthetic, written blind).

Buyers are construction firms (建筑总包, 专业分包), steel-structure fabricators (钢结构加工厂), precast-component plants
(预制构件厂) and machinery makers (机械制造厂). A buyer sends an enquiry (询价: web, app, WeChat mini program or a call to
its sales rep), the rep quotes a price per ton (报价), the buyer accepts the quote (确认报价, locks the price) or the deal
is lost (丢单, with a reason), an e-contract is signed (签订合同), the buyer pays a deposit (定金), the steel is
dispatched from one of four warehouses (仓库发货, one to three truck lots), arrives on site (到货), is checked on
arrival (到货验收: re-weighing 复磅, rust, spec, mill certificate), disputes about weight or quality are filed and closed
(异议 / 结案), a VAT invoice is issued (开票) and the balance is paid on credit terms (尾款, 30-90 days; overdue accounts
get collection calls 催收).

Data 2024-07-01 .. 2026-06-30 (the extract was taken in early July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (the generator's topic per comment; not a DATA.md table).
Deterministic (seed 20260708), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260708
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 1900
PRE = datetime(2022, 3, 1)
TJ_SCALE = (datetime(2025, 10, 28), datetime(2025, 12, 2))     # Tianjin: new weighbridge reading high until recalibrated
PRICE_SPIKE = (datetime(2026, 3, 1), datetime(2026, 4, 1))      # March 2026 rebar price spike
SPRING = [(datetime(2025, 1, 24), datetime(2025, 2, 6)), (datetime(2026, 2, 13), datetime(2026, 2, 25))]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_register", "企业注册认证", "Company sign-up & verification", "awareness", "web", "digital", "platform_ops",
     "注册|开户|企业认证|实名认证|入驻|sign-up|signup|registration|onboarding|KYB"),
    ("tp_enquiry", "询价", "Enquiry", "consideration", "web", "digital", "sales",
     "询价|询盘|问价|报个价|比价|enquiry|inquiry|RFQ|price check|request for quote"),
    ("tp_quote", "报价", "Quote sent", "consideration", "phone", "digital", "sales",
     "报价|报价单|出价|回价|quote|quotation|price offer"),
    ("tp_quote_accept", "确认报价", "Quote accepted", "purchase", "web", "digital", "sales",
     "接受报价|确认报价|锁价|成交|quote accepted|accepted quote|price locked|deal won"),
    ("tp_quote_lost", "丢单", "Quote lost", "consideration", "phone", "digital", "sales",
     "丢单|没成交|报价失败|飞单|lost deal|lost quote|no deal|deal lost"),
    ("tp_contract", "签订合同", "Contract signed", "purchase", "web", "digital", "sales_ops",
     "合同|签约|电子合同|盖章|购销合同|contract|e-contract|signing"),
    ("tp_deposit", "支付定金", "Deposit paid", "purchase", "other", "digital", "finance",
     "定金|订金|预付款|首付款|deposit|down payment|prepayment"),
    ("tp_dispatch", "仓库发货", "Warehouse dispatch", "service", "other", "physical", "warehouse",
     "发货|出库|装车|出库过磅|提货|dispatch|loading|outbound|shipped"),
    ("tp_delivery", "到货", "Delivery on site", "service", "other", "physical", "logistics",
     "到货|送达|卸货|物流|配送|delivery|arrival|unloading|truck arrived"),
    ("tp_acceptance", "到货验收", "Acceptance check", "service", "other", "physical", "quality",
     "验收|验货|复磅|收货检查|点数|acceptance|acceptance check|inspection|receiving check|re-weigh"),
    ("tp_dispute", "重量质量异议", "Weight / quality dispute", "service", "phone", "digital", "customer_service",
     "异议|争议|投诉|索赔|质量异议|重量异议|dispute|claim|complaint"),
    ("tp_dispute_closed", "异议结案", "Dispute closed", "service", "phone", "digital", "customer_service",
     "结案|处理完毕|折让|赔付|dispute closed|resolved|settled|credit note"),
    ("tp_invoice", "开票", "VAT invoice issued", "service", "email", "digital", "finance",
     "开票|专票|增值税专用发票|开发票|invoice|VAT invoice|fapiao|billing"),
    ("tp_collection", "逾期催收", "Overdue reminder", "service", "phone", "digital", "finance",
     "催收|催款|逾期提醒|账款提醒|collection call|dunning|overdue reminder|payment reminder"),
    ("tp_final_payment", "尾款回款", "Final payment received", "service", "other", "digital", "finance",
     "尾款|回款|结清|付尾款|货款到账|final payment|balance payment|settlement|payment received"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("deal", "询价成交", "Enquiry to deposit",
     ["tp_enquiry", "tp_quote", "tp_quote_accept", "tp_contract", "tp_deposit"], 30),
    ("fulfil", "发货验收", "Dispatch to acceptance", ["tp_deposit", "tp_dispatch", "tp_delivery", "tp_acceptance"], 14),
    ("collect", "开票回款", "Invoice to final payment", ["tp_invoice", "tp_final_payment"], 180),
    ("dispute", "异议处理", "Dispute handling", ["tp_dispute", "tp_dispute_closed"], 30),
]
WAREHOUSES = {  # id: zh, plate prefix
    "shanghai": ("上海宝山仓", "沪"), "tianjin": ("天津北辰仓", "津"), "foshan": ("佛山乐从仓", "粤"),
    "wuhan": ("武汉青山仓", "鄂"),
}
REGIONS = {  # id: zh, weight, warehouse, cities [(zh, en)]
    "east": ("华东", 0.34, "shanghai", [("上海", "Shanghai"), ("苏州", "Suzhou"), ("南京", "Nanjing"),
                                       ("杭州", "Hangzhou"), ("宁波", "Ningbo")]),
    "north": ("华北", 0.24, "tianjin", [("天津", "Tianjin"), ("北京", "Beijing"), ("唐山", "Tangshan"),
                                       ("石家庄", "Shijiazhuang")]),
    "south": ("华南", 0.24, "foshan", [("广州", "Guangzhou"), ("佛山", "Foshan"), ("深圳", "Shenzhen"),
                                      ("东莞", "Dongguan")]),
    "central": ("华中", 0.18, "wuhan", [("武汉", "Wuhan"), ("长沙", "Changsha"), ("郑州", "Zhengzhou"),
                                       ("南昌", "Nanchang")]),
}
REPS = {  # region: [(zh, en, quote response median hours, accept multiplier)]
    "east": [("陈晓峰", "Chen Xiaofeng", 2.5, 1.0), ("刘婷", "Liu Ting", 3.0, 1.0)],
    "north": [("赵国强", "Zhao Guoqiang", 1.5, 1.2), ("孙立", "Sun Li", 3.0, 0.95)],
    "south": [("黄志伟", "Huang Zhiwei", 20.0, 1.0), ("梁敏", "Liang Min", 2.5, 1.0)],
    "central": [("周鹏", "Zhou Peng", 3.0, 1.0), ("吴静", "Wu Jing", 2.5, 1.05)],
}
CTYPES = {  # id: zh, weight, product mix, tons (lo, hi), credit days, p(overdue), enquiries / month
    "general_contractor": ("建筑总包", 0.25, {"rebar": 0.55, "coil_rebar": 0.3, "h_beam": 0.05, "plate": 0.05,
                                              "hrc": 0.05}, (80, 600), 90, 0.26, 0.32),
    "specialty_contractor": ("专业分包", 0.17, {"rebar": 0.5, "coil_rebar": 0.35, "plate": 0.15}, (30, 260), 60,
                             0.24, 0.28),
    "steel_fabricator": ("钢结构加工厂", 0.29, {"h_beam": 0.35, "plate": 0.35, "hrc": 0.25, "rebar": 0.05},
                         (20, 220), 60, 0.42, 0.42),
    "precast_plant": ("预制构件厂", 0.14, {"rebar": 0.55, "coil_rebar": 0.45}, (40, 300), 45, 0.14, 0.34),
    "machinery_maker": ("机械制造厂", 0.15, {"plate": 0.55, "hrc": 0.45}, (10, 90), 30, 0.09, 0.26),
}
PRODUCTS = {  # id: zh, premium over rebar index (CNY/t)
    "rebar": ("螺纹钢", 0), "coil_rebar": ("盘螺", 150), "hrc": ("热轧卷板", 80), "plate": ("中厚板", 320),
    "h_beam": ("H型钢", 250),
}
MILLS = {"shagang": "沙钢", "baowu": "宝武", "hbis": "河钢", "zenith": "中天钢铁", "jingye": "敬业"}
ACQ = {  # id: zh, weight, accept multiplier, mini-program share of enquiries
    "sales_visit": ("地推拜访", 0.31, 1.05, 0.12), "referral": ("老客户介绍", 0.19, 1.2, 0.12),
    "trade_show": ("钢材展会", 0.12, 1.0, 0.15), "search_ads": ("搜索广告", 0.22, 0.5, 0.4),
    "industry_portal": ("钢铁资讯网站", 0.16, 0.92, 0.25),
}
ENQ_CH = {"web": 1.0, "app": 0.95, "phone": 1.15, "mini_program": 0.38}   # accept multiplier by enquiry channel
LOST = {"price_too_high": "价格偏高", "bought_elsewhere": "已在别家采购", "quote_expired": "报价过期",
        "project_delayed": "项目延期", "out_of_stock": "规格缺货"}
ISSUES = {"weight_short": "磅差", "rust": "锈蚀", "spec_mismatch": "规格不符", "missing_cert": "质保书缺失"}
RESOL = {"credit_note": "折让", "reweighed_no_fault": "复磅无误", "top_up": "补货", "replaced": "换货",
         "returned": "退货", "cert_resent": "补发质保书"}
PAYM = {"bank_transfer": "电汇", "bank_acceptance": "银行承兑汇票", "commercial_acceptance": "商业承兑汇票"}
SETTLE = {"settled": "已结清", "not_due": "未到期", "overdue": "逾期未付", "written_off": "坏账核销"}
TIERS = {"strategic": "战略客户", "key": "重点客户", "standard": "普通客户"}
GRADES = {"A": 0.1, "B": 0.2, "C": 0.3}   # credit grade -> deposit ratio
SEASON = {1: 0.85, 2: 0.4, 3: 1.15, 4: 1.2, 5: 1.15, 6: 1.0, 7: 0.85, 8: 0.85, 9: 1.1, 10: 1.2, 11: 1.1, 12: 0.9}
# rebar index, CNY/t incl. VAT, by month
PRICE = {(2024, 7): 3650, (2024, 8): 3450, (2024, 9): 3300, (2024, 10): 3560, (2024, 11): 3500, (2024, 12): 3450,
         (2025, 1): 3400, (2025, 2): 3380, (2025, 3): 3350, (2025, 4): 3300, (2025, 5): 3200, (2025, 6): 3150,
         (2025, 7): 3250, (2025, 8): 3300, (2025, 9): 3260, (2025, 10): 3200, (2025, 11): 3250, (2025, 12): 3300,
         (2026, 1): 3320, (2026, 2): 3350, (2026, 3): 3660, (2026, 4): 3500, (2026, 5): 3420, (2026, 6): 3380}
CO_A = ["恒达", "中联", "华建", "鼎盛", "宏远", "金桥", "永固", "建工", "鑫源", "安泰", "天成", "瑞丰", "盛世", "广厦", "东方",
        "远大", "通达", "润恒", "众诚", "久安"]
CO_A_EN = ["Hengda", "Zhonglian", "Huajian", "Dingsheng", "Hongyuan", "Jinqiao", "Yonggu", "Jiangong", "Xinyuan",
           "Antai", "Tiancheng", "Ruifeng", "Shengshi", "Guangsha", "Dongfang", "Yuanda", "Tongda", "Runheng",
           "Zhongcheng", "Jiu'an"]
CO_SUFFIX = {"general_contractor": ("建设集团有限公司", "Construction Group"),
             "specialty_contractor": ("建筑工程有限公司", "Building Engineering Co."),
             "steel_fabricator": ("钢结构有限公司", "Steel Structure Co."),
             "precast_plant": ("预制构件有限公司", "Precast Co."),
             "machinery_maker": ("机械制造有限公司", "Machinery Co.")}

# ---- feedback phrases: each topic has its own marker words (README); no phrase carries another topic's marker
ZH = {
    "weight": ["这批{p}到货复磅，磅差{d}吨，超过千分之三了，请尽快核实", "又是磅差，我们工地地磅称少了{d}吨，和出库磅单对不上",
               "{wh}发来的货磅差太大，{d}吨的差额谁来承担", "磅差{d}吨，项目部不肯签收，麻烦给个说法",
               "连续两车都有磅差，少了{d}吨左右"],
    "rust": ["{p}表面锈得厉害，一看就是露天放了很久", "到货有明显锈蚀，监理不让用", "这批货锈迹斑斑，需要除锈处理",
             "钢材生锈了，雨季仓库也不盖一下"],
    "spec": ["质保书和实物对不上，炉号不一致", "到货规格不符，下的{p}规格发错了", "质保书没随车，没法报验",
             "规格不符，有几捆直径明显偏小"],
    "late": ["送货延误了两天，工人在现场干等", "说好的到货时间又延误了，影响浇筑", "物流延误，项目经理很不满意",
             "到货延误，也没人提前通知"],
    "invoice": ["发票拖了半个多月还没开出来，财务没法入账", "催了几次发票了，一直说在走流程", "发票抬头开错了，要重开",
                "月底要抵扣，发票还没收到"],
    "collection": ["刚过账期几天就天天打电话催款，太频繁了", "催款电话一天三个，工程款没下来我们也没办法",
                   "你们催款的语气很不客气", "催款催到老板那里去了，合作很不愉快"],
    "quote_slow": ["报价慢，等了一整天才回，价格早变了", "报价慢得要命，别家半小时就报了", "问了个价，报价慢到第二天",
                   "每次报价慢，行情一动就错过了"],
    "price": ["这周又涨价了，项目预算顶不住", "涨价太快，刚谈好的价格又不算数", "价格偏高，比市场价贵了五六十一吨",
              "你们价格偏高，老板没批"],
    "fast_dispatch": ["发货快，当天下单第二天就到了", "这次发货快，装车也规范", "发货快，司机也很配合卸货"],
    "rep": ["业务员很专业，行情讲得清楚", "对接的业务员很负责，有问题马上处理", "业务员服务到位，给我们推荐了合适的规格"],
    "app": ["小程序上的价格不是实时的，问了才知道涨了", "小程序经常卡，询价提交不了", "小程序里看不到库存，只能打电话"],
}
EN = {
    "weight": ["Short weight again: our scale shows {d} t less than your dispatch ticket.",
               "The {p} lot came in short weight by about {d} t, please check.",
               "Short weight of {d} t on this delivery, site manager refused to sign."],
    "rust": ["The {p} arrived with heavy rust, clearly stored outdoors.", "Surface rust on most bundles, the supervisor "
             "rejected them.", "Rusty material again, please cover it in the rainy season."],
    "spec": ["The mill cert does not match the heat numbers on the bundles.", "Wrong spec delivered, we ordered a "
             "different size.", "No mill cert came with the truck, we cannot get it approved."],
    "late": ["Delivery delayed by two days and nobody told us.", "The truck was delayed again, our crew waited on site.",
             "Delayed arrival, it held up our schedule."],
    "invoice": ["Still no VAT invoice after two weeks, our finance cannot book it.", "The invoice had the wrong company "
                "name, needs reissuing.", "Please send the invoice, we need it for month-end."],
    "collection": ["Your collections team calls every day, a few days overdue is not a crisis.",
                   "Stop chasing our boss directly, we pay when the client pays us.",
                   "The collections calls are getting aggressive."],
    "quote_slow": ["Slow to quote, we waited a whole day and the market moved.", "Slow quote again, other suppliers "
                   "answer within an hour.", "Your team is slow to quote every time."],
    "price": ["Another price hike this week, our budget cannot take it.", "Too expensive compared to the market, about "
              "50 yuan a ton more.", "The price hike came right after we agreed, not acceptable."],
    "fast_dispatch": ["Fast dispatch, ordered today and it arrived next morning.", "Very fast dispatch and neat "
                      "loading."],
    "rep": ["Our sales rep is very professional and knows the market.", "Great sales rep, always picks up the phone."],
    "app": ["The mini program prices are not live, I only found out on the phone.", "The mini program keeps freezing "
            "when I submit an enquiry."],
}
GEN_ZH = {"pos": ["合作愉快，下次还找你们", "整体不错，会继续合作", "服务挺好的，没什么问题"],
          "neu": ["还行吧，中规中矩", "一般，没什么特别的", "正常供货，没啥意见"],
          "neg": ["这次体验不太好，希望改进", "整体不太满意"]}
GEN_EN = {"pos": ["Good overall, will keep ordering.", "Happy with the service so far."],
          "neu": ["It was ok.", "Average, nothing special."],
          "neg": ["Not a great experience this time.", "Needs to improve."]}
BAD = ("weight", "rust", "spec", "late", "invoice", "collection", "quote_slow", "price", "app")


def pick(opts, w=None):
    if w is None:
        return opts[int(rng.integers(len(opts)))]
    w = np.asarray(w, float)
    return opts[int(rng.choice(len(opts), p=w / w.sum()))]


def pickd(d):
    k = list(d)
    return pick(k, [d[x] for x in k])


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def workday(t, lo=8.5, hi=18.0):
    """moves t to office hours of a weekday (Saturday half the time kept: construction works Saturdays)."""
    d = datetime(t.year, t.month, t.day)
    while d.weekday() == 6 or (d.weekday() == 5 and rng.random() < 0.5):
        d += D(days=1)
    return d + D(hours=float(rng.uniform(lo, hi)))


def after(t, hours):
    return t + D(hours=float(hours))


def spring(t):
    for a, b in SPRING:
        if a <= t < b:
            return workday(b + D(days=float(rng.uniform(0, 3))))
    return t


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.cust = [], [], [], [], []
        self.n_ev = self.n_enq = self.n_ord = self.n_inv = 0

    # ---------- writers
    def ev(self, c, t, tp, sid, action, **kw):
        if t > END or t < START:
            return False
        self.n_ev += 1
        r = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp,
                 session_id=sid, action=action)
        r.update(kw)
        self.events.append(r)
        return True

    def fb(self, c, t, topic, channel, tp=None, rating=None, nps=None, sent=None, undated=False, extra=None,
           lang=None):
        if t is not None and (t > END or t < START):
            return
        lang = lang or (c["lang"] if c else "zh")
        en = lang == "en"
        if topic:
            text = pick((EN if en else ZH)[topic])
            text = text.replace("{d}", f"{float(rng.uniform(0.3, 2.8)):.1f}")
            pz = PRODUCTS[extra.get("product", "rebar")][0] if extra else "螺纹钢"
            pe = (extra.get("product", "rebar") if extra else "rebar").replace("_", " ")
            text = text.replace("{p}", pe if en else pz)
            text = text.replace("{wh}", WAREHOUSES[extra["warehouse"]][0] if extra and extra.get("warehouse")
                                else "仓库")
            sent = sent or ("neg" if topic in BAD else "pos")
            if rng.random() < 0.25:
                text += (" " if en else "，") + pick((GEN_EN if en else GEN_ZH)[sent]).rstrip("。.") + \
                        ("." if en else "。")
        else:
            sent = sent or "neu"
            text = pick((GEN_EN if en else GEN_ZH)[sent])
        fid = f"FB{len(self.feedback) + 1:05d}"
        r = dict(feedback_id=fid, text=text, ts="" if (undated or t is None) else fmt(t),
                 customer_id=c["customer_id"] if c else "", touchpoint_id=tp or "", channel=channel,
                 rating="" if rating is None else int(rating), nps="" if nps is None else int(nps), language=lang)
        for k in ("order_id", "warehouse", "sales_rep"):
            r[k] = (extra or {}).get(k, "")
        r["仓库"] = WAREHOUSES[r["warehouse"]][0] if r["warehouse"] else ""
        r["销售代表"] = self.rep_zh.get(r["sales_rep"], "")
        r["客户类型"] = CTYPES[c["ctype"]][0] if c else ""
        self.feedback.append(r)
        self.truth.append(dict(feedback_id=fid, topic=topic or "", sentiment=sent))

    # ---------- customers
    def customers(self):
        self.rep_zh = {r[1]: r[0] for rs in REPS.values() for r in rs}
        days = (END - START).days
        dw = np.asarray([SEASON[(START + D(days=i)).month] * (1 + 0.35 * i / days) for i in range(days)])
        dw = dw / dw.sum()
        for i in range(N_CUST):
            region = pickd({k: v[1] for k, v in REGIONS.items()})
            pre = rng.random() < 0.45
            if pre:
                t0 = workday(PRE + D(days=int(rng.integers(0, (START - PRE).days))))
            else:
                t0 = workday(START + D(days=int(rng.choice(days, p=dw))))
            ctype = pickd({k: v[1] for k, v in CTYPES.items()})
            acq = pickd({k: v[1] for k, v in ACQ.items()})
            city = pick(REGIONS[region][3])
            lang = "en" if rng.random() < {"steel_fabricator": 0.16, "machinery_maker": 0.2,
                                            "general_contractor": 0.04}.get(ctype, 0.0) else "zh"
            k = int(rng.integers(len(CO_A)))
            grade = pickd({"A": 0.25, "B": 0.5, "C": 0.25})
            terms = CTYPES[ctype][4] if grade != "C" else 30
            rep = REPS[region][int(rng.integers(2))]
            act = float(rng.lognormal(0, 0.75)) * CTYPES[ctype][6]
            churn = None
            if rng.random() < 0.22:
                churn = START + D(days=float(rng.uniform(60, days)))
            self.cust.append(dict(
                customer_id=f"C{i + 1:05d}", t0=t0, pre=pre, region=region, city=city, ctype=ctype, acq=acq,
                lang=lang, grade=grade, terms=terms, rep=rep, act=act, churn=churn,
                name=f"{city[0]}{CO_A[k]}{CO_SUFFIX[ctype][0]}", name_en=f"{city[1]} {CO_A_EN[k]} {CO_SUFFIX[ctype][1]}",
                gmv=0.0, last=None, first_enq=None, bad=[], n_orders=0))

    # ---------- one enquiry and, if won, the order
    def enquiry(self, c, t):
        self.n_enq += 1
        sid = f"XJ{self.n_enq:06d}"
        acqw = ACQ[c["acq"]][3]
        ch = pickd({"web": 0.33 * (1 - acqw), "app": 0.22 * (1 - acqw), "phone": 0.45 * (1 - acqw),
                    "mini_program": acqw})
        dev = {"web": "pc", "phone": ""}.get(ch) or pickd({"android": 0.62, "ios": 0.38})
        product = pickd(CTYPES[c["ctype"]][2])
        lo, hi = CTYPES[c["ctype"]][3]
        tons = round(float(np.exp(rng.uniform(np.log(lo), np.log(hi)))), 1)
        mill = pickd({"shagang": 0.3, "baowu": 0.2, "hbis": 0.2, "zenith": 0.15, "jingye": 0.15})
        spec = {"rebar": f"HRB400E Φ{pick([12, 14, 16, 18, 20, 22, 25, 28, 32])}",
                "coil_rebar": f"HRB400E Φ{pick([6, 8, 10])}", "hrc": f"Q235B {pick(['3.0', '4.75', '6.0', '8.0', '10.0'])}mm",
                "plate": f"Q355B {pick([14, 16, 20, 25, 30, 40, 50])}mm",
                "h_beam": f"Q235B {pick(['200x100', '250x125', '300x150', '350x175', '400x200'])}"}[product]
        rep_zh, rep_en, rep_med, rep_mult = c["rep"]
        common = dict(product=product, 品名=PRODUCTS[product][0], spec=spec, mill=mill, 钢厂=MILLS[mill])
        self.ev(c, t, "tp_enquiry", sid, "submitted", device=dev, channel=ch, tons=tons, **common)
        if c["first_enq"] is None:
            c["first_enq"] = t
        c["last"] = t
        if ch == "mini_program" and rng.random() < 0.035:
            self.fb(c, t + D(hours=float(rng.uniform(0.1, 3))), "app", "app_review", tp="tp_enquiry",
                    rating=pick([1, 2, 2, 3]), undated=rng.random() < 0.2, extra=dict(product=product))
        # quote
        if rng.random() > 0.94:
            return
        resp = float(rng.lognormal(np.log(rep_med), 0.6 if rep_med > 10 else 0.8))
        tq = after(t, resp)
        if tq.hour >= 20 or tq.hour < 8:
            tq = workday(tq + D(days=1 if tq.hour >= 20 else 0), 8.5, 11)
        idx = PRICE.get((tq.year, tq.month), 3380)
        price = float(round(idx + PRODUCTS[product][1] + rng.normal(0, 45) +
                            {"north": -40, "east": 20, "south": 30, "central": 0}[c["region"]]))
        amount = round(price * tons, 2)
        qch = "phone" if ch == "phone" else ch
        self.ev(c, tq, "tp_quote", sid, "quoted", channel=qch, quoted_price=price, quote_amount=amount,
                sales_rep=rep_en, 销售代表=rep_zh, response_hours=round((tq - t).total_seconds() / 3600, 2),
                valid_hours=24, **common)
        # decision
        p = 0.5 * ENQ_CH[ch] * ACQ[c["acq"]][2] * rep_mult
        p *= {"general_contractor": 1.05, "specialty_contractor": 0.95, "steel_fabricator": 1.0,
              "precast_plant": 1.1, "machinery_maker": 0.9}[c["ctype"]]
        slow = (tq - t).total_seconds() / 3600 > 12
        if slow:
            p *= 0.72
        spike = PRICE_SPIKE[0] <= tq < PRICE_SPIKE[1]
        if spike:
            p *= 0.5
        if slow and rng.random() < 0.12:
            self.fb(c, tq + D(days=float(rng.uniform(0.2, 4))), "quote_slow", pick(["call_note", "ticket"]),
                    tp="tp_quote", extra=dict(product=product, sales_rep=rep_en))
        if rng.random() >= min(p, 0.95):
            w = {"price_too_high": 0.36, "bought_elsewhere": 0.26, "quote_expired": 0.1, "project_delayed": 0.17,
                 "out_of_stock": 0.11}
            if spike:
                w["price_too_high"] = 1.6
            if slow:
                w["quote_expired"] = 0.45
            reason = pickd(w)
            if rng.random() < 0.78:
                tl = workday(tq + D(days=float(rng.uniform(1, 6))))
                self.ev(c, tl, "tp_quote_lost", sid, "lost", channel="phone", lost_reason=reason,
                        丢单原因=LOST[reason], sales_rep=rep_en, 销售代表=rep_zh, **common)
                if reason == "price_too_high" and rng.random() < 0.16:
                    self.fb(c, tl, "price", "call_note", tp="tp_quote", extra=dict(product=product, sales_rep=rep_en))
            return
        ta = after(tq, rng.lognormal(np.log(3), 0.9))
        self.ev(c, ta, "tp_quote_accept", sid, "accepted", device=dev, channel=qch, quoted_price=price,
                quote_amount=amount, sales_rep=rep_en, 销售代表=rep_zh, **common)
        if rng.random() > 0.95:
            return
        tc = workday(ta + D(days=float(rng.uniform(0.2, 3))))
        if tc > END:
            return
        self.order(c, sid, tc, ch, dev, product, spec, mill, tons, price, rep_en, rep_zh, common)

    def order(self, c, sid, tc, ch, dev, product, spec, mill, tons, price, rep_en, rep_zh, common):
        self.n_ord += 1
        oid = f"HT{self.n_ord:06d}"
        amount = round(price * tons, 2)
        ratio = GRADES[c["grade"]]
        dep = round(amount * ratio, 2)
        self.ev(c, tc, "tp_contract", sid, "signed", channel="web", order_id=oid, contract_amount=amount,
                sales_rep=rep_en, 销售代表=rep_zh, **common)
        wh = REGIONS[c["region"]][2] if rng.random() < 0.9 else pick(list(WAREHOUSES))
        o = dict(order_id=oid, customer_id=c["customer_id"], ts=fmt(tc), amount=amount, status="paid", channel=ch,
                 device=dev, session_id=sid, product=product, 品名=PRODUCTS[product][0], spec=spec, mill=mill,
                 钢厂=MILLS[mill], tons=tons, unit_price=price, currency="CNY", warehouse=wh, 仓库=WAREHOUSES[wh][0],
                 sales_rep=rep_en, 销售代表=rep_zh, deposit_ratio=ratio, deposit_amount=dep,
                 credit_terms_days=c["terms"], due_date="", final_paid_at="", days_overdue="",
                 settlement_status="", 回款状态="", credit_amount=0.0, cancelled_at="", returned_at="")
        self.orders.append(o)
        if rng.random() > 0.93:
            o["status"] = "cancelled"
            o["cancelled_at"] = fmt(workday(tc + D(days=7)))
            if tc + D(days=7) > END:      # not yet known at the extract: still waiting for the deposit
                o["status"], o["cancelled_at"] = "paid", ""
                o["settlement_status"], o["回款状态"] = "not_due", SETTLE["not_due"]
            return
        td = after(tc, rng.uniform(1, 80))
        if not self.ev(c, td, "tp_deposit", sid, "paid", channel="other", order_id=oid, deposit_amount=dep,
                       payment_method="bank_transfer", 付款方式=PAYM["bank_transfer"]):
            o["settlement_status"], o["回款状态"] = "not_due", SETTLE["not_due"]
            return
        c["gmv"] += amount
        c["n_orders"] += 1
        # lots
        n_lots = 1 if tons <= 200 else (2 if tons <= 450 else 3)
        lot_tons = [round(tons / n_lots, 1)] * n_lots
        plate_w = product in ("hrc", "plate")
        credit = 0.0
        last_close = td
        returned = False
        late_any = False
        tdisp = td
        for k in range(n_lots):
            tdisp = spring(workday(tdisp + D(days=float(rng.uniform(0.6, 2.5) if k == 0 else rng.uniform(1, 4))),
                                   7, 17))
            method = "weighed" if plate_w or rng.random() < 0.45 else "theoretical"
            dw = round(lot_tons[k] * (1 + rng.normal(0, 0.002)), 2)
            lot = f"{oid}-{k + 1}"
            plate = f"{WAREHOUSES[wh][1]}{pick('ABCDEFGHJK')}{int(rng.integers(10000, 99999))}"
            wextra = dict(order_id=oid, lot_no=lot, warehouse=wh, 仓库=WAREHOUSES[wh][0], **common)
            if not self.ev(c, tdisp, "tp_dispatch", sid, "dispatched", channel="other", dispatch_weight_t=dw,
                           weigh_method=method, 计重方式={"weighed": "过磅", "theoretical": "理计"}[method],
                           truck_plate=plate, **wextra):
                o["settlement_status"], o["回款状态"] = "not_due", SETTLE["not_due"]
                return
            same = REGIONS[c["region"]][2] == wh
            transit = rng.uniform(5, 26) if same else rng.uniform(28, 70)
            promised = (tdisp + D(days=1 if same else 3)).replace(hour=18, minute=0, second=0)
            p_late = 0.06 if same else 0.16
            late = rng.random() < p_late
            tv = after(tdisp, transit + (rng.uniform(24, 60) if late else 0))
            if not late and tv > promised:
                tv = promised - D(hours=float(rng.uniform(0.5, 6)))
            late = tv > promised
            delay = max(0.0, (tv - promised).total_seconds() / 86400)
            late_any |= late
            if not self.ev(c, tv, "tp_delivery", sid, "delivered_late" if late else "delivered_on_time",
                           channel="other", promised_at=fmt(promised), delay_days=round(delay, 2), **wextra):
                o["settlement_status"], o["回款状态"] = "not_due", SETTLE["not_due"]
                return
            # acceptance check
            tj = wh == "tianjin" and TJ_SCALE[0] <= tdisp < TJ_SCALE[1]
            pw = 0.33 if tj else (0.06 if method == "weighed" else 0.04)
            rain = wh == "foshan" and tdisp.month in (4, 5, 6, 7, 8, 9)
            pr = (0.11 if rain else 0.05) if wh == "foshan" else 0.008
            ps, pc = 0.018, 0.012
            u = rng.random()
            issue = None
            if u < pw:
                issue = "weight_short"
            elif u < pw + pr:
                issue = "rust"
            elif u < pw + pr + ps:
                issue = "spec_mismatch"
            elif u < pw + pr + ps + pc:
                issue = "missing_cert"
            diff = (-float(rng.uniform(0.6, 2.6)) if issue == "weight_short" else float(rng.normal(0, 0.12)))
            tacc = after(tv, rng.uniform(0.5, 20))
            recv = round(dw * (1 + diff / 100), 2)
            if not self.ev(c, tacc, "tp_acceptance", sid, "disputed" if issue else "passed", channel="other",
                           received_weight_t=recv, weight_diff_pct=round(diff, 2), issue_type=issue or "",
                           问题类型=ISSUES[issue] if issue else "", **wextra):
                o["settlement_status"], o["回款状态"] = "not_due", SETTLE["not_due"]
                return
            last_close = max(last_close, tacc)
            fx = dict(product=product, warehouse=wh, order_id=oid, sales_rep=rep_en)
            if issue:
                c["bad"].append((tacc, "weight" if issue == "weight_short" else ("rust" if issue == "rust" else "spec")))
                tdis = after(tacc, rng.uniform(1, 28))
                lot_val = lot_tons[k] * price
                claim = round(abs(diff) / 100 * lot_val, 2) if issue == "weight_short" else \
                    round(lot_val * float(rng.uniform(0.02, 0.1)), 2)
                self.ev(c, tdis, "tp_dispute", sid, "filed", channel="phone", dispute_type=issue, 问题类型=ISSUES[issue],
                        claim_amount=claim, **wextra)
                if rng.random() < 0.5:
                    topic = {"weight_short": "weight", "rust": "rust"}.get(issue, "spec")
                    tp = "tp_acceptance"
                    if topic == "weight" and rng.random() < 0.06:
                        tp = "tp_dispatch"
                    if topic == "rust" and rng.random() < 0.2:
                        tp = "tp_delivery"
                    chn = pick(["ticket", "ticket", "survey"])
                    self.fb(c, tdis + D(hours=float(rng.uniform(0.5, 30))), topic, chn, tp=tp,
                            rating=pick([1, 1, 2]) if chn == "survey" else None, extra=fx)
                if issue == "weight_short":
                    res = pickd({"credit_note": 0.58, "reweighed_no_fault": 0.32, "top_up": 0.1})
                    days = rng.lognormal(np.log(11 if tj else 4.5), 0.5)
                elif issue == "rust":
                    res = pickd({"credit_note": 0.55, "replaced": 0.3, "returned": 0.15})
                    days = rng.lognormal(np.log(7), 0.5)
                elif issue == "spec_mismatch":
                    res = pickd({"replaced": 0.55, "returned": 0.15, "credit_note": 0.3})
                    days = rng.lognormal(np.log(6), 0.5)
                else:
                    res = "cert_resent"
                    days = rng.lognormal(np.log(2), 0.5)
                if res == "returned" and n_lots > 1:
                    res = "replaced"
                cr = round(claim * float(rng.uniform(0.6, 1.0)), 2) if res == "credit_note" else 0.0
                tclose = after(tdis, days * 24)
                if not self.ev(c, tclose, "tp_dispute_closed", sid, "closed", channel="phone", resolution=res,
                               处理结果=RESOL[res], credit_amount=cr, **wextra):
                    o["settlement_status"], o["回款状态"] = "not_due", SETTLE["not_due"]
                    return
                credit += cr
                last_close = max(last_close, tclose)
                if res == "returned":
                    returned = True
                    o["status"] = "returned"
                    o["returned_at"] = fmt(tclose)
            else:
                if late and rng.random() < 0.28:
                    chn = pick(["survey", "ticket"])
                    self.fb(c, tacc + D(hours=float(rng.uniform(1, 40))), "late", chn, tp="tp_delivery",
                            rating=pick([2, 2, 3]) if chn == "survey" else None, extra=fx)
                elif not late and rng.random() < 0.16:
                    u2 = rng.random()
                    te = tacc + D(hours=float(rng.uniform(2, 72)))
                    if u2 < 0.34:
                        self.fb(c, te, "fast_dispatch", "survey", tp="tp_dispatch", rating=5, extra=fx)
                    elif u2 < 0.52:
                        self.fb(c, te, "rep", "survey", tp="tp_quote", rating=pick([4, 5, 5]), extra=fx)
                    elif u2 < 0.84:
                        self.fb(c, te, None, "survey", tp="tp_acceptance", rating=pick([4, 5]), sent="pos", extra=fx)
                    else:
                        self.fb(c, te, None, "survey", tp="tp_acceptance", rating=3, sent="neu", extra=fx)
            if late:
                c["bad"].append((tv, "late"))
        o["credit_amount"] = round(credit, 2)
        if returned:
            return
        # invoice
        slow_inv = rng.random() < 0.08
        ti = workday(last_close + D(days=float(rng.uniform(10, 30) if slow_inv else rng.uniform(0.5, 4))))
        self.n_inv += 1
        inv_amt = round(amount - credit, 2)
        if not self.ev(c, ti, "tp_invoice", sid, "issued", channel="email", order_id=oid,
                       invoice_no=f"FP{self.n_inv:07d}", invoice_amount=inv_amt, invoice_type="增值税专用发票"):
            o["settlement_status"], o["回款状态"] = "not_due", SETTLE["not_due"]
            return
        if slow_inv and rng.random() < 0.45:
            self.fb(c, ti - D(days=float(rng.uniform(1, 6))), "invoice", "ticket", tp="tp_invoice",
                    extra=dict(product=product, order_id=oid))
        due = datetime(ti.year, ti.month, ti.day) + D(days=c["terms"])
        o["due_date"] = due.strftime("%Y-%m-%d")
        pov = CTYPES[c["ctype"]][5] * (1.35 if ti.year == 2026 else 1.0) * {"A": 0.6, "B": 1.0, "C": 1.4}[c["grade"]]
        overdue = rng.random() < pov
        if overdue:
            late_days = float(rng.exponential(24)) + 3
            never = rng.random() < 0.05
        else:
            late_days = -float(rng.uniform(0, 6))
            never = False
        tp_ = workday(due + D(days=late_days))
        k = 0
        for rem in (5, 15, 30, 45, 60, 90, 120, 150):
            trm = workday(due + D(days=rem), 9, 17)
            if (never or trm < tp_) and overdue and trm <= END:
                k += 1
                self.ev(c, trm, "tp_collection", sid, "reminded", channel="phone", order_id=oid,
                        days_overdue=(trm.date() - due.date()).days, reminder_no=k,
                        outstanding_amount=round(inv_amt - dep, 2))
                c["bad"].append((trm, "collection"))
                if rng.random() < (0.12 if c["ctype"] == "steel_fabricator" else 0.07):
                    self.fb(c, trm + D(hours=float(rng.uniform(1, 48))), "collection",
                            pick(["ticket", "call_note"]), tp="tp_collection", extra=dict(order_id=oid))
        if never or tp_ > END:
            if due.date() >= END.date():
                st = "not_due"
            elif never and (END - due).days > 120:
                st = "written_off"
            else:
                st = "overdue"
            o["settlement_status"], o["回款状态"] = st, SETTLE[st]
            if st != "not_due":
                o["days_overdue"] = (END.date() - due.date()).days
            return
        meth = pickd({"bank_transfer": 0.55, "bank_acceptance": 0.35, "commercial_acceptance": 0.10})
        dov = max(0, (tp_.date() - due.date()).days)
        self.ev(c, tp_, "tp_final_payment", sid, "paid_late" if dov > 0 else "paid_on_time", channel="other",
                order_id=oid, payment_amount=round(inv_amt - dep, 2), payment_method=meth, 付款方式=PAYM[meth],
                days_overdue=dov)
        o["final_paid_at"] = fmt(tp_)
        o["days_overdue"] = dov
        o["settlement_status"], o["回款状态"] = "settled", SETTLE["settled"]

    # ---------- the whole history
    def run(self):
        self.customers()
        months = []
        y, m = 2024, 7
        while (y, m) <= (2026, 6):
            months.append((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        for c in self.cust:
            if c["t0"] >= START:
                self.ev(c, c["t0"], "tp_register", "", "verified", channel=pick(["web", "web", "app"]),
                        device="", acquisition_channel=c["acq"])
            # quarterly NPS surveys and enquiries
            times = []
            for (y, m) in months:
                a = datetime(y, m, 1)
                b = datetime(y + (m == 12), m % 12 + 1, 1)
                lo = max(a, c["t0"] + D(days=1))
                hi = min(b, c["churn"]) if c["churn"] else b
                if hi <= lo:
                    continue
                frac = (hi - lo).total_seconds() / (b - a).total_seconds()
                growth = 1 + 0.2 * ((y - 2024) * 12 + m - 7) / 24
                lam = c["act"] * SEASON[m] * growth * frac
                for _ in range(int(rng.poisson(lam))):
                    times.append(workday(lo + D(seconds=float(rng.uniform(0, (hi - lo).total_seconds())))))
            for t in sorted(times):
                if START <= t <= END:
                    self.enquiry(c, t)
        self.surveys()
        self.social()

    def surveys(self):
        """half-yearly NPS survey (Jan and Jul) sent to customers with an enquiry in the half-year before."""
        for sd in (datetime(2025, 1, 10), datetime(2025, 7, 10), datetime(2026, 1, 12)):
            for c in self.cust:
                if c["first_enq"] is None or c["first_enq"] > sd or (c["churn"] and c["churn"] < sd) \
                        or rng.random() > 0.42:
                    continue
                recent = [k for (t, k) in c["bad"] if sd - D(days=183) <= t < sd]
                score = rng.normal(8.1, 1.3)
                score -= 2.2 * ("weight" in recent) + 1.8 * ("collection" in recent) + 1.2 * ("late" in recent)
                score -= 1.0 * ("rust" in recent or "spec" in recent)
                nps = int(np.clip(round(score), 0, 10))
                t = workday(sd + D(days=float(rng.uniform(0, 12))))
                topic = None
                u = rng.random()
                if nps <= 6:
                    opts = [x for x in ("weight", "collection", "late", "rust") if x in recent]
                    if opts and u < 0.7:
                        topic = pick(opts)
                    elif u < 0.85:
                        topic = pick(["price", "quote_slow"]) if c["region"] == "south" else "price"
                    tp = {"weight": "tp_acceptance", "collection": "tp_collection", "late": "tp_delivery",
                          "rust": "tp_acceptance", "price": "tp_quote", "quote_slow": "tp_quote"}.get(topic)
                    self.fb(c, t, topic, "nps_survey", tp=tp, nps=nps, sent="neg",
                            extra=dict(sales_rep=c["rep"][1]))
                elif nps >= 9:
                    if u < 0.3:
                        topic = "rep"
                    elif u < 0.5:
                        topic = "fast_dispatch"
                    tp = {"rep": "tp_quote", "fast_dispatch": "tp_dispatch"}.get(topic)
                    self.fb(c, t, topic, "nps_survey", tp=tp, nps=nps, sent="pos", extra=dict(sales_rep=c["rep"][1]))
                else:
                    self.fb(c, t, None, "nps_survey", nps=nps, sent=pick(["neu", "pos"]),
                            extra=dict(sales_rep=c["rep"][1]))

    def social(self):
        """posts in steel-buyer WeChat groups and forums: no customer, half without a date."""
        w = {"weight": 0.3, "price": 0.22, "rust": 0.1, "collection": 0.08, "fast_dispatch": 0.1, "app": 0.08,
             "late": 0.06, None: 0.06}
        tps = {"weight": "tp_acceptance", "price": "tp_quote", "rust": "tp_acceptance", "collection": "tp_collection",
               "fast_dispatch": "tp_dispatch", "app": "tp_enquiry", "late": "tp_delivery"}
        keys = list(w)
        for i in range(240):
            topic = keys[int(rng.choice(len(keys), p=np.asarray([w[k] for k in keys]) / sum(w.values())))]
            t = START + D(days=float(rng.uniform(0, (END - START).days)))
            if topic == "price" and rng.random() < 0.5:
                t = PRICE_SPIKE[0] + D(days=float(rng.uniform(0, 30)))
            lang = "en" if rng.random() < 0.1 else "zh"
            self.fb(None, t, topic, "social", tp=tps.get(topic) if rng.random() < 0.6 else None,
                    undated=rng.random() < 0.5, lang=lang, sent=None if topic else pick(["pos", "neu", "neg"]))

    # ---------- customers table at the end
    def customer_rows(self):
        rows = []
        for c in self.cust:
            tier = "strategic" if c["gmv"] >= 8e6 else ("key" if c["gmv"] >= 2e6 else "standard")
            if c["t0"] >= datetime(2026, 4, 1):
                seg = "new"
            elif tier == "strategic":
                seg = "vip"
            elif c["last"] is None or (END - c["last"]).days > 180:
                seg = "at_risk"
            else:
                seg = "returning"
            rows.append(dict(
                customer_id=c["customer_id"], signup_at=fmt(c["t0"]), segment=seg, region=c["region"],
                区域=REGIONS[c["region"]][0], city=c["city"][1], 城市=c["city"][0], acquisition_channel=c["acq"],
                获客渠道=ACQ[c["acq"]][0], tier=tier, 客户等级=TIERS[tier], customer_type=c["ctype"],
                客户类型=CTYPES[c["ctype"]][0], company_name=c["name"], company_name_en=c["name_en"],
                credit_grade=c["grade"], 信用等级=c["grade"] + "级", credit_terms_days=c["terms"],
                credit_limit_wan=int({"A": 500, "B": 200, "C": 50}[c["grade"]] * (1 + int(rng.integers(0, 3)))),
                sales_rep=c["rep"][1], 销售代表=c["rep"][0], preferred_language=c["lang"],
                verified=bool(rng.random() < 0.93)))
        return rows


def write(path: Path, rows, cols=None):
    cols = cols or list(dict.fromkeys(k for r in rows for k in r))
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=i + 1, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for i, tp in enumerate(j[3])])
    write(out / "customers.csv", g.customer_rows())
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    # the mini program re-sends a few enquiry events (exact duplicates, same event_id)
    dup = [ev[int(i)] for i in rng.choice(len(ev), 36, replace=False)]
    ev = sorted(ev + [dict(r) for r in dup], key=lambda r: (r["ts"], r["event_id"]))
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel"]
    ecols += [k for k in dict.fromkeys(k for r in ev for k in r) if k not in ecols]
    write(out / "events.csv", ev, ecols)
    write(out / "orders.csv", g.orders)
    write(out / "feedback.csv", g.feedback)
    write(out / "_truth" / "feedback_truth.csv", g.truth)
    print(f"customers {len(g.cust)} events {len(ev)} orders {len(g.orders)} feedback {len(g.feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
