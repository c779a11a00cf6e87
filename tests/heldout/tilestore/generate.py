"""瓷域 TileCraft: a tile and bathroom showroom chain with design service in Foshan, Wuhan, Xi'an, Nanjing,
Kuala Lumpur and Auckland, 2024-09-01 .. 2026-08-31 (synthetic, written blind).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (the generator's topic / sentiment / language per comment; not a DATA.md table).
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261208
START = datetime(2024, 9, 1)
END = datetime(2026, 8, 31, 23, 59, 59)
D = timedelta
N_CUST = 8200
QINSU = datetime(2025, 7, 1)                 # Xi'an switches its delivery carrier to 秦速物流 QinSu Logistics
WUHAN_GAP = (datetime(2025, 8, 1), datetime(2026, 2, 1))   # Wuhan design team down to one designer
RESTOCK = datetime(2026, 3, 1)               # 15 % restocking fee on returns of unopened boxes
AB = (datetime(2026, 3, 1), datetime(2026, 6, 1))          # quote_3d_2026: quote with 3D render bundle vs plain quote

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad", "广告点击", "Ad click", "awareness", "ads", "digital", "brand marketing",
     "广告|抖音广告|小红书推广|信息流|投放|点广告|ad|ads|Google ads|Facebook ad|paid social"),
    ("tp_inspo", "灵感图库浏览", "Inspiration gallery", "awareness", "mini_program", "digital", "brand marketing",
     "灵感图库|效果图库|案例库|VR展厅|云展厅|看案例|inspiration|gallery|lookbook|virtual showroom"),
    ("tp_booking", "预约到店", "Showroom appointment booked", "consideration", "mini_program", "digital",
     "showroom sales", "预约|约到店|线上预约|预约看展厅|booking|appointment|booked a visit|showroom booking"),
    ("tp_visit", "展厅到店", "Showroom visit", "consideration", "store", "physical", "showroom sales",
     "到店|进店|逛展厅|看砖|展厅接待|visit|showroom visit|walk-in|came to the showroom|footfall"),
    ("tp_consult", "设计师咨询", "Designer consultation", "consideration", "store", "physical", "design studio",
     "设计咨询|设计师|量房沟通|方案沟通|design consult|designer consultation|design meeting"),
    ("tp_sample", "借样品回家", "Samples taken home", "consideration", "store", "physical", "showroom sales",
     "样品|借样|拿样|带样板回家|小样|样砖|samples|sample tiles|took samples home|sample loan"),
    ("tp_layout", "3D排砖效果图", "3D layout delivered", "consideration", "other", "digital", "design studio",
     "3D图|效果图|排砖图|铺贴方案|渲染图|3D layout|3D design|render|tile layout plan"),
    ("tp_quote", "报价单", "Quote issued", "purchase", "other", "digital", "showroom sales",
     "报价|报价单|预算单|出报价|quote|quotation|estimate|price quote"),
    ("tp_deposit", "交定金", "Deposit paid", "purchase", "store", "physical", "finance",
     "定金|订金|下定|交定|签单|成交|deposit|paid deposit|signed|order placed"),
    ("tp_cancel", "取消订单", "Order cancelled", "purchase", "store", "physical", "showroom sales",
     "取消|退单|退定金|撤单|cancel|cancellation|cancelled order"),
    ("tp_balance", "付尾款", "Balance paid", "purchase", "store", "physical", "finance",
     "尾款|付清|结清|全款|balance|final payment|paid in full"),
    ("tp_pick", "仓库拣货", "Warehouse picking", "service", "other", "physical", "warehouse",
     "拣货|备货|出库|配货|仓库|picking|pick and pack|dispatch prep|warehouse"),
    ("tp_delivery", "送货验收", "Delivery & breakage check", "service", "other", "physical", "logistics",
     "送货|到货|配送|验货|开箱验货|签收|delivery|delivered|drop-off|breakage check"),
    ("tp_breakage", "破损报损", "Breakage claim", "service", "phone", "physical", "customer service",
     "破损|碎砖|报损|补发|破损理赔|breakage|broken tiles|damage claim|cracked tiles|replacement"),
    ("tp_installer", "推荐铺贴师傅", "Installer referral", "service", "phone", "physical", "customer service",
     "铺贴师傅|瓦工|贴砖师傅|推荐师傅|施工|installer|tiler|installation|fitter referral"),
    ("tp_return", "未拆箱退货", "Unopened box return", "service", "store", "physical", "warehouse",
     "退货|退砖|退箱|多买退回|return|returned boxes|unopened boxes|refund of boxes"),
    ("tp_review", "售后回访", "Post-delivery survey", "loyalty", "mini_program", "digital", "customer experience",
     "回访|满意度|评价|打分|问卷|survey|post-delivery survey|CSAT|rating"),
    ("tp_reorder", "补货加单", "Reorder of extra tiles", "loyalty", "store", "physical", "showroom sales",
     "补货|加单|补砖|追加|再买几箱|reorder|top-up order|extra tiles|additional boxes"),
]

JOURNEYS = [
    ("booking_to_visit", "线上预约到店", "Online booking to visit", ["tp_booking", "tp_visit", "tp_consult"], 14),
    ("showroom_to_deposit", "到店到定金", "Showroom visit to deposit",
     ["tp_visit", "tp_consult", "tp_layout", "tp_quote", "tp_deposit"], 45),
    ("sample_to_deposit", "样品到定金", "Samples to deposit", ["tp_sample", "tp_quote", "tp_deposit"], 30),
    ("order_to_delivery", "定金到送货", "Deposit to delivery", ["tp_deposit", "tp_balance", "tp_pick", "tp_delivery"],
     60),
]

# key, city, 城市, region, 地区, showroom id, showroom zh, showroom en, warehouse zh, warehouse en, currency,
# CNY per unit of currency, price multiplier, weight, month weights
CN_MW = [0.95, 0.55, 1.15, 1.15, 1.0, 0.9, 0.85, 0.9, 1.25, 1.3, 1.05, 0.95]
KL_MW = [1.0, 0.92, 1.05, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.05, 1.05, 1.0]
NZ_MW = [1.2, 1.25, 1.2, 1.0, 0.85, 0.7, 0.7, 0.8, 1.0, 1.2, 1.3, 1.25]
CITIES = [
    ("FS", "Foshan", "佛山", "cn_south", "华南", "SR-FS", "佛山季华旗舰展厅", "Foshan Jihua Flagship",
     "佛山中心仓", "Foshan Central DC", "CNY", 1.0, 1.0, 0.26, CN_MW),
    ("WH", "Wuhan", "武汉", "cn_central", "华中", "SR-WH", "武汉光谷展厅", "Wuhan Optics Valley",
     "武汉仓", "Wuhan DC", "CNY", 1.0, 1.05, 0.18, CN_MW),
    ("XA", "Xi'an", "西安", "cn_northwest", "西北", "SR-XA", "西安高新展厅", "Xi'an Hi-tech Zone",
     "西安仓", "Xi'an DC", "CNY", 1.0, 1.05, 0.14, CN_MW),
    ("NJ", "Nanjing", "南京", "cn_east", "华东", "SR-NJ", "南京河西展厅", "Nanjing Hexi",
     "南京仓", "Nanjing DC", "CNY", 1.0, 1.1, 0.19, CN_MW),
    ("KL", "Kuala Lumpur", "吉隆坡", "malaysia", "马来西亚", "SR-KL", "吉隆坡孟沙展厅", "KL Bangsar",
     "巴生港仓", "Port Klang Warehouse", "MYR", 1.55, 1.5, 0.13, KL_MW),
    ("AK", "Auckland", "奥克兰", "new_zealand", "新西兰", "SR-AK", "奥克兰东塔马基展厅", "Auckland East Tamaki",
     "奥克兰仓", "East Tamaki Warehouse", "NZD", 4.25, 2.0, 0.11, NZ_MW),
]
CITY = {c[0]: c for c in CITIES}
CARRIER = {"FS": ("自有车队", "TileCraft Fleet"), "WH": ("德邦物流", "Deppon"), "XA": ("德邦物流", "Deppon"),
           "NJ": ("德邦物流", "Deppon"), "KL": ("啦啦快送", "Lalamove"), "AK": ("Mainfreight", "Mainfreight")}
QINSU_C = ("秦速物流", "QinSu Logistics")
DESIGNERS = {"FS": [("梁嘉欣", "Jiaxin Liang"), ("何志明", "Zhiming He"), ("邓雅婷", "Yating Deng")],
             "WH": [("陈静", "Jing Chen"), ("刘洋", "Yang Liu")],
             "XA": [("王蕾", "Lei Wang"), ("杜鹏", "Peng Du")],
             "NJ": [("周婷", "Ting Zhou"), ("孙浩", "Hao Sun")],
             "KL": [("林慧敏", "Michelle Lim"), ("阿里夫", "Arif Rahman")],
             "AK": [("索菲", "Sophie Walker"), ("黄凯文", "Kevin Huang")]}
WH_NEW = ("吴敏", "Min Wu")   # joins Wuhan 2026-02-01 after 刘洋 left on 2025-08-01
INSTALLERS = {"FS": ("顺德匠心铺贴", "Shunde Craft Tiling"), "WH": ("江城瓦工队", "Jiangcheng Tilers"),
              "XA": ("长安铺贴", "Chang'an Tiling"), "NJ": ("金陵铺贴队", "Jinling Tiling Crew"),
              "KL": ("Bina瓷砖工程", "Bina Tiling Works"), "AK": ("Kiwi Tile Pros", "Kiwi Tile Pros")}

# code, zh, en, size, CNY per sqm, sqm per box, breakage factor, popularity, reorder factor
SERIES = [
    ("SLAB", "岩板", "Sintered stone slab", "750x1500", 520, 2.25, 2.6, 0.18, 0.8),
    ("MARB", "大理石纹瓷砖", "Marble-look porcelain", "800x800", 260, 1.92, 1.0, 0.28, 1.0),
    ("WOOD", "木纹砖", "Wood-look plank", "200x1200", 230, 1.44, 1.1, 0.2, 1.8),
    ("CEM", "水泥砖", "Cement-look tile", "600x600", 190, 1.44, 0.8, 0.16, 1.0),
    ("TERR", "水磨石砖", "Terrazzo-look tile", "600x1200", 300, 1.44, 1.4, 0.1, 1.0),
    ("MOS", "马赛克", "Mosaic", "300x300", 380, 0.99, 0.5, 0.08, 1.0),
]
SER = {s[0]: s for s in SERIES}
BATH = {"none": ("无", 0), "standard": ("标准卫浴套装", 6800), "premium": ("高端卫浴套装（智能马桶）", 16800)}
PTYPE = {"new_home": "新房全屋", "renovation": "旧房翻新", "bathroom_only": "卫生间改造", "commercial": "商业工装"}
CTYPE = {"homeowner": "业主", "designer": "设计师", "contractor": "装修公司"}
CHANNEL_ZH = {"douyin": "抖音", "xiaohongshu": "小红书", "walk_in": "自然到店", "home_expo": "家博会",
              "referral": "老客推荐", "designer_referral": "设计师带客", "google_ads": "谷歌广告",
              "facebook": "Facebook广告"}
CANCEL_ZH = {"changed_mind": "改变主意", "found_cheaper": "找到更便宜的", "project_delayed": "装修推迟",
             "design_change": "设计变更"}
RETURN_ZH = {"over_ordered": "买多了", "colour_not_liked": "颜色不喜欢", "project_cancelled": "项目取消",
             "wrong_size": "规格买错", "other": "其他"}
TIER_ZH = {"standard": "普通会员", "silver": "银卡会员", "gold": "金卡会员"}
PAY = {"CNY": ["wechat_pay", "alipay", "bank_transfer", "card"], "MYR": ["fpx", "card", "bank_transfer", "ewallet"],
       "NZD": ["eftpos", "card", "bank_transfer", "afterpay"]}
PAY_ZH = {"wechat_pay": "微信支付", "alipay": "支付宝", "bank_transfer": "银行转账", "card": "刷卡", "fpx": "FPX网银",
          "ewallet": "电子钱包", "eftpos": "EFTPOS刷卡", "afterpay": "Afterpay分期"}


class G:
    def __init__(self):
        self.rng = np.random.default_rng(SEED)
        self.customers: dict[str, dict] = {}
        self.events: list[dict] = []
        self.orders: list[dict] = []
        self.feedback: list[dict] = []
        self.truth: list[dict] = []
        self.experiments: list[dict] = []
        self.n_ev = self.n_pj = self.n_ord = 0
        days = [START + D(days=i) for i in range((END - START).days + 1)]
        self.days = days
        self.day_w = {}
        for c in CITIES:
            w = np.array([c[14][d.month - 1] * (1 + 0.16 * (d - START).days / 365) for d in days])
            self.day_w[c[0]] = w / w.sum()

    # ---------- helpers ----------
    def r(self) -> float:
        return float(self.rng.random())

    def pick(self, items, w=None):
        if w is None:
            return items[int(self.rng.integers(len(items)))]
        w = np.asarray(w, dtype=float)
        return items[int(self.rng.choice(len(items), p=w / w.sum()))]

    def at_hour(self, t, lo=10, hi=21):
        base = datetime(t.year, t.month, t.day)
        return base + D(seconds=int(self.rng.integers(lo * 3600, hi * 3600)))

    def later(self, t, days_lo, days_hi, lo=9, hi=21):
        d = t + D(days=int(self.rng.integers(days_lo, days_hi + 1)))
        x = self.at_hour(d, lo, hi)
        if x <= t:
            x = t + D(minutes=int(self.rng.integers(20, 240)))
        return x

    def city_cols(self, k):
        c = CITY[k]
        return dict(city=c[1], 城市=c[2], showroom_id=c[5], showroom=c[6], showroom_en=c[7])

    def ev(self, c, ts, tp, **kw):
        if ts > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts, touchpoint_id=tp)
        row.update(kw)
        self.events.append(row)
        return True

    # ---------- customers ----------
    def new_customer(self, i):
        k = self.pick([c[0] for c in CITIES], [c[13] for c in CITIES])
        ctype = self.pick(list(CTYPE), [0.64, 0.13, 0.23] if k == "FS" else [0.78, 0.1, 0.12])
        overseas = k in ("KL", "AK")
        trade = ctype != "homeowner"
        if not overseas:
            chs, w = (["douyin", "xiaohongshu", "walk_in", "home_expo", "referral", "designer_referral"],
                      [0.06, 0.04, 0.4, 0.25, 0.25, 0.0] if trade else [0.31, 0.21, 0.15, 0.1, 0.1, 0.13])
        else:
            chs, w = (["google_ads", "facebook", "walk_in", "referral", "designer_referral"],
                      [0.15, 0.1, 0.4, 0.35, 0.0] if trade else [0.3, 0.24, 0.17, 0.14, 0.15])
        ch = self.pick(chs, w)
        if k == "KL":
            lang = "zh" if self.r() < 0.5 else "en"
        elif k == "AK":
            lang = "zh" if self.r() < 0.25 else "en"
        else:
            lang = "zh"
        cid = f"C{i + 1:05d}"
        c = dict(customer_id=cid, signup_at=None, segment=None, region=CITY[k][3], 地区=CITY[k][4],
                 acquisition_channel=ch, 获客渠道=CHANNEL_ZH[ch], tier=None, 会员等级=None, customer_type=ctype,
                 客户类型=CTYPE[ctype], city=CITY[k][1], 城市=CITY[k][2], home_showroom=CITY[k][5], language=lang,
                 age_band=self.pick(["25-34", "35-44", "45-54", "55+"], [0.34, 0.36, 0.2, 0.1]),
                 company_name=(f"{CITY[k][2]}{self.pick(['鑫', '华', '美', '筑', '宏', '匠', '锦'])}"
                               f"{self.pick(['家装', '装饰', '设计工作室', '建筑工程'])}" if trade and not overseas
                               else (f"{self.pick(['Urban', 'Nova', 'Harbour', 'Summit', 'Oak'])} "
                                     f"{self.pick(['Interiors', 'Build', 'Design Studio', 'Renovations'])}"
                                     if trade else None)),
                 k=k, dev=self.pick(["ios", "android", "pc"], [0.45, 0.2, 0.35] if overseas else [0.42, 0.46, 0.12]),
                 projects=0, reorders=0)
        self.customers[cid] = c
        return c

    # ---------- the journey ----------
    def run(self):
        for i in range(N_CUST):
            c = self.new_customer(i)
            di = int(self.rng.choice(len(self.days), p=self.day_w[c["k"]]))
            self.lead(c, self.days[di])
        self.public_reviews()
        spend: dict[str, float] = {}
        for o in self.orders:
            if o["status"] == "paid":
                spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + o["amount"]
        for c in self.customers.values():
            if c["projects"] == 0:
                c["segment"] = "prospect"
            elif c["projects"] == 1 and c["reorders"] == 0:
                c["segment"] = "first_order"
            else:
                c["segment"] = "repeat"
            s = spend.get(c["customer_id"], 0)
            if s > 0:
                c["tier"] = "gold" if s >= 150000 else ("silver" if s >= 50000 else "standard")
                c["会员等级"] = TIER_ZH[c["tier"]]

    def lead(self, c, day):
        r = self.r
        k = c["k"]
        ch = c["acquisition_channel"]
        digital = ch in ("douyin", "xiaohongshu", "google_ads", "facebook")
        t = self.at_hour(day, 8, 23)
        ws = f"WS{c['customer_id'][1:]}"
        if digital:
            plat = {"douyin": "douyin", "xiaohongshu": "xiaohongshu", "google_ads": "google", "facebook": "facebook"}[ch]
            camp = self.pick(["岩板大板季", "奶油风卫生间", "木纹砖地暖专场", "金九银十到店礼"] if k not in ("KL", "AK")
                             else ["Big Slab Season", "Bathroom Makeover", "Free 3D Design", "Showroom Open Day"])
            for j in range(1 + int(self.rng.poisson(0.7))):
                self.ev(c, t + D(hours=j * float(self.rng.exponential(30))), "tp_ad", session_id=ws, action="click",
                        device=c["dev"], channel="ads", platform=plat, campaign=camp, **self.city_cols(k))
            if r() < 0.5:
                t = t + D(minutes=int(self.rng.integers(2, 600)))
                self.ev(c, t, "tp_inspo", session_id=ws, action="view", device=c["dev"], channel="mini_program",
                        gallery_items=int(self.rng.integers(3, 40)), **self.city_cols(k))
        booked = False
        p_book = 0.48 if digital else (0.12 if ch in ("walk_in", "home_expo") else 0.3)
        if k == "AK":
            p_book = min(0.9, p_book * 1.5)
        if r() < p_book:
            booked = True
            t = t + D(minutes=int(self.rng.integers(5, 2000)))
            bch = "whatsapp" if k == "KL" and r() < 0.5 else self.pick(["mini_program", "web", "phone"], [0.6, 0.25, 0.15])
            appt = self.later(t, 1, 9, 10, 20)
            self.ev(c, t, "tp_booking", session_id=ws, action="submit",
                    device=c["dev"] if bch != "phone" else None, channel=bch if bch != "whatsapp" else "social",
                    booking_channel=bch, appointment_date=appt.date(), **self.city_cols(k))
            if c["signup_at"] is None:
                c["signup_at"] = t
            show = {"KL": 0.52, "AK": 0.9}.get(k, 0.8)
            if c["customer_type"] != "homeowner":
                show = min(0.95, show + 0.08)
            if r() < show:
                self.project(c, appt, first=True)
            return
        if digital and r() < 0.36:
            self.project(c, self.later(t, 0, 20, 10, 20), first=True)
        elif not digital:
            self.project(c, self.at_hour(day, 10, 20), first=True)

    def designer(self, k, t):
        if k == "WH":
            if WUHAN_GAP[0] <= t < WUHAN_GAP[1]:
                return DESIGNERS["WH"][0]
            if t >= WUHAN_GAP[1]:
                return self.pick([DESIGNERS["WH"][0], WH_NEW])
        return self.pick(DESIGNERS[k])

    def project(self, c, t, first):
        """one project: showroom visit (first project) or a direct quote (a trade customer's later project)."""
        if t > END:
            return
        r = self.r
        k = c["k"]
        trade = c["customer_type"] != "homeowner"
        overseas = k in ("KL", "AK")
        self.n_pj += 1
        pj = f"PJ{self.n_pj:05d}"
        cc = self.city_cols(k)
        ser = self.pick([s[0] for s in SERIES], [s[7] * (1.3 if s[0] == "SLAB" and k == "FS" else 1) for s in SERIES])
        s = SER[ser]
        if trade:
            ptype = self.pick(["new_home", "renovation", "commercial"], [0.4, 0.3, 0.3])
        else:
            ptype = self.pick(["new_home", "renovation", "bathroom_only"], [0.5, 0.3, 0.2])
        if ptype == "bathroom_only":
            ser = self.pick(["MOS", "MARB", "CEM", "SLAB"], [0.35, 0.3, 0.2, 0.15])
            s = SER[ser]
        area = {"new_home": 95, "renovation": 70, "bathroom_only": 14, "commercial": 320}[ptype]
        area = round(float(area * self.rng.lognormal(0, 0.35)), 1)
        bath = "none" if ptype == "commercial" else self.pick(list(BATH), [0.5, 0.33, 0.17] if ptype != "bathroom_only"
                                                              else [0.1, 0.55, 0.35])
        prod = dict(project_type=ptype, 项目类型=PTYPE[ptype], tile_series=s[2], 系列=s[1], tile_size=s[3],
                    area_sqm=area, bath_suite=bath, 卫浴套装=BATH[bath][0])
        samples = False
        slow_layout = False
        consulted = False
        layout_t = None
        if first:
            if c["signup_at"] is None:
                c["signup_at"] = t
            self.ev(c, t, "tp_visit", session_id=pj, action="visit", channel="store",
                    party_size=self.pick([1, 2, 3, 4], [0.25, 0.5, 0.18, 0.07]),
                    visit_minutes=int(self.rng.gamma(3, 18)), **cc)
            tq = t
            p_cons = 0.35 if trade else 0.72
            if r() < p_cons:
                consulted = True
                tc = t + D(minutes=int(self.rng.integers(10, 90))) if r() < 0.7 else self.later(t, 1, 3, 10, 20)
                des = self.designer(k, tc)
                mode = "video" if (overseas and r() < 0.35) or r() < 0.08 else "in_store"
                if self.ev(c, tc, "tp_consult", session_id=pj, action="complete", channel="store", designer=des[0],
                           designer_en=des[1], consult_mode=mode, **cc, **prod):
                    tq = tc
            ps = 0.55 if trade else 0.42
            if r() < ps:
                samples = True
                tsmp = tq + D(minutes=int(self.rng.integers(5, 60)))
                cnt = int(self.rng.integers(2, 7))
                dep = {"CNY": 200, "MYR": 100, "NZD": 50}[CITY[k][10]]
                self.ev(c, tsmp, "tp_sample", session_id=pj, action="take", channel="store", sample_count=cnt,
                        sample_deposit=dep, deposit_currency=CITY[k][10], samples_returned=r() < 0.82, **cc, **prod)
                tq = max(tq, tsmp)
                if r() < 0.008:
                    self.fb_cs(c, self.later(tsmp, 15, 40), "sample_refund", "tp_sample", pj)
            if consulted:
                gap = k == "WH" and WUHAN_GAP[0] <= tq < WUHAN_GAP[1]
                if r() < (0.6 if gap else 0.83):
                    days = float(self.rng.gamma(4.5, 2.4)) if gap else float(self.rng.gamma(3.0, 1.0))
                    days = max(1, int(round(days)))
                    slow_layout = days > 7
                    des = self.designer(k, tq)
                    tl = self.at_hour(tq + D(days=days), 9, 22)
                    if self.ev(c, tl, "tp_layout", session_id=pj, action="deliver", channel="wechat" if not overseas
                               else "email", designer=des[0], designer_en=des[1], turnaround_days=days,
                               layout_rounds=self.pick([1, 2, 3], [0.55, 0.33, 0.12]),
                               rooms=self.pick([1, 2, 3, 4, 5], [0.2, 0.3, 0.25, 0.15, 0.1]), **cc, **prod):
                        layout_t = tl
                    if slow_layout and r() < 0.3:
                        self.fb_cs(c, tq + D(days=int(self.rng.integers(6, 9)), hours=int(self.rng.integers(9, 20))),
                                   "layout_slow", "tp_layout", pj)
                    if layout_t is None:
                        return
            if layout_t is not None:
                p_q = 0.62 if slow_layout else 0.84
                tq = layout_t
            elif consulted:
                p_q = 0.25
            elif trade:
                p_q = 0.78
            else:
                p_q = 0.12
            if r() >= p_q:
                return
            tq = self.later(tq, 1, 6, 9, 21)
        else:
            tq = t
        # quote
        price = s[4] * CITY[k][12]
        amount_cny = area * price + BATH[bath][1] * CITY[k][12]
        if trade:
            amount_cny *= 0.88   # trade price
        amount_cny = round(amount_cny, -1)
        variant = None
        if not self.ev(c, tq, "tp_quote", session_id=pj, action="issue", channel="wechat" if not overseas else "email",
                       quote_amount=amount_cny, currency=CITY[k][10], quote_format="pdf_standard", **cc, **prod):
            return
        if first and not trade and AB[0] <= tq < AB[1]:
            variant = "render_bundle" if r() < 0.5 else "control"
            self.experiments.append(dict(experiment_id="quote_3d_2026", variant=variant, customer_id=c["customer_id"],
                                         assigned_at=tq, quote_id=f"Q{pj[2:]}", city=CITY[k][1]))
            self.events[-1]["quote_format"] = "3d_render_bundle" if variant == "render_bundle" else "pdf_standard"
        if trade:
            p = 0.6 if first else 0.72
        else:
            p = 0.34 * {"designer_referral": 1.4, "referral": 1.2, "walk_in": 1.0, "home_expo": 0.95, "douyin": 0.72,
                        "xiaohongshu": 0.9, "google_ads": 0.95, "facebook": 0.8}[c["acquisition_channel"]]
            if samples:
                p *= 1.75
            if slow_layout:
                p *= 0.75
            if variant == "render_bundle":
                p *= 1.4
        if r() >= min(p, 0.92):
            if r() < 0.04:
                self.fb_cs(c, self.later(tq, 1, 5), "price_high", "tp_quote", pj)
            return
        td = self.at_hour(tq + D(days=1 + min(27, int(self.rng.gamma(1.6, 5.0)))), 10, 21)
        self.order_flow(c, pj, td, prod, s, amount_cny, consulted)

    def order_flow(self, c, pj, td, prod, s, amount_cny, consulted):
        r = self.r
        k = c["k"]
        trade = c["customer_type"] != "homeowner"
        overseas = k in ("KL", "AK")
        cc = self.city_cols(k)
        cur, fx = CITY[k][10], CITY[k][11]
        pay = self.pick(PAY[cur], [0.45, 0.25, 0.2, 0.1] if not trade else [0.2, 0.1, 0.6, 0.1])
        dep_cny = round(amount_cny * 0.3, 2)
        if not self.ev(c, td, "tp_deposit", session_id=pj, action="success", channel="store", deposit_amount=dep_cny,
                       payment_method=pay, **cc, **prod):
            return
        c["projects"] += 1
        dep_o = self.order(c, td, dep_cny, "paid", "deposit", pj, pay, prod, s)
        if r() < 0.055:
            tc = self.later(td, 1, 14)
            reason = self.pick(list(CANCEL_ZH), [0.3, 0.25, 0.3, 0.15])
            if self.ev(c, tc, "tp_cancel", session_id=pj, action="cancel", channel="store", cancel_reason=reason,
                       取消原因=CANCEL_ZH[reason], **cc):
                dep_o["status"] = "refunded"
                dep_o["refunded_at"] = tc
                dep_o["refund_amount"] = dep_o["amount"]
                c["projects"] -= 1
            return
        tb = self.later(td, 3, 20, 10, 21)
        bal = round(amount_cny - dep_cny, 2)
        if not self.ev(c, tb, "tp_balance", session_id=pj, action="success", channel="store", balance_amount=bal,
                       payment_method=pay, **cc):
            return
        self.order(c, tb, bal, "paid", "balance", pj, pay, prod, s)
        area = prod["area_sqm"]
        boxes = max(1, math.ceil(area * 1.08 / s[5]))
        lot = f"{s[0]}-{tb.strftime('%y%W')}-{int(self.rng.integers(1, 9))}"
        tp_ = self.later(tb, 1, 3, 7, 19)
        wh = CITY[k]
        if not self.ev(c, tp_, "tp_pick", session_id=pj, action="picked", channel="warehouse", warehouse=wh[8],
                       warehouse_en=wh[9], batch_no=lot, boxes=boxes, pick_hours=round(float(self.rng.gamma(2, 3)), 1),
                       **cc, tile_series=s[2], 系列=s[1]):
            return
        tdl = self.later(tp_, 2, 6, 8, 19) if overseas else self.later(tp_, 1, 4, 8, 19)
        qin = k == "XA" and tdl >= QINSU
        carrier = QINSU_C if qin else CARRIER[k]
        p_box = (0.011 if qin else 0.0012) * s[6]
        broken = int(self.rng.binomial(boxes, min(0.5, p_box)))
        checked = r() < (0.8 if overseas else 0.68)
        on_time = r() < (0.74 if qin else 0.92)
        if not self.ev(c, tdl, "tp_delivery", session_id=pj, action="delivered", channel="logistics",
                       carrier=carrier[1], 承运商=carrier[0], boxes_delivered=boxes, broken_boxes=broken,
                       checked_at_door=checked, on_time=on_time, batch_no=lot, **cc, tile_series=s[2], 系列=s[1],
                       area_sqm=area):
            return
        exp = dict(broken=broken, qin=qin, on_time=on_time)
        if broken > 0 and r() < (0.95 if checked else 0.7):
            tcl = tdl + D(hours=float(self.rng.uniform(1, 40)))
            status = "approved" if checked or r() < 0.55 else "rejected"
            rep = max(1, int(round(float(self.rng.gamma(3, 3.0 if qin else 1.3)))))
            if self.ev(c, tcl, "tp_breakage", session_id=pj, action="submit", channel="phone", broken_boxes=broken,
                       checked_at_door=checked, claim_status=status, replacement_days=rep if status == "approved"
                       else None, carrier=carrier[1], 承运商=carrier[0], **cc, tile_series=s[2], 系列=s[1]):
                if r() < (0.55 if status == "rejected" else 0.3):
                    self.fb_cs(c, tcl + D(hours=int(self.rng.integers(2, 72))), "broken_tiles", "tp_breakage", pj,
                               series=s, extra=dict(carrier=carrier))
        inst = None
        if r() < ((0.6 if overseas else 0.48) if not trade else 0.05):
            inst = INSTALLERS[k]
            ti = self.later(tdl, 0, 5)
            if self.ev(c, ti, "tp_installer", session_id=pj, action="referred", channel="phone", installer=inst[0],
                       installer_en=inst[1], job_sqm=area, **cc):
                if r() < 0.42:
                    w = {"installer_poor": 0.55, "installer_good": 0.25, "neutral": 0.2} if k == "NJ" else \
                        {"installer_poor": 0.1, "installer_good": 0.68, "neutral": 0.22}
                    topic = self.pick(list(w), list(w.values()))
                    self.fb_installer(c, self.later(ti, 7, 20), topic, pj, k, inst)
            else:
                inst = None
        # return of unopened boxes
        tr = self.later(tdl, 3, 25)
        p_ret = (0.06 if trade else 0.2) * (0.45 if tr >= RESTOCK else 1.0)
        if boxes >= 3 and r() < p_ret:
            nb = max(1, min(boxes - 1, int(round(boxes * float(self.rng.uniform(0.03, 0.12))))))
            reason = self.pick(list(RETURN_ZH), [0.62, 0.14, 0.09, 0.08, 0.07])
            fee = 0.15 if tr >= RESTOCK else 0.0
            val = round(nb * s[5] * s[4] * CITY[k][12] * (0.88 if trade else 1.0), 2)
            if self.ev(c, tr, "tp_return", session_id=pj, action="returned", channel="store", boxes_returned=nb,
                       return_reason=reason, 退货原因=RETURN_ZH[reason], restocking_fee_rate=fee, **cc,
                       tile_series=s[2], 系列=s[1]):
                o = self.order(c, tr, val, "returned", "return", pj, pay, prod, s)
                o["refund_amount"] = round(val * (1 - fee), 2)
                o["restocking_fee"] = round(val * fee, 2)
                o["refunded_at"] = tr + D(days=int(self.rng.integers(1, 6)))
                o["boxes"] = nb
                if fee and r() < 0.6:
                    self.fb_cs(c, tr + D(hours=int(self.rng.integers(1, 48))), "restocking_fee", "tp_return", pj)
        if r() < 0.025:
            self.fb_cs(c, self.later(tdl, 10, 40), "opened_box_refused", "tp_return", pj)
        # survey
        if r() < 0.45:
            tv = self.later(tdl, 5, 12, 9, 22)
            w = {"quality_good": 1.2, "delivery_smooth": 0.8 if broken == 0 and on_time else 0.0,
                 "designer_helpful": 0.8 if consulted else 0.0, "showroom_display": 0.5,
                 "neutral": 0.7, "price_high": 0.45,
                 "broken_tiles": (4.5 if qin else 2.2) if broken else 0.0,
                 "delivery_late": 1.3 if not on_time else 0.0,
                 "installer_poor": 1.3 if inst and k == "NJ" else 0.0}
            topic = self.pick(list(w), list(w.values()))
            stars = self.stars(topic)
            if self.ev(c, tv, "tp_review", session_id=pj, action="submit", channel="mini_program", stars=stars, **cc):
                self.fb_survey(c, tv, topic, stars, pj, s, inst, carrier)
        # reorder of extra tiles
        if r() < {"contractor": 0.34, "designer": 0.2, "homeowner": 0.13}[c["customer_type"]] * s[8]:
            delay = 5 + int(self.rng.exponential(55))
            tro = self.at_hour(tdl + D(days=delay), 10, 20)
            pm = 0.9 if delay <= 30 else (0.62 if delay <= 90 else 0.22)
            match = r() < pm
            nb = int(self.rng.integers(2, 13))
            new_lot = lot if match else f"{s[0]}-{tro.strftime('%y%W')}-{int(self.rng.integers(1, 9))}"
            val = round(nb * s[5] * s[4] * CITY[k][12] * (0.88 if trade else 1.0), 2)
            if self.ev(c, tro, "tp_reorder", session_id=pj, action="submit", channel="store", reorder_boxes=nb,
                       days_since_delivery=delay, original_batch=lot, batch_no=new_lot, shade_match=match, **cc,
                       tile_series=s[2], 系列=s[1]):
                c["reorders"] += 1
                o = self.order(c, tro, val, "paid", "reorder", pj, pay, prod, s)
                o["boxes"] = nb
                if not match and r() < 0.5:
                    self.fb_cs(c, self.later(tro, 3, 15), "shade_mismatch", "tp_reorder", pj, series=s)
        # a trade customer's next project
        if trade and r() < 0.5:
            self.project(c, self.later(tdl, 20, 120, 9, 19), first=False)

    def order(self, c, ts, amount_cny, status, otype, pj, pay, prod, s):
        k = c["k"]
        cur, fx = CITY[k][10], CITY[k][11]
        local = round(amount_cny / fx, 2)
        self.n_ord += 1
        o = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts, amount=round(local * fx, 2),
                 status=status, order_type=otype,
                 订单类型={"deposit": "定金", "balance": "尾款", "reorder": "补货", "return": "退货"}[otype],
                 project_id=pj, channel="store", payment_method=pay, 支付方式=PAY_ZH[pay], city=CITY[k][1],
                 城市=CITY[k][2], showroom_id=CITY[k][5], customer_type=c["customer_type"],
                 project_type=prod["project_type"], tile_series=s[2], 系列=s[1], area_sqm=prod["area_sqm"],
                 currency=cur, amount_local=local, fx_rate=fx)
        self.orders.append(o)
        return o

    # ---------- feedback ----------
    def stars(self, topic):
        base = {"positive": 4.6, "neutral": 3.4, "negative": 1.8}[SENT[topic]]
        return int(np.clip(round(base + self.rng.normal(0, 0.55)), 1, 5))

    def lang_of(self, c):
        return c["language"]

    def text(self, topic, lang, **kw):
        t = self.pick(TEXTS[topic][lang])
        pre = self.pick(PREFIX[lang]) if self.r() < 0.35 else ""
        suf = self.pick(SUFFIX[SENT[topic]][lang]) if self.r() < 0.5 else ""
        if suf and suf[0] in ".!，。！" and t[-1] in ".!。！":
            t = t[:-1]
        s = (pre + t + suf).format(**kw)
        return s

    def add_fb(self, ts, topic, lang, channel, tp, text, c=None, pj=None, k=None, rating=None, nps=None,
               series=None, inst=None):
        fid = f"FB{len(self.feedback) + 1:05d}"
        row = dict(feedback_id=fid, text=text, ts=ts if ts is None or ts <= END else None,
                   customer_id=c["customer_id"] if c else None, touchpoint_id=tp, channel=channel, rating=rating,
                   nps=nps, project_id=pj)
        if k:
            row.update(city=CITY[k][1], 城市=CITY[k][2], showroom_id=CITY[k][5])
        if series:
            row.update(tile_series=series[2], 系列=series[1])
        if inst:
            row.update(installer=inst[0], installer_en=inst[1])
        if ts is not None and ts > END:
            return
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic], language=lang))

    def kw(self, k, series=None, carrier=None, inst=None):
        return dict(city=CITY[k][2], city_en=CITY[k][1], series=series[1] if series else "瓷砖",
                    series_en=series[2].lower() if series else "tiles", carrier=(carrier or CARRIER[k])[0],
                    carrier_en=(carrier or CARRIER[k])[1], installer=(inst or INSTALLERS[k])[0],
                    installer_en=(inst or INSTALLERS[k])[1])

    def cs_channel(self, c):
        k = c["k"]
        if k == "KL":
            return "whatsapp"
        if k == "AK":
            return "email"
        return "wechat_cs"

    def fb_cs(self, c, ts, topic, tp, pj, series=None, extra=None):
        k = c["k"]
        lang = self.lang_of(c)
        carrier = (extra or {}).get("carrier")
        self.add_fb(ts, topic, lang, self.cs_channel(c), tp,
                    self.text(topic, lang, **self.kw(k, series, carrier)), c=c, pj=pj, k=k, series=series)

    def fb_installer(self, c, ts, topic, pj, k, inst):
        lang = self.lang_of(c)
        rating = self.stars(topic)
        if self.r() < 0.2:
            ts = None
        self.add_fb(ts, topic, lang, "installer_followup", "tp_installer",
                    self.text(topic, lang, **self.kw(k, inst=inst)), c=c, pj=pj, k=k, rating=rating, inst=inst)

    def fb_survey(self, c, ts, topic, stars, pj, s, inst, carrier):
        k = c["k"]
        lang = self.lang_of(c)
        nps = int(np.clip(round({5: 9.3, 4: 7.8, 3: 6.2, 2: 3.8, 1: 1.5}[stars] + self.rng.normal(0, 1.1)), 0, 10))
        tp = TOPIC_TP[topic]
        self.add_fb(ts, topic, lang, "post_delivery_survey", tp,
                    self.text(topic, lang, **self.kw(k, s, carrier, inst)), c=c, pj=pj, k=k, rating=stars, nps=nps,
                    series=s, inst=inst if topic == "installer_poor" else None)

    def public_reviews(self):
        """dianping (zh), xiaohongshu notes (zh, no rating), google reviews (en): about a showroom, no customer."""
        n = 520
        for _ in range(n):
            k = self.pick([c[0] for c in CITIES], [c[13] for c in CITIES])
            if k in ("KL", "AK"):
                lang = "en" if self.r() < 0.75 else "zh"
                ch = "google_review" if lang == "en" else "xiaohongshu"
            else:
                lang = "zh"
                ch = self.pick(["dianping", "xiaohongshu"], [0.6, 0.4])
            w = {"showroom_display": 0.35, "designer_helpful": 0.2, "price_high": 0.15, "neutral": 0.12,
                 "quality_good": 0.1, "broken_tiles": 0.0, "shade_mismatch": 0.03}
            day = START + D(days=int(self.rng.integers(0, (END - START).days + 1)))
            if k == "XA" and day >= QINSU:
                w["broken_tiles"] = 0.4
            if k == "WH" and WUHAN_GAP[0] <= day < WUHAN_GAP[1] + D(days=20):
                w["layout_slow"] = 0.35
            topic = self.pick(list(w), list(w.values()))
            ts = None if self.r() < 0.38 else self.at_hour(day, 8, 23)
            rating = None if ch == "xiaohongshu" else self.stars(topic)
            tp = PUBLIC_TP.get(topic, TOPIC_TP[topic])
            self.add_fb(ts, topic, lang, ch, tp, self.text(topic, lang, **self.kw(
                k, carrier=QINSU_C if k == "XA" and day >= QINSU else None)), k=k, rating=rating)


