"""串串香 SkewerHouse: a hotpot-skewer (串串香) restaurant franchise with stores in six Chinese provinces and Malaysia.
Synthetic, written blind.

The "customers" are franchisees (加盟商) and franchise leads. A lead fills in an enquiry form (Douyin / Baidu ads, the
official WeChat account, a franchise expo, a referral by an existing franchisee, a walk-in at a store), a recruiter
calls back, the lead visits HQ in Chengdu for a tasting, submits a candidate site that HQ assesses (score, pass /
fail), and signs a franchise contract (franchise fee, deposit, equipment package). The franchisee's store manager
goes to a monthly training camp at HQ and sits the graduation exam; then the store opens. Operating stores order
ingredients weekly from a central kitchen (成都 / 武汉 / 广州 / 吉隆坡), get delivery exceptions, food-safety audits
(score, pass / fail with the failed item, failure notice, corrective action, re-inspection), area-manager visits,
monthly royalty invoices (overdue reminders, late payments, unpaid ones) and sometimes close. Franchisees answer a
half-yearly satisfaction survey (rating + NPS) and write on the franchisee hotline, WeChat groups, supervisors' visit
notes and social media.

Data 2024-01-01 .. 2026-06-30 (extract 2026-07-03, five months before "today" 2026-12-01). Naive local times.
Money: `amount` in the store's currency (CNY; MYR in Malaysia) beside `amount_cny` (MYR 1.55).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topic / sentiment / language per comment; not a DATA.md table).
Deterministic (seed 20260703), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260703
D = timedelta
START, END = datetime(2024, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
ROYALTY_HIKE = datetime(2025, 7, 1)           # royalty 4 % -> 5 % + digital system fee, invoices from July 2025
WH_TRUCKS = (datetime(2026, 3, 1), datetime(2026, 4, 30, 23, 59, 59))   # Wuhan kitchen cold-chain trucks down
GD_SUMMER = (datetime(2025, 6, 1), datetime(2025, 9, 30, 23, 59, 59))    # Guangdong cold-storage audit failures
BAD_CAMP = "TC-2511"                          # new curriculum / trainer, low exam pass rate
AB = (datetime(2025, 7, 1), datetime(2025, 12, 31, 23, 59, 59))         # video store-tour call-back test
DUP = (datetime(2026, 2, 2), datetime(2026, 2, 8, 23, 59, 59))          # supply-order log re-sent, same event_id
MYR = 1.55

PROV = {  # code: zh, en, lead weight, kitchen, english share, legacy stores, cities (zh, en, tier)
    "SC": ("四川", "Sichuan", 0.24, "CK-CD", 0.02, 95,
           [("成都", "Chengdu", "new_tier1"), ("绵阳", "Mianyang", "tier3"), ("南充", "Nanchong", "tier3"),
            ("宜宾", "Yibin", "tier4")]),
    "CQ": ("重庆", "Chongqing", 0.13, "CK-CD", 0.02, 50, [("重庆", "Chongqing", "new_tier1"), ("万州", "Wanzhou", "tier4")]),
    "HB": ("湖北", "Hubei", 0.15, "CK-WH", 0.03, 45,
           [("武汉", "Wuhan", "new_tier1"), ("宜昌", "Yichang", "tier3"), ("襄阳", "Xiangyang", "tier3")]),
    "HN": ("湖南", "Hunan", 0.10, "CK-WH", 0.03, 30, [("长沙", "Changsha", "new_tier1"), ("株洲", "Zhuzhou", "tier3")]),
    "GD": ("广东", "Guangdong", 0.17, "CK-GZ", 0.25, 45,
           [("广州", "Guangzhou", "tier1"), ("深圳", "Shenzhen", "tier1"), ("佛山", "Foshan", "tier2"),
            ("惠州", "Huizhou", "tier3")]),
    "SN": ("陕西", "Shaanxi", 0.11, "CK-CD", 0.02, 25, [("西安", "Xi'an", "new_tier1"), ("宝鸡", "Baoji", "tier4")]),
    "MY": ("马来西亚", "Malaysia", 0.10, "CK-KL", 0.85, 32, [("吉隆坡", "Kuala Lumpur", "tier1"), ("槟城", "Penang", "tier2")]),
}
KITCHEN_ZH = {"CK-CD": "成都中央厨房", "CK-WH": "武汉中央厨房", "CK-GZ": "广州中央厨房", "CK-KL": "吉隆坡中央厨房"}
CITY_TIER_ZH = {"tier1": "一线", "new_tier1": "新一线", "tier2": "二线", "tier3": "三线", "tier4": "四线及以下"}
STORE_TIER = {  # zh, weight, monthly sales CNY, franchise fee, equipment package
    "flagship": ("旗舰店", 0.15, 420000, 98000, 180000),
    "standard": ("标准店", 0.50, 230000, 68000, 120000),
    "community": ("社区店", 0.35, 120000, 38000, 65000),
}
DEPOSIT, TRAIN_FEE = 20000, 12800
ACQ = {"douyin_ads": ("抖音广告", 0.34, 0.11), "baidu_search": ("百度搜索", 0.18, 0.16),
       "wechat_official": ("公众号", 0.14, 0.20), "franchise_expo": ("加盟展会", 0.16, 0.36),
       "referral": ("老加盟商推荐", 0.10, 0.48), "walk_in": ("门店咨询", 0.08, 0.30)}  # zh, lead share, HQ-visit rate
INVESTOR = {"first_time": "首次创业", "restaurateur": "餐饮从业者", "career_change": "转行投资"}
FAIL_ITEM = {"cold_storage_temp": "冷藏温度超标", "health_cert": "健康证缺失", "cross_contamination": "生熟混放",
             "expired_ingredient": "食材过期", "pest_control": "虫害防治不到位", "oil_reuse": "锅底油重复使用"}
FAIL_W = {"cold_storage_temp": 0.14, "health_cert": 0.30, "cross_contamination": 0.24, "expired_ingredient": 0.15,
          "pest_control": 0.12, "oil_reuse": 0.05}
ISSUE = {"late": "到货延误", "short": "缺货少发", "damaged": "破损解冻"}
CLOSE = {"low_traffic": "客流不足", "rent_increase": "房租上涨", "franchisee_exit": "加盟商退出",
         "contract_breach": "违约解约", "relocation": "搬迁"}
ORDER_ZH = {"franchise_fee": "加盟费", "deposit": "保证金", "equipment": "设备包", "training_fee": "培训费",
            "supply": "中央厨房货款", "royalty": "管理费"}
SUPERVISORS = {
    "SC": ["李强", "何静", "罗涛"], "CQ": ["陈刚", "谭敏"], "HB": ["周斌", "胡蓉"], "HN": ["彭亮"],
    "GD": ["梁伟", "Kelvin Wong"], "SN": ["张磊"], "MY": ["Jason Tan", "Aisyah Rahman"],
}
RECRUITERS = ["王晓雪", "刘畅", "赵一鸣", "孙悦", "Grace Lim"]

# comment templates: one topic each; the markers (gold.py) zh / en occur in every template of that topic, in no other
T = {
    "shortage": (["中央厨房又缺货了，牛肉串和毛肚都没到，晚市只能停卖", "连续两周缺货，鸭肠根本订不到", "缺货不提前通知，客人点了没有很尴尬",
                  "周末备货最关键的时候缺货，损失不小"],
                 ["Another shortage from the kitchen, no beef skewers for Friday dinner.",
                  "Tripe shortage two weeks running, we had to pull it from the menu.",
                  "Nobody warns us about a shortage until the truck arrives.",
                  "Weekend shortage again, lost a lot of tables."]),
    "late": (["货到晚了七八个小时，冻品都化了", "这个月三次到晚了，备菜全乱套", "配送车到晚了，中午开不了市", "说好早上到，结果下午才到晚了半天"],
             ["Late delivery again, frozen stock arrived half thawed.", "Third late delivery this month, prep was a mess.",
              "Truck was a late delivery by six hours, we missed lunch.", "Late delivery with no call from dispatch."]),
    "price": (["进货价一年涨了两次，利润越来越薄", "总部的进货价比市场批发贵一截", "底料进货价又调了，扛不住",
               "进货价太高，我们小店做不下去"],
              ["The markup on central-kitchen goods is killing our margin.",
               "Supply markup is way above the wholesale market.", "Another markup on the spice base this quarter.",
               "Markup on everything, small stores can't survive."]),
    "royalty": (["管理费从4个点涨到5个点，还加了系统费，太狠了", "生意不好管理费照收，压力很大", "管理费涨了但服务没变好",
                 "希望管理费按淡旺季调整"],
                ["The royalty went up to 5% plus a system fee, that's harsh.",
                 "Royalty is charged on sales even in a bad month.", "Higher royalty but no better support.",
                 "Please make the royalty seasonal, summer is dead for hotpot."]),
    "system": (["订货系统老是卡，下单提交不了", "订货系统更新后数据全乱了", "晚上十点订货系统就崩，只能打电话订",
                "订货系统找不到上周的单"],
               ["The ordering app freezes every time I submit.", "Ordering app update wiped my saved orders.",
                "Ordering app is down at night when we actually order.", "Can't find last week's order in the ordering app."]),
    "audit": (["巡检标准一次一个样，扣分莫名其妙", "巡检的人挑刺，冷柜差一度也算不合格", "巡检突然来，高峰期查了两个小时",
               "巡检扣分了也不说怎么改"],
              ["The inspector's checklist changes every visit.", "Inspector failed us for one degree on the chiller.",
               "Inspector turned up at peak dinner and stayed two hours.", "The inspector never explains how to fix things."]),
    "supervisor": (["督导一个季度来一次，有问题找不到人", "督导只会催订货，不帮我们解决问题", "换了三个督导了，每次都要重新沟通",
                    "督导回消息太慢"],
                   ["Our supervisor visits once a quarter and never answers calls.",
                    "The supervisor only pushes us to order more.", "Third supervisor this year, no continuity.",
                    "Supervisor takes days to reply on WeChat."]),
    "site": (["选址评估拖了一个多月才出结果", "选址评估说我的铺面不行，又没说原因", "选址标准太死板，好几个铺都被否了",
              "选址评估收费还不给报告"],
             ["The site assessment took over a month to come back.", "Site assessment rejected my shop with no reasons.",
              "Site assessment criteria are far too rigid.", "Paid for the site assessment and never saw the report."]),
    "training": (["培训内容太水，实操没几天", "培训营老师换了，讲得乱七八糟，考核没过", "培训时间太紧，后厨流程没学会",
                  "培训考核标准跟课上讲的不一样"],
                 ["The training was mostly slides, hardly any kitchen time.",
                  "New trainer at the training camp, half of us failed the exam.",
                  "Training was too rushed to learn the kitchen flow.",
                  "Training exam tested things the course never covered."]),
    "broth": (["锅底味道稳定，客人回头率很高", "总部的锅底配方真的好，麻辣鲜香", "锅底口碑好，开业三个月就回本了", "锅底品质一直很稳"],
              ["The broth is consistent and customers keep coming back.", "Great broth recipe, guests love the mala.",
               "Our broth gets rave reviews, paid back in a year.", "Broth quality never varies, impressive."]),
    "opening": (["开业支持很到位，总部派了三个人驻店一周", "开业支持给力，第一周就排队", "开业支持团队很专业，营销物料齐全",
                 "感谢开业支持，手把手教"],
                ["Opening support was excellent, three HQ staff on site for a week.",
                 "Great opening support, queues from day one.", "The opening support team was very professional.",
                 "Thanks for the opening support, really hands-on."]),
    "campaign": (["总部的营销活动带客效果很好", "这次抖音营销活动引流不错", "营销活动素材做得漂亮，店里直接用",
                  "会员日营销活动很受欢迎"],
                 ["The HQ campaign brought in a lot of new diners.", "The Douyin campaign worked well for us.",
                  "Campaign materials were ready to use, very helpful.", "Member-day campaign was a hit."]),
    "neutral": (["目前运营正常，没什么要反馈的", "一般吧", "还行", "暂无意见"],
                ["Nothing special to report.", "It's ok.", "Fine so far.", "No comments this time."]),
}
SENT = {k: "negative" for k in ("shortage", "late", "price", "royalty", "system", "audit", "supervisor", "site",
                                "training")}
SENT.update(broth="positive", opening="positive", campaign="positive", neutral="neutral")
TP_OF = {"shortage": "tp_delivery_issue", "late": "tp_delivery_issue", "price": "tp_supply_order",
         "royalty": "tp_royalty_invoice", "system": "tp_supply_order", "audit": "tp_audit",
         "supervisor": "tp_supervisor_visit", "site": "tp_site_assess", "training": "tp_training_camp",
         "broth": "tp_supply_order", "opening": "tp_store_open", "campaign": "tp_survey", "neutral": "tp_survey"}

TOUCHPOINTS = [
    ("tp_expo", "招商加盟展会", "Franchise expo booth", "awareness", "other", "physical", "招商部 recruitment",
     "加盟展|招商会|展会|franchise fair|expo"),
    ("tp_lead_form", "加盟咨询留资", "Franchise enquiry form", "awareness", "ads", "digital", "招商部 recruitment",
     "留资|加盟咨询|线索|意向登记|enquiry|lead form|sign-up lead"),
    ("tp_callback", "招商顾问回访", "Recruiter call-back", "consideration", "phone", "digital", "招商部 recruitment",
     "回访|电话跟进|顾问联系|follow-up call|callback"),
    ("tp_hq_visit", "总部考察品鉴", "HQ visit and tasting", "consideration", "store", "physical", "招商部 recruitment",
     "考察|来总部|品鉴|实地考察|HQ tour|tasting visit"),
    ("tp_site_assess", "选址评估", "Site assessment", "consideration", "store", "physical", "拓展部 site development",
     "选址|看铺|铺面评估|商圈评估|site check|location review"),
    ("tp_contract_sign", "签订加盟合同", "Franchise contract signed", "purchase", "store", "physical", "招商部 recruitment",
     "签约|签合同|加盟签约|contract|signing"),
    ("tp_training_camp", "培训营入营", "Training camp check-in", "service", "store", "physical", "培训学院 academy",
     "培训|开营|集训|训练营|training|bootcamp"),
    ("tp_training_exam", "结业考核", "Graduation exam", "service", "store", "physical", "培训学院 academy",
     "考核|结业考试|上岗考试|certification|exam"),
    ("tp_store_open", "门店开业", "Store opening", "service", "store", "physical", "营运部 operations",
     "开业|开店|试营业|grand opening|launch"),
    ("tp_supply_order", "中央厨房订货", "Central-kitchen order", "service", "app", "digital", "供应链 supply chain",
     "订货|进货|要货|补货|restock|supply order|PO"),
    ("tp_delivery_issue", "配送异常", "Delivery exception", "service", "other", "physical", "供应链 supply chain",
     "缺货|到货晚|少发|配送问题|short delivery|late truck"),
    ("tp_audit", "食安巡检", "Food-safety audit", "service", "store", "physical", "品控部 QA",
     "巡检|食品安全检查|稽核|飞行检查|inspection|QA audit"),
    ("tp_audit_fail", "巡检不合格通报", "Audit failure notice", "service", "app", "digital", "品控部 QA",
     "不合格|红牌|通报|failed audit|fail notice"),
    ("tp_rectify", "整改提交", "Corrective action filed", "service", "app", "digital", "品控部 QA",
     "整改|整改报告|corrective action|CAPA"),
    ("tp_reaudit", "复检", "Re-inspection", "service", "store", "physical", "品控部 QA",
     "复查|复审|回头检查|re-inspection|follow-up audit"),
    ("tp_supervisor_visit", "督导巡店", "Area manager visit", "service", "store", "physical", "营运部 operations",
     "督导|区域经理|巡店|area manager|field visit"),
    ("tp_royalty_invoice", "管理费账单", "Royalty invoice", "service", "email", "digital", "财务部 finance",
     "管理费|提成|特许权使用费|月度账单|royalty|monthly bill"),
    ("tp_overdue_notice", "逾期催缴", "Overdue reminder", "service", "phone", "digital", "财务部 finance",
     "催款|欠费|逾期|拖欠|dunning|overdue"),
    ("tp_payment_recv", "逾期款到账", "Late payment received", "service", "other", "digital", "财务部 finance",
     "回款|补缴|到账|late payment|settled arrears"),
    ("tp_store_close", "闭店", "Store closure", "loyalty", "store", "physical", "营运部 operations",
     "关店|撤店|闭店|停业|closure|shut down"),
    ("tp_survey", "加盟商满意度调研", "Franchisee satisfaction survey", "loyalty", "email", "digital", "加盟商关系 franchisee relations",
     "满意度|问卷|调研|NPS|survey|pulse check"),
    ("tp_hotline", "加盟商服务热线", "Franchisee hotline", "service", "phone", "digital", "加盟商关系 franchisee relations",
     "400热线|服务热线|客服电话|helpline|hotline"),
]
JOURNEYS = [
    ("recruit", "招商签约", "Lead to franchise contract",
     ["tp_lead_form", "tp_hq_visit", "tp_site_assess", "tp_contract_sign"], 90),
    ("opening", "开店筹备", "Contract to store opening",
     ["tp_contract_sign", "tp_training_camp", "tp_training_exam", "tp_store_open"], 120),
    ("rectify", "不合格整改", "Audit failure to re-inspection", ["tp_audit_fail", "tp_rectify", "tp_reaudit"], 14),
    ("collection", "逾期回款", "Overdue to payment", ["tp_overdue_notice", "tp_payment_recv"], 30),
]

EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device", "store_id",
           "region", "省份", "province_en", "city", "城市", "city_tier", "城市级别", "store_tier", "门店类型", "kitchen_id",
           "supervisor", "recruiter", "contract_id", "camp_id", "attempt", "exam_score", "site_score", "site_result", "audit_id",
           "audit_score", "fail_item", "不合格项", "order_no", "issue_type", "异常类型", "delay_hours", "invoice_no",
           "invoice_month", "sales_amount", "royalty_rate", "invoice_amount", "currency", "invoice_amount_cny",
           "days_overdue", "close_reason", "闭店原因", "expo_city", "lead_source"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "currency", "amount_cny",
            "order_type", "订单类型", "store_id", "region", "省份", "province_en", "store_tier", "门店类型", "city_tier",
            "kitchen_id", "contract_id", "invoice_no", "invoice_month", "payment_method"]
FB_COLS = ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "text", "rating", "nps", "store_id",
           "region", "省份", "province_en", "store_tier", "survey_wave", "platform", "agent"]
CUS_COLS = ["customer_id", "signup_at", "segment", "region", "省份", "province_en", "acquisition_channel", "获客渠道",
            "tier", "investor_type", "投资人类型", "intended_store_tier", "city", "城市", "city_tier", "budget_wan",
            "language", "stores_owned"]


def iso(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def month_add(y, m, k):
    m0 = y * 12 + m - 1 + k
    return m0 // 12, m0 % 12 + 1


class Gen:
    def __init__(self):
        self.r = np.random.default_rng(SEED)
        self.ev, self.orders, self.fb, self.truth, self.cus, self.exp = [], [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = 0
        self.camp_fails = set()

    # ---------------------------------------------------------- helpers
    def ch(self, seq, p=None):
        return seq[int(self.r.choice(len(seq), p=p))]

    def work_time(self, day, h0=9, h1=21):
        return datetime(day.year, day.month, day.day) + D(hours=int(self.r.integers(h0, h1)),
                                                          minutes=int(self.r.integers(0, 60)),
                                                          seconds=int(self.r.integers(0, 60)))

    def event(self, cid, ts, tp, st=None, **kw):
        if ts > END:
            return None
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=cid, ts=iso(ts), touchpoint_id=tp)
        if st is not None:
            row.update(store_id=st["store_id"], region=st["prov"], 省份=PROV[st["prov"]][0],
                       province_en=PROV[st["prov"]][1], city=st["city_en"], 城市=st["city"], city_tier=st["city_tier"],
                       城市级别=CITY_TIER_ZH[st["city_tier"]], store_tier=st["tier"],
                       门店类型=STORE_TIER[st["tier"]][0], kitchen_id=PROV[st["prov"]][3], supervisor=st["supervisor"])
        row.update({k: v for k, v in kw.items() if v is not None})
        self.ev.append(row)
        return row

    def order(self, cid, ts, amount_local, otype, st, status="paid", **kw):
        if ts > END:
            return None
        self.n_ord += 1
        cur = "MYR" if st["prov"] == "MY" else "CNY"
        rate = MYR if cur == "MYR" else 1.0
        row = dict(order_id=f"O{self.n_ord:07d}", customer_id=cid, ts=iso(ts), amount=round(amount_local, 2),
                   status=status, currency=cur, amount_cny=round(amount_local * rate, 2), order_type=otype,
                   订单类型=ORDER_ZH[otype], store_id=st["store_id"], region=st["prov"], 省份=PROV[st["prov"]][0],
                   province_en=PROV[st["prov"]][1], store_tier=st["tier"], 门店类型=STORE_TIER[st["tier"]][0],
                   city_tier=st["city_tier"], kitchen_id=PROV[st["prov"]][3])
        row.update({k: v for k, v in kw.items() if v is not None})
        self.orders.append(row)
        return row

    def local(self, st, cny):
        return cny / MYR * 1.1 if st["prov"] == "MY" else cny

    # ---------------------------------------------------------- people and stores
    def new_store(self, cid, prov, city, tier, n):
        c = [x for x in PROV[prov][6] if x[0] == city][0]
        return dict(store_id=f"SH-{prov}-{n:04d}", cid=cid, prov=prov, city=c[0], city_en=c[1], city_tier=c[2],
                    tier=tier, supervisor=self.ch(SUPERVISORS[prov]))

    def pick_city(self, prov):
        cities = PROV[prov][6]
        w = np.array([3.0 if c[2] in ("tier1", "new_tier1") else 1.6 if c[2] == "tier2" else 1.2 for c in cities])
        return cities[int(self.r.choice(len(cities), p=w / w.sum()))][0]

    def pick_tier(self, city_tier):
        w = {"tier1": [0.3, 0.55, 0.15], "new_tier1": [0.2, 0.55, 0.25], "tier2": [0.12, 0.5, 0.38],
             "tier3": [0.05, 0.4, 0.55], "tier4": [0.02, 0.33, 0.65]}[city_tier]
        return self.ch(list(STORE_TIER), w)

    def lang_of(self, prov):
        return "en" if self.r.random() < PROV[prov][4] else "zh"

    def build(self):
        r = self.r
        self.stores = []
        nstore = {p: 0 for p in PROV}
        # legacy franchisees (signed 2018 .. 2023)
        ncid = 0
        legacy = []
        for prov, spec in PROV.items():
            k = spec[5]
            made = 0
            while made < k:
                ncid += 1
                cid = f"FR{ncid:05d}"
                n_own = 2 if r.random() < 0.14 and made + 2 <= k else 1
                city = self.pick_city(prov)
                ct = [c for c in spec[6] if c[0] == city][0][2]
                signup = datetime(2018, 3, 1) + D(days=int(r.integers(0, 365 * 5 + 200)))
                acq = self.ch(list(ACQ), [0.15, 0.15, 0.15, 0.25, 0.2, 0.1])
                cus = dict(customer_id=cid, signup_at=iso(signup), region=prov, 省份=spec[0], province_en=spec[1],
                           acquisition_channel=acq, 获客渠道=ACQ[acq][0], investor_type=self.ch(list(INVESTOR)),
                           city=city, 城市=city, city_tier=ct, language=self.lang_of(prov),
                           budget_wan=int(r.integers(40, 160)))
                cus["投资人类型"] = INVESTOR[cus["investor_type"]]
                owned = []
                for j in range(n_own):
                    nstore[prov] += 1
                    tier = self.pick_tier(ct)
                    st = self.new_store(cid, prov, city, tier, nstore[prov])
                    st["opened"] = signup + D(days=60 + int(r.integers(0, 60)) + 400 * j)
                    st["opened"] = min(st["opened"], datetime(2023, 12, 20))
                    st["lang"] = cus["language"]
                    owned.append(st)
                cus["intended_store_tier"] = owned[0]["tier"]
                cus["_stores"] = owned
                legacy.append(cus)
                self.stores += owned
                made += n_own
        self.cus += legacy
        self.nstore = nstore
        self.ncid = ncid
        self.leads()
        for st in self.stores:
            self.operate(st)
        self.survey_and_feedback()
        for c in self.cus:
            sts = c.pop("_stores", [])
            signed, cancel = c.pop("_signed", False), c.pop("_cancel", False)
            opened = [s for s in sts if s.get("opened") and s["opened"] <= END]
            open_now = [s for s in opened if not s.get("closed")]
            if cancel:
                c["segment"] = "cancelled"
            elif not sts and not signed:
                c["segment"] = "prospect"
            elif len(open_now) >= 2:
                c["segment"] = "multi_store"
            elif open_now:
                c["segment"] = "operating"
            elif opened:
                c["segment"] = "exited"
            else:
                c["segment"] = "signed"
            c["stores_owned"] = len(opened)
            c["tier"] = self.ch(["A", "B", "C"], [0.3, 0.5, 0.2]) if opened else None

    # ---------------------------------------------------------- recruitment
    def leads(self):
        r = self.r
        months = []
        y, m = 2024, 1
        while (y, m) <= (2026, 6):
            months.append((y, m))
            y, m = month_add(y, m, 1)
        expo_months = {(2024, 3): "成都", (2024, 9): "广州", (2025, 3): "成都", (2025, 9): "武汉", (2026, 3): "成都"}
        for (y, m) in months:
            n = int(r.poisson(115 * (1.15 if m in (3, 4, 9, 10) else 1.0)))
            for _ in range(n):
                self.ncid += 1
                cid = f"FR{self.ncid:05d}"
                prov = self.ch(list(PROV), np.array([v[2] for v in PROV.values()]) / sum(v[2] for v in PROV.values()))
                acq_w = np.array([v[1] for v in ACQ.values()])
                if (y, m) in expo_months:
                    acq_w[list(ACQ).index("franchise_expo")] *= 4
                acq = self.ch(list(ACQ), acq_w / acq_w.sum())
                day0 = datetime(y, m, 1) + D(days=int(r.integers(0, 28)))
                if acq == "franchise_expo" and (y, m) in expo_months:
                    day0 = datetime(y, m, 15) + D(days=int(r.integers(0, 3)))
                t0 = self.work_time(day0, 8, 23)
                if t0 > END:
                    continue
                city = self.pick_city(prov)
                ct = [c for c in PROV[prov][6] if c[0] == city][0][2]
                itier = self.pick_tier(ct)
                cus = dict(customer_id=cid, signup_at=iso(t0), region=prov, 省份=PROV[prov][0],
                           province_en=PROV[prov][1], acquisition_channel=acq, 获客渠道=ACQ[acq][0],
                           investor_type=self.ch(list(INVESTOR), [0.45, 0.35, 0.2]), city=city, 城市=city,
                           city_tier=ct, language=self.lang_of(prov), intended_store_tier=itier,
                           budget_wan=int(r.integers(25, 200)), _stores=[])
                cus["投资人类型"] = INVESTOR[cus["investor_type"]]
                self.cus.append(cus)
                self.lead_path(cus, t0, prov, city, ct, itier, acq)

    def lead_path(self, cus, t0, prov, city, ct, itier, acq):
        r = self.r
        cid = cus["customer_id"]
        base = dict(region=prov, 省份=PROV[prov][0], province_en=PROV[prov][1], city=PROV[prov][6][0][1], 城市=city,
                    city_tier=ct, 城市级别=CITY_TIER_ZH[ct], lead_source=acq)
        base["city"] = [c for c in PROV[prov][6] if c[0] == city][0][1]
        if acq == "franchise_expo":
            ec = "成都" if t0.month == 3 else ("广州" if t0.year == 2024 else "武汉") if t0.month == 9 else "成都"
            self.event(cid, t0 - D(minutes=int(r.integers(10, 90))), "tp_expo", None, action="visit",
                       channel="other", expo_city=ec, **base)
        ch = {"douyin_ads": "ads", "baidu_search": "web", "wechat_official": "mini_program", "franchise_expo": "other",
              "referral": "mini_program", "walk_in": "store"}[acq]
        dev = "pc" if ch == "web" else self.ch(["ios", "android"], [0.45, 0.55]) if ch in ("ads", "mini_program") else None
        self.event(cid, t0, "tp_lead_form", None, action="submit", channel=ch, device=dev, **base)
        rec = self.ch(RECRUITERS[:4]) if prov != "MY" else "Grace Lim"
        p_hq = ACQ[acq][2]
        if ct in ("tier3", "tier4"):
            p_hq *= 0.85
        variant = None
        if AB[0] <= t0 <= AB[1] and prov != "MY":
            variant = "video_tour" if r.random() < 0.5 else "control"
            self.exp.append(dict(experiment_id="lead_video_2025", variant=variant, customer_id=cid,
                                 assigned_at=iso(t0 + D(minutes=5))))
            p_hq = p_hq * (1.55 if variant == "video_tour" else 1.0)
        # call-back: nearly all
        if r.random() < 0.93:
            tcb = t0 + D(hours=float(r.uniform(1, 60)))
            self.event(cid, tcb, "tp_callback", None, action="answered" if r.random() < 0.8 else "no_answer",
                       channel="phone", recruiter=rec, **base)
        if r.random() >= p_hq:
            return
        thq = self.work_time(t0 + D(days=int(r.integers(4, 28))), 10, 17)
        self.event(cid, thq, "tp_hq_visit", None, action="attended", channel="store", recruiter=rec, **base)
        if r.random() >= 0.56:
            return
        tsa = thq
        passed = False
        for attempt in range(2):
            tsa = self.work_time(tsa + D(days=int(r.integers(8, 30))), 9, 18)
            score = int(np.clip(r.normal(72, 11), 35, 98))
            passed = score >= 70
            self.event(cid, tsa, "tp_site_assess", None, action="pass" if passed else "fail", channel="store",
                       site_score=score, site_result="通过" if passed else "未通过", recruiter=rec, **base)
            if passed or r.random() > 0.45:
                break
        if not passed or r.random() >= 0.74:
            return
        tsign = self.work_time(tsa + D(days=int(r.integers(4, 35))), 10, 18)
        if tsign > END:
            return
        cus["_signed"] = True
        self.nstore[prov] += 1
        st = self.new_store(cid, prov, city, itier, self.nstore[prov])
        st["lang"] = cus["language"]
        contract = f"HT{tsign:%y%m}{self.nstore[prov]:03d}{prov}"
        self.event(cid, tsign, "tp_contract_sign", st, action="signed", channel="store", contract_id=contract,
                   recruiter=rec)
        fee = self.local(st, STORE_TIER[itier][3])
        pm = "bank_transfer"
        cancel = r.random() < 0.05
        self.order(cid, tsign + D(hours=2), fee, "franchise_fee", st, status="refunded" if cancel else "paid",
                   channel="store", contract_id=contract, payment_method=pm)
        self.order(cid, tsign + D(hours=3), self.local(st, DEPOSIT), "deposit", st,
                   status="refunded" if cancel else "paid", channel="store", contract_id=contract, payment_method=pm)
        if cancel:
            cus["_cancel"] = True
            return
        self.order(cid, tsign + D(days=int(r.integers(5, 15))), self.local(st, STORE_TIER[itier][4]), "equipment", st,
                   channel="store", contract_id=contract, payment_method=pm)
        # training camp: first camp starting >= 10 days after signing (camps start on the 1st Monday of a month)
        cy, cm = tsign.year, tsign.month
        while True:
            d = datetime(cy, cm, 1)
            camp_day = d + D(days=(7 - d.weekday()) % 7)
            if camp_day >= tsign + D(days=10):
                break
            cy, cm = month_add(cy, cm, 1)
        camp = f"TC-{camp_day:%y%m}"
        if camp_day > END:
            cus["_stores"].append(st)
            return
        self.order(cid, tsign + D(days=int(r.integers(1, 8))), self.local(st, TRAIN_FEE), "training_fee", st,
                   channel="mini_program", contract_id=contract, payment_method="wechat_pay")
        self.event(cid, camp_day + D(hours=9), "tp_training_camp", st, action="check_in", channel="store",
                   camp_id=camp, contract_id=contract)
        texam = camp_day + D(days=11, hours=14)
        p_pass = 0.35 if camp == BAD_CAMP else 0.88
        ok = r.random() < p_pass
        self.event(cid, texam, "tp_training_exam", st, action="pass" if ok else "fail", channel="store", camp_id=camp,
                   exam_score=int(r.integers(72, 98)) if ok else int(r.integers(45, 70)), contract_id=contract,
                   attempt=1)
        if camp == BAD_CAMP:
            self.camp_fails.add(cid)
        if not ok:  # retake at the next camp's exam
            ny, nm = month_add(camp_day.year, camp_day.month, 1)
            d = datetime(ny, nm, 1)
            texam = d + D(days=(7 - d.weekday()) % 7 + 11, hours=14)
            ok = r.random() < 0.85
            self.event(cid, texam, "tp_training_exam", st, action="pass" if ok else "fail", channel="store",
                       camp_id=f"TC-{texam:%y%m}", exam_score=int(r.integers(72, 95)) if ok else int(r.integers(50, 70)),
                       contract_id=contract, attempt=2)
            if not ok:
                cus["_stores"].append(st)
                return
        topen = self.work_time(texam + D(days=int(r.integers(18, 50))), 10, 12)
        st["opened"] = topen
        st["contract"] = contract
        cus["_stores"].append(st)
        self.stores.append(st)
        if topen <= END:
            self.event(cid, topen, "tp_store_open", st, action="opened", channel="store", contract_id=contract)

    # ---------------------------------------------------------- store operations
    def operate(self, st):
        r = self.r
        cid = st["cid"]
        opened = st["opened"]
        begin = max(opened, START)
        tier = st["tier"]
        prov = st["prov"]
        # closure hazard per month
        hz = {"community": 0.009, "standard": 0.003, "flagship": 0.0015}[tier]
        if st["city_tier"] in ("tier3", "tier4"):
            hz *= 1.8
        close_at = None
        t = datetime(begin.year, begin.month, 1)
        while t <= END:
            if t >= begin + D(days=120) and r.random() < hz:
                close_at = self.work_time(t + D(days=int(r.integers(0, 27))), 20, 23)
                break
            y, m = month_add(t.year, t.month, 1)
            t = datetime(y, m, 1)
        end = min(END, close_at) if close_at else END
        sales_base = STORE_TIER[tier][2] * float(r.lognormal(0, 0.18)) * (0.9 if st["city_tier"] in ("tier3", "tier4") else 1.0)
        # weekly supply orders
        dow = int(r.integers(0, 7))
        d0 = datetime(begin.year, begin.month, begin.day) + D(days=(dow - begin.weekday()) % 7)
        if d0 < begin:
            d0 += D(days=7)
        d = d0
        k = 0
        kitchen = PROV[prov][3]
        while d <= end:
            k += 1
            ts = self.work_time(d, 21, 24) if r.random() < 0.6 else self.work_time(d, 9, 16)
            if ts > end:
                break
            season = 1.25 if d.month in (11, 12, 1, 2) else 0.8 if d.month in (6, 7, 8) else 1.0
            amt = sales_base * 0.34 / 4.33 * season * float(r.lognormal(0, 0.12))
            order_no = f"PO{st['store_id'][3:5]}{ts:%y%m%d}{st['store_id'][-4:]}"
            dev = self.ch(["ios", "android", "pc"], [0.35, 0.45, 0.2])
            status = "cancelled" if r.random() < 0.015 else "paid"
            ev = self.event(cid, ts, "tp_supply_order", st, action="submit", channel="app" if dev != "pc" else "web",
                            device=dev, order_no=order_no)
            if DUP[0] <= ts <= DUP[1]:
                self.ev.append(dict(ev))
            self.order(cid, ts, self.local(st, amt), "supply", st, status=status,
                       channel="app" if dev != "pc" else "web", device=dev, payment_method="prepaid_account")
            if status == "paid":
                p_issue = 0.045
                wh = kitchen == "CK-WH" and WH_TRUCKS[0] <= ts <= WH_TRUCKS[1]
                if wh:
                    p_issue = 0.34
                if r.random() < p_issue:
                    it = "late" if wh and r.random() < 0.75 else self.ch(["short", "late", "damaged"], [0.5, 0.33, 0.17])
                    dh = round(float(r.uniform(6, 30)) if it == "late" and wh else float(r.uniform(2, 10)), 1) \
                        if it == "late" else None
                    self.event(cid, ts + D(hours=float(r.uniform(10, 20)) + (dh or 0)), "tp_delivery_issue", st,
                               action="reported", channel="app", order_no=order_no, issue_type=it, 异常类型=ISSUE[it],
                               delay_hours=dh)
            d += D(days=7)
        # food-safety audits every ~60 days
        ta = begin + D(days=int(r.integers(10, 45)))
        while ta <= end:
            ta = self.work_time(ta, 10, 20)
            if ta > end:
                break
            gd = prov == "GD" and GD_SUMMER[0] <= ta <= GD_SUMMER[1]
            p_fail = 0.36 if gd else 0.11 + (0.04 if tier == "community" else 0.0)
            aid = f"AU{ta:%y%m%d}{st['store_id'][-4:]}{st['prov']}"
            fail = r.random() < p_fail
            if fail:
                item = "cold_storage_temp" if gd and r.random() < 0.72 else self.ch(list(FAIL_W), list(FAIL_W.values()))
                score = int(r.integers(52, 80))
                self.event(cid, ta, "tp_audit", st, action="fail", channel="store", audit_id=aid, audit_score=score,
                           fail_item=item, 不合格项=FAIL_ITEM[item])
                self.event(cid, ta + D(hours=3), "tp_audit_fail", st, action="notice", channel="app", audit_id=aid,
                           fail_item=item, 不合格项=FAIL_ITEM[item])
                p_rect = 0.62 if prov == "MY" else 0.9
                if r.random() < p_rect:
                    tr = ta + D(days=float(r.uniform(0.5, 6)))
                    self.event(cid, tr, "tp_rectify", st, action="submit", channel="app", audit_id=aid)
                    if r.random() < 0.9:
                        tre = self.work_time(tr + D(days=int(r.integers(2, 8))), 10, 18)
                        okk = r.random() < 0.82
                        self.event(cid, tre, "tp_reaudit", st, action="pass" if okk else "fail", channel="store",
                                   audit_id=aid, audit_score=int(r.integers(80, 97)) if okk else int(r.integers(60, 80)))
            else:
                score = int(np.clip(r.normal(89, 4.5), 80, 100))
                self.event(cid, ta, "tp_audit", st, action="pass", channel="store", audit_id=aid, audit_score=score)
            ta = ta + D(days=int(r.integers(45, 75)))
        # area-manager visits every ~40 days
        tv = begin + D(days=int(r.integers(5, 40)))
        while tv <= end:
            tv = self.work_time(tv, 14, 17)
            if tv <= end:
                self.event(cid, tv, "tp_supervisor_visit", st, action="visit", channel="store")
            tv += D(days=int(r.integers(28, 55)) * (1.6 if prov in ("HN", "SN") else 1.0))
        # monthly royalty invoices (for the month before), on the 5th
        y, m = begin.year, begin.month
        while True:
            iy, im = month_add(y, m, 1)
            tinv = datetime(iy, im, 5, 9, 0, 0)
            if tinv > END or (close_at and datetime(y, m, 1) > close_at):
                break
            hike = datetime(y, m, 1) >= ROYALTY_HIKE
            rate = 0.05 if hike else 0.04
            season = 1.2 if m in (11, 12, 1, 2) else 0.82 if m in (6, 7, 8) else 1.0
            frac = 1.0
            if y == begin.year and m == begin.month:
                frac = max(0.1, 1 - (begin.day - 1) / 30)
            if close_at and y == close_at.year and m == close_at.month:
                frac = max(0.1, close_at.day / 30)
            sales = sales_base * season * frac * float(r.lognormal(0, 0.1))
            if close_at:  # declining sales before a closure
                sales *= 0.8
            sales_l = self.local(st, sales)
            inv_l = sales_l * rate + (self.local(st, 800) if hike else 0)
            inv_no = f"RY{iy % 100:02d}{im:02d}{st['store_id'][3:]}"
            cur = "MYR" if prov == "MY" else "CNY"
            fx = MYR if cur == "MYR" else 1.0
            self.event(cid, tinv, "tp_royalty_invoice", st, action="issued", channel="email", invoice_no=inv_no,
                       invoice_month=f"{y}-{m:02d}", sales_amount=round(sales_l, 2), royalty_rate=rate,
                       invoice_amount=round(inv_l, 2), currency=cur, invoice_amount_cny=round(inv_l * fx, 2))
            p_over = 0.06 + (0.11 if hike else 0.0)
            if tier == "community":
                p_over *= 1.5
            if close_at:
                p_over = max(p_over, 0.35)
            due = datetime(iy, im, 15, 23, 0, 0)
            if r.random() < p_over:
                tn = datetime(iy, im, 20) + D(hours=int(r.integers(10, 17)))
                self.event(cid, tn, "tp_overdue_notice", st, action="call", channel="phone", invoice_no=inv_no,
                           invoice_month=f"{y}-{m:02d}", days_overdue=5, invoice_amount=round(inv_l, 2),
                           currency=cur, invoice_amount_cny=round(inv_l * fx, 2))
                never = (close_at is not None and r.random() < 0.6) or r.random() < 0.08
                lag = float(r.uniform(3, 26) if r.random() < 0.7 else r.uniform(26, 75))
                tp = tn + D(days=lag)
                if never or tp > END:
                    self.order(cid, tinv, inv_l, "royalty", st, status="unpaid", channel="email", invoice_no=inv_no,
                               invoice_month=f"{y}-{m:02d}")
                else:
                    self.event(cid, tp, "tp_payment_recv", st, action="paid", channel="other", invoice_no=inv_no,
                               invoice_month=f"{y}-{m:02d}", days_overdue=int((tp - due).days),
                               invoice_amount=round(inv_l, 2), currency=cur, invoice_amount_cny=round(inv_l * fx, 2))
                    self.order(cid, tp, inv_l, "royalty", st, channel="other", invoice_no=inv_no,
                               invoice_month=f"{y}-{m:02d}", payment_method="bank_transfer")
            else:
                tp = tinv + D(days=float(r.uniform(0.5, 10)))
                self.order(cid, tp, inv_l, "royalty", st, channel="email", invoice_no=inv_no,
                           invoice_month=f"{y}-{m:02d}", payment_method=self.ch(["bank_transfer", "auto_debit"]))
            y, m = iy, im
        if close_at:
            st["closed"] = close_at
            w = {"community": [0.62, 0.14, 0.14, 0.06, 0.04], "standard": [0.45, 0.2, 0.18, 0.07, 0.1],
                 "flagship": [0.25, 0.35, 0.15, 0.05, 0.2]}[tier]
            reason = self.ch(list(CLOSE), w)
            self.event(cid, close_at, "tp_store_close", st, action="closed", channel="store", close_reason=reason,
                       闭店原因=CLOSE[reason])

    # ---------------------------------------------------------- feedback
    def topic(self, st, t, channel, cid):
        w = {"shortage": 0.8, "late": 0.6, "price": 0.9, "royalty": 0.6, "system": 0.6, "audit": 0.45,
             "supervisor": 0.55, "site": 0.0, "training": 0.25, "broth": 2.0, "opening": 0.3, "campaign": 1.0,
             "neutral": 1.6}
        if t is not None:
            if t >= ROYALTY_HIKE + D(days=5):
                w["royalty"] *= 4.0
            if st and PROV[st["prov"]][3] == "CK-WH" and WH_TRUCKS[0] <= t <= WH_TRUCKS[1] + D(days=75):
                w["late"] *= 8.0
                w["shortage"] *= 2.5
            if st and st["prov"] == "GD" and GD_SUMMER[0] <= t <= GD_SUMMER[1] + D(days=30):
                w["audit"] *= 7.0
            if st and st.get("opened") and D(0) <= t - st["opened"] <= D(days=120):
                w["opening"] *= 6.0
                w["training"] *= 2.0
        if cid in self.camp_fails:
            w["training"] *= 14.0
        if st and st["prov"] in ("HN", "SN"):
            w["supervisor"] *= 3.0
        if channel == "lead_note":
            w = {"site": 3.0, "neutral": 1.0, "broth": 0.6, "price": 0.4}
        keys = list(w)
        p = np.array([w[k] for k in keys])
        return keys[int(self.r.choice(len(keys), p=p / p.sum()))]

    def comment(self, topic, lang):
        zh, en = T[topic]
        return self.ch(zh if lang == "zh" else en)

    def add_fb(self, cid, ts, channel, topic, lang, st=None, rating=None, nps=None, wave=None, platform=None,
               agent=None, tp=None):
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        row = dict(feedback_id=fid, customer_id=cid, ts=iso(ts) if ts else None, touchpoint_id=tp or TP_OF[topic],
                   channel=channel, text=self.comment(topic, lang), rating=rating, nps=nps, survey_wave=wave,
                   platform=platform, agent=agent)
        if st:
            row.update(store_id=st["store_id"], region=st["prov"], 省份=PROV[st["prov"]][0],
                       province_en=PROV[st["prov"]][1], store_tier=st["tier"])
        self.fb.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic], language=lang))

    def rating_for(self, topic):
        r = self.r
        s = SENT[topic]
        if s == "negative":
            return int(self.ch([1, 2, 3], [0.35, 0.45, 0.2])), int(self.ch(range(0, 9), [.08, .06, .1, .14, .16, .18, .16, .08, .04]))
        if s == "positive":
            return int(self.ch([4, 5], [0.35, 0.65])), int(self.ch([7, 8, 9, 10], [0.1, 0.2, 0.35, 0.35]))
        return int(self.ch([3, 4], [0.5, 0.5])), int(self.ch([5, 6, 7, 8, 9], [0.1, 0.2, 0.3, 0.25, 0.15]))

    def open_stores(self, t):
        return [s for s in self.stores if s.get("opened") and s["opened"] <= t and
                (not s.get("closed") or s["closed"] > t)]

    def survey_and_feedback(self):
        r = self.r
        waves = [("2024H2", datetime(2024, 12, 9)), ("2025H1", datetime(2025, 6, 9)), ("2025H2", datetime(2025, 12, 8)),
                 ("2026H1", datetime(2026, 6, 8))]
        for wave, d in waves:
            seen = set()
            for st in self.open_stores(d):
                if st["cid"] in seen:
                    continue
                seen.add(st["cid"])
                self.event(st["cid"], d + D(hours=10), "tp_survey", st, action="sent", channel="email")
                if r.random() > 0.62:
                    continue
                t = self.work_time(d + D(days=int(r.integers(0, 14))), 9, 23)
                topic = self.topic(st, t, "survey", st["cid"])
                rating, nps = self.rating_for(topic)
                self.add_fb(st["cid"], t, "survey", topic, st["lang"], st, rating, nps, wave=wave)
        # hotline call notes, WeChat group messages, supervisor visit notes
        for channel, n, undated in (("call_note", 900, 130), ("wechat_group", 650, 0), ("visit_note", 420, 0)):
            for i in range(n):
                t = datetime(2024, 1, 1) + D(seconds=int(r.integers(0, int((END - START).total_seconds()))))
                cand = self.open_stores(t)
                st = cand[int(r.integers(0, len(cand)))]
                t = self.work_time(t, 9, 22)
                topic = self.topic(st, t, channel, st["cid"])
                lang = st["lang"] if channel != "visit_note" else ("en" if st["prov"] in ("MY", "GD") and
                                                                    r.random() < 0.6 else st["lang"])
                agent = self.ch(["客服-小林", "客服-阿珍", "客服-大刘", "Hotline-Mei"]) if channel == "call_note" else \
                    st["supervisor"] if channel == "visit_note" else None
                self.add_fb(st["cid"], None if (channel == "call_note" and i < undated) else t, channel, topic, lang,
                            st, agent=agent)
        # lead comments at the expo / enquiry stage (site assessment pains)
        leads = [e for e in self.ev if e["touchpoint_id"] == "tp_site_assess"]
        for e in leads[:: 2]:
            t = datetime.fromisoformat(e["ts"]) + D(days=int(r.integers(1, 10)))
            if t > END:
                continue
            topic = "site" if e["action"] == "fail" or r.random() < 0.25 else self.ch(["neutral", "broth"])
            lang = "en" if e["region"] == "MY" and r.random() < 0.85 else "zh"
            self.add_fb(e["customer_id"], t, "lead_note", topic, lang, None, agent=e.get("recruiter"),
                        tp="tp_site_assess" if topic == "site" else "tp_hq_visit")
            self.fb[-1].update(region=e["region"], 省份=e["省份"], province_en=e["province_en"])
        # social posts (franchisee forums, Xiaohongshu, Douyin, LinkedIn): no customer
        for i in range(320):
            t = datetime(2024, 1, 1) + D(seconds=int(r.integers(0, int((END - START).total_seconds()))))
            cand = self.open_stores(t)
            st = cand[int(r.integers(0, len(cand)))]
            topic = self.topic(st, t, "social", None)
            lang = st["lang"] if r.random() < 0.8 else ("en" if st["lang"] == "zh" else "zh")
            plat = ("linkedin" if lang == "en" else "xiaohongshu") if r.random() < 0.4 else (
                "reddit" if lang == "en" else self.ch(["douyin", "zhihu"]))
            self.add_fb(None, None if i % 3 == 0 else t, "social", topic, lang, None, platform=plat)
            self.fb[-1].update(region=st["prov"], 省份=PROV[st["prov"]][0], province_en=PROV[st["prov"]][1])


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if r.get(c) is None else r.get(c) for c in cols])


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.build()
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write(out / "touchpoints.csv", tps, ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind",
                                         "owner", "aliases"])
    js = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=i + 1,
               touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for i, tp in enumerate(j[3])]
    write(out / "journeys.csv", js, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.cus, CUS_COLS)
    ev = sorted(g.ev, key=lambda e: (e["ts"], e["event_id"]))
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda o: o["ts"]), ORD_COLS)
    write(out / "feedback.csv", g.fb, FB_COLS)
    write(out / "experiments.csv", g.exp, ["experiment_id", "variant", "customer_id", "assigned_at"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment", "language"])
    print({k: len(v) for k, v in dict(customers=g.cus, events=g.ev, orders=g.orders, feedback=g.fb,
                                       experiments=g.exp).items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
