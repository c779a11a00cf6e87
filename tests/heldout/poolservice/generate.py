"""碧波 ClearPool: residential and hotel swimming-pool maintenance in six cities (Shenzhen, Guangzhou, Sanya, Xiamen
year-round; Shanghai, Hangzhou with outdoor pools opened in spring and closed in autumn).

A lead enquires (website, WeChat mini program, phone), a technician does a site survey (上门勘察), sales sends a
quote (报价单), the owner / hotel signs a 12-month service contract (basic / standard / premium plan for homes,
hotel plan for hotels) and pays it up front. Technicians then come weekly (hotels twice a week) for cleaning visits
(清洁上门); every completed visit ends with a water test (水质检测: free chlorine, combined chlorine, pH, temperature).
Basic-plan owners buy chemicals (药剂) in the mini program; equipment breaks (pump 水泵, filter 过滤器,
heater 加热器, salt chlorinator 盐氯机) and is repaired (repair job, paid at completion). Outdoor pools in Shanghai and
Hangzhou get a seasonal opening (开池) in spring and closing / winterising (闭池) in autumn. 30 days before the term
ends the customer gets a renewal reminder and may renew (续约, +6 % price). A few contracts are cancelled in the first
two months and refunded.
Events 2025-01-01 .. 2026-08-31 (extract taken at the end of August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topics of each comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), numpy + stdlib. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261218
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_LEADS = 2600
SANYA_SHORTAGE = (datetime(2025, 7, 1), datetime(2025, 9, 1))     # Sanya technicians short-staffed in peak season
HEATER_PARTS = (datetime(2025, 12, 1), datetime(2026, 3, 1))      # heater parts back-ordered
XIAMEN_ACID = datetime(2026, 3, 1)                                 # Xiamen switches pH-minus supplier: pH drifts high

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_enquiry", "咨询询价", "Enquiry", "awareness", "web", "digital", "sales",
     "咨询|询价|留资|线索|问价|enquiry|inquiry|lead|first contact"),
    ("tp_survey", "上门勘察", "Site survey", "consideration", "store", "physical", "sales",
     "勘察|上门看池|量池|现场勘查|site survey|site visit|survey|inspection visit"),
    ("tp_quote", "报价", "Quote sent", "consideration", "email", "digital", "sales",
     "报价|报价单|方案|quote|quotation|proposal|price offer"),
    ("tp_contract", "签约付款", "Contract signed", "purchase", "other", "digital", "sales",
     "签约|签合同|成交|付款|年费|contract|signed|sign-up|deal|closed won"),
    ("tp_opening", "开池服务", "Pool opening", "service", "store", "physical", "field_ops",
     "开池|春季开池|启用|开放泳池|pool opening|spring opening|open the pool"),
    ("tp_visit", "清洁上门", "Cleaning visit", "service", "store", "physical", "field_ops",
     "上门清洁|例行清洁|周保养|打捞|吸污|刷池|weekly visit|cleaning visit|service visit|clean"),
    ("tp_water_test", "水质检测", "Water test", "service", "store", "physical", "field_ops",
     "水质|测水|余氯|pH|酸碱|水质检测|water test|water chemistry|chlorine reading|water quality"),
    ("tp_chem_order", "药剂下单", "Chemicals order", "purchase", "mini_program", "digital", "supply",
     "药剂|买药|氯片|加药|化学品|chemicals|chlorine tablets|chem order|supplies"),
    ("tp_repair_request", "设备报修", "Repair request", "service", "mini_program", "digital", "repair",
     "报修|坏了|故障|修水泵|修加热|repair request|breakdown|fault report|ticket"),
    ("tp_repair_done", "维修完工", "Repair completed", "service", "store", "physical", "repair",
     "维修|修好|完工|换配件|repair|fixed|repair job|parts replaced"),
    ("tp_closing", "闭池服务", "Pool closing", "service", "store", "physical", "field_ops",
     "闭池|冬季闭池|封池|过冬|pool closing|winterize|winterization|close the pool"),
    ("tp_cancel", "解约退款", "Contract cancelled", "service", "phone", "digital", "finance",
     "解约|退款|退合同|取消服务|cancel|cancellation|refund|terminate"),
    ("tp_renewal_notice", "续约提醒", "Renewal reminder", "loyalty", "phone", "digital", "account_mgmt",
     "续约提醒|到期提醒|合同到期|renewal reminder|renewal notice|expiry notice"),
    ("tp_renew", "续约", "Contract renewed", "loyalty", "other", "digital", "account_mgmt",
     "续约|续签|续费|再签一年|renewal|renew|renewed|retention"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("sales", "签约转化", "Sales pipeline", ["tp_enquiry", "tp_survey", "tp_quote", "tp_contract"], 30),
    ("onboarding", "首次服务", "Onboarding", ["tp_contract", "tp_visit", "tp_water_test"], 14),
    ("repair", "报修维修", "Repair", ["tp_repair_request", "tp_repair_done"], 14),
    ("renewal", "合同续约", "Renewal", ["tp_renewal_notice", "tp_renew"], 45),
]
CITIES = {  # en: zh, weight, seasonal outdoor pools, teams
    "Shenzhen": ("深圳", 0.27, False, ["深圳南山组", "深圳福田组", "深圳龙岗组"]),
    "Guangzhou": ("广州", 0.2, False, ["广州天河组", "广州番禺组"]),
    "Shanghai": ("上海", 0.18, True, ["上海浦东组", "上海闵行组"]),
    "Hangzhou": ("杭州", 0.1, True, ["杭州西湖组"]),
    "Sanya": ("三亚", 0.14, False, ["三亚海棠湾组", "三亚亚龙湾组"]),
    "Xiamen": ("厦门", 0.11, False, ["厦门思明组", "厦门湖里组"]),
}
PROPS = {  # en: zh, weight, base contract probability
    "villa": ("独栋别墅", 0.58, 0.50), "townhouse": ("联排别墅", 0.2, 0.44),
    "hotel": ("酒店", 0.13, 0.80), "clubhouse": ("小区会所", 0.09, 0.55),
}
CHANNELS = {  # en: zh, weight, contract multiplier, survey probability, enquiry channel
    "douyin_ads": ("抖音广告", 0.35, 0.42, 0.72, "mini_program"),
    "referral": ("老客推荐", 0.2, 1.35, 0.88, "phone"),
    "website": ("官网", 0.2, 1.0, 0.80, "web"),
    "dianping": ("大众点评", 0.15, 0.95, 0.78, "mini_program"),
    "property_mgmt": ("物业合作", 0.11, 1.1, 0.85, "phone"),
}
PLANS = {  # en: zh, yearly price, renewal probability
    "basic": ("基础版", 9600, 0.52), "standard": ("标准版", 14800, 0.70), "premium": ("尊享版", 24000, 0.93),
    "hotel": ("酒店版", 58000, 0.80),
}
POOL_TYPES = {"outdoor": "室外", "indoor": "室内", "rooftop": "屋顶"}
EQUIP = {  # en: zh, weight, median days to fix, price range
    "pump": ("水泵", 0.46, 1.8, (800, 3500)), "filter": ("过滤器", 0.24, 1.2, (300, 1500)),
    "heater": ("加热器", 0.22, 5.0, (2500, 9000)), "salt_chlorinator": ("盐氯机", 0.10, 3.0, (1200, 4000)),
}
CHEMS = [("chlorine_tablets", "氯片"), ("ph_minus", "pH降低剂"), ("algaecide", "除藻剂"), ("clarifier", "澄清剂")]

TXT = {  # topic: (zh variants, en variants); each topic has its own markers (see gold.py)
    "algae": (["池水都绿水了，师傅来了也没处理好", "泳池长藻了，底下一层滑滑的", "水发绿水了，孩子都不敢下去",
               "才一个星期就长藻，药是不是没加够"],
              ["the pool turned green within a week", "there is algae all over the steps again",
               "water went green after the technician skipped us", "algae on the walls, not acceptable"]),
    "no_show": (["约好的周保养师傅没来，也没人通知", "这周又没上门，打电话才说人手不够", "技术员放鸽子，等了一上午",
                 "说好周三来结果没来"],
                ["the technician didn't show up this week", "no-show again, nobody called us",
                 "your guy never showed and the pool is a mess", "second no-show this month"]),
    "heater": (["加热器坏了快两周还在等配件", "加热器报修后一直说没货，冬天根本没法游", "加热器修了三次还是不热",
                "加热器的配件要从国外调，等太久了"],
               ["the heater has been broken for two weeks, still waiting for parts", "heater repair is taking forever",
                "pool heater still not working after the repair visit", "heater parts on back order again"]),
    "pump": (["水泵声音特别大，晚上吵得睡不着", "水泵漏水了，设备间全是水", "水泵一直跳闸",
              "水泵嗡嗡响，麻烦尽快来看"],
             ["the pump is making a horrible grinding noise", "pump is leaking in the plant room",
              "pump keeps tripping the breaker", "pump motor sounds like it is dying"]),
    "cloudy": (["水发浑，游完眼睛刺痛", "最近水很浑浊，感觉药加得不对", "孩子游完眼睛红，水是不是酸碱失衡",
                "池水浑浑的看不到底"],
               ["the water is cloudy and our eyes sting", "cloudy water for weeks now", "kids came out with red, stinging eyes",
                "water looks cloudy and smells off"]),
    "price": (["报价太贵了，比别家高不少", "年费太贵，基础版都要将近一万", "报价有点贵，再考虑考虑",
               "觉得太贵了，性价比一般"],
              ["the quote is too expensive for a weekly clean", "way too expensive compared with others",
               "price is too expensive for what you get", "too expensive, we will think about it"]),
    "survey_late": (["勘察改了两次时间才来", "约勘察等了一个多星期", "勘察的人迟到两个小时", "勘察拖太久，差点找别家了"],
                    ["the site survey was rescheduled twice", "waited over a week for the site survey",
                     "survey guy came two hours late", "the site survey took too long to arrange"]),
    "clear": (["水特别清澈，很满意", "每次来完池水都很清澈", "池水清澈见底，师傅很专业", "水清澈，孩子很喜欢"],
              ["water is crystal clear every week", "crystal clear pool, great job", "the pool has never been so crystal clear",
               "crystal clear water and a tidy deck"]),
    "punctual": (["师傅很准时，干活仔细", "每周都准时来，省心", "准时上门，还会讲解水质", "技术员准时又礼貌"],
                 ["always on time and very thorough", "technician arrives on time every week",
                  "punctual and friendly crew", "on time, explains the readings, love it"]),
    "renew_price": (["续约涨价了，没提前说", "续约涨价6%有点难接受", "合同到期续约涨价，考虑换一家", "续约涨价理由不充分"],
                    ["renewal price went up without warning", "not happy about the renewal price increase",
                     "the renewal price is higher again", "renewal price hike, considering other companies"]),
}
GEN = {
    "pos": (["服务不错", "总体满意", "会推荐给朋友"], ["good service overall", "happy with it", "would recommend"]),
    "neu": (["一般吧", "还行", "中规中矩"], ["it's okay", "average", "nothing special"]),
    "neg": (["体验很差", "不太满意", "希望改进"], ["very disappointed", "not satisfied", "please improve"]),
}
TOPIC_TP = {"algae": "tp_water_test", "no_show": "tp_visit", "heater": "tp_repair_done", "pump": "tp_repair_request",
            "cloudy": "tp_water_test", "price": "tp_quote", "survey_late": "tp_survey", "clear": "tp_visit",
            "punctual": "tp_visit", "renew_price": "tp_renew"}
NEG = {"algae", "no_show", "heater", "pump", "cloudy", "price", "survey_late", "renew_price"}
RATING = {"algae": (1, 2), "no_show": (1, 2), "heater": (1, 2), "pump": (2, 3), "cloudy": (1, 2), "price": (2, 3),
          "survey_late": (2, 3), "renew_price": (2, 3), "clear": (4, 5), "punctual": (4, 5)}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def work_time(d: datetime) -> datetime:
    """move to working hours 8:00-18:00 of that day."""
    return datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(8, 17.5)))


def in_season(c, d: datetime) -> bool:
    if not c["seasonal"]:
        return True
    return datetime(d.year, 5, 1) <= d < datetime(d.year, 10, 16)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = 0
        self.n_sid = {"LD": 0, "CT": 0, "VS": 0, "RJ": 0, "CO": 0}

    def sid(self, kind):
        self.n_sid[kind] += 1
        return f"{kind}{self.n_sid[kind]:06d}"

    def ev(self, c, t, tp, sid, action, channel=None, device=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, channel=channel or TP_CHANNEL[tp], device=device,
                   city=c["city"], 城市=c["city_zh"], property_type=c["prop"], 物业类型=PROPS[c["prop"]][0])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, ref, status="paid", refunded_at=None, **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"contract": "服务合同", "repair": "维修工单", "chemicals": "药剂", "seasonal": "开闭池"}[otype]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="mini_program" if otype == "chemicals" else "other",
                   device=c["device"] if otype == "chemicals" else None, order_type=otype, 订单类型=zh, ref_id=ref,
                   city=c["city"], 城市=c["city_zh"], refunded_at=ts(refunded_at) if refunded_at else None,
                   currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, undated=False, ref=None, tp=None):
        if t > END:
            return
        if channel == "dianping_review" and rng.random() < 0.25:
            undated = True                    # older Dianping exports carry no date
        self.n_fb += 1
        fid = f"F{self.n_fb:05d}"
        lang = c["lang"] if rng.random() < 0.9 else ("zh" if c["lang"] == "en" else "en")
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        gen = "neg" if set(topics) & NEG else ("pos" if topics else ("pos" if (rating or 3) >= 4 else "neu"))
        if rating is not None and rating <= 2 and not topics:
            gen = "neg"
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if lang == "en":
            text = text[0].upper() + text[1:]
        if tp is None:
            tp = TOPIC_TP[topics[0]] if topics else "tp_visit"
        self.feedback.append(dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                                  customer_id=c["customer_id"], touchpoint_id=tp, channel=channel, rating=rating,
                                  nps=nps, language=lang, city=c["city"], 城市=c["city_zh"], ref_id=ref,
                                  property_type=c["prop"], 物业类型=PROPS[c["prop"]][0]))
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics))))

    def rate(self, topics, base=None):
        if topics:
            lo, hi = RATING[topics[0]]
            return int(rng.integers(lo, hi + 1))
        return int(pick([1, 2, 3, 4, 5], [0.03, 0.05, 0.17, 0.4, 0.35])) if base is None else base

    # ---------- leads ----------
    def leads(self):
        days, d = [], START
        while d <= datetime(2026, 8, 20):
            growth = 0.6 + 0.8 * (d - START).days / 600
            seas = {3: 1.3, 4: 1.6, 5: 1.5, 6: 1.3, 7: 1.1, 8: 1.0, 12: 0.6, 1: 0.6, 2: 0.5}.get(d.month, 0.85)
            days.append((d, growth * seas))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_LEADS, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            prop = pick(list(PROPS), [v[1] for v in PROPS.values()])
            ch = pick(list(CHANNELS), [0.08, 0.35, 0.35, 0.07, 0.15] if prop == "hotel"   # hotels rarely via ads
                      else [v[1] for v in CHANNELS.values()])
            if prop == "hotel":
                ptype = pick(list(POOL_TYPES), [0.5, 0.3, 0.2])
                vol = float(rng.uniform(150, 600))
            elif prop == "clubhouse":
                ptype = pick(list(POOL_TYPES), [0.6, 0.4, 0.0])
                vol = float(rng.uniform(120, 300))
            else:
                ptype = pick(list(POOL_TYPES), [0.82, 0.16, 0.02])
                vol = float(rng.uniform(25, 90))
            en = 0.45 if prop == "hotel" else (0.22 if city in ("Shanghai", "Shenzhen", "Sanya") else 0.1)
            t = days[k][0] + D(hours=float(rng.uniform(8, 22.5)))
            self.cust.append(dict(
                customer_id=f"C{i + 1:05d}", enquiry=t, city=city, city_zh=CITIES[city][0], prop=prop, channel=ch,
                pool=ptype, volume=round(vol), seasonal=CITIES[city][2] and ptype == "outdoor",
                team=CITIES[city][3][int(rng.integers(len(CITIES[city][3])))],
                device=pick(["ios", "android"], [0.55, 0.45]), lang="en" if rng.random() < en else "zh",
                spend=0.0, plan=None, contracts=0, renewed=0, cancelled=False, active_until=None,
                slow_repair=False, skips=0))

    def sales(self, c):
        ld = self.sid("LD")
        ch = CHANNELS[c["channel"]]
        dev = "pc" if ch[4] == "web" else (c["device"] if ch[4] == "mini_program" else None)
        self.ev(c, c["enquiry"], "tp_enquiry", ld, "submit", channel=ch[4], device=dev, lead_source=c["channel"],
                线索来源=ch[0], pool_type=c["pool"], 泳池类型=POOL_TYPES[c["pool"]], pool_volume_m3=c["volume"])
        if rng.random() > ch[3]:
            return
        delay = float(rng.lognormal(np.log(3.0 if c["channel"] in ("referral", "property_mgmt") else 4.5), 0.5))
        t_s = work_time(c["enquiry"] + D(days=delay))
        if not self.ev(c, t_s, "tp_survey", ld, "completed", technician_team=c["team"], 服务班组=c["team"],
                       pool_type=c["pool"], 泳池类型=POOL_TYPES[c["pool"]], pool_volume_m3=c["volume"]):
            return
        if delay > 6 and rng.random() < 0.5:
            ch_ = pick(["call_note", "dianping_review"], [0.6, 0.4])
            self.fb(c, t_s + D(hours=3), ["survey_late"], ch_,
                    rating=self.rate(["survey_late"]) if ch_ == "dianping_review" else None, ref=ld)
        if rng.random() > 0.93:
            return
        if c["prop"] == "hotel":
            plan = "hotel"
        else:
            plan = pick(["basic", "standard", "premium"], [0.36, 0.44, 0.2])
        price = PLANS[plan][1] + (80 * c["volume"] if plan == "hotel" else 60 * max(0, c["volume"] - 40))
        price = round(price / 100) * 100
        t_q = t_s + D(days=float(rng.uniform(0.5, 4)))
        if not self.ev(c, t_q, "tp_quote", ld, "sent", plan=plan, 服务套餐=PLANS[plan][0], quote_amount=price):
            return
        p = min(0.92, PROPS[c["prop"]][2] * ch[2])
        if rng.random() > p:
            if rng.random() < 0.25:
                ch_ = pick(["dianping_review", "call_note"], [0.6, 0.4])
                self.fb(c, t_q + D(days=float(rng.uniform(1, 10))), ["price"], ch_,
                        rating=self.rate(["price"]) if ch_ == "dianping_review" else None, ref=ld,
                        undated=ch_ == "call_note" and rng.random() < 0.5)
            if rng.random() < 0.07:           # one-off repair for a lead who did not sign
                self.repair(c, t_q + D(days=float(rng.uniform(5, 120))))
            return
        lag = float(rng.uniform(1, 12)) if plan != "hotel" else float(rng.uniform(3, 18))
        c["plan"] = plan
        c["price"] = price
        self.contract(c, t_q + D(days=lag), kind="new")

    # ---------- contract term ----------
    def contract(self, c, t0, kind):
        ct = self.sid("CT")
        plan, price = c["plan"], c["price"]
        tp = "tp_contract" if kind == "new" else "tp_renew"
        if not self.ev(c, t0, tp, ct, "signed", plan=plan, 服务套餐=PLANS[plan][0], contract_amount=price,
                       contract_kind=kind, 合同类型="新签" if kind == "new" else "续约"):
            return
        c["contracts"] += 1
        cancel = kind == "new" and rng.random() < 0.035
        t_cancel = t0 + D(days=float(rng.uniform(10, 55))) if cancel else None
        if cancel and t_cancel <= END:
            refund = round(price * (1 - (t_cancel - t0).days / 365) * 0.9, 2)
            self.order(c, t0, price, "contract", ct, status="refunded", refunded_at=t_cancel, plan=plan,
                       服务套餐=PLANS[plan][0], contract_kind=kind, refund_amount=refund)
            self.ev(c, t_cancel, "tp_cancel", ct, "cancelled", plan=plan, 服务套餐=PLANS[plan][0],
                    refund_amount=refund)
            c["cancelled"] = True
        else:
            cancel = False
            self.order(c, t0, price, "contract", ct, plan=plan, 服务套餐=PLANS[plan][0], contract_kind=kind)
        c["spend"] += 0 if cancel else price
        t_end = t0 + D(days=365)
        stop = t_cancel if cancel else t_end
        c["active_until"] = stop
        # visits
        step = D(days=3.5) if plan == "hotel" else D(days=7)
        t = t0 + D(days=float(rng.uniform(3, 9))) if kind == "new" else t0 + D(days=float(rng.uniform(0, 6)))
        opened = set()
        last_skip = None
        while t < stop and t <= END:
            if c["seasonal"]:
                if not in_season(c, t):
                    t += step
                    continue
                if t.year not in opened:
                    opened.add(t.year)
                    t_o = work_time(t - D(days=float(rng.uniform(1, 5))))
                    if self.ev(c, t_o, "tp_opening", ct, "completed", technician_team=c["team"], 服务班组=c["team"]):
                        self.order(c, t_o, 1800, "seasonal", ct, service="opening", 服务项目="开池")
                        c["spend"] += 1800
                    t_c = work_time(datetime(t.year, 10, 16) + D(days=float(rng.uniform(0, 20))))
                    if t_c < stop:
                        if self.ev(c, t_c, "tp_closing", ct, "completed", technician_team=c["team"],
                                   服务班组=c["team"]):
                            self.order(c, t_c, 1500, "seasonal", ct, service="closing", 服务项目="闭池")
                            c["spend"] += 1500
            tv = work_time(t)
            self.visit(c, tv, ct, last_skip)
            last_skip = tv if self.events and self.events[-1]["action"] == "skipped" else last_skip
            t += step
        # chemicals (basic plan buys them; others top up now and then)
        m = t0 + D(days=20)
        while m < stop and m <= END:
            if rng.random() < (0.72 if plan == "basic" else 0.08) and (not c["seasonal"] or in_season(c, m)):
                tm = m + D(hours=float(rng.uniform(0, 240)))
                chem = CHEMS[int(pick([0, 1, 2, 3], [0.5, 0.2, 0.2, 0.1]))]
                amt = float(rng.uniform(180, 950)) * (2.5 if c["prop"] in ("hotel", "clubhouse") else 1)
                if self.ev(c, tm, "tp_chem_order", ct, "order", device=c["device"], product=chem[0], 药剂=chem[1],
                           amount=round(amt, 2)):
                    ret = rng.random() < 0.04
                    self.order(c, tm, amt, "chemicals", ct, status="refunded" if ret else "paid",
                               refunded_at=tm + D(days=float(rng.uniform(2, 9))) if ret else None, product=chem[0],
                               药剂=chem[1])
                    c["spend"] += 0 if ret else amt
            m += D(days=30)
        # repairs
        m = t0 + D(days=10)
        while m < stop and m <= END:
            p = 0.16 if c["prop"] in ("hotel", "clubhouse") else 0.07
            if rng.random() < p:
                self.repair(c, m + D(hours=float(rng.uniform(0, 700))), ct)
            m += D(days=30)
        if cancel:
            return
        # NPS every quarter end while active
        for q in (datetime(2025, 3, 25), datetime(2025, 6, 25), datetime(2025, 9, 25), datetime(2025, 12, 20),
                  datetime(2026, 3, 25), datetime(2026, 6, 25)):
            if t0 + D(days=30) <= q < stop and rng.random() < 0.35:
                score = float(rng.normal(8.4, 1.3)) - 2.5 * c["slow_repair"] - 0.8 * min(c["skips"], 3)
                score += {"premium": 0.5, "basic": -0.6}.get(plan, 0)
                nps = int(np.clip(round(score), 0, 10))
                topics = []
                if nps <= 6 and rng.random() < 0.5:
                    topics = ["heater"] if c["slow_repair"] else (["no_show"] if c["skips"] else [])
                elif nps >= 9 and rng.random() < 0.4:
                    topics = [pick(["clear", "punctual"], [0.5, 0.5])]
                self.fb(c, q + D(days=float(rng.uniform(0, 6))), topics, "nps_survey", nps=nps, ref=ct)
        # renewal
        t_n = t_end - D(days=30)
        if not self.ev(c, work_time(t_n), "tp_renewal_notice", ct, "reminded", plan=plan,
                       服务套餐=PLANS[plan][0], new_price=round(price * 1.06 / 100) * 100):
            return
        slow = 0.45 if plan != "premium" else 0.85        # premium gets priority repairs and a loaner heater
        p = PLANS[plan][2] * (slow if c["slow_repair"] else 1) * (0.7 if c["skips"] >= 3 and plan != "premium" else 1)
        if rng.random() < 0.12:
            self.fb(c, t_n + D(days=float(rng.uniform(1, 10))), ["renew_price"],
                    pick(["call_note", "email"], [0.6, 0.4]), ref=ct)
            p *= 0.8
        if rng.random() < p:
            c["renewed"] += 1
            c["price"] = round(price * 1.06 / 100) * 100
            c["slow_repair"] = False
            c["skips"] = 0
            self.contract(c, t_n + D(days=float(rng.lognormal(np.log(12), 0.5))), kind="renewal")

    def visit(self, c, tv, ct, last_skip):
        vs = self.sid("VS")
        sanya = c["city"] == "Sanya" and SANYA_SHORTAGE[0] <= tv < SANYA_SHORTAGE[1]
        p_skip = 0.27 if sanya else 0.035
        if rng.random() < p_skip:
            self.ev(c, tv, "tp_visit", vs, "skipped", technician_team=c["team"], 服务班组=c["team"],
                    visit_result="skipped", 上门结果="未上门")
            c["skips"] += 1
            if rng.random() < 0.3:
                ch_ = pick(["ticket", "call_note", "email"], [0.5, 0.35, 0.15])
                self.fb(c, tv + D(hours=float(rng.uniform(3, 30))), ["no_show"], ch_, ref=vs,
                        undated=ch_ == "call_note" and rng.random() < 0.5)
            return
        dur = float(rng.uniform(35, 70)) * (2 if c["prop"] in ("hotel", "clubhouse") else 1)
        self.ev(c, tv, "tp_visit", vs, "completed", technician_team=c["team"], 服务班组=c["team"],
                visit_result="completed", 上门结果="已完成", duration_min=round(dur))
        recent_skip = last_skip is not None and (tv - last_skip).days <= 10
        fc = float(rng.normal(2.3, 0.5))
        if sanya:
            fc = float(rng.normal(1.0, 0.45))
        elif recent_skip:
            fc = float(rng.normal(1.4, 0.5))
        fc = round(max(0.0, fc), 2)
        ph = float(rng.normal(7.95 if (c["city"] == "Xiamen" and tv >= XIAMEN_ACID) else 7.45, 0.13))
        ph = round(ph, 2)
        cc = round(max(0.0, float(rng.normal(0.25 if c["pool"] != "indoor" else 0.45, 0.12))), 2)
        month = tv.month
        temp = {"Sanya": 29, "Shenzhen": 27, "Guangzhou": 26, "Xiamen": 25}.get(c["city"], 24)
        temp += 3 * (month in (6, 7, 8, 9)) - 5 * (month in (12, 1, 2)) + float(rng.normal(0, 1.0))
        ok = 1.0 <= fc <= 3.0 and 7.2 <= ph <= 7.8
        self.ev(c, tv + D(minutes=dur + float(rng.uniform(3, 12))), "tp_water_test", vs, "tested",
                technician_team=c["team"], 服务班组=c["team"], free_chlorine_ppm=fc, 余氯=fc,
                combined_chlorine_ppm=cc, ph=ph, 酸碱度=ph, water_temp_c=round(temp, 1),
                test_result="pass" if ok else "fail", 检测结果="达标" if ok else "不达标")
        low = fc < (1.0 if sanya else 0.7)            # visibly green water
        if rng.random() < (0.2 if low else 0.09):
            topics = []
            if low and rng.random() < 0.6:
                topics = ["algae"]
            elif ph > 7.8 and rng.random() < 0.4:
                topics = ["cloudy"]
            elif rng.random() < 0.55:
                topics = [pick(["clear", "punctual"], [0.5, 0.5])]
            ch_ = "wechat_csat"
            self.fb(c, tv + D(hours=float(rng.uniform(1, 8))), topics, ch_, rating=self.rate(topics), ref=vs,
                    tp=TOPIC_TP[topics[0]] if topics else "tp_visit")
        elif low and rng.random() < 0.1:
            self.fb(c, tv + D(days=float(rng.uniform(1, 3))), ["algae"], pick(["ticket", "email"], [0.7, 0.3]), ref=vs)

    def repair(self, c, t_r, ct=None):
        rj = self.sid("RJ")
        w = [v[1] * (2.6 if k == "heater" and t_r.month in (11, 12, 1, 2) else 1) for k, v in EQUIP.items()]
        eq = pick(list(EQUIP), w)
        e = EQUIP[eq]
        dev = c["device"] if rng.random() < 0.75 else None
        if not self.ev(c, t_r, "tp_repair_request", rj, "submit", channel="mini_program" if dev else "phone",
                       device=dev, equipment=eq, 设备类型=e[0]):
            return
        if eq == "pump" and rng.random() < 0.18:
            self.fb(c, t_r + D(hours=float(rng.uniform(0.2, 5))), ["pump"], pick(["ticket", "call_note"], [0.6, 0.4]),
                    ref=rj)
        if rng.random() < 0.05:            # never completed (customer fixed it elsewhere)
            return
        med = e[2]
        if eq == "heater" and HEATER_PARTS[0] <= t_r < HEATER_PARTS[1]:
            med = 12.0
        days = float(rng.lognormal(np.log(med), 0.45))
        t_d = work_time(t_r + D(days=days))
        if t_d <= t_r:
            t_d = t_r + D(hours=float(rng.uniform(2, 6)))
        lo, hi = e[3]
        amt = float(rng.uniform(lo, hi)) * (0.6 if c["plan"] == "premium" and ct else 1)
        if not self.ev(c, t_d, "tp_repair_done", rj, "fixed", technician_team=c["team"], 服务班组=c["team"],
                       equipment=eq, 设备类型=e[0], repair_amount=round(amt, 2)):
            return
        redo = rng.random() < 0.06
        self.order(c, t_d, amt, "repair", rj, status="refunded" if redo else "paid",
                   refunded_at=t_d + D(days=float(rng.uniform(3, 15))) if redo else None, equipment=eq,
                   设备类型=e[0])
        c["spend"] += 0 if redo else amt
        if (t_d - t_r).days > 7:
            c["slow_repair"] = True
            if eq == "heater" and rng.random() < 0.45:
                ch_ = pick(["ticket", "dianping_review", "email"], [0.5, 0.3, 0.2])
                self.fb(c, t_d - D(days=float(rng.uniform(0, 3))), ["heater"], ch_,
                        rating=self.rate(["heater"]) if ch_ == "dianping_review" else None, ref=rj)
        elif rng.random() < 0.06:
            self.fb(c, t_d + D(hours=5), [], "dianping_review", rating=self.rate([], None), ref=rj, tp="tp_repair_done")

    def run(self):
        self.leads()
        for c in self.cust:
            self.sales(c)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            if not c["contracts"]:
                seg = "prospect"
            elif c["cancelled"] and c["contracts"] == 1:
                seg = "cancelled"
            elif c["active_until"] and c["active_until"] > END:
                seg = "renewed" if c["renewed"] else "active"
            else:
                seg = "churned"
            s = c["spend"]
            tier = "platinum" if s >= 50000 else ("gold" if s >= 20000 else ("silver" if s >= 10000 else "standard"))
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["enquiry"]), segment=seg, region=c["city"],
                             城市=c["city_zh"], acquisition_channel=c["channel"], 获客渠道=CHANNELS[c["channel"]][0],
                             tier=tier, 客户等级={"standard": "普通", "silver": "银牌", "gold": "金牌",
                                               "platinum": "白金"}[tier],
                             property_type=c["prop"], 物业类型=PROPS[c["prop"]][0], pool_type=c["pool"],
                             泳池类型=POOL_TYPES[c["pool"]], pool_volume_m3=c["volume"], plan=c["plan"],
                             服务套餐=PLANS[c["plan"]][0] if c["plan"] else None, technician_team=c["team"],
                             服务班组=c["team"], preferred_language=c["lang"]))
        return rows


TP_CHANNEL = {t[0]: t[4] for t in TOUCHPOINTS}


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "city", "城市",
           "property_type", "物业类型", "lead_source", "线索来源", "pool_type", "泳池类型", "pool_volume_m3",
           "technician_team", "服务班组", "plan", "服务套餐", "quote_amount", "contract_amount", "contract_kind", "合同类型",
           "new_price", "refund_amount", "visit_result", "上门结果", "duration_min", "free_chlorine_ppm", "余氯",
           "combined_chlorine_ppm", "ph", "酸碱度", "water_temp_c", "test_result", "检测结果", "product", "药剂",
           "amount", "equipment", "设备类型", "repair_amount"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型", "ref_id",
            "city", "城市", "plan", "服务套餐", "contract_kind", "equipment", "设备类型", "product", "药剂", "service",
            "服务项目", "refunded_at", "refund_amount", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language", "city",
           "城市", "property_type", "物业类型", "ref_id"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier", "客户等级",
             "property_type", "物业类型", "pool_type", "泳池类型", "pool_volume_m3", "plan", "服务套餐", "technician_team",
             "服务班组", "preferred_language"]


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
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics"])
    print(f"leads {len(g.cust)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