SENT = {"quality_good": "positive", "delivery_smooth": "positive", "designer_helpful": "positive",
        "showroom_display": "positive", "installer_good": "positive", "neutral": "neutral",
        "price_high": "negative", "broken_tiles": "negative", "delivery_late": "negative",
        "installer_poor": "negative", "layout_slow": "negative", "shade_mismatch": "negative",
        "restocking_fee": "negative", "opened_box_refused": "negative", "sample_refund": "negative"}
TOPIC_TP = {"quality_good": "tp_review", "delivery_smooth": "tp_delivery", "designer_helpful": "tp_consult",
            "showroom_display": "tp_visit", "installer_good": "tp_installer", "neutral": "tp_review",
            "price_high": "tp_quote", "broken_tiles": "tp_delivery", "delivery_late": "tp_delivery",
            "installer_poor": "tp_installer", "layout_slow": "tp_layout", "shade_mismatch": "tp_reorder",
            "restocking_fee": "tp_return", "opened_box_refused": "tp_return", "sample_refund": "tp_sample"}
PUBLIC_TP = {"neutral": "tp_visit", "quality_good": "tp_visit"}

PREFIX = {"zh": ["说实话，", "家里新房装修，", "卫生间翻新选的瓷域，", "朋友推荐来的，", "第一次买砖没经验，",
                 "对比了好几家，", "装修小白一枚，", "给爸妈的房子选的砖，"],
          "en": ["Honestly, ", "We renovated our whole house. ", "Bathroom reno this year. ", "First time buying tiles. ",
                 "Compared a few shops. ", "Quick note: "]}
