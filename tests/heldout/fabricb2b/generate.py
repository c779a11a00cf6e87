"""织源 WeaveSource: a B2B fabric sourcing platform that connects fashion brands with partner mills.

Brands (designer labels, growing brands and large apparel groups in China, Europe, North America and Asia-Pacific)
open an account (品牌入驻, some right after meeting us at a trade show 展会), request swatch cards (申请样卡), receive
them (样卡签收), order sample yardage for their sample garments (样布下单) and may place a bulk purchase order (大货下单;
repeat orders 返单 later). A bulk PO needs a 30 % deposit (支付定金); the mill then dyes lab dips to the brand's colour
(色样寄送) which the brand approves or rejects (色样审批, rounds until OK, the PO is cancelled and the deposit refunded
after four rejections), starts bulk production (大货投产), has the goods inspected (大货验货, pass / fail with a defect
type, re-inspected after rework), the brand pays the 70 % balance (支付尾款), the goods ship (出运: truck / sea / air)
and arrive (到货签收, on time or late against the confirmed date). Brands can file a quality claim (提交索赔: shade
variation, shrinkage, defects, short shipment) that ends in a credit note, a remake or a rejection (索赔结案). Account
managers call brands after deliveries (客户经理回访).

Extract: 2024-07-01 .. 2026-06-30 (taken at the start of July 2026). 560 brands that joined in 2023 / H1 2024 are in
`customers` (signup_at before the extract) and appear only with their repeat orders from July 2024 on.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics per comment; not a DATA.md table).
Deterministic (seed 20261130), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261130
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 6, 30, 23, 59, 59)
N_NEW, N_LEGACY = 3600, 560
SHADE_BUG = (datetime(2025, 8, 15), datetime(2025, 12, 1))   # mill M01 switched its reactive-dye supplier
REROUTE = (datetime(2026, 1, 1), datetime(2026, 5, 1))       # Europe-bound sea freight sent round the Cape
SMALL_BATCH = datetime(2025, 9, 1)                            # 小单快反: bulk MOQ 500 m -> 150 m

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_trade_show", "展会到访", "Trade show visit", "awareness", "store", "physical", "marketing",
     "展会|面料展|看展|展位|Intertextile|Première Vision|Texworld|trade show|fair|booth"),
    ("tp_signup", "品牌入驻", "Brand account opened", "awareness", "web", "digital", "sales",
     "入驻|注册|开户|新客户|onboarding|sign up|signup|new account"),
    ("tp_swatch_request", "申请样卡", "Swatch request", "consideration", "web", "digital", "sourcing",
     "样卡|色卡|剪样|头卡|要样|swatch|swatches|header card|swatch card"),
    ("tp_swatch_deliver", "样卡签收", "Swatches delivered", "consideration", "other", "physical", "logistics",
     "样卡到了|收到样卡|swatch delivery|swatches received"),
    ("tp_sample_order", "样布下单", "Sample yardage order", "consideration", "web", "digital", "sourcing",
     "样布|打样|样衣面料|样品|sample yardage|sampling|sample order|sample meters"),
    ("tp_po_place", "大货下单", "Bulk PO placed", "purchase", "web", "digital", "sales",
     "下大货|大货订单|大单|采购单|PO|bulk order|purchase order|first bulk order"),
    ("tp_deposit", "支付定金", "Deposit paid", "purchase", "web", "digital", "finance",
     "定金|预付款|首款|30%定金|deposit|down payment"),
    ("tp_labdip_submit", "色样寄送", "Lab dips sent", "service", "other", "physical", "mill_ops",
     "打色|色样|对色|色卡寄送|lab dip|labdip|lab dips|colour submission"),
    ("tp_labdip_decision", "色样审批", "Lab-dip decision", "service", "web", "digital", "merchandising",
     "批色|色样确认|OK色|色样驳回|lab dip approval|colour approval|color approval|lab dip rejected"),
    ("tp_production", "大货投产", "Bulk production started", "service", "other", "physical", "mill_ops",
     "投产|开机|织造|染色|排产|production|weaving|dyeing|bulk production"),
    ("tp_qc", "大货验货", "QC inspection", "service", "other", "physical", "quality",
     "验货|质检|QC|inspection|AQL|四分制|4-point|quality check"),
    ("tp_balance", "支付尾款", "Balance paid", "purchase", "web", "digital", "finance",
     "尾款|余款|70%尾款|balance|balance payment|final payment"),
    ("tp_ship", "出运", "Shipped", "service", "other", "physical", "logistics",
     "发货|出货|订舱|装柜|shipment|shipping|dispatch|ETD"),
    ("tp_deliver", "到货签收", "Bulk delivered", "service", "other", "physical", "logistics",
     "到货|收货|大货签收|交货|delivery|delivered|arrival|ETA"),
    ("tp_claim_submit", "提交索赔", "Quality claim filed", "service", "web", "digital", "quality",
     "索赔|质量投诉|客诉|claim|quality claim|complaint"),
    ("tp_claim_result", "索赔结案", "Claim resolved", "service", "email", "digital", "quality",
     "结案|赔付|折让|重做|驳回|claim decision|credit note|remake|claim outcome"),
    ("tp_reorder", "返单", "Repeat order placed", "loyalty", "web", "digital", "sales",
     "返单|翻单|追单|复购|repeat order|reorder|re-order|repeat PO"),
    ("tp_am_review", "客户经理回访", "Account manager review call", "loyalty", "phone", "physical", "sales",
     "回访|客户回访|复盘|QBR|account review|check-in call|AM call"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("first_order", "新品牌首单转化", "New brand to first bulk order",
     ["tp_signup", "tp_swatch_request", "tp_swatch_deliver", "tp_sample_order", "tp_po_place", "tp_deposit"], 120),
    ("fulfil", "大货履约", "Bulk order fulfilment",
     ["tp_deposit", "tp_labdip_decision", "tp_production", "tp_qc", "tp_ship", "tp_deliver"], 90),
    ("claim", "质量索赔处理", "Quality claim handling", ["tp_claim_submit", "tp_claim_result"], 30),
    ("repeat", "返单复购", "Repeat business", ["tp_deliver", "tp_reorder"], 180),
]
MILLS = {  # id: zh, en, place, port_en, port_zh
    "M01": ("华纺印染", "Huafang Dyeing & Printing", "绍兴柯桥", "Ningbo", "宁波港"),
    "M02": ("盛泽丝绸", "Shengze Silk", "苏州吴江", "Shanghai", "上海港"),
    "M03": ("西樵牛仔", "Xiqiao Denim", "佛山西樵", "Yantian", "深圳盐田港"),
    "M04": ("甬新针织", "Yongxin Knitting", "宁波", "Ningbo", "宁波港"),
    "M05": ("常州新纤", "Changzhou Xinxian Fibre", "常州", "Shanghai", "上海港"),
    "M06": ("江阴毛纺", "Jiangyin Worsted", "江阴", "Shanghai", "上海港"),
    "M07": ("南定纺织", "Nam Dinh Textile", "越南南定", "Hai Phong", "海防港"),
}
FABRICS = {  # id: zh, en, price range CNY/m, mills, first-round lab-dip approval, QC defect mix
    "cotton_poplin": ("棉府绸", "Cotton poplin", (16, 26), {"M01": 0.6, "M07": 0.4}, 0.68,
                      {"shade": 0.35, "weaving": 0.30, "shrinkage": 0.15, "weight": 0.10, "fastness": 0.10}),
    "linen": ("亚麻", "Linen", (38, 58), {"M01": 0.7, "M05": 0.3}, 0.62,
              {"shade": 0.30, "weaving": 0.35, "shrinkage": 0.20, "weight": 0.10, "fastness": 0.05}),
    "denim": ("牛仔布", "Denim", (28, 42), {"M03": 1.0}, 0.66,
              {"shade": 0.30, "weaving": 0.25, "shrinkage": 0.30, "weight": 0.10, "fastness": 0.05}),
    "silk": ("真丝", "Silk", (95, 165), {"M02": 1.0}, 0.40,
             {"shade": 0.35, "weaving": 0.45, "shrinkage": 0.05, "weight": 0.05, "fastness": 0.10}),
    "knit_jersey": ("针织汗布", "Knit jersey", (20, 32), {"M04": 0.7, "M07": 0.3}, 0.68,
                    {"shade": 0.20, "weaving": 0.15, "shrinkage": 0.50, "weight": 0.10, "fastness": 0.05}),
    "recycled_poly": ("再生涤纶", "Recycled polyester", (14, 22), {"M04": 0.5, "M05": 0.5}, 0.72,
                      {"shade": 0.30, "weaving": 0.30, "shrinkage": 0.10, "weight": 0.20, "fastness": 0.10}),
    "wool": ("羊毛呢", "Wool suiting", (115, 185), {"M06": 1.0}, 0.60,
             {"shade": 0.30, "weaving": 0.45, "shrinkage": 0.10, "weight": 0.10, "fastness": 0.05}),
    "tencel": ("天丝", "Tencel lyocell", (30, 46), {"M05": 0.6, "M01": 0.4}, 0.62,
               {"shade": 0.35, "weaving": 0.25, "shrinkage": 0.20, "weight": 0.10, "fastness": 0.10}),
}
DEFECT = {"shade": ("色差", "Shade variation"), "weaving": ("织疵", "Weaving defects"),
          "shrinkage": ("缩率超标", "Shrinkage out of spec"), "weight": ("克重不符", "Weight out of spec"),
          "fastness": ("色牢度不达标", "Colour fastness fail")}
LINES = {  # product line: zh, fabric mix
    "womenswear": ("女装", {"cotton_poplin": .20, "linen": .15, "silk": .20, "tencel": .15, "knit_jersey": .10,
                           "wool": .10, "denim": .05, "recycled_poly": .05}),
    "menswear": ("男装", {"cotton_poplin": .25, "wool": .20, "denim": .20, "linen": .15, "knit_jersey": .10,
                         "tencel": .05, "recycled_poly": .05}),
    "sportswear": ("运动服", {"knit_jersey": .40, "recycled_poly": .45, "cotton_poplin": .05, "tencel": .10}),
    "kidswear": ("童装", {"cotton_poplin": .30, "knit_jersey": .35, "denim": .15, "linen": .10, "tencel": .10}),
}
REGIONS = {  # zh, weight, cities (en, zh, country), domestic
    "east_china": ("华东", 0.30, [("Shanghai", "上海", "China"), ("Hangzhou", "杭州", "China")], True),
    "south_china": ("华南", 0.22, [("Guangzhou", "广州", "China"), ("Shenzhen", "深圳", "China")], True),
    "north_china": ("华北", 0.10, [("Beijing", "北京", "China")], True),
    "europe": ("欧洲", 0.16, [("London", "伦敦", "UK"), ("Paris", "巴黎", "France"), ("Milan", "米兰", "Italy"),
                            ("Copenhagen", "哥本哈根", "Denmark")], False),
    "north_america": ("北美", 0.12, [("New York", "纽约", "USA"), ("Los Angeles", "洛杉矶", "USA"),
                                   ("Toronto", "多伦多", "Canada")], False),
    "asia_pacific": ("亚太", 0.10, [("Tokyo", "东京", "Japan"), ("Seoul", "首尔", "Korea"),
                                  ("Sydney", "悉尼", "Australia")], False),
}
ACQ = {  # zh, weight, swatch p, sample p, PO multiplier
    "trade_show": ("展会", 0.22, 0.93, 0.62, 1.25),
    "sales_outreach": ("销售拓展", 0.17, 0.85, 0.52, 1.05),
    "referral": ("老客户推荐", 0.12, 0.90, 0.60, 1.20),
    "search_ads": ("搜索广告", 0.25, 0.74, 0.36, 0.80),
    "social": ("社交媒体", 0.15, 0.70, 0.33, 0.70),
    "alibaba": ("阿里国际站", 0.09, 0.80, 0.45, 0.90),
}
TIERS = {"startup": ("初创设计师品牌", 0.46), "growth": ("成长型品牌", 0.40), "enterprise": ("大型品牌", 0.14)}
SEG_ZH = {"prospect": "未下大货", "active": "活跃客户", "lapsed": "沉睡客户"}
AMS = {  # en: zh
    "Chen Jing": "陈静", "Wang Lei": "王磊", "Zhang Wei": "张伟", "Sophie Martin": "苏菲", "Li Na": "李娜",
    "Zhou Min": "周敏"}
SHOWS = {  # region group -> [(date, en, zh)]
    "cn": [(datetime(2024, 8, 27), "Intertextile Shanghai Autumn 2024", "2024秋季上海面料展"),
           (datetime(2025, 3, 11), "Intertextile Shanghai Spring 2025", "2025春季上海面料展"),
           (datetime(2025, 8, 26), "Intertextile Shanghai Autumn 2025", "2025秋季上海面料展"),
           (datetime(2026, 3, 10), "Intertextile Shanghai Spring 2026", "2026春季上海面料展")],
    "eu": [(datetime(2024, 9, 17), "Première Vision Paris Sep 2024", "2024年9月巴黎PV展"),
           (datetime(2025, 2, 11), "Première Vision Paris Feb 2025", "2025年2月巴黎PV展"),
           (datetime(2025, 9, 16), "Première Vision Paris Sep 2025", "2025年9月巴黎PV展"),
           (datetime(2026, 2, 10), "Première Vision Paris Feb 2026", "2026年2月巴黎PV展")],
    "na": [(datetime(2024, 7, 23), "Texworld New York Jul 2024", "2024年7月纽约Texworld展"),
           (datetime(2025, 1, 21), "Texworld New York Jan 2025", "2025年1月纽约Texworld展"),
           (datetime(2025, 7, 22), "Texworld New York Jul 2025", "2025年7月纽约Texworld展"),
           (datetime(2026, 1, 20), "Texworld New York Jan 2026", "2026年1月纽约Texworld展")],
}
LABDIP_REJECT = {"too_dark": "偏深", "too_light": "偏浅", "wrong_hue": "色光不对", "metamerism": "灯下跳色",
                 "uneven": "染色不匀"}
CLAIM_TYPES = {"shade_variation": "色差", "shrinkage": "缩水", "defects": "疵点", "short_shipment": "短码"}
RESOLUTION = {"credit_note": "折让", "remake": "重做", "rejected": "驳回"}
CLAIM_REJECT = {"already_cut": "已开裁", "filed_late": "超过索赔时效", "within_tolerance": "在允差范围内"}
MODES = {"truck": "陆运", "sea": "海运", "air": "空运"}
OTYPE_ZH = {"sample_yardage": "样布", "bulk_deposit": "大货定金", "bulk_balance": "大货尾款"}
ZH_BRAND = (["山", "野", "木", "白", "素", "拾", "南", "北", "一", "云", "青", "言", "森", "禾", "墨", "川"],
            ["集", "物", "舍", "衣", "研", "造", "间", "屿", "迹", "默", "所", "色"])
EN_BRAND = (["Maison", "Studio", "Atelier", "House of", "North", "Little", "Wild", "Common", "Loom", "Field"],
            ["Lune", "Ember", "Sable", "Fern", "Oak", "Tide", "Marlow", "Juniper", "Rowan", "Vale", "Nomad", "Iris"])

# ---------- comment texts: topic -> (zh list, en list); gold.py's markers are noted per topic ----------
TXT = {
    # 色差 | shade
    "shade": (["大货和确认的色样有色差，整批都偏红", "同一批布不同卷之间色差明显，裁出来的衣片拼不上",
               "到货发现色差太大，比批过的样偏深一个度"],
              ["Bulk came in off-shade versus the approved standard",
               "Roll-to-roll shade variation, the panels don't match after cutting",
               "Noticeable shade difference between rolls in the same lot"]),
    # 打色 | lab dip
    "labdip_slow": (["打色打了四轮才OK，开发计划全被拖住", "打色来回好几次，颜色总是偏", "打色太慢了，等色样等了一个月"],
                    ["Lab dips went back and forth four times", "Third round of lab dips and the colour is still wrong",
                     "Waiting on lab dips is killing our calendar"]),
    # 延误 | delayed / arrived late
    "late": (["大货到货延误了两周，错过了上新", "货期一再延误，没人给个准信", "海运延误，门店等货等到断码"],
             ["The bulk shipment was delayed by two weeks and we missed our drop",
              "Sea freight delayed again, our stores are waiting", "Goods arrived late for the second season in a row"]),
    # 缩水 | shrink
    "shrinkage": (["洗后缩水超过5%，成衣尺寸全不对", "缩水率超标，跟测试报告对不上"],
                  ["Shrinkage after washing is over 5%", "The fabric shrinks way more than the test report said"]),
    # 疵点 | defect
    "defects": (["布面疵点太多，断经、油污都有", "每卷都有疵点，裁剪损耗很大"],
                ["Too many weaving defects, oil stains and broken ends", "Defects in every roll, our cutting waste went up"]),
    # 起订量 | moq / minimum order
    "moq": (["起订量太高了，我们小品牌一次用不了500米", "起订量能不能降一点，新款想先试水"],
            ["The MOQ is way too high for a small label", "We can't commit to that minimum order for a test style"]),
    # 定金 | deposit
    "deposit_terms": (["30%定金压力太大，希望能月结", "定金比例太高，现金流扛不住"],
                      ["A 30% deposit up front is hard for our cash flow", "Could you offer net terms instead of a deposit?"]),
    # 清关 | customs
    "customs": (["清关卡了一周，文件不全", "清关资料缺原产地证，被海关扣了"],
                ["Stuck in customs for a week because of missing paperwork",
                 "Customs held the goods, the certificate of origin was missing"]),
    # 索赔被驳回 | claim was rejected / claim rejected
    "claim_rejected": (["索赔被驳回，说已经开裁就不赔", "索赔被驳回了，理由是超过时效"],
                       ["Our claim was rejected because we had already cut the fabric",
                        "Claim rejected, they said we filed too late"]),
    # 爽快 / 赔付很及时 | credit note / fairly
    "claim_fair": (["索赔处理很爽快，折让一周就到账", "质量问题赔付很及时"],
                   ["The credit note for the claim came through quickly", "They handled our quality claim fairly"]),
    # 样卡 | swatch
    "swatch_good": (["样卡做得很专业，质感一目了然", "样卡齐全，第二天就到了"],
                    ["The swatch cards are beautifully organised", "Swatches arrived the next day, great selection"]),
    # 客户经理 | account manager
    "am_good": (["客户经理很专业，回复很快", "客户经理帮我们协调工厂，省心"],
                ["Our account manager is super responsive", "The account manager sorted out the mill issue for us"]),
    # 有竞争力 | competitive
    "price_good": (["价格很有竞争力，比之前的供应商便宜", "同样品质价格有竞争力"],
                   ["Very competitive pricing for the quality", "Prices are competitive compared to our old supplier"]),
    # GRS
    "eco": (["有GRS认证的再生面料，正好满足我们的可持续要求", "GRS证书齐全，品牌审核很方便"],
            ["Love that the recycled range is GRS certified", "GRS documents were all in order for our audit"]),
    # 进度 | tracking
    "tracking": (["平台上能实时看生产进度，很方便", "生产进度每周更新，心里有数"],
                 ["Real-time production tracking on the portal is great", "Weekly production tracking updates keep us calm"]),
    # 手感 | hand feel
    "quality_good": (["面料手感很好，成衣效果超出预期", "手感细腻，垂感也好"],
                     ["Lovely hand feel, the garments look premium", "Great hand feel and drape"]),
    # 小单快反 | small-batch
    "small_batch": (["小单快反太香了，150米也能下大货", "有了小单快反，我们可以先测款再追单"],
                    ["The new small-batch program lets us order just 150 metres",
                     "Small-batch orders mean we can test styles first"]),
}
GEN = {
    "pos": (["整体满意", "会继续合作", "已经推荐给同行"], ["Overall happy", "Will keep working with you",
                                                "Recommended you to other brands"]),
    "neu": (["还行", "一般般", "中规中矩"], ["It's okay", "Average", "Nothing special"]),
    "neg": (["很失望", "体验很差", "要考虑换供应商了"], ["Disappointed", "Poor experience", "Considering other suppliers"]),
}
NEG_TOPICS = {"shade", "labdip_slow", "late", "shrinkage", "defects", "moq", "deposit_terms", "customs",
              "claim_rejected"}
TOPIC_TP = {"shade": "tp_deliver", "labdip_slow": "tp_labdip_decision", "late": "tp_deliver", "shrinkage": "tp_deliver",
            "defects": "tp_deliver", "moq": "tp_po_place", "deposit_terms": "tp_deposit", "customs": "tp_ship",
            "claim_rejected": "tp_claim_result", "claim_fair": "tp_claim_result", "swatch_good": "tp_swatch_deliver",
            "am_good": "tp_am_review", "price_good": "tp_po_place", "eco": "tp_sample_order",
            "tracking": "tp_production", "quality_good": "tp_deliver", "small_batch": "tp_po_place"}
TOPIC_ORDER = ["shade", "shrinkage", "defects", "late", "labdip_slow", "customs", "claim_rejected", "claim_fair",
               "moq", "deposit_terms", "small_batch", "swatch_good", "eco", "tracking", "am_good", "price_good",
               "quality_good"]


def pick(items, w):
    w = list(w)
    r = float(rng.random()) * sum(w)
    for it, x in zip(items, w):
        r -= x
        if r < 0:
            return it
    return items[-1]


def pickd(d):
    return pick(list(d), list(d.values()))


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def day_time(t: datetime, lo=9.0, hi=19.0) -> datetime:
    return datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(lo, hi)))


def days(lo, hi):
    return D(days=float(rng.uniform(lo, hi)))


def season(t: datetime) -> str:
    """bulk for spring/summer is bought Jul-Dec, for autumn/winter Jan-Jun of the year before the season."""
    return f"SS{(t.year + 1) % 100:02d}" if t.month >= 7 else f"AW{t.year % 100:02d}"


BUY_WINDOWS = [  # (from, to, main season window?)
    (datetime(2024, 7, 1), datetime(2024, 9, 30), True), (datetime(2024, 10, 8), datetime(2024, 12, 20), False),
    (datetime(2025, 1, 6), datetime(2025, 3, 31), True), (datetime(2025, 4, 7), datetime(2025, 6, 20), False),
    (datetime(2025, 7, 1), datetime(2025, 9, 30), True), (datetime(2025, 10, 8), datetime(2025, 12, 20), False),
    (datetime(2026, 1, 5), datetime(2026, 3, 31), True), (datetime(2026, 4, 7), datetime(2026, 6, 20), False),
]
MONTHS = [(y, m) for y in (2024, 2025, 2026) for m in range(1, 13) if (2024, 7) <= (y, m) <= (2026, 6)]
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def entry_time():
    w = [1.0 + 0.03 * i for i in range(len(MONTHS))]
    y, m = pick(MONTHS, w)
    return day_time(datetime(y, m, int(rng.integers(1, MDAYS[m - 1] + 1))))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n = dict(ev=0, ord=0, fb=0, sw=0, sp=0, po=0, clm=0)

    def nid(self, k):
        self.n[k] += 1
        return self.n[k]

    # ---------- writers ----------
    def ev(self, c, t, tp, action, sid=None, digital=True, channel=None, **kw):
        if t > END or t < START:
            return t <= END
        if digital:
            dev = c["device"] if rng.random() < 0.8 else pick(["pc", "ios", "android"], [0.6, 0.2, 0.2])
            ch = channel or ("app" if dev != "pc" and not c["domestic"] else
                             ("mini_program" if dev != "pc" else "web"))
        else:
            dev, ch = None, channel or "other"
        row = dict(event_id=f"EV{self.nid('ev'):07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=dev, channel=ch)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, status="paid", **kw):
        if t > END or t < START:
            return None
        dev = c["device"]
        row = dict(order_id=f"WS{self.nid('ord'):06d}", customer_id=c["customer_id"], ts=ts(t),
                   amount=round(float(amount), 2), status=status,
                   channel="web" if dev == "pc" else ("mini_program" if c["domestic"] else "app"), device=dev,
                   order_type=otype, 订单类型=OTYPE_ZH[otype], currency="CNY", payment_method=c["pay"],
                   region=c["region"], 地区=c["地区"], tier=c["tier"], 客户规模=c["客户规模"])
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, undated=False, gen=None, tp=None, po=None):
        if t is None or t > END or t < START:
            return
        fid = f"F{self.nid('fb'):05d}"
        lang = c["lang"] if rng.random() < 0.9 else ("zh" if c["lang"] == "en" else "en")
        li = 1 if lang == "en" else 0
        topics = [k for k in TOPIC_ORDER if k in topics]
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if set(topics) & NEG_TOPICS else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = TOPIC_TP[topics[0]] if topics else "tp_deliver"
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t), customer_id=c["customer_id"],
                   touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang,
                   po_id=po["po_id"] if po else None, mill_id=po["mill_id"] if po else None,
                   工厂=MILLS[po["mill_id"]][0] if po else None, mill_en=MILLS[po["mill_id"]][1] if po else None,
                   fabric_category=po["fabric"] if po else None, 面料类别=FABRICS[po["fabric"]][0] if po else None,
                   region=c["region"], 地区=c["地区"], tier=c["tier"], 客户规模=c["客户规模"],
                   account_manager=c["am"])
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics), sentiment=gen))

    @staticmethod
    def stars(bad: bool, mild=False):
        if bad:
            return float(pick([1, 2, 3], [0.5, 0.35, 0.15] if not mild else [0.2, 0.45, 0.35]))
        return float(pick([3, 4, 5], [0.1, 0.35, 0.55]))

    # ---------- brands ----------
    def make_brand(self, i, legacy=False):
        reg = pick(list(REGIONS), [v[1] for v in REGIONS.values()])
        rz, _, cities, domestic = REGIONS[reg]
        city = cities[int(rng.integers(0, len(cities)))]
        tier = pick(list(TIERS), [0.30, 0.45, 0.25] if legacy else [v[1] for v in TIERS.values()])
        acq = pick(list(ACQ), [v[1] for v in ACQ.values()])
        line = pick(list(LINES), [0.42, 0.22, 0.18, 0.18])
        if tier == "enterprise" and rng.random() < 0.6:
            am = "Zhou Min"
        elif reg == "europe":
            am = "Sophie Martin"
        elif not domestic:
            am = "Li Na"
        else:
            am = pick(["Chen Jing", "Wang Lei", "Zhang Wei"], [0.4, 0.35, 0.25])
        if domestic:
            name = str(rng.choice(ZH_BRAND[0])) + str(rng.choice(ZH_BRAND[0])) + str(rng.choice(ZH_BRAND[1]))
        else:
            name = f"{rng.choice(EN_BRAND[0])} {rng.choice(EN_BRAND[1])}"
        dev = pick(["pc", "ios", "android"], [0.62, 0.22, 0.16] if not domestic else [0.55, 0.20, 0.25])
        pay = (pick(["bank_transfer", "alipay", "wechat_pay"], [0.7, 0.2, 0.1]) if domestic else
               pick(["tt_wire", "paypal", "letter_of_credit"], [0.78, 0.12, 0.10]))
        c = dict(customer_id=f"B{i:05d}", brand_name=name, tier=tier, 客户规模=TIERS[tier][0], region=reg, 地区=rz,
                 city=city[0], 城市=city[1], country=city[2], domestic=domestic, acquisition_channel=acq,
                 获客渠道=ACQ[acq][0], product_line=line, 品类=LINES[line][0], am=am, 客户经理=AMS[am], device=dev,
                 pay=pay, lang="zh" if domestic else "en", legacy=legacy, signup_at=None, last_po=None, n_po=0,
                 show=None)
        return c

    def fabric_for(self, c):
        return pickd(LINES[c["product_line"]][1])

    def onboard(self, c):
        acq = c["acquisition_channel"]
        if acq == "trade_show":
            grp = "cn" if c["domestic"] or c["region"] == "asia_pacific" else (
                "eu" if c["region"] == "europe" else "na")
            show = SHOWS[grp][int(rng.integers(0, len(SHOWS[grp])))]
            c["show"] = show
            tshow = day_time(show[0] + D(days=int(rng.integers(0, 3))))
            self.ev(c, tshow, "tp_trade_show", "visit", digital=False, channel="store", trade_show=show[1], 展会=show[2])
            t0 = day_time(tshow + days(1, 14))
            if rng.random() < 0.45:     # feedback cards filled at the booth, typed in later without a date
                topics = [pick(["swatch_good", "quality_good", "eco", "moq", "price_good"],
                               [0.35, 0.25, 0.15, 0.15 if c["tier"] == "startup" else 0.03, 0.10])]
                neg = topics[0] == "moq"
                self.fb(c, tshow, topics, "trade_show_card", rating=self.stars(neg, mild=True), undated=True,
                        tp="tp_trade_show")
        else:
            t0 = entry_time()
        c["signup_at"] = t0
        if not self.ev(c, t0, "tp_signup", "verified", account_manager=c["am"], 客户经理=c["客户经理"]):
            return
        _, _, p_sw, p_sp, po_mult = ACQ[acq]
        if rng.random() >= p_sw:
            return
        t_sw = day_time(t0 + days(0.2, 18))
        t_dl = self.swatch(c, t_sw)
        if t_dl is None:
            return
        if rng.random() >= p_sp:
            if rng.random() < 0.2:
                self.swatch(c, day_time(t_dl + days(10, 60)))
            return
        t_sp = day_time(t_dl + days(2, 32))
        fabric = self.sample(c, t_sp)
        base = {"startup": 0.20 if t_sp < SMALL_BATCH else 0.50, "growth": 0.58, "enterprise": 0.68}[c["tier"]]
        if rng.random() < min(0.95, base * po_mult):
            t_po = day_time(t_sp + days(8, 60))
            o = self.po(c, t_po, fabric, first=True)
            if o:
                p0 = {"startup": 0.62, "growth": 0.78, "enterprise": 0.88}[c["tier"]]
                self.life(c, o["delivered"] + D(days=10), p0 * (0.5 if o["claim"] else (0.85 if o["late"] else 1)))

    def swatch(self, c, t):
        sw = f"SW{self.nid('sw'):05d}"
        fabrics = sorted({self.fabric_for(c) for _ in range(int(rng.integers(1, 4)))})
        if not self.ev(c, t, "tp_swatch_request", "submit", sid=sw, swatch_request_id=sw,
                       swatch_count=int(rng.integers(4, 16)), fabric_category="|".join(fabrics),
                       面料类别="|".join(FABRICS[f][0] for f in fabrics)):
            return None
        if rng.random() < 0.025:
            return None
        if c["domestic"]:
            tdl, courier = day_time(t + days(0.8, 3.2)), "sf_express"
        else:
            tdl, courier = day_time(t + days(3.5, 9.5)), "dhl"
        self.ev(c, tdl, "tp_swatch_deliver", "delivered", sid=sw, digital=False, swatch_request_id=sw,
                courier=courier, destination_country=c["country"])
        if rng.random() < 0.04:
            self.fb(c, tdl + days(0.2, 2), ["swatch_good"], "order_review", rating=self.stars(False),
                    tp="tp_swatch_deliver")
        return tdl

    def sample(self, c, t):
        sp = f"SP{self.nid('sp'):05d}"
        fabric = self.fabric_for(c)
        mill = pickd(FABRICS[fabric][3])
        meters = round(float(rng.uniform(3, 30)), 1)
        price = round(float(rng.uniform(*FABRICS[fabric][2])), 2)
        if self.ev(c, t, "tp_sample_order", "submit", sid=sp, sample_order_id=sp, fabric_category=fabric,
                   面料类别=FABRICS[fabric][0], mill_id=mill, 工厂=MILLS[mill][0], mill_en=MILLS[mill][1],
                   meters=meters, unit_price=round(price * 1.6, 2)):
            self.order(c, t, meters * price * 1.6, "sample_yardage",
                       status="paid" if rng.random() > 0.03 else "refunded", sample_order_id=sp,
                       fabric_category=fabric, 面料类别=FABRICS[fabric][0], mill_id=mill, 工厂=MILLS[mill][0],
                       mill_en=MILLS[mill][1], meters=meters, unit_price=round(price * 1.6, 2))
            if fabric == "recycled_poly" and rng.random() < 0.12:
                self.fb(c, t + days(5, 15), ["eco"], pick(["order_review", "email"], [0.6, 0.4]),
                        rating=None, tp="tp_sample_order")
        return fabric

    # ---------- bulk purchase orders ----------
    def po(self, c, t, fabric, first=False):
        pid = f"PO{self.nid('po'):05d}"
        mill = pickd(FABRICS[fabric][3])
        zh, en, prange = FABRICS[fabric][0], FABRICS[fabric][1], FABRICS[fabric][2]
        tier = c["tier"]
        if tier == "startup":
            meters = float(rng.uniform(150, 600)) if t >= SMALL_BATCH else float(rng.uniform(500, 900))
        elif tier == "growth":
            meters = float(rng.uniform(800, 3200))
        else:
            meters = float(rng.uniform(2500, 9000))
        meters = round(meters / 10) * 10
        price = round(float(rng.uniform(*prange)), 2)
        value = round(meters * price, 2)
        po = dict(po_id=pid, mill_id=mill, fabric=fabric)
        common = dict(po_id=pid, mill_id=mill, 工厂=MILLS[mill][0], mill_en=MILLS[mill][1], fabric_category=fabric,
                      面料类别=zh)
        tp = "tp_po_place" if first else "tp_reorder"
        if not self.ev(c, t, tp, "submit", sid=pid, **common, meters=meters, unit_price=price, po_value=value,
                       season=season(t), color_code=f"{int(rng.integers(11, 20))}-{int(rng.integers(1000, 6400))} TCX",
                       is_repeat=not first):
            return None
        c["last_po"] = t
        c["last_fabric"] = fabric
        if first and tier == "startup" and t < SMALL_BATCH and rng.random() < 0.3:
            self.fb(c, t + days(0.5, 5), ["moq"], pick(["email", "ticket"], [0.5, 0.5]), tp="tp_po_place",
                    undated=rng.random() < 0.2, po=po)
        if first and tier == "startup" and t >= SMALL_BATCH and rng.random() < 0.2:
            self.fb(c, t + days(0.5, 5), ["small_batch"], "order_review", rating=self.stars(False), tp="tp_po_place",
                    po=po)
        # deposit (a PO without deposit within ten days is cancelled)
        p_dep = {"startup": 0.70, "growth": 0.92, "enterprise": 0.97}[tier] if first else 0.985
        td = day_time(t + days(0.3, 9))
        ocom = dict(po_id=pid, fabric_category=fabric, 面料类别=zh, mill_id=mill, 工厂=MILLS[mill][0],
                    mill_en=MILLS[mill][1], meters=meters, unit_price=price, season=season(t))
        if rng.random() >= p_dep:
            self.order(c, td, value * 0.3, "bulk_deposit", status="cancelled", **ocom)
            if tier != "enterprise" and rng.random() < 0.25:
                self.fb(c, td, ["deposit_terms"], pick(["email", "ticket"], [0.5, 0.5]), tp="tp_deposit", po=po,
                        undated=rng.random() < 0.15)
            return None
        dep = self.order(c, td, value * 0.3, "bulk_deposit", **ocom)
        if not self.ev(c, td, "tp_deposit", "paid", sid=pid, **common, amount=round(value * 0.3, 2)):
            return None
        c["n_po"] += 1
        std = {"truck": 3, "air": 7}
        mode = self.mode(c)
        transit_std = std.get(mode) or {"europe": 35, "north_america": 24, "asia_pacific": 11}[c["region"]]
        promised = datetime(td.year, td.month, td.day) + D(days=14 + 21 + 4 + 3 + transit_std + 9)
        # lab dips
        t_l = day_time(td + days(3.5, 8))
        approve_p = FABRICS[fabric][4] - (0.06 if tier == "enterprise" else 0)
        ok = False
        for rnd in range(1, 5):
            bug = mill == "M01" and SHADE_BUG[0] <= t_l < SHADE_BUG[1]
            p = approve_p * 0.42 if bug else approve_p
            if rnd > 1:
                p = min(0.95, p + 0.15 * (rnd - 1))
            if not self.ev(c, t_l, "tp_labdip_submit", "sent", sid=pid, digital=False, **common, labdip_round=rnd):
                return None
            tdec = day_time(t_l + days(1.5, 4.5) + (days(2, 4) if not c["domestic"] else D(0)))
            ok = rng.random() < p
            reason = None if ok else pick(list(LABDIP_REJECT), [0.3, 0.15, 0.35, 0.1, 0.1])
            if not self.ev(c, tdec, "tp_labdip_decision", "approved" if ok else "rejected", sid=pid, **common,
                           labdip_round=rnd, reject_reason=reason, 驳回原因=LABDIP_REJECT.get(reason),
                           delta_e=round(float(rng.uniform(0.3, 0.9) if ok else rng.uniform(1.1, 2.8)), 2)):
                return None
            if not ok and rnd >= 2 and rng.random() < 0.22:
                self.fb(c, tdec + days(0.1, 1), ["labdip_slow"], pick(["ticket", "wechat_group"], [0.5, 0.5]),
                        tp="tp_labdip_decision", po=po)
            if ok:
                break
            t_l = day_time(tdec + days(2.5, 6))
        if not ok:      # four rejections: the PO is cancelled and the deposit refunded
            dep["status"] = "refunded"
            dep["refunded_at"] = ts(tdec + D(days=3))
            return None
        # production and inspection
        t_p = day_time(tdec + days(0.8, 4))
        if not self.ev(c, t_p, "tp_production", "started", sid=pid, digital=False, **common,
                       planned_days=int(rng.integers(14, 28))):
            return None
        t_q = day_time(t_p + days(13, 26) + (days(3, 6) if fabric in ("silk", "wool") else D(0)))
        bug = mill == "M01" and SHADE_BUG[0] <= t_p < SHADE_BUG[1]
        agency = pick(["SGS", "Intertek", "Bureau Veritas", "in_house"], [0.30, 0.25, 0.15, 0.30])
        for rnd in range(1, 4):
            if bug:
                p_fail = 0.40 if rnd == 1 else 0.15
            else:
                p_fail = (0.085 if rnd == 1 else 0.05) * (1.6 if fabric == "knit_jersey" else 1.0)
            fail = rng.random() < p_fail
            if fail:
                dtype = "shade" if bug and rng.random() < 0.85 else pickd(FABRICS[fabric][5])
            else:
                dtype = None
            if not self.ev(c, t_q, "tp_qc", "fail" if fail else "pass", sid=pid, digital=False, **common,
                           inspection_round=rnd, qc_agency=agency, defect_type=dtype,
                           疵点类型=DEFECT[dtype][0] if dtype else None,
                           points_per_100yd2=round(float(rng.uniform(8, 19) if not fail else rng.uniform(22, 48)), 1),
                           delta_e=round(float(rng.uniform(0.8, 2.6) if dtype == "shade" else rng.uniform(0.2, 0.9)), 2)):
                return None
            if not fail:
                break
            t_q = day_time(t_q + days(5, 12))
        # balance, shipment, delivery
        tb = day_time(t_q + days(0.5, 5))
        self.order(c, tb, value * 0.7, "bulk_balance", **ocom)
        if not self.ev(c, tb, "tp_balance", "paid", sid=pid, **common, amount=round(value * 0.7, 2)):
            return None
        t_s = day_time(tb + days(0.8, 4))
        port_en, port_zh = MILLS[mill][3], MILLS[mill][4]
        carrier = {"truck": "SF Freight", "air": pick(["DHL", "FedEx"], [0.6, 0.4]),
                   "sea": pick(["Maersk", "COSCO", "MSC"], [0.35, 0.4, 0.25])}[mode]
        if not self.ev(c, t_s, "tp_ship", "shipped", sid=pid, digital=False, **common, shipping_mode=mode,
                       运输方式=MODES[mode], port=port_en, 港口=port_zh, carrier=carrier,
                       destination_country=c["country"]):
            return None
        if mode == "truck":
            tr = float(rng.uniform(1, 4.5))
        elif mode == "air":
            tr = float(rng.uniform(3.5, 8))
        elif c["region"] == "europe":
            tr = float(rng.uniform(44, 56)) if REROUTE[0] <= t_s < REROUTE[1] else float(rng.uniform(29, 38))
        elif c["region"] == "north_america":
            tr = float(rng.uniform(18, 27))
        else:
            tr = float(rng.uniform(6, 13))
        customs = not c["domestic"] and rng.random() < 0.07
        if customs:
            tr += float(rng.uniform(3, 9))
        t_dl = day_time(t_s + D(days=tr))
        on_time = t_dl.date() <= promised.date()
        if not self.ev(c, t_dl, "tp_deliver", "delivered", sid=pid, digital=False, **common, shipping_mode=mode,
                       运输方式=MODES[mode], confirmed_date=promised.strftime("%Y-%m-%d"),
                       on_time="yes" if on_time else "no", transit_days=round(tr, 1)):
            return None
        # claims
        topics = []
        late = not on_time
        if late and rng.random() < 0.4:
            topics.append("late")
        if customs and rng.random() < 0.5:
            topics.append("customs")
        p_claim = 0.075
        ctype = None
        if bug:
            p_claim = 0.45
        if rng.random() < p_claim:
            if bug and rng.random() < 0.85:
                ctype = "shade_variation"
            else:
                ctype = pick(list(CLAIM_TYPES), [0.3, 0.3 if fabric != "knit_jersey" else 0.5, 0.3, 0.1])
            self.claim(c, t_dl, pid, common, value, ctype, po)
            if rng.random() < (0.75 if ctype == "shade_variation" else 0.55):
                topics.append({"shade_variation": "shade", "shrinkage": "shrinkage", "defects": "defects",
                               "short_shipment": None}[ctype])
        topics = [k for k in topics if k]
        if topics:
            ch = pick(["ticket", "order_review", "email"], [0.45, 0.4, 0.15])
            self.fb(c, t_dl + days(0.5, 4), topics, ch, rating=self.stars(True) if ch == "order_review" else None,
                    po=po, undated=ch == "email" and rng.random() < 0.3)
        else:
            if rng.random() < 0.30:
                good = [pick(["quality_good", "tracking", "price_good", "am_good", None],
                             [0.35, 0.2, 0.15, 0.1, 0.2])]
                if fabric == "recycled_poly" and rng.random() < 0.3:
                    good.append("eco")
                good = [g for g in good if g]
                self.fb(c, t_dl + days(1, 6), good, "order_review", rating=self.stars(False), po=po,
                        tp=None if good else "tp_deliver", gen=None if good else "pos")
        if rng.random() < 0.30:   # post-delivery NPS survey
            bad = bool(topics) or ctype is not None
            nps = int(pick(range(11), [3, 3, 4, 5, 6, 8, 8, 6, 3, 2, 1] if bad else
                           [0, 0, 1, 1, 1, 3, 4, 10, 16, 20, 18]))
            st = [t_ for t_ in topics if rng.random() < 0.5] if bad else (
                [pick(["quality_good", "tracking", "price_good", "am_good"], [0.4, 0.2, 0.2, 0.2])]
                if rng.random() < 0.4 else [])
            self.fb(c, t_dl + days(6, 9), st, "survey", nps=nps, tp="tp_deliver", po=po,
                    gen=None if st else ("pos" if nps >= 9 else ("neg" if nps <= 6 else "neu")))
        # account manager review call
        if rng.random() < 0.42:
            tc = day_time(t_dl + days(8, 40))
            if self.ev(c, tc, "tp_am_review", "completed", digital=False, channel="phone", po_id=pid,
                       account_manager=c["am"], 客户经理=c["客户经理"], call_minutes=round(float(rng.uniform(8, 45)), 1)):
                if rng.random() < 0.35:
                    if tier == "startup":
                        w = {"moq": 0.45 if tc < SMALL_BATCH else 0.05, "small_batch": 0 if tc < SMALL_BATCH else 0.35,
                             "deposit_terms": 0.2, "price_good": 0.15, "am_good": 0.15}
                    else:
                        w = {"price_good": 0.3, "am_good": 0.3, "deposit_terms": 0.15, "tracking": 0.15,
                             "eco": 0.1 if c["product_line"] == "sportswear" else 0.02}
                    k = pickd(w)
                    self.fb(c, tc, [k], "am_note", tp="tp_am_review", po=po)
        return dict(delivered=t_dl, claim=ctype is not None, late=late)

    def life(self, c, after, p_stay):
        """seasonal bulk buying (main windows for SS / AW, smaller in-season top-ups) from `after` on."""
        outcomes = []
        churned = False
        for w0, w1, main in BUY_WINDOWS:
            if w0 < after or churned:
                continue
            for o in outcomes:
                if o["delivered"] < w0 and not o.get("seen"):
                    o["seen"] = True
                    p_stay *= 0.5 if o["claim"] else (0.85 if o["late"] else 1.03)
            p_stay = min(p_stay, 0.95)
            p = p_stay if main else p_stay * 0.3
            if rng.random() >= p:
                if main and rng.random() < 0.45:
                    churned = True
                continue
            n = 1 if not main else {"startup": 1, "growth": int(rng.integers(1, 3)),
                                    "enterprise": int(rng.integers(2, 5))}[c["tier"]]
            for _ in range(n):
                t = day_time(w0 + D(days=float(rng.uniform(0, (w1 - w0).days))))
                if rng.random() < 0.25:
                    t_sw = day_time(t - days(10, 40))
                    if t_sw > after:
                        self.swatch(c, t_sw)
                o = self.po(c, t, self.fabric_for(c) if rng.random() < 0.4 else c.get("last_fabric") or
                            self.fabric_for(c))
                if o:
                    outcomes.append(o)

    def mode(self, c):
        if c["domestic"]:
            return "truck"
        if c["tier"] == "startup":
            return pick(["air", "sea"], [0.8, 0.2])
        return pick(["sea", "air"], [0.75, 0.25])

    def claim(self, c, t_dl, pid, common, value, ctype, po):
        cid = f"CLM{self.nid('clm'):04d}"
        tc = day_time(t_dl + days(2, 24))
        amount = round(value * float(rng.uniform(0.1, 0.4)), 2)
        if not self.ev(c, tc, "tp_claim_submit", "submitted", sid=cid, claim_id=cid, **common, claim_type=ctype,
                       索赔类型=CLAIM_TYPES[ctype], claim_amount=amount, days_after_delivery=(tc - t_dl).days):
            return
        late_filed = (tc - t_dl).days > 14
        if late_filed:
            res = pick(list(RESOLUTION), [0.3, 0.1, 0.6])
        else:
            res = pick(list(RESOLUTION), [0.62, 0.23, 0.15] if ctype != "short_shipment" else [0.85, 0.0, 0.15])
        reason = None
        if res == "rejected":
            reason = "filed_late" if late_filed and rng.random() < 0.7 else pick(["already_cut", "within_tolerance"],
                                                                                [0.5, 0.5])
        slow = common["mill_id"] == "M01" and ctype == "shade_variation"
        tr = day_time(tc + (days(8, 26) if slow else days(3, 14)))
        credit = round(amount * float(rng.uniform(0.6, 1.0)), 2) if res == "credit_note" else 0.0
        if not self.ev(c, tr, "tp_claim_result", res, sid=cid, digital=True, channel="email", claim_id=cid, **common,
                       claim_type=ctype, 索赔类型=CLAIM_TYPES[ctype], resolution=res, 处理结果=RESOLUTION[res],
                       claim_amount=amount, credit_amount=credit, reject_reason=reason,
                       驳回原因=CLAIM_REJECT.get(reason)):
            return
        if res == "rejected" and rng.random() < 0.5:
            ch = pick(["ticket", "order_review"], [0.5, 0.5])
            self.fb(c, tr + days(0.2, 2), ["claim_rejected"], ch, rating=self.stars(True) if ch == "order_review"
                    else None, po=po)
        elif res == "credit_note" and rng.random() < 0.18:
            self.fb(c, tr + days(0.2, 3), ["claim_fair"], "order_review", rating=self.stars(False), po=po)


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if (v := r.get(k)) is None else v for k in cols])


def cols_of(rows, first):
    seen = dict.fromkeys(first)
    for r in rows:
        for k in r:
            seen.setdefault(k, None)
    return list(seen)


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    brands = []
    for i in range(1, N_LEGACY + 1):
        c = g.make_brand(i, legacy=True)
        c["signup_at"] = day_time(datetime(2023, 1, 1) + D(days=float(rng.uniform(0, 540))))
        brands.append(c)
        g.life(c, START, {"startup": 0.62, "growth": 0.78, "enterprise": 0.88}[c["tier"]])
        if c["last_po"] is None:
            c["last_po"] = c["signup_at"]
    for i in range(N_LEGACY + 1, N_LEGACY + N_NEW + 1):
        c = g.make_brand(i)
        brands.append(c)
        g.onboard(c)
    # a few events re-sent by the mill ERP integration (exact duplicates)
    for k in rng.choice(len(g.events), size=15, replace=False):
        g.events.append(dict(g.events[int(k)]))
    g.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    g.orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    ordered = sorted(g.feedback, key=lambda r: (r["ts"] or "9999", r["feedback_id"]))

    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3], 1)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    crow = []
    cut = END - D(days=180)
    for c in brands:
        if c["n_po"] == 0 and not c["legacy"]:
            seg = "prospect"
        elif c["last_po"] is not None and c["last_po"] >= cut:
            seg = "active"
        else:
            seg = "lapsed"
        crow.append(dict(customer_id=c["customer_id"], signup_at=ts(c["signup_at"]), segment=seg,
                         region=c["region"], acquisition_channel=c["acquisition_channel"], tier=c["tier"],
                         客户状态=SEG_ZH[seg], 地区=c["地区"], 获客渠道=c["获客渠道"], 客户规模=c["客户规模"],
                         brand_name=c["brand_name"], city=c["city"], 城市=c["城市"], country=c["country"],
                         product_line=c["product_line"], 品类=c["品类"], account_manager=c["am"],
                         客户经理=c["客户经理"], trade_show=c["show"][1] if c["show"] else None,
                         展会=c["show"][2] if c["show"] else None, preferred_language=c["lang"]))
    write(out / "customers.csv", crow, list(crow[0]))
    ev_first = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel"]
    write(out / "events.csv", g.events, cols_of(g.events, ev_first))
    write(out / "orders.csv", g.orders, cols_of(g.orders, ["order_id", "customer_id", "ts", "amount", "status",
                                                           "channel", "device"]))
    write(out / "feedback.csv", ordered, cols_of(ordered, ["feedback_id", "text", "ts", "customer_id",
                                                           "touchpoint_id", "channel", "rating", "nps"]))
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"brands {len(brands)}, events {len(g.events)}, orders {len(g.orders)}, feedback {len(g.feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
