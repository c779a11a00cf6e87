"""丰禾种业 FengHe Seeds: a seed company selling through county dealers and a farmer app (synthetic, written blind).

County dealers (县级经销商) apply to join (入驻申请), are vetted (资质审核) and sign a dealer agreement (签署经销协议).
Before each sowing season they place pre-season orders (预订单, plus in-season top-ups 补货单) in the dealer portal;
every order goes through credit approval (授信审批: approved / partial / rejected -> cash up front or cancelled) and is
shipped to the dealer's shop by a contracted carrier (发货到店). Farmers buy at the dealer's counter (the dealer scans
the bag), scan the bag's QR code in our WeChat mini program, or order in the FengHe app and pick up at the dealer.
A registered bag carries our emergence guarantee (出苗保障): agronomists check emergence on a sample of fields
(出苗回访), farmers file claims about poor emergence, pests or off-type plants (理赔申请), a joint field assessment
(田间鉴定) rules on them, accepted claims are compensated (赔付: replant seed 补种 or cash) and in autumn farmers can
book next season's seed early with a deposit (早鸟预订). A 400 hotline takes calls from farmers and dealers.

Seasons: north-east (黑龙江, 吉林, 辽宁) spring sowing (春播: corn, soybean, rice); North China Plain (河北, 山东, 河南)
winter wheat (秋播) and summer corn (夏播). Data 2024-07-01 .. 2026-06-30, naive Beijing time.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (the generator's topic per comment; not a DATA.md table).
Deterministic (seed 20260711), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260711
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 6, 30, 23, 59, 59)
PRE = datetime(2020, 3, 1)
CARRIER_SWITCH = datetime(2026, 3, 1)   # north-east routes handed to 顺达物流, who could not cope in March 2026
N_FARMERS = 8600

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_field_day", "田间观摩会", "Field day at demo plot", "awareness", "other", "physical", "marketing",
     "观摩会|示范田|现场会|看田|field day|demo plot|demo field|open day"),
    ("tp_dealer_apply", "经销商入驻申请", "Dealer application", "consideration", "web", "digital", "channel_sales",
     "入驻|加盟|申请经销|经销申请|dealer signup|dealer application|become a dealer"),
    ("tp_dealer_review", "经销商资质审核", "Dealer vetting", "consideration", "other", "digital", "channel_sales",
     "资质审核|经销商审核|审核|dealer vetting|dealer approval|vetting|due diligence"),
    ("tp_dealer_contract", "签署经销协议", "Dealer agreement signed", "purchase", "other", "physical", "channel_sales",
     "签约|经销协议|授权|授权书|dealer agreement|dealer contract|authorised dealer|onboarded"),
    ("tp_preseason_order", "经销商订货", "Dealer pre-season order", "purchase", "web", "digital", "sales",
     "预订单|订货|订货会|补货|补货单|进货|pre-season order|preseason order|dealer order|stocking order|top-up order"),
    ("tp_credit_review", "授信审批", "Credit approval", "purchase", "other", "digital", "finance",
     "授信|赊销|信用额度|额度|额度审批|credit approval|credit line|credit limit|credit check"),
    ("tp_delivery", "发货到店", "Delivery to dealer", "service", "other", "physical", "logistics",
     "发货|到货|物流|送货|配送|到店|delivery|shipment|shipping|logistics|carrier"),
    ("tp_app_register", "农户APP注册", "Farmer app sign-up", "awareness", "app", "digital", "digital",
     "注册|下载APP|APP注册|开户|app signup|app registration|sign up|sign-up"),
    ("tp_variety_view", "品种选购页", "Variety page", "consideration", "app", "digital", "digital",
     "选种|品种介绍|看品种|品种详情|品种页|variety page|seed catalogue|browse varieties|product page"),
    ("tp_farmer_purchase", "农户购种", "Farmer seed purchase", "purchase", "store", "physical", "sales",
     "购种|买种子|买种|扫码登记|零售|下单|seed purchase|buy seed|bought seed|scan registration|retail sale"),
    ("tp_germination_visit", "出苗回访", "Germination check visit", "service", "other", "physical", "agronomy",
     "出苗回访|苗情回访|农技回访|查苗|回访|germination check|emergence check|stand count|field visit"),
    ("tp_claim", "理赔申请", "Claim filed", "service", "phone", "digital", "customer_service",
     "理赔|索赔|报案|投诉|出苗投诉|claim|claims|complaint|compensation request"),
    ("tp_field_assessment", "田间鉴定", "Field assessment", "service", "other", "physical", "quality",
     "鉴定|田间鉴定|现场鉴定|定损|勘查|field assessment|loss assessment|inspection|assessor"),
    ("tp_compensation", "赔付", "Compensation paid", "service", "other", "digital", "customer_service",
     "赔付|赔偿|补偿|补种|赔款|compensation|payout|replant seed|settlement"),
    ("tp_reorder", "下季早鸟预订", "Next-season early-bird booking", "loyalty", "app", "digital", "sales",
     "复购|预订|早鸟|早鸟预订|下季预订|定金|订金|reorder|repeat order|early bird|early-bird|pre-booking|rebooking"),
    ("tp_hotline", "400客服热线", "400 hotline", "service", "phone", "digital", "customer_service",
     "热线|客服电话|400电话|客服|hotline|call center|call centre|customer service"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("dealer_onboarding", "经销商入驻", "Dealer onboarding",
     ["tp_dealer_apply", "tp_dealer_review", "tp_dealer_contract"], 45),
    ("dealer_order", "经销商订货到货", "Dealer order to delivery",
     ["tp_preseason_order", "tp_credit_review", "tp_delivery"], 120),
    ("farmer_app_purchase", "APP注册到购种", "App sign-up to seed purchase",
     ["tp_app_register", "tp_variety_view", "tp_farmer_purchase"], 60),
    ("claim_handling", "理赔处理", "Claim handling", ["tp_claim", "tp_field_assessment", "tp_compensation"], 45),
]
PROV = {  # id: zh, en, weight, zone, spring crop mix (north-east) , counties [(zh, en)]
    "heilongjiang": ("黑龙江", "Heilongjiang", 0.21, "ne", {"corn": 0.5, "soybean": 0.3, "rice": 0.2},
                     [("五常市", "Wuchang"), ("海伦市", "Hailun"), ("富锦市", "Fujin"), ("讷河市", "Nehe")]),
    "jilin": ("吉林", "Jilin", 0.2, "ne", {"corn": 0.85, "rice": 0.15},
              [("榆树市", "Yushu"), ("公主岭市", "Gongzhuling"), ("梨树县", "Lishu"), ("农安县", "Nong'an")]),
    "liaoning": ("辽宁", "Liaoning", 0.11, "ne", {"corn": 0.8, "rice": 0.2},
                 [("昌图县", "Changtu"), ("新民市", "Xinmin"), ("铁岭县", "Tieling")]),
    "hebei": ("河北", "Hebei", 0.13, "ncp", None, [("定州市", "Dingzhou"), ("宁晋县", "Ningjin"), ("藁城区", "Gaocheng")]),
    "shandong": ("山东", "Shandong", 0.16, "ncp", None,
                 [("齐河县", "Qihe"), ("禹城市", "Yucheng"), ("莘县", "Shenxian"), ("平度市", "Pingdu")]),
    "henan": ("河南", "Henan", 0.19, "ncp", None,
              [("滑县", "Huaxian"), ("永城市", "Yongcheng"), ("邓州市", "Dengzhou"), ("西平县", "Xiping")]),
}
CROPS = {"corn": "玉米", "soybean": "大豆", "rice": "水稻", "wheat": "小麦"}
VARIETIES = {  # id: zh, crop, retail CNY / bag, mu per bag, processing plant
    "FH518": ("丰禾518", "corn", 68, 1.0, "zhangye"), "FH336": ("丰禾336", "corn", 60, 1.0, "gongzhuling"),
    "HY77": ("禾玉77", "corn", 52, 1.0, "zhangye"), "FD12": ("丰豆12", "soybean", 92, 3.0, "gongzhuling"),
    "FR8": ("丰稻8号", "rice", 55, 2.0, "gongzhuling"), "FM20": ("丰麦20", "wheat", 98, 1.6, "xinxiang"),
    "FM26": ("丰麦26", "wheat", 108, 1.6, "xinxiang"),
}
PLANTS = {"zhangye": "张掖加工厂", "gongzhuling": "公主岭加工厂", "xinxiang": "新乡加工厂"}
SEASONS = {  # code: zh, en, zone, kind, dealer order window, delivery window, purchase window, early-bird window
    "2024A": ("2024秋播", "2024 autumn", "ncp", "wheat", ("2024-06-20", "2024-08-15"), ("2024-08-10", "2024-09-12"),
              ("2024-09-08", "2024-10-20"), ("2024-06-01", "2024-07-31")),
    "2025S": ("2025春播", "2025 spring", "ne", "spring", ("2024-11-01", "2025-02-10"), ("2025-01-08", "2025-03-22"),
              ("2025-03-08", "2025-05-10"), ("2024-10-15", "2024-12-31")),
    "2025U": ("2025夏播", "2025 summer", "ncp", "summer", ("2025-02-15", "2025-04-08"), ("2025-04-10", "2025-05-16"),
              ("2025-05-15", "2025-06-20"), None),
    "2025A": ("2025秋播", "2025 autumn", "ncp", "wheat", ("2025-06-05", "2025-08-15"), ("2025-08-10", "2025-09-12"),
              ("2025-09-08", "2025-10-20"), ("2025-06-01", "2025-07-31")),
    "2026S": ("2026春播", "2026 spring", "ne", "spring", ("2025-11-01", "2026-02-10"), ("2026-01-08", "2026-03-22"),
              ("2026-03-08", "2026-05-10"), ("2025-10-15", "2025-12-31")),
    "2026U": ("2026夏播", "2026 summer", "ncp", "summer", ("2026-02-15", "2026-04-08"), ("2026-04-10", "2026-05-16"),
              ("2026-05-15", "2026-06-20"), None),
    "2026A": ("2026秋播", "2026 autumn", "ncp", "wheat", ("2026-06-05", "2026-08-15"), ("2026-08-10", "2026-09-12"),
              ("2026-09-08", "2026-10-20"), ("2026-06-01", "2026-07-31")),
}
ZONE_SEASONS = {"ne": ["2025S", "2026S"], "ncp": ["2024A", "2025U", "2025A", "2026U"]}
FTYPES = {"smallholder": ("散户", 0.7, 25, 0.18), "large_grower": ("种粮大户", 0.24, 300, 0.5),
          "cooperative": ("合作社", 0.06, 1400, 0.8)}   # zh, share, median mu, p(agronomist visit)
FACQ = {  # zh, weight existing, weight new, p(app user), p(app sign-up -> purchase within 60 d)
    "dealer_referral": ("经销商推荐", 0.45, 0.25, 0.5, 0.62), "field_day": ("观摩会", 0.2, 0.15, 0.5, 0.56),
    "agronomist_visit": ("农技员推广", 0.2, 0.12, 0.5, 0.58), "wechat_group": ("微信群", 0.15, 0.16, 1.0, 0.41),
    "douyin_live": ("抖音直播", 0.0, 0.22, 1.0, 0.13), "app_store": ("应用商店", 0.0, 0.10, 1.0, 0.36),
}
DACQ = {"sales_rep": "业务员开发", "seed_fair": "种子交易会", "web_form": "官网申请", "dealer_referral": "同行推荐"}
DREJECT = {"territory_taken": "区域已有经销商", "insufficient_capital": "资金实力不足", "missing_license": "资质证照不全",
           "poor_credit_history": "信用记录不良"}
CREJECT = {"overdue_balance": "上季欠款未清", "over_limit": "超出授信上限", "weak_financials": "经营状况不佳"}
CARRIERS = {"anyun": "安运物流", "shunda": "顺达物流", "zhongyuan": "中原快运"}
CLAIM_T = {"germination": "出苗问题", "pest": "虫害", "purity": "纯度混杂"}
ASSESS = {"accepted": "责任成立", "partial": "部分成立", "rejected": "不予赔付"}
CAUSE = {"seed_quality": "种子质量", "coating_failure": "种衣剂失效", "pest_outbreak": "虫害超出保障范围",
         "sowing_practice": "播种操作不当", "cold_damage": "低温冷害", "herbicide_damage": "除草剂药害",
         "seed_purity": "种子纯度"}
COMP = {"replant_seed": "补种", "cash": "现金赔付"}
CALL_T = {"variety_advice": "品种咨询", "order_pickup": "订单提货", "germination_issue": "出苗问题",
          "claim_progress": "理赔进度", "app_help": "APP扫码问题", "delivery": "发货物流", "credit_account": "授信对账"}
AGRONOMISTS = {"ne": [("王建国", "Wang Jianguo"), ("李春生", "Li Chunsheng"), ("赵宇", "Zhao Yu"), ("孙丽华", "Sun Lihua"),
                      ("刘志强", "Liu Zhiqiang")],
               "ncp": [("张伟", "Zhang Wei"), ("陈静", "Chen Jing"), ("杨帆", "Yang Fan"), ("马建军", "Ma Jianjun")]}
SHOP = [("丰收农资", "Fengshou Agri Supplies"), ("金穗种业经营部", "Jinsui Seed Shop"), ("农友农资店", "Nongyou Farm Store"),
        ("惠农种子站", "Huinong Seed Station"), ("绿源农资", "Lvyuan Agri Supplies"), ("兴农种业", "Xingnong Seeds"),
        ("嘉禾农资", "Jiahe Agri Supplies"), ("沃土种业", "Wotu Seeds"), ("田园农资", "Tianyuan Agri Supplies"),
        ("鑫农种子店", "Xinnong Seed Store")]

# ---- feedback phrases; each topic has its own marker words (README), no phrase carries another topic's marker
MARK = {"germination": ("出苗", "emergence"), "pest": ("虫", "pest"), "purity": ("混杂", "off-type"),
        "slow_comp": ("到账", "payout"), "late_delivery": ("到货", "deliver"), "credit": ("额度", "credit"),
        "scan": ("扫码", "scan"), "price": ("太贵", "expensive"), "yield": ("产量", "yield"),
        "agronomist": ("农技员", "agronomist"), "hotline_wait": ("打不通", "on hold")}
ZH = {
    "germination": ["种的{v}出苗率太低了，{mu}亩地稀稀拉拉，估计只有六七成", "今年{v}出苗不齐，缺苗断垄，得补种",
                    "播下去半个多月了，{v}一大片不出苗，种子是不是有问题？", "{v}出苗明显不行，邻居用别的种子都挺好",
                    "出苗太差，{mu}亩要重种，损失谁来承担", "同一批{v}出苗才六成多，包装上写发芽率不低于93%",
                    "{v}出苗慢还不齐，苗弱，怀疑是陈种子", "地墒情挺好，就是{v}不出苗，这批种子肯定有问题"],
    "pest": ["地下害虫把苗咬断了一大片，包衣根本不管用", "来看地的说是虫害不算种子问题，不给赔，那包衣还有什么用",
             "蛴螬地老虎这些虫子太多，{v}的苗被吃了不少", "说是虫害超出保障范围，理赔被拒，太不讲理",
             "玉米螟虫害严重，宣传的抗性呢？", "包衣种子照样招虫，{mu}亩苗被咬，找你们就推脱",
             "虫咬的苗也算我们自己的责任？包衣是你们做的", "田里虫害这么重，来的人看了一眼就说不赔"],
    "purity": ["{v}里混杂了不少杂株，高矮不齐，纯度有问题", "田里混杂严重，像是掺了别的品种",
               "种子混杂，抽雄的时候一看好多不一样的株子", "{mu}亩地里混杂株至少一成，影响收成"],
    "slow_comp": ["理赔批了快一个月了钱还没到账", "说好的补偿迟迟不到账，打电话就让等", "赔款到账太慢，耽误农时",
                  "补种的种子和钱一样都没到账", "鉴定完二十多天了还没到账，到底什么时候给"],
    "late_delivery": ["订的货比约定晚了{d}天才到货，农户在店里等着要", "换了物流以后到货老是延误",
                      "到货时间不准，耽误了卖种的旺季", "到货晚了一个礼拜，好几个大户去别家买了",
                      "催了好几次才到货，司机也联系不上"],
    "credit": ["授信额度太低，旺季根本不够压货", "额度只批了一半，剩下要现款，资金压力大", "今年额度被砍了，也没说明原因",
               "额度审批太慢，订货会都结束了才批下来"],
    "scan": ["扫码登记老是失败，登记不上以后出问题没法理赔", "袋子上的码扫码扫不出来", "扫码后一直转圈，登记不了",
             "扫码提示已被登记，可我刚买的"],
    "price": ["种子价格太贵了，比去年又涨了", "{v}太贵，一亩地种子钱就得七十", "太贵了，同样的品种别家便宜不少",
              "价格太贵，散户种不起"],
    "yield": ["去年种的{v}产量不错，亩产一千四百多斤", "产量比老品种高，明年还用", "示范田产量看着可以，想试试",
              "{v}抗倒伏，产量也稳"],
    "agronomist": ["农技员来地里看得很仔细，讲得也明白", "农技员服务好，有问题随叫随到", "感谢农技员指导播种密度",
                   "农技员很专业，教了我们怎么调播种机"],
    "hotline_wait": ["400电话老是打不通", "客服电话打不通，等了半天没人接", "热线一直占线打不通，急死人"],
}
EN = {
    "germination": ["Poor emergence on {mu} mu of {v}, stand roughly 60-70%. Farmer suspects the seed lot.",
                    "Patchy emergence in the {v} field, gaps along the rows, farmer wants to replant.",
                    "Emergence well below the label germination for {v}; soil moisture was adequate.",
                    "Very uneven emergence, weak seedlings, {v}. Sowing depth looked fine."],
    "pest": ["Pest damage (grubs, cutworms) on {v}, seedlings cut at the base.",
             "Heavy pest pressure; farmer expected the seed coating to protect the seedlings.",
             "Pest damage on {mu} mu, farmer upset that the claim is likely to be refused."],
    "purity": ["Noticeable off-type plants in the {v} field, purity issue suspected.",
               "Off-type plants at roughly 10% in {v}, tassels clearly different."],
    "scan": ["The QR scan keeps failing, I cannot register my bags.", "Scan says the bag is already registered."],
    "price": ["Seed is too expensive compared with last year."],
    "hotline_wait": ["Kept on hold for ages on the hotline."],
}
GEN_ZH = {"pos": ["服务不错，下季还用你们的种子", "苗很齐，整体满意", "APP挺方便的", "经销商服务态度好", "挺好的，没什么问题"],
          "neu": ["还行吧", "一般般，没什么特别的", "正常，没啥意见"],
          "neg": ["这次体验不太好，希望改进", "整体不太满意"]}
GEN_EN = {"pos": ["Stand looks uniform, farmer satisfied.", "App is easy to use."],
          "neu": ["Routine check, nothing to report.", "It was ok."],
          "neg": ["Not a great experience this season."]}
NEG = {"germination", "pest", "purity", "slow_comp", "late_delivery", "credit", "scan", "price", "hotline_wait"}


def _check_phrases():
    """every phrase carries its own topic's marker and no other topic's marker."""
    for lang, book in ((0, ZH), (1, EN)):
        for topic, phrases in book.items():
            for p in phrases:
                low = p.lower()
                assert MARK[topic][lang].lower() in low, (topic, p)
                for other, m in MARK.items():
                    if other != topic:
                        assert m[0] not in p and m[1] not in low, (topic, other, p)
    for book in (GEN_ZH, GEN_EN):
        for ps in book.values():
            for p in ps:
                assert not any(m[0] in p or m[1] in p.lower() for m in MARK.values()), p


def pick(opts, w=None):
    if w is None:
        return opts[int(rng.integers(len(opts)))]
    w = np.asarray(w, float)
    return opts[int(rng.choice(len(opts), p=w / w.sum()))]


def pickd(d):
    k = list(d)
    return pick(k, [d[x] for x in k])


def dt(s):
    return datetime.fromisoformat(s)


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def day(t, lo=7.0, hi=20.0):
    """the same date at a daytime hour."""
    return datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(lo, hi)))


def office(t):
    d = datetime(t.year, t.month, t.day)
    while d.weekday() >= 5:
        d += D(days=1)
    return d + D(hours=float(rng.uniform(8.5, 17.5)))


def uni(a, b):
    a, b = (dt(a) if isinstance(a, str) else a), (dt(b) if isinstance(b, str) else b)
    return a + D(seconds=float(rng.uniform(0, max(1.0, (b - a).total_seconds()))))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.exp = [], [], [], [], []
        self.dealers, self.farmers = [], []
        self.n = dict(ev=0, pu=0, cl=0, pb=0, so=0, ao=0, ss=0)

    # ---------- writers
    def nid(self, k):
        self.n[k] += 1
        return self.n[k]

    def ev(self, c, t, tp, sid, action, **kw):
        if t > END or t < START:
            return False
        r = dict(event_id=f"E{self.nid('ev'):07d}", customer_id=c["id"], ts=fmt(t), touchpoint_id=tp,
                 session_id=sid, action=action)
        r.update(kw)
        self.events.append(r)
        return True

    def loc(self, c):
        p = PROV[c["prov"]]
        d = c.get("dealer") or c
        return dict(province=c["prov"], 省份=p[0], county=c["county"][1], 县市=c["county"][0],
                    dealer_id=d["id"], dealer_name=d["name"], dealer_name_en=d["name_en"])

    def fb(self, c, t, topic, channel, tp=None, rating=None, nps=None, sent=None, undated=False, lang="zh",
           variety=None, extra=None):
        if t is not None and (t > END or t < START):
            return
        en = lang == "en"
        if topic:
            text = pick((EN if en else ZH)[topic])
            sent = sent or ("neg" if topic in NEG else "pos")
        else:
            sent = sent or "neu"
            text = pick((GEN_EN if en else GEN_ZH)[sent])
        v = variety or pick(["FH518", "FH336"])
        text = text.replace("{v}", v if en else VARIETIES[v][0]).replace("{mu}", str(int(rng.integers(8, 120))))
        text = text.replace("{d}", str(int(rng.integers(4, 12))))
        fid = f"FB{len(self.feedback) + 1:05d}"
        r = dict(feedback_id=fid, text=text, ts="" if (undated or t is None) else fmt(t),
                 customer_id=c["id"] if c else "", touchpoint_id=tp or "", channel=channel,
                 rating="" if rating is None else int(rating), nps="" if nps is None else int(nps), language=lang)
        r["customer_type"] = (c["ctype"] if c else "")
        r["客户类型"] = {"dealer": "经销商", "farmer": "农户"}.get(r["customer_type"], "")
        r["province"] = c["prov"] if c else ""
        r["省份"] = PROV[c["prov"]][0] if c else ""
        r["variety"] = variety or ""
        r["品种"] = VARIETIES[variety][0] if variety else ""
        r.update(extra or {})
        self.feedback.append(r)
        self.truth.append(dict(feedback_id=fid, topics=topic or "", sentiment=sent))

    # ---------- dealers
    def make_dealers(self):
        k = 0
        counties = [(p, cty) for p, v in PROV.items() for cty in v[5]]
        for p, cty in counties:
            for _ in range(int(rng.integers(4, 8))):
                k += 1
                self.dealers.append(self._dealer(k, p, cty, pre=True))
                if cty[1] == "Huaxian" and k % 2 == 0 and not any(d.get("flagship") for d in self.dealers):
                    # 滑县 county distributor: the biggest dealer we have
                    self.dealers[-1].update(flagship=True, size=7.0, grade="A", name="滑县丰禾种业总经销",
                                            name_en="Huaxian FengHe Seed Distribution")
        days = (END - START).days
        for _ in range(150):
            k += 1
            p, cty = counties[int(rng.integers(len(counties)))]
            d = self._dealer(k, p, cty, pre=False)
            t = START + D(days=float(rng.uniform(0, days)))
            if rng.random() < 0.35:   # applications bunch before the ordering seasons
                t = uni(f"{pick([2024, 2025])}-09-01", f"{pick([2024, 2025])}-10-31")
            self.onboard(d, office(t))
            self.dealers.append(d)
        # a few long-standing dealers stop working with us
        for d in [d for d in self.dealers if d["pre"]][::23]:
            d["end"] = uni("2025-03-01", "2025-12-31")

    def _dealer(self, k, p, cty, pre):
        s = SHOP[int(rng.integers(len(SHOP)))]
        grade = pickd({"A": 0.3, "B": 0.45, "C": 0.25}) if pre else pickd({"B": 0.3, "C": 0.7})
        return dict(id=f"D{k:04d}", ctype="dealer", prov=p, county=cty, pre=pre, grade=grade,
                    name=f"{cty[0][:-1] if len(cty[0]) > 2 else cty[0]}{s[0]}", name_en=f"{cty[1]} {s[1]}",
                    t0=office(PRE + D(days=float(rng.uniform(0, (START - PRE).days - 10)))) if pre else None,
                    active=pre, since=None, end=None, acq=pickd({"sales_rep": 0.45, "seed_fair": 0.25,
                                                               "web_form": 0.15, "dealer_referral": 0.15}),
                    size=float(rng.lognormal(0, 0.5)), status="active" if pre else "applied", late=[], cred=[],
                    orders=0.0)

    def onboard(self, d, t):
        d["t0"] = t
        sid = f"DA{d['id'][1:]}"
        ch = "web" if d["acq"] == "web_form" else pick(["web", "app"])
        self.ev(d, t, "tp_dealer_apply", sid, "submit", channel=ch, device="pc" if ch == "web" else "android",
                **self.loc(d), registered_capital_wan=int(rng.integers(30, 800)))
        tr = office(t + D(days=float(rng.lognormal(np.log(6), 0.5))))
        ok = rng.random() < 0.56
        reason = None if ok else pickd({"territory_taken": 0.35, "insufficient_capital": 0.3, "missing_license": 0.2,
                                         "poor_credit_history": 0.15})
        self.ev(d, tr, "tp_dealer_review", sid, "approved" if ok else "rejected", channel="other", **self.loc(d),
                reject_reason=reason or "", 拒绝原因=DREJECT.get(reason, ""), reviewer_team="渠道部")
        if not ok:
            d["status"] = "rejected"
            return
        if rng.random() < 0.84:
            ts = office(tr + D(days=float(rng.uniform(3, 30))))
            if ts <= END:
                self.ev(d, ts, "tp_dealer_contract", sid, "signed", channel="store", **self.loc(d),
                        agreement_years=pick([1, 2, 3]), deposit_wan=pick([2, 3, 5]))
                d.update(active=True, since=ts, status="active")
                return
        d["status"] = "not_signed"

    def dealer_for(self, prov, county, t):
        ds = [d for d in self.dealers if d["prov"] == prov and d["county"] == county and d["active"]
              and (d["since"] is None or d["since"] <= t) and (d["end"] is None or d["end"] > t)]
        w = np.asarray([d["size"] for d in ds])
        return ds[int(rng.choice(len(ds), p=w / w.sum()))]

    # ---------- farmers
    def make_farmers(self):
        days = (END - START).days
        pw = {k: v[2] for k, v in PROV.items()}
        for i in range(N_FARMERS):
            prov = pickd(pw)
            zone = PROV[prov][3]
            county = pick(PROV[prov][5])
            ft = pickd({k: v[1] for k, v in FTYPES.items()})
            pre = rng.random() < 0.5
            acq = pickd({k: v[1 if pre else 2] for k, v in FACQ.items()})
            app = rng.random() < (0.55 if pre else FACQ[acq][3])
            mu = float(np.clip(rng.lognormal(np.log(FTYPES[ft][2]), 0.55), 4, 8000))
            if zone == "ne":
                crop = pickd(PROV[prov][4])
                fav = {"corn": pickd({"FH518": 0.55, "FH336": 0.45}), "soybean": "FD12", "rice": "FR8"}[crop]
                favs = {"spring": fav}
            else:
                crop = "wheat"
                favs = {"wheat": pickd({"FM20": 0.55, "FM26": 0.45}), "summer": pickd({"HY77": 0.6, "FH336": 0.4})}
            f = dict(id=f"F{i + 1:05d}", ctype="farmer", prov=prov, zone=zone, county=county, ftype=ft, pre=pre,
                     acq=acq, app=app, mu=round(mu, 1), crop=crop, favs=favs, lang="zh",
                     os=pickd({"android": 0.84, "ios": 0.16}), member="regular", buys=[], history=[])
            seasons = ZONE_SEASONS[zone]
            if pre:
                f["t0"] = day(PRE + D(days=float(rng.uniform(0, (START - PRE).days - 5))))
                f["dealer"] = self.dealer_for(prov, county, START)
                f["first"] = 0
            else:
                w = np.asarray([1.0 + 0.5 * k for k in range(len(seasons))])
                f["first"] = int(rng.choice(len(seasons), p=w / w.sum()))
                f["t0"] = None
            self.farmers.append(f)
        # existing farmers: early-bird booking for the first in-data season (window partly before the data)
        for f in self.farmers:
            self.farmer_life(f)

    def farmer_life(self, f):
        seasons = ZONE_SEASONS[f["zone"]]
        booked = False
        for k in range(f["first"], len(seasons)):
            s = seasons[k]
            S = SEASONS[s]
            pw = S[6]
            if k == f["first"] and not f["pre"]:
                self.new_farmer(f, s)
                booked = False if f.get("nobuy") else self.maybe_prebook(f, k)
                continue
            # participation
            if f["pre"] and k == f["first"]:
                p = 0.8
                if S[7] and rng.random() < 0.33:
                    tb = day(uni(*S[7]))
                    self.prebook(f, tb, s)
                    p = 0.93
            else:
                last = f["history"][-1] if f["history"] else None
                p = 0.62
                if booked:
                    p = 0.93
                elif last == "rejected":
                    p = 0.3
                elif last == "poor":
                    p = 0.45
                elif last == "none":
                    p = 0.3
            if f["t0"] is None:
                break
            if rng.random() < p:
                t = day(uni(*pw))
                self.purchase(f, s, t)
            booked = self.maybe_prebook(f, k)

    def maybe_prebook(self, f, k):
        """early-bird booking for the next season of the same kind (spring after spring, wheat after wheat)."""
        seasons = ZONE_SEASONS[f["zone"]]
        s = seasons[k]
        nxt = {"2025S": "2026S", "2024A": "2025A", "2025A": "2026A"}.get(s)
        if not nxt or not f["buys"] or f["buys"][-1]["season"] != s:
            return False
        last = f["history"][-1] if f["history"] else "ok"
        p = 0.33
        if nxt == "2026S":
            variant = "coupon_30" if rng.random() < 0.5 else "no_coupon"
            self.exp.append(dict(experiment_id="early_bird_coupon", variant=variant, customer_id=f["id"],
                                 assigned_at=fmt(datetime(2025, 10, 10, 9, 0, 0))))
            p = 0.47 if variant == "coupon_30" else 0.35
            f["coupon"] = variant == "coupon_30"
        p *= {"rejected": 0.28, "poor": 0.55, "comp": 0.95}.get(last, 1.0)
        if f["ftype"] != "smallholder":
            p = min(0.95, p * 1.2)
        if rng.random() < p:
            t = day(uni(*SEASONS[nxt][7]))
            self.prebook(f, t, nxt)
            return True
        return False

    def prebook(self, f, t, s):
        v = f["favs"]["spring" if SEASONS[s][3] == "spring" else SEASONS[s][3]]
        bags = max(2, int(f["mu"] / VARIETIES[v][3] * rng.uniform(0.5, 1.0)))
        coupon = 30 if (s == "2026S" and f.get("coupon")) else 0
        self.ev(f, t, "tp_reorder", f"PB{self.nid('pb'):06d}", "booked", channel="app" if f["app"] else "store",
                device=f["os"] if f["app"] else "pad", **self.loc(f), target_season=s, 目标播种季=SEASONS[s][0],
                variety=v, 品种=VARIETIES[v][0], bags_booked=bags, deposit=int(min(5000, max(50, bags * 5))),
                coupon_amount=coupon)

    def new_farmer(self, f, s):
        S = SEASONS[s]
        pw = S[6]
        conv = FACQ[f["acq"]][4]
        buy = rng.random() < (conv if f["app"] else 1.0)
        tp = day(uni(*pw))
        if f["app"]:
            if buy:
                treg = day(tp - D(days=float(rng.uniform(3, 50))))
            else:
                treg = day(uni(dt(pw[0]) - D(days=50), dt(pw[1]) - D(days=5)))
            f["dealer"] = self.dealer_for(f["prov"], f["county"], min(treg, END))
            if f["acq"] == "field_day":
                f["t0"] = day(uni(dt(pw[0]) - D(days=200), dt(pw[0]) - D(days=150)))
                self.field_day(f, f["t0"])
            else:
                f["t0"] = treg
            if treg > END:
                if f["t0"] > END:
                    f["t0"] = None
                f["nobuy"] = True
                return
            sid = f"S{self.nid('ss'):07d}"
            self.ev(f, treg, "tp_app_register", sid, "success", channel="app", device=f["os"], **self.loc(f),
                    utm_source=f["acq"], 注册来源=FACQ[f["acq"]][0])
            if buy or rng.random() < 0.62:
                n = 1 + int(rng.poisson(1.2))
                hi = tp if buy else treg + D(days=float(rng.uniform(1, 40)))
                for _ in range(n):
                    tv = treg + D(seconds=float(rng.uniform(60, max(120, (hi - treg).total_seconds() - 3600))))
                    self.view(f, tv, s, sid if tv - treg < D(hours=2) else None)
            if buy:
                self.purchase(f, s, tp)
            else:
                f["nobuy"] = True
                f["history"].append("none")
        else:
            f["dealer"] = self.dealer_for(f["prov"], f["county"], min(tp, END))
            if f["acq"] == "field_day":
                f["t0"] = day(uni(dt(pw[0]) - D(days=200), dt(pw[0]) - D(days=150)))
                self.field_day(f, f["t0"])
            else:
                f["t0"] = tp
            self.purchase(f, s, tp)

    def field_day(self, f, t):
        # field days run at demo plots in August/September (harvest time)
        y = t.year if t.month >= 8 else t.year - 1
        td = day(uni(f"{y}-08-15", f"{y}-09-20"), 8, 16)
        f["t0"] = td
        demo = f"{f['county'][0]}示范田"
        self.ev(f, td, "tp_field_day", "", "attended", channel="other", **self.loc(f), demo_plot=demo,
                demo_plot_en=f"{f['county'][1]} demo plot")
        if rng.random() < 0.18:
            topic = pickd({"yield": 0.55, "price": 0.2, None: 0.25})
            self.fb(f, td, topic, "field_day_card", tp="tp_field_day", rating=int(pick([3, 4, 4, 5, 5])
                    if topic != "price" else pick([2, 3, 3])), undated=True, variety=pick(["FH518", "FH336"]),
                    sent=None if topic else "pos")

    def view(self, f, t, s, sid=None):
        v = f["favs"]["spring" if SEASONS[s][3] == "spring" else SEASONS[s][3]]
        if rng.random() < 0.35:
            v = pick([x for x in VARIETIES if VARIETIES[x][1] == VARIETIES[v][1]] or [v])
        self.ev(f, t, "tp_variety_view", sid or f"S{self.nid('ss'):07d}", "view", channel="app", device=f["os"],
                **self.loc(f), variety=v, 品种=VARIETIES[v][0], season=s, dwell_seconds=int(rng.lognormal(4, 0.7)))

    # ---------- a farmer's purchase and what follows it
    def purchase(self, f, s, t):
        S = SEASONS[s]
        kind = S[3]
        v = f["favs"]["spring" if kind == "spring" else kind]
        if rng.random() < 0.15:
            v = pick([x for x in VARIETIES if VARIETIES[x][1] == VARIETIES[v][1]])
        if f["dealer"]["end"] and f["dealer"]["end"] <= t:
            f["dealer"] = self.dealer_for(f["prov"], f["county"], t)
        if f["app"] and rng.random() < 0.8:
            for _ in range(int(rng.integers(1, 4))):
                self.view(f, t - D(days=float(rng.uniform(0.01, 20))), s)
        ch = pickd({"app": 0.4, "mini_program": 0.35, "store": 0.25}) if f["app"] else \
            pickd({"mini_program": 0.35, "store": 0.65})
        vv = VARIETIES[v]
        bags = max(1, int(round(f["mu"] / vv[3] * rng.uniform(0.9, 1.1))))
        disc = 0.0 if f["ftype"] == "smallholder" else (0.04 if f["ftype"] == "large_grower" else 0.07)
        amount = round(bags * vv[2] * (1 - disc), 2)
        pid = f"PU{self.nid('pu'):06d}"
        lot = self.lot(v, s)
        common = dict(**self.loc(f), season=s, 播种季=S[0], crop=vv[1], 作物=CROPS[vv[1]], variety=v, 品种=vv[0],
                      seed_lot=lot, plant=vv[4], 加工厂=PLANTS[vv[4]])
        order_id = ""
        if ch == "app":
            if rng.random() < 0.07:   # app orders cancelled before pick-up, then bought at the counter
                self.app_order(f, t - D(hours=float(rng.uniform(2, 72))), bags, amount, v, s, "cancelled", "")
                ch = "store"
            else:
                order_id = self.app_order(f, t, bags, amount, v, s, "refunded" if rng.random() < 0.03 else "paid", pid)
        dev = f["os"] if ch in ("app", "mini_program") else "pad"
        self.ev(f, t, "tp_farmer_purchase", pid, {"app": "app_order", "mini_program": "qr_scan",
                                                  "store": "counter_scan"}[ch],
                channel=ch, device=dev, **common, bags=bags, amount=amount, order_id=order_id,
                farm_size_mu=f["mu"], payment=pick(["wechat_pay", "cash", "alipay", "wechat_pay"]))
        buy = dict(season=s, t=t, v=v, pid=pid, amount=amount, bags=bags)
        f["buys"].append(buy)
        self.follow(f, s, t, v, lot, pid, common, bags)

    def lot(self, v, s):
        if v == "FH518" and s == "2026S" and rng.random() < 0.7:
            return "ZY2601"
        return f"{VARIETIES[v][4][:2].upper()}{s[2:4]}{int(rng.integers(2, 9)):02d}"

    def app_order(self, f, t, bags, amount, v, s, status, pid):
        oid = f"AO{self.nid('ao'):06d}"
        if t < START or t > END:
            return ""
        vv = VARIETIES[v]
        self.orders.append(dict(order_id=oid, customer_id=f["id"], ts=fmt(t), amount=amount, status=status,
                                channel="app", device=f["os"], order_type="farmer_app", 订单类型="农户APP订单",
                                season=s, 播种季=SEASONS[s][0], crop=vv[1], 作物=CROPS[vv[1]], variety=v, 品种=vv[0],
                                bags=bags, unit_price=round(amount / bags, 2), payment_method="wechat_pay",
                                dealer_id=f["dealer"]["id"], dealer_name=f["dealer"]["name"],
                                dealer_name_en=f["dealer"]["name_en"], province=f["prov"], 省份=PROV[f["prov"]][0],
                                pickup="dealer_store", cancel_reason="" if status != "cancelled" else
                                pick(["changed_mind", "bought_at_counter", "out_of_stock"]), purchase_id=pid))
        return oid

    def follow(self, f, s, t, v, lot, pid, common, bags):
        kind = SEASONS[s][3]
        sow = t + D(days=float(rng.uniform(2, 18)))
        if kind == "spring":
            sow = max(sow, dt(f"{t.year}-04-12") + D(days=float(rng.uniform(0, 25))))
        elif kind == "wheat":
            sow = max(sow, dt(f"{t.year}-09-28") + D(days=float(rng.uniform(0, 18))))
        crop = VARIETIES[v][1]
        p_poor = {"corn": 0.05, "soybean": 0.06, "rice": 0.04, "wheat": 0.045}[crop]
        if lot == "ZY2601":
            p_poor = 0.44
        if s == "2025S" and f["prov"] == "heilongjiang":
            p_poor += 0.03
        poor = rng.random() < p_poor
        emerg = float(rng.uniform(0.45, 0.82)) if poor else float(np.clip(rng.normal(0.935, 0.025), 0.86, 0.99))
        pest = rng.random() < (0.05 if crop == "wheat" else 0.035)
        outcome = "ok"
        ag = pick(AGRONOMISTS[f["zone"]])
        visited = rng.random() < FTYPES[f["ftype"]][3]
        if visited:
            tv = day(sow + D(days=float(rng.uniform(9, 22))), 7, 18)
            vt = pickd({"field": 0.7, "phone": 0.3})
            okv = self.ev(f, tv, "tp_germination_visit", pid, "visited", channel="other" if vt == "field" else "phone",
                          device="android", **common, visit_type=vt, 回访方式={"field": "田间", "phone": "电话"}[vt],
                          agronomist=ag[1], 农技员=ag[0], sowing_date=sow.strftime("%Y-%m-%d"),
                          emergence_rate=round(emerg, 3), result="poor_emergence" if poor else "normal",
                          回访结论="出苗差" if poor else "正常")
            if okv:
                ex = dict(agronomist=ag[1])
                if rng.random() < 0.4:
                    ts = tv + D(hours=float(rng.uniform(2, 72)))
                    if poor:
                        r = pick([1, 1, 2, 2, 3])
                        self.fb(f, ts, "germination" if rng.random() < 0.85 else None, "survey",
                                tp="tp_germination_visit", rating=r, nps=int(rng.integers(0, 6)), variety=v,
                                sent="neg", extra=ex)
                    else:
                        topic = pickd({"agronomist": 0.32, None: 0.48, "price": 0.12, "scan": 0.08})
                        r = pick([4, 5, 5]) if topic in ("agronomist", None) else pick([2, 3, 3])
                        tpf = {"price": "tp_farmer_purchase", "scan": "tp_farmer_purchase"}.get(
                            topic, "tp_germination_visit")
                        self.fb(f, ts, topic, "survey", tp=tpf, rating=r,
                                nps=int(rng.integers(7, 11)) if r >= 4 else int(rng.integers(3, 8)), variety=v,
                                sent=None if topic else pick(["pos", "pos", "neu"]), extra=ex)
                if poor and rng.random() < 0.5:
                    self.fb(f, tv + D(hours=float(rng.uniform(1, 8))), "germination", "visit_note",
                            tp="tp_germination_visit", lang="en" if rng.random() < 0.55 else "zh", variety=v,
                            extra=ex)
                if pest and rng.random() < 0.25:
                    self.fb(f, tv + D(hours=float(rng.uniform(1, 8))), "pest", "visit_note",
                            tp="tp_germination_visit", lang="en" if rng.random() < 0.55 else "zh", variety=v,
                            extra=ex)
        if poor:
            outcome = "poor"
            for _ in range(2 if lot == "ZY2601" else 1):
                if rng.random() < (0.8 if lot == "ZY2601" else 0.45):
                    self.call(f, sow + D(days=float(rng.uniform(10, 25))), "germination_issue")
        # claims
        claim = None
        big = f["ftype"] != "smallholder"
        if poor and rng.random() < (0.72 if big else 0.5):
            claim = ("germination", sow + D(days=float(rng.uniform(12, 32))))
        elif pest and rng.random() < 0.55:
            claim = ("pest", sow + D(days=float(rng.uniform(12, 40))))
        elif rng.random() < 0.008:
            claim = ("purity", sow + D(days=float(rng.uniform(45, 80))))
        if claim:
            res = self.claim(f, claim[0], day(claim[1]), pid, common, v, lot, bags, poor, emerg)
            outcome = res or outcome
        f["history"].append(outcome)

    def claim(self, f, ctype, t, pid, common, v, lot, bags, poor, emerg):
        cid = f"CL{self.nid('cl'):05d}"
        ch = pickd({"hotline": 0.45, "app": 0.25 if f["app"] else 0.0, "dealer": 0.3})
        mu = round(min(f["mu"], max(2.0, f["mu"] * float(rng.uniform(0.2, 0.9)))), 1)
        crop = VARIETIES[v][1]
        per_mu = {"corn": 160, "soybean": 120, "rice": 180, "wheat": 140}[crop]
        claimed = round(mu * per_mu * float(rng.uniform(1.0, 1.6)), 2)
        cc = dict(claim_id=cid, claim_type=ctype, 理赔类型=CLAIM_T[ctype])
        if not self.ev(f, t, "tp_claim", pid, "filed", channel={"hotline": "phone", "app": "app", "dealer": "store"}[ch],
                       device=f["os"] if ch == "app" else "", **common, **cc, claim_channel=ch,
                       报案渠道={"hotline": "400热线", "app": "APP", "dealer": "经销商代报"}[ch], affected_mu=mu,
                       claimed_amount=claimed):
            return None
        if ch == "hotline" and rng.random() < (0.3 if ctype == "pest" else 0.55):
            self.fb(f, t + D(minutes=float(rng.uniform(5, 60))), ctype, "call_note", tp="tp_claim", variety=v,
                    extra=dict(claim_id=cid))
        # assessment
        ta = office(t + D(days=float(rng.lognormal(np.log(4), 0.45))))
        if ctype == "germination":
            w = {"accepted": 0.85, "partial": 0.1, "rejected": 0.05} if lot == "ZY2601" else \
                {"accepted": 0.6, "partial": 0.2, "rejected": 0.2}
        elif ctype == "pest":
            w = {"accepted": 0.1, "partial": 0.15, "rejected": 0.75}
        else:
            w = {"accepted": 0.65, "partial": 0.2, "rejected": 0.15}
        res = pickd(w)
        cause = {"germination": "seed_quality", "pest": "coating_failure", "purity": "seed_purity"}[ctype]
        if res == "rejected":
            cause = {"germination": pickd({"sowing_practice": 0.45, "cold_damage": 0.35, "herbicide_damage": 0.2}),
                     "pest": "pest_outbreak", "purity": "sowing_practice"}[ctype]
        team = pick(["质量部一组", "质量部二组"]) if f["zone"] == "ne" else pick(["质量部三组", "质量部四组"])
        if not self.ev(f, ta, "tp_field_assessment", pid, res, channel="other", **common, **cc,
                       assessment_result=res, 鉴定结论=ASSESS[res], cause=cause, 鉴定原因=CAUSE[cause],
                       assessor_team=team, measured_emergence=round(emerg, 3) if ctype == "germination" else "",
                       loss_mu=mu if res != "rejected" else 0):
            return None
        if res == "rejected":
            p = {"pest": 0.78, "germination": 0.5, "purity": 0.4}[ctype]
            if rng.random() < p:
                self.fb(f, ta + D(days=float(rng.uniform(0.2, 4))), ctype, pick(["ticket", "ticket", "call_note"]),
                        tp="tp_field_assessment", variety=v, extra=dict(claim_id=cid))
            return "rejected"
        # compensation
        delay = float(rng.lognormal(np.log(9), 0.5))
        tc = office(ta + D(days=delay))
        kind = SEASONS[common["season"]][3]
        early = ctype == "germination" and (ta - t).days < 30
        ctyp = "replant_seed" if early and rng.random() < 0.65 else "cash"
        amt = round(claimed * (1.0 if res == "accepted" else 0.5) * float(rng.uniform(0.6, 0.9)), 2)
        if not self.ev(f, tc, "tp_compensation", pid, "paid", channel="other", **common, **cc, comp_type=ctyp,
                       赔付方式=COMP[ctyp], comp_amount=amt,
                       replant_bags=int(min(bags, mu / VARIETIES[common["variety"]][3])) if ctyp == "replant_seed"
                       else 0, season_kind=kind):
            return "pending"
        if (tc - ta).days > 14:
            if rng.random() < 0.45:
                self.call(f, ta + D(days=float(rng.uniform(10, 14))), "claim_progress")
            if rng.random() < 0.55:
                self.fb(f, tc - D(days=float(rng.uniform(0.5, 3))), "slow_comp", pick(["ticket", "call_note"]),
                        tp="tp_compensation", variety=v, extra=dict(claim_id=cid))
        return "comp"

    # ---------- hotline
    def call(self, c, t, topic):
        t = day(t, 8, 19)
        if t < START or t > END:
            return
        wait = float(rng.lognormal(np.log(40), 0.8))
        if datetime(2026, 5, 1) <= t < datetime(2026, 6, 10):
            wait *= 2.6   # FH518 emergence calls flood the hotline
        self.ev(c, t, "tp_hotline", "", "call", channel="phone", device="", **self.loc(c), call_topic=topic,
                来电类型=CALL_T[topic], wait_seconds=int(wait), handle_seconds=int(rng.lognormal(np.log(210), 0.5)))
        if wait > 240 and rng.random() < 0.25:
            self.fb(c, t + D(minutes=15), "hotline_wait", "call_note", tp="tp_hotline",
                    lang="zh")

    def background_calls(self):
        for f in self.farmers:
            for b in f["buys"]:
                if rng.random() < 0.22:
                    topic = pickd({"variety_advice": 0.5, "order_pickup": 0.2, "app_help": 0.3 if f["app"] else 0})
                    self.call(f, b["t"] - D(days=float(rng.uniform(0, 15))), topic)
        for d in self.dealers:
            if d["active"]:
                for _ in range(int(rng.poisson(2.5))):
                    self.call(d, uni(START, END), pickd({"credit_account": 0.4, "order_pickup": 0.3,
                                                         "variety_advice": 0.3}))

    # ---------- dealer orders from what their farmers bought
    def dealer_orders(self):
        demand = {}
        for f in self.farmers:
            for b in f["buys"]:
                key = (f["dealer"]["id"], b["season"], b["v"])
                demand[key] = demand.get(key, 0) + b["bags"]
        byid = {d["id"]: d for d in self.dealers}
        for s, S in SEASONS.items():
            zone = S[2]
            ow = (dt(S[4][0]), dt(S[4][1]))
            kinds = {"spring": ["FH518", "FH336", "FD12", "FR8"], "summer": ["HY77", "FH336"],
                     "wheat": ["FM20", "FM26"]}[S[3]]
            for d in self.dealers:
                if PROV[d["prov"]][3] != zone or not d["active"]:
                    continue
                if (d["since"] and d["since"] > ow[1]) or (d["end"] and d["end"] < ow[0]):
                    continue
                lines = [(v, demand.get((d["id"], s, v), 0)) for v in kinds]
                if s == "2026A":   # next autumn: booked on this year's wheat sales
                    lines = [(v, demand.get((d["id"], "2025A", v), 0) * 1.05) for v in kinds]
                if d["prov"] != "heilongjiang":
                    lines = [(v, q) for v, q in lines if VARIETIES[v][1] not in ("soybean",)]
                for v, q in lines:
                    if q <= 0:
                        q = rng.uniform(80, 600) * d["size"] if rng.random() < 0.5 else 0
                    if q <= 0:
                        continue
                    if d.get("flagship"):   # the county distributor also supplies village retail points
                        q *= 2.4
                    t = office(uni(max(ow[0], d["since"] or ow[0]), ow[1]))
                    self.dealer_order(d, s, v, t, int(q * rng.uniform(0.95, 1.25)) + 20, "preseason")
                    if S[3] != "wheat" and s != "2026A" and rng.random() < 0.28:
                        t2 = office(uni(*S[6]))
                        self.dealer_order(d, s, v, t2, int(q * rng.uniform(0.1, 0.3)) + 10, "topup")
        del byid

    def dealer_order(self, d, s, v, t, bags, otype):
        if t > END:
            return
        S = SEASONS[s]
        vv = VARIETIES[v]
        oid = f"SO{self.nid('so'):05d}"
        price = round(vv[2] * 0.78, 2)
        amount = round(bags * price, 2)
        ch = pickd({"web": 0.55, "app": 0.3, "phone": 0.15})
        common = dict(**self.loc(d), season=s, 播种季=S[0], crop=vv[1], 作物=CROPS[vv[1]], variety=v, 品种=vv[0],
                      order_id=oid, order_type=otype, 订单类型={"preseason": "预订单", "topup": "补货单"}[otype])
        self.ev(d, t, "tp_preseason_order", oid, "submit", channel=ch, device={"web": "pc", "app": "android",
                                                                              "phone": ""}[ch], **common,
                bags=bags, amount=amount)
        tc = office(t + D(days=float(rng.lognormal(np.log(1.6), 0.6))))
        g = d["grade"]
        w = {"A": {"approved": 0.93, "partial": 0.06, "rejected": 0.01},
             "B": {"approved": 0.76, "partial": 0.19, "rejected": 0.05},
             "C": {"approved": 0.5, "partial": 0.3, "rejected": 0.2}}[g]
        dec = pickd(w)
        req = amount
        appr = req if dec == "approved" else (round(req * float(rng.uniform(0.5, 0.8)), 2) if dec == "partial"
                                              else 0.0)
        reason = "" if dec == "approved" else pickd({"overdue_balance": 0.55, "over_limit": 0.3,
                                                      "weak_financials": 0.15})
        self.ev(d, tc, "tp_credit_review", oid, dec, channel="other", **common, credit_grade=g,
                requested_credit=req, approved_credit=appr, credit_reason=reason, 授信说明=CREJECT.get(reason, ""))
        if dec != "approved" and tc <= END:
            d["cred"].append(tc)
            if rng.random() < 0.45:
                self.call(d, tc + D(days=float(rng.uniform(0.2, 3))), "credit_account")
        status, cancel = "paid", ""
        pay = "credit" if dec == "approved" else ("credit_plus_cash" if dec == "partial" else "cash_upfront")
        if (dec == "rejected" and rng.random() < 0.55) or rng.random() < 0.025:
            status, cancel = "cancelled", "credit_rejected" if dec == "rejected" else pick(
                ["dealer_changed_plan", "duplicate_order"])
        td = None
        carrier = ""
        if status == "paid":
            dw = (dt(S[5][0]), dt(S[5][1]))
            if otype == "preseason":
                promised = max(tc + D(days=5), uni(*dw))
            else:
                promised = tc + D(days=float(rng.uniform(3, 6)))
            promised = datetime(promised.year, promised.month, promised.day)
            ne = PROV[d["prov"]][3] == "ne"
            carrier = ("shunda" if promised >= CARRIER_SWITCH else "anyun") if ne else "zhongyuan"
            if carrier == "shunda" and promised < datetime(2026, 4, 1):
                late = rng.random() < 0.62
                days_late = int(rng.integers(3, 13)) if late else 0
            else:
                late = rng.random() < 0.08
                days_late = int(rng.integers(1, 5)) if late else 0
            td = promised + D(days=days_late, hours=float(rng.uniform(8, 18)))
            if td <= END:
                self.ev(d, td, "tp_delivery", oid, "delivered", channel="other", **common, carrier=carrier,
                        承运商=CARRIERS[carrier], promised_date=promised.strftime("%Y-%m-%d"), days_late=days_late,
                        on_time="Y" if days_late == 0 else "N", bags=bags, warehouse=VARIETIES[v][4],
                        发货仓=PLANTS[VARIETIES[v][4]].replace("加工厂", "仓"))
                if days_late > 0:
                    d["late"].append(td)
                    if rng.random() < 0.6:
                        self.call(d, td - D(days=float(rng.uniform(0.5, days_late))), "delivery")
                    if rng.random() < 0.35:
                        self.fb(d, td + D(days=float(rng.uniform(0.2, 3))), "late_delivery",
                                pick(["call_note", "ticket"]), tp="tp_delivery", variety=v,
                                extra=dict(order_id=oid, carrier=carrier, 承运商=CARRIERS[carrier]))
            else:
                status = "pending"
        if t < START:
            return
        d["orders"] += amount if status == "paid" else 0
        self.orders.append(dict(order_id=oid, customer_id=d["id"], ts=fmt(t), amount=amount, status=status,
                                channel=ch, device={"web": "pc", "app": "android", "phone": ""}[ch], order_type=otype,
                                订单类型={"preseason": "预订单", "topup": "补货单"}[otype], season=s, 播种季=S[0],
                                crop=vv[1], 作物=CROPS[vv[1]], variety=v, 品种=vv[0], bags=bags, unit_price=price,
                                payment_method=pay, dealer_id=d["id"], dealer_name=d["name"],
                                dealer_name_en=d["name_en"], province=d["prov"], 省份=PROV[d["prov"]][0],
                                credit_decision=dec, carrier=carrier, 承运商=CARRIERS.get(carrier, ""),
                                delivered_at=fmt(td) if (td and td <= END) else "", cancel_reason=cancel,
                                purchase_id=""))

    # ---------- dealer satisfaction survey (quarterly) and farmer channels
    def dealer_surveys(self):
        for q in (datetime(2024, 9, 25), datetime(2024, 12, 20), datetime(2025, 3, 25), datetime(2025, 6, 25),
                  datetime(2025, 9, 25), datetime(2025, 12, 20), datetime(2026, 3, 25), datetime(2026, 6, 22)):
            for d in self.dealers:
                if not d["active"] or (d["since"] and d["since"] > q) or (d["end"] and d["end"] < q):
                    continue
                if rng.random() > 0.5:
                    continue
                t = office(q + D(days=float(rng.uniform(0, 6))))
                late = [x for x in d["late"] if q - D(days=95) <= x < q]
                cred = [x for x in d["cred"] if q - D(days=95) <= x < q]
                if late and rng.random() < 0.8:
                    self.fb(d, t, "late_delivery", "dealer_survey", tp="tp_delivery", rating=pick([1, 1, 2, 2]))
                elif cred and rng.random() < 0.7:
                    self.fb(d, t, "credit", "dealer_survey", tp="tp_credit_review", rating=pick([2, 2, 3]))
                else:
                    topic = pickd({None: 0.7, "price": 0.15, "hotline_wait": 0.05, "agronomist": 0.1})
                    r = pick([4, 4, 5, 5, 3]) if topic in (None, "agronomist") else pick([2, 3])
                    self.fb(d, t, topic, "dealer_survey", rating=r, sent=None if topic else pick(["pos", "neu"]),
                            tp={"hotline_wait": "tp_hotline", "agronomist": "tp_germination_visit"}.get(topic))

    def app_reviews(self):
        users = [f for f in self.farmers if f["app"] and f["t0"] and f["t0"] <= END]
        for f in users:
            if rng.random() > 0.07:
                continue
            t = day(uni(max(START, f["t0"]), END))
            topic = pickd({"scan": 0.3, None: 0.45, "price": 0.1, "hotline_wait": 0.05, "yield": 0.1})
            sent = None if topic else pick(["pos", "pos", "neu", "neg"])
            r = {"scan": pick([1, 1, 2, 2, 3]), "price": pick([2, 3]), "hotline_wait": pick([1, 2]),
                 "yield": pick([4, 5, 5])}.get(topic) or {"pos": pick([4, 5, 5]), "neu": 3, "neg": pick([1, 2])}[sent]
            lang = "en" if rng.random() < 0.07 and topic in ("scan", "price", "hotline_wait", None) else "zh"
            plat = "app_store" if f["os"] == "ios" else pickd({"huawei": 0.45, "xiaomi": 0.25, "oppo": 0.15,
                                                               "vivo": 0.15})
            self.fb(f, t, topic, "app_review", tp="tp_farmer_purchase" if topic == "scan" else None, rating=r,
                    sent=sent, lang=lang, extra=dict(platform=plat, 平台={"app_store": "苹果商店", "huawei": "华为应用市场",
                                                                        "xiaomi": "小米应用商店", "oppo": "OPPO软件商店",
                                                                        "vivo": "vivo应用商店"}[plat]))

    def social(self):
        """Douyin / Kuaishou comments under our videos: no customer, about a third without a date."""
        for _ in range(300):
            t = uni(START, END)
            topic = pickd({"yield": 0.3, "price": 0.25, "pest": 0.1, "germination": 0.1, None: 0.25})
            v = pick(list(VARIETIES))
            if rng.random() < 0.22:   # the FH518 emergence failure went viral in May 2026
                t, topic, v = uni("2026-05-01", "2026-06-25"), "germination", "FH518"
            plat = pickd({"douyin": 0.65, "kuaishou": 0.35})
            self.fb(None, t, topic, "social", undated=rng.random() < 0.33, variety=v,
                    sent=None if topic else pick(["pos", "neu", "neg"]),
                    extra=dict(platform=plat, 平台={"douyin": "抖音", "kuaishou": "快手"}[plat]))

    # ---------- customers table at the end
    def customer_rows(self):
        rows = []
        for d in self.dealers:
            if d["t0"] is None:
                continue
            seg = "dealer_applicant" if d["status"] in ("rejected", "not_signed") else (
                "dealer_new" if not d["pre"] else ("dealer_core" if d["grade"] == "A" else "dealer_standard"))
            status = "terminated" if d["end"] else d["status"]
            rows.append(dict(customer_id=d["id"], signup_at=fmt(d["t0"]), segment=seg, region=d["prov"],
                             acquisition_channel=d["acq"], tier=d["grade"] if status in ("active", "terminated")
                             else "", customer_type="dealer", 客户类型="经销商", 细分={
                                 "dealer_applicant": "申请未签约", "dealer_new": "新签经销商", "dealer_core": "核心经销商",
                                 "dealer_standard": "普通经销商"}[seg], 省份=PROV[d["prov"]][0], county=d["county"][1],
                             县市=d["county"][0], 获客渠道=DACQ[d["acq"]], name=d["name"], name_en=d["name_en"],
                             dealer_status=status, 合作状态={"active": "合作中", "rejected": "审核未通过",
                                                          "not_signed": "未签约", "terminated": "已终止",
                                                          "applied": "审核中"}[status],
                             credit_limit_wan={"A": 80, "B": 40, "C": 15}[d["grade"]] if status == "active" else "",
                             farm_size_mu="", main_crop="", 主要作物="", home_dealer_id="", member_level="",
                             app_user=""))
        for f in self.farmers:
            if f["t0"] is None or f["t0"] > END:
                continue
            spent = sum(b["amount"] for b in f["buys"])
            member = "gold" if spent >= 20000 else ("silver" if spent >= 3000 else "regular")
            rows.append(dict(customer_id=f["id"], signup_at=fmt(f["t0"]), segment=f["ftype"], region=f["prov"],
                             acquisition_channel=f["acq"], tier="", customer_type="farmer", 客户类型="农户",
                             细分=FTYPES[f["ftype"]][0], 省份=PROV[f["prov"]][0], county=f["county"][1],
                             县市=f["county"][0], 获客渠道=FACQ[f["acq"]][0], name="", name_en="", dealer_status="",
                             合作状态="", credit_limit_wan="", farm_size_mu=f["mu"], main_crop=f["crop"],
                             主要作物=CROPS[f["crop"]], home_dealer_id=f.get("dealer", {}).get("id", ""),
                             member_level=member, app_user="Y" if f["app"] else "N"))
        return rows

    def run(self):
        _check_phrases()
        self.make_dealers()
        self.make_farmers()
        self.background_calls()
        self.dealer_orders()
        self.dealer_surveys()
        self.app_reviews()
        self.social()


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
    # the dealer pad re-uploads a few counter scans (exact duplicates, same event_id)
    scans = [r for r in ev if r["action"] == "counter_scan"]
    dup = [scans[int(i)] for i in rng.choice(len(scans), 28, replace=False)]
    ev = sorted(ev + [dict(r) for r in dup], key=lambda r: (r["ts"], r["event_id"]))
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel"]
    ecols += [k for k in dict.fromkeys(k for r in ev for k in r) if k not in ecols]
    write(out / "events.csv", ev, ecols)
    orders = sorted(g.orders, key=lambda r: r["ts"])
    write(out / "orders.csv", orders)
    fb = g.feedback
    fcols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps"]
    fcols += [k for k in dict.fromkeys(k for r in fb for k in r) if k not in fcols]
    write(out / "feedback.csv", fb, fcols)
    write(out / "experiments.csv", g.exp)
    write(out / "_truth" / "feedback_truth.csv", g.truth)
    print(f"customers {len(g.customer_rows())} events {len(ev)} orders {len(orders)} feedback {len(fb)} "
          f"experiments {len(g.exp)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
