"""衡安检测 HengAn Food Testing: a third-party food safety testing laboratory (第三方食品检测实验室) in the Yangtze
River Delta with three labs (上海总部实验室 Shanghai HQ, 苏州实验室 Suzhou Lab, 杭州实验室 Hangzhou Lab) serving
restaurants (餐饮门店), catering chains (连锁餐饮), food factories (食品工厂) and supermarkets (商超).

A prospective client asks for a quote (询价: website, mini program, a sales visit, the food-safety expo, a referral from
another client or from the market regulator), gets a quotation (报价单) and signs a testing agreement (签订检测协议).
Then its jobs (检测委托单, session JB…) flow: sample booking (预约送检: our cold-chain van picks the samples up 上门取样,
the client drops them off 客户送样, or sends them by courier 快递寄样) → sample intake (样品接收: accepted, or rejected
for temperature abuse / too little sample / broken packaging / unreadable labels; a rejected job is cancelled and often
booked again) → testing (检测: microbiology 微生物, pesticide residues 农残, heavy metals 重金属, food additives 添加剂, by a
named analyst) → report issued (出具报告: pass 合格 / fail 不合格 with the failing item, on time or not against the
promised due time: standard 标准 or express 加急) → for a failed result the client may appeal (复检申请, a retest fee paid
up front) → retest conclusion (复检结论: upheld 维持原结论 or overturned 推翻原结论, then the fee is refunded) → invoice
(开票) → payment (回款). Clients answer a satisfaction survey after some reports (1-5 stars), file complaints, chat in
the customer-service WeChat groups, answer a half-yearly NPS survey; sales note why a quote was lost.

Data 2025-01-01 .. 2026-07-31 (extract taken in early August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics per comment; not a DATA.md table).
Deterministic (seed 20261219), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261219
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
NDAYS = (END.date() - START.date()).days + 1
INCUBATOR = (datetime(2025, 7, 14), datetime(2025, 9, 1))      # Suzhou incubators fail: micro cultures re-run
PORTAL = (datetime(2026, 1, 5), datetime(2026, 2, 10))         # new report portal v2: PDF downloads broken
MICRO_PRICE_UP = datetime(2026, 3, 1)                          # microbiology list price 380 -> 450 CNY
EXPO = datetime(2025, 11, 12)                                  # 中国国际食品安全检测展 (Shanghai, 12-14 Nov 2025)
NPS_WAVES = [datetime(2025, 6, 16), datetime(2025, 12, 15), datetime(2026, 6, 15)]
CNY = [(datetime(2025, 1, 26), datetime(2025, 2, 6)), (datetime(2026, 2, 14), datetime(2026, 2, 25))]
ZHAO = "赵凯"

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_quote_request", "客户询价", "Quote request", "awareness", "web", "digital", "sales",
     "询价|咨询|报价申请|新客户咨询|潜在客户|线索|quote request|enquiry|inquiry|RFQ|lead|new client"),
    ("tp_quote_sent", "发送报价", "Quote sent", "consideration", "email", "digital", "sales",
     "报价|报价单|方案报价|quotation|quote sent|proposal|price offer"),
    ("tp_contract", "签订检测协议", "Contract signed", "purchase", "other", "digital", "sales",
     "签约|合同|协议|框架协议|委托协议|年框|成交|contract|signed|agreement|new account"),
    ("tp_sample_booking", "预约送检", "Sample booking", "purchase", "mini_program", "digital", "customer_service",
     "送检|委托|下单|预约|预约取样|上门取样|寄样|送样|委托单|booking|submit samples|pickup request|drop-off|test order|job"),
    ("tp_sample_received", "样品接收", "Sample intake", "service", "store", "physical", "sample_room",
     "收样|样品登记|样品验收|样品接收|拒收|退样|sample intake|sample receipt|sample check-in|received|rejected sample"),
    ("tp_testing", "检测中", "Testing", "service", "other", "physical", "lab",
     "检测|检验|化验|上机|前处理|实验室|testing|analysis|lab work|in the lab|analyst"),
    ("tp_report", "出具报告", "Report issued", "service", "web", "digital", "lab",
     "报告|检测报告|出报告|结果|CMA报告|合格|不合格|report|certificate|COA|results|pass|fail"),
    ("tp_retest_request", "复检申请", "Retest request", "service", "phone", "digital", "quality",
     "复检|复测|申诉|异议|结果异议|appeal|retest|re-test|dispute|challenge"),
    ("tp_retest_report", "复检结论", "Retest result", "service", "web", "digital", "quality",
     "复检报告|复检结果|复检结论|申诉结果|推翻|维持原结论|retest result|appeal outcome|overturned|upheld"),
    ("tp_invoice", "开具发票", "Invoice issued", "loyalty", "email", "digital", "finance",
     "发票|开票|账单|专票|invoice|bill|billing"),
    ("tp_payment", "回款", "Payment received", "loyalty", "other", "digital", "finance",
     "付款|回款|结款|收款|打款|payment|paid|collection|receivables"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("onboarding", "新客户签约", "New client onboarding", ["tp_quote_request", "tp_quote_sent", "tp_contract"], 30),
    ("testing", "送检到出报告", "Sample to report",
     ["tp_sample_booking", "tp_sample_received", "tp_testing", "tp_report"], 21),
    ("appeal", "复检申诉", "Retest appeal", ["tp_retest_request", "tp_retest_report"], 30),
    ("billing", "开票回款", "Invoice to payment", ["tp_invoice", "tp_payment"], 90),
]
BRANCHES = {"SH": ("上海总部实验室", "Shanghai HQ"), "SZ": ("苏州实验室", "Suzhou Lab"), "HZ": ("杭州实验室", "Hangzhou Lab")}
REGIONS = {  # en: zh, branch, weight, has pickup (the branch's own city)
    "Shanghai": ("上海", "SH", 0.38, True), "Jiaxing": ("嘉兴", "SH", 0.07, False),
    "Suzhou": ("苏州", "SZ", 0.20, True), "Wuxi": ("无锡", "SZ", 0.10, False),
    "Hangzhou": ("杭州", "HZ", 0.17, True), "Ningbo": ("宁波", "HZ", 0.08, False)}
CTYPES = {  # en: zh, share of existing clients, share of leads, jobs / month, payment lag median days
    "restaurant": ("餐饮门店", 0.30, 0.45, 0.50, 3.0),
    "catering_chain": ("连锁餐饮", 0.20, 0.15, 1.45, 36.0),
    "food_factory": ("食品工厂", 0.28, 0.22, 1.80, 27.0),
    "supermarket": ("商超", 0.22, 0.18, 2.10, 62.0),
}
ACQ = {"online_search": ("网络搜索", 0.35, 0.62), "sales_visit": ("销售拜访", 0.25, 1.15),
       "referral": ("客户推荐", 0.18, 1.32), "trade_show": ("食品安全展会", 0.12, 0.95),
       "regulator_referral": ("监管部门推荐", 0.10, 1.12)}          # zh, weight, conversion multiplier
TESTS = {  # en: zh, price, due days standard / express, TAT median standard / express, method
    "microbiology": ("微生物检测", 380, 5, 3, 3.9, 2.2, "culture"),
    "pesticide_residue": ("农药残留检测", 680, 4, 2, 3.0, 1.3, "LC-MS/MS"),
    "heavy_metals": ("重金属检测", 520, 4, 2, 3.1, 1.35, "ICP-MS"),
    "additives": ("食品添加剂检测", 450, 4, 2, 2.9, 1.25, "HPLC"),
}
METHOD_ZH = {"culture": "平板培养法", "LC-MS/MS": "液质联用", "ICP-MS": "电感耦合等离子体质谱", "HPLC": "高效液相色谱"}
MATRIX = {"vegetables": "蔬菜", "fruit": "水果", "grains": "粮食", "meat": "肉类", "seafood": "水产品",
          "cooked_food": "熟食", "dairy": "乳制品", "bakery": "烘焙食品", "beverages": "饮料", "condiments": "调味品",
          "tableware": "餐具"}
TIER = {"standard": "标准", "express": "加急"}
DELIVERY = {"pickup": "上门取样", "drop_off": "客户送样", "courier": "快递寄样"}
REJECT = {"temperature": "温度超标", "insufficient": "样品量不足", "damaged": "包装破损", "label": "标签不清"}
FAIL_ITEMS = {
    "total_plate_count": "菌落总数", "coliforms": "大肠菌群", "salmonella": "沙门氏菌", "staph_aureus": "金黄色葡萄球菌",
    "chlorpyrifos": "毒死蜱", "procymidone": "腐霉利", "carbofuran": "克百威", "omethoate": "氧乐果",
    "carbendazim": "多菌灵", "cadmium": "镉", "lead": "铅", "mercury": "汞", "benzoic_acid": "苯甲酸",
    "sorbic_acid": "山梨酸", "saccharin": "糖精钠"}
ANALYSTS = {  # branch: [(zh, en, tests)]
    "SH": [("陈静", "Chen Jing", {"microbiology"}), ("李娜", "Li Na", {"microbiology", "additives"}),
           ("王磊", "Wang Lei", {"pesticide_residue"}), ("周强", "Zhou Qiang", {"pesticide_residue", "heavy_metals"}),
           ("张伟", "Zhang Wei", {"heavy_metals"}), ("刘芳", "Liu Fang", {"additives"})],
    "SZ": [("吴敏", "Wu Min", {"microbiology"}), ("徐涛", "Xu Tao", {"microbiology", "additives"}),
           ("孙丽", "Sun Li", {"pesticide_residue", "heavy_metals", "additives"})],
    "HZ": [("赵凯", "Zhao Kai", {"pesticide_residue"}), ("胡洁", "Hu Jie", {"pesticide_residue", "heavy_metals"}),
           ("郭亮", "Guo Liang", {"microbiology", "additives"})],
}
AN_EN = {zh: en for v in ANALYSTS.values() for zh, en, _ in v}
REPS = {"SH": ("沈晓燕", "Shen Xiaoyan"), "SZ": ("顾明", "Gu Ming"), "HZ": ("方婷", "Fang Ting")}
KEY_REP = ("钱志远", "Qian Zhiyuan")                                   # supermarkets and chains
PAYMETH = {"bank_transfer": "银行转账", "wechat_pay": "微信支付", "alipay": "支付宝"}
SEASON = {1: 1.0, 2: 0.75, 3: 1.0, 4: 1.0, 5: 1.05, 6: 1.1, 7: 1.1, 8: 1.15, 9: 1.15, 10: 0.9, 11: 1.0, 12: 1.05}
NAMES = {
    "restaurant": ([("老", "Lao"), ("味", "Wei"), ("福", "Fu"), ("江南", "Jiangnan"), ("弄堂", "Longtang"),
                    ("小杨", "Xiaoyang"), ("阿婆", "Apo"), ("湖畔", "Lakeside"), ("一品", "Yipin"), ("鲜", "Xian")],
                   [("面馆", "Noodle House"), ("小馆", "Bistro"), ("火锅", "Hotpot"), ("烧烤", "BBQ"),
                    ("私房菜", "Kitchen"), ("生煎", "Dumplings"), ("茶餐厅", "Cafe")]),
    "catering_chain": ([("鼎", "Ding"), ("食", "Shi"), ("禾", "He"), ("满", "Man"), ("悦", "Yue"), ("乐", "Le"),
                        ("佳", "Jia"), ("丰", "Feng")],
                       [("餐饮连锁", "Dining Group"), ("快餐", "Fast Food"), ("团餐", "Catering"),
                        ("中央厨房", "Central Kitchen")]),
    "food_factory": ([("华", "Hua"), ("康", "Kang"), ("润", "Run"), ("金", "Jin"), ("稻香", "Daoxiang"),
                      ("麦", "Mai"), ("顺", "Shun"), ("源", "Yuan"), ("旺", "Wang"), ("丰泽", "Fengze")],
                     [("食品有限公司", "Foods Co."), ("饮料有限公司", "Beverage Co."), ("乳业", "Dairy"),
                      ("调味品厂", "Condiments"), ("烘焙食品厂", "Bakery"), ("肉制品厂", "Meat Products")]),
    "supermarket": ([("联", "Lian"), ("家", "Jia"), ("惠", "Hui"), ("百", "Bai"), ("优", "You"), ("鲜", "Xian"),
                     ("邻", "Lin")],
                    [("超市", "Supermarket"), ("生鲜", "Fresh Market"), ("便利", "Mart"), ("仓储会员店", "Warehouse Club")]),
}

# ---- feedback phrases: every topic has its own marker words; no phrase carries another topic's marker
ZH = {
    "late_report": ["报告延误了{d}天，货都压在仓库里", "{branch}的微生物报告延误，说好5天结果拖了一个多星期",
                    "又是报告延误，客户天天催我们", "报告延误，产品没法按时上架", "报告迟迟不出，{branch}能不能给个准话",
                    "这次报告迟迟没出来，耽误了我们的发货"],
    "rejected": ["样品被拒收了，说温度超标，白寄了一趟", "快递寄过去就被拒收，冰袋明明放了", "样品拒收也不提前打个电话",
                 "又被拒收，还得重新取样送检", "说样品量不足拒收了，早说要多少啊"],
    "pickup": ["取样员迟到了两个小时", "约好上午取样，取样员下午才来", "取样员没带保温箱，只能改天"],
    "dispute": ["对不合格结论有异议，申请复检", "同一批货送别家是合格的，要求复检", "检测员{analyst}出的结果我们不认可，申请复检",
                "复检还是维持原结论，我们不服", "这批菜我们自己抽检没问题，申请复检", "要求复检，怀疑前处理有问题"],
    "price": ["微生物检测涨价了，小店承受不了", "报价太贵，比别家高三成", "涨价太多了，做不起", "检测费太贵了",
              "一下子涨价七十块，有点离谱"],
    "portal": ["新版报告系统下载不了PDF", "报告下载一直转圈", "小程序里报告下载失败，只能找客服要", "下载报告老是报错"],
    "invoice": ["发票抬头开错了，麻烦重开", "发票一直没收到", "增值税专用发票什么时候能开出来", "发票金额和合同对不上"],
    "report_error": ["报告上的样品名称写错了", "公司地址写错了，要重新出具", "生产日期写错了，麻烦改一下"],
    "fast": ["加急件第二天就出结果，很快", "出报告很快，点赞", "这次很快，赶上了发货"],
    "professional": ["检测人员很专业，解释得很清楚", "专业靠谱，会继续合作", "客服很专业，不合格项讲得明明白白"],
    "other_lab": ["已经和别的检测机构签了年框", "集团统一用别的检测机构", "老板说先用别的检测机构"],
    "no_need": ["监管抽检刚过，暂时不需要", "暂时不需要第三方检测", "店还没开业，暂时不需要"],
    "slow_tat": ["嫌我们周期太长，要三天出微生物", "检测周期太长，他们等不了", "周期太长，他们要当天出结果"],
    "general": ["整体还可以", "没什么问题", "挺好的，谢谢", "还行，继续保持"],
}
EN = {
    "late_report": ["The report was late again, our shipment was held for {d} days", "Late report from {branch_en}, "
                    "the micro results took over a week", "Another late report, our buyer keeps chasing us",
                    "The report was late and we missed the listing date"],
    "rejected": ["Our samples were rejected on arrival for temperature", "Sample rejected again although the ice packs "
                 "were in the box", "You rejected the sample without calling us first", "Rejected for too little "
                 "sample, please tell us the amount up front"],
    "pickup": ["The pickup driver came two hours late", "The pickup driver had no cool box, had to rebook"],
    "dispute": ["We dispute the fail result and request a retest", "A second lab passed the same batch, please retest",
                "We do not accept the result signed by {analyst_en}, requesting a retest",
                "Retest upheld the fail, we still disagree"],
    "price": ["Too expensive for a small restaurant", "The price increase on micro tests is too much",
              "Testing is too expensive compared with last year"],
    "portal": ["Can't download the report PDF from the new portal", "Report download keeps failing",
               "The portal download button does nothing"],
    "invoice": ["The invoice has the wrong company name", "Still waiting for the invoice", "Invoice amount does not "
                "match the contract"],
    "report_error": ["Typo in the sample name on the report", "There's a typo in our company address on the report"],
    "fast": ["Quick turnaround, thanks", "Express job came back with a quick turnaround"],
    "professional": ["Very professional team", "Professional and clear explanation of the failing item"],
    "other_lab": ["They signed a yearly deal with another lab", "Head office already uses another lab"],
    "no_need": ["No need for now, passed the inspection", "No need for now, will call back next year"],
    "slow_tat": ["Turnaround is too long for them, they want micro in 3 days", "Turnaround is too long for their "
                 "fresh products"],
    "general": ["Overall fine", "No issues", "OK, thanks", "Fine so far"],
}
NEG_TOPICS = {"late_report", "rejected", "pickup", "dispute", "price", "portal", "invoice", "report_error", "other_lab",
              "slow_tat"}
POS_TOPICS = {"fast", "professional"}
TOPIC_TP = [("rejected", "tp_sample_received"), ("pickup", "tp_sample_booking"), ("late_report", "tp_report"),
            ("portal", "tp_report"), ("report_error", "tp_report"), ("fast", "tp_report"),
            ("professional", "tp_testing"), ("dispute", "tp_retest_request"), ("invoice", "tp_invoice"), ("price", "tp_quote_sent"),
            ("other_lab", "tp_quote_sent"), ("no_need", "tp_quote_sent"), ("slow_tat", "tp_quote_sent")]
MARKERS = {  # the words gold.py looks for (kept here to check the phrases at generation time)
    "late_report": ["报告延误", "报告迟迟", "late report", "report was late"],
    "rejected": ["拒收", "rejected"], "pickup": ["取样员", "pickup driver"], "dispute": ["复检", "retest"],
    "price": ["涨价", "太贵", "too expensive", "price increase"], "portal": ["下载", "download"],
    "invoice": ["发票", "invoice"], "report_error": ["写错", "typo"], "fast": ["很快", "quick turnaround"],
    "professional": ["专业", "professional"], "other_lab": ["别的检测机构", "another lab"],
    "no_need": ["暂时不需要", "no need for now"], "slow_tat": ["周期太长", "turnaround is too long"],
}


def _check_phrases():
    for lang in (ZH, EN):
        for topic, phrases in lang.items():
            for p in phrases:
                for t2, marks in MARKERS.items():
                    hit = any(m.lower() in p.lower() for m in marks)
                    assert hit == (t2 == topic), (topic, t2, p)


_check_phrases()


def pick(opts, w):
    r = rng.random() * sum(w)
    acc = 0.0
    for o, x in zip(opts, w):
        acc += x
        if r < acc:
            return o
    return opts[-1]


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def within(t, span):
    return span[0] <= t < span[1]


def workhour(d: datetime, lo=8.5, hi=18.0) -> datetime:
    return datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(lo, hi)))


def day_weights():
    w = np.ones(NDAYS)
    for i in range(NDAYS):
        d = START + D(days=i)
        w[i] = SEASON[d.month]
        if any(within(d, c) for c in CNY):
            w[i] *= 0.2
        if d.weekday() == 6:
            w[i] *= 0.25
        elif d.weekday() == 5:
            w[i] *= 0.5
    return w


DAYW = day_weights()


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n = dict(ev=0, ord=0, fb=0, jb=0, qt=0, inv=0, rt=0)
        self.cust = []

    def nid(self, k, prefix, width):
        self.n[k] += 1
        return f"{prefix}{self.n[k]:0{width}d}"

    # ---------- rows ----------
    def ev(self, c, t, tp, action, sid=None, chan=None, device=None, **kw):
        if t > END:
            return False
        row = dict(event_id=self.nid("ev", "EV", 7), customer_id=c["id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=device, channel=chan)
        row.update(kw)
        self.events.append(row)
        return True

    def fb(self, c, t, topics, channel, rating=None, nps=None, gen=None, undated=False, no_customer=False, job=None,
           tp=None, source=None):
        if t > END:
            return
        fid = self.nid("fb", "FB", 5)
        lang = c["lang"]
        li = 1 if lang == "en" else 0
        job = job or {}
        br = job.get("branch", c["branch"])
        fmt = dict(d=int(rng.integers(2, 6)), branch=BRANCHES[br][0], branch_en=BRANCHES[br][1],
                   analyst=job.get("analyst", "检测员"), analyst_en=AN_EN.get(job.get("analyst"), "the analyst"))
        parts = [str(rng.choice((ZH, EN)[li][k])).format(**fmt) for k in topics]
        if gen is None:
            gen = "neg" if set(topics) & NEG_TOPICS else ("pos" if set(topics) & POS_TOPICS else "neu")
        if not topics or rng.random() < 0.25:
            parts.append(str(rng.choice((ZH, EN)[li]["general"])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((x for k, x in TOPIC_TP if k in topics), None)
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or (nps is not None and nps <= 6)
        senti = "negative" if neg else ("positive" if set(topics) & POS_TOPICS or (rating or 0) >= 4
                                        or (nps or 0) >= 9 else "neutral")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["id"], touchpoint_id=tp, channel=channel, rating=rating,
                   nps=nps, language=lang, customer_type=c["type"], 客户类型=CTYPES[c["type"]][0],
                   branch=BRANCHES[br][1], 实验室=BRANCHES[br][0], session_id=job.get("id"),
                   test_type=job.get("test"), 检测项目=TESTS[job["test"]][0] if job.get("test") else None,
                   analyst=job.get("analyst") if channel in ("appeal", "complaint") else None,
                   analyst_en=AN_EN.get(job.get("analyst")) if channel in ("appeal", "complaint") else None,
                   source=source)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def new_client(self, t0, ctype, acq, existing):
        region = pick(list(REGIONS), [v[2] for v in REGIONS.values()])
        br = REGIONS[region][1]
        lang = "en" if ((ctype == "food_factory" and rng.random() < 0.14)
                        or (ctype == "supermarket" and rng.random() < 0.12)) else "zh"
        a, b = NAMES[ctype]
        x, y = a[int(rng.integers(len(a)))], b[int(rng.integers(len(b)))]
        c = dict(id=f"C{len(self.cust) + 1:04d}", type=ctype, acq=acq, region=region, branch=br, lang=lang,
                 name=f"{x[0]}{y[0]}", name_en=f"{x[1]} {y[1]}", signup=t0, contract=None, existing=existing,
                 rate=float(rng.lognormal(np.log(CTYPES[ctype][3]), 0.5)), nonpayer=False, stop=None,
                 jobs=[], billed=[])
        if ctype == "restaurant" and rng.random() < 0.04:
            c["nonpayer"] = True
        self.cust.append(c)
        return c

    def clients(self):
        for _ in range(240):                                   # accounts signed before the extract
            ctype = pick(list(CTYPES), [v[1] for v in CTYPES.values()])
            acq = pick(list(ACQ), [v[1] for v in ACQ.values()])
            t0 = datetime(2021, 3, 1) + D(days=float(rng.uniform(0, 1360)))
            c = self.new_client(workhour(t0), ctype, acq, True)
            c["contract"] = c["signup"] + D(days=float(rng.uniform(3, 25)))
        # leads during the extract: growing, dip at Spring Festival, expo spike in November 2025
        w = np.array([(0.7 + 0.6 * i / NDAYS) * DAYW[i] for i in range(NDAYS)])
        idx = np.sort(rng.choice(NDAYS, size=690, p=w / w.sum()))
        starts = [(START + D(days=int(i)), None) for i in idx]
        starts += [(EXPO + D(days=float(rng.uniform(0, 3))), "trade_show") for _ in range(45)]
        starts.sort(key=lambda s: s[0])
        for d, acq in starts:
            ctype = pick(list(CTYPES), [v[2] for v in CTYPES.values()])
            if acq is None:
                acq = pick(list(ACQ), [v[1] for v in ACQ.values()] if ctype == "restaurant" else
                           [v[1] if k != "regulator_referral" else 0.04 for k, v in ACQ.items()])
            c = self.new_client(workhour(d, 8, 21), ctype, acq, False)
            self.lead(c)

    def lead(self, c):
        t = c["signup"]
        qid = self.nid("qt", "QT", 5)
        ch = {"online_search": "web", "trade_show": "event", "sales_visit": "sales_rep", "referral": "phone",
              "regulator_referral": "phone"}[c["acq"]]
        dev = None
        if ch == "web":
            ch = pick(["web", "mini_program"], [0.6, 0.4])
            dev = "pc" if ch == "web" else pick(["ios", "android"], [0.45, 0.55])
        self.ev(c, t, "tp_quote_request", "submit", qid, ch, dev, lead_channel=c["acq"], 获客渠道=ACQ[c["acq"]][0],
                customer_type=c["type"], 客户类型=CTYPES[c["type"]][0])
        if rng.random() > 0.91:
            return
        t += D(hours=float(rng.uniform(2, 72)))
        est = {"restaurant": 4000, "catering_chain": 30000, "food_factory": 45000, "supermarket": 60000}[c["type"]]
        self.ev(c, t, "tp_quote_sent", "sent", qid, "email", quote_amount=round(est * float(rng.uniform(0.6, 1.6)), -2),
                customer_type=c["type"], 客户类型=CTYPES[c["type"]][0])
        base = {"restaurant": 0.50, "catering_chain": 0.56, "food_factory": 0.62, "supermarket": 0.50}[c["type"]]
        p = base * ACQ[c["acq"]][2]
        if c["type"] == "restaurant" and t >= MICRO_PRICE_UP:
            p *= 0.5
        if rng.random() < min(p, 0.95):
            tc = t + D(days=float(rng.lognormal(np.log(6), 0.6)))
            if tc > t + D(days=26):
                tc = t + D(days=float(rng.uniform(15, 26)))
            if self.ev(c, tc, "tp_contract", "signed", qid, "other", customer_type=c["type"],
                       客户类型=CTYPES[c["type"]][0]):
                c["contract"] = tc
            return
        # lost quote: the sales rep notes why
        if c["type"] == "restaurant" and t >= MICRO_PRICE_UP:
            why = pick(["price", "other_lab", "no_need", "slow_tat"], [0.70, 0.12, 0.12, 0.06])
        else:
            why = pick(["price", "other_lab", "no_need", "slow_tat"], [0.28, 0.30, 0.27, 0.15])
        if rng.random() < 0.85:
            self.fb(c, workhour(t + D(days=float(rng.uniform(5, 25)))), [why], "sales_note", gen="neg")

    # ---------- jobs ----------
    def job_days(self, c):
        t0 = c["contract"] + D(days=2) if c["contract"] > START else START
        if t0 > END:
            return []
        i0 = (t0.date() - START.date()).days
        if rng.random() < 0.12:
            c["stop"] = t0 + D(days=float(rng.uniform(30, 500)))
        i1 = NDAYS if c["stop"] is None else min(NDAYS, (c["stop"].date() - START.date()).days)
        if i1 <= i0:
            return []
        w = DAYW[i0:i1].copy()
        days = np.array([START + D(days=i) for i in range(i0, i1)])
        if c["type"] == "food_factory":            # mooncake season: more jobs for factories in Aug - mid Sep
            w *= np.array([1.8 if (d.month == 8 or (d.month == 9 and d.day <= 20)) else 1.0 for d in days])
        lam = c["rate"] * 12 / 365 * w / DAYW.mean()
        k = rng.poisson(lam)
        out = []
        for d, n in zip(days, k):
            out += [d] * int(n)
        return out

    def test_choice(self, c, d):
        ct = c["type"]
        moon = ct == "food_factory" and (d.month == 8 or (d.month == 9 and d.day <= 20)) and rng.random() < 0.55
        if moon:
            return pick(["additives", "microbiology"], [0.5, 0.5]), "bakery"
        test = pick(list(TESTS), {"restaurant": [0.75, 0.15, 0.0, 0.10], "catering_chain": [0.55, 0.20, 0.10, 0.15],
                                  "food_factory": [0.40, 0.10, 0.15, 0.35],
                                  "supermarket": [0.20, 0.40, 0.30, 0.10]}[ct])
        if test == "microbiology":
            if ct in ("restaurant", "catering_chain"):
                m = pick(["cooked_food", "tableware", "meat", "seafood", "dairy", "beverages"],
                         [0.45, 0.30, 0.10, 0.05, 0.05, 0.05])
            elif ct == "food_factory":
                m = pick(["bakery", "dairy", "beverages", "meat", "condiments"], [0.3, 0.2, 0.2, 0.15, 0.15])
            else:
                m = pick(["cooked_food", "meat", "seafood", "dairy", "bakery"], [0.3, 0.25, 0.2, 0.15, 0.1])
        elif test == "pesticide_residue":
            m = pick(["vegetables", "fruit", "grains"], [0.8, 0.2, 0.0] if ct == "restaurant" else [0.6, 0.3, 0.1])
        elif test == "heavy_metals":
            m = pick(["grains", "seafood", "vegetables", "condiments"], [0.42, 0.30, 0.18, 0.10])
        else:
            m = pick(["bakery", "beverages", "condiments", "meat", "cooked_food"], [0.3, 0.25, 0.2, 0.15, 0.1])
        return test, m

    def delivery(self, c):
        local = REGIONS[c["region"]][3]
        if not local:
            return pick(["courier", "drop_off"], [0.77, 0.23])
        return pick(["pickup", "drop_off", "courier"], {"restaurant": [0.30, 0.35, 0.35],
                                                        "catering_chain": [0.45, 0.15, 0.40],
                                                        "food_factory": [0.30, 0.20, 0.50],
                                                        "supermarket": [0.60, 0.10, 0.30]}[c["type"]])

    def run_jobs(self, c):
        for d in self.job_days(c):
            t = workhour(d, 8, 20)
            test, matrix = self.test_choice(c, d)
            prog = (d - START).days / NDAYS
            pexp = {"restaurant": 0.07, "catering_chain": 0.14, "food_factory": 0.22, "supermarket": 0.16}[c["type"]]
            pexp *= 0.8 + 1.1 * prog
            if matrix == "bakery" and c["type"] == "food_factory" and d.month in (8, 9):
                pexp *= 1.5
            tier = "express" if rng.random() < pexp else "standard"
            n = pick([1, 2], [0.7, 0.3]) if c["type"] == "restaurant" else pick([1, 2, 3, 4, 5],
                                                                                  [0.35, 0.25, 0.18, 0.12, 0.10])
            self.job(c, t, test, matrix, tier, n, self.delivery(c), None)

    def job(self, c, t, test, matrix, tier, n, mode, resub_of):
        jid = self.nid("jb", "JB", 6)
        br = c["branch"]
        zh, price, due_s, due_e, tat_s, tat_e, method = TESTS[test]
        if test == "microbiology" and t >= MICRO_PRICE_UP:
            price = 450
        disc = 0.9 if c["type"] in ("supermarket", "catering_chain") else 1.0
        base = round(price * n * disc, 2)
        exp_fee = round(base * 0.6, 2) if tier == "express" else 0.0
        chan = pick(["mini_program", "web", "phone", "sales_rep"], [0.45, 0.25, 0.20, 0.10])
        dev = pick(["ios", "android"], [0.45, 0.55]) if chan == "mini_program" else ("pc" if chan == "web" else None)
        common = dict(test_type=test, 检测项目=zh, matrix=matrix, 样品类型=MATRIX[matrix], tier=tier, 时效=TIER[tier],
                      sample_count=n, branch=BRANCHES[br][1], 实验室=BRANCHES[br][0])
        job = dict(id=jid, test=test, branch=br, analyst=None)
        self.ev(c, t, "tp_sample_booking", "book", jid, chan, dev, delivery_mode=mode, 送样方式=DELIVERY[mode],
                resubmit_of=resub_of, **common)
        order = dict(order_id=self.nid("ord", "OR", 6), customer_id=c["id"], ts=ts(t), amount=round(base + exp_fee, 2),
                     status="unpaid", channel=chan, device=dev, order_type="test", 订单类型="检测费", job_id=jid,
                     test_type=test, 检测项目=zh, tier=tier, 时效=TIER[tier], sample_count=n, unit_price=price,
                     express_fee=exp_fee, branch=BRANCHES[br][1], 实验室=BRANCHES[br][0], customer_type=c["type"],
                     客户类型=CTYPES[c["type"]][0], currency="CNY")
        if t <= END:
            self.orders.append(order)
        c["jobs"].append(t)
        # ---- intake
        lag = {"pickup": (3, 28), "drop_off": (1, 48), "courier": (20, 62)}[mode]
        tr = t + D(hours=float(rng.uniform(*lag)))
        if mode == "courier" and tr.month in (6, 7, 8, 9):
            prej = 0.19
        else:
            prej = {"pickup": 0.012, "drop_off": 0.03, "courier": 0.035}[mode]
        if rng.random() < prej:
            if mode == "courier" and tr.month in (6, 7, 8, 9):
                why = pick(list(REJECT), [0.85, 0.05, 0.07, 0.03])
            else:
                why = pick(list(REJECT), [0.20, 0.40, 0.20, 0.20])
            if not self.ev(c, tr, "tp_sample_received", "rejected", jid, "lab", reject_reason=why,
                           拒收原因=REJECT[why], delivery_mode=mode, 送样方式=DELIVERY[mode], **common):
                return
            order.update(status="cancelled", cancelled_at=ts(tr))
            if rng.random() < 0.3:
                self.fb(c, tr + D(hours=float(rng.uniform(2, 30))), ["rejected"], "csat_survey",
                        rating=float(pick([1, 2, 3], [0.45, 0.4, 0.15])), job=job)
            elif rng.random() < 0.3:
                self.fb(c, tr + D(hours=float(rng.uniform(1, 10))), ["rejected"], "complaint", job=job)
            elif rng.random() < 0.1:
                self.fb(c, tr + D(hours=float(rng.uniform(1, 48))), ["rejected"], "wechat", job=job,
                        undated=rng.random() < 0.3)
            if rng.random() < 0.6:
                t2 = workhour(tr + D(days=float(rng.uniform(1, 4))), 8, 19)
                m2 = "pickup" if (mode == "courier" and REGIONS[c["region"]][3] and rng.random() < 0.5) else mode
                self.job(c, t2, test, matrix, tier, n, m2, jid)
            return
        if not self.ev(c, tr, "tp_sample_received", "accepted", jid, "lab", delivery_mode=mode,
                       送样方式=DELIVERY[mode], **common):
            return
        if mode == "pickup" and rng.random() < 0.02:
            self.fb(c, tr + D(hours=float(rng.uniform(1, 30))), ["pickup"], pick(["complaint", "wechat"], [0.5, 0.5]),
                    job=job)
        # ---- testing
        cands = [a for a in ANALYSTS[br] if test in a[2]]
        if br == "HZ" and test == "pesticide_residue":
            an = cands[0] if rng.random() < 0.55 else cands[1]
        else:
            an = cands[int(rng.integers(len(cands)))]
        job["analyst"] = an[0]
        ts_ = tr + D(hours=float(rng.uniform(0.5, 4) if tier == "express" else rng.uniform(2, 20)))
        common.update(analyst=an[0], analyst_en=an[1])
        if not self.ev(c, ts_, "tp_testing", "start", jid, "lab", method=method, 检测方法=METHOD_ZH[method], **common):
            return
        # ---- report
        med = tat_e if tier == "express" else tat_s
        slow = br == "SZ" and test == "microbiology" and within(tr, INCUBATOR)
        if slow:
            med *= 1.65
        tat = float(rng.lognormal(np.log(med), 0.2 if test == "microbiology" else 0.25))
        trep = max(tr + D(days=tat), ts_ + D(hours=3))
        due = tr + D(days=due_e if tier == "express" else due_s)
        on_time = trep <= due
        # result
        pf = {"microbiology": {"cooked_food": 0.10, "tableware": 0.08}.get(matrix, 0.05),
              "pesticide_residue": {"vegetables": 0.16 if trep.month in (6, 7, 8) else 0.065, "fruit": 0.04,
                                    "grains": 0.02}[matrix] if test == "pesticide_residue" else 0,
              "heavy_metals": {"grains": 0.11, "seafood": 0.05}.get(matrix, 0.02),
              "additives": 0.04}[test]
        false_fail = False
        fail = rng.random() < pf
        if not fail:
            pfalse = 0.12 if an[0] == ZHAO else 0.004
            if rng.random() < pfalse:
                fail, false_fail = True, True
        item = None
        if fail:
            if test == "microbiology":
                item = pick(["total_plate_count", "coliforms", "salmonella", "staph_aureus"], [0.5, 0.33, 0.05, 0.12])
            elif test == "pesticide_residue":
                item = pick(["chlorpyrifos", "procymidone", "carbofuran", "omethoate", "carbendazim"],
                            [0.3, 0.25, 0.12, 0.2, 0.13] if matrix != "fruit" else [0.1, 0.2, 0.05, 0.05, 0.6])
            elif test == "heavy_metals":
                item = pick(["cadmium", "lead", "mercury"], {"grains": [0.85, 0.15, 0.0], "seafood": [0.3, 0.2, 0.5]}
                            .get(matrix, [0.2, 0.8, 0.0]))
            else:
                item = pick(["benzoic_acid", "sorbic_acid", "saccharin"], [0.4, 0.3, 0.3])
        res = "fail" if fail else "pass"
        if not self.ev(c, trep, "tp_report", res, jid, "web", result=res, 检测结论="不合格" if fail else "合格",
                       fail_item=item, 超标项目=FAIL_ITEMS.get(item), due_at=ts(due), on_time=on_time,
                       turnaround_days=round((trep - tr).total_seconds() / 86400, 2), **common):
            return
        # ---- surveys / complaints about the report
        in_portal = within(trep, PORTAL)
        appealed = fail and rng.random() < (0.65 if false_fail else 0.2)
        if rng.random() < 0.25 and not appealed:
            score = 4.35 - (1.5 if not on_time else 0) - (0.3 if fail else 0) - (1.1 if in_portal else 0) \
                + (0.3 if tier == "express" and on_time else 0)
            stars = int(np.clip(round(score + rng.normal(0, 0.8)), 1, 5))
            topics = []
            if not on_time and rng.random() < 0.75:
                topics.append("late_report")
            if in_portal and rng.random() < 0.55:
                topics.append("portal")
            if rng.random() < 0.02:
                topics.append("report_error")
            if not topics and stars >= 4:
                if on_time and tier == "express" and rng.random() < 0.5:
                    topics.append("fast")
                elif rng.random() < 0.3:
                    topics.append("professional")
                elif on_time and rng.random() < 0.12:
                    topics.append("fast")
            tp = "tp_report" if not topics else None
            self.fb(c, trep + D(hours=float(rng.uniform(3, 72))), topics, "csat_survey", rating=float(stars),
                    job=job, tp=tp)
        if not on_time and rng.random() < 0.18:
            self.fb(c, trep - D(hours=float(rng.uniform(2, 30))), ["late_report"], "complaint", job=job)
        if in_portal and rng.random() < 0.09:
            self.fb(c, trep + D(hours=float(rng.uniform(1, 48))), ["portal"], pick(["complaint", "wechat"], [0.6, 0.4]),
                    job=job)
        if rng.random() < 0.035:
            topics = ["late_report"] if not on_time else [pick(["fast", "professional", "report_error"],
                                                               [0.45, 0.4, 0.15])]
            self.fb(c, trep + D(hours=float(rng.uniform(1, 72))), topics, "wechat", job=job,
                    undated=rng.random() < 0.3)
        # ---- appeal
        if appealed:
            tq = trep + D(days=float(rng.uniform(0.5, 5)))
            fee = round(base * 0.5, 2)
            if self.ev(c, tq, "tp_retest_request", "submit", jid, pick(["phone", "web"], [0.6, 0.4]),
                       retest_fee=fee, original_result="fail", fail_item=item, 超标项目=FAIL_ITEMS.get(item), **common):
                self.fb(c, tq + D(minutes=float(rng.uniform(1, 30))), ["dispute"], "appeal", job=job)
                ro = dict(order_id=self.nid("ord", "OR", 6), customer_id=c["id"], ts=ts(tq), amount=fee,
                          status="paid", channel="phone", device=None, order_type="retest", 订单类型="复检费",
                          job_id=jid, test_type=test, 检测项目=zh, tier=tier, 时效=TIER[tier], sample_count=n,
                          unit_price=None, express_fee=0.0, branch=BRANCHES[br][1], 实验室=BRANCHES[br][0],
                          customer_type=c["type"], 客户类型=CTYPES[c["type"]][0], paid_at=ts(tq), currency="CNY")
                self.orders.append(ro)
                over = rng.random() < (0.9 if false_fail else 0.06)
                tro = tq + D(days=float(rng.lognormal(np.log(5), 0.3)))
                if self.ev(c, tro, "tp_retest_report", "overturned" if over else "upheld", jid, "web",
                           retest_outcome="overturned" if over else "upheld",
                           复检结论="推翻原结论" if over else "维持原结论", **common):
                    if over:
                        ro.update(status="refunded", refunded_at=ts(tro))
                    if rng.random() < (0.35 if not over else 0.5):
                        self.fb(c, tro + D(hours=float(rng.uniform(2, 72))), [] if over else ["dispute"],
                                "csat_survey", rating=float(pick([1, 2, 3], [0.4, 0.4, 0.2]) if not over
                                                            else pick([1, 2, 3, 4], [0.2, 0.35, 0.3, 0.15])),
                                job=job, tp="tp_retest_report")
                    elif not over and rng.random() < 0.25:
                        self.fb(c, tro + D(hours=float(rng.uniform(2, 72))), ["dispute"], "complaint", job=job,
                                tp="tp_retest_report")
        # ---- invoice and payment
        tinv = trep + D(hours=float(rng.uniform(1, 36)))
        inv = self.nid("inv", "INV", 6)
        if not self.ev(c, tinv, "tp_invoice", "issued", jid, "email", invoice_no=inv, amount=order["amount"],
                       customer_type=c["type"], 客户类型=CTYPES[c["type"]][0], branch=BRANCHES[br][1],
                       实验室=BRANCHES[br][0], test_type=test, 检测项目=zh):
            return
        order.update(invoiced_at=ts(tinv), invoice_no=inv)
        c["billed"].append((tinv, order["amount"]))
        if rng.random() < 0.012:
            self.fb(c, tinv + D(days=float(rng.uniform(1, 20))), ["invoice"], pick(["complaint", "wechat"], [0.5, 0.5]),
                    job=job)
        if c["nonpayer"] and tinv > c["signup"] + D(days=120):
            return
        lagmed = CTYPES[c["type"]][4]
        tpay = tinv + D(days=float(rng.lognormal(np.log(lagmed), 0.6 if c["type"] == "restaurant" else 0.35)))
        meth = pick(["wechat_pay", "alipay", "bank_transfer"], [0.6, 0.25, 0.15]) if c["type"] == "restaurant" \
            else "bank_transfer"
        if self.ev(c, tpay, "tp_payment", "paid", jid, meth, invoice_no=inv, amount=order["amount"],
                   payment_method=meth, 付款方式=PAYMETH[meth], customer_type=c["type"],
                   客户类型=CTYPES[c["type"]][0], branch=BRANCHES[br][1], 实验室=BRANCHES[br][0]):
            order.update(status="paid", paid_at=ts(tpay), payment_method=meth, 付款方式=PAYMETH[meth])

    # ---------- NPS ----------
    def surveys(self):
        for wave in NPS_WAVES:
            for c in self.cust:
                if not c["jobs"] or not any(wave - D(days=180) <= j < wave for j in c["jobs"]):
                    continue
                if rng.random() > 0.45:
                    continue
                mu = {"restaurant": 8.1, "catering_chain": 7.6, "food_factory": 7.9, "supermarket": 6.3}[c["type"]]
                if c["branch"] == "SZ" and wave == NPS_WAVES[1]:
                    mu -= 1.6
                score = int(np.clip(round(rng.normal(mu, 1.6)), 0, 10))
                topics = []
                if rng.random() < 0.35:
                    if score <= 6:
                        topics = [pick(["late_report", "price", "invoice", "rejected"], [0.4, 0.3, 0.15, 0.15])]
                    elif score >= 9:
                        topics = [pick(["professional", "fast"], [0.6, 0.4])]
                self.fb(c, wave + D(days=float(rng.uniform(0, 10)), hours=float(rng.uniform(8, 20))), topics,
                        "nps_survey", nps=score, source="online_survey")
        # paper NPS forms collected at our booth at the November 2025 expo (no date written on them)
        pool = [c for c in self.cust if c["contract"] is not None and c["contract"] < EXPO]
        for _ in range(36):
            c = pool[int(rng.integers(len(pool)))]
            score = int(np.clip(round(rng.normal(7.6, 1.8)), 0, 10))
            self.fb(c, EXPO, [], "nps_survey", nps=score, undated=True, no_customer=rng.random() < 0.35,
                    source="expo_paper_form")

    def run(self):
        self.clients()
        for c in self.cust:
            if c["contract"] is not None:
                self.run_jobs(c)
        self.surveys()

    def customer_rows(self):
        rows = []
        last12 = END - D(days=365)
        for c in self.cust:
            jobs = [j for j in c["jobs"] if j <= END]
            last = max(jobs) if jobs else None
            if c["contract"] is None or c["contract"] > END:
                seg = "prospect"
            elif c["contract"] >= END - D(days=90):
                seg = "new"
            elif last is None or last < END - D(days=180):
                seg = "dormant"
            elif last < END - D(days=60) or c["nonpayer"]:
                seg = "at_risk"
            else:
                seg = "active"
            billed = sum(a for t, a in c["billed"] if t >= last12)
            tier = None if seg == "prospect" else ("key" if billed >= 30000 else ("regular" if billed >= 5000 else
                                                                                "small"))
            rep = KEY_REP if c["type"] in ("supermarket", "catering_chain") else REPS[c["branch"]]
            rows.append(dict(customer_id=c["id"], client_name=c["name"], client_name_en=c["name_en"],
                             signup_at=ts(c["signup"]), contract_at=ts(c["contract"]) if c["contract"] and
                             c["contract"] <= END else None, segment=seg, tier=tier,
                             客户等级={"key": "重点客户", "regular": "普通客户", "small": "小客户"}.get(tier),
                             customer_type=c["type"], 客户类型=CTYPES[c["type"]][0], region=c["region"],
                             区域=REGIONS[c["region"]][0], acquisition_channel=c["acq"], 获客渠道=ACQ[c["acq"]][0],
                             home_branch=BRANCHES[c["branch"]][1], 所属实验室=BRANCHES[c["branch"]][0],
                             sales_rep=rep[0], sales_rep_en=rep[1], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "lead_channel", "获客渠道", "customer_type", "客户类型", "quote_amount", "test_type", "检测项目", "matrix",
           "样品类型", "tier", "时效", "sample_count", "branch", "实验室", "delivery_mode", "送样方式", "resubmit_of",
           "reject_reason", "拒收原因", "analyst", "analyst_en", "method", "检测方法", "result", "检测结论", "fail_item",
           "超标项目", "due_at", "on_time", "turnaround_days", "retest_fee", "original_result", "retest_outcome",
           "复检结论", "invoice_no", "amount", "payment_method", "付款方式"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型", "job_id",
            "test_type", "检测项目", "tier", "时效", "sample_count", "unit_price", "express_fee", "branch", "实验室",
            "customer_type", "客户类型", "invoice_no", "invoiced_at", "paid_at", "payment_method", "付款方式",
            "cancelled_at", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "customer_type", "客户类型", "branch", "实验室", "session_id", "test_type", "检测项目", "analyst", "analyst_en",
           "source"]
CUST_COLS = ["customer_id", "client_name", "client_name_en", "signup_at", "contract_at", "segment", "tier", "客户等级",
             "customer_type", "客户类型", "region", "区域", "acquisition_channel", "获客渠道", "home_branch", "所属实验室",
             "sales_rep", "sales_rep_en", "preferred_language"]


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
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup = rng.choice(len(ev), size=18, replace=False)           # the LIMS re-syncs a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, events {len(ev)}, jobs {g.n['jb']}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