SUFFIX = {"positive": {"zh": ["！", "，推荐", " 👍", "，五星好评", "，下次还来"],
                       "en": ["!", ". Recommended.", " 5 stars.", ". Would buy again."]},
          "neutral": {"zh": ["。", "，就这样", "，一般般吧"], "en": [".", ". That's all."]},
          "negative": {"zh": ["，希望改进", "，很失望", " 😤", "，不会再推荐了", "，请尽快处理"],
                       "en": [". Please sort this out.", ". Very disappointed.", ". Not good enough.",
                              ". Would not recommend."]}}

TEXTS = {
    "quality_good": {
        "zh": ["{series}质量很好，铺出来效果和展厅一模一样", "砖的平整度和釉面都很好，师傅都说好贴",
               "买的{series}很有质感，家里客人都问在哪买的", "瓷砖品质没得说，吸水率低，防滑也不错"],
        "en": ["The {series_en} look even better installed than in the showroom.",
               "Great quality tiles, flat and consistent, our tiler was impressed.",
               "Really happy with the {series_en}, solid quality for the price."]},
    "delivery_smooth": {
        "zh": ["送货准时，师傅帮忙开箱验货，一块没碎", "{carrier}送货很专业，搬上楼还码得整整齐齐",
               "到货很快，包装结实，验货没问题"],
        "en": ["Delivery was on time and the driver helped us check every box, nothing broken.",
               "Smooth delivery, boxes stacked neatly in the garage.", "Fast delivery and well packed."]},
    "designer_helpful": {
        "zh": ["设计师很专业，帮我们把卫生间的排砖和收口都考虑到了", "设计师给的搭配建议很实用，避免了很多坑",
               "设计师耐心，3D图改了两次都很配合，出图很直观"],
        "en": ["The designer was brilliant, the 3D layout made choosing so much easier.",
               "Really helpful design consult, great advice on grout colour and layout.",
               "Our designer thought of details we never would have, like the niche and trims."]},
    "showroom_display": {
        "zh": ["{city}展厅很大，样板间实景铺贴很有参考价值", "展厅布置得很漂亮，大板效果一目了然", "逛展厅体验很好，店员不推销，讲解清楚"],
        "en": ["Lovely showroom in {city_en}, the room sets really help you picture it.",
               "Huge range on display and staff were not pushy.", "Great showroom, easy to compare big slabs side by side."]},
    "installer_good": {
        "zh": ["推荐的{installer}师傅手艺好，缝隙均匀，收口干净", "铺贴师傅很靠谱，按时进场，活儿细", "瓦工师傅很专业，找平做得很好"],
        "en": ["The tiler you referred ({installer_en}) did a neat job, even grout lines.",
               "Great installer referral, on time and tidy.", "Very happy with the tiling crew, professional work."]},
    "installer_poor": {
        "zh": ["推荐的{installer}铺完一个月就有好几块空鼓，敲起来咚咚响", "铺贴师傅做工粗糙，砖缝大小不一，还有高低差",
               "{installer}的师傅进场一拖再拖，铺完还有空鼓，找了几次才来返工", "瓦工手艺太差，墙砖贴歪了，瓷域推荐的师傅就这水平？"],
        "en": ["The installer you referred ({installer_en}) left hollow tiles, several already sound hollow.",
               "Poor tiling work, uneven grout lines and lippage everywhere.",
               "{installer_en} kept delaying and the finish was sloppy, had to call them back twice."]},
    "neutral": {
        "zh": ["整体还可以，没什么特别的", "中规中矩吧，和别家差不多", "砖已经铺好了，还行", "一般，符合预期"],
        "en": ["It was fine overall.", "Okay experience, nothing special.", "Tiles are in, no complaints so far."]},
    "price_high": {
        "zh": ["价格偏贵，同款{series}别家便宜不少", "报价比预算高了一截，卫浴套装太贵了", "性价比一般，大板价格有点劝退"],
        "en": ["Prices are steep compared with other tile shops.", "The quote came in well over our budget.",
               "Nice tiles but hard to justify the price."]},
    "broken_tiles": {
        "zh": ["送来的{series}碎了好几箱，{carrier}装卸太粗暴了", "到货开箱一堆碎砖，边角全磕坏了，耽误工期",
               "破损太严重了，{carrier}送的货十箱坏三箱，补发又等了一周多", "砖送到就是裂的，报损流程还很麻烦",
               "大板运输破了两片，工人只能停工等补货"],
        "en": ["Several boxes of {series_en} arrived cracked, the carrier clearly threw them around.",
               "Broken tiles on delivery again, and the replacement took over a week.",
               "Half the slab boxes were chipped when they arrived. The breakage claim was a hassle."]},
    "delivery_late": {
        "zh": ["送货比约定时间晚了两天，瓦工都在家里等着", "{carrier}送货不准时，改了好几次时间", "说好上午送，下午五点才到"],
        "en": ["Delivery was two days late and the tiler was waiting.", "The delivery slot kept changing.",
               "Late delivery, nobody called to tell us."]},
    "layout_slow": {
        "zh": ["3D效果图等了快两周还没出，催了好几次", "设计师太忙了，排砖图一拖再拖，差点去别家了",
               "{city}店出图太慢了，说三天结果等了十天", "量完尺寸一直等效果图，影响装修进度"],
        "en": ["Waited almost two weeks for the 3D layout.", "The design team is so slow, still no render after ten days.",
               "Took forever to get the tile layout plan back."]},
    "shade_mismatch": {
        "zh": ["补货的{series}和之前的色号对不上，有明显色差，铺上去一眼就看出来", "加单的砖批次不一样，颜色深了一截",
               "补的几箱有色差，和原来那批不是一个色号，很头疼", "补砖颜色不一致，客厅铺出来像打了补丁"],
        "en": ["The extra boxes of {series_en} are a different shade from our first batch, the colour difference "
               "is obvious.", "Reordered tiles don't match the original batch, different shade code.",
               "The top-up tiles are a visibly different colour, the floor looks patched."]},
    "restocking_fee": {
        "zh": ["退几箱没拆的砖还要扣15%手续费，太不合理了", "未拆箱退货还收退货手续费，之前都不收的",
               "多买了几箱退回去被扣了一笔钱，感觉被坑"],
        "en": ["Charged a 15% restocking fee to return unopened boxes, that's ridiculous.",
               "New restocking fee on returns is unfair, the boxes were sealed.",
               "Returned sealed boxes and still lost 15% of the money."]},
    "opened_box_refused": {
        "zh": ["只拆了一箱看颜色，整箱就不给退了", "拆开的箱子不让退，明明一片都没用"],
        "en": ["You refused my return because one box had been opened to check the colour.",
               "Opened box but unused tiles, still not accepted for return."]},
    "sample_refund": {
        "zh": ["样品早就还了，押金到现在还没退", "还了样砖一个月了押金还没到账"],
        "en": ["Returned the samples weeks ago and still no sample deposit refund.",
               "Where is my sample deposit? Samples were returned a month ago."]},
}


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = G()
    g.run()

    def fmt(v):
        if v is None:
            return ""
        if isinstance(v, datetime):
            return v.strftime("%Y-%m-%d %H:%M:%S")
        if isinstance(v, bool):
            return "true" if v else "false"
        return v

    def dump(name, rows, cols):
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(cols)
            for row in rows:
                w.writerow([fmt(row.get(k)) for k in cols])

    dump("touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                                  kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
         ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    dump("journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                 "touchpoint_id", "window_days"])
    dump("customers.csv", list(g.customers.values()),
         ["customer_id", "signup_at", "segment", "region", "地区", "acquisition_channel", "获客渠道", "tier", "会员等级",
          "customer_type", "客户类型", "city", "城市", "home_showroom", "language", "age_band", "company_name"])
    ev = sorted(g.events, key=lambda e: (e["ts"], e["event_id"]))
    idx = g.rng.choice(len(ev), size=22, replace=False)
    ev = ev + [ev[i] for i in idx]
    dump("events.csv", ev,
         ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "city",
          "城市", "showroom_id", "showroom", "showroom_en", "platform", "campaign", "gallery_items", "booking_channel",
          "appointment_date", "party_size", "visit_minutes", "designer", "designer_en", "consult_mode",
          "turnaround_days", "layout_rounds", "rooms", "sample_count", "sample_deposit", "deposit_currency",
          "samples_returned", "project_type", "项目类型", "tile_series", "系列", "tile_size", "area_sqm", "bath_suite",
          "卫浴套装", "quote_amount", "currency", "quote_format", "deposit_amount", "balance_amount", "payment_method",
          "cancel_reason", "取消原因", "warehouse", "warehouse_en", "batch_no", "boxes", "pick_hours", "carrier",
          "承运商", "boxes_delivered", "broken_boxes", "checked_at_door", "on_time", "claim_status",
          "replacement_days", "installer", "installer_en", "job_sqm", "boxes_returned", "return_reason", "退货原因",
          "restocking_fee_rate", "reorder_boxes", "days_since_delivery", "original_batch", "shade_match", "stars"])
    dump("orders.csv", sorted(g.orders, key=lambda o: o["order_id"]),
         ["order_id", "customer_id", "ts", "amount", "status", "order_type", "订单类型", "project_id", "channel",
          "payment_method", "支付方式", "city", "城市", "showroom_id", "customer_type", "project_type", "tile_series",
          "系列", "area_sqm", "boxes", "currency", "amount_local", "fx_rate", "refunded_at", "refund_amount",
          "restocking_fee"])
    fb = g.feedback
    order = g.rng.permutation(len(fb))
    dump("feedback.csv", [fb[i] for i in order],
         ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "project_id",
          "city", "城市", "showroom_id", "tile_series", "系列", "installer", "installer_en"])
    dump("experiments.csv", g.experiments, ["experiment_id", "variant", "customer_id", "assigned_at", "quote_id",
                                            "city"])
    dump("_truth/feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment", "language"])
    print(f"customers {len(g.customers)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(fb)}, "
          f"experiments {len(g.experiments)}, projects {g.n_pj}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
